"""The pre-tests of pipeline's per-figure scans are necessary conditions of their patterns."""

import random

from orchestration.extraction import pipeline

_NOISE = ["tư", "tu", "Tu", "(", ",", "-", "9", "đạt", "từ", "năm"]
_PHRASE = [["", "Kể", "kể"], ["Từ", "từ", "TỪ", "tu", "Tu", "tư"], ["đầu", "ĐẦU"], ["năm", "NĂM"], ["", "2024"],
           ["đến", "tới", "ĐẾN", "TỚI"], ["nay", "hiện nay", "NAY"]]


def test_a_year_so_far_holds_the_letter_of_tu() -> None:
    rng = random.Random(11)
    found = 0
    for _ in range(5000):
        noise = [rng.choice(_NOISE) for _ in range(rng.randrange(0, 4))]
        phrase = [rng.choice(choices) for choices in _PHRASE]
        text = rng.choice([" ", "  ", "\n"]).join(word for word in noise + phrase if word)
        if pipeline._FROM_YEAR_START.search(text):
            found += 1
            assert "ừ" in text or "Ừ" in text, text
    assert found > 500
