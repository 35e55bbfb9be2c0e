"""``_clause_before`` finding the last clause mark from the end equals the plain forward scan."""

from __future__ import annotations

import random

import pytest

from orchestration.extraction.caching import clear_document_caches
from orchestration.extraction.routed import _ONE_CHARACTER_MARKS, _clause_marks, last_clause

# the pieces a clause cut can turn on: marks, "trong đó" cut by the end or by a line break, a colon
# ending the text, a dot before a digit, abbreviated places
_PIECES = (
    ";", ",", ":", "(", ")", ".", "\n", " ", "  ", "\t", "1", "2,5", "4.705", "trong", "Trong", "TRONG",
    "tr", "tro", "tron", "đ", "Đ", "đó", "Đó", "ó", "đóng", "x", "thiệt hại", "TP.", "TX. ", "tp.", "H.",
    "Q.", ": ", "!", "?", "trong đó", "trong\nđó", "trong  \n đó", "ngày", "\n", ":\n",
)


def _plain_scan(before: str, marks: str) -> str:
    """The clause as the forward scan over all marks cuts it (``_clause_before`` before the change)."""
    cut = 0
    content_end = len(before.rstrip())
    for m in _clause_marks(marks).finditer(before):
        if m.end() < content_end or m.group() != ":":
            cut = m.end()
    return before[cut:]


@pytest.mark.parametrize("marks", sorted(_ONE_CHARACTER_MARKS))
def test_last_mark_from_the_end_is_the_plain_scan(marks: str) -> None:
    rng = random.Random(marks)
    for _ in range(4000):
        clear_document_caches()
        before = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        assert last_clause(before, marks) == _plain_scan(before, marks), before


def test_marks_of_the_disaster_rules_are_read_from_the_end() -> None:
    from orchestration.extraction.disasters import _CLAUSE_END

    assert _CLAUSE_END in _ONE_CHARACTER_MARKS



def test_marks_of_the_budget_rules_are_read_from_the_end() -> None:
    from orchestration.extraction.budgets import _CLAUSE_MARKS

    assert _CLAUSE_MARKS in _ONE_CHARACTER_MARKS


def test_a_ranges_first_end_shares_the_per_unit_mark_after_the_second() -> None:
    from orchestration.extraction.routed import per_unit_after
    from orchestration.extraction.routing import route_in_text

    text = "Giá thép tại nhà máy dao động 14,2-14,8 triệu đồng/tấn."
    first_end = text.index("14,2-14,8 triệu") + len("14,2-14,8 triệu")
    assert per_unit_after(text, first_end)
    assert not per_unit_after("Nhà máy thép có tổng vốn 14,2 triệu đồng, xong năm nay.", 30)
    # so neither end of the price is a work's price
    assert route_in_text(text, "14,2") is None and route_in_text(text, "14,8") is None
