"""publish_snapshot against a real DuckDB file, with readers holding the old snapshot open."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import polars as pl
import pytest

from orchestration.publish import (
    MANIFEST_NAME,
    SNAPSHOT_NAME,
    SNAPSHOT_STORAGE_VERSION,
    WarehouseBusy,
    open_snapshot,
    publish_snapshot,
)

BIG_ROWS = 200_000  # big enough that an old reader really reads pages of the replaced file


def build_warehouse(path: Path, version: int) -> None:
    """A small warehouse shaped like ours: raw tables in main, dbt-style views and mart tables.

    Version 1: 3 documents, 30 indicators. Version 2 adds a document and 10 indicators, drops
    ``main.obsolete`` and adds ``marts.mart_new``. Every version is internally consistent:
    mart totals equal the sums over the facts.
    """
    con = duckdb.connect(str(path))
    try:
        docs = 3 if version == 1 else 4
        con.execute("CREATE SCHEMA IF NOT EXISTS staging; CREATE SCHEMA IF NOT EXISTS marts")
        con.execute(f"""
            CREATE OR REPLACE TABLE main.documents AS
            SELECT 'doc' || i AS doc_id, 'báo cáo; DROP TABLE x; --' || i || '.txt' AS source_file
            FROM range({docs}) t(i)""")
        con.execute(f"""
            CREATE OR REPLACE TABLE main.indicators AS
            SELECT 'doc' || (i % {docs}) AS doc_id, i::DOUBLE AS value, date '2025-06-30' AS period_end,
                   ['flood', 'storm'][1:1 + (i % 2)] AS hazards
            FROM range({docs * 10}) t(i)""")
        con.execute(f"CREATE OR REPLACE TABLE main.big AS SELECT i, {version} AS version FROM range({BIG_ROWS}) t(i)")
        # dbt-duckdb writes views with the catalog name: the publisher must resolve them as-is
        con.execute("""CREATE OR REPLACE VIEW staging.stg_indicators AS
                       SELECT doc_id, value FROM "warehouse"."main"."indicators" WHERE value >= 0""")
        con.execute("CREATE OR REPLACE VIEW marts.v_doc_count AS SELECT count(*) AS n FROM main.documents")
        con.execute("""CREATE OR REPLACE TABLE marts.mart_totals AS
                       SELECT doc_id, count(*) AS facts, sum(value) AS total
                       FROM main.indicators GROUP BY doc_id""")
        if version == 1:
            con.execute("CREATE OR REPLACE TABLE main.obsolete AS SELECT 1 AS x")
        else:
            con.execute("DROP TABLE IF EXISTS main.obsolete")
            con.execute("CREATE OR REPLACE TABLE marts.mart_new AS SELECT 42 AS answer")
    finally:
        con.close()


def state(con: duckdb.DuckDBPyConnection) -> tuple[int, int, float, int, int]:
    """(documents, indicators, mart total, mart facts, big version): consistent iff mart == facts."""
    docs = con.execute("SELECT count(*) FROM main.documents").fetchone()[0]
    facts, total = con.execute("SELECT count(*), sum(value) FROM main.indicators").fetchone()
    mart_total, mart_facts = con.execute("SELECT sum(total), sum(facts) FROM marts.mart_totals").fetchone()
    assert (mart_total, mart_facts) == (total, facts), "mart and facts from different builds"
    big_version, big_rows = con.execute("SELECT max(version), count(*) FROM main.big").fetchone()
    assert big_rows == BIG_ROWS
    return docs, facts, total, mart_facts, big_version


V1 = (3, 30, float(sum(range(30))), 30, 1)
V2 = (4, 40, float(sum(range(40))), 40, 2)

READER = textwrap.dedent("""
    import sys, duckdb
    con = duckdb.connect(sys.argv[1], read_only=True)
    def report():
        docs = con.execute("SELECT count(*) FROM main.documents").fetchone()[0]
        facts, total = con.execute("SELECT count(*), sum(value) FROM main.indicators").fetchone()
        mart = con.execute("SELECT sum(total) FROM marts.mart_totals").fetchone()[0]
        big = con.execute("SELECT max(version), count(*) FROM main.big").fetchone()
        print(docs, facts, total, mart, big[0], big[1], flush=True)
    report()
    for line in sys.stdin:          # one report per line received, until stdin closes
        report()
