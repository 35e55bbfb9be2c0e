"""The scans projects.py tries only where a match can start give what the plain scans give."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from orchestration.extraction.projects import (
    _ADVERBIAL_THEN_REFERENCE,
    _DATELINE,
    _PLACE_ABBREVIATION_BEFORE,
    _REFERENCE,
    _SENTENCE_GAP,
    _adverbial_references,
    _references,
)
from orchestration.extraction.routed import UPPER

_I = re.IGNORECASE

_REFERENCE_TEXTS = [
    "Khánh thành cầu X. Công trình có tổng mức đầu tư 50 tỷ đồng. Theo đó, dự án đã hoàn thành.",
    "Theo thiết kế, trường được xây dựng trên 5 ha. Được biết, công trình được khởi công vào tháng 4/2018.",
    "date 2025-10-24 Dự án được phê duyệt. date 2025-10 DA có tổng vốn 3 tỷ đồng; Hiện nay, nhà máy đang chạy.",
    "Đến nay, công trình vẫn chưa hoàn thành | Cầu đã thông xe! Chợ sẽ mở? Bệnh viện có 300 giường… Tuyến đường do",
    "Các dự án trên địa bàn tỉnh. DỰ ÁN NÀY có 2 tỷ; công trình nói trên được khởi công, tuyến cao tốc này đã xong.",
    "Đây là dự án có ý nghĩa. ĐÂY ĐƯỢC XEM LÀ CÔNG TRÌNH TIÊU BIỂU, nhà máy nêu  trên với 20 tỷ đồng.",
    "dự án\nnày, cây cầu\ttrên có 3 nhịp. 12\nCông trình do Sở làm chủ đầu tư, Theo đó,\nDự án được duyệt",
    "HIỆN NAY, DỰ ÁN ĐÃ XONG. THEO THIẾT KẾ, NGÔI TRƯỜNG CÓ 3 TẦNG. ĐƯỢC BIẾT, ĐOẠN ĐƯỜNG DO X LÀM.",
]


def _texts() -> list[str]:
    raw = Path(__file__).resolve().parents[1] / "raw"
    return [*_REFERENCE_TEXTS] + [p.read_text(encoding="utf-8", errors="replace") for p in sorted(raw.glob("*.txt"))]


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_references_tried_where_they_can_start_match_like_the_full_scan() -> None:
    for text in _texts():
        for paragraph in [text, *text.split("\n"), *text.split(". ")]:
            assert _spans(_references(paragraph)) == _spans(list(_REFERENCE.finditer(paragraph)))


def test_the_reference_texts_hold_both_branches_with_and_without_the_full_scan() -> None:
    # (the texts are worth their test: references of "this" work, and sentence openings only, are both found)
    assert len(_references(_REFERENCE_TEXTS[0])) == 2
    assert len(_references(_REFERENCE_TEXTS[1])) == 2
    assert len(_references(_REFERENCE_TEXTS[2])) == 3
    assert len(_references(_REFERENCE_TEXTS[3])) == 5
    assert len(_references(_REFERENCE_TEXTS[4])) == 3
    assert len(_references(_REFERENCE_TEXTS[7])) == 3


def test_adverbial_references_pre_tested_on_a_comma_then_the_kind_match_like_the_plain_scan() -> None:
    # (the kind right after a comma, with no space, a line break or two spaces; a kind and its verb elsewhere)
    texts = [
        "Năm 2025,\ndự án được cấp 413 tỷ đồng, nhà máy đã chạy. Sau đó,  công trình được khánh thành, tốt.",
        "Tuy nhiên, hết tháng 8, dự án mới giải ngân được 100 tỷ đồng. Cầu đã xong, trường được xây dựng",
        "Chợ được xây, cầu đã xong; Theo kế hoạch,công trình sẽ xong, ok. Sau 4 năm thi công, dự án đã hoàn thành.",
    ]
    for text in [*texts, *_texts()]:
        for paragraph in [text, *text.split("\n"), *text.split(". ")]:
            plain = list(_ADVERBIAL_THEN_REFERENCE.finditer(paragraph)) if ", " in paragraph else []
            assert _spans(_adverbial_references(paragraph)) == _spans(plain)
    assert [len(_adverbial_references(text)) for text in texts] == [2, 2, 2]


def test_sentence_gaps_opening_on_their_first_space_match_like_the_plain_pattern() -> None:
    plain = re.compile(
        r"(?:(?<=[.!?|…])" + _PLACE_ABBREVIATION_BEFORE + r"\s+|\s{2,}|" + _DATELINE + r")(?=[\"“(]?" + UPPER + r")"
    )
    assert plain.pattern != _SENTENCE_GAP.pattern
    texts = [
        "Trường X tại H. Phước Sơn. Ở TT. Na Hang, TP. Hội An.  Anh Nguyễn Văn H. Sau đó | Cầu\tY!\n\n“Dự án” ok",
        "Khánh thành cầu X Huế 2 (LSVN) - Bệnh viện A.\u00a0Bệnh viện B?  (Chợ C) thuộc Q.  Đường D… Đê E . F",
    ]
    for text in [*texts, *_texts()]:
        for paragraph in [text, *text.split("\n")]:
            assert _spans(list(_SENTENCE_GAP.finditer(paragraph))) == _spans(list(plain.finditer(paragraph)))
    assert [len(_SENTENCE_GAP.findall(text)) for text in texts] == [6, 6]


def _folded(pattern: str) -> set[str]:
    """Every character ``pattern`` (a letter or a class, case-insensitive) accepts."""
    return set(re.compile(pattern, _I).findall("".join(map(chr, range(sys.maxunicode + 1)))))


def test_the_letters_of_the_reference_pre_tests_fold_to_their_two_cases_and_open_the_kinds() -> None:
    # (why a literal of the pre-tests found in the lowered text stands for what the case-insensitive pattern
    # matches: no other character folds to these letters under re.I, which str.lower maps to them)
    for letter in set("ántrìhốcđườgmyầuàêâóếdate"):
        assert {char.lower() for char in _folded(re.escape(letter))} == {letter}, letter
    # (and the opening scan's class accepts every way of writing a sentence-opening kind's first letter)
    accepted = _folded("[bcdntđ]")
    assert all(_folded(letter) <= accepted for letter in "bcdntđ")
