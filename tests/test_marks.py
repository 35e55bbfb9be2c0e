"""The one ranking of a report's outline marks (``marks``), read by the plans' years and the projects' sections."""

from __future__ import annotations

from orchestration.extraction.marks import heading_depth, outline_mark_kind, outline_rank


def test_outline_marks_rank_from_a_part_down_to_a_small_letter_and_an_unmarked_heading_lowest() -> None:
    headings = ["PHẦN THỨ NHẤT", "B. NHIỆM VỤ NĂM 2027", "IV. TÀI CHÍNH", "3. Giáo dục", "3.2. Y tế",
                "3.2.1. Bệnh viện", "c) Dân số", "Kết quả cụ thể"]
    depths = [heading_depth(h) for h in headings]
    assert depths == sorted(depths) and len(set(depths)) == len(depths)
    # a number without its last dot after a sub-number is still one ("3.2 Y tế"); a count opening a line is none
    assert heading_depth("3.2 Y tế") == heading_depth("3.2. Y tế")
    assert outline_mark_kind("12 dự án đã khởi công") is None and outline_rank(None) is None


def test_marks_of_one_numbering_are_one_kind_and_other_closings_another() -> None:
    assert outline_mark_kind("2. Dự án hồ Cà Giây") == outline_mark_kind("  7. Cầu Bến Thủy")
    assert outline_mark_kind("2) Dự án") != outline_mark_kind("2. Dự án") != outline_mark_kind("2.1. Dự án")
    assert outline_mark_kind("V. Đầu tư") == outline_mark_kind("II. Đầu tư")  # (a single Roman letter: a numeral)


def test_a_districts_slashed_and_dashed_marks_rank_as_their_dotted_kin() -> None:
    # "II-" a Roman numeral, "1/" a number, "a/" a small letter: each above the next, and no longer the lowest
    headings = ["II- KINH TẾ", "1/ Nông nghiệp", "a/ Chăn nuôi", "Kết quả"]
    depths = [heading_depth(h) for h in headings]
    assert depths == sorted(depths) and len(set(depths)) == len(depths)
    assert heading_depth("III – XÃ HỘI") == heading_depth("III. XÃ HỘI")
    assert heading_depth("2/ Lâm nghiệp") == heading_depth("2. Lâm nghiệp")
    assert heading_depth("b/ Thủy sản") == heading_depth("b) Thủy sản")
    # one kind per closing: a list numbered "1/" is not the same list as one numbered "1."
    assert outline_mark_kind("3/ Du lịch") == outline_mark_kind("1/ Nông nghiệp") != outline_mark_kind("1. Nông")
    assert outline_mark_kind("IV - Y TẾ") == outline_mark_kind("II- KINH TẾ")
    assert outline_mark_kind("1/2 số hộ") is None