""")


def parse_reader(line: str) -> tuple[int, int, float, int, int]:
    docs, facts, total, mart, version, rows = line.split()
    assert float(mart) == float(total) and int(rows) == BIG_ROWS, line
    return int(docs), int(facts), float(total), int(facts), int(version)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def warehouse(tmp_path: Path) -> Path:
    path = tmp_path / "warehouse.duckdb"
    build_warehouse(path, 1)
    return path


def test_publish_writes_snapshot_parquet_and_manifest(warehouse: Path, tmp_path: Path) -> None:
    before = sha256(warehouse)
    pub = tmp_path / "publish"
    result = publish_snapshot(warehouse, pub)

    assert sha256(warehouse) == before  # opened read-only: the source is untouched
    assert result.snapshot_path == pub / SNAPSHOT_NAME
    assert set(result.tables) == {
        "main.documents",
        "main.indicators",
        "main.big",
        "main.obsolete",
        "staging.stg_indicators",
        "marts.v_doc_count",
        "marts.mart_totals",
    }
    assert result.tables["staging.stg_indicators"].kind == "view"
    assert result.row_counts["main.indicators"] == 30
    assert result.row_counts["marts.v_doc_count"] == 1

    with duckdb.connect(str(result.snapshot_path), read_only=True) as con:
        assert state(con) == V1
        kinds = dict(
            con.execute(
                "SELECT schema_name || '.' || table_name, 'table' FROM duckdb_tables()"
                " UNION ALL SELECT schema_name || '.' || view_name, 'view' FROM duckdb_views()"
                " WHERE NOT internal"
            ).fetchall()
        )
        assert {k: v for k, v in kinds.items() if k in result.tables} == dict.fromkeys(result.tables, "table")

    manifest = json.loads((pub / MANIFEST_NAME).read_text("utf-8"))
    assert manifest["snapshot_id"] == result.snapshot_id
    assert manifest["source_warehouse"] == str(warehouse.resolve())
    assert manifest["published_at"] == result.published_at.isoformat()
    assert {k: v["rows"] for k, v in manifest["tables"].items()} == result.row_counts

    for name, table in result.tables.items():
        assert table.parquet_path.parent == pub / "parquet"
        assert (pub / manifest["tables"][name]["parquet"]) == table.parquet_path
        frame = pl.read_parquet(table.parquet_path)
        assert frame.height == table.rows, name
        kv = dict(
            duckdb.execute(
                "SELECT key::VARCHAR, value::VARCHAR FROM parquet_kv_metadata(?)", [str(table.parquet_path)]
            ).fetchall()
        )
        assert kv["snapshot_id"] == result.snapshot_id
    indicators = pl.read_parquet(result.parquet_paths["main.indicators"])
    assert indicators.schema["hazards"] == pl.List(pl.String)
    assert indicators.schema["period_end"] == pl.Date
    assert indicators["value"].sum() == V1[2]
    docs = pl.read_parquet(result.parquet_paths["main.documents"])
    assert docs["source_file"][0] == "báo cáo; DROP TABLE x; --0.txt"

    leftovers = [p.name for p in pub.rglob("*") if ".tmp-" in p.name or p.name.endswith(".wal")]
    assert leftovers == []


def test_republish_while_readers_hold_the_old_snapshot(warehouse: Path, tmp_path: Path) -> None:
    pub = tmp_path / "publish"
    first = publish_snapshot(warehouse, pub)
    snapshot = str(first.snapshot_path)

    # Readers of the old snapshot: one in this process, one in another process.
    local = duckdb.connect(snapshot, read_only=True)
    assert state(local) == V1
    proc = subprocess.Popen(
        [sys.executable, "-c", READER, snapshot],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdin is not None
        assert parse_reader(proc.stdout.readline()) == V1

        # The writer is not blocked by snapshot readers: rebuild the warehouse, publish again.
        build_warehouse(warehouse, 2)
        second = publish_snapshot(warehouse, pub)
        assert second.snapshot_id != first.snapshot_id
        assert second.row_counts["main.indicators"] == 40

        # Old readers keep their complete, consistent old snapshot.
        assert state(local) == V1
        proc.stdin.write("again\n")
        proc.stdin.flush()
        assert parse_reader(proc.stdout.readline()) == V1

        # New readers see the new data: a new process, and open_snapshot in this process.
        out = subprocess.run(
            [sys.executable, "-c", READER, snapshot], input="", capture_output=True, text=True, check=True
        )
        assert parse_reader(out.stdout.splitlines()[0]) == V2
        with open_snapshot(pub) as fresh:
            assert state(fresh) == V2
            assert fresh.execute("SELECT answer FROM marts.mart_new").fetchone() == (42,)
    finally:
        if proc.stdin:
            proc.stdin.close()
        proc.wait(timeout=30)
    assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""

    # In-process caveat: duckdb.connect(path) hands back the cached old instance while one is open.
    assert state(duckdb.connect(snapshot, read_only=True)) == V1
    local.close()
    with duckdb.connect(snapshot, read_only=True) as reopened:
        assert state(reopened) == V2

    # Parquet and manifest describe the new build; the dropped table's file is gone.
    manifest = json.loads((pub / MANIFEST_NAME).read_text("utf-8"))
    assert manifest["snapshot_id"] == second.snapshot_id
    assert "main.obsolete" not in manifest["tables"] and "marts.mart_new" in manifest["tables"]
    assert second.removed_parquet == (pub / "parquet" / "obsolete.parquet",)
    assert not (pub / "parquet" / "obsolete.parquet").exists()
    assert pl.read_parquet(second.parquet_paths["main.indicators"]).height == 40
    assert pl.read_parquet(second.parquet_paths["main.big"])["version"].unique().to_list() == [2]


def test_selected_tables_only(warehouse: Path, tmp_path: Path) -> None:
    pub = tmp_path / "publish"
    result = publish_snapshot(warehouse, pub, tables=["indicators", "marts.mart_totals", "staging.stg_indicators"])
    assert list(result.tables) == ["main.indicators", "marts.mart_totals", "staging.stg_indicators"]
    assert sorted(p.name for p in (pub / "parquet").glob("*.parquet")) == [
        "indicators.parquet",
        "mart_totals.parquet",
        "stg_indicators.parquet",
    ]
    with open_snapshot(pub) as con:
        assert con.execute("SELECT count(*) FROM staging.stg_indicators").fetchone() == (30,)
        assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'documents'").fetchone() == (0,)


def test_bad_table_names(warehouse: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="does not exist"):
        publish_snapshot(warehouse, tmp_path / "p", tables=["nope"])
    con = duckdb.connect(str(warehouse))
    con.execute("CREATE TABLE marts.indicators AS SELECT 1 AS x")
    con.close()
    with pytest.raises(ValueError, match="ambiguous"):
        publish_snapshot(warehouse, tmp_path / "p", tables=["indicators"])
    # same name in two schemas: both published, files named schema.table
    result = publish_snapshot(warehouse, tmp_path / "p")
    assert result.parquet_paths["marts.indicators"].name == "marts.indicators.parquet"
    assert result.parquet_paths["main.indicators"].name == "main.indicators.parquet"
    assert not list((tmp_path / "p").rglob("*.tmp-*"))


def test_busy_warehouse_raises_and_leaves_the_published_copy(warehouse: Path, tmp_path: Path) -> None:
    pub = tmp_path / "publish"
    first = publish_snapshot(warehouse, pub)
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, duckdb; c = duckdb.connect(sys.argv[1]); print('open', flush=True); sys.stdin.read()",
            str(warehouse),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "open"
        with pytest.raises(WarehouseBusy):
            publish_snapshot(warehouse, pub)
    finally:
        assert writer.stdin is not None
        writer.stdin.close()
        writer.wait(timeout=30)
    manifest = json.loads((pub / MANIFEST_NAME).read_text("utf-8"))
    assert manifest["snapshot_id"] == first.snapshot_id
    with open_snapshot(pub) as con:
        assert state(con) == V1
    assert not list(pub.rglob("*.tmp-*"))


def test_missing_warehouse(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        publish_snapshot(tmp_path / "absent.duckdb", tmp_path / "p")


# A reader of the DuckDB 1.4 series, as BI tools ship it: the Node binding pinned in
# dashboard/package.json (installed by scripts/setup.sh). Prints the rows of one query as JSON.
DUCKDB_14_READER = textwrap.dedent("""
    import {DuckDBInstance} from "@duckdb/node-api";
    const [path, sql] = process.argv.slice(1);
    const instance = await DuckDBInstance.create(path, {access_mode: "READ_ONLY"});
    const reader = await (await instance.connect()).runAndReadAll(sql);
    console.log(JSON.stringify(reader.getRowsJson()));
