"""Which version of the dbt project built the warehouse: decides between an incremental build and
a full refresh (README "Scale").

The incremental models (the four ``int_*_dedup`` and ``mart_indicators``) keep the rows of
earlier builds, so they are only right if those builds ran the same SQL on the same seeds. The
warehouse records the fingerprint of the project that last built it whole; a build whose project
differs (a model, macro, seed or config changed, or a warehouse from before this record) runs
``dbt build --full-refresh`` once, instead of failing on a changed schema or silently mixing rows
of two versions.

It also keeps the mark of the *new-row tests* (the row-local data tests of the staging views,
``meta: {scope: new_rows}``; ``dbt/macros/new_rows_scope.sql``): they read only the rows loaded
since every one of them last passed on this version of the project and of the tests.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import Any

import duckdb

from orchestration import warehouse
from orchestration.extraction import FACT_TABLES

STATE_TABLE = "main.dbt_project_state"
# Key prefix of the new-row tests' mark in main.check_watermarks; the macro
# new_rows_mark_prefix (dbt/macros/new_rows_scope.sql) says the same (tests/test_dbt_state.py).
NEW_ROWS_MARK_PREFIX = "dbt new-row tests@"
NEW_ROWS_SCOPE = "new_rows"
# The tables the new-row tests read (through the staging views): their rows carry ``loaded_at``.
NEW_ROWS_TABLES = (warehouse.DOCUMENTS, *FACT_TABLES)


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


def new_row_tests(manifest: Mapping[str, Any]) -> list[str]:
    """unique_ids of the data tests that read only new rows (``meta: {scope: new_rows}``)."""
    return sorted(
        unique_id
        for unique_id, node in manifest["nodes"].items()
        if node["resource_type"] == "test" and (node.get("config", {}).get("meta") or {}).get("scope") == NEW_ROWS_SCOPE
    )


def new_row_tests_fingerprint(manifest: Mapping[str, Any]) -> str:
    """The project's fingerprint and what each new-row test checks (its arguments and config):
    a mark is only valid for the tests and seeds that set it."""
    digest = hashlib.sha256(project_fingerprint(manifest).encode())
    for unique_id in new_row_tests(manifest):
        node = manifest["nodes"][unique_id]
        checks = json.dumps([node.get("test_metadata"), node.get("config")], sort_keys=True, default=str)
        digest.update(f"{unique_id}\0{checks}\n".encode())
    return digest.hexdigest()


def start_new_row_tests(con: duckdb.DuckDBPyConnection, fingerprint: str) -> dt.datetime | None:
    """Before a build (under the warehouse writer lock): drop a mark set by other tests or another
    project, so those tests read every row; return the newest load the build will see (the mark
    to set if every new-row test passes), None when nothing is loaded."""
    con.execute(
        f"DELETE FROM {warehouse.WATERMARKS} WHERE starts_with(check_key, ?) AND check_key <> ?",
        [NEW_ROWS_MARK_PREFIX, NEW_ROWS_MARK_PREFIX + fingerprint],
    )
    loads = [warehouse.newest_load(con, table) for table in NEW_ROWS_TABLES]
    return max((t for t in loads if t is not None), default=None)


def new_row_tests_passed(manifest: Mapping[str, Any], run_results: Mapping[str, Any]) -> bool:
    """Whether this build ran every new-row test and each passed (a warning or a skip keeps the
    old mark, so the offending rows are read again at the next build)."""
    statuses = {r["unique_id"]: r["status"] for r in run_results.get("results", [])}
    wanted = new_row_tests(manifest)
    return bool(wanted) and all(statuses.get(unique_id) == "pass" for unique_id in wanted)


def new_row_tests_mark(con: duckdb.DuckDBPyConnection, fingerprint: str) -> dt.datetime | None:
    """The newest load the new-row tests have passed over (None: they read every row)."""
    return warehouse.check_watermark(con, NEW_ROWS_MARK_PREFIX + fingerprint)


def advance_new_row_tests(con: duckdb.DuckDBPyConnection, fingerprint: str, through: dt.datetime) -> None:
    """After a build in which every new-row test passed over the rows loaded up to ``through``."""
    warehouse.advance_watermark(con, NEW_ROWS_MARK_PREFIX + fingerprint, through)
