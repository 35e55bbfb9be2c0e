"""find_figures' per-number word tests read the paragraph in place, with the answers of the slices they replace."""

from __future__ import annotations

import random

from orchestration.extraction.figures import find_figures

# letters whose lowering is odd (the final sigma, the dotless and dotted i, the long s, the Kelvin sign) beside
# the words the tests look for
_PIECES = ["so với", "So Với", "SO VỚI", "từ", "Từ", "TỪ", "Σ", "σ", "ς", "ı", "ſ", "K", "o với", "ΣΟ", " ", ".",
           "(", ")", "US", "$", "gấp", "thứ", "dân", "trở", "5", "12,5", "a"]


def test_a_word_in_the_lowered_paragraph_stands_where_it_stands_in_the_lowered_slice() -> None:
    # (find_figures looks for "so với" and "từ" in paragraph.lower()[i:j] when the lowered paragraph is as long as
    # the paragraph, instead of in paragraph[i:j].lower())
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14)))
        lowered = text.lower()
        if len(lowered) != len(text):
            continue
        for _ in range(4):
            i, j = rng.randint(-3, len(text) + 2), rng.randint(-3, len(text) + 2)
            for word in ("so với", "từ"):
                assert (lowered.find(word, i, j) >= 0) == (word in text[i:j].lower()), (text, i, j, word)


def test_find_with_bounds_is_a_slice_test() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14)))
        i, j = rng.randint(-3, len(text) + 2), rng.randint(-3, len(text) + 2)
        for word in ("gấp", "thứ", "dân", "trở", "o với", "so với"):
            assert (text.find(word, i, j) >= 0) == (word in text[i:j])


def test_figures_the_same_whether_the_paragraph_lowers_in_place_or_not() -> None:
    # ("İ" lowers to two characters: the paragraph's words are then looked for in its lowered slices)
    texts = [
        "So với bản tin ngày 15/4, diện tích lúa bị ảnh hưởng tăng 310 ha. Giá trị đạt 300 tỷ đồng",
        "So với cùng kỳ, doanh thu tăng 12,5 tỷ đồng (tăng 5%). Giá trị đạt 300 tỷ đồng",
        "SO VỚI năm trước, dư nợ tăng 15 tỷ đồng; so với tháng trước tăng 3 hộ",
        "Năng suất lúa tăng TỪ 92 lên 105 tạ/ha, giảm 3% so với kế hoạch",
        "Số hộ nghèo giảm từ 1.200 xuống còn 850 hộ",
    ]
    for text in texts:
        in_place = find_figures(text + " Xong.")
        assert in_place
        assert find_figures(text + " İong.") == in_place