""")


def read_with_duckdb_14(path: Path, sql: str) -> subprocess.CompletedProcess[str]:
    from orchestration.dashboard import DASHBOARD_DIR

    return subprocess.run(
        ["node", "--input-type=module", "-e", DUCKDB_14_READER, str(path), sql],
        cwd=DASHBOARD_DIR,  # resolves @duckdb/node-api from dashboard/node_modules
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_duckdb_14_reader_opens_the_snapshot(warehouse: Path, tmp_path: Path) -> None:
    result = publish_snapshot(warehouse, tmp_path / "published")
    manifest = json.loads(result.manifest_path.read_text(encoding="utf-8"))
    assert manifest["storage_version"] == SNAPSHOT_STORAGE_VERSION == "v1.4.0"

    read = read_with_duckdb_14(
        result.snapshot_path, "SELECT version() AS v, sum(total) AS total, sum(facts) AS facts FROM marts.mart_totals"
    )
    assert read.returncode == 0, read.stderr
    [[version, total, facts]] = json.loads(read.stdout)
    assert version.startswith("v1.4.")
    assert (float(total), int(facts)) == (V1[2], V1[1])


def test_the_duckdb_14_reader_refuses_duckdbs_own_newest_format(tmp_path: Path) -> None:
    """Control for the test above: without the storage version, 1.4 readers cannot open the file."""
    newest = tmp_path / "newest.duckdb"
    con = duckdb.connect(str(newest))
    con.execute("CREATE TABLE t AS SELECT 1 AS x")
    con.close()
    if duckdb.__version__.startswith("1."):
        pytest.skip(f"duckdb {duckdb.__version__} writes a format 1.4 reads anyway")
    read = read_with_duckdb_14(newest, "SELECT x FROM t")
    assert read.returncode != 0
    assert "version" in read.stderr.lower()


# --- incremental publish ----------------------------------------------------------------------


def build_keyed_warehouse(path: Path) -> None:
    """Documents with changed_at, their facts (by source_file) and texts (by doc_id), a mart."""
    con = duckdb.connect(str(path))
    try:
        con.execute("""
            CREATE TABLE main.documents AS
            SELECT 'doc' || i AS doc_id, 'file' || i || '.txt' AS source_file, true AS is_current,
                   timestamp '2025-01-01' AS loaded_at, timestamp '2025-01-01' AS changed_at
            FROM range(40) t(i)""")
        con.execute("""
            CREATE TABLE main.indicators AS
            SELECT 'doc' || (i % 40) AS doc_id, 'file' || (i % 40) || '.txt' AS source_file, i::DOUBLE AS value
            FROM range(400) t(i)""")
        con.execute(
            "CREATE TABLE main.document_texts AS SELECT doc_id, 'text of ' || doc_id AS text FROM main.documents"
        )
        con.execute("CREATE SCHEMA marts")
        con.execute("CREATE TABLE marts.mart_totals AS SELECT sum(value) AS total FROM main.indicators")
    finally:
        con.close()


def change_one_file(path: Path, source_file: str) -> None:
    """What a load does: the file's facts replaced, a new document version, changed_at now."""
    con = duckdb.connect(str(path))
    try:
        con.execute(
            "UPDATE main.documents SET is_current = false, changed_at = now() WHERE source_file = ?", [source_file]
        )
        con.execute("INSERT INTO main.documents VALUES ('new-version', ?, true, now(), now())", [source_file])
        con.execute("DELETE FROM main.indicators WHERE source_file = ?", [source_file])
        con.execute("INSERT INTO main.indicators SELECT 'new-version', ?, 1000 + i FROM range(5) t(i)", [source_file])
        con.execute("INSERT INTO main.document_texts VALUES ('new-version', 'the new text')")
        con.execute("CREATE OR REPLACE TABLE marts.mart_totals AS SELECT sum(value) AS total FROM main.indicators")
    finally:
        con.close()


