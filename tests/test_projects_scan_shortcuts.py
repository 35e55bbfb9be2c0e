"""The shortcuts of projects.py's scans give what the plain scans give."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from orchestration.extraction.projects import (
    _ADVERBIAL_THEN_REFERENCE,
    _BARE_REFERENCE,
    _COUNT_WORDS,
    _DESCRIBED_WORK,
    _GROUP,
    _GROUP_EVENT,
    _GROUP_KIND,
    _INVESTED_REFERENCE,
    _LIST_HEAD,
    _SCHOOL_WORD,
    _TRIGGER,
    _WORK_NOUN,
    _adverbial_references,
)
from orchestration.extraction.vocabulary import word_source

_I = re.IGNORECASE
_PLAIN_KIND = r"(?:dự\s+án|công\s+trình|cây\s+cầu|" + word_source("work_nouns") + r")\b[^\d,.;:()]{0,40}(?![^\W\d])"
_PLAIN_COUNT = r"(?:(?<![\d.,/\w-])\d+|\b(?:" + "|".join(_COUNT_WORDS) + r"))\s+"
_PLAIN_DESCRIBED_WORK = re.compile(
    r"(?<!\w)((?:dự\s+án\s+đường|" + _WORK_NOUN + r")(?:\s+[^\W\d]+){0,4}?)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$", _I
)

_TEXT = (
    "Khánh thành cầu Tân Lập 2 khoảng 120 tỷ đồng; 3 cây cầu nông thôn, 24 CẦU VƯỢT và hai công trình trường học. "
    "Tỉnh chấp thuận đầu tư dự án tổ hợp giáo dục 338 tỷ đồng, hầm xuyên núi 1.000 tỷ đồng, dự án đường ven "
    "sông gần 2.000 tỷ đồng. Khởi công đồng loạt 4 dự án trọng điểm; khánh thành 5 Trường Tiểu học, 7 KCN, "
    "phê duyệt các dự án khẩn cấp, tỉnh có bốn dự án được hỗ trợ; đã hoàn thành 4/6 cầu (cầu A, cầu B) Bờ kè X "
    "bờ Kè Y 12 nhà máy điện gió 50 triệu USD"
)


def _texts() -> list[str]:
    raw = Path(__file__).resolve().parents[1] / "raw"
    return [_TEXT] + [p.read_text(encoding="utf-8", errors="replace") for p in sorted(raw.glob("*.txt"))]


def _matches(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_counted_groups_grouped_by_letter_match_like_the_plain_alternation() -> None:
    plain_group = re.compile(_PLAIN_COUNT + r"(?:chiếc\s+)?" + _PLAIN_KIND, _I)
    plain_event = re.compile(_GROUP_EVENT.pattern.replace(_GROUP_KIND, _PLAIN_KIND), _I)
    assert plain_event.pattern != _GROUP_EVENT.pattern
    for text in _texts():
        assert _matches(_GROUP, text) == _matches(plain_group, text)
        assert _matches(_GROUP_EVENT, text) == _matches(plain_event, text)


def test_described_work_grouped_by_letter_matches_like_the_plain_alternation() -> None:
    # (searched, as the owner does, over the 80 characters before a figure's amount)
    for text in _texts():
        for end in range(len(text) if text is _TEXT else min(len(text), 20000)):
            fast = _DESCRIBED_WORK.search(text, max(0, end - 80), end)
            plain = _PLAIN_DESCRIBED_WORK.search(text, max(0, end - 80), end)
            assert (fast and (fast.span(), fast.groups())) == (plain and (plain.span(), plain.groups())), end


def test_the_sample_text_holds_what_the_patterns_find() -> None:
    assert len(_matches(_GROUP, _TEXT)) >= 5 and _GROUP_EVENT.search(_TEXT)
    assert _DESCRIBED_WORK.search(_TEXT, 0, _TEXT.index("1.000")).group(1) == "hầm xuyên núi"


def test_adverbial_references_pre_tested_on_the_kind_and_its_verb_are_all_found() -> None:
    texts = [
        *_texts(),
        "Sau hơn 1 năm khởi công xây dựng, công trình đã được khánh thành. Theo thiết kế, trường được xây dựng.",
        "Theo đó, dự án chưa xong, cầu đã thông xe", "Hiện nay, nhà máy vẫn chạy", "Tuy vậy, chợ đang",
    ]
    for text in texts:
        for paragraph in [text, *text.split("\n")]:
            plain = [m.span(1) for m in _ADVERBIAL_THEN_REFERENCE.finditer(paragraph)] if ", " in paragraph else []
            assert [m.span(1) for m in _adverbial_references(paragraph)] == plain
    assert [m.group(1) for m in _adverbial_references(texts[-4])] == ["công trình", "trường"]


_REFERENCE_TEXTS = [
    "Tổng mức đầu tư của DỰ ÁN là 50 tỷ đồng. Vốn đầu tư dự án\nlà 3 tỷ đồng; kinh phí công   trình khoảng 2 tỷ.",
    "Khởi công 3 Dự Án gồm: A; B. Có 2 TRƯỜNG là X và Y; xây 4 Cây cầu lớn gồm: P, Q. 5 điểm trường: M; N.",
    "Tổng dự toán xây dựng công trình là 59 tỷ đồng, thuộc công trình, cho dự án.",
]


def test_references_and_list_heads_only_where_their_pre_tests_hold() -> None:
    # the scans _read_mentions leaves out: the bare and invested references without a trigger, the
    # counted list heads without a trigger, "trường" or "cây" in the lowered text
    for text in [*_REFERENCE_TEXTS, *_texts()]:
        for paragraph in [text, *text.split("\n")]:
            triggered = _TRIGGER.search(paragraph) is not None
            lowered = paragraph.lower()
            if not triggered:
                assert _BARE_REFERENCE.search(paragraph) is None
                assert _INVESTED_REFERENCE.search(paragraph) is None
            if not (triggered or "trường" in lowered or "cây" in lowered):
                assert _LIST_HEAD.search(paragraph) is None
    assert all(_TRIGGER.search(text) for text in _REFERENCE_TEXTS)
    assert _BARE_REFERENCE.search(_REFERENCE_TEXTS[0]) and _INVESTED_REFERENCE.search(_REFERENCE_TEXTS[2])
    assert len(_LIST_HEAD.findall(_REFERENCE_TEXTS[1])) == 4


def test_the_folded_letters_of_the_pre_tests_are_their_two_cases_only() -> None:
    # (why a literal found in the lowered text, or a trigger with a literal first letter, stands for what
    # the case-insensitive patterns match: no other character folds to these letters under re.I)
    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in set("dựáncôngtrìnhườcây"):
        folded = re.compile(re.escape(letter), _I).findall(every_character)
        assert {char.lower() for char in folded} == {letter}, letter


def test_the_guarded_school_word_matches_like_the_plain_pattern() -> None:
    plain = re.compile(r"(?<!\w)(?:điểm\s+)?trường\b", _I)
    assert plain.pattern != _SCHOOL_WORD.pattern
    texts = [*_REFERENCE_TEXTS, *_texts(), "TRƯỜNG, Điểm  trường; môi trường xtrường trườngx ĐIỂM TRƯỜNG"]
    for text in texts:
        assert _matches(_SCHOOL_WORD, text) == _matches(plain, text)
    assert len(_matches(_SCHOOL_WORD, texts[-1])) == 4
