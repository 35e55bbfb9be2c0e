"""The pre-test of ``numbers.qualifier_before`` never turns away a qualifier its patterns find."""

import random

from orchestration.extraction import numbers

_PIECES = ["khoảng", "KHOẢNG", "gần", "xấp xỉ", "chừng", "trên dưới", "thấp hơn", "ít hơn", "kém hơn", "nhỏ hơn",
           "hơn", "Hơn", "trên", "ngoài", "Ngoài", "nước ngoài", "ít nhất", "tối thiểu", ">", "≥", ">=", "vượt trên",
           "hơn mức", "trên mức", "dưới", "<", "≤", "<=", "chưa đến", "chưa tới", "dưới mức", "đạt", "tăng", "là",
           "ước tính", "x", "9", ",", "(", "tính", "mức", "đến", "tới", "nhất", "thiểu", "ĐẠT", "DƯỚI MỨC"]
_SPACES = [" ", "", "  ", "\n", "\t", "\u00a0"]


def _plain(before: str) -> str | None:
    tail = before[-20:]
    for pattern, qualifier in numbers._QUALIFIER_BEFORE:
        if pattern.search(tail):
            return qualifier
    return None


def test_qualifier_before_as_its_patterns() -> None:
    rng = random.Random(13)
    found = 0
    for _ in range(20000):
        before = "".join(rng.choice(_PIECES) + rng.choice(_SPACES) for _ in range(rng.randrange(0, 6)))
        expected = _plain(before)
        assert numbers.qualifier_before(before) == expected, repr(before)
        found += expected is not None
    assert found > 5000
