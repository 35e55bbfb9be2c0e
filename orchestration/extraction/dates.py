"""The grammar of a Vietnamese date, written once: its numbers, its words and how they join.

Reports write one date many ways: ``17/6/2024``, ``17-6-2024``, ``17.6.2024``, ``ngày 17 tháng 6
năm 2024``, ``tháng 6/2024``, a draft's ``ngày … tháng … năm 2024`` left blank. Rules read dates
in two spellings of a text: as written (NFC with tone marks: figures, budgets, projects) and
folded (``normalise.fold``: periods, placement, document), so the date words come in both
spellings. The pieces here are regex source; each rule composes them with its own lead words
("đến hết ngày …", "Sáng 22/11") and its own groups, which stay the rule's grammar. The readers
at the end turn a whole date into a ``datetime.date``: ``parse_date`` (any form, on folded text)
and ``read_date`` (the ``15/3/2024`` of a project event).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from orchestration.extraction.normalise import FoldedText

# --------------------------------------------------------------------------- numbers

YEAR = r"(?:19|20)\d\d"  # a year of the reports' era
CENTURY = 2000  # of a year written in two digits ("30/6/26", "ngày 15/3/27"): the reports' century
ANY_YEAR = r"\d{4}"  # four digits where the phrase alone says it is a year
DAY = r"(?:0?[1-9]|[12]\d|3[01])"  # a day of a month
MONTH = r"(?:0?[1-9]|1[0-2])"  # a month of a year
DIGITS = r"\d{1,2}"  # a day or month read leniently: the calendar check comes after


def captured(piece: str) -> str:
    """``piece`` as a capturing group (the reader wants its value)."""
    return f"({piece})"


YEAR_GROUP = captured(YEAR)
DIGITS_GROUP = captured(DIGITS)


# --------------------------------------------------------------------------- separators

SLASH = r"\s*/\s*"  # 17/6/2024, 17 / 6
DOTTED = r"\s*[/.-]\s*"  # 17/6, 30.6, 15-12
DOT = r"\."  # 31.12.2021
DOT_OR_DASH = r"\s*[.-]\s*"  # 30.6, 15-12, tháng 1.2024
# What stands between the words of a date line: its numbers, or the dots and underscores of a
# draft whose day and month are left blank ("ngày …… tháng 6 năm 2024").
LINE_FILL = r"[\s\d.…_]*"
DRAFT_BLANKS = r"[\s.…_]*"


# --------------------------------------------------------------------------- words


@dataclass(frozen=True)
class DateWords:
    """The words of a spelled date in one spelling of the text."""

    day: str
    month: str
    year: str
    hour: str
    minute: str
    day_part: str  # the words of a day before a date: ngày, đêm, sáng, rạng sáng, sáng sớm ...


WRITTEN = DateWords(  # NFC text, as the report writes it
    "ngày", "tháng", "năm", "giờ", "phút", "(?:ngày|đêm|sáng|chiều|trưa|tối|rạng|sớm|khuya)"
)
FOLDED = DateWords(  # the folded text of ``normalise.fold``
    "ngay", "thang", "nam", "gio", "phut", "(?:ngay|dem|sang|chieu|trua|toi|rang|som|khuya)"
)


# --------------------------------------------------------------------------- forms


def day_month(day: str = DAY, month: str = MONTH, sep: str = SLASH) -> str:
    """``17/6``: a day and its month."""
    return day + sep + month


def day_month_year(day: str = DAY, month: str = MONTH, year: str = YEAR, sep: str = SLASH, then: str = "") -> str:
    """``17/6/2024``; ``then`` is the second separator when it differs from the first (a
    back-reference that demands the same one: ``17.6.2024`` but not ``17.6/2024``)."""
    return day + sep + month + (then or sep) + year


def month_year(month: str = MONTH, year: str = YEAR, sep: str = SLASH) -> str:
    """``6/2024``: a month and its year."""
    return month + sep + year


def year_first(year: str = YEAR, month: str = DIGITS, day: str = DIGITS) -> str:
    """``2024-09`` or ``2024-09-16``: a crawler's date marker, the day optional."""
    return year + "-" + month + "(?:-" + day + ")?"


