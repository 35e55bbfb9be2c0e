"""Figures in context: which numbers are facts, and the metric each one states."""

import datetime as dt

import pytest

from orchestration.extraction.figures import (
    compares_with_another_month,
    find_figures,
    sentence_spans,
    states_a_size,
)
from orchestration.extraction.layout import build_layout


def figures(text: str) -> list[tuple[float, str, str]]:
    return [(round(f.value, 6), f.unit, f.metric) for f in find_figures(text)]


def one(text: str, token: str):
    found = [f for f in find_figures(text) if f.token == token]
    assert len(found) == 1, (token, [f.token for f in find_figures(text)])
    return found[0]


# --- levels, growth and plan ----------------------------------------------------------------

def test_level_growth_on_same_period() -> None:
    text = ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 4.705 tỷ đồng, "
            "tăng 12,1% so với cùng kỳ.")
    assert figures(text) == [(4705e9, "VND", "level"), (12.1, "pct", "yoy_pct")]
    assert one(text, "4.705").qualifier == "estimate"


def test_fall_is_negative_growth() -> None:
    assert figures("Kim ngạch xuất khẩu đạt 15 triệu USD, giảm 3% so với cùng kỳ.")[1] == (-3, "pct", "yoy_pct")


def test_growth_rate_reached_is_growth_not_plan() -> None:
    # "tốc độ tăng trưởng ... đạt 8,2%" is yoy_pct (FACTS.md: beware)
    text = "Tốc độ tăng trưởng kinh tế quý I/2025 đạt 7,94%; dự ước 6 tháng đầu năm 2025 đạt 8,2%."
    assert [m for _, _, m in figures(text)] == ["yoy_pct", "yoy_pct"]


def test_growth_without_base_is_year_on_year() -> None:
    assert figures("Dịch vụ đạt 2.312,6 tỷ đồng, tăng trưởng 5,8%.")[1] == (5.8, "pct", "yoy_pct")


def test_equal_to_same_period_is_growth_minus_100() -> None:
    text = "cây ngô 191,4 ha đạt 83% KH, bằng 90% so với cùng kỳ"
    assert figures(text) == [(191.4, "ha", "level"), (83, "pct", "plan_pct"), (-10, "pct", "yoy_pct")]


def test_a_bare_equal_among_yearly_changes_is_one_of_them() -> None:
    text = ("Quý I, chỉ số công nghiệp tăng 6,2% so với cùng kỳ. Trong đó, ngành khai khoáng bằng 97,5%; "
            "ngành chế biến tăng 8,1%.")
    assert one(text, "97,5").metric == "yoy_pct" and round(one(text, "97,5").value, 6) == -2.5
    planned = "Vốn đầu tư tăng 5% so với cùng kỳ. Riêng vốn ngân sách bằng 40%; vốn ngoài nhà nước tăng 6% kế hoạch."
    assert one(planned, "40").metric == "plan_pct"


def test_the_same_period_named_before_equal_is_its_base() -> None:
    text = "Diện tích lúa bị sâu hại 450 ha, so với cùng kỳ năm trước bằng 75,5%."
    assert one(text, "75,5").metric == "yoy_pct" and round(one(text, "75,5").value, 6) == -24.5
    assert one("Vụ đông gieo 900 ha, so với kế hoạch bằng 90%.", "90").metric == "plan_pct"


def test_a_bare_equal_among_equals_to_last_year_shares_their_base() -> None:
    text = ("Lạc ước đạt 5,1 ngàn ha, bằng 97,5% so với cùng kỳ; đậu tương đạt 1,2 ngàn ha, bằng 102%, vừng "
            "đạt 300 ha, bằng 96%, so với cùng kỳ năm trước.")
    assert [(f.metric, round(f.value, 6)) for f in find_figures(text) if f.unit == "pct"] == [
        ("yoy_pct", -2.5), ("yoy_pct", 2), ("yoy_pct", -4)]
    planned = "Lạc đạt 5,1 ngàn ha, bằng 97,5% so với cùng kỳ; đậu tương đạt 1,2 ngàn ha, bằng 102% kế hoạch."
    assert one(planned, "102").metric == "plan_pct"
    # past the ";" of each item: the last item's "so với cùng kỳ" names the base of the bare ones before it
    villages = ("Diện tích ngô của các xã: Xã Một gieo 120,5 ha, bằng 96,5%; Xã Hai gieo 80 ha, tăng 3,2%; "
                "Xã Ba gieo 210 ha, bằng 98% so với cùng kỳ.")
    assert (one(villages, "96,5").metric, round(one(villages, "96,5").value, 6)) == ("yoy_pct", -3.5)
    assert one("Lúa gieo 120,5 ha, bằng 96,5%; ngô gieo 80 ha, bằng 98% kế hoạch.", "96,5").metric == "plan_pct"


def test_the_same_quarter_last_year_and_the_highest_rise_of_a_list() -> None:
    assert figures("CPI quý II tăng 2,4% so với quý này năm trước.") == [(2.4, "pct", "yoy_pct")]
    text = "Có 8 nhóm tăng giá, trong đó nhóm giáo dục tăng cao nhất với 6,5%; nhóm giao thông giảm mạnh nhất 1,2%."
    assert figures(text)[1:] == [(6.5, "pct", "yoy_pct"), (-1.2, "pct", "yoy_pct")]


def test_a_parts_bare_change_takes_the_base_of_the_wholes_change() -> None:
    text = "Doanh thu đạt 900 tỷ đồng, tăng 3,2% so với tháng trước; trong đó, lưu trú đạt 200 tỷ đồng, tăng 4,1%."
    assert figures(text)[3] == (4.1, "pct", "change_pct")
    same = "Doanh thu dịch vụ đạt 900 tỷ đồng, tăng 3,2% so với cùng kỳ; trong đó, lưu trú đạt 200 tỷ đồng, tăng 4,1%."
    assert figures(same)[3] == (4.1, "pct", "yoy_pct")


def test_a_percentage_right_after_a_growth_rates_name_is_the_growth() -> None:
    assert figures("Năm 2021, tỉnh đạt tốc độ tăng trưởng kinh tế 7,5%.") == [(7.5, "pct", "yoy_pct")]
    assert figures("Trong đó, tăng trưởng cao nhất là khu vực dịch vụ 8,1%.") == [(8.1, "pct", "yoy_pct")]
    assert figures("Tỷ lệ hộ nghèo còn 4,2%.") == [(4.2, "pct", "level")]


def test_equal_to_a_plan_before_a_growth_on_the_same_period() -> None:
    text = "Thu ngân sách đạt 700 tỷ đồng, bằng 31% dự toán năm và tăng 9% so với cùng kỳ."
    assert figures(text)[1:] == [(31, "pct", "plan_pct"), (9, "pct", "yoy_pct")]


def test_a_count_that_exceeded_the_plan_is_no_planned_amount() -> None:
    # "vượt (mức) kế hoạch 6/9 chỉ tiêu": the items that beat the plan, the plan word names no amount
    text = "Năm qua, phường hoàn thành vượt mức kế hoạch 6/9 chỉ tiêu kinh tế."
    assert [m for _, _, m in figures(text)] == ["level", "level"]
    assert [m for _, _, m in figures("Huyện đã vượt kế hoạch 4 chỉ tiêu về xã hội.")] == ["level"]


def test_an_ordinal_in_a_headline_written_in_capitals_is_no_figure() -> None:
    assert figures("PHƯỜNG AN BÌNH KHAI MẠC KỲ HỌP THỨ 9 HĐND PHƯỜNG KHÓA III") == []


def test_a_stretch_estimate_is_a_plan_name_not_an_aim() -> None:
    text = "Thu nội địa đạt 900 tỷ đồng, bằng 95% dự toán phấn đấu, bằng 108% so với cùng kỳ."
    assert figures(text)[1:] == [(95, "pct", "plan_pct"), (8, "pct", "yoy_pct")]


def test_the_effort_of_people_is_no_aim() -> None:
    # "nỗ lực phấn đấu của nhân dân" (the effort that got the results) does not make the next sentence a plan
    text = ("Nhờ sự nỗ lực phấn đấu của cán bộ và nhân dân, kinh tế phát triển. "
            "Giá trị sản xuất ước đạt 900 tỷ đồng, tăng 7% so với năm trước.")
    assert [metric for _, _, metric in figures(text)] == ["level", "yoy_pct"]
    # the aim itself still sets a target
    aimed = "Năm tới, huyện phấn đấu giá trị sản xuất đạt 1.000 tỷ đồng."
    assert figures(aimed)[0][2] == "target"


def test_targeted_transfers_are_not_an_aim() -> None:
    assert figures("Chi từ nguồn bổ sung có mục tiêu 150 tỷ đồng.")[0][2] == "level"


def test_plan_share_words() -> None:
    assert figures("Thu ngân sách được 386 tỷ đồng, đạt 41,5% dự toán Trung ương giao")[1][2] == "plan_pct"
    assert figures("Tổng mức bán lẻ đạt 1.889 tỷ đồng, bằng 51,05% KH.")[1] == (51.05, "pct", "plan_pct")
    assert figures("trồng được 3.038 ha, đạt 87% KH giao")[1] == (87, "pct", "plan_pct")


def test_a_plan_named_right_after_a_figure_is_its_base_not_a_later_comparison() -> None:
    text = "Thu ngân sách đạt 900 tỷ đồng, bằng 118% dự toán, tăng 22% so với cùng kỳ."
    assert figures(text)[1:] == [(118, "pct", "plan_pct"), (22, "pct", "yoy_pct")]


def test_a_bound_on_the_units_counted_is_a_threshold_not_a_fact() -> None:
    assert figures("Có 8/25 đơn vị có tỷ lệ giải ngân trên 50%; 5 đơn vị giải ngân dưới 20%.") == [
        (8, "count", "level"), (25, "count", "level"), (5, "count", "level")]
    # a share of the units counted, or a bound in a clause of its own, is a fact
    assert figures("Toàn huyện còn 1.500 hộ nghèo chiếm trên 5% tổng số hộ.")[1] == (5, "pct", "share_pct")
    assert figures("Có 120 doanh nghiệp, tăng trên 15%.")[1] == (15, "pct", "yoy_pct")


def test_exceeding_last_year_by_a_share_is_its_growth() -> None:
    assert figures("Đàn bò có 8.000 con, vượt 6,5% so với cùng kỳ.")[1] == (6.5, "pct", "yoy_pct")
    assert figures("Thu hoạch 1.200 tấn (vượt 3% so với năm trước).")[1] == (3, "pct", "yoy_pct")
    # a plan named after it stays the share of the plan
    assert figures("Trồng 900 ha, vượt 12% kế hoạch.")[1] == (112, "pct", "plan_pct")


def test_the_shots_of_a_vaccination_schedule_are_no_figures() -> None:
    assert figures("Mỗi con lợn được tiêm 2 mũi vắc-xin dịch tả.") == []
    assert figures("Đàn dê tiêm nhắc 2 lần cách nhau 1 tháng.") == []
    # the doses given in a campaign are a figure
    assert figures("Đợt này đã tiêm 52.000 liều vắc xin cho trâu, bò.") == [(52000, "count", "level")]


def test_a_bound_in_brackets_after_a_count_is_its_own_attainment() -> None:
    # the bracket notes how far the count itself went; it picks no units
    assert figures("Năm nay đã đào tạo nghề cho 4.200 người (đạt trên 110% kế hoạch).") == [
        (4200, "person", "level"), (110, "pct", "plan_pct")]
    assert figures("Cho vay 830 hộ (vượt hơn 20% chỉ tiêu giao).")[1] == (120, "pct", "plan_pct")


def test_a_fronted_base_may_be_a_year() -> None:
    text = "Xảy ra 85 vụ tai nạn, làm chết 62 người; so với năm 2023, giảm 12 vụ, giảm 5 người chết."
    assert figures(text)[2:] == [(-12, "case", "yoy_abs"), (-5, "person", "yoy_abs")]


def test_exceeding_the_plan() -> None:
    assert figures("Sản lượng đạt 500 tấn, vượt 10% kế hoạch.")[1] == (110, "pct", "plan_pct")


def test_increase_against_the_estimate_is_plan() -> None:
    assert figures("thu nội địa 200 tỷ đồng, tăng 3,42% so với dự toán")[1] == (103.42, "pct", "plan_pct")


def test_times_same_period() -> None:
    assert figures("Lượng khách gấp 3,6 lần cùng kỳ.") == [(260, "pct", "yoy_pct")]
    # "tăng 1,6 lần" says the same as "gấp 1,6 lần" in report language
    assert figures("Thu nhập bình quân đạt 58 triệu đồng, tăng 1,6 lần so với năm 2020.")[1] == (60, "pct", "yoy_pct")


def test_a_goal_that_opens_the_sentence_frames_its_list() -> None:
    text = "Mục tiêu đến năm 2030: thu nhập bình quân đạt 90 triệu đồng; tỷ lệ hộ nghèo dưới 1%."
    assert [m for _, _, m in figures(text)] == ["target", "target"]


def test_change_against_another_base() -> None:
    text = "Tổng huy động vốn đạt 15.040 tỷ đồng, tăng 4,5% so với 31/12/2023, tăng 17,7% so với cùng kỳ."
    assert [m for _, _, m in figures(text)] == ["level", "change_pct", "yoy_pct"]
    assert figures("dư nợ 3.374 tỷ đồng, tăng 2,5% so với đầu năm")[1][2] == "change_pct"


def test_share_of_a_whole() -> None:
    assert figures("dư nợ 6.428 tỷ đồng, chiếm 46% trong tổng dư nợ")[1] == (46, "pct", "share_pct")
    text = "Cơ cấu kinh tế 6 tháng đầu năm: Khu vực Nông, lâm nghiệp và thủy sản 24,5%; Khu vực Dịch vụ 56,1%."
    assert [m for _, _, m in figures(text)] == ["share_pct", "share_pct"]


def test_share_computed_from_a_ratio() -> None:
    text = "Tổng số cử tri lập danh sách: 82.273 cử tri; cho ý kiến: 81.686 cử tri, đạt 99,29%."
    assert figures(text)[-1] == (99.29, "pct", "share_pct")


def test_rate_is_a_level() -> None:
    assert figures("tỷ lệ bao phủ BHYT bằng 90,5% dân số.") == [(90.5, "pct", "level")]


def test_a_vaccination_coverage_is_a_rate_even_without_ty_le() -> None:
    # the people vaccinated reach a coverage rate, also when a label and a colon come before "đạt"
    text = "Đến cuối quý, số trẻ em đã tiêm ít nhất 02 mũi đạt 97,5%; số người được tiêm mũi nhắc lại: đạt 81,3%."
    assert [(f.value, f.metric) for f in find_figures(text)] == [(97.5, "level"), (81.3, "level")]
    # an age before "đạt" only qualifies the children counted, no amount told against a plan
    text = "Tiêm đủ mũi cho trẻ dưới 2 tuổi đạt 95,2%; trẻ 24 tháng tuổi đạt 93,4%; trẻ 1-5 tuổi đạt 90%."
    assert [(f.value, f.metric) for f in find_figures(text)] == [(95.2, "level"), (93.4, "level"), (90, "level")]
    # a bare "đạt" after an amount with no such subject keeps its plan reading
    assert figures("Sản lượng ước 56.300 tấn, đạt 54,37%.")[-1][2] in ("plan_pct", "share_pct")
    assert figures("Xã thu ngân sách 6 tỷ đồng đạt 75%.")[-1] == (75, "pct", "plan_pct")


def test_the_animals_due_for_vaccination_are_the_whole_of_a_share() -> None:
    # "diện tiêm" names the herd due for a vaccine: the rate after an amount is its share, not a plan
    text = "Đợt 1 đã tiêm cho 8.120 con lợn, đạt 64,5% diện tiêm; 2.300 con chó, đạt 48% diện tiêm phòng."
    assert [(f.value, f.metric) for f in find_figures(text)] == [
        (8120, "level"), (64.5, "share_pct"), (2300, "level"), (48, "share_pct")]


def test_absolute_change_on_same_period() -> None:
    text = "xảy ra 42 vụ tai nạn giao thông (tăng 12 vụ, giảm 03 người chết so với cùng kỳ năm 2023)."
    assert figures(text) == [(42, "case", "level"), (12, "case", "yoy_abs"), (-3, "person", "yoy_abs")]


def test_score_change_on_previous_year() -> None:
    assert figures("Chỉ số PAPI đạt 43,35/80 điểm, tăng 0,91 điểm so với năm 2022") == [
        (43.35, "point", "level"), (0.91, "point", "yoy_abs")]


# --- targets and ratios ------------------------------------------------------------------------

def test_ratio_of_done_and_planned() -> None:
    text = "Cây lương thực (lúa, ngô): Diện tích 16.581/16.687 ha, đạt 99% KH."
    assert figures(text) == [(16581, "ha", "level"), (16687, "ha", "target"), (99, "pct", "plan_pct")]


def test_a_ratio_of_a_deed_done_so_far_reads_its_b_as_the_amount_set_to_be_done() -> None:
    # "được a/b": the work done out of what it is to cover, whatever is counted
    assert figures("Bà con đã gặt được 610/900 ha lúa mùa.") == [(610, "ha", "level"), (900, "ha", "target")]
    assert figures("Tổ công tác rà soát được 40/52 hộ.")[1] == (52, "household", "target")
    # a bare "đã <verb>" before an amount of work, and the rate after it is the share of that amount attained
    assert figures("Huyện đã giải phóng mặt bằng 12,5/20 km, đạt 62,5%.") == [
        (12.5, "km", "level"), (20, "km", "target"), (62.5, "pct", "plan_pct")]
    # "mới <verb>" (only just) is the same deed short of its amount, a clause after it or not
    assert figures("Đoạn tuyến mới thi công 8,2/15 km, còn 6,8 km chưa thi công.")[1] == (15, "km", "target")
    # the amounts said again in brackets after the share the deed reached: the b is what the share is of
    assert figures("Xã đã thu hồi đất đạt 80% diện tích (tương đương 24/30 ha).")[-1] == (30, "ha", "target")
    # near-misses: cases settled out of those that arose, units that have something, and harm, stay wholes
    assert figures("Công an đã điều tra làm rõ 30/36 vụ.")[1] == (36, "case", "level")
    assert figures("Lũ làm ngập 60% diện tích (tương đương 24/40 ha).")[-1] == (40, "ha", "level")
    assert figures("Huyện đã có 20/25 xã đạt chuẩn.")[1] == (25, "count", "level")
    assert figures("Lũ đã làm ngập 300/450 ha lúa.")[1][2] == "level"


def test_there_are_a_rate_of_units_is_a_share() -> None:
    # "có X% số hộ ...": the share of the households, even after a clause on another rate
    assert figures("Thôn còn 12 hộ nghèo, chiếm tỉ lệ 2%, có 97% số hộ dùng điện lưới.")[-1] == (97, "pct", "share_pct")
    assert figures("Tỷ lệ hộ nghèo có 4%.") == [(4, "pct", "level")]


def test_ratio_with_its_unit_written_on_both_numbers() -> None:
    # "a ha/b ha": the unit said twice does not split the ratio into two levels
    assert figures("Vụ mùa gieo cấy 410 ha/450 ha kế hoạch.") == [(410, "ha", "level"), (450, "ha", "target")]
    assert figures("Sản lượng cá đạt 12 tấn/15 tấn theo chỉ tiêu.") == [(12, "tonne", "level"), (15, "tonne", "target")]
    # (the b's thousands grouped by spaces, as a compressed line writes them)
    assert figures("Vụ mùa gieo cấy 1 180 ha/1 250 ha KH.") == [(1180, "ha", "level"), (1250, "ha", "target")]


def test_the_noun_a_ratio_counts_is_not_its_plan() -> None:
    # "chỉ tiêu" here is what is counted, not a plan the ratio is read against
    assert figures("Xã hoàn thành 9 chỉ tiêu/11 chỉ tiêu kinh tế.") == [(9, "count", "level"), (11, "count", "level")]
    # nor when the plan is named after it: the plan is each item's, the b is all the items
    assert figures("Xã hoàn thành 9/11 chỉ tiêu so với kế hoạch.")[1] == (11, "count", "level")


def test_a_ratio_whose_b_is_below_its_a_reads_b_as_the_plan() -> None:
    # a part never exceeds its whole: "a/b" with b < a is done against planned, plan word or not
    assert figures("Vụ thu trồng ngô 52/48 ha.") == [(52, "ha", "level"), (48, "ha", "target")]
    # a b not below its a, with no plan word, stays the whole the a is part of
    assert figures("Vụ thu trồng ngô 30/48 ha.") == [(30, "ha", "level"), (48, "ha", "level")]
    # two amounts compared side by side are two levels, whichever is larger
    assert figures("Năng suất lúa của xã cao hơn của huyện (58/52 tạ/ha).") == [
        (58, "quintal_per_ha", "level"), (52, "quintal_per_ha", "level")]


def test_a_ratio_is_read_as_done_against_planned_by_what_is_said_around_it() -> None:
    # a rate equal to a/b, read against the plan in the sentence after the ratio: the b is the plan
    assert figures("Khoai lang 28/30 ha. Bằng 93,3% so với kế hoạch.") == [
        (28, "ha", "level"), (30, "ha", "target"), (93.3, "pct", "plan_pct")]
    # the same rate with no plan named stays a part of its whole
    assert figures("Khoai lang 28/30 ha, chiếm 93,3%.")[1] == (30, "ha", "level")
    # a rate above 100 % after a ratio read as done/planned is the share of the plan attained
    assert figures("Tiêm vắc xin cho đàn lợn: 450/400 con = 112,5%.")[2] == (112.5, "pct", "plan_pct")
    # ratios listed one after another in one unit are read alike: one whose b is below its a shows the b's
    # are all plans
    assert [m for _, _, m in figures("Vụ thu: khoai 12/10 ha. Lạc 20/20 ha. Đỗ 8/9 ha.")] == [
        "level", "target", "level", "target", "level", "target"]
    # a list with no such ratio keeps its wholes
    assert [m for _, _, m in figures("Vụ thu: khoai 10/12 ha. Đỗ 8/9 ha.")] == ["level"] * 4


def test_an_estimate_right_before_a_figure_expected_this_season_is_a_level() -> None:
    # "dự kiến ... ước đạt": the outturn estimated for the season now ending, not a goal
    assert figures("Vụ thu 90 ha, dự kiến năng suất bình quân ước đạt 48 tạ/ha.")[1] == (48, "quintal_per_ha", "level")
    # with a year or a goal word in the sentence, the expected figure stays a target
    assert figures("Năm 2026 dự kiến năng suất ước đạt 50 tạ/ha.")[0][2] == "target"
    assert figures("Theo kế hoạch, dự kiến sản lượng ước đạt 900 tấn.")[0][2] == "target"


def test_the_many_among_which_some_are_counted_is_a_figure() -> None:
    # "trong số 30 xã" is not the number of a document or an item ("số 30")
    assert figures("Trong số 30 xã của huyện, có 12 xã đạt chuẩn.") == [(30, "count", "level"), (12, "count", "level")]


def test_a_price_per_unit_is_no_ratio() -> None:
    # money over a quantity is a price: the unit after the slash is another one
    assert all(metric != "target" for _, _, metric in figures("Giá bán 9.000 đồng/1 kg theo kế hoạch."))


def test_ratio_of_part_and_whole_without_plan() -> None:
    assert figures("duy trì cơ sở dữ liệu đất đai tại 06/08 huyện, thành phố.") == [
        (6, "count", "level"), (8, "count", "level")]


def test_the_targets_a_congress_sets_after_a_clause_of_its_own_are_targets() -> None:
    text = ("Với phương châm: “Đoàn kết - Đổi mới”, nhiệm kỳ 2025-2030, Đảng bộ xã đề ra 10 chỉ tiêu cụ thể: "
            "tỷ lệ trẻ em suy dinh dưỡng còn 12%; tỷ lệ hộ dùng nước sạch đạt 98%.")
    assert [m for _, _, m in figures(text)] == ["level", "target", "target"]  # (the count of targets is a level)
    # a review's "14/14 chỉ tiêu đề ra" sets nothing
    assert figures("Năm 2024, xã đạt 14/14 chỉ tiêu đề ra: tỷ lệ hộ dùng nước sạch đạt 98%.")[-1][2] != "target"


def test_the_targets_a_meeting_adopted_then_given_one_by_one_are_targets() -> None:
    text = ("Đại hội đã thông qua 15 chỉ tiêu nhiệm kỳ 2025-2030. Cụ thể, thu nhập bình quân đến năm 2030 đạt "
            "80 triệu đồng/người/năm; tỷ lệ hộ dùng nước sạch đạt 99%.")
    assert [m for _, _, m in figures(text)] == ["level", "target", "target"]
    # the results of a year reviewed, given one by one, are no targets
    done = "Năm 2024, xã hoàn thành 15 chỉ tiêu. Cụ thể, thu nhập bình quân đạt 60 triệu đồng; tỷ lệ BHYT đạt 95%."
    assert "target" not in [m for _, _, m in figures(done)]


def test_targets_set_for_the_future() -> None:
    assert figures("Chỉ tiêu giao trồng rừng năm 2024 là 140 ha")[0] == (140, "ha", "target")
    assert figures("đặt mục tiêu tăng trưởng kinh tế năm 2025 đạt trên 8,5%")[0] == (8.5, "pct", "target")
    fig = one("phấn đấu đạt trên 8,5%", "8,5")
    assert (fig.metric, fig.qualifier) == ("target", "over")
    # an aim that opens a sentence (capitalised after the sentence before) runs on past its ";"
    aims = ("Năm tới, huyện tập trung cho sản xuất. Phấn đấu giá trị nông nghiệp đạt 410 tỷ đồng; "
            "giá trị công nghiệp đạt 260 tỷ đồng.")
    assert [m for _, _, m in figures(aims)] == ["target", "target"]


def test_the_part_of_a_planned_whole_is_planned_too() -> None:
    # the whole's clause opens with the plan's word; its part after "trong đó" is a target as well
    planned = "Chỉ tiêu năm 2026 của huyện là đào tạo nghề cho 4.500 người, trong đó nghề nông nghiệp 1.200 người."
    assert [m for _, _, m in figures(planned)] == ["target", "target"]
    # a part of what was done stays a level
    done = "Năm 2025 huyện đã đào tạo nghề cho 4.500 người, trong đó nghề nông nghiệp 1.200 người."
    assert [m for _, _, m in figures(done)] == ["level", "level"]


# --- numbers that are not facts ----------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Quyết định số 2199/QĐ-UBND ngày 10/12/2024 về việc giao chỉ tiêu",
        "thực hiện Nghị quyết 18-NQ/TU ngày 12/8/2021 của Tỉnh ủy",
        "Nghị định số 45/2021/NĐ-CP",
        "kỳ họp thứ 8, HĐND thành phố khóa VII, nhiệm kỳ 2021-2026",
        "kỷ niệm 125 năm ngày thành lập tỉnh Bắc Kạn (11/4/1900 - 11/4/2025)",
        "kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025",
        "trong 6 tháng đầu năm 2024",
        "mô hình chính quyền địa phương 2 cấp",
        "điều chỉnh cục bộ quy hoạch chi tiết tỷ lệ 1/500",
        "Khu dân cư Đức Xuân 4, thành phố Bắc Kạn",
        "sản phẩm OCOP 3 sao",
        "Chương trình 135",
        "thôn đặc biệt khó khăn thuộc vùng 135",
        "trẻ 6 tuổi vào lớp 1",
        "đến ngày 17/6/2024",
    ],
)
def test_not_facts(text: str) -> None:
    assert figures(text) == []


def test_five_spelled_before_an_animal_is_a_count_but_a_year_of_an_animal_is_not() -> None:
    assert [f[0] for f in figures("lũ cuốn trôi năm con bò của hộ dân")] == [5]
    assert figures("đón năm con Rồng") == []


def test_the_weight_of_one_animal_is_not_a_figure_but_a_tonnage_is() -> None:
    assert figures("con bò còn lại nặng hơn 2 tạ") == []
    assert [f for f in figures("lợn nái nặng chừng 180kg bị lũ cuốn") if f[1] == "tonne"] == []
    assert figures("sản lượng thịt hơi đạt 2.500 tấn") == [(2500, "tonne", "level")]


def test_heading_numbers_are_not_facts_but_paragraph_counts_are() -> None:
    assert figures("2.3. Phát triển nông nghiệp") == []
    assert figures("08 trường Mầm non, 06 trường Tiểu học") == [(8, "count", "level"), (6, "count", "level")]


def test_rank_is_a_fact_but_the_63_provinces_are_not() -> None:
    assert figures("xếp thứ 57/63 tỉnh, thành phố") == [(57, "count", "level")]


def test_score_scale_is_not_a_target() -> None:
    assert figures("Chỉ số CCHC (PARINDEX) đạt 84,24/100 điểm") == [(84.24, "point", "level")]


def test_counted_nouns_become_count_units() -> None:
    fig = one("ban hành 85 quyết định xử phạt", "85")
    assert (fig.unit, fig.unit_label) == ("count", "quyết định")


def test_bare_counts_after_a_label_or_colon() -> None:
    assert figures("366 biên chế (thuộc sở, ngành: 55, thuộc UBND cấp huyện: 304)")[1:] == [
        (55, "count", "level"), (304, "count", "level")]
    assert figures("tổng số ca phẫu thuật 3.111; tổng số ca thủ thuật 92.450 ca.") == [
        (3111, "count", "level"), (92450, "count", "level")]


def test_a_bare_number_with_no_label_is_not_a_fact() -> None:
    assert figures("tại Khu tái định cư số 2, thôn Nà Pài.") == []


def test_a_water_level_in_centimetres_is_no_figure() -> None:
    # how far a river stands above an alarm mark, or how deep water stands, told in centimetres
    text = "Mực nước sông Ba tại Củng Sơn lúc 7 giờ ở mức trên báo động III là 50cm; lũ làm 3 nhà bị sập."
    assert [f.value for f in find_figures(text)] == [3]
    assert [f.value for f in find_figures("Nhiều tuyến đường ngập sâu 40cm, 12 nhà bị ngập.")] == [12]


def test_a_hamlet_whose_name_ends_on_a_number_is_no_figure() -> None:
    # "bản Huổi Lếch 2": the number is the hamlet's name when a verb or the next unit follows it
    assert [f.value for f in find_figures("Đêm qua, tại bản Huổi Lếch 2 xảy ra lũ ống làm 5 nhà bị cuốn trôi.")] == [5]
    assert [f.value for f in find_figures("Người dân thôn Khe Cát 1, xã Hòa Sơn có 6 nhà bị ngập.")] == [6]
    # a count right after a hamlet's name, with its noun, is a figure
    assert [f.value for f in find_figures("Lũ làm thôn Khe Cát 7 nhà bị ngập.")] == [7]


def test_ratio_with_computed_percentage() -> None:
    assert figures("kết quả: 57/66 = 86,4% cơ sở đạt VSATTP") == [
        (57, "count", "level"), (66, "count", "level"), (86.4, "pct", "share_pct")]


def test_range_low_end_takes_the_unit_of_the_high_end() -> None:
    assert figures("lãi suất phổ biến ở mức 5-8,5%/năm") == [(5, "pct", "level"), (8.5, "pct", "level")]


def test_capitalised_document_kinds_are_counted() -> None:
    assert figures("trong đó có 1.342 Quyết định, 04 Chỉ thị, 209 Kế hoạch") == [
        (1342, "count", "level"), (4, "count", "level"), (209, "count", "level")]


def test_the_rate_a_count_fell_from_is_the_rate_itself() -> None:
    # "giảm từ A hộ, chiếm X% xuống còn B hộ, chiếm Y%": X is the rate before, as Y is the rate after
    text = "Số hộ nghèo toàn xã giảm từ 410 hộ, chiếm 8,3% xuống còn 295 hộ, chiếm 5,9%."
    assert [f for f in figures(text) if f[1] == "pct"] == [(8.3, "pct", "level"), (5.9, "pct", "level")]
    # a share that names its whole stays a share
    assert figures("Khu vực dịch vụ chiếm 40% GRDP, tăng lên so với năm trước.")[0] == (40, "pct", "share_pct")


def test_share_with_its_whole_vs_a_bare_rate() -> None:
    assert figures("128 tỷ đồng, chiếm 0,92% trong tổng dư nợ.")[1] == (0.92, "pct", "share_pct")
    assert figures("rà soát cho 241 hộ nghèo, chiếm 1,96%; 121 hộ cận nghèo")[1] == (1.96, "pct", "level")
    assert figures("là 189/257 chiếm 73,54% (DVCTT toàn trình là 150/189, chiếm 80% DVCTT)")[2:4:1][0] == (
        73.54, "pct", "level")
    assert figures("(DVCTT toàn trình là 62/75 chiếm 83%; DVCTT một phần 13/75 chiếm 17%)")[2] == (
        83, "pct", "share_pct")


def test_numbers_written_as_words() -> None:
    assert figures("Mưa lũ làm năm người chết, hai người bị thương, sập ba ngôi nhà.") == [
        (5, "person", "level"), (2, "person", "level"), (3, "house", "level")]
    assert figures("Hai điểm trường bị hư hỏng.") == [(2, "count", "level")]


@pytest.mark.parametrize("text", ["Trong năm người dân được hỗ trợ", "một số hộ dân", "một trong những",
                                  "phấn đấu ở mức hai con số"])
def test_number_words_that_are_not_numbers(text: str) -> None:
    assert figures(text) == []


def test_a_photo_caption_opening_with_one_names_no_count() -> None:
    # "Một ngôi nhà ..." opening a caption is "a house"; after the damage ("làm sập một nhà") it is one
    assert figures("Một căn nhà ở thôn B bị gió làm tốc mái. Ảnh: T.H") == []
    assert figures("Lốc làm tốc mái 4 nhà.  Một ngôi nhà ở xã C bị hư hỏng – Ảnh: T.H") == [(4, "house", "level")]
    assert figures("Mưa đá làm sập một nhà dân ở xã D. Ảnh: T.H") == [(1, "house", "level")]


def test_a_breakdown_of_a_structure_named_before_lists_shares() -> None:
    text = "Cơ cấu kinh tế năm nay: dịch vụ 41%. Trong đó thương mại 12%; du lịch chiếm 9,5%; vận tải 6%."
    assert [f[2] for f in figures(text)] == ["share_pct"] * 4


def test_a_second_rank_without_its_verb_is_a_rank_but_other_ordinals_are_not() -> None:
    text = "Chỉ số PCI năm nay xếp thứ 12 cả nước và thứ 2 trong vùng."
    assert [(f.token, f.unit_label) for f in find_figures(text)] == [("12", "thứ"), ("2", "thứ")]
    assert figures("Lớp học buổi thứ 2 và thứ 5 có 30 học viên.") == [(30, "person", "level")]
    # the second rank may follow a comma instead of "và"
    text = "Tỷ lệ giải ngân của huyện đứng thứ 4 toàn tỉnh, thứ 1 trong cụm thi đua."
    assert [(f.token, f.unit_label) for f in find_figures(text)] == [("4", "thứ"), ("1", "thứ")]
    assert figures("Ca trực thứ 2, thứ 3 có 12 cán bộ.") == [(12, "person", "level")]


def test_the_number_ending_a_works_name_is_no_figure() -> None:
    assert figures("Khánh thành cầu Bến Lức 3 nối đôi bờ sông, vốn 120 tỷ đồng.") == [(120e9, "VND", "level")]
    assert figures("Nhà máy thủy điện Nậm Chiến 2 có vốn 2.000 tỷ đồng.") == [(2000e9, "VND", "level")]


def test_a_multiple_of_the_year_named_right_after_it_is_growth() -> None:
    assert figures("Thu ngân sách năm 2023 đạt 800 tỷ đồng, gấp 1,5 lần năm 2022.")[1] == (50, "pct", "yoy_pct")


def test_growth_expected_for_the_year_against_the_last_is_growth_but_an_aim_stays_a_target() -> None:
    assert figures("Ngành nông nghiệp dự kiến tăng khoảng 3% so với năm 2022.") == [(3, "pct", "yoy_pct")]
    assert figures("Mục tiêu năm 2025: dự kiến tăng 7% so với năm 2024.") == [(7, "pct", "target")]


def test_the_value_a_rate_fell_to_is_a_level() -> None:
    assert figures("Tỷ lệ hộ nghèo giảm còn 5,2%.") == [(5.2, "pct", "level")]
    assert figures("tỷ lệ giảm xuống còn 3%") == [(3, "pct", "level")]


def test_percentage_points_are_an_absolute_change() -> None:
    assert figures("Tỷ lệ hộ nghèo giảm 0,5 điểm phần trăm so với cùng kỳ") == [(-0.5, "pct", "yoy_abs")]


def test_thousands_of_a_unit() -> None:
    assert figures("Sản lượng lương thực ước đạt 180,5 nghìn tấn.") == [(180500, "tonne", "level")]
    assert figures("Tổng đàn trâu 45,2 nghìn con, giảm 2,1%.") == [(45200, "head", "level"), (-2.1, "pct", "yoy_pct")]


def test_durations_are_not_counts() -> None:
    assert figures("Thời gian thực hiện (dự kiến): 400 ngày.") == []


def test_an_unnamed_ratio_still_counts() -> None:
    assert figures("DVCTT một phần 39/189 chiếm 20%).")[:2] == [(39, "count", "level"), (189, "count", "level")]


def test_times_of_day_and_day_ranges_are_not_figures() -> None:
    # a bulletin dates its window by hour and day; only the counts after it are figures
    assert [f.token for f in find_figures("Từ 20h ngày 3/8 đến 7h sáng 4/8, mưa lớn làm 6 nhà bị ngập.")] == ["6"]
    assert [f.token for f in find_figures("Tính đến 17 giờ ngày 15/10, 2 người mất tích.")] == ["2"]
    assert [f.token for f in find_figures("Đợt mưa từ ngày 5-7/11 làm 14 ha lúa bị ngập.")] == ["14"]


def test_a_date_with_a_two_digit_year_is_no_figure() -> None:
    # D/M/YY is a day, its month and the year's last two digits, after a base word or a day word alike
    assert [f.token for f in find_figures("Vốn vay đạt 300 tỷ đồng, tăng 2,5% so với 31/12/24.")] == ["300", "2,5"]
    assert [f.token for f in find_figures("Ngày 4/7/27 huyện nhận 25 tấn muối.")] == ["25"]
    assert [f.token for f in find_figures("Tính đến 15/9/27 có 8 xã hoàn thành.")] == ["8"]
    # (a ratio of two counts stays two counts)
    assert [f.token for f in find_figures("Có 7/12 xã đạt chuẩn.")] == ["7", "12"]


# --- news and bulletins: debris, weather, ranks --------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "date 2023-07-04 Ban Chỉ huy tỉnh cho biết",
        "từ 2h ngày 5/8 đến 14h30 ngày 6/8, trời mưa",
        "Kinh tế - 12/03 09:45 Theo Sở Tài chính",
        "lượng mưa phổ biến 40-120mm, có nơi trên 210 mm",
        "trong đó ngập sâu trên 1m là",  # the depth qualifies the houses counted after it
        "lúa bị ngập sâu 0,5 - 1 m",
        "Tính đến ngày 31.3, số liệu cập nhật; kéo dài đến hết tháng 2.2025",
        "thông xe vào sáng 14-11",
        "sạt lở tại Km125+300",
        "kè sông đoạn Km12+100 - K12+350 bị sụt",  # a chainage written with its K alone
        "mưa từ đêm 14 rạng sáng ngày 15/9",  # the night's day, its morning's date after it
        "đêm 3 đến rạng sáng 4/10 có dông",
        "lũ ống xảy ra đêm 9 rạng ngày 10/7 tại bản",  # the night into the next day, said without "sáng"
        "chỉ qua 1 đêm nước đã lên tới mái",  # how long it took
        "sau 2 đêm mưa liên tục, đường bị chia cắt",
        "ở bản Huổi Lụ 2 xã Pa Ham bị lũ",  # a hamlet's number before its commune, no comma between
        "lực lượng trực 24/24 giờ",
        "các chốt canh gác 24/24h ở đầu cầu tràn",  # "h" written on the second 24
        "dịp lễ Quốc khánh 2/9 năm nay",
        "Ảnh 2: Lãnh đạo tỉnh kiểm tra",
        "dự án thành phần 2 do Bộ làm chủ quản",
        "đường vành đai 5 vùng Thủ đô",  # numbers that are part of a name
        "Vành đai 4 vùng Thủ đô đã thông xe toàn tuyến",  # (capital: opening a sentence or a name)
        "Đường tỉnh 391 đoạn qua xã Tân Hòa bị sạt",  # a provincial road's number, capital opening a sentence
        "Gói thầu XL-03 hoàn thành trước Tết",  # a bid package's code
        "gói thầu XL-12 vượt tiến độ",
        "tổng mức đầu tư giai đoạn 1 là",
        "Trường THPT chuyên (cơ sở 2) được",
        "đêm qua trên đỉnh núi chỉ còn -2,5 độ C",  # weather: temperatures
        "ban ngày trời ấm hơn, khoảng 20-23 độ C",
        "thủy điện Sơn La xả lũ qua 3 cửa xả đáy với lưu lượng 4.500 m3/s",  # a reservoir's flow and gates
        "lưu lượng về hồ khoảng 2.000 - 2.600 m³/s",
        "khoảng 5 chiều qua mưa đá bắt đầu rơi",  # a clock time without "giờ"
        "không khí lạnh tầng cao từ mức 3.000m - 4.500m",  # a band of altitudes
        "sau đại dịch Covid - 19 bùng phát",  # a disease's name
        "ruộng nhà anh rộng (1 công = 1.000 m2)",  # a land unit's definition
        "đây là trường lớn nhất trong 9 trường của huyện",  # the set a superlative picks from
        "nhà máy đầu tiên trong tổng số 4 nhà máy",
        "sạt lở trên các tuyến quốc lộ 6 và 279B.",  # a list of road numbers
        "vườn cam bị thiệt hại từ 40 - 60%",  # the degree of a damage qualifies what was damaged
        "mái nhà bị hư hỏng khoảng 25%",
        "mức hỗ trợ cao hơn cho nhà bị thiệt hại nặng, trên 50-70%",  # set off by a comma
        "nhiều mái nhà bị tốc mái từ 20% đến 40%",  # bounded in words
        "nhiều ngầm tràn bị ngập sâu đến 2,5m",  # a depth, however it is bounded
        "nước dâng cao (có nơi trên 2m) tại khu chợ",
        "khởi công khu nhà ở cao 15 tầng",  # a building's height describes it
        "ảnh-hien-truong-3a.jpg",  # an image's file name
        "khám bệnh tại Cơ sở 3 Bệnh viện tỉnh",  # a name, capitalised
        "tuyến đường khu phố 12/3 phường Bắc Sơn",  # a name carrying a slash
        "Sở Nông nghiê%3ḅp tỉnh Ninh Thuâ%3ḅn cho biết",  # a garbled letter
    ],
)
def test_news_debris_and_weather_are_not_facts(text: str) -> None:
    assert figures(text) == []


def test_a_count_after_a_road_number_is_still_a_count() -> None:
    assert figures("Mưa lũ làm hư hỏng quốc lộ 37 và 3 cầu tràn.") == [(3, "count", "level")]
    assert figures("Đường tỉnh 391 có 2 cầu tràn bị hư hỏng.") == [(2, "count", "level")]
    # (a package's code is no figure; the length of what it builds still is)
    assert figures("Gói thầu XL-07 dài 5,2 km.") == [(5.2, "km", "level")]


def test_exceeding_the_plan_some_times_is_a_plan_share() -> None:
    assert figures("Thu tiền sử dụng đất đạt 900 tỷ đồng, vượt 1,8 lần kế hoạch năm.")[1] == (180, "pct", "plan_pct")


def test_spots_counted_again_in_a_change_are_a_count() -> None:
    assert figures("Năm nay có 31 điểm ngập úng, tăng 9 điểm so với năm trước.")[1] == (9, "count", "yoy_abs")
    # the spots the subject counts, without a count of them before ("Số điểm ... tăng 7 điểm")
    assert figures("Số điểm ngập úng cục bộ tăng 7 điểm.") == [(7, "count", "yoy_abs")]
    # near-miss: a subject of a score ("số điểm đạt được") stays in points
    assert figures("Số điểm đạt được tăng 7 điểm.") == [(7, "point", "yoy_abs")]
    # a score's points stay points
    assert figures("Chỉ số PAPI đạt 44,1 điểm, tăng 1,2 điểm so với năm trước.")[1][1] == "point"


def test_the_largest_share_is_a_share() -> None:
    assert figures("Trong cơ cấu, dịch vụ chiếm tỷ trọng lớn nhất với 61,3%.") == [(61.3, "pct", "share_pct")]


def test_the_days_of_an_average_stay_are_counted() -> None:
    assert figures("Thời gian lưu trú trung bình đạt 1,8 ngày.") == [(1.8, "count", "level")]
    assert one("Thời gian lưu trú trung bình đạt 1,8 ngày.", "1,8").unit_label == "ngày"
    assert figures("Hội chợ kéo dài 5 ngày.") == []  # a duration is no fact


def test_days_per_guest_are_a_stay_whatever_comes_before() -> None:
    text = "Khách nghỉ bình quân trong quý là 2,4 ngày/lượt; riêng khách quốc tế 3,1 ngày/khách."
    assert figures(text) == [(2.4, "count", "level"), (3.1, "count", "level")]


def test_price_groups_counted_in_words() -> None:
    assert [(f.token, f.value, f.unit) for f in find_figures("Ba nhóm may mặc, giáo dục, văn hóa giữ giá.")] == [
        ("Ba", 3, "count")]


def test_boats_and_bridges_counted_in_words() -> None:
    # a number word before a boat or a bridge counts it; "một" only right after the damage
    assert [(f.token, f.value, f.unit) for f in find_figures("Gió mạnh làm chìm ba thuyền đánh cá.")] == [
        ("ba", 3, "count")]
    assert [(f.token, f.unit_label) for f in find_figures("Nước lũ cuốn trôi một cầu treo dân sinh.")] == [
        ("một", "cầu")]
    assert find_figures("Cây cầu là một cầu nối giữa hai bờ; một tàu du lịch ghé bến.") == []
    assert find_figures("Đội bóng có hai cầu thủ dự bị.") == []


def test_a_part_of_day_before_a_count_noun_is_still_a_count() -> None:
    # "sáng kiến" (initiatives) is counted; only "7 sáng nay" is a clock time
    assert figures("Hội nghị công nhận 9 sáng kiến cấp tỉnh.") == [(9, "count", "level")]


def test_a_ratio_of_people_is_not_a_date() -> None:
    assert figures("có 04/04 giáo viên đạt giải") == [(4, "person", "level"), (4, "person", "level")]


def test_ranks_are_counts_labelled_thu_without_their_denominator() -> None:
    text = "quy mô xếp vị thứ 21/63 tỉnh; xếp vị trí 4/14 tỉnh trong vùng, đứng thứ 2/5 tỉnh"
    found = find_figures(text)
    assert [(f.value, f.unit, f.unit_label, f.metric) for f in found] == [
        (21, "count", "thứ", "level"), (4, "count", "thứ", "level"), (2, "count", "thứ", "level")]
    assert figures("trở thành địa phương thứ 9 cả nước tự cân đối ngân sách") == [(9, "count", "level")]


def test_a_minus_sign_against_the_digits_is_a_negative_value() -> None:
    assert figures("lợi nhuận đạt 5 tỷ đồng (cùng kỳ lỗ -12 tỷ đồng)") == [
        (5e9, "VND", "level"), (-12e9, "VND", "level")]
    assert figures("giá dao động 5-8 triệu đồng") == [(5e6, "VND", "level"), (8e6, "VND", "level")]


# --- comparisons, shares and progress as news phrase them -----------------------------------------

def test_the_first_base_after_a_change_is_its_own() -> None:
    text = "Doanh thu ước đạt 900 tỷ đồng, tăng 3% so với tháng trước và tăng 11% so với cùng kỳ năm trước."
    assert figures(text)[1:] == [(3, "pct", "change_pct"), (11, "pct", "yoy_pct")]


def test_a_month_of_an_earlier_year_is_the_same_period() -> None:
    assert figures("Chỉ số sản xuất tăng 7,2% so với tháng 5/2022.") == [(7.2, "pct", "yoy_pct")]
    assert figures("Kim ngạch giảm 12% so với cùng kỳ tháng trước.") == [(-12, "pct", "change_pct")]


def test_the_season_before_is_another_base() -> None:
    # the crop season before this one is not the same season a year before
    assert figures("Diện tích lúa vụ mùa đạt 8.000ha, tăng 5% so với vụ trước.")[1:] == [(5, "pct", "change_pct")]
    assert figures("Sản lượng ngô giảm 3% so vụ trước.") == [(-3, "pct", "change_pct")]
    assert figures("Năng suất lúa tăng 2% so với cùng vụ năm trước.") == [(2, "pct", "yoy_pct")]


def test_a_congress_attendance_opening_its_paragraph_is_no_figure() -> None:
    # the guests listed with semicolons, no full stop before the count: the sentence opens the paragraph
    text = ("Dự và chỉ đạo đại hội có các đồng chí: Lê Văn Nam - Giám đốc Sở; Hà Thị Lan, "
            "cùng 150 đại biểu đại diện cho 600 đảng viên.")
    assert figures(text) == []


def test_a_population_is_no_numbered_thing() -> None:
    # "dân số 15.200 người" is the people of the place, not a "số N" that names something
    assert figures("Xã mới có dân số 15.200 người.") == [(15200, "person", "level")]
    assert figures("Nhà số 12 được sửa chữa.") == []


def test_the_seats_of_a_party_body_are_no_figure() -> None:
    assert figures("Ban Chấp hành Đảng bộ xã khóa mới gồm 21 đồng chí.") == []
    # troops counted as comrades stay a figure
    assert figures("Buổi diễn tập có quân số 45 đồng chí tham gia.") == [(45, "person", "level")]


def test_the_delegates_a_congress_elects_and_who_the_seats_are_are_no_figure() -> None:
    assert figures("Đại hội bầu 9 đại biểu đi dự Đại hội Hội Cựu chiến binh cấp trên.") == []
    assert figures("Đại hội đã bầu Đoàn đại biểu đi dự Đại hội cấp trên gồm 7 đại biểu chính thức và "
                   "02 đại biểu dự khuyết.") == []
    assert figures("Ban Chấp hành khóa mới gồm 15 đồng chí, trong đó có 6 nữ; Hội có 940 hội viên.") == [
        (940, "person", "level")]
    # delegates who came stay skipped by the attendance rule; people chosen for a work stay figures
    assert figures("Xã đã bầu 12 tổ trưởng tổ tự quản.") == [(12, "count", "level")]


def test_the_communes_a_new_one_was_merged_from_are_no_figure() -> None:
    assert figures("Xã được thành lập trên cơ sở sáp nhập từ 3 xã: Đông, Tây và Nam.") == []


def test_a_change_verb_written_before_its_measure() -> None:
    # "giảm diện tích trồng mì 10,4%": the fall of that area, the verb before the measure's words
    assert figures("Cây rau giảm 2% (do giảm diện tích trồng mì 10,4%).") == [
        (-2, "pct", "yoy_pct"), (-10.4, "pct", "yoy_pct")]
    assert figures("Năm nay tăng sản lượng cá nuôi 5% so với tháng trước.") == [(5, "pct", "change_pct")]


def test_the_b_of_an_amount_of_money_is_its_plan() -> None:
    # money has no whole of parts to count: the b of a/b is the amount planned (a space may follow "/")
    assert figures("Thu nhập bình quân đạt 42,5/45 triệu đồng.") == [(42.5e6, "VND", "level"), (45e6, "VND", "target")]
    assert figures("Giá trị sản xuất đạt 1.200/ 1.350 tỷ đồng.")[1] == (1.35e12, "VND", "target")
    assert figures("Có 6/9 xã đạt chuẩn nông thôn mới.")[1] == (9, "count", "level")


def test_the_figures_a_resolution_sets_with_its_targets_are_targets() -> None:
    text = ("HĐND xã thông qua Nghị quyết về nhiệm vụ quý IV với 12 chỉ tiêu chủ yếu là: thu nhập bình quân "
            "đạt 65 triệu đồng; giải quyết việc làm cho 300 lao động.")
    assert [f for f in figures(text) if f[2] == "target"] == [(65e6, "VND", "target"), (300, "person", "target")]
    # a review that reached its targets reports results
    review = "Năm qua, xã đạt 12/14 chỉ tiêu: thu nhập bình quân đạt 65 triệu đồng."
    assert (65e6, "VND", "level") in figures(review)


def test_percent_of_plan_without_voi() -> None:
    assert figures("đạt 64% so kế hoạch năm")[0] == (64, "pct", "plan_pct")


def test_a_scenario_is_a_target() -> None:
    assert figures("kịch bản tăng trưởng quý II là 9%") == [(9, "pct", "target")]


def test_a_plus_that_marks_a_lists_item_is_no_sign() -> None:
    # "+ 100% xã …" under an aims lead is a target as with "-"; under a plain lead a level, no change
    aims = "Chỉ tiêu phấn đấu đến năm 2027:\n+ 98% hộ gia đình dùng nước sạch;\n+ 60% trường học đạt chuẩn."
    assert [(f.value, f.metric) for f in find_figures(aims)] == [(98.0, "target"), (60.0, "target")]
    done = "Kết quả đạt được năm 2026:\n+ 87% thôn có nhà văn hóa;\n+ 92% hộ dùng điện lưới."
    assert [(f.value, f.metric) for f in find_figures(done)] == [(87.0, "level"), (92.0, "level")]
    # near miss: a sign glued to the number, or after a sector's colon, still says a change
    assert figures("Tăng trưởng các khu vực:\n+ Thủy sản: + 4,4%;\n+ Xây dựng: +9,6%.") == [
        (4.4, "pct", "yoy_pct"), (9.6, "pct", "yoy_pct")]


def test_a_signed_percent_in_brackets_repeats_the_change() -> None:
    # (the 300 is a change in amount on another base: the level the gold files it as, as "tăng 300 tỷ đồng so với
    # đầu năm" is, on the month before as on the year's start)
    assert figures("so với đầu năm tăng 300 tỷ đồng (+4,1%).") == [(300e9, "VND", "level"), (4.1, "pct", "change_pct")]
    assert figures("so với tháng trước tăng 300 tỷ đồng (+4,1%).") == [(300e9, "VND", "level"),
                                                                      (4.1, "pct", "change_pct")]
    assert figures("so với cùng kỳ giảm 20 tỷ đồng (-2,5%).")[1] == (-2.5, "pct", "yoy_pct")


def test_shares_in_a_sentence_about_the_structure() -> None:
    text = "Tỷ trọng khu vực dịch vụ chiếm 40,1%, khu vực nông nghiệp chiếm 20,2%."
    assert figures(text) == [(40.1, "pct", "share_pct"), (20.2, "pct", "share_pct")]


def test_reaching_a_percent_of_a_whole_is_a_share() -> None:
    assert figures("đã thu hoạch 800 ha, đạt 60% diện tích gieo cấy")[1] == (60, "pct", "share_pct")


def test_work_done_reaching_a_percent_is_progress() -> None:
    assert figures("Công tác giải phóng mặt bằng đạt 85%.") == [(85, "pct", "plan_pct")]


def test_a_site_handed_over_reaching_a_percent_is_progress_whatever_work_is_named_between() -> None:
    # the work named between the deed and its rate does not change what the rate is: the site's clearing progress
    assert figures("Xã đã bàn giao mặt bằng tuyến kè sông Cầu đạt 88%.") == [(88, "pct", "plan_pct")]
    assert figures("Huyện thu hồi đất cho khu công nghiệp phía bắc đạt 70%.") == [(70, "pct", "plan_pct")]


def test_a_percent_of_the_site_handed_over_is_progress() -> None:
    assert figures("Thị trấn đã bàn giao 97,5% mặt bằng cho nhà thầu.") == [(97.5, "pct", "plan_pct")]
    # a level that prices stand at is no site
    assert figures("Giá thuê kho tăng 4% mặt bằng chung.")[0][2] != "plan_pct"


def test_an_absolute_equivalent_of_a_growth_rate() -> None:
    text = "Diện tích đạt 5.000 ha, tăng 2%, tương đương 98 ha so với cùng vụ năm trước."
    assert figures(text)[2] == (98, "ha", "yoy_abs")


def test_an_equivalent_written_as_more_is_the_absolute_change() -> None:
    text = "Quy mô kinh tế đạt 120 nghìn tỷ đồng, tăng 9%, tương đương thêm 10 nghìn tỷ đồng so với năm trước."
    assert figures(text)[2] == (10e12, "VND", "yoy_abs")


def test_hidden_markup_and_web_addresses_are_not_read() -> None:
    text = '![Ảnh: 12 dự án khởi công](https://bao.vn/anh/2024/45.jpg) Năm nay có 12 dự án khởi công'
    assert figures(text) == [(12, "count", "level")]
    assert figures('data:image/png,"s3://img/8a7/77c1" alt="Đón 150 nghìn lượt khách"') == []


def test_international_forecasts_are_not_the_provinces_figures() -> None:
    assert figures("Ngân hàng Thế giới (WB) dự báo tăng trưởng toàn cầu đạt 2,6%.") == []
    assert figures("Tổng sản phẩm trên địa bàn tăng 7,1%.") == [(7.1, "pct", "yoy_pct")]


def test_the_parts_a_road_runs_through_are_not_figures() -> None:
    assert figures("Tuyến đường dài 42 km, đi qua 4 huyện và chia làm 2 gói thầu.") == [(42, "km", "level")]
    assert figures("Toàn tỉnh có 4 huyện đạt chuẩn.") == [(4, "count", "level")]


def test_a_damage_class_in_brackets_is_not_a_fact() -> None:
    assert figures("có 40 nhà bị hư hỏng nặng (trên 70%) và 12 nhà bị tốc mái") == [
        (40, "house", "level"), (12, "house", "level")]


def test_a_fraction_before_a_capitalised_phrase_is_debris() -> None:
    assert figures("đạt 7,2% - cập nhật 16.5 Khu vực dịch vụ tăng 6%")[1:] == [(6, "pct", "yoy_pct")]
    assert figures("khai thác 120,5 ster củi") == [(120.5, "count", "level")]


def test_look_alikes_of_news_debris_that_are_facts() -> None:
    assert figures("Nhóm 1: 25 hộ, nhóm 2: 30 hộ") == [(25, "household", "level"), (30, "household", "level")]
    assert figures("giá tăng từ 5-7 triệu đồng") == [(5e6, "VND", "level"), (7e6, "VND", "level")]
    assert figures("HĐND tỉnh thông qua 25 nghị quyết") == [(25, "count", "level")]
    assert figures("sắp xếp 12 đơn vị hành chính") == [(12, "count", "level")]
    assert figures("Độ che phủ rừng đạt 73%") == [(73, "pct", "level")]
    assert [(f.unit, f.unit_label) for f in find_figures("có 50 khách sạn")] == [("count", "khách sạn")]


def test_estimates_preliminary_figures_and_breakdowns_of_an_estimate() -> None:
    assert one("Sơ bộ diện tích gieo trồng đạt 5.000 ha", "5.000").qualifier == "estimate"
    text = "Tăng trưởng kinh tế ước đạt 6,2%. Trong đó, khu vực dịch vụ tăng 7,1%."
    assert one(text, "7,1").qualifier == "estimate"
    text = "Tăng trưởng kinh tế đạt 6,2%. Trong đó, khu vực dịch vụ tăng 7,1%."
    assert one(text, "7,1").qualifier == "exact"


def test_parts_listed_line_by_line_under_an_estimated_total_are_estimates() -> None:
    # "Tổng vốn ... ước thực hiện 8.450 tỷ đồng, trong đó:" then a line per part: each part an estimate (was exact)
    head = "Vốn đầu tư phát triển ước thực hiện 6.300 tỷ đồng, trong đó:\n"
    item = "- Vốn khu vực nhà nước: 1.900 tỷ đồng;"
    assert [f.qualifier for f in find_figures(item, preceding=head)] == ["estimate"]
    # (a later part, after the parts before it ended on ";")
    assert [f.qualifier for f in find_figures("- Vốn dân cư: 3.400 tỷ đồng.",
                                              preceding=head + item + "\n")] == ["estimate"]
    # near misses: a list that a full stop ended, a total that is no estimate, a head line that is no breakdown
    assert [f.qualifier for f in find_figures("Vốn tín dụng 800 tỷ đồng.",
                                              preceding=head + "- Vốn dân cư: 3.400 tỷ đồng.\n")] == ["exact"]
    assert [f.qualifier for f in find_figures(item, preceding=head.replace("ước thực hiện", "đạt"))] == ["exact"]
    assert [f.qualifier for f in find_figures(item, preceding="Vốn ước đạt 6.300 tỷ đồng. Kết quả:\n")] == ["exact"]


def test_a_running_total_after_the_parts_of_an_estimate_is_its_own_figure() -> None:
    # "…, trong đó: đàn bò …; đàn lợn …; lũy kế quý I xuất chuồng đạt 45.000 con": no part, its own figure (was an
    # estimate)
    text = "Đàn gia cầm ước 2,1 triệu con, trong đó: đàn gà 1,6 triệu con; lũy kế 6 tháng xuất bán đạt 900.000 con."
    assert one(text, "900.000").qualifier == "exact"
    assert one(text.replace(";", ","), "900.000").qualifier == "exact"
    # near misses: the parts stay estimates
    assert one(text, "1,6").qualifier == "estimate"
    assert one("Đàn gia cầm ước 2,1 triệu con, trong đó: đàn gà 1,6 triệu con; đàn vịt 0,4 triệu con.",
               "0,4").qualifier == "estimate"


def test_a_works_share_then_points_ahead_or_behind_schedule_gives_no_percent_of_plan() -> None:
    # "đạt 62% giá trị hợp đồng, vượt 8% so với kế hoạch": 8 points ahead of the schedule's share, no 108% of plan (a
    # level named as the gap, as "vượt 8 điểm phần trăm" is)
    assert [f[:2] for f in figures("Nhà thi đấu đa năng đạt 58% giá trị hợp đồng, vượt 6% so với kế hoạch.")] == [
        (58.0, "pct"), (6.0, "pct")]
    assert one("Nhà thi đấu đa năng đạt 58% giá trị hợp đồng, vượt 6% so với kế hoạch.", "6").metric == "level"
    assert figures("Gói thầu xây lắp đạt 40% khối lượng, chậm 7% so với tiến độ.") == [(40.0, "pct", "level")]
    assert figures("Gói thầu xây lắp chậm 7% so với tiến độ.") == []
    # near misses: an amount then "vượt N% kế hoạch" stays N above the plan (FACTS: 100 + N)
    assert figures("Sản lượng cá nuôi đạt 2.150 tấn, vượt 6% so với kế hoạch.") == [
        (2150.0, "tonne", "level"), (106.0, "pct", "plan_pct")]


def test_a_growth_rates_excess_over_its_plan_is_points_named_as_the_gap() -> None:
    # a rate, then by how much it passed its planned rate: points over the plan, as "vượt 0,7 điểm phần trăm" is (a
    # level named "mức vượt mục tiêu"; it gave no row)
    assert figures("Tốc độ tăng trưởng GRDP đạt 7,45%, vượt 0,95% so với mục tiêu Nghị quyết.")[:1] == [
        (7.45, "pct", "yoy_pct")]
    assert figures("Kinh tế tăng trưởng 6,9%, vượt 0,4% kế hoạch.") == [(6.9, "pct", "yoy_pct"), (0.4, "pct", "level")]
    assert figures("Kinh tế tăng trưởng 6,9%, vượt kế hoạch 0,4%.") == [(6.9, "pct", "yoy_pct"), (0.4, "pct", "level")]
    assert one("Tăng trưởng GRDP đạt 6,1%, thấp hơn 0,9% so với kế hoạch đề ra.", "0,9").change_named == (
        "mức thấp hơn kế hoạch")
    assert figures("Chỉ số IIP tăng 11,3%, cao hơn 1,3% so với kịch bản tăng trưởng.") == [(11.3, "pct", "yoy_pct")]
    # ... also when the economy's level comes first: the plan of its growth is a rate
    assert figures("GRDP ước đạt 61.300 tỷ đồng, tăng 7,2%, vượt 0,7% so với kế hoạch.") == [
        (61300e9, "VND", "level"), (7.2, "pct", "yoy_pct"), (0.7, "pct", "level")]


def test_an_amounts_excess_over_its_plan_after_its_growth_is_a_plan_share() -> None:
    # the rate before the excess is the amount's own growth: the plan is the amount's, 100 + N of it
    assert figures("Kim ngạch nhập khẩu đạt 870 triệu USD, tăng 11,4% so với cùng kỳ, vượt 3,6% so với kế hoạch.") == [
        (870e6, "USD", "level"), (11.4, "pct", "yoy_pct"), (103.6, "pct", "plan_pct")]
    assert figures("Doanh thu dịch vụ lưu trú đạt 640 tỷ đồng, tăng 8%, cao hơn 2,5% so với kế hoạch.")[2] == (
        102.5, "pct", "plan_pct")
    # a comparative's gap on the plan of an amount, with the plan said after it or between: short of it or over
    assert figures("Sản lượng chè búp tươi đạt 95.000 tấn, thấp hơn 4% so với kế hoạch.")[1] == (
        96.0, "pct", "plan_pct")
    assert one("Sản lượng chè búp tươi đạt 95.000 tấn, cao hơn kế hoạch 4%.", "4").value == 104.0
    assert one("Sản lượng chè búp tươi đạt 95.000 tấn, cao hơn 4% so với kế hoạch.", "4").qualifier == "exact"
    # near misses: "cao hơn ... so với năm trước" stays the growth; an amount's gap on the plan stays its amount
    assert figures("Sản lượng chè búp tươi đạt 95.000 tấn, cao hơn 4% so với năm trước.")[1] == (4.0, "pct", "yoy_pct")
    assert figures("Số hộ thoát nghèo đạt 1.200 hộ, ít hơn kế hoạch 150 hộ.")[1] == (150.0, "household", "level")


def test_uoc_as_a_syllable_of_another_word_is_no_estimate() -> None:
    # "hương ước, quy ước" (a village's conventions), "thỏa ước" (an agreement), "ước mơ" (a dream): no estimate
    assert one("Các thôn đã rà soát hương ước, quy ước đạt 97% số thôn.", "97").qualifier == "exact"
    assert one("Có 280 doanh nghiệp ký thỏa ước lao động tập thể với 95% người lao động.", "95").qualifier == "exact"
    # "điều ước" is a treaty only before "quốc tế": before a level verb, the cashew crop ("điều") and its estimate
    assert one("Sản lượng điều ước đạt 1.250 tấn, tăng 4%.", "1.250").qualifier == "estimate"
    assert one("Tỉnh đã thực hiện 12 điều ước quốc tế về đầu tư với 85% nội dung.", "85").qualifier == "exact"
    assert one("Thực hiện ước mơ của 150 học sinh nghèo.", "150").qualifier == "exact"
    # near misses: the estimate verb itself, bare or with what follows it, stays an estimate
    assert one("Doanh thu du lịch quý II ước 620 tỷ đồng.", "620").qualifier == "estimate"
    assert one("Giá trị thi công ước đạt 71% hợp đồng.", "71").qualifier == "estimate"


def test_an_ellipsis_run_into_a_capital_ends_the_estimated_sentence() -> None:
    text = "Doanh thu ước đạt 900 tỷ đồng, chủ yếu từ dệt may…Riêng sản phẩm gỗ tăng 12%."
    assert one(text, "900").qualifier == "estimate"
    assert one(text, "12").qualifier == "exact"
    assert one("Doanh thu ước đạt 900 tỷ đồng...Riêng gỗ tăng 12%.", "12").qualifier == "exact"


def test_a_rank_is_exact_in_an_estimated_sentence() -> None:
    assert one("Quy mô kinh tế ước đạt 60 nghìn tỷ đồng, xếp thứ 20/63 tỉnh", "20").qualifier == "exact"


def test_a_base_set_off_by_commas_frames_the_sentence() -> None:
    text = "Trong tháng, so với tháng trước, giá nhóm giao thông tăng 1,2%; nhóm nhà ở giảm 0,4%."
    assert figures(text) == [(1.2, "pct", "change_pct"), (-0.4, "pct", "change_pct")]


def test_higher_than_last_year_between_rates_and_amounts() -> None:
    assert figures("tăng trưởng năm nay đạt 8,1%, cao hơn 1,5% so với năm trước")[1] == (1.5, "pct", "yoy_abs")
    assert figures("doanh thu đạt 500 tỷ đồng, thấp hơn 5% so với cùng kỳ")[1] == (-5, "pct", "yoy_pct")


def test_a_project_funded_by_the_world_bank_is_the_provinces() -> None:
    assert figures("Dự án vay vốn WB đã giải ngân 120 tỷ đồng.") == [(120e9, "VND", "level")]


def test_breakdown_by_place_names_the_unit_once():
    # each place's share takes the unit of the count the breakdown details
    figures = find_figures("Bão làm 7 tàu cá bị chìm (Bình Định 4, Quảng Ngãi 2, Phú Yên 1).")
    assert [(f.token, f.unit, f.unit_label) for f in figures][1:] == [
        ("4", "count", "tàu cá"),
        ("2", "count", "tàu cá"),
        ("1", "count", "tàu cá"),
    ]
    figures = find_figures("Mưa lũ làm 15 nhà bị sập, trong đó Mường Tè 9, Sìn Hồ 6; 40 nhà bị ngập.")
    assert [(f.token, f.unit) for f in figures] == [("15", "house"), ("9", "house"), ("6", "house"), ("40", "house")]
    # a lone parenthesis names something; it details nothing
    assert [f.token for f in find_figures("Hội nghị có 120 đại biểu (Khóa 5) tham dự.")] == ["120"]


def test_one_person_and_what_happened_to_them():
    for text in ("Dông lốc làm một người bị chết do sét đánh.", "Lốc xoáy làm một người ở xã Nậm Xe thiệt mạng."):
        assert [(f.token, f.unit) for f in find_figures(text)] == [("một", "person")]
    # "một người dân" with nothing happening to them stays an article
    assert find_figures("Có một người dân đến xem.") == []


# --- bases written before the verb, and without "với" (held-out statistics releases) ---------

def test_base_without_voi_is_still_a_base() -> None:
    text = "Chỉ số công nghiệp tháng 4 ước tăng 2,3% so tháng trước, tăng 7% so cùng tháng năm trước."
    assert figures(text) == [(2.3, "pct", "change_pct"), (7, "pct", "yoy_pct")]


def test_base_before_the_verb_belongs_to_its_own_figure() -> None:
    text = "Doanh thu tháng 9 đạt 800 tỷ đồng, so với tháng trước tăng 2,4% và tăng 8% so với cùng kỳ."
    assert figures(text)[1:] == [(2.4, "pct", "change_pct"), (8, "pct", "yoy_pct")]


def test_base_before_a_list_of_multiples_frames_them_all() -> None:
    text = "Cấp phép 40 dự án; so với cùng kỳ tăng 1,5 lần về số dự án, tăng 3 lần về vốn đăng ký."
    assert figures(text)[1:] == [(50, "pct", "yoy_pct"), (200, "pct", "yoy_pct")]


def test_added_capital_is_a_level() -> None:
    text = "Có 6 dự án điều chỉnh với vốn đăng ký tăng thêm 120 triệu USD."
    assert figures(text)[1] == (120e6, "USD", "level")


def test_clock_time_with_seconds_and_page_slug_are_not_figures() -> None:
    assert figures("Cập nhật 03/06/2021 09:41:27 Tin-kinh-te-thang-62021 có 5 xã đạt chuẩn.") == [(5, "count", "level")]


def test_national_figure_in_brackets_is_not_the_provinces() -> None:
    text = "Doanh thu lũy kế đạt 1.200 tỷ đồng, tăng 9,5% (cả nước tăng 8,7%)."
    assert figures(text) == [(1200e9, "VND", "level"), (9.5, "pct", "yoy_pct")]


def test_rank_among_the_country_and_misspelt_months() -> None:
    text = "Tăng trưởng xếp thứ 3/6 tỉnh trong vùng và 20/63 cả nước trong 4 thàng đầu năm."
    assert [(v, m) for v, _, m in figures(text)] == [(3, "level"), (20, "level")]


def test_the_high_end_of_a_range_reads_as_its_low_end() -> None:
    assert figures("Giá bán giảm 4-6% so với cùng kỳ.") == [(-4, "pct", "yoy_pct"), (-6, "pct", "yoy_pct")]


def test_a_change_in_brackets_after_a_plan_is_the_plan() -> None:
    text = "Mức tăng vẫn thấp hơn kế hoạch năm 2022 (tăng 6,5-7%)."
    assert figures(text) == [(6.5, "pct", "target"), (7, "pct", "target")]


def test_a_share_in_brackets_whose_plan_is_named_after_the_bracket_is_the_plan() -> None:
    text = "Sản lượng cá đạt 1.200 tấn (gần 64%) so với kế hoạch năm."
    assert figures(text) == [(1200, "tonne", "level"), (64, "pct", "plan_pct")]


def test_targets_a_sentence_sets_before_its_colon() -> None:
    text = "Năm 2025, xã đặt ra các chỉ tiêu chính, gồm: trồng mới 40 ha rừng; tạo việc làm cho 120 lao động."
    assert [f.metric for f in find_figures(text)] == ["target", "target"]


def test_targets_a_council_agrees_on_or_adopts_before_its_colon() -> None:
    for verb in ("thống nhất", "thông qua", "quyết nghị"):
        text = (f"Hội đồng nhân dân huyện {verb} 18 chỉ tiêu chủ yếu năm 2026: thu nhập bình quân đầu người đạt "
                "62 triệu đồng; tỷ lệ trường đạt chuẩn 75%.")
        assert [f.metric for f in find_figures(text) if f.value != 18] == ["target", "target"], verb


def test_the_targets_of_a_term_named_at_the_head_of_their_list() -> None:
    text = "Chỉ tiêu nhiệm kỳ 2026-2031: tỷ lệ đô thị hóa đạt 45%; mỗi năm tạo việc làm cho 2.500 lao động."
    assert [f.metric for f in find_figures(text)] == ["target", "target"]


def test_targets_a_report_proposes_or_a_higher_level_assigns_before_its_colon() -> None:
    for verb in ("dự kiến", "đề xuất", "giao"):
        text = (f"Sở Kế hoạch và Đầu tư {verb} các chỉ tiêu năm 2028 như sau: tổng vốn đầu tư xã hội 48.000 tỷ đồng; "
                "tỷ lệ lao động qua đào tạo 72%.")
        assert [f.metric for f in find_figures(text)] == ["target", "target"], verb


def test_the_targets_of_a_resolution_named_between_the_word_and_their_year() -> None:
    for owner in ("Nghị quyết", "của Đề án", "Chương trình số 12"):
        text = f"Chỉ tiêu {owner} đến năm 2035: số hợp tác xã đạt 640 hợp tác xã; tỷ lệ đô thị hóa đạt 52%."
        assert [f.metric for f in find_figures(text)] == ["target", "target"], owner


def test_a_growth_rate_that_reaches_a_yearly_average_is_growth() -> None:
    text = "Tốc độ tăng trưởng ngành công nghiệp của huyện đạt bình quân 9,4%/năm trong 5 năm qua."
    assert figures(text) == [(9.4, "pct", "yoy_pct")]


def test_a_change_on_the_term_before_is_on_another_base() -> None:
    for text in ("Số khách du lịch giai đoạn 2026 - 2030 đạt 21 triệu lượt, gấp 1,5 lần giai đoạn 2021 - 2025.",
                 "Số khách du lịch nhiệm kỳ này đạt 21 triệu lượt, tăng 50% so với nhiệm kỳ trước."):
        assert [f.metric for f in find_figures(text)] == ["level", "change_pct"], text


def test_a_growth_range_after_tang_tu_is_growth_but_a_change_between_levels_is_not() -> None:
    text = "So với cùng kỳ, nhóm hàng dệt tăng từ 8,5-14,2%. Tỷ lệ che phủ tăng từ 41% lên 43%."
    assert _metrics(text) == [("yoy_pct", 8.5), ("yoy_pct", 14.2), ("level", 41), ("level", 43)]

def test_a_named_month_of_the_same_year_is_the_month_before() -> None:
    text = "Chỉ số sản xuất tháng 9/2021 tăng 2,5% so với tháng 8/2021, giảm 1% so với tháng 9/2020."
    assert figures(text) == [(2.5, "pct", "change_pct"), (-1, "pct", "yoy_pct")]


def test_a_growth_rate_the_plan_set_out_is_a_target() -> None:
    text = "Xuất khẩu tăng 10%, vượt tốc độ tăng trưởng theo kế hoạch đề ra đầu năm 2024 là 7,5%."
    assert figures(text)[1] == (7.5, "pct", "target")


def test_projects_and_enterprises_counted_in_words() -> None:
    assert figures("Năm nay cấp phép mới cho bảy dự án và ba doanh nghiệp.") == [(7, "count", "level"),
                                                                                 (3, "enterprise", "level")]


def test_a_number_in_two_scales_is_one_figure() -> None:
    assert figures("Tổng đàn gia cầm đạt 2 triệu 150 nghìn con.") == [(2_150_000, "head", "level")]


# --- second held-out set: bases, multiples, page furniture -----------------------------------

def test_same_period_spelt_otherwise() -> None:
    assert figures("Doanh thu tăng 30% so với cùng năm trước.") == [(30, "pct", "yoy_pct")]
    assert figures("Xuất khẩu bằng gần 96% so với cùng kì năm trước.") == [(-4, "pct", "yoy_pct")]


def test_so_without_voi_before_a_named_quarter_is_not_the_month_before() -> None:
    assert figures("Lượt khách tăng 8% so quý đầu của năm 2019.") == [(8, "pct", "yoy_pct")]


def test_emphatic_growth_and_a_multiple_without_base() -> None:
    assert figures("Chỉ số công nghiệp tăng tới 12,5% và sản lượng thép tăng 1,4 lần.") == [
        (12.5, "pct", "yoy_pct"), (40, "pct", "yoy_pct")]


def test_a_base_said_before_the_colon_of_a_list() -> None:
    text = "Các sản phẩm tăng so với tháng trước, như: xi măng tăng 4,1%; thép tăng 1,2 lần."
    assert figures(text) == [(4.1, "pct", "change_pct"), (20, "pct", "change_pct")]


def test_page_counters_and_mistyped_years_are_not_figures() -> None:
    text = "Số lượt xem: 1024. Trực tuyến : 35. Xuất khẩu tháng 3/20224 đạt 1,2 tỷ USD; học tập trực tuyến: 5 tỷ đồng."
    assert figures(text) == [(1.2e9, "USD", "level"), (5e9, "VND", "level")]


def test_a_page_counter_written_before_its_word_is_not_a_figure() -> None:
    text = "Thứ hai, 12/08/2024\n2.154 lượt xem\nĐàn lợn của tỉnh đạt 1.250 con, 35 lượt chia sẻ."
    assert figures(text) == [(1250, "head", "level")]


def test_a_ratio_is_a_target_only_when_its_own_clause_names_a_plan() -> None:
    text = "Giá trị sản xuất đạt 60% kế hoạch; có 14/80 xã đạt chuẩn nâng cao."
    assert [(v, m) for v, _, m in figures(text)] == [(60, "plan_pct"), (14, "level"), (80, "level")]


# --- third held-out set ----------------------------------------------------------------------

def test_the_same_change_in_the_figures_unit_after_its_base() -> None:
    text = "Năng suất đạt 60 tạ/ha, tăng 2% so với cùng kỳ, bằng 1,2 tạ/ha."
    assert figures(text)[2] == (1.2, "quintal_per_ha", "yoy_abs")
    text = "Xuất khẩu sang châu Âu tăng 8% so với cùng kỳ, tương đương 250 triệu USD."
    assert figures(text)[1] == (250e6, "USD", "level")


def test_a_change_with_an_adverb_of_degree() -> None:
    assert figures("Giá tiêu dùng tăng nhẹ 0,1% so với tháng trước, giảm mạnh 3% so với cùng kỳ.") == [
        (0.1, "pct", "change_pct"), (-3, "pct", "yoy_pct")]


def test_a_contribution_that_pulls_growth_down_is_negative() -> None:
    text = "Ngành điện giảm 5%, làm giảm 0,3 điểm phần trăm; ngành chế biến đóng góp 9,1 điểm phần trăm."
    assert figures(text) == [(-5, "pct", "yoy_pct"), (-0.3, "pct", "level"), (9.1, "pct", "level")]


def test_a_share_moving_from_one_year_to_another() -> None:
    text = "Tỷ trọng dịch vụ tăng từ hơn 35% năm 2016 lên gần 41% năm 2020."
    assert [m for _, _, m in figures(text)] == ["share_pct", "share_pct"]


def test_ranks_said_with_hang() -> None:
    assert figures("Tỉnh xếp hạng 5/63 tỉnh, thành phố; thu nhập chiếm hạng 4/13 tỉnh trong vùng.") == [
        (5, "count", "level"), (4, "count", "level")]
    assert figures("Khách sạn hạng 3 sao.") == []


def test_breakdown_parts_take_the_base_of_the_whole_in_the_sentence_before() -> None:
    # a breakdown sentence's bare changes are on the base of the total's change before it
    text = "Giá tiêu dùng tháng 5 tăng 0,3% so với tháng trước. Trong đó, nhóm nhà ở tăng 1,2%; giao thông giảm 0,6%."
    assert figures(text)[1:] == [(1.2, "pct", "change_pct"), (-0.6, "pct", "change_pct")]
    # and on the same period last year when that is the whole's only base
    text = "Doanh thu du lịch tăng 9% so với cùng kỳ. Trong đó, lưu trú tăng 4%."
    assert figures(text)[1:] == [(4.0, "pct", "yoy_pct")]
    # two different bases before: no base is inherited
    text = "Chỉ số giá tăng 0,2% so với tháng trước và tăng 3% so với cùng kỳ. Trong đó, nhóm ăn uống tăng 0,5%."
    assert figures(text)[2] == (0.5, "pct", "yoy_pct")


def test_parts_listed_after_cu_the_take_the_base_before_the_trong_do_clause() -> None:
    # "Cụ thể các mặt hàng như:" opens a breakdown; the whole's base stands before its "; trong đó" part
    text = ("Doanh số tháng 4 giảm 3% so với tháng trước; trong đó, hàng tiêu dùng giảm 2%. "
            "Cụ thể các mặt hàng như: may mặc giảm 5%, đồ gỗ tăng 1%.")
    assert figures(text)[2:] == [(-5.0, "pct", "change_pct"), (1.0, "pct", "change_pct")]


def test_a_rate_reached_before_a_chained_change_is_the_rate() -> None:
    # the base after the chained change is the change's, not the reached rate's (the same period: the
    # rate's change, in points)
    text = "Tỷ lệ lấp đầy phòng khách sạn đạt 64%, tăng 3% so với cùng kỳ năm trước."
    assert figures(text) == [(64, "pct", "level"), (3, "pct", "yoy_abs")]


def test_one_of_a_few_is_not_a_figure() -> None:
    assert figures("Vải thiều là một trong 4 loại quả được xuất khẩu sang Nhật Bản.") == []
    # (the same written with a digit: the group's size, not a count of the place's own)
    assert figures("Trường là 1 trong 3 điểm được huyện chọn làm thí điểm.") == []


def test_growth_with_the_plan_right_after_is_a_share_of_the_plan() -> None:
    # "tăng X% dự toán" without "so với": the plan is the base all the same (FACTS: 100 + X)
    text = "Thu ngân sách xã đạt 12 tỷ đồng, tăng 20% dự toán huyện giao."
    assert figures(text)[1:] == [(120, "pct", "plan_pct")]
    assert figures("Số hộ được hỗ trợ tăng 15% kế hoạch năm.")[-1] == (115, "pct", "plan_pct")


def test_a_development_index_is_the_growth_over_one_hundred() -> None:
    # "tốc độ phát triển" stated as an index (the same period last year = 100)
    assert figures("Năm 2023, tốc độ phát triển GRDP của tỉnh đạt 107,25%.") == [(7.25, "pct", "yoy_pct")]
    # a small value under the same name is the growth rate itself
    assert figures("Tốc độ phát triển kinh tế của huyện đạt 6,4%.") == [(6.4, "pct", "yoy_pct")]


def test_a_growth_named_as_its_level_is_the_growth() -> None:
    assert figures("Cả nước có mức tăng chung 5,1%.") == [(5.1, "pct", "yoy_pct")]


def test_brackets_of_a_list_introduced_by_a_change_are_that_change() -> None:
    text = "Nhiều huyện có doanh thu tăng mạnh như Bảo Lạc (12,5%), Nguyên Bình (9,1%)."
    assert figures(text) == [(12.5, "pct", "yoy_pct"), (9.1, "pct", "yoy_pct")]


def test_brackets_of_a_colon_list_after_a_change_at_a_sector_are_that_change() -> None:
    text = "Trong đó tăng ở các ngành: dệt may (12,5%); da giày (9,1%). Và giảm ở ngành khai khoáng (4,2%)."
    assert figures(text) == [(12.5, "pct", "yoy_pct"), (9.1, "pct", "yoy_pct"), (-4.2, "pct", "yoy_pct")]
    from orchestration.extraction.indicators import own_subject

    assert own_subject("Và giảm ở ngành khai khoáng (") == "ngành khai khoáng"  # (its name, not "Và giảm ở ...")
    # a bracket after "tăng ở mức" is no list of changes
    assert figures("Năng suất tăng ở mức cao (62 tạ/ha).")[0][2] != "yoy_pct"


def test_a_rate_that_rises_or_falls_by_a_percentage_moves_by_points() -> None:
    assert figures("Năm 2022, tỷ lệ hộ nghèo giảm 1,6% so với năm trước.") == [(-1.6, "pct", "yoy_abs")]
    assert figures("Tỷ lệ che phủ rừng tăng thêm 0,4%.") == [(0.4, "pct", "yoy_abs")]
    assert figures("Trong năm, giảm tỷ lệ hộ nghèo đạt 2,1%.") == [(-2.1, "pct", "yoy_abs")]
    # the rate it fell to, a rate of growth, and a fall against another base keep their readings
    assert figures("Tỷ lệ hộ nghèo giảm còn 3,2%.") == [(3.2, "pct", "level")]
    assert figures("Tỷ lệ tăng dân số tự nhiên 1,1%.") == [(1.1, "pct", "level")]
    assert figures("Tỷ lệ hộ nghèo giảm 1,5% so với đầu năm.") == [(-1.5, "pct", "change_pct")]


def test_the_change_right_after_a_rates_level_is_the_rates_in_points() -> None:
    assert figures("Tỷ lệ hộ nghèo còn 4,2%, giảm 1,3% so với năm trước.") == [(4.2, "pct", "level"),
                                                                          (-1.3, "pct", "yoy_abs")]
    assert figures("Doanh thu đạt 500 tỷ đồng, giảm 3%.")[-1] == (-3, "pct", "yoy_pct")  # (no rate)


def test_a_rates_average_yearly_move_after_its_levels_over_a_term_is_in_points() -> None:
    # "giảm từ 6,2% cuối năm 2021 xuống 3% cuối năm 2025, bình quân mỗi năm giảm 0,8%": the rate's levels at the
    # term's ends, then how far it fell each year on average, in points of the rate as any change of it right after
    text = "Tỷ lệ hộ cận nghèo giảm từ 6,2% cuối năm 2021 xuống 3% cuối năm 2025, bình quân mỗi năm giảm 0,8%."
    assert figures(text)[-1] == (-0.8, "pct", "yoy_abs")
    assert figures("Tỷ lệ trẻ em suy dinh dưỡng còn 9,5% (năm 2025), giảm bình quân 0,6%/năm.")[-1] == (
        -0.6, "pct", "yoy_abs")
    # near-miss: an amount's average yearly growth stays a growth rate
    growth = "Thu ngân sách đạt 9.000 tỷ đồng năm 2025, bình quân mỗi năm tăng 12%."
    assert figures(growth)[-1] == (12, "pct", "yoy_pct")


def test_exceeding_the_plan_named_before_the_figure_is_the_share_of_it() -> None:
    assert figures("Thu ngân sách vượt dự toán 25,5%.") == [(125.5, "pct", "plan_pct")]
    assert figures("Doanh thu đạt 300 tỷ đồng, vượt kế hoạch giao 8%.")[-1] == (108, "pct", "plan_pct")


def test_reach_in_a_list_whose_header_names_the_rate_of_plan_attainment_is_the_share_of_the_plan() -> None:
    text = ("Các khoản thu có tỷ lệ thực hiện dự toán cao là: thu tiền sử dụng đất đạt 81%, tăng 12%; "
            "thu xổ số đạt 70,5%, tăng 3%.")
    assert figures(text) == [(81, "pct", "plan_pct"), (12, "pct", "yoy_pct"), (70.5, "pct", "plan_pct"),
                             (3, "pct", "yoy_pct")]
    assert figures("Các khoản thu tăng cao là: thu xổ số đạt 70,5%.")[0][2] != "plan_pct"


def test_an_absolute_change_in_brackets_or_restated_in_percent_is_the_change() -> None:
    text = "Cuối năm, huyện có 820 hộ nghèo (giảm 96 hộ), chiếm tỷ lệ 4,1%."
    assert figures(text) == [(820, "household", "level"), (-96, "household", "yoy_abs"), (4.1, "pct", "level")]
    text = "Năm nay giảm 75 hộ cận nghèo, tương ứng giảm 0,8%."
    assert figures(text)[0] == (-75, "household", "yoy_abs")


def test_a_rate_change_counted_in_households_is_the_change_but_an_amount_restates_its_level() -> None:
    assert figures("Tỷ lệ hộ nghèo của xã giảm 2,3% tương ứng 41 hộ.")[1] == (-41, "household", "yoy_abs")
    assert figures("Tỷ lệ hộ nghèo toàn huyện giảm 1,2% với 160 hộ.")[1] == (-160, "household", "yoy_abs")
    text = "Xuất khẩu sang Nhật Bản tăng 12%, tương đương 40 triệu USD."
    assert figures(text)[1] == (40e6, "USD", "level")


def test_the_sentences_after_a_heading_of_next_years_tasks_are_targets() -> None:
    text = ("Năm 2023 tạo việc làm cho 9.800 người. Chỉ tiêu, nhiệm vụ năm 2024: tạo việc làm cho 10.000 người. "
            "Tỷ lệ lao động qua đào tạo 70%.")
    assert figures(text) == [(9800, "person", "level"), (10000, "person", "target"), (70, "pct", "target")]


def test_a_bare_change_after_a_level_in_the_same_unit_is_its_change() -> None:
    text = "Trong quý, cấp mới 40 dự án, tăng 12 dự án; vốn đăng ký 900 tỷ đồng, giảm khoảng 300 tỷ đồng (312 tỷ đồng)."
    assert figures(text) == [(40, "count", "level"), (12, "count", "yoy_abs"), (900e9, "VND", "level"),
                             (-300e9, "VND", "yoy_abs"), (-312e9, "VND", "yoy_abs")]
    # a change with its own base is left to it (on another base: no metric, a level named by its base)
    text = "Xuất khẩu tháng 5 đạt 1,2 tỷ USD, tăng 90 triệu USD so với tháng trước."
    assert figures(text) == [(1.2e9, "USD", "level"), (90e6, "USD", "level")]


def test_times_the_plan_is_the_share_of_the_plan() -> None:
    assert figures("Số xã đạt chuẩn gấp 1,8 lần so kế hoạch.") == [(180, "pct", "plan_pct")]


def test_a_rise_of_some_times_against_the_estimate_is_the_share_of_the_estimate() -> None:
    # "tăng N lần" reads as "gấp N lần" against a plan as it does against last year: N × 100 % of it
    assert figures("Dự toán chi sau điều chỉnh tăng 3 lần so với dự toán đầu năm.") == [(300, "pct", "plan_pct")]
    assert figures("Thu cân đối 90 tỷ đồng, tăng hơn 2,5 lần so với kế hoạch.")[1] == (250, "pct", "plan_pct")


# --- round 6 ---------------------------------------------------------------------------------

def test_a_growth_rate_reached_roughly_is_growth() -> None:
    text = "Tốc độ tăng trưởng kinh tế 6 tháng đạt xấp xỉ 5,8%, đứng thứ 12 cả nước."
    assert figures(text)[0] == (5.8, "pct", "yoy_pct")
    assert one(text, "5,8").qualifier == "approx"


def test_a_negative_rate_is_a_fall() -> None:
    text = "Chỉ số sản xuất công nghiệp tăng 6,2% (cùng kỳ âm 3,5%)."
    assert figures(text) == [(6.2, "pct", "yoy_pct"), (-3.5, "pct", "yoy_pct")]


def test_a_contribution_said_to_fall_is_negative() -> None:
    text = "Thuế sản phẩm giảm 1,2%, đóng góp giảm 0,05 điểm phần trăm vào mức tăng trưởng chung."
    assert figures(text)[1] == (-0.05, "pct", "level")


def test_a_rank_of_an_index_said_with_hang() -> None:
    text = "Chỉ số PAR INDEX năm 2023 xếp hạng thứ 40/63 tỉnh, thành phố."
    assert figures(text) == [(40, "count", "level")]
    assert one(text, "40").unit_label == "thứ"


def test_the_cpi_basket_of_eleven_groups_is_not_a_fact() -> None:
    text = "Trong 11 nhóm hàng hóa và dịch vụ chính, có 6 nhóm tăng giá; cả năm có 9/11 nhóm tăng giá."
    assert [f.token for f in find_figures(text)] == ["6", "9"]


def test_the_full_criteria_reached_by_counted_communes_is_a_class_not_a_fact() -> None:
    text = "Cả huyện có 12/20 xã đạt 19/19 tiêu chí, 3 xã đạt 15/15 tiêu chí nâng cao."
    assert [f.token for f in find_figures(text)] == ["12", "20", "3"]


def test_a_named_communes_criteria_stay_a_fact() -> None:
    assert "17" in [f.token for f in find_figures("Xã Hòa Bình đạt 17/19 tiêu chí nông thôn mới.")]


def test_the_deepest_fall_is_a_fall() -> None:
    text = "Bình quân 9 tháng CPI tăng 3%. Trong khi đó, giao thông là nhóm giảm sâu nhất với 4,2%."
    assert figures(text)[1] == (-4.2, "pct", "yoy_pct")


def test_a_percentage_the_grdp_reaches_is_its_growth() -> None:
    assert figures("Quý I, GRDP tỉnh Hậu Giang đạt hơn 7%, xếp thứ 20 cả nước.")[0] == (7, "pct", "yoy_pct")


def test_items_under_a_structure_head_are_shares() -> None:
    text = ("- Cơ cấu kinh tế theo giá hiện hành:\n+ Nông nghiệp chiếm 20,1% (-0,5% so với năm 2022);\n"
            "+ Dịch vụ chiếm 40,2% (+0,3%);\n")
    from orchestration.extraction import extract_document

    doc = "UBND TỈNH TRÀ VINH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2023\n\n" + text
    rows = extract_document(doc.encode(), "tra_vinh.txt").tables["indicators"].to_dicts()
    assert {r["value"]: r["metric"] for r in rows}[20.1] == "share_pct"
    assert {r["value"]: r["metric"] for r in rows}[40.2] == "share_pct"
    # a bare "chiếm" after a count, with no structure head, is still the rate itself
    assert figures("Toàn huyện còn 241 hộ nghèo, chiếm 1,96%; hộ cận nghèo giảm.")[1] == (1.96, "pct", "level")


def test_an_amount_change_in_brackets_on_the_same_period() -> None:
    text = "Kim ngạch xuất khẩu ước đạt 900 triệu USD, giảm 3,1% (-29 triệu USD) so cùng kỳ."
    assert figures(text)[2] == (-29e6, "USD", "yoy_abs")


def test_an_amount_in_brackets_after_a_plan_is_the_plan() -> None:
    text = "Năm 2023 thu hút mới 40 dự án, vượt 14% so với kế hoạch giao đầu năm (35 dự án)."
    assert figures(text)[2] == (35, "count", "target")


def test_a_turnover_in_billions_and_millions_is_one_figure() -> None:
    assert figures("Kim ngạch xuất nhập khẩu ước đạt 2 tỷ 415 triệu USD, giảm 3%.")[0] == (2415e6, "USD", "level")


def test_the_low_end_of_a_range_of_counted_things() -> None:
    text = "Mỗi ngày có khoảng 300 - 420 xe qua cửa khẩu; mưa đá có đường kính 2-3 cm."
    found = figures(text)
    assert found[:2] == [(300, "count", "level"), (420, "count", "level")]
    assert 2 not in [value for value, _, _ in found]  # a measure's low end is not counted


def test_a_price_groups_bare_change_takes_the_base_named_last() -> None:
    text = ("Có 6 nhóm hàng tăng giá so với tháng trước. Tăng cao nhất là nhóm giáo dục (tăng 2,1%). "
            "Bình quân 9 tháng CPI tăng 3% so với cùng kỳ; nhóm giao thông giảm 4%.")
    found = figures(text)
    assert (2.1, "pct", "change_pct") in found and (-4, "pct", "yoy_pct") in found


def test_equal_to_a_percentage_of_an_area_is_a_share() -> None:
    text = "Đã thu hoạch 1.200 ha lúa, bằng 8,4% diện tích gieo cấy."
    assert figures(text)[1] == (8.4, "pct", "share_pct")
    assert figures("Thu ngân sách 500 tỷ đồng, bằng 45% dự toán.")[1] == (45, "pct", "plan_pct")


# --- round 8: provincial news ---------------------------------------------------------------------

def test_an_owners_full_share_only_classes_a_firm() -> None:
    text = "Công ty 100% vốn nước ngoài tại khu công nghiệp tuyển thêm 300 lao động."
    assert figures(text) == [(300, "person", "level")]
    assert figures("Đến nay đã giải ngân 100% vốn được giao.")[0][0] == 100


def test_a_day_month_after_a_lower_case_holiday_is_a_date() -> None:
    assert figures("Dịp nghỉ lễ quốc khánh 2/9 vừa qua, lượng khách tăng mạnh.") == []


def test_a_goal_set_for_a_horizon_year_makes_a_target() -> None:
    text = ("Con số này đã gần với chỉ tiêu mà Nghị quyết của tỉnh đề ra đến năm 2030, "
            "đón 5 triệu lượt khách.")
    assert figures(text) == [(5e6, "visit", "target")]


def test_poor_households_reduced_are_a_fall() -> None:
    assert figures("Trong năm, huyện giảm được 420 hộ nghèo.") == [(-420, "household", "yoy_abs")]
    assert figures("Toàn huyện còn 420 hộ nghèo.") == [(420, "household", "level")]


def test_a_plan_exceeded_by_a_hundred_percent_or_more_is_the_share_attained() -> None:
    assert figures("Giảm 300 hộ nghèo, vượt 130% chỉ tiêu đề ra.")[1] == (130, "pct", "plan_pct")
    assert figures("Thu hút 20 dự án, vượt 30% kế hoạch.")[1] == (130, "pct", "plan_pct")


def test_a_plans_amount_in_brackets_after_a_qualifier_is_a_target() -> None:
    text = "Vốn thu hút đạt 120% kế hoạch của năm (khoảng 2 tỉ USD)."
    assert figures(text)[1] == (2e9, "USD", "target")


def test_a_bare_rate_in_brackets_after_a_target_set_is_that_target() -> None:
    text = "Chỉ số giá tiêu dùng tăng 3,1%, thấp hơn chỉ tiêu Quốc hội đặt ra (khoảng 4%)."
    assert figures(text)[1] == (4.0, "pct", "target")
    text = "Kinh tế quý II ước tăng 8,3%, vượt kịch bản tăng trưởng đề ra (8,0%)."
    assert figures(text)[1] == (8.0, "pct", "target") and one(text, "8,0").qualifier == "exact"
    # near miss: a bracket after the same period a year before holds that period's rate, no target
    assert figures("Chỉ số giá tiêu dùng tăng 3,1%, thấp hơn cùng kỳ năm trước (4,2%).")[1][2] != "target"


def test_a_number_inside_a_capitalised_name_is_no_count() -> None:
    assert figures("Khởi công Khu nhà ở xã hội Green Park 4 Hải Dương, vốn 900 tỷ đồng.") == [(9e11, "VND", "level")]
    # near miss: a count after a verb, its noun capitalised, still counts
    assert figures("Tỉnh đã thành lập 4 Khu kinh tế.") == [(4.0, "count", "level")]


def test_months_listed_after_one_month_word_and_stages_are_not_figures() -> None:
    assert figures("Nắng nóng trong tháng 4 và 5 làm chết 12 tấn cá.") == [(12, "tonne", "level")]
    assert figures("Các hộ nuôi theo quy trình 2 - 3 giai đoạn.") == []


def test_a_rank_among_the_highest_is_a_rank() -> None:
    text = "Tỉnh có mức tăng trưởng cao thứ 3/14 tỉnh trong vùng."
    assert [(f.token, f.value, f.unit_label) for f in find_figures(text)] == [("3", 3, "thứ")]


def test_an_amount_reached_after_a_comparison_with_the_plan_is_a_level() -> None:
    text = "Kim ngạch xuất khẩu vượt so với kế hoạch đạt 420 triệu USD."
    assert figures(text) == [(420e6, "USD", "level")]


def test_a_fall_of_up_to_a_percentage_is_a_change() -> None:
    assert figures("Lượng khách tháng 8 giảm đến 35% so cùng kỳ.") == [(-35, "pct", "yoy_pct")]


def test_a_multiple_written_as_a_word() -> None:
    assert figures("Doanh thu tăng gấp đôi so với cùng kỳ.") == [(100, "pct", "yoy_pct")]
    assert figures("Sản lượng đạt gấp rưỡi kế hoạch.") == [(150, "pct", "plan_pct")]
    assert figures("Huyện kỳ vọng lượng khách sẽ tăng gấp đôi so với năm trước.") == []


def test_double_digits_and_the_provinces_of_a_merger_are_not_figures() -> None:
    assert figures("Phấn đấu tăng trưởng kinh tế 2 con số.") == []
    assert figures("Tăng trưởng bình quân chung của 2 tỉnh đạt 9,1%.") == [(9.1, "pct", "yoy_pct")]


def test_the_voltage_of_a_line_or_substation_is_its_class() -> None:
    assert figures("Tỉnh đóng điện đường dây 220 kV mạch kép và trạm 110kV Nam Sơn.") == []
    assert figures("Máy biến áp 250 kVA được lắp cho 2 thôn.") != []


def test_the_bar_of_a_group_and_the_national_average_are_not_the_provinces() -> None:
    assert figures("Tỉnh là một trong 8 địa phương có GRDP tăng trên 9%.") == []
    text = "Năm trước tỉnh chỉ tăng 3,5%, thấp hơn bình quân cả nước là 7,1%."
    assert figures(text) == [(3.5, "pct", "yoy_pct")]


def test_a_contribution_to_a_named_whole_and_a_sector_rate_in_a_structure_are_shares() -> None:
    assert figures("Hai nhà máy đóng góp khoảng 60% giá trị toàn ngành.") == [(60, "pct", "share_pct")]
    assert figures("Cơ cấu kinh tế: dịch vụ giữ vai trò lớn với tỷ lệ 45,2%.")[0][2] == "share_pct"
    assert figures("Khu vực này đóng góp 1,2 điểm phần trăm vào tăng trưởng.")[0][2] == "level"


def test_a_contribution_to_the_output_of_the_country_or_region_is_a_share() -> None:
    # "đóng góp 18% GDP cả nước": the share of the country's output, as of a whole named after any contribution
    assert figures("Năm qua, thành phố đóng góp 18,4% GDP cả nước.") == [(18.4, "pct", "share_pct")]
    assert figures("Tỉnh đóng góp gần 7% tổng sản phẩm của toàn vùng.") == [(7, "pct", "share_pct")]


def test_the_industrial_production_index_reached_is_its_growth() -> None:
    assert figures("Chỉ số sản xuất công nghiệp năm nay ước đạt 106,5%.") == [(6.5, "pct", "yoy_pct")]


def test_a_mark_a_result_is_required_to_reach_is_a_target() -> None:
    # "cần đạt tối thiểu 9%", "phải đạt ít nhất 90%": the mark set for the result, an aim as "phấn đấu đạt" is
    required = one("Để về đích, giá trị xuất khẩu quý IV cần đạt tối thiểu 7%.", "7")
    assert (required.metric, required.qualifier) == ("target", "over")
    assert one("Tỷ lệ hồ sơ giải quyết đúng hạn phải đạt ít nhất 98%.", "98").metric == "target"
    # near-miss: what one had to spend is an amount spent, no mark
    assert figures("Năm qua xã đã phải chi 3 tỷ đồng cho khắc phục hậu quả.") == [(3e9, "VND", "level")]
    assert one("Tỷ lệ học sinh đi học chuyên cần đạt 97%.", "97").metric == "level"  # diligence, no need


def test_a_directive_handing_a_unit_its_task_sets_a_target() -> None:
    # "giao <a unit> hoàn thành X", "yêu cầu ... phải <verb> X": the amount the directive sets, not a result; near
    # misses: a handover, a meeting's name and what one had to do stay results
    said = {
        ("UBND tỉnh giao huyện A hoàn thành đo đạc 100% diện tích trước tháng 8.", "100"): "target",
        ("Tỉnh yêu cầu trong tháng 5 phải cấp xong ít nhất 40 sổ đỏ.", "40"): "target",
        ("Giám đốc chỉ đạo các phòng phải xử lý 25 hồ sơ tồn đọng.", "25"): "target",
        ("Huyện đã bàn giao cho xã 4 nhà văn hóa.", "4"): "level",
        ("Sau họp giao ban, xã đã cấp 18 sổ đỏ.", "18"): "level",
        ("Do lũ, xã phải di dời 30 hộ dân.", "30"): "level",
    }
    assert {key: one(*key).metric for key in said} == said


def test_a_change_a_body_commits_to_is_a_target() -> None:
    # "cam kết đến cuối năm 2027 giảm ít nhất 20% số vụ": the fall committed to is aimed at (was a change on last year)
    text = "Ông cho biết sẽ siết chặt kiểm tra và cam kết đến hết năm 2028 giảm ít nhất 15% số vụ vận chuyển pháo."
    committed = one(text, "15")
    assert (committed.value, committed.metric, committed.qualifier) == (15.0, "target", "over")
    assert one("Doanh nghiệp cam kết tăng 10% sản lượng thu mua.", "10").metric == "target"
    # near misses: the capital a deal commits is its amount, and a fall reported is a change
    assert figures("Tổng vốn cam kết đạt 500 triệu USD.") == [(500e6, "USD", "level")]
    assert figures("Số vụ vận chuyển pháo giảm 15% so với cùng kỳ.") == [(-15.0, "pct", "yoy_pct")]


def test_a_clause_of_a_year_gone_by_beside_an_aim_tells_its_result() -> None:
    # the year before the one aimed at, or an estimate, reached its rate: the growth of that year, no aim
    text = "Phấn đấu năm 2027 GRDP tăng 9%, năm 2026 ước đạt 8,1%."
    assert [(f.value, f.metric, f.qualifier) for f in find_figures(text)] == [
        (9.0, "target", "exact"), (8.1, "yoy_pct", "estimate")]
    assert one("Phấn đấu năm 2027 tăng trưởng 9,5%, năm 2026 đạt 8,7%.", "8,7").metric == "yoy_pct"
    # near miss: an amount aimed at beside a year's estimate is that year's level, and a later year stays aimed
    assert one("Phấn đấu năm 2027 thu 900 tỷ đồng, năm 2026 ước đạt 820 tỷ đồng.", "820").metric == "level"
    assert one("Phấn đấu năm 2026 tăng 7%, năm 2030 đạt 9%.", "9").metric != "yoy_pct"


def test_a_sentence_opening_with_the_aim_lists_targets() -> None:
    text = ("Trong đó, phấn đấu tốc độ tăng giá trị sản xuất đạt 8%, thu nhập bình quân đầu người 50 triệu "
            "đồng; tổng vốn đầu tư toàn xã hội 2.000 tỷ đồng; tỷ lệ che phủ rừng 46%; tỷ lệ trẻ em suy dinh "
            "dưỡng dưới 10%; tỷ lệ hộ dùng nước sạch 95%, có 3 làng đạt chuẩn nông thôn mới.")
    assert {m for _, _, m in figures(text)} == {"target"}


def test_per_hectare_and_all_indices_are_not_figures() -> None:
    assert figures("Giá trị thu được trên 1 ha đất trồng đạt 90 triệu đồng.") == [(90e6, "VND", "level")]
    assert figures("Tai nạn giao thông giảm cả 3 chỉ số.") == []
    assert figures("Thu được trên 1ha đất canh tác đạt 120 triệu đồng.") == [(120e6, "VND", "level")]


def test_the_aspects_an_aim_lists_after_a_colon_are_no_count() -> None:
    assert figures("Tỉnh phấn đấu chuyển biến rõ trên 4 mặt: kinh tế, văn hóa, xã hội và quốc phòng.") == []
    assert figures("Huyện tập trung vào 2 trụ cột: nông nghiệp sạch và du lịch sinh thái.") == []
    # the goods counted are still a figure
    assert figures("Có 5 mặt hàng xuất khẩu đạt trên 100 triệu USD.")[0] == (5, "count", "level")


def test_a_set_pointed_back_to_is_no_count() -> None:
    assert figures("Doanh thu của 2 ngành này tăng hơn 9% so với cùng kỳ.") == [(9.0, "pct", "yoy_pct")]


def test_a_remarkable_rise_is_a_change() -> None:
    text = "Cơ cấu kinh tế chuyển dịch; sản xuất điện ghi nhận mức tăng vượt bậc 18,5%."
    assert figures(text) == [(18.5, "pct", "yoy_pct")]


def test_a_change_verb_glued_to_its_number_still_reads_a_change() -> None:
    assert figures("Ngành khai khoáng giảm2,4% so với cùng kỳ.") == [(-2.4, "pct", "yoy_pct")]


def test_a_bare_change_in_a_list_of_percent_changes_is_a_percent() -> None:
    assert figures("Ngành dệt may tăng 4,1%; ngành da giày tăng nhẹ 0,8.")[1] == (0.8, "pct", "yoy_pct")


def test_a_fall_said_to_be_large_is_still_a_fall() -> None:
    assert figures("Sản xuất giấy giảm nhiều 12,5% so với cùng kỳ.") == [(-12.5, "pct", "yoy_pct")]


def test_the_parts_after_a_semicolon_keep_the_base_of_the_whole() -> None:
    text = ("Doanh thu tăng 3,2% so với tháng trước, trong đó bán lẻ tăng 2,9%; "
            "dịch vụ lưu trú tăng 4,4%.")
    assert [f.metric for f in find_figures(text)] == ["change_pct"] * 3


def test_all_the_sectors_of_a_breakdown_are_no_count() -> None:
    assert figures("Trong quý, cả 3 khu vực kinh tế đều tăng trưởng khá.") == []


def test_the_low_end_of_a_range_of_the_plan_is_a_plan_share() -> None:
    assert figures("Tỷ lệ tiêm phòng đạt từ 55 - 70% kế hoạch.") == [(55, "pct", "plan_pct"), (70, "pct", "plan_pct")]


def test_a_change_against_the_plan_named_first_is_a_plan_share() -> None:
    assert figures("Sản lượng lúa so kế hoạch tăng 2,5%.") == [(102.5, "pct", "plan_pct")]


def test_a_growth_beside_its_plan_in_brackets_is_no_plan_share() -> None:
    assert figures("Tốc độ tăng trưởng kinh tế đạt 8,1% (kế hoạch là 7,5%).") == [
        (8.1, "pct", "yoy_pct"), (7.5, "pct", "target")]


def test_one_person_named_by_their_trade_is_a_person_counted() -> None:
    assert figures("Sóng lớn làm lật thuyền, một ngư dân tử vong.") == [(1, "person", "level")]
    assert figures("Tàu bị chìm, 2 thuyền viên mất tích.") == [(2, "person", "level")]


def test_a_volume_dug_or_a_daily_capacity_stays_a_figure_beside_reservoir_readings() -> None:
    assert [f.token for f in find_figures("Sạt lở làm vùi lấp khoảng 18.000 m3 đất đá.")] == ["18.000"]
    assert [f.token for f in find_figures("Trạm cấp nước công suất 5.000 m3/ngày đêm.")] == ["5.000"]


@pytest.mark.parametrize(("text", "value"), [
    ("Ở bản Pá Khoang, hai vợ chồng ông Lường Văn K bị nước cuốn trôi, tới nay vẫn chưa tìm thấy.", 2.0),
    ("Hai mẹ con bị sạt lở đất vùi lấp trong đêm, đã tử vong.", 2.0),
    ("Ba bố con ông Sùng A P ở xã Tả Van bị lũ cuốn, hiện vẫn mất tích.", 3.0),
    ("Chiều 12/8, hai anh em đi qua suối bị lũ cuốn trôi.", 2.0),
    ("Năm anh em trong một nhà bị sét đánh, bị thương.", 5.0),
])
def test_a_kin_group_counted_in_words_before_its_casualty_is_persons(text: str, value: float) -> None:
    # the group's name, its place, what befell them and since when may come between the count and the casualty
    assert [(f.unit, f.value) for f in find_figures(text)] == [("person", value)]


@pytest.mark.parametrize("text", [
    "Hai vợ chồng ông Lò Văn T đã trao tặng quà cho bà con vùng lũ.",  # what they did: no casualty
    "Hai mẹ con chị H may mắn thoát nạn khi căn nhà bị lũ cuốn trôi.",  # an escape
    "Hai bên đã thống nhất phương án; một số hộ đã di dời.",
    "Tại xã Ia Mơ, hai cha con bị lũ cuốn khi qua ngầm.",  # what befell them, no outcome said
])
def test_a_kin_group_without_a_casualty_is_no_count(text: str) -> None:
    assert [f for f in find_figures(text) if f.unit == "person"] == []


def test_a_kin_group_before_another_count_leaves_that_count_its_own() -> None:
    assert [(f.token, f.value) for f in find_figures("Hai anh em đã cứu 4 người bị nước cuốn trôi.")] == [("4", 4.0)]


def test_how_long_a_work_takes_is_a_count_of_months() -> None:
    assert figures("Cầu dài 500 m, thời gian thi công dự kiến 24 tháng.")[1] == (24, "count", "level")
    assert [f.unit_label for f in find_figures("Thời gian hoàn thành công trình là 30 tháng.")] == ["tháng"]
    # or of days; a day of a date after it is no duration
    assert [(f.value, f.unit_label) for f in find_figures("Nhà lớp học có thời gian thi công 90 ngày.")] == [
        (90, "ngày")]
    assert [f.unit_label for f in find_figures("Thời gian thực hiện từ 15 ngày 3/4 đến nay.")] != ["ngày"]


def test_a_year_like_number_before_hectares_spelt_out_is_an_area() -> None:
    assert [(f.token, f.unit) for f in find_figures("Mưa lớn làm ngập 2000 hecta lúa.")] == [("2000", "ha")]
    assert [(f.token, f.unit) for f in find_figures("Gieo cấy 1980 héc-ta ngô.")] == [("1980", "ha")]


@pytest.mark.parametrize(("text", "value"), [
    ("Sét đánh làm một phụ nữ tử vong.", 1.0),
    ("Giông lốc làm hai người dân bị thương.", 2.0),
    ("Cây đổ làm 3 công nhân bị thương.", 3.0),
])
def test_people_named_by_who_they_are_are_persons(text: str, value: float) -> None:
    assert [(f.unit, f.value) for f in find_figures(text)] == [("person", value)]


def test_the_depth_of_water_in_homes_is_no_figure_but_a_length_flooded_is() -> None:
    text = "Có 900 nhà bị ngập với mực nước từ 40cm đến 1m, có nơi ngập trên 2m. Đường bị ngập 250m, hư 3 cầu."
    assert figures(text) == [(900, "house", "level"), (0.25, "km", "level"), (3, "count", "level")]


def test_a_share_after_an_amount_of_money_is_a_share_not_a_rate() -> None:
    text = "Trong đó, khối doanh nghiệp nhà nước đạt 700 tỷ đồng, chiếm 35,5%; khu vực hộ gia đình 1.290 tỷ đồng."
    assert figures(text)[1] == (35.5, "pct", "share_pct")
    assert figures("Toàn xã còn 120 hộ nghèo, chiếm 3,2%.")[1] == (3.2, "pct", "level")  # the rate itself


def test_the_same_month_last_year_is_the_same_period() -> None:
    assert figures("Sản lượng điện tăng 6% so với tháng cùng kỳ.") == [(6, "pct", "yoy_pct")]


def test_the_last_item_of_a_list_of_changes_may_leave_its_verb_off() -> None:
    text = "So với cùng kỳ, cá tra tăng 12%, tôm tăng 8,5%, nghêu 4%."
    assert figures(text) == [(12, "pct", "yoy_pct"), (8.5, "pct", "yoy_pct"), (4, "pct", "yoy_pct")]
    # a rate named as such, or a contribution in points, keeps its own reading
    assert figures("Tỷ lệ hộ nghèo giảm 0,8%, tỷ lệ che phủ rừng 44%.")[1] == (44, "pct", "level")
def _metrics(text: str) -> list[tuple[str, float]]:
    return [(f.metric, f.value) for f in find_figures(text)]


def test_a_sector_taking_a_bare_percentage_takes_a_share() -> None:
    # a sector of the economy with no count before it: its share of an unsaid whole
    assert _metrics("Thu nhập của người dân chủ yếu từ lâm nghiệp chiếm khoảng 70%.") == [("share_pct", 70.0)]
    # a group of people stays the rate itself, with or without its count
    assert _metrics("Hộ nghèo chiếm 3,5%.") == [("level", 3.5)]
    assert _metrics("Xã còn 120 hộ nghèo, chiếm 3,5%.") == [("level", 120.0), ("level", 3.5)]


def test_a_part_rate_in_brackets_after_a_change_is_the_part_change() -> None:
    # the bracket breaks the change before it down: same base, same sign
    text = "Ngành chế biến tăng 9,4% (trong đó chế biến gỗ là 11,2%)."
    assert _metrics(text) == [("yoy_pct", 9.4), ("yoy_pct", 11.2)]
    text = "Doanh thu giảm 3% so với tháng trước (trong đó bán lẻ là 4,5%)."
    assert _metrics(text) == [("change_pct", -3.0), ("change_pct", -4.5)]
    # a rate in brackets that breaks down no change stays what it is
    assert _metrics("Tỷ lệ che phủ rừng đạt 45% (trong đó rừng tự nhiên là 30%).")[1][0] != "yoy_pct"


def test_parts_named_with_no_verb_in_brackets_after_a_growth_rate_are_growth_rates() -> None:
    # each part a name and a rate, the growth of its share of the whole (a district, a sector, the province before
    # a merger)
    text = "Giá trị sản xuất nông nghiệp tăng bình quân 4,6%/năm (Yên Bái cũ 4,9%/năm, Lào Cai cũ 4,2%/năm)."
    assert _metrics(text) == [("yoy_pct", 4.6), ("yoy_pct", 4.9), ("yoy_pct", 4.2)]
    text = "Tốc độ tăng trưởng năm 2026 đạt 6,9% (nông nghiệp 3,1%, công nghiệp 9,8%)."
    assert _metrics(text) == [("yoy_pct", 6.9), ("yoy_pct", 3.1), ("yoy_pct", 9.8)]
    # near misses: the plan named in the bracket, a level's breakdown, a share's parts keep their own readings
    assert _metrics("Doanh thu du lịch tăng 14% (kế hoạch 11%).")[1][0] == "target"
    assert _metrics("Tỷ lệ che phủ rừng đạt 58,2% (huyện Mường Tè 66%, huyện Sìn Hồ 51%).")[1][0] != "yoy_pct"
    assert _metrics("Dịch vụ chiếm 42,5% (thương mại 18%, du lịch 9%).")[1][0] != "yoy_pct"


def test_an_auctions_gain_over_its_starting_price_in_per_cent_is_a_change_on_another_base() -> None:
    # the starting price is the base, named before the rate, after it, or before the gain's amount in brackets
    assert _metrics("Lô đất số 7 có giá trúng cao hơn giá khởi điểm 52%.") == [("change_pct", 52.0)]
    assert _metrics("Số tiền trúng đấu giá 96 tỷ đồng, tăng 27,5% so với giá khởi điểm.")[-1] == ("change_pct", 27.5)
    text = "Thửa đất trúng đấu giá 44 tỷ đồng, vượt giá khởi điểm 9,6 tỷ đồng (tăng 27,9%)."
    assert _metrics(text)[-1] == ("change_pct", 27.9)
    # (a multiple of the starting price is its gain in per cent: "gấp 2,1 lần giá khởi điểm", 110; was a level)
    assert _metrics("Tổng giá trúng 3 mỏ cát 41 tỷ đồng, gấp 2,4 lần giá khởi điểm.")[-1] == ("change_pct", 140.0)
    # near misses: a rate on last year beside an auction, and an amount of the gain, keep their readings
    assert _metrics("Thu từ đấu giá đất 96 tỷ đồng, tăng 27,5% so với cùng kỳ.")[-1] == ("yoy_pct", 27.5)
    assert _metrics("Giá trúng 60 tỷ đồng, tăng 14 tỷ đồng so với giá khởi điểm.")[-1][0] != "change_pct"


def test_a_count_after_the_verbs_to_upgrade_and_to_renovate_is_no_page_or_grade() -> None:
    # "nâng cấp" opening a sentence, "chỉnh trang": verbs, the works counted after them are figures
    assert figures("Nâng cấp 17 tuyến đường trục xã.") == [(17.0, "count", "level")]
    assert figures("Thành phố chỉnh trang 23 tuyến hẻm với tổng chiều dài 9,4 km.") == [
        (23.0, "count", "level"), (9.4, "km", "level")]
    # near misses: a page and a grade named by their number stay no figures
    assert figures("Số liệu chi tiết tại trang 23 của phụ lục.") == []
    assert figures("Học sinh cấp 2 được hỗ trợ.") == []


def test_the_same_term_of_the_school_year_before_is_the_same_period_a_year_ago() -> None:
    # "so với học kỳ II năm học trước": a term of last school year, as "năm học trước" is: a change on a year ago
    assert figures("Số học sinh chuyển trường 64 em, giảm 9 em so với học kỳ II năm học trước.") == [
        (64.0, "person", "level"), (-9.0, "person", "yoy_abs")]
    assert figures("Có 31 lớp học ghép, tăng 2 lớp so với HK I năm học trước.")[-1] == (2.0, "count", "yoy_abs")
    # near miss: the term before in the same school year is no year-on-year base
    assert figures("Số học sinh chuyển trường 64 em, giảm 9 em so với học kỳ I.")[-1][-1] != "yoy_abs"


def test_a_working_year_or_the_whole_year_before_is_the_same_period_a_year_ago() -> None:
    # "so với năm công tác 2024" (a police or court working year), "so với cả năm 2024": last year's, a year's figure
    # changed on it (was a level)
    changes = {
        "Năm 2026, Tòa án tỉnh thụ lý 2.310 vụ án, tăng 118 vụ so với năm công tác 2025.": (118.0, "case", "yoy_abs"),
        "Năm 2026, Chi cục thu tiền phạt 7,2 tỷ đồng, tăng 1,3 tỷ đồng so với cả năm 2025.": (1.3e9, "VND", "yoy_abs"),
        # near miss: the whole year before against the months so far is another base
        "Thu tiền phạt 9 tháng năm 2026 đạt 7,2 tỷ đồng, bằng 90% so với cả năm 2025.": (-10.0, "pct", "change_pct"),
    }
    for text, change in changes.items():
        assert figures(text)[-1] == change, text


def test_an_assigned_targets_amount_then_a_bare_rate_reached_is_the_plan_and_its_share() -> None:
    # "giao chỉ tiêu" before what it is of and the amount: the target; "đến nay đạt N%" after it: the share done
    assert figures("Huyện được giao chỉ tiêu trồng mới 640 ha rừng, đến nay đạt 71,2%.") == [
        (640.0, "ha", "target"), (71.2, "pct", "plan_pct")]
    assert figures("Kế hoạch năm 2027 cấp 5.000 thẻ bảo hiểm y tế, ước đạt 88%.")[-1] == (88.0, "pct", "plan_pct")
    assert figures("Huyện phấn đấu năm 2027 xây mới 40 phòng học, đến nay đạt 55%.")[-1] == (55.0, "pct", "plan_pct")
    # near misses: a rate as the target makes the rate reached a level; a rate with its own subject stays its own
    assert figures("Chỉ tiêu tỷ lệ dân số tham gia bảo hiểm y tế 95%, đến nay đạt 93,4%.")[-1] == (93.4, "pct", "level")
    assert figures("Kế hoạch năm 2027 trồng 640 ha rừng, tỷ lệ cây sống đạt 87%.")[-1] == (87.0, "pct", "level")


def test_a_part_ranked_with_its_rate_after_a_share_is_a_share() -> None:
    # "đứng thứ N với X%" after "chiếm Y% tổng ...": the markets of an export, each with its share of the whole
    text = "Nhật Bản chiếm 27,4% tổng kim ngạch xuất khẩu, Hàn Quốc đứng thứ hai với 18,9%."
    assert _metrics(text)[-1] == ("share_pct", 18.9)
    text = "Lúa chiếm 61% diện tích gieo trồng. Ngô đứng thứ hai với 14,5%."
    assert _metrics(text)[-1] == ("share_pct", 14.5)
    # near miss: a rank with a rate and no share said before stays what it was
    assert _metrics("Tỉnh đứng thứ hai cả nước với 12,6%.")[-1][0] != "share_pct"


def test_a_rate_higher_or_lower_than_another_base_is_the_change_on_it_exactly() -> None:
    # "cao hơn/thấp hơn N% so với đầu năm/tháng trước": a change on that base, its "hơn" the way, no bound
    found = find_figures("Tổng dư nợ tín dụng đạt 61.300 tỷ đồng, cao hơn 4,8% so với đầu năm.")
    assert [(f.metric, f.value, f.qualifier) for f in found][-1] == ("change_pct", 4.8, "exact")
    found = find_figures("Giá thịt lợn hơi thấp hơn 3,5% so với tháng trước.")
    assert [(f.metric, f.value, f.qualifier) for f in found] == [("change_pct", -3.5, "exact")]
    # (in points, an absolute change on that base, a level named by it)
    found = find_figures("Tỷ lệ lao động qua đào tạo đạt 71,4%, cao hơn 1,1 điểm phần trăm so với cuối năm 2026.")
    assert [(f.metric, f.value, f.qualifier) for f in found][-1] == ("level", 1.1, "exact")
    # near miss: on the same period it stays the growth
    assert _metrics("Doanh thu vận tải cao hơn 7,3% so với cùng kỳ.") == [("yoy_pct", 7.3)]


def test_a_rate_of_the_full_schedule_given_is_a_coverage_level() -> None:
    # "tiêm đủ N loại vắc xin ... đạt X%": the kinds counted only say what a full schedule is; the rate is a level
    assert figures("Năm nay tiêm đủ 10 loại vắc xin cho trẻ em dưới 1 tuổi đạt 96,4%.") == [(96.4, "pct", "level")]
    assert figures("Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 93,8%.") == [(93.8, "pct", "level")]
    # near miss: the plan named after the rate keeps it the plan's share
    assert figures("Tiêm đủ 10 loại vắc xin cho trẻ em dưới 1 tuổi đạt 96,4% kế hoạch.") == [(96.4, "pct", "plan_pct")]


def test_a_base_year_further_back_than_last_year_is_another_base() -> None:
    # against 2020 in a sentence about 2023: not the same period last year
    assert _metrics("So với năm 2020, doanh thu năm 2023 tăng gấp 1,5 lần.") == [("change_pct", 50.0)]
    assert _metrics("Năm 2023 tỷ trọng dịch vụ đạt 40%, tăng 4% so với năm 2020.")[-1] == ("change_pct", 4.0)
    # the year before the figure's own year stays the same period
    assert _metrics("Năm 2023 doanh thu tăng 6% so với năm 2022.") == [("yoy_pct", 6.0)]


def test_a_share_in_brackets_after_a_share_verb_or_a_ratio() -> None:
    assert _metrics("ngành dệt chiếm tỷ trọng lớn trong giá trị sản xuất (70%).")[-1] == ("share_pct", 70.0)
    assert _metrics("Có 45/50 thôn có đường bê tông (90%).")[-1] == ("share_pct", 90.0)
    # a rate of the plan written with a slash ("%/KH", "%/DT") is the plan attained, in brackets or not
    assert _metrics("Trồng rừng 410/500 ha (82%/KH).")[-1] == ("plan_pct", 82.0)
    assert _metrics("Thu ngân sách xã 2,6 tỷ đồng, bằng 52%/DT.")[-1] == ("plan_pct", 52.0)


def test_growth_named_before_a_comma() -> None:
    assert _metrics("Doanh thu quý I ghi nhận mức tăng cao, hơn 9,5% - mức cao nhất.")[0] == ("yoy_pct", 9.5)


def test_projects_and_policies_granted_are_counted() -> None:
    # "cấp 3 chủ trương đầu tư": granted, not a class such as "nhà cấp 4"
    assert [(f.value, f.unit_label) for f in find_figures("Tỉnh đã cấp 3 chủ trương đầu tư dự án mới.")] == [
        (3.0, "chủ trương")]
    assert find_figures("Hỗ trợ xây mới nhà cấp 4 cho hộ nghèo.") == []


def test_the_amount_a_plan_set_is_a_target() -> None:
    assert _metrics("Dịch vụ chiếm 38%, kế hoạch từ 40 - 41%.")[1:] == [("target", 40.0), ("target", 41.0)]
    assert _metrics("Tăng trưởng đạt 8%, cao hơn mục tiêu cả năm, là từ 6,5-7%.")[1:] == [
        ("target", 6.5), ("target", 7.0)]
    # not the plan a figure is set against, nor a plan counted as a document
    assert _metrics("Sản lượng đạt 95% so kế hoạch, tăng 4% so với cùng kỳ.")[1] == ("yoy_pct", 4.0)
    assert _metrics("Sản lượng tăng 2% so cùng kỳ, so kế hoạch tăng 3,5%.")[1] == ("plan_pct", 103.5)
    assert _metrics("Ban hành 120 Kế hoạch, 90 Báo cáo.")[1] == ("level", 90.0)


def test_a_bare_multiple_right_after_an_amount_is_its_growth() -> None:
    assert _metrics("Doanh thu ăn uống 1.200 tỷ đồng, gấp 2,5 lần.")[1] == ("yoy_pct", 150.0)
    # a multiple of something else named after it is not
    assert _metrics("GRDP đạt 400 nghìn tỷ đồng, gấp 4 lần so với quy mô GRDP tỉnh bạn.")[1][0] != "yoy_pct"


def test_a_share_named_by_its_weight_and_a_bare_hundred_percent_in_a_list_of_changes() -> None:
    assert _metrics("Tỷ trọng kinh tế số trong GRDP các năm lần lượt là 6%, 7% và 8%.") == [
        ("share_pct", 6.0), ("share_pct", 7.0), ("share_pct", 8.0)]
    assert _metrics("Năm 2024, tỷ trọng kinh tế số đạt 8,5%.")[0] == ("share_pct", 8.5)
    listed = "Chỉ số sản xuất tháng 5 tăng 2% so tháng trước, trong đó: khai khoáng bằng 100%; chế biến tăng 3%."
    assert _metrics(listed)[1] == ("change_pct", 0.0)


def test_sector_numbers_and_time_zones_are_not_figures_and_a_share_of_the_grdp() -> None:
    assert _metrics("Khu vực 1 nông, lâm nghiệp đạt 900 tỷ đồng; khu vực 3 dịch vụ tăng 6%.") == [
        ("level", 900e9), ("yoy_pct", 6.0)]
    assert find_figures("Cập nhật 10:15 GMT+7 hôm nay.") == []
    assert _metrics("Vốn đầu tư toàn xã hội bằng 30% GRDP.") == [("share_pct", 30.0)]


def test_round_11_signed_changes_grdp_reaching_a_rate_points_and_second_ranks() -> None:
    assert _metrics("Nông – lâm – thủy sản đạt +4,4%; dịch vụ đạt+7,4%.") == [("yoy_pct", 4.4), ("yoy_pct", 7.4)]
    assert _metrics("Tổng sản phẩm trên địa bàn (GRDP) trên địa bàn tỉnh năm 2024 ước đạt 10,2%.") == [
        ("yoy_pct", 10.2)]
    assert [(f.value, f.unit) for f in find_figures("quý I tăng 10%, đóng góp 2,34 điểm% vào tăng trưởng.")][1] == (
        2.34, "pct")
    assert [(f.value, f.unit_label) for f in find_figures("Tăng trưởng cao thứ 6/63 cả nước và thứ 3/11 vùng.")] == [
        (6.0, "thứ"), (3.0, "thứ")]


def test_a_bare_hundred_percent_in_the_breakdown_of_a_whole_change() -> None:
    text = "Chỉ số tháng 10 tăng 1,5% so tháng trước, Trong đó: Khai khoáng bằng 100%; Công nghiệp chế biến tăng 1,2%."
    assert _metrics(text)[1] == ("change_pct", 0.0)


def test_how_much_the_economy_expanded_or_shrank_is_an_absolute_change() -> None:
    text = ("Quy mô nền kinh tế đạt gần 60 nghìn tỷ đồng, mở rộng hơn 3,5 nghìn tỷ đồng so với cùng kỳ. Trong đó "
            "khu vực dịch vụ mở rộng 1,8 nghìn tỷ đồng; tiếp đến là khu vực công nghiệp 1,3 nghìn tỷ đồng; riêng "
            "thuế sản phẩm thu hẹp 26 tỷ đồng.")
    assert _metrics(text) == [("level", 60e12), ("yoy_abs", 3.5e12), ("yoy_abs", 1.8e12), ("yoy_abs", 1.3e12),
                              ("yoy_abs", -26e9)]
    # money after "mở rộng" of something else, with a verb of its own, is not
    assert _metrics("Doanh nghiệp mở rộng thị trường, doanh thu đạt 500 tỷ đồng.") == [("level", 500e9)]


def test_a_multiple_right_after_an_amount_without_a_comma_is_its_growth() -> None:
    text = "Quý I, số ngày khách lưu trú ước đạt gần 2,4 triệu ngày khách gấp hơn 1,2 lần."
    assert _metrics(text) == [("level", 2.4e6), ("yoy_pct", 20.0)]
    # a multiple right after a year names that year as its base word, not an amount
    assert _metrics("Năm 2023 doanh thu gấp 2 lần.")[-1][0] != "yoy_pct"


def test_all_of_the_things_just_named_are_not_counted_again() -> None:
    text = "Tỉnh khởi công đường tỉnh 901 và cầu Phú Lợi. Cả 2 công trình này nằm ở huyện Châu Thành."
    assert all(f.token != "2" for f in find_figures(text))


def test_water_levels_and_flood_depths_in_metres_are_no_facts() -> None:
    text = ("Mực nước sông Lam đã vượt đỉnh lũ năm 2018 (5,2m), đến 6h sáng nay còn 4,35m. Các tuyến phố ngập "
            "bình quân 0,6 -1,1m; mức ngập sâu nhất là 1,5m; sông Cả trên báo động 3 là 0,35m. Tổng chiều dài "
            "đường bị ngập hơn 8.200m.")
    assert [f.token for f in find_figures(text)] == ["8.200"]


def test_lanes_written_as_a_word_are_counted() -> None:
    text = "Tuyến đường dài 12 km, quy mô bốn làn xe."
    assert [(f.token, f.value, f.unit_label) for f in find_figures(text)][-1] == ("bốn", 4.0, "làn xe")


def test_urgent_relief_and_supplies_are_no_class_numbers() -> None:
    # "cấp 3" names a class, but "khẩn cấp 3.000 tấn gạo", "cung cấp 400 suất quà" are amounts
    text = "Tỉnh đề nghị hỗ trợ khẩn cấp 3.000 tấn gạo và cung cấp 400 suất quà cho người dân."
    assert [f.token for f in find_figures(text)] == ["3.000", "400"]
    assert all(f.token != "3" for f in find_figures("Đường cấp 3 đồng bằng dài 12 km."))


def test_round_12_the_figure_called_a_number_and_a_plan_opening_the_sentence() -> None:
    # "con số 1.250 doanh nghiệp": "the figure of", not a document or ordinal number
    assert [f.token for f in find_figures("Kết quả thể hiện qua con số 1.250 doanh nghiệp mới.")] == ["1.250"]
    assert [f.token for f in find_figures("Theo Quyết định số 1.250 của tỉnh.")] == []
    # a sentence that opens with the plan as base: the shares it reaches are the plan attained
    text = "So với kế hoạch năm, 6 tháng qua tỉnh đã hoàn thành 52,4% về xuất khẩu và 47,1% về nhập khẩu."
    assert [(f.value, f.metric) for f in find_figures(text)] == [(52.4, "plan_pct"), (47.1, "plan_pct")]
    assert one("Tỉnh đã hoàn thành 52,4% về xuất khẩu.", "52,4").metric != "plan_pct"


def test_round_12_more_than_one_half_is_no_count() -> None:
    assert [f.token for f in find_figures("Thu từ du lịch đạt 900 tỷ đồng, trong đó Phú Quốc chiếm hơn 1 nửa.")] == [
        "900"]


def test_round_12_a_fraction_in_words_is_no_figure() -> None:
    assert [f.token for f in find_figures("Hạt điều chiếm khoảng 1/3 kim ngạch xuất khẩu của tỉnh.")] == []


def test_a_dot_after_an_abbreviated_kind_of_place_ends_no_sentence() -> None:
    text = "Doanh thu đạt 5 tỷ đồng. Trong đó, TP. Vị Thanh đạt 3 tỷ đồng; chi nhánh HTX. Năm nay đạt 2 tỷ đồng."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Doanh thu đạt 5 tỷ đồng.", "Trong đó, TP. Vị Thanh đạt 3 tỷ đồng; chi nhánh HTX.", "Năm nay đạt 2 tỷ đồng."]


def test_a_bracket_after_a_level_opening_with_its_change_restates_the_change_in_its_unit() -> None:
    text = "Doanh thu dịch vụ đạt 640 tỷ đồng (giảm 4%, tương đương 27 tỷ đồng); lượng khách đạt 12 triệu lượt."
    got = {f.value: f.metric for f in find_figures(text)}
    assert got[-27e9] == "yoy_abs" and got[640e9] == "level"
    # a bracket after the change itself restates the amount, not the change
    restated = find_figures("Kim ngạch nhập khẩu giảm 9% (tương đương 300 triệu USD).")
    assert [f.metric for f in restated] == ["yoy_pct", "level"]


def test_a_plan_named_before_reach_is_the_base_of_its_share() -> None:
    text = "Doanh thu thương mại ước 950 tỷ đồng, so kế hoạch năm đạt 47% và bằng 108% so với cùng kỳ."
    got = {f.value: f.metric for f in find_figures(text)}
    assert got[47] == "plan_pct" and got[8] == "yoy_pct"


def test_a_bare_rate_right_after_an_amount_is_its_share_of_plan_after_growth_talk() -> None:
    text = ("Tốc độ tăng trưởng kinh tế ước đạt 6,9%. "
            "Sản lượng chè búp tươi ước 4.200 tấn, đạt 51,2%. Diện tích thu hoạch 900 ha, đạt 100% diện tích.")
    got = {f.value: f.metric for f in find_figures(text)}
    assert got[6.9] == "yoy_pct" and got[51.2] == "plan_pct" and got[100] == "share_pct"


def test_a_share_said_to_be_high_is_a_share():
    # "chiếm tỉ lệ cao với 40%" under a structure: the share, as "chiếm tỷ trọng cao nhất với 82%" is
    text = "Về cơ cấu kinh tế, khu vực công nghiệp và xây dựng chiếm tỉ lệ cao với 40,1%; dịch vụ chiếm 33,6%."
    figs = {f.value: f.metric for f in find_figures(text)}
    assert figs[40.1] == "share_pct" and figs[33.6] == "share_pct"


def test_the_growth_restated_as_the_whole_of_contributions_is_growth():
    text = "Trong 8,1% tăng trưởng của quý I, công nghiệp đóng góp 5,4 điểm phần trăm."
    assert {f.value: f.metric for f in find_figures(text)}[8.1] == "yoy_pct"


# --- a named month of the figure's own year, other than its own month, is the month before -------

def test_a_month_of_the_same_year_is_another_base() -> None:
    june = (dt.date(2023, 6, 1), dt.date(2023, 6, 30))
    assert compares_with_another_month(" so với tháng 5/2023, tăng 8% so với cùng kỳ", june)
    assert compares_with_another_month(" so với tháng 5 năm 2023.", june)
    assert not compares_with_another_month(" so với tháng 6/2022.", june)  # the same month last year
    assert not compares_with_another_month(" so với cùng kỳ, cao hơn tháng 5/2023", june)  # its own base first
    assert not compares_with_another_month(" so với tháng 5/2023.", (dt.date(2023, 1, 1), dt.date(2023, 6, 30)))


def test_a_fronted_month_before_the_one_the_text_before_names_is_another_base() -> None:
    # the sentence names no month of its own: the one named before it is the figure's, the base is the month before
    text = "Trong tháng 5/2026 xảy ra 14 vụ cháy. So với tháng 4/2026: tăng 2 vụ, giảm 1 người bị thương."
    assert [(f.value, f.change_named) for f in find_figures(text)] == [
        (14, None), (2, "mức tăng so với tháng 4/2026"), (-1, "mức giảm so với tháng 4/2026")]
    # the same month of last year stays the same period
    text = "Trong tháng 5/2026 xảy ra 14 vụ cháy. So với tháng 5/2025: tăng 2 vụ."
    assert figures(text)[1] == (2, "case", "yoy_abs")


def test_a_prices_move_with_no_base_named_is_no_change_on_last_year() -> None:
    # a price moves from its last quote (the week's, the adjustment's before): no yoy_abs, and no level either
    assert figures("Dầu hỏa: 19.400 đồng/lít (tăng 310 đồng/lít).") == [(19400, "VND", "level")]
    assert figures("Giá phân urê tháng 4/2026 giảm 15.000 đồng/bao, còn 520.000 đồng/bao.") == [
        (520000, "VND", "level")]
    # with the same period named it stays the change on it; an amount per person is no price
    assert figures("Giá cá tra tăng 1.500 đồng/kg so với cùng kỳ.") == [(1500, "VND", "yoy_abs")]
    assert figures("Thu nhập bình quân tăng 4 triệu đồng/người.") == [(4e6, "VND", "yoy_abs")]


def test_a_branch_in_a_paragraph_after_the_month_compares_with_the_month_before() -> None:
    from orchestration.extraction import extract_document

    text = ("Tình hình công nghiệp tháng 6 năm 2023\n\n"
            "Giá trị sản xuất công nghiệp tháng 6 năm 2023 ước đạt 300 tỷ đồng, tăng 5% so với tháng 5/2023.\n"
            "Phân theo ngành: ngành điện đạt 120 tỷ đồng, tăng 12,5% so với tháng 5/2023, giảm 3,5% so với "
            "cùng kỳ năm trước.\n")
    rows = extract_document(text.encode(), "cong_nghiep.txt").tables["indicators"].iter_rows(named=True)
    metrics = {r["value"]: r["metric"] for r in rows}
    assert metrics[12.5] == metrics[5] == "change_pct"
    assert metrics[-3.5] == "yoy_pct"


def test_a_bare_rate_in_brackets_after_a_growth_on_last_year_is_last_years_growth() -> None:
    assert figures("GRDP quý II tăng 5,4% so với cùng kỳ năm trước (4,8%).") == [
        (5.4, "pct", "yoy_pct"), (4.8, "pct", "yoy_pct")]
    # a plan in brackets stays the plan's
    assert figures("GRDP quý II tăng 5,4% so với cùng kỳ (kế hoạch 6%).")[1][2] == "target"


def test_a_growth_multiple_without_its_base_is_the_growth() -> None:
    assert figures("Lượng khách quốc tế tăng gấp 3 lần.") == [(200, "pct", "yoy_pct")]
    assert figures("Lượng khách quốc tế tăng gấp hơn 2,5 lần.") == [(150, "pct", "yoy_pct")]


def test_the_three_national_target_programmes_named_as_a_set_are_no_count() -> None:
    text = "Huyện được phân bổ vốn 3 chương trình MTQG là 120 tỷ đồng cho năm nay."
    assert [f.token for f in find_figures(text)] == ["120"]


def test_the_height_of_the_winds_in_a_forecast_is_no_length() -> None:
    text = "Do ảnh hưởng của vùng hội tụ gió trên độ cao 5000 m, khu vực có mưa 30 - 50 mm."
    assert all(f.value != 5.0 for f in find_figures(text))


def test_a_plan_beside_an_estimated_result_is_not_an_estimate() -> None:
    text = "Sản lượng ngô ước đạt 12.400 tấn/KH 13.000 tấn, tăng 5% so với năm trước."
    assert one(text, "12.400").qualifier == "estimate"
    plan = one(text, "13.000")
    assert (plan.metric, plan.qualifier) == ("target", "exact")


def test_the_low_end_of_a_yield_range_takes_the_yield_unit() -> None:
    assert figures("Năng suất ngô đạt 48 tạ/ha/KH 50 - 52 tạ/ha.") == [
        (48, "quintal_per_ha", "level"), (50, "quintal_per_ha", "target"), (52, "quintal_per_ha", "target")]


def test_a_mountain_gauges_height_above_the_sea_is_no_fact() -> None:
    text = "Mực nước sông Đà tại bản Lả đạt đỉnh 212,4 m, cao hơn lũ năm 2008 là 1,2 m; 3 nhà bị ngập."
    assert [f.token for f in find_figures(text)] == ["3"]


@pytest.mark.parametrize(("text", "token", "value"), [
    ("Sạt lở đất làm 4 người chết, 3 mất tích.", "3", 3),
    ("Lốc xoáy ở huyện miền núi: một người chết, ba bị thương", "ba", 3),
])
def test_a_casualty_count_that_leaves_off_nguoi_after_one_that_says_it_counts_people(
        text: str, token: str, value: int) -> None:
    found = one(text, token)
    assert (found.value, found.unit) == (value, "person")


def test_a_lists_base_before_its_colon_reads_each_items_multiple() -> None:
    text = "Một số ngành có mức sản xuất tăng mạnh so cùng kỳ như: sản xuất đồ uống gấp 1,5 lần; dệt tăng hơn 20%."
    assert figures(text) == [(50, "pct", "yoy_pct"), (20, "pct", "yoy_pct")]


def test_degrees_of_heat_and_the_sides_of_a_thing_count_nothing() -> None:
    assert [f.token for f in find_figures("Nhiệt độ giảm 5 - 7 độ so với hôm qua.")] == []
    assert [f.token for f in find_figures("Nước tràn dọc 2 bên suối Nậm Mu.")] == []


def test_a_count_in_words_that_introduces_the_places_it_names_is_no_figure() -> None:
    text = "Mưa lớn làm sạt lở đường vào hai xã vùng cao Tà Mung và Khoen On, nhiều hộ bị cô lập."
    assert not [f for f in find_figures(text) if f.value == 2]


def test_a_tally_of_places_in_digits_stays_a_count() -> None:
    text = "Công nhận 04 thôn đạt chuẩn tại 02 xã Tà Mung, Khoen On."
    assert [f.unit_label for f in find_figures(text) if f.value == 2] == ["xã"]


def test_a_rate_reached_over_the_families_named_after_it_is_a_share() -> None:
    text = "Đợt rét ảnh hưởng tới 75% gia đình chăn nuôi trong huyện."
    assert [(f.value, f.metric) for f in find_figures(text)] == [(75.0, "share_pct")]


def test_how_deep_flooded_homes_stand_is_no_figure() -> None:
    text = "Nhà bị ngập nước trên 1,5 mét: 40 căn; đường bị ngập trên 3 km."
    assert [(f.value, f.unit) for f in find_figures(text)] == [(40.0, "house"), (3.0, "km")]


def test_all_kinds_before_a_number_is_no_class() -> None:
    # "rau các loại 900 ha": vegetables of all kinds, a quantity; "loại 2" alone is a class
    assert _metrics("Trong đó, đỗ 120 ha; rau các loại 900 ha.") == [("level", 120.0), ("level", 900.0)]
    assert _metrics("nâng cấp đường loại 2 dài 3 km") == [("level", 3.0)]


def test_a_growth_rate_reaching_a_percentage_on_the_same_period_is_the_growth() -> None:
    # the growth of the index reached 9,5%: not 9,5% of last year's amount
    text = "Điểm sáng là mức tăng trưởng của chỉ số sản xuất công nghiệp, đạt 9,5% so với cùng kỳ năm trước."
    assert _metrics(text) == [("yoy_pct", 9.5)]
    # an amount reaching a share of last year's stays a ratio, and so does an index over 50
    assert _metrics("Sản lượng cá đạt 92% so với cùng kỳ.") == [("yoy_pct", -8.0)]
    assert _metrics("Nhờ mức tăng trưởng khá, doanh thu đạt 104% so với cùng kỳ.") == [("yoy_pct", 4.0)]


def test_the_attendance_of_a_congress_or_session_is_no_figure() -> None:
    # the delegates and the members they stand for, even after guests listed with colon and semicolons
    assert figures("Dự Đại hội có 120 đại biểu đại diện cho 350 đảng viên của Đảng bộ.") == []
    assert figures("Dự và chỉ đạo kỳ họp có đồng chí A; lãnh đạo các ban và 40 đại biểu HĐND xã.") == []
    # a count of people trained at a conference is still a figure
    assert figures("Tổ chức 3 hội nghị tập huấn cho 240 đại biểu.") != []
    assert len(figures("Hiện Đảng bộ có 30 chi bộ với 800 đảng viên.")) == 2


def test_a_growth_rate_averaged_over_the_years_is_growth() -> None:
    # "bình quân" right before the figure: a yearly average of the growth, not an average as the subject
    assert figures("Tốc độ tăng trưởng đàn gia cầm bình quân 4%/năm.") == [(4, "pct", "yoy_pct")]
    assert figures("Tốc độ tăng trưởng giá trị sản xuất bình quân hằng năm 6,5%.") == [(6.5, "pct", "yoy_pct")]


def test_the_more_of_a_comparison_is_no_over_qualifier() -> None:
    # "cao hơn"/"thấp hơn" before a gap says which way the gap goes: the gap itself is exact
    gap = one("Tỷ lệ thực hiện đạt 72%, cao hơn 4,5% so với cùng kỳ.", "4,5")
    assert (gap.metric, gap.qualifier) == ("yoy_abs", "exact")
    lower = one("Doanh thu đạt 300 tỷ đồng, thấp hơn 6% so với năm trước.", "6")
    assert (lower.value, lower.metric, lower.qualifier) == (-6, "yoy_pct", "exact")
    assert one("Doanh thu tăng hơn 6% so với năm trước.", "6").qualifier == "over"


def test_the_score_of_a_counted_group_of_communes_is_its_class() -> None:
    # "3 xã đạt 12 tiêu chí": three communes in the 12-criteria class; a named commune's score stays
    assert [f.token for f in find_figures("Toàn huyện có 3 xã đạt 12 tiêu chí, 04 xã đạt 09 tiêu chí.")] == ["3", "04"]
    assert [f.token for f in find_figures("Xã Tân Lập đạt 14 tiêu chí nông thôn mới.")] == ["14"]


def test_the_bounds_of_a_class_of_communes_are_no_counts() -> None:
    # "7 xã đạt từ 13 đến 16 tiêu chí": seven communes in the class bounded by 13 and 16 criteria; only the seven
    # count, and so in a class said with one bound or as the row of a list
    text = "Huyện có 7 xã đạt từ 13 đến 16 tiêu chí, 5 xã đạt 10 - 12 tiêu chí và 2 xã đạt dưới 10 tiêu chí."
    assert [f.token for f in find_figures(text)] == ["7", "5", "2"]
    assert [f.token for f in find_figures("Số xã đạt từ 13-16 tiêu chí: 7 xã.")] == ["7"]
    assert [f.token for f in find_figures("Bình quân mỗi xã đạt 15,2 tiêu chí.")] == ["15,2"]


def test_the_degree_of_heavy_damage_qualifies_the_houses() -> None:
    # "hư hỏng nặng 60-100%": how badly the houses were hit, no figure of its own
    assert [f.token for f in find_figures("Có 230 căn nhà bị tốc mái, phần lớn bị hư hỏng nặng 60-100%.")] == ["230"]


def test_share_of_the_plan_is_plan_attained() -> None:
    # "chiếm X% kế hoạch": the whole named is the plan, so the figure is the plan attained
    text = "Doanh thu dịch vụ đạt 820 tỷ đồng, chiếm gần 48% kế hoạch năm, tăng 9% so với cùng kỳ."
    assert figures(text) == [(820e9, "VND", "level"), (48, "pct", "plan_pct"), (9, "pct", "yoy_pct")]
    # a share of a total stays a share
    assert figures("Khu vực dịch vụ chiếm 41,2% trong cơ cấu kinh tế.")[0][2] == "share_pct"


def test_a_signed_bracket_takes_the_base_right_after_it() -> None:
    text = ("Kim ngạch xuất khẩu tháng 6 đạt 210 triệu USD (+4,5%) so với tháng trước và (+18,2%) "
            "so với cùng tháng năm trước.")
    assert _metrics(text) == [("level", 210000000.0), ("change_pct", 4.5), ("yoy_pct", 18.2)]
    # (with no base after it, the bracket restates the change said before it, on that change's base)
    assert _metrics("Dư nợ so với 31/12 tăng 1.475 tỷ đồng (+6,2%).")[-1] == ("change_pct", 6.2)


def test_a_change_on_last_years_crop_season_written_without_năm_is_on_the_same_period() -> None:
    # "so với vụ mùa 2021": the same season a year before, as "so với vụ mùa năm 2021" is
    got = _metrics("Năng suất lúa vụ mùa đạt 55,2 tạ/ha, tăng 1,3 tạ/ha so với vụ mùa 2021.")
    assert ("yoy_abs", 1.3) in got
    got = _metrics("Năng suất ngô đạt 48 tạ/ha, giảm 0,6 tạ/ha so với vụ đông xuân 2020.")
    assert ("yoy_abs", -0.6) in got


def test_a_percent_written_right_before_grdp_is_a_share_of_it() -> None:
    # "khoảng 30% GRDP": the subject's share of the GRDP, though no verb stands before the percent
    assert ("share_pct", 30.0) in _metrics("Vốn đầu tư toàn xã hội hằng năm khoảng 30% GRDP, vượt kế hoạch.")
    assert ("share_pct", 4.5) in _metrics("Chi cho khoa học công nghệ bình quân 4,5% của GRDP.")


def test_a_clock_time_with_its_minutes_is_no_figure() -> None:
    # the minutes of "21 giờ 15 cùng ngày" tell the time
    text = "Đến 21 giờ 15 cùng ngày điện đã có lại. Có 18 nhà bị sập."
    assert [f.token for f in find_figures(text)] == ["18"]


def test_the_share_of_a_roof_torn_off_is_no_figure() -> None:
    # "tốc mái từ 70% trở lên", "tốc mái 50%": how much of each roof went, not a count of its own
    text = "Có 18 nhà tốc mái từ 70% trở lên, 6 nhà tốc mái 50%."
    assert [f.token for f in find_figures(text)] == ["18", "6"]


def test_an_amount_in_brackets_after_a_rate_of_change_is_that_change() -> None:
    text = "Diện tích ngô đạt 5.200 ha, giảm 1,5% (79 ha); sản lượng đạt 31.000 tấn, tăng 4,2% (1.250 tấn)."
    read = {f.token: (f.metric, f.value) for f in find_figures(text)}
    assert read["79"] == ("yoy_abs", -79) and read["1.250"] == ("yoy_abs", 1250)
    assert read["5.200"] == ("level", 5200)


def test_a_base_that_names_a_month_by_its_number() -> None:
    # "so với tháng 12 năm trước" is December's level, another base than the same period last year
    read = {f.token: f.metric for f in find_figures("So với tháng 12 năm trước, giá tiêu dùng tăng 2,3%.")}
    assert read["2,3"] == "change_pct"
    read = {f.token: f.metric for f in find_figures("Giá tiêu dùng tháng 4, nếu so với tháng 12 năm trước tăng 1,7%.")}
    assert read["1,7"] == "change_pct"


def test_changes_in_brackets_share_the_base_of_the_change_before_the_bracket() -> None:
    text = "Giá tiêu dùng tháng 9 giảm 0,4% so với tháng trước (thành thị giảm 0,5%, nông thôn tăng 0,1%)."
    read = {f.token: (f.metric, f.value) for f in find_figures(text)}
    assert read["0,5"] == ("change_pct", -0.5) and read["0,1"] == ("change_pct", 0.1)


def test_ratio_of_planned_items_counts_the_whole_set():
    # the plan words say what each item reached; the b of "a/b chỉ tiêu" is all the items, no plan amount
    figures = find_figures("Cả năm huyện có 17/22 chỉ tiêu đạt và vượt kế hoạch đề ra.")
    assert [(f.token, f.metric) for f in figures] == [("17", "level"), ("22", "level")]
    # a ratio of places read against a plan keeps its plan
    figures = find_figures("Có 4/9 xã đạt chuẩn nông thôn mới theo kế hoạch năm.")
    assert [(f.token, f.metric) for f in figures] == [("4", "level"), ("9", "target")]


def test_ratio_of_units_that_reached_their_own_plan_counts_the_whole_set():
    # each counted unit reached a plan of its own: the b is all the units, not a planned amount
    figures = find_figures("Đến nay 9/14 phường, xã đều đã hoàn thành dự toán thu được giao.")
    assert [(f.token, f.metric) for f in figures] == [("9", "level"), ("14", "level")]
    figures = find_figures("Có 6/11 đơn vị vượt kế hoạch giải ngân.")
    assert [(f.token, f.metric) for f in figures] == [("6", "level"), ("11", "level")]
    # works done against a plan keep the plan as the b
    figures = find_figures("Huyện hoàn thành 12/15 công trình theo kế hoạch năm.")
    assert [(f.token, f.metric) for f in figures] == [("12", "level"), ("15", "target")]


def test_crops_a_year_name_a_land_class_not_cases():
    # "lúa 2 vụ": the field bears two crops a year; "vụ" after a count of events stays a case
    figures = find_figures("Xã có 3 chỉ tiêu đạt kế hoạch là diện tích lúa 2 vụ và nuôi tôm.")
    assert [f.token for f in figures] == ["3"]
    assert [(f.token, f.unit) for f in find_figures("Trong tháng xảy ra 2 vụ cháy nhà.")] == [("2", "case")]


def test_a_yield_in_bare_quintals_is_per_hectare() -> None:
    # a yield is per hectare, so "tạ" alone in a clause of "năng suất" is tạ/ha; elsewhere it is a weight
    assert figures("Năng suất ngô bình quân đạt 48,6 tạ.") == [(48.6, "quintal_per_ha", "level")]
    assert figures("Sản lượng ngô đạt 3.500 tạ.") == [(350, "tonne", "level")]
    assert figures("Năng suất đạt 50 tạ/ha, sản lượng 4.000 tạ.") == [
        (50, "quintal_per_ha", "level"), (400, "tonne", "level")]


def test_the_months_of_last_year_so_far_are_the_same_period() -> None:
    # "so với 9 tháng năm 2022" in a report on 2023's nine months: last year's same period
    assert figures("Đàn bò 9 tháng năm 2023 có 2.310 con, tăng 45 con so với 9 tháng năm 2022.") == [
        (2310, "head", "level"), (45, "head", "yoy_abs")]
    # two years back is another base, as "so với năm 2021" is
    assert figures("Đàn bò 9 tháng năm 2023 tăng 60 con so với 9 tháng đầu năm 2021.") != [(60, "head", "yoy_abs")]


def test_exceeding_last_year_by_an_amount_is_its_change() -> None:
    # "vượt 20 con so với cùng kỳ": more than the same period of last year, by that much
    assert figures("Đàn dê có 1.020 con, vượt 20 con so với cùng kỳ.") == [
        (1020, "head", "level"), (20, "head", "yoy_abs")]
    # against a plan "vượt" stays a plan's reading
    assert (20, "head", "yoy_abs") not in figures("Đàn dê có 1.020 con, vượt 20 con so với kế hoạch.")


def test_a_signed_amount_in_brackets_after_a_rate_is_the_same_change() -> None:
    assert figures("Diện tích ngô 900 ha, giảm 4,1% (-38 ha); năng suất 50 tạ/ha.") == [
        (900.0, "ha", "level"), (-4.1, "pct", "yoy_pct"), (-38.0, "ha", "yoy_abs"), (50.0, "quintal_per_ha", "level")]
    assert figures("Diện tích rau 700 ha, tăng 5,2% (+34,5 ha), đậu 80 ha.")[2] == (34.5, "ha", "yoy_abs")


def test_one_verb_for_two_changes_on_two_bases() -> None:
    assert figures("Kim ngạch nhập khẩu tháng 4 đạt 60 triệu USD, giảm 3% so với tháng trước và 12% so với "
                   "cùng kỳ.")[1:] == [(-3.0, "pct", "change_pct"), (-12.0, "pct", "yoy_pct")]


def test_an_earlier_periods_figure_in_brackets_is_no_estimate() -> None:
    text = "Doanh thu lữ hành quý III ước đạt 820 tỷ đồng, tăng 9% (quý III/2023 là 752 tỷ đồng)."
    assert one(text, "820").qualifier == "estimate"
    assert one(text, "752").qualifier == "exact"
    text = "Khách lưu trú ước đạt 95.000 lượt (cùng kỳ năm trước là 88.000 lượt)."
    assert one(text, "88.000").qualifier == "exact"


def test_a_rate_named_as_the_subject_of_chiem_is_the_rate_itself() -> None:
    assert figures("Năm 2015, tỷ lệ hộ nghèo của xã chiếm 8,4% dân số.")[-1] == (8.4, "pct", "level")
    # a part of a whole with no rate named stays a share
    assert figures("Năm 2015, khu vực dịch vụ chiếm 41% GRDP.")[-1] == (41, "pct", "share_pct")


def test_one_change_told_of_two_aspects_keeps_its_metric_and_sign():
    figs = {f.token: f for f in find_figures("So với cùng kỳ, giảm 3,2% về số hợp tác xã và 9% về vốn góp.")}
    assert figs["3,2"].metric == figs["9"].metric == "yoy_pct"
    assert figs["9"].value == -9
    level = {f.token: f for f in find_figures("Tỷ lệ che phủ về rừng và 40% về diện tích mặt nước.")}
    assert level["40"].metric == "level"  # no change before it to share


def test_the_share_of_fruit_shed_qualifies_the_crop() -> None:
    # "rụng trái khoảng 60%": how badly the orchard was hit, no figure of its own
    text = "Gió lốc làm 25 ha bưởi bị ảnh hưởng, nhiều vườn bị rụng trái khoảng 60%, có nơi rụng hoa 30-40%."
    assert [f.token for f in find_figures(text)] == ["25"]


def test_the_diameter_of_a_thing_describes_it() -> None:
    # hailstones or a pipe measured across: a size, not a fact
    text = "Mưa đá kéo dài 15 phút, viên đá có đường kính phổ biến từ 2 - 4cm, làm tốc mái 41 nhà."
    assert [f.token for f in find_figures(text)] == ["41"]
    assert [f.token for f in find_figures("Lắp đặt 3,2 km ống nước đường kính 150mm.")] == ["3,2"]


def test_the_threshold_of_a_class_of_provinces_is_no_fact() -> None:
    # "một trong số ít địa phương có ... vượt 15-20%": the peers' bar, not the report's own figure
    text = ("Thu ngân sách đạt 9.120 tỷ đồng, bằng 108% dự toán; tỉnh là một trong số ít địa phương có "
            "số thu vượt 15-20% so với cùng kỳ.")
    assert [f.token for f in find_figures(text)] == ["9.120", "108"]
    above = "Tỉnh là một trong những địa phương có số thu tăng trên 20% so với cùng kỳ."
    assert [f.token for f in find_figures(above)] == []
    # one rate of its own, no threshold: the province's figure
    own = "Tỉnh là một trong những địa phương có tốc độ tăng trưởng cao nhất với 10,5%."
    assert [f.token for f in find_figures(own)] == ["10,5"]


def test_the_date_of_an_occasion_is_no_figure() -> None:
    # "dịp 2/9": the day of the occasion, neither a 2 nor a 9
    text = "Tỉnh dự kiến gắn biển 7 công trình chào mừng dịp 2/9 tới."
    assert [f.token for f in find_figures(text)] == ["7"]


def test_a_count_pointing_back_is_said_again_not_anew() -> None:
    # "5 trường học nói trên" repeats the 5 counted before it
    text = "Huyện xây mới 5 trường học. Tổng vốn của 5 trường học kể trên là 48 tỷ đồng."
    assert [f.token for f in find_figures(text)] == ["5", "48"]


def test_the_low_end_of_a_range_of_a_ratio_counts_what_the_high_end_counts() -> None:
    # "30-35/40 tiêu chí": both ends of the range are counts of the same whole, each a figure
    assert figures("Các thôn còn lại đạt 30-35/40 tiêu chí.") == [(30, "count", "level"), (35, "count", "level"),
                                                                  (40, "count", "level")]


def test_exceeding_the_estimate_by_at_least_some_percent_is_a_plan_share() -> None:
    # "vượt ít nhất 5% dự toán": a floor on the excess, read as "vượt 5%" is (105 % of the estimate)
    assert figures("Phấn đấu thu ngân sách vượt ít nhất 7% dự toán được giao.") == [(107, "pct", "plan_pct")]
    assert figures("Thu nội địa cần vượt tối thiểu 4% kế hoạch.") == [(104, "pct", "plan_pct")]


def test_items_listed_after_short_of_the_plan_are_shares_of_the_plan() -> None:
    # "chưa đạt kế hoạch như A đạt 70%; B đạt 64%": each item listed after "như" is its share of the plan,
    # not a growth, even when the sentence named the same period before
    text = ("Thu ngân sách tăng mạnh so với cùng kỳ, nhưng vài khoản chưa đạt kế hoạch giao như thu phí "
            "đạt 70%; thu tiền thuê đất đạt 64%.")
    assert figures(text) == [(70, "pct", "plan_pct"), (64, "pct", "plan_pct")]


def test_a_bare_rise_of_an_amount_right_after_its_subject_is_its_change() -> None:
    # a headline "X tăng 7 triệu đồng" gives no level: the amount is how much X rose
    assert figures("Lương bình quân của công nhân ở khu công nghiệp Z tăng 7 triệu đồng") == [(7e6, "VND", "yoy_abs")]
    assert figures("Số hộ cận nghèo của huyện giảm 85 hộ") == [(-85, "household", "yoy_abs")]
    # more to be built is no change of a level
    assert figures("Phấn đấu xây dựng tăng thêm 03 trường đạt chuẩn.")[0][2] != "yoy_abs"
    # "tăng thêm" after a measure its subject names is the same rise (was a level of 240 ha)
    assert figures("Diện tích trồng sầu riêng tăng thêm 240 ha.") == [(240, "ha", "yoy_abs")]
    assert figures("Số thuê bao di động tăng thêm 8.500 thuê bao.")[0][2] == "yoy_abs"
    # near-miss: with no measure as subject, the more to be built or opened stays a count of them
    assert figures("Năm nay tăng thêm 04 trường mầm non.")[0][2] == "level"


def test_a_fall_by_more_is_a_change_as_a_rise_by_more_is() -> None:
    # "giảm thêm", as "tăng thêm": the measure fell by that much more (was a level of 95 head, of 0,4%)
    assert figures("Đàn dê của huyện giảm thêm 95 con.") == [(-95, "head", "yoy_abs")]
    assert figures("Tổng đàn gà giảm thêm 2.300 con so với cùng kỳ.") == [(-2300, "head", "yoy_abs")]
    assert figures("Tỷ lệ trẻ suy dinh dưỡng giảm thêm 0,4%.") == [(-0.4, "pct", "yoy_abs")]
    # on another base, a change on it
    assert figures("Tỷ lệ nợ xấu giảm thêm 0,3 điểm % so với đầu năm.") == [(-0.3, "pct", "level")]
    # near-miss: with no measure as subject, what is cut stays a count of it
    assert figures("Năm nay giảm thêm 03 điểm trường lẻ.")[0][2] == "level"


def test_what_a_unit_will_go_on_doing_is_its_aim() -> None:
    # "Xã sẽ tập trung ...", "Huyện cũng sẽ tiếp tục ...": the amounts of what the unit will do are targets
    assert figures("Phường cũng sẽ tập trung chỉnh trang đô thị, giữ ổn định khoảng 35 ha cây xanh.") == [
        (35, "ha", "target")]
    assert figures("Huyện sẽ tiếp tục duy trì 90 ha rau an toàn.") == [(90, "ha", "target")]


def test_a_sector_by_ownership_takes_a_share_of_the_total() -> None:
    # the state, non-state and foreign-invested sectors are parts of the total named before,
    # never rates of their own, even when each clause ends right after its percent
    text = ("Vốn đầu tư thực hiện quý II ước 4.120 tỷ đồng. Chia theo nguồn vốn, khu vực nhà nước chiếm 21,4%; "
            "khu vực ngoài nhà nước chiếm 63%; khu vực có vốn đầu tư nước ngoài chiếm 15,6%.")
    assert [m for m, _ in _metrics(text)][1:] == ["share_pct"] * 3
    # a count of households and its rate stays the rate itself
    assert figures("Xã còn 57 hộ nghèo, chiếm 3,4%; hộ cận nghèo giảm.")[1] == (3.4, "pct", "level")


def test_every_part_of_a_breakdown_of_an_estimate_is_an_estimate() -> None:
    # the parts after "Trong đó" share the estimate of the total, those after a semicolon too
    text = ("Sản lượng điện sản xuất tháng 5 ước đạt 410 triệu kWh. Trong đó, Thủy điện tăng 8,2% so với tháng "
            "trước; Điện mặt trời giảm 3,5% so với tháng trước; Nhiệt điện tăng 1,1%.")
    assert [f.qualifier for f in find_figures(text)] == ["estimate"] * 4
    # a list that opens no breakdown keeps its own words
    plain = "Doanh thu ước đạt 90 tỷ đồng. Khách lưu trú tăng 4%; Khách lữ hành tăng 6%."
    assert [f.qualifier for f in find_figures(plain)] == ["estimate", "exact", "exact"]


def test_a_day_and_month_before_a_bracket_of_years_is_an_anniversary_date():
    text = "Công trình chào mừng 50 năm Ngày giải phóng huyện 12/4 (1975-2025)."
    assert [f.token for f in find_figures(text)] == []
    # a ratio before a bracket that gives no years stays a ratio
    assert [f.token for f in find_figures("đạt 18/20 xã (chiếm 90%)")] == ["18", "20", "90"]


def test_a_datelines_day_and_month_before_its_agency_and_dash_is_a_date():
    for line in ("Lai Châu, 14/10 (TTXVN) - Toàn tỉnh đón 85.000 lượt khách.",
                 "Cà Mau, 2/9 (VOV) – Toàn tỉnh đón 85.000 lượt khách."):
        assert [f.token for f in find_figures(line)] == ["85.000"], line
    # (near miss: a ratio, a bracket that is no agency and no dash after it)
    assert [f.token for f in find_figures("đạt 14/16 xã (chiếm 87,5%) - tăng 2 xã")][:2] == ["14", "16"]


def test_an_ordinal_counted_within_a_whole_is_no_count():
    assert [f.token for f in find_figures("Thôn đã đạt chỉ tiêu thứ 7 trong 12 chỉ tiêu của kế hoạch.")] == []
    # a rank after "xếp" stays a count labelled "thứ"
    assert "4" in [f.token for f in find_figures("Huyện xếp thứ 4 trong 9 huyện của tỉnh.")]


def test_places_counted_again_as_the_ones_just_named_are_no_new_count():
    text = "Kênh cấp nước cho 1.200 ha lúa của 3 xã nói trên."
    assert [f.token for f in find_figures(text)] == ["1.200"]
    assert [f.token for f in find_figures("Năm nay có 3 xã về đích nông thôn mới.")] == ["3"]


def test_a_percent_of_people_followed_by_what_they_are_is_a_share():
    got = find_figures("Thôn vùng cao với khoảng 95% hộ dân là người Mông.")
    assert [(f.token, f.metric) for f in got] == [("95", "share_pct")]


def test_who_else_came_to_a_meeting_is_no_figure() -> None:
    # a sentence or a clause that goes on with the other guests of a meeting named before it
    text = ("Sáng 3/9, Đảng bộ phường Hòa Bình khai mạc Đại hội lần thứ I. Cùng dự có lãnh đạo các sở và "
            "150 đại biểu đại diện cho 900 đảng viên.")
    assert figures(text) == []
    text = "Đồng chí Bí thư chủ trì hội nghị; tham dự hội nghị có 80 đại biểu của 20 chi bộ."
    assert figures(text) == []
    # with no meeting in the text, who takes part is counted
    assert figures("Cùng tham gia có 30 hộ dân.") != []


def test_a_pair_of_shares_of_party_units() -> None:
    text = "Năm qua, 98% chi bộ và trên 90% đảng viên được đánh giá hoàn thành tốt nhiệm vụ."
    assert figures(text) == [(98, "pct", "share_pct"), (90, "pct", "share_pct")]
    # a percent of units said alone is a share too
    assert figures("Nhiệm kỳ qua, 100% tổ chức cơ sở đảng hoàn thành nhiệm vụ.") == [(100, "pct", "share_pct")]


def test_the_last_target_of_a_long_list_after_its_lead() -> None:
    # the lead that sets the targets stands more than 400 characters before the last of them
    items = "; ".join(f"tỷ lệ hộ dùng nước sạch ở vùng {n} (theo bộ tiêu chí giai đoạn 2021 - 2025) đạt 9{n}%"
                      for n in range(1, 6))
    text = f"Giai đoạn 2026-2030, Đảng bộ xã đặt ra 15 chỉ tiêu: {items}; mỗi năm tạo việc làm cho 300 lao động."
    assert len(text) > 500
    assert figures(text)[-1] == (300, "person", "target")


def test_the_communes_a_party_unit_was_merged_from_are_no_figure() -> None:
    assert figures("Đảng bộ phường được thành lập trên cơ sở hợp nhất đảng bộ 2 phường Tân Lập và Đông Hải.") == []
    # a count of communes that reached a standard stays a figure
    assert figures("Sau sáp nhập, toàn huyện có 5 xã đạt chuẩn nông thôn mới.") != []


def test_a_base_with_its_year_written_before_the_changes_frames_them_all() -> None:
    # "So với cùng kỳ năm 2022 giảm 4 vụ, ..., số người bị thương tăng 3 người": the year-dated base set
    # before the first change is the base of every change the sentence lists after it
    text = "Năm 2023 toàn huyện có 21 vụ cháy rừng. So với cùng kỳ năm 2022 giảm 4 vụ, diện tích thiệt hại tăng 12 ha."
    assert figures(text)[1:] == [(-4, "case", "yoy_abs"), (12, "ha", "yoy_abs")]
    # a part of the list with its own qualifier before the number still takes the base
    hedged = "So với cùng kỳ năm 2021 giảm 2 vụ, giá trị thiệt hại giảm hơn 300 triệu đồng."
    assert figures(hedged) == [(-2, "case", "yoy_abs"), (-300e6, "VND", "yoy_abs")]


def test_seconds_and_a_lines_voltage_are_no_figures() -> None:
    # how long it lasted and a power line's class count nothing
    text = "Chỉ trong vòng 20 giây, ba căn nhà đổ sụp; 2 cột điện 110kV bị nghiêng."
    assert figures(text) == [(3, "house", "level"), (2, "count", "level")]


def test_a_place_in_a_list_of_places_counts_leaves_off_the_unit_of_the_item_before():
    text = "Nước lũ làm ngập nhà dân: Tân An có 120 hộ, Phú Lâm là 85, Hòa Mỹ có gần 60 hộ."
    assert [(f.token, f.unit) for f in find_figures(text)] == [
        ("120", "household"), ("85", "household"), ("60", "household")]
    # a bare number without the place's verb names something, it counts nothing
    assert [f.token for f in find_figures("Phường 1 có 40 hộ, Phường 2, Phường 3 không bị ngập.")] == ["40"]


def test_one_inside_a_photo_caption_is_a_picture_of_one_unless_its_damage_comes_right_before():
    assert find_figures("Bùn đất tràn vào nhà một hộ dân ở thôn Đông. Ảnh: T.H") == []
    assert [f.token for f in find_figures("Gió lốc làm tốc mái một nhà dân ở thôn Đông. Ảnh: T.H")] == ["một"]


def test_the_floors_and_rooms_in_a_buildings_name_describe_it():
    text = "Xây dựng nhà 3 tầng 8 phòng học và 2 phòng bộ môn Trường Tiểu học An Phú, tổng mức đầu tư 5.100 triệu đồng."
    assert [f.token for f in find_figures(text)] == ["5.100"]
    assert [f.token for f in find_figures("Năm nay xây mới 12 phòng học.")] == ["12"]


def test_a_headlines_bare_change_takes_the_base_the_body_gives_it() -> None:
    from orchestration.extraction import extract_document

    text = ("Giá tiêu dùng tháng 9 giảm 0,42%\n\n"
            "Theo Cục Thống kê, chỉ số giá tiêu dùng tháng 9/2021 của tỉnh giảm 0,42% so với tháng trước "
            "và tăng 1,8% so với cùng kỳ.\n")
    rows = list(extract_document(text.encode(), "cpi.txt").tables["indicators"].iter_rows(named=True))
    assert sorted((r["value"], r["metric"]) for r in rows) == [
        (-0.42, "change_pct"), (-0.42, "change_pct"), (1.8, "yoy_pct")]
    # a headline that names its base keeps it
    text = "Xuất khẩu tăng 5% so với cùng kỳ\n\nTháng này, xuất khẩu tăng 5% so với tháng trước.\n"
    rows = list(extract_document(text.encode(), "xk.txt").tables["indicators"].iter_rows(named=True))
    assert sorted(r["metric"] for r in rows) == ["change_pct", "yoy_pct"]


def test_a_degree_said_with_anh_huong_qualifies_the_area() -> None:
    # "bị ảnh hưởng 40 - 60%", "ảnh hưởng trên 70%": how badly the fields were hit, no figure of its own
    text = "Có 320 ha ngô bị ảnh hưởng 40 - 60%, 95 ha cây ăn quả bị ảnh hưởng trên 70% sau bão."
    assert [f.token for f in find_figures(text)] == ["320", "95"]


def test_storeys_of_a_building_or_its_scale_describe_it():
    # a building's use between the noun and its floors, or a scale told in ground and upper floors
    text = "Trụ sở mới gồm nhà hành chính 3 tầng, tổng vốn 9,5 tỷ đồng."
    assert [f.token for f in find_figures(text)] == ["9,5"]
    assert [f.token for f in find_figures("Nhà thiếu nhi xây theo quy mô 1 trệt, 2 lầu với 10 phòng.")] == ["10"]
    assert [f.token for f in find_figures("Khối lớp học có quy mô 2 tầng 1 tum.")] == []
    assert [f.token for f in find_figures("Huyện đã xây mới 6 nhà văn hóa.")] == ["6"]


def test_a_range_counted_before_its_noun_is_no_day():
    # "từ 5-8 phòng học" is five to eight rooms; "từ 5-8 nhà thầu" stays a day (persons, not houses)
    assert [f.token for f in find_figures("Năm tới trường xây thêm từ 5-8 phòng học.")] == ["5", "8"]
    assert [f.token for f in find_figures("Huyện dự kiến sửa từ 3-6 nhà văn hóa ấp.")] == ["3", "6"]
    assert find_figures("Hồ sơ nộp từ 5-8 nhà thầu phải bổ sung.") == []


def test_storeys_anywhere_describe_the_building():
    assert [f.token for f in find_figures("Bàn giao 8 phòng học 02 tầng cho trường.")] == ["8"]
    assert [f.token for f in find_figures("Trụ sở được thiết kế 03 tầng, 15 phòng làm việc.")] == ["15"]


def test_two_bases_named_before_the_verb_are_read_in_order_by_lan_luot() -> None:
    # "so với A và B giảm lần lượt x% và y%": the first rate is on the first base, the second on the other
    assert figures("Lượng khách lưu trú quý III so với quý trước và cùng kỳ giảm lần lượt 4,5% và 9%.") == [
        (-4.5, "pct", "change_pct"), (-9.0, "pct", "yoy_pct")]
    assert figures("Sản lượng điện tháng 5 so với cùng kỳ và tháng trước tăng tương ứng 12% và 2,5%.") == [
        (12.0, "pct", "yoy_pct"), (2.5, "pct", "change_pct")]


def test_a_rate_with_the_structure_it_belongs_to_named_after_it_is_a_share() -> None:
    # "chiếm tỷ lệ X%" alone is the rate itself; "... trong cơ cấu ..." names the whole: a share
    text = "Diện tích ngô lai chiếm tỷ lệ gần 40% trong cơ cấu cây màu vụ đông."
    assert figures(text) == [(40.0, "pct", "share_pct")]
    assert figures("Toàn xã còn 86 hộ nghèo, chiếm tỷ lệ 3,1%.")[1] == (3.1, "pct", "level")


def test_days_of_labour_are_a_count_not_a_date() -> None:
    assert [(f.value, f.unit, f.unit_label) for f in find_figures("Bà con góp 420 ngày công đào đắp kênh.")] == [
        (420, "count", "ngày công")]
    # "ngày công bố": the day something is announced, no labour
    assert [f.unit_label for f in find_figures("Sau 15 ngày công bố quy hoạch, dân đã biết.")] != ["ngày công"]


def test_a_total_after_a_bare_number_is_not_what_it_counts() -> None:
    labels = [f.unit_label for f in find_figures("Nhà bếp có diện tích 64,5 tổng kinh phí 210 triệu đồng.")]
    assert "tổng kinh" not in labels and "tổng" not in labels
    assert [(f.value, f.unit) for f in find_figures("Tỉnh có 2 tổng công ty nhà nước.")] == [(2, "count")]


def test_a_bracket_restating_an_amount_of_change_as_a_percentage_is_that_change() -> None:
    # "giảm N ha (bằng X%)": the bracket gives the same fall in percent, not X% of last year's area
    text = "Diện tích mía cả năm đạt 3.400 ha, giảm 120 ha (bằng 3,4%) so với năm trước."
    assert figures(text)[2] == (-3.4, "pct", "yoy_pct")
    # (no base named: the change is still on last year's)
    assert figures("Đàn bò có 8.200 con, tăng 310 con (tương đương 3,9%).")[2] == (3.9, "pct", "yoy_pct")
    # a bare "bằng X%" after a level keeps its reading: X% of last year's
    assert figures("Sản lượng chè đạt 5.000 tấn, bằng 96% so với cùng kỳ.")[1] == (-4.0, "pct", "yoy_pct")


def test_a_bare_bracket_after_an_amount_of_change_restates_it() -> None:
    # "tăng N <unit> [so với <base>] (X%)": the bare bracket is the same change in percent, signed by its verb
    assert figures("Số hộ kinh doanh mới là 540 hộ, tăng 40 hộ so với năm trước (8%).")[2] == (8.0, "pct", "yoy_pct")
    assert figures("Có 75 hợp tác xã ngừng hoạt động, giảm 15 trường hợp (17%).")[2] == (-17.0, "pct", "yoy_pct")
    # on another base it is a change on that base
    text = "Lượng khách đạt 900 lượt, tăng 30 lượt so với tháng trước (3,4%)."
    assert figures(text)[-1] == (3.4, "pct", "change_pct")


def test_a_clock_time_run_into_the_word_before_it_is_no_figure() -> None:
    assert figures("Đăng lúc09:15, Thứ Hai. Toàn huyện có 12 hợp tác xã.") == [(12.0, "cooperative", "level")]


def test_units_of_two_kinds_counted_together_keep_their_bar_a_threshold() -> None:
    # "xã, thị trấn": the comma joins two kinds of unit, it ends no clause; a span of the rates the
    # counted units have ("từ X% đến Y%") bounds them the same way
    assert figures("Cả huyện có 6 xã, thị trấn có tỷ lệ che phủ < 40%.") == [(6, "count", "level")]
    assert figures("Còn 5 xã có tỷ lệ hộ nghèo từ 12,5% đến 30,25%.") == [(5, "count", "level")]
    # the district's own rate after a clause break stays a fact
    assert figures("Cả huyện có 6 xã, tỷ lệ che phủ đạt 45%.")[1] == (45, "pct", "level")


def test_the_bar_a_rule_sets_is_no_figure_of_the_place() -> None:
    text = "Xã còn 20 hộ nghèo, chiếm 1,2% (quy định 3% trở xuống)."
    assert [v for v, _, _ in figures(text)] == [20, 1.2]


def test_a_fishing_boats_registration_is_no_figure() -> None:
    text = "Tàu cá KH 95123 TS của ông A chở 6 ngư dân bị sóng đánh chìm; tàu BTh-98765-TS trôi dạt."
    assert [v for v, _, _ in figures(text)] == [6]
    # its digits may be grouped like a number's thousands
    assert [v for v, _, _ in figures("Tàu cá QB 92.468 TS chở 4 thuyền viên gặp nạn.")] == [4]


def test_an_amount_after_a_comparison_and_its_base_is_the_change_on_it() -> None:
    assert figures("Sản lượng ngô đạt 2.100 tấn, thấp hơn năm trước 150 tấn.")[1] == (-150, "tonne", "yoy_abs")
    assert figures("Đàn lợn có 9.000 con, nhiều hơn cùng kỳ năm 2023 khoảng 400 con.")[1] == (400, "head", "yoy_abs")
    # the percent in brackets right after it is the same change as a rate, with its sign
    assert figures("Sản lượng cá đạt 800 tấn, ít hơn vụ trước năm ngoái 60 tấn (gần 7%).")[1:] == [
        (-60, "tonne", "yoy_abs"), (-7, "pct", "yoy_pct")]
    # a base that is not the same period a year before stays a level here
    assert figures("Sản lượng ngô đạt 2.100 tấn, thấp hơn mục tiêu 150 tấn.")[1][2] != "yoy_abs"


def test_the_rate_after_households_leaving_poverty_falls_in_points() -> None:
    assert figures("Năm qua có 250 hộ thoát nghèo, tỷ lệ giảm 1,85%.")[1] == (-1.85, "pct", "yoy_abs")
    assert figures("Thoát cận nghèo là 60 hộ, tỷ lệ giảm 0,4%.")[1] == (-0.4, "pct", "yoy_abs")
    # a bare "tỷ lệ giảm" after other amounts keeps its reading
    assert figures("Doanh thu 300 tỷ đồng, tỷ lệ giảm 4% so với cùng kỳ.")[1] == (-4, "pct", "yoy_pct")


def test_a_count_after_nang_cap_is_what_was_upgraded_not_a_class() -> None:
    # "nâng cấp N ...": the things upgraded are counted; "cấp N" alone names a class
    assert figures("Năm qua xã nâng cấp 9 tuyến đường làng.") == [(9, "count", "level")]
    assert figures("Đường cấp 4 miền núi dài 12 km.") == [(12, "km", "level")]


def test_numbered_districts_and_cited_clauses_are_names_not_counts():
    # a district named by its number, alone or in a list, is a name; its amounts stay facts
    text = "Thành phố giao quận 1, 3 và Bình Thạnh thu 900 tỷ đồng; Quận 5 tăng 7%."
    assert [f.token for f in find_figures(text)] == ["900", "7"]
    # a clause of a law cited in lower case
    assert find_figures("Căn cứ khoản 4 điều 12 luật tổ chức chính quyền địa phương.") == []


def test_amount_in_brackets_after_a_rate_is_the_level_when_no_level_came_before():
    # nothing measured before the rate: the bracket restates the level the rate is of
    assert figures("Số hợp tác xã thành lập mới giảm 2,5% (39 hợp tác xã) so với cùng kỳ.")[1] == (
        39, "cooperative", "level")
    # a level said first: the bracket is the change, with the rate's sign
    assert figures("Diện tích ngô đạt 4.120 ha, giảm 1,2% (50 ha).")[2] == (-50, "ha", "yoy_abs")


# --- round 35, statistics releases (phrasings of our own) --------------------------------------

def test_r35_a_fronted_december_base_is_another_period_and_the_base_after_and_is_the_next_figures() -> None:
    text = ("Chỉ số giá tiêu dùng tháng 9/2024 giảm 0,2% so với tháng trước; so với tháng 12/2023, "
            "CPI tháng 9 tăng 2,4% và so với cùng kỳ năm trước tăng 3,1%.")
    assert one(text, "2,4").metric == "change_pct"
    assert one(text, "3,1").metric == "yoy_pct"


def test_r35_a_paragraph_that_opens_with_its_base_frames_a_long_list_of_price_groups() -> None:
    text = ("So với tháng trước, chỉ số giá tiêu dùng tháng 5 trên địa bàn tăng 0,08% (thành thị tăng 0,1%, "
            "nông thôn tăng 0,06%). Trong 11 nhóm hàng chính, có 7 nhóm tăng gồm: nhóm lương thực, thực phẩm "
            "và ăn uống ngoài gia đình tăng 0,11%; nhóm rượu bia, nước giải khát và thuốc lá tăng 0,12%; "
            "nhóm quần áo, giày dép, mũ nón các loại tăng 0,13%; nhóm đồ dùng, thiết bị trong gia đình tăng 0,14%; "
            "nhóm thuốc chữa bệnh và dịch vụ y tế tăng 0,15%; nhóm học phí và đồ dùng học tập tăng 0,16%; "
            "nhóm hàng hóa và dịch vụ khác tăng 0,17%; có 2 nhóm giảm gồm: nhóm bưu chính viễn thông "
            "giảm 0,27%; nhóm giao thông giảm 1,05%.")
    assert text.index("1,05") > 420
    assert one(text, "0,17").metric == "change_pct"
    assert (one(text, "1,05").metric, one(text, "1,05").value) == ("change_pct", -1.05)


def test_r35_an_outturn_expected_within_the_month_is_a_level_not_a_goal() -> None:
    text = "Doanh thu dịch vụ lưu trú trong tháng dự kiến đạt 215 tỷ đồng, tăng 4,2% so với tháng trước."
    assert figures(text)[:2] == [(215e9, "VND", "level"), (4.2, "pct", "change_pct")]
    assert one("Năm tới dự kiến đạt 300 tỷ đồng doanh thu dịch vụ.", "300").metric == "target"


def test_r35_a_goal_opening_a_bracket_with_a_colon_holds_targets() -> None:
    text = ("Tăng trưởng năm nay còn thấp so với nghị quyết của tỉnh "
            "(chỉ tiêu: tốc độ tăng GRDP bình quân từ 6,5-7% mỗi năm).")
    assert {f.metric for f in find_figures(text) if f.unit == "pct"} == {"target"}


def test_r35_a_number_with_its_unit_after_the_word_year_is_the_years_amount() -> None:
    assert figures("Diện tích khoai lang dự ước cả năm 645 ha, giảm 2% so với năm trước.") == [
        (645, "ha", "level"), (-2, "pct", "yoy_pct")]
    assert figures("Năm 2023 có 12 xã đạt chuẩn.")[0][0] == 12  # the year itself stays no figure


def test_r36_a_rise_averaged_over_years_before_its_rate_is_growth() -> None:
    # "tăng bình quân hằng năm X%", "tăng bình quân 3 năm X%": the rise per year, not a level in percent
    assert _metrics("Giá trị sản xuất toàn xã đạt 412 tỷ đồng, tăng bình quân hằng năm 9,4%.")[-1] == ("yoy_pct", 9.4)
    assert _metrics("Doanh thu dịch vụ tăng bình quân mỗi năm 7,1%.") == [("yoy_pct", 7.1)]
    assert _metrics("Kim ngạch xuất khẩu giảm bình quân 3 năm 2,5%.") == [("yoy_pct", -2.5)]


def test_r36_targets_a_resolution_comes_with_as_specifics_after_a_colon() -> None:
    text = ("Hội nghị thông qua nghị quyết năm tới với các chỉ tiêu cụ thể: giá trị sản xuất tăng 8,5%; "
            "thu nhập bình quân đầu người 72 triệu đồng.")
    assert {f.metric for f in find_figures(text)} == {"target"}


def test_r36_a_list_of_targets_reached_after_completing_them_gives_shares_of_the_plan() -> None:
    text = ("Quý qua, phường đã hoàn thành các chỉ tiêu chủ yếu: doanh thu dịch vụ đạt 61%, tăng 9%; "
            "thu ngân sách đạt 70%.")
    assert _metrics(text) == [("plan_pct", 61.0), ("yoy_pct", 9.0), ("plan_pct", 70.0)]


def test_r36_a_bare_reach_in_brackets_after_an_amount_is_its_share_of_the_plan() -> None:
    text = ("Tốc độ tăng trưởng kinh tế của xã được giữ vững; thu nhập bình quân đạt 41 triệu đồng/người/năm; "
            "thu ngân sách được 12 tỷ đồng (đạt 118%).")
    assert _metrics(text)[-1] == ("plan_pct", 118.0)


def test_r36_the_count_a_targeted_fall_starts_from_is_the_level_now() -> None:
    text = "Nhiệm vụ năm tới, xã phấn đấu giảm số hộ nghèo từ 41 hộ xuống còn 35 hộ."
    assert [(f.metric, f.value) for f in find_figures(text) if f.unit == "household"] == [
        ("level", 41.0), ("target", 35.0)]


def test_r36_a_range_of_counted_items_said_in_words_keeps_both_ends() -> None:
    assert [f.value for f in find_figures("Các thôn còn lại đạt từ 5 đến 8 tiêu chí.")] == [5.0, 8.0]
    assert [f.value for f in find_figures("Có khoảng 30 tới 40 xe tham gia.")] == [30.0, 40.0]


def test_the_aim_a_resolution_set_in_brackets_is_a_target() -> None:
    # the bracket names the resolution's own figure: the rate before it is a growth, not a share of a plan
    text = "Giá trị sản xuất của xã tăng trưởng 9,2% (NQ đề ra 6,5-7%), thu nhập bình quân đạt 61 triệu đồng."
    found = figures(text)
    assert (9.2, "pct", "yoy_pct") in found
    assert (6.5, "pct", "target") in found and (7.0, "pct", "target") in found
    assert (7.0, "pct", "target") in figures("Tỷ lệ che phủ rừng đạt 7,4% (Nghị quyết đề ra 7%).")


def test_a_plan_exceeded_names_who_set_it_before_the_figure() -> None:
    assert figures("Năm nay, kết nạp đảng viên mới vượt kế hoạch huyện giao 12%.") == [(112.0, "pct", "plan_pct")]


def test_a_count_of_works_referring_back_is_no_figure() -> None:
    from orchestration.extraction.figures import find_figures

    text = "Khởi công nhà máy A và nhà máy B. Tổng vốn của 2 dự án này là 90 tỷ đồng."
    assert [f.value for f in find_figures(text) if f.unit == "count"] == []
    # projects counted where they stand are a count
    here = "Tỉnh có 4 dự án trên địa bàn huyện được khởi công."
    assert [f.value for f in find_figures(here) if f.unit == "count"] == [4]


def test_a_fisherman_in_the_older_word_is_a_person() -> None:
    # "ngư phủ" counts people as "ngư dân" does, in digits and in words
    assert figures("Gió giật mạnh làm 2 ngư phủ bị thương.") == [(2, "person", "level")]
    assert figures("Sóng lớn làm lật ghe, một ngư phủ mất tích.") == [(1, "person", "level")]


def test_nautical_miles_measure_a_distance_not_a_count() -> None:
    # how far off the coast a boat lay says where it was, it counts nothing
    assert figures("Chiếc ghe thả neo cách đảo chừng 3 hải lý thì bị sóng đánh chìm.") == []


def test_household_members_are_people_and_a_storms_speed_is_no_amount() -> None:
    # "khẩu" counts the members of the households moved, as "nhân khẩu" does; masks are no people
    assert figures("Xã đã sơ tán 120 hộ với 460 khẩu.") == [(120, "household", "level"), (460, "person", "level")]
    assert figures("Trạm y tế nhận 2.000 khẩu trang.")[0][1] != "person"
    # how fast a storm moves describes it, it is no amount
    assert figures("Cơn bão mỗi giờ di chuyển được khoảng 20 km.") == []


def test_a_damage_degree_after_what_was_hit_is_no_figure() -> None:
    # "thiệt hại về nhà cửa từ 30 - 50%" says how badly each house was hit; the houses are the count
    text = "Sạt lở làm 3 căn nhà bị sập, 5 hộ khác bị thiệt hại về nhà cửa từ 30 - 50%."
    assert [v for v, _, _ in figures(text)] == [3.0, 5.0]


def test_hamlets_and_canals_named_by_a_number_are_names() -> None:
    text = "Dọc tuyến Kênh 12 thuộc ấp 4 sạt lở làm hư hỏng 7 căn nhà."
    assert [v for v, _, _ in figures(text)] == [7.0]


def test_a_record_drawn_up_is_no_hamlet_named_by_its_number() -> None:
    # "biên bản" (a record) ends on the uplands' village noun "bản": the cases after it are counted; near miss: a
    # hamlet named by its number ("bản 06") is still a name
    text = "Công an xã lập biên bản 05 vụ vi phạm, giảm 01 vụ; tại bản 06 có 3 nhà bị tốc mái."
    assert [v for v, _, _ in figures(text)] == [5.0, -1.0, 3.0]


def test_parts_of_a_counted_whole_named_by_kind_in_plain_words_take_its_unit() -> None:
    # a breakdown by kind in lowercase words, in brackets or after "trong đó:", each part a bare number: its unit
    text = "Xã có 14 trạm (trạm bơm 9, trạm biến áp 5); hỗ trợ 70 người, trong đó: thương binh 52, bệnh binh 18."
    assert [v for v, _, _ in figures(text)] == [14.0, 9.0, 5.0, 70.0, 52.0, 18.0]
    assert [u for _, u, _ in figures("Khen thưởng 60 người (tập thể lớn 45, cá nhân nhỏ 15).")] == ["person"] * 3
    # near misses: changes in the bracket are no kinds; a lone item is no list
    assert [v for v, _, _ in figures("Có 20 vụ (giảm 5, tăng 3).")] == [20.0]
    assert [v for v, _, _ in figures("Có 20 trạm (trạm bơm 9).")] == [20.0]


def test_the_part_of_a_cost_a_funder_bears_is_a_share() -> None:
    # "hỗ trợ"/"đóng góp" then a percent: the funder's part of the cost; near misses: those given help, a rate named
    text = "Xây cầu dân sinh, ngân sách xã hỗ trợ 40%, bà con đóng góp 60%."
    assert [m for _, _, m in figures(text)] == ["share_pct", "share_pct"]
    assert [m for _, _, m in figures("Tỷ lệ học sinh được hỗ trợ 88%.")] == ["level"]
    assert [m for _, _, m in figures("Tỷ lệ xã hỗ trợ 75%.")] == ["level"]


def test_a_range_of_salinity_per_mille_keeps_both_ends() -> None:
    # "‰" written once after the high end: the low end is per mille too; near miss: a lone reading stays one figure
    assert [v for v, _, _ in figures("Độ mặn ở cửa sông dao động 5 - 8‰.")] == [5.0, 8.0]
    assert [v for v, _, _ in figures("Độ mặn ở cửa sông đạt 7‰.")] == [7.0]


def test_a_country_whose_name_ends_on_ban_is_no_hamlet_named_by_its_number() -> None:
    # "Nhật Bản" (Japan) ends on the village noun capitalised: its count of projects after it is a count; near miss:
    # a hamlet opening a clause with its number ("Bản 7") is still a name
    text = "Hàn Quốc 4 dự án, Nhật Bản 3 dự án; Bản 7 có 12 hộ."
    assert [v for v, _, _ in figures(text)] == [4.0, 3.0, 12.0]

def test_places_referred_back_to_are_no_count() -> None:
    # "Ba xã này", "2 phường nói trên" point back to the places just named
    text = ("Gió lốc làm tốc mái 21 nhà ở các xã Tân An, Tân Hòa, Tân Phú. Ba xã này đều ven sông; "
            "2 phường nói trên cũng vậy.")
    assert [v for v, _, _ in figures(text)] == [21.0]
    # a place with "trên" alone is where the places lie: still a count
    assert [v for v, _, _ in figures("Gió lốc làm sập nhà ở 4 xã trên tuyến đê sông.")] == [4.0]


def test_a_rate_of_revenue_or_of_an_amount_per_head_is_no_growth_after_a_growth_clause() -> None:
    # a growth rate named first does not make the bare "đạt X%" of budget revenue, or of an amount per
    # head without a comma before it, a growth rate: each is its own plan's share
    text = ("Kinh tế của phường tăng trưởng đạt 7,5%, thu nhập bình quân 45 triệu đồng/người đạt 88,2% "
            "kế hoạch năm; thu ngân sách nhà nước đạt 104,3%.")
    assert one(text, "7,5").metric == "yoy_pct"
    assert one(text, "88,2").metric == "plan_pct"
    assert one(text, "104,3").metric == "plan_pct"
    text = "Tốc độ tăng trưởng kinh tế đạt 6%, thu nhập đạt 52 triệu đồng trên người đạt 61,3%."
    assert one(text, "61,3").metric == "plan_pct"


def test_a_percentage_and_a_full_stop_end_the_sentence_before_a_small_letter() -> None:
    text = "Thu nhập bình quân tăng 6,2%. chi thường xuyên đạt 47,9%."
    spans = sentence_spans(text)
    assert len(spans) == 2 and text[spans[1][0]:].startswith("chi thường xuyên")
    assert len(sentence_spans("Diện tích lúa đạt 1.250 ha. tăng nhẹ")) == 1  # only after a percentage


def test_a_production_value_reaching_a_bare_percentage_reaches_its_plan() -> None:
    text = ("Giá trị sản xuất thủy sản đạt 58,2% so với kế hoạch, tăng 1,9%; giá trị sản xuất tiểu thủ công "
            "nghiệp đạt 63,4%, tăng 4,1% so với cùng kỳ.")
    assert one(text, "63,4").metric == "plan_pct"
    assert one(text, "4,1").metric == "yoy_pct"


def test_a_share_of_hamlets_or_street_groups_is_a_share() -> None:
    assert one("Có 85% xóm, tổ dân phố đạt danh hiệu văn hóa.", "85").metric == "share_pct"
    assert one("Đã có 72,5% khu dân cư lắp camera an ninh.", "72,5").metric == "share_pct"


def test_the_parts_of_a_whole_split_by_kind_are_shares() -> None:
    # "Chia theo ..."/"Phân theo ..." opens a breakdown: each part said with "chiếm" and no count of its
    # own is a share of the whole, not a rate of its own
    text = "Phân theo nguồn vốn, vốn trong nước chiếm 62,4%; vốn nước ngoài chiếm khoảng 37,6%."
    assert [(f.token, f.metric) for f in find_figures(text)] == [("62,4", "share_pct"), ("37,6", "share_pct")]
    # a count before "chiếm" keeps the rate itself, as without the opener
    text = "Phân theo khu vực, nông thôn có 310 hộ nghèo, chiếm 2,1%."
    plain = "Nông thôn có 310 hộ nghèo, chiếm 2,1%."
    assert [f.metric for f in find_figures(text)] == [f.metric for f in find_figures(plain)]


def test_a_list_head_that_says_its_brackets_compare_with_last_year() -> None:
    # "(tỷ lệ so sánh với vụ mùa năm 2022)" in the head of a list: each bracketed percent after an item's
    # figure is this season as a % of last year's same season
    text = ("Sản lượng (tỷ lệ so sánh với vụ mùa năm 2022) của các xã như sau: Tân An: 1.200 tấn (103,5%); "
            "Phú Lộc: 980 tấn (97,2%).")
    got = [(f.token, f.metric, f.value) for f in find_figures(text)]
    assert ("103,5", "yoy_pct", 3.5) in got and ("97,2", "yoy_pct", -2.8) in got
    # without the head the bracket is read as before
    plain = [(f.token, f.metric) for f in find_figures("Tân An: 1.200 tấn (103,5%); Phú Lộc: 980 tấn (97,2%).")]
    assert ("103,5", "yoy_pct") not in plain


def test_same_time_a_year_before_said_before_the_figure_is_year_on_year() -> None:
    # "so với thời điểm cùng kỳ": the same time last year, not "so với thời điểm" (another date)
    text = "So với thời điểm cùng kỳ, lượng vốn mới đăng ký của khối ngoại chỉ bằng 40,5%."
    assert figures(text) == [(-59.5, "pct", "yoy_pct")]
    assert figures("Dư nợ tín dụng tăng 4% so với thời điểm cuối năm trước.")[0][2] == "change_pct"


def test_a_route_length_is_a_length_not_a_numbered_route() -> None:
    # "chiều dài toàn tuyến 4,2 km": the length of the whole route; "tuyến 5" alone is a route's number
    assert figures("Công trình có chiều dài toàn tuyến 4,2 km và 2 nút giao.")[0] == (4.2, "km", "level")
    assert all(f[0] != 5 for f in figures("Xe buýt tuyến 5 chạy 30 chuyến mỗi ngày."))


def test_hundreds_of_hours_are_counted_not_a_time_of_day():
    # a plant's yearly running hours, and hours of sunshine: counts of hours
    found = [(f.token, f.unit_label) for f in find_figures("Tổ máy chạy đủ công suất khoảng 3.850 giờ mỗi năm.")]
    assert found == [("3.850", "giờ")]
    assert [f.token for f in find_figures("Năm qua vùng này có hơn 1.900 giờ nắng.")] == ["1.900"]
    # a clock time and the window of a forecast stay out
    assert find_figures("Đến 16 giờ chiều nay, đoàn đã về tới xã.") == []
    assert find_figures("Trong 120 giờ tới, mưa còn kéo dài.") == []


def test_the_number_closing_a_plant_named_by_its_river_is_no_figure():
    # "sông"/"suối" in lower case before the river's name, "thuỷ" with its old accent
    assert find_figures("Nhà máy thuỷ điện suối Nậm Mu 3 nằm ở xã biên giới.") == []
    assert find_figures("Dự án thủy điện sông Chảy 6 thuộc quy hoạch bậc thang.") == []
    assert [f.token for f in find_figures("Thủy điện sông Đà 2 có 4 tổ máy.")] == ["4"]


def test_both_of_the_works_in_words_is_no_count():
    # "cả hai" points back to works just named, as "cả 2" does
    assert find_figures("Doanh nghiệp vẫn giữ cả hai khu đất mà chưa xây dựng.") == []
    assert [f.token for f in find_figures("Mưa lớn làm hai người bị thương.")] == ["hai"]


def test_a_road_named_by_its_number_is_no_figure():
    assert find_figures("Tỉnh đang mở rộng đường 217 qua thị trấn.") == []
    # a width in lanes or a length after the road stays a figure
    assert [f.token for f in find_figures("Xã làm mới đường 4 làn xe.")] == ["4"]


def test_a_street_address_number_is_no_figure() -> None:
    # the house number of an address names a place; the amounts around it stay facts
    text = "Buổi lễ tổ chức ở địa chỉ 27 Hùng Vương, phường 2; công trình có vốn 40 tỷ đồng."
    assert [f.token for f in find_figures(text)] == ["40"]
    assert [f.token for f in find_figures("Trụ sở mới tại số nhà 15/2 đường Trần Phú có 30 cán bộ.")] == ["30"]


def test_a_lane_of_a_street_address_is_no_figure() -> None:
    # the number of a lane ("kiệt", "hẻm", "ngõ", "ngách") names the place; the counts beside it stay facts
    text = "Hội Chữ thập đỏ trao 60 suất quà tại kiệt 112 Trần Hưng Đạo."
    assert [f.token for f in find_figures(text)] == ["60"]
    assert [f.token for f in find_figures("Cửa hàng ở Hẻm 7/21 đường Lý Thường Kiệt bán 300 kg hàng giả.")] == ["300"]
    assert [f.token for f in find_figures("Tổ dân phố lắp 18 camera ở ngách 9 ngõ 150, phố Khâm Thiên.")] == ["18"]
    assert [f.token for f in find_figures("Xe chở 40 bao phân bón vào hẻm 215 khu phố 4 thì bị giữ.")] == ["40"]
    # a lane counted or measured keeps its figure; "cạn kiệt" is the verb "to run dry"
    assert [f.token for f in find_figures("Phường bê tông hóa 25 hẻm, dài 4 km.")] == ["25", "4"]
    assert [f.token for f in find_figures("Nguồn nước cạn kiệt 3 hồ chứa.")] == ["3"]


def test_only_before_a_verb_ends_a_names_number() -> None:
    # "chỉ" + a verb is "only": the number before it ends a name (a variety, a quarter), it counts no "chỉ"
    assert [f.token for f in find_figures("Giống lúa Hương Cốm 4 chỉ chiếm 8% diện tích.")] == ["8"]
    assert [f.token for f in find_figures("Ấp Phú Lợi 3 chỉ còn 15 hộ nghèo.")] == ["15"]
    # the nouns that open with "chỉ" stay counted
    assert [f.token for f in find_figures("Huyện hoàn thành 14 chỉ tiêu chủ yếu.")] == ["14"]


def test_rooms_of_a_school_counted_in_words() -> None:
    # "năm" before the rooms a school is built with is five; "năm phòng chống ..." stays a year's word
    found = [(f.token, f.value, f.unit) for f in find_figures("Trường có 12 phòng học, năm phòng chức năng.")]
    assert found == [("12", 12.0, "count"), ("năm", 5.0, "count")]
    assert [f.token for f in find_figures("Năm phòng chống thiên tai, huyện chi 3 tỷ đồng.")] == ["3"]


def test_a_share_after_an_area_or_a_weight_is_a_part_of_the_whole() -> None:
    # "cây ăn quả 9.500 ha, chiếm 95%." ends its sentence bare, yet an area (or tonnes) is a part of a total,
    # not a rate of its own like "hộ nghèo, chiếm 2%"
    from orchestration.extraction import extract_document

    text = ("Báo cáo tháng 4 năm 2024\nDiện tích cây lâu năm đạt 10.000 ha, trong đó cây ăn quả 9.500 ha, chiếm 95%.\n"
            "Sản lượng thủy sản đạt 2.000 tấn, trong đó cá 1.500 tấn, chiếm 75%.\n")
    rows = extract_document(text.encode(), "s.txt").tables["indicators"].iter_rows(named=True)
    metrics = {r["value"]: r["metric"] for r in rows}
    assert metrics[95] == metrics[75] == "share_pct"


def test_a_tally_of_the_countrys_provinces_is_not_the_provinces_figure() -> None:
    # the country's tally (out of 63, or 34 units from July 2025) is not the report's figure; a rank still is
    text = "Cả nước có 28/63 địa phương giải ngân trên mức bình quân, còn 9/34 tỉnh, thành phố chưa giải ngân."
    assert figures(text) == []
    assert figures("Tỉnh đứng thứ 11/63 tỉnh, thành phố về thu ngân sách.") == [(11, "count", "level")]
    assert figures("Có 12/15 xã hoàn thành dự toán thu.") != []


def test_a_national_body_speaking_of_no_place_gives_the_countrys_figures() -> None:
    text = ("Tổng cục Thống kê cho biết, quý III năm 2024 tổng thu do cơ quan thuế quản lý đạt 420 nghìn tỷ đồng. "
            "Trong đó, thu từ dầu thô đạt 12 nghìn tỷ đồng.")
    assert figures(text) == []
    # a place named in the sentence makes the figures that place's; a province's own tax office speaks of it
    assert figures("Theo Bộ Tài chính, Điện Biên đã giải ngân 700 tỷ đồng.") == [(700e9, "VND", "level")]
    assert figures("Cục Thuế cho biết, thu nội địa đạt 2.100 tỷ đồng.") == [(2100e9, "VND", "level")]


def test_a_second_rank_out_of_the_63_provinces_keeps_its_verb() -> None:
    text = "Thu ngân sách xếp thứ 3/5 tỉnh trong vùng và 30/63 tỉnh, thành phố."
    assert figures(text) == [(3, "count", "level"), (30, "count", "level")]


def test_the_national_average_in_brackets_is_not_the_provinces() -> None:
    text = "Tỉnh giải ngân đạt 14% kế hoạch, cao hơn bình quân chung của cả nước (9,1%)."
    assert [v for v, _, _ in figures(text)] == [14]


def test_a_national_speaker_after_a_subheading_joined_to_the_paragraph() -> None:
    # a subheading without a full stop joins the paragraph under it: the speaker opens the text after it
    text = ("Thu ngân sách của Cần Thơ đạt 70% dự toán  Tại buổi họp, ông C, Phó Tổng cục trưởng Tổng cục "
            "Thuế cho biết, 10 tháng thu đạt 1.300 nghìn tỷ đồng, bằng 80% dự toán.")
    assert [v for v, _, _ in figures(text)] == [70]


def test_the_upper_bound_of_a_range_of_widths_only_sizes_a_thing() -> None:
    from orchestration.extraction.figures import states_a_size

    text = "Con đường mới có lòng đường rộng 7m, hai bên vỉa hè rộng 2,5 - 5m và 120 cây xanh."
    assert states_a_size(text, one(text, "7")) and states_a_size(text, one(text, "5"))
    assert not states_a_size(text, one(text, "120"))


def test_a_part_of_the_money_after_trong_do_takes_a_share_of_it() -> None:
    # "trong đó <part of the capital> chiếm X%": a share of the sum just named, not a rate of its own
    text = ("Nhà máy có tổng vốn 1.200 tỷ đồng; trong đó vốn tự có của doanh nghiệp chiếm 15%, "
            "phần còn lại vay ngân hàng.")
    assert one(text, "15").metric == "share_pct"
    # a count then its bare share stays the rate itself
    assert one("Xã có 120 hộ nghèo, chiếm 4,1%, giảm so với năm trước.", "4,1").metric == "level"


def test_a_substations_ratings_and_a_companys_number_are_names() -> None:
    # "110/22kV-2x63MVA": the voltages and the transformers of a substation, part of its name
    assert figures("Nhà máy sẽ xây trạm biến áp 110/22kV-2x63MVA và 12 km đường dây.") == [(12.0, "km", "level")]
    # "Công ty TNHH 304": the number after a company's legal form is its name, the count after it stays
    assert [f[0] for f in figures("Kè do Công ty TNHH 304 thi công, dài 850 m.")] == [0.85]
    assert [f[0] for f in figures("Công ty cổ phần may có 304 công nhân.")] == [304.0]


def test_the_share_of_children_of_a_kind() -> None:
    # "X% trẻ (em) là người dân tộc thiểu số": the share of that kind among the children, as for pupils
    assert one("Điểm trường Nà Khoang có gần 95% trẻ là con em đồng bào Dao.", "95").metric == "share_pct"


def test_what_a_work_is_planned_to_be_built_with_is_its_make_up_not_a_goal() -> None:
    # the work itself opens the sentence: its planned make-up is an attribute of it (level)
    assert one("Nhà máy dự kiến lắp đặt 24 tua bin, mỗi tua bin 4 MW.", "24").metric == "level"
    assert one("Dự án nhà ở xã hội Tân An dự kiến xây dựng 860 căn hộ.", "860").metric == "level"
    # a unit's plan stays a goal
    assert one("Năm tới, xã dự kiến xây dựng 3 nhà văn hóa thôn.", "3").metric == "target"


def test_a_cover_rate_named_with_do_stays_a_level_after_a_structure_sentence() -> None:
    # r41imp: "độ che phủ" names a rate as "tỷ lệ che phủ" does; a "cơ cấu ... tỷ trọng" sentence
    # before it does not make it a share
    text = ("Cơ cấu kinh tế của thôn nghiêng dần về dịch vụ, tỷ trọng nông nghiệp giảm. "
            "Nhờ trồng rừng bền bỉ, hiện độ che phủ rừng toàn thôn lên tới 64%.")
    assert figures(text)[-1] == (64, "pct", "level")


def test_r41_from_a_number_upwards_is_at_least_that_number() -> None:
    # r41imp: "từ N ... trở lên" bounds from below, "trở xuống" from above; a plain "từ ... đến" range does not
    assert one("Mỗi chi bộ phấn đấu giới thiệu từ 3 quần chúng trở lên.", "3").qualifier == "over"
    assert one("Các hộ có thu nhập từ 2 triệu đồng/tháng trở xuống được hỗ trợ.", "2").qualifier == "under"
    assert one("Xã có 14 thôn đạt chuẩn văn hóa.", "14").qualifier == "exact"


def test_a_provincial_road_written_with_a_capital_is_named_by_its_number() -> None:
    # "Tỉnh lộ N" at a sentence's middle, capitalised as a name: the number is the road's, no count
    assert figures("Đá lăn xuống Tỉnh lộ 279 làm tắc đường cục bộ.") == []
    assert figures("Nước lũ tràn qua tỉnh lộ 45 ở đoạn qua xã.") == []


def test_a_small_fraction_of_a_named_whole_is_no_pair_of_counts() -> None:
    # "khoảng 1/4 chi phí": a part of the cost named after it, not a 1 and a 4
    assert figures("Khoản hỗ trợ chỉ bằng khoảng 1/4 chi phí sản xuất của nông dân.") == []
    assert figures("Lũ cuốn trôi gần 1/3 diện tích hoa màu của thôn.") == []


def test_the_depth_of_a_well_is_no_figure() -> None:
    # how deep a well is dug describes the well, not an amount of the place
    assert figures("Nhiều hộ phải đào giếng sâu 6-8m để lấy nước tưới.") == []
    assert figures("Gia đình khoan thêm giếng, tăng độ sâu từ 2-3m.") == []


def test_the_amount_a_plan_allots_is_a_target() -> None:
    # "theo quy hoạch chỉ có (từ) X": what the plan allows; the level reached after it stays a level
    assert figures("Theo quy hoạch chỉ có 12.000 ha chè nhưng nay đã lên gần 20.000 ha.") == [
        (12000.0, "ha", "target"), (20000.0, "ha", "level")]


def test_the_rate_a_change_is_compared_with_is_the_base_periods_change() -> None:
    # "tăng X% so với Y% năm trước": Y is last year's own growth, a growth rate, not a level
    assert figures("Vốn tín dụng tăng 9% so với 7,5% năm trước.")[1] == (7.5, "pct", "yoy_pct")
    assert figures("Năm nay xuất khẩu tăng trên 11% so với mức giảm 2% của năm 2022.")[1] == (-2.0, "pct", "yoy_pct")
    # an amount after "so với" keeps its own reading
    assert figures("Năng suất tăng 5% so với 40 tạ/ha năm trước.")[1] == (40.0, "quintal_per_ha", "level")


def test_one_equals_over_a_plan_rate_and_a_same_period_rate() -> None:
    # "bằng" said once before two rates joined by "và": the second is X% of last year's figure
    text = "Thu từ thuế bảo vệ môi trường 820 tỷ đồng, bằng 71,2% dự toán và 96,5% cùng kỳ."
    assert one(text, "71,2").metric == "plan_pct"
    rate = one(text, "96,5")
    assert rate.metric == "yoy_pct" and round(rate.value, 6) == -3.5


def test_goal_set_frames_the_figures_listed_after_it() -> None:
    # "đặt mục tiêu" opens a list of goals: the amount after the comma is a goal too
    text = ("Giai đoạn tới, tỉnh đặt mục tiêu thu nhập bình quân đạt 120 triệu đồng/người, "
            "tổng vốn đầu tư toàn xã hội khoảng 650 nghìn tỷ đồng.")
    assert one(text, "120").metric == "target"
    assert one(text, "650").metric == "target"


def test_a_counted_part_of_a_total_takes_its_share_in_brackets() -> None:
    text = "Huyện có 250 hợp tác xã. Trong đó, có 100 hợp tác xã (khoảng 40%) làm ăn có lãi."
    assert ("share_pct", 40.0) in _metrics(text)
    # a bracket with no breakdown before it is not read as a share by this rule
    assert ("share_pct", 12.0) not in _metrics("Năm nay có 30 hộ (khoảng 12%) thoát nghèo.")


def test_r43_a_rate_to_fall_to_among_aims_is_a_target() -> None:
    # r43imp: a list of next year's aims; "giảm còn" there names the rate aimed at, as "đạt" does
    text = ("Năm tới, xã phấn đấu hoàn thành các chỉ tiêu: thu nhập bình quân đạt 62 triệu đồng; "
            "tỷ lệ hộ nghèo giảm còn 2,3%.")
    assert [(f.value, f.metric) for f in find_figures(text) if f.unit == "pct"] == [(2.3, "target")]
    # what the rate fell to in the year reported on stays its level
    assert figures("Cuối năm, tỷ lệ hộ nghèo của xã giảm còn 2,3%.") == [(2.3, "pct", "level")]


def test_r43_a_percent_of_the_roads_or_canals_named_after_it_is_a_share() -> None:
    # r43imp: "X% đường giao thông được cứng hóa" counts the roads, as "X% thôn" counts the villages
    assert figures("Xây dựng nông thôn mới có nhiều chuyển biến, 64% đường giao thông đã được bê tông hóa.") == [
        (64, "pct", "share_pct")]
    assert figures("Toàn xã có 58% kênh mương được kiên cố hóa.") == [(58, "pct", "share_pct")]


def test_r43_the_places_a_meeting_is_broadcast_to_are_no_figure() -> None:
    # r43imp: an online congress "kết nối tới N điểm cầu": where it was shown, as its attendance is no figure
    text = "Hội nghị được truyền hình trực tuyến tới 312 điểm cầu ở các xã, thu hút 9.000 người theo dõi."
    assert [f.value for f in find_figures(text)] == [9000]


def test_rates_in_brackets_after_the_items_of_a_list_that_reached_the_plan_are_shares_of_the_plan() -> None:
    # "N khoản thu vượt dự toán gồm: A (x%), B (y%)": each item's rate in brackets after its name is
    # the share of its plan the header says it reached (or missed), not a level
    text = ("Năm qua có 3/6 khoản thu vượt dự toán gồm: thu tiền thuê đất (121,5%), thuế tài nguyên (104%); "
            "các khoản còn lại không đạt kế hoạch là: lệ phí môn bài (88,2%).")
    assert [f for f in figures(text) if f[1] == "pct"] == [
        (121.5, "pct", "plan_pct"), (104, "pct", "plan_pct"), (88.2, "pct", "plan_pct")]
    # a bracket that holds a growth keeps it
    assert figures("Thu ngân sách đạt dự toán là nhờ thuế A (tăng 12%).")[-1] == (12, "pct", "yoy_pct")


def test_a_rate_in_brackets_that_names_the_resolution_or_plan_is_its_target() -> None:
    # "tăng 9,4% (NQ 8,5%)", "(KH: 7%)": the bracket sets the aimed growth beside the one reached
    found = figures("Sáu tháng, doanh thu du lịch tăng 9,4% (NQ 8,5%); xuất khẩu tăng 12% so với cùng kỳ (KH: 7%).")
    assert [f for f in found if f[2] == "target"] == [(8.5, "pct", "target"), (7, "pct", "target")]


def test_how_deep_a_shore_was_eaten_or_how_high_a_wave_rose_only_sizes_it() -> None:
    from orchestration.extraction.figures import states_a_size
    text = "Sóng lớn làm lở một đoạn bờ biển dài 300m, có chỗ lở vào sâu gần 40m; sóng cao nhất đến hơn 6m."
    assert states_a_size(text, one(text, "40")) and states_a_size(text, one(text, "6"))
    assert not states_a_size(text, one(text, "300"))
    dam = "Hồ có đập chính cao gần 40 m, dài 600 m."  # the height a dam is built to: a measure of the work
    assert not states_a_size(dam, one(dam, "40"))


def test_how_deep_a_shore_was_eaten_said_as_a_range_in_words_only_sizes_it() -> None:
    # "ăn sâu vào bờ từ 3 đến 8 m": the high end of a range in words sizes the damage as a dashed one does (was an
    # indicator of 8 m)
    text = "Triều cường làm bờ sông ăn sâu vào bờ từ 3 đến 8 m, gây sạt lở 450 m đê bao."
    assert states_a_size(text, one(text, "8"))
    assert not states_a_size(text, one(text, "450"))
    # near-miss: a length reached with no size word before it is no size
    text = "Đã gia cố từ 3 đến 8 km kè biển."
    assert not any(states_a_size(text, f) for f in find_figures(text))


def test_a_base_between_the_rise_and_its_figure_names_the_change() -> None:
    # "tăng (hơn) so với tháng trước gần X%": the base written before the figure, after its verb
    text = "Lượng hàng qua cảng tháng này tăng hơn so với tháng trước gần 4%, và tăng 9% so với cùng kỳ."
    assert _metrics(text) == [("change_pct", 4.0), ("yoy_pct", 9.0)]
    assert _metrics("Doanh thu ăn uống giảm so với cùng kỳ khoảng 2,5%.") == [("yoy_pct", -2.5)]


def test_an_adverb_of_a_rise_before_its_figure_keeps_it_a_growth() -> None:
    assert _metrics("Riêng nhóm hàng điện máy có doanh thu tăng cao 12,3%.") == [("yoy_pct", 12.3)]
    assert _metrics("Số thuê bao internet tăng nhanh 18%.") == [("yoy_pct", 18.0)]


def test_a_part_of_a_whole_counts_what_the_whole_counts() -> None:
    # "X trong (số) Y nhóm": the part is the figure, in the whole's unit; the whole is no figure of its own
    assert figures("Có 7 trong 11 nhóm hàng tăng giá so với tháng trước.") == [(7, "count", "level")]
    assert figures("Đã có 4 trong số 9 huyện hoàn thành.") == [(4, "count", "level")]


def test_the_nearest_base_set_off_before_a_figure_is_its_own() -> None:
    text = ("Lượng khách tháng này đạt 300 nghìn lượt; so với tháng trước, khách nội địa tăng 1,5%, "
            "khách quốc tế tăng 2%; so với cùng kỳ, khách nội địa tăng 11%, khách quốc tế tăng 20%.")
    assert _metrics(text)[1:] == [("change_pct", 1.5), ("change_pct", 2.0), ("yoy_pct", 11.0), ("yoy_pct", 20.0)]


def test_a_base_after_but_frames_every_change_of_its_clause() -> None:
    text = ("Vận chuyển tháng này đạt 900 nghìn tấn, ngang tháng trước, nhưng so với cùng tháng năm trước "
            "tăng 4,5% về tấn và tăng 6,1% về tấn.km.")
    assert _metrics(text)[1:] == [("yoy_pct", 4.5), ("yoy_pct", 6.1)]


def test_an_expected_total_of_the_months_so_far_is_an_estimate_not_an_aim() -> None:
    text = "Tính chung tám tháng đầu năm, doanh thu vận tải dự kiến đạt 1.950 tỷ đồng, tăng 5% so cùng kỳ."
    assert _metrics(text) == [("level", 1950e9), ("yoy_pct", 5.0)]


def test_the_date_a_listed_work_is_due_is_no_aim_of_the_next_items_figure() -> None:
    text = ("Cụm nhà máy gồm A1 với công suất 50 MW, dự kiến phát điện vào quý III và A2 với công suất 70 MW, "
            "dự kiến phát điện vào cuối năm.")
    assert [m for _, _, m in figures(text)] == ["level", "level"]
    # works a unit plans, listed after "dự kiến", stay targets
    assert [m for _, _, m in figures("Năm 2026 huyện dự kiến khởi công 5 dự án và hoàn thành 3 dự án.")] == [
        "target",
        "target",
    ]


def test_a_power_plants_designed_output_is_a_level() -> None:
    text = "Nhà máy có công suất 40 MW, sản lượng điện dự kiến khoảng 120 triệu kWh/năm."
    assert [m for _, _, m in figures(text)] == ["level", "level"]
    # a crop's expected output stays a target
    assert figures("Sản lượng lúa dự kiến đạt 50.000 tấn.")[0][2] == "target"


def test_the_number_a_plants_name_ends_on_is_no_figure() -> None:
    assert figures("Dự kiến, đến cuối năm 2027, Nhà máy Điện gió Tà Rụt 4 sẽ hoàn thành và phát điện.") == []
    # the numbers of several plants named as one ("Tân Phú 1, 2, 3") before "mỗi"
    assert figures("Nhà máy Điện gió Tân Phú 1, 2, 3 mỗi nhà máy có công suất 30MW.") == [(30, "count", "level")]
    assert figures("Nhà máy điện năng lượng mặt trời Sao Mai 1 sử dụng 4 trạm biến áp.") == [(4, "count", "level")]


def test_the_low_end_of_a_range_whose_high_end_has_a_bound_or_a_glued_unit() -> None:
    text = "Mỗi tổ máy có công suất từ 2,5 đến trên 2,8MW."
    assert [(v, m) for v, _, m in figures(text)] == [(2.5, "level"), (2.8, "level")]
    assert figures("Các xã còn lại đạt từ 12 đến hơn 15 tiêu chí.") == [(12, "count", "level"), (15, "count", "level")]


def test_share_of_the_labour_force_after_a_count() -> None:
    # the insured counted, then the part of the labour force they make: a share, not a plan reached
    text = "Số người đóng bảo hiểm thất nghiệp là 12.480 người, đạt 17,2% lực lượng lao động trong huyện."
    assert figures(text)[-1] == (17.2, "pct", "share_pct")


def test_bare_rate_in_brackets_after_the_target_a_body_set_is_that_target() -> None:
    # "cao hơn so với chỉ tiêu HĐND huyện giao (62%)": the bracket gives the target's own rate
    text = "Tỷ lệ trường đạt chuẩn là 64,2%, cao hơn so với chỉ tiêu HĐND huyện giao (62%)."
    assert figures(text)[-1] == (62, "pct", "target")
    # a resolution's plan named by its number, or a bound sign opening the bracket, gives the target too (was a level)
    text = "Tỷ lệ xét xử đúng hạn đạt 98%, vượt chỉ tiêu Nghị quyết 45/2021/NQ-HĐND (≥ 92%)."
    assert [(f.value, f.metric, f.qualifier) for f in find_figures(text)][-1] == (92.0, "target", "over")
    assert figures("Tỷ lệ thi hành án xong đạt 81%, vượt chỉ tiêu (≥ 78%).")[-1] == (78, "pct", "target")
    # near miss: the targets met, their share in brackets
    assert figures("Toàn huyện hoàn thành 17/20 chỉ tiêu (85%).")[-1] == (85, "pct", "share_pct")


def test_goal_named_before_a_subject_with_a_comma_and_the_change_in_its_bracket() -> None:
    # "với mục tiêu <name, with a comma> đạt A (tăng B%)": both are the goal's amounts
    text = ("Huyện bước vào năm mới với mục tiêu doanh thu ngành thương mại, dịch vụ đạt 1.250 tỷ đồng "
            "(tăng 9,5% so với năm trước).")
    assert [m for _, _, m in figures(text)] == ["target", "target"]




def test_a_speed_in_kilometres_per_hour_is_no_length():
    # "tốc độ thiết kế 60 km/h": the design of a road (as its class), not 60 km of it
    assert figures("Con đường mới dài 12 km, tốc độ thiết kế 60 km/h.") == [(12.0, "km", "level")]
    assert figures("Đoạn tuyến cho phép chạy 100km/giờ.") == []


def test_works_counted_in_words():
    # "ba đoạn", "hai địa điểm", "bốn cây cầu": works and sites counted in words, as their digits are
    got = figures("Huyện còn ba đoạn đường đất và hai địa điểm chưa có cầu; bốn cây cầu treo đang được dựng.")
    assert got == [(3.0, "count", "level"), (2.0, "count", "level"), (4.0, "count", "level")]




def test_r44_the_two_names_of_a_tax_reports_items_keep_their_bar_a_threshold() -> None:
    # "khoản thu, sắc thuế" names one kind of item twice: the comma between them is no clause break
    assert figures("Có 7/15 khoản thu, sắc thuế vượt trên 85% dự toán năm.") == [
        (7, "count", "level"), (15, "count", "target")]




def test_the_yield_a_harvest_under_way_is_expected_to_give_is_a_level() -> None:
    text = ("Đến nay nông dân đã thu hoạch 9.000 ha lúa hè thu. Năng suất dự kiến đạt 56 tạ/ha, "
            "sản lượng dự kiến 50.000 tấn.")
    assert [m for _, _, m in figures(text)] == ["level", "level", "level"]
    # a year named ahead is still a goal
    assert figures("Đã thu hoạch 9.000 ha lúa. Năm 2030, sản lượng lúa dự kiến đạt 60.000 tấn.")[-1][2] == "target"


def test_an_aim_of_the_sentence_before_frames_no_figure_after_its_full_stop() -> None:
    # "phấn đấu" of a person striving to join, in the sentence before, sets no target for the results after it
    text = ("Chi bộ giúp đỡ các quần chúng ưu tú rèn luyện, phấn đấu vào Đảng. Trong năm, chi bộ đã kết nạp "
            "7 đảng viên, nâng tổng số lên 58 đảng viên.")
    assert [m for _, _, m in figures(text)] == ["level", "level"]


def test_the_share_of_an_associations_branches_and_of_units_there_are() -> None:
    assert figures("Hội quản lý 4 tổ vay vốn; 85% chi hội được xếp loại vững mạnh.")[1] == (85, "pct", "share_pct")
    assert figures("Hằng năm có hơn 70% hộ hội viên đăng ký thi đua.")[0] == (70, "pct", "share_pct")


def test_a_rate_against_the_units_named_after_so_voi_is_their_share() -> None:
    text = "Hội kết nạp thêm 20 hội viên, nâng tổng số lên 512 hội viên, đạt 76% so với số hộ làm nông nghiệp."
    assert figures(text)[-1] == (76, "pct", "share_pct")
    # a plan after "so với" stays the plan
    assert figures("Thu ngân sách được 3 tỷ đồng, đạt 95% so với kế hoạch.")[-1] == (95, "pct", "plan_pct")


def test_models_and_clubs_counted_in_words() -> None:
    assert figures("Chi hội đã nhân rộng bốn mô hình nuôi cá lồng.") == [(4, "count", "level")]
    assert figures("Phường có sáu câu lạc bộ dưỡng sinh.") == [(6, "count", "level")]
    # "một mô hình" is "a model", not a count of one
    assert figures("Đây là một mô hình hay cần nhân rộng.") == []


def test_two_works_opening_a_sentence_about_them_are_no_count() -> None:
    text = ("Hai công trình có tổng mức đầu tư 9 tỷ đồng để sửa chữa các hồ chứa bị hư hỏng do lũ. "
            "Huyện đang thi công ba cây cầu.")
    assert [f.token for f in find_figures(text)] == ["9", "ba"]


def test_a_milestone_named_by_its_ordinal_is_no_count() -> None:
    # "đón vị khách thứ 2 triệu": the one guest that marked the milestone, not two million guests
    assert figures("Tháng 8, thành phố tổ chức đón vị khách du lịch thứ 2 triệu đến tham quan.") == []
    assert figures("Năm nay thành phố đón 2 triệu lượt khách, tổ chức đón vị khách thứ 2 triệu.") == [
        (2000000, "visit", "level")]


def test_the_amount_a_plan_word_names_with_la_is_the_target() -> None:
    # "chỉ tiêu <what> là N", "kế hoạch năm nay là N": the amount planned, not one reached
    assert figures("Năm nay, toàn huyện chỉ tiêu tạo việc làm mới cho lao động là 3.500 người.") == [
        (3500, "person", "target")]
    assert figures("Đến tháng 10, huyện đã tạo việc làm cho 4.100 người (đạt 102,5% kế hoạch năm nay là "
                   "4.000 người).") == [(4100, "person", "level"), (102.5, "pct", "plan_pct"),
                                        (4000, "person", "target")]
    # a result said with "là" after the plan was reached stays a result
    assert figures("Số lao động có việc làm mới là 9.000 người, đạt kế hoạch.") == [(9000, "person", "level")]
    # so does what was done of the plan, said between the plan word and "là"
    assert figures("Tổng số kế hoạch vốn đã giải ngân là 61 tỷ đồng.") == [(61e9, "VND", "level")]


def test_a_result_reached_when_an_aim_is_held_is_no_target() -> None:
    # "giữ mục tiêu ... khi X ước đạt N%": the clause of "khi" tells what was reached, not the aim
    text = "Chín tháng qua, tỉnh vẫn bám mục tiêu tăng hai con số khi GRDP ước đạt 10,2%."
    assert figures(text)[0][2] == "yoy_pct"
    # an aim with no "khi" clause between still sets a target
    assert figures("Năm 2026, tỉnh đặt mục tiêu tăng trưởng GRDP đạt 10,2%.")[0][2] == "target"


def test_a_full_stop_typed_without_its_space_ends_the_sentence() -> None:
    # "cùng kỳ.Sản lượng": the change before the dot stays with its own subject
    text = "Doanh thu vận tải đạt 95 tỷ đồng, tăng 6,4% so với cùng kỳ.Sản lượng hàng hóa đạt 1.200 tấn."
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans][1].startswith("Sản lượng")
    # a place's abbreviation glued to its name and a grouped number end nothing
    text = "Tại TP.Huế có 4.705 hộ. Xã có 12 thôn."
    assert len(sentence_spans(text)) == 2


def test_a_caption_written_without_diacritics_is_not_a_figure() -> None:
    # an image's alt text repeating the headline as a slug, words without their marks: no fact of the text
    text = ("Có 35 con bò bị chết rét.\n\nson la 35 con bo bi chet ret\nNgười dân mổ bò bán.\n\n"
            "ha giang hon 20 ngoi nha bi toc mai Trong tuần có 3 nhà sập.")
    assert figures(text) == [(35, "head", "level"), (3, "house", "level")]


def test_both_ends_of_a_range_of_levels_are_not_figures() -> None:
    # "gió giật cấp 10 – 13": a range of wind levels, both ends are levels, no count
    text = "Gió mạnh cấp 7, giật cấp 10 – 13 xuất hiện tại nhiều trạm; bão làm 4 nhà bị tốc mái."
    assert figures(text) == [(4, "house", "level")]


def test_a_fraction_of_a_whole_is_not_a_count() -> None:
    # "khoảng 2/3 tổng số", "1/2 số hộ": a share said as a fraction, not a count over a target
    text = "Số bò chết bằng khoảng 2/3 tổng số gia súc chết của cả vùng; 1/2 số hộ có 12 con bò."
    assert figures(text) == [(12, "head", "level")]


def test_a_number_run_into_capital_letters_is_a_code_not_a_count() -> None:
    # "gói 14XL", "lô 7CN": a package's or a plot's code, the capitals glued to the number; "14 XL" apart
    # would still count something
    text = "Tuyến gồm hai gói thầu: gói 14XL do Công ty A thi công; lô 7CN do Công ty B thi công, dài 12 km."
    assert [(f.token, f.unit) for f in find_figures(text)] == [("12", "km")]


def test_a_ranked_growth_with_its_rate_in_brackets() -> None:
    # "có mức tăng cao nhất (X%)": the bracket holds the growth rate the ranking names
    assert _metrics("Trong đó, vận tải có mức tăng cao nhất (25,4%).")[0] == ("yoy_pct", 25.4)
    assert _metrics("Ngành may có mức tăng trưởng cao thứ ba (8,2%).")[0] == ("yoy_pct", 8.2)
    assert _metrics("Khai khoáng có mức giảm sâu nhất (12,5%).")[0] == ("yoy_pct", -12.5)


def test_the_economic_sectors_counted_only_to_frame_them_are_no_count() -> None:
    # the three sectors of the economy are a fixed set: "xét 3 khu vực kinh tế", "có 2 khu vực, nông
    # nghiệp và dịch vụ, ..." only frame the sectors' own figures
    assert _metrics("Xét 3 khu vực kinh tế năm nay: dịch vụ tăng 4,1%.") == [("yoy_pct", 4.1)]
    assert _metrics("Có 02 khu vực, nông nghiệp và dịch vụ, đều tăng 3%.") == [("yoy_pct", 3.0)]
    # areas of a place stay counted
    assert _metrics("Huyện có 5 khu vực sạt lở nguy hiểm.") == [("level", 5.0)]


def test_an_earlier_years_change_in_brackets_is_no_estimate() -> None:
    # "(6 tháng năm 2023 tăng 4,1%)" after an estimate: the recorded change of the earlier year
    text = "GRDP 6 tháng năm 2024 ước tăng 5,5% so với cùng kỳ (6 tháng năm 2023 tăng 4,1%)."
    assert one(text, "5,5").qualifier == "estimate"
    assert one(text, "4,1").qualifier == "exact"
    text = "Dịch vụ ước tăng 6% (cùng kỳ năm trước giảm 1,2%)."
    assert one(text, "1,2").qualifier == "exact"
    # the bracket right after the earlier period a comparison names: that period's recorded figure
    text = "Chỉ số giá tiêu dùng bình quân ước tăng 3,4%, thấp hơn năm 2025 (4,05%)."
    assert one(text, "3,4").qualifier == "estimate" and one(text, "4,05").qualifier == "exact"
    text = "Tỷ lệ lao động qua đào tạo ước đạt 71%, cao hơn cùng kỳ năm trước (68,5%)."
    assert one(text, "68,5").qualifier == "exact"


def test_rate_in_brackets_after_the_word_growth_is_the_growth() -> None:
    # "tăng trưởng khá (X%)": the bracket holds the growth rate itself, not a level of some rate
    text = "Năm qua, kinh tế của huyện tăng trưởng khá (6,8%), cao hơn mức tăng trưởng của tỉnh (6,1%)."
    assert one(text, "6,8").metric == "yoy_pct"
    assert one(text, "6,1").metric == "yoy_pct"


def test_a_date_spelled_without_its_day_word_in_capitals_is_no_figure() -> None:
    # "Thứ Ba, 7 Tháng 11 Năm 2023": a site's date line, its month no count of years
    text = "Xã làm mới 3 cây cầu.\n\nThứ Ba, 7 Tháng 11 Năm 2023"
    assert [f.token for f in find_figures(text)] == ["3"]
    assert [f.token for f in find_figures("Hôm qua, 21 tháng 3 năm 2024, xã đón 40 hộ.")] == ["40"]


def test_an_army_corps_named_by_its_number_is_no_figure() -> None:
    # "Binh đoàn 15", "Quân đoàn 34", "Lữ đoàn 299": a unit's name, like "Sư đoàn 312"
    text = "Binh đoàn 12 bàn giao 4 phòng học; Quân đoàn 34 và Lữ đoàn 299 hỗ trợ 30 hộ."
    assert [f.token for f in find_figures(text)] == ["4", "30"]
# --- held-out round 46: investment, enterprise and industry news ------------------------------------

def test_the_capital_bracket_of_counted_enterprises_is_a_class_not_a_fact() -> None:
    text = ("Trong tháng có 412 doanh nghiệp có số vốn đăng ký dưới 10 tỷ đồng, chiếm 91,2%; "
            "31 doanh nghiệp vốn từ 10 - 50 tỷ đồng, chiếm 6,9%; 9 doanh nghiệp vốn trên 50 tỷ đồng trở lên.")
    assert figures(text) == [(412, "enterprise", "level"), (91.2, "pct", "share_pct"),
                             (31, "enterprise", "level"), (6.9, "pct", "share_pct"), (9, "enterprise", "level")]
    sized = "Doanh nghiệp có quy mô vốn từ 20 tỷ đồng đến dưới 50 tỷ đồng có 14 doanh nghiệp."
    assert [v for v, _, _ in figures(sized)] == [14]
    # a capital stated as the figure itself stays one
    assert figures("Các dự án mới có tổng vốn trên 1.200 tỷ đồng.")[0][:2] == (1200e9, "VND")


def test_items_listed_after_a_bar_of_the_plan_are_each_a_share_of_the_plan() -> None:
    text = "Nhiều xã có số hộ thoát nghèo đạt trên 60% kế hoạch, như: xã Phú Lộc đạt 75%, xã Tân Hòa đạt 68,5%."
    assert figures(text)[1:] == [(75, "pct", "plan_pct"), (68.5, "pct", "plan_pct")]


def test_a_rate_higher_or_lower_in_points_than_last_year_is_the_change_of_the_rate() -> None:
    text = "Tăng trưởng ngành dịch vụ đạt 7,2%, thấp hơn 0,4 điểm phần trăm so với cùng kỳ năm trước."
    assert figures(text) == [(7.2, "pct", "yoy_pct"), (-0.4, "pct", "yoy_abs")]
    higher = "Ngành xây dựng tăng 9,1%, cao hơn 1,2 điểm % so với cùng kỳ."
    assert figures(higher)[1] == (1.2, "pct", "yoy_abs")


def test_last_years_rate_in_brackets_after_a_growth_is_a_growth_rate() -> None:
    text = "Ngành chế biến tăng 8,4%, thấp hơn 0,6 điểm % so với cùng kỳ năm trước (cùng kỳ 9%)."
    assert figures(text)[2] == (9, "pct", "yoy_pct")
    assert figures("Tỷ lệ hộ nghèo còn 3,2% (cùng kỳ 4,1%).")[1] == (4.1, "pct", "level")


def test_times_the_same_months_of_last_year_is_growth_on_the_same_period() -> None:
    assert figures("Số doanh nghiệp mới gấp 1,6 lần so với 6 tháng đầu năm trước.") == [(60, "pct", "yoy_pct")]
    assert figures("Vốn đăng ký gấp 2,5 lần so với nửa đầu năm ngoái.") == [(150, "pct", "yoy_pct")]


def test_r46_the_numbers_of_a_family_campaign_slogan_count_nothing() -> None:
    # "gia đình 5 không, 3 sạch", "5 có 3 sạch": a campaign's name, whatever the spacing around its quotes
    assert figures("Hội vận động“Xây dựng gia đình 5 không, 3 sạch” và mô hình “5 có, 3 sạch” ở các chi hội.") == []
    assert figures("Có 120 hộ đạt tiêu chí gia đình 5 không 3 sạch.") == [(120, "household", "level")]


def test_r46_who_took_part_in_a_meeting_is_its_attendance() -> None:
    # "Tham gia hội nghị có hơn 60 cán bộ, hội viên": who came, as "Dự hội nghị có ..." is
    assert figures("Tham gia hội nghị có hơn 60 cán bộ, hội viên phụ nữ trên địa bàn xã.") == []
    # (taking part in a movement is still counted)
    assert figures("Có 300 hộ tham gia phong trào.") == [(300, "household", "level")]



def test_r46_a_committee_made_of_so_many_people_is_its_seats() -> None:
    # "Ban Chấp hành Hội ... khóa XII, nhiệm kỳ 2023-2028, gồm 15 người": seats, as "gồm 15 đồng chí" are
    assert figures("Đại hội đã bầu Ban Chấp hành Hội Nông dân huyện khóa XII, nhiệm kỳ 2023-2028, gồm 15 người.") == []


def test_r46_a_count_in_a_headline_written_in_capitals_reads_its_unit_word() -> None:
    # "HUYỆN A: 4.766 HỘ ĐẠT DANH HIỆU ...": the unit word in capitals is the plain word
    assert figures("HỘI NÔNG DÂN HUYỆN A: 4.766 HỘ ĐẠT DANH HIỆU SẢN XUẤT GIỎI") == [(4766, "household", "level")]


def test_a_counted_noun_in_a_headline_in_capitals_is_read_whole_across_its_accented_capitals() -> None:
    # "BAN HÀNH 12 QUYẾT ĐỊNH": an accented capital is no end of the noun ("QUY"), read as the plain words
    found = find_figures("UBND TỈNH BAN HÀNH 12 QUYẾT ĐỊNH VỀ ĐẤT ĐAI")
    assert [(f.value, f.unit, f.unit_label) for f in found] == [(12.0, "count", "quyết định")]
    # near miss: an abbreviation in capitals before a word in lower case keeps its letters
    assert find_figures("Cấp 150 GCN quyền sử dụng đất.")[0].unit_label.startswith("GCN")


def test_the_count_of_a_listing_articles_items_is_no_figure() -> None:
    assert figures("6 DẤU ẤN NỔI BẬT CỦA NGÀNH CÔNG THƯƠNG") == []
    assert figures("Nhìn lại 4 điểm sáng của kinh tế tỉnh: xuất khẩu tăng 11%.") == [(11.0, "pct", "yoy_pct")]
    # near miss: a count of real things in a headline stays
    assert figures("9 DOANH NGHIỆP ĐƯỢC VINH DANH") == [(9.0, "enterprise", "level")]


def test_each_one_person_of_a_breakdown_of_the_dead_is_a_count() -> None:
    # after "Trong đó," detailing a count of dead, "một người" is one of them, whatever befell them
    text = ("Mưa dông làm ba người tử vong. Trong đó, một người bị cây đổ trúng ở Bắc Giang, "
            "một người bị chết do sét đánh ở Hòa Bình, một người bị mái tôn va vào ở Yên Bái.")
    assert [f.value for f in find_figures(text) if f.token.lower() == "một"] == [1.0, 1.0, 1.0]


def test_one_person_quoted_after_trong_do_is_no_count_without_casualties() -> None:
    text = "Nhiều hộ được hỗ trợ. Trong đó, một người dân cho biết gia đình đã nhận gạo."
    assert [f for f in find_figures(text) if f.token.lower() == "một"] == []


def test_a_count_of_provinces_named_after_la_only_introduces_the_list() -> None:
    text = "Có 4 địa phương ghi nhận thiệt hại do hạn mặn là Cà Mau, Bạc Liêu, Sóc Trăng và Kiên Giang."
    assert [f.token for f in find_figures(text)] == []
    # a count with fewer names than it says is still a fact
    other = "Có 5 địa phương ghi nhận thiệt hại do hạn mặn là Cà Mau, Bạc Liêu và Kiên Giang."
    assert [f.token for f in find_figures(other)] == ["5"]


def test_how_far_a_slide_reaches_into_the_bank_without_an_is_a_size() -> None:
    # "sâu vào bờ 5 m" (no "ăn") is the depth of the slide, as "ăn sâu vào bờ 5 m" is
    text = "Đoạn bờ sông sạt lở có chiều dài 25 m, sâu vào bờ 5 m, làm sập 2 căn nhà."
    sizes = [f for f in find_figures(text) if f.token in ("25", "5")]
    assert [states_a_size(text, f) for f in sizes] == [False, True]


def test_an_amount_said_to_pass_a_mark_is_over_it() -> None:
    # "doanh thu du lịch vượt 9,5 nghìn tỷ đồng": the revenue passed that amount, more than it
    text = "Doanh thu du lịch vượt 9,5 nghìn tỷ đồng, doanh thu vận tải đạt 7 nghìn tỷ đồng."
    assert one(text, "9,5").qualifier == "over"
    # by how much a plan was passed stays as said
    assert one("Sản lượng lúa vượt 204 tấn so với kế hoạch.", "204").qualifier != "over"


def test_a_word_cut_off_where_a_page_excerpt_ends_is_no_count_noun() -> None:
    # every Vietnamese syllable has a vowel: "6 th" cut from "6 tháng" counts nothing
    text = "Tổng thu ngân sách đạt 50 tỷ đồng. Kỳ họp thông qua kế hoạch 6 th"
    assert [f.token for f in find_figures(text)] == ["50"]
    # a whole noun still counts
    assert [f.unit_label for f in find_figures("Kỳ họp thông qua 6 nghị quyết")] == ["nghị quyết"]


def test_the_numbers_of_a_plant_code_like_v1_3_are_a_name_not_a_count() -> None:
    # wind farms and blocks are named by a code of letters, digits and a dash ("V1-3", "V2-4", "B3-2"):
    # the digits after the dash are part of the name; the plant's capacity after it is a figure
    text = "Nhà máy điện gió V2-4 giai đoạn 3 có công suất 50MW; dự án V3-7 mở rộng có 12 tua-bin."
    values = sorted(f.value for f in find_figures(text))
    assert 4 not in values and 7 not in values
    assert 50 in values and 12 in values


def test_the_scale_of_a_zoning_map_is_no_figure() -> None:
    # "quy hoạch phân khu tỷ lệ 1/5.000", "quy hoạch chi tiết 1/500": the scale a plan is drawn at, not a count
    text = "HĐND tỉnh thông qua đồ án quy hoạch phân khu tỷ lệ 1/5.000 khu đô thị mới rộng 120 ha."
    values = sorted(f.value for f in find_figures(text))
    assert 5000 not in values and 1 not in values
    assert 120 in values
    text = "Tỉnh duyệt quy hoạch chi tiết 1/500 cụm công nghiệp 50 ha."
    assert 500 not in [f.value for f in find_figures(text)]



def test_a_small_fraction_of_a_whole_named_after_it_is_no_figure() -> None:
    # (as "chiếm khoảng 1/3" and "gần 1/4 diện tích" are: a part in words, not two counts)
    for text in ("Kim ngạch xuất khẩu đạt 12,5 tỷ USD, chiếm gần 1/10 kim ngạch xuất khẩu cả nước.",
                 "Toàn tỉnh có 2/3 số xã đạt chuẩn nông thôn mới nâng cao.",
                 "Diện tích lúa đạt 3/5 tổng diện tích gieo trồng."):
        assert [f.unit for f in find_figures(text)] in (["USD"], []), text
    # a tally of units keeps its a/b reading
    tally = find_figures("Toàn huyện có 39/189 xã đạt chuẩn nông thôn mới.")
    assert [(f.value, f.unit) for f in tally] == [(39, "count"), (189, "count")]
    assert [(f.value, f.unit) for f in find_figures("Có 6/9 xã đạt chuẩn.")] == [(6, "count"), (9, "count")]


def test_the_height_of_a_peak_or_a_place_above_the_sea_is_no_figure() -> None:
    from orchestration.extraction.figures import states_a_size

    for text in ("Đỉnh Pu Ta Leng cao 3.049 m.", "Khu nghỉ dưỡng nằm ở độ cao 1.600 m so với mực nước biển.",
                 "Đèo Khau Phạ cao khoảng 1.200 m."):
        assert [states_a_size(text, f) for f in find_figures(text)] == [True], text
    for text in ("Đập chính cao gần 55 m.", "Tuyến đường dài 12 km."):  # a work's own measure stays
        assert [states_a_size(text, f) for f in find_figures(text)] == [False], text


def test_numbers_listed_before_one_unit_share_it() -> None:
    read = [(f.value, f.unit) for f in find_figures(
        "Ba công trình có tổng mức đầu tư tương ứng 42, 17 và 9,5 tỷ đồng.")]
    assert read == [(42e9, "VND"), (17e9, "VND"), (9.5e9, "VND")]
    read = [(f.value, f.unit) for f in find_figures("Sản lượng chè, cà phê lần lượt đạt 86, 31 nghìn tấn.")]
    assert read == [(86000, "tonne"), (31000, "tonne")]
    # near-misses: months or quarters listed are no amounts; a list of bare counts names no unit
    assert [f.value for f in find_figures("Tháng 7, 8 và 9 đạt 12 tỷ đồng.")] == [12e9]
    assert [f.value for f in find_figures("Toàn xã có 3 và 5 hộ.")] == [5]


def test_a_rate_moving_in_points_after_its_level_is_its_change() -> None:
    # "đạt 68%, tăng 1,2 điểm %": a rate's move in percentage points, no base written, is its change on the
    # same period (as a bare "giảm 2,3 điểm phần trăm" and "tăng 2,1 điểm % so với năm trước" already were)
    cases = [("Tỷ lệ lao động qua đào tạo ở Yên Bái đạt 71%, tăng 2 điểm phần trăm.", "2", 2),
             ("Tỷ lệ hộ nghèo huyện Sìn Hồ còn 24,6%, giảm 4,35 điểm phần trăm.", "4,35", -4.35),
             ("Năm 2026, tỷ lệ bao phủ bảo hiểm y tế đạt 93,5%, tăng 1,2 điểm %.", "1,2", 1.2)]
    for text, token, value in cases:
        fig = one(text, token)
        assert (fig.metric, round(fig.value, 6), fig.unit) == ("yoy_abs", value, "pct"), text
    # near-misses: what a part adds to a whole's change stays the amount it adds; a move on another base
    # (the month before) is no change on the same period but the change on that base, a level named by it
    assert one("Nhóm nhà ở tăng 1,6%, làm CPI chung tăng 0,12 điểm phần trăm.", "0,12").metric == "level"
    assert one("Khu vực dịch vụ tăng 6,8%, đóng góp 2,07 điểm phần trăm.", "2,07").metric == "level"
    on_the_month_before = one("Tỷ lệ nợ xấu 1,9%, giảm 0,2 điểm phần trăm so với tháng trước.", "0,2")
    assert (on_the_month_before.metric, on_the_month_before.value) == ("level", -0.2)
    assert on_the_month_before.change_named == "mức giảm so với tháng trước"


def test_a_move_in_a_ranking_is_a_change_on_the_ranking_before() -> None:
    # "tăng 5 bậc", "tụt 3 bậc": the steps moved in a ranking, with no base written, are against the last ranking
    cases = [("Chỉ số PCI năm 2025 của tỉnh Hòa Bình tăng 5 bậc, xếp thứ 28/63.", "5", 5),
             ("Chỉ số PAPI xếp thứ 30/63, giảm 12 bậc.", "12", -12),
             ("Chỉ số SIPAS của Gia Lai tụt 3 bậc.", "3", -3)]
    for text, token, value in cases:
        fig = one(text, token)
        assert (fig.metric, fig.value, fig.unit_label) == ("yoy_abs", value, "bậc"), text
    # near-misses: steps that are no move stay counts; an aim stays a target; the rank itself stays a level
    assert one("Đường lên đền có 300 bậc đá.", "300").metric == "level"
    assert one("Toàn tỉnh có 4 bậc học.", "4").metric == "level"
    assert one("Phấn đấu chỉ số PCI tăng 3 bậc.", "3").metric == "target"
    assert one("Chỉ số PCI năm 2025 tăng 5 bậc, xếp thứ 28/63.", "28").metric == "level"


def test_the_low_end_of_a_range_of_money_or_a_measure_takes_the_high_ends_unit() -> None:
    read = [(f.value, f.unit) for f in find_figures("Giá lợn hơi ở Hưng Yên dao động 58.000 - 61.000 đồng/kg.")]
    assert read == [(58000, "VND"), (61000, "VND")]
    read = [(f.value, f.unit) for f in find_figures("Giá cà phê từ 96.500 đến 104.000 đồng/kg.")]
    assert read == [(96500, "VND"), (104000, "VND")]
    read = [(f.value, f.unit) for f in find_figures("Mỗi hộ được hỗ trợ từ 3 đến 6 triệu đồng.")]
    assert read == [(3e6, "VND"), (6e6, "VND")]
    read = [(f.value, f.unit) for f in find_figures("Khối lượng đất đá sạt lở 1.200 - 1.500 m3.")]
    assert read == [(1200, "m3"), (1500, "m3")]
    assert [f.value for f in find_figures("Đoạn đê bị sạt dài 2 - 3 km.")] == [2, 3]
    # near-misses: a distance "từ 5 đến 7 km" keeps its reading; a date range and a span of years stay no figures
    assert [f.value for f in find_figures("Điểm sạt cách trung tâm xã từ 5 đến 7 km.")] == [7]
    assert find_figures("Từ ngày 10 - 12/7 có mưa to.") == []
    assert find_figures("Giai đoạn 2021 - 2025 tỷ lệ hộ nghèo giảm nhanh.") == []


def test_a_map_scale_with_a_colon_is_no_figure() -> None:
    for text in ("Bản đồ địa chính tỷ lệ 1:10.000.", "Lập bản đồ tỷ lệ 1 : 50.000 cho 12 xã.",
                 "Quy hoạch chi tiết tỷ lệ 1/500."):
        assert [f.value for f in find_figures(text)] in ([], [12]), text
    assert [f.value for f in find_figures("Lập bản đồ tỷ lệ 1:50.000 cho 12 xã.")] == [12]
    # near-miss: a plain ratio of persons is still read ("tỷ lệ 1:2" names no map)
    assert [f.value for f in find_figures("Có 1.500 hộ được cấp bản đồ.")] == [1500]


def test_a_multiple_said_with_equals_and_a_base_is_a_multiple() -> None:
    # "bằng 1,3 lần cùng kỳ" says what "gấp 1,3 lần cùng kỳ" says: 30% more than last year
    fig = one("Vốn đầu tư trong nước vào Tây Ninh đạt 21,4 nghìn tỷ đồng, bằng 1,3 lần cùng kỳ.", "1,3")
    assert (fig.metric, round(fig.value, 6), fig.unit) == ("yoy_pct", 30, "pct")
    fig = one("Doanh thu lữ hành bằng 1,5 lần so với cùng kỳ năm trước.", "1,5")
    assert (fig.metric, round(fig.value, 6)) == ("yoy_pct", 50)
    fig = one("Thu ngân sách huyện đạt 86 tỷ đồng, bằng 1,2 lần dự toán.", "1,2")
    assert (fig.metric, round(fig.value, 6)) == ("plan_pct", 120)
    fig = one("Dư nợ tín dụng bằng 1,1 lần so với đầu năm.", "1,1")
    assert (fig.metric, round(fig.value, 6)) == ("change_pct", 10)
    # near-misses: a bare "bằng 2 lần" compares anything and stays a multiple
    assert one("Diện tích hồ bằng 2 lần sân vận động.", "2").metric == "level"
    assert one("Doanh thu 2.425 tỷ đồng, bằng 2,4 lần.", "2,4").unit == "times"


def test_a_price_bulletins_grades_and_codes_are_no_figures() -> None:
    # a rice variety's code before "dao động", the share of broken grains, a shrimp size: classes, not figures
    assert [f.value for f in find_figures("Giá lúa OM 18 dao động 7.200 - 7.400 đồng/kg.")] == [7200, 7400]
    assert [(f.value, f.unit) for f in find_figures("Gạo 5% tấm xuất khẩu ở mức 412 USD/tấn.")] == [(412, "USD")]
    assert [f.value for f in find_figures("Giá gạo 25 % tấm ở mức 380 USD/tấn.")] == [380]
    assert [f.value for f in find_figures("Tôm thẻ cỡ 60 con/kg giá 135.000 đồng/kg.")] == [135000]
    # near-misses: a share followed by other words and a herd stay figures
    assert [f.value for f in find_figures("Tỷ lệ hộ nghèo còn 5%, tấm gương điển hình được nhân rộng.")] == [5]
    assert [(f.value, f.unit) for f in find_figures("Xã nuôi 300 con lợn.")] == [(300, "head")]


def test_a_number_past_ten_said_in_words_is_read_whole() -> None:
    # "mười hai ngôi nhà" is 12 houses, not 2; "ba mươi hai người" 32 persons
    assert [(f.value, f.unit) for f in find_figures("Lũ cuốn trôi mười hai ngôi nhà ở Mường Lát.")] == [(12, "house")]
    assert [(f.value, f.unit) for f in find_figures("Vụ tai nạn làm ba mươi hai người bị thương.")] == [
        (32, "person")]
    read = [(f.value, f.unit, f.unit_label) for f in find_figures(
        "Huyện có hai mươi lăm thôn, bản đạt chuẩn nông thôn mới.")]
    assert read == [(25, "count", "thôn")]
    assert [(f.value, f.unit) for f in find_figures("Toàn xã có hai mươi nghìn hộ.")] == [(20000, "household")]
    # a lone digit word before a scale word ("hai nghìn lao động", "ba triệu đồng")
    assert [(f.value, f.unit) for f in find_figures("Huyện tạo việc làm cho hai nghìn lao động.")] == [
        (2000, "person")]
    assert [(f.value, f.unit) for f in find_figures("Mỗi hộ được hỗ trợ ba triệu đồng.")] == [(3e6, "VND")]
    assert find_figures("Hai tỷ lệ này khác nhau.") == []  # near-miss: "tỷ lệ" is no scale
    fig = one("Đàn bò của xã tăng mười lăm con so với cùng kỳ.", "mười lăm")
    assert (fig.metric, fig.value, fig.unit) == ("yoy_abs", 15, "head")
    # near-misses: a span of years, a month, a day, an ordinal and an age said in words are no figures
    for text in ("Sau hai mươi năm xây dựng, huyện đổi mới.", "Ngày hai mươi tháng mười hai, hội nghị khai mạc.",
                 "Kỳ họp thứ mười lăm khai mạc.", "Cụ bà chín mươi lăm tuổi được thăm hỏi."):
        assert find_figures(text) == [], text


def test_a_change_right_after_the_same_period_is_no_numbered_period() -> None:
    # "cao hơn cùng kỳ 4 điểm phần trăm": "cùng kỳ" names the base of the change after it ("kỳ 4" numbers a period)
    fig = one("Công suất phòng ở Sa Pa đạt 61%, cao hơn cùng kỳ 4 điểm phần trăm.", "4")
    assert (fig.metric, fig.value, fig.unit) == ("yoy_abs", 4, "pct")
    fig = one("Tỷ lệ thất nghiệp là 2,1%, thấp hơn cùng kỳ 0,2 điểm phần trăm.", "0,2")
    assert (fig.metric, round(fig.value, 6)) == ("yoy_abs", -0.2)
    fig = one("Diện tích ngô 8.200 ha, thấp hơn cùng kỳ 150 ha.", "150")
    assert (fig.metric, fig.value, fig.unit) == ("yoy_abs", -150, "ha")
    # near-misses: a period or a session numbered stays no figure
    assert find_figures("Đề án được triển khai trong kỳ 4 với 5 nhiệm vụ.")[0].value == 5
    assert len(find_figures("Đề án được triển khai trong kỳ 4 với 5 nhiệm vụ.")) == 1


def test_rates_listed_after_one_verb_are_read_with_it() -> None:
    def metrics(text: str) -> list[tuple[float, str]]:
        return [(f.value, f.metric) for f in find_figures(text)]

    assert metrics("Xuất khẩu và nhập khẩu tăng 7,4% và 3,9%.") == [(7.4, "yoy_pct"), (3.9, "yoy_pct")]
    assert metrics("Ba khu vực tăng lần lượt 4,1%, 9,8% và 6,6%.") == [
        (4.1, "yoy_pct"), (9.8, "yoy_pct"), (6.6, "yoy_pct")]
    assert metrics("Xuất khẩu đạt 2,1 tỷ USD và nhập khẩu 1,2 tỷ USD, tăng tương ứng 6% và 2,5%.")[2:] == [
        (6.0, "yoy_pct"), (2.5, "yoy_pct")]
    assert metrics("Khu vực I, II, III chiếm tỷ trọng tương ứng 28%, 31% và 41%.") == [
        (28.0, "share_pct"), (31.0, "share_pct"), (41.0, "share_pct")]
    # near-miss: a rate with a subject of its own after the list keeps its own reading
    assert metrics("Tỷ lệ hộ nghèo giảm còn 2,1%, tỷ lệ hộ cận nghèo 3,5%.") == [(2.1, "level"), (3.5, "level")]


def test_a_casualty_counted_in_words_with_what_befell_them() -> None:
    def read(text: str) -> list[tuple[float, str]]:
        return [(f.value, f.unit) for f in find_figures(text)]

    assert read("Một người dân ở xã Y Tý bị sét đánh tử vong.") == [(1, "person")]
    assert read("Hai em nhỏ bị nước cuốn trôi mất tích.") == [(2, "person")]
    assert read("Ba công nhân bị điện giật tử vong.") == [(3, "person")]
    # near-misses: "một số" is no count, children at play no casualty
    assert read("Một số người dân bị sét đánh.") == [] and read("Hai em chơi đùa bên suối.") == []


def test_the_amount_a_change_starts_from_takes_the_unit_of_the_amount_it_ends_at() -> None:
    read = [(f.value, f.unit, f.unit_label) for f in find_figures("Số xã đạt chuẩn tăng từ 47 lên 63 xã.")]
    assert read == [(47, "count", "xã"), (63, "count", "xã")]
    read = [(f.value, f.unit) for f in find_figures("Số doanh nghiệp hoạt động tăng từ 1.210 lên 1.385 doanh nghiệp.")]
    assert read == [(1210, "enterprise"), (1385, "enterprise")]
    read = [(f.value, f.unit) for f in find_figures("Kim ngạch xuất khẩu của Gia Lai tăng từ 310 lên 372 triệu USD.")]
    assert read == [(310e6, "USD"), (372e6, "USD")]
    # ("em", the children counted, are persons: numbers.read_unit)
    read = [(f.value, f.unit) for f in find_figures("Số trẻ bỏ học giảm từ 96 xuống còn 41 em.")]
    assert read == [(96, "person"), (41, "person")]
    read = [(f.value, f.unit) for f in find_figures("Giá lợn hơi tăng từ mức 49.000 lên 55.000 đồng/kg.")]
    assert read == [(49000, "VND"), (55000, "VND")]
    # near-misses: a low end with its own unit keeps it; years are no amounts
    read = [(f.value, f.unit) for f in find_figures("Đàn trâu giảm từ 8.000 con xuống 7.500 con.")]
    assert read == [(8000, "head"), (7500, "head")]
    assert find_figures("Giai đoạn từ 2021 lên 2025 có nhiều đổi mới.") == []


def test_a_range_bounded_in_words_shares_its_high_ends_rate_or_measure() -> None:
    read = [(f.value, f.unit) for f in find_figures("Tỷ lệ hộ dùng điện lưới đạt từ 97 đến 98,5%.")]
    assert read == [(97, "pct"), (98.5, "pct")]
    read = [(f.value, f.unit) for f in find_figures("Diện tích cao su của huyện đạt từ 12.000 tới 12.500 ha.")]
    assert read == [(12000, "ha"), (12500, "ha")]
    read = [(f.value, f.unit) for f in find_figures("Sản lượng cá nuôi ước từ 4.100 đến 4.300 tấn.")]
    assert read == [(4100, "tonne"), (4300, "tonne")]
    # near-misses: without "từ" nothing is bounded; a distance in words keeps its reading
    assert [f.value for f in find_figures("Điểm sạt cách trung tâm xã từ 3 đến 4 km.")] == [4]
    assert [f.value for f in find_figures("Ngày 10 đến 12% hộ dân chưa có điện.")] == [12]


def test_the_population_a_ratio_is_per_is_no_count() -> None:
    read = [(f.value, f.unit_label) for f in find_figures("Toàn tỉnh có 33 giường bệnh trên 10.000 dân.")]
    assert read == [(33, "giường")]
    # (after a "/" the base is read into the rate's unit, as "bác sĩ/vạn dân" is: numbers.read_unit)
    read = [(f.value, f.unit_label) for f in find_figures("Đạt 10,8 bác sĩ/10.000 dân và 29 giường bệnh/1 vạn dân.")]
    assert read == [(10.8, "bác sĩ/10.000 dân"), (29, "giường bệnh/1 vạn dân")]
    read = [(f.value, f.unit_label) for f in find_figures("Huyện có 7 bác sĩ trên 1.000 người dân.")]
    assert read == [(7, "bác sĩ")]
    # near-miss: a population that is the count itself stays a figure
    assert [f.value for f in find_figures("Xã Ia Pết có trên 10.000 dân.")] == [10000]


def test_changes_chained_with_their_own_subjects_share_the_base_after_the_last() -> None:
    text = ("Số vụ cháy rừng giảm 4 vụ, diện tích rừng bị cháy giảm 18 ha, số người bị thương tăng 2 người "
            "so với cùng kỳ.")
    assert figures(text) == [(-4, "case", "yoy_abs"), (-18, "ha", "yoy_abs"), (2, "person", "yoy_abs")]
    text = "Doanh nghiệp thành lập mới tăng 37 doanh nghiệp và vốn đăng ký tăng 640 tỷ đồng so với cùng kỳ năm 2025."
    assert figures(text) == [(37, "enterprise", "yoy_abs"), (640e9, "VND", "yoy_abs")]
    # near-miss: a level before the chain keeps its reading
    text = "Đàn lợn đạt 95.000 con, đàn bò tăng 1.200 con so với cùng kỳ."
    assert figures(text) == [(95000, "head", "level"), (1200, "head", "yoy_abs")]


def test_a_rate_said_negative_is_a_fall_on_the_base_it_names() -> None:
    # "âm" on another base is the change on that base, with its sign
    assert figures("Chỉ số giá tiêu dùng tháng 8 âm 0,6% so với tháng trước.") == [(-0.6, "pct", "change_pct")]
    assert figures("Giá nhóm giao thông âm 2,4% so với tháng 12 năm trước.") == [(-2.4, "pct", "change_pct")]
    # a minus sign before the rate a growth reaches is a fall, as a plus sign is a rise
    assert figures("Tăng trưởng khu vực khai khoáng đạt -3,7%.") == [(-3.7, "pct", "yoy_pct")]
    assert figures("Giá trị sản xuất ngành thủy sản đạt -0,9% so với cùng kỳ.") == [(-0.9, "pct", "yoy_pct")]
    # near-misses: "âm" on the same period as before; a dash of a range is no sign
    assert figures("Chỉ số giá tiêu dùng âm 1,1% so với cùng kỳ.") == [(-1.1, "pct", "yoy_pct")]
    assert figures("Dư nợ tăng 6-7%.") == [(6, "pct", "yoy_pct"), (7, "pct", "yoy_pct")]


def test_the_qualifier_before_a_range_bounds_its_high_end_too() -> None:
    text = "Lượng khách qua cửa khẩu đạt khoảng 1.200 - 1.500 lượt mỗi ngày."
    assert [(f.value, f.qualifier) for f in find_figures(text)] == [(1200, "approx"), (1500, "approx")]
    text = "Mỗi ngày có hơn 30 - 40 xe chở hàng qua cầu."
    assert [(f.value, f.qualifier) for f in find_figures(text)] == [(30, "over"), (40, "over")]
    # near-misses: a range with no qualifier stays exact; a range's estimate is the sentence's, as before
    assert [f.qualifier for f in find_figures("Giá lúa từ 7.200 - 7.500 đồng/kg.")] == ["exact", "exact"]
    assert [f.qualifier for f in find_figures("Năng suất ước đạt 52 - 54 tạ/ha.")] == ["estimate", "estimate"]


def test_the_unit_a_label_names_in_brackets_is_the_bare_numbers_unit() -> None:
    read = [(f.value, f.unit) for f in find_figures("- Sản lượng cà phê nhân (tấn): 512.600.")]
    assert read == [(512600, "tonne")]
    read = [(f.value, f.unit) for f in find_figures("- Diện tích lúa cả năm (ha): 21.340, tăng 1,8%.")]
    assert read == [(21340, "ha"), (1.8, "pct")]
    read = [(f.value, f.unit) for f in find_figures("- Tổng đàn lợn (nghìn con): 1.215.")]
    assert read == [(1215000, "head")]
    # a unit per something: "(triệu đồng/ha)", "(tạ/ha)"
    read = [(f.value, f.unit) for f in find_figures("- Giá trị trên 1 ha canh tác (triệu đồng/ha): 142.")]
    assert read == [(142e6, "VND")]
    assert [(f.value, f.unit) for f in find_figures("- Năng suất ngô (tạ/ha): 51,4.")] == [(51.4, "quintal_per_ha")]
    # after the number: "đạt 2.730 (tỷ đồng)"
    read = [(f.value, f.unit) for f in find_figures("Doanh thu dịch vụ lưu trú đạt 2.730 (tỷ đồng).")]
    assert read == [(2730e9, "VND")]
    # near-misses: a place in brackets names no unit; a number with its own unit keeps it
    assert [(f.value, f.unit) for f in find_figures("Xã Cư Pui (huyện Krông Bông): 38.")] == [(38, "count")]
    read = [(f.value, f.unit) for f in find_figures("- Sản lượng thủy sản (tấn): 3,2 nghìn tấn.")]
    assert read == [(3200, "tonne")]


def test_a_signed_amount_alone_in_brackets_after_its_level_is_its_change() -> None:
    text = "Toàn tỉnh xảy ra 27 vụ cháy (+4 vụ), làm chết 3 người (-1 người)."
    assert figures(text) == [(27, "case", "level"), (4, "case", "yoy_abs"), (3, "person", "level"),
                             (-1, "person", "yoy_abs")]
    text = "Diện tích lúa đông xuân đạt 8.420 ha (-135 ha)."
    assert figures(text) == [(8420, "ha", "level"), (-135, "ha", "yoy_abs")]
    # near-misses: a signed rate in brackets stays a growth rate; an amount with no sign keeps its reading
    assert figures("Xuất khẩu đạt 96 triệu USD (+7,5%).") == [(96e6, "USD", "level"), (7.5, "pct", "yoy_pct")]
    assert figures("Xảy ra 27 vụ cháy (3 vụ cháy rừng).") == [(27, "case", "level"), (3, "case", "level")]


# --- round 5: extra and wrong figures ------------------------------------------------------------

def test_a_population_base_before_the_count_it_divides_is_no_figure() -> None:
    # "Số giường bệnh trên 1 vạn dân đạt 32 giường", "số bác sĩ/10.000 dân là 11 bác sĩ": the base is per
    assert figures("Số giường bệnh trên 1 vạn dân đạt 34,5 giường.") == [(34.5, "count", "level")]
    assert figures("Số bác sĩ trên 10.000 dân đạt 12,4 bác sĩ.") == [(12.4, "count", "level")]
    assert figures("Tỷ lệ dược sĩ mỗi 1 vạn dân là 3,1 dược sĩ.") == [(3.1, "count", "level")]
    # (a colon between the base and its figure, as a heading of an indicator list writes it)
    assert figures("Số bác sĩ trên 1 vạn dân: 13,2 bác sĩ.") == [(13.2, "count", "level")]
    assert figures("Số giường bệnh/10.000 dân: 31 giường.") == [(31, "count", "level")]
    # (a bare rate after its base with its digits, per a thousand or a hundred: what it counts is named before)
    found = find_figures("Số hợp tác xã/1.000 dân đạt 0,6; số máy điện thoại/100 dân là 96,2.")
    assert [(f.value, f.unit, f.unit_label) for f in found] == [
        (0.6, "count", "hợp tác xã/1.000 dân"), (96.2, "count", "máy điện thoại/100 dân")]
    # (a bare rate named by "Tỷ lệ", its base a bare "vạn" or after "trên", or an aside in brackets after it)
    found = find_figures("Tỷ lệ y sĩ/vạn dân đạt 4,6; số nữ hộ sinh trên 1 vạn dân: 2,3 (vượt chỉ tiêu).")
    expected = [(4.6, "count", "y sĩ/vạn dân"), (2.3, "count", "nữ hộ sinh/1 vạn dân")]
    assert [(f.value, f.unit, f.unit_label) for f in found] == expected
    # (near misses: the people a place has, after "có trên", and a population with no figure after it)
    assert figures("Xã Quảng Lợi có trên 10.000 dân.") == [(10000, "person", "level")]
    assert figures("Tỉnh hiện có 1,2 triệu dân.") == [(1.2e6, "person", "level")]
    assert figures("Xã có trên 10.000 dân: 4 thôn vùng cao.") == [(10000, "person", "level"), (4, "count", "level")]


def test_a_river_gauge_after_a_semicolon_goes_on_with_the_water_levels() -> None:
    # "mực nước sông A tại X là 9,45 m; sông B tại Y là 2,76 m": the second gauge's level is no length
    for text in (
        "Mực nước sông Ngàn Sâu tại Hòa Duyệt là 10,12 m; sông La tại Linh Cảm là 5,84 m.",
        "Lúc 7 giờ, mực nước trên sông Gianh tại Đồng Tâm là 9,45 m; trên sông Kiến Giang tại Lệ Thủy là 2,76 m.",
        "Mực nước hạ lưu đang lên; hồ Kẻ Gỗ đạt 30,5 m.",
    ):
        assert figures(text) == [], text
    # (near miss: a work along a river after the semicolon is measured: its length stays)
    assert figures("Mực nước các sông dâng cao; tuyến kè sông Rào Cái dài 850 m bị sạt lở.") == [
        (0.85, "km", "level")
    ]


def test_spots_in_a_sentence_of_damage_are_a_count_not_a_score() -> None:
    # "- Quốc lộ 34: 17 điểm, khối lượng khoảng 21.000 m3": the spots a landslide hit, counted
    for text, token in (
        ("- Quốc lộ 279: 12 điểm, khối lượng khoảng 15.600 m3;", "12"),
        ("- Đường tỉnh 152: 8 điểm, khối lượng đất đá 4.300 m3.", "8"),
        ("- Tỉnh lộ 8: khoảng 21 điểm, đất đá vùi lấp nhiều đoạn.", "21"),
    ):
        fig = one(text, token)
        assert (fig.unit, fig.unit_label) == ("count", "điểm"), text
    # (near misses: a score's sentence, and a score beside "khối lượng" of no earth)
    assert one("Chỉ số PCI năm 2025 đạt 68,5 điểm, tăng 2 điểm so với năm 2024.", "2").unit == "point"
    assert one("Thí sinh Nguyễn Văn A đạt 29 điểm, khối lượng kiến thức lớn.", "29").unit == "point"
    assert one("- Xã Tả Phìn: 86 điểm, khối lượng công việc hoàn thành.", "86").unit == "point"


def test_a_house_number_opening_a_sentence_is_no_count() -> None:
    # "Số 12 đường Hùng Vương là trụ sở ...": a house number written at the start, as "tại số 12" is
    assert figures("Số 12 đường Hùng Vương, phường Quy Nhơn, là trụ sở mới của Trung tâm.") == []
    assert figures("Số 7 phố Lý Thường Kiệt được chọn làm nơi đặt văn phòng.") == []
    # (near misses: "Tổng số" counts; a count after a lower-case "số" is read as before)
    assert figures("Tổng số 12 tuyến đường được nâng cấp.") == [(12, "count", "level")]


def test_a_broken_station_and_a_capsized_boat_are_damage() -> None:
    # "12 trạm biến áp bị hỏng", "lật 2 ghe": damage rows, as "hư hỏng", "bị lật" are
    from orchestration.extraction import extract_document, extraction_to_json_rows

    text = ("Bão số 4 gây thiệt hại tại tỉnh Quảng Trị\n\n"
            "Về điện: 9 trạm biến áp bị hỏng. Về tàu thuyền: đánh chìm 5 tàu; lật 3 ghe tại cửa Việt.\n")
    rows = extraction_to_json_rows(extract_document(text.encode(), "t.txt"))
    tables = {r["value"]: r["table"] for r in rows if r["table"] != "documents"}
    assert tables == {9.0: "disasters", 5.0: "disasters", 3.0: "disasters"}
    # (near misses: "lật lại hồ sơ" reviews, a machine "bị hỏng" in a plain report is no storm's damage)
    assert figures("Cơ quan điều tra lật lại 4 hồ sơ vụ án.") == [(4, "count", "level")]


def test_a_plate_written_without_its_name_is_no_figure() -> None:
    # the plate's shape alone (two digits, the series' capitals, a dash, the serial) names one vehicle
    assert figures("Tài xế điều khiển xe tải 75H-045.61 tông vào 3 xe máy.") == [(3, "count", "level")]
    assert figures("Xe mô tô 36B2-80123 va chạm với xe chở 6 tấn gạo.") == [(6, "tonne", "level")]
    # (near miss: a code of capitals and digits before a dash stays a name's, the count after it stays)
    assert figures("Cụm turbine T2-5 phát 45 triệu kWh.") == [(45e6, "count", "level")]


def test_a_vehicles_plate_and_seats_are_no_figures() -> None:
    # "xe khách 45 chỗ mang BKS 81B-012.34": the plate names one vehicle, the seats are its class
    assert figures("Xe khách 45 chỗ mang BKS 81B-012.34 bị lật lúc 3 giờ sáng.") == []
    assert figures("Xe 16 chỗ biển kiểm soát 29A-123.45 va chạm với 2 xe máy.") == [(2, "count", "level")]
    assert figures("Công an thu giữ 12 xe ô tô, biển số 43C1-567.89.") == [(12, "count", "level")]
    # (near misses: the vehicles counted, and seats that are no vehicle's class, stay)
    assert figures("Bến xe bố trí 120 xe khách 45 chỗ và 300 chỗ ngồi chờ.") == [
        (120, "count", "level"), (300, "count", "level")
    ]


def test_thousands_said_in_words_are_one_number() -> None:
    # "Một nghìn hai trăm lao động", "hai mươi lăm nghìn ba trăm người": one number, not its hundreds alone
    assert figures("Một nghìn hai trăm lao động được giải quyết việc làm.") == [(1200, "person", "level")]
    assert figures("Huyện Mèo Vạc có hai mươi lăm nghìn ba trăm người tham gia.") == [(25300, "person", "level")]
    assert figures("Năm 2026 cấp mới hai nghìn không trăm linh năm hộ.") == [(2005, "household", "level")]
    # (near miss: hundreds alone stay hundreds)
    assert figures("Xã Đông Hòa có ba trăm hộ được vay vốn.") == [(300, "household", "level")]


def test_one_thousand_or_million_in_words_is_a_number() -> None:
    # "hơn một nghìn doanh nghiệp", "một triệu lượt khách": "một" before a scale word is one, no "a"
    found = one("Năm 2025, tỉnh Quảng Trị có hơn một nghìn doanh nghiệp thành lập mới.", "một")
    assert (found.value, found.unit, found.qualifier) == (1000, "enterprise", "over")
    assert figures("Thành phố Huế đón một triệu lượt khách.") == [(1e6, "visit", "level")]
    # (near misses: "một tỷ lệ" is a rate's noun, "một trong" one of several)
    assert figures("Đây là một tỷ lệ cao.") == []


def test_the_goal_that_names_a_programme_is_no_figure() -> None:
    # "Chương trình “Trồng 1 tỷ cây xanh”", "Đề án 1 triệu ha lúa": part of the name, the place's own counts stay
    assert figures("Gắn với Chương trình “Trồng 1 tỷ cây xanh”, huyện trồng 6.500 cây.") == [
        (6500, "count", "level")]
    assert figures("Gắn với Chương trình một tỷ cây xanh, tỉnh Hà Nam trồng 12.000 cây.") == [
        (12000, "count", "level")]
    assert figures("Tỉnh Kiên Giang tham gia Đề án 1 triệu ha lúa chất lượng cao với 150.000 ha.") == [
        (150000, "ha", "level")]
    # (near miss: money a programme spends is money)
    assert figures("Chương trình hỗ trợ 2 tỷ đồng cho hộ nghèo.") == [(2e9, "VND", "level")]


def test_a_rate_per_a_round_base_is_one_figure() -> None:
    # "12,4 trên 1.000 trẻ đẻ sống", "35/100.000 trẻ đẻ sống": the rate; the base is no "over 1.000 people"
    found = find_figures("Tỷ suất chết trẻ em dưới 1 tuổi của tỉnh Lào Cai là 12,4 trên 1.000 trẻ đẻ sống.")
    assert [(f.value, f.unit, f.unit_label, f.qualifier) for f in found] == [
        (12.4, "count", "trên 1.000 trẻ đẻ sống", "exact")]
    found = find_figures("Tỷ số tử vong mẹ là 35/100.000 trẻ đẻ sống.")
    assert [(f.value, f.unit_label) for f in found] == [(35, "/100.000 trẻ đẻ sống")]
    assert [(f.value, f.unit_label) for f in find_figures("Tỷ suất sinh thô đạt 14,2‰.")] == [(14.2, "‰")]
    # (near miss: "trên 1.000 hộ" after a verb is a bound)
    assert figures("Năm 2026 hỗ trợ trên 1.000 hộ.") == [(1000, "household", "level")]


def test_a_rate_per_time_or_area_keeps_its_value() -> None:
    # "120 lít/người/ngày", "30.000 m3/ngày đêm", "520 kg/người/năm": no litres, cubic metres or kilograms converted
    found = find_figures("Nhà máy nước Sa Đéc có công suất 30.000 m3/ngày đêm, cấp bình quân 120 lít/người/ngày.")
    assert [(f.value, f.unit, f.unit_label) for f in found] == [
        (30000, "count", "m3/ngày đêm"), (120, "count", "lít/người/ngày")]
    assert figures("Bình quân lương thực đầu người đạt 520 kg/người/năm.") == [(520, "count", "level")]
    # (near misses: a yield converts, a volume alone stays a volume)
    assert figures("Năng suất đạt 1,5 tấn/ha.") == [(15, "quintal_per_ha", "level")]
    assert figures("Khối lượng đất sạt lở khoảng 21.000 m3.") == [(21000, "m3", "level")]


def test_a_wind_speed_and_a_vehicles_load_are_no_figures() -> None:
    # "gió giật 25 m/s": a speed; "xe tải 15 tấn", "tải trọng trên 10 tấn": the class of a vehicle or a bridge
    assert figures("Trên biển gió giật mạnh 25 m/s.") == []
    assert figures("Vùng biển Quảng Ngãi có gió giật 20 m/giây.") == []
    assert figures("Xe khách va chạm với xe tải 15 tấn làm 2 người bị thương.") == [(2, "person", "level")]
    assert figures("Cấm xe có tải trọng trên 10 tấn qua cầu Trần Phú.") == []
    assert figures("Cầu Bến Thủy 2 có tải trọng thiết kế 30 tấn.") == []
    # (near miss: tonnes of goods a vehicle carried are goods)
    assert figures("Lực lượng chức năng thu giữ 15 tấn hàng lậu.") == [(15, "tonne", "level")]


def test_other_currencies_are_no_dong() -> None:
    # "45 triệu euro", "3 tỷ yên": counted with the currency's name, never đồng
    found = find_figures("Dự án có vốn đầu tư 45 triệu euro và 3 tỷ yên.")
    assert [(f.value, f.unit, f.unit_label) for f in found] == [(45e6, "count", "euro"), (3e9, "count", "yên")]


def test_a_waves_height_states_a_size() -> None:
    # "sóng cao 3 m", "sóng biển cao 2,5 m": the sea a forecast tells, no length of the place's
    for text in ("Vùng biển tỉnh Quảng Ngãi sóng cao 3 m.", "Ngoài khơi Bình Định sóng biển cao 2,5 m."):
        found = [f for f in find_figures(text) if f.unit == "km"]
        assert found and all(states_a_size(text, f) for f in found), text
    # (near miss: a dam's own height stays a measure of the work)
    text = "Đập chính cao gần 55 m."
    assert not any(states_a_size(text, f) for f in find_figures(text))


def test_a_waves_height_with_its_kind_or_its_degree_states_a_size() -> None:
    # "sóng lớn cao …", "sóng to có độ cao …", "độ cao sóng ven bờ …": still the sea a forecast tells
    for text in ("Khu vực ven biển Cà Mau có sóng lớn cao 2,5-4 m.", "Vịnh Bắc Bộ sóng to có độ cao 2 - 3 m.",
                 "Độ cao sóng ven bờ phổ biến 1,5-2 m."):
        found = [f for f in find_figures(text) if f.unit == "km"]
        assert found and all(states_a_size(text, f) for f in found), text
    # near misses: a sea dyke's or an embankment's own size is a measure of the work
    for text in ("Tuyến đê biển được nâng cấp, đê cao 2 m.", "Công trình kè chống sạt lở dài 300 m."):
        assert not any(states_a_size(text, f) for f in find_figures(text)), text


# --- round 6 (mfig): comparisons and the grammar of figures ----------------------------------

def test_issuing_a_count_is_no_level() -> None:
    # "cấp N thẻ": the verb "to issue" before a count; a level ("cấp 3", "gió cấp 8") never reaches 100,
    # and after an aspect marker ("đã cấp", "vừa cấp") the word is the verb
    assert figures("Năm 2026, toàn tỉnh cấp 14.620 thẻ bảo hiểm y tế.") == [(14620, "count", "level")]
    assert figures("Huyện Mù Cang Chải đã cấp 45 sổ đỏ cho người dân.") == [(45, "count", "level")]
    assert figures("Toàn huyện cấp 1.380 thẻ cho trẻ em dưới 6 tuổi.")[0] == (1380, "count", "level")
    assert figures("Công an tỉnh vừa cấp 2.600 căn cước.") == [(2600, "count", "level")]
    # near-misses: a level stays no figure
    assert figures("Gió mạnh cấp 7, giật cấp 9.") == []
    assert figures("Hỗ trợ xây mới nhà cấp 4 cho hộ nghèo.") == []


def test_a_capitalised_place_ending_in_duong_is_no_road_number() -> None:
    # "xã Tam Đường 2 người": the number counts the persons of a place whose name ends on "Đường"
    assert figures("Lũ làm 4 người chết (xã Tân Đường 3 người, xã Bản Hon 1 người).") == [
        (4, "person", "level"), (3, "person", "level"), (1, "person", "level")]
    # near-miss: a road named by its number
    assert all(f.token != "48" for f in find_figures("Đẩy nhanh tiến độ đường 48 kéo dài."))


def test_a_bid_package_code_is_no_figure() -> None:
    assert all(f.token != "5.10" for f in find_figures("Gói thầu 5.10 xây dựng nhà ga đã hoàn thành 85% khối lượng."))
    assert all(f.token != "12" for f in find_figures("Nhà thầu thi công gói thầu số 12 đạt 70% khối lượng."))
    # near-miss: a count of packages
    assert figures("Tỉnh đã đấu thầu 12 gói thầu.") == [(12, "count", "level")]


def test_a_quakes_size_is_no_figure() -> None:
    assert figures("Động đất có độ lớn 3,8 xảy ra tại huyện Bắc Trà My.") == []
    for text in ("Tâm chấn ở độ sâu chấn tiêu khoảng 10 km.", "Bão đi vào sâu đất liền khoảng 45 km rồi suy yếu."):
        assert [states_a_size(text, f) for f in find_figures(text) if f.unit == "km"] == [True]
    # near-miss: a length of works
    text = "Nạo vét 45 km kênh mương."
    assert not states_a_size(text, one(text, "45"))


def test_higher_or_lower_than_the_same_period_before_the_rate_is_growth() -> None:
    # "thấp hơn cùng kỳ 2,4%": the base between the comparison and the rate; the rate is the change on it
    assert figures("Sản lượng thủy sản đạt 201.300 tấn, thấp hơn cùng kỳ 2,7%.") == [
        (201300, "tonne", "level"), (-2.7, "pct", "yoy_pct")]
    assert figures("Doanh thu đạt 5.400 tỷ đồng, cao hơn cùng kỳ năm 2024 là 9,6%.") == [
        (5400e9, "VND", "level"), (9.6, "pct", "yoy_pct")]
    # a rate compared with a rate is the gap in points
    assert figures("Tỷ lệ lao động qua đào tạo đạt 72%, cao hơn cùng kỳ 1,5%.")[1] == (1.5, "pct", "yoy_abs")
    # near-miss: an amount keeps its change in its unit
    assert figures("Sản lượng lúa thấp hơn cùng kỳ 1.200 tấn.") == [(-1200, "tonne", "yoy_abs")]


def test_larger_or_smaller_than_a_base_named_first_is_the_change_in_amount() -> None:
    # "lớn hơn cùng kỳ 8.000 tấn", "nhỏ hơn cùng kỳ 900 ha": "lớn/nhỏ hơn" compare as "cao/thấp hơn" do
    assert figures("Sản lượng cá nuôi đạt 61.000 tấn, lớn hơn cùng kỳ 2.500 tấn.") == [
        (61000, "tonne", "level"), (2500, "tonne", "yoy_abs")]
    assert figures("Diện tích ngô vụ đông đạt 7.300 ha, nhỏ hơn cùng kỳ năm trước 900 ha.")[1] == (
        -900, "ha", "yoy_abs")
    # the months so far of last year named as the base ("nhiều hơn 9 tháng đầu năm 2026 là 6 vụ")
    assert figures("Xảy ra 41 vụ cháy rừng, nhiều hơn 9 tháng đầu năm 2026 là 6 vụ.")[1] == (6, "case", "yoy_abs")
    # another base said first: a change in amount FACTS has no metric for, the level the gold files it as, signed
    assert figures("Tổng dư nợ đạt 92.000 tỷ đồng, thấp hơn đầu năm 4.100 tỷ đồng.") == [
        (92000e9, "VND", "level"), (-4100e9, "VND", "level")]
    assert figures("Toàn huyện có 212 hộ nghèo, ít hơn tháng trước 7 hộ.") == [(212, "household", "level"),
                                                                              (-7, "household", "level")]
    # the base a year written bare ("ít hơn 2025 là 8 người"), or said before the comparison in its clause
    assert figures("Số người chết do đuối nước là 31 người, ít hơn 2026 là 5 người.")[1] == (-5, "person", "yoy_abs")
    text = "Số vụ buôn lậu là 64 vụ, so với cùng kỳ nhiều hơn 9 vụ."
    assert figures(text)[1] == (9, "case", "yoy_abs")
    assert one(text, "9").qualifier == "exact"
    # a change's verb before "hơn", "vượt", or "hơn" alone compare with the base after them the same way
    assert figures("Toàn tỉnh xảy ra 52 vụ cháy, giảm hơn cùng kỳ 11 vụ.")[1] == (-11, "case", "yoy_abs")
    assert figures("Sản lượng sữa tươi đạt 9.400 tấn, vượt cùng kỳ 620 tấn.")[1] == (620, "tonne", "yoy_abs")
    assert figures("Có 1.730 hộ được vay vốn, hơn cùng kỳ năm trước 140 hộ.")[1] == (140, "household", "yoy_abs")
    # near-miss: a size with no base is no change ("lớn hơn 5 ha" a threshold), nor a plan exceeded a base
    assert figures("Có 14 trang trại có diện tích lớn hơn 5 ha.")[1][2] == "level"
    assert figures("Trồng rừng được 2.100 ha, vượt kế hoạch 100 ha.")[1][2] != "yoy_abs"


def test_a_gap_on_another_place_named_before_the_amount_is_no_figure() -> None:
    # "nhiều hơn huyện X 3 trường": how far two places stand apart, no amount the report's place has
    assert figures("Thị xã Kỳ Anh có 41 trường đạt chuẩn, nhiều hơn huyện Hương Khê 6 trường.") == [
        (41, "count", "level")]
    assert figures("Xã Ea Tiêu có 38 hộ nghèo, ít hơn xã Ea Ktur là 9 hộ.") == [(38, "household", "level")]
    # near-miss: a place named as where the amount is, with no comparison, keeps it
    assert figures("Huyện Hương Khê có thêm 6 trường đạt chuẩn.") == [(6, "count", "level")]


def test_a_gap_on_another_subject_named_after_the_amount_is_no_figure() -> None:
    # "cao hơn 4,8 tạ/ha so với ruộng đối chứng": how far the model field stands above the control, no level above
    # 4,8 nor a change of the report's own figure; so with a rate and a price per unit
    assert figures("Ruộng trình diễn đạt 71 tạ/ha, cao hơn 4,8 tạ/ha so với ruộng đối chứng.") == [
        (71, "quintal_per_ha", "level")]
    assert figures("Giống lúa mới cho năng suất thấp hơn 9% so với giống cũ.") == []
    assert figures("Lãi cao hơn 6 triệu đồng/ha so với cách làm cũ.") == []
    # near-miss: the same period named as the base makes the gap a change on it
    assert figures("Năng suất đạt 71 tạ/ha, cao hơn 4,8 tạ/ha so với cùng kỳ.")[1] == (4.8, "quintal_per_ha", "yoy_abs")


def test_a_gap_on_the_plan_named_before_the_amount_is_no_target() -> None:
    # "ít hơn kế hoạch 150 hộ": how far the result fell short of the plan, not the planned amount; read as an
    # amount over the plan is ("vượt kế hoạch 100 ha")
    assert figures("Số hộ thoát nghèo là 870 hộ, ít hơn kế hoạch 30 hộ.")[1] == (30, "household", "level")
    assert figures("Trồng mới 640 ha cây ăn quả, nhiều hơn chỉ tiêu 40 ha.")[1] == (40, "ha", "level")
    # (the poor households' fall with the plan after it too: "giảm 45 hộ so với kế hoạch")
    assert figures("Số hộ nghèo còn 1.310 hộ, giảm 45 hộ so với kế hoạch.")[1] == (45, "household", "level")
    # near-miss: the plan's own amount after its word stays the target, and the fall with no base the change
    assert figures("Năm 2027 phấn đấu trồng mới 700 ha cây ăn quả theo kế hoạch.")[0] == (700, "ha", "target")
    assert figures("Số hộ nghèo còn 1.310 hộ, giảm 45 hộ.")[1] == (-45, "household", "yoy_abs")


def test_a_qualified_multiple_of_the_same_period_is_growth() -> None:
    # "xấp xỉ 1,2 lần so với năm trước", "khoảng 1,5 lần so với cùng kỳ": a multiple without "gấp" or "bằng"
    assert figures("Doanh thu du lịch xấp xỉ 1,2 lần so với cùng kỳ.") == [(20, "pct", "yoy_pct")]
    assert figures("Số doanh nghiệp thành lập mới khoảng 1,5 lần so với cùng kỳ năm 2025.") == [
        (50, "pct", "yoy_pct")]
    assert figures("Vốn đăng ký đạt hơn 2 lần so với cùng kỳ.") == [(100, "pct", "yoy_pct")]
    # near-miss: no base, a bare multiple of something else
    assert figures("Năng suất cao khoảng 1,5 lần giống cũ.")[0][1] == "times"


def test_a_band_of_percentages_that_sorts_an_amount_is_no_rate() -> None:
    # "thiệt hại từ 30-70% là 1.420 ha, trên 70% là 730 ha": the bands class the areas counted after "là"
    assert figures("Lúa bị hại từ 30 - 70% là 860 ha, trên 70% là 215 ha.") == [
        (860, "ha", "level"), (215, "ha", "level")]
    assert figures("Diện tích thiệt hại dưới 30% là 75 ha.") == [(75, "ha", "level")]
    # near-miss: a rate said with "là" stays
    assert figures("Tỷ lệ che phủ rừng là 62,5%.") == [(62.5, "pct", "level")]


def test_a_rate_after_a_semicolon_with_its_units_after_it_is_no_item_of_the_list_before() -> None:
    # "đạt 78,3%; 100% khu công nghiệp có ...": the second rate opens a clause of its own (the share of the health
    # stations, as "88% khu dân cư" below is of the residential areas)
    assert figures("Tỷ lệ tiêm chủng đạt 96%; 100% trạm y tế xã có bác sĩ.") == [
        (96, "pct", "level"), (100, "pct", "share_pct")]
    assert figures("Tỷ lệ che phủ rừng đạt 55,2%; 88% khu dân cư có nhà văn hóa.")[1] == (88, "pct", "share_pct")
    # near-miss: rates listed after one verb keep it
    assert figures("Tỷ trọng nông nghiệp, công nghiệp, dịch vụ chiếm 20%; 35%; 45%.") == [
        (20, "pct", "share_pct"), (35, "pct", "share_pct"), (45, "pct", "share_pct")]


def test_the_bare_parts_of_a_breakdown_by_degree_take_the_wholes_unit() -> None:
    # "27 người bị thương (nặng 5, nhẹ 22)": each part of the breakdown is a fact in the whole's unit
    assert figures("Lũ quét làm 19 người bị thương (nặng 7, nhẹ 12) ở huyện Mường La.") == [
        (19, "person", "level"), (7, "person", "level"), (12, "person", "level")]
    assert figures("Vụ tai nạn làm 9 người bị thương, trong đó nặng 2.") == [
        (9, "person", "level"), (2, "person", "level")]
    assert figures("Lốc làm 64 nhà hư hỏng (hoàn toàn 4, một phần 60).") == [
        (64, "house", "level"), (4, "house", "level"), (60, "house", "level")]
    # near-miss: parts with their own unit keep it
    assert figures("Bão làm 6 người bị thương (nặng 1 người, nhẹ 5 người).") == [
        (6, "person", "level"), (1, "person", "level"), (5, "person", "level")]


def test_half_of_the_base_in_words_is_a_fall_of_half() -> None:
    # "giảm một nửa so với cùng kỳ", "chỉ bằng một nửa cùng kỳ": 50% less than the base
    assert figures("Số vụ tai nạn giảm một nửa so với cùng kỳ.") == [(-50, "pct", "yoy_pct")]
    assert [(f.value, f.metric, f.qualifier) for f in find_figures("Lượng mưa chỉ bằng gần một nửa cùng kỳ.")] == [
        (-50, "yoy_pct", "approx")]
    assert figures("Số ca mắc giảm một nửa so với tháng trước.") == [(-50, "pct", "change_pct")]
    # near-misses: half of the units named after it, or a hope, is no change
    assert figures("Giảm một nửa số hộ nghèo của xã.") == []
    assert figures("Phấn đấu giảm một nửa so với cùng kỳ.") == []


def test_a_fall_by_a_multiple_divides_the_base() -> None:
    # "giảm 2 lần so với cùng kỳ": to half of last year's, a fall of 50% (no fall of 2 "times")
    assert figures("Số vụ cháy rừng giảm 2 lần so với cùng kỳ.") == [(-50, "pct", "yoy_pct")]
    assert [(round(f.value, 2), f.metric, f.qualifier) for f in find_figures(
        "Số ca mắc sốt xuất huyết giảm hơn 4 lần so với cùng kỳ năm 2025.")] == [(-75, "yoy_pct", "over")]
    assert figures("Lượng hàng tồn kho giảm 2,5 lần so với tháng trước.") == [(-60, "pct", "change_pct")]
    # near-misses: occasions counted fall by a number of them
    assert figures("Số lần kiểm tra giảm 12 lần so với cùng kỳ.") == [(-12, "times", "yoy_abs")]
    assert figures("Tổ chức 15 lần kiểm tra, giảm 3 lần so với cùng kỳ.")[1] == (-3, "times", "yoy_abs")


def test_an_amount_higher_or_lower_than_the_same_period_after_it_is_the_change() -> None:
    # "thấp hơn 1,3 tạ/ha so với cùng kỳ": the gap in the figure's unit, "hơn" says which way, not "more than"
    assert [(f.value, f.metric, f.qualifier) for f in find_figures(
        "Năng suất lúa 58,4 tạ/ha, thấp hơn 0,9 tạ/ha so với cùng kỳ.")] == [
        (58.4, "level", "exact"), (-0.9, "yoy_abs", "exact")]
    assert [(f.value, f.metric, f.qualifier) for f in find_figures(
        "Sản lượng cá nuôi nhiều hơn 650 tấn so với năm 2025.")] == [(650, "yoy_abs", "exact")]
    assert figures("Số hộ nghèo ít hơn 75 hộ so với năm trước.") == [(-75, "household", "yoy_abs")]
    # near-miss: no base, "hơn" qualifies the amount
    assert [(f.value, f.metric, f.qualifier) for f in find_figures("Xã có nhiều hơn 30 hộ nghèo.")] == [
        (30, "level", "over")]


def test_a_chain_of_bare_changes_each_with_its_subject() -> None:
    # "X giảm 9 vụ, Y giảm 4 người": the changes said before give no level, each bare change is its own
    text = "Số vụ cháy giảm 9 vụ (-18,2%), số người bị thương giảm 4 người, thiệt hại tài sản tăng 2 tỷ đồng."
    assert figures(text) == [(-9, "case", "yoy_abs"), (-18.2, "pct", "yoy_pct"), (-4, "person", "yoy_abs"),
                             (2e9, "VND", "yoy_abs")]
    # near-miss: a level said before in the sentence keeps the clause after it a level
    assert figures("Xảy ra 31 vụ cháy rừng, diện tích bị cháy tăng 14 ha.")[1] == (14, "ha", "level")


def test_thousands_said_before_the_rest_of_a_number() -> None:
    # "6 nghìn 300 tỷ đồng" is 6.300 tỷ đồng read aloud: one figure, not 6 thousand đồng and 300 tỷ
    assert figures("Tổng thu ngân sách đạt 6 nghìn 300 tỷ đồng.") == [(6.3e12, "VND", "level")]
    assert figures("Toàn huyện có 4 nghìn 120 hộ chăn nuôi.") == [(4120, "household", "level")]
    # near-miss: a number after a comma is a figure of its own
    assert len(figures("Thu 6 nghìn, 300 tỷ đồng từ đất.")) == 2


def test_a_fraction_of_last_years_amount_is_no_count() -> None:
    # "chỉ bằng 1/3 cùng kỳ", "giảm 1/2 so với năm trước": a comparison in words, not a count of 1 and its plan of 3;
    # read as "giảm một nửa" is, the change it says (bằng 1/3 → 33,33% of last year's → -66,67)
    assert figures("Lượng khách quốc tế chỉ bằng 1/3 cùng kỳ.") == [(-66.67, "pct", "yoy_pct")]
    assert figures("Số vụ vi phạm giảm 1/2 so với năm trước.") == [(-50.0, "pct", "yoy_pct")]
    assert figures("Kim ngạch nhập khẩu giảm 1/4 so với cùng kỳ.") == [(-25.0, "pct", "yoy_pct")]
    # near-miss: a tally of units with a base after it stays a tally
    assert figures("Đã có 38/52 xã so với kế hoạch đạt chuẩn.")[0] == (38, "count", "level")


def test_a_range_of_a_rates_move_in_points_reads_both_ends() -> None:
    # "giảm 0,8 - 1,2 điểm phần trăm": the low end counts in points as the high end does (it was no figure)
    assert figures("Tỷ lệ hộ cận nghèo giảm 0,8 - 1,2 điểm phần trăm.") == [(-0.8, "pct", "yoy_abs"),
                                                                          (-1.2, "pct", "yoy_abs")]
    assert figures("Tỷ lệ thất nghiệp giảm 0,3-0,5 điểm %.") == [(-0.3, "pct", "yoy_abs"), (-0.5, "pct", "yoy_abs")]
    # near-miss: a range of contributions in points stays two levels
    assert figures("Công nghiệp đóng góp 1,1-1,4 điểm phần trăm vào mức tăng chung.") == [
        (1.1, "pct", "level"), (1.4, "pct", "level")]


def test_a_bound_right_after_the_amount_without_tu() -> None:
    # "đạt 95 triệu đồng trở lên": at least the amount, as "từ 95 triệu đồng trở lên" is (it was exact)
    assert one("Thu nhập bình quân đầu người đạt 95 triệu đồng trở lên.", "95").qualifier == "over"
    assert one("Tỷ lệ hộ nghèo đa chiều đạt 2,5% trở xuống.", "2,5").qualifier == "under"
    # near-miss: a class bound after another number leaves the count before it exact
    assert one("Có 38 xã đạt 15 tiêu chí trở lên.", "38").qualifier == "exact"


def test_the_start_of_a_change_with_its_scale_word_alone_counts_what_the_end_counts() -> None:
    # "tăng từ 2,4 triệu lên 2,9 triệu người": the start is 2,4 million people (it was 2,4 million đồng)
    assert figures("Dân số đô thị tăng từ 2,4 triệu lên 2,9 triệu người.") == [(2.4e6, "person", "level"),
                                                                            (2.9e6, "person", "level")]
    assert figures("Kim ngạch nhập khẩu giảm từ 3,1 tỷ xuống 2,7 tỷ USD.")[0] == (3.1e9, "USD", "level")
    # near-miss: money at both ends stays money
    assert figures("Lương tối thiểu tăng từ 4,1 triệu lên 4,6 triệu đồng.")[0] == (4.1e6, "VND", "level")


def test_a_multiple_without_lan_before_its_base() -> None:
    # "tăng gấp 4 so với cùng kỳ": four times last year's, as "gấp 4 lần" is (it was no figure)
    assert figures("Lượng khách quốc tế tăng gấp 4 so với cùng kỳ.") == [(300, "pct", "yoy_pct")]
    assert figures("Số thu từ đất gấp 2 dự toán năm.") == [(200, "pct", "plan_pct")]
    # near-miss: "gấp" before a count with its noun stays the count
    assert figures("Đơn vị đã huy động gấp 40 người tham gia.")[0][1] == "person"


def test_a_range_in_words_of_visits_or_head_reads_its_low_end() -> None:
    # "đón từ 2,1 đến 2,4 triệu lượt khách": the low end is 2,1 million visits (it was no figure)
    assert figures("Năm tới phấn đấu đón từ 2,1 đến 2,4 triệu lượt khách.") == [(2.1e6, "visit", "target"),
                                                                               (2.4e6, "visit", "target")]
    assert figures("Đàn lợn duy trì từ 42 đến 45 nghìn con.")[0] == (42000, "head", "level")
    # near-miss: a distance between places is no range of amounts
    assert [f[1] for f in figures("Vùng mưa cách bờ từ 20 đến 30 km.")] == ["km"]


def test_a_long_run_of_digits_after_a_zero_is_a_code() -> None:
    # a tax code or a phone number written without separators: no count
    assert figures("Công ty có mã số thuế 0312345678, điện thoại 0912345678.") == []
    # near-miss: a count with a leading zero stays a count
    assert figures("Đã tổ chức 03 đợt kiểm tra.") == [(3, "count", "level")]


def test_a_base_after_the_subject_right_before_the_verb_is_the_figures_own() -> None:
    # "CPI tháng 4 so với tháng trước tăng 0,18%": a change on the month before (it was read as on last year)
    assert figures("Chỉ số giá tiêu dùng tháng 4 so với tháng trước tăng 0,18%.") == [(0.18, "pct", "change_pct")]
    assert figures("Dư nợ cho vay so với đầu năm tăng 4,6%.") == [(4.6, "pct", "change_pct")]
    # a month the subject names other than the base's month: the base is the year's start, no same period
    assert figures("CPI tháng 4 so với tháng 12 năm trước tăng 1,9%.") == [(1.9, "pct", "change_pct")]
    # near-misses: the same month a year before, and the same period, stay growth on last year
    assert figures("CPI tháng 4 so với cùng tháng năm trước tăng 3,4%.") == [(3.4, "pct", "yoy_pct")]
    assert figures("Số vụ cháy so với cùng kỳ giảm 6 vụ.") == [(-6, "case", "yoy_abs")]
    # near-miss: the base of a change said before, with "và" before the next change, is not the next one's
    assert figures("Doanh số giảm 12,4% so với cùng kỳ tháng 5 và giảm 8,1% so với cùng kỳ năm 2023.")[1] == (
        -8.1, "pct", "yoy_pct")


@pytest.mark.parametrize("text", [
    "Mưa lũ làm 12 người chết, tăng 2 người so với báo cáo sáng nay.",
    "Có 840 nhà bị ngập, thêm 95 nhà so với bản tin trước.",
    "Diện tích lúa bị ngập 2.300 ha, tăng 410 ha so với hôm qua.",
    "Có 15.600 nhà bị hư hỏng, tăng 3.900 nhà so với báo cáo ngày 12/11.",
    "Lúa bị ngập 8.700 ha, tăng 950 ha so với số liệu báo cáo trước đó.",
    "Đã có 9 người chết, tăng 3 người so với thống kê ngày 14/11.",
    "Có 2.050 nhà bị ngập, tăng 180 nhà so với báo cáo số 21/BC-BCH.",
    "Số nhà bị ngập là 6.400 nhà, tăng gần 1.500 nhà so với hôm trước.",
    "Có 3.120 nhà bị tốc mái, tăng 40 nhà so với số liệu đã báo cáo.",
    "Thiệt hại ước 620 tỷ đồng (tăng 85 tỷ đồng so với ước tính ban đầu).",
    "Có 37 người bị thương, giảm 4 người so với thống kê ban đầu.",
])
def test_a_change_against_an_earlier_bulletin_is_no_figure(text: str) -> None:
    # a rolling bulletin's update of its own count: the count is the fact, the update none
    assert len(find_figures(text)) == 1


@pytest.mark.parametrize("text", [
    "Dân số trung bình tăng 2.100 người so với năm 2026.",
    "Số doanh nghiệp thành lập mới tăng 45 doanh nghiệp so với cùng kỳ.",
    "Số lao động có việc làm tăng 1.200 người so với cùng kỳ, theo số liệu đã công bố.",
])
def test_a_change_against_a_period_stays_a_figure(text: str) -> None:
    assert [f.metric for f in find_figures(text)] == ["yoy_abs"]


@pytest.mark.parametrize("text", [
    "Người dân phản ánh qua đường dây nóng 1800 1567 của Sở Y tế.",
    "Tổng đài 1900 9095 hỗ trợ doanh nghiệp suốt ngày đêm.",
    "Gọi 1900.5678 hoặc số điện thoại 0236 3822 119 để được hướng dẫn.",
    "Hộ kinh doanh có mã số thuế 8012345678 đã nộp đủ thuế.",
    "Chuyển tiền vào số tài khoản 1234 5678 9012 tại Kho bạc.",
])
def test_phone_tax_and_account_numbers_are_no_figures(text: str) -> None:
    assert find_figures(text) == []


def test_a_count_beside_a_hotline_stays_a_figure() -> None:
    # near-misses: what a hotline received is counted; a year 1900 before a count is still a year
    assert figures("Tổng đài đã tiếp nhận 2.310 cuộc gọi, tăng 8%.") == [(2310, "count", "level"),
                                                                         (8, "pct", "yoy_pct")]
    assert figures("Sản lượng tăng 1800 tấn so với cùng kỳ.") == [(1800, "tonne", "yoy_abs")]


def test_a_footnote_mark_before_a_capitalised_word_counts_nothing() -> None:
    # "3 Trong đó ...": the footnote's number opens its sentence, no count of "Trong"
    text = "3 Trong đó thu từ thuế đạt 1.250 tỷ đồng."
    assert figures(text) == [(1250e9, "VND", "level")]
    # near-miss: a capitalised noun after a number is still counted ("12 Tổ hợp tác")
    assert figures("Thành lập mới 12 Tổ hợp tác.") == [(12, "count", "level")]


def test_a_rates_move_in_points_on_another_base_is_its_change_there() -> None:
    # "giảm 0,12 điểm phần trăm so với đầu năm": an absolute change of the rate on the year's start, its sign kept,
    # as on the same period (yoy_abs); no metric fits it there, so it is a level named by its base (no change_pct: the
    # points are no percent of the rate)
    assert figures("Tỷ lệ nợ xấu là 1,4%, giảm 0,12 điểm phần trăm so với đầu năm.") == [
        (1.4, "pct", "level"), (-0.12, "pct", "level")]
    assert one("Tỷ lệ nợ xấu là 1,4%, giảm 0,12 điểm phần trăm so với đầu năm.", "0,12").change_named == (
        "mức giảm so với đầu năm")
    assert figures("Tỷ lệ thất nghiệp 2,1%, thấp hơn 0,3 điểm % so với quý trước.")[1] == (-0.3, "pct", "level")
    # near-misses: on the same period, or with no base, the move stays the change on last year
    assert figures("Tỷ lệ nợ xấu là 1,4%, giảm 0,12 điểm phần trăm so với cùng kỳ.")[1] == (-0.12, "pct", "yoy_abs")
    assert figures("Tỷ lệ hộ nghèo giảm 1,5 điểm phần trăm.") == [(-1.5, "pct", "yoy_abs")]


def test_a_rates_move_in_points_in_brackets_on_another_base_is_its_change_there() -> None:
    # "còn 3,2% (giảm 0,8 điểm % so với đầu năm)": in brackets as after a comma (it was a level of 0,8%)
    assert figures("Tỷ lệ trẻ bỏ học còn 3,2% (giảm 0,8 điểm % so với đầu năm).") == [
        (3.2, "pct", "level"),
        (-0.8, "pct", "level"),
    ]
    assert figures("Tỷ lệ nợ quá hạn ở mức 1,9% (tăng 0,2 điểm phần trăm so với quý trước).")[1] == (
        0.2,
        "pct",
        "level",
    )
    # near-miss: on the same period, the change on last year
    assert figures("Tỷ lệ trẻ bỏ học còn 3,2% (giảm 0,8 điểm % so với cùng kỳ).")[1] == (-0.8, "pct", "yoy_abs")


def test_a_rate_after_an_amounts_change_on_another_base_shares_that_base() -> None:
    # "tăng 6.100 tỷ đồng so với đầu năm, tăng 5,2%": the rate restates the change on the year's start
    text = "Dư nợ cho vay đạt 98.400 tỷ đồng, tăng 6.100 tỷ đồng so với đầu năm, tăng 5,2%."
    assert one(text, "5,2").metric == "change_pct"
    assert one("Vốn huy động giảm 320 tỷ đồng so với tháng trước, tương ứng giảm 0,9%.", "0,9").value == -0.9
    # near-misses: after a change on the same period, or a rate with a base of its own, nothing moves
    assert one("Vốn huy động tăng 320 tỷ đồng so với cùng kỳ, tăng 4,1%.", "4,1").metric == "yoy_pct"
    assert one("Dư nợ tăng 900 tỷ đồng so với đầu năm, tăng 12% so với cùng kỳ.", "12").metric == "yoy_pct"


def test_a_comma_before_three_digits_of_a_whole_count_groups_thousands() -> None:
    # "1,250 doanh nghiệp": a count of firms has no decimals, the comma is the English thousands' mark
    assert figures("Năm 2026 có 1,250 doanh nghiệp thành lập mới.") == [(1250, "enterprise", "level")]
    assert figures("Đón 3,400 lượt khách.") == [(3400, "visit", "level")]
    # near-misses: tonnes, money after a scale word and rates keep the Vietnamese decimal
    assert figures("Sản lượng đạt 241,497 tấn.") == [(241.497, "tonne", "level")]
    assert figures("Thu đạt 1,250 tỷ đồng.") == [(1.25e9, "VND", "level")]
    assert figures("Có 1,2 vạn hộ.") == [(12000, "household", "level")]


def test_the_figures_own_month_a_year_before_is_the_same_period() -> None:
    # a December release: "so với tháng 12 năm trước" is the same month of last year, growth on last year
    assert figures("CPI tháng 12/2026 tăng 0,3% so với tháng trước; so với tháng 12 năm trước tăng 2,9%.") == [
        (0.3, "pct", "change_pct"), (2.9, "pct", "yoy_pct")]
    assert figures("Chỉ số giá tháng 6 giảm 1,1% so với tháng 6 năm trước.") == [(-1.1, "pct", "yoy_pct")]
    # near-misses: another month of last year is the year's start; "9 tháng" names months, no month
    assert figures("CPI tháng 6/2026 tăng 1,7% so với tháng 12 năm trước.") == [(1.7, "pct", "change_pct")]
    assert figures("CPI bình quân 6 tháng tăng 1,7% so với tháng 6 năm trước.") == [(1.7, "pct", "change_pct")]


def test_a_rate_opening_a_clause_on_the_kind_of_units_counted_before_is_a_share() -> None:
    # "Trong số 2.100 hộ được vay vốn, 64% là hộ cận nghèo": the share of that kind among the units counted
    assert one("Trong số 2.100 hộ được vay vốn, 64% là hộ cận nghèo.", "64").metric == "share_pct"
    assert one("Thành lập 870 doanh nghiệp, gần 30% là doanh nghiệp chế biến.", "30").metric == "share_pct"
    # near-misses: what the rate itself is, or a rate with a subject of its own, is no share
    assert one("Tăng trưởng đạt 7,6%, là mức cao nhất vùng.", "7,6").metric == "yoy_pct"
    assert one("Có 870 doanh nghiệp, tỷ lệ nữ chủ doanh nghiệp 30% là khá cao.", "30").metric == "level"


def test_the_same_day_of_the_month_before_is_another_base() -> None:
    text = "Số lao động tại thời điểm 01/4 tăng 1,1% so với cùng thời điểm tháng trước."
    assert figures(text) == [(1.1, "pct", "change_pct")]
    # near miss: the same day a year before, or the same day alone, is a year's base
    assert figures("Dư nợ tín dụng giảm 0,6% so với cùng thời điểm năm trước.") == [(-0.6, "pct", "yoy_pct")]
    assert figures("Dư nợ tín dụng tăng 4,3% so với cùng thời điểm.") == [(4.3, "pct", "yoy_pct")]


def test_the_day_a_stock_is_counted_on_is_no_figure() -> None:
    # "thời điểm 31/3": the day of an inventory index, no count of 31
    assert figures("Chỉ số tồn kho tại thời điểm 30/6 giảm 2,7% so với cùng thời điểm năm trước.") == [
        (-2.7, "pct", "yoy_pct")]
    # near-miss: "thời điểm này" before a ratio of counts leaves the counts
    assert [f.token for f in find_figures("Tại thời điểm này có 14/17 xã đạt chuẩn.")] == ["14", "17"]


def test_a_development_index_whose_subject_holds_a_comma_is_growth() -> None:
    # "Chỉ số phát triển ngành chế biến, chế tạo đạt 106,4%": the index's excess over 100, its comma no break
    assert figures("Chỉ số phát triển ngành chế biến, chế tạo đạt 106,4%.") == [(6.4, "pct", "yoy_pct")]
    # near-miss: the same sentence without the index named is a plain rate
    assert figures("Ngành chế biến, chế tạo đạt 106,4%.") == [(106.4, "pct", "level")]


def test_a_multiple_in_words_before_lan_is_a_multiple() -> None:
    # "tăng gấp ba lần cùng kỳ": three times last year's, growth of 200%
    assert figures("Số dự án thu hút tăng gấp ba lần cùng kỳ.") == [(200, "pct", "yoy_pct")]
    assert figures("Doanh thu gấp năm lần so với cùng kỳ.") == [(400, "pct", "yoy_pct")]
    # near-misses: "gấp năm" with no "lần" after it names nothing; a hope stays none
    assert figures("Doanh thu gấp năm 2020.") == []
    assert figures("Tỉnh kỳ vọng doanh thu tăng gấp ba lần cùng kỳ.") == []


def test_a_verb_after_a_number_is_no_noun_it_counts() -> None:
    # "ASIAD 20 giành ...": the number ends a name, the verb after it counts nothing
    assert figures("Đoàn vận động viên dự ASIAD 20 giành 2 huy chương bạc.") == [(2, "count", "level")]
    assert figures("Tổng đài 1088 tiếp nhận ý kiến người dân.") == []
    # near-miss: a noun after the number is still counted, the verb after the noun changes nothing
    assert figures("Có 14 công ty tham gia hội chợ.") == [(14, "count", "level")]


def test_thousands_grouped_by_spaces_are_one_number() -> None:
    # "12 000 tấn" (a PDF's plain space, Word's no-break or narrow one): one number, no figure of 000
    assert figures("Sản lượng ngô đạt 12 000 tấn.") == [(12000, "tonne", "level")]
    assert figures("Thu nhập bình quân 4\u202f250\u00a0000 đồng.") == [(4250000, "VND", "level")]
    assert figures("Thu đạt 5 250 tỷ đồng.") == [(5250e9, "VND", "level")]
    # near-misses: a number that names a hamlet before a count, and a row of numbers, stay apart
    assert figures("Ấp 3 200 hộ tham gia.") == [(200, "household", "level")]
    assert figures("Năm 2025 có 12 xã, 150 hộ.") == [(12, "count", "level"), (150, "household", "level")]


def test_a_rankings_move_said_in_words() -> None:
    # "tụt ba bậc", "tăng hai bậc": places a ranking moved, as "tụt 3 bậc" is
    assert figures("Chỉ số DTI xếp thứ 41/63, tụt ba bậc.")[1] == (-3, "count", "yoy_abs")
    assert figures("Chỉ số PCI tăng hai bậc so với năm 2025.") == [(2, "count", "yoy_abs")]
    # near-miss: school levels are no ranking
    assert figures("Hệ thống gồm hai bậc học.") == []


def test_a_bare_count_takes_the_unit_its_label_names() -> None:
    # "Tổng số hộ: 9.870; số khẩu: 41.200": the label's noun is what the bare number counts
    assert figures("Tổng số hộ: 9.870; số khẩu: 41.200.") == [(9870, "household", "level"), (41200, "person", "level")]
    assert [(f.unit, f.unit_label) for f in find_figures("Số thôn: 48.")] == [("count", "thôn")]
    assert figures("Dân số: 865.400.") == [(865400, "person", "level")]
    # ("Tổng số ca phẫu thuật 3.111": the cases, "ca", are what it counts)
    assert [(f.unit, f.unit_label) for f in find_figures("Tổng số ca phẫu thuật 3.111;")] == [("count", "ca")]
    # near-miss: a label whose noun is no unit stays a bare count
    assert [(f.unit, f.unit_label) for f in find_figures("Tổng số ý kiến trực tuyến 3.111;")] == [("count", None)]
    # (a transaction is counted by its noun: numbers.read_unit)
    assert [(f.unit, f.unit_label) for f in find_figures("Tổng số giao dịch trực tuyến 3.111;")] == [
        ("count", "giao dịch")
    ]


def test_the_whole_a_rank_is_counted_in_is_no_figure() -> None:
    # "đứng thứ 3 trong 14 tỉnh": the rank is the fact, the 14 provinces ranked count nothing of the place
    assert figures("GRDP tăng 6,9%, đứng thứ 4 trong 14 tỉnh vùng.") == [(6.9, "pct", "yoy_pct"), (4, "count", "level")]
    assert [f.token for f in find_figures("Tỉnh xếp thứ 11 trên 63 tỉnh, thành phố.")] == ["11"]
    # near-miss: a part of a whole counted in the same unit keeps both counts
    assert [f.token for f in find_figures("Có 12 xã trong 20 xã đạt chuẩn.")] == ["12", "20"]


def test_the_one_a_mean_is_per_is_no_count() -> None:
    # "bình quân 1 người 1 tháng": the unit of the average, no count of one person
    assert figures("Thu nhập bình quân 1 người 1 tháng đạt 5,1 triệu đồng.") == [(5.1e6, "VND", "level")]
    assert figures("Bình quân 1 lao động tạo ra 88 triệu đồng/năm.") == [(88e6, "VND", "level")]
    # near-miss: one person counted after "mỗi hộ có" is a count
    assert figures("Bình quân mỗi hộ có 1 người đi làm.") == [(1, "person", "level")]


def test_tens_of_thousands_said_in_words() -> None:
    # "ba vạn lượt khách": a digit word before "vạn" scales as "3 vạn" does
    assert figures("Lễ hội thu hút ba vạn lượt khách.") == [(30000, "visit", "level")]
    assert one("Có hơn một vạn hộ tham gia.", "một").qualifier == "over"
    # near-miss: "Vạn" opening a place's name is no scale
    assert figures("Vạn Ninh có ba xã đạt chuẩn.") == [(3, "count", "level")]


@pytest.mark.parametrize("text", [
    "Mã số doanh nghiệp 4601234567 được cấp ngày 5/3.",
    "Tra cứu theo mã hồ sơ 000.00.31.H12-260115-0001.",
    "Gọi 113, 114, 115 khi khẩn cấp.",
])
def test_register_codes_and_emergency_numbers_are_no_figures(text: str) -> None:
    assert find_figures(text) == []


def test_a_count_after_a_short_code_word_stays() -> None:
    # near-miss: a count after "mã số" that is no long code is what was coded
    assert figures("Đã cấp mã số cho 1.250 hộ kinh doanh.") == [(1250, "household", "level")]


def test_the_gold_and_dollar_indices_share_the_base_named_before() -> None:
    # "chỉ số giá vàng tăng 3,1% so với tháng trước; chỉ số giá đô la Mỹ tăng 0,4%": the release's base for both
    text = "Chỉ số giá vàng tháng 5 tăng 3,1% so với tháng trước; chỉ số giá đô la Mỹ tăng 0,4%."
    assert figures(text) == [(3.1, "pct", "change_pct"), (0.4, "pct", "change_pct")]
    # near-miss: with no base said before, the bare change stays on last year
    assert figures("Chỉ số giá đô la Mỹ tăng 0,4%.") == [(0.4, "pct", "yoy_pct")]


def test_the_base_of_the_sex_ratio_at_birth_is_no_count() -> None:
    # "111 bé trai/100 bé gái": the boys per hundred girls are the fact, the hundred girls its base
    assert [f.token for f in find_figures("Tỷ số giới tính khi sinh 111 bé trai/100 bé gái.")] == ["111"]
    assert [f.token for f in find_figures("Tỷ số giới tính khi sinh là 109,8 bé trai trên 100 bé gái.")] == ["109,8"]
    # near-miss: a hundred girls counted are a count
    assert [f.token for f in find_figures("Hỗ trợ 100 bé gái đến trường.")] == ["100"]


def test_equal_to_the_short_form_of_the_same_period_is_growth_minus_100() -> None:
    # "bằng 104,6% CK": the statistics office's short form of "cùng kỳ", said with no "so với"
    assert figures("Chỉ số sản xuất toàn ngành công nghiệp tháng 7 bằng 104,6% CK.") == [(4.6, "pct", "yoy_pct")]
    text = "Khách du lịch nội địa đạt 310 nghìn lượt, bằng 93,5% CK năm trước."
    assert figures(text)[1] == (-6.5, "pct", "yoy_pct")
    # near-miss: "CK" glued into another word (a code) is no base
    assert figures("Tổng mức bán lẻ bằng 93,5% CKKH.")[0][2] != "yoy_pct"


def test_the_dollar_said_before_its_number() -> None:
    # "USD 42 triệu", "US$ 1,3 tỷ": the currency first, the scale word after the number
    assert figures("Dự án có tổng vốn đăng ký USD 42 triệu.") == [(42e6, "USD", "level")]
    assert figures("Lũy kế vốn FDI đạt US$ 1,3 tỷ.") == [(1.3e9, "USD", "level")]
    # near-miss: a number after the dollar written with its own currency word keeps that currency; a bare scale with
    # no dollar before it stays đồng
    assert figures("Đổi USD 500 triệu đồng.") == [(500e6, "VND", "level")]
    assert figures("Vốn điều lệ 42 triệu, chưa có USD.") == [(42e6, "VND", "level")]


def test_a_number_said_in_words_over_several_scales_is_one_number() -> None:
    # "bốn triệu hai trăm nghìn đồng": millions and thousands said in words, one amount
    assert figures("Mỗi hộ được hỗ trợ bốn triệu hai trăm nghìn đồng.") == [(4.2e6, "VND", "level")]
    assert figures("Tổng kinh phí là hai tỷ sáu trăm năm mươi triệu đồng.") == [(2.65e9, "VND", "level")]
    said = one("Quỹ đã nhận một triệu tám trăm nghìn đồng.", "một triệu tám trăm")
    assert (said.value, said.unit) == (1.8e6, "VND")
    # near-miss: scales that do not fall are two numbers ("hai nghìn năm" is two thousand years, no amount)
    assert figures("Trao bốn triệu đồng cho năm hộ.") == [(4e6, "VND", "level"), (5, "household", "level")]
    assert figures("Thu hút ba triệu lượt khách, hai nghìn ba triệu.")[0] == (3e6, "visit", "level")


def test_a_list_opened_by_an_aim_item_sets_targets() -> None:
    # "- Phấn đấu ...;" opening a list of items each closed by ";": the items after it are aims too
    before = "Năm 2027:\n- Phấn đấu tốc độ tăng trưởng kinh tế đạt 9%;\n- Thu nội địa đạt 4.200 tỷ đồng;\n"
    assert [f.metric for f in find_figures("- Có thêm 12 xã đạt chuẩn nông thôn mới;", 0, before)] == ["target"]
    assert [f.metric for f in find_figures("- Tỷ lệ che phủ rừng đạt 61%.", 0, before)] == ["target"]
    # near-miss: a full stop ends the list; a headline "Phấn đấu ..." without its ";" frames nothing after it
    ended = "- Phấn đấu tốc độ tăng trưởng kinh tế đạt 9%;\n- Thu nội địa đạt 4.200 tỷ đồng.\n"
    assert [f.metric for f in find_figures("Tỷ lệ che phủ rừng đạt 61%.", 0, ended)] == ["level"]
    headline = "Phấn đấu về đích sớm các chỉ tiêu năm 2027\n"
    assert [f.metric for f in find_figures("Tỷ lệ che phủ rừng đạt 61%;", 0, headline)] == ["level"]


def test_a_result_of_the_months_gone_by_after_an_aim_is_no_aim() -> None:
    # "Phấn đấu cả năm ...; ... . Vốn FDI 9 tháng đạt ...": the months gone by say what was reached
    aim = "Năm nay, tỉnh phấn đấu thu hút 20 dự án; tạo việc làm cho 15.000 lao động. "
    assert [f.metric for f in find_figures(aim + "Vốn FDI 9 tháng đạt 310 triệu USD.")][-1] == "level"
    assert [f.metric for f in find_figures(aim + "Kim ngạch xuất khẩu ước đạt 310 triệu USD.")][-1] == "level"
    # near-miss: a sentence of the aims going on, or of the months still to come, is aimed at
    assert [f.metric for f in find_figures(aim + "Thu ngân sách đạt 2.100 tỷ đồng.")][-1] == "target"
    assert [f.metric for f in find_figures(aim + "3 tháng cuối năm thu ngân sách đạt 700 tỷ đồng.")][-1] == "target"


def test_a_rates_move_in_bare_points_is_in_percentage_points() -> None:
    # "đạt 91,5% dân số, tăng 1,4 điểm": after a rate in percent, "điểm" alone is a percentage point
    text = "Tỷ lệ bao phủ bảo hiểm y tế đạt 91,5% dân số, tăng 1,4 điểm."
    assert figures(text) == [(91.5, "pct", "level"), (1.4, "pct", "yoy_abs")]
    # near-miss: a score's move after a score stays in points
    assert figures("Chỉ số PAPI đạt 44,1 điểm, tăng 1,4 điểm.") == [(44.1, "point", "level"), (1.4, "point", "yoy_abs")]


def test_a_heading_of_targets_over_its_list_items_sets_targets() -> None:
    # "Các chỉ tiêu chủ yếu đến năm 2030:" over numbered items: each item's figure is a target
    heading = "Các chỉ tiêu chủ yếu đến năm 2030:\n1. Tỷ lệ đô thị hóa đạt 45%.\n"
    assert [f.metric for f in find_figures("2. Tỷ lệ che phủ rừng đạt 62%.", 0, heading)] == ["target"]
    assert [f.metric for f in find_figures("- Thu nội địa đạt 3.500 tỷ đồng;", 0, "Nhiệm vụ năm 2027:\n")] == ["target"]
    # (items numbered in brackets, "(1)", as "1." is: the fall of a rate aimed at is its target, no change reported)
    aims = "Nhiệm vụ năm 2028, huyện phấn đấu:\n(1) Tỷ lệ trẻ em đi học đạt 99%.\n"
    fall = find_figures("(2) Tỷ lệ hộ cận nghèo giảm 1,2 điểm phần trăm trở lên.", 0, aims)
    assert [(f.value, f.metric) for f in fall] == [(1.2, "target")]
    # near-miss: a heading of what the targets reached reviews them; a line under the list that is no item is not
    reached = "Các chỉ tiêu chủ yếu đạt được:\n1. Tỷ lệ đô thị hóa đạt 45%.\n"
    assert [f.metric for f in find_figures("2. Tỷ lệ che phủ rừng đạt 62%.", 0, reached)] == ["level"]
    assert [f.metric for f in find_figures("Tỷ lệ che phủ rừng năm nay đạt 62%.", 0, heading)] == ["level"]
    # (targets named with no year they aim at may head a review of the year's results)
    review = "Các chỉ tiêu chủ yếu năm 2026:\n"
    assert [f.metric for f in find_figures("1. Tỷ lệ che phủ rừng đạt 62%.", 0, review)] == ["level"]


def test_a_gap_to_the_national_average_named_after_it_is_no_figure() -> None:
    # "cao hơn 0,9 điểm phần trăm so với bình quân cả nước": the gap to the country's average, as "cao hơn bình
    # quân cả nước 0,9 điểm" is, no change of the province's own
    text = "Tốc độ tăng trưởng đạt 7,6%, cao hơn 0,9 điểm phần trăm so với bình quân chung cả nước."
    assert figures(text) == [(7.6, "pct", "yoy_pct")]
    # near-miss: the same gap to last year is the rate's change
    assert figures("Thu nhập bình quân đầu người bằng 1,3 lần bình quân cả nước.") == []
    same_period = "Tốc độ tăng trưởng đạt 7,6%, cao hơn 0,9 điểm phần trăm so với cùng kỳ."
    assert figures(same_period)[1] == (0.9, "pct", "yoy_abs")


def test_a_ratio_to_the_countrys_common_growth_is_no_figure() -> None:
    # "gấp 1,4 lần tốc độ tăng chung của cả nước": the province's growth set against the country's, as against its
    # average, no multiple of the province's own
    assert figures("Kinh tế tăng 9,1%, gấp 1,4 lần tốc độ tăng chung của cả nước.") == [(9.1, "pct", "yoy_pct")]
    assert figures("GRDP tăng 8%, cao gấp 1,3 lần mức tăng trưởng chung cả nước.") == [(8, "pct", "yoy_pct")]


def test_the_dollar_sign_before_its_number() -> None:
    assert figures("Vốn đăng ký $45 triệu.") == [(45e6, "USD", "level")]
    # near-miss: with no sign before it the bare scale stays đồng
    assert figures("Vốn đăng ký 45 triệu.") == [(45e6, "VND", "level")]


def test_a_digit_word_and_a_half_of_its_scale() -> None:
    # "ba tỷ rưỡi đồng": three and a half billion, as "3 tỷ rưỡi đồng" is
    assert figures("Tổng kinh phí ba tỷ rưỡi đồng.") == [(3.5e9, "VND", "level")]
    assert figures("Đón bốn triệu rưỡi lượt khách.") == [(4.5e6, "visit", "level")]
    # near-miss: a "rưỡi" past the unit is no half of the scale
    assert figures("Tổng kinh phí ba tỷ đồng, rưỡi còn lại chưa chi.") == [(3e9, "VND", "level")]


def test_a_floor_named_by_its_number_is_no_figure() -> None:
    # "Tầng 4 nhà làm việc có 10 phòng": the fourth floor, where the rooms are
    assert figures("Tầng 4 nhà làm việc có 10 phòng.") == [(10, "count", "level")]
    # near-miss: storeys counted are no figure either, the rooms are
    assert figures("Xây mới nhà 3 tầng với 10 phòng học.") == [(10, "count", "level")]


def test_a_change_over_the_years_a_sentence_opens_on_is_on_another_base() -> None:
    # "Sau 4 năm thực hiện, ... giảm 38%": the change over those four years, not on last year
    assert figures("Sau 4 năm thực hiện, số hộ nghèo giảm 38%.") == [(-38, "pct", "change_pct")]
    # near-miss: a yearly average over the years, or a base said after the change, keeps its reading
    assert figures("Sau 4 năm, giá trị sản xuất tăng bình quân 6%/năm.") == [(6, "pct", "yoy_pct")]
    assert figures("Sau 4 năm, doanh thu tăng 9% so với cùng kỳ.") == [(9, "pct", "yoy_pct")]


def test_a_plan_named_by_its_number_frames_no_aim() -> None:
    # "Kế hoạch số 27/KH-UBND giao 9 chỉ tiêu": the plan is a document named, the count of what it set a level
    assert figures("Kế hoạch số 27/KH-UBND giao 9 chỉ tiêu.") == [(9, "count", "level")]
    # near-miss: a plan of its year opening the clause sets the figure after it
    assert figures("Kế hoạch năm 2027 trồng 900 ha rừng.") == [(900, "ha", "target")]


def test_an_item_that_tells_what_was_done_reports_in_a_list_of_aims() -> None:
    # "- Đã giải quyết việc làm cho 1.400 lao động;" under an aim: what was done, no aim
    before = "Nhiệm vụ tháng 12:\n- Phấn đấu hoàn thành kế hoạch năm;\n"
    assert [f.metric for f in find_figures("- Đã giải quyết việc làm cho 1.400 lao động;", 0, before)] == ["level"]
    # near-miss: the next aim of the list is aimed at
    assert [f.metric for f in find_figures("- Giải quyết việc làm cho 1.400 lao động;", 0, before)] == ["target"]


def test_a_capitalised_digit_word_after_a_lower_case_word_is_a_name() -> None:
    # "sông Ba đoạn qua xã A": the river named Ba and its stretch, not three stretches
    assert figures("Mực nước sông Ba đoạn qua xã Krông Pa lên nhanh, làm ngập 85 ha lúa.") == [(85, "ha", "level")]
    assert figures("Sạt lở bờ sông Năm đoạn chảy qua thôn 4.") == []
    # near-miss: a count in words opening its clause or said in lower case stays a count
    assert figures("Lũ cuốn trôi ba đoạn kè.") == [(3, "count", "level")]
    assert figures("Thiệt hại: Hai ngôi nhà bị sập.") == [(2, "house", "level")]


def test_last_year_named_right_after_an_equal_share_is_the_base() -> None:
    # "bằng 96,4% năm trước": last year's figure named without "so với", as "bằng 92% cùng kỳ" is
    assert figures("Diện tích chè 8.120 ha, bằng 96,4% năm trước.") == [(8120, "ha", "level"), (-3.6, "pct", "yoy_pct")]
    assert figures("Sản lượng bưởi bằng 1,3 lần năm ngoái.") == [(30, "pct", "yoy_pct")]
    # near-miss: a plan named after it stays the plan, a bare share with no base stays what it was
    assert figures("Thu ngân sách bằng 45% dự toán năm.") == [(45, "pct", "plan_pct")]
    assert figures("Sản lượng bưởi bằng 1,3 lần.") == [(1.3, "times", "level")]


def test_a_clause_cited_after_its_article_or_before_its_law_is_no_figure() -> None:
    # "Điều 5 khoản 2 Nghị định ...", "khoản 3 Luật ...": where a rule is written, no count of decrees or laws
    assert figures("Thực hiện Điều 7 khoản 4 Nghị định 45/2024/NĐ-CP, hỗ trợ 18 hộ.") == [(18, "household", "level")]
    assert figures("Theo khoản 2 Luật Đầu tư công, giao 6 dự án.") == [(6, "count", "level")]
    # near-miss: a count of laws or decrees said with its number stays a count
    assert figures("Ban hành 3 Nghị định hướng dẫn.") == [(3, "count", "level")]


def test_a_numeral_broken_after_its_separator_by_a_text_layer() -> None:
    # "đạt 27. 310 tỷ đồng", "bằng 81, 4% dự toán": a PDF's space after the dot or the decimal comma
    assert figures("Thu ngân sách ước đạt 27. 310 tỷ đồng, bằng 81, 4% dự toán, tăng 9, 25 % so với cùng kỳ.") == [
        (27310e9, "VND", "level"), (81.4, "pct", "plan_pct"), (9.25, "pct", "yoy_pct")]
    # ... or the line end a PDF's wrapping put there
    assert figures("Chỉ số sản xuất công nghiệp tăng 7,\n6% so với cùng kỳ.") == [(7.6, "pct", "yoy_pct")]
    # ... and thousands grouped by spaces with decimals ("41 207,5 tỷ đồng")
    assert figures("Doanh thu bán lẻ đạt 41 207,5 tỷ đồng.") == [(41207.5e9, "VND", "level")]
    # near-miss: a sentence that ends on a number before one opening on a number stays two
    assert figures("Đến hết tháng 9. 214 doanh nghiệp thành lập mới.") == [(214, "enterprise", "level")]
    assert figures("Toàn tỉnh có 36 xã. 150 hộ được hỗ trợ.") == [(36, "count", "level"), (150, "household", "level")]
    # near-miss: a list of numbers with commas is no decimal
    assert [f.value for f in find_figures("Hỗ trợ các xã 5, 7 và 9 với 120 triệu đồng.")] == [120e6]


def test_an_en_dash_against_the_digits_is_a_minus() -> None:
    # "tăng –4,6%", "Khai khoáng: –1,9%": Word's or a PDF's en dash for the minus sign
    assert figures("Giá trị sản xuất tăng –4,6% so với cùng kỳ.") == [(-4.6, "pct", "yoy_pct")]
    assert figures("Khai khoáng: –1,9%") == [(-1.9, "pct", "yoy_pct")]
    # near-miss: a dash after a number is a range's, one set off by spaces a clause's (a growth reached from a
    # range's low end is growth at both ends)
    assert figures("Tăng trưởng đạt từ 6 –8%.") == [(6, "pct", "yoy_pct"), (8, "pct", "yoy_pct")]
    assert figures("Công nghiệp – xây dựng đạt 7,5%.") == [(7.5, "pct", "level")]


def test_the_points_a_rate_passes_its_plan_by_are_a_level_signed_by_its_verb() -> None:
    # "vượt 0,6 điểm phần trăm so với chỉ tiêu", "thấp hơn 0,3 điểm % so với mục tiêu": by how much a plan was passed
    # or missed, which the contract has no measure for: a level signed by its verb, as the gold files an amount over a
    # plan and a change with no metric (ex055) (it was a rate of 0,6%, then no row)
    assert figures("Tỷ lệ che phủ rừng đạt 52,1%, vượt 0,6 điểm phần trăm so với chỉ tiêu.") == [
        (52.1, "pct", "level"), (0.6, "pct", "level")]
    assert [(f.value, f.qualifier) for f in find_figures(
        "Tỷ lệ hộ nghèo còn 3,1%, thấp hơn 0,3 điểm % so với chỉ tiêu.")] == [(3.1, "exact"), (-0.3, "exact")]
    # ... also with the plan right after the points, "so với" unsaid
    assert figures("Tỷ lệ bao phủ BHYT đạt 94,6%, vượt 0,4 điểm phần trăm kế hoạch.") == [
        (94.6, "pct", "level"), (0.4, "pct", "level")]
    # ... and an amount over a plan, as the gold files it, also with the plan's words between ("vượt chỉ tiêu đề ra 6
    # huy chương" was the plan itself)
    assert figures("Thu nội địa đạt 940 tỷ đồng, vượt 120 tỷ đồng so với dự toán.") == [
        (940e9, "VND", "level"), (120e9, "VND", "level")]
    assert figures("Đội tuyển giành 31 huy chương, vượt chỉ tiêu đề ra 4 huy chương.") == [
        (31, "count", "level"), (4, "count", "level")]
    # near-miss: a gap to last year stays its change, an amount passed with no base stays a level over it
    assert figures("Tỷ lệ đạt 81%, cao hơn 1,4 điểm phần trăm so với năm 2024.") == [
        (81, "pct", "level"), (1.4, "pct", "yoy_abs")]
    assert [(f.value, f.qualifier) for f in find_figures("Doanh thu vượt 9,5 nghìn tỷ đồng.")] == [(9.5e12, "over")]


def test_the_mark_a_river_rose_to_is_a_water_level() -> None:
    # "nước sông Kôn tại Thạnh Hòa lên mức 7,8 m": a gauge's reading, no length (it was 0,0078 km)
    assert figures("Nước sông Kôn tại trạm Thạnh Hòa lên mức 7,8 m, làm ngập 95 ha lúa.") == [(95, "ha", "level")]
    # near-miss: a work's length stays a length
    assert figures("Tuyến kè sông Kôn dài 620 m.") == [(0.62, "km", "level")]


def test_a_rates_fall_reached_in_points_is_its_change() -> None:
    # "Mức giảm tỷ lệ hộ nghèo đạt 2,8 điểm phần trăm": the fall, as with "%" (it was a poverty rate of 2,8%)
    assert figures("Mức giảm tỷ lệ hộ nghèo đạt 2,8 điểm phần trăm.") == [(-2.8, "pct", "yoy_abs")]
    assert figures("Mức giảm tỷ lệ hộ nghèo đạt 2,8%.") == [(-2.8, "pct", "yoy_abs")]
    # near-miss: a rate reached in points with no fall named stays what it was
    assert figures("Tỷ lệ hộ nghèo đạt 2,8 điểm phần trăm.") == [(2.8, "pct", "level")]


def test_a_neighbourhood_named_by_its_number_in_capitals_is_no_count() -> None:
    # "Khu phố 3 phường A", "Tổ dân phố 5 phường B": the quarter's number, no count of wards
    assert figures("Khu phố 4 phường Tân Định có 380 hộ.") == [(380, "household", "level")]
    assert figures("Tổ dân phố 6 phường Hòa Bình có 210 hộ.") == [(210, "household", "level")]
    # near-miss: a count of quarters after a verb stays a count
    assert figures("Toàn phường có 12 khu phố.") == [(12, "count", "level")]


def test_a_count_right_after_the_word_ward_is_no_ward_number() -> None:
    # "trong kỳ, phường 4 vụ trộm cắp": the ward the report is about, then the cases counted in it
    assert figures("Trong kỳ, phường 4 vụ trộm cắp tài sản đã được điều tra làm rõ.") == [(4, "case", "level")]
    assert figures("Toàn phường 9 hộ được nhận hỗ trợ.") == [(9, "household", "level")]
    assert figures("Dân số toàn phường 31.240 người.") == [(31240, "person", "level")]
    # near-miss: a ward named by its number before a verb or its district stays a name
    assert figures("Phường 4 đã tổ chức ra quân; tại phường 7, quận 3 có 25 hộ nghèo.") == [(25, "household", "level")]


def test_tang_inside_the_name_of_a_tax_or_of_value_added_is_no_change() -> None:
    # "thuế giá trị gia tăng 3,4 tỷ đồng": the tax's amount (it was a rise of 3,4 billion)
    assert figures("Thu thuế giá trị gia tăng 3,4 tỷ đồng; thuế tài nguyên 560 triệu đồng.")[0] == (
        3.4e9, "VND", "level")
    assert figures("Thuế giá trị gia tăng đạt 715 tỷ đồng, tăng 6% so với cùng kỳ.") == [
        (715e9, "VND", "level"), (6, "pct", "yoy_pct")]
    # near-misses: the tax's own rise and a plain rise stay changes
    assert figures("Thuế giá trị gia tăng tăng 14,5 tỷ đồng so với cùng kỳ.") == [(14.5e9, "VND", "yoy_abs")]
    assert figures("Giá trị tăng thêm ngành thương mại 980 tỷ đồng, tăng 5,2%.") == [
        (980e9, "VND", "level"), (5.2, "pct", "yoy_pct")]


def test_a_bracket_opening_on_the_plan_and_a_colon_holds_the_target() -> None:
    # "(KH: 3.800 người)": the plan set beside the level (it was a second level)
    assert figures("Đào tạo nghề cho 4.120 người (KH: 3.800 người).") == [
        (4120, "person", "level"), (3800, "person", "target")]
    assert figures("Trồng mới 960 ha cây ăn quả (kế hoạch năm 2026: 900 ha).")[1] == (900, "ha", "target")
    assert figures("Xuất khẩu đạt 845 triệu USD, tăng 6,1% (KH năm: 1.150 triệu USD).")[2] == (1.15e9, "USD", "target")
    assert figures("Trồng mới 960 ha cây ăn quả (KH huyện giao: 900 ha).")[1] == (900, "ha", "target")
    assert figures("Thu phí đạt 96 tỷ đồng (dự toán 90 tỷ đồng).")[1] == (90e9, "VND", "target")
    # near-misses: the same period's figure in brackets and a plan heading over what was done stay levels
    assert figures("Đào tạo nghề cho 4.120 người (cùng kỳ: 3.800 người).")[1] == (3800, "person", "level")
    assert figures("Kế hoạch: đã trồng mới 960 ha cây ăn quả.") == [(960, "ha", "level")]


def test_a_bare_rate_that_is_the_level_over_its_plan_is_the_plan_attained() -> None:
    # "4.120 người (KH 3.800 người), đạt 108,4%": 4.120/3.800, the whole is the plan (it was a share)
    assert figures("Đào tạo nghề cho 4.120 người (KH 3.800 người), đạt 108,4%.")[2] == (108.4, "pct", "plan_pct")
    # near-miss: the ratio of two counts is still a share of the whole
    assert figures("Có 6.512/6.540 cử tri đi bầu, đạt 99,57%.")[2] == (99.57, "pct", "share_pct")
    # (also when a plan word before makes the b of the ratio a target: the ratio's whole is no plan amount)
    text = "Theo kế hoạch năm 2026, toàn huyện có 58/130 trường được công nhận đạt chuẩn quốc gia, đạt 44,6%."
    assert figures(text)[2] == (44.6, "pct", "share_pct")


def test_salt_in_per_mille_is_a_reading_and_a_power_lines_circuit_no_figure() -> None:
    # "độ mặn 3,8‰": the salt a station measured, the headline figure of a salinity bulletin, counted in its sign
    assert figures("Độ mặn tại trạm Mỹ Thanh đo được là 3,8‰, làm ảnh hưởng 120 ha lúa.") == [
        (3.8, "count", "level"), (120, "ha", "level")]
    # "đường dây 220 kV mạch 2": the circuit's number (it was a count)
    assert figures("Đường dây 220 kV mạch 2 đi qua huyện đã đóng điện.") == []
    # near-misses: a vital rate in per mille stays; circuits counted before their noun stay a count
    assert figures("Tỷ suất sinh thô đạt 15,1‰.") == [(15.1, "count", "level")]
    assert figures("Đã cải tạo 4 mạch điện.") == [(4, "count", "level")]


def test_salt_and_vital_rates_in_per_mille_written_in_words() -> None:
    # "độ mặn 5 phần nghìn": the water's salt, as "5‰" is, a reading counted in its sign
    assert [(f.value, f.unit_label) for f in find_figures("Độ mặn đo được 5 phần nghìn, làm ảnh hưởng 80 ha lúa.")] == [
        (5, "‰"), (80, None)]
    # near miss: a birth rate in per mille stays, labelled as the sign
    assert [(f.value, f.unit_label) for f in find_figures("Tỷ suất sinh đạt 14,8 phần nghìn.")] == [(14.8, "‰")]


def test_an_index_reached_on_another_base_is_its_change_on_that_base() -> None:
    # "đạt 101,8% so với tháng 12 năm trước", "so với kỳ gốc 2024 đạt 105,3%": the index over another base, its
    # change the excess over 100 (both were levels), as "bằng 101,8% so với tháng trước" is
    assert figures("CPI tháng 8 đạt 101,8% so với tháng 12 năm trước.") == [(1.8, "pct", "change_pct")]
    assert figures("Chỉ số giá tiêu dùng tháng 8/2026 so với kỳ gốc 2024 đạt 105,3%.") == [(5.3, "pct", "change_pct")]
    assert figures("CPI tháng 8 so với năm gốc 2024 bằng 105,3%.") == [(5.3, "pct", "change_pct")]  # was a plan %
    # near-misses: a rate reached stays a rate, the same period's base stays year on year
    assert figures("Tỷ lệ bao phủ bảo hiểm y tế đạt 94% so với đầu năm.") == [(94, "pct", "level")]
    assert figures("IIP so với cùng kỳ đạt 107,6%.") == [(7.6, "pct", "yoy_pct")]


def test_the_next_item_of_a_list_of_changes_keeps_the_base_named_for_the_first() -> None:
    # "giá vàng tăng 2,7% so với tháng trước; giá đô la Mỹ giảm 0,2%": the same base for the dollar (it was
    # read year on year for want of one)
    text = "Chỉ số giá vàng tháng 5 tăng 2,7% so với tháng trước; chỉ số giá đô la Mỹ giảm 0,2%."
    assert figures(text) == [(2.7, "pct", "change_pct"), (-0.2, "pct", "change_pct")]
    # near-misses: an item with a base of its own, or a period of its own, keeps it
    text = "Chỉ số giá vàng tăng 2,7% so với tháng trước, chỉ số giá đô la Mỹ giảm 0,2% so với cùng kỳ."
    assert figures(text)[1] == (-0.2, "pct", "yoy_pct")
    assert figures("CPI tháng 5 tăng 0,3% so với tháng trước, bình quân 5 tháng tăng 3,1%.")[1] == (
        3.1, "pct", "yoy_pct")
    assert figures("Ngành khai khoáng tăng 4,2% so với cùng kỳ; ngành chế biến tăng 9%.")[1] == (9, "pct", "yoy_pct")


def test_a_count_said_again_as_a_percent_is_its_share() -> None:
    # "1.480 hộ thoát nghèo, tương ứng 1,4%": the households as a share of all (it was a plan attained)
    assert figures("Năm 2026 có 1.480 hộ thoát nghèo, tương ứng 1,4%.")[1] == (1.4, "pct", "share_pct")
    # near-misses: money said again as a percent, and a bare "bằng", stay the plan's share
    assert figures("Thu phí đạt 310 tỷ đồng, tương đương 88%.")[1] == (88, "pct", "plan_pct")
    assert figures("Năm 2026 có 1.480 hộ thoát nghèo, bằng 104%.")[1] == (104, "pct", "plan_pct")


def test_a_rate_after_a_label_naming_a_growth_rate_is_growth() -> None:
    # "- Tốc độ tăng trưởng GRDP: 6,9%": the growth its label names (it was a level)
    assert figures("- Tốc độ tăng trưởng GRDP: 6,9%.") == [(6.9, "pct", "yoy_pct")]
    assert figures("- Tăng trưởng kinh tế năm 2026: ước đạt 7,4%.") == [(7.4, "pct", "yoy_pct")]
    # near-misses: a rate labelled as a rate stays a level, as does a contribution to growth
    assert figures("- Tỷ lệ tăng dân số tự nhiên: 0,8%.") == [(0.8, "pct", "level")]
    assert figures("- Đóng góp vào tăng trưởng: 1,9 điểm phần trăm.") == [(1.9, "pct", "level")]


def test_a_rates_change_in_brackets_is_in_points_and_keeps_its_base_to_itself() -> None:
    # "tỷ lệ hộ nghèo còn 2,7% (giảm 0,9%)": a rate moves by points, as after a comma (it was a growth rate)
    assert figures("Tỷ lệ hộ nghèo còn 2,7% (giảm 0,9%).")[1] == (-0.9, "pct", "yoy_abs")
    # "đạt 71% (tăng 6% so với cùng kỳ)": the base is the bracket's change's (the 71% was read as -29% on last year)
    assert figures("Tỷ lệ giải ngân đạt 71% (tăng 6% so với cùng kỳ).")[0] == (71, "pct", "level")
    # near-misses: an amount's change in brackets stays growth, an index with its base right after stays one
    assert figures("Thu phí đạt 88 tỷ đồng (tăng 9%).")[1] == (9, "pct", "yoy_pct")
    assert figures("IIP đạt 106,4% so với cùng kỳ (tăng 6,4%).")[0] == (6.4, "pct", "yoy_pct")


def test_past_a_milestone_is_more_than_it() -> None:
    # "vượt mốc 40.000 tỷ đồng": more than that amount, as "vượt 40.000 tỷ đồng" is (it was exact)
    assert one("Thu ngân sách năm 2026 vượt mốc 40.000 tỷ đồng.", "40.000").qualifier == "over"
    assert one("Lượng khách vượt ngưỡng 2 triệu lượt.", "2").qualifier == "over"
    # near-miss: an amount reached stays exact
    assert one("Thu ngân sách năm 2026 đạt mốc 40.000 tỷ đồng.", "40.000").qualifier == "exact"


def test_a_named_rates_move_in_bare_points_and_the_short_dpt_are_percentage_points() -> None:
    # "tỷ lệ hộ nghèo giảm 1,4 điểm": the rate's points (they were index points)
    assert figures("Tỷ lệ hộ nghèo đa chiều giảm 1,4 điểm so với năm 2025.") == [(-1.4, "pct", "yoy_abs")]
    # "tăng 0,8 đpt": the statistics offices' short form of "điểm phần trăm" (it was no figure)
    assert figures("Tỷ lệ qua đào tạo đạt 71,2%, tăng 0,8 đpt so với năm trước.")[1] == (0.8, "pct", "yoy_abs")
    # near-miss: an index's points stay points
    assert figures("Chỉ số PAPI tăng 1,9 điểm so với năm trước.") == [(1.9, "point", "yoy_abs")]


def test_a_change_said_at_a_level_o_muc_is_the_change() -> None:
    # "tăng ở mức 4,7%": the rise stands at 4,7% (it was a level)
    assert figures("Ngành chế biến, chế tạo tăng ở mức 4,7%.") == [(4.7, "pct", "yoy_pct")]
    assert figures("Ngành khai khoáng giảm ở mức 2,6% so với cùng kỳ.") == [(-2.6, "pct", "yoy_pct")]
    # near-misses: a rate held at a level stays one, a rate's fall is in points
    assert figures("Lạm phát duy trì ở mức 3,2%.") == [(3.2, "pct", "level")]
    assert figures("Tỷ lệ hộ nghèo giảm ở mức 0,9%.") == [(-0.9, "pct", "yoy_abs")]


def test_an_amount_of_change_on_another_base_is_a_level_named_by_it() -> None:
    # "tăng 3.500 đồng/kg so với tháng trước": a change FACTS has no metric for (it was a price level of 3.500), a
    # level signed and named by its base
    assert figures("Giá tiêu 152.000 đồng/kg, tăng 3.500 đồng/kg so với tháng trước.") == [
        (152000, "VND", "level"), (3500, "VND", "level")]
    assert one("Giá dầu giảm 410 đồng/lít so với kỳ điều hành trước.", "410").change_named == (
        "mức giảm so với kỳ điều hành trước")
    # near-misses: the same period's change stays one, a level risen to stays the level, a rate on the base stays
    assert figures("Giá tiêu tăng 3.500 đồng/kg so với cùng kỳ.") == [(3500, "VND", "yoy_abs")]
    assert figures("Số hợp tác xã tăng lên 212 hợp tác xã so với đầu năm.") == [(212, "cooperative", "level")]
    assert figures("Dư nợ tăng 6.100 tỷ đồng so với tháng trước, tăng 7,2%.") == [
        (6100e9, "VND", "level"), (7.2, "pct", "change_pct")]
    # (on the year's start the amount is the level the gold files it as)
    assert figures("Dư nợ tăng 6.100 tỷ đồng so với đầu năm, tăng 7,2%.") == [
        (6100e9, "VND", "level"), (7.2, "pct", "change_pct")]


def test_an_amount_of_change_with_its_rate_in_brackets_before_another_base_is_on_that_base() -> None:
    # "tăng 300 tỷ đồng (+4,1%) so với tháng trước": the base after the bracket is the amount's too (it was a yoy_abs)
    assert figures("Dư nợ tín dụng tăng 520 tỷ đồng (+6,3%) so với quý trước.") == [
        (520e9, "VND", "level"), (6.3, "pct", "change_pct")]
    assert figures("Số hộ nghèo giảm 85 hộ (giảm 3,1%) so với tháng trước.") == [
        (-85, "household", "level"), (-3.1, "pct", "change_pct")]
    # (on the year's start, or a day, the level the gold files it as, signed)
    assert figures("Số hộ nghèo giảm 85 hộ (giảm 3,1%) so với 31/12/2025.") == [
        (-85, "household", "level"), (-3.1, "pct", "change_pct")]
    # near miss: on the same period both stay facts
    assert figures("Dư nợ tín dụng tăng 520 tỷ đồng (+6,3%) so với cùng kỳ.") == [(520e9, "VND", "yoy_abs"),
                                                                                 (6.3, "pct", "yoy_pct")]


def test_what_is_received_online_is_counted() -> None:
    # "trực tuyến" is online, no route numbered by the count after it (near-miss: a bus route keeps its number)
    assert figures("Tỉnh đã tiếp nhận trực tuyến 27.300 hồ sơ, tăng 9%.") == [(27300, "count", "level"),
                                                                             (9, "pct", "yoy_pct")]
    assert [f.value for f in find_figures("Xe buýt tuyến 07 chở 3.800 lượt khách.")] == [3800]


def test_a_numeral_broken_after_a_later_group_of_thousands() -> None:
    # "1.306. 245 tỷ đồng": the layout's break fell after the second group's dot
    assert figures("Tổng thu ngân sách đạt 1.306. 245 tỷ đồng.") == [(1306245e9, "VND", "level")]
    # near-miss: a sentence that ends on a number before one opening on a grouped number stays two
    assert [v for v, _, _ in figures("Toàn tỉnh có 1.306 xã. 2.450 hộ được hỗ trợ.")] == [1306, 2450]


def test_a_breakdown_by_place_named_by_its_kind_keeps_every_item() -> None:
    # "(xã A 2, xã B 1)": the next item opens with the place's kind in lower case, not with its name
    assert figures("Lũ quét làm 4 người chết (xã Mường Khoa 3, xã Nậm Sỏ 1).") == [
        (4, "person", "level"), (3, "person", "level"), (1, "person", "level")]
    assert figures("Sạt lở làm 2 người bị thương (huyện A 01, huyện B 01).") == [
        (2, "person", "level"), (1, "person", "level"), (1, "person", "level")]
    # ... and a colon after the count opens the breakdown as a bracket does
    assert figures("Về người: 5 người mất tích: huyện Mù Cang 3, huyện Trạm Tấu 2.") == [
        (5, "person", "level"), (3, "person", "level"), (2, "person", "level")]
    # the casualty word alone names people: "(chết 7, mất tích 2)"
    assert figures("Thiệt hại về người: (chết 7, mất tích 2, bị thương 4).") == [
        (7, "person", "level"), (2, "person", "level"), (4, "person", "level")]
    # near-misses: a place's colon inside the bracket; a lone bracket details nothing; a year after a casualty word
    assert figures("Bão làm 30 nhà bị sập (Quảng Trị: 12, Huế: 18).") == [
        (30, "house", "level"), (12, "house", "level"), (18, "house", "level")]
    assert [f.token for f in find_figures("Hội nghị có 80 đại biểu (Khóa 4) tham dự.")] == ["80"]
    assert figures("Số người chết (chết 2024) chưa rõ.") == []


def test_damage_bands_that_label_their_counts_and_depths_inside_homes_are_no_figures() -> None:
    # a band of damage before a colon labels the count after it ("trên 70%: 4 nhà"), as before "là" it does
    assert figures("Nhà ở bị thiệt hại từ 30-70%: 18 nhà; trên 70%: 4 nhà; dưới 30%: 61 nhà.") == [
        (18, "house", "level"), (4, "house", "level"), (61, "house", "level")]
    # ... and so does its band in brackets after the degree in words
    assert figures("Nhà bị thiệt hại rất nặng (trên 70%): 2 nhà; thiệt hại nặng (từ 40-70%): 9 nhà.") == [
        (2, "house", "level"), (9, "house", "level")]
    # how deep the water stood in the homes, the homes named between "ngập" and the depth
    assert figures("Lũ làm 52 nhà ngập nhà từ 0,3 - 0,8 m.") == [(52, "house", "level")]
    # near-misses: a band of growth in brackets stays a figure; a length of road flooded stays a length
    assert [v for v, _, _ in figures("Thu ngân sách tăng (từ 6-8%) so với cùng kỳ.")] == [6, 8]
    assert figures("Nước ngập nhà dân, ngập 350 m đường giao thông.") == [(0.35, "km", "level")]


def test_a_names_number_before_the_size_of_its_work_counts_nothing() -> None:
    # "Trường THPT X 2 quy mô 45 lớp": the 2 ends the school's name, "quy mô" opens its size
    assert figures("Khởi công Bệnh viện Đa khoa Hà Tĩnh 2 quy mô 800 giường.") == [(800, "count", "level")]
    assert figures("Đóng điện Nhà máy điện mặt trời Phước Hữu 3 công suất 50 MW.")[0][0] == 50
    # near-miss: a count of works before their size stays a count
    assert figures("Xây mới 2 bệnh viện quy mô 500 giường.") == [(2, "count", "level"), (500, "count", "level")]


def test_a_names_number_before_what_is_done_to_the_work_counts_nothing() -> None:
    assert figures("Nhà máy nhiệt điện Nghi Sơn 2 chính thức đi vào hoạt động.") == []
    assert figures("Nhà máy xi măng Tân Thắng 2 đi vào sản xuất.") == []
    # near-miss: works counted before what is done to them stay counted
    assert figures("Có 3 công trình khởi công trong quý.") == [(3, "count", "level")]


def test_an_estimate_that_is_a_comparisons_base_makes_no_later_figure_an_estimate() -> None:
    # "so với ước thực hiện năm 2025": the estimate is what the plan is compared with
    text = ("Năm 2026, thu ngân sách dự kiến 7.450 tỷ đồng, tăng 6% so với ước thực hiện năm 2025; "
            "vốn đầu tư toàn xã hội đạt 41.000 tỷ đồng.")
    assert one(text, "41.000").qualifier == "exact"
    # near-miss: an estimate said of the figure itself stays one
    said = "Thu ngân sách tăng 6% so với năm 2025; vốn đầu tư toàn xã hội ước đạt 41.000 tỷ đồng."
    assert one(said, "41.000").qualifier == "estimate"


def test_a_budgets_division_rate_and_a_rates_base_in_words_are_no_figures() -> None:
    # the share a level of the budget keeps is a rule, no outturn
    assert figures("Các khoản thu phí ngân sách phường được hưởng 100%.") == []
    assert figures("Tiền thuê đất ngân sách tỉnh hưởng 80%.") == []
    # "trên một vạn dân": per ten thousand people, the base of the rate before it
    assert figures("Năm 2025 đạt 14 bác sĩ trên một vạn dân.") == [(14, "count", "level")]
    # near-misses: what a province remits to the centre; a share of people who took part; over ten thousand people
    # with no count before
    assert figures("Phấn đấu điều tiết 6% ngân sách về Trung ương.")[0][0] == 6
    assert figures("Có 97% hộ dân hưởng ứng phong trào.")[0][0] == 97
    assert [v for v, _, _ in figures("Lễ hội thu hút trên một vạn người tham gia.")] == [10000]


def test_a_rise_hedged_as_more_or_less_is_still_the_rise() -> None:
    # "tăng trên dưới 6%": about 6%; the hedge of hedges.csv stands between the verb and its rate
    assert [(f.value, f.metric, f.qualifier) for f in find_figures("Kim ngạch xuất khẩu tăng trên dưới 6%.")] == [
        (6, "yoy_pct", "approx")]
    # near-miss: a level hedged so stays a level
    assert [(f.metric, f.qualifier) for f in find_figures("Vốn đầu tư đạt trên dưới 900 tỷ đồng.")] == [
        ("level", "approx")]


def test_a_breakdown_by_villages_named_with_a_number_keeps_every_item() -> None:
    # a village's name may end on its number ("thôn Tân Hòa 4 có 2"), or be its number alone ("thôn 9: 1"):
    # the number is the name's, the count after "có", "là" or the colon takes the whole's unit
    assert figures("Mưa lớn làm 6 nhà bị tốc mái (thôn Tân Hòa 4 có 2, thôn Na Hang 4).") == [
        (6, "house", "level"), (2, "house", "level"), (4, "house", "level")]
    assert figures("Phải di dời 3 hộ (Thôn 6: 2; Thôn 9: 1).") == [
        (3, "household", "level"), (2, "household", "level"), (1, "household", "level")]
    assert figures("Lũ cuốn trôi 5 con bò (bản Pá Khoang 2 là 3, bản Mường Phăng 2).") == [
        (5, "head", "level"), (3, "head", "level"), (2, "head", "level")]
    # near-misses: a lone bracket after a village details nothing; a village's number before its own verb
    assert figures("Có 5 nhà bị sập tại thôn 8 (Khóa 3).") == [(5, "house", "level")]
    assert figures("Sạt lở tại thôn Phìn Hồ 2 có 4 hộ phải di dời.") == [(4, "household", "level")]


def test_trên_dưới_hedges_a_number_wherever_khoảng_does() -> None:
    # every rule that lets a hedge stand before its number reads the hedge table (data/words/hedges.csv), "trên dưới"
    # with it: a range's low end, a weight, a fraction of a whole, a flood's depth
    for hedge in ("khoảng", "trên dưới"):
        assert figures(f"Bình quân mỗi ngày từ 420 đến {hedge} 460 lượt xe qua trạm.") == [
            (420, "visit", "level"), (460, "visit", "level")], hedge
        assert figures(f"Lũ cuốn trôi 2 con trâu, mỗi con nặng {hedge} 350 kg.") == [(2, "head", "level")], hedge
        assert figures(f"Cây cà phê chiếm {hedge} 1/4 diện tích cây lâu năm.") == [], hedge
        assert figures(f"Có 86 nhà bị ngập sâu {hedge} 1,2 m.") == [(86, "house", "level")], hedge
    # near-miss: "trên" and "dưới" stay words of their own where no hedge stands ("dưới 1,2 m" is a depth too)
    assert figures("Có 86 nhà bị ngập sâu dưới 1,2 m.") == [(86, "house", "level")]
    assert figures("Bình quân mỗi ngày từ 420 đến 460 lượt xe qua trạm.") == [
        (420, "visit", "level"), (460, "visit", "level")]


def test_an_index_said_with_là_and_an_index_for_the_running_period_after_it() -> None:
    # "là 100,62% so với tháng trước": an index told with "là" is its excess over 100, as with "bằng" or "đạt"
    assert figures("Chỉ số giá tiêu dùng tháng 5/2026 là 100,62% so với tháng trước.") == [(0.62, "pct", "change_pct")]
    assert figures("Chỉ số IIP quý II là 96,4% so với cùng kỳ.") == [(-3.6, "pct", "yoy_pct")]
    # the running period's index after it, with no subject nor base of its own, is read on the same period
    assert figures("Chỉ số sản xuất công nghiệp tháng 5 ước đạt 104,1% so với cùng kỳ năm trước; "
                   "5 tháng đầu năm ước đạt 107,3%.") == [(4.1, "pct", "yoy_pct"), (7.3, "pct", "yoy_pct")]
    # near-misses: a rate told with "là" stays a rate; a plan named after the running figure stays its plan
    assert figures("Tỷ lệ hộ nghèo đa chiều là 3,8%.") == [(3.8, "pct", "level")]
    assert figures("Chỉ số sản xuất công nghiệp tháng 5 đạt 104,1% so với cùng kỳ; 5 tháng đạt 41,2% kế hoạch "
                   "năm.") == [(4.1, "pct", "yoy_pct"), (41.2, "pct", "plan_pct")]


def test_the_fineness_of_gold_is_no_figure() -> None:
    # "vàng 99,99", "vàng nhẫn 9999": which gold is priced; its price and change are the figures
    assert figures("Giá vàng 99,99 bình quân tháng 4 ở mức 11,8 triệu đồng/chỉ, tăng 3,4%.") == [
        (11800000, "VND", "level"), (3.4, "pct", "yoy_pct")]
    assert figures("Giá vàng nhẫn 9999 giảm 1,2%.") == [(-1.2, "pct", "yoy_pct")]
    # near-miss: an amount of gold seized is a figure
    assert figures("Thu giữ 99,9 kg vàng.") == [(0.0999, "tonne", "level")]


def test_a_change_said_again_signed_in_brackets_is_one_figure() -> None:
    # "giảm 0,43% (-0,43%)": the same change, its sign written out, no second figure
    assert figures("Nhóm may mặc giảm 0,43% (-0,43%), nhóm thuốc và dịch vụ y tế tăng 0,2% (+0,2%).") == [
        (-0.43, "pct", "yoy_pct"), (0.2, "pct", "yoy_pct")]
    # near-misses: another rate in brackets, or a signed rate after a level, stays a figure of its own
    assert figures("Doanh thu tăng 8,5% (quý trước tăng 6,1%).") == [(8.5, "pct", "yoy_pct"), (6.1, "pct", "yoy_pct")]
    assert figures("Sản lượng chè đạt 2.300 tấn (+8,5%).") == [(2300, "tonne", "level"), (8.5, "pct", "yoy_pct")]


def test_the_parts_of_a_count_of_spots_in_brackets_count_spots() -> None:
    # "sạt lở tại 4 điểm (xóm A có 3 điểm, xóm B 1 điểm)": each part counts the spots its whole counts, no score
    assert [(f.value, f.unit, f.unit_label) for f in find_figures(
        "Sạt lở đất tại 4 điểm (xóm Nà Pục 2 có 3 điểm, xóm Khuổi Hẩu 1 điểm).")] == [
        (4, "count", "điểm"), (3, "count", "điểm"), (1, "count", "điểm")]
    # near-miss: the parts of a score in brackets are scores, in a sentence that tells no damage
    assert [(f.value, f.unit) for f in find_figures(
        "Điểm trung bình môn thi đạt 6,9 điểm (môn Sử 7,1 điểm, môn Lý 6,4 điểm).")][1:] == [
        (7.1, "point"), (6.4, "point")]


def test_a_packs_size_after_a_price_and_points_over_a_growth_scenario_are_no_figures() -> None:
    # "đồng/bình 12 kg": the pack a price is quoted for; the price is the figure
    assert figures("Giá gas bán lẻ 465.000 đồng/bình 12 kg, tăng 2,1%.") == [
        (465000, "VND", "level"), (2.1, "pct", "yoy_pct")]
    # "cao hơn 0,4 điểm phần trăm so với kịch bản": the points a growth rate passed its scenario by, as a plan's
    assert figures("GRDP quý III tăng 7,9%, cao hơn 0,4 điểm phần trăm so với kịch bản tăng trưởng.") == [
        (7.9, "pct", "yoy_pct")]
    # near-misses: a pack's size counted after its own number of packs; points on the same period stay a change
    assert figures("Hỗ trợ 300 bao 25 kg gạo.")[0] == (300, "count", "level")
    assert figures("GRDP tăng 7,9%, cao hơn 0,4 điểm phần trăm so với cùng kỳ.") == [
        (7.9, "pct", "yoy_pct"), (0.4, "pct", "yoy_abs")]


def test_the_gold_or_dollar_price_after_a_price_on_a_base_takes_that_base() -> None:
    # a release's gold and dollar prices, the second's bare change after the first's against the month before
    assert figures("Giá vàng bình quân 12,1 triệu đồng/chỉ, tăng 1,6% so với tháng trước. "
                   "Giá đô la Mỹ bình quân 25.940 đồng/USD, giảm 0,22%.") == [
        (12100000, "VND", "level"), (1.6, "pct", "change_pct"), (25940, "VND", "level"), (-0.22, "pct", "change_pct")]
    # near-miss: another price's bare change stays on the same period
    assert figures("Doanh thu tăng 2% so với tháng trước. Giá cà phê bình quân 98.000 đồng/kg, giảm 1,5%.")[-1] == (
        -1.5, "pct", "yoy_pct")


def test_a_range_of_change_on_another_base_is_named_by_it() -> None:
    # "tăng 200 - 300 đồng/kg so với tháng trước": an amount of change on another base, as its one-number form is,
    # both ends a level named by that base
    found = find_figures("Giá heo hơi tăng 200 - 300 đồng/kg so với tháng trước.")
    assert [(f.value, f.change_named) for f in found] == [
        (200, "mức tăng so với tháng trước"), (300, "mức tăng so với tháng trước")]
    assert figures("Giá heo hơi tăng 300 đồng/kg so với tháng trước.") == [(300, "VND", "level")]
    # near-miss: on the same period it is the change, both ends
    assert figures("Giá heo hơi tăng 200 - 300 đồng/kg so với cùng kỳ.") == [(200, "VND", "yoy_abs"),
                                                                            (300, "VND", "yoy_abs")]


def test_the_high_end_of_a_range_bounded_in_words_reads_as_its_low_end() -> None:
    # "từ A đến B" after a comparison or a change: the high end is the same kind of figure as the low end
    assert figures("Giá vải thấp hơn cùng kỳ từ 4.000 đến 6.000 đồng/kg.") == [
        (-4000, "VND", "yoy_abs"), (-6000, "VND", "yoy_abs")]
    assert figures("Doanh thu các cơ sở tăng từ 8 đến 11% so với cùng kỳ.") == [
        (8, "pct", "yoy_pct"), (11, "pct", "yoy_pct")]
    # near-miss: a range of levels stays levels
    assert figures("Giá cá tra từ 28.000 đến 30.000 đồng/kg.") == [(28000, "VND", "level"), (30000, "VND", "level")]


def test_a_bracket_of_words_after_a_change_leaves_its_base_to_the_figure() -> None:
    # "(giảm nhẹ)" is an aside: the base after it is the change's
    assert figures("CPI tháng 10 giảm 0,07% (giảm nhẹ) so với tháng trước.") == [(-0.07, "pct", "change_pct")]
    # near-miss: a bracket holding a change of its own keeps the base after it to itself
    assert figures("Doanh thu tăng 4,2% (tăng 1,1% so với tháng trước).") == [
        (4.2, "pct", "yoy_pct"), (1.1, "pct", "change_pct")]


def test_an_index_on_a_base_named_before_its_là() -> None:
    # "so với kỳ gốc 2019 là 231,7%": the base after the subject, then the index's "là"
    assert figures("Chỉ số giá vàng tháng 8 so với kỳ gốc 2019 là 231,7%.") == [(131.7, "pct", "change_pct")]
    # near-miss: a count after its base and "là" stays a count
    assert figures("Số hộ nghèo so với đầu năm là 1.105 hộ.") == [(1105, "household", "level")]


def test_a_change_said_again_as_a_multiple_in_brackets_is_one_figure() -> None:
    # "tăng 38,6% (gấp 1,39 lần)": the same change as a multiple, no figure of its own
    assert figures("Doanh thu lữ hành tăng 38,6% (gấp 1,39 lần).") == [(38.6, "pct", "yoy_pct")]
    # near-miss: a multiple that is not the change before it stays a figure
    assert len(figures("Doanh thu lữ hành tăng 38,6% (gấp 3 lần).")) == 2


# --- twelfth probing round -------------------------------------------------------------------

def test_a_night_that_opens_a_sentence_names_its_dates() -> None:
    # "Đêm 14/9 rạng sáng 15/9/2024": two dates, no counts, when the day word opens the sentence
    assert figures("Đêm 14/9 rạng sáng 15/9/2024, lũ quét làm 4 nhà bị cuốn trôi.") == [(4, "house", "level")]
    assert figures("Chiều 6/7, lốc xoáy làm 12 nhà tốc mái.") == [(12, "house", "level")]
    # near-miss: a part of a whole after no day word stays a ratio's count
    assert figures("Có 03/05 xã hoàn thành kế hoạch.")[0][0] == 3


def test_relief_handed_out_with_xuat_cap_is_counted() -> None:
    # "xuất cấp" (to issue from the reserve) is a verb: the tonnes after it are no grade "cấp 70"
    assert figures("Huyện đã xuất cấp 70 tấn gạo, 9 tấn giống ngô cho các xã.") == [
        (70, "tonne", "level"), (9, "tonne", "level")]
    # near-miss: a wind's grade stays no figure
    assert figures("Gió mạnh cấp 7, giật cấp 9.") == []


def test_a_magnitude_bound_of_quakes_is_no_figure() -> None:
    # "độ lớn từ 3,0 trở lên": the scale of the quakes counted, no amount
    found = find_figures("Năm 2024, huyện ghi nhận 17 trận động đất có độ lớn từ 3,0 trở lên.")
    assert [(f.value, f.unit, f.unit_label) for f in found] == [(17, "count", "trận động đất")]
    # near-miss: the count of houses cracked by one quake stays
    assert figures("Trận động đất có độ lớn 4,1 làm 6 nhà bị nứt tường.") == [(6, "house", "level")]


def test_an_event_counted_by_its_classifier_keeps_its_whole_name() -> None:
    assert one("Trong tháng xảy ra 3 trận mưa đá tại 2 xã.", "3").unit_label == "trận mưa đá"
    assert one("Năm nay có 6 cơn lốc xoáy.", "6").unit_label == "cơn lốc xoáy"
    # near-miss: a one-syllable event keeps its label
    assert one("Năm nay có 2 cơn bão đổ bộ.", "2").unit_label == "cơn bão"


def test_a_multiple_of_a_year_further_back_is_a_change_on_another_base() -> None:
    # "năm 2024 ... (gấp 1,8 lần năm 2018)": six years back, no change on last year
    text = "Doanh thu lữ hành năm 2024 đạt 900 tỷ đồng (gấp 1,8 lần năm 2018)."
    assert figures(text)[1] == (80, "pct", "change_pct")
    # near-miss: the year before the sentence's own is last year
    assert figures("Doanh thu lữ hành năm 2024 đạt 900 tỷ đồng, gấp 1,5 lần năm 2023.")[1] == (50, "pct", "yoy_pct")
    # the same said with "bằng" and no "so với" (was a level of 1,3 times, of the year 2020)
    assert figures("Năm 2026, GRDP bình quân đầu người đạt 98 triệu đồng, bằng 1,4 lần năm 2021.")[1] == (
        40, "pct", "change_pct")
    assert figures("Năm 2026 thu ngân sách bằng 1,2 lần năm 2025.") == [(20, "pct", "yoy_pct")]
    # near-miss: "bằng" a multiple of another thing stays a multiple
    assert figures("Chi tiêu của khách quốc tế bằng 1,5 lần khách nội địa.") == [(1.5, "times", "level")]


def test_a_price_group_that_stayed_put_changes_by_nothing() -> None:
    # "đứng giá (0,0%)": a change of nought on the base in force, no level of 0%
    text = "CPI tháng 5 tăng 0,12% so với tháng trước; nhóm bưu chính viễn thông đứng giá (0,0%)."
    assert figures(text) == [(0.12, "pct", "change_pct"), (0, "pct", "change_pct")]
    # near-miss: a rate in brackets after "ổn định" that is no nought stays a level
    assert figures("Tỷ lệ thất nghiệp ổn định (2,1%).") == [(2.1, "pct", "level")]


def test_a_change_on_a_base_set_before_it_is_named_by_it_but_a_bulletins() -> None:
    # a rolling bulletin's increase with its base first: no fact
    assert figures("So với bản tin ngày 9/3, diện tích cây ăn trái bị ảnh hưởng tăng 85 ha.") == []
    # an amount of change on another period with its base first: no metric for it, the level the gold files it as
    assert figures("So với tháng trước, tổng dư nợ tăng 1.240 tỷ đồng.") == [(1240e9, "VND", "level")]
    assert figures("So với đầu năm, tổng dư nợ tăng 1.240 tỷ đồng.") == [(1240e9, "VND", "level")]
    # the same said as a comparative: the gap between two floods, no fact
    assert figures("So với trận lũ năm 2019, thiệt hại lần này cao hơn gần 150 tỷ đồng.") == []
    # near-miss: the same comparative against the same period is its change
    assert figures("So với cùng kỳ, sản lượng thủy sản cao hơn 1.200 tấn.") == [(1200, "tonne", "yoy_abs")]
    # near-miss: against the same period it is a change of the same period
    assert figures("So với cùng kỳ, diện tích gieo trồng tăng 85 ha.") == [(85, "ha", "yoy_abs")]


def test_spots_counted_after_a_hamlets_name_in_a_damage_sentence() -> None:
    # "thôn Khe Mạ 4 3 điểm": the hamlet's own number, then the spots of the slide there (no score points)
    found = find_figures("Sạt lở đất tại: thôn Khe Mạ 4 3 điểm; bản Pá Khoang 2 điểm.")
    assert [(f.value, f.unit, f.unit_label) for f in found] == [(3, "count", "điểm"), (2, "count", "điểm")]
    # near-miss: a commune's score in a sentence of no damage stays points
    assert figures("Kết quả chấm điểm: xã Tân Phú 86 điểm, xã Bình Minh 81 điểm.") == [
        (86, "point", "level"), (81, "point", "level")]


def test_a_change_in_brackets_keeps_the_base_said_before_its_bracket() -> None:
    # "(tháng trước: tăng 0,15%)": last month's change on its own month before, as the change before the bracket
    # is; no link of the yearly change after the bracket
    text = "CPI tháng 4 tăng 0,4% so với tháng trước (tháng trước: tăng 0,1%), tăng 2,9% so với cùng kỳ."
    assert figures(text) == [(0.4, "pct", "change_pct"), (0.1, "pct", "change_pct"), (2.9, "pct", "yoy_pct")]
    mirrored = "CPI tháng 4 tăng 2,9% so với cùng kỳ (tháng trước: tăng 2,6%), tăng 0,4% so với tháng trước."
    assert figures(mirrored)[1] == (2.6, "pct", "yoy_pct")
    # near-miss: a chain inside one bracket still takes the base after the bracket
    assert figures("Tai nạn giao thông (giảm 4 vụ, tăng 2 người) so với cùng kỳ.") == [
        (-4, "case", "yoy_abs"), (2, "person", "yoy_abs")]


def test_a_ratio_or_gap_to_a_regions_average_is_no_figure_of_the_province() -> None:
    # as the country's average is: "gấp 1,4 lần bình quân vùng" compares with a region, no yearly change
    assert figures("Tăng trưởng GRDP đạt 9,1%, gấp 1,3 lần bình quân vùng Tây Bắc.") == [(9.1, "pct", "yoy_pct")]
    assert figures("Năng suất ngô đạt 48 tạ/ha, cao hơn bình quân khu vực 2,5 tạ/ha.") == [
        (48, "quintal_per_ha", "level")]
    assert figures("Thu nhập bình quân đầu người bằng 90% mức trung bình của các tỉnh Tây Nguyên.") == []
    assert figures("Tăng trưởng đạt 6,9%, thấp hơn mức bình quân của vùng (7,3%).") == [(6.9, "pct", "yoy_pct")]
    # near-miss: a part of the province named with "khu vực"/"vùng", no comparison before it, keeps its figures
    assert figures("Thu nhập bình quân khu vực nông thôn đạt 41 triệu đồng, tăng 7%.") == [
        (41e6, "VND", "level"), (7, "pct", "yoy_pct")]


def test_a_bare_equal_takes_no_base_from_a_list_of_changes_in_another_sentence() -> None:
    # the changes on last year were another subject's, a sentence before: the bare rate after an amount is its plan
    text = ("Sản lượng xi măng tăng 7% so với cùng kỳ, gạch nung tăng 3%. Vốn đầu tư công giải ngân 1.500 tỷ đồng, "
            "bằng 45,2%, trong đó vốn cấp huyện tăng 4%.")
    assert one(text, "45,2").metric == "plan_pct"
    # near-miss: a breakdown of the total before ("Trong đó, ...") still takes that total's base
    listed = "Bán lẻ tăng 9% so với cùng kỳ. Trong đó, bán lẻ hàng hóa tăng 10%; dịch vụ lưu trú bằng 95%."
    assert figures(listed)[-1] == (-5, "pct", "yoy_pct")


def test_an_aim_does_not_frame_a_sentence_that_tells_a_period_of_its_own() -> None:
    # the aim of the sentence before is no frame of a sentence opening with its own period, nor of a year gone by
    text = "Phường phấn đấu thu ngân sách vượt 8% dự toán. Năm 2025 (từ 01/7 đến 31/12), thu ngân sách đạt 9,4 tỷ đồng."
    assert one(text, "9,4").metric == "level"
    assert one("Huyện phấn đấu đón 2 triệu lượt khách. Năm 2024, huyện đón 1,6 triệu lượt khách.", "1,6").metric == (
        "level")
    gone_by = "Xã phấn đấu năm 2026 có thêm 3 thôn đạt chuẩn. Thu ngân sách xã năm 2025 đạt 7,1 tỷ đồng."
    assert one(gone_by, "7,1").metric == "level"
    # near-misses: the year the aim named, or a list of aims going on with no period of its own, stays an aim
    horizon = "Ông nói. Phấn đấu đến năm 2030, GRDP đạt 12 tỷ USD. Năm 2030, thu nhập đạt 160 triệu đồng."
    assert one(horizon, "160").metric == "target"
    listed = "Năm 2026, phấn đấu có thêm 40 hộ thoát nghèo; 3 thôn đạt chuẩn. Thu ngân sách đạt 90 tỷ đồng."
    assert one(listed, "90").metric == "target"


def test_a_bare_part_after_of_which_takes_a_share_of_the_whole_before() -> None:
    # "trong đó <part> chiếm X%": the part's share of the whole counted before, in any unit
    assert one("Doanh thu dịch vụ đạt 9.800 tỷ đồng, tăng 11%, trong đó lưu trú chiếm 21,4%.", "21,4").metric == (
        "share_pct")
    assert one("Lực lượng lao động 610.000 người, trong đó lao động nữ chiếm 47,5%.", "47,5").metric == "share_pct"
    # near-misses: a count then its rate, a rate named as the part, and the poor among all households stay rates
    assert one("Toàn xã có 310 hộ nghèo, chiếm 6,4%.", "6,4").metric == "level"
    assert one("Toàn xã có 4.800 hộ, trong đó tỷ lệ hộ nghèo chiếm 6,4%.", "6,4").metric == "level"
    assert one("Toàn xã có 4.800 hộ, trong đó hộ nghèo chiếm 6,4%.", "6,4").metric == "level"


def test_a_rate_equal_to_a_share_of_the_grdp_is_a_share_before_a_change() -> None:
    # "bằng 45,8% GRDP, tăng 10,2% so với năm 2025": the GRDP named right after the rate is its whole, no link of
    # the chain of changes after it
    text = "Vốn đầu tư toàn xã hội đạt 71.000 tỷ đồng, bằng 41,3% GRDP, tăng 9% so với năm 2025."
    assert figures(text)[1:] == [(41.3, "pct", "share_pct"), (9, "pct", "yoy_pct")]
    assert one("Vốn đầu tư toàn xã hội đạt 71.000 tỷ đồng, bằng khoảng 41,3% so với GRDP.", "41,3").metric == (
        "share_pct")
    # near-miss: a rate equal to last year's stays a change
    assert figures("Vốn đầu tư toàn xã hội đạt 71.000 tỷ đồng, bằng 97% so với cùng kỳ.")[1] == (-3, "pct", "yoy_pct")


def test_a_multiple_of_another_thing_named_after_it_is_no_growth() -> None:
    # "gấp 1,7 lần khách nội địa": the multiple of another group's amount, no change on last year
    assert figures("Chi tiêu của khách quốc tế đạt 3,1 triệu đồng/ngày, gấp 1,8 lần khách nội địa.")[1] == (
        1.8, "times", "level")
    assert figures("Kim ngạch xuất khẩu đạt 210 triệu USD, gấp 2,5 lần nhập khẩu.")[1] == (2.5, "times", "level")
    # near-misses: a bare multiple after an amount, or one of last year named after it, stays a growth
    assert figures("Doanh thu lữ hành đạt 610 tỷ đồng, gấp 1,6 lần.")[1] == (60, "pct", "yoy_pct")
    assert figures("Doanh thu lữ hành đạt 610 tỷ đồng, gấp 1,6 lần năm trước.")[1] == (60, "pct", "yoy_pct")


def test_a_paragraph_that_opens_with_an_aim_and_its_semicolon_frames_the_items_after() -> None:
    # "Phấn đấu ...; <item>": the paragraph's first line, after the text before it, opens a list of aims
    text = "Phấn đấu năm 2027 tăng trưởng đạt 8%; thu nhập bình quân đầu người đạt 90 triệu đồng."
    found = find_figures(text, 0, "Thu ngân sách năm 2026 đạt 5.100 tỷ đồng.\n")
    assert [(f.token, f.metric) for f in found] == [("8", "target"), ("90", "target")]
    # near-miss: the aim's sentence closed by its full stop frames no paragraph's figures after it
    closed = find_figures("Năm 2026, thu ngân sách đạt 5.100 tỷ đồng.", 0, "Phấn đấu tăng trưởng 8%.\n")
    assert [(f.token, f.metric) for f in closed] == [("5.100", "level")]


def test_a_plan_heading_of_next_year_sets_the_targets_after_it() -> None:
    # "Kế hoạch năm 2026: ...": the plan's heading over its colon, as "Chỉ tiêu năm 2026:" is
    text = "Kế hoạch năm 2026: tốc độ tăng trưởng kinh tế 8,5% trở lên; GRDP bình quân đầu người 102 triệu đồng."
    assert [f.metric for f in find_figures(text)] == ["target", "target"]
    # near-miss: a heading of what the plan reached reports
    assert figures("Kết quả thực hiện kế hoạch năm 2025: tăng trưởng đạt 7,2%.") == [(7.2, "pct", "yoy_pct")]


def test_a_branch_that_pulls_the_growth_down_contributes_negative_points() -> None:
    # "kéo giảm 0,4 điểm phần trăm": a negative contribution, as "làm giảm" is
    assert figures("Ngành khai khoáng giảm 6%, kéo giảm 0,4 điểm phần trăm mức tăng.")[1] == (-0.4, "pct", "level")
    # near-miss: pulling the growth up stays positive
    assert figures("Ngành điện tăng 9%, kéo mức tăng chung tăng 0,4 điểm phần trăm.")[1] == (0.4, "pct", "level")


def test_a_plan_named_as_its_clauses_subject_sets_a_rate_target() -> None:
    # "..., trong khi chỉ tiêu là 80%": the plan's own rate beside the rate reached, no rate of the subject
    text = "Tỷ lệ xã đạt chuẩn y tế đạt 88%, trong khi chỉ tiêu là 90%."
    assert figures(text) == [(88, "pct", "level"), (90, "pct", "target")]
    assert figures("Tỷ lệ hộ nghèo là 4,1%, kế hoạch năm là 3,8%.")[1] == (3.8, "pct", "target")
    # near-miss: a rate of attaining the plan stays a rate
    assert figures("Tỷ lệ thực hiện kế hoạch đạt 85%.") == [(85, "pct", "level")]


def test_a_capitalised_trang_ending_a_place_name_is_no_page_number() -> None:
    # "phường Nha Trang 01 người": the number counts the persons of a place whose name ends on "Trang"
    assert figures("Bão làm 3 người chết (phường Nha Trang 01 người, xã Ninh Hòa 02 người).") == [
        (3, "person", "level"), (1, "person", "level"), (2, "person", "level")]
    # near-miss: a page reference stays no figure
    assert figures("Xem chi tiết tại Trang 12 của phụ lục.") == []
    assert figures("Số liệu ở trang 4.") == []


def test_thieu_so_is_minority_not_a_number_word() -> None:
    # "dân tộc thiểu số 180 hộ": "thiểu số" is a minority, the number after it counts
    assert figures("Hộ nghèo dân tộc thiểu số 180 hộ.") == [(180, "household", "level")]
    # near-miss: a number after "số" is a document's or a hamlet's
    assert figures("Thực hiện Kế hoạch số 180 của UBND tỉnh.") == []


def test_a_day_said_with_mung_is_a_date_not_a_count() -> None:
    assert figures("Riêng ngày mùng 1 Tết có 25.000 lượt khách.") == [(25000, "visit", "level")]
    assert figures("Từ mồng 3 đến mồng 6 tháng Giêng, đón 12.000 lượt khách.") == [(12000, "visit", "level")]


def test_a_national_target_programme_is_a_name_not_an_aim() -> None:
    # "chương trình mục tiêu quốc gia": the programme's name, the money paid out under it was paid, no target
    assert figures("Vốn các chương trình mục tiêu quốc gia giải ngân được 520 tỷ đồng.") == [(520e9, "VND", "level")]
    # near-miss: a goal named before the figure's subject frames it
    assert figures("Với mục tiêu giá trị sản xuất công nghiệp đạt 19.483 tỷ đồng.")[0][2] == "target"


def test_a_rate_named_before_the_plan_it_is_measured_against_is_a_share_of_the_plan() -> None:
    # "Tỷ lệ giải ngân so với kế hoạch là 85%": the rate reached against the plan, not the plan's amount
    assert figures("Tỷ lệ giải ngân so với kế hoạch là 85%.") == [(85, "pct", "plan_pct")]
    # near-misses: the plan's own amount after "so với kế hoạch là", and a plan said bare
    assert figures("Tỷ lệ hộ nghèo giảm 1,5%, so với kế hoạch là 1,2%.")[1] == (1.2, "pct", "target")
    assert figures("Kế hoạch là 85%.") == [(85, "pct", "target")]


def test_a_day_and_month_after_a_capitalised_date_word_is_a_date() -> None:
    # "Từ 20/7 đến nay" opening a sentence: the day and month are a date, no count of 20 and target of 7
    assert figures("Từ 20/7 đến nay, huyện đã cấp 3.200 thẻ bảo hiểm y tế.") == [(3200, "count", "level")]
    assert figures("Sau 5/10, các xã trồng mới 80 ha rừng.") == [(80, "ha", "level")]
    # near-miss: a ratio of done to planned after no date word stays two figures
    assert [v for v, _, _ in figures("Toàn tỉnh có 20/25 xã đạt chuẩn.")] == [20, 25]


def test_a_month_or_quarter_compared_with_another_one_is_another_base() -> None:
    # "Quý II/2026 so với quý I/2026, ...": the quarter before, no same period a year back
    assert figures("Quý II/2026 so với quý I/2026, doanh thu du lịch tăng 6,5%.") == [(6.5, "pct", "change_pct")]
    assert figures("Tháng 9/2025 so với tháng 12/2024, giá tiêu dùng tăng 2,3%.") == [(2.3, "pct", "change_pct")]
    assert figures("Giá tiêu dùng tháng 9/2025 tăng 2,3% so với tháng 12/2024.") == [(2.3, "pct", "change_pct")]
    # near-misses: the same quarter or month of the year before is the same period
    assert figures("Quý II/2026 so với quý II/2025, doanh thu du lịch tăng 6,5%.") == [(6.5, "pct", "yoy_pct")]
    assert figures("Giá tiêu dùng tháng 9/2025 tăng 2,3% so với tháng 9/2024.") == [(2.3, "pct", "yoy_pct")]


def test_the_week_before_is_another_base() -> None:
    # "so với tuần trước": the week before, as the month before; its change in cases a level named by it
    assert figures("Tuần qua ghi nhận 64 ca sốt xuất huyết, tăng 18 ca so với tuần trước.") == [
        (64, "count", "level"), (18, "count", "level")]
    assert figures("Số ca tay chân miệng giảm 9% so với tuần liền kề.") == [(-9, "pct", "change_pct")]
    # near-miss: the same week a year before stays the same period
    assert figures("Số ca mắc giảm 7 ca so với tuần này năm trước.") == [(-7, "count", "yoy_abs")]


def test_a_list_read_respectively_after_its_verb_counts_what_its_last_number_counts() -> None:
    # "lần lượt đăng ký 14 và 19 nhãn hiệu": the verb between the marker and the list; both numbers count marks
    marks = [(14, "count", "level"), (19, "count", "level")]
    assert figures("Hai năm qua, tỉnh lần lượt đăng ký 14 và 19 nhãn hiệu.") == marks
    assert figures("Hai huyện tương ứng có 8 và 11 hợp tác xã.") == [(8, "cooperative", "level"),
                                                                       (11, "cooperative", "level")]
    # near-miss: with no marker of a list the bare number before "và" stays unread
    assert figures("Tỉnh đăng ký 14 và 19 nhãn hiệu.") == [(19, "count", "level")]


def test_a_storm_forecasts_speed_radius_and_surge_are_no_lengths() -> None:
    # "cấp 11 (103-117 km/h)": a speed, no 103 km; the radius of strong wind and the surge describe the storm
    assert figures("Gió mạnh cấp 11 (103-117 km/h), giật cấp 13.") == []
    assert figures("Bán kính gió mạnh cấp 6 khoảng 200 km tính từ tâm bão.") == []
    assert figures("Vùng ven biển có nước dâng 1,0-2,0 m.") == []
    # near-misses: a road built and an embankment's length stay lengths
    assert figures("Làm mới 9 km đường bê tông.") == [(9, "km", "level")]
    assert figures("Kè sông dài 1,2 km.") == [(1.2, "km", "level")]


def test_a_pace_in_words_is_no_length() -> None:
    # "mỗi giờ đi được 15-20 km", "với tốc độ khoảng 25 km mỗi giờ": how fast a storm moves, no km of anything
    assert figures("Áp thấp di chuyển chậm, mỗi giờ đi được 10-15 km.") == []
    assert figures("Cơn bão đi nhanh với tốc độ khoảng 25 km.") == []
    assert figures("Sau đó bão đi được khoảng 20 km mỗi giờ.") == []
    # near miss: a length built stays, and a count per hour is no km
    assert figures("Huyện đã nhựa hóa 14 km đường trục xã trong năm.") == [(14.0, "km", "level")]


def test_a_list_of_rates_writing_its_percent_once() -> None:
    # "lần lượt tăng 5 và 7%": the "%" said once on the last rate, which is a change as the first one is
    assert figures("Xã Tân An và xã Phú Mỹ lần lượt tăng 4 và 9% so với cùng kỳ.") == [
        (4.0, "pct", "yoy_pct"), (9.0, "pct", "yoy_pct")]
    assert figures("Ba ngành lần lượt giảm 1, 2 và 6% so với năm trước.") == [
        (-1.0, "pct", "yoy_pct"), (-2.0, "pct", "yoy_pct"), (-6.0, "pct", "yoy_pct")]
    # near miss: a rate of a clause of its own after a bare change keeps its own verb
    assert figures("Số vụ giảm 2 và tỷ lệ che phủ rừng đạt 46%.")[-1] == (46.0, "pct", "level")


def test_the_years_plan_written_without_its_year_is_the_target() -> None:
    text = "Kim ngạch nhập khẩu kế hoạch năm 1.200 triệu USD, thực hiện 1.090 triệu USD."
    assert [f.metric for f in find_figures(text)] == ["target", "level"]
    assert one("Số khách kế hoạch cả năm 640.000 lượt.", "640.000").metric == "target"
    # near miss: the plan of a year named as the task carried out is no amount
    assert figures("Thực hiện kế hoạch năm 2027, xã trồng mới 40 ha quế.") == [(40.0, "ha", "level")]


def test_a_range_of_plan_shares_over_several_subjects_is_no_figure() -> None:
    assert figures("Những chỉ tiêu chưa đạt cũng thực hiện được từ 75% đến 96% kế hoạch.") == []
    assert figures("Đa số các khoản thu nội địa đạt từ 60 - 110% dự toán.") == []
    # near miss: a clause before the ";" keeps its own figure, and one subject's plan share stays
    text = "Thu hút 12 dự án mới; các chỉ tiêu xã hội đạt từ 90% tới 104% kế hoạch."
    assert figures(text) == [(12.0, "count", "level")]
    assert figures("Các hợp tác xã đạt 88% kế hoạch.") == [(88.0, "pct", "plan_pct")]


def test_a_fraction_of_the_plan_is_the_percent_attained() -> None:
    # "chỉ đạt 1/2 dự toán": half the plan, one plan_pct of 50, not the counts 1 and 2
    assert figures("Thu tiền thuê đất mới đạt 1/2 dự toán năm.") == [(50.0, "pct", "plan_pct")]
    assert figures("Khối lượng thi công bằng 3/4 kế hoạch.") == [(75.0, "pct", "plan_pct")]
    # near miss: targets counted out of a total are a tally, and a ratio of amounts keeps its level and plan
    assert figures("Có 3/4 chỉ tiêu đạt kế hoạch.") == [(3.0, "count", "level"), (4.0, "count", "level")]


def test_a_part_out_of_a_whole_said_with_tren() -> None:
    # "5 trên 7 huyện": five districts out of seven, read as "5/7 huyện"; the seven is the whole, no count "over 7"
    text = "Đã có 4 trên 9 xã về đích nông thôn mới."
    assert figures(text) == [(4.0, "count", "level"), (9.0, "count", "level")]
    assert one(text, "9").qualifier == "exact" and one(text, "9").unit_label == "xã"
    assert figures("Có 6 trên tổng số 11 trường học đạt chuẩn.")[1] == (11.0, "count", "level")
    # near miss: "trong" names a whole that is no figure of its own ("09 trong 12 nhóm hàng tăng")
    assert figures("Có 7 trong 10 nhóm hàng xuất khẩu tăng.") == [(7.0, "count", "level")]
    # near miss: a rate per a population keeps its count
    assert figures("Toàn tỉnh có 32 giường bệnh trên 10.000 dân.") == [(32.0, "count", "level")]


def test_a_postal_code_is_no_figure() -> None:
    assert figures("Địa chỉ: số 12 đường Lê Lợi. Mã bưu chính: 53000.") == []
    assert figures("Mã bưu điện 560000") == []


def test_a_respective_list_writing_its_unit_once() -> None:
    # "tỷ lệ hộ nghèo lần lượt là 3,2 và 5,1%": the first rate is a percent too
    assert figures("Xã Na Hang và xã Yên Hoa có tỷ lệ hộ nghèo lần lượt là 2,7 và 4,4%.") == [
        (2.7, "pct", "level"), (4.4, "pct", "level")]
    # "giảm lần lượt 200 và 350 ha": the last amount is a change as the first one is
    assert figures("Diện tích ngô giảm lần lượt 120 và 90 ha so với cùng kỳ.") == [
        (-120.0, "ha", "yoy_abs"), (-90.0, "ha", "yoy_abs")]
    # near miss: without a marker of a list a bare rate before "và" stays unread
    assert figures("Tỷ lệ che phủ rừng đạt 45 và 50%.") == [(50.0, "pct", "level")]


def test_the_number_of_subjects_of_a_respective_list_is_no_count() -> None:
    # "Hai xã lần lượt tăng 5 và 7%": "hai" only says how many items the list gives
    assert figures("Hai phường lần lượt giảm 3 và 6% so với cùng kỳ.") == [
        (-3.0, "pct", "yoy_pct"), (-6.0, "pct", "yoy_pct")]
    # near misses: "lần lượt" as one after another, with no list of numbers, leaves the count
    assert figures("Ba người bị thương lần lượt được đưa đi cấp cứu.") == [(3.0, "person", "level")]


def test_a_respective_list_of_counts_writes_its_noun_once() -> None:
    # "tương ứng là 140 và 95 doanh nghiệp": the first number counts enterprises too (was lost)
    assert figures("Số doanh nghiệp thành lập và giải thể tương ứng là 82 và 37 doanh nghiệp.") == [
        (82.0, "enterprise", "level"),
        (37.0, "enterprise", "level"),
    ]
    assert figures("Hai xã đạt chuẩn, lần lượt là 17 và 18 tiêu chí.")[-2:] == [
        (17.0, "count", "level"),
        (18.0, "count", "level"),
    ]
    # near miss: with no marker of a list a bare number before "và" stays unread
    assert figures("Số doanh nghiệp giải thể là 82 và 37 doanh nghiệp.") == [(37.0, "enterprise", "level")]


def test_the_number_in_digits_of_the_subjects_of_a_respective_list_is_no_count() -> None:
    # "2 xã lần lượt tăng 4 và 9%": the 2 only says how many items the list gives, as "Hai xã" does
    assert figures("3 huyện lần lượt giảm 2, 5 và 7% so với cùng kỳ.") == [
        (-2.0, "pct", "yoy_pct"),
        (-5.0, "pct", "yoy_pct"),
        (-7.0, "pct", "yoy_pct"),
    ]
    # near miss: a count followed by a list with no marker stays
    assert figures("3 huyện có tỷ lệ hộ nghèo dưới 5%.")[0] == (3.0, "count", "level")


def test_a_respective_list_of_bare_numbers_after_a_counted_subject_counts() -> None:
    # "Số hợp tác xã, tổ hợp tác thành lập mới tương ứng là 18, 25.": counts of the things the subject names
    assert figures("Số trường, lớp học được sửa chữa lần lượt là 6 và 41.") == [
        (6.0, "count", "level"),
        (41.0, "count", "level"),
    ]
    # near miss: a list of bare numbers after rates names no count
    assert figures("Tỷ lệ hộ nghèo và cận nghèo tương ứng là 4, 6.") == []


def test_the_last_item_of_a_respective_list_of_changes_on_another_base_is_named_by_it() -> None:
    # "lần lượt giảm 120 và 85 hộ so với tháng trước": the 85 is a change on another base too (no metric), a level
    # named by it; on the year's start both are the levels the gold files them as
    assert [f.change_named for f in find_figures("Đàn lợn và đàn gà lần lượt tăng 300 và 900 con so với tháng trước.")
            ] == ["mức tăng so với tháng trước", "mức tăng so với tháng trước"]
    assert figures("Đàn lợn và đàn gà lần lượt tăng 300 và 900 con so với đầu năm.") == [
        (300.0, "head", "level"), (900.0, "head", "level")]
    # near misses: on the same period both are changes; after "đạt" both are levels
    assert figures("Đàn lợn và đàn gà lần lượt tăng 300 và 900 con so với cùng kỳ.") == [
        (300.0, "head", "yoy_abs"),
        (900.0, "head", "yoy_abs"),
    ]
    assert figures("Đàn lợn và đàn gà lần lượt đạt 300 và 900 con so với đầu năm.") == [
        (300.0, "head", "level"),
        (900.0, "head", "level"),
    ]


def test_the_last_share_of_sectors_listed_respectively_is_a_share() -> None:
    # "nông nghiệp và dịch vụ lần lượt chiếm 25 và 41%": the items before the last are no count of its clause
    assert figures("Khu vực công nghiệp và dịch vụ lần lượt chiếm 38 và 44%.") == [
        (38.0, "pct", "share_pct"),
        (44.0, "pct", "share_pct"),
    ]
    # near miss: a sector's share after a count of its own clause stays the rate itself
    assert figures("Có 120 hộ nông nghiệp chiếm 40%.")[-1] == (40.0, "pct", "level")
    # ... and with its % written on every item
    assert figures("Khu vực công nghiệp và dịch vụ lần lượt chiếm 38% và 44%.") == [
        (38.0, "pct", "share_pct"),
        (44.0, "pct", "share_pct"),
    ]


def test_every_rate_of_a_group_listed_respectively_after_chiem_is_read_alike() -> None:
    # "hộ nghèo và cận nghèo lần lượt chiếm 3 và 5%": each item is the group's rate, as its last one is
    # ("hộ nghèo chiếm 1,96%": the rate itself); the first was a share
    rates = figures("Hộ nghèo và hộ cận nghèo lần lượt chiếm 2,1 và 4,6%.")
    assert [(value, metric) for value, _, metric in rates] == [(2.1, "level"), (4.6, "level")]
    # near miss: with the whole named after the list, both are shares
    shares = figures("Hộ nghèo và hộ cận nghèo chiếm lần lượt 2,1 và 4,6% tổng số hộ.")
    assert [metric for _, _, metric in shares] == ["share_pct", "share_pct"]


def test_changes_after_a_respective_list_are_read_respectively() -> None:
    # "lần lượt đạt 320 và 145 tỷ đồng, tăng 12 và 8%": the first change is a percent too (was lost)
    rates = figures("Sản lượng lúa, ngô lần lượt đạt 52 và 18 nghìn tấn, tăng 3 và 6%.")[2:]
    assert rates == [(3.0, "pct", "yoy_pct"), (6.0, "pct", "yoy_pct")]
    # near miss: with no marker of a list the bare change before "và" stays unread
    assert figures("Sản lượng lúa, ngô đạt 52 và 18 nghìn tấn, tăng 3 và 6%.")[-2:] == [
        (18000.0, "tonne", "level"),
        (6.0, "pct", "yoy_pct"),
    ]


def test_a_semicolon_between_the_items_of_a_respective_list_ends_no_sentence() -> None:
    # "lần lượt 12; 15 và 18 xã": the ";" parts the items (the 15 was lost, the 12 counted nothing)
    assert figures("Số xã đạt chuẩn của huyện A, huyện B, huyện C lần lượt 9; 14 và 16 xã.") == [
        (9.0, "count", "level"),
        (14.0, "count", "level"),
        (16.0, "count", "level"),
    ]
    # two items after subjects listed before the marker
    assert figures("Số trường của thị xã X, huyện Y lần lượt là 21; 33 trường.") == [
        (21.0, "count", "level"),
        (33.0, "count", "level"),
    ]
    # near miss: a ";" after a single number with no listed subjects still ends its clause
    text = "Tỷ lệ che phủ rừng tương ứng đạt 42; 12 xã có rừng tự nhiên."
    assert [text[lo:hi] for lo, hi in sentence_spans(text)] == [
        "Tỷ lệ che phủ rừng tương ứng đạt 42;",
        "12 xã có rừng tự nhiên.",
    ]


def test_changes_of_counts_after_a_respective_list_are_read_respectively() -> None:
    # "lần lượt là 5 và 7 thôn, tăng 2 và 3 thôn": the first change counts hamlets too (was lost)
    assert figures("Số bản văn hóa của hai xã lần lượt là 6 và 8 bản, tăng 1 và 4 bản so với năm trước.")[2:] == [
        (1.0, "count", "yoy_abs"),
        (4.0, "count", "yoy_abs"),
    ]
    # near miss: with no marker of a list the bare change before "và" stays unread
    assert [value for value, _, _ in figures("Số bản văn hóa của hai xã là 6 và 8 bản, tăng 1 và 4 bản.")] == [8, 4]


def test_a_change_of_an_amount_whose_base_comes_after_its_chain_is_on_that_base() -> None:
    # "giảm 120 hộ, giảm 3,4% so với tháng trước": the base after the chain is the amount's too, another base (FACTS
    # has no metric for an amount's change on it): the level the gold files it as, signed (was a level of 120
    # households, unsigned)
    assert figures("Số hộ cận nghèo giảm 85 hộ, tương ứng giảm 1,2% so với tháng trước.") == [
        (-85, "household", "level"), (-1.2, "pct", "change_pct")]
    assert figures("Số hộ cận nghèo giảm 85 hộ, tương ứng giảm 1,2% so với đầu năm.") == [
        (-85, "household", "level"), (-1.2, "pct", "change_pct")]
    assert figures("Tổng dư nợ đạt 9.800 tỷ đồng, tăng 410 tỷ đồng, tăng 4,4% so với đầu năm.") == [
        (9800e9, "VND", "level"),
        (410e9, "VND", "level"),
        (4.4, "pct", "change_pct"),
    ]
    # "giảm 120 hộ, còn 3.450 hộ, so với tháng trước": the base after what is left (was a change on last year)
    assert figures("Số hộ nghèo giảm 64 hộ, còn 1.208 hộ, so với tháng trước.") == [
        (-64.0, "household", "level"), (1208.0, "household", "level")]
    assert figures("Số hộ nghèo giảm 64 hộ, còn 1.208 hộ, so với đầu năm.") == [
        (-64.0, "household", "level"), (1208.0, "household", "level")]
    # near misses: on the same period the amount stays a change; with no base it stays one too
    assert figures("Số hộ cận nghèo giảm 85 hộ, tương ứng giảm 1,2% so với cùng kỳ.") == [
        (-85.0, "household", "yoy_abs"),
        (-1.2, "pct", "yoy_pct"),
    ]
    assert figures("Số hộ nghèo giảm 64 hộ, còn 1.208 hộ.") == [
        (-64.0, "household", "yoy_abs"),
        (1208.0, "household", "level"),
    ]


def test_a_rate_restating_an_amounts_change_after_a_counted_noun_of_some_words_is_that_change() -> None:
    # "giảm 127 đơn vị sự nghiệp công lập, tương ứng 18,5%": the rate says the fall again, no 18,5% of the base (was
    # -81,5), whose words the counted noun's length did not hide; its verb left to the amount's
    text = "Năm 2026, huyện Tân Lạc giảm 36 trường mầm non công lập, tương ứng 12,4% so với trước sáp nhập."
    assert figures(text) == [(-36.0, "count", "level"), (-12.4, "pct", "change_pct")]
    text = "Năm 2026, huyện Tân Lạc giảm 36 trường mầm non, tương ứng 12,4% so với cùng kỳ."
    assert figures(text) == [(-36.0, "count", "yoy_abs"), (-12.4, "pct", "yoy_pct")]
    # near miss: "tương đương" after money names no restated change but the plan's share, as before
    assert figures("Thu ngân sách đạt 520 tỷ đồng, tương đương 85%.")[1] == (85.0, "pct", "plan_pct")


def test_a_range_in_words_without_tu_after_a_hedge_or_a_verb_reads_both_ends() -> None:
    # "khoảng 20 đến 25%": the low end shares the high end's unit and hedge (was lost; the high end exact)
    assert [(f.value, f.unit, f.qualifier) for f in find_figures("Tỷ lệ trẻ suy dinh dưỡng khoảng 9 đến 11%.")] == [
        (9.0, "pct", "approx"),
        (11.0, "pct", "approx"),
    ]
    # "tăng 10 đến 15%": both ends are the change
    assert figures("Giá phân bón giảm 8 đến 12% so với cùng kỳ.") == [
        (-8.0, "pct", "yoy_pct"),
        (-12.0, "pct", "yoy_pct"),
    ]
    assert figures("Năng suất lạc đạt 24 đến 26 tạ/ha.") == [
        (24.0, "quintal_per_ha", "level"),
        (26.0, "quintal_per_ha", "level"),
    ]
    # "khoảng từ 20 đến 25%": the hedge before "từ" bounds both ends (they were exact)
    assert [f.qualifier for f in find_figures("Tỷ lệ lao động qua đào tạo khoảng từ 68 đến 70%.")] == ["approx"] * 2
    # near misses: grades of a school and a bare "đến" after no hedge or verb stay no range
    assert figures("Học sinh từ lớp 6 đến 9 được miễn 100% học phí.") == [(100.0, "pct", "level")]
    assert figures("Nhóm 5 đến 7 tuổi có 1.200 trẻ.") == [(1200.0, "person", "level")]


def test_a_rank_opening_its_sentence_with_a_capital_is_read() -> None:
    # "Đứng thứ 3 cả nước", "Xếp thứ 12/34 tỉnh": the capitalised verb of a rank at a sentence's start (was no figure,
    # as an ordinal of a name)
    assert figures("Đứng thứ 6 cả nước về thu hút vốn FDI.") == [(6.0, "count", "level")]
    assert figures("Xếp thứ 14/34 tỉnh, thành phố về chỉ số DTI.") == [(14.0, "count", "level")]
    # near miss: an ordinal of a name at a sentence's start stays no figure
    assert figures("Thứ 5 tuần trước, xã có 12 hộ được hỗ trợ.") == [(12.0, "household", "level")]


def test_the_one_hectare_a_yield_is_per_is_no_area() -> None:
    # "bình quân 1 ha đất canh tác", "trên 01 ha", "thu hoạch/1 ha": the area a value is per (was a figure of 1 ha)
    assert figures("Bình quân 1 ha đất canh tác cho thu nhập 142 triệu đồng.") == [(142e6, "VND", "level")]
    assert figures("Giá trị thu được trên 01 ha đất trồng trọt đạt 118 triệu đồng.") == [(118e6, "VND", "level")]
    assert figures("Giá trị sản phẩm thu hoạch/1 ha đạt 126 triệu đồng.") == [(126e6, "VND", "level")]
    # near misses: one hectare planted or burnt, and an average area per household, stay
    assert figures("Có 1 ha rừng trồng bị cháy.") == [(1.0, "ha", "level")]
    assert figures("Diện tích chè bình quân 1 ha/hộ.")[0][0] == 1.0


def test_a_rate_after_a_ratio_whose_whole_is_named_a_plan_is_the_plan_attained() -> None:
    # "6.850 ha/7.500 ha kế hoạch, đạt 91,3%": the whole of the ratio is the plan (was a share)
    assert figures("Trồng rừng được 3.120 ha/3.900 ha kế hoạch, đạt 80%.")[-1] == (80.0, "pct", "plan_pct")
    # near miss: the whole of a ratio of things counted stays a whole
    assert figures("Có 92/230 trường đạt chuẩn quốc gia, đạt 40%.")[-1] == (40.0, "pct", "share_pct")


def test_a_fall_of_poor_households_opening_its_clause_after_a_semicolon_is_a_change() -> None:
    # "Tỷ lệ hộ nghèo còn 8,12%; số hộ nghèo giảm 4.230 hộ": the subject opens the clause, not the sentence (was a
    # level of 4.230 households)
    assert figures("Tỷ lệ hộ nghèo còn 5,4%; số hộ nghèo giảm 1.180 hộ.")[-1] == (-1180.0, "household", "yoy_abs")
    # near miss: the count of poor households itself stays a level
    assert figures("Tỷ lệ hộ nghèo còn 5,4%; số hộ nghèo là 3.050 hộ.")[-1] == (3050.0, "household", "level")


def test_a_fall_of_poor_households_set_as_an_aim_is_a_target() -> None:
    # "Phấn đấu giảm 45 hộ nghèo": the aim's amount, a target as "tăng 12 thôn" there is (was a change on last year)
    assert figures("Phấn đấu thu ngân sách đạt 26 tỷ đồng; giảm 38 hộ nghèo.")[-1] == (38.0, "household", "target")
    # near miss: a fall achieved stays the change
    assert figures("Năm qua giảm được 38 hộ nghèo.") == [(-38.0, "household", "yoy_abs")]


def test_a_count_per_hour_said_before_it_names_its_hour() -> None:
    # "Mỗi giờ có hơn 300 xe qua cầu": a rate per hour, as "300 xe/giờ" reads (was a count of cars)
    assert [(f.value, f.unit_label) for f in find_figures("Mỗi giờ có khoảng 450 xe qua trạm thu phí.")] == [
        (450.0, "xe/giờ")
    ]
    # near miss: after an hour's span the count is one of things
    assert [f.unit_label for f in find_figures("Sau một giờ có 12 xe bị kẹt trên cầu.")] == ["xe"]


def test_the_later_days_of_a_list_of_dates_are_dates() -> None:
    # "Ngày 30/4 và 1/5", "ngày 12/3, 15/3 và 20/3": each day of the list is a date (the later ones were counts)
    assert figures("Hai ngày 2/9 và 3/9 xảy ra 4 vụ tai nạn giao thông.") == [(4.0, "case", "level")]
    assert figures("Các ngày 8/3, 19/3 và 26/3 kiểm tra 14 cơ sở kinh doanh.")[-1:] == [(14.0, "count", "level")]
    assert len(figures("Các ngày 8/3, 19/3 và 26/3 kiểm tra 14 cơ sở kinh doanh.")) == 1
    # "ngày 12 và 13/10": the earlier day leaves its month to the last
    assert figures("Trong hai ngày 18 và 19/10 có 3 người chết.") == [(3.0, "person", "level")]
    # near miss: ratios listed after no day word stay ratios
    assert [value for value, _, _ in figures("Đạt 16/19 và 3/4 tiêu chí.")] == [16, 19, 3, 4]


def test_a_bare_year_after_so_voi_is_the_year_compared_with() -> None:
    # "tăng 5 xã so với 2025", "Năm 2026 so với 2025 tăng 5 xã": the year written without "năm" (was a level)
    assert figures("Năm 2026 so với 2025 tăng 7 xã đạt chuẩn.") == [(7.0, "count", "yoy_abs")]
    assert figures("Số hợp tác xã tăng 9 hợp tác xã so với 2025.") == [(9.0, "cooperative", "yoy_abs")]
    # ... and a year two or more before the sentence's own is another base
    assert figures("Năm 2026, doanh thu tăng 40% so với 2021.") == [(40.0, "pct", "change_pct")]
    # near miss: a count that looks like a year after "với" stays a count
    assert figures("Hỗ trợ với 2025 hộ tham gia.") == [(2025.0, "household", "level")]


def test_the_high_end_of_a_hedged_range_of_changes_on_another_base_is_named_by_it() -> None:
    # "tăng khoảng 300 - 500 đồng/kg so với đầu tháng": both ends are a change on another base (the 500 was a bare
    # level), each named by it
    assert [f.change_named for f in find_figures("Giá cà phê tăng khoảng 1.500 - 2.000 đồng/kg so với tuần trước.")
            ] == ["mức tăng so với tuần trước", "mức tăng so với tuần trước"]
    # near miss: a range of prices on the same base stays the price
    assert [value for value, _, _ in figures("Giá cà phê 98.000 - 99.500 đồng/kg so với tuần trước.")] == [98000, 99500]


def test_the_change_after_an_aims_amount_is_part_of_the_aim() -> None:
    # "Mục tiêu năm 2027 ... đạt X, tăng Y% so với năm 2026": the aim's growth, a target (was a change on last year)
    assert figures("Mục tiêu năm 2027 sản lượng thủy sản đạt 48.000 tấn, tăng 6% so với năm 2026.") == [
        (48000.0, "tonne", "target"), (6.0, "pct", "target")]
    assert figures("Phấn đấu doanh thu du lịch đạt 1.200 tỷ đồng, tăng 15% so với năm 2026.")[-1] == (
        15.0, "pct", "target")
    assert figures("Phấn đấu năm 2027 GRDP đạt 80.000 tỷ đồng, tăng trưởng 9% so với năm 2026.")[-1] == (
        9.0, "pct", "target")
    # near miss: a headline aim run into a sentence of results keeps the sentence's growth
    assert figures("Phấn đấu năm 2027 xuất khẩu đạt 2 tỷ USD Năm 2026, xuất khẩu đạt 1,8 tỷ USD, tăng 9% so với "
                   "năm 2025.")[-1] == (9.0, "pct", "yoy_pct")


def test_changes_parted_by_semicolons_after_a_respective_list() -> None:
    # "lần lượt đạt 52; 18 nghìn tấn; tăng 3; 6%": the ";" between the changes parts items (the 3 was lost)
    assert figures("Chè và cà phê lần lượt đạt 41; 27 nghìn tấn; tăng 2; 5% so với cùng kỳ.") == [
        (41000.0, "tonne", "level"), (27000.0, "tonne", "level"), (2.0, "pct", "yoy_pct"), (5.0, "pct", "yoy_pct")]
    # near miss: a change of one clause, then a new sentence opening with a number, stays two sentences
    assert len(sentence_spans("Doanh thu đạt 120 tỷ đồng; tăng 3; 6 xã đạt chuẩn.")) == 2


def test_a_list_of_changes_writes_its_unit_once() -> None:
    # "tăng 1.200 và 15.000 con so với cùng kỳ" without "lần lượt": both are changes (the first was lost, the last a
    # level); on another base both are levels named by it (the 900 of "tăng 300 và 900 con so với đầu năm" was bare)
    assert figures("Đàn dê và đàn gà tăng 450 và 12.000 con so với cùng kỳ.") == [
        (450.0, "head", "yoy_abs"), (12000.0, "head", "yoy_abs")]
    assert [f.change_named for f in find_figures("Đàn dê và đàn gà tăng 450 và 12.000 con so với quý trước.")] == [
        "mức tăng so với quý trước", "mức tăng so với quý trước"]
    # near miss: a list of levels after "đạt" keeps its levels
    assert figures("Số hộ của hai xã đạt 450 và 1.200 hộ.") == [
        (450.0, "household", "level"), (1200.0, "household", "level")]


def test_units_merged_into_a_number_of_new_ones_are_counted() -> None:
    # "sáp nhập 3 huyện thành 1 thị xã": the units merged, counted as "sắp xếp 25 xã thành 10 xã" is (the 3 was lost)
    assert figures("Huyện sáp nhập 4 xã thành 2 xã mới.") == [(4.0, "count", "level"), (2.0, "count", "level")]
    # near miss: the communes a new one was made of, named after them, stay its parts
    assert figures("Phường được thành lập trên cơ sở sáp nhập từ 3 xã: Tân Lập, Hòa Bình và Yên Hòa.") == []


def test_the_countrys_provinces_counted_are_no_figure() -> None:
    # "yêu cầu 63 tỉnh thực hiện": all the provinces of the country (was a count of "tỉnh thực")
    assert figures("Chính phủ chỉ đạo 63 tỉnh triển khai ngay.") == []
    assert figures("Hội nghị kết nối 34 tỉnh, thành phố.") == []
    # near misses: members of a provincial committee, and a province's own localities, stay counts
    assert figures("Hội nghị có 63 tỉnh ủy viên dự.") == [(63.0, "count", "level")]
    assert figures("Đã có 34 địa phương đạt chuẩn.") == [(34.0, "count", "level")]


def test_a_works_number_ending_its_name_is_no_count() -> None:
    # "Cầu Tân Vũ - Lạch Huyện 2 dài 5,4 km": the 2 is the bridge's name (was a count of "dài")
    assert figures("Cầu Rạch Miễu 2 dài 17 km.") == [(17.0, "km", "level")]
    assert figures("Hầm Hải Vân 2 đã thông xe.") == []
    # near miss: a count of bridges before its size stays a count
    assert figures("Xây dựng 2 cầu dài 300 m.") == [(2.0, "count", "level"), (0.3, "km", "level")]


def test_five_in_words_after_a_verb_of_having_counts_units() -> None:
    # "Năm nay có năm xã đạt chuẩn": "năm" after "có" before the units it counts is five (was no figure)
    assert figures("Năm 2026 huyện có năm xã về đích nông thôn mới.") == [(5.0, "count", "level")]
    # near misses: the whole year and a year written after "có" stay no count
    assert figures("Cả năm xã thu được 9 tỷ đồng.") == [(9e9, "VND", "level")]
    assert figures("Huyện có năm 2026 là năm tăng tốc.") == []


def test_bare_changes_take_the_units_of_the_counts_before_their_verb() -> None:
    # "tăng 5 và 3 so với cùng kỳ" after two counts: one change to each count, in its unit (both were lost)
    assert figures("Bắt giữ 80 vụ buôn lậu và 26 vụ gian lận thương mại, giảm 7 và 2 so với cùng kỳ.") == [
        (80.0, "case", "level"), (26.0, "case", "level"), (-7.0, "case", "yoy_abs"), (-2.0, "case", "yoy_abs")]
    assert figures("Huyện có 9 xã và 2 thị trấn đạt chuẩn, lần lượt tăng 3 và 1 so với năm trước.")[2:] == [
        (3.0, "count", "yoy_abs"), (1.0, "count", "yoy_abs")]
    # one change after the count right before it ("tăng 4 so với năm học trước": a school year is a year too)
    assert figures("Toàn huyện có 60 trường, trong đó 41 trường đạt chuẩn, tăng 4 so với năm học trước.")[2:] == [
        (4.0, "count", "yoy_abs")]
    # near misses: a plan base, money before the verb, a rank and a list longer than the counts give nothing
    assert figures("Đến nay có 75 xã đạt chuẩn, tăng 6 so với kế hoạch.") == [(75.0, "count", "level")]
    assert figures("Dư nợ đạt 9.000 tỷ đồng, 40.000 khách hàng, tăng 5 so với cùng kỳ.")[2:] == []
    assert figures("Chỉ số PCI xếp thứ 18, tăng 4 so với năm 2025.")[1:] == []
    assert figures("Có 12 xã đạt chuẩn, tăng 2 và 3 so với cùng kỳ.")[1:] == []


def test_counts_listed_after_a_change_share_its_verb() -> None:
    # "so với cùng kỳ giảm 2 vụ, 3 người chết, 4 người bị thương": the counts after the first change are changes
    # too (they were levels), on the base named before the verb or after the list
    text = "Xảy ra 21 vụ tai nạn, làm chết 9 người; so với cùng kỳ giảm 3 vụ, 2 người chết và 5 người bị thương."
    assert figures(text)[2:] == [(-3.0, "case", "yoy_abs"), (-2.0, "person", "yoy_abs"), (-5.0, "person", "yoy_abs")]
    assert figures("Khởi tố 30 vụ, 45 bị can, tăng 4 vụ, 6 bị can so với cùng kỳ.")[2:] == [
        (4.0, "case", "yoy_abs"), (6.0, "person", "yoy_abs")]  # (the accused are people)
    assert figures("Xảy ra 12 vụ cháy; so với cùng kỳ tăng 2 vụ, giảm 1 người chết và 3 người bị thương.")[1:] == [
        (2.0, "case", "yoy_abs"), (-1.0, "person", "yoy_abs"), (-3.0, "person", "yoy_abs")]
    # (the base opening the sentence, capitalised, before a comma)
    assert figures("So với năm trước, giảm 4 vụ, 3 người chết và 6 người bị thương.") == [
        (-4.0, "case", "yoy_abs"), (-3.0, "person", "yoy_abs"), (-6.0, "person", "yoy_abs")]
    # near misses: no base, a verb of the count's own, and another subject after the comma keep their levels
    assert figures("Kết nạp 640 đảng viên, tăng 52 đảng viên, 11 chi bộ mới được thành lập.")[2] == (
        11.0, "count", "level")
    assert figures("Xảy ra 12 vụ cháy; so với cùng kỳ tăng 2 vụ, làm chết 1 người.")[2] == (1.0, "person", "level")
    assert figures("Đàn trâu 41.000 con, giảm 600 con, đàn bò 52.000 con so với cùng kỳ.")[2] == (
        52000.0, "head", "level")


def test_a_bracket_parted_by_semicolons_is_one_sentence() -> None:
    # "(ước đạt 420 triệu USD; 22,5% kế hoạch; 112% so với cùng kỳ)": the ";" inside a bracket closed on its line
    # parts the bracket's items, not sentences (the estimate was lost after it, the 112% read as a level)
    text = "Xuất khẩu (ước đạt 310 triệu USD; 24,1% kế hoạch; 109,5% so với cùng kỳ)."
    assert figures(text) == [(310e6, "USD", "level"), (24.1, "pct", "plan_pct"), (9.5, "pct", "yoy_pct")]
    assert {f.qualifier for f in find_figures(text)} == {"estimate"}
    assert len(sentence_spans("Thu ngân sách 900 tỷ đồng (ước đạt 61% dự toán; Tăng 8% so với cùng kỳ).")) == 1
    # near misses: a ";" after the bracket closed, or in a bracket left open on its line, still ends a sentence, and
    # so does one before a count's part (its noun labels it)
    assert len(sentence_spans("Thu 900 tỷ đồng (ước đạt 61%); Chi 700 tỷ đồng (bằng 50%).")) == 2
    assert len(sentence_spans("Thu (đợt 1 ước đạt 61%; 70% chi\nbằng 50%).")) == 3
    assert len(sentence_spans("Đạt 120 giải (15 giải nhất; 40 giải nhì).")) == 2


def test_a_bare_percentage_of_the_same_period_after_an_amount_is_its_change() -> None:
    # "đạt 420 triệu USD, 112% so với cùng kỳ": X% of last year's amount, as "bằng 112% so với cùng kỳ" (was a level)
    assert figures("Sản lượng lúa đạt 52.000 tấn (97,4% so với cùng kỳ).")[1] == (-2.6, "pct", "yoy_pct")
    assert figures("Doanh thu đạt 830 tỷ đồng, 118% so với cùng kỳ.")[1] == (18.0, "pct", "yoy_pct")
    # near misses: a rate with no amount before it, and a small percentage (a growth left without its verb)
    assert figures("Tỷ lệ che phủ rừng: 95% so với cùng kỳ.") == [(95.0, "pct", "level")]
    assert figures("Doanh thu đạt 830 tỷ đồng, 18% so với cùng kỳ.")[1] == (18.0, "pct", "level")


def test_a_rate_moved_by_points_named_around_its_number() -> None:
    # "giảm tỷ lệ hộ nghèo 1,8%" (the verb before the rate's name) and "giảm 1,8% tỷ lệ hộ nghèo" (the name after the
    # number): the rate's move in points, as "tỷ lệ hộ nghèo giảm 1,8%" (were a level and a change in per cent)
    assert figures("Năm 2026, giảm tỷ lệ hộ cận nghèo 0,9%.") == [(-0.9, "pct", "yoy_abs")]
    assert figures("Năm 2026 tăng tỷ lệ lao động có việc làm 1,4%.") == [(1.4, "pct", "yoy_abs")]
    assert figures("Năm 2026 giảm 0,9% tỷ lệ hộ cận nghèo, còn 2,1%.") == [
        (-0.9, "pct", "yoy_abs"), (2.1, "pct", "level")]
    # near misses: the level a rate falls or rises to stays a level
    assert figures("Năm 2026, giảm tỷ lệ hộ cận nghèo xuống còn 2,1%.") == [(2.1, "pct", "level")]
    assert figures("Tăng tỷ lệ che phủ rừng lên 47%.") == [(47.0, "pct", "level")]


def test_an_items_number_with_a_slash_is_no_ratio() -> None:
    # "5/ 320 hộ thoát nghèo": "5/" and a space number a list's item (was the ratio 5/320)
    assert figures("3/ 210 hộ được hỗ trợ làm nhà.") == [(210.0, "household", "level")]
    # near misses: a ratio written without the space, or inside a sentence, stays a ratio
    assert figures("3/14 xã đạt chuẩn.") == [(3.0, "count", "level"), (14.0, "count", "level")]
    assert figures("Có 3/ 14 xã đạt chuẩn.")[0] == (3.0, "count", "level")


def test_a_percentage_of_the_units_after_of_which_is_a_share() -> None:
    # "Tiếp nhận 6.820 hồ sơ, trong đó 98,6% hồ sơ được giải quyết đúng hạn": a part of the units named after it
    # (was a level; the same without "trong đó" was already a share)
    assert figures("Tiếp nhận 2.140 hồ sơ, trong đó 97,3% hồ sơ được trả đúng hạn.")[1] == (97.3, "pct", "share_pct")
    # near miss: no units named after the percentage keeps the level
    assert figures("Có 52 trường, trong đó 81% đạt chuẩn.")[1] == (81.0, "pct", "level")


def test_an_amount_in_brackets_after_a_rate_of_change_restates_it() -> None:
    # "tăng 12% (khoảng 557 tỷ đồng)": the change said again as an amount (was a level of 557 billion); on another
    # base ("so với tháng trước") no figure, as an amount of change on another base is not; on a stock's base ("so
    # với đầu năm") the level the gold files it as
    assert figures("Thu nội địa đạt 4.100 tỷ đồng, tăng 9% (khoảng 340 tỷ đồng).")[2] == (340e9, "VND", "yoy_abs")
    assert figures("Dư nợ đạt 61.000 tỷ đồng, tăng 4,1% (2.400 tỷ đồng) so với tháng trước.") == [
        (61000e9, "VND", "level"), (4.1, "pct", "change_pct")]
    assert figures("Dư nợ đạt 61.000 tỷ đồng, giảm 4,1% (2.400 tỷ đồng) so với đầu năm.") == [
        (61000e9, "VND", "level"), (-4.1, "pct", "change_pct"), (-2400e9, "VND", "level")]
    # near misses: what is left, and an earlier year's amount, in brackets stay levels
    assert figures("Số hộ nghèo giảm 1,4% (còn 2.950 hộ).")[1] == (2950.0, "household", "level")
    assert figures("Doanh thu tăng 11% (năm 2025 đạt 390 tỷ đồng).")[1] == (390e9, "VND", "level")


def test_bare_changes_of_counts_with_their_base_before_or_their_own_verbs() -> None:
    # "...; so với cùng kỳ tăng 5 và 3.": the base before the verb, the counts in the clause before (were lost)
    assert figures("Khởi tố 64 vụ trộm và 18 vụ cướp; so với cùng kỳ giảm 9 và 4.")[2:] == [
        (-9.0, "case", "yoy_abs"), (-4.0, "case", "yoy_abs")]
    # "tăng 5 và giảm 3 so với cùng kỳ": each change with its own verb
    assert figures("Khởi tố 64 vụ trộm và 18 vụ cướp, tăng 9 và giảm 4 so với cùng kỳ.")[2:] == [
        (9.0, "case", "yoy_abs"), (-4.0, "case", "yoy_abs")]
    # near misses: no base anywhere, or a plan as the base before the verb, gives nothing
    assert figures("Khởi tố 64 vụ trộm và 18 vụ cướp; tăng 9 và 4.")[2:] == []
    assert figures("Có 64 xã đạt chuẩn; so với kế hoạch tăng 9.")[1:] == []


def test_counts_sharing_a_change_verb_in_a_chain_with_its_base_at_the_end() -> None:
    # "giảm 2 vụ, 1 người chết, tăng 3 người bị thương so với cùng kỳ": the bare count shares the verb before it, the
    # chain's base at its end (the 2 and the 1 were levels)
    text = "Xảy ra 19 vụ, làm chết 8 người, giảm 2 vụ, 1 người chết, tăng 3 người bị thương so với cùng kỳ."
    assert figures(text)[2:] == [(-2.0, "case", "yoy_abs"), (-1.0, "person", "yoy_abs"), (3.0, "person", "yoy_abs")]
    # near miss: a rate after the count's own clause names no base of the count's
    assert figures("Kết nạp 640 đảng viên, tăng 52 đảng viên, 11 chi bộ được lập, tăng 2% so với cùng kỳ.")[2] == (
        11.0, "count", "level")


def test_a_range_of_growth_with_a_percent_sign_at_both_ends() -> None:
    # "tăng từ 5% đến 7% so với cùng kỳ", "tăng 10% - 15%": a range of growth whose low end writes its "%" too (both
    # ends were levels; the high end after "% -" took no reading of the low end)
    assert figures("Doanh thu tăng từ 6% đến 9% so với cùng kỳ.") == [(6.0, "pct", "yoy_pct"), (9.0, "pct", "yoy_pct")]
    assert figures("Giá thuê tăng 8% - 12% so với cùng kỳ.") == [(8.0, "pct", "yoy_pct"), (12.0, "pct", "yoy_pct")]
    # near misses: a rate falling from one level to another, and a range of levels, stay levels
    assert figures("Tỷ lệ hộ nghèo giảm từ 6% xuống 4%.") == [(6.0, "pct", "level"), (4.0, "pct", "level")]
    assert figures("Tỷ lệ đạt 6% - 9%.") == [(6.0, "pct", "level"), (9.0, "pct", "level")]


def test_units_that_reached_and_passed_their_plan_are_counted_exactly() -> None:
    # "đạt và vượt 19/22 chỉ tiêu": the count of targets reached or passed, exact (was "over" 19)
    assert {f.qualifier for f in find_figures("Năm 2026 đạt và vượt 17/20 chỉ tiêu chủ yếu.")} == {"exact"}
    assert one("Hoàn thành và vượt 14 chỉ tiêu.", "14").qualifier == "exact"
    # near miss: an amount passed stays more than it
    assert one("Doanh thu du lịch vượt 9,5 nghìn tỷ đồng.", "9,5").qualifier == "over"


def test_a_multiple_over_years_said_after_it_and_a_hedged_multiple() -> None:
    # "tăng gấp 2,5 lần sau 5 năm": the change over those years, on their first (was a change on last year)
    assert figures("Thu nhập bình quân tăng gấp 2,2 lần sau 5 năm.") == [(120.0, "pct", "change_pct")]
    # "tăng gần gấp 3 lần": the hedge before "gấp" (was exact)
    assert one("Kim ngạch xuất khẩu tăng gần gấp 3 lần so với cùng kỳ.", "3").qualifier == "approx"
    # near misses: after one year it stays the change on last year; a multiple with no hedge stays exact
    assert figures("Thu nhập tăng 12% sau 1 năm triển khai.") == [(12.0, "pct", "yoy_pct")]
    assert one("Kim ngạch xuất khẩu tăng gấp 3 lần so với cùng kỳ.", "3").qualifier == "exact"


def test_a_later_sectors_share_in_a_list_of_shares_is_a_share() -> None:
    # "Nông nghiệp chiếm 28%, công nghiệp chiếm 40%": the earlier item's share is no count of the later part (the
    # 40 was a level)
    assert figures("Nông nghiệp chiếm 28%, công nghiệp chiếm 40%.") == [(28, "pct", "share_pct"),
                                                                       (40, "pct", "share_pct")]
    assert figures("Lao động nông nghiệp chiếm 45%, lao động công nghiệp chiếm 30%.")[1] == (30, "pct", "share_pct")
    # near-misses: a part counted before its share stays the rate itself; bare rates of households stay levels
    # (businesses counted are a part of all of them, a share: see test_chiem_after_businesses_counted_is_a_share_...)
    assert figures("Nông nghiệp chiếm 28%, có 120 hộ nghèo, chiếm 4%.")[-1] == (4, "pct", "level")
    assert figures("Hộ nghèo chiếm 2,1%, hộ cận nghèo chiếm 3,4%.")[1] == (3.4, "pct", "level")


def test_the_years_target_led_by_a_colon_is_a_target() -> None:
    # "Chỉ tiêu năm: giảm 1,2% hộ nghèo": the year's target, its size as "Mục tiêu: giảm 0,8% ..." is (was a fall
    # of 1,2% on last year)
    assert figures("Chỉ tiêu năm: giảm 1,2% hộ nghèo.") == [(1.2, "pct", "target")]
    assert figures("Mục tiêu: giảm 0,8% tỷ lệ hộ nghèo đa chiều.") == [(0.8, "pct", "target")]
    assert figures("Chỉ tiêu cả năm 2026: tỷ lệ lao động qua đào tạo đạt 70%.") == [(70, "pct", "target")]
    # near-misses: the outturn after the target stays a change; a numbered target's result stays the result
    assert figures("Chỉ tiêu năm: giảm 3% hộ nghèo, thực hiện giảm 3,5%.")[1] == (-3.5, "pct", "yoy_pct")
    assert figures("Chỉ tiêu 3: Tỷ lệ hộ nghèo giảm 1,1%.") == [(-1.1, "pct", "yoy_abs")]


def test_an_excess_over_the_plan_after_the_share_reached_says_it_again() -> None:
    # "đạt 105% kế hoạch, vượt 5%": one fact, 105% of the plan (was two plan_pct rows of 105)
    assert figures("Thu ngân sách đạt 105% kế hoạch, vượt 5%.") == [(105, "pct", "plan_pct")]
    assert figures("Tạo việc làm cho 2.300 lao động, đạt 101% kế hoạch, vượt 1%.")[1:] == [(101, "pct", "plan_pct")]
    # near-misses: an excess on last year, or over another plan, is a fact of its own
    assert figures("Thu ngân sách đạt 105% kế hoạch, vượt 5% so với cùng kỳ.")[1] == (5, "pct", "yoy_pct")
    assert figures("Thu đạt 105% dự toán, vượt 8% kế hoạch.")[1] == (108, "pct", "plan_pct")


def test_tens_said_in_words_count_the_unit_after() -> None:
    # "hai chục hộ": twenty households (was no figure)
    assert figures("Hỗ trợ hai chục hộ gia đình khó khăn.") == [(20, "household", "level")]
    assert figures("Trồng mới năm chục ha rừng.") == [(50, "ha", "level")]
    # near-misses: tens of years are a span of time; "hàng chục" counts nothing
    assert figures("Hai chục năm qua, xã đã đổi thay.") == []
    assert figures("Hàng chục hộ bị ảnh hưởng.") == []


def test_a_place_named_by_a_day_counts_nothing() -> None:
    # "Quảng trường 16/3", "đường 30/4", "Trường THPT 19/5": a date names the place (was a count of 16, a ratio 3/2)
    assert figures("Mít tinh tại Quảng trường 16/3 có 2.000 người dự.") == [(2000, "person", "level")]
    assert figures("Khánh thành cầu 3/2 dài 120 m.") == [(0.12, "km", "level")]
    assert figures("Trường THPT 19/5 có 1.200 học sinh.") == [(1200, "person", "level")]
    # near-misses: a ratio with its unit after it, and a ratio before the noun, stay figures
    assert figures("Đã thi công cầu 3/5 nhịp.") == [(3, "count", "level"), (5, "count", "level")]
    assert figures("Hoàn thành 3/5 cầu theo kế hoạch.")[0] == (3, "count", "level")


def test_a_bare_change_of_a_price_whose_subject_ends_on_a_grade_code() -> None:
    # "Giá xăng E5 tăng 320 đồng/lít": the grade's code names no level, the rise is the change (was a level of 320; on
    # the same period, as a price's move with no base is no row: test_a_prices_move_with_no_base_named_…)
    assert figures("Giá xăng E5 tăng 320 đồng/lít so với cùng kỳ.") == [(320, "VND", "yoy_abs")]
    assert figures("Giá dầu DO05 giảm 150 đồng/lít so với cùng kỳ.") == [(-150, "VND", "yoy_abs")]
    assert figures("Giá xăng E5 tăng 320 đồng/lít.") == []
    # near-misses: a level said before the change keeps its level; a count before the verb stays as it was
    assert figures("Giá xăng 23.500 đồng/lít, tăng 320 đồng/lít.")[0] == (23500, "VND", "level")
    assert figures("Huyện có 12 xã tăng 3 xã.") == [(12, "count", "level"), (3, "count", "level")]


def test_tens_or_hundreds_in_digits_of_a_span_of_time_count_nothing() -> None:
    # "Sau 2 chục năm", "3 trăm năm lịch sử": tens or hundreds of years, a span of time (was a count of 2 "chục")
    assert figures("Sau 2 chục năm đổi mới, huyện có 85 hợp tác xã.") == [(85, "cooperative", "level")]
    assert figures("Ngôi đình có 3 trăm năm lịch sử.") == []
    # near-misses: tens or hundreds of a noun count it, the noun kept as the label
    found = find_figures("Đã cử 3 chục cán bộ về cơ sở.")
    assert [(f.value, f.unit) for f in found] == [(30, "person")]
    assert figures("Có 2 chục chiếc ghe bị chìm.") == [(20, "count", "level")]
    assert one("Có 2 chục chiếc ghe bị chìm.", "2").unit_label == "chiếc"


def test_one_person_what_befell_them_then_a_comma_before_the_casualty() -> None:
    # "Một người bị đất đá vùi lấp, tử vong": one death, the comma between what befell them and how they came out
    # of it (was no figure: "một" only before a noun that leaves no doubt)
    assert figures("Một người bị đất đá vùi lấp, tử vong.") == [(1, "person", "level")]
    assert figures("Một cháu bé bị nước cuốn trôi, mất tích.") == [(1, "person", "level")]  # (a child: a person)
    # near-misses: a comma then no casualty, or one of the named persons then others' casualties, stay as they were
    assert figures("Một người bị đất đá vùi lấp, may mắn thoát nạn.") == []
    assert figures("Một người bị đá lăn trúng, hai người bị thương.") == [(2, "person", "level")]


def test_what_one_is_given_after_duoc_cap_is_a_figure() -> None:
    # "mỗi hộ được cấp 10 kg gạo": "cấp" after "được" is the verb "to give", no grade 10 (was no figure)
    assert figures("Mỗi nhân khẩu được cấp 15 kg gạo cứu đói.") == [(0.015, "tonne", "level")]
    assert figures("Mỗi hộ được cấp 2,5 tấn xi măng.") == [(2.5, "tonne", "level")]
    # near-misses: a grade after a noun, or after "nâng", stays a class
    assert figures("Hồ chứa cấp 2 được nâng cấp.") == []
    assert figures("Gió giật cấp 9, sóng biển cao 3 m.")[0][1] == "km"


def test_a_weight_handed_out_after_the_verb_cap_is_a_figure_not_a_class() -> None:
    # "cấp" with no marker before it is the verb too when a weight or a volume follows its number
    assert figures("Sau lũ, huyện cấp 15 tấn thóc giống cho các xã.") == [(15, "tonne", "level")]
    assert figures("Trạm thú y cấp 40 lít hóa chất tiêu độc.") == [(0.04, "m3", "level")]
    # near-miss: a wind's level stays a class
    assert figures("Gió mạnh cấp 10, giật cấp 12.") == []


def test_a_bare_multiple_after_an_amount_whose_unit_runs_on_for_a_few_words() -> None:
    # "3 triệu lượt khách quốc tế, gấp 2 lần": the words after the unit say what was counted; the multiple is still
    # the amount's growth (was a level of 2 "times")
    assert figures("Đón 3 triệu lượt khách quốc tế, gấp 2 lần.")[1] == (100, "pct", "yoy_pct")
    assert figures("Bốc xếp 12 triệu tấn hàng hóa các loại, gấp 1,5 lần.")[1] == (50, "pct", "yoy_pct")
    # near-miss: a multiple followed by the thing it is compared with stays a multiple of that thing
    assert figures("Chi tiêu 2,8 triệu đồng mỗi ngày của khách quốc tế, gấp 1,7 lần khách nội địa.")[1] == (
        1.7, "times", "level")


def test_loading_and_finding_money_are_no_rank() -> None:
    # "bốc xếp 12 triệu tấn" (loading), "thu xếp 50 tỷ đồng" (finding money): "xếp" inside a verb of its own is no
    # "xếp" of a ranking (was a rank of 12, 50)
    assert figures("Cảng bốc xếp 12 triệu tấn hàng.") == [(12e6, "tonne", "level")]
    assert figures("Tỉnh thu xếp 50 tỷ đồng để hỗ trợ.") == [(50e9, "VND", "level")]
    # near-misses: a rank said with "xếp" alone stays a rank
    assert one("Chỉ số PCI xếp 12/63.", "12").unit_label == "thứ"
    assert one("Tỉnh xếp thứ 5 cả nước về thu hút khách.", "5").unit_label == "thứ"


def test_one_craft_with_the_damage_it_suffered_said_after_it() -> None:
    # "Một cầu treo bị lũ cuốn trôi", "Một tàu cá bị sóng đánh chìm": one bridge, one boat (was no figure: "một"
    # was read as a number only after the damage, "cuốn trôi một cầu")
    assert figures("Một cầu treo bị lũ cuốn trôi.") == [(1, "count", "level")]
    assert one("Một tàu cá bị sóng đánh chìm.", "Một").unit_label == "tàu cá"
    # near-misses: a bridge with no damage after it is "a bridge"
    assert figures("Một cầu treo dân sinh bắc qua suối Nậm Mu.") == []
    assert figures("Một cầu mới được xây dựng ở xã.") == []


def test_a_unit_in_brackets_before_the_colon_of_a_list_of_parts() -> None:
    # "Số lao động (nghìn người): nông nghiệp 420; công nghiệp 510": the unit the label names in brackets is each
    # part's (was no figure: the bracket had to stand right before the number)
    assert figures("Số lao động (nghìn người): nông nghiệp 420; công nghiệp 510.") == [
        (420000, "person", "level"), (510000, "person", "level")]
    assert [f.value for f in find_figures("Vốn thực hiện (tỷ đồng): Nhà nước 5.200; FDI 12.300.")] == [5.2e12, 1.23e13]
    # near-misses: a bracket that names a place holds no unit; a line of its own after the list keeps its own unit
    assert figures("Thiệt hại (huyện Krông Pắc): thôn 3 bị ngập.") == []
    assert figures("Vốn (tỷ đồng): xã A 5.\nXã B có 12 hộ.")[1] == (12, "household", "level")


def test_so_without_voi_before_another_month_is_another_base() -> None:
    # "tăng 3,1% so tháng 12 năm trước": December of last year, another base, "so" without "với" as with it (was
    # yoy_pct)
    assert figures("CPI tháng 3 tăng 3,1% so tháng 12 năm trước.") == [(3.1, "pct", "change_pct")]
    # near-misses: the same month of last year, and "so cùng kỳ", stay year on year
    assert figures("CPI tháng 3/2026 tăng 3,8% so tháng 3/2025.") == [(3.8, "pct", "yoy_pct")]
    assert figures("CPI tháng 3 tăng 3,8% so tháng cùng kỳ.") == [(3.8, "pct", "yoy_pct")]


def test_the_figures_own_quarter_of_last_year_is_the_same_period() -> None:
    # "Doanh thu quý IV tăng 5% so với quý IV năm trước": its own quarter a year before, as its own month is (was
    # change_pct)
    assert figures("Doanh thu quý IV tăng 5% so với quý IV năm trước.") == [(5, "pct", "yoy_pct")]
    # near-misses: another quarter of last year stays another base; the month rule is unchanged
    assert figures("Doanh thu quý IV tăng 5% so với quý III năm trước.") == [(5, "pct", "change_pct")]
    assert figures("CPI tháng 12 tăng 0,5% so với tháng 12 năm trước.") == [(0.5, "pct", "yoy_pct")]


def test_a_number_in_words_before_a_measure_or_a_village_or_a_vehicle() -> None:
    # "ngập sáu ha lúa", "hỗ trợ hai tấn gạo", "Hai thôn bị cô lập", "cuốn trôi bốn xe máy", "hai điểm sạt lở" (was no
    # figure: the nouns a number word may count were a closed list without them)
    assert figures("Nước lũ làm ngập sáu ha lúa.") == [(6, "ha", "level")]
    assert figures("Xã hỗ trợ hai tấn gạo.") == [(2, "tonne", "level")]
    assert one("Hai thôn bị cô lập do lũ.", "Hai").unit_label == "thôn"
    assert one("Lũ cuốn trôi bốn xe máy.", "bốn").unit_label == "xe"
    assert one("Xuất hiện hai điểm sạt lở mới.", "hai").unit_label == "điểm"
    # near-misses: "năm" before a measure may be a year, and "bản sao" is a copy, no hamlet
    assert figures("Năm ha lúa bị ngập.") == []
    assert figures("In hai bản sao hồ sơ.") == []


def test_a_part_in_words_out_of_a_whole_in_words_counts_the_part() -> None:
    # "Hai trong bốn cây cầu": the part, its noun after the whole (was no figure; "2 trong 4 cây cầu" was read)
    assert figures("Hai trong năm cây cầu treo bị lũ cuốn trôi.") == [(2, "count", "level")]
    assert figures("Ba trong số sáu hộ bị sập nhà.") == [(3, "household", "level")]
    # near-miss: a whole alone after "trong số" with no part before it stays a count
    assert figures("Trong số bốn xã, có 120 hộ bị ngập.")[0] == (4, "count", "level")


def test_a_part_in_words_on_a_whole_in_words_reads_the_whole_too() -> None:
    # "bảy trên tám xã": one out of the other as "7/8 xã" says it, the whole a figure too (was the part alone, with
    # "trên tám xã" in its label, and nothing at all for the units of a district, "huyện", "phường")
    found = find_figures("Đã có bảy trên tám xã hoàn thành tiêm chủng.")
    assert [(f.value, f.unit_label, f.role) for f in found] == [(7, "xã", "value"), (8, "xã", "denominator")]
    assert found[0].token == "bảy trên tám"  # (what is counted is named after the whole, at its noun)
    found = figures("Đến cuối năm, ba trên bốn huyện có bệnh viện đa khoa.")
    assert found == [(3, "count", "level"), (4, "count", "level")]
    # near-misses: a whole after "trong" counts nothing of its own; a part above its whole is no part of it
    assert figures("Hai trong bốn huyện có bệnh viện đa khoa.") == [(2, "count", "level")]
    assert [f.role for f in find_figures("Có sáu trên hai xã báo cáo.")] != ["value", "denominator"]


def test_a_rate_after_tuong_ung_restates_the_change_of_an_amount_before_it() -> None:
    # "tăng 500 tỷ đồng, tương ứng 11,1%": the change said again as a rate (was 11,1% of last year's amount, -88.9, or
    # a share of the plan)
    assert figures("Doanh thu tăng 500 tỷ đồng, tương ứng 11,1% so với cùng kỳ.") == [
        (500e9, "VND", "yoy_abs"), (11.1, "pct", "yoy_pct")]
    # ... on another base, whose amount of change FACTS has no metric for: the level the gold files it as
    assert figures("Dư nợ giảm 300 tỷ đồng, tương đương 2,5% so với tháng trước.") == [
        (-300e9, "VND", "level"), (-2.5, "pct", "change_pct")]
    assert figures("Dư nợ giảm 300 tỷ đồng, tương đương 2,5% so với đầu năm.") == [
        (-300e9, "VND", "level"), (-2.5, "pct", "change_pct")]
    # near-misses: after a level, "tương đương 95% so với cùng kỳ" is still 95% of last year's; after a count of
    # households, a share of them
    assert figures("Thu ngân sách đạt 5.000 tỷ đồng, tương đương 95% so với cùng kỳ.")[1] == (-5, "pct", "yoy_pct")
    assert figures("Có 1.250 hộ thoát nghèo, tương ứng 1,2%.")[1] == (1.2, "pct", "share_pct")


def test_a_rate_in_brackets_after_a_goal_named_by_its_resolution_is_the_goals() -> None:
    # "không đạt chỉ tiêu Nghị quyết (8-8,5%)": the resolution that set the goal named between it and the bracket
    # (was two levels of 8% and 8.5%)
    found = figures("Thu nhập bình quân tăng 7,2%/năm, không đạt chỉ tiêu Nghị quyết (8-8,5%).")
    assert found[1:] == [(8, "pct", "target"), (8.5, "pct", "target")]
    assert figures("Tỷ lệ che phủ rừng đạt 62%, vượt mục tiêu NQ (60%).")[1] == (60, "pct", "target")
    # near-miss: a resolution named with no goal before it sets no target
    assert figures("Tỷ lệ che phủ rừng đạt 62%, theo Nghị quyết (60%).")[1][2] != "target"


def test_a_rate_in_brackets_right_after_a_goal_is_the_goals() -> None:
    # "5,2%, không đạt mục tiêu đề ra (8%)": the goal's own rate, as an amount's in brackets after a plan is (was a
    # level of 8%)
    assert figures("Tăng trưởng kinh tế đạt 5,2%, không đạt mục tiêu đề ra (8%).")[1] == (8, "pct", "target")
    assert figures("Tăng trưởng đạt 5,2%, chưa đạt mục tiêu (8%).")[1] == (8, "pct", "target")
    # near-miss: a rate in brackets after its own subject stays the subject's
    assert figures("Tỷ lệ hộ nghèo giảm còn 3,1% (năm 2025 là 3,9%).")[0] == (3.1, "pct", "level")


def test_the_classes_of_a_product_or_a_boat_are_no_figures() -> None:
    # "cua gạch loại 1 (3 con/kg)": how many weigh a kilogram, the product's class; "tàu có chiều dài từ 15 m trở lên":
    # the bound of a class of boats (were a count of 3 and a length of 15 m)
    assert figures("Giá cua gạch loại 1 (3 con/kg) khoảng 450.000 đồng/kg.") == [(450000, "VND", "level")]
    assert figures("Có 1.350 tàu có chiều dài từ 15 m trở lên.") == [(1350, "count", "level")]
    # near-misses: a work's own length, and a stocking density per square metre, stay figures
    assert figures("Tuyến đê dài 15 m được gia cố.") == [(0.015, "km", "level")]
    assert figures("Thả nuôi 120 con/m2.") == [(120, "count", "level")]


def test_a_bare_change_of_a_price_whose_subject_names_a_grade_by_its_number() -> None:
    # "Giá tôm thẻ cỡ 100 con/kg giảm 5.000 đồng", "Giá cà phê loại 1 tăng 2.000 đồng/kg": the grade's number names
    # no level, the rise is the change (were levels of 5.000 and 2.000)
    assert figures("Giá tôm thẻ cỡ 100 con/kg giảm 5.000 đồng.") == [(-5000, "VND", "yoy_abs")]
    assert figures("Giá cà phê loại 1 tăng 2.000 đồng/kg so với cùng kỳ.") == [(2000, "VND", "yoy_abs")]
    # near-misses: a count before the verb, or a year, still names a level, the change stays as it was
    assert figures("Huyện có 12 xã tăng 3 xã.")[1] == (3, "count", "level")
    assert figures("Năm 2024 tăng 5 tấn.") == [(5, "tonne", "level")]


def test_an_adverb_between_a_change_and_its_amount_after_a_level() -> None:
    # "Giá hồ tiêu 92.000 đồng/kg, giảm nhẹ 500 đồng": the change after the level, its adverb between (was a level of
    # 500)
    assert figures("Giá hồ tiêu 92.000 đồng/kg, giảm nhẹ 500 đồng.")[1] == (-500, "VND", "yoy_abs")
    assert figures("Giá sầu riêng 85.000 đồng/kg, tăng mạnh 3.000 đồng/kg so với cùng kỳ.")[1] == (3000, "VND",
                                                                                                 "yoy_abs")
    # near-miss: on another base the amount of change is a level named by it, its adverb or not
    assert figures("Giá hồ tiêu 92.000 đồng/kg, giảm nhẹ 500 đồng so với tuần trước.") == [
        (92000, "VND", "level"), (-500, "VND", "level")]


def test_a_few_said_with_dam_ba_or_vai_ba_is_no_number() -> None:
    # "Dăm ba hộ", "vài ba người": a few, a word of size (was a count of three)
    assert figures("Dăm ba hộ phải di dời.") == []
    assert figures("Vài ba người bị thương nhẹ.") == []
    # near-miss: "ba" alone stays three
    assert figures("Có ba hộ phải di dời.") == [(3, "household", "level")]


def test_a_week_named_by_its_number_is_no_count() -> None:
    # "Tuần 45/2026 (từ 02/11 đến 08/11), ghi nhận 20 ca": the 45 names the week (was a count of 45)
    assert figures("Tuần 38/2027 toàn tỉnh ghi nhận 14 ca sởi.") == [(14.0, "count", "level")]
    assert figures("Trong tuần 9 phát hiện 3 ổ dịch.") == [(3.0, "count", "level")]
    # near miss: weeks counted before the word stay no figure, the things counted after them stay counts
    assert figures("Sau 2 tuần phát hiện 3 ổ dịch.") == [(3.0, "count", "level")]


def test_a_size_or_a_delay_after_a_names_number_counts_nothing() -> None:
    # "Đường bê tông bản Huổi Lụ 2 dài 1,2 km", "Khu tái định cư Tân Lập 2 chậm tiến độ": the 2 ends a name (was a
    # count of "dài", of "chậm tiến")
    assert figures("Kè suối Nậm Mu 3 dài 800 m.") == [(0.8, "km", "level")]
    assert figures("Khu dân cư Bắc Sơn 1 chậm bàn giao mặt bằng.") == []
    assert figures("Trường mầm non Hoa Ban 2 hoàn thành năm 2026.") == []
    # near miss: a count of works before their length stays a count
    assert figures("Làm mới 3 tuyến kè dài 1,5 km.") == [(3.0, "count", "level"), (1.5, "km", "level")]


def test_a_bare_change_takes_the_unit_its_subject_counts() -> None:
    # "Số doanh nghiệp thành lập mới tăng 5 so với cùng kỳ": the subject's "số" names what the change counts (was no
    # row)
    assert figures("Số hợp tác xã giải thể tăng 4 so với cùng kỳ.") == [(4.0, "cooperative", "yoy_abs")]
    assert figures("So với năm trước, số vụ ngộ độc thực phẩm giảm 2.") == [(-2.0, "case", "yoy_abs")]
    # near misses: an index and a plan base give no row; a month before a level named by it
    assert figures("Chỉ số giá nhà ở tăng 3 so với cùng kỳ.") == []
    assert figures("Số hợp tác xã đạt chuẩn tăng 4 so với kế hoạch.") == []
    assert figures("Số hợp tác xã giải thể tăng 4 so với tháng trước.") == [(4, "cooperative", "level")]


def test_a_bare_change_of_a_subject_counting_a_noun_of_no_unit_takes_that_noun() -> None:
    # "Số ca mắc sởi tăng 18 so với cùng kỳ": the cases have no unit of their own, the change counts them (was no row)
    assert figures("Số ca mắc quai bị tăng 9 so với cùng kỳ.") == [(9.0, "count", "yoy_abs")]
    assert figures("Số lượng trang trại giảm 3 so với cùng kỳ.") == [(-3.0, "count", "yoy_abs")]
    # near misses: a noun of its own after "số" (data, a balance, digitisation) counts nothing
    assert figures("Số liệu tăng 4 so với cùng kỳ.") == []
    assert figures("Số dư tiền gửi tăng 4 so với cùng kỳ.") == []


def test_a_verb_of_works_after_a_names_number_counts_nothing() -> None:
    # "Nhà văn hóa thôn Tân Lập 2 xuống cấp": the 2 ends the name, then what befalls the work (was a count of "xuống
    # cấp")
    assert figures("Trạm bơm Cầu Khỉ 2 xuống cấp nặng.") == []
    assert figures("Khu công nghiệp Hòa Phú 3 thu hút 4 dự án.") == [(4.0, "count", "level")]
    # near miss: works counted before the verb stay counts
    assert figures("Xã có 6 công trình thủy lợi xuống cấp.") == [(6.0, "count", "level")]


def test_a_plants_number_before_what_it_made_counts_nothing() -> None:
    # "Nhà máy nhiệt điện X 1 sản xuất 3 tỷ kWh": the 1 ends the plant's name, then the output (was a count of "sản
    # xuất")
    assert figures("Nhiệt điện Duyên Hải 3 sản xuất 6 tỷ kWh.") == [(6e9, "count", "level")]
    assert figures("Nhà máy điện mặt trời Phước Hữu 1 phát điện 120 triệu kWh.") == [(120e6, "count", "level")]
    # near miss: works counted before the verb stay counts
    assert figures("Huyện có 35 cơ sở sản xuất gạch.") == [(35.0, "count", "level")]


def test_a_week_said_with_le_and_a_body_named_by_a_number_count_nothing() -> None:
    # "Tuần lễ 45 ghi nhận 3 ca", "Tổ công tác 153 kiểm tra 12 cơ sở": the number names the week or the body, then
    # what was done (were counts of "ghi nhận", "kiểm tra")
    assert figures("Tuần lễ 17 ghi nhận 6 ca cúm.") == [(6.0, "count", "level")]
    assert figures("Đoàn liên ngành 389 kiểm tra 27 cửa hàng.") == [(27.0, "count", "level")]
    # near miss: weeks counted before "tuần lễ" stay no figure, the cases after them stay counts
    assert figures("Sau 3 tuần lễ ghi nhận 6 ca cúm.") == [(6.0, "count", "level")]


def test_a_bare_change_keeps_its_base_past_its_rate_in_brackets() -> None:
    # "Số vụ vi phạm giảm 8 (-12,5%) so với cùng kỳ": the rate in brackets stands between the change and its base
    # (the 8 was lost)
    assert figures("Số vụ trộm cắp giảm 6 (-20%) so với cùng kỳ.") == [
        (-6.0, "case", "yoy_abs"),
        (-20.0, "pct", "yoy_pct"),
    ]
    assert figures("Bắt 30 vụ ma túy, tăng 5 (+20%) so với cùng kỳ.")[1] == (5.0, "case", "yoy_abs")
    # near miss: with no base the bare change stays unread
    assert figures("Số vụ trộm cắp giảm 6 (-20%).") == [(-20.0, "pct", "yoy_pct")]


def test_a_bare_change_keeps_its_base_past_a_word_or_a_said_rate_in_brackets() -> None:
    # "Số vụ cháy giảm 3 (giảm mạnh) so với cùng kỳ", "giảm 2 (giảm 15%)": a word on the change, or its rate said with
    # its verb, in brackets between the change and its base (the change was lost)
    assert figures("Số vụ trộm cắp tăng 4 (tăng nhẹ) so với cùng kỳ.") == [(4.0, "case", "yoy_abs")]
    assert figures("Số người bị thương giảm 5 (giảm 25%) so với cùng kỳ.") == [
        (-5.0, "person", "yoy_abs"),
        (-25.0, "pct", "yoy_pct"),
    ]
    # near misses: a bracket holding a number of its own is no word on the change; no base, no change read
    assert figures("Số vụ trộm cắp tăng 4 (có 2 vụ lớn) so với cùng kỳ.") == [(2.0, "case", "level")]
    assert figures("Số vụ trộm cắp tăng 4 (tăng nhẹ).") == []


def test_a_range_reached_from_its_low_end_is_read_as_reached() -> None:
    # "Tăng trưởng GRDP ước đạt từ 7 đến 8%": "từ" between the reaching verb and the low end bounds a range, no
    # change from a level (both ends were levels; "đạt 7-8%" was already growth)
    assert figures("Tốc độ tăng trưởng kinh tế đạt từ 6,5 đến 7%.") == [(6.5, "pct", "yoy_pct"),
                                                                         (7.0, "pct", "yoy_pct")]
    assert figures("Giá trị sản xuất đạt từ 90 đến 95% kế hoạch.") == [(90.0, "pct", "plan_pct"),
                                                                    (95.0, "pct", "plan_pct")]
    # near miss: a rate reaching a range stays a level of that rate
    assert figures("Tỷ lệ bao phủ bảo hiểm y tế đạt từ 92 đến 94%.") == [(92.0, "pct", "level"), (94.0, "pct", "level")]


def test_a_change_in_a_count_against_the_month_before_is_named_by_it_wherever_its_base_is_said() -> None:
    # FACTS has change_pct for a rate on another base but no absolute change on one: "So với tháng trước, số vụ giảm 5
    # vụ" gives the level named by its base, as the same change with its base said after it does
    assert one("So với tháng trước, số vụ cháy tăng 4 vụ.", "4").change_named == "mức tăng so với tháng trước"
    assert one("Số vụ cháy tăng 4 vụ so với tháng trước.", "4").change_named == "mức tăng so với tháng trước"
    # near miss: the same change against the same period last year is yoy_abs, fronted or not
    assert figures("So với cùng kỳ, số vụ cháy tăng 4 vụ.") == [(4.0, "case", "yoy_abs")]
    assert figures("Số vụ cháy tăng 4 vụ so với cùng kỳ.") == [(4.0, "case", "yoy_abs")]


def test_a_multiple_reached_of_a_plan_is_the_plans_share() -> None:
    # "Doanh thu đạt 2,1 lần so với kế hoạch": a multiple said with "đạt" against a plan is that many hundred percent
    # of it, as "gấp 2,1 lần kế hoạch" is (was a level of 2.1 times)
    assert figures("Thu hút vốn đầu tư đạt 1,8 lần so với kế hoạch.") == [(180.0, "pct", "plan_pct")]
    assert figures("Thu ngân sách xã đạt khoảng 1,4 lần dự toán.") == [(140.0, "pct", "plan_pct")]
    # near misses: the same against last year is growth; a plan only followed ("theo kế hoạch") names no base
    assert figures("Thu hút vốn đầu tư đạt 1,8 lần so với cùng kỳ.") == [(80.0, "pct", "yoy_pct")]
    assert figures("Tiêm vắc xin đạt 2 lần theo kế hoạch.") == [(2.0, "times", "level")]


def test_a_number_said_again_in_words_in_brackets_is_one_figure() -> None:
    # "làm 02 (hai) người chết": the unit stands after the bracket that spells the digits (the count was lost)
    assert figures("Cháy nhà làm 01 (một) người tử vong.") == [(1.0, "person", "level")]
    assert figures("Phát hiện 14 (mười bốn) vụ vi phạm.") == [(14.0, "case", "level")]
    # "1.500.000 đồng (Bằng chữ: Một triệu năm trăm nghìn đồng)": the amount in words restates the digits (was a
    # second figure)
    assert figures("Mỗi hộ được hỗ trợ 3.000.000 đồng (Bằng chữ: Ba triệu đồng).") == [(3e6, "VND", "level")]
    assert figures("Kinh phí 120.000.000 đồng (một trăm hai mươi triệu đồng).") == [(1.2e8, "VND", "level")]
    # near misses: words in brackets that say another number are no spelling of it; a count in words after a
    # bracket of its own stays a figure
    assert figures("Cháy nhà làm 01 (hai) người tử vong.") == []
    assert figures("Hỗ trợ 3 xã (Tân Lập, Hòa Bình, An Phú), hai mươi hộ dân.") == [(3.0, "count", "level"),
                                                                                 (20.0, "household", "level")]


def test_a_verb_of_two_words_after_a_counted_noun_is_no_part_of_its_label() -> None:
    # "12 đội tham gia", "15 đội tham dự": the noun counted is "đội", the verb after it two words (the label was
    # "đội tham")
    assert one("Giải đấu có 16 đội tham gia.", "16").unit_label == "đội"
    assert one("Có 9 đoàn tham dự hội thi.", "9").unit_label == "đoàn"
    # near misses: a noun of two words keeps both, before such a verb too
    assert one("Có 5 đơn vị hỗ trợ.", "5").unit_label == "đơn vị"
    assert one("Có 5 đơn vị tham gia.", "5").unit_label == "đơn vị"


def test_a_counted_noun_of_three_syllables_is_counted_whole() -> None:
    # a word of two and an agent's suffix, a prefix before a noun of two, or a qualifier before a noun the units know
    # (the label was cut at two: "vận động", "tổng công", "tiểu dự")
    assert one("Đoàn có 24 vận động viên và 6 hướng dẫn viên.", "24").unit_label == "vận động viên"
    assert one("Đoàn có 24 vận động viên và 6 hướng dẫn viên.", "6").unit_label == "hướng dẫn viên"
    assert one("Viện nhận 14 nghiên cứu sinh.", "14").unit_label == "nghiên cứu sinh"
    assert one("Tỉnh có 2 tổng công ty nhà nước.", "2").unit_label == "tổng công ty"
    assert one("Hội có 3.400 cựu chiến binh.", "3.400").unit_label == "cựu chiến binh"
    assert one("Phân bổ vốn cho 9 tiểu dự án.", "9").unit_label == "tiểu dự án"
    # near misses: a noun of two before a verb or another noun keeps its two ("tiểu thương", "tổng đài", "bà mẹ")
    assert one("Chợ có 60 tiểu thương kinh doanh.", "60").unit_label == "tiểu thương"
    assert one("Có 4 tổng đài tiếp nhận phản ánh.", "4").unit_label == "tổng đài"
    assert one("Có 20 bà mẹ sinh con tại nhà.", "20").unit_label == "bà mẹ"


def test_the_round_base_of_a_density_is_no_count() -> None:
    # "35 thuê bao internet/100 dân", "95 xe máy/100 hộ": the 100 is the base of the rate, no 100 persons or homes
    read = [(f.value, f.unit, f.unit_label) for f in find_figures("Có 35 thuê bao internet/100 dân.")]
    assert read == [(35, "count", "thuê bao internet/100 dân")]
    read = [(f.value, f.unit, f.unit_label) for f in find_figures("Bình quân 95 xe máy/100 hộ.")]
    assert read == [(95, "count", "xe máy/100 hộ")]
    # near miss: the same noun on both sides is a part and its whole, both figures
    assert [f.value for f in find_figures("Có 45 hộ/100 hộ được hỗ trợ.")] == [45, 100]


def test_a_plan_the_counted_units_drew_up_is_no_plan_of_their_ratio() -> None:
    # "18/20 huyện đã ban hành kế hoạch": each district issued a plan of its own; the 20 is all of them (it was read
    # as the target)
    assert one("Có 18/20 huyện đã ban hành kế hoạch.", "20").metric == "level"
    assert one("Có 45/52 xã xây dựng kế hoạch phòng chống thiên tai.", "52").metric == "level"
    # near miss: a ratio read against a plan after it keeps its target
    assert one("Hoàn thành 18/20 công trình theo kế hoạch.", "20").metric == "target"


def test_an_amount_of_change_on_another_base_named_before_its_verb_is_named_by_it() -> None:
    # "; so với tháng trước giảm 1 vụ", "so tháng trước tăng 3 vụ": the base said first, no comma after it (the 1 and
    # the 3 were bare levels of cases): levels signed and named by that base
    assert figures("Xảy ra 4 vụ tai nạn giao thông; so với tháng trước giảm 1 vụ.") == [
        (4, "case", "level"), (-1, "case", "level")]
    assert one("Phạm pháp hình sự 12 vụ, so tháng trước tăng 3 vụ.", "3").change_named == "mức tăng so với tháng trước"
    assert one("Dư nợ so với tháng trước tăng 300 tỷ đồng.", "300").change_named == "mức tăng so với tháng trước"
    assert figures("Dư nợ so với đầu năm tăng 300 tỷ đồng.") == [(300e9, "VND", "level")]
    # near misses: the same period said first keeps its change; a rate on the other base keeps its reading
    assert figures("Xảy ra 4 vụ tai nạn giao thông; so với cùng kỳ giảm 1 vụ.") == [(4, "case", "level"),
                                                                                   (-1, "case", "yoy_abs")]
    assert figures("Dư nợ đạt 450 tỷ đồng, so với đầu năm tăng 7,6%.") == [(450e9, "VND", "level"),
                                                                            (7.6, "pct", "change_pct")]


def test_a_clause_with_its_own_subject_and_verb_after_a_semicolon_is_out_of_an_estimates_reach() -> None:
    text = "Doanh thu dịch vụ quý I ước đạt 2.300 tỷ đồng; lũy kế 3 tháng đạt 2.310 tỷ đồng, tăng 4%."
    assert one(text, "2.300").qualifier == "estimate"
    assert one(text, "2.310").qualifier == "exact"
    assert one(text, "4").qualifier == "exact"
    text = "Diện tích cà phê ước đạt 9.800 ha; sản lượng cà phê nhân là 27.000 tấn."
    assert one(text, "27.000").qualifier == "exact"
    # (its own estimate word still says one)
    assert one("Chè ước đạt 80 tấn; sản lượng ớt ước đạt 12 tấn.", "12").qualifier == "estimate"


def test_a_measure_opening_its_clause_after_a_semicolon_without_a_verb_is_out_of_an_estimates_reach() -> None:
    text = "Kim ngạch nhập khẩu ước đạt 640 triệu USD; sản lượng thủy sản nuôi 8.200 tấn, tăng 3%."
    assert one(text, "640").qualifier == "estimate"
    assert one(text, "8.200").qualifier == "exact" and one(text, "3").qualifier == "exact"
    # (near miss: after a comma the measure may be a part of the estimated whole)
    assert one("Diện tích ngô ước đạt 900 ha, sản lượng 5.100 tấn.", "5.100").qualifier == "estimate"
    # (near miss: a crop named alone after the ";" leaves the measure unsaid, the estimate's list goes on)
    assert one("Sản lượng lúa ước đạt 42.000 tấn; ngô 6.300 tấn.", "6.300").qualifier == "estimate"


def test_a_semicolon_clause_without_a_subject_of_its_own_keeps_the_estimate() -> None:
    assert one("Thu nội địa ước đạt 640 tỷ đồng; tăng 9% so với cùng kỳ.", "9").qualifier == "estimate"
    assert one("Thu nội địa ước đạt 640 tỷ đồng; tăng 9%, đạt 47% dự toán.", "47").qualifier == "estimate"
    assert one("Tổng thu ước đạt 900 tỷ đồng; trong đó thu thuế đạt 500 tỷ đồng.", "500").qualifier == "estimate"
    text = "GRDP ước đạt 20.000 tỷ đồng, trong đó: nông nghiệp đạt 5.000 tỷ đồng; dịch vụ đạt 9.000 tỷ đồng."
    assert one(text, "9.000").qualifier == "estimate"
    text = "Sơ bộ lúa cả năm đạt 30.000 ha (lúa mùa 12.000 ha; lúa chiêm đạt 18.000 ha)."
    assert one(text, "18.000").qualifier == "estimate"


def test_the_named_rates_of_a_list_opened_by_a_colon_stay_in_its_sentence() -> None:
    text = "Tỷ lệ thu phí của các đơn vị như sau: phường Hòa Bình 96%; Trung tâm Y tế 88,5%; Bệnh viện Đa khoa 90%."
    assert len(sentence_spans(text)) == 1


def test_a_capitalised_item_with_a_verb_of_its_own_after_a_colon_list_opens_a_sentence() -> None:
    assert len(sentence_spans("Kết quả: tỷ lệ che phủ rừng 55%; Tỷ lệ hộ nghèo giảm 1,2%.")) == 2
    assert len(sentence_spans("Kết quả: xã An Phú 80%; Sở Y tế đã hoàn thành 12 công trình.")) == 2



@pytest.mark.parametrize(("text", "number", "qualifier"), [
    ("Tổng thu trên địa bàn quý II ước đạt 3.100 tỷ đồng, cộng dồn 6 tháng đạt 5.900 tỷ đồng, bằng 51% dự toán.",
     "3.100", "estimate"),
    ("Tổng thu trên địa bàn quý II ước đạt 3.100 tỷ đồng, cộng dồn 6 tháng đạt 5.900 tỷ đồng, bằng 51% dự toán.",
     "5.900", "exact"),
    ("Tổng thu trên địa bàn quý II ước đạt 3.100 tỷ đồng, cộng dồn 6 tháng đạt 5.900 tỷ đồng, bằng 51% dự toán.",
     "51", "exact"),
    ("Năng suất chè búp ước đạt 118 tạ/ha, sản lượng chè búp tươi là 61.000 tấn.", "61.000", "exact"),
    # near misses: a change or a rate without a subject of its own, the parts after "trong đó", and a comma inside
    # a subject (after no figure) stay in the estimate's reach
    ("Thu nội địa ước đạt 640 tỷ đồng, tăng 9% so với cùng kỳ.", "9", "estimate"),
    ("Thu nội địa ước đạt 640 tỷ đồng, tăng 9%, đạt 47% dự toán.", "47", "estimate"),
    ("GRDP ước đạt 20.000 tỷ đồng, trong đó nông nghiệp đạt 5.000 tỷ đồng, dịch vụ đạt 9.000 tỷ đồng.", "9.000",
     "estimate"),
    ("Ước thực hiện đến 30/6/2026: dư nợ tín dụng hộ sản xuất, kinh doanh là 3.200 tỷ đồng.", "3.200", "estimate"),
    # (nor do the parts of the whole named after the comma: a place, a name, "riêng", a season)
    ("Thiệt hại ước tính 40 tỷ đồng, thị xã Sa Pa là 25 tỷ đồng, Bát Xát là 15 tỷ đồng.", "25", "estimate"),
    ("Thiệt hại ước tính 40 tỷ đồng, thị xã Sa Pa là 25 tỷ đồng, Bát Xát là 15 tỷ đồng.", "15", "estimate"),
    ("Sản lượng ngô ước đạt 9.000 tấn, riêng vụ Xuân đạt 5.200 tấn.", "5.200", "estimate"),
    # a lead opening on "ước" that names only a time estimates the clause after its comma (and the change after it)
    ("Ước thực hiện 9 tháng, doanh thu bán lẻ hàng hóa đạt 41.300 tỷ đồng, tăng 11% so với cùng kỳ.", "41.300",
     "estimate"),
    ("Ước thực hiện 9 tháng, doanh thu bán lẻ hàng hóa đạt 41.300 tỷ đồng, tăng 11% so với cùng kỳ.", "11",
     "estimate"),
    ("Ước thực hiện năm 2027, tổng sản phẩm trên địa bàn tăng 7,4%.", "7,4", "estimate"),
    ("Ước đến hết năm 2025, dư nợ tín dụng là 88.000 tỷ đồng.", "88.000", "estimate"),
    ("Dự ước quý III/2026, chỉ số sản xuất công nghiệp tăng 9,2%.", "9,2", "estimate"),
    # (the lead may open the words quoted after a colon)
    ("Ông Giám đốc Sở cho biết: ước cả năm 2026, tổng thu ngân sách đạt 9.100 tỷ đồng.", "9.100", "estimate"),
    ("Ước tính đến ngày 30/9/2026, tổng dư nợ cho vay đạt 12.500 tỷ đồng.", "12.500", "estimate"),
    # (a census day named by "thời điểm" or a month's end)
    ("Theo Cục Thống kê, ước tính đến thời điểm 1/4/2026, đàn trâu có 52.300 con.", "52.300", "estimate"),
    ("Ước tính đến cuối tháng 9/2026, đàn gà đạt 1,2 triệu con.", "1,2", "estimate"),
    # ("UTH": ước thực hiện abbreviated, as a compressed report's line writes it; "TH" alone is done, exact)
    ("- Doanh thu dịch vụ UTH quý III: 86 tỷ đồng.", "86", "estimate"),
    ("- Doanh thu dịch vụ TH quý III: 86 tỷ đồng.", "86", "exact"),
    # an estimate said inside a list's item qualifies that item: a later item of another kind is exact (the same kind,
    # a rate, or an estimate in the sentence's lead still reach on)
    ("Đoàn kiểm tra xử lý 31 cơ sở, số tiền phạt ước 420 triệu đồng, tiêu hủy 2 tấn hàng.", "2", "exact"),
    ("Đoàn kiểm tra xử lý 31 cơ sở, số tiền phạt ước 420 triệu đồng, tiêu hủy 2 tấn hàng.", "420", "estimate"),
    ("Sản lượng cá ước đạt 3.100 tấn, diện tích nuôi 260 ha.", "260", "estimate"),
    # near misses: a lead with no estimate word, a lead that gives a figure of its own, and a clause with its own
    # subject and level after a figure
    ("Thực hiện 9 tháng, doanh thu bán lẻ hàng hóa đạt 41.300 tỷ đồng.", "41.300", "exact"),
    ("Ước đạt 9 tỷ đồng, lũy kế 9 tháng đạt 70 tỷ đồng.", "70", "exact"),
    ("Ước thực hiện 9 tháng, thu nội địa đạt 3.100 tỷ đồng, chi thường xuyên đạt 2.600 tỷ đồng.", "2.600", "exact"),
])
def test_a_comma_after_a_figure_opening_a_clause_with_its_own_subject_and_verb_ends_an_estimates_reach(
        text: str, number: str, qualifier: str) -> None:
    assert one(text, number).qualifier == qualifier



def test_a_bracket_giving_last_years_figure_after_a_rate_reached_names_no_base_for_it() -> None:
    # "đạt 41,5% (cùng kỳ: 39,2%)": the rate reached and last year's rate beside it, not 41,5% of last year's figure
    assert figures("Tỷ lệ lao động qua đào tạo đạt 71,5% (cùng kỳ: 69,2%).") == [(71.5, "pct", "level"),
                                                                                 (69.2, "pct", "level")]
    assert one("Tỷ lệ lấp đầy khu công nghiệp đạt 64% (cùng kỳ năm 2026 là 60%).", "64").metric == "level"
    assert one("Công suất sử dụng phòng đạt 57% (năm trước đạt 52%).", "57").metric == "level"
    # near misses: a base said in the bracket, or right after the figure, is still its base
    assert figures("Doanh thu đạt 310 tỷ đồng (bằng 108% cùng kỳ).")[1] == (8.0, "pct", "yoy_pct")
    assert figures("Kim ngạch nhập khẩu đạt 96% so với cùng kỳ (cùng kỳ: 1,2 tỷ USD).")[0] == (-4.0, "pct", "yoy_pct")


def test_a_bound_or_a_rounding_word_between_a_change_verb_and_its_rate_keeps_the_change() -> None:
    assert figures("Số vụ cháy rừng giảm xấp xỉ 20% so với cùng kỳ.") == [(-20.0, "pct", "yoy_pct")]
    fall = one("Số ca sốt xuất huyết giảm ít nhất 12% so với cùng kỳ.", "12")
    assert (fall.value, fall.metric, fall.qualifier) == (-12.0, "yoy_pct", "over")
    assert one("Doanh thu lưu trú tăng tối thiểu 8% so với năm trước.", "8").metric == "yoy_pct"
    assert one("Lượng hàng qua cảng giảm chưa đến 2% so với cùng kỳ.", "2").value == -2.0
    # (a rate's move by at least so many points stays its move in points)
    assert one("Tỷ lệ hộ cận nghèo giảm ít nhất 0,8% so với năm trước.", "0,8").metric == "yoy_abs"
    # near misses: a bound on a level, or a level a fall comes down to, is no change
    assert one("Tỷ lệ lạm phát không quá 4%.", "4").metric == "level"
    assert one("Phấn đấu tỷ lệ hộ nghèo giảm xuống dưới 3%.", "3").metric == "target"


def test_a_range_reached_whose_low_end_carries_its_own_percent_is_read_as_reached() -> None:
    # "đạt từ 6,5% đến 7%", "đạt từ 6,5% - 7%": the low end written with its "%" bounds the same range as "từ 6,5 đến
    # 7%" (both ends were levels)
    assert figures("Tăng trưởng tổng sản phẩm đạt từ 7,2% đến 7,8%.") == [(7.2, "pct", "yoy_pct"),
                                                                          (7.8, "pct", "yoy_pct")]
    assert [m for _, _, m in figures("Giải ngân vốn đạt từ 40% - 45% kế hoạch.")] == ["plan_pct", "plan_pct"]
    # near misses: a rate reaching such a range stays a level; a rate moving from one level to another keeps both
    assert figures("Tỷ lệ che phủ rừng đạt từ 55% đến 56%.") == [(55.0, "pct", "level"), (56.0, "pct", "level")]
    assert figures("Tỷ lệ đô thị hóa tăng từ 30% lên 32%.") == [(30.0, "pct", "level"), (32.0, "pct", "level")]


def test_a_clause_after_a_semicolon_opening_with_its_own_period_is_no_estimate() -> None:
    # "ước X; lũy kế N tháng Y": the running total is given with its own period and no estimate word of its own
    text = "Chi thường xuyên tháng 8 ước 2.040 tỷ đồng; lũy kế 8 tháng 11.700 tỷ đồng, bằng 58% dự toán."
    assert one(text, "2.040").qualifier == "estimate"
    assert one(text, "11.700").qualifier == "exact"
    assert one(text, "58").qualifier == "exact"
    assert one("Doanh thu du lịch quý II ước 860 tỷ đồng; tính chung 6 tháng đầu năm 1.530 tỷ đồng.",
               "1.530").qualifier == "exact"
    # the clause's own estimate word still counts
    own = "Thu nội địa tháng 8 ước 700 tỷ đồng; lũy kế 8 tháng ước 5.100 tỷ đồng."
    assert one(own, "5.100").qualifier == "estimate"


def test_a_change_or_a_bare_subject_after_a_semicolon_goes_on_the_estimate() -> None:
    # near misses: a change with no period of its own, or a share, continues the estimated figure's clause
    text = "Tổng vốn đầu tư toàn xã hội ước đạt 3.200 tỷ đồng; tăng 6,5% so với cùng kỳ; bằng 47% kế hoạch."
    assert one(text, "6,5").qualifier == "estimate"
    assert one(text, "47").qualifier == "estimate"
    # a period word inside the clause, not opening it with the figure right after, does not end the estimate
    inside = "Sản lượng thủy sản ước 9.400 tấn; trong đó 6 tháng nuôi trồng 5.000 tấn."
    assert one(inside, "5.000").qualifier == "estimate"


def test_a_count_of_another_kind_after_an_estimated_figure_is_out_of_its_reach() -> None:
    # the estimate word estimates the figure it is said of: a count of another unit after a ";" or in the breakdown
    # of the next sentence is a figure of its own
    text = "Thiệt hại về tài sản ước 3,5 tỷ đồng; cháy nhà ở 12 vụ, tăng 2 vụ so với cùng kỳ."
    assert one(text, "3,5").qualifier == "estimate"
    assert one(text, "12").qualifier == "exact" and one(text, "2").qualifier == "exact"
    parts = "Giá trị hàng tịch thu ước khoảng 2,8 tỷ đồng. Trong đó, hàng cấm 15 vụ; hàng giả 40 vụ."
    assert one(parts, "15").qualifier == "exact" and one(parts, "40").qualifier == "exact"
    # near misses: a change or a part in the estimated figure's own unit, or any rate, stays in its reach
    assert one("Thiệt hại ước 3,5 tỷ đồng; tăng 0,8 tỷ đồng so với cùng kỳ.", "0,8").qualifier == "estimate"
    assert one("Giá trị hàng tịch thu ước 2,8 tỷ đồng. Trong đó, hàng cấm 1,1 tỷ đồng.", "1,1").qualifier == "estimate"
    assert one("Sản lượng chè ước 2.100 tấn. Trong đó, chè xanh tăng 5%.", "5").qualifier == "estimate"


def test_rainfall_against_the_multi_year_average_is_no_figure() -> None:
    # a reading of the weather set against its norm, the band before or after "trung bình nhiều năm"/"TBNN"
    for text in ("Lượng mưa tháng 3 thấp hơn trung bình nhiều năm 30-40%.",
                 "Tổng lượng mưa vụ Đông Xuân cao hơn TBNN từ 15 - 25%.",
                 "Lượng mưa phổ biến thiếu hụt 20-40% so với cùng kỳ trung bình nhiều năm.",
                 "Riêng vùng núi, lượng mưa chỉ bằng 60-70% TBNN."):
        assert figures(text) == [], text
    # near misses: a change on the same period, or a yield against the average in its own unit, stays a figure
    assert figures("Lượng khách du lịch tăng 18% so với cùng kỳ.") == [(18, "pct", "yoy_pct")]
    assert figures("Sản lượng thủy sản cao hơn năm trước 12%.") != []


# --- an amount's change against a year two or more before the sentence's own ---------------------------------------

def test_an_amounts_rise_on_a_year_long_past_is_named_by_that_year() -> None:
    # the base year lies six years before the one the sentence names: a change on another base, no metric in FACTS,
    # a level named by it
    assert one("Năm 2027, thu nhập bình quân của cư dân ven biển tăng 18 triệu đồng so với năm 2021.",
               "18").change_named == "mức tăng so với năm 2021"
    # ... nor the second change of a pair, whose base lies further back than the first one's
    text = ("Doanh thu mỗi héc-ta đạt 210 triệu đồng, tăng 9 triệu đồng so với năm 2024 và tăng 41 triệu đồng "
            "so với năm 2019.")
    assert figures(text) == [(210e6, "VND", "level"), (9e6, "VND", "yoy_abs"), (41e6, "VND", "level")]


def test_an_amounts_rise_on_the_year_before_stays_its_yearly_change() -> None:
    # near miss: the year compared with is the one before the sentence's own, the same period a year earlier
    assert figures("Năm 2027, thu nhập bình quân của cư dân ven biển tăng 4 triệu đồng so với năm 2026.") == [
        (4e6, "VND", "yoy_abs")]


# --- a list row's bare index before the capitalised name of what the row measures ----------------------------------

def test_a_rows_index_before_a_capitalised_measure_is_no_figure() -> None:
    assert figures("7 Số trạm y tế đạt chuẩn quốc gia: 14 trạm") == [(14, "count", "level")]
    assert figures("3 Tỷ lệ hộ dùng nước sạch đạt 98,2%") == [(98.2, "pct", "level")]


def test_a_count_that_opens_its_line_stays_a_count() -> None:
    # near misses: a lower-case noun counted by the number, and a capital noun that a number does count
    assert figures("1 xã về đích nông thôn mới kiểu mẫu trong năm.") == [(1, "count", "level")]
    assert figures("2 Tổng công ty của tỉnh được cổ phần hóa.") == [(2, "count", "level")]


# --- "năm" before the spots a slide or a flood leaves ---------------------------------------------------------------

def test_nam_before_spots_of_a_slide_is_five() -> None:
    assert figures("Năm điểm sạt lở taluy dương trên tỉnh lộ 150 đã được thông tuyến.") == [(5, "count", "level")]
    assert figures("Xuất hiện năm điểm ngập cục bộ tại phường Tân An.") == [(5, "count", "level")]


def test_nam_before_other_points_stays_no_number() -> None:
    # near miss: "điểm" that is no spot of harm (a point made, a score)
    assert figures("Năm điểm mới của Luật Đất đai được phổ biến tới người dân.") == []


# --- a rank said in words -------------------------------------------------------------------------------------------

def test_a_rank_in_words_is_read_as_its_digits() -> None:
    text = "Chỉ số PAPI của tỉnh năm nay xếp thứ nhất toàn quốc và thứ ba trong vùng Tây Nguyên."
    assert [(f.token, f.value, f.unit_label) for f in find_figures(text)] == [("nhất", 1, "thứ"), ("ba", 3, "thứ")]
    assert [(f.value, f.unit_label) for f in find_figures("Tỷ lệ giải ngân của thị xã đứng thứ hai toàn tỉnh.")] == [
        (2, "thứ")]
    assert [(f.value, f.unit_label) for f in find_figures("Quy mô kinh tế xếp hạng thứ mười hai cả nước.")] == [
        (12, "thứ")]
    assert [(f.value, f.unit_label) for f in find_figures("Vốn FDI thu hút xếp vị thứ nhì toàn quốc.")] == [
        (2, "thứ")]


def test_ordinals_and_heading_words_in_words_are_no_rank() -> None:
    # near misses: a weekday, an ordinal after no rank word, a second ordinal with no rank before it, "đứng đầu"
    assert figures("Thứ hai tuần sau, Sở tổ chức hội nghị với 120 đại biểu.") == [(120, "count", "level")]
    assert figures("Đợt thứ nhất và thứ hai đã cấp phát 30 tấn gạo.") == [(30, "tonne", "level")]
    assert figures("Chỉ số PCI năm 2026 của tỉnh đứng đầu cả nước.") == []
    assert figures("Bốc xếp thứ hai lô hàng tại cảng.") == []


# --- "chục", "trăm" or a scale word alone after a bound word ---------------------------------------------------

def test_tens_alone_after_a_bound_word_is_ten_of_the_unit() -> None:
    assert [(f.value, f.unit, f.qualifier) for f in find_figures("Lốc xoáy gây thiệt hại hơn chục tỷ đồng.")] == [
        (10e9, "VND", "over")]
    assert [(f.value, f.unit, f.qualifier) for f in find_figures("Gần chục hộ dân phải di dời khẩn cấp.")] == [
        (10, "household", "approx")]
    # a hundred or a scale word alone the same: one of it
    assert [(f.value, f.unit, f.qualifier) for f in find_figures("Huyện thu hơn nghìn tỷ đồng từ đấu giá đất.")] == [
        (1e12, "VND", "over")]
    assert [(f.value, f.unit, f.qualifier) for f in find_figures("Có gần trăm giáo viên được tuyển mới.")] == [
        (100, "person", "approx")]


def test_a_few_tens_or_a_span_of_tens_of_years_is_no_figure() -> None:
    # near misses: tens said with no number ("vài chục", "hàng chục"), and a span of time after a bound word
    assert figures("Vài chục hộ dân ven sông bị ảnh hưởng.") == []
    assert figures("Mưa lớn làm hàng chục ngôi nhà bị tốc mái.") == []
    assert figures("Sau hơn chục năm chờ đợi, cây cầu đã thông xe.") == []
    assert figures("Làng nghề có hơn trăm năm tuổi, vùng đất hơn nghìn năm lịch sử.") == []
    assert figures("Hàng nghìn người dân đổ về lễ hội.") == []


# --- a percentage said in one word ----------------------------------------------------------------------------------

def test_a_percentage_in_one_word_is_read_as_its_digits() -> None:
    assert figures("Sản lượng điện tăng mười phần trăm so với cùng kỳ.") == [(10, "pct", "yoy_pct")]
    assert figures("Doanh thu ngành chế biến tăng sáu phần trăm.") == [(6, "pct", "yoy_pct")]


def test_a_fraction_in_words_is_no_percentage() -> None:
    # near miss: "phần" before another number word is a fraction, no percentage
    assert figures("Hai phần ba số xã đã đạt chuẩn.") == []


# --- an amount said again in words, its scales parted by a comma ----------------------------------------------------

def test_an_amount_said_again_in_words_with_a_comma_is_no_figure_of_its_own() -> None:
    text = "Tổng thu ngân sách phường: 86.320 triệu đồng (Tám mươi sáu tỷ, ba trăm hai mươi triệu đồng)."
    assert figures(text) == [(86320e6, "VND", "level")]


def test_amounts_in_words_of_a_list_stay_apart() -> None:
    # near miss: two amounts in words whose scales do not fall (each its own figure)
    assert figures("Mức hỗ trợ là hai triệu, ba triệu đồng tùy đối tượng.") == [
        (2e6, "VND", "level"), (3e6, "VND", "level")]



def test_a_range_said_in_words_is_read_as_the_same_range_in_digits() -> None:
    # "tăng từ mười lăm đến hai mươi phần trăm" as "tăng từ 15 đến 20%": a range of growth, both ends
    assert figures("Doanh thu dịch vụ lưu trú tăng từ mười lăm đến hai mươi phần trăm so với cùng kỳ.") == [
        (15.0, "pct", "yoy_pct"), (20.0, "pct", "yoy_pct")]
    falls = [(f.value, f.qualifier) for f in find_figures(
        "Lượng hàng qua cảng giảm khoảng mười lăm đến hai mươi lăm phần trăm so với năm trước.")]
    assert falls == [(-15.0, "approx"), (-25.0, "approx")]
    assert figures("Tỷ lệ bao phủ bảo hiểm y tế đạt từ chín mươi hai đến chín mươi lăm phần trăm.") == [
        (92.0, "pct", "level"), (95.0, "pct", "level")]
    assert figures("Mỗi xã có từ ba mươi đến bốn mươi hộ tham gia.") == [(30.0, "household", "level"),
                                                                            (40.0, "household", "level")]
    # a change in words from one level to another keeps the unit it ends in for the level it starts from
    assert figures("Tỷ lệ hộ dùng nước sạch tăng từ sáu mươi lăm lên bảy mươi phần trăm.") == [
        (65.0, "pct", "level"), (70.0, "pct", "level")]
    # near misses: a span of years is no range of figures; a number after "đến" with a unit of its own is its own
    assert figures("Rừng cần từ hai mươi đến ba mươi năm để phục hồi.") == []
    assert figures("Đợt rét kéo dài mười hai ngày, đến hai mươi ba tháng Chạp mới dứt.") == []


def test_a_range_in_words_whose_low_end_is_one_word_reads_both_ends() -> None:
    # "tăng từ mười đến mười hai phần trăm": the low end one word, the high end two; both ends, as in digits
    assert figures("Thu nhập bình quân tăng từ mười đến mười hai phần trăm so với năm trước.") == [
        (10.0, "pct", "yoy_pct"), (12.0, "pct", "yoy_pct")]
    assert figures("Mỗi thôn có từ năm đến mười lăm hộ đăng ký.") == [(5.0, "household", "level"),
                                                                       (15.0, "household", "level")]
    # near misses: a span of years, and an hour of the day, are no range of figures
    assert figures("Cây keo cần từ năm đến mười hai năm mới khai thác.") == []
    assert figures("Buổi tiếp dân diễn ra từ hai đến ba giờ chiều.") == []


def test_a_change_by_a_fraction_said_in_words_is_read_as_the_fraction_in_digits() -> None:
    # "giảm một phần ba so với cùng kỳ" as "giảm 1/3 so với cùng kỳ"; "bằng hai phần ba cùng kỳ" a third less
    assert figures("Số ca tai nạn lao động giảm một phần ba so với cùng kỳ.") == [(-33.33, "pct", "yoy_pct")]
    assert figures("Lượng hàng xuất qua cửa khẩu chỉ bằng hai phần ba cùng kỳ.") == [(-33.33, "pct", "yoy_pct")]
    fall = one("Diện tích gieo cấy giảm khoảng một phần tư so với năm trước.", "một phần tư")
    assert (fall.value, fall.qualifier) == (-25.0, "approx")
    # near misses: a fraction of a named whole, an aim, or no base: no change
    assert figures("Hai phần ba số hộ đã có nước sạch.") == []
    assert figures("Phấn đấu giảm một phần ba số vụ tai nạn giao thông.") == []
    assert figures("Thu từ khu vực này giảm một phần tư tổng thu.") == []


def test_a_forecast_or_a_warning_of_hazards_gives_no_figure() -> None:
    # what a forecast expects and the spots a warning names are no facts: no figure, not even a range's end
    assert figures("Dự báo từ nay đến hết năm có khoảng 4-6 cơn bão và áp thấp trên Biển Đông, trong đó "
                   "khoảng 1-2 cơn đổ bộ vào đất liền.") == []
    assert figures("Các xã được cảnh báo nguy cơ sạt lở tại 28 vị trí ven sông.") == []
    assert figures("Nguy cơ ngập úng tại 52 thôn trũng thấp.") == []
    assert figures("Trong tháng tới có khả năng xuất hiện 2 đợt rét đậm, rét hại.") == []
    # (a comma listing the next hazard goes on with the risk)
    assert figures("Nguy cơ cao xảy ra lũ ống, sạt lở đất tại 19 bản vùng cao.") == []
    # near misses: an aim stays an aim; damage done after a warning, and what is at risk counted before the
    # risk is named, stay figures; a forecast of the economy names no hazard
    assert figures("Năm 2027 dự kiến đạt tỷ lệ che phủ rừng 51%.") == [(51.0, "pct", "target")]
    assert figures("Sau khi cảnh báo lũ quét, mưa lớn đã làm 4 nhà bị sập.") == [(4.0, "house", "level")]
    assert figures("Có 130 hộ sống trong vùng có nguy cơ sạt lở.") == [(130.0, "household", "level")]
    # (a warning given is a work done; the parts of what is at risk are counted as it is)
    assert figures("Huyện đã cảnh báo lũ cho 2.400 hộ dân.") == [(2400.0, "household", "level")]
    assert [f.value for f in find_figures("Có 96 điểm có nguy cơ sạt lở, trong đó 11 điểm nguy cơ rất cao.")] == [
        96.0, 11.0]
    assert [f.value for f in find_figures("Dự báo giá trị sản xuất công nghiệp tăng 9% so với cùng kỳ.")] == [9.0]


def test_a_base_that_is_another_part_of_the_year_is_another_base() -> None:
    # the first months of the figure's own year (no year named), and the last months of a year: another base
    assert _metrics("Doanh thu dịch vụ 9 tháng tăng 6,4% so với 6 tháng đầu năm.") == [("change_pct", 6.4)]
    assert _metrics("So với nửa cuối năm 2026, giá trị xuất khẩu tăng 3,5%.") == [("change_pct", 3.5)]
    assert _metrics("Sản lượng điện tăng 2,2% so với 6 tháng cuối năm trước.") == [("change_pct", 2.2)]
    # near misses: the same months of last year, or the last months on the last months a year before, are the
    # same period
    assert _metrics("Doanh thu dịch vụ tăng 6,4% so với 6 tháng đầu năm trước.") == [("yoy_pct", 6.4)]
    assert _metrics("So với 6 tháng đầu năm 2026, giá trị xuất khẩu tăng 3,5%.") == [("yoy_pct", 3.5)]
    assert _metrics("Nửa cuối năm 2027, sản lượng điện tăng 2,2% so với nửa cuối năm 2026.") == [("yoy_pct", 2.2)]


def test_a_multiple_after_a_comparison_with_its_base_is_a_growth() -> None:
    # "nhiều hơn cùng kỳ gấp N lần" says "gấp N lần cùng kỳ": the growth, not a change of N "times"
    assert figures("Lượng khách quốc tế nhiều hơn cùng kỳ năm trước gấp 1,5 lần.") == [(50.0, "pct", "yoy_pct")]
    assert figures("Số vụ cháy rừng ít hơn cùng kỳ gấp 4 lần.") == [(-75.0, "pct", "yoy_pct")]
    # near miss: an amount after the base is the gap itself
    assert figures("Lượng khách quốc tế nhiều hơn cùng kỳ năm trước 1.500 lượt.") == [(1500.0, "visit", "yoy_abs")]


def test_a_move_in_a_ranking_said_with_a_verb_of_direction_is_a_change() -> None:
    # "vươn lên 4 bậc", "lên 2 bậc", "lùi 3 bậc", "tụt xuống 7 hạng": the steps moved, as "tăng/tụt N bậc" are
    assert figures("Chỉ số PAR INDEX của tỉnh vươn lên 4 bậc.") == [(4.0, "count", "yoy_abs")]
    assert figures("Chỉ số SIPAS lên 2 bậc so với năm 2025.") == [(2.0, "count", "yoy_abs")]
    assert figures("Chỉ số PCI lùi 3 bậc.") == [(-3.0, "count", "yoy_abs")]
    assert figures("Chỉ số DTI tụt xuống 7 hạng.") == [(-7.0, "count", "yoy_abs")]
    # near miss: levels of schooling are counted, not moved
    assert figures("Thành phố có 4 bậc học đạt chuẩn.") == [(4.0, "count", "level")]


def test_the_rate_after_a_running_count_raised_to_its_total_is_a_share() -> None:
    # "nâng tổng số lên N <đơn vị>, đạt X%": the share of all the units, no plan being named
    assert figures("Công nhận mới 7 thôn văn hóa, nâng tổng số lên 412 thôn, đạt 88,6%.") == [
        (7.0, "count", "level"), (412.0, "count", "level"), (88.6, "pct", "share_pct")]
    # near misses: a plan named after the rate stays the plan's; an amount with no count raised stays implicit
    assert figures("Nâng số trạm y tế đạt chuẩn lên 140 trạm, đạt 95% kế hoạch.") == [
        (140.0, "count", "level"), (95.0, "pct", "plan_pct")]
    assert figures("Nâng tổng vốn điều lệ lên 300 tỷ đồng, đạt 75%.")[-1][2] != "share_pct"


def test_a_sentence_opening_on_a_years_plan_with_a_comma_sets_targets() -> None:
    # "Kế hoạch năm N, ...": the year's plan frames the figures after it, as the heading "Kế hoạch năm N:" does
    assert figures("Kế hoạch năm 2028, tốc độ tăng trưởng kinh tế 7,2%; tỷ lệ hộ nghèo giảm còn 3,4%.") == [
        (7.2, "pct", "target"), (3.4, "pct", "target")]
    assert figures("Mục tiêu năm 2027, tỷ lệ đô thị hóa 35%.") == [(35.0, "pct", "target")]
    # near misses: the outturn said after the plan is no target; a plan named in mid-sentence frames nothing
    assert figures("Kế hoạch năm 2026, doanh thu du lịch 1.800 tỷ đồng, ước thực hiện 1.950 tỷ đồng.")[-1] == (
        1950000000000.0, "VND", "level")
    assert figures("Theo kế hoạch năm 2026, tỷ lệ đô thị hóa đạt 35%.")[-1][2] != "target"


def test_a_growth_multiple_put_about_its_value_is_a_growth() -> None:
    # "tăng xấp xỉ 1,3 lần": a bare growth multiple with a bound word, as "tăng khoảng 1,3 lần" is
    assert figures("Doanh thu lữ hành đạt 640 tỷ đồng, tăng xấp xỉ 1,3 lần.")[-1] == (30.0, "pct", "yoy_pct")
    # near miss: a multiple with no verb of growth and no base stays as written
    assert figures("Mật độ xấp xỉ 1,3 lần.") == [(1.3, "times", "level")]


def test_a_move_of_a_rate_said_with_another_verb_of_direction_is_its_change() -> None:
    # "nhích", "tụt", "sụt" move a rate (or a score) as "tăng"/"giảm" do, the fall signed
    assert figures("Tỷ lệ nợ xấu 2,1%, nhích 0,2 điểm phần trăm so với cùng kỳ.")[-1] == (0.2, "pct", "yoy_abs")
    assert figures("Tỷ lệ hộ cận nghèo 5,6%, tụt 0,9 điểm % so với cùng kỳ.")[-1] == (-0.9, "pct", "yoy_abs")
    assert figures("Tỷ lệ đô thị hóa 31,2%, sụt 0,3 điểm phần trăm so với đầu năm.")[-1] == (-0.3, "pct", "level")
    assert figures("Chỉ số SIPAS đạt 82,4 điểm, nhích 2,6 điểm so với năm trước.")[-1] == (2.6, "point", "yoy_abs")
    assert figures("Doanh thu vận tải sụt 4,5% so với cùng kỳ.") == [(-4.5, "pct", "yoy_pct")]
    # ("hụt X% so với dự toán": short of the plan by X, 100 − X of it, as "giảm 3% so với dự toán" is 97)
    assert figures("Thu tiền sử dụng đất hụt 12% so với dự toán.") == [(88.0, "pct", "plan_pct")]
    assert figures("Doanh nghiệp thiếu hụt 200 lao động.") == [(200.0, "person", "level")]
    # near misses: where a rate went ("tụt xuống", "nhích lên") is its level; "tụt hậu" is no move
    assert figures("Tỷ lệ thất nghiệp tụt xuống 2,4%.") == [(2.4, "pct", "level")]
    assert figures("Tỷ lệ lao động qua đào tạo nhích lên 61%.") == [(61.0, "pct", "level")]


def test_a_rate_of_a_total_named_after_it_is_a_share_of_that_total() -> None:
    # "bằng X% tổng <whole>": the amount is that part of the whole, as "chiếm X% tổng ..." is
    assert figures("Thu tiền thuê đất đạt 412 tỷ đồng, bằng 8,6% tổng thu nội địa.")[-1] == (8.6, "pct", "share_pct")
    assert figures("Dư nợ cho vay nông nghiệp 9.300 tỷ đồng, bằng 27% tổng dư nợ.")[-1] == (27.0, "pct", "share_pct")
    # near misses: a total of the plan or of a work's investment is what the amount is a rate of
    assert figures("Giải ngân 640 tỷ đồng, bằng 45,2% tổng vốn kế hoạch.")[-1] == (45.2, "pct", "plan_pct")
    assert figures("Dự án đã giải ngân 210 tỷ đồng, bằng 30% tổng mức đầu tư.")[-1] == (30.0, "pct", "plan_pct")
    assert figures("Vốn đã bố trí 150 tỷ đồng, bằng 60% tổng số vốn được giao.")[-1] == (60.0, "pct", "plan_pct")


def test_the_size_of_a_work_due_later_is_a_level_of_the_work() -> None:
    # a work's size named right before the figure, among what is expected of the work, is what it is built with
    assert figures("Nhà máy điện gió Hướng Linh dự kiến quý II/2027 vận hành thương mại với công suất 48 MW.") == [
        (48.0, "count", "level")]
    assert figures("Dự kiến năm 2027, nhà máy chế biến tinh bột sắn vận hành với công suất 30.000 tấn/năm.") == [
        (30000.0, "count", "level")]
    assert figures("Dự án Cụm công nghiệp Tân Lập dự kiến hoàn thành trong năm 2027 với diện tích 72 ha.") == [
        (72.0, "ha", "level")]
    # near misses: no work named, or a goal set in the sentence, stays a target
    assert figures("Dự kiến năm 2027, diện tích trồng rừng mới 4.200 ha.") == [(4200.0, "ha", "target")]
    assert figures("Dự án trồng dược liệu phấn đấu năm 2027 đạt quy mô 300 ha.") == [(300.0, "ha", "target")]


def test_a_rates_gap_in_points_with_no_base_is_its_move_on_the_same_period() -> None:
    # "cao hơn/thấp hơn N điểm phần trăm" closing the clause: as a bare "tăng/giảm N điểm %", the change on last year
    assert figures("Tỷ lệ lao động có việc làm đạt 67,9%, cao hơn 0,6 điểm phần trăm.")[-1] == (0.6, "pct", "yoy_abs")
    assert figures("Tỷ lệ trẻ em suy dinh dưỡng 11,2%, thấp hơn 0,8 điểm %; tỷ lệ tiêm chủng 97%.")[1] == (
        -0.8, "pct", "yoy_abs")
    # near misses: a gap on an average named after it is no change of the rate; an aim stays a target
    assert figures("Tỷ lệ hộ nghèo 3,4%, thấp hơn 0,5 điểm phần trăm so với bình quân cả nước.")[-1][2] != "yoy_abs"
    assert figures("Phấn đấu tỷ lệ lao động qua đào tạo cao hơn 2 điểm phần trăm.") == [(2.0, "pct", "target")]


def test_a_count_after_the_verbs_tiem_phong_and_du_phong_is_no_rooms_number() -> None:
    # "tiêm phòng N liều/con" (vaccinated) and "dự phòng N tỷ đồng" (set aside): "phòng" is part of a verb there
    assert figures("Đàn trâu 12.300 con; tiêm phòng 9.650 liều vắc xin lở mồm long móng.")[-1] == (
        9650.0, "count", "level")
    assert figures("Tiêm phòng 8.400 con gia cầm.") == [(8400.0, "head", "level")]
    assert figures("Chi dự phòng 12 tỷ đồng.") == [(12000000000.0, "VND", "level")]
    # near miss: a room named by its number is still no count
    assert figures("Hội nghị tổ chức tại phòng 205.") == []


def test_the_low_end_of_a_range_in_words_of_visits_or_head_counts_them_too() -> None:
    # "X đến Y lượt/con" with no "từ" and no hedge before it: both ends count what the high end counts
    assert figures("Khu du lịch đón 600 đến 700 lượt khách mỗi ngày.") == [(600.0, "visit", "level"),
                                                                         (700.0, "visit", "level")]
    assert figures("Mỗi năm xuất chuồng 1,2 đến 1,4 nghìn con lợn.") == [(1200.0, "head", "level"),
                                                                        (1400.0, "head", "level")]
    # near miss: a day before "đến" is no low end
    assert figures("Ngày 15 đến 20 con trâu bị chết rét.") == [(20.0, "head", "level")]


def test_the_same_holiday_a_year_before_is_the_same_period() -> None:
    # "so với Tết năm trước", "so với dịp lễ ... năm ngoái", "so với Tết Giáp Thìn": a change on the same days last year
    assert figures("Dịp Tết xảy ra 5 vụ cháy, giảm 2 vụ so với Tết năm trước.") == [(5.0, "case", "level"),
                                                                                 (-2.0, "case", "yoy_abs")]
    assert figures("Lượng khách tăng 12% so với dịp nghỉ lễ 2/9 năm ngoái.") == [(12.0, "pct", "yoy_pct")]
    assert figures("So với Tết Giáp Thìn, tai nạn giao thông giảm 3 vụ.") == [(-3.0, "case", "yoy_abs")]
    # near misses: the days before the holiday, or the week before, are another base
    assert figures("Giá thịt lợn tăng 4% so với trước Tết.") == [(4.0, "pct", "change_pct")]
    assert figures("Lượng khách tăng 6% so với tuần trước.") == [(6.0, "pct", "change_pct")]


def test_a_work_named_by_one_word_is_counted_without_what_qualifies_it() -> None:
    # "cống", "đập", "kè": the words after say what the work serves or is made of, the label keeps the work
    assert one("Đã vận hành 31 cống thủy lợi để giữ nước.", "31").unit_label == "cống"
    assert one("Tỉnh đắp 9 đập tạm ngăn mặn trên sông.", "9").unit_label == "đập"
    # a noun broken over lines (unwrapped to a run of spaces) is one word apart
    assert one("Toàn tỉnh có 87 khách  sạn đạt chuẩn.", "87").unit_label == "khách sạn"
    # near miss: a noun of two words whose first is not such a work keeps both
    assert one("Xây mới 14 hồ chứa nước.", "14").unit_label == "hồ chứa"


def test_a_place_named_old_or_new_after_a_merger_keeps_its_clause() -> None:
    # "(cũ)", "(mới)" after a place's name are part of it: the rate after is the part's own level, as without them
    text = "Tỷ lệ che phủ rừng toàn tỉnh đạt 61,3%; trong đó tỉnh Bắc Kạn (cũ) đạt 73,1%."
    assert figures(text) == [(61.3, "pct", "level"), (73.1, "pct", "level")]
    # near miss: a bracket that holds other words still closes its clause
    assert one("Thu ngân sách (không kể tiền đất) đạt 85% dự toán.", "85").metric == "plan_pct"


def test_a_fraction_of_an_average_or_a_capacity_is_no_two_counts() -> None:
    assert figures("Mực nước các hồ chỉ bằng 1/4 trung bình nhiều năm.") == []
    assert figures("Hồ Núi Cốc đạt khoảng 2/3 dung tích thiết kế.") == []
    # near miss: a tally of units that reached their capacity counts them
    assert figures("Có 7/9 hồ chứa đạt dung tích thiết kế.") == [(7.0, "count", "level"), (9.0, "count", "level")]


def test_points_a_rate_passes_or_misses_its_plan_by_are_a_level() -> None:
    # the gap to the plan in points, whichever verb and wherever the plan is named: no measure in FACTS, a level
    # signed by its verb as the gold files a change with no metric (ex055)
    assert figures("Tỷ lệ hộ nghèo giảm 0,4 điểm phần trăm so với kế hoạch.") == [(-0.4, "pct", "level")]
    assert figures("Tỷ lệ đô thị hóa vượt kế hoạch 1,6 điểm phần trăm.") == [(1.6, "pct", "level")]
    assert figures("Tỷ lệ tham gia bảo hiểm y tế cao hơn chỉ tiêu 0,9 điểm %.") == [(0.9, "pct", "level")]
    # near misses: points on the same period or another base stay changes
    assert figures("Tỷ lệ hộ nghèo giảm 0,9 điểm phần trăm so với cùng kỳ.") == [(-0.9, "pct", "yoy_abs")]
    assert figures("Tỷ lệ nợ xấu tăng 0,2 điểm phần trăm so với đầu năm.") == [(0.2, "pct", "level")]


def test_the_jobs_added_are_a_count_not_a_rise() -> None:
    # "Số lao động có việc làm tăng thêm": the jobs created, named so; a level
    assert figures("Số lao động có việc làm tăng thêm 11.400 người.") == [(11400.0, "person", "level")]
    # near miss: a measure that rose by more is still a change
    assert figures("Số thuê bao internet tăng thêm 8.000 thuê bao.")[0][2] == "yoy_abs"


def test_a_round_number_right_after_a_programmes_noun_is_its_name() -> None:
    # "Chương trình 1.000 km ...", "Đề án 500 ha ...": the goal that names the scheme, no fact of the place
    assert figures("Tỉnh tiếp tục thực hiện Chương trình 2.000 km đường giao thông nông thôn.") == []
    assert figures("Triển khai Đề án 500 ha cây mắc ca tại các huyện vùng cao.") == []
    # near misses: what the programme did, a number after a verb, stays a figure
    assert figures("Chương trình đã hỗ trợ 400 hộ làm nhà.") == [(400.0, "household", "level")]


def test_what_a_counted_work_serves_is_no_part_of_its_noun() -> None:
    # "hồ thủy lợi", "kênh nội đồng": the words after the noun say what it serves, the label keeps the noun
    assert one("Toàn huyện có 27 hồ thủy lợi.", "27").unit_label == "hồ"
    assert one("Đã nạo vét 64 kênh nội đồng.", "64").unit_label == "kênh"
    # near miss: a noun of two words stays whole
    assert one("Đã nạo vét 19 kênh mương.", "19").unit_label == "kênh mương"
    # a tournament counted with the sport it is of: "giải", never the verb "giải thể" (to dissolve)
    assert one("Ngành văn hóa tổ chức 26 giải thể thao phong trào.", "26").unit_label == "giải"


def test_how_far_the_salt_front_reached_is_no_size() -> None:
    # the reach of the salt front up each river is a measure of the season (an indicator), every length of it
    for text in ("Ranh mặn 4‰ đã vào sâu 61 km trên sông Tiền, 70 km trên sông Hậu.",
                 "Độ mặn 4 g/l vào sâu 55 km tại cửa Định An.", "Nước mặn vào sâu đất liền khoảng 45 km.",
                 "Mặn xâm nhập sâu 50 km trên sông Vàm Cỏ Tây.", "Độ mặn 4‰ vào sâu trong nội đồng 32 km."):
        assert not any(states_a_size(text, f) for f in find_figures(text) if f.unit == "km"), text
    # near-miss: the salt told in an earlier clause leaves a slide's bite inland a size
    text = "Độ mặn tại trạm đo là 3‰; bờ sông sạt lở ăn sâu vào bờ 8 m."
    assert [states_a_size(text, f) for f in find_figures(text) if f.unit == "km"] == [True]


def test_the_average_of_several_years_is_another_base() -> None:
    # a rate on the average of a span of years is a change on another base; an amount on it has no metric
    assert figures("Sản lượng cá tăng 4,2% so với bình quân giai đoạn 2021-2025.") == [(4.2, "pct", "change_pct")]
    assert figures("Doanh thu tăng 9% so với mức trung bình 3 năm trước.") == [(9, "pct", "change_pct")]
    assert figures("Năng suất ngô đạt 58 tạ/ha, cao hơn 2,3 tạ/ha so với bình quân các năm.") == [
        (58, "quintal_per_ha", "level"), (2.3, "quintal_per_ha", "level")]
    assert one("Năng suất ngô cao hơn bình quân nhiều năm 1,7 tạ/ha.", "1,7").change_named == (
        "mức tăng so với bình quân nhiều năm")
    # near-miss: the same period a year before stays year-on-year
    assert figures("Năng suất ngô cao hơn 2,3 tạ/ha so với cùng kỳ.") == [(2.3, "quintal_per_ha", "yoy_abs")]


def test_the_count_after_the_word_for_facility_is_a_count() -> None:
    # "cơ sở" before a count is the level of schooling or the facilities counted, not a campus's number
    assert figures("Khối trung học cơ sở có 96 trường; trung học cơ sở 215 trường đạt chuẩn.")[1][0] == 215
    assert figures("Cơ sở 250 giường bệnh.") == [(250, "count", "level")]
    # near-miss: a campus named by its number before a name or a verb stays no figure
    assert figures("Khai giảng tại Cơ sở 2 của Trường Cao đẳng Y tế.") == []
    assert figures("Cơ sở 4 đã đi vào hoạt động.") == []


def test_the_one_an_average_is_taken_over_is_no_count() -> None:
    # "bình quân 1 <noun>": the noun the average is taken per, no count of one
    assert figures("Lợi nhuận bình quân 1 HTX nông nghiệp đạt 450 triệu đồng.") == [(450e6, "VND", "level")]
    assert figures("Thu nhập trung bình 1 lao động đạt 8,1 triệu đồng/tháng.")[0][0] == 8.1e6
    assert len(figures("Trung bình 01 hộ gia đình có 4,2 nhân khẩu.")) == 1
    # near-miss: an average of one counted thing per a base is still a figure
    assert figures("Huyện thành lập mới bình quân 1 hợp tác xã/năm.")[0][0] == 1
    assert figures("Năm 2026 thành lập mới 1 hợp tác xã.") == [(1, "cooperative", "level")]


def test_a_base_said_before_a_colon_frames_the_changes_after_it() -> None:
    # a headline of the comparison, then its changes: each a change on that base, its bracketed rate too
    assert figures("So với cùng kỳ năm 2025: giảm 9 vụ cháy (-20,5%), tăng 3 người bị thương.") == [
        (-9, "case", "yoy_abs"), (-20.5, "pct", "yoy_pct"), (3, "person", "yoy_abs")]
    # near-miss: a heading before a colon that names no base leaves the counts after it levels
    assert figures("Tình hình cháy nổ: xảy ra 14 vụ cháy, làm bị thương 2 người.") == [
        (14, "case", "level"), (2, "person", "level")]


def test_a_change_joined_to_a_change_shares_its_comparison_in_any_unit() -> None:
    # "giảm N vụ và giảm M ha": the second change, in another unit, is a change too, on the same period
    assert figures("Có 9 vụ cháy rừng, giảm 4 vụ và giảm 12,5 ha.") == [
        (9, "case", "level"), (-4, "case", "yoy_abs"), (-12.5, "ha", "yoy_abs")]
    assert figures("Xảy ra 20 vụ tai nạn, tăng 2 vụ, giảm 1 người chết.")[1:] == [
        (2, "case", "yoy_abs"), (-1, "person", "yoy_abs")]
    # near-miss: a count joined by "và" with no verb of change of its own stays what it is
    assert figures("Có 9 vụ cháy rừng, giảm 4 vụ và 12,5 ha rừng được trồng lại.")[2] == (12.5, "ha", "level")


def test_the_weather_season_a_year_before_is_the_same_period() -> None:
    # "so với mùa khô năm trước": the dry season comes once a year, the one before a year apart
    assert figures("Xảy ra 9 vụ cháy rừng, giảm 3 vụ so với mùa khô năm trước.") == [
        (9, "case", "level"), (-3, "case", "yoy_abs")]
    assert figures("Xảy ra 9 vụ cháy rừng, giảm 3 vụ so với mùa mưa bão 2025.")[1] == (-3, "case", "yoy_abs")
    # near-miss: another season of the same year is no same period
    assert (-3, "case", "yoy_abs") not in figures("Xảy ra 9 vụ cháy rừng, giảm 3 vụ so với mùa mưa.")


def test_places_named_with_a_number_in_a_bracket_are_no_counts() -> None:
    # a bracket listing the communes counted, some named with a number, one with none: no count per place
    assert figures("Dịch bệnh xuất hiện tại 7 xã (Tân Hà 2, Phúc Thọ và Hòa Bắc 1).") == [(7, "count", "level")]
    # a place of the very kind counted holds none of it: the number is its name's
    assert figures("Ra mắt mô hình tại 3 phường (phường Long Hương 1, phường Long Hương 2).") == [
        (3, "count", "level")]
    # near-miss: a breakdown by district gives each its count, even when it leaves some out
    assert figures("Dịch bệnh xuất hiện tại 7 xã (huyện Đam Rông 2, huyện Lạc Dương 3).") == [
        (7, "count", "level"), (2, "count", "level"), (3, "count", "level")]
    assert len(figures("Bão làm 5 tàu cá bị chìm (Cà Mau 1, Kiên Giang 2).")) == 3


def test_a_bare_reach_after_a_count_qualified_as_a_part_is_its_share() -> None:
    # "đúng hạn", "trực tuyến" qualify the count as a part of the files handled: "đạt X%" is its share, no plan
    assert figures("Đã giải quyết đúng hạn 7.315 hồ sơ, đạt 99,2%.") == [(7315, "count", "level"),
                                                                        (99.2, "pct", "share_pct")]
    assert figures("Tiếp nhận trực tuyến 2.640 hồ sơ, đạt 61%.")[1] == (61, "pct", "share_pct")
    # near-miss: with no such qualifier, or a plan named, the bare reach stays the plan's share
    assert figures("Đã giải quyết 7.315 hồ sơ, đạt 99,2%.")[1] == (99.2, "pct", "plan_pct")
    assert figures("Tiếp nhận trực tuyến 2.640 hồ sơ, đạt 61% kế hoạch.")[1] == (61, "pct", "plan_pct")


def test_a_rate_named_without_its_word_for_rate_moves_in_points() -> None:
    # "tổn thất điện năng", "lãi suất" name a rate by themselves: its change after its level is in points
    assert figures("Tổn thất điện năng ước 5,2%, giảm 0,4% so với cùng kỳ.") == [
        (5.2, "pct", "level"), (-0.4, "pct", "yoy_abs")]
    assert figures("Lãi suất cho vay bình quân 9,1%, giảm 0,7% so với cùng kỳ.")[1] == (-0.7, "pct", "yoy_abs")
    # near-miss: an amount's change in percent stays its growth
    assert figures("Điện thương phẩm đạt 410 triệu kWh, giảm 0,4% so với cùng kỳ.")[1] == (-0.4, "pct", "yoy_pct")


def test_once_is_no_numbered_time_and_twice_a_multiple() -> None:
    # "một lần" (once, a lump sum) numbers no time: the count after it stands
    assert figures("Có 640 người hưởng trợ cấp, trong đó nhận một lần 212 người.") == [
        (640, "person", "level"), (212, "person", "level")]
    # "gấp hai lần" in words is twice last year's, as "gấp 2 lần"
    assert figures("Doanh thu du lịch gấp hai lần năm trước.") == [(100, "pct", "yoy_pct")]
    # near-miss: a time numbered ("lần 2") is an ordinal, and a multiple with no base no figure
    assert figures("Tổ chức thành công Hội chợ lần 4.") == []
    assert figures("Doanh thu du lịch gấp hai lần.") == []


def test_a_bare_change_after_a_list_of_what_a_count_is_of_is_its_change() -> None:
    # the commas of a list naming what the cases are about do not part the change from its count
    assert figures("Đã bắt 118 vụ vi phạm về ma túy, cờ bạc, mại dâm, giảm 7 vụ.") == [
        (118, "case", "level"), (-7, "case", "yoy_abs")]
    # near-miss: another count between them keeps the second one a level
    assert figures("Đã bắt 118 vụ vi phạm về ma túy, xử lý 90 vụ, giảm 7 vụ.")[1] == (90, "case", "level")


def test_a_bare_change_of_a_count_after_an_amount_is_the_counts_change() -> None:
    # the fine between them is in another unit: the "giảm 3 vụ" is the change of the cases counted first
    assert figures("Kiểm tra 64 vụ vi phạm, phạt tiền 850 triệu đồng, giảm 3 vụ.") == [
        (64, "case", "level"), (850e6, "VND", "level"), (-3, "case", "yoy_abs")]
    # near-miss: across a ";" the count is a level of its own
    assert figures("Kiểm tra 64 vụ vi phạm; phạt tiền 850 triệu đồng, giảm 3 vụ.")[2] == (3, "case", "level")


def test_a_paper_named_bang_after_a_number_is_counted() -> None:
    # "bằng khen", "bằng độc quyền", "văn bằng": papers awarded or granted, not the verb of a ratio
    assert [(f.value, f.unit, f.unit_label) for f in find_figures("Sở đã trao 24 Bằng khen cho các hội viên.")] == [
        (24, "count", "Bằng khen")]
    assert [(f.value, f.unit_label) for f in find_figures("Năm nay tỉnh được cấp 4 bằng độc quyền giải pháp hữu ích.")
            ] == [(4, "bằng độc quyền")]
    assert [(f.value, f.unit_label) for f in find_figures("Doanh nghiệp nhận 9 văn bằng được cấp mới.")] == [
        (9, "văn bằng")]
    # (after "cấp", a grant of papers, no grade: "cấp 2 bằng" counts two)
    assert [(f.value, f.unit_label) for f in find_figures("Cục Sở hữu trí tuệ cấp 2 bằng sáng chế cho trường.")] == [
        (2, "bằng sáng chế")]
    # near-miss: "bằng" before a rate is still the ratio, and the count before it no paper
    assert figures("Thu nội địa đạt 230 tỷ đồng, bằng 91% cùng kỳ.") == [
        (230e9, "VND", "level"), (-9, "pct", "yoy_pct")]


def test_an_amount_cut_is_a_level_not_a_fall() -> None:
    # "cắt giảm"/"tiết giảm" an amount: the money cut, a level (no change on last year)
    assert figures("Sau thẩm tra, Sở Tài chính cắt giảm 41,5 tỷ đồng.") == [(41.5e9, "VND", "level")]
    assert figures("Các đơn vị tiết giảm 3 tỷ đồng.") == [(3e9, "VND", "level")]
    # near-miss: a bare fall of an amount after its subject is still its change
    assert figures("Chi phí quản lý giảm 3 tỷ đồng.") == [(-3e9, "VND", "yoy_abs")]


def test_a_counted_nouns_label_takes_a_word_of_two_syllables_whole() -> None:
    def labels(text: str) -> list[str | None]:
        return [f.unit_label for f in find_figures(text)]
    # the second syllable opens a word of two: the label keeps it whole, not cut after "xuất", "đầu" or "lý"
    assert labels("Tỉnh có 14 mã xuất khẩu sang thị trường Úc.") == ["mã xuất khẩu"]
    assert labels("Trên địa bàn có 6 quỹ đầu tư hoạt động.") == ["quỹ đầu tư"]
    assert labels("Sở Tư pháp cấp 2.315 phiếu lý lịch tư pháp.") == ["phiếu lý lịch"]
    # a group's size after its noun qualifies it: "đoàn" counted
    assert labels("Tiếp 11 đoàn đông người đến khiếu nại.") == ["đoàn"]
    # near-miss: a second syllable that is no word's first stays with the noun it makes
    assert labels("Toàn tỉnh có 48 tổ hợp tác.") == ["tổ hợp tác"]
    assert labels("Đã xây dựng 9 mô hình mới.") == ["mô hình"]


def test_a_troupe_or_a_team_is_counted_with_the_word_of_two_syllables_that_names_its_kind() -> None:
    # "đoàn nghệ thuật", "đội văn nghệ", "đoàn công tác": the label keeps the kind whole (was "đoàn nghệ", "đội văn")
    assert [f.unit_label for f in find_figures("Liên hoan có 41 đoàn nghệ thuật tham dự.")] == ["đoàn nghệ thuật"]
    assert [f.unit_label for f in find_figures("Huyện duy trì 27 đội văn nghệ quần chúng.")] == ["đội văn nghệ"]
    assert [f.unit_label for f in find_figures("Tỉnh cử 3 đoàn công tác sang Lào.")] == ["đoàn công tác"]
    # near-miss: a verb after the noun stays out of it
    assert [f.unit_label for f in find_figures("Thành lập 5 đoàn kiểm tra liên ngành.")] == ["đoàn"]


def test_numbers_listed_after_so_are_names_not_counts() -> None:
    # "số 4, 5, 6", "số 2, 3 và 4": the numbers of works or plots, none counting the noun after the last
    for named in ("Cầu cảng số 4, 5, 6 Cảng Chân Mây đang được thi công.",
                  "Các nhà xưởng số 2, 3 và 4 khu công nghiệp đã hoàn thành."):
        assert figures(named) == [], named
    # near-miss: a group named by one number, then its households counted
    assert figures("Khu phố số 2, 38 hộ bị ngập sâu.") == [(38, "household", "level")]


def test_chiem_after_businesses_counted_is_a_share_in_each_part() -> None:
    # every part of a split of businesses is a share, the first as the later ones, its whole named or not
    text = ("Chia theo loại hình: công ty TNHH có 310 doanh nghiệp, chiếm 71,2%; công ty cổ phần có 95 doanh "
            "nghiệp, chiếm 21,8%.")
    assert [f for f in figures(text) if f[1] == "pct"] == [(71.2, "pct", "share_pct"), (21.8, "pct", "share_pct")]
    # near-miss: poor households counted before "chiếm" give the poverty rate itself
    assert figures("Xã vùng cao có 410 hộ nghèo, chiếm 6,3%.")[1] == (6.3, "pct", "level")


def test_a_count_right_after_nam_or_thang_is_no_year_or_month() -> None:
    # a number of no year's shape before the noun it counts, after "năm": the count, no year
    assert figures("Lũy kế từ đầu năm 64 ca thủy đậu.") == [(64, "count", "level")]
    assert figures("Trong năm 2.140 người được khám sàng lọc.") == [(2140, "person", "level")]
    # ... and a number past any month's after "tháng"
    assert figures("Từ đầu tháng 33 ca quai bị.") == [(33, "count", "level")]
    # near-miss: a year after "năm", a month after "tháng", a bonus's month stay dates and names
    assert figures("Trong năm 2026 ca bệnh giảm.") == []
    assert figures("Trong tháng 9 trường hợp nghi ngờ được theo dõi.") == []
    assert figures("Chi trả lương tháng 13 cho công nhân.") == []


def test_periodic_before_a_number_is_a_manner_no_term_numbered() -> None:
    # "định kỳ" (periodic) says how a work is done: the number after it counts
    assert figures("Đã bảo trì định kỳ 37 km đê.") == [(37, "km", "level")]
    assert figures("Kiểm tra định kỳ 12 trạm bơm.") == [(12, "count", "level")]
    # near-miss: a term of office named by its number stays an ordinal
    assert figures("Kỳ họp thứ 8 và kỳ 2 năm học đã kết thúc.") == []


def test_outbreaks_and_cases_counted_in_words() -> None:
    assert figures("Phát hiện bốn ổ dịch tả lợn châu Phi.") == [(4, "count", "level")]
    assert figures("Có sáu ca mắc mới và hai trường hợp tử vong.") == [(6, "count", "level"), (2, "count", "level")]
    # near-miss: "ca" alone is also a work shift, no case counted
    assert figures("Nhà máy làm việc ba ca liên tục.") == []


def test_a_date_after_a_named_day_is_no_figure() -> None:
    # "ngày <the day's name> D/M": a festival's or a ceremony's day, a date
    assert figures("Ngày khai mạc 18/2 có 30.000 lượt khách.") == [(30000, "visit", "level")]
    assert figures("Ngày rằm tháng Bảy 5/9 đón 12.000 lượt khách.") == [(12000, "visit", "level")]
    # a week named in a bulletin's capitals is a date too
    assert figures("TUẦN 12/2027") == []
    # near-miss: the numbers after a day that has no name stay counted
    assert [value for value, _, _ in figures("Trong ngày có 12/15 xã hoàn thành.")] == [12, 15]


def test_a_change_in_brackets_after_a_goal_set_is_the_goal() -> None:
    text = "Số người chết giảm 6,2% so với cùng kỳ, vượt mục tiêu đặt ra (giảm 5%)."
    assert figures(text) == [(-6.2, "pct", "yoy_pct"), (5, "pct", "target")]


def test_a_schedule_or_a_range_of_classes_qualifies_its_noun() -> None:
    assert figures("Có 92% số trường tổ chức dạy 2 buổi/ngày.") == [(92, "pct", "share_pct")]
    assert figures("Tỉnh có 9 khách sạn 3-4 sao.") == [(9, "count", "level")]
    # near-miss: sessions counted without a period after them stay counted
    assert figures("Tổ chức 6 buổi tập huấn.") == [(6, "count", "level")]


def test_a_counted_group_of_people_or_visits_then_chiem_is_a_share_households_the_rate() -> None:
    # "N người/lượt/ca ..., chiếm X%": the group counted is a part of all of them (FACTS: share_pct)
    assert figures("Có 57 vận động viên giành huy chương, chiếm 41,3%.")[-1] == (41.3, "pct", "share_pct")
    assert figures("Khách Úc đạt 0,8 triệu lượt, chiếm 12,5%.")[-1] == (12.5, "pct", "share_pct")
    assert figures("Bệnh nhân nhi có 64 ca, chiếm 27%.")[-1] == (27, "pct", "share_pct")
    # near misses: households counted give the poverty rate itself, and so does a ratio of a whole
    assert figures("Thôn Nà Pài còn 36 hộ cận nghèo, chiếm 8,9%.")[-1] == (8.9, "pct", "level")
    assert figures("Có 45/60 thôn có nhà văn hóa, chiếm 75%.")[-1] == (75, "pct", "level")
    # ... and a rate named as the subject after a year stays the rate
    assert figures("Năm 2019, tỷ lệ hộ nghèo chiếm 9,1% dân số.")[-1] == (9.1, "pct", "level")


def test_a_bound_that_classes_what_is_counted_is_no_figure() -> None:
    # "N <group> ... từ M X trở lên": the bound classes the group counted before it in its clause
    assert figures("Huyện có 35 học sinh đạt từ 27 điểm trở lên.") == [(35, "person", "level")]
    assert figures("Có 64 hộ có thu nhập từ 500 triệu đồng trở lên.") == [(64, "household", "level")]
    # ... and so does a boat's length right after the boats, or a hotel's stars
    assert figures("Tàu từ 12 mét trở lên phải mua bảo hiểm.") == []
    assert figures("Công suất phòng khách sạn 4 sao trở lên đạt 58%.") == [(58, "pct", "level")]
    # ... and the full set of a vaccination schedule
    assert figures("Trẻ được tiêm đủ 10 loại vắc xin đạt 92%.") == [(92, "pct", "level")]
    # near misses: a bound said as the clause's own amount is a figure at least that large, after a year too
    assert one("Năm 2027 kết nạp từ 60 đảng viên trở lên.", "60").qualifier == "over"
    assert one("Tỷ lệ che phủ rừng đạt từ 62% trở lên.", "62").qualifier == "over"
    # ... and so is a change of at least the bound, after another figure of its clause
    assert [v for v, _, _ in figures("Doanh thu quý I tăng 6,1% và cả năm tăng từ 9% trở lên.")] == [6.1, 9]


def test_a_range_a_rate_fell_from_is_the_level_it_went_from_not_a_growth() -> None:
    # "giảm từ A-B% xuống còn C%": the range is the earlier level, as "giảm từ A% xuống còn C%" is
    assert figures("Tỷ lệ trẻ suy dinh dưỡng giảm từ 12,5-13% xuống còn 11%.") == [
        (12.5, "pct", "level"), (13, "pct", "level"), (11, "pct", "level")]
    # near miss: a range with no level after it is a range of growth
    assert figures("Sản lượng tăng từ 4,5-6% so với cùng kỳ.") == [(4.5, "pct", "yoy_pct"), (6, "pct", "yoy_pct")]


def test_a_crop_varietys_number_apart_from_its_capitals_ends_its_name() -> None:
    # "giống <Name> N trên M ha": N ends the variety's name; the area after it is the figure
    assert figures("Giống Bắc Thơm 7 cấy trên 8.600 ha.") == [(8600, "ha", "level")]
    assert figures("Giống ngô NK 66 trồng 930 ha.") == [(930, "ha", "level")]
    # near miss: an amount of seed after "giống lúa" is a figure
    assert figures("Hỗ trợ giống lúa 45 tấn.") == [(45, "tonne", "level")]
    # a species named in two words before the variety (data/words/species_of_a_variety.csv)
    assert figures("Giống khoai lang HL 491 trồng 210 ha.") == [(210, "ha", "level")]
    # without "giống", the species right before a code in capitals (a price bulletin's "lúa OM 18 giá ..."); near
    # misses: a plan's abbreviation before an amount, an amount of the species
    said = {"Lúa ST 24 được thương lái mua 8.100 đồng/kg.": [(8100, "VND", "level")],
            "Giá ngô LVN 10 khô 7.200 đồng/kg.": [(7200, "VND", "level")],
            "Diện tích lúa KH 620 ha.": [(620, "ha", "target")],
            "Gieo cấy lúa 1.150 ha.": [(1150, "ha", "level")]}
    assert {text: figures(text) for text in said} == said


def test_the_count_a_prices_measure_holds_in_brackets_is_no_figure() -> None:
    # "đồng/chục (12 trái)": what the measure is, no count
    assert figures("Bưởi da xanh 320.000 đồng/chục (12 quả).") == [(320000, "VND", "level")]
    # near miss: a count in brackets after a count is a part of it
    assert figures("Xuất bán 40 tấn bưởi (12 chuyến).")[1] == (12, "count", "level")


def test_a_multiple_of_another_period_named_bare_is_a_change_on_it() -> None:
    # "gấp N lần tháng trước/đầu năm", no "so với": a multiple of another period than last year's (change_pct)
    assert figures("Lượng khách tuần này gấp 1,5 lần tuần trước.") == [(50, "pct", "change_pct")]
    assert figures("Tiền gửi gấp 1,2 lần đầu năm.") == [(20, "pct", "change_pct")]
    # near miss: a multiple of the same period last year stays a growth on it
    assert figures("Lượng khách gấp 1,5 lần cùng kỳ.") == [(50, "pct", "yoy_pct")]


def test_the_bang_of_a_place_name_is_no_comparison_word() -> None:
    # a capitalised "Bằng" after a capitalised syllable names Cao Bằng; every item of the list is the same level
    text = "Tỷ lệ trường đạt chuẩn quốc gia năm 2026: Lào Cai 71,5%, Cao Bằng 64,2%, Hà Giang 60,8%."
    assert [f[2] for f in figures(text)] == ["level", "level", "level"]
    # the comparison "bằng N%" keeps its reading, after the name too
    assert figures("Thu ngân sách của Cao Bằng bằng 92% dự toán.") == [(92, "pct", "plan_pct")]


def test_rates_in_brackets_ranking_the_top_rise_are_growth() -> None:
    text = "Về xuất khẩu, Bắc Ninh tăng mạnh nhất (18,4%), kế đến Thái Nguyên (12,9%) và Phú Thọ (9,3%)."
    assert figures(text) == [(18.4, "pct", "yoy_pct"), (12.9, "pct", "yoy_pct"), (9.3, "pct", "yoy_pct")]
    # near miss: a rate in brackets after a name with no top rise before it stays a level
    assert figures("Tỷ lệ bao phủ bảo hiểm y tế cao: Phú Thọ (94,1%), Thái Nguyên (95,3%).")[0][2] == "level"


def test_a_part_named_by_the_wholes_noun_then_a_bare_number_counts_the_same() -> None:
    text = "Cấp 3.240 giấy phép lái xe, trong đó giấy phép đổi trực tuyến 2.115, chiếm 65,3%."
    assert figures(text)[:2] == [(3240, "count", "level"), (2115, "count", "level")]
    assert one(text, "2.115").unit_label == "giấy phép"
    # near miss: a part not named by the whole's noun leaves a bare number no count
    assert [f[0] for f in figures("Cấp 3.240 giấy phép lái xe, trong đó hạng B2 2.115, chiếm 65,3%.")] == [3240, 65.3]


def test_a_rate_in_brackets_after_the_words_of_a_growth_rate_is_that_growth() -> None:
    text = "Chỉ số sản xuất công nghiệp tăng 10,4%, vượt mức tăng bình quân của 5 tỉnh miền núi năm 2025 (8,3%)."
    assert one(text, "8,3").metric == "yoy_pct"
    # near miss: a rate in brackets after a rate's name keeps its level
    assert figures("Tỷ lệ đô thị hóa (42,6%) còn thấp.") == [(42.6, "pct", "level")]


def test_the_share_of_a_reservoirs_storage_filled_is_a_share() -> None:
    # a percent of the storage is the share of the reservoir's capacity that holds water (no plan attained); the volume
    # restated after it is the water it holds, a figure
    text = "Hồ Tả Trạch hiện đạt 57% dung tích thiết kế, tương đương 290 triệu m3."
    assert figures(text) == [(57.0, "pct", "share_pct"), (290e6, "m3", "level")]
    # near miss: a fraction of the storage is no two counts
    assert figures("Hồ Truồi đạt chừng 3/4 dung tích thiết kế.") == []


def test_a_same_period_base_that_names_its_whole_at_length_before_the_verb_is_the_change_base() -> None:
    # a merged province compares itself with the sum of the two it was made of, the same period a year before
    text = ("Đàn lợn đạt 1,1 triệu con, so với cùng kỳ tổng đàn lợn của hai tỉnh Lào Cai và Yên Bái năm 2024 "
            "giảm 34.000 con.")
    assert (one(text, "34.000").metric, one(text, "34.000").value) == ("yoy_abs", -34000)
    # near miss: another base said at length keeps the amount a bare change, no year-on-year one
    text = "Đàn trâu đạt 82.000 con, so với thời điểm ngày 01/01 của hai tỉnh cộng lại giảm 1.500 con."
    assert one(text, "1.500").metric != "yoy_abs"


def test_a_change_on_the_earlier_term_of_the_school_year_is_on_another_base() -> None:
    # the term before, of the same school year: no amount changed on the same period, a level named by its base
    assert figures("Số trẻ suy dinh dưỡng còn 41 em, giảm 9 em so với học kỳ I.") == [
        (41.0, "person", "level"), (-9.0, "person", "level")]
    assert one("Tỷ lệ học sinh đi học đều đạt 96,4%, tăng 0,7% so với HK trước.", "0,7").metric == "change_pct"
    # near miss: the same term of the school year before is the same period
    assert one("Số trẻ suy dinh dưỡng còn 41 em, giảm 9 em so với học kỳ I năm học trước.", "9").metric == "yoy_abs"


@pytest.mark.parametrize("text", [
    "Xấp xỉ 45% số thôn có đường bê tông đến trung tâm.",
    "Chưa tới 20% số hợp tác xã có sản phẩm OCOP.",
    "Trên 90% trường học có bếp ăn bán trú.",
])
def test_a_share_of_units_opened_by_a_hedge_or_a_bound_is_a_share(text: str) -> None:
    assert [f.metric for f in find_figures(text)] == ["share_pct"]


def test_a_rate_named_before_its_hedge_stays_a_level() -> None:
    # near miss: the rate's own name opens the clause, the percent after it is its level
    assert figures("Tỷ lệ thôn có đường bê tông xấp xỉ 45%.") == [(45.0, "pct", "level")]


@pytest.mark.parametrize("text, token, label", [
    ("Toàn huyện có 14 nhà trẻ tư thục.", "14", "nhà trẻ"),
    ("Đã xây dựng 3 nhà thi đấu cấp xã.", "3", "nhà thi đấu"),
    ("Có 120 nhà vệ sinh được xây mới tại các trường.", "120", "nhà vệ sinh"),
])
def test_a_building_named_with_nha_is_counted_whole(text: str, token: str, label: str) -> None:
    fig = one(text, token)
    assert (fig.unit, fig.unit_label) == ("count", label)


def test_one_said_in_a_word_after_the_verb_that_counts_it() -> None:
    # "một" right after what befell or happened, before the people or cases it counts, is the number one
    assert figures("Vụ sạt lở đất làm chết hai người, mất tích một người.") == [
        (2, "person", "level"), (1, "person", "level")]
    assert figures("Tuần qua phát hiện một vụ khai thác cát trái phép.") == [(1, "case", "level")]
    # near misses: "một" as "a" before other nouns, or not right after such a verb, stays no figure
    assert figures("Xảy ra một số vụ trộm cắp tài sản.") == []
    assert figures("Ông A là một người có uy tín trong thôn.") == []


def test_a_growth_rate_whose_subject_names_its_period_and_says_la_is_the_growth() -> None:
    # the period's digits in the subject, and "là" before the rate, leave it the growth
    assert figures("Tốc độ tăng trưởng kinh tế 9 tháng năm 2026 của thành phố là 8,03%.") == [
        (8.03, "pct", "yoy_pct")]
    assert figures("Tăng trưởng GRDP quý III/2027 ước tính là 6,4%.") == [(6.4, "pct", "yoy_pct")]
    # an aside of words in brackets inside the subject ("(số ước)", "(GRDP)")
    assert figures("Theo số liệu ước tính, tăng trưởng kinh tế (GRDP) năm 2026 của huyện là 7,1%.") == [
        (7.1, "pct", "yoy_pct")]
    # a rate that is no growth keeps its level; so does a number other than a period in the subject
    assert figures("Tỷ lệ lao động qua đào tạo quý II/2027 là 71,5%.") == [(71.5, "pct", "level")]


def test_an_average_over_a_running_period_is_against_last_years_same_period() -> None:
    # the month's change names the month before; the average after ";" is told against the same period last year
    text = "Giá thịt lợn hơi tháng 8 giảm 1,4% so với tháng trước; bình quân 8 tháng tăng 6,7%."
    assert figures(text) == [(-1.4, "pct", "change_pct"), (6.7, "pct", "yoy_pct")]
    text = "Chỉ số giá nhóm giáo dục tăng 0,9% so với tháng trước; bình quân cả năm tăng 4,05%."
    assert figures(text)[1] == (4.05, "pct", "yoy_pct")
    # an average naming its own base keeps it
    text = "Giá gạo tăng 2% so với tháng trước; bình quân 5 tháng tăng 3% so với tháng 12 năm trước."
    assert figures(text)[1] == (3.0, "pct", "change_pct")


def test_a_bare_change_after_a_clause_on_another_base_past_a_semicolon_shares_it() -> None:
    text = ("Tính đến cuối tháng 6, tổng tiền gửi đạt 96.300 tỷ đồng, tăng 4,1% so với đầu năm; "
            "tổng dư nợ đạt 120.450 tỷ đồng, tăng 5,7%.")
    assert figures(text)[-1] == (5.7, "pct", "change_pct")
    # a base of its own stays
    text = ("Tổng tiền gửi đạt 96.300 tỷ đồng, tăng 4,1% so với đầu năm; "
            "tổng dư nợ đạt 120.450 tỷ đồng, tăng 15,2% so với cùng kỳ.")
    assert figures(text)[-1] == (15.2, "pct", "yoy_pct")
    # a running period opening the next clause is told against last year's
    text = ("Doanh thu tháng 5 đạt 1.200 tỷ đồng, tăng 2,3% so với tháng trước; "
            "5 tháng đạt 5.800 tỷ đồng, tăng 11,4%.")
    assert figures(text)[-1] == (11.4, "pct", "yoy_pct")


def test_one_opening_a_sentence_of_no_harm_is_an_article() -> None:
    assert figures("Một hộ nông dân ở thôn Nà Ri thu lãi 200 triệu đồng từ cây quế.") == [(200e6, "VND", "level")]
    # a count of one is told of harm
    assert figures("Một hộ ở bản Khe Nọi bị lũ cuốn trôi nhà.") == [(1.0, "household", "level")]
    # not opening its sentence, a count
    assert (1.0, "household", "level") in figures("Trận lốc làm tốc mái một hộ và 3 phòng học.")


def test_a_year_before_the_word_province_is_no_amount_in_billions() -> None:
    # "tỉnh" is no "tỉ" (billion): the year of the quarter stays a date
    assert figures("Theo Sở Công Thương, quý II/2026 tỉnh Hà Nam xuất khẩu 1,2 tỷ USD.") == [(1.2e9, "USD", "level")]
    assert figures("Doanh thu cả năm đạt 2025 tỉ đồng.") == [(2025e9, "VND", "level")]


def test_the_number_of_a_local_tax_office_is_its_name() -> None:
    assert figures("Thuế cơ sở 7 tỉnh Nghệ An đã thu 640 tỷ đồng.") == [(640e9, "VND", "level")]


def test_last_years_rate_in_brackets_after_higher_than_the_same_period_is_of_the_rate_compared() -> None:
    # "đạt 61% dự toán, thấp hơn cùng kỳ (66,4%)": last year's share of its plan (was a level)
    text = "Thu nội địa được 2.100 tỷ đồng, đạt 61% dự toán, thấp hơn cùng kỳ năm trước (66,4%)."
    assert figures(text)[-1] == (66.4, "pct", "plan_pct")
    assert figures("Doanh thu dịch vụ tăng 9,8%, cao hơn cùng kỳ (7,2%).")[-1] == (7.2, "pct", "yoy_pct")
    assert figures("Nông nghiệp chiếm 21%, thấp hơn cùng kỳ (23,5%).")[-1] == (23.5, "pct", "share_pct")
    # near-miss: a rate's level compared stays a level
    assert figures("Tỷ lệ thất nghiệp còn 2,2%, thấp hơn cùng kỳ (2,6%).")[-1] == (2.6, "pct", "level")


def test_a_bare_rate_in_brackets_after_an_amount_paid_out_is_the_share_of_its_plan() -> None:
    # "giải ngân 64 tỷ đồng (38,2%)": as "giải ngân đạt 38,2%" (was a level)
    text = "Vốn kế hoạch 167 tỷ đồng, giải ngân 64 tỷ đồng (38,2%)."
    assert figures(text) == [(167e9, "VND", "target"), (64e9, "VND", "level"), (38.2, "pct", "plan_pct")]
    # near-miss: a change said in the brackets stays a change
    assert figures("Giải ngân 64 tỷ đồng (tăng 12%).")[-1] == (12, "pct", "yoy_pct")


def test_a_list_items_closing_mark_opens_no_bracket_before_a_figure() -> None:
    # "c) Việc làm: ... kế hoạch năm (12.000 lao động)": the plan's amount in brackets, as without the item's mark
    # (the mark's ")" was counted as closing the bracket, which then read as none: a level)
    text = "c) Việc làm: tạo việc làm cho 9.300 lao động, đạt 77,5% kế hoạch năm (12.000 lao động)."
    assert figures(text)[-1] == (12000, "person", "target")
    assert figures("Tạo việc làm cho 9.300 lao động, đạt 77,5% kế hoạch năm (12.000 lao động).")[-1] == (
        12000,
        "person",
        "target",
    )


def test_the_words_of_a_figure_typed_without_marks_read_as_with_them() -> None:
    # "730 ty dong, tang 6,1% so voi cung ky" in a marked sentence: money and its growth (were a count and a level);
    # the marks are given back once, in the layout's clean text every reader (and find_figures) reads
    def figures_of_the_clean_text(text: str) -> list[tuple[float, str, str]]:
        return figures(build_layout(text).clean)

    assert figures_of_the_clean_text("Thu nội địa đạt 730 ty dong, tang 6,1% so voi cung ky.") == [
        (730e9, "VND", "level"),
        (6.1, "pct", "yoy_pct"),
    ]
    assert figures_of_the_clean_text("Sản lượng cá đạt 14 nghin tan.") == [(14000, "tonne", "level")]
    assert figures_of_the_clean_text("Chi thường xuyên đạt 64% du toan.") == [(64, "pct", "plan_pct")]
    # near-miss: a company's name word is no scale word
    assert figures_of_the_clean_text("Công ty có 80 lao động.") == [(80, "person", "level")]


def test_a_percent_opening_a_part_after_trong_do_is_its_share_of_the_whole() -> None:
    # "trong đó 60% cho giao thông, 30% cho thủy lợi": each part's share of the money said before (were levels)
    text = "Quỹ phát triển đất được phân bổ 300 tỷ đồng, trong đó 60% cho giao thông, 30% cho thủy lợi và 10% cho y tế."
    assert [m for _, _, m in figures(text)] == ["level", "share_pct", "share_pct", "share_pct"]
    assert figures("Đoàn có 80 vận động viên, trong đó 35% là nữ.")[1] == (35, "pct", "share_pct")
    # near-misses: the poor among households are the poverty rate; a percent with no part named after it stays as read
    assert figures("Xã có 900 hộ, trong đó 14% là hộ nghèo.")[1] == (14, "pct", "level")
    assert figures("Huyện hỗ trợ 50% cho các hộ trồng mới.") == [(50, "pct", "level")]


def test_a_bare_rate_in_brackets_after_a_parts_amount_is_its_share() -> None:
    text = ("Tổng vốn FDI đăng ký đạt 640 triệu USD, trong đó Nhật Bản 210 triệu USD (32,8%), "
            "Hàn Quốc 150 triệu USD (23,4%).")
    assert [m for _, _, m in figures(text)] == ["level", "level", "share_pct", "level", "share_pct"]
    text = "Toàn tỉnh gieo trồng 52.000 ha ngô, đến nay đã thu hoạch 31.800 ha (61,2%)."
    assert figures(text)[-1] == (61.2, "pct", "share_pct")
    # no whole said before the amount: the bracket is not read as a share
    assert figures("Thu ngân sách đạt 5.200 tỷ đồng (62%).")[-1] != (62.0, "pct", "share_pct")
    # a change's amount restated in per cent is no share
    assert figures("Diện tích lúa gieo cấy 41.000 ha, giảm 1.600 ha (3,8%).")[-1] != (3.8, "pct", "share_pct")
    # where the whole is told against its plan, each part's bracket is its own plan's share, no share of the whole
    text = ("Vốn đầu tư công giải ngân 9.120 tỷ đồng, đạt 58% kế hoạch; trong đó vốn tỉnh 6.300 tỷ đồng (61,4%), "
            "vốn trung ương 2.820 tỷ đồng (52,2%).")
    assert (61.4, "pct", "plan_pct") in figures(text) and (52.2, "pct", "plan_pct") in figures(text)


def test_what_a_counted_department_or_block_serves_is_no_part_of_its_noun() -> None:
    found = find_figures("Trung tâm y tế huyện có 9 khoa lâm sàng, 3 khoa cận lâm sàng và 2 block chung cư công vụ.")
    assert [f.unit_label for f in found] == ["khoa", "khoa", "block"]


def test_a_rate_named_by_its_size_after_an_amounts_change_on_another_base_shares_the_base() -> None:
    text = "Tổng dư nợ đạt 21.300 tỷ đồng, tăng 1.150 tỷ đồng so với cuối năm 2025, tốc độ tăng 5,7%."
    assert figures(text)[-1] == (5.7, "pct", "change_pct")


def test_the_countrys_rate_of_growth_in_brackets_is_no_figure_of_the_province() -> None:
    text = "Tổng mức bán lẻ tăng 11,3%, cao hơn mức tăng chung của cả nước (9,4%)."
    assert figures(text) == [(11.3, "pct", "yoy_pct")]
    text = "Kim ngạch xuất khẩu tăng 6,5%, thấp hơn tốc độ tăng trưởng của toàn quốc (13,1%)."
    assert figures(text) == [(6.5, "pct", "yoy_pct")]


def test_a_pair_of_bare_changes_after_a_semicolon_mirrors_the_pair_on_two_bases_before_it() -> None:
    text = ("Giá gạo tẻ thường tăng 1,6% so với tháng trước và tăng 7,9% so với cùng kỳ; "
            "giá thịt bò giảm 0,4% và tăng 3,3%.")
    assert [m for _, _, m in figures(text)] == ["change_pct", "yoy_pct", "change_pct", "yoy_pct"]
    # the pair said the other way round
    text = ("Giá gạo tăng 7,9% so với cùng kỳ, tăng 1,6% so với tháng trước; giá thịt bò tăng 3,3% và giảm 0,4%.")
    assert [m for _, _, m in figures(text)] == ["yoy_pct", "change_pct", "yoy_pct", "change_pct"]


def test_one_before_a_scale_word_opening_a_sentence_stays_a_number() -> None:
    assert figures("Một nghìn lao động được đào tạo nghề.") == [(1000.0, "person", "level")]
    assert figures("Một tỷ đồng được trích cho quỹ khuyến học.") == [(1e9, "VND", "level")]


def test_a_bound_named_as_a_limit_is_no_figure() -> None:
    assert figures("Tỷ lệ nợ xấu là 1,4%, nằm trong giới hạn cho phép dưới 3%.") == [(1.4, "pct", "level")]
    # a bound with no limit named stays the figure, a bound
    assert figures("Tỷ lệ nợ xấu được kiểm soát dưới 3%.") == [(3.0, "pct", "level")]


def test_a_bare_rate_after_an_item_of_a_list_of_rated_items_is_no_share() -> None:
    text = "Các khoản thu khá: phí bảo vệ môi trường 3,1 tỷ đồng (62%); thuế tài nguyên 2,4 tỷ đồng (48%)."
    assert (48.0, "pct", "share_pct") not in figures(text)
    # over a hundred per cent is no share
    text = "Toàn tỉnh gieo trồng 5.200 ha, đã thu hoạch 5.460 ha (105%)."
    assert (105.0, "pct", "share_pct") not in figures(text)


def test_a_growth_rate_named_on_another_base_is_a_change_on_it() -> None:
    # "tăng trưởng" names a growth; the base it is told against decides the metric
    assert figures("Tăng trưởng huy động vốn đạt 3,2% so với đầu năm.") == [(3.2, "pct", "change_pct")]
    assert figures("Tốc độ tăng trưởng dư nợ là 5,4% so với cuối năm 2026.") == [(5.4, "pct", "change_pct")]
    assert figures("- Tăng trưởng cho vay: 2,8% so với tháng trước.") == [(2.8, "pct", "change_pct")]
    # near-miss: on the same period, or with no base, the growth stays year on year
    assert figures("Tăng trưởng huy động vốn đạt 3,2% so với cùng kỳ.") == [(3.2, "pct", "yoy_pct")]
    assert figures("- Tăng trưởng cho vay: 2,8%.") == [(2.8, "pct", "yoy_pct")]


def test_the_pupils_enrolled_after_si_so_are_counted() -> None:
    # "sĩ số" is a class's enrolment: the number after it counts the pupils, it numbers nothing
    assert [(f.token, f.unit) for f in find_figures("Các lớp giữ vững sĩ số 1.180 học sinh.")] == [("1.180", "person")]
    # near-miss: "số" alone before a number still names (a house, a storm)
    assert find_figures("Trụ sở đặt tại số 14 đường Trần Phú.") == []


def test_a_number_after_so_in_a_capitalised_heading_names_its_thing() -> None:
    # a heading in capitals names a storm, a work or a plot by "SỐ N" as the lower case does
    assert find_figures("TỔNG HỢP THIỆT HẠI DO BÃO SỐ 9 GÂY RA") == []
    assert find_figures("TIẾN ĐỘ CẦU CẢNG SỐ 4") == []
    # near-miss: a total in capitals counts
    assert [f.token for f in find_figures("TỔNG SỐ 2.400 HỘ ĐƯỢC HỖ TRỢ")] == ["2.400"]


def test_a_weight_class_with_its_bound_is_no_amount() -> None:
    # "loại trên 30 kg" says which fish are priced; only the price is a figure
    assert [f.token for f in find_figures("Giá cá thu loại trên 5 kg đạt 210.000 đồng/kg.")] == ["210.000"]
    assert [f.token for f in find_figures("Hỗ trợ bê cỡ dưới 150 kg mức 3 triệu đồng/con.")] == ["3"]
    # near-miss: every kind's amount after "các loại" stays an amount
    assert [(f.token, f.unit) for f in find_figures("Đã cấp giống cây các loại trên 40 tấn.")] == [("40", "tonne")]


def test_a_base_day_written_with_dots_or_dashes_is_another_base() -> None:
    # "so với 30-9-2026", "so với 30.9.2026" name a day as "so với 30/9/2026" does: a change on that day's stock
    for day in ("30-9-2026", "30.9.2026", "30/9/2026"):
        text = f"Tổng dư nợ tăng 2,6% so với {day}."
        assert figures(text) == [(2.6, "pct", "change_pct")], text
    # near-miss: the same period stays year on year
    assert figures("Tổng dư nợ tăng 2,6% so với cùng kỳ.") == [(2.6, "pct", "yoy_pct")]


def test_a_petrols_octane_grade_is_no_figure() -> None:
    # "RON 95" names which petrol is priced; the price and its move are the figures
    assert [f.token for f in find_figures("Giá xăng RON 95 bán lẻ ở mức 23.100 đồng/lít.")] == ["23.100"]
    assert figures("Giá xăng E5 RON 92 giảm 410 đồng/lít so với cùng kỳ.") == [(-410, "VND", "yoy_abs")]
    # near-miss: a number after another capital word still counts
    assert [f.token for f in find_figures("Có 95 cửa hàng xăng dầu.")] == ["95"]


def test_the_times_a_price_was_adjusted_are_counted_no_multiple() -> None:
    # "điều chỉnh tăng 3 lần": three upward adjustments, no tripling
    assert figures("Giá gas được điều chỉnh tăng 3 lần trong quý.") == [(3, "times", "level")]
    assert figures("Giá dầu điều chỉnh giảm 6 lần và tăng 2 lần.") == [(6, "times", "level"), (2, "times", "level")]
    # near-miss: a rise said in times against a base stays its multiple
    assert figures("Sản lượng tăng 3 lần so với cùng kỳ.") == [(200, "pct", "yoy_pct")]


def test_equal_to_last_years_outturn_is_growth_minus_100() -> None:
    # "so với thực hiện năm trước": last year's outturn, the same period a year before
    assert figures("Thu nội địa bằng 92,5% so với thực hiện năm 2025.")[-1] == (-7.5, "pct", "yoy_pct")
    assert figures("Chi thường xuyên bằng 110% so với ước thực hiện năm trước.")[-1] == (10, "pct", "yoy_pct")
    # near-miss: the plan stays the plan
    assert figures("Thu nội địa bằng 92,5% so với dự toán.")[-1] == (92.5, "pct", "plan_pct")


def test_a_rate_of_the_output_or_area_is_a_share_no_plan() -> None:
    # "đạt 85% sản lượng": the share of the crop sold, no plan attained
    assert figures("Đã bán 1.200 tấn xoài, đạt 85% sản lượng.")[-1] == (85, "pct", "share_pct")
    # "gieo cấy hơn 70% diện tích": the share of the area sown, no level
    assert figures("Bà con đã gieo cấy hơn 70% diện tích vụ mùa.") == [(70, "pct", "share_pct")]
    # near-miss: the planned output is the plan
    assert figures("Đã bán 1.200 tấn xoài, đạt 85% sản lượng kế hoạch.")[-1] == (85, "pct", "plan_pct")


def test_a_decimal_comma_inside_the_subjects_name_keeps_a_bare_fall() -> None:
    # "dầu diesel 0,05S": a grade named by digits run into letters, no level nor clause break
    assert figures("Giá dầu diesel 0,05S giảm 310 đồng/lít so với cùng kỳ.") == [(-310, "VND", "yoy_abs")]
    # near-miss: a level named before the fall keeps the fall a level's change only with a base
    assert figures("Giá dầu 20.500 đồng/lít, giảm 310 đồng/lít.")[0] == (20500, "VND", "level")


def test_rounds_of_price_adjustment_are_counted_no_change() -> None:
    # "điều chỉnh giảm 3 đợt": three rounds of cuts, a count
    assert figures("Giá xăng điều chỉnh giảm 3 đợt và tăng 1 đợt.") == [(3, "count", "level"), (1, "count", "level")]
    # near-miss: rounds fewer than last year stay a change
    assert figures("Tổ chức 4 đợt kiểm tra, giảm 2 đợt so với cùng kỳ.")[-1] == (-2, "count", "yoy_abs")



def test_a_part_out_of_a_whole_in_words_with_tren_counts_the_part() -> None:
    # "sáu trên tám xã": six of the eight communes, no "over eight" (the eight all of them, a figure of its own)
    found = find_figures("Đã có sáu trên tám xã hoàn thành.")
    assert [(f.value, f.qualifier) for f in found] == [(6, "exact"), (8, "exact")]
    # near-miss: "trên" alone before a count is still "over"
    assert [(f.value, f.qualifier) for f in find_figures("Đã có trên tám xã hoàn thành.")] == [(8, "over")]


def test_an_arrow_right_before_a_figure_is_its_rise_or_fall() -> None:
    # an infographic's arrow ("↑ 7,4%", "▼ 2,1%") says the change a verb would (was a level of 7.4%, its sign lost)
    assert figures("Doanh thu lữ hành ↑ 7,4%") == [(7.4, "pct", "yoy_pct")]
    assert figures("Lượng khách lưu trú 640 nghìn lượt (▼ 2,1%).") == [
        (640000, "visit", "level"),
        (-2.1, "pct", "yoy_pct"),
    ]
    assert figures("Số dự án cấp mới ↓ 4 dự án so với cùng kỳ.") == [(-4, "count", "yoy_abs")]
    # near-miss: with no arrow the rate stays a level
    assert figures("Doanh thu lữ hành 7,4%") == [(7.4, "pct", "level")]


def test_a_deed_said_done_after_a_semicolon_is_no_part_of_the_estimate_before_it() -> None:
    # "ước đạt ...; các hộ đã đăng ký 140 con giống": the clause after the ";" tells what was done (was an estimate)
    found = find_figures("Tổng đàn gia cầm ước đạt 1,2 triệu con; các hộ đã đăng ký 140 mô hình chăn nuôi.")
    assert [f.qualifier for f in found] == ["estimate", "exact"]
    found = find_figures("Diện tích ngô ước đạt 3.000 ha; đã thu hoạch 800 ha.")
    assert [f.qualifier for f in found] == ["estimate", "exact"]
    # near-misses: a bare change after the ";" and a part after "trong đó" go on the estimate
    assert [f.qualifier for f in find_figures("Doanh thu ước đạt 900 tỷ đồng; tăng 6%.")] == ["estimate"] * 2
    found = find_figures("Vốn ước giải ngân 300 tỷ đồng; trong đó đã giải ngân 100 tỷ đồng vốn tỉnh.")
    assert [f.qualifier for f in found] == ["estimate"] * 2


def test_a_parts_bare_rate_that_is_no_share_of_the_whole_is_its_change() -> None:
    # "đạt 800 tỷ đồng, tăng 9%; trong đó A 300 tỷ đồng (11%)": 300 of 800 is 37.5%, so the bracket is no share but
    # the part's change on the whole's base (was a share of 11%)
    text = "Doanh thu dịch vụ đạt 800 tỷ đồng, tăng 9% so với cùng kỳ; trong đó vận tải 300 tỷ đồng (11%)."
    assert figures(text)[-1] == (11, "pct", "yoy_pct")
    text = "Tiền gửi đạt 9.000 tỷ đồng, tăng 4% so với đầu năm; trong đó tiền gửi dân cư 6.000 tỷ đồng (3,5%)."
    assert figures(text)[-1] == (3.5, "pct", "change_pct")
    # near-misses: a rate that is the part's share (rounded) stays a share, and so does one after a whole with no change
    text = "Doanh thu dịch vụ đạt 800 tỷ đồng, tăng 9% so với cùng kỳ; trong đó vận tải 300 tỷ đồng (37,5%)."
    assert figures(text)[-1] == (37.5, "pct", "share_pct")
    assert figures("Tổng đàn đạt 40.000 con, trong đó đàn bò 9.000 con (11%).")[-1] == (11, "pct", "share_pct")


def test_a_parts_bare_rate_after_a_whole_told_as_a_percent_of_last_year_is_its_own_such_percent() -> None:
    # "bằng 108% cùng kỳ; trong đó A 300 tỷ đồng (112%)": each part's bracket is its own amount as a percent of last
    # year's, as its whole's is (was a level of 112%)
    text = "Thu dịch vụ đạt 800 tỷ đồng, bằng 108% cùng kỳ; trong đó vận tải 300 tỷ đồng (112%), kho 90 tỷ đồng (97%)."
    assert figures(text)[-3:] == [(12, "pct", "yoy_pct"), (90e9, "VND", "level"), (-3, "pct", "yoy_pct")]
    # near-miss: with no such whole, a bracket above 100% is no share of it
    assert figures("Thu dịch vụ đạt 800 tỷ đồng; trong đó vận tải 300 tỷ đồng (112%).")[-1][2] != "share_pct"


def test_rates_of_places_listed_after_a_lead_of_growth_are_growth_rates() -> None:
    # "tăng mạnh nhất là A (x%), B (y%)", "mức tăng trưởng thấp gồm: A (x%), B (y%)": every place's rate is read with
    # the lead, as the first one is (the later ones were levels, and the first too after "là")
    text = "Doanh thu du lịch tăng mạnh nhất là Lâm Đồng (21,5%), Khánh Hòa (17%) và Phú Yên (9,4%)."
    assert [metric for _, _, metric in figures(text)] == ["yoy_pct"] * 3
    text = "Các tỉnh có mức tăng trưởng kinh tế khá gồm: Hà Nam 9,3%; Nam Định 8,1%."
    assert [metric for _, _, metric in figures(text)] == ["yoy_pct"] * 2
    assert figures("Lượng khách giảm nhiều nhất là Sa Pa (7%), Mộc Châu (4%).")[-1] == (-4, "pct", "yoy_pct")
    # near-miss: a lead of no growth leaves the places' rates levels
    text = "Tỷ lệ che phủ rừng cao nhất là Lạng Sơn (63%), Cao Bằng (55%)."
    assert [metric for _, _, metric in figures(text)] == ["level"] * 2


def test_a_gap_to_another_place_said_first_is_no_level() -> None:
    # "So với huyện A, B thấp hơn N": the gap between two places, its base set off before the clause (was a level)
    assert figures("So với huyện Văn Chấn, sản lượng chè của huyện thấp hơn khoảng 1.200 tấn.") == []
    assert figures("So với Lào Cai, số khách quốc tế ít hơn 30 nghìn lượt.") == []
    # near-miss: a period fronted as the base makes the gap a change on last year
    assert figures("So với cùng kỳ, sản lượng chè thấp hơn 1.200 tấn.") == [(-1200, "tonne", "yoy_abs")]


def test_a_comparative_of_size_with_a_base_is_a_change() -> None:
    # "xa hơn N km so với cùng kỳ", "nông hơn cùng kỳ N m": deeper, farther, longer, shorter or shallower than the same
    # period, by that much (data/words/comparatives.csv; was a level of N, "over")
    assert figures("Nước mặn lấn vào xa hơn 4 km so với cùng kỳ.") == [(4, "km", "yoy_abs")]
    assert figures("Quãng đường vận chuyển ngắn hơn cùng kỳ 12 km.") == [(-12, "km", "yoy_abs")]
    # near-miss: with no base, "hơn" is the qualifier of the size itself
    assert [(f.value, f.metric, f.qualifier) for f in find_figures("Đoạn kè dài hơn 2 km.")] == [(2, "level", "over")]


def test_a_part_in_words_of_five_or_past_ten_out_of_a_whole_in_words_is_counted() -> None:
    # "Năm trên tám phường": "năm" before a part's whole is five, no year (was dropped); "mười hai trên hai mươi xã":
    # parts and wholes past ten, said in several words, read as "12/20 xã" is (was the whole alone, as a level)
    found = find_figures("Năm trên tám phường đã lắp camera giám sát.")
    assert [(f.value, f.unit_label, f.role) for f in found] == [(5, "phường", "value"), (8, "phường", "denominator")]
    found = find_figures("Mười hai trên hai mươi xã có nhà văn hóa.")
    assert [(f.value, f.unit_label, f.role) for f in found] == [(12, "xã", "value"), (20, "xã", "denominator")]
    found = find_figures("Có ba trên mười một huyện đạt chuẩn.")
    assert [(f.value, f.role) for f in found] == [(3, "value"), (11, "denominator")]
    # near-misses: "năm" before "trên" and a span of years is no count; a whole after "trong số" counts nothing
    assert figures("Năm trên hai năm qua, xã chưa có chợ.") == []
    assert figures("Mười hai trong số hai mươi hộ được hỗ trợ.") == [(12, "household", "level")]


def test_the_countrys_figure_in_brackets_right_after_it_is_not_the_provinces() -> None:
    # "cao hơn bình quân vùng (x%) và cả nước (y%)": the country named before its bracket, no level of the province's
    # (the province's own figure is held apart until a row of the country can be placed with no province)
    text = "Tổng mức bán lẻ tăng 11,2%, cao hơn bình quân khu vực (9,1%) và cả nước (8,8%)."
    assert figures(text) == [(11.2, "pct", "yoy_pct")]
    # near-miss: a figure after the country's name with no bracket is read as before
    assert figures("Tổng mức bán lẻ chiếm 2,1% cả nước.") == [(2.1, "pct", "share_pct")]


def test_a_steering_committee_named_by_its_acts_number_is_no_figure() -> None:
    # "Ban Chỉ đạo 389 tỉnh", "BCĐ 138": the committee is named by the number of the act that set it up (was a count)
    assert figures("Ban Chỉ đạo 389 tỉnh Lạng Sơn cho biết đã bắt giữ 57 vụ vận chuyển hàng lậu.") == [
        (57.0, "case", "level")
    ]
    assert figures("BCĐ 138 huyện đã mở 9 đợt tuyên truyền.") == [(9.0, "count", "level")]
    # near miss: a committee that counts what it did with no number in its name
    assert figures("Ban Chỉ đạo đã kiểm tra 15 xã.") == [(15.0, "count", "level")]


def test_the_base_of_a_rate_written_in_its_name_after_a_slash_is_no_figure() -> None:
    # "Số bác sĩ/1 vạn dân đạt 12,5 bác sĩ": the base in the rate's name counts nothing (was 10.000 persons)
    assert [f.value for f in find_figures("Số giường bệnh/1 vạn dân (không tính trạm y tế) đạt 35 giường.")] == [35.0]
    assert [f.value for f in find_figures("Số dược sĩ / 10.000 dân đạt 3,1 dược sĩ.")] == [3.1]
    # near miss: a count out of a planned number of persons stays a ratio of two counts
    assert [f.value for f in find_figures("Đã khám sàng lọc 850/1.000 người.")] == [850.0, 1000.0]


def test_the_one_an_average_is_taken_per_before_its_verb_is_no_figure() -> None:
    # "Bình quân số tiêu chí đạt trên 1 xã là 17,8 tiêu chí": one commune, the average's base (was a count of 1)
    assert figures("Bình quân số tiêu chí đạt trên 1 xã là 16,4 tiêu chí.") == [(16.4, "count", "level")]
    assert [f.value for f in find_figures("Số lao động trên 1 hộ là khoảng 2,3 người.")] == [2.3]
    # near miss: more than one unit, no average after it, stays a count
    assert [f.value for f in find_figures("Có trên 1 xã bị ngập sâu.")] == [1.0]


def test_a_pollutants_multiple_of_its_technical_limit_is_no_figure() -> None:
    # "xả nước thải vượt quy chuẩn kỹ thuật từ 3 đến dưới 5 lần": how far a violation went, it qualifies the violation
    text = "Công ty bị phạt 320 triệu đồng do xả khí thải vượt quy chuẩn kỹ thuật từ 2 đến dưới 3 lần."
    assert figures(text) == [(320e6, "VND", "level")]
    assert figures("Nồng độ bụi tại nút giao vượt QCVN 05:2023/BTNMT 1,6 lần.") == []
    # near miss: a plan exceeded stays its share
    assert figures("Thu ngân sách vượt 12% kế hoạch.") == [(112.0, "pct", "plan_pct")]


def test_the_units_a_comparisons_base_was_the_sum_of_are_no_figure() -> None:
    # "giảm 42 sở so với tổng số sở của 3 tỉnh": the count names the base (was a count of 3)
    assert figures("Khối cơ quan chuyên môn còn 13 sở (giảm 39 sở so với tổng số sở của 3 tỉnh).") == [
        (13.0, "count", "level"),
        (-39.0, "count", "yoy_abs"),
    ]
    # near miss: a count after the base's clause ends is a figure of its own
    assert figures("Tăng 5% so với cùng kỳ, 3 xã đạt chuẩn.")[-1] == (3.0, "count", "level")


def test_things_counted_by_the_quoted_name_of_their_kind_are_counted() -> None:
    # "hỗ trợ xây dựng 35 "Mái ấm Công đoàn"": the quoted name right after the number is what it counts (was missed)
    found = find_figures('Liên đoàn Lao động đã bàn giao 28 "Mái ấm Công đoàn", mỗi căn 60 triệu đồng.')
    assert [(f.value, f.unit, f.unit_label) for f in found] == [
        (28.0, "count", "Mái ấm Công đoàn"),
        (60e6, "VND", None),
    ]
    found = find_figures("Huyện trao 45 “Nhà đại đoàn kết” cho hộ nghèo.")
    assert [f.unit_label for f in found] == ["Nhà đại đoàn kết"]
    # near miss: a quoted motto in lower case after a number names no kind counted
    assert figures('Thực hiện tốt phương châm 4 "tại chỗ" trong phòng chống thiên tai.') == []


def test_an_average_score_said_bare_after_its_name_is_in_points() -> None:
    # "điểm trung bình 7,12,": the average score's number closes its segment with no unit word (was missed)
    text = "Kỳ thi năm nay có tỷ lệ đỗ 98,9%, điểm trung bình 6,87, cao nhất khu vực."
    assert figures(text) == [(98.9, "pct", "level"), (6.87, "point", "level")]
    assert figures("Điểm bình quân các môn thi của huyện năm 2026 là 6,4.") == [(6.4, "point", "level")]
    # near miss: points named after the number stay points; spots counted are no score
    assert figures("Điểm trung bình môn Ngữ văn đạt 7,1 điểm.") == [(7.1, "point", "level")]
    assert figures("Huyện có 12 điểm trung chuyển rác.")[0][1] != "point"


def test_the_grade_candidates_reached_in_a_subject_is_no_figure() -> None:
    # "48 thí sinh đạt điểm 10 môn Toán": the grade qualifies the candidates counted (was a count of 10 subjects)
    assert figures("Có 37 thí sinh đạt điểm 10 môn Địa lý.") == [(37.0, "person", "level")]
    assert figures("Có 4 em đạt điểm tuyệt đối 10 môn Tiếng Anh.") == [(4.0, "person", "level")]
    # near miss: subjects counted with no score before them stay a count
    assert figures("Thí sinh dự thi 4 môn.") == [(4.0, "count", "level")]


def test_the_whole_of_a_task_said_with_what_still_needs_doing_is_a_target() -> None:
    # "thu hồi 287 ha trong tổng số 312 ha cần thu hồi": the amount set to be done, as the b of "256/300 hộ" is (was a
    # level)
    assert figures("Huyện đã giải phóng 61 ha trong tổng số 75 ha cần giải phóng.") == [
        (61.0, "ha", "level"),
        (75.0, "ha", "target"),
    ]
    assert figures("Đã chi trả cho 930 hộ trong số 1.020 hộ phải di dời.")[-1] == (1020.0, "household", "target")
    # near miss: a whole with nothing left to do named is a level
    assert figures("Đã thu hồi 61 ha trong tổng số 75 ha đất của dự án.")[-1] == (75.0, "ha", "level")


def test_cases_dealt_with_out_of_those_on_hand_have_no_target() -> None:
    # settled, cleared up: the b is every case or petition on hand, not an amount set to be done
    for text in ("Thanh tra tỉnh giải quyết được 52/60 vụ việc.", "Tòa án đã giải quyết được 97/104 đơn.",
                 "Công an điều tra làm rõ được 31/36 vụ."):
        assert [f.metric for f in find_figures(text)] == ["level", "level"], text
    # near miss: a deed done so far out of the amount set stays a target
    assert [f.metric for f in find_figures("Đã thu hoạch được 1.250/1.900 ha lúa.")] == ["level", "target"]


def test_an_amounts_change_on_a_stocks_base_is_a_level() -> None:
    # "tăng 1.020 tỷ đồng so với đầu năm", "so với 31/12/2024", "so với cuối năm 2025": the change of a stock on the
    # year's start, the last year's end or a day is filed as a level, signed by its verb (it gave no row)
    assert figures("Vốn huy động đạt 31.400 tỷ đồng, tăng 1.150 tỷ đồng so với đầu năm.") == [
        (31400e9, "VND", "level"), (1150e9, "VND", "level")]
    assert figures("Nợ đọng bảo hiểm còn 64 tỷ đồng, giảm 7,5 tỷ đồng so với 31/12/2025.") == [
        (64e9, "VND", "level"), (-7.5e9, "VND", "level")]
    assert figures("Dư nợ cho vay hộ nghèo tăng 96 tỷ đồng so với cuối năm 2025.") == [(96e9, "VND", "level")]
    assert figures("Dư nợ đạt 12.000 tỷ đồng, cao hơn thời điểm cuối năm trước 480 tỷ đồng.")[1] == (
        480e9, "VND", "level")
    # the month or the week before too (they gave no row); the same period stays yoy_abs
    assert figures("Dư nợ cho vay hộ nghèo tăng 96 tỷ đồng so với tháng trước.") == [(96e9, "VND", "level")]
    assert figures("Giá lợn hơi giảm 2.000 đồng/kg so với tuần trước.") == [(-2000, "VND", "level")]
    assert figures("Dư nợ cho vay hộ nghèo tăng 96 tỷ đồng so với cùng kỳ.") == [(96e9, "VND", "yoy_abs")]


def test_a_rate_of_a_whole_named_after_it_is_a_share_whatever_base_the_next_change_names() -> None:
    # "bằng 3,1% số phải thu, giảm 0,9 điểm phần trăm so với cùng kỳ": the whole after the rate makes it a share; the
    # base belongs to the next change (was yoy_pct −96,9)
    assert figures("Số nợ còn 51 tỷ đồng, bằng 2,4% tổng số phải thu, giảm 0,3 điểm phần trăm so với cùng kỳ.") == [
        (51e9, "VND", "level"), (2.4, "pct", "share_pct"), (-0.3, "pct", "yoy_abs")]
    # near miss: a bare "bằng" in a chain ending on the same period is X% of last year's
    assert figures("Số nợ còn 51 tỷ đồng, bằng 92,4%, giảm 3 tỷ đồng so với cùng kỳ.")[1] == (-7.6, "pct", "yoy_pct")


def test_a_target_in_brackets_named_by_the_body_that_set_it_before_a_colon() -> None:
    # "(chỉ tiêu Nghị quyết HĐND tỉnh: 93%)": the plan's rate, however long the name before the colon (was a level)
    text = "Tỷ lệ tham gia bảo hiểm y tế đạt 94,8% (chỉ tiêu Nghị quyết Đại hội Đảng bộ: 95%)."
    assert figures(text) == [(94.8, "pct", "level"), (95.0, "pct", "target")]
    # near miss: a bracket with no plan word before its colon stays a level
    assert figures("Tỷ lệ tham gia bảo hiểm y tế đạt 94,8% (khu vực nông thôn: 91%).")[1][2] != "target"


def test_a_tasks_tally_for_the_months_so_far_is_read_against_the_plan() -> None:
    # "Đưa người lao động đi làm việc ở nước ngoài: 6 tháng 1.236/2.500 người, đạt 49,4%": the b is the plan, the
    # rate its share attained (were a level and a share)
    text = "- Đào tạo nghề: 9 tháng 6.120/8.000 người, đạt 76,5%."
    assert figures(text) == [(6120, "person", "level"), (8000, "person", "target"), (76.5, "pct", "plan_pct")]
    assert one("Tuyển sinh đào tạo nghề 6 tháng: 2.310/5.000 người, đạt 46,2%.", "5.000").metric == "target"
    # near miss: a ratio of units with no months before it counts a whole
    assert figures("- Xây dựng nông thôn mới: 45/60 xã, đạt 75%.")[1] == (60, "count", "level")


def test_the_number_of_an_office_of_a_region_is_its_name() -> None:
    # "Ngân hàng Nhà nước Chi nhánh Khu vực 7", "Kho bạc Nhà nước khu vực 12", "Thuế cơ sở 3": the office's name, no
    # count (the 7 was a count at a heading)
    assert figures("Ngân hàng Nhà nước Chi nhánh Khu vực 9 sơ kết quý III") == []
    assert figures("Chi cục Hải quan khu vực 6 thu 420 tỷ đồng.") == [(420e9, "VND", "level")]
    assert figures("Thuế cơ sở 5 tỉnh Hà Tĩnh thu 96 tỷ đồng.") == [(96e9, "VND", "level")]
    # near miss: the offices counted stay a count
    assert figures("Kho bạc Nhà nước có 14 phòng giao dịch.") == [(14, "count", "level")]


def test_a_day_of_the_lunar_calendar_is_a_date() -> None:
    # "(từ 22 đến 27 tháng 4 âm lịch)": a festival's lunar days, the month's number no count (the 4 was a count)
    assert figures("Lễ hội Đền Hùng (từ 8 đến 11 tháng 3 âm lịch) đón 7 triệu lượt khách.") == [(7e6, "visit", "level")]
    assert figures("Hội Lim diễn ra ngày 13 tháng 1 (âm lịch) với 25 đội quan họ.") == [(25, "count", "level")]
    # near miss: a count after a month's number with no calendar named stays one
    assert figures("Trong tháng 3 có 27 đoàn khách.") == [(27, "count", "level")]


def test_a_rate_of_hospitals_or_health_stations_is_their_share() -> None:
    # "95% bệnh viện", "90% trạm y tế": the share of those facilities, as "100% trường học" is of the schools (was a
    # level beside the schools' share)
    assert figures("Có 1,1 triệu tài khoản, 92% bệnh viện và 100% trường học đã thu phí điện tử.")[1:] == [
        (92.0, "pct", "share_pct"), (100.0, "pct", "share_pct")]
    assert figures("Có 87% trạm y tế xã có bác sĩ.") == [(87.0, "pct", "share_pct")]
    # near miss: a rate named first stays its level
    assert figures("Tỷ lệ bệnh viện thu phí điện tử đạt 92%.") == [(92.0, "pct", "level")]


def test_a_counted_group_whose_name_runs_on_takes_a_share() -> None:
    # "5.610 người có việc làm mới hoặc tiếp tục làm nghề cũ với năng suất cao hơn, chiếm 82%": the people counted,
    # their name run on past eight words, take a share of those trained (was a level)
    text = ("Sau học nghề có 3.120 người tìm được việc làm mới hoặc tự tạo việc làm tại địa phương với thu nhập "
            "ổn định, chiếm 76%.")
    assert figures(text)[1] == (76.0, "pct", "share_pct")
    # near miss: households counted give the rate itself, however long their name
    text = "Toàn huyện còn 241 hộ nghèo theo chuẩn nghèo đa chiều giai đoạn mới, chiếm 1,96%."
    assert figures(text)[1] == (1.96, "pct", "level")


def test_a_range_of_multiples_gives_both_ends() -> None:
    # "tăng 1,2 – 1,5 lần": both ends are the change, as "tăng 7-8%" is read (the low end was lost in the label and
    # the high end a level of times)
    assert figures("Thu nhập của hộ sau khi vay vốn tăng 1,3 – 1,8 lần.") == [
        (30.0, "pct", "yoy_pct"), (80.0, "pct", "yoy_pct")]
    # near miss: a single multiple stays one change
    assert figures("Thu nhập của hộ sau khi vay vốn tăng 1,8 lần.") == [(80.0, "pct", "yoy_pct")]


def test_a_hamlets_number_before_the_harm_it_suffered_is_its_name() -> None:
    # "tại bản Huổi Lụ 2 làm 2 người chết": the hamlet's number, then what befell it (the 2 was a count)
    assert figures("Lũ ống tại bản Nậm Cang 3\nlàm 1 người chết.") == [(1, "person", "level")]
    # near miss: a count of the hamlet's houses stays a count
    assert figures("Bản Nậm Cang có 3 nhà bị sập.") == [(3, "house", "level")]


def test_a_change_or_a_gap_filed_as_a_level_is_named_by_its_base_or_its_plan() -> None:
    """No metric fits an amount's change on a stock's base or a rate's gap to its plan: each is a level signed by its
    verb, named by its own words (Figure.change_named) so that it is told from the subject's level."""
    def named(text: str) -> list[tuple[float, str | None]]:
        return [(f.value, f.change_named) for f in find_figures(text)]

    assert named("Dư nợ đạt 500 tỷ đồng, tăng 40 tỷ đồng so với đầu năm.") == [
        (500e9, None), (40e9, "mức tăng so với đầu năm")]
    assert named("Nợ xấu 90 tỷ đồng, giảm 7 tỷ đồng so với cuối năm 2026.")[1] == (
        -7e9, "mức giảm so với cuối năm 2026")
    # the base said first, a day of a year
    assert named("Vốn huy động đạt 800 tỷ đồng; so với 31/12/2026 tăng 25 tỷ đồng.")[1] == (
        25e9, "mức tăng so với 31/12/2026")
    assert named("Tỷ lệ hộ nghèo 3,2%, thấp hơn 0,5 điểm % so với kế hoạch.")[1] == (-0.5, "mức thấp hơn kế hoạch")
    assert named("Tỷ lệ che phủ rừng đạt 51%, vượt 0,2 điểm phần trăm chỉ tiêu.")[1] == (0.2, "mức vượt chỉ tiêu")
    # a change on the month before the same, named by it; a change on the same period is a metric of its own
    assert named("Dư nợ đạt 500 tỷ đồng, tăng 40 tỷ đồng so với tháng trước.") == [
        (500e9, None), (40e9, "mức tăng so với tháng trước")]
    assert named("Dư nợ đạt 500 tỷ đồng, tăng 40 tỷ đồng so với cùng kỳ.")[1] == (40e9, None)


def test_an_amounts_change_on_the_week_the_day_or_a_month_before_is_a_level_named_by_that_base() -> None:
    """FACTS has no metric for an absolute change on a base other than the same period: it is filed as the gold files a
    stock's change (ex055), a level signed by its verb and named by its base, never a bare level nor dropped."""

    def named(text: str) -> list[tuple[float, str | None]]:
        return [(f.value, f.change_named) for f in find_figures(text)]

    assert named("Tuần này có 210 ca sởi, giảm 35 ca so với tuần trước.")[1] == (-35, "mức giảm so với tuần trước")
    # a price's move on the day before (no rolling bulletin's), both ends of a range
    assert named("Giá sầu riêng giảm 2.000 - 3.000 đồng/kg so với hôm qua.") == [
        (-2000, "mức giảm so với hôm qua"), (-3000, "mức giảm so với hôm qua")]
    # a comparative's range on a month named by its number, no bound in its "hơn"
    found = find_figures("Giá cá tra 27.500 đồng/kg, cao hơn 400 - 600 đồng so với tháng 9.")
    assert [(f.value, f.qualifier, f.change_named) for f in found][1:] == [
        (400, "exact", "mức tăng so với tháng 9"), (600, "exact", "mức tăng so với tháng 9")]
    # the base said before its verb, shared by the change joined to it, each signed by its own verb
    assert named("Tháng này xảy ra 9 vụ đuối nước; so với tháng trước giảm 2 vụ, tăng 1 người chết.")[1:] == [
        (-2, "mức giảm so với tháng trước"), (1, "mức tăng so với tháng trước")]
    # near misses: a change on the same point of last year's season is yoy_abs; the gap to another flood no figure;
    # a bulletin's count grown since the day before no figure
    assert figures("Giá mủ cao su 16.000 đồng/kg, thấp hơn 1.500 đồng/kg so với đầu vụ năm ngoái.")[1] == (
        -1500, "VND", "yoy_abs")
    assert figures("So với trận lũ năm 2022, thiệt hại lần này cao hơn khoảng 80 tỷ đồng.") == []
    assert figures("Số người chết tăng 3 người so với hôm qua.") == []


def test_a_rates_move_in_points_on_the_month_before_is_a_level_named_by_it() -> None:
    # as on the same period the points are an absolute change of the rate (yoy_abs), not a percent of it: on another
    # base, a level named by it (it was change_pct 1,6)
    fig = one("Tỷ lệ giải quyết hồ sơ đúng hạn đạt 96%, cao hơn 1,6 điểm phần trăm so với tháng trước.", "1,6")
    assert (fig.metric, fig.value, fig.unit, fig.change_named) == ("level", 1.6, "pct", "mức tăng so với tháng trước")
    # near miss: on the same period it stays yoy_abs
    assert one("Tỷ lệ hồ sơ đúng hạn đạt 96%, cao hơn 1,6 điểm phần trăm so với cùng kỳ.", "1,6").metric == "yoy_abs"


def test_salt_in_water_and_what_a_reservoir_holds_are_figures() -> None:
    """A salinity or irrigation bulletin's headline numbers: the salt a station measured, in grams per litre or per
    mille (no contract unit: a count labelled by its sign), and the water a reservoir holds."""
    assert [(f.value, f.unit, f.unit_label) for f in find_figures("Độ mặn tại cống Rạch Chanh đo được 6,2 g/l.")] == [
        (6.2, "count", "g/l")]
    assert [f.value for f in find_figures("Sông Hàm Luông mặn từ 3 – 5 g/lít.")] == [3, 5]
    assert figures("Hồ Kẻ Gỗ hiện tích được khoảng 210 triệu m3 nước.") == [(210e6, "m3", "level")]
    assert figures("Dung tích hồ Thác Bà đạt 2,1 tỷ m3, bằng 72% dung tích thiết kế.") == [
        (2.1e9, "m3", "level"), (72, "pct", "share_pct")]
    # near misses: the threshold that names a salt front before its reach, and a river's flow, are no figures
    assert figures("Ranh mặn 4‰ lấn sâu 48 km vào sông Cổ Chiên.") == [(48, "km", "level")]
    assert figures("Lưu lượng về hồ Hòa Bình khoảng 1.800 m3/s.") == []


def test_a_bare_change_after_the_period_befores_level_in_brackets_is_on_that_period() -> None:
    # "642 ca (tháng trước 718 ca), giảm 10,6%": the bracket names the base of the change after it (was yoy_pct)
    text = "Tháng này ghi nhận 85 ca thủy đậu (tháng trước 100 ca), giảm 15%."
    assert figures(text)[-1] == (-15, "pct", "change_pct")
    # the average of the weeks before is another base too
    assert figures("Số ca cúm tăng 12% so với trung bình 3 tuần trước.") == [(12, "pct", "change_pct")]
    # near miss: a year before in brackets keeps the change on the same period
    assert figures("Năm nay có 85 ca (năm trước 100 ca), giảm 15%.")[-1] == (-15, "pct", "yoy_pct")


def test_a_count_after_its_label_and_a_colon_is_kept_before_its_change_in_brackets() -> None:
    # "số ca mắc cộng dồn: 1.234 (tăng 12% so với cùng kỳ)": the count the label names (it was dropped)
    assert figures("Số ca mắc tay chân miệng cộng dồn: 2.310 (giảm 8% so với cùng kỳ).") == [
        (2310, "count", "level"), (-8, "pct", "yoy_pct")]
    # near miss: a bracket that says no change leaves a bare number a code
    assert figures("Mã hồ sơ: 4521 (bản lưu).") == []


def test_a_rates_gap_on_its_plan_said_in_percent_is_points_named_as_the_gap() -> None:
    # "đạt 96,5%, vượt 1,5% so với chỉ tiêu": the points the rate passed its plan by, filed as "vượt 1,5 điểm phần
    # trăm chỉ tiêu" is, a level named "mức vượt chỉ tiêu" (it gave no row; no 101,5% of the plan)
    fig = one("Tỷ lệ hộ dùng nước sạch đạt 92,4%, vượt 2,4% so với chỉ tiêu.", "2,4")
    assert (fig.metric, fig.value, fig.change_named) == ("level", 2.4, "mức vượt chỉ tiêu")
    # near misses: an amount's excess stays the share of its plan; a schedule's gap alone stays no figure
    assert figures("Sản lượng chè búp đạt 3.150 tấn, vượt 5% so với kế hoạch.")[1] == (105, "pct", "plan_pct")
    assert figures("Gói thầu số 3 chậm 9% so với tiến độ.") == []


def test_patients_referred_on_are_counted() -> None:
    # "chuyển tuyến 87 ca": the patients sent to a higher level, no route numbered 87
    assert figures("Bệnh viện huyện chuyển tuyến 64 ca trong quý.") == [(64, "count", "level")]
    # near miss: a route's number is no count
    assert figures("Xe buýt tuyến 09 tăng chuyến.") == []


def test_a_deed_done_after_an_aims_sentence_is_the_level_reached() -> None:
    # "... đặt mục tiêu tiêm 120.000 liều. Đến ngày 30/11, đã tiêm được 87.640 liều": done, no target (it was one)
    text = "Huyện đặt mục tiêu trồng 400 ha rừng. Đến nay đã trồng được 310 ha."
    assert [f.metric for f in find_figures(text)] == ["target", "level"]
    # near miss: an aim said with "đã" in its own sentence stays a target
    assert figures("Phấn đấu năm 2028 đã có 95% xã đạt chuẩn.") == [(95, "pct", "target")]


def test_the_subjects_an_average_score_is_taken_over_qualify_it() -> None:
    # "điểm trung bình 3 môn ... đạt 7,12": the score is the figure, the subjects no count (the 3 stole its place)
    assert figures("Điểm trung bình 4 môn thi của thị xã đạt 6,85.") == [(6.85, "point", "level")]


def test_a_bound_in_brackets_defining_the_class_counted_is_no_figure() -> None:
    # "Số bài thi bị điểm liệt (từ 1,0 điểm trở xuống) là 37 bài": the bound defines the class, the 37 is the figure
    assert figures("Số thí sinh bị điểm liệt (từ 1,0 điểm trở xuống) là 12 em.") == [(12, "person", "level")]


def test_the_units_an_aimed_amount_is_spread_over_are_counted_as_they_stand() -> None:
    # "giao chỉ tiêu tuyển sinh ... là 21.560 học sinh tại 62 trường": the schools are there, a level (was a target)
    text = "Tỉnh giao chỉ tiêu tuyển sinh lớp 10 là 9.800 học sinh tại 27 trường."
    assert [f.metric for f in find_figures(text)] == ["target", "level"]
    # near miss: an aim's own count of units stays a target
    assert figures("Phấn đấu năm 2027 có thêm 14 trường đạt chuẩn.") == [(14, "count", "target")]


def test_a_priced_animals_weight_class_and_a_rices_variety_code_are_no_figures() -> None:
    # "cá tra cỡ 0,8 - 1 kg/con giá 28.500 đồng/kg", "gạo nguyên liệu IR 504 ở mức 8.600 đồng/kg": what is priced
    priced = {"Cá rô phi cỡ 0,5 - 0,7 kg/con giá 32.000 đồng/kg.": 32000,
              "Gạo nguyên liệu OM 380 ở mức 9.100 đồng/kg.": 9100}
    for text, price in priced.items():
        assert figures(text) == [(price, "VND", "level")], text


def test_cooperatives_and_workshops_counted_in_words() -> None:
    # "Hai hợp tác xã đã ký ...", "tổ chức Ba hội thảo": numbers written as words count (FACTS), capitalised or not
    assert figures("Hai hợp tác xã đã nhận hỗ trợ.") == [(2, "cooperative", "level")]
    assert figures("Trạm khuyến nông tổ chức Ba hội thảo.") == [(3, "count", "level")]
    # near misses: a place named with a number word, a hamlet's number
    assert figures("Lũ tại xã Ba Nang cuốn trôi 2 nhà.") == [(2, "house", "level")]
    assert figures("Tại thôn Hai xã Đông Sơn có 5 hộ bị ngập.") == [(5, "household", "level")]


def test_a_rate_on_another_way_of_farming_is_a_change_on_that_base() -> None:
    # "lợi nhuận tăng 25 - 30% so với canh tác truyền thống": no change on last year (it was yoy_pct)
    assert figures("Năng suất tăng 18% so với cách làm truyền thống.") == [(18, "pct", "change_pct")]
    # a total score after the words "tổng điểm" is a score, as an average is
    assert figures("Em đạt tổng điểm 28,75.") == [(28.75, "point", "level")]
    # near miss: a period's base stays the same period's change
    assert figures("Năng suất tăng 18% so với vụ này năm trước.") == [(18, "pct", "yoy_pct")]
