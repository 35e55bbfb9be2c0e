"""Issue #5, behaviour 8: readers never block the writer and never see half a build. Analysts
read the published copy (published/warehouse_snapshot.duckdb, read-only; Parquet beside it),
replaced atomically after each successful build. A reader process holding the snapshot open
while `baocao run` rebuilds does not make the run fail, and keeps a consistent view."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap

import duckdb
import pytest

from orchestration.definitions import build_defs
from orchestration.publish import publish_snapshot
from tests.conftest import SAMPLES
from tests.robustness import SMALL_SAMPLE, baocao_run, ingest

READER = textwrap.dedent("""
    import sys, time, pathlib, duckdb
    snapshot, stop = sys.argv[1], pathlib.Path(sys.argv[2])

    def state(con):
        docs = con.execute("SELECT count(*), string_agg(doc_id, ',' ORDER BY doc_id) FROM main.documents "
                           "WHERE is_current").fetchone()
        facts = con.execute("SELECT count(*), sum(value) FROM main.indicators").fetchone()
        return (*docs, *facts)

    def consistent(con):
        # a fresh open sees one whole build: marts (if any) only hold facts of its current documents
        has_marts = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'marts' "
                                "AND table_name = 'mart_indicators'").fetchone()[0]
        if has_marts:
            stray = con.execute("SELECT count(*) FROM marts.mart_indicators WHERE doc_id NOT IN "
                                "(SELECT doc_id FROM main.documents WHERE is_current)").fetchone()[0]
            assert stray == 0, f"{stray} mart rows from another build"
        return has_marts

    held = duckdb.connect(snapshot, read_only=True)  # the analyst's long-lived connection
    first = state(held)
    print("ready", first, flush=True)
    reads = fresh = saw_marts = 0
    while not stop.exists():
        assert state(held) == first, "the open snapshot changed under its reader"
        reads += 1
        con = duckdb.connect()  # a new reader: attach the current file (see publish.open_snapshot)
        con.execute(f"ATTACH '{snapshot}' AS s (READ_ONLY)")
        con.execute("USE s")
        saw_marts += consistent(con)
        con.close()
        fresh += 1
        time.sleep(0.05)
    print("ok", reads, fresh, saw_marts, flush=True)
""")


@pytest.mark.slow
def test_reader_holding_the_snapshot_never_blocks_a_full_rebuild(project_env, instance):
    raw = project_env.raw
    for p in raw.iterdir():
        if p.name != SMALL_SAMPLE:
            p.unlink()
    # a first published state: one report loaded and published
    assert all(r.success for r in ingest(build_defs(raw, project_env.warehouse), instance, SMALL_SAMPLE))
    publish_dir = project_env.root / "published"
    first = publish_snapshot(project_env.warehouse, publish_dir)
    snapshot = publish_dir / "warehouse_snapshot.duckdb"
    stop = project_env.root / "stop-reader"
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(snapshot), str(stop)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        ready = reader.stdout.readline()
        assert ready.startswith("ready"), ready + reader.stderr.read()

        # meanwhile: two more reports arrive and the whole pipeline (load, dbt, publish) runs
        for path in SAMPLES.glob("*.txt"):
            shutil.copy(path, raw / path.name)
        run = baocao_run(project_env, timeout=400)
        assert run.returncode == 0, run.stdout + run.stderr
    finally:
        stop.touch()
        out, err = reader.communicate(timeout=60)
    assert reader.returncode == 0, out + err
    _, reads, fresh, saw_marts = out.split()
    assert int(reads) > 10 and int(fresh) > 10  # it really read all along
    assert int(saw_marts) >= 1  # ... and saw the new build appear whole (checked on every read)

    # the new snapshot is in place for new readers, under the documented names
    manifest = json.loads((publish_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["snapshot_id"] != first.snapshot_id
    con = duckdb.connect(str(snapshot), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM main.documents WHERE is_current").fetchone()[0] == 3
        n_mart = con.execute("SELECT count(*) FROM marts.mart_indicators").fetchone()[0]
        parquet = publish_dir / "parquet" / "mart_indicators" / "*.parquet"  # parts by province
        assert con.execute("SELECT count(*) FROM read_parquet(?)", [str(parquet)]).fetchone()[0] == n_mart > 0
        assert manifest["tables"]["marts.mart_indicators"]["parquet"] == "parquet/mart_indicators/*.parquet"
    finally:
        con.close()
