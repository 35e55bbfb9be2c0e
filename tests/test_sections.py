"""Plans for the future: figures in a "phương hướng, nhiệm vụ" section are targets."""

import pytest

from orchestration.extraction import extract_document
from orchestration.extraction.layout import build_layout
from orchestration.extraction.sections import future_sections

REPORT = """ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH
BÁO CÁO
Tình hình kinh tế - xã hội 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 45.000 tỷ đồng, tăng 11% so với cùng kỳ.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ
6 THÁNG CUỐI NĂM 2024
1. Về kinh tế
Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ cả năm đạt 95.000 tỷ đồng; tốc độ tăng trưởng kinh tế đạt 8,5%.

III. KIẾN NGHỊ
Đề nghị hỗ trợ 200 tỷ đồng cho dự án đê biển.
"""


def test_future_section_runs_to_the_next_top_heading() -> None:
    layout = build_layout(REPORT)
    (a, b), = future_sections(layout)
    section = layout.clean[a:b]
    assert section.startswith("II. PHƯƠNG HƯỚNG") and "95.000" in section and "KIẾN NGHỊ" not in section


def test_amounts_in_a_plan_section_are_targets_for_the_year() -> None:
    extraction = extract_document(REPORT.encode(), "thai_binh.txt")
    rows = {r["value"]: r for r in extraction.tables["indicators"].to_dicts()}
    assert rows[45000e9]["metric"] == "level"
    assert rows[95000e9]["metric"] == "target"
    assert (str(rows[95000e9]["period_start"]), str(rows[95000e9]["period_end"])) == ("2024-01-01", "2024-12-31")
    # a growth rate aimed at is a target too (the gold's "Mục tiêu tăng trưởng ... trên 8,5%"), of the same year
    assert (rows[8.5]["metric"], str(rows[8.5]["period_end"])) == ("target", "2024-12-31")
    assert rows[11]["metric"] == "yoy_pct"  # a growth achieved, before the plans, keeps its metric


@pytest.mark.parametrize(("done", "ahead"), [
    ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2022\nTổng lượt khách du lịch đạt 900 nghìn lượt.",
     "II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2022\nPhấn đấu đón 400 nghìn lượt khách."),
    # (how a plan or an estimate was carried out: "TÌNH HÌNH THỰC HIỆN KẾ HOẠCH ...")
    ("I. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2026\nGiải ngân đến hết tháng 10 đạt 2.140 tỷ đồng.",
     "II. KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2027\nDự kiến bố trí 3.900 tỷ đồng."),
])
def test_a_heading_on_how_the_tasks_or_a_plan_were_carried_out_sets_no_plans(done: str, ahead: str) -> None:
    report = f"{done}\n\n{ahead}\n"
    (a, _), = future_sections(build_layout(report))
    assert build_layout(report).clean[a:] == ahead + "\n"


def test_a_heading_that_carries_a_plan_out_and_names_the_next_opens_a_plan_section() -> None:
    both = "I. KẾT QUẢ THỰC HIỆN DỰ TOÁN NĂM 2026 VÀ DỰ TOÁN, KẾ HOẠCH NĂM 2027\nDự kiến thu 900 tỷ đồng.\n"
    assert len(future_sections(build_layout(both))) == 1


def test_a_meeting_headline_in_capitals_opens_no_plan_section() -> None:
    news = ("KỲ HỌP HĐND XÃ ĐÁNH GIÁ 6 THÁNG ĐẦU NĂM VÀ BÀN NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024\n"
            "Theo báo cáo, thu ngân sách 6 tháng đầu năm ước được 4.100 triệu đồng.\n")
    assert future_sections(build_layout(news)) == []
    rows = extract_document(news.encode(), "ky_hop.txt").tables["budgets"].to_dicts()
    assert [(r["measure"], str(r["period_end"])) for r in rows] == [("actual", "2024-06-30")]


def test_r43_a_plain_line_naming_a_terms_targets_opens_a_list_of_targets() -> None:
    # r43imp: a commune's page lists its term's aims under a line that is no numbered or capital heading
    page = ("Giới thiệu xã\n\n"
            "Mục tiêu cụ thể giai đoạn 2026-2030\n"
            "- Kinh tế:\n"
            "a) Giá trị sản xuất trên 1 ha canh tác: 150 triệu đồng.\n"
            "b) Số hộ được dùng nước sạch: 1.200 hộ.\n")
    layout = build_layout(page)
    (a, _), = future_sections(layout)
    assert layout.clean[a:].startswith("Mục tiêu cụ thể giai đoạn 2026-2030")
    rows = extract_document(page.encode(), "xa.txt").tables["indicators"].to_dicts()
    assert {r["value"]: r["metric"] for r in rows}[1200] == "target"
    # a line on the results of the term's targets opens none
    done = "Kết quả thực hiện các chỉ tiêu nhiệm kỳ 2020-2025\nSố hộ được dùng nước sạch: 1.200 hộ.\n"
    assert future_sections(build_layout(done)) == []


