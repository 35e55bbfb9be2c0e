"""``scanning.ending_before_spaces`` and ``EndAnchored`` give the answers of the plain searches."""

from __future__ import annotations

import random
import re

import pytest

from orchestration.extraction.scanning import EndAnchored, ending_before_spaces

# patterns whose every match ends at "$": with spaces before it or not, in optional groups, in each alternative
_ANCHORED = [
    (r"(?:hơn|x[yz]+|(?:ab)?c)\s*$", 0),
    (r"hơn\s+$", 0),
    (r"(?:^|[\s(:]|đạt)(?:\+\s*|[\-−])$|(?:^\s*|[^\W\d_]\s|:\s?|\()–$", 0),
    (r"^[^,;:()]*[^\W\d_]\s+(?:tăng|giảm)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$", re.IGNORECASE),
    (r"(?:\btừ|\blên|còn)\s*(?:(?:hơn|dưới|mức)\s*)*$", re.IGNORECASE),
    (r"\d\s*%\s*,?\s*(cao|thấp)\s+hơn\s*$", re.IGNORECASE),
    (r"(?<=x)(?:k|l+)(?=\s)\s*\b$", 0),
    (r"(?:ab|c(?:d\s+)?)\s?$", re.IGNORECASE),
]


def test_the_test_reads_the_last_characters_before_the_spaces() -> None:
    ending = ending_before_spaces(re.compile(r"(?:ab|c(?:\s+d)?)\s*(?:(?:ef|g)\s+)?$"))
    assert ending is not None and [ch for ch in "abcdefg" if ending.match(ch)] == ["b", "c", "d", "f", "g"]
    ending = ending_before_spaces(re.compile(r"a\s*$|[+-]$"))
    assert ending is not None and [ch for ch in "a+-b " if ending.match(ch)] == ["a", "+", "-"]
    assert ending_before_spaces(re.compile(r"a\s*$|b")) is None  # an alternative that ends anywhere
    assert ending_before_spaces(re.compile(r"a|\s+$")) is None  # an alternative of spaces only
    assert ending_before_spaces(re.compile(r"(?:a|\s)$")) is None  # a match of a space alone
    assert ending_before_spaces(re.compile(r"(?:a|x?)\s*$")) is None  # may match empty
    assert ending_before_spaces(re.compile(r"[^a]\s*$")) is None  # a negated class: not known
    assert ending_before_spaces(re.compile(r"a[ b]$")) is None  # may end on a space
    assert ending_before_spaces(re.compile(r"a\s*$", re.MULTILINE)) is None
    with pytest.raises(ValueError):
        EndAnchored(re.compile(r"a\s*"))


def _texts(rng: random.Random, pieces: list[str], count: int) -> list[str]:
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 9))) for _ in range(count)]


def test_end_anchored_searches_find_what_the_patterns_find() -> None:
    rng = random.Random(11)
    pieces = ["hơn", "HƠN", "x", "y", "z", "ab", "AB", "c", "d", "k", "l", "+", "-", "−", "–", "(", ":", "đạt", "tăng",
              "GIẢM", "khoảng", "gần", "trên", "từ", "lên", "còn", "dưới", "mức", "5", "%", ",", "cao", "thấp", " ",
              "  ", "\n", "\t", "\u00a0", "\u3000", "a", "Tăng"]
    for source, flags in _ANCHORED:
        rx = re.compile(source, flags)
        anchored = EndAnchored(rx)
        for text in _texts(rng, pieces, 4000):
            found, plain = anchored.search(text), rx.search(text)
            assert (found and found.span()) == (plain and plain.span()), (source, text)
            lo, hi = rng.randint(-2, len(text) + 1), rng.randint(-1, len(text) + 2)
            found, plain = anchored.search(text, lo, hi), rx.search(text, lo, hi)
            assert (found and found.span()) == (plain and plain.span()), (source, text, lo, hi)
            found, plain = anchored.search(text, lo), rx.search(text, lo)
            assert (found and found.span()) == (plain and plain.span()), (source, text, lo)
