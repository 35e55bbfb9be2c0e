"""Issue #10 through the warehouse: no real report is lost.

A report whose province or period is unknown loads; its facts are in the raw tables and the fact
marts with NULL there (never dropped, never merged with another document's, never guessed), not
in ``mart_province_period``; ``mart_unplaced_documents``, the ``unplaced_documents`` check and
``baocao run`` name it; a later sidecar places it on the next run. A sidecar that contradicts the
text, or cannot be used, is named by a WARN check. Real files, real DuckDB, real Dagster and dbt.
"""

from __future__ import annotations

import dagster as dg
import pytest

from orchestration.definitions import build_defs
from tests.robustness import SMALL_SAMPLE, baocao_run, half_state, ingest, query, sha

pytestmark = pytest.mark.slow

# own short texts (province and years not of the samples)
UNPLACED_A = (
    "Tổng mức bán lẻ hàng hóa ước đạt 2.340 tỷ đồng, tăng 8,2% so với cùng kỳ năm trước.\n"
    "Kim ngạch xuất khẩu đạt 61 triệu USD.\n"
)
UNPLACED_B = "Tổng mức bán lẻ hàng hóa ước đạt 1.870 tỷ đồng, tăng 6,4% so với cùng kỳ năm trước.\n"
PLACED_BY_TITLE = (
    "UBND TỈNH SÓC TRĂNG\nBÁO CÁO\nTình hình kinh tế - xã hội quý III năm 2023\n\n"
    "Tổng mức bán lẻ hàng hóa ước đạt 9.410 tỷ đồng, tăng 7,1% so với cùng kỳ năm trước.\n"
)
# placed (province and quarter in its title), numbers written, none a figure: loads with no fact
NO_FACT = (
    "UBND TỈNH SÓC TRĂNG\nTHÔNG BÁO\nLịch tiếp công dân quý III năm 2023\n\n"
    "Sáng 5/7/2023, lãnh đạo tỉnh tiếp công dân tại trụ sở Ban Tiếp công dân.\n"
)
PLACING_SIDECAR = '{"province": "Sóc Trăng", "period_start": "2023-07-01", "period_end": "2023-09-30"}'


def keep_only_small_sample(raw) -> None:
    for path in raw.iterdir():
        if path.name != SMALL_SAMPLE:
            path.unlink()


def raw_fact_count(wh, name: str) -> int:
    return sum(
        query(wh, f"SELECT count(*) FROM {t} WHERE source_file = ?", [name])[0][0]
        for t in ("indicators", "budgets", "projects", "disasters")
    )


