"""The marks a list's item opens with, as reports write them: numbered ("1.", "2.1.", "a)", "II.") and dashed
("-", "+", "•", "*", "–"). One place for them: the layout, the tables, the periods and the labels all read items."""

from __future__ import annotations

import re

NUMBERED_MARK = r"(?:[a-zđ]|\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]"
DASH_CHARS = "-+•*–"  # ("-" first: a literal inside a character class)
DASH_MARK = "[" + DASH_CHARS + "]"
# the marks a district's report types with a slash or a dash instead: "1/ Sản xuất nông nghiệp", "a/ Trồng trọt",
# "II- LĨNH VỰC VĂN HÓA - XÃ HỘI" (read as headings by the layout and ranked as their dotted kin below)
SLASHED_OR_DASHED_MARK = r"(?:\d{1,2}/|[a-zđ]/|[IVXLC]{1,5} ?[-–])"


# the mark a heading of a report's outline opens on, from the highest level down: a part or a chapter ("PHẦN II",
# "Chương 3"), a capital letter ("B."), a Roman numeral ("II.", a single letter of one too: "V."), a number ("2.",
# "2.1.", "2.1", "2)"), a small letter ("b)"); a district's slash or dash ranks as its dotted kin: "II-" a Roman
# numeral, "1/" a number, "a/" a small letter (each its own kind, as "2)" is beside "2.")
_OUTLINE_MARK = re.compile(
    r"[ \t]*(?:(?P<part>(?i:phần|chương))|(?P<roman>[IVXLC]{1,5})(?:[.)]| ?[-–])"
    r"|(?P<letter>[A-ZĐ])[.)]|(?P<number>\d{1,2}(?:(?:\.\d{1,2})+\.?|[.)/]))"
    r"|(?P<small>[a-zđ])[.)/])\s"
)
_KIND_RANKS = {"part": 0, "letter": 1, "roman": 2, "small": 20}  # (a number ranks 3 and one more a level of it)
_BELOW_EVERY_MARK = 99  # (a heading with no mark, ranked among marked ones: "2. Nhiệm vụ" stands above it)


def outline_mark_kind(line: str) -> str | None:
    """The kind of the mark a line opens on ("part"; "letter", "roman", "small" with the ".", ")", "/" or "-"
    closing it; a number's count of dots and its last character: "2." and "3." one kind, "2.1." another, "2)" and
    "2/" others), None if none."""
    if (m := _OUTLINE_MARK.match(line)) is None:
        return None
    if (number := m.group("number")) is not None:
        return f"{number.rstrip('.)').count('.')}{number[-1]}"
    kind = m.lastgroup
    if kind == "part":
        return kind
    closing = line[m.end(kind) : m.end()].strip()  # (" -" after a Roman numeral: the dash; an en dash is one)
    return kind + closing.replace("–", "-")


def outline_rank(kind: str | None) -> int | None:
    """How high a kind of mark stands in a report's outline (0 the highest: a part), None for no mark."""
    if kind is None:
        return None
    if kind[0].isdigit():
        return 3 + int(kind[:-1])
    return _KIND_RANKS[kind.rstrip(".)/-")]


def heading_depth(heading: str) -> int:
    """How deep a heading stands by its mark, one with no mark deepest."""
    rank = outline_rank(outline_mark_kind(heading))
    return _BELOW_EVERY_MARK if rank is None else rank
