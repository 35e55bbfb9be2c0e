"""What the table routers share: the answer type (``Routed``) and a figure read in its paragraph.

Kept apart from ``routing.py`` so that ``budgets``, ``projects`` and ``disasters`` can import it
without importing the dispatcher that imports them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from orchestration.extraction.caching import per_document
from orchestration.extraction.letters import LOWER, UPPER
from orchestration.extraction.numbers import HEDGE_WORDS


@dataclass(frozen=True)
class Routed:
    table: str                 # "budgets" | "projects" | "disasters"
    fields: dict               # the table's own columns (budget_item, measure, hazards, ...)
    value: float | None = None  # when the table reads the value differently (else the figure's)
    unit: str | None = None


_SET_FIELD = object.__setattr__  # (how a frozen dataclass sets its fields)


@dataclass(frozen=True, init=False)
class FigureContext:
    """One figure with the words around it; offsets are into ``text`` (the paragraph)."""

    text: str
    start: int
    end: int
    unit_end: int
    sentence: tuple[int, int]
    value: float
    unit: str
    unit_label: str | None
    metric: str
    role: str = "value"
    qualifier: str = "exact"
    heading: str = ""          # the nearest section heading above the paragraph
    table_row: bool = False    # a cell of a tab-separated table (the row is the paragraph)
    document: str = ""         # the whole clean text (disasters read causes stated sentences before)
    offset: int = 0            # where ``text`` starts in ``document``
    preceding: str = ""        # the section's text before the paragraph (what a passage carries over)
    year: int | None = None    # the document's year, for dates written without one ("đến ngày 30/6")
    # a table's row said as a sentence ("Nhà bị sập, cuốn trôi | nhà | 23" read as "Nhà bị sập, cuốn trôi 23 nhà"):
    # a row, though read as a sentence (``table_row`` False) and whether or not its line has tabs (a table laid
    # out with spaces has none)
    row_said: bool = False
    # The sentence up to the number, and after the number and its unit: set from the fields above (not arguments,
    # nor compared), sliced once for the rules that read them, ``before`` about ten times a figure.
    before: str = field(init=False, repr=False, compare=False)
    after: str = field(init=False, repr=False, compare=False)

    def __init__(self, text: str, start: int, end: int, unit_end: int, sentence: tuple[int, int], value: float,
                 unit: str, unit_label: str | None, metric: str, role: str = "value", qualifier: str = "exact",
                 heading: str = "", table_row: bool = False, document: str = "", offset: int = 0, preceding: str = "",
                 year: int | None = None, row_said: bool = False) -> None:
        # (the dataclass's own ``__init__`` written out, ~10 % faster: the generated one looks up
        # ``object.__setattr__`` again for each of the 19 fields; the fields are set as it sets them, in their order,
        # into the instance's own values (writing ``self.__dict__`` would make a dictionary for every context, which
        # the garbage collector then walks: slower). The same parameters and defaults as the fields:
        # tests/test_routing_speed.py holds them to it; ``dataclasses.replace`` calls it as it called the generated one)
        set_ = _SET_FIELD
        set_(self, "text", text)
        set_(self, "start", start)
        set_(self, "end", end)
        set_(self, "unit_end", unit_end)
        set_(self, "sentence", sentence)
        set_(self, "value", value)
        set_(self, "unit", unit)
        set_(self, "unit_label", unit_label)
        set_(self, "metric", metric)
        set_(self, "role", role)
        set_(self, "qualifier", qualifier)
        set_(self, "heading", heading)
        set_(self, "table_row", table_row)
        set_(self, "document", document)
        set_(self, "offset", offset)
        set_(self, "preceding", preceding)
        set_(self, "year", year)
        set_(self, "row_said", row_said)
        set_(self, "before", text[sentence[0]:start])
        set_(self, "after", text[unit_end:sentence[1]])

    @property
    def sentence_text(self) -> str:
        return self.text[self.sentence[0]:self.sentence[1]]

    @property
    def paragraph_before(self) -> str:
        return self.text[:self.start]

    def clause_before(self, marks: str = r"[;,:()]") -> str:
        """Text before the number back to the nearest clause mark (a comma, semicolon, colon ...)."""
        return _clause_before(self.before, marks)


def last_clause(before: str, marks: str = r"[;,:()]") -> str:
    """``before`` back to its last clause mark (``FigureContext.clause_before`` of any text)."""
    return _clause_before(before, marks)


@per_document(maxsize=256)  # the disaster, project and budget rules ask for the same clause
def _clause_before(before: str, marks: str) -> str:
    if marks in _ONE_CHARACTER_MARKS:
        # Why the last mark found from the end is the scan's last: each of these marks is one
        # character that is no letter of "trong đó", so at most one alternative matches at a place
        # and a match can only lie inside an earlier one when it is a line break inside
        # "trong\nđó". Unless the last mark is such a space, or a colon ending the text (the mark
        # before it would cut), it is the last match of the forward scan below.
        last = _last_clause_mark(marks).match(before)
        if last is None:
            return before
        mark = last.group(1)
        if not mark.isspace() and (mark != ":" or last.end() < len(before.rstrip())):
            return before[last.end():]
    cut = 0
    content_end = len(before.rstrip())
    for m in _clause_marks(marks).finditer(before):
        if m.end() < content_end or m.group() != ":":  # a colon ending the text does not cut
            cut = m.end()
    return before[cut:]


@per_document(maxsize=8)  # a few mark sets, asked for every figure
def _clause_marks(marks: str) -> re.Pattern[str]:
    return re.compile(marks + r"|\btrong\s+đó\b", re.IGNORECASE)


@per_document(maxsize=8)
def _last_clause_mark(marks: str) -> re.Pattern[str]:
    """``_clause_marks`` matched at the last place it matches (the greedy ``.*`` backs off from the
    end), the mark in group 1."""
    return re.compile(r"(?s:.*)((?:" + marks + r")|\btrong\s+đó\b)", re.IGNORECASE)


ASIDE = re.compile(r"\([^()]*\)")  # a closed bracket: an aside the rules read past or around

# "giá trung bình 6.700 đồng/kg", "80 tỉ đồng/km", "mức hỗ trợ 60 triệu đồng/hộ": a price or a rate per unit after
# the amount, never a sum a work costs or a budget holds (but "giải ngân 45,6 tỷ đồng/kế hoạch vốn 180 tỷ đồng", "/KH",
# "/tổng mức đầu tư ...", "560 tỷ đồng/dự toán", "/DTĐP", "/chỉ tiêu NQ": the amount over the plan or the total it is a
# share of, as "45,6/180 tỷ đồng")
PER_UNIT_AFTER = re.compile(r"\s*/\s*(?!(?i:kế\s+hoạch|tổng|dự\s+toán|nghị\s+quyết|chỉ\s+tiêu)(?![^\W\d_])"
                            r"|(?:KH|TMĐT|DT|DTTW|DTĐP|NQ)(?![^\W\d_]))[^\W\d]")
# "hỗ trợ mỗi xã 1,5 tỷ đồng", "mỗi căn 70 triệu đồng": the unit each gets, right before the amount
_EACH_BEFORE = re.compile(rf"\bmỗi\s+[^\W\d]+(?:\s+[^\W\d]+)?\s*:?\s+(?:(?:{HEDGE_WORDS})\s+)?$", re.IGNORECASE)
# "bình quân 4.000 tỷ đồng/năm": an amount a year, a budget's allocation each year (a sum it holds), no rate of what
# each one gets
_A_YEAR_AFTER = re.compile(r"\s*/\s*năm(?![^\W\d_])", re.IGNORECASE)


# "1,35-1,42 triệu đồng/tấn": the first end of a range leaves its currency to the second; the per-unit mark after that
# currency is the first end's too
_CURRENCY_LEFT_AFTER = re.compile(r"\s*(?:đồng|USD)(?![^\W\d_])", re.IGNORECASE)


def _per_unit_mark(text: str, unit_end: int) -> int | None:
    """Where the per-unit mark (``PER_UNIT_AFTER``) after the amount whose unit ends at ``unit_end`` is looked for:
    right after it, or after the currency a range's first end leaves to its second; None when there is none."""
    if PER_UNIT_AFTER.match(text, unit_end) is not None:
        return unit_end
    currency = _CURRENCY_LEFT_AFTER.match(text, unit_end)
    return currency.end() if currency is not None and PER_UNIT_AFTER.match(text, currency.end()) else None


