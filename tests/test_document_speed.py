"""The document's scans tried only where a match can start find what the plain scans find."""

import random

from orchestration.extraction import document
from tests.conftest import SHARED, needs_shared

_PIECES = ["Tại", "tại", "Ở", "ở", "Còn", "Còn tại", "Còn  ở", "Riêng tại", "Trong khi đó, tại", "Trong khi đó tại",
           "Trong", "Long An", "tỉnh", "thành phố", "TP.", "TP", "Bến Tre", " ", " ", "\n", ",", ".", "xTại", "(Tại"]


def _spans(matches: list) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_place_openers_are_the_scans_matches_in_random_texts() -> None:
    rng = random.Random(8)
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(_PIECES) + rng.choice(" \n") for _ in range(rng.randrange(0, 12)))
        expected = _spans(list(document._PLACE_OPENER.finditer(text)))
        assert _spans(document._place_openers(text)) == expected, repr(text)
        found += len(expected)
    assert found > 2000


@needs_shared("samples")
def test_place_openers_are_the_scans_matches_in_the_sample_reports() -> None:
    for path in sorted((SHARED / "samples").rglob("*.txt")):
        plain = document._plain(path.read_text(encoding="utf-8-sig"))
        assert _spans(document._place_openers(plain)) == _spans(list(document._PLACE_OPENER.finditer(plain)))
