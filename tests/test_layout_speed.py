"""The layout's pre-tested scans hold to the patterns they stand for."""

import random

from orchestration.extraction import layout

_PIECES = ["26/02/2021", "19-08-2025", "14:20", "09h25", " - ", "-", "/", "Thứ hai, ", "Chủ nhật", "(GMT+7)",
           "GMT+7", " | Kinh tế", "Cập nhật ngày: ", "Ngày đăng : ", "Đăng lúc ", "13:39, ", "07/01/2012", "AM",
           " PM", "1", "12", "2024", " ", "  ", "\t", "Tin tức", "đạt 4,5%", ",", ":"]


def test_a_stamp_line_is_what_the_pattern_matches() -> None:
    rng = random.Random(3)
    stamps = 0
    for _ in range(20000):
        line = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 8)))
        expected = layout._STAMP_LINE.match(line) is not None
        assert layout._a_stamp_line(line) == expected, repr(line)
        stamps += expected
    assert stamps > 200


_UNIT_PIECES = ["ĐVT", "đvt", "Đơn vị tính", "ĐƠN VỊ TÍNH", "Đơn  vị tính", "Đơn vị\ttính", "vị tính", "(", ")", ":",
                " : ", "tỷ đồng", "Tỷ đồng", " ", "  ", "\t", "Tổng thu", ".", ";", "%", "ha", "Bảng 2", "\n"]


def test_a_unit_line_is_what_the_words_and_the_pattern_say() -> None:
    # the pattern tried first, the lowered words only on its match: the answer of the words first
    rng = random.Random(5)
    units = 0
    for _ in range(20000):
        line = "".join(rng.choice(_UNIT_PIECES) for _ in range(rng.randrange(0, 7)))
        low = line.lower()
        expected = ("đvt" in low or "vị tính" in low) and layout._UNIT_LINE.fullmatch(line) is not None
        assert layout._a_unit_line(line) == expected, repr(line)
        units += expected
    assert units > 200


def test_a_stamp_line_ending_in_any_character() -> None:
    # the last-character pre-test against lines that end in every character a stamp may end with, and others
    rng = random.Random(7)
    ends = ["5", "٣", "M", ")", "AM", "PM", "(GMT+7)", "GMT-10", "| x", "|", " \t", "\n", "x", ".", "m", "A", "]"]
    stamps = 0
    for _ in range(20000):
        line = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 6))) + rng.choice(ends)
        expected = layout._STAMP_LINE.match(line) is not None
        assert layout._a_stamp_line(line) == expected, repr(line)
        stamps += expected
    assert stamps > 100
