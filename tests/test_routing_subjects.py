"""The subject a figure carries into routing (orchestration/extraction/routing.py): a clause that names its own
subject keeps its money out of the budget named before it."""

from orchestration.extraction.routing import route_in_text


def test_dollars_in_a_clause_of_their_own_after_a_revenue_are_no_budget() -> None:
    text = "Dự kiến năm 2026 thu ngân sách nhà nước 12.400 tỷ đồng, nhập khẩu 1,3 tỷ USD."
    assert route_in_text(text, "12.400").table == "budgets"
    assert route_in_text(text, "1,3") is None


def test_dollars_of_an_attraction_after_a_revenue_are_no_budget_even_without_a_catalog_subject() -> None:
    text = "Năm 2025, thu ngân sách ước đạt 7.950 tỷ đồng; thu hút đầu tư trực tiếp nước ngoài 450 triệu USD."
    assert route_in_text(text, "450") is None


def test_dong_in_a_clause_of_a_catalog_subject_after_a_revenue_are_no_budget() -> None:
    text = "Quý III, tổng thu ngân sách đạt 2.150 tỷ đồng, tổng mức bán lẻ hàng hóa 18.300 tỷ đồng."
    assert route_in_text(text, "18.300") is None


def test_a_budget_part_in_the_next_clause_stays_a_budget() -> None:
    text = "Năm 2026, thu ngân sách đạt 9.100 tỷ đồng, thu nội địa 8.300 tỷ đồng."
    assert route_in_text(text, "8.300").table == "budgets"


def test_a_comma_inside_a_budget_parts_name_opens_no_clause_of_its_own() -> None:
    text = "Trong đó, thu nội địa 3.020 tỷ đồng; thu từ hoạt động xuất, nhập khẩu 240 tỷ đồng."
    assert route_in_text(text, "240").table == "budgets"


def test_a_budget_part_after_and_with_a_comma_in_its_name_stays_a_budget() -> None:
    text = "Dự toán thu nội địa 2.870 tỷ đồng và thu từ hoạt động xuất, nhập khẩu 95 tỷ đồng."
    assert route_in_text(text, "95").table == "budgets"


def test_exports_after_a_revenue_reached_against_its_estimate_are_no_budget() -> None:
    text = "Thu ngân sách được 4.300 tỷ đồng, bằng 81% dự toán; xuất khẩu ước 640 triệu USD."
    assert route_in_text(text, "640") is None


def test_a_rate_in_brackets_after_a_budget_part_named_with_a_comma_stays_the_parts() -> None:
    text = "Lũy kế 10 tháng, thu từ thuế xuất, nhập khẩu đạt 3.480 tỷ đồng (81,7% dự toán năm)."
    routed = route_in_text(text, "81,7")
    assert routed is not None and routed.table == "budgets"
    assert (routed.fields["budget_item"], routed.fields["measure"]) == ("revenue_import_export", "plan_pct")


def test_a_rate_of_a_catalog_subject_after_a_budgets_figure_and_a_comma_is_no_budgets() -> None:
    text = "Thu ngân sách đạt 4.300 tỷ đồng, nhập khẩu đạt 64,2% kế hoạch năm."
    assert route_in_text(text, "64,2") is None


def test_a_comma_inside_a_table_rows_name_after_its_number_cell_keeps_the_rows_rate_a_budget() -> None:
    from orchestration.extraction import extract_document

    # the row's number cell ("2 |") is no figure of a clause before the comma: "xuất, nhập khẩu" is one name
    text = (
        "THU NGÂN SÁCH QUÝ III NĂM 2026\n\nTT | Nội dung | Thực hiện (tỷ đồng) | So dự toán (%)\n"
        "1 | Thu nội địa | 2.450 | 71,2\n2 | Thu từ hoạt động xuất, nhập khẩu | 130 | 64,8\n"
    )
    tables = extract_document(text.encode(), "probe.txt").tables
    rates = {r["value"]: r["budget_item"] for r in tables["budgets"].iter_rows(named=True) if r["unit"] == "pct"}
    assert rates == {71.2: "revenue_domestic", 64.8: "revenue_import_export"}
    assert not [r for r in tables["indicators"].iter_rows(named=True) if r["value"] == 64.8]


def test_a_works_output_after_a_projects_sentence_is_the_projects_not_a_measured_subject() -> None:
    # "sản lượng" of the works (thi công, xây lắp) is the work's progress, carried from the project named before
    text = "Dự án nâng cấp đường huyện 12 được khởi công năm 2025. Sản lượng xây lắp đạt 64% giá trị hợp đồng."
    assert route_in_text(text, "64", year=2026).table == "projects"
    # near miss: a crop's output after the same project is its own subject, an indicator
    crop = "Dự án nâng cấp đường huyện 12 được khởi công năm 2025. Sản lượng lúa đạt 96% kế hoạch."
    assert route_in_text(crop, "96", year=2026) is None


