"""Readings the pipeline makes across a figure's sentence and the sentences around it: the subject a clause of
a period alone carries over, and the years a target of a yearly average aims at."""

import datetime as dt

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
    # a count names its own entry in its unit: no subject carried over for it
    assert read[24][1] is None


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
