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