def test_a_heading_naming_the_targets_of_a_term_opens_a_plan_section() -> None:
    # a party congress report: the term's results, then its aims under "MỤC TIÊU NHIỆM KỲ"
    report = ("BÁO CÁO CHÍNH TRỊ\n"
              "I. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU NHIỆM KỲ 2020 - 2025\n"
              "Tỷ lệ che phủ rừng đạt 41%.\n\n"
              "II. MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2025 - 2030\n"
              "Phấn đấu đến năm 2030, thu nhập bình quân đầu người đạt 80 triệu đồng; tỷ lệ che phủ rừng đạt 45%.\n\n"
              "III. MỤC TIÊU ĐẾN NĂM 2035\n"
              "Tỷ lệ đô thị hóa đạt 40%.\n")
    layout = build_layout(report)
    starts = [layout.clean[a:].split("\n", 1)[0] for a, _ in future_sections(layout)]
    assert starts == ["II. MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2025 - 2030", "III. MỤC TIÊU ĐẾN NĂM 2035"]
    rows = {r["value"]: r for r in extract_document(report.encode(), "dai_hoi.txt").tables["indicators"].to_dicts()}
    assert rows[41]["metric"] == "level"
    assert rows[45]["metric"] == rows[80e6]["metric"] == "target"


def test_a_target_aims_at_the_year_its_sections_heading_names() -> None:
    # a commune's yearly report: its plans for the next year under a heading that names it, the sentences none
    report = ("ỦY BAN NHÂN DÂN XÃ AN BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2028 và phương hướng năm 2029\n\n"
              "I. KẾT QUẢ NĂM 2028\nThu nhập bình quân đầu người đạt 61 triệu đồng.\n\n"
              "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2029\nPhấn đấu thu nhập bình quân đầu người đạt 65 triệu đồng; "
              "trồng mới 40 ha rừng.\n\n"
              "III. MỤC TIÊU ĐẾN NĂM 2030\nTỷ lệ hộ nghèo còn dưới 1%.\n")
    rows = {r["value"]: r for r in extract_document(report.encode(), "an_binh.txt").tables["indicators"].to_dicts()}
    assert (rows[61e6]["metric"], rows[61e6]["period_start"].year) == ("level", 2028)
    assert [(rows[v]["metric"], rows[v]["period_start"].year) for v in (65e6, 40, 1)] == [
        ("target", 2029), ("target", 2029), ("target", 2030)]


PLAN_RESOLUTION = """HỘI ĐỒNG NHÂN DÂN TỈNH ĐIỆN BIÊN
Số: 41/NQ-HĐND
Điện Biên, ngày 8 tháng 12 năm 2027

NGHỊ QUYẾT
Về kế hoạch phát triển kinh tế - xã hội năm 2028

Điều 1. Mục tiêu, chỉ tiêu chủ yếu năm 2028
a) Tốc độ tăng trưởng kinh tế (GRDP) đạt 7,8% trở lên.
b) Thu ngân sách nhà nước trên địa bàn đạt 2.450 tỷ đồng.
c) Tỷ lệ che phủ rừng đạt 47,2%.
Điều 2. Tổ chức thực hiện
Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
"""


def test_a_plan_document_sets_plans_from_its_first_line() -> None:
    extraction = extract_document(PLAN_RESOLUTION.encode(), "dien_bien.txt")
    indicators = {r["value"]: r for r in extraction.tables["indicators"].to_dicts()}
    budgets = {r["value"]: r for r in extraction.tables["budgets"].to_dicts()}
    year = ("2028-01-01", "2028-12-31")
    for value in (7.8, 47.2):
        assert (indicators[value]["metric"], str(indicators[value]["period_start"]),
                str(indicators[value]["period_end"])) == ("target", *year)
    assert (budgets[2450e9]["measure"], str(budgets[2450e9]["period_start"])) == ("plan", year[0])


