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