def test_a_cell_of_a_project_table_read_one_cell_a_line_is_its_rows_project() -> None:
    from orchestration.extraction.figures import find_figures
    from orchestration.extraction.routing import route_project_cell

    money = find_figures("Tổng mức đầu tư 750 tỷ đồng")[0]
    routed = route_project_cell(money, "Đường ven hồ Đại Lải", "total_investment")
    assert routed is not None and routed.table == "projects"
    assert routed.fields["project_name"] == "Đường ven hồ Đại Lải"
    assert routed.fields["measure"] == "total_investment"
    assert route_project_cell(money, "Tổng cộng", "total_investment") is None  # a total row names no project
    share = find_figures("giải ngân đạt 64,5%")[0]
    assert route_project_cell(share, "Cầu Bình Minh", "plan_pct").fields["measure"] == "plan_pct"
    assert route_project_cell(share, "Cầu Bình Minh", "disbursed") is None  # a share is no money disbursed


def test_an_amount_each_unit_gets_is_no_budget_sum() -> None:
    # "mức hỗ trợ 50 triệu đồng/hộ", "hỗ trợ mỗi thôn 300 triệu đồng": what each household or hamlet gets from a
    # programme, a rate, not a sum the programme holds or paid out
    text = (
        "Năm 2026, huyện hỗ trợ sửa chữa nhà cho 210 hộ từ vốn Chương trình MTQG giảm nghèo bền vững, "
        "mức hỗ trợ 50 triệu đồng/hộ, tổng kinh phí 10,5 tỷ đồng."
    )
    assert route_in_text(text, "50") is None
    assert route_in_text(text, "10,5").table == "budgets"  # near miss: the sum itself
    text = "Xã đã giải ngân vốn Chương trình MTQG xây dựng nông thôn mới 12 tỷ đồng, hỗ trợ mỗi thôn 300 triệu đồng."
    assert route_in_text(text, "300") is None
    assert route_in_text(text, "12").table == "budgets"
    # near miss: a disbursement over its plan ("/KH vốn") is a sum
    text = "Vốn Chương trình MTQG giảm nghèo bền vững đã giải ngân 45,6 tỷ đồng/kế hoạch vốn 80 tỷ đồng."
    assert route_in_text(text, "45,6").table == "budgets"


def test_a_plan_share_after_what_a_work_carries_is_that_quantitys() -> None:
    # a port's or a line's throughput, then its share of the plan: the quantity's plan, no share of the work's capital
    text = "Cảng Chân Mây năm nay: hàng hóa thông qua cảng đạt 8,4 triệu tấn, bằng 91,2% kế hoạch năm."
    assert route_in_text(text, "91,2") is None
    text = "Tuyến buýt nhanh Kim Mã - Yên Nghĩa chở 9 triệu lượt khách, vượt 12% so với kế hoạch."
    assert route_in_text(text, "12") is None
    # near misses: the capital's share, and a share after a length of works built, stay the work's
    text = "Cầu Chân Mây đã giải ngân 120 tỷ đồng, đạt 60% kế hoạch vốn."
    assert route_in_text(text, "60").fields["measure"] == "plan_pct"
    text = "Đường ven biển Chân Mây đã thi công 12 km, đạt 60% kế hoạch."
    assert route_in_text(text, "60").fields["measure"] == "plan_pct"
    # (the rates said of the quantity between it and the plan share are passed over)
    text = "Cảng Chân Mây: hàng hóa thông qua cảng đạt 8,4 triệu tấn, tăng 9% so với cùng kỳ, bằng 91,2% kế hoạch."
    assert route_in_text(text, "91,2") is None
    # nor is a group's own count the quantity: its share of the plan stays the group's
    text = "Năm nay huyện khởi công 6 công trình thủy lợi, đạt 75% kế hoạch."
    assert route_in_text(text, "75").fields["measure"] == "plan_pct"


def test_a_sum_after_a_clause_whose_own_sum_is_no_budget_carries_no_budget() -> None:
    # an inspection's findings: "kiến nghị thu hồi nộp ngân sách" is no revenue, so the next clause's sum is none either
    text = "Thanh tra phát hiện vi phạm 86 tỷ đồng; kiến nghị thu hồi nộp ngân sách 52 tỷ đồng; kiến nghị khác 34 tỷ."
    assert route_in_text(text, "52") is None
    assert route_in_text(text, "34") is None
    # near miss: after a real budget part, the next part stays a budget
    text = "Năm nay thu ngân sách 9.100 tỷ đồng; thu nội địa 8.300 tỷ đồng; thu khác 120 tỷ đồng."
    assert route_in_text(text, "120").table == "budgets"