def parquet_snapshot_ids(glob: Path) -> dict[str, str]:
    rows = duckdb.execute(
        "SELECT file_name, value::VARCHAR FROM parquet_kv_metadata(?) WHERE key::VARCHAR = 'snapshot_id'", [str(glob)]
    ).fetchall()
    return {Path(f).name: v for f, v in rows}


def assert_snapshot_equals_warehouse(warehouse: Path, pub: Path, manifest: dict) -> None:
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH '{warehouse}' AS w (READ_ONLY)")
        con.execute(f"ATTACH '{pub / SNAPSHOT_NAME}' AS s (READ_ONLY)")
        for name, entry in manifest["tables"].items():
            for a, b in (("w", "s"), ("s", "w")):
                extra = con.execute(f"SELECT count(*) FROM (FROM {a}.{name} EXCEPT ALL FROM {b}.{name})").fetchone()[0]
                assert extra == 0, (name, a, b)
            parquet = f"read_parquet('{pub / entry['parquet']}')"
            for left, right in ((f"w.{name}", parquet), (parquet, f"w.{name}")):
                extra = con.execute(f"SELECT count(*) FROM (FROM {left} EXCEPT ALL FROM {right})").fetchone()[0]
                assert extra == 0, (name, left, right)
    finally:
        con.close()


