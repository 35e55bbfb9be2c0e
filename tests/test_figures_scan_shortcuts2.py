"""The second round of figures.py's shortcuts gives what the plain scans give."""

from __future__ import annotations

import random
import re

from orchestration.extraction.figures import (
    _NATIONAL_BODY,
    _NATIONAL_BODY_LETTERS,
    _national_sentences,
    _segment,
    _segment_marks,
    sentence_spans,
)
from orchestration.extraction.vocabulary import word_list


def test_segments_found_by_the_paragraphs_marks_are_the_windowed_ones() -> None:
    rng = random.Random(3)
    pieces = [",", ".", ";", ":", "(", ")", "1", "23", " ", "\n", "\t", "a", "x.", ".\n", ",5", "5,", " . ", "…"]
    for _ in range(20000):
        paragraph = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 15)))
        marks = _segment_marks(paragraph)
        for _ in range(5):
            lo = rng.randint(0, len(paragraph))
            hi = rng.randint(lo, len(paragraph))
            start = rng.randint(lo, hi)
            end = rng.randint(start, hi)
            assert _segment(paragraph, start, end, lo, hi, marks) == _segment(paragraph, start, end, lo, hi), (
                paragraph, start, end, lo, hi)


def test_only_their_own_letters_fold_to_the_national_bodies_letters() -> None:
    letters = set("".join(_NATIONAL_BODY_LETTERS))
    every_char = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    for char in set(re.findall("(?i)[" + "".join(sorted(letters)) + "]", every_char)):
        folded = [letter for letter in letters if re.fullmatch(re.escape(letter), char, re.IGNORECASE)]
        assert folded == [char.lower()], (char, hex(ord(char)), folded)


def test_every_national_body_leaves_its_letters_in_the_lowered_text() -> None:
    for words in word_list("national_bodies"):
        assert any(letters in words.lower() for letters in _NATIONAL_BODY_LETTERS), words


def test_a_text_the_national_bodies_are_found_in_has_their_letters() -> None:
    texts = ["Theo Tổng cục Thống kê, GDP tăng 5%.", "TỔNG CỤC THUẾ cho biết, thu đạt 90%. Trong đó, A đạt 3%.",
             "Theo Bộ Tài chính, Lào Cai đã giải ngân 40%.", "KHO BẠC NHÀ NƯỚC VIỆT NAM cho biết, 4 tỷ.",
             "bộ kế hoạch & đầu tư báo cáo, 3%.", "tổng số 5 hộ."]
    rng = random.Random(11)
    words = ["Tổng", "TổNG", "cục", "Thuế", "Bộ", "BỘ", "bỘ", "Tài", "chính", "Kho", "bạc", "BẠC", "Nhà", "nước",
             "Trung", "ương", "cho", "biết", ",", ".", "Theo", "tỉnh", "5%", "Trong", "đó", "Kế", "hoạch", "và", "Đầu",
             "tư", "Việt", "Nam", "Hải", "quan", "Thống", "kê"]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    found = 0
    for text in texts:
        if _NATIONAL_BODY.search(text):
            found += 1
            assert any(letters in text.lower() for letters in _NATIONAL_BODY_LETTERS), text
            sentences = sentence_spans(text)
            assert _national_sentences(text, sentences, text.lower()) == _national_sentences(text, sentences)
    assert found >= 5


def test_blocked_with_the_paragraphs_openings_is_blocked_by_its_window() -> None:
    from pathlib import Path

    from orchestration.extraction.figures import _NUMBER_SCAN, is_blocked, non_figure_openings

    raw = Path(__file__).resolve().parents[1] / "raw"
    paragraphs = [line for p in sorted(raw.glob("*.txt")) for line in p.read_text(encoding="utf-8").split("\n")]
    rng = random.Random(11)
    pieces = ["/", "1", "12", "2023", "5/2024", ".", ",", " ", "ngày ", "tháng ", "Tháng ", "số ", "QĐ-UBND", "TS",
              "thứ ", "năm ", "quý ", "kV", "tầng", "km", "m", "%", "Quận ", "thôn ", "Bản Nà ", "xã ", "đạt ", "\t",
              "-", "–", "(", ")", "h", "giờ ", "sáng ", "Covid", "Top ", "63 tỉnh", "tỷ", "Đ", "ợ", "Chương trình "]
    paragraphs += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    checked = 0
    for paragraph in paragraphs:
        openings = non_figure_openings(paragraph)
        for m in _NUMBER_SCAN.finditer(paragraph):
            a, b = m.span()
            assert is_blocked(paragraph, a, b, openings) == is_blocked(paragraph, a, b), (paragraph, a, b)
            checked += 1
        for a in range(0, len(paragraph), 7):  # any place, any end (a "/" opening it: the window's own scan)
            b = min(len(paragraph), a + 1 + a % 5)
            assert is_blocked(paragraph, a, b, openings) == is_blocked(paragraph, a, b), (paragraph, a, b)
    assert checked > 5000


def test_openings_serve_a_numbers_denominator_asked_between_its_numbers() -> None:
    # find_figures asks for a ratio's denominator ("39/189", "12 / 2024") and a range's high end right
    # after the number, before the paragraph's next numbers: the openings found so far serve them too
    from orchestration.extraction.figures import _NUMBER_SCAN, is_blocked, non_figure_openings

    rng = random.Random(23)
    pieces = ["/", " / ", "1", "12", "2023", "63", "189", ".", ",", " ", "ngày ", "tháng ", "số ", "QĐ-UBND", "xã ",
              "đạt ", "tỉnh", "tiêu chí", "kế hoạch", " - ", "400", "xe", "%", "(", ")", "năm ", "thứ ", "KH", "ha"]
    paragraphs = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(4000)]
    checked = 0
    for paragraph in paragraphs:
        openings = non_figure_openings(paragraph)
        numbers = [m.span() for m in _NUMBER_SCAN.finditer(paragraph)]
        for i, (a, b) in enumerate(numbers):
            assert is_blocked(paragraph, a, b, openings) == is_blocked(paragraph, a, b)
            for c, d in numbers[i + 1 : i + 3]:  # the numbers right after it, asked out of turn
                assert is_blocked(paragraph, c, d, openings) == is_blocked(paragraph, c, d), (paragraph, c, d)
                checked += 1
    assert checked > 5000