def per_unit_after(text: str, unit_end: int) -> bool:
    """Does a per-unit mark follow the amount whose unit ends at ``unit_end`` ("/tấn", "đồng/tấn" of a range)?"""
    return _per_unit_mark(text, unit_end) is not None


def amount_per_unit(ctx: FigureContext) -> bool:
    """Is the figure an amount of money per unit (``PER_UNIT_AFTER`` after it, "mỗi xã" right before it): a rate of
    what each gets or costs, not a sum? (An amount a year is a sum: a budget's yearly allocation.)"""
    if ctx.unit not in ("VND", "USD"):
        return False
    if (mark := _per_unit_mark(ctx.text, ctx.unit_end)) is not None:
        return _A_YEAR_AFTER.match(ctx.text, mark) is None
    return "mỗi" in ctx.before[-30:].lower() and _EACH_BEFORE.search(ctx.before[-40:]) is not None


def spaced(s: str) -> str:
    """Collapse whitespace (names copied across joined line breaks)."""
    return " ".join(s.split())


# A capitalised word: "Bể", "Đồn", "Nặm".
CAP_WORD = UPPER + r"[\w]*"
# A dot after an abbreviated kind of place ("TX. Hương Trà", "TP. Huế", "H. Nam Đàn") ends no
# sentence: lookbehinds for a sentence break that has just passed ". " (or is right after the dot).
# (whole words: "HTX." of a cooperative does end a sentence)
# thị xã, thành phố, thị trấn, huyện, quận
PLACE_ABBREVIATION_WORDS = ("TX", "TP", "TT", "H", "Q")
PLACE_ABBREVIATIONS = tuple(rf"\b{word}" for word in PLACE_ABBREVIATION_WORDS)
NOT_AFTER_ABBREVIATION = "".join(rf"(?<!{word}\.\s)" for word in PLACE_ABBREVIATIONS)
NOT_AFTER_PLACE_ABBREVIATION = "".join(rf"(?<!{word}\.)" for word in PLACE_ABBREVIATIONS)
# A semicolon inside a parenthesis ("35 điểm trường (Quảng Ngãi: 28; Gia Lai: 03)") separates the
# items of a breakdown, not sentences: no ")" may close before a "(" or the line's end.
NOT_IN_PARENTHESES = r"(?![^()\n]{0,120}\))"
# A full stop typed without its space ("... khẩn cấp.Vụ sạt lở ...", "sâu 15m.Hiện còn", common in copied
# pages): a word ending in two lower-case letters (or a number's unit), the dot, a capitalised word.
# Written to open with the dot, so the engine only tries it at dots ("TP.Huế", "H.Nam Đàn" have a
# capital before the dot; "4.705" no letters).
RUN_ON_STOP = rf"\.(?<=(?:{LOWER}|\d){LOWER}\.)(?={UPPER}{LOWER})"


# The mark sets whose every alternative matches one character (reading any characters before it and
# at most one after it, "(?!\d)"), none a letter of "trong đó": ``_clause_before`` finds their last
# match from the end.
_ONE_CHARACTER_MARKS = frozenset((
    r"[;,:()]", r"[;,.\n]", r"[,;:.!?\n]", r"[;,()]", r"[;()]|,(?!\d)", r"[;]", r"[;,]", r"[;:]",
    r";|\." + NOT_AFTER_PLACE_ABBREVIATION + r"(?!\d)",  # disasters' _CLAUSE_END
))