def test_a_plan_section_aims_its_budget_amounts_and_changes_at_the_plans_year() -> None:
    text = ("UBND TỈNH LAI CHÂU\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026 và kế hoạch năm 2027\n\n"
            "I. TÌNH HÌNH NĂM 2026\nThu ngân sách nhà nước trên địa bàn đạt 3.100 tỷ đồng.\n"
            "II. KẾ HOẠCH NĂM 2027\nThu ngân sách nhà nước trên địa bàn đạt 3.400 tỷ đồng; tỷ lệ hộ nghèo giảm 4%.\n")
    extraction = extract_document(text.encode(), "lai_chau.txt")
    budgets = {r["value"]: r for r in extraction.tables["budgets"].to_dicts()}
    assert (budgets[3100e9]["measure"], str(budgets[3100e9]["period_end"])) == ("actual", "2026-12-31")
    assert (budgets[3400e9]["measure"], str(budgets[3400e9]["period_end"])) == ("plan", "2027-12-31")
    [poverty] = [r for r in extraction.tables["indicators"].to_dicts() if r["value"] == -4]
    assert str(poverty["period_end"]) == "2027-12-31"


def test_which_titles_and_dates_make_a_plan_document() -> None:
    import datetime as dt

    from orchestration.extraction.sections import is_a_plan_document

    assert is_a_plan_document("Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2028", None, None)
    assert is_a_plan_document("Kế hoạch phát triển kinh tế - xã hội 5 năm 2026-2030", None, None)
    assert is_a_plan_document("Nghị quyết về dự toán ngân sách nhà nước năm 2027", None, None)
    assert is_a_plan_document("Nghị quyết về việc thông qua tình hình năm 2026", dt.date(2026, 12, 9),
                              dt.date(2027, 1, 1))  # issued before its period began
    assert not is_a_plan_document("Báo cáo tình hình kinh tế - xã hội năm 2026 và kế hoạch năm 2027", None, None)
    assert not is_a_plan_document("Báo cáo kết quả thực hiện kế hoạch năm 2026", dt.date(2026, 12, 9),
                                  dt.date(2026, 1, 1))
    assert not is_a_plan_document(None, None, None)
    # a date years before the period is another document's, cited in the legal basis
    assert not is_a_plan_document("Nghị quyết về việc thông qua tình hình năm 2026", dt.date(2015, 6, 19),
                                  dt.date(2027, 1, 1))


def test_a_crop_seasons_plan_in_a_section_for_a_later_year_is_that_years() -> None:
    text = ("UBND HUYỆN ĐÔ LƯƠNG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027 và kế hoạch năm 2028\n\n"
            "I. KẾT QUẢ NĂM 2027\nKế hoạch gieo cấy vụ Mùa 6.200 ha lúa, đã gieo cấy 6.150 ha.\n"
            "II. KẾ HOẠCH NĂM 2028\nTập trung chỉ đạo gieo cấy 7.900 ha lúa vụ Xuân.\n")
    rows = extract_document(text.encode(), "do_luong.txt").tables["indicators"].to_dicts()
    read = {r["value"]: (r["metric"], r["period_start"].year, r["period_end"].year) for r in rows}
    assert read[7900] == ("target", 2028, 2028)  # the season of the year planned
    assert read[6200][1:] == (2027, 2027)  # a season's plan inside the report's year stays in it


def test_every_crop_season_of_the_seasons_table_keeps_its_plan_in_the_reports_period() -> None:
    # the seasons are one table (words/crop_seasons.csv): "vụ Thu Đông", "vụ Hè" as much as "vụ Mùa"
    def target_period(sentence: str) -> tuple[str, str]:
        text = f"UBND HUYỆN YÊN THÀNH\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2027\n\n{sentence}\n"
        rows = extract_document(text.encode(), "yen_thanh.txt").tables["indicators"].to_dicts()
        (target,) = [r for r in rows if r["metric"] == "target"]
        return str(target["period_start"]), str(target["period_end"])

    assert target_period("Kế hoạch gieo trồng vụ Thu Đông 2.400 ha, đã gieo trồng 2.350 ha.") == (
        "2027-01-01", "2027-06-30")
    assert target_period("Kế hoạch gieo trồng vụ Hè 1.100 ha, đã gieo trồng 1.020 ha.") == ("2027-01-01", "2027-06-30")
    # near-miss: a plan of no season is the whole year's
    assert target_period("Kế hoạch gieo trồng 2.400 ha ngô, đã gieo trồng 2.350 ha.") == ("2027-01-01", "2027-12-31")


