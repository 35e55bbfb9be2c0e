"""Readings the pipeline makes across a figure's sentence and the sentences around it: the subject a clause of
a period alone carries over, and the years a target of a yearly average aims at."""

import datetime as dt

from orchestration.extraction.pipeline import _with_its_abbreviations_spelled_out, extract_document
from tests.conftest import indicator_rows

D = dt.date


def test_a_clause_of_a_period_alone_carries_the_subject_of_the_sentence_before() -> None:
    rows = indicator_rows(
        "Hải Phòng: Quý II tăng trưởng 9,8%\n\n"
        "Quý II/2027, tăng trưởng kinh tế của Hải Phòng ước đạt 9,8%, cao nhất cả nước. Lũy kế 6 tháng tăng 9,1%.\n"
        "Kim ngạch xuất khẩu tháng 6 đạt 2,3 tỷ USD. Tính chung 6 tháng tăng 14,2%.\n"
        "Năm 2027, tỉnh có 310 hợp tác xã. Lũy kế 6 tháng có 24 HTX thành lập mới.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[9.1] == ("grdp", "tăng trưởng kinh tế của Hải Phòng")
    assert read[14.2] == ("export_turnover", "Kim ngạch xuất khẩu tháng 6")
    # a count names its own entry in its unit, with the noun after it: no subject carried over for it
    assert read[24][1] == "HTX thành lập mới"


def test_a_yearly_average_aimed_at_over_a_term_covers_the_term() -> None:
    rows = indicator_rows(
        "UBND TỈNH QUẢNG TRỊ\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026 và kế hoạch năm 2027\n\n"
        "I. ĐÁNH GIÁ NĂM 2026\nGRDP tăng 7,5%.\nII. MỤC TIÊU, NHIỆM VỤ GIAI ĐOẠN 2026 - 2030\n"
        "Tốc độ tăng trưởng kinh tế bình quân từ 9% trở lên. Thu nhập bình quân đầu người đến năm 2030 đạt "
        "110 triệu đồng. Tỷ lệ đô thị hóa đạt 45%.\n"
        "Mục tiêu giai đoạn 2031-2035: GRDP bình quân đầu người đạt 150 triệu đồng; kim ngạch xuất khẩu tăng "
        "bình quân đạt 12%/năm.\n")
    read = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    assert read[9] == ("target", D(2026, 1, 1), D(2030, 12, 31))
    assert read[12] == ("target", D(2031, 1, 1), D(2035, 12, 31))
    # an average per head is no average over the years; nor is a rate without "bình quân" or "/năm"
    assert read[110_000_000][1:] == (D(2030, 1, 1), D(2030, 12, 31))
    assert read[150_000_000][1:] != (D(2031, 1, 1), D(2035, 12, 31))
    assert read[45][1:] == (D(2030, 1, 1), D(2030, 12, 31))


def test_a_share_after_a_tally_is_of_the_tallys_entry_not_of_its_whole() -> None:
    rows = indicator_rows(
        "UBND HUYỆN MƯỜNG LA\nBÁO CÁO\nKết quả năm 2026\n\n"
        "Có 41/52 trường học đạt chuẩn quốc gia, đạt 78,8%. Toàn huyện có 1.250 hộ nghèo, chiếm 9,1%.\n")
    read = {r["value"]: (r["indicator_key"], r["metric"]) for r in rows}
    assert read[41] == ("national_standard_schools", "level")
    assert read[78.8][0] == "national_standard_schools"
    assert read[52][0] is None  # the whole the tally is of: all the schools


def test_a_percent_of_an_entry_counted_in_units_is_their_share() -> None:
    rows = indicator_rows(
        "UBND TỈNH TUYÊN QUANG\nBÁO CÁO\nKết quả năm học 2026-2027\n\n"
        "Có 560/812 trường đạt chuẩn quốc gia, chiếm 69%. Tỷ lệ trường đạt chuẩn quốc gia đạt 74%.\n")
    read = {r["value"]: (r["indicator_key"], r["metric"]) for r in rows}
    assert read[69] == read[74] == ("national_standard_schools", "share_pct")
    assert read[560] == ("national_standard_schools", "level")  # near-miss: the count itself stays a level
    # near-miss: a percent of an entry measured in percent is its level
    [rate] = indicator_rows("UBND TỈNH TUYÊN QUANG\nBÁO CÁO\nKết quả năm 2027\n\nTỷ lệ hộ nghèo còn 4,2%.\n")
    assert (rate["indicator_key"], rate["metric"]) == ("poverty_rate", "level")


def test_names_listed_before_respectively_key_the_amounts_after_it() -> None:
    rows = indicator_rows(
        "UBND TỈNH AN GIANG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Kim ngạch xuất khẩu và nhập khẩu lần lượt đạt 1,6 tỷ USD và 0,7 tỷ USD.\n")
    read = {r["value"]: r["indicator_key"] for r in rows}
    assert read[1.6e9] == "export_turnover" and read[0.7e9] == "import_turnover"
    # near-miss: names that give no key each leave the list's amounts unkeyed
    rows = indicator_rows(
        "UBND TỈNH AN GIANG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Doanh thu lữ hành và vận tải lần lượt đạt 160 tỷ đồng và 70 tỷ đồng.\n")
    assert {r["indicator_key"] for r in rows} == {None}


def test_a_change_whose_noun_comes_before_its_verb_restates_the_count_before() -> None:
    rows = indicator_rows(
        "UBND TỈNH QUẢNG BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội 10 tháng năm 2027\n\n"
        "Tai nạn giao thông: Trong tháng 10, xảy ra 11 vụ tai nạn giao thông, làm chết 6 người, bị thương 7 người. "
        "So với cùng kỳ năm trước, số vụ tai nạn giảm 2 vụ, số người chết giảm 3 người.\n")
    read = {r["value"]: (r["indicator_key"], str(r["period_start"]), str(r["period_end"])) for r in rows}
    october = ("2027-10-01", "2027-10-31")
    assert read[-2] == ("traffic_accidents", *october)
    assert read[-3] == ("traffic_deaths", *october)


def test_a_second_list_read_respectively_restates_the_first_lists_entries() -> None:
    rows = indicator_rows(
        "UBND TỈNH ĐỒNG THÁP\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Khu vực công nghiệp - xây dựng tăng 9,4%, khu vực dịch vụ tăng 8%. Kim ngạch xuất khẩu và nhập khẩu "
        "lần lượt đạt 1,6 tỷ USD và 0,7 tỷ USD, tăng tương ứng 7,7% và 4,4%.\n")
    read = {r["value"]: (r["indicator_key"], r["metric"]) for r in rows}
    assert read[7.7] == ("export_turnover", "yoy_pct") and read[4.4] == ("import_turnover", "yoy_pct")
    assert read[9.4][0] == "grdp_industry_construction"  # the sectors' own growth, before, keeps its keys


def test_the_year_of_a_changes_starting_value_is_not_the_arrived_levels() -> None:
    rows = indicator_rows(
        "UBND TỈNH CAO BẰNG\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2027\n\n"
        "Tỷ lệ hộ nghèo giảm từ 14,6% năm 2026 xuống còn 11,8%. "
        "Số hộ dùng nước sạch tăng từ khoảng 3.250 hộ vào cuối năm 2025 lên 4.180 hộ.\n"
        "Tỷ lệ lao động qua đào tạo từ 61% năm 2026 lên 64%.\n"
        "Năm 2028, phấn đấu giảm tỷ lệ hộ nghèo từ 11,8% năm 2027 xuống còn 9,5%.\n"
        # near-miss: a year opening the sentence is every figure's
        "Năm 2025, tỷ lệ che phủ rừng đạt 55,2%, tăng từ 54% lên 55,2%.\n")
    read = {(r["value"], r["metric"]): (str(r["period_start"]), str(r["period_end"])) for r in rows}
    nine_months = ("2027-01-01", "2027-09-30")
    assert read[(14.6, "level")] == ("2026-01-01", "2026-12-31") and read[(11.8, "level")] == nine_months
    assert read[(3250, "level")] == ("2025-01-01", "2025-12-31") and read[(4180, "level")] == nine_months
    assert read[(61, "level")] == ("2026-01-01", "2026-12-31") and read[(64, "level")] == nine_months
    assert read[(9.5, "target")] == ("2028-01-01", "2028-12-31")
    assert read[(54, "level")] == read[(55.2, "level")] == ("2025-01-01", "2025-12-31")


def test_crops_listed_in_brackets_after_the_area_sown_are_its_parts() -> None:
    rows = indicator_rows(
        "UBND TỈNH SƠN LA\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2027\n\n"
        "Toàn tỉnh gieo trồng được 28.640 ha cây hằng năm (lúa 15.200 ha, ngô 8.750 ha; đậu tương 430 ha).\n"
        "Diện tích gieo trồng vụ đông đạt 4.310 ha ( khoai lang 960 ha, rau các loại 1.870 ha ), tăng 3%.\n"
        # near-misses: a perennial crop's area and a bracket after tonnes keep no key of the area sown
        "Diện tích cây ăn quả đạt 71.900 ha (xoài 19.400 ha, nhãn 16.300 ha).\n"
        "Diện tích gieo trồng đạt 3.900 ha, sản lượng lương thực 48.700 tấn (lúa 29.100 tấn).\n")
    keys = {r["value"]: r["indicator_key"] for r in rows}
    assert {keys[v] for v in (15200, 8750, 430, 960, 1870)} == {"cultivated_area"}
    assert keys[19400] is None and keys[16300] is None and keys[29100] is None


def test_a_share_naming_units_of_its_own_after_a_tally_takes_not_the_tallys_entry() -> None:
    rows = indicator_rows(
        "UBND TỈNH TUYÊN QUANG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Toàn tỉnh có 101/124 xã đạt chuẩn nông thôn mới, 98,7% hộ dân có điện lưới quốc gia.\n"
        "Có 16/21 trường đạt chuẩn quốc gia; 100% hộ gia đình được sử dụng nước hợp vệ sinh.\n"
        # near-misses: a share of the units the tally counts, or after "chiếm", is the tally's entry's
        "Có 103 xã đạt chuẩn nông thôn mới, 83% số xã đạt chuẩn.\n"
        "Có 104 xã đạt chuẩn nông thôn mới, chiếm 84% tổng số xã.\n")
    keys = {r["value"]: r["indicator_key"] for r in rows if r["metric"] == "share_pct"}
    assert keys[98.7] is None and keys[100] is None
    assert keys[83] == keys[84] == "new_rural_communes"


def test_the_same_months_of_a_year_named_before_cung_ky_in_brackets() -> None:
    rows = indicator_rows(
        "UBND TỈNH PHÚ THỌ\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2027\n\n"
        "Kim ngạch xuất khẩu đạt 3,4 tỷ USD, tăng 13,6% (năm 2026 cùng kỳ tăng 10,8%).\n"
        # near-miss: a year alone in brackets is that whole year
        "Chỉ số giá tiêu dùng bình quân tăng 3,3% (năm 2026: 3,7%).\n")
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert read[10.8] == (D(2026, 1, 1), D(2026, 6, 30))
    assert read[3.7] == (D(2026, 1, 1), D(2026, 12, 31))


def test_a_stock_counted_on_a_day_of_another_year_takes_not_the_year_opening_the_sentence() -> None:
    rows = indicator_rows(
        "UBND TỈNH PHÚ THỌ\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2027\n\n"
        "Năm 2026, tỉnh có 12.410 doanh nghiệp; đến 30/6/2027 có 12.980 doanh nghiệp.\n"
        # near-miss: a day inside the year named keeps that year
        "Năm 2026, toàn tỉnh trồng 8.200 ha rừng; tính đến 31/12/2026 tỷ lệ che phủ đạt 41,5%.\n")
    read = {r["value"]: (r["period_start"], r["period_end"], r["as_of"]) for r in rows}
    assert read[12410][:2] == (D(2026, 1, 1), D(2026, 12, 31))
    assert read[12980] == (D(2027, 1, 1), D(2027, 6, 30), D(2027, 6, 30))
    assert read[41.5] == (D(2026, 1, 1), D(2026, 12, 31), D(2026, 12, 31))


def test_the_whole_year_reckoned_ahead_fronted_in_a_report_of_its_part() -> None:
    rows = indicator_rows(
        "UBND TỈNH PHÚ THỌ\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2027\n\n"
        "Dự kiến cả năm 2027, giá trị xuất khẩu đạt 7,4 tỷ USD. Ước cả năm 2027, tỉnh đón 4,6 triệu lượt khách.\n"
        # near-miss: the year named without a reckoning keeps the months reported
        "Năm 2027 là năm bản lề; 6 tháng tỉnh thu hút 23 dự án.\n")
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    year = (D(2027, 1, 1), D(2027, 12, 31))
    assert read[7.4e9] == read[4.6e6] == year
    assert read[23] == (D(2027, 1, 1), D(2027, 6, 30))


def test_a_list_of_periods_read_respectively_gives_each_figure_its_own() -> None:
    rows = indicator_rows(
        "UBND TỈNH THÁI BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội 10 tháng năm 2027\n\n"
        "Tháng 10 và 10 tháng năm 2027, kim ngạch xuất khẩu của tỉnh lần lượt đạt 215 triệu USD và 1,98 tỷ USD, "
        "tăng tương ứng 6,2% và 11,4%.\n"
        "Quý III và 9 tháng năm 2027, số lượt khách đến tỉnh lần lượt đạt 410.000 lượt và 1,2 triệu lượt.\n"
        # near-miss: two names listed too, the list is read by the names
        "Quý III và 9 tháng năm 2027, xuất khẩu và nhập khẩu lần lượt đạt 640 triệu USD và 530 triệu USD.\n")
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    october, ten_months = (D(2027, 10, 1), D(2027, 10, 31)), (D(2027, 1, 1), D(2027, 10, 31))
    assert read[215e6] == read[6.2] == october
    assert read[1.98e9] == read[11.4] == ten_months
    assert read[410000] == (D(2027, 7, 1), D(2027, 9, 30)) and read[1.2e6] == (D(2027, 1, 1), D(2027, 9, 30))
    assert read[640e6] == read[530e6]


def test_a_list_of_periods_after_its_subject_leaves_the_subject_as_every_figures_label() -> None:
    rows = indicator_rows(
        "UBND TỈNH NINH BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Số hợp tác xã thành lập mới các năm 2025, 2026 lần lượt là 41 hợp tác xã và 57 hợp tác xã.\n"
        "Lượng khách lưu trú quý III và quý IV lần lượt đạt 182.000 lượt và 205.000 lượt.\n"
        # near-miss: periods opening the sentence leave the subject after them
        "Quý III và quý IV, số lượt khách quốc tế lần lượt đạt 21.000 lượt và 26.000 lượt.\n")
    read = {r["value"]: (r["indicator_label"], r["period_start"]) for r in rows}
    assert read[41] == ("Số hợp tác xã thành lập mới", D(2025, 1, 1))
    assert read[57] == ("Số hợp tác xã thành lập mới", D(2026, 1, 1))
    assert read[182_000] == ("Lượng khách lưu trú", D(2027, 7, 1))
    assert read[205_000] == ("Lượng khách lưu trú", D(2027, 10, 1))
    assert read[26_000] == ("số lượt khách quốc tế", D(2027, 10, 1))


def test_a_list_of_periods_closing_on_the_whole_year_gives_each_figure_its_own() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Tháng 12/2026 và cả năm 2026, kim ngạch xuất khẩu lần lượt đạt 380 triệu USD và 4,1 tỷ USD.\n"
        "Tháng 12 và năm 2026, kim ngạch nhập khẩu lần lượt đạt 190 triệu USD và 2,3 tỷ USD.\n"
        "Quý IV và cả năm 2026, số lượt khách đến tỉnh lần lượt đạt 520.000 lượt và 2,4 triệu lượt.\n"
        # near-miss: the bases a change is compared with are no periods of the figures
        "So với tháng 11 và năm 2025, chỉ số giá tiêu dùng tháng 12 tăng lần lượt 0,6% và 3,4%.\n")
    read = {r["value"]: (r["indicator_key"], r["period_start"], r["period_end"]) for r in rows}
    december, year = (D(2026, 12, 1), D(2026, 12, 31)), (D(2026, 1, 1), D(2026, 12, 31))
    assert read[380e6] == ("export_turnover", *december) and read[4.1e9] == ("export_turnover", *year)
    # (one entry per period: the list restates none of the figures before it)
    assert read[190e6] == ("import_turnover", *december) and read[2.3e9] == ("import_turnover", *year)
    assert read[520000][1:] == (D(2026, 10, 1), D(2026, 12, 31)) and read[2.4e6][1:] == year
    assert read[0.6][1:] == read[3.4][1:] == december


def test_a_sum_to_a_day_of_an_events_report_runs_over_the_event_not_the_year() -> None:
    def deaths(title: str, summed: str = "Lũy kế", day: str = "18/11") -> tuple:
        text = ("BAN CHỈ HUY PHÒNG THỦ DÂN SỰ TỈNH GIA LAI\nBÁO CÁO\n" + title + "\n\n"
                + summed + " đến ngày " + day + ", mưa lũ đã làm 12 người chết và 3 người mất tích.\n")
        rows = extract_document(text.encode(), "lu.txt").tables["disasters"].to_dicts()
        return {r["value"]: (r["period_start"], r["period_end"], r["as_of"]) for r in rows}[12]

    assert deaths("Tình hình thiệt hại do mưa lũ từ ngày 15/11 đến ngày 19/11/2026") == (
        D(2026, 11, 15), D(2026, 11, 19), D(2026, 11, 18))
    assert deaths("Tình hình thiệt hại do mưa lũ từ ngày 15/11 đến ngày 19/11/2026", day="18 tháng 11 năm 2026") == (
        D(2026, 11, 15), D(2026, 11, 19), D(2026, 11, 18))
    assert deaths("Tình hình thiệt hại do mưa lũ từ ngày 15/11 đến ngày 19/11/2026", "Lũy kế từ đầu năm") == (
        D(2026, 1, 1), D(2026, 11, 18), D(2026, 11, 18))  # (near-miss: the sum said from the year's start)
    # near-miss: a report of a month sums the year so far
    assert deaths("Công tác phòng, chống thiên tai tháng 11 năm 2026") == (
        D(2026, 1, 1), D(2026, 11, 18), D(2026, 11, 18))


def test_a_list_of_periods_before_one_entry_whose_name_holds_va_gives_each_figure_its_own() -> None:
    rows = indicator_rows(
        "UBND TỈNH PHÚ THỌ\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Quý IV và cả năm 2027, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng lần lượt đạt 9.800 và "
        "36.500 tỷ đồng.\n"
        # near-miss: two entries named, the list is read by the names
        "Quý IV và cả năm 2027, kim ngạch xuất khẩu và nhập khẩu lần lượt đạt 720 triệu USD và 610 triệu USD.\n")
    read = {r["value"]: (r["indicator_key"], r["period_start"], r["period_end"]) for r in rows}
    assert read[9.8e12] == ("retail_sales", D(2027, 10, 1), D(2027, 12, 31))
    assert read[36.5e12] == ("retail_sales", D(2027, 1, 1), D(2027, 12, 31))
    assert read[720e6][0] == "export_turnover" and read[610e6][0] == "import_turnover"
    assert read[720e6][1:] == read[610e6][1:]


def test_a_list_naming_its_own_entries_restates_no_list_of_the_sentence_before() -> None:
    rows = indicator_rows(
        "UBND TỈNH KON TUM\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2024\n\n"
        "Năm 2024, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ lần lượt đạt 21.300 và 4.700 tỷ đồng.\n"
        # near-miss: a list naming nothing restates the one before it
        "Năm 2024, kim ngạch xuất khẩu và nhập khẩu lần lượt đạt 180 triệu USD và 95 triệu USD, tăng tương ứng "
        "8,1% và 6,5%.\n")
    read = {r["value"]: r["indicator_key"] for r in rows}
    assert read[180e6] == "export_turnover" and read[95e6] == "import_turnover"
    assert read[8.1] == "export_turnover" and read[6.5] == "import_turnover"


def test_a_tab_typed_inside_a_sentence_under_no_tables_header_is_a_space() -> None:
    opening = "UBND HUYỆN VÕ NHAI\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 9 năm 2027\n\n"
    for text in ("Diện tích lúa mùa đạt 3.150 ha,\tbằng 99% kế hoạch. Sản lượng lương thực đạt 12.400 tấn.\n",
                 "Sản lượng lương thực đạt 12.400 tấn, tăng 1,8% so với cùng kỳ;\tdiện tích lúa mùa đạt 3.150 ha.\n"):
        read = {r["value"]: (r["indicator_key"], r["unit"]) for r in indicator_rows(opening + text)}
        assert read[3150] == ("cultivated_area", "ha") and read[12400] == ("food_crop_output", "tonne"), text
    # near misses: a row with no header holds figures whose meaning a header would give; and a table's rows are
    # read once, by the table's reader, under its header
    assert indicator_rows(opening + "Lúa mùa\tha\t3.150\t3.200\nSản lượng lương thực\t12.400 tấn\t98%\n") == []
    table = ("Chỉ tiêu\tĐơn vị tính\tKế hoạch năm 2027\tThực hiện 9 tháng\n"
             "Diện tích lúa mùa đạt chuẩn\tha\t3.200\t3.150\n")
    assert sorted(r["value"] for r in indicator_rows(opening + table)) == [3150, 3200]


def test_a_count_whose_clause_opens_with_its_verb_is_named_by_the_noun_after_its_number() -> None:
    rows = indicator_rows(
        "UBND HUYỆN BẢO LẠC\nBÁO CÁO\nTình hình kinh tế - xã hội quý III năm 2027\n\n"
        "Cấp 340 thẻ bảo hiểm y tế cho người có công. Đưa 85 lao động đi làm việc ở nước ngoài. Xảy ra 6 vụ "
        "trộm cắp tài sản, bắt 9 đối tượng. Tổng đàn trâu 4.120 con, đàn bò 980 con. Khách sạn có 12 cơ sở. "
        "Tổng số cử tri cho ý kiến: 21.430 cử tri đại diện hộ gia đình. Cấp 120 thẻ.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows}
    assert read[340][0] == "Cấp thẻ bảo hiểm y tế cho người có công"
    assert read[85] == ("Đưa lao động đi làm việc ở nước ngoài", "overseas_workers")  # (the key as before)
    assert read[6][0] == "Xảy ra vụ trộm cắp tài sản"
    rows = indicator_rows("UBND HUYỆN BẢO LẠC\nBÁO CÁO\nTình hình kinh tế - xã hội quý III năm 2027\n\n"
                          "Trong quý, xảy ra 14 vụ tai nạn giao thông làm 3 người chết. Giới thiệu 12 doanh nghiệp "
                          "tuyển lao động đi làm việc ở nước ngoài.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    # (the noun ends before what the counted did, "làm 3 người chết"; "đi làm việc" is no such verb)
    assert labels[14] == "xảy ra vụ tai nạn giao thông"
    assert labels[12] == "Giới thiệu doanh nghiệp tuyển lao động đi làm việc ở nước ngoài"
    # near misses: a subject before the number, a unit the words after only repeat, a subject before a colon
    assert read[980][0] == "đàn bò" and read[12][0] == "Khách sạn" and read[120][0] == "Cấp" and read[9][0] == "bắt"
    assert read[21430][0].startswith("Tổng số cử tri")


def test_the_goods_retail_sales_given_alone_keep_their_growth() -> None:
    opening = "UBND TỈNH PHÚ YÊN\nBÁO CÁO\nTình hình kinh tế - xã hội 4 tháng năm 2027\n\n"
    rows = indicator_rows(opening + "Doanh thu bán lẻ hàng hóa 4 tháng ước đạt 9.560 tỷ đồng, tăng 11,4%.\n")
    assert {r["value"]: r["indicator_key"] for r in rows} == {9560e9: "retail_sales", 11.4: "retail_sales"}
    # near miss: after the total, the goods are a part of it, their growth too
    rows = indicator_rows(opening + "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 12.300 tỷ đồng, "
                          "tăng 10,2%; trong đó doanh thu bán lẻ hàng hóa đạt 9.560 tỷ đồng, tăng 11,4%.\n")
    read = {r["value"]: r["indicator_key"] for r in rows}
    assert read[12300e9] == read[10.2] == "retail_sales" and read[9560e9] is None and read[11.4] is None


def test_items_listed_under_a_line_closing_on_a_colon_take_its_months() -> None:
    opening = "Thống kê tỉnh Hòa Bình: Tình hình kinh tế - xã hội tháng 7/2027\n\n"
    rows = indicator_rows(opening + "Tính chung 7 tháng, chỉ số sản xuất công nghiệp tăng 9,4%. Trong đó:\n"
                          "- Ngành khai khoáng tăng 3,2%;\n- Ngành chế biến, chế tạo tăng 10,6%.\n"
                          "Khách du lịch 7 tháng: khách lưu trú đạt 412 nghìn lượt, tăng 8,1%.\n")
    ends = {r["value"]: r["period_end"] for r in rows}
    assert ends[9.4] == ends[3.2] == ends[10.6] == ends[412_000] == D(2027, 7, 31)
    starts = {r["value"]: r["period_start"] for r in rows}
    assert starts[3.2] == starts[10.6] == starts[412_000] == D(2027, 1, 1)
    # near miss: items under a line that names no months keep the report's month
    rows = indicator_rows(opening + "Một số sản phẩm chủ yếu:\n- Xi măng đạt 210 nghìn tấn;\n"
                          "- Điện sản xuất 95 triệu kWh.\n")
    assert {r["period_start"] for r in rows} == {D(2027, 7, 1)}


def test_an_aim_and_its_year_fronting_a_sentence_make_its_figures_targets_of_that_year() -> None:
    news = "Gia Lai: Xây dựng nông thôn mới năm 2026\n\nNăm 2026, toàn tỉnh có thêm 12 xã đạt chuẩn nông thôn mới.\n"
    for aim, year in (("Dự kiến đến năm 2027,", 2027), ("Mục tiêu đến năm 2030,", 2030),
                      ("Định hướng năm 2028,", 2028)):
        rows = indicator_rows(news + f"{aim} có thêm 9 xã đạt chuẩn nông thôn mới.\n")
        read = {r["value"]: (r["metric"], r["period_start"]) for r in rows}
        assert read[9] == ("target", D(year, 1, 1)), aim
        assert read[12] == ("level", D(2026, 1, 1)), aim
    # (near miss: an estimate of a figure said as done stays a level)
    rows = indicator_rows(news + "Dự kiến cả năm, toàn tỉnh có 14 xã đạt chuẩn.\n")
    assert {r["value"]: r["metric"] for r in rows}[14] == "level"


def test_a_heading_on_its_own_line_is_no_part_of_the_label_under_it() -> None:
    # the layout joins lines without final punctuation; the label is read on the line that opens with it
    rows = indicator_rows(
        "UBND TỈNH LÂM ĐỒNG\nBÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 4 NĂM 2026\n\n"
        "Công nghiệp\nChỉ số sản xuất công nghiệp tháng 4 tăng 6,2% so với cùng kỳ\n"
        "Thương mại - Dịch vụ\nDoanh thu bán lẻ hàng hóa (theo giá hiện hành) ước đạt 7.410 tỷ đồng\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[6.2] == ("industrial_production_index", "Chỉ số sản xuất công nghiệp")
    assert read[7_410_000_000_000][1] == "Doanh thu bán lẻ hàng hóa"
    # a headline in capitals' short forms, a blank line under it
    rows = indicator_rows(
        "Sở Tài chính tỉnh Cao Bằng\n\nTình hình KT - XH quý I năm 2027\n\n"
        "Tổng sản phẩm trên địa bàn (GRDP) quý I ước đạt 3.120 tỷ đồng, tăng 5,1% so với cùng kỳ.\n")
    assert {r["value"]: r["indicator_label"] for r in rows}[3_120_000_000_000] == "Tổng sản phẩm trên địa bàn"


def test_a_subject_wrapped_at_a_name_stays_one_label() -> None:
    # near miss: a line cut inside a name, or a full line of a page going on, is no heading
    rows = indicator_rows(
        "UBND TỈNH LÂM ĐỒNG\nBÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 4 NĂM 2026\n\n"
        "Trong tháng, kim ngạch xuất khẩu hàng hóa của các doanh nghiệp trên địa bàn tỉnh sang thị trường\n"
        "Hoa Kỳ ước đạt 41 triệu USD.\n")
    assert [r["indicator_label"] for r in rows if r["value"] == 41_000_000] == [
        "kim ngạch xuất khẩu hàng hóa của các doanh nghiệp trên địa bàn tỉnh sang thị trường Hoa Kỳ"]


def test_the_area_that_did_what_a_count_counts_is_no_part_of_its_label() -> None:
    rows = indicator_rows(
        "UBND TỈNH PHÚ THỌ\nBÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ I NĂM 2027\n\n"
        "Trong quý, toàn tỉnh đã giải quyết việc làm cho 5.310 lao động. "
        "Trong quý I, tỉnh đã cấp mới 14.200 thẻ bảo hiểm y tế. Ngành công nghiệp chế biến tăng 7,7%.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[5310] == "giải quyết việc làm"
    assert read[14200] == "cấp mới thẻ bảo hiểm y tế"
    assert read[7.7] == "Ngành công nghiệp chế biến"  # (a branch is named, no body at work)


def test_a_branch_named_with_a_comma_inside_keeps_its_whole_name() -> None:
    rows = indicator_rows(
        "CỤC THỐNG KÊ TỈNH NAM ĐỊNH\nTÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 3 NĂM 2024\n\n"
        "Chỉ số sản xuất công nghiệp tháng 3 tăng 9,9%; trong đó ngành chế biến, chế tạo tăng 10,7%. "
        "Doanh thu dịch vụ lưu trú, ăn uống ước đạt 415 tỷ đồng. Doanh thu vận tải, kho bãi đạt 230 tỷ đồng.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[10.7].endswith("ngành chế biến, chế tạo")
    assert read[415_000_000_000] == "Doanh thu dịch vụ lưu trú, ăn uống"
    assert read[230_000_000_000] == "Doanh thu vận tải, kho bãi"
    # near miss: a comma between two entries parts their labels
    rows = indicator_rows(
        "CỤC THỐNG KÊ TỈNH NAM ĐỊNH\nTÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 3 NĂM 2024\n\n"
        "Đàn trâu 21.300 con, đàn bò 40.100 con.\n")
    assert {r["value"]: r["indicator_label"] for r in rows}[40_100] == "đàn bò"


def test_a_count_opening_on_the_area_that_has_it_is_named_by_its_noun() -> None:
    rows = indicator_rows(
        "UBND TỈNH TUYÊN QUANG\nTÌNH HÌNH ĐĂNG KÝ DOANH NGHIỆP QUÝ II NĂM 2026\n\n"
        "Trong quý II/2026, toàn tỉnh có 187 doanh nghiệp thành lập mới. "
        "Đến nay có 61/94 xã đạt chuẩn nông thôn mới.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[187] == ("new_enterprises", "doanh nghiệp thành lập mới")
    assert not read[94][1].endswith("/")  # (the whole of "61/94" is no "61/")


def test_the_reports_own_area_after_a_period_names_no_subject() -> None:
    rows = indicator_rows(
        "CỤC THỐNG KÊ TỈNH GIA LAI\nTin nhanh tình hình kinh tế - xã hội tháng 11 năm 2026\n\n"
        "Gia Lai, ngày 28 tháng 11 năm 2026 - Chỉ số giá tiêu dùng (CPI) tháng 11/2026 của tỉnh tăng 0,37% so với "
        "tháng trước. Doanh thu bán lẻ hàng hóa tháng 11/2026 trên địa bàn tỉnh Kon Tum cũ đạt 2.410 tỷ đồng.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[0.37] == "Chỉ số giá tiêu dùng"
    # near miss: an area other than the whole report's stays in its label
    assert "Kon Tum" in read[2_410_000_000_000]


def test_the_change_of_a_count_named_by_its_noun_takes_that_name() -> None:
    rows = indicator_rows(
        "BẢO HIỂM XÃ HỘI TỈNH THÁI BÌNH\nBÁO CÁO KẾT QUẢ 9 THÁNG NĂM 2027\n\n"
        "Toàn tỉnh có 301.200 người tham gia BHXH bắt buộc, tăng 3,9% so với cùng kỳ. "
        "Tổng số thu BHXH, BHYT, BHTN đạt 2.870 tỷ đồng.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[301_200] == read[3.9] == "người tham gia BHXH bắt buộc"
    assert read[2_870_000_000_000] == "Tổng số thu BHXH, BHYT, BHTN"


def test_a_count_over_a_span_of_days_is_dated_by_the_span_and_its_last_day() -> None:
    rows = indicator_rows(
        "UBND TỈNH LÂM ĐỒNG\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2027\n\n"
        "Từ ngày 01/01/2027 đến ngày 12/6/2027, Sở Tư pháp đã tiếp nhận 4.310 hồ sơ lý lịch tư pháp.\n"
        "Trong 6 tháng, toàn tỉnh cấp 2.150 giấy phép xây dựng.\n")
    read = {r["value"]: (r["period_start"], r["period_end"], r["as_of"]) for r in rows}
    assert read[4310] == (D(2027, 1, 1), D(2027, 6, 12), D(2027, 6, 12))
    assert read[2150] == (D(2027, 1, 1), D(2027, 6, 30), None)  # the report's half year, no cut-off day


def test_a_count_under_a_field_named_before_a_colon_is_named_by_its_noun() -> None:
    rows = indicator_rows(
        "UBND TỈNH PHÚ THỌ\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "- Giáo dục và đào tạo: toàn tỉnh có 538 trường đạt chuẩn quốc gia, tăng 21 trường so với năm 2026.\n"
        "- Tai nạn giao thông: xảy ra 96 vụ va chạm trên các tuyến quốc lộ.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[538] == read[21] == ("national_standard_schools", "trường đạt chuẩn quốc gia")
    # a heading that names an entry stays the count's name
    assert read[96][1] == "Tai nạn giao thông"


def test_a_count_right_after_the_colon_keeps_the_words_before_it() -> None:
    rows = indicator_rows(
        "UBND TỈNH PHÚ THỌ\nBÁO CÁO\nKết quả lấy ý kiến năm 2027\n\n"
        "Tổng số cử tri được hỏi ý kiến: 61.420 cử tri.\n")
    assert [r["indicator_label"] for r in rows] == ["Tổng số cử tri được hỏi ý kiến"]


def test_the_consumer_price_index_averaged_over_months_keeps_its_name_and_months() -> None:
    rows = indicator_rows(
        "CỤC THỐNG KÊ TỈNH QUẢNG NGÃI\nTình hình kinh tế - xã hội tháng 9 và 9 tháng năm 2027\n\n"
        "Chỉ số giá tiêu dùng (CPI) bình quân 9 tháng tăng 2,7% so với cùng kỳ năm trước.\n")
    read = {r["value"]: (r["indicator_label"], r["period_start"], r["period_end"]) for r in rows}
    assert read[2.7] == ("Chỉ số giá tiêu dùng", D(2027, 1, 1), D(2027, 9, 30))


def test_a_count_after_words_naming_only_its_time_or_area_is_named_by_what_it_counts() -> None:
    rows = indicator_rows(
        "UBND TỈNH KON TUM\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027 và kế hoạch năm 2028\n\n"
        "Đến nay có 61/86 xã đạt chuẩn nông thôn mới. Toàn tỉnh có 11,8 bác sĩ/vạn dân.\n"
        "Kế hoạch năm 2028: có thêm 9 xã đạt chuẩn nông thôn mới.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[61] == ("new_rural_communes", "xã đạt chuẩn nông thôn mới")
    assert read[11.8][1] == "bác sĩ/vạn dân"
    assert read[9] == ("new_rural_communes", "xã đạt chuẩn nông thôn mới")


def test_a_part_a_whole_opens_is_named_by_its_noun_not_by_the_comparison_before_it() -> None:
    rows = indicator_rows(
        "UBND TỈNH VĨNH LONG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Thu hút đầu tư nước ngoài đạt 640 triệu USD, bằng 128% kế hoạch; trong đó có 37 dự án cấp mới với tổng "
        "vốn đăng ký 410 triệu USD. Tỉnh tiếp nhận 2.300 hồ sơ, trong đó 1.900 hồ sơ.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[37] == ("investment_projects_approved", "dự án cấp mới")
    # a part written with its unit alone is named by that unit
    assert read[1900][1] == "hồ sơ"


def test_a_plan_named_by_its_plans_words_alone_is_the_plan_of_the_entry_before() -> None:
    rows = indicator_rows(
        "UBND TỈNH BẠC LIÊU\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2027\n\n"
        "Kim ngạch xuất khẩu 9 tháng đạt 512 triệu USD, tăng 8,3%; chỉ tiêu Nghị quyết năm 2027 là 700 triệu USD.\n"
        "Tỷ lệ che phủ rừng đạt 6,8%; chỉ tiêu kế hoạch 400 ha rừng trồng mới.\n")
    read = {r["value"]: (r["indicator_key"], r["metric"]) for r in rows}
    assert read[700_000_000] == ("export_turnover", "target")
    # a plan in a unit the entry before cannot take is no plan of it
    assert read[400][0] != "forest_cover"


def test_a_school_year_or_the_area_alone_before_a_count_names_nothing() -> None:
    rows = indicator_rows(
        "UBND TỈNH SƠN LA\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Năm học 2027-2028 toàn tỉnh có 905 trường học. Trên địa bàn tỉnh hiện có 377 hợp tác xã.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[905][1] == "trường học"
    assert read[377] == ("cooperatives_total", "hợp tác xã")


def test_a_list_read_respectively_with_a_bare_first_amount_and_its_changes_after_it() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng năm 2026\n\n"
        "Thương mại: Trong 6 tháng, kim ngạch xuất khẩu và nhập khẩu lần lượt đạt 2,4 và 1,3 tỷ USD, "
        "tăng 6,2% và 2,7% so với cùng kỳ.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"], r["metric"]) for r in rows}
    assert read[2.4e9] == ("export_turnover", "kim ngạch xuất khẩu", "level")
    assert read[1.3e9] == ("import_turnover", "kim ngạch nhập khẩu", "level")
    assert read[6.2] == ("export_turnover", "kim ngạch xuất khẩu", "yoy_pct")
    assert read[2.7] == ("import_turnover", "kim ngạch nhập khẩu", "yoy_pct")
    # near-miss: one change after the list is the whole list's subject's, no item of it
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng năm 2026\n\n"
        "Kim ngạch xuất khẩu và nhập khẩu lần lượt đạt 2,4 và 1,3 tỷ USD, tăng 6,2% so với cùng kỳ.\n")
    read = {r["value"]: r["indicator_key"] for r in rows}
    assert read[2.4e9] == "export_turnover" and read[1.3e9] == "import_turnover"
    assert 6.2 in read


def test_a_bare_output_after_a_crop_its_sentence_names_is_that_crops() -> None:
    rows = indicator_rows(
        "UBND TỈNH YÊN BÁI\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2024\n\n"
        "Trồng trọt: Sản lượng lương thực có hạt đạt 312.000 tấn. Diện tích chè 21.400 ha, sản lượng 118.000 tấn.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[312_000] == ("food_crop_output", "Sản lượng lương thực có hạt")
    assert read[118_000] == (None, "sản lượng chè")  # (the tea's output, named by the crop its area opened with)
    # near-miss: a sentence naming no crop of its own goes on with the entry of the sentence before
    rows = indicator_rows(
        "UBND TỈNH YÊN BÁI\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2024\n\n"
        "Trồng trọt: Sản lượng lương thực có hạt vụ mùa đạt 190.000 tấn. "
        "Tính chung cả năm, sản lượng đạt 312.000 tấn.\n")
    assert {r["value"]: r["indicator_key"] for r in rows}[312_000] == "food_crop_output"


def test_a_merged_provinces_figure_of_a_former_province_is_at_that_province() -> None:
    rows = indicator_rows(
        "UBND TỈNH ĐỒNG THÁP\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 9 năm 2025\n\n"
        "Kim ngạch xuất khẩu tháng 9 ước đạt 410 triệu USD, trong đó khu vực Tiền Giang cũ đạt 265 triệu USD, "
        "tỉnh Đồng Tháp (cũ) đạt 145 triệu USD.\n")
    # (the province merged away keeps its key: the figure is that province's, at no locality)
    read = {r["value"]: (r["indicator_key"], r["indicator_label"], r["province"], r["locality"]) for r in rows}
    assert read[410e6] == ("export_turnover", "Kim ngạch xuất khẩu", "dong_thap", None)
    assert read[265e6] == (None, "Kim ngạch xuất khẩu (khu vực Tiền Giang cũ)", "tien_giang", None)
    assert read[145e6] == (None, "Kim ngạch xuất khẩu (tỉnh Đồng Tháp (cũ))", "dong_thap", None)
    # near-miss: a former province named with an entry of its own keeps that entry's words as its label
    rows = indicator_rows(
        "UBND TỈNH ĐỒNG THÁP\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 9 năm 2025\n\n"
        "Kim ngạch xuất khẩu tháng 9 ước đạt 410 triệu USD. Số doanh nghiệp thành lập mới của tỉnh Tiền Giang (cũ) "
        "là 95 doanh nghiệp.\n")
    read = {r["value"]: (r["indicator_label"], r["province"]) for r in rows}
    assert read[95] == ("Số doanh nghiệp thành lập mới của tỉnh Tiền Giang (cũ)", "tien_giang")
    assert read[410e6][1] == "dong_thap"


def test_a_sentence_naming_only_its_months_done_takes_the_numbered_heading_above() -> None:
    rows = indicator_rows(
        "UBND TỈNH BÌNH PHƯỚC\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2026\n\n"
        "b) Nhập khẩu\nƯớc thực hiện 9 tháng đạt 740 triệu USD, tăng 5,5% so với cùng kỳ.\n"
        "c) Thương mại\nTổng mức bán lẻ hàng hóa ước đạt 41.200 tỷ đồng.\n")
    read = {r["value"]: (r["indicator_label"], r["metric"]) for r in rows}
    assert read[740e6] == ("Nhập khẩu", "level")
    assert read[5.5] == ("Nhập khẩu", "yoy_pct")
    # near-miss: a sentence naming its own entry keeps it
    assert read[41_200e9][0] == "Tổng mức bán lẻ hàng hóa"


_MONTHLY = "UBND TỈNH HƯNG YÊN\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 10 năm 2026\n\n"


def test_the_rate_said_after_its_verb_names_no_subject() -> None:
    rows = indicator_rows(_MONTHLY + "Kết quả thu gom chất thải rắn đạt tỷ lệ 91,4%. Số gia đình văn hóa chiếm tỉ lệ "
                                     "86%. Tỷ lệ hộ dùng nước sạch đạt 97,2%.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[91.4] == "Kết quả thu gom chất thải rắn"
    assert labels[86] == "Số gia đình văn hóa"
    assert labels[97.2] == "Tỷ lệ hộ dùng nước sạch"  # (a rate named before its verb, as it was)


def test_the_rate_after_a_tally_is_the_share_of_what_the_tally_counts() -> None:
    rows = indicator_rows(_MONTHLY + "Toàn tỉnh có 186/201 trạm y tế xã đạt chuẩn quốc gia về y tế, đạt tỷ lệ 92,5%. "
                                     "Toàn tỉnh có 57/64 trường đạt chuẩn quốc gia, đạt 89,1%.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[92.5] == labels[186] == "trạm y tế xã đạt chuẩn quốc gia về y tế"
    assert labels[89.1] == labels[57] == "trường đạt chuẩn quốc gia"
    # (the whole keeps a label of its own: all the units the tally is some of, named by the noun they are counted in)
    assert (labels[201], labels[64]) == ("Tổng số trạm", "Tổng số trường")


def test_the_whole_of_a_tally_said_only_as_what_an_area_has_is_all_its_units() -> None:
    rows = indicator_rows(_MONTHLY + "Toàn huyện có 17/21 xã đạt chuẩn nông thôn mới. Có 310/355 thôn có nhà văn hóa. "
                                     "Toàn huyện 38/44 trường học có nhà vệ sinh đạt chuẩn.\n"
                                     # near miss: a whole whose words name more than an area having it keeps them
                                     "Đã kiểm tra 120/150 cơ sở kinh doanh thực phẩm.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert (labels[21], labels[355], labels[44]) == ("Tổng số xã", "Tổng số thôn", "Tổng số trường")
    assert labels[150] == labels[120]


def test_a_count_after_a_time_alone_is_named_by_its_verb_and_noun() -> None:
    rows = indicator_rows(_MONTHLY + "Tính từ đầu năm đến nay, xảy ra 204 vụ tai nạn giao thông. Tháng 10, đưa 310 "
                                     "người đi làm việc ở nước ngoài; từ đầu năm đến nay đưa 2.640 lao động đi làm "
                                     "việc ở nước ngoài. Trong tháng, cấp 980 thẻ BHYT; từ tháng 8-10 cấp 2.150 thẻ "
                                     "BHYT cho trẻ em dưới 6 tuổi. Trong tháng, xảy ra 9 vụ cháy.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[204] == "xảy ra vụ tai nạn giao thông"
    assert labels[2640] == "đưa lao động đi làm việc ở nước ngoài"
    assert labels[2150] == "cấp thẻ BHYT cho trẻ em dưới 6 tuổi"  # (an age is a word of the noun)
    assert labels[9] == "xảy ra vụ cháy"  # (as it was)


def test_months_opening_a_clause_are_no_words_of_its_subject() -> None:
    rows = indicator_rows(_MONTHLY + "Giải quyết việc làm cho 1.870 lao động; lũy kế 10 tháng giải quyết việc làm "
                                     "cho 19.450 lao động, đạt 81,2% kế hoạch.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[19_450] == labels[81.2] == "giải quyết việc làm"


def test_an_amount_of_months_alone_after_a_semicolon_is_named_by_the_clause_before() -> None:
    rows = indicator_rows(_MONTHLY + "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 10 ước đạt 6.420 "
                                     "tỷ đồng; 10 tháng ước đạt 61.380 tỷ đồng, tăng 10,4%.\n"
                                     "Năm 2026, tỉnh có 412 hợp tác xã. Trong 10 tháng có 31 HTX thành lập mới.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    name = "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng"
    assert read[61_380_000_000_000] == read[10.4] == ("retail_sales", name)
    # a sentence of its own after a full stop names its own count, not the sentence before's subject
    assert read[31][1] == "HTX thành lập mới"


def test_a_rate_named_only_after_it() -> None:
    rows = indicator_rows(_MONTHLY + "Trong tháng, đạt tỷ lệ 97,6% hồ sơ giải quyết đúng hạn. Giải quyết việc làm cho "
                                     "1.120 lao động, đạt 8,4% kế hoạch.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[97.6] == "hồ sơ giải quyết đúng hạn"
    assert labels[8.4] == "Giải quyết việc làm"  # (a plan after the rate names no subject)


def test_the_high_end_of_a_range_and_the_end_of_a_change_take_the_entry_of_their_start() -> None:
    rows = indicator_rows(_MONTHLY + "Tỷ lệ hồ sơ trực tuyến đạt 74,1%; từ 30-35% số hồ sơ được thanh toán trực tuyến. "
                                     "Tỷ lệ hộ nghèo đa chiều giảm từ 3,86% xuống còn 2,47%.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[35] == read[30]
    assert read[3.86] == read[2.47] == ("poverty_rate", "Tỷ lệ hộ nghèo đa chiều")


def test_a_range_of_years_opening_a_clause_after_a_semicolon_is_its_period() -> None:
    rows = indicator_rows(_MONTHLY + "Tháng 10, tiếp nhận 7.340 hồ sơ trực tuyến; từ 2021-2025 tiếp nhận 231.000 hồ "
                                     "sơ.\n")
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert read[231_000] == (D(2021, 1, 1), D(2025, 12, 31))
    assert read[7340] == (D(2026, 10, 1), D(2026, 10, 31))


def test_an_age_or_a_star_class_is_a_word_of_the_subject() -> None:
    rows = indicator_rows(_MONTHLY + "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96,3%. Có 187 sản phẩm OCOP "
                                     "được công nhận từ 3 sao trở lên.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[96.3] == "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ"
    assert labels[187] == "sản phẩm OCOP được công nhận từ 3 sao trở lên"


def test_a_count_whose_own_words_name_nothing_is_named_by_the_noun_after_it() -> None:
    rows = indicator_rows(_MONTHLY + "Tỷ lệ trường đạt chuẩn quốc gia 71,4%; có 948/1.328 trường đạt chuẩn quốc gia. "
                                     "Lao động qua đào tạo đạt 70,8%, trong đó có văn bằng, chứng chỉ đạt 28,9%.\n"
                                     "BHXH tự nguyện: 2.310/2.650 người tham gia, bằng 87,2% KH.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[948] == "trường đạt chuẩn quốc gia"
    assert labels[28.9] == "văn bằng, chứng chỉ"  # (the "trong đó có" opening the part is no word of its name)
    assert labels[2310] == "BHXH tự nguyện"  # (a field before its colon names the count, as it did)


def test_an_aside_in_brackets_before_the_colon_names_no_subject() -> None:
    rows = indicator_rows(_MONTHLY + "- Tỷ lệ hộ nghèo (chuẩn đa chiều): 1,38%.\n- Tỷ lệ hộ cận nghèo: 2,2%.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[1.38] == ("poverty_rate", "Tỷ lệ hộ nghèo")
    assert read[2.2][1] == "Tỷ lệ hộ cận nghèo"


def test_a_line_labelled_by_a_former_province_is_that_provinces() -> None:
    rows = indicator_rows("UBND TỈNH GIA LAI\nBÁO CÁO\nKết quả giải quyết việc làm 6 tháng đầu năm 2026\n\n"
                          "- Toàn tỉnh: giải quyết việc làm cho 21.600 lao động.\n"
                          "- Khu vực tỉnh Bình Định (cũ): giải quyết việc làm cho 9.450 lao động.\n")
    read = {r["value"]: (r["indicator_key"], r["province"]) for r in rows}
    assert read[9450] == (None, "binh_dinh")
    assert read[21_600] == ("jobs_created", "gia_lai")


def test_the_clause_before_names_an_amount_of_months_alone_without_its_own_amount() -> None:
    rows = indicator_rows(_MONTHLY + "Trong tháng, giải quyết việc làm cho 2.080 lao động; 10 tháng là 20.930 "
                                     "lao động, đạt 83,7% kế hoạch năm. Năm học 2026-2027, toàn tỉnh có 1.214 "
                                     "trường học.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[20_930] == labels[83.7] == "giải quyết việc làm"
    assert labels[1214] == "trường học"  # (a school year and the area name nothing: the noun after the count does)


def test_what_is_left_is_named_by_the_noun_after_its_count_and_so_is_its_rate() -> None:
    rows = indicator_rows(_MONTHLY + "Toàn tỉnh còn 9.870 hộ nghèo, chiếm tỷ lệ 7,2%. Tiếp nhận 64 hồ sơ, còn 12 hồ sơ "
                                     "đang thực hiện trong hạn.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[9870] == labels[7.2] == "hộ nghèo"
    assert labels[12] == "hồ sơ đang thực hiện trong hạn"


def test_those_given_to_after_what_was_given_are_named_by_their_noun() -> None:
    rows = indicator_rows(
        "UBND TỈNH CAO BẰNG\nBáo cáo công tác an sinh xã hội quý I năm 2027\n"
        "Tỉnh đã cấp 640 tấn gạo cho 42.700 nhân khẩu thiếu đói dịp giáp hạt. Hội Chữ thập đỏ trao 2,5 triệu đồng "
        "cho khoảng 120 hộ gia đình bị lốc xoáy.\n"
        "Trao 3.200 suất quà cho hộ nghèo. Lũy kế 3 tháng giải quyết việc làm cho 2.140 lao động.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[42_700] == "nhân khẩu thiếu đói dịp giáp hạt"
    assert read[120] == "hộ gia đình bị lốc xoáy"
    # near-misses: a count after its own verb (no figure given before it) keeps its verb and noun; so does one after
    # a period's number
    assert read[3_200] == "Trao suất quà cho hộ nghèo"
    assert read[2_140] == "giải quyết việc làm"


def test_a_part_opened_with_trong_do_is_named_without_it() -> None:
    rows = indicator_rows(
        "UBND TỈNH LAI CHÂU\nBáo cáo tình hình kinh tế - xã hội tháng 4 năm 2027\n"
        "Tháng 4, toàn tỉnh đón 96.400 lượt khách, trong đó khách quốc tế 8.150 lượt. Giải quyết việc làm cho "
        "1.240 lao động, trong đó có 35 lao động đi làm việc ở nước ngoài.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[8_150] == "khách quốc tế"


def test_whose_an_entry_with_a_bracketed_name_is_names_no_subject() -> None:
    rows = indicator_rows(
        "Chỉ số PCI năm 2026 của tỉnh Yên Bái\n\n"
        "Năm 2026, chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của Yên Bái đạt 67,8 điểm. Chỉ số sản xuất công nghiệp "
        "(IIP) của tỉnh tăng 9,4%. Tổng sản phẩm (GRDP) bình quân đầu người đạt 61 triệu đồng.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[67.8] == ("pci_score", "chỉ số năng lực cạnh tranh cấp tỉnh của Yên Bái")
    # near-misses: the report's own area and the words after a bracket that name the entry keep their readings
    assert read[9.4] == ("industrial_production_index", "Chỉ số sản xuất công nghiệp của tỉnh")
    assert read[61_000_000][0] == "grdp_per_capita"


def test_a_heading_line_names_the_entry_of_a_line_that_names_nothing() -> None:
    rows = indicator_rows(
        "UBND TỈNH TÂY NINH\nBÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ I NĂM 2027\n\n"
        "Nhập khẩu\nƯớc đạt 1.430 triệu USD, tăng 7,2% so với cùng kỳ.\n"
        "Tình hình chung\nKim ngạch xuất khẩu ước đạt 2.050 triệu USD.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[1_430_000_000] == ("import_turnover", "Nhập khẩu")
    assert read[7.2] == ("import_turnover", "Nhập khẩu")
    # near-miss: a line naming its own entry keeps it, whatever heading stands above
    assert read[2_050_000_000] == ("export_turnover", "Kim ngạch xuất khẩu")


def test_a_topic_fronted_with_ve_completes_the_head_noun_after_it() -> None:
    rows = indicator_rows(
        "UBND TỈNH NINH BÌNH\nBáo cáo tình hình kinh tế - xã hội tháng 3 năm 2027\n"
        "Về du lịch, doanh thu ước đạt 1.840 tỷ đồng. Về lĩnh vực nhập khẩu, kim ngạch đạt 310 triệu USD. "
        "Về thương mại, doanh thu dịch vụ lưu trú đạt 420 tỷ đồng.\n")
    read = {r["value"]: r["indicator_key"] for r in rows}
    assert read[1_840_000_000_000] == "tourism_revenue"
    assert read[310_000_000] == "import_turnover"
    # near-miss: a subject naming itself in more words takes no topic
    assert read[420_000_000_000] != "tourism_revenue"


def test_a_yield_or_output_named_alone_takes_the_crop_whose_area_opened_its_sentence() -> None:
    rows = indicator_rows(
        "UBND TỈNH HẬU GIANG\nBáo cáo sản xuất nông nghiệp năm 2027\n"
        "Diện tích lúa Thu Đông gieo trồng 41.200 ha, năng suất ước đạt 55,4 tạ/ha, sản lượng đạt 228.300 tấn.\n"
        "Cây bưởi diện tích hiện có 3.900 ha, sản lượng 61.000 tấn.\n"
        "Tổng đàn heo 95.000 con, sản lượng thịt hơi 21.400 tấn.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[55.4] == "năng suất lúa Thu Đông"
    assert read[228_300] == "sản lượng lúa Thu Đông"
    assert read[61_000] == "sản lượng bưởi"
    # near-miss: an output that names its own good keeps its name
    assert read[21_400] == "sản lượng thịt hơi"


def test_an_output_after_a_later_crops_area_in_a_list_takes_that_crop() -> None:
    rows = indicator_rows(
        "UBND TỈNH LÂM ĐỒNG\nBáo cáo sản xuất nông nghiệp năm 2027\n"
        "Diện tích cà phê hiện có 172.000 ha, sản lượng 540.000 tấn; chè 9.800 ha, năng suất 118 tạ/ha; "
        "trong đó bơ 6.300 ha, sản lượng 74.000 tấn.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[118] == "năng suất chè"
    assert read[74_000] == "sản lượng bơ"
    # near-miss: the first clause's output is of the crop the sentence opened with
    assert read[540_000] == "sản lượng cà phê"


def test_a_figure_in_a_sentence_fronted_by_a_years_plan_is_aimed_at_that_year() -> None:
    text = ("Quảng Nam đẩy mạnh trồng rừng\n\n"
            "Năm 2026, toàn tỉnh trồng được 9.200 ha rừng tập trung.\n"
            "Theo kế hoạch, năm 2027 tỉnh trồng mới 10.500 ha rừng và hỗ trợ 1.800 hộ.\n"
            "Theo kế hoạch năm 2027, tỉnh giải ngân 640 tỷ đồng vốn đầu tư công cho lâm nghiệp.\n"
            # near-miss: what was done under the plan is no aim
            "Theo kế hoạch năm 2026, tỉnh đã hoàn thành 96 km đường lâm nghiệp.\n")
    tables = extract_document(text.encode(), "rung.txt").tables
    read = {r["value"]: (r["metric"], r["period_start"]) for r in tables["indicators"].to_dicts()}
    assert read[10_500] == read[1_800] == ("target", D(2027, 1, 1))
    assert read[9_200] == ("level", D(2026, 1, 1))
    assert read[96][0] == "level"
    [money] = tables["budgets"].to_dicts()
    assert (money["measure"], money["period_start"]) == ("plan", D(2027, 1, 1))


def test_a_figure_a_section_of_plans_looks_back_on_stays_a_level_of_its_period() -> None:
    rows = indicator_rows(
        "UBND TỈNH THANH HÓA\nBÁO CÁO\nTình hình năm 2026 và phương hướng, nhiệm vụ năm 2027\n\n"
        "I. KẾT QUẢ NĂM 2026\nCấp 1.200 thẻ bảo hiểm y tế.\n"
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027\n"
        "Giai đoạn 2022-2026, toàn tỉnh đã xây mới 3.450 căn nhà. Năm 2026 có 215 hợp tác xã. "
        "Phấn đấu xây mới 900 căn nhà. Tỷ lệ che phủ rừng đạt 54%.\n")
    read = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    assert read[3450] == ("level", D(2022, 1, 1), D(2026, 12, 31))
    assert read[215] == ("level", D(2026, 1, 1), D(2026, 12, 31))
    # near-miss: what the section aims at, said or not, is the plan of the year its heading names
    assert read[900] == ("target", D(2027, 1, 1), D(2027, 12, 31))
    assert read[54] == ("target", D(2027, 1, 1), D(2027, 12, 31))


def test_a_change_naming_only_its_base_restates_the_level_of_the_sentence_before() -> None:
    rows = indicator_rows(
        "UBND TỈNH GIA LAI\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng năm 2027\n\n"
        "Đến ngày 30/6/2027, tổng vốn huy động ước đạt 61.300 tỷ đồng. So với cùng thời điểm năm trước, tăng 9,7%.\n"
        "Kim ngạch nhập khẩu tháng 6 đạt 84 triệu USD. So với tháng trước, giảm 2,1%.\n"
        "Toàn tỉnh có 2.150 hợp tác xã. So với cùng kỳ, số hợp tác xã giải thể tăng 6,4%.\n")
    read = {r["value"]: r for r in rows}
    assert (read[9.7]["indicator_label"], read[9.7]["as_of"]) == (read[61_300e9]["indicator_label"], D(2027, 6, 30))
    assert read[9.7]["indicator_key"] == read[61_300e9]["indicator_key"]
    assert (read[-2.1]["indicator_key"], read[-2.1]["period_start"]) == ("import_turnover", D(2027, 6, 1))
    # near-miss: a change whose clause names its own subject keeps it
    assert "giải thể" in read[6.4]["indicator_label"]


def test_an_amount_whose_clause_opens_with_its_verb_is_named_by_the_noun_after_its_unit() -> None:
    rows = indicator_rows(
        "UBND TỈNH QUẢNG NGÃI\nBÁO CÁO\nKết quả công tác an sinh xã hội năm 2027\n\n"
        "Tỉnh đã xuất cấp 385 tấn gạo cho 25.600 nhân khẩu thiếu đói. Sản lượng lương thực đạt 52.000 tấn thóc.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[385] == "xuất cấp gạo"
    assert read[25_600] == "nhân khẩu thiếu đói"
    # near-miss: a subject before the verb of stating names its amount, whatever follows the unit
    assert read[52_000] == "Sản lượng lương thực"


def test_the_nation_that_did_what_an_amount_measures_names_it_not_and_its_leader_takes_it() -> None:
    rows = indicator_rows(
        "Vốn ngoại 8 tháng năm 2027\n\n"
        "Trong 8 tháng năm 2027, cả nước thu hút 24,6 tỷ USD vốn đầu tư nước ngoài. "
        "Dẫn đầu là Bắc Ninh với 2,9 tỷ USD.\n")
    read = {r["value"]: (r["indicator_label"], r["province"]) for r in rows}
    assert read[24.6e9] == ("thu hút vốn đầu tư nước ngoài", None)
    assert read[2.9e9] == ("thu hút vốn đầu tư nước ngoài", "bac_ninh")


def test_a_yield_or_output_opening_its_sentence_takes_the_crop_sown_in_the_sentence_before() -> None:
    rows = indicator_rows(
        "UBND TỈNH ĐỒNG THÁP\nBáo cáo sản xuất nông nghiệp năm 2027\n"
        "Lúa Hè Thu xuống giống 38.500 ha. Năng suất ước đạt 57,2 tạ/ha. Sản lượng ước 220.200 tấn.\n"
        "Diện tích khoai lang gieo trồng 1.300 ha. Năng suất đạt 210 tạ/ha.\n"
        "Tổng đàn vịt 420.000 con. Sản lượng đạt 5.400 tấn.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[57.2] == "Năng suất lúa Hè Thu"
    assert read[220_200] == "Sản lượng lúa Hè Thu"
    assert read[210] == "Năng suất khoai lang"
    # near-miss: an output after a herd counted, no area sown, takes no crop
    assert read[5_400] == "Sản lượng"


def test_an_amount_of_a_period_alone_is_labelled_with_the_entry_it_was_keyed_from() -> None:
    rows = indicator_rows(
        "UBND TỈNH ĐỒNG NAI\nBáo cáo tình hình kinh tế - xã hội tháng 9 năm 2027\n\n"
        "Về nhập khẩu, tháng 9 ước đạt 1.320 triệu USD. Lũy kế 9 tháng đạt 11.480 triệu USD, tăng 6,3%.\n"
        "Đối với lĩnh vực du lịch, doanh thu du lịch tháng 9 đạt 310 tỷ đồng.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    # the topic's word is no part of the entry; the running total names the entry its key came from
    assert read[1_320_000_000] == ("import_turnover", "nhập khẩu")
    assert read[11_480_000_000] == ("import_turnover", "nhập khẩu")
    assert read[310_000_000_000] == ("tourism_revenue", "doanh thu du lịch")


def test_a_label_keeps_ve_inside_the_entry_it_names() -> None:
    # near-miss: "về" after the opening of a label is a word of the entry, not a fronted topic
    rows = indicator_rows("UBND TỈNH ĐỒNG NAI\nBáo cáo năm 2027\n\nSố vụ vi phạm về môi trường là 48 vụ.\n")
    assert {r["indicator_label"] for r in rows} == {"Số vụ vi phạm về môi trường"}


def test_names_of_no_catalog_entry_listed_with_commas_before_respectively_label_each_amount() -> None:
    rows = indicator_rows(
        "UBND TỈNH SƠN LA\nBáo cáo kinh tế - xã hội năm 2027\n\n"
        "Giá trị sản xuất trồng trọt, chăn nuôi và dịch vụ nông nghiệp lần lượt đạt 18.400 tỷ đồng, "
        "6.950 tỷ đồng và 820 tỷ đồng.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[18_400_000_000_000] == (None, "Giá trị sản xuất trồng trọt")
    assert read[6_950_000_000_000] == (None, "Giá trị sản xuất chăn nuôi")
    assert read[820_000_000_000] == (None, "Giá trị sản xuất dịch vụ nông nghiệp")


def test_a_total_raised_to_is_named_by_its_total_or_by_the_noun_after_it() -> None:
    rows = indicator_rows(
        "UBND TỈNH YÊN BÁI\nBáo cáo kinh tế - xã hội năm 2024\n\n"
        "Có thêm 14 sản phẩm đạt chuẩn OCOP, nâng tổng số lên 286 sản phẩm OCOP.\n"
        "Có thêm 6 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn lên 97 xã.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[286] == "sản phẩm OCOP"
    assert read[97] == "tổng số xã đạt chuẩn"
    assert read[14] == "sản phẩm đạt chuẩn OCOP"  # near-miss: the count added keeps its own name


def test_labels_leave_out_the_price_basis_and_the_province_drawing_capital_in() -> None:
    rows = indicator_rows(
        "UBND TỈNH LONG AN\nBáo cáo kinh tế - xã hội 6 tháng đầu năm 2024\n\n"
        "Tổng sản phẩm trên địa bàn 6 tháng đầu năm 2024 theo giá hiện hành ước đạt 74.300 tỷ đồng.\n"
        "Tỉnh thu hút được 420 triệu USD vốn đầu tư trực tiếp nước ngoài.\n"
        "Tổng kim ngạch xuất, nhập khẩu đạt 5.610 triệu USD.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[74_300_000_000_000] == ("grdp", "Tổng sản phẩm trên địa bàn")
    assert read[420_000_000][1] == "thu hút vốn đầu tư trực tiếp nước ngoài"
    assert read[5_610_000_000] == ("trade_turnover", "Tổng kim ngạch xuất, nhập khẩu")


def test_the_own_area_after_a_periods_number_leaves_the_entry_before_the_period() -> None:
    rows = indicator_rows(
        "UBND TỈNH LÀO CAI\nBáo cáo kinh tế - xã hội 6 tháng đầu năm 2026\n\n"
        "Tốc độ tăng trưởng kinh tế (GRDP) 6 tháng của tỉnh ước đạt 7,15%.\n"
        "Chỉ số sản xuất công nghiệp quý II năm 2026 của tỉnh tăng 9,3%.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[7.15] == ("grdp", "Tốc độ tăng trưởng kinh tế")
    assert read[9.3] == ("industrial_production_index", "Chỉ số sản xuất công nghiệp")


def test_a_bare_change_after_an_index_given_only_by_its_changes_is_of_that_index() -> None:
    rows = indicator_rows(
        "UBND TỈNH BÌNH ĐỊNH\nBáo cáo tình hình kinh tế - xã hội tháng 4 năm 2025\n\n"
        "Chỉ số sản xuất công nghiệp tháng 4 tăng 2,1% so với tháng trước. So với cùng kỳ năm trước tăng 8,7%. "
        "Tính chung 4 tháng, tăng 7,4%.\n"
        "Chỉ số giá tiêu dùng tháng 4 tăng 0,3% so với tháng trước. Số hộ nghèo giảm 3%.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[8.7] == ("industrial_production_index", "Chỉ số sản xuất công nghiệp")
    assert read[7.4] == ("industrial_production_index", "Chỉ số sản xuất công nghiệp")
    # near-miss: a change naming its own subject keeps it
    assert read[-3][1] == "Số hộ nghèo"


def test_a_label_leaves_out_the_word_a_bound_or_a_level_opens_with() -> None:
    rows = indicator_rows(
        "UBND TỈNH BẮC KẠN\nBáo cáo kinh tế - xã hội năm 2024 và kế hoạch năm 2025\n\n"
        "Khu vực dịch vụ đóng góp nhiều nhất với mức tăng 6,2%.\n"
        "II. KẾ HOẠCH NĂM 2025\nTốc độ tăng trưởng GRDP từ 7% trở lên.\n"
        "Số hộ được hỗ trợ vốn từ Ngân hàng Chính sách xã hội là 1.240 hộ.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[6.2] == "Khu vực dịch vụ đóng góp nhiều nhất"
    assert read[7] == "Tốc độ tăng trưởng GRDP"
    assert read[1240].endswith("Ngân hàng Chính sách xã hội")  # near-miss: "từ" inside the entry stays


def test_an_item_far_down_a_list_changes_on_the_base_the_line_opening_the_list_named() -> None:
    lead = ("CỤC THỐNG KÊ TỈNH LÀO CAI\nChỉ số giá tiêu dùng tháng 9 năm 2027\n\n"
            "CPI tháng 9/2027 giảm 0,21% so với tháng trước. Trong 11 nhóm hàng chính, có 6 nhóm tăng giá:\n")
    items = ("- Nhóm thuốc và dịch vụ y tế tăng 0,12% do giá dịch vụ khám chữa bệnh được điều chỉnh;\n"
             "- Nhóm văn hóa, giải trí và du lịch tăng 0,35% do nhu cầu tham quan dịp nghỉ lễ tăng;\n"
             "- Nhóm bưu chính viễn thông tăng 0,08% do giá điện thoại di động thế hệ mới tăng;\n"
             "- Nhóm thiết bị và đồ dùng gia đình tăng 0,27% do giá đồ điện tăng nhẹ;\n")
    rows = indicator_rows(lead + items + "- Nhóm nhà ở và vật liệu xây dựng giảm 1,64%;\n")
    read = {r["value"]: r["metric"] for r in rows}
    assert read[-1.64] == "change_pct"
    # near-miss: a line opening a list that names no base leaves an item far down it on the year before
    rows = indicator_rows(lead.replace(" so với tháng trước", "") + items
                          + "- Nhóm nhà ở và vật liệu xây dựng giảm 1,64%;\n")
    assert {r["value"]: r["metric"] for r in rows}[-1.64] == "yoy_pct"


def test_a_day_said_after_a_counts_verb_dates_the_count() -> None:
    from orchestration.extraction import extract_document

    def disasters(sentence: str) -> dict:
        text = ("Hà Giang: mưa lớn gây thiệt hại\n\nHà Giang, 16/9/2027 - Mưa lớn từ ngày 12/9 đến ngày 15/9 "
                "làm 7 người chết. " + sentence + "\n")
        rows = extract_document(text.encode(), "probe.txt").tables["disasters"].iter_rows(named=True)
        return {r["value"]: (r["period_start"], r["period_end"]) for r in rows}

    assert disasters("Sạt lở đất làm 3 người chết trong ngày 14/9 tại xã Lao Chải.")[3] == (D(2027, 9, 14),) * 2
    # near-miss: a day in a clause of its own after a comma is no date of the count before it
    assert disasters("Sạt lở đất làm 3 người chết, trong ngày 14/9 mưa vẫn kéo dài.")[3] == (
        D(2027, 9, 12), D(2027, 9, 15))


def test_a_change_after_a_level_of_no_entry_takes_no_sector_from_the_sentence_before() -> None:
    rows = indicator_rows(
        "CỤC THỐNG KÊ TỈNH NGHỆ AN\n\nTỷ trọng khu vực nông, lâm nghiệp và thủy sản chiếm 19,4%, giảm 0,7 điểm %; "
        "khu vực dịch vụ chiếm 41,2%, tăng 0,3 điểm %. Tỷ lệ đô thị hóa toàn tỉnh đạt 38,7%, tăng 1,4 điểm "
        "phần trăm.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[38.7][0] is None and read[1.4][0] is None
    # near-miss: a sector's change after its share in its own clause still keys to the sector
    assert read[0.3][0] == "grdp_services"


def test_a_sentence_naming_only_the_whole_year_goes_on_with_the_entry_before() -> None:
    rows = indicator_rows(
        "UBND TỈNH ĐỒNG NAI\nBÁO CÁO\nTình hình kinh tế - xã hội 11 tháng năm 2027\n\n"
        "Kim ngạch nhập khẩu 11 tháng đạt 19,4 tỷ USD, tăng 6,2% so với cùng kỳ. Cả năm 2027 ước đạt 21 tỷ USD.\n"
        "Năm 2027, doanh thu du lịch ước đạt 4.800 tỷ đồng.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[21e9] == ("import_turnover", "Kim ngạch nhập khẩu")
    # near-miss: a year that opens a sentence naming its own entry leaves that entry's name
    assert read[4.8e12][1] == "doanh thu du lịch"


def test_an_amount_said_again_in_another_unit_keeps_the_entry_of_the_amount_before() -> None:
    rows = indicator_rows(
        "UBND TỈNH BẮC NINH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Thu nhập bình quân của người lao động đạt 9,6 triệu đồng/tháng, tương đương khoảng 380 USD. "
        "Khách quốc tế đạt 52.000 lượt, doanh thu từ khách quốc tế tương đương 410 tỷ đồng. "
        "Bến xe có 1.300 xe khách, tương đương khoảng 4.500 người lao động.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[380] == read[9_600_000] == "Thu nhập bình quân của người lao động"
    # near-miss: a clause naming its own entry before "tương đương" keeps it
    assert read[410e9] != read[52_000]
    # nor do other things counted after "tương đương": no amount said again
    assert read[4_500] != read[1_300]


def test_a_resolutions_table_of_a_yearless_estimate_is_of_the_year_the_resolution_is_dated_in() -> None:
    # a commune council's resolution of December 2028 on its 2029 budget, over "Dự toán | Ước thực hiện | So sánh":
    # the estimate done and the plan it is measured against are of 2028, the year the paper is dated in
    from orchestration.extraction import extract_document

    text = ("HỘI ĐỒNG NHÂN DÂN\nXÃ HƯNG THỊNH\n\nHưng Thịnh, ngày 20 tháng 12 năm 2028\n\nNGHỊ QUYẾT\n"
            "Về dự toán thu, chi ngân sách xã năm 2029\n\nĐiều 1. Thông qua dự toán ngân sách xã năm 2029:\n\n"
            "Đơn vị: triệu đồng\nTT\tNội dung\tDự toán\tƯớc thực hiện\tSo sánh\n"
            "1\tTổng thu ngân sách xã\t7.450\t7.910\t106,2\n")
    budgets = extract_document(text.encode(), "nq.txt").tables["budgets"].to_dicts()
    assert [(r["measure"], r["period_start"], r["period_end"]) for r in budgets] == [
        ("plan", D(2028, 1, 1), D(2028, 12, 31)), ("actual", D(2028, 1, 1), D(2028, 12, 31)),
        ("plan_pct", D(2028, 1, 1), D(2028, 12, 31))]
    # near-miss: the same paper dated in the year it plans keeps the columns to that year
    dated_in_its_year = extract_document(text.replace("tháng 12 năm 2028", "tháng 1 năm 2029").encode(), "nq.txt")
    assert {r["period_start"] for r in dated_in_its_year.tables["budgets"].to_dicts()} == {D(2029, 1, 1)}


def test_a_period_said_after_its_figure_closing_its_clause_dates_it() -> None:
    rows = indicator_rows(
        "UBND TỈNH PHÚ THỌ\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 8 năm 2027\n\n"
        "Sở Tư pháp cấp 2.640 phiếu lý lịch tư pháp trong 8 tháng, tăng 11%.\n"
        "Thành lập mới 37 hợp tác xã nông nghiệp trong quý II/2027.\n"
        "Có 930 tỷ đồng là doanh thu vận tải hành khách 8 tháng, tăng 6%.\n"
        "Tổng vốn đầu tư toàn xã hội đạt 41.300 tỷ đồng từ đầu năm đến ngày 25/8/2027.\n"
        "Cấp đổi 5.200 thẻ bảo hiểm y tế tính đến ngày 20/8/2027.\n"
        "Chỉ số IIP tăng 7,4% trong 8 tháng so với cùng kỳ.\n")
    read = {r["value"]: (r["period_start"], r["period_end"], r["as_of"]) for r in rows}
    assert read[2640] == (D(2027, 1, 1), D(2027, 8, 31), None)
    assert read[37] == (D(2027, 4, 1), D(2027, 6, 30), None)
    assert read[930e9] == read[6] == (D(2027, 1, 1), D(2027, 8, 31), None)
    assert read[41_300e9] == (D(2027, 1, 1), D(2027, 8, 25), D(2027, 8, 25))
    assert read[5200] == (D(2027, 8, 1), D(2027, 8, 31), D(2027, 8, 20))  # the day counted on, the report's month
    assert read[7.4] == (D(2027, 1, 1), D(2027, 8, 31), None)


def test_a_period_after_a_figure_across_a_comparison_or_a_standard_is_not_its_own() -> None:
    rows = indicator_rows(
        "UBND TỈNH PHÚ THỌ\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 8 năm 2027\n\n"
        "Kim ngạch nhập khẩu đạt 95 triệu USD, tăng 4% so với quý II/2027.\n"
        "Toàn tỉnh còn 2.870 hộ nghèo theo chuẩn nghèo giai đoạn 2026-2030.\n"
        "Cho vay 80 triệu đồng mỗi hộ trong 12 tháng.\n"
        "Tháng 8, cấp 410 giấy phép xây dựng và quý II cấp 1.180 giấy phép.\n"
        "Sở Xây dựng cấp 52 giấy phép trong 3 tháng qua.\n")
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    month = (D(2027, 8, 1), D(2027, 8, 31))
    assert read[4] == month and read[2870] == month  # the base compared with; the standard's span
    assert read[80e6] == month  # a loan's months, more than the report has had
    assert read[410] == month
    # the months just gone, fewer than the report's: not from January, the three to the report's month
    assert read[52] == (D(2027, 6, 1), D(2027, 8, 31))


def test_a_headings_period_dates_the_paragraphs_after_a_sentence_that_names_its_own() -> None:
    rows = indicator_rows(
        "UBND HUYỆN BẢO LÂM\nBÁO CÁO\nKết quả thực hiện nhiệm vụ 9 tháng năm 2027\n\n"
        "1. Quý III năm 2027\nTổng đàn gia súc đạt 41.500 con.\n"
        "Trong tháng 9, huyện tiếp nhận 63 hồ sơ.\n"
        "Giải quyết việc làm cho 540 lao động.\n"
        "2. Văn hóa - xã hội\nToàn huyện có 118 nhà văn hóa thôn.\n")
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    quarter = (D(2027, 7, 1), D(2027, 9, 30))
    assert read[41_500] == read[540] == quarter  # the heading's, past the sentence naming its own month
    assert read[63] == (D(2027, 9, 1), D(2027, 9, 30))
    # near-miss: under another section's numbered heading, the report's period
    assert read[118] == (D(2027, 1, 1), D(2027, 9, 30))


def test_a_level_aimed_at_over_a_term_is_of_the_terms_last_year() -> None:
    rows = indicator_rows(
        "ĐẢNG ỦY XÃ HÒA AN\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\n\n"
        "Nhiệm kỳ 2025-2030, xã phấn đấu có 100% thôn đạt chuẩn nông thôn mới.\n"
        "Giai đoạn 2026-2030, phấn đấu giảm tỷ lệ hộ nghèo bình quân 1,5%/năm.\n")
    read = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    assert read[100] == ("target", D(2030, 1, 1), D(2030, 12, 31))
    # near-miss: a yearly average over the term covers the whole term
    assert read[1.5] == ("target", D(2026, 1, 1), D(2030, 12, 31))


def test_a_yearly_average_over_years_counted_before_a_span_covers_the_span() -> None:
    # "5 năm 2026-2030": the count of years names the term as "giai đoạn" does; its first year is no year aimed at
    rows = indicator_rows(
        "HUYỆN ỦY ĐỨC PHỔ\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\n\n"
        "Huyện phấn đấu thu nhập bình quân 5 năm 2026 - 2030 tăng 8%/năm.\n"
        "Năm 2026, phấn đấu có 12 xã đạt chuẩn.\n")
    read = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    assert read[8] == ("target", D(2026, 1, 1), D(2030, 12, 31))
    # near-miss: a year written alone is still the year aimed at
    assert read[12] == ("target", D(2026, 1, 1), D(2026, 12, 31))


def test_what_is_added_over_a_term_is_aimed_at_over_the_whole_term() -> None:
    # a count of additions ("thêm", "trồng mới") over a term sums its years; a level is reached by its last year
    rows = indicator_rows(
        "ĐẢNG BỘ HUYỆN KỲ SƠN\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\n\n"
        "Giai đoạn 2026-2030, huyện phấn đấu xây thêm 14 nhà văn hóa bản; trồng mới 2.300 ha rừng; "
        "tỷ lệ che phủ rừng đạt 61%.\n")
    read = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    assert read[14] == read[2_300] == ("target", D(2026, 1, 1), D(2030, 12, 31))
    # near-miss: the level in the clause after them keeps the term's last year
    assert read[61] == ("target", D(2030, 1, 1), D(2030, 12, 31))


def test_months_counted_as_many_as_a_later_half_years_are_its_own() -> None:
    # "Trong 6 tháng" in a report of July to December: the report's own six months, not the year's first
    report = ("UBND XÃ HÒA BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng cuối năm 2026\n\n"
              "Trong 6 tháng, toàn xã có 85 hộ thoát nghèo.\n")
    (row,) = indicator_rows(report)
    assert (row["period_start"], row["period_end"]) == (D(2026, 7, 1), D(2026, 12, 31))
    # near-miss: a report of the first half keeps its six months
    (row,) = indicator_rows(report.replace("cuối năm", "đầu năm"))
    assert (row["period_start"], row["period_end"]) == (D(2026, 1, 1), D(2026, 6, 30))


def test_a_list_of_periods_read_respectively_dates_each_figure_by_its_own_period() -> None:
    rows = indicator_rows(
        "UBND TỈNH GIA LAI\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2025\n\n"
        "Tháng 5 và tháng 6, huyện lần lượt cấp mới 14 và 9 giấy chứng nhận đầu tư.\n"
        "Các ngành lần lượt đạt 14 và 9 điểm.\n")
    read = [(r["value"], r["period_start"], r["period_end"]) for r in rows if r["unit"] == "count"][:2]
    assert read == [(14, D(2025, 5, 1), D(2025, 5, 31)), (9, D(2025, 6, 1), D(2025, 6, 30))]
    labels = [r["indicator_label"] for r in rows if r["unit"] == "count"][:2]
    assert not any("tháng" in label or "9" in label for label in labels)


def test_the_year_so_far_said_with_only_its_start_dates_a_months_figures() -> None:
    rows = indicator_rows(
        "CỤC THỐNG KÊ TỈNH THANH HÓA\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 8 năm 2024\n\n"
        "Kể từ đầu năm 2024, toàn tỉnh cấp phép 420 lượt người lao động đi làm việc ở nước ngoài.\n"
        "Từ đầu năm, tổng vốn đăng ký mới đạt 1.200 tỷ đồng.\n"
        "Đầu năm, tỉnh có 35 hợp tác xã nông nghiệp.\n")
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert read[420] == (D(2024, 1, 1), D(2024, 8, 31))
    # (the start of the year alone, with no "từ", is no span up to now)
    assert read[35] != (D(2024, 1, 1), D(2024, 8, 31))


def test_a_list_read_respectively_restates_no_figures_of_another_unit_before_it() -> None:
    rows = indicator_rows(
        "UBND TỈNH PHÚ THỌ\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Có 52 doanh nghiệp giải thể và 180 doanh nghiệp tạm ngừng hoạt động.\n"
        "Số trường đạt chuẩn quốc gia mức 1 và mức 2 tương ứng là 61 trường và 23 trường.\n")
    read = {r["value"]: r["indicator_key"] for r in rows}
    # (schools are no enterprises: the list names its own subjects, it does not restate the sentence before)
    assert read[61] != "enterprises_dissolved" and read[23] != "enterprises_suspended"


def test_a_later_item_of_a_respective_list_named_only_by_its_noun_is_the_lists_subject() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Số doanh nghiệp đăng ký mới và hoạt động trở lại tương ứng là 1.150 doanh nghiệp và 430 doanh nghiệp.\n"
        "Trong năm có 45 hợp tác xã thành lập mới.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[430] == read[1150] == "Số doanh nghiệp đăng ký mới và hoạt động trở lại"
    # near-miss: a count outside a list keeps the noun it counts
    assert read[45] == "hợp tác xã thành lập mới"


def test_a_count_a_named_commune_has_is_named_by_what_it_counts_of_that_commune() -> None:
    rows = indicator_rows(
        "UBND TỈNH THÁI NGUYÊN\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Phường Phan Đình Phùng hiện có 37 tổ dân phố văn hóa, chiếm 90% số tổ.\n"
        "Toàn tỉnh có 412 trường học.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[37] == read[90] == "tổ dân phố văn hóa phường Phan Đình Phùng"
    # a subject the commune has before the figure is of that commune too
    rows = indicator_rows(
        "UBND TỈNH THÁI NGUYÊN\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Xã Phú Lạc có tỷ lệ trẻ em suy dinh dưỡng 7,5%.\n")
    assert rows[0]["indicator_label"] == "tỷ lệ trẻ em suy dinh dưỡng xã Phú Lạc"
    # ("riêng" before the place singles it out of the whole)
    rows = indicator_rows(
        "UBND TỈNH THÁI NGUYÊN\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Toàn tỉnh cấp mới 40 dự án, riêng phường Gia Sàng có 6 dự án cấp mới.\n")
    assert {r["value"]: r["indicator_label"] for r in rows}[6] == "dự án cấp mới phường Gia Sàng"
    # near-miss: the province's own count names no place
    assert read[412] == "trường học"


def test_a_count_averaged_over_a_time_is_named_by_what_it_counts() -> None:
    rows = indicator_rows(
        "UBND TỈNH AN GIANG\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2025\n\n"
        "Trong 9 tháng, trung bình mỗi tháng có 85 hợp tác xã được thành lập mới.\n"
        "Mỗi ngày có 42 hồ sơ được tiếp nhận trực tuyến.\n"
        "Lực lượng công an bình quân mỗi tháng bắt giữ 16 đối tượng.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows}
    # (a rate per month or day: no period's total, so no catalog entry)
    assert read[85] == ("hợp tác xã được thành lập mới", None)
    assert read[42][0] == "hồ sơ được tiếp nhận trực tuyến"
    # (a subject said before the average keeps the label it names)
    assert read[16][0].startswith("Lực lượng công an")


def test_the_start_of_an_earlier_year_counts_up_to_the_end_of_the_period_reported() -> None:
    rows = indicator_rows(
        "UBND TỈNH GIA LAI\nBÁO CÁO\nTình hình kinh tế - xã hội quý I năm 2027\n\n"
        "Từ đầu năm 2026 đến nay, tỉnh đã tiếp nhận 315 hồ sơ đăng ký đầu tư.\n"
        "Năm 2026, tỉnh đã tiếp nhận 290 hồ sơ đăng ký đầu tư.\n")
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert read[315] == (D(2026, 1, 1), D(2027, 3, 31))
    # (a year named alone is that year's whole)
    assert read[290] == (D(2026, 1, 1), D(2026, 12, 31))


def test_a_target_of_a_quarter_opening_its_sentence_in_a_section_of_plans_is_of_that_quarter() -> None:
    rows = indicator_rows(
        "UBND TỈNH BẮC NINH\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2025\n\n"
        "I. KẾT QUẢ 9 THÁNG\nTrong quý III, huyện khởi công 8 công trình trường học.\n"
        "II. NHIỆM VỤ, GIẢI PHÁP QUÝ IV NĂM 2025\nTrong quý IV, phấn đấu khởi công thêm 6 công trình trường học.\n"
        "Phấn đấu cả năm thu hút 25 dự án đầu tư.\n")
    read = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    assert read[6] == ("target", D(2025, 10, 1), D(2025, 12, 31))
    assert read[25] == ("target", D(2025, 1, 1), D(2025, 12, 31))
    assert read[8][1:] == (D(2025, 7, 1), D(2025, 9, 30))


def test_the_marker_of_a_list_read_respectively_is_no_part_of_its_subject() -> None:
    rows = indicator_rows(
        "UBND TỈNH AN GIANG\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2027\n\n"
        "Tháng 7 và tháng 8, sản lượng thủy sản nuôi trồng tương ứng đạt 41.000 tấn và 44.500 tấn.\n"
        # near-miss: a subject that only ends in a word of its own keeps it
        "Doanh thu dịch vụ lưu trú đạt 820 tỷ đồng.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[41000] == read[44500] == "sản lượng thủy sản nuôi trồng"
    assert read[820e9] == "Doanh thu dịch vụ lưu trú"


def test_changes_listed_after_a_respective_list_take_the_subject_before_the_first_marker() -> None:
    rows = indicator_rows(
        "UBND TỈNH BẠC LIÊU\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2027\n\n"
        "Tháng 5 và tháng 6, sản lượng muối lần lượt đạt 12.000 tấn và 9.500 tấn, tăng lần lượt 4,4% và 3,8%.\n"
        # near-miss: a label left with only its actor keeps its words
        "Tháng 5 và tháng 6, huyện lần lượt tiếp nhận 40 và 35 hồ sơ.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[4.4] == read[3.8] == "sản lượng muối"
    assert read[40] != "huyện"


def test_the_year_so_far_said_after_another_year_is_of_that_year() -> None:
    rows = indicator_rows(
        "UBND TỈNH LAI CHÂU\nBÁO CÁO\nTình hình kinh tế - xã hội quý I năm 2027\n\n"
        "Năm 2026, từ đầu năm đã có 215 hợp tác xã thành lập mới.\n"
        # near-miss: the report's own year, or no year, is the report's months
        "Năm 2027, từ đầu năm có 38 hợp tác xã thành lập mới. Từ đầu năm, có 36 hợp tác xã giải thể.\n")
    the_quarter = (D(2027, 1, 1), D(2027, 3, 31))
    assert {r["value"]: (r["period_start"], r["period_end"]) for r in rows} == {
        215: (D(2026, 1, 1), D(2026, 12, 31)), 38: the_quarter, 36: the_quarter}


def test_what_each_unit_has_on_average_is_named_by_what_it_counts_and_the_average() -> None:
    rows = indicator_rows(
        "UBND TỈNH ĐIỆN BIÊN\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Toàn tỉnh có 45 xã, phường; trung bình mỗi xã có 14 bản. Bình quân một hộ có 4,6 nhân khẩu.\n"
        # near-miss: an average over a time keeps the label of what it counts alone
        "Bình quân mỗi tháng có 9 hợp tác xã thành lập mới.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows}
    assert read[14] == ("bản trung bình mỗi xã", None)
    assert read[4.6] == ("nhân khẩu bình quân một hộ", None)
    assert read[9] == ("hợp tác xã thành lập mới", None)


def test_a_commune_a_sentence_opens_with_has_the_figures_of_the_sentence() -> None:
    rows = indicator_rows(
        "UBND TỈNH QUẢNG TRỊ\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Tại xã Hướng Phùng, tỷ lệ hộ nghèo còn 18,2%, giảm 3,1 điểm phần trăm.\n"
        # near-miss: a place that is no commune or district, or the province itself, leaves the entry the report's
        "Tại Hội nghị, tỷ lệ che phủ rừng được công bố đạt 51,2%. Tại tỉnh, tỷ lệ hộ nghèo còn 4,6%.\n")
    named = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows}
    assert named[18.2] == named[-3.1] == ("tỷ lệ hộ nghèo xã Hướng Phùng", None)
    assert (named[51.2][1], named[4.6]) == ("forest_cover", ("tỷ lệ hộ nghèo", "poverty_rate"))


def test_guests_said_to_be_a_share_of_all_the_guests_are_a_part_of_the_arrivals() -> None:
    rows = indicator_rows(
        "Quảng Bình đón 3,2 triệu lượt khách\n\nThứ Sáu, 03/10/2025\n\n"
        "Trong 9 tháng năm 2025, tỉnh đón 3,2 triệu lượt khách, tăng 9%.\n"
        "Lượng khách lưu trú đạt 1,4 triệu lượt, chiếm 43,8% tổng lượt khách.\n"
        # near-miss: the guests who stayed, said alone in their paragraph, are the arrivals the page counts
        "Lượng khách lưu trú quý III đạt 0,6 triệu lượt.\n")
    keys = [(r["value"], r["indicator_key"]) for r in rows if r["indicator_label"].startswith("Lượng khách")]
    assert keys == [(1_400_000, None), (43.8, None), (600_000, "tourist_arrivals")]


def test_a_change_of_the_number_of_a_units_things_is_of_the_one_count_in_that_unit() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình an ninh trật tự năm 2026\n\n"
        "Xảy ra 37 vụ tai nạn giao thông, làm chết 22 người, bị thương 19 người; so với cùng kỳ, số vụ giảm 4 vụ.\n"
        # near-miss: two counts of people leave "số người" unread; a count read into another table is no level
        "Tai nạn giao thông làm chết 9 người, bị thương 6 người; so với cùng kỳ, số người giảm 3 người.\n"
        "Cháy rừng xảy ra 5 vụ; so với cùng kỳ, số vụ tăng 2 vụ.\n")
    changes = [(r["value"], r["indicator_key"]) for r in rows if r["metric"] == "yoy_abs"]
    assert changes == [(-4, "traffic_accidents"), (-3, None), (2, None)]


def test_a_clause_opening_with_the_same_time_of_the_year_before_is_of_that_time() -> None:
    rows = indicator_rows(
        "UBND TỈNH KHÁNH HÒA\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2027\n\n"
        "Cấp mới 42 dự án đầu tư; cùng kỳ năm 2026 cấp mới 35 dự án. Doanh thu lữ hành tăng 9%; cùng kỳ tăng 6,5%.\n"
        # near-miss: this year's same time, or a base said with "so với", stays in the report's months
        "Thu hút 14 dự án, tăng 4 dự án so với cùng kỳ; cùng kỳ năm nay có 6 dự án khởi công.\n")
    of_last_year = sorted(r["value"] for r in rows if r["period_start"].year == 2026)
    assert of_last_year == [6.5, 35]
    assert {r["period_end"] for r in rows if r["value"] not in (6.5, 35)} == {D(2027, 6, 30)}


def test_a_headlines_amount_said_again_in_the_body_takes_the_bodys_reading() -> None:
    text = ("Cao Bằng chi gần 1.850 tỷ đồng cho giao thông nông thôn\n\n"
            "Kế hoạch vốn đầu tư công năm 2027 của tỉnh Cao Bằng cho giao thông nông thôn là 1.850 tỷ đồng. "
            "Tỉnh có 1.200 km đường giao thông nông thôn được cứng hóa.\n")
    tables = extract_document(text.encode(), "probe.txt").tables
    budgets = tables["budgets"].to_dicts()
    assert [(r["value"], r["qualifier"], r["measure"]) for r in budgets] == [
        (1_850e9, "approx", "plan"), (1_850e9, "exact", "plan")]
    assert budgets[0]["char_start"] == 0 and budgets[0]["period_start"] == D(2027, 1, 1)
    # near-miss: a headline's amount the body does not give again keeps its own reading
    text = text.replace("là 1.850 tỷ đồng", "là 1.790 tỷ đồng")
    assert 1_850e9 in extract_document(text.encode(), "probe.txt").tables["indicators"]["value"].to_list()
    # near-miss: a short first paragraph that is a sentence of its own is no headline; its fact keeps its reading
    text = ("Ngày 4/5/2026, dông lốc làm sập 2 nhà tại xã Mường Chà.\n\n"
            "Ngày 9/5/2026, mưa lớn làm 2 nhà bị ngập tại xã Chà Nưa.\n")
    rows = extract_document(text.encode(), "probe.txt").tables["disasters"].to_dicts()
    assert [(r["impact"], r["hazards"], r["locations"]) for r in rows] == [
        ("houses_destroyed", ["whirlwind"], ["Mường Chà"]), ("houses_damaged", ["heavy_rain", "flood"], ["Chà Nưa"])]


def test_what_a_whole_is_made_of_and_what_a_village_has_are_named_by_the_noun_after_the_count() -> None:
    rows = indicator_rows(
        "UBND XÃ PHÚ NGHĨA\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Xã có dân số 31.200 người, gồm 19 thôn. Thôn Đồng Tâm có 14 hộ nghèo.\n"
        # near-miss: a village's word without its name names no place
        "Thôn có 22 hộ cận nghèo.\n")
    labels = [r["indicator_label"] for r in rows]
    assert labels[1:3] == ["thôn", "hộ nghèo thôn Đồng Tâm"]
    assert labels[3] == "Thôn có hộ cận nghèo"


def test_by_how_much_a_plan_was_passed_is_no_level_of_the_entry() -> None:
    rows = indicator_rows(
        "UBND TỈNH BẮC GIANG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2024\n\n"
        "Có 171/182 xã đạt chuẩn nông thôn mới, vượt kế hoạch 4 xã.\n"
        # near-miss: an entry named before its excess keeps its level
        "Kim ngạch xuất khẩu vượt kế hoạch đạt 3,4 tỷ USD.\n")
    keyed = {r["value"]: r["indicator_key"] for r in rows if r["metric"] == "level"}
    assert (keyed[171], keyed[4], keyed[3.4e9]) == ("new_rural_communes", None, "export_turnover")


def test_a_communes_row_of_a_budget_table_is_that_communes_budget() -> None:
    text = ("UBND HUYỆN CHI LĂNG\nBÁO CÁO\nKết quả thu ngân sách năm 2024\n\n"
            "Bảng 2. Thu ngân sách các xã năm 2024\n"
            "STT\tXã\tDự toán (triệu đồng)\tThực hiện (triệu đồng)\n"
            "1\tXã Gia Lộc\t1.820\t1.905\n"
            "2\tXã Y Tịch\t2.300\t2.140\n")
    tables = extract_document(text.encode(), "probe.txt").tables
    budgets = tables["budgets"].to_dicts()
    assert [(r["value"], r["measure"], r["locality"]) for r in budgets] == [
        (1_820e6, "plan", "xa_gia_loc"), (1_905e6, "actual", "xa_gia_loc"),
        (2_300e6, "plan", "xa_y_tich"), (2_140e6, "actual", "xa_y_tich")]
    assert {r["budget_item"] for r in budgets} == {"revenue_total"}
    assert "Xã" not in budgets[0]["budget_label"]
    # near-miss: a commune's row of a table of crops stays the commune's unkeyed indicator
    crops = text.replace("Thu ngân sách các xã", "Diện tích lúa các xã").replace("triệu đồng", "ha")
    tables = extract_document(crops.encode(), "probe.txt").tables
    assert tables["budgets"].height == 0
    assert [(r["locality"], r["indicator_key"]) for r in tables["indicators"].to_dicts()][:1] == [("xa_gia_loc", None)]


def test_a_districts_row_of_a_damage_table_with_a_total_is_a_damage_at_that_district() -> None:
    text = ("BAN CHỈ HUY PHÒNG CHỐNG THIÊN TAI TỈNH LÀO CAI\nBÁO CÁO\nThiệt hại do mưa lũ tháng 8 năm 2023\n\n"
            "STT\tĐịa phương\tNgười chết (người)\tNhà bị hư hỏng (nhà)\n"
            "1\tHuyện Bát Xát\t2\t14\n"
            "2\tHuyện Sa Pa\t1\t9\n"
            "\tTổng cộng\t3\t23\n")
    tables = extract_document(text.encode(), "probe.txt").tables
    read = [(r["impact"], r["value"], r["locations"]) for r in tables["disasters"].to_dicts()]
    assert read == [("deaths", 2, ["Bát Xát"]), ("houses_damaged", 14, ["Bát Xát"]),
                    ("deaths", 1, ["Sa Pa"]), ("houses_damaged", 9, ["Sa Pa"]),
                    ("deaths", 3, []), ("houses_damaged", 23, [])]
    assert tables["indicators"].height == 0


def test_a_plan_sub_heading_without_a_year_aims_at_the_plan_year_of_the_heading_above() -> None:
    rows = indicator_rows(
        "UBND TỈNH QUẢNG BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "I. ĐÁNH GIÁ KẾT QUẢ NĂM 2026 VÀ KẾ HOẠCH NĂM 2027\n1. Kết quả đạt được\n"
        "Toàn tỉnh đón 4,1 triệu lượt khách du lịch.\n2. Nhiệm vụ, giải pháp\nĐón 4,6 triệu lượt khách du lịch.\n")
    read = {r["value"]: (r["metric"], r["period_start"].year) for r in rows}
    assert read[4.6e6] == ("target", 2027)
    assert read[4.1e6] == ("level", 2026)
    # near-miss: a heading above that names the plan of no later year leaves the report's year
    rows = indicator_rows(
        "UBND TỈNH QUẢNG BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2026\n\n"
        "I. KẾT QUẢ 9 THÁNG NĂM 2026 VÀ NHIỆM VỤ QUÝ IV\n1. Kết quả đạt được\n"
        "Toàn tỉnh đón 4,1 triệu lượt khách du lịch.\n2. Nhiệm vụ, giải pháp\nĐón 4,6 triệu lượt khách du lịch.\n")
    assert {r["value"]: r["period_end"].year for r in rows}[4.6e6] == 2026


def test_a_plan_section_naming_no_year_aims_at_the_plan_year_of_the_title() -> None:
    rows = indicator_rows(
        "UBND HUYỆN NGHI XUÂN\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025 và phương hướng, nhiệm vụ năm 2026\n\n"
        "A. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025\nTỷ lệ hộ nghèo còn 3,4%.\nB. PHƯƠNG HƯỚNG, NHIỆM VỤ\n"
        "Tỷ lệ hộ nghèo giảm còn 2,6%.\n")
    read = {r["value"]: (r["metric"], r["period_start"].year) for r in rows}
    assert read[2.6] == ("target", 2026) and read[3.4] == ("level", 2025)


def test_a_share_of_a_projects_works_done_is_the_share_of_its_plan() -> None:
    rows = indicator_rows(
        "UBND TỈNH PHÚ YÊN\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 8 năm 2025\n\n"
        "Dự án cầu Hùng Vương mới: đến nay, nhà thầu đã thi công được 72% khối lượng, bàn giao mặt bằng đạt 90%.\n"
        "Kè chống sạt lở bờ sông Ba đã hoàn thành 40% giá trị hợp đồng.\n"
        # near-miss: a share of the province's communes done is no work's
        "Đã hoàn thành 100% số xã có điểm bưu điện văn hóa.\n")
    read = {r["value"]: (r["metric"], r["indicator_label"]) for r in rows}
    # the works built are the work's own progress, a projects row as the gold reads it (sample 003's footnote 14,
    # news ex075: projects plan_pct, in_progress); the land handed over stays the indicator's share of its plan
    assert 72 not in read and 40 not in read
    assert read[90] == ("plan_pct", "Bàn giao mặt bằng dự án cầu Hùng Vương mới")
    assert read[100][0] != "plan_pct"


def test_the_whole_of_a_tally_a_step_finished_is_what_it_was_to_finish() -> None:
    rows = indicator_rows(
        "UBND TỈNH KON TUM\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2026\n\n"
        "Chương trình xóa nhà tạm: hoàn thành 215/260 căn nhà. Tỉnh đã phê duyệt 14/20 dự án chăn nuôi.\n"
        # near-misses: the items of a plan themselves, and a count of the whole with no step finished
        "Hoàn thành 17/19 chỉ tiêu. Có 41/86 xã đạt chuẩn nông thôn mới.\n")
    read = {r["value"]: (r["metric"], r["period_end"]) for r in rows}
    assert read[260] == ("target", D(2026, 12, 31)) and read[20] == ("target", D(2026, 12, 31))
    assert read[215][0] == "level"
    assert read[19][0] == "level" and read[86][0] == "level"


def test_the_whole_branch_opening_a_sentence_is_its_subject_not_an_actor() -> None:
    rows = indicator_rows(
        "CỤC THỐNG KÊ TỈNH THÁI BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 5 năm 2026\n\n"
        "Toàn ngành y tế có 3.150 giường bệnh. Toàn ngành đã giải quyết 820 hồ sơ.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[3150] == "Toàn ngành y tế"
    # near-miss: the branch's bodies at work, no branch named, are no part of what they did
    assert not labels[820].startswith("Toàn ngành")


def test_a_rank_is_labelled_by_what_it_ranks_and_a_change_in_points_after_it_is_the_scores() -> None:
    rows = indicator_rows(
        "UBND TỈNH VĨNH LONG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Chỉ số PCI năm 2026 của tỉnh xếp thứ 18, tăng 1,25 điểm. Chỉ số PAPI xếp thứ 30, giảm 0,4 điểm.\n"
        # near-miss: a place ranked names no thing ranked; a change in points after no rank keeps its reading
        "Tỉnh Vĩnh Long xếp thứ 7 cả nước.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"], r["metric"]) for r in rows}
    assert read[18] == ("Xếp hạng Chỉ số PCI", None, "level")
    assert read[1.25] == ("Chỉ số PCI", "pci_score", "yoy_abs")
    assert read[-0.4] == ("Chỉ số PAPI", "papi_score", "yoy_abs")
    assert not (read[7][0] or "").startswith("Xếp hạng")


def test_the_place_that_welcomes_or_draws_in_is_no_part_of_the_counts_label() -> None:
    rows = indicator_rows(
        "Quảng Bình đón 4,2 triệu lượt khách\n\n"
        "Năm 2026, Quảng Bình đón 4,2 triệu lượt khách. Tỉnh Quảng Bình thu hút 21 dự án đầu tư.\n"
        # near-miss: a subject in lower case before the verb is the thing counted, kept
        "Các khu du lịch đón 850.000 lượt khách.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert not labels[4.2e6].startswith("Quảng Bình")
    assert not labels[21].startswith("Tỉnh Quảng Bình")
    assert labels[850_000].startswith("Các khu du lịch")


def test_an_aimed_change_is_named_by_the_words_after_its_number() -> None:
    # "Chỉ tiêu năm: giảm 1,5% hộ nghèo": the words before the change name only the plan or its year; what changes
    # is written after the number (and keyed when it is an entry)
    rows = indicator_rows(
        "UBND TỈNH PHÚ THỌ\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026 và phương hướng năm 2027\n\n"
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027\n"
        "- Chỉ tiêu năm: giảm 1,2% hộ nghèo.\n- Năm 2027: giảm 1.500 hộ nghèo.\n"
        "- Mục tiêu: giảm 0,8% tỷ lệ hộ nghèo đa chiều.\n")
    read = {abs(r["value"]): (r["indicator_label"], r["indicator_key"]) for r in rows}
    assert read[1.2] == ("hộ nghèo", None)
    assert read[1500] == ("hộ nghèo", None)
    assert read[0.8] == ("tỷ lệ hộ nghèo đa chiều", "poverty_rate")


def test_a_change_whose_subject_is_before_it_keeps_that_subject() -> None:
    # near misses: a subject written before the change, or only a unit or a base after it
    rows = indicator_rows(
        "UBND TỈNH PHÚ THỌ\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026 và phương hướng năm 2027\n\n"
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027\n"
        "- Tỷ lệ hộ nghèo giảm 1,3%.\n- Kim ngạch xuất khẩu tăng 11% so với năm 2026.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows}
    assert read[-1.3] == ("Tỷ lệ hộ nghèo", "poverty_rate")
    assert read[11] == ("Kim ngạch xuất khẩu", "export_turnover")


def test_the_province_welcoming_guests_names_no_count_of_them() -> None:
    # "tỉnh đón khoảng 4,6 triệu lượt khách": the area, its verb and how near the count is name nothing; nor does
    # the bare time the clause opens with ("3 tháng đầu năm")
    rows = indicator_rows(
        "UBND TỈNH KHÁNH HÒA\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2025\n\n"
        "Trong 6 tháng đầu năm, tỉnh đón khoảng 4,6 triệu lượt khách du lịch, tăng 11% so với cùng kỳ.\n"
        "Theo Sở Du lịch, 3 tháng đầu năm thành phố đón 1,3 triệu lượt khách.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows}
    assert read[4_600_000] == ("lượt khách du lịch", "tourist_arrivals")
    assert read[1_300_000][0] == "lượt khách"


def test_a_subject_before_a_hedged_count_keeps_its_words() -> None:
    # near miss: the subject before the verb names the count; the hedge after the verb is no part of it either way
    rows = indicator_rows(
        "UBND TỈNH KHÁNH HÒA\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2025\n\n"
        "Khách quốc tế đạt khoảng 910.000 lượt, tăng 20%.\n")
    assert {r["value"]: r["indicator_label"] for r in rows}[910_000] == "Khách quốc tế"


def test_a_bound_before_a_count_is_no_part_of_its_label() -> None:
    # "không dưới", "chưa đầy", "ít nhất" (data/words/bounds.csv) are the count's qualifier, as a hedge is, whether a
    # verb or the sentence's start stands before them
    rows = indicator_rows(
        "UBND TỈNH NGHỆ AN\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 10 năm 2026\n\n"
        "Trong tháng, toàn tỉnh có không dưới 1.200 doanh nghiệp thành lập mới. Chưa đầy 300 hộ thoát nghèo. "
        "Có ít nhất 12 xã đạt chuẩn nông thôn mới.\n")
    read = {r["value"]: (r["indicator_label"], r["qualifier"]) for r in rows}
    assert read[1200] == ("doanh nghiệp thành lập mới", "over")
    assert read[300] == ("hộ thoát nghèo", "under")
    assert read[12] == ("Có xã đạt chuẩn nông thôn mới", "over")


def test_hue_in_a_text_of_several_provinces_is_keyed_as_its_documents_are_after_the_change() -> None:
    # FACTS: Thừa Thiên Huế became the unit `hue` on 2025-07-01; a round-up of several provinces written after that
    # keys Huế's figure `hue`, as a report of Huế is keyed; one written before keeps `thua_thien_hue`
    def provinces(year: int) -> dict[float, str]:
        text = (f"Huế, Đà Nẵng và Quảng Trị: doanh thu du lịch tăng mạnh\n\nNgày 3/11/{year}, theo số liệu các sở, "
                f"Huế có 950.000 lượt khách lưu trú trong 10 tháng. Đà Nẵng có 2,4 triệu lượt khách lưu trú.\n")
        return {r["value"]: r["province"] for r in indicator_rows(text)}
    assert provinces(2026) == {950_000: "hue", 2_400_000: "da_nang"}
    assert provinces(2024) == {950_000: "thua_thien_hue", 2_400_000: "da_nang"}


def test_a_city_the_sentence_opens_with_has_its_own_figure() -> None:
    # "Tại thành phố Bảo Lộc, tỷ lệ hộ nghèo còn 0,5%": a district's city is a part of the province, no entry of it
    rows = indicator_rows(
        "UBND TỈNH LÂM ĐỒNG\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2024\n\n"
        "Tại thành phố Bảo Lộc, tỷ lệ hộ nghèo còn 0,5%.\nTỷ lệ hộ nghèo toàn tỉnh còn 1,9%.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows}
    assert read[0.5] == ("tỷ lệ hộ nghèo thành phố Bảo Lộc", None)
    assert read[1.9][1] == "poverty_rate"


def test_the_city_that_is_the_province_keeps_its_entry() -> None:
    # near miss: a city that is a province, the report's own, is the report's area
    rows = indicator_rows(
        "UBND THÀNH PHỐ HÀ NỘI\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2024\n\n"
        "Tại thành phố Hà Nội, tỷ lệ hộ nghèo còn 0,03%.\n")
    assert {r["value"]: r["indicator_key"] for r in rows}[0.03] == "poverty_rate"


def test_each_count_of_a_list_after_what_the_area_has_is_named_by_its_noun() -> None:
    # "Toàn huyện hiện có 45 hợp tác xã, 120 tổ hợp tác, 18 doanh nghiệp ...": the second and third counts are named
    # by their own nouns, not by the area the first clause opened with
    rows = indicator_rows(
        "UBND HUYỆN CHIÊM HÓA\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2023\n\n"
        "Toàn huyện hiện có 41 hợp tác xã, 115 tổ hợp tác, 17 doanh nghiệp đang hoạt động.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows}
    assert read[115] == ("tổ hợp tác", None)
    assert read[17] == ("doanh nghiệp đang hoạt động", "enterprises_active")


def test_a_count_after_the_whole_year_alone_is_named_by_its_noun() -> None:
    # "Cả năm có 2.150 doanh nghiệp thành lập mới": the year the clause opens with names nothing counted
    rows = indicator_rows(
        "UBND TỈNH BẮC NINH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2019\n\n"
        "Cả năm có 2.150 doanh nghiệp thành lập mới, 410 doanh nghiệp quay trở lại hoạt động.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows}
    assert read[2150] == ("doanh nghiệp thành lập mới", "new_enterprises")
    assert read[410][0] == "doanh nghiệp quay trở lại hoạt động"


def test_a_numbered_commune_the_sentence_opens_with_has_its_own_figure() -> None:
    # "Tại phường Hà Giang 2, ...": a ward numbered after the merger of 2025 is a part of the province
    rows = indicator_rows(
        "UBND TỈNH TUYÊN QUANG\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 10 năm 2025\n\n"
        "Tại phường Hà Giang 2, doanh thu du lịch đạt 95 tỷ đồng.\n"
        "Tháng 10, toàn tỉnh đón 305.000 lượt khách, doanh thu du lịch đạt 640 tỷ đồng.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows}
    assert read[95e9] == ("doanh thu du lịch phường Hà Giang 2", None)
    # the whole province welcoming guests: its verb no part of what is counted
    assert read[305_000] == ("lượt khách", "tourist_arrivals")
    assert read[640e9][1] == "tourism_revenue"


def test_the_scale_of_a_count_after_a_time_is_no_word_of_its_name() -> None:
    # "9 tháng có 2,6 triệu lượt khám chữa bệnh": "triệu" scales the number, what is counted is "lượt khám chữa bệnh"
    rows = indicator_rows(
        "UBND TỈNH QUẢNG NAM\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2024\n\n"
        "Sở Y tế cho biết, 9 tháng có 2,6 triệu lượt khám chữa bệnh, tăng 7%.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows}
    assert read[2_600_000] == ("lượt khám chữa bệnh", "medical_visits")


def test_the_body_that_did_what_is_counted_is_no_part_of_its_name() -> None:
    # "Sở Lao động - Thương binh và Xã hội đã tổ chức 12 phiên ...": the department, named with its capital, did what
    # is counted; the count is named by the verb and the noun after its number
    rows = indicator_rows(
        "UBND TỈNH THANH HÓA\nBÁO CÁO\nTình hình kinh tế - xã hội quý I năm 2026\n\n"
        "Sở Lao động - Thương binh và Xã hội đã tổ chức 14 phiên giao dịch việc làm.\n"
        "Công an tỉnh đã khởi tố 85 vụ án.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[14] == "tổ chức phiên giao dịch việc làm"
    assert read[85] == "khởi tố vụ án"


def test_a_subject_that_names_no_body_keeps_its_words() -> None:
    # near miss: lower-case words before "đã" are the subject, no body acting
    rows = indicator_rows(
        "UBND TỈNH THANH HÓA\nBÁO CÁO\nTình hình kinh tế - xã hội quý I năm 2026\n\n"
        "Số hộ dân đã được cấp nước sạch là 1.240 hộ.\n")
    assert {r["value"]: r["indicator_label"] for r in rows}[1240] == "Số hộ dân đã được cấp nước sạch"


def test_an_amount_drawn_in_is_named_by_its_verb_and_the_noun_after_it() -> None:
    # "năm 2026 tỉnh phấn đấu thu hút 2,5 tỷ USD vốn FDI", "thu hút hơn 1,8 tỷ USD vốn FDI": the year, the province
    # aiming, how near the amount is name nothing; what was drawn in is written after its unit
    rows = indicator_rows(
        "UBND TỈNH THÁI NGUYÊN\nBÁO CÁO\nTình hình kinh tế - xã hội 11 tháng năm 2025\n\n"
        "Trong 11 tháng, thu hút hơn 1,8 tỷ USD vốn FDI.\n"
        "Giám đốc Sở cho biết, năm 2026 tỉnh phấn đấu thu hút 2,5 tỷ USD vốn FDI.\n"
        "Sản lượng lúa đạt khoảng 640 tấn thóc.\n")
    read = {r["value"]: (r["indicator_label"], r["metric"]) for r in rows}
    assert read[1.8e9] == ("thu hút vốn FDI", "level")
    assert read[2.5e9] == ("thu hút vốn FDI", "target")
    # near miss: a subject before the verb names the amount
    assert read[640][0] == "Sản lượng lúa"


def test_a_district_a_sentence_opens_with_as_its_subject_has_its_own_figures() -> None:
    # "Huyện Mường Lát: tỷ lệ hộ nghèo ...", "Thành phố Sầm Sơn đón ..., doanh thu du lịch đạt ...": the district or
    # city the sentence opens with has the figures of its clauses, no entries of the province
    rows = indicator_rows(
        "UBND TỈNH THANH HÓA\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2024\n\n"
        "Huyện Mường Lát: tỷ lệ hộ nghèo còn 24,9%.\n"
        "Thành phố Sầm Sơn đón 6,2 triệu lượt khách du lịch, doanh thu du lịch đạt 9.700 tỷ đồng.\n"
        "Ở các huyện miền núi, tỷ lệ hộ nghèo bình quân còn 12,1%.\n"
        "Tỷ lệ hộ nghèo toàn tỉnh còn 1,6%. Doanh thu du lịch toàn tỉnh đạt 41.000 tỷ đồng.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows}
    assert read[24.9] == ("tỷ lệ hộ nghèo huyện Mường Lát", None)
    assert read[9_700e9] == ("doanh thu du lịch thành phố Sầm Sơn", None)
    assert read[12.1] == ("tỷ lệ hộ nghèo bình quân các huyện miền núi", None)
    # near misses: the province's own figures
    assert read[1.6][1] == "poverty_rate" and read[41_000e9][1] == "tourism_revenue"


def test_words_that_only_look_like_a_place_open_no_place() -> None:
    # near misses: "Xã hội hóa", "Huyện ủy", the places of the area named without a kind
    rows = indicator_rows(
        "UBND TỈNH THANH HÓA\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2024\n\n"
        "Xã hội hóa giáo dục đạt 120 tỷ đồng.\nTại các địa phương, tỷ lệ hộ nghèo còn 1,7%.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows}
    assert read[120e9][0] == "Xã hội hóa giáo dục"
    assert read[1.7][1] == "poverty_rate"


def test_a_count_left_in_its_unit_alone_keeps_the_subject_before() -> None:
    # "Số hộ nghèo giảm 298 hộ so với đầu năm, còn 2.087 hộ": only the unit after "còn"; the subject names the count
    rows = indicator_rows(
        "UBND HUYỆN BA BỂ\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2024\n\n"
        "Số hộ nghèo giảm 298 hộ so với đầu năm, còn 2.087 hộ.\nToàn huyện còn 1.950 hộ cận nghèo.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[2087] == "Số hộ nghèo"
    # near miss: the area alone before the count, the noun after it names it
    assert read[1950] == "hộ cận nghèo"


def test_a_price_basis_after_a_bracketed_name_names_nothing() -> None:
    # "Tổng sản phẩm trên địa bàn tỉnh (GRDP) 9 tháng năm 2020 theo giá so sánh 2010 ước đạt": the basis and its year
    # after the bracket name nothing; the words before the bracket do
    rows = indicator_rows(
        "UBND TỈNH BÌNH PHƯỚC\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2020\n\n"
        "Tổng sản phẩm trên địa bàn tỉnh (GRDP) 9 tháng năm 2020 theo giá so sánh 2010 ước đạt 38.410 tỷ đồng.\n"
        "Giá trị sản xuất công nghiệp theo giá so sánh 2010 đạt 46.150 tỷ đồng.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows}
    assert read[38_410e9] == ("Tổng sản phẩm trên địa bàn tỉnh", "grdp")
    # near miss: no bracket before the basis, the subject is written whole
    assert read[46_150e9] == ("Giá trị sản xuất công nghiệp theo giá so sánh 2010", "industrial_output")


def test_the_takings_alone_after_a_period_are_those_of_the_sentence_before() -> None:
    # "Doanh thu du lịch tháng 4 ... Tính chung 4 tháng, doanh thu đạt 2.300 tỷ đồng": the takings the sentence before
    # named, over the months so far
    rows = indicator_rows(
        "UBND TỈNH NINH BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 4 năm 2023\n\n"
        "Doanh thu du lịch tháng 4 ước đạt 640 tỷ đồng, tăng 80%. Tính chung 4 tháng, doanh thu đạt 2.280 tỷ đồng.\n")
    read = {r["value"]: (r["indicator_key"], r["period_start"]) for r in rows}
    assert read[2_280e9] == ("tourism_revenue", D(2023, 1, 1))


def test_each_part_a_list_says_takes_up_has_its_share() -> None:
    # "Nông nghiệp chiếm 27%, công nghiệp chiếm 41%, dịch vụ chiếm 32%": each part's percent after its own "chiếm"
    # is its share, the later ones of the list too
    rows = indicator_rows(
        "UBND TỈNH PHÚ THỌ\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2025\n\n"
        "Trong cơ cấu kinh tế, nông nghiệp chiếm 27%, công nghiệp chiếm 41%, dịch vụ chiếm 32%.\n"
        "Toàn tỉnh có 8.150 hộ nghèo, chiếm 2,4%. Còn 3.020 hộ cận nghèo chiếm 0,9%.\n")
    read = {r["value"]: r["metric"] for r in rows if r["unit"] == "pct"}
    assert read[27] == read[41] == read[32] == "share_pct"
    # near miss: the rate of a count said before "chiếm", its clause naming nothing, stays the rate (the gold's level)
    assert read[2.4] == read[0.9] == "level"


def test_a_target_under_a_heading_of_plans_for_a_quarter_or_a_month_is_of_that_part_of_the_year() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình kinh tế - xã hội quý III năm 2027\n\n"
        "I. KẾT QUẢ QUÝ III\nTrồng rừng được 900 ha.\n"
        "II. NHIỆM VỤ TRỌNG TÂM QUÝ IV\nPhấn đấu trồng mới 420 ha rừng.\n")
    read = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    assert read[420] == ("target", D(2027, 10, 1), D(2027, 12, 31))
    rows = indicator_rows(
        "UBND XÃ HƯNG PHÚC\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 11 năm 2026\n\n"
        "I. KẾT QUẢ\nTiêm phòng được 700 con gia súc.\n"
        "II. NHIỆM VỤ, GIẢI PHÁP THÁNG 12\nPhấn đấu tiêm phòng cho 1.800 con gia súc.\n"
        "III. KẾ HOẠCH THÁNG 01\nPhấn đấu tiêm phòng cho 1.300 con gia súc. "
        "Phấn đấu cả năm tiêm phòng cho 9.500 con gia súc.\n")
    read = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    assert read[1800] == ("target", D(2026, 12, 1), D(2026, 12, 31))
    # (a month before the report's, named without a year, is of the next year)
    assert read[1300] == ("target", D(2027, 1, 1), D(2027, 1, 31))
    assert read[9500][1:] != (D(2027, 1, 1), D(2027, 1, 31))
    # near-miss: the whole year said in the sentence, or a heading naming a count of months ("6 THÁNG CUỐI NĂM"),
    # leaves a target the year's
    rows = indicator_rows(
        "UBND TỈNH ĐIỆN BIÊN\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2026\n\n"
        "I. KẾT QUẢ\nTrồng rừng được 2.100 ha.\n"
        "II. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026\nPhấn đấu trồng mới 1.700 ha rừng.\n")
    read = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    assert read[1700] == ("target", D(2026, 1, 1), D(2026, 12, 31))


def test_a_count_after_a_list_mark_of_a_number_and_a_slash_is_named_by_its_noun() -> None:
    rows = indicator_rows(
        "UBND TỈNH CAO BẰNG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Kết quả giảm nghèo:\n1/ 1.240 hộ được hỗ trợ nhà ở.\n2/ 415 hộ thoát nghèo.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[1240] == "hộ được hỗ trợ nhà ở"
    assert read[415] == "hộ thoát nghèo"


def test_a_quarter_without_its_year_under_next_years_plan_is_that_years_target() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "I. KẾT QUẢ NĂM 2026\nThu hút 96 dự án đầu tư mới.\n"
        "II. NHIỆM VỤ NĂM 2027\nTrong quý I, tập trung thu hút 14 dự án đầu tư mới.\n"
        "Trong quý I/2026, tỉnh đã thu hút 21 dự án đầu tư mới.\n")
    read = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    assert read[14] == ("target", D(2027, 1, 1), D(2027, 3, 31))
    # near-miss: a quarter named with an earlier year is looked back on, a level of its own quarter
    assert read[21] == ("level", D(2026, 1, 1), D(2026, 3, 31))


def test_the_high_end_of_a_range_said_with_den_is_the_low_ends_entry() -> None:
    rows = indicator_rows(
        "UBND TỈNH ĐẮK LẮK\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 4 năm 2026\n\n"
        "Giá cà phê nhân xô dao động từ 98.000 đồng/kg đến 105.000 đồng/kg.\n"
        "Năng suất lúa ước đạt từ 58 tới 60 tạ/ha.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[98_000] == labels[105_000] == "Giá cà phê nhân xô"
    assert labels[58] == labels[60] == "Năng suất lúa"


def test_the_one_unit_an_amount_is_per_stays_in_its_label() -> None:
    rows = indicator_rows(
        "UBND TỈNH THÁI NGUYÊN\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Giá trị sản xuất trên 1 ha đất trồng trọt đạt 142 triệu đồng, tăng 6 triệu đồng so với năm 2025.\n"
        "Đàn trâu đạt 52.000 con, trên 1.000 con được tiêm phòng.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[142e6] == labels[6e6] == "Giá trị sản xuất trên 1 ha đất trồng trọt"
    # near-miss: a count over a thousand after "trên" is a figure, not a unit per
    assert labels[52_000] == "Đàn trâu"


def test_the_next_count_of_a_list_after_va_is_named_after_its_number() -> None:
    rows = indicator_rows(
        "UBND TỈNH TUYÊN QUANG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Toàn tỉnh có 9,2 bác sĩ và 36 giường bệnh trên vạn dân.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[9.2] == "bác sĩ"
    assert labels[36].startswith("giường")


def test_the_next_year_said_in_words_dates_the_aims_of_its_sentence() -> None:
    rows = indicator_rows(
        "Báo Nghệ An\n\nNghệ An đặt mục tiêu tăng trưởng 9,5% năm 2027\n\n"
        "Ngày 10/12/2026, HĐND tỉnh Nghệ An họp kỳ cuối năm. Năm 2026, GRDP ước tăng 8,1%.\n"
        "Năm tới, tỉnh phấn đấu tăng trưởng GRDP 9,5%; tỷ lệ che phủ rừng đạt 58,6%.\n"
        "Năm sau, thu hút khoảng 9 triệu lượt khách du lịch.\n"
        "Thu nhập bình quân đầu người năm 2026 gấp 1,5 lần năm 2020.\n")
    read = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    next_year = (D(2027, 1, 1), D(2027, 12, 31))
    # the headline's aim with its year after the figure, and the aims after "Năm tới" over the clause after ";"
    assert [(r["metric"], r["period_start"]) for r in rows if r["value"] == 9.5] == [("target", next_year[0])] * 2
    assert read[58.6] == ("target", *next_year)
    assert read[9e6] == ("target", *next_year)  # ("Năm sau, thu hút ...": a level of the next year is aimed at)
    # near-miss: this year's growth, and a multiple of an earlier year written after the figure, stay as they are
    assert read[8.1] == ("yoy_pct", D(2026, 1, 1), D(2026, 12, 31))
    assert read[50] == ("change_pct", D(2026, 1, 1), D(2026, 12, 31))


def test_the_aims_of_a_later_year_listed_after_a_colon_are_targets_of_that_year() -> None:
    rows = indicator_rows(
        "Báo Quảng Bình\n\nHĐND tỉnh thông qua kế hoạch\n\n"
        "Ngày 8/12/2026, HĐND tỉnh Quảng Bình khai mạc kỳ họp. Năm 2026, tỷ lệ hộ nghèo còn 3,2%.\n"
        "Các chỉ tiêu chủ yếu năm 2027: tổng vốn đầu tư toàn xã hội đạt 48.000 tỷ đồng; có thêm 8 xã đạt chuẩn "
        "nông thôn mới.\n")
    read = {r["value"]: (r["metric"], r["period_start"]) for r in rows}
    assert read[48e12] == ("target", D(2027, 1, 1))
    assert read[8] == ("target", D(2027, 1, 1))
    # near-miss: the level of the report's own year
    assert read[3.2] == ("level", D(2026, 1, 1))


def test_a_rate_set_for_a_term_not_over_yet_is_aimed_at_over_the_term() -> None:
    rows = indicator_rows(
        "UBND HUYỆN NA RÌ\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\n\n"
        "Khó khăn: phải cắt giảm biên chế theo tỷ lệ 5% giai đoạn 2025 - 2027 đối với khối sự nghiệp.\n"
        "Huyện đã giảm 3,5% biên chế giai đoạn 2025-2027.\n"
        "Tỷ lệ hộ nghèo giảm 2,1% giai đoạn 2021-2025.\n")
    read = {abs(r["value"]): (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    assert read[5] == ("target", D(2025, 1, 1), D(2027, 12, 31))
    # near-misses: a cut already made ("đã"), and a term that ends with the report's year, keep the report's year
    assert read[3.5][1:] == (D(2025, 1, 1), D(2025, 12, 31)) and read[3.5][0] != "target"
    assert read[2.1][0] != "target"


def test_the_near_poor_listed_respectively_beside_the_poor_leave_the_poor_keyed() -> None:
    rows = indicator_rows(
        "UBND TỈNH ĐIỆN BIÊN\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Tỷ lệ hộ nghèo và cận nghèo lần lượt là 14,2% và 5,8%.\n"
        "Tỷ lệ hộ nghèo và tỷ lệ lao động qua đào tạo lần lượt là 13% và 60%.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[14.2][0] == "poverty_rate"
    assert read[5.8][0] is None and "cận nghèo" in read[5.8][1]
    # near-miss: names of two entries keep each its own key
    assert (read[13][0], read[60][0]) == ("poverty_rate", "trained_labour_rate")


def test_a_level_after_the_next_year_said_mid_sentence_is_that_years_target() -> None:
    rows = indicator_rows(
        "UBND TỈNH PHÚ YÊN\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Kế hoạch năm sau: đón 5,5 triệu lượt khách du lịch.\n"
        "Dự kiến năm tới, kim ngạch xuất khẩu đạt 410 triệu USD.\n"
        "Năm 2024 có 15 xã đạt chuẩn nông thôn mới, năm sau có 21 xã.\n")
    read = {r["value"]: (r["metric"], r["period_start"]) for r in rows}
    assert read[5.5e6] == ("target", D(2027, 1, 1))
    assert read[410e6] == ("target", D(2027, 1, 1))
    # near-miss: "năm sau" after a year the sentence names is the year after that one, looked back on
    assert read[21][0] == "level"


def test_an_aim_for_a_later_year_after_the_level_is_the_levels_entry_and_year() -> None:
    rows = indicator_rows(
        "UBND TỈNH KON TUM\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Tỷ lệ che phủ rừng đạt 63,1%; mục tiêu đến năm 2030 đạt 65%.\n"
        "Phấn đấu đến năm 2030, thu nhập bình quân đầu người đạt 120 triệu đồng.\n"
        "Đến năm 2026, thu nhập bình quân đầu người đạt 68 triệu đồng.\n")
    read = {r["value"]: (r["indicator_key"], r["metric"], r["period_start"]) for r in rows}
    assert read[65] == ("forest_cover", "target", D(2030, 1, 1))
    assert read[120e6][1:] == ("target", D(2030, 1, 1))
    # near-miss: the report's own year reached is a level of it
    assert read[68e6][1] == "level"


def test_an_amount_gained_on_a_year_further_back_is_no_change_on_last_year() -> None:
    rows = indicator_rows(
        "UBND TỈNH THANH HÓA\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2025\n\n"
        "Số hợp tác xã thành lập mới là 140 hợp tác xã, tăng 35 hợp tác xã so với năm 2021.\n"
        "So với năm 2019, diện tích rừng trồng mới nhiều hơn 900 ha; tỷ lệ che phủ rừng cao hơn 4,5%.\n"
        "Số lượt khách du lịch tăng 120.000 lượt so với năm 2024.\n"
        "So với năm 2024, sản lượng thủy sản cao hơn 2.300 tấn.\n"
        "Giảm 610 hộ nghèo so với năm 2022; giảm 450 hộ cận nghèo so với năm 2024.\n"
        "Thu nhập bình quân đầu người cao hơn năm 2020 là 18 triệu đồng, cao hơn năm 2024 là 6 triệu đồng.\n")
    read = {r["value"]: r["metric"] for r in rows}
    # a change on an earlier year, after the figure or fronted at the sentence's head: no yoy fact
    assert 35 not in read and 900 not in read and -610 not in read
    assert read[-450] == "yoy_abs"  # (near-miss: the count's noun between it and last year)
    assert 18e6 not in read and read[6e6] == "yoy_abs"  # (the year between the comparison and the amount)
    assert read[4.5] == "change_pct"
    # near-miss: a change on last year, written either way, stays one
    assert read[120000] == "yoy_abs"
    assert read[2300] == "yoy_abs"


def test_a_numbered_heading_names_the_sentence_under_it_that_opens_with_its_verb() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2023\n\n"
        "c) Thủy sản\nTăng 6,4% so với cùng kỳ năm trước.\n"
        "3. Vận tải, kho bãi\nƯớc đạt 4.150 tỷ đồng.\n"
        "4. Giáo dục\nTrong năm có 12 trường đạt chuẩn quốc gia.\n"
        "5. Giảm nghèo\nGiảm 870 hộ nghèo so với cùng kỳ.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[6.4] == "Thủy sản"
    assert labels[4150e9] == "Vận tải, kho bãi"
    # near-miss: a sentence that names its own subject keeps it, and a change names what changes after its number
    assert labels[12] != "Giáo dục"
    assert labels[-870] == "hộ nghèo"


def test_a_merged_provinces_budget_of_a_former_province_is_that_provinces() -> None:
    text = ("UBND TỈNH AN GIANG\nBÁO CÁO\nTình hình thu chi ngân sách năm 2025\n\n"
            "Sau khi hợp nhất với tỉnh Kiên Giang cũ, tổng thu ngân sách toàn tỉnh ước đạt 24.800 tỷ đồng, "
            "trong đó khu vực tỉnh Kiên Giang cũ thu 11.300 tỷ đồng.\n")
    budgets = extract_document(text.encode(), "probe.txt").tables["budgets"].to_dicts()
    read = {r["value"]: (r["province"], r["locality"]) for r in budgets}
    assert read[11_300e9] == ("kien_giang", None)
    # near-miss: the whole, said after the former province named in a clause of its own, is the merged province's
    assert read[24_800e9] == ("an_giang", None)


def test_a_long_numbered_heading_names_the_sentence_under_it() -> None:
    rows = indicator_rows(
        "UBND TỈNH ĐIỆN BIÊN\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2027\n\n"
        "c) Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng\nƯớc đạt 9.870 tỷ đồng.\n"
        "d) Các ngành đã tập trung triển khai nhiều giải pháp hỗ trợ doanh nghiệp.\nĐạt 310 tỷ đồng.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[9870e9] == ("retail_sales", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng")
    # near-miss: a numbered line that is a sentence of its own names nothing under it
    assert read[310e9][1] is None or "giải pháp" not in read[310e9][1]


def test_the_same_months_of_a_leap_year_end_on_its_last_day_of_february() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 2 năm 2025\n\n"
        "Trong tháng 2, toàn tỉnh cấp mới 3.400 thẻ bảo hiểm y tế; cùng kỳ năm 2024 cấp mới 2.900 thẻ.\n"
        "II. NHIỆM VỤ NĂM 2028\nTháng 2, phấn đấu cấp mới 5.000 thẻ bảo hiểm y tế.\n")
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert read[2900] == (D(2024, 2, 1), D(2024, 2, 29))
    assert read[5000] == (D(2028, 2, 1), D(2028, 2, 29))
    # near miss: the report's own month keeps its 28 days
    assert read[3400] == (D(2025, 2, 1), D(2025, 2, 28))


def test_a_figure_said_of_the_whole_province_in_a_districts_news_has_no_locality() -> None:
    rows = indicator_rows(
        "Huyện Bình Liêu phát triển chăn nuôi\n\n"
        "Năm 2026, huyện Bình Liêu có tổng đàn trâu đạt 4.300 con. Tổng đàn trâu của tỉnh Quảng Ninh đạt 61.000 con. "
        "Toàn tỉnh Quảng Ninh có 1.240 trang trại; huyện Bình Liêu có 85 trang trại.\n"
        "Tại xã Đồng Văn, huyện Bình Liêu, tỉnh Quảng Ninh, đàn bò có 720 con. "
        "Hội thi nông dân giỏi tỉnh Quảng Ninh năm 2026 có 14 hội viên của huyện đạt giải.\n")
    read = {r["value"]: r["locality"] for r in rows}
    assert read[61_000] is None and read[1240] is None
    # near misses: the district's own figures, one after the province as an address or in a name, one after a
    # semicolon
    assert read[4300] == read[720] == read[85] == read[14] == "huyen_binh_lieu"


def test_the_same_time_of_the_year_before_stated_after_a_comma() -> None:
    rows = indicator_rows(
        "UBND XÃ TÂN PHÚ\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2027\n\n"
        "Trong 6 tháng, xã cấp mới 320 thẻ bảo hiểm y tế, cùng kỳ năm trước là 275 thẻ. "
        "Xã có 46 hộ nghèo, cùng kỳ năm nay có 12 hộ thoát nghèo.\n")
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert read[275] == (D(2026, 1, 1), D(2026, 6, 30))
    # near misses: the figure before the comma, and "cùng kỳ năm nay", keep the report's months
    assert read[320] == read[12] == (D(2027, 1, 1), D(2027, 6, 30))


def test_one_figure_of_quarters_listed_one_after_another_sums_them() -> None:
    rows = indicator_rows(
        "UBND TỈNH PHÚ THỌ\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2027\n\n"
        "Vốn đầu tư thực hiện quý I, II năm 2027 đạt 9.100 tỷ đồng, tăng 7,4% so với cùng kỳ. "
        "Số dự án khởi công quý I, II, III năm 2027 là 64 dự án.\n"
        "Số lượt khách quý I, quý II năm 2027 lần lượt đạt 120.000 lượt và 150.000 lượt. "
        "Sản lượng cá quý I và quý III năm 2027 là 3.900 tấn.\n")
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert read[9100e9] == read[7.4] == (D(2027, 1, 1), D(2027, 6, 30))
    assert read[64] == (D(2027, 1, 1), D(2027, 9, 30))
    # near misses: a list read respectively, and quarters not one after another, keep one quarter each
    assert read[120_000] == (D(2027, 1, 1), D(2027, 3, 31))
    assert read[150_000] == (D(2027, 4, 1), D(2027, 6, 30))
    assert read[3900] == (D(2027, 7, 1), D(2027, 9, 30))


def test_periods_opening_a_clause_read_a_list_of_as_many_numbers_in_order_without_lan_luot() -> None:
    rows = indicator_rows(
        "UBND TỈNH CÀ MAU\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2027\n\n"
        "Quý I và quý II, sản lượng tôm nuôi đạt 28.500 tấn và 36.200 tấn.\n"
        "Tháng 5 và tháng 6, khách du lịch lần lượt đạt 1,1 triệu lượt và 1,4 triệu lượt.\n"
        "Tháng 3 và tháng 4, sản lượng điện đạt 180 triệu kWh và 195 triệu kWh, tăng 3,5% và 5,5%.\n"
        # near misses: as many numbers of other units are no list of the periods; a list of another size neither
        "Quý I và quý II, diện tích nuôi đạt 3.200 ha và sản lượng 900 tấn.\n"
        "Tháng 5 và tháng 6, có 14 doanh nghiệp, 9 hợp tác xã và 120 hộ thành lập mới.\n")
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert read[28500] == (D(2027, 1, 1), D(2027, 3, 31)) and read[36200] == (D(2027, 4, 1), D(2027, 6, 30))
    assert read[1.1e6] == (D(2027, 5, 1), D(2027, 5, 31)) and read[1.4e6] == (D(2027, 6, 1), D(2027, 6, 30))
    assert read[3200] == read[900] and read[14] == read[9] == read[120]
    march, april = (D(2027, 3, 1), D(2027, 3, 31)), (D(2027, 4, 1), D(2027, 4, 30))
    assert read[180e6] == read[3.5] == march and read[195e6] == read[5.5] == april


def test_a_change_on_the_year_before_in_a_plan_stays_a_change_on_last_year() -> None:
    rows = indicator_rows(
        "HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ THỌ\nNGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội năm 2027\n\n"
        "QUYẾT NGHỊ:\nĐiều 1. Các chỉ tiêu chủ yếu năm 2027:\n"
        "- Tổng vốn đầu tư toàn xã hội đạt 95.000 tỷ đồng, tăng 11% so với ước thực hiện năm 2026.\n"
        "- Tổng mức bán lẻ hàng hóa đạt 70.000 tỷ đồng, tăng 9,5% so với cùng kỳ.\n"
        # near misses: a growth aimed at with no base, or on a base further back, is the aim itself
        "- Tốc độ tăng trưởng kinh tế đạt 8,8%.\n"
        "- Thu nhập bình quân đầu người tăng 40% so với năm 2020.\n")
    read = {r["value"]: r["metric"] for r in rows}
    assert read[11] == read[9.5] == "yoy_pct"
    assert read[8.8] == read[40] == "target"


def _periods_read(text: str) -> dict[float, tuple[dt.date, dt.date]]:
    """The period each figure of a short report is read with, by its value."""
    return {r["value"]: (r["period_start"], r["period_end"]) for r in indicator_rows(text)}


def _budget_rows(text: str) -> list[dict]:
    return list(extract_document(text.encode(), "probe.txt").tables["budgets"].iter_rows(named=True))


def test_money_received_from_the_budget_above_is_the_budget_above_the_reports_level() -> None:
    body = ("Thu ngân sách trên địa bàn đạt 14,5 tỷ đồng. Thu bổ sung từ ngân sách cấp trên 31,2 tỷ đồng.\n"
            "Nhận trợ cấp NS cấp trên 2,5 tỷ đồng.\n")
    for head, source in (("UBND XÃ TÂN LẬP\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n", "local"),
                         ("UBND HUYỆN BẢO LÂM\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n", "local"),
                         ("UBND TỈNH CAO BẰNG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n", "central")):
        read = {r["value"]: r["funding_source"] for r in _budget_rows(head + body)}
        assert read[31.2e9] == read[2.5e9] == source, head
        # near miss: the revenue the unit collects itself is from no budget above
        assert read[14.5e9] is None


def test_a_clause_opening_on_now_after_a_year_is_the_reports_time() -> None:
    read = _periods_read(
        "UBND HUYỆN MƯỜNG NHÉ\nBÁO CÁO\nKết quả 6 tháng đầu năm 2027\n\n"
        "Cuối năm 2025, tỷ lệ hộ nghèo là 31,4%; đến nay còn 27,9%. Năm 2026 có 64 hợp tác xã; hiện nay có 71 hợp tác "
        "xã.\n"
        # near miss: a clause after ";" naming no time of its own goes on with the year the sentence opened with
        "Năm 2026, toàn huyện trồng 820 ha rừng; chăm sóc 1.450 ha rừng.\n")
    half = (D(2027, 1, 1), D(2027, 6, 30))
    assert read[27.9] == read[71] == half
    assert read[31.4] == (D(2025, 1, 1), D(2025, 12, 31))
    assert read[64] == read[820] == read[1450] == (D(2026, 1, 1), D(2026, 12, 31))


def test_a_part_of_the_year_a_plans_sentence_names_first_after_its_aim_is_the_part_aimed_at() -> None:
    read = _periods_read(
        "UBND TỈNH LAI CHÂU\nBÁO CÁO\nKết quả 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2027\n\n"
        "I. KẾT QUẢ\nTrồng mới 640 ha rừng.\nII. NHIỆM VỤ 6 THÁNG CUỐI NĂM\n"
        "Phấn đấu 6 tháng cuối năm trồng mới 1.150 ha rừng. Tổng đàn gia súc quý IV phấn đấu đạt 285.000 con.\n"
        # near misses: a part compared with is no part aimed at; a sentence naming none aims at the year
        "Kim ngạch xuất khẩu tăng 5% so với 6 tháng đầu năm. Giải quyết việc làm cho 7.300 lao động.\n")
    assert read[1150] == (D(2027, 7, 1), D(2027, 12, 31))
    assert read[285_000] == (D(2027, 10, 1), D(2027, 12, 31))
    assert read[5] == read[7300] == (D(2027, 1, 1), D(2027, 12, 31))


def test_the_months_left_of_the_year_a_target_opens_with_are_the_part_aimed_at() -> None:
    read = _periods_read(
        "UBND TỈNH ĐIỆN BIÊN\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 9 năm 2026\n\n"
        "Lũy kế 9 tháng, toàn tỉnh cấp 41.000 thẻ bảo hiểm y tế.\n"
        "Trong 3 tháng cuối năm, phấn đấu tạo việc làm mới cho 2.600 lao động.\n"
        # near miss: a target whose sentence names no part aims at the whole year
        "Phấn đấu cả năm có 64 xã đạt chuẩn nông thôn mới.\n")
    assert read[2600] == (D(2026, 10, 1), D(2026, 12, 31))
    assert read[41_000] == (D(2026, 1, 1), D(2026, 9, 30))
    assert read[64] == (D(2026, 1, 1), D(2026, 12, 31))


def test_a_change_on_the_quarter_before_is_no_change_on_last_year_whichever_side_it_is_named() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình kinh tế - xã hội quý III năm 2026\n\n"
        "So với quý II/2026, giá trị sản xuất công nghiệp quý III tăng 4,7%; so với cùng kỳ tăng 9,3%.\n"
        "Doanh thu du lịch quý III đạt 1.150 tỷ đồng, tăng 12,6% so với quý 2 năm 2026.\n"
        "So với quý III/2025, kim ngạch xuất khẩu quý III tăng 7,4%.\n"
        "Số thuê bao internet quý III tăng 2,2% so với quý III năm 2025.\n")
    read = {r["value"]: r["metric"] for r in rows}
    # the quarter before, fronted at the sentence's head or named after the figure, though the sentence names
    # the figure's own quarter without its year
    assert read[4.7] == "change_pct" and read[12.6] == "change_pct"
    # near-miss: the base of the next clause, and the same quarter a year before, either side, stay yoy
    assert read[9.3] == "yoy_pct" and read[7.4] == "yoy_pct" and read[2.2] == "yoy_pct"


def test_a_target_on_its_own_line_goes_on_from_the_later_year_of_the_plan_lines_before() -> None:
    rows = indicator_rows(
        "UBND TỈNH CAO BẰNG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Tỷ lệ hộ nghèo năm 2026 giảm còn 9,8%.\n"
        "Năm 2027, phấn đấu tốc độ tăng trưởng kinh tế đạt 7,5%.\n"
        "Phấn đấu giảm tỷ lệ hộ nghèo xuống còn 7,9%.\n"
        "- Tỷ lệ xã đạt chuẩn nông thôn mới phấn đấu đạt 41%.\n"
        "Số doanh nghiệp đang hoạt động là 1.240 doanh nghiệp.\n"
        "Phấn đấu tỷ lệ che phủ rừng đạt 56%.\n"
        "3. Nhiệm vụ trọng tâm\n"
        "Phấn đấu thu hút 2,1 triệu lượt khách du lịch.\n")
    read = {r["value"]: (r["metric"], r["period_end"].year) for r in rows}
    assert read[7.9] == ("target", 2027) and read[41] == ("target", 2027)
    # near-miss: a line that aims at nothing, or a heading, between: the year goes no further
    assert read[56] == ("target", 2026) and read[2_100_000] == ("target", 2026)


def test_a_target_under_a_heading_that_is_a_later_year_alone_aims_at_that_year() -> None:
    rows = indicator_rows(
        "UBND XÃ NA HANG\nBáo cáo kết quả thực hiện nhiệm vụ năm 2026\n\n"
        "1. Kết quả thực hiện\nTỷ lệ che phủ rừng năm 2026 đạt 61%.\n"
        "2. Năm 2027\nPhấn đấu tỷ lệ che phủ rừng đạt 62%; có thêm 2 thôn đạt chuẩn văn hóa.\n"
        "3. Giải pháp\nPhấn đấu tỷ lệ trẻ em tiêm chủng đầy đủ đạt 98%.\n")
    read = {r["value"]: (r["metric"], r["period_end"].year) for r in rows}
    assert read[62] == ("target", 2027)
    # near-miss: under a heading that names no year, the report's year
    assert read[98] == ("target", 2026)


def test_the_lettered_parts_of_a_whole_planned_over_a_term_cover_the_term() -> None:
    from orchestration.extraction import extract_document

    tables = extract_document(
        ("HỘI ĐỒNG NHÂN DÂN TỈNH NINH BÌNH\nNghị quyết về kế hoạch tài chính 5 năm giai đoạn 2026 - 2030\n\n"
         "Điều 1. Tổng thu ngân sách nhà nước trên địa bàn giai đoạn 2026 - 2030 là 210.000 tỷ đồng, trong đó:\n"
         "a) Thu nội địa: 180.000 tỷ đồng.\nb) Thu từ hoạt động xuất nhập khẩu: 30.000 tỷ đồng.\n"
         "Điều 2. Chi ngân sách năm 2030.\na) Chi thường xuyên: 25.000 tỷ đồng.\n").encode(), "t.txt").tables
    spans = {r["value"]: (r["period_start"].year, r["period_end"].year) for name in ("budgets", "indicators")
             for r in tables[name].to_dicts()}
    assert spans[180_000e9] == (2026, 2030) and spans[30_000e9] == (2026, 2030)
    # near-miss: an item under a line that opens no breakdown (no colon) is no part of the term's whole
    assert spans[25_000e9] == (2030, 2030)


def test_a_flow_aimed_at_over_a_named_term_is_summed_over_the_term() -> None:
    rows = indicator_rows(
        "UBND TỈNH PHÚ THỌ\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Trong giai đoạn 2027 - 2031, tỉnh phấn đấu tạo việc làm cho 95.000 lao động; tổng vốn FDI giai đoạn "
        "2027 - 2031 phấn đấu đạt 6 tỷ USD; tỷ lệ lao động qua đào tạo giai đoạn 2027 - 2031 phấn đấu đạt 75%.\n")
    read = {r["value"]: (r["metric"], r["period_start"].year, r["period_end"].year) for r in rows}
    assert read[95_000] == ("target", 2027, 2031) and read[6e9] == ("target", 2027, 2031)
    # near-miss: a rate aimed at over the term is reached by its last year
    assert read[75] == ("target", 2031, 2031)


def test_a_year_alone_in_a_bracket_after_a_level_is_that_levels_year() -> None:
    rows = indicator_rows(
        "UBND TỈNH YÊN BÁI\nBÁO CÁO\nTổng kết giai đoạn 2021 - 2025\n\n"
        "Tỷ lệ che phủ rừng tăng từ 57,6% (năm 2020) lên 63,1% (cuối năm 2025). "
        "Số hợp tác xã đạt 412 hợp tác xã (kế hoạch 450 hợp tác xã).\n")
    read = {r["value"]: (r["period_start"].year, r["period_end"].year, r["as_of"]) for r in rows}
    assert read[57.6] == (2020, 2020, None) and read[63.1] == (2025, 2025, D(2025, 12, 31))
    # near-miss: a bracket that holds more than a year leaves the figure the document's span
    assert read[412] == (2021, 2025, None)


def test_a_count_of_years_the_clause_sums_over_is_that_many_years() -> None:
    rows = indicator_rows(
        "UBND TỈNH HẬU GIANG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2025\n\n"
        "Năm 2025 tỉnh trồng mới 820 ha rừng; 5 năm qua đạt 3.950 ha. Sản lượng thủy sản năm 2025 đạt 92.000 tấn, "
        "bình quân 5 năm tăng 4,2%/năm.\nCấp 3 năm liên tiếp 120 suất học bổng.\n")
    read = {r["value"]: (r["period_start"].year, r["period_end"].year) for r in rows}
    assert read[3950] == (2021, 2025) and read[4.2] == (2021, 2025)
    # near-miss: the year the clause names, and years in a row that qualify no sum, keep their periods
    assert read[820] == (2025, 2025) and read[92_000] == (2025, 2025) and read[120] == (2025, 2025)
    # a total aimed at over as many years as a plan's term is over the term (a rate aimed at: its last year)
    rows = indicator_rows("UBND TỈNH HẬU GIANG\nKế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030\n\n"
                          "Phấn đấu trồng rừng tập trung 5 năm đạt 6.500 ha; tỷ lệ che phủ rừng đạt 12%.\n")
    read = {r["value"]: (r["metric"], r["period_start"].year, r["period_end"].year) for r in rows}
    assert read[6500] == ("target", 2026, 2030) and read[12] == ("target", 2030, 2030)
    # the count written in words, as numbers reads a count's words
    rows = indicator_rows("UBND TỈNH HẬU GIANG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2025\n\n"
                          "Ba năm qua đạt 2.140 ha rừng trồng mới.\n")
    assert [(r["period_start"].year, r["period_end"].year) for r in rows if r["value"] == 2140] == [(2023, 2025)]


def test_a_change_said_without_years_after_a_parallel_one_with_years_moves_between_them() -> None:
    rows = indicator_rows(
        "UBND TỈNH VĨNH LONG\nBÁO CÁO\nTổng kết giai đoạn 2021 - 2025\n\n"
        "Tỷ lệ lao động nông nghiệp giảm từ 48,2% năm 2020 xuống còn 39,5% năm 2025; tỷ lệ lao động qua đào tạo tăng "
        "từ 61,3% lên 72,8%.\nSố hợp tác xã tăng từ 210 lên 265 hợp tác xã.\n")
    read = {r["value"]: (r["period_start"].year, r["period_end"].year) for r in rows}
    assert read[61.3] == (2020, 2020) and read[72.8] == (2025, 2025)
    # near-miss: a change in a sentence of its own, no years said before it, keeps the report's span
    assert read[210] == (2021, 2025)


def test_a_rate_in_a_row_paying_out_is_the_share_of_its_plan_in_any_table() -> None:
    from orchestration.extraction import extract_document

    tables = extract_document(
        ("UBND TỈNH BẮC NINH\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2026\n\n"
         "Biểu 1. Một số chỉ tiêu chủ yếu\nChỉ tiêu\tĐơn vị tính\tThực hiện 9 tháng\n"
         "Giải ngân vốn đầu tư công\t%\t71,4\nTỷ lệ lao động qua đào tạo\t%\t74,2\n\n"
         "Biểu 2. Kết quả theo địa phương\nChỉ tiêu\tĐơn vị tính\tHuyện Gia Bình\tHuyện Lương Tài\n"
         "Giải ngân vốn đầu tư công\t%\t88,3\t79,6\nTỷ lệ hộ nghèo\t%\t1,1\t1,7\n").encode(), "t.txt").tables
    budgets = {r["value"]: (r["budget_item"], r["measure"], r["locality"]) for r in tables["budgets"].to_dicts()}
    assert budgets[71.4] == ("public_investment", "plan_pct", None)
    assert budgets[88.3] == ("public_investment", "plan_pct", "huyen_gia_binh")
    assert budgets[79.6] == ("public_investment", "plan_pct", "huyen_luong_tai")
    # near-miss: a rate of a row that pays nothing out stays the indicator it is
    indicators = {r["value"] for r in tables["indicators"].to_dicts()}
    assert {74.2, 1.1, 1.7} <= indicators and not {71.4, 88.3, 79.6} & indicators


def test_a_target_opening_with_a_part_of_the_year_still_to_come_aims_at_that_part_outside_a_plan_section() -> None:
    rows = indicator_rows(
        "UBND XÃ PHÚ LỘC\nBÁO CÁO\nKết quả thực hiện nhiệm vụ quý II năm 2026\n\n"
        "Trong quý III, phấn đấu kết nạp 12 đảng viên mới.\n"
        "Trong 6 tháng đầu năm, phấn đấu cấp 420 thẻ bảo hiểm y tế.\n")
    read = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    assert read[12] == ("target", D(2026, 7, 1), D(2026, 9, 30))
    # near-miss: a part of the year the report covers is no part still to come: the year's target stays
    assert read[420] == ("target", D(2026, 1, 1), D(2026, 12, 31))


def test_a_target_opening_with_a_quarter_still_running_at_the_reports_end_aims_at_that_quarter() -> None:
    rows = indicator_rows(
        "UBND TỈNH LÀO CAI\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nBÁO CÁO\nKết quả công tác tháng 11 năm 2027\n\n"
        "Quý IV/2027, phấn đấu đón 2,4 triệu lượt khách.\n"
        "Trong quý III, phấn đấu hoàn thành 7 điểm du lịch cộng đồng.\n")
    read = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    assert read[2_400_000] == ("target", D(2027, 10, 1), D(2027, 12, 31))  # not the whole year
    # near-miss: a quarter already over by November aims at nothing of its own: the year's target stays
    assert read[7] == ("target", D(2027, 1, 1), D(2027, 12, 31))


def test_figures_under_a_heading_reviewing_the_year_before_a_plans_year_are_of_that_year() -> None:
    rows = indicator_rows(
        "UBND TỈNH VĨNH LONG\nKẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2028\n\n"
        "I. KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2027\n1. Về kinh tế\n"
        "Tốc độ tăng trưởng kinh tế ước đạt 6,9%. Tỷ lệ hộ nghèo còn 2,3%.\n"
        "II. ĐÁNH GIÁ GIAI ĐOẠN 2021 - 2027\nSố xã đạt chuẩn nông thôn mới là 64 xã.\n"
        "III. KẾ HOẠCH NĂM 2028\nTốc độ tăng trưởng kinh tế đạt 8,2%.\n")
    read = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    assert read[6.9] == ("yoy_pct", D(2027, 1, 1), D(2027, 12, 31))
    assert read[2.3][1:] == (D(2027, 1, 1), D(2027, 12, 31))
    # near-miss: a heading of a term, or of the plan's year, gives its figures no year of its own
    assert read[64][1:] == (D(2028, 1, 1), D(2028, 12, 31))
    assert read[8.2] == ("target", D(2028, 1, 1), D(2028, 12, 31))


def test_sectors_listed_under_a_production_value_line_are_no_grdp_sectors() -> None:
    rows = indicator_rows(
        "UBND TỈNH BÌNH THUẬN\nBÁO CÁO KINH TẾ - XÃ HỘI QUÝ III NĂM 2026\n\n"
        "Giá trị sản xuất phân theo ngành (giá so sánh):\n"
        "- Nông nghiệp, lâm nghiệp và thủy sản: 3.150 tỷ đồng, tăng 2,8%.\n"
        "- Công nghiệp và xây dựng ước đạt 5.740 tỷ đồng, tăng 8,9%.\n"
        "- Khu vực dịch vụ: 6.020 tỷ đồng, tăng 6,6%.\n")
    keys = {r["value"]: r["indicator_key"] for r in rows}
    assert keys[3_150_000_000_000] is None and keys[5_740_000_000_000] is None and keys[6_020_000_000_000] is None
    assert keys[2.8] is None and keys[8.9] is None


def test_sectors_listed_under_a_grdp_or_structure_line_keep_their_keys() -> None:
    rows = indicator_rows(
        "UBND TỈNH BÌNH THUẬN\nBÁO CÁO KINH TẾ - XÃ HỘI QUÝ III NĂM 2026\n\n"
        "Tăng trưởng GRDP 9 tháng ước đạt 7,2%, trong đó:\n"
        "- Khu vực nông, lâm nghiệp và thủy sản tăng 3,4%;\n"
        "- Khu vực công nghiệp - xây dựng tăng 10,3%.\n")
    keys = {r["value"]: r["indicator_key"] for r in rows}
    assert keys[3.4] == "grdp_agriculture" and keys[10.3] == "grdp_industry_construction"


def test_a_name_with_a_comma_inside_is_labelled_whole_before_a_bracket_or_a_colon() -> None:
    rows = indicator_rows(
        "UBND TỈNH QUẢNG NGÃI\nBÁO CÁO KINH TẾ - XÃ HỘI 6 THÁNG NĂM 2027\n\n"
        "Giá trị sản xuất ngành chế biến, chế tạo (giá so sánh 2010) ước đạt 12.400 tỷ đồng, tăng 9,6%.\n"
        "Kết quả theo lĩnh vực:\n"
        "- Vận tải, kho bãi: 1.870 tỷ đồng, tăng 5,2%.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[12_400_000_000_000] == labels[9.6] == "Giá trị sản xuất ngành chế biến, chế tạo"
    assert labels[1_870_000_000_000] == labels[5.2] == "Vận tải, kho bãi"


def test_a_comma_that_is_no_part_of_a_name_still_ends_the_label() -> None:
    rows = indicator_rows(
        "UBND TỈNH QUẢNG NGÃI\nBÁO CÁO KINH TẾ - XÃ HỘI 6 THÁNG NĂM 2027\n\n"
        "Trong 6 tháng, giá trị sản xuất công nghiệp (giá so sánh 2010) ước đạt 12.400 tỷ đồng.\n"
        "Kết quả theo lĩnh vực:\n"
        "- Năm 2027, doanh thu vận tải: 1.870 tỷ đồng.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[12_400_000_000_000] == "giá trị sản xuất công nghiệp"
    assert labels[1_870_000_000_000] == "doanh thu vận tải"


def test_a_change_is_labelled_by_what_it_says_it_measures() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO KINH TẾ - XÃ HỘI 9 THÁNG NĂM 2026\n\n"
        "Toàn tỉnh cấp mới 27 dự án với tổng vốn 3.900 tỷ đồng, tăng 17% về số dự án và giảm 6,5% về vốn đầu tư "
        "so với cùng kỳ.\n"
        "Số hợp tác xã thành lập mới là 35 HTX, tăng 9,4% về số lượng.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[17] == "số dự án" and labels[-6.5] == "vốn đầu tư"
    # a measure alone ("về số lượng") names nothing of its own: the subject before stays
    assert labels[9.4] == "Số hợp tác xã thành lập mới"


def test_parts_listed_under_a_structure_line_are_shares_and_the_economys_are_its_sectors() -> None:
    rows = indicator_rows(
        "UBND TỈNH QUẢNG TRỊ\nBÁO CÁO KINH TẾ - XÃ HỘI NĂM 2026\n\n"
        "a) Cơ cấu kinh tế (giá hiện hành):\n"
        "+ Nông, lâm nghiệp và thủy sản: 21,3%\n"
        "+ Công nghiệp - xây dựng: 30,6%\n"
        "+ Dịch vụ: 42,4%\n"
        "Cơ cấu lao động:\n"
        "- Khu vực dịch vụ: 33,8%\n")
    read = {r["value"]: (r["metric"], r["indicator_key"]) for r in rows}
    assert read[21.3] == ("share_pct", "grdp_agriculture")
    assert read[30.6] == ("share_pct", "grdp_industry_construction")
    assert read[42.4] == ("share_pct", "grdp_services")
    # the labour's structure: shares of the workforce, no sectors of the GRDP
    assert read[33.8] == ("share_pct", None)


def test_a_list_under_a_line_that_only_mentions_a_structure_is_no_list_of_shares() -> None:
    rows = indicator_rows(
        "UBND TỈNH QUẢNG TRỊ\nBÁO CÁO KINH TẾ - XÃ HỘI NĂM 2026\n\n"
        "Kết quả chuyển đổi cơ cấu cây trồng:\n"
        "- Tỷ lệ diện tích lúa được chuyển đổi đạt 12,5%\n"
        "Giá trị sản xuất các ngành:\n"
        "- Dịch vụ: 47,1%\n")
    read = {r["value"]: (r["metric"], r["indicator_key"]) for r in rows}
    assert read[12.5] == ("level", None) and read[47.1] == ("level", None)


def test_counts_listed_after_one_verb_are_each_named_by_the_verb_and_their_own_noun() -> None:
    rows = indicator_rows(
        "CÔNG AN TỈNH ĐẮK LẮK\nBÁO CÁO\nKết quả công tác quý II năm 2027\n\n"
        "Triệt phá 14 vụ, 37 đối tượng đánh bạc. Trong quý, toàn tỉnh ghi nhận 206 ca sốt xuất huyết, 19 ca quai bị. "
        "Khởi tố 31 vụ, 52 bị can.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[14] == "Triệt phá vụ" and labels[37] == "Triệt phá đối tượng đánh bạc"
    assert labels[206] == "ghi nhận ca sốt xuất huyết" and labels[19] == "ghi nhận ca quai bị"
    assert labels[31] == "Khởi tố vụ" and labels[52] == "Khởi tố bị can"


def test_a_count_with_words_of_its_own_after_a_listed_count_keeps_them() -> None:
    rows = indicator_rows(
        "CÔNG AN TỈNH ĐẮK LẮK\nBÁO CÁO\nKết quả công tác quý II năm 2027\n\n"
        "Tiếp nhận 640 hồ sơ, đã trả 598 hồ sơ. Bắt giữ 6 vụ buôn lậu, xử phạt 12 đối tượng.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    # (a count in its unit alone, followed by no count of the same list, keeps the verb alone)
    assert labels[640] == "Tiếp nhận" and labels[598] == "đã trả"
    assert labels[6] == "Bắt giữ vụ buôn lậu" and labels[12] == "xử phạt"


def test_an_amount_joined_by_voi_to_the_things_counted_before_it_is_named_by_its_own_words() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2027\n\n"
        "Toàn tỉnh có 640 doanh nghiệp đăng ký thành lập mới với tổng số vốn đăng ký 5.210 tỷ đồng. "
        "Chấp thuận chủ trương 9 dự án với tổng vốn đầu tư 1.870 tỷ đồng.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows}
    assert read[5_210_000_000_000] == ("tổng số vốn đăng ký", "new_enterprises_capital")
    assert read[1_870_000_000_000][0] == "tổng vốn đầu tư"


def test_an_amount_in_a_clause_of_its_own_after_a_count_drops_only_the_joining_word() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2027\n\n"
        "Có 640 doanh nghiệp thành lập mới, với tổng vốn đăng ký 5.210 tỷ đồng. "
        "Hỗ trợ 120 hộ làm nhà ở với mức 40 triệu đồng/hộ.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows}
    assert read[5_210_000_000_000] == ("tổng vốn đăng ký", "new_enterprises_capital")
    # near miss: an amount with no words of its own after "với" keeps the label the count's noun gives
    assert read[40_000_000][0] == "hộ làm nhà ở"


def test_an_estimate_word_ending_a_subject_is_no_part_of_its_label() -> None:
    rows = indicator_rows(
        "UBND TỈNH NINH BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội quý III năm 2026\n\n"
        "Vốn đầu tư phát triển toàn xã hội quý III ước: 14.700 tỷ đồng. "
        "Lượt khách tham quan quý III ước đón 2,3 triệu lượt.\n"
        # near miss: "ước" as a word's second syllable ("hương ước": a village's covenant) stays in the name
        "- Xây dựng hương ước: 215 thôn\n")
    read = {r["value"]: (r["indicator_label"], r["qualifier"]) for r in rows}
    assert read[14_700_000_000_000] == ("Vốn đầu tư phát triển toàn xã hội", "estimate")
    assert read[2_300_000][0] == "Lượt khách tham quan"
    assert read[215][0] == "Xây dựng hương ước"


def test_a_count_the_things_counted_before_come_with_is_named_by_its_own_noun() -> None:
    rows = indicator_rows(
        "UBND XÃ TÂN HƯNG\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2026\n\n"
        "Năm học 2026-2027, toàn xã có 5 trường học với 1.860 học sinh. Mở 12 lớp dạy nghề với 390 học viên.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[1860] == "học sinh" and labels[390] == "học viên"
    # near miss: the things counted before "với" keep their own names
    assert labels[5] == "trường học" and labels[12] == "Mở lớp dạy nghề"


def test_sectors_named_by_their_number_under_a_structure_line_take_their_keys() -> None:
    rows = indicator_rows(
        "UBND HUYỆN LẠC DƯƠNG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Cơ cấu kinh tế (%):\n- Khu vực I: 41,7%\n- Khu vực III: 33,9%\n"
        # near miss: the production value's structure has no GRDP sectors; its farm part keeps its two commas
        "Cơ cấu giá trị sản xuất:\n- Nông, lâm, thủy sản: 52,4%\n")
    read = {r["value"]: (r["indicator_label"], r["metric"], r["indicator_key"]) for r in rows}
    assert read[41.7] == ("Khu vực I", "share_pct", "grdp_agriculture")
    assert read[33.9] == ("Khu vực III", "share_pct", "grdp_services")
    assert read[52.4] == ("Nông, lâm, thủy sản", "share_pct", None)


def test_the_last_sector_of_a_list_of_shares_is_named_without_the_and_it_opens_with() -> None:
    rows = indicator_rows(
        "UBND HUYỆN LẠC DƯƠNG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Khu vực dịch vụ chiếm 44,6%, khu vực công nghiệp - xây dựng chiếm 21,8% và khu vực nông, lâm, thủy sản "
        "chiếm 33,6%.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows}
    assert read[33.6] == ("khu vực nông, lâm, thủy sản", "grdp_agriculture")
    assert read[21.8] == ("khu vực công nghiệp - xây dựng", "grdp_industry_construction")


def test_a_share_after_a_part_counted_by_its_noun_takes_the_rate_that_noun_names() -> None:
    rows = indicator_rows(
        "UBND TỈNH TÂY NINH\nBÁO CÁO\nTình hình kinh tế - xã hội quý I năm 2027\n\n"
        "Quý I, Bộ phận một cửa của tỉnh nhận 2.380 hồ sơ, trong đó 2.140 hồ sơ trực tuyến, đạt 89,9%. "
        "Quý I, toàn tỉnh giải quyết 310 hồ sơ đất đai, đạt 97%.\n")
    read = {r["value"]: (r["indicator_label"], r["metric"], r["indicator_key"]) for r in rows}
    assert read[89.9] == ("hồ sơ trực tuyến", "share_pct", "online_public_services_rate")
    assert read[2140][2] is None  # (the count itself is no rate)
    # near miss: the share of a count whose noun names no rate of the catalog stays unkeyed
    assert read[97][2] is None


def test_a_change_in_amount_after_a_comparative_alone_is_the_figure_befores() -> None:
    rows = indicator_rows(
        "UBND TỈNH LẠNG SƠN\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Giá trị hàng hóa xuất khẩu qua cửa khẩu đạt 2.310 triệu USD, nhiều hơn 140 triệu USD so với năm 2025. "
        "Tổng đàn lợn đạt 182.000 con, ít hơn 6.500 con so với năm 2025.\n")
    read = {r["value"]: (r["indicator_label"], r["metric"]) for r in rows}
    assert read[140_000_000] == ("Giá trị hàng hóa xuất khẩu qua cửa khẩu", "yoy_abs")
    assert read[-6500] == ("Tổng đàn lợn", "yoy_abs")


def test_a_change_in_a_counts_unit_alone_restates_the_one_count_in_that_unit() -> None:
    rows = indicator_rows(
        "CÔNG AN TỈNH QUẢNG NGÃI\nBÁO CÁO\nTình hình an ninh trật tự 9 tháng năm 2027\n\n"
        "Tai nạn giao thông xảy ra 63 vụ, làm chết 38 người, bị thương 41 người; so với cùng kỳ giảm 9 vụ, "
        "giảm 5 người chết. Tội phạm về ma túy phát hiện 48 vụ, 71 đối tượng, tăng 6 vụ so với cùng kỳ.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows if r["metric"] == "yoy_abs"}
    levels = {r["value"]: r["indicator_label"] for r in rows if r["metric"] == "level"}
    assert read[-9] == ("Tai nạn giao thông", "traffic_accidents")
    assert read[6][0] == levels[48]
    # near miss: a change that names its count keeps its own words
    assert read[-5] == ("người chết", "traffic_deaths")


def test_a_place_ranked_is_labelled_by_what_it_is_ranked_for() -> None:
    rows = indicator_rows(
        "UBND TỈNH VĨNH LONG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Năm 2027, tỉnh đứng thứ 8 cả nước về thu hút khách du lịch quốc tế. "
        "Vĩnh Long xếp thứ 4/34 tỉnh, thành phố về tỷ lệ hộ dùng nước sạch.\n"
        # near miss: a rank that says for what before it keeps that subject
        "Chỉ số PAPI của tỉnh xếp thứ 15 cả nước.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[8] == "Xếp hạng thu hút khách du lịch quốc tế"
    assert labels[4] == "Xếp hạng tỷ lệ hộ dùng nước sạch"
    assert labels[15] == "Xếp hạng Chỉ số PAPI"


def test_a_place_the_nth_to_have_something_is_not_ranked_for_the_words_after_its_verb() -> None:
    rows = indicator_rows(
        "UBND TỈNH HƯNG YÊN\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Tỉnh trở thành địa phương thứ 12 cả nước có số thu nộp về ngân sách Trung ương lớn.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[12] != "Xếp hạng ngân sách Trung ương lớn"


def test_what_a_subject_has_is_named_by_the_noun_after_its_count() -> None:
    rows = indicator_rows(
        "UBND TỈNH GIA LAI\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Kỳ thi tuyển sinh lớp 10 có 18.320 thí sinh đăng ký dự thi. "
        "Hội Nông dân tỉnh có 214 tổ hợp tác chăn nuôi.\n"
        # near miss: a count in its unit alone keeps the words before it
        "Hội Nông dân tỉnh có 412 hội viên.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[18320] == "thí sinh đăng ký dự thi"
    assert labels[214] == "tổ hợp tác chăn nuôi"
    assert labels[412] != "hội viên"


def test_fires_and_explosions_counted_together_keep_both_in_their_name() -> None:
    rows = indicator_rows(
        "CÔNG AN TỈNH NGHỆ AN\nBÁO CÁO\nTình hình an ninh trật tự năm 2027\n\n"
        "Cháy, nổ xảy ra 27 vụ, giảm 4 vụ so với cùng kỳ.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[27] == labels[-4] == "Cháy, nổ"


def test_a_list_item_with_an_age_range_is_named_by_the_words_before_its_colon() -> None:
    rows = indicator_rows(
        "CỤC THỐNG KÊ TỈNH SƠN LA\nBÁO CÁO\nTình hình dân số năm 2027\n\n"
        "Cơ cấu dân số theo nhóm tuổi:\n- Dưới 15 tuổi: 27,4%\n- Từ 15-59 tuổi: 61,8%\n"
        # near miss: an item named by words alone is read as before
        "- Trên 60 tuổi: 10,8%\n- Dân số thành thị: 15,2%\n")
    read = {r["value"]: (r["indicator_label"], r["metric"]) for r in rows}
    assert read[61.8] == ("Từ 15-59 tuổi", "share_pct")
    assert read[27.4][0] == "Dưới 15 tuổi"
    assert read[15.2][0] == "Dân số thành thị"


def test_a_name_with_a_comma_after_a_closed_bracket_keeps_the_words_before_the_bracket() -> None:
    rows = indicator_rows(
        "UBND TỈNH QUẢNG TRỊ\nBÁO CÁO\nTình hình kinh tế - xã hội quý II năm 2027\n\n"
        "Giá trị tăng thêm (VA) khu vực nông, lâm nghiệp và thủy sản tăng 4,1%.\n"
        # near miss: a comma after a bracket still open is read as before (the bracket's own clause)
        "Tăng trưởng các ngành (nông, lâm nghiệp tăng 3,2%).\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[4.1] == "Giá trị tăng thêm (VA) khu vực nông, lâm nghiệp và thủy sản"
    assert labels[3.2] == "nông, lâm nghiệp"


def test_a_column_head_naming_the_capitals_source_gives_each_row_under_it_that_source() -> None:
    # "Kế hoạch vốn năm 2029" over "Tổng số | Vốn NSTW | Vốn NSĐP": each plain row's part from one source is the
    # centre's or the local budget's capital (the total column names none)
    text = ("Biểu 3. Kế hoạch vốn đầu tư công năm 2029\nĐơn vị tính: tỷ đồng\n"
            "TT\tNội dung\tKế hoạch vốn năm 2029\t\t\n\t\tTổng số\tVốn NSTW\tVốn NSĐP\n"
            "1\tVốn đầu tư tập trung\t1.800\t700\t1.100\n")
    budgets = extract_document(text.encode(), "probe.txt").tables["budgets"].to_dicts()
    assert sorted((r["value"] / 1e9, r["funding_source"]) for r in budgets) == [
        (700, "central"), (1100, "local"), (1800, None)]
    # near miss: a head naming both sources gives none
    both = text.replace("\t\tTổng số\tVốn NSTW\tVốn NSĐP", "\t\tTổng số\tNSTW + NSĐP\tKhác")
    budgets = extract_document(both.encode(), "probe.txt").tables["budgets"].to_dicts()
    assert all(r["funding_source"] is None for r in budgets)


def test_a_rank_after_a_comma_is_named_by_what_it_ranks_not_by_the_words_after_it() -> None:
    # "…, xếp thứ 1 khu vực Đông Bắc": the rank of the growth before it (was "xếp thứ khu vực Đông Bắc", the count
    # named by the words after its number); near miss: a count of a verb keeps the noun after its number
    text = ("UBND TỈNH LẠNG SƠN\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
            "Tốc độ tăng trưởng GRDP năm 2027 ước đạt 7,9%, xếp thứ 2 khu vực Đông Bắc. "
            "Thu hút vốn FDI đạt 310 triệu USD, đứng thứ 11 cả nước. Cấp 1.240 thẻ bảo hiểm y tế cho người nghèo.\n")
    read = {r["value"]: r["indicator_label"] for r in indicator_rows(text)}
    assert read[2] == "Xếp hạng Tốc độ tăng trưởng GRDP"
    assert read[11] == "Xếp hạng Thu hút vốn FDI"
    assert read[1240].startswith("Cấp thẻ bảo hiểm y tế")


def test_a_move_in_steps_said_before_its_rank_is_that_ranks_change() -> None:
    # "Chỉ số X tăng 4 bậc, xếp thứ 9/34": the steps a ranking moved by, said before the rank they moved it to, are
    # that rank's change (was the count "bậc" of the index itself, or of the rank of the sentence before)
    text = ("UBND TỈNH GIA LAI\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
            "Chỉ số PAPI năm 2026 của tỉnh tăng 4 bậc, xếp thứ 9/34 tỉnh, thành phố. "
            "Chỉ số SIPAS giảm 3 bậc so với năm 2025, đứng thứ 21.\n"
            # near-misses: a move with no rank after it in its sentence is no later sentence's rank's change; a move
            # after a rank keeps the rank before it
            "Chỉ số ICT tăng 2 bậc. Chỉ số PCI xếp thứ 15. Chỉ số PGI xếp thứ 6, tăng 5 bậc.\n")
    read = {r["value"]: (r["indicator_label"], r["metric"]) for r in indicator_rows(text)}
    assert read[4] == ("Xếp hạng Chỉ số PAPI", "yoy_abs")
    assert read[-3] == ("Xếp hạng Chỉ số SIPAS", "yoy_abs")
    assert read[21] == ("Xếp hạng Chỉ số SIPAS", "level")
    assert not (read[2][0] or "").startswith("Xếp hạng")
    assert read[5] == ("Xếp hạng Chỉ số PGI", "yoy_abs")


def test_a_tables_row_said_as_a_sentence_is_routed_as_a_row_whatever_its_layout() -> None:
    # a row of a table laid out with spaces (no tab on its line) said as a sentence for the disaster rules: the
    # context says it is a row (``row_said``), as a tab table's line does by its tabs; near miss: a body sentence
    # is none
    from orchestration.extraction import routing

    text = ("UBND TỈNH CAO BẰNG\nBÁO CÁO\nThiệt hại do cơn bão số 4 năm 2026\n\n"
            "Bão làm 2 người bị thương.\n\n"
            "Bảng 1. Thiệt hại về nhà ở\n"
            "TT   Nội dung                          Đơn vị    Số lượng\n"
            "1    Nhà bị sập, cuốn trôi             nhà       17\n"
            "2    Nhà bị tốc mái                    nhà       240\n")
    seen: dict[float, bool] = {}
    original = routing.route_context

    def spy(ctx):  # type: ignore[no-untyped-def]
        seen[ctx.value] = seen.get(ctx.value, False) or ctx.row_said
        return original(ctx)

    routing.route_context = spy
    try:
        extract_document(text.encode(), "probe.txt")
    finally:
        routing.route_context = original
    assert seen[17] and seen[240]
    assert seen[2] is False


def test_a_respective_list_of_three_names_keys_only_the_entry_and_names_each_part_with_the_shared_head() -> None:
    # "Tỷ lệ hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo lần lượt là ...": the later names repeat the word the first
    # name's tail opens with ("hộ"), so they share only the words before it ("Tỷ lệ"); the near-poor and those just
    # out of poverty are no poverty rate (was the second keyed poverty_rate, the third labelled "2,8%")
    text = ("UBND TỈNH AN GIANG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
            "Tỷ lệ hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo lần lượt là 0,9%, 2,4% và 0,5%.\n"
            # near-miss: a later name that shares the first's head by its length is read as before
            "Kim ngạch xuất khẩu và nhập khẩu lần lượt đạt 1,4 tỷ USD và 0,7 tỷ USD.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in indicator_rows(text)}
    assert read[0.9] == ("Tỷ lệ hộ nghèo", "poverty_rate")
    assert read[2.4] == ("Tỷ lệ hộ cận nghèo", None)
    assert read[0.5] == ("Tỷ lệ hộ mới thoát nghèo", None)
    assert read[7e8] == ("Kim ngạch nhập khẩu", "import_turnover")


def test_a_clause_naming_its_own_subject_takes_no_key_from_the_entry_before_it_in_the_sentence() -> None:
    # "…bảo hiểm y tế đạt 93,8%, bảo hiểm thất nghiệp đạt 27,5% …": the second clause names its own subject, which is no
    # catalog entry; the health insurance's words before it do not make it one (was health_insurance_coverage)
    text = ("UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
            "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,8%, bảo hiểm thất nghiệp đạt 27,5% lực lượng lao động.\n"
            # near-misses: a clause that names the entry again keeps its key, and so does a part in brackets
            "Kim ngạch xuất khẩu tháng 12 đạt 210 triệu USD, cả năm kim ngạch xuất khẩu đạt 2.450 triệu USD.\n"
            "Diện tích gieo trồng cây hằng năm đạt 48.300 ha (vụ Mùa 20.100 ha; vụ Đông 28.200 ha).\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in indicator_rows(text)}
    assert read[93.8][1] == "health_insurance_coverage"
    assert read[27.5] == ("bảo hiểm thất nghiệp", None)
    assert read[2.45e9][1] == "export_turnover"
    assert read[20_100][1] == "cultivated_area"


def test_a_rank_after_a_move_of_any_verb_or_step_word_is_ranked_as_the_clause_opened() -> None:
    # "tụt 3 bậc, xếp vị trí 40/63", "tăng 2 hạng, xếp hạng thứ 8": the move aside, the rank is of what the clause
    # opened with, and the move (in "bậc" or "hạng") is that rank's change (was "xếp vị trí" and "Chỉ số ... của
    # tỉnh tụt", the rank unnamed)
    text = ("UBND TỈNH ĐẮK LẮK\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
            "Chỉ số PAPI của tỉnh tụt 3 bậc, xếp vị trí 41/63. Chỉ số SIPAS tăng 2 hạng, xếp hạng thứ 7.\n"
            # near-miss: a place ranked after its move still names no thing ranked
            "Tỉnh Đắk Lắk tụt 4 bậc, xếp thứ 30.\n")
    read = {r["value"]: (r["indicator_label"], r["metric"]) for r in indicator_rows(text)}
    assert read[41] == ("Xếp hạng Chỉ số PAPI", "level")
    assert read[-3] == ("Xếp hạng Chỉ số PAPI", "yoy_abs")
    assert read[7] == ("Xếp hạng Chỉ số SIPAS", "level")
    assert read[2] == ("Xếp hạng Chỉ số SIPAS", "yoy_abs")
    assert not (read[30][0] or "").startswith("Xếp hạng")


def test_a_plan_share_of_a_sentence_opening_on_a_measured_subject_is_no_project_named_before() -> None:
    from orchestration.extraction.routing import route_in_text

    before = "Dự án Khu chế biến nông sản Ea Kar đã khánh thành giai đoạn 1, giải ngân 140 tỷ đồng.\n"
    # the sentence names its own subject (an output), so the share is that output's, not the work's progress
    assert route_in_text("Sản lượng hồ tiêu ước đạt 72.000 tấn, bằng 104% kế hoạch.", "104", preceding=before) is None
    assert route_in_text("- Diện tích cây ăn quả đạt 18.500 ha, đạt 98% kế hoạch năm.", "98", preceding=before) is None


def test_a_plan_share_of_a_sentence_opening_on_the_works_keeps_the_project_named_before() -> None:
    from orchestration.extraction.routing import route_in_text

    before = "Dự án Khu chế biến nông sản Ea Kar đang thi công, giải ngân 140 tỷ đồng.\n"
    routed = route_in_text("Khối lượng thi công đạt 65% kế hoạch.", "65", preceding=before)
    assert routed is not None and routed.fields["project_name"] == "Khu chế biến nông sản Ea Kar"


def test_a_rate_of_two_steps_said_with_a_comma_is_named_by_both() -> None:
    rows = indicator_rows(_MONTHLY + "Tỷ lệ rác thải sinh hoạt ở nông thôn được thu gom, xử lý đạt 81,5%. "
                                     "Nước thải được thu gom 62%, xử lý đạt chuẩn 55%.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[81.5] == "Tỷ lệ rác thải sinh hoạt ở nông thôn được thu gom, xử lý"  # (was "xử lý")
    assert labels[55] == "xử lý đạt chuẩn"  # (two rates of two steps, each its own)


def test_a_count_of_a_name_with_a_comma_is_named_by_the_whole_name() -> None:
    rows = indicator_rows(_MONTHLY + "Toàn xã có 14 thôn, xóm; trong đó 11 thôn, xóm đạt chuẩn văn hóa. "
                                     "Có 6 xã, thị trấn đạt chuẩn an toàn thực phẩm. Đã hỗ trợ 430 hộ nghèo, cận nghèo "
                                     "sửa chữa nhà ở.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[14] == "thôn, xóm"
    assert labels[11] == "thôn, xóm đạt chuẩn văn hóa"
    assert labels[6] == "xã, thị trấn đạt chuẩn an toàn thực phẩm"
    assert labels[430] == "Đã hỗ trợ hộ nghèo, cận nghèo sửa chữa nhà ở"


def test_a_count_listed_after_a_comma_of_no_name_keeps_its_own_noun() -> None:
    rows = indicator_rows(_MONTHLY + "Phát hiện 7 vụ, 12 đối tượng buôn lậu. Cấp 250 thẻ, 40 sổ bảo hiểm.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[7] == "Phát hiện vụ"  # (a comma between two counts is no name's)
    assert labels[12] == "Phát hiện đối tượng buôn lậu"


def test_a_name_with_a_comma_inside_is_one_name_of_a_list_read_respectively() -> None:
    rows = indicator_rows(_MONTHLY + "Giá trị tăng thêm khu vực nông, lâm nghiệp và thủy sản, khu vực công nghiệp - "
                                     "xây dựng và khu vực dịch vụ lần lượt tăng 2,8%, 10,3% và 6,9%.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[2.8] == ("grdp_agriculture", "Giá trị tăng thêm khu vực nông, lâm nghiệp và thủy sản")
    assert read[10.3] == ("grdp_industry_construction", "Giá trị tăng thêm khu vực công nghiệp - xây dựng")
    assert read[6.9] == ("grdp_services", "Giá trị tăng thêm khu vực dịch vụ")


def test_a_list_read_respectively_whose_figures_are_the_parts_of_a_name_with_a_comma_splits_it() -> None:
    rows = indicator_rows(_MONTHLY + "Tỷ lệ hộ nghèo, cận nghèo lần lượt là 2,4% và 4,1%.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[2.4] == "Tỷ lệ hộ nghèo"
    assert labels[4.1].endswith("cận nghèo")


def test_the_change_of_a_count_of_damage_stays_an_indicator_named_by_that_damage() -> None:
    # (the disasters table has no metric: a change of damage on a year before is an indicator's yoy_abs, named by the
    # damage it restates, not by the words before the damage)
    text = ("UBND TỈNH LÀO CAI\nBÁO CÁO\nCông tác phòng, chống thiên tai năm 2026\n\n"
            "Mưa lũ năm 2026 làm 7 người chết, giảm 2 người so với năm 2025; 46 nhà bị sập đổ, tăng 11 nhà so với "
            "năm 2025.\n")
    changes = {r["value"]: r["indicator_label"] for r in indicator_rows(text) if r["metric"] == "yoy_abs"}
    assert changes == {-2: "người chết", 11: "nhà bị sập đổ"}


def test_the_change_of_a_count_of_damage_in_its_unit_alone_keeps_its_own_words() -> None:
    text = ("UBND TỈNH LÀO CAI\nBÁO CÁO\nCông tác phòng, chống thiên tai năm 2026\n\n"
            "Số trận lũ quét xảy ra trong năm là 9 trận, tăng 3 trận so với năm 2025.\n")
    changes = [r for r in indicator_rows(text) if r["metric"] == "yoy_abs"]
    assert [r["indicator_label"] for r in changes] == ["Số trận lũ quét xảy ra"]  # (its subject, as before)


def test_an_item_after_the_unit_of_the_item_before_and_va_is_named_by_its_own_words() -> None:
    rows = indicator_rows(_MONTHLY + "Sản lượng lâm sản đạt 95.000 m3, gồm gỗ rừng trồng 90.000 m3 và gỗ rừng tự nhiên "
                                     "5.000 m3. Lương thực đạt 1,2 triệu tấn, gồm thóc 1,1 triệu tấn và ngô 0,1 triệu "
                                     "tấn.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[5000] == "gỗ rừng tự nhiên"  # (was "m3 và gỗ rừng tự nhiên")
    assert labels[100000] == "ngô"  # (was "triệu tấn và ngô")


def test_an_item_whose_own_name_holds_va_keeps_it() -> None:
    rows = indicator_rows(_MONTHLY + "Sản lượng khai thác đạt 9.000 tấn, gồm cá biển 7.000 tấn, tôm và mực "
                                     "2.000 tấn.\n")
    assert {r["value"]: r["indicator_label"] for r in rows}[2000] == "tôm và mực"


def test_a_sum_of_months_of_an_entry_of_no_key_goes_on_from_the_level_before() -> None:
    rows = indicator_rows(_MONTHLY + "Sản lượng nước máy thương phẩm tháng 10 đạt 2,1 triệu m3. Lũy kế 10 tháng đạt "
                                     "20,4 triệu m3.\nSố thuê bao internet băng rộng đạt 152.000 thuê bao. Cộng dồn 10 "
                                     "tháng đạt 38 tỷ đồng.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[20400000] == "Sản lượng nước máy thương phẩm"  # (was none)
    assert labels[38e9] is None  # (an amount of money goes on from no count of subscribers)


def test_the_whole_of_a_ratio_the_bare_unit_has_is_named_by_the_noun_counted() -> None:
    text = ("UBND XÃ TÂN PHÚ\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2026\n\n"
            "Xã có 5/7 trường đạt chuẩn quốc gia. Thôn Đồng Tâm có 40/52 hộ dùng nước sạch.\n")
    labels = {r["value"]: r["indicator_label"] for r in indicator_rows(text)}
    assert labels[7] == "Tổng số trường"  # (was "Xã có")
    assert labels[52] != "Tổng số hộ"  # (a named village has its own households, no whole of the report's)


def test_a_rate_whose_clause_names_a_measured_subject_of_its_own_is_no_budgets() -> None:
    from orchestration.extraction.routing import route_in_text

    said = ("Thu ngân sách trên địa bàn quý II đạt 3.150 tỷ đồng, bằng 27% dự toán; chỉ số sản xuất toàn ngành công "
            "nghiệp tăng 7,4% so với cùng kỳ. Thu nội địa đạt 2.900 tỷ đồng, tăng 6% so với cùng kỳ, số doanh nghiệp "
            "đăng ký mới 420 doanh nghiệp, tăng 3,5%.")
    assert route_in_text(said, "7,4") is None  # (was the revenue's growth)
    assert route_in_text(said, "3,5") is None  # (the new firms' growth, was the revenue's)
    # near-misses: the budget's own rates, and a budget's clause after a count
    assert route_in_text(said, "27").fields["measure"] == "plan_pct"
    assert route_in_text(said, "6").fields["budget_item"] == "revenue_domestic"
    again = "Số đơn vị dự toán 85 đơn vị; chi thường xuyên đạt 1.200 tỷ đồng, tăng 4,1%; thu nội địa tăng 9%."
    assert route_in_text(again, "4,1").fields["budget_item"] == "expenditure_recurrent"
    assert route_in_text(again, "9").fields["budget_item"] == "revenue_domestic"


def test_a_plan_in_brackets_of_an_entry_of_no_key_is_that_entrys() -> None:
    rows = indicator_rows(_MONTHLY + "Số bác sĩ đạt 11,5 bác sĩ/vạn dân (kế hoạch 12 bác sĩ/vạn dân). Số trạm y tế "
                                     "có bác sĩ đạt 140 trạm (kế hoạch 6.000 người).\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[12] == "Số bác sĩ"  # (was "kế hoạch")
    # near-miss: a plan counted in other words is not the entry's
    assert labels[6000] != "Số trạm y tế có bác sĩ"


def test_a_count_per_something_takes_no_key_of_an_entry_counting_units() -> None:
    rows = indicator_rows(_MONTHLY + "Tỉnh chấp thuận chủ trương đầu tư Nhà máy gạch Tân Lập, công suất 40 triệu "
                                     "viên/năm. Trong tháng, chấp thuận chủ trương đầu tư 6 dự án.\n")
    keys = {r["value"]: r["indicator_key"] for r in rows}
    assert keys[40e6] is None  # (was investment_projects_approved)
    # near-miss: the projects approved, counted in projects
    assert keys[6] == "investment_projects_approved"


def test_a_commune_opening_the_sentence_is_not_the_place_of_a_clause_naming_the_whole_area() -> None:
    rows = indicator_rows(_MONTHLY + "Xã Phù Cừ đạt 48 điểm chỉ số cải cách hành chính; bình quân toàn tỉnh đạt "
                                     "45,5 điểm. Xã Tiên Lữ có tỷ lệ hộ nghèo 2,4%; tỷ lệ hộ cận nghèo 3,1%.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert "Phù Cừ" not in (labels[45.5] or "")  # (was "bình quân xã Phù Cừ")
    # near-miss: a clause of the commune's own still names it
    assert "Tiên Lữ" in labels[3.1]


# --- labels, eleventh round, second pass ---------------------------------------------------------------------------

_HALF_YEAR = "UBND TỈNH LÂM ĐỒNG\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2027\n\n"


def test_a_contribution_to_growth_is_named_by_the_sector_whose_growth_it_follows() -> None:
    rows = indicator_rows(_HALF_YEAR + "GRDP 6 tháng tăng 7,1%; trong đó khu vực nông, lâm, ngư nghiệp tăng 2,9%, "
                                       "đóng góp 0,62 điểm phần trăm vào mức tăng chung; khu vực dịch vụ tăng 8,3%, "
                                       "đóng góp 3,44 điểm phần trăm.\n"
                                       # near miss: a contribution whose own words name it keeps them
                                       "Ngành du lịch đóng góp 11,5% vào GRDP của tỉnh.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[0.62] == "Đóng góp của khu vực nông, lâm, ngư nghiệp vào mức tăng chung"
    assert labels[3.44] == "Đóng góp của khu vực dịch vụ"
    assert labels[2.9] == "khu vực nông, lâm, ngư nghiệp"  # (the comma list one name)
    assert labels[11.5] == "Ngành du lịch đóng góp"


def test_a_count_after_a_body_and_two_verbs_is_named_by_the_noun_after_its_number() -> None:
    rows = indicator_rows(_HALF_YEAR + "Sở đã chủ trì và phối hợp 9 đoàn kiểm tra liên ngành về an toàn thực phẩm. "
                                       "Các trạm y tế xã đã khám, cấp cứu cho 5.420 lượt người.\n"
                                       # near miss: a subject before the count names it, however many words it has
                                       "Số lao động được giải quyết việc làm 6.100 người.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[9] == "chủ trì và phối hợp đoàn kiểm tra liên ngành về an toàn thực phẩm"
    assert labels[5420] == "khám, cấp cứu cho lượt người"
    assert labels[6100] == "Số lao động được giải quyết việc làm"


def test_a_clause_that_only_links_or_says_when_names_no_figure() -> None:
    rows = indicator_rows(_HALF_YEAR + "Bên cạnh đó, 1.350 hộ dân vùng cao được hỗ trợ giống cây trồng. Trong dịp nghỉ "
                                       "lễ 30/4, 95% cơ sở lưu trú kín phòng.\n"
                                       # near miss: a clause before that names the subject still names it
                                       "Doanh thu lữ hành, trong dịp lễ 30/4, đạt 86 tỷ đồng.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[1350] == "hộ dân vùng cao được hỗ trợ giống cây trồng"
    assert labels[95] == "cơ sở lưu trú kín phòng"
    assert labels[86e9] == "Doanh thu lữ hành"


def test_the_share_of_the_people_an_area_has_is_named_after_it_and_a_rate_is_its_level() -> None:
    rows = indicator_rows(_HALF_YEAR + "Toàn tỉnh có 94,8% dân số tham gia bảo hiểm y tế. Toàn huyện có 97,1% hộ dân "
                                       "dùng nước sạch.\n"
                                       # near miss: a sector's share of the economy stays a share
                                       "Cơ cấu kinh tế: dịch vụ 41,2%.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"], r["metric"]) for r in rows}
    assert read[94.8] == ("dân số tham gia bảo hiểm y tế", "health_insurance_coverage", "level")
    assert read[97.1][0] == "hộ dân dùng nước sạch"
    assert read[41.2][2] == "share_pct"


def test_a_running_total_is_named_by_what_the_count_before_it_counted() -> None:
    rows = indicator_rows(_HALF_YEAR + "Có thêm 7 trường đạt chuẩn quốc gia, nâng tổng số lên 388/512 trường. "
                                       "Công nhận mới 11 sản phẩm OCOP, nâng tổng số lên 240 sản phẩm OCOP.\n"
                                       # near miss: a total raised with its own words keeps them
                                       "Có thêm 4 xã đạt chuẩn, nâng tổng số xã đạt chuẩn nông thôn mới lên 88 xã.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows}
    assert read[388] == ("trường đạt chuẩn quốc gia", "national_standard_schools")
    assert read[512][0] == "Tổng số trường"
    assert read[240] == ("sản phẩm OCOP", "ocop_products")
    assert read[88][0] == "tổng số xã đạt chuẩn nông thôn mới"


def test_a_clause_set_against_the_one_before_keeps_no_link_word_in_its_label() -> None:
    rows = indicator_rows(_MONTHLY + "Kim ngạch xuất khẩu đạt 240 triệu USD, trong khi kim ngạch nhập khẩu đạt "
                                     "130 triệu USD.\n"
                                     # near miss: "còn" is "still" as often as "while": it stays
                                     "Dự án đường tránh còn vướng mắc 14 hộ dân.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows}
    assert read[130e6] == ("kim ngạch nhập khẩu", "import_turnover")
    assert "còn vướng mắc" in read[14][0]


def test_where_or_who_had_to_is_no_part_of_what_a_count_counts() -> None:
    rows = indicator_rows(_MONTHLY + "Trên các tuyến tỉnh lộ đã xảy ra 5 vụ tai nạn giao thông. Do rét đậm, các trường "
                                     "mầm non phải cho 8.400 trẻ nghỉ học.\n"
                                     # near miss: a subject that has "đã" in it is no place nor body
                                     "Số hộ đã thoát nghèo 640 hộ.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[5] == "xảy ra vụ tai nạn giao thông"
    assert labels[8400] == "cho trẻ nghỉ học"
    assert labels[640] == "Số hộ đã thoát nghèo"


def test_an_aim_is_named_by_what_it_aims_at_after_its_number() -> None:
    rows = indicator_rows(_MONTHLY + "Ngành y tế phấn đấu đạt 14 bác sĩ/vạn dân. Huyện phấn đấu có thêm 3 xã đạt chuẩn "
                                     "nông thôn mới.\n"
                                     # near miss: an aim that names its subject keeps it
                                     "Phấn đấu tỷ lệ hộ nghèo giảm còn 1,2%.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[14] == "bác sĩ/vạn dân"
    assert labels[3] == "xã đạt chuẩn nông thôn mới"
    assert labels[1.2] == "tỷ lệ hộ nghèo"


def test_a_counted_groups_event_stops_at_the_next_item_of_its_numbering() -> None:
    from orchestration.extraction.layout import build_layout
    from orchestration.extraction.routing import project_events

    def events(text: str) -> list[tuple[str, str]]:
        return [(e.project_name, e.event) for e in project_events(build_layout(text))]

    got = events("1. Đã phê duyệt 9 dự án nhóm C với tổng vốn 870 tỷ đồng.\n"
                 "2. Dự án kè sông Cầu Chày giải ngân được 64 tỷ đồng.\n")
    assert ("kè sông Cầu Chày", "approved") not in got  # the next section's work, not one of the nine
    # near-miss: the group's works listed under its item, with marks of their own, keep its event
    got = events("1. Đã phê duyệt 9 dự án nhóm C, trong đó:\n"
                 "- Dự án kè sông Cầu Chày;\n- Dự án trường mầm non Hoằng Phụ.\n")
    assert ("kè sông Cầu Chày", "approved") in got and ("trường mầm non Hoằng Phụ", "approved") in got


def test_the_level_a_years_change_started_from_is_the_year_before() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Tỷ lệ hộ cận nghèo giảm từ 4,6% xuống còn 3,8%. "
        "Thu nhập bình quân một lao động tăng từ 58 lên 64 triệu đồng.\n"
        "Tỷ lệ lao động qua đào tạo tăng từ 68,5% năm 2025 lên 71%.\n")
    read = {r["value"]: (r["period_start"], r["period_end"], r["indicator_label"]) for r in rows}
    assert read[4.6][:2] == read[58_000_000][:2] == (D(2025, 1, 1), D(2025, 12, 31))
    assert read[3.8][:2] == read[64_000_000][:2] == (D(2026, 1, 1), D(2026, 12, 31))
    # the level moved to, after a start with its year written, keeps the subject alone for its label
    assert read[71][2] == read[68.5][2] == "Tỷ lệ lao động qua đào tạo"
    # near-misses: a range is no change, and a quarter's report leaves open where its change started
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Giá lúa dao động từ 7.200 đến 7.600 đồng/kg.\n")
    assert {r["period_start"] for r in rows} == {D(2026, 1, 1)}
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình kinh tế - xã hội quý II năm 2026\n\n"
        "Tỷ lệ hộ cận nghèo giảm từ 4,6% xuống 4,1%.\n")
    assert {r["period_start"] for r in rows} == {D(2026, 4, 1)}


def test_the_one_unit_an_average_is_per_and_an_ordinal_are_words_of_the_subject() -> None:
    rows = indicator_rows(
        "UBND TỈNH SƠN LA\nBÁO CÁO\nKết quả năm 2027\n\n"
        "Thu nhập bình quân 1 lao động đạt 8,4 triệu đồng/tháng. Tỷ lệ phụ nữ sinh con thứ 3 trở lên 7,2%.\n"
        "Diện tích ngô 1.450 ha, năng suất bình quân 48 tạ/ha.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[8_400_000] == "Thu nhập bình quân 1 lao động"
    assert read[7.2] == "Tỷ lệ phụ nữ sinh con thứ 3 trở lên"
    # near-miss: after a figure of its own, the words after that number still name the next one
    assert read[48] == "năng suất bình quân"


def test_a_numbered_heading_naming_no_work_forgets_the_work_of_the_section_before() -> None:
    from orchestration.extraction.layout import build_layout
    from orchestration.extraction.routing import project_events

    def events(text: str) -> list[tuple[str, str]]:
        return [(e.project_name, e.event) for e in project_events(build_layout(text))]

    got = events("1. Kết quả chung\nNăm 2027, Ban quản lý 18 dự án.\n2. Dự án trọng điểm\n"
                 "Dự án Hồ chứa nước Nậm Cút đã giải ngân 96 tỷ đồng.\n3. Công trình hoàn thành\n"
                 "Trong năm, hoàn thành 4 công trình.\n")
    assert ("Hồ chứa nước Nậm Cút", "completed") not in got  # section 3's works, not section 2's
    # near-miss: a heading of a lower numbering, under the work's own section, is still that work's
    got = events("II. CÁC DỰ ÁN TRỌNG ĐIỂM\n1. Dự án Hồ chứa nước Nậm Cút\nDự án đã giải ngân 96 tỷ đồng.\n"
                 "1.1. Công trình hoàn thành\nĐập chính đã xong.\n")
    assert ("Hồ chứa nước Nậm Cút", "completed") in got


def test_a_figure_of_a_news_item_whose_clause_opens_on_another_province_is_that_provinces() -> None:
    rows = indicator_rows(
        "Kon Tum đón 1,8 triệu lượt khách trong 6 tháng năm 2024\n\n"
        "(BKT) - 6 tháng đầu năm 2024, tỉnh Kon Tum đón 1,8 triệu lượt khách; tỉnh Quảng Ngãi đón 2,3 triệu lượt. "
        "Về chỉ số PAPI, Kon Tum xếp thứ 20 với 43,1 điểm, Bình Định xếp thứ 4 với 45,6 điểm.\n"
        "Khách đến từ Đà Nẵng đạt 210 nghìn lượt; tỉnh đã ký hợp tác với tỉnh Gia Lai 7 chương trình.\n")
    province = {r["value"]: r["province"] for r in rows}
    assert province[2_300_000] == "quang_ngai" and province[45.6] == "binh_dinh"
    # near-miss: the own province's figures, and another province named inside a clause (where visitors come from,
    # a partner) that is no subject of it, stay the document's
    assert province[1_800_000] == province[43.1] == province[210_000] == province[7] == "kon_tum"


def test_a_target_opening_on_the_aim_is_named_by_the_verb_and_the_noun_after_its_number() -> None:
    rows = indicator_rows(
        "Kế hoạch năm 2027\n\n"
        "Phấn đấu thêm 03 phường đạt chuẩn đô thị văn minh.\n"
        "Huyện phấn đấu xây dựng thêm 7 trường đạt chuẩn quốc gia.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[3] == "thêm phường đạt chuẩn đô thị văn minh"
    assert read[7] == "xây dựng thêm trường đạt chuẩn quốc gia"


def test_a_target_share_aimed_at_keeps_the_subject_after_its_percent() -> None:
    # near miss: a percent aimed at is no count; what it is a share of is still the words after it
    rows = indicator_rows("Kế hoạch năm 2027\n\nPhấn đấu 98% thôn có nhà văn hóa đạt chuẩn.\n")
    assert [r["indicator_label"] for r in rows if r["value"] == 98] == ["thôn có nhà văn hóa đạt chuẩn"]


def test_a_salt_line_drawn_at_a_salinity_keeps_it_in_the_label_of_its_reach() -> None:
    rows = indicator_rows(
        "Bản tin xâm nhập mặn ngày 12/3/2026\n\n"
        "Trên sông Hậu, ranh mặn 4‰ vào sâu 48 km; ranh mặn 1 g/l xâm nhập 63 km.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[48] == "ranh mặn 4‰ vào sâu"
    assert read[63] == "ranh mặn 1 g/l xâm nhập"


def test_a_number_before_the_verb_of_a_figure_still_leaves_the_words_after_it_the_label() -> None:
    # near miss: a percent (no salinity) before the figure's own words is a figure of its own
    rows = indicator_rows("Báo cáo tháng 3/2026\n\nChỉ số giá tiêu dùng tăng 3,2%, lạm phát cơ bản tăng 2,9%.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[2.9] == "lạm phát cơ bản"


def test_a_qualifier_listed_after_its_sister_takes_the_head_said_once() -> None:
    rows = indicator_rows(
        "Báo cáo quý II/2026\n\n"
        "Số lao động tham gia BHXH bắt buộc 96.400 người, tự nguyện 21.800 người.\n"
        "Khách du lịch trong nước đạt 640 nghìn lượt, quốc tế 52.000 lượt.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[21800][1] == "Số lao động tham gia BHXH tự nguyện"
    assert read[52000] == ("tourist_arrivals_international", "Khách du lịch quốc tế")


def test_a_qualifier_after_a_label_of_no_sister_keeps_its_own_words() -> None:
    # near miss: the figure before ends on no qualifier of that kind, so nothing is shared
    rows = indicator_rows("Báo cáo quý II/2026\n\nĐàn bò 38.000 con, tự nguyện 15 con.\n")
    assert [r["indicator_label"] for r in rows if r["value"] == 15] == ["tự nguyện"]


def test_the_next_amount_of_a_gift_listed_after_va_is_named_by_the_gifts_verb() -> None:
    rows = indicator_rows(
        "Báo cáo thiệt hại do mưa lũ tháng 10/2026\n\n"
        "Huyện đã trao 350 triệu đồng và 8 tấn gạo cho người dân vùng lũ.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[8] == "trao gạo"


def test_a_count_listed_after_an_amount_and_va_keeps_the_noun_after_it() -> None:
    # near miss: a count (no amount of goods or money) after "và" is named by its own noun
    rows = indicator_rows("Báo cáo tháng 10/2026\n\nXã đã cấp 15 tấn gạo và 240 thùng mì tôm.\n")
    assert [r["indicator_label"] for r in rows if r["value"] == 240] == ["thùng mì tôm"]


def test_the_reports_own_province_as_a_clauses_subject_takes_the_entry_of_the_sentence_before() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO KINH TẾ - XÃ HỘI NĂM 2025\n\n"
        "Kết quả Chỉ số PCI năm 2025 vừa được công bố. Tỉnh ta đạt 66,4 điểm.\n"
        # near-miss: a district as the subject is a part of the province, no carried entry of the whole
        "Kết quả Chỉ số PCI năm 2025 vừa được công bố. Huyện Kỳ Anh đạt 64,1 điểm.\n")
    read = {r["value"]: r["indicator_key"] for r in rows}
    assert read[66.4] == "pci_score"
    assert read[64.1] is None


def test_the_change_after_a_carried_index_score_takes_the_same_entry() -> None:
    rows = indicator_rows(
        "UBND TỈNH CAO BẰNG\nBÁO CÁO KINH TẾ - XÃ HỘI NĂM 2026\n\n"
        "Kết quả xếp hạng Chỉ số PAPI năm 2026 đã được công bố. Tỉnh ta đạt 43,9 điểm, tăng 0,7 điểm.\n")
    read = {(r["value"], r["metric"]): r["indicator_key"] for r in rows}
    assert read[(43.9, "level")] == "papi_score"
    assert read[(0.7, "yoy_abs")] == "papi_score"


def test_the_change_after_a_level_of_no_entry_takes_none() -> None:
    # near miss: a level its own sentence names, of no catalog entry, lends no entry to its change
    rows = indicator_rows(
        "UBND TỈNH CAO BẰNG\nBÁO CÁO KINH TẾ - XÃ HỘI NĂM 2026\n\n"
        "Kết quả xếp hạng Chỉ số PAPI năm 2026 đã được công bố. Số thủ tục được đơn giản hóa đạt 43 thủ tục, "
        "tăng 7 thủ tục.\n")
    assert [r["indicator_key"] for r in rows if r["value"] == 7] == [None]


def test_the_province_named_in_full_as_the_subject_takes_the_entry_of_the_sentence_before() -> None:
    rows = indicator_rows(
        "UBND TỈNH CAO BẰNG\nBÁO CÁO KINH TẾ - XÃ HỘI NĂM 2026\n\n"
        "Kết quả xếp hạng Chỉ số PCI năm 2026 đã được công bố. Tỉnh Cao Bằng đạt 63,2 điểm.\n"
        # near miss: a province named with more words of its own ("có ... doanh nghiệp") names its own subject
        "Kết quả xếp hạng Chỉ số PCI năm 2026 đã được công bố. Tỉnh Cao Bằng có 1.250 doanh nghiệp.\n")
    read = {r["value"]: r["indicator_key"] for r in rows}
    assert read[63.2] == "pci_score"
    assert read[1250] != "pci_score"


def test_a_count_of_bare_cases_after_a_headings_colon_keeps_the_heading() -> None:
    rows = indicator_rows(
        "SỞ Y TẾ\nBÁO CÁO THÁNG 9/2026\n\n"
        "Bệnh sởi: phát hiện 27 ca mắc, tăng 9 ca so với cùng kỳ.\n"
        # near miss: a noun that names what it counts ("trẻ em được tiêm đủ mũi") needs no heading
        "Tiêm chủng: đã tiêm cho 860 trẻ em được tiêm đủ mũi vắc xin.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[27] == "Bệnh sởi: phát hiện ca mắc"
    assert "Tiêm chủng" not in labels[860]


def test_a_count_after_a_bare_month_is_named_by_its_verb_and_noun() -> None:
    rows = indicator_rows(
        "UBND TỈNH QUẢNG TRỊ\nBÁO CÁO KINH TẾ - XÃ HỘI THÁNG 8/2026\n\n"
        "Tháng 8/2026 xảy ra 14 vụ tai nạn giao thông, làm chết 9 người.\n"
        # near miss: a subject of its own after the month names the count
        "Tháng 8/2026 số vụ cháy là 6 vụ.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows}
    assert read[14] == ("xảy ra vụ tai nạn giao thông", "traffic_accidents")
    assert read[6][0] == "số vụ cháy"


def test_a_headings_colon_opening_a_sentence_inside_a_line_keeps_the_heading_of_bare_cases() -> None:
    rows = indicator_rows(
        "UBND TỈNH YÊN BÁI\nBÁO CÁO KINH TẾ - XÃ HỘI NĂM 2026\n\n"
        "Công tác an ninh được giữ vững. Tội phạm về môi trường: phát hiện 18 vụ.\n"
        # near miss: a clause of many words before the colon is no heading
        "Công an các huyện và thành phố đã tập trung tuần tra kiểm soát trên các tuyến đường: phát hiện 25 vụ.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[18] == "Tội phạm về môi trường: phát hiện vụ"
    assert not labels[25].startswith("Công an")


def test_a_headings_day_dates_every_item_of_the_list_under_it() -> None:
    rows = indicator_rows(
        "BAN QUẢN LÝ DỰ ÁN HUYỆN ĐỊNH HÓA\nBÁO CÁO\nTiến độ bồi thường, giải phóng mặt bằng năm 2027\n\n"
        "2. Kết quả thực hiện đến ngày 12/8/2027\n- Đã kiểm đếm 416 hộ.\n- Đã phê duyệt phương án cho 352 hộ.\n"
        "- Đã bàn giao 87 ha mặt bằng.\n3. Khó khăn, vướng mắc\nCòn 23 hộ chưa đồng ý.\n")
    as_of = {r["value"]: r["as_of"] for r in rows}
    assert as_of[416] == as_of[352] == as_of[87] == D(2027, 8, 12)
    # near miss: the line under the next heading is not of that list
    assert as_of[23] != D(2027, 8, 12)


def test_a_name_of_pets_fees_or_holders_with_a_comma_inside_keeps_its_whole_name() -> None:
    rows = indicator_rows(
        "UBND HUYỆN CAN LỘC\nBÁO CÁO\nKết quả công tác năm 2025\n\n"
        "- Vắc xin phòng bệnh Dại chó, mèo: 6.240 liều.\n"
        "Thu nộp phí, lệ phí đạt 18 tỷ đồng.\n"
        "Cấp giấy chứng nhận quyền sử dụng đất cho 2.415 hộ gia đình, cá nhân.\n"
        "Miễn, giảm học phí cho 3.120 học sinh.\n"
        # near miss: a comma between two entries still parts their labels
        "Đàn lợn 12.300 con, đàn gà 215.000 con.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[6_240] == "Vắc xin phòng bệnh Dại chó, mèo"
    # (fees named as their own line are the budget's other revenue, named whole there: budgets' fee rows)
    fees = extract_document("Thu nộp phí, lệ phí đạt 18 tỷ đồng.\n".encode(), "fees.txt").tables["budgets"]
    assert fees["budget_label"].to_list() == ["phí, lệ phí"]
    assert read[3_120] == "Miễn, giảm học phí"
    assert read[215_000] == "đàn gà"


def test_the_next_amount_after_and_in_another_unit_is_given_by_the_same_verb() -> None:
    rows = indicator_rows(
        "THANH TRA TỈNH KON TUM\nBÁO CÁO\nKết quả công tác thanh tra năm 2025\n\n"
        "Qua thanh tra, kiến nghị thu hồi 27,4 tỷ đồng và 51,8 ha đất.\n"
        "Cấp giấy chứng nhận quyền sử dụng đất cho 1.960 hộ gia đình, cá nhân và 31 tổ chức.\n"
        # near miss: the same unit again after "và" is not read as the verb's next amount
        "Đàn trâu 8.200 con và đàn bò 14.500 con.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[51.8] == "kiến nghị thu hồi đất"
    assert read[31] == "Cấp giấy chứng nhận quyền sử dụng đất"
    assert read[14_500] == "đàn bò"


def test_a_bound_or_a_decisions_number_inside_a_subject_is_no_figure_to_cut_it_at() -> None:
    rows = indicator_rows(
        "BẢO HIỂM XÃ HỘI TỈNH QUẢNG NGÃI\nBÁO CÁO\nKết quả thực hiện năm 2025\n\n"
        "Số tiền chậm đóng từ 6 tháng trở lên là 58,3 tỷ đồng.\n"
        "Kinh phí hỗ trợ theo Nghị quyết số 08/2024/NQ-HĐND của HĐND tỉnh là 912,5 triệu đồng.\n"
        # near miss: a figure said before in the clause still cuts the subject at it
        "Tăng trưởng GRDP đạt 6,5% - Khu vực công nghiệp và xây dựng tăng 8,1%.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[58_300_000_000] == "Số tiền chậm đóng từ 6 tháng trở lên"
    assert read[912_500_000] == "Kinh phí hỗ trợ theo Nghị quyết số 08/2024/NQ-HĐND của HĐND tỉnh"
    assert read[8.1] == "Khu vực công nghiệp và xây dựng"


def test_a_list_item_a_line_a_commune_keeps_the_commune_in_its_label() -> None:
    rows = indicator_rows(
        "BAN QUẢN LÝ DỰ ÁN TỈNH YÊN BÁI\nBÁO CÁO\nTiến độ giải phóng mặt bằng tháng 10/2026\n\n"
        "Kết quả theo địa bàn:\n+ Xã Hưng Khánh: bàn giao 7,4 km, đạt 96%.\n- Phường Nam Cường: bàn giao 3,2 km.\n"
        # near miss: an item opening on no commune keeps its own words
        "+ Tuyến nhánh: bàn giao 1,5 km.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[7.4] == read[96] == "bàn giao xã Hưng Khánh"
    assert read[3.2] == "bàn giao phường Nam Cường"
    assert "xã" not in read[1.5]


def test_the_reports_own_unit_named_bare_by_its_kind_is_no_part_of_a_counts_name() -> None:
    rows = indicator_rows(
        "UBND THỊ XÃ NGHI SƠN\nBÁO CÁO\nKết quả chuyển đổi số năm 2025\n\n"
        "Thị xã cung cấp 1.284 thủ tục hành chính trực tuyến toàn trình.\n"
        # near miss: a unit named by its kind and its name has what it counts, of that place
        "Xã Hải Nhân có 46 hộ nghèo.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[1_284] == "cung cấp thủ tục hành chính trực tuyến toàn trình"
    assert read[46] == "hộ nghèo xã Hải Nhân"


def test_a_target_to_be_reached_by_a_day_said_before_it_is_as_of_that_day() -> None:
    rows = indicator_rows(
        "BẢO HIỂM XÃ HỘI TỈNH SƠN LA\nBÁO CÁO\nKết quả thực hiện 9 tháng năm 2027 và nhiệm vụ quý IV\n\n"
        "Phấn đấu đến 31/12/2027: tỷ lệ dân số tham gia BHYT đạt 95,5%.\n"
        # near miss: a day of another sentence on the line before dates no target
        "Đến ngày 30/9/2027, toàn tỉnh có 28.400 người tham gia BHXH tự nguyện. "
        "Phấn đấu tỷ lệ tham gia BHXH đạt 24%.\n")
    read = {r["value"]: (r["metric"], r["as_of"], r["period_end"]) for r in rows}
    assert read[95.5] == ("target", D(2027, 12, 31), D(2027, 12, 31))
    assert read[24][0] == "target" and read[24][1] is None


def test_a_plan_a_count_is_measured_against_on_a_day_is_no_target_as_of_that_day() -> None:
    rows = indicator_rows(
        "UBND TỈNH SƠN LA\nBÁO CÁO\nKết quả thực hiện 6 tháng năm 2027\n\n"
        "Đến ngày 20/6/2027, đã hỗ trợ xây mới 412/650 nhà, đạt 63%.\n"
        "Đến hết năm 2027 phấn đấu hoàn thành 650 nhà.\n")
    read = [(r["value"], r["metric"], r["as_of"]) for r in rows if r["value"] == 650]
    assert read and all(as_of is None for _, metric, as_of in read if metric == "target")


def test_the_parts_of_a_total_counted_on_a_day_are_counted_that_day() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình hạn hán tháng 5 năm 2027\n\n"
        "Tính đến ngày 12/5/2027, tổng dung tích các hồ chứa toàn tỉnh đạt 640 triệu m3. "
        "Trong đó: hồ Kẻ Gỗ đạt 210 triệu m3; hồ Sông Rác đạt 78 triệu m3.\n"
        # near miss: a breakdown of a total counted over the month, no day: the parts get none
        "Tổng lượng nước cấp cho sản xuất đạt 95 triệu m3. Trong đó: cấp cho lúa đạt 60 triệu m3.\n")
    read = {r["value"]: r["as_of"] for r in rows}
    assert read[210_000_000] == read[78_000_000] == D(2027, 5, 12)
    assert read[60_000_000] is None


def test_a_count_done_of_a_plan_to_a_later_year_said_after_it_is_that_years_target() -> None:
    rows = indicator_rows(
        "UBND TỈNH THÁI NGUYÊN\nBÁO CÁO\nKết quả thực hiện năm 2027\n\n"
        "Về nhà ở xã hội, đã hoàn thành 2.310/8.000 căn, bằng 28,9% chỉ tiêu được giao đến năm 2030.\n"
        # near miss: a plan of the report's own year aims at that year
        "Về nhà ở công nhân, đã hoàn thành 600/900 căn, bằng 66,7% kế hoạch năm 2027.\n")
    read = {(r["value"], r["metric"]): (r["period_start"], r["period_end"]) for r in rows}
    assert read[(8000, "target")] == (D(2030, 1, 1), D(2030, 12, 31))
    assert read[(900, "target")] == (D(2027, 1, 1), D(2027, 12, 31))


def test_a_share_of_a_plan_stated_in_another_unit_is_of_the_entry_counted_in_it() -> None:
    rows = indicator_rows(
        "UBND TỈNH ĐỒNG THÁP\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2027\n\n"
        "Doanh nghiệp thành lập mới 910 doanh nghiệp, tăng 4,1%, giảm 9,8% về vốn đăng ký; "
        "đạt 70,5% kế hoạch năm (kế hoạch 1.290 doanh nghiệp).\n"
        # near miss: the plan stated in the capital's own unit is the capital's
        "Quý III, doanh nghiệp thành lập mới 300 doanh nghiệp, tăng 6,5% về vốn đăng ký; "
        "đạt 55% kế hoạch năm (kế hoạch 24.000 tỷ đồng).\n")
    read = {r["value"]: r["indicator_key"] for r in rows}
    assert read[-9.8] == "new_enterprises_capital"
    assert read[70.5] == "new_enterprises"
    assert read[55] == read[6.5] == "new_enterprises_capital"


def test_rates_each_written_with_their_noun_are_named_by_their_own_noun() -> None:
    rows = indicator_rows(
        "UBND TỈNH YÊN BÁI\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2026\n\n"
        "Cuối năm, toàn tỉnh có 96,1% thôn có đường ô tô và 88,7% thôn có nhà văn hóa đạt chuẩn.\n"
        # near miss: a rate whose noun after names nothing goes on with the subject before it
        "Tỷ lệ lao động qua đào tạo đạt 71,5%, tăng 2,3% so với năm trước.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[88.7] == "thôn có nhà văn hóa đạt chuẩn"
    assert read[96.1] == "thôn có đường ô tô"
    assert read[2.3] == read[71.5] == "Tỷ lệ lao động qua đào tạo"


def test_a_rates_noun_with_a_comma_inside_names_it_whole() -> None:
    rows = indicator_rows(
        "UBND TỈNH LAI CHÂU\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2027\n\n"
        "Đến cuối năm, 91,4% xã có trạm y tế đạt chuẩn và 86,2% thôn, bản có nhà văn hóa.\n"
        # near miss: a comma that ends the noun, no name's inside it, still ends it
        "Tỷ lệ che phủ rừng đạt 52,3%, tăng 0,4% so với năm trước.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[86.2] == "thôn, bản có nhà văn hóa"
    assert read[91.4] == "xã có trạm y tế đạt chuẩn"
    assert read[0.4] == "Tỷ lệ che phủ rừng"


def test_lengths_of_works_listed_after_a_verb_are_named_by_the_noun_after_their_unit() -> None:
    rows = indicator_rows(
        "UBND TỈNH CÀ MAU\nBÁO CÁO\nKết quả năm 2026\n\n"
        "Tỉnh đang quản lý 254 km đê biển và 1.130 km đê bao.\n"  # (the aspect word before the verb names nothing)
        "Trong năm, gia cố 18 km đê biển.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[254] == "quản lý đê biển"
    assert read[1130] == "quản lý đê bao"  # (not the noun of the length before it)
    assert read[18] == "gia cố đê biển"


def test_a_cumulative_sentence_of_verbs_alone_goes_on_with_the_accidents_of_the_sentence_before() -> None:
    rows = indicator_rows(
        "UBND TỈNH PHÚ YÊN\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 8 năm 2026\n\n"
        "Trong tháng xảy ra 13 vụ tai nạn giao thông, làm chết 7 người, bị thương 9 người. "
        "Lũy kế 8 tháng, xảy ra 117 vụ, làm chết 52 người, bị thương 83 người.\n"
        # near miss: the sentence before names an accident of another kind
        "Trong tháng xảy ra 4 vụ tai nạn lao động, làm chết 2 người. Lũy kế 8 tháng, xảy ra 21 vụ, làm chết 19 người."
        "\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[117] == ("traffic_accidents", "xảy ra vụ tai nạn giao thông")  # (not the month the first opened with)
    assert read[52][0] == "traffic_deaths"
    assert read[83][0] == "traffic_injuries"
    assert read[19][0] is None


def test_words_of_aspect_after_the_area_are_no_part_of_the_verbs_label() -> None:
    rows = indicator_rows(
        "UBND TỈNH ĐỒNG THÁP\nBÁO CÁO\nKết quả năm 2027\n\n"
        "Toàn tỉnh hiện đang vận hành 412 km kênh cấp I. Cả tỉnh vẫn duy trì 27 chợ đêm.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[412] == "vận hành kênh cấp I"
    assert read[27] == "duy trì chợ đêm"


def test_a_count_an_amount_was_for_is_named_by_the_verb_of_the_purpose() -> None:
    rows = indicator_rows(
        "UBND TỈNH ĐỒNG THÁP\nBÁO CÁO\nKết quả năm 2027\n\n"
        "Tỉnh bàn giao 85 ha mặt bằng để xây dựng 6 cụm công nghiệp.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[6] == "xây dựng cụm công nghiệp"  # (not the hectares' unit and noun before it)


def test_the_first_item_of_a_list_opened_inside_its_clause_is_named_by_its_own_words() -> None:
    rows = indicator_rows(
        "UBND TỈNH BẾN TRE\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Các nông sản xuất khẩu chính bao gồm dừa khô 118 triệu USD, bưởi da xanh 37 triệu USD.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[118_000_000] == "dừa khô"
    assert read[37_000_000] == "bưởi da xanh"


def test_a_cumulative_count_after_its_periods_number_is_named_by_its_verb_and_unit() -> None:
    rows = indicator_rows(
        "UBND TỈNH YÊN BÁI\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 7 năm 2025\n\n"
        "Trong tháng cấp 940 thẻ, lũy kế 7 tháng cấp 6.125 thẻ.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[940] == "cấp thẻ"  # (not "Trong tháng cấp", the period and the verb)
    assert read[6125] == "cấp thẻ"  # (not "tháng cấp", the period's end and the verb)


def test_the_rate_of_a_count_the_area_has_now_is_named_by_the_count() -> None:
    rows = indicator_rows(
        "UBND TỈNH YÊN BÁI\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2025\n\n"
        "Hiện nay toàn tỉnh còn 4.870 hộ cận nghèo, chiếm 2,35%.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[2.35] == "hộ cận nghèo"


def test_a_moment_heading_a_sentence_dates_every_clause_after_a_semicolon() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình kinh tế - xã hội quý II năm 2027\n\n"
        "Tại thời điểm 30/6/2027, đàn dê có 41.200 con; đàn gà 6,1 triệu con.\n"
        "Đàn vịt thời điểm 1/4/2027 là 920.000 con; sản lượng trứng 6 tháng đạt 48 triệu quả.\n")
    as_of = {r["value"]: r["as_of"] for r in rows}
    assert as_of[41_200] == as_of[6_100_000] == D(2027, 6, 30)
    # a moment after its clause's subject dates that clause only
    assert as_of[920_000] == D(2027, 4, 1)
    assert as_of[48_000_000] is None


def test_a_target_under_a_heading_of_a_school_year_covers_that_school_year() -> None:
    rows = indicator_rows(
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN MƯỜNG LÁT\nBÁO CÁO\nTổng kết năm học 2026-2027\n\n"
        "I. KẾT QUẢ\nCó 31 trường đạt chuẩn quốc gia.\n"
        "II. NHIỆM VỤ TRỌNG TÂM NĂM HỌC 2027 - 2028\nPhấn đấu có thêm 4 trường đạt chuẩn quốc gia.\n"
        "III. KẾ HOẠCH NĂM 2028\nPhấn đấu tỷ lệ kiên cố hóa phòng học đạt 85%.\n")
    read = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    assert read[4] == ("target", D(2027, 9, 1), D(2028, 8, 31))
    # a heading naming a calendar year aims at that year
    assert read[85] == ("target", D(2028, 1, 1), D(2028, 12, 31))


def test_a_count_after_the_place_its_sentence_opens_with_is_named_by_its_noun() -> None:
    rows = indicator_rows(
        "UBND TỈNH ĐIỆN BIÊN\nBÁO CÁO\nKết quả công tác an sinh xã hội năm 2027\n\n"
        "Tại huyện Mường Nhé, 640 hộ được hỗ trợ sinh kế.\n"
        "Ở các xã biên giới, gần 2.100 người được cấp thẻ bảo hiểm y tế.\n"
        "Theo ông Lò Văn Sơn, Trưởng phòng Lao động, hơn 870 lao động đi làm việc ở nước ngoài.\n")
    label = {r["value"]: r["indicator_label"] for r in rows}
    assert label[640] == "hộ được hỗ trợ sinh kế"
    assert label[2100] == "người được cấp thẻ bảo hiểm y tế"
    # nor is the source the figure is said by
    assert label[870] == "lao động đi làm việc ở nước ngoài"


def test_a_total_over_the_term_a_heading_names_covers_the_whole_term() -> None:
    rows = indicator_rows(
        "ĐẢNG BỘ HUYỆN TAM ĐƯỜNG\nBÁO CÁO CHÍNH TRỊ\nĐại hội Đảng bộ huyện nhiệm kỳ 2025-2030\n\n"
        "II. CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025-2030\n"
        "Tổng lượt khách du lịch giai đoạn 5 năm đạt 3,5 triệu lượt.\n"
        "Trồng mới 4.000 ha rừng.\n"
        "Tỷ lệ hộ nghèo còn dưới 6%.\n")
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert read[4000] == read[3_500_000] == (D(2025, 1, 1), D(2030, 12, 31))
    # a rate reached by the term's end is its last year's
    assert read[6] == (D(2030, 1, 1), D(2030, 12, 31))


def test_a_target_reached_by_a_later_year_said_after_its_words_aims_at_that_year() -> None:
    rows = indicator_rows(
        "Kon Tum phấn đấu xuất khẩu 800 triệu USD vào năm 2030\n\n"
        "Năm 2026, kim ngạch xuất khẩu của tỉnh đạt 310 triệu USD. Tỉnh đặt mục tiêu trồng 25.000 ha sâm Ngọc Linh "
        "đến năm 2035; riêng năm 2027 phấn đấu trồng 1.200 ha.\n")
    read = {r["value"]: (r["metric"], r["period_start"].year, r["period_end"].year) for r in rows}
    assert read[800_000_000] == ("target", 2030, 2030)
    assert read[25_000] == ("target", 2035, 2035)
    # the year of another clause is that clause's own
    assert read[1_200] == ("target", 2027, 2027)


def test_a_bracketed_figure_after_another_province_listed_or_compared_is_that_provinces() -> None:
    rows = indicator_rows(
        "SỞ TÀI CHÍNH TỈNH HÀ TĨNH\nBÁO CÁO\nKết quả năm 2026\n\n"
        "Chỉ số PAR INDEX của tỉnh đạt 88,4%, đứng sau Nghệ An (89,7%) và trên thành phố Huế (86,2%); "
        "các tỉnh dẫn đầu vùng gồm: Quảng Bình (90,3%), Thanh Hóa (90,1%).\n"
        "Tỉnh đã chuyển tỉnh Yên Bái (3 tỷ đồng) để khắc phục sạt lở.\n")
    province = {r["value"]: r["province"] for r in rows}
    assert province[89.7] == "nghe_an" and province[90.3] == "quang_binh" and province[90.1] == "thanh_hoa"
    # near-miss: the report's own figure, and a bracket after a province a verb of the report's own takes as its
    # object (money sent to it), stay the report's
    assert province[88.4] == province[3_000_000_000] == "ha_tinh"


def test_a_figure_whose_subject_is_a_neighbouring_countrys_place_is_of_no_province() -> None:
    rows = indicator_rows(
        "BÁO ĐIỆN BIÊN\nHợp tác với các tỉnh Bắc Lào\n\n"
        "Năm 2026, phía bạn Lào, dân số của tỉnh Phongsaly khoảng 190.000 người, tăng 1,8%. "
        "Tỉnh Oudomxay (Lào) có 58 dự án đầu tư.\n"
        "Tỉnh Điện Biên đã hỗ trợ tỉnh Phongsaly 4 tỷ đồng; hàng hóa xuất sang Lào đạt 35 triệu USD.\n")
    read = {r["value"]: (r["province"], r["indicator_key"]) for r in rows}
    assert read[190_000] == read[1.8] == read[58] == (None, None)
    # near-miss: what the province gives to the foreign side, and what it sells there, stay its own
    assert read[4_000_000_000][0] == read[35_000_000][0] == "dien_bien"


def test_a_sentence_fronted_by_another_province_or_opening_on_it_is_that_provinces_in_any_text() -> None:
    rows = extract_document((
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH THANH HÓA\nBÁO CÁO NHANH\nThiệt hại do mưa lũ năm 2026\n\n"
        "Theo số liệu của Ban Chỉ huy tỉnh Ninh Bình, mưa lũ làm 4 người chết, 2 người mất tích.\n"
        "Tỉnh Nghệ An (giáp ranh) có 6 người bị thương, 80 nhà bị ngập.\n"
        "Tại tỉnh Nghệ An, mưa lớn làm 9 người bị thương; toàn tỉnh ta có 5 người bị thương.\n"
        "Tỉnh đã hỗ trợ tỉnh Ninh Bình 2 tỷ đồng.\n").encode(), "bao_cao.txt").tables
    province = {r["value"]: r["province"] for table in ("disasters", "indicators")
                for r in rows[table].iter_rows(named=True)}
    assert province[4] == province[2] == "ninh_binh"
    assert province[6] == province[80] == province[9] == "nghe_an"
    # near-miss: a clause that says the own "tỉnh", and money the own province sends to the other, stay its own
    assert province[5] == province[2_000_000_000] == "thanh_hoa"


def test_a_province_listed_unbracketed_with_its_figure_after_voi_is_that_provinces() -> None:
    rows = indicator_rows(
        "BÁO VĨNH LONG\nChỉ số PCI năm 2026\n\n"
        "Năm 2026, PCI của tỉnh đạt 69,1 điểm. Đứng đầu vùng là Đồng Tháp với 70,2 điểm, kế đến là An Giang với "
        "69,8 điểm. Tỉnh hợp tác với Cần Thơ 4 chương trình.\n")
    province = {r["value"]: r["province"] for r in rows}
    assert province[70.2] == "dong_thap" and province[69.8] == "an_giang"
    # near-miss: a province after a verb of the own side, its figure with no "với" before it, stays the report's
    assert province[69.1] == province[4] == "vinh_long"


def test_a_former_provinces_part_goes_on_over_the_clauses_that_name_no_subject() -> None:
    rows = indicator_rows(
        "UBND TỈNH KHÁNH HÒA\nBÁO CÁO\nTình hình năm 2026\n\n"
        "Trong đó, khu vực phía Nam (địa bàn tỉnh Ninh Thuận cũ) đón 58 đoàn khách, doanh thu 640 tỷ đồng, "
        "tăng 9,5%; khu vực phía Bắc đón 120 đoàn khách, doanh thu 2.300 tỷ đồng.\n")
    province = {r["value"]: r["province"] for r in rows}
    assert province[58] == province[640_000_000_000] == province[9.5] == "ninh_thuan"
    # near-miss: the part after the semicolon, a place of its own, is not the former province's
    assert province[120] == province[2_300_000_000_000] == "khanh_hoa"


def test_the_items_under_a_lead_of_aims_by_a_later_year_aim_at_that_year() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2026\n\n"
        "Năm 2026, thu nhập bình quân đầu người ước đạt 68 triệu đồng.\n"
        "Các chỉ tiêu chủ yếu đến năm 2031:\n"
        "- Thu nhập bình quân đầu người đạt 120 triệu đồng.\n"
        "- Tỷ lệ lao động qua đào tạo đạt 80%.\n")
    read = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    assert read[120_000_000] == ("target", D(2031, 1, 1), D(2031, 12, 31))
    assert read[80] == ("target", D(2031, 1, 1), D(2031, 12, 31))
    assert read[68_000_000][1:] == (D(2026, 1, 1), D(2026, 12, 31))  # near-miss: the year's own result before it


def test_a_plan_in_a_bracket_after_the_plan_a_figure_passed_is_that_entrys_target() -> None:
    rows = indicator_rows(
        "UBND TỈNH PHÚ YÊN\nBÁO CÁO\nKết quả năm 2026\n\n"
        "Tỷ lệ hộ dùng nước sạch đạt 93,4%, vượt chỉ tiêu đề ra (92%). "
        "Tỷ lệ lao động qua đào tạo đạt 71%, chưa đạt kế hoạch năm (73%).\n")
    read = {r["value"]: (r["metric"], r["indicator_label"]) for r in rows}
    assert read[92] == ("target", read[93.4][1])
    assert read[73] == ("target", read[71][1])
    assert read[93.4][0] == read[71][0] == "level"


def test_a_plan_in_a_bracket_after_a_changes_base_is_the_changed_entrys_target() -> None:
    rows = indicator_rows(
        "UBND TỈNH BẮC NINH\nBÁO CÁO\nKết quả năm 2027\n\n"
        "Chỉ số sản xuất công nghiệp tăng 12,4% so với cùng kỳ năm trước, vượt kế hoạch đề ra (11%). "
        "Kim ngạch xuất khẩu tăng 9% so với năm 2026, chưa đạt mục tiêu (10%).\n")
    read = {r["value"]: (r["metric"], r["indicator_key"]) for r in rows}
    assert read[11] == ("target", "industrial_production_index")
    assert read[10] == ("target", "export_turnover")
    assert read[12.4] == ("yoy_pct", "industrial_production_index")


def test_a_subject_said_to_be_one_of_a_kind_before_its_figure_names_it_not_the_whole() -> None:
    rows = indicator_rows(
        "Long An: xuất khẩu 10 tháng năm 2027\n\n"
        "Kim ngạch xuất khẩu 10 tháng ước đạt 9,6 tỷ USD.\n"
        "Giày dép là mặt hàng có kim ngạch lớn nhất với 1,7 tỷ USD. Nhật Bản là một trong những thị trường lớn nhất "
        "với 880 triệu USD.\n"
        # near-miss: a clause of the whole after a period alone keeps the title's entry
        "Riêng tháng 10, xuất khẩu đạt 1,02 tỷ USD.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows}
    assert read[1.7e9] == ("Giày dép", None)
    assert read[880e6] == ("Nhật Bản", None)
    assert read[1.02e9][1] == "export_turnover"


def test_a_count_after_another_in_a_breakdown_takes_the_entry_its_own_noun_names() -> None:
    rows = indicator_rows(
        "UBND TỈNH KHÁNH HÒA\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng năm 2027\n\n"
        "Lượng khách lưu trú 6 tháng đạt 3,9 triệu lượt, gồm 2,6 triệu lượt khách quốc tế và 1,3 triệu lượt khách "
        "nội địa.\n")
    read = {r["value"]: r["indicator_key"] for r in rows}
    assert read[1.3e6] == "tourist_arrivals_domestic"
    assert read[3.9e6] == "tourist_arrivals"  # near-miss: the whole keeps its entry


def test_a_result_said_to_pass_its_plan_in_a_plan_document_is_no_target() -> None:
    rows = indicator_rows(
        "HỘI ĐỒNG NHÂN DÂN TỈNH KON TUM\nNGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội năm 2027\n\n"
        "Tỷ lệ che phủ rừng đạt 64,1%, vượt mục tiêu đề ra.\n"
        "Tỷ lệ che phủ rừng đạt 64,5%.\n")
    read = {r["value"]: r["metric"] for r in rows}
    assert read[64.1] == "level"
    assert read[64.5] == "target"  # near-miss: the plan document's own aim


def test_a_target_said_of_the_whole_year_after_the_half_its_sentence_opens_with_aims_at_the_year() -> None:
    rows = indicator_rows(
        "UBND TỈNH BẠC LIÊU\nBÁO CÁO\nKết quả 6 tháng đầu năm 2027\n\n"
        "Sản lượng muối 6 tháng đạt 41.000 tấn.\n"
        "6 tháng cuối năm, phấn đấu trồng mới 300 ha rừng; sản lượng muối cả năm đạt 85.000 tấn.\n")
    read = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    assert read[85_000] == ("target", D(2027, 1, 1), D(2027, 12, 31))
    assert read[300] == ("target", D(2027, 7, 1), D(2027, 12, 31))  # near-miss: the half's own aim


def test_a_whole_said_to_take_in_a_former_province_is_the_merged_provinces() -> None:
    text = ("UBND TỈNH GIA LAI\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2026\n\n"
            "Thu ngân sách trên địa bàn tỉnh Gia Lai (gồm cả khu vực tỉnh Bình Định cũ) ước đạt 21.600 tỷ đồng. "
            "Cả tỉnh, tính cả địa bàn tỉnh Bình Định trước đây, đã cấp mới 214 dự án đầu tư. "
            "Riêng khu vực tỉnh Bình Định cũ cấp mới 131 dự án.\n")
    tables = extract_document(text.encode(), "probe.txt").tables
    provinces = {r["value"]: r["province"] for table in ("budgets", "indicators") for r in tables[table].to_dicts()}
    assert provinces[21_600e9] == provinces[214] == "gia_lai"
    # near-miss: the former province's own part stays that province's
    assert provinces[131] == "binh_dinh"
    # an office of the whole, its area said to take in the former province's
    text = ("Bảo hiểm xã hội tỉnh Gia Lai (gồm địa bàn tỉnh Bình Định cũ) đã thu hồi 84 tỷ đồng tiền chậm đóng.\n")
    tables = extract_document(text.encode(), "probe.txt").tables
    assert {r["province"] for r in tables["indicators"].to_dicts()} == {"gia_lai"}


def test_a_whole_that_takes_in_a_former_province_keeps_its_catalog_key() -> None:
    rows = indicator_rows(
        "UBND TỈNH LÀO CAI\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2027\n\n"
        "Sáu tháng, cả tỉnh Lào Cai (bao gồm cả địa bàn tỉnh Yên Bái cũ) có 905 doanh nghiệp thành lập mới. "
        "Riêng địa bàn tỉnh Yên Bái cũ có 402 doanh nghiệp thành lập mới.\n")
    read = {r["value"]: (r["province"], r["indicator_key"]) for r in rows}
    assert read[905] == ("lao_cai", "new_enterprises")
    # near-miss: the former province's own part is that province's, and not the merged province's entry
    assert read[402] == ("yen_bai", None)


def test_the_whole_of_a_tally_of_planting_is_the_area_to_be_planted() -> None:
    rows = indicator_rows(
        "UBND TỈNH CAO BẰNG\nBÁO CÁO\nKết quả công tác quý III năm 2027\n\n"
        "Trồng mới rừng tập trung 2.140/2.300 ha. Thanh tra tỉnh giải quyết được 64/70 vụ việc.\n")
    metrics = {r["value"]: r["metric"] for r in rows}
    assert (metrics[2_140], metrics[2_300]) == ("level", "target")
    # near-miss: the cases settled out of all those on hand: the whole is a level, no plan
    assert metrics[70] == "level"


def test_what_will_be_done_in_a_year_after_the_reports_is_aimed_at() -> None:
    rows = indicator_rows(
        "UBND TỈNH ĐIỆN BIÊN\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 10 năm 2026\n\n"
        "Sang năm 2027, tỉnh sẽ xây mới 320 căn nhà cho hộ nghèo và đào tạo nghề 4.600 lao động. "
        "Trong tháng, toàn tỉnh đã xây mới 85 căn nhà cho hộ nghèo.\n"
        "Nếu năm 2027 giá cao su giữ mức hiện nay, sản lượng mủ sẽ đạt 9.000 tấn.\n")
    read = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    assert read[320] == read[4_600] == ("target", D(2027, 1, 1), D(2027, 12, 31))
    # near-misses: what was done in the report's month, and what a condition says would follow, are no aims
    assert read[85] == ("level", D(2026, 10, 1), D(2026, 10, 31))
    assert read[9_000][0] == "level"


def test_an_infographic_block_that_puts_its_figure_first_is_named_by_the_line_below() -> None:
    text = ("QUẢNG NGÃI 6 THÁNG ĐẦU NĂM 2027 QUA CÁC CON SỐ\n\n"
            "7,4%\nTăng trưởng kinh tế\n\n"
            "15.300 tỷ đồng\nChi ngân sách địa phương\n\n"
            "640 nghìn lượt\nKhách tham quan\n")
    tables = extract_document(text.encode(), "probe.txt").tables
    indicators = {r["value"]: r for r in tables["indicators"].to_dicts()}
    assert (indicators[7.4]["indicator_key"], indicators[7.4]["metric"]) == ("grdp", "yoy_pct")
    [spent] = tables["budgets"].to_dicts()
    assert (spent["value"], spent["budget_item"]) == (15_300e9, "expenditure_total")


def test_the_year_a_work_took_a_step_in_is_no_period_of_a_later_clauses_figure() -> None:
    rows = indicator_rows(
        "UBND TỈNH KON TUM\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2026\n\n"
        "Bệnh viện Đa khoa tỉnh Kon Tum đưa vào sử dụng từ năm 2022, đến nay đã tiếp nhận 86.000 lượt bệnh nhân "
        "điều trị nội trú.\nNăm 2024, tỉnh khởi công 14 công trình thủy lợi, tưới cho 3.200 ha lúa.\n")
    periods = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert periods[86_000] == (D(2026, 1, 1), D(2026, 6, 30))
    # near-miss: a year that opens the sentence, before the step, is the period of all its clauses
    assert periods[3_200] == (D(2024, 1, 1), D(2024, 12, 31))


def test_a_share_after_a_budget_amount_is_of_the_budget_not_of_the_indicator_before() -> None:
    rows = indicator_rows(
        "UBND TỈNH BẮC GIANG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Tổng sản phẩm trên địa bàn tăng 10,4%, thu ngân sách đạt 21.400 tỷ đồng, chiếm 1,2% tổng thu ngân sách cả "
        "nước.\nGRDP bình quân đầu người đạt 4.900 USD, thu ngân sách nội địa đạt 18.000 tỷ đồng, chiếm 31% tổng thu "
        "vùng.\nQuy mô GRDP đạt 210.000 tỷ đồng, chiếm 2,1% GDP cả nước.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[1.2] == (None, "thu ngân sách")
    assert read[31] == (None, "thu ngân sách nội địa")
    # near-miss: a share right after its indicator's own amount keeps that indicator
    assert read[2.1] == ("grdp", "Quy mô GRDP")


def test_what_will_be_done_in_the_year_a_news_items_month_is_part_of_is_aimed_at() -> None:
    rows = indicator_rows(
        "Nhà máy phân bón Hà Bắc ra mắt dây chuyền mới\n"
        "BẮC NINH - Ngày 18/3/2027, nhà máy đưa vào vận hành dây chuyền urê mới. Tháng 2, nhà máy đã sản xuất "
        "9.500 tấn urê. Theo lộ trình, năm 2027 nhà máy sẽ sản xuất 140.000 tấn urê.\n")
    read = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in rows}
    assert read[140_000] == ("target", D(2027, 1, 1), D(2027, 12, 31))
    # near-miss: what was done in a month gone by stays its level
    assert read[9_500][0] == "level"


def test_a_quarter_named_alone_after_a_growth_is_that_entrys_growth_in_the_quarter() -> None:
    rows = indicator_rows(
        "UBND TỈNH THÁI BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Tốc độ tăng trưởng GRDP cả năm ước đạt 9,05%, trong đó quý III tăng 9,6%, quý IV tăng 10,2%. "
        "Chỉ số sản xuất công nghiệp tăng 11,3%, riêng quý IV tăng 12,4%.\n")
    read = {r["value"]: (r["indicator_key"], r["period_start"]) for r in rows}
    assert read[9.6] == ("grdp", D(2026, 7, 1))
    assert read[10.2] == ("grdp", D(2026, 10, 1))
    assert read[12.4] == ("industrial_production_index", D(2026, 10, 1))


def test_a_growth_after_a_bracketed_part_is_the_wholes() -> None:
    rows = indicator_rows(
        "UBND TỈNH KHÁNH HÒA\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Kim ngạch xuất khẩu đạt 2,4 tỷ USD (riêng hàng thủy sản 1,1 tỷ USD), tăng 13,5% so với năm trước.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[13.5] == "Kim ngạch xuất khẩu"
    # near-miss: the part inside the bracket keeps its own name
    assert labels[1_100_000_000] == "hàng thủy sản"


def test_the_third_sentence_of_a_chain_of_periods_goes_on_with_the_entry_its_first_named() -> None:
    rows = indicator_rows(
        "Bình Định: thương mại tháng 9/2027\n\n"
        "Kim ngạch nhập khẩu tháng 9/2027 đạt 185 triệu USD. Quý III đạt 540 triệu USD. "
        "Lũy kế 9 tháng đạt 1.620 triệu USD, tăng 7,4% so với cùng kỳ.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[1_620_000_000][0] == "import_turnover"
    assert read[7.4][0] == "import_turnover"


def test_names_of_branches_and_dimensions_with_commas_inside_are_whole_labels() -> None:
    # (names_with_commas.csv: a label read from before a comma had kept only the name's last part)
    rows = indicator_rows(
        "CỤC THỐNG KÊ TỈNH BÌNH THUẬN\nBÁO CÁO tình hình kinh tế - xã hội tháng 6 năm 2027\n"
        "Chỉ số sản xuất công nghiệp 6 tháng tăng 7,4%, trong đó ngành cung cấp nước, quản lý và xử lý rác thải tăng "
        "4,6%; ngành chế biến lương thực, thực phẩm, đồ uống tăng 6,2%.\n"
        "Năm 2026, chỉ số thành phần công khai, minh bạch của tỉnh đạt 5,48 điểm.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[4.6] == "ngành cung cấp nước, quản lý và xử lý rác thải"
    assert labels[6.2] == "ngành chế biến lương thực, thực phẩm, đồ uống"
    assert labels[5.48].startswith("chỉ số thành phần công khai, minh bạch")


def test_the_months_so_far_said_with_ca_go_on_with_the_entry_before() -> None:
    # ("Cả 6 tháng", "Tính chung cả 9 tháng" name only a period, as "6 tháng" does: the label was the period's words)
    rows = indicator_rows(
        "CỤC THỐNG KÊ TỈNH VĨNH LONG\nBÁO CÁO tình hình kinh tế - xã hội tháng 9 năm 2026\n"
        "Kim ngạch nhập khẩu tháng 9 ước đạt 215 triệu USD. Cả 9 tháng ước đạt 1.940 triệu USD, tăng 7,8%.\n"
        "Doanh thu dịch vụ lưu trú tháng 9 ước đạt 120 tỷ đồng. Tính chung cả 9 tháng ước đạt 1.050 tỷ đồng.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[1940e6] == labels[7.8] == "Kim ngạch nhập khẩu"
    assert labels[1050e9] == "Doanh thu dịch vụ lưu trú"


def test_the_second_change_of_the_arrivals_after_a_first_keeps_the_arrivals_key() -> None:
    rows = indicator_rows(_MONTHLY + "Trong tháng 10, tổng lượt khách do các cơ sở lưu trú phục vụ đạt 860 nghìn lượt, "
                                     "giảm 2,4% so với tháng trước và tăng 11,7% so với cùng kỳ.\n")
    keys = {r["value"]: r["indicator_key"] for r in rows}
    assert keys[860000] == keys[-2.4] == keys[11.7] == "tourist_arrivals"


def test_bare_numbers_listed_with_commas_before_one_unit_each_take_their_own_period() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ NAM\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Các năm 2024, 2025 và 2026, tổng vốn đầu tư toàn xã hội lần lượt đạt 41, 46 và 52 nghìn tỷ đồng.\n")
    read = {r["value"]: (r["period_start"], r["indicator_label"]) for r in rows}
    subject = "tổng vốn đầu tư toàn xã hội"
    assert read[41e12] == (D(2024, 1, 1), subject)
    assert read[46e12] == (D(2025, 1, 1), subject)
    assert read[52e12] == (D(2026, 1, 1), subject)


def test_one_month_singled_out_after_the_months_so_far_goes_on_with_their_entry() -> None:
    rows = indicator_rows(
        "UBND TỈNH LONG AN\nBÁO CÁO\nTình hình kinh tế - xã hội 10 tháng năm 2025\n\n"
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 10 tháng ước đạt 96.400 tỷ đồng. "
        "Riêng tháng 10 đạt 10.250 tỷ đồng.\n"
        "Kim ngạch nhập khẩu 10 tháng đạt 4.870 triệu USD. Tháng 10 ước đạt 515 triệu USD.\n")
    read = {r["value"]: (r["indicator_key"], r["period_start"]) for r in rows}
    assert read[96.4e12][0] is not None and read[10.25e12] == (read[96.4e12][0], D(2025, 10, 1))
    assert read[4.87e9][0] is not None and read[515e6] == (read[4.87e9][0], D(2025, 10, 1))


def test_an_area_or_branch_that_will_do_what_is_counted_is_no_part_of_its_label() -> None:
    rows = indicator_rows(
        "UBND TỈNH PHÚ YÊN\nBÁO CÁO\nKế hoạch phát triển kinh tế - xã hội năm 2027\n\n"
        "Năm 2027, tỉnh sẽ trồng mới 2.400 ha rừng tập trung. Các địa phương sẽ cải tạo 35 km kênh mương.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert not labels[2400].startswith("tỉnh") and "sẽ" not in labels[2400]
    assert not labels[35].startswith("Các địa phương") and "sẽ" not in labels[35]


def test_a_count_whose_clause_opens_on_the_time_it_is_counted_at_is_named_by_its_noun() -> None:
    rows = indicator_rows(
        "UBND TỈNH YÊN BÁI\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Cuối năm 2027 toàn tỉnh còn 9.310 hộ nghèo, chiếm 3,4%. Tính đến 30/11 toàn tỉnh có 275 hợp tác xã. "
        "Đầu quý IV có 41 chợ nông thôn.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[9310] == read[3.4] == "hộ nghèo"  # (the rate after it too: the share of those counted)
    assert read[275] == "hợp tác xã"
    assert read[41] == "chợ nông thôn"


def test_a_clause_set_against_the_one_before_is_named_without_its_conjunction() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ GIANG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Có 64 nhà đầu tư được cấp phép, nhưng vẫn còn 7 chủ đầu tư chưa triển khai. "
        "Song còn 11 trạm y tế xuống cấp. Lượng khách giảm 4%, tuy nhiên doanh thu du lịch đạt 310 tỷ đồng. "
        "Số hộ nghèo giảm 415 hộ, nhưng vẫn còn 3.020 hộ.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[7] == "chủ đầu tư chưa triển khai"
    assert read[11] == "trạm y tế xuống cấp"
    assert read[310e9] == "doanh thu du lịch"
    assert read[3020] == "Số hộ nghèo"  # (what is left of the subject before, "vẫn" no name of it)


def test_a_part_of_the_period_said_with_a_verb_of_its_own_is_the_entry_before_in_that_part() -> None:
    rows = indicator_rows(
        "UBND TỈNH NINH BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Tổng lượt khách cả năm đạt 4,6 triệu lượt, riêng quý II đón 1,3 triệu lượt. "
        "Tỉnh thu hút 38 dự án đầu tư, riêng quý IV thu hút 9 dự án.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"], r["period_start"]) for r in rows}
    assert read[1.3e6] == ("Tổng lượt khách", "tourist_arrivals", D(2027, 4, 1))
    assert read[9][0] == read[38][0] != "riêng quý IV thu hút"
    assert read[9][2] == D(2027, 10, 1)
    # near-miss: a part of the whole named by its own noun after the number is no part of the period alone
    rows = indicator_rows(
        "UBND TỈNH NINH BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Toàn tỉnh đón 4,6 triệu lượt khách, riêng quý IV đón 620 nghìn lượt khách quốc tế.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows}
    assert read[620_000] == ("đón lượt khách quốc tế", "tourist_arrivals_international")


def test_a_counts_noun_ends_before_the_bound_of_a_rate_that_says_which_of_them() -> None:
    rows = indicator_rows(
        "UBND TỈNH ĐẮK NÔNG\nBÁO CÁO\nTình hình giải ngân năm 2027\n\n"
        "Có 11 chủ đầu tư giải ngân trên 70%; 6 chủ đầu tư giải ngân dưới 25%. "
        "Cấp 5.400 thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi.\n")
    read = {r["value"]: r["indicator_label"] for r in rows}
    assert read[11] == read[6] == "chủ đầu tư giải ngân"
    assert read[5400].endswith("trẻ em dưới 6 tuổi")  # near-miss: an age is part of the noun


def test_a_change_said_with_how_far_it_went_is_the_subject_befores() -> None:
    rows = indicator_rows(
        "UBND TỈNH TÂY NINH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Kim ngạch xuất khẩu đạt 6,4 tỷ USD, tăng thêm 0,8 tỷ USD so với năm trước. "
        "Tổng vốn đăng ký đạt 9.500 tỷ đồng, tăng tới 21% so với cùng kỳ.\n")
    [change_in_dollars] = (r for r in rows if r["unit"] == "USD" and r["metric"] == "yoy_abs")
    assert (change_in_dollars["indicator_label"], change_in_dollars["indicator_key"]) == (
        "Kim ngạch xuất khẩu", "export_turnover")
    assert {r["indicator_label"] for r in rows if r["value"] in (9_500e9, 21)} == {"Tổng vốn đăng ký"}


def test_a_change_after_a_list_the_clause_of_a_figure_went_on_with_is_that_figures() -> None:
    rows = indicator_rows(
        "UBND TỈNH HẢI DƯƠNG\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng năm 2027\n\n"
        "Tỉnh đón 2,7 triệu lượt khách du lịch đến Côn Sơn, Kiếp Bạc, Văn Miếu, tăng 18% so với cùng kỳ. "
        "Nông, lâm nghiệp và thủy sản, tăng 2,9%.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[18] == labels[2.7e6] != "Văn Miếu"
    assert labels[2.9] == "Nông, lâm nghiệp và thủy sản"  # near-miss: a name with commas before the figure is its own


def test_a_subject_of_the_whole_branch_is_of_the_branch_its_sections_heading_names() -> None:
    rows = indicator_rows(
        "UBND TỈNH PHÚ THỌ\nBÁO CÁO\nTình hình kinh tế - xã hội quý II năm 2027\n\n"
        "2. Sản xuất công nghiệp\nCác khu công nghiệp hoạt động ổn định.\n"
        "Chỉ số sản xuất toàn ngành quý II tăng 11,4% so với cùng kỳ.\n"
        "3. Du lịch\nDoanh thu toàn ngành đạt 640 tỷ đồng.\n"
        "4. Tình hình chung\nChỉ số sản xuất toàn ngành tăng 2%.\n")
    keys = {r["value"]: r["indicator_key"] for r in rows}
    assert keys[11.4] == "industrial_production_index"
    assert keys[640e9] == "tourism_revenue"
    assert keys[2] is None  # near-miss: a heading that names no branch gives no entry


def test_the_paper_a_news_lead_opens_on_is_no_part_of_its_label() -> None:
    rows = indicator_rows(
        "Sản xuất công nghiệp tháng 4 tăng khá\n\n"
        "Báo Hà Tĩnh - Chỉ số sản xuất công nghiệp tháng 4/2027 của tỉnh Hà Tĩnh ước tăng 4,2% so với tháng trước. "
        "Nông - lâm nghiệp tăng 2,6%.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[4.2] == "Chỉ số sản xuất công nghiệp"
    assert labels[2.6] == "Nông - lâm nghiệp"  # near-miss: a dash inside a name


def test_an_amount_an_area_has_is_named_by_the_noun_after_its_unit() -> None:
    rows = indicator_rows(
        "UBND TỈNH LAI CHÂU\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Năm 2027, tỉnh Lai Châu hiện có 9.400 ha chè. Toàn tỉnh có 2.150 km đường giao thông nông thôn. "
        "Diện tích cây mắc ca hiện có 4.800 ha.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert (labels[9_400], labels[2_150]) == ("chè", "đường giao thông nông thôn")
    assert labels[4_800] == "Diện tích cây mắc ca"  # near-miss: a subject before the verb names it


def test_a_count_of_a_whole_said_with_tren_is_named_as_a_ratio_is() -> None:
    rows = indicator_rows(
        "UBND HUYỆN QUẢNG XƯƠNG\nBÁO CÁO\nKết quả năm 2027\n\n"
        "Toàn huyện có 9 trên 21 xã đạt chuẩn nông thôn mới kiểu mẫu. Có 85 lao động trên 35 tuổi.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert (labels[9], labels[21]) == ("xã đạt chuẩn nông thôn mới kiểu mẫu", "Tổng số xã")
    assert labels[85] == "lao động trên 35 tuổi"  # near-miss: an age's bound


def test_an_occasion_set_apart_is_a_part_of_the_period_named_as_the_whole_is() -> None:
    rows = indicator_rows(
        "UBND TỈNH NINH BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Toàn tỉnh đón 4,6 triệu lượt khách, riêng dịp nghỉ lễ Quốc khánh đón 210 nghìn lượt khách.\n")
    labels = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert labels[4_600_000] == labels[210_000] == ("tourist_arrivals", "lượt khách")


def test_a_part_of_the_period_stated_with_dat_after_an_actor_and_verb_is_named_by_its_noun() -> None:
    rows = indicator_rows(
        "UBND TỈNH NINH BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Toàn tỉnh đón 4,6 triệu lượt khách, riêng quý III đạt 95 nghìn lượt khách quốc tế.\n"
        "Số lượt khách lưu trú đạt 1,3 triệu lượt, riêng quý III đạt 400 nghìn lượt.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[95_000] == "lượt khách quốc tế"
    assert labels[400_000] == "Số lượt khách lưu trú"  # near-miss: a subject of its own carried over


def test_the_sum_words_before_a_count_name_nothing() -> None:
    rows = indicator_rows(
        "UBND XÃ PHÚ LỘC\nBÁO CÁO\nKết quả công tác tháng 5 năm 2027\n\n"
        "Bộ phận một cửa hoạt động ổn định. Có tổng số 48 thủ tục được giải quyết đúng hạn.\n")
    assert [r["indicator_label"] for r in rows if r["value"] == 48] == ["thủ tục được giải quyết đúng hạn"]


def test_those_given_to_after_a_rate_for_each_are_named_by_their_noun() -> None:
    rows = indicator_rows(
        "UBND HUYỆN TÂN KỲ\nBÁO CÁO\nTình hình khắc phục hậu quả mưa lũ tháng 9 năm 2027\n\n"
        "Huyện đã hỗ trợ 3 triệu đồng/hộ cho 42 hộ có nhà bị ngập sâu.\n")
    assert [r["indicator_label"] for r in rows if r["value"] == 42] == ["hộ có nhà bị ngập sâu"]


def test_an_amount_sold_abroad_is_named_without_its_seller_and_its_buyers() -> None:
    rows = indicator_rows(
        "UBND TỈNH SƠN LA\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 7 năm 2027\n\n"
        "Tháng 7, tỉnh Sơn La xuất khẩu 2.300 tấn nhãn sang Trung Quốc. "
        "Tỉnh đã chuyển đổi 120 ha đất lúa sang trồng cây ăn quả.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[2_300] == "xuất khẩu nhãn"
    assert labels[120] == "chuyển đổi đất lúa sang trồng cây ăn quả"  # near-miss: "sang" of a change, no buyer


def test_the_province_unnamed_selling_abroad_is_no_part_of_the_amounts_label() -> None:
    rows = indicator_rows(
        "UBND TỈNH SƠN LA\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 7 năm 2027\n\n"
        "Trong tháng, tỉnh xuất khẩu 1.800 tấn xoài sang Hàn Quốc. Tỉnh lộ 6 được nâng cấp 14 km mặt đường.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[1_800] == "xuất khẩu xoài"
    assert not (labels.get(14) or "").startswith("xuất")  # near-miss: a provincial road, no province acting


def _labels_of(heading: str, body: str) -> dict[float, str | None]:
    """The indicator labels of a report of ``heading`` (its issuer, kind and title lines) and ``body``, by value."""
    return {r["value"]: r["indicator_label"] for r in indicator_rows(f"{heading}\n\n{body}\n")}


def test_the_later_names_of_a_list_follow_the_noun_its_figures_count() -> None:
    heading = "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 4 năm 2027"
    labels = _labels_of(
        heading,
        "Số doanh nghiệp thành lập mới và giải thể tương ứng là 52 và 17 doanh nghiệp. "
        "Số hộ được vay vốn và được hỗ trợ nhà ở lần lượt là 230 và 9 hộ.",
    )
    assert labels[17] == "Số doanh nghiệp giải thể"  # not "Số doanh nghiệp thành giải thể"
    assert labels[9] == "Số hộ được hỗ trợ nhà ở"
    # near-miss: figures with no noun after them keep the cut by the later name's length
    labels = _labels_of(heading, "Kim ngạch xuất khẩu và nhập khẩu lần lượt đạt 61 triệu USD và 48 triệu USD.")
    assert labels[48_000_000] == "Kim ngạch nhập khẩu"


def test_a_level_a_change_goes_on_to_named_only_by_its_time_is_the_changes_entry() -> None:
    rows = indicator_rows(
        "UBND TỈNH YÊN BÁI\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Tỷ lệ che phủ rừng tăng 0,6%, đến cuối năm 2027 đạt 63,2%. Số hộ nghèo giảm 520 hộ, đến nay còn 2.870 hộ.\n"
    )
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[63.2] == ("forest_cover", "Tỷ lệ che phủ rừng")  # not "đến cuối năm 2027", no key
    assert read[2_870][1] == "Số hộ nghèo"  # not "hộ": what is left of the households counted before
    # near-miss: a level with a noun of its own after it is named by that noun, not by the change before
    rows = indicator_rows(
        "UBND TỈNH YÊN BÁI\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Tỷ lệ che phủ rừng tăng 0,6%, đến cuối năm 2027 có 71% hộ dùng nước sạch.\n"
    )
    assert {r["value"]: r["indicator_label"] for r in rows}[71] != "Tỷ lệ che phủ rừng"


def test_a_plans_share_attained_with_its_verb_alone_is_the_entrys_before() -> None:
    rows = indicator_rows(
        "UBND TỈNH BÌNH ĐỊNH\nBÁO CÁO\nTình hình kinh tế - xã hội 8 tháng năm 2027\n\n"
        "Doanh thu du lịch ước đạt 5.300 tỷ đồng, tăng 12% so với cùng kỳ, hoàn thành 66,2% kế hoạch năm.\n"
    )
    read = {r["value"]: (r["indicator_key"], r["indicator_label"], r["metric"]) for r in rows}
    assert read[66.2] == ("tourism_revenue", "Doanh thu du lịch", "plan_pct")  # not "hoàn thành", no key


def test_a_branch_receiving_those_it_counts_is_no_word_of_what_is_counted() -> None:
    rows = indicator_rows(
        "UBND TỈNH QUẢNG BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 7 năm 2027\n\n"
        "Ngành du lịch đón 820 nghìn lượt khách. Ngành y tế tiếp tục phục vụ 21.000 lượt người bệnh.\n"
    )
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[820_000] == ("tourist_arrivals", "đón lượt khách")  # as "Ngành du lịch đã đón" is read
    assert read[21_000][1] == "phục vụ lượt người bệnh"
    # near-miss: a branch doing another deed keeps its words (its verb is not one of receiving)
    [hired] = indicator_rows(
        "UBND TỈNH QUẢNG BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Ngành giáo dục tuyển mới 640 giáo viên.\n"
    )
    assert hired["indicator_label"].startswith("Ngành giáo dục")


def test_a_changes_verb_and_its_degree_words_are_no_words_of_the_subject() -> None:
    labels = _labels_of(
        "UBND TỈNH NGHỆ AN\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027",
        "Số trường đạt chuẩn quốc gia tăng thêm 14 trường so với năm trước. "
        "Tỷ lệ hộ cận nghèo giảm bình quân 0,8%/năm. Diện tích mắc ca tăng thêm 420 ha.",
    )
    assert labels[14] == "Số trường đạt chuẩn quốc gia"  # not "… tăng thêm"
    assert labels[-0.8] == "Tỷ lệ hộ cận nghèo"
    assert labels[420] == "Diện tích mắc ca"


def test_an_infographics_figure_first_is_named_by_the_name_spaced_beside_it() -> None:
    rows = indicator_rows(
        "GIA LAI 6 THÁNG NĂM 2027\n\n"
        "▲ 6,3%  Tăng trưởng GRDP\n"
        "▼ 2,4%   Sản lượng khai thác gỗ\n"
        "8.900 tỷ đồng  Vốn đầu tư toàn xã hội\n"
        "312  DN thành lập mới\n"
    )
    read = {r["value"]: (r["indicator_key"], r["indicator_label"], r["metric"]) for r in rows}
    assert read[6.3] == ("grdp", "Tăng trưởng GRDP", "yoy_pct")  # not the next line's name, nor a level
    assert read[-2.4][1:] == ("Sản lượng khai thác gỗ", "yoy_pct")  # the arrow down: a fall
    assert read[8_900e9][:2] == ("social_investment", "Vốn đầu tư toàn xã hội")
    assert read[312][:2] == ("new_enterprises", "DN thành lập mới")
    # near-miss: words spaced beside a figure that run on as a sentence are no block's name
    rows = indicator_rows("GIA LAI 6 THÁNG NĂM 2027\n\n▲ 5%  so với cùng kỳ, tổng đàn bò đạt 12.500 con.\n")
    assert [r["indicator_label"] for r in rows if r["value"] == 5] == [None]


def test_an_arrowed_figure_under_an_infographics_name_is_the_change_of_that_name() -> None:
    rows = indicator_rows(
        "ĐỒNG THÁP 9 THÁNG NĂM 2027\n\nChỉ số sản xuất công nghiệp\n▲ 7,7%\n\nKhách du lịch\n3,4 triệu lượt\n↓ 1,9%\n"
    )
    read = {r["value"]: (r["indicator_key"], r["indicator_label"], r["metric"]) for r in rows}
    assert read[7.7] == ("industrial_production_index", "Chỉ số sản xuất công nghiệp", "yoy_pct")
    assert read[-1.9] == ("tourist_arrivals", "Khách du lịch", "yoy_pct")  # not "triệu lượt ↓", a level of 1,9
    # near-miss: a block of three lines above the arrow names no change of its first line (the line right above it
    # is what fell: figures read the arrow's sign)
    rows = indicator_rows("ĐỒNG THÁP 9 THÁNG NĂM 2027\n\nKhách du lịch\n3,4 triệu lượt\nkhách quốc tế\n↓ 1,9%\n")
    assert [(r["indicator_key"], r["indicator_label"]) for r in rows if r["value"] in (-1.9, 1.9)
            if r["indicator_key"] == "tourist_arrivals" or r["indicator_label"] == "Khách du lịch"] == []


def test_a_plans_range_in_a_bracket_after_a_rate_per_year_is_the_rates_target() -> None:
    rows = indicator_rows(
        "BÁO CÁO CHÍNH TRỊ ĐẢNG BỘ TỈNH HÀ NAM NHIỆM KỲ 2025 - 2030\n\n"
        "Tốc độ tăng trưởng GRDP bình quân đạt 6,2%/năm, chưa đạt mục tiêu Nghị quyết (6,5-7%).\n"
    )
    read = {r["value"]: (r["indicator_key"], r["metric"]) for r in rows}
    assert read[6.5] == read[7] == ("grdp", "target")  # not levels named "chưa đạt mục tiêu Nghị quyết"
    assert read[6.2] == ("grdp", "yoy_pct")
    # near-miss: a range of levels stays a range of levels
    rows = indicator_rows("UBND TỈNH HÀ NAM\nBÁO CÁO\nKết quả năm 2027\n\nTỷ lệ hộ nghèo đa chiều còn 2-2,5%.\n")
    assert {r["metric"] for r in rows} == {"level"}


def test_a_label_written_with_an_abbreviation_names_the_entry_spelled_out() -> None:
    rows = indicator_rows(
        "UBND TỈNH THÁI BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng năm 2027\n\n"
        "Toàn tỉnh hiện có 8.200 DN đang hoạt động. Kim ngạch XK đạt 1.450 triệu USD.\n"
    )
    keys = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert keys[8_200] == ("enterprises_active", "DN đang hoạt động")  # the label stays as written
    assert keys[1_450e6] == ("export_turnover", "Kim ngạch XK")
    # near-miss: letters that are no abbreviation of the table, inside a word or lower-cased, spell nothing out
    assert _with_its_abbreviations_spelled_out("Khách DLX và dn") == "Khách DLX và dn"


def test_a_rate_compared_with_as_higher_or_lower_is_the_same_entrys_at_another_time() -> None:
    rows = indicator_rows(
        "Thông cáo báo chí tình hình kinh tế - xã hội quý III và 9 tháng đầu năm 2027 tỉnh Nam Định\n\n"
        "GRDP quý III/2027 ước tính tăng 7,6% so với cùng kỳ năm trước, thấp hơn mức tăng 8,1% của quý II.\n"
    )
    read = {r["value"]: (r["indicator_key"], r["indicator_label"], r["period_start"]) for r in rows}
    assert read[8.1] == ("grdp", "GRDP", D(2027, 4, 1))  # not "thấp hơn", no key
    # near-miss: a comparison naming a subject of its own ("cao hơn chỉ số giá tiêu dùng") is not the figure before's
    rows = indicator_rows(
        "UBND TỈNH NAM ĐỊNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Tiền lương bình quân tăng 6,9%, cao hơn chỉ số giá tiêu dùng 3,1%.\n"
    )
    assert {r["value"]: r["indicator_label"] for r in rows}[3.1] != "Tiền lương bình quân"


def test_since_the_rains_began_is_read_in_the_months_of_the_reports_provinces_rains() -> None:
    def period_of_visitors(province_line: str, month: int) -> tuple[dt.date, dt.date]:
        [row] = indicator_rows(
            f"UBND TỈNH {province_line}\nBÁO CÁO\nTình hình tháng {month} năm 2027\n\n"
            "Kể từ đầu mùa mưa đến nay, các điểm tham quan đón 86.000 lượt khách.\n"
        )
        return row["period_start"], row["period_end"]

    # a central province's rains come with the north-east monsoon, from September
    assert period_of_visitors("BÌNH ĐỊNH", 11) == (D(2027, 9, 1), D(2027, 11, 30))
    # near-miss: a northern province's rains open in May
    assert period_of_visitors("HÒA BÌNH", 8) == (D(2027, 5, 1), D(2027, 8, 31))


def test_the_low_end_of_a_range_of_a_count_is_named_by_the_noun_after_its_high_end() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Mỗi năm có 1.200-1.600 lao động đi làm việc ở nước ngoài. Toàn tỉnh có 40 đến 55 hộ làm muối.\n"
    )
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[1200] == labels[1600] == "lao động đi làm việc ở nước ngoài"
    assert labels[40] == labels[55] == "hộ làm muối"


def test_a_province_named_with_its_kind_after_a_periods_number_names_no_entry() -> None:
    rows = indicator_rows(
        "Sản xuất công nghiệp tháng 5/2027 tỉnh Quảng Bình tăng 6,3%\n\n"
        "Chỉ số sản xuất công nghiệp tháng 5/2027 tăng 6,3% so với cùng kỳ. "
        "Doanh thu du lịch quý 2/2027 của tỉnh Quảng Bình ước đạt 900 tỷ đồng.\n"
    )
    labels = {r["indicator_label"] for r in rows}
    assert "Sản xuất công nghiệp" in labels and "Doanh thu du lịch" in labels
    assert not any("Quảng Bình" in label for label in labels)


def test_a_size_alone_after_a_semicolon_is_of_the_entry_the_clause_before_named() -> None:
    rows = indicator_rows(
        "UBND TỈNH THÁI BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Tổng sản phẩm trên địa bàn tăng 8,1%; quy mô đạt 162 nghìn tỷ đồng.\n"
    )
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[162e12] == "quy mô Tổng sản phẩm trên địa bàn"


def test_a_span_after_the_subject_or_a_year_inside_a_spans_sentence_dates_the_figure() -> None:
    rows = indicator_rows(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Số doanh nghiệp thành lập mới giai đoạn 2023 - 2026 đạt 4.100 doanh nghiệp. "
        "Trong giai đoạn 2023 - 2027, sản lượng lương thực ổn định, năm 2027 ước đạt 510 nghìn tấn. "
        "Tỷ lệ che phủ rừng đầu giai đoạn 2023 - 2027 là 52%.\n"
    )
    read = {r["value"]: (r["period_start"], r["period_end"]) for r in rows}
    assert read[4100] == (D(2023, 1, 1), D(2026, 12, 31))
    assert read[510_000] == (D(2027, 1, 1), D(2027, 12, 31))
    # near-miss: the span's edge is no period of the figure's
    assert read[52] != (D(2023, 1, 1), D(2027, 12, 31))


def test_the_countrys_or_a_regions_figure_quoted_beside_the_provinces_has_no_catalog_key() -> None:
    rows = indicator_rows(
        "UBND TỈNH KON TUM\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Chỉ số PCI của tỉnh đạt 66,1 điểm, cao nhất cả nước. Chỉ số PCI trung vị cả nước là 64,8 điểm. "
        "Tỷ lệ hộ nghèo bình quân vùng Bắc Trung Bộ là 5,1%.\n"
    )
    keys = {r["value"]: r["indicator_key"] for r in rows}
    assert keys[64.8] is None and keys[5.1] is None
    assert keys[66.1] == "pci_score"  # near-miss: the province's own, ranked against the country


def test_a_neighbours_figure_or_a_works_part_within_another_province_is_that_provinces() -> None:
    rows = indicator_rows(
        "UBND TỈNH BÌNH ĐỊNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Số khách của tỉnh đạt 1,2 triệu lượt; trong khi đó tỉnh láng giềng Phú Yên đạt 0,8 triệu lượt.\n"
    )
    read = {r["value"]: r["province"] for r in rows}
    assert read[800_000] == "phu_yen"
    assert read[1_200_000] == "binh_dinh"  # near miss: the report's own figure before it


def _labels_by_value(text: str) -> dict[float, str | None]:
    """The label of each indicator a short text is read into, by its value."""
    return {r["value"]: r["indicator_label"] for r in indicator_rows(text)}


def test_a_plan_share_attained_by_an_area_is_named_by_what_the_plan_is_of() -> None:
    labels = _labels_by_value(
        "UBND TỈNH HÒA BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Tỉnh đã hoàn thành 86% kế hoạch năm về trồng rừng tập trung. Huyện Mai Châu đạt 91% chỉ tiêu cấp nước sạch.\n"
        "Sản lượng chè đạt 12.400 tấn, toàn tỉnh hoàn thành 97% kế hoạch.\n"
    )
    assert labels[86] == "trồng rừng tập trung"
    assert labels[91].startswith("cấp nước sạch")
    # a plan named by nothing after it is the plan of the entry its sentence gave
    assert labels[97] == "Sản lượng chè"


def test_an_interviews_answer_aims_at_the_year_its_question_names() -> None:
    opening = "Sở Công Thương Đồng Nai: xuất khẩu về đích sớm\nNgày 12/12/2026\n\n"
    periods = {
        r["value"]: (r["metric"], r["period_end"])
        for r in indicator_rows(
            f"{opening}Phóng viên: Năm 2027 ngành đặt mục tiêu gì?\n"
            "Bà Trần Thị B: Chúng tôi phấn đấu kim ngạch xuất khẩu đạt 26 tỷ USD.\n\n"
            "Ngành phấn đấu thu hút 1,5 tỷ USD vốn FDI.\n"
        )
    }
    assert periods[26e9] == ("target", D(2027, 12, 31))
    # near-miss: a paragraph further on answers no question; it aims at the report's year
    assert periods[1.5e9] == ("target", D(2026, 12, 31))


def test_a_deed_done_against_a_plan_said_with_its_amount_is_no_aim() -> None:
    text = (
        "UBND TỈNH QUẢNG NAM\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2027\n\n"
        "Kế hoạch vốn ngân sách tỉnh năm 2027 là 3.600 tỷ đồng, ước giải ngân 2.900 tỷ đồng.\n"
        "Theo kế hoạch, năm 2027 tỉnh thu ngân sách 8.000 tỷ đồng, giải ngân 5.000 tỷ đồng.\n"
    )
    budgets = extract_document(text.encode(), "probe.txt").tables["budgets"].to_dicts()
    measures = {r["value"]: r["measure"] for r in budgets}
    assert measures[3_600e9] == "plan"
    assert measures[2_900e9] == "actual"
    # near-miss: a plan that frames its sentence sets every amount in it
    assert measures[5_000e9] == "plan"


def test_a_headlines_province_before_its_colon_names_no_subject() -> None:
    labels = _labels_by_value(
        "Thanh Hóa: Gần 9.200 hộ thoát nghèo trong năm 2026\n\nThanh Hóa: 96,4% hộ dân nông thôn dùng điện lưới\n"
    )
    assert labels[9_200] == "hộ thoát nghèo"
    assert labels[96.4] == "hộ dân nông thôn dùng điện lưới"
    # near-miss: a topic before its colon still names what is counted
    [fever] = indicator_rows(
        "UBND TỈNH THANH HÓA\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 5 năm 2026\n\n"
        "Bệnh tay chân miệng: ghi nhận 86 ca mắc.\n"
    )
    assert fever["indicator_label"] == "Bệnh tay chân miệng: ghi nhận ca mắc"


def test_a_school_grades_number_is_part_of_the_noun() -> None:
    labels = _labels_by_value(
        "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nKết quả năm học 2026-2027\n\n"
        "Có 18.300 học sinh lớp 9 thi vào lớp 10. Toàn tỉnh có 99,2% trẻ 6 tuổi vào lớp 1 đúng độ tuổi.\n"
    )
    assert labels[18_300] == "học sinh lớp 9 thi vào lớp 10"
    assert labels[99.2] == "trẻ 6 tuổi vào lớp 1 đúng độ tuổi"


def test_the_provinces_listed_after_a_lead_take_the_leads_entry() -> None:
    rows = indicator_rows(
        "Bộ Công Thương: Sản xuất công nghiệp quý III năm 2026\n\n"
        "Chỉ số sản xuất công nghiệp tăng cao tại một số địa phương như: Nghệ An (14,2%), Hà Tĩnh (11,5%). "
        "Vốn FDI thu hút cao nhất là TP. Hồ Chí Minh với 3,6 tỷ USD, tiếp đến là Hải Phòng 2,4 tỷ USD.\n"
    )
    read = {r["value"]: (r["province"], r["indicator_label"]) for r in rows}
    assert read[14.2] == ("nghe_an", "Chỉ số sản xuất công nghiệp")
    assert read[11.5] == ("ha_tinh", "Chỉ số sản xuất công nghiệp")
    assert read[3.6e9] == ("ho_chi_minh", "Vốn FDI thu hút")
    assert read[2.4e9][1] == "Vốn FDI thu hút"


def test_a_size_alone_is_keyed_by_the_entry_it_carries() -> None:
    [size] = (
        r
        for r in indicator_rows(
            "UBND TỈNH NAM ĐỊNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
            "Tổng sản phẩm trên địa bàn tỉnh ước tăng 7,6%; quy mô ước đạt 118 nghìn tỷ đồng.\n"
        )
        if r["unit"] == "VND"
    )
    assert (size["indicator_label"], size["indicator_key"]) == ("quy mô Tổng sản phẩm trên địa bàn tỉnh", "grdp")


def test_a_count_that_comes_with_a_hedged_count_names_the_second_by_its_own_noun() -> None:
    labels = _labels_by_value(
        "UBND TỈNH LÂM ĐỒNG\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Toàn tỉnh có 2.140 cơ sở lưu trú với khoảng 41.000 buồng. Có 36 hợp tác xã với gần 2.900 thành viên.\n"
    )
    assert labels[41_000] == "buồng"
    assert labels[2_900] == "thành viên"
    assert labels[36] == "hợp tác xã"  # near-miss: the first count keeps its own noun


def test_a_count_under_a_provinces_lead_is_named_by_its_noun_and_so_is_its_change() -> None:
    read = {
        (r["value"], r["metric"]): r["indicator_label"]
        for r in indicator_rows(
            "Tỉnh Kon Tum quý II/2027: xảy ra 23 vụ tai nạn giao thông, làm chết 9 người; so với cùng kỳ giảm 4 vụ.\n\n"
            "Năm 2027 ngành chức năng phát hiện 36 vụ buôn lậu, thu nộp ngân sách 2,1 tỷ đồng; "
            "so với năm 2026 tăng 7 vụ.\n"
        )
    }
    assert read[(23, "level")] == read[(-4, "yoy_abs")] == "xảy ra vụ tai nạn giao thông"
    # a base naming its year leaves the change in the unit alone: the count in that unit's
    assert read[(7, "yoy_abs")] == read[(36, "level")]


def test_an_aim_alone_after_a_level_aims_at_that_entry_in_the_year_written_after_it() -> None:
    rows = indicator_rows(
        "UBND TỈNH BẮC NINH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n\n"
        "Năm 2026, tỷ lệ chất thải rắn đô thị được thu gom đạt 92%, phấn đấu nâng lên 97% vào năm 2028.\n"
    )
    read = {r["value"]: (r["metric"], r["indicator_label"], r["period_end"]) for r in rows}
    assert read[97] == ("target", read[92][1], D(2028, 12, 31))
    assert read[92] == ("level", "tỷ lệ chất thải rắn đô thị được thu gom", D(2026, 12, 31))


def test_a_count_the_area_named_by_its_name_has_is_named_by_its_noun() -> None:
    labels = _labels_by_value(
        "UBND TỈNH NINH BÌNH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2027\n\n"
        "Năm 2027, toàn tỉnh Ninh Bình có 93 xã đạt chuẩn nông thôn mới nâng cao.\n"
    )
    assert labels[93] == "xã đạt chuẩn nông thôn mới nâng cao"


def test_a_project_list_written_one_cell_a_line_gives_each_row_its_projects_figures() -> None:
    text = ("Báo cáo tiến độ các dự án trọng điểm tỉnh Tuyên Quang năm 2026\n"
            "Đơn vị tính: tỷ đồng\nTT\nTên dự án\nTổng mức đầu tư\nLũy kế giải ngân\n"
            "1\nCầu Nà Hang\n760\n320\n2\nĐường tránh Sơn Dương\n450\n118\n")
    extraction = extract_document(text.encode(), "tuyen_quang.txt")
    rows = {(row["project_name"], row["measure"], row["value"])
            for row in extraction.tables["projects"].iter_rows(named=True)}
    assert rows == {("Cầu Nà Hang", "total_investment", 760e9), ("Cầu Nà Hang", "disbursed", 320e9),
                    ("Đường tránh Sơn Dương", "total_investment", 450e9),
                    ("Đường tránh Sơn Dương", "disbursed", 118e9)}
    assert extraction.tables["indicators"].height == 0


def test_a_lead_of_aims_over_a_list_makes_each_item_an_aim_of_the_year_it_names() -> None:
    lines = ["Huyện Tam Nông họp cuối năm", "",
             "Chiều 12/12/2027, HĐND huyện Tam Nông (Phú Thọ) họp kỳ thứ 6. Năm 2028, huyện phấn đấu đạt các chỉ tiêu "
             "chính sau:", "- Thu nhập bình quân đầu người khoảng 64 triệu đồng;",
             "- Thu ngân sách trên địa bàn 135 tỷ đồng;", "- Có thêm 3 xã đạt chuẩn nông thôn mới.", "",
             # near-miss: a lead of what was reached leads results
             "Kết quả thực hiện các chỉ tiêu năm 2027 như sau:", "- Thu nhập bình quân đầu người 58 triệu đồng;",
             "- Có 14 xã đạt chuẩn nông thôn mới."]
    tables = extract_document("\n".join(lines).encode(), "tam_nong.txt").tables
    read = {r["value"]: (r["metric"], r["period_end"]) for r in tables["indicators"].to_dicts()}
    assert read[64e6] == read[3] == ("target", D(2028, 12, 31))
    assert read[58e6] == read[14] == ("level", D(2027, 12, 31))
    [revenue] = tables["budgets"].to_dicts()
    assert (revenue["measure"], revenue["period_end"]) == ("plan", D(2028, 12, 31))


def test_the_titles_subject_goes_on_in_no_count_whose_sentence_names_its_own() -> None:
    rows = indicator_rows(
        "Huyện Bảo Yên (Lào Cai): tai nạn giao thông giảm mạnh\n\n"
        "Quý I/2027, tội phạm hình sự xảy ra 5 vụ. Tội phạm về trật tự xã hội xảy ra 9 vụ, đã làm rõ 8 vụ. "
        "Lực lượng công an đã triệt phá 6 vụ, 13 đối tượng đánh bạc. Lực lượng công an đã xử lý 7 vụ.\n")
    keys = {r["value"]: r["indicator_key"] for r in rows}
    # a subject before its verb, an entry of the sentence's own, a noun after the count listed next
    assert keys[5] is None and keys[8] is None and keys[6] is None
    assert keys[9] == "crimes_social_order"
    # near-miss: a count named by its verb alone is still of the title's subject
    assert keys[7] == "traffic_accidents"


def test_a_percent_change_is_of_the_number_of_things_named_after_it() -> None:
    rows = indicator_rows(
        "Huyện Yên Thế (Bắc Giang): an toàn giao thông năm 2027\n\n"
        "Năm 2027, huyện xảy ra 42 vụ tai nạn giao thông, làm chết 19 người, bị thương 30 người; so với năm trước "
        "giảm 4,5% số vụ, tăng 2,1% số người chết và giảm 6% số người bị thương.\n"
        "Năm 2028, huyện phấn đấu kéo giảm từ 3% đến 7% số người chết do tai nạn giao thông và giảm ít nhất 12% số "
        "người nghiện.\n")
    read = {r["value"]: (r["indicator_label"], r["indicator_key"]) for r in rows if r["unit"] == "pct"}
    assert read[-4.5] == ("số vụ", "traffic_accidents")
    assert read[2.1] == ("số người chết", "traffic_deaths")
    assert read[-6] == ("số người bị thương", "traffic_injuries")
    assert read[3][0] == read[7][0] == "số người chết do tai nạn giao thông"
    assert read[12][0] == "số người nghiện"


def test_a_name_with_a_comma_inside_labels_its_counts_whole() -> None:
    labels = _labels_by_value(
        "UBND TỈNH GIA LAI\nBÁO CÁO\nCông tác nội vụ năm 2027\n\n"
        "Toàn tỉnh có 3.150 cán bộ, công chức cấp tỉnh và 5.420 cán bộ, công chức cấp xã. "
        "Tổng kinh phí bồi thường, hỗ trợ và tái định cư đạt 215 tỷ đồng.\n"
    )
    assert labels[3150] == "cán bộ, công chức cấp tỉnh"
    assert labels[5420] == "cán bộ, công chức cấp xã"
    assert labels[215e9] == "Tổng kinh phí bồi thường, hỗ trợ và tái định cư"


def test_the_whole_of_a_tally_of_cases_is_named_without_what_was_done_with_them() -> None:
    rows = indicator_rows(
        "Thị xã Hương Trà (Thừa Thiên Huế): an ninh trật tự quý II\n\n"
        "Quý II/2027, trên địa bàn xảy ra 41 vụ phạm pháp hình sự; riêng án rất nghiêm trọng đã khám phá 4/5 vụ.\n")
    read = {(r["value"], r["indicator_label"]) for r in rows if r["unit"] == "case"}
    assert (4, "án rất nghiêm trọng đã khám phá") in read
    assert (5, "án rất nghiêm trọng") in read


def test_the_second_count_of_a_pair_written_with_a_slash_takes_no_word_of_the_first() -> None:
    labels = _labels_by_value(
        "UBND HUYỆN ĐÔNG ANH\nBÁO CÁO\nCông tác kiểm sát năm 2027\n\n"
        "Đã thụ lý 215 vụ/342 bị can. Viện Kiểm sát đã truy tố 180 vụ/301 bị can.\n"
    )
    assert labels[342] == "Đã thụ lý bị can"  # (the verb and its own noun)
    assert labels[301] == labels[180] == "Viện Kiểm sát đã truy tố"  # (the verb the pair was counted with)


def test_a_noun_ending_in_bang_is_no_comparison_word() -> None:
    labels = _labels_by_value(
        "UBND HUYỆN VĂN LÃNG\nBÁO CÁO\nCông tác giải phóng mặt bằng năm 2027\n\n"
        "Năm 2027, huyện đã bàn giao 12,4 ha mặt bằng cho nhà đầu tư. Toàn huyện đã thu hồi 3,2 ha đất bằng 40% "
        "kế hoạch.\n"
    )
    assert labels[12.4].endswith("bàn giao mặt bằng")
    # near-miss: "bằng" after another noun still ends it
    assert labels[3.2].endswith("thu hồi đất")


def test_the_last_place_of_a_bracketed_list_names_its_own_figure() -> None:
    places = "xã Bằng Lãng (312 hộ), xã Ngọc Phái (205 hộ) và xã Bình Trung (198 hộ)"
    head = "UBND HUYỆN CHỢ ĐỒN\nBÁO CÁO\nKết quả giảm nghèo năm 2027\n\n"
    labels = _labels_by_value(f"{head}Các xã còn nhiều hộ nghèo là {places}.\n")
    assert [labels[205], labels[198]] == ["xã Ngọc Phái", "xã Bình Trung"]


def test_a_change_said_of_a_measure_alone_is_the_change_of_the_level_in_that_measure() -> None:
    rows = indicator_rows(
        "UBND TỈNH BẠC LIÊU\nBÁO CÁO\nTình hình xuất khẩu quý I/2027\n\n"
        "Quý I/2027, các doanh nghiệp trên địa bàn tỉnh đã xuất khẩu 18 nghìn tấn tôm, trị giá 205 triệu USD, "
        "tăng 4,5% về lượng nhưng giảm 1,8% về giá trị so với cùng kỳ. Kim ngạch xuất khẩu đạt 310 triệu USD, "
        "tăng 7,2% về giá trị.\n"
    )
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows if r["metric"] == "yoy_pct"}
    # the actor (the firms) keys neither change: each is the change of the exports in its own measure
    assert read[4.5] == (None, "các doanh nghiệp trên địa bàn tỉnh đã xuất khẩu về lượng")
    assert read[-1.8][0] is None and read[-1.8][1].endswith("về giá trị")
    # a keyed level's change in its measure keeps the level's entry
    assert read[7.2][0] == "export_turnover"


def test_an_amount_alone_in_a_bracket_after_a_count_is_what_the_counted_come_with() -> None:
    rows = indicator_rows(
        "UBND TỈNH HƯNG YÊN\nBÁO CÁO\nTình hình thu hút đầu tư năm 2027\n\n"
        "Năm 2027, tỉnh thu hút 1,4 tỷ USD, trong đó có 17 dự án cấp mới (640 triệu USD) và 25 dự án điều chỉnh vốn "
        "(760 triệu USD). Toàn tỉnh có 930 doanh nghiệp thành lập mới (8.600 tỷ đồng).\n"
    )
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[640e6] == ("investment_projects_capital", "dự án cấp mới")
    assert read[8_600e9] == ("new_enterprises_capital", "doanh nghiệp thành lập mới")
    # near-miss: the money of a count of no entry is named by its count, keyed by nothing
    assert read[760e6] == (None, "dự án điều chỉnh vốn")


def test_a_periods_clause_after_a_semicolon_keeps_the_clause_befores_lack_of_an_entry() -> None:
    passengers = "Vận chuyển hành khách tháng 5 ước đạt 2,1 triệu lượt; 5 tháng đạt 9,6 triệu lượt khách, tăng 7,4%."
    visitors = "Khách du lịch tháng 5 đạt 240 nghìn lượt khách; 5 tháng đạt 1,1 triệu lượt khách."
    title = "Tình hình kinh tế - xã hội tháng 5 năm 2027 tỉnh Thái Bình"
    keys = {r["value"]: r["indicator_key"] for r in indicator_rows(f"{title}\n\n{passengers} {visitors}\n")}
    assert keys[2.1e6] is keys[9.6e6] is keys[7.4] is None  # passengers carried, no visitors
    # near-miss: a clause before that is an entry passes it on
    assert keys[240e3] == keys[1.1e6] == "tourist_arrivals"


def test_a_table_rows_change_takes_no_entry_its_rows_level_cannot_be_of() -> None:
    lines = [
        "Sở Công Thương tỉnh Hậu Giang: sản lượng điện tiêu thụ năm 2027",
        "",
        "Ngành\tĐơn vị tính\tNăm 2027\tSo với năm 2026 (%)",
        "Công nghiệp - xây dựng\tTriệu kWh\t412,3\t106,8",
        "Tổng sản phẩm trên địa bàn (GRDP)\tTỷ đồng\t61.250\t107,5",
    ]
    keys = {r["value"]: r["indicator_key"] for r in indicator_rows("\n".join(lines) + "\n")}
    assert keys[6.8] is None  # the power sold to the industry, no GRDP of the industry
    assert keys[7.5] == "grdp"  # near-miss: a row in money keeps the entry its name names


def test_a_titles_entry_keys_no_amount_the_things_counted_come_with() -> None:
    title = "Bắc Ninh: Kim ngạch nhập khẩu quý III/2027 đạt 4,1 tỷ USD"
    rows = indicator_rows(f"{title}\n\nTrong quý, tỉnh cấp phép 6 dự án DDI với tổng vốn 980 tỷ đồng.\n")
    assert [r["indicator_key"] for r in rows if r["value"] == 980e9] == [None]
    assert [r["indicator_key"] for r in rows if r["value"] == 4.1e9] == ["import_turnover"]  # the title's own


def test_the_body_that_tells_a_figure_names_nothing_it_is_of() -> None:
    told = (
        "Ngày 14/3/2027, Trạm Chăn nuôi và Thú y huyện Krông Pắc (Đắk Lắk) cho biết, dịch cúm gia cầm đã xảy ra "
        "tại 3 thôn, làm 2.300 con vịt, ngan mắc bệnh."
    )
    assert [r["indicator_key"] for r in indicator_rows(told + "\n") if r["value"] == 2300] == [None]
    # near-miss: the herd named in what was told is the herd
    herd = "Ngày 14/3/2027, Trạm Chăn nuôi huyện Krông Pắc (Đắk Lắk) cho biết, tổng đàn lợn đạt 41.500 con."
    assert [r["indicator_key"] for r in indicator_rows(herd + "\n") if r["value"] == 41500] == ["livestock_herd"]


def test_a_list_items_own_subject_takes_no_entry_from_an_item_two_clauses_before() -> None:
    said = (
        "Chín tháng năm 2027, Hải quan Quảng Ninh làm thủ tục cho lượng hàng hóa trị giá 3,4 tỷ USD. Trong đó, "
        "hàng xuất khẩu đạt 1,6 tỷ USD, hàng nhập khẩu 1,1 tỷ USD, hàng tạm nhập tái xuất 520 triệu USD."
    )
    keys = {r["value"]: r["indicator_key"] for r in indicator_rows(said + "\n")}
    assert keys[520e6] is None and keys[1.1e9] is None


def test_the_kinds_of_zones_listed_with_a_comma_are_one_name() -> None:
    said = "Thái Nguyên, năm 2027: doanh thu của các doanh nghiệp trong KCN, CCN đạt 95.400 tỷ đồng."
    assert [r["indicator_label"] for r in indicator_rows(said + "\n")] == [
        "doanh thu của các doanh nghiệp trong KCN, CCN"
    ]


def test_an_aside_in_brackets_names_no_subject_of_the_figures_after_it() -> None:
    said = "Hà Tĩnh: hiện nay cả tỉnh (tính cả các xã mới) có 236 sản phẩm OCOP, trong đó 9 sản phẩm 5 sao, "
    labels = {r["value"]: r["indicator_label"] for r in indicator_rows(said + "71 sản phẩm 4 sao.\n")}
    assert labels[71] == "sản phẩm 4 sao"


def test_each_count_of_a_chain_of_places_is_named_by_what_it_counts() -> None:
    said = "Nghệ An, năm 2027: dịch cúm gia cầm đã xuất hiện tại 26 hộ ở 9 xã thuộc 4 huyện, tiêu hủy 3.100 con."
    labels = {r["value"]: r["indicator_label"] for r in indicator_rows(said + "\n")}
    assert (labels[26], labels[9], labels[4]) == ("hộ", "xã", "huyện")


def test_each_part_of_a_structure_listed_on_one_line_is_keyed_by_its_own_sector() -> None:
    listed = "Phú Thọ, năm 2027. Cơ cấu kinh tế: nông nghiệp 21,5%, công nghiệp 45,1% - dịch vụ 33,4%.\n"
    keys = {r["value"]: r["indicator_key"] for r in indicator_rows(listed)}
    assert (keys[21.5], keys[45.1], keys[33.4]) == ("grdp_agriculture", "grdp_industry", "grdp_services")


def test_a_change_joined_to_another_change_takes_no_label_from_that_changes_amount() -> None:
    said = "Năm 2027, Cục Thuế tỉnh Nam Định kiểm tra 640 hồ sơ. So với năm trước, giảm 52 hồ sơ và tăng 18 tỷ đồng. "
    labels = {
        r["value"]: r["indicator_label"]
        for r in indicator_rows(said + "Năm 2027, xã đón 90 đoàn. So với năm 2026, tăng 12 đoàn và giảm 7 tỷ đồng.\n")
    }
    # neither the change before (its amount, its unit's words) nor the base of both names the amount's change
    assert (labels[18e9], labels[-7e9]) == (None, None)


def test_a_word_denying_a_clause_names_none_of_the_figures_after_it() -> None:
    said = "Năm 2027, tỉnh Hà Nam ghi nhận 6 ổ dịch sởi, không có ca tử vong (năm 2026 có 310 ca mắc, 2 ca tử vong)."
    labels = {r["value"]: r["indicator_label"] for r in indicator_rows(said + "\n")}
    assert labels[2] == "ca tử vong"


def test_a_length_of_time_inside_a_subject_is_no_figure_cutting_its_label() -> None:
    said = "Năm 2027, tại tỉnh Quảng Trị, lãi suất cho vay kỳ hạn 6 tháng bình quân 6,4%/năm.\n"
    assert [r["indicator_label"] for r in indicator_rows(said)] == ["lãi suất cho vay kỳ hạn 6 tháng bình quân"]


def test_the_words_a_day_is_counted_to_with_are_no_part_of_the_label() -> None:
    said = "Dư nợ của các tổ chức tín dụng trên địa bàn tỉnh Quảng Trị đến hết tháng 8/2027 đạt 95 nghìn tỷ đồng.\n"
    assert [r["indicator_label"] for r in indicator_rows(said)] == [
        "Dư nợ của các tổ chức tín dụng trên địa bàn tỉnh Quảng Trị"
    ]
    # (where the guests came is a word of the name, no day counted to)
    came = indicator_rows("Năm 2027, số lượt khách đến tỉnh Quảng Trị đạt 2,1 triệu lượt.\n")
    assert came[0]["indicator_label"].endswith("Quảng Trị")


def test_the_dot_of_an_abbreviated_place_kind_opens_no_clause_of_the_label() -> None:
    said = "Năm 2027, Sở Tư pháp TP. Cần Thơ cấp 4.300 phiếu lý lịch tư pháp.\n"
    assert indicator_rows(said)[0]["indicator_label"].startswith("Sở Tư pháp TP. Cần Thơ")


def test_a_count_joined_by_va_to_a_count_before_is_named_by_its_own_noun_and_verb() -> None:
    said = "Năm 2027, tỉnh Bình Phước có 12 trung tâm tư vấn giới thiệu việc làm cho thanh niên"
    labels = {r["value"]: r["indicator_label"] for r in indicator_rows(said + " và 5 doanh nghiệp vận tải.\n")}
    fined = "Năm 2027, Thanh tra tỉnh Bình Phước xử phạt 14 cơ sở kinh doanh và chuyển 3 vụ việc sang công an.\n"
    # (the verb after the "và" opens the next count's own clause)
    labels.update({r["value"]: r["indicator_label"] for r in indicator_rows(fined)})
    assert (labels[5], labels[3]) == ("doanh nghiệp vận tải", "chuyển vụ việc sang công an")
    # near miss: words followed by the count's unit alone are its subject, no verb of the noun after it
    herds = indicator_rows("Năm 2027, đàn dê 4.100 con và đàn ngựa 620 con.\n")
    assert [r["indicator_label"] for r in herds if r["value"] == 620] == ["đàn ngựa"]


def test_a_parts_rate_is_named_by_the_noun_after_it_not_by_the_figure_before() -> None:
    said = "Năm 2027, tỉnh Hòa Bình chi trợ cấp cho 9.200 người với số tiền 84 tỷ đồng; trong đó 63% người nhận là nữ."
    labels = {r["value"]: r["indicator_label"] for r in indicator_rows(said + "\n")}
    assert labels[63] == "người nhận là nữ"


def test_a_change_joined_by_va_after_a_plans_or_a_bases_words_is_the_subjects_change() -> None:
    said = "Năm 2027, tỉnh Hưng Yên thu hút tổng vốn đầu tư đăng ký 410 triệu USD, bằng 96% kế hoạch năm và tăng 12%"
    labels = {r["value"]: r["indicator_label"] for r in indicator_rows(said + " so với cùng kỳ.\n")}
    assert labels[12] == labels[96]


def test_an_age_or_the_first_hours_of_a_life_inside_a_subject_stay_in_its_label() -> None:
    said = "Năm 2027, tỉnh Lai Châu có tỷ lệ trẻ 6-36 tháng tuổi được uống vitamin A đạt 97,1%; trẻ 2-4 tuổi đạt 94%."
    labels = {r["value"]: r["indicator_label"] for r in indicator_rows(said + "\n")}
    born = indicator_rows("Năm 2027, tại tỉnh Lai Châu, tỷ lệ trẻ được bú mẹ trong 1 giờ đầu đạt 72,5%.\n")
    assert (labels[94], born[0]["indicator_label"]) == ("trẻ 2-4 tuổi", "tỷ lệ trẻ được bú mẹ trong 1 giờ đầu")


def test_a_count_after_the_unit_and_words_of_the_figure_before_is_named_by_its_own_noun() -> None:
    said = "Năm 2027, Phòng giao dịch NHCSXH huyện Mường Tè đã cho vay 95 tỷ đồng đến 2.140 lượt hộ nghèo."
    labels = {r["value"]: r["indicator_label"] for r in indicator_rows(said + "\n")}
    assert labels[2140] == "lượt hộ nghèo"


def test_changes_read_respectively_after_as_many_levels_are_each_levels_in_order() -> None:
    said = "Năm 2027, tỉnh Bắc Ninh có 41,2 triệu lượt giao dịch ngân hàng số với tổng giá trị 380.000 tỷ đồng"
    rows = indicator_rows(said + ", tăng lần lượt 28% và 19% so với năm 2026.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert (labels[28], labels[19]) == (labels[41_200_000], "tổng giá trị")


def test_a_comparison_joined_by_va_bang_after_a_plans_words_is_the_subjects() -> None:
    said = "Năm 2027, Trung tâm Dịch vụ việc làm tỉnh Yên Bái (gồm 3 chi nhánh) tư vấn cho 8.400 lượt người"
    rows = indicator_rows(said + ", bằng 105% kế hoạch tỉnh giao và bằng 112% cùng kỳ.\n")
    labels = {r["value"]: r["indicator_label"] for r in rows}
    assert labels[12] == labels[105]


def test_a_change_filed_as_a_level_is_named_as_the_change_and_keyed_to_no_entry() -> None:
    rows = indicator_rows(
        "Ngân hàng Nhà nước tỉnh Lạng Sơn: tín dụng 9 tháng\n\n"
        "Đến ngày 30/9/2026, tổng dư nợ tín dụng trên địa bàn đạt 41.200 tỷ đồng, tăng 2.310 tỷ đồng so với đầu năm. "
        "Tổng nguồn vốn huy động đạt 44.800 tỷ đồng; so với 31/12/2025 giảm 120 tỷ đồng.\n"
        "Tỷ lệ che phủ rừng đạt 64,1%, vượt 0,4 điểm phần trăm chỉ tiêu.\n")
    read = {r["value"]: (r["indicator_key"], r["indicator_label"]) for r in rows}
    assert read[41_200e9][0] == "bank_credit"
    assert read[2_310e9] == (None, "tổng dư nợ tín dụng trên địa bàn: mức tăng so với đầu năm")
    assert read[-120e9] == (None, "Tổng nguồn vốn huy động: mức giảm so với 31/12/2025")
    assert read[64.1][0] == "forest_cover"
    assert read[0.4] == (None, "Tỷ lệ che phủ rừng: mức vượt chỉ tiêu")


def test_a_later_count_of_a_list_is_named_by_its_own_words_not_the_first_counts_verb() -> None:
    said = "Năm 2027, huyện Bảo Lạc đã hỗ trợ làm mới 210 nhà ở, 35 hộ được hỗ trợ vay vốn sản xuất"
    labels = {r["value"]: r["indicator_label"] for r in indicator_rows(said + ", 18 bể chứa nước sinh hoạt.\n")}
    assert (labels[35], labels[18]) == ("hộ được hỗ trợ vay vốn sản xuất", "bể chứa nước sinh hoạt")
    # near miss: a later count in its unit alone is still done by the list's verb
    seized = indicator_rows("Năm 2027, Công an huyện Bảo Lạc bắt giữ 9 vụ, 14 đối tượng.\n")
    assert len({r["indicator_label"] for r in seized}) == 1


def test_a_figure_after_the_unit_and_purpose_of_the_amount_before_is_not_named_by_them() -> None:
    said = (
        "Năm 2027, huyện Mường Nhé chi 3,4 tỷ đồng mua sắm bàn ghế học sinh cho 21 trường. "
        "Trung ương hỗ trợ tỉnh Điện Biên 75 tỷ đồng và 640 tấn gạo cứu đói. "
        "Mức hỗ trợ 45 triệu đồng/hộ dựng nhà mới và 25 triệu đồng/hộ sửa chữa nhà.\n"
    )
    labels = {r["value"]: r["indicator_label"] for r in indicator_rows(said)}
    assert (labels[21], labels[640]) == ("trường", "gạo cứu đói")
    assert labels[25e6] == f"{labels[45e6]} sửa chữa nhà"
    # near miss: the next amount read with the first amount's subject and its own noun keeps them
    given = indicator_rows("Năm 2027, Bộ Quốc phòng tặng 90 triệu đồng và 2.300 tấn xi măng.\n")
    assert [r["indicator_label"] for r in given if r["value"] == 2_300] == ["Bộ Quốc phòng tặng xi măng"]
    # near miss: the year of a decision's date is no amount given before those it is given for
    decided = "Năm 2027, Quyết định số 12/QĐ-UBND ngày 03/02/2027 công nhận và cấp giấy khen cho 15 tập thể.\n"
    assert [r["indicator_label"] for r in indicator_rows(decided)] != ["tập thể"]


def test_a_label_cut_at_the_bang_of_a_noun_keeps_it() -> None:
    said = "Năm 2027, huyện Tĩnh Gia đã bàn giao mặt bằng được 52,4 ha; lũy kế đạt 230 ha. Xã giải phóng mặt bằng 17 ha"
    labels = {r["value"]: r["indicator_label"] for r in indicator_rows(said + ".\n")}
    assert (labels[52.4], labels[230]) == ("bàn giao mặt bằng", "bàn giao mặt bằng")
    assert labels[17] == "Xã giải phóng mặt bằng"


def test_the_level_a_fall_goes_down_to_after_a_bracketed_time_is_the_same_entrys() -> None:
    said = "Năm 2027, xã Phong Thổ có tỷ lệ hộ cận nghèo giảm từ 6,3% (đầu kỳ) xuống còn 2,9% (cuối kỳ)."
    read = {r["value"]: r["indicator_label"] for r in indicator_rows(said + "\n")}
    assert read[2.9] == read[6.3] == "tỷ lệ hộ cận nghèo xã Phong Thổ"


def test_a_target_of_a_paragraph_going_on_with_the_one_before_aims_at_that_ones_plan_year() -> None:
    said = (
        "UBND tỉnh Hậu Giang cho biết năm 2028 tỉnh sẽ đưa ra đấu giá 30 lô đất. Năm 2027, tỉnh thu 640 tỷ đồng.\n\n"
        "Bên cạnh đó, phấn đấu cấp 5.200 giấy chứng nhận quyền sử dụng đất.\n\n"
        "Phấn đấu trồng mới 300 ha rừng.\n"
    )
    rows = extract_document(said.encode(), "hau_giang.txt").tables["indicators"].iter_rows(named=True)
    years = {r["value"]: r["period_start"].year for r in rows if r["metric"] == "target"}
    # near miss: a paragraph that opens on its own aims at the report's year
    assert (years[5_200], years[300]) == (2028, 2027)


def test_the_first_count_of_a_list_after_more_than_a_verb_is_named_by_its_own_noun() -> None:
    said = "Tuần 12 năm 2027, Trung tâm Y tế huyện Văn Bàn ghi nhận 6 ca thủy đậu, 3 ca quai bị, 1 ca cúm A."
    labels = [r["indicator_label"] for r in indicator_rows(said + "\n")]
    assert labels == ["ca thủy đậu", "ca quai bị", "ca cúm A"]


def test_a_code_glued_to_its_letters_or_a_perfect_mark_stays_inside_a_counts_noun() -> None:
    said = "Năm 2027, tỉnh Nam Định có 3 thủ khoa khối A01 và 412 điểm 10 môn Toán."
    labels = {r["value"]: r["indicator_label"] for r in indicator_rows(said + "\n")}
    assert (labels[3], labels[412]) == ("thủ khoa khối A01", "điểm 10 môn Toán")


def test_an_age_in_months_and_a_few_doses_stay_inside_a_rates_subject() -> None:
    said = "Năm 2027, tỷ lệ tiêm 2 mũi vắc xin bạch hầu của trẻ 24 tháng tuổi tăng từ 90,2% lên 96,4%."
    labels = {r["value"]: r["indicator_label"] for r in indicator_rows(said + "\n")}
    assert labels[90.2] == labels[96.4] == "tỷ lệ tiêm 2 mũi vắc xin bạch hầu của trẻ 24 tháng tuổi"


def test_a_count_in_its_unit_alone_after_a_running_total_is_of_its_items_heading() -> None:
    said = (
        "Tuần 9 năm 2027, tình hình dịch bệnh:\n- Quai bị: 14 ca; lũy kế 230 ca.\n"
        "4. Bệnh dại: Ghi nhận 1 ca. Cộng dồn: 6 ca.\n"
    )
    labels = {r["value"]: r["indicator_label"] for r in indicator_rows(said)}
    assert (labels[230], labels[6]) == ("Quai bị", "Bệnh dại")


def test_a_contrast_after_a_count_opens_a_clause_of_its_own() -> None:
    said = "Năm 2027, huyện có 8.400 con trâu nhưng tỷ lệ tiêm vắc xin lở mồm long móng chỉ đạt 52,6%.\n"
    labels = {r["value"]: r["indicator_label"] for r in indicator_rows(said)}
    assert labels[8400] == "con trâu"
    assert labels[52.6].startswith("tỷ lệ tiêm vắc xin lở mồm long móng")


def test_a_size_per_head_before_a_price_stays_in_the_goods_priced() -> None:
    said = "Tuần 20 năm 2027, gà ta loại 2 kg/con giá 95.000 đồng/kg.\n"
    labels = {r["value"]: r["indicator_label"] for r in indicator_rows(said)}
    assert labels[95_000] == "gà ta loại 2 kg/con giá"


def test_those_served_in_their_unit_alone_after_a_count_of_who_served_them_are_named_by_the_service() -> None:
    said = "Năm 2027, 4 trung tâm dạy nghề cho 2.300 người, tăng 150 người; tỉnh hỗ trợ 9 tấn gạo cho 600 hộ.\n"
    labels = {(r["value"], r["metric"]): r["indicator_label"] for r in indicator_rows(said)}
    assert labels[(2300, "level")] == labels[(150, "yoy_abs")] == "trung tâm dạy nghề cho người"
    assert labels[(600, "level")] == "hộ"


def test_a_hedge_after_what_a_subject_has_leaves_the_count_named_by_its_noun() -> None:
    said = "Năm 2027, kỳ thi năm nay huyện có khoảng 3.400 thí sinh dự thi.\n"
    labels = {r["value"]: r["indicator_label"] for r in indicator_rows(said)}
    assert labels[3400] == "thí sinh dự thi"


def test_every_link_to_what_came_before_carries_the_plan_year_of_the_paragraph_before() -> None:
    # (one table, links_to_what_came_before.csv, for the clause that names no subject and the paragraph that goes on)
    for link in ("Theo đó", "Đồng thời", "Ngoài ra"):
        said = (
            "Theo kế hoạch, năm 2029 huyện sẽ mở 12 lớp dạy nghề. Năm 2028, huyện mở 9 lớp.\n\n"
            f"{link}, phấn đấu giải quyết việc làm cho 1.400 lao động.\n"
        )
        rows = extract_document(said.encode(), "tra_vinh.txt").tables["indicators"].iter_rows(named=True)
        years = {r["value"]: r["period_start"].year for r in rows if r["metric"] == "target"}
        assert years[1_400] == 2029, link
