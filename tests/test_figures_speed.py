"""figures.py's pre-tests and shortcuts give what the plain scans give."""

from __future__ import annotations

import random
import re

from orchestration.extraction.figures import (
    _ADDED_CAPITAL,
    _ADDED_CAPITAL_WORDS,
    _CHAINED_CHANGES,
    _EARLIER_FIGURE_IN_BRACKETS,
    _EQUIVALENT_CHANGE,
    _FRONTED_BASE,
    _GROWTH_FROM_LOW_END,
    _HEAD_END,
    _MINUS_BEFORE,
    _RANK_BEFORE,
    _RESULT_BEFORE,
    _RESULT_WORD,
    _SENTENCE_END,
    _SO_VOI_SPELLINGS,
    _TARGET_BEFORE,
    _TARGET_BEFORE_WORD,
    _TARGET_CONTEXT,
    _WORK_SCHEDULE,
    _last_sentence,
    _ranked_right_before,
    _target_context_before,
    _words_right_after,
)
from orchestration.extraction.scanning import letter_cases


def _random_texts(pieces: list[str], count: int, seed: int, longest: int = 14) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_the_last_sentence_is_the_last_piece_of_the_split() -> None:
    pieces = [".", "!", "?", " ", "\n", "\t", "\u00a0", "a", "5", "2.500", ". ", "?\n", "…", "x.y", "\u2003"]
    for text in _random_texts(pieces, 20000, 1):
        assert _last_sentence(text) == _SENTENCE_END.split(text)[-1], text


def test_a_text_without_the_aims_words_has_no_aim() -> None:
    pieces = ["mục tiêu", "Mục  Tiêu", "MỤC TIÊU", "so với mục tiêu", "phấn đấu", "PHẤN ĐẤU", "kịch bản",
              "chỉ tiêu giao", "kế hoạch giao", "KH giao", "\u212aH giao", "dự kiến", "DỰ KIẾN", "định hướng",
              "đặt ra", "kế hoạch đề ra năm 2025 là ", "sẽ khởi công mới", "SẼ KHỞI CÔNG", "Chỉ tiêu", "- Kế hoạch",
              "theo quy hoạch chỉ có ", "KH ", "chỉ tiêu Nghị quyết là ",
              " ", ", ", "và ", "tăng ", "5", "%", "có ", "với ", "dự kiến vận hành vào tháng 12 và "]
    for text in _random_texts(pieces, 20000, 2, longest=6):
        if _TARGET_BEFORE.search(text):
            assert _TARGET_BEFORE_WORD.search(text.lower()), text
        plain = any(not (m.group().lower().startswith("dự") and _WORK_SCHEDULE.match(text, m.start()))
                    for m in _TARGET_CONTEXT.finditer(text))
        assert _target_context_before(text) == plain, text


def test_every_way_of_writing_so_voi_is_spelled_out() -> None:
    every_pair = {v + o for v in letter_cases("v") for o in letter_cases("ớ")}
    assert set(_SO_VOI_SPELLINGS) == every_pair
    assert {"vớ", "VỚ", "Vớ", "vỚ"} <= every_pair
    pieces = ["so với tháng trước", "SO VỚI CÙNG KỲ", "So Với năm 2023", ", ", ": ", "5", " ", "A", "tăng"]
    for text in _random_texts(pieces, 5000, 3, longest=8):
        if any(_FRONTED_BASE.finditer(text)):
            assert any(spelling in text for spelling in _SO_VOI_SPELLINGS), text


def test_every_equivalent_change_holds_a_percent() -> None:
    pieces = ["tăng ", "giảm ", "12,5", "%", " ", ", ", "bằng", "tương đương", "với ", "khoảng ", "so với cùng kỳ"]
    for text in _random_texts(pieces, 20000, 4):
        if _EQUIVALENT_CHANGE.search(text):
            assert "%" in text, text
    assert re.search("%", _EQUIVALENT_CHANGE.pattern)


def test_a_result_or_added_capital_holds_its_words_lowered() -> None:
    pieces = ["giảm ", "TĂNG ", "hạ ", "xuống ", "XUỐNG ", "còn ", "CÒN ", "Lên ", "khoảng ", "mức ", "vốn ", "VỐN ",
              "điều lệ ", "tăng thêm ", "TĂNG THÊM ", "là ", " ", "a ", "5 "]
    for text in _random_texts(pieces, 30000, 6, longest=7):
        lowered = text.lower()
        if _RESULT_BEFORE.search(text):
            assert _RESULT_WORD.search(lowered), text
        if _ADDED_CAPITAL.search(text):
            assert all(word in lowered for word in _ADDED_CAPITAL_WORDS), text


def test_the_words_right_after_are_the_first_piece_of_the_split() -> None:
    pieces = [",", ";", ".", ". ", ".\n", "\n", " ", "a", "5", "2.500", "tăng", "x" * 30]
    for text in _random_texts(pieces, 20000, 7):
        assert _words_right_after(text) == _HEAD_END.split(text, maxsplit=1)[0][:80], text


def test_a_chain_of_changes_holds_so_voi() -> None:
    pieces = [" tăng 5%", ", giảm 3,2%", " và tăng 12 vụ", "; giảm 2", " so với cùng kỳ", " SO VỚI", " So  Với", " a",
              ")"]
    for text in _random_texts(pieces, 20000, 8, longest=6):
        if _CHAINED_CHANGES.match(text):
            assert any(spelling in text for spelling in _SO_VOI_SPELLINGS), text


def test_a_rank_holds_its_words_lowered() -> None:
    pieces = ["xếp ", "XẾP ", "sắp xếp ", "đứng ", "ĐỨNG ", "hạng ", "vị trí ", "vị ", "thứ ", "THỨ ", "chiếm hạng ",
              "phương ", "cao ", "thấp ", "lớn ", "a ", "5 ", " "]
    for text in _random_texts(pieces, 20000, 9, longest=6):
        assert _ranked_right_before(text) == bool(_RANK_BEFORE.search(text)), text


def test_the_signs_and_brackets_before_a_figure_are_in_every_match() -> None:
    pieces = ["-", "−", "–", "(", " ", ":", "a", "tăng từ ", "5,5", "%", "năm 2022 ", "cùng kỳ ", "là ", "giảm "]
    for text in _random_texts(pieces, 30000, 10, longest=8):
        if _MINUS_BEFORE.search(text[-2:]):
            assert "-" in text[-2:] or "−" in text[-2:], text
        if _GROWTH_FROM_LOW_END.search(text):
            assert "-" in text or "–" in text, text
        if _EARLIER_FIGURE_IN_BRACKETS.search(text):
            assert "(" in text, text