def test_unchanged_republish_rewrites_nothing(warehouse: Path, tmp_path: Path) -> None:
    pub = tmp_path / "publish"
    first = publish_snapshot(warehouse, pub)
    files = {p: p.stat().st_mtime_ns for p in (pub / "parquet").rglob("*.parquet")}
    second = publish_snapshot(warehouse, pub)
    assert second.snapshot_id != first.snapshot_id and second.rewritten == ()
    assert {p: p.stat().st_mtime_ns for p in (pub / "parquet").rglob("*.parquet")} == files
    manifest = json.loads((pub / MANIFEST_NAME).read_text("utf-8"))
    assert manifest["snapshot_id"] == second.snapshot_id
    assert {t["written_in"] for t in manifest["tables"].values()} == {first.snapshot_id}
    with open_snapshot(pub) as con:
        assert state(con) == V1


def test_one_changed_document_rewrites_only_its_rows_and_parquet_part(tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse.duckdb"
    build_keyed_warehouse(warehouse)
    pub = tmp_path / "publish"
    first = publish_snapshot(warehouse, pub)
    parts = pub / "parquet" / "indicators"
    assert first.parquet_paths["main.indicators"] == parts / "*.parquet"
    assert len(list(parts.glob("*.parquet"))) == 16
    assert first.parquet_paths["main.documents"] == pub / "parquet" / "documents.parquet"  # small: one file

    change_one_file(warehouse, "file7.txt")
    second = publish_snapshot(warehouse, pub)
    assert set(second.rewritten) == {"main.documents", "main.indicators", "main.document_texts", "marts.mart_totals"}
    manifest = json.loads((pub / MANIFEST_NAME).read_text("utf-8"))
    assert_snapshot_equals_warehouse(warehouse, pub, manifest)
    # only the part holding file7.txt was written again (texts: the part of the new doc_id)
    [(part,)] = duckdb.execute("SELECT 'part-' || substr(md5('file7.txt'), 1, 1) || '.parquet'").fetchall()
    written = {name for name, sid in parquet_snapshot_ids(parts / "*.parquet").items() if sid == second.snapshot_id}
    assert written == {part}
    assert len(set(parquet_snapshot_ids(pub / "parquet" / "document_texts" / "*.parquet").values())) == 2


def test_rows_changed_behind_the_documents_back_are_copied_whole(tmp_path: Path) -> None:
    """The fingerprint, not changed_at alone, decides: a fact edited in place is still published."""
    warehouse = tmp_path / "warehouse.duckdb"
    build_keyed_warehouse(warehouse)
    pub = tmp_path / "publish"
    publish_snapshot(warehouse, pub)
    con = duckdb.connect(str(warehouse))
    con.execute("UPDATE main.indicators SET value = -1 WHERE source_file = 'file3.txt'")
    con.close()
    second = publish_snapshot(warehouse, pub)
    assert second.rewritten == ("main.indicators",)
    manifest = json.loads((pub / MANIFEST_NAME).read_text("utf-8"))
    assert_snapshot_equals_warehouse(warehouse, pub, manifest)
    assert set(parquet_snapshot_ids(pub / "parquet" / "indicators" / "*.parquet").values()) == {second.snapshot_id}


def build_group_warehouse(path: Path) -> None:
    """A dedup model as dbt builds it incrementally: rows of dedup groups stamped with built_at."""
    con = duckdb.connect(str(path))
    try:
        con.execute("CREATE SCHEMA intermediate")
        con.execute("""
            CREATE TABLE intermediate.int_facts_dedup AS
            SELECT 'g' || (i % 30) AS dedup_key,
                   CASE WHEN i % 30 = 0 THEN NULL ELSE 'p' || (i % 30 % 5) END AS province,  -- g0: unplaced
                   make_date(2020 + (i % 30 % 3), 1, 1) AS period_start,
                   i::DOUBLE AS value, timestamp '2025-01-01' AS built_at
            FROM range(300) t(i)""")
    finally:
        con.close()


def rebuild_groups(path: Path) -> None:
    """An incremental build: group g1 recomputed (fewer rows), g2 gone, g99 new, at one build time."""
    con = duckdb.connect(str(path))
    try:
        con.execute("DELETE FROM intermediate.int_facts_dedup WHERE dedup_key IN ('g1', 'g2')")
        con.execute("""
            INSERT INTO intermediate.int_facts_dedup VALUES
                ('g1', 'p1', date '2021-01-01', -1, timestamp '2025-02-01'),
                ('g99', 'p4', date '2024-01-01', 99, timestamp '2025-02-01')""")
    finally:
        con.close()


def test_rebuilt_dedup_groups_are_replaced_not_the_whole_table(tmp_path: Path, monkeypatch) -> None:
    from orchestration import publish

    warehouse = tmp_path / "warehouse.duckdb"
    build_group_warehouse(warehouse)
    pub = tmp_path / "publish"
    first = publish_snapshot(warehouse, pub)
    assert first.tables["intermediate.int_facts_dedup"].built_through == "2025-01-01T00:00:00"

    rebuild_groups(warehouse)
    copied: list[str] = []
    real_copy = publish._Writer.copy_table
    monkeypatch.setattr(
        publish._Writer, "copy_table", lambda self, src, dst: (copied.append(dst), real_copy(self, src, dst))
    )
    second = publish_snapshot(warehouse, pub)
    assert second.rewritten == ("intermediate.int_facts_dedup",)
    assert copied == []  # the rebuilt groups only
    manifest = json.loads((pub / MANIFEST_NAME).read_text("utf-8"))
    assert manifest["tables"]["intermediate.int_facts_dedup"]["built_through"] == "2025-02-01T00:00:00"
    assert_snapshot_equals_warehouse(warehouse, pub, manifest)  # Parquet parts included (g0: no province)
    # Parquet in parts by province and year: only those of the rebuilt (p1, p4) and removed (p2) groups
    parts = pub / "parquet" / "int_facts_dedup"
    assert manifest["tables"]["intermediate.int_facts_dedup"]["parquet"] == "parquet/int_facts_dedup/*.parquet"
    written = {name for name, sid in parquet_snapshot_ids(parts / "*.parquet").items() if sid == second.snapshot_id}
    expected = duckdb.execute(
        "SELECT DISTINCT 'part-' || substr(md5(k), 1, 1) || '.parquet' "
        "FROM (VALUES ('p1|2021'), ('p2|2022'), ('p4|2024')) t(k)"  # g1, g2 (removed), g99 (new)
    ).fetchall()
    assert written == {name for (name,) in expected}
    assert len(list(parts.glob("*.parquet"))) > len(written)

    # a group edited without a new built_at: the fingerprint catches it and the table is copied whole
    con = duckdb.connect(str(warehouse))
    con.execute("UPDATE intermediate.int_facts_dedup SET value = 7 WHERE dedup_key = 'g5'")
    con.close()
    third = publish_snapshot(warehouse, pub)
    assert third.rewritten == ("intermediate.int_facts_dedup",) and len(copied) == 1
    assert_snapshot_equals_warehouse(warehouse, pub, json.loads((pub / MANIFEST_NAME).read_text("utf-8")))


def test_skipped_schemas_leave_the_snapshot_and_their_parquet(warehouse: Path, tmp_path: Path) -> None:
    pub = tmp_path / "publish"
    first = publish_snapshot(warehouse, pub)
    staged = first.parquet_paths["staging.stg_indicators"]
    second = publish_snapshot(warehouse, pub, skip_schemas=("staging",))
    assert not [name for name in second.tables if name.startswith("staging.")]
    assert "main.indicators" in second.tables and "marts.mart_totals" in second.tables
    assert not list(staged.parent.glob(staged.name)) and second.removed_parquet
    with open_snapshot(pub) as con:
        assert con.execute("SELECT count(*) FROM duckdb_views() WHERE schema_name = 'staging'").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'staging'").fetchone() == (0,)
