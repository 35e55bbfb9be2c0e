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

Incremental (README "Scale"): a full copy of a 10,000-report warehouse takes ~15 s, most of it
rewriting tables a new report barely touched. So the manifest records a fingerprint per table
(rows + sum of row hashes) and how far the documents' changes were published
(``documents_changed_through``). The next publish starts from a copy of the previous snapshot
file and touches only tables whose fingerprint changed: a table of per-document rows
(``DOCUMENT_KEYED``: facts, their staging views, the texts) gets the rows of the documents
changed since then deleted and re-inserted (checked against the fingerprint, else copied whole);
any other changed table is copied whole. Parquet: a table whose fingerprint did not change keeps
its file; a document-keyed table is written as ``parquet/<table>/part-<x>.parquet``, 16 parts by
the first hex digit of md5(key), and only the parts holding a changed document are rewritten.
A table of dedup groups (``GROUP_KEY``/``BUILT_AT``) gets the groups built since the last publish
replaced, and its Parquet is in 16 parts by province and year: only the parts of those groups are
rewritten.
Each Parquet file carries the ``snapshot_id`` of the build that wrote it (``written_in`` per
table in the manifest).

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
import dataclasses
import datetime as dt
import fcntl
import json
import os
import shutil
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

# Tables whose every row belongs to one document (key column): republished per changed document.
DOCUMENT_KEYED: dict[str, str] = {
    **{f"main.{t}": "source_file" for t in ("indicators", "budgets", "projects", "disasters")},
    **{f"staging.stg_{t}": "source_file" for t in ("indicators", "budgets", "projects", "disasters")},
    "main.document_texts": "doc_id",
}
# Tables of dedup groups (the int_*_dedup models, mart_indicators): dbt rebuilds only the groups a
# change touched and stamps their rows with the build's time, so a publish replaces only the
# groups built since it last looked (checked against the fingerprint, else copied whole).
GROUP_KEY, BUILT_AT = "dedup_key", "built_at"
# Their Parquet is in parts by province and year: the groups one report touches are of its
# province and of the year or two it reports on, so one or two parts of 16 are rewritten instead
# of the whole table (~0.35 s each for the indicator tables of 10,000 reports). Province alone is
# too coarse where one province publishes much more than others (half the benchmark corpus).
GROUP_PART_COLUMNS = ("province", "period_start")
PARQUET_PARTS = [f"{i:x}" for i in range(16)]  # first hex digit of md5(key): stable across releases

__all__ = [
    "DOCUMENT_KEYED",
    "PublishResult",
    "PublishedTable",
    "WarehouseBusy",
    "open_snapshot",
    "publish_snapshot",
]


class WarehouseBusy(RuntimeError):
    """The warehouse is locked by a writing process (a build is running): publish after it."""


@dataclass(frozen=True)
class PublishedTable:
    name: str  # "schema.table", the key used everywhere below
    schema: str
    table: str
    kind: str  # "table" or "view" in the source warehouse (always a table in the snapshot)
    rows: int
    parquet_path: Path  # a file, or for a document-keyed table the glob of its parts
    fingerprint: str = ""  # rows and sum of row hashes: unchanged tables are not rewritten
    written_in: str = ""  # snapshot_id of the publish that last wrote its Parquet
    built_through: str = ""  # group-keyed tables: the newest built_at in the published copy


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
    rewritten: tuple[str, ...] = ()  # tables whose content changed since the previous publish

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


def _select(
    relations: list[tuple[str, str, str]], tables: Sequence[str] | None, skip_schemas: Sequence[str] = ()
) -> list[tuple[str, str, str]]:
    if tables is None:
        return [r for r in relations if r[0] not in skip_schemas]
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


@dataclass(frozen=True)
class _Previous:
    """What the last publish left: usable when its snapshot is in place and in today's format."""

    tables: dict[str, dict]
    changed_through: dt.datetime | None  # newest documents.changed_at it had published


