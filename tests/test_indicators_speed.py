"""Faster forms of indicator scans hold to the patterns they stand for, on random texts."""

import random

from orchestration.extraction import indicators

_WORDS = ["dự ước tính", "dự ước thực hiện", "ước tính", "ước thực hiện", "gồm", "gấp", "gần", "hơn", "trên",
          "dưới", "với", "còn", "giảm", "bằng", "chiếm", "thực hiện", "hiện có", "hiện nay", "cả tỉnh", "cho",
          "tại", "của", "thu", "vào", "đã", "x(có", "Có", "CÒN", "dự ước đạt",
          "ước đạt", "ước", "đạt được", "đạt", "là", "có", "được", "khoảng", "xấp xỉ", "tăng",
          "toàn tỉnh", "trong đó", "và", "ra", "tổng số", "đến nay", "DỰ ƯỚC", "Ước Tính", "KHOẢNG", "ĐẠT",
          "sản lượng", "lúa", "(", ")", "9", "12,5%", ",", ";", ".", "tương ứng", "TƯƠNG ỨNG", "Lần lượt",
          "lần  lượt", "tương\nứng", "lượt", "ứng", "tỉnh", "x"]
_SPACES = [" ", " ", "", "  ", "\n", "\t", "\u00a0"]


def _random_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_WORDS) + rng.choice(_SPACES) for _ in range(rng.randrange(0, 12)))
            for _ in range(count)]


def test_respectively_anywhere_as_the_pattern_would() -> None:
    found = 0
    for text in [*_random_texts(5, 5000), "Tương ứng", "tƯƠNG ứng", "LẦN LƯỢT"]:
        expected = indicators._RESPECTIVELY.search(text) is not None
        assert (indicators._RESPECTIVELY_ANYWHERE.search(text) is not None) == expected, repr(text)
        found += expected
    assert found > 500
