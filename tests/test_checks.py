"""Asset checks: freshness (raw folder ↔ documents, marts ↔ facts, report age) and fact quality."""

from __future__ import annotations

import datetime as dt
import json

import dagster as dg
import duckdb
import pytest

from orchestration import warehouse
from orchestration.defs.checks import document_checks, fact_quality_checks, period_recency_result
from orchestration.defs.resources import build_resources
from orchestration.extraction import FACT_TABLES, extract_document
from orchestration.extraction.schema import frame_from_rows
from orchestration.settings import RAW_REPORTS_PARTITIONS

REPORT = "002_3d4276e4e784b084.txt"


@pytest.fixture
def defs(project_env) -> dg.Definitions:
    from orchestration.definitions import build_defs

    return build_defs(project_env.raw, project_env.warehouse)


def run_checks(
    defs: dg.Definitions, instance: dg.DagsterInstance, checks: dg.AssetChecksDefinition
) -> dict[str, dg.AssetCheckEvaluation]:
    """Run the definitions' ``warehouse_checks_job``; return the evaluations of ``checks``."""
    result = defs.resolve_job_def("warehouse_checks_job").execute_in_process(instance=instance, raise_on_error=False)
    wanted = set(checks.check_keys)
    return {
        f"{e.asset_key.to_user_string()}:{e.check_name}": e
        for e in result.get_asset_check_evaluations()
        if e.asset_check_key in wanted
    }


def ingest(defs: dg.Definitions, instance: dg.DagsterInstance, name: str) -> None:
    if not instance.has_dynamic_partition(RAW_REPORTS_PARTITIONS, name):
        instance.add_dynamic_partitions(RAW_REPORTS_PARTITIONS, [name])
    defs.resolve_job_def("ingest_report_job").execute_in_process(partition_key=name, instance=instance)


def test_stale_mart_fails_freshness_check(project_env, instance, defs):
    [mart_checks] = [c for c in defs.asset_checks if c.node_def.name == "mart_freshness_checks"]
    marts = sorted({k.asset_key for k in mart_checks.check_keys}, key=str)
    assert dg.AssetKey(["marts", "mart_indicators"]) in marts

    ingest(defs, instance, REPORT)
    never_built = run_checks(defs, instance, mart_checks)
    assert not never_built["marts/mart_indicators:fresher_than_facts"].passed

    for mart in marts:  # the marts are rebuilt after the load ...
        instance.report_runless_asset_event(dg.AssetMaterialization(mart))
    fresh = run_checks(defs, instance, mart_checks)
    assert all(e.passed for e in fresh.values()), {k: e.description for k, e in fresh.items()}

    ingest(defs, instance, REPORT)  # ... then the facts change again: every mart reading them is stale
    stale = run_checks(defs, instance, mart_checks)["marts/mart_indicators:fresher_than_facts"]
    assert not stale.passed
    assert "indicators" in stale.description
    assert stale.severity == dg.AssetCheckSeverity.ERROR


def test_raw_folder_reflected_detects_unloaded_files(project_env, instance, defs):
    for path in sorted(project_env.raw.iterdir()):
        ingest(defs, instance, path.name)
    ok = run_checks(defs, instance, document_checks)
    assert ok["documents:raw_folder_reflected"].passed
    assert ok["documents:one_current_version_per_file"].passed

    (project_env.raw / REPORT).write_bytes((project_env.raw / REPORT).read_bytes() + b"\n.")
    (project_env.raw / "new.txt").write_text("Báo cáo mới", encoding="utf-8")
    stale = run_checks(defs, instance, document_checks)["documents:raw_folder_reflected"]
    assert not stale.passed
    assert stale.metadata["failing_rows"].value == 2
    assert REPORT in stale.metadata["sample"].value and "new.txt" in stale.metadata["sample"].value


def test_report_period_recency_is_a_configurable_warning(project_env, instance, defs, monkeypatch):
    today = dt.date(2026, 1, 1)
    old = period_recency_result(dt.date(2024, 6, 30), 365, today=today)
    assert not old.passed and old.severity == dg.AssetCheckSeverity.WARN
    assert period_recency_result(dt.date(2025, 12, 31), 365, today=today).passed
    assert not period_recency_result(None, 365, today=today).passed

    ingest(defs, instance, REPORT)  # period ends 2024-06-30
    monkeypatch.setenv("BAOCAO_MAX_REPORT_AGE_DAYS", "100000")
    assert run_checks(defs, instance, document_checks)["documents:report_period_recency"].passed
    monkeypatch.setenv("BAOCAO_MAX_REPORT_AGE_DAYS", "30")
    warned = run_checks(defs, instance, document_checks)["documents:report_period_recency"]
    assert not warned.passed and warned.severity == dg.AssetCheckSeverity.WARN