def test_a_works_step_a_plan_section_names_is_still_to_come() -> None:
    report = ("UBND HUYỆN LẠC SƠN\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
              "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026\n"
              "Ngày 3/4/2026, huyện khởi công dự án đường liên xã Ân Nghĩa - Tân Mỹ.\n\n"
              "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027\n"
              "- Hoàn thành, đưa vào sử dụng dự án cầu Suối Cháo.\n"
              "- Khởi công dự án trường mầm non Yên Phú, tổng mức đầu tư 45 tỷ đồng.\n")
    rows = extract_document(report.encode(), "lac_son.txt").tables["projects"].to_dicts()
    events = {(r["project_name"], r["measure"]): (r["event"], r["event_date"]) for r in rows}
    # (the step the review reports was taken, on its day)
    assert events[("đường liên xã Ân Nghĩa - Tân Mỹ", None)][0] == "started"
    assert events[("cầu Suối Cháo", None)] == ("in_progress", None)
    assert events[("trường mầm non Yên Phú", None)] == ("in_progress", None)
    assert events[("trường mầm non Yên Phú", "total_investment")] == ("in_progress", None)


@pytest.mark.parametrize("heading", ["II. NHIỆM VỤ, GIẢI PHÁP THÁNG 12", "PHẦN II. CÁC NHIỆM VỤ CHỦ YẾU QUÝ IV",
                                     "II. KẾ HOẠCH THÁNG 01/2027", "III. ĐỊNH HƯỚNG NĂM 2027"])
def test_a_heading_of_the_tasks_of_a_month_or_quarter_sets_plans(heading: str) -> None:
    text = f"I. KẾT QUẢ ĐẠT ĐƯỢC\nĐón 41.000 lượt khách.\n\n{heading}\nĐón 45.000 lượt khách.\n"
    layout = build_layout(text)
    (a, _), = future_sections(layout)
    assert layout.clean[a:].startswith(heading)


@pytest.mark.parametrize("heading", ["I. KẾT QUẢ ĐẠT ĐƯỢC TRONG THỰC HIỆN NHIỆM VỤ THÁNG 11",
                                     "I. KẾ HOẠCH THÁNG 11 VÀ KẾT QUẢ THỰC HIỆN", "II. TÌNH HÌNH QUÝ III"])
def test_a_heading_of_the_results_of_a_month_sets_none(heading: str) -> None:
    # near misses: the results of a month's tasks, or a heading that reviews besides naming a plan
    assert future_sections(build_layout(f"{heading}\nĐón 41.000 lượt khách.\n")) == []


def test_the_targets_of_a_year_after_the_one_reviewed_are_plans() -> None:
    # "I. KẾT QUẢ NĂM 2026" then "II. CHỈ TIÊU CHỦ YẾU NĂM 2027": the next year's targets
    text = "I. KẾT QUẢ NĂM 2026\nĐón 41.000 lượt khách.\n\nII. CHỈ TIÊU CHỦ YẾU NĂM 2027\nĐón 45.000 lượt khách.\n"
    layout = build_layout(text)
    (a, _), = future_sections(layout)
    assert layout.clean[a:].startswith("II. CHỈ TIÊU CHỦ YẾU NĂM 2027")
    # near misses: the targets of the year reviewed, or with no earlier year to set them after
    same = text.replace("II. CHỈ TIÊU CHỦ YẾU NĂM 2027", "II. CHỈ TIÊU CHỦ YẾU NĂM 2026")
    assert future_sections(build_layout(same)) == []
    alone = text.replace("I. KẾT QUẢ NĂM 2026", "I. KẾT QUẢ ĐẠT ĐƯỢC")
    assert future_sections(build_layout(alone)) == []


