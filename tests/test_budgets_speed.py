"""The shortcuts of ``budgets`` read what the plain readings read: the guarded patterns match where their
plain forms match, the bracket pre-test holds wherever the pattern matches."""

from __future__ import annotations

import random
import re

from orchestration.extraction import budgets
from tests.test_disasters_speed import assert_same_matches

_I = re.IGNORECASE
_PLAIN_PLAN_AMOUNT_IN_BRACKETS = re.compile(
    r"(?:kế\s+hoạch(?:\s+vốn)?|\bKH|dự\s+toán|nghị\s+quyết|\bNQ)(?:\s+(?:năm\s+\d{4}|được\s+giao|giao|đề\s+ra))?"
    r"\s*\(\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$",
    _I,
)
_PLAIN_ANAPHORA = re.compile(r"\b(?:con\s+số|số\s+thu|số\s+liệu|kết\s+quả)\s+(?:này|trên)\b", _I)
_PIECES = ("kế hoạch", "KẾ HOẠCH", "Kế  hoạch vốn", "KH", "xKH", "dự toán", "Nghị quyết", "NQ", "năm 2025",
           "giao", "được giao", "đề ra", " (", "(", " ( khoảng ", "gần", ")", " ", "\n", "con số", "Số thu", "ſố liệu",
           "Kết quả", "\u212aết quả", "này", "trên", "x", "số", ",", ".", "123")


def _texts() -> list[str]:
    rng = random.Random(5)
    texts = ["Thu ngân sách đạt 35% kế hoạch (", "Kết quả này cho thấy", "so với Nghị quyết đề ra ( gần "]
    return texts + ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12))) for _ in range(5000)]


def test_the_guarded_patterns_match_like_their_plain_forms() -> None:
    assert budgets._PLAN_AMOUNT_IN_BRACKETS.pattern != _PLAIN_PLAN_AMOUNT_IN_BRACKETS.pattern
    assert budgets._ANAPHORA.pattern != _PLAIN_ANAPHORA.pattern
    found = 0
    for text in _texts():
        for guarded, plain in ((budgets._PLAN_AMOUNT_IN_BRACKETS, _PLAIN_PLAN_AMOUNT_IN_BRACKETS),
                               (budgets._ANAPHORA, _PLAIN_ANAPHORA)):
            assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        plain_found = _PLAIN_PLAN_AMOUNT_IN_BRACKETS.search(text) is not None
        assert budgets._plan_amount_in_brackets(text) == plain_found, text
        found += plain_found
    assert found > 30  # (the texts do hold plans with their amounts in brackets)


def test_the_guarded_source_and_left_out_cues_match_like_their_plain_forms() -> None:
    from orchestration.extraction.vocabulary import word_pattern

    plain = {"central": word_pattern("central_budget", _I), "left_out": re.compile(r"trừ|không\s+(?:kể|tính)", _I)}
    guarded = {"central": budgets._CENTRAL_SOURCE, "left_out": budgets._LEFT_OUT_CUE}
    pieces = ("ngân sách", "NGÂN SÁCH", "trung ương", "Trung  ương", "TW", "NSTW", "nstw", "xNSTW", "vốn", "Ngân sách",
              "trừ", "TRỪ", "khấu trừ", "không kể", "KHÔNG tính", "\u212ahông kể", "không", " ", "\n", ",", "x", "đ")
    rng = random.Random(9)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    assert_same_matches(guarded, plain, texts, at_least=20)