def bad_extraction(project_env):
    """A real document with hand-made facts that break every quality rule."""
    data = (project_env.raw / REPORT).read_bytes()
    extraction = extract_document(data, REPORT)
    text = extraction.text
    at = text.index("4.705")
    good = dict(
        doc_id=extraction.doc_id,
        source_file=REPORT,
        char_start=at,
        char_end=at + 5,
        evidence="4.705",
        province="bac_kan",
        value=4.705e12,
        unit="VND",
        metric="level",
        qualifier="estimate",
    )
    extraction.tables = {t: frame_from_rows(t, []) for t in FACT_TABLES}
    extraction.tables["indicators"] = frame_from_rows(
        "indicators",
        [
            {**good, "fact_id": "a"},
            {**good, "fact_id": "a"},  # duplicate id
            {**good, "fact_id": "b", "evidence": "4.706"},  # evidence != text span
            {**good, "fact_id": "c", "char_end": len(text) + 10},  # span outside the text
            {**good, "fact_id": "d", "unit": "pct", "metric": "yoy_pct", "value": 20000.0},  # implausible pct
            {**good, "fact_id": "e", "value": -5.0},  # negative money level
            {
                **good,
                "fact_id": "f",
                "char_start": at - 4,
                "char_end": at - 1,
                "evidence": text[at - 4 : at - 1],
            },  # evidence without the number
        ],
    )
    return extraction


def test_quality_checks_catch_bad_facts(project_env, instance, defs):
    con = duckdb.connect(str(project_env.warehouse))
    try:
        warehouse.replace_document(con, bad_extraction(project_env), REPORT)
    finally:
        con.close()
    results = run_checks(defs, instance, fact_quality_checks)
    assert set(results) == {
        f"{t}:{c}"
        for t in FACT_TABLES
        for c in ("unique_fact_ids", "evidence_matches_text", "evidence_covers_figure", "plausible_values")
    }
    indicators = {k.split(":")[1]: e for k, e in results.items() if k.startswith("indicators:")}
    assert not indicators["unique_fact_ids"].passed
    assert not indicators["evidence_matches_text"].passed
    assert indicators["evidence_matches_text"].metadata["failing_rows"].value == 2  # b and c
    assert not indicators["plausible_values"].passed
    assert indicators["plausible_values"].metadata["failing_rows"].value == 2  # d and e
    assert not indicators["evidence_covers_figure"].passed
    assert indicators["evidence_covers_figure"].severity == dg.AssetCheckSeverity.WARN
    assert all(e.passed for k, e in results.items() if not k.startswith("indicators:"))  # empty tables

    graph = defs.resolve_asset_graph()
    blocking = {k.name for k in fact_quality_checks.check_keys if graph.get_check_spec(k).blocking}
    assert blocking == {"unique_fact_ids", "evidence_matches_text"}


def test_fact_checks_read_only_the_facts_loaded_since_they_last_passed(project_env, instance, defs):
    """Incremental: a pass vouches for every fact loaded so far; the next evaluation reads only
    newer facts; a failure is not forgotten until the file's facts are replaced."""
    good = sorted(p.name for p in project_env.raw.iterdir() if p.name != REPORT)[0]
    ingest(defs, instance, good)
    first = run_checks(defs, instance, fact_quality_checks)["indicators:evidence_matches_text"]
    assert first.passed and first.metadata["checked"].value == "every fact"
    assert first.metadata["rows_checked"].value == first.metadata["rows_in_table"].value > 0

    again = run_checks(defs, instance, fact_quality_checks)["indicators:evidence_matches_text"]
    assert again.passed and again.metadata["checked"].value.startswith("facts loaded after")
    assert again.metadata["rows_checked"].value == 0

    con = duckdb.connect(str(project_env.warehouse))
    try:
        warehouse.replace_document(con, bad_extraction(project_env), REPORT)
    finally:
        con.close()
    for _ in range(2):  # the failing facts are read again until they are gone
        bad = run_checks(defs, instance, fact_quality_checks)["indicators:evidence_matches_text"]
        assert not bad.passed and bad.metadata["failing_rows"].value == 2
        assert bad.metadata["rows_checked"].value == 7  # the bad file's facts only

    ingest(defs, instance, REPORT)  # the file's facts are replaced by a good extraction
    fixed = run_checks(defs, instance, fact_quality_checks)["indicators:evidence_matches_text"]
    assert fixed.passed and 0 < fixed.metadata["rows_checked"].value < fixed.metadata["rows_in_table"].value

    full = defs.resolve_job_def("warehouse_checks_job").execute_in_process(
        instance=instance, run_config={"ops": {"fact_quality_checks": {"config": {"full": True}}}}
    )
    [every] = [e for e in full.get_asset_check_evaluations() if e.check_name == "evidence_matches_text"
               and e.asset_key.to_user_string() == "indicators"]
    assert every.passed and every.metadata["rows_checked"].value == every.metadata["rows_in_table"].value