def test_the_targets_of_a_year_after_the_reports_own_are_plans_with_no_year_in_the_heading_before() -> None:
    # "I. KẾT QUẢ ĐẠT ĐƯỢC" names no year: the report's own (2026) is the year reviewed, "II. MỤC TIÊU NĂM 2027" plans
    text = "I. KẾT QUẢ ĐẠT ĐƯỢC\nĐón 41.000 lượt khách.\n\nII. MỤC TIÊU NĂM 2027\nĐón 45.000 lượt khách.\n"
    layout = build_layout(text)
    (a, _), = future_sections(layout, report_year=2026)
    assert layout.clean[a:].startswith("II. MỤC TIÊU NĂM 2027")
    # near-miss: the targets of the report's own year are reviewed
    assert future_sections(build_layout(text.replace("2027", "2026")), report_year=2026) == []
    report = ("ỦY BAN NHÂN DÂN XÃ TÂN AN\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2026\n\n" + text).replace(
        "Đón 45.000 lượt khách.", "Phấn đấu thu nhập bình quân đầu người 63 triệu đồng.")
    rows = extract_document(report.encode(), "tan_an.txt").tables["indicators"].to_dicts()
    assert [(r["metric"], r["period_start"].year) for r in rows] == [("level", 2026), ("target", 2027)]


@pytest.mark.parametrize("heading", ["I. KẾ HOẠCH VỐN NĂM 2027 VÀ KẾT QUẢ GIẢI NGÂN",
                                     "II. KẾ HOẠCH NĂM 2027 VÀ TÌNH HÌNH THỰC HIỆN 9 THÁNG"])
def test_a_years_plan_named_before_its_results_is_under_review(heading: str) -> None:
    # the plan first, then "và kết quả"/"và tình hình" of carrying it out: the section holds what was done
    assert future_sections(build_layout(f"{heading}\nĐã giải ngân 1.240 tỷ đồng.\n")) == []


def test_a_plan_named_after_the_results_or_with_tasks_still_sets_plans() -> None:
    # near misses: the results first and the plan after them, or the tasks ahead named beside the plan under review
    for heading in ("I. KẾT QUẢ NĂM 2026 VÀ KẾ HOẠCH NĂM 2027",
                    "III. KẾ HOẠCH NĂM 2027 VÀ KẾT QUẢ 9 THÁNG, PHƯƠNG HƯỚNG 3 THÁNG CUỐI NĂM"):
        assert future_sections(build_layout(f"{heading}\nGiải ngân 1.240 tỷ đồng.\n")) != []


def test_results_then_a_plan_under_one_heading_part_at_the_plans_sub_heading() -> None:
    # "KẾT QUẢ ... VÀ KẾ HOẠCH ...": the results first; the plan opens at the sub-heading naming it
    report = ("I. KẾT QUẢ 9 THÁNG NĂM 2025 VÀ KẾ HOẠCH NĂM 2026\n1. Kết quả 9 tháng\nĐón 310 nghìn lượt khách.\n"
              "2. Kế hoạch năm 2026\nĐón 500 nghìn lượt khách.\nII. KIẾN NGHỊ\nHỗ trợ 20 tỷ đồng.\n")
    layout = build_layout(report)
    (a, b), = future_sections(layout)
    assert layout.clean[a:b].startswith("2. Kế hoạch năm 2026") and "KIẾN NGHỊ" not in layout.clean[a:b]


def test_results_then_a_plan_under_sub_headings_of_topics_hold_results() -> None:
    report = ("I. TÌNH HÌNH 6 THÁNG ĐẦU NĂM 2024 VÀ PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM\n1. Nông nghiệp\n"
              "Sản lượng lúa đạt 41.000 tấn.\n2. Du lịch\nĐón 90 nghìn lượt khách.\n")
    assert future_sections(build_layout(report)) == []
    # near miss: a sub-heading of tasks ("nhiệm vụ" alone names a field of work: "3. Nhiệm vụ quốc phòng") parts it
    assert len(future_sections(build_layout(report + "3. Nhiệm vụ, giải pháp\nĐón 200 nghìn lượt khách.\n"))) == 1
    assert future_sections(build_layout(report + "3. Nhiệm vụ quốc phòng\nHuấn luyện 900 người.\n")) == []


@pytest.mark.parametrize("heading", [
    "Phần thứ hai: Nhiệm vụ, giải pháp năm 2025", "PHẦN THỨ HAI\nPHƯƠNG HƯỚNG NĂM 2025",
    "Chương II. Phương hướng, nhiệm vụ năm 2025",
    "Phần thứ hai:\nPhương hướng, nhiệm vụ năm 2025"])
def test_a_part_counted_in_words_or_a_chapter_heads_a_section(heading: str) -> None:
    report = (f"Phần thứ nhất: Kết quả năm 2024\n1. Du lịch\nĐón 800 nghìn lượt khách.\n\n{heading}\n1. Du lịch\n"
              "Đón 900 nghìn lượt khách.\n")
    layout = build_layout(report)
    (a, _), = future_sections(layout)
    assert layout.clean[a:].startswith(heading.split("\n")[0]) and "800" not in layout.clean[a:]
    # near miss: a sentence on a part of something is no heading
    assert future_sections(build_layout("Phần thứ hai của kế hoạch năm 2025 giao 30 tỷ đồng.\n")) == []