def test_unplaced_reports_load_are_named_and_a_later_sidecar_places_them(project_env):
    raw, wh = project_env.raw, project_env.warehouse
    keep_only_small_sample(raw)
    (raw / "tin_a.txt").write_text(UNPLACED_A, encoding="utf-8")
    (raw / "tin_b.txt").write_text(UNPLACED_B, encoding="utf-8")
    (raw / "tin_c.txt").write_text(UNPLACED_B.replace("1.870", "1.115"), encoding="utf-8")
    (raw / "tin_c.meta.json").write_text('{"province": "soc_tr', encoding="utf-8")  # half-written
    (raw / "soc_trang_q3.txt").write_text(PLACED_BY_TITLE, encoding="utf-8")
    (raw / "soc_trang_q3.meta.yaml").write_text("province: bac_lieu\n", encoding="utf-8")  # contradicts
    (raw / "gone.meta.json").write_text(PLACING_SIDECAR, encoding="utf-8")  # its report is not there
    (raw / "tiep_dan.txt").write_text(NO_FACT, encoding="utf-8")

    proc = baocao_run(project_env)
    out = proc.stdout
    assert proc.returncode == 0, out + proc.stderr
    assert "Documents: 6 loaded, 0 rejected" in out, out
    assert "unplaced  tin_a.txt: no province and no period: the text states neither; no sidecar" in out
    assert (
        "unplaced  tin_c.txt: no province and no period: the text states neither; sidecar ignored (tin_c.meta.json:"
        in out
    )
    assert "ignored   gone.meta.json (sidecar without its report)" in out
    assert "loaded    tin_c.txt  ?  ?..?  (tin_c.meta.json ignored)" in out
    assert "loaded    soc_trang_q3.txt  soc_trang  2023-07-01..2023-09-30  (+ soc_trang_q3.meta.yaml)" in out
    assert "WARN            documents:unplaced_documents — 3 document(s) not fully placed: tin_a.txt" in out
    assert "WARN            documents:sidecar_agrees_with_text — 1 sidecar(s) contradict their text" in out
    assert "soc_trang_q3.txt: soc_trang_q3.meta.yaml says province: text soc_trang, sidecar bac_lieu" in out
    assert "WARN            documents:sidecar_readable — 1 sidecar(s) ignored: tin_c.txt: tin_c.meta.json: " in out
    assert "WARN            documents:documents_with_facts — 1 document(s) loaded with no fact: tiep_dan.txt (" in out
    assert query(wh, "SELECT count(*) FROM rejected_documents") == [(0,)]

    # raw tables: the facts are there, with NULL province and period
    assert query(wh, "SELECT DISTINCT province, period_start FROM indicators WHERE source_file = 'tin_a.txt'") == [
        (None, None)
    ]
    # fact marts: every fact of both unplaced documents, never merged with each other
    for name in ("tin_a.txt", "tin_b.txt", "tin_c.txt"):
        assert query(
            wh,
            "SELECT count(*), count(province), count(period_start), min(unplaced_source_file) "
            "FROM marts.mart_indicators WHERE source_file = ?",
            [name],
        ) == [(query(wh, "SELECT count(*) FROM indicators WHERE source_file = ?", [name])[0][0], 0, 0, name)]
    assert query(wh, "SELECT count(*) FROM marts.mart_indicators WHERE value IN (1870e9, 1115e9)") == [(2,)]
    # mart_province_period: only what is placed
    assert query(wh, "SELECT count(*) FROM marts.mart_province_period WHERE province IS NULL OR period_start IS NULL")[
        0
    ] == (0,)
    # the analysts' list: what is missing and how many facts each holds
    listed = query(
        wh,
        "SELECT source_file, placement, missing, n_facts, sidecar_file, sidecar_error IS NOT NULL "
        "FROM marts.mart_unplaced_documents ORDER BY source_file",
    )
    assert listed == [
        ("tin_a.txt", "unplaced", "province, period", raw_fact_count(wh, "tin_a.txt"), None, False),
        ("tin_b.txt", "unplaced", "province, period", raw_fact_count(wh, "tin_b.txt"), None, False),
        ("tin_c.txt", "unplaced", "province, period", raw_fact_count(wh, "tin_c.txt"), "tin_c.meta.json", True),
    ]
    assert all(n > 0 for *_, n, _s, _e in listed)
    # the text won over the contradicting sidecar, and the disagreement is kept
    assert query(
        wh, "SELECT province, sidecar_conflicts FROM marts.dim_document WHERE source_file = 'soc_trang_q3.txt'"
    ) == [("soc_trang", "province: text soc_trang, sidecar bac_lieu")]

    # a later sidecar places tin_a (same report bytes), a fixed one places tin_c: next run
    (raw / "tin_a.meta.json").write_text(PLACING_SIDECAR, encoding="utf-8")
    (raw / "tin_c.meta.json").write_text(PLACING_SIDECAR, encoding="utf-8")
    proc = baocao_run(project_env)
    out = proc.stdout
    assert proc.returncode == 0, out + proc.stderr
    assert "unplaced  tin_a.txt" not in out and "unplaced  tin_c.txt" not in out
    assert "unplaced  tin_b.txt" in out
    assert "documents:unplaced_documents — 1 document(s) not fully placed: tin_b.txt" in out
    assert "PASS            documents:sidecar_readable" in out
    assert query(wh, "SELECT source_file FROM marts.mart_unplaced_documents") == [("tin_b.txt",)]
    assert query(
        wh,
        "SELECT DISTINCT province, period_key, unplaced_source_file FROM marts.mart_indicators "
        "WHERE source_file = 'tin_a.txt'",
    ) == [("soc_trang", "2023-Q3", None)]
    assert query(
        wh,
        "SELECT count(*) FROM marts.mart_province_period WHERE province = 'soc_trang' AND period_key = '2023-Q3'",
    ) == [(1,)]
    # the same bytes with a new sidecar are a new version of the file's row; one is current
    a_sha = sha((raw / "tin_a.txt").read_bytes())
    assert query(
        wh,
        "SELECT doc_id, is_current, placement, sidecar_file FROM documents WHERE source_file = 'tin_a.txt' "
        "ORDER BY is_current",
    ) == [(a_sha, False, "unplaced", None), (a_sha, True, "placed", "tin_a.meta.json")]
    assert half_state(wh) == []


def test_an_unusable_sidecar_is_logged_naming_it_and_the_report_loads_without_it(project_env, instance):
    raw, wh = project_env.raw, project_env.warehouse
    keep_only_small_sample(raw)
    (raw / "tin_a.txt").write_text(UNPLACED_A, encoding="utf-8")
    (raw / "tin_a.meta.json").write_text('{"province": "soc_trang", "period_start": "2023-07-01"}', encoding="utf-8")
    defs = build_defs(raw, wh)
    [result] = ingest(defs, instance, "tin_a.txt")
    assert result.success
    warnings = [
        e.message for e in instance.all_logs(result.run_id) if e.level == 30 and "sidecar ignored" in (e.message or "")
    ]
    assert len(warnings) == 1 and "tin_a.meta.json: period_start and period_end go together" in warnings[0]
    assert "tin_a.txt loads without it" in warnings[0]
    [mat] = [
        e.asset_materialization
        for e in instance.all_logs(result.run_id, of_type=dg.DagsterEventType.ASSET_MATERIALIZATION)
        if e.asset_materialization.asset_key == dg.AssetKey("documents")
    ]
    assert mat.metadata["placement"].value == "unplaced"  # never half of the sidecar (province alone)
    assert "tin_a.meta.json" in mat.metadata["sidecar_error"].value
    assert query(
        wh,
        "SELECT province, placement, sidecar_file, sidecar_error FROM documents WHERE is_current "
        "AND source_file = 'tin_a.txt'",
    ) == [
        (
            None,
            "unplaced",
            "tin_a.meta.json",
            "tin_a.meta.json: period_start and period_end go together (give both or neither)",
        )
    ]
    assert query(wh, "SELECT DISTINCT province FROM indicators WHERE source_file = 'tin_a.txt'") == [(None,)]

    # the fixed sidecar: the same report re-loads placed; its facts replaced, one current version
    (raw / "tin_a.meta.json").write_text(PLACING_SIDECAR, encoding="utf-8")
    [result] = ingest(defs, instance, "tin_a.txt")
    assert result.success
    assert query(wh, "SELECT DISTINCT province, period_end FROM indicators WHERE source_file = 'tin_a.txt'")[0][0] == (
        "soc_trang"
    )
    assert query(
        wh, "SELECT count(*), count(*) FILTER (WHERE is_current) FROM documents WHERE source_file = 'tin_a.txt'"
    ) == [(2, 1)]
    assert half_state(wh) == []