def test_pool_limit_is_configured_for_every_warehouse_writer(project_env, instance, defs):
    from orchestration.settings import WAREHOUSE_POOL

    graph = defs.resolve_asset_graph()
    writers = [graph.assets_def_for_key(dg.AssetKey(k)) for k in ("documents", "retired_reports", "published_snapshot")]
    writers.append(graph.assets_def_for_key(dg.AssetKey(["marts", "mart_indicators"])))
    for assets_def in writers:
        assert assets_def.node_def.pool == WAREHOUSE_POOL, assets_def.node_def.name
    assert fact_quality_checks.node_def.pool == WAREHOUSE_POOL
    assert instance.event_log_storage.get_pool_config().default_pool_limit == 1
    json.dumps(build_resources(project_env.raw, project_env.warehouse)["duckdb"].database)


def test_evidence_offsets_are_code_points_like_python_str():
    """The SQL check counts code points exactly as Python slicing does: combining marks (NFD),
    astral characters and multi-byte Vietnamese letters shift nothing."""
    from orchestration.extraction.pipeline import Extraction

    text = "Ghi chu\u0301: \U0001f4c8 doanh thu đạt 4.705 tỷ đồng, tăng 12,1%."
    at = text.index("4.705")
    facts = frame_from_rows(
        "indicators",
        [
            {"fact_id": "ok", "char_start": at, "char_end": at + 5, "evidence": text[at : at + 5], "value": 4705.0},
            {"fact_id": "shifted", "char_start": at - 1, "char_end": at + 4, "evidence": "4.705", "value": 4705.0},
            {"fact_id": "outside", "char_start": at, "char_end": len(text) + 1, "evidence": "4.705", "value": 4705.0},
            {"fact_id": "end", "char_start": len(text) - 1, "char_end": len(text), "evidence": ".", "value": 1.0},
        ],
    )
    document = {"doc_id": "d" * 64, "source_file": "note.txt", "province": "bac_kan"}
    extraction = Extraction(document=document, text=text, tables={"indicators": facts})
    for table in FACT_TABLES[1:]:
        extraction.tables[table] = frame_from_rows(table, [])
    con = duckdb.connect()
    try:
        warehouse.replace_document(con, extraction, "note.txt")
        bad = warehouse.evidence_mismatches(con, "indicators")
    finally:
        con.close()
    assert dict(zip(bad["fact_id"], bad["problem"], strict=True)) == {
        "shifted": "evidence != text[char_start:char_end]",
        "outside": f"span [{at}, {len(text) + 1}) outside text of {len(text)} chars",
    }


def test_a_loss_stated_below_zero_is_plausible_a_negative_turnover_is_not(tmp_path):
    """A sentence may state a loss, a deficit or a balance as a negative amount: what it says is
    loaded as written and is no failure of ``plausible_values``; any other negative money level is."""
    texts = {
        "loss.txt": "Hà Tĩnh, ngày 5/4/2025. Quý I/2025, Công ty cổ phần Thép Vũ Quang báo lãi sau thuế 12 tỷ đồng "
        "(cùng kỳ năm trước lỗ -35 tỷ đồng).",
        "turnover.txt": "Hà Tĩnh, ngày 5/4/2025. Quý I/2025, doanh thu của Công ty cổ phần Thép Vũ Quang "
        "đạt -35 tỷ đồng.",
        "music.txt": "Hà Tĩnh, ngày 5/4/2025. Quý I/2025, doanh thu của Nhà hát âm nhạc tỉnh đạt -35 tỷ đồng.",
    }
    con = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
    try:
        warehouse.ensure_schema(con)
        for name, text in texts.items():
            warehouse.replace_document(con, extract_document(text.encode(), name), name)
        negative = con.execute("SELECT source_file FROM indicators WHERE value < 0 ORDER BY 1").fetchall()
        flagged = warehouse.implausible_values(con, "indicators")
    finally:
        con.close()
    assert negative == [("loss.txt",), ("music.txt",), ("turnover.txt",)]  # each loaded as the text states it
    assert flagged["source_file"].to_list() == ["music.txt", "turnover.txt"]  # ("âm nhạc" is no "âm")
    assert set(flagged["problem"]) == {"negative money level"}