def test_a_headline_naming_results_then_tasks_opens_no_plan_section() -> None:
    news = ("XÃ AN THẠNH ĐÁNH GIÁ KẾT QUẢ 9 THÁNG VÀ TRIỂN KHAI NHIỆM VỤ 3 THÁNG CUỐI NĂM 2026\n"
            "Ngày 2/10, xã tổ chức hội nghị. 9 tháng, thu ngân sách đạt 5.300 triệu đồng.\n")
    assert future_sections(build_layout(news)) == []
    # near miss: the same words heading a section of a report under its title still head one of plans
    assert len(future_sections(build_layout("BÁO CÁO\n" + news.replace("XÃ AN THẠNH ", "I. ")))) == 1


def test_a_numbered_sub_heading_of_a_later_times_tasks_opens_a_plan_up_to_the_next_as_high() -> None:
    report = ("BÁO CÁO\n1. Kết quả 9 tháng năm 2026\nĐón 900 lượt khách.\n2. Nhiệm vụ, giải pháp quý IV năm 2026\n"
              "2.1. Du lịch\nĐón 400 lượt khách.\n3. Kiến nghị\nHỗ trợ 20 tỷ đồng.\n")
    layout = build_layout(report)
    (a, b), = future_sections(layout)
    section = layout.clean[a:b]
    assert section.startswith("2. Nhiệm vụ") and "400" in section and "Kiến" not in section
    # near miss: a numbered item stating what a plan came to is no heading of plans
    done = "BÁO CÁO\n1. Kế hoạch năm 2026 giao 500 ha, đã trồng 480 ha.\n2. Du lịch\nĐón 900 lượt khách.\n"
    assert future_sections(build_layout(done)) == []


@pytest.mark.parametrize("heading", ["II. NHIỆM VỤ, GIẢI PHÁP", "III. NHIỆM VỤ VÀ GIẢI PHÁP",
                                     "PHẦN II. CÁC NHIỆM VỤ, GIẢI PHÁP"])
def test_a_heading_of_tasks_and_means_naming_no_time_sets_the_plan_the_title_names(heading: str) -> None:
    report = ("BÁO CÁO\nTình hình thực hiện kế hoạch năm 2026 và kế hoạch năm 2027\n\n"
              "I. KẾT QUẢ THỰC HIỆN NĂM 2026\nSản lượng lương thực đạt 412.000 tấn.\n\n"
              f"{heading}\nSản lượng lương thực đạt 420.000 tấn.\n")
    rows = {r["value"]: r for r in extract_document(report.encode(), "p.txt").tables["indicators"].to_dicts()}
    assert (rows[412000]["metric"], str(rows[412000]["period_end"])) == ("level", "2026-12-31")
    assert (rows[420000]["metric"], str(rows[420000]["period_end"])) == ("target", "2027-12-31")


@pytest.mark.parametrize("heading", ["II. NHIỆM VỤ, GIẢI PHÁP ĐÃ TRIỂN KHAI",
                                     "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ, GIẢI PHÁP", "II. NHIỆM VỤ"])
def test_a_heading_of_tasks_carried_out_or_of_tasks_alone_sets_no_plans(heading: str) -> None:
    assert future_sections(build_layout(f"I. TÌNH HÌNH CHUNG\nNăm qua ...\n\n{heading}\nĐã trồng 300 ha rừng.\n")) == []


def _the_only_plan(report: str) -> str:
    layout = build_layout(report)
    (a, b), = future_sections(layout)
    return layout.clean[a:b]


@pytest.mark.parametrize(("top", "inner", "after"), [
    ("PHẦN I. TÌNH HÌNH NĂM 2026", "PHẦN II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027", "PHẦN III. TỔ CHỨC THỰC HIỆN"),
    ("A. KẾT QUẢ NĂM 2026", "B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027", "C. KIẾN NGHỊ"),
])
def test_a_plan_opened_by_a_part_runs_on_over_the_numerals_inside_it(top: str, inner: str, after: str) -> None:
    report = (f"{top}\nI. KINH TẾ\nĐàn lợn đạt 2.100 con.\n\n{inner}\nI. MỤC TIÊU TỔNG QUÁT\nPhát triển bền vững.\n"
              f"II. CÁC CHỈ TIÊU CHỦ YẾU\nĐàn lợn đạt 2.300 con.\n\n{after}\nĐề nghị hỗ trợ 50 tỷ đồng.\n")
    plan = _the_only_plan(report)
    assert plan.startswith(inner) and "2.300" in plan
    assert after not in plan  # (near miss: a heading of the plan's own kind closes it)