def slash_date(day: str = DIGITS, month: str = DIGITS, year: str = YEAR, month_optional: bool = False) -> str:
    """``17/6`` or ``17/6/2024``; with ``month_optional`` a bare ``17`` too (the first day of
    "11-14/8", whose month is said once at the end)."""
    month_part = "(?:" + SLASH + month + ")?" if month_optional else SLASH + month
    return day + month_part + "(?:" + SLASH + year + ")?"


def part(word: str, sep: str) -> str:
    """Before the next part of a date: a separator or that part's word (``30.6`` / ``30 tháng 6``)."""
    return rf"(?:{sep}|\s+{word}\s+)"


def spelled_day(words: DateWords, day: str = DIGITS) -> str:
    """``ngày 17``."""
    return words.day + r"\s+" + day


def spelled_month(words: DateWords, month: str = DIGITS) -> str:
    """`` tháng 6``: the month word and its number, after a day or a lead word (``hết tháng 6``)."""
    return r"\s+" + words.month + r"\s+" + month


def spelled_year(words: DateWords, year: str = ANY_YEAR) -> str:
    """`` năm 2024`` after a day or month."""
    return r"\s+" + words.year + r"\s+" + year


def time_of_day(words: DateWords) -> str:
    """``17h ``, ``19h30 ``, ``7 giờ sáng ngày ``, ``đêm ``, ``sáng sớm ``: the hour and the words
    of the day that may stand before a date ("tính đến 17h ngày 11/9", "từ đêm 26 đến sáng 27/7");
    all optional, so the caller's date follows directly. (The minutes marked by a prime, as bulletins
    write them, "16h00' ngày 3/11", "7 giờ 30’"; a comma after the hour, "16h00, ngày 3/11".)"""
    hour = (r"(?:\d{1,2}\s*(?:h|" + words.hour + r")\s*(?:\d{2}(?:\s*(?:" + words.minute + r"|['’′]))?)?"
            r"\s*,?\s+)?")
    return hour + "(?:" + words.day_part + r"\s+)*"


def date_line(words: DateWords) -> str:
    """``ngày 17 tháng 6 năm`` of a place-and-date line, day and month captured (either may be
    left blank in a draft); the caller says what follows ``năm``."""
    return (
        words.day + r"\s*" + captured(DIGITS) + "?" + DRAFT_BLANKS
        + words.month + r"\s*" + captured(DIGITS) + "?" + DRAFT_BLANKS + words.year
    )  # fmt: skip


# --------------------------------------------------------------------------- whole dates

# A complete day/month/year with slashes: the one form project events are dated in.
_SLASH_DATE = re.compile(day_month_year(DIGITS_GROUP, DIGITS_GROUP, YEAR_GROUP))
# On any text, folded or not (no words): day, separator, month, year; the same separator twice
# (17/6/2024, 17-06-2024, 17.6.2024, not 17.6/2024).
NUMERIC_DATE = re.compile(
    r"(?<![\d/.])"
    + day_month_year(DIGITS_GROUP, DIGITS_GROUP, YEAR_GROUP, sep=r"\s*([/.\-])\s*", then=r"\s*\2\s*")
    + r"(?![\d/])"
)
DAY_AND_MONTH = re.compile(r"(?<![\d/.])" + day_month(DIGITS_GROUP, DIGITS_GROUP, sep="/") + r"(?![\d/])")
MONTH_AND_YEAR = re.compile(r"(?<![\d/.])" + month_year(DIGITS_GROUP, YEAR_GROUP, sep=r"\s*[/\-]\s*") + r"(?![\d/])")
# A day, month and year of two digits with slashes ("ngày 15/3/27", "Đến 30/6/26"): the year of this century (slashes
# only: "1.5.26" or "3-5-10" may be other numbers)
SHORT_YEAR_DATE = re.compile(
    r"(?<![\d/.])" + day_month_year(DIGITS_GROUP, DIGITS_GROUP, r"(\d{2})") + r"(?![\d/]|[.,]\d)"
)
ISO_DATE = re.compile(r"(?<!\d)" + YEAR_GROUP + r"-(\d{2})-(\d{2})(?!\d)")
# On folded text: a place-and-date line with its year (day and month may be left blank).
FOLDED_DATE_LINE = re.compile(date_line(FOLDED) + r"\s*" + YEAR_GROUP)


def valid_year(year: int) -> bool:
    """A year a report can speak of (from the founding of the state to the plans' horizon)."""
    return 1945 <= year <= 2100


