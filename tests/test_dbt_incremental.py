"""The incremental dedup models give exactly what a full rebuild gives.

A real warehouse file is loaded step by step through the warehouse API (real extraction of the
sample reports, ``replace_documents`` / ``retire_missing``) and built with real dbt after every
step, incrementally. After each step a copy of the file is rebuilt with ``--full-refresh`` and
every intermediate and mart table must hold the same rows (as multisets) in both.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from orchestration import warehouse
from orchestration.extraction import extract_document
from tests.conftest import SAMPLES

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
DBT_DIR = REPO / "dbt"
# the incremental models: the dedup models and the mart built from int_indicators_dedup by group
INCREMENTAL = ("path:models/intermediate", "mart_indicators")
DEDUP_MODELS = ("int_indicators_dedup", "int_budgets_dedup", "int_projects_dedup", "int_disasters_dedup")
REPORTS = sorted(p.name for p in SAMPLES.glob("*.txt"))


def dbt(command: str, db: Path, workdir: Path, *flags: str) -> str:
    env = {**os.environ, "BAOCAO_WAREHOUSE": str(db), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    cmd = [
        str(Path(sys.executable).parent / "dbt"), command, *flags,
        "--project-dir", str(DBT_DIR), "--profiles-dir", str(DBT_DIR),
        "--target-path", str(workdir / "target"), "--log-path", str(workdir / "logs"),
    ]  # fmt: skip
    proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, f"dbt {command} failed:\n{proc.stdout[-6000:]}\n{proc.stderr[-3000:]}"
    return proc.stdout


def load(db: Path, name: str, data: bytes) -> None:
    con = duckdb.connect(str(db))
    try:
        warehouse.replace_documents(con, [(name, extract_document(data, name))])
    finally:
        con.close()


def retire(db: Path, *names: str) -> None:
    con = duckdb.connect(str(db))
    try:
        present = [r[0] for r in con.execute("SELECT source_file FROM documents WHERE is_current").fetchall()]
        assert warehouse.retire_missing(con, [p for p in present if p not in names]) == sorted(names)
    finally:
        con.close()


def built_tables(db: Path) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "SELECT schema_name || '.' || table_name FROM duckdb_tables() "
            "WHERE schema_name IN ('intermediate', 'marts') ORDER BY 1"
        ).fetchall()
    finally:
        con.close()
    return [r[0] for r in rows]


def differences(incremental: Path, full: Path) -> dict[str, tuple[int, int]]:
    """Per table: (rows only in the incremental build, rows only in the full build)."""
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH '{incremental}' AS inc (READ_ONLY)")
        con.execute(f"ATTACH '{full}' AS ful (READ_ONLY)")
        found = {}
        for table in built_tables(full):
            # built_at is when a group was last rebuilt: it differs by design; every other column must not
            rows = "SELECT COLUMNS(lambda c: c <> 'built_at') FROM"
            only = [
                con.execute(
                    f"SELECT count(*) FROM ({rows} {a}.{table} EXCEPT ALL {rows} {b}.{table})"
                ).fetchone()[0]
                for a, b in (("inc", "ful"), ("ful", "inc"))
            ]
            if any(only):
                found[table] = (only[0], only[1])
        return found
    finally:
        con.close()


def ran_incrementally(workdir: Path) -> set[str]:
    """Incremental models whose last build took the incremental path (the compiled SQL selects the
    touched groups, or for the mart the groups built since its newest built_at)."""
    models = workdir / "target" / "compiled" / "baocao" / "models"
    found = {m for m in DEDUP_MODELS if "touched_groups" in (models / "intermediate" / f"{m}.sql").read_text()}
    mart = models / "marts" / "mart_indicators.sql"
    return found | ({"mart_indicators"} if mart.exists() and "where built_at >" in mart.read_text() else set())


def assert_same_as_full_refresh(db: Path, work: Path, step: str) -> None:
    reference = work / f"full-{step}.duckdb"
    shutil.copy(db, reference)
    dbt("run", reference, work / "full", "--full-refresh", "--select", *INCREMENTAL)
    assert built_tables(db) == built_tables(reference)
    assert differences(db, reference) == {}, f"after {step}"


def test_incremental_builds_equal_full_refresh(tmp_path: Path) -> None:
    db = tmp_path / "warehouse.duckdb"
    con = duckdb.connect(str(db))
    warehouse.ensure_schema(con)
    con.close()
    first, second, third = REPORTS[:3]
    texts = {name: (SAMPLES / name).read_bytes() for name in REPORTS}

    load(db, first, texts[first])
    load(db, second, texts[second])
    dbt("seed", db, tmp_path / "inc")
    dbt("run", db, tmp_path / "inc")  # first build: tables from scratch
    assert ran_incrementally(tmp_path / "inc") == set()

    revised = "revised.txt"
    steps = {
        # the same report again under another name and encoding: one canonical copy counts
        "duplicate": lambda: load(db, "copy_utf16.txt", texts[second].decode("utf-8").encode("utf-16")),
        # another report with the same figures, loaded later: it wins every group of the first
        "overlapping report": lambda: load(db, revised, texts[first] + "\nBản sửa đổi.\n".encode()),
        # the losing report removed: only the groups' lineage (superseded documents) changes
        "retire the loser": lambda: retire(db, first),
        # a new version of a file: its old facts leave, the new ones are ranked against the rest
        "change": lambda: load(db, revised, texts[first] + "\nBáo cáo được cập nhật bổ sung.\n".encode()),
        # the canonical copy removed: the other copy becomes canonical, groups keep their figures
        "retire canonical": lambda: retire(db, second),
        "new report": lambda: load(db, third, texts[third]),
        # every document of some groups gone: those groups must leave the tables
        "retire all but one": lambda: retire(db, revised, "copy_utf16.txt"),
    }
    for step, apply in steps.items():
        apply()
        # the incremental models only (the other marts are whole rebuilds of them), without their tests
        dbt("run", db, tmp_path / "inc", "--select", *INCREMENTAL)
        assert ran_incrementally(tmp_path / "inc") == {*DEDUP_MODELS, "mart_indicators"}, step
        assert_same_as_full_refresh(db, tmp_path, step.replace(" ", "_"))


def test_a_model_without_watermark_rebuilds_every_group(tmp_path: Path) -> None:
    """A dedup table built before the watermarks existed (or whose state was lost) is rebuilt whole."""
    db = tmp_path / "warehouse.duckdb"
    for name in REPORTS[:2]:
        load(db, name, (SAMPLES / name).read_bytes())
    dbt("seed", db, tmp_path / "inc")
    dbt("run", db, tmp_path / "inc")
    con = duckdb.connect(str(db))
    con.execute("DELETE FROM main.dbt_build_watermarks")
    con.execute("UPDATE intermediate.int_indicators_dedup SET value = -1")  # stale rows must all go
    con.close()
    dbt("run", db, tmp_path / "inc")
    assert ran_incrementally(tmp_path / "inc") == {*DEDUP_MODELS, "mart_indicators"}
    assert_same_as_full_refresh(db, tmp_path, "no_watermark")