def _previous_publish(publish_dir: Path, warehouse_path: Path) -> _Previous | None:
    try:
        manifest = json.loads((publish_dir / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    usable = (
        manifest.get("storage_version") == SNAPSHOT_STORAGE_VERSION
        and manifest.get("source_warehouse") == str(warehouse_path)
        and (publish_dir / SNAPSHOT_NAME).is_file()
        and all("fingerprint" in t for t in manifest.get("tables", {}).values())
    )
    if not usable:
        return None
    through = manifest.get("documents_changed_through")
    return _Previous(manifest["tables"], dt.datetime.fromisoformat(through) if through else None)


def _fingerprint(con: duckdb.DuckDBPyConnection, catalog: str, schema: str, name: str) -> str:
    """Rows and the sum of the rows' hashes (order-free, duplicates count): equal means unchanged."""
    # fetchall: DuckDB 2 keeps a half-read result open and refuses the next statement's register()
    [(n, total)] = con.execute(
        "SELECT count(*), coalesce(sum(hash(t)::HUGEINT), 0) "
        f"FROM {_ident(catalog)}.{_ident(schema)}.{_ident(name)} AS t"
    ).fetchall()
    return f"{n}:{total}"


def _columns(con: duckdb.DuckDBPyConnection, catalog: str, schema: str, name: str) -> list[tuple[str, str]]:
    return con.execute(
        "SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = ? AND schema_name = ? "
        "AND table_name = ? ORDER BY column_index",
        [catalog, schema, name],
    ).fetchall()


def _documents_changed_through(con: duckdb.DuckDBPyConnection, catalog: str) -> dt.datetime | None:
    if [c for c, _ in _columns(con, catalog, "main", "documents") if c == "changed_at"]:
        return con.execute(
            f"SELECT max(coalesce(changed_at, loaded_at)) FROM {_ident(catalog)}.main.documents"
        ).fetchall()[0][0]
    return None


def _changed_keys(con: duckdb.DuckDBPyConnection, catalog: str, column: str, since: dt.datetime) -> list[str]:
    """Values of ``column`` (source_file or doc_id) of documents loaded, replaced or retired since."""
    rows = con.execute(
        f"SELECT DISTINCT {_ident(column)} FROM {_ident(catalog)}.main.documents "
        "WHERE coalesce(changed_at, loaded_at) > ?",
        [since],
    ).fetchall()
    return [r[0] for r in rows]


def _part_of(column: str) -> str:
    """The part of a row: the first hex digit of md5 of its key column."""
    return f"substr(md5({_ident(column)}), 1, 1)"


def _group_part_of() -> str:
    """The part of a row of dedup groups: as ``_part_of``, over its province and the year its
    period starts (either may be null: an unplaced document's groups)."""
    province, start = (_ident(c) for c in GROUP_PART_COLUMNS)
    return f"substr(md5(coalesce({province}, '') || '|' || coalesce(CAST(year({start}) AS VARCHAR), '')), 1, 1)"


class _Writer:
    """Writes one snapshot: the tables into the attached temp file, Parquet beside, all as temps."""

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        alias: str,
        parquet_dir: Path,
        snapshot_id: str,
        pending: list[tuple[Path, Path]],
    ) -> None:
        self.con, self.alias, self.parquet_dir, self.snapshot_id = con, alias, parquet_dir, snapshot_id
        self.pending = pending  # (tmp, final), replaced only once all exist

    def copy_table(self, src: str, dst: str) -> None:
        self.con.execute(f"DROP TABLE IF EXISTS {dst}")
        self.con.execute(f"CREATE TABLE {dst} AS SELECT * FROM {src}")

    def rows_hash(
        self, relation: str, where: str, params: Sequence[object] = (), part_of: str | None = None
    ) -> tuple[tuple[int, int], list[str]]:
        """(rows, sum of row hashes) of the rows of ``relation`` matching ``where`` — the part of a
        fingerprint those rows make (``_fingerprint`` is the same sum over the whole table) — and,
        in the same scan, the Parquet parts (``part_of``, SQL) they fall in."""
        parts = f"list(DISTINCT {part_of})" if part_of else "[]::VARCHAR[]"
        [(n, total, in_parts)] = self.con.execute(
            f"SELECT count(*), coalesce(sum(hash(t)::HUGEINT), 0), {parts} FROM {relation} AS t WHERE {where}",
            list(params),
        ).fetchall()
        return (int(n), int(total)), list(in_parts or [])  # list() over no rows is NULL

    def refresh_rows(self, src: str, dst: str, column: str, keys: list[str]) -> tuple[int, int]:
        """Replace the rows of the documents ``keys`` in ``dst`` by the source's; returns how
        ``dst``'s fingerprint moved (rows, hash sum), so it is checked without a scan of ``dst``."""
        self.con.register("publish_changed_keys", _key_frame(keys))
        try:
            where = f"{_ident(column)} IN (SELECT key FROM publish_changed_keys)"
            removed, _ = self.rows_hash(dst, where)
            self.con.execute(f"DELETE FROM {dst} WHERE {where}")
            added, _ = self.rows_hash(src, where)
            self.con.execute(f"INSERT INTO {dst} SELECT * FROM {src} WHERE {where}")
        finally:
            self.con.unregister("publish_changed_keys")
        return _difference(added, removed)

    def refresh_groups(
        self, src: str, dst: str, since: str, part_of: str | None = None
    ) -> tuple[tuple[int, int], list[str]]:
        """Replace in ``dst`` the dedup groups rebuilt after ``since``, and drop the groups the
        source no longer holds (a group-keyed table: ``GROUP_KEY`` and ``BUILT_AT`` columns).
        Returns how ``dst``'s fingerprint moved, as ``refresh_rows``, and the Parquet parts
        (``part_of``) the replaced groups fall in, before and after."""
        rebuilt = f"SELECT {GROUP_KEY} FROM {src} WHERE {BUILT_AT} > CAST(? AS TIMESTAMP)"
        where = f"{GROUP_KEY} IN ({rebuilt}) OR {GROUP_KEY} NOT IN (SELECT {GROUP_KEY} FROM {src})"
        removed, parts_before = self.rows_hash(dst, where, [since], part_of)
        self.con.execute(f"DELETE FROM {dst} WHERE {where}", [since])
        new_rows = f"{BUILT_AT} > CAST(? AS TIMESTAMP)"
        added, parts_after = self.rows_hash(src, new_rows, [since], part_of)
        self.con.execute(f"INSERT INTO {dst} SELECT * FROM {src} WHERE {new_rows}", [since])
        return _difference(added, removed), sorted(set(parts_before) | set(parts_after))

    def parquet(self, dst: str, final: Path, source_table: str, where: str = "") -> None:
        tmp = _tmp_path(final, self.snapshot_id)
        self.pending.append((tmp, final))
        # Parquet comes from the snapshot tables, so both outputs hold identical data.
        self.con.execute(
            f"COPY (SELECT * FROM {dst} {where}) TO {_literal(str(tmp))} (FORMAT parquet, "
            f"COMPRESSION zstd, KV_METADATA {{snapshot_id: {_literal(self.snapshot_id)}, "
            f"source_table: {_literal(source_table)}}})"
        )

    def parquet_parts(self, dst: str, folder: Path, source_table: str, part_of: str, parts: Sequence[str]) -> None:
        """Write ``parts`` of ``dst``: the rows whose ``part_of`` (SQL) is each part's digit."""
        folder.mkdir(exist_ok=True)
        for part in parts:
            where = f"WHERE {part_of} = {_literal(part)}"
            self.parquet(dst, folder / f"part-{part}.parquet", source_table, where)


def _key_frame(keys: list[str]) -> object:
    import pyarrow as pa

    return pa.table({"key": pa.array(keys, type=pa.string())})


def _parts_of(con: duckdb.DuckDBPyConnection, keys: list[str]) -> list[str]:
    con.register("publish_changed_keys", _key_frame(keys))
    try:
        rows = con.execute(f"SELECT DISTINCT {_part_of('key')} FROM publish_changed_keys ORDER BY 1").fetchall()
    finally:
        con.unregister("publish_changed_keys")
    return [r[0] for r in rows]


def _parquet_target(parquet_dir: Path, stem: str, keyed: bool) -> Path:
    return parquet_dir / stem / "*.parquet" if keyed else parquet_dir / f"{stem}.parquet"


def _publish_table(
    writer: _Writer,
    catalog: str,
    relation: tuple[str, str, str],
    stem: str,
    previous: _Previous | None,
    changed_keys: dict[str, list[str]] | None,
) -> tuple[PublishedTable, bool]:
    """Bring one table of the snapshot up to date; (its entry, whether its content changed)."""
    con, schema, name, kind = writer.con, *relation
    key = f"{schema}.{name}"
    src = f"{_ident(catalog)}.{_ident(schema)}.{_ident(name)}"
    dst = f"{_ident(writer.alias)}.{_ident(schema)}.{_ident(name)}"
    columns = _columns(con, catalog, schema, name)
    column_names = {c for c, _ in columns}
    column = DOCUMENT_KEYED.get(key)
    if column not in column_names:
        column = None  # not shaped like ours (no key column): published whole
    grouped = {GROUP_KEY, BUILT_AT} <= column_names  # a table of dedup groups
    group_parts = grouped and set(GROUP_PART_COLUMNS) <= column_names
    part_of = _part_of(column) if column else _group_part_of() if group_parts else None
    target = _parquet_target(writer.parquet_dir, stem, part_of is not None)
    fingerprint = _fingerprint(con, catalog, schema, name)
    rows = int(fingerprint.split(":")[0])
    before = previous.tables.get(key) if previous else None
    # the previous snapshot holds this table with today's columns and Parquet layout
    reusable = (
        before is not None
        and writer.parquet_dir.parent / before["parquet"] == target
        and columns == _columns(con, writer.alias, schema, name)
    )
    if reusable and before["fingerprint"] == fingerprint and _parquet_present(target):  # type: ignore[index]
        written_in, built_through = before.get("written_in", ""), before.get("built_through", "")  # type: ignore[union-attr]
        return PublishedTable(key, schema, name, kind, rows, target, fingerprint, written_in, built_through), False
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {_ident(writer.alias)}.{_ident(schema)}")
    entry = PublishedTable(key, schema, name, kind, rows, target, fingerprint, writer.snapshot_id)
    if column is not None and reusable and changed_keys is not None:
        keys = changed_keys.setdefault(column, [])
        moved = writer.refresh_rows(src, dst, column, keys)
        if _moved(before["fingerprint"], moved) == fingerprint:  # type: ignore[index]
            writer.parquet_parts(dst, target.parent, key, part_of, _parts_of(con, keys))
            return entry, True
    if column is None and grouped:
        entry = dataclasses.replace(entry, built_through=_built_through(con, src))
        since = before.get("built_through") if reusable and before else None  # type: ignore[union-attr]
        if since:
            moved, parts = writer.refresh_groups(src, dst, since, part_of)
            if _moved(before["fingerprint"], moved) == fingerprint:  # type: ignore[index]
                if part_of:
                    writer.parquet_parts(dst, target.parent, key, part_of, parts)
                else:
                    writer.parquet(dst, target, key)
                return entry, True
    writer.copy_table(src, dst)  # not keyed, first publish, or the rows did not add up
    if part_of is not None:
        writer.parquet_parts(dst, target.parent, key, part_of, PARQUET_PARTS)
    else:
        writer.parquet(dst, target, key)
    return entry, True


def _difference(added: tuple[int, int], removed: tuple[int, int]) -> tuple[int, int]:
    return added[0] - removed[0], added[1] - removed[1]


def _moved(fingerprint: str, moved: tuple[int, int]) -> str:
    """The fingerprint of a table after rows were replaced: the previous snapshot's copy held
    exactly ``fingerprint`` (the manifest says so), and sums of row hashes add up. Equal to the
    source's fingerprint means the copy now holds the source's rows, as a full scan would say."""
    rows, total = (int(part) for part in fingerprint.split(":"))
    return f"{rows + moved[0]}:{total + moved[1]}"


def _built_through(con: duckdb.DuckDBPyConnection, src: str) -> str:
    """The newest ``built_at`` of a group-keyed table (ISO text; "" when empty)."""
    [(newest,)] = con.execute(f"SELECT max({BUILT_AT}) FROM {src}").fetchall()
    return newest.isoformat() if newest is not None else ""


def _parquet_present(target: Path) -> bool:
    if target.name == "*.parquet":
        return all((target.parent / f"part-{p}.parquet").is_file() for p in PARQUET_PARTS)
    return target.is_file()


def _remove_stale_parquet(parquet_dir: Path, keep: set[Path]) -> list[Path]:
    """Files and part folders of tables no longer published (or published in another layout)."""
    removed: list[Path] = []
    for entry in sorted(parquet_dir.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir() and entry / "*.parquet" not in keep:
            for part in entry.glob("*.parquet"):
                _remove(part)
                removed.append(part)
            with contextlib.suppress(OSError):
                entry.rmdir()
        elif entry.suffix == ".parquet" and entry not in keep:
            _remove(entry)
            removed.append(entry)
    return removed


def _write_manifest(
    publish_dir: Path, result: PublishResult, changed_through: dt.datetime | None, cleanup: list[Path]
) -> None:
    manifest = {
        "published_at": result.published_at.isoformat(),
        "snapshot_id": result.snapshot_id,
        "source_warehouse": str(result.source_path),
        "snapshot": SNAPSHOT_NAME,
        "duckdb_version": duckdb.__version__,
        "storage_version": SNAPSHOT_STORAGE_VERSION,  # readable by DuckDB >= 1.4
        # the newest document change in this snapshot: the next publish re-reads documents after it
        "documents_changed_through": changed_through.isoformat() if changed_through else None,
        "tables": {
            key: {
                "schema": t.schema,
                "table": t.table,
                "kind": t.kind,
                "rows": t.rows,
                "parquet": t.parquet_path.relative_to(publish_dir).as_posix(),
                "fingerprint": t.fingerprint,
                "written_in": t.written_in,
                **({"built_through": t.built_through} if t.built_through else {}),
            }
            for key, t in result.tables.items()
        },
    }
    manifest_tmp = _tmp_path(result.manifest_path, result.snapshot_id)
    cleanup.append(manifest_tmp)
    with open(manifest_tmp, "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.flush()
        os.fsync(f.fileno())
    os.replace(manifest_tmp, result.manifest_path)
    _fsync_dir(publish_dir)


# --- public API ---------------------------------------------------------------------------------


def publish_snapshot(
    warehouse_path: Path,
    publish_dir: Path,
    *,
    tables: Sequence[str] | None = None,
    skip_schemas: Sequence[str] = (),
) -> PublishResult:
    """Copy the warehouse (or ``tables``: names or ``schema.name``) to ``publish_dir`` atomically.

    ``tables=None`` publishes every table and view of every user schema but ``skip_schemas``,
    incrementally from the previous snapshot when there is a usable one (module docstring), and
    removes Parquet files of tables that are no longer published. Raises ``WarehouseBusy`` while
    a writer holds the warehouse, ``ValueError`` for an unknown or ambiguous table name.
    """
    warehouse_path = Path(warehouse_path).resolve()
    publish_dir = Path(publish_dir)
    parquet_dir = publish_dir / PARQUET_DIR
    parquet_dir.mkdir(parents=True, exist_ok=True)

    with _publish_lock(publish_dir):
        _clean_stale_tmp(publish_dir, parquet_dir, *[d for d in parquet_dir.iterdir() if d.is_dir()])
        snapshot_id = uuid.uuid4().hex
        published_at = dt.datetime.now(dt.UTC).replace(microsecond=0)
        snapshot_path = publish_dir / SNAPSHOT_NAME
        snapshot_tmp = _tmp_path(snapshot_path, snapshot_id)
        cleanup = [snapshot_tmp, snapshot_tmp.with_name(snapshot_tmp.name + ".wal")]
        previous = _previous_publish(publish_dir, warehouse_path) if tables is None else None
        published: dict[str, PublishedTable] = {}
        rewritten: list[str] = []
        pending: list[tuple[Path, Path]] = []
        try:
            con = _open_source(warehouse_path)
            try:
                catalog = con.execute("SELECT current_database()").fetchone()[0]  # type: ignore[index]
                selected = _select(_relations(con), tables, skip_schemas)
                stems = _parquet_names(selected)
                changed_through = _documents_changed_through(con, catalog)
                changed_keys: dict[str, list[str]] | None = None
                if previous is not None:
                    # A copy of the previous file (in-kernel copy): only changed tables are written.
                    shutil.copyfile(snapshot_path, snapshot_tmp)
                    if previous.changed_through is not None and changed_through is not None:
                        changed_keys = {
                            c: _changed_keys(con, catalog, c, previous.changed_through)
                            for c in set(DOCUMENT_KEYED.values())
                        }
                alias = f"publish_{snapshot_id[:12]}"
                # A read-only instance can still attach a new file read-write.
                con.execute(
                    f"ATTACH {_literal(str(snapshot_tmp))} AS {_ident(alias)} "
                    f"(READ_WRITE, STORAGE_VERSION {_literal(SNAPSHOT_STORAGE_VERSION)})"
                )
                writer = _Writer(con, alias, parquet_dir, snapshot_id, pending)
                if previous is not None:
                    _drop_unselected(con, alias, {(s, n) for s, n, _ in selected})
                for relation in selected:
                    entry, changed = _publish_table(
                        writer, catalog, relation, stems[relation[:2]], previous, changed_keys
                    )
                    published[entry.name] = entry
                    if changed:
                        rewritten.append(entry.name)
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
            for folder in {final.parent for _, final in pending}:
                _fsync_dir(folder)
            removed = (
                _remove_stale_parquet(parquet_dir, {t.parquet_path for t in published.values()})
                if tables is None
                else []
            )
            _fsync_dir(parquet_dir)

            result = PublishResult(
                snapshot_path=snapshot_path,
                manifest_path=publish_dir / MANIFEST_NAME,
                parquet_dir=parquet_dir,
                source_path=warehouse_path,
                snapshot_id=snapshot_id,
                published_at=published_at,
                tables=published,
                removed_parquet=tuple(removed),
                rewritten=tuple(rewritten),
            )
            _write_manifest(publish_dir, result, changed_through, cleanup)
        finally:
            for p in [*cleanup, *(tmp for tmp, _ in pending)]:  # no-ops after success: all renamed away
                _remove(p)
    return result


def _drop_unselected(con: duckdb.DuckDBPyConnection, alias: str, keep: set[tuple[str, str]]) -> None:
    """Tables of the previous snapshot that are gone from the warehouse leave the copy too."""
    for schema, name, _ in _relations_of(con, alias):
        if (schema, name) not in keep:
            con.execute(f"DROP TABLE {_ident(alias)}.{_ident(schema)}.{_ident(name)}")


def _relations_of(con: duckdb.DuckDBPyConnection, catalog: str) -> list[tuple[str, str, str]]:
    return con.execute(
        "SELECT schema_name, table_name, 'table' FROM duckdb_tables() WHERE database_name = ? AND NOT internal",
        [catalog],
    ).fetchall()


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
