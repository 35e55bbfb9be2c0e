"""Which version of the dbt project built the warehouse: decides between an incremental build and
a full refresh (README "Scale").

The incremental models (the four ``int_*_dedup`` and ``mart_indicators``) keep the rows of
earlier builds, so they are only right if those builds ran the same SQL on the same seeds. The
warehouse records the fingerprint of the project that last built it whole; a build whose project
differs (a model, macro, seed or config changed, or a warehouse from before this record) runs
``dbt build --full-refresh`` once, instead of failing on a changed schema or silently mixing rows
of two versions.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

import duckdb

STATE_TABLE = "main.dbt_project_state"


def project_fingerprint(manifest: Mapping[str, Any]) -> str:
    """sha256 of what decides the content of the models: each model's and seed's checksum (a
    seed's is its CSV's) and config, and the SQL of the project's own macros. Tests and
    descriptions are left out: editing them changes no row."""
    project = manifest["metadata"].get("project_name")
    digest = hashlib.sha256()
    for unique_id in sorted(manifest["nodes"]):
        node = manifest["nodes"][unique_id]
        if node["resource_type"] not in ("model", "seed", "snapshot"):
            continue
        config = json.dumps(node.get("config", {}), sort_keys=True, default=str)
        digest.update(f"{unique_id}\0{node['checksum']['checksum']}\0{config}\n".encode())
    for unique_id in sorted(manifest["macros"]):
        macro = manifest["macros"][unique_id]
        if macro.get("package_name") == project:
            digest.update(f"{unique_id}\0{macro['macro_sql']}\n".encode())
    return digest.hexdigest()


def recorded_fingerprint(con: duckdb.DuckDBPyConnection) -> str | None:
    """The fingerprint of the project that last built the whole warehouse; None if none did."""
    _ensure_state_table(con)
    row = con.execute(f"SELECT fingerprint FROM {STATE_TABLE}").fetchone()
    return row[0] if row else None


def record_fingerprint(con: duckdb.DuckDBPyConnection, fingerprint: str) -> None:
    """After a successful build of every model: the warehouse is now this project's."""
    _ensure_state_table(con)
    con.execute("BEGIN")
    con.execute(f"DELETE FROM {STATE_TABLE}")
    con.execute(f"INSERT INTO {STATE_TABLE} VALUES (?, current_timestamp::timestamp)", [fingerprint])
    con.execute("COMMIT")


def _ensure_state_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"CREATE TABLE IF NOT EXISTS {STATE_TABLE} (fingerprint VARCHAR NOT NULL, built_at TIMESTAMP)")
