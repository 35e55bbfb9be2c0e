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


EVIDENCE_FIELDS = ("evidence", "source_file", "char_start", "char_end")


def share_sentences(payload: dict[str, Any]) -> dict[str, Any]:
    """Store each evidence sentence once: facts keep ``ev``, an index into ``payload["sentences"]``.

    One sentence usually carries several facts (a level, its growth, its % of plan) and a figure
    appears in a chart and a table: on a 1,000-report province page this cuts the evidence from
    891 KB to the 185 KB of distinct sentences. ``resolveEvidence`` in components/evidence.js
    puts the fields back in the browser.
    """
    index: dict[tuple[Any, ...], int] = {}
    sentences: list[dict[str, Any]] = []

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("evidence"):
                key = tuple(node.get(f) for f in EVIDENCE_FIELDS)
                if key not in index:
                    index[key] = len(sentences)
                    sentences.append(dict(zip(EVIDENCE_FIELDS, key, strict=True)))
                for f in EVIDENCE_FIELDS:
                    node.pop(f, None)
                node["ev"] = index[key]
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(payload)
    payload["sentences"] = sentences
    return payload
