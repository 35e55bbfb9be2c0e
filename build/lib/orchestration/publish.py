"""Publish a consistent, read-only copy of the warehouse for analysts and BI tools.

DuckDB allows one writing process *or* many reading processes per file, so BI tools must never
open ``warehouse.duckdb`` itself: they would block the next build (and could see it half done).
``publish_snapshot`` runs after a build, when the writer has closed the warehouse, and writes

* ``publish_dir/warehouse_snapshot.duckdb``: every selected table and view (views materialized as
  tables, same schema names), built in a temp file in the same directory, checkpointed, fsynced and
  ``os.replace``d into place;
* ``publish_dir/parquet/<table>.parquet``: one file per table, same temp + ``os.replace`` dance,
  each tagged with the snapshot id in its Parquet key-value metadata (``snapshot_id``);
* ``publish_dir/manifest.json``: written last (atomically), so it always describes files that
  are already in place.

Why this is safe for readers (POSIX): ``os.replace`` swaps the directory entry, not the file. A
reader holding the old snapshot open keeps reading the old inode, which stays complete and
consistent until it closes; new opens get the new file. Nothing ever writes into a file a reader
may have open. (On Windows, replacing an open file fails; this module targets the Linux host.)

Reader caveat: inside one process, ``duckdb.connect(path)`` reuses an already open database
instance for the same path, so a process that still holds the old snapshot open would get the
old data again. ``open_snapshot`` attaches the file to a fresh in-memory instance instead.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from orchestration.settings import duckdb_memory_limit

SNAPSHOT_NAME = "warehouse_snapshot.duckdb"
MANIFEST_NAME = "manifest.json"
PARQUET_DIR = "parquet"
_LOCK_NAME = ".publish.lock"
_TMP_MARK = ".tmp-"
_STALE_TMP_SECONDS = 3600
# On-disk format of the snapshot: the oldest DuckDB release whose readers must open it. BI tools
# (JDBC/ODBC drivers, Node bindings, desktop clients) lag DuckDB releases; 2.0's own format
# (storage version 69) is unreadable for every DuckDB 1.x reader, v1.4.0's is read by 1.4 and later.
SNAPSHOT_STORAGE_VERSION = "v1.4.0"

__all__ = ["PublishResult", "PublishedTable", "WarehouseBusy", "open_snapshot", "publish_snapshot"]


class WarehouseBusy(RuntimeError):
    """The warehouse is locked by a writing process (a build is running): publish after it."""


@dataclass(frozen=True)
class PublishedTable:
    name: str  # "schema.table", the key used everywhere below
    schema: str
    table: str
    kind: str  # "table" or "view" in the source warehouse (always a table in the snapshot)
    rows: int
    parquet_path: Path


@dataclass(frozen=True)
class PublishResult:
    snapshot_path: Path
    manifest_path: Path
    parquet_dir: Path
    source_path: Path
    snapshot_id: str
    published_at: dt.datetime
    tables: dict[str, PublishedTable] = field(default_factory=dict)
    removed_parquet: tuple[Path, ...] = ()  # stale files of tables no longer in the warehouse

    @property
    def row_counts(self) -> dict[str, int]:
        return {name: t.rows for name, t in self.tables.items()}

    @property
    def parquet_paths(self) -> dict[str, Path]:
        return {name: t.parquet_path for name, t in self.tables.items()}


# --- helpers ------------------------------------------------------------------------------------


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as f:
        os.fsync(f.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _tmp_path(final: Path, token: str) -> Path:
    # Same directory as the target: os.replace is only atomic within one file system.
    return final.with_name(f".{final.name}{_TMP_MARK}{token}")


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _clean_stale_tmp(*dirs: Path) -> None:
    """Temp files left by a publisher that crashed (older than an hour: never a live one)."""
    cutoff = time.time() - _STALE_TMP_SECONDS
    for d in dirs:
        for p in d.glob(f".*{_TMP_MARK}*"):
            with contextlib.suppress(FileNotFoundError):
                if p.stat().st_mtime < cutoff:
                    p.unlink()


@contextlib.contextmanager
def _publish_lock(publish_dir: Path) -> Iterator[None]:
    """Serialise publishers: two interleaved renames could pair one's manifest with the other's files."""
    with open(publish_dir / _LOCK_NAME, "a+") as f:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def _open_source(warehouse_path: Path) -> duckdb.DuckDBPyConnection:
    if not warehouse_path.is_file():
        raise FileNotFoundError(f"warehouse not found: {warehouse_path}")
    try:
        # Connecting (not ATTACHing under an alias) keeps the catalog name dbt used, so views
        # written as "warehouse"."main"."x" resolve exactly as they do for the builder.
        return duckdb.connect(str(warehouse_path), read_only=True, config={"memory_limit": duckdb_memory_limit()})
    except (duckdb.IOException, duckdb.ConnectionException) as e:
        raise WarehouseBusy(f"cannot open {warehouse_path} read-only (is a build writing to it?): {e}") from e


def _relations(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str]]:
    """(schema, name, kind) of every user table and view of the connected database."""
    return con.execute(
        """
        SELECT schema_name, table_name, 'table' FROM duckdb_tables()
         WHERE database_name = current_database() AND NOT internal AND NOT temporary
        UNION ALL
        SELECT schema_name, view_name, 'view' FROM duckdb_views()
         WHERE database_name = current_database() AND NOT internal AND NOT temporary
           AND schema_name NOT IN ('information_schema', 'pg_catalog')
        ORDER BY 1, 2
        """
    ).fetchall()


def _select(relations: list[tuple[str, str, str]], tables: Sequence[str] | None) -> list[tuple[str, str, str]]:
    if tables is None:
        return relations
    chosen: list[tuple[str, str, str]] = []
    for wanted in tables:
        if "." in wanted:
            schema, name = wanted.split(".", 1)
            hits = [r for r in relations if r[0] == schema and r[1] == name]
        else:
            hits = [r for r in relations if r[1] == wanted]
        if len(hits) != 1:
            known = ", ".join(f"{s}.{n}" for s, n, _ in relations) or "none"
            problem = "is ambiguous, use schema.table" if hits else "does not exist"
            raise ValueError(f"table {wanted!r} {problem}; the warehouse has: {known}")
        if hits[0] not in chosen:
            chosen.append(hits[0])
    return chosen


def _parquet_names(selected: list[tuple[str, str, str]]) -> dict[tuple[str, str], str]:
    """File stem per relation: the bare table name, or ``schema.table`` when two schemas share it."""
    counts: dict[str, int] = {}
    for _, name, _ in selected:
        counts[name] = counts.get(name, 0) + 1
    return {(s, n): n if counts[n] == 1 else f"{s}.{n}" for s, n, _ in selected}


# --- public API ---------------------------------------------------------------------------------


def publish_snapshot(warehouse_path: Path, publish_dir: Path, *, tables: Sequence[str] | None = None) -> PublishResult:
    """Copy the warehouse (or ``tables``: names or ``schema.name``) to ``publish_dir`` atomically.

    ``tables=None`` publishes every table and view of every user schema and removes Parquet
    files of tables that no longer exist. Raises ``WarehouseBusy`` while a writer holds the
    warehouse, ``ValueError`` for an unknown or ambiguous table name.
    """
    warehouse_path = Path(warehouse_path).resolve()
    publish_dir = Path(publish_dir)
    parquet_dir = publish_dir / PARQUET_DIR
    parquet_dir.mkdir(parents=True, exist_ok=True)

    with _publish_lock(publish_dir):
        _clean_stale_tmp(publish_dir, parquet_dir)
        snapshot_id = uuid.uuid4().hex
        published_at = dt.datetime.now(dt.UTC).replace(microsecond=0)
        snapshot_path = publish_dir / SNAPSHOT_NAME
        snapshot_tmp = _tmp_path(snapshot_path, snapshot_id)
        pending: list[tuple[Path, Path]] = []  # (tmp, final), replaced only once all exist
        cleanup = [snapshot_tmp, snapshot_tmp.with_name(snapshot_tmp.name + ".wal")]
        published: dict[str, PublishedTable] = {}
        try:
            con = _open_source(warehouse_path)
            try:
                catalog = con.execute("SELECT current_database()").fetchone()[0]  # type: ignore[index]
                selected = _select(_relations(con), tables)
                stems = _parquet_names(selected)
                alias = f"publish_{snapshot_id[:12]}"
                # A read-only instance can still attach a new file read-write.
                con.execute(
                    f"ATTACH {_literal(str(snapshot_tmp))} AS {_ident(alias)} "
                    f"(READ_WRITE, STORAGE_VERSION {_literal(SNAPSHOT_STORAGE_VERSION)})"
                )
                for schema, name, kind in selected:
                    src = f"{_ident(catalog)}.{_ident(schema)}.{_ident(name)}"
                    dst = f"{_ident(alias)}.{_ident(schema)}.{_ident(name)}"
                    con.execute(f"CREATE SCHEMA IF NOT EXISTS {_ident(alias)}.{_ident(schema)}")
                    con.execute(f"CREATE TABLE {dst} AS SELECT * FROM {src}")
                    rows = con.execute(f"SELECT count(*) FROM {dst}").fetchone()[0]  # type: ignore[index]
                    final = parquet_dir / f"{stems[(schema, name)]}.parquet"
                    tmp = _tmp_path(final, snapshot_id)
                    cleanup.append(tmp)
                    # Parquet comes from the snapshot tables, so both outputs hold identical data.
                    con.execute(
                        f"COPY (SELECT * FROM {dst}) TO {_literal(str(tmp))} (FORMAT parquet, "
                        f"COMPRESSION zstd, KV_METADATA {{snapshot_id: {_literal(snapshot_id)}, "
                        f"source_table: {_literal(f'{schema}.{name}')}}})"
                    )
                    pending.append((tmp, final))
                    key = f"{schema}.{name}"
                    published[key] = PublishedTable(key, schema, name, kind, int(rows), final)
                con.execute(f"CHECKPOINT {_ident(alias)}")  # fold the WAL into the file
                con.execute(f"DETACH {_ident(alias)}")
            finally:
                con.close()

            for tmp, _ in [(snapshot_tmp, snapshot_path), *pending]:
                _fsync_file(tmp)
            # All outputs exist and are durable: swap them in, the snapshot first, manifest last.
            os.replace(snapshot_tmp, snapshot_path)
            for tmp, final in pending:
                os.replace(tmp, final)
            removed: list[Path] = []
            if tables is None:
                keep = {final for _, final in pending}
                for stale in parquet_dir.glob("*.parquet"):
                    if stale not in keep:
                        _remove(stale)
                        removed.append(stale)
            _fsync_dir(parquet_dir)

            manifest_path = publish_dir / MANIFEST_NAME
            manifest = {
                "published_at": published_at.isoformat(),
                "snapshot_id": snapshot_id,
                "source_warehouse": str(warehouse_path),
                "snapshot": SNAPSHOT_NAME,
                "duckdb_version": duckdb.__version__,
                "storage_version": SNAPSHOT_STORAGE_VERSION,  # readable by DuckDB >= 1.4
                "tables": {
                    key: {
                        "schema": t.schema,
                        "table": t.table,
                        "kind": t.kind,
                        "rows": t.rows,
                        "parquet": t.parquet_path.relative_to(publish_dir).as_posix(),
                    }
                    for key, t in published.items()
                },
            }
            manifest_tmp = _tmp_path(manifest_path, snapshot_id)
            cleanup.append(manifest_tmp)
            with open(manifest_tmp, "w", encoding="utf-8") as f:
                json.dump(manifest, f, ensure_ascii=False, indent=2)
                f.flush()
                os.fsync(f.fileno())
            os.replace(manifest_tmp, manifest_path)
            _fsync_dir(publish_dir)
        finally:
            for p in cleanup:  # no-ops after success: every temp file was renamed away
                _remove(p)

    return PublishResult(
        snapshot_path=snapshot_path,
        manifest_path=manifest_path,
        parquet_dir=parquet_dir,
        source_path=warehouse_path,
        snapshot_id=snapshot_id,
        published_at=published_at,
        tables=published,
        removed_parquet=tuple(removed),
    )


def open_snapshot(publish_dir: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the *current* snapshot (schemas as in the warehouse).

    Attaches to a fresh in-memory instance: ``duckdb.connect(path)`` would hand back a cached
    instance of the old file if this process still has one open.
    """
    path = Path(publish_dir) / SNAPSHOT_NAME
    if not path.is_file():
        raise FileNotFoundError(f"no published snapshot at {path}")
    con = duckdb.connect()
    con.execute(f"ATTACH {_literal(str(path))} AS warehouse_snapshot (READ_ONLY)")
    con.execute("USE warehouse_snapshot")
    return con
