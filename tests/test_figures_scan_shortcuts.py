"""The shortcuts of figures.py's scans give what the plain scans give."""

from __future__ import annotations

import random

from orchestration.extraction.figures import (
    _PLAN_AMOUNT_BEFORE,
    _PLAN_THEN_WHAT_IS,
    _SENTENCE_MARK,
    _TARGET_LEAD,
    _inside_a_bracket,
    _plan_amount_before,
    _plan_then_what_is,
    _target_lead,
    sentence_spans,
)

_PARAGRAPHS = [
    "Ngày 12/5/2023, UBND tỉnh ban hành Quyết định số 1234/QĐ-UBND; tăng 9% so với cùng kỳ.Sản lượng lúa"
    " đạt 5.200 tấn.",
    "Tàu cá KH 95123 TS bị chìm... Hai người mất tích. TP. Phú Quốc có 3 xã (Quảng Ngãi: 28; Gia Lai: 03)\tx",
    "giai đoạn 2021-2025, đứng thứ 2/63 tỉnh, thành phố; đạt 53,6%. thu ngân sách 41/63 tỉnh…Một số 7",
    "/5 1/ 2/3/ 45%. A",
]


def _plain_sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_MARK.finditer(paragraph):
        if paragraph[m.start() - 1:m.start()] == ";" and _inside_a_bracket(paragraph, start, m.start(), m.end()):
            continue  # (a ";" inside a bracket closed on its line parts the bracket's items, no sentences)
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(paragraph):
        spans.append((start, len(paragraph)))
    return spans


def _mixed(rng: random.Random) -> str:
    pieces = ["/", "1", "12", "2023", ".", ",", " ", "ngày ", "tháng ", "số ", "QĐ-UBND", "TS", "thứ ", "…", "...",
              "%.", "\n", "\t", "A", "Đ", "ợ", "TP.", "ab.Cd", ";", "!", "?", "“", "(", ")", "-", "quy định ",
              "trở lên"]
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))


def test_sentence_spans_are_those_of_every_sentence_mark() -> None:
    rng = random.Random(7)
    for paragraph in _PARAGRAPHS + [_mixed(rng) for _ in range(3000)]:
        assert sentence_spans(paragraph) == _plain_sentence_spans(paragraph), paragraph



def test_the_pre_tested_searches_find_what_their_patterns_find() -> None:
    texts = ["kế hoạch là", "KẾ HOẠCH năm 2024 là ", "so với KH giao ", "mục tiêu từ 5 - ", "Mục Tiêu:", "NQ đề ra ",
             "Nghị quyết đặt ra là", "chỉ tiêu tạo việc làm mới cho lao động LÀ", "Phấn đấu đến năm 2025:",
             "huyện đặt ra một số chỉ tiêu chủ yếu, gồm:", "với 20 chỉ tiêu chủ yếu là:", "chỉ tiêu:", "kh\n"]
    rng = random.Random(5)
    words = ["kế", "hoạch", "KH", "kh", "mục", "tiêu", "TIÊU", "Nghị", "quyết", "NQ", "là", "LÀ", "từ", "năm", "2024",
             "đề", "ra", "đặt", "giao", "so", "với", "chỉ", "phấn", "đấu", "ĐẤU", ":", ",", "5", "%", "-", "\n", "với"]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 9))) for _ in range(4000)]
    for text in texts:
        assert _plan_amount_before(text) == (_PLAN_AMOUNT_BEFORE.search(text) is not None), text
        assert _plan_then_what_is(text) == (_PLAN_THEN_WHAT_IS.search(text) is not None), text
        assert _target_lead(text) == (_TARGET_LEAD.search(text) is not None), text
