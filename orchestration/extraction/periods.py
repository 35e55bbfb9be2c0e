"""Periods and dates in Vietnamese reports.

* ``find_period_phrases(text, ref_year)``: every period phrase a figure may carry (``quý I/2025``,
  ``lũy kế 2 tháng``, ``đến ngày 17/6/2024`` ...), with offsets into ``text``.
* ``date_spans(text)``: offsets of every date/year expression, so the number grammar skips them.

Patterns run on the folded text of ``normalise.FoldedText`` (lower case, no diacritics, one char
per NFC char), which makes ``Quý``/``quí``/``QUÝ`` and ``lũy``/``luỹ`` the same; where folding
merges different words (``tháng``/``thắng``, ``quý``/``quy``, ``năm``/``Nam``) the original
word is checked.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from orchestration.extraction.caching import per_document
from orchestration.extraction.dates import (
    CENTURY,
    DIGITS,
    DIGITS_GROUP,
    DOT,
    FOLDED,
    FOLDED_DATE_LINE,
    ISO_DATE,
    LINE_FILL,
    MONTH,
    MONTH_AND_YEAR,
    NUMERIC_DATE,
    YEAR,
    YEAR_GROUP,
    captured,
    date_line,
    day_month,
    day_month_year,
    report_date,
    slash_date,
    spelled_day,
    spelled_month,
    spelled_year,
    time_of_day,
    valid_year,
)
from orchestration.extraction.marks import DASH_CHARS, DASH_MARK, NUMBERED_MARK
from orchestration.extraction.normalise import FoldedText, fold, fold_nfc
from orchestration.extraction.numbers import HEDGE_WORDS, NUMBER_WORDS, SCORE_INDEX_NAMES
from orchestration.extraction.scanning import guarded, matches_tried_at, opening_words, places_of
from orchestration.extraction.vocabulary import read_table, word_list, word_pattern, word_source

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_QUARTER_WORDS = {"mot": 1, "nhat": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4}  # (folded: "quý Ba", "quý Tư")


def quarter_number(numeral: str) -> int:
    """A quarter's number written in Roman (any case) or Arabic numerals: "IV", "iv", "4" → 4."""
    return _ROMAN.get(numeral.lower()) or int(numeral)


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    label: str


@dataclass(frozen=True)
class PeriodPhrase:
    start: int            # offsets into the text given
    end: int
    text: str
    kind: str             # quarter, month, cumulative, half, year, target_year, range,
    #                       as_of, comparison, school_year, whole_year, day
    period: Period | None  # None for as_of/comparison/school_year (the figure keeps the doc period)
    as_of: dt.date | None = None
    explicit_year: bool = True  # False when the year came from ref_year
    since: dt.date | None = None  # the day an as-of phrase said without it counts from (a paper's, said before)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def year_period(y: int) -> Period:
    return Period(dt.date(y, 1, 1), dt.date(y, 12, 31), f"năm {y}")


def half_period(y: int, first: bool) -> Period:
    if first:
        return Period(dt.date(y, 1, 1), dt.date(y, 6, 30), f"6 tháng đầu năm {y}")
    return Period(dt.date(y, 7, 1), dt.date(y, 12, 31), f"6 tháng cuối năm {y}")


def quarter_period(y: int, q: int) -> Period:
    roman = {1: "I", 2: "II", 3: "III", 4: "IV"}[q]
    return Period(dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q), f"quý {roman} năm {y}")


def month_period(y: int, m: int) -> Period:
    return Period(dt.date(y, m, 1), month_end(y, m), f"tháng {m} năm {y}")


def cumulative_period(y: int, n: int) -> Period:
    """First ``n`` months of ``y`` (6 → the first half, 12 → the year)."""
    if n == 6:
        return half_period(y, True)
    if n == 12:
        return year_period(y)
    return Period(dt.date(y, 1, 1), month_end(y, n), f"{n} tháng đầu năm {y}")


def last_months_period(y: int, n: int) -> Period:
    if n == 6:
        return half_period(y, False)
    return Period(dt.date(y, 13 - n, 1), dt.date(y, 12, 31), f"{n} tháng cuối năm {y}")


def range_period(y1: int, y2: int, word: str) -> Period:
    return Period(dt.date(y1, 1, 1), dt.date(y2, 12, 31), f"{word} {y1}-{y2}")


SCHOOL_YEAR_OPENS = 9  # a school year runs from September to the August after


def school_year_period(y1: int) -> Period:
    """The school year that opens in September of ``y1`` ("năm học 2024-2025")."""
    return Period(dt.date(y1, SCHOOL_YEAR_OPENS, 1), month_end(y1 + 1, SCHOOL_YEAR_OPENS - 1),
                  f"năm học {y1}-{y1 + 1}")


# a school year's two terms ("học kỳ I", "học kỳ 2"): the first from its opening to the middle of January, the second
# from then to the end of May (the Ministry's yearly frame closes the first term by mid-January, the second by 31 May)
FIRST_TERM_CLOSES = dt.date(2000, 1, 15)
SECOND_TERM_CLOSES = dt.date(2000, 5, 31)


def school_term_period(y1: int, term: int) -> Period:
    """Term ``term`` (1 or 2) of the school year that opens in September of ``y1`` ("học kỳ I năm học 2025-2026")."""
    first_closes = FIRST_TERM_CLOSES.replace(year=y1 + 1)
    if term == 1:
        return Period(dt.date(y1, SCHOOL_YEAR_OPENS, 1), first_closes, f"học kỳ I năm học {y1}-{y1 + 1}")
    return Period(first_closes + dt.timedelta(days=1), SECOND_TERM_CLOSES.replace(year=y1 + 1),
                  f"học kỳ II năm học {y1}-{y1 + 1}")


CROP_YEAR_OPENS = 10  # a crop year ("niên vụ" of coffee, sugar cane) runs from October to the September after


def crop_year_period(y1: int) -> Period:
    """The crop year that opens in October of ``y1`` ("niên vụ 2025-2026")."""
    return Period(dt.date(y1, CROP_YEAR_OPENS, 1), month_end(y1 + 1, CROP_YEAR_OPENS - 1), f"niên vụ {y1}-{y1 + 1}")


# --------------------------------------------------------------------------- dates



# --------------------------------------------------------------------------- period phrases

_YS = r"(?:\s*(?:/|-|nam)\s*" + YEAR_GROUP + r")?"  # optional year suffix: /2025, năm 2025, - 2025
_N = captured(MONTH)
# "Quý I năm trước, GRDP tăng 6%", "tháng 9 năm ngoái": that part of the year before the report's (not "năm trước
# nữa", two years back)
_THE_YEAR_BEFORE = r"\s+nam\s+(truoc|ngoai)(?!\w|\s+nua\b)"
# (or after it: "Phấn đấu quý I năm sau thu ...", "tháng 3 năm tới": that part of the year after the report's; not "năm
# sau đó", a year after another)
_THE_YEAR_NEAR = r"\s+nam\s+(truoc|ngoai|sau|toi)(?!\w|\s+(?:nua|do)\b)"
_NEXT_YEAR_WORDS = ("sau", "toi")
# ("quý III.2025": the year joined by a dot, as several papers write it; not a dotted number that goes on)
_YS_OR_DOT = (r"(?:" + DOT + YEAR_GROUP + r"(?!\d|[.,]\d)|\s*(?:/|-|nam)\s*" + YEAR_GROUP + "|" + _THE_YEAR_NEAR
              + ")?")
_NUM_DATE = slash_date(DIGITS_GROUP, DIGITS_GROUP, YEAR_GROUP)

# "tính đến (hết) (17h) ngày ...": the day a stock or a damage count is taken on. The scans below
# are written to open with a letter in every branch (``(?:tinh\s+den|den)``, not ``(?:tinh\s+)?den``):
# the regex engine then skips to the letters a match can start with instead of trying the pattern
# at every character of the report (same matches; ``tests/test_scanning.py`` holds them to the
# optional-prefix forms).
_TO = r"(?:tinh\s+den|den)"  # "(tính) đến"
# ("(tại) thời điểm 1/4": the day a census of the herds or a stock is counted on)
# ("tính đến thời điểm 25/12/2026": up to that day, as "tính đến ngày" says, no moment a stock is counted at)
_AS_OF_LEAD = r"(?:tinh\s+(?:den|toi)|den|toi|thoi\s+diem)\s+(?:het\s+)?(?:thoi\s+diem\s+)?" + time_of_day(FOLDED)
# the words naming a span of years before its first year ("giai đoạn", "nhiệm kỳ", "5 năm", "năm"), the word captured
_SPAN_WORDS = (r"(giai\s+doan|nhiem\s+ky|thoi\s+ky|trung\s+han|ke\s+hoach\s+5\s+nam|(?:[2-9]|10|hai|ba|bon|nam)\s+nam"
               r"|nam)\s*")
# (kind, regex) on folded text; earlier entries win ties at the same start.
def _month_digit_first(not_after: str) -> str:
    r"""``(?<![not_after])((?:0?[1-9]|1[0-2]))`` written one branch per first digit, the lookbehind
    after it (``0(?<![\d/]0)[1-9]|1(?<![\d/]1)(?:|[0-2])|2(?<![\d/]2)|...``, the lengths tried in
    the same order): the same matches and group, but the engine skips to digits instead of
    trying the lookbehind at every character of the report."""
    def behind(digit: str) -> str:
        return f"(?<!{not_after}{digit})"

    branches = [f"0{behind('0')}[1-9]", f"1{behind('1')}(?:|[0-2])"] + [f"{d}{behind(str(d))}" for d in range(2, 10)]
    return "(" + "|".join(branches) + ")"


def _folded_alternatives(words: Iterable[str]) -> list[str]:
    """``words`` folded as regex source (a space matches any run of them), each once, the longest first (an
    alternation takes its first branch that matches: "đông xuân" before "đông")."""
    return sorted(dict.fromkeys(fold(w).replace(" ", r"\s+") for w in words), key=len, reverse=True)


# The months as words, as written: "tháng Tư", not "tháng từ"; "bẩy", the other spelling of seven; "tháng đầu tiên
# của năm 2024", the year's first month; "tháng Một năm 2027", January as the statistics office writes it (capitalised
# or its year said, as every word here: "mỗi tháng một lần" is no month)
_MONTH_SPELLED = {"giêng": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
                  "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12, "đầu tiên": 1, "một": 1}
# (folded, as the patterns read them, longest first: "mười hai" before "mười", "hai")
_MONTH_WORDS = _folded_alternatives(_MONTH_SPELLED)
# (the names no other word is: "tháng Giêng", "tháng Chạp" in any case)
_MONTH_NAMES_ALONE = ("giêng", "chạp")
# A count of months as a word ("hai tháng", "chín tháng"): the number words, but one (no run of months),
# six (the "half" kind's) and "tư" (the ordinal of April); folded, longest first
# ("mười hai tháng qua": the twelve months, not "hai tháng qua" after a "mười")
_MONTH_COUNT_SPELLINGS = ({w: n for w, n in NUMBER_WORDS.items() if n not in (1, 6) and w != "tư"}
                          | {"mười một": 11, "mười hai": 12})
_MONTH_COUNT = {fold(w): n for w, n in _MONTH_COUNT_SPELLINGS.items()}
_MONTH_COUNT_SPLIT = [tuple(count.split(" ")) for count in _MONTH_COUNT]  # (each a word or two)
_MONTH_COUNT_WORDS = sorted((w.replace(" ", r"\s+") for w in _MONTH_COUNT), key=len, reverse=True)
# the words that sum up the months of the year so far before their count ("tính chung", "ước tính", "thực hiện",
# "(đến) hết", "kết thúc"), and what may follow "tháng" so that the count closes its lead
_SUMMING_LEADS = r"tinh\s+chung|uoc\s+tinh|thuc(?<!gian\sthuc)\s+hien|het|ket\s+thuc"
_MONTHS_SUMMED_END = r"(?=\s*(?:,|uoc|dat|tang|giam|la\b|qua\b|vua\s+qua|so\s+voi\b|\.(?!\d)))"
_SAME_TIME = r"cung\s+ky(?:\s+nam\s+(?:truoc|ngoai|" + YEAR_GROUP + r"))?"  # "cùng kỳ (năm trước)"
# ("đến ngày 16-4", "đến ngày 4-10-2016": the press writes a day and its month with a dash too)
_AS_OF_DASHED = re.compile(_AS_OF_LEAD + r"ngay\s+" + DIGITS_GROUP + "-" + DIGITS_GROUP + "(?:-" + YEAR_GROUP
                           + r")?(?![\d/-])")
# ("Tính đến 31-3-2026": without "ngày" when its year is said, as "đến 10-15" may be a count's range)
_AS_OF_DASHED_DATED = re.compile(_AS_OF_LEAD + DIGITS_GROUP + "-" + DIGITS_GROUP + "-" + YEAR_GROUP + r"(?![\d/-])")
# ("đến ngày mồng 5 tháng 3": the first ten days of a month said with "mồng"/"mùng", as the spelled ones are)
_AS_OF_WORDY = re.compile(_AS_OF_LEAD + spelled_day(FOLDED, r"(?:m[ou]ng\s+)?" + DIGITS_GROUP)
                          + spelled_month(FOLDED, DIGITS_GROUP)
                          + "(?:" + spelled_year(FOLDED, YEAR_GROUP) + ")?")
# "Tính đến ngày mười lăm tháng mười hai năm 2026", "đến ngày mồng 5 tháng 3": the day and its month said in words,
# as a paper written out in full says them (a lunar day, "mồng 5 tháng Giêng năm Bính Ngọ", ``_resolve`` leaves)
_DAY_UNITS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9}
# (after a ten: "mốt" 1, "tư" 4, "lăm"/"nhăm" 5; folded, "mốt" is "mot"; a plain "năm" there is no five)
_AFTER_A_TEN = {w: n for w, n in _DAY_UNITS.items() if w != "nam"} | {"tu": 4, "lam": 5, "nham": 5}
_DAY_SPELLED = (_DAY_UNITS | {"muoi": 10, "hai muoi": 20, "ba muoi": 30, "ba muoi mot": 31}
                | {f"muoi {w}": 10 + n for w, n in _AFTER_A_TEN.items()}
                | {f"hai muoi {w}": 20 + n for w, n in _AFTER_A_TEN.items()})
_DAY_WORDS = sorted((w.replace(" ", r"\s+") for w in _DAY_SPELLED), key=len, reverse=True)
_MONTH_OF_WORD = {fold(w): n for w, n in _MONTH_SPELLED.items()}
# (a month's number or its name: "tháng 11", "tháng Giêng", "tháng Mười một")
_N_OR_WORD = r"(\d{1,2}(?!\d|[.,]\d)|" + "|".join(_MONTH_WORDS) + r"(?!\w))"


_AS_OF_SPELLED = re.compile(_AS_OF_LEAD + r"ngay\s+(?:m[ou]ng\s+)?(" + "|".join(_DAY_WORDS) + r"|\d{1,2})\s+thang\s+("
                            + "|".join(_MONTH_WORDS) + r"|\d{1,2})(?!\w)(?:" + spelled_year(FOLDED, YEAR_GROUP) + ")?")
# "tính đến đầu tháng 7/2019, thu ngân sách ... ước trên 464 tỉ đồng": everything before that month
# began, so the months of the year up to the end of the month before (the first half here)
_TO_MONTH_START = re.compile(_TO + r"\s+dau\s+thang\s+" + _N + r"(?!\d|[.,]\d)" + _YS)
# "Từ ngày 01/7/2025 đến nay, thu ngân sách xã đạt ...": the days from that one (a commune's first, after the
# 2025 reorganisation) to the report's time (resolved by ``with_the_documents_time``)
# ("Từ ngày 01/7/2025 (ngày vận hành chính quyền hai cấp) đến nay": the day named in a bracket between; "Từ ngày
# 27/4/2021 (đợt dịch thứ 4) đến nay": one number in it, no second day)
# ("Từ ngày 01/01/2026 đến thời điểm báo cáo", "từ 01/01 đến ngày báo cáo": the same, the report's time said so)
# ("Từ 7h ngày 27/10 đến nay": the hour the day is said with)
_SINCE_A_DAY = re.compile(r"(?:ke\s+)?tu\s+" + time_of_day(FOLDED) + r"(?:ngay\s+)?" + _NUM_DATE
                          + r"(?:\s*\((?=[^()]{1,80}\))[^()/\d]*(?:\d+[^()/\d]*)?\))?\s+(?:den|toi)\s+(?:nay|hien\s+nay"
                          r"|hien\s+tai|thoi\s+diem\s+(?:bao\s+cao|hien\s+tai|hien\s+nay|nay)|ngay\s+bao\s+cao)\b")
# ("đến ngày 18/01", "tới hết ngày 18", "đến 6h ngày 16/10": the last day of a range said as a day)
_DAY_SAID_LAST = re.compile(r"(?:den|toi)\s+(?:het\s+)?" + time_of_day(FOLDED) + r"ngay\s")
# "Từ khi vận hành chính quyền địa phương hai cấp (01/7/2025) đến nay, xã tiếp nhận ...": the day of the event named
# in brackets, as "từ ngày 01/7/2025 đến nay" says it (resolved the same way)
_SINCE_AN_EVENT = re.compile(r"(?:ke\s+)?tu\s+(?:khi|sau\s+khi)\s+[^()\d.;:\n]{1,80}?\(\s*(?:ngay\s+)?" + _NUM_DATE
                             + r"\s*\)\s*,?\s+(?:den|toi)\s+(?:nay|hien\s+nay|hien\s+tai)\b")
# ("Sau khi sáp nhập với tỉnh B (ngày 1/7/2025), tỉnh thu hút ...", "Kể từ khi hợp nhất (01/7/2025), ...": the same,
# "đến nay" unsaid, opening a clause before its comma; ``_resolve`` holds it to a clause's head)
_SINCE_AN_EVENT_LEAD = re.compile(r"(?:ke\s+tu\s+(?:sau\s+)?|tu\s+(?:sau\s+)?|sau\s+)khi\s+[^()\d.;:\n]{1,80}?\(\s*"
                                  r"(?:ngay\s+)?" + _NUM_DATE + r"\s*\)(?=\s*,)")
# "lũy kế từ 01/7/2025 đạt 7.860 triệu đồng", "Chi ngân sách lũy kế từ ngày 1/7/2025 đạt ...": summed since that day (a
# commune's first after the 2025 reorganisation), "đến nay" unsaid, up to the report's time (resolved as "từ ngày
# 01/7/2025 đến nay" is); a day said after it ("lũy kế từ ngày 1/7/2025 đến ngày 30/11/2025") is read by the scans
# of ranges of days
_SUMMED_FROM_A_DAY = re.compile(r"(?:luy\s+ke|cong\s+don)\s+(?:thuc\s+hien\s+)?(?:ke\s+)?tu\s+(?:ngay\s+)?"
                                + _NUM_DATE + r"(?![\d/])(?!\s*(?:\([^()\n]{0,80}\)\s*)?,?\s*(?:den|toi)\b)")
# "lũy kế 3 tháng (từ 01/7/2025)": the months counted from the day in the bracket, not from January
_MONTHS_FROM_A_DAY = re.compile(r"(?:(?:luy\s+ke|cong\s+don)\s+)?" + _N + r"\s+thang\s*\(\s*(?:ke\s+)?tu\s+(?:ngay\s+)?"
                                + _NUM_DATE + r"\s*\)")
# "từ khi thành lập phường (01/7/2025) đến 31/12/2025": the days from the event's day in the bracket to the day said
# after it (the groups of a range of days: first day, month, year, last day, month, year)
_SINCE_AN_EVENT_TO_A_DAY = re.compile(r"(?:ke\s+)?tu\s+(?:khi|sau\s+khi)\s+[^()\d.;:\n]{1,80}?\(\s*(?:ngay\s+)?"
                                      + _NUM_DATE + r"\s*\)\s*,?\s+(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?" + _NUM_DATE
                                      + r"(?![\d/])")
# "Từ tháng 3 đến nay, lực lượng chức năng phát hiện 126 vụ": the months from that one's first day to the report's
# time (resolved by ``with_the_documents_time``), not that one month
# ("Từ đầu tháng 8 đến nay", "từ giữa tháng 8 đến nay": from its first day, from its 15th; "Từ 2021 đến nay": the
# year, "năm" unsaid)
# "Kể từ ngày 01/7/2025, các xã đã cấp 1.200 giấy phép", "Từ sau ngày 1/7/2025, ...": since that day, "đến nay" unsaid,
# opening a clause before its comma, its year written (resolved as "từ ngày 01/7/2025 đến nay" is; ``_resolve`` holds
# it to a clause's head)
# ("Từ chiều ngày 3/10, lũ quét làm ...", "Từ 7h ngày 5/10, ...": the part of the day or the hour said before it; the
# year unsaid, that of the report)
_SINCE_A_DAY_LEAD = re.compile(r"(?:ke\s+tu|tu)\s+(?:sau\s+)?" + time_of_day(FOLDED) + r"(?:ngay\s+)?" + DIGITS_GROUP
                               + r"\s*/\s*" + DIGITS_GROUP + r"(?:\s*/\s*" + YEAR_GROUP + r")?(?=\s*,)")
_SINCE_A_MONTH = re.compile(r"(?:ke\s+)?tu\s+(?:(?:dau\s+|giua\s+|cuoi\s+)?thang\s+" + _N + r"(?!\d|[.,]\d)" + _YS
                            + r"|(?:(?:giua|cuoi)\s+nam\s+|nam\s+)?" + YEAR_GROUP
                            # ("Từ quý III/2026 đến nay", "Từ đầu quý IV đến nay": from the quarter's first day)
                            + r"|(?:dau\s+)?qu[yi]\s+(?:iv|i{1,3}|[1-4])(?!\w)(?:\s*(?:/|-|nam)\s*" + YEAR + r")?"
                            + r")\s+(?:den|toi)\s+(?:nay|hien\s+nay|hien\s+tai)\b")
# "Giai đoạn 2021 - nay, tỉnh xây mới 45 trường", "giai đoạn từ năm 2021 đến nay": a span of years that runs to now,
# from its first year's first day to the report's time, as "từ năm 2021 đến nay" is
_YEARS_TO_NOW = re.compile(r"giai\s+doan\s+(?:tu\s+)?(?:nam\s+)?" + YEAR_GROUP
                           + r"\s*(?:[-–]\s*|(?:den|toi)\s+)(?:nay|hien\s+nay|hien\s+tai)\b")
# the word of a month before its number: "tháng", or its initial joined to the number in quickly typed reports ("đến
# hết T6", "Lũy kế đến T10/2026"; "T" in capitals, checked by ``_a_months_initial_in_capitals``)
_A_MONTHS_WORD = r"(?:thang\s+|t(?=\d))"
# "Lũy kế đến hết tháng 10, kim ngạch ...", "lũy kế đến ngày 25/10": the months (days) from January, counted on
# that month's end (that day); "lũy kế từ đầu năm đến tháng 10" stays the months alone (cumulative_from_start)
# ("Lũy kế thực hiện đến hết tháng 10": what was done, summed the same way)
_SUMMED_TO_A_MONTH = re.compile(r"(?:luy\s+ke|cong\s+don)\s+(?:thuc\s+hien\s+)?" + _TO
                                + r"\s+(?:het\s+|cuoi\s+)?" + _A_MONTHS_WORD + _N + r"(?!\d|[.,]\d)" + _YS)
_SUMMED_TO_A_DAY = re.compile(r"(?:luy\s+ke|cong\s+don)\s+(?:thuc\s+hien\s+)?" + _TO
                              + r"\s+(?:het\s+)?(?:ngay\s+)?" + _NUM_DATE + r"(?![\d/])")
# a day and its month (and year) joined by dashes or dots: "1-1", "30.10.2025"
_DAY_MARKED = (DIGITS_GROUP + r"\s*[.-]\s*" + DIGITS_GROUP + r"(?:\s*[.-]\s*" + YEAR_GROUP + r")?(?![\d/]|[.,]\d)")
# ("(từ 30-8 đến 2-9)": "ngày" unsaid, the span alone in its bracket, as no range of counts stands there)
_DAYS_MARKED = re.compile(r"(?:tu\s+ngay\s+|(?<=\()tu\s+(?=[\d.\s-]{3,14}\s(?:den|toi)\s+(?:het\s+)?[\d.\s-]{3,14}\)))"
                          + _DAY_MARKED + r"\s+(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?" + _DAY_MARKED)
# ("Từ 1.10 đến 15.10.2026", "từ 01-10-2026 đến 15-10-2026": the same, "ngày" unsaid, the last day's year said)
_DAYS_MARKED_DATED = re.compile(r"tu\s+" + _DAY_MARKED + r"\s+(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?" + DIGITS_GROUP
                                + r"\s*[.-]\s*" + DIGITS_GROUP + r"\s*[.-]\s*" + YEAR_GROUP + r"(?![\d/]|[.,]\d)")
_A_DAY_SPELLED = (r"ngay\s+(?:m[ou]ng\s+)?(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+(?:cua\s+)?nam\s+" + YEAR_GROUP
                  + r")?(?!\d|[.,]\d)")
_DAYS_SPELLED = re.compile(r"tu\s+" + _A_DAY_SPELLED + r"\s+(?:den|toi)\s+(?:het\s+)?" + _A_DAY_SPELLED)
# ("từ ngày 01/7/2025 (ngày thành lập tỉnh mới) đến ...": what the first day was, in brackets before the last)
_ASIDE = r"(?:\s*\([^()\n]{1,60}\))?"
# ("Tháng trước, xã cấp 65 giấy phép": the month before, opening a clause before its comma; ``_resolve`` holds it
# to a clause's head, not "so với tháng trước, tăng 3%")
# (or before the verb of its clause: "Tháng trước có 290 doanh nghiệp thành lập mới", "Cùng kỳ năm trước đạt ...")
_A_LEADS_END = r"(?=\s*,|\s+(?:co|dat|la|ghi\s+nhan|xay\s+ra)\s)"
# ("Tháng liền trước, ...", "Quý liền kề trước đạt ...": the one right before, said so)
_RIGHT_BEFORE = r"\s+(?:lien\s+(?:ke\s+)?)?truoc"
_MONTH_BEFORE_LEAD = re.compile(r"thang" + _RIGHT_BEFORE + _A_LEADS_END)
# ("Quý trước, thu ngân sách đạt ...": the quarter before the report's last one, the same way)
_QUARTER_BEFORE_LEAD = re.compile(r"qu[yi]" + _RIGHT_BEFORE + _A_LEADS_END)
# ("Tuần trước, ghi nhận 135 ca": in a week's bulletin, the week before its own; ``with_the_documents_time`` reads it
# only in a report of one week)
_WEEK_BEFORE_LEAD = re.compile(r"tuan" + _RIGHT_BEFORE + _A_LEADS_END)
# ("Năm trước, tỉnh đạt 1,5 tỷ USD", "Năm ngoái, ...": the year before the report's, opening a clause before its comma;
# ``_resolve`` holds it to a clause's head, not "so với năm trước, tăng 3%", "cùng kỳ năm trước,")
_YEAR_BEFORE_LEAD = re.compile(r"nam(?:" + _RIGHT_BEFORE + r"|\s+ngoai)" + _A_LEADS_END)
# ("Cùng tháng năm trước, xuất khẩu đạt ...", "Cùng quý năm ngoái đạt ...": the report's last month or quarter a year
# back, opening a clause as "Cùng kỳ năm trước," does; not "so với cùng tháng năm trước", a base)
_SAME_PART_A_YEAR_BEFORE_LEAD = re.compile(r"cung\s+(thang|qu[yi])\s+(?:cua\s+)?nam\s+(?:truoc|ngoai)" + _A_LEADS_END)
# "Q2/2026", "Q3-2025": a quarter in the short form of business news, its year said ("Q1" alone is as often "Quận 1";
# ``_resolve`` holds the letter to a capital)
# ("Q4.2025", "9T.2025": the year joined by a dot, as "quý III.2025" is)
# ("Q2 2026": the year after a space, as news mixing English terms writes it)
_QUARTER_SHORT = re.compile(r"(?<![\w.])q([1-4]|iv|i{1,3})(?:\s*(?:/|-|nam\s)\s*|" + DOT + r"|[ \t]+)" + YEAR_GROUP
                            + r"(?![\d/]|[.,]\d)")
# ("doanh thu H1/2026", "H2 2026": a half of a year in the English initial, "H" in capitals)
_HALF_SHORT = re.compile(r"(?<![\w.])h([12])(?:\s*[/-]\s*|[ \t]+)" + YEAR_GROUP + r"(?![\d/]|[.,]\d)")
_THE_SAME_DAYS_OF_ANOTHER_PART = re.compile(
    r"so\s+voi\s+cung\s+ky\s+(?:cua\s+)?(?:thang|qu[yi])\s+(?:truoc|iv|i{1,3}|\d{1,2})"
    r"(?:\s*(?:/|-|nam\s)\s*" + YEAR + r")?(?![\w/])"
)
# ("từ ngày 1 đến hết 15-12", "từ ngày 3 đến 9-11-2026": the days of one month, the last written with a dash, as the
# press writes a day and its month; after "từ ngày … đến" alone, where no count's range "từ 5 đến 9-11" is read)
_A_DAY_DASHED_LAST = r"(\d{1,2})-(\d{1,2})(?:-" + YEAR_GROUP + r")?(?![\d/-])"
_DAYS_OF_A_MONTH_DASHED = re.compile(
    r"tu\s+ngay\s+(\d{1,2})\s+(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?" + _A_DAY_DASHED_LAST
)
# ("Sản lượng thủy sản UTH Q2: 2.450 tấn", "Thu NSNN Q3 đạt 5 tỷ": a quarter in short, its year unsaid, before a colon
# closing the label or the verb of its figure, as "9T" is; "Q" in capitals; not before a comma, where "Q1, Q3" may be
# the districts of a city)
_QUARTER_SHORT_UNDATED = re.compile(r"(?<![\w.])q([1-4]|iv|i{1,3})(?=\s*:|\s+(?:uoc|dat|tang|giam|thuc\s+hien)\b)")
# ("9T/2026", "6T-2026", "T10/2026": a table's heading of the months so far, or of one month, in short; "T" in capitals)
# ("9TĐN/2026", "6 TĐN năm 2026", "Lũy kế 9TĐN": the months so far, "tháng đầu năm" in its initials, in capitals)
_MONTHS_FIRST_SHORT = re.compile(r"(?<![\w.])(\d{1,2})\s*tdn(?!\w)(?:\s*(?:/|-|nam\s)?\s*" + YEAR_GROUP
                                 + r"(?![\d/]|[.,]\d))?")
# ("T1-T10/2026", "T01 - 10/2026": the months between in a table heading's initials, "T" in capitals)
_MONTHS_SHORT_RANGE = re.compile(r"(?<![\w.])t(\d{1,2})\s*[-–]\s*t?(\d{1,2})\s*/\s*" + YEAR_GROUP + r"(?![\d/]|[.,]\d)")
_MONTHS_SHORT = re.compile(r"(?<![\w.])(?:(\d{1,2})t|t(\d{1,2}))(?:\s*[/-]\s*|" + DOT + ")" + YEAR_GROUP
                           + r"(?![\d/]|[.,]\d)")
# ("GRDP 11T ước tăng 10,2%", "Thu NSNN: TH 9T đạt ...", "6T đầu năm 2026": the months so far in short, their year
# unsaid or after "đầu năm", before the verb of the months' figure or a colon or comma closing the label; "T" in
# capitals, as "9T/2026" is)
_MONTHS_SHORT_UNDATED = re.compile(r"(?<![\w.])(\d{1,2})t(?:\s+dau\s+nam(?:\s*(?:/|-|nam\s)?\s*" + YEAR_GROUP
                                   + r"(?![\d/]|[.,]\d))?|(?=\s+(?:uoc|dat|tang|giam|thuc\s+hien)\b|\s*[:,]))")
# ("LK 6T thu 9 tỷ", "Lũy kế 4T chi 3 tỷ": the months so far in short after the word of a running total, "lũy kế" or
# its initials "LK", whatever verb follows)
_MONTHS_SHORT_SUMMED = re.compile(r"(?:lk|luy\s+ke)\s+(\d{1,2})t(?![\w/])(?:\s+nam\s+" + YEAR_GROUP + r")?")
# ("Thu NSNN T6: 1,2 tỷ", "UTH T6 đạt 95 tấn": one month in short, its year unsaid, before a colon closing the label
# or the verb of its figure, as "6T" is; "T" in capitals)
_MONTH_SHORT_UNDATED = re.compile(r"(?<![\w.])t(\d{1,2})(?=\s*:|\s+(?:uoc|dat|tang|giam|thuc\s+hien)\b)")
# "Thu ngân sách quý I, II năm 2026", "quý III và IV/2026": a quarter named after another by its numeral alone, "quý"
# said once; the phrase is that numeral ("at"), its year said after it (the first takes it as in "quý I và quý II/2026")
# ("quý I, II, III năm 2026": a numeral between them, the phrase still the last)
_QUARTER_LISTED = re.compile(r"qu[yi]\s+(iv|i{1,3}|[1-4])(?:[ \t]*,[ \t]*(?:iv|i{1,3}|[1-4])(?![\w]))?"
                             r"[ \t]*(?:,|va|&)[ \t]*(?P<at>iv|i{1,3}|[1-4])(?![\w])" + _YS_OR_DOT)
# "Trong 2 quý đầu năm", "Ba quý đầu năm 2026", "quý đầu năm": the first quarters of the year, their months so far
# ("Hai quý cuối năm 2026", "quý cuối năm": the last quarters, their months to the year's end)
_QUARTERS_FIRST = re.compile(r"(?:(2|3|hai|ba)\s+)?qu[yi]\s+(dau|cuoi)(?:(?<=u)\s+tien|(?<=i)\s+cung)?\s+(?:cua\s+)?nam"
                             + r"(?:\s*" + YEAR_GROUP + r")?(?![\d/]|\s+(?:truoc|ngoai)\b)")
# "Vụ Hè Thu 2024, toàn tỉnh gieo trồng ...", "vụ Đông Xuân 2024-2025", "niên vụ mía 2024-2025": a crop season (or a
# crop year) named with its year, "năm" or not; the season of two years is reaped in the second, the winter crop
# ("vụ Đông 2023") in the year after the one it is named by. The phrase is its year ("at"), as "năm 2024" is;
# ``_resolve`` keeps it only when the report's year is none of the season's (the report's own season lies within
# the report's period: "vụ Đông 2023" in a report on the first half of 2024)
# ("vụ Đông - Xuân 2024-2025", "vụ Hè-Thu 2024": the two words of a season joined by a dash, as the press writes them)
CROP_SEASON_WORDS = [w.replace(r"\s+", r"\s*[-–]?\s*") for w in _folded_alternatives(word_list("crop_seasons"))]
# ("Mùa khô 2024-2025, toàn tỉnh xảy ra 5 vụ cháy rừng", "mùa mưa bão 2024": a season of the weather, the same way)
_WEATHER_SEASON_WORDS = _folded_alternatives(word_list("weather_seasons"))
# (a season of the weather over the new year, "mùa khô 2025-2026": its first and last months,
# data/words/weather_seasons.csv)
WEATHER_SEASON_MONTHS = {" ".join(fold(row["words"]).split()): (int(row["first_month"]), int(row["last_month"]))
                          for row in read_table("words/weather_seasons.csv") if row["first_month"]}
_CROP_SEASON = re.compile(r"(?:(?:vu|lua)\s+(?P<season>" + "|".join(CROP_SEASON_WORDS)
                          + r")|nien\s+vu(?:\s+[^\W\d_]+){0,2}?|mua\s+(?P<weather>" + "|".join(_WEATHER_SEASON_WORDS)
                          + r"))\s+(?P<at>(?:nam\s+)?" + YEAR_GROUP
                          + r")(?:\s*[-–/]\s*" + YEAR_GROUP + r")?(?![\d/]|[.,]\d)")
# ("Vụ Đông Xuân năm 2025-2026": a season's two years after "năm", no span of both)
# ("Vụ Hè Thu năm nay": a crop season's year said against the report's; a weather season's stays the year's)
_A_CROP_SEASON_BEFORE = re.compile(r"(?:vu(?:\s+lua)?\s+(?:" + "|".join(CROP_SEASON_WORDS) + r")|nien\s+vu)\s+$")
_A_SEASON_BEFORE = re.compile(r"(?:(?:vu|lua)\s+(?:" + "|".join(CROP_SEASON_WORDS)
                              + r")|nien\s+vu(?:\s+[^\W\d_]+){0,2}|mua\s+(?:" + "|".join(_WEATHER_SEASON_WORDS)
                              + r"))\s+$")
# "Từ đầu niên vụ 2026-2027 đến nay, tỉnh xuất khẩu ...", "Kể từ đầu niên vụ cà phê, ...": the crop year so far,
# from its October 1 to the report's time (resolved by ``with_the_documents_time``; its years unsaid, the crop year
# under way then, "đến nay" or a comma closing it)
_CROP_YEAR_SO_FAR = re.compile(r"(?:(?:tinh|ke)\s+)?tu\s+dau\s+nien\s+vu(?:\s+(?!nam\b|den\b|toi\b)[^\W\d_]+){0,2}?"
                               r"(?:\s+(?:nam\s+)?" + YEAR_GROUP + r"\s*[-–/]\s*" + YEAR_GROUP + r"(?![\d/]|[.,]\d)"
                               r"(?:\s+(?:den|toi)\s+nay\b)?|\s+(?:den|toi)\s+nay\b|(?=\s*,))")
# "Từ đầu mùa khô đến nay, xảy ra 5 vụ cháy rừng", "Kể từ đầu mùa khô hanh, ...": the season of the weather over the new
# year under way at the report's end so far, from its first month (data/words/weather_seasons.csv; resolved by
# ``with_the_documents_time``)
_DRY_SEASON = re.compile(r"mua\s+(" + "|".join(_folded_alternatives(
    w for w in word_list("weather_seasons") if " ".join(fold(w).split()) in WEATHER_SEASON_MONTHS)) + r")\b")
# ("Từ đầu mùa khô năm 2026 đến nay", "từ đầu mùa khô 2025-2026 đến nay": the season named by its years, the one
# closing in the last, as a title's "mùa khô năm 2026" is)
_DRY_SEASON_SO_FAR = re.compile(r"(?:(?:tinh|ke)\s+)?tu\s+dau\s+" + _DRY_SEASON.pattern
                                + r"(?:\s+(?:nam\s+)?" + YEAR + r"(?:\s*[-–]\s*" + YEAR + r")?(?![\d/]|[.,]\d))?"
                                + r"(?:\s+(?:den|toi)\s+(?:nay|hien\s+nay|hien\s+tai)\b|(?=\s*,))")
# (the season word of "từ đầu mùa …", any of data/words/weather_seasons.csv, longest first as the table has them)
_A_SEASON_SO_FAR = re.compile(r"tu\s+dau\s+mua\s+(" + "|".join(_WEATHER_SEASON_WORDS) + r")\b")
# (a season of the weather whose months differ by the country's climate regions, keyed by the season's folded word and
# the region: data/words/weather_seasons_by_region.csv; each province's region, data/climate_regions.csv: the
# contract's regions are economic ones, and Thanh Hóa's rains are the north's though it is counted with the centre)
_CLIMATE_REGION_OF = {row["province_key"]: row["climate_region"] for row in read_table("climate_regions.csv")}
_SEASON_MONTHS_IN_REGION = {(" ".join(fold(row["words"]).split()), row["region"]):
                            (int(row["first_month"]), int(row["last_month"]))
                            for row in read_table("words/weather_seasons_by_region.csv")}
_SO_FAR = re.compile(r"\bdau\b")  # ("từ đầu quý đến nay": from the start of the part, folded)
# "Nhà máy dự kiến đi vào hoạt động từ quý II/2026, sử dụng 10.000 lao động", "dự kiến quý II/2027 vận hành thương mại,
# công suất 50 MW": a part of a year after a work's event (or between "dự kiến" and it) is when the work opens, no
# period of the sizes said after it (data/words/works_put_in_service.csv); the event's own clause counting something
# keeps it ("dự kiến trong quý IV/2026 sẽ khởi công 5 công trình", "hoàn thành trong quý I: 5 công trình")
# (its own table, not project_events.csv: those rows say an event took place, so they refuse a planned one, "dự kiến
# hoàn thành", and one with its time after it, "hoàn thành trong quý II", the very phrasings read here)
_SERVICE_EVENTS = "(?:" + "|".join(_folded_alternatives(word_list("works_put_in_service"))) + ")"
_TIME_WORDS = r"(?:(?:tu|trong|vao|truoc|den|het|cuoi|dau|giua|nua)\s+)"
_AN_EVENT_BEFORE = re.compile(r"(?<!\w)" + _SERVICE_EVENTS + r"\s+" + _TIME_WORDS + "{0,2}$")
_DUE_BEFORE = re.compile(r"(?<!\w)(?:du\s+kien|phan\s+dau|ke\s+hoach|se)\s+" + _TIME_WORDS + "{0,2}$")
_AN_EVENT_AFTER = re.compile(r"\s+(?:(?:se|duoc|chinh\s+thuc)\s+)*" + _SERVICE_EVENTS + r"(?!\w)")
# (the event's clause ends where a clause set against it opens, "nhưng"/"song", or the time said of another state of
# the work: "khởi công từ tháng 8/2024 nhưng đến tháng 5/2025 mới đạt 40% khối lượng" — the 40% is counted up to
# May, the start month no period of it)
_ANOTHER_STATES_TIME = r"\b(?:tinh\s+)?(?:den|toi)\s+(?:nay|hien\s+nay|ngay|thang|qu[yi]|het|cuoi|thoi\s+diem)\b"
_THE_EVENTS_CLAUSE = re.compile(r"[^,;.\n(]*?(?=[,;.\n(]|\b(?:voi|nhung|song)\b|" + _ANOTHER_STATES_TIME + "|$)")
_A_WORKS_TIME_KINDS = frozenset({"quarter", "month", "half", "cumulative"})
# "Số dự án khởi công", "Tổng số công trình hoàn thành": the event names what is counted, its time the count's period
_A_COUNT_OF_EVENTS = re.compile(r"(?<!\w)(?:tong\s+)?so\s+(?!voi\b)(?:\w+\s+){1,3}$")
# "Cộng dồn 42 tuần, ghi nhận 5.600 ca", "42 tuần đầu năm 2026", "Từ tuần 1 đến tuần 42": the weeks of the year so
# far, to the report's end (resolved by ``with_the_documents_time`` when the weeks counted reach the report's end)
_WEEKS_SO_FAR = re.compile(r"(?:(?:luy\s+ke|cong\s+don|tich\s+luy)\s+(?:tu\s+dau\s+nam\s+)?(\d{1,2})\s+tuan"
                           r"(?:\s+dau\s+nam)?"
                           r"|(?<![\d.,])(\d{1,2})\s+tuan\s+dau\s+nam"
                           r"|tu\s+tuan\s+(?:thu\s+)?(?:0?1|nhat)\s+(?:den|toi)\s+(?:het\s+)?tuan\s+(?:thu\s+)?(\d{1,2}))"
                           r"(?!\d|[.,]\d)(?:\s*(?:/|-|nam\s)?\s*" + YEAR_GROUP + r")?(?![\d/])")
# "Lũy kế từ đầu năm đến tuần 32", "Tính từ đầu năm đến hết tuần thứ 31/2026", "lũy kế đến tuần 32": the year so far to
# the Sunday closing that week of the year (weeks counted as ``_WEEK_NUMBERED`` counts them)
# ("Tính đến hết tuần 48, ghi nhận 1.320 ca": counted up to that week, as a running total is; "Từ đầu năm 2026 đến hết
# tuần 32": the year named at the start is the weeks' year)
_FROM_THE_YEARS_START = r"tu\s+dau\s+nam(?:\s+nay|\s+" + YEAR_GROUP + r")?\s+"
_YEAR_TO_WEEK = re.compile(r"(?:(?:luy\s+ke|cong\s+don)\s+(?:" + _FROM_THE_YEARS_START + r")?|tinh\s+"
                           r"|(?:(?:tinh|ke)\s+)?" + _FROM_THE_YEARS_START + ")"
                           r"(?:den|toi)\s+(?:het\s+)?tuan\s+(?:thu\s+)?(\d{1,2})(?!\d|[.,]\d)"
                           r"(?:\s*(?:/|-|nam\s)\s*" + YEAR_GROUP + r")?(?![\d/])")
_PART_SO_FAR = re.compile(r"(?:(?:tinh|ke)\s+)?tu\s+dau\s+(?:(thang|qu[yi])\s+(?:den|toi)\s+nay\b"
                          r"|nam\s+hoc(?:\s+(?:den|toi)\s+nay)?\b)")
# "Trong 5 năm qua (2021-2025), tổng thu ngân sách đạt ...": the years just gone, counted and named in brackets
# ("Trong 3 năm (2023-2025), ...", "Sau 5 năm (2021-2025), ...": the same, "qua" unsaid)
# ("3 năm gần đây (2024-2026)", "5 năm gần nhất (2021-2025)", "4 năm trở lại đây (2022-2025)": the same years)
_YEARS_PAST = re.compile(r"(?:sau\s+)?(\d{1,2})\s+nam(?:\s+(?:(?:vua\s+)?qua|gan\s+(?:day|nhat)|tro\s+lai\s+day))?\s*\("
                         r"\s*(?:giai\s+doan\s+)?" + YEAR_GROUP
                         + r"\s*[-–]\s*" + YEAR_GROUP + r"\s*\)")
# ("5 năm qua, toàn tỉnh xây mới 320 km đường", "Trong 3 năm vừa qua, ..."): the same, the years unnamed, counted back
# from a report on a whole year (resolved by ``with_the_documents_time``; not "hơn 5 năm qua", more than five)
_YEARS_PAST_BARE = re.compile(r"(?<![\w.,])(?<!hon\s)(?<!gan\s)([2-9]|10|hai|ba)\s+nam\s+(?:vua\s+)?qua\b(?!\s*\()")
# "Trong 6 tháng qua, tỉnh thu hút 45 dự án", "3 tháng vừa qua": the months just gone, up to the report's end (resolved
# by ``with_the_documents_time``; in a report on June the first half, in one on September April to September; not "hơn
# 6 tháng qua", more than six)
_MONTHS_PAST = re.compile(r"(?:trong\s+|(?<![\w.,])(?<!hon\s)(?<!gan\s))(\d{1,2}|" + "|".join(_MONTH_COUNT_WORDS)
                          + r")\s+thang\s+(?:vua\s+)?qua\b(?!\s*\()")
# "Tính đến cuối tháng trước, dư nợ đạt ...", "đến hết tháng trước": counted on the last day of the month before the
# report's last (resolved by ``with_the_documents_time``)
_AS_OF_MONTH_BEFORE = re.compile(_TO + r"\s+(?:het\s+|cuoi\s+)thang\s+truoc\b")
# "Từ đầu nhiệm kỳ đến nay, tỉnh xây dựng 1.250 km đường", "Kể từ đầu nhiệm kỳ 2021-2026 đến nay": the council's term
# so far, from its first year to the report's end (resolved by ``with_the_documents_time``; its years unsaid, the term
# under way then)
_TERM_SO_FAR = re.compile(r"(?:(?:tinh|ke)\s+)?tu\s+dau\s+nhiem\s+ky(?:\s+(?:nay|" + YEAR_GROUP + r"\s*[-–]\s*"
                          + YEAR + r"))?(?:\s+(?:den|toi)\s+(?:nay|hien\s+nay|hien\s+tai)\b|(?=\s*,))")
# ("Tuần đầu tháng 3/2026, có 5 vụ cháy": the month's first or last seven days)
# ("10 ngày đầu tháng, xảy ra 6 vụ", "Nửa cuối tháng này, ...": the same days of the report's last month, resolved by
# ``with_the_documents_time``; not "tuần đầu tháng tới", "nửa đầu tháng sau")
# (nor "nửa đầu tháng Mười": a month named in words)
# ("Tuần đầu tiên của tháng 3/2026", "10 ngày cuối cùng của tháng": the same, "tiên"/"cùng" and "của" said)
_OF_THE_MONTH = r"(?:\s+(?:tien|cung))?(?:\s+cua)?\s+thang"
# ("Hai tuần đầu tháng 11", "2 tuần cuối tháng này": weeks counted, seven days each)
_MONTH_PART_HEAD = r"(?:(\d{1,2})\s+ngay|(nua)|((?:[23]\s+|hai\s+|ba\s+)?tuan))\s+(dau|cuoi)" + _OF_THE_MONTH
_DAYS_OF_THIS_MONTH_PART = re.compile(_MONTH_PART_HEAD
                                      + r"(?:\s+nay\b)?(?!\s*\d|\s+(?:toi|sau|truoc|" + "|".join(_MONTH_WORDS)
                                      + r")\b)")
# ("Nửa đầu tháng Mười", "10 ngày cuối tháng Chạp năm 2026": the month in words, as a name is)
_DAYS_OF_A_MONTH_PART = re.compile(_MONTH_PART_HEAD + r"\s+" + _N_OR_WORD + _YS)
# "Thượng tuần tháng 10, mưa lớn làm ...", "trong hạ tuần tháng 11/2026": the month's ten days (1st-10th, 11th-20th,
# 21st to its end); "đến trung tuần tháng 10" is an as-of (_AS_OF_MONTH_PART)
# ("Trong 10 ngày giữa tháng 12": the middle ten; "Thượng tuần tháng Mười": the month in words, as a name is)
_MONTHS_OF_THIS_QUARTER = re.compile(r"(?:(2|hai)\s+)?thang\s+(dau|cuoi)(?:\s+tien|\s+cung)?\s+(?:cua\s+)?qu[yi]"
                                     r"(?:\s+nay)?(?![ \t]*(?:(?:iv|i{1,3}|[1-4]|toi|sau|truoc|nam)\b|[/.-]?\d)|\w)")
_TEN_DAYS = {"thuong": 1, "trung": 11, "ha": 21, "10": 11, "muoi": 11}
_TEN_DAYS_OF_A_MONTH = re.compile(r"(thuong|trung|ha|(?<![\d.,])10|muoi)(?:(?<=[ga])\s+tuan|(?<=[0i])\s+ngay\s+giua)"
                                  r"(?:\s+cua)?\s+thang\s+"
                                  + _N_OR_WORD + _YS)
# "Tuần thứ 2 của tháng 11, phát hiện 35 ổ dịch", "trong tuần thứ ba tháng 3/2026": the month's days seven by seven
# (the first week its 1st to 7th, the second its 8th to 14th ...; a fifth week from the 29th to the month's end)
_WEEK_NUMBERS = {"nhat": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5}
# ("Tuần thứ hai của tháng Mười": the month in words, as a name is; "Tuần 1 tháng 10": "thứ" unsaid before a digit)
_WEEK_OF_A_MONTH = re.compile(r"tuan\s+(?:thu\s+|(?=[1-5]\s))([1-5]|" + "|".join(_WEEK_NUMBERS)
                              + r")(?:\s+cua)?\s+thang\s+"
                              + _N_OR_WORD + _YS)
# "Trong hai ngày 28 và 29/10, mưa lớn làm ...", "trong các ngày 14, 15 và 16/9", "Trong 2 ngày 30-31/10", "ngày 30/9 và
# 01/10": the days named one by one (or first and last), their month said once at the end (or each its own), the
# span from the first to the last; a count of days said before them must be theirs
_DAYS_COUNT_SPELLED = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7}
_DAYS_COUNT_WORDS = {fold(word): n for word, n in _DAYS_COUNT_SPELLED.items()}
_DAYS_LISTED = re.compile(r"(?:(?:trong|rieng|chi\s+rieng)\s+)?(?:(?:cac|nhung|(" + "|".join(_DAYS_COUNT_WORDS)
                          + r"|[2-7]))\s+)?ngay\s+(\d{1,2})(?:\s*/\s*(\d{1,2}))?(?:\s*,\s*\d{1,2}){0,5}"
                          r"\s*(?:,|va|&|[-–])\s*(?:ngay\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*" + YEAR_GROUP
                          + r")?(?![\d/]|[.,]\d)")
_MONTHS_SO_FAR = re.compile(r"(?:nhung|cac|may)\s+thang\s+dau(?:\s+tien)?\s+(?:cua\s+)?nam(?:\s+nay\b|\s*"
                            + YEAR_GROUP + r")?(?![\d/]|\s+(?:truoc|ngoai|hoc)\b)")
# ("Tuần 44 (26/10 - 01/11)", "Tuần 44/2026 (từ 26/10 – 01/11)": the year unsaid, after a period the bracket gives the
# days of, as "_PERIOD_NAMED_BEFORE_A_BRACKET" names them)
_DAYS_BRACKETED = re.compile(r"(?<=\()\s*(?:tu\s+(?:ngay\s+)?)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*" + YEAR_GROUP
                             + r")?\s*[-–]\s*(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*" + YEAR_GROUP + r")?(?=\s*\))")
# (now: "nay", "thời điểm báo cáo", "hiện tại")
# ("đến tuần này", "đến kỳ báo cáo" in a bulletin: to the end of the week or term it reports on)
_NOW = (r"(?:nay|hien\s+nay|hien\s+tai|thoi\s+diem\s+(?:bao\s+cao|hien\s+tai|hien\s+nay|nay)|ngay\s+bao\s+cao"
        r"|(?:tuan|ky)\s+(?:nay|bao\s+cao))\b")
# ("trong 2 tháng 7 và 8", "Hai tháng 11, 12 năm 2026", "ba tháng 4, 5 và 6": the months named one by one after their
# count, the span from the first to the last; the count must be theirs)
# ("trong các tháng 9, 10 và 11", "những tháng 7 và 8/2026": the same without a count, the months one after another)
_MONTHS_LISTED = re.compile(r"(2|3|hai|ba|cac|nhung)\s+thang\s+" + _N + r"(?:\s*,\s*" + MONTH
                            + r")?\s*(?:,|va|&)\s*(?:thang\s+)?" + _N + r"(?!\d|[.,]\d)" + _YS + r"(?![\d/])")
# ("Trong tháng 5 và tháng 6, toàn tỉnh thu hút 12 dự án", "Tháng 8, tháng 9, ...", "tháng 11 và 12/2026,": months one
# after another, each named with its "tháng" (or the last bare after "và" and before the clause's end, not "tháng 6 và
# 6 tháng đầu năm"), no count before them: the span from the first to the last, one figure after them their sum)
_MONTHS_JOINED = re.compile(r"thang\s+" + _N + r"(?:\s*/\s*" + YEAR_GROUP + r")?(?:\s*,\s*thang\s+" + _N
                            + r")?\s*(?:(?:,|va|&)\s*thang\s+|va\s+(?=\d{1,2}(?:\s*(?:/|nam)\s*\d{4})?\s*[,:;.]))"
                            + _N + r"(?!\d|[.,]\d)" + _YS + r"(?![\d/])")
# (after such months, a list of numbers read one by one or "lần lượt", "tương ứng": each month its own figure)
_A_COUNT_BEFORE = re.compile(r"\d\s+$")  # ("3 tháng 7 và 8": a count not theirs, ``_MONTHS_LISTED``'s to refuse)
_A_CLAUSE_ENDS = re.compile(r"[.;](?!\d)|\n")
_READ_MONTH_BY_MONTH = re.compile(r"lan\s+luot|tuong\s+ung|\d[\d.,]*\s*%?(?:\s+[^\W\d_]+){0,3}\s*(?:,|va\b)\s*\d")
# (or another period listed after them: "Tháng 9, tháng 10 và 10 tháng năm 2026, ...", "tháng 11, tháng 12 và cả năm")
_ANOTHER_PERIOD_LISTED = re.compile(r"\s*(?:,|va\b|&)\s*(?:ca\s+|luy\s+ke\s+)?"
                                    r"(?:\d{1,2}\s+thang|nam|qu[yi]|thang|[^\W\d_]+\s+thang)\b")
# "Đến trung tuần tháng 10, toàn tỉnh đã gieo cấy ...", "đến giữa tháng 11": a stock counted on a day within the
# month that the part named holds (data/words/month_parts.csv: the middle of the part; CONVENTIONS.md names no day)
# "3 tháng cuối năm 2026", "hai tháng còn lại của năm", "Trong 2 tháng còn lại, ...": the last months of the year,
# counted (the count said before it); "còn lại" alone only when a comma closes it (not "3 tháng còn lại của hợp đồng")
_THE_MONTHS_LEFT = (r"\s+thang\s+(?:(?:cuoi|con\s+lai(?:\s+cua)?)\s+nam(?:\s*" + YEAR_GROUP + r")?"
                    r"|con\s+lai(?=\s*,))")
# the words that name a month by its occasion after "tháng" ("tháng cao điểm", "Tháng hành động"): no month of the
# report's
_MONTHS_OF_AN_OCCASION = "|".join(_folded_alternatives(word_list("months_of_an_occasion")))
_MONTH_PART_DAYS = {fold(row["words"]): int(row["day"]) for row in read_table("words/month_parts.csv")}
_AS_OF_MONTH_PART = re.compile(_TO + r"\s+(" + "|".join(_folded_alternatives(_MONTH_PART_DAYS)) + r")\s+thang\s+" + _N
                               + r"(?!\d|[.,]\d)" + _YS)
# ("Từ đầu năm đến trung tuần tháng 11, kim ngạch đạt ...", "từ đầu năm 2026 đến giữa tháng 11": the days from the
# year's first to that day, counted on it, as "từ đầu năm đến ngày 15/11" is)
_YEAR_TO_A_MONTH_PART = re.compile(r"tu\s+dau\s+nam(?:\s+" + YEAR_GROUP + r")?\s+" + _TO + r"\s+("
                                   + "|".join(_folded_alternatives(_MONTH_PART_DAYS)) + r")\s+thang\s+" + _N
                                   + r"(?!\d|[.,]\d)" + _YS)
# "Từ cuối tháng 9 đến đầu tháng 10, mưa lớn làm ...", "từ giữa tháng 9 đến trung tuần tháng 10/2026", "từ tháng 9 đến
# giữa tháng 10": the days from a part of one month to a part of another (a part said at least once), from the part's
# first day (``_PART_FIRST_DAYS``) to its day in data/words/month_parts.csv, as "đến giữa tháng 10" is counted on
# (the first days, "đầu", on that of the first ten; the end or none, the month's last day)
_MONTH_PART_WORDS = "|".join(_folded_alternatives([*_MONTH_PART_DAYS, "đầu", "cuối"]))
_MONTH_PARTS_RANGE = re.compile(r"tu\s+(?:(" + _MONTH_PART_WORDS + r")\s+)?thang\s+" + _N + r"(?!\d|[.,]\d)" + _YS
                                + r"\s+(?:den|toi)\s+(?:het\s+)?(?:(" + _MONTH_PART_WORDS + r")\s+)?thang\s+" + _N
                                + r"(?!\d|[.,]\d)" + _YS)
_PART_FIRST_DAYS = {"dau": 1, "giua": 15, "cuoi": 21, "thuong tuan": 1, "trung tuan": 11, "ha tuan": 21}
_PART_LAST_DAYS = _MONTH_PART_DAYS | {"dau": _MONTH_PART_DAYS["thuong tuan"]}
# "Tuần 42, toàn tỉnh ghi nhận 215 ca sốt xuất huyết", "Trong tuần thứ 7/2027, ...": a week of the year by its number,
# as the health bulletins count them (Monday to Sunday, the first holding the year's first Thursday), opening its
# clause before a comma or colon (not "tuần 42 (12/10 - 18/10)", whose days say it; nor "tuần thứ 2 của tháng 11")
# ("Tuần thứ 11 năm 2027 ghi nhận 40 ca", "Tuần 11/2027 toàn tỉnh có ...": its year said, no comma needed; not "mỗi
# tuần 3 buổi", "tăng tuần thứ 3 liên tiếp", whose number no year follows)
_WEEKS_OF_A_MONTH = 5
_AT_A_LINES_END = re.compile(r"[ \t]*(?:\n|$)")
_WEEK_NUMBERED = re.compile(r"(?:trong\s+)?tuan\s+(?:thu\s+)?(\d{1,2})(?:\s*(?:/|-|nam)\s*" + YEAR_GROUP
                            + r"(?![\d/]|[.,]\d)|(?=\s*[,:(]|[ \t]*(?:\n|$)))")
# "Sau 3 năm thực hiện Nghị quyết số 05-NQ/TU ngày 12/3/2023 của Tỉnh ủy, ...": the years since the paper put in hand
# was issued, from its day to the report's (resolved as "từ ngày 12/3/2023 đến nay" is; the years counted must be about
# those between its year and the report's)
_YEARS_PUT_IN_HAND = (r"(?:sau|qua)\s+(?:hon\s+|gan\s+)?([1-9]|10|hai|ba|bon|nam)\s+nam\s+"
                      r"(?:trien\s+khai\s+)?(?:thuc\s+hien|trien\s+khai)")
# (the paper's day with slashes or in words: "ngày 12/3/2023", "ngày 12 tháng 3 năm 2023")
_A_PAPERS_DAY = (r"ngay\s+(?:" + _NUM_DATE + r"(?![\d/])|" + DIGITS_GROUP + spelled_month(FOLDED, DIGITS_GROUP)
                 + spelled_year(FOLDED, YEAR_GROUP) + ")")
_YEARS_SINCE_A_PAPER = re.compile(_YEARS_PUT_IN_HAND + r"\s+[^.;:\n]{1,80}?\b" + _A_PAPERS_DAY)
# ("Nghị quyết số 05-NQ/TU ngày 12/3/2023 của Tỉnh ủy về .... Sau 3 năm thực hiện, toàn tỉnh ...": the same, the
# paper and its day named earlier in the paragraph, the years opening a clause of their own before its comma; "Sau 3
# năm thực hiện Nghị quyết số 05-NQ/TU, ...": its number said again)
# (the kinds of paper whose carrying out is counted in years, folded: data/words/papers_put_in_hand.csv)
_PAPERS = "(?:" + "|".join(_folded_alternatives(word_list("papers_put_in_hand"))) + ")"
_YEARS_SINCE_SAID = re.compile(_YEARS_PUT_IN_HAND + r"(?:\s+" + _PAPERS
                               + r"(?:\s+(?:nay|tren)|\s+so\s+\d[\w/.-]*)?)?(?=\s*,)")
# (the paper named with its day: "Nghị quyết số 05-NQ/TU ngày 12/3/2023", "Đề án ... ban hành ngày 5/6/2024")
_A_PAPER_DATED = re.compile(r"(?:" + _PAPERS + r"|quyet\s+dinh)\b[^.;:\n]{0,60}?\b" + _A_PAPERS_DAY)
# "Từ ngày 01/7/2025 đến hết quý III/2026": from a day to the end of a quarter, as to the end of a month
_DAY_TO_QUARTER = re.compile(r"tu\s+(?:ngay\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*" + YEAR_GROUP + r")?" + _ASIDE
                             + r"\s+(?:den|toi)\s+(?:het\s+|cuoi\s+)?qu[yi]\s+(iv|i{1,3}|[1-4])(?!\w)"
                             r"(?:\s*(?:/|-|nam)\s*" + YEAR_GROUP + r")?")
# "Lũ quét ngày 15/8 làm 3 người chết": a day right before the verb of what an event did, then a count or the damage
# (not "ngày 15/8 làm việc với ...", "Quyết định ngày 15/8 làm căn cứ")
# ("Ngày 14/10, lũ cuốn trôi 3 cầu tạm", "Ngày 12/10/2026, lốc xoáy làm tốc mái 20 nhà": the day opening the clause,
# the event a few words after its comma; ``_resolve`` holds it to a clause head. Not "Ngày 12/4, UBND tỉnh tổ chức
# ...", "Ngày 9/5, VCCI công bố ...": no damage done, the day an act tells of a longer period)
# ("Đêm 7/10, sạt lở làm 1 người bị thương", "Lũ quét rạng sáng 5/9 làm …": a part of the day before it, "ngày" unsaid;
# "tối", "chiều tối" too, written with its marks, as "tới" folds alike, a span's end)
# ("Ngày 20/4, mưa đá trên địa bàn xã Tân Lập làm 45 nhà tốc mái": the spell and where it struck;
# "Ngày 20/4, tại xã Tân Lập, mưa đá làm …": where it struck set off by commas of its own; up to
# ``_EVENT_LEAD_WORDS`` words, for a place given street, ward and province before the event, a house's number too:
# "Khoảng 19h ngày 22/4, tại nhà hàng số 8 đường Lê Duẩn, phường Trường Vinh, tỉnh Nghệ An xảy ra vụ nổ khiến 3
# người bị thương")
_EVENT_LEAD_WORDS = 24
# ("Ngày 18/6, Công an tỉnh phối hợp với Bộ đội Biên phòng bắt quả tang 3 đối tượng, thu giữ 12 bánh heroin": what one
# operation caught on its day, the verbs of data/words/seizures.csv; not a day its catch is told on: "Ngày 18/6, Công an
# tỉnh cho biết đã bắt giữ 402 đối tượng", ``_resolve``)
_SEIZED = _folded_alternatives(word_list("seizures"))
_EVENT_DAY = re.compile(r"(?<=\s)(?:(?:dem|sang|chieu(?:\s+toi)?|toi|trua|khuya|rang\s+sang)\s+(?:ngay\s+)?|ngay\s+)"
                        r"(\d{1,2})\s*/\s*"
                        r"(\d{1,2})(?:\s*/\s*" + YEAR_GROUP + r")?(?=(?P<lead>\s*,"
                        r"(?:,?\s+(?:[^\W\d_]+|-|so\s+\d+(?:/\d+)?(?!\d))){1," + str(_EVENT_LEAD_WORDS)
                        + r"})?\s+(?:da\s+|con\s+)?"
                        r"(?:lam|khien|gay(?:\s+ra)?|cuon\s+troi|(?P<seized>" + "|".join(_SEIZED) + r"))"
                        r"(?P<done>(?:\s+(?!(?:hon|khoang|gan|tren|nhieu)\b)[^\W\d_]+){1,3}?)?"
                        r"\s+(?:(?:hon|khoang|gan|tren|nhieu)\s+)?\d)")
# ("Ngày 20/4, mưa đá làm tốc mái 45 nhà", "… làm hư hỏng 45 nhà", "… gây thiệt hại 45 nhà": what was done said
# between the cause's verb and the count, a word of damage (data/words/damage.csv); not "làm việc với 3 sở")
_DAMAGE_DONE = word_pattern("damage", re.IGNORECASE)
# (or after a short aside of its own opening the clause, or "vào": "Trước đó, ngày 20/4, mưa đá làm …", "Sau đó, vào
# đêm 3/5, lốc làm …", "Cũng trong tháng, ngày 9/5, …": an earlier or later event's own day, not the report's months)
# (or its hour first: "Khoảng 15 giờ ngày 10/10, mưa đá làm …", "Vào lúc 16h30 ngày 2/6, …")
_EVENT_DAY_HEAD_BEFORE = re.compile(r"(?:^|[;:.\n\-+•])[ \t]*(?:(?:[^\W\d_]+[ \t]+){0,3}[^\W\d_]+[ \t]*,[ \t]*)?"
                                    r"(?:vao[ \t]+)?(?:(?:khoang|luc)[ \t]+)?(?:\d{1,2}[ \t]*(?:h|gio)[ \t]*"
                                    r"(?:\d{2}(?:[ \t]*phut)?)?[ \t]+)?$")
# (not a day a span runs from or to: "mưa từ chiều ngày 4/9 làm 6 nhà bị sập", "sau ngày 4/9")
_SPAN_WORD_BEFORE = re.compile(r"(?:tu|den|toi|sau|truoc|ke)\s+(?:" + FOLDED.day_part + r"\s+)*$")
# "Từ 01/10/25 đến 31/3/26, toàn tỉnh trồng ...": a span of days, their years in two digits (of this century)
_DAYS_SHORT_YEARS = re.compile(r"tu\s+(?:ngay\s+)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{2})\s+(?:den|toi)\s+(?:het\s+)?"
                               r"(?:ngay\s+)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{2})(?![\d/]|[.,]\d)")
# "Từ khi vận hành chính quyền địa phương hai cấp, các xã tiếp nhận ...", "kể từ khi thực hiện mô hình chính quyền 2
# cấp đến nay": since an event whose day is known, its date unsaid (data/words/since_events.csv), to the report's time
# (resolved by ``with_the_documents_time``, as "từ ngày 01/7/2025 đến nay" is)
# ("Từ khi sáp nhập tỉnh, ...", "Kể từ sau sáp nhập xã, ...": the merger of provinces and communes on the same day)
_SINCE_EVENT_DAYS = {fold(row["words"]): dt.date.fromisoformat(row["day"])
                     for row in read_table("words/since_events.csv")}
_KNOWN_EVENTS = re.compile("|".join(_folded_alternatives(_SINCE_EVENT_DAYS)))
# ("Sau 6 tháng vận hành chính quyền 2 cấp, ...", "Qua hơn 5 tháng thực hiện mô hình chính quyền địa phương hai cấp":
# the months since it, counted, to the report's end)
_SINCE_A_KNOWN_EVENT = re.compile(r"(?:(?:ke\s+)?tu\s+(?:khi|sau(?:\s+khi)?|ngay)"
                                  r"|(?:sau|qua)\s+(?:hon\s+|gan\s+)?\d{1,2}\s+thang)\s+(?:(?:chinh\s+thuc\s+)?(?:van\s+hanh"
                                  r"|thuc\s+hien|trien\s+khai|ap\s+dung|to\s+chuc)\s+)?(?:(?:theo\s+)?mo\s+hinh\s+)?("
                                  + _KNOWN_EVENTS.pattern + r")(?:\s+(?:chinh\s+thuc\s+)?(?:di\s+vao\s+)?(?:hoat\s+dong"
                                  r"|van\s+hanh))?(?:\s*,?\s+(?:den|toi)\s+(?:nay|hien\s+nay|hien\s+tai))?(?!\w)")
# "Trong 3 ngày qua, mưa lớn làm ...", "trong 24 giờ qua": the days up to the report's (a bulletin's day; resolved by
# ``with_the_documents_time``); hours only in whole days
# ("2 tuần qua", "hai tuần vừa qua": seven days each)
_DAYS_PAST = re.compile(r"(\d{1,3}|" + "|".join(_DAYS_COUNT_WORDS) + r")\s+(ngay|gio|tuan)\s+(?:vua\s+)?qua\b")
_DAYS_PAST_REACH = 31
_A_BULLETINS_DAYS = dt.timedelta(days=7)  # (a report of a day or a week: written on its period's last day)
# "Đêm 27 rạng sáng 28/10, lũ quét làm ...", "đêm 31/12 rạng sáng 01/01/2027", "đêm 5 và sáng 6/9": the night from
# one day into the next, the month (and year) said once at the end or with each day ("đêm 6/11 đến sáng 7/11": the
# same span, no day counted up to)
_NIGHT_INTO_MORNING = re.compile(r"dem\s+(?:ngay\s+)?(\d{1,2})(?:\s*/\s*(\d{1,2})(?:\s*/\s*" + YEAR_GROUP
                                 + r")?)?\s*(?:,\s*|va\s+|(?:den|toi)\s+)?(?:rang\s+)?sang\s+(?:ngay\s+)?(\d{1,2})"
                                 r"\s*/\s*(\d{1,2})"
                                 r"(?:\s*/\s*" + YEAR_GROUP + r")?(?![\d/]|[.,]\d)")
# "Từ đầu tháng 11 đến ngày 25/11, có 14 vụ", "từ đầu tháng đến 20/9/2026", "từ đầu tháng 10 đến ngày 25/11": the
# days from the month's first (the day's month when unnamed) to that day, counted on it
_MONTH_TO_A_DAY = re.compile(r"tu\s+dau\s+thang(?:\s+" + _N + r"(?!\d|[.,]\d)" + _YS + r")?\s+(?:den|toi)\s+(?:het\s+)?"
                             r"(?:ngay\s+)?" + _NUM_DATE + r"(?![\d/])")
# "Dịp nghỉ lễ 30/4-1/5, tỉnh đón 820.000 lượt khách", "kỳ nghỉ lễ 30/4 và 1/5/2026": the days of a holiday named by
# them, "từ" unsaid (the first day's month later than the last's of the year before: "dịp 31/12 - 1/1")
# ("dịp lễ 30-4 và 1-5", "nghỉ lễ 30.4 - 1.5 năm 2026": each day joined to its month by a dash or a dot, as the press
# writes them, the same mark twice)
_HOLIDAY_DAYS = re.compile(r"(?:dip(?:\s+nghi)?|nghi)(?:\s+le)?\s+(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*(?:[-–,&]|va\s)"
                           r"\s*(\d{1,2})\s*\2\s*(\d{1,2})(?:\s*\2\s*" + YEAR_GROUP + r"|\s+nam\s+" + YEAR_GROUP
                           + r")?(?![\d/]|[.,]\d)")
_HOLIDAY_REACH = dt.timedelta(days=10)
# A point in time a stock was counted at, as an earlier value's bracket names it: a year's end ("cuối năm 2024",
# "cuối năm trước"), a year's start ("đầu năm", read as "đến đầu năm 2026" is), a day ("31/12/2024") or a month's end
# ("cuối tháng 12/2024")
_AN_EARLIER_POINT = (r"(?:cuoi\s+nam\s+(?:(?P<year_end>" + YEAR + r")|(?P<year_before>truoc|ngoai))(?!\w|\s+nua\b)"
                     r"|dau\s+nam(?:\s+(?:nay|(?P<year_start>" + YEAR + r")))?(?!\w|\s+(?:hoc|truoc|ngoai)\b)"
                     r"|(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})\s*/\s*(?P<year>" + YEAR + r")(?![\d/])"
                     r"|cuoi\s+thang\s+(?P<last_month>\d{1,2})\s*/\s*(?P<last_months_year>" + YEAR + r")(?![\d/]))")
# "tỷ lệ nợ xấu 0,98% (cuối năm 2024 là 1,04%)", "(31/12/2024: 1,2%)", "(đầu năm: 620 tỷ đồng)": a bracket that opens
# on an earlier point, then its value, speaks of that point (the phrase is the point's words inside the bracket, so
# that the figures after the bracket are not dated by it)
_AN_EARLIER_POINT_BRACKETED = re.compile(r"\(\s*(?P<at>" + _AN_EARLIER_POINT
                                         + r")(?=\s*(?::|la\b|dat\b|co\b|con\b|\d))")
# "giảm so với cuối năm trước (1,04%)", "tăng so với 31/12/2024 (27.500 tỷ đồng)", "thấp hơn cuối năm 2024 (1,3%)": the
# value in a bracket holding only it, right after the point compared with, is that point's (the phrase is empty, at
# the bracket's opening: the words of the comparison are no time of the figure before them)
_AN_EARLIER_POINTS_VALUE = re.compile(r"(?:so\s+voi|hon)\s+(?:(?:muc|thoi\s+diem)\s+)?" + _AN_EARLIER_POINT
                                      + r"\s*\((?P<at>)(?=\s*(?:(?:khoang|gan|hon|tren|duoi|la|chi)\s+)?\d[\d.,]*"
                                      r"(?:\s*%|[ \t]*[^\W\d_][^\d()\n]{0,24})?\s*\))")
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("as_of_date", re.compile(_AS_OF_LEAD + r"(?:ngay\s+)?" + _NUM_DATE + r"(?![\d/])")),
    # ("Tính đến 15/6/26, có 560 hợp tác xã": the year in two digits, of this century)
    ("as_of_date_short", re.compile(_AS_OF_LEAD + r"(?:ngay\s+)?" + DIGITS_GROUP + r"\s*/\s*" + DIGITS_GROUP
                                    + r"\s*/\s*(\d{2})(?![\d/]|[.,]\d)")),
    ("as_of_date", _AS_OF_DASHED),
    # ("Đến 25.8, toàn tỉnh có ...", "Tính đến 30-9, ...": a day and its month joined by a dot or a dash, "ngày" and
    # the year unsaid, opening a clause before its comma, as no range or decimal of a count does)
    ("as_of_date_lead", re.compile(_AS_OF_LEAD + DIGITS_GROUP + r"[.-]" + DIGITS_GROUP + r"(?=\s*,)")),
    ("as_of_date", _AS_OF_DASHED_DATED),
    # ("Tính đến ngày 31.10.2025", "đến 30.9.2026": the day written with dots, as several papers write it; its year
    # said, as a number's groups of three never read D.M.YYYY; or "ngày" before it: "Đến ngày 30.9, ...")
    ("as_of_date", re.compile(_AS_OF_LEAD + r"(?:ngay\s+|(?=" + day_month_year(DIGITS, DIGITS, YEAR, sep=DOT) + r"))"
                              + DIGITS_GROUP + DOT + DIGITS_GROUP + "(?:" + DOT + YEAR_GROUP + r")?(?!\d|[.,]\d)")),
    # ("Lúc 17 giờ ngày 20/10, toàn tỉnh có 2.300 hộ bị ngập", "vào lúc 7h00 ngày 21/10": the hour of a bulletin's
    # count, the stock at that moment, as "đến 17 giờ ngày 20/10" is)
    ("as_of_moment", re.compile(r"(?:vao\s+luc|luc)\s+(?=\d)" + time_of_day(FOLDED) + r"(?:ngay\s+)?" + _NUM_DATE
                                + r"(?![\d/])")),
    ("as_of_wordy", _AS_OF_WORDY),
    ("as_of_spelled", _AS_OF_SPELLED),
    ("as_of_summed_month", _SUMMED_TO_A_MONTH),
    ("as_of_summed_day", _SUMMED_TO_A_DAY),
    ("as_of_month", re.compile(_TO + r"\s+(?:het\s+|cuoi\s+)?" + _A_MONTHS_WORD + _N + r"(?!\d)" + _YS)),
    # ("Tính đến hết tháng Mười một", "đến cuối tháng Chạp năm 2026": the month named, as a name is written)
    ("as_of_month_word", re.compile(_TO + r"\s+(?:het\s+|cuoi\s+)?thang\s+(" + "|".join(_MONTH_WORDS) + r")(?!\w)"
                                    + _YS)),
    ("as_of_year", re.compile(_TO + r"\s+(?:het\s+|cuoi\s+)nam\s+" + YEAR_GROUP)),
    # ("Dự kiến đến cuối năm, tỉnh thu hút thêm 10 dự án", "ước đến hết năm nay giải ngân đạt 95%": the report's year,
    # counted to its last day, the year unsaid; not "đến cuối năm học", "đến hết năm trước", "từ nay đến cuối năm",
    # the months left)
    ("as_of_year_end", re.compile(_TO + r"\s+(?:het|cuoi)\s+nam(?:\s+nay)?\b(?!\s*(?:\d|[-–]|(?:hoc|truoc|ngoai|sau"
                                  r"|toi|tai|ngan|ke|do)\b))")),
    # ("Tỷ lệ hộ nghèo cuối năm ước còn 2,1%", "tỷ lệ che phủ rừng hết năm dự kiến đạt 49,5%": the same, "đến"
    # unsaid, after the subject and before the word reckoning its figure; ``_resolve`` holds it off a part of the year,
    # "3 tháng cuối năm", "quý cuối năm")
    ("as_of_year_end_reckoned", re.compile(r"(?:het|cuoi)\s+nam(?:\s+nay)?(?=\s+(?:uoc|du\s+(?:kien|bao))\b)")),
    # ("Đến đầu năm 2026, toàn tỉnh có 1.250 hợp tác xã": a stock counted on the year's first day, in that year)
    ("as_of_year_start", re.compile(_TO + r"\s+dau\s+nam\s+" + YEAR_GROUP + r"(?![\d/]|[.,]\d|\s*[-–]\s*\d)")),
    # ("Cuối năm 2025, toàn tỉnh có 12.400 doanh nghiệp", "Hết năm 2025, ...": the same, "đến" unsaid, opening a clause
    # before its comma; ``_resolve`` holds it to a clause's head)
    ("as_of_year_lead", re.compile(r"(?:het|cuoi)\s+nam\s+" + YEAR_GROUP + r"(?=\s*,)")),
    ("earlier_point", _AN_EARLIER_POINT_BRACKETED),
    ("earlier_point", _AN_EARLIER_POINTS_VALUE),
    ("year_to_month_part", _YEAR_TO_A_MONTH_PART),
    ("as_of_month_part", _AS_OF_MONTH_PART),
    ("as_of_since", _SINCE_A_DAY),
    ("as_of_since_month", _SINCE_A_MONTH),
    ("as_of_since_years", _YEARS_TO_NOW),
    ("as_of_since", _SINCE_AN_EVENT),
    ("as_of_since", _SUMMED_FROM_A_DAY),
    ("as_of_since_lead", _SINCE_A_DAY_LEAD),
    ("as_of_since_lead", _SINCE_AN_EVENT_LEAD),
    ("as_of_since_event", _SINCE_A_KNOWN_EVENT),
    ("days_past", _DAYS_PAST),
    ("months_past", _MONTHS_PAST),
    ("as_of_month_before", _AS_OF_MONTH_BEFORE),
    ("term_so_far", _TERM_SO_FAR),
    # ("đến ngày báo cáo": the report's day)
    ("as_of_now", re.compile(_TO + r"\s+(?:nay|hien\s+nay|hien\s+tai|thoi\s+diem\s+"
                             r"(?:hien\s+tai|hien\s+nay|bao\s+cao|nay)|ngay\s+bao\s+cao)\b")),
    # ("so với (cùng) thời điểm 31/10/2025", "so với cùng thời điểm năm trước": the day of the stock compared with,
    # no as-of of the figures after it)
    # ("so với cùng kỳ tháng 11", "so với cùng kỳ tháng trước", "so với cùng kỳ quý II": the same days of another
    # month or quarter, a base as a whole month said after "so với" is, not the period of the figures after it)
    ("comparison", _THE_SAME_DAYS_OF_ANOTHER_PART),
    ("comparison", re.compile(r"so\s+voi\s+" + _SAME_TIME + "|" + _SAME_TIME
                              + r"|so\s+voi\s+(?:cung\s+)?thoi\s+diem\s+(?:ngay\s+)?" + DIGITS_GROUP + r"\s*/\s*"
                              + DIGITS_GROUP + r"(?:\s*/\s*" + YEAR_GROUP + r")?(?![\d/])"
                              + r"|so\s+voi\s+(?:(?:cung\s+)?thoi\s+diem\s+)?"
                              r"(?:dau\s+nam|thang\s+truoc|quy\s+truoc|nam\s+truoc"
                              r"|(?:ngay\s+)?" + day_month_year(DIGITS, DIGITS, YEAR_GROUP, sep="/")
                              + r"|(?:cuoi\s+)?nam\s+" + YEAR_GROUP
                              # "so với 6 tháng đầu năm 2021": the months of the year compared with
                              # ("so với 6 tháng đầu năm", "so với 9 tháng năm trước", "so với nửa đầu năm": the year
                              # unsaid, or the one before)
                              + r"|(?:" + DIGITS + r"\s+thang(?:\s+(?:dau|cuoi))?|nua\s+(?:dau|cuoi))\s+(?:cua\s+)?nam"
                              + r"(?:\s*" + YEAR_GROUP + r"|\s+(?:truoc|ngoai))?(?![\d/]|[.,]\d)"
                              + r"|thang\s+" + DIGITS + _YS + r"|(?:ky|quy)\s+\S+" + _YS
                              # ("so với tháng Ba", "so với tháng Mười hai năm 2025": a month spelled, the same way)
                              + r"|thang\s+(?:" + "|".join(_MONTH_WORDS) + r")(?!\w)" + _YS + ")")),
    ("half", re.compile(r"(?:nua|06|6|sau)\s+(?:thang\s+)?(dau|cuoi)\s+nam(?:\s*" + YEAR_GROUP + ")?")),
    ("crop_season", _CROP_SEASON),
    # ("Trong 2 năm 2024-2025, ...", "hai năm 2024 - 2025": the years counted before them, as "5 năm 2021-2025" is)
    # ("Kế hoạch đầu tư công trung hạn 2026-2030": a medium-term plan's years, "giai đoạn" unsaid)
    # ("Lũy kế 5 năm 2021-2025, thiên tai làm ...", "Tính chung giai đoạn 2021-2025, ...": the words that sum over the
    # span, opening its clause, are of its phrase, which opens the clause as the span alone would; not after a subject,
    # "Vốn lũy kế giai đoạn 2021-2025", the subject's span)
    ("range", re.compile(r"(?<![^\W\d_]\s)(?:luy\s+ke|cong\s+don|tinh\s+chung)\s+" + _SPAN_WORDS + YEAR_GROUP
                         + r"\s*-\s*" + YEAR_GROUP)),
    ("range", re.compile(_SPAN_WORDS + YEAR_GROUP + r"\s*-\s*" + YEAR_GROUP)),
    ("years_past", _YEARS_PAST),
    ("years_past_bare", _YEARS_PAST_BARE),
    # "từ 2021-2025", "Từ năm 2021 đến năm 2025, thu ngân sách tăng bình quân 12%/năm": the years between, a span
    # as "giai đoạn 2021-2025" is (not "từ năm 2021 đến nay")
    ("year_span", re.compile(r"tu\s+(?:nam\s+)?" + YEAR_GROUP + r"\s*(?:-|–|(?:den|toi)\s+(?:het\s+)?(?:nam\s+)?)"
                             + YEAR_GROUP + r"(?![\d/]|[.,]\d)")),
    # ("Năm học mới 2026-2027, toàn tỉnh có 685 trường": the school year opening, "mới" said)
    ("school_year", re.compile(r"nam\s+hoc(?:\s+moi)?\s*" + YEAR_GROUP + r"\s*-\s*" + YEAR_GROUP)),
    # "Học kỳ I năm học 2025-2026, toàn tỉnh có ...", "học kỳ 2 của năm học 2024 - 2025": a term of that school year;
    # "Học kỳ I, tỷ lệ học sinh khá giỏi đạt 62%" in a report on a school year: a term of the report's (resolved by
    # with_the_documents_time; "Học kỳ I năm học trước, ...": that term of the school year before the report's)
    ("school_term", re.compile(r"hoc\s+k[yi]\s+(ii|i|2|1|hai|mot)(?!\w)(?:\s*(?:,\s*)?(?:cua\s+)?nam\s+hoc\s*(?:"
                               + YEAR_GROUP + r"\s*-\s*" + YEAR_GROUP + r"(?![\d/]|[.,]\d)|truoc(?!\w|\s+nua\b)))?")),
    # ("cộng dồn 10 tháng": the months added up, a statistics table's column)
    ("cumulative", re.compile(r"(?:(?:luy\s+ke|cong\s+don)\s+)" + _N
                              + r"\s+thang(?:\s+dau\s+nam|\s+nam)?(?:\s*" + YEAR_GROUP + ")?"
                              # ("11 tháng của năm 2025", "7 tháng của đầu năm")
                              # ("9 tháng từ đầu năm 2024": the months counted from the year's start)
                              # ("2 tháng đầu của năm 2024": the first months, "của" before the year)
                              # ("9 tháng/2025": the year after a slash, as a table's heading writes it)
                              r"|(?<![\d/])" + _N + r"\s+thang(?:\s+(?:(?:cua\s+|tu\s+)?(?:dau\s+(?:cua\s+)?)?nam(?:\s*"
                              + YEAR_GROUP + r")?|" + YEAR_GROUP + r")|\s*/\s*" + YEAR_GROUP + r"(?![\d/]|[.,]\d))")),
    # "Hai tháng đầu năm thu ngân sách đạt ...", "chín tháng đầu năm 2019", "Mười tháng năm 2026": the months of
    # the year so far counted in a word (six is the "half" kind's; the count must open the phrase, not close a
    # "tháng hai" or a "thứ hai"; without "đầu", the year written: "năm" alone may be the count five)
    ("cumulative_word", re.compile(r"(?<![\w])(?<!thang\s)(?<!thu\s)(" + "|".join(_MONTH_COUNT_WORDS)
                                   + r")\s+thang\s+(?:dau\s+nam|nam(?=\s*" + YEAR + r"(?!\d))|nam(?=\s+nay\b))(?:\s*"
                                   + YEAR_GROUP + ")?")),
    # ("Mười một tháng, thu ngân sách đạt ...": the same count in a word opening a clause before its comma, as "11
    # tháng, ..." is; ``_resolve`` holds it to a clause's head)
    ("cumulative_word_lead", re.compile(r"(?<![\w])(" + "|".join(_MONTH_COUNT_WORDS) + r")\s+thang(?=\s*,)")),
    # "Hết tháng 8/2021, ... giải ngân đạt 44%": everything up to the end of that month
    ("cumulative_to", re.compile(r"het(?<!den\shet)(?<!toi\shet)\s+thang\s+" + _N + r"(?!\d|[.,]\d)" + _YS)),
    # "Lũy kế từ đầu năm đến tháng 5/2021 đã ...": the months from January to that month's end, not an
    # as-of date in that month
    # "Từ đầu năm đến ngày 31/10/2026, vốn ... đạt": the days from January 1 to that day, counted on it
    # ("Từ đầu năm 2025 đến ngày 15/11": the year written after its start, the day's year then that one)
    ("month_to_day", _MONTH_TO_A_DAY),
    # ("Từ đầu năm đến 17h ngày 28/10": the hour the day is counted to)
    # ("Từ đầu năm tới ngày 15-11": the day with a dash, "ngày" said, as the press writes it)
    ("year_to_day", re.compile(r"tu\s+dau\s+nam(?:\s+" + YEAR_GROUP + r")?\s+(?:den|toi)\s+(?:het\s+)?"
                               + time_of_day(FOLDED) + r"(?:(?:ngay\s+)?" + _NUM_DATE + r"(?![\d/])|ngay\s+"
                               + DIGITS_GROUP + "-" + DIGITS_GROUP + "(?:-" + YEAR_GROUP + r")?(?![\d/-]|[.,]\d))")),
    # ("Từ đầu năm 2025 đến hết tháng 10": the year written after its start, the month's year then that one)
    ("cumulative_from_start", re.compile(r"tu\s+dau\s+nam(?:\s+" + YEAR_GROUP + r")?\s+" + _TO
                                         + r"\s+(?:het\s+|cuoi\s+)?thang\s+" + _N + r"(?!\d|[.,]\d)" + _YS)),
    ("cumulative_to_start", _TO_MONTH_START),
    # "Trong 10 tháng, ... ước đạt", "tính chung 5 tháng tăng 7%": the months of the year so far
    # ("Hoạt động du lịch ...; ước tính 6 tháng có 2.360.000 lượt khách": the months so far, estimated)
    # ("Ước thực hiện 10 tháng đạt ...", "Thực hiện 10 tháng, ...": the months done so far; not "thời gian thực hiện
    # 10 tháng", how long a work takes; "số hộ đăng ký mới trong 9 tháng là 610 hộ": the months before "là")
    # ("Dự kiến đến hết 9 tháng, chi ...", "Hết 8 tháng, giải ngân đạt ...", "Kết thúc 9 tháng, ...": the months up
    # to the end of the last)
    ("cumulative_in", re.compile(r"(?:trong|" + _SUMMING_LEADS + r")\s+" + _N
                                 # ("tăng 9,8% trong 10 tháng so với cùng kỳ", "... trong 9 tháng.": the months
                                 # closing the clause or the sentence of the figure before them)
                                 + r"\s+thang" + _MONTHS_SUMMED_END
                                 # ("tính chung 9 tháng IIP tăng 13,9%": the months summed, the subject after them;
                                 # not "tính chung 9 tháng đầu năm"/"... năm 2026", another scan's, nor "9 tháng tới")
                                 + r"|tinh\s+chung\s+" + _N + r"\s+thang(?=\s+[^\W\d_])"
                                 r"(?!\s+(?:nam|dau|cuoi|giua|toi|sau|truoc|nua|qua|gan|lien|cua)\b)"
                                 + r"|(?<=uoc\stinh\s)" + _N + r"(?=\s+thang\s+co\b)")),
    # ("Tính chung mười tháng, chỉ số sản xuất công nghiệp tăng 9,6%", "Ước thực hiện chín tháng đạt ...": the count in
    # a word after the same words, as a statistics office writes it; not after "trong", where a word's count is as
    # often how long something took, nor "năm", as often the year)
    ("cumulative_word_in", re.compile(r"(?:" + _SUMMING_LEADS + r")\s+("
                                      + "|".join(w for w in _MONTH_COUNT_WORDS if w != "nam") + r")\s+thang"
                                      + _MONTHS_SUMMED_END)),
    # "Tính từ đầu năm, trên địa bàn xảy ra 61 vụ", "Từ đầu năm đến nay, ...": the year so far, to the end of the
    # report's period (resolved against it by ``with_the_documents_time``; not "từ đầu năm đến tháng 5", "từ đầu năm
    # 2024")
    # ("Đầu năm đến nay, ...", "kể từ đầu năm": the same without or with another "từ")
    # ("Từ đầu tháng đến nay", "từ đầu quý tới nay": the report's last month or quarter so far; "Từ đầu năm học đến
    # nay": the school year so far, from September; all resolved by ``with_the_documents_time``)
    ("part_so_far", _PART_SO_FAR),
    ("crop_year_so_far", _CROP_YEAR_SO_FAR),
    ("dry_season_so_far", _DRY_SEASON_SO_FAR),
    ("weeks_so_far", _WEEKS_SO_FAR),
    ("year_to_week", _YEAR_TO_WEEK),
    # ("Những tháng đầu năm 2026, thu ngân sách ...", "các tháng đầu năm", "mấy tháng đầu năm nay": the months of the
    # report's year so far, uncounted; resolved as "từ đầu năm" is, and only in the report's own year)
    ("months_so_far", _MONTHS_SO_FAR),
    # ("Tháng qua, toàn tỉnh đón ...", "Quý vừa qua, ...": the report's last month or quarter, opening a clause)
    # ("Tháng này ước đạt ...", "quý này": the same, after a clause on another month)
    ("this_part_lead", re.compile(r"(thang|qu[yi])\s+(?:(?:vua\s+)?qua|nay)\b")),
    # ("Lũy kế từ đầu năm 2026 đến nay, ..." in a report on 2026: the report's running total of the year so far, its
    # year said; of another year, "năm 2025" and "đến nay" read it; said with no "lũy kế", "Từ đầu năm 2026 đến nay"
    # is read as that year and "đến nay" too, which a page's day closes)
    # "Từ nay đến cuối năm, phấn đấu ...", "những tháng còn lại của năm 2026": the months after the report's, to
    # December (with_the_documents_time reads them from the report's end)
    ("rest_of_year", re.compile(r"(?:tu\s+(?:nay|bay\s+gio)\s+(?:den|toi)\s+(?:het\s+|cuoi\s+)nam|(?:nhung|cac)\s+thang"
                                r"\s+(?:con\s+lai|cuoi)\s+(?:cua\s+)?nam)(?:\s+(?:nay\b|" + YEAR_GROUP
                                + r"(?![\d/]|[.,]\d|\s*[-–]\s*\d)))?(?!\s+(?:hoc|truoc|ngoai|sau|toi)\b)")),
    ("year_to_date", re.compile(r"(?:(?:tinh|ke)\s+)?tu\s+dau\s+nam(?!\s+hoc\b)(?:\s+(?:den|toi)\s+" + _NOW + ")?"
                                r"(?![ \t]*(?:\d|(?:den|toi)\s))|(?<![\w])dau\s+nam\s+(?:den|toi)\s+nay\b"
                                # "cộng dồn 1.205 ca", "Tích lũy từ đầu năm 1.312 ca": a running total with no
                                # months, weeks or end of its own is the year so far, as "lũy kế 85 ha" is (a
                                # count of months or weeks after it is a period phrase of its own)
                                r"|(?<!\w)(?:cong\s+don|tich\s+luy)(?:\s+tu\s+dau\s+nam)?(?=[ \t]*(?:la\s+|:\s*)?"
                                r"(?!(?:19|20)\d\d(?![\d.,]))\d[\d.,]*\s+(?!thang\b|tuan\b|qu[yi]\b|nam\b|ngay\b)[^\W\d_])"
                                # ("Tích lũy từ đầu năm 2026 đến nay": "tích lũy" sums as "lũy kế", "cộng dồn" do)
                                r"|(?:luy\s+ke|cong\s+don|tich\s+luy)\s+(?:(?:tinh|ke)\s+)?tu\s+dau\s+nam\s+"
                                + YEAR_GROUP
                                + r"\s+(?:den|toi)\s+"
                                + _NOW + r""
                                # "Từ đầu mùa mưa bão đến nay, ...": the season of storms and floods falls within
                                # its calendar year, so the year so far (not the dry season, which runs over two)
                                r"|(?:(?:tinh|ke)\s+)?tu\s+dau\s+mua\s+(?:mua\s+bao(?:\s*,?\s*lu)?|mua\s+lu|bao(?:\s*,?\s*lu)?"
                                # ("... mùa mưa năm 2025 đến nay" in a report on 2026: another year's season, no
                                # report's year so far)
                                r"|lu(?:\s+bao)?|mua)(?:\s+nam\s+(?:nay|" + YEAR_GROUP + r"))?"
                                r"(?:\s+(?:den|toi)\s+nay)?\b")),
    # "Trong tháng, ... phát hiện 48 vụ", "Trong tháng này xảy ra 4 vụ cháy": the report's last month (not "trong
    # tháng 9", "trong tháng tới", "trong tháng trước"; not "trong tháng cao điểm", "trong Tháng hành động vì trẻ em":
    # a month of an occasion, its days its own, data/words/months_of_an_occasion.csv)
    ("this_month", re.compile(r"trong\s+thang(?:\s+(?:nay|qua|vua\s+qua))?(?![ \t]*(?:\d|toi\b|sau\b|truoc\b|"
                              r"moi\b|cuoi\b|dau\b|giua\b|[ivx]+\b|(?:" + _MONTHS_OF_AN_OCCASION + r")\b))")),
    # "Trong tuần, ngành y tế xử lý 37 ổ dịch", "trong tuần qua ghi nhận 48 ca": the week said last before it, or the
    # report's week (not "trong tuần 32", "trong tuần tới", "trong tuần lễ", "trong tuần đầu", "trong tuân thủ"; nor
    # one its days follow, "Trong tuần từ ngày 6 - 12/9", "trong tuần (6 - 12/9)", read by them)
    ("this_week", re.compile(r"trong\s+tuan(?:\s+(?:nay|qua|vua\s+qua))?(?![ \t]*(?:\d|\(|thu\b|toi\b|sau\b|truoc\b|"
                             r"dau\b|cuoi\b|giua\b|le\b|tu\b|ngay\b|[ivx]+\b))(?!\w)")),
    # "(tháng trước tăng 0,86%)", "(tháng trước: 1.240 tỷ đồng)": a bracket opening on the month before the
    # report's last one gives that month's value (not "so với tháng trước", the base; not "tháng trước nữa")
    ("month_before", re.compile(r"(?<=\()thang\s+truoc(?!\s+nua)\b")),
    # ("18 ca sốt xuất huyết (tuần trước 25 ca)": a weekly bulletin's bracket the same way, the week before its week)
    ("week_before", re.compile(r"(?<=\()tuan\s+truoc(?!\s+nua)\b")),
    ("month_before_lead", _MONTH_BEFORE_LEAD),
    ("quarter_before_lead", _QUARTER_BEFORE_LEAD),
    ("week_before_lead", _WEEK_BEFORE_LEAD),
    ("year_before_lead", _YEAR_BEFORE_LEAD),
    ("same_part_a_year_before_lead", _SAME_PART_A_YEAR_BEFORE_LEAD),
    # "Trong quý, xã cấp 45 giấy chứng nhận", "trong quý này tăng 4%": the report's last quarter (not "trong quý
    # III", "trong quý tới", "trong quy hoạch": ``_resolve`` holds the word to "quý")
    ("this_quarter", re.compile(r"trong\s+qu[yi](?:\s+(?:nay|qua|vua\s+qua))?(?![ \t]*(?:\d|toi\b|sau\b|truoc\b|"
                                r"moi\b|cuoi\b|dau\b|giua\b|[ivx]+\b))(?!\w)")),
    # "Thu ngân sách 5 tháng ước đạt ...": the months of the year so far, said after the subject
    # "... 7 tháng qua đạt 4,78 tỷ USD": the months of the year so far, too ("8 tháng qua, huyện đã ...")
    # "từ ngày 1/1 đến 29/2": the days between, within one year
    # ("từ ngày 01/7/2025 đến ngày 31/12/2025": a commune founded mid-year counts its budget from its first day;
    # each day may carry its year)
    # ("Từ 19h ngày 8/9 đến 7h ngày 10/9", "từ đêm 8/9 đến sáng 10/9": the hours or the part of the day each day is
    # said with, the span of the days)
    # ("Từ 15/11 - 15/12/2025": the two days joined by a dash, the year said at the end; without it, "từ 1/3 - 2/3"
    # is as often two fractions)
    ("day_range", re.compile(r"tu\s+" + time_of_day(FOLDED) + r"(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*" + YEAR_GROUP
                             + r")?(?:" + _ASIDE + r"\s+(?:den|toi)\s+(?:het\s+)?" + time_of_day(FOLDED)
                             + r"(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*" + YEAR_GROUP + r")?(?![\d/])"
                             + r"|\s*[-–]\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*" + YEAR_GROUP + r"(?![\d/]))")),
    # ("Từ ngày 01 tháng 01 năm 2026 đến ngày 15 tháng 11 năm 2026", "từ ngày mồng 1 tháng 7 đến ngày 30 tháng 9": the
    # days between, each with its month in words, as a formal paper writes them)
    ("day_range", _DAYS_SPELLED),
    # ("Từ ngày 15/9 - 14/10, xảy ra 12 vụ", "từ ngày 01/10 – 15/10": two days joined by a dash after "từ ngày", the
    # year unsaid, as a police report's month of figures is written; without "ngày" "từ 1/3 - 1/2" is often fractions)
    ("day_range", re.compile(r"tu\s+ngay\s+(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*" + YEAR_GROUP
                             + r")?\s*[-–]\s*(?:ngay\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*" + YEAR_GROUP
                             + r")?(?![\d/]|[.,]\d)")),
    ("since_an_event_to_a_day", _SINCE_AN_EVENT_TO_A_DAY),
    ("months_from_a_day", _MONTHS_FROM_A_DAY),
    # ("Tuần 9 (23/02 - 01/3/2026), ghi nhận ...": two days joined by a dash alone in a bracket, the year said at the
    # end, are the span the bracket gives, "từ" unsaid)
    ("days_bracketed", _DAYS_BRACKETED),
    # ("Từ ngày 1-1 đến ngày 30-10-2025", "từ ngày 01.01 đến ngày 30.10.2025": the days written with dashes or dots,
    # "ngày" before the first, as a number's range or its groups of three never have it)
    ("day_range_marked", _DAYS_MARKED),
    ("day_range_marked", _DAYS_MARKED_DATED),
    # "Kể từ ngày 01/7/2025 (thời điểm hợp nhất) đến hết tháng 10/2025": from a day to the end of a month (a new
    # province's or commune's first day to the report's month)
    ("day_to_month", re.compile(r"tu\s+(?:ngay\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*" + YEAR_GROUP + r")?"
                                + _ASIDE + r"\s+(?:den|toi)\s+(?:het\s+|cuoi\s+)?thang\s+" + _N + r"(?!\d|[.,]\d)"
                                + _YS)),
    # "Từ ngày 18 đến 24/1/2026", "từ ngày 5-9/11", "từ ngày 3 - 9/11": the days of one month, its month and year said
    # once at the end
    # ("Từ 26-30/10, mưa lũ làm ...": "ngày" unsaid, the day and month after the slash say it)
    # ("Từ ngày 15 đến ngày 20 tháng 11 năm 2026": the same, the month and year in words)
    ("days_of_a_month", re.compile(r"tu\s+(?:ngay\s+)?(\d{1,2})\s*(?:[-–]\s*|(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?)"
                                   r"(\d{1,2})(?:\s*/\s*|\s+thang\s+)(\d{1,2})(?:(?:\s*/\s*|\s+nam\s+)" + YEAR_GROUP
                                   + r")?(?![\d/])")),
    ("days_of_a_month", _DAYS_OF_A_MONTH_DASHED),
    ("days_listed", _DAYS_LISTED),
    ("holiday_days", _HOLIDAY_DAYS),
    ("night_into_morning", _NIGHT_INTO_MORNING),
    # "từ tháng 7 đến tháng 12 năm 2025", "từ tháng 10/2025 đến hết tháng 3/2026": the months between (the last
    # month's year stands for the first's when that has none)
    # ("Từ tháng Giêng đến tháng 11/2026", "từ tháng ba đến tháng Sáu": the months in words, as a name is)
    # ("Từ quý IV/2025 đến quý I/2026", "từ quý II đến hết quý III năm 2026": the quarters between, as months are)
    ("quarter_range", re.compile(r"tu\s+qu[yi]\s+(iv|i{1,3}|[1-4])(?:\s*(?:/|-|nam)\s*" + YEAR_GROUP
                                 + r")?\s+(?:den|toi)\s+(?:het\s+)?qu[yi]\s+(iv|i{1,3}|[1-4])(?!\w)(?:\s*(?:/|-|nam)\s*"
                                 + YEAR_GROUP + r")?(?![\d/])")),
    ("month_range", re.compile(r"tu\s+thang\s+" + _N_OR_WORD + _YS + r"\s+(?:den|toi)\s+(?:het\s+)?thang\s+"
                               + _N_OR_WORD + _YS)),
    ("month_parts_range", _MONTH_PARTS_RANGE),
    ("day_range_short", _DAYS_SHORT_YEARS),
    # ("từ tháng 7-9", "từ tháng 10 - 12/2026": the two months joined by a dash, the year said once at the end)
    ("months_listed", _MONTHS_LISTED),
    ("months_joined", _MONTHS_JOINED),
    ("month_range_dashed", re.compile(r"tu\s+thang\s+" + _N + r"\s*[-–]\s*" + _N + r"(?!\d|[.,]\d)"
                                      + r"(?:\s*(?:/|nam)\s*" + YEAR_GROUP + r")?(?![\d/])")),
    # ("Tháng 01-02/2025, kim ngạch ...", "tháng 11 - 12 năm 2025": the same, "từ" unsaid)
    ("month_range_dashed", re.compile(r"thang\s+" + _N + r"\s*[-–]\s*" + _N + r"(?!\d|[.,]\d)"
                                      + r"(?:\s*(?:/|nam)\s*" + YEAR_GROUP + r")?(?![\d/])")),
    # ("Tỷ lệ giải ngân 5 tháng của tỉnh X đạt ...", "GRDP 9 tháng trên địa bàn tỉnh ước đạt ...": the
    # place the months are of may stand before the verb; so may the prices a value is at, "Quy mô GRDP 9 tháng
    # theo giá hiện hành ước đạt ...")
    ("cumulative_bare", re.compile(_month_digit_first(r"[\d/.,]")
                                   + r"\s+thang(?=\s+(?:(?:cua|tren\s+dia\s+ban)(?:\s+[^\W\d_]+){1,4}?\s+"
                                   r"|theo\s+gia\s+(?:hien\s+hanh|so\s+sanh|thuc\s+te|co\s+dinh)\s+)?"
                                   # ("10 tháng xảy ra 186 vụ", "5 tháng phát hiện 58 vụ": what happened in them)
                                   r"(?:(?:uoc|dat|tang|giam|qua\s+(?:uoc|dat|tang|giam)|xay\s+ra|phat\s+hien)\b"
                                   # ("Tổng thu 9 tháng thực hiện 1.642 tỷ đồng": the months' figure done, a number
                                   # after "thực hiện (được/đạt)"; not "6 tháng thực hiện dự án", a work's length)
                                   r"|thuc\s+hien(?:\s+(?:duoc|dat))?\s+\d"
                                   r"|qua\s*,"
                                   # ("Giải ngân 6 tháng dự kiến đạt 4.150 tỷ đồng": the months' figure foreseen, as
                                   # "ước" says it; not "thi công 6 tháng dự kiến hoàn thành", how long a work lasts)
                                   r"|du\s+(?:kien|uoc)\s+(?:(?:se\s+)?(?:dat|tang|giam|thu|chi)\b|\d)"
                                   # ("Tổng vốn giải ngân 6 tháng là 1.420 tỷ đồng": the months' amount said after
                                   # "là", a number right after it or after a hedge)
                                   # ("Thu ngân sách 9 tháng được 3.215 triệu đồng": the months' amount got, a
                                   # number right after "được", as a commune's report writes it)
                                   r"|(?:la|duoc)\s+(?:(?:khoang|gan|hon|tren|uoc)\s+)?\d)"
                                   # ("Tổng chi ngân sách 9 tháng 3.120 triệu đồng": the amount of the months right
                                   # after them, a number grouped, with decimals or of three digits, then its unit;
                                   # not the month of a date, "ngày 12 tháng 10.2026")
                                   r"|\s+(?:\d{1,3}(?:[.,]\d{1,3})+|\d{3,})\s+[^\W\d_]"
                                   # ("Giải quyết việc làm: 6 tháng 1.236/2.500 người": the months' amount done out
                                   # of its plan right after them, the ratio's whole no year, "ngày 12 tháng 10/2026")
                                   r"|\s+\d+(?:[.,]\d+)*\s*/\s*(?!(?:19|20)\d\d(?!\d|[.,]\d))\d+(?:[.,]\d+)*\s+[^\W\d_]"
                                   # "đánh giá kết quả 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm": the months
                                   # reviewed, set against the months left of the year
                                   r"|\s*(?:,|va)\s+(?:trien\s+khai|de\s+ra|phuong\s+huong)[^.;\d]{0,40}"
                                   r"\d\d?\s+thang\s+cuoi\s+nam"
                                   # ("Khách du lịch 8 tháng: khách lưu trú đạt ...": the months closing the label of
                                   # what follows its colon; "Thu NSNN 6 tháng: 2.845 tỷ đồng", "Xuất khẩu 9 tháng: ước
                                   # 612 triệu USD": of the amount after it, as a brief lists its months' figures)
                                   r"|\s*:\s+(?:[^\W\d_]|(?:(?:uoc|dat|khoang|gan|hon|tren)\s+){0,2}\d))")),
    # "Trong tháng, giải quyết việc làm cho 2.150 lao động; 10 tháng giải quyết việc làm cho 19.800 lao động": months
    # opening a clause, whatever verb follows, are the months of the year so far (``_resolve`` holds it to a clause's
    # head; not "3 tháng tới", "12 tháng lương", "6 tháng tuổi")
    ("cumulative_lead", re.compile(_month_digit_first(r"[\d/.,]") + r"\s+thang(?=\s+[^\W\d_])(?!\s+(?:toi|sau|truoc|nua"
                                   r"|cuoi|dau|giua|luong|tuoi|tien|qua|lien|gan|roi|tro|ke|hoc|thi|nay|mot|hai|ba|bon)\b)")),
    # "Tháng 10 và 10 tháng, kim ngạch ... lần lượt đạt ...", "Quý III và 9 tháng, ...": the months so far joined to the
    # month or quarter they end with (``_resolve`` holds it to a month or a quarter right before "và")
    # "Có 2.100 tỷ đồng là doanh thu du lịch lữ hành 11 tháng, tăng 14%": months closing the noun a figure is said
    # to be ("X là ...") are the year so far (``_resolve`` holds it to a figure, "là" and words before it)
    ("cumulative_named", re.compile(_month_digit_first(r"[\d/.,]") + r"\s+thang(?:\s+(?:dau\s+)?nam(?:\s*"
                                    + YEAR_GROUP + r")?)?(?=\s*(?:[,.;)]|so\s+voi\b|$))")),
    # ("II. TÌNH HÌNH 9 THÁNG", "2. Kết quả thực hiện 6 tháng": the count closing a section's heading line)
    ("cumulative_joined", re.compile(_month_digit_first(r"[\d/.,]") + r"\s+thang(?=\s*[,:]|[ \t]*(?:\n|$))")),
    ("last_months", re.compile(_month_digit_first(r"[\d/]") + _THE_MONTHS_LEFT)),
    # "Hai tháng cuối năm, ...", "ba tháng cuối năm 2026": the months left of the year, counted in a word
    ("last_months_word", re.compile(r"(?<![\w])(?<!thang\s)(?<!thu\s)(" + "|".join(_MONTH_COUNT_WORDS)
                                    + r")" + _THE_MONTHS_LEFT)),
    # "Kết thúc quý III-2021, huyện đã gieo trồng ... đạt 71,87% kế hoạch cả năm": at the quarter's close, the year
    # so far (January to the quarter's last month), not the quarter alone
    # ("Hết quý III, tỉnh đã giải ngân 3.400 tỷ đồng", "tính đến hết quý II/2026": the same, the quarter run out)
    # ("tính đến cuối quý III": the same, "cuối" after "đến"; not "Cuối quý III, ...", a stock at the quarter's end)
    ("quarter_closed", re.compile(r"(?:ket\s+thuc|het|cuoi(?<=den\scuoi)|cuoi(?<=toi\scuoi))\s+qu[yi]\s+"
                                  r"(iv|i{1,3}|[1-4])(?![\w])" + _YS_OR_DOT)),
    # ("Hai tháng đầu quý III", "tháng cuối quý IV/2026": the first or last months of the quarter, not all of it)
    ("months_of_a_quarter", re.compile(r"(?:(2|hai)\s+)?thang\s+(dau|cuoi)(?:\s+tien|\s+cung)?\s+(?:cua\s+)?qu[yi]\s+"
                                       r"(iv|i{1,3}|[1-4])(?![\w])" + _YS_OR_DOT)),
    # ("Tháng cuối quý, xuất khẩu đạt ...", "Hai tháng đầu quý này": the first or last months of the report's quarter,
    # its numeral unsaid; resolved against the report's time)
    ("months_of_this_quarter", _MONTHS_OF_THIS_QUARTER),
    # ("Trong 3 tháng hè 2026", "ba tháng hè": the summer holidays' months, June to August)
    ("summer_months", re.compile(r"(?:3|ba)\s+thang\s+he(?!\w)(?:\s*(?:/|-|nam)?\s*" + YEAR_GROUP
                                 + r"(?![\d/]|[.,]\d))?")),
    ("quarter", re.compile(r"qu[yi]\s+(iv|i{1,3}|[1-4])(?![\w])" + _YS_OR_DOT)),
    # ("Quý Ba năm 2026", "quý Hai/2026": the quarter's number in a word, its year said)
    ("quarter_listed", _QUARTER_LISTED),
    ("quarter_word", re.compile(r"qu[yi]\s+(" + "|".join(_QUARTER_WORDS) + r")\s*(?:/|-|nam\s)\s*" + YEAR_GROUP
                                + r"(?![\d/]|[.,]\d)")),
    ("quarter_short", _QUARTER_SHORT),
    ("quarter_short_undated", _QUARTER_SHORT_UNDATED),
    ("half_short", _HALF_SHORT),
    ("months_short_range", _MONTHS_SHORT_RANGE),
    ("months_short", _MONTHS_SHORT),
    ("months_short_undated", _MONTHS_SHORT_UNDATED),
    ("months_short_undated", _MONTHS_SHORT_SUMMED),
    ("month_short_undated", _MONTH_SHORT_UNDATED),
    ("months_first_short", _MONTHS_FIRST_SHORT),
    # "Trong 10 ngày đầu tháng 9", "nửa cuối tháng 8/2026": the first or last days of a month
    ("days_of_a_month_part", _DAYS_OF_A_MONTH_PART),
    ("week_of_a_month", _WEEK_OF_A_MONTH),
    ("ten_days_of_a_month", _TEN_DAYS_OF_A_MONTH),
    ("days_of_this_month_part", _DAYS_OF_THIS_MONTH_PART),
    ("quarters_first", _QUARTERS_FIRST),
    # ("tháng 8.2019": the month and its year joined by a dot, the style of several papers; a dotted
    # number that goes on, "tháng 8.2019.5", is not a date)
    ("month", re.compile(r"thang\s+" + _N + r"(?:" + DOT + YEAR_GROUP + r"(?![\d]|[.,]\d)"
                         r"|(?!\d|[.,]\d)(?:\s*(?:/|-|nam)\s*" + YEAR_GROUP + "|" + _THE_YEAR_NEAR + r")?)")),
    # "tháng Năm năm 2024", "tháng Mười hai năm 2023": the month as a word, its year written
    # ("tháng Mười một/2025": the year after a slash, as a number's month has it)
    ("month_word", re.compile(r"thang\s+(" + "|".join(_MONTH_WORDS) + r")(?:\s+(?:cua\s+)?nam\s+|\s*/\s*)" + YEAR_GROUP
                              + r"(?![\d/])")),
    # "Trong tháng Mười, toàn tỉnh đón ...", "tháng Giêng": the month as a word, its year the report's (``_resolve``
    # holds the word to a month's name as written, capitalised: "tháng hai lần" is no February)
    ("month_word_bare", re.compile(r"thang\s+(" + "|".join(_MONTH_WORDS)
                                   + r")(?!\w)(?!\s+(?:cua\s+)?nam\s+\d|\s*/\s*\d)")),
    # "Tháng đầu năm 2026, tỉnh thu ...", "trong tháng cuối năm": the year's first or last month, one month (not "6
    # tháng đầu năm", "các tháng cuối năm": months counted or many, ``_resolve`` looks at the word before)
    ("year_end_month", re.compile(r"thang\s+(dau|cuoi)(?:\s+cung)?\s+(?:cua\s+)?nam(?:\s+nay\b|\s*" + YEAR_GROUP
                                  + r"(?![\d/]|[.,]\d))?"
                                  r"(?!\s*\d|\s*[-–/]\s*\d|\s+(?:hoc|tai\s+chinh|truoc|ngoai|sau|toi)\b)")),
    # ("ước cả năm 812 ha", "Ước tính cả năm, ...": the whole year of the report, estimated)
    # (not "từ nhiều năm nay", "mấy năm nay", "vài năm nay": for some years now, no period)
    # (the lookbehinds written after "nam", ``nam(?<!nhieu\snam)`` for ``(?<!nhieu\s)nam``: the same
    # matches, and the engine skips to the literal "nam" instead of testing them at every character)
    ("year_now", re.compile(r"nam(?<!nhieu\snam)(?<!may\snam)(?<!vai\snam)(?<!bao\snam)\s+nay\b")),
    # "Năm qua, tỉnh thu ngân sách ...", "trong năm vừa qua": the year just gone (not "5 năm qua", "những năm
    # qua": a run of years; nor "nửa năm qua", half of one)
    ("year_past", re.compile(r"nam(?<!nhieu\snam)(?<!nhung\snam)(?<!cac\snam)(?<!may\snam)(?<!vai\snam)"
                             r"(?<!bao\snam)(?<!\d\snam)(?<!nua\snam)\s+(?:vua\s+)?qua\b")),
    # "Năm tới, dự kiến thu ngân sách đạt ...", "Trong năm sau, tỉnh phấn đấu ...": the year after the report's, aimed
    # at (not "5 năm tới", "những năm tới": a run of years; nor "năm sau đó", "năm sau cao hơn năm trước": one year
    # after another; nor "đến ngày 31/01 năm sau", the day's year, read by its own phrase)
    ("year_next", re.compile(r"nam(?<!nhieu\snam)(?<!nhung\snam)(?<!cac\snam)(?<!may\snam)(?<!vai\snam)(?<!moi\snam)"
                             r"(?<!hang\snam)(?<!\d\snam)\s+(?:toi|sau)\b(?!\s+(?:nua|do|khi|cao|thap|hon|lon|tang|nhieu"
                             # ("Từ đầu năm tới ngày 15-11", "từ năm 2021 tới nay": "tới" the span's "to", before
                             # its last day, month or "nay")
                             r"|ngay|thang|nay|het|cuoi|hien)\b|\s+\d)")),
    # "Năm 2023 có 120 hộ nghèo, năm sau đó còn 95 hộ", "năm trước đó có 150 hộ": the year after (before) the one its
    # sentence named (not "những năm sau đó", "hai năm sau đó": a run of years, or one counted off)
    ("year_of_that", re.compile(r"nam(?<!nhieu\snam)(?<!nhung\snam)(?<!cac\snam)(?<!may\snam)(?<!vai\snam)"
                                r"(?<!moi\snam)(?<!hang\snam)(?<!\d\snam)\s+(truoc|sau)\s+do\b")),
    # "Tháng 8 xuất khẩu đạt 400 triệu USD. Tháng trước đó đạt 380 triệu USD", "quý sau đó": the month (quarter)
    # before or after the one named just before (not "3 tháng trước đó", a count of months back)
    ("part_of_that", re.compile(r"(thang|qu[yi])(?<!\d\sthang)\s+(truoc|sau)\s+do\b")),
    # ("Sang năm, tỉnh phấn đấu ...", "Bước sang năm, ...": the year after the report's, opening a clause before its
    # comma; not "chuyển nguồn sang năm 2027", "kéo dài sang năm sau", read by their own phrases)
    ("year_next_lead", re.compile(r"(?:buoc\s+)?sang\s+nam(?=\s*,)")),
    # (``(?:du\s+)?uoc...`` written as two branches that open with a letter, the longer first as the
    # greedy "?" tries it: the same matches, and the engine skips to "d" and "u")
    # ("Ước thực hiện cả năm, ...", "Ước TH cả năm": the same, the year's doing reckoned, "thực hiện" in its initials)
    ("year_estimated", re.compile(r"(?:du\s+uoc|uoc)(?:\s+(?:tinh|thuc\s+hien|th))?\s+ca\s+nam\b(?!\s*" + YEAR
                                  + r"(?!\d)|\s+hoc\b)")),
    # ("Dự kiến cả năm, tổng thu ngân sách đạt ...", "dự báo trong cả năm tăng 8%": the report's whole year reckoned
    # ahead, as "ước cả năm" is; not "dự kiến cả năm 2027", the year kind's, nor "cả năm học", a school year)
    ("year_expected", re.compile(r"du\s+(?:kien|bao)(?:\s+(?:trong|thuc\s+hien))?\s+ca\s+nam\b(?!\s*" + YEAR
                                 + r"(?!\d)|\s+hoc\b)")),
    # "Tháng 12, xuất khẩu đạt 420 triệu USD; tính chung cả năm đạt 4,65 tỷ USD": the whole year of the report,
    # summed up (not "đạt 71,87% kế hoạch cả năm": the plan of the year, no period of the figure)
    ("year_summed", re.compile(r"(?:tinh(?:\s+chung)?|luy\s+ke|cong\s+don)\s+ca\s+nam\b(?!\s*" + YEAR + r"(?!\d))")),
    # "Chi ngân sách quý IV ước 6.120 tỷ đồng; cả năm ước 21.860 tỷ đồng": the whole year of the report, opening a
    # clause before its verb (``_resolve`` holds it to a clause's head; not "đạt 97% kế hoạch cả năm", the plan of
    # the year, nor "cả năm 2026", the year kind's); or before the verbs a count or a sum of the year is said with
    # ("Cả năm có 2.450 doanh nghiệp thành lập mới", "cả năm đã giải ngân ...", "Cả năm thu hút 25 dự án")
    ("year_whole_lead", re.compile(r"ca\s+nam(?=\s*(?:,|uoc\b|dat\b|tang\b|giam\b|thuc\s+hien\b|la\b|co\b|da\b"
                                   r"|thu\b|giai\s+ngan\b|xay\s+ra\b|ghi\s+nhan\b|toan\s+(?:tinh|huyen|xa)\b))")),
    # "Lũy kế 11 tháng đạt ...; cả năm 2025 ước đạt ...", "Tính chung cả năm 2026, ...": the whole of the year it
    # names, opening a clause (``_resolve`` holds it there; "đạt 97% kế hoạch cả năm 2025" is the plan's year)
    ("year_whole_dated", re.compile(r"ca\s+nam\s+" + YEAR_GROUP + r"(?![\d/]|[.,]\d|\s*-\s*" + YEAR + ")")),
    # "Ước thực hiện năm 2025, tổng vốn đầu tư đạt ...", "Dự ước năm 2025, ...": the report's year reckoned whole,
    # "cả" unsaid, opening a clause (``_resolve`` holds it there and to the report's year)
    ("year_estimated_dated", re.compile(r"(?:du\s+uoc|uoc)(?:\s+(?:tinh|thuc\s+hien))?\s+nam\s+" + YEAR_GROUP
                                        + r"(?![\d/]|[.,]\d|\s*-\s*" + YEAR + ")")),
    # "Trong ngày 12/10 có 3 người chết", "Riêng ngày 14/10, ...": what is counted on that one day, opening its
    # clause (not "Ngày 12/10, Sở Tài chính cho biết ...", the day a news item tells of a longer period)
    ("one_day", re.compile(r"(?:chi\s+(?:tinh\s+)?rieng(?:\s+trong)?|chi\s+trong|tinh\s+rieng(?:\s+trong)?"
                           r"|rieng(?:\s+trong)?|trong)\s+ngay\s+(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*"
                           + YEAR_GROUP + r")?(?![\d/]|[.,]\d|\s*-\s*\d)")),
    # ("Trong ngày hôm qua (27/10), lũ làm ...", "Sáng nay (28/10), còn 450 hộ ...": the day a news item names by
    # its distance from the page's, written in brackets)
    # ("Sáng mùng 4 Tết Đinh Mùi (ngày 9/2/2027), ...", "Mùng 2 Tết (7/2), ...": a day of Tết counted, its solar day in
    # brackets)
    ("one_day", re.compile(r"(?:(?:trong\s+)?(?:ngay\s+)?hom\s+(?:qua|nay)|(?:sang|chieu|toi|dem|trua)\s+(?:nay|qua)"
                           r"|(?:(?:sang|chieu|toi|dem|trua|ngay)\s+)?m[uo]ng\s+\d\s+tet(?:\s+[^\W\d_]+){0,4}?)"
                           r"\s*\(\s*(?:ngay\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*" + YEAR_GROUP + r")?\s*\)")),
    # ("Lũ quét ngày 15/8 làm 3 người chết", "Trận mưa ngày 20/9/2026 khiến 150 ha lúa bị ngập": the day of the event
    # that did the damage counted after it, said within the clause)
    ("event_day", _EVENT_DAY),
    ("years_since_a_paper", _YEARS_SINCE_A_PAPER),
    ("years_since_said", _YEARS_SINCE_SAID),
    ("day_to_quarter", _DAY_TO_QUARTER),
    ("week_numbered", _WEEK_NUMBERED),
    # ("năm ngân sách 2026", "năm tài khóa/tài chính 2026", "niên độ (ngân sách) 2025": the budget year, the
    # calendar year; its accounts are closed a month later, "ngân sách niên độ 2025 ... đến ngày 31/01/2026", still
    # of 2025)
    ("year", re.compile(r"(?:nam\s+(?:ngan\s+sach\s+|tai\s+(?:khoa|chinh)\s+)?|nien\s+do\s+(?:ngan\s+sach\s+)?)"
                        + YEAR_GROUP + r"(?![\d/]|\s*-\s*" + YEAR + ")")),
    # ("Chỉ số PCI 2024 của tỉnh đạt 70,02 điểm", "PAR INDEX 2025": an index is named by the year it scores, published
    # the year after; the phrase is the year alone, the name stays the subject's)
    ("index_year", re.compile(r"(?:" + SCORE_INDEX_NAMES.lower() + r")\s+(?P<at>" + YEAR
                              + r")(?![\d/]|[.,]\d|\s*[-–]\s*\d)")),
]
# A phrase every match of a scan holds (a piece of the scan as written: "ngay\s+\d{1,2}-\d" is in every
# "đến ngày 16-4"). Most reports have none of them, and one pass for such a phrase (it opens with a
# literal the engine skips to) is far quicker than the scan it spares: the scan runs only where the
# phrase is, so it finds the same matches.
# (the words both "Sau 3 năm thực hiện ..." scans need, with the paper's day or without: one pattern, searched once)
_YEARS_PUT_IN_HAND_NEEDED = re.compile(r"\d\s+nam\s+(?:trien|thuc)|(?:hai|ba|bon|nam)\s+nam\s+(?:trien|thuc)")
# (both scans of months joined need it)
_MONTHS_NAMED_JOINED = re.compile(r"thang\s+\d{1,2}(?:\s*/\s*\d{4})?\s*(?:,|va|&)")
_NEEDED_IN_TEXT: dict[re.Pattern[str], re.Pattern[str]] = {
    _AS_OF_DASHED: re.compile(r"ngay\s+\d{1,2}-\d"),
    _AS_OF_DASHED_DATED: re.compile(r"-\d{1,2}-(?:19|20)\d\d"),  # (opening on "-": the engine skips to it)
    _DAYS_SPELLED: re.compile(r"tu\s+ngay\s+(?:m[ou]ng\s+)?\d{1,2}\s+thang\s+\d"),
    _AS_OF_WORDY: re.compile(r"ngay\s+(?:m[ou]ng\s+)?\d{1,2}\s+thang\s+\d"),
    _AS_OF_SPELLED: re.compile(r"ngay\s+(?:m[ou]ng\s+)?(?:\d{1,2}\s+thang\s+[^\W\d]|(?:mot|hai|ba|bon|nam|sau|bay|tam"
                               r"|chin|muoi)\s)"),
    _TO_MONTH_START: re.compile(r"dau\s+thang\s+\d"),
    _SINCE_A_DAY: re.compile(r"(?:den|toi)\s+(?:nay|hien|thoi\s+diem|ngay\s+bao)"),
    _SINCE_A_MONTH: re.compile(r"(?:den|toi)\s+(?:nay|hien)"),
    _SINCE_AN_EVENT: re.compile(r"\)\s*,?\s+(?:den|toi)\s+(?:nay|hien)"),
    _SUMMED_FROM_A_DAY: re.compile(r"(?:luy\s+ke|cong\s+don)\s+(?:thuc\s+hien\s+)?(?:ke\s+)?tu\s"),
    _MONTHS_FROM_A_DAY: re.compile(r"thang\s*\(\s*(?:ke\s+)?tu\s"),
    _SINCE_AN_EVENT_TO_A_DAY: re.compile(r"\)\s*,?\s+(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?\d"),
    _SINCE_A_KNOWN_EVENT: _KNOWN_EVENTS,
    _DAYS_PAST: re.compile(r"(?:ngay|gio|tuan)\s+(?:vua\s+)?qua\b"),
    _MONTHS_PAST: re.compile(r"thang\s+(?:vua\s+)?qua\b"),
    _AS_OF_MONTH_BEFORE: re.compile(r"thang\s+truoc\b"),
    _TERM_SO_FAR: re.compile(r"dau\s+nhiem\s+ky"),
    _NIGHT_INTO_MORNING: re.compile(r"sang\s+(?:ngay\s+)?\d"),
    _MONTH_TO_A_DAY: re.compile(r"dau\s+thang"),
    _SUMMED_TO_A_MONTH: re.compile(r"(?:luy\s+ke|cong\s+don)\s+(?:thuc\s+hien\s+)?(?:tinh\s+)?den"),
    _SUMMED_TO_A_DAY: re.compile(r"(?:luy\s+ke|cong\s+don)\s+(?:thuc\s+hien\s+)?(?:tinh\s+)?den"),
    _MONTH_BEFORE_LEAD: re.compile(r"thang" + _RIGHT_BEFORE + r"\b"),
    _QUARTER_BEFORE_LEAD: re.compile(r"qu[yi]" + _RIGHT_BEFORE + r"\b"),
    _WEEK_BEFORE_LEAD: re.compile(r"tuan" + _RIGHT_BEFORE + r"\b"),
    _YEAR_BEFORE_LEAD: re.compile(r"nam(?:" + _RIGHT_BEFORE + r"|\s+ngoai)\b"),
    _QUARTER_SHORT: re.compile(r"q[1-4iv]"),
    _QUARTER_SHORT_UNDATED: re.compile(r"q[1-4iv]"),
    _HALF_SHORT: re.compile(r"h[12]"),
    _MONTHS_SHORT_RANGE: re.compile(r"(?<![\w.])t\d{1,2}\s*[-–]"),
    _YEAR_TO_A_MONTH_PART: re.compile(r"(?:tuan|giua)\s+thang"),  # (every part of a month named ends so)
    _MONTHS_SHORT: re.compile(r"\dt(?:\s*[/-]|\.\d)|(?<![\w.])t\d"),
    _MONTHS_FIRST_SHORT: re.compile(r"\d\s*tdn"),
    _YEARS_PAST: re.compile(r"(?:qua|nam|day|nhat)\s*\(\s*(?:g|19|20)"),
    _YEARS_PAST_BARE: re.compile(r"nam\s+(?:vua\s+)?qua\b"),
    _DAYS_MARKED: re.compile(r"ngay\s+\d{1,2}\s*[.-]\s*\d|\(tu\s+\d{1,2}\s*[.-]\s*\d"),
    _DAYS_MARKED_DATED: re.compile(r"\d[.-](?:19|20)\d\d"),
    _PART_SO_FAR: re.compile(r"dau\s+(?:thang|qu[yi])\s+(?:den|toi)|dau\s+nam\s+hoc"),
    _CROP_YEAR_SO_FAR: re.compile(r"dau\s+nien\s+vu"),
    _DRY_SEASON_SO_FAR: re.compile(r"dau\s+mua\s+kho"),
    _WEEKS_SO_FAR: re.compile(r"\d\s+tuan|tuan\s+(?:thu\s+)?(?:0?1|nhat)\s"),
    _QUARTERS_FIRST: re.compile(r"qu[yi]\s+(?:dau|cuoi)"),
    _DAYS_OF_A_MONTH_PART: re.compile(r"(?:dau|cuoi)(?:\s+(?:tien|cung))?(?:\s+cua)?\s+thang\s+\w"),
    _DAYS_OF_THIS_MONTH_PART: re.compile(r"(?:dau|cuoi)(?:\s+(?:tien|cung))?(?:\s+cua)?\s+thang(?!\s*\d)"),
    _WEEK_OF_A_MONTH: re.compile(r"tuan\s+(?:thu|[1-5])\s"),
    _TEN_DAYS_OF_A_MONTH: re.compile(r"tuan\s+(?:cua\s+)?thang\s|ngay\s+giua\s"),
    _MONTHS_SO_FAR: re.compile(r"thang\s+dau"),
    _MONTH_PARTS_RANGE: re.compile(r"(?:den|toi)\s+(?:het\s+)?(?:[^\W\d]+\s+){0,2}thang\s+\d"),
    _DAYS_SHORT_YEARS: re.compile(r"/\d\d\s+(?:den|toi)\s"),
    _WEEK_NUMBERED: re.compile(r"tuan\s+(?:thu\s+)?\d"),
    _YEARS_SINCE_A_PAPER: _YEARS_PUT_IN_HAND_NEEDED,
    _YEARS_SINCE_SAID: _YEARS_PUT_IN_HAND_NEEDED,
    _DAY_TO_QUARTER: re.compile(r"(?:den|toi)\s+(?:het\s+|cuoi\s+)?qu[yi]\s"),
    _EVENT_DAY: re.compile(r"(?:\d|\w\w)\s+(?:da\s+|con\s+)?(?:lam|khien|gay|cuon|bat|thu|triet)\s"),
    _DAYS_BRACKETED: re.compile(r"\(\s*(?:tu\s+(?:ngay\s+)?)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\s*[-–]"),
    _MONTHS_LISTED: _MONTHS_NAMED_JOINED,
    _MONTHS_JOINED: _MONTHS_NAMED_JOINED,
    _DAYS_LISTED: re.compile(r"ngay\s+\d{1,2}(?:\s*/\s*\d{1,2})?\s*(?:,|va|&|[-–])"),
    _HOLIDAY_DAYS: re.compile(r"(?:dip|nghi|le)\s+\d{1,2}\s*[/.-]"),
    _AN_EARLIER_POINT_BRACKETED: re.compile(r"\(\s*(?:cuoi\s|dau\s|\d{1,2}\s*/\s*\d{1,2}\s*/)"),
    _AN_EARLIER_POINTS_VALUE: re.compile(r"(?:nam|truoc|ngoai|\d)\s*\(\s*(?:[^\W\d]+\s+)?\d"),
}


# Scans tried only where a match can start (``scanning.matches_tried_at``: the same matches as
# ``finditer`` when every such place is tried, none empty), found by ``str.find`` instead of
# the regex engine stepping through the whole report (2-3x faster each; tests/test_periods_speed.py
# holds them to the scans). The places of a scan's opening words (``scanning.opening_words``:
# "so", "cung" for "so sánh"/"cùng kỳ") hold every start. The as-of scans all open with "(tính)
# đến", "tới" or "thời điểm" and a space: only the places of those words where that lead stands.
_TO_BEFORE = re.compile(r"(?:den|toi)\s+$")
_AS_OF_LEADS = re.compile(r"(?:tinh\s+(?:den|toi)|den|toi|thoi\s+diem)\s")
_AS_OF_LEAD_WORDS = ("tinh", "den", "toi", "thoi")
# "trong 9 tháng", "tính chung 9 tháng", "ước tính 9 tháng", "thực hiện 9 tháng", "(đến) hết 9 tháng", "kết thúc 9
# tháng" open with their words; the other branch of cumulative_in, ``(?<=uoc\stinh\s)9``, opens 9 characters after an
# "uoc"
_IN_MONTHS_WORDS = ("trong", "tinh", "uoc", "thuc", "het", "ket")


# where "cộng dồn" (the months added up) opens, folded
_ADDED_UP = re.compile(r"cong(?=\s+don\s)")


class _ScanStarts:
    """The places the scans of one folded text are tried at, each list found on first use."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self._of_words: dict[tuple[str, ...], list[int]] = {}
        self._as_of_leads: list[int] | None = None

    def of_words(self, words: tuple[str, ...]) -> list[int]:
        if words not in self._of_words:
            self._of_words[words] = sorted(places_of(self.folded, words))
        return self._of_words[words]

    def as_of_leads(self) -> list[int]:
        if self._as_of_leads is None:
            self._as_of_leads = [at for at in self.of_words(_AS_OF_LEAD_WORDS) if _AS_OF_LEADS.match(self.folded, at)]
        return self._as_of_leads

    def in_months(self) -> list[int]:
        after_uoc_tinh = {at + 9 for at in self.of_words(("uoc",))}
        return sorted(after_uoc_tinh.union(self.of_words(_IN_MONTHS_WORDS)))

    def months_counted(self) -> list[int]:
        """Where a month's number of one or two digits ends right before spaces and "thang" (the
        spaces between them are all the spaces before "thang": the number ends in a digit), and where
        "luy" stands ("lũy kế 5 tháng") or the "cong" of "cong don" ("cộng dồn 10 tháng")."""
        folded = self.folded
        starts = set(self.of_words(("luy",)))
        starts.update(m.start() for m in _ADDED_UP.finditer(folded))
        for at in self.of_words(("thang",)):
            spaces = _spaces_before(folded, at)
            if spaces < at:
                starts.update(start for start in (spaces - 2, spaces - 1) if start >= 0)
        return sorted(starts)

    def months_in_words(self) -> list[int]:
        """Where a month count in words ("chin thang dau nam", "muoi mot thang ...") can start: a count
        of ``_MONTH_COUNT`` ending right before the spaces of a "thang" (its words, "nam" and "hai" first,
        stand everywhere; "thang" after spaces is where a count ends), the first word of a count of two
        words before the spaces of its last."""
        folded = self.folded
        starts: set[int] = set()
        for at in self.of_words(("thang",)):
            end = _spaces_before(folded, at)
            if end == at:
                continue
            for first, *last in _MONTH_COUNT_SPLIT:
                word_end = end
                if last:  # ("muoi mot": "mot" right before, the spaces, then "muoi")
                    last_start = end - len(last[0])
                    if last_start < 0 or not folded.startswith(last[0], last_start):
                        continue
                    word_end = _spaces_before(folded, last_start)
                    if word_end == last_start:
                        continue
                if word_end >= len(first):
                    starts.add(word_end - len(first))
        return sorted(starts)

    def estimates(self) -> list[int]:
        """Where "(dự) ước" can open a phrase: each "uoc", and a "du" right before the spaces of one."""
        folded = self.folded
        uoc = self.of_words(("uoc",))
        starts = set(uoc)
        for at in uoc:
            spaces = _spaces_before(folded, at)
            if spaces < at and spaces >= 2 and folded.startswith("du", spaces - 2):
                starts.add(spaces - 2)
        return sorted(starts)


def _spaces_before(folded: str, at: int) -> int:
    """Where the run of whitespace (``\\s``: ``str.isspace``) that ends at ``at`` starts (``at``: none)."""
    while at > 0 and folded[at - 1].isspace():
        at -= 1
    return at


def _starts_of(kind: str, rx: re.Pattern[str]) -> Callable[[_ScanStarts], list[int]] | None:
    """How to find the places a scan is tried at (None: a plain scan, the faster one for the rest)."""
    if rx.pattern.startswith(_AS_OF_LEAD) or rx.pattern.startswith(_TO + r"\s"):
        return _ScanStarts.as_of_leads
    if kind in ("cumulative_in", "cumulative_word_in"):
        return _ScanStarts.in_months
    # ("lũy kế") a month number, spaces, "tháng"
    if kind in ("cumulative", "cumulative_bare", "cumulative_lead", "cumulative_joined", "cumulative_named",
                "last_months"):
        return _ScanStarts.months_counted
    if kind in ("cumulative_word", "cumulative_word_lead", "last_months_word"):
        return _ScanStarts.months_in_words
    if kind in ("year_estimated", "year_estimated_dated"):  # ("(dự) ước (tính) cả năm", "ước thực hiện năm 2025")
        return _ScanStarts.estimates
    if kind in ("comparison", "half", "range", "crop_season", "day_range_marked", "this_part_lead", "month_range",
                "quarter_range", "days_of_a_month", "months_listed", "months_joined",
                "year_whole_lead", "year_span", "month_range_dashed", "year_whole_dated", "one_day", "day_to_month",
                "year_expected", "year_next_lead", "as_of_moment",
                "as_of_year_lead", "as_of_since_lead", "rest_of_year", "school_term"):
        words = opening_words(rx)
        return None if words is None else lambda starts: starts.of_words(words)
    return None


# (kind, scan with its first-character guard, phrase it needs or None, its starts or None), in
# priority order
_SCANS = [(kind, guarded(rx), _NEEDED_IN_TEXT.get(rx), _starts_of(kind, rx)) for kind, rx in _PATTERNS]

# Words of a plan or target sentence: a year phrase there is the year aimed at.
# ("Sở/Bộ Kế hoạch và Đầu tư": the body's name, no plan)
_TARGET_WORDS = re.compile(
    r"phan\s+dau|ke\s+hoach(?!\s+va\s+dau\s+tu)|muc\s+tieu|chi\s+tieu|du\s+kien|du\s+toan|duoc\s+giao|giao\s+chi\s+tieu"
    r"|nhiem\s+vu|phuong\s+huong|dinh\s+huong|de\s+ra|dat\s+duoc\s+muc|nghi\s+quyet|\bkh\b")
_SENTENCE_START = re.compile(r"[.;:!?\n]\s*")
# ("so với cùng kỳ và GRDP cả năm 2020 ...": after "và" a new subject, no longer the base compared with)
_COMPARED_WITH = re.compile(r"\b[Ss]o\s+(?:với\s+)?(?!sánh)(?:(?!\bvà\s)[^,;.\d]){0,30}$")
# "cao hơn (so với) (mức tăng của) ...", "nhiều/ít hơn ...": how a figure compares with a base it names after these
# words (the adjectives of data/words/comparatives.csv)
_COMPARATIVE_WORDS = word_source("comparatives")
_HIGHER_THAN = r"(?:" + _COMPARATIVE_WORDS + r")\s+hơn\s+(?:so\s+với\s+)?(?:mức\s+(?:tăng\s+|giảm\s+)?(?:của\s+)?)?"
# "cao hơn mức tăng của năm 2025": the year a rate is set against, a base, not a figure's period
_HIGHER_THAN_BEFORE = re.compile(_HIGHER_THAN + "$", re.IGNORECASE)
# "gấp 1,5 lần năm 2020", "gấp đôi năm 2022": the year a multiple names right after it is the base compared
# with, as "so với năm 2020" is, not the figure's period
_AFTER_A_MULTIPLE = re.compile(rf"\bgấp\s+(?:(?:{HEDGE_WORDS})\s+)*(?:\d[\d.,]*\s+lần|đôi|ba|rưỡi)\s*$",
                               re.IGNORECASE)
_PRICE_BASE = re.compile(r"gia\s+(?:so\s+sanh|co\s+dinh|thuc\s+te|hien\s+hanh)\s*$")
# money of a budget carried over into the next year's, said before the year it goes to (folded)
_CARRIED_INTO = re.compile(r"nguon\s+sang\s+$")
# money carried over out of a year into the next, the year it goes to unsaid: "Vốn kéo dài từ năm 2025 sang", "vốn năm
# 2025 được phép kéo dài thời gian thực hiện sang", "chuyển nguồn từ năm 2025 sang" (folded; not "chuyển sang trồng
# …", a change of crops; not "sang năm 2026", the year said, its own phrase)
_CARRY_OVER = (r"(?:keo\s+dai|chuyen\s+nguon)"
               r"(?:\s+(?:thoi\s+gian\s+)?(?:thuc\s+hien|giai\s+ngan)(?:\s+va\s+giai\s+ngan)?)?")
_CARRIED_FROM_BEFORE = re.compile(_CARRY_OVER + r"\s+tu\s+$")
_INTO_AN_UNSAID_YEAR = r"\s+sang\b(?!\s+(?:nam\s+)?\d)"
_CARRIED_AFTER = re.compile(r"\s+(?:duoc\s+(?:phep\s+)?)?" + _CARRY_OVER + _INTO_AN_UNSAID_YEAR)
_INTO_AN_UNSAID_YEAR_AFTER = re.compile(_INTO_AN_UNSAID_YEAR)


def _carried_out_of(folded: str, start: int, end: int) -> bool:
    """Is the year at ``start``..``end`` the one money is carried over out of, into a year left unsaid?"""
    if _CARRIED_FROM_BEFORE.search(folded, max(0, start - 50), start):
        return _INTO_AN_UNSAID_YEAR_AFTER.match(folded, end) is not None
    return _CARRIED_AFTER.match(folded, end) is not None


def _a_months_initial_in_capitals(ft: FoldedText, number_start: int) -> bool:
    """Is the month's number at ``number_start`` after "tháng", or after its initial in capitals ("T6", not "t6")?"""
    return ft.folded[number_start - 1] != "t" or ft.nfc[number_start - 1] == "T"


def _year_of(g: str | None, ref_year: int | None) -> tuple[int | None, bool]:
    if g:
        return int(g), True
    return ref_year, False


# ("6 tháng đầu năm trước", "9 tháng năm ngoái": after months counted, the year before; not "năm trước nữa", "6 tháng
# đầu năm trước khi sáp nhập")
_THE_YEAR_BEFORE_AFTER = re.compile(r"\s+(?:truoc|ngoai)(?!\w|\s+(?:nua|khi)\b)")


def _the_year_before_said(ft: FoldedText, m: re.Match[str], y: int | None, explicit: bool) -> int | None:
    """The year of months counted with their year unsaid ("6 tháng đầu năm"): the one before when "trước" or "ngoái"
    follows their "năm" ("Nửa đầu năm trước, thu ngân sách đạt ..." in a report of 2026: the first half of 2025)."""
    if explicit or y is None or not ft.folded.endswith("nam", 0, m.end()) \
            or not _THE_YEAR_BEFORE_AFTER.match(ft.folded, m.end()):
        return y
    return y - 1


def _year_before_or_of(g: tuple[str | None, ...], ref_year: int | None) -> tuple[int | None, bool]:
    """The year of a month or quarter (its number, then its year after a dot, its year written, or "năm trước"/"năm
    sau"): the year written, the one before (after) the reference year, or the reference year."""
    if g[3] and ref_year:
        # (the year after said, as a year written is: no part of the year before a report's end would stand for it)
        return (ref_year + 1, True) if g[3] in _NEXT_YEAR_WORDS else (ref_year - 1, False)
    return _year_of(g[1] or g[2], ref_year)


# ("ngày 30 tháng Tư": a day's number on its line; not a line that ends on a number, "... năm 2026\nTháng Mười, ...")
# a lunar year's name or "âm lịch" after a month ("tháng Chạp năm Bính Ngọ", "tháng Giêng (âm lịch)"), folded
_MONTHS_COUNTED_AFTER = re.compile(r"[ \t]*thang\b")  # (a month's number right before "tháng", on its line)
_LUNAR_AFTER = re.compile(r"\s*\(?\s*(?:am\s+lich|nam\s+(?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy)\s+"
                          r"(?:ty|suu|dan|mao|thin|ngo|mui|than|dau|tuat|hoi)\b)")


def _full_moon_before(ft: FoldedText, start: int) -> bool:
    """Is "rằm" (the full moon, a lunar month's 15th) the word right before ``start``?"""
    return ft.nfc[max(0, start - 6):start].lower().rstrip().endswith("rằm")


_A_NAMES_MONTH_BEFORE = re.compile(r"(?:cach\s+mang\s|\d[ \t])[ \t]*$")
# a figure, "là" and the words of what it is, right before a count of months (folded)
_A_FIGURE_NAMED_BEFORE = re.compile(r"\d[^\W\d_]*(?:\s+[^\W\d_]+){0,4}\s+la(?:\s+[^\W\d_]+){1,10}\s+$")
# the words before "tháng" that make it many months ("các", "mấy", "sáu" tháng đầu năm), folded as the text is read
_MANY_MONTHS_BEFORE = frozenset({"cac", "nhung", "may", "vai", "moi", "hang"} | set(_MONTH_COUNT)
                                | {w.split()[-1] for w in _MONTH_COUNT})
_THIS_YEAR_AFTER = re.compile(r"\s+nay\b")
_COMPARED_RIGHT_BEFORE = re.compile(r"\bso(?:\s+voi)?\s+$")
_MONTH_WORD_AFTER = re.compile(r"\s+(" + "|".join(_MONTH_WORDS) + r")(?!\w)")


def _month_named(ft: FoldedText, start: int, end: int, named_alone: bool = False) -> int | None:
    """The month a word of ``ft`` names ("Mười" → 10), or None: spelled as a month's name is (not "từ", "Nam"),
    capitalised as a name is, unless it is one no other word is ("giêng") or ``named_alone`` (its year said)."""
    written = " ".join(ft.nfc[start:end].split())
    month = _MONTH_SPELLED.get(written.lower())
    if month is None or not (named_alone or written[0].isupper() or written.lower() in _MONTH_NAMES_ALONE):
        return None
    return month


def _month_of_group(ft: FoldedText, m: re.Match[str], i: int) -> int | None:
    """The month group ``i`` of ``m`` names: its number, or a month's name written as one ("tháng Mười", not "tháng
    sau", "tháng năm"), or said with its year (the group after it)."""
    word = m.group(i)
    if word.isdigit():
        return int(word)
    return _month_named(ft, m.start(i), m.end(i), named_alone=m.group(i + 1) is not None)


# a letter with a mark (or đ): a text that holds none is typed without marks ("Tinh hinh kinh te thang 10 nam 2026")
_MARKED_LETTER = re.compile(r"[^\W\d_a-zA-Z]")


def _months_joined(m: re.Match[str], ref_year: int | None, ft: FoldedText
                   ) -> tuple[str, Period | None, dt.date | None, bool] | None:
    """The span of months named one after another ("tháng 5 và tháng 6", ``_MONTHS_JOINED``), or None when they are
    not consecutive months of one year, lunar, a blank date's, or read month by month in their clause."""
    first, first_year, middle, last, year = m.groups()
    y, explicit = _year_of(year or first_year, ref_year)
    # (months running on into the next year, "tháng 12/2026 và tháng 01/2027": the last one's year written, or the
    # first's year, written or the report's, "Trong tháng 12 và tháng 01," in a report of January ahead of it and
    # moved back by ``with_the_documents_time`` as a month is)
    if not y:
        return None  # (no year written and none known: no span to give)
    months = [int(first)] + ([int(middle)] if middle else []) + [int(last)]
    ends_in_year = y if year else y + (months[-1] < months[0])
    counted = [(ends_in_year - (month > months[-1])) * 12 + month - 1 for month in months]
    if (first_year and int(first_year) != counted[0] // 12) or counted != list(
            range(counted[0], counted[0] + len(months))) or _after_blank_date(ft.folded, m.start()) \
            or _A_COUNT_BEFORE.search(ft.folded, max(0, m.start() - 6), m.start()) \
            or _LUNAR_AFTER.match(ft.folded, m.end()) or _full_moon_before(ft, m.start()):
        return None
    tail = ft.folded[m.end():m.end() + 160]
    clause_end = _A_CLAUSE_ENDS.search(tail)
    if _READ_MONTH_BY_MONTH.search(tail, 0, clause_end.start() if clause_end else len(tail)) \
            or _ANOTHER_PERIOD_LISTED.match(tail):
        return None
    return "cumulative", Period(dt.date(counted[0] // 12, months[0], 1), month_end(ends_in_year, months[-1]),
                                ft.nfc[m.start():m.end()]), None, explicit


def _original_word_ok(ft: FoldedText, start: int, kind: str) -> bool:
    """Reject folds of other words: thắng ≠ tháng, quy (hoạch) ≠ quý, Nam ≠ năm; in a text typed without any mark,
    the unmarked word is the period's ("thang 10 nam 2026", "quy III", "6 thang dau nam")."""
    if _word_ok_with_its_marks(ft, start, kind):
        return True
    # ("Ha Nam 2025", "Quang Nam", "Viet Nam": a name's last word, in title case after one in title case)
    return ft.nfc[start:start + 5].isascii() and _without_marks(ft.nfc) \
        and not (ft.nfc.startswith("Nam", start) and _A_NAME_WORD_BEFORE.search(ft.nfc, max(0, start - 12), start))


_A_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]+$")


@per_document(maxsize=32)
def _without_marks(text: str) -> bool:
    return _MARKED_LETTER.search(text) is None


def _word_ok_with_its_marks(ft: FoldedText, start: int, kind: str) -> bool:
    nfc = ft.nfc[start:start + 5].lower()
    if kind in ("month", "as_of_month", "month_word", "month_word_bare", "month_range_dashed", "months_joined",
                "part_of_that", "months_of_this_quarter") and ft.folded.startswith("thang", start):
        return nfc.startswith("tháng")
    if kind in ("quarter", "quarters_first", "quarter_word", "quarter_listed", "part_of_that") \
            and ft.folded.startswith("qu", start):
        return nfc.startswith(("quý", "quí", "qúy", "qúi"))  # the tone mark on either vowel
    if kind == "half" and ft.folded.startswith("sau", start):
        return nfc.startswith("sáu")  # "sáu tháng đầu năm", not "sau"
    if kind in ("year", "year_now", "year_past", "year_before_lead", "year_next", "year_of_that"):
        return nfc.startswith(("năm", "niên"))
    if kind in ("cumulative_word", "cumulative_word_lead", "last_months_word"):
        # the count's own letters: "năm tháng" (five), not "Nam"; "tám", not "tâm"; "bảy", "chín"
        return nfc.startswith(tuple(_MONTH_COUNT_SPELLINGS))
    if ft.folded.startswith("toi ", start) and (kind.startswith("as_of") or kind == "event_day"):
        # ("tới 10/10", a day counted to; "tối 10/10, lốc làm …", the evening of the day the damage was done)
        return nfc.startswith("tới" if kind.startswith("as_of") else "tối")
    return True

_BLANK_DATE_BEFORE = re.compile(FOLDED.day + LINE_FILL + "$")
# ("so với tháng 1.\nNăm 2026, sản lượng ...": the month's number closed by a full stop ends its sentence; the year
# opens the next, no date's)
_MONTH_WORD_BEFORE = re.compile(r"thang(?![\s\d.…_]*\d\.\s+$)[\s\d.…_]*$")


def _after_blank_date(folded: str, start: int) -> bool:
    """``ngày 15 tháng 6 năm 2024`` / ``ngày   tháng 6``: a calendar date, not a month figure."""
    return bool(_BLANK_DATE_BEFORE.search(folded[max(0, start - 16):start]))


# "Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2017": the tasks of a year whose
# carrying out is reviewed; that year is the one reported on, not a plan's (unless another clause,
# "... và phương hướng nhiệm vụ năm 2018", follows before the year)
_REVIEWED = re.compile(r"(?:ket\s+qua|tinh\s+hinh|danh\s+gia(?:\s+ket\s+qua)?)\s+(?:thuc\s+hien|trien\s+khai)\b")
# ("kết quả thực hiện kế hoạch phát triển kinh tế - xã hội, đảm bảo quốc phòng an ninh năm 2020": the comma
# goes on listing the fields reviewed, no clause of its own)
_NEXT_CLAUSE = re.compile(r"[,;](?!\s*(?:(?:dam\s+bao|giu\s+vung)\s+)?(?:quoc\s+phong|an\s+ninh)\b)|\bva\b"
                          r"|phuong\s+huong|phan\s+dau|du\s+kien|dinh\s+huong|ke\s+hoach\s+nam")


# "tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ năm 2024": the duties of a year rated as done, that year the one
# reviewed (not after a word of an aim: "phấn đấu 90% chi bộ hoàn thành tốt nhiệm vụ năm 2027")
_DUTIES_DONE = re.compile(r"hoan\s+thanh(?:\s+(?:xuat\s+sac|tot))?\s+nhiem\s+vu\b")


# a plan's noun naming its own year, then a comma closing that clause ("Tại hội nghị triển khai nhiệm vụ năm 2027,"):
# the plan word is that year's; a year said after the comma is not aimed at for it ("…, ông cho biết năm 2026 tỉnh đã
# hoàn thành 20 chỉ tiêu": the year reviewed)
_A_PLANS_OWN_YEAR_CLOSED = re.compile(r"(?:ke\s+hoach|muc\s+tieu|chi\s+tieu|nhiem\s+vu|phuong\s+huong|dinh\s+huong"
                                      r"|du\s+toan|nghi\s+quyet)(?:\s+(?:[^\W\d_]+|-)){0,8}?\s+nam\s+" + YEAR
                                      + r"(?!\d)[^,;]*,")


def _is_target(folded: str, start: int) -> bool:
    """A year phrase inside a plan/target sentence (words before it in the same sentence, not those bound to a year
    of their own said before it in a clause closed by a comma)."""
    head = folded[max(0, start - 200):start]
    cut = max((m.end() for m in _SENTENCE_START.finditer(head)), default=0)
    cut = max((m.end() for m in _A_PLANS_OWN_YEAR_CLOSED.finditer(head, cut)), default=cut)
    reviewed = [m.end() for m in _REVIEWED.finditer(head, cut)]
    if reviewed and not _NEXT_CLAUSE.search(head, reviewed[-1]):
        return False
    done = [m for m in _DUTIES_DONE.finditer(head, cut)]
    if done and not _TARGET_WORDS.search(head, cut, done[-1].start()) and not _NEXT_CLAUSE.search(head, done[-1].end()):
        return False
    return bool(_TARGET_WORDS.search(head[cut:]))


def _the_day_counted_on(ft: FoldedText, m: re.Match[str], last: dt.date) -> dt.date | None:
    """The last day of a range of days as its as-of when said "đến (hết) ngày D" ("Từ ngày 01/01 đến ngày 31/5/2024":
    counted up to that day, as CONVENTIONS.md gives an as-of to "đến ngày D/M"); None for the days alone ("từ ngày
    7/2 đến 14/2", "từ 26-30/10")."""
    return last if _DAY_SAID_LAST.search(ft.folded, m.start(), m.end()) is not None else None


# "Đến hết ngày 31/1/2026 (thời điểm kết thúc giải ngân kế hoạch vốn năm 2025), tỉnh giải ngân ...", "đến 31/01/2026,
# vốn kế hoạch năm 2025 giải ngân đạt 96%": a year's plan (its capital, its budget) is spent and closed in the January
# after, its month of grace; the plan year named after the day, in the bracket or the clause, is the figure's period
_A_PLAN_YEAR_AFTER = re.compile(r"[^;.\n]{0,80}?\b(?:ke\s+hoach|nien\s+do|du\s+toan)(?:\s+[^\W\d_]+){0,3}?"
                                r"\s+(?:nam\s+)?" + YEAR_GROUP + r"(?![\d/]|[.,]\d|\s*[-–]\s*\d)")


def _a_plan_year_closed_after(folded: str, end: int, day: dt.date) -> int | None:
    """The year before ``day``'s whose plan the words after a day of January name, or None."""
    m = _A_PLAN_YEAR_AFTER.match(folded, end)
    return day.year - 1 if m is not None and int(m.group(1)) == day.year - 1 else None


def _the_earlier_point(m: re.Match[str], ref_year: int | None
                       ) -> tuple[str, Period | None, dt.date | None, bool] | None:
    """The as-of reading of an earlier point (``_AN_EARLIER_POINT``): a year's end its last day, the year before the
    report's for "cuối năm trước"; a year's start its first day, in that year (as "đến đầu năm 2026" is); a day
    itself; a month's end its last day. Its period is left to ``with_the_documents_time`` (the year up to a day
    before the report's; one within the report's period keeps the figure's)."""
    if m.group("year_end") or m.group("year_before"):
        year = int(m.group("year_end")) if m.group("year_end") else (ref_year - 1 if ref_year else None)
        return ("as_of", None, dt.date(year, 12, 31), bool(m.group("year_end"))) if year else None
    if m.group("day"):
        day = report_date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
        return ("as_of", None, day, True) if day else None
    if m.group("last_month"):
        month = int(m.group("last_month"))
        return ("as_of", None, month_end(int(m.group("last_months_year")), month), True) if 1 <= month <= 12 else None
    year = int(m.group("year_start")) if m.group("year_start") else ref_year
    return ("as_of", None, dt.date(year, 1, 1), bool(m.group("year_start"))) if year else None


def _resolve(kind: str, m: re.Match[str], ref_year: int | None, ft: FoldedText
             ) -> tuple[str, Period | None, dt.date | None, bool] | None:
    """(public kind, period, as_of, explicit_year) for one raw match, None when it is not one."""
    g = m.groups()
    if kind == "as_of_date_lead":
        if _CLAUSE_HEAD_BEFORE.search(ft.folded, max(0, m.start() - 12), m.start()) is None:
            return None
        g = (g[0], g[1], None)
        kind = "as_of_date"
    if kind == "as_of_date_short":
        y = CENTURY + int(g[2])
        if ref_year is not None and abs(y - ref_year) > 1:
            return None  # (a year far from the report's: no day of its own, a code or a ratio)
        g = (g[0], g[1], str(y))
        kind = "as_of_date"
    if kind in ("as_of_date", "as_of_moment"):
        y, explicit = _year_of(g[2], ref_year)
        if not explicit and y and _NEXT_YEAR_AFTER.match(ft.folded, m.end()):
            y += 1  # "đến ngày 31/01 năm sau": the month of grace a year's budget accounts are closed in
        elif not explicit and y and _YEAR_BEFORE_AFTER.match(ft.folded, m.end()):
            y -= 1  # ("Tính đến 31/12 năm trước, dư nợ đạt ...": the day a year before the report's)
        day = report_date(y, int(g[1]), int(g[0])) if y else None
        if day and kind == "as_of_moment":  # (a stock at an hour of that day: the day, not the days up to it)
            return "as_of", Period(day, day, ft.nfc[m.start():m.end()]), day, explicit
        if day and day.month == 1 and (plan_year := _a_plan_year_closed_after(ft.folded, m.end(), day)) is not None:
            return "as_of", replace(year_period(plan_year), label=ft.nfc[m.start():m.end()]), day, explicit
        return ("as_of", None, day, explicit) if day else None
    if kind == "as_of_wordy":
        y, explicit = _year_of(g[2], ref_year)
        day = report_date(y, int(g[1]), int(g[0])) if y else None
        return ("as_of", None, day, explicit) if day else None
    if kind == "as_of_spelled":
        if (g[0].isdigit() and g[1].isdigit()) or _LUNAR_AFTER.match(ft.folded, m.end()):
            return None  # (both in digits: "as_of_wordy"'s; a lunar day is no calendar day)
        y, explicit = _year_of(g[2], ref_year)
        day_month = [int(w) if w.isdigit() else table[" ".join(w.split())]
                     for w, table in ((g[0], _DAY_SPELLED), (g[1], _MONTH_OF_WORD))]
        day = report_date(y, day_month[1], day_month[0]) if y else None
        return ("as_of", None, day, explicit) if day else None
    if kind == "as_of_month_word":
        month = _month_named(ft, m.start(1), m.end(1), named_alone=g[1] is not None)
        if month is None or _LUNAR_AFTER.match(ft.folded, m.end()):
            return None  # (a word written small, "đến tháng ba năm sau"; a lunar month)
        g = (str(month), g[1])
        kind = "as_of_month"
    if kind == "as_of_month":
        y, explicit = _year_of(g[1], ref_year)
        if not _a_months_initial_in_capitals(ft, m.start(1)):
            return None
        return ("as_of", None, month_end(y, int(g[0])), explicit) if y else None
    if kind == "year_to_month_part":
        y, explicit = _year_of(g[3] or g[0], ref_year)
        day = report_date(y, int(g[2]), _MONTH_PART_DAYS[" ".join(g[1].split())]) if y else None
        if day is None or (g[0] and int(g[0]) > day.year):
            return None
        first = dt.date(int(g[0]) if g[0] else day.year, 1, 1)
        return "as_of", Period(first, day, ft.nfc[m.start():m.end()]), day, explicit
    if kind == "as_of_month_part":
        y, explicit = _year_of(g[2], ref_year)
        day = report_date(y, int(g[1]), _MONTH_PART_DAYS[" ".join(g[0].split())]) if y else None
        return ("as_of", None, day, explicit) if day else None
    if kind == "as_of_since_event":
        return "as_of", None, None, True  # (its day read again with the report's time, as "từ ngày D đến nay" is)
    if kind == "months_past":
        # (after "trong", opening a clause or before its comma; the year's first months until the report's time is
        # known, the same in a report on them)
        y, _explicit = _year_of(None, ref_year)
        n = _months_counted(g[0])
        if not y or not 2 <= n <= 12 or not (m.group().startswith("trong") or _COMMA_AFTER.match(ft.folded, m.end())
                                             or _at_a_clause_head(ft.folded, m.start())):
            return None
        return ("half" if n == 6 else "cumulative"), cumulative_period(y, n), None, False
    if kind in ("as_of_month_before", "term_so_far"):
        return kind, None, None, False  # (said against the report's time, known to with_the_documents_time)
    if kind == "days_past":
        if _days_counted_back(ft.nfc[m.start():m.end()]) is None:
            return None
        return "days_past", None, None, False  # (the days up to the report's, known to with_the_documents_time)
    if kind == "as_of_year_lead":
        # (or after a word reckoning it at the clause's head: "Dự kiến cuối năm 2026, toàn tỉnh có 13.000 doanh
        # nghiệp", "Ước hết năm 2025, ...": the stock reckoned at that year's end)
        if _CLAUSE_HEAD_BEFORE.search(ft.folded, max(0, m.start() - 12), m.start()) is None \
                and _RECKONED_AT_A_CLAUSE_HEAD_BEFORE.search(ft.folded, max(0, m.start() - 30), m.start()) is None:
            return None
        kind = "as_of_year"
    if kind == "earlier_point":
        return _the_earlier_point(m, ref_year)
    if kind == "as_of_year_start":
        # (of that year, as "năm 2026" alone is: "Đến đầu năm 2020, thu nhập đạt 36 triệu đồng/người/năm")
        return "as_of", year_period(int(g[0])), dt.date(int(g[0]), 1, 1), True
    if kind == "as_of_year":
        if _AN_AIM_RIGHT_BEFORE.search(ft.folded, max(0, m.start() - 40), m.start()):
            # ("cam kết đến cuối năm 2026 giảm 20% số vụ": the year its figures are aimed at, whatever they are read as;
            # no report of that year is dated by it)
            return "whole_year", year_period(int(g[0])), None, True
        return "as_of", None, dt.date(int(g[0]), 12, 31), True
    if kind == "as_of_year_end_reckoned":
        if _A_PART_OF_THE_YEAR_BEFORE.search(ft.folded, max(0, m.start() - 12), m.start()):
            return None  # ("3 tháng cuối năm ước đạt", "nửa cuối năm": the months left, read by their own phrases)
        kind = "as_of_year_end_said"
    if kind == "as_of_year_end":
        if ref_year is None or _FROM_NOW_BEFORE.search(ft.folded, max(0, m.start() - 12), m.start()):
            return None  # ("từ nay đến cuối năm": the months left of the year)
        if _RECKONED_OR_CLAUSE_HEAD_BEFORE.search(ft.folded, max(0, m.start() - 24), m.start()) is None \
                and not _RECKONED_AFTER.match(ft.folded, m.end()):
            return None  # ("chương trình kéo dài đến hết năm": how long a thing lasts, no figure's time)
        kind = "as_of_year_end_said"
    if kind == "as_of_year_end_said":
        if ref_year is None:
            return None
        return "as_of", year_period(ref_year), dt.date(ref_year, 12, 31), False
    if kind == "as_of_now":
        return "as_of", None, None, False
    if kind == "as_of_since_month":
        y, explicit = _year_of(g[1] or g[2], ref_year)
        if y is None or (g[0] and not 1 <= int(g[0]) <= 12):
            return None
        # (read again with the report's time, as "từ ngày D đến nay" is)
        return "as_of", None, None, explicit
    if kind == "as_of_since_years":
        y, explicit = _year_of(g[0], ref_year)
        return None if y is None else ("as_of", None, None, explicit)  # (read again with the report's time)
    if kind == "as_of_since_lead":
        if _CLAUSE_HEAD_BEFORE.search(ft.folded, max(0, m.start() - 12), m.start()) is None:
            return None
        kind = "as_of_since"
    if kind == "as_of_since":
        y, explicit = _year_of(g[2], ref_year)
        if y is None or report_date(y, int(g[1]), int(g[0])) is None:
            return None
        # (its start is read again, with the report's time, by with_the_documents_time; until then it is "đến nay")
        return "as_of", None, None, explicit
    if kind == "comparison":
        if m.group().startswith("cung") and _SAME_TIME_LEAD.fullmatch(m.group()) and ref_year \
                and _LEADS_END_AFTER.match(ft.folded, m.end()) \
                and _CLAUSE_HEAD_BEFORE.search(ft.folded, max(0, m.start() - 12), m.start()):
            # "Cùng kỳ năm trước, tổng mức bán lẻ đạt ...": the report's months a year before, opening a clause (read
            # again with the report's period by with_the_documents_time; not "so với cùng kỳ, ...", a base)
            return "same_time_lead", None, None, False
        if ref_year and _SAME_YEAR_SAID.fullmatch(m.group()) and _A_WORD_AFTER.match(ft.folded, m.end()) \
                and _SET_BESIDE_HEAD_BEFORE.search(ft.folded, max(0, m.start() - 20), m.start()):
            return "same_time_lead", None, None, False  # ("Trong khi đó, cùng kỳ năm 2025 chi …": read as above)
        return "comparison", None, None, True
    if kind == "half_short":
        return ("half", half_period(int(g[1]), g[0] == "1"), None, True) if ft.nfc[m.start()] == "H" else None
    if kind == "half":
        y, explicit = _year_of(g[1], ref_year)
        y = _the_year_before_said(ft, m, y, explicit)
        return ("half", half_period(y, g[0] == "dau"), None, explicit) if y else None
    if kind == "last_months":
        y, explicit = _year_of(g[1], ref_year)
        y = _the_year_before_said(ft, m, y, explicit)
        n = int(g[0])
        return ("half" if n == 6 else "cumulative", last_months_period(y, n), None, explicit) if y else None
    if kind == "range":
        y1, y2 = int(g[1]), int(g[2])
        if not y1 < y2 <= y1 + 10 or (g[0] == "nam" and _A_SEASON_BEFORE.search(ft.folded, max(0, m.start() - 40),
                                                                                m.start())):
            return None  # ("vụ Đông Xuân năm 2025-2026": a season of two years, "crop_season"'s, no span of both)
        word = re.sub(r"\s+", " ", ft.nfc[m.start(1):m.end(1)].lower())
        return "range", range_period(y1, y2, word), None, True
    if kind == "school_year":
        y2 = int(g[1])
        if ref_year is not None and not y2 - 1 <= ref_year <= y2:
            # "Năm học 2023-2024, tỷ lệ tốt nghiệp đạt 99%" in a report on 2026: another year's school year, its months
            # September to August, as the report of a school year is placed (aimed at, or a base, as a year is)
            kind, period, _, _ = _another_years_season(ft, m.start(), y2, ref_year)
            if kind == "year":
                school = school_year_period(y2 - 1)
                return "cumulative", Period(school.start, school.end, ft.nfc[m.start():m.end()]), None, True
            return kind, period, None, True
        return "school_year", None, None, True
    if kind == "school_term":
        term = 2 if g[0] in ("ii", "2", "hai") else 1
        if g[1] is None:
            if ft.folded.endswith("truoc", m.start(), m.end()) and _a_base_before(ft, m.start()):
                return "comparison", None, None, False  # ("so với học kỳ I năm học trước": a base)
            return "school_term", None, None, False  # (a term of the report's school year or the one before)
        y1, y2 = int(g[1]), int(g[2])
        if y2 != y1 + 1:
            return None
        if _a_base_before(ft, m.start()):
            return "comparison", None, None, True  # ("so với học kỳ I năm học 2024-2025": a base)
        return "cumulative", school_term_period(y1, term), None, True
    if kind == "years_past":
        y1, y2 = int(g[1]), int(g[2])
        if int(g[0]) not in (y2 - y1, y2 - y1 + 1) or not y1 < y2:
            return None  # (as many years as the span holds: "5 năm qua (2021-2025)", "(2020-2025)")
        return "range", range_period(y1, y2, "giai đoạn"), None, True
    if kind == "crop_season":
        if "sau" in ft.folded[max(0, m.start() - 16):m.start()] and _AFTER_BEFORE.search(
                ft.nfc, max(0, m.start() - 16), m.start()):
            # ("Sau mùa lũ 2025, tỉnh sửa chữa 1.250 nhà": what came after the season, not within it; the phrase
            # held, no period, so that its year is not read alone)
            return "after_a_season", None, None, True
        y1 = int(g[3])
        y2 = int(g[4]) if g[4] else y1
        months = WEATHER_SEASON_MONTHS.get(" ".join((g[1] or "").split()))
        if g[4] is None and months is not None and months[0] > months[1]:
            y1 -= 1  # ("mùa khô năm 2026": one year named of a season over the new year, the season closing in it)
        reaped = y1 + 1 if g[4] is None and (m.group("season") or "").endswith("dong") else y2
        if y2 not in (y1, y1 + 1) \
                or not ft.nfc[m.start():m.start() + 4].lower().startswith(("vụ", "lúa", "niên", "mùa")):
            return None  # ("năm 2024" alone is the year kind's)
        if ref_year is None:
            return _a_season_alone(ft, m, y1, y2, months)
        months = months if y2 == y1 + 1 else None
        if months is not None and y1 <= ref_year <= y2 and not _a_base_before(ft, m.start("at")) \
                and not _is_target(ft.folded, m.start("at")):
            # "Mùa khô 2025-2026, toàn tỉnh xảy ra 7 vụ cháy rừng" in a report of 2026: the season's months (up to the
            # report's end, read by with_the_documents_time), not the report's
            season = Period(dt.date(y1, months[0], 1), month_end(y2, months[1]), ft.nfc[m.start():m.end()])
            return "season_so_far", season, None, True
        if y2 == y1 + 1 and y1 <= ref_year <= y2 and m.group("season") is None and m.group("weather") is None \
                and not _a_base_before(ft, m.start("at")) and not _is_target(ft.folded, m.start("at")):
            # "Niên vụ 2025-2026, sản lượng cà phê đạt ..." in a report of 2026: the crop year's months, October to
            # September (up to the report's end, read by with_the_documents_time), as a season of the weather's are
            crop_year = replace(crop_year_period(y1), label=ft.nfc[m.start():m.end()])
            if "uoc" in ft.folded[m.end():m.end() + 50] and _ESTIMATED_NEXT.match(ft.folded, m.end()):
                # ("Sản lượng cà phê niên vụ 2026-2027 ước đạt 318 nghìn tấn" in a report of October 2026: the
                # estimate of the whole crop year, not of its months so far)
                return "cumulative", crop_year, None, True
            return "season_so_far", crop_year, None, True
        if y1 == y2 == ref_year and m.group("weather") is not None and months is None \
                and not _a_base_before(ft, m.start("at")) and not _is_target(ft.folded, m.start("at")):
            # ("Mùa mưa bão năm 2026, toàn tỉnh xảy ra 6 đợt thiên tai" in a report of November 2026: the season's
            # year, as "Năm 2026, ..." is, not the report's month; such a season has no months of its own)
            return "weather_season_year", year_period(y1), None, True
        if y1 <= ref_year <= reaped:
            return None  # (the report's own season lies within its period)
        return _another_years_season(ft, m.start("at"), y2, ref_year)
    if kind == "cumulative":
        if _after_blank_date(ft.folded, m.start()):
            return None
        n = int(g[0] or g[2])
        y, explicit = _year_of(g[1] or g[3] or g[4] or g[5], ref_year)
        y = _the_year_before_said(ft, m, y, explicit)
        if not y:
            return None
        return ("half" if n == 6 else "cumulative"), cumulative_period(y, n), None, explicit
    if kind == "last_months_word":
        y, explicit = _year_of(g[1], ref_year)
        n = _MONTH_COUNT[" ".join(g[0].split())]
        return ("cumulative", last_months_period(y, n), None, explicit) if y and n < 12 else None
    if kind == "cumulative_word_lead":
        if not _at_a_clause_head(ft.folded, m.start()):
            return None
        kind, g = "cumulative_word", (g[0], None)
    if kind == "cumulative_word_in":
        if not ft.nfc[m.start(1):m.end(1)].lower().startswith(tuple(_MONTH_COUNT_SPELLINGS)):
            return None  # (the count's own letters, as the other words' are checked: "tám", not "tâm")
        kind, g = "cumulative_word", (g[0], None)
    if kind == "cumulative_word":
        y, explicit = _year_of(g[1], ref_year)
        y = _the_year_before_said(ft, m, y, explicit)
        n = _MONTH_COUNT[" ".join(g[0].split())]
        if n == 5 and g[1] is None and _THIS_YEAR_AFTER.match(ft.folded, m.end()):
            return None  # ("Năm tháng năm nay ...": "năm" twice, no count of months sure)
        return ("cumulative", cumulative_period(y, n), None, explicit) if y else None
    if kind == "month_to_day":
        y, explicit = _year_of(g[4] or g[1], ref_year)
        first_month = int(g[0] or g[3])
        if not y or not 1 <= first_month <= int(g[3]):
            return None  # (a month named later than the day's: two dates, no span)
        day = report_date(y, int(g[3]), int(g[2]))
        if day is None or day <= (first := dt.date(y, first_month, 1)):
            return None
        return "as_of", Period(first, day, ft.nfc[m.start():m.end()]), day, explicit
    if kind == "year_to_day":
        if g[1] is None:  # (the dashed day's groups)
            g = g[:1] + g[4:]
        y, explicit = _year_of(g[3] or g[0], ref_year)
        day = report_date(y, int(g[2]), int(g[1])) if y else None
        if day is None or (day.month, day.day) == (1, 1):
            return None
        # ("Từ đầu năm 2025 đến ngày 15/3/2026": from an earlier year's start)
        first = dt.date(int(g[0]) if g[0] and int(g[0]) < day.year else day.year, 1, 1)
        return "as_of", Period(first, day, ft.nfc[m.start():m.end()]), day, explicit
    if kind == "cumulative_lead":
        if not _at_a_clause_head(ft.folded, m.start()):
            return None
        kind = "cumulative_bare"
    if kind == "cumulative_named":
        if _A_FIGURE_NAMED_BEFORE.search(ft.folded, max(0, m.start() - 100), m.start()) is None:
            return None
        n = int(g[0])
        y, explicit = _year_of(g[1], ref_year)
        if not y or n < 2:
            return None
        return ("half" if n == 6 else "cumulative"), cumulative_period(y, n), None, explicit
    if kind == "cumulative_joined":
        if _AT_A_LINES_END.match(ft.folded, m.end()):
            # (a line ending on the count: a section's heading, its list mark and review words before it only)
            if _HEADING_BEFORE.search(ft.nfc, max(0, ft.nfc.rfind("\n", 0, m.start())), m.start()) is None:
                return None
        # ("Tháng 11 đạt 9.850 tỷ đồng. 11 tháng, đạt 104.300 tỷ đồng": the count alone opening a clause, too)
        elif _PART_JOINED_BEFORE.search(ft.folded, max(0, m.start() - 24), m.start()) is None \
                and not _at_a_clause_head(ft.folded, m.start()) \
                and _GONE_THROUGH_BEFORE.search(ft.folded, max(0, m.start() - 12), m.start()) is None:
            return None
        kind = "cumulative_bare"
    if kind in ("as_of_summed_month", "as_of_summed_day"):
        y, explicit = _year_of(g[1] if kind == "as_of_summed_month" else g[2], ref_year)
        if not y or (kind == "as_of_summed_month" and not _a_months_initial_in_capitals(ft, m.start(1))):
            return None
        day = (month_end(y, int(g[0])) if kind == "as_of_summed_month" and 1 <= int(g[0]) <= 12
               else report_date(y, int(g[1]), int(g[0])) if kind == "as_of_summed_day" else None)
        if day is None or (day.month, day.day) == (1, 1):
            return None
        return "as_of", Period(dt.date(day.year, 1, 1), day, ft.nfc[m.start():m.end()]), day, explicit
    if kind == "cumulative_from_start":
        if g[0] and g[2] and int(g[0]) < int(g[2]) and 1 <= (month := int(g[1])) <= 12:
            # ("Kể từ đầu năm 2025 đến hết tháng 3/2026": from an earlier year's start, over the new year)
            return "cumulative", Period(dt.date(int(g[0]), 1, 1), month_end(int(g[2]), month),
                                        ft.nfc[m.start():m.end()]), None, True
        g = (g[1], g[2] or g[0])  # (the month, then its year or the one written after the year's start)
    if kind in ("cumulative_to", "cumulative_from_start", "cumulative_in", "cumulative_bare"):
        y, explicit = _year_of(g[1] if kind in ("cumulative_to", "cumulative_from_start") else None, ref_year)
        n = int(g[0] or g[1] or g[2])  # (cumulative_in counts its months in one of three groups)
        if not y or (n < 2 and kind != "cumulative_to"):
            return None
        return ("half" if n == 6 else "cumulative"), cumulative_period(y, n), None, explicit
    if kind == "cumulative_to_start":
        y, explicit = _year_of(g[1], ref_year)
        months_before = int(g[0]) - 1
        if not y or months_before < 1:
            return None  # ("đến đầu tháng 1": no month of the year has passed yet)
        period = cumulative_period(y, months_before)
        return ("half" if months_before == 6 else "cumulative"), period, None, explicit
    if kind == "days_bracketed" and g[5] is None and not _PERIOD_NAMED_BEFORE_A_BRACKET.search(
            ft.nfc, max(0, ft.nfc.rfind("(", 0, m.start()) - _NAMED_REACH), ft.nfc.rfind("(", 0, m.start())):
        return None  # (the year unsaid: only after a period named, "(1/3 - 2/3)" is as often two fractions)
    if kind == "months_from_a_day":
        y, explicit = _year_of(g[3], ref_year)
        first = report_date(y, int(g[2]), int(g[1])) if y else None
        n = _months_counted(g[0])
        if first is None or not 1 <= n <= 12:
            return None
        last_month = first.year * 12 + first.month - 1 + n - 1
        last = month_end(last_month // 12, last_month % 12 + 1)
        return "cumulative", Period(first, last, ft.nfc[m.start():m.end()]), None, explicit
    if kind == "since_an_event_to_a_day":
        # (counted up to the last day: "đến 31/12/2025" after the event's day is the day the sum is taken on)
        resolved = _resolve("day_range", m, ref_year, ft)
        return resolved and (resolved[0], resolved[1], resolved[1].end, resolved[3])
    if kind in ("day_range", "day_range_marked", "days_bracketed"):
        if g[3] is None:  # (the dashed form's groups)
            g = g[:3] + g[6:]
        y, explicit = _year_of(g[5], ref_year)
        y_first = int(g[2]) if g[2] else y
        if not g[2] and y and ((int(g[1]) > int(g[4]) and (kind != "day_range" or int(g[1]) == 12))
                               or (int(g[1]), int(g[0])) == (int(g[4]), int(g[3]) + 1)):
            # ("(29/12 - 04/01/2027)", "Từ ngày 25/12 đến ngày 5/01": the first day's month later than the last's,
            # the year before; a range of days said in order runs over December's end only; or the day after the
            # last's: "từ 15/12 đến 14/12/2026", a year counted from another day than January 1)
            y_first = y - 1
        first = report_date(y_first, int(g[1]), int(g[0])) if y_first else None
        last = report_date(y, int(g[4]), int(g[3])) if y else None
        if first is None or last is None or last < first:
            return None
        # (its last day is the day the count was taken, as "đến ngày 09/6" says: the as-of of what it counts; "Từ ngày
        # 7/2 đến 14/2, xảy ra 6 vụ", "(23/02 - 01/3/2026)": the last day without "ngày", the days alone, as
        # days_of_a_month reads them)
        return "cumulative", Period(first, last, ft.nfc[m.start():m.end()]), _the_day_counted_on(ft, m, last), explicit
    if kind == "holiday_days":
        y, explicit = _year_of(g[5] or g[6], ref_year)
        if not y:
            return None
        first = report_date(y - 1 if int(g[2]) > int(g[4]) else y, int(g[2]), int(g[0]))
        last = report_date(y, int(g[4]), int(g[3]))
        if first is None or last is None or not first < last <= first + _HOLIDAY_REACH:
            return None
        return "day", Period(first, last, ft.nfc[m.start():m.end()]), None, explicit
    if kind == "month_parts_range":
        if not (g[0] or g[3]):
            return None  # (the months alone: month_range)
        y, explicit = _year_of(g[5], ref_year)
        y_first = int(g[2]) if g[2] else (y - 1 if y and int(g[1]) > int(g[4]) else y)
        if not y or not y_first or not 1 <= int(g[1]) <= 12 or not 1 <= int(g[4]) <= 12:
            return None
        first = dt.date(y_first, int(g[1]), _PART_FIRST_DAYS[" ".join(g[0].split())] if g[0] else 1)
        part = " ".join(g[3].split()) if g[3] else None
        last = month_end(y, int(g[4]))
        last = last.replace(day=_PART_LAST_DAYS[part]) if part in _PART_LAST_DAYS else last
        if not first < last <= first + dt.timedelta(days=366):
            return None
        return "cumulative", Period(first, last, ft.nfc[m.start():m.end()]), None, explicit
    if kind == "day_range_short":
        first = report_date(CENTURY + int(g[2]), int(g[1]), int(g[0]))
        last = report_date(CENTURY + int(g[5]), int(g[4]), int(g[3]))
        if first is None or last is None or not first < last <= first + dt.timedelta(days=731):
            return None
        return "cumulative", Period(first, last, ft.nfc[m.start():m.end()]), _the_day_counted_on(ft, m, last), True
    if kind == "day_to_month":
        y, explicit = _year_of(g[4], ref_year)
        y_first = int(g[2]) if g[2] else y
        first = report_date(y_first, int(g[1]), int(g[0])) if y_first else None
        if first is None or not y or not first <= (last := month_end(y, int(g[3]))) <= first + dt.timedelta(days=366):
            return None
        return "cumulative", Period(first, last, ft.nfc[m.start():m.end()]), last, explicit
    if kind == "days_of_a_month":
        if "ngay" not in m.group() and "thang" in m.group():
            return None  # ("từ 6 đến 12 tháng 3 ...": the month in words only after "ngày", no count of months)
        y, explicit = _year_of(g[3], ref_year)
        first = report_date(y, int(g[2]), int(g[0])) if y else None
        last = report_date(y, int(g[2]), int(g[1])) if y else None
        if first is None or last is None or last <= first:
            return None
        # (an as-of with its days, as "từ đầu năm đến ngày D" is: a figure counted over them, while a news item
        # opening on a meeting's days, "Từ ngày 4 đến ngày 6/12, HĐND tỉnh họp ...", keeps the period it reports on;
        # "Đợt rét từ ngày 10 đến 18/01", "từ ngày 10-18/01": the last day without "ngày", the days alone, no day
        # counted on, as CONVENTIONS.md gives an as-of to "đến ngày D/M")
        days = Period(first, last, ft.nfc[m.start():m.end()])
        if _the_day_counted_on(ft, m, last) is None:
            return "day", days, None, explicit
        return "as_of", days, last, explicit
    if kind == "days_listed":
        return _days_listed(g, ref_year, ft, m)
    if kind == "night_into_morning":
        if not ft.nfc[m.start():m.start() + 3].lower().startswith("đêm"):
            return None  # ("đếm", to count)
        y, explicit = _year_of(g[5], ref_year)
        if not y:
            return None
        first_month = int(g[1] or g[4])
        y_first = int(g[2]) if g[2] else y - 1 if first_month > int(g[4]) else y
        first, last = report_date(y_first, first_month, int(g[0])), report_date(y, int(g[4]), int(g[3]))
        if first is None or last is None or last - first != dt.timedelta(days=1):
            return None  # (the next day's morning, no other)
        return "cumulative", Period(first, last, ft.nfc[m.start():m.end()]), None, explicit
    if kind == "year_span":
        y1, y2 = int(g[0]), int(g[1])
        if not y1 < y2 <= y1 + 10:
            return None
        return "range", range_period(y1, y2, "giai đoạn"), None, True
    if kind == "months_listed":
        y, explicit = _year_of(g[3], ref_year)
        first, last = int(g[1]), int(g[2])
        # (as many as said, or, said "các"/"những", as many as named: a month between the first and the last or none)
        said = {"2": 2, "3": 3, "hai": 2, "ba": 3}.get(g[0]) \
            or 2 + any(c.isdigit() for c in m.string[m.end(2):m.start(3)])
        if not y or last - first + 1 != said \
                or not ft.nfc[m.start():m.start() + 3].lower().startswith(("2", "3", "hai", "ba", "các", "nhữ")):
            return None
        return "cumulative", Period(dt.date(y, first, 1), month_end(y, last), ft.nfc[m.start():m.end()]), None, explicit
    if kind == "months_joined":
        return _months_joined(m, ref_year, ft)
    if kind == "month_range_dashed":
        if _after_blank_date(ft.folded, m.start()):
            return None
        y, explicit = _year_of(g[2], ref_year)
        if not y or not 1 <= int(g[0]) < int(g[1]) <= 12:
            return None
        return "cumulative", Period(dt.date(y, int(g[0]), 1), month_end(y, int(g[1])), ft.nfc[m.start():m.end()]), \
            None, explicit
    if kind == "quarter_range":
        y, explicit = _year_of(g[3], ref_year)
        q_first, q_last = quarter_number(g[0]), quarter_number(g[2])
        y_first = int(g[1]) if g[1] else (y - 1 if y and q_first > q_last else y)
        if not y or not y_first or (y_first, q_first) >= (y, q_last) or y - y_first > 1:
            return None
        return "cumulative", Period(quarter_period(y_first, q_first).start, quarter_period(y, q_last).end,
                                    ft.nfc[m.start():m.end()]), None, explicit
    if kind == "month_range":
        if _LUNAR_AFTER.match(ft.folded, m.end()):
            return None  # ("từ tháng Giêng đến tháng Ba âm lịch")
        # (a name spelled as a month's is, in any case: "từ tháng ba", not "đến tháng sau", the month after)
        named = [w if w is None or w.isdigit() or i % 2 else _month_named(ft, m.start(i + 1), m.end(i + 1), True)
                 for i, w in enumerate(g)]
        if None in (named[0], named[2]):
            return None
        g = tuple(None if w is None else str(w) for w in named)
        y, explicit = _year_of(g[3], ref_year)
        # ("từ tháng 9 đến tháng 3 năm 2026": a later month first runs over the new year, as a season does)
        y_first = int(g[1]) if g[1] else (y - 1 if y and int(g[0]) > int(g[2]) else y)
        if not y or not y_first:
            return None
        first, last = dt.date(y_first, int(g[0]), 1), month_end(y, int(g[2]))
        if not first < last <= first + dt.timedelta(days=731):
            return None  # (months out of order, or years apart: two dates, not one span)
        return "cumulative", Period(first, last, ft.nfc[m.start():m.end()]), None, explicit
    if kind == "quarter_closed":
        y, explicit = _year_before_or_of(g, ref_year)
        if not y:
            return None
        n = 3 * quarter_number(g[0])
        period = cumulative_period(y, n)
        # ("Tính đến hết quý II/2026, dư nợ đạt ...", "đến cuối quý III": counted on the quarter's last day, as "đến
        # hết tháng 9" is)
        counted_on = period.end if _TO_BEFORE.search(ft.folded, max(0, m.start() - 6), m.start()) else None
        return ("half" if n == 6 else "cumulative"), period, counted_on, explicit
    if kind in ("quarter_short", "quarter_short_undated"):
        if ft.nfc[m.start()] != "Q":
            return None
        if g[0][0] == "i" and not ft.nfc[m.start(1):m.end(1)].isupper():
            return None  # (the Roman numeral in capitals too: "QIII/2026")
        y, explicit = _year_of(g[1] if kind == "quarter_short" else None, ref_year)
        return ("quarter", quarter_period(y, quarter_number(g[0])), None, explicit) if y else None
    if kind == "months_short_range":
        first, last = int(g[0]), int(g[1])
        if ft.nfc[m.start()] != "T" or not 1 <= first < last <= 12:
            return None
        y = int(g[2])
        return "cumulative", Period(dt.date(y, first, 1), month_end(y, last), ft.nfc[m.start():m.end()]), None, True
    if kind == "months_short":
        at = m.start(1) + len(g[0]) if g[0] else m.start()
        n = int(g[0] or g[1])
        if ft.nfc[at] != "T" or not 1 <= n <= 12:
            return None
        y = int(g[2])
        if g[1]:
            return "month", month_period(y, n), None, True
        return ("half" if n == 6 else "cumulative"), cumulative_period(y, n), None, True
    if kind == "month_short_undated":
        y, explicit = _year_of(None, ref_year)
        n = int(g[0])
        if not y or ft.nfc[m.start()] != "T" or not 1 <= n <= 12:
            return None
        return "month", month_period(y, n), None, explicit
    if kind == "months_short_undated":
        if ft.folded.startswith("lk", m.start()) and not ft.nfc.startswith("LK", m.start()):
            return None  # (the initials of "lũy kế" in capitals, as the "T" is)
        n = int(g[0])
        y, explicit = _year_of(g[1], ref_year)
        if ft.nfc[m.start(1) + len(g[0])] != "T" or not y or not 2 <= n <= 12:
            return None
        return ("half" if n == 6 else "cumulative"), cumulative_period(y, n), None, explicit
    if kind == "months_first_short":
        n = int(g[0])
        y, explicit = _year_of(g[1], ref_year)
        if not ft.nfc.startswith("TĐN", ft.folded.index("tdn", m.end(1))) or not y or not 2 <= n <= 12:
            return None  # (the initials in capitals: "tđn" is no abbreviation the reports write)
        return ("half" if n == 6 else "cumulative"), cumulative_period(y, n), None, explicit
    if kind == "days_of_a_month_part":
        if _LUNAR_AFTER.match(ft.folded, m.end()) or (month := _month_of_group(ft, m, 5)) is None:
            return None  # ("nửa cuối tháng Chạp âm lịch", "nửa đầu tháng sau")
        y, explicit = _year_of(g[5], ref_year)
        if not y or not 1 <= month <= 12:
            return None
        days = _part_of_a_month(g, y, month, ft.nfc[m.start():m.end()])
        return ("day", days, None, explicit) if days else None
    if kind in ("ten_days_of_a_month", "week_of_a_month"):
        if _LUNAR_AFTER.match(ft.folded, m.end()) or (month := _month_of_group(ft, m, 2)) is None:
            return None  # ("tuần thứ hai tháng Giêng âm lịch", "tuần thứ hai tháng sau")
        g = (g[0], str(month), g[2])
    if kind == "ten_days_of_a_month":
        y, explicit = _year_of(g[2], ref_year)
        month = int(g[1])
        if not y or not 1 <= month <= 12:
            return None
        first = _TEN_DAYS[g[0]]
        last = month_end(y, month).day if first == 21 else first + 9
        days = Period(dt.date(y, month, first), dt.date(y, month, last), ft.nfc[m.start():m.end()])
        return "day", days, None, explicit
    if kind == "week_of_a_month":
        y, explicit = _year_of(g[2], ref_year)
        month, week = int(g[1]), _WEEK_NUMBERS.get(g[0]) or int(g[0])
        if not y or not 1 <= month <= 12 or 7 * (week - 1) >= (last := month_end(y, month).day):
            return None
        days = Period(dt.date(y, month, 7 * week - 6), dt.date(y, month, last if week == 5 else 7 * week),
                      ft.nfc[m.start():m.end()])
        return "day", days, None, explicit
    if kind == "days_of_this_month_part":
        # (its days read again with the report's month; a count no month could hold is none)
        return None if g[0] and not 1 <= int(g[0]) < 28 else ("month_part_so_far", None, None, False)
    if kind == "quarters_first":
        if _COMPARED_RIGHT_BEFORE.search(ft.folded, max(0, m.start() - 10), m.start()):
            return "comparison", None, None, True  # ("so quý đầu của năm 2015": the base compared with)
        y, explicit = _year_of(g[2], ref_year)
        n = 3 * {"2": 2, "3": 3, "hai": 2, "ba": 3}.get(g[0] or "", 1)
        if not y:
            return None
        if g[1] == "cuoi":
            return ("quarter", quarter_period(y, 4), None, explicit) if n == 3 else \
                (("half" if n == 6 else "cumulative"), last_months_period(y, n), None, explicit)
        return ("quarter", quarter_period(y, 1), None, explicit) if n == 3 else \
            (("half" if n == 6 else "cumulative"), cumulative_period(y, n), None, explicit)
    if kind == "months_so_far":
        if g[0] and int(g[0]) != ref_year:
            return None  # ("những tháng đầu năm 2025" in a report on 2026: months of another year, uncounted)
        if _COMPARED_RIGHT_BEFORE.search(ft.folded, max(0, m.start() - 10), m.start()):
            return "comparison", None, None, True
        return "year_to_date", None, None, g[0] is not None
    if kind == "year_before_lead":
        if ref_year is None or _CLAUSE_HEAD_BEFORE.search(ft.folded, max(0, m.start() - 12), m.start()) is None:
            return None
        return "year", year_period(ref_year - 1), None, False
    if kind == "same_part_a_year_before_lead":
        if _CLAUSE_HEAD_BEFORE.search(ft.folded, max(0, m.start() - 12), m.start()) is None:
            return None
        return ("same_month_a_year_before" if g[0] == "thang" else "same_quarter_a_year_before"), None, None, False
    if kind in ("month_before_lead", "quarter_before_lead", "week_before_lead"):
        if _CLAUSE_HEAD_BEFORE.search(ft.folded, max(0, m.start() - 12), m.start()) is None:
            return None
        kind = kind.removesuffix("_lead")
    if kind == "quarter_word":
        return "quarter", quarter_period(int(g[1]), _QUARTER_WORDS[g[0]]), None, True
    if kind == "quarter_listed":
        numeral = ft.nfc[m.start("at"):m.end("at")]
        if quarter_number(numeral) <= quarter_number(g[0]) or not (numeral.isupper() or g[2] or g[3]):
            return None  # (the next quarters in order; a bare Arabic numeral only with its year: "quý 1, 2 hộ")
        if _COMPARED_RIGHT_BEFORE.search(ft.folded, max(0, m.start() - 10), m.start()):
            return "comparison", None, None, True  # ("so với quý I, II năm 2025": the bases compared with)
        y, explicit = _year_before_or_of(g[1:], ref_year)
        return ("quarter", quarter_period(y, quarter_number(numeral)), None, explicit) if y else None
    if kind == "months_of_a_quarter":
        q, months = quarter_number(g[2]), 2 if g[0] else 1
        y, explicit = _year_before_or_of(g[2:], ref_year)
        if not y:
            return None
        first = 3 * q - 2 if g[1] == "dau" else 3 * q + 1 - months
        span = Period(dt.date(y, first, 1), month_end(y, first + months - 1), ft.nfc[m.start():m.end()])
        return ("month" if months == 1 else "cumulative"), span, None, explicit
    if kind == "months_of_this_quarter":
        if _COUNTED_ON_ITS_LINE_BEFORE.search(ft.folded, max(0, m.start() - 8), m.start()):
            return None  # ("3 tháng đầu quý", "ba tháng cuối quý": months counted, not the quarter's first or last)
        return "months_of_this_quarter", None, None, False
    if kind == "summer_months":
        y, explicit = _year_of(g[0], ref_year)
        return ("cumulative", Period(dt.date(y, 6, 1), dt.date(y, 8, 31), ft.nfc[m.start():m.end()]), None,
                explicit) if y else None
    if kind == "quarter":
        q = quarter_number(g[0])
        y, explicit = _year_before_or_of(g, ref_year)
        return ("quarter", quarter_period(y, q), None, explicit) if y else None
    if kind in ("month", "month_word", "month_word_bare") and _full_moon_before(ft, m.start()):
        return None  # ("rằm tháng Bảy", "rằm tháng 8": the full moon of a lunar month, no calendar one)
    if kind == "month":
        if _after_blank_date(ft.folded, m.start()) or _LUNAR_AFTER.match(ft.folded, m.end()):
            return None  # (nor "tháng 11 âm lịch", "tháng 12 năm Ất Tỵ": a lunar month)
        if m.end() == m.end(1) and _MONTHS_COUNTED_AFTER.match(ft.folded, m.end()):
            return None  # ("… trong 6 tháng | 6 tháng đầu năm": the number counts the months after it, no month's)
        y, explicit = _year_before_or_of(g, ref_year)
        return ("month", month_period(y, int(g[0])), None, explicit) if y else None
    if kind == "month_word":
        month = _month_named(ft, m.start(1), m.end(1), named_alone=True)
        return ("month", month_period(int(g[1]), month), None, True) if month else None
    if kind == "year_end_month":
        word_before = ft.folded[:m.start()].split()[-1:]
        if word_before and (word_before[0][-1:].isdigit() or word_before[0] in _MANY_MONTHS_BEFORE):
            return None  # ("6 tháng đầu năm", "các tháng cuối năm": months, counted or many)
        y, explicit = _year_of(g[1], ref_year)
        return ("month", month_period(y, 1 if g[0] == "dau" else 12), None, explicit) if y else None
    if kind == "month_word_bare":
        if _A_NAMES_MONTH_BEFORE.search(ft.folded, max(0, m.start() - 12), m.start()):
            return None  # ("Cách mạng tháng Tám", "ngày 30 tháng Tư": a name, a day)
        if _LUNAR_AFTER.match(ft.folded, m.end()):
            return None  # ("tháng Chạp năm Bính Ngọ", "tháng Giêng âm lịch": a lunar month, no calendar one)
        month = _month_named(ft, m.start(1), m.end(1))
        return ("month", month_period(ref_year, month), None, False) if month and ref_year else None
    if kind == "this_part_lead":
        if _CLAUSE_HEAD_BEFORE.search(ft.folded, max(0, m.start() - 12), m.start()) is None:
            return None  # ("9 tháng qua", "những tháng qua": no one month of the report's)
        g = (m.group(1),)
        kind = "part_so_far"
    if kind == "part_so_far":
        written = ft.nfc[m.start(1):m.start(1) + 3].lower() if g[0] else ""
        if written.startswith("th"):
            return ("this_month", None, None, False) if written.startswith("thá") else None
        if g[0]:
            return ("this_quarter", None, None, False) if written.startswith(("quý", "quí", "qúy", "qúi")) else None
        return "school_year_to_date", None, None, False
    if kind == "years_past_bare":
        return "years_past_bare", None, None, False  # (the years up to the report's, known to with_the_documents_time)
    if kind == "year_to_week":
        # (groups: the year after "từ đầu năm" in either lead, the week, the year after the week)
        y, explicit = _year_of(g[3] or g[0] or g[1], ref_year)
        if not y or (sunday := _the_weeks_sunday(y, int(g[2]))) is None:
            return None
        return "cumulative", Period(dt.date(y, 1, 1), sunday, ft.nfc[m.start():m.end()]), None, explicit
    if kind == "weeks_so_far":
        return ("weeks_to_date", None, None, g[3] is not None) if 1 < int(g[0] or g[1] or g[2]) <= 53 else None
    if kind == "dry_season_so_far":
        return kind, None, None, False  # (the season under way at the report's end, known to with_the_documents_time)
    if kind == "crop_year_so_far":
        if g[0] and (ref_year is None or int(g[1]) != int(g[0]) + 1 or ref_year not in (int(g[0]), int(g[1]))):
            return None  # (another year's crop year: "niên vụ 2023-2024" alone, the crop season's reading)
        return "crop_year_to_date", None, None, bool(g[0])
    if kind == "this_month" and (word := _MONTH_WORD_AFTER.match(ft.folded, m.end())) is not None \
            and _month_named(ft, word.start(1), word.end(1)):
        return None  # ("trong tháng Mười": that month, no "trong tháng" of the report's)
    if kind == "this_quarter" and not ft.nfc[m.start():m.end()].lower().split()[1].startswith(
            ("quý", "quí", "qúy", "qúi")):
        return None  # ("trong quy hoạch", "trong quy định": no quarter)
    if kind == "year_to_date" and (said := g[0] or g[1]) and int(said) != ref_year:
        return None  # ("từ đầu mùa mưa năm 2025 đến nay" in a report on 2026: the year and "đến nay" read it, as
        #              "từ đầu năm 2025 đến nay" is read)
    if kind == "this_week" and not ft.nfc[m.start():m.end()].lower().split()[1].startswith("tuần"):
        return None  # ("trong tuân thủ", "Trong Tuấn": no week)
    if kind in ("year_to_date", "this_month", "this_quarter", "month_before", "quarter_before", "week_before",
                "this_week"):
        return kind, None, None, False  # (its period is the report's, known to with_the_documents_time)
    if kind == "rest_of_year":
        return kind, None, None, g[0] is not None  # (from the report's end, known to with_the_documents_time)
    if kind == "year_next":
        written = ft.nfc[m.start():m.end()].lower().split()
        if ref_year is None or written[-1] not in ("tới", "sau") or _COUNT_WORD_BEFORE.search(
                ft.folded, max(0, m.start() - 8), m.start()):
            return None  # ("năm sáu", "năm tỏi"; "hai năm tới", a run of years)
        if written[-1] == "sau" and (named := _year_named_before(ft.folded, m.start())) not in (None, ref_year):
            # "Năm 2022 tỷ lệ hộ nghèo 14,5%, năm sau giảm còn 12,3%": the year after the one the sentence named
            return ("year" if named < ref_year else "target_year"), year_period(named + 1), None, True
        return "target_year", year_period(ref_year + 1), None, False
    if kind == "part_of_that":
        return _part_of_that(ft, m, ref_year)
    if kind == "index_year":  # (the index's name in capitals, as its initials are written: no word folded alike)
        return ("year", year_period(int(m.group("at"))), None, True) if ft.nfc[m.start()].isupper() else None
    if kind == "year_of_that":
        named = _year_named_before(ft.folded, m.start(), pointed_back=True)
        if ref_year is None or named is None or _COUNT_WORD_BEFORE.search(ft.folded, max(0, m.start() - 8), m.start()):
            return None
        y = named + (1 if g[0] == "sau" else -1)
        return ("year" if y <= ref_year else "target_year"), year_period(y), None, True
    if kind == "year_next_lead":
        if ref_year is None or _CLAUSE_HEAD_BEFORE.search(ft.folded, max(0, m.start() - 12), m.start()) is None:
            return None
        return "target_year", year_period(ref_year + 1), None, False
    if kind == "year_now":
        if "vu " in ft.folded[max(0, m.start() - 24):m.start()] \
                and _A_CROP_SEASON_BEFORE.search(ft.folded, max(0, m.start() - 24), m.start()):
            return None  # ("Vụ Đông Xuân năm nay, đến nay đã gieo cấy ...": the report's own season, as "vụ Đông Xuân
            # 2026" in a report of 2026 is, not the calendar year)
        return ("year", year_period(ref_year), None, False) if ref_year else None
    if kind == "year_past":
        if not ft.nfc.endswith("qua", 0, m.end()):
            return None  # ("năm quá khó khăn": too hard a year)
        return ("year", year_period(ref_year), None, False) if ref_year else None
    if kind == "year_whole_lead":
        # ("Quý IV và cả năm, thu ngân sách lần lượt đạt ...": the whole year closing a list of its parts, too)
        # ("Sản lượng lúa cả năm ước đạt 3,1 triệu tấn": after its subject, before the word reckoning its figure; not
        # "kế hoạch cả năm dự kiến ...", "dự toán cả năm ước ...": the year's plan, a base)
        if _CLAUSE_OR_COMMA_BEFORE.search(ft.folded, max(0, m.start() - 12), m.start()) is None \
                and _PART_JOINED_BEFORE.search(ft.folded, max(0, m.start() - 24), m.start()) is None \
                and (not (_RECKONED_AFTER.match(ft.folded, m.end())
                          or (_REACHED_AFTER.match(ft.folded, m.end()) and _is_target(ft.folded, m.start())))
                     or _A_PLAN_BEFORE.search(ft.folded, max(0, m.start() - 16), m.start())):
            return None
        kind = "year_summed"
    if kind == "year_estimated_dated":
        if _CLAUSE_OR_COMMA_BEFORE.search(ft.folded, max(0, m.start() - 12), m.start()) is None:
            return None
        kind = "year_whole_dated"
    if kind == "year_whole_dated":
        y = int(g[0])
        if _WHOLE_YEAR_HEAD_BEFORE.search(ft.folded, max(0, m.start() - 24), m.start()) is None \
                or y != ref_year or _is_target(ft.folded, m.start()):
            return None  # (the year kind reads it: another year than the report's, a plan's year)
        return "whole_year", year_period(y), None, True
    if kind == "years_since_a_paper":
        issued = _the_papers_day(g[1:7])
        if issued is None or not _years_since(g[0], issued, ref_year):
            return None
        return "since_a_paper", None, issued, True  # (read again with the report's time, as "từ ngày D đến nay" is)
    if kind == "years_since_said":
        if _CLAUSE_HEAD_BEFORE.search(ft.folded, max(0, m.start() - 12), m.start()) is None:
            return None
        paragraph = ft.folded.rfind("\n", 0, m.start()) + 1
        papers = list(_A_PAPER_DATED.finditer(ft.folded, paragraph, m.start()))
        issued = _the_papers_day(papers[-1].groups()) if papers else None
        if issued is None or not _years_since(g[0], issued, ref_year):
            return None
        return "since_a_paper", None, issued, True  # (read again with the report's time from the paper's day)
    if kind == "day_to_quarter":
        y, explicit = _year_of(g[4], ref_year)
        y_first = int(g[2]) if g[2] else y
        first = report_date(y_first, int(g[1]), int(g[0])) if y_first else None
        last = quarter_period(y, quarter_number(g[3])).end if y else None
        if first is None or last is None or not first < last <= first + dt.timedelta(days=731):
            return None
        return "cumulative", Period(first, last, ft.nfc[m.start():m.end()]), last, explicit
    if kind == "week_numbered":
        y, explicit = _year_of(g[1], ref_year)
        # (its year said, or a number no month's weeks reach: "trong tuần thứ 2, ..." is as often a month's second week)
        if not y or not (1 if explicit else _WEEKS_OF_A_MONTH + 1) <= int(g[0]) <= dt.date(y, 12, 28).isocalendar()[1] \
                or not (m.group().startswith("trong") or _at_a_clause_head(ft.folded, m.start())
                        or (explicit and _AT_A_LINES_END.match(ft.folded, m.end()))):
            # (or a title's week, its year said, ending its line: "Tình hình an ninh trật tự tuần 45/2026")
            return None
        monday = dt.date.fromisocalendar(y, int(g[0]), 1)
        return "day", Period(monday, monday + dt.timedelta(days=6), ft.nfc[m.start():m.end()]), None, explicit
    if kind in ("one_day", "event_day"):
        if kind == "one_day" and _CLAUSE_OR_COMMA_BEFORE.search(ft.folded, max(0, m.start() - 12), m.start()) is None:
            return None
        if kind == "event_day" and (_SPAN_WORD_BEFORE.search(ft.folded, max(0, m.start() - 24), m.start())
                                    or (m.group("done") and not _DAMAGE_DONE.search(ft.nfc, m.start("done"),
                                                                                    m.end("done")))
                                    or (m.group("lead") and not _at_a_clause_head(ft.folded, m.start())
                                        and not _EVENT_DAY_HEAD_BEFORE.search(ft.folded, max(0, m.start() - 48),
                                                                              m.start()))
                                    or (m.group("seized") and _TOLD_BY.search(ft.folded, m.end(), m.start("seized")))):
            return None
        y, explicit = _year_of(g[2], ref_year)
        day = report_date(y, int(g[1]), int(g[0])) if y else None
        return ("day", Period(day, day, ft.nfc[m.start():m.end()]), None, explicit) if day else None
    if kind in ("year_estimated", "year_expected", "year_summed"):
        return ("whole_year", year_period(ref_year), None, False) if ref_year else None
    if kind == "year":
        y = int(g[0])
        before = ft.folded[max(0, m.start() - 12):m.start()]
        if _after_blank_date(ft.folded, m.start()) or _MONTH_WORD_BEFORE.search(before):
            return None  # the year of a calendar date
        if _PRICE_BASE.search(ft.folded[max(0, m.start() - 30):m.start()]):
            return None  # "theo giá so sánh năm 2010": the prices' base year, not a period
        if "sang" in before and _CARRIED_INTO.search(before):
            return None  # "chi chuyển nguồn sang năm 2026": booked in the year closed, the next only receives it
        if _carried_out_of(ft.folded, m.start(), m.end()):
            return None  # "vốn kéo dài từ năm 2025 sang": spent in the report's year, the one it came from no period
        if _a_base_before(ft, m.start()):
            return "comparison", None, None, True  # "so quý đầu của năm 2015": the base compared with
        if "cung" in ft.folded[m.end():m.end() + 8] and _SAME_TIME_AFTER_A_YEAR.match(ft.folded, m.end()):
            return "comparison", None, None, True  # "năm 2025 cùng kỳ": the same months of that year, not all of it
        target = _is_target(ft.folded, m.start()) or (ref_year is not None and y > ref_year)
        if not target and "quan" in before and _AVERAGED_BEFORE.search(ft.folded, max(0, m.start() - 16), m.start()):
            return "whole_year", year_period(y), None, True  # "CPI bình quân năm 2025 tăng 3,21%": the year's mean
        if not target and "cau" in ft.folded[max(0, m.start() - 60):m.start()] \
                and _A_STRUCTURE_BEFORE.search(ft.nfc, max(0, m.start() - 60), m.start()):
            return "whole_year", year_period(y), None, True  # "Cơ cấu kinh tế năm 2026: ...": the whole year's shares
        if not target and "(" in ft.folded[m.end():m.end() + 3] and _ESTIMATED_IN_A_BRACKET.match(ft.folded, m.end()):
            return "whole_year", year_period(y), None, True  # "GRDP năm 2026 (ước tính) tăng 7,1%": the whole year
        return ("target_year" if target else "year"), year_period(y), None, True
    return None


# "năm 2026 (ước tính)", "năm 2026 (ước thực hiện)", "(dự ước)", "(ước cả năm)": a bracket right after a year saying its
# figure is reckoned, the whole year (as "ước cả năm" says it), folded
# ("sau", "sau khi kết thúc", not "sâu"/"sáu": what follows a season named next)
_AFTER_BEFORE = re.compile(r"\b[Ss]au\s+(?:khi\s+(?:kết\s+thúc\s+)?)?$")
# (an estimate said next, before any figure: "niên vụ 2026-2027 ước đạt", "Niên vụ 2026-2027, sản lượng cà phê ước")
_ESTIMATED_NEXT = re.compile(r"[^.;:\n\d]{0,40}?\b(?:du\s+)?uoc\b")
_ESTIMATED_IN_A_BRACKET = re.compile(r"\s*\(\s*(?:du\s+)?uoc(?:\s+(?:tinh|thuc\s+hien|th|dat|ca\s+nam))?\s*\)")
# a clause's head, or the words that reckon or aim a figure ahead, right before "đến cuối năm", folded
_RECKONED_OR_CLAUSE_HEAD_BEFORE = re.compile(r"(?:(?:^|[;:.,\n\-+•])[ \t]*|(?:du\s+(?:kien|bao|uoc)"
                                             r"|uoc(?:\s+(?:tinh|thuc\s+hien|th))?|phan\s+dau|luy\s+ke|cong\s+don)\s+)$")
_RECKONED_AT_A_CLAUSE_HEAD_BEFORE = re.compile(r"(?:^|[;:.\n\-+•])[ \t]*(?:du\s+(?:kien|bao|uoc)|uoc(?:\s+(?:tinh|thuc"
                                               r"\s+hien))?)\s+$")
# the words reckoning a figure right after "(đến) cuối năm", "cả năm" ("Tỷ lệ hộ nghèo đến cuối năm ước còn 2,4%"),
# folded
_RECKONED_AFTER = re.compile(r"\s+(?:uoc|du\s+(?:kien|bao))\b")
# "đạt" after "cả năm" and its subject in a target's sentence ("phấn đấu thu ngân sách cả năm đạt 6.500 tỷ đồng" under a
# heading of the months left): the year's target all the same (elsewhere "tốc độ tăng trưởng cả năm đạt" is a
# subject's words), folded
_REACHED_AFTER = re.compile(r"\s+dat\b")
# a plan's noun right before "cả năm" ("kế hoạch cả năm", "dự toán cả năm", "chỉ tiêu cả năm"), folded
# a word of an aim right before "đến cuối năm 2026" ("cam kết đến cuối năm 2026 giảm 20% số vụ", "phấn đấu đến hết năm
# 2026 có 90% xã"): the year is the horizon the aim is set for, no day a stock is counted on
_AN_AIM_RIGHT_BEFORE = re.compile(r"(?<!\w)(?:cam\s+ket|phan\s+dau|muc\s+tieu|chi\s+tieu)(?:\s+[^\W\d_]+){0,2}\s+$")
_A_PLAN_BEFORE = re.compile(r"(?:ke\s+hoach|du\s+toan|chi\s+tieu|muc\s+tieu|nhiem\s+vu|kh)\s+$")
# a part of the year right before "cuối năm" ("3 tháng cuối năm", "hai quý cuối năm", "nửa cuối năm"), folded
_A_PART_OF_THE_YEAR_BEFORE = re.compile(r"(?:thang|quy|nua|ky|tuan|ngay)\s+$")
# "từ nay" right before "đến cuối năm", folded
_FROM_NOW_BEFORE = re.compile(r"tu\s+(?:nay|bay\s+gio)\s+$")
# a count of years in words right before "năm tới" ("hai năm tới", "mười năm sau"), folded
# a count right before a part of the year, on its line ("3 tháng đầu quý", "hai tháng trước đó": months counted; not
# a title's "năm 2026" on the line above)
_COUNTED_ON_ITS_LINE_BEFORE = re.compile(r"(?:\d|(?<!\w)(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|vai))[ \t]+$")
_COUNT_WORD_BEFORE = re.compile(r"(?:^|\s)(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|vai)\s+$")


def _the_papers_day(g: tuple[str | None, ...]) -> dt.date | None:
    """The day of ``_A_PAPERS_DAY``'s groups (with slashes: day, month, year; in words: the three after), None when
    its year is unsaid or it is no day of the calendar."""
    day, month, year = g[:3] if g[0] else g[3:6]
    return report_date(int(year), int(month), int(day)) if year else None


def _season_months(text: str, province: str | None) -> tuple[int, int] | None:
    """The first and last months of the season of the weather "từ đầu mùa …" names: those of the province's region
    climate region when the season's months differ by region (data/words/weather_seasons_by_region.csv: "mùa mưa"
    is May to October in the north, September to December in the centre), else those of the whole country
    (data/words/weather_seasons.csv); None when neither table gives them ("mùa mưa bão": the year so far)."""
    said = _A_SEASON_SO_FAR.search(fold(text))
    if said is None:
        return None
    word = " ".join(said.group(1).split())
    region = _CLIMATE_REGION_OF.get(province) if province is not None else None
    return _SEASON_MONTHS_IN_REGION.get((word, region)) or WEATHER_SEASON_MONTHS.get(word)


def _season_so_far(months: tuple[int, int] | None, text: str, so_far: dt.date) -> Period | None:
    """The months of a season of the weather from its first to ``so_far`` ("Từ đầu mùa khô đến nay" in a report of
    February: from the November before, the season under way; "từ đầu mùa mưa" in a report of November in the
    centre: from September), the season named by its years the one closing in the last ("từ đầu mùa khô 2025-2026");
    None when the months are unknown or ``so_far`` is outside the season."""
    if months is None:
        return None
    first, last = months
    over_the_new_year = int(last < first)
    opened = so_far.year if so_far.month >= first else so_far.year - 1
    if years := _A_YEAR_SAID.findall(text):  # (the season named: its months up to the report's time)
        opened = int(years[-1]) - over_the_new_year
        so_far = min(so_far, month_end(opened + over_the_new_year, last))
    if dt.date(opened, first, 1) <= so_far <= month_end(opened + over_the_new_year, last):
        return Period(dt.date(opened, first, 1), so_far, text)
    return None


def _years_since(count: str, issued: dt.date, ref_year: int | None) -> bool:
    """Are the years "sau 3 năm thực hiện" counts about those from the paper's day to the report's year?"""
    years = _YEARS_COUNTED.get(count) or {"bon": 4, "nam": 5}.get(count) or int(count)
    return ref_year is None or abs(ref_year - issued.year - years) <= 1


_DAYS_LISTED_REACH = 10  # (days from the first named to the last: one spell, not two days far apart)


def _days_listed(g: tuple[str | None, ...], ref_year: int | None, ft: FoldedText, m: re.Match[str]
                 ) -> tuple[str, Period | None, dt.date | None, bool] | None:
    """The span of the days a ``_DAYS_LISTED`` match names (its count, its first day and month, its last day, month
    and year), no day counted on (no "đến ngày": "đợt sương muối ngày 2 - 3/1" is the spell's days, as "từ ngày
    10-18/01" is); None when they are out of order, far apart, or not as many as the count said before them ("hai
    ngày 28 và 29/10")."""
    count, first_day, first_month, last_day, last_month, year = g
    y, explicit = _year_of(year, ref_year)
    if not y:
        return None
    # (a month said with the first day that is later than the last's is of the year before: "ngày 31/12 và 01/01")
    y_first = y - 1 if first_month and int(first_month) > int(last_month) else y
    first = report_date(y_first, int(first_month or last_month), int(first_day))
    last = report_date(y, int(last_month), int(last_day))
    if first is None or last is None or not first < last <= first + dt.timedelta(days=_DAYS_LISTED_REACH):
        return None
    if count is not None:
        written = ft.nfc[m.start(1):m.end(1)].lower()
        said = int(count) if count.isdigit() else _DAYS_COUNT_WORDS[count] if written in _DAYS_COUNT_SPELLED else None
        if said != (last - first).days + 1:
            return None
    return "day", Period(first, last, ft.nfc[m.start():m.end()]), None, explicit


def _a_season_alone(ft: FoldedText, m: re.Match[str], y1: int, y2: int, months: tuple[int, int] | None
                    ) -> tuple[str, Period | None, None, bool]:
    """A season named with its year in a text that has no time of its own ("Vụ Đông Xuân 2026, toàn tỉnh gieo cấy
    ..." under an undated title): the season's months when they are known (a crop year's, October to September; a
    weather season's over the new year), else the year it is named by (the second of two), never no period."""
    if _a_base_before(ft, m.start()) or _aimed_at(ft.folded, m.start()):
        return "comparison", None, None, True  # ("sớm hơn vụ Hè Thu 2027", "chuẩn bị cho vụ …"): no time of the text
    label = ft.nfc[m.start():m.end()]
    if y2 == y1 + 1 and m.group("season") is None and m.group("weather") is None:
        return "cumulative", replace(crop_year_period(y1), label=label), None, True
    if y2 == y1 + 1 and months is not None:
        return "cumulative", Period(dt.date(y1, months[0], 1), month_end(y2, months[1]), label), None, True
    return _another_years_season(ft, m.start("at"), y2, y2)


def _another_years_season(ft: FoldedText, start: int, year: int, ref_year: int
                          ) -> tuple[str, Period | None, None, bool]:
    """The year of a season (a crop's, a school's) other than the report's, said at ``start``: aimed at when it is
    later than the report's or in a plan's sentence, as a year is; a base after "so với" ("so với vụ mùa 2021")."""
    if _a_base_before(ft, start):
        return "comparison", None, None, True
    target = year > ref_year or _is_target(ft.folded, start)
    return ("target_year" if target else "year"), year_period(year), None, True


# "chuẩn bị cho vụ Đông Xuân 2026-2027", "phục vụ vụ mùa 2027", "kế hoạch sản xuất vụ Hè Thu 2027": a season looked
# toward, the text's time before it; "sớm hơn vụ Hè Thu 2027": a season compared with (folded)
_AIMED_AT_BEFORE = re.compile(r"(?:chuan\s+bi|phuc\s+vu|ke\s+hoach(?:\s+san\s+xuat)?|cho|hon)\s+$")


def _aimed_at(folded: str, start: int) -> bool:
    """Is the season said at ``start`` one a text looks toward ("chuẩn bị cho vụ Đông Xuân …") or compares with
    ("sớm hơn vụ Hè Thu 2027")?"""
    return _AIMED_AT_BEFORE.search(folded, max(0, start - 30), start) is not None


def _a_base_before(ft: FoldedText, start: int) -> bool:
    """Is the year at ``start`` that of a base a figure is compared with ("so với năm 2020", "gấp 1,5 lần năm 2020",
    "cao hơn năm 2024")?"""
    lead = ft.nfc[max(0, start - 40):start]  # (not folded: "số" would be "so")
    return bool(_COMPARED_WITH.search(lead) or ("g" in lead and _AFTER_A_MULTIPLE.search(lead))
                or ("hơn" in lead and _HIGHER_THAN_BEFORE.search(lead)))


# "bình quân năm 2025", "bình quân cả năm 2025": a mean over the whole of the year named (folded)
_AVERAGED_BEFORE = re.compile(r"binh\s+quan\s+(?:ca\s+)?$")
# "Cơ cấu kinh tế năm 2026", "cơ cấu GRDP năm 2026", "Về cơ cấu nền kinh tế năm 2026": the shares of a year's whole
# output, the year's (in a release of its last quarter too); written with its marks, as "có cầu" folds alike (not
# "cơ cấu lại ...": a restructuring, no shares)
_A_STRUCTURE_BEFORE = re.compile(r"(?<!\w)cơ\s+cấu(?!\s+lại\b)(?:\s+[^\W\d_]+){0,6}\s+$", re.IGNORECASE)
_SAME_TIME_AFTER_A_YEAR = re.compile(r"\s+cung\s+ky\b")
# "cùng kỳ (năm trước)": the same months of the year before, said alone (folded)
_SAME_TIME_LEAD = re.compile(r"cung\s+ky(?:\s+nam\s+(?:truoc|ngoai|" + YEAR + "))?")
# "Trong khi đó, cùng kỳ năm 2025 chi 4.800 tỷ đồng", "…, còn cùng kỳ năm trước đón 3.100 lượt khách": last year's same
# months, its year said, opening a clause set beside this year's (after a stop, a comma, "trong khi (đó)" or "còn")
# with its own verb right after them: last year's figure, not a base (folded; "so với cùng kỳ năm 2025" starts on
# "so", "tăng 5% cùng kỳ" has no head)
_SAME_YEAR_SAID = re.compile(r"cung\s+ky\s+nam\s+(?:truoc|ngoai|" + YEAR + ")")
_SET_BESIDE_HEAD_BEFORE = re.compile(r"(?:^|[;:.,\n\-+•])[ \t]*(?:(?:trong\s+khi(?:\s+do)?|con)[ \t]*,?[ \t]*)?$")
_A_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]")
_COMMA_AFTER = re.compile(r"\s*,")
_LEADS_END_AFTER = re.compile(_A_LEADS_END)
_NEXT_YEAR_AFTER = re.compile(r"\s+nam\s+sau\b")
_YEAR_BEFORE_AFTER = re.compile(_THE_YEAR_BEFORE)
# a month or a quarter and "và" right before a count of months ("Tháng 10 và 10 tháng", "quý III & 9 tháng"), folded
_PART_JOINED_BEFORE = re.compile(r"(?:thang\s+\d{1,2}|qu[yi]\s+(?:iv|i{1,3}|[1-4]))(?:\s*(?:/|-|nam)\s*\d{4})?"
                                 r"\s*(?:va|&)\s*$")
# Where a clause opens: the text's start or a stop, colon, line break or list mark, and spaces
_CLAUSE_HEAD_BEFORE = re.compile(r"(?:^|[;:.\n\-+•])[ \t]*$")
# (or the mean of the months so far said first: "Bình quân 8 tháng, CPI tăng 2,8%", "Tính bình quân 10 tháng CPI ...")
# (or foreseen or estimated first: "Dự kiến 6 tháng chi ngân sách đạt ...", "Ước thực hiện 9 tháng, thu ...")
_MEAN_AT_CLAUSE_HEAD_BEFORE = re.compile(r"(?:^|[;:.\n\-+•])[ \t]*(?:(?:tinh\s+)?binh\s+quan\s+(?:chung\s+)?"
                                         r"|du\s+kien\s+|(?:du\s+)?uoc(?:\s+(?:tinh|thuc\s+hien))?\s+)$")
# "Qua 10 tháng, kim ngạch ...": the months gone through, opening a clause and closed by its comma, are the year so
# far, as "10 tháng, ..." alone is (not "Qua 3 tháng triển khai, ...": a work's months; nor "Sau 3 tháng, ...", as
# often the months after an event told before)
_GONE_THROUGH_BEFORE = re.compile(r"(?:^|[;:.\n\-+•])[ \t]*qua\s+$")
# (or a comma: "quý IV ước 6.120 tỷ đồng, cả năm ước 21.860 tỷ đồng")
_CLAUSE_OR_COMMA_BEFORE = re.compile(r"(?:^|[;:.,\n\-+•])[ \t]*$")
# (or the words that sum up or reckon the year ahead: "tính chung cả năm 2025", "ước thực hiện cả năm 2025")
_WHOLE_YEAR_HEAD_BEFORE = re.compile(r"(?:^|[;:.,\n\-+•])[ \t]*(?:(?:tinh\s+chung|(?:du\s+)?uoc(?:\s+(?:tinh|thuc"
                                     r"\s+hien))?|thuc\s+hien|luy\s+ke|cong\s+don|trong)\s+)?$")



# "Sở Công Thương cho biết, 9 tháng kim ngạch ...", "Đại diện Sở Y tế thông tin, 9 tháng ghi nhận ...": what a speaker
# reports opens a clause after the verb and its comma (data/words/reported_by_verbs.csv)
# a verb of telling ("cho biết", "thông tin"): what follows it is told on the day said before it, not done on it
_TOLD_BY = re.compile(r"(?<!\w)(?:" + "|".join(_folded_alternatives(word_list("reported_by_verbs"))) + r")(?!\w)")
_REPORTED_BY_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(_folded_alternatives(word_list("reported_by_verbs")))
                                 + r")[ \t]*,[ \t]*$")


def _at_a_clause_head(folded: str, start: int) -> bool:
    """Does a count of months at ``start`` open its clause, alone or after "bình quân" (the mean of the months),
    "dự kiến" or "ước" (the months' figures foreseen or estimated), or after a speaker's verb and its comma?"""
    if _CLAUSE_HEAD_BEFORE.search(folded, max(0, start - 12), start) is not None:
        return True
    if "," in folded[max(0, start - 3):start] and _REPORTED_BY_BEFORE.search(folded, max(0, start - 20), start):
        return True
    before = folded[max(0, start - 12):start]
    return ("quan" in before or "kien" in before or "uoc" in before or "hien" in before) and \
        _MEAN_AT_CLAUSE_HEAD_BEFORE.search(folded, max(0, start - 30), start) is not None


_Raw = tuple[int, int, int, str, Period | None, dt.date | None, bool]


# "nhiều hơn 6 tháng đầu năm 2025 là 7 vụ", "cao hơn quý IV/2025 là 120 tỷ đồng": a part of a year named right after a
# comparative and "hơn" is the base the figure is set against, not its period (folded; as ``_HIGHER_THAN``)
_HIGHER_THAN_FOLDED = re.compile(r"\b(?:" + "|".join(_folded_alternatives(word_list("comparatives")))
                                 + r")\s+hon\s+(?:so\s+voi\s+)?(?:muc\s+(?:tang\s+|giam\s+)?(?:cua\s+)?)?$")
_PARTS_A_BASE_CAN_BE = frozenset({"cumulative", "half", "quarter", "month", "year_to_date", "whole_year"})

# "đào tạo sơ cấp và dưới 3 tháng 28.000 người", "khóa học 6 tháng 1.200 học viên", "lao động hợp đồng 6 tháng": a bare
# count of months after a word of how long something lasts (data/words/lengths_of_time.csv) is a length, not the first
# months of the year (folded; "6 tháng đầu năm", "9 tháng năm 2026" say more and stay periods)
_A_LENGTH_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(_folded_alternatives(word_list("lengths_of_time")))
                              + r")\s+$")
_A_BARE_COUNT_OF_MONTHS = re.compile(r"\d{1,2}\s+thang\s*$")


def _a_length_of_months(folded: str, start: int, end: int) -> bool:
    return (_A_BARE_COUNT_OF_MONTHS.match(folded, start, end) is not None
            and _A_LENGTH_BEFORE.search(folded, max(0, start - 16), start) is not None)


# the scans whose phrase is their group "at" ("vụ Đông 2023": its year; "quý I, II": the second numeral)
_PHRASE_AT_ITS_GROUP = frozenset({"crop_season", "quarter_listed", "index_year", "earlier_point"})


def _the_time_of_a_works_event(folded: str, start: int, end: int) -> bool:
    """Is the part of a year at ``start:end`` the time a work opens ("đi vào hoạt động từ quý II/2026", "dự kiến quý
    II/2027 vận hành"), its event's clause counting nothing?"""
    before = folded[max(0, start - 40):start]
    if (event := _AN_EVENT_BEFORE.search(before)) is not None:
        if _A_COUNT_OF_EVENTS.search(before, 0, event.start()):
            return False  # ("Số dự án khởi công quý I, II, III năm 2027 là 64": the works counted in that time)
        after = end
    elif _DUE_BEFORE.search(before) is not None and (event := _AN_EVENT_AFTER.match(folded, end)) is not None:
        after = event.end()
    else:
        return False
    clause = _THE_EVENTS_CLAUSE.match(folded, after)
    return clause is not None and not any(c.isdigit() for c in clause.group())


def _raw_phrases(ft: FoldedText, ref_year: int | None) -> Iterator[_Raw]:
    starts = _ScanStarts(ft.folded)
    present: dict[re.Pattern[str], bool] = {}  # (a pre-test shared by several scans is searched once)
    for prio, (kind, scan, needed, starts_of) in enumerate(_SCANS):
        if needed is not None:
            if needed not in present:
                present[needed] = needed.search(ft.folded) is not None
            if not present[needed]:
                continue  # (a phrase every match would hold is not in the text)
        # (the guarded scan, or the scan tried where a match can start: the same matches, found faster)
        found = scan.finditer(ft.folded) if starts_of is None else matches_tried_at(scan, ft.folded, starts_of(starts))
        for m in found:
            if m.start() > 0 and (ft.folded[m.start() - 1].isalnum()):
                continue  # inside a word
            if not _original_word_ok(ft, m.start(), kind):
                continue
            resolved = _resolve(kind, m, ref_year, ft)
            if resolved is None:
                continue
            pub, period, as_of, explicit = resolved
            if pub in ("cumulative", "half") and _a_length_of_months(ft.folded, m.start(), m.end()):
                continue
            if pub in _A_WORKS_TIME_KINDS and _the_time_of_a_works_event(ft.folded, m.start(), m.end()):
                pub, period, as_of = "works_time", None, None
            if (period is not None or as_of is not None) and _LUNAR_AFTER.match(ft.folded, m.end()):
                # ("đến hết ngày 10/3 âm lịch", "(từ 22 - 27/4 âm lịch)": days of the lunar calendar, weeks off the
                # solar days of the same numbers; a date still, but no period nor as-of a figure can take)
                pub, period, as_of = "lunar_days", None, None
            if pub in _PARTS_A_BASE_CAN_BE and "hon" in ft.folded[max(0, m.start() - 12):m.start()] \
                    and _HIGHER_THAN_FOLDED.search(ft.folded, max(0, m.start() - 40), m.start()):
                pub, period = "comparison", None  # ("ít hơn 9 tháng đầu năm 2025 là 7 vụ": the base compared with)
            end = m.end()
            while end > m.start() and ft.folded[end - 1].isspace():
                end -= 1
            if ft.folded.find("\n", m.start(), end) != -1:
                continue  # (a phrase does not run on past its line: a headline's "trong 6 tháng" over a lead's "6 …")
            at = m.start("at") if kind in _PHRASE_AT_ITS_GROUP and pub != "weather_season_year" else m.start()
            if pub == "weather_season_year":
                pub = "year"  # (the season's year, its phrase opening on the season's word, as it opens the clause)
            yield at, end, prio, pub, period, as_of, explicit


def find_period_phrases(text: str, ref_year: int | None = None) -> list[PeriodPhrase]:
    """Period phrases in ``text``, left to right, non-overlapping (longest, then most specific
    pattern wins). Phrases without a year take ``ref_year``; without one they are skipped."""
    ft = FoldedText.of(text)
    raw = sorted(_raw_phrases(ft, ref_year), key=lambda r: (r[0], -(r[1] - r[0]), r[2]))
    out: list[PeriodPhrase] = []
    last_end = -1
    for start, end, _prio, kind, period, as_of, explicit in raw:
        if start < last_end:
            continue
        s, e = ft.to_source(start), ft.to_source(end)
        if kind == "since_a_paper":  # (an as-of phrase counted from the day of the paper named before it)
            out.append(PeriodPhrase(s, e, text[s:e], "as_of", None, None, explicit, since=as_of))
            last_end = end
            continue
        out.append(PeriodPhrase(s, e, text[s:e], kind, period, as_of, explicit))
        last_end = end
    if ref_year is not None and len(out) > 1 and not all(p.explicit_year for p in out):
        out = _years_said_once_at_the_end(text, out)
    out = _bare_years_listed(text, out)
    out = _spells_summed(text, out) if "đợt" in text else out
    out = _the_occasions_days(text, out) if ("trong" in text or "Trong" in text or "TRONG" in text) else out
    out = _holidays_breaks(text, out) if "l" in text else out
    out = _weeks_before_the_ones_said(text, out) if "tr" in text else out
    out = _terms_said_bare(text, out, ref_year) if "nhiệm" in text.lower() else out
    out = _years_cut_by_a_bracket(text, out) if "(" in text else out
    out = _weeks_as_stated(text, out) if "tuần" in text.lower() else out
    return _said_against_the_week_said(text, out)


_A_WEEK_SAID_REACH = 600  # (characters from a week said to the year so far counted to its end: a bulletin's paragraphs)
_A_DAY_OFF = dt.timedelta(days=1)  # (a week said by its days may count a day more or fewer: "từ 19 đến 26/9")


def _said_against_the_week_said(text: str, phrases: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """The phrases with each year so far ("Cộng dồn từ đầu năm đến nay", "tích lũy") said after a week, close by
    ("Trong tuần 32/2027 (từ ngày 2 đến 8/8/2027), ghi nhận 412 ca. Cộng dồn từ đầu năm đến nay, có 6.935
    ca") read as January 1 to that week's last day, as a weekly bulletin counts it, whatever the report's period, and
    each "Trong tuần" after it as that week; else the report's year so far, or week (``with_the_documents_time``)."""
    out = list(phrases)
    for i, phrase in enumerate(out):
        if phrase.kind not in ("year_to_date", "this_week") or not i or "mua" in fold(phrase.text).split():
            continue  # (a season's so far, "từ đầu mùa mưa": its own months)
        # (past a year so far counted to it: "Cộng dồn từ đầu năm đến nay, … Trong tuần, …")
        said = next((p for p in reversed(out[:i]) if p.period is not None and p.kind != "year_to_date"), None)
        if said is not None and _A_WEEKS_LAST_DAY - _A_DAY_OFF <= said.period.end - said.period.start <= _A_WEEK_ON \
                and phrase.start - said.end <= _A_WEEK_SAID_REACH:
            if phrase.kind == "this_week":  # ("Trong tuần, ngành y tế xử lý 37 ổ dịch": that week)
                out[i] = replace(phrase, kind="day", period=Period(said.period.start, said.period.end, phrase.text),
                                 explicit_year=said.explicit_year)
                continue
            # (its kind kept: no period a report is on, "cumulative" once ``with_the_documents_time`` reads it)
            so_far = Period(dt.date(said.period.end.year, 1, 1), said.period.end, phrase.text)
            out[i] = replace(phrase, period=so_far, explicit_year=said.explicit_year)
    return out


# "tuần 22", "Trong tuần thứ 22", "tuần 22 năm 2027 (26/5 - 1/6/2027)": a week by its number (group 1), at a phrase's
# start or said again bare in the text (not "tuần 22/2026", "tuần 225", nor a week its own bracket or year follows)
_A_WEEKS_NUMBER = re.compile(r"(?:trong\s+)?tuần\s+(?:thứ\s+)?(\d{1,2})(?!\d)", re.IGNORECASE)
_A_WEEKS_NUMBER_BEFORE = re.compile(_A_WEEKS_NUMBER.pattern + r"\s+$", re.IGNORECASE)
_A_WEEK_SAID_AGAIN = re.compile(r"(?<!\w)" + _A_WEEKS_NUMBER.pattern + r"(?!\s*(?:[/(-]|năm\b)|[.,]\d)", re.IGNORECASE)


def _weeks_as_stated(text: str, phrases: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """The phrases with each week the text states the days of ("tuần 22 năm 2027 (26/5 - 1/6/2027)": a province's
    week may open on another day than the calendar's Monday) read so wherever its number is said again: the week's
    phrases without days of their own ("Tuần 22: …" in the headline) and the number said bare ("Sốt xuất huyết: tuần
    22 có 39 ca"), each given a phrase of those days; the week's number read by the calendar elsewhere. So is a week
    said with its year and no days ("Trong tuần 32/2027, ..."): its number said bare in the headline is that week."""
    stated: dict[int, PeriodPhrase] = {}
    for p in phrases:
        if p.period is None or "(" not in p.text or p.period.end - p.period.start > _A_WEEKS_SLACK:
            continue
        # (the week's number at the phrase's start, or right before its year: "tuần 14 năm 2027 (1/4 - 7/4/2027)")
        m = _A_WEEKS_NUMBER.match(p.text) or _A_WEEKS_NUMBER_BEFORE.search(text, max(0, p.start - 24), p.start)
        if m is not None:
            stated.setdefault(int(m.group(1)), p)
    for p in phrases:
        if p.kind == "day" and p.explicit_year and p.period is not None and (m := _A_WEEKS_NUMBER.match(p.text)):
            stated.setdefault(int(m.group(1)), p)
    if not stated:
        return phrases
    out = []
    for p in phrases:
        m = _A_WEEKS_NUMBER.match(p.text) if p.kind == "day" and p.period is not None and "(" not in p.text else None
        week = stated.get(int(m.group(1))) if m and m.end() == len(p.text.rstrip(" ,:")) else None
        if week is not None and abs(p.period.start - week.period.start) <= _A_WEEKS_SLACK:
            p = replace(p, period=Period(week.period.start, week.period.end, p.text))
        out.append(p)
    for m in _A_WEEK_SAID_AGAIN.finditer(text):
        week = stated.get(int(m.group(1)))
        if week is not None and not any(p.start < m.end() and m.start() < p.end for p in out):
            out.append(PeriodPhrase(m.start(), m.end(), m.group(), "day",
                                    Period(week.period.start, week.period.end, m.group()), None, week.explicit_year))
    return sorted(out, key=lambda p: p.start)


# "Kim ngạch xuất khẩu cả nhiệm kỳ đạt 215 tỷ USD", "Nhiệm kỳ qua, tỉnh xây dựng 1.200 km đường", "suốt nhiệm kỳ": a
# term said without its years (not "cả nhiệm kỳ 2020 - 2025", "cả nhiệm kỳ tới")
_A_TERM_SAID_BARE = re.compile(r"(?<!\w)(?:(?:(?:cả|suốt|trong)\s+)?nhiệm\s+kỳ\s+(?:vừa\s+)?qua"
                               r"|(?:cả|suốt)\s+nhiệm\s+kỳ(?!\s*\(?\s*\d)(?!\s+(?:tới|mới|sau|này|trước)(?!\w)))(?!\w)",
                               re.IGNORECASE)
_A_TERM_NAMED = re.compile(r"nhiem\s+ky\b")


def _terms_said_bare(text: str, phrases: list[PeriodPhrase], ref_year: int | None) -> list[PeriodPhrase]:
    """The phrases with each term said without its years read as the last term named before it with its years
    ("nhiệm kỳ 2020 - 2025"), one closed by the report's year (a congress's report reviews the term ending, not the
    one its title opens, "nhiệm kỳ 2025 - 2030"); with none such, or no report's year, no phrase."""
    if ref_year is None:
        return phrases
    out = list(phrases)
    for m in _A_TERM_SAID_BARE.finditer(text):
        if any(p.start < m.end() and m.start() < p.end for p in out):
            continue
        named = [p for p in out if p.kind == "range" and p.period is not None and p.end <= m.start()
                 and p.period.end.year <= ref_year and _A_TERM_NAMED.match(fold(p.text))]
        if named:
            term = named[-1].period
            out.append(PeriodPhrase(m.start(), m.end(), m.group(), "cumulative",
                                    Period(term.start, term.end, term.label), None, True))
    return sorted(out, key=lambda p: p.start)


# "Tính chung hai đợt, thiên tai làm 42 nhà bị hư hỏng", "Tổng cộng cả 3 đợt, ...", "Cả hai đợt mưa lũ làm ...": a total
# over the spells told before it, each on its own days
_SPELLS_SUMMED = re.compile(r"(?<!\w)(?:(?:tính\s+chung|tổng\s+cộng|cộng\s+chung)\s+(?:cả\s+)?|cả\s+)(\w+)\s+đợt(?!\w)",
                            re.IGNORECASE)
_SPELLS_REACH = 2000  # (characters back to the first spell summed: a brief's few paragraphs)
_A_SPELLS_DAYS = dt.timedelta(days=10)  # (a spell lasts a few days: "từ ngày 3 đến 5/5"; longer is another period)


def _spells_summed(text: str, phrases: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """The phrases with each total over N spells ("Tính chung hai đợt") read as the days from the first of the N
    latest spells dated before it to the end of the last; without as many dated spells before it, no phrase."""
    out = list(phrases)
    for m in _SPELLS_SUMMED.finditer(text):
        count = NUMBER_WORDS.get(m.group(1).lower()) or (int(m.group(1)) if m.group(1).isdigit() else 0)
        at = bisect_left([p.start for p in out], m.start())
        if not 2 <= count <= 9 or (at < len(out) and out[at].start < m.end()) or (at and out[at - 1].end > m.start()):
            continue
        spells = list(dict.fromkeys(  # (each spell once, however often its days are said)
            (p.period.start, p.period.end) for p in out[:at] if p.period is not None
            and p.start >= m.start() - _SPELLS_REACH and p.kind in ("day", "cumulative")
            and p.period.end - p.period.start <= _A_SPELLS_DAYS))
        if len(spells) < count:
            continue
        # (the last by their days, not by where they are told: a brief goes back to an earlier spell with "Trước đó")
        spells = sorted(spells)[-count:]
        span = Period(min(first for first, _ in spells), max(last for _, last in spells), m.group())
        out.insert(at, PeriodPhrase(m.start(), m.end(), m.group(), "cumulative", span, None, True))
    return out


# "Tuần lễ Festival diễn ra từ ngày 6 đến 12/6 thu hút 250.000 lượt khách. Công suất phòng trong thời gian lễ hội đạt
# 90%": the time of an occasion said back (its words: data/words/festive_events.csv), the days it was named with
_DURING_THE_OCCASION = re.compile(r"(?<!\w)trong\s+(?:thời\s+gian|(?:những|các)\s+ngày|dịp|suốt)(?:\s+diễn\s+ra)?\s+"
                                  r"(?:" + word_source("festive_events") + r")(?![^\W\d_])", re.IGNORECASE)
_AN_OCCASIONS_DAYS = dt.timedelta(days=31)  # (an occasion's span of days at the most: a festival, a holiday)


def _the_occasions_days(text: str, phrases: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """The phrases with each "trong thời gian lễ hội", "trong những ngày diễn ra Festival" read as the span of days
    named last before it (two days or more, within a brief's few paragraphs, no other period said between); none
    without such a span."""
    out = list(phrases)
    for m in _DURING_THE_OCCASION.finditer(text):
        at = bisect_left([p.start for p in out], m.start())
        if (at < len(out) and out[at].start < m.end()) or (at and out[at - 1].end > m.start()):
            continue
        said = next((p for p in reversed(out[:at]) if p.period is not None), None)
        if said is None or m.start() - said.start > _SPELLS_REACH or said.kind not in ("day", "cumulative") \
                or not dt.timedelta(days=1) <= said.period.end - said.period.start <= _AN_OCCASIONS_DAYS:
            continue
        out.insert(at, PeriodPhrase(m.start(), m.end(), m.group(), "day", said.period, None, said.explicit_year))
    return out


def _holidays_breaks(text: str, phrases: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """The phrases with each holiday named by its days ("Dịp nghỉ lễ 30/4 – 1/5/2027", ``_HOLIDAY_DAYS``) read as
    the break the text states for it, the nearest span of days that holds the holiday's days and lasts no longer
    than a holiday's break ("từ ngày 30/4 đến hết ngày 4/5/2027": the days off, the holiday's name only names them);
    none such stated, the holiday's own days."""
    holidays = [i for i, p in enumerate(phrases) if p.kind == "day" and p.period is not None
                and _HOLIDAY_DAYS.fullmatch(fold(p.text))]
    if not holidays:
        return phrases
    out = list(phrases)
    for i in holidays:
        days = out[i].period
        breaks = [p for p in phrases if p.kind in ("day", "cumulative") and p.period is not None
                  and abs(p.start - out[i].start) <= _SPELLS_REACH and p.period.start <= days.start
                  and days.end <= p.period.end and (p.period.start, p.period.end) != (days.start, days.end)
                  and p.period.end - p.period.start <= _HOLIDAY_REACH]
        if breaks:
            stated = min(breaks, key=lambda p: abs(p.start - out[i].start)).period
            out[i] = replace(out[i], period=Period(stated.start, stated.end, days.label))
    return out


_A_WEEKS_LAST_DAY = dt.timedelta(days=6)
_A_WEEK_ON = dt.timedelta(days=7)


def _weeks_before_the_ones_said(text: str, phrases: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """The phrases with each "tuần trước" read as the week before the week said last before it in its sentence
    ("Tuần 38 (15-21/9/2027), ghi nhận 18 ca (tuần trước 25 ca)": 8-14/9, in a report of the month too); without
    such a week it stays the week before the report's (``with_the_documents_time``)."""
    out = list(phrases)
    for i, phrase in enumerate(out):
        if phrase.kind != "week_before" or not i:
            continue
        said = next((p for p in reversed(out[:i]) if p.period is not None), None)
        if said is not None and said.period.end - said.period.start == _A_WEEKS_LAST_DAY \
                and _A_SENTENCE_ENDS.search(text, said.end, phrase.start) is None:
            week = Period(said.period.start - _A_WEEK_ON, said.period.end - _A_WEEK_ON, phrase.text)
            out[i] = replace(phrase, kind="day", period=week, explicit_year=said.explicit_year)
    return out


# a bare year joined after a year named ("các năm 2023, 2024, 2025", "năm 2024 và 2025"): not a range's or a
# number's ("2025-2026", "2024,5"); the plural before the first ("các", "những") that marks it a list of years
_A_BARE_YEAR_JOINED = re.compile(r"\s*(,|và|&)\s*((?:19|20)\d\d)(?![\d/]|[.,]\d|\s*[-–]\s*\d)", re.IGNORECASE)
_YEARS_PLURAL_BEFORE = re.compile(r"(?:các|những)\s+$", re.IGNORECASE)
_YEARS_LISTED_REACH = 10  # (years apart at most from the one before: a list of years, not a count after a year)


def _bare_years_listed(text: str, phrases: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """The phrases with a year phrase of its own for each bare year listed after a year named, in order, each
    later than the one before ("Tốc độ tăng trưởng các năm 2023, 2024, 2025 lần lượt là ...": three years, each
    figure of a list read respectively its own); two years joined by a comma alone only after "các"/"những" (not
    "Năm 2025, 2030 hộ thoát nghèo": a count after the year)."""
    out: list[PeriodPhrase] = []
    for i, phrase in enumerate(phrases):
        out.append(phrase)
        limit = phrases[i + 1].start if i + 1 < len(phrases) else len(text)
        if phrase.kind in TERM_KINDS and phrase.period is not None:
            out.extend(_bare_terms_listed(text, phrase, limit))
        if phrase.kind != "year" or not phrase.explicit_year or phrase.period is None:
            continue
        listed: list[tuple[re.Match[str], int]] = []
        year, at = phrase.period.end.year, phrase.end
        while (joined := _A_BARE_YEAR_JOINED.match(text, at, limit)) is not None \
                and year < (next_year := int(joined.group(2))) <= year + _YEARS_LISTED_REACH:
            listed.append((joined, next_year))
            year, at = next_year, joined.end()
        if not listed or not (len(listed) > 1 or listed[-1][0].group(1) != ","
                              or _YEARS_PLURAL_BEFORE.search(text, max(0, phrase.start - 8), phrase.start)):
            continue
        out.extend(PeriodPhrase(m.start(2), m.end(2), m.group(2), "year", year_period(y)) for m, y in listed)
    return out


# a bare span of years joined after a span named ("giai đoạn 2021-2025 và 2026-2030")
_A_BARE_TERM_JOINED = re.compile(r"\s*(?:,|và|&)\s*((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?![\d/]|[.,]\d)",
                                 re.IGNORECASE)


def _bare_terms_listed(text: str, term: PeriodPhrase, limit: int) -> list[PeriodPhrase]:
    """A span phrase for each bare span of years listed after ``term`` (up to ``limit``), each after the one before
    and of ten years at most ("Giai đoạn 2021-2025 và 2026-2030, tỉnh lần lượt thu hút 120 và 150 dự án")."""
    listed: list[PeriodPhrase] = []
    last, at = term.period.end.year, term.end
    while (joined := _A_BARE_TERM_JOINED.match(text, at, limit)) is not None:
        first, end = int(joined.group(1)), int(joined.group(2))
        if not last <= first < end <= first + _YEARS_LISTED_REACH:
            break
        listed.append(PeriodPhrase(joined.start(1), joined.end(2), text[joined.start(1):joined.end(2)], "range",
                                   range_period(first, end, "giai đoạn")))
        last, at = end, joined.end()
    return listed


# a list of parts of a year whose year is said once, after the last ("Quý I và quý II/2026", "tháng 11, tháng 12 năm
# 2026", "Tháng 11 và 11 tháng năm 2026", "6 tháng đầu năm và cả năm 2026")
_YEAR_SAID_ONCE_KINDS = frozenset({"quarter", "month", "half", "cumulative"})
_WHOLE_YEAR_KINDS = frozenset({"year", "target_year", "whole_year"})
_JOINED_WITH_THE_WHOLE = re.compile(r"\s*(?:,|và|&)\s*cả\s+", re.IGNORECASE)


def _years_said_once_at_the_end(text: str, phrases: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """The phrases with a part of a year whose year is unsaid given the year of the part of the same kind joined
    right after it ("Quý I và quý II/2026": both of 2026, not the first of the report's year), or of the whole year
    said after "và cả" ("6 tháng đầu năm và cả năm 2026"); read from the last so that a longer list takes it too."""
    out = list(phrases)
    for i in range(len(out) - 2, -1, -1):
        phrase, after = out[i], out[i + 1]
        if phrase.explicit_year or phrase.period is None or phrase.kind not in _YEAR_SAID_ONCE_KINDS \
                or not after.explicit_year or after.period is None:
            continue
        said = after.period.end.year
        if said == phrase.period.end.year or phrase.period.start.year != phrase.period.end.year:
            continue
        # (or the months so far that end with it: "Tháng 11 và 11 tháng năm 2026", "quý III và 9 tháng năm 2026")
        # (or a part of the year after it: "6 tháng đầu năm và quý III năm 2026", "tháng 6 và quý III/2026")
        same_kind = after.kind == phrase.kind or (after.kind in ("cumulative", "half")
                                                  and after.period.end.month == phrase.period.end.month) or (
            after.kind in _YEAR_SAID_ONCE_KINDS and after.period.start.year == after.period.end.year
            and (phrase.period.end.month, phrase.period.end.day) < (after.period.start.month, after.period.start.day))
        joined = _PERIODS_JOINED.fullmatch(text, phrase.end, after.start) if same_kind else \
            _JOINED_WITH_THE_WHOLE.fullmatch(text, phrase.end, after.start) if after.kind in _WHOLE_YEAR_KINDS else None
        if joined is None:
            continue
        moved = shifted(phrase.period, said)
        label = phrase.period.label.replace(str(phrase.period.end.year), str(said))
        out[i] = replace(phrase, period=Period(moved.start, moved.end, label), explicit_year=True)
    return out


# "Năm 2025 (từ ngày 01/7 đến 31/12), ...": the bracket right after a year says the part of it the figures cover
_BRACKET_OPENS = re.compile(r"\s*\(\s*")
_BRACKET_CLOSES = re.compile(r"(?:\s*\))?")
# ("Năm 2026 (tính từ ngày 15/12/2025 đến ngày 14/12/2026)", "11 tháng (số liệu từ 16/12/2025 đến 15/11/2026)": the
# days the figures are counted over, a police's or a court's year, shifted back from the calendar's)
# ("Năm 2026 (số liệu đến 30/11)", "(số liệu tính từ 01/01 ...)": the days of the data, said so)
_DAYS_BRACKET_OPENS = re.compile(r"\s*\(\s*(?:(?:(?:kỳ\s+)?số\s+liệu|thời\s+gian)\s+)?(?:tính\s+)?", re.IGNORECASE)
# ("Tai nạn giao thông (tháng 8, từ 15/7 đến 14/8/2026): ...": the period named first in a bracket, then its days after
# a comma, in the same bracket)
_DAYS_AFTER_A_PERIOD_BRACKETED = re.compile(r"[ \t]*,[ \t]*(?:tính\s+)?", re.IGNORECASE)
_A_BRACKET_OPENS_BEFORE = re.compile(r"\([ \t]*$")
_SHIFTED_BACK = dt.timedelta(days=62)  # (how far a period counted over other days may open before the one named)
_SAME_LENGTH = dt.timedelta(days=5)
_SHIFTED_KINDS = frozenset({"year", "whole_year", "cumulative", "half", "quarter", "month"})
_PART_KINDS = _SHIFTED_KINDS - {"year", "whole_year"}


def _shifted_back(named: Period, span: Period) -> bool:
    """Are the days ``span`` the period ``named`` counted over other days: as long, opening before it (less than two
    months, or half its length, before) and closing within it? ("Năm 2026 (từ 01/10/2025 đến 30/9/2026)": a court's
    working year)"""
    reach = max(_SHIFTED_BACK, (named.end - named.start) / 2)
    return named.start - reach <= span.start < named.start <= span.end <= named.end \
        and abs((span.end - span.start) - (named.end - named.start)) <= _SAME_LENGTH


# a year named ("năm 2022") in the sentence before a word, its last (folded; a sentence cut by a full stop that ends it,
# not a number's dot)
_YEAR_NAMED = re.compile(r"\bnam\s+" + YEAR_GROUP + r"(?![\d/]|\s*[-–]\s*\d)")  # (not a run: "năm 2021-2025")
_SENTENCE_ENDS = re.compile(r"[.!?](?!\d)|\n")
_YEAR_NAMED_REACH = 160


def _said_before(folded: str, start: int, pointed_back: bool = False) -> int:
    """Where the text before the phrase at ``start`` that it may lean on opens: its sentence; for a phrase pointing
    back with "đó" that opens its sentence, the sentence before ("Năm 2024 đạt 18.000 tỷ đồng. Năm trước đó, ...": a
    bare "Năm sau, ..." opening a sentence looks ahead of the report instead)."""
    lo = max(0, start - _YEAR_NAMED_REACH)
    ends = [m.end() for m in _SENTENCE_ENDS.finditer(folded, lo, start)]
    if pointed_back and ends and not folded[ends[-1]:start].strip():
        ends.pop()
    return ends[-1] if ends else lo


def _year_named_before(folded: str, start: int, pointed_back: bool = False) -> int | None:
    years = [m.group(1) for m in _YEAR_NAMED.finditer(folded, _said_before(folded, start, pointed_back), start)]
    return int(years[-1]) if years else None


_MONTH_NAMED = re.compile(r"\bthang\s+(\d{1,2}|" + "|".join(_MONTH_WORDS) + r")(?!\w|[.,]\d)(?:\s*(?:/|-|nam)\s*"
                          + YEAR_GROUP + r")?")
_QUARTER_NAMED = re.compile(r"\bqu[yi]\s+(iv|i{1,3}|[1-4])\b(?:\s*(?:/|-|nam)\s*" + YEAR_GROUP + r")?")


def _part_of_that(ft: FoldedText, m: re.Match[str], ref_year: int | None
                  ) -> tuple[str, Period | None, dt.date | None, bool] | None:
    """"tháng trước đó", "quý sau đó": the month (quarter) next to the one named last before the phrase, in its year
    (the year named before, or the report's); None when no such part is named (nothing for "đó" to point at)."""
    if _COUNTED_ON_ITS_LINE_BEFORE.search(ft.folded, max(0, m.start() - 8), m.start()):
        return None  # ("hai tháng trước đó": two months back, a count)
    if _a_base_before(ft, m.start()):
        return "comparison", None, None, True  # ("gấp 2 lần tháng trước đó": the base compared with)
    months = m.group(1) == "thang"
    said = _said_before(ft.folded, m.start(), pointed_back=True)
    named = list((_MONTH_NAMED if months else _QUARTER_NAMED).finditer(ft.folded, said, m.start()))
    if not named:
        return None
    last = named[-1]
    if months:
        word, year_said = last.group(1), last.group(2) is not None
        number = int(word) if word.isdigit() else _month_named(ft, last.start(1), last.end(1), year_said)
    else:
        number = quarter_number(last.group(1))
    year = int(last.group(2)) if last.group(2) else _year_named_before(ft.folded, m.start(), pointed_back=True) \
        or ref_year
    if number is None or not 1 <= number <= 12 or year is None:
        return None
    step = 1 if m.group(2) == "sau" else -1
    if months:
        month = year * 12 + number - 1 + step
        return "month", month_period(month // 12, month % 12 + 1), None, True
    quarter = year * 4 + number - 1 + step
    return "quarter", quarter_period(quarter // 4, quarter % 4 + 1), None, True


_A_WEEK = re.compile(r"(?:trong\s+)?tu(?:ần|an)\b", re.IGNORECASE)  # (or typed without marks)
_A_WEEKS_SLACK = dt.timedelta(days=7)  # (a week counted from another day: "Tuần 1/2027 (từ 28/12 đến 03/01)")


def _years_cut_by_a_bracket(text: str, phrases: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """The phrases with a year and the span without a year in the bracket right after it made one phrase: the
    span, in that year (a commune founded on July 1, 2025 reports "năm 2025" from that day)."""
    out: list[PeriodPhrase] = []
    for phrase in phrases:
        year = out[-1] if out else None
        # (is the phrase the days a bracket right after the phrase before it counts? asked once for the readings below)
        # (an earlier point's empty phrase at a bracket's opening is no days the bracket counts, but its value's time)
        bracketed = (year is not None and year.period is not None and phrase.end > phrase.start
                     and (_DAYS_BRACKET_OPENS.fullmatch(text, year.end, phrase.start) is not None
                          or (_DAYS_AFTER_A_PERIOD_BRACKETED.fullmatch(text, year.end, phrase.start) is not None
                              and _A_BRACKET_OPENS_BEFORE.search(text, max(0, year.start - 4), year.start))))
        if (bracketed and year.kind == "day" and _A_WEEK.match(year.text)
                and phrase.period is not None and phrase.kind == "cumulative"):
            # "Tuần 45/2026 (từ 02/11 đến 08/11)": the week's days as its bracket says them (a province's week may
            # open on another day than the calendar's Monday), their year the week's
            # (the week's year unsaid, the bracket's said: the week of that year, "Tuần 45 (từ 02/11 đến 08/11/2026)")
            span = phrase.period if phrase.explicit_year else shifted(phrase.period, year.period.end.year)
            week = year.period if year.explicit_year else shifted(year.period, span.end.year)
            if abs(span.start - week.start) <= _A_WEEKS_SLACK and span.end - span.start <= _A_WEEKS_SLACK:
                end = _BRACKET_CLOSES.match(text, phrase.end).end()
                out[-1] = replace(year, end=end, text=text[year.start:end], explicit_year=year.explicit_year
                                  or phrase.explicit_year, period=Period(span.start, span.end, text[year.start:end]))
                continue
        if (bracketed and year.kind == "season_so_far" and phrase.period is not None and phrase.kind == "cumulative"
                and abs(phrase.period.start - year.period.start) <= _SHIFTED_BACK
                and abs(phrase.period.end - year.period.end) <= _SHIFTED_BACK):
            # "Mùa khô năm 2026 (từ tháng 12/2025 đến tháng 4/2026), xảy ra 12 vụ cháy rừng": the season's months as
            # its bracket says them (a province's season may open or close a month or two off the table's)
            end = _BRACKET_CLOSES.match(text, phrase.end).end()
            out[-1] = replace(year, end=end, text=text[year.start:end],
                              period=Period(phrase.period.start, phrase.period.end, year.period.label))
            continue
        if (bracketed and year.kind in _SHIFTED_KINDS
                and phrase.period is not None and phrase.kind in ("cumulative", "as_of")
                and "\n" not in text[year.end:phrase.start]  # (a title's window on the line under it: placement's)
                and _shifted_back(year.period, span := phrase.period if phrase.explicit_year
                                  else shifted(phrase.period, year.period.end.year))):
            # "Năm 2026 (tính từ ngày 15/12/2025 đến ngày 14/12/2026), xảy ra 412 vụ": the days the bracket counts (its
            # days without a year of the period named)
            end = _BRACKET_CLOSES.match(text, phrase.end).end()
            out[-1] = PeriodPhrase(year.start, end, text[year.start:end], "cumulative",
                                   Period(span.start, span.end, text[year.start:end]),
                                   span.end if phrase.as_of else None, year.explicit_year or phrase.explicit_year)
            continue
        if (bracketed and year.kind in _PART_KINDS and year.explicit_year
                and phrase.period is not None and phrase.kind in ("cumulative", "as_of") and not phrase.explicit_year):
            # ("Quý III/2025 (từ ngày 01/7 đến 30/9)", "Tháng 7/2025 (từ 01/7 đến 31/7)": the days without a year in the
            # bracket after a part of a year said with its year are of that year, their own phrase as before)
            span = shifted(phrase.period, year.period.end.year)
            if year.period.start <= span.start and span.end <= year.period.end:
                as_of = span.end if phrase.as_of == phrase.period.end else phrase.as_of
                out.append(replace(phrase, period=Period(span.start, span.end, phrase.period.label), as_of=as_of,
                                   explicit_year=True))
                continue
        if (bracketed and year.kind == "year"
                and phrase.period is not None and phrase.kind in ("cumulative", "as_of")):
            # (its days without a year are of that year; with theirs, they must fall within it)
            span = phrase.period if phrase.explicit_year else shifted(phrase.period, year.period.end.year)
            if year.period.start <= span.start and span.end <= year.period.end:
                end = _BRACKET_CLOSES.match(text, phrase.end).end()
                as_of = span.end if phrase.as_of == phrase.period.end else phrase.as_of
                out[-1] = PeriodPhrase(year.start, end, text[year.start:end], phrase.kind,
                                       Period(span.start, span.end, text[year.start:end]), as_of, True)
                continue
        if (bracketed and year.kind in _SHIFTED_KINDS
                and phrase.kind == "as_of" and phrase.period is None and phrase.as_of is not None):
            # "Năm 2025 (tính đến 15/10), toàn tỉnh cấp ...": the year up to the day the bracket counts to (its day
            # without a year is of that year; with its own, it must fall within it)
            # ("9 tháng năm 2026 (số liệu tính đến 15/9/2026)", "Quý III (đến 20/9)": a part of the year the same way)
            day = phrase.as_of if phrase.explicit_year else report_date(
                year.period.end.year, phrase.as_of.month, phrase.as_of.day)
            if day is not None and year.period.start < day <= year.period.end:
                end = _BRACKET_CLOSES.match(text, phrase.end).end()
                out[-1] = PeriodPhrase(year.start, end, text[year.start:end], "as_of",
                                       Period(year.period.start, day, text[year.start:end]), day, True)
                continue
        out.append(phrase)
    return out


# the day an as-of phrase "từ ngày 01/7/2025 đến nay" counts from (the only as-of phrase without a day of its own
# that holds one)
_A_DAY = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?")


# the month or year an as-of phrase "từ tháng 3(/2026) đến nay", "từ năm 2021 đến nay", "giai đoạn 2021 - nay" counts
# from
_A_MONTH = re.compile(r"th[áa]ng\s+(\d{1,2})(?:\s*(?:/|-|năm)\s*(\d{4}))?|năm\s+(\d{4})"
                      r"|(?:^|\s)(?:từ|đoạn)\s+(\d{4})(?!\d)", re.IGNORECASE)


def _since_a_day(phrase: PeriodPhrase) -> bool:
    return phrase.kind == "as_of" and phrase.as_of is None and (
        phrase.since is not None or _A_DAY.search(phrase.text) is not None or _A_MONTH.search(phrase.text) is not None
        or _A_QUARTER.search(phrase.text) is not None or _KNOWN_EVENTS.search(fold(phrase.text)) is not None)


def _days_counted_back(text: str) -> int | None:
    """How many days "3 ngày qua", "hai ngày qua", "48 giờ qua", "2 tuần qua" count back to the report's day (None:
    hours that make no whole days, a count spelled as no number is, or more days than a month)."""
    m = _DAYS_PAST.match(fold(text))
    if m is None:
        return None
    count = m.group(1)
    if count.isdigit():
        n = int(count)
    elif text[:len(count)].lower() in _DAYS_COUNT_SPELLED:  # ("năm ngày", not "Nam")
        n = _DAYS_COUNT_WORDS[count]
    else:
        return None
    if m.group(2) == "gio":
        n, hours_left = divmod(n, 24)
        if hours_left:
            return None
    elif m.group(2) == "tuan":
        n *= 7
    return n if 1 <= n <= _DAYS_PAST_REACH else None


# (from the part of the month named: "từ giữa tháng 8" its 15th, "từ cuối tháng 9" its last ten days, from the 21st)
_FROM_PART_OF_A_MONTH = re.compile(r"(giữa|cuối)\s+th[áa]ng", re.IGNORECASE)
_FIRST_DAY_OF_THE_PART = {"giữa": 15, "cuối": 21}
_A_QUARTER = re.compile(r"qu[ýí]\s+(IV|I{1,3}|[1-4])(?!\w)(?:\s*(?:/|-|năm)\s*(\d{4}))?", re.IGNORECASE)
_FROM_MID_YEAR = re.compile(r"(giữa|cuối)\s+năm", re.IGNORECASE)
# (from the year's middle its July 1; from its end, "từ cuối năm 2025 đến nay", its last month)
_FIRST_MONTH_OF_THE_PART = {"giữa": 7, "cuối": 12}


def _first_day_since(phrase: PeriodPhrase, period_end: dt.date) -> dt.date | None:
    """The day "từ ngày 01/7/2025 đến nay", "từ tháng 3 đến nay" or "từ năm 2021 đến nay" counts from, in the year
    the report ends in when unsaid (a month later in the year than the report's end is of the year before: "từ
    tháng 10 đến nay" in a report of February)."""
    if phrase.since is not None:
        return phrase.since
    # (an event whose day is known only when no day is written: "Từ ngày 01/7/2027 (ngày thành lập xã mới)")
    if (event := _KNOWN_EVENTS.search(fold(phrase.text))) is not None and _A_DAY.search(phrase.text) is None:
        return _SINCE_EVENT_DAYS[" ".join(event.group().split())]
    if (quarter := _A_QUARTER.search(phrase.text)) is not None:
        year = int(quarter.group(2)) if quarter.group(2) else period_end.year
        first = quarter_period(year, quarter_number(quarter.group(1))).start
        return first.replace(year=year - 1) if first > period_end and not quarter.group(2) else first
    if (month := _A_MONTH.search(phrase.text)) is not None:
        if month.group(3) or month.group(4):
            # ("từ giữa năm 2025 đến nay": from the year's second half, its July 1)
            part = _FROM_MID_YEAR.search(phrase.text)
            return dt.date(int(month.group(3) or month.group(4)),
                           _FIRST_MONTH_OF_THE_PART[part.group(1).lower()] if part else 1, 1)
        year = int(month.group(2)) if month.group(2) else period_end.year
        part = _FROM_PART_OF_A_MONTH.search(phrase.text)
        first = dt.date(year, int(month.group(1)), _FIRST_DAY_OF_THE_PART[part.group(1).lower()] if part else 1)
        return first.replace(year=year - 1) if first > period_end and not month.group(2) else first
    m = _A_DAY.search(phrase.text)
    return report_date(int(m.group(3)) if m.group(3) else period_end.year, int(m.group(2)), int(m.group(1)))


_YEARS_COUNTED = {"hai": 2, "ba": 3}  # (the years of "hai năm qua", "ba năm vừa qua")
_SECOND_TERM = re.compile(r"k[yi]\s+(?:ii|2|hai)(?!\w)")  # (a term's number said, folded: "học kỳ II (năm học trước)")
_A_YEAR_SAID = re.compile(YEAR)  # (the first year of a crop year named)
_WEEKS_COUNTED = re.compile(r"(?<!\d)\d{1,2}(?!\d)")  # (the weeks of "cộng dồn 42 tuần", "từ tuần 1 đến tuần 42")
_WEEKS_REACH = 10  # (days between the weeks' end, counted from January 1, and the report's: a week's numbering)
_SAID_AGAINST_THE_REPORT = ("year_to_date", "this_month", "this_quarter", "this_week", "month_before", "quarter_before",
                            "week_before", "school_year_to_date",
                            "crop_year_to_date", "weeks_to_date", "years_past_bare", "month_part_so_far", "days_past",
                            "months_of_this_quarter", "same_month_a_year_before", "same_quarter_a_year_before",
                            "same_time_lead", "as_of_month_before", "term_so_far", "season_so_far",
                            "dry_season_so_far", "rest_of_year", "school_term")


def _the_weeks_sunday(year: int, weeks: int) -> dt.date | None:
    """The Sunday closing the ``weeks``-th week of ``year`` (weeks counted as ``_WEEK_NUMBERED`` counts them), None
    for a number of weeks the year does not hold."""
    return dt.date.fromisocalendar(year, weeks, 7) if 1 <= weeks <= dt.date(year, 12, 28).isocalendar()[1] else None


def _months_just_gone(phrase: PeriodPhrase) -> re.Match[str] | None:
    """"Trong 6 tháng qua", "3 tháng vừa qua," read as the year's first months until the report's time is known."""
    if phrase.kind not in ("cumulative", "half") or phrase.explicit_year or "qua" not in phrase.text:
        return None
    return _MONTHS_PAST.fullmatch(fold(phrase.text))


def _months_counted(word: str) -> int:
    """The months of "6 tháng qua", "sáu tháng vừa qua" (folded; 0 when not a count)."""
    word = " ".join(word.split())
    return int(word) if word.isdigit() else _MONTH_COUNT.get(word, 0)


def _months_before(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` before ``day``'s."""
    index = day.year * 12 + day.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, 1)


# The people's councils are elected for five years, a term opening in 2021 (2016, 2026 ...); one opens mid-year, the
# term before runs in the first half of that year ("từ đầu nhiệm kỳ" in a report on the first half of 2026: 2021-2026)
_COUNCIL_TERM_OPENED = 2021
_COUNCIL_TERM_YEARS = 5
_COUNCIL_TERM_OPENS_IN = 7


def _council_term_opened(period_end: dt.date) -> int:
    """The first year of the council's term under way at ``period_end``."""
    first = _COUNCIL_TERM_OPENED + (period_end.year - _COUNCIL_TERM_OPENED) // _COUNCIL_TERM_YEARS * _COUNCIL_TERM_YEARS
    return first - _COUNCIL_TERM_YEARS if first == period_end.year and period_end.month < _COUNCIL_TERM_OPENS_IN \
        else first


def _part_of_a_month(g: tuple[str | None, ...], year: int, month: int, label: str) -> Period | None:
    """The first or last days of ``month`` that "10 ngày đầu tháng", "nửa cuối tháng", "(2) tuần đầu tháng" name (their
    count, "nửa", "(2) tuần", "đầu" or "cuối" in the first four of ``g``; 15 days for a half, 7 for a week)."""
    last = month_end(year, month).day
    weeks = {"2": 2, "3": 3, "hai": 2, "ba": 3}.get(g[2].split()[0], 1) if g[2] else 0  # ("hai tuần đầu tháng")
    days = int(g[0]) if g[0] else 7 * weeks if weeks else (15 if g[3] == "dau" else last - 15)
    if not 1 <= days < last:
        return None
    first, end = (1, days) if g[3] == "dau" else (last - days + 1, last)
    return Period(dt.date(year, month, first), dt.date(year, month, end), label)


def _the_reports_own_months(phrase: PeriodPhrase, period_start: dt.date | None, period_end: dt.date) -> bool:
    """Are the months a phrase counts, neither their year nor "đầu" said ("Trong 6 tháng, thu ngân sách xã đạt ..."),
    as many as a report has whose period opens after January ("6 tháng cuối năm 2025 (từ 01/7 ...)", a commune's
    first months)? They are the report's own months, not the year's first. (Its last month may be cut short: a report
    "từ ngày 01/7/2025 đến ngày 15/12/2025" counts six.)"""
    if period_start is None or phrase.kind not in ("cumulative", "half") or phrase.explicit_year \
            or phrase.period is None or phrase.period.start != dt.date(period_end.year, 1, 1):
        return False
    if period_start.day != 1 or period_start.month == 1 or period_start.year != period_end.year:
        return False
    return phrase.period.end.month == period_end.month - period_start.month + 1 and "dau" not in fold(phrase.text)


_HALF_A_YEAR = dt.timedelta(days=183)
_THE_YEARS_FIRST_MONTHS = 3  # (a report ending by March looks back on the year before as "năm qua")
_THE_YEAR_GONE = re.compile(r"nam\s+(?:vua\s+)?qua$")


def _the_year_gone_before(phrase: PeriodPhrase, period_start: dt.date | None, period_end: dt.date) -> bool:
    """Is a phrase "năm qua" ("năm vừa qua") of a report of the year's first months, January to March and shorter
    than half a year? It is then the year before the report's, just closed."""
    return phrase.kind == "year" and not phrase.explicit_year and period_end.month <= _THE_YEARS_FIRST_MONTHS \
        and (period_start is None or period_end - period_start < _HALF_A_YEAR) \
        and phrase.period is not None and phrase.period.end.year == period_end.year \
        and _THE_YEAR_GONE.search(fold(phrase.text)) is not None


def _far_ahead_of(phrase: PeriodPhrase, period_end: dt.date) -> bool:
    """Is a month, a quarter or a run of months whose year is unsaid more than half a year after the report's end
    ("tháng 12", "tháng 11 - 12", "tháng 12 và tháng 01" in a report of January)? It is then the one of the year before,
    the nearer."""
    return phrase.kind in _PARTS_MOVED_BACK and not phrase.explicit_year and phrase.period is not None \
        and phrase.period.start > period_end + _HALF_A_YEAR


_PARTS_MOVED_BACK = frozenset({"month", "quarter", "cumulative"})


def _a_day_far_ahead_of_the_paper(phrase: PeriodPhrase, dated: dt.date | None) -> bool:
    """Is a day counted to whose year is unsaid ("tính đến ngày 25/12") more than half a year after the day the paper
    is signed (``dated``)? It is then the one of the year before, the nearer, as a month is (``_far_ahead_of``)."""
    return dated is not None and phrase.kind == "as_of" and not phrase.explicit_year and phrase.as_of is not None \
        and phrase.as_of > dated + _HALF_A_YEAR \
        and (phrase.as_of.month, phrase.as_of.day) != (2, 29)  # (no 29/2 a year back)


def _a_school_year_closed_before(phrase: PeriodPhrase, period_start: dt.date | None,
                                 period_end: dt.date | None = None) -> Period | None:
    """The school year a phrase of the report's years names ("Năm học 2025-2026" in a report of September 2026), when
    it closed before the report's period opens, or opens after it ends ("Năm học 2026-2027, phấn đấu ..." closing the
    report of the school year 2025-2026: the one planned); None when it runs on into it (the report's own)."""
    if period_start is None or phrase.kind != "school_year":
        return None
    school = school_year_period(int(_A_YEAR_SAID.search(phrase.text).group()))
    return Period(school.start, school.end, phrase.text) if school.end < period_start or (
        period_end is not None and school.start > period_end) else None


def _a_day_outside_the_report(phrase: PeriodPhrase, period_start: dt.date | None, period_end: dt.date) -> bool:
    """Is ``phrase`` a day counted to ("tính đến 31/12/2025") before the report's period begins, or a year's last day
    counted to after it ends ("Ước đến hết năm 2026, ..." in a report on the first half of 2026: reckoned ahead)?"""
    if phrase.kind != "as_of" or phrase.period is not None or phrase.as_of is None:
        return False
    return (period_start is not None and phrase.as_of < period_start) \
        or (phrase.as_of > period_end and (phrase.as_of.month, phrase.as_of.day) == (12, 31))


# how long before its period's end a report must be dated for "đến nay" to be its day rather than the period's end
# (a year's report is often signed in its December, its figures to the year's end)
_DATED_WELL_BEFORE = dt.timedelta(days=92)


def _so_far(period_start: dt.date | None, period_end: dt.date, dated: dt.date | None) -> dt.date:
    """The day "đến nay" reaches: the report's day when it is dated well inside its period ("Tình hình hạn hán năm
    2024" signed on 5/6/2024), else the period's end."""
    if dated is None or period_start is None or not period_start <= dated < period_end - _DATED_WELL_BEFORE:
        return period_end
    return dated


def with_the_documents_time(phrases: list[PeriodPhrase], period_end: dt.date | None,
                            period_start: dt.date | None = None, dated: dt.date | None = None,
                            province: str | None = None) -> list[PeriodPhrase]:
    """The phrases with those said against the report's own time resolved: "từ đầu năm" (the year so far, to the
    end of the report's period), "trong tháng" (the report's last month) and "trong quý" (its last quarter). Without
    a period end they stay unresolved, as a phrase without a year does without a reference year. With the period's
    start, months counted as many as the report's ("Trong 6 tháng" in a report of July to December) are its own.
    With the report's day (``dated``) well inside its period, "từ đầu năm đến nay" and "từ ngày D đến nay" reach
    that day. With the report's ``province``, "từ đầu mùa mưa" is read in the months of its region's rains."""
    if period_end is None or not any(p.kind in _SAID_AGAINST_THE_REPORT or _since_a_day(p) or _months_just_gone(p)
                                     or _the_reports_own_months(p, period_start, period_end)
                                     or _a_day_outside_the_report(p, period_start, period_end)
                                     or _a_school_year_closed_before(p, period_start, period_end)
                                     or _the_year_gone_before(p, period_start, period_end)
                                     or _far_ahead_of(p, period_end) or _a_day_far_ahead_of_the_paper(p, dated)
                                     for p in phrases):
        return phrases
    resolved = []
    for phrase in phrases:
        if _a_day_far_ahead_of_the_paper(phrase, dated):
            # "Tính đến ngày 25/12, đã làm đất 12.500 ha" in a paper signed on 8 January: the December just gone, not
            # the one a year ahead (the nearer of the two), and so the months counted to it
            phrase = replace(phrase, as_of=phrase.as_of.replace(year=phrase.as_of.year - 1),
                             period=shifted(phrase.period, -1) if phrase.period is not None else None)
        if _far_ahead_of(phrase, period_end):
            # "Tháng 12, xuất khẩu đạt 52 triệu USD" in a report of January: the December just gone, not the one
            # eleven months ahead (the nearer of the two)
            before = shifted(phrase.period, -1)
            label = phrase.period.label.replace(str(phrase.period.end.year), str(before.end.year))
            phrase = replace(phrase, period=Period(before.start, before.end, label))
        elif _the_reports_own_months(phrase, period_start, period_end):
            phrase = replace(phrase, kind="cumulative", period=Period(period_start, period_end, phrase.text))
        elif _a_day_outside_the_report(phrase, period_start, period_end):
            # "Tính đến 31/12/2025, toàn tỉnh có 12.400 doanh nghiệp" in a report on 2026: counted in that day's year,
            # up to it (the whole of it at its last day), not in the report's months; so is a year's end reckoned
            # ahead of the report's ("Dự kiến đến cuối năm 2026, ..." in a report of June 2026: the whole year)
            phrase = replace(phrase, period=Period(dt.date(phrase.as_of.year, 1, 1), phrase.as_of, phrase.text))
        elif (school := _a_school_year_closed_before(phrase, period_start, period_end)) is not None:
            # "Năm học 2025-2026, tỷ lệ tốt nghiệp đạt 99%" in a report of September 2026: that school year's months,
            # September to August (one still under way is the report's, its period kept)
            phrase = replace(phrase, kind="cumulative", period=school)
        elif _since_a_day(phrase):
            # "từ ngày 01/7/2025 đến nay", "từ tháng 3 đến nay": from that day to the end of the report's period
            first, so_far = _first_day_since(phrase, period_end), _so_far(period_start, period_end, dated)
            if first is not None and first <= so_far:
                phrase = replace(phrase, kind="cumulative", period=Period(first, so_far, phrase.text))
        elif phrase.kind == "rest_of_year":
            # "Từ nay đến cuối năm, phấn đấu giải ngân 2.000 tỷ đồng" closing a report on 9 months: October to December
            # (none left after a report on the whole year, nor after one closing in December, a police's year to
            # 14/12: no month is left; the months left of another year than the report's unknown)
            now = _so_far(period_start, period_end, dated)
            said = _A_YEAR_SAID.search(phrase.text)
            if now.month < 12 and (said is None or int(said.group()) == now.year):
                phrase = replace(phrase, kind="cumulative", period=Period(now + dt.timedelta(days=1),
                                                                          dt.date(now.year, 12, 31), phrase.text))
        elif phrase.kind == "year_to_date" and phrase.period is not None:
            phrase = replace(phrase, kind="cumulative")  # (to the end of the week said before it)
        elif phrase.kind == "year_to_date":
            so_far = _so_far(period_start, period_end, dated)
            # ("Từ đầu mùa mưa đến nay" in a province whose region's rains have months of their own: those months so
            # far; a season of the whole year's storms, or of no region known, the year so far)
            season = _season_so_far(_season_months(phrase.text, province), phrase.text, so_far)
            phrase = replace(phrase, kind="cumulative", period=season or Period(dt.date(so_far.year, 1, 1), so_far,
                                                                                 phrase.text))
        elif phrase.kind == "this_month":
            phrase = replace(phrase, kind="month", period=month_period(period_end.year, period_end.month))
        elif phrase.kind == "month_before":
            before = period_end.replace(day=1) - dt.timedelta(days=1)
            phrase = replace(phrase, kind="month", period=month_period(before.year, before.month))
        elif phrase.kind == "this_week" and period_start is not None and (period_end - period_start).days == 6:
            phrase = replace(phrase, kind="day", period=Period(period_start, period_end, phrase.text))
        elif phrase.kind == "week_before" and period_start is not None and (period_end - period_start).days == 6:
            a_week = dt.timedelta(days=7)
            phrase = replace(phrase, kind="day", period=Period(period_start - a_week, period_end - a_week, phrase.text))
        elif _the_year_gone_before(phrase, period_start, period_end):
            # ("Năm qua, ..." in a report of January to March, not of a whole year: the year just closed before it)
            phrase = replace(phrase, period=year_period(period_end.year - 1))
        elif phrase.kind == "quarter_before":
            before = quarter_period(period_end.year, (period_end.month + 2) // 3).start - dt.timedelta(days=1)
            phrase = replace(phrase, kind="quarter", period=quarter_period(before.year, (before.month + 2) // 3))
        elif phrase.kind == "this_quarter":
            quarter = quarter_period(period_end.year, (period_end.month + 2) // 3)
            if _SO_FAR.search(fold(phrase.text)):  # ("Từ đầu quý đến nay" in a report of November: October to it)
                quarter = Period(quarter.start, period_end, phrase.text)
            phrase = replace(phrase, kind="quarter", period=quarter)
        elif phrase.kind == "dry_season_so_far":
            # "Từ đầu mùa khô đến nay" in a report of February: from the November before (the season under way)
            # (signed well inside a longer period, "Tình hình hạn hán năm 2026" on 20/3/2026: to that day, as "từ đầu
            # năm đến nay" is)
            so_far = _so_far(period_start, period_end, dated)
            if (season := _season_so_far(_season_months(phrase.text, province), phrase.text, so_far)) is not None:
                phrase = replace(phrase, kind="cumulative", period=season)
        elif phrase.kind == "same_month_a_year_before":
            phrase = replace(phrase, kind="month", period=month_period(period_end.year - 1, period_end.month))
        elif phrase.kind == "same_quarter_a_year_before":
            phrase = replace(phrase, kind="quarter",
                             period=quarter_period(period_end.year - 1, (period_end.month + 2) // 3))
        elif phrase.kind == "months_of_this_quarter":
            # "Tháng cuối quý, xuất khẩu đạt ..." in a report of the third quarter: September (months the report has not
            # reached yet, "tháng cuối quý" in a report of October, stay unknown)
            said = _MONTHS_OF_THIS_QUARTER.match(fold(phrase.text))
            count, first_said = (2 if said.group(1) else 1), said.group(2) == "dau"
            opens = quarter_period(period_end.year, (period_end.month + 2) // 3).start.month
            first = opens if first_said else opens + 3 - count
            months = Period(dt.date(period_end.year, first, 1), month_end(period_end.year, first + count - 1),
                            phrase.text)
            if months.end <= period_end:
                phrase = replace(phrase, kind="month" if count == 1 else "cumulative", period=months)
        elif phrase.kind == "month_part_so_far":
            said = _DAYS_OF_THIS_MONTH_PART.match(fold(phrase.text))
            if said and (days := _part_of_a_month(said.groups(), period_end.year, period_end.month, phrase.text)):
                phrase = replace(phrase, kind="day", period=days)
        elif phrase.kind == "days_past" and (days := _days_counted_back(phrase.text)) is not None \
                and period_start is not None and period_end - period_start <= _A_BULLETINS_DAYS:
            # "Trong 3 ngày qua" in a bulletin of 28/10: 26 to 28/10 (a report of a month, a quarter or a news page
            # dated within a longer period is not written on its last day: the days stay unknown)
            phrase = replace(phrase, kind="cumulative",
                             period=Period(period_end - dt.timedelta(days=days - 1), period_end, phrase.text))
        elif (said := _months_just_gone(phrase)) is not None:
            first = _months_before(period_end, _months_counted(said.group(1)) - 1)
            phrase = replace(phrase, kind="cumulative", period=Period(first, period_end, phrase.text))
        elif phrase.kind == "as_of_month_before":
            day = period_end.replace(day=1) - dt.timedelta(days=1)
            # (before the report's period, counted in that day's year up to it, as "tính đến 31/8/2026" is)
            counted = Period(dt.date(day.year, 1, 1), day, phrase.text) if period_start and day < period_start else None
            phrase = replace(phrase, kind="as_of", period=counted, as_of=day)
        elif phrase.kind == "term_so_far":
            said = _A_YEAR_SAID.search(phrase.text)
            first_year = int(said.group()) if said else _council_term_opened(period_end)
            if first_year <= period_end.year:
                phrase = replace(phrase, kind="cumulative", period=Period(dt.date(first_year, 1, 1), period_end,
                                                                           phrase.text))
        elif phrase.kind == "same_time_lead":
            # "Cùng kỳ năm trước, tổng mức bán lẻ đạt 90.200 tỷ đồng" in a report on 11 months of 2026: those of 2025
            first = period_start if period_start is not None and period_start <= period_end \
                else dt.date(period_end.year, 1, 1)
            # ("Cùng kỳ năm 2025, ..." in a report of 2026: the same months of the year it names, an earlier one)
            said = _A_YEAR_SAID.search(phrase.text)
            back = int(said.group()) if said and int(said.group()) < period_end.year else -1
            phrase = replace(phrase, kind="cumulative", period=shifted(Period(first, period_end, phrase.text), back))
        elif phrase.kind == "school_term":
            # "Học kỳ I, tỷ lệ học sinh khá giỏi đạt 62%" in a report on the school year 2025-2026 (or on that term):
            # the term of the school year under way at the report's end, when it lies within the report's period
            year_opened = period_end.year if period_end.month >= SCHOOL_YEAR_OPENS else period_end.year - 1
            said = fold(phrase.text)
            the_year_before = said.endswith("truoc")  # ("Học kỳ I năm học trước": the term a school year back)
            term = school_term_period(year_opened - the_year_before, 2 if _SECOND_TERM.search(said) else 1)
            if the_year_before or ((period_start is None or period_start <= term.start) and term.end <= period_end):
                phrase = replace(phrase, kind="cumulative", period=Period(term.start, term.end, phrase.text))
        elif phrase.kind == "school_year_to_date":
            year_opened = period_end.year if period_end.month >= SCHOOL_YEAR_OPENS else period_end.year - 1
            opened = school_year_period(year_opened).start
            phrase = replace(phrase, kind="cumulative", period=Period(opened, period_end, phrase.text))
        elif phrase.kind == "years_past_bare":
            # (in a report on one whole year only: "5 năm qua" in a report on 2025 is 2021-2025)
            years = _YEARS_COUNTED.get(fold(phrase.text).split()[0], 0) or int(fold(phrase.text).split()[0])
            if period_start == dt.date(period_end.year, 1, 1) and period_end == dt.date(period_end.year, 12, 31):
                phrase = replace(phrase, kind="range", period=range_period(period_end.year - years + 1, period_end.year,
                                                                           "giai đoạn"))
        elif phrase.kind == "weeks_to_date":
            # (the weeks counted end within days of the report's end, in its year)
            weeks = max(int(n) for n in _WEEKS_COUNTED.findall(phrase.text))
            year_said = _A_YEAR_SAID.search(phrase.text)
            year_opened = dt.date(period_end.year, 1, 1)
            if year_said is None or int(year_said.group()) == period_end.year:
                if abs(7 * weeks - ((period_end - year_opened).days + 1)) <= _WEEKS_REACH:
                    phrase = replace(phrase, kind="cumulative", period=Period(year_opened, period_end, phrase.text))
                elif period_start is not None and (sunday := _the_weeks_sunday(period_end.year, weeks)) is not None \
                        and period_start <= sunday < period_end:
                    # ("Lũy kế 46 tuần, ghi nhận 8.400 ca" in a bulletin dated by its year alone, or in a report of
                    # November: the year up to the Sunday closing its 46th week, a part of the report's period)
                    phrase = replace(phrase, kind="cumulative", period=Period(year_opened, sunday, phrase.text))
        elif phrase.kind == "season_so_far" and phrase.period.start <= period_end:
            # (a season under way at the report's end: its months so far, to the report's day when it is signed well
            # inside its period; one within the report's period, that period, as a crop season of the report's is; one
            # over by the report's day keeps its own end)
            season, so_far = phrase.period, _so_far(period_start, period_end, dated)
            so_far = so_far if season.start <= so_far else period_end
            if period_start is not None and period_start <= season.start and season.end <= period_end:
                season = Period(period_start, period_end, phrase.text)
            phrase = replace(phrase, kind="cumulative", period=Period(season.start, min(season.end, so_far),
                                                                       phrase.text))
        elif phrase.kind == "season_so_far":
            # "Niên vụ 2026-2027, diện tích cà phê đạt ..." in a report of June 2026: a season that opens after the
            # report's end has no months so far; the figure is the whole season's (a plan or a forecast of it)
            phrase = replace(phrase, kind="cumulative")
        elif phrase.kind == "crop_year_to_date":
            # (the crop year under way on the report's day when it is signed well inside its period: "Từ đầu niên vụ
            # đến nay" signed on 15/9/2026 under a title of the whole year 2026 is the crop year opened in October 2025)
            now = _so_far(period_start, period_end, dated)
            year_opened = now.year if now.month >= CROP_YEAR_OPENS else now.year - 1
            said = _A_YEAR_SAID.search(phrase.text)
            if said is None or int(said.group()) == year_opened:  # (the report's time within the crop year named)
                opened = crop_year_period(year_opened).start
                phrase = replace(phrase, kind="cumulative", period=Period(opened, now, phrase.text))
        resolved.append(phrase)
    return resolved


# --------------------------------------------------------------------------- date spans

_SPAN_PATTERNS = [
    FOLDED_DATE_LINE,
    re.compile(date_line(FOLDED) + r"\b"),  # blank year too
    ISO_DATE,
    NUMERIC_DATE,
    MONTH_AND_YEAR,
    # 17/6 only after a date word: a bare 9/12 is as often a ratio (9/12 xã), which is a fact.
    re.compile(r"(?<![\w])(?:ngay|den|tu|toi|truoc|sau|hom)\s+(?:ngay\s+)?"
               + day_month(r"(?:[0-2]?\d|3[01])", MONTH, sep="/") + r"(?![\d/])"),
    re.compile(r"(?:giai\s+doan|nhiem\s+ky|thoi\s+ky|nam\s+hoc|nien\s+khoa|nam)?\s*"
               + YEAR_GROUP + r"\s*-\s*" + YEAR_GROUP),
    re.compile(r"nam\s+" + YEAR_GROUP),
]
# A bare 4-digit year (vụ Đông 2023, Tết 2024); skipped when a unit word follows (2024 người).
_BARE_YEAR = re.compile(r"(?<![\d.,/])((?:19[4-9]|20[0-4])\d)(?![\d.,]\d)")
_UNIT_AFTER = re.compile(r"\s*(?:nguoi|ho\b|ha\b|tan\b|con\b|luot|trieu|ty\b|dong\b|m\b|m2|m3|km|%|hoc\s+sinh"
                         r"|lao\s+dong|doanh\s+nghiep|truong|xa\b|thon|ban\b|san\s+pham|vu\b|ca\b|tre\b)")


def date_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) offsets of every date, year and period expression in ``text``.

    Numbers inside these spans are not facts: ``ngày 17 tháng 6 năm 2024``, ``17/6/2024``,
    ``5/2024``, ``năm 2024``, ``giai đoạn 2021-2025``, ``quý I/2025``, ``6 tháng đầu năm``, a bare
    year. The ``6`` of ``6 tháng đầu năm`` is covered too: it names the period, not a quantity.
    """
    ft = FoldedText.of(text)
    spans: list[tuple[int, int]] = []
    for rx in _SPAN_PATTERNS:
        for m in rx.finditer(ft.folded):
            a, b = m.start(), m.end()
            while a < b and ft.folded[a].isspace():
                a += 1
            if rx is MONTH_AND_YEAR and not valid_year(int(m.group(2))):
                continue
            spans.append((a, b))
    for m in _BARE_YEAR.finditer(ft.folded):
        if not _UNIT_AFTER.match(ft.folded, m.end()):
            spans.append((m.start(), m.end()))
    for p in _raw_phrases(ft, 2000):
        if p[3] not in ("comparison", "as_of") or p[5] is not None:
            spans.append((p[0], p[1]))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return [(ft.to_source(a), ft.to_source(b)) for a, b in merged]


# --------------------------------------------------------------------------- figures in brackets

def aside_in_brackets(text: str, phrase_start: int, figure_start: int, lo: int = 0) -> bool:
    """Is the period phrase inside brackets closed before the figure? "(quý I-2019 tăng 3,0%);
    khu vực dịch vụ tăng 5,3%": the bracket's quarter is its own figure's, not the next one's.
    ``lo`` bounds the search back (the start of the figure's sentence). A bracket that gives the days of the
    period named right before it ("Trong kỳ (từ 15/12/2025 đến 14/01/2026), xảy ra 14 vụ") is no aside."""
    opened = text.rfind("(", lo, phrase_start)
    closed = text.find(")", phrase_start, figure_start) if opened > text.rfind(")", lo, phrase_start) else -1
    return closed >= 0 and not (_DAYS_OPEN.match(text, opened + 1)
                                and _PERIOD_NAMED_BEFORE_A_BRACKET.search(text, max(lo, opened - _NAMED_REACH),
                                                                          opened)) \
        and not _the_time_of_a_lead(text, opened, phrase_start, closed, lo)


# "Trước sáp nhập (6 tháng đầu năm 2025), tỉnh A thu ...", "Giai đoạn đầu (quý I/2026), ...": a few words opening the
# clause, no figure among them, then the period alone in brackets and a comma: the time the lead words name, the
# clause's (as): a bracket opening the clause, "(quý I-2019 tăng 3,0%); ..." is an aside)
_LEAD_WORDS = r"[ \t]*[^\W\d_][^\d(),.;:\n]{0,40}$"
# "Trong tuần (tuần trước 15 ca), ghi nhận 48 ca": a bracket opening on the week or month before and its value is that
# period's value, an aside, not the days of the lead before it
_THE_PART_BEFORES_VALUE = re.compile(r"(?:tuần|tháng)\s+trước\b[^()\d]{0,12}\d", re.IGNORECASE)
_LEAD_WORDS_BEFORE_A_BRACKET = re.compile(r"[;:.\n\-+•]" + _LEAD_WORDS)
_LEAD_WORDS_OPENING = re.compile(r"\s*" + _LEAD_WORDS.removeprefix(r"[ \t]*"))
# (or a colon: "Tai nạn giao thông (tháng 8, từ 15/7 đến 14/8/2026): xảy ra 142 vụ", a label and its time)
_COMMA_OR_COLON_NEXT = re.compile(r"[ \t]*[,:]")
# (a period and, after a comma, the days it is counted over: "tháng 8, từ 15/7 đến 14/8/2026", no figure in them)
_A_PERIOD_AND_ITS_DAYS = re.compile(r"[^%,;:]*,[ \t]*(?:tính\s+)?từ\s[^%,;:]*", re.IGNORECASE)
# (the months counted, then after a comma the days they are counted over, the phrase those days alone: "(8 tháng, từ
# 15/12/2025 đến 14/8/2026)", a police's months, no figure of its own)
_MONTHS_COUNTED_BEFORE_THEIR_DAYS = re.compile(r"[ \t]*\d{1,2}[ \t]+tháng(?:[ \t]+đầu[ \t]+năm)?[ \t]*,[ \t]*"
                                               r"(?:tính[ \t]+)?", re.IGNORECASE)


def _the_time_of_a_lead(text: str, opened: int, phrase_start: int, closed: int, lo: int) -> bool:
    """Is the bracket at ``opened`` .. ``closed`` the period (said first in it) of the lead words opening the clause?"""
    inside = text[phrase_start:closed]
    head = text[opened + 1:phrase_start]
    return (not head.strip() or _MONTHS_COUNTED_BEFORE_THEIR_DAYS.fullmatch(head) is not None) \
        and _THE_PART_BEFORES_VALUE.match(inside) is None \
        and _COMMA_OR_COLON_NEXT.match(text, closed + 1) is not None \
        and (not any(c in inside for c in "%,;:") or _A_PERIOD_AND_ITS_DAYS.fullmatch(inside) is not None) \
        and (_LEAD_WORDS_BEFORE_A_BRACKET.search(text, max(lo, opened - 48), opened) is not None
             or (opened - lo <= 48 and _LEAD_WORDS_OPENING.match(text, lo, opened) is not None))


# "trong kỳ", "kỳ báo cáo", "tuần qua", "tuần 9", "3 ngày", "đợt mưa lớn", "đợt rét đậm, rét hại", "trận lũ quét",
# "dịp Tết Nguyên đán Bính Ngọ 2026", "3 ngày nghỉ Tết Dương lịch", "bão số 3" right before a bracket: a period (a
# spell of weather, a storm, an occasion) named without its days, which the bracket gives (not "cùng kỳ (...)": the
# bracket after a base is the base's); so are months counted, "8 tháng (từ 15/12/2025 đến 14/8/2026)", a police's
# year counted over other days than the calendar's
# ("Dịp nghỉ lễ Giỗ Tổ Hùng Vương và 30/4-1/5 (từ 26/4 đến 1/5)": an occasion's name of a few words, its own days in
# it, before the bracket of all of them)
# ("Trong 3 ngày diễn ra Đại lễ Phật đản (từ 29 đến 31/5/2026)", "tuần lễ Festival Huế 2026 (từ 8 - 13/6)", "Lễ hội
# Đền Hùng (từ 8 đến 10/4)": the days counted of an occasion, or the occasion, named by a few words before its days)
_NAMED_REACH = 72
_PERIOD_NAMED_BEFORE_A_BRACKET = re.compile(r"(?:(?<!cùng\s)\bkỳ(?:\s+báo\s+cáo)?"
                                            r"|\btuần(?:\s+(?:qua|này|\d{1,2}(?:\s*/\s*" + YEAR + r")?))?"
                                            r"|\b\d{1,2}\s+(?:ngày|tháng(?:\s+đầu\s+năm)?)"
                                            r"|\b(?:đợt|trận)(?:,?\s+[^\W\d_]+){0,5}"
                                            r"|(?:\b\d{1,2}\s+(?:ngày|tháng)\s+(?:diễn\s+ra|tổ\s+chức)|\b(?:đại\s+)?lễ\s+hội"
                                            r"|\bđại\s+lễ|\bfestival|\bhội\s+chợ|\btuần\s+lễ)(?:\s+[^\s(),.;:]+){0,8}"
                                            r"|\b(?:dịp|(?:kỳ|ngày)\s+nghỉ)"
                                            r"(?:\s+[^\s(),.;:]+){0,10}|\b(?:bão|áp\s+thấp\s+nhiệt\s+đới)\s+số\s+\d{1,2})\s*$",
                                            re.IGNORECASE)
# (the bracket opens on its days: "(từ 15/12 ...", "(ngày 28-30/10)", "(28-30/10)"; or on its month, "cơn bão số 5
# (tháng 9/2025)", "trận lũ quét (tháng 8/2025)": a storm's or a spell's month)
_DAYS_OPEN = re.compile(r"\s*(?:từ|ngày|tháng\s+\d|\d)", re.IGNORECASE)


# "(cùng kỳ tăng 3,9%)", "(cơ cấu tương ứng của cùng kỳ năm 2019 lần lượt là: ...)": a bracket that
# opens on the same period of an earlier year speaks of that period; so does the value in brackets
# right after the base of a comparison ("vượt nhiều lần so với cùng kỳ năm 2023 (35,4 triệu USD)").
# ("(năm 2025 cùng kỳ tăng 11,2%)": the year written before "cùng kỳ", the same months of that year)
# ("(CK tăng 3,2%)", "(CK: 91.200 tấn)": its short form, in capitals)
# ("(cùng thời điểm năm trước là 1,4%)": a stock's same day of the year before, as "cùng kỳ" is a flow's months)
_SAME_TIME_OPENS = re.compile(r"(?<!so\s)(?<!với\s)(?:\bnăm\s+(" + YEAR + r")\s+)?"
                              r"\b(?:cùng\s+(?:kỳ|thời\s+điểm)|(?-i:CK)\b)(?:\s+năm\s+(" + YEAR + r"|trước))?",
                              re.IGNORECASE)
# ("bằng 21,8% kế hoạch, cao hơn cùng kỳ (18,2%)", "tăng 9%, cao hơn mức tăng của cùng kỳ (7,5%)": the base said
# by how the figure compares with it, no "so với"; ``pipeline`` reads the figure as the rate before it)
# ("cao hơn mức tăng của năm 2025 (7,6%)", "thấp hơn năm trước (9,1%)": the year before said without "cùng kỳ")
HIGHER_THAN_THE_SAME_TIME = (_HIGHER_THAN + r"(?:cùng\s+kỳ(?:\s+năm\s+(" + YEAR + r"|trước))?|năm\s+(" + YEAR
                             + r"|trước|ngoái))")
_BASE_BEFORE_BRACKET = re.compile(r"(?:so\s+(?:với\s+)?cùng\s+(?:kỳ|thời\s+điểm)(?:\s+năm\s+(" + YEAR + r"|trước))?|"
                                  + HIGHER_THAN_THE_SAME_TIME + r")\s*$", re.IGNORECASE)
_ONLY_THE_NUMBER = re.compile(rf"\s*(?:{HEDGE_WORDS}|là)?\s*$", re.IGNORECASE)
# "(năm trước 19.800 tỷ đồng)", "(năm ngoái: 5,2%)", "(năm trước đạt 380 doanh nghiệp)": a bracket that opens on
# the year before, unnamed, gives that year's value for the figure before it (not "năm trước nữa", two years
# back; a year named, "(năm 2025: 3,6%)", is read by its own phrase)
# ("(năm học trước 1,12%)", "(năm học trước: 96,5%)": the school year before, a year back the same way)
_YEAR_BEFORE_OPENS = re.compile(r"\s*năm\s+(?:học\s+)?(trước|ngoái)(?![^\W\d_]|\s+nữa)", re.IGNORECASE)


def earlier_year_in_brackets(text: str, figure_start: int, sentence_start: int) -> int | None:
    """The year offset (-1, or an explicit year) of a figure in brackets about the same period of
    an earlier year; None for every other figure."""
    opened = text.rfind("(", sentence_start, figure_start)
    if opened < 0 or text.find(")", opened, figure_start) >= 0:
        return None
    inside = text[opened + 1:figure_start]
    head = _SAME_TIME_OPENS.search(inside[:60]) or _YEAR_BEFORE_OPENS.match(inside)
    if head is None and _ONLY_THE_NUMBER.fullmatch(inside):
        head = _BASE_BEFORE_BRACKET.search(text, max(sentence_start, opened - 40), opened)
    if head is None:
        return None
    return _year_or_the_one_before(next((group for group in head.groups() if group), None))  # (a year group each way)


# "cao hơn mức tăng 6,5% của cùng kỳ năm 2025", "thấp hơn mức tăng 7,1% của cùng kỳ năm trước": a rate said
# to be that of the same period of another year is that year's (a base, "tăng 5% so với cùng kỳ năm 2025",
# is read with "so với", not "của")
# ("năm trước nữa", two years before, is left as it is)
_OF_THE_SAME_TIME = re.compile(r"\s*\)?\s*của\s+cùng\s+kỳ(?:\s+năm\s+(" + YEAR + r"|trước|ngoái))?"
                               r"(?![\d/]|\s+(?:nữa|năm)(?![^\W\d_]))", re.IGNORECASE)


def of_the_same_time_of_another_year(text: str, unit_end: int) -> int | None:
    """The year (or the offset -1) of a figure followed by "của cùng kỳ (năm ...)"; None for every other figure."""
    m = _OF_THE_SAME_TIME.match(text, unit_end, unit_end + 40)
    return None if m is None else _year_or_the_one_before(m.group(1))


def _year_or_the_one_before(year: str | None) -> int:
    """An explicit year as written, or -1 for "năm trước"/"năm ngoái" or none (the year before), as ``shifted``
    takes them."""
    return int(year) if year and year.isdigit() else -1


def shifted(period: Period, year_or_offset: int) -> Period:
    """The same months of another year: an explicit year, or an offset of -1 (a span of whole months stays whole:
    "2 tháng đầu năm 2025" a year back ends on 29 February 2024; a span of days keeps its days, 28 February)."""
    years = year_or_offset - period.end.year if year_or_offset > 1000 else year_or_offset
    whole_months = period.start.day == 1 and period.end == month_end(period.end.year, period.end.month)

    def move(day: dt.date) -> dt.date:
        return dt.date(day.year + years, day.month, min(day.day, calendar.monthrange(day.year + years, day.month)[1]))

    end = month_end(period.end.year + years, period.end.month) if whole_months else move(period.end)
    return Period(move(period.start), end, period.label)


# --------------------------------------------------------------------------- periods carried over

# ("Chia theo loại hình kinh tế, khu vực Nhà nước đạt ...", "Phân theo ngành, ...": the whole of the
# sentence before split by a classification, a breakdown like "Trong đó,")
# ("Cụ thể các ngành như: ...": "cụ thể" with the words that name the parts before its colon)
BREAKDOWN_OPENS = re.compile(r"\s*(?:trong\s+đó|cụ\s+thể(?:\s+[^\W\d_][^,:.;\d]{0,40}?)?|"
                             r"(?:chia|phân)\s+theo\s+[^\W\d_][^,:.;\d]{0,40})\s*[,:]", re.IGNORECASE)
# periods within one year: a sentence's own such period wins over the year around it
PART_OF_YEAR_KINDS = frozenset({"quarter", "month", "cumulative", "half", "day"})
# what joins the periods of a list ("Tháng 10 và 10 tháng", "quý III, 9 tháng", "Quý IV và cả năm 2025")
_PERIODS_JOINED = re.compile(r"\s*(?:,|và|&)\s*(?:cả\s+)?", re.IGNORECASE)
# a list of periods opens on parts of a year and may close on the whole year they are of ("Tháng 12 và năm 2025")
_LISTED_PERIOD_KINDS = PART_OF_YEAR_KINDS | {"year", "whole_year"}


# ("cùng kỳ", "cùng kỳ năm 2025", "cùng kỳ năm trước": the same time of another year, said alone)
_THE_SAME_TIME_LISTED = re.compile(r"cùng\s+kỳ(?:\s+năm\s+(" + YEAR + r"|trước|ngoái))?", re.IGNORECASE)


def listed_periods(text: str, phrases: Iterable[PeriodPhrase]) -> list[PeriodPhrase]:
    """The last list among ``phrases`` (in their order in ``text``) of periods joined by "và", "&" or commas: parts
    of a year, the list possibly closing on the whole year ("Tháng 10 và 10 tháng năm 2026", "Quý IV và cả năm
    2025"). A part not joined to the phrase before opens a new list; a phrase of no period, or of another kind,
    ends the list. Whole years named one after another make a list of their own ("Năm 2024 và năm 2025"), and so do
    spans of years ("giai đoạn 2021-2025 và 2026-2030"). What the list is read on (a respective list of numbers,
    "lần lượt") is the caller's."""
    run: list[PeriodPhrase] = []
    for phrase in phrases:
        joined = bool(run) and _PERIODS_JOINED.fullmatch(text, run[-1].end, phrase.start) is not None
        if joined and phrase.kind == "comparison" and run[-1].kind in PART_OF_YEAR_KINDS \
                and (same := _THE_SAME_TIME_LISTED.fullmatch(phrase.text)) is not None:
            # ("10 tháng năm 2026 và cùng kỳ năm 2025 lần lượt đạt …": the same months of that year, or of the year
            # before, listed after the part of a year, not a base compared with)
            phrase = replace(phrase, kind=run[-1].kind, period=shifted(run[-1].period, _year_or_the_one_before(
                same.group(1))))
        if joined and run[0].kind in TERM_KINDS:
            # (spans of years one after another, "giai đoạn 2021-2025 và giai đoạn 2026-2030", are a list of their
            # own, none named twice)
            joined = phrase.kind in TERM_KINDS and all(p.period != phrase.period for p in run)
        elif joined and run[0].kind == "year" and phrase.period is not None:
            # (a list of years goes on on another year named, later or earlier, "Năm 2026 và năm 2025 tương ứng là
            # …", none named twice; anything else opens a list of its own)
            # ("năm 2024, năm 2025 và 9 tháng năm 2026 lần lượt …": a part of a later year closes a list of years
            # already made; after one year alone, "Năm 2025 và quý I/2026", it opens a list of its own)
            another_year = phrase.kind == "year" and all(p.period != phrase.period for p in run)
            a_later_part = phrase.kind in PART_OF_YEAR_KINDS and len(run) > 1 \
                and all(p.period.end < phrase.period.start for p in run)
            joined = phrase.explicit_year and (another_year or a_later_part)
        kinds = _LISTED_PERIOD_KINDS if joined else PART_OF_YEAR_KINDS
        if phrase.period is None or not (phrase.kind in kinds or phrase.kind in TERM_KINDS
                                         or (phrase.kind == "year" and phrase.explicit_year)):
            run = []
            continue
        run = [*run, phrase] if joined else [phrase]
    if len(run) == 1 and (years := _years_of_a_plural_span(text, run[0])):
        return years
    return run


def _years_of_a_plural_span(text: str, phrase: PeriodPhrase) -> list[PeriodPhrase]:
    """A span of years said as years in the plural, "các năm 2024-2026", one year phrase for each of its years (at
    the span's place), so that a respective list reads one number a year ("Trong các năm 2024-2026, thu ... lần lượt
    là 610, 680 và 750 tỷ đồng"); none for any other phrase ("giai đoạn 2021-2025" is a span, read as one)."""
    if phrase.kind != "range" or phrase.period is None or not phrase.text.lower().startswith("năm") \
            or not _YEARS_PLURAL_BEFORE.search(text, max(0, phrase.start - 8), phrase.start):
        return []
    first, last = phrase.period.start.year, phrase.period.end.year
    return [replace(phrase, kind="year", period=year_period(y)) for y in range(first, last + 1)]



def _previous_sentence_start(text: str, lo: int, sentence_start: int) -> int:
    """Where the sentence before ``sentence_start`` begins: a breakdown that opens a paragraph
    ("...tháng 8 đạt 5.530 tỷ đồng.\n\nChia theo ...") breaks down the last sentence of the paragraph
    before, so the blank lines between are skipped."""
    end = sentence_start
    while end > lo and text[end - 1].isspace():
        end -= 1
    stop = text.rfind(". ", lo, end - 1)  # (none: the sentence opens the text, at ``lo``)
    return max(text.rfind("\n", lo, end) + 1, stop + 2 if stop >= 0 else lo, lo)


# the kinds of phrase of a span of years ("giai đoạn 2026 - 2030", "từ năm 2021 đến năm 2025")
TERM_KINDS = frozenset({"range", "year_span"})


def breakdown_period(text: str, phrases: list[PeriodPhrase], starts: list[int], sentence_start: int,
                     kinds: frozenset[str] = PART_OF_YEAR_KINDS) -> Period | None:
    """"Tháng 10 xuất khẩu đạt 77 triệu USD. Trong đó, doanh nghiệp trong nước đạt 48 triệu USD":
    a sentence that opens a breakdown ("Trong đó," / "Cụ thể:") of the sentence before takes that
    sentence's last month, quarter or months so far. ``starts`` are the phrases' starts. So do the items
    listed under a line that closes on a colon (``_items_lead``). (``kinds``: the kinds of phrase read; with
    ``TERM_KINDS`` the span of years the whole is summed over, see ``breakdown_term``.)"""
    a_year_back = _the_same_part_a_year_back(text, sentence_start) if kinds is PART_OF_YEAR_KINDS else None
    if not (BREAKDOWN_OPENS.match(text, sentence_start) or _COUNTED_PARTS_OPEN.match(text, sentence_start)
            or _a_share_of_the_whole_before(text, sentence_start) or a_year_back is not None
            or (kinds is PART_OF_YEAR_KINDS and _CHANGES_OF_THE_SENTENCE_BEFORE_OPEN.match(text, sentence_start))):
        lead = _items_lead(text, sentence_start, _ITEM_OR_LETTER_MARK if kinds is TERM_KINDS else _ITEM_MARK)
        if lead is None:
            return None
        part = _last_part_of_the_year(text, phrases, starts, *lead, kinds=kinds)
        if part is None and kinds is PART_OF_YEAR_KINDS:
            # "Năm 2027, tỉnh phấn đấu đạt các chỉ tiêu sau:" over "- Trồng mới 12.000 ha rừng": the year the lead
            # names, aimed at or reviewed, is its items' (the report's may be another: a plan adopted the year before)
            part = _last_part_of_the_year(text, phrases, starts, *lead, kinds=_WHOLE_YEARS)
        return part
    lo = max(0, sentence_start - 600)
    before = _previous_sentence_start(text, lo, sentence_start)
    hi = sentence_start
    if _AN_ASIDE_OPENS.match(text, before) and text.find("\n", before, sentence_start) >= 0:
        # "9 tháng có 712 doanh nghiệp thành lập mới. Riêng tháng 9 có 86 doanh nghiệp.\nPhân theo ngành: ...": a
        # sentence singling one month out of the total is an aside; a breakdown on the next line breaks down the
        # total of the sentence before the aside, of its period
        hi, before = before, _previous_sentence_start(text, lo, before)
    i = bisect_right(starts, hi) - 1
    while i >= 0 and phrases[i].start >= before:
        phrase = phrases[i]
        if (phrase.kind in kinds and phrase.period is not None and phrase.end <= hi
                and not aside_in_brackets(text, phrase.start, hi, before)):
            if a_year_back is not None and a_year_back != (phrase.period.start, phrase.period.end):
                return None  # ("Quý III có 61 vụ. So với quý II/2026, ...": another base, no change on last year's)
            return phrase.period  # (a period in brackets is a comparison's, not the sentence's)
        if (kinds is PART_OF_YEAR_KINDS and phrase.kind in ("year", "target_year") and phrase.explicit_year
                and phrase.period is not None
                and not text[before:phrase.start].strip() and text.startswith(",", phrase.end)):
            # "Năm 2027, huyện đặt 12 mục tiêu. Trong đó có 9 mục tiêu ...": the year fronting the
            # sentence broken down is its parts' year too
            return phrase.period
        i -= 1
    return None


def _the_same_part_a_year_back(text: str, sentence_start: int) -> tuple[dt.date, dt.date] | None:
    """The days a year on of the part of a named year a sentence opens comparing with ("So với quý III/2026," →
    the third quarter of 2027): only the sentence before that covers them has its changes on last year (None when the
    sentence opens on no such part)."""
    m = _A_NAMED_PART_OF_A_YEAR_OPENS.match(text, sentence_start)
    if m is None:
        return None
    year = int(m.group("year")) + 1
    if m.group("quarter"):
        part = quarter_period(year, quarter_number(m.group("quarter")))
    elif 1 <= int(number := m.group("month") or m.group("months")) <= 12:
        part = month_period(year, int(number)) if m.group("month") else cumulative_period(year, int(number))
    else:
        return None
    return part.start, part.end


# the kinds of phrase of one whole year ("năm 2027", "năm tới")
_WHOLE_YEARS = frozenset({"year", "target_year"})


# a share of a whole in a sentence ("…, chiếm 39,8% tổng kim ngạch xuất khẩu"): the whole's words after "tổng", up to a
# word that is no longer the whole's noun (its owner, place, time or comparison: "của tỉnh", "toàn tỉnh", "năm 2026")
_A_SHARE_OF_A_WHOLE = re.compile(r"\bchiếm\s+(?:[^\W\d_]+\s+)?\d[\d.,]*\s*%\s+(?:trong\s+|của\s+)?tổng\s+(?:số\s+)?"
                                 r"([^\W\d_]+(?:[ \t]+[^\W\d_]+)*)", re.IGNORECASE)
_AFTER_THE_WHOLES_NOUN = frozenset(("của", "toàn", "cả", "trên", "tại", "trong", "năm", "tháng", "quý", "so", "cùng",
                                    "và", "tăng", "giảm"))
_A_SENTENCE_ENDS = re.compile(r"\.(?!\d)|\n")
_A_WHOLES_NOUN_WORDS = 2  # (the noun's last words looked up in the sentence before: "xuất khẩu", "vốn đầu tư")


def _a_share_of_the_whole_before(text: str, sentence_start: int) -> bool:
    """"Tính chung 5 tháng, kim ngạch xuất khẩu ước đạt 13 tỷ USD.\nMặt hàng điện thoại đạt 5,2 tỷ USD, chiếm 39,8%
    tổng kim ngạch xuất khẩu": a sentence that gives its figure as a share of a whole the sentence before states (the
    whole's noun said in that sentence) breaks that whole down, as one opening on "Trong đó" does."""
    ends = _A_SENTENCE_ENDS.search(text, sentence_start)
    share = _A_SHARE_OF_A_WHOLE.search(text, sentence_start, len(text) if ends is None else ends.start())
    if share is None:
        return False
    words = []
    for word in share.group(1).split():
        if word.lower() in _AFTER_THE_WHOLES_NOUN:
            break
        words.append(word.lower())
    if len(words) < _A_WHOLES_NOUN_WORDS:
        return False
    before = _previous_sentence_start(text, max(0, sentence_start - 600), sentence_start)
    return " ".join(words[-_A_WHOLES_NOUN_WORDS:]) in " ".join(text[before:sentence_start].lower().split())


def breakdown_term(text: str, phrases: list[PeriodPhrase], starts: list[int], sentence_start: int) -> Period | None:
    """"Tổng vốn kế hoạch trung hạn giai đoạn 2026 - 2030 là 64.000 tỷ đồng, trong đó:" over "a) Vốn ngân sách trung
    ương: 21.000 tỷ đồng": the span of years the whole a breakdown breaks down is summed over, its parts' too (None
    when the whole names no span)."""
    return breakdown_period(text, phrases, starts, sentence_start, TERM_KINDS)


def breakdown_as_of(text: str, phrases: list[PeriodPhrase], starts: list[int], sentence_start: int,
                    figure_start: int) -> dt.date | None:
    """"Tính đến ngày 10/4/2026, tổng dung tích các hồ chứa đạt 412 triệu m3. Trong đó: hồ A đạt 120 triệu m3; ...":
    the parts of a breakdown ("Trong đó", "Chia theo ...:", or the items under a line closing on "trong đó:") are
    counted on the day the total they break down was counted on, when the last time said in the sentence before (or
    the line over the items) is that day (not in brackets) and the breakdown names no time of its own before the
    figure. None otherwise. A heading over a list that names the day alone is ``heading_as_of``'s."""
    first = bisect_left(starts, sentence_start)
    if first < len(starts) and starts[first] < figure_start and any(
            p.period is not None or p.as_of is not None for p in phrases[first:bisect_left(starts, figure_start)]):
        return None  # (a time of the breakdown's own, said before the figure)
    if BREAKDOWN_OPENS.match(text, sentence_start) or _COUNTED_PARTS_OPEN.match(text, sentence_start):
        lo, hi = _previous_sentence_start(text, max(0, sentence_start - 600), sentence_start), sentence_start
    elif (lead := _items_lead(text, sentence_start)) is not None and any(
            m.end() == lead[1] for m in BREAKDOWN_OPENS.finditer(text, *lead)):
        lo, hi = lead  # ("..., trong đó:" closing the line over the items: they break its total down)
    else:
        return None
    i = bisect_right(starts, hi) - 1
    while i >= 0 and phrases[i].start >= lo:
        phrase = phrases[i]
        if (phrase.period is not None or phrase.as_of is not None) and phrase.end <= hi \
                and not aside_in_brackets(text, phrase.start, hi, lo):
            return phrase.as_of if phrase.kind == "as_of" and phrase.period is None else None
        i -= 1
    return None


# a sentence that singles one part out of what is reported ("Riêng tháng 9, ...", "Chỉ riêng quý III ...")
_AN_ASIDE_OPENS = re.compile(r"[^\w\n]*(?:chỉ\s+)?riêng\s", re.IGNORECASE)


# an item of a list: its line opens with a dash, a plus or a bullet
_ITEM_MARK = re.compile(r"[ \t]*" + DASH_MARK + r"[ \t]")
# ... or a letter and its bracket too ("a) Vốn ngân sách trung ương: ..."), as the parts of a whole summed over a term
# are listed (elsewhere "b) Kết quả đến ngày ..." is as often a heading of its own)
_ITEM_OR_LETTER_MARK = re.compile(r"[ \t]*(?:" + DASH_MARK + r"|[a-zđ]\))[ \t]")
_ITEMS_REACH = 12  # (the items of one list looked up through, to the line over them)


def _items_lead(text: str, sentence_start: int, marks: re.Pattern[str] = _ITEM_MARK) -> tuple[int, int] | None:
    """The span of the line a list item stands under when that line closes on a colon ("Tính chung 5 tháng,
    IIP tăng 12,5%. Trong đó:" over "- Ngành chế biến, chế tạo tăng 13,8%;"), the item being the first of its
    line (its mark one of ``marks``); None for any other sentence."""
    line_start = text.rfind("\n", 0, sentence_start) + 1
    if text[line_start:sentence_start].strip(" \t" + DASH_CHARS) or not marks.match(text, line_start):
        return None
    for lead_start, lead_end in _lines_above(text, line_start):  # (up through the items, to the line over them)
        if not marks.match(text, lead_start):
            return (lead_start, lead_end) if text.endswith(":", lead_start, lead_end) else None
        if text.endswith(":", lead_start, lead_end):
            return None  # (an item under another item is read with its own line's words)
    return None


def _lines_above(text: str, line_start: int) -> Iterator[tuple[int, int]]:
    """The spans of the lines above the one opening at ``line_start``, nearest first, over blank lines (no copy of
    the text before it), as far as the items of one list reach."""
    for _ in range(_ITEMS_REACH):
        lead_end = line_start
        while lead_end and text[lead_end - 1].isspace():
            lead_end -= 1
        line_start = text.rfind("\n", 0, lead_end) + 1
        yield line_start, lead_end


# a heading line over a list: no full stop or semicolon closing it, short (a colon may close it)
_HEADING_LINE_ENDS = re.compile(r"[.;][ \t]*$")
_HEADING_LINE_REACH = 200


def heading_as_of(text: str, phrases: list[PeriodPhrase], starts: list[int], figure_start: int) -> dt.date | None:
    """The day counted to that the heading over a list names ("2. Kết quả thực hiện đến ngày 20/10/2026" or "Tiến độ
    giải ngân (tính đến ngày 15/9/2026):" over "- Đã kiểm đếm 1.250 hộ", "- Đã chi trả 312 tỷ đồng", ...), for a figure
    of any item of the list, far below the heading as well: every item is counted up to that day. None when the
    figure's line names a time of its own before it, when the line over the items closes a sentence ("Tính đến ngày
    30/9, tỉnh có 12 dự án." is a sentence of its own: its day dates its own figures), or when that line holds a figure
    besides its day (a sentence run on over the list)."""
    line_start = text.rfind("\n", 0, figure_start) + 1
    first = bisect_left(starts, line_start)
    if first < len(starts) and starts[first] < figure_start:
        return None  # (a time of the figure's own line, said before it)
    if not _ITEM_MARK.match(text, line_start):
        return None
    for lead_start, lead_end in _lines_above(text, line_start):  # (up through the items, to the line over them)
        if lead_end <= lead_start:
            return None
        if _ITEM_MARK.match(text, lead_start):
            continue
        i = bisect_left(starts, lead_start)
        if i < len(phrases) and phrases[i].start < lead_end and (
                run_in := _AN_ITEM_RUN_IN.match(text, phrases[i].end)) is not None and run_in.end() < lead_end:
            lead_end = run_in.start()  # (the heading with its first item run on after it: "... 20/10/2026 - Đã ...")
        if lead_end - lead_start > _HEADING_LINE_REACH or _HEADING_LINE_ENDS.search(text, lead_start, lead_end):
            return None
        said = [p for p in phrases[i:bisect_left(starts, lead_end)] if p.period is not None or p.as_of is not None]
        if len(said) != 1 or said[0].kind != "as_of" or said[0].period is not None or said[0].as_of is None:
            return None
        # (a figure beside the day, "Đến ngày 20/10/2026 đã kiểm đếm 1.250 hộ:", not the heading's number, "2.")
        opens = _HEADING_MARK.match(text, lead_start).end()
        rest = text[opens:said[0].start] + text[said[0].end:lead_end]
        return None if any(c.isdigit() for c in rest) else said[0].as_of
    return None


# the first item of a list run on after its heading's day on one line (" - Đã kiểm đếm", "): + Đã chi")
_AN_ITEM_RUN_IN = re.compile(r"[ \t]*\)?[ \t]*:?[ \t]+" + DASH_MARK + r"[ \t]")
# a heading's number or letter ("2.", "II.", "2.1.", "b)")
_HEADING_MARK = re.compile(r"[ \t]*(?:" + NUMBERED_MARK + r"[ \t]*)?")


def _last_part_of_the_year(text: str, phrases: list[PeriodPhrase], starts: list[int], lo: int, hi: int,
                           kinds: frozenset[str] = PART_OF_YEAR_KINDS) -> Period | None:
    """The last month, quarter or months so far (a phrase of ``kinds``) said between ``lo`` and ``hi`` (not in
    brackets: a comparison's)."""
    i = bisect_right(starts, hi) - 1
    while i >= 0 and phrases[i].start >= lo:
        phrase = phrases[i]
        if (phrase.kind in kinds and phrase.period is not None and phrase.end <= hi
                and not aside_in_brackets(text, phrase.start, hi, lo)):
            return phrase.period
        i -= 1
    return None


# "…, làm chết 48 người. So với cùng kỳ năm 2024: giảm 11 vụ (giảm 15,07%), giảm 7 người chết": a sentence opening on
# the same time of the year before alone, before its colon or comma, gives the changes of the figures of the sentence
# before, of their period (a police year "từ 16/12/2024 đến 15/9/2025" too)
_CHANGES_OF_THE_SENTENCE_BEFORE_OPEN = re.compile(r"[^\w\n]*so\s+(?:với\s+)?cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|"
                                                  + YEAR + r"))?\s*[,:]", re.IGNORECASE)
# "…, làm chết 42 người. So với quý III/2026, số người chết giảm 19 người, tương đương giảm 31,1%": a sentence opening
# on a quarter, month or months so far of a named year, before its comma or colon (an aside in brackets between:
# "So với quý III/2026 (tính gộp hai tỉnh cũ), ..."), compares the figures of the sentence before with that part of the
# year (``_the_same_part_a_year_back``)
_A_NAMED_PART_OF_A_YEAR_OPENS = re.compile(r"[^\w\n]*so\s+(?:với\s+)?(?:cùng\s+)?"
                                           r"(?:qu[ýí]\s+(?P<quarter>IV|I{1,3}|[1-4])|tháng\s+(?P<month>\d{1,2})|(?P<months>\d{1,2})\s+tháng(?:\s+đầu)?)"
                                           r"\s*(?:/|-|năm)\s*(?P<year>" + YEAR + r")(?:\s*\([^()\n]{0,120}\))?\s*[,:]",
                                           re.IGNORECASE)
# "Trong đó có 9 mục tiêu về kinh tế": a breakdown that counts the parts straight after "có"
_COUNTED_PARTS_OPEN = re.compile(r"\s*trong\s+đó\s+có\s+\d", re.IGNORECASE)


# "Tính trong tháng 6, tỉnh đón ...": a part of the year fronted with a comma at a paragraph's head
# (a topic's label may head the paragraph: "Hoạt động du lịch: Trong tháng 9, ...", "- Về du lịch: Tháng 9, ...";
# so may the source the paragraph is told after: "Theo báo cáo, từ đầu năm đến nay, ...", "Theo Sở Công Thương, ...")
_PARAGRAPH_OPENER = re.compile(
    r"\W*(?:[^\W\d][^.:;\n\d]{0,50}:\s*)?(?:theo\s+[^\W\d][^,.:;\n\d]{0,50},\s*)?"
    r"(?:(?:tính\s+)?(?:riêng\s+|chung\s+)?(?:trong\s+)?)?", re.IGNORECASE)
PARAGRAPH_OPENER_REACH = 80  # (characters from the paragraph's start to its period phrase, a label's included)
# the kinds of period that open a paragraph for its later sentences: parts of a year, and a crop year or a season of the
# weather said with its years ("Niên vụ 2025-2026, ...", "Mùa khô 2025-2026, ...") before the report's time resolves it
_PARAGRAPH_HEAD_KINDS = PART_OF_YEAR_KINDS | {"season_so_far"}


def paragraph_head_period(text: str, phrases: list[PeriodPhrase], starts: list[int], paragraph_start: int,
                          figure_start: int) -> Period | None:
    """"Tính trong tháng 6, tỉnh đón 1,3 triệu lượt khách. ... Tổng thu du lịch đạt 6 tỷ đồng": a month,
    quarter or months so far that opens a paragraph before a comma governs the paragraph's later
    sentences too, when no other period phrase comes between it and the figure."""
    i = bisect_left(starts, paragraph_start)
    last = bisect_right(starts, figure_start) - 1
    if last < i or all(phrases[k].period is None for k in range(i, last + 1)):
        return _heading_period(text, phrases, i, paragraph_start)
    if any(phrases[k].period is not None for k in range(i + 1, last + 1)):
        return None  # (a comparison's "so với cùng kỳ" names no period of its own)
    phrase = phrases[i]
    if (phrase.kind not in _PARAGRAPH_HEAD_KINDS or phrase.period is None
            or phrase.start - paragraph_start > PARAGRAPH_OPENER_REACH
            or not text.startswith(",", phrase.end)
            or not _PARAGRAPH_OPENER.fullmatch(text, paragraph_start, _before_a_seasons_words(text, phrase.start))):
        return None
    return phrase.period


def _before_a_seasons_words(text: str, start: int) -> int:
    """Where the words of a season said before its years at ``start`` open ("Niên vụ 2025-2026": a season's phrase is
    its years, its words part of what opens the paragraph); ``start`` itself when none are."""
    line = text.rfind("\n", 0, start) + 1
    season = _A_SEASON_BEFORE.search(fold_nfc(text[max(line, start - 40) : start]))
    return start if season is None else start - len(season.group())


# A heading line that is a period alone, after its list mark ("1. Quý III/2025", "b) 9 tháng năm 2025:", "II. ƯỚC
# THỰC HIỆN CẢ NĂM 2025"), with the words of a review before it
_HEADING_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]|[-–+•*])?[ \t]*"
                             r"(?:(?:kết\s+quả|tình\s+hình|ước)(?:\s+(?:thực\s+hiện|tính))?\s+)?$", re.IGNORECASE)
_HEADING_AFTER = re.compile(r"[ \t]*:?[ \t]*\n")
_HEADING_REACH = 4000  # (characters from a heading to the paragraph it is looked up from)


def _heading_period(text: str, phrases: list[PeriodPhrase], i: int, paragraph_start: int) -> Period | None:
    """The part of a year that the section's heading names ("1. Quý III/2025" on its own line), for a paragraph
    below it that names no period: the nearest phrase above the paragraph that names one, when it is a heading.
    A period said inside the text between ("Trong tháng 6, huyện cấp 85 giấy chứng nhận.") is its own sentence's
    or paragraph's: the heading above it still dates the paragraphs after, unless a numbered line (another
    section's heading) stands between."""
    said_between = False
    for k in range(i - 1, -1, -1):
        phrase = phrases[k]
        if paragraph_start - phrase.start >= _HEADING_REACH:
            return None
        if phrase.period is None:
            continue
        if _HEADING_AFTER.match(text, phrase.end) is None \
                or _HEADING_BEFORE.search(text, max(0, text.rfind("\n", 0, phrase.start)), phrase.start) is None:
            said_between = True  # (a period inside a sentence: read on, up to the heading)
            continue
        if phrase.kind not in PART_OF_YEAR_KINDS and phrase.kind != "whole_year":
            return None
        if said_between and _NUMBERED_LINE.search(text, phrase.end, paragraph_start):
            return None
        return phrase.period
    return None


# a line opening with a section's number ("2. Thương mại", "II. VĂN HÓA - XÃ HỘI")
_NUMBERED_LINE = re.compile(r"\n[ \t]*(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*)[.)][ \t]")


# "ước đạt 2,5 tỷ USD, tăng 7% so với tháng trước và tăng 10% so với cùng kỳ; lũy kế 10 tháng ...":
# a clause compared with the month before speaks of one month
_MONTH_ON_MONTH = re.compile(r"so\s+(?:với\s+)?tháng\s+trước", re.IGNORECASE)


def one_month_of(text: str, figure_start: int, sentence: tuple[int, int], start: dt.date, end: dt.date
                 ) -> Period | None:
    """The last month of the period ``start``..``end`` when the figure's clause (between the ";"
    of its sentence) is compared with the month before and the period is longer than a month."""
    if start.year == end.year and start.month == end.month:
        return None
    if text.find("tháng trước", sentence[0], sentence[1]) < 0:
        return None  # (the common case, decided without a regex)
    begin = text.rfind(";", sentence[0], figure_start) + 1 or sentence[0]
    stop = text.find(";", figure_start, sentence[1])
    if not _MONTH_ON_MONTH.search(text, begin, stop if stop >= 0 else sentence[1]):
        return None
    return month_period(end.year, end.month)


def a_breakdown_of_one_month(text: str, sentence_start: int, start: dt.date, end: dt.date) -> Period | None:
    """"Chỉ số sản xuất trong tháng tăng 5% so với tháng trước và tăng 4% so với cùng kỳ. Trong đó,
    ngành khai khoáng tăng 9%": a breakdown ("Trong đó," / "Cụ thể:") of a sentence whose last clause
    is compared with the month before, or an item listed under a line whose last clause is, is of that one
    month, the last of the period ``start``..``end``.
    (A period the sentence before names is breakdown_period's.)"""
    if start.year == end.year and start.month == end.month:
        return None
    if not BREAKDOWN_OPENS.match(text, sentence_start):
        # "So với tháng trước có 5 nhóm tăng:" over "- Nhóm giáo dục tăng 4,5%;": the items of a line
        # compared with the month before are of that one month too
        lead = _items_lead(text, sentence_start)
        if lead is None or text.find("tháng trước", *lead) < 0 or not _MONTH_ON_MONTH.search(
                text, max(text.rfind(";", *lead) + 1, lead[0]), lead[1]):
            return None
        return month_period(end.year, end.month)
    lo = max(0, sentence_start - 600)
    before = max(text.rfind("\n", lo, sentence_start - 1) + 1, text.rfind(". ", lo, sentence_start - 2) + 2, lo)
    last_clause = max(text.rfind(";", before, sentence_start) + 1, before)
    if not _MONTH_ON_MONTH.search(text, last_clause, sentence_start):
        return None
    return month_period(end.year, end.month)


# "từ hơn 23% năm 2015 lên gần 26% năm 2018": a year said right after a figure is its own (its owner too: "giảm còn 15%,
# so với 60% của năm 2023", the base's level of that year)
_YEAR_RIGHT_AFTER = re.compile(r"\s*(?:của\s+)?(?:vào\s+)?(?:cuối\s+|đầu\s+)?năm\s+(" + YEAR
                               + r")(?![\d/]|[.,]\d|\s*[-–]\s*\d)", re.IGNORECASE)


# "tăng 50% so với năm 2020", "so với cùng kỳ năm 2019": the year a figure is compared with (not after a comma:
# "IIP tăng 10,2%, so với năm 2023 tăng 21,5%" fronts the base of the change after it)
_YEAR_COMPARED_AFTER = re.compile(r"\s*so\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?năm\s+(" + YEAR + r")(?![\d/]|[.,]\d)",
                                  re.IGNORECASE)


# "tăng 2,87% so với tháng 12/2024", "so với tháng 12 năm 2024": a month of a named year compared with
_MONTH_COMPARED_AFTER = re.compile(r"\s*so\s+(?:với\s+)?(?:cùng\s+)?tháng\s+(\d{1,2})\s*(?:/|-|năm)\s*(" + YEAR
                                   + r")(?![\d/]|[.,]\d)", re.IGNORECASE)


# "...; so với tháng 12/2025 tăng 2,1%": the month compared with, fronted before the change's verb
_MONTH_COMPARED_BEFORE = re.compile(r"\bso\s+(?:với\s+)?(?:cùng\s+)?tháng\s+(\d{1,2})\s*(?:/|-|năm)\s*(" + YEAR
                                    + rf")\s*,?\s+(?:tăng|giảm|bằng)\s*(?:(?:{HEDGE_WORDS})\s+)?$", re.IGNORECASE)


# (a figure with a base of its own right after it, "giảm 3,5% so với cùng kỳ"; a rate right before a base)
_A_BASE_RIGHT_AFTER = re.compile(r"\s*so\s+(?:với\s+)?", re.IGNORECASE)
_A_RATE_RIGHT_BEFORE = re.compile(r"\d\s*%\s*$")


def another_month_compared(text: str, unit_end: int, period: tuple[dt.date, dt.date], start: int = -1) -> bool:
    """Is the month of a named year a figure is compared with, right after it ("tăng 2,87% so với tháng
    12/2024" for October 2025) or fronted before its verb ("so với tháng 12/2024 tăng 2,87%", with the figure's
    ``start``), other than the same month of the year before? That is another base (the December before, a month
    earlier this year), not the same period of last year."""
    m = _MONTH_COMPARED_AFTER.match(text, unit_end, unit_end + 40)
    if m is None and start > 0 and "so" in text[max(0, start - 48):start] \
            and not _A_BASE_RIGHT_AFTER.match(text, unit_end, unit_end + 12):
        m = _MONTH_COMPARED_BEFORE.search(text, max(0, start - 48), start)
        if m is not None and _A_RATE_RIGHT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            m = None  # ("tăng 12,5% so với tháng 5/2023, giảm 3,5% so với cùng kỳ": the base closes the rate before)
    if m is None:
        return False
    start, end = period
    one_month = (start.year, start.month) == (end.year, end.month)
    return not (one_month and int(m.group(1)) == start.month and int(m.group(2)) == start.year - 1)


# "so với quý III/2027", "so với quý 3 năm 2027": a quarter of a named year compared with (group 1 its number)
_QUARTER_BASE = r"so\s+(?:với\s+)?(?:cùng\s+)?quý\s+(IV|I{1,3}|[1-4])\s*(?:/|-|năm)\s*(" + YEAR + r")(?![\d/]|[.,]\d)"
_QUARTER_COMPARED_AFTER = re.compile(r"\s*" + _QUARTER_BASE, re.IGNORECASE)
_QUARTER_COMPARED = re.compile(r"\b" + _QUARTER_BASE, re.IGNORECASE)


def another_quarter_compared(text: str, fig_start: int, unit_end: int, period: tuple[dt.date, dt.date],
                             sentence_start: int) -> bool:
    """Is the quarter of a named year a figure of one quarter is compared with, right after it ("tăng 4,5% so với
    quý III/2027") or before it in its sentence with no other base between ("So với quý III/2027, chỉ số ... quý IV
    tăng 3,2%"), another than the same quarter of the year before? That is the quarter before (or another), not the
    same period of last year, even when the sentence names only the figure's quarter without its year."""
    start, end = period
    if start.day != 1 or start.month % 3 != 1 or (end.year, end.month) != (start.year, start.month + 2):
        return False
    m = _QUARTER_COMPARED_AFTER.match(text, unit_end, unit_end + 40) \
        if "quý" in text[unit_end:unit_end + 40].lower() else None
    if m is None and "quý" in text[sentence_start:fig_start].lower() \
            and not _A_BASE_RIGHT_AFTER.match(text, unit_end, unit_end + 12):
        named = list(_QUARTER_COMPARED.finditer(text, sentence_start, fig_start))
        m = named[-1] if named else None
        if m is not None and ("so" in text[m.end():fig_start].lower()
                              or _A_RATE_RIGHT_BEFORE.search(text, max(0, m.start() - 12), m.start())):
            m = None  # (another base said between, or the base closes the rate before it)
    if m is None:
        return False
    own = (start.year, (start.month + 2) // 3)
    base = (int(m.group(2)), quarter_number(m.group(1)))
    return base not in (own, (own[0] - 1, own[1]))


# "so với 6 tháng đầu năm 2025", "so với 6 tháng năm 2025": the first months of a named year compared with
_MONTHS_COMPARED_AFTER = re.compile(r"\s*so\s+(?:với\s+)?(\d{1,2})\s+tháng\s+(?:đầu\s+)?(?:năm\s+|/\s*)(" + YEAR
                                    + r")(?![\d/]|[.,]\d)", re.IGNORECASE)


def an_earlier_part_of_its_year_compared(text: str, unit_end: int, period: tuple[dt.date, dt.date]) -> bool:
    """Is a figure of the months of a year so far (9 months, a half) compared right after it with an earlier part of
    that year ("tăng 8,1% so với quý I/2025", "so với 6 tháng đầu năm 2025" in a report on nine months of 2025)? That
    is a change on another base, not on the same period of last year."""
    start, end = period
    if (start.month, start.day) != (1, 1) or end.year != start.year or end.month <= 3 or "so" not in text[
            unit_end:unit_end + 12].lower():
        return False
    if (m := _QUARTER_COMPARED_AFTER.match(text, unit_end, unit_end + 40)) is not None:
        return int(m.group(2)) == end.year and 3 * quarter_number(m.group(1)) < end.month
    m = _MONTHS_COMPARED_AFTER.match(text, unit_end, unit_end + 40)
    return m is not None and int(m.group(2)) == end.year and int(m.group(1)) < end.month


# "..., so với năm 2023 tăng 21,5%": the year compared with, fronted before the change's verb
_YEAR_COMPARED_BEFORE = re.compile(r"\bso\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?năm\s+(" + YEAR + r")\s*,?\s+(?:tăng|giảm|gấp|"
                                   rf"bằng)\s*(?:(?:{HEDGE_WORDS})\s+)?$", re.IGNORECASE)


def an_earlier_year_compared(text: str, unit_end: int, period: tuple[dt.date, dt.date], start: int = -1) -> bool:
    """Is the year a figure is compared with, right after it ("tăng 50% so với năm 2020", "gấp 1,5 lần năm
    2020") or fronted before its verb ("so với năm 2023 tăng 21,5%", with the figure's ``start``), two or more
    years before the end of the figure's period? That is another base, not the same period of last year."""
    m = _YEAR_COMPARED_AFTER.match(text, unit_end, unit_end + 40)
    if m is None and start > 0 and "so" in text[max(0, start - 40):start]:
        m = _YEAR_COMPARED_BEFORE.search(text, max(0, start - 40), start)
    if m is None and _AFTER_A_MULTIPLE.search(text, max(0, unit_end - 40), unit_end):
        m = _YEAR_RIGHT_AFTER.match(text, unit_end, unit_end + 24)
    return m is not None and period[1].year - int(m.group(1)) >= 2


# "giảm từ 15,2% năm 2025 xuống còn 12,1%", "tăng từ 3.200 hộ năm 2024 lên 4.100 hộ": the year right after the
# starting value of a change from one level to another is that value's own (``year_right_after``); the level the
# change arrives at, said after it, keeps its own period
_AFTER_A_STARTING_VALUE = re.compile(rf"\btừ\s+(?:mức\s+)?(?:(?:{HEDGE_WORDS})\s+)?\d[\d.,]*\s*"
                                     r"(?:%|[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s*(?:vào\s+)?(?:cuối\s+|đầu\s+)?$",
                                     re.IGNORECASE)


def the_year_of_a_starting_value(text: str, phrase_start: int) -> bool:
    """Is the year phrase at ``phrase_start`` said right after the starting value of a change ("từ 15,2% năm
    2025 ...")? It is that value's year, not the period of the figures after it."""
    lo = max(0, phrase_start - 48)
    return ("từ" in text[lo:phrase_start] or "Từ" in text[lo:phrase_start] or "TỪ" in text[lo:phrase_start]) \
        and _AFTER_A_STARTING_VALUE.search(text, lo, phrase_start) is not None


# "giảm từ 9,9% (cuối năm 2021) xuống còn 4,1% (cuối năm 2025)": a year alone in a bracket right after a figure is its
# own too; at the year's end ("cuối năm", "hết năm"), the stock counted on its last day
_YEAR_IN_A_BRACKET_RIGHT_AFTER = re.compile(r"\s*\(\s*(?:vào\s+)?((?:cuối|hết)\s+|đầu\s+)?năm\s+(" + YEAR
                                            + r")\s*\)", re.IGNORECASE)


def year_in_a_bracket_right_after(text: str, unit_end: int) -> tuple[Period, dt.date | None] | None:
    """The year alone in a bracket right after a figure and its unit ("4,12% (cuối năm 2025)"), with the year's last
    day as the as-of when the bracket says its end; None when there is none (or a multiple's base: "gấp 2 lần (năm
    2020)")."""
    if "(" not in text[unit_end:unit_end + 3]:
        return None
    m = _YEAR_IN_A_BRACKET_RIGHT_AFTER.match(text, unit_end, unit_end + 30)
    if m is None or _AFTER_A_MULTIPLE.search(text, max(0, unit_end - 40), unit_end):
        return None
    year = int(m.group(2))
    at_its_end = m.group(1) is not None and not m.group(1).lower().startswith("đ")
    return year_period(year), dt.date(year, 12, 31) if at_its_end else None


def year_right_after(text: str, unit_end: int) -> Period | None:
    """The year written right after a figure and its unit, or None. After a multiple ("gấp 1,5 lần năm
    2020") that year is the base compared with, not the figure's own."""
    m = _YEAR_RIGHT_AFTER.match(text, unit_end, unit_end + 24)
    if m is None or _AFTER_A_MULTIPLE.search(text, max(0, unit_end - 40), unit_end):
        return None
    return year_period(int(m.group(1)))


# the plan a figure is measured against, named with the year it aims at after the figure ("bằng 26,8% chỉ tiêu được
# giao đến năm 2030", "đạt 45% kế hoạch giai đoạn 2021 - 2025", "so với mục tiêu năm 2030": the term's last year)
_PLAN_AIMED_AT = re.compile(r"(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)(?:\s+[^\W\d_]+){0,4}?\s+(?:đến\s+(?:hết\s+)?"
                            r"(?:năm\s+)?|(?:giai\s+đoạn|nhiệm\s+kỳ)\s+" + YEAR + r"\s*[-–]\s*|năm\s+)(" + YEAR
                            + r")(?![\d/]|[.,]\d)", re.IGNORECASE)
_PLAN_AIMED_AT_REACH = 90  # (characters after the figure's unit, within its clause)


def plan_year_said_after(text: str, unit_end: int, sentence_end: int) -> int | None:
    """The year the plan named after a figure in its clause aims at ("hoàn thành 1.476/5.500 căn, bằng 26,8% chỉ tiêu
    được giao đến năm 2030": the 5.500 is the target to 2030; "đạt 45% kế hoạch giai đoạn 2021 - 2025": to 2025), or
    None. Whether that year is a later one than the report's, a target's own, is the caller's to weigh."""
    end = min(sentence_end, unit_end + _PLAN_AIMED_AT_REACH)
    if (semicolon := text.find(";", unit_end, end)) >= 0:
        end = semicolon  # (another clause's plan)
    m = _PLAN_AIMED_AT.search(text, unit_end, end)
    return None if m is None else int(m.group(1))


def next_year_named(phrases: list[PeriodPhrase], starts: list[int], lo: int, hi: int) -> int | None:
    """The year after the report's that a phrase between ``lo`` and ``hi`` names without its number ("Năm tới, phấn đấu
    thu ngân sách đạt ...", "Trong năm sau, ...", "Sang năm, tỉnh phấn đấu ..."): the year a target said after it in
    its sentence aims at (``starts``: the phrases' starts); the last such phrase before ``hi``, None when there is
    none. A year written out ("năm 2027") is not this one's: the caller reads it as it reads every year."""
    year = None
    for i in range(bisect_left(starts, lo), bisect_left(starts, hi)):
        phrase = phrases[i]
        if phrase.kind == "target_year" and not phrase.explicit_year and phrase.period is not None:
            year = phrase.period.end.year
    return year


# --------------------------------------------------------------------------- a period said after its figure

# Words that end a figure's noun before a period phrase after it: they compare ("so với", "gấp", "hơn", "bằng"), join
# another figure ("và", "với"), open another verb ("đạt", "tăng", "lên") or another span ("từ", "đến"); across them the
# period is another figure's, or a base's
_NOUN_BREAKS = frozenset(("so", "với", "và", "hoặc", "hay", "hơn", "gấp", "bằng", "đạt", "tăng", "giảm", "lên", "xuống",
                          "còn", "chiếm", "vượt", "từ", "đến", "tới", "là", "nhưng", "song", "khi", "sau", "trước",
                          "riêng", "cùng", "kể", "theo", "trong", "đó", "lần", "đợt"))
_NOUN_REACH = 70  # (characters of the figure's noun between its unit and the period after it)
# the words right before a period that set the figure in it ("trong 9 tháng", "trong cả năm 2026", "tính chung 9 tháng")
_SET_IN = (("trong",), ("trong", "cả"), ("trong", "suốt"), ("tính", "chung"), ("của",))
# "... trong 9 tháng, tăng 20%", "... quý III/2024 so với cùng kỳ", "... lũy kế 9 tháng.": the period closes the
# figure's clause (or a comparison or a change of the same figure follows it); ("trong 9 tháng qua": the months just
# gone, said after them)
_CLAUSE_CLOSES = re.compile(r"(?:\s+(?:vừa\s+)?qua\b)?\s*(?:[,.;:()\n]|$|(?:so|với|tăng|giảm|bằng|vượt|chiếm)\b)",
                            re.IGNORECASE)
# the kinds that date a figure said before them with no word that sets it in them (a year or a span of years only
# with one: "3.200 hộ nghèo theo chuẩn giai đoạn 2022-2025" is the standard's span)
_DATES_WITHOUT_A_WORD = PART_OF_YEAR_KINDS | {"as_of"}


def _noun_after(text: str, unit_end: int, at: int) -> tuple[str, ...] | None:
    """The words between a figure's unit and ``at`` that set the figure in what follows ("trong", "trong cả", or
    none), when the words before them only go on naming the figure ("lượt khách quốc tế", "là doanh thu ..."); else
    None."""
    gap = text[unit_end:at]
    if len(gap) > _NOUN_REACH or (gap and not gap[0].isspace()) or any(c in gap for c in ",.;:()%\n"):
        return None
    words = tuple(gap.lower().split())
    if words[:1] == ("là",):
        words = words[1:]  # ("2.100 tỷ đồng là doanh thu ...": what the figure is)
    set_in: tuple[str, ...] = ()
    for glue in _SET_IN:
        if len(glue) > len(set_in) and words[len(words) - len(glue):] == glue:
            set_in = glue
    if any(word in _NOUN_BREAKS for word in words[:len(words) - len(set_in)]):
        return None
    return set_in


def period_closing_a_figure(text: str, unit_end: int, phrases: list[PeriodPhrase], starts: list[int],
                            until: dt.date | None) -> PeriodPhrase | None:
    """The period phrase said after a figure that dates it ("Cấp 1.250 giấy chứng nhận trong quý III", "giải ngân
    3.820 tỷ đồng tính đến ngày 30/9/2024", "2.100 tỷ đồng là doanh thu du lịch lữ hành 11 tháng"): the next phrase
    of the text, only the figure's noun between them, closing the figure's clause; a year or a span of years only
    after "trong". ``until`` (the end of the report's period) bounds the months so far it may count. None when no
    such phrase follows."""
    j = bisect_left(starts, unit_end)
    if j == len(phrases) or phrases[j].start - unit_end > _NOUN_REACH:
        return None
    phrase = phrases[j]
    opened = text.rfind("(", unit_end, phrase.start)
    if opened >= 0 and _BRACKET_OPENS.fullmatch(text, opened, phrase.start) and _noun_after(text, unit_end, opened) \
            is not None and _BRACKET_CLOSES_NOW.match(text, phrase.end):
        # "đạt 18.500 tỷ đồng (quý I/2025)", "có 12 làng nghề được công nhận (giai đoạn 2021-2025)": a bracket holding
        # only a period, right after the figure and its noun, is the figure's own (not "(quý I/2025 tăng 3%)", a
        # figure of its own in the bracket)
        dated = phrase.period is not None or phrase.as_of is not None
        return phrase if dated and not _months_past(phrase, until, "", text) else None
    if not _dates_the_figure(text, unit_end, phrase) or _months_past(phrase, until, text[unit_end:phrase.start], text):
        return None
    if _A_SHARE_OF_A_BASE_BEFORE.search(text, max(0, unit_end - 24), unit_end) \
            and _THE_MOMENT_COUNTED.match(phrase.text):
        return None  # ("bằng 30% tổng dư nợ tại thời điểm 31/12": the day the base was counted on, not the share's)
    return phrase


# "bằng 30%": a share set against the base named after it (the figure's noun is that base)
_A_SHARE_OF_A_BASE_BEFORE = re.compile(r"(?<!\w)bằng\s+[\d.,]+\s*%$", re.IGNORECASE)
# "(tại) thời điểm 31/12/2025": the moment a stock is counted at
_THE_MOMENT_COUNTED = re.compile(r"(?:tại\s+)?thời\s+điểm\b", re.IGNORECASE)


_BRACKET_CLOSES_NOW = re.compile(r"\s*\)")


def _months_past(phrase: PeriodPhrase, until: dt.date | None, gap: str, text: str) -> bool:
    """Are the months so far a phrase counts, its year unsaid, more than the report has had ("vay 50 triệu đồng mỗi hộ
    trong 12 tháng" in a report of September: how long the loan runs)? (Not right after the figure's "trong": a
    rate's months, however many.) Or are they the months just gone, fewer than the report's ("cấp 45 giấy phép trong 3
    tháng qua" in a report of September: July to September, no months from January)?"""
    if phrase.kind not in ("cumulative", "half") or phrase.explicit_year or until is None or phrase.period is None \
            or phrase.period.start.month != 1:
        return False
    if phrase.period.end != until and _JUST_GONE.match(text, phrase.end):
        return True
    return phrase.kind == "cumulative" and phrase.period.end > until and gap.split() != ["trong"]


_JUST_GONE = re.compile(r"\s+(?:vừa\s+)?qua\b", re.IGNORECASE)


def _dates_the_figure(text: str, unit_end: int, phrase: PeriodPhrase) -> bool:
    """Does ``phrase``, the first after a figure's unit, date that figure (``period_closing_a_figure``)?"""
    set_in = _noun_after(text, unit_end, phrase.start)
    if set_in is None or (phrase.period is None and phrase.as_of is None):
        return False
    if phrase.kind in PART_OF_YEAR_KINDS and text[unit_end:phrase.start].split() == ["trong"]:
        return True  # ("tăng 14,8% trong quý II": right after the rate, whatever follows)
    if phrase.kind not in _DATES_WITHOUT_A_WORD and not (
            set_in[:1] == ("trong",) and phrase.kind in ("year", "whole_year", "range")):
        return False
    return _CLAUSE_CLOSES.match(text, phrase.end) is not None
