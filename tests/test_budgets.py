"""Budget rules (orchestration/extraction/budgets.py), one test per rule, real report phrasings."""

import datetime as dt

from orchestration.extraction.routing import route_in_text

REVENUE = ("Tổng thu NSNN trên địa bàn tỉnh tính đến ngày 17/6/2024 được 386 tỷ đồng, đạt 41,5% dự toán "
           "Trung ương giao và 38% dự toán tỉnh giao. Trong đó: thu nội địa được 365 tỷ đồng/978 tỷ đồng, "
           "đạt 37% dự toán tỉnh giao; thu xuất nhập khẩu được 18,2 tỷ đồng/32 tỷ đồng, đạt 57% dự toán tỉnh giao.")


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
    text = ("Trong 6 tháng đầu năm 2024, tiến độ thu ngân sách còn chậm, trong đó: thu tiền sử dụng đất mới "
            "đạt 15% dự toán giao; thu từ khu vực doanh nghiệp nhà nước mới đạt 28%.")
    land, other = route_in_text(text, "15"), route_in_text(text, "28")
    assert land.fields["budget_item"] == "revenue_land_use" and land.fields["measure"] == "plan_pct"
    assert land.fields["plan_basis"] is None
    assert other.fields["budget_item"] == "revenue_other" and other.fields["measure"] == "plan_pct"


def test_expenditure_items_are_local_budget():
    text = ("Tổng chi ngân sách địa phương đến ngày 17/6/2024 được 2.458/7.441,4 tỷ đồng, đạt 33% dự toán tỉnh "
            "giao đầu năm; trong đó chi đầu tư 578/2.157,1 tỷ đồng đạt 33%, chi thường xuyên 1.879/5.280,079 tỷ "
            "đồng đạt 35,5% so với dự toán giao đầu năm.")
    total = route_in_text(text, "2.458")
    assert total.fields["budget_item"] == "expenditure_total" and total.fields["funding_source"] == "local"
    inv = route_in_text(text, "2.157,1")
    assert inv.fields["budget_item"] == "expenditure_investment" and inv.fields["measure"] == "plan"
    assert inv.fields["plan_basis"] == "provincial"
    rec = route_in_text(text, "35,5")
    assert rec.fields["budget_item"] == "expenditure_recurrent" and rec.fields["measure"] == "plan_pct"


def test_disbursement_against_central_and_provincial_plans():
    text = ("Các hoạt động đầu tư được thúc đẩy mạnh mẽ, đến ngày 01/6/2025, giải ngân được 1.123,1 tỷ đồng, "
            "đạt 34% kế hoạch Trung ương giao; đạt 30% kế hoạch tỉnh giao, cùng với cả nước.")
    actual = route_in_text(text, "1.123,1")
    assert actual.fields["budget_item"] == "public_investment" and actual.fields["measure"] == "actual"
    assert actual.fields["as_of"] == dt.date(2025, 6, 1)
    assert route_in_text(text, "34").fields["plan_basis"] == "central"
    assert route_in_text(text, "30").fields["plan_basis"] == "provincial"


def test_funding_source_from_clause():
    text = ("Tổng kế hoạch đầu tư công năm 2024 của tỉnh là 2.430,6 tỷ đồng; trong đó: Nguồn vốn ngân sách địa "
            "phương: 906.750 triệu đồng, nguồn vốn ngân sách trung ương bổ sung: 1.523,9 tỷ đồng.")
    total = route_in_text(text, "2.430,6")
    assert total.fields["measure"] == "plan" and total.fields["funding_source"] is None
    assert total.fields["period_end"] == dt.date(2024, 12, 31)
    assert route_in_text(text, "906.750").fields["funding_source"] == "local"
    assert route_in_text(text, "1.523,9").fields["funding_source"] == "central"


def test_both_sources_is_no_source_and_programme_item():
    text = ("Tỷ lệ giải ngân kế hoạch vốn đầu tư năm 2024 các chương trình MTQG (bao gồm vốn NSTW và NSDP) "
            "đến ngày 17/6/2024 đạt 142,5 tỷ đồng, đạt 23% kế hoạch.")
    r = route_in_text(text, "142,5")
    assert r.fields["budget_item"] == "target_programme" and r.fields["funding_source"] is None


def test_programme_heading_makes_programme_money():
    text = "Tổng nguồn vốn được giao: 5.780 triệu đồng, trong đó: vốn đầu tư phát triển 1.698 triệu đồng."
    heading = "2. Chương trình mục tiêu quốc gia Xây dựng nông thôn mới"
    r = route_in_text(text, "1.698", heading=heading)
    assert r.fields["budget_item"] == "target_programme" and r.fields["measure"] == "plan"


def test_estimate_given_then_done():
    text = ("Dự toán thu ngân sách trên địa bàn thành phố năm 2024 được giao 317 tỷ đồng; thực hiện đến ngày "
            "31/5/2024 đạt 72,4 tỷ đồng, bằng 23% dự toán giao.")
    assert route_in_text(text, "317").fields["measure"] == "plan"
    assert route_in_text(text, "72,4").fields["measure"] == "actual"
    assert route_in_text(text, "23").fields["measure"] == "plan_pct"


def test_province_allocation_is_other_provincial_plan():
    text = "UBND tỉnh đã phân bổ 1.501 triệu đồng tại Quyết định số 2338/QĐ-UBND ngày 10/12/2023."
    r = route_in_text(text, "1.501")
    assert r.fields["budget_item"] == "other" and r.fields["plan_basis"] == "provincial"


def test_not_budget_credit_social_investment_fines():
    assert route_in_text("Tổng dư nợ cấp tín dụng ước thực hiện đạt 13.850 tỷ đồng.", "13.850") is None
    assert route_in_text("Tổng vốn đầu tư phát triển toàn xã hội ước đạt 2.868,4 tỷ đồng, trong đó vốn "
                         "ngân sách nhà nước tăng 4,3%.", "4,3") is None
    assert route_in_text("tịch thu 174 m³ gỗ, thu nộp ngân sách Nhà nước trên 1.243 triệu đồng.", "1.243") is None
