"""Faster forms of the layout's whole-report scans hold to the patterns they stand for."""

import random
import re

from orchestration.extraction import normalise

_PIECES = ["o", "O", "u", "U", "q", "Q", "qu", "Qu", "hoá", "Hoá", "khoẻ", "thuỷ", "Uỷ", "quý", "QUÝ", "qoá",
           "xoà", "oạ", "OẠ", "uỵ", "UỴ", "uý", "oé", "oẹ", "Oè", "uy", "oa", "hóa", "thủy", "ỳ", "à", "è",
           "a", "e", "y", "_", "1", "đ", " ", " ", "\n", ".", ",", "(", "toà"]


def _random_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 16))) for _ in range(count)]


def _found(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(1)) for m in rx.finditer(text)]


def test_old_tone_placement_opens_with_its_vowel_and_finds_what_the_pattern_finds() -> None:
    as_written = re.compile(normalise.OLD_TONE_PLACEMENT_AS_WRITTEN)
    found = 0
    for text in _random_texts(11, 20000):
        expected = _found(as_written, text)
        assert _found(normalise._OLD_TONE_PLACEMENT, text) == expected, repr(text)
        found += len(expected)
    assert found > 2000


def test_the_tone_pair_pre_test_holds_every_modern_syllable() -> None:
    # a phrase where _MODERN_TONE_PAIR finds nothing has no _MODERN_SYLLABLE match (the pre-test of spelled_as_in)
    pieces = [*_PIECES, "hóa", "Hòa", "khỏe", "thủy", "Thủy", "QUÝ", "quý", "Ủy", "ủy", "óa", "ÒE", "ùY", "ọe"]
    rng = random.Random(12)
    with_pair = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
        if normalise._MODERN_TONE_PAIR.search(text) is None:
            assert normalise._MODERN_SYLLABLE.search(text) is None, repr(text)
        else:
            with_pair += 1
    assert with_pair > 2000


def test_spelled_as_in_spells_back_the_old_placement() -> None:
    source = "Giá trị sản xuất nông nghiệp, thuỷ sản và hàng hoá"
    assert normalise.spelled_as_in("thủy sản, hàng hóa", source) == "thuỷ sản, hàng hoá"
    assert normalise.spelled_as_in("nông nghiệp", source) == "nông nghiệp"
