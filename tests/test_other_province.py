"""A report of a province the rules were not written on (Quảng Ninh, first quarter of 2025).

The fixture is written in the style of the provinces' reports, with phrasings the samples do not
use (billions of USD, a quarter, hail and whirlwinds, a quoted bridge name).
"""

from pathlib import Path

from orchestration.extraction import extract_document

REPORT = Path(__file__).parent / "fixtures" / "reports" / "quang_ninh_q1_2025.txt"


def _extraction():
    return extract_document(REPORT.read_bytes(), REPORT.name)


def _rows(extraction, table: str) -> list[dict]:
    return extraction.tables[table].to_dicts()


def test_document_row() -> None:
    doc = _extraction().document
    assert (doc["province"], doc["locality"], doc["admin_level"], doc["doc_type"]) == (
        "quang_ninh", None, "province", "socioeconomic_report")
    assert (str(doc["period_start"]), str(doc["period_end"])) == ("2025-01-01", "2025-03-31")
    assert doc["signer"] == "Nguyễn Văn Thành"


def test_indicators_with_keys_metrics_and_units() -> None:
    got = {(r["indicator_key"], r["metric"], r["value"], r["unit"]) for r in _rows(_extraction(), "indicators")}
    assert ("grdp", "yoy_pct", 10.02, "pct") in got
    assert ("retail_sales", "level", 32150e9, "VND") in got
    assert ("retail_sales", "yoy_pct", 13.5, "pct") in got
    assert ("trade_turnover", "level", 2.01e9, "USD") in got
    assert ("trade_turnover", "yoy_pct", -4.2, "pct") in got
    assert ("tourist_arrivals", "level", 5.2e6, "visit") in got
    assert ("tourist_arrivals_international", "level", 750000, "visit") in got


def test_budget_rows() -> None:
    got = {(r["budget_item"], r["measure"], r["value"], r["plan_basis"]) for r in _rows(_extraction(), "budgets")}
    assert ("revenue_total", "actual", 13410e9, None) in got
    assert ("revenue_total", "plan_pct", 27, "central") in got
    assert ("revenue_domestic", "plan_pct", 28, "provincial") in got
    investment = [r for r in _rows(_extraction(), "budgets") if r["budget_item"] == "public_investment"]
    assert {str(r["as_of"]) for r in investment} == {"2025-03-25"}


def test_disaster_rows_take_their_month() -> None:
    rows = _rows(_extraction(), "disasters")
    assert {(r["impact"], r["value"]) for r in rows} >= {("injured", 2), ("houses_damaged", 35),
                                                          ("economic_loss", 1.5e9)}
    assert all(set(r["hazards"]) == {"hail", "whirlwind"} for r in rows)
    assert {(str(r["period_start"]), str(r["period_end"])) for r in rows} == {("2025-02-01", "2025-02-28")}


def test_project_events() -> None:
    got = {(r["project_name"], r["event"]) for r in _rows(_extraction(), "projects")}
    assert ("Cầu Cửa Lục 3", "started") in got
    assert ("Trung tâm hội nghị tỉnh", "inaugurated") in got


def test_every_evidence_slices_the_source() -> None:
    extraction = _extraction()
    for table, frame in extraction.tables.items():
        for row in frame.to_dicts():
            assert extraction.text[row["char_start"]:row["char_end"]] == row["evidence"], table


DISTRICT_REPORT = Path(__file__).parent / "fixtures" / "reports" / "tien_yen_thang_2_2025.txt"


def test_district_monthly_report_with_cumulative_figures() -> None:
    extraction = extract_document(DISTRICT_REPORT.read_bytes(), DISTRICT_REPORT.name)
    doc = extraction.document
    assert (doc["province"], doc["locality"], doc["admin_level"]) == ("quang_ninh", "huyen_tien_yen", "district")
    assert (str(doc["period_start"]), str(doc["period_end"])) == ("2025-02-01", "2025-02-28")
    rows = {(r["indicator_key"], r["metric"], r["value"]): r for r in extraction.tables["indicators"].to_dicts()}
    herd = rows[("livestock_herd", "level", 12450)]
    assert (str(herd["period_start"]), str(herd["period_end"])) == ("2025-01-01", "2025-02-28")  # lũy kế 2 tháng
    assert str(rows[("new_rural_communes", "level", 12)]["as_of"]) == "2025-02-20"
    budget = {(r["measure"], r["value"], r["plan_basis"]) for r in extraction.tables["budgets"].to_dicts()}
    assert ("plan_pct", 18.2, "provincial") in budget


def _load(name: str):
    path = Path(__file__).parent / "fixtures" / "reports" / name
    return extract_document(path.read_bytes(), path.name)


def test_party_review_of_a_district_committee() -> None:
    extraction = _load("cao_loc_party_h1_2025.txt")
    doc = extraction.document
    assert (doc["province"], doc["locality"], doc["admin_level"], doc["doc_type"]) == (
        "lang_son", "huyen_cao_loc", "district", "party_review")
    assert (str(doc["period_start"]), str(doc["period_end"])) == ("2025-01-01", "2025-06-30")
    got = {(r["metric"], r["value"], r["unit"]) for r in extraction.tables["indicators"].to_dicts()}
    assert {("level", 3250e9, "VND"), ("yoy_pct", 8.5, "pct"), ("level", 125, "person"),
            ("plan_pct", 52, "pct")} <= got


def test_news_article_about_a_city() -> None:
    extraction = _load("da_nang_news_q1_2025.txt")
    doc = extraction.document
    assert (doc["province"], doc["admin_level"], doc["doc_type"]) == ("da_nang", "province", "news")
    assert (str(doc["period_start"]), str(doc["period_end"])) == ("2025-01-01", "2025-03-31")
    rows = extraction.tables["indicators"].to_dicts()
    assert ("tourism_revenue", 9870e9) in {(r["indicator_key"], r["value"]) for r in rows}
    assert ("tourist_arrivals", "yoy_pct", 31.7) in {(r["indicator_key"], r["metric"], r["value"]) for r in rows}
    assert extraction.tables["budgets"].height == 0  # tourism revenue is not the state budget


def test_storm_damage_and_budget_execution_of_a_nine_month_report() -> None:
    extraction = _load("yen_bai_9_thang_2024.txt")
    doc = extraction.document
    assert (doc["province"], str(doc["period_start"]), str(doc["period_end"])) == (
        "yen_bai", "2024-01-01", "2024-09-30")
    disasters = {(r["impact"], r["value"]): r for r in extraction.tables["disasters"].to_dicts()}
    assert {"deaths", "missing", "injured", "houses_destroyed", "houses_damaged", "crops", "livestock",
            "economic_loss"} <= {impact for impact, _ in disasters}
    assert disasters[("injured", 48)]["hazards"] and "storm" in disasters[("injured", 48)]["hazards"]
    # "Trong tháng 9, ..." governs every clause of its sentence, across semicolons
    assert str(disasters[("economic_loss", 2500e9)]["period_start"]) == "2024-09-01"
    assert str(disasters[("livestock", 120)]["period_end"]) == "2024-01-31"  # rét đậm trong tháng 1
    budgets = {(r["budget_item"], r["measure"], r["value"], r["plan_basis"], r["funding_source"])
               for r in extraction.tables["budgets"].to_dicts()}
    assert ("public_investment", "plan_pct", 58, "central", None) in budgets
    assert ("public_investment", "plan_pct", 52, "provincial", None) in budgets
    assert ("public_investment", "actual", 1200e9, None, "central") in budgets
    assert ("expenditure_recurrent", "actual", 5100e9, None, "local") in budgets
