"""Integration: the real Dagster definitions on the real sample reports, into a temp DuckDB file.

One slow test runs the whole graph (ingest → dbt → checks → publish, then a removal); the others
exercise the per-file replacement semantics through the ingest job only (no dbt).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import dagster as dg
import pytest

from orchestration.dbt_state import NEW_ROWS_MARK_PREFIX, new_row_tests_fingerprint, project_fingerprint
from orchestration.defs.dbt_project import dbt_project
from orchestration.extraction import FACT_TABLES
from orchestration.settings import RAW_REPORTS_PARTITIONS
from tests.conftest import SHARED, needs_shared
from tests.robustness import query

BAC_KAN_H1_2024 = "002_3d4276e4e784b084.txt"
EMPTY = "999_empty.txt"
MARTS = ("mart_indicators", "mart_budget_execution", "mart_disaster_impact", "mart_projects", "mart_province_period")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ingest(defs: dg.Definitions, instance: dg.DagsterInstance, *names: str) -> list[dg.ExecuteInProcessResult]:
    instance.add_dynamic_partitions(
        RAW_REPORTS_PARTITIONS, [n for n in names if not instance.has_dynamic_partition(RAW_REPORTS_PARTITIONS, n)]
    )
    job = defs.resolve_job_def("ingest_report_job")
    return [job.execute_in_process(partition_key=n, instance=instance) for n in names]


@pytest.fixture
def defs(project_env) -> dg.Definitions:
    from orchestration.definitions import build_defs

    return build_defs(project_env.raw, project_env.warehouse)


@pytest.mark.slow
def test_whole_graph_on_samples(project_env, instance, defs):
    from orchestration.cli import run_pipeline

    (project_env.raw / EMPTY).write_bytes(b"")
    summary, counts = run_pipeline(project_env.raw, project_env.warehouse, instance)
    wh = project_env.warehouse

    # documents: every sample loaded under its content hash, the empty file rejected with a reason
    samples = sorted(p.name for p in project_env.raw.glob("*.txt") if p.name != EMPTY)
    assert sorted(d["file"] for d in summary.loaded) == samples
    assert [(name, code) for name, _reason, code in summary.rejected] == [(EMPTY, "empty")]
    assert query(wh, "SELECT source_file, doc_id FROM documents WHERE is_current ORDER BY 1") == [
        (name, sha(project_env.raw / name)) for name in samples
    ]
    assert query(wh, "SELECT source_file, code FROM rejected_documents") == [(EMPTY, "empty")]

    # raw tables and marts exist; the run and every blocking check succeeded
    tables = {r[0] for r in query(wh, "SELECT table_schema || '.' || table_name FROM information_schema.tables")}
    assert {f"main.{t}" for t in ("documents", "rejected_documents", *FACT_TABLES)} <= tables
    assert {f"marts.{m}" for m in MARTS} <= tables, sorted(tables)
    assert set(counts["marts"]) >= set(MARTS)
    checks = {c.name: c.status for c in summary.checks}
    for table in FACT_TABLES:
        assert checks[f"{table}:unique_fact_ids"] == "PASS"
        assert checks[f"{table}:evidence_matches_text"] == "PASS"
    assert checks["documents:raw_folder_reflected"] == "PASS"
    assert checks["documents:one_current_version_per_file"] == "PASS"
    assert all(checks[f"marts/{m}:fresher_than_facts"] == "PASS" for m in MARTS), checks
    assert not summary.failed_runs, summary.failed_runs
    assert not summary.blocking_failures
    assert (project_env.root / "published" / "warehouse_snapshot.duckdb").exists()
    # the project that built the warehouse is recorded: the next build is incremental
    manifest = json.loads(Path(dbt_project.manifest_path).read_text(encoding="utf-8"))
    assert query(wh, "SELECT fingerprint FROM main.dbt_project_state") == [(project_fingerprint(manifest),)]
    # every new-row test passed: the next build's read only what loads after this
    new_rows_mark = (
        "SELECT checked_through = (SELECT max(loaded_at) FROM main.documents) FROM main.check_watermarks "
        f"WHERE check_key = '{NEW_ROWS_MARK_PREFIX}{new_row_tests_fingerprint(manifest)}'"
    )
    assert query(wh, new_rows_mark) == [(True,)]

    # the true figure: Bắc Kạn, H1 2024 retail sales 4,705 billion VND, +12.1% year on year
    rows = query(
        wh,
        """
        SELECT metric, value, unit, evidence FROM marts.mart_indicators
        WHERE province = 'bac_kan' AND locality IS NULL AND indicator_key = 'retail_sales'
          AND period_start = DATE '2024-01-01' AND period_end = DATE '2024-06-30'""",
    )
    by_metric = {metric: (value, unit, evidence) for metric, value, unit, evidence in rows}
    assert by_metric["level"][:2] == (4_705_000_000_000, "VND")
    assert by_metric["yoy_pct"][:2] == (pytest.approx(12.1), "pct")
    assert "4.705" in by_metric["level"][2] and "12,1" in by_metric["yoy_pct"][2]

    # one new report: loaded and refreshed in ONE run (no second run start), into the snapshot
    before = {run.run_id for run in instance.get_runs()}
    (project_env.raw / "bac_kan_thang7.txt").write_text(
        "BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI TỈNH BẮC KẠN THÁNG 7 NĂM 2024\n"
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 812 tỷ đồng, tăng 9,5% so với cùng kỳ.\n",
        encoding="utf-8",
    )
    summary, _ = run_pipeline(project_env.raw, project_env.warehouse, instance)
    assert not summary.failed_runs and not summary.blocking_failures
    new_runs = [run for run in instance.get_runs() if run.run_id not in before]
    assert [run.job_name for run in new_runs] == ["ingest_and_refresh_warehouse_job"]
    snapshot = project_env.root / "published" / "warehouse_snapshot.duckdb"
    in_marts = "SELECT value FROM marts.mart_indicators WHERE source_file = 'bac_kan_thang7.txt' AND metric = 'level'"
    assert query(snapshot, in_marts) == [(812e9,)]
    assert query(wh, new_rows_mark) == [(True,)]  # moved on to the new report's rows

    # one rejected report: its run has no output for the steps after the load, so the refresh
    # runs on its own (checks, dbt, publish), as for a backfill
    before = {run.run_id for run in instance.get_runs()}
    (project_env.raw / "also_empty.txt").write_bytes(b"")
    summary, _ = run_pipeline(project_env.raw, project_env.warehouse, instance)
    new_runs = sorted(run.job_name for run in instance.get_runs() if run.run_id not in before)
    assert new_runs == ["ingest_and_refresh_warehouse_job", "refresh_warehouse_job"]
    assert ("also_empty.txt", "empty") in [(name, code) for name, _reason, code in summary.rejected]
    checks = {c.name: c.status for c in summary.checks}
    assert checks["documents:raw_folder_reflected"] == "PASS" and any(c.from_dbt for c in summary.checks)

    # removal: the file's facts leave the marts, its history stays in the raw tables
    (project_env.raw / BAC_KAN_H1_2024).unlink()
    graph = defs.resolve_asset_graph()
    subset = (
        dg.AssetSelection.assets(["marts", "mart_indicators"]).upstream()
        - dg.AssetSelection.assets("raw_report", "documents", "rejected_documents", *FACT_TABLES)
    ).resolve(graph)
    result = defs.resolve_job_def("refresh_warehouse_job").execute_in_process(
        instance=instance, asset_selection=sorted(subset, key=str), raise_on_error=False
    )
    assert result.success
    assert query(wh, "SELECT is_current FROM documents WHERE source_file = ?", [BAC_KAN_H1_2024]) == [(False,)]
    assert query(wh, "SELECT count(*) FROM marts.mart_indicators WHERE source_file = ?", [BAC_KAN_H1_2024]) == [(0,)]
    assert query(wh, "SELECT count(*) > 0 FROM indicators WHERE source_file = ?", [BAC_KAN_H1_2024]) == [(True,)]


def file_rows(wh: Path, name: str) -> dict[str, list[tuple]]:
    return {
        t: query(wh, f"SELECT doc_id, loaded_at FROM {t} WHERE source_file = ? ORDER BY ALL", [name])
        for t in ("documents", *FACT_TABLES)
    }


@pytest.mark.slow
def test_one_report_reaches_the_published_snapshot_in_one_run(project_env, instance, defs, monkeypatch):
    """The sensor's run for a lone report (ingest_and_refresh_job): load, checks, dbt, publish —
    and a failed blocking check on the new facts still keeps them out of the marts."""
    from orchestration import batch

    names = sorted(p.name for p in project_env.raw.iterdir())
    instance.add_dynamic_partitions(RAW_REPORTS_PARTITIONS, names)
    job = defs.resolve_job_def("ingest_and_refresh_job")
    result = job.execute_in_process(partition_key=BAC_KAN_H1_2024, instance=instance)
    assert result.success
    snapshot = project_env.root / "published" / "warehouse_snapshot.duckdb"
    in_marts = "SELECT count(*) FROM marts.mart_indicators WHERE source_file = ?"
    assert query(snapshot, in_marts, [BAC_KAN_H1_2024])[0][0] > 0

    real_extract = batch.extract_document

    def corrupt(data: bytes, source_file: str, **kwargs):
        extraction = real_extract(data, source_file, **kwargs)
        table = extraction.tables["indicators"]
        extraction.tables["indicators"] = table.with_columns(evidence=table["evidence"] + "!")
        return extraction

    monkeypatch.setattr(batch, "extract_document", corrupt)  # one file: extracted in-process
    bad = names[0] if names[0] != BAC_KAN_H1_2024 else names[1]
    result = job.execute_in_process(partition_key=bad, instance=instance, raise_on_error=False)
    evaluations = {
        e.asset_check_evaluation_data.asset_check_key.to_user_string(): e.asset_check_evaluation_data.passed
        for e in result.all_events
        if e.event_type_value == "ASSET_CHECK_EVALUATION"
    }
    assert evaluations["indicators:evidence_matches_text"] is False
    assert not result.success
    ran = {e.step_key for e in result.all_events if e.event_type_value == "STEP_START"}
    assert "fact_quality_checks" in ran and not {"dbt_warehouse", "published_snapshot"} & ran
    assert query(project_env.warehouse, in_marts.replace("marts.mart_indicators", "main.indicators"), [bad])[0][0] > 0
    assert query(snapshot, in_marts, [bad]) == [(0,)]


def test_rematerializing_a_partition_replaces_exactly_its_rows(project_env, instance, defs):
    names = sorted(p.name for p in project_env.raw.iterdir())
    assert all(r.success for r in ingest(defs, instance, *names))
    wh = project_env.warehouse
    before = {n: file_rows(wh, n) for n in names}
    assert before[BAC_KAN_H1_2024]["indicators"], "extraction found no indicators in the sample"

    ingest(defs, instance, BAC_KAN_H1_2024)
    after = {n: file_rows(wh, n) for n in names}
    for name in names:
        if name != BAC_KAN_H1_2024:
            assert after[name] == before[name]  # other files untouched
    for table in ("documents", *FACT_TABLES):
        assert len(after[BAC_KAN_H1_2024][table]) == len(before[BAC_KAN_H1_2024][table])  # replaced, not appended
    assert after[BAC_KAN_H1_2024]["documents"][0][1] > before[BAC_KAN_H1_2024]["documents"][0][1]

    # a new version: documents keeps the old one as not current; facts hold the new version only
    path = project_env.raw / BAC_KAN_H1_2024
    old_sha = sha(path)
    path.write_bytes(path.read_bytes() + "\nKết thúc báo cáo.\n".encode())
    ingest(defs, instance, BAC_KAN_H1_2024)
    assert query(
        wh, "SELECT doc_id, is_current FROM documents WHERE source_file = ? ORDER BY is_current", [BAC_KAN_H1_2024]
    ) == [(old_sha, False), (sha(path), True)]
    for table in FACT_TABLES:
        assert {r[0] for r in file_rows(wh, BAC_KAN_H1_2024)[table]} <= {sha(path)}


def test_rejected_file_is_recorded_and_keeps_last_good_facts(project_env, instance, defs):
    ingest(defs, instance, BAC_KAN_H1_2024)
    wh = project_env.warehouse
    good = file_rows(wh, BAC_KAN_H1_2024)

    (project_env.raw / BAC_KAN_H1_2024).write_bytes(b"   \n")  # now unusable
    [result] = ingest(defs, instance, BAC_KAN_H1_2024)
    assert result.success  # a rejected file does not fail the run
    assert file_rows(wh, BAC_KAN_H1_2024) == good
    [(code, reason, content)] = query(wh, "SELECT code, reason, content_sha256 FROM rejected_documents")
    assert code == "empty" and reason and content == sha(project_env.raw / BAC_KAN_H1_2024)
    [observation] = result.get_asset_observation_events()
    metadata = observation.asset_observation_data.asset_observation.metadata
    assert metadata["status"].value == "rejected" and metadata["code"].value == "empty"
    assert not any(e.asset_key == dg.AssetKey("indicators") for e in result.get_asset_materialization_events())


def test_evidence_and_text_are_stored_for_every_fact(project_env, instance, defs):
    name = "003_b8e6713ef4b705f8.txt"
    ingest(defs, instance, name)
    wh = project_env.warehouse
    [(text,)] = query(
        wh, "SELECT t.text FROM document_texts t JOIN documents d USING (doc_id) WHERE d.source_file = ?", [name]
    )
    rows = query(wh, "SELECT char_start, char_end, evidence FROM indicators WHERE source_file = ?", [name])
    assert all(text[s:e] == ev for s, e, ev in rows)
    loaded = query(wh, "SELECT max(loaded_at) FROM documents")[0][0]
    assert abs(loaded - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < dt.timedelta(minutes=5)


@needs_shared("samples")
def test_samples_are_the_shared_ones():
    """The repo's raw/ holds the shared sample reports the gold was made from."""
    shared = SHARED / "samples"
    raw = Path(__file__).resolve().parents[1] / "raw"
    for path in shared.glob("*.txt"):
        assert (raw / path.name).read_bytes() == path.read_bytes()