def test_a_plan_opened_by_a_numeral_runs_on_over_letters_and_closes_at_the_next_numeral() -> None:
    report = ("I. KẾT QUẢ NĂM 2026\nA. Kinh tế\nĐàn lợn đạt 2.100 con.\n\n"
              "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027\nA. MỤC TIÊU\nĐàn lợn đạt 2.300 con.\n"
              "III. KIẾN NGHỊ\nĐề nghị hỗ trợ 50 tỷ đồng.\n")
    plan = _the_only_plan(report)
    assert "2.300" in plan and "KIẾN NGHỊ" not in plan and "2.100" not in plan


def test_a_plans_own_parts_headed_in_capitals_stay_inside_it() -> None:
    report = ("I. KẾT QUẢ NĂM 2026\nĐàn lợn đạt 2.100 con.\n\nII. KẾ HOẠCH NĂM 2027\nMỤC TIÊU CHUNG\n"
              "Phát triển bền vững.\nCÁC CHỈ TIÊU CHỦ YẾU\nĐàn lợn đạt 2.300 con.\n\n"
              "BIỂU TỔNG HỢP SỐ LIỆU CHĂN NUÔI\nĐàn bò có 900 con.\n")
    plan = _the_only_plan(report)
    assert "2.300" in plan
    assert "900" not in plan  # (near miss: a heading in capitals of something else closes the plan)


@pytest.mark.parametrize("heading", ["2. NHIỆM VỤ, GIẢI PHÁP THÁNG 12", "2. Nhiệm vụ trọng tâm quý IV"])
def test_a_plan_of_a_time_numbered_as_the_parts_of_a_report_numbered_only_in_figures(heading: str) -> None:
    report = f"1. KẾT QUẢ THỰC HIỆN THÁNG 11\nTrồng rừng được 150 ha.\n\n{heading}\nTrồng 200 ha rừng.\n"
    plan = _the_only_plan(report)
    assert plan.startswith(heading) and "200 ha" in plan and "150 ha" not in plan
    # near miss: results numbered so stay results
    assert future_sections(build_layout("1. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 11\nTrồng rừng được 150 ha.\n")) == []


@pytest.mark.parametrize("ahead", ["III. CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11", "III. TRỌNG TÂM CHỈ ĐẠO, ĐIỀU HÀNH QUÝ IV",
                                   "III. GIẢI PHÁP THỰC HIỆN TRONG QUÝ TỚI"])
def test_a_heading_of_the_work_or_the_means_of_a_time_ahead_opens_a_plan_section(ahead: str) -> None:
    text = (f"BÁO CÁO\nTình hình kinh tế - xã hội quý III năm 2026\n\nI. KẾT QUẢ\nThu ngân sách đạt 310 tỷ đồng.\n\n"
            f"{ahead}\nThu ngân sách đạt 420 tỷ đồng.\n")
    assert len(future_sections(build_layout(text))) == 1
    # near miss: the same words of work carried out set no plans
    done = text.replace(ahead, "III. KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH CÔNG TÁC THÁNG 9")
    assert future_sections(build_layout(done)) == []


@pytest.mark.parametrize("results", ["I. KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN NHIỆM VỤ CHÍNH TRỊ 6 THÁNG ĐẦU NĂM 2027",
                                     "Phần thứ nhất\nKẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2027"])
def test_results_of_leading_the_tasks_of_a_half_year_are_no_plan(results: str) -> None:
    ahead = "II. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2027"
    text = f"BÁO CÁO\nSơ kết 6 tháng đầu năm 2027\n{results}\nTrồng mới 320 ha rừng.\n{ahead}\nTrồng mới 700 ha rừng.\n"
    plan = _the_only_plan(text)
    assert plan.startswith(ahead) and "320 ha" not in plan
    # near miss: results joined to the tasks ahead by "và" still name a plan
    mixed = text.replace(results, "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2027 VÀ NHIỆM VỤ 6 THÁNG CUỐI NĂM")
    assert future_sections(build_layout(mixed))


