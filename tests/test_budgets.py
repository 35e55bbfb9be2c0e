"""Budget rules (orchestration/extraction/budgets.py), one test per rule, real report phrasings."""

import datetime as dt

import pytest

from orchestration.extraction.figures import find_figures
from orchestration.extraction.routing import route_in_text

REVENUE = (
    "Tổng thu NSNN trên địa bàn tỉnh tính đến ngày 17/6/2024 được 386 tỷ đồng, đạt 41,5% dự toán "
    "Trung ương giao và 38% dự toán tỉnh giao. Trong đó: thu nội địa được 365 tỷ đồng/978 tỷ đồng, "
    "đạt 37% dự toán tỉnh giao; thu xuất nhập khẩu được 18,2 tỷ đồng/32 tỷ đồng, đạt 57% dự toán tỉnh giao."
)


def test_revenue_total_actual_with_as_of():
    r = route_in_text(REVENUE, "386")
    assert r.table == "budgets"
    assert r.fields["budget_item"] == "revenue_total" and r.fields["measure"] == "actual"
    assert r.fields["as_of"] == dt.date(2024, 6, 17)


def test_plan_pct_basis_central_and_provincial():
    assert route_in_text(REVENUE, "41,5").fields["plan_basis"] == "central"
    assert route_in_text(REVENUE, "38").fields["plan_basis"] == "provincial"


def test_actual_slash_plan():
    actual, plan = route_in_text(REVENUE, "365"), route_in_text(REVENUE, "978")
    assert actual.fields["budget_item"] == plan.fields["budget_item"] == "revenue_domestic"
    assert actual.fields["measure"] == "actual"
    assert plan.fields["measure"] == "plan" and plan.fields["plan_basis"] == "provincial"
    assert "as_of" not in plan.fields  # a yearly plan is not a stock at a date


def test_import_export_and_as_of_carried_to_next_sentence():
    r = route_in_text(REVENUE, "18,2")
    assert r.fields["budget_item"] == "revenue_import_export"
    assert r.fields["as_of"] == dt.date(2024, 6, 17)


def test_land_use_and_other_revenue():
    text = (
        "Trong 6 tháng đầu năm 2024, tiến độ thu ngân sách còn chậm, trong đó: thu tiền sử dụng đất mới "
        "đạt 15% dự toán giao; thu từ khu vực doanh nghiệp nhà nước mới đạt 28%."
    )
    land, other = route_in_text(text, "15"), route_in_text(text, "28")
    assert land.fields["budget_item"] == "revenue_land_use" and land.fields["measure"] == "plan_pct"
    assert land.fields["plan_basis"] is None
    assert other.fields["budget_item"] == "revenue_other" and other.fields["measure"] == "plan_pct"


def test_expenditure_items_are_local_budget():
    text = (
        "Tổng chi ngân sách địa phương đến ngày 17/6/2024 được 2.458/7.441,4 tỷ đồng, đạt 33% dự toán tỉnh "
        "giao đầu năm; trong đó chi đầu tư 578/2.157,1 tỷ đồng đạt 33%, chi thường xuyên 1.879/5.280,079 tỷ "
        "đồng đạt 35,5% so với dự toán giao đầu năm."
    )
    total = route_in_text(text, "2.458")
    assert total.fields["budget_item"] == "expenditure_total" and total.fields["funding_source"] == "local"
    inv = route_in_text(text, "2.157,1")
    assert inv.fields["budget_item"] == "expenditure_investment" and inv.fields["measure"] == "plan"
    assert inv.fields["plan_basis"] == "provincial"
    rec = route_in_text(text, "35,5")
    assert rec.fields["budget_item"] == "expenditure_recurrent" and rec.fields["measure"] == "plan_pct"


def test_disbursement_against_central_and_provincial_plans():
    text = (
        "Các hoạt động đầu tư được thúc đẩy mạnh mẽ, đến ngày 01/6/2025, giải ngân được 1.123,1 tỷ đồng, "
        "đạt 34% kế hoạch Trung ương giao; đạt 30% kế hoạch tỉnh giao, cùng với cả nước."
    )
    actual = route_in_text(text, "1.123,1")
    assert actual.fields["budget_item"] == "public_investment" and actual.fields["measure"] == "actual"
    assert actual.fields["as_of"] == dt.date(2025, 6, 1)
    assert route_in_text(text, "34").fields["plan_basis"] == "central"
    assert route_in_text(text, "30").fields["plan_basis"] == "provincial"


def test_funding_source_from_clause():
    text = (
        "Tổng kế hoạch đầu tư công năm 2024 của tỉnh là 2.430,6 tỷ đồng; trong đó: Nguồn vốn ngân sách địa "
        "phương: 906.750 triệu đồng, nguồn vốn ngân sách trung ương bổ sung: 1.523,9 tỷ đồng."
    )
    total = route_in_text(text, "2.430,6")
    assert total.fields["measure"] == "plan" and total.fields["funding_source"] is None
    assert total.fields["period_end"] == dt.date(2024, 12, 31)
    assert route_in_text(text, "906.750").fields["funding_source"] == "local"
    assert route_in_text(text, "1.523,9").fields["funding_source"] == "central"


def test_both_sources_is_no_source_and_programme_item():
    text = (
        "Tỷ lệ giải ngân kế hoạch vốn đầu tư năm 2024 các chương trình MTQG (bao gồm vốn NSTW và NSDP) "
        "đến ngày 17/6/2024 đạt 142,5 tỷ đồng, đạt 23% kế hoạch."
    )
    r = route_in_text(text, "142,5")
    assert r.fields["budget_item"] == "target_programme" and r.fields["funding_source"] is None


def test_programme_heading_makes_programme_money():
    text = "Tổng nguồn vốn được giao: 5.780 triệu đồng, trong đó: vốn đầu tư phát triển 1.698 triệu đồng."
    heading = "2. Chương trình mục tiêu quốc gia Xây dựng nông thôn mới"
    r = route_in_text(text, "1.698", heading=heading)
    assert r.fields["budget_item"] == "target_programme" and r.fields["measure"] == "plan"


def test_estimate_given_then_done():
    text = (
        "Dự toán thu ngân sách trên địa bàn thành phố năm 2024 được giao 317 tỷ đồng; thực hiện đến ngày "
        "31/5/2024 đạt 72,4 tỷ đồng, bằng 23% dự toán giao."
    )
    assert route_in_text(text, "317").fields["measure"] == "plan"
    assert route_in_text(text, "72,4").fields["measure"] == "actual"
    assert route_in_text(text, "23").fields["measure"] == "plan_pct"


def test_localities_collecting_well_list_their_revenue():
    # "các địa phương thu đạt ... như: A đạt X": each place's amount and rates are its budget revenue
    text = ("Nhiều địa phương thu đạt khá như: Hòa Bình đạt 215 tỷ đồng (đạt 180% dự toán, tăng 12% so với "
            "cùng kỳ), Tân Lập đạt 98 tỷ đồng.")
    assert [route_in_text(text, n).fields["measure"] for n in ("215", "180", "12", "98")] == [
        "actual", "plan_pct", "yoy_pct", "actual"]
    assert route_in_text(text, "98").fields["budget_item"] == "revenue_total"


def test_tax_arrears_are_not_budget_revenue():
    # money owed to the budget is no revenue collected: an indicator
    assert route_in_text("Đến cuối quý, số tiền thuế còn nợ của các doanh nghiệp là 412 tỷ đồng.", "412") is None
    assert route_in_text("Tổng nợ thuế ước 150 tỷ đồng, trong đó nợ khó thu 30,5 tỷ đồng.", "30,5") is None
    # revenue named in a clause of its own after the arrears stays a budget figure
    r = route_in_text("Chi cục đã thu hồi nợ thuế được 18 tỷ đồng, tổng thu nội địa đạt 3.200 tỷ đồng.", "3.200")
    assert r is not None and r.fields["budget_item"] == "revenue_domestic"


def test_province_allocation_is_other_provincial_plan():
    text = "UBND tỉnh đã phân bổ 1.501 triệu đồng tại Quyết định số 2338/QĐ-UBND ngày 10/12/2023."
    r = route_in_text(text, "1.501")
    assert r.fields["budget_item"] == "other" and r.fields["plan_basis"] == "provincial"


def test_not_budget_credit_social_investment_fines():
    assert route_in_text("Tổng dư nợ cấp tín dụng ước thực hiện đạt 13.850 tỷ đồng.", "13.850") is None
    assert (
        route_in_text(
            "Tổng vốn đầu tư phát triển toàn xã hội ước đạt 2.868,4 tỷ đồng, trong đó vốn "
            "ngân sách nhà nước tăng 4,3%.",
            "4,3",
        )
        is None
    )
    assert route_in_text("tịch thu 174 m³ gỗ, thu nộp ngân sách Nhà nước trên 1.243 triệu đồng.", "1.243") is None


def test_as_of_without_year_takes_the_document_year_and_dot_dates():
    text = "Tính đến trưa ngày 15.11, tỉnh thu ngân sách được 4.200 tỷ đồng, bằng 92% dự toán tỉnh giao."
    r = route_in_text(text, "4.200", year=2023)
    assert r.fields["as_of"] == dt.date(2023, 11, 15)
    assert route_in_text(text, "92", year=2023).fields["as_of"] == dt.date(2023, 11, 15)
    assert route_in_text(text, "4.200").fields["as_of"] is None  # no year known: no date


def test_as_of_day_with_a_two_digit_year() -> None:
    # the year's last two digits after a slash date: the day of that year, with no year known elsewhere too
    text = "Đến 15/9/27, chi ngân sách địa phương đạt 2.350 tỷ đồng."
    assert route_in_text(text, "2.350").fields["as_of"] == dt.date(2027, 9, 15)
    spelled = "Giải ngân vốn đầu tư công tính đến ngày 31/8/27 được 640 tỷ đồng."
    assert route_in_text(spelled, "640", year=2026).fields["as_of"] == dt.date(2027, 8, 31)


def test_as_of_month_and_quarter_ends():
    month = "Hết tháng 7/2022, tỉnh giải ngân vốn đầu tư công đạt 41,2% kế hoạch."
    assert route_in_text(month, "41,2").fields["as_of"] == dt.date(2022, 7, 31)
    quarter = "Đến hết quý II/2023, giải ngân vốn đầu tư công được 900 tỷ đồng."
    assert route_in_text(quarter, "900").fields["as_of"] == dt.date(2023, 6, 30)


def test_as_of_carried_from_the_lead_of_a_passage_until_a_period_phrase():
    lead = "Tính đến ngày 20/12/2024, thu ngân sách toàn tỉnh đạt 3.100 tỷ đồng.\n"
    later = "Thu nội địa đạt 2.900 tỷ đồng, bằng 104% dự toán."
    assert route_in_text(later, "2.900", preceding=lead).fields["as_of"] == dt.date(2024, 12, 20)
    reset = "Trong 11 tháng đầu năm, thu nội địa đạt 2.900 tỷ đồng."
    assert route_in_text(reset, "2.900", preceding=lead).fields["as_of"] is None


def test_year_of_a_yearless_date_from_same_period_last_year():
    text = "Đến ngày 10/10, thu ngân sách đạt 800 tỷ đồng, bằng 115% cùng kỳ năm 2022."
    assert route_in_text(text, "800").fields["as_of"] == dt.date(2023, 10, 10)


def test_central_issuers_other_than_trung_uong():
    text = (
        "Năm 2023, tỉnh giải ngân được 5.100 tỷ đồng, đạt 97% kế hoạch Thủ tướng Chính phủ giao, "
        "vượt 12% dự toán Bộ Tài chính giao; chi thường xuyên tăng 2% so với dự toán HĐND tỉnh."
    )
    assert route_in_text(text, "97").fields["plan_basis"] == "central"
    assert route_in_text(text, "12").fields["plan_basis"] == "central"
    plan = "Kế hoạch vốn năm 2022 được Thủ tướng Chính phủ giao là 3.400 tỷ đồng."
    assert route_in_text(plan, "3.400").fields["plan_basis"] == "central"


def test_basis_named_later_in_the_sentence_or_earlier_in_the_passage():
    text = "Thu ngân sách đạt 2.000 tỷ đồng, đạt 110%, vượt 180 tỷ đồng so với dự toán HĐND tỉnh giao."
    assert route_in_text(text, "110").fields["plan_basis"] == "provincial"
    later = "Trong đó, thu nội địa 1.900 tỷ đồng, đạt 108% dự toán."
    assert route_in_text(later, "108", preceding=text + "\n").fields["plan_basis"] == "provincial"
    both = "Thu ngân sách bằng 120% dự toán Trung ương giao, bằng 101% dự toán tỉnh giao.\n"
    assert route_in_text(later, "108", preceding=both).fields["plan_basis"] is None
    # a bare "Nghị quyết" after the %: the local council's resolution
    council = "Thu ngân sách huyện đạt 62 tỷ đồng, bằng 118% Nghị quyết, tăng 9% so với cùng kỳ."
    assert route_in_text(council, "118").fields["plan_basis"] == "provincial"


def test_excess_over_plan_is_other():
    text = "Thu ngân sách đạt 2.000 tỷ đồng, vượt 180 tỷ đồng so với dự toán."
    assert route_in_text(text, "180").fields["budget_item"] == "other"
    assert route_in_text(text, "2.000").fields["budget_item"] == "revenue_total"


def test_adopted_plan_and_its_breakdown():
    text = (
        "Năm 2025, HĐND tỉnh quyết nghị thông qua tổng thu ngân sách 6.000 tỷ đồng. Trong đó, thu nội địa "
        "5.800 tỷ đồng. Tổng chi ngân sách địa phương 11.000 tỷ đồng."
    )
    for token, item in (("6.000", "revenue_total"), ("5.800", "revenue_domestic"), ("11.000", "expenditure_total")):
        r = route_in_text(text, token)
        assert r.fields["budget_item"] == item and r.fields["measure"] == "plan"
        assert r.fields["plan_basis"] == "provincial"
    approved = "Tổng kế hoạch đầu tư công năm 2025 đã được phê duyệt là 9.000 tỷ đồng."
    assert route_in_text(approved, "9.000").fields["measure"] == "plan"
    aimed = "Tỉnh phấn đấu đến cuối năm, số thu ngân sách sẽ đạt 7.000 tỷ đồng."
    assert route_in_text(aimed, "7.000").fields["measure"] == "plan"


def test_breakdown_sentence_inherits_item_and_measure():
    text = (
        "Tổng nhu cầu vốn đầu tư hạ tầng giai đoạn 2026 - 2030 là 30.000 tỷ đồng. Trong đó, ngân sách tỉnh "
        "khoảng 20.000 tỷ đồng, vốn ODA hơn 4.000 tỷ đồng."
    )
    for token in ("30.000", "20.000", "4.000"):
        r = route_in_text(text, token)
        assert r.fields["budget_item"] == "public_investment" and r.fields["measure"] == "plan"
    spent = (
        "Tổng chi ngân sách là 900 tỷ đồng, đạt 70% dự toán. Trong đó: Chi đầu tư phát triển là 300 tỷ đồng, đạt 90%."
    )
    r = route_in_text(spent, "300")
    assert r.fields["budget_item"] == "expenditure_investment" and r.fields["measure"] == "actual"


def test_revenue_item_spellings():
    text = (
        "Thu từ hoạt động xuất - nhập khẩu đạt 900 tỷ đồng; thu thuế xuất nhập khẩu 50 tỷ đồng; thu ngoài "
        "quốc doanh 400 tỷ đồng; tiền sử dụng đất đạt 600 tỷ đồng; lệ phí 30 tỷ đồng; thu cân đối ngân sách "
        "đạt 3.000 tỷ đồng; chi từ nguồn vốn chương trình, mục tiêu 70 tỷ đồng."
    )
    expected = {
        "900": "revenue_import_export",
        "50": "revenue_import_export",
        "400": "revenue_other",
        "600": "revenue_land_use",
        "30": "revenue_other",
        "3.000": "revenue_total",
        "70": "target_programme",
    }
    for token, item in expected.items():
        assert route_in_text(text, token).fields["budget_item"] == item, token
    assert route_in_text(text, "70").fields["measure"] == "actual"


def test_the_land_use_right_collection_kept_to_its_plan_is_collected() -> None:
    # "thu từ cấp quyền sử dụng đất" names the land-use fees; a collection said to keep to its plan
    # ("đảm bảo theo kế hoạch") is measured as done, the plan names no amount
    text = ("Thu ngân sách của huyện đảm bảo theo kế hoạch đề ra, trong đó thu từ cấp quyền sử dụng đất "
            "được 52 tỷ đồng.")
    land = route_in_text(text, "52")
    assert land.fields["budget_item"] == "revenue_land_use" and land.fields["measure"] == "actual"
    # a plan amount still reads as the plan
    assert route_in_text("Dự toán thu từ cấp quyền sử dụng đất năm nay là 60 tỷ đồng.", "60").fields[
        "measure"] == "plan"
    # the plan to be met, with its own amount, is the plan
    text = "Từ nay đến cuối năm, để hoàn thành kế hoạch thu thuế và phí 45 tỷ đồng, huyện sẽ đẩy mạnh thu."
    assert route_in_text(text, "45").fields["measure"] == "plan"


def test_rate_of_other_provinces_is_not_the_budget():
    text = "Tỉnh giải ngân đạt 60% kế hoạch, đứng thứ 10/25 tỉnh có tỷ lệ giải ngân đạt trên 55%."
    assert route_in_text(text, "60").table == "budgets"
    # "10/25 tỉnh có tỷ lệ giải ngân đạt trên 55%": a threshold on the provinces counted, no fact at all
    assert "55" not in [f.token for f in find_figures(text)]


def test_period_ends_at_the_as_of_date_except_a_periodic_reports_cut_off():
    from orchestration.extraction.budgets import budget_figure_period

    row = {"as_of": dt.date(2024, 5, 19), "measure": "actual", "period_start": dt.date(2024, 1, 1)}
    news = {"doc_type": "news", "period_end": dt.date(2024, 12, 31)}
    assert budget_figure_period(row, news) == {"period_start": dt.date(2024, 1, 1), "period_end": dt.date(2024, 5, 19)}
    half_year = {"doc_type": "socioeconomic_report", "period_end": dt.date(2024, 6, 30)}
    cut_off = {**row, "as_of": dt.date(2024, 6, 17)}
    assert budget_figure_period(cut_off, half_year) == {}  # taken in the report's last month
    assert budget_figure_period(row, half_year)["period_end"] == dt.date(2024, 5, 19)
    assert budget_figure_period({**row, "measure": "plan"}, news) == {}
    assert budget_figure_period({**row, "period_start": None}, {})["period_start"] == dt.date(2024, 1, 1)


def test_meeting_dates_and_unrelated_dates_are_not_as_of():
    lead = "Từ ngày 3 đến ngày 5/12/2019, HĐND tỉnh họp kỳ thứ 9.\n"
    text = "Thu ngân sách năm 2019 đạt 900 tỷ đồng, bằng 110% dự toán."
    assert route_in_text(text, "900", preceding=lead).fields["as_of"] is None
    other = "Đến ngày 15/11/2019, toàn tỉnh có 300 hợp tác xã.\n"
    assert route_in_text(text, "900", preceding=other).fields["as_of"] is None


def test_plan_year_of_an_undated_news_item():
    text = "Tỉnh phấn đấu cả năm thu ngân sách sẽ đạt 5.000 tỷ đồng, bằng 120% cùng kỳ năm 2021."
    r = route_in_text(text, "5.000")
    assert r.fields["measure"] == "plan" and r.fields["period_end"] == dt.date(2022, 12, 31)


def test_total_public_investment_of_a_year_is_its_plan_and_crude_oil_revenue():
    text = "Năm 2025, tổng vốn đầu tư công của tỉnh là 4.100 tỷ đồng, đến hết tháng 10 đã giải ngân 2.600 tỷ đồng."
    assert route_in_text(text, "4.100").fields["measure"] == "plan"
    assert route_in_text(text, "2.600").fields["measure"] == "actual"
    oil = "Thu nội địa ước đạt 6.000 tỷ đồng; thu từ dầu thô đạt 400 tỷ đồng."
    assert route_in_text(oil, "400").fields["budget_item"] == "revenue_other"


def test_preferential_loans_are_not_the_budget():
    text = "Ngân hàng Chính sách xã hội đã giải ngân vốn vay ưu đãi 300 tỷ đồng."
    assert route_in_text(text, "300") is None


def test_spending_said_bare_and_money_that_could_not_be_disbursed():
    text = "Ước chi đến hết ngày 31/1/2025 là 9.000 tỷ đồng, đạt 98% dự toán."
    r = route_in_text(text, "9.000")
    assert r.fields["budget_item"] == "expenditure_total" and r.fields["as_of"] == dt.date(2025, 1, 31)
    proposal = (
        "Tỉnh đề xuất bổ sung kế hoạch vốn năm 2024 từ số vốn của các bộ không có khả năng giải ngân "
        "khoảng 200 tỷ đồng."
    )
    assert route_in_text(proposal, "200").fields["measure"] == "plan"


def test_funding_source_said_once_in_the_sentence():
    text = "Tỉnh đề xuất bổ sung kế hoạch vốn ngân sách trung ương năm 2024 cho các dự án, khoảng 250 tỷ đồng."
    assert route_in_text(text, "250").fields["funding_source"] == "central"
    split = "Trong đó, ngân sách tỉnh 700 tỷ đồng, của các địa phương 120 tỷ đồng, vốn ODA 90 tỷ đồng."
    lead = "Tổng nhu cầu vốn giai đoạn 2026 - 2030 là 910 tỷ đồng. "
    assert route_in_text(lead + split, "120").fields["funding_source"] == "local"
    assert route_in_text(lead + split, "90").fields["funding_source"] is None


def test_a_revenue_plans_issuer_is_not_carried_to_investment():
    lead = "Thu ngân sách đạt 2.000 tỷ đồng, bằng 105% dự toán HĐND tỉnh giao.\n"
    investment = "Giải ngân vốn đầu tư công đạt 60% kế hoạch."
    assert route_in_text(investment, "60", preceding=lead).fields["plan_basis"] is None
    revenue = "Thu nội địa đạt 1.800 tỷ đồng, bằng 103% dự toán."
    assert route_in_text(revenue, "103", preceding=lead).fields["plan_basis"] == "provincial"


def test_national_rates_quoted_beside_the_province_are_not_its_budget():
    text = "Tỉnh giải ngân đạt 52% kế hoạch, trong khi tỷ lệ giải ngân của cả nước đạt 41%."
    assert route_in_text(text, "52").table == "budgets"
    assert route_in_text(text, "41") is None


def test_a_reserve_and_a_deficit_are_other_items() -> None:
    text = "Tổng chi ngân sách địa phương 23.456 tỷ đồng; dự phòng ngân sách 412 tỷ đồng."
    assert route_in_text(text, "412").fields["budget_item"] == "other"
    assert route_in_text("Bội chi ngân sách địa phương là 210 tỷ đồng.", "210").fields["budget_item"] == "other"


def test_an_item_named_in_an_aside_is_not_the_subject() -> None:
    text = (
        "Tổng kế hoạch đầu tư công năm 2021 được giao (không bao gồm dự phòng ngân sách trung ương) là 2.707 tỷ đồng."
    )
    assert route_in_text(text, "2.707").fields["budget_item"] == "public_investment"


def test_a_list_under_an_article_on_estimates_is_the_plan() -> None:
    from orchestration.extraction import extract_document

    text = (
        "HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI\nNGHỊ QUYẾT\nVề dự toán ngân sách địa phương năm 2026\n\n"
        "Điều 1. Dự toán ngân sách năm 2026\n"
        "1. Tổng thu ngân sách nhà nước trên địa bàn: 9.850 tỷ đồng.\n"
        "2. Tổng chi ngân sách địa phương: 23.456 tỷ đồng, gồm: chi thường xuyên 16.800 tỷ đồng.\n"
    )
    rows = extract_document(text.encode(), "nq.txt").tables["budgets"].to_dicts()
    assert [(r["budget_item"], r["measure"]) for r in rows] == [
        ("revenue_total", "plan"),
        ("expenditure_total", "plan"),
        ("expenditure_recurrent", "plan"),
    ]


def test_balanced_budget_spending_and_transfers_are_budget_items() -> None:
    text = (
        "Chi cân đối ngân sách đạt 5.100 tỷ đồng; chi từ nguồn Trung ương bổ sung có mục tiêu là 320 tỷ đồng; "
        "chi bổ sung cho ngân sách cấp xã là 1.200 tỷ đồng."
    )
    assert route_in_text(text, "5.100").fields["budget_item"] == "expenditure_total"
    targeted = route_in_text(text, "320")
    assert targeted.fields["budget_item"] == "target_programme" and targeted.fields["measure"] == "actual"
    assert route_in_text(text, "1.200").fields["budget_item"] == "other"


def test_customs_and_named_taxes_are_revenue_items() -> None:
    text = "Thu từ lĩnh vực xuất nhập khẩu đạt 900 tỷ đồng; thu qua hải quan tháng 5 đạt 70 tỷ đồng."
    assert route_in_text(text, "900").fields["budget_item"] == "revenue_import_export"
    assert route_in_text(text, "70").fields["budget_item"] == "revenue_import_export"
    tax = route_in_text("Thuế thu nhập cá nhân tăng 12%, thuế giá trị gia tăng giảm 4%.", "12")
    assert tax.table == "budgets" and tax.fields["budget_item"] == "revenue_other"
    assert route_in_text("Thu nhập bình quân đầu người đạt 60 triệu đồng.", "60") is None
    # nor its growth in a clause of its own, after revenue named earlier in the sentence
    text = "Thu ngân sách đạt 85 tỷ đồng; thu nhập bình quân đạt 52,5 triệu đồng, tăng 6,1 triệu đồng so với năm trước."
    assert route_in_text(text, "6,1") is None
    # the money change on last year is no budget level (the table has no absolute change): it
    # goes on to the indicators as yoy_abs, see test_absolute_change_in_money_is_no_budget_level
    assert route_in_text("Thu ngân sách đạt 85 tỷ đồng, tăng 9 tỷ đồng so với năm trước.", "9") is None


def test_disbursing_the_plan_year_capital_is_actual_and_a_permitted_plan_is_a_plan() -> None:
    text = (
        "Kế hoạch vốn năm trước được phép kéo dài là 640 tỷ đồng; "
        "đã giải ngân vốn kế hoạch năm 2024 là 2.150 tỷ đồng. "
        "Kho bạc đã kiểm soát thanh toán 95 tỷ đồng, đạt 15% kế hoạch vốn."
    )
    assert route_in_text(text, "640", year=2024).fields["measure"] == "plan"
    assert route_in_text(text, "2.150", year=2024).fields["measure"] == "actual"
    paid = route_in_text(text, "95", year=2024)
    assert paid.fields["budget_item"] == "public_investment" and paid.fields["measure"] == "actual"


def test_a_bracketed_place_does_not_cut_the_clause_of_a_plan() -> None:
    text = (
        "Xã đã giải ngân vốn đầu tư công đạt 60%. Kế hoạch vốn giao năm 2023 cho xã Tân Lập (huyện Mỹ An) "
        "là 42 tỷ đồng."
    )
    assert route_in_text(text, "42", year=2023).fields["measure"] == "plan"


def test_a_disbursement_rate_aimed_at_is_a_share_of_plan() -> None:
    text = "Tỉnh phấn đấu đến hết ngày 31/1/2025 giải ngân đạt 100% kế hoạch vốn được giao."
    r = route_in_text(text, "100", year=2024)
    assert r.table == "budgets" and r.fields["measure"] == "plan_pct"
    assert r.fields["as_of"] == dt.date(2025, 1, 31)


def test_this_figure_points_back_to_the_item_named_before() -> None:
    text = "Thu ngân sách quý I đạt 3.400 tỷ đồng. Tuy vậy, con số này giảm 6% so với cùng kỳ."
    r = route_in_text(text, "6")
    assert r.table == "budgets" and r.fields["budget_item"] == "revenue_total"
    assert r.fields["measure"] == "yoy_pct" and r.fields["budget_label"].startswith("Thu ngân sách")


def test_a_plan_named_for_an_earlier_percentage_does_not_make_the_next_amount_a_plan() -> None:
    text = (
        "Trong đó, thu do xã quản lý 40 tỷ đồng, đạt 30% dự toán. Cụ thể, thu phí 9 tỷ đồng, bằng 20% so với "
        "dự toán giao; thu tài chính: 2 tỷ đồng, bằng 15% so với dự toán."
    )
    assert route_in_text(text, "2").fields["measure"] == "actual"


def test_allocated_by_a_named_body_is_a_plan_and_for_execution_is_not_done() -> None:
    text = (
        "Tổng vốn đầu tư phát triển thuộc ngân sách nhà nước được UBND tỉnh Lâm Viên giao để thực hiện "
        "trong năm 2022 là 900 tỷ đồng."
    )
    r = route_in_text(text, "900", year=2022)
    assert r.fields["budget_item"] == "public_investment" and r.fields["measure"] == "plan"


def test_investment_plan_from_a_budget_source_and_its_breakdown() -> None:
    text = (
        "Tỉnh đã giao Kế hoạch đầu tư nguồn ngân sách nhà nước năm 2024 là 3.100 tỷ đồng, gồm nguồn ngân sách "
        "địa phương là 1.900 tỷ đồng và nguồn ngân sách trung ương là 1.200 tỷ đồng."
    )
    for token in ("3.100", "1.900", "1.200"):
        r = route_in_text(text, token, year=2024)
        assert r.fields["budget_item"] == "public_investment" and r.fields["measure"] == "plan", token
    assert route_in_text(text, "1.200", year=2024).fields["funding_source"] == "central"


def test_a_rate_read_against_an_estimate_is_a_budget_figure_without_an_item_before_it() -> None:
    text = "Năm 2022, thu ngân sách vượt 8% dự toán. Năm 2023, thu vượt 12,5% dự toán Bộ Tài chính giao."
    r = route_in_text(text, "12,5")
    assert r.table == "budgets" and r.fields["measure"] == "plan_pct" and r.fields["budget_item"] == "revenue_total"


def test_disbursed_share_said_with_a_rate_word_or_as_paid_out() -> None:
    text = "Thành phố mới giải ngân được 21% vốn đầu tư công; cả năm đạt tỷ lệ 21% tổng kế hoạch vốn giao."
    assert route_in_text(text, "21").fields["measure"] == "plan_pct"
    assert route_in_text(text, "21", 2).fields["measure"] == "plan_pct"


def test_revenue_named_after_a_gdp_clause_is_still_the_budget() -> None:
    text = "Năm 2023, GRDP đạt 150.000 tỷ đồng, tổng thu ngân sách nhà nước đạt hơn 20.000 tỷ đồng."
    assert route_in_text(text, "20.000").table == "budgets"
    assert route_in_text(text, "150.000") is None
    social = "Vốn đầu tư toàn xã hội đạt 9.000 tỷ đồng, trong đó vốn ngân sách nhà nước 2.000 tỷ đồng."
    assert route_in_text(social, "2.000") is None  # part of total social investment: an indicator


def test_domestic_tax_and_non_state_industry_revenue_items() -> None:
    assert (
        route_in_text("Thu ngân sách từ thuế nội địa đạt 5.000 tỷ đồng.", "5.000").fields["budget_item"]
        == "revenue_domestic"
    )
    r = route_in_text("Thu công nghiệp và dịch vụ ngoài quốc doanh đạt 96,2% dự toán.", "96,2")
    assert r.fields["budget_item"] == "revenue_other"


def test_as_of_with_an_hour_before_the_day() -> None:
    text = "Tính đến 17h ngày 30/12, thu ngân sách của tỉnh đạt 8.400 tỷ đồng."
    assert route_in_text(text, "8.400", year=2023).fields["as_of"] == dt.date(2023, 12, 30)


def test_end_of_the_fiscal_year_ends_the_reach_of_an_earlier_as_of() -> None:
    text = (
        "Tính đến cuối tháng 9, tỷ lệ giải ngân vốn đầu tư công đạt 60%. "
        "Tỉnh phấn đấu đến hết niên độ giải ngân đạt 100% kế hoạch."
    )
    assert route_in_text(text, "60", year=2022).fields["as_of"] == dt.date(2022, 9, 30)
    assert route_in_text(text, "100", year=2022).fields["as_of"] is None


def test_a_plan_carried_over_is_for_the_year_it_is_carried_into() -> None:
    text = "Kế hoạch vốn năm 2022 được phép kéo dài là 300 tỷ đồng."
    assert route_in_text(text, "300").fields["period_end"] == dt.date(2023, 12, 31)
    aside = "Kế hoạch vốn năm 2022 (không gồm các nguồn kéo dài) là 2.000 tỷ đồng."
    assert route_in_text(aside, "2.000").fields["period_end"] == dt.date(2022, 12, 31)


def test_a_body_named_with_its_province_sets_the_plan() -> None:
    text = (
        "Kế hoạch vốn năm 2024 được Trung ương giao là 1.000 tỷ đồng. "
        "Tỉnh Hòa Bình đã giao kế hoạch vốn năm 2024 là 1.500 tỷ đồng."
    )
    assert route_in_text(text, "1.000").fields["plan_basis"] == "central"
    assert route_in_text(text, "1.500").fields["plan_basis"] == "provincial"
    assert route_in_text("Thu nội địa đạt 98% dự toán pháp lệnh.", "98").fields["plan_basis"] == "central"


def test_a_rate_against_a_resolution_takes_its_issuer() -> None:
    text = "Thu ngân sách quý I đạt 900 tỷ đồng, bằng 25% so với Nghị quyết HĐND tỉnh, bằng 30% Nghị quyết của Tỉnh ủy."
    assert route_in_text(text, "25").fields["plan_basis"] == "provincial"
    assert route_in_text(text, "30").fields["plan_basis"] == "provincial"


def test_a_disbursement_aim_of_at_least_a_rate() -> None:
    text = "Thành phố đặt mục tiêu giải ngân vốn đầu tư công cả năm phải đạt từ 90% trở lên."
    r = route_in_text(text, "90", year=2019)
    assert r.table == "budgets" and r.fields["measure"] == "plan_pct"


def test_exports_after_a_revenue_clause_are_not_the_budget() -> None:
    text = "Thu ngân sách đạt 3.000 tỷ đồng; giá trị xuất khẩu đạt 900 triệu USD, tăng 11% so với cùng kỳ."
    assert route_in_text(text, "3.000").table == "budgets"
    assert route_in_text(text, "900") is None and route_in_text(text, "11") is None


def test_revenue_shares_and_balancing_transfers_are_other_revenue() -> None:
    text = "Trong đó, thu điều tiết theo phân cấp 500 tỷ đồng; thu bổ sung cân đối từ ngân sách trung ương 800 tỷ đồng."
    assert route_in_text(text, "500").fields["budget_item"] == "revenue_other"
    r = route_in_text(text, "800")
    assert r.fields["budget_item"] == "revenue_other" and r.fields["funding_source"] == "central"


def test_bare_rates_in_brackets_after_items_that_reached_them() -> None:
    text = "Nhiều khoản thu đạt tỷ lệ cao như thuế bảo vệ môi trường (81%), thu tiền thuê đất (66%)."
    for token in ("81", "66"):
        r = route_in_text(text, token)
        assert r.table == "budgets" and r.fields["measure"] == "plan_pct", token
    share = "Thu nội địa đạt khá, 4.000 tỷ đồng (75%)."
    assert route_in_text(share, "75") is None  # after an amount: not an item's own rate


def test_detailed_allocation_in_a_new_paragraph_keeps_the_programme() -> None:
    preceding = "Tỉnh được giao vốn các Chương trình mục tiêu quốc gia giai đoạn 2021-2025 là 900 tỷ đồng.\n"
    paragraph = "Đến nay, UBND tỉnh đã giao chi tiết là 700 tỷ đồng, còn lại là 200 tỷ đồng."
    for token in ("700", "200"):
        r = route_in_text(paragraph, token, preceding=preceding, year=2023)
        assert r.fields["budget_item"] == "target_programme" and r.fields["measure"] == "plan", token
    allocated = "Lũy kế vốn các chương trình mục tiêu quốc gia đã giao trong hai năm là 500 tỷ đồng."
    assert route_in_text(allocated, "500", year=2023).fields["measure"] == "plan"


def test_a_ministrys_disbursement_is_not_the_provinces_budget() -> None:
    assert route_in_text("Giải ngân vốn đầu tư công Bộ Xây dựng mới đạt 20% kế hoạch.", "20") is None
    central = route_in_text("Kế hoạch vốn được Bộ Tài chính giao là 800 tỷ đồng.", "800", year=2023)
    assert central.fields["plan_basis"] == "central"


def test_an_as_of_said_after_the_item_carries_into_the_next_paragraph() -> None:
    preceding = "Tổng thu ngân sách trên địa bàn tỉnh đến hết ngày 30/4 đạt 1.200 tỷ đồng, bằng 30% dự toán.\n"
    paragraph = "Nhiều khoản thu đạt tỷ lệ cao như thu tiền thuê đất (60%)."
    r = route_in_text(paragraph, "60", preceding=preceding, year=2021)
    assert r.fields["as_of"] == dt.date(2021, 4, 30)


def test_product_taxes_less_subsidies_are_a_grdp_component_not_budget_revenue() -> None:
    text = "GRDP tăng 6,1%; riêng thuế sản phẩm trừ trợ cấp sản phẩm giảm 2,4% so với cùng kỳ."
    assert route_in_text(text, "2,4") is None
    assert route_in_text("Thu thuế thu nhập cá nhân tăng 8% so với cùng kỳ.", "8") is not None


def test_domestic_revenue_named_with_budget_or_as_taxes_fees_and_other() -> None:
    text = (
        "Quý I, thu ngân sách nội địa được 812 tỷ đồng, đạt 24% dự toán; riêng thu thuế, phí và thu khác "
        "được 530 tỷ đồng, đạt 20% dự toán tỉnh giao, còn thu khác ngân sách được 12 tỷ đồng."
    )
    assert route_in_text(text, "812").fields["budget_item"] == "revenue_domestic"
    assert route_in_text(text, "530").fields["budget_item"] == "revenue_domestic"
    assert route_in_text(text, "20").fields["budget_item"] == "revenue_domestic"
    assert route_in_text(text, "12").fields["budget_item"] == "revenue_other"  # "thu khác" said alone


def test_revenue_has_no_local_funding_source_and_state_budget_spending_no_source() -> None:
    text = (
        "Thu ngân sách địa phương đạt 3.120 tỷ đồng, bằng 41% dự toán. Chi NSNN toàn tỉnh khoảng 4.050 tỷ "
        "đồng; chi ngân sách địa phương 3.900 tỷ đồng."
    )
    assert route_in_text(text, "3.120").fields["funding_source"] is None
    assert route_in_text(text, "41").fields["funding_source"] is None
    assert route_in_text(text, "4.050").fields["funding_source"] is None
    assert route_in_text(text, "3.900").fields["funding_source"] == "local"


def test_a_bare_rate_against_last_year_in_a_list_after_reach_is_a_change() -> None:
    text = (
        "Thu ngân sách 6 tháng được 2.210 tỷ đồng, đạt 48% dự toán Trung ương giao, 44,5% dự toán HĐND "
        "tỉnh giao và 93,5% so với cùng kỳ năm trước."
    )
    r = route_in_text(text, "93,5")
    assert r.table == "budgets" and r.fields["measure"] == "yoy_pct"
    assert abs(r.value - (-6.5)) < 1e-9
    assert route_in_text(text, "44,5").fields["measure"] == "plan_pct"
    # a rate with its own verb is the change itself
    grew = "Thu ngân sách được 900 tỷ đồng, đạt 30% dự toán, tăng 12% so với cùng kỳ."
    r = route_in_text(grew, "12")
    assert r.fields["measure"] == "yoy_pct" and r.value is None


def test_investment_attracted_after_domestic_revenue_is_no_budget() -> None:
    text = (
        "Quý II, thu nội địa đạt 4.200 tỷ đồng; thu hút các dự án FDI đạt 120 triệu USD, tăng 15% so với "
        "cùng kỳ, đạt 60% kế hoạch năm."
    )
    assert route_in_text(text, "4.200").fields["budget_item"] == "revenue_domestic"
    for token in ("120", "15", "60"):
        r = route_in_text(text, token)
        assert r is None or r.table != "budgets"


def test_revenue_from_one_plant_is_other_revenue() -> None:
    text = "Thu nội địa đạt 5.000 tỷ đồng. Thu từ Nhà máy xi măng Hoàng Long 420 tỷ đồng, bằng 51% dự toán năm."
    r = route_in_text(text, "420")
    assert r.table == "budgets" and r.fields["budget_item"] == "revenue_other"
    assert route_in_text(text, "51").fields["budget_item"] == "revenue_other"


def test_debt_interest_reserve_fund_and_carried_savings_are_other_spending() -> None:
    text = (
        "Chi trả nợ lãi vay 8,4 tỷ đồng, bằng 21% dự toán; chi bổ sung quỹ dự trữ tài chính 2 tỷ đồng; "
        "chi từ nguồn tăng thu năm trước chuyển sang 150 tỷ đồng."
    )
    for token in ("8,4", "21", "2", "150"):
        assert route_in_text(text, token).fields["budget_item"] == "other"


def test_import_export_revenue_without_tu() -> None:
    text = "Thu hoạt động xuất nhập khẩu 96 tỷ đồng, đạt 40% dự toán."
    assert route_in_text(text, "96").fields["budget_item"] == "revenue_import_export"


def test_issuer_named_before_the_item_in_the_same_sentence() -> None:
    text = "So với dự toán Trung ương giao, tổng thu ngân sách trên địa bàn đạt 68%."
    assert route_in_text(text, "68").fields["plan_basis"] == "central"


def test_items_left_out_of_the_subject() -> None:
    text = "Thu cân đối ngân sách sau khi trừ thu tiền sử dụng đất và thu xổ số kiến thiết đạt 61% dự toán."
    assert route_in_text(text, "61").fields["budget_item"] == "revenue_total"
    # named alone, the item left out is the subject of its own amount
    alone = "Không tính thu tiền sử dụng đất (800 tỷ đồng) thì thu nội địa đạt 2.100 tỷ đồng."
    assert route_in_text(alone, "800").fields["budget_item"] == "revenue_land_use"
    assert route_in_text(alone, "2.100").fields["budget_item"] == "revenue_domestic"


def test_a_rate_of_last_year_with_its_own_reach_verb_in_a_list() -> None:
    text = "Chi ngân sách địa phương ước 3.000 tỷ đồng, đạt 45% dự toán và đạt gần 91% so cùng kỳ."
    r = route_in_text(text, "91")
    assert r.fields["measure"] == "yoy_pct" and abs(r.value - (-9)) < 1e-9


def test_rates_of_state_budget_spending_have_no_source_either() -> None:
    text = "Tổng chi ngân sách nhà nước trên địa bàn ước đạt 9.400 tỷ đồng, đạt 70% dự toán và giảm 5% so với cùng kỳ."
    for token in ("9.400", "70", "5"):
        assert route_in_text(text, token).fields["funding_source"] is None


def test_a_rate_right_after_giai_ngan_is_a_share_of_plan() -> None:
    # "giải ngân 100% ..." without "đạt": the share of the plan disbursed (or aimed at)
    aimed = route_in_text("Năm nay tỉnh phấn đấu giải ngân 100% vốn đầu tư công được giao.", "100")
    assert aimed is not None and aimed.table == "budgets"
    assert aimed.fields["budget_item"] == "public_investment" and aimed.fields["measure"] == "plan_pct"
    done = route_in_text("Hết tháng 6, huyện đã giải ngân 47,5% kế hoạch vốn đầu tư công.", "47,5")
    assert done is not None and done.fields["measure"] == "plan_pct"


def test_the_parts_of_total_investment_in_the_next_paragraph_are_no_budget() -> None:
    text = "Tổng vốn đầu tư trên địa bàn quý này ước đạt 4.200 tỷ đồng, tăng 3%."
    part = "Trong đó, vốn thuộc nguồn ngân sách nhà nước ước thực hiện 510 tỷ đồng, đạt 9% kế hoạch năm."
    routed = route_in_text(part, "510", preceding=text)
    assert routed is None or routed.table != "budgets"
    # a breakdown of budget revenue stays a budget
    revenue = route_in_text(
        "Trong đó, thu nội địa đạt 2.100 tỷ đồng.", "2.100", preceding="Tổng thu ngân sách đạt 2.500 tỷ đồng."
    )
    assert revenue is not None and revenue.fields["budget_item"] == "revenue_domestic"


def test_bare_spending_verb_read_against_the_estimate():
    text = (
        "Chín tháng, tỉnh đã chi 8.120 tỷ đồng, bằng 66,4% dự toán, tăng 4,2%; "
        "trong đó chi đầu tư phát triển 2.900 tỷ đồng."
    )
    amount, rate, growth = (route_in_text(text, t) for t in ("8.120", "66,4", "4,2"))
    assert {r.fields["budget_item"] for r in (amount, rate, growth)} == {"expenditure_total"}
    assert amount.fields["measure"] == "actual" and rate.fields["measure"] == "plan_pct"
    assert growth.fields["measure"] == "yoy_pct"


def test_bare_spending_verb_without_an_estimate_is_not_a_budget_figure():
    r = route_in_text("Huyện đã chi 3 tỷ đồng hỗ trợ các hộ dân bị thiệt hại.", "3")
    assert r is None or r.table != "budgets"


def test_administrative_spending_is_recurrent():
    r = route_in_text("Trong đó chi hành chính sự nghiệp 2.150 tỷ đồng, bằng 61% dự toán.", "2.150")
    assert r.fields["budget_item"] == "expenditure_recurrent"


def test_sector_revenue_called_doanh_thu_read_against_the_estimate():
    text = "Doanh thu từ khu vực doanh nghiệp nhà nước là 812 tỷ đồng, bằng 104% dự toán, tăng 9%."
    r = route_in_text(text, "812")
    assert r.table == "budgets" and r.fields["budget_item"] == "revenue_other"
    assert r.fields["measure"] == "actual"


def test_turnover_of_firms_stays_out_of_the_budget():
    r = route_in_text("Doanh thu từ doanh nghiệp du lịch đạt 812 tỷ đồng, tăng 9% so với cùng kỳ.", "812")
    assert r is None or r.table != "budgets"


def test_amount_read_against_the_estimate_takes_the_item_of_the_sentence_before():
    text = (
        "Thu ngân sách trên địa bàn huyện tăng khá so với cùng kỳ. "
        "Lũy kế 9 tháng ước đạt 214 tỷ đồng, bằng 71% so với dự toán HĐND huyện giao."
    )
    r = route_in_text(text, "214")
    assert r.table == "budgets" and r.fields["budget_item"] == "revenue_total"
    assert r.fields["measure"] == "actual"


def test_amount_without_an_estimate_does_not_borrow_the_item_before():
    text = "Thu ngân sách trên địa bàn huyện tăng khá. Lũy kế 9 tháng doanh số cho vay đạt 214 tỷ đồng, tăng 5%."
    r = route_in_text(text, "214")
    assert r is None or r.table != "budgets"


def test_capital_left_undisbursed_is_what_remains_of_the_plan():
    text = "Đến hết năm, số vốn đầu tư công chưa giải ngân được là 412 tỷ đồng, chủ yếu là vốn Trung ương."
    r = route_in_text(text, "412")
    assert r.fields["budget_item"] == "public_investment" and r.fields["measure"] == "plan"


def test_newly_allocated_capital_is_a_plan():
    text = "Giải ngân đạt 80% kế hoạch; trong đó vốn mới giao cho huyện trong tháng 9 là 58 tỷ đồng."
    assert route_in_text(text, "58").fields["measure"] == "plan"


def test_a_districts_revenue_said_by_the_verb_is_its_total_revenue():
    text = "Có 3/8 đơn vị huyện thu đạt dự toán, gồm: huyện Nam Hòa ước thu đạt 52 tỷ đồng (đạt 101% dự toán)."
    amount, rate = route_in_text(text, "52"), route_in_text(text, "101")
    assert amount.fields["budget_item"] == rate.fields["budget_item"] == "revenue_total"
    assert rate.fields["measure"] == "plan_pct"


def test_a_share_of_households_after_a_budget_clause_is_no_budget_figure() -> None:
    from orchestration.extraction import extract_document

    text = "Năm 2024, thu ngân sách tăng 6% so với năm trước; tỷ lệ hộ nghèo đạt 4,1%, vượt kế hoạch.\n"
    tables = extract_document(text.encode(), "gia_lai.txt").tables
    assert 4.1 not in list(tables["budgets"]["value"])
    assert 4.1 in list(tables["indicators"]["value"])


def test_the_growth_of_tourism_takings_is_no_budget_figure() -> None:
    from orchestration.extraction import extract_document

    text = "Tổng thu từ khách du lịch đạt 900 tỷ đồng, tăng 12% so với cùng kỳ, đạt 60% kế hoạch năm.\n"
    tables = extract_document(text.encode(), "hoa_binh.txt").tables
    assert list(tables["budgets"]["value"]) == []
    assert {12.0, 60.0} <= set(tables["indicators"]["value"])


def test_revenue_from_land_use_and_the_target_set_for_it():
    text = (
        "Năm nay thu ngân sách của huyện giảm mạnh: nguồn thu từ sử dụng đất mới đạt 320 tỷ đồng, "
        "trong khi chỉ tiêu huyện đặt ra là 900 tỷ đồng."
    )
    done = route_in_text(text, "320")
    assert done.table == "budgets" and done.fields["budget_item"] == "revenue_land_use"
    assert done.fields["measure"] == "actual"
    aimed = route_in_text(text, "900")
    assert aimed.table == "budgets" and aimed.fields["budget_item"] == "revenue_land_use"
    assert aimed.fields["measure"] == "plan"


def test_a_part_whose_source_is_named_after_it_and_a_multiple_of_the_estimate_is_no_plan_word():
    text = (
        "Năm 2023, huyện thu ngân sách 900 tỷ đồng, vượt 1,8 lần so với dự toán. "
        "Trong đó, gần 500 tỷ đồng là từ tiền sử dụng đất."
    )
    part = route_in_text(text, "500")
    assert part.table == "budgets" and part.fields["budget_item"] == "revenue_land_use"
    assert part.fields["measure"] == "actual"


def test_an_amount_in_brackets_after_a_plan_is_the_plans_amount():
    text = (
        "Đến cuối tháng 7, huyện đã giải ngân vốn đầu tư công được 410 tỷ đồng, đạt 40% kế hoạch vốn "
        "(khoảng 1.025 tỷ đồng)."
    )
    plan = route_in_text(text, "1.025")
    assert plan.table == "budgets" and plan.fields["budget_item"] == "public_investment"
    assert plan.fields["measure"] == "plan"
    assert route_in_text(text, "410").fields["measure"] == "actual"


def test_a_part_of_the_plan_in_brackets_takes_the_item_of_the_passage_before():
    preceding = "Toàn tỉnh đã giải ngân vốn đầu tư công được 900 tỷ đồng, đạt 30% kế hoạch."
    text = "Các huyện quản lý chiếm 40% kế hoạch (hơn 1.200 tỷ đồng), mới giải ngân được 300 tỷ đồng."
    part = route_in_text(text, "1.200", preceding=preceding)
    assert part.table == "budgets" and part.fields["budget_item"] == "public_investment"
    assert part.fields["measure"] == "plan"


def test_money_allocated_takes_the_item_of_the_passage_before():
    preceding = "Tỉnh mới giải ngân được 35% vốn đầu tư công năm nay."
    text = "Ngoài ra, nguồn vốn Chương trình phục hồi kinh tế của tỉnh được giao 250 tỷ đồng cho 4 dự án."
    allocated = route_in_text(text, "250", preceding=preceding)
    assert allocated.table == "budgets" and allocated.fields["budget_item"] == "public_investment"
    assert allocated.fields["measure"] == "plan"


def test_capital_left_out_of_a_disbursement_rate_is_allocated_not_spent() -> None:
    text = ("Hết tháng 10, tỉnh đã giải ngân gần 7.500 tỷ đồng vốn đầu tư công, nếu loại trừ khoảng 2.100 tỷ đồng "
            "vốn kéo dài, tỷ lệ giải ngân đạt 61%.")
    assert route_in_text(text, "7.500").fields["measure"] == "actual"
    assert route_in_text(text, "2.100").fields["measure"] == "plan"


def test_a_named_source_of_capital_is_no_plan_word() -> None:
    text = ("Vốn đầu tư thuộc nguồn vốn nhà nước giải ngân 9 tháng được 820 tỷ đồng, đạt 61% kế hoạch năm. "
            "Trong đó, nguồn vốn xổ số kiến thiết 150 tỷ đồng, đạt 70% KH năm.")
    assert route_in_text(text, "820").fields["measure"] == "actual"
    part = route_in_text(text, "150")
    assert part.table == "budgets" and part.fields["measure"] == "actual"


def test_a_qualified_rate_right_after_the_amount_is_its_share_of_plan_despite_growth_before() -> None:
    text = ("Tốc độ tăng trưởng kinh tế của tỉnh đạt 3,1%. Quý I, thu ngân sách được 2.410 tỷ đồng, "
            "đạt trên 27,5% thu ngân sách do trung ương giao.")
    rate = route_in_text(text, "27,5")
    assert rate.table == "budgets" and rate.fields["measure"] == "plan_pct"
    assert rate.fields["plan_basis"] == "central"


def test_public_capital_paid_out_in_its_own_clause_after_social_investment_is_budget() -> None:
    own_clause = ("Vốn đầu tư toàn xã hội ước 8.200 tỷ đồng, đã giao hết vốn đầu tư công năm nay, "
                  "giải ngân đạt 41,2%.")
    a_part = "Vốn đầu tư toàn xã hội đạt 9.000 tỷ đồng, trong đó vốn đầu tư công giải ngân 2.000 tỷ đồng."
    paid, part = route_in_text(own_clause, "41,2"), route_in_text(a_part, "2.000")
    expected = ("budgets", "public_investment", "plan_pct")
    assert (paid.table, paid.fields["budget_item"], paid.fields["measure"]) == expected
    assert part is None or part.table != "budgets"  # a part of the area's investment


def test_a_disbursement_rate_is_a_share_of_plan_even_after_a_growth_rate() -> None:
    text = "Tăng trưởng kinh tế quý II đạt 5,8%. Vốn đầu tư công của tỉnh đến nay giải ngân đạt 47,1%."
    rate = route_in_text(text, "47,1")
    assert rate.table == "budgets" and rate.fields["measure"] == "plan_pct"


def test_the_planning_department_is_no_plan_word() -> None:
    text = ("Theo Sở KH&ĐT, năm 2021 vốn đầu tư công của tỉnh giải ngân bằng 92% kế hoạch, "
            "tương đương 2.870 tỷ đồng.")
    assert route_in_text(text, "2.870").fields["measure"] == "actual"


def test_a_line_ending_with_a_colon_gives_its_item_to_the_paragraph_after_it() -> None:
    lead = "Kết quả giải ngân vốn đầu tư công 6 tháng đầu năm như sau:\n"
    plan = route_in_text("Kế hoạch giao là 2.150 tỷ đồng, đã giải ngân 930 tỷ đồng.", "2.150", preceding=lead)
    assert (plan.table, plan.fields["budget_item"]) == ("budgets", "public_investment")


def test_an_estimate_adjusted_by_the_council_is_a_plan_and_its_parts_too() -> None:
    text = ("Về chi ngân sách, tổng chi sau điều chỉnh khoảng 148 tỷ đồng, gồm: chi đầu tư phát triển 12,4 tỷ "
            "đồng, chi thường xuyên 133 tỷ đồng.")
    for token in ("148", "12,4", "133"):
        assert route_in_text(text, token).fields["measure"] == "plan", token
    # "tổng chi" only names the item: what was spent so far stays an amount spent
    spent = "Đến hết tháng 6, tổng chi ngân sách địa phương 2.300 tỷ đồng, bằng 45% dự toán."
    assert route_in_text(spent, "2.300").fields["measure"] == "actual"


def test_a_rate_of_people_after_a_budget_clause_is_no_budget_nor_its_share_of_target() -> None:
    text = ("Thu ngân sách trên địa bàn đạt 12 tỷ đồng, đạt 150% chỉ tiêu; tỷ lệ lao động qua đào tạo đạt 71,5%, "
            "đạt 101,2% chỉ tiêu; tỷ lệ gia đình văn hóa đạt 93%.")
    assert route_in_text(text, "150").table == "budgets"
    for token in ("71,5", "101,2", "93"):
        assert route_in_text(text, token) is None, token


def test_a_semicolon_part_on_the_value_of_an_output_is_no_budget():
    # the sentence opens on the budget; the part after the semicolon names its own subject
    text = "Thu ngân sách đạt 3 tỷ đồng, bằng 30% KH; giá trị sản xuất thủ công, dịch vụ đạt 870 tỷ đồng."
    assert route_in_text(text, "3").table == "budgets"
    output = route_in_text(text, "870")
    assert output is None or output.table != "budgets"
    # the value of the money paid out is still the budget's
    paid = "Vốn đầu tư công giao 500 tỷ đồng; giá trị giải ngân đạt 210 tỷ đồng."
    assert route_in_text(paid, "210").table == "budgets"


# --- public investment: work done, a plan restated, a gap to last year's rate -------------------

PLAN_NOW = "Kế hoạch vốn đầu tư công năm 2019 giao đầu năm 900 tỷ đồng, đến nay là 1.150 tỷ đồng."
WORK_DONE = "Đến ngày 30/9/2019, khối lượng thực hiện là 640/1.150 tỷ đồng, đạt 55,7%, cao hơn 4,2% so với cùng kỳ."


def test_work_done_beside_a_capital_plan_is_public_investment():
    done = route_in_text(WORK_DONE, "640", preceding=PLAN_NOW)
    assert done.table == "budgets"
    assert (done.fields["budget_item"], done.fields["measure"]) == ("public_investment", "actual")


def test_the_gap_to_last_years_rate_is_the_budgets_same_period_change():
    gap = route_in_text(WORK_DONE, "4,2", preceding=PLAN_NOW)
    assert (gap.table, gap.fields["measure"]) == ("budgets", "yoy_pct")


def test_a_plan_restated_as_it_stands_now_stays_a_plan():
    # (the disbursement said first is not what the restated amount measures)
    restated = "Vốn đầu tư công giải ngân chậm: kế hoạch năm 2019 giao đầu năm 900 tỷ đồng, đến nay là 1.150 tỷ đồng."
    now = route_in_text(restated, "1.150")
    assert (now.table, now.fields["measure"]) == ("budgets", "plan")


def test_spending_within_the_balanced_budget_said_with_trong():
    r = route_in_text("Chi trong cân đối ngân sách huyện năm nay là 812 tỷ đồng.", "812")
    assert (r.table, r.fields["budget_item"]) == ("budgets", "expenditure_total")


def test_spending_items_named_with_chi_take_the_measure_of_their_heading():
    heading = "Điều 2. Phân bổ dự toán chi ngân sách huyện năm 2020"
    for line, token in (("1. Chi trong cân đối ngân sách huyện: 512 tỷ đồng.", "512"),
                        ("2. Chi bổ sung cho ngân sách các xã: 95 tỷ đồng.", "95")):
        assert route_in_text(line, token, heading=heading).fields["measure"] == "plan"


# a semicolon part with a subject of its own (poverty rate, income, schools) after a budget part
OWN_PART = (
    "Thu ngân sách trên địa bàn ước đạt 1.250 tỷ đồng, bằng 130% dự toán tỉnh giao; tỷ lệ hộ nghèo "
    "giảm còn 2,4%, vượt 15% kế hoạch; 12/14 trường đạt chuẩn quốc gia, đạt tỷ lệ 85,7%; thu nhập "
    "bình quân đầu người đạt 52 triệu đồng, vượt 4% so với kế hoạch; thu nội địa đạt 900 tỷ đồng."
)


def test_semicolon_part_with_its_own_subject_is_not_budget():
    assert route_in_text(OWN_PART, "130").table == "budgets"
    # (a rate's excess over its plan, "giảm còn 2,4%, vượt 15% kế hoạch", is points: the rate's named gap, no budget)
    for number in ("85,7", "4", "15"):
        routed = route_in_text(OWN_PART, number)
        assert routed is None or routed.table != "budgets"
    assert route_in_text(OWN_PART, "900").fields["budget_item"] == "revenue_domestic"  # names its item


def test_a_rate_after_a_share_is_of_the_clause_subject_not_of_the_whole() -> None:
    # the whole named by "chiếm ...% tổng thu" is the denominator; the growth after it is the part's
    text = (
        "Sáu tháng, tổng thu ngân sách đạt 9.100 tỷ đồng. Trong đó, thu tiền sử dụng đất đạt 2.300 tỷ đồng, "
        "chiếm 25,3% tổng thu ngân sách và tăng 14,2% so với cùng kỳ."
    )
    routed = route_in_text(text, "14,2")
    assert (routed.table, routed.fields["budget_item"], routed.fields["measure"]) == (
        "budgets", "revenue_land_use", "yoy_pct"
    )


def test_collection_said_done_is_actual_after_the_estimate():
    # "đã thu" names money collected, even when the sentence first gave the year's estimate
    text = "Dự toán thu ngân sách năm nay giao 420 tỷ đồng; đến hết quý III huyện đã thu hơn 310 tỷ đồng."
    assert route_in_text(text, "310").fields["measure"] == "actual"
    assert route_in_text(text, "420").fields["measure"] == "plan"


def test_absolute_change_in_money_is_no_budget_level():
    # "tăng 45 tỷ đồng so với cùng kỳ" is how much more was collected, not the amount collected
    from orchestration.extraction import extract_document

    text = ("Thu ngân sách quý I\n\nThu ngân sách trên địa bàn quý I đạt 260 tỷ đồng, tăng 21% so với "
            "cùng kỳ (số tuyệt đối tăng 45 tỷ đồng).\n")
    tables = extract_document(text.encode(), "thu.txt").tables
    assert 45e9 not in [row["value"] for row in tables["budgets"].to_dicts()]
    changes = [row for row in tables["indicators"].to_dicts() if row["value"] == 45e9]
    assert [row["metric"] for row in changes] == ["yoy_abs"]


def test_land_clearance_progress_after_revenue_is_no_budget():
    # the share of land cleared is an indicator, even right after a revenue clause; the capital
    # for clearance stays budget money
    text = ("Thu ngân sách ước đạt 310 tỷ đồng; giải phóng mặt bằng đạt 88,6% kế hoạch; "
            "vốn giải phóng mặt bằng đạt 25 tỷ đồng.")
    assert route_in_text(text, "88,6") is None
    assert route_in_text(text, "25").table == "budgets"


def test_taxes_fees_charges_and_other_collections_are_domestic_revenue() -> None:
    text = "Sáu tháng, thu từ thuế, phí, lệ phí và thu khác được 410 tỷ đồng, đạt 52% dự toán, tăng 9%."
    assert route_in_text(text, "410").fields["budget_item"] == "revenue_domestic"
    assert route_in_text(text, "52").fields["budget_item"] == "revenue_domestic"
    # a fee named alone stays other revenue
    assert route_in_text("Thu lệ phí trước bạ được 35 tỷ đồng.", "35").fields["budget_item"] == "revenue_other"


def test_fees_named_as_a_line_without_the_revenue_verb_are_other_revenue() -> None:
    # "Phí, lệ phí" / "Phí và lệ phí" opening their line: the fees collected, not an indicator nor the table's total
    assert _budget_item_of("Phí và lệ phí ước đạt 72 tỷ đồng.", "72") == "revenue_other"
    rows = _budget_rows("THU NGÂN SÁCH NĂM 2026\nĐơn vị: tỷ đồng\nTT | Nội dung | Dự toán\n1 | Phí, lệ phí | 64\n")
    assert [(r["budget_item"], r["value"]) for r in rows] == [("revenue_other", 64e9)]
    # near miss: the fees closing a list of taxes stay the domestic revenue they are part of
    assert _budget_item_of("Thu thuế, phí và lệ phí đạt 905 tỷ đồng.", "905") == "revenue_domestic"


def test_taxes_and_fees_joined_by_and_are_domestic_revenue() -> None:
    # "thuế và phí" is the same pair as "thuế, phí": domestic revenue, a plan as much as a result
    text = "Để về đích, xã phải thu thuế và phí thêm 4,5 tỷ đồng theo kế hoạch năm."
    assert route_in_text(text, "4,5").fields["budget_item"] == "revenue_domestic"
    text = "Cả năm thu thuế và phí đạt 61 tỷ đồng, bằng 104% dự toán."
    assert route_in_text(text, "61").fields["budget_item"] == "revenue_domestic"


def test_lines_of_a_list_carry_the_measure_of_the_line_that_opens_it() -> None:
    # the line ending in ":" says the list is an estimate; its lines name only items and amounts
    lead = ("Kỳ họp quyết định phân bổ dự toán chi ngân sách huyện năm 2026 như sau:\n"
            "Chi đầu tư phát triển: 120.500 triệu đồng.\n")
    line = "Chi thường xuyên: 410.000 triệu đồng, trong đó cấp huyện: 250.000 triệu đồng."
    assert route_in_text(line, "410.000", preceding=lead).fields["measure"] == "plan"
    assert route_in_text(line, "250.000", preceding=lead).fields["measure"] == "plan"
    # a line of prose between them ends the list: its result stays a result
    prose = lead + "Đến nay các xã đều đã triển khai thực hiện.\n"
    assert route_in_text(line, "410.000", preceding=prose).fields["measure"] == "actual"


def test_revenue_and_spending_items_of_an_estimate() -> None:
    text = "Thu viện trợ: 12.000 triệu đồng; thu từ nguồn huy động đóng góp: 8.000 triệu đồng."
    assert route_in_text(text, "12.000").fields["budget_item"] == "revenue_other"
    assert route_in_text(text, "8.000").fields["budget_item"] == "revenue_other"
    text = ("Thu bổ sung từ ngân sách Trung ương 2.105 tỷ đồng; các khoản thu để lại chi quản lý qua ngân sách "
            "90 tỷ đồng.")
    assert route_in_text(text, "2.105").fields["budget_item"] == "revenue_other"
    assert route_in_text(text, "90").fields["budget_item"] == "revenue_other"
    # items named with "chi" are no spending verb: the measure comes from the plan words
    text = "Dự toán năm 2026: chi viện trợ (ghi thu ghi chi) 4.500 triệu đồng, chi bổ sung quỹ dự trữ 1.200 triệu đồng."
    for token in ("4.500", "1.200"):
        routed = route_in_text(text, token)
        assert routed.fields["budget_item"] == "other" and routed.fields["measure"] == "plan"


def test_money_set_aside_from_a_revenue_surplus_is_planned() -> None:
    text = ("Nguồn tăng thu ngân sách năm trước của thị xã là 18 tỷ đồng; dành 50% (9 tỷ đồng) để cải cách "
            "tiền lương.")
    surplus = route_in_text(text, "18")
    assert surplus.fields["budget_item"] == "other"
    set_aside = route_in_text(text, "9")
    assert set_aside.fields["budget_item"] == "other" and set_aside.fields["measure"] == "plan"
    # the parts of the surplus in the next sentence are of its item
    text = "Số tăng thu năm 2024 của huyện gần 12 tỷ đồng. Trong đó, dành 6 tỷ đồng cho cải cách tiền lương."
    part = route_in_text(text, "6")
    assert part.fields["budget_item"] == "other" and part.fields["measure"] == "plan"
    # a rise in revenue on last year is no surplus
    rise = route_in_text("Thu ngân sách 6 tháng đạt 240 tỷ đồng, tăng thu so với cùng kỳ 20 tỷ đồng.", "240")
    assert rise.fields["budget_item"] == "revenue_total"


def test_tax_money_named_after_the_amount_is_revenue() -> None:
    text = "Hết quý III, cả tỉnh đã thu được 1.250 tỷ đồng tiền thuế các loại, đạt 68% dự toán HĐND tỉnh giao."
    amount = route_in_text(text, "1.250")
    assert amount.table == "budgets" and amount.fields["budget_item"] == "revenue_domestic"
    assert amount.fields["measure"] == "actual"
    rate = route_in_text(text, "68")
    assert rate.fields["measure"] == "plan_pct" and rate.fields["plan_basis"] == "provincial"


def test_amount_read_against_a_plan_right_after_it_is_actual():
    text = (
        "Vốn đầu tư công năm nay bố trí 120 tỷ đồng cho 30 công trình. "
        "Tổng thu ngân sách hơn 640 tỷ đồng vượt 12% dự toán, riêng thu thuế 55 tỷ đồng vượt 20% so với tỉnh giao."
    )
    for amount in ("640", "55"):
        r = route_in_text(text, amount)
        assert r.table == "budgets" and r.fields["measure"] == "actual"


def test_taxes_and_fees_listed_together_and_house_and_land_collections() -> None:
    # taxes, fees and charges named as one list are domestic revenue, not the bare fee that closes it;
    # the collections on houses and land are read with the land-use fees
    text = ("Ước cả năm, thu ngân sách trên địa bàn xã đạt 12.400 triệu đồng; trong đó thu thuế, phí, lệ phí "
            "đạt 7.150 triệu đồng, thu nhà đất đạt 3.020 triệu đồng và các khoản thu về nhà, đất khác 90 triệu đồng.")
    assert route_in_text(text, "7.150").fields["budget_item"] == "revenue_domestic"
    assert route_in_text(text, "3.020").fields["budget_item"] == "revenue_land_use"
    assert route_in_text(text, "90").fields["budget_item"] == "revenue_land_use"
    # a fee named on its own stays another revenue
    assert route_in_text("Thu lệ phí trước bạ đạt 45 tỷ đồng.", "45").fields["budget_item"] == "revenue_other"


def test_a_growth_rate_of_revenue_aimed_at_is_planned():
    text = ("Nhiệm kỳ 2026-2030, Đảng bộ xã đề ra 14 chỉ tiêu chủ yếu: tốc độ tăng tổng thu ngân sách nhà nước "
            "trên địa bàn bình quân hằng năm đạt 8%; tỷ lệ hộ nghèo giảm còn 1%.")
    r = route_in_text(text, "8")
    assert r.table == "budgets"
    assert r.fields["budget_item"] == "revenue_total" and r.fields["measure"] == "plan"


def test_an_estimate_for_the_whole_year_ends_the_reach_of_an_earlier_as_of() -> None:
    text = (
        "Thu ngân sách nhà nước tính đến ngày 30/9/2024 đạt 410 tỷ đồng. "
        "Dự ước thu ngân sách nhà nước năm 2024 đạt khoảng 560 tỷ đồng."
    )
    assert route_in_text(text, "410").fields["as_of"] == dt.date(2024, 9, 30)
    assert route_in_text(text, "560").fields["as_of"] is None
    plain = "Thu ngân sách tính đến ngày 30/9/2024 đạt 410 tỷ đồng. Thu nội địa đạt 300 tỷ đồng."
    assert route_in_text(plain, "300").fields["as_of"] == dt.date(2024, 9, 30)


def test_a_lower_council_named_by_its_unit_word_sets_the_plan() -> None:
    # "so với HĐND huyện giao": the plan's noun left out, the council of the district named by its word
    text = "Thu ngân sách trên địa bàn huyện được 12,5 tỷ đồng, bằng 81,2% so với HĐND huyện giao."
    assert route_in_text(text, "81,2").fields["plan_basis"] == "provincial"


def test_the_year_compared_with_is_not_the_plans_year() -> None:
    # "tăng 9% so với năm 2024; thu ngân sách ... đạt": the plan is for the year the sentence opens with
    text = ("Năm 2025, thị trấn phấn đấu giá trị sản xuất tăng 9% so với năm 2024; thu ngân sách "
            "trên địa bàn đạt 31,5 tỷ đồng.")
    plan = route_in_text(text, "31,5")
    assert plan.fields["measure"] == "plan" and plan.fields["period_start"] == dt.date(2025, 1, 1)


def test_a_resolution_amount_in_brackets_is_the_years_plan_of_the_council() -> None:
    text = ("Chín tháng, thu ngân sách nhà nước đạt 640 tỷ đồng, bằng 71,2% so với nghị quyết đề ra "
            "(900 tỷ đồng) và tăng 4% so với cùng kỳ.")
    rate, plan = route_in_text(text, "71,2", year=2023), route_in_text(text, "900", year=2023)
    assert rate.fields["measure"] == "plan_pct" and rate.fields["plan_basis"] == "provincial"
    assert plan.fields["budget_item"] == "revenue_total" and plan.fields["measure"] == "plan"
    assert plan.fields["plan_basis"] == "provincial"
    assert (plan.fields["period_start"], plan.fields["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def test_a_sector_or_a_fund_named_as_a_source_of_revenue_is_other_revenue() -> None:
    text = ("Trong đó: thu từ khối doanh nghiệp có vốn đầu tư nước ngoài chiếm 40% tổng thu nội địa, tăng 12%; "
            "thu từ quỹ đất công ích tăng 30%; thu hoa lợi công sản tăng 7%.")
    for token in ("12", "30", "7"):
        assert route_in_text(text, token).fields["budget_item"] == "revenue_other"
    assert route_in_text("Thu từ quỹ đầu tư công ích tăng 15%.", "15").fields["budget_item"] == "revenue_other"


def test_a_growth_the_plan_set_after_the_actual_growth_is_planned() -> None:
    text = "Thu ngân sách trên địa bàn ước đạt 120 tỷ đồng, tăng 9,5%/KH tăng 6-7%."
    for token in ("6", "7"):
        r = route_in_text(text, token)
        assert r.table == "budgets" and r.fields["measure"] == "plan"
        assert r.fields["budget_item"] == "revenue_total"
    # near miss: the growth done before the plan's is the change on last year
    assert route_in_text(text, "9,5").fields["measure"] == "yoy_pct"


def test_poor_households_counted_after_a_budget_clause_are_no_budget() -> None:
    text = ("Thu ngân sách nhà nước đạt 80 tỷ đồng, bằng 120% kế hoạch; "
            "cuối năm còn 1.250 hộ nghèo, giảm 9,4% so với năm trước.")
    r = route_in_text(text, "9,4")
    assert r is None or r.table != "budgets"


def test_spending_said_with_cho_and_social_security_spending() -> None:
    text = ("Chi ngân sách địa phương 9 tháng ước 2.400 tỷ đồng; trong đó chi cho đầu tư phát triển "
            "640 tỷ đồng, chi thường xuyên 1.500 tỷ đồng, chi đảm bảo xã hội 95 tỷ đồng.")
    assert route_in_text(text, "640").fields["budget_item"] == "expenditure_investment"
    assert route_in_text(text, "1.500").fields["budget_item"] == "expenditure_recurrent"
    assert route_in_text(text, "95").fields["budget_item"] == "other"


def test_a_cause_said_before_nen_is_not_the_budget_figures_subject() -> None:
    # "do <cause> nên <subject> đạt X": the output value named in the cause leaves the revenue its own
    text = ("Năm nay, vì giá trị sản xuất của ngành khai khoáng sụt mạnh nên thu ngân sách trên địa bàn "
            "chỉ đạt 2.050 tỷ đồng, giảm 12% so với năm trước.")
    for token in ("2.050", "12"):
        r = route_in_text(text, token)
        assert r is not None and r.table == "budgets" and r.fields["budget_item"] == "revenue_total"
    # without a cause word, "nên" is no cut: the output value stays an indicator
    r = route_in_text("Giá trị sản xuất nông nghiệp nên đạt 900 tỷ đồng.", "900")
    assert r is None or r.table != "budgets"


def test_collection_progress_of_districts_is_a_share_of_their_estimate():
    # "tiến độ thu" / "tỷ lệ thu" names revenue; every bare rate of the list is a share of the estimate
    text = ("Đến cuối tháng 9, các huyện đều thu vượt 60% dự toán; trong đó, huyện A có tiến độ thu "
            "nhanh nhất với 92% dự toán, tiếp theo là huyện B 81%, huyện C (76%).")
    for token in ("92", "81", "76"):
        r = route_in_text(text, token)
        assert r.table == "budgets", token
        assert r.fields["budget_item"] == "revenue_total" and r.fields["measure"] == "plan_pct", token
    # a rate of collecting waste is no revenue
    waste = "Tỷ lệ thu gom rác thải ở đô thị đạt 95%, vượt dự toán kinh phí được giao."
    r = route_in_text(waste, "95")
    assert r is None or r.table != "budgets"


def test_parts_of_a_council_resolution_and_nested_lists_are_plans():
    text = ("Điều 1. Điều chỉnh dự toán ngân sách phường năm 2024 như sau:\n"
            "I. Phần thu: 2.400.000.000 đồng\n"
            "1. Tăng thu: 2.600.000.000 đồng, gồm:\n"
            "- Thu kết dư ngân sách: 100.000.000 đồng\n"
            "- Thu phí, lệ phí: 2.500.000.000 đồng\n"
            "2. Giảm thu: 200.000.000 đồng\n"
            "II. Phần chi: 2.400.000.000 đồng\n"
            "- Chi thường xuyên: 400.000.000 đồng\n")
    rows = {tok: route_in_text(text, tok) for tok in ("2.400.000.000", "100.000.000", "400.000.000")}
    assert rows["2.400.000.000"].fields["budget_item"] == "revenue_total"
    assert rows["100.000.000"].fields["budget_item"] == "revenue_other"
    for r in rows.values():
        assert r.fields["measure"] == "plan"
    spent = route_in_text(text, "2.400.000.000", 2)
    assert spent.fields["budget_item"] == "expenditure_total" and spent.fields["measure"] == "plan"


def test_a_headline_that_opens_with_giao_sets_a_plan():
    assert route_in_text("Giao thị xã Y thu ngân sách gần 520 tỷ đồng", "520").fields["measure"] == "plan"
    # "Giao thông" is no verb of allocation
    r = route_in_text("Giao thông vận tải: thu ngân sách đạt 520 tỷ đồng", "520")
    assert r.fields["measure"] == "actual"


def test_amount_in_an_open_bracket_takes_the_brackets_measure():
    text = "Thu ngân sách có thể vượt dự toán cả năm (thu nội địa đã đạt 72%, khoảng 3.150 tỷ đồng)."
    r = route_in_text(text, "3.150")
    assert r.fields["budget_item"] == "revenue_domestic" and r.fields["measure"] == "actual"


def test_fees_for_the_right_to_use_land_are_land_use_revenue():
    text = ("Trong năm, xã thu tiền cấp quyền sử dụng đất 2,4 tỷ đồng; "
            "thu tiền cấp quyền khai thác khoáng sản 0,6 tỷ đồng.")
    assert route_in_text(text, "2,4").fields["budget_item"] == "revenue_land_use"
    assert route_in_text(text, "0,6").fields["budget_item"] == "revenue_other"


def test_r36_a_revenue_rise_aimed_at_is_planned_and_the_next_targets_are_no_budget():
    text = ("Đảng bộ phường đề ra các chỉ tiêu cụ thể: thu ngân sách tăng bình quân 6-9% mỗi năm; "
            "giảm hộ nghèo đạt 100% kế hoạch; tuyển quân hằng năm đạt 100% chỉ tiêu.")
    for tok in ("6", "9"):
        r = route_in_text(text, tok)
        assert r.fields["budget_item"] == "revenue_total" and r.fields["measure"] == "plan"
    assert route_in_text(text, "100") is None and route_in_text(text, "100", 2) is None
    aimed = route_in_text("Phấn đấu năm tới xã thu ngân sách tăng 12%.", "12")
    assert aimed.fields["measure"] == "plan"
    # near miss: a rise done is the change on last year
    assert route_in_text("Năm 2026 xã thu ngân sách tăng 12%.", "12").fields["measure"] == "yoy_pct"


def test_revenue_after_a_percentage_and_a_small_letter_sentence_is_budget_revenue() -> None:
    # "tăng trưởng 7,5%. thu ngân sách ...": the hasty full stop still ends the growth sentence
    text = "Kinh tế của xã tăng trưởng 7,5%, thu nhập đạt 93,1%. thu ngân sách trên địa bàn đạt 86,7%."
    routed = route_in_text(text, "86,7")
    assert routed is not None and routed.fields["budget_item"] == "revenue_total"
    assert routed.fields["measure"] == "plan_pct"


def test_the_peoples_committee_of_the_town_above_a_ward_sets_the_plan() -> None:
    text = "Tổng thu ngân sách của phường đạt 3,2 tỷ đồng, bằng 64,5% dự toán UBND thành phố giao."
    assert route_in_text(text, "64,5").fields["plan_basis"] == "provincial"
    text = "Thu ngân sách địa phương được 9,4 tỷ đồng, đạt 71% dự toán UBND Thị xã giao."
    assert route_in_text(text, "71").fields["plan_basis"] == "provincial"


def test_investment_capital_from_the_state_budget_source_is_public_investment() -> None:
    # "vốn đầu tư từ nguồn ngân sách nhà nước": the capital the state budget pays for, said with its source
    text = ("Ước tháng 6, vốn đầu tư từ nguồn ngân sách nhà nước do huyện quản lý thực hiện được 42,7 tỷ đồng, "
            "bằng 9,5% kế hoạch năm.")
    r = route_in_text(text, "42,7")
    assert r.table == "budgets" and r.fields["budget_item"] == "public_investment"
    assert r.fields["measure"] == "actual"
    p = route_in_text(text, "9,5")
    assert p.table == "budgets" and p.fields["measure"] == "plan_pct"


def test_revenue_named_by_the_tax_authority_that_collects_it():
    text = "Đến giữa tháng 5, số thu do ngành thuế quản lý trên địa bàn đạt gần 4,1 ngàn tỷ đồng, bằng 31% dự toán."
    level, pct = route_in_text(text, "4,1"), route_in_text(text, "31")
    assert level.table == pct.table == "budgets"
    # (what the tax authority manages is the domestic revenue, thu nội địa)
    assert level.fields["budget_item"] == "revenue_domestic" and level.fields["measure"] == "actual"
    assert pct.fields["measure"] == "plan_pct"


def test_growth_without_the_one_off_collections_is_budget_revenue():
    text = ("Thu ngân sách quý II đạt 2.400 tỷ đồng, tăng 18% so với cùng kỳ. "
            "Nếu trừ các khoản thu không thường xuyên thì chỉ tăng 5,5% so cùng kỳ.")
    r = route_in_text(text, "5,5")
    assert r.table == "budgets" and r.fields["measure"] == "yoy_pct"
    assert r.fields["budget_item"] == "revenue_total"


def test_revenue_arising_from_the_local_economy_is_domestic_revenue():
    # the revenue a district's economy generates (no land fees, no transfers) is a budget figure
    text = "Năm 2025, thu phát sinh kinh tế trên địa bàn thị xã đạt 310,2 tỷ đồng, vượt 12,4% so với tỉnh giao."
    money = route_in_text(text, "310,2")
    assert money.table == "budgets" and money.fields["budget_item"] == "revenue_domestic"
    assert money.fields["measure"] == "actual"
    share = route_in_text(text, "12,4")
    assert share.table == "budgets" and share.fields["budget_item"] == "revenue_domestic"
    assert share.fields["measure"] == "plan_pct"
    other = "Thu ngân sách phát sinh trên địa bàn xã ước 14 tỷ đồng."
    assert route_in_text(other, "14").fields["budget_item"] == "revenue_domestic"


def test_plan_the_locality_set_beside_the_central_one():
    # "địa phương giao": the plan the locality set itself is a plan, not money paid out
    text = ("Năm 2026, kế hoạch vốn đầu tư công của huyện được Trung ương giao là 2.140 tỷ đồng; "
            "địa phương giao là 2.515 tỷ đồng (bao gồm 318 tỷ đồng kế hoạch vốn các chương trình mục tiêu quốc gia).")
    local = route_in_text(text, "2.515")
    assert local.fields["measure"] == "plan" and local.fields["plan_basis"] == "provincial"
    # a bracket of parts after the amount does not make the whole the programme's
    assert local.fields["budget_item"] == "public_investment"
    part = route_in_text(text, "318")
    assert part.fields["budget_item"] == "target_programme" and part.fields["measure"] == "plan"


def test_capital_of_the_district_or_province_is_local_funding():
    # "vốn huyện", "vốn tỉnh", "nguồn vốn tỉnh và huyện": the local budget's money
    text = ("Giá trị giải ngân đạt 51 tỷ đồng, trong đó vốn huyện giải ngân 12,5 tỷ đồng, "
            "vốn tỉnh giải ngân 38,5 tỷ đồng.")
    assert route_in_text(text, "12,5").fields["funding_source"] == "local"
    assert route_in_text(text, "38,5").fields["funding_source"] == "local"
    both = "Năm nay, giải ngân vốn đầu tư công từ nguồn vốn tỉnh và xã đều đạt 98%."
    assert route_in_text(both, "98").fields["funding_source"] == "local"
    # a plan the province gave says who set it, not where the money comes from
    given = "Kế hoạch vốn tỉnh giao cho huyện là 75 tỷ đồng."
    assert route_in_text(given, "75").fields["funding_source"] is None


def test_r41_revenue_in_the_sentence_after_an_aim_is_a_plan() -> None:
    # r41imp: "phấn đấu" opens a list of aims; the next sentence of the same paragraph goes on with them
    text = ("Bước sang năm tới, phường tập trung chỉ đạo các nhiệm vụ trọng tâm. Trước hết, phấn đấu có thêm "
            "30 hộ kinh doanh mới; trên 95% khu phố đạt chuẩn văn hóa. Thu ngân sách trên địa bàn đạt trên 80 tỷ đồng.")
    r = route_in_text(text, "80")
    assert r.fields["budget_item"] == "revenue_total" and r.fields["measure"] == "plan"
    done = "Năm qua, phường phấn đấu vượt khó. Thu ngân sách trên địa bàn đạt 80 tỷ đồng, vượt dự toán."
    assert route_in_text(done, "80").fields["measure"] == "actual"


def test_headline_amount_with_its_capital_noun_after_it_is_public_investment() -> None:
    # the subject put after its amount, as headlines do
    text = "Lâm Đồng: Gần 1,5 nghìn tỷ đồng vốn đầu tư công đã được giải ngân"
    r = route_in_text(text, "1,5")
    assert r.table == "budgets" and r.fields["budget_item"] == "public_investment"
    assert r.fields["measure"] == "actual"


def test_amount_after_a_verb_with_capital_noun_after_it_is_not_made_budget_by_the_noun() -> None:
    # the amount is the verb's object, not the subject of what follows
    text = "Huyện vẫn còn tồn đọng 18,2 tỷ đồng vốn sự nghiệp năm trước chưa sử dụng."
    r = route_in_text(text, "18,2")
    assert r is None or r.table != "budgets"


def test_bank_deposits_after_a_budget_clause_are_not_budget_money() -> None:
    text = ("Năm nay, thu ngân sách ước đạt 2.150 tỷ đồng, vượt 4% dự toán Trung ương giao; tổng nguồn vốn "
            "huy động của các ngân hàng trên địa bàn đạt 31.200 tỷ đồng, tăng 6% so với đầu năm.")
    assert route_in_text(text, "2.150").table == "budgets"
    assert route_in_text(text, "31.200") is None
    assert route_in_text(text, "6") is None


def test_source_of_the_second_part_read_past_decimal_commas_and_onto_its_rate() -> None:
    # the decimal comma of a figure is no clause mark; a bare rate takes the source of the amount it rates
    text = ("Đến nay, tỉnh giải ngân 1.802,6/3.120,4 tỷ đồng, đạt 57,8%, trong đó: vốn ngân sách trung ương "
            "giải ngân 950,5/1.700,2 tỷ đồng, đạt 55,9%, vốn ngân sách địa phương giải ngân 852,1/1.420,2 tỷ đồng, "
            "đạt 60%.")
    assert route_in_text(text, "1.700,2").fields["funding_source"] == "central"
    assert route_in_text(text, "852,1").fields["funding_source"] == "local"
    assert route_in_text(text, "1.420,2").fields["funding_source"] == "local"
    assert route_in_text(text, "60").fields["funding_source"] == "local"
    assert route_in_text(text, "55,9").fields["funding_source"] == "central"


def test_r43_money_a_charity_fund_receives_or_hands_out_is_no_budget() -> None:
    # r43imp: the front committee's fund for the poor is donations, even when it "phân bổ" (allocates) them
    text = ("Năm qua, Quỹ “Vì người nghèo” của xã nhận được 2,4 tỷ đồng; trong đó đã phân bổ 2,1 tỷ đồng "
            "để sửa nhà cho hộ nghèo.")
    assert route_in_text(text, "2,1") is None
    assert route_in_text(text, "2,4") is None
    # the state's money allocated stays budget
    assert route_in_text("Huyện đã phân bổ 2,1 tỷ đồng vốn ngân sách cho các xã.", "2,1") is not None


def test_r44_the_council_spelled_out_sets_a_provincial_plan() -> None:
    text = "Chi ngân sách huyện đạt 612 tỷ đồng, bằng 81,5% dự toán Hội đồng nhân dân huyện giao."
    assert route_in_text(text, "81,5").fields["plan_basis"] == "provincial"


def test_r44_a_striving_plan_carries_no_issuer() -> None:
    # the unit's own stretch goal ("dự toán phấn đấu") is neither the centre's nor the council's estimate
    text = ("Thu nội địa đạt 88% dự toán pháp lệnh. Riêng thu từ thuế, phí đạt 1.250 tỷ đồng, "
            "bằng 79,4% dự toán phấn đấu.")
    assert route_in_text(text, "88").fields["plan_basis"] == "central"
    assert route_in_text(text, "79,4").fields["plan_basis"] is None


def test_r44_land_and_water_rent_is_other_revenue_and_the_last_item_keeps_the_lists_plan() -> None:
    text = ("Nhiều khoản thu vượt dự toán Trung ương giao như: tiền sử dụng đất đạt 130,2%; tiền thuê mặt đất, "
            "mặt nước đạt 141%; lệ phí trước bạ đạt 118,5%./.")
    rent = route_in_text(text, "141")
    assert rent.fields["budget_item"] == "revenue_other"
    assert route_in_text(text, "130,2").fields["budget_item"] == "revenue_land_use"
    # the "./." that closes a news item says nothing: the list's plan stays that of its lead
    assert route_in_text(text, "118,5").fields["plan_basis"] == "central"


def test_r44_the_works_an_amount_is_for_name_its_item() -> None:
    # nothing before the amount names the money; the start of works it pays for, after it, does
    text = "Năm tới, huyện dự kiến dành hơn 640 tỷ đồng để triển khai 12 công trình đầu tư công mới."
    r = route_in_text(text, "640")
    assert r is not None and r.table == "budgets"
    assert r.fields["budget_item"] == "public_investment"
    # an amount that pays for no budget item stays out of the budget
    assert route_in_text("Doanh nghiệp chi 300 tỷ đồng để triển khai nhà máy may mới.", "300") is None


def test_a_resolution_line_with_stray_pipes_is_read_as_prose_when_no_row_opens_with_a_pipe() -> None:
    from orchestration.extraction import extract_document

    text = ("NGHỊ QUYẾT về dự toán ngân sách tỉnh Yên Bái năm 2026\n"
            "Điều 1. Thông qua dự toán thu, chi ngân sách năm 2026 với các chỉ tiêu sau:\n"
            "1. Thu ngân sách nhà nước trên địa bàn | 5.120 tỷ đồng | ||\n"
            "2. Tổng chi ngân sách địa phương | 11.300 tỷ đồng | ||\n")
    budgets = extract_document(text.encode(), "nq.txt").tables["budgets"]
    assert {5.12e12, 1.13e13} <= set(budgets["value"].to_list())


def test_r45_rates_listed_after_reaching_the_plan_are_each_a_share_of_the_plan() -> None:
    # "đạt kế hoạch lần lượt A%; B% và C%": every rate of the list is its item's share of the plan
    text = ("Huyện đã giải ngân vốn đầu tư công từ nguồn xổ số (hơn 9 tỷ đồng) và nguồn tiền đất "
            "(gần 7 tỷ đồng), tương ứng đạt kế hoạch lần lượt 52%; 31% và 18%.")
    for token in ("52", "31", "18"):
        r = route_in_text(text, token)
        assert r is not None and r.table == "budgets" and r.fields["measure"] == "plan_pct", token
    # "đạt A%; B% và C% kế hoạch": the rates after the first reach the plan as the first does
    text = ("Vốn các chương trình mục tiêu quốc gia đã giải ngân hơn 40 tỷ đồng, đạt 70%; 55% và 43% "
            "kế hoạch.")
    for token in ("70", "55", "43"):
        r = route_in_text(text, token)
        assert r is not None and r.table == "budgets" and r.fields["measure"] == "plan_pct", token
    # a rise said after a rate reached is no share of the plan
    r = route_in_text("Thu ngân sách đạt 56%, tăng 12% so với cùng kỳ.", "12")
    assert r is not None and r.fields["measure"] == "yoy_pct"


def test_r45_budget_capital_given_to_the_policy_bank_stays_budget_money() -> None:
    # capital the budget entrusts to the policy bank is a budget amount, and the amounts after it too
    text = ("Xã giải ngân nguồn vốn ngân sách xã với 3 tỷ đồng ủy thác qua ngân hàng chính sách; "
            "gần 12,4 tỷ đồng nguồn thu tiền đất, lần lượt đạt 100% và 41% kế hoạch.")
    for token, measure in (("12,4", "actual"), ("100", "plan_pct"), ("41", "plan_pct")):
        r = route_in_text(text, token)
        assert r is not None and r.table == "budgets" and r.fields["measure"] == measure, token
    # the policy bank's own lending is still no budget figure
    assert route_in_text("Dư nợ cho vay của Ngân hàng Chính sách xã hội đạt 4.100 tỷ đồng.", "4.100") is None


def test_r45_estimates_a_resolution_adopted_are_the_councils_plan() -> None:
    # "Theo Nghị quyết đã thông qua, ... dự toán ...: Tổng thu ...": the local council's resolution set them
    text = ("Theo Nghị quyết vừa được thông qua, điều chỉnh dự toán thu ngân sách như sau: Tổng thu ngân sách "
            "nhà nước trên địa bàn: 9.120.500 triệu đồng, cụ thể như sau: Thu nội địa: 8.400.000 triệu đồng.")
    for token in ("9.120.500",):
        r = route_in_text(text, token)
        assert r is not None and r.fields["measure"] == "plan" and r.fields["plan_basis"] == "provincial", token


def test_r45_a_quarter_said_after_an_as_of_date_ends_its_reach() -> None:
    from orchestration.extraction import extract_document

    text = ("Tính đến ngày 25/3/2025, tổng thu ngân sách nhà nước ước đạt 2.100 tỷ đồng, tăng 12%.\n\n"
            "Ở chiều chi, tổng chi ngân sách địa phương quý I là 1.850 tỷ đồng, đạt 15% dự toán năm.\n")
    budgets = extract_document(text.encode(), "kg.txt").tables["budgets"]
    rows = {r["value"]: r for r in budgets.to_dicts()}
    assert rows[2.1e12]["as_of"] == dt.date(2025, 3, 25)
    assert rows[1.85e12]["as_of"] is None


def test_abbreviated_statutory_estimate_and_striving_target_are_plans():
    # "DTPL" (dự toán pháp lệnh) and "CTPĐ" (chỉ tiêu phấn đấu) written as abbreviations after a rate
    text = ("Đến ngày 20/3/2025, thu phí và lệ phí được 520,5 tỷ đồng, bằng 22,4% DTPL, bằng 20,8% CTPĐ, "
            "bằng 88,1% so với cùng kỳ.")
    assert route_in_text(text, "22,4").fields["measure"] == "plan_pct"
    assert route_in_text(text, "20,8").fields["measure"] == "plan_pct"
    assert route_in_text(text, "88,1").fields["measure"] == "yoy_pct"
    # the striving target named as a rate's base is a plan read against, no aim over the rate after it
    text = ("Quý I, tổng thu ngân sách được 1.210 tỷ đồng, bằng 25,3% chỉ tiêu phấn đấu năm 2025 "
            "và bằng 96% so với cùng kỳ.")
    assert route_in_text(text, "25,3").fields["measure"] == "plan_pct"
    assert route_in_text(text, "96").fields["measure"] == "yoy_pct"


def test_span_from_the_first_of_january_ends_on_an_as_of_date():
    # "từ ngày 1/1 đến ngày D/M": the year to date, its end an as-of date (a span of other days is not)
    text = "Tính từ ngày 1/1 đến ngày 15/3/2025, tổng thu ngân sách nhà nước đạt 900 tỷ đồng, bằng 20% dự toán."
    assert route_in_text(text, "900").fields["as_of"] == dt.date(2025, 3, 15)
    assert route_in_text(text, "20").fields["as_of"] == dt.date(2025, 3, 15)


def test_land_and_houses_in_either_order_are_land_use_revenue():
    # "thu từ đất, nhà" names the same collections as "thu nhà, đất", land first
    text = "Trong đó, thu từ đất, nhà 212,4 tỷ đồng, bằng 15,6% dự toán, bằng 118,2% so với cùng kỳ."
    assert route_in_text(text, "212,4").fields["budget_item"] == "revenue_land_use"
    assert route_in_text(text, "15,6").fields["budget_item"] == "revenue_land_use"


def test_abbreviated_statutory_estimate_is_the_central_plan():
    # "DTPL" abbreviates "dự toán pháp lệnh", the estimate the centre assigns
    text = "Thu từ xổ số kiến thiết 410,7 tỷ đồng, bằng 31,2% DTPL, bằng 104% so với cùng kỳ."
    assert route_in_text(text, "31,2").fields["plan_basis"] == "central"


def test_r46_the_balanced_budget_on_the_territory_said_without_thu_is_its_revenue() -> None:
    # "cân đối ngân sách nhà nước trên địa bàn ... đạt X tỷ đồng": the balanced-budget revenue, with "thu" left out
    text = ("Sáu tháng đầu năm, cân đối ngân sách nhà nước trên địa bàn xã ước đạt 12,3 tỷ đồng, "
            "đạt 55,2% dự toán.")
    for token, measure in (("12,3", "actual"), ("55,2", "plan_pct")):
        r = route_in_text(text, token)
        assert r is not None and r.table == "budgets", token
        assert r.fields["budget_item"] == "revenue_total" and r.fields["measure"] == measure, token


def test_r46_amounts_listed_after_the_targets_a_district_sets_are_its_plan() -> None:
    # "UBND huyện đề ra 18 chỉ tiêu chủ yếu như: Tổng thu ... đạt X; tổng chi ... đạt Y": the targets it set
    text = ("Năm 2025, UBND huyện đề ra 18 chỉ tiêu chủ yếu như: Tổng thu ngân sách nhà nước trên địa bàn "
            "đạt 412,5 tỷ đồng; tổng chi ngân sách địa phương đạt 980 tỷ đồng; tỷ lệ hộ nghèo giảm còn 2%.")
    for token in ("412,5", "980"):
        r = route_in_text(text, token)
        assert r is not None and r.table == "budgets" and r.fields["measure"] == "plan", token


def test_a_plan_the_capital_city_assigned_to_its_urban_district_is_the_provinces() -> None:
    text = ("9 tháng đầu năm, quận Ba Đình thu ngân sách nhà nước trên địa bàn đạt 10.500 tỷ đồng, "
            "đạt 80,5% dự toán Thành phố giao.")
    rate = route_in_text(text, "80,5")
    assert rate.table == "budgets" and rate.fields["measure"] == "plan_pct"
    assert rate.fields["plan_basis"] == "provincial"


def test_money_from_auctioning_land_use_rights_is_land_use_revenue() -> None:
    text = "Năm 2023, tổng thu ngân sách đạt 900 tỷ đồng; đấu giá quyền sử dụng đất được 120 tỷ đồng."
    auction = route_in_text(text, "120")
    assert auction.table == "budgets" and auction.fields["budget_item"] == "revenue_land_use"
    # the abbreviation, its Đ typed as the look-alike eth of some fonts
    for short in ("QSDĐ", "QSDÐ"):
        auction = route_in_text(text.replace("quyền sử dụng đất", short), "120")
        assert auction.fields["budget_item"] == "revenue_land_use"
    # who won the auction is counted, no money
    won = route_in_text("Có 35 cá nhân trúng đấu giá quyền sử dụng đất được giao đất.", "35")
    assert won is None or won.table != "budgets"


def test_a_city_leading_the_country_in_revenue_states_its_own_revenue() -> None:
    text = ("Trong 6 tháng, Hải Phòng đứng đầu cả nước về thu ngân sách nhà nước với tổng số 50.100 tỷ đồng, "
            "đạt 60,2% dự toán.")
    for token, measure in (("50.100", "actual"), ("60,2", "plan_pct")):
        routed = route_in_text(text, token)
        assert routed is not None and routed.table == "budgets" and routed.fields["measure"] == measure
    # the country's own figure beside it is still no budget of the place
    country = route_in_text("Tỷ lệ giải ngân của cả nước đạt 40%.", "40")
    assert country is None or country.table != "budgets"


def test_a_rate_in_brackets_after_higher_than_the_same_time_is_the_budgets_rate_a_year_before() -> None:
    from orchestration.extraction import extract_document

    text = ("UBND TỈNH NAM ĐỊNH\nBÁO CÁO tình hình kinh tế - xã hội 5 tháng đầu năm 2028\n\n"
            "Thu ngân sách đạt 2.100 tỷ đồng, bằng 41% dự toán, thấp hơn cùng kỳ năm trước (44,5%). "
            "Giải ngân vốn đầu tư công đạt 1.530 tỷ đồng, bằng 26,4% kế hoạch, cao hơn so với cùng kỳ (22,7%).\n")
    rows = extract_document(text.encode(), "nam_dinh.txt").tables["budgets"].to_dicts()
    read = {r["value"]: (r["budget_item"], r["measure"], str(r["period_start"]), str(r["period_end"])) for r in rows}
    assert read[41] == ("revenue_total", "plan_pct", "2028-01-01", "2028-05-31")
    assert read[44.5] == ("revenue_total", "plan_pct", "2027-01-01", "2027-05-31")
    assert read[22.7] == ("public_investment", "plan_pct", "2027-01-01", "2027-05-31")


# --- hbud: other provinces' budget news, estimates and settlements ---


def _budget_item_of(text: str, token: str, year: int = 2024) -> str | None:
    """The budget item the figure is read as, None when it is no budget figure."""
    r = route_in_text(text, token, year=year)
    return r.fields["budget_item"] if r is not None and r.table == "budgets" else None


def test_hbud_an_amount_for_a_year_after_the_reports_is_a_plan() -> None:
    # the estimate a council adopted, said in a paragraph of its own with no measure word: an amount
    # for a year that has not begun when the report was written can only be planned
    cases = [
        ("Tổng chi ngân sách địa phương năm 2027 là 13.480 tỷ đồng, gồm: chi đầu tư phát triển 3.950 tỷ đồng; "
         "chi thường xuyên 8.970 tỷ đồng.", ("13.480", "3.950", "8.970"), 2026, 2027),
        ("Năm 2026, tổng thu ngân sách trên địa bàn huyện là 845 tỷ đồng.", ("845",), 2025, 2026),
        ("Thu ngân sách nhà nước năm 2028 trên địa bàn tỉnh Gia Lai là 7.210 tỷ đồng.", ("7.210",), 2027, 2028),
    ]
    for text, tokens, report_year, plan_year in cases:
        for token in tokens:
            r = route_in_text(text, token, year=report_year)
            assert r is not None and r.fields["measure"] == "plan", (text, token)
            assert (r.fields["period_start"], r.fields["period_end"]) == (
                dt.date(plan_year, 1, 1), dt.date(plan_year, 12, 31))
    # near misses: the report's own year, a year gone by, and a report of unknown date stay what was done
    for text, year in (("Tổng chi ngân sách địa phương năm 2026 là 13.480 tỷ đồng.", 2026),
                       ("Tổng chi ngân sách địa phương năm 2025 là 13.480 tỷ đồng.", 2026),
                       ("Tổng chi ngân sách địa phương năm 2027 là 13.480 tỷ đồng.", None)):
        assert route_in_text(text, "13.480", year=year).fields["measure"] == "actual", (text, year)
    # a part of a later year is reported as it passes, not planned
    text = "Thu ngân sách 3 tháng đầu năm 2027 của xã đạt 4.200 triệu đồng."
    assert route_in_text(text, "4.200", year=2026).fields["measure"] == "actual"
    text = "Tổng chi ngân sách quý I năm 2027 là 2.100 tỷ đồng."
    assert route_in_text(text, "2.100", year=2026).fields["measure"] == "actual"
    # a year compared with is no year of the amount
    text = "Tổng thu ngân sách là 900 tỷ đồng, tăng 5% so với năm 2027."
    assert route_in_text(text, "900", year=2027).fields["measure"] == "actual"


def test_hbud_a_paragraph_that_details_the_lead_goes_on_with_its_estimate() -> None:
    # "Cụ thể, ..." / "Theo đó, ..." open a paragraph that spells out the one before: the estimate, its
    # issuer and its year said there are those of its amounts
    leads = [
        ("UBND tỉnh Đắk Nông vừa ban hành Quyết định giao dự toán thu, chi ngân sách nhà nước năm 2025.", 2025),
        ("HĐND huyện Mèo Vạc đã quyết nghị dự toán ngân sách năm 2024 của huyện.", 2024),
    ]
    for lead, year in leads:
        for opening in ("Cụ thể", "Theo đó"):
            paragraph = (f"{opening}, tổng thu ngân sách nhà nước trên địa bàn là 3.250 tỷ đồng; tổng chi "
                         "ngân sách địa phương là 8.120 tỷ đồng.")
            for token in ("3.250", "8.120"):
                r = route_in_text(paragraph, token, preceding=lead, year=year)
                assert r.fields["measure"] == "plan", (lead, opening, token)
                assert r.fields["plan_basis"] == "provincial", (lead, opening, token)
                assert r.fields["period_end"] == dt.date(year, 12, 31)
    # near misses: the lead speaks of what was collected, or the paragraph does not open on the link
    done = "Năm 2025, tỉnh thu ngân sách đạt kết quả khả quan."
    paragraph = "Cụ thể, tổng thu ngân sách nhà nước trên địa bàn là 3.250 tỷ đồng."
    assert route_in_text(paragraph, "3.250", preceding=done, year=2025).fields["measure"] == "actual"
    unlinked = "Tổng thu ngân sách nhà nước trên địa bàn là 3.250 tỷ đồng."
    assert route_in_text(unlinked, "3.250", preceding=done, year=2025).fields["measure"] == "actual"
    # (a paragraph that does not open on the link, after the committee's decision allotting the estimate, is its plan
    # too, as after a council's adoption: test_vbud_a_committees_decision_allotting_the_estimate_plans_...)


def test_hbud_a_plan_amount_takes_the_year_of_the_estimate_said_in_the_sentence_before() -> None:
    text = ("Theo đó, dự toán thu ngân sách nhà nước trên địa bàn năm 2027 là 5.600 tỷ đồng. "
            "Thu tiền sử dụng đất 1.200 tỷ đồng.")
    r = route_in_text(text, "1.200", year=2026)
    assert r.fields["measure"] == "plan" and r.fields["period_end"] == dt.date(2027, 12, 31)
    text = "Kế hoạch vốn đầu tư công năm 2025 được giao 2.400 tỷ đồng. Trong đó, vốn ngân sách tỉnh 900 tỷ đồng."
    r = route_in_text(text, "900", year=2025)
    assert r.fields["measure"] == "plan" and r.fields["period_start"] == dt.date(2025, 1, 1)
    # near miss: what was done keeps the report's period (no year is set on it here)
    text = "Năm 2027, thu ngân sách đạt 5.600 tỷ đồng. Thu tiền sử dụng đất đạt 1.200 tỷ đồng."
    r = route_in_text(text, "1.200", year=2027)
    assert r.fields["measure"] == "actual" and "period_end" not in r.fields


def test_hbud_a_council_named_with_its_place_and_term_adopts_a_provincial_plan() -> None:
    for sentence in (
        "Kỳ họp thứ 8 HĐND tỉnh Quảng Trị khóa VIII đã biểu quyết thông qua dự toán thu ngân sách năm 2027 "
        "là 5.600 tỷ đồng.",
        "HĐND tỉnh Kon Tum vừa thông qua tổng chi ngân sách địa phương năm 2026 là 9.200 tỷ đồng.",
        "Dự toán chi ngân sách xã năm 2026 được HĐND xã thông qua là 16.800 triệu đồng.",
        "HĐND huyện Bảo Lâm khoá XX đã quyết nghị tổng thu ngân sách năm 2025 là 410 tỷ đồng.",
    ):
        token = next(t for t in ("5.600", "9.200", "16.800", "410") if t in sentence)
        r = route_in_text(sentence, token, year=2026)
        assert r.fields["measure"] == "plan" and r.fields["plan_basis"] == "provincial", sentence
    # near miss: the centre's estimate stays central
    text = "Dự toán Trung ương giao thu ngân sách năm 2026 là 5.100 tỷ đồng."
    assert route_in_text(text, "5.100", year=2026).fields["plan_basis"] == "central"


def test_hbud_an_estimate_a_district_or_commune_set_is_a_local_plan() -> None:
    for text, token in (
        ("Tổng thu ngân sách xã Tân Lập đạt 18.640 triệu đồng, bằng 124% dự toán huyện giao.", "124"),
        ("Thu ngân sách trên địa bàn phường đạt 32 tỷ đồng, đạt 64% dự toán quận giao.", "64"),
        ("Thu ngân sách của xã đạt 4,2 tỷ đồng, vượt 8% dự toán xã giao.", "8"),
        ("Huyện thu ngân sách đạt 210 tỷ đồng, bằng 102% dự toán thị xã giao.", "102"),
    ):
        r = route_in_text(text, token)
        assert r.fields["measure"] == "plan_pct" and r.fields["plan_basis"] == "provincial", text
    # near miss: an unnamed estimate has no issuer
    r = route_in_text("Tổng thu ngân sách xã đạt 18.640 triệu đồng, bằng 124% dự toán.", "124")
    assert r.fields["plan_basis"] is None


def test_hbud_the_revenue_estimate_said_without_the_budget_is_revenue() -> None:
    for text, token in (("Dự toán thu năm 2025 là 3.250 tỷ đồng.", "3.250"),
                        ("HĐND huyện giao dự toán thu của huyện là 412 tỷ đồng.", "412")):
        r = route_in_text(text, token, year=2025)
        assert r.fields["budget_item"] == "revenue_total" and r.fields["measure"] == "plan", text
    # near misses: the spending estimate named after it is spending's; income is no budget
    r = route_in_text("Dự toán thu, chi ngân sách năm 2025: tổng chi ngân sách 8.100 tỷ đồng.", "8.100", year=2025)
    assert r.fields["budget_item"] == "expenditure_total"
    r = route_in_text("Dự toán thu nhập bình quân đầu người năm 2025 là 62 triệu đồng.", "62", year=2025)
    assert r is None or r.table != "budgets"


def test_hbud_revenue_aimed_at_as_a_range_is_a_revenue_plan() -> None:
    for text, tokens in (
        ("Năm 2027, tỉnh phấn đấu thu ngân sách từ 62.000 - 65.000 tỷ đồng.", ("62.000", "65.000")),
        ("Phấn đấu thu ngân sách nhà nước từ 3.100 tỷ đồng trở lên.", ("3.100",)),
    ):
        for token in tokens:
            r = route_in_text(text, token, year=2026)
            assert r is not None and r.table == "budgets", (text, token)
            assert r.fields["budget_item"] == "revenue_total" and r.fields["measure"] == "plan"
    # near miss: revenue from a source is still that source, not the total
    text = "Thu ngân sách từ thuế nội địa đạt 2.400 tỷ đồng."
    assert route_in_text(text, "2.400").fields["budget_item"] == "revenue_domestic"


def test_hbud_a_budgets_balance_and_a_revenue_shortfall_are_budget_figures() -> None:
    for text, token in (
        ("Kết dư ngân sách địa phương năm 2023 là 312 tỷ đồng.", "312"),
        ("Ngân sách huyện kết dư 45 tỷ đồng.", "45"),
        ("Dự kiến năm 2024 tỉnh hụt thu khoảng 900 tỷ đồng.", "900"),
        ("Thu ngân sách xã chỉ bằng 88% cùng kỳ, hụt thu 1.250 triệu đồng so với cùng kỳ.", "1.250"),
        ("Do thị trường bất động sản trầm lắng, thành phố hụt thu ngân sách hơn 2.100 tỷ đồng.", "2.100"),
        ("Tỉnh hụt thu tiền sử dụng đất khoảng 3.100 tỷ đồng so với dự toán.", "3.100"),
        ("Năm nay huyện hụt thu thuế ngoài quốc doanh 42 tỷ đồng.", "42"),
        ("So với dự toán Trung ương giao, dự toán thu của tỉnh cao hơn 210 tỷ đồng.", "210"),
    ):
        assert _budget_item_of(text, token) == "other", text
    # a shortfall forecast is no plan
    r = route_in_text("Dự kiến năm 2024 tỉnh hụt thu khoảng 900 tỷ đồng.", "900", year=2024)
    assert r.fields["measure"] == "actual"
    # near misses: the balance received as revenue stays revenue; the rate beside a shortfall is revenue's
    r = route_in_text("Thu kết dư ngân sách năm trước 120 tỷ đồng.", "120")
    assert r.fields["budget_item"] == "revenue_other"
    r = route_in_text("Thu ngân sách xã chỉ bằng 88% cùng kỳ, hụt thu 1.250 triệu đồng.", "88")
    assert r.fields["budget_item"] == "revenue_total" and r.fields["measure"] == "yoy_pct"
    # a shortfall said in an earlier clause leaves the item's own amount alone
    r = route_in_text("Tỉnh hụt thu ngân sách so với dự toán, thu tiền sử dụng đất đạt 1.900 tỷ đồng.", "1.900")
    assert r.fields["budget_item"] == "revenue_land_use"


def test_hbud_a_span_the_sentence_before_ends_with_is_no_plans_year() -> None:
    # a headline run into its lead: "đến năm 2025" bounds a span, the plan's parts keep the span
    text = ("Gia Lai dành hơn 9.000 tỷ đồng làm đường đến năm 2030 Tổng nhu cầu vốn giai đoạn 2026 - 2030 là "
            "9.120 tỷ đồng. Trong đó, ngân sách tỉnh khoảng 6.100 tỷ đồng.")
    r = route_in_text(text, "6.100", year=2026)
    assert r.fields["measure"] == "plan"
    assert (r.fields["period_start"], r.fields["period_end"]) == (dt.date(2026, 1, 1), dt.date(2030, 12, 31))


def test_hbud_a_settlement_the_council_approves_is_what_was_done() -> None:
    lead = ("Chiều 15/7/2025, HĐND tỉnh Quảng Ngãi đã thông qua Nghị quyết phê chuẩn quyết toán ngân sách địa "
            "phương năm 2024.")
    paragraph = ("Theo đó, tổng thu ngân sách nhà nước trên địa bàn năm 2024 là 29.870 tỷ đồng; tổng chi ngân sách "
                 "địa phương là 33.215 tỷ đồng.")
    for token in ("29.870", "33.215"):
        assert route_in_text(paragraph, token, preceding=lead, year=2024).fields["measure"] == "actual"
    for text, token in (
        ("Quyết toán chi ngân sách địa phương năm 2023 của huyện Tuy Phước là 905 tỷ đồng.", "905"),
        ("HĐND xã phê duyệt quyết toán thu ngân sách năm 2025 là 14.300 triệu đồng.", "14.300"),
    ):
        assert route_in_text(text, token, year=2025).fields["measure"] == "actual", text
    # near miss: an estimate the council adopts stays a plan
    text = "HĐND tỉnh đã thông qua Nghị quyết về dự toán thu ngân sách năm 2026 là 5.100 tỷ đồng."
    assert route_in_text(text, "5.100", year=2025).fields["measure"] == "plan"


def test_hbud_revenue_collected_beyond_its_estimate_is_a_gap_or_a_share_of_the_estimate() -> None:
    for text, token in (
        ("Bắc Ninh vượt thu ngân sách hơn 4.600 tỷ đồng", "4.600"),
        ("Tổng thu ngân sách đạt 38.760 tỷ đồng, vượt thu 4.610 tỷ đồng so với dự toán.", "4.610"),
        ("Huyện vượt thu tiền sử dụng đất 85 tỷ đồng.", "85"),
    ):
        r = route_in_text(text, token, year=2024)
        assert r.fields["budget_item"] == "other" and r.fields["measure"] == "actual", text
    for text, token, item, value in (
        ("Thu nội địa đạt 9.100 tỷ đồng; thu từ xuất nhập khẩu vượt thu 9%.", "9", "revenue_import_export", 109),
        ("Năm 2025, thu ngân sách huyện vượt thu 12,5%.", "12,5", "revenue_total", 112.5),
    ):
        r = route_in_text(text, token, year=2025)
        assert r.fields["budget_item"] == item and r.fields["measure"] == "plan_pct" and r.value == value, text
    # near misses: the amount the total reached stays the total's; a rise is no share of the estimate
    r = route_in_text("Tỉnh vượt thu ngân sách với tổng thu đạt 38.760 tỷ đồng.", "38.760", year=2024)
    assert r.fields["budget_item"] == "revenue_total"
    r = route_in_text("Thu ngân sách huyện vượt thu, tăng 12,5% so với cùng kỳ.", "12,5", year=2025)
    assert r.fields["measure"] == "yoy_pct" and r.value is None


def test_hbud_spending_on_one_public_service_is_a_part_named_on_its_own() -> None:
    for text, token in (
        ("Chi ngân sách cho sự nghiệp giáo dục đạt 1.180 tỷ đồng.", "1.180"),
        ("Chi sự nghiệp y tế 420 tỷ đồng, bằng 51% dự toán.", "420"),
        ("Trong đó, chi cho sự nghiệp kinh tế 236 tỷ đồng.", "236"),
    ):
        assert _budget_item_of(text, token) == "other", text
    # near misses: administrative spending stays recurrent, the whole of spending stays the total
    assert _budget_item_of("Chi hành chính sự nghiệp đạt 610 tỷ đồng.", "610") == "expenditure_recurrent"
    text = "Chi ngân sách địa phương đạt 4.200 tỷ đồng, trong đó chi sự nghiệp giáo dục 1.100 tỷ đồng."
    assert _budget_item_of(text, "4.200") == "expenditure_total"


def test_social_insurance_collections_are_no_budget_revenue() -> None:
    for text, token in (
            ("Tổng thu bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp đạt 1.870 tỷ đồng, đạt 76% kế hoạch.",
             "1.870"),
            ("Thu BHXH, BHYT 9 tháng đạt 640 tỷ đồng.", "640"),
            ("Cơ quan bảo hiểm đã thu tiền bảo hiểm y tế được 95 tỷ đồng.", "95")):
        assert _budget_item_of(text, token) is None, text
    # near-miss: budget revenue beside the insurance words keeps its item
    assert _budget_item_of("Thu ngân sách nhà nước đạt 4.300 tỷ đồng; thu bảo hiểm xã hội đạt 900 tỷ đồng.",
                           "4.300") == "revenue_total"


def test_a_monthly_reports_budget_cut_off_counts_from_the_years_start() -> None:
    from orchestration.extraction import extract_document

    text = ("UBND TỈNH HẬU GIANG\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 10 năm 2027\n\n"
            "Tính đến ngày 20/10/2027, thu ngân sách nhà nước trên địa bàn đạt 3.900 tỷ đồng, đạt 71% dự toán.\n")
    rows = extract_document(text.encode(), "hau_giang.txt").tables["budgets"].to_dicts()
    assert {(str(r["period_start"]), str(r["period_end"]), str(r["as_of"])) for r in rows} == {
        ("2027-01-01", "2027-10-31", "2027-10-20")}
    # a half-year report's cut-off inside its last month keeps the report's period (it is counted from January)
    text = text.replace("tháng 10 năm 2027", "6 tháng đầu năm 2027").replace("20/10/2027", "20/6/2027")
    rows = extract_document(text.encode(), "hau_giang.txt").tables["budgets"].to_dicts()
    assert {(str(r["period_start"]), str(r["period_end"])) for r in rows} == {("2027-01-01", "2027-06-30")}


def test_a_share_of_the_works_built_is_no_budget_rate() -> None:
    for text, token in (("Dự án đã giải ngân 1.250 tỷ đồng, đạt 55% khối lượng.", "55"),
                        ("Giải ngân vốn đầu tư đạt 420 tỷ đồng, công trình đạt 70% khối lượng xây lắp.", "70")):
        assert _budget_item_of(text, token) is None, text
    # near-miss: a disbursement's share of its plan stays the budget's
    assert _budget_item_of("Giải ngân vốn đầu tư công đạt 1.420 tỷ đồng, bằng 38% kế hoạch.", "38") is not None


def test_ibud_direct_investment_firms_paid_in_is_no_public_investment() -> None:
    for text, token in (("Trong 10 tháng, vốn FDI giải ngân đạt 320 triệu USD, tăng 12% so với cùng kỳ.", "320"),
                        ("Vốn FDI giải ngân ước đạt 1.150 tỷ đồng, tăng 9,4%.", "9,4"),
                        ("Vốn đầu tư trực tiếp nước ngoài giải ngân 6 tháng đạt 85 triệu USD.", "85"),
                        ("Năm 2026, vốn đầu tư DDI giải ngân khoảng 4.300 tỷ đồng.", "4.300")):
        assert _budget_item_of(text, token) is None, text
    # near misses: revenue from firms that have foreign capital, and ODA capital, stay the budget's
    assert _budget_item_of("Thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài đạt 540 tỷ đồng.",
                           "540") == "revenue_other"
    assert _budget_item_of("Vốn nước ngoài ODA đã giải ngân 95 tỷ đồng, đạt 21,7% kế hoạch.",
                           "95") == "public_investment"


def test_ibud_a_transfer_from_the_budget_above_is_revenue_received() -> None:
    for text, token in (("Thu ngân sách xã được hưởng 3.210 triệu đồng; thu bổ sung từ ngân sách huyện 9.135 "
                         "triệu đồng.", "9.135"),
                        ("Thu trợ cấp từ ngân sách tỉnh 742,9 tỷ đồng.", "742,9"),
                        ("Thu bổ sung cân đối từ ngân sách cấp tỉnh đạt 610 tỷ đồng.", "610"),
                        ("Thu cân đối ngân sách huyện đạt 412,8 tỷ đồng, trong đó thu bổ sung ngân sách cấp trên "
                         "298,5 tỷ đồng.", "298,5")):
        assert _budget_item_of(text, token) == "revenue_other", text
    # near misses: the district's own revenue stays the total, what it passes down stays a transfer out
    assert _budget_item_of("Thu ngân sách huyện đạt 168,3 tỷ đồng.", "168,3") == "revenue_total"
    assert _budget_item_of("Chi bổ sung cho ngân sách xã 92 tỷ đồng.", "92") == "other"


def test_ibud_money_set_aside_for_the_wage_reform_is_a_spending_line() -> None:
    for text, token in (("Chi cải cách tiền lương năm 2027 bố trí 1.250 tỷ đồng.", "1.250"),
                        ("Chi tạo nguồn, điều chỉnh tiền lương 120 tỷ đồng.", "120"),
                        ("Dự toán chi ngân sách 2026 là 9.800 tỷ đồng, trong đó nguồn thực hiện cải cách tiền lương "
                         "410 tỷ đồng.", "410")):
        assert _budget_item_of(text, token, year=2026) == "other", text
    # near misses: salaries paid are no budget item; the recurrent spending the reform is saved from stays so
    assert _budget_item_of("Tổng quỹ lương cán bộ, công chức chi trả 6 tháng là 85 tỷ đồng.", "85") is None
    assert _budget_item_of("Chi thường xuyên 2.290 tỷ đồng, tiết kiệm để tạo nguồn cải cách tiền lương.",
                           "2.290") == "expenditure_recurrent"


def test_ibud_a_plan_over_a_term_of_years_covers_the_term() -> None:
    def period(text: str, token: str) -> tuple[dt.date, dt.date]:
        r = route_in_text(text, token, year=2026)
        assert r is not None and r.table == "budgets" and r.fields["measure"] == "plan", text
        return r.fields["period_start"], r.fields["period_end"]

    assert period("Kế hoạch đầu tư công trung hạn giai đoạn 2026-2030 của tỉnh dự kiến 42.500 tỷ đồng.",
                  "42.500") == (dt.date(2026, 1, 1), dt.date(2030, 12, 31))
    assert period("Tổng kế hoạch vốn đầu tư công trung hạn 2021 – 2025 được giao là 31.200 tỷ đồng.",
                  "31.200") == (dt.date(2021, 1, 1), dt.date(2025, 12, 31))
    # near misses: one year's plan, and a year said after the term, keep that year
    assert period("Kế hoạch vốn năm 2027 được giao 6.800 tỷ đồng.", "6.800") == (dt.date(2027, 1, 1),
                                                                                  dt.date(2027, 12, 31))
    assert period("Trong kế hoạch trung hạn giai đoạn 2026-2030, kế hoạch vốn năm 2027 được giao 7.100 tỷ đồng.",
                  "7.100") == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))


def test_ibud_a_budget_years_cut_off_in_the_next_january_keeps_the_year() -> None:
    from orchestration.extraction.budgets import budget_figure_period

    year_2024 = {"doc_type": "news", "period_start": dt.date(2024, 1, 1), "period_end": dt.date(2024, 12, 31)}
    row = {"measure": "actual", "as_of": dt.date(2025, 1, 31), "period_start": dt.date(2024, 1, 1)}
    assert budget_figure_period(row, year_2024) == {"period_start": dt.date(2024, 1, 1),
                                                    "period_end": dt.date(2025, 1, 31)}
    # near misses: a cut-off later in the next year, or a report on the new year, count from the new year's start
    row = {"measure": "actual", "as_of": dt.date(2025, 3, 31), "period_start": dt.date(2024, 1, 1)}
    assert budget_figure_period(row, year_2024) == {"period_start": dt.date(2025, 1, 1),
                                                    "period_end": dt.date(2025, 3, 31)}
    january_2025 = {"doc_type": "news", "period_start": dt.date(2025, 1, 1), "period_end": dt.date(2025, 1, 31)}
    row = {"measure": "actual", "as_of": dt.date(2025, 1, 20), "period_start": dt.date(2025, 1, 1)}
    assert budget_figure_period(row, january_2025) == {"period_start": dt.date(2025, 1, 1),
                                                  "period_end": dt.date(2025, 1, 20)}


def test_ibud_a_sentence_opening_on_the_whole_year_ends_a_cut_off_dates_reach() -> None:
    lead = "Ước đến 31/01/2025, giải ngân vốn đầu tư công 5.171,8 tỷ đồng, đạt 95,2% kế hoạch."
    for text in ("Trong năm, tỉnh thu ngân sách được 6.120 tỷ đồng, tăng 7,8%.",
                 "Trong năm qua, tỉnh thu ngân sách được 6.120 tỷ đồng."):
        r = route_in_text(text, "6.120", preceding=lead, year=2024)
        assert r.fields["budget_item"] == "revenue_total" and r.fields["as_of"] is None, text
    # near-miss: a sentence going on without a period phrase keeps a cut-off that is no estimate's
    r = route_in_text("Tỉnh thu ngân sách được 6.120 tỷ đồng.", "6.120", year=2024,
                      preceding="Tính đến ngày 31/01/2025, giải ngân vốn đầu tư công 5.171,8 tỷ đồng.")
    assert r.fields["as_of"] == dt.date(2025, 1, 31)


def test_qbud_an_estimates_cut_off_dates_no_amount_done_said_after_it() -> None:
    # (CONVENTIONS.md: as_of when the sentence says "đến ngày D"; the day an estimate is reckoned to is its own, an
    # amount collected said after it is the year's, not reckoned to that day: the older test's near-miss kept it)
    lead = "Ước đến ngày 31/01/2026, giải ngân vốn đầu tư công đạt 3.200 tỷ đồng, bằng 97% kế hoạch."
    for text in ("Tỉnh thu ngân sách được 6.120 tỷ đồng.", "Tổng thu ngân sách trên địa bàn đạt 6.120 tỷ đồng."):
        r = route_in_text(text, "6.120", preceding=lead, year=2025)
        assert r.fields["budget_item"] == "revenue_total" and r.fields["as_of"] is None, text
    r = route_in_text("Ước tính đến hết tháng 12, thu nội địa đạt 4.050 tỷ đồng. Chi thường xuyên đạt 5.300 tỷ đồng.",
                      "5.300", year=2025)
    assert r.fields["as_of"] is None
    # near misses: the estimate's own figures, an estimate after it and its breakdown keep the day
    assert route_in_text(lead, "3.200", year=2025).fields["as_of"] == dt.date(2026, 1, 31)
    for text in ("Thu ngân sách ước đạt 6.120 tỷ đồng.", "Trong đó, vốn ngân sách trung ương 1.400 tỷ đồng."):
        token = "6.120" if "6.120" in text else "1.400"
        assert route_in_text(text, token, preceding=lead, year=2025).fields["as_of"] == dt.date(2026, 1, 31), text
    # (and the money of its own kind said after it: the programmes' capital paid out to the same day)
    r = route_in_text(lead + " Vốn các chương trình mục tiêu quốc gia giải ngân được 920 tỷ đồng.", "920", year=2025)
    assert r.fields["budget_item"] == "target_programme" and r.fields["as_of"] == dt.date(2026, 1, 31)


def test_ibud_spending_on_one_sector_named_without_su_nghiep_is_a_part() -> None:
    for text, token in (("Chi ngân sách cho giáo dục - đào tạo 8 tháng là 4.230 tỷ đồng.", "4.230"),
                        ("Chi sự nghiệp kinh tế 300 tỷ đồng; chi quốc phòng, an ninh 612 tỷ đồng.", "612"),
                        ("Năm 2026, chi cho lĩnh vực y tế đạt 1.140 tỷ đồng.", "1.140"),
                        ("Chi khoa học và công nghệ 45 tỷ đồng, đạt 60% dự toán.", "45")):
        assert _budget_item_of(text, token) == "other", text
    # near misses: the whole of spending, and its investment part, keep their items; costs are no budget
    assert _budget_item_of("Chi ngân sách địa phương đạt 9.400 tỷ đồng.", "9.400") == "expenditure_total"
    assert _budget_item_of("Chi đầu tư phát triển 2.100 tỷ đồng, chi quốc phòng 90 tỷ đồng.",
                           "2.100") == "expenditure_investment"
    assert _budget_item_of("Chi phí y tế bình quân của người dân là 2,1 triệu đồng.", "2,1") is None


def test_ibud_capital_carried_over_is_the_plan_of_the_year_it_is_carried_into() -> None:
    text = "Số vốn kéo dài từ năm 2025 sang năm 2026 là 1.150 tỷ đồng, đã giải ngân 640 tỷ đồng."
    carried, paid = route_in_text(text, "1.150", year=2026), route_in_text(text, "640", year=2026)
    assert carried.fields["budget_item"] == "public_investment" and carried.fields["measure"] == "plan"
    assert carried.fields["period_start"] == dt.date(2026, 1, 1)
    assert paid.fields["measure"] == "actual"  # near-miss: what was paid out of it
    r = route_in_text("Vốn đầu tư công năm 2024 được phép kéo dài sang năm 2025 là 320,5 tỷ đồng.", "320,5",
                      year=2025)
    assert r.fields["measure"] == "plan" and r.fields["period_start"] == dt.date(2025, 1, 1)


def test_ibud_a_plan_said_without_its_year_covers_the_year_of_a_report_on_part_of_it() -> None:
    from orchestration.extraction import extract_document

    text = ("UBND TỈNH SÓC TRĂNG\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2026\n\n"
            "Thu nội địa được 1.245 tỷ đồng/3.278 tỷ đồng, đạt 38% dự toán tỉnh giao. "
            "Tổng nguồn vốn được giao: 6.282 triệu đồng, hiện chưa giải ngân.\n")
    rows = extract_document(text.encode(), "soc_trang.txt").tables["budgets"].to_dicts()
    plans = {r["value"]: (str(r["period_start"]), str(r["period_end"]), r["as_of"]) for r in rows
             if r["measure"] == "plan"}
    assert plans == {3278e9: ("2026-01-01", "2026-12-31", None), 6282e6: ("2026-01-01", "2026-12-31", None)}
    # near misses: what was collected keeps the half year
    assert {(str(r["period_start"]), str(r["period_end"])) for r in rows if r["measure"] != "plan"} == {
        ("2026-01-01", "2026-06-30")}


def test_ibud_a_years_plan_leaves_funds_for_a_task_and_a_term_alone() -> None:
    from orchestration.extraction.budgets import budget_figure_period

    half = {"period_start": dt.date(2026, 1, 1), "period_end": dt.date(2026, 6, 30)}
    row = {"measure": "plan", "budget_item": "revenue_total", **half}
    assert budget_figure_period(row, half) == {"period_start": dt.date(2026, 1, 1), "period_end": dt.date(2026, 12, 31),
                                          "as_of": None}
    # near misses: funds allotted to one task (item other), a year the words named, a report over a term
    assert budget_figure_period({**row, "budget_item": "other"}, half) == {}
    assert budget_figure_period({**row, "period_start": dt.date(2027, 1, 1), "period_end": dt.date(2027, 12, 31)},
                           half) == {}
    term = {"period_start": dt.date(2021, 1, 1), "period_end": dt.date(2025, 12, 31)}
    assert budget_figure_period({**row, **term}, term) == {}


def test_ibud_a_cut_off_at_a_quarters_end_counts_from_january() -> None:
    from orchestration.extraction import extract_document

    def periods(text: str) -> set[tuple[str, str]]:
        rows = extract_document(text.encode(), "tin.txt").tables["budgets"].to_dicts()
        return {(str(r["period_start"]), str(r["period_end"])) for r in rows}

    assert periods("Quảng Trị tăng tốc giải ngân\n\nĐến hết quý III/2026, tỉnh Quảng Trị giải ngân vốn đầu tư công "
                   "được 1.834 tỷ đồng, đạt 61% kế hoạch.\n") == {("2026-01-01", "2026-09-30")}
    assert periods("Phú Yên: giải ngân đầu tư công\n\nTính đến hết quý II năm 2025, vốn đầu tư công của tỉnh Phú Yên "
                   "đã giải ngân 905 tỷ đồng, bằng 31,4% kế hoạch.\n") == {("2025-01-01", "2025-06-30")}
    # near-miss: what a quarter itself brought in, said without a cut-off, keeps the quarter
    assert periods("Kon Tum: thu ngân sách quý III\n\nTrong quý III/2026, thu ngân sách nhà nước trên địa bàn tỉnh "
                   "Kon Tum đạt 640 tỷ đồng.\n") == {("2026-07-01", "2026-09-30")}


def test_ibud_a_monthly_reports_progress_against_the_estimate_counts_from_january() -> None:
    from orchestration.extraction import extract_document

    head = "UBND TỈNH GIA LAI\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 9 năm 2026\n\n"

    def periods(body: str) -> set[tuple[str, str]]:
        rows = extract_document((head + body).encode(), "gia_lai.txt").tables["budgets"].to_dicts()
        return {(str(r["period_start"]), str(r["period_end"])) for r in rows}

    assert periods("Tổng chi ngân sách địa phương là 6.120 tỷ đồng, đạt 71,3% dự toán.\n") == {
        ("2026-01-01", "2026-09-30")}
    assert periods("Thu nội địa ước đạt 3.050 tỷ đồng, bằng 80,2% so với dự toán HĐND tỉnh giao.\n") == {
        ("2026-01-01", "2026-09-30")}
    # near misses: the month named, or an amount read against no estimate, keep the report's month
    assert periods("Thu ngân sách tháng 9 ước đạt 410 tỷ đồng, bằng 8,6% dự toán.\n") == {("2026-09-01", "2026-09-30")}
    assert periods("Tổng chi ngân sách địa phương là 610 tỷ đồng.\n") == {("2026-09-01", "2026-09-30")}


def test_qbud_a_news_items_progress_against_the_plan_counts_from_january() -> None:
    from orchestration.extraction import extract_document

    def periods(body: str) -> set[tuple[str, str]]:
        text = "Lạng Sơn đẩy nhanh giải ngân\n\nChiều 21/10/2026, " + body
        rows = extract_document(text.encode(), "tin.txt").tables["budgets"].to_dicts()
        return {(str(r["period_start"]), str(r["period_end"])) for r in rows if r["measure"] != "plan"}

    assert periods("UBND tỉnh Lạng Sơn cho biết tỷ lệ phân bổ đạt 97,4%, giải ngân đạt 58,1% kế hoạch.\n") == {
        ("2026-01-01", "2026-10-31")}
    # near-miss: the month named keeps it
    assert periods("UBND tỉnh Lạng Sơn cho biết trong tháng 10, giải ngân 410 tỷ đồng, bằng 6,1% kế hoạch.\n") == {
        ("2026-10-01", "2026-10-31")}


def test_ibud_a_programmes_capital_for_the_year_is_its_plan() -> None:
    text = ("Lũy kế giải ngân đến 30/9/2027 là 1.700 tỷ đồng. Đối với 3 chương trình mục tiêu quốc gia, tổng vốn "
            "năm 2027 là 1.150 tỷ đồng (vốn đầu tư 780 tỷ đồng, vốn sự nghiệp 370 tỷ đồng), đã giải ngân 310 tỷ đồng.")
    for token in ("1.150", "780", "370"):
        r = route_in_text(text, token, year=2027)
        assert r.fields["budget_item"] == "target_programme" and r.fields["measure"] == "plan", token
    assert route_in_text(text, "310", year=2027).fields["measure"] == "actual"  # near-miss: paid out of it
    r = route_in_text("Tổng số vốn được phân bổ cho Chương trình MTQG giảm nghèo năm 2026 là 412 tỷ đồng.", "412",
                      year=2026)
    assert r.fields["measure"] == "plan"
    # near-miss: the total capital of firms or of an area is no budget money
    assert _budget_item_of("Tổng vốn đăng ký của doanh nghiệp mới đạt 2.300 tỷ đồng, giải ngân 1.100 tỷ đồng.",
                           "2.300") is None


def test_ibud_a_cut_off_in_news_dated_that_month_counts_from_january() -> None:
    from orchestration.extraction import extract_document

    def periods(text: str) -> set[tuple[str, str, str]]:
        rows = extract_document(text.encode(), "tin.txt").tables["budgets"].to_dicts()
        return {(str(r["period_start"]), str(r["period_end"]), str(r["as_of"])) for r in rows if r["as_of"]}

    assert periods("Bình Phước đẩy nhanh giải ngân\n\nSáng 12/9/2026, Phó Chủ tịch UBND tỉnh Bình Phước cho biết, "
                   "đến ngày 10/9/2026, tỉnh đã giải ngân 3.020 tỷ đồng vốn đầu tư công, đạt 62,3% kế hoạch.\n") == {
        ("2026-01-01", "2026-09-10", "2026-09-10")}
    assert periods("Tây Ninh thu ngân sách khá\n\nChiều 21/11/2025, Cục Thuế tỉnh Tây Ninh cho biết, tính đến ngày "
                   "20/11/2025, thu ngân sách nhà nước trên địa bàn đạt 9.870 tỷ đồng.\n") == {
        ("2025-01-01", "2025-11-20", "2025-11-20")}
    # near-miss: a cut-off in a report on a half year keeps counting from the year's start, as before
    text = ("UBND TỈNH TÂY NINH\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2025\n\n"
            "Tính đến ngày 15/6/2025, thu ngân sách nhà nước trên địa bàn đạt 5.120 tỷ đồng.\n")
    rows = extract_document(text.encode(), "tn.txt").tables["budgets"].to_dicts()
    assert {(str(r["period_start"]), str(r["period_end"])) for r in rows} == {("2025-01-01", "2025-06-30")}


# --- lbud: tax, customs, treasury and council budget news of other provinces (round 5) ---


def test_lbud_the_budget_named_before_a_source_of_revenue_is_that_source() -> None:
    # "thu ngân sách (nhà nước) từ ...": the budget said first, the source after it names the item
    for text, token in (("Tính đến ngày 15/10/2024, Cục Hải quan tỉnh Quảng Ninh thu ngân sách từ hoạt động xuất "
                         "nhập khẩu đạt 13.480 tỷ đồng, đạt 80,2% chỉ tiêu.", "13.480"),
                        ("Năm 2026, thu ngân sách nhà nước từ hoạt động xuất nhập khẩu ước đạt 2.150 tỷ đồng.",
                         "2.150"),
                        ("Thu NSNN trên lĩnh vực xuất nhập khẩu 9 tháng đạt 640 tỷ đồng, tăng 11%.", "11")):
        assert _budget_item_of(text, token) == "revenue_import_export", text
    assert _budget_item_of("Thu ngân sách từ khu vực ngoài quốc doanh đạt 1.310 tỷ đồng, tăng 6%.",
                           "1.310") == "revenue_other"
    # near misses: the budget said with no source, or a domestic source after it, keep their items
    assert _budget_item_of("Thu ngân sách nhà nước trên địa bàn đạt 4.620 tỷ đồng.", "4.620") == "revenue_total"
    assert _budget_item_of("Thu ngân sách từ thuế nội địa đạt 3.870 tỷ đồng.", "3.870") == "revenue_domestic"
    assert _budget_item_of("Thu ngân sách từ 62.000 - 65.000 tỷ đồng là mục tiêu của tỉnh.",
                           "62.000") == "revenue_total"


def test_lbud_a_tax_or_customs_office_that_collects_names_the_revenue() -> None:
    # after the 2025 reorganisation the offices are "Thuế tỉnh X", "Chi cục Thuế khu vực ...", "Hải quan khu vực
    # ...": the office said as the one who collects, with the verb, is the budget revenue it manages (the tax office's
    # the domestic revenue, customs' that of imports and exports)
    for text, token in (("Chi cục Thuế khu vực X thu được 4.320 tỷ đồng, đạt 96% dự toán.", "4.320"),
                        ("Thuế tỉnh Gia Lai ước thu đạt 7.640 tỷ đồng trong 10 tháng.", "7.640"),
                        ("Năm 2025, Cục Thuế thành phố Cần Thơ đã thu được 11.020 tỷ đồng.", "11.020")):
        assert _budget_item_of(text, token) == "revenue_domestic", text
    for text, token in (("Cục Hải quan tỉnh Lạng Sơn thu được 5.210 tỷ đồng, tăng 14%.", "5.210"),
                        ("9 tháng, Hải quan khu vực IV ước thu đạt 820 tỷ đồng.", "820")):
        assert _budget_item_of(text, token) == "revenue_import_export", text
    # near misses: the office's other numbers, and a tax named bare, stay what they were
    assert _budget_item_of("Chi cục Thuế khu vực V hỗ trợ 1.200 doanh nghiệp khai thuế với 36 tỷ đồng.",
                           "36") is None
    assert _budget_item_of("Thuế thu nhập cá nhân thu được 1.045 tỷ đồng.", "1.045") == "revenue_other"


def test_lbud_customs_paying_in_what_it_collects_and_duties_named_one_by_one() -> None:
    # customs "thu nộp ngân sách" (collects and pays into the budget) is its revenue, though "thu nộp" said of a fine
    # is no budget revenue; the export duty and the import duty named apart are customs' revenue too
    for text, token in (("Quý III, Chi cục Hải quan cửa khẩu Hữu Nghị thu nộp ngân sách nhà nước được 1.730 tỷ đồng.",
                         "1.730"),
                        ("Năm 2027, thu thuế nhập khẩu ước đạt 640 tỷ đồng, tăng 5%.", "640"),
                        ("Số thu thuế xuất khẩu đạt 95 tỷ đồng; thuế nhập khẩu 410 tỷ đồng.", "410")):
        assert _budget_item_of(text, token) == "revenue_import_export", text
    assert _budget_item_of("Kiểm lâm tịch thu 12 m³ gỗ, thu nộp ngân sách nhà nước 96 triệu đồng.", "96") is None


def test_lbud_a_cut_off_said_after_a_subject_of_another_kind_stays_in_its_paragraph() -> None:
    # a day a paragraph before says after its subject (the debt "đến ngày 31/12") dates that subject alone, not the
    # revenue of the next paragraph; a day heading its sentence ("Tính đến ngày ...") still heads what follows
    lines = "Chi thường xuyên năm 2026 là 8.400 tỷ đồng, bằng 97% dự toán.\n"
    debt = lines + "Dư nợ vay của ngân sách tỉnh đến ngày 31/12/2026 còn 275 tỷ đồng.\n"
    revenue = route_in_text("Thu từ khu vực ngoài quốc doanh đạt 1.120 tỷ đồng.", "1.120", year=2026, preceding=debt)
    assert revenue.table == "budgets" and revenue.fields["as_of"] is None
    headed = lines + "Tính đến ngày 15/12/2026, thu ngân sách nhà nước đạt 5.000 tỷ đồng.\n"
    spending = route_in_text("Chi đầu tư phát triển đạt 1.120 tỷ đồng.", "1.120", year=2026, preceding=headed)
    assert spending.fields["as_of"] == dt.date(2026, 12, 15)


def test_lbud_a_local_budgets_debt_with_its_time_said_before_the_budget() -> None:
    # "Dư nợ vay cuối năm 2026 của ngân sách tỉnh": the time between the debt and the budget owing it keeps it the
    # budget's debt (item other), not a bank's credit outstanding; credit stays no budget figure
    for text in ("Dư nợ vay cuối năm 2026 của ngân sách tỉnh là 430 tỷ đồng.",
                 "Dư nợ đến ngày 30/6/2026 của ngân sách địa phương còn 430 tỷ đồng."):
        assert _budget_item_of(text, "430", year=2026) == "other", text
    assert _budget_item_of("Dư nợ tín dụng cuối năm 2026 của các ngân hàng đạt 430 tỷ đồng.", "430", year=2026) is None


def test_lbud_the_duties_on_exports_and_imports_written_with_a_comma_are_one_label() -> None:
    r = route_in_text("Năm 2027, thu thuế xuất khẩu, nhập khẩu dự kiến 2.350 tỷ đồng.", "2.350", year=2026)
    assert r.fields["budget_item"] == "revenue_import_export"
    assert r.fields["budget_label"] == "thu thuế xuất khẩu, nhập khẩu"


def test_lbud_the_issuer_of_the_revenues_estimate_is_not_the_spendings() -> None:
    # a rate of a bare "dự toán" after another family's rate of an issuer's estimate in the same sentence has no
    # issuer; within one family the issuer carries on
    text = ("Thu ngân sách nhà nước được 9.100 tỷ đồng, bằng 108% dự toán HĐND tỉnh giao; chi ngân sách địa phương "
            "được 7.300 tỷ đồng, bằng 88% dự toán.")
    assert route_in_text(text, "88", year=2026).fields["plan_basis"] is None
    same = ("Thu ngân sách nhà nước được 9.100 tỷ đồng, bằng 108% dự toán HĐND tỉnh giao; thu nội địa "
            "được 7.300 tỷ đồng, bằng 88% dự toán.")
    assert route_in_text(same, "88", year=2026).fields["plan_basis"] == "provincial"


def test_lbud_spending_saved_is_no_spending() -> None:
    # money kept back from the spending named ("tiết kiệm 10% chi thường xuyên"), set aside for other uses: a line
    # of its own (item other), not recurrent or total spending
    for text, token in (("Năm 2024, tỉnh thực hiện tiết kiệm 10% chi thường xuyên với số tiền 124 tỷ đồng.", "124"),
                        ("Đắk Nông: Tiết kiệm chi thường xuyên trên 120 tỷ đồng", "120"),
                        ("Các sở, ngành đã tiết kiệm chi ngân sách được 36,5 tỷ đồng.", "36,5"),
                        ("Tiết kiệm dự toán chi ngân sách năm 2026 là 215 tỷ đồng.", "215")):
        assert _budget_item_of(text, token) == "other", text
    # near misses: spending after a saving's clause has ended, and spending said beside savings, stay spending
    assert _budget_item_of("Dù tiết kiệm chi, chi thường xuyên vẫn đạt 2.310 tỷ đồng.", "2.310") == \
        "expenditure_recurrent"
    assert _budget_item_of("Chi thường xuyên 1.950 tỷ đồng, trong đó chi từ nguồn tiết kiệm 40 tỷ đồng.",
                           "1.950") == "expenditure_recurrent"


def test_lbud_every_line_of_a_list_under_a_budget_lead_is_of_its_item() -> None:
    from orchestration.extraction import extract_document

    def budget_rows(text: str) -> set[tuple[str, str, float]]:
        rows = extract_document(text.encode(), "tin.txt").tables["budgets"].to_dicts()
        return {(r["budget_item"], r["measure"], r["value"]) for r in rows}

    lead = "Kết quả thu ngân sách của các huyện, thị xã trên địa bàn tỉnh Phú Thọ năm 2024 như sau:\n"
    rows = budget_rows(lead + "- Thành phố Việt Trì: 1.250 tỷ đồng, đạt 118% dự toán;\n"
                       "- Thị xã Phú Thọ: 215 tỷ đồng, đạt 104% dự toán;\n"
                       "- Huyện Lâm Thao: 342 tỷ đồng, đạt 97% dự toán.\n")
    assert {("revenue_total", "actual", 215e9), ("revenue_total", "plan_pct", 104.0),
            ("revenue_total", "actual", 342e9), ("revenue_total", "plan_pct", 97.0)} <= rows
    rows = budget_rows("Giải ngân vốn đầu tư công năm 2025 của một số huyện:\n+ Huyện Ba Bể: 96 tỷ đồng;\n"
                       "+ Huyện Na Rì: 131,4 tỷ đồng;\n+ Huyện Pác Nặm: 88 tỷ đồng.\n")
    assert {("public_investment", "actual", 131.4e9), ("public_investment", "actual", 88e9)} <= rows
    # near misses: a line after the list has ended, and a list under an allotment's lead, are no budget figures
    rows = budget_rows(lead + "- Thành phố Việt Trì: 1.250 tỷ đồng;\n\nTổng mức bán lẻ của huyện Lâm Thao đạt "
                       "342 tỷ đồng.\n")
    assert not any(value == 342e9 for _, _, value in rows)
    rows = budget_rows("Tỉnh đã phân bổ kinh phí cho các huyện như sau:\n- Huyện A: 12 tỷ đồng;\n"
                       "- Huyện B: 9 tỷ đồng.\n")
    assert not any(value == 9e9 for _, _, value in rows)


def test_lbud_the_deficit_and_the_borrowing_that_covers_it_go_on_with_the_plan() -> None:
    # "bội chi" names the deficit: its "chi" is no verb of spending done, so borrowing "để bù đắp bội chi" in a
    # council's estimate is planned as the deficit is
    text = ("HĐND tỉnh quyết nghị thông qua dự toán ngân sách năm 2026. Tổng chi ngân sách địa phương 24.600 tỷ đồng. "
            "Bội chi ngân sách địa phương 180 tỷ đồng; tổng mức vay để bù đắp bội chi 175 tỷ đồng.")
    for token in ("180", "175"):
        r = route_in_text(text, token, year=2025)
        assert (r.table, r.fields["budget_item"], r.fields["measure"]) == ("budgets", "other", "plan"), token
    r = route_in_text("Dự toán năm 2027: bội chi 96 tỷ đồng, mức vay bù đắp bội chi 96 tỷ đồng.", "96", occurrence=2,
                      year=2026)
    assert r.fields["measure"] == "plan"
    # near miss: spending said by the bare verb stays what was done
    r = route_in_text("Năm 2025, tỉnh đã chi 1.230 tỷ đồng, bằng 96% dự toán.", "1.230", year=2025)
    assert r.fields["measure"] == "actual"


def test_lbud_a_councils_session_that_adopts_the_estimate_sets_a_provincial_plan() -> None:
    from orchestration.extraction import extract_document

    def bases(text: str) -> set[tuple[float, str | None]]:
        rows = extract_document(text.encode(), "tin.txt").tables["budgets"].to_dicts()
        return {(r["value"], r["plan_basis"]) for r in rows if r["measure"] == "plan"}

    for lead in ("Ngày 10/12/2025, HĐND tỉnh Tuyên Quang khóa XIX tổ chức kỳ họp thứ 5, thông qua Nghị quyết về dự "
                 "toán ngân sách nhà nước năm 2026.",
                 "Chiều 9/12/2026, Hội đồng nhân dân tỉnh Gia Lai đã biểu quyết thông qua Nghị quyết dự toán thu, chi "
                 "ngân sách năm 2027 của tỉnh sau hợp nhất."):
        got = bases(lead + "\n\nTheo đó, dự toán thu ngân sách nhà nước trên địa bàn là 8.250 tỷ đồng; tổng chi "
                    "ngân sách địa phương 24.600 tỷ đồng.\n")
        assert got == {(8250e9, "provincial"), (24600e9, "provincial")}, lead
    # near miss: a council that met on other matters sets no basis for the estimate news reports after it
    got = bases("Ngày 10/12/2025, HĐND tỉnh Tuyên Quang tổ chức kỳ họp thứ 5, thông qua Nghị quyết về giá đất.\n\n"
                "Theo đó, dự toán thu ngân sách nhà nước năm 2026 là 8.250 tỷ đồng.\n")
    assert got == {(8250e9, None)}


def test_lbud_an_amount_collected_from_a_source_named_after_it_is_of_that_source() -> None:
    # the bare verb of collecting, the amount, then "từ <source>" (headlines put the amount first)
    for text, token, item in (("Hà Nam thu hơn 1.200 tỷ đồng từ đấu giá đất", "1.200", "revenue_land_use"),
                              ("Năm 2025, huyện đã thu về 96 tỷ đồng từ tiền thuê đất.", "96", "revenue_other"),
                              ("Bình Định thu 2.450 tỷ đồng từ hoạt động xuất nhập khẩu", "2.450",
                               "revenue_import_export")):
        assert _budget_item_of(text, token) == item, text
    # near misses: a source after an amount no verb of collecting comes before, and a harvest, are no revenue
    assert _budget_item_of("Tỉnh hỗ trợ 12 tỷ đồng từ tiền sử dụng đất cho các xã.", "12") is None
    assert _budget_item_of("Nông dân thu 35 triệu đồng từ mỗi héc-ta lúa.", "35") is None


def test_lbud_an_auctions_gain_over_the_starting_price_is_a_difference() -> None:
    for text, token in (("Qua 25 phiên đấu giá quyền sử dụng đất, thu về 1.236 tỷ đồng, tăng 410 tỷ đồng so với giá "
                         "khởi điểm.", "410"),
                        ("Tổng số tiền trúng đấu giá đất đạt 2.315 tỷ đồng, chênh lệch 1.080 tỷ đồng.", "1.080"),
                        ("Đấu giá QSDĐ thu 640 tỷ đồng, cao gấp đôi, chênh lệch so với giá khởi điểm là 330 tỷ đồng.",
                         "330")):
        assert _budget_item_of(text, token) == "other", text
    # near misses: what the auctions fetched stays land-use revenue
    assert _budget_item_of("Qua 25 phiên đấu giá quyền sử dụng đất, thu về 1.236 tỷ đồng, tăng 410 tỷ đồng so với giá "
                           "khởi điểm.", "1.236") == "revenue_land_use"
    assert _budget_item_of("Đấu giá đất thu 530 tỷ đồng so với dự toán 400 tỷ đồng.", "530") == "revenue_land_use"


def test_lbud_a_tax_refund_is_no_revenue() -> None:
    for text, token in (("Thuế cơ sở 3 hoàn thuế giá trị gia tăng cho 12 doanh nghiệp với số tiền 4,1 tỷ đồng.", "4,1"),
                        ("Trong 9 tháng, cơ quan thuế đã hoàn thuế GTGT 215 tỷ đồng.", "215"),
                        ("Số tiền hoàn trả thuế cho doanh nghiệp xuất khẩu là 86 tỷ đồng.", "86")):
        assert _budget_item_of(text, token) is None, text
    # near miss: the value-added tax collected stays revenue
    assert _budget_item_of("Thuế giá trị gia tăng thu được 1.340 tỷ đồng.", "1.340") == "revenue_other"


def test_lbud_what_a_local_budget_keeps_said_without_thu_is_its_revenue() -> None:
    for text, token in (("Ngân sách phường được hưởng theo phân cấp 41,6 tỷ đồng.", "41,6"),
                        ("Năm 2026, ngân sách xã được hưởng ước đạt 18,2 tỷ đồng, bằng 105% dự toán.", "18,2"),
                        ("Ngân sách cấp huyện được hưởng 356 tỷ đồng.", "356")):
        assert _budget_item_of(text, token) == "revenue_total", text
    # near misses: a share a budget keeps of a revenue is a rule, no figure of the budget; a budget spent stays spent
    assert _budget_item_of("Ngân sách cấp xã được hưởng 30% số thu tiền sử dụng đất trên địa bàn.", "30") is None
    assert _budget_item_of("Chi ngân sách xã được 9,4 tỷ đồng.", "9,4") == "expenditure_total"


def test_nbud_a_bare_tally_after_a_budget_sentence_is_its_item() -> None:
    # "số thu" / "số chi" with no item of its own: the revenue or spending the sentences before named
    for text, token, item in (
            ("Tổng thu ngân sách trên địa bàn 9 tháng đạt 2.340 tỷ đồng. Riêng tháng 9/2024, số thu đạt 265 tỷ đồng.",
             "265", "revenue_total"),
            ("Thu nội địa quý III ước đạt 812 tỷ đồng. Trong tháng 8, số thu ước đạt khoảng 270 tỷ đồng.", "270",
             "revenue_domestic"),
            ("Tổng chi ngân sách địa phương 6 tháng là 4.150 tỷ đồng; riêng tháng 6, số chi ước đạt 1.010 tỷ đồng.",
             "1.010", "expenditure_total"),
            ("Chi ngân sách cấp xã năm 2026 đạt 14,2 tỷ đồng. Số chi tháng 12 là 3,1 tỷ đồng.", "3,1",
             "expenditure_total")):
        assert _budget_item_of(text, token) == item, text
    r = route_in_text("Tổng thu ngân sách 9 tháng đạt 2.340 tỷ đồng. Riêng tháng 9, số thu đạt 265 tỷ đồng.", "265")
    assert r.fields["measure"] == "actual" and r.fields["budget_label"] == "số thu"
    # the paragraph before names the item when the tally opens its own paragraph
    r = route_in_text("Riêng tháng 10, số thu được 310 tỷ đồng.", "310",
                      preceding="Tổng thu ngân sách 10 tháng ước đạt 3.020 tỷ đồng.")
    assert r is not None and r.table == "budgets" and r.fields["budget_item"] == "revenue_total"


def test_nbud_a_bare_tally_of_the_other_family_or_of_something_else_stays_out() -> None:
    # "số thu" after a spending sentence says nothing of which revenue; no budget sentence before, no item
    assert _budget_item_of("Chi ngân sách 9 tháng đạt 5.100 tỷ đồng. Riêng tháng 9, số thu đạt 265 tỷ đồng.",
                           "265") is None
    assert _budget_item_of("Riêng tháng 9, số thu đạt 265 tỷ đồng.", "265") is None
    # income, payments of benefits: other things, whatever budget came before
    assert _budget_item_of("Tổng thu ngân sách đạt 2.340 tỷ đồng. Bình quân số thu nhập đạt 65 triệu đồng.",
                           "65") is None
    assert _budget_item_of("Tổng chi ngân sách đạt 4.150 tỷ đồng. Số chi trả trợ cấp là 12 tỷ đồng.", "12") is None


def test_nbud_state_budget_capital_put_to_work_is_public_investment() -> None:
    # the statistics office's line: capital realised from the state budget, the plan's share of it
    text = ("Vốn đầu tư thực hiện từ nguồn ngân sách nhà nước do địa phương quản lý tháng 02 ước đạt 512 tỷ "
            "đồng; lũy kế 2 tháng đạt 1.340 tỷ đồng, bằng 9,4% kế hoạch năm.")
    for token, measure in (("512", "actual"), ("1.340", "actual"), ("9,4", "plan_pct")):
        r = route_in_text(text, token, year=2026)
        assert r is not None and r.table == "budgets", token
        assert r.fields["budget_item"] == "public_investment" and r.fields["measure"] == measure, token
    assert _budget_item_of("Quý I/2025, vốn thực hiện thuộc nguồn vốn NSNN đạt 2.105 tỷ đồng.", "2.105") == \
        "public_investment"
    # near miss: the area's whole investment stays an indicator
    assert _budget_item_of("Vốn đầu tư thực hiện trên địa bàn quý I ước đạt 9.800 tỷ đồng.", "9.800") is None


def test_nbud_the_spending_estimate_said_without_ngan_sach_is_planned_spending() -> None:
    text = "Dự toán thu ngân sách xã năm 2026 là 56 tỷ đồng, dự toán chi 72 tỷ đồng."
    r = route_in_text(text, "72", year=2025)
    assert r is not None and r.table == "budgets"
    assert r.fields["budget_item"] == "expenditure_total" and r.fields["measure"] == "plan"
    assert r.fields["period_start"] == dt.date(2026, 1, 1) and r.fields["period_end"] == dt.date(2026, 12, 31)
    r = route_in_text("Năm 2027, dự toán chi của huyện là 615 tỷ đồng.", "615", year=2026)
    assert r.fields["budget_item"] == "expenditure_total" and r.fields["measure"] == "plan"
    # near misses: an item named after it is read, and named as written
    r = route_in_text("Dự toán chi thường xuyên năm 2026 là 48 tỷ đồng.", "48", year=2026)
    assert r.fields["budget_item"] == "expenditure_recurrent" and r.fields["measure"] == "plan"
    r = route_in_text("Dự toán chi ngân sách năm 2025 thị xã được giao 410 tỷ đồng.", "410", year=2025)
    assert r.fields["budget_item"] == "expenditure_total" and r.fields["budget_label"].startswith("chi ngân sách")
    # spending done, said with the verb after an estimate, stays actual
    r = route_in_text("Chi ngân sách xã năm 2025 theo dự toán giao 90 tỷ đồng, đến nay đã chi 61 tỷ đồng.", "61",
                      year=2025)
    assert r.fields["budget_item"] == "expenditure_total" and r.fields["measure"] == "actual"


def test_nbud_a_transfer_said_with_the_giver_first_is_other() -> None:
    for text, token in (("Ngân sách tỉnh đã cấp bổ sung cho phường 4,5 tỷ đồng để chi trả chế độ.", "4,5"),
                        ("Năm 2026, tỉnh bổ sung cân đối cho các xã 1.250 tỷ đồng.", "1.250"),
                        ("UBND huyện đã bổ sung kinh phí cho xã Tân Lập 800 triệu đồng.", "800")):
        assert _budget_item_of(text, token) == "other", text
    # near misses: spending out of the centre's targeted transfers keeps the programmes' row (a targeted transfer
    # given to a lower budget is a transfer too, tested below); transfers received stay revenue
    assert _budget_item_of("Chi từ nguồn ngân sách Trung ương bổ sung có mục tiêu 2,5 tỷ đồng.", "2,5") == \
        "target_programme"
    assert _budget_item_of("Thu bổ sung cân đối từ ngân sách tỉnh 15,2 tỷ đồng.", "15,2") == "revenue_other"


def test_nbud_a_later_line_of_a_list_is_labelled_by_the_leads_item() -> None:
    lead = "Kết quả thu ngân sách nhà nước năm 2025 của các huyện như sau:"
    for line, token in (("- Thị xã Phú Thọ: 215 tỷ đồng, đạt 104% dự toán;", "215"),
                        ("- Thị xã Phú Thọ: 215 tỷ đồng, đạt 104% dự toán;", "104"),
                        ("- Huyện Thanh Ba đạt 128 tỷ đồng, bằng 91% dự toán.", "91")):
        r = route_in_text(line, token, preceding=lead)
        assert r.fields["budget_item"] == "revenue_total"
        assert r.fields["budget_label"].startswith("thu ngân sách nhà nước năm 2025"), line
    # near miss: a line naming its own item keeps its own label
    r = route_in_text("- Thu nội địa: 190 tỷ đồng;", "190", preceding=lead)
    assert r.fields["budget_label"] == "Thu nội địa"


def test_nbud_money_carried_over_or_handed_on_between_budgets_is_other() -> None:
    for text, token in (("Năm 2025, ngân sách phường Tân An chi chuyển nguồn sang năm 2026 là 8,7 tỷ đồng.", "8,7"),
                        ("Số chuyển nguồn ngân sách tỉnh sang năm sau ước 1.320 tỷ đồng.", "1.320"),
                        ("Sau sắp xếp, ngân sách huyện Mường Tè bàn giao cho ngân sách các xã mới 14,3 tỷ đồng.",
                         "14,3"),
                        ("Số dư của huyện đã chuyển giao về ngân sách tỉnh 96 tỷ đồng.", "96")):
        assert _budget_item_of(text, token) == "other", text
    # near misses: capital carried over keeps its sentence's item; a building or a technology handed over is no
    # budget money
    assert _budget_item_of("Kế hoạch vốn đầu tư công năm 2026 là 900 tỷ đồng, gồm vốn chuyển nguồn từ năm 2025 là "
                           "120 tỷ đồng.", "120", year=2026) == "public_investment"
    assert _budget_item_of("Huyện bàn giao cho xã trụ sở trị giá 14 tỷ đồng.", "14") is None
    assert _budget_item_of("Doanh nghiệp chuyển giao công nghệ trị giá 30 tỷ đồng.", "30") is None


def _budget_rows(text: str) -> list[dict]:
    from orchestration.extraction import extract_document

    return list(extract_document(text.encode(), "probe.txt").tables["budgets"].iter_rows(named=True))


def _period_of(rows: list[dict], value: float) -> tuple[dt.date, dt.date, dt.date | None]:
    row = next(r for r in rows if r["value"] == value)
    return row["period_start"], row["period_end"], row["as_of"]


def test_a_sentence_opening_on_one_month_ends_the_reach_of_a_cut_off_before_it():
    rows = _budget_rows("KHO BẠC NHÀ NƯỚC KHU VỰC IV\nNgày 06/9/2026\n\nLũy kế đến hết tháng 8/2026, giải ngân vốn đầu "
                        "tư công đạt 3.410 tỷ đồng, bằng 51,2% kế hoạch vốn. Tháng 8, giải ngân được 612 tỷ đồng.\n")
    assert _period_of(rows, 612e9) == (dt.date(2026, 8, 1), dt.date(2026, 8, 31), None)
    # (the cut-off's own figure keeps it)
    assert _period_of(rows, 3410e9) == (dt.date(2026, 1, 1), dt.date(2026, 8, 31), dt.date(2026, 8, 31))


def test_a_run_of_months_after_a_cut_off_date_is_its_own_period():
    rows = _budget_rows("UBND TỈNH QUẢNG TRỊ\nBáo cáo năm 2026\n\nTừ ngày 01/01/2026 đến ngày 31/8/2026, thu ngân sách "
                        "trên địa bàn đạt 4.120 tỷ đồng. Từ tháng 5 đến tháng 12 năm 2026, chi thường xuyên "
                        "1.870 tỷ đồng.\n")
    assert _period_of(rows, 1870e9)[:2] == (dt.date(2026, 5, 1), dt.date(2026, 12, 31))


def test_a_communes_budget_from_its_founding_day_covers_the_days_said():
    rows = _budget_rows("UBND XÃ HÒA BÌNH\nHòa Bình, ngày 08 tháng 01 năm 2027\n\nBÁO CÁO\nTình hình thực hiện ngân "
                        "sách năm 2026\n\nTổng thu ngân sách xã từ ngày 01/8/2026 đến ngày 31/12/2026 đạt 8,4 tỷ đồng, "
                        "bằng 112% dự toán giao.\n")
    assert _period_of(rows, 8.4e9)[:2] == (dt.date(2026, 8, 1), dt.date(2026, 12, 31))
    assert _period_of(rows, 112.0)[:2] == (dt.date(2026, 8, 1), dt.date(2026, 12, 31))


def test_a_target_for_a_part_of_the_year_covers_that_part():
    rows = _budget_rows("UBND TỈNH SƠN LA\nSơn La, ngày 06 tháng 7 năm 2026\n\nBÁO CÁO\nTình hình thực hiện nhiệm vụ 6 "
                        "tháng đầu năm 2026\n\nThu ngân sách nhà nước trên địa bàn 6 tháng đầu năm đạt 2.310 tỷ đồng, "
                        "bằng 55% dự toán. 6 tháng cuối năm 2026, phấn đấu thu ngân sách nhà nước đạt 2.050 tỷ đồng. "
                        "Quý III/2026, dự kiến giải ngân vốn đầu tư công 1.140 tỷ đồng. Dự toán thu ngân sách năm 2026 "
                        "là 4.200 tỷ đồng.\n")
    assert _period_of(rows, 2050e9)[:2] == (dt.date(2026, 7, 1), dt.date(2026, 12, 31))
    assert _period_of(rows, 1140e9)[:2] == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    # (the year's estimate, no target for a part, keeps the year)
    assert _period_of(rows, 4200e9)[:2] == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def test_a_month_singled_out_with_the_verb_alone_collects_what_the_sentence_before_did():
    lead = ("THUẾ TỈNH CAO BẰNG\nNgày 05/10/2026\n\nLũy kế 9 tháng năm 2026, số thu ngân sách của Thuế tỉnh đạt "
            "1.840 tỷ đồng, bằng 76% dự toán. ")
    rows = _budget_rows(lead + "Riêng tháng 9/2026 thu 214 tỷ đồng.\n")
    row = next(r for r in rows if r["value"] == 214e9)
    assert (row["budget_item"], row["budget_label"], row["measure"]) == ("revenue_total", "thu", "actual")
    assert (row["period_start"], row["period_end"], row["as_of"]) == (dt.date(2026, 9, 1), dt.date(2026, 9, 30), None)
    # ("thu hút": drawing investment in, no revenue collected)
    assert not any(r["value"] == 214e9 for r in _budget_rows(lead + "Riêng tháng 9/2026 thu hút 214 tỷ đồng vốn.\n"))


def test_a_cut_off_in_a_text_dated_in_one_month_counts_from_january():
    rows = _budget_rows("UBND TỈNH AN GIANG\nNgày 19/11/2026\n\nTính đến ngày 16/11/2026, tổng thu ngân sách nhà nước "
                        "trên địa bàn đạt 14.250 tỷ đồng, bằng 92,5% dự toán HĐND tỉnh giao.\n")
    assert _period_of(rows, 14250e9) == (dt.date(2026, 1, 1), dt.date(2026, 11, 16), dt.date(2026, 11, 16))
    # (a month of its own, said before the cut-off, keeps that month: "Tháng 11, đến ngày 16/11")
    rows = _budget_rows("UBND TỈNH AN GIANG\nNgày 19/11/2026\n\nTrong tháng 11, tính đến ngày 16/11/2026, thu ngân "
                        "sách đạt 820 tỷ đồng.\n")
    assert _period_of(rows, 820e9)[:2] == (dt.date(2026, 11, 1), dt.date(2026, 11, 16))
    # (so in news: a paper's lead names its month before the cut-off; one naming none counts from January)
    news = "Thu ngân sách tăng khá\n\n(Báo Hậu Giang) - {}tính đến ngày 16/11/2026, thu ngân sách đạt 820 tỷ đồng.\n"
    assert _period_of(_budget_rows(news.format("Trong tháng 11, ")), 820e9)[:2] == (dt.date(2026, 11, 1),
                                                                                 dt.date(2026, 11, 16))
    assert _period_of(_budget_rows(news.format("")), 820e9)[:2] == (dt.date(2026, 1, 1), dt.date(2026, 11, 16))


def test_items_read_respectively_take_each_its_own_amount_and_rate():
    text = ("Thu nội địa và thu từ đất lần lượt đạt 4.100 tỷ đồng và 960 tỷ đồng, bằng 91% và 120% dự toán. "
            "Chi đầu tư phát triển và thường xuyên tương ứng là 2.700 tỷ đồng và 6.300 tỷ đồng, tăng tương ứng 9% và "
            "4% so với cùng kỳ.")
    read = {num: (route_in_text(text, num).fields["budget_item"], route_in_text(text, num).fields["budget_label"])
            for num in ("4.100", "960", "91", "120", "2.700", "6.300", "9", "4")}
    assert read == {"4.100": ("revenue_domestic", "Thu nội địa"), "960": ("revenue_land_use", "thu từ đất"),
                    "91": ("revenue_domestic", "Thu nội địa"), "120": ("revenue_land_use", "thu từ đất"),
                    "2.700": ("expenditure_investment", "Chi đầu tư phát triển"),
                    "6.300": ("expenditure_recurrent", "thường xuyên"),
                    "9": ("expenditure_investment", "Chi đầu tư phát triển"),
                    "4": ("expenditure_recurrent", "thường xuyên")}


def test_a_lone_figure_after_a_respective_list_keeps_its_own_item():
    # (as many names as numbers or no pairing: the rate of the total and a later clause's item stay theirs)
    text = ("Thu tiền sử dụng đất và thu xổ số lần lượt đạt 530 tỷ đồng và 41 tỷ đồng; chi thường xuyên đạt "
            "2.050 tỷ đồng, bằng 64% dự toán.")
    assert route_in_text(text, "2.050").fields["budget_item"] == "expenditure_recurrent"
    assert route_in_text(text, "64").fields["budget_item"] == "expenditure_recurrent"
    assert route_in_text("Thu ngân sách tỉnh và huyện lần lượt đạt 800 tỷ đồng và 300 tỷ đồng.",
                         "300").fields["budget_item"] == "revenue_total"


def test_a_headline_without_a_full_stop_gives_no_measure_to_the_breakdown_under_the_lead():
    rows = _budget_rows("Phường An Hòa thu ngân sách vượt dự toán\n\nNgày 14/10/2026, UBND phường An Hòa cho biết tổng "
                        "thu ngân sách trên địa bàn phường đạt 52,4 tỷ đồng, bằng 118% dự toán giao.\nTrong đó, thu "
                        "tiền sử dụng đất 31,2 tỷ đồng; lệ phí trước bạ 4,6 tỷ đồng.\n")
    row = next(r for r in rows if r["value"] == 31.2e9)
    assert (row["budget_item"], row["measure"], row["plan_basis"]) == ("revenue_land_use", "actual", None)
    # (a lead that sets the estimate still gives its measure to the breakdown under it)
    rows = _budget_rows("Phường An Hòa giao dự toán năm 2027\n\nHĐND phường An Hòa giao dự toán thu ngân sách năm 2027 "
                        "là 60 tỷ đồng.\nTrong đó, thu tiền sử dụng đất 35 tỷ đồng.\n")
    assert next(r for r in rows if r["value"] == 35e9)["measure"] == "plan"


def test_an_anaphor_opening_a_paragraph_points_to_the_item_the_paragraph_before_ended_on():
    rows = _budget_rows("UBND XÃ PHÚ LỘC\nNgày 02/12/2026\n\nTổng thu ngân sách xã 11 tháng đạt 27,5 tỷ đồng.\n"
                        "Số thu này đã vượt 9% so với dự toán HĐND xã giao.\n")
    row = next(r for r in rows if r["value"] == 109.0)
    assert (row["budget_item"], row["measure"]) == ("revenue_total", "plan_pct")
    # ("số thu" names revenue: after a paragraph on spending it points to nothing there)
    rows = _budget_rows("UBND XÃ PHÚ LỘC\nNgày 02/12/2026\n\nChi ngân sách xã 11 tháng đạt 21,5 tỷ đồng.\n"
                        "Số thu này đã vượt 9% so với dự toán HĐND xã giao.\n")
    assert not any(r["value"] == 109.0 and r["budget_item"] == "expenditure_total" for r in rows)


def test_borrowing_lines_of_a_budget_resolution_are_budget_rows():
    text = ("Điều 1. Thông qua dự toán ngân sách địa phương năm 2027 như sau:\n"
            "1. Bội chi ngân sách địa phương: 96.000 triệu đồng.\n"
            "2. Tổng mức vay của ngân sách địa phương: 180.000 triệu đồng.\n")
    row = route_in_text(text, "180.000")
    assert row.table == "budgets" and (row.fields["budget_item"], row.fields["measure"]) == ("other", "plan")
    # (a bank's lending is no budget)
    lending = route_in_text("Mức vay tín dụng ưu đãi tối đa 100 triệu đồng/hộ.", "100")
    assert lending is None or lending.table != "budgets"


def test_plan_capital_carried_over_into_the_next_year_is_that_years_plan():
    rows = _budget_rows("KHO BẠC NHÀ NƯỚC KHU VỰC VII\nNgày 08/12/2026\n\nSố vốn kế hoạch năm 2026 chuyển nguồn sang "
                        "năm 2027 dự kiến khoảng 870 tỷ đồng.\n")
    row = next(r for r in rows if r["value"] == 870e9)
    assert (row["budget_item"], row["measure"]) == ("public_investment", "plan")
    assert (row["period_start"], row["period_end"]) == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))


def test_a_commune_said_with_its_verb_and_amount_collects_or_is_set_a_revenue():
    rows = _budget_rows("UBND PHƯỜNG TÂN AN\nNgày 25/11/2026\n\nHai tháng cuối năm, phường phấn đấu thu thêm 42 tỷ "
                        "đồng. Dự toán năm ngân sách 2027, phường được giao thu 260 tỷ đồng.\n")
    more, set_for = next(r for r in rows if r["value"] == 42e9), next(r for r in rows if r["value"] == 260e9)
    assert (more["budget_item"], more["measure"]) == ("revenue_total", "plan")
    assert (more["period_start"], more["period_end"]) == (dt.date(2026, 11, 1), dt.date(2026, 12, 31))
    assert (set_for["budget_item"], set_for["measure"]) == ("revenue_total", "plan")
    assert (set_for["period_start"], set_for["period_end"]) == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    # (what a commune harvests is no revenue)
    assert not _budget_rows("UBND XÃ TÂN AN\nNgày 25/11/2026\n\nXã thu hoạch 320 tấn lúa.\n")


def test_a_title_read_into_its_lead_does_not_say_what_the_leads_figures_measure():
    # (the layout joins a title without a full stop to the lead under it; its "giải ngân" measures nothing there)
    rows = _budget_rows("UBND TỈNH BẮC NINH\nBắc Ninh, ngày 12 tháng 11 năm 2026\n\nVề tình hình giải ngân vốn đầu "
                        "tư công năm 2026\n\nTổng kế hoạch vốn đầu tư công năm 2026 của tỉnh là 21.300 tỷ đồng, trong "
                        "đó vốn ngân sách trung ương 8.400 tỷ đồng, vốn ngân sách địa phương 12.900 tỷ đồng.\n")
    assert {r["value"]: r["measure"] for r in rows if r["value"] in (8400e9, 12900e9)} == {8400e9: "plan",
                                                                                          12900e9: "plan"}
    # (a sentence whose own words say nothing still goes on with its lead's measure: "giải ngân" said there)
    rows = _budget_rows("UBND TỈNH BẮC NINH\n\nĐến ngày 31/10/2026, tỉnh đã giải ngân vốn đầu tư công 11.200 tỷ đồng, "
                        "trong đó vốn ngân sách trung ương 4.100 tỷ đồng.\n")
    assert next(r for r in rows if r["value"] == 4100e9)["measure"] == "actual"


def test_spending_carried_over_in_a_settlement_is_spent_in_the_settled_year():
    text = ("Điều 1. Phê chuẩn quyết toán ngân sách địa phương năm 2025 như sau:\n"
            "1. Tổng chi ngân sách địa phương: 9.120.500 triệu đồng.\n"
            "2. Chi chuyển nguồn sang năm 2026: 1.204.300 triệu đồng.\n")
    row = route_in_text(text, "1.204.300")
    assert (row.fields["budget_item"], row.fields["measure"]) == ("other", "actual")
    # (what is to be carried over, reckoned ahead, is still a plan; capital carried over too)
    assert route_in_text("Chi chuyển nguồn sang năm 2027 dự kiến 640 tỷ đồng.", "640").fields["measure"] == "plan"
    carried = route_in_text("Vốn đầu tư công chuyển nguồn sang năm 2027 là 310 tỷ đồng.", "310")
    assert carried.fields["measure"] == "plan"


def test_periods_listed_before_a_respective_list_date_its_numbers_in_order():
    rows = _budget_rows("CHI CỤC HẢI QUAN KHU VỰC IX\nNgày 03/11/2026\n\nTháng 10 và 10 tháng năm 2026, số thu thuế "
                        "giá trị gia tăng hàng nhập khẩu lần lượt đạt 318 tỷ đồng và 2.940 tỷ đồng.\n")
    month, months = next(r for r in rows if r["value"] == 318e9), next(r for r in rows if r["value"] == 2940e9)
    assert (month["period_start"], month["period_end"]) == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert (months["period_start"], months["period_end"]) == (dt.date(2026, 1, 1), dt.date(2026, 10, 31))
    assert month["budget_item"] == months["budget_item"] == "revenue_import_export"
    # (a list of names read respectively takes the names, not the periods, and one period dates every number)
    rows = _budget_rows("UBND TỈNH HÀ NAM\nNgày 03/11/2026\n\n10 tháng năm 2026, thu nội địa và thu từ đất lần lượt "
                        "đạt 4.120 tỷ đồng và 1.030 tỷ đồng.\n")
    assert {(r["budget_item"], r["period_start"], r["period_end"]) for r in rows if r["unit"] == "VND"} == {
        ("revenue_domestic", dt.date(2026, 1, 1), dt.date(2026, 10, 31)),
        ("revenue_land_use", dt.date(2026, 1, 1), dt.date(2026, 10, 31))}


def test_periods_listed_before_amounts_listed_without_a_marker_date_them_in_order():
    rows = _budget_rows("UBND TỈNH QUẢNG BÌNH\nNgày 02/10/2023\n\nTrong tháng 9 và 9 tháng năm 2023, chi ngân sách "
                        "địa phương ước đạt 1.240 tỷ đồng và 10.870 tỷ đồng.\n")
    month, months = next(r for r in rows if r["value"] == 1240e9), next(r for r in rows if r["value"] == 10870e9)
    assert (month["period_start"], month["period_end"]) == (dt.date(2023, 9, 1), dt.date(2023, 9, 30))
    assert (months["period_start"], months["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 9, 30))
    # (one period before two amounts dates both: nothing to read in order)
    rows = _budget_rows("UBND TỈNH QUẢNG BÌNH\nNgày 02/10/2023\n\n9 tháng năm 2023, chi ngân sách địa phương ước đạt "
                        "1.240 tỷ đồng và 10.870 tỷ đồng.\n")
    assert {(r["period_start"], r["period_end"]) for r in rows if r["unit"] == "VND"} == {
        (dt.date(2023, 1, 1), dt.date(2023, 9, 30))}


def test_budget_lines_written_short_are_read_as_written_long():
    text = ("Thu NSNN trên địa bàn 9 tháng ước 52.300 tỷ đồng, bằng 84% DT, bằng 107% CK. Chi NSĐP 9 tháng ước 40.100 "
            "tỷ đồng; trong đó: chi ĐTPT 13.200 tỷ đồng; chi TX 26.900 tỷ đồng.")
    assert route_in_text(text, "107").fields["measure"] == "yoy_pct"
    # (the figure itself reads "bằng 107% CK" as a year-on-year index: its row holds the change)
    rows = _budget_rows("UBND TỈNH BẾN TRE\nNgày 03/10/2026\n\n" + text + "\n")
    assert [r["value"] for r in rows if r["measure"] == "yoy_pct"] == [7.0]
    assert route_in_text(text, "84").fields["measure"] == "plan_pct"  # (DT: the estimate)
    assert route_in_text(text, "13.200").fields["budget_item"] == "expenditure_investment"
    assert route_in_text(text, "26.900").fields["budget_item"] == "expenditure_recurrent"
    assert route_in_text("+ Thu tiền SDĐ: 6.150 tỷ đồng, bằng 58% DT.", "6.150").fields["budget_item"] == (
        "revenue_land_use")
    assert route_in_text("+ Thu XSKT: 131 tỷ đồng.", "131").fields["budget_item"] == "revenue_other"
    # ("chi TXN": no recurrent spending)
    row = route_in_text("Chi ngân sách 9 tháng ước 40.100 tỷ đồng, chi TXN 900 tỷ đồng.", "900")
    assert row.fields["budget_item"] == "expenditure_total"


def test_a_national_target_programme_named_by_its_own_name():
    text = "Chương trình giảm nghèo bền vững giải ngân 520 tỷ đồng, đạt 79% kế hoạch."
    assert route_in_text(text, "520").fields["budget_item"] == "target_programme"
    # (a commune meeting the new-countryside standard is no programme money)
    assert route_in_text("Xã đạt chuẩn nông thôn mới được thưởng 2 tỷ đồng.", "2") is None


def test_a_plan_naming_no_year_is_of_the_plan_before_it_not_of_the_year_compared_with():
    rows = _budget_rows("UBND TỈNH QUẢNG BÌNH\nNgày 15/12/2026\n\nDự toán thu ngân sách nhà nước trên địa bàn năm "
                        "2027 là 7.400 tỷ đồng, tăng 9% so với dự toán năm 2026. Dự toán chi thường xuyên được HĐND "
                        "tỉnh giao 11.200 tỷ đồng.\n")
    row = next(r for r in rows if r["value"] == 11200e9)
    assert (row["measure"], row["period_start"], row["period_end"]) == ("plan", dt.date(2027, 1, 1),
                                                                       dt.date(2027, 12, 31))
    # (an amount done after a plan keeps the report's time)
    rows = _budget_rows("UBND TỈNH QUẢNG BÌNH\nNgày 15/12/2026\n\nDự toán thu ngân sách năm 2027 là 7.400 tỷ đồng. "
                        "Năm 2026, thu ngân sách ước đạt 6.900 tỷ đồng.\n")
    row = next(r for r in rows if r["value"] == 6900e9)
    assert (row["measure"], row["period_end"]) == ("actual", dt.date(2026, 12, 31))


def test_payments_the_treasury_refused_are_no_spending():
    text = ("Kho bạc đã kiểm soát chi thường xuyên 9.300 tỷ đồng, qua đó từ chối thanh toán 41 khoản chi với số tiền "
            "1,7 tỷ đồng.")
    refused = route_in_text(text, "1,7")
    assert refused is None or refused.table != "budgets"
    assert route_in_text(text, "9.300").fields["budget_item"] == "expenditure_recurrent"


def test_a_collector_listed_with_its_amount_right_after_the_verb():
    # a list of collecting offices, each line "- Office thu <amount>", without "được"/"đạt"
    lead = "Tổng thu ngân sách 9 tháng đạt 9.800 tỷ đồng. Trong đó:\n"
    tax = route_in_text(lead + "- Thuế tỉnh Phú Yên thu 8.120 tỷ đồng, đạt 91% dự toán;\n", "8.120")
    assert (tax.table, tax.fields["budget_item"], tax.fields["budget_label"]) == (
        "budgets", "revenue_domestic", "Thuế tỉnh Phú Yên thu")
    customs = route_in_text(lead + "- Hải quan khu vực VIII thu 640 tỷ đồng;\n", "640")
    assert customs.fields["budget_item"] == "revenue_import_export"
    # near miss: arrears the tax office recovered are no collection of the year's revenue
    recovered = route_in_text("Thuế tỉnh Phú Yên thu hồi 86 tỷ đồng nợ đọng thuế.", "86")
    assert recovered is None or recovered.fields.get("budget_item") != "revenue_total"


def test_spending_on_the_new_wage_policy_is_a_line_of_its_own_and_no_verb():
    text = "Chi thực hiện chính sách tiền lương mới là 740 tỷ đồng."
    row = route_in_text(text, "740")
    assert (row.table, row.fields["budget_item"]) == ("budgets", "other")
    assert row.fields["budget_label"] == "Chi thực hiện chính sách tiền lương mới"
    # in a plan's breakdown its "chi" is no spending done: the plan carries to it
    plan = route_in_text("Dự toán chi thường xuyên năm 2027 là 9.100 tỷ đồng, trong đó chi thực hiện cải cách "
                         "tiền lương 410 tỷ đồng.", "410")
    assert (plan.fields["budget_item"], plan.fields["measure"]) == ("other", "plan")
    # near miss: recurrent spending paid, with "thực hiện" as its verb, keeps its item and measure
    paid = route_in_text("Chi thường xuyên thực hiện 5.300 tỷ đồng.", "5.300")
    assert (paid.fields["budget_item"], paid.fields["measure"], paid.fields["budget_label"]) == (
        "expenditure_recurrent", "actual", "Chi thường xuyên")


def test_a_rates_label_leaves_out_the_amount_said_before_it():
    text = "Trong đó, chi đầu tư phát triển 2.480 tỷ đồng, đạt 44% dự toán."
    assert route_in_text(text, "44").fields["budget_label"] == "chi đầu tư phát triển"
    # (nor the "lên" of an amount raised to)
    raised = route_in_text("HĐND tỉnh thông qua điều chỉnh dự toán thu ngân sách năm 2027 lên 9.800 tỷ đồng.", "9.800",
                           year=2027)
    assert raised.fields["budget_label"] == "thu ngân sách năm 2027"
    # near miss: the months in a label stay (no money unit after their number)
    assert route_in_text("Thu ngân sách 9 tháng đạt 4.300 tỷ đồng.", "4.300").fields["budget_label"] == \
        "Thu ngân sách 9 tháng"


def test_a_day_aimed_at_in_the_sentence_before_dates_no_amount_done_after_it():
    rows = _budget_rows("UBND TỈNH HẬU GIANG\nBÁO CÁO\nTình hình giải ngân vốn đầu tư công năm 2027\n\n"
                        "Đến ngày 20/10/2027, giải ngân đạt 3.410 tỷ đồng. Dự kiến đến ngày 31/01/2028 giải ngân đạt "
                        "96% kế hoạch. Vốn kéo dài từ năm 2026 sang năm 2027 đã giải ngân 141 tỷ đồng.\n")
    assert _period_of(rows, 141e9)[2] == dt.date(2027, 10, 20)  # (the report's cut-off, not the day aimed at)
    assert _period_of(rows, 96)[2] == dt.date(2028, 1, 31)  # (the aim keeps its own day)
    # near miss: a cut-off said as done in the sentence before still dates the amount after it
    rows = _budget_rows("UBND TỈNH HẬU GIANG\nBÁO CÁO\nTình hình giải ngân vốn đầu tư công năm 2027\n\n"
                        "Đến ngày 20/10/2027, giải ngân đạt 3.410 tỷ đồng. Vốn kéo dài đã giải ngân 141 tỷ đồng.\n")
    assert _period_of(rows, 141e9)[2] == dt.date(2027, 10, 20)


def test_the_share_a_budget_keeps_said_in_a_plan_is_a_plan():
    text = "Năm 2027, dự toán thu ngân sách phường được hưởng theo phân cấp là 86 tỷ đồng."
    row = route_in_text(text, "86", year=2026)
    assert (row.fields["budget_item"], row.fields["measure"]) == ("revenue_total", "plan")
    # near miss: the share kept, collected, said without a plan word stays money received
    kept = route_in_text("Thu ngân sách phường được hưởng theo phân cấp đạt 41 tỷ đồng.", "41", year=2026)
    assert kept.fields["measure"] == "actual"


def test_a_tally_after_a_breakdown_is_of_the_whole_broken_down():
    lead = ("Thuế tỉnh Gia Lai cho biết, 9 tháng năm 2027, tổng thu ngân sách đạt 9.300 tỷ đồng.\n"
            "Trong đó, thu ngoài quốc doanh 2.100 tỷ đồng; thu tiền sử dụng đất 1.870 tỷ đồng.\n")
    row = route_in_text(lead + "Riêng tháng 9, số thu đạt 1.020 tỷ đồng.\n", "1.020", year=2027)
    assert row.fields["budget_item"] == "revenue_total"
    # (in one paragraph too)
    row = route_in_text(lead.replace("\n", " ") + "Riêng tháng 9, số thu đạt 1.020 tỷ đồng.", "1.020", year=2027)
    assert row.fields["budget_item"] == "revenue_total"
    # near miss: a tally after a sentence naming one item alone is of that item
    row = route_in_text("Thu tiền sử dụng đất 9 tháng đạt 1.870 tỷ đồng.\nRiêng tháng 9, số thu đạt 240 tỷ đồng.\n",
                        "240", year=2027)
    assert row.fields["budget_item"] == "revenue_land_use"


def test_a_plan_an_issuer_set_said_bare_after_another_is_of_the_item_before():
    text = ("Kế hoạch vốn đầu tư công năm 2027 được Thủ tướng Chính phủ giao là 6.200 tỷ đồng; HĐND tỉnh giao "
            "7.050 tỷ đồng.")
    row = route_in_text(text, "7.050", year=2027)
    assert (row.table, row.fields["budget_item"], row.fields["measure"], row.fields["plan_basis"]) == (
        "budgets", "public_investment", "plan", "provincial")
    # near miss: "giao" that hands over no plan ("bàn giao", a firm's handover) names no budget money
    other = route_in_text("Công ty đã bàn giao 120 căn hộ cho người dân.", "120", year=2027)
    assert other is None or other.table != "budgets"


def test_a_month_singled_out_without_its_verb_is_of_the_item_before():
    text = ("Tổng chi ngân sách địa phương quý I ước đạt 2.460 tỷ đồng, bằng 19% dự toán. "
            "Riêng tháng 3 ước đạt 910 tỷ đồng.")
    row = route_in_text(text, "910", year=2027)
    assert (row.table, row.fields["budget_item"], row.fields["budget_label"]) == (
        "budgets", "expenditure_total", "Tổng chi ngân sách địa phương quý I")
    # near miss: a month singled out after a sentence on no budget money stays out of the budgets
    other = route_in_text("Sản lượng lúa quý I đạt 210 nghìn tấn. Riêng tháng 3 đạt 85 tỷ đồng.", "85", year=2027)
    assert other is None or other.table != "budgets"


def test_a_cut_off_in_the_year_after_is_the_month_of_grace():
    text = ("Đến ngày 31/01 năm sau, số vốn kế hoạch năm 2027 được giải ngân là 4.380 tỷ đồng, đạt 93,2% kế hoạch. "
            "Trong đó vốn ngân sách tỉnh 3.100 tỷ đồng, vốn ngân sách trung ương 1.280 tỷ đồng.")
    paid = route_in_text(text, "4.380", year=2027)
    assert (paid.fields["measure"], paid.fields["as_of"]) == ("actual", dt.date(2028, 1, 31))
    # the parts of the capital paid out are money paid out, not the plan the sentence named first
    part = route_in_text(text, "1.280", year=2027)
    assert (part.fields["measure"], part.fields["funding_source"]) == ("actual", "central")
    # near misses: a cut-off with its year keeps it; the plan's own amount is still the plan
    dated = route_in_text("Đến ngày 31/01/2028, giải ngân 4.380 tỷ đồng.", "4.380", year=2027)
    assert dated.fields["as_of"] == dt.date(2028, 1, 31)
    same = route_in_text("Đến ngày 30/9, giải ngân 2.380 tỷ đồng. Năm sau tỉnh sẽ đẩy nhanh.", "2.380", year=2027)
    assert same.fields["as_of"] == dt.date(2027, 9, 30)
    plan = route_in_text("Kế hoạch vốn năm 2027 được giao 4.700 tỷ đồng, đã giải ngân 4.380 tỷ đồng.", "4.700",
                         year=2027)
    assert plan.fields["measure"] == "plan"


def test_the_accounts_year_names_the_budget_year_of_a_plan():
    row = route_in_text("Năm tài khóa 2028, huyện được giao dự toán thu 1.450 tỷ đồng.", "1.450", year=2027)
    assert (row.fields["measure"], row.fields["period_start"], row.fields["period_end"]) == (
        "plan", dt.date(2028, 1, 1), dt.date(2028, 12, 31))
    row = route_in_text("Dự toán chi ngân sách niên độ 2028 là 2.450 tỷ đồng.", "2.450", year=2027)
    assert (row.fields["period_start"], row.fields["period_end"]) == (dt.date(2028, 1, 1), dt.date(2028, 12, 31))


def test_spending_said_after_revenue_by_its_verb_alone_is_the_pairs_other_half():
    text = "Phường được giao dự toán thu 84 tỷ đồng, chi 131 tỷ đồng."
    row = route_in_text(text, "131", year=2027)
    assert (row.fields["budget_item"], row.fields["budget_label"], row.fields["measure"]) == (
        "expenditure_total", "chi", "plan")
    row = route_in_text("Dự toán năm 2028: chi 640 tỷ đồng, thu 515 tỷ đồng.", "515", year=2027)
    assert (row.fields["budget_item"], row.fields["measure"], row.fields["period_start"]) == (
        "revenue_total", "plan", dt.date(2028, 1, 1))
    # near misses: a pair of a fund's money names no budget; a named spending item keeps its own
    assert route_in_text("Năm 2027, hội viên đóng góp 96 triệu đồng, chi 112 triệu đồng.", "112", year=2027) is None
    own = route_in_text("Tổng chi ngân sách 500 tỷ đồng, chi đầu tư 120 tỷ đồng.", "120", year=2027)
    assert own.fields["budget_item"] == "expenditure_investment"


def test_revenue_beyond_the_estimate_said_with_tang_thu_is_a_difference():
    row = route_in_text("Tăng thu so với dự toán khoảng 96 tỷ đồng, chủ yếu từ tiền sử dụng đất.", "96", year=2027)
    assert (row.table, row.fields["budget_item"], row.fields["measure"], row.fields["budget_label"]) == (
        "budgets", "other", "actual", "Tăng thu so với dự toán")
    # near misses: more revenue than last year is no gap to the estimate; an aim to raise revenue names the revenue
    change = route_in_text("So với cùng kỳ, tăng thu ngân sách 120 tỷ đồng.", "120", year=2027)
    assert change.fields["budget_item"] == "revenue_total"
    aim = route_in_text("Các giải pháp tăng thu ngân sách, phấn đấu thu ngân sách đạt 1.200 tỷ đồng.", "1.200",
                        year=2027)
    assert (aim.fields["budget_item"], aim.fields["measure"]) == ("revenue_total", "plan")


def test_a_label_leaves_out_the_hedge_and_the_change_verb_before_the_figure():
    row = route_in_text("Dự kiến cả năm tỉnh hụt thu khoảng 1.450 tỷ đồng.", "1.450", year=2027)
    assert row.fields["budget_label"] == "hụt thu"
    row = route_in_text("Mười tháng, thu nội địa tăng 12%.", "12", year=2027)
    assert row.fields["budget_label"] == "thu nội địa"
    # near miss: a label whose words go on after the verb of an earlier clause keeps them
    row = route_in_text("Nguồn tăng thu ngân sách năm 2026 là 210 tỷ đồng.", "210", year=2027)
    assert row.fields["budget_label"] == "Nguồn tăng thu ngân sách năm 2026"


def test_debt_service_named_with_chi_is_a_line_of_the_plan_it_is_listed_in():
    text = ("HĐND tỉnh thông qua dự toán ngân sách địa phương năm 2028: tổng chi ngân sách địa phương 9.100 tỷ đồng; "
            "bội chi 140 tỷ đồng. Chi trả nợ lãi các khoản vay 7 tỷ đồng; dự phòng ngân sách 180 tỷ đồng.")
    for number in ("7", "180"):
        row = route_in_text(text, number, year=2027)
        assert (row.fields["budget_item"], row.fields["measure"], row.fields["period_start"]) == (
            "other", "plan", dt.date(2028, 1, 1)), number
    # near miss: debt serviced in a year gone by is money paid
    row = route_in_text("Năm 2026, tỉnh đã chi trả nợ gốc 45 tỷ đồng.", "45", year=2026)
    assert (row.fields["budget_item"], row.fields["measure"]) == ("other", "actual")


def test_money_carried_over_is_booked_in_the_year_it_leaves():
    text = "Quyết toán ngân sách năm 2027 đã hoàn thành. Số chuyển nguồn sang năm 2028 là 615 tỷ đồng."
    row = route_in_text(text, "615", year=2028)
    assert (row.fields["budget_item"], row.fields["measure"], row.fields["period_start"], row.fields["period_end"]) \
        == ("other", "actual", dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    # near miss: capital of a plan carried over is still the plan it is paid out of
    plan = route_in_text("Vốn kế hoạch năm 2027 chuyển nguồn sang năm 2028 là 240 tỷ đồng.", "240", year=2028)
    assert (plan.fields["budget_item"], plan.fields["measure"]) == ("public_investment", "plan")


def test_the_outturn_of_an_estimate_is_money_done():
    text = "Kết quả thực hiện dự toán ngân sách năm 2026 của tỉnh: bội chi ngân sách địa phương 95 tỷ đồng."
    assert route_in_text(text, "95", year=2026).fields["measure"] == "actual"
    # near miss: the estimate itself is the plan
    plan = route_in_text("Dự toán ngân sách năm 2027 của tỉnh: bội chi ngân sách địa phương 95 tỷ đồng.", "95",
                         year=2026)
    assert plan.fields["measure"] == "plan"


def test_an_amount_beyond_the_estimate_by_a_rate_is_of_the_item_before():
    text = ("Tổng thu ngân sách trên địa bàn 11 tháng ước đạt 3.640 tỷ đồng. "
            "Ước thực hiện cả năm đạt 4.100 tỷ đồng, vượt 5% dự toán.")
    row = route_in_text(text, "4.100", year=2026)
    assert (row.table, row.fields["budget_item"], row.fields["measure"]) == ("budgets", "revenue_total", "actual")
    # near miss: an amount with no estimate after it names no budget item of the sentence before
    other = route_in_text("Tổng thu ngân sách đạt 3.640 tỷ đồng. Cả năm, doanh nghiệp nộp 4.100 tỷ đồng.", "4.100",
                          year=2026)
    assert other is None or other.table != "budgets"


def test_a_label_leaves_out_the_adverb_and_respectively_before_its_verb():
    row = route_in_text("Năm 2026, thu tiền sử dụng đất chỉ đạt 420 tỷ đồng.", "420", year=2026)
    assert row.fields["budget_label"] == "thu tiền sử dụng đất"
    row = route_in_text("Quý I và 3 tháng, thu nội địa lần lượt đạt 812 tỷ đồng và 2.460 tỷ đồng.", "812", year=2026)
    assert row.fields["budget_label"] == "thu nội địa"
    # near miss: words of the item itself stay ("thu tiền sử dụng đất mới" is not cut at "mới" without its verb)
    row = route_in_text("Chi thường xuyên 9 tháng đạt 1.900 tỷ đồng.", "1.900", year=2026)
    assert row.fields["budget_label"] == "Chi thường xuyên 9 tháng"


def test_a_bare_disbursement_after_the_programmes_capital_pays_it_out():
    text = ("Tổng vốn các chương trình mục tiêu quốc gia năm 2026 giao cho tỉnh là 1.480 tỷ đồng. "
            "Đến hết quý III, các chủ đầu tư đã giải ngân 702 tỷ đồng, đạt 47,4% kế hoạch.")
    for number in ("702", "47,4"):
        assert route_in_text(text, number, year=2026).fields["budget_item"] == "target_programme", number
    # near misses: the programmes as a part of public investment; a disbursement naming its capital
    whole = ("Kế hoạch vốn đầu tư công năm 2026 là 6.200 tỷ đồng, trong đó vốn các chương trình mục tiêu quốc gia "
             "1.480 tỷ đồng. Đến hết quý III, toàn tỉnh đã giải ngân 3.020 tỷ đồng.")
    assert route_in_text(whole, "3.020", year=2026).fields["budget_item"] == "public_investment"
    own = ("Tổng vốn các chương trình mục tiêu quốc gia năm 2026 là 1.480 tỷ đồng. "
           "Vốn đầu tư công của tỉnh đã giải ngân 3.020 tỷ đồng.")
    assert route_in_text(own, "3.020", year=2026).fields["budget_item"] == "public_investment"


def test_a_cut_off_at_the_years_end_covers_the_whole_year():
    text = "Đến hết ngày 20/11/2026, tỉnh giải ngân đạt 61% kế hoạch. Ước đến cuối năm 2026, tỉnh giải ngân đạt 93%."
    row = route_in_text(text, "93", year=2026)
    assert (row.fields["as_of"], row.fields["period_start"], row.fields["period_end"]) == (
        None, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    # near miss: the cut-off day before still dates its own sentence's rate
    row = route_in_text(text, "61", year=2026)
    assert row.fields["as_of"] == dt.date(2026, 11, 20)


def test_the_years_capital_paid_out_to_the_january_after_keeps_its_year():
    from orchestration.extraction import extract_document

    text = ("Kon Tum: giải ngân vốn đầu tư công tháng 1/2027\n\nTính đến ngày 31/01/2027, tổng số vốn năm 2026 "
            "của tỉnh Kon Tum đã giải ngân là 4.215 tỷ đồng, đạt 95,1% kế hoạch.\n")
    rows = extract_document(text.encode(), "kt.txt").tables["budgets"].to_dicts()
    paid = next(r for r in rows if r["value"] == 4.215e12)
    assert (paid["period_start"], paid["period_end"], paid["as_of"]) == (
        dt.date(2026, 1, 1), dt.date(2027, 1, 31), dt.date(2027, 1, 31))
    # near miss: a January cut-off that names no earlier year counts the new year's January
    text = "Tin từ Sở Tài chính\n\nTính đến ngày 31/01/2027, tỉnh Kon Tum đã giải ngân 215 tỷ đồng vốn đầu tư công.\n"
    rows = extract_document(text.encode(), "kt.txt").tables["budgets"].to_dicts()
    paid = next(r for r in rows if r["value"] == 2.15e11)
    assert (paid["period_start"], paid["period_end"]) == (dt.date(2027, 1, 1), dt.date(2027, 1, 31))


def test_the_parts_of_a_whole_are_of_the_months_the_whole_was_given_for():
    text = ("Trong tháng, thu ngân sách ước đạt 1.180 tỷ đồng. Lũy kế 10 tháng đạt 12.340 tỷ đồng, bằng 91% dự toán. "
            "Trong đó thu nội địa 10.900 tỷ đồng.")
    row = route_in_text(text, "10.900", year=2026)
    assert (row.fields["period_start"], row.fields["period_end"]) == (dt.date(2026, 1, 1), dt.date(2026, 10, 31))
    # near misses: a part naming its own month keeps it; a sentence that is no breakdown takes nothing
    own = route_in_text(text.replace("Trong đó thu nội địa", "Trong đó tháng 10 thu nội địa"), "10.900", year=2026)
    assert (own.fields.get("period_start"), own.fields.get("period_end")) != (dt.date(2026, 1, 1),
                                                                              dt.date(2026, 10, 31))
    bare = route_in_text(text.replace("Trong đó thu nội địa", "Thu nội địa"), "10.900", year=2026)
    assert "period_start" not in bare.fields


def test_land_revenue_named_as_a_field_is_land_use_revenue():
    row = route_in_text("Năm 2026, thu từ lĩnh vực đất đai đạt 7.400 tỷ đồng.", "7.400", year=2026)
    assert (row.table, row.fields["budget_item"]) == ("budgets", "revenue_land_use")
    # near miss: land rent stays other revenue
    rent = route_in_text("Năm 2026, thu tiền thuê đất đạt 740 tỷ đồng.", "740", year=2026)
    assert rent.fields["budget_item"] == "revenue_other"


def test_a_clause_with_no_subject_is_labelled_by_the_item_the_sentence_before_named():
    text = ("Trong tháng, thu ngân sách nhà nước trên địa bàn ước đạt 1.180 tỷ đồng. "
            "Lũy kế 10 tháng đạt 12.340 tỷ đồng, bằng 91% dự toán.")
    for number in ("12.340", "91"):
        row = route_in_text(text, number, year=2026)
        assert row.fields["budget_label"] == "thu ngân sách nhà nước trên địa bàn", number
    # near miss: a part named in its own clause keeps its own name
    text = "Nhu cầu vốn giai đoạn tới là 24.000 tỷ đồng. Trong đó, ngân sách tỉnh khoảng 16.300 tỷ đồng."
    row = route_in_text(text, "16.300", year=2026)
    assert row.fields["budget_label"] == "ngân sách tỉnh"  # (its own name, the hedge "khoảng" left to the qualifier)


def test_an_allocation_read_against_the_capital_plan_is_public_investment():
    text = "Đến nay, tỉnh đã phân bổ chi tiết 5.870 tỷ đồng, đạt 92,5% kế hoạch vốn năm 2026."
    for number in ("5.870", "92,5"):
        row = route_in_text(text, number, year=2026)
        assert row.fields["budget_item"] == "public_investment", number
    # near miss: an allocation to a task, read against nothing, stays other
    row = route_in_text("Tỉnh đã phân bổ 45 tỷ đồng hỗ trợ khắc phục hậu quả mưa lũ.", "45", year=2026)
    assert row is None or row.fields["budget_item"] == "other"


def test_a_communes_revenue_said_by_its_verb_right_before_the_amount():
    text = "Năm 2026, tổng chi ngân sách xã đạt 38,6 tỷ đồng. Dự toán năm 2027, xã được giao thu 45 tỷ đồng."
    row = route_in_text(text, "45", year=2026)
    assert (row.fields["budget_item"], row.fields["measure"], row.fields["budget_label"]) == (
        "revenue_total", "plan", "xã được giao thu")
    # near miss: what a commune collects that is no money stays out of the budgets
    assert route_in_text("Năm 2026, xã đã thu gom 12 tấn rác thải.", "12", year=2026) is None


def test_an_outturn_a_planned_rise_is_read_against_gives_no_measure_to_the_next_amount():
    rows = _budget_rows("Ngày 10/12/2027, HĐND tỉnh Bình Phước đã thông qua Nghị quyết về dự toán ngân sách năm 2028. "
                        "Theo đó, tổng thu ngân sách trên địa bàn năm 2028 là 15.200 tỷ đồng, tăng 9% so với ước thực "
                        "hiện năm 2027; tổng chi ngân sách địa phương 21.300 tỷ đồng.")
    spending = next(r for r in rows if r["value"] == 21_300e9)
    assert (spending["measure"], spending["period_start"]) == ("plan", dt.date(2028, 1, 1))


def test_an_outturn_said_as_the_measure_still_measures_the_next_amount():
    # near miss: "ước thực hiện" that is the clause's own measure, not a base read against
    rows = _budget_rows("Năm 2027, tổng thu ngân sách trên địa bàn tỉnh Bình Phước ước thực hiện 14.600 tỷ đồng, "
                        "bằng 104% dự toán; tổng chi ngân sách địa phương 20.100 tỷ đồng.")
    spending = next(r for r in rows if r["value"] == 20_100e9)
    assert spending["measure"] == "actual"


def test_the_budget_above_ends_no_label_as_a_hedge():
    rows = _budget_rows("Tổng thu ngân sách phường Tân An 6 tháng đạt 9.870 triệu đồng. Trong đó: thu bổ sung từ ngân "
                        "sách cấp trên 7.420 triệu đồng; thu nội địa trên 1.900 triệu đồng.")
    labels = {r["value"]: r["budget_label"] for r in rows}
    assert labels[7_420e6] == "thu bổ sung từ ngân sách cấp trên"
    assert labels[1_900e6] == "thu nội địa"  # near miss: "trên" before the amount is its hedge


def test_a_year_singled_out_on_its_verb_collects_what_the_years_before_did():
    rows = _budget_rows("Giai đoạn 2021-2025, tổng thu ngân sách nhà nước trên địa bàn tỉnh Hà Nam đạt 61.200 tỷ đồng, "
                        "tăng bình quân 8,4%/năm. Năm 2025 thu 14.350 tỷ đồng.")
    year = next(r for r in rows if r["value"] == 14_350e9)
    assert (year["budget_item"], year["measure"], year["period_start"], year["period_end"]) == (
        "revenue_total", "actual", dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def test_a_year_then_a_verb_of_no_tally_is_no_budget_figure():
    # near miss: "Năm 2025 đạt" names nothing collected
    rows = _budget_rows("Giai đoạn 2021-2025, tổng thu ngân sách nhà nước trên địa bàn tỉnh Hà Nam đạt 61.200 tỷ đồng. "
                        "Năm 2025 xuất khẩu 1.450 triệu USD.")
    assert all(r["value"] != 1_450e6 for r in rows)


def test_the_parts_of_capital_paid_out_are_paid_out():
    rows = _budget_rows("Tính đến ngày 20/11/2027, tổng số vốn đầu tư công đã giải ngân trên địa bàn tỉnh Bến Tre là "
                        "4.120 tỷ đồng, đạt 68% kế hoạch. Trong đó, vốn ngân sách trung ương 1.530 tỷ đồng, vốn ngân "
                        "sách địa phương 2.590 tỷ đồng.")
    parts = [r for r in rows if r["value"] in (1_530e9, 2_590e9)]
    assert [(r["measure"], r["as_of"]) for r in parts] == [("actual", dt.date(2027, 11, 20))] * 2


def test_the_whole_capital_of_public_investment_is_a_plan():
    # near miss: the capital given for the year, not paid out
    rows = _budget_rows("Năm 2027, tổng vốn đầu tư công của tỉnh Bến Tre là 6.050 tỷ đồng, đến ngày 20/11/2027 đã giải "
                        "ngân 4.120 tỷ đồng.")
    assert {r["value"]: r["measure"] for r in rows if r["unit"] == "VND"} == {6_050e9: "plan", 4_120e9: "actual"}


def test_the_budget_said_as_the_spender_spends():
    rows = _budget_rows("Năm 2027, ngân sách tỉnh Quảng Bình chi 15.600 tỷ đồng, đạt 91% dự toán. Ngân sách tỉnh đã "
                        "chi 240 tỷ đồng hỗ trợ xây nhà cho hộ nghèo.")
    read = {r["value"]: (r["budget_item"], r["measure"]) for r in rows}
    assert read[15_600e9] == ("expenditure_total", "actual")
    assert read[91] == ("expenditure_total", "plan_pct")
    assert read[240e9] == ("other", "actual")  # what it went to said after it: a part of the spending


def test_spending_whose_use_is_said_before_the_amount_is_a_part():
    # the use between the verb and the amount, as after the amount: one payment, not the budget's whole spending
    assert _budget_item_of("Năm 2026, ngân sách tỉnh đã chi hỗ trợ các hộ trồng chè 3,8 tỷ đồng.", "3,8") == "other"
    assert _budget_item_of("Ngân sách xã đã chi cho công tác phòng dịch 640 triệu đồng.", "640") == "other"
    assert _budget_item_of("Năm 2026, tỉnh đã chi hỗ trợ ngư dân mua lưới 2,7 tỷ đồng.", "2,7") == "other"
    # near misses: the spending said bare is the whole; its verb's "thực hiện" names no use
    assert _budget_item_of("Năm 2026, ngân sách tỉnh đã chi 9.100 tỷ đồng.", "9.100") == "expenditure_total"
    assert _budget_item_of("Năm 2026, ngân sách tỉnh chi thực hiện 9.100 tỷ đồng.", "9.100") == "expenditure_total"
    assert _budget_item_of("Năm 2026, doanh nghiệp đã chi hỗ trợ công nhân 1,1 tỷ đồng.", "1,1") is None


def test_a_total_cost_after_support_given_to_a_count_is_done():
    programme = "từ vốn Chương trình MTQG giảm nghèo bền vững"
    for text, measure in (
        # its own clause after the deed, as "với tổng kinh phí": what the support cost
        (f"Năm 2026, xã hỗ trợ sửa nhà cho 64 hộ nghèo {programme}; tổng kinh phí 2,56 tỷ đồng.", "actual"),
        # near misses: support still aimed at, and a scheme's cost with no deed, are planned
        (f"Năm 2027, xã dự kiến hỗ trợ sửa nhà cho 80 hộ nghèo {programme}; tổng kinh phí 2,56 tỷ đồng.", "plan"),
        (f"Đề án trồng rừng {programme}, tổng kinh phí 2,56 tỷ đồng.", "plan"),
    ):
        assert route_in_text(text, "2,56", year=2026).fields["measure"] == measure, text


def test_spending_named_before_its_budget_keeps_its_item():
    # near miss: "Chi ngân sách tỉnh ... cho ..." is the spending total's own phrasing
    rows = _budget_rows("Năm 2027, chi ngân sách tỉnh Quảng Bình 15.600 tỷ đồng cho các nhiệm vụ.")
    assert [r["budget_item"] for r in rows] == ["expenditure_total"]


def test_up_to_a_moment_is_up_to_that_day():
    # (a cut-off before the report's last month: one inside it is the year's in a periodic report, as this
    # committee's "Báo cáo năm 2027" is)
    rows = _budget_rows("UBND XÃ AN PHÚ\nBáo cáo năm 2027\n\nTính đến thời điểm 20/11/2027, tổng chi ngân sách xã "
                        "An Phú đạt 42,5 tỷ đồng.")
    assert _period_of(rows, 42.5e9) == (dt.date(2027, 1, 1), dt.date(2027, 11, 20), dt.date(2027, 11, 20))


def test_the_whole_year_reckoned_on_its_verb_collects_what_the_months_before_did():
    rows = _budget_rows("Lũy kế 11 tháng năm 2027, tổng thu ngân sách trên địa bàn phường Hòa Khánh đạt 1.320 tỷ đồng. "
                        "Ước cả năm 2027 thu đạt 1.480 tỷ đồng.")
    year = next(r for r in rows if r["value"] == 1_480e9)
    assert (year["budget_item"], year["qualifier"], year["period_end"]) == ("revenue_total", "estimate",
                                                                          dt.date(2027, 12, 31))


def test_each_year_listed_on_its_verb_after_a_semicolon_is_the_item_before():
    rows = _budget_rows("KẾ HOẠCH tài chính 03 năm 2027-2029 của tỉnh Lai Châu\n\nDự kiến giai đoạn 2027-2029, tổng "
                        "thu ngân sách trên địa bàn đạt 9.300 tỷ đồng. Năm 2027 dự kiến thu 2.900 tỷ đồng; năm 2028 "
                        "thu 3.100 tỷ đồng; năm 2029 xuất khẩu 410 triệu USD.")
    read = {r["value"]: (r["budget_item"], r["measure"], r["period_start"].year) for r in rows}
    assert read[2_900e9] == ("revenue_total", "plan", 2027)
    assert read[3_100e9] == ("revenue_total", "plan", 2028)
    assert 410e6 not in read  # near miss: a year whose clause names no tally


def test_an_estimate_changed_from_one_amount_to_another_is_labelled_without_from():
    rows = _budget_rows("HĐND tỉnh Thái Bình đã thông qua điều chỉnh dự toán thu ngân sách năm 2027 từ 21.400 tỷ đồng "
                        "lên 23.000 tỷ đồng.")
    assert {r["budget_label"] for r in rows} == {"thu ngân sách năm 2027"}
    # near miss: "từ" naming the source stays
    rows = _budget_rows("Năm 2027, thu ngân sách từ hoạt động xuất nhập khẩu của tỉnh Thái Bình đạt 3.150 tỷ đồng.")
    assert [r["budget_label"] for r in rows] == ["thu ngân sách từ hoạt động xuất nhập khẩu của tỉnh Thái Bình"]


def test_the_share_a_budget_keeps_is_part_of_its_label():
    rows = _budget_rows("Dự toán năm 2027 của xã Hòa An:\n- Thu ngân sách xã được hưởng theo phân cấp: 3.120 triệu "
                        "đồng;\n- Thu ngân sách xã được 2.400 triệu đồng.")
    labels = {r["value"]: r["budget_label"] for r in rows}
    assert labels[3_120e6] == "Thu ngân sách xã được hưởng theo phân cấp"
    assert labels[2_400e6] == "Thu ngân sách xã"  # near miss: "được" before the amount is the verb


def test_an_amount_with_its_rate_of_the_estimate_in_brackets_is_what_was_collected():
    rows = _budget_rows("UBND TỈNH ĐIỆN BIÊN\nBÁO CÁO\nKết quả 6 tháng năm 2027\n\n1. Một số chỉ tiêu chủ yếu\n"
                        "- Tổng thu ngân sách nhà nước: 1.275 tỷ đồng (bằng 47,3% dự toán).\n")
    row = next(r for r in rows if r["value"] == 1_275e9)
    assert (row["measure"], row["period_end"]) == ("actual", dt.date(2027, 6, 30))
    # near miss: the estimate's own amount in the heading's list stays planned
    rows = _budget_rows("UBND TỈNH ĐIỆN BIÊN\nDự toán ngân sách năm 2028\n\n1. Một số chỉ tiêu chủ yếu\n"
                        "- Tổng thu ngân sách nhà nước: 2.910 tỷ đồng.\n")
    assert [r["measure"] for r in rows] == ["plan"]


def test_a_province_as_the_subject_of_thu_collects_its_budget_revenue():
    rows = _budget_rows("Bản tin thu ngân sách quý III/2027\n\nVề thu ngân sách, Đà Nẵng thu 28.100 tỷ đồng; tỉnh "
                        "Sơn La thu 4.250 tỷ đồng; Thành phố Huế thu 9.030 tỷ đồng.\n")
    read = {r["value"]: (r["budget_item"], r["budget_label"]) for r in rows}
    assert read == {28_100e9: ("revenue_total", "thu"), 4_250e9: ("revenue_total", "thu"),
                    9_030e9: ("revenue_total", "thu")}
    # near miss: a household or a farmer collecting an income is no budget
    assert _budget_rows("Năm 2027, nhiều hộ dân ở Sơn La thu 350 triệu đồng từ trồng cà phê.\n") == []


def test_money_set_aside_from_a_budget_named_after_the_amount_is_that_budgets():
    r = route_in_text("Năm 2027, huyện đã bố trí 38 tỷ đồng từ nguồn ngân sách tỉnh để làm đường giao thông nông thôn.",
                      "38")
    assert r is not None and r.table == "budgets"
    assert (r.fields["budget_item"], r.fields["measure"], r.fields["funding_source"]) == ("other", "plan", "local")
    # near miss: money a business sets aside from its profit is no budget's
    r = route_in_text("Năm 2027, công ty dành 38 tỷ đồng từ lợi nhuận để làm đường giao thông nông thôn.", "38")
    assert r is None or r.table != "budgets"


def test_the_verb_of_a_year_singled_out_after_revenue_sentences_names_its_own_total():
    rows = _budget_rows("Sáu tháng đầu năm 2027, tổng thu ngân sách trên địa bàn tỉnh Cao Bằng đạt 1.150 tỷ đồng. "
                        "Năm 2027, chi 6.480 tỷ đồng.\n")
    spent = next(r for r in rows if r["value"] == 6_480e9)
    assert (spent["budget_item"], spent["budget_label"]) == ("expenditure_total", "chi")
    # near miss: "số chi" after revenue is a count of its own, no budget's spending
    rows = _budget_rows("Sáu tháng đầu năm 2027, tổng thu ngân sách trên địa bàn tỉnh Cao Bằng đạt 1.150 tỷ đồng. "
                        "Năm 2027, số chi hội phụ nữ là 214 chi hội.\n")
    assert [r["value"] for r in rows] == [1_150e9]


def test_a_unit_given_a_revenue_target_collects_what_the_body_before_collected():
    rows = _budget_rows("Năm 2027, Chi cục Hải quan cửa khẩu Tà Lùng thu ngân sách từ hoạt động xuất nhập khẩu đạt "
                        "2.310 tỷ đồng. Năm 2028, đơn vị được giao chỉ tiêu thu 2.600 tỷ đồng.\n")
    target = next(r for r in rows if r["value"] == 2_600e9)
    assert (target["budget_item"], target["budget_label"], target["measure"]) == (
        "revenue_import_export", "đơn vị được giao chỉ tiêu thu", "plan")
    # near miss: after a spending sentence the unit's revenue is the total
    rows = _budget_rows("Năm 2027, chi ngân sách của huyện đạt 310 tỷ đồng. Năm 2028, đơn vị được giao thu 95 tỷ "
                        "đồng.\n")
    assert next(r for r in rows if r["value"] == 95e9)["budget_item"] == "revenue_total"


def test_a_budget_named_under_a_capital_source_head_is_public_investment():
    rows = _budget_rows("UBND TỈNH TUYÊN QUANG\nBÁO CÁO\nTiến độ giải ngân năm 2027\n\nĐơn vị: tỷ đồng\n"
                        "STT\tNguồn vốn\tKế hoạch năm 2027\tĐã giải ngân\n1\tNgân sách tỉnh\t1.870\t905\n"
                        "2\tVốn cân đối ngân sách địa phương\t640\t233\n")
    read = {r["value"]: (r["budget_item"], r["measure"], r["funding_source"]) for r in rows}
    assert read[1_870e9] == ("public_investment", "plan", "local")
    assert read[233e9] == ("public_investment", "actual", "local")
    # near miss: a budget's row under a head of anything else is not read as capital
    rows = _budget_rows("UBND TỈNH TUYÊN QUANG\nBÁO CÁO\n\nĐơn vị: tỷ đồng\nSTT\tChỉ tiêu\tNăm 2026\tNăm 2027\n"
                        "1\tNgân sách tỉnh\t1.870\t905\n")
    assert all(r["budget_item"] != "public_investment" for r in rows)


# --- wbud: budget news and council resolutions of the merged provinces ---


def test_wbud_spending_after_a_semicolon_pairs_with_the_revenue_before():
    text = "Năm 2026, xã Phong Điền thu ngân sách 38 tỷ đồng; chi 52 tỷ đồng."
    assert _budget_item_of(text, "52", year=2026) == "expenditure_total"
    assert _budget_item_of(text, "38", year=2026) == "revenue_total"
    # near miss: a semicolon part naming its own item keeps it
    text = "Năm 2026, xã Phong Điền thu ngân sách 38 tỷ đồng; chi thường xuyên 29 tỷ đồng."
    assert _budget_item_of(text, "29", year=2026) == "expenditure_recurrent"


def test_wbud_rates_after_a_province_collecting_are_its_revenue():
    rows = _budget_rows("Năm 2026, tỉnh Kon Tum chi ngân sách địa phương 14.200 tỷ đồng. Kon Tum thu đạt 103,5% dự "
                        "toán, tăng 7,2% so với năm 2025.\n\nTỉnh Kon Tum thu 2.310 tỷ đồng, bằng 121% so với cùng "
                        "kỳ.\n")
    read = {r["value"]: (r["budget_item"], r["measure"], r["budget_label"]) for r in rows}
    assert read[103.5] == ("revenue_total", "plan_pct", "thu")
    assert read[7.2] == ("revenue_total", "yoy_pct", "thu")
    assert read[21.0] == ("revenue_total", "yoy_pct", "thu")
    # near miss: a rate with a subject of its own in a province's sentence is not the province's revenue
    text = "Kon Tum thu đạt 103,5% dự toán, tỷ lệ hộ nghèo giảm 1,2%."
    assert _budget_item_of(text, "1,2", year=2026) is None


def test_wbud_an_estimate_set_for_months_of_a_year_covers_them():
    rows = _budget_rows("Ngày 18/7/2025, HĐND xã Hòa Bình thông qua dự toán thu ngân sách trên địa bàn xã 6 tháng cuối "
                        "năm 2025 là 21,4 tỷ đồng; chi ngân sách xã 19,8 tỷ đồng. Trong đó, chi thường xuyên 15,2 tỷ "
                        "đồng.\n")
    for value in (21.4e9, 19.8e9, 15.2e9):
        row = next(r for r in rows if r["value"] == value)
        assert (row["measure"], row["period_start"], row["period_end"]) == (
            "plan", dt.date(2025, 7, 1), dt.date(2025, 12, 31)), value
    # near miss: the months before the estimate's word are the progress's, the estimate is the year's
    rows = _budget_rows("6 tháng đầu năm 2026, xã Hòa Bình thu ngân sách 30 tỷ đồng/62 tỷ đồng dự toán.\n")
    plan = next(r for r in rows if r["value"] == 62e9)
    assert (plan["measure"], plan["period_start"], plan["period_end"]) == (
        "plan", dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def test_wbud_the_local_budgets_resources_written_short_are_its_revenue():
    rows = _budget_rows("HỘI ĐỒNG NHÂN DÂN TỈNH NINH BÌNH\nCÂN ĐỐI NGÂN SÁCH ĐỊA PHƯƠNG NĂM 2027\nĐơn vị: triệu đồng\n"
                        "STT\tNội dung\tDự toán năm 2027\nA\tTổng nguồn thu NSĐP\t24.310.000\n"
                        "I\tThu NSĐP được hưởng theo phân cấp\t13.560.000\n")
    read = {r["value"]: (r["budget_item"], r["measure"]) for r in rows}
    assert read[24_310e9] == ("revenue_total", "plan")
    assert read[13_560e9] == ("revenue_total", "plan")
    # near miss: a source of income is no budget revenue
    assert _budget_item_of("Nguồn thu ổn định của hộ dân đạt 120 triệu đồng mỗi năm.", "120") is None


def test_wbud_capital_not_yet_paid_out_after_its_amount_remains_of_the_plan():
    text = "Đến ngày 20/10/2026, tỉnh đã giải ngân vốn đầu tư công 1.840 tỷ đồng, còn 960 tỷ đồng chưa giải ngân."
    left = route_in_text(text, "960", year=2026)
    assert (left.fields["budget_item"], left.fields["measure"]) == ("public_investment", "plan")
    # near miss: the amount paid out in the same sentence stays the disbursement
    paid = route_in_text(text, "1.840", year=2026)
    assert (paid.fields["budget_item"], paid.fields["measure"]) == ("public_investment", "actual")


def test_wbud_the_province_unnamed_collects_by_its_verb():
    text = "Ước cả năm 2027, tỉnh thu 7.450 tỷ đồng; chi 11.200 tỷ đồng."
    assert _budget_item_of(text, "7.450", year=2027) == "revenue_total"
    assert _budget_item_of(text, "11.200", year=2027) == "expenditure_total"
    # near miss: a price the province collects per unit is no budget revenue of its own
    assert _budget_item_of("Giá thuê đất tại khu công nghiệp của tỉnh thuộc nhóm thấp, 45 USD/m2.", "45") is None


def test_wbud_the_spending_of_a_pair_named_by_its_use_is_a_part():
    text = "Năm 2027, thu ngân sách xã 24 tỷ đồng, đạt 101% dự toán; chi 3,5 tỷ đồng cho xây dựng nông thôn mới."
    assert _budget_item_of(text, "3,5", year=2027) == "other"
    # near miss: the pair's spending said alone is the total
    text = "Năm 2027, thu ngân sách xã 24 tỷ đồng, đạt 101% dự toán; chi 31 tỷ đồng."
    assert _budget_item_of(text, "31", year=2027) == "expenditure_total"


def test_wbud_a_change_said_of_next_years_estimate_is_of_that_year():
    rows = _budget_rows("Năm 2026, Cao Bằng thu ngân sách nhà nước đạt 3.120 tỷ đồng. Dự toán thu ngân sách nhà nước "
                        "trên địa bàn năm 2027 là 3.400 tỷ đồng, tăng 6,5% so với ước thực hiện năm 2026.\n")
    rise = next(r for r in rows if r["value"] == 6.5)
    assert (rise["measure"], rise["period_start"], rise["period_end"]) == (
        "yoy_pct", dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    # near miss: a rate of what was done against the estimate stays the months done
    rows = _budget_rows("9 tháng năm 2026, thu ngân sách trên địa bàn tỉnh Cao Bằng đạt 2.100 tỷ đồng/dự toán 3.000 tỷ "
                        "đồng, đạt 70%.\n")
    rate = next(r for r in rows if r["value"] == 70.0)
    assert (rate["period_start"], rate["period_end"]) == (dt.date(2026, 1, 1), dt.date(2026, 9, 30))


def test_wbud_a_city_written_short_collects_and_its_name_labels_no_rate():
    rows = _budget_rows("Năm 2027, TP.HCM thu 702.000 tỷ đồng, bằng 108% dự toán.\n\nNăm 2027, TP Đà Nẵng ước thu "
                        "44.100 tỷ đồng, đạt 117% dự toán.\n")
    read = {r["value"]: (r["budget_item"], r["measure"], r["budget_label"]) for r in rows}
    assert read[702_000e9] == ("revenue_total", "actual", "thu")
    assert read[108.0] == ("revenue_total", "plan_pct", "thu")
    assert read[117.0] == ("revenue_total", "plan_pct", "thu")
    # near miss: an item named after the verb labels the rate
    rows = _budget_rows("Năm 2027, TP Đà Nẵng thu ngân sách đạt 117% dự toán, tăng 8%.\n")
    assert {r["value"]: r["budget_label"] for r in rows}[8.0] == "thu ngân sách"


def test_wbud_a_bracket_naming_a_parts_plan_says_not_who_set_the_whole():
    text = ("Tổng kế hoạch vốn đầu tư công năm 2027 của tỉnh là 5.120 tỷ đồng (kế hoạch Thủ tướng Chính phủ giao "
            "4.300 tỷ đồng).")
    whole, part = route_in_text(text, "5.120", year=2027), route_in_text(text, "4.300", year=2027)
    assert (whole.fields["measure"], whole.fields["plan_basis"]) == ("plan", None)
    assert (part.fields["measure"], part.fields["plan_basis"]) == ("plan", "central")
    # near miss: a bracket of the issuer alone is this amount's
    text = "Tổng kế hoạch vốn đầu tư công năm 2027 của tỉnh là 5.120 tỷ đồng (kế hoạch Thủ tướng Chính phủ giao)."
    assert route_in_text(text, "5.120", year=2027).fields["plan_basis"] == "central"


def test_wbud_fees_and_charges_are_one_label():
    rows = _budget_rows("Năm 2027, thu phí, lệ phí trên địa bàn tỉnh Điện Biên đạt 96 tỷ đồng.\n")
    assert rows[0]["budget_label"].startswith("thu phí, lệ phí")
    # near miss: a comma before another item still ends the label
    rows = _budget_rows("Năm 2027, thu tiền sử dụng đất, thu tiền thuê đất của tỉnh Điện Biên đạt 96 tỷ đồng.\n")
    assert rows[0]["budget_label"] == "thu tiền thuê đất của tỉnh Điện Biên"


def test_wbud_spending_items_named_by_chi_carry_the_estimates_measure():
    rows = _budget_rows("Dự toán chi ngân sách địa phương năm 2027 của tỉnh Lai Châu là 9.870 tỷ đồng, bao gồm: "
                        "chi cân đối ngân sách địa phương 8.120 tỷ đồng; chi từ nguồn bổ sung có mục tiêu 1.750 tỷ "
                        "đồng. Chi sự nghiệp giáo dục, đào tạo 3.060 tỷ đồng.\n")
    read = {r["value"]: r["measure"] for r in rows}
    assert read[8_120e9] == "plan" and read[3_060e9] == "plan"
    # near miss: spending done, said with its verb, stays actual
    rows = _budget_rows("Năm 2026, tỉnh Lai Châu đã chi sự nghiệp giáo dục 2.980 tỷ đồng, đạt 97% dự toán.\n")
    assert {r["value"]: r["measure"] for r in rows}[2_980e9] == "actual"


def test_wbud_revenue_carried_over_from_the_year_before_is_collected_in_the_settled_year():
    rows = _budget_rows("Phê chuẩn quyết toán ngân sách năm 2026 của xã Tân Hòa:\n- Tổng thu ngân sách xã: 21.310 "
                        "triệu đồng, trong đó thu chuyển nguồn năm 2025 sang: 1.470 triệu đồng.\n")
    row = next(r for r in rows if r["value"] == 1_470e6)
    assert (row["budget_item"], row["measure"], row["period_start"], row["period_end"]) == (
        "revenue_other", "actual", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    # near miss: spending carried into the next year stays the settled year's own
    rows = _budget_rows("Phê chuẩn quyết toán ngân sách năm 2026 của xã Tân Hòa:\n- Tổng chi ngân sách xã: 20.140 "
                        "triệu đồng, trong đó chi chuyển nguồn sang năm 2027: 880 triệu đồng.\n")
    row = next(r for r in rows if r["value"] == 880e6)
    assert (row["budget_item"], row["period_start"]) == ("other", dt.date(2026, 1, 1))


def test_xbud_spending_paid_out_of_a_revenue_source_is_the_spending():
    text = "Dự toán năm 2027 của tỉnh Kon Tum: chi đầu tư từ nguồn thu tiền sử dụng đất 1.380 tỷ đồng."
    assert _budget_item_of(text, "1.380", year=2027) == "expenditure_investment"
    text = "Dự toán năm 2027 của tỉnh Kon Tum: chi đầu tư phát triển từ nguồn vốn xổ số kiến thiết 210 tỷ đồng."
    assert _budget_item_of(text, "210", year=2027) == "expenditure_investment"
    text = "Dự toán năm 2027 của tỉnh Kon Tum:\nCHI ĐẦU TƯ TỪ NGUỒN THU TIỀN SỬ DỤNG ĐẤT: 1.380 tỷ đồng."
    assert _budget_item_of(text, "1.380", year=2027) == "expenditure_investment"
    # near miss: the collection said alone stays revenue
    text = "Dự toán năm 2027 của tỉnh Kon Tum: thu tiền sử dụng đất 1.380 tỷ đồng."
    assert _budget_item_of(text, "1.380", year=2027) == "revenue_land_use"
    # near miss: spending named only by its source is the source's ("chi từ nguồn vốn chương trình ...")
    text = "Năm 2027, tỉnh Kon Tum chi từ nguồn vốn chương trình mục tiêu quốc gia 640 tỷ đồng."
    assert _budget_item_of(text, "640", year=2027) == "target_programme"


def test_xbud_two_rates_against_two_plans_keep_each_its_own():
    text = ("Kế hoạch vốn đầu tư công năm 2027 của tỉnh là 3.900 tỷ đồng (kế hoạch Thủ tướng Chính phủ giao 3.100 tỷ "
            "đồng). Đến ngày 30/9/2027, tỉnh giải ngân 2.450 tỷ đồng, đạt 62,8% kế hoạch vốn giao, đạt 79% kế hoạch "
            "Thủ tướng Chính phủ giao.")
    bare, named = route_in_text(text, "62,8", year=2027), route_in_text(text, "79", year=2027)
    assert bare.fields["plan_basis"] is None
    assert (named.fields["plan_basis"], named.fields["budget_label"]) == ("central", "giải ngân")
    # near miss: a bare plan's rate alone still takes the issuer the passage named
    text = ("Kế hoạch vốn đầu tư công năm 2027 Thủ tướng Chính phủ giao cho tỉnh là 3.100 tỷ đồng. Đến ngày 30/9/2027, "
            "tỉnh giải ngân 2.450 tỷ đồng, đạt 79% kế hoạch.")
    assert route_in_text(text, "79", year=2027).fields["plan_basis"] == "central"


def test_xbud_a_change_of_an_issuers_amount_is_of_its_year_and_its_label():
    rows = _budget_rows("Dự toán thu ngân sách nhà nước năm 2027 Thủ tướng Chính phủ giao cho tỉnh Sơn La là 6.300 tỷ "
                        "đồng; HĐND tỉnh giao 7.050 tỷ đồng, tăng 11,9% so với dự toán Trung ương giao.\n")
    rise = next(r for r in rows if r["value"] in (11.9, 111.9))
    assert (rise["period_start"], rise["budget_label"]) == (dt.date(2027, 1, 1), "HĐND tỉnh giao")
    # near miss: an amount whose clause names only its months keeps the item the sentence before named
    rows = _budget_rows("Năm 2027, thu ngân sách tỉnh Sơn La ước đạt 6.900 tỷ đồng. Lũy kế 11 tháng đạt 6.100 tỷ "
                        "đồng, bằng 97% dự toán.\n")
    assert next(r for r in rows if r["value"] == 97.0)["budget_label"] == "thu ngân sách tỉnh Sơn La"


def test_xbud_capital_left_unpaid_named_after_its_amount_is_the_plan_left():
    text = "Gia Lai còn gần 2.300 tỷ đồng vốn đầu tư công chưa giải ngân"
    r = route_in_text(text, "2.300", year=2027)
    assert (r.table, r.fields["budget_item"], r.fields["measure"]) == ("budgets", "public_investment", "plan")
    assert r.fields["budget_label"] == "vốn đầu tư công"
    # near miss: a firm's capital not yet paid in is no budget money
    assert _budget_item_of("Công ty X còn 300 tỷ đồng vốn điều lệ chưa góp.", "300", year=2027) is None


def test_xbud_a_share_aimed_at_under_a_heading_of_the_year_to_come_is_of_that_year():
    text = ("UBND XÃ HÒA BÌNH\nBÁO CÁO\nKết quả năm 2026 và phương hướng năm 2027\n\nI. KẾT QUẢ NĂM 2026\n"
            "Giải ngân vốn đầu tư công của xã đạt 96% kế hoạch.\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027\n"
            "Phấn đấu thu ngân sách trên địa bàn đạt 21 tỷ đồng; giải ngân vốn đầu tư công đạt 100% kế hoạch.\n")
    rows = _budget_rows(text)
    aimed = next(r for r in rows if r["value"] == 100.0)
    assert (aimed["period_start"], aimed["period_end"]) == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    # near miss: the share done under the heading of the report's year stays that year's
    done = next(r for r in rows if r["value"] == 96.0)
    assert done["period_start"].year == 2026


def _ybud_rows(text: str) -> dict[float, dict]:
    """The budget rows of a probe text by their value."""
    return {r["value"]: r for r in _budget_rows(text)}


_HALF_YEAR_REPORT = "UBND HUYỆN MƯỜNG LA\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2026\n\n"


def test_ybud_a_breakdown_of_an_adopted_estimate_keeps_the_councils_basis_not_the_plan_compared_with():
    rows = _ybud_rows("HĐND tỉnh Phú Yên đã thông qua Nghị quyết về dự toán ngân sách năm 2027.\nCụ thể, tổng thu ngân "
                      "sách trên địa bàn năm 2027 là 9.200 tỷ đồng, tăng 9% so với dự toán Trung ương giao. Trong đó, "
                      "thu nội địa 8.700 tỷ đồng.\n")
    assert (rows[8.7e12]["measure"], rows[8.7e12]["plan_basis"]) == ("plan", "provincial")
    # near miss: the rate itself is read against the centre's estimate
    assert (rows[109.0]["measure"], rows[109.0]["plan_basis"]) == ("plan_pct", "central")


def test_ybud_a_rate_said_of_next_years_amount_with_no_measure_word_is_of_that_year():
    lead = "Sáng 8/12/2026, kỳ họp HĐND tỉnh Bình Phước bế mạc.\nTổng chi ngân sách địa phương "
    rate = _ybud_rows(lead + "năm 2027 là 21.400 tỷ đồng, tăng 7% so với dự toán Trung ương giao.\n")[107.0]
    assert (rate["period_start"], rate["period_end"]) == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    # near miss: an amount of the year under way, no measure word, is what was done, its rate not next year's
    rate = _ybud_rows(lead + "năm 2026 là 19.800 tỷ đồng, tăng 7% so với dự toán.\n")[107.0]
    assert rate["period_end"] != dt.date(2027, 12, 31)


def test_ybud_a_rate_aimed_at_for_the_whole_year_in_a_report_on_months_is_the_years():
    rows = _ybud_rows(_HALF_YEAR_REPORT + "Thu ngân sách trên địa bàn 6 tháng đạt 64 tỷ đồng, bằng 51% dự toán. Phấn "
                      "đấu thu ngân sách cả năm đạt 130 tỷ đồng, vượt 4% dự toán.\n")
    assert (rows[104.0]["measure"], rows[104.0]["period_end"]) == ("plan_pct", dt.date(2026, 12, 31))
    # near miss: the months' rate against the year's estimate stays the months'
    assert rows[51.0]["period_end"] == dt.date(2026, 6, 30)
    # near miss: the plan of the whole year a rate of the months is read against names no period of the rate
    rows = _ybud_rows(_HALF_YEAR_REPORT + "Dự kiến giải ngân 6 tháng đạt 48% kế hoạch cả năm.\n")
    assert rows[48.0]["period_end"] == dt.date(2026, 6, 30)


def test_ybud_the_spending_aimed_at_for_the_year_by_its_verb_alone_and_its_rate_are_the_budgets():
    rows = _ybud_rows("UBND TỈNH LAI CHÂU\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2026\n\nTổng chi ngân sách "
                      "địa phương 9 tháng ước đạt 6.900 tỷ đồng, bằng 70% dự toán.\n\nDự kiến cả năm chi 9.850 tỷ "
                      "đồng, đạt 100% dự toán.\n")
    # (the year under way's outturn expected, "dự kiến" as "ước": done, an estimate; wbud, after the gold's "dự kiến
    # hết ngày 30/9/2021, ... sẽ giải ngân đạt 65%" read as an estimate; it was read as a plan)
    assert (rows[9.85e12]["budget_item"], rows[9.85e12]["measure"], rows[9.85e12]["qualifier"]) == (
        "expenditure_total", "actual", "estimate")
    assert rows[9.85e12]["period_end"] == dt.date(2026, 12, 31)
    assert (rows[100.0]["budget_item"], rows[100.0]["measure"], rows[100.0]["period_end"]) == (
        "expenditure_total", "plan_pct", dt.date(2026, 12, 31))


def test_ybud_a_span_from_a_months_first_day_ends_on_an_as_of_day():
    rows = _ybud_rows("Ngày 20/11/2025, UBND phường Đông Hải cho biết, từ ngày 01/7/2025 đến ngày 15/11/2025, tổng thu "
                      "ngân sách trên địa bàn phường đạt 36,2 tỷ đồng. Chi ngân sách phường đạt 41,5 tỷ đồng.\n")
    for value in (36.2e9, 41.5e9):
        assert (rows[value]["as_of"], rows[value]["period_end"]) == (dt.date(2025, 11, 15), dt.date(2025, 11, 15))
    # near miss: the days of a meeting are no cut-off of the figures
    rows = _ybud_rows("Từ ngày 3 đến ngày 5/12/2025, HĐND phường Đông Hải họp kỳ thứ 4. Tổng thu ngân sách trên địa "
                      "bàn phường năm 2025 đạt 72,4 tỷ đồng.\n")
    assert rows[72.4e9]["as_of"] is None


def test_ybud_the_lines_under_a_lead_on_the_result_of_the_collection_are_revenue():
    rows = _ybud_rows("Kết quả thu của các phường như sau:\n- Phường Hòa Khánh: 96 tỷ đồng, đạt 34% dự toán;\n"
                      "- Phường Liên Chiểu: 71 tỷ đồng, đạt 29% dự toán.\n")
    assert {(rows[v]["budget_item"], rows[v]["measure"]) for v in (96e9, 71e9)} == {("revenue_total", "actual")}
    assert rows[34.0]["measure"] == "plan_pct"
    # near miss: the result of attracting investment is no collection
    assert not _budget_rows("Kết quả thu hút đầu tư: 12 dự án, tổng vốn đăng ký 3.200 tỷ đồng.\n")


def test_ybud_a_sentence_naming_an_earlier_year_is_out_of_a_cut_offs_reach():
    lead = "Tính đến ngày 30/9/2026, tỉnh Hà Nam thu ngân sách đạt 9.450 tỷ đồng. "
    rows = _ybud_rows(lead + "Tổng chi ngân sách địa phương năm 2025 là 11.300 tỷ đồng.\n")
    assert (rows[11.3e12]["as_of"], rows[11.3e12]["period_end"]) == (None, dt.date(2025, 12, 31))
    # near miss: a sentence of the cut-off's own year stays within its reach
    rows = _ybud_rows(lead + "Tổng chi ngân sách địa phương năm 2026 đạt 8.900 tỷ đồng.\n")
    assert rows[8.9e12]["as_of"] == dt.date(2026, 9, 30)
    # near miss: a year compared with is no year the sentence speaks of
    rows = _ybud_rows(lead + "Trong đó, thu nội địa đạt 8.100 tỷ đồng, bằng 121% cùng kỳ năm 2025, gồm: thu từ khu vực "
                      "ngoài quốc doanh đạt 2.300 tỷ đồng.\n")
    assert rows[2.3e12]["as_of"] == dt.date(2026, 9, 30)


def test_ybud_the_lines_of_an_article_adopting_the_estimate_are_the_councils_plan():
    lines = ("1. Tổng thu ngân sách trên địa bàn: 9.240.000 triệu đồng, trong đó:\n"
             "a) Thu nội địa: 8.910.000 triệu đồng;\n2. Tổng chi ngân sách địa phương: 21.360.000 triệu đồng.\n")
    rows = _ybud_rows("HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI\nNGHỊ QUYẾT\nVề dự toán ngân sách năm 2027\n\n"
                      "Điều 1. Thông qua dự toán ngân sách nhà nước năm 2027 như sau:\n" + lines)
    assert {rows[v]["plan_basis"] for v in (9.24e12, 8.91e12, 21.36e12)} == {"provincial"}
    # near miss: a list of the estimate that names no act of adopting it says no issuer
    rows = _ybud_rows("BÁO CÁO\nDự toán ngân sách năm 2027 của tỉnh Gia Lai như sau:\n" + lines)
    assert {rows[v]["plan_basis"] for v in (9.24e12, 8.91e12, 21.36e12)} == {None}


def test_ybud_a_revenue_estimates_issuer_says_nothing_of_the_capital_plan_after_it():
    lead = "Năm 2027, tỉnh Bến Tre được Trung ương giao dự toán thu ngân sách 9.300 tỷ đồng. "
    rows = _ybud_rows(lead + "Tổng vốn đầu tư công năm 2027 là 6.150 tỷ đồng.\n")
    assert (rows[6.15e12]["measure"], rows[6.15e12]["plan_basis"]) == ("plan", None)
    # near miss: the breakdown of the revenue estimate keeps its issuer
    rows = _ybud_rows(lead + "Trong đó, thu nội địa 8.700 tỷ đồng.\n")
    assert rows[8.7e12]["plan_basis"] == "central"


def test_ybud_amounts_and_rates_under_a_heading_of_next_years_plan_are_of_that_year():
    rows = _ybud_rows("UBND HUYỆN NA RÌ\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2020, kế hoạch năm 2021\n\n"
                      "1. Tài chính\nGiải ngân vốn đầu tư công đạt 96% kế hoạch.\n2. Kế hoạch năm 2021\n"
                      "Thu ngân sách trên địa bàn 45 tỷ đồng trở lên; giải ngân vốn đầu tư công đạt 100% kế hoạch.\n")
    for value in (45e9, 100.0):
        assert (rows[value]["period_start"], rows[value]["period_end"]) == (dt.date(2021, 1, 1), dt.date(2021, 12, 31))
    # near miss: the rate done under a heading of results, the title naming next year's plan last, stays the year's
    assert rows[96.0]["period_end"] == dt.date(2020, 12, 31)


def test_ybud_a_communes_rate_of_an_unnamed_estimate_takes_not_the_centres_issuer():
    said = {value: (row["measure"], row["plan_basis"]) for value, row in _ybud_rows(
        "Đến hết tháng 9/2026, thu ngân sách tỉnh Quảng Ngãi đạt 16.400 tỷ đồng, bằng 71% dự toán Trung ương giao. "
        "Phường Cẩm Thành thu 960 tỷ đồng, đạt 83% dự toán. Thu nội địa đạt 13.900 tỷ đồng, đạt 74% dự toán.\n"
    ).items()}
    assert said[83.0] == ("plan_pct", None)
    # near miss: the province's own item after it still takes the plan the passage named
    assert said[74.0] == ("plan_pct", "central")


def test_a_day_without_its_year_in_a_sentence_opening_on_a_year_is_in_that_year() -> None:
    # "Năm 2024 (từ ngày 01/8 đến 31/12), ..." in a report on 2025: the span's end is in the year the sentence names
    text = "Năm 2024 (từ ngày 01/8 đến 31/12), chi ngân sách phường được 9,6 tỷ đồng, đạt 98% dự toán."
    assert route_in_text(text, "9,6", year=2025).fields["as_of"] == dt.date(2024, 12, 31)
    assert route_in_text(text, "98", year=2025).fields["as_of"] == dt.date(2024, 12, 31)
    # near-miss: a sentence naming no year keeps the report's; its January after the year named is the month of grace
    plain = "Từ ngày 01/8 đến 31/12, chi ngân sách phường được 9,6 tỷ đồng."
    assert route_in_text(plain, "9,6", year=2025).fields["as_of"] == dt.date(2025, 12, 31)
    grace = "Năm 2024, tính đến ngày 31/01, giải ngân vốn đầu tư công được 640 tỷ đồng."
    assert route_in_text(grace, "640", year=2025).fields["as_of"] == dt.date(2025, 1, 31)


def test_a_cut_off_in_its_own_clause_after_the_amount_dates_the_amount() -> None:
    text = "Tổng chi ngân sách địa phương được 5.140 tỷ đồng (tính đến ngày 15/10/2023), bằng 64% dự toán."
    assert route_in_text(text, "5.140", year=2023).fields["as_of"] == dt.date(2023, 10, 15)
    comma = "Thu nội địa được 912 tỷ đồng, đến hết tháng 8, bằng 70% dự toán."
    assert route_in_text(comma, "912", year=2023).fields["as_of"] == dt.date(2023, 8, 31)
    # near-miss: a day the clause after the amount aims at dates that aim, not the amount done
    aimed = "Giải ngân vốn đầu tư công được 1.250 tỷ đồng, đến ngày 31/01/2024 phấn đấu giải ngân 100% kế hoạch."
    assert route_in_text(aimed, "1.250", year=2023).fields["as_of"] is None


def test_the_share_of_a_work_built_is_its_progress_not_a_disbursement_rate() -> None:
    text = (
        "Giải ngân vốn đầu tư công đạt 58% kế hoạch. Công trình trường mầm non xã Tân Lập, "
        "khối lượng thực hiện đạt 75%."
    )
    routed = route_in_text(text, "75", year=2024)
    assert routed is None or routed.table != "budgets"
    # near-misses: a rate of the capital plan, and the value of the work done, are budget money
    rate = "Giải ngân vốn đầu tư công đạt 58% kế hoạch, khối lượng thực hiện đạt 62% kế hoạch vốn."
    assert route_in_text(rate, "62", year=2024).fields["measure"] == "plan_pct"
    value = "Đến nay giải ngân vốn đầu tư công được 410 tỷ đồng, giá trị khối lượng thực hiện đạt 520 tỷ đồng."
    assert route_in_text(value, "520", year=2024).fields["measure"] == "actual"


def test_a_cut_off_said_right_after_the_amount_wins_over_one_carried_from_before() -> None:
    lead = "Tính đến ngày 20/5, thu ngân sách trên địa bàn đạt 700 tỷ đồng."
    text = "Chi ngân sách địa phương 1.380 tỷ đồng, tính đến hết quý II, bằng 47% dự toán."
    assert route_in_text(text, "1.380", year=2027, preceding=lead).fields["as_of"] == dt.date(2027, 6, 30)
    # near-miss: with no cut-off of its own the amount keeps the one carried from the lead
    bare = "Chi ngân sách địa phương 1.380 tỷ đồng, bằng 47% dự toán."
    assert route_in_text(bare, "1.380", year=2027, preceding=lead).fields["as_of"] == dt.date(2027, 5, 20)


def test_a_list_of_parts_of_a_year_may_close_on_the_whole_year() -> None:
    text = "Quý IV và cả năm 2026, tỉnh thu nội địa lần lượt được 870 tỷ đồng và 3.310 tỷ đồng."
    quarter, year = route_in_text(text, "870", year=2026), route_in_text(text, "3.310", year=2026)
    assert (quarter.fields["period_start"], quarter.fields["period_end"]) == (
        dt.date(2026, 10, 1),
        dt.date(2026, 12, 31),
    )
    assert (year.fields["period_start"], year.fields["period_end"]) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    # near-miss: a list that opens on the whole year is no list of periods (the year dates both numbers alike)
    whole_first = "Năm 2026 và quý IV, tỉnh thu nội địa lần lượt được 3.310 tỷ đồng và 870 tỷ đồng."
    assert "period_start" not in route_in_text(whole_first, "870", year=2026).fields


def test_a_cut_off_of_a_paragraph_on_another_year_is_not_carried_into_the_reports_year() -> None:
    lead = "Cùng thời điểm năm trước, tính đến ngày 31/8/2025, thu ngân sách trên địa bàn đạt 2.050 tỷ đồng.\n"
    text = "Thu từ khu vực doanh nghiệp nhà nước ước được 640 tỷ đồng, bằng 88% dự toán."
    assert route_in_text(text, "640", year=2026, preceding=lead).fields["as_of"] is None
    # near-misses: a cut-off of the report's year is carried; so is one of the year the figure's sentence names
    same_year = lead.replace("2025", "2026")
    assert route_in_text(text, "640", year=2026, preceding=same_year).fields["as_of"] == dt.date(2026, 8, 31)
    named = "Thu từ khu vực doanh nghiệp nhà nước năm 2025 được 640 tỷ đồng."
    assert route_in_text(named, "640", year=2026, preceding=lead).fields["as_of"] == dt.date(2025, 8, 31)


def test_a_disbursement_of_capital_its_sentence_named_is_not_the_programmes_before() -> None:
    text = (
        "Vốn các chương trình mục tiêu quốc gia năm 2026 đã giải ngân 390 tỷ đồng. "
        "Số vốn kéo dài từ năm 2025 là 610 tỷ đồng, đến nay mới giải ngân 170 tỷ đồng."
    )
    assert route_in_text(text, "170", year=2026).fields["budget_item"] == "public_investment"
    # near-miss: a disbursement whose sentence names no capital before its verb pays out the programmes'
    bare = text.replace("Số vốn kéo dài từ năm 2025 là 610 tỷ đồng, đến nay mới", "Đến nay, các chủ đầu tư đã")
    assert route_in_text(bare, "170", year=2026).fields["budget_item"] == "target_programme"


def test_the_rate_of_an_amount_aimed_at_is_of_the_year_the_amount_is() -> None:
    text = "Phấn đấu thu ngân sách trên địa bàn đạt 240 tỷ đồng, vượt 9% dự toán huyện giao."
    row = route_in_text(text, "9", year=2024)
    assert (row.fields["measure"], row.fields["period_start"], row.fields["period_end"]) == (
        "plan_pct",
        dt.date(2024, 1, 1),
        dt.date(2024, 12, 31),
    )
    # near-misses: a rate of an amount done, and of an amount aimed at for part of the year, are not the year's
    done = "Thu ngân sách trên địa bàn đạt 140 tỷ đồng, bằng 64% dự toán huyện giao."
    assert "period_start" not in route_in_text(done, "64", year=2024).fields
    part = "Quý IV, phấn đấu thu ngân sách trên địa bàn đạt 100 tỷ đồng, bằng 36% dự toán huyện giao."
    assert route_in_text(part, "36", year=2024).fields.get("period_start") != dt.date(2024, 1, 1)


def test_an_estimate_given_to_a_commune_is_its_revenue_estimate_not_an_allocation() -> None:
    text = "Năm 2027, xã được giao dự toán thu 38 tỷ đồng, chi 95 tỷ đồng."
    row = route_in_text(text, "38", year=2026)
    assert (row.fields["budget_item"], row.fields["measure"]) == ("revenue_total", "plan")
    # near-miss: a commune given its collection by the verb alone keeps the unit's words as its label
    row = route_in_text("Năm 2027, xã được giao thu 38 tỷ đồng.", "38", year=2026)
    assert (row.fields["budget_item"], row.fields["budget_label"]) == ("revenue_total", "xã được giao thu")


def test_taxes_fees_and_charges_named_together_are_domestic_revenue() -> None:
    row = route_in_text("Trong đó, thu thuế, phí và lệ phí được 2.140 tỷ đồng.", "2.140", year=2026)
    assert (row.fields["budget_item"], row.fields["budget_label"]) == ("revenue_domestic", "thu thuế, phí và lệ phí")
    # near-miss: a charge named on its own stays another revenue
    row = route_in_text("Lệ phí trước bạ được 310 tỷ đồng.", "310", year=2026)
    assert row.fields["budget_item"] == "revenue_other"


def test_the_capital_named_right_after_an_amount_is_its_source() -> None:
    text = (
        "Kho bạc đã kiểm soát thanh toán 960 tỷ đồng vốn ngân sách trung ương và 55 tỷ đồng vốn ngân sách địa phương."
    )
    central, local = route_in_text(text, "960", year=2026), route_in_text(text, "55", year=2026)
    assert central.fields["funding_source"] == "central"
    assert (local.fields["funding_source"], local.fields["budget_label"]) == ("local", "vốn ngân sách địa phương")
    # near-miss: a source named before the amount, nothing after it, is still read there
    before = route_in_text("Vốn ngân sách trung ương đã giải ngân 960 tỷ đồng.", "960", year=2026)
    assert before.fields["funding_source"] == "central"


def test_the_same_time_a_year_before_in_news_of_a_month_counts_from_its_january() -> None:
    from orchestration.extraction.budgets import budget_figure_period

    news = {"doc_type": "news", "period_start": dt.date(2027, 5, 1), "period_end": dt.date(2027, 5, 31)}
    row = {
        "measure": "plan_pct",
        "as_of": dt.date(2026, 5, 12),
        "period_start": dt.date(2026, 5, 1),
        "period_end": dt.date(2026, 5, 31),
        "evidence": "đạt 38% kế hoạch, cao hơn cùng kỳ năm 2026 (29%)",
    }
    assert budget_figure_period(row, news) == {"period_start": dt.date(2026, 1, 1), "period_end": dt.date(2026, 5, 12)}
    # near-miss: a month of its own the words named a year before keeps its first day
    march = {**row, "period_start": dt.date(2026, 3, 1), "period_end": dt.date(2026, 3, 31)}
    assert budget_figure_period(march, news)["period_start"] == dt.date(2026, 3, 1)


def test_a_paragraph_after_the_councils_adoption_of_the_estimate_gives_its_amounts() -> None:
    lead = (
        "Sáng 9/12/2026, HĐND tỉnh Hà Giang khóa XVIII tổ chức kỳ họp thứ 12, thông qua Nghị quyết về dự toán "
        "ngân sách nhà nước năm 2027.\n"
    )
    row = route_in_text("Tổng chi ngân sách địa phương là 21.400 tỷ đồng.", "21.400", year=2026, preceding=lead)
    assert (row.fields["measure"], row.fields["plan_basis"], row.fields["period_start"]) == (
        "plan",
        "provincial",
        dt.date(2027, 1, 1),
    )
    # near-miss: a sentence naming the year done keeps its amount done
    done = route_in_text("Năm 2026, tổng chi ngân sách địa phương 19.800 tỷ đồng.", "19.800", year=2026, preceding=lead)
    assert done.fields["measure"] == "actual"


def test_the_year_of_the_capital_named_after_a_planned_amount_is_its_year() -> None:
    text = "Kỳ họp quyết nghị phân bổ 960 tỷ đồng vốn các chương trình mục tiêu quốc gia năm 2027."
    row = route_in_text(text, "960", year=2026)
    assert (row.fields["measure"], row.fields["period_start"]) == ("plan", dt.date(2027, 1, 1))
    # near-miss: a span of years after the capital names no one year of it
    span = "Kỳ họp quyết nghị phân bổ 960 tỷ đồng vốn các chương trình mục tiêu quốc gia năm 2026-2030."
    assert route_in_text(span, "960", year=2026).fields.get("period_start") != dt.date(2026, 1, 1)


def test_the_span_a_figure_covers_is_no_part_of_its_label() -> None:
    # (the near-miss second: "từ" naming where the money comes from stays in the label)
    for text, number, label in (
        (
            "Tổng thu ngân sách trên địa bàn phường từ ngày 01/7/2025 đến ngày 30/11/2025 đạt 52 tỷ đồng.",
            "52",
            "Tổng thu ngân sách trên địa bàn phường",
        ),
        ("Thu bổ sung từ ngân sách tỉnh đạt 140 tỷ đồng.", "140", "Thu bổ sung từ ngân sách tỉnh"),
    ):
        assert route_in_text(text, number, year=2025).fields["budget_label"] == label, text


def test_a_collection_whose_source_is_named_after_the_amount_is_that_revenue() -> None:
    text = "Năm 2026, tỉnh thu ngân sách gần 2,4 nghìn tỷ đồng từ tiền sử dụng đất."
    assert route_in_text(text, "2,4", year=2026).fields["budget_item"] == "revenue_land_use"
    # near-miss: a span after the amount names no revenue: the whole stays
    span = "Năm 2026, tỉnh thu ngân sách gần 2,4 nghìn tỷ đồng từ đầu năm đến nay."
    assert route_in_text(span, "2,4", year=2026).fields["budget_item"] == "revenue_total"


def test_the_comparing_verb_before_a_rate_is_no_part_of_the_label() -> None:
    # (the near-miss last: the label of a rate after its verb "đạt" is cut there as before)
    said = {
        number: (route_in_text(text, number, year=2026).fields["budget_label"])
        for text, number in (
            ("Thu nội địa gấp 1,3 lần cùng kỳ năm 2025.", "1,3"),
            ("Thu nội địa bằng 97% cùng kỳ năm 2025.", "97"),
            ("Thu nội địa đạt 104% dự toán.", "104"),
        )
    }
    assert said == {"1,3": "Thu nội địa", "97": "Thu nội địa", "104": "Thu nội địa"}


def test_a_cut_off_in_a_reports_last_month_dates_capital_of_an_earlier_year_paid_out_to_it() -> None:
    from orchestration.extraction.budgets import budget_figure_period

    monthly = {
        "doc_type": "socioeconomic_report",
        "period_start": dt.date(2026, 9, 1),
        "period_end": dt.date(2026, 9, 30),
    }
    carried = {
        "measure": "actual",
        "as_of": dt.date(2026, 9, 20),
        "period_start": dt.date(2025, 1, 1),
        "period_end": dt.date(2025, 12, 31),
        "evidence": "Vốn năm 2025 kéo dài: đã giải ngân 14 tỷ đồng.",
    }
    assert budget_figure_period(carried, monthly) == {
        "period_start": dt.date(2026, 1, 1),
        "period_end": dt.date(2026, 9, 20),
    }
    # near-miss: a figure of the report's own year keeps the report's reading of its cut-off
    own = {**carried, "period_start": dt.date(2026, 1, 1), "period_end": dt.date(2026, 9, 30)}
    assert budget_figure_period(own, monthly) == {}


def test_a_cut_off_after_the_words_naming_the_amount_dates_it_without_a_comma():
    rows = _budget_rows("UBND TỈNH LẠNG SƠN\nNgày 25/8/2026\n\nToàn tỉnh giải ngân 1.730 tỷ đồng vốn đầu tư công tính "
                        "đến ngày 20/8/2026.\n")
    assert _period_of(rows, 1730e9)[2] == dt.date(2026, 8, 20)
    # (a day aimed at after the amount dates no amount done)
    rows = _budget_rows("UBND TỈNH LẠNG SƠN\nNgày 25/8/2026\n\nToàn tỉnh giải ngân 1.730 tỷ đồng vốn đầu tư công và "
                        "phấn đấu tính đến ngày 31/12/2026 giải ngân hết kế hoạch vốn.\n")
    assert _period_of(rows, 1730e9)[2] is None


def test_parts_named_by_their_budget_level_take_their_own_label():
    rows = _budget_rows("UBND TỈNH CAO BẰNG\nNgày 20/12/2024\n\nTổng chi ngân sách địa phương năm 2024 ước đạt 11.430 "
                        "tỷ đồng, trong đó ngân sách cấp tỉnh 7.150 tỷ đồng, ngân sách cấp huyện 4.280 tỷ đồng.\n")
    labels = {r["value"]: r["budget_label"] for r in rows}
    assert (labels[7150e9], labels[4280e9]) == ("ngân sách cấp tỉnh", "ngân sách cấp huyện")
    # (a spending of a level named with its verb is labelled as written, the verb kept)
    rows = _budget_rows("UBND TỈNH CAO BẰNG\nNgày 20/12/2024\n\nChi ngân sách cấp tỉnh năm 2024 ước đạt 7.150 tỷ "
                        "đồng.\n")
    assert rows[0]["budget_label"] == "Chi ngân sách cấp tỉnh năm 2024"


def test_money_left_unallocated_in_a_clause_of_its_own_takes_its_own_label():
    rows = _budget_rows("UBND TỈNH TUYÊN QUANG\nNgày 15/7/2027\n\nKế hoạch vốn đầu tư công năm 2027 là 4.600 tỷ đồng, "
                        "đã phân bổ chi tiết 4.410 tỷ đồng, số vốn còn chưa phân bổ là 190 tỷ đồng.\n")
    labels = {r["value"]: r["budget_label"] for r in rows}
    assert (labels[4410e9], labels[190e9]) == ("đã phân bổ chi tiết", "số vốn còn chưa phân bổ")
    # (money already allocated keeps the label of what was done)
    rows = _budget_rows("UBND TỈNH TUYÊN QUANG\nNgày 15/7/2027\n\nKế hoạch vốn đầu tư công năm 2027 là 4.600 tỷ đồng, "
                        "số vốn đã phân bổ là 4.410 tỷ đồng.\n")
    assert next(r for r in rows if r["value"] == 4410e9)["budget_label"] == "đã phân bổ"


def test_an_item_said_to_fall_short_is_labelled_by_its_words_before_the_denial():
    text = "Thu tiền sử dụng đất không đạt kế hoạch, ước đạt 410 tỷ đồng, bằng 62% dự toán."
    assert route_in_text(text, "410").fields["budget_label"] == "Thu tiền sử dụng đất"
    text = "Thu nội địa chưa đạt yêu cầu, ước đạt 2.640 tỷ đồng."
    assert route_in_text(text, "2.640").fields["budget_label"] == "Thu nội địa"
    # (the adverb before the verb that is said ends it as before)
    assert route_in_text("Thu nội địa chỉ đạt 2.640 tỷ đồng.", "2.640").fields["budget_label"] == "Thu nội địa"


def test_an_amount_without_dong_and_its_hedge_end_the_label_of_the_rate_after_it():
    text = "Đến nay, tỉnh đã giải ngân khoảng 1.500 tỷ, đạt 40% kế hoạch."
    assert route_in_text(text, "40").fields["budget_label"] == "giải ngân"


def test_capital_left_unpaid_after_a_disbursement_is_labelled_as_written():
    text = "Đến ngày 15/11/2026, tỉnh đã giải ngân 900 tỷ đồng, còn 640 tỷ đồng chưa giải ngân."
    left = route_in_text(text, "640")
    assert left.fields["budget_item"] == "public_investment" and left.fields["measure"] == "plan"
    assert left.fields["budget_label"] == "chưa giải ngân"
    assert route_in_text(text, "900").fields["budget_label"] == "giải ngân"
    text = "Toàn tỉnh còn 1.120 tỷ đồng vốn ngân sách tỉnh chưa được giải ngân."
    assert route_in_text(text, "1.120").fields["budget_label"] == "vốn ngân sách tỉnh"


def test_the_plan_of_the_countrys_rate_is_not_carried_to_the_provinces():
    lead = "Theo Bộ Tài chính, cả nước giải ngân đạt 55% kế hoạch Thủ tướng giao.\n"
    assert route_in_text("Tỉnh Gia Lai giải ngân đạt 61%.", "61", preceding=lead).fields["plan_basis"] is None
    text = "Cả nước giải ngân đạt 55% kế hoạch Thủ tướng giao. Gia Lai giải ngân đạt 61%."
    assert route_in_text(text, "61").fields["plan_basis"] is None
    # (the province's own plan, the country named after it, is carried as before)
    lead = "Tỉnh giải ngân đạt 58% kế hoạch Thủ tướng giao, cao hơn bình quân cả nước.\n"
    text = "Vốn ngân sách trung ương giải ngân đạt 61% kế hoạch."
    assert route_in_text(text, "61", preceding=lead).fields["plan_basis"] == "central"


def test_the_province_alone_reaching_a_rate_after_a_budget_sentence_reaches_its_item():
    text = "Cả nước giải ngân đạt 55% kế hoạch. Tỉnh đạt 61%, xếp thứ 7."
    r = route_in_text(text, "61")
    assert r.table == "budgets" and r.fields["budget_item"] == "public_investment"
    assert r.fields["measure"] == "plan_pct" and r.fields["budget_label"] == "giải ngân"
    text = "Tỷ lệ giải ngân của cả nước đạt 55% kế hoạch. Tỉnh Kon Tum đạt 63,4%."
    r = route_in_text(text, "63,4")
    assert r.table == "budgets" and r.fields["budget_label"] == "giải ngân"
    # (a city of a province is not the province: its rate is no budget figure of the province's)
    text = "Cả nước giải ngân đạt 55% kế hoạch. Thành phố Pleiku đạt 70%."
    r = route_in_text(text, "70")
    assert r is None or r.table != "budgets"


def test_the_average_of_several_provinces_is_not_the_provinces_budget():
    text = "Tỷ lệ giải ngân bình quân của các tỉnh Tây Nguyên đạt 57% kế hoạch."
    assert route_in_text(text, "57") is None or route_in_text(text, "57").table != "budgets"
    # (the province's own average over its districts stays a budget figure)
    text = "Tỷ lệ giải ngân bình quân của các huyện trong tỉnh đạt 57% kế hoạch."
    assert route_in_text(text, "57").table == "budgets"


def test_the_governments_foreign_loans_the_province_borrows_on_are_another_item():
    r = route_in_text("Vay lại từ nguồn vốn vay ODA 215 tỷ đồng.", "215")
    assert r.table == "budgets" and r.fields["budget_item"] == "other"
    # (a household borrowing again from a bank is no budget)
    r = route_in_text("Nhiều hộ dân vay lại 50 triệu đồng từ ngân hàng để tái sản xuất.", "50")
    assert r is None or r.table != "budgets"


def test_a_rate_of_the_plan_its_own_sentence_gives_takes_no_issuer_from_before():
    lead = "Kế hoạch vốn đầu tư công năm 2026 được HĐND tỉnh giao 9.400 tỷ đồng.\n"
    text = "Vốn các chương trình mục tiêu quốc gia được giao 1.180 tỷ đồng; đã giải ngân 402 tỷ đồng, đạt 34%."
    assert route_in_text(text, "34", preceding=lead).fields["plan_basis"] is None
    # (the issuer said in the sentence is that plan's; a sentence giving no plan of its own goes on with the lead's)
    text = "Vốn chương trình mục tiêu quốc gia được Thủ tướng giao 1.180 tỷ đồng; đã giải ngân 402 tỷ đồng, đạt 34%."
    assert route_in_text(text, "34", preceding=lead).fields["plan_basis"] == "central"
    text = "Đến ngày 30/9/2026, giải ngân được 4.100 tỷ đồng, đạt 43,6% kế hoạch."
    assert route_in_text(text, "43,6", preceding=lead).fields["plan_basis"] == "provincial"


def test_the_estimates_heading_of_the_year_to_come_dates_its_amounts():
    text = ("UBND HUYỆN MƯỜNG LA\nBÁO CÁO\nTình hình thực hiện dự toán ngân sách năm 2024, dự toán năm 2025\n\n"
            "I. THỰC HIỆN DỰ TOÁN NĂM 2024\nThu ngân sách trên địa bàn ước thực hiện 71 tỷ đồng.\n"
            "II. DỰ TOÁN NĂM 2025\nThu ngân sách trên địa bàn 76 tỷ đồng, tăng 7% so với dự toán năm 2024.\n")
    rows = _budget_rows(text)
    planned = next(r for r in rows if r["value"] == 76e9)
    assert planned["measure"] == "plan" and planned["period_end"] == dt.date(2025, 12, 31)
    assert next(r for r in rows if r["value"] == 107.0)["period_end"] == dt.date(2025, 12, 31)
    # (the estimate carried out under its own heading stays the report's year)
    assert _period_of(rows, 71e9)[1] == dt.date(2024, 12, 31)


def test_a_tax_on_private_business_named_bare_and_its_rate_after_the_amount():
    text = "Các khoản thu đạt khá: thuế ngoài quốc doanh 28,4 tỷ đồng (121%); lệ phí trước bạ 7,2 tỷ đồng (104%)."
    amount, rate = route_in_text(text, "28,4"), route_in_text(text, "121")
    assert amount.fields["budget_item"] == "revenue_other" and amount.fields["budget_label"] == "thuế ngoài quốc doanh"
    assert rate.table == "budgets" and rate.fields["measure"] == "plan_pct"
    assert route_in_text(text, "104").fields["budget_item"] == "revenue_other"
    # (a rate in brackets after an amount, no reach of rates said, is no share of an estimate)
    r = route_in_text("Chi đầu tư phát triển 412 tỷ đồng (45%).", "45")
    assert r is None or r.table != "budgets" or r.fields["measure"] != "plan_pct"


def test_the_balance_a_budget_holds_at_a_date_is_another_item():
    r = route_in_text("Số dư ngân sách xã đến ngày 20/11/2025: 215.400.000 đồng.", "215.400.000")
    assert r.table == "budgets" and r.fields["budget_item"] == "other"
    assert r.fields["budget_label"] == "Số dư ngân sách xã"
    # (a bank balance is no budget)
    r = route_in_text("Số dư tiền gửi tại ngân hàng đạt 48.000 tỷ đồng.", "48.000")
    assert r is None or r.table != "budgets"


def test_capital_still_to_be_paid_out_is_the_plan_left():
    text = "Như vậy, số vốn còn lại phải giải ngân trong quý IV là gần 950 tỷ đồng."
    r = route_in_text(text, "950")
    assert r.fields["budget_item"] == "public_investment" and r.fields["measure"] == "plan"
    assert r.fields["budget_label"] == "số vốn còn lại phải giải ngân trong quý IV"
    text = "Tỉnh đã giải ngân 2.400 tỷ đồng, cần giải ngân thêm 1.100 tỷ đồng để hoàn thành kế hoạch."
    assert route_in_text(text, "1.100").fields["measure"] == "plan"
    # (the money paid out stays what was done)
    assert route_in_text(text, "2.400").fields["measure"] == "actual"


def test_a_part_named_without_the_verb_of_the_part_before_reads_with_that_verb():
    text = "Thu nội địa đạt 3.150 tỷ đồng; xuất nhập khẩu 640 tỷ đồng; tiền sử dụng đất 520 tỷ đồng."
    part = route_in_text(text, "640")
    assert part.fields["budget_item"] == "revenue_import_export" and part.fields["budget_label"] == "xuất nhập khẩu"
    assert route_in_text(text, "520").fields["budget_item"] == "revenue_land_use"
    text = "Chi đầu tư phát triển 1.870 tỷ đồng, thường xuyên 4.260 tỷ đồng."
    part = route_in_text(text, "4.260")
    assert part.fields["budget_item"] == "expenditure_recurrent" and part.fields["budget_label"] == "thường xuyên"
    # (one item's name written over its comma stays that item; a change after the amount is the amount's)
    text = "Trong đó, thu thuế, phí và thu khác đạt 2.710 tỷ đồng, tăng 6%."
    assert route_in_text(text, "2.710").fields["budget_item"] == "revenue_domestic"
    assert route_in_text(text, "6").fields["budget_item"] == "revenue_domestic"


def test_a_change_after_a_rate_of_the_target_is_of_the_amount_done():
    text = "Lũy kế 10 tháng năm 2026, thu ngân sách đạt 8.640 tỷ đồng, bằng 91% chỉ tiêu Bộ Tài chính giao, tăng 9,4%"
    r = route_in_text(text + " so với cùng kỳ.", "9,4", year=2026)
    assert r.fields["measure"] == "yoy_pct" and "period_end" not in r.fields
    # (a change said of a planned amount is of the plan's year, as before)
    text = "Dự toán thu ngân sách năm 2027 là 9.100 tỷ đồng, tăng 8% so với ước thực hiện năm 2026."
    assert route_in_text(text, "8", year=2026).fields["period_end"] == dt.date(2027, 12, 31)


def test_the_excess_over_the_estimate_said_as_a_noun_is_the_gap_done():
    r = route_in_text("Số vượt thu so với dự toán là 470 tỷ đồng.", "470")
    assert (r.fields["budget_item"], r.fields["measure"]) == ("other", "actual")
    assert r.fields["budget_label"] == "Số vượt thu so với dự toán"
    # (a collection beyond the estimate whose amount of its own follows "với" is that amount's, as before)
    text = "Tỉnh vượt thu ngân sách với tổng thu đạt 5.230 tỷ đồng."
    assert route_in_text(text, "5.230").fields["budget_item"] == "revenue_total"


def test_the_word_joining_a_rate_to_its_words_ends_the_label():
    text = "Tỉnh đứng thứ 4 cả nước về tỷ lệ giải ngân vốn đầu tư công với 91,3% kế hoạch."
    assert route_in_text(text, "91,3").fields["budget_label"] == "giải ngân vốn đầu tư công"


def test_a_part_of_public_investment_named_by_its_capital_takes_that_name():
    text = ("Trong đó: vốn cân đối ngân sách địa phương giải ngân 1.240 tỷ đồng, đạt 71%; vốn ODA 96,5 tỷ đồng, "
            "đạt 32,4%.")
    oda, rate = route_in_text(text, "96,5"), route_in_text(text, "32,4")
    assert oda.fields["budget_item"] == rate.fields["budget_item"] == "public_investment"
    assert oda.fields["budget_label"] == rate.fields["budget_label"] == "vốn ODA"
    assert oda.fields["funding_source"] is None
    # (a part whose capital is an item of its own keeps its reading)
    text = "Tổng kế hoạch vốn là 3.100 tỷ đồng, gồm: vốn ngân sách trung ương 1.200 tỷ đồng; vốn ODA 300 tỷ đồng."
    assert route_in_text(text, "1.200").fields["funding_source"] == "central"


def test_zbu2_a_cut_off_within_a_month_is_the_day_that_part_holds():
    rows = _budget_rows("Báo Hà Tĩnh - Ngày 27/10/2026\n\nĐến hạ tuần tháng 10, tỉnh giải ngân vốn đầu tư công "
                        "2.870 tỷ đồng, đạt 47% kế hoạch. Tính đến trung tuần tháng 10/2026, thu ngân sách "
                        "trên địa bàn đạt 9.430 tỷ đồng.\n")
    assert _period_of(rows, 2870e9) == (dt.date(2026, 1, 1), dt.date(2026, 10, 25), dt.date(2026, 10, 25))
    assert _period_of(rows, 47.0) == (dt.date(2026, 1, 1), dt.date(2026, 10, 25), dt.date(2026, 10, 25))
    assert _period_of(rows, 9430e9)[2] == dt.date(2026, 10, 15)
    # near miss: the month closed keeps its last day
    _zbu2_counted_from_january("Báo Hà Tĩnh - Ngày 03/11/2026\n\nĐến cuối tháng 10, tỉnh giải ngân vốn đầu tư công "
                               "2.870 tỷ đồng.\n", 2870e9, dt.date(2026, 10, 31))


def _zbu2_counted_from_january(text: str, value: float, day: dt.date) -> None:
    assert _period_of(_budget_rows(text), value) == (dt.date(day.year, 1, 1), day, day)


def test_zbu2_capital_already_allocated_is_of_the_plan_under_way_not_the_one_foreseen():
    lead = ("Báo Thanh Hóa - Ngày 20/8/2026\n\nKế hoạch vốn đầu tư công năm 2026 của tỉnh là 9.740 tỷ đồng. Dự kiến "
            "kế hoạch vốn năm 2027 là 11.200 tỷ đồng. ")
    rows = _ybud_rows(lead + "Trong số vốn đã giao, vốn ngân sách tỉnh 5.310 tỷ đồng.\n")
    assert (rows[5310e9]["period_start"], rows[5310e9]["period_end"]) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    # near miss: a part of the plan foreseen, nothing said handed out, is of that plan's year
    rows = _ybud_rows(lead + "Trong đó, vốn ngân sách tỉnh 5.310 tỷ đồng.\n")
    assert rows[5310e9]["period_start"] == dt.date(2027, 1, 1)


def test_zbu2_what_a_customs_office_says_it_collected_is_import_export_revenue():
    said = [
        ("Cục Hải quan tỉnh Quảng Ninh cho biết, năm 2026 đơn vị thu ngân sách ước đạt 13.400 tỷ đồng.", "13.400",
         "revenue_import_export"),
        ("Theo Chi cục Hải quan Móng Cái, số thu ngân sách 9 tháng đạt 2.150 tỷ đồng.", "2.150",
         "revenue_import_export"),
        # the revenue said as the customs office's own, its name after the item
        ("Năm 2026, thu ngân sách của Chi cục Hải quan khu vực IX đạt 1.930 tỷ đồng.", "1.930",
         "revenue_import_export"),
        # near misses: the province's revenue said in a customs item, and a tax office speaking, keep the total
        ("Theo Cục Hải quan, thu ngân sách nhà nước trên địa bàn tỉnh đạt 21.300 tỷ đồng.", "21.300", "revenue_total"),
        ("Thuế tỉnh Quảng Ninh cho biết, thu ngân sách đạt 9.800 tỷ đồng.", "9.800", "revenue_total"),
    ]
    for text, token, item in said:
        assert route_in_text(text, token, year=2026).fields["budget_item"] == item, text


def test_zbu2_the_parts_of_a_communes_sum_from_its_founding_month_take_the_same_span():
    rows = _budget_rows("UBND XÃ ĐÔNG SƠN\nĐông Sơn, ngày 19 tháng 12 năm 2025\n\nBÁO CÁO\nThực hiện ngân sách xã năm "
                        "2025\n\nTổng chi ngân sách xã từ ngày 01/7/2025 đến ngày 16/12/2025 là 7.340 triệu đồng. "
                        "Trong đó: chi đầu tư phát triển 2.150 triệu đồng; chi thường xuyên 5.190 triệu đồng.\n")
    assert _period_of(rows, 2150e6) == (dt.date(2025, 7, 1), dt.date(2025, 12, 16), dt.date(2025, 12, 16))
    assert _period_of(rows, 5190e6)[:2] == (dt.date(2025, 7, 1), dt.date(2025, 12, 16))
    # near miss: a quarter closed on its last day is still counted from January
    _zbu2_counted_from_january("UBND TỈNH YÊN BÁI\nBáo cáo năm 2024\n\nĐến hết quý III/2024, chi thường xuyên đạt "
                               "3.460 tỷ đồng.\n", 3460e9, dt.date(2024, 9, 30))


def test_zbu2_the_surplus_a_closed_year_left_is_known_in_a_resolution_on_the_estimate():
    text = ("Điều 1. Thông qua dự toán ngân sách năm 2025 như sau:\n1. Tổng thu ngân sách: 9.100 tỷ đồng.\n"
            "Điều 2. Kết dư ngân sách tỉnh năm 2023 là 186 tỷ đồng.\n")
    assert route_in_text(text, "186", year=2025).fields["measure"] == "actual"
    # near miss: the surplus an estimate takes in as revenue is planned
    text = "Điều 1. Điều chỉnh dự toán ngân sách xã năm 2025 như sau:\n- Thu kết dư ngân sách: 186 triệu đồng\n"
    assert route_in_text(text, "186", year=2025).fields["measure"] == "plan"


def test_zbu2_a_targeted_transfer_received_is_revenue_not_a_programme():
    text = "Thu bổ sung cân đối từ ngân sách cấp trên 30,1 tỷ đồng; thu bổ sung có mục tiêu 6,2 tỷ đồng."
    assert route_in_text(text, "6,2", year=2025).fields["budget_item"] == "revenue_other"
    # near miss: the targeted money spent stays the programmes'
    text = "Chi từ nguồn ngân sách Trung ương bổ sung có mục tiêu 42 tỷ đồng."
    assert route_in_text(text, "42", year=2025).fields["budget_item"] == "target_programme"


def test_qbud_the_balanced_revenue_from_imports_and_exports_is_their_item() -> None:
    for text, token in (
        ("Trong đó, thu nội địa 9.400 tỷ đồng; thu cân đối từ hoạt động xuất nhập khẩu 1.120 tỷ đồng.", "1.120"),
        ("Thu cân đối ngân sách từ hoạt động xuất nhập khẩu đạt 760 tỷ đồng.", "760"),
    ):
        assert _budget_item_of(text, token) == "revenue_import_export", text
    # near-miss: the balanced budget's revenue as a whole keeps its item
    assert _budget_item_of("Thu cân đối ngân sách nhà nước đạt 8.300 tỷ đồng.", "8.300") == "revenue_total"


def test_qbud_capital_not_yet_allocated_after_an_allocation_is_the_plans() -> None:
    lead = "Tổng kế hoạch vốn đầu tư công năm 2026 của tỉnh là 6.310 tỷ đồng. Tỉnh đã phân bổ chi tiết 6.020 tỷ đồng. "
    r = route_in_text(lead + "Số vốn chưa phân bổ là 290 tỷ đồng.", "290", year=2026)
    assert r.fields["budget_item"] == "public_investment" and r.fields["measure"] == "plan"
    # near-miss: a later sum of no capital left over, after an allocation, is no budget figure
    assert route_in_text(lead + "Doanh nghiệp đóng góp là 290 tỷ đồng.", "290", year=2026) is None


def test_qbud_the_targeted_part_of_transfers_received_is_revenue() -> None:
    text = "Thu bổ sung từ ngân sách tỉnh 52.400 triệu đồng, trong đó bổ sung có mục tiêu 7.300 triệu đồng."
    r = route_in_text(text, "7.300", year=2026)
    assert r.fields["budget_item"] == "revenue_other" and r.fields["funding_source"] is None
    rows = _ybud_rows(
        "Dự toán ngân sách xã năm 2026\n\n- Thu bổ sung từ ngân sách cấp tỉnh: 40.100 triệu đồng, gồm:\n"
        "+ Bổ sung cân đối: 33.000 triệu đồng;\n+ Bổ sung có mục tiêu: 7.100 triệu đồng.\n"
    )
    assert rows[7100e6]["budget_item"] == "revenue_other"
    # near-miss: spending out of the centre's targeted transfers stays the programmes'
    assert _budget_item_of("Chi từ nguồn bổ sung có mục tiêu 310 tỷ đồng.", "310") == "target_programme"


def test_b21_the_targeted_part_of_transfers_received_in_brackets_is_revenue() -> None:
    # the parts said in brackets after the transfers' amount, as after "trong đó"
    text = ("Thu bổ sung từ ngân sách cấp trên 2.815 tỷ đồng (bổ sung cân đối 1.990 tỷ đồng, bổ sung có mục tiêu "
            "825 tỷ đồng).")
    assert _budget_item_of(text, "825") == "revenue_other"
    # near miss: spending out of targeted transfers, its amount in brackets, stays the programmes'
    assert _budget_item_of("Chi đầu tư 1.200 tỷ đồng (chi từ nguồn bổ sung có mục tiêu 825 tỷ đồng).",
                           "825") == "target_programme"


def test_qbud_a_disbursement_rate_said_with_the_copula_is_a_share_of_the_plan() -> None:
    for text in (
        "Tỉnh đã giải ngân 4.210 tỷ đồng, tỷ lệ giải ngân là 57,3%.",
        "Tỷ lệ giải ngân vốn đầu tư công của tỉnh ở mức 57,3%.",
    ):
        r = route_in_text(text, "57,3", year=2026)
        assert r.fields["budget_item"] == "public_investment" and r.fields["measure"] == "plan_pct", text
    # near-miss: another rate said with the copula after a disbursement is no budget figure
    text = "Tỉnh đã giải ngân 4.210 tỷ đồng; tỷ lệ hồ sơ giải quyết đúng hạn là 57,3%."
    assert route_in_text(text, "57,3", year=2026) is None


def test_qbud_money_left_unpaid_with_no_noun_between_is_the_capital_plans() -> None:
    r = route_in_text("Như vậy, tỉnh còn khoảng 2.760 tỷ đồng chưa giải ngân.", "2.760", year=2026)
    assert r.fields["budget_item"] == "public_investment" and r.fields["measure"] == "plan"
    # near-miss: money owed, not left to pay out, is no budget figure
    assert route_in_text("Như vậy, tỉnh còn khoảng 2.760 tỷ đồng chưa thanh toán.", "2.760", year=2026) is None


def test_qbud_a_programmes_capital_by_kind_named_bare_is_what_it_was_given() -> None:
    text = "Chương trình MTQG giảm nghèo bền vững: vốn đầu tư phát triển 410 tỷ đồng, vốn sự nghiệp 95 tỷ đồng."
    for token in ("410", "95"):
        r = route_in_text(text, token, year=2026)
        assert r.fields["budget_item"] == "target_programme" and r.fields["measure"] == "plan", token
    # near-miss: the capital paid out, its verb said, is money spent
    text = "Chương trình MTQG giảm nghèo bền vững: vốn đầu tư phát triển đã giải ngân 410 tỷ đồng."
    assert route_in_text(text, "410", year=2026).fields["measure"] == "actual"


def test_qbud_the_total_paid_out_after_a_programme_is_public_investment() -> None:
    lead = "Chương trình MTQG xây dựng nông thôn mới được giao 300 tỷ đồng, đã giải ngân 140 tỷ đồng."
    r = route_in_text("Tổng giải ngân toàn tỉnh đạt 5.120 tỷ đồng.", "5.120", preceding=lead, year=2026)
    assert r.fields["budget_item"] == "public_investment"
    # near-miss: a disbursement naming no capital, right after the programme, is still the programme's
    r = route_in_text("Các chủ đầu tư đã giải ngân 120 tỷ đồng.", "120", preceding=lead, year=2026)
    assert r.fields["budget_item"] == "target_programme"


def test_qbud_dividends_and_profits_paid_to_the_budget_are_a_collection_of_their_own() -> None:
    text = "Trong đó: thu nội địa 2.100 tỷ đồng; thu cổ tức, lợi nhuận được chia 85 tỷ đồng."
    r = route_in_text(text, "85", year=2026)
    assert r.fields["budget_item"] == "revenue_other"
    # near-miss: the profits of firms are no budget figure
    assert _budget_item_of("Lợi nhuận sau thuế của doanh nghiệp nhà nước đạt 85 tỷ đồng.", "85") is None


def test_qbud_capital_named_bare_then_paid_out_is_the_plan() -> None:
    text = "Vốn đầu tư công do thị xã quản lý năm 2023 là 212,4 tỷ đồng, giải ngân đến 31/12/2023 đạt 190,1 tỷ đồng."
    r = route_in_text(text, "212,4", preceding="Tổng chi ngân sách thị xã ước thực hiện 540 tỷ đồng.", year=2023)
    assert r.fields["budget_item"] == "public_investment" and r.fields["measure"] == "plan"
    assert route_in_text(text, "190,1", year=2023).fields["measure"] == "actual"
    # near-miss: the capital of one source paid out, another source's paid out after it, keeps its verb's measure
    text = "Trong đó, vốn ngân sách tỉnh giải ngân 120 tỷ đồng, vốn ngân sách huyện giải ngân 70 tỷ đồng."
    assert route_in_text(text, "120", year=2023).fields["measure"] == "actual"


def test_qbud_a_shortfall_said_after_the_item_is_a_gap() -> None:
    assert _budget_item_of("Thu tiền sử dụng đất hụt khoảng 650 tỷ đồng so với dự toán.", "650") == "other"
    # near-miss: the item's own amount said with its verb keeps the item
    assert _budget_item_of("Thu tiền sử dụng đất đạt khoảng 650 tỷ đồng.", "650") == "revenue_land_use"


def test_qbud_revenue_said_with_a_span_from_a_time_keeps_its_item() -> None:
    for text in (
        "Thu ngân sách từ đầu năm đến nay đạt hơn 4.300 tỷ đồng.",
        "Thu ngân sách từ tháng 7 đến nay đạt hơn 4.300 tỷ đồng.",
    ):
        assert _budget_item_of(text, "4.300", year=2026) == "revenue_total", text
    # near-miss: a source named after "từ" is that source's revenue
    assert _budget_item_of("Thu ngân sách từ thuế nội địa đạt 4.300 tỷ đồng.", "4.300") == "revenue_domestic"


def test_qbud_the_spending_a_treasury_checked_said_bare_is_the_budgets_spending() -> None:
    text = "Kho bạc Nhà nước khu vực IX kiểm soát chi hơn 21.000 tỷ đồng."
    assert _budget_item_of(text, "21.000") == "expenditure_total"
    # near-miss: the recurrent spending it checked keeps its item
    text = "Kho bạc Nhà nước khu vực IX kiểm soát chi thường xuyên 13.000 tỷ đồng."
    assert _budget_item_of(text, "13.000") == "expenditure_recurrent"


def test_qbud_a_local_budgets_debt_and_its_repayment_are_budget_lines() -> None:
    text = (
        "Dư nợ vay của ngân sách địa phương đến 31/12/2025 là 210,4 tỷ đồng; trả nợ gốc trong năm 31,6 tỷ đồng; "
        "vay lại vốn vay nước ngoài của Chính phủ 44,8 tỷ đồng."
    )
    for token in ("210,4", "31,6", "44,8"):
        assert _budget_item_of(text, token, year=2025) == "other", token
    # near-miss: credit outstanding is no budget figure
    assert _budget_item_of("Dư nợ tín dụng đến 31/12/2025 là 210,4 tỷ đồng.", "210,4", year=2025) is None


def test_rbud_the_visitors_takings_said_bare_after_their_count_are_no_budget() -> None:
    text = "Năm 2026 tỉnh phấn đấu đón 9 triệu lượt khách, tổng thu 18.000 tỷ đồng."
    assert _budget_item_of(text, "18.000", year=2025) is None
    text = "Năm 2026 huyện đón 1,2 triệu lượt du khách, với tổng thu khoảng 900 tỷ đồng."
    assert _budget_item_of(text, "900", year=2025) is None
    # near-miss: the budget named after the visitors' count stays budget revenue
    text = "Năm 2026 tỉnh đón 9 triệu lượt khách, tổng thu ngân sách đạt 18.000 tỷ đồng."
    assert _budget_item_of(text, "18.000", year=2025) == "revenue_total"


def test_rbud_revenue_and_spending_named_together_are_neither_alone() -> None:
    for text in (
        "Tình hình thu chi ngân sách xã năm 2026: tổng cộng 41.300 triệu đồng.",
        "Công tác thu, chi ngân sách phường đạt 96% dự toán.",
    ):
        token = "41.300" if "41.300" in text else "96"
        assert _budget_item_of(text, token, year=2026) == "other", text
    # near-miss: spending named alone keeps its item, and revenue and spending in clauses of their own keep theirs
    assert _budget_item_of("Chi ngân sách xã năm 2026 đạt 41.300 triệu đồng.", "41.300", year=2026) == (
        "expenditure_total")
    text = "Thu ngân sách xã đạt 45.000 triệu đồng, chi ngân sách xã đạt 41.300 triệu đồng."
    assert _budget_item_of(text, "41.300", year=2026) == "expenditure_total"


def test_rbud_a_disbursement_aimed_at_after_the_programmes_is_all_the_capitals() -> None:
    text = ("Các chương trình mục tiêu quốc gia giải ngân đạt 58% kế hoạch. Phấn đấu đến ngày 31/01/2027 giải ngân "
            "đạt trên 95% kế hoạch vốn.")
    r = route_in_text(text, "95", year=2026)
    assert r.fields["budget_item"] == "public_investment"
    assert route_in_text(text, "58", year=2026).fields["budget_item"] == "target_programme"
    # near-miss: a disbursement said after the programmes without an aim is still theirs
    text = ("Tổng vốn các chương trình mục tiêu quốc gia năm 2026 là 1.900 tỷ đồng. Đến nay, các chủ đầu tư đã giải "
            "ngân 910 tỷ đồng.")
    assert route_in_text(text, "910", year=2026).fields["budget_item"] == "target_programme"


def test_rbud_what_a_year_not_yet_begun_is_expected_to_reach_is_planned() -> None:
    text = "Dự kiến cả năm 2027, tổng thu ngân sách nhà nước trên địa bàn đạt khoảng 14.200 tỷ đồng."
    r = route_in_text(text, "14.200", year=2026)
    assert r.fields["measure"] == "plan"
    # near-miss: the report's own year expected to close at an amount is the year's outturn
    text = "Dự kiến cả năm 2026, tổng thu ngân sách nhà nước trên địa bàn đạt khoảng 14.200 tỷ đồng."
    assert route_in_text(text, "14.200", year=2026).fields["measure"] == "actual"


def test_rbud_a_mark_passed_with_no_amount_before_is_the_items_level() -> None:
    # (near-misses: the gap after the item's own amount or rate, or with its base after it, is an excess)
    for text, token, item in (
        ("Thu ngân sách năm 2026 của tỉnh Đắk Lắk vượt 18.000 tỷ đồng.", "18.000", "revenue_total"),
        ("Thu ngân sách năm 2026 đạt 19.100 tỷ đồng, vượt 1.100 tỷ đồng.", "1.100", "other"),
        ("Thu ngân sách năm 2026 vượt 1.100 tỷ đồng so với dự toán.", "1.100", "other"),
    ):
        assert _budget_item_of(text, token, year=2026) == item, text


def test_rbud_an_excess_over_the_plan_named_between_is_a_gap_done() -> None:
    r = route_in_text("Thu tiền sử dụng đất vượt dự toán 730 tỷ đồng.", "730", year=2026)
    assert (r.fields["budget_item"], r.fields["measure"]) == ("other", "actual")
    # near-miss: the plan's own amount stays the item's plan
    r = route_in_text("Dự toán thu tiền sử dụng đất 730 tỷ đồng.", "730", year=2026)
    assert (r.fields["budget_item"], r.fields["measure"]) == ("revenue_land_use", "plan")


def test_rbud_a_bare_excess_is_that_amount_not_more() -> None:
    text = "Thu ngân sách năm 2026 đạt 19.100 tỷ đồng, bằng 106% dự toán, vượt 1.100 tỷ đồng."
    assert route_in_text(text, "1.100", year=2026).fields["qualifier"] == "exact"
    # near-miss: "vượt hơn" keeps its hedge (the figure's own qualifier, not set by the budget rule)
    text = "Thu ngân sách năm 2026 đạt 19.100 tỷ đồng, bằng 106% dự toán, vượt hơn 1.100 tỷ đồng."
    assert "qualifier" not in route_in_text(text, "1.100", year=2026).fields


def test_rbud_a_lower_levels_budget_takes_not_the_centres_estimate() -> None:
    preceding = "Thu ngân sách toàn tỉnh đạt 21.000 tỷ đồng, bằng 81% dự toán Trung ương giao."
    text = "Thu ngân sách cấp xã đạt 1.320 tỷ đồng, bằng 61% dự toán năm."
    assert route_in_text(text, "61", preceding=preceding, year=2026).fields["plan_basis"] is None
    # near-miss: the province's own item read against the same estimate keeps the centre's issuer
    text = "Thu nội địa đạt 19.800 tỷ đồng, bằng 80% dự toán năm."
    assert route_in_text(text, "80", preceding=preceding, year=2026).fields["plan_basis"] == "central"


def test_rbud_a_local_budgets_borrowing_said_by_its_amount_is_a_budget_line() -> None:
    text = "Số vay của ngân sách địa phương trong năm 2026 là 215 tỷ đồng."
    assert _budget_item_of(text, "215", year=2026) == "other"
    # near-miss: a bank's lending is no budget figure
    assert _budget_item_of("Số vay tín dụng trong năm 2026 là 215 tỷ đồng.", "215", year=2026) is None


def test_a_local_budgets_borrowing_named_bare_where_its_line_opens_is_a_budget_line() -> None:
    assert _budget_item_of("3. Vay của NSĐP năm 2027: 148 tỷ đồng.", "148", year=2027) == "other"
    assert _budget_item_of("Kế hoạch năm 2027; vay của ngân sách tỉnh 96 tỷ đồng.", "96", year=2027) == "other"
    # near-miss: a household's loan said after its borrower is no line of the budget
    assert _budget_item_of("Các hộ nghèo vay của ngân sách tỉnh 14 tỷ đồng.", "14", year=2027) is None


def test_rbud_spending_saved_said_by_the_amount_its_rate_comes_to_is_no_spending() -> None:
    text = "Tỉnh đã tiết kiệm thêm 10% chi thường xuyên năm 2027, tương ứng 340 tỷ đồng."
    assert _budget_item_of(text, "340", year=2027) == "other"
    # near-miss: spending said with its own rate after a comma stays the spending
    text = "Tỉnh đã chi thường xuyên năm 2027 được 48% dự toán, tương ứng 3.400 tỷ đồng."
    assert _budget_item_of(text, "3.400", year=2027) == "expenditure_recurrent"


def test_rbud_a_citys_council_plan_said_bare_after_the_centres_is_of_the_same_item() -> None:
    lead = "Năm 2027, thành phố được Trung ương giao dự toán thu ngân sách 28.400 tỷ đồng; "
    r = route_in_text(lead + "HĐND thành phố giao 29.100 tỷ đồng.", "29.100", year=2026)
    said = (r.fields["budget_item"], r.fields["measure"], r.fields["plan_basis"])
    assert said == ("revenue_total", "plan", "provincial")
    # near-miss: a city's committee that hands out gifts sets no budget
    assert route_in_text(lead + "UBND thành phố tặng 290 suất quà.", "290", year=2026) is None


def test_rbud_a_gap_said_by_comparing_is_that_amount() -> None:
    text = "Bội chi ngân sách tỉnh năm 2026 là 540 tỷ đồng, thấp hơn 160 tỷ đồng so với dự toán."
    r = route_in_text(text, "160", year=2026)
    assert (r.fields["budget_item"], r.fields["qualifier"]) == ("other", "exact")


def test_rbud_the_province_spending_on_a_use_is_a_part_of_its_spending() -> None:
    assert _budget_item_of("Năm 2026, tỉnh đã chi 920 tỷ đồng cho an sinh xã hội.", "920", year=2026) == "other"
    # near-miss: the province giving to a fund names no budget spending of its own use without "chi"
    assert _budget_item_of("Năm 2026, tỉnh đã trao 920 suất quà cho hộ nghèo.", "920", year=2026) is None


def test_rbud_the_plan_paid_out_of_by_a_cut_off_is_the_years() -> None:
    from orchestration.extraction.budgets import budget_figure_period

    # a news item read as of the months after its cut-off: the plan its words date to the cut-off is still the year's
    document = {"doc_type": "news", "period_start": dt.date(2027, 8, 1), "period_end": dt.date(2027, 12, 31)}
    said = {"period_start": dt.date(2027, 1, 1), "period_end": dt.date(2027, 7, 31), "as_of": dt.date(2027, 7, 31)}
    plan = {**said, "budget_item": "public_investment", "measure": "plan"}
    assert budget_figure_period(plan, document) == {
        "period_start": dt.date(2027, 1, 1), "period_end": dt.date(2027, 12, 31), "as_of": None}
    # near-miss: the amount paid out is counted up to the cut-off
    paid = {**said, "budget_item": "public_investment", "measure": "actual"}
    assert budget_figure_period(paid, document) == {
        "period_start": dt.date(2027, 1, 1), "period_end": dt.date(2027, 7, 31)}


def test_rbud_a_councils_article_deciding_the_estimate_sets_the_provincial_plan() -> None:
    head = "HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI\nNGHỊ QUYẾT\nVề dự toán ngân sách năm 2027\n\n"
    rows = _budget_rows(head + "Điều 1. Quyết định dự toán ngân sách nhà nước năm 2027 như sau:\n"
                        "1. Tổng thu ngân sách nhà nước trên địa bàn: 9.870.000 triệu đồng.\n")
    assert next(r for r in rows if r["value"] == 9870e9)["plan_basis"] == "provincial"
    # near-miss: a decision that opens a list on no estimate names no issuer of a plan
    rows = _budget_rows(head + "Điều 1. Quyết định mức hỗ trợ như sau:\n"
                        "1. Tổng thu ngân sách nhà nước trên địa bàn: 9.870.000 triệu đồng.\n")
    assert next(r for r in rows if r["value"] == 9870e9)["plan_basis"] is None


def test_rbud_spending_saved_said_bare_is_a_budget_line() -> None:
    assert _budget_item_of("Năm 2027, tỉnh tiết kiệm chi được 430 tỷ đồng.", "430", year=2027) == "other"
    # near-miss: a household's savings are no budget figure
    assert _budget_item_of("Năm 2027, các hộ tiết kiệm được 430 triệu đồng.", "430", year=2027) is None


def test_tbud_a_rate_of_spending_saved_is_no_rate_of_the_estimate() -> None:
    # the share of the estimate kept back: a budget line of its own (other), done or required, not a plan attained
    done = route_in_text("Năm 2027, các đơn vị đã tiết kiệm chi thường xuyên 8% dự toán để tạo nguồn.", "8", year=2027)
    assert (done.table, done.fields["budget_item"], done.fields["measure"]) == ("budgets", "other", "actual")
    required = route_in_text("Các sở phải tiết kiệm thêm 12% chi thường xuyên năm 2027.", "12", year=2027)
    assert (required.fields["budget_item"], required.fields["measure"]) == ("other", "plan")
    # near-misses: the saving's result against its plan is a rate of it, and spending's own rate stays spending's
    reached = route_in_text("Năm 2027, tiết kiệm chi thường xuyên đạt 104% kế hoạch.", "104", year=2027)
    assert reached.fields["measure"] == "plan_pct"
    spent = route_in_text("Tỉnh tiết kiệm điện; chi thường xuyên bằng 61% dự toán.", "61", year=2027)
    assert (spent.fields["budget_item"], spent.fields["measure"]) == ("expenditure_recurrent", "plan_pct")
    # (a firm's costs saved are no budget)
    assert route_in_text("Doanh nghiệp tiết kiệm chi phí 15% nhờ chuyển đổi số.", "15", year=2027) is None


def test_tbud_a_share_handed_up_to_the_centre_aimed_at_is_planned() -> None:
    r = route_in_text("Năm 2027, tỉnh phấn đấu điều tiết 6% các khoản thu phân chia về ngân sách Trung ương.", "6",
                      year=2027)
    assert (r.table, r.fields["budget_item"], r.fields["measure"]) == ("budgets", "other", "plan")
    # near-miss: water regulated is no budget (a reservoir's "30% dung tích" is no figure at all: figures' rule)
    assert route_in_text("Công ty thủy lợi điều tiết 30% lượng nước tưới cho vụ Đông Xuân.", "30", year=2027) is None


def test_tbud_a_cap_the_national_assembly_allows_is_central() -> None:
    text = "Mức vay năm 2027 là 240 tỷ đồng, bằng 60% mức bội chi được Quốc hội cho phép."
    assert route_in_text(text, "60", year=2027).fields["plan_basis"] == "central"
    text = "Dự toán chi thường xuyên do HĐND tỉnh quyết định là 6.400 tỷ đồng; đến nay đã chi đạt 58% dự toán."
    assert route_in_text(text, "6.400", year=2027).fields["plan_basis"] == "provincial"
    # near-miss: a plan no body is named for keeps no basis
    text = "Mức vay năm 2027 là 240 tỷ đồng, bằng 60% mức bội chi cho phép."
    assert route_in_text(text, "60", year=2027).fields["plan_basis"] is None


def test_tbud_a_targeted_transfer_received_with_its_source_is_revenue() -> None:
    text = "Thu bổ sung có mục tiêu từ ngân sách trung ương 1.870 tỷ đồng."
    assert _budget_item_of(text, "1.870", year=2027) == "revenue_other"
    # near-miss: money spent from the targeted transfers stays the programmes'
    text = "Chi từ nguồn ngân sách trung ương bổ sung có mục tiêu 1.870 tỷ đồng."
    assert _budget_item_of(text, "1.870", year=2027) == "target_programme"


def test_tbud_money_carried_between_years_is_booked_in_its_year() -> None:
    # a balance taken in from the year before is revenue of the year after it
    r = route_in_text("Thu kết dư ngân sách năm 2026 là 96 tỷ đồng.", "96", year=2027)
    assert (r.fields["period_start"], r.fields["period_end"]) == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    # spending carried over into a year, expected, is booked in the year closed
    r = route_in_text("Chi chuyển nguồn sang năm 2028 dự kiến 1.240 triệu đồng.", "1.240", year=2027)
    assert r.fields["measure"] == "plan"
    assert (r.fields["period_start"], r.fields["period_end"]) == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    # near-miss: a capital plan carried into a year is paid out in it
    r = route_in_text("Kế hoạch vốn năm 2027 chuyển nguồn sang năm 2028 là 310 tỷ đồng.", "310", year=2027)
    assert r.fields["budget_item"] == "public_investment" and r.fields["measure"] == "plan"
    assert r.fields["period_start"] == dt.date(2028, 1, 1)


def test_tbud_the_year_of_a_source_is_not_the_plans() -> None:
    r = route_in_text("Từ nguồn tăng thu năm 2026, tỉnh đã bố trí 275 tỷ đồng cho giao thông.", "275", year=2027)
    assert (r.fields["measure"], r.fields["period_start"]) == ("plan", dt.date(2027, 1, 1))
    # near-miss: the plan's own year named stays its year
    r = route_in_text("Năm 2028, tỉnh dự kiến bố trí vốn 275 tỷ đồng cho giao thông.", "275", year=2027)
    assert r.fields["period_start"] == dt.date(2028, 1, 1)


def test_tbud_a_province_striving_to_pay_out_after_the_programmes_pays_out_all_its_capital() -> None:
    text = ("Vốn các chương trình mục tiêu quốc gia năm 2027 được giao 520 tỷ đồng, giải ngân đạt 41%. "
            "Trong quý IV, tỉnh phấn đấu giải ngân 100% kế hoạch vốn.")
    assert _budget_item_of(text, "100", year=2027) == "public_investment"
    # near-miss: a disbursement said bare after the programmes is theirs
    text = ("Vốn các chương trình mục tiêu quốc gia năm 2027 được giao 520 tỷ đồng. "
            "Đến nay, các chủ đầu tư đã giải ngân 213 tỷ đồng.")
    assert _budget_item_of(text, "213", year=2027) == "target_programme"


def test_tbud_a_rate_aimed_at_is_not_dated_by_the_cut_off_before_it() -> None:
    text = ("Tính đến ngày 31/8/2027, tỉnh đã giải ngân 3.120 tỷ đồng, đạt 52% kế hoạch. "
            "Để hoàn thành mục tiêu giải ngân 100% kế hoạch vốn, tỉnh tăng cường kiểm tra.")
    assert route_in_text(text, "100", year=2027).fields["as_of"] is None
    # near-miss: a rate done in the next sentence keeps the cut-off
    text = ("Tính đến ngày 31/8/2027, tỉnh đã giải ngân 3.120 tỷ đồng. "
            "Vốn ngân sách tỉnh giải ngân đạt 57% kế hoạch.")
    assert route_in_text(text, "57", year=2027).fields["as_of"] == dt.date(2027, 8, 31)


def test_tbud_customs_named_as_the_collector_of_the_budget_collects_from_trade() -> None:
    text = "Năm 2027, Chi cục Hải quan cửa khẩu Tà Lùng thu ngân sách đạt 1.460 tỷ đồng."
    assert _budget_item_of(text, "1.460", year=2027) == "revenue_import_export"
    # near-miss: a province that collects after a word with customs is the province's revenue
    text = "Sau khi làm việc với Cục Hải quan, tỉnh thu ngân sách đạt 1.460 tỷ đồng."
    assert _budget_item_of(text, "1.460", year=2027) == "revenue_total"


def test_tbud_a_rate_aimed_at_in_a_report_on_half_a_year_is_of_the_year() -> None:
    head = "UBND HUYỆN YÊN SƠN\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2027\n\n"
    rows = _budget_rows(head + "Giải ngân vốn đầu tư công đạt 41% kế hoạch.\n"
                        "Phấn đấu thu ngân sách đạt 90 tỷ đồng; giải ngân 100% kế hoạch vốn được giao.\n")
    aimed = next(r for r in rows if r["value"] == 100)
    assert (aimed["period_start"], aimed["period_end"]) == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    # near-miss: the rate done keeps the half year
    done = next(r for r in rows if r["value"] == 41)
    assert done["period_end"] == dt.date(2027, 6, 30)


def test_tbud_a_headline_of_a_council_adopting_the_estimate_plans_the_amounts_after_it() -> None:
    head = "HĐND phường Tân An thông qua dự toán ngân sách năm 2027\nNgày 18/12/2026, HĐND phường họp, thông qua "
    rows = _budget_rows(head + "9 nghị quyết.\nTổng chi ngân sách phường 84,6 tỷ đồng, chi đầu tư 31 tỷ đồng.\n")
    spent = next(r for r in rows if r["value"] == 84.6e9)
    assert (spent["measure"], spent["period_start"]) == ("plan", dt.date(2027, 1, 1))
    # near-miss: a headline on a council's session that adopts no estimate leaves the amounts done
    head = "HĐND phường Tân An họp kỳ cuối năm\nNgày 18/12/2026, HĐND phường họp, thông qua "
    rows = _budget_rows(head + "9 nghị quyết.\nTổng chi ngân sách phường 84,6 tỷ đồng, chi đầu tư 31 tỷ đồng.\n")
    assert next(r for r in rows if r["value"] == 84.6e9)["measure"] == "actual"


def test_tbud_revenue_per_head_is_no_revenue() -> None:
    assert _budget_item_of("Năm 2027, thu ngân sách bình quân đầu người đạt 7,4 triệu đồng.", "7,4", year=2027) is None
    # near-miss: the revenue itself stays the revenue
    assert _budget_item_of("Năm 2027, thu ngân sách đạt 7.400 tỷ đồng.", "7.400", year=2027) == "revenue_total"


def test_tbud_counterpart_capital_set_aside_is_public_investment() -> None:
    text = "Năm 2027, tỉnh đã bố trí 186 tỷ đồng vốn đối ứng cho các dự án ODA."
    r = route_in_text(text, "186", year=2027)
    assert (r.fields["budget_item"], r.fields["measure"]) == ("public_investment", "plan")
    # near-miss: capital of a firm set aside names no budget
    assert _budget_item_of("Năm 2027, công ty đã bố trí 186 tỷ đồng vốn tự có cho nhà máy.", "186", year=2027) is None


def test_tbud_money_left_to_pay_out_after_the_programmes_part_is_all_the_capitals() -> None:
    lead = "Đến ngày 30/11/2027, tỉnh giải ngân 7.400 tỷ đồng vốn đầu tư công. "
    text = lead + ("Trong đó, giải ngân vốn các chương trình mục tiêu quốc gia đạt 61%. "
                   "Số vốn còn phải giải ngân là 2.950 tỷ đồng.")
    assert _budget_item_of(text, "2.950", year=2027) == "public_investment"
    # near-miss: the programmes' capital given as the part, then paid out, is theirs
    text = lead + ("Trong đó, vốn các chương trình mục tiêu quốc gia được giao 640 tỷ đồng. "
                   "Đến nay các chủ đầu tư đã giải ngân 295 tỷ đồng.")
    assert _budget_item_of(text, "295", year=2027) == "target_programme"


def test_tbud_capital_construction_spending_is_investment_spending() -> None:
    text = "Chi ngân sách huyện 512 tỷ đồng; trong đó chi XDCB 236 tỷ đồng, chi xây dựng cơ bản tập trung 180 tỷ đồng."
    assert _budget_item_of(text, "236", year=2021) == "expenditure_investment"
    assert _budget_item_of(text, "180", year=2021) == "expenditure_investment"
    # near-miss: the debt of capital construction is no spending
    assert _budget_item_of("Nợ đọng xây dựng cơ bản còn 48 tỷ đồng.", "48", year=2021) is None


def test_tbud_revenue_from_the_lottery_named_as_an_activity_is_other_revenue() -> None:
    text = "Thu từ hoạt động xổ số kiến thiết ước đạt 640 tỷ đồng, đạt 82% dự toán."
    assert _budget_item_of(text, "640", year=2023) == "revenue_other"
    # near-miss: revenue from trade named as an activity stays the import and export revenue
    text = "Thu từ hoạt động xuất nhập khẩu ước đạt 640 tỷ đồng."
    assert _budget_item_of(text, "640", year=2023) == "revenue_import_export"


def test_tbud_a_council_deciding_an_allocation_after_the_centres_is_of_the_same_item() -> None:
    text = ("Kế hoạch vốn đầu tư công năm 2027 Thủ tướng Chính phủ giao cho tỉnh là 6.200 tỷ đồng; "
            "HĐND tỉnh quyết định giao 6.750 tỷ đồng.")
    r = route_in_text(text, "6.750", year=2026)
    assert (r.fields["budget_item"], r.fields["measure"], r.fields["plan_basis"]) == (
        "public_investment", "plan", "provincial")
    # near-miss: a council deciding a count of seats names no budget
    text = ("Kế hoạch vốn đầu tư công năm 2027 Thủ tướng Chính phủ giao cho tỉnh là 6.200 tỷ đồng; "
            "HĐND tỉnh quyết định thành lập 12 đơn vị.")
    r = route_in_text(text, "12", year=2026)
    assert r is None or r.table != "budgets"


def test_tbud_the_social_insurance_office_collecting_is_no_budget() -> None:
    text = "Năm 2024, Bảo hiểm xã hội tỉnh thu 2.870 tỷ đồng, đạt 97% kế hoạch."
    assert _budget_item_of(text, "2.870") is None
    assert _budget_item_of(text, "97") is None
    # near-miss: a commune collecting stays the commune's revenue
    assert _budget_item_of("Năm 2024, xã Tân Hội thu 28,7 tỷ đồng.", "28,7") == "revenue_total"


def test_tbud_a_rate_short_of_the_estimate_is_the_rest_of_it_attained() -> None:
    # (the figure reader reads "hụt 7% so với dự toán" as 93% of it; the budget row keeps that value)
    [row] = _budget_rows("Năm 2023, thu nội địa dự kiến cả năm hụt 7% so với dự toán.")
    assert (row["budget_item"], row["measure"], row["value"]) == ("revenue_domestic", "plan_pct", 93)
    r = route_in_text("Thu tiền sử dụng đất không đạt dự toán, hụt 46%.", "46", year=2023)
    assert (r.fields["measure"], r.value) == ("plan_pct", 54)
    # near-miss: a fall on last year stays a change
    r = route_in_text("Thu tiền sử dụng đất hụt 46% so với cùng kỳ.", "46", year=2023)
    assert r is None or r.fields["measure"] != "plan_pct"


def test_tbud_money_given_to_the_province_from_a_budgets_reserve_is_a_budget_transfer() -> None:
    text = "Năm 2024, Trung ương đã hỗ trợ tỉnh 150 tỷ đồng từ nguồn dự phòng ngân sách trung ương."
    r = route_in_text(text, "150", year=2024)
    assert (r.fields["budget_item"], r.fields["measure"], r.fields["funding_source"]) == ("other", "actual", "central")
    # near-miss: money given from a fund of donors names no budget
    text = "Năm 2024, Mặt trận đã hỗ trợ tỉnh 150 tỷ đồng từ nguồn quỹ cứu trợ."
    r = route_in_text(text, "150", year=2024)
    assert r is None or r.table != "budgets"


def test_tbud_the_state_budget_of_a_local_level_is_local_money() -> None:
    text = "Trong đó, vốn ngân sách nhà nước cấp huyện 960 tỷ đồng."
    assert route_in_text(text, "960", year=2024).fields["funding_source"] == "local"
    # near-miss: the state budget named bare is no one level's
    text = "Trong đó, vốn ngân sách nhà nước 960 tỷ đồng."
    r = route_in_text(text, "960", year=2024)
    assert r is None or r.fields["funding_source"] is None


def test_ubud_a_cut_off_after_a_list_items_label_dates_that_item_alone() -> None:
    item = "- Vốn đầu tư công: tính đến ngày 30/6/2026 đã giải ngân 870 tỷ đồng."
    assert route_in_text(item, "870", year=2026).fields["as_of"] == dt.date(2026, 6, 30)
    revenue = "- Thu nội địa: 2.150 tỷ đồng, đạt 41% dự toán."
    assert route_in_text(revenue, "2.150", year=2026, preceding=item).fields["as_of"] is None
    # near-miss: an item on the same money goes on with the cut-off
    capital = "- Vốn ngân sách tỉnh: giải ngân 300 tỷ đồng."
    assert route_in_text(capital, "300", year=2026, preceding=item).fields["as_of"] == dt.date(2026, 6, 30)


def test_ubud_a_cut_off_on_a_line_closed_by_a_colon_heads_the_list_after_it() -> None:
    revenue = "+ Thu nội địa: 2.150 tỷ đồng, đạt 41% dự toán."
    r = route_in_text(revenue, "2.150", year=2026, preceding="- Đến ngày 30/6/2026:")
    assert r.fields["as_of"] == dt.date(2026, 6, 30)
    # near-miss: a line of other words, not closed by a colon, heads nothing
    r = route_in_text(revenue, "2.150", year=2026, preceding="- Đến ngày 30/6/2026, tỉnh tổ chức 3 hội nghị.")
    assert r.fields["as_of"] is None


def test_ubud_the_centre_that_sets_a_revenue_estimate_is_no_source_of_money() -> None:
    r = route_in_text("Dự toán thu ngân sách Trung ương giao năm 2026 là 7.300 tỷ đồng.", "7.300", year=2026)
    assert (r.fields["plan_basis"], r.fields["funding_source"]) == ("central", None)
    # near-miss: the capital of the central budget assigned is central money
    r = route_in_text("Kế hoạch vốn ngân sách Trung ương giao năm 2026 là 1.900 tỷ đồng.", "1.900", year=2026)
    assert r.fields["funding_source"] == "central"


def test_ubud_a_revenue_short_of_last_years_is_a_fall_on_it() -> None:
    [row] = _budget_rows("Năm 2026, thu tiền thuê đất 9 tháng hụt 38% so với cùng kỳ.")
    assert (row["measure"], row["value"]) == ("yoy_pct", -38)
    # near-miss: short of the estimate is the rest of it attained
    [row] = _budget_rows("Năm 2026, thu tiền thuê đất 9 tháng hụt 38% so với dự toán.")
    assert (row["measure"], row["value"]) == ("plan_pct", 62)


def test_vbud_a_district_row_of_a_table_under_a_lead_is_that_districts_capital() -> None:
    head = "| TT | Đơn vị | Kế hoạch vốn (tỷ đồng) | Giải ngân (tỷ đồng) | Tỷ lệ (%) |\n|---|---|---|---|---|\n"
    rows = "| 1 | Huyện Mù Cang Chải | 96,4 | 51,2 | 53,1 |\n| 2 | Huyện Trạm Tấu | 88,0 | 40,5 | 46,0 |\n"
    got = _ybud_rows("Giải ngân vốn đầu tư công đến 31/10/2024 của các huyện như sau:\n\n" + head + rows)
    assert (got[88e9]["budget_item"], got[88e9]["measure"], got[88e9]["locality"]) == (
        "public_investment", "plan", "huyen_tram_tau")
    assert (got[40.5e9]["measure"], got[46.0]["measure"]) == ("actual", "plan_pct")
    # near-miss: a column of another subject beside the money makes the lead no subject of every column
    head = "| TT | Đơn vị | Số hộ nghèo | Tỷ lệ hộ nghèo (%) |\n|---|---|---|---|\n"
    rows = "| 1 | Huyện Mù Cang Chải | 1.240 | 21,5 |\n| 2 | Huyện Trạm Tấu | 980 | 18,0 |\n"
    got = _ybud_rows("Giải ngân vốn đầu tư công và giảm nghèo của các huyện như sau:\n\n" + head + rows)
    assert 18.0 not in got and 21.5 not in got


def test_vbud_capital_left_unallocated_in_a_paragraph_of_its_own_is_of_the_plan_before() -> None:
    plan = "Tổng kế hoạch vốn đầu tư công năm 2024 của huyện là 612 tỷ đồng; UBND huyện đã phân bổ chi tiết 580 tỷ."
    r = route_in_text("Số vốn chưa phân bổ là 32 tỷ đồng.", "32", year=2025, preceding=plan)
    assert (r.table, r.fields["budget_item"], r.fields["measure"]) == ("budgets", "public_investment", "plan")
    assert r.fields["period_start"] == dt.date(2024, 1, 1)
    # near-miss: after a paragraph of no plan, a sum left undone names no capital plan
    other = "Huyện đã tổ chức 12 hội nghị tuyên truyền về phòng, chống tham nhũng."
    r = route_in_text("Số vốn chưa phân bổ là 32 tỷ đồng.", "32", year=2025, preceding=other)
    assert r is None or r.fields["budget_item"] != "public_investment"


@pytest.mark.parametrize(("text", "reading", "near_miss"), [
    # money set aside for a budget's item (near-miss: for people, no item)
    ("Huyện đã bố trí 18 tỷ đồng để chi thực hiện cải cách tiền lương.", ("other", "plan"),
     "Huyện đã bố trí 18 tỷ đồng cho các hộ nghèo sửa chữa nhà ở."),
    # a province merged away collecting (near-miss: a market named after it collecting rent)
    ("Năm 2024, tỉnh Hà Giang cũ thu 2.950 tỷ đồng.", ("revenue_total", "actual"),
     "Năm 2024, Chợ Hà Giang cũ thu 2.950 triệu đồng."),
])
def test_vbud_money_named_by_its_use_or_its_former_province_is_budget_money(
        text: str, reading: tuple[str, str], near_miss: str) -> None:
    token = find_figures(text)[-1].token
    r = route_in_text(text, token, year=2026)
    assert (r.table, r.fields["budget_item"], r.fields["measure"]) == ("budgets", *reading)
    r = route_in_text(near_miss, token, year=2026)
    assert r is None or r.table != "budgets"


def test_vbud_an_issuers_plan_of_the_next_part_leaves_this_rate_to_the_plan_said_before() -> None:
    before = "Tổng thu ngân sách đạt 9.100 tỷ đồng, bằng 104% dự toán HĐND tỉnh giao."
    text = "Trong đó, thu nội địa đạt 8.200 tỷ đồng, bằng 106% dự toán; thu xuất nhập khẩu bằng 91% dự toán TW giao."
    assert route_in_text(text, "106", year=2025, preceding=before).fields["plan_basis"] == "provincial"
    # near-miss: a second rate of the same amount against an issuer's plan leaves the first one's plan unnamed
    text = "Trong đó, thu nội địa đạt 8.200 tỷ đồng, bằng 106% dự toán, bằng 112% dự toán Trung ương giao."
    assert route_in_text(text, "106", year=2025, preceding=before).fields["plan_basis"] is None


def test_vbud_a_session_adopting_the_resolution_on_the_estimate_sets_the_local_plan() -> None:
    text = "Kỳ họp đã thông qua Nghị quyết về dự toán ngân sách năm 2026: tổng chi ngân sách xã 38 tỷ đồng."
    assert route_in_text(text, "38", year=2025).fields["plan_basis"] == "provincial"
    # near-miss: the National Assembly adopting the country's estimate is no local plan
    text = "Quốc hội thông qua Nghị quyết về dự toán ngân sách năm 2026: tổng chi ngân sách 3.100 tỷ đồng."
    assert route_in_text(text, "3.100", year=2025).fields["plan_basis"] != "provincial"


def test_vbud_a_rate_aimed_at_is_of_the_year_of_the_plan_named_after_it() -> None:
    r = route_in_text("Xã phấn đấu giải ngân 100% kế hoạch vốn đầu tư công năm 2026.", "100", year=2025)
    assert (r.fields["period_start"], r.fields["period_end"]) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    # near-miss: the plan named with no year is of the report's
    r = route_in_text("Xã phấn đấu giải ngân 100% kế hoạch vốn đầu tư công được giao.", "100", year=2025)
    assert r.fields["period_start"] == dt.date(2025, 1, 1)


def test_vbud_a_committees_decision_allotting_the_estimate_plans_the_paragraphs_after_it() -> None:
    lead = "Ngày 20/12/2025, UBND tỉnh Cao Bằng ban hành Quyết định giao dự toán thu, chi ngân sách năm 2026."
    r = route_in_text("Tổng chi ngân sách địa phương là 16.300 tỷ đồng.", "16.300", year=2026, preceding=lead)
    assert (r.fields["measure"], r.fields["plan_basis"]) == ("plan", "provincial")
    # near-miss: a committee's decision on another matter plans nothing
    lead = "Ngày 20/12/2025, UBND tỉnh Cao Bằng ban hành Quyết định giao chỉ tiêu tuyển quân năm 2026."
    r = route_in_text("Tổng chi ngân sách địa phương là 16.300 tỷ đồng.", "16.300", year=2026, preceding=lead)
    assert r.fields["measure"] == "actual"


def test_vbud_a_breakdown_after_a_plan_compared_with_the_total_of_last_years_is_of_its_own_year() -> None:
    text = ("Tổng thu ngân sách năm 2026 là 7.900 tỷ đồng, tăng 9% so với tổng dự toán năm 2025 của hai tỉnh "
            "(7.250 tỷ đồng). Trong đó, thu nội địa 7.300 tỷ đồng.")
    assert route_in_text(text, "7.300", year=2026).fields["period_start"] == dt.date(2026, 1, 1)
    # near-miss: the amount restating the plan compared with is of that plan's year
    assert route_in_text(text, "7.250", year=2026).fields["period_start"] == dt.date(2025, 1, 1)


@pytest.mark.parametrize(("text", "token", "reading"), [
    # spending that makes the source of the wage reform names an item, no verb of spending done
    ("Dự toán chi ngân sách huyện năm 2026: chi thường xuyên 410 tỷ, chi tạo nguồn cải cách tiền lương 12 tỷ.", "12",
     ("plan", None)),
    # (near-miss: spending said with its verb after the estimate is done)
    ("Dự toán chi ngân sách huyện năm 2026 là 410 tỷ đồng; đến nay đã chi 120 tỷ đồng.", "120", ("actual", None)),
    # an amount in brackets after a plan its issuer set restates that plan
    ("Đến nay, tỉnh đã giải ngân 4.100 tỷ đồng, đạt 61% kế hoạch vốn Thủ tướng Chính phủ giao (6.720 tỷ đồng).",
     "6.720", ("plan", "central")),
    # (near-miss: an amount in brackets after the disbursement is what was paid out)
    ("Đến nay, tỉnh đã giải ngân vốn ngân sách Trung ương (4.100 tỷ đồng), đạt 61% kế hoạch.", "4.100",
     ("actual", None)),
])
def test_vbud_the_measure_of_an_item_named_bare_or_a_plan_restated(
        text: str, token: str, reading: tuple[str, str | None]) -> None:
    r = route_in_text(text, token, year=2026)
    assert (r.fields["measure"], r.fields["plan_basis"]) == reading


def test_vbud_places_listed_before_a_respective_verb_of_collecting_each_collect() -> None:
    text = "Trước hợp nhất, tỉnh Hà Nam và tỉnh Nam Định lần lượt thu được 5.100 tỷ đồng và 4.300 tỷ đồng."
    r = route_in_text(text, "4.300", year=2025)
    assert (r.table, r.fields["budget_item"], r.fields["budget_label"]) == ("budgets", "revenue_total", "thu")
    # near-miss: places listed before a verb of another subject name no budget
    text = "Trước hợp nhất, tỉnh Hà Nam và tỉnh Nam Định lần lượt thu hút 5.100 tỷ đồng và 4.300 tỷ đồng vốn FDI."
    r = route_in_text(text, "4.300", year=2025)
    assert r is None or r.table != "budgets"


def test_vbud_a_change_right_after_an_amount_a_council_allotted_is_of_that_amount() -> None:
    text = ("Dự toán thu ngân sách năm 2027 Trung ương giao 9.800 tỷ đồng; HĐND tỉnh giao 10.500 tỷ đồng, tăng 4,2% "
            "so với ước thực hiện năm 2026.")
    r = route_in_text(text, "4,2", year=2026)
    assert (r.table, r.fields["budget_item"], r.fields["measure"]) == ("budgets", "revenue_total", "yoy_pct")
    # near-miss: a change right after an amount no budget verb gave stays out of the budget
    text = ("Dự toán thu ngân sách năm 2027 Trung ương giao 9.800 tỷ đồng; GRDP đạt 10.500 tỷ đồng, tăng 4,2% "
            "so với năm 2026.")
    r = route_in_text(text, "4,2", year=2026)
    assert r is None or r.table != "budgets"


def test_vbud_a_revenue_named_as_a_part_of_capital_is_the_capitals_source() -> None:
    text = ("Vốn ngân sách địa phương năm 2026 là 2.400 tỷ đồng, gồm: vốn cân đối ngân sách 900 tỷ đồng; "
            "thu tiền sử dụng đất 1.300 tỷ đồng; bội chi ngân sách địa phương 200 tỷ đồng.")
    for token in ("1.300", "200"):
        assert route_in_text(text, token, year=2026).fields["budget_item"] == "public_investment", token
    # near-miss: the parts of the revenue keep their own items
    text = "Tổng thu ngân sách năm 2026 là 2.400 tỷ đồng, gồm: thu nội địa 1.100 tỷ; thu tiền sử dụng đất 1.300 tỷ."
    assert route_in_text(text, "1.300", year=2026).fields["budget_item"] == "revenue_land_use"


@pytest.mark.parametrize(("head", "article", "near_miss", "lines", "value"), [
    # the estimate a council resolves (near-miss: an article on the settled accounts)
    ("HỘI ĐỒNG NHÂN DÂN HUYỆN BẢO LÂM\nNGHỊ QUYẾT\nVề ngân sách năm 2025\n\nQUYẾT NGHỊ:\n",
     "Điều 1. Dự toán ngân sách huyện năm 2025", "Điều 1. Quyết toán ngân sách huyện năm 2024",
     "1. Tổng thu ngân sách trên địa bàn: 96.500 triệu đồng, trong đó:\na) Thu nội địa: 90.100 triệu đồng;\n", 90.1e9),
    # the capital plan, the resolving words joined to the council's name (near-miss: an article on another matter)
    ("HĐND TỈNH BẮC KẠN\nNGHỊ QUYẾT\n\nHĐND TỈNH BẮC KẠN KHÓA X  QUYẾT NGHỊ:\n",
     "Điều 1. Phân bổ kế hoạch vốn đầu tư công năm 2026", "Điều 1. Phân công tổ chức thực hiện",
     "1. Tổng kế hoạch vốn năm 2026: 3.210 tỷ đồng, trong đó:\na) Vốn ngân sách tỉnh: 1.450.000 triệu đồng;\n", 1450e9),
    # the resolving words on a line of their own that the layout joins to the council's session line by one space
    ("HỘI ĐỒNG NHÂN DÂN TỈNH LAI CHÂU\nNGHỊ QUYẾT\n\nHỘI ĐỒNG NHÂN DÂN TỈNH LAI CHÂU\nKHÓA XV, KỲ HỌP THỨ 9\n"
     "QUYẾT NGHỊ:\n", "Điều 1. Dự toán ngân sách nhà nước năm 2027", "Điều 1. Quyết toán ngân sách năm 2025",
     "1. Tổng thu ngân sách nhà nước trên địa bàn: 6.420 tỷ đồng.\n", 6420e9),
    # a committee's decision, its article opening the list (near-miss: an article giving tasks)
    ("UBND TỈNH AN GIANG\nQUYẾT ĐỊNH\nVề việc giao dự toán năm 2026\n\nQUYẾT ĐỊNH:\n",
     "Điều 1. Giao dự toán thu, chi ngân sách năm 2026 cho các xã, cụ thể:", "Điều 1. Giao nhiệm vụ cho các xã:",
     "1. Tổng thu ngân sách trên địa bàn: 21.350.000 triệu đồng.\n", 21350e9),
])
def test_vbud_the_lines_of_an_article_a_council_resolves_on_its_budget_are_its_plan(
        head: str, article: str, near_miss: str, lines: str, value: float) -> None:
    got = _ybud_rows(f"{head}{article}\n{lines}")
    assert (got[value]["measure"], got[value]["plan_basis"]) == ("plan", "provincial")
    assert _ybud_rows(f"{head}{near_miss}\n{lines}")[value]["plan_basis"] is None


@pytest.mark.parametrize(("text", "token", "basis"), [
    ("Gia Lai giao dự toán chi ngân sách năm 2027 gần 31.000 tỷ đồng", "31.000", "provincial"),
    # near-miss: a ward's name setting it is no province's (no issuer read from the bare name)
    ("Phú Mỹ giao dự toán chi ngân sách năm 2027 gần 310 tỷ đồng", "310", None),
])
def test_wbud_a_provinces_bare_name_setting_the_estimate_is_the_provinces_plan(
        text: str, token: str, basis: str | None) -> None:
    assert route_in_text(text, token, year=2026).fields["plan_basis"] == basis


def test_wbud_an_outturn_expected_for_the_year_under_way_is_done_estimated_with_its_parts() -> None:
    text = "Dự kiến cả năm 2024, tổng chi ngân sách đạt 9.800 tỷ đồng, trong đó chi thường xuyên dự kiến 6.200 tỷ đồng."
    for token, item in (("9.800", "expenditure_total"), ("6.200", "expenditure_recurrent")):
        r = route_in_text(text, token, year=2024)
        assert (r.fields["budget_item"], r.fields["measure"], r.fields["qualifier"]) == (item, "actual", "estimate")
    # (the amount a rate of the plan expected comes to, past the plan it is read against)
    text = "Năm 2024, dự kiến giải ngân vốn đầu tư công đạt 92% kế hoạch, tương đương 3.700 tỷ đồng."
    r = route_in_text(text, "3.700", year=2024)
    assert (r.fields["budget_item"], r.fields["measure"], r.fields["qualifier"]) == (
        "public_investment", "actual", "estimate")
    # near-miss: what is expected to be set aside is a plan; the year not begun is aimed at
    text = "Năm 2024, tỉnh dự kiến bố trí 450 tỷ đồng để chi cải cách tiền lương."
    assert route_in_text(text, "450", year=2024).fields["measure"] == "plan"
    text = "Dự kiến cả năm 2025, tổng chi ngân sách đạt 9.800 tỷ đồng."
    r = route_in_text(text, "9.800", year=2024)
    assert r.fields["measure"] == "plan" and r.fields.get("qualifier") != "estimate"


def test_a_former_provinces_share_after_trong_do_is_that_provinces_part_of_the_same_item():
    # a merged province's report breaks its whole down by the provinces merged into it: each part is the former
    # province's own revenue (or spending) of the same item, not a source of revenue ("thu khu vực ...")
    text = ("UBND TỈNH GIA LAI\nBÁO CÁO tháng 9 năm 2025\n\nThu ngân sách 9 tháng ước đạt 11.300 tỷ đồng; trong đó "
            "khu vực tỉnh Bình Định cũ thu 7.050 tỷ đồng. Thu nội địa đạt 10.100 tỷ đồng, trong đó địa bàn Bình Định "
            "(cũ) 6.400 tỷ đồng. Chi ngân sách địa phương 15.800 tỷ đồng, trong đó khu vực tỉnh Bình Định cũ chi "
            "8.900 tỷ đồng.\n")
    rows = _budget_rows(text)
    for value, item in ((7050e9, "revenue_total"), (6400e9, "revenue_domestic"), (8900e9, "expenditure_total")):
        row = next(r for r in rows if r["value"] == value)
        assert (row["budget_item"], row["province"]) == (item, "binh_dinh"), row
    # near miss: a sector after trong đó ("khu vực doanh nghiệp nhà nước") is still a source of revenue of its own
    assert _budget_item_of("Thu ngân sách đạt 5.000 tỷ đồng; trong đó khu vực doanh nghiệp nhà nước thu 700 tỷ "
                           "đồng.", "700") == "revenue_other"


def test_the_tax_office_collecting_the_budget_collects_the_domestic_revenue():
    # the tax office as the subject of "thu ngân sách" collects what it manages, the domestic revenue (thu nội địa),
    # as customs collecting it is the revenue from imports and exports
    text = ("Trong 6 tháng đầu năm 2026, Chi cục Thuế khu vực XII đã thu ngân sách được 2.940 tỷ đồng, đạt 55% dự "
            "toán, tăng 9% so với cùng kỳ.")
    assert _budget_item_of(text, "2.940", year=2026) == "revenue_domestic"
    assert _budget_item_of(text, "55", year=2026) == "revenue_domestic"
    # near misses: the office telling the province's revenue on its area, and the tax said as a subject of no office
    assert _budget_item_of("Cục Thuế tỉnh Hà Nam cho biết, thu ngân sách trên địa bàn tỉnh đạt 4.100 tỷ đồng.",
                           "4.100") == "revenue_total"
    assert _budget_item_of("Chính sách giảm thuế giúp thu ngân sách 6 tháng đạt 4.100 tỷ đồng.",
                           "4.100") == "revenue_total"


def test_a_plans_rate_against_an_earlier_years_estimate_is_its_growth_on_that_year():
    # a council's estimate compared with the estimate of the year before: how much the plan grew, not a share of a
    # plan reached, and of the year the plan is set for
    text = ("HĐND TỈNH BẮC GIANG\nNghị quyết về dự toán ngân sách năm 2027\n\nDự toán chi ngân sách địa phương năm "
            "2027 là 31.500 tỷ đồng, tăng 7,5% so với dự toán năm 2026.\n")
    row = next(r for r in _budget_rows(text) if r["value"] == 7.5)
    assert (row["measure"], row["period_start"], row["period_end"]) == (
        "yoy_pct", dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    # near misses: an outturn against an estimate (of its own year) is the share of the plan reached
    rows = _budget_rows("UBND TỈNH BẮC GIANG\nBáo cáo năm 2026\n\nƯớc thực hiện chi ngân sách địa phương năm 2026 là "
                        "30.100 tỷ đồng, tăng 4% so với dự toán năm 2026.\n")
    assert next(r for r in rows if r["value"] == 104)["measure"] == "plan_pct"


def test_payers_listed_bare_with_their_rates_after_a_reach_are_shares_of_their_plans():
    # "giải ngân đạt tỷ lệ cao như: <payer> <rate>; ...": each rate is that payer's share of its capital plan
    text = "Nhiều đơn vị giải ngân đạt tỷ lệ cao như: huyện Mường Ảng 93%; xã Na Sang 87%, phường Tân Thanh 81%."
    for token in ("93", "87", "81"):
        row = route_in_text(text, token, year=2026)
        assert (row.table, row.fields["budget_item"], row.fields["measure"]) == (
            "budgets", "public_investment", "plan_pct"), token
    # near miss: a list of rates after a colon that is no reach of a payer is not read so
    other = route_in_text("Cơ cấu kinh tế có sự chuyển dịch: nông nghiệp 21%; công nghiệp 35%.", "21", year=2026)
    assert other is None or other.table != "budgets"


def test_a_transfer_from_the_centre_said_giver_first_is_revenue_received_and_the_budget_borrowing_a_line_of_its_own():
    assert _budget_item_of("Năm 2026, ngân sách Trung ương bổ sung cân đối cho ngân sách tỉnh 7.450 tỷ đồng.",
                           "7.450", year=2026) == "revenue_other"
    assert _budget_item_of("Ngân sách tỉnh được phép vay 600 tỷ đồng để thực hiện dự án ODA.", "600",
                           year=2026) == "other"
    # near misses: the province's transfer to its communes is no revenue of the province; households in the
    # province borrowing is credit, no budget
    assert _budget_item_of("Tỉnh đã bổ sung cân đối cho ngân sách các xã 940 tỷ đồng.", "940", year=2026) == "other"
    assert _budget_item_of("Nhiều hộ dân trong tỉnh được vay 250 tỷ đồng vốn tín dụng chính sách.", "250",
                           year=2026) is None


def test_a_cut_off_in_a_quarters_report_counts_from_january():
    # a quarter's report ("quý III"): capital paid out or money collected to a day of its last month is counted
    # from the year's start, as a month's report's is
    report = "UBND TỈNH HÀ GIANG\nBÁO CÁO\nTình hình kinh tế - xã hội quý III năm 2024\n\n"
    _zbu2_counted_from_january(report + "Đến ngày 30/9/2024, toàn tỉnh giải ngân vốn đầu tư công 2.870 tỷ đồng.\n",
                               2870e9, dt.date(2024, 9, 30))
    # near miss: a figure the words give the quarter of keeps it
    rows = _budget_rows(report + "Thu ngân sách quý III đạt 610 tỷ đồng.\n")
    assert _period_of(rows, 610e9)[:2] == (dt.date(2024, 7, 1), dt.date(2024, 9, 30))


def test_parts_named_as_some_of_the_collections_take_the_wholes_period():
    # "Một số khoản thu: ..." after a whole of six months in a report on June: the parts are of the six months
    report = "UBND TỈNH NAM ĐỊNH\nBáo cáo tình hình kinh tế - xã hội tháng 6 năm 2026\n\n"
    rows = _budget_rows(report + "Thu nội địa 6 tháng đạt 3.900 tỷ đồng. Một số khoản thu chủ yếu: lệ phí trước bạ "
                                 "210 tỷ đồng; thuế thu nhập cá nhân 380 tỷ đồng.\n")
    assert _period_of(rows, 210e9)[:2] == (dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    # near miss: a sentence that names no parts keeps the report's month
    rows = _budget_rows(report + "Thu nội địa 6 tháng đạt 3.900 tỷ đồng. Lệ phí trước bạ thu được 35 tỷ đồng.\n")
    assert _period_of(rows, 35e9)[:2] == (dt.date(2026, 6, 1), dt.date(2026, 6, 30))


def test_an_entry_of_a_semicolon_list_named_with_its_own_verb_is_its_own_revenue_or_spending():
    # a list of collections parted by ";": an entry that opens on "thu"/"chi" and a name the item table does not know
    # is a revenue (or spending) of its own, labelled as written, not the entry before it
    text = ("Các khoản thu khác: thu cổ tức 41 tỷ đồng; thu tiền cấp quyền khai thác khoáng sản 27 tỷ đồng; "
            "thu phạt vi phạm hành chính 9 tỷ đồng.")
    for token, label in (("27", "thu tiền cấp quyền khai thác khoáng sản"), ("9", "thu phạt vi phạm hành chính")):
        row = route_in_text(text, token, year=2026)
        assert (row.table, row.fields["budget_item"], row.fields["budget_label"]) == (
            "budgets", "revenue_other", label), token
    spent = route_in_text("Tổng chi ngân sách phường 52.300 triệu đồng, trong đó chi thường xuyên 41.100 triệu đồng; "
                          "chi hỗ trợ khắc phục hậu quả thiên tai 900 triệu đồng.", "900", year=2027)
    assert (spent.fields["budget_item"], spent.fields["budget_label"]) == (
        "other", "chi hỗ trợ khắc phục hậu quả thiên tai")
    # near misses: an entry whose name is an item of the table is read by it; "thu nhập" is no collection
    assert _budget_item_of("Thu cổ tức 41 tỷ đồng; thu tiền sử dụng đất 300 tỷ đồng.", "300",
                           year=2026) == "revenue_land_use"
    income = route_in_text("Thu ngân sách đạt 2.100 tỷ đồng; thu nhập bình quân đầu người 68 triệu đồng.", "68",
                           year=2026)
    assert income is None or income.table != "budgets"


def test_a_cut_off_said_after_a_subject_of_no_budget_dates_that_subject_alone():
    # a cut-off said after the subject of another kind of figure (credit) in an earlier sentence of the paragraph does
    # not date (nor give its year to) a budget figure said after it
    report = "UBND TỈNH KHÁNH HÒA\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
    rows = _budget_rows(report + "Tổng vốn huy động của các tổ chức tín dụng đến ngày 31/12/2025 đạt 98.400 tỷ đồng. "
                                 "Thu ngân sách nhà nước năm 2026 ước đạt 21.700 tỷ đồng.\n")
    assert _period_of(rows, 21700e9) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31), None)
    # near misses: a cut-off that opens its sentence heads what follows; one after a budget subject dates the budget
    # figure after it
    rows = _budget_rows(report + "Tính đến ngày 30/11/2026, tổng vốn huy động đạt 98.400 tỷ đồng. "
                                 "Thu ngân sách nhà nước đạt 19.900 tỷ đồng.\n")
    assert _period_of(rows, 19900e9)[2] == dt.date(2026, 11, 30)
    rows = _budget_rows(report + "Giải ngân vốn đầu tư công đến ngày 30/11/2026 đạt 6.100 tỷ đồng. "
                                 "Vốn ngân sách tỉnh giải ngân 2.300 tỷ đồng.\n")
    assert _period_of(rows, 2300e9)[2] == dt.date(2026, 11, 30)


def test_capital_extended_into_a_year_is_paid_out_in_that_year():
    # "kéo dài ... sang năm B": what is paid out of capital extended from an earlier year belongs to the year it was
    # extended into (here the reviewed year, to the January cut-off the review counts its payments to)
    report = "UBND TỈNH HẢI DƯƠNG\nBÁO CÁO\nKết quả giải ngân vốn đầu tư công năm 2026\n\n"
    rows = _budget_rows(report + "Ước đến hết ngày 31/01/2027, giải ngân vốn đầu tư công đạt 9.150 tỷ đồng. Vốn năm "
                                 "2025 được kéo dài thời gian giải ngân sang năm 2026 là 410 tỷ đồng, đã giải ngân "
                                 "305 tỷ đồng.\n")
    assert _period_of(rows, 305e9) == (dt.date(2026, 1, 1), dt.date(2027, 1, 31), dt.date(2027, 1, 31))
    # in a report on a month of the year it was extended into: that year so far
    monthly = "UBND TỈNH HẢI DƯƠNG\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 8 năm 2026\n\n"
    rows = _budget_rows(monthly + "Vốn năm 2025 kéo dài sang năm 2026 đã giải ngân 305 tỷ đồng.\n")
    assert _period_of(rows, 305e9) == (dt.date(2026, 1, 1), dt.date(2026, 8, 31), None)
    # near miss: capital of an earlier year said without an extension keeps the year its words name
    rows = _budget_rows(report + "Vốn năm 2025 đã giải ngân 305 tỷ đồng.\n")
    assert _period_of(rows, 305e9)[:2] == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def test_rows_of_a_budget_table_named_by_the_territory_or_by_the_capitals_origin_are_budget_rows():
    # "Thu trên địa bàn" (the revenue collected in the territory, without ngân sách) and, under a "Nguồn vốn" head,
    # "Vốn trong nước" / "Vốn nước ngoài (ODA)": budget rows, labelled by their cell
    balance = ("UBND TỈNH PHÚ THỌ\nBÁO CÁO\nThực hiện dự toán ngân sách năm 2026\n\nĐVT: triệu đồng\n"
               "STT\tNội dung\tDự toán\tƯớc thực hiện\nI\tThu trên địa bàn\t9.100.000\t9.650.000\n")
    rows = _budget_rows(balance)
    assert {(r["budget_item"], r["budget_label"]) for r in rows if r["value"] == 9650e9} == {
        ("revenue_total", "Thu trên địa bàn")}
    capital = ("UBND TỈNH BÌNH PHƯỚC\nBÁO CÁO\nGiải ngân vốn đầu tư công năm 2024\n\nĐVT: tỷ đồng\n"
               "TT\tNguồn vốn\tKế hoạch vốn\tGiải ngân\n1\tVốn trong nước\t4.300\t2.950\n"
               "2\tVốn nước ngoài (ODA)\t410\t150\n")
    rows = _budget_rows(capital)
    assert {(r["value"], r["budget_item"], r["budget_label"]) for r in rows if r["value"] in (2950e9, 410e9)} == {
        (2950e9, "public_investment", "Vốn trong nước"), (410e9, "public_investment", "Vốn nước ngoài (ODA)")}
    # near misses: a turnover in the territory is no revenue; a capital row without a "Nguồn vốn" head is not read
    assert _budget_item_of("Doanh thu trên địa bàn đạt 4.200 tỷ đồng.", "4.200", year=2026) is None
    rows = _budget_rows("UBND TỈNH BÌNH PHƯỚC\nBÁO CÁO\nTình hình doanh nghiệp năm 2024\n\n"
                        "TT\tChỉ tiêu\tSố lượng\tTỷ lệ\n1\tVốn trong nước\t430\t95\n")
    assert not rows


def test_a_gain_over_the_estimate_said_with_tang_thu_is_no_revenue_amount():
    # "tăng thu X so với dự toán" (the base after the amount) and "Tăng thu ngân sách huyện so với dự toán X" (a budget
    # level between): how far revenue went past its estimate, item other (as "hụt thu", "vượt thu"), not the revenue
    assert _budget_item_of("Thu từ doanh nghiệp nhà nước tăng thu 310 tỷ đồng so với dự toán.", "310",
                           year=2026) == "other"
    row = route_in_text("Tăng thu ngân sách xã so với dự toán 1,8 tỷ đồng.", "1,8", year=2026)
    assert (row.fields["budget_item"], row.fields["measure"]) == ("other", "actual")
    # near miss: a revenue that rose on last year keeps its item
    assert _budget_item_of("Thu từ doanh nghiệp nhà nước 1.310 tỷ đồng, tăng 12% so với cùng kỳ.", "1.310",
                           year=2026) == "revenue_other"


def test_a_transfer_said_received_with_nhan_is_revenue_from_its_giver():
    # "Nhận trợ cấp / bổ sung từ ngân sách Trung ương": a transfer the budget receives, said with nhận instead of thu:
    # revenue_other, its money the centre's
    row = route_in_text("Năm 2026, nhận trợ cấp từ ngân sách Trung ương 4.870 tỷ đồng.", "4.870", year=2026)
    assert (row.table, row.fields["budget_item"], row.fields["funding_source"]) == (
        "budgets", "revenue_other", "central")
    assert _budget_item_of("Tỉnh nhận bổ sung có mục tiêu 920 tỷ đồng.", "920", year=2026) == "revenue_other"
    # near miss: the targeted money spent out of the centre's transfer stays the programme's
    assert _budget_item_of("Chi từ nguồn ngân sách Trung ương bổ sung có mục tiêu 920 tỷ đồng.", "920",
                           year=2026) == "target_programme"


def test_a_settlements_entry_named_by_its_bare_verb_is_the_whole_settled():
    # "Quyết toán thu ngân sách ... ; quyết toán chi X": the spending settled, not the revenue of the entry before
    row = route_in_text("Quyết toán thu ngân sách phường năm 2025 là 31.400 triệu đồng; quyết toán chi 29.050 triệu "
                        "đồng.", "29.050", year=2026)
    assert (row.fields["budget_item"], row.fields["budget_label"]) == ("expenditure_total", "quyết toán chi")
    # near miss: an entry naming its own item is read by it
    assert _budget_item_of("Quyết toán thu ngân sách phường năm 2025 là 31.400 triệu đồng; quyết toán chi thường "
                           "xuyên 21.300 triệu đồng.", "21.300", year=2026) == "expenditure_recurrent"


def test_a_part_of_the_year_expected_to_reach_an_amount_is_forecast():
    # "Dự kiến quý IV, chi ngân sách đạt X": a quarter (or months) named with what it is expected to bring is a time
    # ahead; said with the verb of what is done it is still planned, as said without one
    row = route_in_text("Dự kiến quý IV, tổng chi ngân sách địa phương đạt 3.150 tỷ đồng.", "3.150", year=2025)
    assert (row.fields["budget_item"], row.fields["measure"]) == ("expenditure_total", "plan")
    row = route_in_text("Tháng 11 dự kiến thu nội địa đạt 640 tỷ đồng.", "640", year=2025)
    assert row.fields["measure"] == "plan"
    # near misses: the time under way reckoned to its end is an estimate of what is done; the quarter's outturn read
    # against what was expected is done
    row = route_in_text("Dự kiến đến hết quý III/2025, giải ngân vốn đầu tư công đạt 2.700 tỷ đồng.", "2.700",
                        year=2025)
    assert row.fields["measure"] == "actual"
    row = route_in_text("Quý III, thu ngân sách đạt 1.900 tỷ đồng, vượt 4% so với dự kiến.", "1.900", year=2025)
    assert row.fields["measure"] == "actual"


def test_a_transfer_received_from_a_local_budget_above_is_local_money():
    # "Thu bổ sung (cân đối) từ ngân sách tỉnh/huyện" in a district's or commune's report: the giver's money, a local
    # budget (as one from the centre's is central)
    row = route_in_text("Năm 2025, thu bổ sung cân đối từ ngân sách cấp tỉnh 286 tỷ đồng.", "286", year=2025)
    assert (row.fields["budget_item"], row.fields["funding_source"]) == ("revenue_other", "local")
    row = route_in_text("Xã nhận trợ cấp từ ngân sách huyện 9,4 tỷ đồng.", "9,4", year=2025)
    assert row.fields["funding_source"] == "local"
    # near miss: the local budget's own revenue names no source
    row = route_in_text("Năm 2025, thu ngân sách huyện đạt 73 tỷ đồng.", "73", year=2025)
    assert (row.fields["budget_item"], row.fields["funding_source"]) == ("revenue_total", None)


def test_the_parts_of_spending_named_on_their_own_are_other_and_local():
    # "chi quản lý hành chính" is one part of recurrent spending as "chi sự nghiệp giáo dục" is: item other; "chi dự
    # phòng" is the reserve; all of them in a list under the commune's spending are local money
    text = ("Chi ngân sách phường năm 2026 là 48,6 tỷ đồng, gồm: chi đầu tư 9,2 tỷ đồng, chi sự nghiệp y tế 2,3 tỷ "
            "đồng, chi dự phòng 0,9 tỷ đồng, chi quản lý hành chính 15,7 tỷ đồng.")
    for token, label in (("2,3", "chi sự nghiệp y tế"), ("0,9", "chi dự phòng"), ("15,7", "chi quản lý hành chính")):
        row = route_in_text(text, token, year=2026)
        assert (row.fields["budget_item"], row.fields["budget_label"], row.fields["funding_source"]) == (
            "other", label, "local")
    # near misses: the older name of the whole recurrent spending keeps it; a deficit is no spending (other), but
    # the local budget's all the same, as "bội chi ngân sách địa phương" says it
    assert _budget_item_of("Chi hành chính sự nghiệp năm 2026 đạt 310 tỷ đồng.", "310", year=2026) == (
        "expenditure_recurrent")
    row = route_in_text("Bội chi ngân sách năm 2026 là 120 tỷ đồng.", "120", year=2026)
    assert (row.fields["budget_item"], row.fields["funding_source"]) == ("other", "local")


def test_the_months_from_january_expected_are_an_estimate_of_what_is_done():
    # "dự kiến 6 tháng đạt X" in the report of June: the half year is under way, what it is expected to bring is an
    # estimate of its outturn (as "dự kiến cả năm"), for those months, not the year's plan
    row = route_in_text("Thu nội địa tháng 6 ước đạt 930 tỷ đồng, dự kiến 6 tháng đạt 5.410 tỷ đồng.", "5.410",
                        year=2027)
    assert (row.fields["measure"], row.fields["qualifier"]) == ("actual", "estimate")
    assert (row.fields["period_start"], row.fields["period_end"]) == (dt.date(2027, 1, 1), dt.date(2027, 6, 30))
    row = route_in_text("Giải ngân vốn đầu tư công dự kiến 9 tháng năm 2027 đạt 3.880 tỷ đồng.", "3.880", year=2027)
    assert (row.fields["measure"], row.fields["period_end"]) == ("actual", dt.date(2027, 9, 30))
    # near misses: the second half and a later quarter are still to come, forecast
    for ahead in ("6 tháng cuối năm", "quý III"):
        assert route_in_text(f"Dự kiến {ahead}, thu nội địa đạt 6.200 tỷ đồng.", "6.200",
                             year=2027).fields["measure"] == "plan", ahead


def test_a_sentence_of_the_months_so_far_goes_on_with_the_item_just_before():
    # "Thu ngân sách tháng 6 ước đạt X. Lũy kế 5 tháng đạt Y": a sentence opening on the months so far with no
    # subject of its own is of the item the sentence right before named
    text = ("Chi ngân sách địa phương tháng 5 ước đạt 610 tỷ đồng. Lũy kế 4 tháng đạt 2.140 tỷ đồng; dự kiến 5 "
            "tháng đạt 2.750 tỷ đồng.")
    for token, measure in (("2.140", "actual"), ("2.750", "actual")):
        row = route_in_text(text, token, year=2027)
        assert (row.table, row.fields["budget_item"], row.fields["measure"]) == ("budgets", "expenditure_total",
                                                                                 measure)
    assert route_in_text(text, "2.750", year=2027).fields["budget_label"] == "Chi ngân sách địa phương"
    # near miss: an item named two sentences before does not reach past another subject
    text = ("Thu ngân sách tháng 5 đạt 700 tỷ đồng. Doanh thu du lịch tháng 5 đạt 410 tỷ đồng. Lũy kế 5 tháng đạt "
            "1.980 tỷ đồng.")
    assert route_in_text(text, "1.980", year=2027) is None


def test_an_entry_naming_only_its_budget_is_a_part_of_the_whole_not_of_the_entry_before():
    # "X, trong đó A (an item of its own) 300 tỷ, chi từ nguồn ngân sách tỉnh 2.100 tỷ": the second entry names only the
    # budget its money came from; it is a part of the whole before "trong đó", labelled by its own words
    text = ("Năm 2027, chi ngân sách địa phương đạt 2.400 tỷ đồng, trong đó chi từ nguồn trung ương bổ sung có mục "
            "tiêu 300 tỷ đồng, chi từ nguồn ngân sách tỉnh 2.100 tỷ đồng.")
    row = route_in_text(text, "2.100", year=2027)
    assert (row.fields["budget_item"], row.fields["budget_label"], row.fields["funding_source"]) == (
        "expenditure_total", "chi từ nguồn ngân sách tỉnh", "local")
    # near miss: an entry naming an item of its own keeps it
    text = text.replace("chi từ nguồn ngân sách tỉnh", "chi thường xuyên")
    assert route_in_text(text, "2.100", year=2027).fields["budget_item"] == "expenditure_recurrent"


def test_a_revenue_row_of_a_capital_sources_table_is_the_capital_drawn_from_it():
    # under a "Nguồn vốn" head, "a | Thu tiền sử dụng đất" and "b | Xổ số kiến thiết" name where a part of the capital
    # planned and paid out comes from: public investment, not the revenue collected (nor an indicator)
    capital = ("UBND TỈNH ĐIỆN BIÊN\nBÁO CÁO\nGiải ngân vốn đầu tư công 6 tháng năm 2027\n\nĐVT: tỷ đồng\n"
               "TT\tNguồn vốn\tKế hoạch năm 2027\tGiải ngân\n1\tVốn cân đối ngân sách địa phương\t1.300\t610\n"
               "a\tThu tiền sử dụng đất\t420\t150\nb\tXổ số kiến thiết\t75\t33\n")
    rows = _budget_rows(capital)
    assert {(r["value"], r["budget_item"]) for r in rows if r["value"] in (150e9, 33e9)} == {
        (150e9, "public_investment"), (33e9, "public_investment")}
    # near miss: the same row in a table of revenue keeps the revenue
    revenue = capital.replace("Nguồn vốn\tKế hoạch năm 2027\tGiải ngân", "Nội dung\tDự toán\tThực hiện")
    assert {r["budget_item"] for r in _budget_rows(revenue) if r["value"] == 150e9} == {"revenue_land_use"}


def test_an_amount_expected_by_a_cut_off_covers_the_year_to_that_day():
    # "dự kiến đến ngày 30/6/2027 giải ngân đạt X": the year up to the day, as the amount said without "dự kiến"
    report = ("UBND TỈNH SƠN LA\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2027\n\n"
              "Đến ngày 15/6/2027, giải ngân vốn đầu tư công đạt 1.720 tỷ đồng; dự kiến đến ngày 30/6/2027 giải ngân "
              "đạt 1.980 tỷ đồng, bằng 41% kế hoạch.\n")
    assert _period_of(_budget_rows(report), 1980e9) == (dt.date(2027, 1, 1), dt.date(2027, 6, 30),
                                                        dt.date(2027, 6, 30))
    # near miss: the amount done by the earlier day keeps its own cut-off
    assert _period_of(_budget_rows(report), 1720e9)[2] == dt.date(2027, 6, 15)


def test_a_sentence_summing_the_months_so_far_ends_the_reach_of_a_cut_off_before_it():
    # "Đến ngày 20/6, giải ngân ... . Tính chung 6 tháng, chi ngân sách ...": the months summed are the period, no
    # cut-off of the sentence before
    report = ("UBND TỈNH SƠN LA\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2027\n\n"
              "Đến ngày 20/6/2027, giải ngân vốn đầu tư công đạt 1.720 tỷ đồng. Tính chung 6 tháng, chi ngân sách địa "
              "phương ước đạt 5.300 tỷ đồng.\n")
    assert _period_of(_budget_rows(report), 5300e9) == (dt.date(2027, 1, 1), dt.date(2027, 6, 30), None)
    # near miss: a sentence naming no period of its own keeps the cut-off before it
    report = report.replace("Tính chung 6 tháng, chi", "Chi")
    assert _period_of(_budget_rows(report), 5300e9)[2] == dt.date(2027, 6, 20)


def test_money_set_aside_names_the_item_it_is_for_after_the_amount():
    # "bố trí X tỷ đồng để thực hiện cải cách tiền lương": the wage reform's line, labelled by it, alone or as an
    # entry of a list after another entry's item
    row = route_in_text("Năm 2027, thành phố bố trí 640 tỷ đồng để thực hiện cải cách tiền lương.", "640", year=2027)
    assert (row.fields["budget_item"], row.fields["budget_label"]) == ("other", "cải cách tiền lương")
    text = ("Chi ngân sách thành phố năm 2027 là 9.200 tỷ đồng, trong đó chi trả nợ lãi 30 tỷ đồng; bố trí 640 tỷ đồng "
            "để thực hiện cải cách tiền lương.")
    assert route_in_text(text, "640", year=2027).fields["budget_label"] == "cải cách tiền lương"
    # near miss: an entry naming its own item before the amount keeps it
    text = text.replace("bố trí 640 tỷ đồng để thực hiện", "chi thường xuyên 640 tỷ đồng, chủ yếu cho")
    assert route_in_text(text, "640", year=2027).fields["budget_item"] == "expenditure_recurrent"


def test_money_set_aside_for_a_use_said_without_its_de():
    # "bố trí X tỷ đồng thực hiện cải cách tiền lương": the "để" of the purpose left unsaid, read as with it
    text = "Năm 2026, huyện bố trí 87 tỷ đồng thực hiện cải cách tiền lương."
    assert _budget_item_of(text, "87", 2026) == "other"
    assert route_in_text(text, "87", year=2026).fields["budget_label"] == "cải cách tiền lương"
    # near miss: money set aside for works carried out names no budget line
    assert _budget_item_of(text.replace("cải cách tiền lương", "9 công trình"), "87", 2026) is None


def test_money_set_aside_from_the_revenue_gained_over_the_estimate():
    # "dành X tỷ đồng từ nguồn tăng thu để chi ...": a budget line, labelled by the gain it came from
    text = "Thành phố đã dành 412 tỷ đồng từ nguồn tăng thu để chi cho các công trình cấp bách."
    assert _budget_item_of(text, "412", 2026) == "other"
    assert route_in_text(text, "412", year=2026).fields["budget_label"] == "nguồn tăng thu"
    # near miss: money raised from people (no budget) stays out of the budgets
    assert _budget_item_of(text.replace("tăng thu", "xã hội hóa"), "412", 2026) is None


def test_an_entry_setting_money_aside_for_no_item_is_not_the_entry_before_it():
    # "…, trong đó chi đầu tư phát triển A; bố trí B cho các xã": a part of the whole's spending of its own, not
    # investment spending; public investment's entries stay public investment
    text = ("Chi ngân sách huyện năm 2027 là 1.480 tỷ đồng, trong đó chi đầu tư phát triển 520 tỷ đồng; bố trí 96 tỷ "
            "đồng cho các xã.")
    assert _budget_item_of(text, "96", 2027) == "other"
    assert route_in_text(text, "96", year=2027).fields["budget_label"] == "bố trí cho các xã"
    capital = text.replace("Chi ngân sách huyện", "Kế hoạch vốn đầu tư công").replace(
        "chi đầu tư phát triển", "vốn ngân sách tỉnh")
    assert _budget_item_of(capital, "96", 2027) == "public_investment"
    # near miss: an entry naming its item after the amount keeps it
    wages = text.replace("cho các xã", "để thực hiện cải cách tiền lương")
    assert route_in_text(wages, "96", year=2027).fields["budget_label"] == "cải cách tiền lương"


def test_a_running_total_takes_the_item_of_the_sentence_before_without_its_month():
    # "Thu ngân sách xã tháng 8 ước đạt X. Lũy kế 8 tháng đạt Y, bằng Z% dự toán": the item, not the month said
    text = ("Thu ngân sách xã tháng 8 ước đạt 2,1 tỷ đồng. Lũy kế 8 tháng đạt 15,6 tỷ đồng, bằng 71,4% dự toán.")
    # (near miss: the month's own figure keeps its month in the label)
    labels = {token: route_in_text(text, token, year=2026).fields["budget_label"] for token in ("15,6", "71,4", "2,1")}
    assert labels == {"15,6": "Thu ngân sách xã", "71,4": "Thu ngân sách xã", "2,1": "Thu ngân sách xã tháng 8"}


def test_an_expected_outturn_is_no_part_of_the_label():
    # "Thu ngân sách dự kiến 6 tháng đạt", "Chi chuyển nguồn sang năm 2028 dự kiến": "dự kiến" ends the item's words;
    # (near miss) a base compared with after the figure leaves the label as it was
    for text in ("Chi chuyển nguồn sang năm 2028 dự kiến 640 tỷ đồng.",
                 "Chi chuyển nguồn sang năm 2028 là 640 tỷ đồng, vượt 5% so với dự kiến."):
        assert route_in_text(text, "640", year=2027).fields["budget_label"] == "Chi chuyển nguồn sang năm 2028"


def test_a_gain_over_the_estimate_said_after_its_base():
    # "So với dự toán, tỉnh đã tăng thu X": the gain (other, done), as "tăng thu so với dự toán X", not the revenue
    # entry the sentence before named nor its plan
    text = ("Trong đó, thu nội địa đạt 9.400 tỷ đồng. So với dự toán, tỉnh đã tăng thu 760 tỷ đồng.")
    row = route_in_text(text, "760", year=2026)
    assert (row.fields["budget_item"], row.fields["measure"]) == ("other", "actual")
    assert _budget_item_of("So với dự toán, huyện đã tăng thu 76 tỷ đồng.", "76", 2026) == "other"
    # near miss: a gain on last year's (FACTS has no measure for its amount) is no gain over the plan
    assert _budget_item_of("So với cùng kỳ, huyện đã tăng thu 76 tỷ đồng.", "76", 2026) != "other"


def test_the_states_foreign_preferential_loans_are_public_investment():
    # "vốn vay ODA, vốn vay ưu đãi nước ngoài của Chính phủ ... giải ngân": public investment, not a bank's credit
    text = "Vốn vay ODA, vốn vay ưu đãi nước ngoài 9 tháng giải ngân 214 tỷ đồng, đạt 51% kế hoạch."
    assert _budget_item_of(text, "214", 2026) == "public_investment"
    # near miss: a bank's preferential loans stay out of the budgets
    assert _budget_item_of("Ngân hàng Chính sách xã hội giải ngân vốn vay ưu đãi 214 tỷ đồng.", "214", 2026) is None


def test_a_running_total_after_a_semicolon_drops_the_time_of_the_clause_before_from_its_label():
    # "Chi ngân sách quý II ước 2.900 tỷ đồng; lũy kế 6 tháng 5.480 tỷ đồng, bằng 47% dự toán": the item as written,
    # not the quarter the first clause said; (near miss) the quarter's own amount keeps it
    text = "Chi ngân sách quý II ước 2.900 tỷ đồng; lũy kế 6 tháng 5.480 tỷ đồng, bằng 47% dự toán."
    labels = {token: route_in_text(text, token, year=2027).fields["budget_label"] for token in ("2.900", "5.480", "47")}
    assert labels == {"2.900": "Chi ngân sách quý II", "5.480": "Chi ngân sách", "47": "Chi ngân sách"}


def test_a_sentence_naming_its_own_time_takes_no_cut_off_said_before_it() -> None:
    # a cut-off carries only to a sentence that names no time: a month counted to, a fiscal year at its head, months
    # counted or a quarter of its own are that sentence's time
    cut = "Tính đến ngày 12/11/2027, thu ngân sách trên địa bàn đạt 5.300 tỷ đồng. "
    for own, token in (("Tính đến tháng 10/2027, giải ngân vốn đầu tư công đạt 2.740 tỷ đồng.", "2.740"),
                       ("Năm tài chính 2027, tổng chi ngân sách địa phương ước đạt 19.800 tỷ đồng.", "19.800"),
                       ("Thu bổ sung cân đối từ ngân sách Trung ương 10 tháng đạt 1.050 tỷ đồng.", "1.050"),
                       ("Quý III/2027, chi đầu tư phát triển đạt 870 tỷ đồng.", "870")):
        assert route_in_text(cut + own, token, year=2027).fields["as_of"] is None, own


def test_a_sentence_naming_no_time_of_its_own_keeps_the_cut_off_said_before_it() -> None:
    # near-miss: no time (or only the plan's year, a year inside the subject, the time so far) — the cut-off carries
    cut = "Tính đến ngày 12/11/2027, thu ngân sách trên địa bàn đạt 5.300 tỷ đồng. "
    for own, token in (("Thu tiền sử dụng đất đạt 610 tỷ đồng.", "610"),
                       ("Chi thường xuyên đạt 3.900 tỷ đồng, bằng 81% dự toán năm 2027.", "81"),
                       ("Từ đầu năm đến nay, giải ngân vốn đầu tư công đạt 2.740 tỷ đồng.", "2.740")):
        assert route_in_text(cut + own, token, year=2027).fields["as_of"] == dt.date(2027, 11, 12), own


def test_the_amount_of_spending_saved_is_labelled_by_its_saving() -> None:
    # "tiết kiệm … chi thường xuyên được/với số tiền X": X is the money saved (other), named from its verb, not the
    # recurrent spending it was saved from
    for text, token, label in (
            ("Toàn tỉnh thực hiện tiết kiệm 10% chi thường xuyên được 187 tỷ đồng để tạo nguồn cải cách tiền lương.",
             "187", "tiết kiệm 10% chi thường xuyên"),
            ("Tiết kiệm chi thường xuyên 9 tháng được 64 tỷ đồng.", "64", "Tiết kiệm chi thường xuyên 9 tháng"),
            ("Huyện tiết kiệm 10% chi thường xuyên với số tiền 12,5 tỷ đồng.", "12,5",
             "tiết kiệm 10% chi thường xuyên")):
        r = route_in_text(text, token, year=2027)
        assert (r.fields["budget_item"], r.fields["budget_label"]) == ("other", label), text


def test_recurrent_spending_and_money_from_savings_keep_their_own_labels() -> None:
    # near-miss: the spending itself, and money spent out of the savings (named as a source), are no saving
    r = route_in_text("Chi thường xuyên đạt 4.360 tỷ đồng, bằng 83% dự toán.", "4.360", year=2027)
    assert (r.fields["budget_item"], r.fields["budget_label"]) == ("expenditure_recurrent", "Chi thường xuyên")
    r = route_in_text("Chi từ nguồn tiết kiệm chi năm 2026 là 310 tỷ đồng.", "310", year=2027)
    assert r.fields["budget_label"] == "Chi từ nguồn tiết kiệm chi năm 2026"


def test_a_local_budget_said_as_the_subject_that_sets_money_aside_is_a_budget_allocation() -> None:
    # "Ngân sách <cấp> (đã) bố trí/dành X cho/để …": the budget's own money set aside for a use — item other; an
    # allocation made ("đã") is still the plan of that spending (measure plan, as "đã phân bổ"), not money spent
    text = "Ngân sách tỉnh đã bố trí 73 tỷ đồng cho chương trình hỗ trợ nhà ở người có công."
    r = route_in_text(text, "73", year=2027)
    assert (r.table, r.fields["budget_item"], r.fields["measure"], r.fields["funding_source"]) == (
        "budgets", "other", "plan", "local")
    r = route_in_text("Ngân sách huyện dành 8,4 tỷ đồng để nâng cấp trạm y tế các xã.", "8,4", year=2027)
    assert (r.table, r.fields["budget_item"]) == ("budgets", "other")


def test_money_set_aside_by_no_local_budget_is_no_allocation_of_one() -> None:
    # near-miss: the centre handing money down, and a subject that names no budget, are not read as a local allocation
    r = route_in_text("Ngân sách Trung ương đã bố trí 640 tỷ đồng cho tỉnh để khắc phục hậu quả bão.", "640", year=2027)
    assert r is None or r.table != "budgets" or r.fields["funding_source"] != "local"
    r = route_in_text("Doanh nghiệp đã dành 25 tỷ đồng để mở rộng nhà xưởng.", "25", year=2027)
    assert r is None or r.table != "budgets"


def test_spending_cut_back_is_read_as_spending_saved() -> None:
    # "cắt giảm X% dự toán chi …, tương ứng Y": X the share cut (other, as a rate of saving), Y the amount cut (other),
    # not recurrent spending nor 100 − X of a plan
    text = "Thành phố đã cắt giảm 7% dự toán chi thường xuyên, tương ứng 96 tỷ đồng."
    rate, amount = route_in_text(text, "7", year=2027), route_in_text(text, "96", year=2027)
    assert (rate.fields["budget_item"], rate.value if rate.value is not None else 7) == ("other", 7)
    assert (amount.fields["budget_item"], amount.fields["budget_label"]) == (
        "other", "cắt giảm 7% dự toán chi thường xuyên")


def test_a_fall_of_spending_is_no_cut_back() -> None:
    # near-miss: recurrent spending said to fall is that spending's change
    r = route_in_text("Chi thường xuyên giảm 4% so với cùng kỳ.", "4", year=2027)
    assert (r.fields["budget_item"], r.fields["measure"]) == ("expenditure_recurrent", "yoy_pct")


def test_a_rate_of_saving_opening_its_sentence_is_read_as_one_said_inside_it() -> None:
    # "Tiết kiệm X% chi …" at a sentence's head (a capital letter) is the rate saved, as "Tỉnh tiết kiệm X% chi …" is
    head = route_in_text("Tiết kiệm 10% chi thường xuyên được 143 tỷ đồng.", "10", year=2027)
    inside = route_in_text("Tỉnh tiết kiệm 10% chi thường xuyên được 143 tỷ đồng.", "10", year=2027)
    assert head is not None and head.table == "budgets"
    assert (head.fields["budget_item"], head.fields["measure"]) == (inside.fields["budget_item"],
                                                                    inside.fields["measure"]) == ("other", "actual")
    # near-miss: a rate with no budget named after its verb stays out ("Tiết kiệm 10% điện năng")
    r = route_in_text("Tiết kiệm 10% điện năng tiêu thụ tại các cơ quan.", "10", year=2027)
    assert r is None or r.table != "budgets"


def test_money_saved_with_the_spending_named_after_its_amount_is_a_budget_line() -> None:
    # "tiết kiệm được X chi …" / "cắt giảm X chi …": the amount saved from the spending named after it (other, done)
    saved = route_in_text("Năm 2027, thành phố đã tiết kiệm được 64 tỷ đồng chi ngân sách.", "64", year=2027)
    assert saved is not None and saved.table == "budgets"
    assert (saved.fields["budget_item"], saved.fields["measure"], saved.fields["budget_label"]) == (
        "other", "actual", "tiết kiệm chi ngân sách")
    cut = route_in_text("Huyện đã cắt giảm 23 tỷ đồng chi thường xuyên để chi cho an sinh.", "23", year=2027)
    # (the figure's own value: an amount cut is a level, +23 tỷ, since f21; budgets no longer turns a fall round)
    assert (cut.table, cut.fields["budget_item"], cut.fields["measure"], cut.value) == ("budgets", "other", "actual",
                                                                                         None)
    assert cut.fields["budget_label"] == "cắt giảm chi thường xuyên"
    # near-misses: a firm's costs saved and recurrent spending that fell on last year are no money saved
    assert _budget_item_of("Công ty đã tiết kiệm được 64 tỷ đồng chi phí sản xuất.", "64", year=2027) is None
    fell = route_in_text("Chi thường xuyên giảm 23 tỷ đồng so với cùng kỳ.", "23", year=2027)
    assert fell is None or fell.table != "budgets"


def test_a_commune_budget_is_the_local_budget() -> None:
    # the commune (ward, township) level is part of the local budget, as the province's and the district's are
    for text in ("Năm 2026, giải ngân vốn ngân sách cấp xã đạt 45 tỷ đồng.",
                 "Năm 2026, giải ngân vốn ngân sách phường đạt 45 tỷ đồng.",
                 "Năm 2026, giải ngân vốn ngân sách thị trấn đạt 45 tỷ đồng."):
        r = route_in_text(text, "45", year=2026)
        assert r.table == "budgets" and r.fields["funding_source"] == "local", text
    # near-miss: money raised from society ("xã hội hóa") is no commune's budget
    r = route_in_text("Năm 2026, giải ngân vốn ngân sách xã hội hóa đạt 45 tỷ đồng.", "45", year=2026)
    assert r.fields["funding_source"] is None


def test_the_whole_year_said_without_a_subject_goes_on_with_the_item_before() -> None:
    # "Cả năm YYYY ước đạt X" with no subject of its own, after a budget sentence (in its paragraph or ending the one
    # before): the same item's outturn for the year, whether or not a rate against the estimate follows
    for text in ("Tổng chi ngân sách địa phương đạt 7.300 tỷ đồng. Cả năm 2027 ước đạt 10.900 tỷ đồng.",
                 "Tổng chi ngân sách địa phương đạt 7.300 tỷ đồng.\nCả năm 2027 ước đạt 10.900 tỷ đồng.",
                 "Tổng chi ngân sách địa phương đạt 7.300 tỷ đồng.\nƯớc cả năm đạt 10.900 tỷ đồng."):
        r = route_in_text(text, "10.900", year=2027)
        assert r is not None and r.table == "budgets", text
        assert (r.fields["budget_item"], r.fields["measure"]) == ("expenditure_total", "actual"), text
    # near-misses: after a sentence of no budget, and a whole year with a subject of its own, stay out
    assert _budget_item_of("Tổng mức bán lẻ hàng hóa đạt 7.300 tỷ đồng.\nCả năm 2027 ước đạt 10.900 tỷ đồng.",
                           "10.900", year=2027) is None
    assert _budget_item_of("Tổng chi ngân sách địa phương đạt 7.300 tỷ đồng.\nCả năm 2027, vốn đầu tư toàn xã hội "
                           "ước đạt 10.900 tỷ đồng.", "10.900", year=2027) is None


_OCTOBER_2027 = "UBND TỈNH QUẢNG TRỊ\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 10 năm 2027\n\n"


def test_a_rate_after_an_amount_estimated_for_the_reports_year_is_of_that_year() -> None:
    rows = _budget_rows(_OCTOBER_2027 + "Chi ngân sách địa phương năm 2027 ước đạt 14.350 tỷ đồng, bằng 103% dự "
                        "toán.\n")
    assert _period_of(rows, 103.0)[:2] == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    # near-miss: the months named before the estimate are the time its rate counts
    rows = _budget_rows(_OCTOBER_2027 + "Chi ngân sách địa phương 10 tháng năm 2027 ước đạt 11.350 tỷ đồng, bằng 81% "
                        "dự toán.\n")
    assert _period_of(rows, 81.0)[:2] == (dt.date(2027, 1, 1), dt.date(2027, 10, 31))


def test_a_monthly_reports_amount_said_of_its_year_is_the_year_so_far() -> None:
    rows = _budget_rows(_OCTOBER_2027 + "Thu ngân sách cấp xã năm 2027 đạt 315 tỷ đồng.\n")
    assert _period_of(rows, 315e9)[:2] == (dt.date(2027, 1, 1), dt.date(2027, 10, 31))
    # near-miss: an amount said of the month alone stays the month's
    rows = _budget_rows(_OCTOBER_2027 + "Thu ngân sách cấp xã trong tháng đạt 31 tỷ đồng.\n")
    assert _period_of(rows, 31e9)[:2] == (dt.date(2027, 10, 1), dt.date(2027, 10, 31))


def test_capital_on_lent_by_the_government_is_public_investment() -> None:
    # "vốn vay lại của Chính phủ" said as a noun, a source of the capital plan (prose or a table's row)
    for text, token in (("Kế hoạch vốn năm 2026: vốn ngân sách tỉnh 1.200 tỷ đồng; vốn vay lại của Chính phủ 140 tỷ "
                         "đồng.", "140"),
                        ("Nguồn vốn vay lại của Chính phủ năm 2027 được giao 75 tỷ đồng.", "75")):
        assert _budget_item_of(text, token, year=2026) == "public_investment", text
    # near-misses: the budget borrowing it, said with the verb, is a borrowing line; a firm's loan is no budget
    assert _budget_item_of("Ngân sách tỉnh vay lại vốn vay nước ngoài của Chính phủ 52 tỷ đồng.", "52",
                           year=2026) == "other"
    assert _budget_item_of("Công ty cổ phần Cấp nước vay ngân hàng 52 tỷ đồng.", "52", year=2026) is None


def test_a_spending_sectors_name_is_read_on_over_its_commas() -> None:
    text = ("Chi ngân sách huyện năm 2026 ước đạt 640 tỷ đồng, trong đó chi sự nghiệp giáo dục, đào tạo và dạy nghề "
            "275 tỷ đồng; chi quốc phòng, an ninh 18 tỷ đồng; chi sự nghiệp văn hóa - thông tin, thể thao ước đạt "
            "6,5 tỷ đồng.")
    for token, label in (("275", "chi sự nghiệp giáo dục, đào tạo và dạy nghề"), ("18", "chi quốc phòng, an ninh"),
                         ("6,5", "chi sự nghiệp văn hóa - thông tin, thể thao")):
        r = route_in_text(text, token, year=2026)
        assert r.fields["budget_label"] == label, token
    # near-miss: words after the comma that name no sector end the label there
    for text in ("Chi sự nghiệp giáo dục, tỉnh ưu tiên bố trí 275 tỷ đồng.",
                 "Chi sự nghiệp giáo dục, đào tạo nghề cho lao động nông thôn 275 tỷ đồng."):
        assert route_in_text(text, "275", year=2026).fields["budget_label"] == "Chi sự nghiệp giáo dục", text


def test_money_saved_is_of_the_local_budget_wherever_its_spending_is_named() -> None:
    # the spending saved from named before the amount or after it: the local budget's, unless said otherwise
    for text, token in (("Số tiết kiệm chi thường xuyên năm 2027 là 96 tỷ đồng.", "96"),
                        ("Năm 2027, các sở, ngành đã tiết kiệm được 96 tỷ đồng chi ngân sách.", "96")):
        r = route_in_text(text, token, year=2027)
        assert (r.fields["budget_item"], r.fields["funding_source"]) == ("other", "local"), text
    # near-misses: the state budget as a whole, or the centre's, named after the amount
    r = route_in_text("Năm 2027, các bộ đã tiết kiệm được 96 tỷ đồng chi ngân sách nhà nước.", "96", year=2027)
    assert r.fields["funding_source"] is None
    r = route_in_text("Năm 2027, tỉnh đã tiết kiệm được 96 tỷ đồng chi ngân sách trung ương.", "96", year=2027)
    assert r.fields["funding_source"] == "central"


def test_a_budgets_reserve_is_the_plan_unless_it_is_said_used() -> None:
    # the reserve set in the estimate, named in a half-year report without a measure word: the plan, of the year
    head = "UBND TỈNH GIA LAI\nBÁO CÁO\nTình hình thực hiện dự toán ngân sách 6 tháng đầu năm 2027\n\n"
    rows = _budget_rows(head + "Chi ngân sách địa phương ước đạt 9.100 tỷ đồng. Dự phòng ngân sách tỉnh năm 2027 là "
                        "410 tỷ đồng; đã sử dụng dự phòng 95 tỷ đồng để khắc phục hậu quả mưa lũ.\n")
    reserve = next(r for r in rows if r["value"] == 410e9)
    assert (reserve["measure"], reserve["period_end"]) == ("plan", dt.date(2027, 12, 31))
    # near-miss: the reserve used is money spent, labelled by its own verb
    used = next(r for r in rows if r["value"] == 95e9)
    assert (used["budget_item"], used["measure"], used["budget_label"]) == ("other", "actual", "sử dụng dự phòng")


def test_money_drawn_from_a_budgets_reserve_is_budget_money_spent() -> None:
    text = ("Thu ngân sách 9 tháng năm 2027 ước đạt 7.400 tỷ đồng. Tỉnh đã sử dụng 45 tỷ đồng từ nguồn dự phòng ngân "
            "sách để khắc phục hậu quả lũ quét.")
    r = route_in_text(text, "45", year=2027)
    assert r is not None and r.table == "budgets"
    assert (r.fields["budget_item"], r.fields["measure"]) == ("other", "actual")
    assert r.fields["budget_label"] == "nguồn dự phòng ngân sách"
    # near-miss: money a firm used from its own funds is no budget
    r = route_in_text("Công ty đã sử dụng 45 tỷ đồng từ nguồn vốn tự có để mở rộng nhà xưởng.", "45", year=2027)
    assert r is None or r.table != "budgets"


def test_a_debt_paid_back_or_a_balance_at_a_day_is_done_not_planned() -> None:
    text = ("Dự toán chi ngân sách địa phương năm 2027 là 18.200 tỷ đồng. Dư nợ vay của ngân sách tỉnh đến 30/9/2027 "
            "là 530 tỷ đồng; tỉnh đã trả nợ gốc 36 tỷ đồng.")
    for token in ("530", "36"):
        r = route_in_text(text, token, year=2027)
        assert (r.fields["budget_item"], r.fields["measure"]) == ("other", "actual"), token
    # near-miss: the repayment the estimate plans, no word of its being done, stays the plan
    r = route_in_text("Dự toán chi ngân sách địa phương năm 2027 là 18.200 tỷ đồng. Chi trả nợ gốc 36 tỷ đồng.", "36",
                      year=2027)
    assert r.fields["measure"] == "plan"


def test_a_budget_surplus_is_no_revenue() -> None:
    # "bội thu ngân sách" is the surplus, a line beside the deficit, not the budget's revenue
    assert _budget_item_of("Bội thu ngân sách địa phương 9 tháng ước 85 tỷ đồng.", "85", year=2027) == "other"
    # near-miss: the revenue itself, said after the surplus's clause, keeps its item
    assert _budget_item_of("Năm 2027 ngân sách bội thu, thu ngân sách địa phương ước 85 tỷ đồng.", "85",
                           year=2027) == "revenue_total"


def test_foreign_loans_named_as_capital_are_public_investment() -> None:
    for text in ("Vốn ODA năm 2027 được giao 310 tỷ đồng.",
                 "Vốn vay ưu đãi nước ngoài của tỉnh năm 2027 được giao 310 tỷ đồng."):
        assert _budget_item_of(text, "310", year=2027) == "public_investment", text
    # near-misses: foreign direct investment is no budget; the budget borrowing the loans on is a borrowing line
    assert _budget_item_of("Vốn đầu tư nước ngoài đăng ký mới đạt 310 triệu USD.", "310", year=2027) is None
    assert _budget_item_of("Ngân sách tỉnh vay lại vốn vay nước ngoài của Chính phủ 310 tỷ đồng.", "310",
                           year=2027) == "other"


def test_rbud_takings_of_tourist_activities_are_no_budget_revenue() -> None:
    # the takings of the tourist trade, said through its activities, are the trade's, not the budget's
    for said in ("Tổng thu từ hoạt động du lịch năm 2025 đạt 2.140 tỷ đồng.",
                 "Tổng thu từ các hoạt động du lịch ước đạt 760 tỷ đồng, tăng 9%."):
        assert _budget_item_of(said, said.split(" tỷ")[0].split()[-1], year=2025) is None
    # near-miss: the budget's revenue of its own kind stays budget
    assert _budget_item_of("Tổng thu ngân sách nhà nước năm 2025 đạt 8.400 tỷ đồng.", "8.400", year=2025) == (
        "revenue_total")


def test_rbud_local_governments_spending_on_a_use_is_a_part_of_spending() -> None:
    for said in ("Các xã, phường đã chi 64 tỷ đồng cho hỗ trợ người có công.",
                 "Năm 2027, các huyện và thị xã đã chi 37 tỷ đồng để sửa chữa trường học."):
        assert _budget_item_of(said, said.split(" tỷ")[0].split()[-1], year=2027) == "other"
    # near-misses: firms or people living in a commune or district spend no budget
    assert _budget_item_of("Các doanh nghiệp trên địa bàn huyện đã chi 19 tỷ đồng cho đào tạo nghề.", "19",
                           year=2027) is None
    assert _budget_item_of("Năm 2027, người dân trong xã đã chi 8 tỷ đồng cho làm nhà.", "8", year=2027) is None


def test_rbud_repaying_debt_without_chi_is_the_local_budgets_as_with_it() -> None:
    for said in ("Trả nợ gốc vay 92 tỷ đồng.", "Chi trả nợ gốc 92 tỷ đồng."):
        r = route_in_text(said, "92", year=2027)
        assert (r.fields["budget_item"], r.fields["funding_source"]) == ("other", "local")
    # borrowing to repay is no spending, but a line of the local budget's debt all the same
    assert route_in_text("Vay để trả nợ gốc 92 tỷ đồng.", "92", year=2027).fields["funding_source"] == "local"


def test_interest_on_the_local_debt_said_without_chi_is_its_line() -> None:
    for said, token in (("Trả nợ lãi vay 12 tỷ đồng.", "12"),
                        ("Năm 2027 dự kiến trả nợ lãi, phí các khoản vay 9 tỷ đồng.", "9"),
                        ("Ngân sách tỉnh trả lãi các khoản vay 4,5 tỷ đồng.", "4,5")):
        r = route_in_text(said, token, year=2027)
        assert r is not None and r.table == "budgets", said
        assert (r.fields["budget_item"], r.fields["funding_source"]) == ("other", "local"), said
    # near-misses: the interest a programme helps the poor pay, and a firm's bank interest, are no budget line
    for said, token in (("Hỗ trợ trả lãi vay cho hộ nghèo 3 tỷ đồng.", "3"),
                        ("Công ty trả lãi vay ngân hàng 20 tỷ đồng.", "20")):
        assert _budget_item_of(said, token, year=2027) is None, said


def test_borrowing_and_the_deficit_with_no_budget_named_are_the_local_budgets() -> None:
    for said, token in (("Bội chi ngân sách: 340 tỷ đồng.", "340"), ("Tổng mức vay: 410 tỷ đồng.", "410"),
                        ("Vay lại vốn vay ODA: 205 tỷ đồng.", "205"),
                        ("Dư nợ của chính quyền địa phương đến 31/12/2026 là 610 tỷ đồng.", "610")):
        r = route_in_text(said, token, year=2027)
        assert (r.fields["budget_item"], r.fields["funding_source"]) == ("other", "local"), said
    # near-misses: the state budget's deficit is the country's, not a source; a reserve is no debt
    r = route_in_text("Bội chi ngân sách nhà nước năm 2027 là 530.000 tỷ đồng.", "530.000", year=2027)
    assert (r.fields["budget_item"], r.fields["funding_source"]) == ("other", None)
    r = route_in_text("Giao dự toán cho các đơn vị 75 tỷ đồng.", "75", year=2027)
    assert r.fields["funding_source"] is None


def test_money_drawn_from_the_wage_reform_source_or_the_balance_is_a_budget_line() -> None:
    # the wage-reform source (or the balance carried over) named after the amount, with or without "từ", is the
    # budget money set aside, as "từ nguồn dự phòng ngân sách" is read
    for said, token, label in (
            ("Thành phố đã sử dụng 380 tỷ đồng từ nguồn cải cách tiền lương để chi hỗ trợ người nghỉ việc.", "380",
             "nguồn cải cách tiền lương"),
            ("Tỉnh đã dành 940 tỷ đồng nguồn cải cách tiền lương để chi trả phụ cấp tăng thêm.", "940",
             "nguồn cải cách tiền lương"),
            ("Tỉnh bố trí 75 tỷ đồng từ nguồn kết dư ngân sách để sửa trụ sở xã.", "75", "nguồn kết dư ngân sách")):
        r = route_in_text(said, token, year=2026)
        assert r is not None and r.table == "budgets", said
        assert (r.fields["budget_item"], r.fields["budget_label"]) == ("other", label), said
    # near-misses: society's resources mobilised are no budget money; a capital named after the amount keeps its item
    assert _budget_item_of("Huyện huy động 120 tỷ đồng nguồn lực xã hội hóa để xây trường.", "120", year=2026) is None
    r = route_in_text("Tỉnh đã bố trí 215 tỷ đồng vốn đối ứng cho các dự án ODA.", "215", year=2026)
    assert (r.fields["budget_item"], r.fields["budget_label"]) == ("public_investment", "vốn đối ứng")


def test_a_disbursement_naming_its_capital_after_the_amount_is_not_the_programmes_before() -> None:
    text = ("Vốn các chương trình mục tiêu quốc gia năm 2026 được giao 530 tỷ đồng. Các xã, phường đã giải ngân 860 tỷ "
            "đồng vốn đầu tư công được phân cấp.")
    assert _budget_item_of(text, "860", year=2026) == "public_investment"
    # near-miss: a disbursement naming no capital after the programmes' sentence still pays out theirs
    text = "Vốn các chương trình mục tiêu quốc gia năm 2026 được giao 530 tỷ đồng. Các xã đã giải ngân 210 tỷ đồng."
    assert _budget_item_of(text, "210", year=2026) == "target_programme"


def test_a_balance_left_over_and_carried_into_the_next_year_is_the_closed_years() -> None:
    row = route_in_text("Nguồn cải cách tiền lương còn dư chuyển sang năm 2027 là 860 tỷ đồng.", "860", year=2026)
    assert (row.fields["budget_item"], row.fields["measure"]) == ("other", "actual")
    assert (row.fields["period_start"], row.fields["period_end"]) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    # near-miss: capital carried into the next year is the plan paid out in it
    row = route_in_text("Vốn đầu tư công năm 2026 chuyển sang năm 2027 là 430 tỷ đồng.", "430", year=2026)
    assert (row.fields["measure"], row.fields["period_start"]) == ("plan", dt.date(2027, 1, 1))


def test_a_targeted_transfer_to_a_lower_budget_is_a_transfer_not_a_programme() -> None:
    for said, token in (("Ngân sách tỉnh đã bổ sung có mục tiêu cho ngân sách các xã, phường 640 tỷ đồng.", "640"),
                        ("Số bổ sung cân đối 21 tỷ đồng; số bổ sung có mục tiêu 2,7 tỷ đồng.", "2,7")):
        assert _budget_item_of(said, token, year=2026) == "other", said
    # near-miss: spending out of the centre's targeted transfers keeps the programme's row
    said = "Chi từ nguồn ngân sách Trung ương bổ sung có mục tiêu 1.240 tỷ đồng."
    assert _budget_item_of(said, "1.240", year=2026) == "target_programme"


def test_levies_on_natural_resources_are_collections_of_their_own() -> None:
    for label, token in (("Thu cấp quyền khai thác khoáng sản", "73"),
                         ("Thu tiền bảo vệ, phát triển đất trồng lúa", "8,5"),
                         ("Thu tiền sử dụng khu vực biển", "2,1")):
        said = f"{label} {token} tỷ đồng, đạt 118% dự toán."
        r = route_in_text(said, token, year=2026)
        assert (r.fields["budget_item"], r.fields["budget_label"]) == ("revenue_other", label), said
    # near-misses: the right to mine granted to pits is no money; the land-use fee keeps its item
    assert _budget_item_of("Tỉnh cấp quyền khai thác khoáng sản cho 12 mỏ.", "12", year=2026) is None
    assert _budget_item_of("Thu tiền sử dụng đất 2,1 tỷ đồng.", "2,1", year=2026) == "revenue_land_use"


def test_money_the_province_hands_down_to_communes_is_a_transfer() -> None:
    for said, token in (("Tỉnh phân bổ 310 tỷ đồng cho các xã, phường mới thành lập để mua sắm trang thiết bị.", "310"),
                        ("Năm 2026, tỉnh đã bố trí 57 tỷ đồng cho 21 xã để sửa chữa trụ sở.", "57")):
        assert _budget_item_of(said, token, year=2026) == "other", said
    # near-miss: a firm's gift to communes is no budget money
    assert _budget_item_of("Doanh nghiệp dành 5 tỷ đồng cho các xã để xây nhà đại đoàn kết.", "5", year=2026) is None


def test_domestic_revenue_with_the_land_fee_left_out_keeps_its_item() -> None:
    said = "Thu nội địa trừ tiền sử dụng đất đạt 4.800 tỷ đồng, bằng 87% dự toán."
    assert _budget_item_of(said, "4.800", year=2026) == "revenue_domestic"
    # near-miss: the land fee named as the subject keeps its own item
    assert _budget_item_of("Thu tiền sử dụng đất đạt 4.800 tỷ đồng.", "4.800", year=2026) == "revenue_land_use"


def test_capital_allotted_or_on_lent_named_after_its_amount_is_public_investment() -> None:
    r = route_in_text("Năm 2027, tỉnh được giao gần 18.500 tỷ đồng vốn đầu tư công.", "18.500", year=2027)
    assert r is not None and r.table == "budgets"
    assert (r.fields["budget_item"], r.fields["measure"]) == ("public_investment", "plan")
    said = "Trong năm, tỉnh đã vay lại 120 tỷ đồng vốn vay ODA của Chính phủ để đầu tư hệ thống thủy lợi."
    r = route_in_text(said, "120", year=2027)
    assert r is not None and (r.fields["budget_item"], r.fields["measure"]) == ("public_investment", "actual")
    # near-miss: households borrowing a credit fund's money is no budget capital
    assert _budget_item_of("Các hộ dân đã vay 50 tỷ đồng vốn tín dụng chính sách.", "50", year=2027) is None


def test_parts_of_spending_named_after_its_whole_take_the_wholes_months() -> None:
    report = ("UBND TỈNH KHÁNH HÒA\nBÁO CÁO\nTình hình kinh tế - xã hội quý III năm 2026\n\n"
              "Tổng chi ngân sách 9 tháng ước đạt 21.400 tỷ đồng, bằng 64% dự toán. Chi đầu tư phát triển 6.300 tỷ "
              "đồng; chi thường xuyên 13.900 tỷ đồng.\n"
              "Thu ngân sách 9 tháng đạt 30.200 tỷ đồng. Chi thường xuyên quý III đạt 4.700 tỷ đồng.\n")
    rows = _budget_rows(report)
    assert _period_of(rows, 6300e9)[:2] == (dt.date(2026, 1, 1), dt.date(2026, 9, 30))
    assert _period_of(rows, 13900e9)[:2] == (dt.date(2026, 1, 1), dt.date(2026, 9, 30))
    # near-miss: a part that names its own quarter, after a whole of another family, keeps the quarter
    assert _period_of(rows, 4700e9)[:2] == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))


def test_an_issuer_said_of_the_capital_plan_is_not_the_programmes() -> None:
    passage = ("Kế hoạch vốn đầu tư công năm 2026 Thủ tướng Chính phủ giao 7.200 tỷ đồng, đến nay giải ngân 3.900 tỷ "
               "đồng, đạt 54,2%. Vốn các chương trình mục tiêu quốc gia giải ngân 260 tỷ đồng, đạt 47,5%.")
    r = route_in_text(passage, "47,5", year=2026)
    assert (r.fields["budget_item"], r.fields["measure"], r.fields["plan_basis"]) == (
        "target_programme", "plan_pct", None)
    # near-miss: the capital's own rate keeps the issuer of its plan
    assert route_in_text(passage, "54,2", year=2026).fields["plan_basis"] == "central"


def test_a_share_of_the_budgets_revenue_is_no_rate_of_a_plan() -> None:
    for said, token in (("Bội chi ngân sách địa phương 860 tỷ đồng, bằng 2,8% tổng thu ngân sách địa phương được "
                         "hưởng.", "2,8"),
                        ("Dư nợ của chính quyền địa phương 1.020 tỷ đồng, bằng 11,5% số thu ngân sách được hưởng.",
                         "11,5")):
        r = route_in_text(said, token, year=2026)
        assert r is None or r.table != "budgets", said
    # near-misses: a rate of the estimate, and of last year's revenue, are the budget's
    r = route_in_text("Tổng thu ngân sách 9.400 tỷ đồng, bằng 96% dự toán.", "96", year=2026)
    assert r.fields["measure"] == "plan_pct"
    r = route_in_text("Tổng thu ngân sách 9.400 tỷ đồng, bằng 108% tổng thu cùng kỳ.", "108", year=2026)
    assert r.table == "budgets" and r.fields["measure"] == "yoy_pct"


def test_a_collection_from_the_firms_counted_with_cac_is_a_revenue_line() -> None:
    said = "Thu từ các doanh nghiệp có vốn đầu tư nước ngoài đạt 615 tỷ đồng, giảm 6% so với cùng kỳ."
    assert _budget_item_of(said, "615", year=2026) == "revenue_other"
    assert _budget_item_of("Thu từ các khu vực kinh tế ngoài quốc doanh 240 tỷ đồng.", "240", year=2026) == (
        "revenue_other")
    # near-miss: the firms' own turnover is no budget revenue
    said = "Doanh thu của các doanh nghiệp có vốn đầu tư nước ngoài đạt 615 tỷ đồng."
    assert _budget_item_of(said, "615", year=2026) is None


def test_exports_and_imports_written_with_a_comma_label_the_revenue_whole() -> None:
    said = "Trong đó, thu nội địa 3.150 tỷ đồng; thu thuế xuất, nhập khẩu 275 tỷ đồng."
    r = route_in_text(said, "275", year=2026)
    assert (r.fields["budget_item"], r.fields["budget_label"]) == ("revenue_import_export", "thu thuế xuất, nhập khẩu")
    # near-miss: another word after the comma ends the label there
    r = route_in_text("Thu từ khu vực sản xuất, kinh doanh 310 tỷ đồng.", "310", year=2026)
    assert r.fields["budget_label"] == "Thu từ khu vực sản xuất"


def test_names_left_out_after_a_comma_are_no_part_of_their_own() -> None:
    for said in ("Cả năm, thu nội địa (không kể tiền sử dụng đất, xổ số kiến thiết) ước đạt 7.340 tỷ đồng, bằng 109% "
                 "dự toán.",
                 "Cả năm, thu nội địa không tính thu tiền sử dụng đất, xổ số được 7.340 tỷ đồng, bằng 109% dự toán."):
        for token in ("7.340", "109"):
            assert _budget_item_of(said, token, year=2026) == "revenue_domestic", (said, token)
    # near-miss: a part named after a comma outside any bracket or left-out list is still a part of its own
    said = "Thu nội địa (không kể tiền sử dụng đất) 6.100 tỷ đồng, xuất nhập khẩu 520 tỷ đồng."
    assert _budget_item_of(said, "520", year=2026) == "revenue_import_export"


def test_a_headline_collecting_beyond_the_plan_leaves_the_next_amount_done() -> None:
    said = ("Phường Hòa Bình thu ngân sách vượt kế hoạch\n(Báo Phú Thọ) - Năm 2026, thu ngân sách phường đạt 30,4 tỷ "
            "đồng. Chi ngân sách phường 27,1 tỷ đồng.")
    assert route_in_text(said, "27,1", year=2026).fields["measure"] == "actual"
    # near-miss: a sentence before that sets the plan still makes the bare amount after it planned
    said = "Năm 2027, dự toán thu ngân sách phường là 30,4 tỷ đồng. Chi ngân sách phường 27,1 tỷ đồng."
    assert route_in_text(said, "27,1", year=2026).fields["measure"] == "plan"


def test_a_bracket_after_the_amount_naming_the_figures_cut_off_dates_it() -> None:
    for said, day in (("Vốn đầu tư công giải ngân được 3.870 tỷ đồng (số liệu đến ngày 25/10/2026), đạt 58% kế hoạch.",
                       dt.date(2026, 10, 25)),
                      ("Thu ngân sách trên địa bàn đạt 3.870 tỷ đồng (số liệu tính đến hết tháng 9/2026).",
                       dt.date(2026, 9, 30))):
        assert route_in_text(said, "3.870", year=2026).fields.get("as_of") == day, said
    # near-miss: a bracket naming the figures' source, no day, dates nothing
    said = "Thu ngân sách trên địa bàn đạt 3.870 tỷ đồng (số liệu của Sở Tài chính), bằng 81% dự toán."
    assert route_in_text(said, "3.870", year=2026).fields.get("as_of") is None


def test_money_handed_from_one_budget_to_the_other_is_the_givers() -> None:
    said = "Số bổ sung có mục tiêu từ ngân sách trung ương cho ngân sách địa phương năm 2027 là 2.150 tỷ đồng."
    assert route_in_text(said, "2.150", year=2026).fields["funding_source"] == "central"
    # near-miss: both budgets named side by side, neither handing to the other, is both: no one source
    said = "Vốn đầu tư công năm 2027 gồm vốn ngân sách trung ương và vốn ngân sách địa phương là 2.150 tỷ đồng."
    assert route_in_text(said, "2.150", year=2026).fields["funding_source"] is None


def test_b14_firms_written_short_are_a_revenue_line_of_their_own() -> None:
    # a revenue table's lines (and the sentences that copy them) write the state and foreign-invested firms short:
    # DNNN, DN có vốn ĐTNN; the collection from them is revenue_other, as thu từ khu vực doanh nghiệp nhà nước is
    for text, token in (("Thu từ DNNN trung ương ước đạt 540 tỷ đồng, bằng 91% dự toán.", "540"),
                        ("Thu từ DNNN địa phương đạt 97 tỷ đồng.", "97"),
                        ("Thu từ các DN có vốn ĐTNN ước đạt 1.215 tỷ đồng, tăng 9%.", "1.215")):
        assert _budget_item_of(text, token, 2026) == "revenue_other", text
    # near misses: a firm's own turnover is no revenue line, and the budget's whole said with NSNN keeps its item
    assert _budget_item_of("Doanh thu từ DN nhỏ và vừa đạt 640 tỷ đồng.", "640", 2026) != "revenue_other"
    assert _budget_item_of("Thu NSNN trên địa bàn ước đạt 7.410 tỷ đồng.", "7.410", 2026) == "revenue_total"


def test_b14_relief_money_a_budget_gives_is_a_budget_row() -> None:
    # money for relief drawn from the reserve with the budget named first, or given by the centre or a local budget
    # said as the giver, is a budget row (other), the centre's money central and a local budget's local
    cases = (("Tỉnh đã trích ngân sách dự phòng 12 tỷ đồng hỗ trợ các hộ bị lũ cuốn trôi nhà.", "12", None),
             ("Trung ương hỗ trợ 150 tỷ đồng để khắc phục hậu quả lũ quét.", "150", "central"),
             ("Tỉnh được Trung ương hỗ trợ 300 tỷ đồng sửa chữa đê điều.", "300", "central"),
             ("Ngân sách huyện hỗ trợ thêm 2,5 tỷ đồng cho các xã vùng sạt lở.", "2,5", "local"))
    for text, token, source in cases:
        r = route_in_text(text, token, year=2026)
        assert r is not None and r.table == "budgets", text
        assert (r.fields["budget_item"], r.fields["funding_source"]) == ("other", source), text
    # near misses: a body of the centre that is no budget, and help in kind, are no budget rows
    for text, token in (("Hội Chữ thập đỏ Trung ương hỗ trợ 400 triệu đồng cho các hộ dân.", "400"),
                        ("Trung ương hỗ trợ 2.000 tấn gạo cứu đói.", "2.000")):
        assert _budget_item_of(text, token, 2026) is None, text


def test_b14_last_years_same_months_set_beside_this_years_are_last_years() -> None:
    # a clause of its own opening on last year's same months ("trong khi cùng kỳ năm 2025 đạt", "cùng kỳ năm trước
    # chỉ đạt") gives last year's figure: the months of the sentence, in that year; this year's "ước" not its own
    cases = (("Giải ngân vốn đầu tư công 10 tháng ước đạt 64% kế hoạch, trong khi cùng kỳ năm 2025 đạt 59%.", "59",
              dt.date(2025, 1, 1), dt.date(2025, 10, 31)),
             ("Thu ngân sách quý I ước đạt 28% dự toán; cùng kỳ năm trước chỉ đạt 22% dự toán.", "22",
              dt.date(2025, 1, 1), dt.date(2025, 3, 31)))
    for text, token, start, end in cases:
        r = route_in_text(text, token, year=2026)
        assert r is not None and r.table == "budgets", text
        assert (r.fields.get("period_start"), r.fields.get("period_end")) == (start, end), text
        assert r.fields.get("qualifier", "exact") == "exact", text  # (none set: the figure's own, exact here)
    # near misses: this year's rate in the same sentence keeps the sentence's period, and a change on last year's
    # months (its base after it) is no figure of last year
    r = route_in_text(cases[0][0], "64", year=2026)
    assert r.fields.get("period_start") is None
    r = route_in_text("Thu ngân sách 10 tháng đạt 6.100 tỷ đồng, so với cùng kỳ năm trước tăng 12%.", "12", year=2026)
    assert r is not None and r.fields.get("period_start") is None


def test_b14_a_spending_line_after_the_programmes_line_is_its_own() -> None:
    # a settlement's spending lines joined by semicolons: a line after the programmes' own (chi chuyển nguồn, chi trả
    # nợ) is no programme money, and the "mục tiêu" of the programme's name aims at no later year
    text = ("Tổng chi ngân sách địa phương năm 2025 là 17.650 tỷ đồng, trong đó: chi thường xuyên 9.870 tỷ đồng; chi "
            "các chương trình mục tiêu quốc gia 865 tỷ đồng; chi chuyển nguồn sang năm 2026 là 2.310 tỷ đồng.")
    r = route_in_text(text, "2.310", year=2025)
    assert (r.fields["budget_item"], r.fields["measure"]) == ("other", "actual")
    # near misses: the programmes' own line stays theirs, and a programme's passage keeps its later lines
    assert _budget_item_of(text, "865", 2025) == "target_programme"
    assert _budget_item_of("Chương trình mục tiêu quốc gia giảm nghèo bền vững: kế hoạch vốn 310 tỷ đồng; đã giải "
                           "ngân 142 tỷ đồng.", "142", 2026) == "target_programme"


def test_b14_the_tax_on_land_use_is_a_revenue_line_labelled_by_itself() -> None:
    # thuế sử dụng đất phi nông nghiệp is a tax of its own: not the line before it carried over, nor the land-use fee
    text = "Trong đó, lệ phí trước bạ 17,3 tỷ đồng; thuế sử dụng đất phi nông nghiệp 2,6 tỷ đồng."
    r = route_in_text(text, "2,6", year=2026)
    assert (r.fields["budget_item"], r.fields["budget_label"]) == ("revenue_other", "thuế sử dụng đất phi nông nghiệp")
    # near miss: the land-use fee keeps its item
    assert _budget_item_of("Thu tiền sử dụng đất đạt 410 tỷ đồng.", "410", 2026) == "revenue_land_use"


def test_b15_the_centres_help_keeps_its_source_with_a_hedge_or_an_estimate_written_inline() -> None:
    # the centre said as the giver, its amount hedged or estimated between the verb and the figure (any hedge of
    # hedges.csv, "ước" with or without "tính"/"đạt", several in a row): still the central budget's money
    for text, token in (("Trung ương hỗ trợ trên dưới 300 tỷ đồng để sửa chữa trường học.", "300"),
                        ("Tỉnh được Trung ương hỗ trợ ước tính 90 tỷ đồng khôi phục giao thông.", "90"),
                        ("Trung ương đã hỗ trợ thêm ước khoảng 120 tỷ đồng cho các huyện vùng lũ.", "120")):
        r = route_in_text(text, token, year=2026)
        assert r is not None and r.table == "budgets", text
        assert (r.fields["budget_item"], r.fields["funding_source"]) == ("other", "central"), text
    # near miss: a province's own help with the same hedge is not the centre's
    r = route_in_text("Ngân sách tỉnh hỗ trợ trên dưới 40 tỷ đồng cho các xã vùng lũ.", "40", year=2026)
    assert r is not None and r.fields["funding_source"] != "central"


def test_b15_value_added_tax_keeps_its_whole_name_as_label() -> None:
    # "thuế giá trị gia tăng" right before its amount: the "tăng" is the tax's name, not a change verb the label ends on
    for text, token in (("Thuế giá trị gia tăng 1.250 tỷ đồng, tăng 8% so với cùng kỳ.", "1.250"),
                        ("Thu ngân sách quý I đạt 4.210 tỷ đồng, trong đó thuế giá trị gia tăng 980 tỷ đồng.", "980")):
        r = route_in_text(text, token, year=2027)
        assert r is not None and r.fields["budget_label"].endswith("giá trị gia tăng"), (text, r and r.fields)
    # near misses: a change verb after a tax's name still ends its label, after this tax's name too
    for text, label in (("Thuế thu nhập cá nhân tăng 12% so với cùng kỳ.", "Thuế thu nhập cá nhân"),
                        ("Thu từ thuế giá trị gia tăng tăng 7% so với cùng kỳ.", "thuế giá trị gia tăng")):
        r = route_in_text(text, text.split("%")[0].split()[-1], year=2027)
        assert r is not None and r.fields["budget_label"].endswith(label), (text, r and r.fields)


def test_b15_advances_outstanding_or_paid_back_are_no_disbursement() -> None:
    # advances of public investment capital still outstanding at a date, or recovered: a budget line of their own
    # (other), neither the disbursement nor the plan of public investment
    for text, token in (("Số dư tạm ứng vốn đầu tư công đến 30/6/2026 là 210 tỷ đồng.", "210"),
                        ("Dư tạm ứng vốn đầu tư công còn 96 tỷ đồng.", "96"),
                        ("Trong quý, các chủ đầu tư đã thu hồi tạm ứng 35 tỷ đồng.", "35"),
                        ("Kho bạc đã thu hồi vốn tạm ứng đầu tư công 18 tỷ đồng.", "18")):
        r = route_in_text(text, token, year=2026)
        assert r is not None and r.table == "budgets", text
        assert (r.fields["budget_item"], r.fields["measure"]) == ("other", "actual"), (text, r.fields)
    # near misses: the disbursement itself stays public investment, and money taken back for wrongdoing no budget row
    assert _budget_item_of("Giải ngân vốn đầu tư công đến 30/6/2026 đạt 2.150 tỷ đồng.", "2.150", 2026) == (
        "public_investment")
    assert _budget_item_of("Qua thanh tra đã thu hồi 3,5 tỷ đồng nộp ngân sách.", "3,5", 2026) is None


def test_an_amount_after_a_sibling_no_budget_pays_takes_no_item_from_it() -> None:
    # the item named in the clause before is that clause's, whose amount is taken back for wrongdoing, no budget's
    text = "Qua thanh tra, kiến nghị thu hồi nộp ngân sách 7,4 tỷ đồng; kiến nghị xử lý khác 2,1 tỷ đồng."
    assert _budget_item_of(text, "2,1", 2026) is None
    # near misses: after a budget amount the next clause keeps its item, and one naming its own stays a budget figure
    assert _budget_item_of("Thu ngân sách đạt 740 tỷ đồng, bằng 96% dự toán.", "96", 2026) == "revenue_total"
    own = "Qua thanh tra, kiến nghị thu hồi nộp ngân sách 7,4 tỷ đồng; thu tiền sử dụng đất đạt 210 tỷ đồng."
    assert _budget_item_of(own, "210", 2026) == "revenue_land_use"


def test_b15_the_kind_of_capital_before_the_programmes_is_part_of_their_label() -> None:
    # recurrent (sự nghiệp) or investment (đầu tư phát triển) capital written right before the national target
    # programmes it is of: the same item and measure, the label keeps the kind, so the two amounts stay apart
    for text, token, label in (
            ("Vốn sự nghiệp các chương trình mục tiêu quốc gia năm 2026 là 85 tỷ đồng.", "85",
             "Vốn sự nghiệp các chương trình mục tiêu quốc gia"),
            ("Nguồn vốn đầu tư phát triển của Chương trình MTQG giảm nghèo bền vững 260 tỷ đồng.", "260",
             "Nguồn vốn đầu tư phát triển của Chương trình MTQG giảm nghèo bền vững")):
        r = route_in_text(text, token, year=2026)
        assert r is not None and r.fields["budget_item"] == "target_programme", text
        assert r.fields["budget_label"].startswith(label), (text, r.fields)
    # near miss: a capital kind further back, another phrase between, is no part of the programmes' name
    said = "Vốn sự nghiệp năm 2026 giao cho huyện để làm chương trình mục tiêu quốc gia 40 tỷ đồng."
    r = route_in_text(said, "40", year=2026)
    assert r is not None and not r.fields["budget_label"].startswith("Vốn sự nghiệp"), r.fields


def test_b15_the_centre_said_bare_handing_down_a_transfer_gives_central_money() -> None:
    # "Trung ương" as the giver of a transfer ("bổ sung có mục tiêu", "bổ sung cân đối", "cấp bổ sung"), the budget
    # left out, hedged or not: the central budget's money, as its help is
    for text in ("Trung ương bổ sung có mục tiêu 380 tỷ đồng cho tỉnh để thực hiện chính sách an sinh.",
                 "Tỉnh được Trung ương bổ sung có mục tiêu khoảng 380 tỷ đồng."):
        r = route_in_text(text, "380", year=2026)
        assert r is not None and r.fields["funding_source"] == "central", (text, r and r.fields)
    # near miss: a province handing down its own transfer is no central money
    r = route_in_text("Ngân sách tỉnh bổ sung có mục tiêu 380 tỷ đồng cho các xã.", "380", year=2026)
    assert r is None or r.fields["funding_source"] != "central"


def test_b16_an_aimed_growth_over_a_term_is_the_terms_plan():
    # an average yearly rise aimed at over a five-year term: the plan's rate, of the term's years
    text = "Nghị quyết về kế hoạch tài chính. Giai đoạn 2026-2030, phấn đấu thu ngân sách bình quân tăng 11%/năm."
    r = route_in_text(text, "11")
    assert (r.table, r.fields["measure"]) == ("budgets", "plan")
    assert (r.fields["period_start"], r.fields["period_end"]) == (dt.date(2026, 1, 1), dt.date(2030, 12, 31))


def test_b16_the_parts_of_an_estimated_disbursement_are_paid_out_by_their_source():
    # the parts after "trong đó" of a total said paid out (with its estimate word between) are paid out too, each of
    # its source; "vốn địa phương" is the local budget's as "vốn trung ương" is the centre's
    text = ("Báo cáo 9 tháng năm 2026. Tổng vốn đầu tư công ước giải ngân đến hết tháng 9 là 2.140 tỷ đồng, "
            "trong đó: vốn trung ương 970 tỷ đồng; vốn địa phương 1.170 tỷ đồng.")
    central, local = route_in_text(text, "970"), route_in_text(text, "1.170")
    assert (central.fields["measure"], central.fields["funding_source"]) == ("actual", "central")
    assert (local.fields["measure"], local.fields["funding_source"]) == ("actual", "local")
    # near miss: the capital as a whole said without a verb of paying out is the plan, its parts too
    text = ("Báo cáo 9 tháng năm 2026. Tổng vốn đầu tư công năm 2026 là 2.140 tỷ đồng, "
            "trong đó: vốn trung ương 970 tỷ đồng; vốn địa phương 1.170 tỷ đồng.")
    assert route_in_text(text, "1.170").fields["measure"] == "plan"


def test_b16_the_local_capitals_bare_plan_is_not_the_centres_said_before():
    # the local budget's capital paid out in a sentence of its own, read against a bare plan: not the plan the
    # sentence before named as the centre's
    text = ("Đến ngày 30/6/2027, giải ngân vốn đầu tư công được 2.310 tỷ đồng, đạt 36% kế hoạch Trung ương giao. "
            "Vốn ngân sách địa phương giải ngân 1.204 tỷ đồng, đạt 41,7% kế hoạch.")
    assert route_in_text(text, "41,7").fields["plan_basis"] is None
    # near miss: the whole's rate in the next sentence, no source named, keeps the plan the passage named
    text = ("Đến ngày 30/6/2027, giải ngân vốn đầu tư công được 2.310 tỷ đồng, đạt 36% kế hoạch Trung ương giao. "
            "Đến ngày 31/7/2027, giải ngân được 2.900 tỷ đồng, đạt 45,2% kế hoạch.")
    assert route_in_text(text, "45,2").fields["plan_basis"] == "central"


def test_b16_a_targeted_transfer_the_province_hands_to_communes_is_no_programme():
    # the province's targeted transfer with the amount between it and the communes it goes to: money handed down
    text = "Báo cáo 6 tháng năm 2027. Tỉnh bổ sung có mục tiêu 235 tỷ đồng cho các xã để sửa trường học."
    assert route_in_text(text, "235").fields["budget_item"] == "other"
    # near miss: the centre's targeted transfer for its programmes stays the programmes'
    text = "Báo cáo 6 tháng năm 2027. Trung ương bổ sung có mục tiêu 235 tỷ đồng để thực hiện các chương trình."
    assert route_in_text(text, "235").fields["budget_item"] == "target_programme"


def test_b16_the_centre_handing_money_to_the_province_is_revenue_received_from_it():
    text = "Báo cáo 6 tháng năm 2027. Trung ương đã cấp bổ sung 415 tỷ đồng cho tỉnh để khắc phục hậu quả bão."
    r = route_in_text(text, "415")
    assert (r.table, r.fields["budget_item"], r.fields["funding_source"]) == ("budgets", "revenue_other", "central")
    # near miss: money the centre gives a ministry is no budget line of the province
    assert _budget_item_of("Báo cáo 6 tháng năm 2027. Trung ương đã cấp bổ sung 415 tỷ đồng cho Bộ Quốc phòng.",
                           "415", year=2027) is None


def test_b16_funds_raised_for_the_new_countryside_programme_are_its_money_by_source():
    # the money raised for a national target programme, listed by who gave it: the programme's, done, each part
    # labelled by its source
    text = ("Báo cáo năm 2025. Tổng nguồn vốn huy động thực hiện chương trình xây dựng nông thôn mới năm 2025 là "
            "205,3 tỷ đồng; trong đó: ngân sách trung ương 21,4 tỷ đồng; ngân sách tỉnh 33,1 tỷ đồng; "
            "vốn lồng ghép 47,2 tỷ đồng; nhân dân đóng góp 69,8 tỷ đồng.")
    whole = route_in_text(text, "205,3")
    assert (whole.table, whole.fields["budget_item"], whole.fields["measure"]) == (
        "budgets", "target_programme", "actual")
    assert route_in_text(text, "21,4").fields["funding_source"] == "central"
    assert route_in_text(text, "33,1").fields["funding_source"] == "local"
    assert route_in_text(text, "47,2").fields["budget_label"] == "vốn lồng ghép"
    assert route_in_text(text, "69,8").fields["budget_label"] == "nhân dân đóng góp"
    # near miss: the deposits the banks raised are no budget money
    assert _budget_item_of("Báo cáo năm 2025. Tổng nguồn vốn huy động của các tổ chức tín dụng trên địa bàn đạt "
                           "58.200 tỷ đồng.", "58.200", year=2025) is None


def test_b16_the_parts_of_a_programmes_capital_take_their_kind():
    text = ("Nghị quyết kế hoạch giai đoạn 2026-2030. Tổng vốn các chương trình mục tiêu quốc gia giai đoạn "
            "2026-2030 là 4.870 tỷ đồng, gồm vốn đầu tư phát triển 3.130 tỷ đồng và vốn sự nghiệp 1.740 tỷ đồng.")
    assert route_in_text(text, "3.130").fields["budget_label"] == "vốn đầu tư phát triển"
    assert route_in_text(text, "1.740").fields["budget_label"] == "vốn sự nghiệp"
    # near miss: the whole keeps the programmes' name, headed by its total as written
    assert route_in_text(text, "4.870").fields["budget_label"].startswith("Tổng vốn các chương trình mục tiêu quốc gia")


def test_b16_what_is_left_of_a_reserve_is_labelled_left_not_used():
    text = "Báo cáo 9 tháng năm 2026. Dự phòng ngân sách tỉnh đã sử dụng 46 tỷ đồng, còn lại 154 tỷ đồng."
    assert route_in_text(text, "154").fields["budget_label"] == "Dự phòng ngân sách tỉnh còn lại"
    # near miss: the use keeps its verb
    assert route_in_text(text, "46").fields["budget_label"] == "Dự phòng ngân sách tỉnh đã sử dụng"


_STATE_REVENUE_OF_THE_CENTRES_ESTIMATE = ("Báo cáo 9 tháng năm 2027. Thu ngân sách nhà nước trên địa bàn ước đạt 4.180 "
                                          "tỷ đồng, bằng 77% dự toán Trung ương giao. ")


@pytest.mark.parametrize(("sentence", "basis"), [
    # the local budget's revenue (or spending) said in a sentence of its own, against a bare estimate: not the
    # centre's estimate the state revenue was read against in the sentence before
    ("Thu ngân sách địa phương ước đạt 2.950 tỷ đồng, bằng 69% dự toán.", None),
    # near miss: a part after "Trong đó" of the state revenue is read against the plan the whole was
    ("Trong đó, thu NSĐP hưởng theo phân cấp ước đạt 2.950 tỷ đồng, bằng 69% dự toán.", "central"),
    # near miss: "ngân sách tỉnh", said loosely of the revenue on the province's territory, keeps it too
    ("Thu nội địa ngân sách tỉnh ước đạt 2.950 tỷ đồng, bằng 69% dự toán.", "central"),
])
def test_b17_the_local_budgets_revenue_said_apart_is_not_read_against_the_centres_estimate(sentence, basis):
    assert route_in_text(_STATE_REVENUE_OF_THE_CENTRES_ESTIMATE + sentence, "69").fields["plan_basis"] == basis


def test_b17_money_the_province_hands_down_to_communes_is_the_local_budgets():
    text = "Báo cáo quý III năm 2026. UBND tỉnh đã phân bổ 182 tỷ đồng cho các phường để chỉnh trang đô thị."
    assert route_in_text(text, "182").fields["funding_source"] == "local"
    # near miss: the centre's money the province passes on is not its own
    text = ("Báo cáo quý III năm 2026. Từ nguồn ngân sách trung ương hỗ trợ, UBND tỉnh đã phân bổ 182 tỷ đồng cho các "
            "phường để khắc phục sạt lở.")
    assert route_in_text(text, "182").fields["funding_source"] != "local"


def test_b17_the_total_raised_for_a_programme_is_labelled_as_written():
    text = ("Báo cáo năm 2026. Tổng nguồn vốn đã huy động thực hiện Chương trình MTQG giảm nghèo bền vững năm 2026 "
            "là 734 tỷ đồng.")
    r = route_in_text(text, "734")
    assert (r.fields["budget_item"], r.fields["budget_label"], r.fields["measure"]) == (
        "target_programme", "Tổng nguồn vốn đã huy động thực hiện Chương trình MTQG giảm nghèo bền vững năm 2026",
        "actual")
    text = ("Báo cáo năm 2026. Tổng vốn đã huy động để thực hiện các chương trình mục tiêu quốc gia là 1.260 tỷ đồng.")
    assert route_in_text(text, "1.260").fields["measure"] == "actual"
    # near miss: a programme's capital given, nothing raised, keeps the programme's name (the new countryside's
    # "mới" no adverb that ends it)
    text = "Báo cáo năm 2026. Chương trình MTQG xây dựng nông thôn mới được bố trí 412 tỷ đồng."
    assert route_in_text(text, "412").fields["budget_label"] == "Chương trình MTQG xây dựng nông thôn mới"


def test_b17_a_part_no_budget_gives_takes_no_source_named_for_another_part():
    text = ("Báo cáo năm 2027. Tổng nguồn vốn huy động thực hiện Chương trình MTQG giảm nghèo bền vững là 512 tỷ đồng, "
            "trong đó vốn ngân sách trung ương 236 tỷ đồng, vốn lồng ghép 148 tỷ đồng, nhân dân đóng góp 128 tỷ đồng.")
    assert route_in_text(text, "148").fields["funding_source"] is None
    assert route_in_text(text, "128").fields["funding_source"] is None
    # near miss: a part by its kind of the centre's capital keeps the centre as its source
    text = ("Báo cáo năm 2027. Vốn ngân sách trung ương thực hiện các chương trình mục tiêu quốc gia là 384 tỷ đồng, "
            "gồm vốn đầu tư phát triển 251 tỷ đồng và vốn sự nghiệp 133 tỷ đồng.")
    assert route_in_text(text, "133").fields["funding_source"] == "central"


@pytest.mark.parametrize(("text", "number", "label"), [
    # the programmes' total or capital opening its clause heads their label, an abbreviation as written
    ("Báo cáo năm 2027. Tổng vốn các CTMTQG năm 2027 là 2.340 tỷ đồng.", "2.340", "Tổng vốn các CTMTQG năm 2027"),
    ("Báo cáo năm 2027. Tổng kế hoạch vốn thực hiện 03 chương trình MTQG là 990 tỷ đồng.", "990",
     "Tổng kế hoạch vốn thực hiện 03 chương trình MTQG"),
    ("Báo cáo năm 2027. Năm 2027, vốn các chương trình MTQG là 870 tỷ đồng.", "870", "vốn các chương trình MTQG"),
    # near miss: the capital a verb before it pays out is no head of the programmes' name
    ("Báo cáo năm 2027. Các chủ đầu tư đã giải ngân vốn các chương trình MTQG đạt 415 tỷ đồng.", "415",
     "chương trình MTQG"),
])
def test_b18_the_programmes_total_heads_their_label(text, number, label):
    row = route_in_text(text, number)
    assert (row.fields["budget_item"], row.fields["budget_label"]) == ("target_programme", label)


@pytest.mark.parametrize(("words", "hands_down", "helps"), [
    # one set of the centre's words and transfer verbs, read by both: which item and which source
    ("Trung ương đã cấp bổ sung", True, True),
    ("NSTW vừa bổ sung cân đối", True, True),
    ("Năm nay, TW sẽ bổ sung có mục tiêu", True, True),
    ("được Trung ương tiếp tục bổ sung kinh phí", True, True),
    # the centre's help is a source, no transfer the province receives as revenue
    ("Trung ương đã hỗ trợ", False, True),
    # near misses: the province's transfer; the centre that sets an estimate; a verb not at the end
    ("Ngân sách tỉnh đã bổ sung", False, False),
    ("Trung ương giao", False, False),
    ("Trung ương bổ sung cho các xã", False, False),
    # the province it goes to named before the amount: the centre's money, the item read by the table's rows
    ("Trung ương bổ sung cho tỉnh", False, True),
])
def test_b18_the_centres_transfer_is_one_set_of_words(words, hands_down, helps):
    from orchestration.extraction.budgets import _CENTRE_HANDS_DOWN, _CENTRE_HELPS
    assert (bool(_CENTRE_HANDS_DOWN.search(words)), bool(_CENTRE_HELPS.search(words))) == (hands_down, helps)


def test_b18_a_targeted_transfer_from_the_provinces_budget_to_the_communes_is_no_programme():
    text = ("Nghị quyết dự toán năm 2027. Bổ sung có mục tiêu từ ngân sách tỉnh cho ngân sách cấp xã 1.340 tỷ đồng.")
    row = route_in_text(text, "1.340")
    assert (row.fields["budget_item"], row.fields["funding_source"]) == ("other", "local")
    # near miss: the centre's targeted money the province spends stays the programmes' row
    text = "Nghị quyết dự toán năm 2027. Chi từ nguồn ngân sách Trung ương bổ sung có mục tiêu 1.340 tỷ đồng."
    assert route_in_text(text, "1.340").fields["budget_item"] == "target_programme"


@pytest.mark.parametrize("number", ["68", "27", "41"])
def test_b18_an_audits_recommendations_are_no_budget_revenue_or_spending(number):
    text = ("Báo cáo năm 2026. Kiểm toán nhà nước kiến nghị xử lý tài chính 68 tỷ đồng, trong đó tăng thu ngân sách "
            "27 tỷ đồng, giảm chi 41 tỷ đồng.")
    assert _budget_item_of(text, number, year=2026) is None


def test_b18_a_budget_item_in_a_clause_of_its_own_after_another_subject_stays_budget():
    # near miss of the audit's parts: the revenue named in its own clause (not after "trong đó") is the budget's
    text = "Báo cáo năm 2026. GRDP đạt 98.400 tỷ đồng, tổng thu ngân sách đạt 12.700 tỷ đồng."
    assert route_in_text(text, "12.700").fields["budget_item"] == "revenue_total"
    text = "Báo cáo năm 2026. Cơ quan thuế đã thu ngân sách 27 tỷ đồng từ các doanh nghiệp bất động sản."
    assert _budget_item_of(text, "27", year=2026) is not None


def test_b18_money_handed_to_communes_listed_with_commas_is_for_the_programme_named_after():
    text = ("Báo cáo quý II năm 2026. Tỉnh phân bổ 236 tỷ đồng cho các xã, phường thực hiện chương trình MTQG giảm "
            "nghèo bền vững.")
    row = route_in_text(text, "236")
    assert (row.fields["budget_item"], row.fields["budget_label"], row.fields["funding_source"]) == (
        "target_programme", "chương trình MTQG giảm nghèo bền vững", "local")
    # near miss: what comes after the list's last unit and its comma is another clause, no use of the money
    text = ("Báo cáo quý II năm 2026. Tỉnh phân bổ 236 tỷ đồng cho 58 xã, phường, các chương trình MTQG giải ngân "
            "chậm.")
    assert route_in_text(text, "236").fields["budget_item"] == "other"


@pytest.mark.parametrize(("said", "central"), [
    ("Trung ương bổ sung có mục tiêu cho tỉnh 1.230 tỷ đồng", True),
    ("Tỉnh được Trung ương cấp bổ sung cho địa phương 1.230 tỷ đồng", True),
    # near miss: the province's own targeted transfer to its communes is not the centre's
    ("Tỉnh bổ sung có mục tiêu cho các xã 1.230 tỷ đồng", False),
])
def test_b18_the_centres_transfer_to_the_province_named_first_is_central_money(said, central):
    row = route_in_text(f"Báo cáo năm 2026. {said} để thực hiện các CTMTQG.", "1.230")
    assert (row.fields["funding_source"] == "central") == central


@pytest.mark.parametrize(("said", "item", "label"), [
    # the right to mine granted, said with "thu từ" and no "tiền": a revenue line
    ("Thu từ cấp quyền khai thác khoáng sản đạt 64 tỷ đồng.", "revenue_other", "Thu từ cấp quyền khai thác khoáng sản"),
    # land and water leased, one line written with a comma
    ("Thu tiền thuê đất, thuê mặt nước đạt 64 tỷ đồng.", "revenue_other", "Thu tiền thuê đất, thuê mặt nước"),
    # near miss: another line after the comma is its own
    ("Thu tiền thuê đất, thu phí đạt 64 tỷ đồng.", "revenue_other", "thu phí"),
    # the revenue verb opening the line's clause is the line's name
    ("Thu nội địa đạt 900 tỷ đồng; thu từ đấu giá quyền sử dụng đất 64 tỷ đồng.", "revenue_land_use",
     "thu từ đấu giá quyền sử dụng đất"),
    # near miss: a subject's verb before the line is not its name
    ("Tỉnh thu từ đấu giá quyền sử dụng đất 64 tỷ đồng.", "revenue_land_use", "đấu giá quyền sử dụng đất"),
])
def test_b18_a_tax_offices_revenue_lines_are_named_as_written(said, item, label):
    row = route_in_text(f"Báo cáo 6 tháng năm 2026. {said}", "64")
    assert (row.fields["budget_item"], row.fields["budget_label"]) == (item, label)



@pytest.mark.parametrize(("said", "number", "field", "value"), [
    # the items "loại trừ" (excluding) names are left out of the subject: the domestic revenue remains
    ("Thu nội địa loại trừ tiền sử dụng đất, xổ số kiến thiết ước đạt 3.415 tỷ đồng.", "3.415", "budget_item",
     "revenue_domestic"),
    ("Thu nội địa trừ tiền sử dụng đất ước đạt 3.415 tỷ đồng.", "3.415", "budget_item", "revenue_domestic"),
    # near miss: the land fee said alone is the land fee
    ("Thu tiền sử dụng đất ước đạt 3.415 tỷ đồng.", "3.415", "budget_item", "revenue_land_use"),
    # the revenue verb opening the sentence, capitalised, is the line's name
    ("Thu từ tiền sử dụng đất đạt 812 tỷ đồng.", "812", "budget_label", "Thu từ tiền sử dụng đất"),
    # near miss: a subject before the verb is not
    ("Thành phố Thu từ tiền sử dụng đất 812 tỷ đồng.", "812", "budget_label", "tiền sử dụng đất"),
    # the giver and its receivers named with the balancing transfer go on to the targeted one said after it
    ("Ngân sách tỉnh bổ sung cân đối cho các phường 4.350 tỷ đồng, bổ sung có mục tiêu 1.725 tỷ đồng.", "1.725",
     "budget_item", "other"),
    # near miss: the centre's targeted transfer, no lower budget named before it
    ("Ngân sách Trung ương bổ sung cân đối 4.350 tỷ đồng, bổ sung có mục tiêu 1.725 tỷ đồng.", "1.725",
     "budget_item", "target_programme"),
    # the province's budget named as the receiver of the centre's transfer: the centre's money
    ("Tỉnh được Trung ương cấp bổ sung cho ngân sách tỉnh 975 tỷ đồng.", "975", "funding_source", "central"),
    ("Ngân sách trung ương bổ sung cân đối cho ngân sách tỉnh 975 tỷ đồng.", "975", "funding_source", "central"),
    # near miss: the province's transfer to a district's budget is its own money
    ("Ngân sách tỉnh bổ sung cho ngân sách huyện 975 tỷ đồng.", "975", "funding_source", "local"),
    # money allotted, its use named after the amount: labelled by the programme it is for, as after "bố trí"
    ("Tỉnh đã phân bổ 437 tỷ đồng cho các xã để thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững.", "437",
     "budget_label", "Chương trình mục tiêu quốc gia giảm nghèo bền vững"),
    # near miss: a use that names no item leaves the verb's label
    ("Tỉnh đã phân bổ 437 tỷ đồng cho các xã để sửa chữa trường học.", "437", "budget_label", "đã phân bổ"),
])
def test_b19_budget_phrasings_read_as_the_language_says(said, number, field, value):
    assert route_in_text(f"Báo cáo năm 2026. {said}", number).fields[field] == value


@pytest.mark.parametrize(("said", "budget"), [
    # "thu" closing "nghiệm thu" (acceptance of works) or "tịch thu" (confiscation) collects no revenue
    ("Thanh tra chỉ ra sai sót trong nghiệm thu khối lượng 3.172 tỷ đồng.", False),
    ("Đoàn kiểm tra đã tịch thu khối lượng hàng lậu trị giá 3.172 tỷ đồng.", False),
    # near miss: the revenue of a block of firms is revenue
    ("Thu từ khối doanh nghiệp địa phương 3.172 tỷ đồng.", True),
    # the social insurance fund's payments are the fund's, not the state budget's spending
    ("Tổng chi các chế độ bảo hiểm xã hội 6 tháng là 3.172 tỷ đồng.", False),
    ("Chi trả BHXH một lần 3.172 tỷ đồng.", False),
    # near miss: the budget's spending to buy insurance cards for the poor is budget spending
    ("Ngân sách tỉnh chi hỗ trợ mua thẻ BHYT cho người nghèo 3.172 tỷ đồng.", True),
])
def test_b19_money_of_no_budget_is_no_budget_row(said, budget):
    row = route_in_text(f"Báo cáo năm 2026. {said}", "3.172")
    assert (row is not None and row.table == "budgets") == budget


@pytest.mark.parametrize(("said", "measure"), [
    # the money of a whole said with its spending verb was spent: its budget parts are actual
    ("Tổng kinh phí đã chi năm 2025 là 31,4 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 12,6 tỷ đồng.", "actual"),
    ("Tổng kinh phí sử dụng năm 2025 là 31,4 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 12,6 tỷ đồng.", "actual"),
    # near miss: the cost of carrying out a scheme is what is planned for it
    ("Tổng kinh phí thực hiện đề án là 31,4 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 12,6 tỷ đồng.", "plan"),
])
def test_b19_the_parts_of_money_spent_are_spent(said, measure):
    assert route_in_text(f"Báo cáo năm 2026. {said}", "12,6").fields["measure"] == measure


@pytest.mark.parametrize(("said", "measure"), [
    # the money of a whole carried out in a period that is over was spent: its budget parts are actual
    ("Tổng kinh phí thực hiện năm 2024 là 50 tỷ đồng, trong đó ngân sách huyện hỗ trợ 12,6 tỷ đồng.", "actual"),
    ("Tổng kinh phí thực hiện trong 9 tháng là 50 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 12,6 tỷ đồng.", "actual"),
    ("Tổng kinh phí đã thực hiện đạt 50 tỷ đồng, trong đó ngân sách xã hỗ trợ 12,6 tỷ đồng.", "actual"),
    # near misses: a scheme's cost over a span of years, and a year not yet begun, are planned
    ("Tổng kinh phí thực hiện giai đoạn 2026-2030 là 50 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 12,6 tỷ đồng.",
     "plan"),
    ("Tổng kinh phí thực hiện năm 2027 là 50 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 12,6 tỷ đồng.", "plan"),
])
def test_b21_the_parts_of_money_carried_out_in_a_period_are_spent(said, measure):
    assert route_in_text(f"Báo cáo năm 2026. {said}", "12,6", year=2026).fields["measure"] == measure


def test_b21_the_parts_of_a_term_plan_broken_down_after_it_cover_the_term() -> None:
    whole = "Tỉnh được giao kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 là 30.100 tỷ đồng. "
    r = route_in_text(whole + "Trong đó, vốn ngân sách trung ương 11.900 tỷ đồng.", "11.900", year=2024)
    assert (r.fields["period_start"], r.fields["period_end"]) == (dt.date(2021, 1, 1), dt.date(2025, 12, 31))
    # near miss: a part that names its own year is that year's
    r = route_in_text(whole + "Trong đó, kế hoạch năm 2024 là 6.200 tỷ đồng.", "6.200", year=2024)
    assert (r.fields["period_start"], r.fields["period_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_b21_the_place_an_auction_collected_in_is_no_district_collecting() -> None:
    # "tại" puts the district after the auction as where it was held: the auction is what collected
    assert _budget_item_of("Đấu giá quyền sử dụng đất tại thị xã Hoàng Mai thu 74 tỷ đồng.", "74") == "revenue_land_use"
    assert _budget_item_of("Đấu giá đất tại xã Đông Sơn thu được 9,5 tỷ đồng.", "9,5") == "revenue_land_use"
    # near miss: a district that is the subject of the verb collects its budget revenue
    assert _budget_item_of("Năm 2025, thị xã Hoàng Mai thu đạt 74 tỷ đồng.", "74") == "revenue_total"


def test_b20_an_auction_measured_against_its_starting_price_is_no_change_on_last_year() -> None:
    # the base named before the gap: the gap is a difference, its rate and the starting price itself no budget figure
    text = ("Đấu giá quyền sử dụng đất tại xã Hoằng Hóa, tổng số tiền trúng đấu giá 312,5 tỷ đồng, vượt giá khởi điểm "
            "61,3 tỷ đồng (tăng 24,4%).")
    assert _budget_item_of(text, "312,5") == "revenue_land_use"
    assert _budget_item_of(text, "61,3") == "other"
    assert _budget_item_of(text, "24,4") is None
    assert _budget_item_of("Đấu giá quyền sử dụng đất khu dân cư phía Bắc có giá khởi điểm 94 tỷ đồng, trúng đấu giá "
                           "131 tỷ đồng.", "94") is None
    assert _budget_item_of("Đấu giá quyền sử dụng đất thu 131 tỷ đồng, tăng 39,4% so với giá khởi điểm.",
                           "39,4") is None
    # near misses: a rate against last year after an auction's revenue stays a change of that revenue
    assert _budget_item_of("Đấu giá quyền sử dụng đất thu 131 tỷ đồng, tăng 39,4% so với cùng kỳ.",
                           "39,4") == "revenue_land_use"
    assert _budget_item_of("Thu tiền sử dụng đất đạt 820 tỷ đồng (tăng 12,1%), chủ yếu từ đấu giá có giá khởi "
                           "điểm cao.", "12,1") == "revenue_land_use"


def test_b20_capital_named_before_its_verb_of_allotting_is_the_item() -> None:
    r = route_in_text("Năm 2026, vốn đầu tư công đã phân bổ 412 tỷ đồng cho các sở, ngành.", "412", year=2026)
    assert r is not None and r.fields["budget_item"] == "public_investment"
    assert r.fields["budget_label"] == "vốn đầu tư công"
    assert _budget_item_of("Vốn các chương trình mục tiêu quốc gia được phân bổ 88 tỷ đồng.",
                           "88") == "target_programme"
    # near misses: the verb with no capital at its head, or the capital in a clause before, stays money allotted
    assert _budget_item_of("Huyện đã phân bổ 412 tỷ đồng cho các xã.", "412") == "other"
    assert _budget_item_of("Giải ngân vốn đầu tư công đạt 61%; đã phân bổ 412 tỷ đồng cho các xã.", "412") == "other"


def test_b20_fees_a_private_practice_collects_are_no_state_revenue() -> None:
    for text, token in (("Năm 2026, các tổ chức hành nghề công chứng thu phí công chứng 11,2 tỷ đồng.", "11,2"),
                        ("Các văn phòng thừa phát lại thu phí 2,4 tỷ đồng.", "2,4")):
        assert _budget_item_of(text, token, 2026) is None, text
    # near misses: the province's own fees, and fees a state office collects, stay budget revenue
    assert _budget_item_of("Thu phí, lệ phí trên địa bàn tỉnh đạt 405 tỷ đồng.", "405", 2026) == "revenue_other"
    assert _budget_item_of("Sở Tư pháp thu phí 3,6 tỷ đồng.", "3,6", 2026) == "revenue_other"


def test_b22_a_disbursement_rates_move_in_points_is_no_budget_change() -> None:
    text = "Hết tháng 10, tỷ lệ giải ngân vốn đầu tư công đạt 71,6%, thấp hơn 2,7 điểm phần trăm so với cùng kỳ."
    assert _budget_item_of(text, "2,7", 2026) is None
    assert _budget_item_of("Tỷ lệ giải ngân đạt 58%, tăng 6,3 điểm % so với cùng kỳ.", "6,3", 2026) is None
    # near misses: the rate itself, and a change of money in per cent, stay budget figures
    assert _budget_item_of(text, "71,6", 2026) == "public_investment"
    assert _budget_item_of("Giải ngân vốn đầu tư công 3.120 tỷ đồng, tăng 6,3% so với cùng kỳ.", "6,3",
                           2026) == "public_investment"


def test_b22_mobilised_lent_or_given_money_beside_a_budget_share_is_no_budget_money() -> None:
    text = ("Tổng kinh phí cứng hóa kênh mương là 34,8 tỷ đồng, ngân sách huyện hỗ trợ 20,1 tỷ đồng, vốn huy động "
            "8,5 tỷ đồng, nhân dân đóng góp 6,2 tỷ đồng.")
    assert _budget_item_of(text, "8,5", 2026) is None
    assert _budget_item_of(text, "6,2", 2026) is None
    assert _budget_item_of("Ngân sách tỉnh bố trí 15 tỷ đồng, vốn tín dụng 40 tỷ đồng.", "40", 2026) is None
    # near miss: the budget's own share beside them stays budget money
    assert _budget_item_of(text, "20,1", 2026) is not None
    # near miss: a national target programme's money by source counts them all
    programme = ("Tổng nguồn vốn thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới là 96 tỷ đồng, ngân "
                 "sách tỉnh 30 tỷ đồng, vốn huy động 41 tỷ đồng.")
    assert _budget_item_of(programme, "41", 2026) == "target_programme"


def test_b22_the_spending_parts_of_a_sectors_money_follow_their_whole() -> None:
    # (the whole's share of the budget's spending named after its amount is no subject of the parts)
    text = ("Năm 2026, kinh phí thực hiện chính sách người có công của tỉnh là 742 tỷ đồng, chiếm 8,1% tổng chi ngân "
            "sách tỉnh. Trong đó, chi trợ cấp ưu đãi hằng tháng 598 tỷ đồng; chi điều dưỡng phục hồi sức khỏe 31 tỷ "
            "đồng.")
    assert _budget_item_of(text, "598", 2026) is None
    assert _budget_item_of(text, "31", 2026) is None
    # near miss: the parts of the budget's own spending stay its items
    budget = "Năm 2026, tổng chi ngân sách địa phương đạt 9.420 tỷ đồng. Trong đó, chi thường xuyên 6.105 tỷ đồng."
    assert _budget_item_of(budget, "6.105", 2026) == "expenditure_recurrent"


def test_a_quarter_opening_its_sentence_on_the_verb_alone_tallies_the_years_budget() -> None:
    # no "riêng": "Trong quý III, chi ..." after the year's spending is that spending's quarter
    lead = ("UBND TỈNH QUẢNG NGÃI\nNgày 08/01/2027\n\nNăm 2026, tổng chi ngân sách địa phương đạt 11.820 tỷ đồng, "
            "bằng 97% dự toán. ")
    rows = _budget_rows(lead + "Trong quý III, chi 3.015 tỷ đồng. Tháng 12 thu ước đạt 640 tỷ đồng.\n")
    spent = next(r for r in rows if r["value"] == 3015e9)
    assert (spent["budget_item"], spent["measure"]) == ("expenditure_total", "actual")
    assert (spent["period_start"], spent["period_end"]) == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    # (revenue after a spending sentence names its own total)
    collected = next(r for r in rows if r["value"] == 640e9)
    assert collected["budget_item"] == "revenue_total" and collected["period_start"] == dt.date(2026, 12, 1)
    # near misses: no verb, or a verb of another thing, stays out of the budget
    for tail in ("Trong quý III, đạt 3.015 tỷ đồng.\n", "Trong quý III, thu hút 3.015 tỷ đồng vốn.\n"):
        assert not any(r["value"] == 3015e9 for r in _budget_rows(lead + tail)), tail


def test_money_allotted_then_paid_out_in_the_next_clause_is_the_plan_of_that_disbursement() -> None:
    text = "Năm 2027, kinh phí sự nghiệp môi trường được bố trí 94,5 tỷ đồng, đã giải ngân 71,2 tỷ đồng."
    r = route_in_text(text, "94,5", year=2027)
    assert r is not None and r.table == "budgets"
    # (recurrent public-service money is a part of spending, item other, allotted and paid out alike)
    assert (r.fields["budget_item"], r.fields["measure"]) == ("other", "plan")
    # near misses: allotted with nothing paid out after it, or paid out without an allotment before it
    assert _budget_item_of("Năm 2027, kinh phí sự nghiệp môi trường được bố trí 94,5 tỷ đồng.", "94,5") is None
    assert _budget_item_of("Năm 2027, doanh thu của hợp tác xã là 94,5 tỷ đồng, đã giải ngân 71,2 tỷ đồng.",
                           "94,5") is None


def test_the_financial_reserve_fund_is_a_budget_line_of_its_own() -> None:
    for text, token in (("Trích lập quỹ dự trữ tài chính 64,5 tỷ đồng.", "64,5"),
                        ("Quỹ dự trữ tài chính của tỉnh còn 410 tỷ đồng.", "410")):
        assert _budget_item_of(text, token) == "other", text


def test_the_programme_referred_back_to_bare_is_the_national_programme_named_before() -> None:
    named = "Chương trình MTQG giảm nghèo bền vững được triển khai tại 42 xã. "
    text = named + "Nguồn vốn thực hiện Chương trình năm 2027 là 318 tỷ đồng."
    assert _budget_item_of(text, "318", year=2027) == "target_programme"
    # near misses: no national programme named before it, or a programme of its own name
    assert _budget_item_of("Nguồn vốn thực hiện Chương trình năm 2027 là 318 tỷ đồng.", "318", year=2027) is None
    assert _budget_item_of(named + "Doanh thu Chương trình OCOP năm 2027 là 318 tỷ đồng.", "318", year=2027) is None


def test_the_rates_of_a_period_led_tally_are_of_its_amount_and_its_verbs_family() -> None:
    text = ("Năm 2027, tổng thu ngân sách trên địa bàn đạt 5.260 tỷ đồng. Trong quý II, thu 1.410 tỷ đồng, "
            "tăng 7,5% so với cùng kỳ. Tháng 6, chi 520 tỷ đồng, bằng 8,1% dự toán.")
    growth = route_in_text(text, "7,5", year=2027)
    assert growth is not None and growth.table == "budgets"
    assert (growth.fields["budget_item"], growth.fields["measure"]) == ("revenue_total", "yoy_pct")
    # (spending after a revenue sentence: its rate against the estimate does not make it revenue)
    for token, measure in (("520", "actual"), ("8,1", "plan_pct")):
        spent = route_in_text(text, token, year=2027)
        assert (spent.fields["budget_item"], spent.fields["measure"]) == ("expenditure_total", measure), token


def test_an_amount_paid_out_to_borrowers_is_a_loan_not_budget_money():
    # "cho <borrowers> vay" right after the amount: whoever lends it, a loan is no budget spending
    text = "Quỹ hỗ trợ nông dân huyện đã giải ngân 6,8 tỷ đồng cho 92 hộ hội viên vay vốn chăn nuôi."
    assert route_in_text(text, "6,8") is None
    text = "Chi nhánh đã giải ngân 140 tỷ đồng để cho hơn 2.100 lượt hộ cận nghèo vay."
    assert route_in_text(text, "140") is None
    # capital lent on to the province ("cho tỉnh vay lại") is the investment its budget pays for
    text = "Bộ Tài chính đã giải ngân 75 tỷ đồng cho tỉnh vay lại để thực hiện dự án cấp nước."
    r = route_in_text(text, "75")
    assert r is not None and r.table == "budgets"


def test_the_provinces_own_borrowing_is_budget_item_other():
    text = "Năm 2026, thành phố đã vay 530 tỷ đồng, chi trả nợ gốc 210 tỷ đồng."
    r = route_in_text(text, "530")
    assert r is not None and r.table == "budgets"
    assert r.fields["budget_item"] == "other" and r.fields["measure"] == "actual"
    r = route_in_text("Ngân sách địa phương vay 96 tỷ đồng để bù đắp bội chi.", "96")
    assert r is not None and r.fields["budget_item"] == "other"
    # people borrowing are no budget line
    assert route_in_text("Trong quý, nông dân đã vay 96 tỷ đồng để mua phân bón.", "96") is None


def test_a_local_budget_granting_money_with_the_amount_after_its_verb_is_budget_other():
    r = route_in_text("Ngân sách huyện đã cấp 6 tỷ đồng để sửa chữa trường học bị ngập.", "6")
    assert r is not None and r.table == "budgets"
    assert r.fields["budget_item"] == "other" and r.fields["funding_source"] == "local"
    r = route_in_text("Ngân sách thành phố xuất 17,5 tỷ đồng mua gạo cứu đói.", "17,5")
    assert r is not None and r.fields["budget_item"] == "other"


def test_capital_named_as_the_centres_support_after_the_amount_is_central():
    r = route_in_text("Đến nay, huyện đã giải ngân 41 tỷ đồng vốn bổ sung có mục tiêu từ TW.", "41")
    assert r is not None and r.fields["funding_source"] == "central"
    r = route_in_text("Tỉnh đã giải ngân 23 tỷ đồng vốn hỗ trợ của Trung ương.", "23")
    assert r is not None and r.fields["funding_source"] == "central"


def test_recurrent_money_allotted_and_paid_out_is_no_public_investment():
    text = "Kinh phí duy tu đê điều được giao 58 tỷ đồng, đến nay đã giải ngân 40,3 tỷ đồng."
    for figure, measure in (("58", "plan"), ("40,3", "actual")):
        r = route_in_text(text, figure, year=2026)
        assert r is not None and (r.fields["budget_item"], r.fields["measure"]) == ("other", measure), figure
    # investment capital named beside it keeps the disbursement public investment
    text = "Vốn đầu tư công và kinh phí sự nghiệp được giao 300 tỷ đồng, đã giải ngân 210 tỷ đồng."
    r = route_in_text(text, "210", year=2026)
    assert r is not None and r.fields["budget_item"] == "public_investment"


def test_a_rate_that_names_what_it_is_a_rate_of_is_no_share_of_the_budget_before_it():
    for text in (
        "Năm 2027, xã thu ngân sách được 38 tỷ đồng; tỷ lệ chất thải được xử lý đạt 92%.",
        "Năm 2027, xã thu ngân sách được 38 tỷ đồng, tỷ lệ chất thải được xử lý đạt 92%.",
    ):
        assert route_in_text(text, "92", year=2027) is None, text
        assert route_in_text(text, "38", year=2027).fields["budget_item"] == "revenue_total", text
    # a bare rate after the amount is still its share of the estimate
    r = route_in_text("Năm 2027, xã thu ngân sách được 38 tỷ đồng; tỷ lệ đạt 104% dự toán.", "104", year=2027)
    assert r is not None and r.fields["measure"] == "plan_pct"


def test_what_is_paid_out_of_donations_or_of_loans_to_firms_right_after_them_is_no_budget():
    text = "Quỹ cứu trợ nhận 40 tỷ đồng tiền quyên góp, đã phân bổ 36,5 tỷ đồng cho các xã vùng lũ."
    assert route_in_text(text, "36,5", year=2027) is None
    text = "Các hộ kinh doanh được duyệt 75 tỷ đồng vốn vay ưu đãi, hiện đã giải ngân 61 tỷ đồng."
    assert route_in_text(text, "61", year=2027) is None
    # capital of the investment plan paid out the same way stays public investment
    text = "Tỉnh được giao 800 tỷ đồng vốn đầu tư công, hiện đã giải ngân 610 tỷ đồng."
    r = route_in_text(text, "610", year=2027)
    assert r is not None and r.fields["budget_item"] == "public_investment"


def test_spending_drawn_from_the_contingency_reserve_is_a_part_of_the_budgets_spending():
    r = route_in_text("Thành phố đã chi 4,2 tỷ đồng từ nguồn dự phòng để mua giống cho dân.", "4,2", year=2027)
    assert r is not None and r.table == "budgets"
    assert (r.fields["budget_item"], r.fields["measure"]) == ("other", "actual")


def test_an_amount_cancelled_from_the_estimate_is_done_not_planned():
    text = "Vốn đầu tư công năm 2026 không giải ngân hết phải hủy dự toán 212 tỷ đồng."
    r = route_in_text(text, "212", year=2026)
    assert r is not None and (r.fields["budget_item"], r.fields["measure"]) == ("other", "actual")
    r = route_in_text("Huyện đã hủy bỏ kế hoạch vốn 38 tỷ đồng của các dự án chậm tiến độ.", "38", year=2026)
    assert r is None or r.fields["measure"] != "plan"


def test_the_province_that_also_spends_spends_a_part_of_its_budget():
    r = route_in_text("Ngoài ra, tỉnh cũng đã chi 96 tỷ đồng cho học sinh vùng lũ.", "96", year=2027)
    assert r is not None and r.table == "budgets"
    assert (r.fields["budget_item"], r.fields["measure"]) == ("other", "actual")


def test_a_harvest_reaching_a_share_of_its_area_is_no_revenue():
    # (no budget row: the rate is the harvest's or the collected waste's, an indicator)
    assert route_in_text("Trong tháng 10, toàn tỉnh đã thu hoạch 12.300 ha lúa mùa, đạt 64% diện tích.", "64") is None
    assert route_in_text("Toàn tỉnh đã thu gom 85 tấn rác, đạt 90% kế hoạch.", "90") is None


def test_the_aim_after_the_item_ends_its_label():
    r = route_in_text("Năm 2027, chi đầu tư phát triển phấn đấu đạt 2.450 tỷ đồng.", "2.450")
    assert r.fields["budget_item"] == "expenditure_investment"
    assert r.fields["budget_label"] == "chi đầu tư phát triển"


def test_a_year_inside_an_aside_is_not_the_plans_year():
    text = "Kế hoạch vốn đầu tư công năm 2026 (gồm cả vốn năm 2025 chuyển sang) là 8.420 tỷ đồng."
    r = route_in_text(text, "8.420")
    assert r.fields["measure"] == "plan"
    assert r.fields["period_start"] == dt.date(2026, 1, 1)


def test_the_centres_capital_named_before_its_use_is_central():
    text = "Tỉnh đã giải ngân 40,2 tỷ đồng vốn bổ sung có mục tiêu của Trung ương để sửa chữa các tuyến đê bị sạt lở."
    assert route_in_text(text, "40,2").fields["funding_source"] == "central"


def test_a_reserve_of_a_budget_named_by_no_level_is_the_local_one():
    text = "UBND tỉnh đã sử dụng 9,6 tỷ đồng từ nguồn dự phòng ngân sách để mua giống cây trồng cho nông dân."
    assert route_in_text(text, "9,6").fields["funding_source"] == "local"


def test_the_ceiling_of_a_local_budgets_debt_is_a_line_of_its_borrowing():
    text = "Mức dư nợ vay tối đa của ngân sách địa phương năm 2026: 4.120 tỷ đồng."
    r = route_in_text(text, "4.120")
    assert r.table == "budgets"
    assert (r.fields["budget_item"], r.fields["measure"]) == ("other", "plan")


def test_a_bare_borrowing_under_a_plan_of_borrowing_and_repayment_is_the_budgets():
    text = "Kế hoạch vay, trả nợ năm 2026 của tỉnh: vay 615 tỷ đồng; trả nợ gốc 140 tỷ đồng."
    r = route_in_text(text, "615")
    assert r.table == "budgets"
    assert (r.fields["budget_item"], r.fields["measure"]) == ("other", "plan")
    # (a household borrowing and repaying names no budget)
    assert route_in_text("Năm 2026, có 3.400 hộ vay và trả nợ đúng hạn 96 tỷ đồng.", "96") is None


def test_interest_paid_on_the_local_governments_loans_is_labelled_by_the_payment():
    r = route_in_text("Chi trả lãi các khoản vay của chính quyền địa phương năm 2026 là 18 tỷ đồng.", "18")
    assert r.fields["budget_item"] == "other"
    assert r.fields["budget_label"].startswith("Chi trả lãi")


def test_places_listed_after_a_high_or_low_disbursement_rate_each_have_their_own_rate():
    text = "Các địa phương có tỷ lệ giải ngân thấp là Cà Mau 31,4%, Kiên Giang 29,8%."
    for token in ("31,4", "29,8"):
        r = route_in_text(text, token)
        assert r.table == "budgets"
        assert (r.fields["budget_item"], r.fields["measure"]) == ("public_investment", "plan_pct")
        assert r.fields["budget_label"] == "giải ngân"


def test_an_estimate_adjusted_from_one_amount_to_another_is_planned_both_times():
    text = ("Kỳ họp đã thống nhất, dự toán chi đầu tư phát triển được điều chỉnh từ 2.760 tỷ đồng lên 3.015 tỷ đồng; "
            "dự toán thu xổ số kiến thiết tăng từ 95 tỷ đồng lên 110 tỷ đồng.")
    for token in ("2.760", "3.015"):
        r = route_in_text(text, token)
        assert (r.fields["budget_item"], r.fields["measure"]) == ("expenditure_investment", "plan")
        assert r.fields["budget_label"] == "chi đầu tư phát triển"
    assert route_in_text(text, "95").fields["budget_label"].endswith("xổ số kiến thiết")


def test_the_parts_of_a_revenue_aimed_at_are_planned_too():
    text = ("Năm 2026, huyện phấn đấu thu ngân sách 640 tỷ đồng, tăng 9% so với ước thực hiện năm 2025. "
            "Trong đó, thu nội địa 585 tỷ đồng.")
    r = route_in_text(text, "585")
    assert (r.fields["budget_item"], r.fields["measure"]) == ("revenue_domestic", "plan")


def test_an_aim_after_the_capital_left_unpaid_is_of_all_the_capital_not_the_programmes():
    text = ("Vốn các chương trình mục tiêu quốc gia năm 2026 là 430 tỷ đồng, đã giải ngân 205 tỷ đồng. "
            "Hiện còn 1.940 tỷ đồng chưa giải ngân, tỉnh phấn đấu đến 31/01/2027 giải ngân đạt 97%.")
    assert route_in_text(text, "97").fields["budget_item"] == "public_investment"


def test_a_balancing_transfer_the_budget_receives_is_its_revenue():
    r = route_in_text("Trong năm 2027, thành phố được bổ sung cân đối 2.315 tỷ đồng.", "2.315")
    assert r.table == "budgets"
    assert (r.fields["budget_item"], r.fields["measure"]) == ("revenue_other", "actual")


def test_items_rated_low_against_the_estimate_list_amounts_collected() -> None:
    # the plan the items are rated against names no amount: the amounts listed after its colon were collected
    text = ("Nhiều khoản thu còn chậm so với dự toán: thu tiền thuê đất 87 tỷ đồng (đạt 35% dự toán); "
            "lệ phí trước bạ 140 tỷ đồng.")
    for amount in ("87", "140"):
        row = route_in_text(text, amount)
        assert row.table == "budgets" and row.fields["measure"] == "actual"


def test_money_set_aside_for_development_investment_is_investment_spending():
    # "dành/bố trí … cho đầu tư phát triển": the budget's investment spending, labelled by its use, without "chi"
    r = route_in_text("Năm 2027, thành phố dự kiến dành 6.200 tỷ đồng cho đầu tư phát triển.", "6.200", year=2027)
    assert r.table == "budgets" and r.fields["budget_item"] == "expenditure_investment"
    assert r.fields["budget_label"] == "đầu tư phát triển" and r.fields["measure"] == "plan"
    # an entry of a spending total's breakdown, set aside for it, is that part, not the total
    text = "Chi ngân sách 6 tháng đạt 3.900 tỷ đồng; trong đó huyện bố trí 820 tỷ đồng để đầu tư xây dựng cơ bản."
    r = route_in_text(text, "820", year=2027)
    assert r.fields["budget_item"] == "expenditure_investment"
    assert r.fields["budget_label"] == "đầu tư xây dựng cơ bản"


def test_a_transfer_received_from_the_centre_is_revenue_from_it():
    # the receiving verb before the amount, the transfer and the budget it comes from after it
    text = "Năm 2027, thành phố đã tiếp nhận 410 tỷ đồng vốn bổ sung có mục tiêu từ NSTW để làm đường ven biển."
    r = route_in_text(text, "410", year=2027)
    assert r.table == "budgets" and r.fields["budget_item"] == "revenue_other"
    assert r.fields["funding_source"] == "central" and r.fields["measure"] == "actual"
    assert r.fields["budget_label"] == "bổ sung có mục tiêu từ NSTW"


def test_a_plan_over_a_term_counted_in_years_covers_the_term():
    text = ("Kế hoạch tài chính 3 năm 2027 - 2029: tổng thu ngân sách khoảng 51.000 tỷ đồng; "
            "trong đó thu nội địa 47.500 tỷ đồng.")
    for token in ("51.000", "47.500"):
        r = route_in_text(text, token, year=2027)
        assert r.fields["measure"] == "plan"
        assert (r.fields["period_start"], r.fields["period_end"]) == (dt.date(2027, 1, 1), dt.date(2029, 12, 31))


def test_money_for_the_new_countryside_named_by_its_task_is_the_programmes_by_source():
    # "xây dựng nông thôn mới" as what money is for, no "chương trình": the programme's money, each part by its source
    text = ("Báo cáo năm 2026. Kinh phí thực hiện xây dựng nông thôn mới của phường năm 2026 là 14,6 tỷ đồng, gồm "
            "ngân sách trung ương 7,5 tỷ đồng, ngân sách tỉnh 4,1 tỷ đồng, người dân đóng góp 3 tỷ đồng.")
    assert route_in_text(text, "14,6").fields["budget_item"] == "target_programme"
    central, local = route_in_text(text, "7,5").fields, route_in_text(text, "4,1").fields
    assert (central["budget_item"], central["funding_source"]) == ("target_programme", "central")
    assert (local["budget_item"], local["funding_source"]) == ("target_programme", "local")
    # near miss: the new countryside as a title earned is no money's use
    assert route_in_text("Năm 2026, xã đạt chuẩn nông thôn mới với tổng vốn 14,6 tỷ đồng.", "14,6") is None


def test_a_month_singled_out_tallies_the_collection_of_the_paragraph_before_its_last_sentence():
    # the paragraph before ends on a trade figure, no budget's: its collection said earlier is what "số thu" tallies
    preceding = ("Năm 2026, Hải quan cửa khẩu thu ngân sách từ hoạt động xuất nhập khẩu đạt 7.300 tỷ đồng. "
                 "Tổng kim ngạch qua cửa khẩu đạt 9,6 tỷ USD.")
    r = route_in_text("Riêng tháng 12, số thu đạt 690 tỷ đồng.", "690", preceding=preceding, year=2026)
    assert r.table == "budgets" and r.fields["budget_item"] == "revenue_import_export"
    # near miss: a paragraph before that names no budget leaves the tally without an item
    assert route_in_text("Riêng tháng 12, số thu đạt 690 tỷ đồng.", "690", year=2026,
                         preceding="Tổng kim ngạch qua cửa khẩu đạt 9,6 tỷ USD. Lượng hàng đạt 2 triệu tấn.") is None


def test_amounts_of_a_text_titled_a_resolution_on_the_estimate_are_its_plan():
    # (a summary of the council's resolution whose articles never say "dự toán": its title says what they are)
    rows = _budget_rows("NGHỊ QUYẾT SỐ 17/2026/NQ-HĐND CỦA HĐND TỈNH CÀ MAU VỀ DỰ TOÁN NGÂN SÁCH NĂM 2027\n\n"
                        "Điều 1. Tổng thu ngân sách nhà nước trên địa bàn năm 2027 là 9.640 tỷ đồng.\n\n"
                        "Điều 2. Tổng chi ngân sách địa phương năm 2027 là 14.230 tỷ đồng.\n")
    assert {(r["value"], r["measure"], r["plan_basis"]) for r in rows} == {
        (9640e9, "plan", "provincial"), (14230e9, "plan", "provincial")}
    # (a resolution on the settlement of a year gone by is what was done)
    rows = _budget_rows("NGHỊ QUYẾT SỐ 18/2026/NQ-HĐND CỦA HĐND TỈNH CÀ MAU VỀ PHÊ CHUẨN QUYẾT TOÁN NGÂN SÁCH NĂM 2025"
                        "\n\nĐiều 1. Tổng thu ngân sách nhà nước trên địa bàn năm 2025 là 8.910 tỷ đồng.\n")
    assert {r["measure"] for r in rows} == {"actual"}


def test_a_mark_passed_after_another_clauses_rate_is_the_items_level():
    rows = _budget_rows("UBND TỈNH PHÚ THỌ\nNgày 28/12/2026\n\nNăm 2026, chỉ số sản xuất công nghiệp tăng 11,2%, thu "
                        "ngân sách vượt 18.000 tỷ đồng.\n")
    row = next(r for r in rows if r["value"] == 18000e9)
    assert (row["budget_item"], row["measure"], row["qualifier"]) == ("revenue_total", "actual", "over")
    # (a clause opening on "vượt" after the item's rate says how far beyond the estimate it went)
    rows = _budget_rows("UBND TỈNH PHÚ THỌ\nNgày 28/12/2026\n\nThu ngân sách năm 2026 đạt 112% dự toán, vượt 1.900 tỷ "
                        "đồng.\n")
    assert next(r for r in rows if r["value"] == 1900e9)["budget_item"] == "other"


def test_a_share_of_the_budgets_total_reached_is_no_share_of_a_plan():
    rows = _budget_rows("UBND TỈNH VĨNH LONG\nNgày 15/12/2026\n\nNăm 2027, chi cho giáo dục và đào tạo đạt 20% tổng "
                        "chi ngân sách địa phương.\n")
    assert not any(r["unit"] == "pct" and r["measure"] == "plan_pct" for r in rows)
    # (a rate reached of the total's estimate stays a share of the plan)
    rows = _budget_rows("UBND TỈNH VĨNH LONG\nNgày 15/12/2026\n\nChi ngân sách địa phương năm 2026 đạt 93% tổng chi "
                        "dự toán.\n")
    assert next(r for r in rows if r["value"] == 93.0)["measure"] == "plan_pct"


def test_a_sentence_opening_on_last_years_same_months_takes_no_cut_off_said_before_it():
    rows = _budget_rows(
        "UBND TỈNH YÊN BÁI\nNgày 05/11/2026\n\nĐến ngày 31/10/2026, toàn tỉnh giải ngân vốn đầu tư "
        "công được 2.310 tỷ đồng. Cùng kỳ năm 2025, tỉnh mới giải ngân được 1.870 tỷ đồng.\n\nCùng kỳ "
        "năm trước, thu nội địa được 990 tỷ đồng.\n"
    )
    assert _period_of(rows, 1870e9) == (dt.date(2025, 1, 1), dt.date(2025, 10, 31), None)
    assert _period_of(rows, 990e9) == (dt.date(2025, 1, 1), dt.date(2025, 10, 31), None)
    # (this year's figure keeps its cut-off)
    assert _period_of(rows, 2310e9) == (dt.date(2026, 1, 1), dt.date(2026, 10, 31), dt.date(2026, 10, 31))


def test_a_line_of_the_years_balance_takes_no_cut_off_said_before_it():
    rows = _budget_rows(
        "UBND TỈNH TUYÊN QUANG\nNgày 04/10/2026\n\nTính đến ngày 30/9/2026, tỉnh giải ngân vốn đầu tư công được 1.740 "
        "tỷ đồng.\n\nBội thu ngân sách tỉnh là 95 tỷ đồng.\n\nTrong năm, tiết kiệm chi thường xuyên 38 tỷ đồng; "
        "mức vay của ngân sách địa phương 60 tỷ đồng.\n"
    )
    for amount in (95e9, 38e9, 60e9):
        assert _period_of(rows, amount)[2] is None, amount
    # (near miss: money paid out said after the cut-off keeps it)
    rows = _budget_rows(
        "UBND TỈNH TUYÊN QUANG\nNgày 04/10/2026\n\nTính đến ngày 30/9/2026, tỉnh giải ngân vốn đầu tư công được 1.740 "
        "tỷ đồng.\n\nVốn các chương trình mục tiêu quốc gia giải ngân 215 tỷ đồng.\n"
    )
    assert _period_of(rows, 215e9)[2] == dt.date(2026, 9, 30)


def test_a_parts_rate_in_brackets_naming_the_estimate_is_its_share_of_the_plan():
    rows = _budget_rows(
        "UBND TỈNH ĐIỆN BIÊN\nNgày 03/11/2026\n\nTổng thu ngân sách đạt 1.910 tỷ đồng.\n"
        "Trong đó, thu tiền sử dụng đất, thuê đất đạt 215 tỷ đồng (48,6% dự toán).\n"
    )
    row = next(r for r in rows if r["value"] == 48.6)
    assert (row["budget_item"], row["measure"]) == ("revenue_land_use", "plan_pct")


def test_an_estimate_said_bare_after_the_estimate_given_is_the_outturn():
    text = "Chi thường xuyên: dự toán giao 940 tỷ đồng; ước cả năm 985 tỷ đồng. Chi đầu tư ước 410 tỷ đồng."
    assert route_in_text(text, "940", year=2026).fields["measure"] == "plan"
    for amount in ("985", "410"):
        r = route_in_text(text, amount, year=2026)
        assert (r.fields["measure"], r.fields.get("qualifier", "estimate")) == ("actual", "estimate"), amount
    # (near miss: the estimate named after a plan's amount, as its base, leaves the plan one)
    text = "Dự toán chi năm 2027 là 1.020 tỷ đồng, tăng 4% so với ước thực hiện năm 2026."
    assert route_in_text(text, "1.020", year=2026).fields["measure"] == "plan"


def test_an_amount_in_brackets_after_the_target_its_issuer_set_is_the_plan():
    text = "Thu nội địa đạt 2.460 tỷ đồng, vượt chỉ tiêu HĐND tỉnh giao (2.300 tỷ đồng)."
    r = route_in_text(text, "2.300", year=2026)
    assert (r.fields["measure"], r.fields["plan_basis"]) == ("plan", "provincial")
    assert route_in_text(text, "2.460", year=2026).fields["measure"] == "actual"
    # the target striven for, set by no other body: planned, of no basis
    for target in ("chỉ tiêu phấn đấu", "mục tiêu"):
        text = f"Thu nội địa đạt 2.460 tỷ đồng, bằng 93% {target} (2.650 tỷ đồng)."
        r = route_in_text(text, "2.650", year=2026)
        assert (r.fields["measure"], r.fields["plan_basis"]) == ("plan", None), target


def test_a_bare_rate_in_brackets_after_an_amount_paid_out_or_done_over_planned_is_of_the_plan():
    paid_out = "Vốn đầu tư công của xã được giao 8,4 tỷ đồng, giải ngân đến ngày 15/6 được 3,1 tỷ đồng (36,9%)."
    for text, item in (
        (paid_out, "public_investment"),
        ("Thu ngân sách xã 6 tháng: 1.150 triệu đồng/3.000 triệu đồng dự toán (36,9%).", "revenue_total"),
    ):
        r = route_in_text(text, "36,9", year=2026)
        assert r.table == "budgets" and (r.fields["budget_item"], r.fields["measure"]) == (item, "plan_pct"), text
    # near miss: a bracketed rate after an amount with no plan beside it is no share of one
    r = route_in_text("Thu ngân sách xã 6 tháng được 1.150 triệu đồng (36,9%).", "36,9", year=2026)
    assert r is None or r.table != "budgets" or r.fields["measure"] != "plan_pct"


def test_a_bare_plan_after_an_items_amount_is_that_items_plan():
    r = route_in_text("Chi ngân sách xã TH 9T: 6,1 tỷ đ; KH năm 8,8 tỷ đ.", "8,8", year=2026)
    assert r.table == "budgets" and (r.fields["budget_item"], r.fields["measure"]) == ("expenditure_total", "plan")
    # near miss: an item named a sentence further back is not what the plan is of
    text = "Chi ngân sách xã đạt 6,1 tỷ đồng. Doanh thu làng nghề 9T: 14 tỷ đồng; KH năm 20 tỷ đồng."
    assert _budget_item_of(text, "20", 2026) is None


def test_the_collections_left_after_the_ones_named_are_other_revenue():
    assert _budget_item_of("Những khoản thu còn lại được 96 tỷ đồng.", "96", 2026) == "revenue_other"
    # (near miss: the collections named together are the revenue they make up)
    assert _budget_item_of("Các khoản thu ngân sách đạt 1.240 tỷ đồng.", "1.240", 2026) == "revenue_total"


def test_a_bare_rate_after_the_amount_paid_out_is_its_share_of_the_plan():
    text = "Lũy kế đến ngày 31/8/2026, giải ngân được 2.730 tỷ đồng, tỷ lệ 46,5%, cao hơn cùng kỳ (41,2%)."
    for rate in ("46,5", "41,2"):
        r = route_in_text(text, rate, year=2026)
        assert r.table == "budgets" and r.fields["measure"] == "plan_pct", rate
    assert route_in_text(text, "46,5", year=2026).fields["as_of"] == dt.date(2026, 8, 31)
    assert route_in_text(text, "41,2", year=2026).fields["as_of"] == dt.date(2025, 8, 31)  # (last year's)
    # (near miss: a rate of no amount paid out names no budget)
    assert _budget_item_of("Tỷ lệ hộ nghèo còn 2,1%, thấp hơn cùng kỳ (2,9%).", "2,9", 2026) is None


def test_the_reserve_said_bare_before_its_amount_is_a_line_of_its_own():
    text = "Tổng chi ngân sách huyện: 610 tỷ đồng, trong đó: chi thường xuyên 480 tỷ đồng; dự phòng 12 tỷ đồng."
    assert _budget_item_of(text, "12", 2026) == "other"
    assert _budget_item_of("+ Dự phòng: 9,5 tỷ đồng.", "9,5", 2026) == "other"
    # (near miss: the total the list breaks down keeps its item)
    assert _budget_item_of(text, "610", 2026) == "expenditure_total"


def test_the_disbursement_verb_is_a_word_of_the_capitals_label_as_written():
    r = route_in_text("Giải ngân vốn đầu tư công 10 tháng đạt 2.940 tỷ đồng.", "2.940", year=2026)
    assert r.fields["budget_label"] == "Giải ngân vốn đầu tư công 10 tháng"
    # (near miss: the capital named without the verb keeps its own words)
    r = route_in_text("Kế hoạch vốn đầu tư công năm 2026 là 4.100 tỷ đồng.", "4.100", year=2026)
    assert not r.fields["budget_label"].lower().startswith("giải ngân")


def test_a_text_titled_on_a_national_target_programme_gives_its_capital_to_the_programme() -> None:
    from orchestration.extraction import extract_document

    # the title names the programme, a blank line parts it from the lead, whose capital names no item of its own
    titled = (
        "UBND HUYỆN MỘC CHÂU\nBÁO CÁO\nTình hình thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - "
        "xã hội vùng đồng bào dân tộc thiểu số năm 2026\n\n"
        "Vốn được phân bổ 36 tỷ đồng, đã giải ngân 21 tỷ đồng.\n"
    )
    items = set(extract_document(titled.encode(), "son_la.txt").tables["budgets"]["budget_item"])
    assert items == {"target_programme"}
    # a title naming public investment beside the programme: the programme is a part, the lead's capital not its own
    both = titled.replace("Tình hình thực hiện", "Tình hình giải ngân vốn đầu tư công và")
    items = set(extract_document(both.encode(), "son_la.txt").tables["budgets"]["budget_item"])
    assert "public_investment" in items and "target_programme" not in items


def test_every_payer_of_a_rates_list_after_semicolons_is_read_as_the_first() -> None:
    # the ";" before a capital parts sentences, but a later payer of the list stays a share of its plan, labelled as
    # the disbursement the list opened on
    text = "Một số chủ đầu tư có tỷ lệ giải ngân cao: Ban Dân dụng 95%; Sở Nông nghiệp 87%; Sở Nội vụ 81%."
    for token in ("95", "87", "81"):
        r = route_in_text(text, token, year=2026)
        assert r is not None and r.table == "budgets", token
        assert (r.fields["budget_item"], r.fields["measure"], r.fields["budget_label"]) == (
            "public_investment",
            "plan_pct",
            "giải ngân",
        ), token


def test_payers_listed_after_their_disbursement_said_low_without_ty_le_are_shares_of_their_plans() -> None:
    text = "Các chủ đầu tư giải ngân thấp: Ban Giao thông 28%, Sở Văn hóa 19%."
    for token in ("28", "19"):
        r = route_in_text(text, token, year=2026)
        assert r is not None and r.table == "budgets" and r.fields["measure"] == "plan_pct", token


def test_the_parts_of_a_capital_list_are_labelled_by_their_own_capital() -> None:
    text = (
        "Kế hoạch vốn đầu tư công năm 2027 là 3.600 tỷ đồng, gồm: vốn trong nước 3.100 tỷ đồng; vốn từ nguồn thu "
        "xổ số kiến thiết 150 tỷ đồng; vốn nước ngoài 350 tỷ đồng."
    )
    labels = {token: route_in_text(text, token, year=2027).fields["budget_label"] for token in ("3.100", "150", "350")}
    assert labels == {"3.100": "vốn trong nước", "150": "vốn từ nguồn thu xổ số kiến thiết", "350": "vốn nước ngoài"}
    # (joined by "và", the amount of the part before passed over)
    joined = "Tổng vốn giao 900 tỷ đồng, trong đó vốn trong nước 700 tỷ đồng và vốn nước ngoài 200 tỷ đồng."
    assert route_in_text(joined, "200", year=2027).fields["budget_label"] == "vốn nước ngoài"
    # near miss: the whole before its list keeps its own words, none of its parts'
    assert route_in_text(text, "3.600", year=2027).fields["budget_label"].endswith("đầu tư công năm 2027")


def test_the_statistics_offices_line_on_state_budget_capital_is_public_investment_in_its_short_forms() -> None:
    # the source's capital said again ("thuộc nguồn vốn NSNN") or the capital construction it pays for ("vốn XDCB")
    for text, token in (
        ("Vốn đầu tư thuộc nguồn vốn NSNN do địa phương quản lý quý III đạt 1.430 tỷ đồng.", "1.430"),
        ("Vốn XDCB thuộc NSNN do tỉnh quản lý ước TH 9 tháng 3.260 tỷ đồng.", "3.260"),
        ("Vốn đầu tư xây dựng cơ bản từ ngân sách nhà nước quý II đạt 915 tỷ đồng.", "915"),
    ):
        assert _budget_item_of(text, token, 2026) == "public_investment", text
    # near miss: the state's part of the whole area's investment stays the indicator's breakdown
    whole = "Vốn đầu tư phát triển toàn xã hội đạt 41.000 tỷ đồng; trong đó vốn NSNN 6.500 tỷ đồng."
    assert _budget_item_of(whole, "6.500", 2026) is None


def test_public_investment_and_its_capital_plan_written_short_are_public_investment() -> None:
    # "vốn ĐTC" for vốn đầu tư công, "KH vốn" for kế hoạch vốn, as releases write them
    r = route_in_text("KH vốn ĐTC năm 2027 được giao 2.980 tỷ đồng.", "2.980", year=2027)
    assert (r.table, r.fields["budget_item"], r.fields["measure"]) == ("budgets", "public_investment", "plan")
    assert _budget_item_of("Năm 2027, tổng KH vốn là 1.150 tỷ đồng.", "1.150", 2027) == "public_investment"
    # near miss: an advance of that capital is a balance, no plan nor disbursement
    assert _budget_item_of("Số dư tạm ứng vốn ĐTC còn 86 tỷ đồng.", "86", 2027) == "other"


def test_a_running_total_after_a_months_row_is_labelled_without_the_month() -> None:
    # the month's row keeps its month; the total to the month's end, or from the year's start, is the item alone
    text = "Thu ngân sách tháng 10 đạt 51,4 tỷ đồng, lũy kế đến hết tháng 10 đạt 402,7 tỷ đồng."
    assert route_in_text(text, "51,4", year=2026).fields["budget_label"] == "Thu ngân sách tháng 10"
    assert route_in_text(text, "402,7", year=2026).fields["budget_label"] == "Thu ngân sách"
    so_far = "Chi ngân sách trong tháng đạt 9,6 tỷ đồng; từ đầu năm đến nay đạt 88,1 tỷ đồng."
    assert route_in_text(so_far, "88,1", year=2026).fields["budget_label"] == "Chi ngân sách"


def test_a_months_own_figure_after_a_cut_off_in_the_line_before_is_the_months_not_the_cut_offs() -> None:
    rows = _budget_rows(
        "UBND XÃ TÂN LẬP\nBáo cáo tình hình kinh tế - xã hội tháng 9 năm 2026\n\n"
        "- Thu ngân sách tháng 9 đạt 30,1 tỷ đồng, lũy kế đến hết tháng 9 đạt 301,5 tỷ đồng.\n"
        "Thu ngân sách trong tháng đạt 35,2 tỷ đồng; từ đầu năm đến nay đạt 336,7 tỷ đồng.\n"
    )
    assert _period_of(rows, 35.2e9) == (dt.date(2026, 9, 1), dt.date(2026, 9, 30), None)
    # near miss: the time so far in the next clause is still dated by the cut-off before
    assert _period_of(rows, 336.7e9)[2] == dt.date(2026, 9, 30)


def test_the_prime_minister_written_short_sets_the_central_plan() -> None:
    # "TTCP" for Thủ tướng Chính phủ, as tables and short releases write the issuer of the capital plan
    plan = "KH vốn ĐTC năm 2027 TTCP giao 3.150 tỷ đồng."
    r = route_in_text(plan, "3.150", year=2027)
    assert (r.fields["measure"], r.fields["plan_basis"]) == ("plan", "central")
    rate = "Giải ngân vốn đầu tư công đạt 52,4% kế hoạch TTCP giao."
    assert route_in_text(rate, "52,4", year=2027).fields["plan_basis"] == "central"
    # near miss: the province's own plan beside it stays provincial
    local = "Giải ngân vốn đầu tư công đạt 48,1% kế hoạch tỉnh giao."
    assert route_in_text(local, "48,1", year=2027).fields["plan_basis"] == "provincial"


def test_the_national_target_programmes_written_short_after_their_money_are_target_programme() -> None:
    # "MTQG" with no "chương trình" before it, after the verb or the money that spends it
    text = "Chi MTQG: 96,4 tỷ đồng, đạt 44,2% KH vốn."
    for token in ("96,4", "44,2"):
        r = route_in_text(text, token, year=2026)
        assert (r.table, r.fields["budget_item"]) == ("budgets", "target_programme"), token
    assert _budget_item_of("Vốn MTQG đã giải ngân 57 tỷ đồng.", "57", 2026) == "target_programme"
    # near miss: the public investment line beside it keeps its own item
    assert _budget_item_of("Chi đầu tư phát triển: 410 tỷ đồng.", "410", 2026) == "expenditure_investment"


def test_provinces_ranked_set_apart_or_listed_in_an_article_on_one_item_are_of_that_item() -> None:
    lead = "Năm 2026, Quảng Ninh dẫn đầu khu vực về thu ngân sách với 52.300 tỷ đồng. "
    # the next of a ranking, opening its sentence on its rank, is ranked by the item the sentence before named
    r = route_in_text(lead + "Xếp thứ hai là Hải Dương với 31.800 tỷ đồng.", "31.800", year=2026)
    assert (r.table, r.fields["budget_item"], r.fields["measure"]) == ("budgets", "revenue_total", "actual")
    # the capital by its title, a name written short with its hyphen: the subject of "thu" in a list of revenue
    listed = "Năm 2026, Thủ đô Hà Nội thu 498.700 tỷ đồng; BR-VT thu 61.200 tỷ đồng."
    for token in ("498.700", "61.200"):
        assert route_in_text(listed, token, year=2026).fields["budget_item"] == "revenue_total", token
    # a province set apart ("Riêng tỉnh X đạt") after a list of the slow payers' rates
    slow = "Một số tỉnh giải ngân vốn đầu tư công chậm: Sơn La 19,6%; Yên Bái 22,8%. Riêng tỉnh Phú Thọ đạt 49,5%."
    for token in ("22,8", "49,5"):
        r = route_in_text(slow, token, year=2026)
        assert (r.table, r.fields["budget_item"], r.fields["measure"]) == ("budgets", "public_investment", "plan_pct")
    # near miss: a rank without a province after it stays no budget figure
    assert route_in_text(lead + "Xếp thứ hai là ngành du lịch với 31.800 tỷ đồng.", "31.800", year=2026) is None


def test_what_one_payer_pays_into_the_budget_is_revenue_named_by_its_payer() -> None:
    # "X nộp ngân sách (nhà nước)": a part of the revenue by its payer, labelled with the payer's name
    text = "Trong năm, Công ty Cấp nước Sông Lam nộp ngân sách nhà nước 215 tỷ đồng, vượt 4,2% kế hoạch."
    for token in ("215", "4,2"):
        r = route_in_text(text, token, year=2026)
        assert (r.table, r.fields["budget_item"]) == ("budgets", "revenue_other"), token
        assert r.fields["budget_label"] == "Công ty Cấp nước Sông Lam nộp ngân sách nhà nước", token
    # near miss: the customs office's collection handed on ("thu nộp ngân sách") keeps its own item
    customs = "Cục Hải quan tỉnh thu nộp ngân sách nhà nước đạt 1.320 tỷ đồng."
    assert _budget_item_of(customs, "1.320", 2026) == "revenue_import_export"


def test_the_share_a_province_hands_up_to_the_central_budget_is_no_revenue_of_its_own() -> None:
    # "điều tiết (nộp) về ngân sách Trung ương": the share handed up, neither revenue nor spending of the province
    text = "Năm 2026, thành phố đã điều tiết về ngân sách Trung ương 41.500 tỷ đồng."
    assert _budget_item_of(text, "41.500", 2026) == "other"
    assert _budget_item_of("Tỉnh nộp ngân sách Trung ương 8.300 tỷ đồng.", "8.300", 2026) == "other"
    # near miss: the province's own revenue share ("thu điều tiết") is revenue
    assert _budget_item_of("Thu điều tiết được hưởng theo phân cấp 610 tỷ đồng.", "610", 2026) == "revenue_other"


def test_a_capital_plans_label_is_the_plan_as_written_without_its_year_and_giver() -> None:
    # "KH vốn ĐTC năm 2027 TTCP giao", "Kế hoạch vốn đầu tư công năm 2027 HĐND tỉnh giao": the plan and its capital,
    # the year and the body that gave it the row's period and plan basis
    for text, token, label, basis in (
        ("KH vốn ĐTC năm 2027 TTCP giao 2.840 tỷ đồng.", "2.840", "KH vốn ĐTC", "central"),
        ("Kế hoạch vốn đầu tư công năm 2027 HĐND tỉnh giao 3.015 tỷ đồng.", "3.015", "Kế hoạch vốn đầu tư công",
         "provincial"),
        # near miss: a plan with no giver said keeps its words up to the verb
        ("Kế hoạch vốn năm 2027 là 3.900 tỷ đồng.", "3.900", "Kế hoạch vốn năm 2027", None),
    ):
        fields = route_in_text(text, token, year=2027).fields
        assert (fields["budget_label"], fields["plan_basis"]) == (label, basis), text


def test_a_ranked_amount_after_voi_is_labelled_by_its_item_alone() -> None:
    # "xếp thứ ba về thu ngân sách với 61.400 tỷ, tăng 8%": "với" joins the amount, no word of the item
    text = "Tỉnh Bình Phước xếp thứ ba về thu ngân sách với 61.400 tỷ, tăng 8%."
    for token in ("61.400", "8"):
        assert route_in_text(text, token, year=2026).fields["budget_label"] == "thu ngân sách", token


def test_a_disbursement_rate_set_after_a_comma_or_voi_is_a_share_of_the_plan() -> None:
    # "Xã A có tỷ lệ giải ngân cao nhất, đạt/chỉ …%", "… thấp nhất với …%": the place's share of its plan paid out
    for text in (
        "Thị xã Buôn Hồ có tỷ lệ giải ngân thấp nhất, chỉ 18,4%.",
        "Huyện Krông Pắc có tỷ lệ giải ngân cao nhất với 88,4%.",
    ):
        r = route_in_text(text, text.split()[-1][:4], year=2026)
        assert (r.table, r.fields["measure"]) == ("budgets", "plan_pct"), text
    # near miss: a rate of another subject after the comma is no disbursement
    assert route_in_text("Xã A có tỷ lệ giải ngân cao, tỷ lệ hộ nghèo còn 3,2%.", "3,2", year=2026) is None


def test_capital_left_unpaid_named_with_its_years_after_the_amount_is_public_investment() -> None:
    # "còn N tỷ đồng vốn kế hoạch năm 2025 kéo dài sang năm 2026 chưa giải ngân": the capital named between the amount
    # and "chưa giải ngân", its years written in it
    text = "Đến nay, tỉnh còn 730 tỷ đồng vốn kế hoạch năm 2025 kéo dài sang năm 2026 chưa giải ngân."
    r = route_in_text(text, "730", year=2026)
    assert (r.table, r.fields["budget_item"]) == ("budgets", "public_investment")
    assert r.fields["budget_label"] == "vốn kế hoạch năm 2025 kéo dài sang năm 2026"
    # near miss: another amount between is no capital's name
    other = "Tỉnh còn 730 tỷ đồng vốn vay 45 tỷ đồng chưa giải ngân."
    assert route_in_text(other, "730", year=2026) is None


def test_a_balancing_transfer_said_bare_is_received_unless_a_lower_budget_is_given_it() -> None:
    # "Bổ sung cân đối ngân sách: …" as a line, and the parts after "Thu bổ sung …, gồm:" set apart by semicolons:
    # transfers the budget receives from the one above
    assert _budget_item_of("+ Bổ sung cân đối ngân sách: 3.870 tỷ đồng.", "3.870", 2026) == "revenue_other"
    received = "Thu bổ sung từ ngân sách cấp trên 6.240 tỷ đồng, gồm: bổ sung cân đối 4.010 tỷ đồng; bổ sung có mục " \
               "tiêu 2.230 tỷ đồng."
    for token in ("4.010", "2.230"):
        assert _budget_item_of(received, token, 2026) == "revenue_other", token
    # near miss: handed down to the budgets below ("Chi bổ sung cho ngân sách cấp dưới …, gồm:"), or to named units
    given = "Chi bổ sung cho ngân sách cấp dưới 2.900 tỷ đồng, gồm: bổ sung cân đối 1.960 tỷ đồng, bổ sung có mục " \
            "tiêu 940 tỷ đồng."
    for token in ("1.960", "940"):
        assert _budget_item_of(given, token, 2026) == "other", token
    assert _budget_item_of("Tỉnh bổ sung cân đối 610 tỷ đồng cho các xã.", "610", 2026) == "other"


def test_parts_of_a_capital_plan_set_aside_for_an_area_or_handed_down_to_manage_are_its_plan() -> None:
    # "Khu vực A được bố trí …; các huyện được phân cấp quản lý …" after the plan the sentence before named
    text = ("Tổng kế hoạch vốn năm 2027 là 8.420 tỷ đồng. Vùng ven biển được bố trí 3.150 tỷ đồng; các xã được "
            "phân cấp quản lý 960 tỷ đồng.")
    for token in ("3.150", "960"):
        r = route_in_text(text, token, year=2027)
        read = (r.table, r.fields["budget_item"], r.fields["measure"])
        assert read == ("budgets", "public_investment", "plan"), token
    # near miss: with no budget named before, a sum an area is given stays no budget figure
    assert _budget_item_of("Dân số tăng nhanh. Vùng ven biển được bố trí 3.150 tỷ đồng.", "3.150", 2027) is None


def test_a_spending_line_named_without_its_verb_after_another_is_labelled_by_its_own_name() -> None:
    # "chi sự nghiệp A …, sự nghiệp B …": the second line goes on with "chi", named by its own words
    text = ("Tổng chi ngân sách đạt 9.300 tỷ đồng, trong đó chi sự nghiệp văn hóa 210 tỷ đồng, sự nghiệp môi trường "
            "95 tỷ đồng.")
    r = route_in_text(text, "95", year=2026)
    assert (r.fields["budget_item"], r.fields["budget_label"]) == ("other", "sự nghiệp môi trường")
    # near miss: the first line keeps its verb
    assert route_in_text(text, "210", year=2026).fields["budget_label"] == "chi sự nghiệp văn hóa"


def test_the_collections_from_mining_said_by_the_work_are_other_revenue() -> None:
    # "Thu từ khai thác khoáng sản …": the collections on mining, a revenue line of their own
    assert _budget_item_of("Thu từ khai thác khoáng sản titan đạt 182 tỷ đồng.", "182", 2026) == "revenue_other"
    # near miss: a firm's turnover from mining is no budget revenue
    assert _budget_item_of("Doanh thu từ khai thác khoáng sản đạt 182 tỷ đồng.", "182", 2026) is None


def test_an_amount_said_done_in_its_own_clause_after_the_aim_is_collected_not_aimed_at():
    rows = _budget_rows(
        "UBND XÃ AN HÒA\nNgày 20/11/2026\n\nNăm nay xã phấn đấu thu ngân sách 64 tỷ đồng, đến hết "
        "tháng 9 đã thu được 51 tỷ đồng.\n"
    )
    aimed, done = next(r for r in rows if r["value"] == 64e9), next(r for r in rows if r["value"] == 51e9)
    assert (aimed["measure"], done["measure"]) == ("plan", "actual")
    # (an aim in the amount's own clause still sets it)
    rows = _budget_rows("UBND XÃ AN HÒA\nNgày 20/11/2026\n\nXã phấn đấu đến cuối năm đã thu ngân sách đạt 70 tỷ.\n")
    assert next(r for r in rows if r["value"] == 70e9)["measure"] == "plan"


def test_an_amount_held_to_a_bound_is_planned():
    # a floor or ceiling an amount is held to, said with no verb of a deed, is what the plan sets; a negated
    # comparison ("không thấp hơn") is such a bound, no gap to a plan
    bounded = {
        "9.400": ("Thu ngân sách nhà nước không thấp hơn 9.400 tỷ đồng.", "revenue_total", "Thu ngân sách nhà nước"),
        "2.150": ("Chi đầu tư phát triển tối thiểu 2.150 tỷ đồng.", "expenditure_investment", "Chi đầu tư phát triển"),
        "85": ("Bội chi ngân sách địa phương không vượt quá 85 tỷ đồng.", "other", "Bội chi ngân sách địa phương"),
    }
    for token, (text, item, label) in bounded.items():
        fields = route_in_text(text, token).fields
        assert (fields["budget_item"], fields["measure"], fields["budget_label"]) == (item, "plan", label)
    # near miss: the verb of a deed in the clause measures the amount, whatever bound it is said with
    fields = route_in_text("Năm 2026, tổng thu ngân sách đạt không dưới 9.400 tỷ đồng.", "9.400").fields
    assert (fields["budget_item"], fields["measure"]) == ("revenue_total", "actual")


def test_a_programme_paying_its_money_out_is_the_label_not_the_verb():
    text = (
        "Năm 2026, Chương trình MTQG giảm nghèo bền vững đã giải ngân 215 tỷ đồng; vốn Chương trình MTQG xây dựng "
        "nông thôn mới giải ngân 140 tỷ đồng."
    )
    assert route_in_text(text, "215").fields["budget_label"] == "Chương trình MTQG giảm nghèo bền vững"
    assert route_in_text(text, "140").fields["budget_label"] == "vốn Chương trình MTQG xây dựng nông thôn mới"
    # near miss: public capital paid out is labelled by its verb as written, no programme named
    paid_out = route_in_text("Năm 2026, giải ngân vốn đầu tư công 900 tỷ đồng.", "900")
    assert paid_out.fields["budget_label"] == "giải ngân vốn đầu tư công"


def test_a_programmes_money_by_its_kind_stays_the_programmes():
    text = "Năm 2026, vốn thực hiện Chương trình nông thôn mới là 860 tỷ đồng, trong đó vốn tín dụng 310 tỷ đồng."
    part = route_in_text(text, "310")
    assert part.table == "budgets"
    assert (part.fields["budget_item"], part.fields["budget_label"]) == ("target_programme", "vốn tín dụng")
    # near miss: a bank's credit paid out, no programme named, is no budget money
    lent = route_in_text("Năm 2026, ngân hàng giải ngân vốn tín dụng 310 tỷ đồng.", "310")
    assert lent is None or lent.table != "budgets"


def test_an_amount_for_each_one_is_a_rate_no_budget_money():
    text = "Năm 2026, tỉnh hỗ trợ 230 hộ từ vốn Chương trình MTQG giảm nghèo bền vững, mức 40 triệu đồng/hộ."
    each = route_in_text(text, "40")
    assert each is None or each.table != "budgets"
    # near misses: a year's allocation, and a done amount against its plan, stay budget money
    assert route_in_text("Kế hoạch vốn đầu tư công bình quân 4.000 tỷ đồng/năm.", "4.000").table == "budgets"
    assert route_in_text("Thu ngân sách đạt 560 tỷ đồng/dự toán 1.000 tỷ đồng.", "560").table == "budgets"


def test_land_allocated_by_the_state_is_land_use_revenue():
    text = "Thu tiền sử dụng đất đạt 700 tỷ đồng; trong đó, thu từ giao đất ở tái định cư 82 tỷ đồng."
    assert _budget_item_of(text, "82") == "revenue_land_use"
    assert route_in_text(text, "82").fields["budget_label"] == "thu từ giao đất ở tái định cư"
    # near miss: land rented out is a collection of its own
    assert _budget_item_of("Thu tiền thuê đất đạt 82 tỷ đồng.", "82") == "revenue_other"


def test_amounts_listed_under_an_aim_are_planned():
    # "phấn đấu đạt" reaches for an aim, no deed; "phấn đấu:" opens a list of aims
    header, line = "UBND HUYỆN AN LÃO\nNgày 20/12/2026\n\n", "\n- Thu ngân sách trên địa bàn 410 tỷ đồng.\n"
    for lead in ("Năm 2027, huyện phấn đấu đạt các chỉ tiêu sau:", "Nhiệm vụ năm 2027, huyện phấn đấu:"):
        rows = _budget_rows(header + lead + line)
        assert next(r for r in rows if r["value"] == 410e9)["measure"] == "plan"
    # near miss: an amount reached in a review is done
    rows = _budget_rows(header + "Năm 2026, huyện đạt các kết quả sau:" + line)
    assert next(r for r in rows if r["value"] == 410e9)["measure"] == "actual"


def test_the_local_budget_written_short_in_a_quick_report_is_local() -> None:
    # "NS tỉnh", "NS xã": the province's and the commune's budget shares, written short beside "NSTW"
    text = ("UBND XÃ A (tỉnh Quảng Trị)\nBáo cáo 9 tháng năm 2027\n\nKinh phí Chương trình MTQG giảm nghèo năm 2027: "
            "4,2 tỷ đồng (NSTW 2,5 tỷ; NS tỉnh 1,1 tỷ; NS xã 0,6 tỷ).\n")
    sources = {r["value"]: r["funding_source"] for r in _budget_rows(text)}
    assert sources[1.1e9] == sources[0.6e9] == "local"
    # near miss: the central share keeps its source
    assert sources[2.5e9] == "central"


def test_a_bank_paying_out_loans_is_no_budget_money() -> None:
    # the policy bank written short, and the commercial banks, pay out loans: indicators, not public investment
    for text, token in (
        ("Năm 2026, Phòng giao dịch NHCSXH huyện A đã giải ngân 175 tỷ đồng cho 4.210 lượt khách hàng.", "175"),
        ("NHCSXH tỉnh B: Giải ngân gần 1.500 tỷ đồng vốn chính sách năm 2026", "1.500"),
        ("Các ngân hàng thương mại trên địa bàn đã giải ngân 92 tỷ đồng cho vay mua nhà ở xã hội.", "92"),
        ("Quỹ đầu tư phát triển tỉnh đã giải ngân 64 tỷ đồng cho vay các dự án nước sạch.", "64"),
    ):
        r = route_in_text(text, token)
        assert r is None or r.table != "budgets", text
    # near miss: public capital paid out in a clause of its own after a subject no budget pays stays budget money
    text = "Tổng vốn đầu tư toàn xã hội đạt 9.000 tỷ đồng; vốn đầu tư công giải ngân 2.100 tỷ đồng."
    assert route_in_text(text, "2.100").fields["budget_item"] == "public_investment"


def test_budget_money_entrusted_to_a_bank_is_no_public_investment() -> None:
    # local budget money handed to the policy bank to lend on: still budget money, but no investment capital
    r = route_in_text("Năm 2026, nguồn vốn ngân sách tỉnh ủy thác qua NHCSXH đạt 215 tỷ đồng.", "215")
    assert r.table == "budgets" and r.fields["budget_item"] == "other"
    assert r.fields["funding_source"] == "local"
    # near miss: the same capital paid out for works is public investment
    r = route_in_text("Năm 2026, nguồn vốn ngân sách tỉnh giải ngân đạt 215 tỷ đồng.", "215")
    assert r.fields["budget_item"] == "public_investment"


def test_a_bare_total_of_a_social_insurance_office_is_no_budget_revenue() -> None:
    # the insurance office opens the sentence: its bare "tổng thu" later is the fund's contributions, no budget revenue
    text = ("Năm 2027, BHXH tỉnh A đặt mục tiêu phát triển thêm 18.000 người tham gia BHXH tự nguyện, "
            "tổng thu đạt 12.400 tỷ đồng.")
    r = route_in_text(text, "12.400")
    assert r is None or r.table != "budgets"
    # near miss: a budget total named as such after a subject no budget pays stays budget revenue
    text = "Năm 2027, GRDP đạt 90.000 tỷ đồng, tổng thu ngân sách đạt 12.400 tỷ đồng."
    assert route_in_text(text, "12.400").fields["budget_item"] == "revenue_total"


def test_a_tax_office_with_the_area_it_covers_in_brackets_collects_domestic_revenue() -> None:
    for office in ("Thuế cơ sở 2 tỉnh A (phụ trách các xã B, C, D)", "Chi cục Thuế khu vực B (tỉnh A)"):
        text = f"Năm 2026, {office} thu được 410 tỷ đồng, bằng 92,5% dự toán HĐND tỉnh giao."
        for token, measure in (("410", "actual"), ("92,5", "plan_pct")):
            r = route_in_text(text, token)
            assert r is not None and r.table == "budgets", (office, token)
            assert (r.fields["budget_item"], r.fields["measure"]) == ("revenue_domestic", measure), (office, token)


def test_the_insurance_funds_care_payouts_a_hospitals_fees_and_ticket_takings_are_no_budget() -> None:
    for text, token in (
        ("Năm 2026, tổng chi khám chữa bệnh bảo hiểm y tế là 3.150 tỷ đồng, vượt 4,1% dự toán được giao.", "3.150"),
        ("Năm 2026, tổng chi khám chữa bệnh bảo hiểm y tế là 3.150 tỷ đồng, vượt 4,1% dự toán được giao.", "4,1"),
        ("Năm 2026, tổng nguồn thu của bệnh viện đạt 510 tỷ đồng, trong đó thu từ quỹ BHYT 380 tỷ đồng.", "380"),
        ("Năm 2026, bệnh viện thu viện phí trực tiếp 84 tỷ đồng.", "84"),
        ("Tổng thu từ bán vé tham quan khu di tích năm 2026 đạt 42,5 tỷ đồng.", "42,5"),
    ):
        r = route_in_text(text, token)
        assert r is None or r.table != "budgets", (text, token)
    # near miss: the budget's spending on health stays budget money
    r = route_in_text("Năm 2026, chi sự nghiệp y tế từ ngân sách tỉnh là 1.150 tỷ đồng.", "1.150")
    assert r is not None and r.table == "budgets"


def test_foreign_non_governmental_aid_paid_out_is_no_public_investment() -> None:
    text = ("Năm 2026, tỉnh tiếp nhận 9 dự án viện trợ phi chính phủ nước ngoài; giá trị giải ngân đạt "
            "2,4 triệu USD, bằng 71% giá trị cam kết.")
    for token in ("2,4", "71"):
        r = route_in_text(text, token)
        assert r is None or r.table != "budgets", token


def test_budget_revenue_collected_at_a_border_gate_is_revenue_from_imports_and_exports() -> None:
    r = route_in_text("Quý II/2026, số thu ngân sách qua cửa khẩu quốc tế A đạt 280 tỷ đồng.", "280")
    assert r.fields["budget_item"] == "revenue_import_export"
    # near miss: the province's budget revenue
    r = route_in_text("Quý II/2026, số thu ngân sách đạt 280 tỷ đồng.", "280")
    assert r.fields["budget_item"] == "revenue_total"


def _item_and_measure(text: str, token: str) -> tuple[str, str] | None:
    r = route_in_text(text, token)
    return None if r is None or r.table != "budgets" else (r.fields["budget_item"], r.fields["measure"])


def test_foreign_capital_named_with_oda_in_brackets_is_public_investment() -> None:
    text = "Năm 2026, tỉnh được giao kế hoạch vốn nước ngoài (ODA, vốn vay ưu đãi) 415 tỷ đồng."
    assert _item_and_measure(text, "415") == ("public_investment", "plan")
    # near miss: a bank's preferential loans stay no budget money
    text = "Năm 2026, 45 hộ được vay 12 tỷ đồng vốn vay ưu đãi, đã giải ngân 10 tỷ đồng."
    assert _item_and_measure(text, "10") is None


def test_a_bare_paying_out_after_an_estimate_of_running_spending_is_of_that_spending() -> None:
    estimate = "Năm 2026, dự toán chi sự nghiệp khoa học là 18.300 triệu đồng; "
    assert _item_and_measure(estimate + "giải ngân 6 tháng được 7.150 triệu đồng.", "7.150") == ("other", "actual")
    # near miss: public capital paid out in its own clause
    paid = estimate + "giải ngân vốn đầu tư công đạt 900 tỷ đồng."
    assert _item_and_measure(paid, "900") == ("public_investment", "actual")


def test_the_programme_referred_to_short_with_its_capital_is_the_programmes_money() -> None:
    text = "Năm 2026, huyện được giao 98,4 tỷ đồng vốn Chương trình, đến ngày 30/9/2026 đã giải ngân 61,2 tỷ đồng."
    assert _item_and_measure(text, "98,4") == ("target_programme", "plan")
    text = "Tỷ lệ giải ngân chung của Chương trình đạt 88,6% kế hoạch vốn năm 2026."
    assert _item_and_measure(text, "88,6") == ("target_programme", "plan_pct")
    # near miss: public capital named as such
    assert _item_and_measure("Năm 2026, giải ngân vốn đầu tư công đạt 88,6% kế hoạch.", "88,6") == (
        "public_investment", "plan_pct")


def test_non_recurrent_spending_is_a_line_of_its_own() -> None:
    text = "Dự toán năm 2026, trong đó chi thường xuyên 7.400 triệu đồng, chi không thường xuyên 610 triệu đồng."
    assert route_in_text(text, "610").fields["budget_item"] == "other"
    assert route_in_text(text, "7.400").fields["budget_item"] == "expenditure_recurrent"


def test_the_local_budgets_share_after_the_centres_allocation_has_no_central_basis() -> None:
    text = "Năm 2026, tỉnh được Trung ương giao 410 tỷ đồng cho Chương trình MTQG; ngân sách tỉnh đối ứng 21 tỷ đồng."
    r = route_in_text(text, "21")
    assert r.table == "budgets" and r.fields["plan_basis"] is None and r.fields["funding_source"] == "local"
    # near miss: the centre's allocation keeps its issuer
    assert route_in_text(text, "410").fields["plan_basis"] == "central"


def test_non_recurrent_spending_named_after_an_estimate_is_that_estimates_part() -> None:
    text = (
        "Kinh phí được giao năm 2026: 900 triệu đồng, trong đó chi thường xuyên 820 triệu đồng, chi không thường "
        "xuyên 80 triệu đồng."
    )
    assert _item_and_measure(text, "80") == ("other", "plan")
    # near miss: the same line paid out is done
    assert _item_and_measure("Năm 2026, đơn vị đã giải ngân chi không thường xuyên 80 triệu đồng.", "80") == (
        "other",
        "actual",
    )


def test_money_allotted_with_the_copula_then_paid_out_is_the_plan_of_that_disbursement() -> None:
    text = "Năm 2026, kinh phí sự nghiệp môi trường được giao là 17,2 tỷ đồng, đã giải ngân 9,4 tỷ đồng."
    assert _item_and_measure(text, "17,2") == ("other", "plan")
    assert _item_and_measure(text, "9,4") == ("other", "actual")


def test_a_bare_estimate_broken_down_into_spending_lines_is_the_spending_total() -> None:
    text = "Dự toán năm 2026 là 2.300 triệu đồng, gồm: chi thường xuyên 2.000 triệu đồng, chi mua sắm 300 triệu đồng."
    assert _item_and_measure(text, "2.300") == ("expenditure_total", "plan")
    # near miss: an estimate of a work's cost, its parts no budget lines, stays out of the budget table
    text = "Dự toán là 2.300 triệu đồng, gồm: xây lắp 2.000 triệu đồng, thiết bị 300 triệu đồng."
    assert _item_and_measure(text, "2.300") is None


def test_money_from_land_auctioned_by_its_lots_is_land_use_revenue() -> None:
    text = "Năm 2026, huyện đấu giá thành 14 lô đất, thu 96 tỷ đồng."
    assert _item_and_measure(text, "96") == ("revenue_land_use", "actual")
    # a part said after the whole, its lots bare, is of the same revenue
    text = (
        "Thị xã đấu giá thành công 40 thửa đất, thu 310 tỷ đồng. Riêng phường Đông đấu giá thành công 9 lô, thu về "
        "75 tỷ."
    )
    assert _item_and_measure(text, "75") == ("revenue_land_use", "actual")
    # near miss: lots of something else named after them are no land
    assert _item_and_measure("Năm 2026, huyện đấu giá 5 lô gỗ tịch thu, thu 3 tỷ đồng.", "3") is None


def test_a_sentence_opening_on_its_own_year_takes_no_plan_said_before_for_a_later_year() -> None:
    text = (
        "Theo kế hoạch, năm 2027 huyện sẽ thu tiền sử dụng đất 400 tỷ đồng. Năm 2026, huyện thu tiền sử dụng đất "
        "350 tỷ đồng."
    )
    assert _item_and_measure(text, "350") == ("revenue_land_use", "actual")
    # near miss: a plan of its own year said before it still carries
    text = "Theo kế hoạch năm 2026, huyện thu tiền sử dụng đất 400 tỷ đồng. Năm 2026, thu tiền sử dụng đất 350 tỷ đồng."
    assert _item_and_measure(text, "350") == ("revenue_land_use", "plan")


def test_a_units_allotted_estimate_and_its_outturn_said_in_bare_lines_are_one_series_of_its_budget() -> None:
    text = "Dự toán được giao: 3.600 triệu đồng. Thực hiện: 3.420 triệu đồng, đạt 95% dự toán."
    assert _item_and_measure(text, "3.600") == ("other", "plan")
    assert _item_and_measure(text, "3.420") == ("other", "actual")
    assert _item_and_measure(text, "95") == ("other", "plan_pct")
    assert route_in_text(text, "3.420").fields["budget_label"] == "Thực hiện"
    # near miss: a bare estimate nobody allotted (a work's cost) stays out of the budget table
    assert _item_and_measure("Dự toán: 3.600 triệu đồng. Thực hiện: 3.420 triệu đồng.", "3.420") is None
