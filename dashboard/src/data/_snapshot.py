"""Shared by the data loaders: the pinned snapshot, rows as JSON-ready dicts, JSON output.

``baocao dashboard build`` sets BAOCAO_DASHBOARD_SNAPSHOT to a hard link of the published
snapshot taken once per build, so every loader of one build reads the same data even if a new
snapshot is published meanwhile; BAOCAO_DASHBOARD_ROUTES lists the provinces and indicators that
get a page (computed once from the same snapshot).
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb


def connect() -> duckdb.DuckDBPyConnection:
    return duckdb.connect(os.environ["BAOCAO_DASHBOARD_SNAPSHOT"], read_only=True)


def routes() -> dict[str, Any]:
    return json.loads(Path(os.environ["BAOCAO_DASHBOARD_ROUTES"]).read_text(encoding="utf-8"))


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object] = ()) -> list[dict[str, Any]]:
    cursor = con.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [{n: _plain(v) for n, v in zip(names, row, strict=True)} for row in cursor.fetchall()]


def one(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object] = ()) -> dict[str, Any]:
    found = rows(con, sql, params)
    return found[0] if found else {}


def to_json(payload: Any) -> str:
    # Compact: pages load these files over the wire.
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def emit(payload: Any) -> None:
    sys.stdout.write(to_json(payload))
