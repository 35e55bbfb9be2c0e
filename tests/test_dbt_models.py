"""End-to-end tests of the dbt project on warehouses built from the gold facts.

Each scenario builds its own DuckDB file under tmp_path and runs ``dbt build`` (models + every
dbt test) into it with a private --target-path/--log-path, so parallel runs do not clash.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import needs_shared
from tests.fixtures.gold_warehouse import build_gold_warehouse, load_gold, write_warehouse
from tests.robustness import query

# Built from the development gold (../shared/eval/gold): absent in a fresh clone.
pytestmark = [pytest.mark.slow, needs_shared("eval", "gold")]

REPO = Path(__file__).resolve().parents[1]
DBT_DIR = REPO / "dbt"

DOC_000 = "000_d0e9d3c2918ed213.txt"  # Bắc Kạn, 6 tháng đầu năm 2025 (direction review)
DOC_002 = "002_3d4276e4e784b084.txt"  # Bắc Kạn, 6 tháng đầu năm 2024 (socio-economic report)
H1_2024 = (dt.date(2024, 1, 1), dt.date(2024, 6, 30))
MAY_2025 = (dt.date(2025, 5, 1), dt.date(2025, 5, 31))


def _dbt_executable() -> str:
    candidate = Path(sys.executable).parent / "dbt"
    if candidate.exists():
        return str(candidate)
    found = shutil.which("dbt")
    if not found:
        pytest.skip("dbt is not installed")
    return found


def run_dbt(command: str, warehouse: Path, workdir: Path, *flags: str) -> subprocess.CompletedProcess:
    """``dbt <command>`` of the project on ``warehouse``, its target and logs under ``workdir``."""
    env = {**os.environ, "BAOCAO_WAREHOUSE": str(warehouse), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    cmd = [
        _dbt_executable(), command, *flags,
        "--project-dir", str(DBT_DIR), "--profiles-dir", str(DBT_DIR),
        "--target-path", str(workdir / "target"), "--log-path", str(workdir / "logs"),
    ]
    return subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)


def run_dbt_build(warehouse: Path, workdir: Path) -> subprocess.CompletedProcess:
    proc = run_dbt("build", warehouse, workdir)
    assert proc.returncode == 0, f"dbt build failed:\n{proc.stdout[-6000:]}\n{proc.stderr[-3000:]}"
    # source/staging data-quality tests only warn (they must not block the pipeline): on these
    # hand-checked warehouses every one of them must pass too
    assert " WARN=0 " in proc.stdout, f"dbt tests warned:\n{proc.stdout[-6000:]}"
    return proc


def _doc_id(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def _copy_document(tables: dict, source_file: str, new_file: str, new_doc_id: str,
                   tables_to_copy=("indicators", "budgets", "projects", "disasters"), **doc_changes) -> None:
    """Copy a gold document (and its facts) under another file name / doc_id."""
    doc = next(d for d in tables["documents"] if d["source_file"] == source_file)
    new_doc = {**copy.deepcopy(doc), "source_file": new_file, "doc_id": new_doc_id, **doc_changes}
    tables["documents"].append(new_doc)
    for table in tables_to_copy:
        originals = [r for r in tables[table] if r["source_file"] == source_file]
        for i, row in enumerate(originals):
            tables[table].append({
                **copy.deepcopy(row), "source_file": new_file, "doc_id": new_doc_id,
                "fact_id": f"{new_doc_id[:16]}:{table}:{i}", "loaded_at": new_doc["loaded_at"],
            })


# --------------------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def gold_wh(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("dbt_gold")
    warehouse = build_gold_warehouse(work / "warehouse.duckdb")
    run_dbt_build(warehouse, work)
    return warehouse


@pytest.fixture(scope="module")
def scenario(tmp_path_factory) -> dict:
    """Gold + a duplicate copy of 002, a revised 000, an annual 2025 report and a removed file."""
    work = tmp_path_factory.mktemp("dbt_dedup")
    tables = load_gold()
    doc_000 = next(d for d in tables["documents"] if d["source_file"] == DOC_000)
    doc_002 = next(d for d in tables["documents"] if d["source_file"] == DOC_002)
    later = doc_002["loaded_at"] + dt.timedelta(days=1)

    # (1) the same report dropped again under another name/encoding: same text, other bytes
    dup_id = _doc_id("002 re-encoded")
    _copy_document(tables, DOC_002, "002_copy_windows1258.txt", dup_id, loaded_at=later, encoding="cp1258")

    # (2a) a revised 000: same period, issued date stated, May 2025 flood deaths 4 -> 5, loss 47 -> 52 bn
    rev_id = _doc_id("000 revised")
    _copy_document(tables, DOC_000, "000_revised.txt", rev_id, tables_to_copy=("disasters",),
                   text_sha256=_doc_id("000 revised text"), issued_date=dt.date(2025, 7, 5),
                   loaded_at=later)
    for row in tables["disasters"]:
        if row["doc_id"] == rev_id and row["impact"] == "deaths":
            row["value"] = 5
        if row["doc_id"] == rev_id and row["impact"] == "economic_loss":
            row["value"] = 52e9

    # an unlabelled figure (no catalog key, no label) in the original and in the revision: the two
    # cannot be told to be the same figure, so both are kept
    template = next(r for r in tables["indicators"] if r["source_file"] == DOC_000)
    for doc_id, source_file in ((doc_000["doc_id"], DOC_000), (rev_id, "000_revised.txt")):
        tables["indicators"].append({**copy.deepcopy(template), "doc_id": doc_id, "source_file": source_file,
                                     "fact_id": f"{doc_id[:16]}:indicators:unlabelled", "indicator_key": None,
                                     "indicator_label": None, "value": 42.0})

    # (2b) an annual 2025 report (later period_end, no issued date, loaded FIRST) restating injured
    annual_id = _doc_id("annual 2025")
    annual_doc = {**copy.deepcopy(doc_000), "source_file": "annual_2025.txt", "doc_id": annual_id,
                  "text_sha256": _doc_id("annual 2025 text"), "period_end": "2025-12-31",
                  "period_label": "năm 2025", "loaded_at": doc_000["loaded_at"] - dt.timedelta(days=30)}
    tables["documents"].append(annual_doc)
    injured = next(r for r in tables["disasters"] if r["source_file"] == DOC_000 and r["impact"] == "injured")
    tables["disasters"].append({**copy.deepcopy(injured), "doc_id": annual_id, "source_file": "annual_2025.txt",
                                "fact_id": f"{annual_id[:16]}:disasters:0", "value": 6,
                                "loaded_at": annual_doc["loaded_at"]})

    # (3) a file removed from raw/ (is_current false) with absurd, later figures: never counted
    gone_id = _doc_id("removed")
    _copy_document(tables, DOC_002, "removed.txt", gone_id, tables_to_copy=("indicators",),
                   text_sha256=_doc_id("removed text"), issued_date=dt.date(2030, 1, 1), is_current=False,
                   loaded_at=later)
    for row in tables["indicators"]:
        if row["doc_id"] == gone_id:
            row["value"] = 999e12

    warehouse = write_warehouse(work / "warehouse.duckdb", tables)
    run_dbt_build(warehouse, work)
    return {"wh": warehouse, "dup_id": dup_id, "rev_id": rev_id, "annual_id": annual_id, "gone_id": gone_id,
            "doc_000_id": doc_000["doc_id"], "doc_002_id": doc_002["doc_id"]}


# ------------------------------------------------------------------------------------ gold figures
def test_retail_sales_bac_kan_h1_2024(gold_wh):
    rows = query(gold_wh, """
        select metric, value, unit, period_key, qualifier, source_file, evidence
        from marts.mart_indicators
        where province = 'bac_kan' and locality is null and indicator_key = 'retail_sales'
          and period_start = ? and period_end = ? and metric in ('level', 'yoy_pct')
        order by metric""", list(H1_2024))
    assert rows == [
        ("level", 4705e9, "VND", "2024-H1", "estimate", DOC_002, "4.705"),
        ("yoy_pct", 12.1, "pct", "2024-H1", "estimate", DOC_002, "12,1"),
    ]


def test_may_2025_floods_bac_kan(gold_wh):
    row = query(gold_wh, """
        select deaths, injured, houses_damaged, crops_ha, aquaculture_ha, livestock_head, economic_loss_vnd,
               hazards, locations, period_key, n_facts, successor_key_2025
        from marts.mart_disaster_impact
        where province = 'bac_kan' and locality is null and period_start = ? and period_end = ?""",
        list(MAY_2025))
    assert len(row) == 1
    deaths, injured, houses, crops, aqua, livestock, loss, hazards, locations, key, n_facts, succ = row[0]
    assert (deaths, injured, houses, loss) == (4, 3, 92, 47e9)
    assert crops == pytest.approx(360.2) and aqua == pytest.approx(16.2) and livestock == 120
    assert hazards == ["flash_flood", "heavy_rain", "landslide"]
    assert set(locations) == {"Ba Bể", "Pác Nặm", "Chợ Đồn"}
    assert (key, n_facts, succ) == ("2025-M05", 7, "thai_nguyen")


def test_budget_execution(gold_wh):
    rows = {r[0]: r[1:] for r in query(gold_wh, """
        select budget_item, actual_vnd, pct_of_plan, pct_of_plan_method, pct_of_plan_basis, as_of
        from marts.mart_budget_execution
        where province = 'bac_kan' and locality is null and period_key = '2024-H1'""")}
    assert rows["revenue_total"] == (386e9, 38.0, "stated", "provincial", dt.date(2024, 6, 17))
    # the disbursement rate next to the disbursed amount, not the earlier 100% allocation rate
    assert rows["public_investment"][:3] == (541e9, 25.0, "stated")
    city = query(gold_wh, """
        select actual_vnd, reference_plan_vnd, reference_plan_period, pct_of_plan, pct_of_plan_method
        from marts.mart_budget_execution
        where locality = 'thanh_pho_bac_kan' and period_key = '2024-H1' and budget_item = 'target_programme'""")
    assert city == [(10460000.0, 17344e6, "calendar_year", 0.06, "computed")]


def test_projects(gold_wh):
    rows = query(gold_wh, """
        select event, event_date, period_key from marts.mart_projects
        where province = 'bac_kan' and locality is null and project_name = 'tuyến đường cao tốc Chợ Mới - Bắc Kạn'""")
    assert rows == [("started", dt.date(2025, 3, 15), "2025-H1")]
    rows = query(gold_wh, """
        select total_investment_vnd, plan_pct from marts.mart_projects
        where project_name = 'Đường kết nối vào Phiêng My, thành phố Bắc Kạn' and event = 'in_progress'""")
    assert rows == [(87e9, 86.0)]


def test_province_period_wide_row(gold_wh):
    cols = ["scope", "province_name", "successor_name_2025", "grdp_growth_yoy_pct", "retail_sales_vnd",
            "retail_sales_yoy_pct", "budget_revenue_actual_vnd", "budget_revenue_pct_of_plan",
            "public_investment_disbursed_pct_of_plan", "disaster_deaths", "disaster_economic_loss_vnd"]
    row = query(gold_wh, f"""select {", ".join(cols)} from marts.mart_province_period
        where province = 'bac_kan' and locality is null and period_key = '2024-H1'""")
    assert dict(zip(cols, row[0], strict=True)) == {
        "scope": "province", "province_name": "Bắc Kạn", "successor_name_2025": "Thái Nguyên",
        "grdp_growth_yoy_pct": 5.45, "retail_sales_vnd": 4705e9, "retail_sales_yoy_pct": 12.1,
        "budget_revenue_actual_vnd": 386e9, "budget_revenue_pct_of_plan": 38.0,
        "public_investment_disbursed_pct_of_plan": 25.0, "disaster_deaths": 7.0,
        "disaster_economic_loss_vnd": 25e9,
    }
    h1_2025 = query(gold_wh, """select n_projects_started, n_projects_inaugurated, grdp_growth_yoy_pct
        from marts.mart_province_period where province = 'bac_kan' and locality is null
        and period_key = '2025-H1'""")
    assert h1_2025 == [(1, 3, 8.2)]
    city = query(gold_wh, """select scope, retail_sales_vnd from marts.mart_province_period
        where locality = 'thanh_pho_bac_kan' and period_key = '2024-H1'""")
    assert city == [("locality", 1889e9)]


def test_dimensions(gold_wh):
    keys = {r[0]: r[1:] for r in query(gold_wh, "select period_key, granularity, label from marts.dim_period")}
    assert keys["2024-H1"] == ("half", "6 tháng đầu năm 2024")
    assert keys["2025-Q1"][0] == "quarter"
    assert keys["2025-M05"][0] == "month"
    assert keys["2024-Y"][0] == "year"
    assert keys["2024-M01-M05"][0] == "months"
    prov = query(gold_wh, """select province_key, gso_code, successor_key_2025, is_merged, is_renamed
        from marts.dim_province where province_key in ('bac_kan', 'thai_nguyen', 'thua_thien_hue', 'ha_noi')
        order by gso_code""")
    assert prov == [("ha_noi", "01", "ha_noi", False, False), ("bac_kan", "06", "thai_nguyen", True, False),
                    ("thai_nguyen", "19", "thai_nguyen", False, False),
                    ("thua_thien_hue", "46", "hue", False, True)]
    assert query(gold_wh, "select count(*) from marts.dim_province") == [(63,)]
    assert query(gold_wh, "select count(*) from marts.dim_indicator") == [(60,)]


def test_gold_marts_keep_every_fact(gold_wh):
    raw = query(gold_wh, "select count(*) from main.indicators")[0][0]
    mart = query(gold_wh, "select count(*), max(n_reporting_documents) from marts.mart_indicators")[0]
    assert mart == (raw, 1)  # three distinct reports: nothing to supersede


# ------------------------------------------------------------------------------------ deduplication
def test_duplicate_document_is_counted_once(scenario, gold_wh):
    wh = scenario["wh"]
    dims = query(wh, """select source_file, is_canonical, is_duplicate_of, n_copies from marts.dim_document
        where text_sha256 = (select text_sha256 from marts.dim_document where source_file = ?)
        order by source_file""", [DOC_002])
    assert dims == [(DOC_002, True, None, 2), ("002_copy_windows1258.txt", False, DOC_002, 2)]
    rows = query(wh, """select value, source_file, n_reporting_documents from marts.mart_indicators
        where province = 'bac_kan' and locality is null and indicator_key = 'retail_sales'
        and metric = 'level' and period_key = '2024-H1'""")
    assert rows == [(4705e9, DOC_002, 1)]
    deaths = query(wh, """select deaths from marts.mart_disaster_impact
        where province = 'bac_kan' and locality is null and period_key = '2024-H1'""")
    assert deaths == [(7.0,)]
    for mart in ("mart_budget_execution", "mart_projects", "mart_disaster_impact", "mart_province_period"):
        assert query(wh, f"select count(*) from marts.{mart}") == query(gold_wh, f"select count(*) from marts.{mart}")
    labelled = "select count(*) from marts.mart_indicators where subject_key not like 'unlabelled:%'"
    assert query(wh, labelled) == query(gold_wh, labelled)
    assert query(wh, "select count(*) from marts.mart_indicators where doc_id = ?", [scenario["dup_id"]]) == [(0,)]


def test_latest_document_wins(scenario):
    wh = scenario["wh"]
    row = query(wh, """select deaths, injured, economic_loss_vnd, houses_damaged, doc_ids, superseded_doc_ids,
               n_reporting_documents
        from marts.mart_disaster_impact where province = 'bac_kan' and locality is null
        and period_key = '2025-M05'""")
    assert len(row) == 1
    deaths, injured, loss, houses, doc_ids, superseded, n_docs = row[0]
    # revised report (same period, issued date stated) beats the original
    assert (deaths, loss, houses) == (5.0, 52e9, 92.0)
    # the annual report's later period_end beats both, although loaded first and undated
    assert injured == 6.0
    assert sorted(doc_ids) == sorted([scenario["rev_id"], scenario["annual_id"]])
    assert superseded == sorted([scenario["doc_000_id"], scenario["rev_id"]])
    assert n_docs == 3
    lineage = query(wh, """select doc_id, n_reporting_documents, superseded_doc_ids
        from intermediate.int_disasters_dedup where impact = 'injured' and period_start = ?""", [MAY_2025[0]])
    assert lineage == [(scenario["annual_id"], 3, sorted([scenario["doc_000_id"], scenario["rev_id"]]))]
    # keys the revision did not restate still come from the original document
    budget = query(wh, """select actual_vnd, doc_ids from marts.mart_budget_execution
        where province = 'bac_kan' and locality is null and period_key = '2025-H1'
        and budget_item = 'public_investment'""")
    assert budget == [(1123.1e9, [scenario["doc_000_id"]])]


def test_unlabelled_facts_are_never_merged(scenario):
    rows = query(scenario["wh"], """select doc_id, n_reporting_documents from marts.mart_indicators
        where subject_key like 'unlabelled:%' order by doc_id""")
    assert rows == sorted([(scenario["doc_000_id"], 1), (scenario["rev_id"], 1)])


def test_removed_document_is_ignored(scenario):
    wh = scenario["wh"]
    assert query(wh, "select count(*) from marts.dim_document where source_file = 'removed.txt'") == [(0,)]
    assert query(wh, "select count(*) from marts.mart_indicators where value = 999e12") == [(0,)]


def test_not_null_columns_fails_on_a_null_in_any_listed_column(gold_wh, tmp_path):
    """The folded not-null test (one node per model) still fails for a NULL in one column."""
    import duckdb

    broken = tmp_path / "warehouse.duckdb"
    shutil.copy(gold_wh, broken)
    con = duckdb.connect(str(broken))
    con.execute("UPDATE marts.dim_province SET region = NULL WHERE province_key = 'bac_kan'")
    con.close()
    proc = run_dbt("test", broken, tmp_path, "--select", "dim_province,test_name:not_null_columns")
    assert proc.returncode == 1, proc.stdout[-3000:]
    assert "FAIL 1 not_null_columns_dim_province" in proc.stdout.replace("\x1b[31m", "").replace("\x1b[0m", "")


def test_folded_column_tests_name_each_offending_column_and_value(gold_wh, tmp_path):
    """The per-model column tests (accepted values, foreign keys, conditional not-null,
    not-negative: one node per model and severity) still catch one bad cell each."""
    import duckdb

    broken = tmp_path / "warehouse.duckdb"
    shutil.copy(gold_wh, broken)
    con = duckdb.connect(str(broken))
    placed = (
        "(SELECT fact_id FROM marts.mart_indicators WHERE document_placement = 'placed' ORDER BY fact_id LIMIT {n})"
    )
    con.execute(f"UPDATE marts.mart_indicators SET metric = 'bogus' WHERE fact_id IN {placed.format(n=1)}")
    con.execute(f"UPDATE marts.mart_indicators SET province = 'atlantis' WHERE fact_id IN {placed.format(n=2)}")
    con.execute("UPDATE marts.mart_indicators SET period_start = NULL WHERE document_placement = 'placed'")
    con.execute("UPDATE marts.mart_disaster_impact SET deaths = -1")
    con.close()
    selectors = [
        f"{model},test_name:{test}"
        for model, test in [
            ("mart_indicators", "accepted_values_columns"),
            ("mart_indicators", "relationships_columns"),
            ("mart_indicators", "not_null_columns"),
            ("mart_disaster_impact", "not_negative_columns"),
        ]
    ]
    proc = run_dbt("test", broken, tmp_path, "--select", *selectors, "--store-failures")
    out = proc.stdout.replace("\x1b[31m", "").replace("\x1b[33m", "").replace("\x1b[0m", "")
    assert proc.returncode == 1, out[-3000:]  # not_negative is an error; the others warn
    con = duckdb.connect(str(broken), read_only=True)
    failures = {
        table: con.execute(f'SELECT * FROM "dbt_test__audit"."{table}"').fetchall()
        for (table,) in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'dbt_test__audit'"
        ).fetchall()
    }
    con.close()
    rows = {row for found in failures.values() for row in found}
    assert ("metric", "bogus", 1) in rows  # accepted_values_columns: column, value, rows
    assert ("province", "atlantis", 2) in rows  # relationships_columns
    assert any(row[0] == "period_start" and row[1] > 0 for row in rows)  # conditional not-null (placed facts)
    assert not any(row[0] == "period_end" for row in rows)  # only the broken column is named
    assert any(row[0] == "deaths" and row[1] > 0 for row in rows)  # not_negative_columns
    assert "WARN" in out and "FAIL" in out


def test_new_row_tests_read_only_rows_loaded_after_their_mark(gold_wh, tmp_path):
    """The row-local staging tests (meta scope new_rows) skip rows they already passed: a bad row
    loaded before the mark is not read; the same row loaded after it warns; without a mark (or
    without the marks table, as in `gold_wh`) every row is read."""
    import duckdb

    from orchestration import warehouse
    from orchestration.dbt_state import NEW_ROWS_MARK_PREFIX

    broken = tmp_path / "warehouse.duckdb"
    shutil.copy(gold_wh, broken)
    con = duckdb.connect(str(broken))
    warehouse.ensure_schema(con)
    first = "SELECT fact_id, loaded_at FROM main.indicators ORDER BY fact_id LIMIT 1"
    [(bad_fact, loaded)] = con.execute(first).fetchall()
    con.execute("UPDATE main.indicators SET metric = 'bogus' WHERE fact_id = ?", [bad_fact])
    warehouse.advance_watermark(con, NEW_ROWS_MARK_PREFIX + "any", loaded)
    con.close()

    def verdict() -> str:
        proc = run_dbt("test", broken, tmp_path, "--select", "stg_indicators,test_name:accepted_values_columns")
        assert proc.returncode == 0, proc.stdout[-3000:]  # staging tests warn, never fail the build
        return "WARN" if " WARN=1 " in proc.stdout else "PASS" if " WARN=0 " in proc.stdout else proc.stdout[-2000:]

    assert verdict() == "PASS"  # loaded at the mark: already passed, not read again
    con = duckdb.connect(str(broken))
    con.execute("UPDATE main.indicators SET loaded_at = loaded_at + INTERVAL 1 SECOND WHERE fact_id = ?", [bad_fact])
    con.close()
    assert verdict() == "WARN"  # a row loaded after the mark is read
    con = duckdb.connect(str(broken))
    con.execute("UPDATE main.indicators SET loaded_at = ? WHERE fact_id = ?", [loaded, bad_fact])
    con.execute(f"DELETE FROM main.{warehouse.WATERMARKS}")
    con.close()
    assert verdict() == "WARN"  # no mark: every row is read


def test_a_placed_reports_fact_of_no_province_is_the_countrys_not_a_lost_placement(gold_wh, tmp_path):
    """The staging check that a placed report's facts have a province skips a fact about a whole of no province
    (place_scope `country`, `region`, `abroad`: "cả nước đạt 270 tỷ USD" quoted in a province's report), and still
    warns on a fact of a province that lost it."""
    import duckdb

    from orchestration import warehouse

    broken = tmp_path / "warehouse.duckdb"
    shutil.copy(gold_wh, broken)
    con = duckdb.connect(str(broken))
    warehouse.ensure_schema(con)
    placed = ("SELECT f.fact_id FROM main.indicators AS f JOIN main.documents AS d USING (doc_id) "
              "WHERE d.province IS NOT NULL AND d.period_start IS NOT NULL ORDER BY f.fact_id LIMIT 1")
    [(fact,)] = con.execute(placed).fetchall()
    con.execute("UPDATE main.indicators SET province = NULL, place_scope = 'country' WHERE fact_id = ?", [fact])
    con.close()

    def verdict() -> str:
        proc = run_dbt("test", broken, tmp_path, "--select", "stg_indicators,test_name:not_null_columns")
        assert proc.returncode == 0, proc.stdout[-3000:]  # staging tests warn, never fail the build
        return "WARN" if " WARN=1 " in proc.stdout else "PASS" if " WARN=0 " in proc.stdout else proc.stdout[-2000:]

    assert verdict() == "PASS"  # the country's figure: no province is its right place
    con = duckdb.connect(str(broken))
    con.execute("UPDATE main.indicators SET place_scope = 'province' WHERE fact_id = ?", [fact])
    con.close()
    assert verdict() == "WARN"  # a province's figure without its province: a lost placement
