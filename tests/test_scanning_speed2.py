"""FirstCharAlternation chooses the alternatives tried at an opening through its first three characters' tests: the
same choice as the tests of its first character, its first two and all its characters alone."""

from __future__ import annotations

import random

from orchestration.extraction.figures import _NOT_FIGURE_AT
from orchestration.extraction.scanning import FirstCharAlternation

_PIECES = ["ngày", "Ngày", "tháng", "THÁNG", "năm", "số", "Số", "/", "-", ".", ",", " ", "\n", "2024", "12", "1", "0",
           "QĐ", "NQ", "ND", "thứ", "tầng", "lần", "Kỳ", "kỳ", "a", "x", "(", "%", "ha", "k", "ı", "ſ", "İ"]


def _plain_choice(alternation: FirstCharAlternation, opening: str) -> list[str]:
    # (the tests as written: the first character, the first two, all six)
    return [alternative for i, alternative in enumerate(alternation._alternatives)
            if alternation._can_open(i, opening[0])
            and ((pair := alternation._pairs[i]) is None or pair.match(opening[:2]) is not None)
            and ((test := alternation._openings[i]) is None or test.match(opening) is not None)]


def test_the_alternatives_chosen_at_an_opening_are_those_its_tests_choose() -> None:
    rng = random.Random(11)
    fresh = FirstCharAlternation(_NOT_FIGURE_AT._prefix, _NOT_FIGURE_AT._alternatives)
    for _ in range(4000):
        opening = "".join(rng.choice(_PIECES) for _ in range(4))[: rng.randint(1, 6)]
        chosen = fresh._for_opening(opening)
        plain = _plain_choice(fresh, opening)
        assert (chosen.pattern if chosen is not None else None) == (
            fresh._compile(plain).pattern if plain else None), opening
