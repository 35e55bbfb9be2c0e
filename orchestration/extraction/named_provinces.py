"""Which province a figure of a text about several provinces is about.

A report of one province keys every fact to that province (FACTS.md: "the province the fact is
about"). A national or regional text (a steering committee's summary, news of a road across two
provinces) has no province of its own, and its figures were left with none, though most of them
name theirs: "(Hà Giang: 39 nhà; Lai Châu: 98 nhà)", "Tại tỉnh Quảng Nam, mưa lớn làm 3 người chết",
"qua tỉnh Khánh Hòa (khoảng 32,7 km)". Grammar, not word lists: a figure is of the province named last
before it in its own clause; a bracket after a province's name holds that province's figures; a
closed bracket and the name it follows are of no later figure; a clause ends at a semicolon. A total
said before the breakdown by province names none and keeps none.
"""

from __future__ import annotations

import re

from orchestration.extraction.places import find_provinces

# A province named as one end of a route or a pair ("cao tốc Khánh Hòa - Buôn Ma Thuột", "tuyến Hà Nội – Lào Cai"),
# is part of a name, not the place of what follows.
_JOINED_TO_ANOTHER_PLACE = re.compile(r"\s*[-–—]\s*\w")
_JOINED_FROM_ANOTHER_PLACE = re.compile(r"\w\s*[-–—]\s*$")


def province_named_before(clean: str, sentence_start: int, at: int) -> str | None:
    """The key of the province a figure at ``at`` is of, as its sentence names it before the figure, else None."""
    scope = clean[sentence_start:at]
    if not scope.strip():
        return None
    opened = _open_brackets(scope)
    # Inside a bracket: its own words first ("(Lai Châu: 9 người và Điện Biên: 1 người)"), then the province the
    # bracket follows ("tỉnh Đắk Lắk (khoảng 84,8 km)"), then the clause the bracket stands in.
    for bracket in reversed(opened):
        inner_end = len(scope) if bracket == opened[-1] else opened[opened.index(bracket) + 1]
        named = _last_province(_clause(scope[bracket + 1:inner_end]))
        if named is not None:
            return named
        before = _without_closed_brackets(scope[:bracket]).rstrip()
        mentions = find_provinces(before)
        if mentions and mentions[-1].end == len(before) and _names_a_place(before, mentions[-1].start,
                                                                            mentions[-1].end):
            return mentions[-1].province.key
    outer_end = opened[0] if opened else len(scope)
    return _last_province(_clause(scope[:outer_end]))


def _open_brackets(scope: str) -> list[int]:
    """Offsets of the brackets opened in ``scope`` and not closed before its end, outermost first."""
    stack: list[int] = []
    for i, char in enumerate(scope):
        if char == "(":
            stack.append(i)
        elif char == ")" and stack:
            stack.pop()
    return stack


def _without_closed_brackets(text: str) -> str:
    """``text`` with each closed bracket blanked out, and the province name just before it: "qua tỉnh Khánh Hòa
    (khoảng 32,7 km) và tỉnh Đắk Lắk" — Khánh Hòa's figure was in its bracket; what comes after is not of it.
    Blanks keep the offsets."""
    if ")" not in text:
        return text
    chars = list(text)
    stack: list[int] = []
    for i, char in enumerate(text):
        if char == "(":
            stack.append(i)
        elif char == ")" and stack:
            opening = stack.pop()
            if not stack:
                before = text[:opening].rstrip()
                mentions = find_provinces(before)
                start = mentions[-1].start if mentions and mentions[-1].end == len(before) else opening
                chars[start:i + 1] = " " * (i + 1 - start)
    return "".join(chars)


def _clause(text: str) -> str:
    """The last clause of ``text`` (a semicolon outside brackets ends one), closed brackets blanked out."""
    blanked = _without_closed_brackets(text)
    return blanked[blanked.rfind(";") + 1:]


def _last_province(text: str) -> str | None:
    for mention in reversed(find_provinces(text)):
        if _names_a_place(text, mention.start, mention.end):
            return mention.province.key
    return None


def _names_a_place(text: str, start: int, end: int) -> bool:
    return (_JOINED_TO_ANOTHER_PLACE.match(text, end) is None
            and _JOINED_FROM_ANOTHER_PLACE.search(text, max(0, start - 40), start) is None)


def sentence_start(clean: str, at: int) -> int:
    """Where the sentence holding ``at`` opens: after the last full stop or line break before it."""
    return max(clean.rfind("\n", 0, at) + 1, clean.rfind(". ", 0, at) + 2)