def report_date(year: int, month: int, day: int) -> dt.date | None:
    """The date when it is in the calendar and in a report's years, else None."""
    return calendar_date(year, month, day) if valid_year(year) else None


def parse_date(s: str, ref_year: int | None = None) -> dt.date | None:
    """``17/6/2024``, ``17-06-2024``, ``17.6.2024``, ``ngày 17 tháng 6 năm 2024``, ``2024-06-17``;
    ``17/6`` with ``ref_year``. None when there is no complete date (blank draft dates)."""
    f = FoldedText.of(s.strip()).folded
    if m := ISO_DATE.search(f):
        return report_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := NUMERIC_DATE.search(f):
        return report_date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
    if m := FOLDED_DATE_LINE.search(f):
        if m.group(1) and m.group(2):
            return report_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return None
    if m := SHORT_YEAR_DATE.search(f):
        return report_date(CENTURY + int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if ref_year is not None and (m := DAY_AND_MONTH.search(f)):
        return report_date(ref_year, int(m.group(2)), int(m.group(1)))
    return None


def calendar_date(year: int | None, month: int, day: int) -> dt.date | None:
    """The date, or None when the year is unknown or the day is not in the calendar (31/6)."""
    try:
        return dt.date(year, month, day) if year else None
    except ValueError:
        return None


def read_date(text: str) -> dt.date | None:
    """The first complete ``day/month/year`` written with slashes in ``text`` (``15/3/2024``; ``15/3/27``, its year
    in two digits)."""
    full, short = _SLASH_DATE.search(text), SHORT_YEAR_DATE.search(text)
    if full is not None and (short is None or full.start() <= short.start()):
        return calendar_date(int(full.group(3)), int(full.group(2)), int(full.group(1)))
    return calendar_date(CENTURY + int(short.group(3)), int(short.group(2)), int(short.group(1))) if short else None


# A date line: the place a paper or a news item is dated at, opening its line, then its day. One grammar
# for a report's ("Bắc Kạn, ngày 25 tháng 9 năm 2025"), a news item's ("Hà Giang, 5/10/2025 - ...",
# "Hà Nội, sáng 5/10 - ...") and an agency's, filed from a district with its province in brackets and the
# agency's tag after the day ("Mường Lát (Thanh Hóa), 5/10/2024 (TTXVN) - ..."). Its parts: ``seat`` (the
# place as written, its bracket too), ``place`` and ``province`` (the bracket's name), ``day``, ``month``,
# ``year`` (absent in a news item's "5/10"), ``agency``, and ``lead``, the words after the dash (None when no
# dash follows the day, as under a report's heading). The documents row reads its place and day; a label
# drops it when a news lead's first figure carries it.
_DATELINE_PLACE = (r"(?P<seat>(?P<place>[^\W\d][^(),\n\d]{1,30}?)"
                   r"(?:[ \t]*\([ \t]*(?P<province>[^\W\d][^()\n\d]{1,30}?)[ \t]*\))?)[ \t]*,[ \t]*")
_DATELINE_DAY_WORD = r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)[ \t]+"
_DATELINE_DAY = (r"(?P<day>\d{1,2})(?:[ \t]*[/.\-][ \t]*|[ \t]+tháng[ \t]+)(?P<month>\d{1,2})"
                 r"(?:(?:[ \t]*[/.\-][ \t]*|[ \t]+năm[ \t]+)(?P<year>\d{4}|\d{2}))?(?!\d)"
                 r"[ \t]*(?:\([ \t]*(?P<agency>[^()\n]{2,20})\)[ \t]*)?(?:[-–—][ \t]*(?P<lead>[^\n]*))?")
DATELINE = re.compile(r"(?m)^[^\w\n]*" + _DATELINE_PLACE + r"(?:" + _DATELINE_DAY_WORD + r")?" + _DATELINE_DAY)
# ... or its day alone, opening what a clause cut at the dateline's comma kept ("ngày 28 tháng 11 năm 2026 - Chỉ
# số giá ...": the label of a news lead's first figure); the day word is needed then
DATELINE_OR_ITS_DAY = re.compile(r"[^\w\n]*(?:" + _DATELINE_PLACE + r"(?:" + _DATELINE_DAY_WORD + r")?|"
                                 + _DATELINE_DAY_WORD + r")" + _DATELINE_DAY)
