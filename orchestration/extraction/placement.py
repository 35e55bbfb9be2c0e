"""When a document is about: its period, and where that was read.

Signals, strongest first:

1. ``title``: the first period phrase of a report's heading (``BÁO CÁO ... 6 tháng đầu năm 2024``);
2. ``event_dates``: a bulletin or news item about one event dates it (``Từ ngày 11-14/8 ... mưa
   lớn``, ``từ đêm 26 đến sáng 27/7 ... lũ quét``, one day: ``Chiều 28/3, mưa đá ...``) — taken
   only when the dated sentence names a hazard and a year is known (a day after the page's own
   date is a forecast);
3. ``body``: the first period phrase of the opening (``6 tháng đầu năm, GRDP ...``; an as-of at a
   month's end, ``đến hết ngày 31/3``, is the year so far), its year
   from the reference year when the phrase has none;
4. ``date_line``: the dateline of a news page (``date 2024-09``, ``Thứ hai, 18/01/2021 09:25``,
   ``(cập nhật 12/9/2024)``, ``Ngày 30/12/2023, ...``) → that month;
5. the report's place-and-date line year, or the year the text itself implies.

The *reference year* is the year a phrase without one (``quý I``, ``6 tháng đầu năm``) belongs
to: the dateline's, the report date line's, the year after ``cùng kỳ năm 2024`` (a comparison
with last year), then the most frequent year of the text. Without any, the period stays unknown
(NULL): it is never invented.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from orchestration.extraction.dates import (
    DATELINE,
    DIGITS_GROUP,
    DOTTED,
    FOLDED,
    LINE_FILL,
    NUMERIC_DATE,
    YEAR,
    YEAR_GROUP,
    day_month,
    report_date,
    slash_date,
    time_of_day,
    year_first,
)
from orchestration.extraction.normalise import FoldedText, fold
from orchestration.extraction.numbers import NUMBER_WORDS
from orchestration.extraction.periods import (
    CROP_SEASON_WORDS,
    WEATHER_SEASON_MONTHS,
    Period,
    PeriodPhrase,
    crop_year_period,
    cumulative_period,
    find_period_phrases,
    month_end,
    month_period,
    quarter_period,
    range_period,
    school_year_period,
    with_the_documents_time,
    year_period,
)
from orchestration.extraction.places import find_provinces, find_units
from orchestration.extraction.scanning import lowered_literal_scan
from orchestration.extraction.vocabulary import keyed_word_lists, phrase_source, read_table, word_list, word_source

# ---------------------------------------------------------------------------- datelines


# A crawler's marker at the very top of a page: "date 2024-09" / "date 2024-09-12".
DATE_MARKER = re.compile(r"^\W*date\s*[:=]?\s*" + year_first(YEAR_GROUP, DIGITS_GROUP, DIGITS_GROUP) + r"\b")
# The opening words of a news item: "Sáng 22/11, ...", "Ngày 30.12, ...", "Chiều 5-9 ...".
_DATELINE_DAY = re.compile(r"^\W*(?:ngay|sang|chieu|trua|toi|dem|rang\s+sang)\s+"
                           + day_month(DIGITS_GROUP, DIGITS_GROUP, sep=r"\s*([/.\-])\s*")
                           + r"(?:\s*\2\s*" + YEAR_GROUP + r")?(?![\d/])")
# ... or written in words: "Ngày 05 tháng 11 năm 2025, UBND tỉnh ...", after its weekday maybe: "Thứ Sáu, ngày 12
# tháng 12 năm 2025", "Chủ nhật ngày 7 tháng 12 năm 2025"
_DATELINE_DAY_IN_WORDS = re.compile(r"^\W*(?:(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)\s*[,\-–]?\s*)?"
                                    r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+" + YEAR_GROUP + r")?\b")
HEADER_LINES = 6  # a page's dateline sits in its first lines, above the body
# "Hôm nay, Thứ bảy ngày 15/08/2020": a portal's today-widget, the day the page was read, not written
_TODAY = re.compile(r"^\W*hom\s+nay\b")


@dataclass(frozen=True)
class Dateline:
    year: int | None
    month: int
    day: int | None


# "so với 31/12/2021 tăng ...", "thực hiện đến 30/9/2022 là ...": the base or the as-of day of a figure on a
# short body line, not the day the page was written
# ("Tính đến thời điểm 25/12/2027, ...", "đến hết ngày 20/12": the day a stock is counted to opens the lead)
_DATE_OF_A_FIGURE = re.compile(r"\b(?:so\s+voi|den|tu)\s+(?:het\s+)?(?:ngay\s+|thoi\s+diem\s+)?$")
# "Từ khi vận hành chính quyền hai cấp (1/7/2025), phường ...": a day in brackets after the words of a line is the
# day of the event they name, not the page's (a header's bracket opens its line: "(cập nhật 12/9/2024)"; "Sáng nay
# (5/12/2026), ..." names the page's day) (folded)
_BRACKETED_EVENT_DAY = re.compile(r"(?<!\bnay)(?<!\bqua)(?<=\w)[^\S\n]*\(\s*(?:ngay\s+)?$")
# "Sáng mùng 4 Tết Đinh Mùi (ngày 9/2/2027), ...", "Ngày mồng 2 tháng Giêng (tức 30/1/2026)": the lead's opening day
# said by the lunar calendar, its solar day in the bracket after it (folded)
_LUNAR_DAY_OPENING = re.compile(r"\W*(?:(?:ngay|sang|chieu|trua|toi|dem)\s+)?(?:mung|mong)\s+\d{1,2}\s+"
                                r"(?:tet|thang\s+[a-z]+)[^()\n.,;]{0,30}\(\s*(?:tuc\s+)?(?:ngay\s+)?")


# "UBND tỉnh A vừa tổ chức hội nghị ... vào ngày 22/9/2025": the day of what the lead's first sentence says was just
# done, however far into it, is the page's (folded; the sentence not ended before it, a thousands dot ends it too)
_JUST_DONE_ON = re.compile(r"^[^.;!?\n]{0,200}?\bvua\b[^.;!?\n]{0,150}?\b(?:vao\s+|trong\s+)?ngay\s+$")


# "Căn cứ Nghị định số 73/2003/NĐ-CP ngày 23/6/2003 ...", "Xét Tờ trình số 40/TTr-UBND ngày 18/7/2019":
# the legal basis of a resolution cites the days of other documents, not the day of the page (folded)
_LEGAL_BASIS = re.compile(r"^\W*(?:can\s+cu|xet|sau\s+khi\s+xem\s+xet)\b")


# a table's row: three cells or more parted by bars or tabs
_A_TABLES_ROW = re.compile(r"^[^|\t\n]*(?:[|\t][^|\t\n]*){3,}$")
# a line that ends a sentence of several words (folded): the body's, not the page's header
_A_SENTENCE = re.compile(r"(?:\w+\W+){8}[^\n]*\w[.!?]\s*$")


def find_dateline(text: str) -> Dateline | None:
    """The date a news page carries at its top (the earliest of its header dates: a crawl time
    printed above the article's own date is later than it)."""
    folded = FoldedText.of(text[:1500]).folded
    lines = [ln for ln in folded.split("\n") if ln.strip() and not _TODAY.match(ln)][:HEADER_LINES]
    for ln in lines:
        if (m := DATE_MARKER.match(ln)) and 1 <= int(m.group(2)) <= 12:
            return Dateline(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
    dated: list[dt.date] = []
    columns_days: list[dt.date] = []
    # (a sentence line seen after a dated header: the lines after it are the body's, a history's days among them; a
    # page with no header date may still be dated by a paragraph's first words after its summary)
    past_the_lead = False
    for ln in lines:
        if _LEGAL_BASIS.match(ln):
            continue
        sentence = _A_SENTENCE.search(ln) is not None
        if _A_TABLES_ROW.match(ln):
            # ("| Chỉ tiêu | Đơn vị | 31/12/2024 | 30/11/2025 |": a table's columns are the days its figures stand at,
            # the earlier ones bases; the latest of them is the one the report is of, when no header line dates it)
            columns_days.extend(
                day
                for m in NUMERIC_DATE.finditer(ln)
                if (day := report_date(int(m.group(4)), int(m.group(3)), int(m.group(1))))
            )
            continue
        # a full date on a header line: "Thứ hai, 18/01/2021 09:25 (GMT+7)", "(cập nhật 12/9/2024)"
        for m in NUMERIC_DATE.finditer(ln):
            day = report_date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
            # (not further into a sentence of the lead: "... kể từ trận động đất ngày 28/7/2024 tại huyện A."; nor
            # the first words of a paragraph after the lead: "Công trình được khởi công ngày 20/3/2023, ...")
            if day and ((len(ln) < 120 and not sentence)
                        or (not past_the_lead and (m.start() < 40
                                                   or ("vua" in ln and _JUST_DONE_ON.match(ln[: m.start()]))))) \
                    and not _DATE_OF_A_FIGURE.search(ln, 0, m.start()) \
                    and not ("(" in ln and _BRACKETED_EVENT_DAY.search(ln, 0, m.start())
                             and not _LUNAR_DAY_OPENING.fullmatch(ln, 0, m.start())):
                dated.append(day)  # a header line, or a body's first words
        past_the_lead = past_the_lead or (sentence and bool(dated))
    if dated or columns_days:
        first = min(dated) if dated else max(columns_days)
        return Dateline(first.year, first.month, first.day)
    for ln in lines:
        if m := _DATELINE_DAY.match(ln):
            day, month, year = int(m.group(1)), int(m.group(3)), m.group(4)
        elif m := _DATELINE_DAY_IN_WORDS.match(ln):
            day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        else:
            continue
        if 1 <= month <= 12 and 1 <= day <= 31:
            return Dateline(int(year) if year else None, month, day)
    # (no date written but in the page's address: "baobacninh.vn/kinh-te/2025/12/thu-ngan-sach-...")
    for ln in lines:
        if "/" in ln and (m := _DATED_ADDRESS.match(ln)) and 1 <= int(m.group(2)) <= 12:
            day = int(m.group(3)) if m.group(3) and report_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) \
                else None
            return Dateline(int(m.group(1)), int(m.group(2)), day)
    return None


# a page's address on a line of its own with its year and month as folders: "baoxyz.vn/kinh-te/2025/12/05/tieu-de"
_DATED_ADDRESS = re.compile(r"^\W*(?:https?://)?(?:www\.)?(?:[\w-]+\.)+[a-z]{2,6}/(?:[\w.-]+/)*?((?:19|20)\d\d)/(\d{1,2})"
                            r"(?:/(\d{1,2}))?/\S*\s*$")


# The day a news lead opens with, no year, after the paper's tag maybe: "Sáng 28/12, ...", "(Baoquangninh.vn) -
# Chiều 30/9, ..." (folded)
_LEAD_DAY = re.compile(r"^\W*(?:[\w.]{2,30}\)\s*[-–—]\s*)?(?:ngay|sang|chieu|trua|toi|dem|rang\s+sang)\s+"
                       + day_month(DIGITS_GROUP, DIGITS_GROUP, sep=r"\s*([/.\-])\s*") + r"(?!\s*[/.\-]?\s*\d)")
PUBLISHED_WITHIN = 2  # months: a page is dated (collected) soon after the day its lead reports


# "Trong dịp Tết Nguyên đán, ...", "Kỳ nghỉ Tết vừa qua, ...", "Xã A đón Tết an toàn": a news item's headline or lead
# reporting on Tết without saying its days (folded; days it names are read as periods before this). The days of Tết
# move with the moon: the figures are the holiday's, of no month (a page's month is no period of them)
_A_HOLIDAY = re.compile(r"\b(?:dip|ky\s+nghi|trong|xuyen|an|don|vui)\s+(?:le\s+)?tet\b")
HOLIDAY_LEAD_CHARS = 300  # (a headline and the lead's first sentence)


def _of_a_holidays_untold_days(folded_opening: str) -> bool:
    """Does a news item's headline or lead report on Tết without its days ("Xã A vui Tết an toàn" / "Trong dịp Tết,
    xã tặng 320 suất quà ...")? Its figures cover the holiday's days, unsaid: no period of the page's month."""
    head = folded_opening[:HOLIDAY_LEAD_CHARS]
    return "tet" in head and _A_HOLIDAY.search(head) is not None


def _lead_days_month(folded: str, dateline: Dateline) -> Period | None:
    """The month of the day a news lead opens with ("Sáng 28/12, ...") when it is a month or two before the
    page's dated month (a collector's "date 2025-01"): the news reports that day, of the page's year or, for
    a December lead on a January page, the year before. None when the lead opens with no day or its month
    is the page's (the page's month then stands)."""
    lines = [ln for ln in folded[:1500].split("\n") if ln.strip() and not _TODAY.match(ln)][:HEADER_LINES]
    for ln in lines:
        if (m := _LEAD_DAY.match(ln)) is None:
            continue
        day, month = int(m.group(1)), int(m.group(3))
        if not (1 <= month <= 12 and 1 <= day <= 31) or dateline.year is None:
            return None
        if 1 <= (dateline.month - month) % 12 <= PUBLISHED_WITHIN:
            return month_period(dateline.year if month < dateline.month else dateline.year - 1, month)
        return None
    return None


# ---------------------------------------------------------------------------- reference year

# One grammar of the place-and-date line near the top ("ngày 05 tháng 4 năm 2026"): its year always written; its
# day and month written, or left blank in a draft ("ngày … tháng … năm 2026") — a reader that needs a part asks for
# it written (a captured number), else that part may be blank. Groups in order: day, month (when asked), year.
_WRITTEN_PART = r"\s*(\d{1,2})\s*"


def _date_line_grammar(day: bool = False, month: bool = False) -> re.Pattern[str]:
    """The date line, its ``day`` and ``month`` written when asked (folded text)."""
    return re.compile(FOLDED.day + (_WRITTEN_PART if day else LINE_FILL) + FOLDED.month
                      + (_WRITTEN_PART if month else LINE_FILL) + FOLDED.year + r"\s*" + YEAR_GROUP)


def _date_line(grammar: re.Pattern[str], text: str) -> tuple[int, ...] | None:
    """The numbers of the first date line of ``grammar`` near the top (day, month, year as asked), or None."""
    m = grammar.search(FoldedText.of(text[:4000]).folded)
    return tuple(map(int, m.groups())) if m else None


_REPORT_DATE_LINE = _date_line_grammar()
# "so với cùng kỳ năm 2024", "tăng 7,8% so với năm 2022", "tăng 3% so với cuối năm 2021" (a stock against
# the end of a year): the text speaks of the year after.
# (a dash after the year on the same line makes a range "2021 - 2025"; a bullet on the next line does not)
# (or the same part of it: "so với cùng kỳ 11 tháng đầu năm 2024", "cùng kỳ quý I/2024")
# (or the year's last day: "tăng 4,1% so với 31/12/2024", "so với thời điểm ngày 31/12/2024", the base of stocks)
_LAST_YEAR = re.compile(
    r"(?:cung\s+ky|so\s+voi)\s+(?:cua\s+)?(?:(?:\d{1,2}\s+thang(?:\s+dau)?|quy\s+[ivx\d]+)\s*"
    r"(?:/\s*|nam\s+)(?=\d{4}))?"
    r"(?:(?:thoi\s+diem\s+)?(?:ngay\s+)?31\s*/\s*12\s*/\s*|(?:cuoi\s+)?(?:nam\s+)?)" + YEAR_GROUP + r"(?![ \t]*-)"
)
# "gấp 35 lần năm 1991": a multiple of a base year's figure (folded)
_TIMES_A_YEAR = re.compile(r"\bgap\s+(?:gan\s+|hon\s+)?[\d.,]+\s+lan\s+(?:so\s+voi\s+)?nam\s+" + YEAR_GROUP + r"\b")
# "so với kế hoạch đề ra đầu năm 2022", "so với kế hoạch năm 2024": the year of the plan compared with (folded)
_PLAN_OF_THE_YEAR = re.compile(r"so\s+(?:voi\s+)?ke\s+hoach\s+(?:(?:da\s+)?de\s+ra\s+)?(?:(?:tu\s+)?dau\s+)?nam\s+"
                               + YEAR_GROUP)
# "(mức tăng 9 tháng năm 2023 chỉ là 5,64%)", "(9 tháng năm 2023 tăng 5,99%)": a bracket after a
# figure gives the same part of the year before, so the text speaks of the year after (folded text)
_BRACKET_OPEN = re.compile(r"\(\s*(?:muc\s+tang\s+|cung\s+ky\s+)?$")
_BRACKET_FIGURE = re.compile(r"\s+(?:chi\s+)?(?:tang|giam|la|dat)\b")
_BRACKETED_LAST_YEAR = re.compile(
    r"\(\s*(?:muc\s+tang\s+|cung\s+ky\s+)?(?:\d{1,2}\s+thang(?:\s+dau)?|quy\s+[ivx\d]+|thang\s+\d{1,2})\s+"
    r"(?:nam\s+)?" + YEAR_GROUP + r"\s+(?:chi\s+)?(?:tang|giam|la|dat)\b"
)


def _a_bracketed_base(folded: str, start: int, end: int) -> bool:
    """Is the period phrase at ``start:end`` the last-year base of a bracket after a figure?"""
    return bool(_BRACKET_OPEN.search(folded[max(0, start - 16) : start]) and _BRACKET_FIGURE.match(folded, end))


# (the month written: "ngày 05 tháng 01 năm 2026"; a draft's blank month has none)
_REPORT_DATE_LINE_MONTH = _date_line_grammar(month=True)


def _date_line_month(text: str) -> tuple[int, int] | None:
    """(year, month) of the place-and-date line near the top, when its month is written."""
    return (found[1], found[0]) if (found := _date_line(_REPORT_DATE_LINE_MONTH, text)) else None


# (the day written too: "ngày 05 tháng 4 năm 2026")
_REPORT_DATE_LINE_DAY = _date_line_grammar(day=True, month=True)


def _date_line_day(text: str) -> dt.date | None:
    """The day of the place-and-date line near the top, when its day and month are written (a draft leaves them
    blank)."""
    return report_date(found[2], found[1], found[0]) if (found := _date_line(_REPORT_DATE_LINE_DAY, text)) else None


# a report on a month (or quarter) is written in its last days or the first of the next: this many days back from its
# date fall within the part it reports on ("ngày 5 tháng 4" → March; "ngày 22 tháng 4" → April)
WRITTEN_AFTER_ITS_PART_DAYS = 10
# a title naming the year or a quarter, however loosely ("Tổng kết công tác năm", "Báo cáo quý") is no month's
_A_TITLES_WIDER_WORD = re.compile(r"\b(?:nam|qu[yi]|thang)\b")


def _the_part_it_speaks_of(title: str, phrases: list[PeriodPhrase], folded: str, text: str) -> Period | None:
    """The month (or quarter) a report whose title names no period speaks of as its own ("Trong tháng, …", "Tháng
    qua, …", "Trong quý, …" with no month named): the one holding the day ``WRITTEN_AFTER_ITS_PART_DAYS`` before its
    date line ("ngày 5 tháng 4 năm 2026" → March 2026), not the date line's year; None otherwise."""
    own = next((p for p in phrases if p.kind in ("this_month", "this_part_lead", "this_quarter")), None)
    if own is None or _A_TITLES_WIDER_WORD.search(fold(title)):
        return None
    return _the_part_dated(text, own.kind == "this_quarter" or folded.startswith("qu", own.start))


def _the_part_dated(text: str, quarter: bool) -> Period | None:
    """The month (or ``quarter``) holding the day ``WRITTEN_AFTER_ITS_PART_DAYS`` before the date line, if any."""
    if (issued := _date_line_day(text)) is None:
        return None
    day = issued - dt.timedelta(days=WRITTEN_AFTER_ITS_PART_DAYS)
    return quarter_period(day.year, (day.month - 1) // 3 + 1) if quarter else month_period(day.year, day.month)


# "Tình hình thực hiện nhiệm vụ quý", "Báo cáo công tác tháng và phương hướng tháng tới": a title naming its part of
# the year by the bare word, ending the title or a part of it (lowered, marked: "quy hoạch", "quỹ" are no quarter;
# not "6 tháng", "quý I", "tháng tới")
_A_TITLES_BARE_PART = re.compile(r"(?<!\d )(?<!\d)\b(tháng|quý)(?=[ \t]*(?:$|\n|[,;.:)]|và\b))")


def _the_part_its_title_names(title: str, text: str) -> Period | None:
    """The month or quarter a title names by its bare word ("... nhiệm vụ quý" dated 8/10/2026 → the third quarter),
    by its date line as ``_the_part_it_speaks_of`` reads it; None for a title naming a year or none of them."""
    lowered = title.lower()
    if ("tháng" not in lowered and "quý" not in lowered) or re.search(r"\bnăm\b", lowered):
        return None
    m = _A_TITLES_BARE_PART.search(lowered)
    return _the_part_dated(text, m.group(1) == "quý") if m is not None else None


def _dated_before(chosen: PeriodPhrase, text: str) -> PeriodPhrase:
    """A title's months written without their year ("Kết quả thực hiện nhiệm vụ tháng 12") over a date line of a
    month before they end ("ngày 05 tháng 01 năm 2026"): the report is written after its months, of the year before."""
    dated = _date_line_month(text) if not chosen.explicit_year and chosen.period is not None else None
    if dated is None or (chosen.period.end.year, chosen.period.end.month) <= dated:
        return chosen
    start, end = chosen.period.start, chosen.period.end
    label = chosen.period.label.replace(str(end.year), str(end.year - 1))  # (the year it was read with)
    before = Period(start.replace(year=start.year - 1), month_end(end.year - 1, end.month), label)
    return replace(chosen, period=before)


def date_line_year(text: str) -> int | None:
    """Year of the place-and-date line (``Bắc Kạn, ngày … tháng 6 năm 2024``) near the top."""
    return found[0] if (found := _date_line(_REPORT_DATE_LINE, text)) else None


def reference_year(text: str, dateline: Dateline | None = None) -> int | None:
    """The year a phrase without one belongs to (see the module doc), or None."""
    if dateline is not None and dateline.year:
        return dateline.year
    if y := date_line_year(text):
        return y
    folded = FoldedText.of(text[:20000]).folded
    compared = Counter(_year_compared_with(m, folded) for m in _LAST_YEAR.finditer(folded))
    compared.update(_year_compared_with(m, folded) for m in _TIMES_A_YEAR.finditer(folded))
    compared.update(int(m.group(1)) + 1 for m in _BRACKETED_LAST_YEAR.finditer(folded))
    if compared:
        guess = max(compared, key=lambda y: (compared[y], y))
        return _the_one_later_year_of_its_own(text, guess) or _the_leads_later_year(text, guess) or guess
    if (y := _body_year(text)) is not None:
        # (over the years the body names most, only a lead counting to a day: a year it opens on may be one of them)
        return _the_leads_later_year(text, y, counted_to_a_day=True) or y
    # "... tăng 11%, vượt so với kế hoạch đề ra đầu năm 2022": the plan a figure is held against is the
    # plan of the year it speaks of
    planned = _PLAN_OF_THE_YEAR.search(folded) if "ke hoach" in folded else None
    if planned:
        return int(planned.group(1))
    return _a_bare_year(folded) or _year_of_a_lunar_new_year(text[:20000])


# "dự toán năm 2024", "kế hoạch năm 2027": the estimate or the plan of a year, not the time a text reports on (folded)
_AN_ESTIMATE_OR_PLAN_BEFORE = re.compile(r"\b(?:du\s+toan|ke\s+hoach)\b[^.;:!?\n\d]{0,60}$")


def _the_one_later_year_of_its_own(text: str, guess: int) -> int | None:
    """The one year a headline names as the text's own time ("Quảng Nam đón 8 triệu lượt khách năm 2025"), when it is
    later than the year the text's comparisons' bases suggest (``guess``: the year after a base, "tăng 2,6 lần so với
    năm 2023" read as of 2024): a base set further back is a multiple's or a trend's, the year the headline writes out
    is the text's. None when it names none or several, or a year aimed at ("năm 2027 phấn đấu ...") or an estimate's
    or a plan's ("Dự toán ngân sách năm 2027 ..."): not the time reported on."""
    start, end = _first_line(text)
    headline = text[start:end]
    folded = fold(headline)
    years = {
        p.period.end.year
        for p in find_period_phrases(headline)
        if p.kind in ("year", "target_year")
        and p.explicit_year
        and p.period is not None
        and not _said_of_the_future(headline, p.start, p.end)
        and _AN_ESTIMATE_OR_PLAN_BEFORE.search(folded, 0, p.start) is None
    }
    return years.pop() if len(years) == 1 and min(years) > guess else None


def _the_leads_later_year(text: str, guess: int, counted_to_a_day: bool = False) -> int | None:
    """The year of the period a news item's lead opens on ("Năm 2025, tỉnh ...", "Từ đầu năm đến ngày 15/10/2025,
    ..."; only a day counted to when ``counted_to_a_day``), the year written, when it is later than the year the
    text's bases or its other years suggest (``guess``: "so với năm 2020" read as of 2021, "Năm 2024, tỉnh xếp thứ 2
    về Chỉ số DTI" said last): a lead opens on the time it reports on, an earlier year named later is a base or a
    backdrop. None otherwise, and for a year aimed at."""
    start = _headline_with_numbers_end(text[: HEADLINE_CHARS + 2])  # (0 for a text opening on its lead)
    while start < len(text) and text[start].isspace():
        start += 1
    lead = text[start : start + LEADS_OPENING_CHARS + 60]
    first = next((p for p in find_period_phrases(lead) if p.kind != "comparison"), None)
    if (
        first is None
        or first.period is None
        or not first.explicit_year
        or first.kind == "target_year"
        or (counted_to_a_day and first.kind != "as_of")
        or first.start > LEADS_OPENING_CHARS
        or any(c in ".!?\n" for c in lead[: first.start])
        or _said_of_the_future(lead, first.start, first.end)
    ):
        return None
    return first.period.end.year if first.period.end.year > guess else None


# The name of a lunar year (a heavenly stem and an earthly branch) after the new year it opens with ("Tết Bính Ngọ",
# "Tết Nguyên đán Quý Mão", "Xuân Đinh Mùi"): the stem and branch come round together every 60 years, each at its own
# place in its cycle (data/words/lunar_year_names.csv)
_LUNAR_PARTS = {row["words"]: (row["part"], int(row["place"])) for row in read_table("words/lunar_year_names.csv")}
_LUNAR_NEW_YEAR = re.compile(
    r"(?<![^\W\d_])(?:Tết(?:\s+Nguyên\s+đán)?|Xuân)\s+"
    rf"(?P<stem>{'|'.join(w for w, (part, _) in _LUNAR_PARTS.items() if part == 'stem')})\s+"
    rf"(?P<branch>{'|'.join(w for w, (part, _) in _LUNAR_PARTS.items() if part == 'branch')})(?![^\W\d_])",
    re.IGNORECASE)
LUNAR_CYCLE_YEARS = 60
_STEMS, _BRANCHES = 10, 12
_CYCLE_START = 4  # (the year 4 was a Giáp Tý: the first stem and the first branch)


def _year_of_a_lunar_new_year(nfc: str, near: int | None = None) -> int | None:
    """The solar year whose Tết (late January or February) opens the lunar year a text names, when it names no year
    otherwise ("Từ 28 tháng Chạp đến mùng 5 Tết Bính Ngọ, tỉnh X đón ...": 2026): of the years the name comes round
    in, the one nearest ``near`` (this year by default: reports are read soon after they are written); None for no
    name, or a stem and a branch that never meet."""
    found = _LUNAR_NEW_YEAR.search(nfc)
    if found is None:
        return None
    stem = _LUNAR_PARTS[found["stem"].capitalize()][1]
    branch = _LUNAR_PARTS[found["branch"].capitalize()][1]
    first = next((y for y in range(_CYCLE_START, _CYCLE_START + LUNAR_CYCLE_YEARS)
                  if (y - _CYCLE_START) % _STEMS == stem and (y - _CYCLE_START) % _BRANCHES == branch), None)
    if first is None:
        return None
    near = near or dt.date.today().year
    return first + round((near - first) / LUNAR_CYCLE_YEARS) * LUNAR_CYCLE_YEARS


# a year of the reports' era written bare, with no "năm" before it and in no date ("Bình Dương 2024: Những con số nổi
# bật", "KINH TẾ A 2025", "A - 2024 NHÌN LẠI"; folded): the year a headline naming no other is about (a season's year,
# "vụ Hè Thu 2025", "năm học 2025-2026", is read with its season)
_BARE_YEAR = re.compile(r"(?<![\d/.,\-–])(?<!\d[\-–] )(?<!\d [\-–] )(?<!\bnam )(?<!\bhoc )(?<!\bvu )"
                        r"(?<!\bxuan )(?<!\bdong )(?<!\bthu )(?<!\bmua )\b(20[0-3]\d)\b"
                        r"(?![/.,]\d|\s*(?:ty|trieu|nghin|ha|tan)\b|\s*%)")
# a year a province or a party body was set up (again): a base an anniversary counts from, no time reported on (folded)
_FOUNDED_BEFORE = re.compile(r"\b(?:tai|thanh)\s+lap\s+(?:lai\s+)?(?:tinh|huyen|thi\s+xa|thanh\s+pho|dang\s+bo)\b"
                             r"[^.;:!?\n\d]{0,40}$")
FOUNDED_REACH = 80  # characters before the year: the founding and the unit founded
# a year beside another on its line with nothing but blanks between: a table's row of years heading its columns, not
# the time the text reports on
_A_ROW_OF_YEARS = re.compile(r"[ \t]+(?:19|20)\d\d\b")
_A_ROW_OF_YEARS_BEFORE = re.compile(r"\b(?:19|20)\d\d[ \t]+$")
ROW_OF_YEARS_REACH = 12
HEADLINE_YEAR_CHARS = 200  # (the headline's line, where a bare year names what the text is about)


def _a_bare_year(folded: str) -> int | None:
    """The bare year of a text's headline (its first line), when no other year is named, or None."""
    head = folded.lstrip()[:HEADLINE_YEAR_CHARS].split("\n", 1)[0]
    bare = next((m for m in _BARE_YEAR.finditer(head)
                 if not _A_ROW_OF_YEARS.match(head, m.end(), m.end() + ROW_OF_YEARS_REACH)
                 and not _A_ROW_OF_YEARS_BEFORE.search(head, max(0, m.start() - ROW_OF_YEARS_REACH), m.start())),
                None)
    return int(bare.group(1)) if bare else None


# "năm 2025" in the sentence of a base: the later year the base is compared with (folded)
_NAMED_YEAR = re.compile(r"\bnam\s+" + YEAR_GROUP + r"\b")
# the end of a sentence or of a clause after ";" (the dot of "9.000 tỷ đồng" ends none)
_CLAUSE_STOP = re.compile(r"[.!?](?!\S)|[;\n]")


def _year_compared_with(base: re.Match[str], folded: str) -> int:
    """The year a comparison's base year is set against: a later year its clause names ("So với năm 1991, GRDP năm 2025
    tăng gần 60 lần" speaks of 2025), else the year after the base ("tăng 8% so với năm 2024" of 2025)."""
    year = int(base.group(1))
    start = max((m.end() for m in _CLAUSE_STOP.finditer(folded, max(0, base.start() - 300), base.start())),
                default=max(0, base.start() - 300))
    stop = _CLAUSE_STOP.search(folded, base.end())
    end = stop.start() if stop is not None else min(len(folded), base.end() + 300)
    later = [int(m.group(1)) for m in _NAMED_YEAR.finditer(folded, start, end) if int(m.group(1)) > year]
    return max(later, default=year + 1)


# "Tỷ lệ hộ nghèo từ trên 60% năm 1991 đến nay chỉ còn 25,6%", "từ 230.000 người năm 1991 tăng lên ...": the year of
# the figure a change starts from, a base, not the time the text reports on (folded)
_FROM_A_FIGURE = re.compile(r"\btu\s+(?:tren\s+|duoi\s+|gan\s+|hon\s+|khoang\s+)?\d[\d.,]*\s*"
                            r"(?:%|[^\W\d]+(?:\s+[^\W\d]+){0,2})?\s*$")


def _body_year(nfc: str) -> int | None:
    """The most frequent ``năm YYYY`` in the text (a fallback reference year); not the year of a
    work's ceremony, of a start long past or of a work's event still to come ("khởi công tháng 1/2009",
    "vận hành từ tháng 10/2012", "nhà máy sẽ hoàn thành năm 2020")."""
    counts: dict[int, int] = {}
    head = nfc[:20000]
    folded = FoldedText.of(head).folded
    for p in find_period_phrases(head):
        if p.kind in ("year", "target_year", "half", "quarter", "month", "cumulative") and p.period:
            before = folded[max(0, p.start - 40):p.start]
            # (nor the year a victim was born: "chị A, sinh năm 1982, ở bản B"; nor a past flood a new one is
            # set against: "Lũ năm 2027 vượt đỉnh lũ năm 2008" is of 2027)
            if (_WORK_EVENT_BEFORE.search(before) or _SINCE.search(before) or _BORN.search(before)
                    or _PAST_DISASTER.search(before) or _DEADLINE_BEFORE.search(folded, max(0, p.start - 100), p.start)
                    or _ASKED_FOR_BEFORE.search(folded, max(0, p.start - DEADLINE_REACH), p.start)
                    or _a_works_plan(head, p.start, p.end) or _FROM_A_FIGURE.search(before)
                    or ("quyet toan" in before and _SETTLED_ACCOUNTS.search(before))
                    or _FOUNDED_BEFORE.search(folded, max(0, p.start - FOUNDED_REACH), p.start)):
                continue
            counts[p.period.end.year] = counts.get(p.period.end.year, 0) + 1
    if counts:
        return max(counts, key=counts.__getitem__)  # (on a tie, the year named first: a lead names its own first)
    # "Trong 6 tháng đầu năm, ... từ ngày 01 - 08/3/2024": with no year of a period written, the one year of
    # the days the body dates (not the day a legal text is dated by: "Nghị quyết số 12/NQ-HĐND ngày 23/9/2021")
    dated = [
        m
        for m in NUMERIC_DATE.finditer(head)
        if not _DATED_LEGAL_TEXT.search(folded[max(0, m.start() - 60) : m.start()])
        and not _A_BASE_DAY_BEFORE.search(folded, max(0, m.start() - BASE_DAY_REACH), m.start())
    ]
    years = {int(m.group(4)) for m in dated}
    if len(years) > 1:
        # ("Đến hết ngày 15/12/2026, ... giải ngân ...; tỉnh phấn đấu đến 31/1/2027 đạt 98%": a day a target or a
        # deadline is set for is no day the text reports on)
        years = {int(m.group(4)) for m in dated
                 if not _A_TARGETS_DAY.search(folded, max(0, m.start() - DEADLINE_REACH), m.start())
                 and not _DEADLINE_BEFORE.search(folded, max(0, m.start() - DEADLINE_REACH), m.start())}
    return years.pop() if len(years) == 1 else None


# "tăng 312 tỷ đồng so với 30/6/2024", "so với thời điểm ngày 31/3/2025" (folded): the day a figure is set against,
# a base, not a day the text reports on
_A_BASE_DAY_BEFORE = re.compile(r"\bso\s+voi\s+(?:thoi\s+diem\s+)?(?:ngay\s+)?$")
BASE_DAY_REACH = 30
# "phấn đấu đến 31/1/2027", "phấn đấu trước ngày 30/6" (folded): the day a target is to be met by
_A_TARGETS_DAY = re.compile(r"\bphan\s+dau\b[^.;:!?\n]{0,60}?\b(?:den|truoc)(?:\s+(?:het|cuoi))?(?:\s+ngay)?\s*$")


# a legal text (or letter) named right before the day it is dated by (folded): "Nghị quyết số 12/NQ-HĐND ngày"; the
# papers carried out over years (data/words/papers_put_in_hand.csv: nghị quyết, chỉ thị, kế hoạch ...), the acts
# and the letters, or a paper's number alone
_DATED_LEGAL_TEXT = re.compile(r"\b(?:" + "|".join(phrase_source(fold(w)) for w in word_list("papers_put_in_hand"))
                               + r"|quyet\s+dinh|thong\s+tu|luat|nghi\s+dinh|cong\s+van|thong\s+bao|van\s+ban"
                               r"|so\s+\d+[/\w-]*)\b")


# ---------------------------------------------------------------------------- event dates

_WHEN = time_of_day(FOLDED)  # "19h ngày", "sáng sớm" before a day
# "từ ngày 11-14/8", "từ đêm 26 đến sáng 27/7", "từ 19h ngày 8/9 đến 10h ngày 9/9/2024",
# "ngày 12 và 13/9", "đêm 6/9 đến sáng sớm 7/9", "đêm 23 rạng ngày 24/6" (the night into the next day), "Trong 3 ngày
# (17-19/10)" (the days in brackets after their count).
_EVENT_RANGE = re.compile(
    r"(?:\btu\s+" + _WHEN + r"|\b(?:ngay|dem|sang|chieu|toi)\s+(?:\(\s*)?" + _WHEN + r")"
    + slash_date(DIGITS_GROUP, DIGITS_GROUP, YEAR_GROUP, month_optional=True) +
    r"\s*(?:-|–|den|toi|va|sang|rang)\s*" + _WHEN +
    slash_date(DIGITS_GROUP, DIGITS_GROUP, YEAR_GROUP) + r"(?![\d/])")
# "từ ngày 25 đến 29-10", "từ 25-10 đến 29-10": dates written with dashes, the style of several
# papers; the range is then spelled with "đến"/"tới", as a dash there would read as a date's part
_DASHED_DATE = r"(\d{1,2})\s*-\s*(\d{1,2})(?:\s*-\s*" + YEAR_GROUP + ")?"
_EVENT_RANGE_DASHED = re.compile(
    r"\btu\s+" + _WHEN + r"(\d{1,2})(?:\s*-\s*(\d{1,2}))?(?:\s*-\s*" + YEAR_GROUP + r")?"
    r"\s*(?:den|toi)\s*" + _WHEN + _DASHED_DATE + r"(?![\d/-])")
# "từ ngày 2 - 6.8", "trong 3 ngày (23 - 25.6)", "trong hai ngày 19, 20-7": a range whose month is
# written with a dot (or a dash after a comma-joined day), the style of several papers; a dotted
# number that goes on ("6.800 tấn") is an amount
_EVENT_RANGE_DOTTED = re.compile(
    r"(?:\btu\s+(?:ngay\s+)?|\bngay\s+\(?\s*)(\d{1,2})(?:\.(\d{1,2}))?(?:\." + YEAR_GROUP + r")?"
    r"\s*(?:-|–|,|den|toi)\s*(\d{1,2})[.\-](\d{1,2})(?:[.\-]" + YEAR_GROUP + r")?(?![\d.\-/]*\d)"
)
# "khoảng 10h ngày 28/3, mưa đá ...", "chiều 16/11, lốc xoáy ...": an event of one day
_EVENT_DAY = re.compile(
    r"\b(?:ngay|dem|sang|chieu|toi|trua)\s+" + _WHEN + slash_date(DIGITS_GROUP, DIGITS_GROUP, YEAR_GROUP)
    + r"(?![\d/])(?!\s*(?:-|–|den|toi|va|sang)\s*\d)"
)
# "21h tối qua (6/11)": the day before the report's, written out; the sentence's own opening day
# ("Sáng 7/11, ông X cho biết ...") is when it was told, so this one is read first
# (the day also written with a dot: "sáng qua (22.10)")
_EVENT_LAST_DAY = re.compile(
    r"\b(?:dem|sang|chieu|toi|trua|hom)\s+(?:qua|nay)\s*\(\s*(?:ngay\s+)?"
    + r"(?:" + slash_date(DIGITS_GROUP, DIGITS_GROUP, YEAR_GROUP) + r"|(\d{1,2})\.(\d{1,2})(?:\." + YEAR_GROUP + r")?)"
    + r"\s*\)"
)
# "Rạng sáng 4.3, mưa đá ...": a day written with a dot, the style of several papers
_EVENT_DAY_DOTTED = re.compile(
    r"\b(?:ngay|dem|sang|chieu|toi|trua)\s+" + _WHEN + r"(\d{1,2})\.(\d{1,2})(?:\." + YEAR_GROUP + r")?(?![\d.]*\d)"
)
# "Trưa 28-11, ... bão số 15 ...": a day written with a dash, the style of several papers (not a range
# of days "28-29/9", whose slash follows)
_EVENT_DAY_DASHED = re.compile(
    r"\b(?:ngay|dem|sang|chieu|toi|trua)\s+" + _WHEN + r"(\d{1,2})-(\d{1,2})(?:-" + YEAR_GROUP + r")?(?![\d/.\-]*\d)"
)
EVENT_WINDOW = 900  # characters of the body where a bulletin dates its event
EVENT_DAYS_MAX = 31  # an event's days run at most this long (and begin at most this long before a bulletin's day)
_SENTENCE_TAIL = 300  # at most this much more of the sentence that runs across the window's end
# "Ban Chỉ huy ... tỉnh Nghệ An chiều 26/9 cho biết", "Sáng 9-9, thông tin từ UBND xã ... cho biết": the day
# a source told the news, not the day of the event it tells (folded text); so is the day it confirmed it
# ("Sáng 3-7, UBND xã X xác nhận vụ sạt lở ..."), and so is the day it made or published its report
# ("Ngày 25/11, Tỉnh ủy đã có báo cáo về thiệt hại ...", "Sáng 9/10, Sở ... công bố thiệt hại ...")
_TOLD_AFTER = re.compile(r"[^.;:\d\n]{0,80}?\b(?:cho\s+(?:biet|hay)|xac\s+nhan|co\s+bao\s+cao|"
                         r"bao\s+cao\s+(?:nhanh|ve|so\s+bo)|cong\s+bo)\b")
# "Tính đến 7 giờ ngày 26/9": the day a tally runs to, not the event's
_UP_TO_BEFORE = re.compile(r"\b(?:tinh\s+)?den\s+(?:\d{1,2}\s*(?:h|gio)(?:\s*\d{1,2})?\s*)?$")


def event_period(
    text: str, ref_year: int | None, is_event_sentence: Callable[[str], bool], published: dt.date | None = None
) -> Period | None:
    """The dates of the event an item reports (its first dated range or day in a sentence that
    names a hazard), with the year written or the reference year; None when either is missing. A
    day after ``published`` (the page's date) is a forecast, not the event. A first day that a
    later range covers ("Đêm 17/3, mưa đá ... từ đêm 17/3 đến rạng sáng 18/3") is that range."""
    spans = _event_spans(text, ref_year, is_event_sentence, published)
    first = next(spans, None)
    if first is None or first.start != first.end:
        return first
    return next((span for span in spans if span.start <= first.start <= span.end and span.start < span.end), first)


def _event_spans(
    text: str, ref_year: int | None, is_event_sentence: Callable[[str], bool], published: dt.date | None
) -> Iterator[Period]:
    """The dated days and ranges of the opening that sit in a sentence about a hazard, in order; a day a
    source told the news on, or a tally runs to, only after them all (when the text gives no day of the
    event itself, the day it was told is the best it has: "Trưa 28-11, ông X cho biết, sóng lớn đã ...")."""
    ft = FoldedText.of(text[:_window_end(text)])
    in_order = sorted(
        [*_EVENT_RANGE.finditer(ft.folded), *_EVENT_RANGE_DASHED.finditer(ft.folded), *_EVENT_DAY.finditer(ft.folded),
         *_EVENT_DAY_DOTTED.finditer(ft.folded), *_EVENT_RANGE_DOTTED.finditer(ft.folded),
         *_EVENT_DAY_DASHED.finditer(ft.folded)],
        key=lambda m: m.start())
    told: list[Period] = []
    for m in [*_EVENT_LAST_DAY.finditer(ft.folded), *in_order]:
        if m.re in (_EVENT_DAY, _EVENT_LAST_DAY, _EVENT_DAY_DOTTED, _EVENT_DAY_DASHED):
            span = _day_period(m, ref_year, ft.nfc, published)
        elif not (m.group(3) or m.group(6) or ref_year):
            return
        else:
            span = _range_period(m, ref_year, ft.nfc, max_days=EVENT_DAYS_MAX)
        if span is None:
            continue
        a = max(ft.folded.rfind(".", 0, m.start()), ft.folded.rfind("\n", 0, m.start())) + 1
        b = min(x for x in (ft.folded.find(".", m.end()), ft.folded.find("\n", m.end()), len(ft.folded)) if x >= 0)
        if not is_event_sentence(ft.nfc[a:b]):
            continue
        if _UP_TO_BEFORE.search(ft.folded, max(0, m.start() - 40), m.start()):
            if _a_past_years_hazard(ft.folded[a:b], span):
                continue  # ("Đến ngày 30/11/2027, tỉnh bố trí 300 hộ ... sau bão số 3 năm 2026": an aftermath's tally)
            told.append(_tallied_since(ft.nfc, a, b, span, ref_year) or span)
        elif _TOLD_AFTER.match(ft.folded, m.end()):
            told.append(span)
        else:
            yield span
    yield from told


# "sau bão số 3 năm 2024", "do lũ lịch sử năm 2025": a year said bare in the sentence, not one a span opens from
# ("từ cuối năm 2025", "đầu năm 2026") (folded)
_A_BARE_YEAR_SAID = re.compile(r"(?<!tu )(?<!cuoi )(?<!dau )\bnam\s+((?:19|20)\d\d)\b")


def _a_past_years_hazard(folded_sentence: str, day: Period) -> bool:
    """Does a sentence tallying to ``day`` date its hazard by a year before it ("Đến ngày 30/11/2027, tỉnh đã bố trí
    326 hộ bị ảnh hưởng sau bão số 3 năm 2026")? The tally counts the aftermath of a past disaster, not its days."""
    return any(int(m.group(1)) < day.start.year for m in _A_BARE_YEAR_SAID.finditer(folded_sentence))


# "Trong tuần qua (từ ngày 1 đến 7/9)", "tuần này (từ 9-15/3)": a weekly item's days, the week's first day often
# written without its month (folded)
_WEEK = re.compile(r"\btuan\s+(?:(?:vua\s+)?qua|nay|truoc)?\s*[(,:]?\s*")
WEEK_DAYS = 7  # (a week's range, its first and last day at most this far apart)


def _tallied_since(nfc: str, a: int, b: int, day: Period, ref_year: int | None) -> Period | None:
    """The days a tally in the sentence ``nfc[a:b]`` runs over, when it says where it starts as well as the ``day`` it
    runs to ("Từ đầu tháng 4 đến ngày 20/5/2026, đã xảy ra 7 vụ cháy rừng": 1 April to 20 May, not the one day); None
    when it says no start."""
    return next((phrase.period for phrase in find_period_phrases(nfc[a:b], ref_year)
                 if phrase.period is not None and phrase.period.end == day.end and phrase.period.start < day.start),
                None)


def _week_of_the_lead(folded: str, nfc: str, ref_year: int | None) -> Period | None:
    """The days of the week a news lead says it reports ("Trong tuần qua (từ ngày 1 đến 7/9), toàn tỉnh
    đón ..."), with the year written or the reference year; None when it names no week's range."""
    if "tuan" not in folded:
        return None
    for week in _WEEK.finditer(folded):
        m = _EVENT_RANGE.match(folded, week.end())
        if m is not None and (span := _range_period(m, ref_year, nfc, max_days=WEEK_DAYS)) is not None:
            return span
    return None


# the parts of a year a headline sums several events up over ("Tình hình thiên tai năm 2024 ...")
_SEASONS = ("year", "half", "cumulative", "quarter")
_LEAD_CHARS = 200  # (the lead's first sentence, where a summary restates its season)


def _season_of_the_headline(text: str, ref_year: int | None, event: Period,
                            is_event_sentence: Callable[[str], bool], published: dt.date | None) -> Period | None:
    """The year (or half, months, quarter) a news headline names when the body dates more than one event
    inside it ("Tổng kết công tác phòng chống thiên tai năm 2025" over a storm of August and a flood of
    October): the item sums the season up, no one event dates it. None for a headline without such a
    period or a body of one event (a headline "Bão số 3 năm 2025 ..." over its days is the storm's)."""
    end = _headline_with_numbers_end(text)  # ("... gây thiệt hại 1.100 tỷ đồng": a thousands dot ends no headline)
    if not end:
        return None
    season = next((p.period for p in find_period_phrases(text[:end], ref_year)
                   if p.kind in _SEASONS and p.period is not None and p.explicit_year), None)
    if season is None or not season.start <= event.start <= event.end <= season.end or season == event:
        return None
    lead = next((p.period for p in find_period_phrases(text[end:end + _LEAD_CHARS], ref_year)
                 if p.period is not None), None)
    if lead == season:
        return season  # "Năm 2024, trên địa bàn tỉnh xảy ra 14 loại hình thiên tai ...": the lead says it again
    others = (span for span in itertools.islice(_event_spans(text, ref_year, is_event_sentence, published), 8)
              if not (span.start <= event.start and event.end <= span.end) and season.start <= span.start <= season.end)
    return season if next(others, None) is not None else None


def _a_headlines_period_over_the_event(
    text: str, ref_year: int | None, event: Period, is_event_sentence: Callable[[str], bool]
) -> bool:
    """Does a news item's headline that names no hazard name a month, quarter, months or year the event its body dates
    falls within ("Tình hình kinh tế - xã hội tháng 11/2026" over "mưa lớn ngày 12/11 làm 01 người chết")? The item
    reports on that period, the event is one of its items; a headline naming the hazard ("Mưa lớn tháng 11 ...") is
    the event's."""
    end = _headline_with_numbers_end(text)
    if not end or is_event_sentence(text[:end]):
        return False
    covering = (p.period for p in find_period_phrases(text[:end], ref_year) if p.kind in _WINDOWED_KINDS)
    return any(period is not None and period.start <= event.start <= event.end <= period.end for period in covering)


_LEADS_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _an_event_after_the_leads_tally(
    body: str, ref: int | None, event: Period, is_event_sentence: Callable[[str], bool], published: dt.date | None
) -> bool:
    """Does a news item whose headline and first sentence name no hazard open by counting its figures to a day after
    the event a later sentence dates ("Đến ngày 5/11/2025, nông dân đã thu hoạch 28.900 ha lúa." … "Có 1.240 ha lúa bị
    đổ ngã do mưa lớn đêm 1/11")? The event is one of its items, not its time: the item is of the year so far to that
    day, as a lead's tally is (``_leads_cut_off``)."""
    end = _headline_with_numbers_end(body)
    if end and is_event_sentence(body[:end]):
        return False
    opening = _without_date_markers(body[:1500])
    folded_opening = FoldedText.of(opening).folded
    counted = _leads_cut_off(find_period_phrases(opening, ref), opening, folded_opening, published)
    if counted is None or counted.end <= event.end:
        return False
    stop = _LEADS_SENTENCE_END.search(opening, end + len(opening[end:]) - len(opening[end:].lstrip()))
    return not is_event_sentence(opening[end : stop.start() if stop else len(opening)])


def _window_end(text: str) -> int:
    """Where the opening a bulletin dates its event ends: ``EVENT_WINDOW`` characters, and the rest of the
    sentence that runs across that mark ("... Còn tại xã X, bắt đầu từ sáng nay (11/10), gió to và mưa lớn ..."
    read whole, not cut in its date), up to its line end or full stop."""
    if len(text) <= EVENT_WINDOW:
        return len(text)
    limit = EVENT_WINDOW + _SENTENCE_TAIL
    ends = [x for x in (text.find(". ", EVENT_WINDOW, limit + 2), text.find("\n", EVENT_WINDOW, limit + 1)) if x >= 0]
    return min([*ends, limit])


def _day_period(m: re.Match[str], ref_year: int | None, nfc: str, published: dt.date | None) -> Period | None:
    groups = m.groups()
    day, month, year = groups[:3] if groups[0] is not None else groups[3:6]  # slashed, else dotted
    date = report_date(int(year) if year else ref_year, int(month), int(day)) if (year or ref_year) else None
    if date is None or (published is not None and date > published):
        return None
    return Period(date, date, nfc[m.start():m.end()].strip())


def title_span(title: str, ref_year: int | None) -> Period | None:
    """The days a title names ("Tình hình thiệt hại do mưa lũ từ ngày 27/10 đến ngày 30/10/2025"):
    a bulletin's own period, so no hazard check and no one-month limit."""
    ft = FoldedText.of(title)
    for m in _EVENT_RANGE.finditer(ft.folded):
        if (span := _range_period(m, ref_year, ft.nfc, max_days=366)) is not None:
            return span
    return None


def _days_of_the_title(title: str, ref_year: int | None) -> Period | None:
    """The days of a month a bulletin's title names as its period ("Tình hình sản xuất nông nghiệp 10 ngày đầu tháng
    3 năm 2027" → 1..10 March; "10 ngày giữa tháng 8"), more than one; not a meeting's or a tally's one day."""
    if "ngay" not in fold(title):
        return None
    return next((p.period for p in find_period_phrases(title, ref_year)
                 if p.kind == "day" and p.period is not None and p.period.start < p.period.end), None)


def title_day(title: str, ref_year: int | None) -> Period | None:
    """The one day a bulletin's title names ("Tình hình thiệt hại do mưa lũ (đến 16 giờ ngày 18/11/2023)", "Bản tin
    ... ngày 30/10/2025", "... ngày 12 tháng 10", "... ngày 12-10"): its period when the body dates nothing closer."""
    ft = FoldedText.of(title)
    m = _titles_day(ft.folded)
    return _day_period(m, ref_year, ft.nfc, None) if m is not None else None


_DAY_PART_WORDS = ("ngay", "dem", "sang", "chieu", "toi", "trua")  # the words _EVENT_DAY opens with
# "Báo cáo tình hình thiên tai ngày 12 tháng 10", "... ngày 12-10-2026", "... sáng 12.10": a title's one day with its
# month spelled or after a dash or a dot (folded); not a range of days ("ngày 12-14/10": the dash opens the last day)
_A_TITLES_SPELLED_DAY = re.compile(
    r"\b(?:ngay|dem|sang|chieu|toi|trua)\s+" + _WHEN + r"(\d{1,2})(?:\s+thang\s+|\s*[.-]\s*)(\d{1,2})"
    r"(?:(?:\s+nam\s+|\s*[.-]\s*)" + YEAR_GROUP + r")?(?![\d.,/-]*\d)(?!\s*(?:den|toi|va)\s*\d)"
)


def _titles_day(folded_title: str) -> re.Match[str] | None:
    """The one day a title names, slashed ("ngày 18/11/2023") or spelled ("ngày 12 tháng 10", "ngày 12-10"),
    by its part of the day too ("... do lũ quét đêm 2/8/2026"); None for none."""
    if not any(word in folded_title for word in _DAY_PART_WORDS):
        return None
    return _EVENT_DAY.search(folded_title) or _A_TITLES_SPELLED_DAY.search(folded_title)


# "(cập nhật đến 7 giờ ngày 3/10)", "(tính đến 17h ngày 8/8)": a title that counts to its day, its figures the tally of
# the days before it; "Công tác phòng, chống thiên tai ngày 15/10/2026" is the bulletin of that day
_COUNTED_TO = re.compile(
    r"\b(?:den|toi|cap\s+nhat(?:\s+luc)?)\s+(?:\d{1,2}\s*(?:h|gio)(?:\s*\d{1,2})?\s*(?:phut\s*)?)?$"
)


# "Từ ngày 16/3 đến nay, mưa đá làm ...", "từ đêm 15/3 đến thời điểm báo cáo": an event's first day, said as running on
# to the time of writing (folded, right after the day)
_ON_TO_NOW = re.compile(r"\s*(?:\([^()\n]{0,30}\)\s*)?(?:,\s*)?(?:den|toi)\s+"
                        r"(?:nay|thoi\s+diem\s+(?:bao\s+cao|hien\s+tai))\b")


def _to_the_counted_day(event: Period, day: Period, body: str) -> Period:
    """The event days a bulletin's body gives, up to the day its title counts to (or a news page's day) when the body
    says its one day runs on to now ("(tính đến 16 giờ ngày 17/3)" over "Từ ngày 16/3 đến nay, ..." → 16..17/3); the
    event as it is else."""
    if event.start != event.end or (at := body.find(event.label)) < 0:
        return event
    end = at + len(event.label)
    after = fold(body[end:end + 60])
    if ("nay" not in after and "thoi diem" not in after) or (on := _ON_TO_NOW.match(after)) is None:
        return event
    return Period(event.start, day.end, body[at:end + on.end()])


def _title_counts_to_its_day(title: str) -> bool:
    """Does a bulletin's title name its day as the one its tally runs to ("đến 16 giờ ngày 28/10"), not as the day it
    reports on ("Báo cáo nhanh ... ngày 15/10/2026")?"""
    folded = fold(title)
    m = _titles_day(folded) if "ngay" in folded else None
    return m is not None and _COUNTED_TO.search(folded, max(0, m.start() - 40), m.start()) is not None


def _titles_cut_off(title: str, ref_year: int | None) -> Period | None:
    """The year so far to the day a report's title counts its figures to, naming no period besides ("Tình hình cấp
    nước sinh hoạt (tính đến ngày 10/4/2024)" → 1 January..10 April 2024; "... tính đến ngày 30/6/2026" → the first
    half; "tháng 5 năm 2025 (tính đến ngày 15/5/2025)" → 1..15 May 2025, the month named counted to its day), or
    None. Not a bulletin's: its tally runs over the event's days (see ``_title_counts_to_its_day``)."""
    if (counted := _the_day_counted_to(title, ref_year)) is None or (day := counted.as_of) is None:
        return None
    if counted.period is not None:
        # ("Tình hình kinh tế - xã hội tháng 5 năm 2025 (Số liệu tính đến ngày 15/5/2025)": the month the title names,
        # counted to the day within it; a monthly report's cut-off is no year so far)
        return counted.period
    if day == month_end(day.year, day.month):
        return cumulative_period(day.year, day.month)  # ("tính đến ngày 31/3/2026": the first quarter)
    return Period(dt.date(day.year, 1, 1), day, title[counted.start:counted.end])


def _the_day_counted_to(title: str, ref_year: int | None) -> PeriodPhrase | None:
    """The one phrase of a day a title counts its figures to ("đến 30/6/2026", "tính đến ngày 10/4"), or None."""
    if "đến" not in title.lower():
        return None  # (a cheap test first: most titles count to no day)
    days = [p for p in find_period_phrases(title, ref_year) if p.kind == "as_of" and p.as_of is not None]
    return days[0] if len(days) == 1 else None


def _headlines_cut_off(headline: str, ref_year: int | None, published: dt.date | None) -> Period | None:
    """The year so far to the day a news item's headline counts its figures to ("Dư nợ tín dụng đến 31/3/2027 đạt
    ...": the first quarter), read as a title's (``_titles_cut_off``); None for a deadline set or moved ("gia hạn
    nộp thuế đến 30/6/2026") or a day still to come, after the page's own."""
    if (counted := _the_day_counted_to(headline, ref_year)) is None or counted.as_of is None \
            or (published is not None and counted.as_of > published):
        return None
    folded = fold(headline)
    if _DEADLINE_BEFORE.search(folded, max(0, counted.start - DEADLINE_REACH), counted.start + len("den")) \
            or _said_of_the_future(headline, counted.start, counted.end):
        return None
    return _titles_cut_off(headline, ref_year)


# "Tình hình kinh tế - xã hội tháng 01 năm 2026" / "(Số liệu tính từ ngày 15/12/2025 đến 14/01/2026)": a statistics
# office's month (quarter, half, year) runs over the window of days a line under its title names (or a bracket closing
# the title's line), from the 15th of the month before; the window is the report's period when it ends in the period's
# last month and starts at most a month before (or after) the period's first day
_WINDOWED_KINDS = ("month", "quarter", "half", "cumulative", "year")
WINDOW_SHIFT_DAYS = 31
WINDOW_REACH = 200  # characters after the period's phrase: the rest of the title and the window's line
_WINDOW_LINE = re.compile(
    r"(?m)(?:^|\()[ \t]*(?:so\s+lieu\s+(?:uoc\s+)?(?:tinh\s+)?|(?:ky|thoi\s+gian)\s+(?:bao\s+cao|so\s+lieu)\s*:?\s*)?"
    r"tu\s+(?:ngay\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\s+(?:den|toi)\s+(?:ngay\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}"
    r"[ \t]*\)?[ \t.]*$")


def _reporting_window(ft: FoldedText, after: int, period: Period, ref_year: int | None) -> Period | None:
    """The window of days (see ``_WINDOW_LINE``) written within ``WINDOW_REACH`` characters after ``after`` (where
    the phrase of ``period`` ends in ``ft``) that is a window of ``period``, or None."""
    if "tu" not in ft.folded[after:after + WINDOW_REACH]:
        return None  # (a cheap test first: most titles name no window)
    line = _WINDOW_LINE.search(ft.folded, after, min(len(ft.folded), after + WINDOW_REACH))
    if line is None or ft.folded[line.end():line.end() + 1] not in ("", "\n"):
        return None
    window = title_span(ft.nfc[line.start():line.end()], ref_year)
    if window is None or (window.end.year, window.end.month) != (period.end.year, period.end.month):
        return None
    if abs((window.start - period.start).days) > WINDOW_SHIFT_DAYS or window == period:
        return None
    return Period(window.start, window.end, period.label)


def _range_period(m: re.Match[str], ref_year: int | None, nfc: str, max_days: int) -> Period | None:
    """The period of one ``_EVENT_RANGE`` match (the year written, else ``ref_year``), or None
    when a date is not in the calendar or the range runs backwards or longer than ``max_days``."""
    d1, m1, y1, d2, m2, y2 = m.groups()
    year = int(y2 or y1 or 0) or ref_year
    if year is None:
        return None
    month2 = int(m2)
    month1 = int(m1) if m1 else month2
    start = report_date(int(y1) if y1 else year, month1, int(d1))
    end = report_date(year, month2, int(d2))
    if start is None or end is None or not start <= end <= start + dt.timedelta(days=max_days):
        return None
    return Period(start, end, re.sub(r"\(\s*", "", nfc[m.start():m.end()]).strip())  # ("ngày 17-19/10", not "ngày (")


# ---------------------------------------------------------------------------- document period

# Where the report's own period ends in a title and the plan for the next one starts
# ("...6 tháng đầu năm; nhiệm vụ và giải pháp ... 6 tháng cuối năm 2024", "năm 2024 và kế hoạch 2025").
# ("kết quả công tác tuần 15 và chương trình công tác tuần 16": a week's work programme is its plan)
_PLAN_START = re.compile(r"(?:[;,]|\bva\b)\s*(?:phuong\s+huong|nhiem\s+vu|ke\s+hoach|muc\s+tieu|giai\s+phap"
                         r"|trien\s+khai|du\s+kien|chuong\s+trinh\s+cong\s+tac)|\bphuong\s+huong")
_DOC_KINDS = ("half", "cumulative", "quarter", "month", "year", "target_year", "range")
_PARTS_OF_THE_YEAR = ("half", "cumulative", "quarter")
# "đến hết quý III/2021", "lũy kế đến tháng 9": everything since the start of the year.
_UP_TO = re.compile(r"(?:den|toi)\s+(?:het|cuoi)\s*$|luy\s+ke\s+(?:den\s+)?(?:het\s+)?$")
# "khởi công từ tháng 3/2023", "vào năm 2020": when something began or happened, not the period a
# text reports on; not across a line ("Huyện A thu hút đầu tư" / "Năm 2024, ...": "đầu tư" folds as "đầu từ" does)
_SINCE = re.compile(r"(?:\btu|\bvao|\bke\s+tu)[ \t]*$")
# "được khởi công xây dựng tháng 1/2009", "khánh thành vào tháng 5/2020": the month of a work's ceremony, a date
# in its history, not a period the news reports on (folded text)
# "được phê duyệt (chủ trương đầu tư) năm 2019", "được cấp phép năm 2018", "thành lập năm 1997": the day a work or a
# body was approved, licensed or founded, a date of its past said in passing
_WORK_EVENT_BEFORE = re.compile(r"\b(?:khoi\s+cong|dong\s+tho|khanh\s+thanh|thong\s+xe|hoan\s+thanh|van\s+hanh"
                                r"|phe\s+duyet(?:\s+chu\s+truong(?:\s+dau\s+tu)?)?|phe\s+chuan|cap\s+phep"
                                r"|thanh\s+lap)"
                                r"(?:\s+xay\s+dung)?(?:\s+(?:vao|tu|trong))?\s*$")
WORK_EVENT_REACH = 40  # characters before a period: the work's event and its "xây dựng", "vào"


def _a_work_events_day(opening: str, folded: str, start: int) -> bool:
    """Does the period phrase at ``start`` date a work's event said just before it (``_WORK_EVENT_BEFORE``)? Not one
    opening a line in capitals ("… có thêm dự án được phê duyệt" / "Năm 2026, tỉnh đón …": the headline's last words and
    the lead's first, no date of the approval)."""
    if _WORK_EVENT_BEFORE.search(folded, max(0, start - WORK_EVENT_REACH), start) is None:
        return False
    line_start = opening.rfind("\n", 0, start) + 1
    return not (line_start > 0 and not opening[line_start:start].strip() and opening[start:start + 1].isupper())


# "Xã được công nhận đạt chuẩn nông thôn mới năm 2019", "đạt chuẩn quốc gia năm 2020": the year a place or body was
# recognised, before the text's own year, is a date of its past said in passing (folded; the recognition and what it
# names in the year's clause)
_RECOGNISED_BEFORE = re.compile(r"\b(?:cong\s+nhan|dat\s+chuan)\b[^.;:!?\n,()]{0,60}$")
RECOGNITION_REACH = 80  # characters before the year: the recognition and what it names


def _recognised_earlier(folded: str, phrase: PeriodPhrase, ref: int | None) -> bool:
    """Is ``phrase`` a year before ``ref`` that dates a recognition in a clause without figures ("Xã được công nhận
    ... năm 2019" in a news item of 2025)? Not the text's own year ("5 xã được công nhận đạt chuẩn nông thôn mới năm
    2024" in a review of 2024), nor a count of recognitions in a year ("năm 2025 có 12 xã được công nhận ...")."""
    if phrase.kind != "year" or ref is None or phrase.period is None or phrase.period.end.year >= ref:
        return False
    window = folded[max(0, phrase.start - RECOGNITION_REACH):phrase.start]
    return (("cong nhan" in window or "dat chuan" in window) and _RECOGNISED_BEFORE.search(window) is not None
            and not _FIGURE.search(_sentence_without_years(folded, phrase.start)))


# "hoàn thành trước tháng 6/2027", "gia hạn (tiến độ dự án) đến quý IV/2027", "kéo dài thời gian thực hiện đến hết
# năm 2026": a deadline, set or moved, not the time the text reports on (folded text; not "Tính đến hết tháng 10")
DEADLINE_REACH = 100  # characters before a day: the deadline's verb and what it sets
_DEADLINE_BEFORE = re.compile(r"(?:\btruoc|\b(?:gia\s+han|keo\s+dai|lui)\b[^.;:!?\n]{0,80}?\bden"
                              r"(?:\s+(?:het|cuoi))?)\s*$")
# "Huyện đề nghị tỉnh bố trí vốn để hoàn thành tuyến đường trong năm 2029", "kiến nghị ... đưa vào sử dụng năm 2028"
# (folded): a year named after a request in its sentence is the time of what is asked for, still to come, not the
# period reported on (not "theo đề nghị của Sở ...", the request a deed was done at)
_ASKED_FOR_BEFORE = re.compile(r"\b(?<!theo\s)(?:de\s+nghi|kien\s+nghi|de\s+xuat)\b(?!\s+cua\b)[^.;!?\n]*$")
# "Ông X (sinh năm 1980, ...)": a person's year of birth, not a period reported on (folded text); on the year's own
# line, and not hygiene ("… nước hợp vệ sinh" closing a headline over "Đến cuối năm 2025, …")
_BORN = re.compile(r"(?<!\bve\s)\bsinh[ \t]*$")
# "tổng quyết toán ngân sách năm 2009" heard at a mid-year session: the accounts of a year closed, not the
# period reported on (folded text)
_SETTLED_ACCOUNTS = re.compile(r"\bquyet\s+toan(?:\s+thu,?\s+chi)?(?:\s+ngan\s+sach)?"
                               r"(?:\s+(?:nha\s+nuoc|dia\s+phuong|xa|huyen))?\s*$")
# "vượt đỉnh lũ lịch sử năm 2005", "cao hơn trận lũ năm 2020": a past flood or storm a new one is
# measured against, not the period reported on (folded text)
# (a flood set against, after "vượt", "hơn", "so với", "như", or a historic one: "Mưa lũ tháng 10/2027 làm 3 người
# chết", "Báo cáo thiệt hại do mưa lũ tháng 9/2026" name the flood the text reports on)
_PAST_DISASTER = re.compile(r"\b(?:vuot|hon|so\s+voi|nhu|bang|ke\s+tu)\s+(?:[^\s.;,]+\s+){0,3}?(?:lu|lut|bao)\s*$"
                            r"|\b(?:lu|lut|bao)\s+lich\s+su\s*$")
# "kế hoạch đầu tư công trung hạn giai đoạn 2021-2025": a medium-term plan's years, not a period
# reported on
# "dịp nghỉ lễ Quốc khánh 2/9 năm 2024", "Festival Hoa Đà Lạt lần thứ X năm 2024", "Lễ hội Đền Hùng năm 2025": the
# year names the holiday's or festival's edition (data/words/festive_events.csv); its figures cover those days,
# not the year
_FESTIVE_BEFORE = re.compile(r"(?<!\w)(?:" + word_source("festive_events") + r")(?!\w)[^.;:!?\n,]{0,50}$",
                             re.IGNORECASE)
FESTIVE_REACH = 70  # characters before the year: the event word and its name
# "Lễ hội Chùa Hương 2026", "Festival Hoa Đà Lạt 2026": a festival's edition named by its year, "năm" written or not
_FESTIVALS_EDITION = re.compile(r"(?<!\w)(?:" + word_source("festive_events") + r")(?!\w)[^.;:!?\n,\d]{0,50}?"
                                r"(?<!\d)((?:19|20)\d\d)(?![\d/.,-])", re.IGNORECASE)
_MEDIUM_TERM = re.compile(r"\btrung\s+han\s+(?:giai\s+doan\s+)?$")
# "theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025", "theo Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn
# 2021-2025": the years a yardstick is in force for, which a body measures its own period by, not that period (folded)
_A_YARDSTICKS_TERM = re.compile(r"\b(?:chuan\s+ngheo|bo\s+tieu\s+chi)\b[^.;:!?\n\d]{0,60}?(?:\bgiai\s+doan\s+)?$")
YARDSTICK_REACH = 90  # characters before the years: the yardstick's name and "giai đoạn"
# "(nhiệm kỳ 2016-2021)" in a news item names the council's term, not the period it reports on.
_TERM = re.compile(r"^(?:nhiem\s+ky|khoa)\b")
# "Trong 3 tháng cuối năm, UBND huyện sẽ tập trung ...": the time of what is still to be done, not the
# period reported on (read in the text itself: folded, "sẽ" would be "sẻ" too)
# "sẽ", and the aim of a plan: "Phấn đấu đưa giá trị sản xuất đạt 7.700 tỷ đồng trong năm 2019" heads a
# review of 2018 with the year to come
# ("đạt 90% so với chỉ tiêu phấn đấu", "dự toán phấn đấu": the stretch target named as a noun, said of no future)
# ("Năm nay, huyện dự kiến vận động nhân dân xây dựng ...": a work planned is still to be done; not "dự kiến đạt/tăng",
# a report's estimate of its own period)
_FUTURE_WORD = re.compile(r"\bsẽ\b|\b(?<!chỉ\stiêu\s)(?<!dự\stoán\s)phấn\s+đấu\b|"
                          r"\bdự\s+kiến\s+(?:vận\s+động|xây\s+dựng|xây\s+mới|khởi\s+công|"
                          r"đầu\s+tư|triển\s+khai|tổ\s+chức|làm\s+mới|sửa\s+chữa|nâng\s+cấp|cải\s+tạo)\b",
                          re.IGNORECASE)


# (a full stop before a space: the dot of "7.700 tỷ đồng" ends no sentence)
_SENTENCE_STOP = re.compile(r"[.!?](?!\S)|\n")


# a work and its ceremony or completion, in a sentence about the future ("Dự án dự kiến tháng 4/2019 sẽ hoàn thành")
_WORK_AND_EVENT = re.compile(r"\b(?:dự\s+án|công\s+trình|nhà\s+máy)\b.*\b(?:hoàn\s+thành|khởi\s+công|vận\s+hành|"
                             r"khánh\s+thành|đi\s+vào\s+hoạt\s+động)\b|\b(?:hoàn\s+thành|khởi\s+công|vận\s+hành|"
                             r"khánh\s+thành)\b.*\b(?:dự\s+án|công\s+trình|nhà\s+máy)\b", re.IGNORECASE)


def _a_works_plan(text: str, start: int, end: int) -> bool:
    """Does the phrase at ``start:end`` date a work's event still to come (not a year's tasks: "huyện sẽ
    hoàn thành các chỉ tiêu của năm 2023" names the year reported on)?"""
    lo = max(0, start - 400)
    opening = max((m.end() for m in _SENTENCE_STOP.finditer(text, lo, start)), default=lo)
    close = m.start() if (m := _SENTENCE_STOP.search(text, end)) is not None else len(text)
    return (_FUTURE_WORD.search(text, opening, close) is not None
            and _WORK_AND_EVENT.search(text, opening, close) is not None)


# "Kỳ họp giữa năm 2021": the year dates the session, not the period it reviews; "HĐND xã ... bàn nhiều giải
# pháp phát triển kinh tế - xã hội năm 2019": the measures discussed are for the year named (folded text)
_SESSION_OR_PLAN_BEFORE = re.compile(r"\bgiua\s+$|\b(?:ban|thao\s+luan)\s+(?:(?:nhieu|cac)\s+)?"
                                     r"(?:giai\s+phap|nhiem\s+vu)\b[^.;:\n]*$")


def _a_sessions_year_or_its_plan(folded: str, phrase: PeriodPhrase) -> bool:
    """Is a year the one a session sits in ("kỳ họp giữa năm") or the one the measures it discusses aim at?"""
    if phrase.kind != "year":
        return False
    window = folded[max(0, phrase.start - 80):phrase.start]
    if "giua" not in window and "giai phap" not in window and "nhiem vu" not in window:
        return False
    return _SESSION_OR_PLAN_BEFORE.search(window) is not None


# (a semicolon parts a sentence's clauses too: "Năm 2024, thu ngân sách đạt ...; năm 2025 phấn đấu thu ...")
_CLAUSE_STOP = re.compile(r"[.!?;](?!\S)|\n")


def _said_of_the_future(text: str, start: int, end: int) -> bool:
    """Does the clause of the phrase at ``start:end`` speak of what is still to be done ("sẽ") or
    aimed at ("phấn đấu")?"""
    opening = max((m.end() for m in _CLAUSE_STOP.finditer(text, 0, start)), default=0)
    close = m.start() if (m := _CLAUSE_STOP.search(text, end)) is not None else len(text)
    return _FUTURE_WORD.search(text, opening, close) is not None


# "Vượt lên nhiều khó khăn, nhiệm kỳ 2020-2025, tỉnh Phú Thọ đã đạt ...": a term set off by commas as
# the time of the sentence is the period reviewed (not "HĐND tỉnh khóa X, nhiệm kỳ 2016-2021" nor a bracket)
# (a dateline's dash opens the lead's first clause too: "(LSO) - Nhiệm kỳ 2020-2025, kinh tế ...")
_CLAUSE_BEFORE = re.compile(r"(?:^|[.,;:!?\n]|\S\s+[-–—])\s*$")
_COUNCIL_BEFORE = re.compile(r"\b(?:khoa|hdnd|dai\s+hoi|hoi\s+dong|ky\s+hop)\b")


# "Theo Báo cáo chính trị trình Đại hội, trong nhiệm kỳ 2020 - 2025, tỉnh ... đạt": a term opening its clause with a
# word of time is the time of the sentence, whatever body the clause before names (folded)
_TIME_WORD_BEFORE = re.compile(r"(?:^|[.,;:!?\n])\s*(?:trong|suot)\s+$")


def _a_term_reviewed(folded: str, start: int, end: int) -> bool:
    before = folded[max(0, start - 40):start]
    if not folded[end : end + 2].lstrip().startswith(","):
        return False
    return bool(_TIME_WORD_BEFORE.search(before)) or (
        bool(_CLAUSE_BEFORE.search(before)) and not _COUNCIL_BEFORE.search(before)
    )


# "Kỳ họp thứ 24, HĐND tỉnh khóa XVIII, nhiệm kỳ 2021-2026": a session's title names its council by the term
# (folded; the session word before the term in the title; a congress, "Đại hội ... nhiệm kỳ", reviews its term)
_SESSION_IN_TITLE = re.compile(r"\bky\s+hop\b")


# "Kỳ họp thứ 9 (tháng 12/2026)", "kỳ họp thứ bảy, tháng 7/2027": the month a session sits in, said after its number
_SESSIONS_MONTH_BEFORE = re.compile(r"\bky\s+hop\s+(?:thu\s+)?\S+\s*[(,]\s*$")


def _without_a_sessions_term(phrases: list[PeriodPhrase], folded_title: str) -> list[PeriodPhrase]:
    """The title's period phrases without the term of the council whose session the title names, nor the month the
    session sits in (a session's press release, resolution or questioning reports on the year or months its body
    names, not on the council's term nor the session's month)."""
    if _SESSION_IN_TITLE.search(folded_title) is None:
        return phrases
    return [p for p in phrases
            if not (p.kind == "range" and _TERM.match(folded_title[p.start:])
                    and _SESSION_IN_TITLE.search(folded_title, 0, p.start))
            and not (p.kind == "month" and _SESSIONS_MONTH_BEFORE.search(folded_title, 0, p.start))]


# "bình quân 3 năm 2021-2023", "trung bình giai đoạn 2016-2020": an average over the years named
_AVERAGED = re.compile(r"\b(?:binh\s+quan|trung\s+binh)\b[^,;()]*$")
# a meeting that a period names ("phiên họp thường kỳ tháng 3", "họp phiên định kỳ tháng 10"), folded
_MEETING_BEFORE = re.compile(r"\b(?:phien(?:\s+hop)?|hop)\s+(?:uy\s+ban\s+nhan\s+dan\s+)?(?:thuong|dinh)\s+ky\s*$")
# "100% thôn đạt chuẩn văn hóa giai đoạn 03 năm 2017-2019", "danh hiệu ... 3 năm (2017-2019)": the
# years a recognition holds for, not a period the figures cover
_RECOGNITION_SPAN = re.compile(r"\b(?:dat\s+chuan|danh\s+hieu|cong\s+nhan)\b[^,;]*$")


_FIGURE = re.compile(r"\d")
_YEARS_AND_DATES = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}\s*/\s*\d{1,2}\b")
_SENTENCE_MARK = re.compile(r"[.!?\n;]")


def _sentence_without_years(folded: str, at: int) -> str:
    """The sentence (or clause after ";") around ``at``, its years and dates taken out."""
    start = max((m.end() for m in _SENTENCE_MARK.finditer(folded, max(0, at - 300), at)), default=max(0, at - 300))
    end_mark = _SENTENCE_MARK.search(folded, at)
    end = end_mark.start() if end_mark else min(len(folded), at + 300)
    return _YEARS_AND_DATES.sub(" ", folded[start:end])


def _without_the_half_ahead(phrases: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """"... phát triển KT-XH 6 tháng cuối năm 2024 ... Theo đó, 6 tháng đầu năm 2024, ...": a mid-year
    review names the second half of the year for its tasks; the first half of the same year, named
    beside it, is the period reported on. Without the first half the second stays."""
    firsts = {p.period.end.year for p in phrases  # ("6 tháng đầu năm", "6 tháng năm 2024")
              if p.kind in ("half", "cumulative") and p.period is not None
              and (p.period.start.month, p.period.end.month) == (1, 6)}
    return [p for p in phrases
            if not (p.kind == "half" and p.period is not None and p.period.start.month == 7
                    and p.period.end.year in firsts)]


SPAN_OF_DAYS = 31  # (days at the most in a span of days a lead counts: a week, a holiday, ten days)


def _another_span_of_days(first: PeriodPhrase, later: PeriodPhrase) -> bool:
    """Are ``first`` and ``later`` both spans of days counted to one day ("(từ ngày 8/2 đến hết ngày 14/2)" in a lead,
    then "từ ngày 7/2 đến 14/2" of one figure)? The span said first frames the item; a later one a few days wider
    is that figure's own, no wider period covering the first (as the year so far after a month is)."""
    return (first.kind == later.kind == "cumulative" and first.period is not None and later.period is not None
            and (first.period.end - first.period.start).days < SPAN_OF_DAYS
            and (later.period.end - later.period.start).days < SPAN_OF_DAYS)


# "đến năm 2025", "tới hết năm 2025" (folded): the year a span runs to, the end of the term said later
_COUNTED_TO_BEFORE = re.compile(r"\b(?:den|toi)\s+(?:het\s+|cuoi\s+)?$")
COUNTED_TO_REACH = 12


def _a_terms_years_said_apart(first: PeriodPhrase, later: PeriodPhrase, folded: str) -> bool:
    """Is ``later`` a span of years said in a sentence after the one ``first`` (no span) stands in ("Năm 2025, sản
    lượng ... đạt 18,6 triệu tấn. ... Giai đoạn 2021-2025, tốc độ tăng trưởng ...")? The term ending with the year is
    reviewed beside it, the year is what the figures said with no time of their own cover. Said together ("năm 2025
    và giai đoạn 2021-2025"), or the year counted to ("... giao thông đến năm 2025" over "giai đoạn 2021 - 2025"),
    the span covers it."""
    return (
        later.kind == "range"
        and first.kind != "range"
        and bool(folded)
        and _CLAUSE_STOP.search(folded, first.end, later.start) is not None
        and _COUNTED_TO_BEFORE.search(folded, max(0, first.start - COUNTED_TO_REACH), first.start) is None
    )


def _choose(phrases: list[PeriodPhrase], folded: str = "", headline_end: int = 0,
            numbers_headline_end: int = 0, title: bool = False) -> PeriodPhrase | None:
    cands = [p for p in phrases if p.kind in _DOC_KINDS and p.period is not None]
    if not cands:
        return None
    first = cands[0]
    assert first.period is not None
    # "nhưng năm nay đã có số thu trên 40.000 tỷ đồng. ... Tính chung 10 tháng, ...": "this year"
    # said in passing is no period when the text then names the part of the year its figures cover
    if first.kind == "year" and not first.explicit_year:
        year = first.period.end.year
        parts = (p for p in cands[1:4] if p.kind in _PARTS_OF_THE_YEAR and p.period.end.year == year)
        first = next(parts, first)
    # "thực hiện Kế hoạch phát triển du lịch năm 2024 ... tính chung cả 10 tháng đầu năm 2024": a year
    # that only names what a sentence without figures speaks of yields to the part of it whose
    # figures the text gives
    if first.kind == "year" and folded and not _FIGURE.search(_sentence_without_years(folded, first.start)):
        year = first.period.end.year
        parts = (p for p in cands[1:6] if p.kind in ("cumulative", "half") and p.explicit_year
                 and p.period.end.year == year)
        first = next(parts, first)
    # "tháng 6, quý II và 6 tháng đầu năm 2025": the widest period ending with the first covers it;
    # not an average over years ("Năm 2023, GRDP tăng 10% (bình quân 3 năm 2021-2023 ...)")
    # ("Chỉ số sản xuất công nghiệp tháng 8 tăng gần 4%" over a body that also sums up "8 tháng năm 2019":
    # the period a news headline names is the news item's, and a wider one only when the headline says it)
    # ("UBND tỉnh họp phiên thường kỳ tháng 3" over "trong tháng 3 và quý I, GRDP tăng 8%": the month that
    # names a meeting dates the meeting, not the figures; the body's widest period ending with it covers them)
    # ("Tháng 5: Tổng mức bán ... đạt hơn 10.125 tỷ đồng": a headline read on over its thousands dots names
    # the month, quarter or months of the item the same way)
    if not headline_end and first.kind in ("month", "quarter", "cumulative", "half"):
        headline_end = numbers_headline_end
    if first.start < headline_end and not _MEETING_BEFORE.search(folded, max(0, first.start - 40), first.start):
        cands = [p for p in cands if p.start < headline_end]
    # ("Tình hình kinh tế - xã hội năm 2025 và giai đoạn 2021-2025": in a report's title the years of a plan's term
    # named after the year ending them are reviewed beside it; the year is what its figures without a time of their
    # own cover. A headline's "đến năm 2025" over a lead's "giai đoạn 2021 - 2025" is the term's end)
    same_end = [p for p in cands[:4] if p.period is not None and p.period.end == first.period.end
                and not (p is not first and (_AVERAGED.search(folded[max(0, p.start - 20):p.start])
                                             or _RECOGNITION_SPAN.search(folded[max(0, p.start - 60):p.start])
                                             or (title and p.kind == "range" and first.kind != "range"
                                                 and p.period.start.year < first.period.start.year)
                                             or _another_span_of_days(first, p)
                                             or _a_terms_years_said_apart(first, p, folded)))]
    return min(same_end, key=lambda p: p.period.start if p.period else dt.date.max)


# The line a title opens with: "BÁO CÁO", "NGHỊ QUYẾT" ... (data/words/document_kinds.csv), in
# capitals before its subject or alone on its line in any case.
_KIND_WORDS = word_source("document_kinds")


# A news item's headline: its first line with words (after the page's "date YYYY-MM" marker), without a
# full stop, then the line break(s) before the lead (``document`` reads the same line)
# "Tin liên quan", "Clip đang được xem nhiều nhất:", "Các tin khác": the page's links to other
# articles follow (the places and figures their headlines name are not this item's)
# ("Bài viết liên quan", "Tin mới nhất", "Đọc nhiều": the headings are data/words/page_link_headings.csv)
PAGE_LINKS = re.compile(r"(?im)^\W*(?:" + word_source("page_link_headings") + ")")
PAGE_LINKS_AFTER = 200  # (a headline and a first sentence: a menu above the headline is no list of links)
# ("T?nh B?nh Ph??c thu h?t 1,2 t? USD ... trong 9 th?ng": a "?" in a word is a letter whose marks a bad conversion
# lost, no question ending a sentence; a question mark ends its line's words)
_LOST_LETTER = r"|(?<=\w)\?+(?![^\S\n]*\n)|\?+(?=\w)"
# ("TP. Hồ Chí Minh: Ca mắc sởi giảm", "TX. Sơn Tây ...": the dot of a unit's short capital form ends no sentence)
_SHORT_FORMS_DOT = r"|(?<=\b[A-ZĐ])\.(?= \w)|(?<=\b[A-ZĐ][A-ZĐ])\.(?= \w)"
HEADLINE_LINE = re.compile(r"(?:[^\n.!?]" + _LOST_LETTER + _SHORT_FORMS_DOT + r"){10,200}\n+")
# the headline whose period dates the news item: a dot between digits ("đạt hơn 10.125 tỷ đồng") groups
# thousands, it ends no sentence
HEADLINE_WITH_NUMBERS = re.compile(r"(?:[^\n.!?]|(?<=\d)\.(?=\d)" + _LOST_LETTER + r"){10,200}\n+")


# a line that only dates the page, above a headline: "Ngày 6/12/2026", "Thứ Sáu, 05/12/2026 08:15 (GMT+7)"
_DATE_ONLY_LINE = re.compile(r"[^\n\d]{0,20}\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}\b[^\n]{0,25}\n+")
_WORDS = re.compile(r"[^\W\d_]+")


def _headline_end(opening: str, headline: re.Pattern[str] = HEADLINE_LINE) -> int:
    """Where the headline of a news item's ``opening`` ends, or 0 when it opens with no headline."""
    marker = DATE_MARKER.match(opening)
    start = marker.end() if marker else 0
    while start < len(opening) and opening[start].isspace():
        start += 1
    if (line := _DATE_ONLY_LINE.match(opening, start)) is not None and len(_WORDS.findall(line.group())) <= 3:
        start = line.end()  # ("Ngày 6/12/2026" or "Thứ Sáu, 05/12/2026 08:15" above the headline: the page's day)
    m = headline.match(opening, start)
    return m.end() if m else 0


def _headline_with_numbers_end(opening: str) -> int:
    """Where a headline with a thousands dot ends ("đạt hơn 10.125 tỷ đồng"), or 0."""
    return _headline_end(opening, HEADLINE_WITH_NUMBERS)


# "Kinh tế Hưng Yên khởi sắc" / "Tháng 10 năm 2025": a line under a headline that holds nothing but a period (no
# colon: it frames no list) dates the headline, as a title's period line does
_PERIOD_LINE = re.compile(r"[ \t]*([^\W\d_][^\n.!?:;,]{4,30}?)[ \t]*\n+")


def _with_its_period_line(opening: str, end: int) -> int:
    """Where a headline ending at ``end`` ends with the bare period line under it, if one follows; else ``end``."""
    m = _PERIOD_LINE.match(opening, end) if end else None
    if m is None:
        return end
    line = m.group(1)
    phrases = find_period_phrases(line)
    whole = (len(phrases) == 1 and phrases[0].kind in _DOC_KINDS and phrases[0].period is not None
             and phrases[0].start == 0 and phrases[0].end == len(line))
    return m.end() if whole else end


def kind_heading(blanks: str = r"\s*") -> str:
    """Regex source of a title line's opening kind: in capitals before its subject, or alone on its
    line in any case (then only ``blanks`` follow it). Used by this module and ``document``."""
    return rf"(?:(?:{_KIND_WORDS})\b|(?i:(?:{_KIND_WORDS})){blanks}$)"


# (``layout`` reads a title line by it too)
TITLE_HEADING = re.compile(r"(?m)^[\s#*>_|]*(?:<[^>]+>\s*)*" + kind_heading(r"[\s*_]*"))


# "I. NÔNG NGHIỆP" / "1. Sản xuất công nghiệp": a numbered section of the body; "Xảy ra 58 vụ tai nạn giao thông.": a
# sentence of it, closed by its full stop (a header's lines, its number, date line and motto, end on none)
_NUMBERED_SECTION = re.compile(r"[\s#*>_|]*(?:[IVX]+|\d{1,2})\.[ \t]+[^\W\d_]")
BODY_SENTENCE_WORDS = 5


def the_body_begun(above: list[str]) -> bool:
    """Have the lines ``above`` a kind's heading begun a body: a numbered section or a sentence closed by its full
    stop? Then the heading ("KẾ HOẠCH NĂM 2027" set unnumbered after a report's results) heads a part of the body, not
    the paper: its title is the heading near its top. Used by this module and ``document``."""
    return any(_NUMBERED_SECTION.match(line) is not None
               or (line.rstrip().endswith(".") and len(line.split()) >= BODY_SENTENCE_WORDS) for line in above)


# "VỀ DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2018" under "Số: 14/NQ-HĐND": the subject line of a document's
# title, in capitals, when the page lost the kind line above it
_SUBJECT_LINE = re.compile(r"(?m)^[\s#*>_|]*VỀ\s+\S[^\n]{8,}$")
_NUMBER_LINE = re.compile(r"\bSố\s*:?\s*\d+/[^\s|]+")


def _subject_title(head: str) -> re.Match[str] | None:
    """The capitals ``VỀ ...`` line that follows a document's number line, or None."""
    number = _NUMBER_LINE.search(head)
    if number is None:
        return None
    m = _SUBJECT_LINE.search(head, number.end())
    if m is None or m.group().upper() != m.group() or m.start() - number.end() > 300:
        return None
    return m


# The lines that open the body under a title ("Kính gửi:", "Căn cứ ...", "I. KẾT QUẢ ...", "1. Kinh tế")
_BODY_OPENING = re.compile(r"(?i)(kính\s+gửi|căn\s+cứ|phần|[IVX]+\.|\d+\.|[A-D]\.\s)")
# "Thực hiện ..." opens the body ("Thực hiện Công văn số 12/UBND, UBND xã báo cáo như sau:") or a plan's subject
# under its bare kind ("KẾ HOẠCH" / "Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026")
_CARRYING_OUT = re.compile(r"(?i)thực\s+hiện\b")
_CITED_PAPER = re.compile(r"\bsố\s*:?\s*\d+\s*/")
# a sentence's end ("... ước tăng 6,2%.") or the colon that announces what follows ("... kết quả như sau:")
_BODY_LINE_END = re.compile(r"[.:]$")
_CLOSING_YEAR = re.compile(r"(?:\b|/)" + YEAR + r"\W*$")
_A_YEAR = re.compile(r"(?:\b|/)" + YEAR + r"\b")
TITLE_LINES_MAX = 12


def all_capitals(line: str, at_least: int = 8) -> bool:
    """Is ``line`` written in capitals, with ``at_least`` letters?"""
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= at_least and sum(ch.isupper() for ch in letters) / len(letters) > 0.9


def _title_goes_on(lines: list[str], j: int) -> bool:
    """After a blank line, the title goes on when the next line starts in lower case or a year."""
    k = j
    while k < len(lines) and not lines[k]:
        k += 1
    if k >= len(lines) or k - j > 3:
        return False
    nxt = lines[k]
    return bool(nxt) and (nxt[0].islower() or re.match(YEAR + r"\b", nxt) is not None)


TITLE_LINE_CHARS = 80  # a title's part set on a line of its own is short; a paragraph of the body is longer


def _closed_before(parts: list[str], nxt: str) -> bool:
    """Does ``nxt`` start what follows a title whose last line is ``last``? A subject in sentence case is not
    taken up again in capitals ("Về kế hoạch ... năm 2025" / "HỘI ĐỒNG NHÂN DÂN TỈNH X": the enacting body's line,
    or the issuer's set under the title); a subject closed by its year is followed by the body when the next line
    opens with a capital in sentence case ("... THÁNG 5 NĂM 2023" / "Năm 2023 là năm ..."), where a title's own
    next line goes on in small letters ("... năm 2024" / "và phương hướng ...") or is closed by its year too
    ("... năm 2024" / "Phương hướng, nhiệm vụ năm 2025"); and after a subject that has named its year anywhere, such a
    line is the body when it runs longer than a title's line ("... năm 2024 trên địa bàn xã A" / "Trong tháng 6 năm
    2024, UBND xã tập trung chỉ đạo ..., kết quả như sau")."""
    last = next(p for p in reversed(parts) if p)
    if all_capitals(nxt) and not all_capitals(last, 3):
        return True
    if all_capitals(nxt, 3) or not next((ch.isupper() for ch in nxt if ch.isalpha()), False):
        return False
    if _CLOSING_YEAR.search(last) is not None and _CLOSING_YEAR.search(nxt) is None:
        return True
    return len(nxt) > TITLE_LINE_CHARS and any(_A_YEAR.search(p) for p in parts)


# "NGHỊ QUYẾT" / "VỀ KẾ HOẠCH ... NĂM 2026" / "HỘI ĐỒNG NHÂN DÂN TỈNH A": the body enacting a resolution opens the lines
# under its title, in capitals like it (a title's line ending on "của" or "và" goes on with the body it names)
_ENACTING_BODY = re.compile(r"(?i)^(?:hội\s+đồng\s+nhân\s+dân|[uủ][yỷ]\s+ban\s+nhân\s+dân)\b")
_RUNS_ON = re.compile(r"(?i)(?:\bcủa|\bvà|[-–,])$")


# "12", "- 2 -", "Trang 1/12": a page's number on a line of its own (a scan's page break) ends a title
_PAGE_NUMBER = re.compile(r"(?i)[-–(\s]*(?:trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?[-–)\s]*")
PAGE_NUMBER_CHARS = 16


# "DIỄN VĂN" / "KHAI MẠC KỲ HỌP THỨ BA MƯƠI ..." / "Ngày 10 tháng 12 năm 2026": the day a speech was given or a notice
# sent, set alone under its title, is no part of it (data/words/document_kinds.csv, dated_apart: the kinds whose day
# is no period; a bulletin's or a report's day under its title may be the day it covers)
_DATED_APART = re.compile(r"[\s#*>_|]*(?:" + "|".join(phrase_source(r["words"])
                                                    for r in read_table("words/document_kinds.csv")
                                                    if r["dated_apart"] == "yes") + r")\b")
_A_DAYS_LINE = re.compile(r"(?i)[(\s]*ngày\s+\d{1,2}\s*"
                          r"(?:tháng\s*\d{1,2}\s*năm\s*\d{4}|[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})[)\s]*")


def title_end(lines: list[str], i: int, kind: str) -> int:
    """The index of the line after the title whose kind line is ``lines[i]`` (``kind``: the words after the kind
    on that line, "" when it stands alone): the subject's lines run to a blank line, the body's first line (its
    opening words, a sentence closed by its full stop or colon, a line in the other case, see ``_closed_before``)
    or the date line under it. ``lines`` are stripped. Used by this module and ``document``."""
    parts = [kind]
    j = i + 1
    while j < len(lines) and j < i + TITLE_LINES_MAX:
        nxt = lines[j]
        if not nxt:
            if parts[-1] and len(" ".join(parts)) > 25 and not _title_goes_on(lines, j):
                break
            j += 1
            continue
        subject = any(parts)
        if (
            _BODY_OPENING.match(nxt)
            or (_CARRYING_OUT.match(nxt) and (subject or _BODY_LINE_END.search(nxt) or _CITED_PAPER.search(nxt)))
            or set(nxt) <= set("-_=*. ")
            or len(nxt) > 300
            or (len(nxt) <= PAGE_NUMBER_CHARS and _PAGE_NUMBER.fullmatch(nxt) is not None)
            # the paper's number set under a title in capitals ("BÁO CÁO ... NĂM 2027" / "Số: 160/BC-UBND"): the
            # header's line, never the subject's
            or (nxt[:1] == "S" and _NUMBER_LINE.match(nxt) is not None)
            or (subject and _BODY_LINE_END.search(nxt))
            # the date line a release or a notice sets under its title ("Bến Tre, ngày 5 tháng 7 năm 2026")
            or ("," in nxt and DATELINE.match(nxt) is not None)
            or (subject and nxt[:1] in "Nn(" and _A_DAYS_LINE.fullmatch(nxt) is not None
                and _DATED_APART.match(lines[i]) is not None)
            or (subject and _closed_before(parts, nxt))
            or (subject and _ENACTING_BODY.match(nxt) is not None and _RUNS_ON.search(parts[-1]) is None)
        ):
            break
        parts.append(nxt)
        j += 1
    return j


_ZONE_BLANKS = re.compile(r"[ \t]+")
_KIND_LINE = re.compile(r"[\s#*>_|]*(?:<[^>]+>\s*)*" + kind_heading(r"[\s*_]*"))


# "PHÒNG TÀI CHÍNH -" / "KẾ HOẠCH": a line ended by a joining mark goes on with the next, an office's name over two
# lines, whose second may open with a kind's word
_JOINED_ON = re.compile(r"(?:[-–&,]|\svà)[ \t]*$")


def goes_on_below(line: str) -> bool:
    """Does ``line`` end with a mark that joins it to the next (a dash, "&", a comma, "và")? Used by this module
    and ``document``."""
    return _JOINED_ON.search(line) is not None


# "UBND TỈNH A" / "Báo cáo kết quả năm 2027": a paper whose header is only its issuer's lines in capitals may set
# its title under them in sentence case, the kind's word first
_SENTENCE_CASE_KIND = re.compile(rf"(?i:{_KIND_WORDS})[ \t]+[^\W\d_]")
HEADER_LINES_ABOVE = 3
SENTENCE_CASE_TITLE_CHARS = 160


# "SỞ TÀI CHÍNH", "Chi cục Thuế khu vực VIII", "TRẠM CHĂN NUÔI VÀ THÚ Y" (folded): the word an office's name opens
# on, under the body above it or alone in a header (``document`` reads the issuer by it too)
DEPARTMENT = re.compile(
    r"^(?:so|cuc|chi\s+cuc|ban\s+quan\s+ly|van\s+phong|phong|thanh\s+tra|cong\s+an"
    r"|bo\s+chi\s+huy|ban\s+chi\s+huy|bch|thong\s+ke|thue|kho\s+bac|ngan\s+hang|truong|trung\s+tam"
    # (a committee's or a department's station, ranger post or team: "UBND HUYỆN A" / "TRẠM CHĂN NUÔI VÀ THÚ Y",
    # "CHI CỤC KIỂM LÂM" / "HẠT KIỂM LÂM HUYỆN B", "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3": the unit under it issues)
    r"|tram|hat(?=\s+kiem\s+lam)|doi(?=\s+(?:quan\s+ly\s+thi\s+truong|thue|kiem\s+lam)\b)"
    # (a council's committees: "HĐND TỈNH A" / "BAN KINH TẾ - NGÂN SÁCH", the organ word "Ban" and its field)
    r"|ban(?=\s+(?:kinh\s+te|van\s+hoa|phap\s+che|dan\s+toc|do\s+thi)\b)"
    # (a party committee's boards: "TỈNH ỦY A" / "BAN TUYÊN GIÁO", "ỦY BAN KIỂM TRA")
    r"|ban(?=\s+(?:tuyen\s+giao|to\s+chuc|dan\s+van|noi\s+chinh)\b)|uy\s+ban\s+kiem\s+tra"
    # (a people's committee's boards of a field: "UBND TỈNH A" / "BAN AN TOÀN GIAO THÔNG", "BAN CHỈ ĐẠO ...")
    r"|ban(?=\s+(?:an\s+toan\s+giao\s+thong|thi\s+dua|ton\s+giao|chi\s+dao|tiep\s+cong\s+dan)\b)"
    # (a body's branch: "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM" / "CHI NHÁNH KHU VỰC 5", named with the body above it)
    r"|chi\s+nhanh)\b"
)
# "THUẾ TỈNH A" / "Thuế cơ sở 2 tỉnh A": an office under the one above it written in sentence case, a line of the header
OFFICE_NAME_CHARS = 60


def _an_office_in_sentence_case(line: str) -> bool:
    """Is ``line`` an office's short name in sentence case ("Chi cục Thuế khu vực VIII"), no sentence?"""
    return (len(line) <= OFFICE_NAME_CHARS and line[:1].isupper() and not line.endswith((".", ":"))
            and DEPARTMENT.match(fold(line)) is not None)


# "UBND xã Hoà Bình (tỉnh Cà Mau)", "UBND XÃ ĐỨC THỌ, tỉnh Hà Tĩnh", "Ủy ban nhân dân phường Tân An": a commune's or a
# district's people's committee (or council, party committee) on the header's line, typed in any case, its province
# maybe after it in brackets or after a comma or a dash (folded: the body's words; its unit read by ``find_units``)
_A_UNITS_BODY_WORDS = re.compile(r"(?:uy\s+ban\s+nhan\s+dan|ubnd|hoi\s+dong\s+nhan\s+dan|hdnd|dang\s+uy)\s+")
# (what may stand between a unit and its province, and after them: "(", ", ", " – ", "mới" or "cũ" after a name)
_BETWEEN_PLACES = re.compile(r"[\s,()\-–—]*(?:(?:mới|cũ)(?!\w))?[\s,()\-–—]*", re.IGNORECASE)
UNITS_BODY_LINE_CHARS = 80


def a_units_body_in_any_case(line: str) -> bool:
    """Is ``line`` a unit's people's committee (or council) and the unit's place, however typed, no headline going
    on past them; or, alone in brackets, the place of the line above ("(tỉnh Hải Phòng mới)")? Used by this module
    and ``document``."""
    if len(line) > UNITS_BODY_LINE_CHARS or line.endswith((".", ":")):
        return False
    at = m.end() if (m := _A_UNITS_BODY_WORDS.match(fold(line))) is not None else 0
    if at == 0 and line[:1] != "(":
        return False
    places = sorted([(u.start, u.end) for u in find_units(line)] + [(p.start, p.end) for p in find_provinces(line)])
    for start, end in places:
        if start >= at and _BETWEEN_PLACES.fullmatch(line, at, start) is None:
            return False
        at = max(at, end)  # (a province's name inside a unit's mention, "tỉnh Cà Mau", is read with it)
    return bool(places) and _BETWEEN_PLACES.fullmatch(line, at) is not None


# "Đơn vị: Cục Quản lý đê điều ..." under "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG": a ministry's paper names its office on a
# labelled line of the header, in sentence case
_OFFICE_LABEL_LINE = re.compile(r"(?:Đơn\s+vị|Cơ\s+quan)\s*(?:báo\s+cáo\s*)?:", re.IGNORECASE)


def _a_sentence_case_title(line: str) -> bool:
    """Does ``line`` open on a kind word in sentence case ("Báo cáo kết quả năm 2027")?"""
    return _SENTENCE_CASE_KIND.match(line) is not None


def a_dated_subject(line: str) -> bool:
    """Is ``line`` a subject in sentence case naming its period, no kind word before it ("Tình hình tín dụng đến
    30/9/2025", "Tình hình dịch bệnh tuần 32 năm 2026")? Under the issuer's (or a province's) lines it is the paper's
    title as a kind word's would be. Used by this module and ``document``."""
    if all_capitals(line, 3) or not line[0].isupper():
        return False
    if any(p.period is not None or p.as_of is not None for p in find_period_phrases(line)):
        return True
    # ("Kết quả sản xuất vụ Đông Xuân 2026-2027", "Niên vụ cà phê 2026-2027": a crop's season or year, a school year or
    # the weather's season names the period as well, by the years it spans)
    folded = fold(line)
    return any(p.search(folded) is not None for p in (_TITLES_CROP_SEASON, _TITLES_WEATHER_SEASON, _SCHOOL_YEAR))


def title_under_the_header(lines: list[str], is_title: Callable[[str], bool] = _a_sentence_case_title) -> int | None:
    """Index of a title line (see ``is_title``; by default one in sentence case opening on its kind word) right under
    the issuer's lines in capitals (or an office's labelled line, see ``_OFFICE_LABEL_LINE``) that open ``lines``, or
    None. Used by this module and ``document``."""
    above = 0
    for i, raw in enumerate(lines):
        if above > HEADER_LINES_ABOVE:
            return None
        line = raw.strip()
        if not line:
            continue
        if above and is_title(line) and len(line) <= SENTENCE_CASE_TITLE_CHARS \
                and not line.endswith((".", ":")):
            return i
        if not all_capitals(line, 3) and not (above and _OFFICE_LABEL_LINE.match(line)) \
                and not _an_office_in_sentence_case(line) and not a_units_body_in_any_case(line):
            return None
        above += 1
    return None


# "Báo cáo chính trị của Ban Chấp hành Đảng bộ huyện A khóa XXIV tại Đại hội ... nhiệm kỳ 2025 - 2030 (dự thảo)": a
# party paper's whole title on its first line in sentence case, no issuer above it, naming the congress or the term it
# is written for (folded; a headline that opens on the words, "Báo cáo chính trị phải kết tinh trí tuệ", names neither)
_A_PARTY_PAPERS_TITLE = re.compile(
    r"[\s#*>_|]*bao\s+cao\s+(?:chinh\s+tri|kiem\s+diem)\b(?=.*\b(?:dai\s+hoi|nhiem\s+ky)\b)"
)
PARTY_TITLE_CHARS = 300


def party_papers_title_line(lines: list[str]) -> int | None:
    """Index of the first line with words when it is a party paper's title in sentence case (see
    ``_A_PARTY_PAPERS_TITLE``), not a sentence of a body (closed by its full stop), or None. Used by this module and
    ``document``."""
    i = next((k for k, line in enumerate(lines) if line.strip()), None)
    if i is None:
        return None
    line = lines[i].strip()
    if len(line) > PARTY_TITLE_CHARS or line.endswith((".", ":")) or not _A_PARTY_PAPERS_TITLE.match(fold(line)):
        return None
    return i


def _title_under_the_header(nfc: str) -> tuple[int, int] | None:
    """Span of a sentence-case title line right under the issuer's lines (see ``title_under_the_header``) or of a
    subject line naming its period there (see ``a_dated_subject``), or None."""
    lines = nfc[:6000].split("\n")
    i = title_under_the_header(lines)
    if i is None:
        i = title_under_the_header(lines, a_dated_subject)
    if i is None:
        return None
    return _title_lines_span(lines, i)


def _title_lines_span(lines: list[str], first: int) -> tuple[int, int]:
    """Span of a title's line ``first`` of ``lines`` and of the lines it goes on to ("Báo cáo chính trị ... tại Đại
    hội đại biểu lần thứ I," / "nhiệm kỳ 2025 - 2030": a line broken by a copy from a page)."""
    last = first
    while last + 1 < len(lines) and goes_on_below(lines[last]):
        last += 1
    at = sum(len(ln) + 1 for ln in lines[:first])
    return at, at + sum(len(ln) + 1 for ln in lines[first : last + 1]) - 1


def _title_zone(nfc: str) -> tuple[int, int] | None:
    """Span of the heading after ``BÁO CÁO`` (or another kind) and its subject lines (see ``title_end``)."""
    m = next((h for h in TITLE_HEADING.finditer(nfc[:6000])
              if not goes_on_below(nfc[nfc.rfind("\n", 0, max(h.start() - 1, 0)) + 1:max(h.start() - 1, 0)])
              and not the_body_begun(nfc[:h.start()].split("\n"))), None)
    if m:
        # (the heading's marks may run over blank lines above its kind word: the zone's lines start at its line)
        word_at = m.end() - len(m.group().lstrip(" \t\n#*>_|"))
        line_start = nfc.rfind("\n", 0, word_at) + 1
        rest = nfc[line_start:line_start + 6000].split("\n")
        lines = [_ZONE_BLANKS.sub(" ", ln).strip(" |") for ln in rest]
        heading = _KIND_LINE.match(lines[0])
        j = title_end(lines, 0, lines[0][heading.end():].strip(" :-*_") if heading else "")
        return m.start(), line_start + sum(len(ln) + 1 for ln in rest[:j])
    if (under := _title_under_the_header(nfc)) is not None:
        return under
    lines = nfc[: PARTY_TITLE_CHARS * 2].split("\n")
    if (party := party_papers_title_line(lines)) is not None:
        return _title_lines_span(lines, party)
    m = _subject_title(nfc[:6000])
    if not m:
        return None
    stop = re.compile(r"(?mi)^[\s#*_>|]*(?:Kính\s+gửi|Thực\s+hiện|Căn\s+cứ|I\.|1\.|A\.|Phần)")
    s = stop.search(nfc, m.end())
    end = s.start() if s and s.start() - m.end() < 1200 else min(len(nfc), m.end() + 600)
    return m.start(), end


def document_period(text: str) -> Period | None:
    """The period the report covers (see ``locate_document_period``)."""
    return locate_document_period(text)[0]


def _never_an_event(_sentence: str) -> bool:
    return False


@dataclass(frozen=True)
class DocumentTime:
    """When a document is about: its period, where that was read, and its reference year."""

    period: Period | None
    source: str | None  # title, event_dates, body, date_line (None with no period)
    reference_year: int | None


def locate_document_period(text: str, is_event_sentence: Callable[[str], bool] = _never_an_event
                           ) -> tuple[Period | None, str | None]:
    """The period the document covers and where it was read (``title``, ``event_dates``,
    ``body``, ``date_line``), or ``(None, None)``; ``is_event_sentence`` tells a sentence about a
    disaster (the caller knows the hazard words)."""
    found = document_time(text, is_event_sentence)
    return found.period, found.source


def document_time(
    text: str, is_event_sentence: Callable[[str], bool] = _never_an_event, unwritten_year: int | None = None
) -> DocumentTime:
    """The document's period with its source, and the reference year, read in one pass; ``unwritten_year`` is the
    year of a text that writes none anywhere (known from outside it: a sidecar's publishing day)."""
    nfc = FoldedText.of(text).nfc
    ref = reference_year(nfc, find_dateline(nfc)) or unwritten_year
    period, source = _locate(text, ref, is_event_sentence)
    return DocumentTime(period, source, ref)


# next year's tasks or plan named with their year (folded text): "phương hướng, nhiệm vụ năm 2015"
_NEXT_YEARS_TASKS = re.compile(r"\b(?:phuong\s+huong|nhiem\s+vu|ke\s+hoach)"
                               r"(?:\s*(?:,|va)\s*(?:phuong\s+huong|nhiem\s+vu|ke\s+hoach|giai\s+phap))*"
                               r"\s+nam\s+((?:19|20)\d\d)\b")


# "Kết quả 3 tháng vận hành mô hình chính quyền địa phương 2 cấp", "Xã A sau 6 tháng vận hành chính quyền hai cấp":
# the months since the two-level local government began on 1 July 2025 (folded text)
_SINCE_TWO_LEVELS = re.compile(
    r"\b(?:(\d{1,2}|" + "|".join(fold(w) for w in NUMBER_WORDS) + r")\s+thang|(1|mot)\s+nam|(\d{2,3})\s+ngay)\s+"
    r"(?:dau\s+)?"
    r"(?:van\s+hanh|hoat\s+dong|thuc\s+hien|trien\s+khai)\s+(?:mo\s+hinh\s+)?(?:to\s+chuc\s+)?"
    r"chinh\s+quyen\s+(?:dia\s+phuong\s+)?(?:2|hai)\s+cap\b")
_SINCE_TWO_LEVELS_WORD = lowered_literal_scan(_SINCE_TWO_LEVELS)  # (a cheap test first: most heads name none)
TWO_LEVELS_START = dt.date(2025, 7, 1)
HEADLINE_CHARS = 200


def _since_two_levels(nfc: str, folded: str) -> Period | None:
    """The months since the two-level local government began that a title or headline reports on ("3 tháng vận
    hành chính quyền địa phương 2 cấp" → July..September 2025; "1 năm vận hành ..." → July 2025..June 2026; "100 ngày
    vận hành ..." → 1 July..8 October 2025)."""
    m = _SINCE_TWO_LEVELS.search(folded) if _SINCE_TWO_LEVELS_WORD.search(folded) else None
    if m is None:
        return None
    if any(p.period is not None and (p.end <= m.start() or p.start >= m.end()) for p in find_period_phrases(nfc)):
        return None  # "... 2 cấp và tình hình kinh tế - xã hội năm 2025": a period of its own besides
    if m.group(3):
        # ("Sau 100 ngày vận hành chính quyền hai cấp": the days from 1 July, the first of them counted)
        days = int(m.group(3))
        last_day = TWO_LEVELS_START + dt.timedelta(days=days - 1)
        return Period(TWO_LEVELS_START, last_day, nfc[m.start():m.end()]) if days <= 731 else None
    word = m.group(1)
    months = 12 if m.group(2) else int(word) if word.isdigit() else {fold(w): n for w, n in NUMBER_WORDS.items()}[word]
    if not 1 <= months <= 24:
        return None
    last = TWO_LEVELS_START.month - 1 + months - 1  # (months counted from July)
    year, month = TWO_LEVELS_START.year + last // 12, last % 12 + 1
    return Period(TWO_LEVELS_START, month_end(year, month), nfc[m.start():m.end()])


# "Bản tin phòng, chống thiên tai tuần 38/2026", "Tình hình dịch bệnh tuần 45 năm 2026", "Tuần 12/2027: Giá lúa
# tăng nhẹ": a title or headline naming a week of the year by its number reports on that week (Monday to Sunday), not
# the year its number is said with; not the weeks summed up to it ("Lũy kế đến tuần 32") nor a head that also names
# months, a quarter or a half ("tuần 45 và 10 tháng năm 2026": the wider period is read as before)
_A_NUMBERED_WEEK = re.compile(r"(?:trong\s+)?tuan\s+(?:thu\s+)?\d")
_TO_A_WEEK = re.compile(r"\b(?:đến|tới|từ)\s*$")  # (marked: "trật tự tuần 45" is no "từ tuần 45")
# (the number ending a line of the head: "BẢN TIN TUẦN 45" / "Tình hình sản xuất thủy sản")
_A_HEADS_BARE_WEEK = re.compile(r"\btuan\s+(\d{1,2})[ \t]*$", re.MULTILINE)


def _headings_week(head: str, ref: int | None) -> Period | None:
    """The week a title or a headline names by its number (see ``_A_NUMBERED_WEEK``), else None."""
    folded = fold(head)
    phrases = [p for p in find_period_phrases(head, ref) if p.period is not None]
    weeks = [(p.start, p.end, p.period) for p in phrases if p.kind == "day" and _A_NUMBERED_WEEK.match(folded, p.start)]
    if not weeks and ref and (bare := _A_HEADS_BARE_WEEK.search(folded.rstrip())) is not None \
            and 1 <= (number := int(bare.group(1))) <= dt.date(ref, 12, 28).isocalendar()[1]:
        # ("Bản tin thị trường nông sản tuần 46": the head ending on the week's number, of the year the text is of)
        monday = dt.date.fromisocalendar(ref, number, 1)
        weeks = [(bare.start(), bare.end(), Period(monday, monday + dt.timedelta(days=WEEK_DAYS - 1),
                                                   head[bare.start():bare.end()]))]
    if not weeks or _TO_A_WEEK.search(head.lower(), max(0, weeks[0][0] - 8), weeks[0][0]):
        return None
    start, end, week = weeks[0]
    # (the year a week is said with: "tuần 45 năm 2026")
    if any(p.kind in _DOC_KINDS and (p.kind != "year" or not start <= p.start < end) for p in phrases):
        return None
    return week


# "tuần 32" in a headline (folded), its number read however the words go on ("Số ca sốt xuất huyết tuần 32 tăng 18%")
_A_HEADLINES_WEEK_NUMBER = re.compile(r"\btuan\s+(?:thu\s+)?(\d{1,2})\b")
LEADS_WEEK_CHARS = 120  # (the lead's first words, where it dates the week it reports on)


def _headlines_week_in_its_lead(nfc: str, head: tuple[int, int], ref: int | None) -> Period | None:
    """The week a news headline names by its number without a year ("Số ca sốt xuất huyết tuần 32 tăng 18%"), when
    the lead opens on that week with its year ("Trong tuần 32/2025 (từ ngày 4 đến 10/8/2025), ..."): the
    week the item reports on, not the year the lead's tally from its start is said in; else None."""
    numbers = {int(m.group(1)) for m in _A_HEADLINES_WEEK_NUMBER.finditer(fold(nfc[head[0] : head[1]]))}
    if len(numbers) != 1:
        return None
    opening = nfc[head[1] : head[1] + LEADS_WEEK_CHARS]
    first = next((p for p in find_period_phrases(opening, ref) if p.period is not None), None)
    if first is None or first.kind != "day" or not first.explicit_year:
        return None
    week = _A_HEADLINES_WEEK_NUMBER.search(fold(first.text))
    return first.period if week is not None and int(week.group(1)) in numbers else None


# "V/v báo cáo tình hình dịch bệnh tuần 38 năm 2026": an official letter's subject line under its number, its title
_LETTERS_SUBJECT_LINE = re.compile(r"(?m)^[ \t*_|]*V[ \t]*/[ \t]*[vV][ \t]*[.:]?[ \t]+\S[^\n]{8,}$")
LETTERS_HEADER_CHARS = 1200


def _letters_subject(nfc: str) -> tuple[int, int] | None:
    """The span of an official letter's subject line ("V/v ...") in its header, or None."""
    m = _LETTERS_SUBJECT_LINE.search(nfc, 0, LETTERS_HEADER_CHARS) if "/" in nfc[:LETTERS_HEADER_CHARS] else None
    return (m.start(), m.end()) if m is not None else None


def _first_line(nfc: str) -> tuple[int, int]:
    """The span of the first line with words (a news item's headline), ``HEADLINE_CHARS`` at the most."""
    start = len(nfc) - len(nfc.lstrip())
    end = nfc.find("\n", start)
    return start, min(len(nfc) if end < 0 else end, start + HEADLINE_CHARS)


# "Báo cáo nhanh công tác phòng, chống thiên tai ngày 18/10/2026": a title on disasters at large dates its bulletin by
# its day, as one naming a hazard does (not a meeting's day: "Hội nghị tổng kết công tác PCTT ngày 12/3/2026")
_DISASTERS_AT_LARGE = re.compile(r"\bthien\s+tai\b|\bpctt\b")
_A_MEETING = re.compile(r"\b(?:hoi\s+nghi|ky\s+hop|(?:phien|cuoc)\s+hop|hop\s+bao|tong\s+ket)\b")
# "Công tác trực ban ngày 12/10/2027": an office's duty report is of the day it was on duty
_ON_DUTY = re.compile(r"\btruc\s+ban\b")
BULLETIN_OPENING_CHARS = 400  # the first lines under a bulletin's title say what it reports on


def _a_days_bulletin(title: str, body: str, is_event_sentence: Callable[[str], bool]) -> bool:
    """Is a title naming a day ("Báo cáo tình hình ngày 3/11/2027") that of a bulletin: one on disasters or a
    duty day, or one whose body opens on a disaster ("Ảnh hưởng hoàn lưu bão số 9, ...")? Not a meeting's day."""
    if is_event_sentence(title):
        return True
    folded = fold(title)
    return _A_MEETING.search(folded) is None and (
        _DISASTERS_AT_LARGE.search(folded) is not None or _ON_DUTY.search(folded) is not None
        or is_event_sentence(body[:BULLETIN_OPENING_CHARS]))


_A_REPORTS_TITLE = re.compile(r"[\s#*>_|]*bao\s+cao\b")
# "BẢN TIN SỐ 12/2026", "BÁO CÁO NHANH", "TIN NHANH": a bulletin's own heading (folded), issued on the day it reports
# (or its kind's bare word over a subject line that says it again: "BÁO CÁO" / "Báo cáo nhanh tình hình mưa lũ")
_A_BULLETINS_HEADING = re.compile(
    r"[\s#*>_|]*(?:bao\s+cao[ \t]*\n[\s#*>_|]*)?(?:ban\s+tin|(?:bao\s+cao\s+|tin\s+)nhanh)\b"
)


def _a_bulletins_issue_day(folded_title: str, nfc: str) -> Period | None:
    """The day a disasters' or duty bulletin whose title names none is issued on, by its date line at the top or its
    closing one ("BẢN TIN SỐ 12/2026" … "Ngày 15 tháng 7 năm 2026"): the situation it reports is that day's, not its
    year's; None for another title (a report on disasters at large dated so is of a wider period) or no dated day."""
    if _A_BULLETINS_HEADING.match(folded_title) is None or (issued := _date_line_day(nfc)) is None:
        return None
    return Period(issued, issued, f"ngày {issued.day}/{issued.month}/{issued.year}")


def _the_plans_year_after_its_results(title: str, plan: re.Match[str] | None, nfc: str,
                                      ref: int | None) -> int | None:
    """The year of the plan a title sets after results it names no period of ("Tổng kết công tác năm, phương hướng
    nhiệm vụ năm 2025", "Tình hình kinh tế - xã hội và phương hướng năm 2025"), over a date line of the year before
    or of the plan's year barely begun: the results are of the year before the plan's. None otherwise (dated in the
    plan's year, "Kết quả và nhiệm vụ năm 2025" of June 2025 speaks of one year)."""
    if plan is None or plan.start() == 0:
        return None
    years = [p.period.end.year for p in find_period_phrases(title[plan.start():], ref)
             if p.kind in ("year", "target_year") and p.period is not None]
    dated = _date_line_month(nfc)
    if len(set(years)) != 1 or dated is None:
        return None
    year = years[0]
    return year if dated[0] == year - 1 or (dated[0] == year and dated[1] <= YEAR_BARELY_BEGUN_MONTHS) else None


# "Tổng kết năm học 2024-2025": a school year, from September to August; not a term of it ("học kỳ I năm học ...");
# "Kết quả niên vụ 2025-2026": a crop year, from October to September
# ("Công tác chuẩn bị năm học mới 2026-2027": the new school year, named so)
# ("Niên vụ cà phê 2026-2027": the crop a crop year is of, named between)
_SCHOOL_YEAR = re.compile(r"(hoc\s+ky\s+\S+\s+)?(nam\s+hoc|nien\s+vu(?:\s+[a-z]+){0,3}?)(?:\s+moi)?\s*(\d{4})\s*-\s*"
                          r"(\d{4})\b")


def _school_year_of_the_title(folded_title: str) -> Period | None:
    """The school (or crop) year a title reports on, when it names one (and no term of it)."""
    if ("nam hoc" not in folded_title and "nien vu" not in folded_title) or (
        m := _SCHOOL_YEAR.search(folded_title)
    ) is None or m.group(1):
        return None
    y1, y2 = int(m.group(3)), int(m.group(4))
    if y2 != y1 + 1:
        return None
    return school_year_period(y1) if m.group(2).startswith("nam") else crop_year_period(y1)


# "Kết quả sản xuất vụ Đông Xuân 2025-2026", "Sơ kết vụ Hè Thu 2026": a crop season (data/words/crop_seasons.csv) a
# title reports on; "Tình hình cháy rừng mùa khô năm 2025-2026": a season of the weather, its months known or not
# ("Mùa mưa bão 2026") (data/words/weather_seasons.csv, folded)
# (the seasons' words and months as periods reads them, one place)
_TITLES_CROP_SEASON = re.compile(r"\b(?:vu|lua)\s+(?:" + "|".join(CROP_SEASON_WORDS)
                                 + r")\s+(?:nam\s+)?(\d{4})(?:\s*[-–/]\s*(\d{4}))?(?!\d)")
_TITLES_WEATHER_SEASON = re.compile(r"\bmua\s+(" + "|".join(
    sorted((r"\s+".join(fold(w).split()) for w in word_list("weather_seasons")), key=len, reverse=True))
    + r")\s+(?:nam\s+)?(\d{4})(?:\s*[-–/]\s*(\d{4}))?(?!\d)")


def _said_elsewhere(chosen: PeriodPhrase | None, season: re.Match[str]) -> bool:
    """Is the period ``chosen`` from a title said outside the words of the season ``season`` names there?"""
    return chosen is not None and not season.start() <= chosen.start < chosen.end <= season.end()


def _season_of_the_title(nfc_title: str, nfc: str, chosen: PeriodPhrase | None) -> Period | None:
    """The season a title reports on, or None. A season of the weather over the new year with known months ("mùa khô
    năm 2025-2026", "mùa khô năm 2026": the one closing in that year, or the one opening in it when the date line
    is at or after its first month) is its months, up to the date line's day when the report is dated inside it (the
    season so far). A crop season is the year it is reaped in ("vụ Đông Xuân 2025-2026": 2026; the crop_season
    phrases of periods.py read its year so), or the date line's year when that is one of the season's: its months
    differ from north to south, and no figure is dated by two years. A period said beside the season ("tháng 8 và vụ
    Hè Thu 2026") is the title's, not the season."""
    folded_title = fold(nfc_title)
    if "mua" in folded_title and (m := _TITLES_WEATHER_SEASON.search(folded_title)) is not None:
        if _said_elsewhere(chosen, m):
            return None
        y1, y2 = int(m.group(2)), int(m.group(3)) if m.group(3) else None
        dated = _date_line_day(nfc)
        if (months := WEATHER_SEASON_MONTHS.get(" ".join(m.group(1).split()))) is None:
            # ("Mùa mưa bão 2026": a season inside its year, its months unsaid: the year, unless the paper is dated
            # before it, preparing for it)
            if y2 is not None or chosen is not None or (dated is not None and dated.year < y1):
                return None  # ("mùa mưa bão năm 2026": the year the title says, read as such)
            return replace(year_period(y1), label=nfc_title[m.start():m.end()])
        first, last = months
        if y2 is None:
            y1, y2 = (y1, y1 + 1) if dated is not None and dated >= dt.date(y1, first, 1) else (y1 - 1, y1)
        if y2 != y1 + 1:
            return None
        start, end = dt.date(y1, first, 1), month_end(y2, last)
        if (counted := _titles_cut_off(nfc_title, y2)) is not None and start <= counted.end < end:
            end = counted.end  # ("mùa khô 2025-2026 (tính đến ngày 15/3/2026)": the season to the day it counts to)
        elif dated is not None and start <= dated < end:
            end = dated
        return Period(start, end, nfc_title[m.start():m.end()])
    if ("vu" not in folded_title and "lua" not in folded_title) or (
            m := _TITLES_CROP_SEASON.search(folded_title)) is None or _said_elsewhere(chosen, m):
        return None
    y1 = int(m.group(1))
    reaped = int(m.group(2)) if m.group(2) else y1
    if reaped not in (y1, y1 + 1):
        return None
    dated = date_line_year(nfc)
    year = dated if dated is not None and y1 <= dated <= reaped else reaped
    if chosen is None and (other := _choose(find_period_phrases(nfc_title, year), title=True)) is not None \
            and _said_elsewhere(other, m):
        return None  # ("tháng 8 và vụ Hè Thu 2026": the month, its year the season's)
    season = replace(year_period(year), label=nfc_title[m.start():m.end()])
    if (counted := _titles_cut_off(nfc_title, year)) is not None and season.start <= counted.end < season.end:
        # ("vụ Đông Xuân 2025-2026 (tính đến ngày 15/3/2026)": the season's year to the day it counts to)
        return replace(season, end=counted.end)
    return season


# "Sau mùa lũ 2025, ...", "Chuẩn bị cho vụ Đông Xuân 2026-2027", "Trước mùa mưa bão 2026": a season a headline dates
# its news from or toward, not the one it reports on (folded)
_A_SEASON_AS_A_TIME_MARK = re.compile(r"\b(?:sau|truoc|chuan\s+bi(?:\s+cho)?|huong\s+toi|don)\s+(?:lua\s+)?$")


def _headlines_crop_or_weather_season(body: str, nfc: str) -> Period | None:
    """The crop or weather season a news item's headline names ("Sơ kết vụ Đông Xuân 2025-2026: ...", "Mùa mưa bão
    2026: ..."), read as a title's (``_season_of_the_title``); under a headline naming no period, the season its lead
    opens on ("Vụ Đông Xuân 2026, tỉnh X gieo cấy 75.000 ha lúa"); or None."""
    end = _headline_with_numbers_end(body)
    if end:
        headline = body[:end]
        if _a_seasons_words(fold(headline)):
            return _season_named(headline, nfc)
        if any(p.kind in _DOC_KINDS for p in find_period_phrases(headline)):
            return None
    opening = body[end:end + LEADS_OPENING_CHARS + 40]
    folded = fold(opening)
    if len(folded) != len(opening) or (seasons := _a_seasons_words(folded)) is None:
        return None
    first = min(m.start() for m in seasons)
    if first > LEADS_OPENING_CHARS or any(c in ".!?\n" for c in folded[:first].strip()):
        return None  # (a season said later in the lead: what the sentence speaks of, not the item's time)
    return _season_named(opening, nfc)


def _a_seasons_words(folded: str) -> list[re.Match[str]] | None:
    """The crop or weather seasons ``folded`` names with their year, or None."""
    if "vu" not in folded and "lua" not in folded and "mua" not in folded:
        return None
    seasons = [m for m in (_TITLES_WEATHER_SEASON.search(folded), _TITLES_CROP_SEASON.search(folded)) if m]
    return seasons or None


def _season_named(text: str, nfc: str) -> Period | None:
    """The season ``text`` (a headline or a lead's first words) names, read as a title's; None for one it names as a
    time mark."""
    folded = fold(text)
    for season in (_TITLES_WEATHER_SEASON.search(folded), _TITLES_CROP_SEASON.search(folded)):
        if season is not None and _A_SEASON_AS_A_TIME_MARK.search(folded, max(0, season.start() - 30), season.start()):
            return None  # ("Sau mùa lũ 2025, nông dân ... khôi phục sản xuất": the item is of the time after it)
    return _season_of_the_title(text, nfc, None)


def _headlines_school_year_or_cut_off(body: str, nfc: str, ref: int | None, published: dt.date | None
                                      ) -> Period | None:
    """The school year a news item's headline names ("Năm học 2026-2027, tỉnh X có ...": September to August) or the
    year so far to the day it counts its figures to ("Dư nợ tín dụng đến 31/3/2027 ...", see ``_headlines_cut_off``),
    read as a title's; else the school year its lead opens on (``_leads_school_year``); or None."""
    end = _headline_with_numbers_end(body)
    headline = body[:end].strip()
    if headline:
        if (school := _school_year_of_the_title(fold(headline))) is not None and not _dated_before_it(school, nfc):
            return school
        if (cut_off := _headlines_cut_off(headline, ref, published)) is not None:
            return cut_off
        if any(p.kind in _DOC_KINDS for p in find_period_phrases(headline, ref)):
            return None  # (the headline's own period dates the item, however its lead opens)
    return _leads_school_year(body, end, nfc)


def _leads_school_year(body: str, start: int, nfc: str) -> Period | None:
    """The school year a news item's lead (from ``start``) opens on, after no more than a dateline, a source's tag or
    an opening verb ("Năm học 2026-2027, toàn tỉnh có 1.400 trường", "Bước vào năm học mới 2026-2027, ..."): the year
    its figures are counted in, as a headline's; so too a crop year ("Niên vụ 2026-2027, diện tích hồ tiêu ...":
    October to September, as periods reads the figures that name it), or names the subject it opens on further on
    (``_of_the_leads_subject``); None when the year stands later in the lead, or the paper is dated before it opens."""
    folded = fold(body[start : start + SUBJECTS_SCHOOL_YEAR_CHARS + 40])
    m = _SCHOOL_YEAR.search(folded) if "nam hoc" in folded or "nien vu" in folded else None
    if m is None or any(c in ".!?\n" for c in folded[: m.start()].strip()):
        return None
    if m.start() > LEADS_OPENING_CHARS and not _of_the_leads_subject(folded[: m.start()]):
        return None
    school = _school_year_of_the_title(folded[m.start():m.end()])
    return school if school is not None and not _dated_before_it(school, nfc) else None


# "Kỳ thi học sinh giỏi lớp 12 năm học 2026-2027 của tỉnh X có 900 thí sinh": a school year naming the lead's subject,
# before its verb and figures, dates the item as one opening the lead does; not one the lead's figures are ready or
# prepared for ("... có 610 trường sẵn sàng cho năm học", "..., chuẩn bị năm học") (folded, the words before it)
SUBJECTS_SCHOOL_YEAR_CHARS = 120
_NO_SUBJECT_BEFORE = re.compile(r"[,;:]|\b(?:co|dat|gom|voi|la)\s+\d|\b(?:cho|chuan\s+bi|don)\s*$")


def _of_the_leads_subject(folded_before: str) -> bool:
    """Do the words before a school year (folded) read as the lead's subject it names, no clause, figure or
    preparation said before it (see ``_NO_SUBJECT_BEFORE``)?"""
    return _NO_SUBJECT_BEFORE.search(folded_before.rstrip()) is None


def _dated_before_it(period: Period, nfc: str) -> bool:
    """Is the report dated before ``period`` opens ("Công tác chuẩn bị năm học mới 2026-2027" of 30/8/2026: the
    preparations made before it, not the school year's figures)?"""
    dated = _date_line_month(nfc)
    return dated is not None and dated < (period.start.year, period.start.month)


# "tháng 11 và 11 tháng", "quý III và 9 tháng", "tháng 12 và cả năm": a month (or quarter) joined to the months of the
# year so far that end with it, the count written bare, without "đầu năm" or the year (folded)
_AND_THE_MONTHS_SO_FAR = re.compile(
    r"\s*(?:,|va)\s*(?:(\d{1,2})\s+thang|(ca\s+nam))\b(?![ \t]*(?:dau\s+nam|nam\s+\d|\d|/))"
)


# "Báo cáo kết quả thực hiện nhiệm vụ 9 tháng", "Tình hình kinh tế - xã hội 9 tháng, ...": a count of months a title
# names bare, no year after it nor "đầu năm", closing the title's own part (before its plans) or a clause of it (folded)
_BARE_MONTHS = re.compile(r"(?<![\d/.,])\b(\d{1,2})\s+thang\s*(?:$|[,;:(]|-\s|va\b)")
MONTHS_BEFORE_THE_DATE = 3  # a report on N months dated this much before their end is of the year before


def _bare_months_so_far(folded_own: str, nfc: str, year: int) -> Period | None:
    """The months of the year so far a title counts bare ("kết quả 9 tháng": January to September), in the year of
    its date line (or the title's); the year before when the paper is dated well before those months end ("12 tháng"
    of January 2027). None when the title names no such count."""
    if "thang" not in folded_own or (m := _BARE_MONTHS.search(folded_own)) is None:
        return None
    months = int(m.group(1))
    if not 2 <= months <= 12:
        return None
    dated = _date_line_month(nfc)
    if dated is not None and dated[0] == year and dated[1] < months - MONTHS_BEFORE_THE_DATE:
        year -= 1
    return cumulative_period(year, months)


def _with_the_months_so_far(chosen: PeriodPhrase, folded: str) -> PeriodPhrase:
    """The months of the year so far a title joins to its month or quarter ("Tình hình kinh tế - xã hội tháng 11 và 11
    tháng": January to November), its count written bare (the periods read "11 tháng đầu năm" themselves); else
    ``chosen``."""
    if chosen.kind not in ("month", "quarter") or chosen.period is None:
        return chosen
    m = _AND_THE_MONTHS_SO_FAR.match(folded, chosen.end)
    end = chosen.period.end
    if m is None or (int(m.group(1)) if m.group(1) else 12) != end.month:
        return chosen
    return replace(chosen, kind="cumulative", period=cumulative_period(end.year, end.month))


def _span_so_far(chosen: PeriodPhrase, title: str, ref_year: int | None) -> Period | None:
    """A title's span of years, or its year, counted to a day inside it ("Kết quả thực hiện Bộ tiêu chí ... giai đoạn
    2026-2030 đến ngày 30/6/2026", "Tình hình giải ngân vốn đầu tư công năm 2025 đến ngày 30/11/2025"): the span names
    the programme or the criteria set, the year the plan, the day how far the report counts; its figures run from the
    span's start to that day (a year's: the year so far, as a title naming the day alone reads). None for another
    period, a day outside the span, or a deadline ("hoàn thành trước ngày 30/6/2026")."""
    if chosen.kind not in ("range", "year") or chosen.period is None \
            or (counted := _the_day_counted_to(title, ref_year)) is None or (day := counted.as_of) is None:
        return None
    span = chosen.period
    folded = fold(title)
    if not span.start <= day < span.end \
            or _DEADLINE_BEFORE.search(folded, max(0, counted.start - DEADLINE_REACH), counted.start + len("den")):
        return None
    if chosen.kind == "year":
        return _titles_cut_off(title, ref_year)
    return Period(span.start, day, title[chosen.start:counted.end])


# "Đánh giá giữa kỳ ... Kế hoạch 5 năm 2026-2030", "Sơ kết giữa nhiệm kỳ ..., nhiệm kỳ 2025 - 2030", "Báo cáo nửa nhiệm
# kỳ": a review at the half of the span its title names (folded)
_HALFWAY = re.compile(r"\b(?:giua|nua)\s+(?:nhiem\s+)?ky\b")
# "Giai đoạn 2026-2027, ...", "Sau nửa nhiệm kỳ (2025 - 2027), ...": the years the body says have gone by
_TWO_YEARS = re.compile(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b")
HALF_REVIEW_REACH = 30000  # characters of the body searched for the years gone by


def _the_half_reviewed(chosen: PeriodPhrase, folded_title: str, nfc: str, body_start: int) -> Period | None:
    """A mid-term review's span: the years its body (from ``body_start``) names as gone by, from the span's first year
    to one before its last; None for another title, or when the body names no such years (the span stays: the reader
    cannot tell how far into it the review reaches)."""
    if chosen.kind != "range" or chosen.period is None or not _HALFWAY.search(folded_title):
        return None
    first, last = chosen.period.start.year, chosen.period.end.year
    for m in _TWO_YEARS.finditer(nfc, body_start, body_start + HALF_REVIEW_REACH):
        if int(m.group(1)) == first and first < int(m.group(2)) < last:
            return range_period(first, int(m.group(2)), "giai đoạn")
    return None


def _counted_to_its_end(chosen: PeriodPhrase, folded: str) -> PeriodPhrase:
    """A title's quarter or month right after "đến" ("Tình hình thực hiện Đề án ... đến quý III/2026", "Kết quả giải
    ngân đến tháng 10/2027") as the year so far to its end, as "đến hết" is read; else ``chosen``. Not a deadline set or
    moved ("gia hạn đến quý IV/2027")."""
    if chosen.kind not in ("month", "quarter") or chosen.period is None \
            or not _COUNTED_TO.search(folded, max(0, chosen.start - 12), chosen.start) \
            or _DEADLINE_BEFORE.search(folded, max(0, chosen.start - DEADLINE_REACH), chosen.start):
        return chosen
    end = chosen.period.end
    return replace(chosen, kind="cumulative", period=cumulative_period(end.year, end.month))


# "Xuất khẩu gạo tăng mạnh trong 3 tháng" / " date 2026-10": a page's date marker on a line of its own (under a
# headline, an archive code) dates the page, no phrase of the text: "3 tháng" read on into its year is no "3 tháng đầu
# năm 2026" (find_dateline reads the marker)
_DATE_MARKER_LINE = re.compile(r"(?m)^[^\S\n]*date\s*[:=]?\s*(?:19|20)\d\d-\d{1,2}(?:-\d{1,2})?\b")


def _without_date_markers(opening: str) -> str:
    """``opening`` with its date markers blanked (as many spaces: the offsets stay)."""
    if "date" not in opening:
        return opening
    return _DATE_MARKER_LINE.sub(lambda m: " " * len(m.group()), opening)


def _an_unmarked_headings_period(nfc: str, head: tuple[int, int], ref: int | None) -> Period | None:
    """The period a heading typed without marks names over a body written with them ("TINH HINH KINH TE - XA HOI
    THANG 3 VA QUY I NAM 2026" / "Tổng đàn trâu ..."): its words are read unmarked on their own (in the whole text
    the marked body says the text is no unmarked one), as a title's; None for a heading with marks or no period."""
    heading = nfc[head[0] : head[1]]
    if not heading.isascii() or nfc.isascii() or not any(char.isdigit() for char in heading):
        return None
    chosen = _choose(find_period_phrases(heading, ref), title=True)
    return chosen.period if chosen is not None else None


def _locate(text: str, ref: int | None, is_event_sentence: Callable[[str], bool]) -> tuple[Period | None, str | None]:
    ft = FoldedText.of(text)
    nfc = ft.nfc
    zone = _title_zone(nfc)
    dateline = find_dateline(nfc)
    # (a title's or a headline's own months, however a year elsewhere reads; a letter's subject line is its title)
    letter = _letters_subject(nfc) if zone is None else None
    head = zone or letter or _first_line(nfc)
    if (since := _since_two_levels(nfc[head[0]:head[1]], ft.folded[head[0]:head[1]])) is not None:
        return since, "title"
    # (the week a title reports on is named before the plan it sets for the next: "Kết quả công tác tuần 15 năm 2026
    # và chương trình công tác tuần 16" reports on week 15)
    # (a headline's week by the days its lead states for it, "Tuần 22: ..." over "tuần 22 năm 2027 (26/5 - 1/6/2027)",
    # before the calendar's Monday to Sunday: a bulletin's week need not run so)
    if "tuan" in ft.folded[head[0]:head[1]]:
        if zone is None and letter is None and (week := _headlines_week_in_its_lead(nfc, head, ref)) is not None:
            return week, "title"
        plan = _PLAN_START.search(ft.folded, head[0], head[1])
        if (week := _headings_week(nfc[head[0]:plan.start() if plan else head[1]], ref)) is not None:
            return week, "title"
    if letter is not None and (days := _days_of_the_title(nfc[letter[0]:letter[1]], ref)) is not None:
        return days, "title"  # ("V/v báo cáo tình hình sâu bệnh 10 ngày đầu tháng 4")
    if zone is not None:
        title = nfc[zone[0]:zone[1]]
        folded_title = ft.folded[zone[0]:zone[1]]
        plan = _PLAN_START.search(folded_title)
        own = title[:plan.start()] if plan and plan.start() > 0 else title
        year_hint = next((p.period.end.year for p in find_period_phrases(title)
                          if p.period is not None and p.kind in _DOC_KINDS), None)
        title_ref = year_hint or date_line_year(nfc) or ref
        chosen = _choose(_without_a_sessions_term(find_period_phrases(own, title_ref), folded_title), title=True)
        if (chosen is None or chosen.kind == "year") and (season := _season_of_the_title(own, nfc, chosen)):
            return season, "title"
        if chosen is None and (plan_year := _the_plans_year_after_its_results(title, plan, nfc, title_ref)):
            return year_period(plan_year - 1), "title"
        if chosen is None and title_ref is not None and (months := _bare_months_so_far(fold(own), nfc, title_ref)):
            return months, "title"  # ("Báo cáo kết quả 9 tháng" dated 28/9/2026: January to September 2026)
        chosen = chosen or _choose(_without_a_sessions_term(find_period_phrases(title, title_ref), folded_title),
                                   title=True)
        if chosen is not None and chosen.period is not None:
            if (chosen.kind in _WINDOWED_KINDS
                    and (window := _reporting_window(ft, zone[0] + chosen.end, chosen.period, title_ref)) is not None):
                return window, "title"
            if (so_far := _span_so_far(chosen, own, title_ref)) is not None:
                return so_far, "title"
            if (half := _the_half_reviewed(chosen, folded_title, nfc, zone[1])) is not None:
                return half, "title"
            chosen = _with_the_months_so_far(_counted_to_its_end(chosen, folded_title), folded_title)
            return _party_term(_dated_before(chosen, nfc), title, nfc), "title"
        if (school := _school_year_of_the_title(fold(own))) is not None and not _dated_before_it(school, nfc):
            return school, "title"
        if (span := title_span(own, title_ref)) is not None:
            return span, "title"
        if (days := _days_of_the_title(own, title_ref)) is not None:
            return days, "title"
        if (part := _the_part_its_title_names(own, nfc)) is not None:
            return part, "title"
        # (a bulletin's: a conference's or a session's day in a title is no period the figures cover)
        bulletin = _a_days_bulletin(own, nfc[zone[1]:], is_event_sentence)
        if not bulletin and (cut_off := _titles_cut_off(own, title_ref)) is not None:
            return cut_off, "title"  # ("Tình hình cấp nước (tính đến ngày 10/4/2024)": the year to that day)
        day = title_day(own, title_ref) if bulletin else None
        body_start = zone[1]
        if bulletin and day is None and (event := event_period(nfc[body_start:], ref, is_event_sentence)) is not None:
            # ("Báo cáo nhanh công tác khắc phục hậu quả mưa lũ" over "Tính đến 17h ngày 12/9/2025, mưa lũ làm ...": a
            # bulletin whose title names no day covers the days its body dates the event by, not the year of them)
            return event, "event_dates"
        if day is not None and not _title_counts_to_its_day(own):
            return day, "title"  # (the day's bulletin, whatever days its body goes back to)
        day_source = "title"
        if bulletin and day is None and (issued := _a_bulletins_issue_day(ft.folded[zone[0]:], nfc)) is not None:
            day, day_source = issued, "date_line"  # ("BẢN TIN SỐ 12/2026" … "Ngày 15 tháng 7 năm 2026": that day)
    else:
        day, body_start, day_source = None, 0, "title"
        if (unmarked := _an_unmarked_headings_period(nfc, head, ref)) is not None:
            return unmarked, "title"
        if (plans_year := _a_plans_heading_year(nfc[head[0] : head[1]], ref, dateline)) is not None:
            return plans_year, "title"
    body = nfc[body_start:]
    published = None  # the page's own day, when its dateline gives one
    if dateline is not None and dateline.year and dateline.day:
        published = report_date(dateline.year, dateline.month, dateline.day)
    if (
        zone is None
        and (event := event_period(body, ref, is_event_sentence, published)) is not None
        and not _a_headlines_period_over_the_event(body, ref, event, is_event_sentence)
        and not _an_event_after_the_leads_tally(body, ref, event, is_event_sentence, published)
    ):
        if (season := _season_of_the_headline(body, ref, event, is_event_sentence, published)) is not None:
            return season, "title"
        if published is not None and event.start < published:
            # ("Từ ngày 16/3 đến nay, mưa đá làm ..." on a page of 18/3: to the page's day)
            return _to_the_counted_day(event, Period(published, published, ""), body), "event_dates"
        return event, "event_dates"
    if zone is None and (season := _headlines_crop_or_weather_season(body, nfc)) is not None:
        return season, "title"  # ("Sơ kết vụ Đông Xuân 2025-2026: năng suất lúa đạt ...": the headline's season)
    if zone is None and (own := _headlines_school_year_or_cut_off(body, nfc, ref, published)) is not None:
        return own, "title"  # ("Năm học 2026-2027, tỉnh X có 215.000 học sinh", "Dư nợ đến 30/6/2026 đạt ...")
    if zone is None and (estimate := _headlines_next_years_estimate(body, ref)) is not None:
        return estimate, "title"  # ("Dự toán ngân sách năm 2027 của TP X" on a page of 2026: the year it is for)
    if zone is None and (term := _headlines_medium_term(body, ref)) is not None:
        return term, "title"  # ("Kế hoạch đầu tư công trung hạn giai đoạn 2026-2030 tỉnh A": the plan's years)
    opening = _without_date_markers(body[:1500])
    folded_opening = _without_date_markers(ft.folded[body_start:body_start + 1500])
    # In the body, a year after the reference year is what a plan aims at, and "(nhiệm kỳ
    # 2016-2021)" in a news item names a council's term: neither is the period reported on.
    phrases = [p for p in find_period_phrases(opening, ref)
               if p.kind != "target_year"
               and not (zone is None and p.kind == "range" and _TERM.match(folded_opening[p.start:])
                        and not _a_term_reviewed(folded_opening, p.start, p.end))
               and not (p.kind == "range" and _MEDIUM_TERM.search(folded_opening[max(0, p.start - 30):p.start]))
               and not (p.kind == "range"
                        and _A_YARDSTICKS_TERM.search(folded_opening, max(0, p.start - YARDSTICK_REACH), p.start))
               and not _SINCE.search(folded_opening[max(0, p.start - 20):p.start])
               and not _a_work_events_day(opening, folded_opening, p.start)
               and not _recognised_earlier(folded_opening, p, ref)
               and not _DEADLINE_BEFORE.search(folded_opening, max(0, p.start - DEADLINE_REACH), p.start)
               and not _ASKED_FOR_BEFORE.search(folded_opening, max(0, p.start - DEADLINE_REACH), p.start)
               and not (p.kind == "year" and _FESTIVE_BEFORE.search(opening, max(0, p.start - FESTIVE_REACH), p.start))
               and not _BORN.search(folded_opening[max(0, p.start - 12):p.start])
               and not _FOUNDED_BEFORE.search(folded_opening, max(0, p.start - FOUNDED_REACH), p.start)
               and not ("quyet toan" in folded_opening
                        and _SETTLED_ACCOUNTS.search(folded_opening[max(0, p.start - 50):p.start]))
               and not _PAST_DISASTER.search(folded_opening[max(0, p.start - 40):p.start])
               and not _said_of_the_future(opening, p.start, p.end)
               and not _a_sessions_year_or_its_plan(folded_opening, p)
               and not _a_bracketed_base(folded_opening, p.start, p.end)]
    phrases = _without_the_half_ahead(_without_the_bases(phrases, folded_opening))
    read = (_months_of_the_year(p, folded_opening)
            for p in _years_written_later(_years_said_after(phrases, folded_opening)))
    dated = (_before_the_page(p, dateline) for p in read if p is not None)
    candidates = _of_the_pages_year([p for p in dated if not _after_the_page(p, dateline)], dateline)
    candidates = _past_part_of_a_year_not_over(candidates, dateline)
    if zone is None and (span := _leads_span_of_days(phrases, opening)) is not None:
        return span, "body"  # ("Trong 4 ngày nghỉ lễ 30/4 - 1/5/2026, tỉnh đón ...", "Tuần cuối tháng 8/2025, ...")
    chosen = _choose(candidates, folded_opening,
                     _with_its_period_line(opening, _headline_end(opening)) if zone is None else 0,
                     _with_its_period_line(opening, _headline_with_numbers_end(opening)) if zone is None else 0)
    if chosen is not None:
        chosen = _with_the_months_so_far(chosen, folded_opening)  # ("Kinh tế tháng 12 và cả năm khởi sắc")
    if (
        zone is None
        and chosen is not None
        and chosen.period is not None
        and (counted := _leads_cut_off(phrases, opening, folded_opening, published)) is not None
        and chosen.period.end < counted.start
    ):
        # ("Từ đầu năm đến ngày 15/10/2025, thành phố tiếp nhận ... Năm 2024, thành phố xếp thứ 2 ...": the year so
        # far the lead counts to is the item's; an earlier year named after it is a backdrop)
        return counted, "body"
    if zone is None and (event_year := _a_leads_works_event_year(body, chosen)) is not None:
        return event_year, "body"  # ("Ngày 20/3/2026, ... khánh thành ..." over "Năm 2025, bệnh viện khám ...")
    if chosen is not None and chosen.kind == "year" and chosen.period is not None \
            and _only_sets_a_plan(_sentence_without_years(opening, chosen.start)):
        # "Năm 2018, tỉnh giao dự toán ... 1.000 tỷ đồng. Tính đến hết tháng 10, ... đạt ...": the year
        # is the plan's; the months the text then reports to are its period
        year = chosen.period.end.year
        so_far = _months_so_far(folded_opening[chosen.end:], year)
        if so_far is not None and so_far.end.year == year:
            return so_far, "body"
    if (chosen is not None and chosen.period is not None and chosen.kind in ("quarter", "month")
            and "thang" in folded_opening[:chosen.start]
            and (so_far := _months_so_far(folded_opening[:chosen.start], ref)) is not None
            and so_far.end == chosen.period.end and so_far.start < chosen.period.start):
        # "đến hết tháng 9 năm 2025, giải ngân đạt 74,4% ... Riêng quý III/2025, ...": the year so far,
        # said before the quarter (or month) it ends with, covers it
        return so_far, "body"
    if (chosen is not None and chosen.kind == "year" and chosen.period is not None
            and ("het thang" in folded_opening or "cuoi thang" in folded_opening)
            and _TO_END_OF_MONTH.search(folded_opening, 0, chosen.start) is not None
            and (so_far := _months_so_far(folded_opening[:chosen.start], ref)) is not None
            and so_far.end.year == chosen.period.end.year):
        # "Tính đến hết tháng 4 năm 2023, toàn tỉnh có ... . ... Tháng vận động ... năm 2023": the months
        # to the end of which the text counts, said first, are its period; a later year is the same year's
        return so_far, "body"
    if zone is None and published is not None and "tuan" in folded_opening \
            and (said := _said_before(_LAST_WEEK, folded_opening, chosen)):
        # "Bình Định, 17/11/2025 - Tuần qua, trên địa bàn tỉnh xảy ra 3 vụ cháy": the lead's week, its days
        # written ("tuần qua (từ ngày 10 đến 16/11)") or not, the seven days before the page, not its month nor the
        # year so far a later sentence sums up
        days = _week_of_the_lead(folded_opening[said.start():], opening[said.start():], ref)
        return days or Period(published - dt.timedelta(days=WEEK_DAYS), published - dt.timedelta(days=1),
                              "tuần qua"), "body"
    if (zone is None and published is not None and chosen is not None and chosen.period is not None
            and chosen.kind in ("month", "quarter") and chosen.period.end < published
            and chosen.period.end.year == published.year and _said_before(_YEAR_TO_NOW, folded_opening, chosen)):
        # "Đồng Tháp, ngày 18/11/2025 - Từ đầu năm đến nay, tỉnh thu hút 25 dự án ... Trong tháng 10 vừa qua, ...":
        # the year so far the lead opens with runs to the page's day; the month after it is a part of it
        return Period(dt.date(published.year, 1, 1), published, "từ đầu năm đến nay"), "body"
    if (chosen is not None and chosen.period is not None and chosen.kind in _WINDOWED_KINDS
            and (window := _reporting_window(ft, body_start + chosen.end, chosen.period, ref)) is not None):
        return window, "body"  # ("Tình hình kinh tế - xã hội tháng 11 năm 2025 tỉnh A" / "(Số liệu tính từ ...)")
    if chosen is not None and chosen.period is not None:
        return _so_far(_up_to(chosen, folded_opening), chosen, folded_opening, published), "body"
    if zone is None and (week := _week_of_the_lead(folded_opening, opening, ref)) is not None:
        return week, "body"  # ("tuần qua (từ ngày 1 đến 7/9)": a range the phrases read as no period)
    if (plan_year := _a_capital_plans_year_closed(phrases, folded_opening)) is not None:
        return year_period(plan_year), "body"  # ("Đến hết ngày 31/1/2026 (... giải ngân kế hoạch vốn năm 2025)")
    if (so_far := _months_so_far(folded_opening, ref)) is not None:
        return so_far, "body"
    if zone is None and (counted := _leads_cut_off(phrases, opening, folded_opening, published)) is not None:
        return counted, "body"  # ("Tính đến ngày 15/9/2027, toàn tỉnh cấp mới 85 dự án": 1 January to that day)
    if (past := _months_past(folded_opening, dateline)) is not None:
        return past, "body"
    if zone is None and dateline is not None and dateline.year and "dau nam" in folded_opening \
            and _YEAR_TO_NOW.search(folded_opening):
        # "Từ đầu năm đến nay, tỉnh đã chấp thuận 14 dự án" on a page of 30/09/2021: the page's year so far
        end = published or month_end(dateline.year, dateline.month or 12)
        return Period(dt.date(dateline.year, 1, 1), end, "từ đầu năm đến nay"), "body"
    if zone is None and published is not None and (since := _since_then(phrases, published)) is not None:
        # "Từ khi sáp nhập tỉnh (1/7/2025) đến nay, tỉnh thu hút 20 dự án" on a page of 20/11/2025, no period named
        # besides: from the day the lead counts from to the page's day
        return since, "body"
    if (zone is None and dateline is not None and dateline.year and dateline.month and dateline.month >= 10
            and "nam" in folded_opening and (plan := _NEXT_YEARS_TASKS.search(folded_opening))
            and int(plan.group(1)) == dateline.year + 1):
        # "kỳ họp ... đánh giá kết quả ... và triển khai nhiệm vụ năm 2015" on a page of December 2014: a
        # session setting next year's tasks reviews the whole year now ending, not the page's month
        return year_period(dateline.year), "body"
    if (zone is None and dateline is not None and dateline.year and dateline.month and dateline.month >= 10
            and "du toan" in folded_opening and (estimate := _NEXT_YEARS_ESTIMATE.search(folded_opening))
            and int(estimate.group(1)) == dateline.year + 1):
        # "Kỳ họp thứ 8 xem xét dự toán ngân sách năm 2027" on a page of December 2026, no period reported besides:
        # the year the estimate adopted is for, as a resolution on it is (not a session's tasks, reviewing the year)
        return year_period(dateline.year + 1), "body"
    if zone is None and dateline is not None and dateline.year and dateline.month == 12 and "nam" in folded_opening \
            and _AGAINST_THE_YEARS_PLAN.search(folded_opening):
        # "Phường X thu ngân sách đạt 520 tỷ đồng, bằng 104% dự toán năm" on a page of December, its body naming no
        # period: what the year's estimate was met by is the year's, not December's; so is what a lead of December
        # counts "trong năm" (a year's review: "Ngày 28/12/2020, ... tổng kết. Trong năm, ...")
        return year_period(dateline.year), "body"
    if zone is None and dateline is not None and dateline.year and _of_a_holidays_untold_days(folded_opening):
        return None, None  # ("Trong dịp Tết, xã tặng 320 suất quà": the holiday's days, unsaid; not the page's month)
    if zone is None and dateline is not None and dateline.year:
        # ("Sáng 28/12, ..." on a page collected in January: the lead's day, not the page's month)
        return _lead_days_month(ft.folded, dateline) or month_period(dateline.year, dateline.month), "date_line"
    if day is not None:
        # ("BẢN TIN" / "Tình hình mưa lũ (cập nhật đến 16 giờ ngày 28/10)" over "Từ ngày 26 đến 28/10, mưa to ...": the
        # days the body dates the event by, ending by the day the title counts to, are what the bulletin covers)
        event = event_period(body, ref, is_event_sentence, published)
        if event is not None and day.start - event.start <= dt.timedelta(days=EVENT_DAYS_MAX) \
                and event.start < day.start and event.end <= day.end:
            return _to_the_counted_day(event, day, body), "event_dates"
        if (since := _SINCE_THE_YEARS_START.search(folded_opening)) is not None:
            # ("Tổng hợp thiệt hại do mưa lũ đến ngày 30/9/2026" over "Từ đầu mùa mưa đến nay, ...": a tally from the
            # year's or the season's start runs from 1 January to the day the title counts to, as its figures do)
            label = f"{opening[since.start():since.end()]} đến {day.label}"
            return Period(dt.date(day.end.year, 1, 1), day.end, label), "title"
        return day, day_source  # (a year the date line gives is wider than the day the title or the date line names)
    dl_year = date_line_year(nfc)
    if dl_year:
        first_line = ft.folded[:max(nfc.find("\n"), 0)]
        if (estimates := _ESTIMATES_OF_NEXT_YEAR.search(first_line)) and int(estimates.group(1)) == dl_year + 1:
            # "Nghị quyết ... về dự toán thu, chi ngân sách năm 2022" dated December 2021: the year the estimates
            # it adopts are for is what the resolution is about
            return year_period(dl_year + 1), "title"
        if zone is not None and (part := _the_part_it_speaks_of(nfc[zone[0]:zone[1]], phrases, folded_opening,
                                                                nfc)) is not None:
            return part, "body"  # ("BÁO CÁO" / "Tình hình kinh tế - xã hội" dated 5/4/2026 / "Trong tháng, ...")
        if (zone is not None and _A_REPORTS_TITLE.match(ft.folded, zone[0])
                and (dated := _date_line_month(nfc)) is not None and dated[1] <= YEAR_BARELY_BEGUN_MONTHS):
            # ("BÁO CÁO" / "Tổng kết công tác năm" dated "ngày 10 tháng 1 năm 2025", no period named: a report written
            # as a year barely begins reports on the year just closed)
            return year_period(dl_year - 1), "date_line"
        return year_period(dl_year), "date_line"
    if ref and (months := _months_compared(folded_opening, ref)) is not None:
        return months, "body"
    if (year_end := _stock_at_a_years_end(phrases)) is not None:
        # "Đến cuối năm 2025, xã Tân Hòa đã đạt 19/19 tiêu chí" (a year compared with further on, "so với năm
        # 2022", is no guide): the stock at the end of the year the text names is of that year
        return year_period(year_end), "body"
    if ref is None and (edition := _a_festivals_edition(opening[:max(opening.find("\n"), 0)])) is not None:
        return edition, "body"
    if zone is not None and (month := _month_of_the_bodys_opening_day(folded_opening)) is not None:
        return month, "body"  # ("BÁO CÁO" / "Kết quả ra quân ..." over "Ngày 15/3/2026, xã huy động ...")
    return (year_period(ref), "body") if ref else (None, None)


def _month_of_the_bodys_opening_day(folded_body: str) -> Period | None:
    """The month of the day, its year written, a paper's body opens on when its title names no period and no date
    line dates it ("Ngày 15/3/2026, xã huy động 450 người ..." under "Kết quả ra quân ..."): a report of a day's event
    covers that day, read as a news lead's day is, by its month; not the year the day is of. None otherwise."""
    first = next((ln for ln in folded_body.split("\n") if ln.strip()), "")
    if (m := _DATELINE_DAY.match(first)) is None or m.group(4) is None:
        return None
    day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return month_period(year, month) if 1 <= month <= 12 and 1 <= day <= 31 else None


# the end of a news item's first sentence: a full stop, "!" or "?" before a blank (not a thousands dot: "88.000")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
# "Dịp nghỉ lễ 30/4-1/5", "kỳ nghỉ lễ 30/4 và 1/5/2026": the days of a holiday a phrase of periods names (folded)
_HOLIDAYS_DAYS = re.compile(r"(?:dip|nghi)\b")
# "Tuần cuối tháng 8/2025", "10 ngày đầu tháng 4", "Nửa cuối tháng 3", "Thượng tuần tháng 10": the days of a part of a
# month a phrase of periods names (folded), as a weekly or ten-day market or weather item opens on
_A_PART_OF_A_MONTH = re.compile(r"(?:trong\s+)?(?:(?:\d{1,2}\s+ngay|nua|(?:[23]\s+|hai\s+|ba\s+)?tuan)"
                                r"\s+(?:dau|cuoi|giua)|(?:thuong|trung|ha)\s+tuan)\b")


def _leads_span_of_days(phrases: list[PeriodPhrase], opening: str) -> Period | None:
    """The days of a holiday or of a part of a month a news item's headline or first sentence names before any other
    period ("Trong 4 ngày nghỉ lễ 30/4 - 1/5/2026, tỉnh X đón 500.000 lượt khách", "Dịp nghỉ lễ 2/9 - 3/9/2027: ...",
    "Tuần cuối tháng 8/2025, giá lúa ...", or a week by its number, "Trong tuần 10 (từ 3/3 đến 9/3/2025), ..."): what
    its figures and those of the sentences after it cover, not the month of the span's last day nor the year a later
    tally from its start names; or None."""
    headline_end = _headline_end(opening)
    first_sentence = _SENTENCE_END.search(opening, headline_end)
    reach = first_sentence.end() if first_sentence else len(opening)
    for p in phrases:
        if p.start >= reach or p.period is None:
            return None
        if p.kind == "day" and p.period.start < p.period.end \
                and (_HOLIDAYS_DAYS.match(folded := fold(p.text)) or _A_PART_OF_A_MONTH.match(folded)
                     or (_A_NUMBERED_WEEK.match(folded) and _the_headlines_week_if_any(opening, headline_end, p))):
            return p.period
        if p.kind in _DOC_KINDS:
            return None  # (a period said first: "Tháng 5/2026, ... dịp nghỉ lễ 30/4-1/5" is of the month)
    return None


def _the_headlines_week_if_any(opening: str, headline_end: int, week: PeriodPhrase) -> bool:
    """Is a numbered ``week`` a lead opens on one it reports, not a week counted to or from ("từ tuần 30 đến tuần 35")
    nor another than the one its headline names ("Ca tay chân miệng tuần 14 giảm" over "Trong tuần 13/2027, ...")?"""
    if _TO_A_WEEK.search(opening.lower(), max(0, week.start - 8), week.start):
        return False
    named = {int(m.group(1)) for m in _A_HEADLINES_WEEK_NUMBER.finditer(fold(opening[:headline_end]))}
    own = _A_HEADLINES_WEEK_NUMBER.search(fold(week.text))
    return not named or (own is not None and int(own.group(1)) in named)


def _a_festivals_edition(headline: str) -> Period | None:
    """The year of the festival's (or fair's) edition a headline names ("Lễ hội Chùa Hương 2026 đón 1,5 triệu lượt
    khách", "Hội chợ Xuân năm 2027: ..."), for a text nothing else dates: its days are unsaid, its year is the one
    known. None when it names none."""
    m = _FESTIVALS_EDITION.search(headline)
    return year_period(int(m.group(1))) if m is not None else None


def _since_then(phrases: list[PeriodPhrase], published: dt.date) -> Period | None:
    """The days from the one a lead's first phrase counts from ("từ ngày 01/7/2025 đến nay", "kể từ khi sáp nhập
    tỉnh") to the page's day, when it began in the page's year or the year before; or None."""
    first = next((p for p in phrases if p.kind == "as_of"), None)
    if first is None or first.as_of is not None:
        return None
    resolved = with_the_documents_time([first], published)[0]
    if resolved.kind != "cumulative" or resolved.period is None or resolved.period.start >= published \
            or resolved.period.start.year < published.year - 1:
        return None  # (nor years on end: "Từ năm 2016 đến nay, tỉnh xây 500 nhà" reports no period of the page's)
    return Period(resolved.period.start, published, first.text)


def _stock_at_a_years_end(phrases: list[PeriodPhrase]) -> int | None:
    """The year of the first "đến (hết|cuối) năm YYYY" among a text's opening phrases, when it names no
    period of its own before it, or None."""
    for phrase in phrases:
        if phrase.period is not None:
            return None
        if (phrase.kind == "as_of" and phrase.as_of is not None and phrase.explicit_year
                and (phrase.as_of.month, phrase.as_of.day) == (12, 31)):
            return phrase.as_of.year
    return None


# a headline on the budget estimates (or plan) of a year, folded: "… về dự toán ngân sách … năm 2022"
_ESTIMATES_OF_NEXT_YEAR = re.compile(r"\b(?:du\s+toan|ke\s+hoach)\b[^.;\n]{0,120}?\bnam\s+((?:19|20)\d\d)\b")
# "dự toán ngân sách năm 2027", "dự toán thu, chi ngân sách địa phương năm 2027": an estimate of a year (folded)
_NEXT_YEARS_ESTIMATE = re.compile(r"\bdu\s+toan\s+(?:[^.;\n\d]{0,60}?\s)?nam\s+((?:19|20)\d\d)\b")


# "dự toán ngân sách năm 2027", "kế hoạch vốn đầu tư công năm 2027", "kế hoạch đầu tư công năm 2027": a headline on
# the estimate or the capital plan of a year (folded)
_NEXT_YEARS_ESTIMATE_OR_CAPITAL_PLAN = re.compile(
    r"\b(?:du\s+toan|ke\s+hoach\s+(?:von|dau\s+tu\s+cong))\s+(?:[^.;\n\d]{0,60}?\s)?nam\s+((?:19|20)\d\d)\b"
)


def _headlines_next_years_estimate(body: str, ref: int | None) -> Period | None:
    """The year after the page's a news item's headline names the budget estimate or the capital plan of, and no other
    period ("Dự toán ngân sách năm 2027 của TP X" on a page of December 2026 → 2027, whatever year its body reviews;
    "Phân bổ kế hoạch vốn đầu tư công năm 2027" over "Ngày 20/12/2026, UBND tỉnh ban hành ..." → 2027, the plan's
    year, not the month of the day it was allotted), or None."""
    if ref is None or not (end := _headline_with_numbers_end(body)):
        return None
    folded = fold(body[:end])
    m = _NEXT_YEARS_ESTIMATE_OR_CAPITAL_PLAN.search(folded) if "du toan" in folded or "ke hoach" in folded else None
    if m is None or int(m.group(1)) != ref + 1:
        return None
    year = year_period(ref + 1)
    if any(p.period is not None and (p.period.start, p.period.end) != (year.start, year.end)
           for p in find_period_phrases(body[:end], ref)):
        return None  # ("Thu ngân sách 11 tháng đạt 95%, dự toán năm 2027 ...": the months are the item's)
    return year


# A heading that is a plan's own (data/words/plan_headings.csv, folded): the paper or the label of its annex first
# ("Kế hoạch số 31/KH-UBND ngày 8/1/2027 … thực hiện nhiệm vụ năm 2027", "Biểu 02. CHỈ TIÊU AN NINH, TRẬT TỰ NĂM 2027"),
# then the plan, tasks or targets of a year, and no review of one ("Kết quả năm 2026 và nhiệm vụ năm 2027")
_PLAN_HEADING_WORDS = {
    role: "|".join(fold(phrase_source(words)) for words in phrasings)
    for role, phrasings in keyed_word_lists("plan_headings", "role").items()
}
_A_PLANS_HEADING = re.compile(
    rf"^\W*(?:(?:{_PLAN_HEADING_WORDS['label']})(?:\s+(?:mau\s+)?so)?\s*(?:[ivx]+|\d{{1,3}}[a-z]?)?"
    rf"\s*[.:–-]?\s*)?(?:{_PLAN_HEADING_WORDS['paper']}|{_PLAN_HEADING_WORDS['plan']})\b"
)
_A_PLANS_YEAR = re.compile(rf"\b(?:{_PLAN_HEADING_WORDS['plan']})\b[^.;\n\d]{{0,80}}?\bnam\s+{YEAR_GROUP}\b")
_A_REVIEW = re.compile(rf"\b(?:{_PLAN_HEADING_WORDS['review']})\b")


def _a_plans_heading_year(heading: str, ref: int | None, dateline: Dateline | None) -> Period | None:
    """The year a heading that is a plan's own names its plan, tasks or targets for (``_A_PLANS_HEADING``), when the
    heading names no other period: the figures of a plan are the year's it is for, not the month of the day it was
    issued on ("Kế hoạch số 31/KH-UBND ngày 8/1/2027 … nhiệm vụ năm 2027" → 2027; "… (Kèm theo Nghị quyết … ngày
    9/12/2026)" under "CHỈ TIÊU … NĂM 2027" → 2027). A plan is issued in its year or the year before: one issued
    later is cited, not set; else None."""
    folded = fold(heading)
    if _A_PLANS_HEADING.match(folded) is None or _A_REVIEW.search(folded) is not None:
        return None
    years = {int(m.group(1)) for m in _A_PLANS_YEAR.finditer(folded)}
    if len(years) != 1:
        return None
    year = year_period(years.pop())
    if dateline is not None and dateline.year and not 0 <= year.end.year - dateline.year <= 1:
        return None
    if any(
        p.period is not None and p.kind in _DOC_KINDS and (p.period.start, p.period.end) != (year.start, year.end)
        for p in find_period_phrases(heading, ref)
    ):
        return None  # ("Kế hoạch quý I năm 2027": the quarter's)
    return year


def _headlines_medium_term(body: str, ref: int | None) -> Period | None:
    """The years of the medium-term plan a news item's headline names and no other period besides ("Kế hoạch đầu tư
    công trung hạn giai đoạn 2026-2030 tỉnh A"): the plan is what the item is about, its years what it covers (in a
    body the same words only name the plan a year's figures belong to); else None."""
    end = _headline_with_numbers_end(body)
    if not end or "trung han" not in (folded := fold(body[:end])):
        return None
    phrases = [p for p in find_period_phrases(body[:end], ref) if p.kind in _DOC_KINDS and p.period is not None]
    if len(phrases) != 1 or phrases[0].kind != "range":
        return None
    return phrases[0].period if _MEDIUM_TERM.search(folded, 0, phrases[0].start) else None


# "Ngày 20/3/2026, Bệnh viện A khánh thành khối nhà ...", "Sáng 5-9-2026, tỉnh khởi công ...": a lead dated by its day
# with a work's step or its putting in service (data/words/dated_steps_of_a_work.csv, works_put_in_service.csv) is news
# of that event; a past year's figures said after it are background (folded; a lead's "tổng kết năm 2025" names its
# own year and is a review, not this)
_A_LEADS_DAY_AND_YEAR = re.compile(
    r"^\W*(?:(?:sang|chieu|toi|trua)\s+)?(?:ngay\s+)?\d{1,2}\s*(?:[/.-]|\s+thang\s+)\s*"
    r"\d{1,2}\s*(?:[/.-]|\s+nam\s+)\s*" + YEAR_GROUP + r"\s*,",
    re.MULTILINE,
)
_A_WORKS_EVENT = re.compile(
    r"(?<![^\W\d_])(?:"
    + fold(word_source("dated_steps_of_a_work"))
    + "|"
    + fold(word_source("works_put_in_service"))
    + r")(?![^\W\d_])"
)
LEAD_LINES = 3  # the lead stands among the first lines under the headline


# a number in a lead's sentence after its day (folded), and a word of time that would give its figure a period of its
# own ("năm qua", "tháng 7", "quý II", "tuần này")
_A_NUMBER = re.compile(r"\d")
_A_TIME_WORD = re.compile(r"\b(?:nam|thang|quy|tuan)\b")


def _a_leads_works_event_year(body: str, chosen: PeriodPhrase | None) -> Period | None:
    """The year of the day a news lead dates a work's event by ("Ngày 20/3/2026, ... khánh thành ...") or a figure of
    its own ("Sáng 5/8/2025, Sở Y tế thông tin, ổ dịch đã ghi nhận 9 ca mắc", no word of time beside it) when the
    period the body's phrases chose is a year before it ("Năm 2025, bệnh viện khám ...", "Tỷ lệ tiêm chủng năm 2024
    chỉ đạt 78%") or a part of a year over before its day ("Trước đó, trong 6 tháng đầu năm, ..."): the event or the
    figure is the item's news, that period's figures its background; else None."""
    if chosen is None or chosen.kind not in _WINDOWED_KINDS or chosen.period is None:
        return None
    folded = fold(body[:1500])
    for line in [ln for ln in folded.split("\n") if ln.strip()][:LEAD_LINES]:
        if (day := _A_LEADS_DAY_AND_YEAR.match(line)) is None:
            continue
        sentence = line[day.end() :].split(". ")[0]
        year = int(day.group(1))
        # (a year before the lead's, or a part of its year over before the lead's day: "Ngày 20/7/2027, xã trao 150 con
        # bò ... Trong 6 tháng đầu năm, xã đã hỗ trợ 36 hộ")
        dated = report_date(*reversed([int(part) for part in re.findall(r"\d+", day.group())[:3]]))
        before = chosen.period.end.year < year if chosen.kind == "year" else dated and chosen.period.end < dated
        if (
            (
                _A_WORKS_EVENT.search(sentence) is not None
                or (_A_NUMBER.search(sentence) is not None and _A_TIME_WORD.search(sentence) is None)
            )
            and re.search(YEAR, sentence) is None
            and before
        ):
            return year_period(year)
        return None
    return None


# "tăng 105 con so với 6 tháng đầu năm 2020": the base is the same months of the year before (folded)
_MONTHS_COMPARED = re.compile(r"\bso\s+voi\s+(\d{1,2})\s+thang\s+(?:dau\s+)?nam\s*" + YEAR_GROUP)


def _months_compared(folded_opening: str, ref: int) -> Period | None:
    """A text that names no period of its own but holds its figures against ``N tháng đầu năm Y``
    (Y the year before the reference year) reports on the first N months of the reference year."""
    if "so voi" not in folded_opening:
        return None
    m = _MONTHS_COMPARED.search(folded_opening)
    if m is None or int(m.group(2)) + 1 != ref or not 1 <= int(m.group(1)) <= 11:
        return None
    return cumulative_period(ref, int(m.group(1)))


# "Tổng thu NSNN đến hết ngày 31/3 đạt ...": figures to the end of a month are the year so far
# ("ước tính đến ngày 30-9": after "ngày" a day and month joined by a dash or a dot are a date too)
# ("Lũy kế giải ngân từ đầu năm đến 30/9/2027", "tính đến 31/3", "lũy kế giải ngân đến 31/12/2025": after
# words that count from January the day needs no "ngày"; a bare "đến 30/9" may close a range of days, "từ 1/9
# đến 30/9", which is no year so far)
_TO_MONTH_END = re.compile(r"\b(?:(?:den|toi)\s+(?:het\s+)?ngay\s+"
                           r"|(?:dau\s+nam|tinh|luy\s+ke\b[^.;\n\d]{0,40}?)\s+(?:den|toi)\s+(?:het\s+)?)"
                           + day_month(DIGITS_GROUP, DIGITS_GROUP, DOTTED)
                           + r"(?:" + DOTTED + YEAR_GROUP + r")?(?![\d/.-]\d|\d)")

# ... or the day written in words: "Tính đến ngày 31 tháng 10 năm 2025"
_TO_MONTH_END_IN_WORDS = re.compile(r"\b(?:den|toi)\s+(?:het\s+)?ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})"
                                    r"(?:\s+nam\s+" + YEAR_GROUP + r")?\b")


# "đến hết tháng 6/2021", "tính đến cuối tháng 3/2019": to the end of a month, the year so far
_TO_END_OF_MONTH = re.compile(r"\b(?:den|toi)\s+(?:het|cuoi)\s+thang\s+(\d{1,2})(?:\s*[/\-]\s*" + YEAR_GROUP
                              + r"|\s+nam\s+" + YEAR_GROUP + r")?(?![\d/])")


# a sentence that only sets a plan ("giao dự toán thu ... là 1.000 tỷ đồng", "kế hoạch được giao") and
# reports nothing reached (read on the NFC text)
_PLAN_SET = re.compile(r"\bgiao\s+(?:dự\s+toán|kế\s+hoạch|chỉ\s+tiêu)\b"
                       r"|\b(?:dự\s+toán|kế\s+hoạch|chỉ\s+tiêu)\b[^.;]*\bgiao\b", re.IGNORECASE)
# (in the sentence's own letters: folded, "đất" would read as "đạt")
_RESULT_WORDS = re.compile(r"\b(?:đạt|thực\s+hiện|thu\s+được|ước|bằng|tăng|giảm|vượt)\b", re.IGNORECASE)


def _only_sets_a_plan(sentence: str) -> bool:
    return _PLAN_SET.search(sentence) is not None and _RESULT_WORDS.search(sentence) is None


def _a_capital_plans_year_closed(phrases: list[PeriodPhrase], folded_opening: str) -> int | None:
    """The year of the capital plan (or estimate) an opening counts to a day of the next January for ("Đến hết ngày
    31/1/2026 (thời điểm kết thúc giải ngân kế hoạch vốn năm 2025), tỉnh giải ngân được ..."): a year's plan is paid
    out until the end of the next January, so the day closes that year's plan, not the January it falls in; None
    when the opening's first day counted to is another, or names no plan of the year before it."""
    first = next((p for p in phrases if p.kind == "as_of" and p.as_of is not None and p.explicit_year), None)
    if first is None or first.as_of.month != 1 or not ("ke hoach" in folded_opening or "du toan" in folded_opening):
        return None
    plan_year = first.as_of.year - 1
    named = (int(m.group(1)) for m in _NEXT_YEARS_ESTIMATE_OR_CAPITAL_PLAN.finditer(folded_opening))
    return plan_year if plan_year in named else None


def _months_so_far(folded_opening: str, ref: int | None) -> Period | None:
    """The months since January when the opening's first as-of date is a month's last day
    (``đến hết ngày 31/3`` → the first quarter) or the end of a month (``đến hết tháng 6/2021``);
    None for another day or without a year."""
    m = _TO_MONTH_END.search(folded_opening)
    if "ngay" in folded_opening and (worded := _TO_MONTH_END_IN_WORDS.search(folded_opening)) is not None \
            and (m is None or worded.start() < m.start()):
        m = worded
    whole = _TO_END_OF_MONTH.search(folded_opening)
    if whole is not None and (m is None or whole.start() < m.start()):
        month, year = int(whole.group(1)), int(whole.group(2) or whole.group(3) or ref or 0)
        return cumulative_period(year, month) if year and 1 <= month <= 12 else None
    if m is None:
        return None
    day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else ref
    if year is None or not 1 <= month <= 12 or report_date(year, month, day) != month_end(year, month):
        return None
    return cumulative_period(year, month)


# "Tính đến hết ngày 15/9/2027, ...", "Lũy kế đến ngày 20/11/2026, ...", "Đến tháng 10/2026, ...": the day (or the
# month) a news item's lead opens by counting its figures to (folded)
# ("Đến 30/6/2026, ...": the day written bare after the word; "Từ đầu năm đến ngày 15/10/2025, ...": from the year's
# start, said)
_COUNTED_TO_THE_DAY = re.compile(
    r"(?:(?:tinh|luy\s+ke)\s+)?(?:tu\s+dau\s+nam\s+)?(?:den|toi)\s+(?:het\s+)?(?:(?:ngay|thang)\b|\d{1,2}\s*/)"
)
LEADS_OPENING_CHARS = 40  # (a source's tag or a subject may come first: "(GLO) - Tính đến ...", "Tỉnh A, tính đến ...")


def _leads_cut_off(phrases: list[PeriodPhrase], opening: str, folded_opening: str, published: dt.date | None
                   ) -> Period | None:
    """The year so far to the day a news item's lead opens by counting its figures to ("Tính đến ngày 15/9/2027,
    toàn tỉnh ..." → 1 January..15 September 2027; "Đến tháng 10/2026, ..." → January..October 2026), the day's year
    written and not after the page's own day; or None."""
    start = _headline_with_numbers_end(opening)  # ("Nguồn vốn vượt 5.000 tỷ đồng" over the lead: its dot no stop)
    first = next((p for p in phrases if p.start >= start), None)
    if first is None or first.kind != "as_of" or (day := first.as_of) is None or not first.explicit_year \
            or first.start - start > LEADS_OPENING_CHARS \
            or any(c in ".!?\n" for c in opening[start:first.start].strip()) \
            or not _COUNTED_TO_THE_DAY.match(folded_opening, first.start) \
            or (published is not None and day > published):
        return None
    if day == month_end(day.year, day.month):
        return cumulative_period(day.year, day.month)  # ("Đến tháng 10/2026, ...": January to October)
    return Period(dt.date(day.year, 1, 1), day, first.text)


# "11 tháng qua" on a page of December, "6 tháng của tỉnh" on a page of July: the months of the
# year so far
_MONTHS_PAST = re.compile(r"\b(\d{1,2})\s+thang\s+(?:qua|cua\s+(?:toan\s+)?(?:tinh|huyen|thanh\s+pho))\b")


# "Lao động Hà Tĩnh 10 tháng": a headline that closes on a count of months without a year (folded) is the
# year so far, like "10 tháng qua" (not a span after or within which something happens: "Cầu Bến Lức thông xe
# sau 3 tháng", "hoàn thành trong vòng 6 tháng")
_HEADLINE_MONTHS = re.compile(r"\b(?<!sau\s)(?<!vong\s)(?<!trong\s)(?<!mat\s)(\d{1,2})\s+thang(?:\s+dau\s+nam)?"
                              r"[^\S\n]*(?=\n)")


# "từ đầu năm đến nay" without a year (folded): the year of the page, up to the page
_YEAR_TO_NOW = re.compile(r"\btu\s+dau\s+nam\s+(?:den|toi)\s+nay\b")
# "Từ đầu năm", "Từ đầu mùa mưa bão", "Lũy kế từ đầu năm": a tally counted from the year's or a season's start (folded)
_SINCE_THE_YEARS_START = re.compile(r"\b(?:luy\s+ke\s+)?tu\s+dau\s+(?:nam|mua)\b")
# "bằng 104% dự toán năm", "đạt 96% kế hoạch năm", "vượt chỉ tiêu cả năm": measured against the year's plan
_AGAINST_THE_YEARS_PLAN = re.compile(r"\b(?:du\s+toan|ke\s+hoach|chi\s+tieu)\s+(?:ca\s+)?nam\b(?!\s+\d)"
                                     # ("Trong năm, trung tâm xây dựng 45 mô hình", "ước cả năm đạt ...": the year at
                                     # large opening a clause; not "trong năm học", "trong năm ngày" = in five days)
                                     r"|(?:^|[.,;:\n])\s*(?:trong|ca)\s+nam\s*(?:,|(?:qua|nay|vua\s+qua|uoc|dat)\b)")
# "Tuần qua, ...", "Trong tuần vừa qua, ...": the week before the page, opening a clause (not "3 tuần qua")
_LAST_WEEK = re.compile(r"(?:^|[.:;\n\-–]\s*)(?:trong\s+)?tuan\s+(?:vua\s+)?qua\b")


def _said_before(rx: re.Pattern[str], folded: str, chosen: PeriodPhrase | None) -> re.Match[str] | None:
    """The match of ``rx`` in ``folded`` before the period phrase chosen (anywhere without one)."""
    return rx.search(folded, 0, len(folded) if chosen is None else chosen.start)


# "Quảng Ninh thu hút 3,2 tỷ USD vốn FDI trong 9 tháng" on a page of October: what a headline says was reached within
# the months its page closes is the year so far too (the page's month guards it, as it does "10 tháng"); a span still
# to run or to keep to ("sẽ hoàn thành trong 6 tháng", "phải giải ngân trong 3 tháng") is none (folded)
_HEADLINE_MONTHS_WITHIN = re.compile(r"\btrong\s+(\d{1,2})\s+thang(?:\s+dau\s+nam)?[^\S\n]*(?=\n)")
_STILL_TO_BE_DONE = re.compile(r"\b(?:(?<!chia\s)se|phai|can|du\s+kien|phan\s+dau|ke\s+hoach|muc\s+tieu)\b")


def _months_past(folded_opening: str, dateline: Dateline | None) -> Period | None:
    """``N tháng qua`` of a page dated in month N or N+1 is January to month N of its year;
    another month (``3 tháng qua`` in December) counts back from the page, not from January."""
    m = _MONTHS_PAST.search(folded_opening)
    if m is None and (end := _headline_end(folded_opening)):
        m = _HEADLINE_MONTHS.search(folded_opening, 0, end)
        if m is None and (m := _HEADLINE_MONTHS_WITHIN.search(folded_opening, 0, end)) is not None \
                and _STILL_TO_BE_DONE.search(folded_opening, 0, m.start()):
            m = None
    if m is None or dateline is None or not dateline.year:
        return None
    months = int(m.group(1))
    if not 1 <= months <= 11 or dateline.month not in (months, months + 1):
        return None
    return cumulative_period(dateline.year, months)


def _up_to(phrase: PeriodPhrase, folded: str) -> Period:
    """``đến hết quý III/2021`` covers the year up to the end of the quarter."""
    period = phrase.period
    assert period is not None
    if phrase.kind in ("quarter", "month") and _UP_TO.search(folded[max(0, phrase.start - 20):phrase.start]):
        return cumulative_period(period.end.year, period.end.month)
    return period


# "hai tháng đầu năm 2025", "Những tháng đầu năm 2025": the months before a year's "năm YYYY" that
# the period phrases leave to it (a count written as a word, or none)
_MONTHS_BEFORE = re.compile(r"((?:muoi\s+)?\w+)\s+thang\s+dau\s+$")
# (not "tư", folded "tu": "từ tháng đầu năm" is a start)
_COUNT_WORDS = {fold(word): n for word, n in NUMBER_WORDS.items() if word != "tư"} | {"muoi mot": 11, "muoi hai": 12}


def _months_of_the_year(phrase: PeriodPhrase, folded: str) -> PeriodPhrase | None:
    """A year phrase after "<count word> tháng đầu" is the months so far of that year; after
    "những/các tháng đầu" it is no period (the months are not told); otherwise ``phrase``."""
    if phrase.kind != "year" or phrase.period is None:
        return phrase
    m = _MONTHS_BEFORE.search(folded, max(0, phrase.start - 30), phrase.start)
    if m is None:
        return phrase
    count = _COUNT_WORDS.get(re.sub(r"\s+", " ", m.group(1)))
    if count is None or count > 12:
        return None if m.group(1) in ("nhung", "cac", "may") else phrase
    year = phrase.period.end.year
    return replace(phrase, kind="cumulative", period=cumulative_period(year, count))


PAGE_YEAR_REACH = 4  # the opening's first periods, where a news item names the one it reports


def _of_the_pages_year(phrases: list[PeriodPhrase], dateline: Dateline | None) -> list[PeriodPhrase]:
    """Without the periods of earlier years that open the text when one of its next periods is of
    the page's own year ("năm 2019, sản lượng đạt ...; 6 tháng đầu năm 2020 đạt ..." on a page of
    August 2020: last year is the background, this half the news)."""
    if dateline is None or not dateline.year:
        return phrases
    dated = [p for p in phrases if p.kind in _DOC_KINDS and p.period is not None]
    if not dated or dated[0].period.end.year >= dateline.year:
        return phrases
    # (a period of that year still to come is a plan: "kế hoạch năm 2026" on a page of January 2026)
    page_end = month_end(dateline.year, dateline.month or 12)
    # (a part of the year written without its year, "quý II", took the page's year and so says
    # nothing of it: "năm 2024 ... (quý I tăng 6,07%; quý II ...)" under a portal's date of 2025)
    current = next(
        (
            p
            for p in dated[:PAGE_YEAR_REACH]
            if p.period.end.year == dateline.year and p.period.end <= page_end and p.explicit_year
        ),
        None,
    )
    return phrases if current is None else phrases[phrases.index(current) :]


# "quý 4 và cả năm 2022", "tháng 12, năm 2023": what joins a part of the year to the year after it
_JOINED_TO_ITS_YEAR = re.compile(r"\s*(?:,|va)?\s*(?:ca\s+)?")


def _years_said_after(phrases: list[PeriodPhrase], folded: str) -> list[PeriodPhrase]:
    """A quarter or month written without its year and joined to a year right after it ("báo cáo
    ... quý 4 và cả năm 2022" on a page of January 2023) is of that year, not of the page's."""
    out = list(phrases)
    for i, (part, whole) in enumerate(itertools.pairwise(phrases)):
        if part.kind not in ("quarter", "month") or part.explicit_year or part.period is None:
            continue
        if whole.kind != "year" or not whole.explicit_year or whole.period is None:
            continue
        year = whole.period.end.year
        if year == part.period.end.year or not _JOINED_TO_ITS_YEAR.fullmatch(folded, part.end, whole.start):
            continue
        start, end = part.period.start, part.period.end
        label = re.sub(r"\d{4}$", str(year), part.period.label)
        moved = Period(start.replace(year=year), month_end(year, end.month), label)
        out[i] = replace(part, period=moved)
    return out


# what lies between "so với cùng kỳ" and the period it names as its base: "so với cùng kỳ (của) 11 tháng năm 2024"
_TO_ITS_BASE = re.compile(r"\s*(?:cua\s+)?")


def _without_the_bases(phrases: list[PeriodPhrase], folded: str) -> list[PeriodPhrase]:
    """Without the periods a comparison names as its base ("So với cùng kỳ 11 tháng đầu năm 2024, tỷ lệ ... tăng"
    under a headline's "11 tháng" of 2025): the figures are not of the months they are compared with."""
    return [p for p, before in zip(phrases, [None, *phrases], strict=False)
            if before is None or before.kind != "comparison" or not _TO_ITS_BASE.fullmatch(folded, before.end, p.start)]


def _years_written_later(phrases: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """A part of a year written without its year (a headline's "quý I") whose same part is written with its
    year further on ("Quý I/2026, tốc độ tăng trưởng ...") is of that year, not of the reference year guessed
    for the text."""
    out = list(phrases)
    for i, part in enumerate(phrases):
        if part.kind not in ("quarter", "month", "half", "cumulative") or part.explicit_year or part.period is None:
            continue
        named = next((p for p in phrases[i + 1:] if p.kind == part.kind and p.explicit_year and p.period is not None
                      and (p.period.start.month, p.period.end.month)
                      == (part.period.start.month, part.period.end.month)), None)
        if named is not None and named.period.end.year != part.period.end.year:
            out[i] = replace(part, period=named.period)
    return out


def _after_the_page(phrase: PeriodPhrase, dateline: Dateline | None) -> bool:
    """Does a period begin after the page's own month ("dự kiến hoàn thành vào tháng 11/2026" on a page of
    August 2025)? A text reports on time gone by: a period still to come is what a plan aims at."""
    if phrase.period is None or dateline is None or not dateline.year:
        return False
    if phrase.kind == "range" and phrase.period.start.year >= dateline.year < phrase.period.end.year:
        return True  # ("ký kết chương trình hợp tác giai đoạn 2024-2028" on a page of 2024: a term that has begun)
    if (phrase.kind in ("half", "cumulative") and phrase.period.start.month > 1 and dateline.month
            and (phrase.period.end.month, phrase.period.end.day) == (12, 31)
            and phrase.period.end > month_end(dateline.year, dateline.month)):
        # ("Số vốn còn lại phải giải ngân trong 5 tháng cuối năm" on a page of August: the months the year has left
        # are what a plan aims at, the page's own month among them)
        return True
    return phrase.period.start > month_end(dateline.year, dateline.month or 12)


# a page dated this many months into its year or fewer: the year is far from over
YEAR_NOT_OVER_MONTHS = 9
# ... this many or fewer: the year has barely begun
YEAR_BARELY_BEGUN_MONTHS = 1


def _past_part_of_a_year_not_over(phrases: list[PeriodPhrase], dateline: Dateline | None) -> list[PeriodPhrase]:
    """Without the page's own year when the page is dated well before that year ends and the
    opening then names a part of it already past ("GRDP năm 2020 ước tăng 3%" over "số liệu 6 tháng
    đầu năm 2020" on a page of June 2020): figures for the whole year are a forecast or a plan, the
    months gone by are what the text reports."""
    if dateline is None or not dateline.year or not dateline.month or dateline.month > YEAR_NOT_OVER_MONTHS:
        return phrases
    page_end = month_end(dateline.year, dateline.month)
    dated = [p for p in phrases if p.kind in _DOC_KINDS and p.period is not None]
    first = dated[0] if dated else None
    if first is None or first.kind != "year" or first.period.end.year != dateline.year:
        return phrases
    past_part = next((p for p in dated[1:PAGE_YEAR_REACH] if p.kind in _PARTS_OF_THE_YEAR and p.explicit_year
                      and p.period.end.year == dateline.year and p.period.end <= page_end), None)
    if past_part is None and dateline.month <= YEAR_BARELY_BEGUN_MONTHS:
        # ("Năm 2026 tiếp tục thu hút FDI" over "Năm 2025, tỉnh thu hút 5,2 tỷ USD" on a page of 8 January 2026: a
        # year barely begun has no figures of its own yet; the year just closed, named after it, is reported)
        past_part = next((p for p in dated[1:PAGE_YEAR_REACH] if p.kind == "year" and p.explicit_year
                          and p.period.end.year == dateline.year - 1), None)
    if past_part is None:
        return phrases
    return [p for p in phrases if not (p.kind == "year" and p.period is not None
                                       and p.period.end.year == dateline.year)]


def _before_the_page(phrase: PeriodPhrase, dateline: Dateline | None) -> PeriodPhrase:
    """A month written without its year that would begin after the page's own month ("Tình hình
    KT-XH tháng 12 và năm 2023" on a page of 2 January 2024) is that month of the year before: a
    text reports on months gone by; so is "năm qua" on a page early in a year the year before."""
    if (phrase.kind == "year" and not phrase.explicit_year and phrase.period is not None and dateline is not None
            and dateline.year and dateline.month and dateline.month <= YEAR_NOT_OVER_MONTHS
            and phrase.period.end.year == dateline.year and phrase.text.lower().endswith("qua")):
        # "Năm qua, tổng thu ngân sách đạt ..." on a page of January 2026: the year gone by is 2025 (a page
        # of December says it of its own year)
        return replace(phrase, period=year_period(dateline.year - 1))
    if phrase.kind != "month" or phrase.explicit_year or phrase.period is None or dateline is None:
        return phrase
    if not (dateline.year and dateline.month) or phrase.period.start <= dt.date(dateline.year, dateline.month, 1):
        return phrase
    month = phrase.period.start.month
    return replace(phrase, period=month_period(phrase.period.start.year - 1, month))


# "Từ đầu năm 2019 đến nay, toàn tỉnh có 46 điểm sạt lở": the year so far, to the page's own day
_TO_NOW = re.compile(r"\s*,?\s*(?:den|toi)\s+nay\b")


def _so_far(period: Period, phrase: PeriodPhrase, folded: str, published: dt.date | None) -> Period:
    """A year followed by ``đến nay`` ends on the day the page was published, when that day falls
    within the year; otherwise ``period`` unchanged."""
    if phrase.kind != "year" or published is None or not _TO_NOW.match(folded, phrase.end):
        return period
    if not period.start <= published <= period.end:
        return period
    return Period(period.start, published, period.label)


# "Báo cáo kết quả nhiệm kỳ 2020-2025 ... tại Đại hội ...": a term the title calls reviewed, before the one opened
_TERM_WORD = re.compile(r"\b(?:kết\s+quả|tổng\s+kết|kiểm\s+điểm|đánh\s+giá|thực\s+hiện)\b")


def _party_term(chosen: PeriodPhrase, title: str, nfc: str) -> Period:
    """A political report to a congress (``Đại hội ... nhiệm kỳ 2025-2030``; ``Báo cáo chính trị nhiệm kỳ 2025-2030``,
    the congress left unsaid: a political report is the paper a congress hears) reviews the term that ends when the
    new one starts; use that term when the body names it."""
    period = chosen.period
    assert period is not None
    if chosen.kind != "range" or not re.search(r"đại\s+hội|báo\s+cáo\s+chính\s+trị", title, re.IGNORECASE):
        return period
    y1 = period.start.year
    for p in find_period_phrases(nfc[:30000]):
        if p.kind == "range" and p.period and p.period.end.year == y1 and p.period.start.year < y1:
            return p.period
    if _A_REPORTS_TITLE.match(fold(title)) and _TERM_WORD.search(title[:chosen.start].lower()) is None:
        # ("Báo cáo chính trị ... tại Đại hội ... lần thứ II, nhiệm kỳ 2025 - 2030" over a body that never names the
        # term gone: a report to a congress looks back on the term as long as the one it opens, not ahead on that one;
        # a congress's resolution or programme sets its targets for the term it names)
        return range_period(2 * y1 - period.end.year, y1, "nhiệm kỳ")
    return period


__all__ = ["Dateline", "DocumentTime", "date_line_year", "document_period", "document_time", "event_period",
           "find_dateline", "locate_document_period", "party_papers_title_line", "reference_year"]
