"""The third round of figures.py's shortcuts matches what the plain patterns match."""

from __future__ import annotations

import random
import re

from orchestration.extraction.figures import (
    _CASUALTY_AFTER,
    _ELIDED_PERSON_WORD,
    _NATIONAL_BODY,
    _NATIONAL_BODY_SCAN,
    _NATIONAL_WORDS,
    _NATIONAL_WORDS_SCAN,
)
from orchestration.extraction.scanning import letter_cases

_PLAIN_ELIDED_PERSON_WORD = re.compile(r"(?<![^\W\d_])(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?="
                                       + _CASUALTY_AFTER.pattern + ")", re.IGNORECASE)


def _random_texts(pieces: list[str], count: int, seed: int, longest: int = 12) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def _matches(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_the_elided_person_words_are_the_plain_patterns() -> None:
    # every way of writing the number words' first letters, glued to a letter, a digit or "_" before them
    firsts = sorted({case for letter in "mhbsntc" for case in letter_cases(letter)})
    pieces = ["một", "MỘT", "Hai", "hai", "ba", "BA", "bốn", "năm", "NĂM", "sáu", "ſáu", "bảy", "tám", "chín", "mười",
              "Mười", "người", " ", "  ", "\n", ",", "x", "5", "_", "chết", "CHẾT", " bị thương", " mất tích",
              " tử vong", " bị ", "thương", *firsts]
    texts = _random_texts(pieces, 8000, 31)
    found = 0
    for text in texts:
        plain = _matches(_PLAIN_ELIDED_PERSON_WORD, text)
        assert _matches(_ELIDED_PERSON_WORD, text) == plain, text
        found += bool(plain)
    assert found > 50


def test_the_national_scans_are_the_plain_patterns() -> None:
    pieces = ["cả nước", "CẢ  NƯỚC", "Cả\nnước", "toàn quốc", "TOÀN QUỐC", "Tổng cục Thuế", "TỔNG CỤC thống kê",
              "Bộ Tài chính", "bộ kế hoạch & đầu tư", "Kho bạc Nhà nước Việt Nam", "KHO BẠC nhà nước trung ương",
              "tổng", "bộ", "cả", "toàn", " ", "x", ",", "ſ", "K", "\u212a"]
    found = 0
    for text in _random_texts(pieces, 10000, 32, longest=8):
        for plain, scan in ((_NATIONAL_WORDS, _NATIONAL_WORDS_SCAN), (_NATIONAL_BODY, _NATIONAL_BODY_SCAN)):
            assert scan.pattern != plain.pattern
            spans = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in scan.finditer(text)] == spans, text
            found += bool(spans)
    assert found > 1000


def test_aim_frames_first_runs_scan_rules_out_only_texts_without_an_aim() -> None:
    from orchestration.extraction import figures
    from orchestration.extraction.scanning import holds_the_runs_of_an_alternative

    assert all(runs for runs in figures._AIM_WORD_RUNS)  # every alternative has a first run to scan for
    rng = random.Random(31)
    pieces = ["phấn đấu", "Phấn đấu", "đấu", "đặt ra mục tiêu", "đặt mục tiêu", "đặt", "mục tiêu", "tiêu", ". ", "; ",
              "dự toán ", "kế hoạch ", "sự ", "thu ngân sách đạt 80 tỷ đồng", "tăng 5%", " ", "xã", "\n", "1"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    for text in texts:
        plain = holds_the_runs_of_an_alternative(text, figures._AIM_WORD_RUNS)
        assert (figures._AIM_WORD_FIRST_RUNS.search(text) is not None or not plain), text
        if figures._AIM_WORD.search(text):
            assert figures._AIM_WORD_FIRST_RUNS.search(text) is not None, text
