"""Issue #5, behaviour 2: the same report twice — under another name or in another encoding —
is one document in every mart (never double-counted), and the copies are visible as duplicates
in ``marts.dim_document`` (``is_canonical``, ``is_duplicate_of``, ``n_copies``)."""

from __future__ import annotations

import pytest

from orchestration.cli import run_pipeline
from tests.fixtures.bad_files import reencodings
from tests.robustness import SMALL_SAMPLE, query

MARTS_WITH_DOC_IDS = ("mart_budget_execution", "mart_disaster_impact", "mart_projects")


@pytest.mark.slow
def test_same_report_under_another_name_or_encoding_counts_once(project_env, instance):
    raw = project_env.raw
    for p in raw.iterdir():
        if p.name != SMALL_SAMPLE:
            p.unlink()
    report = (raw / SMALL_SAMPLE).read_bytes()
    (raw / "bản sao của báo cáo.txt").write_bytes(report)  # same bytes, another name
    [utf16] = [fx for fx in reencodings(report, stem="báo cáo") if fx.kind == "utf16le_bom"]
    (raw / utf16.name).write_bytes(utf16.data)  # same text, another encoding
    copies = {SMALL_SAMPLE, "bản sao của báo cáo.txt", utf16.name}

    summary, _ = run_pipeline(raw, project_env.warehouse, instance)
    assert not summary.failed_runs and not summary.blocking_failures
    wh = project_env.warehouse

    # visible: one canonical row, the other copies point to it
    dim = query(
        wh, "SELECT source_file, doc_id, text_sha256, is_canonical, is_duplicate_of, n_copies FROM marts.dim_document"
    )
    assert {r[0] for r in dim} == copies
    assert len({r[2] for r in dim}) == 1 and all(r[5] == 3 for r in dim)
    [canonical] = [r for r in dim if r[3]]
    assert all(r[4] == canonical[0] for r in dim if not r[3])
    assert canonical[4] is None

    # counted once: marts only hold facts of the canonical copy, each exactly once
    assert query(wh, "SELECT DISTINCT source_file, doc_id FROM marts.mart_indicators") == [canonical[:2]]
    n_raw = query(wh, "SELECT count(*) FROM indicators WHERE source_file = ?", [canonical[0]])[0][0]
    assert query(wh, "SELECT count(*) FROM marts.mart_indicators")[0][0] == n_raw > 0
    assert query(wh, "SELECT count(*) FROM marts.mart_indicators WHERE n_reporting_documents <> 1") == [(0,)]
    for mart in MARTS_WITH_DOC_IDS:
        rows = query(wh, f"SELECT DISTINCT unnest(doc_ids), n_reporting_documents FROM marts.{mart}")
        assert {r[0] for r in rows} <= {canonical[1]} and {r[1] for r in rows} <= {1}, mart
    assert query(
        wh,
        "SELECT count(*) FROM (SELECT province, locality, period_key FROM marts.mart_province_period "
        "GROUP BY ALL HAVING count(*) > 1)",
    ) == [(0,)]
    # the raw layer keeps every copy (history and evidence), the marts never sum them
    assert query(wh, "SELECT count(DISTINCT source_file) FROM indicators") == [(3,)]