@pytest.mark.parametrize("heading", ["3. Mục tiêu năm 2028", "2. Các chỉ tiêu chủ yếu năm 2028",
                                     "2. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2028"])
def test_a_heading_numbered_in_figures_naming_a_later_years_targets_opens_a_plan(heading: str) -> None:
    text = (f"BÁO CÁO\nKết quả công tác năm 2027\n1. Kết quả đạt được\nTạo việc làm mới cho 18.000 lao động.\n"
            f"{heading}\nTạo việc làm mới cho 19.500 lao động.\n4. Kiến nghị\nĐề nghị bổ sung 30 tỷ đồng.\n")
    (a, b), = future_sections(build_layout(text), report_year=2027)
    plan = build_layout(text).clean[a:b]
    assert "19.500" in plan and "18.000" not in plan and "30 tỷ" not in plan
    # near misses: the results of carrying out a year's targets, and the targets of the report's own year
    reviewed = text.replace(heading, "3. Kết quả thực hiện mục tiêu năm 2028")
    assert future_sections(build_layout(reviewed), report_year=2027) == []
    assert future_sections(build_layout(text.replace("2028", "2027")), report_year=2027) == []


def test_a_numbered_heading_of_the_targets_of_the_months_left_opens_a_plan() -> None:
    text = ("BÁO CÁO\nKết quả 6 tháng đầu năm 2027\n1. Kết quả đạt được\nTrồng mới 14 ha rừng.\n"
            "2. Mục tiêu, chỉ tiêu 6 tháng cuối năm 2027:\nTrồng mới 30 ha rừng.\n3. Kiến nghị\nHỗ trợ 3 tỷ đồng.\n")
    layout = build_layout(text)
    (a, b), = future_sections(layout, report_year=2027)
    plan = layout.clean[a:b]
    assert plan.startswith("2. Mục tiêu") and "30 ha" in plan and "3 tỷ" not in plan
    # near miss: the results of those targets reviewed hold results
    reviewed = text.replace("2. Mục tiêu, chỉ tiêu", "2. Kết quả thực hiện các chỉ tiêu")
    assert future_sections(build_layout(reviewed), report_year=2027) == []


def test_a_numbered_heading_of_a_plan_proposed_opens_a_plan() -> None:
    text = ("BÁO CÁO\nKết quả công tác năm 2027\n1. Kết quả đạt được\nCấp nước sạch cho 900 hộ.\n"
            "2. Dự kiến kế hoạch năm 2028\nCấp nước sạch cho 1.400 hộ.\n3. Kiến nghị\nHỗ trợ 8 tỷ đồng.\n")
    layout = build_layout(text)
    (a, b), = future_sections(layout, report_year=2027)
    assert "1.400" in layout.clean[a:b] and "900" not in layout.clean[a:b] and "8 tỷ" not in layout.clean[a:b]
    # near miss: the results foreseen for the report's own year are no plan
    foreseen = text.replace("2. Dự kiến kế hoạch năm 2028", "2. Dự kiến kết quả năm 2027")
    assert future_sections(build_layout(foreseen), report_year=2027) == []


@pytest.mark.parametrize("heading", ["III. CÔNG TÁC TRỌNG TÂM THÁNG 5", "III. TRỌNG TÂM CÔNG TÁC QUÝ III",
                                     "III. KẾ HOẠCH CÔNG TÁC THÁNG 5", "III. DỰ KIẾN KẾ HOẠCH THÁNG 5/2027",
                                     "III. MỤC TIÊU QUÝ III NĂM 2027", "III. KẾ HOẠCH TUẦN 19"])
def test_a_heading_of_the_main_work_or_the_plan_of_a_time_ahead_sets_plans(heading: str) -> None:
    text = f"I. KẾT QUẢ\nCấp 310 giấy chứng nhận.\n\n{heading}\nCấp 350 giấy chứng nhận.\n"
    layout = build_layout(text)
    (a, _), = future_sections(layout)
    assert layout.clean[a:].startswith(heading)
    # near misses: a month's main work reviewed, and the table of a month's main figures, hold results
    for done in ("III. KẾT QUẢ THỰC HIỆN CÔNG TÁC TRỌNG TÂM THÁNG 4", "III. MỘT SỐ CHỈ TIÊU CHỦ YẾU THÁNG 4"):
        assert future_sections(build_layout(text.replace(heading, done))) == [], done
