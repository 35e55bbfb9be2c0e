"""The shortcuts of numbers.py give the answers of their plain forms."""

import random
import re
from decimal import Decimal

from orchestration.extraction import numbers
from orchestration.extraction.numbers import parse_number, qualifier_before, scale
from orchestration.extraction.scanning import ending_before_spaces


def _plain_qualifier_before(before: str) -> str | None:
    tail = before[-20:]
    for pattern, qualifier in numbers._QUALIFIER_BEFORE:
        if pattern.search(tail):
            return qualifier
    return None


def test_every_qualifier_has_an_ending_test() -> None:
    assert numbers._ANY_QUALIFIER_ENDING is not None


def test_qualifier_before_answers_as_its_four_searches() -> None:
    rng = random.Random(5)
    pieces = ["khoảng", "KHOẢNG", "Gần", "gần", "xấp xỉ", "chừng", "trên dưới", "thấp hơn", "ÍT HƠN", "kém",
              "nhỏ", "hơn", "HƠN", "trên", "ngoài", "NGOÀI", "nước ngoài", "ít nhất", "tối thiểu", ">", "≥", ">=",
              "vượt trên", "mức", "dưới", "<", "≤", "<=", "chưa đến", "chưa tới", "đạt", "tăng", "İ", "ı", "I",
              " ", "  ", "\n", "\t", "\u00a0", "\u3000", ",", "x", "1", "là"]
    texts = ["", " ", "\n", "khoảng \n", "khoảng\n\n", "hơn", "dân số đạt hơn ", "nhà ở nước ngoài "]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(30000)]
    for text in texts:
        assert qualifier_before(text) == _plain_qualifier_before(text), repr(text)


def test_ending_before_spaces_reads_the_last_items() -> None:
    ending = ending_before_spaces(re.compile(r"(?:hơn|x[yz]+|(?:ab)?c)\s*$"))
    assert ending is not None and [ch for ch in "nyzcabx" if ending.match(ch)] == ["n", "y", "z", "c"]
    caseless = ending_before_spaces(re.compile(r"(?:khoảng)\s*$", re.IGNORECASE))
    assert caseless is not None and caseless.match("G") and not caseless.match("x")
    spaced = ending_before_spaces(re.compile(r"hơn\s+$"))  # (the spaces before "$" need not be optional)
    assert spaced is not None and spaced.match("n") and not spaced.match("h")
    assert ending_before_spaces(re.compile(r"hơn\s*$", re.MULTILINE)) is None
    assert ending_before_spaces(re.compile(r"(?:hơn|x*)\s*$")) is None  # may match empty
    assert ending_before_spaces(re.compile(r"(?:hơn|[^a])\s*$")) is None  # a negated class: not known
    past_a_space = ending_before_spaces(re.compile(r"(?:hơn|a\s)\s*$"))  # (a space it ends with is read past)
    assert past_a_space is not None and [ch for ch in "hnax " if past_a_space.match(ch)] == ["n", "a"]


def test_ending_test_holds_wherever_the_pattern_finds_a_match() -> None:
    rng = random.Random(8)
    patterns = [re.compile(p, f) for p, f in [(r"(?:ab|c[de]|f(?:gh)?)\s*$", 0), (r"(?:Ab|ç)\s*$", re.I),
                                              (r"(?<=x)(?:k|l+)\s*$", 0)]]
    for rx in patterns:
        ending = ending_before_spaces(rx)
        assert ending is not None
        for _ in range(5000):
            text = "".join(rng.choice("abcdefghklxAÇç \n\t") for _ in range(rng.randint(0, 7)))
            if rx.search(text):
                assert ending.match(text.rstrip()[-1:]), (rx.pattern, text)


def test_a_number_of_digits_only_is_read_as_the_digits_pattern_reads_it() -> None:
    rng = random.Random(21)
    digits = "0123456789" + "٣٤۵५০５²³¹⁴½"  # (Arabic-Indic, Devanagari, Bengali, full-width; superscripts are no \d)
    plain = re.compile(r"\d+")
    for _ in range(20000):
        token = "".join(rng.choice(digits + ".,  ") for _ in range(rng.randint(0, 6)))
        t = token.strip()
        if t and t[0].isdigit():
            assert t.isdecimal() == (plain.fullmatch(t) is not None), token
        value = parse_number(token)
        if t and plain.fullmatch(t):
            assert value == float(t), token


def test_a_value_scaled_by_one_is_the_value() -> None:
    rng = random.Random(22)
    values = [0.0, -0.0, 1.0, 2.01, 1e22, 1e-7, 123456789.123, 0.1 + 0.2, 5, 3, -2.5, 9007199254740993.0]
    values += [rng.uniform(-1e6, 1e6) for _ in range(5000)] + [float(rng.randint(0, 10**12)) / 100 for _ in range(5000)]
    for value in values:
        for multiplier in (1, 1.0):
            plain = float(Decimal(repr(value)) * Decimal(repr(multiplier)))
            assert repr(scale(value, multiplier)) == repr(plain), value
    assert repr(scale(2.01, 1e9)) == "2010000000.0"
