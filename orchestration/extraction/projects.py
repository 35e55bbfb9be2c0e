"""Named projects and works: their events (started, inaugurated ...) and their figures.

A project is named when ``dự án``/``công trình`` is followed by a name in quotes or by a phrase
carrying a proper noun or written as a title (``dự án Khu dân cư Thôm Dầy``, ``dự án đầu tư
tuyến đường cao tốc Chợ Mới - Bắc Kạn``); ``các dự án``, ``12/33 dự án`` or ``dự án hỗ trợ phát
triển sản xuất cộng đồng`` are generic and name nothing. A work is also named without ``dự án``
by its kind and a proper name (``WORK_NOUNS``: ``cầu Tân Lập 2``, ``đường cao tốc Đồng Đăng
(tỉnh Lạng Sơn) - Trà Lĩnh (tỉnh Cao Bằng)``, ``Nhà máy điện gió Phước Hữu 2A, 2B và 2C``) or as
the object of an event verb (``Khánh thành Nhà máy xử lý rác``); parts are named by their number
(``dự án thành phần 1``, ``Giai đoạn 2``, ``gói thầu XL01``) and later sentences refer back
(``Tuyến cao tốc này``, ``Công trình do Sở ... làm chủ đầu tư``, ``của dự án``). A count
followed by a colon lists names sharing one event (``khánh thành 3 dự án ... gồm: A; B; C``,
or ``A, B, C`` when they are works). The verb around the name gives the event (khởi công →
started, khánh thành → inaugurated, hoàn thành/đưa vào sử dụng → completed, phê duyệt →
approved, thi công/a completion still to come → in_progress; a ``dự án X`` mention without
verb is in_progress too, a work or a reference without verb makes no event row); money after
the name in its sentence, or in its ``Dự án X: ...`` block, is the project's (tổng mức/vốn đầu
tư → total_investment, giải ngân or works done → disbursed, kế hoạch vốn/phân bổ or the b of
a/b → plan, a % → plan_pct), with event ``funding`` when no verb says one. Counted groups
(``4 dự án thể thao đã hoàn thành``) own their investment, or any money once they have an event."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace

from orchestration.extraction.budgets import as_of as budget_as_of
from orchestration.extraction.caching import per_document
from orchestration.extraction.dates import (
    ANY_YEAR,
    DIGITS,
    SLASH,
    WRITTEN,
    YEAR,
    captured,
    day_month,
    day_month_year,
    month_year,
    read_date,
)
from orchestration.extraction.layout import layout_of
from orchestration.extraction.marks import DASH_MARK, NUMBERED_MARK
from orchestration.extraction.numbers import (
    HEDGE_WORDS,
    NUMBER_WORDS,
    SCALE_WORDS,
    THOUSAND_WORDS,
    UNIT_SAID,
    parse_number,
    read_unit,
    scale,
    scale_words,
)
from orchestration.extraction.placement import DATE_MARKER
from orchestration.extraction.places import (
    COMMUNE_WORDS,
    LOCAL_UNIT_WORDS,
    LOWER_UNIT_WORDS,
    UNIT_WORDS,
    match_province,
)
from orchestration.extraction.routed import (
    CAP_WORD,
    PLACE_ABBREVIATION_WORDS,
    UPPER,
    FigureContext,
    Routed,
    per_unit_after,
    spaced,
)
from orchestration.extraction.scanning import (
    EndAnchored,
    caseless_first_letter,
    guarded,
    lowered_literal_scan,
    matches_tried_at,
    places_of,
    required_lowered_literals,
)
from orchestration.extraction.tables import (
    PROJECT_NAME_HEAD,
    a_second_header_row,
    column_under,
    lines_of,
    merged_header,
    row_cells,
    spaced_cells,
)
from orchestration.extraction.vocabulary import (
    keyed_word_lists,
    keyed_word_patterns,
    phrase_source,
    read_table,
    word_list,
    word_pattern,
    word_source,
)

_I = re.IGNORECASE

# the scale words a work's price is said in (data/words/scale_words.csv): millions and billions ("45 tỷ đồng", "150
# triệu USD"), a thousand only before them ("3,2 nghìn tỷ đồng"); "nghìn" or "vạn" alone before a currency is no
# price of a work, so the price patterns take this subset, not the whole list
_MONEY_SCALES = scale_words(1e9, 1e6)  # "tỷ|tỉ|triệu"
_MONEY_SCALE = rf"(?:(?:{THOUSAND_WORDS})\s+)?(?:{_MONEY_SCALES})"  # "45 tỷ", "3,2 nghìn tỷ"


# "Công trình hoàn thành vào tháng 8/2025" said in a report of 2025 or later: done (a completion still
# to come is said with "dự kiến", "sẽ", "phấn đấu" ...)
_COMPLETED_IN = re.compile(
    r"\s*(?:đã\s+)?hoàn\s+thành\s+(?:vào\s+)?(?:tháng\s+\d{1,2}\s*[/.-]\s*(?:năm\s+)?|năm\s+)((?:19|20)\d\d)\b", _I
)


def _completed_by(after: str, year: int) -> bool:
    m = _COMPLETED_IN.match(after)
    return m is not None and int(m.group(1)) <= year


# "Công trình dự kiến hoàn thành trong quý III/2026", "Tuyến cao tốc này sẽ hoàn thành vào tháng 10": a completion
# still to come said right after a work or a reference to one: the works are under way (the completed words leave
# out "dự kiến/phấn đấu hoàn thành" and "hoàn thành trong/vào ...", a schedule; a step before the works, "hoàn thành
# giải phóng mặt bằng", or a share, "hoàn thành 60% khối lượng", is no completion of the work)
_PLANNED_COMPLETION_NEXT = re.compile(
    # ("Dự án dự kiến thông xe vào năm 2029": the road opened, its completion, still to come)
    # ("Quốc lộ X: Sẽ hoàn thành vào quý IV", a headline's colon before it; "Cầu Y sắp thông xe": about to, not yet)
    r"\s*:?\s*(?:dự\s+kiến|phấn\s+đấu|sẽ|sắp)\s+(?:sẽ\s+)?(?:được\s+)?(?:cơ\s+bản\s+)?(?:hoàn\s+thành|thông\s+xe)\b"
    # ("Cầu X sẽ thông xe trở lại": a work reopened after damage, no news of its works)
    r"(?!\s+(?:trở\s+lại|việc|công\s+tác|thủ\s+tục|giải\s+phóng|GPMB|bồi\s+thường|bàn\s+giao|các|(?:trên\s+|hơn\s+)?\d))",
    _I,
)


@dataclass(frozen=True)
class NamedEvent:
    start: int  # span of the name in the paragraph
    end: int
    name: str
    event: str
    date: dt.date | None = None
    block_end: int | None = None  # "Dự án X: ..." — the name's details run to here
    row: bool = True  # an event row of its own (False: the mention only owns figures)
    said: bool = True  # a verb says the event (else in_progress by default)
    part: bool = False  # a phase or component ("dự án 2", "Giai đoạn 2"), not a whole project
    named_at: int | None = None  # a reference: where its project was named in the paragraph


@dataclass(frozen=True)
class _Mention:
    """A project named (or referred to) in a paragraph, with the words of its clause."""

    start: int  # evidence span (from "dự án", the work noun or the reference)
    end: int
    name: str
    before: str  # the clause before the mention
    after: str  # the sentence after it
    # Mentions found without "dự án"/"công trình" (a work, a phase, a reference) make an event
    # row only when a verb says what happened; a bare mention is not news of the project.
    needs_verb: bool = False
    part: bool = False  # a phase or component of a project
    figures_only: bool = False  # "tổng mức đầu tư của dự án": owns figures, says no event
    named_at: int | None = None  # a reference: where its project was named in the paragraph


# Kinds of works that name a project when a proper name follows ("cầu Tân Lập 2", "đường cao tốc
# Tân Phú - Bảo Lộc", "Nhà máy điện gió Phước Hữu 2A"), longest first: data/words/work_nouns.csv; and the kinds of
# road that open on the bare "đường" the shared table leaves out (railways, "đường động lực"): data/words/road_kinds.csv
# (and the kinds of sites and institutions, works only when built or restored: data/words/sites_as_works.csv, _SITE)
_BUILT_KINDS = word_list("work_nouns") + word_list("road_kinds")
WORK_NOUNS: tuple[str, ...] = _BUILT_KINDS + word_list("sites_as_works")
# "tu bổ, tôn tạo đình X", "khánh thành chùa Y", "khởi công xây dựng Trung tâm Nghiên cứu Z": a relic or an institution
# is a work of the news when the works done to it or an event verb come right before it ("Ban quản lý di tích đền X
# thu phí ...", "Khu di tích Y đón ... lượt khách", "Trung tâm Nghiên cứu Z được cấp ... kinh phí": the site, the
# institution, no work)
_SITE = re.compile(word_source("sites_as_works"), _I)
_RESTORED_BEFORE = re.compile(r"(?:" + word_source("work_verbs") + r")(?:\s*,\s*|\s+và\s+|\s+)$", _I)
# Words that make a work noun part of a common word: "nhu cầu", "yêu cầu", "toàn cầu" ...
# ("6 cầu trên đường tỉnh 884": where they stand; "cầu X bắc qua kênh Y": what the work crosses)
# ("tại Khu Trung tâm y tế X": where a work is built, a place)
# ("dẫn tới khu du lịch X", "đường đến cầu Y": where a road leads, a place, not a work of the news)
# ("đặt tại Km456, Quốc lộ 1A", "dọc theo Quốc lộ 279": where a work stands or runs, a road's milestone between)
# ("thu thuế qua các cảng X", "hàng qua những cửa khẩu Y": the works counted after the word are places all the same)
_PLACE_BEFORE = guarded(re.compile(
    r"\b(?:tại|vào|trong|trên|qua|tới|đến|dọc\s+theo)(?:\s+khu(?:\s+vực)?)?\s+(?:(?:các|những)\s+)?"
    r"(?:Km\s*\d[\d+.]*\s*,?\s+)?$",
    _I,
))
_INSTITUTION_BEFORE = guarded(re.compile(r"(?:" + word_source("institution_words") + r")\s+$", _I))
_NOT_WORK_WORD = re.compile(r"(?:^|\W)(?:" + word_source("not_work_before") + r")\s$", _I)
# "xây dựng các công trình Trường mầm non, Trường Tiểu học": a work noun after "các công trình/dự án" names the
# kind of the works in general (a school level), not one work
_CLASS_OF_WORKS_BEFORE = re.compile(r"\bcác\s+(?:công\s+trình|dự\s+án)\s+$", _I)
# ("khánh thành các công trình Cầu Sông Cái và Đường Lê Hồng Phong": a proper name after the kind, beyond a school
# level, names the works listed; "các công trình Trường Tiểu học, Trường Mầm non" stays the kinds)
_OWN_NAME_AFTER_KIND = re.compile(
    r"(?:\s+(?i:" + word_source("school_levels") + r"))*\s+(?!(?i:" + word_source("school_levels") + r")\b)" + UPPER
)
# "Công ty CP Phát triển KCN và Đô thị X tổ chức lễ khởi công ...": a company of a legal form (CP, TNHH,
# cổ phần) is named by the few words after it, and a work noun among them names the company's trade, not a
# work (no clause mark between; an event verb between would make the work its object)
_COMPANY_NAME_BEFORE = guarded(re.compile(
    # ("CTCP Đầu tư Khu công nghiệp X": the joint-stock company's abbreviation, the same)
    # ("Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam": a state corporation, named with no legal form)
    r"(?:\b(?:[Tt]ổng\s+)?(?:[Cc]ông\s+ty|[Tt]ập\s+đoàn)\s+(?:CP|TNHH|[Cc]ổ\s+phần)|\bCTCP|\b[Tt]ổng\s+[Cc]ông\s+ty)"
    r"(?:\s+[^\s,.;:()“”\"]+){0,4}\s+$"
))


def _in_company_name(text: str, start: int) -> bool:
    m = _COMPANY_NAME_BEFORE.search(text, max(0, start - 80), start)
    return m is not None and not any(pattern.search(m.group()) for _, pattern in _EVENTS)
_WORK_NOUN = "(?:" + word_source("work_nouns") + "|" + word_source("road_kinds") + r")"


def _first_letters(word: str) -> tuple[str, ...]:
    """ "cầu" → ("c", "C"): a noun starts a sentence or a title capitalised, and is written lowercase
    elsewhere; matching only that is much faster than a case-insensitive pattern."""
    return tuple(dict.fromkeys((word[0], word[0].upper())))


def _word_start_alternation(words: tuple[str, ...]) -> str:
    r"""``\b(?:[cC]ầu|[đĐ]ường\s+cao\s+tốc|...)`` written as one branch per first letter:
    ``c(?<!\wc)(?:ầu|...)|C(?<!\wC)(?:ầu|...)|đ(?<!\wđ)(?:ường\s+cao\s+tốc|...)``.

    The same matches: at any position only the words whose first letter is written there can
    match, and each branch keeps them in the table's order; ``\b`` before a letter means no word
    character before it, which the lookbehind tests once the letter is read. But a pattern that
    opens with literals lets the engine skip to those letters instead of trying every position
    (3x faster over a report)."""
    if any(not w[:1].isalpha() for w in words):
        raise ValueError("a work noun must start with a letter (the lookbehind stands for \\b before one)")
    branches = []
    for letter in dict.fromkeys(c for w in words for c in _first_letters(w)):
        rests = [r"\s+".join(w[1:].split(" ")) for w in words if letter in _first_letters(w)]
        first = re.escape(letter)
        # (the rest in any case: a title writes "Trường Tiểu học X", "Nhà máy Điện gió Y")
        branches.append(rf"{first}(?<!\w{first})(?i:" + _by_next_letter(rests) + ")")
    return "(?:" + "|".join(branches) + ")"


def _by_next_letter(rests: list[str]) -> str:
    r"""``ầu\s+vượt|ầu|ao\s+tốc`` (case-insensitive) written as ``ầ(?:u\s+vượt|u)|ao\s+tốc``: the rests
    that open on the same letter share one branch, in the order the first of them comes.

    The same matches: at any position the text's next letter matches the opening letter of one group
    at most (the keys are checked to differ under case folding), so the engine tries the same rests
    in the same order (and backtracks into them the same way); but it no longer enters, one by one,
    every rest that cannot match (a case-insensitive literal gives no fast skip to a branch)."""
    if any(not rest[:1].isalpha() for rest in rests):
        return "|".join(rests)  # (a rest opening on a pattern, or empty: left as written)
    groups: dict[str, list[str]] = {}
    for rest in rests:
        groups.setdefault(rest[0].lower(), []).append(rest)
    keys = list(groups)
    if any(re.fullmatch(re.escape(a), b, _I) for a in keys for b in keys if a != b):
        return "|".join(rests)  # (two opening letters one text letter can match: their order matters)
    branches = []
    for members in groups.values():
        tails = [rest[1:] for rest in members]
        if len(tails) == 1:
            branches.append(members[0])
        else:
            branches.append(re.escape(members[0][0]) + "(?:" + _by_next_letter(tails) + ")")
    return "|".join(branches)


# a word follows: a proper name, or the rest of the object of an event verb (checked by the finder); or the
# kind's abbreviation in brackets before it ("Khu công nghiệp (KCN) Thủ Thừa")
_WORK = re.compile(_word_start_alternation(WORK_NOUNS) + r"(?=\s+\w|\s*\([A-ZĐ]{2,6}\)\s+\w)")


def _caseless_alternation(sources: list[str]) -> str:
    r"""``(?:src1|src2|...)`` (regex sources) for a case-insensitive pattern, the sources that open on
    the same letter sharing one branch (``_by_next_letter``): ``(?:d(?:ự\s+án|ãy\s+phòng\s+học)|c(?:...))``.

    The same matches, in the same order: at any position only the sources opening on the text's letter
    can match, and they are tried in the order written; but the engine no longer enters each of the
    hundred-odd work nouns at every position (a case-insensitive alternation gets no fast skip)."""
    return "(?:" + _by_next_letter(sources) + ")"


# _WORK_NOUN's sources one by one, for the case-insensitive patterns that group them by letters
# (the kinds built only: a site counted, "tu bổ 9 di tích", is no group of works, nor a site described, "gia đình có
# ...", a work with its price)
_WORK_NOUN_SOURCES = [phrase_source(word) for word in _BUILT_KINDS]
# Parts of a project that an identifier names: "giai đoạn 2", "dự án thành phần 1", "gói thầu XL01".
# ("Dự án thành phần 2.3": a part of a part, numbered with a dot)
_COMPONENT = re.compile(
    r"^(?:thành\s+phần\s+)?(?:\d+|[IVX]+)$|^thành\s+phần\s+\d{1,2}(?:\.\d{1,2})+$|^(?:giai\s+đoạn|gói\s+thầu|hợp\s+phần|"
    r"dự\s+án\s+thành\s+phần)\s+[\w.-]*\d[\w.-]*$|^(?:giai\s+đoạn)\s+[IVX]+$",
    _I,
)
# A phase written with a capital is the subject of its sentence ("Giai đoạn 2 được phê duyệt ...").
# (guarded: every branch opens on a lookbehind; the guard lets the engine skip to "Gi", "Gó" and "gi")
_PHASE_SUBJECT = guarded(re.compile(
    # ("Giai đoạn 2021-2025, tốc độ tăng trưởng ... đạt 7,2%/năm": a phase numbered by a year is a period of
    # the place's plan, no part of a project)
    r"(?<!\w)(?:Giai\s+đoạn(?!\s+(?:19|20)\d\d(?!\d))|Gói\s+thầu)\s+(?:[\w.-]*\d[\w.-]*|[IVX]+\b)"
    # "Theo kế hoạch, giai đoạn 1 thực hiện ... ; giai đoạn 2 ...": a clause opening on a numbered phase
    # (a short number: "giai đoạn 2021-2025" is a period)
    r"|(?<=[,;]\s)giai\s+đoạn\s+(?:\d{1,2}|[IVX]+)\b(?![\d/.,-]\d)"
    # "Dự kiến giai đoạn II của dự án sẽ khởi công ...": a numbered phase said as the project's is a phase
    # wherever the sentence puts it
    r"|(?<!\w)giai\s+đoạn\s+(?:\d{1,2}|[IVX]+)(?=\s+của\s+(?:dự\s+án|công\s+trình)\b)"
))
# "Tuyến cao tốc này", "Dự án này", "Công trình do ... / được ...": the project named before.
# A paragraph that refers to a project named before it: a reference or a numbered part.
_NEEDS_CONTEXT = guarded(re.compile(r"\b(?:này|dự\s+án\s+(?:thành\s+phần\s+)?\d|giai\s+đoạn\s+\d|gói\s+thầu)", _I))
# "Tổng mức đầu tư của dự án là ...": the project of the passage, not named again
# (one branch per case of the first letter, the lookbehind after it for \b: the engine skips to
# c, C, t, T; the same matches as ``\b(?:của|thuộc|cho)\s+(dự\s+án|công\s+trình)(?=...)`` with
# re.I, which tests/test_scanning.py holds it to)
_BARE_REFERENCE = re.compile(
    r"(?:c(?<!\wc)(?i:ủa|ho)|C(?<!\wC)(?i:ủa|ho)|t(?<!\wt)(?i:huộc)|T(?<!\wT)(?i:huộc))"
    r"(?i:\s+(dự\s+án|công\s+trình)(?=\s*(?:là|đạt|đã|được|có|[,.;:])))"
)
# "Lũy kế vốn bố trí từ đầu dự án đến nay ..., giải ngân hơn 1.500 tỷ đồng": the progress of the work named before
_SINCE_START_REFERENCE = re.compile(r"từ\s+(?:khi\s+)?(?:đầu|khởi\s+công)\s+(dự\s+án|công\s+trình)\s+(?=đến\s+nay)", _I)
# "Toàn dự án hiện đã đạt 90% khối lượng", "khối lượng toàn dự án đạt 96%": the whole project named before (not a
# part of it the sentence before spoke of: "thông xe cầu X thuộc dự án Y. ... Toàn dự án ..." is Y), how far along
_WHOLE_PROJECT_REFERENCE = re.compile(
    r"(?<!\w)[Tt]oàn\s+(dự\s+án|công\s+trình)(?=\s+(?:hiện\s+(?:nay\s+)?)?(?:đã\s+|mới\s+)?(?:đạt|hoàn\s+thành)\b)"
    r"|(?<!\w)khối\s+lượng\s+toàn\s+(dự\s+án|công\s+trình)(?=\s+(?:hiện\s+)?(?:đã\s+)?đạt\b)",
)
# "Theo Ban Quản lý dự án X, dự án có tổng mức đầu tư ...": after the source a sentence opens on, the work
# alone is the one named before (lower case: a name after the comma is written with a capital)
_ATTRIBUTED_REFERENCE = re.compile(
    r"(?:^|(?<=[.!?…]\s))Theo\s+[^,.;:!?\n]{2,80},\s+(dự\s+án|công\s+trình)(?=\s+(?:có|với|đã|đang|được|sẽ|hiện)\b)"
)
# "Tổng nguồn vốn ngân sách đầu tư công trình gần 981 tỷ đồng": the money put into the work named before
# (lower case: the phrase is inside the sentence; the figure right after it)
# ("Tổng dự toán xây dựng công trình là 59 tỷ đồng", "kinh phí công trình hơn 600 triệu đồng": its estimated cost)
_INVESTED_REFERENCE = re.compile(
    r"(?:đ(?<!\wđ)ầu\s+tư|d(?<!\wd)ự\s+toán(?:\s+xây\s+dựng)?|k(?<!\wk)inh\s+phí(?:\s+xây\s+dựng)?)"
    rf"\s+(dự\s+án|công\s+trình)(?=\s+(?:(?:là|{HEDGE_WORDS})\s+)?\d)"
)
# A work's kind alone opening a sentence refers to the work named before ("Nhà máy X ... . Nhà máy có ...").
# ("Đoạn đường có chiều dài 1,2 km, ... với tổng kinh phí ...", "Con đường ...", "Ngôi trường ...": a
# road's stretch, the road, the school building the commune news named before)
# ("khởi công gói thầu số 02-XL thuộc dự án X. Gói thầu có giá trị ...": the bid package named before)
# ("khởi công đường dây 500 kV X. Đường dây dự kiến đóng điện ...", "Bến cảng có ...": the line or berth named before)
# ("... tại Khu tái định cư X. Khu tái định cư có diện tích 5 ha, tổng vốn đầu tư ...": an area built for people to
# live in, its kind alone, is the one named before, as a bridge's is)
# ("khánh thành hạ tầng Cụm công nghiệp X. Cụm công nghiệp có diện tích 45 ha, tổng vốn đầu tư ...": a park, the same)
_BARE_KIND = (r"Nhà\s+máy|Cầu|Cây\s+cầu|Bệnh\s+viện|Tuyến\s+đường|Tuyến\s+cao\s+tốc|Trường|Chợ|"
              r"Đoạn\s+đường|Con\s+đường|Ngôi\s+trường|Gói\s+thầu|Đường\s+dây|Bến\s+cảng|"
              r"Khu\s+tái\s+định\s+cư|Khu\s+dân\s+cư|Khu\s+đô\s+thị|Cụm\s+công\s+nghiệp|Khu\s+công\s+nghiệp")
_BARE_KIND_ALONE = re.compile(_BARE_KIND)
# ("Cây cầu dài 180 m", "Ngôi trường có 12 phòng", "Con đường rộng 7 m": a classifier before the kind, which the
# work's name does not carry, "cầu X", "trường Y")
_CLASSIFIER = re.compile(r"(?:cây|con|ngôi)\s+(?=\S)")


def _kind_without_classifier(kind: str) -> str:
    """A bare kind as a work's name opens on it: "cây cầu" is the kind "cầu" (lower case)."""
    return _CLASSIFIER.sub("", kind, count=1) if _CLASSIFIER.match(kind) else kind


_CAPITAL_PART = re.compile(r"Giai\s+đoạn|Gói\s+thầu|Dự\s+án|DA\b|Công\s+trình|DỰ\s+ÁN|CÔNG\s+TRÌNH|" + _BARE_KIND)
# ("Điểm đầu Dự án xuất phát từ Km0+00": where the project runs, no name)
# ("Dự án có điểm đầu kết nối với ...", "Dự án thuộc nhóm A": what the project has or belongs to, no name)
_PREDICATE_START = re.compile(
    r"(?:do|được|đã|đang|sẽ|vừa|này|hiện|là|có|thuộc|dự\s+kiến|xuất\s+phát|kết\s+thúc|đi\s+qua|nằm)\b", _I
)
# "dự án không chỉ mở rộng không gian ...", "dự án cũng góp phần ...": an adverb opens the predicate, no name
# (lower case only: "Dự án Không gian sáng tạo X" is a name)
# ("thời hạn của dự án kể từ ngày được cấp phép": a preposition of time opens a phrase, no name)
# ("thời gian hoạt động của dự án tương tự X": a comparison with the work X, no name of its own)
_ADVERB_START = re.compile(r"(?:không|cũng|vẫn|chưa|nhằm|còn|kể\s+từ|tương\s+tự)\b")
# a word written in lower case (its first letter one of Vietnamese's), not a preposition that opens a place or owner
# ("nhà ở", housing, one word of the kind), nor a part's word ("dự án thành phần này": the component named before)
_LOWER_WORD = (
    r"(?:nhà\s+ở|(?!(?:của|ở|tại|trên|trong|thuộc|và|cho|với|các|thành\s+phần|giai\s+đoạn|gói|hạng\s+mục)\s)"
    r"(?-i:[a-zđăâêôơưàáãạảấầẩẫậắằẳẵặèéẹẻẽếềểễệìíĩỉịòóõọỏốồổỗộớờởỡợùúũụủứừửữựỳýỵỷỹ])[^\W\d_]*)"
)
_REFERENCE = guarded(
    re.compile(
        # ("Dự án trên có quy mô ...", "Đây là dự án có tổng mức đầu tư ...": the project named before too;
        # one branch for all, so that the words are tried once at each place)
        # ("Đây được xem là dự án tiêu biểu ..., tổng vốn đầu tư ...": the same, judged)
        # ("đây là dự án vốn đầu tư nước ngoài (FDI), với tổng mức đầu tư ...": the kind of its capital between)
        r"(?:\b(?:(?:(?<=Đây\slà\s)|(?<=Đây\sđược\sxem\slà\s))(?:dự\s+án|công\s+trình)"
        r"(?=(?:\s+(?-i:FDI|ODA|PPP)|\s+vốn\s+(?:đầu\s+tư\s+)?nước\s+ngoài(?:\s*\((?-i:FDI)\))?)?\s*,?"
        r"\s+(?:có|với|tiêu\s+biểu|trọng\s+điểm)\b)|"
        r"(?:dự\s+án|công\s+trình|tuyến\s+(?:đường\s+)?cao\s+tốc|tuyến\s+đường|nhà\s+máy|cây\s+cầu)\s+"
        # ("công trình nói trên khởi công từ tháng 6/2024": its own event verb after it too)
        # ("Dự án nhà ở xã hội này dự kiến ...", "công trình trọng điểm này": the kind described in a few lower-case
        # words, the same reference; not a place or an owner between: "dự án của huyện này")
        r"(?:(?:" + _LOWER_WORD + r"\s+){0,3}?này\b|"
        r"(?:nói\s+|nêu\s+)?trên(?=\s+(?:chính\s+thức\s+)?(?:có|được|đã|đang|sẽ|là|với|do|gồm|vừa|dự\s+kiến|khởi\s+công|"
        r"khánh\s+thành|hoàn\s+thành|đưa\s+vào|thông\s+xe|giải\s+ngân)\b|\s*[,.;]))))|"
        # "... khánh thành cầu X. Công trình có tổng mức đầu tư ...", "Nhà máy có ...", "Công trình khởi
        # công từ ...": a sentence that opens on the work, or on its kind alone, and says something of it
        # (after a connective too: "Theo đó, công trình có tổng vốn ...", "Hiện nay, dự án đã ...")
        # ("Theo thiết kế, nhà văn hóa được xây dựng ...": the design of the work named before)
        r"(?:(?:^|(?<=[.!?…|]\s)|(?<=^Theo\sđó,\s)|(?<=[.!?…|]\sTheo\sđó,\s)|(?<=Hiện\snay,\s)|(?<=Đến\snay,\s)"
        r"|(?<=Theo\sthiết\skế,\s)|(?<=Được\sbiết,\s)"
        # (after the collector's date marker the page's text opens with: "date 2025-10-24 Dự án được ...")
        r"|(?<=date\s\d\d\d\d-\d\d\s)|(?<=date\s\d\d\d\d-\d\d-\d\d\s)"
        # (a line of a project's record under its name: "- Dự án đã được chấp thuận chủ trương đầu tư ngày ...")
        r"|(?<=^[-–+•]\s))"
        # ("Dự án chính thức được phê duyệt ...": an adverb before its verb)
        # ("DA có tổng vốn đầu tư ...": "DA", the abbreviation of "dự án" an article goes on with)
        # ("Dự án thành phần có tổng mức đầu tư ...": the part of the project named before, priced as the bare project)
        r"(?:Dự\s+án(?:\s+thành\s+phần)?|(?-i:DA)|Công\s+trình|Nhà\s+văn\s+hóa|" + _BARE_KIND + r")"
        r"(?=\s+(?:chính\s+thức\s+)?(?:do|được|đã|đang|sẽ|vừa|hiện|"
        # ("Đến nay, công trình vẫn chưa hoàn thành": a slow work, the one named before)
        # ("Dự án thực hiện trong 4 năm với tổng mức đầu tư X": when it is carried out, and its price)
        # ("Dự án phấn đấu hoàn thành trước 30/4": its aim, a completion still to come)
        r"dự\s+kiến|phấn\s+đấu|có|gồm|với|khởi\s+công|khánh\s+thành|hoàn\s+thành|đưa\s+vào|vẫn\s+chưa|"
        # ("Dự án giải ngân vốn chậm tiến độ do ...": how its money goes, a slow work)
        # ("Nhà máy xây dựng tại xã X có ...": where it is built; a name goes on with what is built, never "tại")
        r"thực\s+hiện|triển\s+khai|giải\s+ngân|xây\s+dựng\s+(?:tại|trên))\b"
        # ("Tuyến cao tốc dài 49,3 km, ... tổng vốn ...": its length right after the kind, the work named before)
        rf"|\s+dài\s+(?:(?:{HEDGE_WORDS})\s+)?\d))",
        _I,
    )
)
# Damage lists of a disaster: "12 công trình khác bị thiệt hại như: trụ sở ...", "Công trình thủy lợi X (bị sạt lở)".
_DAMAGE = guarded(
    re.compile(
        # (not after "chống"/"phòng": "kè chống sạt lở", "phòng chống thiên tai" is what a work is for;
        # nor after a remedy: "dự án gia cố sạt lở đê X", "xử lý (khẩn cấp) sạt lở bờ sông Y"; nor after
        # what a reservoir or canal does to floods: "cắt giảm lũ cho hạ du", "thoát lũ", "điều tiết lũ";
        # nor the next hazard a dyke holds back: "kè chống lũ lụt, sạt lở")
        # (nor the trouble a work ends: "Trạm bơm X giải quyết (tình trạng) ngập úng cho 1.500 ha", "khắc phục tình
        # trạng sạt lở")
        r"(?<!quyết\s)(?<!quyết\stình\strạng\s)(?<!phục\stình\strạng\s)"
        r"(?<!lụt,\s)(?<!lũ,\s)(?<!chống\s)(?<!phòng\s)(?<!gia\scố\s)(?<!xử\slý\s)(?<!khẩn\scấp\s)(?<!giảm\s)(?<!thoát\s)(?<!tiết\s)(?:thiệt\s+hại|hư\s+hỏng|hư\s+hại|sạt\s+lở|cuốn\s+trôi|bị\s+ngập|ngập\s+úng|"
        # (nor a season, a hazard's area or a shelter: "trước mùa mưa bão/lũ", "bà con vùng lũ", "Khu neo đậu tránh
        # trú bão", "phòng, chống lụt bão"; nor what a work is built against: "cụm dân cư vượt lũ", "tránh lũ",
        # "khu phân lũ, chậm lũ")
        r"sập\s+đổ|\bsập\b|tốc\s+mái|(?<!mùa\s)(?<!vùng\s)(?<!mùa\smưa\s)(?<!vượt\s)(?<!tránh\s)(?<!phân\s)(?<!chậm\s)"
        r"\blũ\b|mưa\s+lớn|thiên\s+tai|"
        r"(?<!mùa\s)(?<!mùa\smưa\s)(?<!trú\s)(?<!tránh\s)(?<!lụt\s)bão)",
        _I,
    )
)


# "dự án", "Dự án:", "công trình" not preceded by a quantifier (các, những, 05, số ...).
# "dự án"/"công trình" in any case, written one branch per way of writing the first letter (the
# lookbehind after it stands for \b): the engine skips to d, D, c, C instead of trying the
# case-insensitive words at every character (the same matches as
# ``\b(?:dự\s+án|công\s+trình)\s*:?\s*`` with re.I; tests/test_scanning.py holds it to that form).
_TRIGGER = re.compile(
    r"(?:d(?<!\wd)(?i:ự\s+án)|D(?<!\wD)(?i:ự\s+án)|c(?<!\wc)(?i:ông\s+trình)|C(?<!\wC)(?i:ông\s+trình))\s*:?\s*"
    r"(?:\((?:DA|CT)\)\s*)?"  # "dự án (DA) đầu tư xây dựng X": the abbreviation the article goes on with
)
# the words one of which a paragraph's lowered text holds wherever _TRIGGER matches in it (read from the pattern:
# "án", "trình"; none read: every paragraph is scanned); half the paragraphs hold neither, and the `in` tests cost
# a tenth of the scan
_TRIGGER_WORDS = required_lowered_literals(_TRIGGER) or ("",)
# where a match of _TRIGGER opens in the lowered text: its d/D or c/C, then "ự" or "ông" in any case; each of these
# letters is matched only in its two cases (scanning.letter_cases), which str.lower maps to the ones written here,
# so the match starts where the lowered text holds "dự" or "công" (tried there only: 40 % less than the scan)
_TRIGGER_OPENINGS = ("dự", "công")
_GENERIC_BEFORE = guarded(
    re.compile(
        r"(?:\bcác|\bnhững|\bmỗi|\bmột\s+số|\bnhiều|\bloạt|\bsố|\btiểu|\bhai|\bba|\bbốn|(?<![^\W\d_])\d+(?!\s{2})|/|,\s*dự\s+án|"
        r"dự\s+án\s*,|công\s+trình,?|"  # "các dự án, công trình chào mừng ...": projects and works in general
        # a company ("Tổng Công ty Xây dựng Công trình Giao thông 4") or an agency ("Ban Quản lý dự án nông
        # nghiệp tỉnh"): no project; nor a picture's caption ("Phối cảnh dự án X. Ảnh: ...")
        r"(?-i:Xây\s+dựng)|ban\s+quản\s+lý|quản\s+lý|phối\s+cảnh)"
        # ("khởi công loạt siêu dự án ...", "các siêu dự án": "siêu" (mega) is of the group, still no name)
        r"(?:\s+siêu)?\s*$",
        _I,
    )
)
_WORD_BEFORE = re.compile(r"(\w+)\s$")


def _named_subproject(window: str, text: str, name_at: int) -> bool:
    """ "Tiểu dự án cải thiện hạ tầng đô thị X": a sub-project written as a title is a work of its own
    (not "các tiểu dự án", nor a numbered part of a programme: "Tiểu dự án 2: Hỗ trợ ...")."""
    return window.endswith("Tiểu ") and text[name_at : name_at + 1].islower()


def _after_lowercase_word(text: str, pos: int) -> bool:
    """Is ``pos`` right after a lowercase word of the same sentence ("phê duyệt chủ trương đầu tư Dự án X")?
    After a name ("Hà Giang Dự án", a headline the layout joined to the lead) it starts a line of its own."""
    m = _WORD_BEFORE.search(text, max(0, pos - 24), pos)
    return bool(m) and m.group(1).islower()


# a capitalised word (of up to 8 letters) right before: the work before it has its proper name
# (fixed-width lookbehinds, one per length)
_NAME_WORD_BEFORE = "(?:" + "|".join(rf"(?<=\s{UPPER}\w{{{n}}})" for n in range(8)) + ")"
# (the same, or a number, right before a comma)
_NAME_OR_NUMBER_COMMA_BEFORE = "(?:" + "|".join(rf"(?<=\s{UPPER}\w{{{n}}},)" for n in range(8)) + r"|(?<=\d,))"

_ORDINAL = re.compile(r"thứ\s+(?:\d+|hai|ba|tư)", _I)
# after an ordinal project ("Dự án thứ 2"), the licence's object: what the project makes or does, up to where
# (tại, ở), who (do) or the clause's end
_LICENSED_WHAT = re.compile(
    r"\s+(?:vừa\s+|đã\s+|cũng\s+)*(?:được\s+)?cấp\s+giấy\s+chứng\s+nhận\s+(?:đăng\s+ký\s+)?đầu\s+tư\s+"
    r"(?:cho\s+)?(?!(?:với|tổng|vốn|là|số|trị|giá|mức|quy)\b)"  # ("... đầu tư với tổng vốn 262 tỷ đồng": its price)
    r"(?P<what>(?-i:[a-zđà-ỹ])[^,.;:()\n]{4,120}?)(?=\s+(?:tại|ở|do|với)\b|\s*[,.;:(])",
    _I,
)
# ("bến số 9, 10 thuộc Khu bến cảng X": the area of works the work named before belongs to, after "Khu")
_PARENT_BEFORE = guarded(re.compile(r"(?:\bthuộc|\bphần\s+của)\s*(?:khu\s+)?$", _I))
# an event verb, then an unnamed part of the project named after "thuộc" (a milestone of the part's works, "hợp long
# cầu vượt sông thuộc dự án X", or its opening, "thông xe đoạn qua xã Y thuộc dự án X", as well as its ceremonies)
# ("thông xe kỹ thuật đoạn Km12 - Km30 thuộc dự án X": the opening for works traffic, a verb of its own, no part's word)
_EVENT_OF_PART = re.compile(
    r"(?:khởi\s+công|khánh\s+thành|động\s+thổ|hợp\s+long|thông\s+xe)\s+(?:xây\s+dựng\s+|kỹ\s+thuật\s+)?(?P<part>[^\W\d_][^.;:,()“”\"]{2,120}?)\s+thuộc\s*$",
    _I,
)
# a part's own name: a kind of work, then a capitalised word ("cầu Bến Đền", "nhà máy nước Sông Đà"); not a package
# or a component, whose number names it only with its project ("Gói thầu số 2", "dự án thành phần 1")
_OWN_NAMED_WORK = re.compile(r"(?!(?i:gói\s+thầu|dự\s+án|hạng\s+mục)\b)[^\s]+(?:\s+(?-i:[a-zđà-ỹ])\S*)*\s+" + UPPER)


# ... or counted by the homes, rooms or lots it holds (data/words/work_sizes.csv): "đã bàn giao 320 căn hộ thuộc Dự án
# nhà ở xã hội X", "khánh thành 12 phòng học thuộc dự án Y": a share of the project's works reaching the event, told
# of the project (the count is a figure of its own, no name)
_EVENT_OF_COUNTED_PART = re.compile(
    r"(?:khởi\s+công|khánh\s+thành|động\s+thổ|thông\s+xe|bàn\s+giao|hoàn\s+thành|đưa\s+vào\s+sử\s+dụng)\s+"
    r"(?:xây\s+dựng\s+)?(?:thêm\s+)?(?P<count>\d[\d.,]*)\s+(?:" + word_source("work_sizes") + r")\s+thuộc\s*$",
    _I,
)


def _names_its_own_work(part: str) -> bool:
    """Is ``part`` (the words between an event verb and "thuộc") a work of its own, with a proper name?"""
    return bool(_WORK.match(part)) and _OWN_NAMED_WORK.match(part) is not None


# "Gói thầu số 2 và Gói thầu số 3 (thuộc Dự án X)": two parts of one kind joined, each its own
_TWO_PARTS = re.compile(
    r"((?i:gói\s+thầu|dự\s+án\s+thành\s+phần)\s+(?:số\s+)?[\w.-]+)\s+và\s+((?i:gói\s+thầu|dự\s+án\s+thành\s+phần)"
    r"\s+(?:số\s+)?[\w.-]+)"
)
# ... or the part "của" the project: "khởi công xây dựng khoa nội B của dự án bệnh viện X" (one work, as with "thuộc")
_EVENT_OF_PART_OF = re.compile(_EVENT_OF_PART.pattern.replace(r"\s+thuộc\s*$", r"\s+của\s*$"), _I)
# ("dự án ‘Cải tạo Quốc lộ 14E’": single quotes too; an apostrophe inside a name, "Ea H’leo", closes nothing)
# ("dự án 'Đường ven biển X'": the typewriter's single quotes too, an apostrophe between letters inside, "H'Leo")
_QUOTED = re.compile(
    r"[“\"]([^”\"]{4,250})[”\"]|‘((?:[^‘’]|’(?=\w)){4,250})’(?!\w)|(?<!\w)'((?:[^'\n]|(?<=\w)'(?=\w)){4,250})'(?!\w)"
)
# work verbs before a capitalised name ("cải tạo, sửa chữa Trường C"): an item of a list done by verbs of its own
_VERBS_BEFORE_A_NAME = r"(?:(?i:" + word_source("work_verbs") + r")[\s,]+)+(?=" + UPPER + r")"
# Where an unquoted name ends: a clause mark, a verb or a connective that starts the predicate.
_NAME_END = guarded(
    re.compile(
        # ("nhà văn hóa thôn A, cầu treo Bản B...": the dots of an open list end its last name; "đường 2,5 km nối A
        # với B": a decimal comma inside the name's length does not)
        r"\s*[;:(“”\"]|(?<!\bTP)(?<!\bTX)(?<!\bTT)\.(?:\s|$)|\.\.|…|"
        rf"(?:(?<!\d),|,(?!\d))(?!\s*(?i:{UNIT_WORDS})\s+"
        + UPPER
        + r")"
        # ("dự án cải tạo, nâng cấp đường ĐT.741": one work; not after a work's own name or number, "cầu Bến Đám, cải
        # tạo quốc lộ 31": the next work of a list)
        r"(?!(?!" + _NAME_OR_NUMBER_COMMA_BEFORE + r")\s*(?i:" + word_source("work_verbs") + r")\b)"
        # ("Kè chống lũ lụt, sạt lở làng X": the hazards a dyke holds back are one name)
        r"(?!\s*(?i:sạt\s+lở|lũ\s+lụt|ngập\s+lụt|xói\s+lở|triều\s+cường|xâm\s+nhập\s+mặn)\b)"
        # ("Trụ sở làm việc Đảng ủy, HĐND, UBND xã X": the bodies an office houses, one name)
        r"(?!(?:(?<=Đảng\sủy,)|(?<=Đảng\suỷ,)|(?<=HĐND,)|(?<=UBND,))\s*(?:HĐND|UBND|MTTQ|Ủy\s+ban|Uỷ\s+ban)\b)"
        # ("trường lớp học mầm non, tiểu học huyện X": the school levels one works project covers; a level
        # followed by a capitalised name is a school of its own in a list: "mầm non Hoa Sen, tiểu học Kim Đồng")
        r"(?!\s*(?:" + word_source("school_levels") + r")(?:\s+và\s+(?:" + word_source("school_levels") + r"))?"
        r"\s+(?!" + UPPER + r"))|"
        r"\s+bao\s+gồm\b|"  # "Bệnh viện X bao gồm khu Sản khoa ...": its parts
        # ("phê duyệt dự án cầu X tại Quyết định số 812/QĐ-UBND": the paper the approval is in, no place of the work)
        r"\s+(?=(?i:tại|theo)\s+(?:Quyết\s+định|Nghị\s+quyết|Văn\s+bản|Công\s+văn|Tờ\s+trình|Thông\s+báo)\b)|"
        r"\s+(?=\d+(?:[.,]\d+)?\s*%\s*vốn\b)|"  # "Dự án sân gôn X 100% vốn Hàn Quốc": who owns it, no part of a name
        r"\s+cùng\s+(?:nhiều|các|một\s+số)\b|"  # "Đường X - Y cùng nhiều công trình ... chậm tiến độ": others
        # "Khu tái định cư X do vướng mắc ...": the cause of a delay (an agent "do Sở Y" is capitalised)
        # ("Dự án X do chủ đầu tư chậm triển khai", "do nhà đầu tư không ...": the investor, as cause or agent, is
        # never a part of the name)
        r"\s+do\s+(?=(?i:vướng|chậm|thiếu|gặp|chưa|không|ảnh\s+hưởng|(?:chủ|nhà)\s+(?:đầu\s+tư|thầu))\b)|"
        # ("Khu nhà ở cho người thu nhập thấp X": whom the homes are for is part of the name)
        # ("Trường X ngày càng chật hẹp": the state the work is in, a predicate)
        # ("Khánh thành cầu chào mừng kỷ niệm 20 năm ...": what the work marks, no part of a name)
        # ("Bờ kè xã X chuẩn bị được đầu tư xây dựng": what is about to happen to the work, a predicate)
        # ("Nhà máy X trên đà hoàn thành": the course the work is on, a predicate)
        # ("Trường THPT Huỳnh Mẫn Đạt đã ...", "Khu đô thị Thành Đạt": "Đạt" with a capital is a given name, part of
        # the name; the verb is written lower case, or in capitals in a headline)
        r"\s+(?i:đang|đã|được|cũng|sắp|ngày\s+càng|chào\s+mừng|(?-i:đạt|ĐẠT)|triển\s+khai|với|theo|để|nhằm|còn|gồm|là|thuộc|của|"
        r"trên\s+đà|"
        # ("Dự án X tính đến hết tháng 9 đã giải ngân ...": the date a figure is counted to, no part of the name)
        r"tính\s+đến|"
        # ("Dự án X bị Sở Kế hoạch và Đầu tư chấm dứt hoạt động": the body acting on the work, after the passive)
        # (not a word ending on "bị": "thiết bị", "trang bị", "chuẩn bị", "dự bị")
        r"(?<!thiết\s)(?<!trang\s)(?<!chuẩn\s)(?<!dự\s)bị(?=\s+(?-i:[A-ZĐ]))|"
        r"chuẩn\s+bị\s+(?:được\s+)?(?:đầu\s+tư|xây\s+dựng|khởi\s+công|thi\s+công|triển\s+khai)|"
        # ("nhà lớp học cho trường Tiểu học X": a building for a school, one work; the school is no work of its own)
        r"cho(?!\s+(?:người\s+thu\s+nhập\s+thấp|công\s+nhân|người\s+lao\s+động|(?i:" + _WORK_NOUN + r"))\b)|"
        r"chậm\s+(?:tiến\s+độ|thi\s+công|triển\s+khai|giải\s+ngân)|vượt\s+tiến\s+độ|"  # "Đường tránh X chậm thi công"
        # ("Dự án X chậm 24 tháng so với tiến độ", "chậm hơn 2 năm", "chậm so với kế hoạch": how late it is)
        rf"chậm\s+(?:(?:{HEDGE_WORDS})\s+)?(?:\d+\s+(?:tháng|năm|ngày|quý)|so\s+với)|"
        r"đội\s+vốn|"  # ("Dự án X đội vốn, chậm tiến độ": its cost overrun, a predicate)
        # ("Dự án X vướng mặt bằng nên chậm tiến độ", "Cầu Y gặp khó khăn về nguồn vật liệu": what holds the work
        # up, a predicate; lower case: "Khu dân cư Vướng Cao" is a name)
        r"(?-i:vướng|gặp\s+(?:khó\s+khăn|vướng\s+mắc|trở\s+ngại))|"
        r"(?:chạy|vận\s+hành)\s+thử|"  # ("Nhà máy X chạy thử tổ máy số 1": its trial run, a predicate)
        # ("Dự án X điều chỉnh chủ trương đầu tư, tăng vốn ...": the change of its approval, a predicate)
        r"điều\s+chỉnh(?=(?:\s*,\s*bổ\s+sung)?\s+(?:chủ\s+trương|tăng|giảm|quy\s+mô|tổng\s+(?:mức|vốn)|vốn)\b)|"
        # ("đề nghị chủ đầu tư dự án cầu X đẩy nhanh tiến độ": what the work's builder is asked to do, a predicate)
        r"đẩy\s+nhanh|"
        # ("Dự án X chưa được phê duyệt": a predicate denied, after the name; lower case, no place's word)
        r"(?-i:chưa)|"
        # ("Dự án X chỉ mới giải ngân được 9 tỷ đồng": the predicate, its money paid out)
        r"(?:chỉ\s+)?(?:mới\s+)?giải\s+ngân|"
        # ("Dự án BOT X mới đạt 48% khối lượng", "chỉ mới hoàn thành 2 hạng mục": "mới", only so far, opens the
        # predicate before its verb; "khu đô thị mới", "cầu X (mới)" keep the adjective)
        r"(?:chỉ\s+)?(?-i:mới)(?=\s+(?:(?-i:đạt)|được|hoàn\s+thành|thi\s+công|bàn\s+giao|triển\s+khai|bắt\s+đầu)\b)|"
        # ("Trung tâm Y tế huyện X hoạt động theo quy mô 6 khoa": how the work runs, a predicate)
        r"hoạt\s+động\s+(?:theo|với|từ|ổn\s+định|hiệu\s+quả)|"
        # ("KCN X thu hút gần 300 triệu USD vốn FDI": what the park drew in, a predicate)
        r"thu\s+hút|"
        # ("khởi công Dự án X và phát động thi đua ...": a second act of the ceremony)
        # ("khởi công công trình X và lễ khánh thành cầu Y": a second ceremony, of another work)
        r"và\s+(?:dự\s+án|một\s+số|đầu\s+tư|phát\s+động|tổ\s+chức|gắn\s+biển|"
        r"lễ\s+(?:khởi\s+công|khánh\s+thành|động\s+thổ|gắn\s+biển|thông\s+xe)))\b|"
        # ("Trường A và cải tạo, sửa chữa Trường B": the next item of a list, done by verbs of its own, names a work
        # of its own; not "cải tạo và nâng cấp đường X", the verbs of one work before its kind)
        r"\s+và\s+(?=" + _VERBS_BEFORE_A_NAME + r")|"
        r"(?<!tự)\s+do\s+(?=" + UPPER + r")|<|(?<![-–\s])\s{2,}(?=" + UPPER + r")|"
        # a second mention, a description ("có tổng chiều dài", "dài 40 km"), or its money ("500 tỷ đồng")
        # ("đường Tố Hữu kéo dài", "đường tỉnh 883 nối dài": "dài" after "kéo"/"nối" is the road extended, not its
        # length)
        # ("Khu tái định cư X phục vụ Dự án cao tốc Y": the project the work serves names it, no second mention)
        r"(?<!phục\svụ)\s+(?=(?:Dự\s+án|Công\s+trình)\b)|(?<!kéo)(?<!nối)\s+(?i:" + word_source("project_descriptions")
        + r")\b|"
        # ("Sân vận động xã X - công trình chào mừng Đại hội ...": after a dash, what the work is, not its name)
        r"\s*[-–]\s*(?=(?i:công\s+trình|dự\s+án)\s+(?!\d))|"
        # "... khởi công đường X nối đến sân bay\nKiểm tra tiến độ ...": a headline's line ends its name (but a line
        # that breaks after a dash goes on with the route's other end: "cao tốc Chợ Mới - \n\nBắc Kạn", a page's
        # lines with blank lines between them)
        r"(?<![-–\s])[ \t]*\n(?=\s*" + UPPER + r")|"
        # the dateline of the lead the layout joined to a headline: "... Lào Cai TPO - Sáng 27/9, ..."
        r"\s+(?:(?:[A-Z]{2,6}|\([^()\s]{2,20}\))\s*[-–]\s*)?(?=(?:Sáng|Chiều|Tối|Trưa|Ngày|Đêm)\s+\d{1,2}[/.-]\d)|"
        r"\s+(?=\d{1,2}/\d{1,2}/\d{4}\b)|"  # "... Tân Sơn Nhất 24/08/2023, 13:21": a page's date
        r"\s+(?=\d{1,2}:\d\d\b)|"  # "... hồ Tuyền Lâm 12:38' - 30/10/2023": the page's clock time
        # "Bệnh viện X sau khi đưa vào sử dụng sẽ ...": a clause of what follows; "khởi công cầu X sau sự cố sập cầu":
        # the occasion
        r"\s+sau\s+(?:khi|sự\s+cố)\b|"
        # ("Khánh thành Trường Tiểu học xã X sau sáp nhập": when, the commune's merger, no part of the name)
        r"\s+sau\s+(?:sáp\s+nhập|hợp\s+nhất)\b|"
        # ("khánh thành đình X sau tu bổ", "thông xe cầu Y sau nâng cấp": the works just done, no part of the name)
        r"\s+sau\s+(?:(?i:" + word_source("work_verbs") + r")|thi\s+công)\b|"
        # ("dự án Cấp nước X sử dụng vốn vay ODA": the money it uses, no part of the name)
        r"\s+sử\s+dụng\s+(?:nguồn\s+)?vốn\b|"
        # "khánh thành cầu X vào dịp 2/9", "... nhân dịp kỷ niệm ...", "... trong tháng 10", "Thông xe cầu X sau 30
        # tháng thi công": when the event falls or how long the works took, a time adverbial, no part of the name
        # (lower case only: "Đường vào Trung tâm X" goes on)
        # ("khánh thành cầu X nhân kỷ niệm 51 năm ...": the anniversary it marks, the same)
        r"\s+(?:vào|nhân|trong)\s+(?=(?:dịp|ngày|sáng|chiều|tối|trưa|tháng|năm|quý|tuần|đợt|kỷ\s+niệm)\b|"
        r"(?:cuối|đầu|giữa)\s+(?:năm|tháng|quý|tuần)\b)|"
        rf"\s+sau\s+(?=(?:(?:{HEDGE_WORDS})\s+)?\d+\s+(?:tháng|ngày|năm)\b)|"
        # "gia hạn tiến độ dự án X đến hết năm 2028", "kéo dài thời gian thực hiện dự án Y đến tháng 12/2026", "...
        # đến ngày 31/12/2027", "đến quý IV/2026": the deadline the work is given, a time adverbial (lower case,
        # a time word and its number: "Đường từ A đến Khu kinh tế B" is a road named by its ends and goes on)
        # ("Tiến độ dự án X" over "Đến ngày 30/11/2025, ...": the lead the layout joined to its heading line)
        r"\s+(?=[đĐ]ến\s+(?:(?:hết|cuối|trước|giữa|đầu)\s+)?(?:(?:ngày|tháng|năm|quý)\s+(?:\d|[IV]+\b)|\d{1,2}/\d))|"
        # ("đưa vào vận hành cầu X từ ngày 1/9/2025", "... tổ máy số 2 từ tháng 10/2026": when it began, a time
        # adverbial, lower case with a time word and its number: "Đường nối từ Quốc lộ 1A" is named by its ends)
        r"\s+(?=từ\s+(?:(?:ngày|tháng|năm|quý)\s+(?:\d|[IV]+\b)|\d{1,2}/\d))|"
        # ("điều chỉnh tăng vốn cho dự án Nhà máy X từ 1,6 tỷ USD lên 2 tỷ USD": the capital it had, not the name's)
        rf"\s+(?=từ\s+(?:(?:{HEDGE_WORDS})\s+)?\d[\d.,]*\s*{_MONEY_SCALE}\b)|"
        # ("Nhà máy X bắt đầu vận hành thương mại", "Đường Y bắt đầu từ ...": what the work begins, a predicate)
        # ("Dự án X về đích trước 3 tháng": the works finished, a predicate)
        r"\s+(?=bắt\s+đầu\b|về\s+đích\b|phấn\s+đấu\b)|"
        # ("Tình hình thực hiện dự án BOT cầu X năm 2026": the year a heading reports on, a time, no part of the name;
        # the heading ends there, or its next line opens, joined to it; "... tháng 11 năm 2025", "... quý III/2026",
        # "... 6 tháng đầu năm 2026": the month, quarter or months of the year, the same)
        r"\s+(?=(?:(?:\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?|tháng\s+\d{1,2}|quý\s+[IVX]+)\s+)?năm\s+(?:19|20)\d\d"
        r"(?:\s*$|\s*\n|\s+" + UPPER + r"))|"
        r"\s+(?=(?:tháng\s+\d{1,2}|quý\s+[IVX]+)\s*/\s*(?:19|20)\d\d(?:\s*$|\s*\n|\s+" + UPPER + r"))|"
        # ("Khởi công nhà máy X vốn 150 triệu USD": a headline's price after "vốn", no part of the name)
        rf"\s+(?=(?:(?i:vốn)\s+)?(?:(?i:hơn|gần|khoảng|trên)\s+)?[\d.,]+\s*(?i:{SCALE_WORDS})\b)|"
        r"\s+[-–]\s+(?i:Ảnh)\b|"
        # "X tăng 1.936 tỷ đồng", "Dự án Y tăng thêm 30 triệu USD": its change
        r"\s+(?=(?i:tăng|giảm)\s+(?:thêm\s+)?[\d.,]+\s)|"
        # ("Dự án Nhà máy X điều chỉnh tăng vốn thêm 50 triệu USD", "Nhà máy Y tăng vốn": the capital it changes, a
        # predicate, lower case)
        r"\s+(?=(?:điều\s+chỉnh\s+)?(?:tăng|giảm)\s+vốn\b)|"
        r"\s+(?:nâng\s+)?lên\s+(?=(?:(?i:khoảng|gần|hơn|trên)\s+)?[\d.,]+\s)|"  # "X nâng lên gần 120,5 tỷ đồng"
        # "điểm trường X – thuộc trường Y": an apposition (a name goes on: "X – Y", "X – giai đoạn 1")
        r"\s+[-–]\s+(?=(?:thuộc|nằm|tại|của)\b)|"
        # "cầu X và nhà máy Y": two works (but "Khu dân cư thương mại và chợ X" is one)
        r"\s+và\s+(?!chợ\s)(?=(?i:" + _WORK_NOUN + r")\s)|"
        # ("Trạm y tế xã A và chợ (xã) B": after a work that has its name, a market named is a second work)
        + _NAME_WORD_BEFORE
        + rf"\s+và\s+(?=chợ\s+(?:(?:{COMMUNE_WORDS}|thôn|bản|ấp)\s+)?"
        + UPPER
        + r")|"
        # "hồ chứa A, xã B và công trình đập C": a second work of its own kind after the generic "công trình"
        r"\s+và\s+(?=(?i:công\s+trình\s+" + _WORK_NOUN + r")\s)|"
        r"\s+(?:và\s+)?(?=(?i:khởi\s+công|khánh\s+thành|động\s+thổ|hoàn\s+thành|thông\s+xe|tổ\s+chức\s+lễ|làm\s+lễ|"
        # ("Nhà máy điện gió X đóng điện, phát điện thương mại": the plant's first power, a predicate)
        # ("Nhà máy xử lý rác thải phát điện X", "đốt rác phát điện", "chất thải rắn sinh hoạt phát điện": what the
        # plant makes of the waste, its name)
        r"hòa\s+(?:vào\s+)?lưới|đóng\s+điện|phát\s+điện(?<!rác\sphát\sđiện)(?<!thải\sphát\sđiện)(?<!hoạt\sphát\sđiện)(?<!rắn\sphát\sđiện))\b)|"
        # "tuyến đường X mới đưa vào vận hành", "khánh thành cầu X và đưa vào sử dụng": the putting into service, a
        # predicate (of the work the event verb before took)
        r"\s+(?=(?:(?:mới|và)\s+)?(?i:đưa\s+vào|đi\s+vào)\s)|"
        # ("Cầu X hợp long tháng 3", "Trụ sở Y cất nóc vào ngày ...": a milestone of the works, lower case (a "cầu Hợp
        # Long" is named so))
        r"\s+(?=(?:hợp\s+long|cất\s+nóc)\b)|"
        # ("Dự án X đến nay đã giải ngân ...", "Dự án Y hiện đang thi công": a time adverbial before the predicate)
        r"\s+(?=(?:(?:tính|cho)\s+)?đến\s+nay\b|hiện\s+(?:nay|đã|đang|vẫn|còn)\b)|"
        # ("Dự án X phải tạm dừng thi công", "Công trình Y tạm ngừng": the works halted, a predicate; not "bờ phải", a
        # river's right bank)
        r"\s+(?=(?:phải\s+|bị\s+)?(?:tạm\s+(?:dừng|ngừng)|dừng\s+thi\s+công|ngừng\s+thi\s+công)\b)|"
        r"\s+(?=mới\s+(?i:hoàn\s+thành|khởi\s+công|khánh\s+thành)\b)|"  # "1 tháng nữa khu X mới hoàn thành"
        # ("Cầu X cơ bản hoàn thành": how far the works are done, before the verb; lower case, no given name)
        r"\s+(?=cơ\s+bản\s+(?i:hoàn\s+thành|hoàn\s+thiện|xong)\b)|"
        # ("Cầu bắc qua sông Y": no name between, the river it crosses names the bridge)
        # ("Đường nối từ Quốc lộ 1 đến cảng X", "đường nối các xã A": right after the bare road the link is its
        # name, a road named by its ends, not "đường" alone; "cầu X nối từ A sang B" says where a named work runs)
        r"(?<![cC]ầu)\s+(?i:bắc\s+qua)\b|(?<!kết)(?<![Đđ]ường)\s+(?i:nối\s+(?:liền\s+)?(?:hai|các|từ))\b|"
        # ("cầu Rạch X 2 nối Tỉnh A và Tỉnh B": after a name of its own (a proper word or its number) the places it
        # links, named in capitals, are where it runs, not its name; "Cầu nối Tỉnh A" bare is named by its ends)
        # ("cầu X nối phường A với xã B": the places named with their unit's word, lower case, the same)
        r"(?:(?<![Đđ]ường)(?<![Cc]ầu)" + _NAME_WORD_BEFORE + r"|(?<=\d))"
        r"\s+(?=nối\s+(?:(?i:" + UNIT_WORDS + r")\s+)?(?-i:" + UPPER + r"))|"
        # "Dự án Nhà máy X vào đầu tư tại khu công nghiệp Y": where the investor puts it, not its name
        r"\s+(?i:vào\s+đầu\s+tư|đầu\s+tư\s+(?:tại|vào)|chính\s+thức)\b|"
        r"\s+(?=làm\s+chủ\s+đầu\s+tư\b)|"  # "do Bệnh viện X làm chủ đầu tư": the investor
        # ("Cầu X thi công được 70% khối lượng", "Trường Y thi công từ ...": after a name of its own, the works, a
        # predicate; lower case: "đường thi công" is a site road, "Công ty Thi công Z" a name)
        + r"(?:" + _NAME_WORD_BEFORE + r"|(?<=\d))\s+(?=thi\s+công\b)|"
        # ("Nhà máy nước sạch X cung cấp nước cho 5.000 hộ", "Trạm bơm Y giải quyết ngập úng cho 1.500 ha", "Nhà máy Z
        # tạo việc làm cho 2.500 lao động": after a name of its own, what the work serves, a predicate; lower case,
        # data/words/work_services.csv; not after the kind alone: "Nhà máy cung cấp nước X" is the kind)
        + _NAME_WORD_BEFORE + r"\s+(?=(?-i:" + word_source("work_services") + r")\b)|"
        # ("Dự án Hồ chứa nước X lũy kế giải ngân ...": the running total, a predicate's adverb)
        r"\s+(?=(?:lũy|luỹ)\s+kế\b)"
    )
)  # "cầu X bắc qua sông Y": where it stands
# ", thành phố Bắc Kạn" / "trên địa bàn tỉnh Bắc Kạn" closing a name: a place, not the name's own proper noun
_LOCALITY_TAIL = guarded(re.compile(
    rf"(?:,?\s*(?i:trên\s+địa\s+bàn\s+)?(?i:{UNIT_WORDS})\s+"
    + CAP_WORD
    + r"(?:\s+"
    + CAP_WORD
    + r")*)+\s*$"
))
_PROPER = re.compile(r"(?<=\s)" + CAP_WORD)
# "quý IV/2025": a quarter's Roman numeral is a capital that names nothing
_QUARTER_NUMERAL = guarded(re.compile(r"\bquý\s+(?-i:[IVX]+)\b", _I))

# (guarded: most phrasings open on a lookbehind, which the engine would try at every character; the guard's
# lookahead on the letters a phrasing opens with lets it skip ahead, with the same matches: scanning.py)
_EVENTS: list[tuple[str, re.Pattern[str]]] = [
    (event, guarded(pattern)) for event, pattern in keyed_word_patterns("project_events", "event", _I)
]
# each event's pattern with a scan of the lowered text for the words one of which every match of it holds
# (scanning.lowered_literal_scan, read from the pattern): where the scan finds none the pattern has no match,
# so said_event searches only the windows that can hold its verb (~60 % of its windows hold none of them)
_WORDED_EVENTS: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    (event, pattern, lowered_literal_scan(pattern)) for event, pattern in _EVENTS
]
_DATE_NEAR = guarded(re.compile(r"(?:" + WRITTEN.day + r"\s+)?" + day_month_year(DIGITS, DIGITS), _I))
# "khởi công từ tháng 9/2022", "tháng 4 năm 2021": a month and its year, written with a slash or spelled
# (not the month of a spelled day, "ngày 5 tháng 4 năm 2021")
_MONTH_NEAR = re.compile(
    r"(?<!\d\s)" + WRITTEN.month + r"\s+"
    + month_year(captured(DIGITS), captured(YEAR), sep=r"(?:" + SLASH + r"|\s+" + WRITTEN.year + r"\s+)"),
    _I,
)
# "sẽ hoàn thành", "dự kiến khởi công": an event still to come, so the work is under way
# (guarded, as the events: the branches open on \b or a lookbehind)
_FUTURE_BEFORE = guarded(re.compile(
    # ("..., sớm đưa vào khai thác trong năm 2021": soon, so not yet)
    # ("Năm 2026, tỉnh tập trung hoàn thành các dự án: A; B", "quyết tâm khởi công X": an aim, not yet done)
    # ("Sẵn sàng khởi công cao tốc X", "đề xuất khởi công Y": ready for it, proposed, not yet)
    r"(?:\bsẽ|dự\s+kiến|phấn\s+đấu|kế\s+hoạch|\bchưa|\bsắp(?!\s+xếp)|chuẩn\s+bị|sẵn\s+sàng|đề\s+xuất|(?<!sau\s)\bkhi|\bđể|"
    r"(?<!đã\s)\bsớm|"
    r"(?<!đã\s)\btập\s+trung|(?<!đã\s)\bquyết\s+tâm)\s+(?:\S+\s+){0,4}$"
    # ("3 dự án được lựa chọn khởi công dịp này": works picked for a ceremony still to come)
    r"|\bđược\s+(?:lựa\s+)?chọn\s+(?:để\s+)?$"
    # ("X sẽ được chạy thử vào đầu năm 2021 và hoàn thành vào giữa năm": the second verb joined by "và" in
    # the same clause shares the "sẽ" of the first, however long the first verb's words)
    r"|\b(?:sẽ|phấn\s+đấu|dự\s+kiến)\s+[^,.;:!?\n]{1,80}?\s+và\s+$"
    # ("Năm 2026, dự kiến toàn tỉnh có 20 dự án mới đi vào hoạt động": a forecast that counts the works to
    # reach the event governs its whole clause, however far its verb)
    r"|\bdự\s+kiến\s+[^,.;:!?\n]{0,60}?\bcó\s+(?:thêm\s+)?\d[\d.]*\s+(?:dự\s+án|công\s+trình)\b[^,.;:!?\n]{0,60}$",
    _I,
))  # "để nghiệm thu đưa vào sử dụng": a purpose, still to come; "dự kiến cuối năm 2023 hoàn thành": a plan
# ("Dự kiến thời gian triển khai hoàn thành dự án X ...": four words between)
# Parts or things inside a work that an event verb may be about ("hoàn thành hạng mục cầu", "khởi
# công nhà xưởng"): the event is theirs, the work is under way.
_OTHER_OBJECT = re.compile(r"\s+(?:" + word_source("other_objects") + r")\b", _I)
# Words that say a work is under way (an explicit in_progress)
# (guarded: its phrasings open on lookbehinds; the same matches, found faster)
_PROGRESS = guarded(word_pattern("works_under_way", _I))
# (a scan of the lowered text that finds nothing where _PROGRESS has no match: said_event's last test, reached
# by most names, skips the windows without its words, half of them)
_PROGRESS_WORDS = lowered_literal_scan(_PROGRESS)
# "Dự án X có công suất 200 MW", "dài 40 km": a description of the work, not news of it
_DESCRIPTION_AFTER = re.compile(
    # (a quoted name's closing mark first: 'Công trình “X” có tổng chiều dài ...')
    r"^[”\"’]?\s*(?:\([^()]*\)\s*)?(?:,\s*(?:quy\s+mô|diện\s+tích)\b|"  # "Dự án X, quy mô 226 ha, ...": its size
    # ("Dự án X với mục tiêu hình thành ...": what it is for)
    # ("Dự án X, có chiều dài 56 km ...": its length after a comma too; not "X, có tổng vốn 694 tỉ đồng,
    # cũng ì ạch": a price in passing, the news follows)
    r",\s*(?:có\s+(?:tổng\s+)?chiều\s+dài|dài)\b|"
    # ("Dự án X, giai đoạn 2, đoạn Km12+300 - Km18+000 (từ ... đến ...)": the stretch it covers, all the clause
    # says; not "Dự án X, đoạn từ Km1 - Km7 do Sở ... làm chủ đầu tư; ... đang được triển khai": its subject)
    r",\s*(?:[^,()]{0,25},\s*)?đoạn\s+(?:từ\s+)?Km\s*\d[\d+.,]*\s*[-–]\s*Km\s*\d[\d+.,\s]*(?:\([^()]*\)\s*)?\.?\s*$|"
    # ("Dự án X đi qua các phường A, B": its route)
    # ("Dự án khu đô thị X diện tích 298 ha ...", "X quy mô 50 ha": its size without a comma too)
    r"\s*(?:có|dài|rộng|diện\s+tích|quy\s+mô|là|gồm|nằm|đi\s+qua|mang|với\s+(?:quy\s+mô|diện\s+tích)|với\s+mục\s+tiêu|"
    r"nhằm|"
    # ("Dự án X được triển khai tại các xã A, B": where it stands, as "triển khai trên")
    r"(?:được\s+)?triển\s+khai\s+(?:trên|tại)|"
    # "Dự án X được (đầu tư) xây dựng trên diện tích 1.000 ha": where it stands
    r"được\s+(?:đầu\s+tư\s+)?xây\s+dựng\s+trên)\b|"
    # ("Dự án X do Công ty Y làm chủ đầu tư, tổng vốn đầu tư 130 triệu USD": its investor and price, no news)
    r"\s*do\s+[^.;]{3,160}?\s+làm\s+chủ\s+đầu\s+tư\s*,?\s*(?:với\s+)?(?:" + word_source("total_investment") + r")|"
    + r"(?:với\s+)?(?:"  # "Dự án kè X (TP Y) với tổng mức đầu tư 35 tỷ đồng": its price, no news of it
    + word_source("total_investment")
    + r"))",
    _I,
)


_PRICE_WORDS = re.compile(rf"(?:hàng\s+)?(?:{THOUSAND_WORDS}|trăm|chục)?\s*(?:{_MONEY_SCALES})\b", _I)


# The works done, leading a name before its work ("xây dựng trường mầm non xã X", "nâng cấp, cải tạo
# chợ Y"): the work noun after them is what the name is of
_WORKS_DONE_LEAD = re.compile(
    r"(?:(?:đầu\s+tư\s+)?(?:xây\s+dựng|xây\s+mới|xây|" + word_source("work_verbs") + r")(?:\s*,\s*|\s+))+", _I
)


def _names_a_work(name: str) -> bool:
    """Does the name open on a work noun, maybe after the works done ("xây khu tái định cư ...")?"""
    lead = _WORKS_DONE_LEAD.match(name)
    return _WORK.match(name, lead.end() if lead else 0) is not None


# "sửa chữa đường tỉnh 335", "nâng cấp quốc lộ 3B", "cầu số 2": a work numbered right after its noun
_WORK_NUMBER = re.compile(r"\s*(?:số\s+)?\d")


# "đầu tư xây dựng công trình sửa chữa X": the generic "công trình" between the works done
_GENERIC_WORK = re.compile(r"công\s+trình\s+", _I)


def _names_a_numbered_work(name: str) -> bool:
    """Does the name open on a work noun (maybe after the works done) that a number names, or the numbered
    village it is built for ("đường giao thông nông thôn ấp 3", "nhà văn hóa tổ dân phố 7")?"""
    at = 0
    for lead in (_WORKS_DONE_LEAD, _GENERIC_WORK, _WORKS_DONE_LEAD):
        m = lead.match(name, at)
        at = m.end() if m else at
    work = _WORK.match(name, at)
    if work is None:
        return _NUMBERED_ROAD.match(name, at) is not None
    if _CLASS_OF_WORK.match(name, work.end()):
        return False  # "khách sạn 4-5 sao": the class of the works, not a number of one
    return _WORK_NUMBER.match(name, work.end()) is not None or _NUMBERED_VILLAGE_OWN.match(name, work.end()) is not None


# "dự án cải tạo, nâng cấp đường 359", "đường 5B": a bare road named by its number (not its width or length: "đường 2
# làn xe", "đường 3,5 km", "đường 12 m")
_NUMBERED_ROAD = re.compile(r"đường\s+\d{1,3}[A-Z]?(?![\w.,/])(?!\s*(?:km|m|mét|làn)\b)", _I)


# "Tuyến bắt đầu từ đường tỉnh X", "kết thúc tại quốc lộ Y", "điểm cuối giao với đường Z": the ends of a route
# ("tăng kết nối quốc lộ 57 với quốc lộ 1": the roads a work links, no works of the news)
_ROUTE_END_BEFORE = guarded(re.compile(
    r"\b(?:bắt\s+đầu|kết\s+thúc|điểm\s+(?:đầu|cuối)|kết\s+nối)\s+(?:(?:từ|tại|ở|là|giao\s+với|nối\s+với)\s+)?$"
    # ("từ đường tỉnh X (gần tuyến tránh quốc lộ Y)": a landmark near the route's end)
    r"|\bgần\s+(?:tuyến\s+tránh\s+)?$",
    _I,
))
# "sẽ trở thành trục xuyên Việt thứ tư (sau quốc lộ X, cao tốc Y và đường Z)": the works a ranking puts before
# the news's work, listed in a bracket opened by "sau"; every one of them is named only to compare
_RANKED_AFTER_BEFORE = re.compile(r"\(\s*sau\s+(?:[^()]{0,80}?(?:,|\s+và)\s+)?$", _I)
# "cầu chính", "tuyến chính": the main part of the work the passage is about (lower case: "Cầu Chính X" is a name;
# so is "cầu chính Rạch Miễu 2", the main bridge named)
_ONLY_NEW_OWN = re.compile(r"\s+mới\s*")  # "khu đô thị mới": the kind and "new" only, no name after the noun
_MAIN_PART = re.compile(r"\s+chính\b(?!\s+" + UPPER + r")")
_SUPERLATIVE = guarded(re.compile(r"\b(?:lớn|dài|cao|rộng|hiện\s+đại|quan\s+trọng)\s+nhất\b|\bđầu\s+tiên\b", _I))
# ("công trình năng lượng nhóm B cấp II": the investment group a work is classed in, with its building class or not)
_CLASS_TAIL = guarded(re.compile(
    r"(?:\s+nhóm\s+[ABC](?:\s+(?:loại|hạng|cấp)\s+(?:[IVX]+|\d+))?|\s+(?:loại|hạng|cấp)\s+(?:[IVX]+|\d+))\s*$", _I
))


_AMOUNT_OPENING = re.compile(r"\d[\d.,]*\s*")
# The kinds of capital a project is classed by, written as capitals: "dự án FDI", "dự án ODA" (a name goes on
# with a capital: "Dự án ODA Sông Cầu")
# the price a headline writes right after a project's kind ("dự án điện gió 2.400 tỷ đồng", "dự án bệnh viện hơn
# 500 tỷ")
_PRICED_KIND = re.compile(rf"\s+(?:(?:{HEDGE_WORDS})\s+)?\d[\d.,]*\s*(?:{_MONEY_SCALES})\b", _I)
_PROJECT_WORD_BEFORE = re.compile(r"\bdự\s+án\s+$", _I)
_CAPITAL_KIND = re.compile(r"(?:FDI|ODA|DDI)\b")
# "Ký kết dự án điện khí hơn bốn tỷ USD": a headline's price after what the project is (digits or words) is no
# part of its name; the name is what stands before it
# (EndAnchored: a name is searched only when its last character can end a price: most end on a word of the name)
_PRICE_TAIL = EndAnchored(re.compile(
    rf"\s+(?:(?:{HEDGE_WORDS})\s+)?(?:\d[\d.,]*|" + "|".join(w for w in NUMBER_WORDS if w != "tư") + r")\s*"
    rf"{_MONEY_SCALE}(?:\s+(?:USD|đồng))?$",
    _I,
))


# "dự án sửa chữa khẩn cấp 4 hồ chứa nước", "dự án xây dựng 3 trường học": a project of the works it counts is one
# project, named by them (the count is what it builds, not a group of projects)
_PROJECT_OF_COUNTED_WORKS = re.compile(
    r"(?:dự\s+án\s+)?(?:đầu\s+tư\s+)?(?:(?:xây\s+dựng|xây\s+mới|xây|" + word_source("work_verbs") + r")"
    r"(?:\s+khẩn\s+cấp)?(?:\s*,\s*|\s+))+\d+\s+" + _WORK_NOUN + r"\b",
    _I,
)


# "DỰ ÁN CHUYỂN TIẾP", "Danh mục dự án khởi công mới năm 2026", "DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG NĂM 2027": a group of
# projects by what is done to them (data/words/project_groups.csv) or by their capital, a heading's, no name (but
# "dự án đầu tư công trình X": the work it builds)
_GROUP_OPENING = re.compile(r"(?:" + word_source("project_groups") + r"|đầu\s+tư\s+công(?!\s+trình))\b", _I)


def is_named(name: str, quoted: bool) -> bool:
    """A name, not a kind of project: quoted, or a title (capital first), or holding a proper noun."""
    if quoted:  # (not 'hàng loạt dự án "nghìn tỷ"': a price in quotes)
        return len(name.split()) >= 2 and not _PRICE_WORDS.match(name)
    if (price := _PRICE_TAIL.search(name)) is not None:
        return is_named(name[: price.start()], quoted)
    words = name.split()
    # "dự án trọng điểm", "Dự án: Thời gian thực hiện ...", research projects ("dự án ứng dụng ...")
    if len(words) < 2 or re.match(
        # ("dự án của Công ty X": a project named by its investor, but "dự án của tỉnh": none)
        # ("giao chủ đầu tư dự án cho Ban Quản lý X": who the project is given to, no name)
        r"(?:trọng\s+điểm|mới|này|đó|trên|tại|cho|"
        r"của(?!\s+(?:Công\s+ty|Tập\s+đoàn|Tổng\s+công\s+ty)\b)|thuộc|ứng\s+dụng|nghiên\s+cứu|"
        r"thời\s+gian|tiến\s+độ|tổng\s+mức|nguồn\s+vốn|khối\s+lượng|tình\s+hình|"
        # ("hoàn thành dự án từ quý IV/2021 đến quý IV/2026": the time span the project runs, no name)
        r"(?:từ|đến|trong)\s+(?:ngày|tháng|quý|năm)|"
        r"kết\s+quả|nhóm|nhằm|khác|"  # "dự án nhóm A": a class of projects
        # ("Công trình sử dụng vốn ngân sách Trung ương": the capital the work uses, no name of it)
        r"sử\s+dụng\s+(?:vốn|nguồn|ngân\s+sách)|"
        r"(?:cấp|loại|hạng)\s+(?:[IVX]+|đặc\s+biệt)|"  # "quy mô công trình cấp III": a building class
        # ("khởi công dự án chào mừng Đại hội Đảng bộ tỉnh": the occasion a work marks, no name of it)
        r"chào\s+mừng|"
        r"nằm|đi\s+qua)\b",  # "Dự án nằm trên địa bàn xã X": where it stands, no name
        name,
        _I,
    ) or _GROUP_OPENING.match(name):
        return False
    if _SUPERLATIVE.search(name):
        return False  # "dự án thủy lợi lớn nhất Ninh Thuận": a description, the place is no name of it
    if _CAPITAL_KIND.match(name) and words[1][:1].islower():
        return False  # "Dự án FDI trọng điểm lĩnh vực dệt may": a kind of project by its capital, no name
    if (amount := _AMOUNT_OPENING.match(name)) is not None and _PRICE_WORDS.match(name, amount.end()):
        return False  # "khánh thành dự án 300 tỷ đồng ở X": the project's price, a headline's, no name
    core = _CLASS_TAIL.sub("", _LOCALITY_TAIL.sub("", name))  # "công trình dân dụng cấp III": a class
    if not core.strip():
        return False
    if core != name and _names_a_work(name):
        return True  # "dự án kè chống sạt lở khu vực xã Gành Hào": a work named by the place it stands
    if _names_a_numbered_work(core):
        return True  # "dự án sửa chữa đường tỉnh 335": a road named by its number, no capital needed
    if _PROJECT_OF_COUNTED_WORKS.match(core):
        return True
    core = _QUARTER_NUMERAL.sub("quý", core)  # ("khởi công trong quý I": a time, its capital no proper noun)
    return bool(re.match(UPPER, core) or _PROPER.search(core) or _CODE_IN_BRACKETS.search(core))



# What a name may carry past a mark that would end it: a place or phase in brackets ("Đồng Đăng
# (tỉnh Lạng Sơn) - Trà Lĩnh", "(giai đoạn 1)", "(đợt 2)"), a list of unit codes ("Phước Hữu 2A, 2B và 2C").
# ("Bệnh viện Đa khoa tỉnh X (cơ sở 2)": the campus, a work of its own apart from the first)
# "dự án sửa chữa và nâng cao an toàn đập (WB8)", "(ADB3)": the lender's code of a project, with its number, in brackets
# closes and names it (not the kind of its capital or contract without a number: "(ODA)", "(PPP)")
_CODE = r"\([A-Z]{2,}\d+[A-Z]?\)"
_CODE_IN_BRACKETS = re.compile(_CODE)
# "Tuyến đường ven biển (ĐT.639) đoạn A - B", "Cầu X (QL1A)": a road's code in brackets after its name, part of it
_ROAD_CODE = r"\((?:ĐT|QL|TL|ĐH|ĐX|ĐCT)\.?\s?\d{1,4}[A-Z]?\)"
# a lowercase word (of up to 8 letters) right before (fixed-width lookbehinds, one per length, as _NAME_WORD_BEFORE)
_LOWER_WORD_BEFORE = "(?:" + "|".join(rf"(?<=\s[a-zđà-ỹ]\w{{{n}}})" for n in range(8)) + ")"
_NAME_GOES_ON = re.compile(
    r"\s*" + _CODE + "|"
    r"\s*" + _ROAD_CODE + "|"
    # ("Dự án nâng cấp đường tỉnh X (đợt 1)": the batch of the works by its number, a phase)
    r"\s*\((?i:" + UNIT_WORDS + r"|giai\s+đoạn|đoạn|cơ\s+sở|đợt(?=\s+(?:\d|[IVX]+\b)))\s[^()]{1,40}\)|"
    # "đoạn qua tỉnh Phú Thọ (cũ)", "Trường THCS xã Tân Lập (cũ)": the place as it was before the 2025 merger, part
    # of the name (the new unit bears the same name)
    r"(?<=\w)\s*\((?i:cũ|mới)\)|"
    # "cao tốc Gia Nghĩa (Đắk Nông) - Chơn Thành": a route's end with its province in brackets, the other end after
    # (not a paper's tag in capitals: "cầu X (TTXVN) - Tỉnh ..."; nor a dateline's province before the lead's time:
    # "Khánh thành nhà máy X" over "(Phú Yên) - Ngày 28/12, ..."; nor a paper's name: "(Báo Đắk Lắk) - Sau 18 tháng")
    r"\s*\((?![A-ZĐ]{2,}\))(?!Báo\s)" + UPPER + r"[^()]{1,30}\)"
    r"(?=\s*[-–]\s*(?!(?:Sáng|Chiều|Tối|Trưa|Ngày|Đêm)(?:\s+(?:nay|qua))?\s+\d)" + UPPER + r")|"
    # "Khu công nghiệp (KCN) Thủ Thừa", "Đường tỉnh (ĐT) 830E": the kind's abbreviation in brackets, then
    # the proper name or number of the work
    r"\s*\([A-ZĐ]{2,6}\)(?=\s+(?:" + UPPER + r"|\d))|"
    # "Nhà máy sản xuất bảng mạch in (PCB) của Công ty X": the short form of the lowercase words it follows, what the
    # work makes, closing its name (not the kind of its capital or contract: "(ODA)", "(FDI)", "(PPP)", "(BOT)")
    + _LOWER_WORD_BEFORE + r"\s*\((?!(?:ODA|FDI|DDI|" + word_source("contract_forms") + r")\))[A-Z]{2,6}\)"
    r"(?=\s+(?:của|tại|ở|do|có|với|được|đã|đang)\b|\s*[,.;:])|"
    r"(?:\s*,\s*\d+[A-Z]?)+\s+và\s+\d+[A-Z]?\b|"
    # "Bến cảng số 5, 6, 7 Cảng Cái Lân": the numbers of several works listed by commas alone, then the name they
    # share (a capital after the last number; not "cầu số 5, 120 m", a size)
    # ("Bến cảng X số 7, 8 đã hoàn thành": the list closing the name before its verb)
    # ("bến số 9, 10 thuộc Khu bến cảng X": the list closing the name before the whole it belongs to)
    r"(?<=\d)(?:\s*,\s*\d{1,3}[A-Z]?)+(?=\s+(?:" + UPPER + r"|(?:đã|đang|được|vừa|thuộc|của)\s))|"
    # "các nút giao IC2, IC5 tuyến cao tốc X": codes listed after a code name one work
    r"(?<=[A-Z]\d)(?:\s*,\s*[A-Z]{1,4}\d{1,3}[A-Z]?\b)+"
)


# "Nối vùng kinh tế biển X với cao tốc Y": the end a link reaches is no work of the news
# (its kind may come first: "với cao tốc Cầu Giẽ - Ninh Bình", where "Cầu Giẽ" is a place)
# "(tiếp nối với Dự án đường trục X)", "kết nối với dự án Y": a project a work reaches
_LINKED_TO_BEFORE = re.compile(r"\bnối\s+(?:tiếp\s+)?với\s+$", _I)
# ("chạy song song với quốc lộ X": the road a work runs along is no work of the news either)
# ("kết nối với đường Vành đai 4, Vành đai 5 và các tuyến đường địa phương": every end listed after "với";
# "nút giao liên thông với cao tốc X": a junction's link to a road; "điểm cuối giao với quốc lộ Y": where it meets one)
_LINKED_END_BEFORE = guarded(re.compile(
    r"\b(?:(?:nối|liên\s+thông)\b[^,.;:]{0,80}\b|giao\s+(?:cắt\s+)?|song\s+song\s+)với\s+"
    r"(?:[^.;:]{1,80}?(?:,|\s+và)\s+)?(?:" + _WORK_NOUN + r"\s+)?$",
    _I,
))


# "Cầu X đi vào hoạt động góp phần giảm tải cho cầu Y hiện hữu và quốc lộ 60": the works a new work takes traffic
# off (data/words/relief_verbs.csv, every one listed after "cho") are no works of the news
_RELIEVED_BEFORE = guarded(re.compile(
    r"\b(?:" + word_source("relief_verbs") + r")\s+cho\s+(?:[^.;:]{1,80}?(?:,|\s+và)\s+)?(?:các\s+)?$", _I
))
_RELIEF_WORDS = ("giảm", "sẻ")  # (a cheap gate before the pattern: the table's verbs hold one of these)


def _relieved_work(text: str, pos: int) -> bool:
    """Whether the work at ``pos`` is one a new work takes traffic off ("giảm tải cho cầu Y và quốc lộ Z")."""
    lo = max(0, pos - 140)
    return any(text.find(word, lo, pos) >= 0 for word in _RELIEF_WORDS) and bool(
        _RELIEVED_BEFORE.search(text, lo, pos)
    )


def _has_link_word(text: str, pos: int) -> bool:
    lo = max(0, pos - 180)  # (a cheap gate before the pattern)
    return any(text.find(word, lo, pos) >= 0 for word in ("nối", "Nối", "liên thông", "giao", "song song"))


# "đường nối tỉnh lộ 163 với đường cao tốc Nội Bài - Lào Cai": a link names both its ends
# ("đường vành đai song song với đường tỉnh 942": a road named by the road it runs along)
# ("nút giao giữa đường X với quốc lộ 1A": a junction named by the roads it joins)
_LINK = guarded(re.compile(r"\bnối\b|\bsong\s+song\b|\bgiữa\b", _I))
# (not before the words that open a work's description: "cầu X nối A - B với tổng mức đầu tư 1.530 tỷ đồng",
# "đường nối xã A với quy mô 2 làn xe": its price or size follows "với", no end of the link)
_LINKED_WITH = re.compile(r"\s+với\s+(?=\w)(?!(?i:" + word_source("project_descriptions") + r")\b)", _I)


# "thi công công trình Trường \nMầm non Hoa Sen, khối lượng ...": a page's line that breaks after the work's kind
# alone (no name of its own yet) breaks no headline: the name goes on with the next line's capitals (the layout
# joins a page's long lines with two spaces, "Trường  Mầm non")
_LINE_JOIN = re.compile(r"[ \t]*\n[ \t]*|\s{2,}")
_KIND_ALONE = re.compile(
    r"(?:(?:dự\s+án|công\s+trình)\s+)?(?:" + _WORK_NOUN + "|" + _BARE_KIND + r"|nhà\s+văn\s+hóa)(?:\s+(?:" + _WORK_NOUN
    + r"))?", _I
)


# "và" then works done to a name ("... và nâng cấp Đường X"), which after a name of its own opens the next item
_AND_MORE_WORKS_DONE = re.compile(r"\s+và\s+(?=" + _VERBS_BEFORE_A_NAME + r")")


def _works_done_only(words: str) -> bool:
    """Are the words only the works done ("cải tạo", "sửa chữa, mở rộng"), with no work named yet?"""
    return _WORKS_DONE_LEAD.fullmatch(words.rstrip(" ,") + " ") is not None


def _name_stop(text: str, pos: int) -> int:
    """Where an unquoted name written at ``pos`` ends."""
    start = pos
    while True:
        end = _NAME_END.search(text, pos)
        stop = end.start() if end else len(text)
        goes_on = _NAME_GOES_ON.match(text, stop)
        if goes_on is None and end and _LINE_JOIN.fullmatch(end.group()) and _KIND_ALONE.fullmatch(text, start, stop):
            goes_on = end  # (the kind alone before a page's line break)
        if goes_on is None and end and _LINK.search(text, start, stop):
            goes_on = _LINKED_WITH.match(text, stop)
        if goes_on is None and end and _AND_MORE_WORKS_DONE.match(text, stop) and _works_done_only(text[start:stop]):
            goes_on = end  # "cải tạo và nâng cấp Đường X": the works done to one work, no item of a list before "và"
        if goes_on is None or not end or "\n\n" in text[stop : goes_on.end()]:
            # (a blank line ends a name: "Hoàn thành Trường X" over "(Báo Y) - Sau 18 tháng ...", the dateline's
            # paper in brackets is no place of the work)
            return _street_after_a_work(text, start, _before_its_size(text, start, stop))
        pos = goes_on.end()


# "Khởi công Khu nhà ở xã hội Tân An 800 căn hộ", "Trường Tiểu học X 24 phòng học": the size counted after a named
# work (data/words/work_sizes.csv) is no part of its name; after the kind alone ("Bệnh viện 500 giường", "dự án nhà
# ở xã hội 1.500 căn") it is what tells the work apart, and stays
_SIZE_AFTER_NAME = re.compile(r"(?<!\bsố)\s+\d[\d.]*\s+(?:" + word_source("work_sizes") + r")\b", _I)


# "KCN Deep C 92%, KCN X 89%": a percentage after a name is a rate said of the work (its occupancy, its progress),
# never part of its name
_RATE_AFTER_NAME = re.compile(r"\s+\d[\d.,]*\s*%")


def _before_its_size(text: str, start: int, stop: int) -> int:
    """``stop``, or where a size counted (or a rate said) after the work's own name starts."""
    if not any(c.isdigit() for c in text[start:stop]):
        return stop
    if "%" in text[start:stop] and (rate := _RATE_AFTER_NAME.search(text, start, stop)) is not None:
        stop = rate.start()
    size = _SIZE_AFTER_NAME.search(text, start, stop)
    if size is None or _KIND_ALONE.fullmatch(text, start, size.start()):
        return stop
    return size.start()


# "Bệnh viện Đa khoa huyện X và đường Y nối dài", "cầu A và đường B": a street named by its proper name after "và"
# is a work of its own when the name before it opens on a work's kind of its own (bare "đường" is no work noun:
# "đường lối", "đường dây"; so _NAME_END's split before a work noun misses it). Verbs first keep one project:
# "Cải tạo vỉa hè và đường Trần Phú", "Nâng cấp trường A và đường B" are one job of works
# (the capital case-sensitive: "cầu A và đường dẫn hai đầu cầu", "và đường gom" are the bridge's own parts, one work)
_AND_STREET = re.compile(r"\s+và\s+(?=(?i:đường|phố)\s+(?-i:" + UPPER + r"))", _I)
_AND_STREET_WORDS = lowered_literal_scan(_AND_STREET)
_OPENS_ON_A_WORK = re.compile(
    r"(?:(?:dự\s+án|công\s+trình)\s+)?(?:" + _WORK_NOUN + r"\s+\S|(?:đường|phố)\s+(?-i:" + UPPER + r"))", _I
)


def _street_after_a_work(text: str, start: int, stop: int) -> int:
    """``stop``, or the "và" before a named street when the name opens on a work of its own kind."""
    if _AND_STREET_WORDS.search(text[start:stop].lower()) is None:
        return stop
    street = _AND_STREET.search(text, start, stop)
    if street is None or not _OPENS_ON_A_WORK.match(text, start, street.start()):
        return stop
    return street.start()


# "dự án mở rộng sản xuất giai đoạn 2 của Công ty cổ phần X": a description that names nothing by itself is
# named by the company it belongs to, so the name runs on through "của" to the investor
# ("dự án nhà máy chế biến gỗ (Công ty CP X)": the investor in brackets, the same)
_OWNER_COMPANY_AFTER = re.compile(r"(?:\s+của\s+|\s*(\())(?=(?:Công\s+ty|Tập\s+đoàn|Tổng\s+công\s+ty)\b)")


# "... phục vụ dự án", "phục vụ công trình này": the project the passage is about, not named again
_SERVES_THE_PROJECT = re.compile(
    r" phục\s+vụ\s+(?:cho\s+)?(?:dự\s+án|công\s+trình)(?:\s+(?:này|trên|nói\s+trên|nêu\s+trên))?\s*$", _I
)


# "Gói thầu số 05: Xây lắp đoạn Km0 - Km8", "gói thầu XL-02: Thi công cầu X": a package named by its number, then
# after a colon the works it buys (data/words/package_works.csv, or a work's kind); the name goes on through them
# (not "Gói thầu XL-01: đạt 80% khối lượng", "Gói thầu số 2: Giá trị 120 tỷ đồng": what is said of it)
_NUMBERED_PACKAGE = re.compile(r"[Gg]ói\s+thầu\s+(?:số\s+)?[\w.-]*\d[\w.-]*")
_PACKAGE_WORKS_AFTER = re.compile(
    r"\s*:\s*(?=(?:" + word_source("package_works") + "|" + _WORK_NOUN + r")\s)", _I
)

_PACKAGE_BEFORE_COLON = re.compile(_NUMBERED_PACKAGE.pattern + r"(?=\s*:\s*$)")


def _works_of_package(text: str, pos: int) -> bool:
    """Whether the words at ``pos``, after a colon, are the works a numbered package's name goes on with."""
    package = _PACKAGE_BEFORE_COLON.search(text, max(0, pos - 40), pos)
    return package is not None and _PACKAGE_WORKS_AFTER.match(text, package.end()) is not None


_OPENING_QUOTES = ("“", '"', "‘", "'")


def read_name(text: str, pos: int) -> tuple[int, int, str, bool] | None:
    """(start, end, name, quoted) of a project name written at ``pos``."""
    m = _QUOTED.match(text, pos)
    if m:
        group = next(i for i in (1, 2, 3) if m.group(i) is not None)
        return m.start(group), m.end(group), spaced(m.group(group)), True
    stop = min(_name_stop(text, pos), pos + 160)
    if text.startswith(":", stop) and text[pos] in "gG" and _NUMBERED_PACKAGE.fullmatch(text, pos, stop):
        works = _PACKAGE_WORKS_AFTER.match(text, stop)
        if works is not None:
            stop = min(_name_stop(text, works.end()), works.end() + 160)
    name = text[pos:stop].strip(" ,")
    if name and text[stop : stop + 2].lstrip()[:1] in _OPENING_QUOTES and (
        (quoted := _QUOTED.match(text, stop + (text[stop] == " "))) is not None
        and not is_named(name[:1].lower() + name[1:], False)
    ):
        # 'dự án Trung tâm thương mại "Thái Nguyên Plaza"', "Khu đô thị “Sông Hồng Xanh”": the kind alone, then its
        # proper name in quotes: one name, written without the quotes (FACTS)
        group = next(i for i in (1, 2, 3) if quoted.group(i) is not None)
        return pos, quoted.end(group), spaced(name + " " + quoted.group(group).strip()), True
    owner = _OWNER_COMPANY_AFTER.match(text, pos + len(name))
    if name and owner is not None and not is_named(name, False):
        close = text.find(")", owner.end(), pos + 160) + 1 if owner.group(1) else 0
        stop = close or min(_name_stop(text, owner.end()), pos + 160)
        name = text[pos:stop].strip(" ,")
    if name.endswith(")") and "(" not in name:
        name = name[:-1].rstrip()  # "1 dự án (cầu X) hoàn thành": the bracket around the name is not its own
    served = name.find(" phục vụ ") if "phục vụ" in name else -1
    if (
        served > 0
        and ("tái định cư" not in name or _SERVES_THE_PROJECT.match(name, served))
        and is_named(name[:1].lower() + name[1:served], False)
    ):
        # "Nhà máy điện mặt trời X phục vụ cấp điện cho ...": what a named work serves is no part of its name (but
        # "Khu tái định cư (xã Y) phục vụ sân bay Z": a resettlement area is named by the work it serves, unless that
        # is the project of the passage: "Khu tái định cư Bản X phục vụ dự án")
        name = name[:served]
    if not name:
        return None
    return pos, pos + len(name), spaced(name), False


# "cầu Cổ Phúc, huyện Trấn Yên": the district after a comma says where the work is; the row's name leaves it
# out (the mention, its evidence and whether it names anything keep it)
# ("công trình X, xã Đạ Tông, huyện Đam Rông": a commune and its district after the name, each after a comma)
# ("cầu X, xã Tân Thành (mới)", "tại phường Y, tỉnh Ninh Bình (mới)": the unit as it is after the 2025 merger)
_NEW_OR_OLD_UNIT = r"(?:\s*\((?i:cũ|mới)\))?"
_COMMA_LOCALITY_TAIL = re.compile(
    rf"(?:,\s*(?i:{UNIT_WORDS})\s+" + CAP_WORD + r"(?:\s+" + CAP_WORD + r")*"
    + _NEW_OR_OLD_UNIT + r")+\s*$"
)
_PLACE_ABBREVIATION = "(?:" + "|".join(PLACE_ABBREVIATION_WORDS) + ")"  # "H.", "TP.", "TT." ...
# "tại xã ", "tại TT. ": the start of a place after "tại"
# ("Nhà máy X tại KCN Y", "tại Khu kinh tế Z": the industrial zone a plant is built in is its place too)
# ("Trường Mầm non X tại thôn 3, xã Y", "tại bản Nà Pồng", "tại ấp Phú Lợi": a village, a hamlet, a town's quarter)
# (the zones a plant is built in, written out or abbreviated)
_ZONE_WORDS = r"khu\s+công\s+nghiệp|cụm\s+công\s+nghiệp|khu\s+kinh\s+tế"
_ZONE_ABBREVIATIONS = r"KCN|CCN|KKT"
_TAI_THEN_PLACE = (
    rf"\s+(?i:tại)\s+(?:(?i:{LOCAL_UNIT_WORDS}|thôn|bản|ấp|khu\s+phố|tổ\s+dân\s+phố|"
    + _ZONE_WORDS
    + r")\s+|(?:"
    + _ZONE_ABBREVIATIONS
    + r")\s+|"
    + _PLACE_ABBREVIATION
    + r"\.\s*)"
)
# "dự án hạ tầng KCN Hòa Lợi tại xã Phú Lợi": after a name of its own, the commune after "tại" says where the
# work is built (a work without a proper name is named by its place: "khu nhà ở xã hội tại phường X")
_PROPER_NAME_THEN_PLACE = re.compile(
    r"\s" + CAP_WORD + r"[^,]*?" + _TAI_THEN_PLACE
    + r"(?:"
    + CAP_WORD
    + r"(?:\s+"
    + CAP_WORD
    # ("tại KCN Quế Võ 2": a zone numbered after its name; "tại Khu công nghiệp Yên Phong II-C": lettered)
    + r")*(?:-[A-Z\d]{1,3}\b)?(?:\s+\d{1,2})?"
    # ("tại thôn 3", "tại phường 5": a place known by its number)
    + r"|\d{1,3}[A-Z]?)" + _NEW_OR_OLD_UNIT + r"\s*$"
)
_PLACE_AFTER_TAI = re.compile(_TAI_THEN_PLACE + r"\S.*$")
# "trường X tại H. Phước Sơn": a name read up to the abbreviation's full stop ends on "tại H", the place's start
# (read past it, "tại TT. Phù Cát" is a place after "tại" as "tại thị trấn Phù Cát" is)
_ABBREVIATED_PLACE_AFTER_TAI = re.compile(r"\s+(?i:tại|ở)\s+" + _PLACE_ABBREVIATION + r"$")


# "phê duyệt dự án đầu tư xây dựng công trình Đê bao X": the verb phrase "(đầu tư) xây dựng công trình" says
# what the project does; the work's own name comes after it
# (only before a capital: "đầu tư xây dựng công trình cải tạo đường X" keeps the works it does)
_BUILD_THE_WORK = re.compile(r"^(?i:đầu\s+tư\s+)?(?i:xây\s+dựng\s+công\s+trình)\s+(?=" + UPPER + ")")


# "Dự án kè biển Nhân Trạch (huyện Bố Trạch)", "(TP Đồng Hới)": a district or commune in brackets after the
# name says where the work is, as one after a comma does
# ("(huyện Sóc Sơn, Hà Nội)": the district with its province after a comma)
_BRACKETED_LOCALITY_TAIL = re.compile(
    rf"\s*\(\s*(?i:{LOCAL_UNIT_WORDS}|TP\.?)\s*" + CAP_WORD
    + r"(?:\s+" + CAP_WORD + r")*(?:\s*,\s*(?:(?i:tỉnh|thành\s+phố|TP\.?)\s*)?" + CAP_WORD + r"(?:\s+" + CAP_WORD
    + r")*)?\s*\)\s*$"
)


# "Khởi công nhà máy điện mặt trời X tại Ninh Thuận": after a name of its own, the province after "tại"/"ở" says
# where the work is built, as a commune after "tại" does (a work without a proper name keeps it: its place names it)
_PROVINCE_AFTER_TAI = re.compile(
    r"\s" + CAP_WORD + r"[^,]*?(\s+(?i:tại|ở)\s+(?:(?i:tỉnh|thành\s+phố)\s+)?("
    + CAP_WORD + r"(?:[\s-]+" + CAP_WORD + r"){0,3}))\s*$"
)


# "cầu Đại Ngãi 2 trên tuyến Quốc lộ 60", "cầu X trên sông Y": after a name of its own, the route or river the work
# stands on says where it is, as a place after "tại" does (a work without a proper name keeps it: "các cầu yếu trên
# quốc lộ 1" is named by its route)
_ROUTE_AFTER_NAME = re.compile(
    r"\s+trên\s+(?:(?:tuyến|địa\s+phận)\s+)?(?=(?i:quốc\s+lộ|QL|đường\s+tỉnh|tỉnh\s+lộ|ĐT|đường\s+cao\s+tốc|"
    r"cao\s+tốc|sông|kênh|rạch)\b).*$"
)


def _without_province_after_tai(name: str) -> str:
    m = _PROVINCE_AFTER_TAI.search(name)
    if m is None or match_province(m.group(2), fuzzy=False) is None:
        return name
    return name[: m.start(1)] or name


def _row_name(paragraph: str, mention: _Mention) -> str:
    # ("dự án BOT cầu Y", "Dự án BT đường X": the contract the work is built under, said before it, is how the project
    # is called, kept as written; only a bracket after the name, "(PPP)", is a note on it)
    name = _BUILD_THE_WORK.sub("", mention.name) or mention.name
    if paragraph[mention.end : mention.end + 1] in ("”", '"', "’"):
        return name  # (a title in quotes is kept whole)
    if name.endswith(")"):
        name = _BRACKETED_LOCALITY_TAIL.sub("", name) or name
    if " tại " in name and ", " in name:
        # ("cầu X tại xã A, huyện B": the district after the commune goes first, so that the commune after "tại"
        # closes the name as it does without it)
        name = _COMMA_LOCALITY_TAIL.sub("", name) or name
    if " tại " in name and _PROPER_NAME_THEN_PLACE.search(name):
        name = _PLACE_AFTER_TAI.sub("", name)
    name = _ABBREVIATED_PLACE_AFTER_TAI.sub("", name) or name
    if " tại " in name or " ở " in name:
        name = _without_province_after_tai(name)
    if " trên " in name and (route := _ROUTE_AFTER_NAME.search(name)) and is_named(name[: route.start()], False):
        name = name[: route.start()]
    if ", " not in name:
        return name
    return _COMMA_LOCALITY_TAIL.sub("", name) or name


# ("khánh thành đưa vào sử dụng Trường X": the ceremony is the event, the use its purpose)
# ("khánh thành thông xe đưa vào sử dụng cầu X": opening to traffic and putting into use are the ceremony's
# purpose, so the chain keeps the first verb's event)
_OBJECT_GAP = re.compile(
    # ("khởi công mới Trường X", "khởi công đồng loạt cầu Y": a new start, all at once, the verb still the work's)
    r"\s*(?:(?:mới|đồng\s+loạt)\s+)?(?:(?:,\s*|và\s+)?thông\s+xe\s*)?"
    # ("khánh thành, bàn giao đưa vào sử dụng Trường X": the hand-over is the ceremony's purpose too)
    r"(?:(?:,\s*|và\s+)?(?:bàn\s+giao\s*,?\s*)?đưa\s+vào\s+(?:sử\s+dụng|khai\s+thác|vận\s+hành)\s*"
    # ("khánh thành, bàn giao cầu X", "khánh thành và bàn giao Trường Y": the hand-over said alone, the same)
    r"|(?:,\s*|và\s+)bàn\s+giao\s+)?"
    r"(?:xây\s+dựng\s*)?(?:tại\s*)?"
    r"(?:toàn\s+tuyến\s*)?"  # "thông xe toàn tuyến cao tốc X": the whole route of the work, its object (_WHOLE_ROUTE)
    r"(?:(?:cây|chiếc|ngôi|con)\s+)?"  # ("khánh thành cây cầu X", "thông xe con đường Y": the classifier)
    r"(?:đoạn\s+)?",  # ("thông xe đoạn tuyến đường X từ A đến B": a stretch of the work, its object all the same)
    _I,
)
# "... đã tiến hành khởi công xây dựng Trường Mầm non X": an event verb later in the sentence whose object is a
# work named with a capital is that work's news, not the news of a work named earlier in the sentence
# ("Khu Kinh tế X sắp khởi công Dự án Y": a project named with a capital "Dự án" is such an object too)
# ("Bệnh viện X khánh thành (giai đoạn 1) dự án Khu Y": a project the verb takes, its name a capital's, the phase of it
# too, is that object whoever the subject)
# (not a zone after "tại"/"ở": "Nhà máy X đi vào hoạt động tại KCN Y" says where the plant stands, no object)
_ANOTHER_WORK_OBJECT = re.compile(
    r"(?!\s+(?:tại|ở)\s+(?:" + _ZONE_ABBREVIATIONS + r"|(?i:" + _ZONE_WORDS + r"))\b)"
    r"(?i:" + _OBJECT_GAP.pattern + r")(?:(?=" + UPPER + r")(?i:" + _WORK_NOUN + r"|dự\s+án|công\s+trình)\b"
    r"|(?i:giai\s+đoạn\s+(?:\d{1,2}|[IVX]+)\s+(?:của\s+)?)?(?i:dự\s+án|công\s+trình)\s+(?=" + UPPER + r"))"
)


# "đang tích cực được thi công": under way now (a completion said after it is the aim)
_UNDER_WAY_NOW = re.compile(
    r"\bđang\s+(?:(?:tích\s+cực|khẩn\s+trương|gấp\s+rút)\s+)?(?:được\s+)?(?:thi\s+công|triển\s+khai|xây\s+dựng)", _I
)


# "Cầu X đã hợp long sau 18 tháng thi công", "Trụ sở Y cất nóc sau 10 tháng thi công": a milestone of the works, the
# time it took said after it in the same clause, no completion ("hợp long và hoàn thành ...": a second act)
_MILESTONE_THEN = re.compile(r"\b(?:hợp\s+long|cất\s+nóc)\b(?:(?!\bvà\b)[^,.;:])*$", _I)


# "Dự án X đi vào hoạt động sẽ làm thay đổi ...", "Cầu X hoàn thành sẽ rút ngắn ...": the event verb, then "sẽ"
# and what follows from it, in one clause: a condition (when X operates, ...), no news of the event ("đã hoàn
# thành và sẽ bàn giao" joins a second act with "và": not this)
_CONDITION_THEN = re.compile(r"\s+sẽ\s+(?!được\b)", _I)
# "Nhà máy X ..., khi đi vào hoạt động dự án sẽ giải quyết việc làm cho 200 lao động": "khi" before the event
# verb and "sẽ" after it in the clause (the subject said again between): a condition, no news of the event
_WHEN_THEN = re.compile(r"\bkhi\s+(?:\S+\s+){0,2}$", _I)
_THEN_LATER = re.compile(r"[^.;:!?\n]{0,30}?\s(?:thì\s+)?sẽ\s+(?!được\b)", _I)
# "Bệnh viện X sau khi được xây dựng đưa vào sử dụng sẽ ...": a clause of what follows, no news
# "dự kiến khoảng 1 tháng nữa khu X mới hoàn thành": a time still ahead before the event
_TIME_AHEAD = guarded(re.compile(r"\b(?:ngày|tuần|tháng|năm)\s+nữa\b", _I))
_AFTER_WHEN = re.compile(r"\s*,?\s*sau\s+khi\b", _I)
# "Trường X hoàn thành, đưa vào sử dụng sẽ là nơi ...", "Nhà văn hóa Y đưa vào sử dụng sẽ giúp ...": the work in
# service is the subject of what follows (a condition, as above), no news of an event and no work under way
_CONDITION_CLAUSE = re.compile(
    r"\s*(?:(?:đã\s+|được\s+)*hoàn\s+thành\s*(?:,|và)?\s*)?(?:(?:được\s+)?(?:đưa|đi)\s+vào\s+"
    r"(?:sử\s+dụng|hoạt\s+động|khai\s+thác|vận\s+hành)|(?:được\s+)?hoàn\s+thành)\s+sẽ\s+(?!được\b)|"
    # ("Công trình này hoàn thành giúp/ngăn chặn ...": what the work will do once finished, said without "sẽ";
    # not "đã hoàn thành, giúp ...", a completion and what it brought)
    r"\s*hoàn\s+thành\s+(?:giúp|góp\s+phần|ngăn\s+chặn|ngăn\s+ngừa|bảo\s+vệ|tạo\s+(?:điều\s+kiện|động\s+lực))\b",
    _I,
)


# "Sau khi đầu tư nâng cấp hồ X, tỉnh tiếp tục ...": a work inside a clause of what was done before
# the news; the verbs of the main clause are another work's
_DONE_BEFORE_CLAUSE = re.compile(r"^\s*Sau\s+khi\b[^,;]*$", _I)
# "Sau khi hoàn thiện, đi vào hoạt động, chợ X sẽ đáp ứng ...": a fronted "sau khi" clause, then the work and
# "sẽ": what the work will do once done, no news of its completion
# "Ngoài trường Mầm non X, nhiều trường khác cũng được khởi công ...", "Bên cạnh dự án X, huyện còn khởi công ...":
# a sentence opening on the work it sets aside; its verb tells of the others (not "Ngoài ra, X ...": a connective)
_BESIDES_BEFORE = re.compile(r"^\s*(?:Ngoài|Bên\s+cạnh)\s+$")
_AFTER_WHEN_FRONTED = re.compile(r"^\s*Sau\s+khi\b[^.;!?]*,\s*$", _I)


# "dự kiến hoàn thành trong tháng 7/2026, đưa vào sử dụng trong năm học 2026-2027": the use goes on with the plan
_PLANNED_GOES_ON = re.compile(r"dự\s+kiến\s+hoàn\s+thành\b[^.;,]{0,40},\s*$", _I)


# "khởi công loạt dự án, thông xe tuyến cao tốc X": opening a work to traffic is its completion when the verb
# takes the work as its object (a "thông xe" elsewhere in the sentence is as often a road reopened after a
# landslide: "dự kiến trong ngày 28/6 thông xe")
# ("Thông xe cầu X và cầu Y": the second work of the pair is opened too)
# ("thông xe toàn tuyến cao tốc X": the whole route opened, the work named after "toàn tuyến")
_OPENED_TO_TRAFFIC = re.compile(
    r"(?<!\w)thông\s+xe\s+(?:toàn\s+tuyến\s+|đoạn\s+)?(?:[^,.;:!?\n]{2,60}?\s+và\s+)?(?:(?:cây|chiếc|con)\s+)?$",
    _I
)
# (its words in the lowered window first: the pattern ignores case and is tried at every character of a window
# that, 95 % of the time, holds none of them)
_OPENED_TO_TRAFFIC_WORDS = lowered_literal_scan(_OPENED_TO_TRAFFIC)


# "sẽ được khởi công ngày 15-9 tới", "khánh thành vào tháng tới": a day or a period followed by "tới" is
# one still ahead ("tới nay", "tới ngày ...", "tới hết ..." say up to when, not ahead)
_COMING_TIME_AFTER = re.compile(
    r"\s*(?:chính\s+thức\s+)?(?:vào\s+|trong\s+)?"
    r"(?:(?:(?:ngày|sáng|trưa|chiều|tối)\s+)?\d{1,2}\s*[-/.]\s*\d{1,2}|tuần|tháng|quý|năm)"
    r"\s+tới\b(?!\s+(?:nay|ngày|hết|cuối|\d))",
    _I,
)


# the deadline a plan sets, before the work it is set for ("đến năm 2029 ", "trước hết tháng 12/2024, ")
_PLAN_DEADLINE = r"(?:đến|trước|trong)\s+(?:hết\s+|cuối\s+|đầu\s+)?(?:năm|tháng|quý)\s+[^\s,.;:]+\s*,?\s+"
# "Dự kiến cầu hoàn thành trong tháng 12": a sentence that opens on the plan, then the work and its event
# verb ("hoàn thành trong/vào ...", a schedule the completed words leave alone): the work is under way
# ("Dự kiến đến năm 2029 dự án hoàn thành": the plan's deadline between, the same)
_PLAN_OPENS_SENTENCE = re.compile(r"(?:^|[.!?…]\s+)Dự\s+kiến\s+(?:" + _PLAN_DEADLINE + r")?$", _I)
_EVENT_VERB_NEXT = re.compile(r"\s*(?:sẽ\s+)?(?:được\s+)?(?:hoàn\s+thành|khởi\s+công|khánh\s+thành|đưa\s+vào)\b", _I)


# "3 ngày nữa, Gia Lai khởi công loạt dự án ...", "Sắp khởi công dự án 4 tỷ USD tại X": a headline that
# announces a ceremony still to come
# ("Sau sắp xếp, xã X khánh thành ...": "sắp xếp", the merger of units, is no "sắp", about to)
_HEADLINE_AHEAD = re.compile(
    r"\b(?:sắp(?!\s+xếp)|sẽ|chuẩn\s+bị|sẵn\s+sàng)\b|\b(?:ngày|tuần|tháng)\s+(?:nữa|tới)\b", _I
)
_ANNOUNCED_KINDS = ("started", "inaugurated")


def announced_event(headline: str) -> str | None:
    """The ceremony a news headline announces ahead ("Sắp khởi công ...", "3 ngày nữa, ... khởi công ...":
    started), else None. The text's own words for that ceremony ("Trong số các dự án được khởi công",
    "còn khởi công loạt dự án như: ...") then speak of it still to come."""
    for event, pattern in _EVENTS:
        if event not in _ANNOUNCED_KINDS:
            continue
        m = pattern.search(headline)
        if m and _HEADLINE_AHEAD.search(headline, 0, m.start()):
            return event
    return None


# Works under way said right after the name, as its own verb ("Cầu X đang thi công", "Kè Y đang được triển khai")
# ("Đường X dài 77 km đang được mở rộng": its length said first, then the works; widening or upgrading a
# work under way is its works too)
_UNDER_WAY_NEXT = re.compile(
    rf"\s*(?:(?:có\s+)?(?:tổng\s+)?(?:chiều\s+)?dài\s+(?:(?:{HEDGE_WORDS})\s+)?\d[\d.,]*\s*(?:km|m)\b\s*,?\s*)?"
    r"(?:đã\s+và\s+|vẫn\s+|hiện\s+)?đang\s+(?:được\s+)?(?:(?:tích\s+cực|khẩn\s+trương|gấp\s+rút)\s+)?"
    r"(?:triển\s+khai|thi\s+công|xây\s+dựng|thực\s+hiện|mở\s+rộng|nâng\s+cấp)\b",
    _I,
)


# "Tuyến đường X vừa được thông xe", "cầu Y đã chính thức thông xe": the work, then its own opening to traffic
# said as done (vừa/đã/mới or chính thức) in the same clause: completed (not "sẽ/dự kiến thông xe", still ahead,
# nor "thông xe trở lại", a road reopened after a landslide)
_OPENED_AFTER = re.compile(
    # ("Tuyến đường X (TP. Y) dài 3,2 km đã thông xe": the mark inside a decimal number or a bracketed place ends no
    # clause)
    r"(?:\([^()\n]{1,40}\)|[^,.;:!?\n]|(?<=\d)[,.](?=\d)){0,60}?\s(?:(?:vừa|đã|mới)\s+(?:được\s+)?(?:chính\s+thức\s+)?|chính\s+thức\s+"
    # ("cầu Y cũng được thông xe vào tháng 11/2026": opened on a day said after it, as done; not "sẽ/dự kiến được thông
    # xe", still ahead, which _OPENED_AHEAD tells)
    r"|(?P<passive>(?:cũng\s+)?được\s+))"
    # ("Tuyến đường X đã thông tuyến kỹ thuật": the route joined through for traffic, as "thông xe kỹ thuật"; a bare
    # "thông tuyến" is as often a road reopened after a landslide)
    r"thông\s+(?:xe\b(?!\s+trở\s+lại)|tuyến\s+kỹ\s+thuật)"
    r"(?(passive)(?=\s+(?:vào\s+)?(?:ngày|tháng|từ\s+(?:ngày|tháng))\s+\d))",
    _I,
)
_OPENED_AHEAD = re.compile(r"\b(?:sẽ|dự\s+kiến|phấn\s+đấu|kế\s+hoạch|sắp|để|chưa)\s", _I)


# "a) Cầu X: tổng mức đầu tư 620 tỷ đồng, đã thông xe ngày 30/6/2024": an item's description after its name and a
# colon is the work's, its opening to traffic said as done anywhere in it
_OPENED_IN_ITEM = re.compile(
    r"\s*:[^.;!?\n]{0,120}?\s(?:vừa|đã|mới)\s+(?:được\s+)?(?:chính\s+thức\s+)?thông\s+xe\b(?!\s+trở\s+lại)", _I
)


# the words of a headline's tense right after its colon ("Đã", "Sẽ", "Dự kiến", "Sắp", "Chính thức"), before its verb
_TENSE_BEFORE_A_HEADLINE_VERB = r"(?:đã|vừa|sẽ|sắp|dự\s+kiến|phấn\s+đấu|chính\s+thức)(?:\s+chính\s+thức)?"
# "Đường X: Thông xe đoạn qua tỉnh Y" (a headline): the work, a colon, then the news of its opening to traffic, which
# the whole of it or a part of it ("đoạn qua ...", "nhánh ...") is said of; the work's event ("sẽ thông xe ...",
# "dự kiến thông xe ...": still ahead; "Đã thông xe ...": done)
_OPENED_AFTER_COLON = re.compile(
    r"\s*:\s*(?:" + _TENSE_BEFORE_A_HEADLINE_VERB + r"\s+)?thông\s+xe\b(?!\s+trở\s+lại)[^.;!?\n]{0,60}", _I
)


# "chưa (được) phê duyệt", "chưa thể khởi công", "chưa kịp khánh thành" right before the event's words: the event has
# not happened ("không" is left to each phrasing's own lookbehinds: "không chỉ khánh thành" is no denial)
_NOT_YET = re.compile(r"\bchưa\s+(?:(?:được|thể|kịp)\s+)?$", _I)


# "Sở X đã trình UBND tỉnh phê duyệt chủ trương đầu tư dự án Y", "đề nghị HĐND tỉnh xem xét, quyết định chủ trương
# đầu tư": an approval asked of an authority (data/words/approval_asked_of.csv) is a submission, not (yet) an approval,
# as "trình phê duyệt" with no authority between (data/words/project_events.csv)
_ASKED_OF = re.compile(
    r"\b(?:trình|đề\s+nghị|kiến\s+nghị|đề\s+xuất|xin\s+ý\s+kiến)\s+(?:" + word_source("approval_asked_of") + r")"
    r"(?:\s+[^\s.;:!?]+){0,6}?\s+(?:(?:xem\s+xét|cho\s+ý\s+kiến|thẩm\s+định)\s*(?:,|và)?\s*)*$"
)
_ASKED_REACH = 90  # characters before the approval's verb: the submitting verb, the authority and its place


def _asked_for(window: str, at: int) -> bool:
    """The approval verb at ``at`` of ``window`` is one asked of an authority (``_ASKED_OF``)."""
    before = window[max(0, at - _ASKED_REACH) : at]
    return ("trình" in before or "nghị" in before or "xuất" in before or "ý kiến" in before) and bool(
        _ASKED_OF.search(before)
    )


# (a paragraph's event rows, read once for the rows and again for the owners of its figures, and the items of its
# lists ask of the same windows: 6,355 asks of 4,133 windows per report over the corpus; a pure function of them)
@per_document(maxsize=256)
def said_event(before: str, after: str) -> str | None:
    """The event a verb around a name says (an event still to come is in_progress), else None."""
    # (the verb right after the name first: one try at its start, where the plan's words are searched for in the
    # whole window; both pure tests, so their order changes no answer)
    if _EVENT_VERB_NEXT.match(after) and _PLAN_OPENS_SENTENCE.search(before):
        return "in_progress"
    if "đang" in after[:40] and _UNDER_WAY_NEXT.match(after):
        return "in_progress"  # "Kè X đang triển khai thi công": its own verb, whatever an earlier work's was
    if (
        ("thông xe" in after[:90] or "thông tuyến" in after[:90])
        and (opened := _OPENED_AFTER.match(" " + after))
        and (opened.group("passive") is None or not _OPENED_AHEAD.search(opened.group()))
    ):
        return "completed"
    if after[:3].lstrip().startswith(":") and "thông xe" in after and _OPENED_IN_ITEM.match(after):
        return "completed"
    if after[:3].lstrip().startswith(":") and (opened := _OPENED_AFTER_COLON.match(after)):
        return "in_progress" if _OPENED_AHEAD.search(opened.group()) else "completed"
    before_lowered, after_lowered = before.lower(), after.lower()  # (what the event words are looked for in)
    # each event's first match in ``before``, read on the way to its last: the first of ``finditer`` is what
    # ``pattern.search(before)`` finds, so the scan of ``before`` below reads it from here
    firsts_before: list[re.Match[str] | None] = []
    for event, pattern, words in _WORDED_EVENTS:
        # "Lễ khánh thành chợ X và khởi công Y": the verb right before the name is its own
        m = first = None
        if words.search(before_lowered):
            for m in pattern.finditer(before):  # (the last one is wanted)
                if event == "approved" and _asked_for(before, m.start()):
                    m = None
                    continue
                first = first or m
        firsts_before.append(first)
        if m and _OBJECT_GAP.fullmatch(before, m.end()):
            # ("phấn đấu khởi công A và hoàn thành B": the verb taking the work is still to come, whatever verb of
            # another work follows it)
            return "in_progress" if _FUTURE_BEFORE.search(before[: m.start()]) else event
    if _CONDITION_CLAUSE.match(after):
        return None
    opened = _OPENED_TO_TRAFFIC.search(before) if _OPENED_TO_TRAFFIC_WORDS.search(before_lowered) else None
    if opened and not _FUTURE_BEFORE.search(before[: opened.start()]):
        return "completed"
    if _DONE_BEFORE_CLAUSE.match(before):
        return None
    if _BESIDES_BEFORE.match(before):
        return None  # "Ngoài trường X, nhiều trường khác cũng được khởi công": the verb is the others'
    if _AFTER_WHEN_FRONTED.match(before) and _CONDITION_THEN.match(after):
        return None  # "Sau khi hoàn thành, chợ X sẽ ...": the work done is a condition of what follows
    for in_before, window, window_lowered in ((False, after, after_lowered), (True, before, before_lowered)):
        if window is after and _AFTER_WHEN.match(after):
            continue
        for (event, pattern, words), first_before in zip(_WORDED_EVENTS, firsts_before, strict=True):
            m = first_before if in_before else pattern.search(window) if words.search(window_lowered) else None
            if m and "chưa" in window[max(0, m.start() - 20) : m.start()] and _NOT_YET.search(window, 0, m.start()):
                continue  # "Dự án X chưa được phê duyệt chủ trương đầu tư": not (yet) so, no such event
            if m and event == "approved" and _asked_for(window, m.start()):
                continue  # "trình UBND tỉnh phê duyệt": asked, not given
            if m and _SINCE_WORDS.search(window_lowered, 0, m.start()) and _SINCE_BEFORE.search(window, 0, m.start()):
                continue  # "X đã đón 1 triệu khách kể từ khi đi vào hoạt động": the time since, no news of it
            if m and event == "completed" and _UNDER_WAY_NOW.search(window, 0, m.start()):
                return "in_progress"  # "đang được thi công ... và đi vào hoạt động trước Tết": its goal
            if m and event == "completed" and _MILESTONE_THEN.search(window, 0, m.start()):
                return "in_progress"  # "Cầu X đã hợp long sau 18 tháng thi công": the milestone the works reached
            if m and window is after and _OTHER_OBJECT.match(window, m.end()):
                return None  # "KCN X đã khởi công nhà xưởng mới": the event is of something in it
            if m and window is after and _ANOTHER_WORK_OBJECT.match(window, m.end()):
                return None  # "cơ sở Trường X chật hẹp, ... khởi công xây dựng Trường X": the verb's own object
            if m and window is after and _CONDITION_THEN.match(window, m.end()):
                return None  # "dự án X đi vào hoạt động sẽ tạo việc làm ...": a condition of what follows
            if (
                m
                and window is after
                and "khi" in window[: m.start()]
                and _WHEN_THEN.search(window, 0, m.start())
                and _THEN_LATER.match(window, m.end())
            ):
                return None  # "Dự án ..., khi đi vào hoạt động (dự án) sẽ tạo việc làm": a condition too
            if m:
                ahead = (
                    _FUTURE_BEFORE.search(window[: m.start()])
                    or _PLANNED_GOES_ON.search(window, 0, m.start())
                    or _TIME_AHEAD.search(window, 0, m.start())
                    or (window is after and _TIME_AHEAD.search(before))
                    or _COMING_TIME_AFTER.match(window, m.end())
                )
                return "in_progress" if ahead else event
    if (_PROGRESS_WORDS.search(after_lowered) and _PROGRESS.search(after)) or (
        _PROGRESS_WORDS.search(before_lowered) and _PROGRESS.search(before)
    ):
        return "in_progress"
    return None


# "Trung tâm X đã tổ chức 45 sự kiện (kể) từ khi đi vào hoạt động", "Sau hơn một năm đưa vào khai thác, nhà ga X
# đã đón ...", "Sau 1 năm khởi công, dự án X đạt 60%": the time since the work's step, told in passing of a work
# that runs (or goes on), is no news of that step (FACTS has no event for a work in service)
_SINCE_BEFORE = re.compile(
    r"(?:\btừ\s+khi|(?<!\w)sau\s+(?:(?:" + HEDGE_WORDS + r")\s+)?(?:\d+|một|hai|ba|bốn|năm|nửa|mấy|nhiều|vài)"
    r"\s+(?:năm|tháng|ngày|tuần)(?:\s+rưỡi)?)\s+(?:(?:được|chính\s+thức)\s+)*$",
    _I,
)
_SINCE_WORDS = re.compile(r"từ khi|sau ")


# "Dự án “X” (thuộc chương trình Y) đã trao tặng ...", "Dự án X tài trợ ...": a programme that gives is a donor
# acting, not a work (its gift is the news)
_DONOR_AFTER = re.compile(
    r"[”\"]?\s*(?:thuộc\s+[^,.;]{0,60}?\s+)?(?:đã\s+|cũng\s+|vừa\s+)?(?:trao\s+tặng|tặng|tài\s+trợ|ủng\s+hộ)\b", _I
)


# "Sáng 15/3, ...", "ngày 20/12": a day without its year, in the document's year
# (news write the day with a dot or a dash too: "Ngày 19.12, tỉnh tổ chức lễ khánh thành ...", "Ngày 16-5, ...";
# a range of days "ngày 16-18/5" runs on into its slash and is no day)
# ("Sáng nay (15/11), tỉnh khởi công ...", "Hôm nay (4/3), ...": the news's own day in brackets after "today"; as
# often without them, "Sáng nay 20/10", "Chiều nay, 5/9", "Hôm qua (ngày 4/3)", and "yesterday" with its day too)
# ("được khởi công hôm 5/3": "hôm", the day said as a past one)
_DAY_MONTH = re.compile(
    r"(?:\b(?:ngày|sáng|trưa|chiều|tối|hôm)\s+|\b(?:hôm|sáng|trưa|chiều|tối)\s+(?:nay|qua)\s*[(,]?\s*(?:ngày\s+)?)"
    + day_month(captured(DIGITS), captured(DIGITS), sep=r"(?:\s*/\s*|\.|-)")
    + r"(?![\d/-])",
    _I,
)
# "được khởi công ngày 9.9.2010": a dotted date after a day word (a bare "9.9.2010" may be a version)
# ("Chiều 18-1-2026, xã khánh thành ...": the papers' dashes, the same separator twice)
_DOTTED_DATE_NEAR = re.compile(
    r"\b(?:ngày|sáng|trưa|chiều|tối)\s+(\d{1,2})([.-])(\d{1,2})\2(" + YEAR + r")\b(?![-/.]\d)", _I
)


# "Ngày 13/6, UBND tỉnh phê duyệt dự án A. / Cùng ngày, UBND tỉnh phê duyệt dự án B": a sentence opening on "the
# same day" happens on the day said last before it (in its paragraph or the text just before)
# ("Cùng dịp", "Dịp này", "Nhân dịp này", "(Cũng) tại buổi lễ": the same occasion, the ceremony said before, so its
# day; not "dịp này năm sau", a time ahead)
# ("Cũng trong dịp này", "Cũng trong ngày": "also" before any of them)
# ("Chiều cùng ngày", "Tối cùng ngày", "Cũng trong sáng nay": a later part of the same day, the day said before)
_SAME_DAY = re.compile(
    r"\W*(?:cũng\s+)?(?:trong\s+(?:buổi\s+)?(?:sáng|trưa|chiều|tối)\s+nay\b|(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?"
    r"(?:cùng|trong)\s+(?:ngày|dịp)\b(?!\s*(?:hôm\s+)?(?:mai|kia))|(?:nhân\s+|trong\s+)?dịp\s+này\b"
    r"(?!\s+năm)|tại\s+(?:buổi\s+)?lễ\b(?!\s+(?!này|trên)\w)"
    # ("Tại điểm cầu Hải Phòng, khởi công dự án A": one site of a ceremony held at many, on the day said before)
    r"|tại\s+(?:các\s+)?điểm\s+cầu\b)",
    _I,
)
# "Dự án B cũng được khởi công cùng ngày", "… khánh thành trong dịp này": the same day said after the verb
_SAME_DAY_AFTER = re.compile(r"\b(?:cùng\s+(?:ngày|dịp)|trong\s+dịp\s+này)\b(?!\s*(?:hôm\s+)?(?:mai|kia|năm))", _I)


def same_day_as_before(paragraph: str, at: int, text: str, paragraph_start: int, year: int | None) -> dt.date | None:
    """The day a sentence opening on "Cùng ngày" (at ``at`` of ``paragraph``, which starts at ``paragraph_start``
    of ``text``) happens on, from the text before."""
    start = _sentence_start(paragraph, at)
    if not _SAME_DAY.match(paragraph, start) and not (
        ("cùng" in (own := paragraph[at : _sentence_end(paragraph, at)]) or "dịp" in own)
        and _SAME_DAY_AFTER.search(own)
    ):
        if start < 2 or not _AMONG_THOSE.match(paragraph, start):
            return None
        # "Sáng 19/8/2025, thành phố khởi công, khánh thành 15 công trình. Trong đó, khởi công 9 công trình, tiêu biểu
        # là cầu X": the works picked out of the group the sentence before counted at its ceremony, on its day
        said = paragraph[_sentence_start(paragraph, start - 2) : start]
        if not _GROUP_EVENT.search(said):
            return None
        return _date_for("started", said, "", year)
    said = text[:paragraph_start] + "\n" + paragraph[:start]  # (read only for such a sentence)
    days = [(m.start(), m.end(), read_date(m.group())) for m in _DATE_NEAR.finditer(said)]
    if year:
        for m in _DAY_MONTH.finditer(said):
            try:
                days.append((m.start(), m.end(), dt.date(year, int(m.group(2)), int(m.group(1)))))
            except ValueError:
                continue
    days = [(at, end, day) for at, end, day in days if day is not None]
    # ("Sáng 2/9/2024, tỉnh khánh thành cầu X. Công trình khởi công ngày 20/12/2021 ... Dịp này, tỉnh khởi công Y": the
    # occasion's day is the one of the report's year that opens its sentence, not a step of the work's history told
    # after it)
    if year and any(day.year == year for _, _, day in days):
        days = [d for d in days if d[2].year == year]
    # ("Khánh thành cầu X\nSáng 14/8, tỉnh ...": a lead's day opens its line under the headline, a sentence of its own)
    openers = [d for d in days
               if d[0] - max(_sentence_start(said, d[0]), said.rfind("\n", 0, d[0]) + 1) <= _OPENER_REACH]
    return max(openers or days, key=lambda d: d[1])[2] if days else None


_OPENER_REACH = 12  # characters before a day that opens its sentence ("Sáng ", "Chiều nay (", "Ngày ")


_AMONG_THOSE = re.compile(r"Trong\s+(?:đó|số\s+này)\s*,", _I)


# "nhân kỷ niệm 75 năm thành lập (10/10/1950 - 10/10/2025)": a span of dates, an anniversary's or a term's,
# is no day of the work's event (either end of it)
_SPAN_GOES_ON = re.compile(r"\s*[-–]\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*" + YEAR)
_SPAN_BEFORE = re.compile(r"/\s*" + YEAR + r"\s*[-–]\s*$")


def _one_day(window: str, m: re.Match[str]) -> bool:
    return _SPAN_GOES_ON.match(window, m.end()) is None and _SPAN_BEFORE.search(window, 0, m.start()) is None


# "Sau khi sắp xếp đơn vị hành chính từ ngày 1/7/2025, tỉnh đã khởi công X", "Sau ngày 1/7/2025, xã khánh thành Y":
# a fronted clause of what came before the event, its day no day of the event
_EARLIER_STEP_CLAUSE = re.compile(r"(?<!\w)[Ss]au\s+(?:khi|ngày)\b[^,.;:]*,")


# "khởi công năm 2022 và hoàn thành tháng 9/2024": the later step after the start, whose time is its own
_LATER_STEP = re.compile(
    r"(?:\s+và|,)\s+(?:đã\s+|được\s+)?(?:hoàn\s+thành|khánh\s+thành|đưa\s+vào|thông\s+xe|bàn\s+giao)\b", _I
)


def _date_for(event: str, before: str, after: str, year: int | None = None) -> dt.date | None:
    if event == "in_progress":
        return None
    if event == "started" and (later := _LATER_STEP.search(after)):
        after = after[: later.start()]
    if "au " in before:
        before = _EARLIER_STEP_CLAUSE.sub(" ", before)
    for window in (before, after):
        dates = [m for m in _DATE_NEAR.finditer(window) if _one_day(window, m)]
        if dates:
            return read_date(dates[-1].group() if window is before else dates[0].group())
    for window in (before, after):
        dotted = list(_DOTTED_DATE_NEAR.finditer(window))
        if dotted:
            m = dotted[-1] if window is before else dotted[0]
            try:
                return dt.date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
            except ValueError:
                return None
    if year:
        for window in (before, after):
            days = list(_DAY_MONTH.finditer(window))
            if days:
                m = days[-1] if window is before else days[0]
                try:
                    return dt.date(year, int(m.group(2)), int(m.group(1)))
                except ValueError:
                    return None
    for window in (before, after):
        # "khởi công từ tháng 9/2022": a month only, its first day
        months = list(_MONTH_NEAR.finditer(window))
        if months:
            m = months[-1] if window is before else months[0]
            if 1 <= int(m.group(1)) <= 12:
                return dt.date(int(m.group(2)), int(m.group(1)), 1)
    return None


# (a run of spaces before a capital is a line break the layout joined: a heading ends there; so does
# a heading the layout joined to a lead opening on its agency's mark: "... Huế 2 (LSVN) - Bệnh viện ...")
# (only the bracketed mark: "TPHCM - Trung Lương" is a name, "1,9 tỷ USD - do" a price)
_DATELINE_AHEAD = r"(?=\([A-Z]{2,8}\)\s*[-–]\s)"
_DATELINE = r"\s+" + _DATELINE_AHEAD


# ("trường X tại H. Phước Sơn", "ở TT. Na Hang", ", TP. Hội An": the abbreviated huyện, thành phố, thị xã, thị
# trấn after a word that places a work ends no sentence, nor after the council of the place, "UBND TP. Huế"; "anh
# Nguyễn Văn H. Sau đó": a person's initial, it does)
def _not_after_a_place_abbreviation(then: str = "") -> str:
    """Negative lookbehinds for "tại H.", ", TP." ... (and ``then`` after them, a pattern of one character)."""
    return "".join(
        rf"(?<!{before} {kind}\.{then})"
        for before in ("tại", "ở", "thuộc", ",", "UBND", "HĐND")
        for kind in PLACE_ABBREVIATION_WORDS
    ) + "".join(
        # ("Tuyến đường X (TP. Buôn Ma Thuột) dài 3,2 km đã thông xe": a place in brackets after the work)
        rf"(?<!\({kind}\.{then})" for kind in PLACE_ABBREVIATION_WORDS
    )


_PLACE_ABBREVIATION_BEFORE = _not_after_a_place_abbreviation()
# a list item's mark: "(2)", "(b)", "b)"
_LIST_ITEM_MARK = r"(?:\((?:\d{1,2}|[a-zđ])\)|[a-zđ]\))\s+"
# What opens a sentence: a capital, after a quote or bracket, or after a numbered or lettered item's mark ("... 3.120
# tỷ đồng. (2) Dự án cầu Y: đã ...", "... khối lượng. b) Dự án cầu Y: ...": the next item of a list run on in one
# paragraph)
_NEXT_SENTENCE_OPENS = r"(?:" + _LIST_ITEM_MARK + r"|[\"“(])?" + UPPER
# A gap between sentences: after a sentence mark (not a place's abbreviation), two spaces or more, or before a
# dateline, each a run of whitespace before a capital; written as
# ``(?:(?<=[.!?|…])<not a place abbreviation>\s+|\s{2,}|<dateline>)(?=<capital>)`` with the first whitespace
# character taken out of the three: the same matches (the lookbehinds read one character further back, over
# that whitespace), but a pattern opening on ``\s`` lets the engine skip to the spaces instead of trying the
# lookbehinds at every character
_SENTENCE_GAP = re.compile(
    r"\s(?:(?<=[.!?|…]\s)" + _not_after_a_place_abbreviation(r"\s") + r"\s*|\s+|\s*" + _DATELINE_AHEAD + r")"
    + r"(?=" + _NEXT_SENTENCE_OPENS + r")"
)
_SENTENCE_STOP = guarded(re.compile(
    r"[.|…](?=\s+" + _NEXT_SENTENCE_OPENS + r"|\s*$)" + _PLACE_ABBREVIATION_BEFORE
    + r"|\s{2,}(?=[\"“(]?" + UPPER + r")|" + _DATELINE
))


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: the end of the last gap between sentences that
    ends at or before ``pos`` (the gaps of a paragraph are found once, then bisected)."""
    ends = _sentence_gap_ends(text)
    i = bisect_right(ends, pos)
    return ends[i - 1] if i else 0


@per_document(maxsize=64)  # every mention, list item and clause of a paragraph asks again
def _sentence_gap_ends(text: str) -> tuple[int, ...]:
    return tuple(m.end() for m in _SENTENCE_GAP.finditer(text))


def _sentences_apart(text: str, first: int, second: int) -> int:
    """How many sentence gaps lie between the positions ``first`` and ``second`` (0: the same sentence)."""
    ends = _sentence_gap_ends(text)
    return bisect_right(ends, second) - bisect_right(ends, first)


def _sentence_end(text: str, pos: int) -> int:
    # searched from ``pos`` in place (the pattern looks neither behind nor at the start): the same
    # match as in ``text[pos:]``, without copying the rest of the text
    m = _SENTENCE_STOP.search(text, pos)
    return m.start() if m else len(text)


# (the count's first digit, then a lookbehind that it is the first: a match from inside a number
# would start at its first digit anyway, and finditer tries no other place in it; the same
# matches as ``\d+\s+...``, found without a try at every digit)
# ("khánh thành 2 công trình là A và B": the list after "là" too)
# ("quyết định chủ trương đầu tư 3 dự án. Cụ thể: A, ...; B, ...": the list in the next sentence, its
# event in this one; "khởi công 6 trường (...) gồm: A; B": schools counted as such; "khởi công 3 công trình giao
# thông. Đó là: A; B; C": the count's words before the full stop, another opener of the list after it; "khánh
# thành 12 công trình chào mừng Đại hội. Trong đó có: A; B; C": the works picked from the group, listed)
# ("khởi công 12 công trình với tổng mức đầu tư 3.200 tỷ đồng, gồm: A; B": the dot that groups a number's thousands
# ends no head)
_HEAD_WORDS = r"(?:[^.:;]|\.(?=\d))"
_LIST_HEAD = re.compile(
    # (bridges only as a list "gồm": "xây dựng 3 cây cầu lớn: A, B và C" names a road's parts, no news of their own)
    r"\d(?<!\d\d)\d*\s+(?:dự\s+án|công\s+trình|(?:điểm\s+)?trường|cây\s+cầu(?=[^.:;]{0,80}?\bgồm\b))"
    r"(?:" + _HEAD_WORDS + r"{0,80}?:|\s+là\s|[^.:;]{0,80}?\.\s+"
    r"(?:Cụ\s+thể|Đó\s+là|Đây\s+là|Bao\s+gồm|Gồm(?:\s+có)?|Trong\s+đó(?:\s+có)?)\s*:)\s*",
    _I,
)
# "Ba công trình được khởi công gồm: A; B; C": the count written in words ("năm" is a year as often), looked
# for only before the "dự án"/"công trình" the trigger finds (a pattern opening on the count words would be
# tried at every letter of the paragraph)
_COUNT_WORDS = ("hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười")
_HEAD_AFTER_COUNT = re.compile(
    r"(?:dự\s+án|công\s+trình|(?:điểm\s+)?trường)(?:" + _HEAD_WORDS + r"{0,80}?:|\s+là\s)\s*", _I
)
# "Ba điểm trường mới được khởi công gồm: A; B; C": schools counted in words head a list as works do (the
# count looked for before each "trường", as before each "dự án")
# (guarded: the engine skips to the letters "điểm"/"trường" open with instead of trying the lookbehind at every
# character, the same matches: scanning.py; ~30% faster over the paragraphs that write "trường")
_SCHOOL_WORD = guarded(re.compile(r"(?<!\w)(?:điểm\s+)?trường\b", _I))


# "một số công trình, dự án quan trọng như: A, tổng mức đầu tư 25 tỷ đồng; B, ...", "triển khai các dự án như:
# A; B": a list of examples after projects in general (looked for only at the "dự án"/"công trình" the
# trigger finds, after the word that makes them general)
# ("khởi công hàng loạt dự án quy mô lớn ..., gồm: A. B. C.": a whole series, as "nhiều"; so is "khởi công loạt dự án
# như: A; B")
_EXAMPLES_QUANTIFIERS = ("các", "một số", "những", "nhiều", "hàng loạt", "loạt")
_QUANTIFIER_REACH = max(map(len, _EXAMPLES_QUANTIFIERS)) + 1  # characters before "dự án" that hold one
# ("các dự án hoàn thành cụ thể như sau:", "Các dự án dự kiến khởi công năm 2026 gồm có:", "khánh thành các
# công trình: A, B": the same head)
# (a photo's credit "... công trình giao thông. ẢNH: KIM LOAN" ends a caption, no list: the colon after "ảnh"
# opens a photographer's name)
_EXAMPLES_NOUN_TO_COLON = (
    r"(?:dự\s+án|công\s+trình)\b" + _HEAD_WORDS + r"{0,150}?(?:\bnhư(?:\s+sau)?|\bgồm(?:\s+có)?)?(?<!\bảnh)\s*:"
)
_EXAMPLES_AFTER = re.compile(_EXAMPLES_NOUN_TO_COLON + r"\s*", _I)
# "tăng tổng mức đầu tư các dự án như A; B; C": examples with no colon, written as titles between semicolons
_EXAMPLES_AFTER_NHU = re.compile(
    r"(?:dự\s+án|công\s+trình)\b[^.:;]{0,150}?\bnhư\s+(?=" + UPPER + r"[^.:;]{3,200};[^.:;]{3,200};)", _I
)


def _list_heads(text: str, triggers: list[int], lowered: str | None = None) -> list[tuple[int, int, bool]]:
    """(start, end, examples) of every count of projects heading a list ("3 dự án ... gồm:", "Ba công trình
    là"), and of every list of examples ("các dự án như:"); ``triggers``: where "dự án"/"công trình" are written;
    ``lowered``: ``text.lower()``, when the caller has it."""
    lowered = text.lower() if lowered is None else lowered
    # (a count heads a list only before "dự án"/"công trình", where _TRIGGER matches too (a space before
    # them), or before "trường" or "cây cầu", which the lowered text then holds: their letters fold under
    # re.I only to their own two cases, which str.lower maps to them; ~80% of paragraphs have none)
    if triggers or "trường" in lowered or "cây" in lowered:
        heads = [(m.start(), m.end(), False) for m in _LIST_HEAD.finditer(text)]
    else:
        heads = []
    schools = [m.start() for m in _SCHOOL_WORD.finditer(text)] if "trường" in lowered else []
    for at in sorted({*triggers, *schools}):
        if at < 3 or text[at - 1] != " ":
            continue
        tail = text[max(0, at - _QUANTIFIER_REACH) : at - 1].lower()
        # (str.endswith of the tuple first: most tails end on neither kind of word, and the loop then finds none)
        word = next((w for w in _COUNT_WORDS if tail.endswith(w)), None) if tail.endswith(_COUNT_WORDS) else None
        start = at - 1 - len(word) if word else -1
        if word is not None and not (start > 0 and text[start - 1].isalnum()):
            head = _HEAD_AFTER_COUNT.match(text, at)
            if head:
                heads.append((start, head.end(), False))
            continue
        word = (
            next((w for w in _EXAMPLES_QUANTIFIERS if tail.endswith(w)), None)
            if tail.endswith(_EXAMPLES_QUANTIFIERS)
            else None
        )
        start = at - 1 - len(word) if word else -1
        if word is None or (start > 0 and text[start - 1].isalnum()):
            continue
        head = None
        if text.find(":", at, at + 170) >= 0:
            head = _EXAMPLES_AFTER.match(text, at)
        elif text.find(" như ", at, at + 170) >= 0:
            head = _EXAMPLES_AFTER_NHU.match(text, at)
        # (not across a headline the layout joined to the lead with a run of spaces)
        if head is not None and "  " not in text[at : head.end()] and not any(h[0] <= at < h[1] for h in heads):
            heads.append((start, head.end(), True))
    if not heads and _only_lists_works(text):
        heads.append((0, 0, True))  # "D; E; F.": a list going on from the paragraph before, its head there
    return sorted(heads)


def _only_lists_works(text: str) -> bool:
    """A paragraph of works only, between semicolons ("Đường X (dự án Y); đường từ A đến B; cầu Z.")."""
    if ":" in text or text.count(";") < 2:
        return False
    parts = text.rstrip(" .").split(";")
    return all(_WORK.match(part.lstrip()) or _ITEM_OPENING.match(part.lstrip()) for part in parts)


_LAST_ITEM_AND = re.compile(r"(?:và\s+)?", _I)
# "như: Cầu A, Trường B, đường C nối dài và Khu D": a named street is an item of a list of works as any work is, and
# the work after the last "và" an item of its own
_NAMED_STREET_ITEM = re.compile(r"(?i:đường|phố)\s+(?=" + UPPER + r")")
_AND_LAST_WORK = re.compile(r"\s+và\s+(?=" + _WORK.pattern + r"|(?i:đường|phố)\s+" + UPPER + r")")
# "A, B và cải tạo, sửa chữa Trường C": the verbs an item opens on, before the capitalised name of its work
_ITEM_WORK_VERBS = re.compile(r"(?:" + _VERBS_BEFORE_A_NAME + r")?")
_ITEM_OPENING = re.compile(r"(?:(?:tiểu\s+)?dự\s+án|công\s+trình|đường|tuyến)\s", _I)
# "hoàn thành 03 công trình, gồm: nhà văn hóa tổ 12, kiệt 45 Lê Duẩn, vỉa hè đường Trần Phú": as many parts between
# commas as the head counts works, each part is one of them, whatever noun it opens on, and ends at its comma
# (a count of works said right before the colon, no figure between)
_HEAD_COUNT = re.compile(r"\b0?([1-9]\d?)\s+(?:dự\s+án|công\s+trình)\b[^\d:]*:?\s*$", _I)


def _counted_items(head: str, parts: int) -> bool:
    return (m := _HEAD_COUNT.search(head)) is not None and int(m.group(1)) == parts


_SUBSET_HEAD = re.compile(r"\s*Trong\s+số\b", _I)
# "6 công trình, dự án được khởi công, khánh thành dịp này gồm: A; B; ...": a head of two events gives
# none of its items either
_MIXED_EVENTS = re.compile(r"khởi\s+công\s*(?:,|và)\s*khánh\s+thành|khánh\s+thành\s*(?:,|và)\s*khởi\s+công", _I)


# "huyện đã khởi công 18 công trình, hoàn thành 12 công trình gồm: A, B": a clause of works counted after a verb
# of its own before the count heading the list; the list's items take the verb right before their count, the
# earlier clause cut from the head (its opening kept: "Ngày 5/4, huyện ..." dates the items; a future word before
# it keeps the whole: "sẽ khởi công 5 công trình và hoàn thành 3 công trình gồm: ..." is a plan for both)
_COUNTED_EVENT = r"(?:đã\s+|cơ\s+bản\s+)?(?:khởi\s+công|khánh\s+thành|hoàn\s+thành|phê\s+duyệt)\s+(?:mới\s+)?"
_ITEM_EVENT_VERB = re.compile(
    r"(?:" + _COUNTED_EVENT + r"(?:(?:xây\s+dựng|đầu\s+tư)\s+)?(?=(?-i:" + UPPER + r")|" + _WORK.pattern + r"))?", _I
)
_EARLIER_COUNTED_CLAUSE = re.compile(
    r"(?P<lead>(?:(?!\bsẽ\b|dự\s+kiến|phấn\s+đấu|kế\s+hoạch)[^.;:])*?)" + _COUNTED_EVENT
    + r"\d+\s+(?:dự\s+án|công\s+trình)\b[^,.;:]{0,60}?(?:,\s*|\s+và\s+)(?=" + _COUNTED_EVENT
    + r"\d+\s+(?:dự\s+án|công\s+trình|trường|cây\s+cầu)\b)",
    _I,
)


def _list_items(
    text: str, triggers: list[int], lowered: str | None = None
) -> list[tuple[int, str, int | None, int, bool, bool]]:
    """(name start, head clause, item end when a name may not run past it, item start with its own "dự án",
    whether the list gives examples, whether the head counts its items one by one) of lists 'N dự án ... gồm:
    A; B; C.' (or 'A, B, C' when every item is a work: 'đường cao tốc X - Y, cầu Z'; or 'A và B')."""
    out = []
    for head_start, head_end, examples in _list_heads(text, triggers, lowered):
        # (with the words between the count and the list: "Ba công trình được khởi công gồm: ...")
        head = text[_sentence_start(text, head_start) : head_end]
        if (earlier := _EARLIER_COUNTED_CLAUSE.match(head)) is not None:
            head = earlier.group("lead") + head[earlier.end() :]
        end = _sentence_end(text, head_end)
        body = text[head_end:end]
        by_comma = ";" not in body and _WORK.match(body.lstrip()) is not None
        # "2 công trình là A và B": two items joined by "và" alone
        by_and = ";" not in body and "," not in body and " và " in body
        pos = head_end
        parts = re.split(r" và " if by_and else r"," if by_comma else r";", body)
        # (not when "và" joins two of them, nor with an amount said after them: ", với tổng vốn N đồng" is no work)
        counted = (
            by_comma and len(parts) > 1 and " và " not in body and "đồng" not in body and "%" not in body
            and _counted_items(head, len(parts))
        )
        for part in parts:
            lead = len(part) - len(part.lstrip())
            if not by_and:  # "...; và đường Z với ...": the last item's "và" is not its name
                lead += _LAST_ITEM_AND.match(part, lead).end() - lead
            if (number := _ITEM_NUMBER.match(part, lead)) is not None:
                lead = number.end()  # ("gồm: (1) Dự án A, ...; (2) Dự án B": the item's number is no part of it)
            # ("A, B và sửa chữa Trường tiểu học Z": a later item done by verbs of its own names the work after
            # them; a first item's verbs are how the list names its works: "khởi công 25 công trình: Nâng cấp
            # Bệnh viện X, ...")
            item_head = head
            if pos > head_end:
                lead = _ITEM_WORK_VERBS.match(part, lead).end()
                # ("hoàn thành A, B; khởi công C": a later item opening on an event verb of its own is a clause of its
                # own, the work named after its verb, the event that verb's)
                if (own_verb := _ITEM_EVENT_VERB.match(part, lead)).end() > lead:
                    item_head, lead = _head_with_own_verb(head, own_verb.group()), own_verb.end()
            item = part[lead:]
            trig = re.match(r"(?:dự\s+án|công\s+trình)\s*:?\s*", item, _I)
            if not by_comma or counted or trig or _WORK.match(item) or _NAMED_STREET_ITEM.match(item):
                # (the item's own "Dự án" is part of its evidence: "gồm: Dự án đường X; ...")
                item = pos + lead
                ends = pos + len(part) if by_and or counted else None
                out.append((item + (trig.end() if trig else 0), item_head, ends, item, examples, counted))
            last = _AND_LAST_WORK.search(part, lead) if by_comma and " và " in part else None
            if last is not None:
                # "A, B, đường C nối dài và Khu tái định cư D": the last item joined by "và" is an item too
                out.append((pos + last.end(), head, None, pos + last.end(), examples, False))
            pos += len(part) + (4 if by_and else 1)
    return out


def _head_with_own_verb(head: str, verb: str) -> str:
    """The words before a list's later item that opens on an event verb of its own: the head's (its time, its place),
    then that verb, still ahead when the head's own verb is ("Năm 2026, tập trung hoàn thành A; khởi công B": B's start
    is aimed at too)."""
    aimed = any(
        (m := pattern.search(head)) is not None and _FUTURE_BEFORE.search(head[: m.start()])
        for _, pattern, _ in _WORDED_EVENTS
    )
    return head.rstrip() + "; " + ("sẽ " if aimed else "") + verb


# "nhiều dự án ... thi công ì ạch, như: A, B; C, D; E": items after a head naming projects in general share
# its verb across the semicolons between them
_EXAMPLES_HEAD = guarded(re.compile(
    "(?:" + "|".join(map(phrase_source, _EXAMPLES_QUANTIFIERS)) + r")\s+" + _EXAMPLES_NOUN_TO_COLON, _I
))


# "Các dự án hoàn thành cụ thể như sau: Dự án A, ... 1.200 tỷ đồng. Dự án B (giai đoạn 2): ...": a list whose
# items are sentences of their own, each opening with its "Dự án"/"Công trình", under a head that says the event
# ("Nhiều dự án lớn ... giải ngân chậm, như: Dự án A ...; Dự án B ...": items after a head of many)
_SENTENCE_LIST_HEAD = guarded(re.compile(
    "(?:" + "|".join(map(phrase_source, _EXAMPLES_QUANTIFIERS)) + r")\s+(?:dự\s+án|công\s+trình)\b[^.:;]{0,150}:\s*$",
    _I,
))
_ITEM_SENTENCE = re.compile(r"(?:Dự\s+án|Công\s+trình)\s")
_ITEM_NUMBER = re.compile(r"\(?(?:\d{1,2}|[a-zđ])\)\s*")


def _head_of_sentence_list(text: str, start: int) -> str:
    """The head of the list a work opening a sentence (or right after the head's colon) is an item of, else ''."""
    colon, head, head_start = start, None, 0
    while head is None:  # (an item may hold a colon of its own: "Dự án B (giai đoạn 2): Dự án có ...")
        colon = text.rfind(":", max(0, start - 1500), colon)
        if colon < 0:
            return ""
        head_start = _sentence_start(text, colon)
        head = _SENTENCE_LIST_HEAD.search(text, head_start, colon + 1)
    pos = colon + 1
    while True:  # every sentence between the head and the item is an item too
        pos = len(text) - len(text[pos:].lstrip()) if pos < len(text) else pos
        if (marker := _ITEM_NUMBER.match(text, pos)) is not None:
            pos = marker.end()  # ("đối với 2 dự án: (1) Dự án A ...; (2) Dự án B": the item's number before it)
        if pos >= start:
            return text[head_start : colon + 1] + " "
        if not _ITEM_SENTENCE.match(text, pos):
            return ""
        end = _sentence_end(text, pos)
        if end <= pos:
            return ""
        pos = end + 1


def _examples_head_event(head: str) -> tuple[str, bool]:
    """A head of examples that says their event ("Những dự án khởi công tại X gồm: A, B", "...; khánh thành
    các công trình: C, D") is a list like any other: (its own clause, False); else (head, True)."""
    clause = head[head.rfind(";") + 1 :]
    said = said_event(clause, "")
    if said is None or said == "in_progress":
        return head, True
    return clause, False


def _clause_before(text: str, start: int) -> str:
    sentence = _sentence_start(text, start)
    semicolon = text.rfind(";", sentence, start)
    if semicolon < 0:
        return text[sentence:start]
    head = _EXAMPLES_HEAD.search(text, sentence, semicolon) if text.find(":", sentence, semicolon) >= 0 else None
    if head is not None:
        return text[sentence : head.end()] + " " + text[semicolon + 1 : start]
    return text[semicolon + 1 : start]


def _sentence_after(text: str, end: int) -> str:
    stops = [i for i in (text.find(";", end), _sentence_end(text, end)) if i >= 0]
    return text[end : min(stops or [len(text)])]


def _inside(found: dict[int, _Mention], pos: int) -> bool:
    return any(m.start <= pos < m.end for m in found.values())


# ("dự án thành phần đoạn Chí Thạnh - Vân Phong": a part named by its stretch, no number)
_PART_OPENING = re.compile(r"^(?:dự\s+án\s+)?thành\s+phần\s+(?:[\w.-]*\d[\w.-]*\s+(?=\S)|(?=đoạn\s))", _I)


def _is_component(name: str) -> bool:
    """ "thành phần 1", "2", "giai đoạn 2", "gói thầu XL01": a part of a project, named by its number."""
    return bool(_COMPONENT.match(name.strip()))


_EVENT_VERB_BEFORE = guarded(re.compile(
    # ("Khởi động nhà máy điện X": the launch, started, as in data/words/project_events.csv; not "khởi động lại")
    # ("đóng điện đường dây 500 kV mạch 3 đoạn A - B": the line energised, in service, as in project_events.csv)
    r"(?:khởi\s+công|khởi\s+động|khánh\s+thành|thông\s+xe|động\s+thổ|hoàn\s+thành|đóng\s+điện|"
    # ("Duyệt xây dựng tuyến đường ven biển ...": a headline opening on the approval said short, after a
    # collector's "date YYYY-MM" marker too)
    r"phê\s+duyệt|(?:^|(?<=\n)|(?<=\d\d-\d\d\s))Duyệt|"
    # ("Huyện X đưa vào sử dụng bờ kè 80 tỷ đồng": the work put into use, completed, as in project_events.csv)
    r"đưa\s+vào\s+(?:sử\s+dụng|khai\s+thác|vận\s+hành)"
    # ("Bàn giao cầu dân sinh cho bà con": the finished work handed over, as in project_events.csv)
    r"|bàn\s+giao(?!\s+mặt\s+bằng)"
    # ("Bắc Ninh cấp phép dự án nhà máy sản xuất linh kiện": the project licensed, as in project_events.csv)
    r"|cấp\s+phép(?:\s+(?:mới|đầu\s+tư))?(?:\s+cho)?(?=\s+dự\s+án\b)"
    # ("chấp thuận chủ trương đầu tư dự án nhà máy chế biến ...", "trao giấy chứng nhận đăng ký đầu tư cho dự án nhà
    # máy ...": the paper of the approval, then the project)
    r"|(?:chấp\s+thuận|quyết\s+định|phê\s+duyệt|trao|cấp(?:\s+mới)?)\s+"
    r"(?:chủ\s+trương\s+đầu\s+tư|giấy\s+chứng\s+nhận\s+đăng\s+ký\s+đầu\s+tư)(?:\s+cho)?(?=\s+dự\s+án\b))"
    # ("khánh thành, đưa vào sử dụng công trình nhà văn hóa thôn": the ceremony's purpose chained after it, and the
    # generic "công trình" before the work noun, leave the work the verb's object)
    r"(?:(?:\s*,\s*|\s+và\s+)(?:thông\s+xe|bàn\s+giao|đưa\s+vào\s+(?:sử\s+dụng|khai\s+thác|vận\s+hành)))?"
    # ("khánh thành cây cầu dân sinh", "khánh thành ngôi trường mới": the classifier before the work's noun)
    # ("Khởi công dự án nhà máy sản xuất linh kiện 150 triệu USD": the project of a work described, not named)
    # ("thông xe đoạn tuyến đường bộ ven biển từ A đến B": a stretch of the work, the object all the same)
    r"\s+(?:dự\s+án\s+(?:đầu\s+tư\s+)?)?(?:xây\s+(?:dựng|mới)\s+)?(?:công\s+trình\s+)?(?:(?:cây|chiếc|ngôi|con)\s+)?"
    r"(?:đoạn\s+)?$",
    _I,
))
# the generic word a verb's lower-case object opens with (a capital name after it is read by its own trigger)
_GENERIC_WORK_WORD = re.compile(r"(?<!\w)công\s+trình\s+$", _I)
EVENT_VERB_REACH = 60  # characters before a work noun: the verb, its chained purpose and "công trình"

# "dự lễ khởi công tại Trường nội trú X": the place of a ceremony is the work it opens
_EVENT_AT_BEFORE = guarded(re.compile(
    r"(?:khởi\s+công|khánh\s+thành|động\s+thổ|thông\s+xe)(?:\s+xây\s+dựng)?\s+tại\s+$"
    # "Dự án được xây dựng tại Trường Tiểu học X": the work the project builds
    r"|(?:dự\s+án|công\s+trình)\s+được\s+(?:đầu\s+tư\s+)?xây\s+dựng\s+tại\s+$",
    _I,
))

# the proper name after a work's kind, or the commune/district it serves ("Trạm y tế xã Lạc Sơn")
# ("Trường Tiểu học và THCS Lộc Thịnh": a school of two levels, the second level's name after "và"; "gói thầu
# số 34": a number)
_OWN_NAME = re.compile(
    rf"\s*(?:và\s+)?(?:(?:(?:tại|ở)\s+)?(?:{LOWER_UNIT_WORDS})\s+|số\s+(?=\d))?"
    r"(?:" + UPPER + r"|\d)"
)  # ("Khu tái định cư tại xã An Thạnh Thủy", "trường ở xã Ba Lế": named by the commune it stands in)
# "Nhà văn hóa xóm 5 xã Hoa Thành", "đường giao thông thôn 4", "Nhà văn hóa tổ dân phố 7": a village or block
# named by its number (as many provinces number them) names the work built for it, as a proper name does; a few
# words of description may come before it (not "nông thôn 3,5 km", a length of a rural road, nor "các thôn 3, 4")
_NUMBERED_VILLAGE_OWN = re.compile(
    r"(?:\s+(?!(?:của|tại|thuộc|trên|ở|và|cho|với|các|những|nhiều)\b)[^\W\d_]\w*){0,4}?\s+(?<!nông\s)"
    # ("Nhà văn hóa khu 5", "nhà văn hóa tổ 12": the residential area or block of many northern provinces, numbered)
    r"(?:" + word_source("village_nouns") + r"|khu|tổ)\s+\d+[A-Z]?\b(?![.,/]\d)(?!\s*(?:km|m|mét|ha|tầng)\b)",
    _I,
)
# "Đường dây 500 kV mạch 3 đã đóng điện": a power line is named by its circuit's number, as a proper name names a work
# (the line's voltage is in its noun, data/words/work_nouns.csv)
_CIRCUIT_OWN = re.compile(r"\s+mạch\s+\d+\b(?![.,/]\d)")
# "Trạm y tế xã có bác sĩ đạt 100%", "Tỷ lệ trạm y tế xã đạt chuẩn quốc gia đạt 95%": a work named by the level word
# alone, with a property the works of its kind have (data/words/work_class_properties.csv) or after "tỷ lệ", is
# the class of those works, whose share is a rate (an indicator), no work of its own
_CLASS_PROPERTY_AFTER = re.compile(r"\s+(?:" + word_source("work_class_properties") + r")\b", _I)
_RATE_OF_BEFORE = re.compile(r"\btỷ\s+lệ\s+(?:số\s+)?$", _I)
# "Trung tâm y tế huyện có tổng mức đầu tư ...", "Bệnh viện đa khoa huyện ...": the one work of its kind the
# district or commune of the news owns, named by the level word alone (not "các trạm y tế xã": works of many)
# ("Trung tâm Hội nghị tỉnh được đầu tư 690 tỷ đồng", "Nhà thi đấu tỉnh": the province's own, the same)
_UNITS_OWN_WORK = re.compile(
    r"(?:\s+(?!(?:của|tại|thuộc|ở|cho|các|và|trên|cấp)\b)[^\W\d]+){0,3}?\s+"
    rf"(?:{LOWER_UNIT_WORDS}|tỉnh)",
    _I,
)
# "các khu công nghiệp tỉnh X", "những bệnh viện trên địa bàn huyện Y": after a plural, a work noun followed only by a
# place (and words in lower case the name ran on with, "năm nay") names the works of that place, many of them (the
# same words without the plural, "Bệnh viện tỉnh X", name one)
_PLACES_WORKS_OWN = re.compile(
    rf"\s+(?:(?:của|tại|ở|trên\s+địa\s+bàn|thuộc)\s+)?(?i:{UNIT_WORDS})\s+{CAP_WORD}(?:\s+{CAP_WORD})*"
    r"(?:\s+(?!" + UPPER + r")[^\W\d_]\S*)*\s*"
)
# "Trường nội trú liên cấp Tiểu học và THCS X", "khu đô thị du lịch lấn biển Cần Giờ", "đường trục phát
# triển kinh tế Đông Tây": a few words of description, then the proper name
# "hầm chui tại nút giao Nguyễn Hoàng - Lê Lợi", "cầu vượt tại nút giao X": a junction's work is named by the
# junction it is built at (a place after "tại" names no other work)
# (the junction's name case-sensitive: "tại nút giao thông trọng điểm" names none)
_AT_JUNCTION_OWN = re.compile(r"(?:\s+(?:chui|vượt|trên\s+cao))?\s+(?:tại|ở)\s+nút\s+giao\s+(?:" + UPPER + r"|\d)")
# ("tuyến đường sắt đô thị số 5": a line of a network numbered, its number after the description names it)
# (not over "do", the cause or the agent after the noun: "sự cố sập cầu do bão số 3" names no bridge)
_DESCRIBED_OWN_NAME = re.compile(
    r"(?:\s+(?!(?:của|tại|thuộc|trên|ở|và|cho|với|do)\b)(?!" + UPPER + r")[^\W\d_]\w*){1,5}\s+(?:" + UPPER
    + r"|số\s+\d)"
)
# "tổng mức đầu tư của dự án X nâng lên 120 tỷ đồng": the project owns a figure, no event is said of it
# ("Tổng mức đầu tư dự án X gần 100 tỷ đồng": the price of the work named right after it, "của" left out)
# (EndAnchored: searched only when the clause's last character can end a match; most end on another word)
_MEASURE_OF = EndAnchored(
    re.compile(r"(?:" + word_source("total_investment") + r"|giải\s+ngân)\s+(?:(?:của|cho)\s+)?$", _I)
)
# "Bố trí 1.200 tỷ đồng cho Dự án X": capital allotted to the project by a plan, no news of its works
_ALLOTTED_BEFORE = EndAnchored(
    re.compile(
        r"(?:" + word_source("allocation_verbs") + r")(?:\s+(?:vốn|kinh\s+phí))?"
        rf"\s+(?:(?:{HEDGE_WORDS})\s+)?\d[\d.,]*\s*{_MONEY_SCALE}(?:\s+đồng)?"
        r"\s+(?:cho|để\s+(?:thực\s+hiện|đầu\s+tư|xây\s+dựng))\s+$",
        _I,
    )
)
# "Địa điểm thực hiện dự án X ...": the project's site, no news of it
_SITE_OF = guarded(re.compile(r"địa\s+điểm\s+(?:thực\s+hiện|xây\s+dựng)\s+$", _I))
_MEASURED = re.compile(r"\s*\d[\d.,]*\s*(?:km|m|mét|ha|m2|m²|làn)\b", _I)
# "3.420 MW, trong đó điện gió 910 MW": a kind of power written in lower case with a capacity right after it is a
# share of the capacity counted, no plant (a plant the news names takes its noun or an event verb before it)
_CAPACITY = re.compile(r"\s*\d[\d.,]*\s*(?:GW|MW|kW|MWp|kWp)\b")
# "giải ngân cho vay mua nhà ở xã hội 615 tỷ đồng": the works a loan buys or rents are its purpose, the money lent
# (data/words/loan_purposes.csv), no work of the news
_LOAN_PURPOSE_BEFORE = re.compile(r"\bcho\s+vay(?:\s+(?:" + word_source("loan_purposes") + r"))?\s+$", _I)
# ("khách sạn 5 sao", "khách sạn 4-5 sao": a star rating, or a range of them, is a class too)
_STAR_CLASS = r"\d(?:\s*[-–]\s*\d)?\s+sao\b"
_CLASS_OF_WORK = re.compile(r"\s*(?:(?:loại|hạng|cấp)\s+(?:[IVX]+|\d+)\b|" + _STAR_CLASS + ")", _I)
# "bệnh viện tuyến tỉnh", "y tế tuyến xã": "tuyến" with a level of government is the tier of the facilities before
# it, no route (a route of a district is "tuyến đường huyện")
_TIER = re.compile(r"tuyến\s+(?:" + LOWER_UNIT_WORDS + r"|tỉnh|trung\s+ương|cơ\s+sở)", _I)
_HYPOTHETICAL_CLAUSE = re.compile(r"^\s*(?:Khi|Nếu|Để)\b[^,]*,")


# Districts named like works ("huyện Chợ Đồn", "quận Cầu Giấy", "Cầu Kè"): places, not works
_DISTRICT_NAMES = frozenset(row["name_vi"].casefold() for row in read_table("districts.csv"))


def _is_district_name(name: str) -> bool:
    words = name.split()
    return any(" ".join(words[:n]).casefold() in _DISTRICT_NAMES for n in (2, 3))


# "chỉ 1 dự án (cầu Phước Lộc) hoàn thành": the bracket names the project counted before it
_PROJECT_BEFORE_BRACKET = re.compile(r"(?:dự\s+án|công\s+trình)\s*\($", _I)


_INVESTOR_AFTER = re.compile(r"\s+làm\s+chủ\s+đầu\s+tư\b", _I)


_AND_BETWEEN = re.compile(r"\s+và\s+", _I)

# "khởi công đường Hồ Chí Minh đoạn qua X": a bare "đường" (too common a word for the work nouns)
# is a work when an event verb takes it and a proper name follows ("thông xe toàn tuyến đường X đoạn A - B": the
# whole route of it, as _WHOLE_ROUTE reads before a work noun)
_ROAD_OBJECT = guarded(
    re.compile(
        r"(?:khởi\s+công|khánh\s+thành|thông\s+xe|động\s+thổ)\s+(?:xây\s+dựng\s+|toàn\s+tuyến\s+)?(đường)\s+"
        r"(?=" + UPPER + r")",
        _I,
    )
)


# "đường Ninh Quới - Ngan Dừa": a road named by the places at its two ends is a work without a verb too
_ROAD_BY_ENDS = guarded(re.compile(
    r"(?<!\w)([Đđ]ường)\s+(?=" + CAP_WORD + r"(?:\s+" + CAP_WORD + r"){0,3}\s+[-–]\s+" + UPPER + ")"
))


# "đã hoàn thành đoạn từ cửa khẩu X đến Y", "khởi công đoạn từ A đến B": a stretch of a route named by its two
# ends is the object of the event verb before it (a work without a work noun of its own)
_STRETCH_OBJECT = re.compile(
    r"(?:hoàn\s+thành|khởi\s+công|khánh\s+thành|thông\s+xe|động\s+thổ)\s+(đoạn)\s+từ\s+"
    r"(?=[^,.;:()\n]{2,50}?\s+đến\s+" + UPPER + r")",
    _I,
)


# "đường Nguyễn Tất Thành kéo dài", "Đường Lê Lợi nối dài được bố trí 90 tỷ đồng": a named street that is extended,
# or given capital or a price right after its name, is a work (a street named alone is an address)
_ROAD_WORK = guarded(
    re.compile(
        r"(?<!\w)([Đđ]ường)\s+(?=" + CAP_WORD + r"(?:\s+(?:" + CAP_WORD + r"|\d+))*(?:\s+(?:(?:kéo|nối)\s+dài\b|"
        r"(?:được\s+(?:bố\s+trí|phân\s+bổ|giao|cấp|đầu\s+tư)|có\s+tổng\s+(?:mức|vốn)|với\s+tổng\s+(?:mức|vốn))"
        rf"\s+(?:(?:vốn|kinh\s+phí|{HEDGE_WORDS})\s+)*\d)"
        # ("Đường Trường Sơn Đông: Thông xe đoạn qua tỉnh X": a headline's road, a colon, then news of its works,
        # said done or still ahead: "Đường X: Đã thông xe ...", "Đường Y: Sẽ khởi công ...")
        r"|\s*:\s*(?i:(?:" + _TENSE_BEFORE_A_HEADLINE_VERB + r")\s+)?"
        r"(?i:thông\s+xe|khởi\s+công|khánh\s+thành|hoàn\s+thành|hợp\s+long|động\s+thổ)\b))"
    )
)


# "khánh thành cầu A và đường B": the named street after "và" where _street_after_a_work ended the name before it;
# a work only as the event verb's second object (_work_mentions asks for the verb), not "ngã tư A và đường B"
_STREET_AFTER_AND = guarded(re.compile(r"(?<=\s)và\s+((?i:đường|phố))\s+(?=" + UPPER + r")"))


# "thông xe toàn tuyến cao tốc X", "hoàn thành toàn tuyến đường ven biển Y": "toàn tuyến" (the whole route) before
# the work's kind; "toàn" before a work noun is "toàn cầu" (not_work_before.csv), so "tuyến" there opens no name and
# the work's name starts at the kind after it
_WHOLE_ROUTE = guarded(re.compile(r"(?<!\w)toàn\s+tuyến\s+(?=(" + _WORK_NOUN + r")\s+\w)", _I))


# "khánh thành Trường A, đường B và cầu C": a named street between commas in a list of works is an item of the list
# (not "Trường A, đường B, phường C", the address of the work before it: the list must go on with another work)
_STREET_AFTER_COMMA = guarded(
    re.compile(
        r"(?<=,)\s*((?i:đường|phố))\s+(?=" + CAP_WORD + r"(?:\s+(?:" + CAP_WORD + r"|\d+))*(?:\s*,\s*|\s+và\s+)"
        r"(?:(?i:đường|phố)\s+" + UPPER + r"|" + _WORK.pattern + r"))"
    )
)
_COMMA_BETWEEN = re.compile(r"\s*,\s*")


def _is_street_after_and(text: str, start: int) -> bool:
    """Is the work noun at ``start`` a bare "đường"/"phố" a _STREET_AFTER_AND start found?"""
    if "và" not in text[max(0, start - 8) : start]:
        return False  # (the cheap test: the pattern's own literal just before the noun)
    return any(m.start(1) == start for m in _STREET_AFTER_AND.finditer(text, max(0, start - 8), start + 12))


def _is_street_after_comma(text: str, start: int) -> bool:
    """Is the work noun at ``start`` a bare "đường"/"phố" a _STREET_AFTER_COMMA start found?"""
    if "," not in text[max(0, start - 4) : start]:
        return False
    # (no end to the search: the pattern looks ahead to the next item of the list)
    found = _STREET_AFTER_COMMA.search(text, max(0, start - 4))
    return found is not None and found.start(1) == start


def _work_starts(text: str) -> list[tuple[int, int]]:
    """(start, end) of every work noun that may open a work's name."""
    starts = [(m.start(), m.end()) for m in _WORK.finditer(text)]
    if "đoạn từ" in text:
        starts += [(m.start(1), m.end(1)) for m in _STRETCH_OBJECT.finditer(text)]
        starts.sort()
    if "oàn tuyến" in text:  # (the pattern's own letters, either case of "Toàn")
        starts += [(m.start(1), m.end(1)) for m in _WHOLE_ROUTE.finditer(text)]
        starts.sort()
    if "đường " in text or "Đường " in text:
        starts += [(m.start(1), m.end(1)) for m in _ROAD_OBJECT.finditer(text)]
        starts += [(m.start(1), m.end(1)) for m in _STREET_AFTER_AND.finditer(text)]
        if ", đường " in text or ", phố " in text:
            starts += [(m.start(1), m.end(1)) for m in _STREET_AFTER_COMMA.finditer(text)]
        starts += [(m.start(1), m.end(1)) for m in _ROAD_WORK.finditer(text)]
        if " - " in text or " – " in text:
            starts += [(m.start(1), m.end(1)) for m in _ROAD_BY_ENDS.finditer(text)]
        starts.sort()  # (a start found twice reads once: the second is inside the first mention)
    return starts


# the photographer's credit a person's name follows ("Ảnh: Văn Trường", "(ẢNH: MẠNH HÙNG)")
_CREDIT_BEFORE = re.compile(r"(?:Ảnh|ẢNH)\s*:[^\n():.]{0,30}$")


# "cấp GCNĐKĐT cho 3 dự án với tổng vốn 156 triệu USD (Nhà máy A: 95 triệu USD; ...)": a bracket after an amount
# parts it among the works it lists; it is no other name of a work
_AMOUNT_BEFORE_BRACKET = re.compile(rf"\d\s*{_MONEY_SCALE}\s+(?:đồng|USD)\s*\($", _I)
# "đường tỉnh 279 (trước đây là đường huyện X)", "cầu A (còn gọi là cầu B)": the bracket gives another name of the
# work just named, no second work (data/words/another_name_of_a_work.csv)
_ANOTHER_NAME_BEFORE = re.compile(
    r"\(\s*(?:" + word_source("another_name_of_a_work") + r")\s*:?\s*(?:(?:dự\s+án|công\s+trình)\s+)?$", _I
)
ANOTHER_NAME_REACH = 36  # characters between the bracket and the name: "(hay còn gọi là công trình "


def _another_name_before(text: str, start: int) -> bool:
    """Does a bracket that gives another name of the work before it ("(trước đây là ", "(còn gọi là ") open right
    before ``start``?"""
    return "(" in text[max(0, start - ANOTHER_NAME_REACH) : start] and bool(
        _ANOTHER_NAME_BEFORE.search(text, max(0, start - ANOTHER_NAME_REACH), start)
    )


# "... tại KCN Y", "ở Khu công nghiệp Y": an industrial zone after "tại"/"ở", the place of a work
_ZONE = re.compile(r"(?:" + _ZONE_ABBREVIATIONS + r"|(?i:" + _ZONE_WORDS + r"))\b")
_AT_BEFORE = re.compile(r"\s(?:tại|ở)\s+$", _I)


def _work_mentions(text: str, found: dict[int, _Mention]) -> None:
    """Works named without "dự án": "cầu Tân Lập 2", "đường vành đai Bắc Sơn - Nam Hà", and the
    object of an event verb even without a proper name ("Khánh thành Nhà máy xử lý rác ...")."""
    object_end = None  # where the last work that was the object of an event verb ends
    alias_end = -1  # where the short name in brackets after a work ends
    listed = (-1, "")  # where a bracket listing a counted group's works ends, and the group's clause
    for start, noun_end in _work_starts(text):
        if start < alias_end:
            continue  # "Cầu Hy Vọng 211 (Cầu Kênh Ngang)": "Kênh Ngang" is part of the bridge's other name
        if _NOT_WORK_WORD.search(text[max(0, start - 8) : start]) and not _EVENT_VERB_BEFORE.search(
            text, max(0, start - EVENT_VERB_REACH), start
        ):
            # "nhu cầu", "yêu cầu": not a bridge; "khai thác chợ X": running a market, no work of the news (but
            # "đưa vào khai thác chợ X": the word ends an event verb, the market is what was put into service)
            continue
        if _another_name_before(text, start):
            alias_end = text.find(")", start)
            continue
        if _COUNTED_BEFORE.search(text, max(0, start - 8), start):
            continue  # "(gồm 3 phòng học và 1 nhà vệ sinh)": what a work holds, counted; no work's name
        if text[start].islower() and _COUNTED_PROJECTS_BEFORE.search(text, max(0, start - 24), start):
            continue
        if _INSTITUTION_BEFORE.search(text, max(0, start - 16), start):
            continue  # "Giám đốc Bệnh viện X", "Tổng Công ty Cảng hàng không": an institution, not a work
        before_noun = text[max(0, start - 20) : start]
        if (
            "các " in before_noun
            and _CLASS_OF_WORKS_BEFORE.search(before_noun)
            and not _OWN_NAME_AFTER_KIND.match(text, noun_end)
        ):
            continue  # "chủ trương đầu tư các công trình Trường Tiểu học": the works of a kind, none named
        if _in_company_name(text, start):
            continue  # "Công ty CP Phát triển KCN X": the company's name, not a work
        if _SITE.fullmatch(text, start, noun_end) and not (
            _RESTORED_BEFORE.search(text, max(0, start - 40), start)
            or _EVENT_VERB_BEFORE.search(text, max(0, start - EVENT_VERB_REACH), start)
        ):
            continue  # "Ban quản lý di tích đền X thu phí ...": the relic as a site, no work done to it
        # "lễ thông hầm Hầm Đèo Cả 2", "thông hầm Khe Nét": "hầm" right after "thông" ends the verb (the tunnel
        # bored through); the tunnel named after it is the verb's object, under its own noun or sharing the verb's
        # (not "lưu thông hầm X", "giao thông hầm X": traffic through the tunnel, no works)
        holed = (
            text[max(0, start - 6) : start].lower() == "thông "
            and text[start:noun_end].lower() == "hầm"
            and not text[max(0, start - 11) : start - 6].lower().endswith(("lưu ", "giao "))
        )
        if holed and _WORK.match(text, noun_end + 1):
            continue
        group = _GROUP_BEFORE_BRACKET.search(text, max(0, start - 60), start) if text[:start].endswith("(") else None
        if group is not None:
            # the works listed in the bracket take the verb said with the group: the clause of the group
            # ("..., còn lại 2 cầu đang thi công (A và B)": under way, whatever the clause before said)
            # (the count left out: "hoàn thành 4/6 cầu" reads as a share done, "hoàn thành cầu" as the event)
            clause_start = max(text.rfind(",", 0, group.start()), text.rfind(";", 0, group.start()))
            clause_start = max(clause_start + 1, _sentence_start(text, start))
            listed = (text.find(")", start), text[clause_start : group.start()] + text[group.end("count") : start - 1])
        if (
            text[:start].endswith("(")
            and not _PROJECT_BEFORE_BRACKET.search(text, max(0, start - 20), start)
            and group is None
            and not _AMOUNT_BEFORE_BRACKET.search(text, max(0, start - 30), start)
        ):
            alias_end = text.find(")", start)
            continue  # "Bệnh viện chuyên khoa X (Bệnh viện X)": the short name of the work just named
        at_event = bool(_EVENT_AT_BEFORE.search(text, max(0, start - 40), start))
        if not at_event and (
            _PLACE_BEFORE.search(text, max(0, start - 16), start)
            or (_has_link_word(text, start) and _LINKED_END_BEFORE.search(text, max(0, start - 180), start))
            or _relieved_work(text, start)
        ):
            continue  # "cấp phép 2 dự án đầu tư vào KCN Hòa Phú": where the news happens, not its object
        if _ROUTE_END_BEFORE.search(text, max(0, start - 40), start):
            continue  # "Tuyến bắt đầu từ đường tỉnh X ... kết thúc tại quốc lộ Y": where a route runs, no news
        if "(" in text[max(0, start - 90) : start] and _RANKED_AFTER_BEFORE.search(text, max(0, start - 90), start):
            continue  # "trục giao thông thứ tư (sau quốc lộ X, cao tốc Y)": the works it ranks after, no news
        # "khánh thành “Nhà máy xử lý rác thải X”": a work's name in quotes right after the event verb is the verb's
        # object, the quoted words its name (not "phê duyệt “Đề án phát triển Khu du lịch X”", a work inside a title)
        quoted_object = text[start - 1 : start] in ("“", '"') and bool(
            _EVENT_VERB_BEFORE.search(text, max(0, start - 1 - EVENT_VERB_REACH), start - 1)
        )
        if _inside(found, start) or (_in_quotes(text, start) and not quoted_object):
            continue  # "phê duyệt “Đề án phát triển Khu du lịch X”": a work inside another title
        if _PARENT_BEFORE.search(text, max(0, start - 20), start) and any(
            start - 20 <= v.end <= start for v in found.values()
        ):
            continue  # "Điểm trường X – thuộc trường Tiểu học Y": where the work named before belongs
        got = read_name(text, start - 1 if quoted_object else start)
        if got is None:
            continue
        a, b, name, _ = got
        if name[:1].isupper() and _is_district_name(name):
            continue
        if " của " in text[b : b + 6] and _NUMBERED_PART.fullmatch(name, noun_end - start):
            # "tổ máy số 1 của Nhà máy thủy điện X hòa lưới": a part named by its number is one work with the named
            # work it belongs to, the event of the part said of both
            parent = read_name(text, b + 5)
            if parent is not None and not parent[3] and is_named(parent[2], False):
                b = parent[1]
                name = spaced(text[a:b])
        if (
            _ZONE.match(text, start)
            and _AT_BEFORE.search(text, max(0, start - 5), start)
            and any(not v.part and v.end <= start and v.start >= _sentence_start(text, start) for v in found.values())
        ):
            continue  # "Nhà máy X đã khánh thành tại KCN Y": where the work named before it stands, no work of its own
        if _PLANT_UNIT.fullmatch(name) and any(
            v.end <= start and v.start >= _sentence_start(text, start) for v in found.values()
        ):
            continue  # "Nhà máy thủy điện X đã phát điện tổ máy số 1": a unit of the plant named before, no work
        if _INVESTOR_AFTER.match(text, b):
            continue  # "dự án do Bệnh viện X làm chủ đầu tư": the investor, not a work
        own = name[noun_end - start :]
        if not own.strip() and " " not in name:
            # "thông xe đoạn tuyến dài 45 km", "khánh thành cầu dài 200 m": a lone noun of a work names none (a kind of
            # a few words, "Khởi công Nhà máy điện gió 10.000 tỷ đồng", is a headline's work, named in its body)
            continue
        if _REFERENCE_OWN.match(own):
            continue  # "khởi công tuyến cao tốc này vào dịp ...": the work named before (a reference)
        if _MEASURED.match(text, noun_end):
            continue  # "chiều dài tuyến 188,2 km": a length, not a work numbered 188
        if text[start].islower() and _CAPACITY.match(text, noun_end) and not _EVENT_VERB_BEFORE.search(
            text, max(0, start - EVENT_VERB_REACH), start
        ):
            continue  # "trong đó điện gió 910 MW": a kind's share of the capacity, no plant
        if _UNITS_OWN_WORK.fullmatch(own) and (
            _CLASS_PROPERTY_AFTER.match(text, b) or _RATE_OF_BEFORE.search(text, max(0, start - 12), start)
        ):
            continue  # "Trạm y tế xã có bác sĩ đạt 100%", "tỷ lệ trạm y tế xã ...": works of a kind, counted
        if _PLACES_WORKS_OWN.fullmatch(own) and _PLURAL_BEFORE.search(text, max(0, start - 12), start):
            continue  # "các khu công nghiệp tỉnh X", "những trường học huyện Y": the works of a place, none named
        called = _CALLED.match(text, b)
        if called is not None:
            # "Nhà máy điện mặt trời đầu tiên của Phú Yên mang tên Hòa Hội": described, then given its name;
            # the work is its kind and that name
            described = _SUPERLATIVE.search(name)
            name = spaced(f"{name[: described.start()] if described else name} {called.group(1)}")
            b = called.end(1)
            own = name[noun_end - start :]
        if _SUPERLATIVE.search(own):
            continue  # "sẽ trở thành tổ hợp hóa chất lớn nhất Việt Nam": a description, as in is_named
        if _CLASS_OF_WORK.match(own) or _TIER.fullmatch(name):
            continue  # "quy mô chợ loại I", "đường cấp III", "bệnh viện tuyến huyện": a class of work, not a name
        if _MAIN_PART.match(own):
            continue  # "Riêng cầu chính vượt sông X dài 1,5 km": the main span of the work, a part of it
        if not own and _PRICED_KIND.match(text, b) and _PROJECT_WORD_BEFORE.search(text, max(0, start - 8), start):
            # "Khởi công dự án điện gió 2.400 tỷ đồng tại X": the kind of the project and its price, no name of it (as
            # is_named reads "dự án điện gió"); a work said bare ("đưa vào sử dụng bờ kè 45 tỷ đồng") keeps its row
            continue
        if own[:2] == " m" and _ONLY_NEW_OWN.fullmatch(own):
            continue  # "động thổ dự án khu đô thị mới": a new work of its kind, none named ("cầu X mới" is named)
        if _AT_MANY_PLACES.match(own):
            continue  # "khởi công trường nội trú tại các xã biên giới": works of a kind at many places, none named
        if re.match(r"gói\s+thầu", name, _I) and not re.match(r"\s*(?:số\s+)?[\w.-]*\d", own):
            continue  # a package is named by its code ("gói thầu XL01"), not by its works
        verb_object = (
            at_event
            or quoted_object
            or bool(_EVENT_VERB_BEFORE.search(text, max(0, a - EVENT_VERB_REACH), a))
            # "khởi công xây dựng cầu X và khu nhà ở xã hội tại ...": both are the verb's objects
            or (object_end is not None and _AND_BETWEEN.fullmatch(text, object_end, a) is not None)
        )
        between = (
            _AND_BETWEEN if _is_street_after_and(text, start)
            else _COMMA_BETWEEN if text[start] in "đpĐP" and _is_street_after_comma(text, start)
            else None
        )
        if between is not None and not any(
            between.fullmatch(text, end, a) is not None
            for end in itertools.chain((object_end,) if object_end is not None else (), (v.end for v in found.values()))
        ):
            # "ngã tư A và đường B", "nâng cấp vỉa hè và đường B": a named street after "và" (or a comma) is a work
            # of its own only right after a work named before it (the name _street_after_a_work ended there)
            continue
        if not (
            verb_object
            or _OWN_NAME.match(own)
            or _DESCRIBED_OWN_NAME.match(own)
            or _AT_JUNCTION_OWN.match(own)
            or _NUMBERED_VILLAGE_OWN.match(own)
            or (_CIRCUIT_OWN.match(own) and "kV" in name[:noun_end - start])
            or (_UNITS_OWN_WORK.fullmatch(own) and not _PLURAL_BEFORE.search(text, max(0, start - 12), start))
        ):
            continue
        object_end = b if verb_object else None
        if verb_object and (generic := _GENERIC_WORK_WORD.search(text, max(0, a - 12), a)):
            a = generic.start()  # "khánh thành công trình nhà văn hóa thôn": the evidence from "công trình" on
        # "Khi đưa vào sử dụng, hai chiếc cầu này sẽ giảm ùn tắc tại nút cầu X": a verb in a clause of
        # condition or purpose says no event of the work named after it
        # (a quoted object's clause ends before its opening quote, on the verb: "khánh thành “A” và khởi công “B”")
        before = _HYPOTHETICAL_CLAUSE.sub("", _clause_before(text, a - quoted_object)) + (
            "hầm " if holed and a == start else ""
        )
        if "ạng mục" in before and _COMPONENTS_LISTED.search(before):
            continue  # "dự án gồm 2 hạng mục chính là hồ X và hồ Y": parts of the project, no news of their own
        if a < listed[0] and said_event(listed[1], "") is not None:
            found[a] = _Mention(a, b, name, listed[1], "", needs_verb=True)
            continue
        # ("Các dự án gồm Trường Mầm non X, vốn ...; dự án Y ...": listed as a project, a work needs no verb)
        listed_as_project = _LISTED_AS_PROJECT.search(before) is not None
        found[a] = _Mention(a, b, name, before, _sentence_after(text, b), needs_verb=not listed_as_project)


# a count right before a work noun ("3 phòng học", "2 nhà bếp"): rooms or buildings counted, not a name
# (not a number inside a code or a date: "QL.3", "ngày 12/3")
# "... đầu tiên của tỉnh mang tên Ia Grai 3": the name a described work is given, in its clause
_CALLED = re.compile(r"[^,.;:!?\n]{0,50}?\s+mang\s+tên\s+(" + CAP_WORD + r"(?:\s+(?:" + CAP_WORD + r"|\d+[A-Z]?\b))*)")
_NUMBERED_PART = re.compile(r"\s+số\s+\d+[A-Za-z]?", _I)
# ("tổ máy số 2": a generating unit, a part of the plant it belongs to)
_PLANT_UNIT = re.compile(r"tổ\s+máy\s+số\s+\d+[A-Za-z]?", _I)


def _without_plant_unit(name: str) -> str:
    """"tổ máy số 1 Nhà máy X" → "Nhà máy X": the plant a generating unit is named after, what "Nhà máy" later is."""
    unit = _PLANT_UNIT.match(name)
    return name[unit.end() :].lstrip() if unit is not None else name
_LISTED_AS_PROJECT = re.compile(r"\b(?:dự\s+án|công\s+trình)\s+(?:bao\s+)?gồm\s*:?\s*$", _I)
# ("khánh thành giai đoạn 1 Bệnh viện X": the phase's number, no count of the works)
_COUNTED_BEFORE = re.compile(r"(?<!đoạn\s)(?<![\w.,/-])\d+\s+$", _I)
# ("tổng mức đầu tư của 9 dự án trường phổ thông dân tộc bán trú liên xã": the kind of a counted group's works,
# written lower case, is no one work; "2 dự án Nhà máy điện gió X" names one)
_COUNTED_PROJECTS_BEFORE = re.compile(r"(?<![\w.,/-])\d+\s+(?:dự\s+án|công\s+trình)\s+$", _I)
# ("trang bị máy tính cho các trường THCS", "sửa chữa tại nhiều trạm y tế": what is done for works of a kind)
_FOR_MANY_WORKS = re.compile(r"\b(?:cho|tại|ở)\s+(?:các|nhiều)\s+" + _WORK_NOUN + r"\b", _I)
_AT_MANY_PLACES = re.compile(r"(?:\s+[^\s,.;:()]+){0,3}?\s+(?:tại|ở|cho)\s+(?:các|nhiều)\s", _I)
_REFERENCE_OWN = re.compile(r"\s*(?:này|nói\s+trên|nêu\s+trên|đó)\b", _I)
_COMPONENTS_LISTED = re.compile(r"hạng\s+mục(?:\s+chính)?\s*(?:là|gồm|:)", _I)


def _in_quotes(text: str, pos: int) -> bool:
    head = text[:pos]
    return head.count("“") > head.count("”") or head.count('"') % 2 == 1


class _NamedBefore:
    """The project named before a paragraph, and whether reading the paragraph asked for it: a
    paragraph that never asks reads the same whatever was named before it."""

    def __init__(self, name: str | None) -> None:
        self._name = name
        self.asked = False

    def get(self) -> str | None:
        self.asked = True
        return self._name


# (not the day of the collector's date marker the text opens with: "date 2025-10-24 Dự án được ...")
# ("một trong 250 công trình, dự án được khởi công, khánh thành ...": the second kind of a counted pair, a group)
_PAIRED_PLURAL_BEFORE = re.compile(
    r"(?:\bcác|\bnhững|(?<![\d-])\d+)\s+(?:công\s+trình|dự\s+án)\s*(?:,|và|/)\s*$", _I
)
_PLURAL_BEFORE = re.compile(r"(?:\bcác|\bnhững|\bhai|\bba|(?<![\d-])\d+)\s+$", _I)


_STILL_NOT = re.compile(r"\s+vẫn\s+chưa\b", _I)


def _after_connective(text: str, reference: re.Match[str]) -> bool:
    """ "Theo đó, công trình có ...": the work alone after a connective ("dự án này" says its verbs)."""
    # ("Đến nay, công trình vẫn chưa hoàn thành": the state of the whole work, a slow one)
    return (
        text.startswith(", ", reference.start() - 2)
        and not reference.group().endswith(("này", "trên"))
        and _STILL_NOT.match(text, reference.end()) is None
        and _HEARSAY_BEFORE.search(text, max(0, reference.start() - 20), reference.start()) is None
    )


# ("Được biết, công trình được khởi công vào tháng 4/2018": hearsay is no connective of a part, the verb is
# the whole work's)
_HEARSAY_BEFORE = re.compile(r"(?:^|(?<=[.!?…]\s)|(?<=\n))Được\s+biết(?:\s+thêm)?\s*,\s*$")


_JUDGED = ("Đây là ", "Đây được xem là ", "đây là ")  # "Đây (được xem) là dự án có ...": a description of it

# "Năm 2025, dự án được cấp 413 tỷ đồng", "Tuy nhiên, hết tháng 8, dự án mới giải ngân được 100 tỷ đồng",
# "Sau gần chục năm chậm tiến độ, đến năm 2016, dự án được điều chỉnh còn 341 tỷ đồng": a
# sentence that opens on one or two short adverbials (a time, a contrast) and then on the bare work, its
# predicate right after it, goes on about the work named before (lower case: the adverbial came first;
# a name would follow "dự án" instead of a predicate; "các dự án" is a group and never matches)
_BARE_KIND_THEN_VERB = (
    # ("Theo thiết kế, trường được xây dựng trên 5 ha": a work's bare kind after the adverbial, the same)
    r"(dự\s+án|công\s+trình|trường|cầu|chợ|bệnh\s+viện|nhà\s+máy|tuyến\s+đường)"
    r"(?=\s+(?:được|đã|mới|phải|đang|sẽ|vẫn|chỉ|giải\s+ngân)\b"
    # ("Đến nay, công trình đạt khoảng 70% khối lượng, giải ngân 380 tỷ đồng": the progress of the project or work
    # named before; not "Năm 2025, trường đạt chuẩn quốc gia": a school's rank, no news of works)
    r"|(?:(?<=án)|(?<=ình))\s+đạt\b)"
)
_ADVERBIAL_THEN_REFERENCE = re.compile(
    # (up to nine words: "Sau hơn 1 năm khởi công xây dựng, công trình đã được khánh thành")
    r"(?:^|(?<=[.!?…]\s))(?:[^\W\d][^\s,.;:]*(?:\s+[^\s,.;:]+){0,8}\s*,\s*){1,2}" + _BARE_KIND_THEN_VERB
)
# "Năm 2026 dự án được giao 1.650 tỷ đồng", "Đến nay dự án đã giải ngân 240 tỷ đồng": a year or a time up to now
# fronted without its comma, then the project named before (its money of that time; the time said, no event of it)
_TIME_FRONTED_REFERENCE = re.compile(
    r"(?:^|(?<=[.!?…]\s))(?:(?:Trong\s+)?[Nn]ăm\s+(?:19|20)\d\d|(?:Tính\s+)?Đến\s+(?:nay|hiện\s+nay|thời\s+điểm\s+này|"
    r"(?:hết|cuối)\s+(?:tháng|quý|năm)\s+[^\s,.;:]+)|Hiện\s+(?:nay|tại))\s+(dự\s+án|công\s+trình)"
    r"(?=\s+(?:được|đã|mới|phải|đang|giải\s+ngân)\b)"
)
_TIME_FRONTED_WORDS = ("ăm ", "Đến ", "Hiện ")  # (a cheap test first: one of these opens every match)


def _time_fronted_references(text: str) -> list[re.Match[str]]:
    """The bare projects after a year or a time up to now fronted without its comma."""
    if not any(word in text for word in _TIME_FRONTED_WORDS):
        return []
    return _sentence_opening_matches(_TIME_FRONTED_REFERENCE, text)


# the tail of _ADVERBIAL_THEN_REFERENCE alone, after the comma that ends its last adverbial: a text it finds
# nowhere holds no adverbial reference (every match of the whole ends on ``,\s*`` and a match of the tail, with the
# same lookahead over the same text after it); the comma first lets the engine skip to the commas
_COMMA_KIND_THEN_VERB = re.compile(r",\s*" + _BARE_KIND_THEN_VERB)


# "Dự kiến đến năm 2029 dự án hoàn thành ...", "Theo kế hoạch đến hết tháng 12/2024, nhà máy sẽ hoàn thành ...":
# a sentence that opens on the plan and its deadline, then on the bare work and its completion, speaks of the
# work named before and of an event still to come (the adverbial references above own figures only)
_PLANNED_DEADLINE_REFERENCE = re.compile(
    r"(?:^|(?<=[.!?…]\s))(?:Dự\s+kiến|Theo\s+kế\s+hoạch)\s+" + _PLAN_DEADLINE
    + r"(dự\s+án|công\s+trình|nhà\s+máy|bệnh\s+viện|cầu|tuyến\s+đường)"
    r"(?=\s+(?:sẽ\s+)?(?:được\s+)?(?:hoàn\s+thành|đưa\s+vào|đi\s+vào)\b)"
)


# "Sau 4 năm thi công, dự án đã hoàn thành và đưa vào vận hành": after the adverbial, the bare work finished or
# opened with no object to the verb says the whole work's event (not "đã hoàn thành các gói thầu", a part's)
_WHOLE_EVENT_AFTER = re.compile(
    r"\s+(?:đã\s+|vừa\s+)?(?:được\s+)?(?:(?:hoàn\s+thành|khánh\s+thành|khởi\s+công)(?=\s*(?:[,.;]|$|(?:và\s+)?(?:đưa|đi)\s+vào\b))"
    r"|đưa\s+vào\s+(?:sử\s+dụng|vận\s+hành|khai\s+thác)|đi\s+vào\s+hoạt\s+động"
    # ("Trước đó, nhà máy đã được UBND tỉnh cấp giấy chứng nhận đăng ký đầu tư": its investment policy or certificate,
    # given by whoever is named between, an approval of the whole work)
    r"|(?:[^\W\d][^\s,.;:]*\s+){0,8}?(?:phê\s+duyệt|chấp\s+thuận|quyết\s+định|cấp|trao)\s+"
    r"(?:chủ\s+trương\s+đầu\s+tư|giấy\s+chứng\s+nhận\s+đăng\s+ký\s+đầu\s+tư)\b)",
    _I,
)


def _planned_deadline_references(text: str) -> list[re.Match[str]]:
    """The bare works whose completion a plan's deadline sets (none without the plan's opening words)."""
    if "Dự kiến" not in text and "Theo kế hoạch" not in text:
        return []
    return list(_PLANNED_DEADLINE_REFERENCE.finditer(text))


# a full stop and a space: a sentence may open right after them (the lookbehind of the patterns that open on
# ``(?:^|(?<=[.!?…]\s))``)
_AFTER_FULL_STOP = re.compile(r"[.!?…]\s")


def _sentence_opening_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    r"""``list(pattern.finditer(text))`` for a pattern (without re.MULTILINE) that opens on
    ``(?:^|(?<=[.!?…]\s))`` and never matches empty: such a match can only start at 0 or right after a
    full stop and a space, so the pattern is tried only there (``^`` holds only at 0)."""
    starts = itertools.chain((0,), (m.end() for m in _AFTER_FULL_STOP.finditer(text)))
    return matches_tried_at(pattern, text, starts)


def _adverbial_references(text: str) -> list[re.Match[str]]:
    """The bare works after an opening adverbial (none without the comma the pattern needs, nor without a
    bare kind and its verb right after a comma)."""
    if ", " not in text or not _COMMA_KIND_THEN_VERB.search(text):
        return []
    return _sentence_opening_matches(_ADVERBIAL_THEN_REFERENCE, text)


# _REFERENCE's first branch ("dự án này", "công trình nói trên", "Đây là dự án có ..."), in the lowered text: the
# kind's last word, then "này" or "(nói/nêu) trên"; or the "đây" of "Đây (được xem) là" (the letters fold under
# re.I only to their two cases, which str.lower maps to them: a text this finds nothing in holds no match of it)
_THIS_WORK_LOWERED = re.compile(r"(?:án|trình|tốc|đường|máy|cầu)\s+(?:(?:\S+\s+){0,3}?này|(?:\S+\s+)?trên)")
# where its second branch, a kind opening a sentence ("Công trình có ...", "Theo đó, dự án ..."), can start: at
# 0, or after a whitespace character that every lookbehind of the branch ends on, after a full stop or a bar
# ("[.!?…|]\s"), after the comma of a connective ("Theo đó, ", "Hiện nay, ", "Theo thiết kế, ", "Được biết, ":
# the lowered text then holds "đó,", "nay,", "ế," or "ết,") or after the digits of the collector's date marker
# ("date 2025-10-24 ": "date"); and only on the first letter of a kind (B, C, D, G, K, N, T, Đ in any case, as it
# reads them)
_REFERENCE_AFTER_MARK = re.compile(r"[.!?…|]\s(?=(?i:[bcdgkntđ]))")
_REFERENCE_AFTER_MARK_COMMA_OR_DIGIT = re.compile(r"[.!?…|,\d]\s(?=(?i:[bcdgkntđ]))")
_CONNECTIVE_COMMAS_LOWERED = ("đó,", "nay,", "ế,", "ết,", "date")


def _references(text: str) -> list[re.Match[str]]:
    """``list(_REFERENCE.finditer(text))``, tried only where a match can start when the text holds no
    reference to "this" work (99 % of paragraphs): a full scan tries the long pattern at every character."""
    lowered = text.lower()
    if ("này" in lowered or "trên" in lowered or "đây" in lowered) and (
        "đây" in lowered or _THIS_WORK_LOWERED.search(lowered)
    ):
        return list(_REFERENCE.finditer(text))
    # (no match of the first branch anywhere: every match is the second branch's, at one of these places)
    opening = (
        _REFERENCE_AFTER_MARK_COMMA_OR_DIGIT
        if any(word in lowered for word in _CONNECTIVE_COMMAS_LOWERED)
        else _REFERENCE_AFTER_MARK
    )
    # (and after a line's opening dash: "- Dự án đã được ...")
    dashed = (2,) if text[1:2].isspace() and text[:1] in "-–+•" else ()
    return matches_tried_at(
        _REFERENCE, text, itertools.chain((0,), dashed, (m.end() for m in opening.finditer(text)))
    )


# "Theo đó, công trình có ...", "Theo thiết kế, nhà văn hóa được xây dựng ...": a work's kind after a
# connective's comma, which _REFERENCE reads as the work named before
_KIND_AFTER_COMMA = re.compile(r",\s(?:công\s+trình|dự\s+án|nhà\s+văn\s+hóa|" + _BARE_KIND.lower() + r")\s")


# "Các công trình chuyển tiếp: A (...), B (...). Công trình khởi công mới: C, D": "công trình" and a few words of
# an event before a colon head a list of the works after it (not "Dự án có tổng mức đầu tư: ...", "Công trình gồm:
# ...", which say the figures or the parts of the work named before)
_LIST_HEAD_AFTER = re.compile(
    r"(?:\s+(?!(?:tổng|vốn|kinh|giá|giải|mức|có|gồm|bao|với|là|được\s+đầu)\b)[^\W\d]+){1,4}\s*:", _I
)


# "- Khởi công: ngày 4/4/2025." (a line of the project's record under its name): the step and its day, of the
# project named before (not "- Dự kiến hoàn thành: năm 2027" nor "Thời gian hoàn thành: 2027", a schedule as often
# as a step taken)
_EVENT_FIELD = re.compile(
    r"\s*[-–+•*]?\s*(?:Ngày\s+)?((?i:khởi\s+công|khánh\s+thành|thông\s+xe))\s*:\s*"
    r"(?=(?:(?i:ngày|tháng|quý)\s+)?\d)"
)


# "- Tiến độ: đã khởi công ngày 20/3/2026", "- Tình hình thực hiện: đang thi công" (a line of the project's record
# under its name): the state of the project named before, the verb after the colon its event
_STATUS_LABEL = r"(?:(?i:tiến\s+độ|tình\s+hình|kết\s+quả)(?:\s+(?i:thực\s+hiện|triển\s+khai))?|(?i:hiện\s+trạng))\s*:"
_STATUS_FIELD = re.compile(
    r"\s*[-–+•*]?\s*" + _STATUS_LABEL + r"\s*((?i:đã|vừa|đang|hiện\s+đang)(?:\s+(?i:được))?)\s"
)


def _event_field_mention(text: str, found: dict[int, _Mention], named_before: _NamedBefore) -> None:
    colon = ":" in text[:40]
    field = _EVENT_FIELD.match(text) if colon else None
    status = _STATUS_FIELD.match(text) if colon and field is None else None
    if (field is None and status is None) or found:
        return
    name = named_before.get()
    if name and field is not None:
        start = field.start(1)
        found[start] = _Mention(start, field.end(1), name, "", _sentence_after(text, start), needs_verb=True)
    elif name and status is not None and said_event("", after := _sentence_after(text, status.start(1))):
        # (only a state its verb says: "- Tình hình thực hiện: đã giải ngân 45 tỷ đồng" is the money of whatever the
        # record is of, and the project named last may be far before it)
        found[status.start(1)] = _Mention(status.start(1), status.end(1), name, "", after, needs_verb=True)


def _outermost(mentions: list[_Mention]) -> list[_Mention]:
    """The mentions (in order of their starts) not inside an earlier one's span: "Khu tái định cư X phục vụ dự án cao
    tốc Y" names the resettlement area; the expressway read inside its name is no work a later "Dự án" refers to."""
    kept: list[_Mention] = []
    reach = -1
    for mention in mentions:
        if mention.end > reach:
            kept.append(mention)
        reach = max(reach, mention.end)
    return kept


# "Khánh thành Trường Mầm non X. Công trình trường mầm non đã được đưa vào sử dụng ...": a sentence opening on
# "Công trình" and the work's kind in lower case, the same work named before (its name opens on that kind)
_KIND_VERB = (
    r"(?:đã|được|đang|vừa|sẽ|dự\s+kiến|chính\s+thức|khởi\s+công|khánh\s+thành|hoàn\s+thành|đưa\s+vào|có|với|do)\b"
)
_KIND_REFERENCE = re.compile(
    r"(?:^|(?<=[.!?…]\s))Công\s+trình\s+(?!" + _KIND_VERB + r")((?:" + _LOWER_WORD + r"\s+){0,3}?" + _LOWER_WORD + r")"
    r"(?=\s+" + _KIND_VERB + r")"
)


# "đoạn qua xã A thuộc dự án X": the name of an unnamed part, which holds the project it belongs to
_PROJECT_OF_PART_IN_NAME = re.compile(r"\s+thuộc\s+dự\s+án\s+(?=\S)", _I)


def _reference_mentions(
    text: str, found: dict[int, _Mention], named_before: _NamedBefore, triggered: bool = True
) -> None:
    """Phases said as subjects ("Giai đoạn 2 được phê duyệt ...") and references to the project
    named before ("Tuyến cao tốc này đã khởi công ...", "Công trình do Sở ... làm chủ đầu tư").
    ``triggered``: whether ``_TRIGGER`` matches anywhere in ``text``."""
    adverbial = _adverbial_references(text)
    deadlines = {m.start(1): m.end(1) for m in _planned_deadline_references(text)}
    # (found once for the test and the body: a search that finds nothing scans as far as finditer does)
    # (only where _TRIGGER matches: the "dự án"/"công trình" of either reference, its group 1, follows a
    # space, so no word character stands before it, and is one _TRIGGER matches there, in any case as
    # the bare reference reads it; those letters fold under re.I to their two cases only; ~88% of
    # paragraphs have no trigger)
    bare = list(_BARE_REFERENCE.finditer(text)) if triggered else []
    invested = list(_INVESTED_REFERENCE.finditer(text)) if triggered else []
    if (
        "này" not in text
        and "Đây là" not in text
        and "đây là" not in text  # ("Được biết, đây là dự án ...": after an opening phrase)
        and "Đây được xem là" not in text
        and not _CAPITAL_PART.search(text)
        and "giai đoạn" not in text  # ("; giai đoạn 2 ...", "giai đoạn 2 của dự án": phases written lower case)
        and not bare
        and not invested
        and not _KIND_AFTER_COMMA.search(text)
        and "đến nay" not in text
        and "oàn dự án" not in text
        and not _time_fronted_references(text)
        and "oàn công trình" not in text
        and not adverbial
        and not deadlines
    ):
        return  # nothing here refers back or names a phase
    for m in _PHASE_SUBJECT.finditer(text):
        if not _inside(found, m.start()) and not _phase_of_the_name_before(text, found, m.start()):
            found[m.start()] = _Mention(
                m.start(),
                m.end(),
                spaced(m.group()),
                _clause_before(text, m.start()),
                _sentence_after(text, m.end()),
                needs_verb=True,
                part=True,
            )
    # ("Đây là công trình có ý nghĩa ...": a description of the project, it owns figures but says no event)
    # ("Theo đó, công trình có tổng vốn ...": after a connective the work owns figures; its verbs are often
    # of a part: "Theo đó, Dự án đã hoàn thành các gói thầu chuẩn bị ...")
    references = [
        (m.start(), m.end(), text.endswith(_JUDGED, 0, m.start()) or _after_connective(text, m))
        for m in _references(text)
    ]
    references += [(m.start(1), m.end(1), True) for m in bare]
    references += [(m.start(1), m.end(1), True) for m in invested]
    if "Theo " in text:
        # (the clause after the source is the sentence's own: its verb says the work's event, as one opening it does)
        references += [(m.start(1), m.end(1), False) for m in _ATTRIBUTED_REFERENCE.finditer(text)]
    references += [(m.start(1), m.end(1), _WHOLE_EVENT_AFTER.match(text, m.end(1)) is None) for m in adverbial]
    references += [(start, end, False) for start, end in deadlines.items()]
    if "đến nay" in text:
        references += [(m.start(1), m.end(1), True) for m in _SINCE_START_REFERENCE.finditer(text)]
    fronted = _time_fronted_references(text)
    years_fronted = {m.start(1): m.end(1) for m in fronted}
    references += [(start, end, True) for start, end in years_fronted.items()]
    wholes_said = {}
    if "oàn " in text:
        wholes_said = {(m.start(1) if m.group(1) else m.start(2)): (m.end(1) if m.group(1) else m.end(2))
                       for m in _WHOLE_PROJECT_REFERENCE.finditer(text)}
        references += [(start, end, True) for start, end in wholes_said.items()]
    kinds = {m.start(): m for m in _KIND_REFERENCE.finditer(text)} if "Công trình " in text else {}
    if kinds:  # ("Công trình trọng điểm này ...": another reference's words, read by it)
        kinds = {start: m for start, m in kinds.items() if all(start != ref[0] for ref in references)}
        references += [(start, m.end(), False) for start, m in kinds.items()]
    for start, end, figures_only in sorted(references):
        counted_from = start not in deadlines and start not in years_fronted
        if _inside(found, start) or (counted_from and _PLURAL_BEFORE.search(text, max(0, start - 12), start)):
            continue  # "Các dự án này": a group, not the project named last (a deadline's, a fronted year counts none)
        if _PAIRED_PLURAL_BEFORE.search(text, max(0, start - 30), start):
            continue
        if ":" in text[end : end + 40] and _LIST_HEAD_AFTER.match(text, end):
            continue  # "Công trình khởi công mới: A, B": the head of a list of other works, not the one named last
        kind_name = None  # (the plant itself, when its unit was named: "tổ máy số 1 Nhà máy X ... Nhà máy có ...")
        earlier = [v for k, v in sorted(found.items()) if v.end <= start]
        wholes = _outermost([v for v in earlier if not v.part])
        # the whole project named last; a phase only when nothing else was named
        antecedent = wholes[-1] if wholes else None if named_before.get() else (earlier[-1] if earlier else None)
        if antecedent is not None and text[start] in "dD" and _after_item_word(text, antecedent.start):
            # "Dự án X, hạng mục cầu Y đã hoàn thành. Dự án có tổng mức đầu tư ...": "dự án" is the project the item
            # belongs to, not the item
            antecedent = next((v for v in reversed(wholes) if not _after_item_word(text, v.start)), antecedent)
        if antecedent is not None and text[start] in "dD" and _part_of_a_project(text, antecedent):
            # "Dự án X ... Khu tái định cư xã A đã hoàn thành .... Dự án được khởi công ngày 24/6/2023": a resettlement
            # area not itself called a project is the works of one; "dự án" is the project called so before it (a
            # work named before without "Dự án", "cảng X đón 820 lượt tàu", is none: the area keeps it)
            antecedent = next((v for v in reversed(wholes) if _called_a_project(text, v)), antecedent)
        if antecedent is not None and start in wholes_said:
            # (the whole project: the last work called a project, not the part named after it)
            antecedent = next((v for v in reversed(wholes) if _called_a_project(text, v)), antecedent)
        if antecedent is not None and _BARE_KIND_ALONE.fullmatch(text, start, end):
            # ("hợp long cầu X thuộc dự án đường Y. Cầu dài 320 m, tổng vốn ...": the kind alone is the work of that
            # kind named last, not the project it belongs to)
            kind = _kind_without_classifier(spaced(text[start:end]).lower()) + " "
            same = next((v for v in reversed(wholes) if _without_plant_unit(v.name).lower().startswith(kind)), None)
            if same is None and kind.startswith("khu "):
                continue  # ("khởi công đường X. Khu đô thị có ...": an area is no road named before it)
            antecedent = same or antecedent
            if same is not None:
                kind_name = _without_plant_unit(same.name)
        name = kind_name or (antecedent.name if antecedent else named_before.get())
        if name and text[start] in "dD" and (parent := _PROJECT_OF_PART_IN_NAME.search(name)) is not None:
            # "thông xe đoạn Km5 - Km19 thuộc dự án X. Dự án có tổng mức đầu tư ...": "dự án" is X, not its part
            name = name[parent.end() :]
        if start in kinds and not (name or "").lower().startswith(spaced(kinds[start].group(1)).lower()):
            continue  # ("Công trình thủy lợi đã ...": works of another kind than the one named before)
        if name:
            found[start] = _Mention(
                start,
                end,
                name,
                _clause_before(text, start),
                _sentence_after(text, end),
                needs_verb=True,
                figures_only=figures_only,
                named_at=antecedent.start if antecedent else None,
            )


# "lễ khánh thành nhà máy tại KCN X", "khởi công bệnh viện ở xã Y": a work said by its kind alone and the place it
# stands, with no name of its own (lower case, nothing between the kind and "tại"/"ở")
_KIND_AT_A_PLACE = re.compile(r"(" + _KIND_ALONE.pattern + r")\s+(?:tại|ở)\s+\S", _I)


_PLACE_SAID = re.compile(r"\s+(?:tại|ở)\s+\S.*$", _I)


def _placed_at(name: str) -> str:
    """The place after "tại"/"ở" a work's name ends on, as the kind-at-a-place test cuts it ("" for none)."""
    m = _PLACE_SAID.search(name)
    return spaced(m.group()).casefold() if m else ""


def _kind_at_a_place_named_before(text: str, found: dict[int, _Mention], named_before: _NamedBefore) -> None:
    """ "Khánh thành Nhà máy may A tại KCN B" then "... lễ khánh thành nhà máy tại KCN B. Nhà máy có tổng vốn ...": a
    work said by its kind and place only is the work of that kind named before it (in the paragraph, or the one
    named last before it: a headline's), not a second work; its money is that work's."""
    for start, mention in list(found.items()):
        kind = _KIND_AT_A_PLACE.match(mention.name)
        if kind is None or not mention.name[:1].islower() or mention.part:
            continue
        folded = _kind_without_classifier(spaced(kind.group(1)).casefold()) + " "
        place = spaced(mention.name[kind.end(1) :]).casefold()
        # (not a work placed elsewhere: "khánh thành Nhà máy A tại KCN B và khởi công nhà máy tại KCN C", two plants)
        earlier = [
            _row_name(text, v)
            for _, v in sorted(found.items())
            if v.end <= start and not v.part and _placed_at(v.name) in ("", place)
        ]
        # (the work named before has a name of its own past the kind: "Nhà máy may A", not "nhà máy tại KCN C")
        names = [*reversed(earlier), named_before.get() or ""]
        same = next((n for n in names if n.casefold().startswith(folded) and not _KIND_AT_A_PLACE.match(n)), None)
        if same is not None:
            found[start] = replace(mention, name=same)


# "Dự án Đường cao tốc X - Y (đoạn qua tỉnh Z), giai đoạn 1: kế hoạch vốn ...": a numbered phase after the comma that
# closes a work's name (a bracket after the name between) is that work's part, no subject of a clause of its own
_COMMA_AFTER_A_NAME = re.compile(r"(?:\s*\([^()]{1,80}\))?\s*,\s*")


def _phase_of_the_name_before(text: str, found: dict[int, _Mention], start: int) -> bool:
    """Is the lowercase phase at ``start`` written right after the comma closing a work named before it?"""
    if text[start] != "g":
        return False
    return any(
        not v.part and v.end < start and start - v.end <= 90 and _COMMA_AFTER_A_NAME.fullmatch(text, v.end, start)
        for v in found.values()
    )


def find_mentions(text: str, last_name: str | None = None) -> list[_Mention]:
    """Every project named or referred to in a paragraph (``last_name``: the one named before it)."""
    return list(_mentions(text, last_name))


@per_document(maxsize=64)  # the event rows and every money figure of a paragraph read the same mentions
def _mentions(text: str, last_name: str | None) -> tuple[_Mention, ...]:
    alone, asked = _mentions_alone(text)
    if not asked or last_name is None:
        return alone  # the paragraph does not refer back: the same whatever was named before it
    return _read_mentions(text, _NamedBefore(last_name))


# (kept for the whole report: the routing of a paragraph's figures and its event rows, read much
# later, ask with different names before it)
@per_document(maxsize=None)
def _mentions_alone(text: str) -> tuple[tuple[_Mention, ...], bool]:
    """The mentions of ``text`` read with no project named before it, and whether the reading
    asked for one."""
    named_before = _NamedBefore(None)
    return _read_mentions(text, named_before), named_before.asked


# "... khởi công vào cuối năm 2022 Dự án đầu tư X": a headline ending on a year, joined to the lead by
# the layout, is no count of projects
# "Ban Quản lý dự án đầu tư xây dựng (các) công trình giao thông": the agency's name, no work of its own
# ("Ban QLDA đầu tư xây dựng công trình giao thông tỉnh X", "Ban QLDA ĐTXD ...": the same agency, abbreviated)
_AGENCY_BEFORE = re.compile(
    r"ban\s+(?:quản\s+lý\s+dự\s+án|QLDA)\s+(?:đầu\s+tư\s+)?xây\s+dựng\s+(?:các\s+)?$", _I
)
# a year or a date ("năm 2023 Dự án", the dateline " date 2025-10-28 Dự án ..."): no count of projects
_YEAR_BEFORE = re.compile(r"(?:(?<!\d)(?:19|20)\d\d(?:-\d\d){0,2}|\d/(?:19|20)\d\d)\s+$")
# "ngày 28/8/2025 công trình X đã hoàn thành", "năm 2024 dự án X": a date or a year fronted without its comma
# is the time of the clause in any case, no count of works
_DATE_BEFORE = re.compile(r"(?:\d/|\bnăm\s+)(?:19|20)\d\d\s+$", _I)


# "Dự án công trình hệ thống kênh thuộc dự án công trình thủy lợi hồ X": a part without a name of its
# own is named by the project it belongs to
# (or of a work named without "dự án": "Dự án xây dựng khu hành chính thuộc Bệnh viện Đa khoa X")
_PART_OF = re.compile(r"\s+thuộc\s+(?:(?:dự\s+án|công\s+trình)\s+|(?=" + _WORK_NOUN + r"\s))", _I)


# "dự án xây dựng đường và cầu Kinh Tư 2": works without a name of their own joined to a named one are one
# project named by it
_AND_NAMED = re.compile(r"\s+và\s+(?=" + _WORK_NOUN + r"\s)", _I)


# "công trình đường vành đai thành phố (đoạn từ quốc lộ 60 ... đến cầu X)": a road named by its section
_SECTION_AFTER = re.compile(r"\s*\(\s*đoạn\s+từ\s", _I)


def _named_by_section(text: str, name: str, end: int) -> bool:
    return _SECTION_AFTER.match(text, end) is not None and _names_a_work(name)


def _named_by_parent(text: str, got: tuple[int, int, str, bool]) -> tuple[int, int, str, bool]:
    a, b, name, quoted = got
    part_of = None if quoted or is_named(name, False) else _PART_OF.match(text, b)
    if part_of is None:
        joined = (
            None if quoted or not text.startswith(" và ", b) or is_named(name, False) else _AND_NAMED.match(text, b)
        )
        after = read_name(text, joined.end()) if joined else None
        if after is not None and not after[3] and is_named(after[2], False):
            return a, after[1], spaced(text[a : after[1]]), False
        return got
    parent = read_name(text, part_of.end())
    if parent is None or parent[3] or not is_named(parent[2], False):
        return got
    return a, parent[1], spaced(text[a : parent[1]]), False


_RESETTLEMENT_FOR = re.compile(r"(?<!\w)[Kk]hu\s+tái\s+định\s+cư\s+(?:phục\s+vụ\s+)?$")
# "công trình phụ (trợ)": the auxiliary buildings (toilets, kitchen ...), a work of its own kind, not the generic word
_AUXILIARY_NEXT = re.compile(r"phụ(?:\s+trợ)?\b", _I)
# "khánh thành phòng học, công trình phụ tại điểm trường X": a bare work listed before the works of one place is
# part of the same work, named by that place
_WORK_LISTED_BEFORE = re.compile(r"(?<!\w)(" + _WORK_NOUN + r"),\s+$", _I)


# "Dự án nâng cấp đường X, hạng mục cầu Y đã hoàn thành": an item of the works named after the project, the
# subject of what the sentence says (the project only tells whose item it is)
_ITEM_AFTER = re.compile(r",\s*(?:(?:riêng|trong\s+đó)\s*,?\s*)?hạng\s+mục\s", _I)


# "Khu tái định cư xã A", "khu TĐC B": a resettlement area, which a road's or a port's project builds for the
# households it moves (not "Dự án Khu tái định cư C", a project of its own)
_RESETTLEMENT = re.compile(r"khu\s+(?:tái\s+định\s+cư|TĐC)\b", _I)


_CALLED_A_PROJECT = re.compile(r"(?:dự\s+án|công\s+trình)\s", _I)


def _called_a_project(text: str, mention: _Mention) -> bool:
    """Is the work called a project ("Dự án X", "công trình Y": its mention may open on the word or follow it)?"""
    return _CALLED_A_PROJECT.search(text, max(0, mention.start - 12), mention.start + 8) is not None


def _part_of_a_project(text: str, mention: _Mention) -> bool:
    """Is the mention a resettlement area not itself called a project?"""
    return _RESETTLEMENT.match(mention.name) is not None and not _called_a_project(text, mention)


# A national target programme named by its own words (data/words/budget_items.csv, read, not edited: the rows that
# say "MTQG" or "mục tiêu quốc gia", not the targeted transfers of the same item)
_NATIONAL_PROGRAMME = re.compile(
    "|".join(
        phrase_source(words)
        for words in keyed_word_lists("budget_items", "item")["target_programme"]
        if "MTQG" in words or "mục tiêu quốc gia" in words
    ),
    _I,
)
# "Dự án 1", "Dự án số 6", "Dự án 3 - Chương trình MTQG giảm nghèo bền vững", "Dự án 5 thuộc Chương trình ...": a
# project numbered alone, maybe with the programme it is part of after it
_PROGRAMME_PART_NUMBER = re.compile(r"(?:số\s+)?\d{1,2}(?![\d.,/])\s*(?:(?:[-–:,]|thuộc|của)\s*)?", _I)


def _part_of_a_programme(text: str, name: str) -> bool:
    """ "Tổng kinh phí giải ngân cho Dự án 1 là ...", "vốn Dự án 5 thuộc Chương trình MTQG ...": the numbered
    projects of a national target programme named in the text are the programme's parts (its budget lines), no works
    of their own."""
    number = _PROGRAMME_PART_NUMBER.match(name)
    if number is None or _NATIONAL_PROGRAMME.search(text) is None:
        return False
    rest = name[number.end() :]
    return not rest or _NATIONAL_PROGRAMME.match(rest) is not None


_PROJECT_WORD = re.compile(r"(?:Tiểu\s+)?dự\s+án\s+", _I)


def _named_as_a_programme_part(name: str, document: str) -> bool:
    """ "Dự án 1" read as a mention (a numbered part with no whole named before it) in a report whose programme is
    named in another paragraph ("Kết quả thực hiện Chương trình MTQG ..." over "- Dự án 1: ..., giải ngân ...")."""
    opening = _PROJECT_WORD.match(name)
    return opening is not None and _part_of_a_programme(document, name[opening.end() :])


def _after_item_word(text: str, start: int) -> bool:
    return text[max(0, start - 9) : start].lower() == "hạng mục "


def _read_mentions(text: str, named_before: _NamedBefore) -> tuple[_Mention, ...]:
    found: dict[int, _Mention] = {}
    triggers = []
    lowered = text.lower()  # (for the pre-tests of the trigger and of the list heads)
    # (no trigger where the lowered text holds none of its words: the scan is left out)
    if not any(word in lowered for word in _TRIGGER_WORDS):
        trigger_matches: Iterable[re.Match[str]] = ()
    elif len(lowered) == len(text):  # (each character lowered to one: the places of both texts are the same)
        trigger_matches = matches_tried_at(_TRIGGER, text, sorted(places_of(lowered, _TRIGGER_OPENINGS)))
    else:
        trigger_matches = _TRIGGER.finditer(text)
    for m in trigger_matches:
        triggers.append(m.start())
        window = text[max(0, m.start() - 30) : m.start()]
        if (
            _GENERIC_BEFORE.search(window)
            and not (text[m.start()] in "DC" and _YEAR_BEFORE.search(window))
            and not _DATE_BEFORE.search(window)
            and not _named_subproject(window, text, m.end())
        ):
            continue
        if window.endswith("với ") and _LINKED_TO_BEFORE.search(window):
            continue  # "(tiếp nối với Dự án X)": the project a road reaches, no news of it
        if _another_name_before(text, m.start()):
            continue  # "dự án A (trước đây là dự án B)": the project's former name, no second project
        if window[-9:].lower() == "xây dựng " and _AGENCY_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            # "Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp ...": an agency (in capitals too, on a
            # report's header: "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÔNG TRÌNH GIAO THÔNG")
            continue
        if _in_company_name(text, m.start()):
            continue  # "Công ty TNHH MTV Khai thác công trình thủy lợi X": the company's trade, no work of its own
        if (
            _PREDICATE_START.match(text, m.end())
            or _ADVERB_START.match(text, m.end())
            or re.search(r"\s{2,}|\n", m.group())
        ):
            continue  # "Công trình do Sở ... làm chủ đầu tư": a reference; "dự án   Expenditure": a table
        if _inside(found, m.start()):
            continue  # "dự án đầu tư xây dựng dự án mở rộng bệnh viện X": one project, written with "dự án" twice
        got = read_name(text, m.end())
        if got is None:
            continue
        got = _named_by_parent(text, got)
        a, b, name, quoted = got
        if not quoted and text[m.start()] in "dD" and _part_of_a_programme(text, name):
            continue  # "Dự án 1" of a national target programme: a part of the programme (a budget line), no work
        if text.startswith(")", b) and text[m.start() - 1 : m.start()] == "(":
            continue  # "đê bao X (dự án Bắc Nam)": the short name of the work just written, no project of its own
        component = not quoted and _is_component(name)
        ordinal = not quoted and _ORDINAL.fullmatch(name) is not None
        if not (component or ordinal or is_named(name, quoted) or _named_by_section(text, name, b)):
            continue
        if ordinal:
            name = spaced(text[m.start() : b])  # "Dự án thứ 2": the second of the projects listed
        after = _sentence_after(text, b)
        item = _ITEM_AFTER.match(text, b) if text.startswith(",", b) else None
        item_got = read_name(text, item.end()) if item is not None else None
        if item_got is not None and not is_named(item_got[2], item_got[3]):
            # "dự án X, hạng mục nhà điều hành đã hoàn thành": an item without a name of its own is named with its
            # project, one mention as written
            b, name, item_got = item_got[1], spaced(name + text[b : item_got[1]]), None
            after = _sentence_after(text, b)
        elif item_got is not None:
            # "Dự án X, hạng mục cầu Y đã hoàn thành": the verb is the named item's; the project says none
            ia, ib = item_got[0], item_got[1]
            found[ia] = _Mention(ia, ib, item_got[2], _clause_before(text, m.start()), _sentence_after(text, ib))
            after = ""
        licensed = _LICENSED_WHAT.match(text, b) if ordinal and "giấy" in after[:40] else None
        if licensed is not None:
            # "Dự án thứ 2 vừa được cấp giấy chứng nhận đăng ký đầu tư sản xuất X tại KCN Y": what is licensed
            # names the project the ordinal counts
            name, b = spaced(licensed.group("what")), licensed.end("what")
        if component:
            # "Dự án thành phần 1", named with the project it is part of when that was named before
            wholes = [v for v in found.values() if not v.part]
            parent = wholes[-1].name if wholes else named_before.get()
            # ("Dự án thành phần 2 cao tốc X ... Dự án thành phần 1 dài 57 km": the work named before was itself a
            # part; the whole is what its name says after its own part's number)
            parent = _PART_OPENING.sub("", parent, count=1) if parent else parent
            name = spaced(text[m.start() : b]) + (f" {parent}" if parent else "")
        elif not quoted and name[:1] in "tT" and _PART_OPENING.match(name):
            # "khởi công dự án thành phần 1 cao tốc X": a part named with its whole keeps its noun, as a part
            # named alone does ("Dự án thành phần 1 cao tốc X"; was "thành phần 1 cao tốc X")
            name = spaced(text[m.start() : b])
        # the evidence starts at "dự án": annotators may count the word as part of the name
        # a capitalised "Dự án" inside a sentence starts a title or line of its own
        # (but "phê duyệt chủ trương đầu tư Dự án X": a capital after a word of the sentence is its object)
        opens = text[m.start()].isupper() and not _after_lowercase_word(text, m.start())
        before = "" if opens else _clause_before(text, m.start())
        if opens:
            before = _head_of_sentence_list(text, m.start())
        if item_got is not None:
            before = ""  # "khánh thành dự án X, hạng mục cầu Y": the verb before the project is the item's too
        # "công trình A, thuộc dự án B": B is where A belongs, the verb before is A's
        parent = bool(_PARENT_BEFORE.search(text, max(0, m.start() - 20), m.start()))
        start = m.start()
        if text.endswith("Tiểu ", 0, start):
            start -= len("Tiểu ")  # "Tiểu dự án X": the mention starts at its title
        if text[start] in "cC" and _AUXILIARY_NEXT.match(text, m.end()):
            name = spaced(text[start:b])
            listed = None
            if text.endswith(", ", 0, start):
                listed = _WORK_LISTED_BEFORE.search(text, max(0, start - 40), start)
            if listed is not None:
                start, name = listed.start(1), spaced(text[listed.start(1) : b])
                before = _clause_before(text, start)
        served = _RESETTLEMENT_FOR.search(text, max(0, start - 30), start)
        if served is not None:
            # "khu tái định cư (phục vụ) dự án đường sắt X": the resettlement area is the work, named with its project
            start, name = served.start(), spaced(text[served.start() : b])
            before = _clause_before(text, start)
        if not parent and text.endswith("của ", 0, m.start()):
            part = _EVENT_OF_PART_OF.search(text, max(0, m.start() - 160), m.start())
            if part is not None:
                start = part.start("part")
                name = spaced(text[start:b])
                before = _clause_before(text, start)
        if parent:
            before = ""
            part = _EVENT_OF_PART.search(text, max(0, m.start() - 160), m.start())
            counted = _EVENT_OF_COUNTED_PART.search(text, max(0, m.start() - 80), m.start()) if part is None else None
            if counted is not None:
                # "đã bàn giao 320 căn hộ thuộc Dự án X": the verb before the count says X's event
                parent = False
                before = _clause_before(text, counted.start("count"))
            elif part is not None and _names_its_own_work(part.group("part")):
                # "khởi công cầu A thuộc Dự án B": a part with a proper name of its own is the work the verb
                # says; the project after "thuộc" is only where it belongs
                own_end = part.start("part") + len(part.group("part").rstrip())
                found[part.start("part")] = _Mention(
                    part.start("part"),
                    own_end,
                    spaced(part.group("part")),
                    _clause_before(text, part.start("part")),
                    _sentence_after(text, own_end),
                )
            elif part is not None:
                # "khởi công xây dựng hạ tầng khu tái định cư thuộc Dự án X": the part and its project, one
                # work, whose event the verb before the part says
                start, parent = part.start("part"), False
                name = spaced(text[start:b])
                before = _clause_before(text, start)
                pair = _TWO_PARTS.fullmatch(part.group("part"))
                if pair is not None:
                    # "khởi công Gói thầu số 2 và Gói thầu số 3 thuộc Dự án X": two packages, each a work of its own
                    # named with the project (the first here, the second by the mention below)
                    own = spaced(text[part.end("part") : b])
                    first_end = part.start("part") + pair.end(1)
                    found[start] = _Mention(start, first_end, f"{spaced(pair.group(1))} {own}", before, after)
                    start = part.start("part") + pair.start(2)
                    name = f"{spaced(pair.group(2))} {own}"
        found[a] = _Mention(
            start,
            b,
            name,
            before,
            after,
            needs_verb=component
            or parent
            or item_got is not None
            or bool(_DESCRIPTION_AFTER.match(after) or _MEASURE_OF.search(before) or _SITE_OF.search(before))
            or bool(_ALLOTTED_BEFORE.search(before)),
            part=component,
        )
    items = _list_items(text, triggers, lowered)
    shared_tails = _shared_trailing_events(text, items)
    for pos, head, item_end, item_start, examples, counted in items:
        if ":" in text[max(0, pos - 3) : pos] and _works_of_package(text, pos):
            continue  # "khởi công Gói thầu số 05: Xây lắp đoạn X": the package's works, read with its name
        if examples:
            head, examples = _examples_head_event(head)
        # "Trong số 11 công trình, dự án có: A; B": some of a group counted before, whose verb is said
        # there; with no verb of its own the list says no event (nor does a list of examples: "Đáng chú
        # ý có một số công trình như: A, tổng mức đầu tư ...; B")
        subset = examples or _SUBSET_HEAD.match(head) is not None
        if _MIXED_EVENTS.search(head):
            head, subset = "", True  # which item was started and which inaugurated is said elsewhere, if at all
        key = next((k for k, v in found.items() if v.start <= pos <= k), None)
        if key is not None and examples:
            continue  # "một số dự án như: Dự án X; ...": an example with its own "Dự án" reads as ever
        if key is not None:
            old = found[key]
            found[key] = _Mention(old.start, old.end, old.name, head, old.after, needs_verb=subset)
            continue
        got = read_name(text, pos)
        if item_end is not None and (got is None or got[1] > item_end) if counted else (
            got is not None and item_end is not None and got[1] > item_end
        ):
            # ("A và B": A ends at "và"; an item of a list counted one by one is the work however it is named)
            whole = text[pos:item_end].rstrip(" .")
            got = (pos, pos + len(whole), spaced(whole), False) if whole else None
        if examples and got is not None and not got[3] and not is_named(got[2], False):
            got = _whole_item(text, pos) or got
        if got is None or not (is_named(got[2], got[3]) or ((_WORK.match(got[2]) or counted) and not examples)):
            continue  # (an example must be named: "các dự án như: điện gió, ..." are kinds of projects)
        if examples and not _WORK.match(got[2]) and _FOR_MANY_WORKS.search(got[2]):
            continue  # "...; trang bị máy tính cho các trường THCS; ...": a task done for many works, none named
        a, b, name, _ = got
        after = _sentence_after(text, b) + shared_tails.get(pos, "")
        found[a] = _Mention(min(a, item_start), b, name, head, after, needs_verb=subset)
    _work_mentions(text, found)
    _kind_at_a_place_named_before(text, found, named_before)
    _reference_mentions(text, found, named_before, bool(triggers))
    _event_field_mention(text, found, named_before)
    # ("(Ảnh: Văn Trường)": a photographer's name in a picture's credit, not a work)
    mentions = [found[k] for k in sorted(found) if not _CREDIT_BEFORE.search(text, max(0, k - 40), k)]
    # works listed as damaged by a disaster are not projects (but a remedy is: "Dự án di dân khẩn cấp sự cố sạt
    # lở bờ biển khu vực X", "khắc phục sạt lở ...")
    # ("Dự án Bố trí dân cư vùng thiên tai X đang thi công; dự án cầu Y ...": the hazard a remedy's name holds is no
    # damage said of the works beside it)
    remedies = [m for m in mentions if _REMEDY_NAME.match(m.name)]
    if remedies and len(remedies) < len(mentions):
        masked = list(text)
        for m in remedies:
            masked[m.start : m.end] = " " * (m.end - m.start)
        text = "".join(masked)
    return tuple(m for m in mentions if _REMEDY_NAME.match(m.name) or not _said_damaged(text, m))


def _shared_trailing_events(text: str, items: list[tuple[int, str, int | None, int, bool, bool]]) -> dict[int, str]:
    """For a list whose head says no event and whose last item ends on one ("có 3 dự án: A; B; C đã được
    khánh thành"), the clause after the last name, keyed by the start of every earlier item: the verb after the
    last item is said of them all."""
    tails: dict[int, str] = {}
    for _, group in itertools.groupby(items, key=lambda item: item[1]):
        listed = list(group)
        if len(listed) < 2 or listed[0][4] or said_event(listed[0][1], "") is not None:
            continue
        last = read_name(text, listed[-1][0])
        if last is None:
            continue
        tail = _sentence_after(text, last[1])
        if said_event("", tail) in (None, "in_progress"):
            continue
        for item in listed[:-1]:
            tails[item[0]] = " " + tail
    return tails


# "Sau sự cố xà lan va chạm làm hư hỏng cầu X, tỉnh phê duyệt dự án xây dựng mới cầu X": the damage is the
# occasion the opening clause gives, the work after it is news of its own
_OCCASION_CLAUSE = re.compile(r"\s*Sau\s+(?:sự\s+cố|khi)\b[^,.;]*,", _I)
# ("thông xe cầu X, sau 20 tháng kể từ sự cố sập cầu": the time since the incident, the same occasion)
_OCCASION_AFTER = re.compile(r"(?<!\w)(?:sau|kể\s+từ)\s+sự\s+cố\b[^,.;]*", _I)


def _said_damaged(text: str, mention: _Mention) -> bool:
    """Does the sentence of ``mention`` list it among works a disaster or an accident damaged?"""
    start = _sentence_start(text, mention.start)
    sentence = text[start : _sentence_end(text, mention.end)]
    if not _damage_said(sentence):
        return False
    occasion = _OCCASION_CLAUSE.match(sentence)
    if occasion and start + occasion.end() <= mention.start and not _damage_said(sentence, occasion.end()):
        return False
    if "sau" not in sentence.lower():
        return True
    # ("Dự án cầu X được khởi công ngày 29/1/2025 sau sự cố sập cầu do bão số 3": the occasion said after the work,
    # the damage no more the news of the work built after it than when it opens the sentence)
    # (a work inside the occasion is the one it damaged: "Sau sự cố ... làm hư hỏng cầu X, ...")
    at = mention.start - start
    occasions = [m for m in _OCCASION_AFTER.finditer(sentence) if not m.start() <= at < m.end()]
    if not occasions:
        return True
    masked = "".join(
        sentence[a.end() if a else 0 : b.start()] + " " * (b.end() - b.start())
        for a, b in itertools.pairwise([None, *occasions])
    ) + sentence[occasions[-1].end() :]
    return _damage_said(masked)


# "xã Lóng Sập", "bản Nà Sập": a capitalised damage word after a capitalised word is part of a place's name
_NAME_WORD_BEFORE = re.compile(r"(?:^|\s)" + UPPER + r"\w*\s+$")


# "Cầu X (đạt 60%, chậm tiến độ do mưa lũ)", "vướng mắc do ảnh hưởng của bão": a hazard said as the cause of a
# delay is no damage (the damage itself is still said by its own word: "bị hư hỏng do lũ", "sập do bão")
_CAUSE_BEFORE = re.compile(r"\b(?:do|vì|bởi|ảnh\s+hưởng(?:\s+của)?)\s+(?:[^\W\d]+\s+){0,2}$", _I)
_HAZARD_ONLY = re.compile(r"(?:lũ|mưa\s+lớn|thiên\s+tai|bão)", _I)


@per_document(maxsize=64)  # (half the asks are for a sentence holding another mention of the same paragraph)
def _damage_said(sentence: str, pos: int = 0) -> bool:
    """Does ``sentence`` (from ``pos``) say damage, a word of a place's name or a delay's cause aside?"""
    return any(
        not (m.group()[:1].isupper() and _NAME_WORD_BEFORE.search(sentence, max(0, m.start() - 20), m.start()))
        and not (
            _HAZARD_ONLY.fullmatch(m.group()) and _CAUSE_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
        )
        for m in _DAMAGE.finditer(sentence, pos)
    )


# ("Bố trí ổn định dân cư vùng thiên tai X", "Sắp xếp dân cư vùng sạt lở Y", "Tái định cư vùng lũ": moving people
# out of a hazard's reach names the hazard, as a remedy does)
_REMEDY_NAME = re.compile(
    r"(?:di\s+dân|di\s+dời|khắc\s+phục|xử\s+lý|gia\s+cố|(?:bố\s+trí|sắp\s+xếp)(?:\s+ổn\s+định)?\s+dân\s+cư|"
    r"ổn\s+định\s+dân\s+cư|tái\s+định\s+cư)\b", _I)


# "các dự án như: ...; đê bao ngăn mặn kết hợp đường giao thông nối liền các huyện A - B - C (dự án X); ...": an
# item of a list is one name up to its end, its bracket or its comma, though a word inside would end a name
_ITEM_NAME = re.compile(r"[^\W\d_][^;(,.:\n]{3,160}(?=[;(,.]|\s*$)")


def _whole_item(text: str, pos: int) -> tuple[int, int, str, bool] | None:
    m = _ITEM_NAME.match(text, pos)
    if m is None:
        return None
    name = m.group().rstrip()
    if not is_named(name, False):
        return None
    return pos, pos + len(name), spaced(name), False


def _sentence_around(text: str, start: int, end: int) -> str:
    return text[_sentence_start(text, start) : _sentence_end(text, end)]


# "<headline> ảnh 1", "<headline> ảnh 2": a page labels its pictures with its headline and their number
# (the layout may join the label to the caption under it: "... Bản Chùn ảnh 1 Các đại biểu ...")
_PICTURE_LABEL = re.compile(r"\sảnh\s+\d{1,2}(?=$|\s+" + UPPER + ")")
# the photographer's credit closing a caption ("... cầu X ẢNH: NAM LONG", "... - Ảnh: Trần Phong")
_CAPTION = re.compile(r"(?:^|\s)(?:Ảnh|ẢNH)\s*:")


def is_photo_caption(paragraph: str) -> bool:
    """Is the paragraph a photo's caption ("Quang cảnh lễ khởi công ... Ảnh: P.D")?"""
    return _CAPTION.search(paragraph) is not None


# "nhà học 2 tầng và các hạng mục khác của Trường X": the work named just before belongs to X
_OWNER_OF_WORK = re.compile(r"\bcủa\s*$", _I)
# (or the next item's mark of a list run on in one paragraph: "... đạt 72% kế hoạch. d) Trường X: khởi công ...")
_BLOCK_START = re.compile(r"\bDự\s+án\s*:?\s*|(?<=[.;]\s)" + _LIST_ITEM_MARK, re.UNICODE)
_COLON_NEXT = re.compile(r"\s*:")


def _block_end(text: str, name_end: int) -> int | None:
    """'Dự án X: Tổng mức đầu tư ...': details of X run to the next 'Dự án' or the paragraph end."""
    if not _COLON_NEXT.match(text, name_end):
        return None
    nxt = _BLOCK_START.search(text, name_end)
    return nxt.start() if nxt else len(text)


# "Dự án X: tổng mức đầu tư 980 tỷ đồng; đã hoàn thành, đưa vào sử dụng tháng 9/2026": a clause of the name's block
# that opens on a predicate with no subject of its own says the state of the project
# ("Dự án: X; Tổng mức đầu tư: …; Tiến độ: đã hoàn thành …": the clause's label of the state before it)
_PREDICATE_OPENS = re.compile(
    r"\s*(?:" + _STATUS_LABEL + r"\s*)?(?:(?:hiện\s+nay|đến\s+nay)\s*,\s*|hiện\s+)?(?:đã|vừa|đang)\s", _I
)
_BLOCK_CLAUSES = re.compile(r";|\.\s")


def _block_state(paragraph: str, name_end: int, block: int) -> tuple[str, str] | None:
    """(event, clause) of the last clause of a name's block that opens on a predicate saying an event."""
    for clause in reversed(_BLOCK_CLAUSES.split(paragraph[paragraph.find(":", name_end) + 1 : block])):
        if not _PREDICATE_OPENS.match(clause) or _WORK.search(clause) or _TRIGGER.search(clause):
            continue  # (". Đã khởi công cầu Y": a verb of its own object, another work's event)
        if (said := said_event("", clause)) is not None:
            return said, clause
    return None


# "Công trình: Cầu X", "Tên dự án: Y": the label of a record opening its paragraph, the work's name after it
_RECORD_LABEL = re.compile(r"(?:[Tt]ên\s+)?(?:[Cc]ông\s+trình|[Dd]ự\s+án)\s*:\s*(?=" + UPPER + ")")
# "... Khởi công: tháng 4/2024. Hoàn thành: 20/11/2024.": a labelled step of a project's record opening its sentence,
# on the day or month it names (not "Dự kiến hoàn thành: 2027" nor "Thời gian hoàn thành: ...", a schedule)
_RECORD_STEP = re.compile(
    r"(?:^|[.;]\s+)((?i:khởi\s+công|khánh\s+thành|hoàn\s+thành))\s*:\s*(?:(?i:ngày|tháng)\s+)?"
    r"(?:(\d{1,2})\s*/\s*)?(\d{1,2})\s*/\s*(\d{4})(?![\d/])"
)
_RECORD_STEP_EVENTS = {"khởi": "started", "khánh": "inaugurated", "hoàn": "completed"}


def _record_steps(block: str, named: NamedEvent, year: int | None, started: bool) -> list[NamedEvent]:
    """The steps a record's labelled fields say of its work, each on its own day, none after the report's year
    (a step still ahead is its schedule) and none the work's row already says."""
    steps = []
    for m in _RECORD_STEP.finditer(block):
        event = _RECORD_STEP_EVENTS[m.group(1)[:5].lower().rstrip()]
        if (event == "started" and started) or event == named.event or (year and int(m.group(4)) > year):
            continue
        try:
            day = dt.date(int(m.group(4)), int(m.group(3)), int(m.group(2) or 1))
        except ValueError:
            continue
        steps.append(replace(named, event=event, date=day, row=True, said=True))
    return steps


def _said_again(paragraph: str, mention: _Mention, event: str, events: list[NamedEvent]) -> bool:
    """ "Dự án xây khu tái định cư X do ... , dự kiến 1 tháng nữa khu tái định cư X mới hoàn thành": the
    work named again in the sentence that already gave its row repeats the same news."""
    name = _row_name(paragraph, mention).casefold()
    if not mention.needs_verb:
        return False  # "Cầu X dự kiến hợp long ... Dự án cầu X ... khởi công": a headline the layout joined to its lead
    same = [e for e in events if e.row and e.event == event and name in e.name.casefold() and name != e.name.casefold()]
    return bool(same) and _sentence_start(paragraph, same[-1].start) == _sentence_start(paragraph, mention.start)


# "Danh mục dự án khởi công mới năm 2026", "DANH MỤC CÔNG TRÌNH MỞ MỚI": the catalogue of a plan's new starts
_CATALOGUE_OF_STARTS = re.compile(r"\bdanh\s+mục\b[^.;]{0,60}?\b(?:khởi\s+công\s+mới|mở\s+mới)\b", _I)


# "...; đồng thời khởi công B", "và đồng thời gắn biển C": a second act of the occasion the sentence dated
_AT_THE_SAME_TIME = re.compile(r"\s*(?:và\s+)?đồng\s+thời\b", _I)


def find_project_events(
    paragraph: str, last_name: str | None = None, year: int | None = None, carried: str | None = None,
    preceding: str = "",
) -> tuple[NamedEvent, ...]:
    """Project events of a paragraph; ``row`` is False for mentions that only own figures;
    ``year`` dates a day written without one ("Sáng 15/3, tỉnh khởi công ..."); ``carried``: the
    event an earlier paragraph said of a counted group (``group_event``), for a list here whose
    head says none ("Các công trình gồm: A, B"); ``preceding``: the text before the paragraph."""
    return _project_events(paragraph, last_name, year, carried, preceding)


# "... để khởi công một số công trình lớn trước ngày 20/8. Trong đó có cầu X.": one of the works the
# sentence before counted, with their event
# ("Tương tự, Trường Y có quy mô ...", "Đồng thời, Y ...": a work described like the one before, in its plan)
# ("Trong đó có 24 dự án vốn trong nước và 1 dự án vốn nước ngoài là X": the one of the group said before, named)
# "..., hoàn thành 22 công trình, trong đó có Trường A và Trạm y tế B": works picked out of the counted group right
# before ", trong đó (có)" in the same sentence take that group's verb (group 1), not an earlier clause's
_PICKED_FROM_GROUP = re.compile(
    # ("gắn biển 12 công trình, trong đó có A": the plaques of an occasion's works, their inauguration)
    r"(?:^|[,;]\s*|\s)((?:khởi\s+công|khánh\s+thành|hoàn\s+thành|đưa\s+vào\s+sử\s+dụng|thông\s+xe|phê\s+duyệt|"
    r"gắn\s+biển)"
    r"(?:\s+(?:và\s+)?(?:mới|đưa\s+vào\s+sử\s+dụng|xây\s+dựng))*)\s+(?:được\s+)?\d+\s+(?:công\s+trình|dự\s+án)"
    r"[^.;:,]{0,60},\s*trong\s+đó\s*(?:có|gồm|là)?\s*:?\s*"
    # ("trong đó có Trường A (phường B) và Trạm y tế C": the works listed before this one are picked out too)
    r"(?:[^.;:]{1,160}?(?:,|\s+và)\s+)?(?:(?:các|những)\s+)?(?:công\s+trình\s+|dự\s+án\s+)?$",
    _I,
)
# ("... bàn giao 12 cây cầu. Tiêu biểu là cầu X", "Điển hình như Trường Y": an example of the works just counted)
# ("... cấp mới 6 dự án FDI. Một số dự án lớn như: A (95 triệu USD); B ...": examples of the works just counted too)
_AMONG_THEM = re.compile(r"\s*(?:Trong\s+đó\s*,?\s*(?:có|gồm|là)(?:\s+[^.;:]{1,100}?\s+(?:là|như))?|Tương\s+tự\s*,|"
                         r"Đồng\s+thời\s*,|(?:Tiêu\s+biểu|Điển\s+hình|Nổi\s+bật)\s+(?:là|như)\s*:?|"
                         r"(?:Một\s+số|Các|Những)\s+(?:dự\s+án|công\s+trình)\b[^.;:]{0,60}?\s+như\s*:?)\s*", _I)


# "UBND tỉnh vừa phê duyệt đầu tư xây dựng 22 phòng học ... Theo đó, đầu tư xây dựng công trình X với tổng mức
# đầu tư ...": the works the approval details are approved, their "đầu tư xây dựng" is what was approved
_DETAILS_BEFORE = re.compile(r"\s*(?:Theo\s+đó|Cụ\s+thể)\s*,", _I)


# "UBND tỉnh vừa cấp giấy chứng nhận đầu tư cho 2 dự án. Đó là dự án X ...": the works the sentence before
# counted, named; their event is that sentence's (in this paragraph or the one before)
_THOSE_ARE = re.compile(r"Đó\s+là\s+(?:các\s+|những\s+)?$", _I)


def _event_of_last_sentence(preceding: str) -> str | None:
    last = preceding.rstrip()
    return said_event(last[_sentence_start(last, max(0, len(last) - 2)) :], "") if last else None


# "trao giấy chứng nhận đăng ký đầu tư cho 3 dự án ... Trong đó, dự án A có vốn 120 triệu USD; dự án B ...": the
# works picked out of a counted group right after "Trong đó," (no verb of their own) are the group's, its event
# theirs; without a count before, "Trong đó, dự án A ..." picks out of no group and keeps no event
# ("cấp giấy chứng nhận đăng ký đầu tư cho 5 dự án FDI ... Đáng chú ý là dự án A với vốn 250 triệu USD": a work
# singled out of the group, as after "Trong đó,")
# ("Trong đó, đáng chú ý có dự án X ...", "Đáng chú ý có dự án Y": the one singled out, with "có" as with "là")
# ("Trong đó, lớn nhất là dự án X", "Lớn nhất là dự án Y": the largest of the group, singled out the same)
_AMONG_COUNTED = re.compile(
    r"\s*(?:Trong\s+(?:đó|số\s+(?:này|đó))\s*,(?:\s*(?:đáng\s+chú\s+ý|nổi\s+bật|điển\s+hình|lớn\s+nhất)\s*(?:là|có))?|"
    r"(?:Đáng\s+chú\s+ý|Nổi\s+bật|Điển\s+hình|Lớn\s+nhất)\s*(?:,|là|có|nhất\s+là))\s*",
    _I,
)

# "... khởi công các công trình.", "... cho các dự án trọng điểm:": a sentence ending on the works in the plural, the
# group a next sentence's "Trong đó," picks from
_PLURAL_GROUP_ENDS = re.compile(
    r"\b(?:các|những)\s+(?:dự\s+án|công\s+trình)(?:\s+(?!(?:của|tại|ở|trên|như|này|khác)\b)[^\W\d]+){0,3}\s*[.:]?\s*$",
    _I,
)


def _counted_group_event_before(paragraph: str, start: int, preceding: str = "") -> tuple[str | None, str]:
    """The event the sentence before the mention's says of a counted group ("khởi công 5 dự án"), else None; and
    that sentence (its day is the works' too). A mention whose sentence opens the paragraph takes the last sentence
    of ``preceding`` (the text before the paragraph), when given: "... trao Giấy chứng nhận đăng ký đầu tư cho 3 dự
    án." then a paragraph opening "Trong đó, dự án A ...")."""
    own = _sentence_start(paragraph, start)
    if own < 2:
        last = preceding.rstrip()
        if not last:
            return None, ""
        paragraph, own = last + " ", len(last) + 1
    before = paragraph[_sentence_start(paragraph, own - 2) : own]
    # ("khởi công 15 công trình; khánh thành 9 công trình. Trong đó, cầu X ...": two groups, which one X is of is
    # not said)
    groups = sum(1 for _ in itertools.islice(_GROUP_EVENT.finditer(before), 2))
    if not groups and ("các" in before or "những" in before) and _PLURAL_GROUP_ENDS.search(before):
        # ("trao quyết định chủ trương đầu tư cho các dự án. Trong đó, Dự án A ...": the works the sentence ended on,
        # uncounted, which the next picks from; a step of theirs, not "đẩy nhanh tiến độ các dự án", an effort)
        said = said_event(before, "")
        return (said if said != "in_progress" else None), before
    return (said_event(before, "") if groups == 1 else None), before


def _event_of_sentence_before(paragraph: str, start: int) -> str | None:
    own = _sentence_start(paragraph, start)
    if own < 2:
        return None
    return said_event(paragraph[_sentence_start(paragraph, own - 2) : own], "")


# "Các công trình được bố trí vốn năm 2026 gồm: A, B", "Huyện X đầu tư 9 công trình: A, B...": a list head that gives
# its works capital or investment says its own news of them; the event a group of an earlier paragraph carried
# (a "khởi công mới" list before it) is not theirs
# ("Kế hoạch đầu tư công trung hạn giai đoạn 2026-2030 gồm:": a mid-term plan's list, the capital each work is planned)
_MID_TERM_PLAN = r"đầu\s+tư\s+công\s+trung\s+hạn"
_FUNDING_HEAD = guarded(re.compile(
    r"(?:" + word_source("capital_plan") + r")|đầu\s+tư\s+(?:xây\s+dựng\s+)?\d+\s+(?:công\s+trình|dự\s+án)|"
    + _MID_TERM_PLAN,
    _I,
))


# "Tỷ lệ lấp đầy của các KCN đang hoạt động: KCN A 92%, KCN B 89%": a list head that is a rate gives each item's
# rate, its own news of them; the event a group of an earlier paragraph carried is not theirs either
_RATE_HEAD = re.compile(r"\bt[ỷỉ]\s+lệ\b", _I)


def _head_funds_its_list(paragraph: str, start: int) -> bool:
    """Whether the head before the colon of the list the work at ``start`` is an item of funds its works (or gives
    their rate)."""
    opening = _sentence_start(paragraph, start)
    colon = paragraph.rfind(":", opening, start)
    return colon >= 0 and (
        _FUNDING_HEAD.search(paragraph, opening, colon) is not None
        or _RATE_HEAD.search(paragraph, opening, colon) is not None
    )


# "- Dự án A: 500 tỷ đồng;": an item line whose clause is its amount alone
_AMOUNT_ONLY_ITEM = re.compile(
    rf"\s*:\s*(?:(?:{HEDGE_WORDS})\s+)?\d[\d.,]*\s*{_MONEY_SCALE}\s*(?:đồng|USD)?\s*[;.,]?\s*$", _I
)
_LIST_ITEM_LINE = re.compile(r"\s*(?:" + DASH_MARK + r"|[+•*])")


def _allotted_item(paragraph: str, mention: _Mention, preceding: str) -> bool:
    """Is the work an item line of a list whose head funds its works ("Phân bổ cho các dự án:", "Kế hoạch đầu tư
    công trung hạn 2026-2030:"), the item saying its amount alone ("- Dự án A: 500 tỷ đồng;")? The capital a plan
    gives a work is no news that its works are under way."""
    if not opens_item_line(paragraph, mention) or not _AMOUNT_ONLY_ITEM.match(mention.after):
        return False
    for line in reversed(preceding.rstrip().splitlines()):
        if not _LIST_ITEM_LINE.match(line):
            head = line.rstrip()
            return head.endswith(":") and _FUNDING_HEAD.search(head) is not None
    return False


def _list_head_without_verb(mention: _Mention) -> bool:
    """A list item whose head says no event ("Các công trình gồm:", "Trong số 11 công trình có:"); a
    counted head too ("Khánh thành 9 cây cầu." then "Cụ thể, 3 cây cầu gồm: A, B, C"): the group's count again,
    its works the ones whose event was said before."""
    before = mention.before.rstrip()
    # ("Tiến độ các dự án trọng điểm: Dự án X đạt 65% khối lượng": a head of the works' progress says its own news,
    # under way, not the event a group of the sentence before was counted by)
    return before.endswith(":") and not _PROGRESS_HEAD.search(before, max(0, len(before) - 90))


# "Tiến độ các dự án trọng điểm:", "Tình hình thực hiện các công trình:": a list head of the works' progress
_PROGRESS_HEAD = re.compile(
    r"\b(?:tiến\s+độ|tình\s+hình\s+(?:thực\s+hiện|triển\s+khai|thi\s+công))\b[^.;:]{0,60}:$", _I
)


# "khởi công từ tháng 5/2023 và đến nay (đã) hoàn thành (theo đúng tiến độ)": started, then finished (not
# "và hoàn thành 70% khối lượng", a share of the works, nor "và phấn đấu hoàn thành ...", an aim)
_THEN_COMPLETED = re.compile(
    # ("khởi công từ tháng 1/2023, hoàn thành và đưa vào sử dụng ...": a comma joins the second event too)
    # ("khởi công từ tháng 5/2019, sau 9 tháng thi công đã hoàn thành": the time the works took, then the second event)
    r"^[^.;]*?(?:\bvà|,)\s+(?:đến\s+nay\s+|nay\s+|"
    r"sau\s+(?:hơn\s+|gần\s+)?\S+\s+(?:ngày|tháng|năm)(?:\s+(?:thi\s+công|triển\s+khai|xây\s+dựng))?\s*,?\s+)?"
    r"(?:đã\s+)?(?:cơ\s+bản\s+)?hoàn\s+thành\b"
    rf"(?!\s+(?:(?:{HEDGE_WORDS})\s+)?\d|\s+(?:việc|công\s+tác|kế\s+hoạch|trong|vào|trước)\b)"
    # ("khởi công dự án A và hoàn thành dự án B": the second verb takes a work of its own)
    r"(?!\s+(?:xây\s+dựng\s+)?(?:dự\s+án|công\s+trình|" + _WORK_NOUN + r")\s)",
    _I,
)


# "khởi công khu tái định cư phục vụ giải phóng mặt bằng Dự án đường sắt X", "để phục vụ Dự án X": the project a
# work is built for; the clause's event is the work's, not the project's it serves
_SERVED_BEFORE = guarded(re.compile(
    r"\bphục\s+vụ\s+(?:cho\s+)?(?:(?:việc\s+|công\s+tác\s+)?(?:giải\s+phóng\s+mặt\s+bằng|thi\s+công|xây\s+dựng)\s+"
    r"(?:cho\s+|của\s+)?)?$",
    _I,
))


# "UBND tỉnh không chấp thuận chủ trương đầu tư dự án X", "từ chối phê duyệt dự án X": a refusal; the work
# gets no approval and is not under way either, so its name makes no event row
# "Tỉnh đề nghị Bộ Giao thông vận tải cho lập dự án đầu tư xây dựng cầu X": a work asked for, not yet under way.
_ASKED_FOR_BEFORE = re.compile(
    r"\b(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất|xin)\b[^.;:!?\n]{0,60}?\bcho\s+(?:lập|đầu\s+tư|xây\s+dựng|triển\s+khai)\b"
    r"[^.;:!?\n]{0,40}$",
    _I,
)
# "ký kết biên bản ghi nhớ với Tập đoàn A về dự án X với vốn 10 tỷ USD", "ký thỏa thuận hợp tác đầu tư dự án Y": a
# memorandum or an agreement signed at a promotion conference is an intent, no approval and no works under way; the
# money said of the work is still its own
_MEMORANDUM_BEFORE = re.compile(r"\bký(?:\s+kết)?\s+(?:[^.;:!?\n]{0,40}?\s)?(?:ghi\s+nhớ|thỏa\s+thuận|MOU)\b", _I)
# "được xây dựng từ nguồn vốn Dự án X của ngân hàng Y": a programme named as where the money came from is a
# source, no work of its own (its news is the work it paid for)
_SOURCE_OF_FUNDS_BEFORE = re.compile(r"\b(?:từ|bằng)\s+(?:nguồn\s+)?vốn\s+(?:của\s+)?$", _I)


_REFUSED_BEFORE = guarded(re.compile(
    r"(?:\bkhông\s+(?:chấp\s+thuận|phê\s+duyệt|đồng\s+ý)|\btừ\s+chối(?:\s+(?:chấp\s+thuận|phê\s+duyệt))?)"
    r"[^.;:!?\n]{0,40}$",
    _I,
))
# "UBND tỉnh thu hồi giấy chứng nhận đăng ký đầu tư đối với Dự án X", "chấm dứt hoạt động Dự án Y", "Dự án Z bị thu
# hồi chủ trương": the investment withdrawn or ended (data/words/project_withdrawals.csv), an event the contract has
# no kind for, and never works under way; the verb and its object may take 60 characters before the name
# ("Tỉnh kêu gọi đầu tư Dự án X": offered to investors, data/words/investment_calls.csv, no event the contract has
# either, and no works under way; "Dự án Y được đề xuất điều chỉnh ...": a change asked for,
# data/words/project_proposals.csv, no event either)
_WITHDRAWAL = "|".join(word_source(t) for t in ("project_withdrawals", "investment_calls", "project_proposals"))
_WITHDRAWN_BEFORE = guarded(re.compile(r"\b(?:" + _WITHDRAWAL + r")[^.;:!?\n]{0,60}$", _I))
# ("Dự án X đã được UBND tỉnh thu hồi chủ trương", "bị Sở Kế hoạch và Đầu tư chấm dứt ...": the body that did it
# between, in a few words)
_WITHDRAWN_AFTER = re.compile(
    r"\s*,?\s*(?:(?:đã|vừa|cũng)\s+)?(?:(?:bị|được)\s+(?:[^\W\d]+\s+){0,6}?)?(?:" + _WITHDRAWAL + r")", _I
)
# (the words' cheap test: no withdrawal word in the paragraph, no look at each name's clauses)
_WITHDRAWAL_SCAN = lowered_literal_scan(re.compile(_WITHDRAWAL, _I))


_WITHDRAWN = re.compile(_WITHDRAWAL, _I)
# "chấm dứt hoạt động 5 dự án chậm tiến độ với tổng vốn đăng ký 1.250 tỷ đồng, gồm: A; B; C": the items of a list whose
# head withdraws the group counted are withdrawn, however long the head
_WITHDRAWN_GROUP_HEAD = re.compile(
    r"\b(?:" + _WITHDRAWAL + r")\s+(?:[^\W\d]+\s+){0,3}?\d+\s+(?:dự\s+án|công\s+trình)\b"
    r"(?:[^.;:!?\n]|(?<=\d)[.,](?=\d)){0,160}:\s*$",
    _I,
)


def _one_of_a_group_withdrawn(paragraph: str, mention: _Mention) -> bool:
    """"thu hồi chủ trương đầu tư 4 dự án chậm tiến độ. Trong đó có dự án X ...": a work picked from a group the
    sentence before withdrew is withdrawn too."""
    if not (_AMONG_THEM.fullmatch(mention.before) or _AMONG_COUNTED.fullmatch(mention.before)):
        return False
    own = _sentence_start(paragraph, mention.start)
    return own >= 2 and _WITHDRAWN.search(paragraph, _sentence_start(paragraph, own - 2), own) is not None


# "Cụm công nghiệp X được UBND tỉnh quyết định thành lập", "Quyết định về việc thành lập Khu công nghiệp Y": a
# cluster, park or zone (data/words/founded_works.csv) is founded by the decision that approves its project, so its
# founding said right before or right after its name is its approval (not a school or a company founded: their
# founding is their history, no news of a work; not "đề nghị thành lập", "dự kiến thành lập": asked or ahead)
_FOUNDED_KIND = re.compile(r"(?:" + word_source("founded_works") + r")\s", _I)

# ("thành lập Cụm công nghiệp X", "quyết định thành lập mới KCN Y": the founding said right before the name)
_FOUNDED_BEFORE = re.compile(r"(?<!\w)(?:quyết\s+định\s+)?thành\s+lập\s+(?:mới\s+)?$", _I)

# ("CCN X đã được UBND tỉnh (ra) quyết định thành lập": right after it, its agent in at most 40 characters between;
# not "... được thành lập Ban quản lý", a body founded for it)
_FOUNDED_AFTER = re.compile(
    r"\s*,?\s*(?:(?:đã|vừa|mới|chính\s+thức)\s+)*được\s+(?:[^\d.,;:!?\n]{1,40}?\s)?(?:ra\s+)?(?:quyết\s+định\s+)?"
    r"thành\s+lập\b(?!\s+(?:ban|hội\s+đồng|tổ|đoàn|công\s+ty|hợp\s+tác\s+xã)\b)",
    _I,
)


def _founded(name: str, before: str, after: str) -> bool:
    """The cluster or park ``name`` is founded by the verb right before or right after it (``_FOUNDED_KIND``)."""
    if not _FOUNDED_KIND.match(name):
        return False
    if "lập" in after[:70] and _FOUNDED_AFTER.match(after):
        return True
    m = _FOUNDED_BEFORE.search(before[-40:]) if "lập" in before[-12:] else None
    if m is None:
        return False
    at = len(before) - len(before[-40:]) + m.start()
    return not (_FUTURE_BEFORE.search(before[:at]) or _asked_for(before, at) or _NOT_YET.search(before[:at]))


# "Việc mở rộng nhà máy X sẽ tạo thêm việc làm": the work inside a topic ("việc" and its verb) a comment is made on,
# no news of the work (without an event verb of its own)
_TOPIC_BEFORE = re.compile(r"(?<!\w)[Vv]iệc\s+(?:\w+\s+){1,3}$")
# "Dự án X được xây dựng tại xã Y, trên diện tích 8 ha": where the work stands, a description with no event
_SITE_AFTER = re.compile(r"\s*(?:được\s+)?(?:đầu\s+tư\s+)?xây\s+dựng\s+(?:tại|ở|trên)\s", _I)
# "Riêng dự án X giải ngân 410 tỷ đồng", "dự án Y đã giải ngân được 80%": the work's clause opens on the money it
# disbursed, a figure of the work (funding) with no event said of it ("giải ngân đạt 310 tỷ đồng": the same money
# with the verb of reaching)
_DISBURSED_NEXT = re.compile(
    rf"\s*,?\s*(?:(?:đã|mới|chỉ|cũng)\s+)*giải\s+ngân\s+(?:(?:được|vốn|đạt|(?:{HEDGE_WORDS}))\s+)*\d", _I
)
# "Dự án X (vẫn/hiện) chưa khởi công", "... chưa được phê duyệt chủ trương": a step before the works denied, the project
# is not under way, no row of its own (its figures still its own); "chưa hoàn thành" is works going on, under way
_NOT_BEGUN_NEXT = re.compile(
    r"\s*(?:(?:vẫn|hiện|còn|đến\s+nay|hiện\s+nay|nay)\s+){0,2}chưa\s+(?:(?:được|thể|kịp)\s+)?"
    r"(?:khởi\s+công|động\s+thổ|phê\s+duyệt|chấp\s+thuận|chấp\s+nhận|cấp|thống\s+nhất|triển\s+khai|thi\s+công)\b",
    _I,
)


def _approval_detailed(paragraph: str, start: int, preceding: str) -> bool:
    """Does the mention's sentence open with "Theo đó," after a sentence (in this paragraph or the one
    before) that said an approval?"""
    own = _sentence_start(paragraph, start)
    if not _DETAILS_BEFORE.match(paragraph, own):
        return False
    if own >= 2:
        return _event_of_sentence_before(paragraph, start) == "approved"
    last = preceding.rstrip()
    return bool(last) and said_event(last[_sentence_start(last, max(0, len(last) - 2)) :], "") == "approved"


# "Các công trình chuyển tiếp: A (giải ngân 8,2/12 tỷ đồng), B (đã hoàn thành), C (đạt 75% khối lượng)": a work
# whose bracket says its own state (a verb or a figure), then a comma and the next item, has its news in that
# bracket; the verbs after it are the next items' (not "cầu A (huyện X), cầu B (huyện Y) đã khánh thành": places
# in the brackets, the verb after them said of all)
_OWN_STATUS_BRACKET = re.compile(
    r"\s*\(((?=[^()]*?(?:\d|\b(?:đã|đang|đạt|chưa|giải\s+ngân|hoàn\s+thành|khởi\s+công)\b))[^()]*)\)\s*[,;]", _I
)
# "A (tổng mức đầu tư 1.800 tỷ đồng), B (TMĐT 600 tỷ đồng) đã được phê duyệt chủ trương đầu tư": a bracket giving
# only the work's price or size describes it, no news of its own; the verb after the list, outside the next items'
# brackets, is said of it too (the state in another item's bracket stays that item's)
# ("A (45 tỷ đồng), B (6,2 tỷ đồng) và C (30 tỷ đồng) đang thi công": the amount alone in the bracket, its price too)
_PRICE_ONLY_BRACKET = re.compile(
    r"\s*(?:(?:tổng\s+mức\s+đầu\s+tư|TMĐT|(?:tổng\s+)?(?:vốn|kinh\s+phí)(?:\s+đầu\s+tư)?|quy\s+mô|dài)\b"
    r"(?![^()]*\b(?:đã|đang|đạt|chưa|giải\s+ngân|hoàn\s+thành|khởi\s+công)\b)[^()]*"
    rf"|(?:(?:khoảng|gần|hơn|trên)\s+)?\d[\d.,]*\s*{_MONEY_SCALE}\s*(?:đồng|USD)?\s*)",
    _I,
)
_BRACKETED = re.compile(r"\s*\([^()]*\)")


# "phê duyệt chủ trương đầu tư dự án A với tổng mức đầu tư ...; dự án B với ...; dự án C ...": a verb before the
# first of works listed between semicolons governs every item, each opening right after its semicolon on its own
# "dự án" or work noun ("; và dự án C" too); the clause before an item is cut at its semicolon, so the verb is
# carried along the list (an item with a verb of its own keeps it: "phê duyệt dự án A; khởi công dự án B")
_NEXT_ITEM_BEFORE = re.compile(r";\s*(?:và\s+)?$", _I)


def _next_list_item(paragraph: str, start: int, previous: NamedEvent) -> bool:
    """Does the mention at ``start`` open the item right after ``previous``'s, in its sentence, after a semicolon?"""
    return (
        _NEXT_ITEM_BEFORE.search(paragraph, max(0, start - 12), start) is not None
        and paragraph.count(";", previous.end, start) == 1
        and _sentence_start(paragraph, previous.start) == _sentence_start(paragraph, start)
    )


# "Dự án A (...); Dự án B (...) và Dự án C (...)": only the item's bracket and "và" between the work before and the
# next one, which closes the same list
# ("...; Dự án cầu B bắc qua sông Hồng (vốn ...) và Dự án C": where the work stands or what it spans may come before
# the bracket, no verb of its own)
# ("Trong đó, nổi bật là Trường A (tổng mức đầu tư ...), Đường B và Cầu C": a comma before a capital name goes on
# with the same list)
_LAST_ITEM_AFTER_AND = re.compile(
    r"(?:\s+(?:bắc\s+qua|vượt|đoạn\s+qua|tại|ở)\s+[^\W\d][^,;.:()]{1,40}?)?\s*(?:\([^()]{1,80}\)\s*)?"
    r"(,?\s*và\s+|,\s*)"
)


# "Trong đó, dự án A có vốn 280 triệu USD và dự án B có vốn 56 triệu USD", "...; dự án B với tổng vốn 150 tỷ đồng và
# dự án C ...": an item whose clause gives only its price, then "và" and the next work, closes the same list; the
# next work takes the event (and day) of the item before it, as after a bare bracket
_PRICED_ITEM_THEN_AND = re.compile(
    r"\s*(?:\([^()]{1,80}\)\s*)?(?:có|với)\s+(?:tổng\s+)?(?:mức\s+đầu\s+tư|vốn|kinh\s+phí)"
    r"(?:\s+(?:đầu\s+tư|đăng\s+ký|xây\s+dựng))?\s+"
    rf"(?:(?:là|{HEDGE_WORDS})\s+)?\d[\d.,]*\s*{_MONEY_SCALE}\s*(?:đồng|USD)?\s*,?\s+và\s+",
    _I,
)


def _next_item_of_list(paragraph: str, previous: NamedEvent, start: int) -> bool:
    """Is the mention at ``start`` the next item of the list ``previous`` is in: parted from it only by the item's
    place or bracket and "và", or by a comma before a capital name?"""
    between = _LAST_ITEM_AFTER_AND.fullmatch(paragraph, previous.end, start)
    return between is not None and ("và" in between.group(1) or paragraph[start].isupper())


def _only_planned(after: str) -> bool:
    """Does the clause after a work say no event of its own but one still ahead ("dự án B dự kiến khởi công năm
    2027")? A plan is no news: a list item saying one still takes the event the list's verb says."""
    if said_event("", after) != "in_progress":
        return False
    lowered = after.lower()
    if _PROGRESS_WORDS.search(lowered) and _PROGRESS.search(after):
        return False  # "dự án B đang thi công": works under way, its own news
    verbs = [m for _, pattern, words in _WORDED_EVENTS if words.search(lowered) and (m := pattern.search(after))]
    return bool(verbs) and all(_FUTURE_BEFORE.search(after[: m.start()]) for m in verbs)

# "khởi công 5 dự án giao thông. Dự án A đang chuẩn bị hồ sơ mời thầu", "Dự án B đến nay đã giải ngân 100 tỷ đồng":
# a work whose own clause opens on where it stands now (a step going on, a state reached by now) tells its own news;
# it is no item of the group the sentence before counted, whose event is not its
_OWN_STATE_NEXT = re.compile(
    r"\s*,?\s*(?:(?:hiện\s+(?:nay|tại)|đến\s+nay)\s*,?\s*)?(?:(?:vẫn|còn|hiện)\s+)?đang\b|"
    r"\s*,?\s*(?:hiện\s+(?:nay|tại)|đến\s+nay|tính\s+đến\s+nay)\b",
    _I,
)


def _own_state_next(after: str) -> bool:
    opening = after[:24]
    return ("đang" in opening or "nay" in opening or "tại" in opening) and _OWN_STATE_NEXT.match(after) is not None


# "Dự án X phải tạm dừng thi công", "Công trình Y bị ngừng thi công từ tháng 5", "Nhà máy Z tạm dừng triển khai", a
# list's "- Dự án T: tạm dừng thi công để ...": the works halted, no step of the contract's (not under way: FACTS.md
# has no suspended event), its money still its own
_HALTED_NEXT = re.compile(
    r"\s*[,:]?\s*(?:(?:hiện|hiện\s+nay|đến\s+nay|vẫn|đã|đang|phải|bị|buộc\s+phải)\s+){0,2}"
    r"(?:tạm\s+(?:dừng|ngừng|đình\s+chỉ)|dừng|ngừng|đình\s+chỉ)\s+(?:(?:việc|hoạt\s+động)\s+)?"
    r"(?:thi\s+công|triển\s+khai|xây\s+dựng|hoạt\s+động)\b|"
    r"\s*[,:]?\s*(?:(?:đã|phải|bị)\s+)?tạm\s+(?:dừng|ngừng)\s*(?:[.;,]|$)",
    _I,
)


@per_document(maxsize=64)  # every money figure of a paragraph asks for the same paragraph's projects
def _project_events(
    paragraph: str, last_name: str | None, year: int | None, carried: str | None = None, preceding: str = ""
) -> tuple[NamedEvent, ...]:
    events: list[NamedEvent] = []
    listed: NamedEvent | None = None  # the last work a verb before it gave its event, when a ";" list may go on
    mentions = find_mentions(paragraph, last_name)
    # (read only for a paragraph that names a work: 94 % name none, and the loop then never asks)
    withdrawals = bool(mentions) and _WITHDRAWAL_SCAN.search(paragraph.lower()) is not None
    for mention in mentions:
        governing, listed = listed, None
        if _DONOR_AFTER.match(mention.after):
            continue  # "Dự án “Nuôi em” đã trao tặng 3 phòng tin học": a charity programme giving, no work
        if _PICTURE_LABEL.search(mention.name):
            continue  # "Khánh thành cầu X ảnh 2": the label of a page's second picture repeats its headline
        if _SERVED_BEFORE.search(mention.before):
            continue  # "khởi công khu tái định cư để phục vụ Dự án X": the work served, no news of its own
        if _REFUSED_BEFORE.search(mention.before):
            continue  # "không chấp thuận chủ trương đầu tư dự án X": refused, no event of the work
        if withdrawals and (_WITHDRAWN_BEFORE.search(mention.before) or _WITHDRAWN_AFTER.match(mention.after)
                            or _one_of_a_group_withdrawn(paragraph, mention)
                            or (mention.before.rstrip().endswith(":")
                                and _WITHDRAWN_GROUP_HEAD.search(mention.before[-260:]))):
            # "thu hồi chủ trương đầu tư dự án X", "dự án Y bị chấm dứt hoạt động": withdrawn, no event; the money
            # said of it ("với tổng vốn đăng ký 320 tỷ đồng") is still the project's, not the area's investment
            name = _row_name(paragraph, mention)
            events.append(NamedEvent(mention.start, mention.end, name, "funding", None,
                                     _block_end(paragraph, mention.end), False, False, mention.part,
                                     mention.named_at))
            continue
        if "vốn" in mention.before[-20:] and _SOURCE_OF_FUNDS_BEFORE.search(mention.before):
            continue  # "từ nguồn vốn Dự án X": the programme paid, no news of a work of its own
        a, b, name = mention.start, mention.end, _row_name(paragraph, mention)
        after = mention.after
        if after[:3].lstrip().startswith("(") and (own := _OWN_STATUS_BRACKET.match(after)):
            if _PRICE_ONLY_BRACKET.fullmatch(own.group(1)):
                after = _BRACKETED.sub("", after[own.end() - 1 :])  # (its price only: the list's verb is its too)
            else:
                after = " " + own.group(1)  # "A (giải ngân 8 tỷ đồng), B (đã hoàn thành)": A's news is its bracket's
        picked = _PICKED_FROM_GROUP.search(mention.before[-400:]) if "đó" in mention.before[-200:] else None
        # ("khởi công mới 15 công trình, hoàn thành 22 công trình, trong đó có A và B": the group's verb, not the
        # sentence's first)
        said = said_event(picked.group(1) + " ", "") if picked else said_event(mention.before, after)
        if said in (None, "in_progress") and "cho" in mention.before and _ASKED_FOR_BEFORE.search(mention.before):
            continue  # "đề nghị Bộ cho lập dự án đầu tư xây dựng cầu X": asked for, no works under way yet
        if said is None and _CONDITION_CLAUSE.match(mention.after):
            continue  # "Nhà văn hóa X đưa vào sử dụng sẽ là nơi ...": what the work will serve, no event
        if said is None and _AMONG_THEM.fullmatch(mention.before):
            said = _event_of_sentence_before(paragraph, mention.start)
        # ("trao quyết định chủ trương đầu tư cho 4 dự án. Dự án A (vốn ...); Dự án B (...)": the works of the group
        # counted in the sentence before, each opening its clause with no verb of its own, as after "Trong đó,")
        among = (said is None and (not mention.before.strip() or _AMONG_COUNTED.fullmatch(mention.before) is not None)
                 and not _own_state_next(after))
        group_sentence = ""
        if among:
            # (a paragraph opening "Trong đó, dự án A" picks out of the group the paragraph before counted; one opening
            # on the work's name alone describes it, no pick)
            said, group_sentence = _counted_group_event_before(
                paragraph, a, preceding if mention.before.strip() else ""
            )
        if said is None and mention.before[:3] in ("Đó ", "đó ") and _THOSE_ARE.fullmatch(mention.before):
            said = _event_of_sentence_before(paragraph, a) or _event_of_last_sentence(preceding)
        if said == "in_progress" and _approval_detailed(paragraph, a, preceding):
            said = "approved"
        if (
            said is None
            and carried is not None
            and not _head_funds_its_list(paragraph, a)
            and not _own_state_next(after)
            and (
                _list_head_without_verb(mention)
                or _headless_item(paragraph, mention)
                or opens_item_line(paragraph, mention)
                or _example_item(paragraph, mention)
            )
        ):
            said = said_event(carried + ". " + mention.before, mention.after)
        if said is None and not among and _list_head_without_verb(mention) and not _head_funds_its_list(paragraph, a):
            # ("khánh thành, gắn biển 5 công trình chào mừng Đại hội. Các công trình gồm: A (1,8 tỷ đồng); B ...":
            # the items of a head with no verb of its own are the group the sentence before counted, its event and
            # day theirs, as when the list opens the next paragraph)
            said, group_sentence = _counted_group_event_before(paragraph, paragraph.rfind(":", 0, a))
        if said is None and _founded(name, mention.before, after):
            said = "approved"  # ("Cụm công nghiệp X được UBND tỉnh quyết định thành lập": founded, so approved)
        if said is None and year and _completed_by(mention.after, year):
            said = "completed"
        if (said is None and mention.needs_verb and ("hoàn" in after[:40] or "thông" in after[:40])
                and _PLANNED_COMPLETION_NEXT.match(after)):
            said = "in_progress"  # (a work or a reference makes a row only when its clause says an event)
        inherited = (
            governing is not None
            and (said is None or _only_planned(mention.after))
            and _next_list_item(paragraph, a, governing)
        )
        joined_to = None
        if inherited:
            said = governing.event  # "phê duyệt dự án A ...; dự án B ...": the list's verb is B's too
        elif (
            said is None
            and events
            and events[-1].said
            and _next_item_of_list(paragraph, events[-1], a)
            and _sentence_start(paragraph, events[-1].start) == _sentence_start(paragraph, a)
        ):
            said, joined_to = events[-1].event, events[-1]  # "...; Dự án C (350 tỷ đồng) và Dự án D (...)": the
            # list's last item, its verb
        elif (
            said is None
            and events
            and events[-1].said
            and _PRICED_ITEM_THEN_AND.fullmatch(paragraph, events[-1].end, a)
            and _sentence_start(paragraph, events[-1].start) == _sentence_start(paragraph, a)
        ):
            said, joined_to = events[-1].event, events[-1]
        if said == "started" and "anh mục" in (head_words := (carried or "") + paragraph[max(0, a - 200) : a]) and (
            _CATALOGUE_OF_STARTS.search(head_words)
        ):
            # ("Phụ lục III: Danh mục công trình khởi công mới năm 2026:" then its items: a plan's catalogue of the
            # works to start, still to come as any start ahead is)
            said = "in_progress"
        block = _block_end(paragraph, b)
        if block is None and _ITEM_LINE_LEAD.fullmatch(paragraph, 0, a) and _RECORD_LABEL.match(paragraph, a):
            # ("Công trình: Cầu treo X. Chủ đầu tư: ... Khởi công: tháng 4/2024.": a record written as sentences
            # in one paragraph, its labelled fields the work's to the paragraph's end; "2. Dự án: Y; …" numbered)
            nxt = _BLOCK_START.search(paragraph, b)
            block = nxt.start() if nxt else len(paragraph)
        block_clause = ""
        if said is None and block is not None and (state := _block_state(paragraph, b, block)) is not None:
            said, block_clause = state
        event = said or "in_progress"
        # (a photo's caption under a passage that named the work repeats its news: "Lễ khánh thành cầu X -
        # Ảnh: Y" is no row of its own)
        repeated = _CAPTION.search(mention.after) is not None and any(e.name == name for e in events)
        row = not mention.figures_only and (said is not None or not mention.needs_verb) and not repeated
        if row and said is None and "iệc" in mention.before[-30:] and _TOPIC_BEFORE.search(mention.before):
            row = False
        if row and said is None and "xây" in mention.after[:30] and _SITE_AFTER.match(mention.after):
            row = False
        if row and said is None and _allotted_item(paragraph, mention, preceding):
            # "Phân bổ cho các dự án:" then "- Dự án A: 500 tỷ đồng;": its planned capital only, no event (and no
            # block of a work's details, whose figures would read as works under way)
            event, row, block = "funding", False, None
        if row and said is None and "giải" in mention.after[:24] and _DISBURSED_NEXT.match(mention.after):
            row = False  # "Riêng dự án X giải ngân 410 tỷ đồng": its money only, no event said of it
        if (row and (said is None or (said == "in_progress" and "đang" not in mention.after))
                and "chưa" in mention.after[:30] and _NOT_BEGUN_NEXT.match(mention.after)):
            row = False  # ("chưa triển khai thi công": the works' word denied too; "..., đang thi công" goes on)
        halt_words = mention.after[:30]
        if (
            row
            and said in (None, "in_progress")
            and ("dừng" in halt_words or "ngừng" in halt_words or "đình chỉ" in halt_words)
            and _HALTED_NEXT.match(mention.after)
        ):
            row = False  # "Dự án X phải tạm dừng thi công": halted, not under way
        if row and said is None and ("ghi nhớ" in mention.before or "thỏa thuận" in mention.before or "MOU" in
                                     mention.before) and _MEMORANDUM_BEFORE.search(mention.before):
            row = False
        if row and events and _OWNER_OF_WORK.search(mention.before) and "." not in paragraph[events[-1].end : a]:
            row = False  # "khởi công nhà học 2 tầng của Trường X": the school owns the work, no work of its own
        if row and events:
            row = not _said_again(paragraph, mention, event, events)
        date = _date_for(event, mention.before, mention.after, year)
        if date is None and block_clause:
            date = _date_for(event, "", block_clause, year)
        if date is None and said is not None and events and _same_sentence_list(paragraph, events[-1], a, event):
            date = events[-1].date  # "khởi công sáng 28/9 gồm A; B; C": the items share the day said before them
        if (
            date is None
            and said is not None
            and events
            and events[-1].date is not None
            and "ồng" in mention.before[:12]
            and _AT_THE_SAME_TIME.match(mention.before)
            and _sentences_apart(paragraph, events[-1].start, a) <= 1
        ):
            # "Ngày 14/3, xã khánh thành A; đồng thời khởi công B": the same day's second act; also when "Đồng thời"
            # opens the next sentence ("Ngày 2/9, tỉnh khởi công A. Đồng thời khởi công B"), the sentence before's day
            date = events[-1].date
        if (
            date is None
            and said is not None
            and said != "in_progress"
            and "đồng" in mention.before[:12]
            and _AT_THE_SAME_TIME.match(mention.before)
        ):
            # ("Ngày 10/1/2027, xã bàn giao 50 căn nhà ...; đồng thời khởi công cầu B": the day the sentence opened on,
            # whatever the first act was of)
            date = _date_for(said, paragraph[_sentence_start(paragraph, a) : a], "", year)
        if date is None and governing is not None and (
            inherited or (governing.event == event and _next_list_item(paragraph, a, governing))
        ):
            # (the day of the list's verb is every item's; also when the item's event came from a group counted
            # before, the same event as the list's: "Bắc Ninh chấp thuận chủ trương đầu tư 3 dự án" over "Ngày
            # 10/3, ... chấp thuận chủ trương đầu tư dự án A ...; dự án B ...")
            date = governing.date
        if date is None and joined_to is not None:
            date = joined_to.date
        if date is None and said is not None and group_sentence:
            date = _date_for(event, group_sentence, "", year)  # ("Ngày 5/10, trao ... cho 3 dự án. Trong đó, A")
        if (
            row
            and mention.named_at is not None
            and any(
                e.start == mention.named_at
                and e.row
                and (
                    (e.event == event and (event == "in_progress" or date is None or date == e.date))
                    or (event == "in_progress" and e.event == "approved" and _only_planned(mention.after))
                )
                for e in events
            )
        ):
            # ("Khánh thành cầu X. Cầu đã được khánh thành và đưa vào sử dụng": the event said again, one row; not
            # "Năm 2024, khởi công cầu X. Cầu khởi công ngày 3/5/2024": its day said, the row that has it)
            # ("Dự án X: TMĐT ...; ... Dự án đang thi công": the work's row is under way already)
            # ("trao giấy chứng nhận đăng ký đầu tư cho dự án X ... Dự án dự kiến đi vào hoạt động năm 2023": the plan
            # of the work just licensed, no works under way)
            row = False
        if date is None and said == "approved" and mention.named_at is not None and row:
            story = next((e for e in events if e.start == mention.named_at and e.said), None)
            if story is not None and story.event in _FINISHING_EVENTS:
                # ("Ngày 12/9, tỉnh bàn giao trường X. Công trình có tổng vốn 185 tỷ đồng, được phê duyệt chủ trương
                # đầu tư năm 2022": the approval of a work the story finishes is its history said in passing, no news
                # of its own and no event of its money; not one said with its day, a step of its own; a start said
                # again stays a row, "Chợ được khởi công năm 2022")
                event, row = story.event, False
        history = _dated_history(mention.after) if row and said is not None else []
        if len(history) >= 2:
            # "X được phê duyệt chủ trương ngày D1, khởi công ngày D2": each step of the work, on its own day
            events.extend(NamedEvent(a, b, name, step, day, block, row, True, mention.part, mention.named_at)
                          for step, day in history)
            continue
        events.append(
            NamedEvent(
                a,
                b,
                name,
                event,
                date,
                block,
                row,
                said is not None,
                mention.part,
                mention.named_at,
            )
        )
        # (a ";" after the work may open the next item of its verb's list: the verb said before it, not after)
        if (
            said not in (None, "in_progress")
            and paragraph.find(";", b) >= 0
            and (inherited or among or said_event(mention.before, "") == said)
        ):
            listed = events[-1]
        if said == "started" and row and (done := _THEN_COMPLETED.search(mention.after)):
            # "Dự án khởi công từ tháng 5/2023 và đến nay đã hoàn thành": a second event of the same work
            # (its day is said after its own verb: "... và hoàn thành tháng 9/2024")
            day = _date_for("completed", "", mention.after[done.end() :], year)
            events.append(NamedEvent(a, b, name, "completed", day, block, row, True, mention.part, mention.named_at))
        if block is not None:
            start = re.search(
                r"[Kk]hởi\s+công\s*:?\s*(?:[Nn]gày\s+)?" + captured(day_month_year(DIGITS, DIGITS, ANY_YEAR)),
                paragraph[b:block],
            )
            if start and event != "started":
                events.append(NamedEvent(a, b, name, "started", read_date(start.group(1)), block))
            if ":" in paragraph[b:block]:
                events.extend(_record_steps(paragraph[b:block], events[-1], year, bool(start)))
    if len(events) >= 2 and _PLURAL_WORKS_WORDS.search(paragraph):
        events = _told_of_together(paragraph, events, year)
    return tuple(events)


# "xây dựng mới Trường A và nâng cấp Trạm y tế B. Các công trình đều đã hoàn thành, bàn giao đưa vào sử dụng": a
# sentence that opens on the works in the plural ("Các/Những/Hai công trình (trên/này)", "Cả hai dự án") speaks of
# the works the sentence right before named; the event it says of them done (not a share of the works, nor one still
# to come: under way, as they already read) is theirs, in place of the works under way they read as before
_PLURAL_WORKS = re.compile(
    r"(?:^|(?<=[.!?…]\s))(?:Cả\s+(?:hai|ba|bốn|\d+)|Các|Những|Hai|Ba|Bốn|\d+)\s+(?:công\s+trình|dự\s+án)"
    r"(?:\s+(?:này|trên|nói\s+trên|nêu\s+trên|kể\s+trên))?(?=\s+(?:đều|đã|vừa|được|cùng)\b)"
)
_PLURAL_WORKS_WORDS = re.compile(r"(?:^|[.!?…]\s)(?:Cả|Các|Những|Hai|Ba|Bốn|\d)")


def _told_of_together(paragraph: str, events: list[NamedEvent], year: int | None) -> list[NamedEvent]:
    """The works of a sentence with the event a plural sentence right after it says of them all."""
    for m in _PLURAL_WORKS.finditer(paragraph):
        if m.start() < 2:
            continue
        said = said_event("", _sentence_after(paragraph, m.end()))
        if said in (None, "in_progress"):
            continue
        opening = _sentence_start(paragraph, m.start() - 2)
        named = [i for i, e in enumerate(events) if opening <= e.start < m.start() and not e.part]
        if len({events[i].name for i in named}) < 2 or any(events[i].event != "in_progress" for i in named):
            continue
        day = _date_for(said, "", _sentence_after(paragraph, m.end()), year)
        for i in named:
            events[i] = replace(events[i], event=said, date=day, row=events[i].row or not events[i].said, said=True)
    return events


# "... phê duyệt chủ trương đầu tư ngày 22/3/2021, khởi công ngày 20/12/2023": a step of a work's history and its
# day (a few words of what was approved between), the steps parted by commas, the first right after the name
# ("khởi công tháng 12/2023, thông xe ngày 15/8/2025": a step said by its month, on the month's first day, as a
# month alone dates an event)
_STEP_DAY = re.compile(
    # ("khởi công năm 2022 và hoàn thành tháng 9/2024": a step's own year, or "và" and the next step, ends its reach)
    r"(?:(?!\s+và\s|(?:19|20)\d\d)[^,;.]){0,30}?\b(?:vào\s+)?(?:ngày\s+(\d{1,2}/\d{1,2}/(?:19|20)\d\d)|(?:từ\s+)?tháng\s+(\d{1,2})/((?:19|20)\d\d))\b"
)
_HISTORY_REACH = 50
_FINISHING_EVENTS = ("completed", "inaugurated")
# ("khởi công tháng 12/2023, thông xe ngày 15/8/2025": opened to traffic, a step of its own; its event words are read
# apart from data/words/project_events.csv, said_event's _OPENED_AFTER)
_OPENED_STEP = re.compile(r"(?<!\w)thông\s+xe\b(?!\s+(?:trở\s+lại|kỹ\s+thuật))", _I)


def _dated_history(after: str) -> list[tuple[str, dt.date]]:
    """The steps of a work's history told right after its name, each with its day, in order."""
    steps: dict[int, tuple[str, dt.date]] = {}
    for event, pattern in itertools.chain(_EVENTS, (("completed", _OPENED_STEP),)):
        for m in pattern.finditer(after):
            day = _STEP_DAY.match(after, m.end())
            if day is None or m.start() in steps:
                continue
            if day.group(1) is not None:
                parsed = read_date(day.group(1))
            else:
                parsed = dt.date(int(day.group(3)), int(day.group(2)), 1) if 1 <= int(day.group(2)) <= 12 else None
            if parsed is not None:
                steps[m.start()] = (event, parsed)
    ordered = [steps[at] for at in sorted(steps)]
    if not ordered or min(steps) > _HISTORY_REACH or len({event for event, _ in ordered}) < len(ordered):
        return []
    return ordered


# "A; B (vị trí V3-3); C", "A, B và C": what parts two items of a list (a remark in brackets may close an item)
_LIST_SEPARATOR = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*[;,]\s*(?:và\s+)?")


def _same_sentence_list(paragraph: str, previous: NamedEvent, start: int, event: str) -> bool:
    """Is the mention at ``start`` the next item, in the same sentence, of a list whose last item is ``previous``
    (of the same event, parted from it only by a separator)?"""
    between = paragraph[previous.end : start]
    return previous.event == event and previous.date is not None and _LIST_SEPARATOR.fullmatch(between) is not None


@per_document(maxsize=64)
def last_project_name(text: str, kind: str | None = None) -> str | None:
    """The project named last in ``text`` (what "dự án này" later refers to), by the name its event row has (the
    place after "tại" left out: "Trường X tại phường Y" then "Tổng vốn đầu tư ..." are one work's); with ``kind``
    (a paragraph opening on a work's kind alone: "Cầu có ...", "Nhà máy có ..."), the last work of that kind, not
    the project named after it ("khánh thành cầu X thuộc Dự án Y." then "Cầu dài 2 km, tổng vốn ...": the bridge's)."""
    wholes = _outermost([m for m in find_mentions(text) if not m.part])
    if not wholes:
        return None
    if kind is not None:
        folded = _kind_without_classifier(" ".join(kind.split()).casefold())
        for mention in reversed(wholes):
            name = _row_name(text, mention)
            own = _without_plant_unit(name)
            if own.casefold().startswith(folded):
                return own
    return _row_name(text, wholes[-1])


# (guarded, as the money words below: their phrasings open on a case-insensitive letter or \b, which the engine
# would try at every character of a figure's sentence; the guarded form skips to the letters they open with and
# finds the same matches, scanning.py; the owner rules of the corpus's 12,577 money figures ~10 % faster)
_TOTAL = guarded(word_pattern("total_investment", _I))
_DISBURSED = re.compile(r"giải\s+ngân", _I)
_PLAN = guarded(word_pattern("capital_plan", _I))
# "giải ngân (vốn) kế hoạch vốn ...": a capital plan right after the verb of disbursement is its object
_DISBURSING = re.compile(r"giải\s+ngân\s+(?:(?:nguồn\s+)?vốn\s+)?$", _I)
# A counted group of projects ("9 dự án y tế", "4 dự án ... đã hoàn thành"): its money is the
# projects' when it is their investment or when the group is news of its own (an event).
# what a count of works is written with: "4 dự án", "3 bệnh viện vệ tinh", "24 cây cầu nông thôn"
# (the nouns grouped by letters: the same matches as ``(?:dự\s+án|công\s+trình|cây\s+cầu|<work nouns>)``)
# ("05 dự án khởi công mới năm 2026": the year the words end on is theirs, not cut off from its "năm")
_GROUP_KIND = (
    _caseless_alternation([r"dự\s+án", r"công\s+trình", r"cây\s+cầu", *_WORK_NOUN_SOURCES])
    + r"\b[^\d,.;:()]{0,40}(?![^\W\d])(?:(?<=năm\s)(?:19|20)\d\d\b)?"
)
# (a count in words too: "Sáu cầu gồm A, B ... với vốn đầu tư hơn 178 tỷ đồng"; not "năm", a year as often)
_GROUP_COUNT = r"(?:(?<![\d.,/\w-])\d+|\b(?:" + "|".join(_COUNT_WORDS) + r"))\s+"
_GROUP = guarded(re.compile(_GROUP_COUNT + r"(?:chiếc\s+)?" + _GROUP_KIND, _I))
# "đã hoàn thành 4/6 cầu (cầu A, cầu B và cầu C)": a bracket after a counted group lists its works (not the
# short name of a work just named)
_GROUP_BEFORE_BRACKET = re.compile(
    r"(?P<count>(?<![\d.,/])\d+/\d+\s+|" + _GROUP_COUNT + r")(?:chiếc\s+)?" + _GROUP_KIND + r"\($", _I
)
# the paper an approval of a counted group is given with: the investment policy, the registration certificate, the
# decision on either (the group then follows, after "cho" or right away)
_PAPER = r"(?:quyết\s+định\s+)?(?:chủ\s+trương\s+đầu\s+tư|giấy\s+chứng\s+nhận\s+đăng\s+ký\s+đầu\s+tư)"
# ("trao quyết định chủ trương đầu tư và Giấy chứng nhận đăng ký đầu tư cho 18 dự án": both papers, one group)
_APPROVAL_PAPER = _PAPER + r"(?:\s*(?:,|và)\s*" + _PAPER + r")?\s+(?:cho\s+)?"
# "Lễ khánh thành 5 công trình trường học", "khởi công 3 dự án": an event said of a counted group,
# whose names a later paragraph may list ("Các công trình gồm: ...", "Trong số 11 công trình có: ...")
_GROUP_EVENT = guarded(
    re.compile(
        # ("khởi công đồng loạt 4 dự án trọng điểm": the adverb between)
        # ("HĐND đã thống nhất phê duyệt 7 dự án ...", then "Cụ thể là dự án A; dự án B; ...": approved works)
        r"(?:(?:khởi\s+công|khánh\s+thành|thông\s+xe|động\s+thổ|gắn\s+biển|đưa\s+vào\s+sử\s+dụng|phê\s+duyệt)\s+"
        r"(?:(?:đồng\s+loạt\s+)?(?:xây\s+dựng\s+)?"
        # ("phê duyệt chủ trương đầu tư các dự án khẩn cấp ..., tỉnh X có bốn dự án được hỗ trợ": the event said
        # of projects in general, then the place's count of them)
        r"|(?:chủ\s+trương\s+đầu\s+tư\s+)?(?:các|những)\s+(?:dự\s+án|công\s+trình)\b[^.:;]{0,200}?\bcó\s+"
        # ("phê duyệt chủ trương đầu tư cho 8 dự án")
        r"|" + _APPROVAL_PAPER + r")"
        # ("trao giấy chứng nhận đăng ký đầu tư cho 3 dự án FDI", "chấp thuận chủ trương đầu tư 4 dự án": an approval
        # said with its paper as the object, the counted group after it)
        # ("cấp mới Giấy chứng nhận đăng ký đầu tư cho 85 dự án": the first certificate of each, as "cấp")
        # ("HĐND thông qua Nghị quyết quyết định chủ trương đầu tư 6 dự án", "điều chỉnh chủ trương đầu tư 3 dự án":
        # the council's decision on the policy, or its amendment)
        r"|(?:chấp\s+thuận|cấp(?:\s+mới)?|trao|thông\s+qua|điều\s+chỉnh(?:,?\s+bổ\s+sung)?)\s+" + _APPROVAL_PAPER
        + r"|quyết\s+định\s+chủ\s+trương\s+đầu\s+tư\s+(?:cho\s+)?"
        # ("cấp mới cho 5 dự án FDI", "cấp phép mới 3 dự án": licences given, the paper left out)
        r"|(?:cấp\s+phép(?:\s+mới)?|cấp\s+mới)\s+(?:cho\s+)?)"
        # ("khánh thành hàng loạt trường học", then a paragraph of examples "Như Trường A ... Trường B ...")
        r"(?:" + _GROUP_COUNT + r"|(?:hàng\s+)?loạt\s+|nhiều\s+)" + _GROUP_KIND,
        _I,
    )
)


def group_size(group_words: str) -> int | None:
    """How many works a counted group says ("khởi công 3 dự án" → 3, "khánh thành hai công trình" → 2; the
    count before the works, not a day written before it: "Sáng 19/8, ... khởi công 03 dự án" → 3)."""
    group = _GROUP.search(group_words)
    if group is None:
        return None
    count = group.group().split()[0]
    return int(count) if count.isdigit() else NUMBER_WORDS.get(count.lower())


def group_event(paragraph: str) -> str | None:
    """The words of an event said of a counted group and not listed in the same paragraph ("Lễ khánh
    thành 5 công trình trường học trên địa bàn."), else None."""
    m = _GROUP_EVENT.search(paragraph)
    if m is None or ":" in paragraph[m.end() : _sentence_end(paragraph, m.end())]:
        return _list_going_on(paragraph)  # (listed right there: "khánh thành 3 công trình gồm: A; B; C")
    colon = paragraph.find(":", m.end())
    if colon >= 0 and any(mention.start > colon for mention in find_mentions(paragraph)):
        # ("khởi công 18 công trình, khánh thành 11 công trình. Nổi bật là: khởi công A; khánh thành B": the works
        # picked out in the paragraph itself; a paragraph after it opening on a work is no item of the group)
        return _list_going_on(paragraph)
    return m.group()


def group_day(paragraph: str, said: str, year: int | None) -> dt.date | None:
    """The day the event ``group_event`` found in the paragraph is said on ("Sáng 30/8/2025, tỉnh khánh thành 3 công
    trình, gồm:"), for the works listed on the lines after it; None when no day is said or no event."""
    at = paragraph.find(said)
    event = said_event(said, "") if at >= 0 else None
    if event is None:
        return None
    day = _date_for(event, paragraph[_sentence_start(paragraph, at) : at + len(said)], "", year)
    if day is None:
        # ("Khánh thành, khởi công 20 công trình ... (Báo X) - Sáng 2/9/2025, ... khởi công 12 công trình": a headline
        # the layout joined to its lead counts the group with no day; the lead's count of the same event gives it)
        for m in _GROUP_EVENT.finditer(paragraph, at + len(said)):
            if said_event(m.group(), "") == event:
                day = _date_for(event, paragraph[_sentence_start(paragraph, m.start()) : m.end()], "", year)
                if day is not None:
                    break
    return day


def group_day_of(paragraph: str, event: str, year: int | None) -> dt.date | None:
    """The day a paragraph says a counted group of ``event`` on ("Ngày 19/8, tỉnh khánh thành 5 công trình và khởi
    công 3 dự án": the works started are started on 19/8 too), else None."""
    for m in _GROUP_EVENT.finditer(paragraph):
        # ("khánh thành 8 công trình và khởi công 12 công trình": the match runs on to the second verb; its own
        # event is the verb before its count)
        if event in (said_event(m.group(), ""), said_event(_COUNT_OPENS.split(m.group(), maxsplit=1)[0], "")):
            return group_day(paragraph, m.group(), year)
    return None


_COUNT_OPENS = re.compile(r"\s+(?=\d)")


# "Tham dự lễ khởi công có các đồng chí: A, Phó Chủ tịch UBND tỉnh; B, ...; C ...": the guests of a ceremony
# are listed like works, with semicolons, but they are people (a time adverbial may open the sentence)
_GUESTS_HEAD = re.compile(r"\s*(?:[^,:;]{0,30},\s*)?(?:" + word_source("attendance") + r")\b", _I)


def _list_going_on(paragraph: str) -> str | None:
    """ "... triển khai các dự án như: A; B; C." then a paragraph "D; E; F.": the head of a list that
    ends its paragraph, for the items the next paragraph goes on with (not a list of guests)."""
    colon = paragraph.rfind(":")
    if colon < 0:
        return None
    ends_paragraph = not paragraph[colon + 1 :].strip()
    if paragraph.count(";", colon) < 2 and not ends_paragraph:
        return None
    head = paragraph[_sentence_start(paragraph, colon) : colon]
    if _GUESTS_HEAD.match(head):
        return None
    if ends_paragraph and paragraph.count(";", colon) < 2 and said_event(head, "") is None:
        # (a head that ends its paragraph, "Khởi công các công trình:", gives its event to the lines after; one
        # that says none, "Các dự án gồm:", leaves them the event a group before it carried)
        return None
    return head


# "khởi công 3 dự án lớn gồm" then one line a work: "Cảng X với diện tích ..., tổng vốn ...", "- Khu công
# nghiệp Y quy mô ...": a paragraph that opens on a work's name is an item of the list (a bullet before it)
# ("Danh mục dự án khởi công mới năm 2026:" then "1. Dự án A: 85 tỷ đồng": a numbered line is an item as well)
_ITEM_LINE_LEAD = re.compile(r"\s*(?:" + NUMBERED_MARK + r"\s)?(?:\s|" + DASH_MARK + r")*")
# ("khởi công 3 dự án." then "Cụ thể, dự án A ...", "Trong khi đó, trường B ...": a connective that only
# walks through the counted works opens an item line as a bullet does)
# "Quang cảnh lễ khởi công ... Ảnh: P.D" then the item's own line (the line break kept as spaces)
_CAPTION_CREDIT = re.compile(r".*(?:Ảnh|ẢNH)\s*:\s*\S.{0,40}?\s{2,}()(.*)", re.S)
_ITEM_CONNECTIVE = re.compile(r"\s*(?:Cụ\s+thể|Trong\s+khi\s+đó)\s*,\s*", _I)


def opens_item_line(paragraph: str, mention: _Mention | NamedEvent) -> bool:
    """Does the paragraph open on this whole work's name (one item of a list written a line an item)?"""
    lead = paragraph[: mention.start]
    caption = _CAPTION_CREDIT.fullmatch(lead)
    lead = lead[caption.end(1) :] if caption else lead  # (a photo's caption line may come before the item's own)
    return (
        not mention.part
        and mention.named_at is None
        and bool(_ITEM_LINE_LEAD.fullmatch(lead) or _ITEM_CONNECTIVE.fullmatch(lead))
    )


# "Cụ thể là dự án A; dự án B; ...": the word that opens a paragraph listing the works counted before it
_SPECIFIC_LEAD = re.compile(r"\s*Cụ\s+thể\s*(?:,|là|gồm|có)?\s*", _I)


# "Như Trường mầm non A, ... với tổng mức đầu tư 23 tỉ đồng. Trường tiểu học B, ...": a paragraph of examples
# of the works a group's event spoke of, each opening its sentence
_EXAMPLES_LEAD = re.compile(r"\s*(?:Như|Chẳng\s+hạn\s+như|Điển\s+hình\s+(?:là|như))\s+")
_ITEM_SENTENCE_LEAD = re.compile(r"(?:^|[.;…]\s+)$")


def _example_item(paragraph: str, mention: _Mention) -> bool:
    """A work opening a sentence of a paragraph of examples ("Như A ... . B ...; C ...")."""
    opener = _EXAMPLES_LEAD.match(paragraph)
    if opener is None or mention.part or mention.named_at is not None or mention.start < opener.end():
        return False
    return mention.start == opener.end() or bool(_ITEM_SENTENCE_LEAD.search(paragraph, opener.end(), mention.start))


def _headless_item(paragraph: str, mention: _Mention) -> bool:
    """An item of a paragraph that only lists works ("D; E; F.", "Cụ thể là D; E; F."), the list of the
    paragraph before going on."""
    lead = paragraph[: mention.start]
    return (
        ":" not in paragraph
        and paragraph.count(";") >= 2
        and (mention.start == 0 or lead.rstrip().endswith(";") or bool(_SPECIFIC_LEAD.fullmatch(lead)))
    )


# Investment attraction ("thu hút 25 dự án", "chấp thuận chủ trương 18 dự án", FDI): counts of
# investors' projects and their registered capital are indicators, not works of the province.
_ATTRACTION = guarded(word_pattern("investment_attraction", _I))
_COUNTRY_WIDE = re.compile(r"\b(?:trên|khắp|của)\s+(?:cả\s+nước|toàn\s+quốc)\b", _I)
# ("3 công trình do Sở X làm chủ đầu tư": the investor is no part of the group's name)
# ("5 khu tái định cư tại các xã A, B, C": the places of the works counted, a list, no part of the group's name)
_GROUP_NAME_END = re.compile(
    r"\s+(?:đã|được|đang|với|có|vốn|tổng|là|đạt|khoảng|gần|hơn|do|giải\s+ngân|(?:tại|ở)\s+(?:các|những))\b", _I
)
# "tổng mức đầu tư của 3 chợ nêu trên hơn 16 tỷ đồng": the investment said before the group
# ("Tổng kinh phí của 3 dự án là 18,8 tỷ đồng": the cost of the works counted, the group's price)
_TOTAL_OF = re.compile(
    r"(?:" + word_source("total_investment") + r")\s+(?:của\s+|cho\s+)?$|\btổng\s+kinh\s+phí\s+(?:của|cho)\s+$", _I
)
_SITE_CLEARANCE = re.compile(r"giải\s+phóng\s+mặt\s+bằng|\bGPMB\b|bàn\s+giao\s+mặt\s+bằng", _I)
# "đã thu hồi đất đạt 95,2%", "chi trả tiền bồi thường được 812 tỷ đồng, đạt 88% tổng kinh phí bồi thường", "đã bàn
# giao 215,3/220,5 ha mặt bằng, đạt 97,6%": the land taken back or handed over and the compensation paid, steps of site
# clearance, in the share's clause or the one before it (unless the share's own clause is of money: "đã bàn giao 96,4
# ha mặt bằng, giải ngân đạt 81% kế hoạch vốn")
# ("giải ngân dự án Khu tái định cư X ..., bằng 86% kế hoạch vốn": a resettlement area is a work, its name no step)
# ("đã thu hồi và bàn giao 612 ha, đạt 77,8%": land taken back or handed over counted by its area, with or without
# "mặt bằng"; "đã chi trả 1.285 hồ sơ với số tiền ..., đạt 98,7%": payments counted by the files or households paid,
# the compensation of the land taken, whose share is of the files)
_LAND_STEP = r"(?:thu\s+hồi|bàn\s+giao)"
_LAND_TAKEN = re.compile(
    r"thu\s+hồi\s+đất|bồi\s+thường|(?<!khu\s)tái\s+định\s+cư|"
    rf"{_LAND_STEP}(?:\s+và\s+{_LAND_STEP})?\s+(?:được\s+)?[\d.,/]+\s*(?:ha|m2|m²)(?!\w)|"
    r"chi\s+trả\s+(?:cho\s+)?(?:được\s+)?[\d.,]+\s+(?:hồ\s+sơ|hộ|trường\s+hợp)\b",
    _I,
)
_MONEY_CLAUSE = re.compile(r"giải\s+ngân|\bvốn\b", _I)
_CLAUSE_MARK = re.compile(r";|,(?!\d)")  # (not a decimal comma: "215,3/220,5 ha")


def _site_clearance_share(before: str) -> bool:
    """Is a rate the share of the land cleared ("giải phóng mặt bằng đạt 98%"): site clearance said before it, not
    followed by money ("GPMB đạt 98%, đã giải ngân 2.150 tỷ đồng, đạt 85,3% kế hoạch vốn": the money's share)?"""
    cleared = [m.end() for m in _SITE_CLEARANCE.finditer(before)]
    return bool(cleared) and _MONEY_CLAUSE.search(before, cleared[-1]) is None


def _share_of_land(before: str) -> bool:
    clauses = _CLAUSE_MARK.split(before)
    return not _MONEY_CLAUSE.search(clauses[-1]) and _LAND_TAKEN.search(" ".join(clauses[-2:])) is not None
# "tổng mức đầu tư X tăng 1.936 tỷ đồng, lên khoảng 7.822 tỷ đồng": the new amount is the measure said
# before the name (the change itself is no amount of the project)
_RAISED_TO = re.compile(
    r"\s*(?:tăng|giảm)\s+[\d.,]+\s+\w+(?:\s+đồng)?\s*,?\s+(?:lên|xuống|còn)\s+"
    rf"(?:{HEDGE_WORDS})?\s*",
    _I,
)
# "Dự án X do huyện Y làm chủ đầu tư được phê duyệt hơn 355 tỷ đồng", "dự án được điều chỉnh còn 341 tỷ đồng": with
# no measure word between, the amount a work is approved at or adjusted to is its total investment
_APPROVED_OR_ADJUSTED = re.compile(
    r"\s*(?:do\s+[^.;]{1,80}?\s+làm\s+chủ\s+đầu\s+tư\s*,?\s*)?(?:đã\s+)?(?:được\s+)?"
    rf"(?:phê\s+duyệt(?:\s+với)?|điều\s+chỉnh\s+(?:còn|lên|xuống))\s+(?:(?:{HEDGE_WORDS})\s+)?",
    _I,
)
# "Điểm trường X được quỹ A, báo B tài trợ hơn 700 triệu đồng xây mới": what the donors gave the work, its cost (or
# the donors' share of it)
_GIVEN_TO_THE_WORK = re.compile(
    # (the school it belongs to in apposition first: "Điểm trường X, Mầm non Y được ...")
    # ("Công trình do Tập đoàn X tài trợ 42 tỷ đồng": the donor as its agent, the same gift)
    r"\s*(?:,\s*[^.;,]{1,40}?\s+)?(?:đã\s+)?(?:được|do)\s+[^.;]{1,100}?\s(?:tài\s+trợ|hỗ\s+trợ)\s+"
    rf"(?:(?:{HEDGE_WORDS})\s+)?",
    _I,
)
# "đạt 70% khối lượng", "hoàn thành 100% các hạng mục": the share of the works built, the work's progress (its
# plan_pct, under way, as the gold reads a named work's physical progress); "đạt 100% diện tích cần giải phóng", "96%
# mặt bằng": a share of the land, no share of the work's plan
# ("đạt 70% sản lượng", "đạt 62% giá trị hợp đồng": the works' output, as a share of what the contracts hold)
# ("đạt 75% tiến độ": the share of the schedule the works have reached, not of clearing the land or paying out)
_WORKS_SHARE_AFTER = re.compile(
    r"\s*(?:khối\s+lượng|(?:các\s+)?hạng\s+mục|sản\s+lượng|giá\s+trị\s+(?:(?:các\s+)?hợp\s+đồng|xây\s+lắp)|"
    r"tiến\s+độ(?!\s+(?:giải\s+phóng|GPMB|bồi\s+thường|giải\s+ngân|thu|chi)\b))\b",
    _I,
)
# "dự kiến sẽ bàn giao đưa vào sử dụng 100% các hạng mục trong quý II": the works' share aimed at, said in the clause
# before it, no progress made
# ("dự kiến hoàn thành trong năm 2025 nhưng đến nay mới đạt 55% khối lượng": the aim, then the works done so far
# after the contrast that opens what is)
_AIMED_IN_CLAUSE = re.compile(
    r"(?:\bsẽ|dự\s+kiến|phấn\s+đấu|mục\s+tiêu)\b(?:(?!\b(?:nhưng|song|tuy\s+nhiên)\s)[^,;.:()])*$", _I
)
# ("đạt 64% tiến độ giải phóng mặt bằng": the schedule of clearing the land, the same)
_LAND_SHARE_AFTER = re.compile(
    r"\s*(?:diện\s+tích|mặt\s+bằng|(?:khối\s+lượng|tiến\s+độ)\s+(?:giải\s+phóng\s+mặt\s+bằng|GPMB))\b", _I
)
# "Bệnh viện X ..., công suất sử dụng giường bệnh đạt 112%", "Nhà máy Y đạt 85% công suất thiết kế": the use of a
# work in service (its beds, its plant), said in the share's own clause or right after it; no share of its capital
# or of its works (FACTS: a project's plan_pct is its money's)
_CAPACITY_WORD = re.compile(r"\b(?:công\s+suất|hiệu\s+suất)\b", _I)
_CAPACITY_AFTER = re.compile(r"\s*(?:công\s+suất|hiệu\s+suất)\b", _I)


def _capacity_in_use(ctx: FigureContext) -> bool:
    """Is a share the use of a work's capacity, named in its own clause (no money there) or right after it?"""
    if _CAPACITY_AFTER.match(ctx.after):
        return True
    clause = _CLAUSE_MARK.split(ctx.before)[-1]
    return _CAPACITY_WORD.search(clause) is not None and _MONEY_CLAUSE.search(clause) is None


_PLACE_IN_BRACKETS = re.compile(r"^\s*\([^()]{1,40}\)")
# ("chậm khoảng 10% so với kế hoạch", "vượt tiến độ đề ra khoảng 5%": how far ahead or behind, hedged or not)
_AHEAD = re.compile(
    rf"\b(?:nhanh|chậm|sớm|trễ|vượt\s+tiến\s+độ(?:\s+đề\s+ra)?)\s+(?:hơn\s+)?(?:(?:{HEDGE_WORDS})\s+)?$", _I
)
# "đạt 86,2% kế hoạch", and "giải ngân 72,4% vốn": a disbursement rate is a share of the plan
# ("..., Công viên X với 900 tỷ đồng": "với" and an amount, the work's price)
_ONLY_QUALIFIER = re.compile(rf"(?:với\s*)?(?:{HEDGE_WORDS})?", _I)
# "gồm: đường liên ấp X dài 1,8 km (2,9 tỷ đồng); cầu Y (1,6 tỷ đồng)": the work's length or area said before the
# bracket of its price describes it; the amount alone in the bracket is still its price
_SIZE_BEFORE_PRICE_BRACKET = re.compile(
    rf"\s*(?:dài|rộng|diện\s+tích|quy\s+mô)\s+(?:(?:{HEDGE_WORDS})\s+)?\d[\d.,]*\s*(?:km|m|ha|m2|m²|mét)\s*\(\s*"
    rf"(?:(?:{HEDGE_WORDS})\s*)?$",
    _I,
)
# "triển khai thi công đạt 90%": the share of the works built (the work's progress, as "đạt 60% khối lượng"); so is
# "khối lượng (thi công) đạt 60%", the works said before the share as "đạt 60% khối lượng" says them after it
_BUILT_SHARE = guarded(re.compile(
    # ("khối lượng thực hiện đạt 65%": the works done so far, the same share)
    # ("đã thi công được khoảng 50%": the works built, "được" for "đạt")
    # ("khối lượng toàn dự án đạt 96%": the whole project's)
    r"(?:thi\s+công|khối\s+lượng(?:\s+(?:công\s+việc|xây\s+lắp|thực\s+hiện|hoàn\s+thành))?"
    r"(?:\s+toàn\s+(?:dự\s+án|công\s+trình|tuyến))?)\s+(?:hiện\s+)?(?:đã\s+)?"
    rf"(?:(?:được\s+)?đạt|được)\s*(?:(?:{HEDGE_WORDS})\s*)?$",
    _I,
))
_REACH = re.compile(rf"(?:đạt|bằng|giải\s+ngân)\s*(?:(?:{HEDGE_WORDS}|được)\s*)*$", _I)
# "giải ngân 45,6/180 tỷ đồng (25,3%)": the rate in brackets right after the amount paid out of the plan is its share
# ("kế hoạch 850 tỷ đồng, giải ngân 212 tỷ đồng (24,9%)": so is the rate after the amount paid out alone)
_RATE_OF_RATIO_BEFORE = re.compile(
    rf"giải\s+ngân[^.;()]{{0,40}}?(?:\d\s*/\s*)?\d[\d.,]*\s*(?:{_MONEY_SCALES})\s+đồng\s*\(\s*$", _I
)


@per_document(maxsize=64)  # asked for every money figure of the paragraph
def _needs_context(paragraph: str) -> bool:
    """Does the paragraph refer back ("dự án này") or name a part of a project named before?"""
    return bool(
        _NEEDS_CONTEXT.search(paragraph)
        or _references(paragraph)
        or _INVESTED_REFERENCE.search(paragraph)
        # ("Đến nay, giá trị giải ngân của dự án đạt ...": the bare project after "của/cho/thuộc", the one named before)
        or _BARE_REFERENCE.search(paragraph)
        or ("Theo " in paragraph and _ATTRIBUTED_REFERENCE.search(paragraph))
        or ("từ " in paragraph and _SINCE_START_REFERENCE.search(paragraph))
        or ("oàn " in paragraph and _WHOLE_PROJECT_REFERENCE.search(paragraph))
        or bool(_time_fronted_references(paragraph))
        or bool(_adverbial_references(paragraph))
        or bool(_planned_deadline_references(paragraph))
    )


# "Dự án X do Sở Y làm chủ đầu tư; Công ty Z thi công với tổng mức đầu tư N": a clause after a semicolon goes
# on with the sentence before it, even when a capitalised name opens it; a clause before it with money of
# its own is an item of a list, which keeps its figure
_SEMICOLON_BEFORE = re.compile(r";\s*$")
_MONEY_WORD = guarded(re.compile(rf"\b(?:{_MONEY_SCALES})\b", _I))  # (in "nghìn tỷ" too)


def _sentence_from(ctx: FigureContext) -> int:
    """Where the sentence of a figure starts for finding its project: before a semicolon clause opening it."""
    start = ctx.sentence[0]
    if not _SEMICOLON_BEFORE.search(ctx.text, max(0, start - 3), start):
        return start
    before = _sentence_start(ctx.text, max(0, start - 2))
    if _RECORD_FIELD.match(ctx.text, start):
        return before  # ("Dự án X (TMĐT: 410 tỷ đồng; KHV 2026: 120 tỷ đồng)": a field of the same record)
    return start if _MONEY_WORD.search(ctx.text, before, start) else before


# "KHV 2026:", "TMĐT:", "Giải ngân:" opening a clause after a semicolon: the next field of the work's record, no item of
# its own
_RECORD_FIELD = re.compile(r"\s*(?:KHV?\b|TMĐT\b|(?i:kế\s+hoạch\s+vốn|tổng\s+mức\s+đầu\s+tư|giải\s+ngân|lũy\s+kế))")


# "đưa vào sử dụng Trường A và Trạm y tế B với tổng kinh phí lần lượt là 35 tỷ đồng và 8 tỷ đồng", "cầu A, cầu B
# và trường C với tổng mức đầu tư tương ứng 25, 18 và 12 tỷ đồng": the amounts listed after "lần lượt"/"tương ứng"
# belong, in order, to the works named before it (as many amounts as works)
_RESPECTIVELY = re.compile(r"(?:lần\s+lượt|tương\s+ứng)(?:\s+(?:là|đạt|bằng))?\s*:?\s*", _I)
_RESPECTIVELY_WORDS = lowered_literal_scan(_RESPECTIVELY)
_LISTED_AMOUNT = (
    rf"(?:(?:{HEDGE_WORDS})\s+)?\d[\d.,]*(?:\s*{_MONEY_SCALE}(?=\s|$))?"
    r"(?:\s*(?:đồng|USD)\b)?"
)
_AMOUNT_THEN_MARK = re.compile(_LISTED_AMOUNT + r"\s*(?:,|;|và\b)\s*", _I)
_MARK_THEN_AMOUNT = re.compile(r"\s*(?:,|;|và\b)\s*" + _LISTED_AMOUNT, _I)
# the list's opening word and the amounts before the figure, at the end of the words between a name and it
_RESPECTIVE_TAIL = re.compile(_RESPECTIVELY.pattern + r"(?:" + _AMOUNT_THEN_MARK.pattern + r")*$", _I)


def _respective_work(ctx: FigureContext, works: list[NamedEvent]) -> NamedEvent | None:
    """The work of ``works`` (named in the figure's sentence, in order) whose amount the figure is in a list
    said "lần lượt"/"tương ứng", else None."""
    if len(works) < 2 or not _RESPECTIVELY_WORDS.search(ctx.before.lower()):
        return None
    tail = _RESPECTIVE_TAIL.search(ctx.text, works[-1].end, ctx.start)
    if tail is None:
        return None
    opening = _RESPECTIVELY.match(ctx.text, tail.start())
    assert opening is not None  # (the tail opens on it)
    before = len(_AMOUNT_THEN_MARK.findall(ctx.text, opening.end(), ctx.start))
    after, at = 0, ctx.unit_end
    while m := _MARK_THEN_AMOUNT.match(ctx.text, at):
        after, at = after + 1, m.end()
    names = list(dict.fromkeys(w.name for w in works))
    if before + 1 + after != len(names):
        return None  # (more or fewer amounts than works: no pairing to read)
    name = names[before]
    return next(w for w in works if w.name == name)


# "khánh thành 3 cây cầu nông thôn gồm cầu A, cầu B và cầu C, tổng kinh phí 4,6 tỷ đồng", "3 công trình trọng điểm,
# gồm: A, B, C, với tổng mức đầu tư trên 7.000 tỷ đồng": a total said after the list a counted group opens is the
# group's (the count the number of works listed; a price inside the list stays its item's)
# ("khởi công 2 công trình là A và B, tổng vốn 9,6 tỷ đồng": the list after "là" too)
# ("Ba dự án: A, B và C đã được thông qua chủ trương đầu tư, tổng vốn ...": the list after a bare colon too)
_LISTED_BY_GROUP = re.compile(r"\s*(?:,?\s*(?:(?:bao\s+)?gồm(?:\s+có)?|là)\s*:?|:)\s*$", _I)
_TOTAL_WORDS = (
    # ("với tổng giá trị xây lắp": the value of the works built, a finished work's cost)
    r"tổng\s+(?:mức\s+đầu\s+tư|kinh\s+phí|(?:số\s+)?vốn|trị\s+giá|giá\s+trị(?:\s+xây\s+lắp)?)"
    rf"(?:\s+(?:đầu\s+tư|xây\s+dựng|đăng\s+ký))?(?:\s+(?:là|{HEDGE_WORDS}|đạt|hơn))*\s*$"
)
# ("3 dự án điện gió: A (99 MW), B (50 MW) và C (100 MW), với tổng vốn đăng ký 14.000 tỷ đồng": the last work's size in
# brackets, then the total of them all)
_GROUP_TOTAL_AFTER_LIST = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*,?\s*(?:với\s+)?(?:có\s+)?" + _TOTAL_WORDS, _I)
# ("Ba dự án: A, B và C đã được HĐND tỉnh thông qua chủ trương đầu tư, tổng vốn gần 1.500 tỷ đồng": the clause of
# the verb the listed works share, then the total of them all, after its comma)
# ("A và B đã hoàn thành, đưa vào sử dụng với tổng giá trị ...": the shared verbs run on over a comma, then "với" and
# the total; not "..., giúp dân đi lại thuận tiện, tổng kinh phí ...", a clause of its own between)
_TOTAL_AFTER_SHARED_CLAUSE = re.compile(
    r"\s+(?:đã|đều|được|vừa|cùng)\s[^,.;:()\d]{1,80}?(?:,\s*|(?:,\s*[^,.;:()\d]{1,40}?)?\s+(?=với\s))"
    r"(?:với\s+)?(?:có\s+)?" + _TOTAL_WORDS,
    _I,
)
# "3 dự án gồm A, B và C đã giải ngân tổng cộng 1.200 tỷ đồng", "Dự án A, dự án B và dự án C đã giải ngân tổng cộng
# 860 tỷ đồng, đạt 72% kế hoạch": a sum ("tổng cộng") said right after works named together is theirs together, not
# the last work's, whatever it sums (and so is the share of the plan said right after that sum)
_SUM_AFTER_LIST = re.compile(
    rf"\s*,?\s*(?:(?:đã|được)\s+)?(?:[^\W\d]+\s+){{0,4}}?tổng\s+cộng(?:\s+(?:là|{HEDGE_WORDS}|đạt))*\s*"
    rf"(?:{_LISTED_AMOUNT}\s*,\s*(?:đạt|bằng)\s*(?:(?:{HEDGE_WORDS})\s*)*)?$",
    _I,
)


def _total_after_list(ctx: FigureContext, end: int) -> bool:
    """Is the figure a total said right after a list of works ending at ``end`` ("..., tổng mức đầu tư", "đã giải
    ngân tổng cộng")?"""
    return any(pattern.match(ctx.text, end, ctx.start) for pattern in (_GROUP_TOTAL_AFTER_LIST, _SUM_AFTER_LIST))


def _listed_group_total(ctx: FigureContext, works: list[NamedEvent]) -> tuple[str, str, int] | None:
    """(name, event, name end) of the counted group whose listed works ``works`` (named in the figure's sentence)
    are, when the figure is the total said after the list, else None."""
    if len(works) < 2 or "tổng" not in ctx.before[-60:].lower():
        return None
    if not _total_after_list(ctx, works[-1].end) and not _TOTAL_AFTER_SHARED_CLAUSE.match(
        ctx.text, works[-1].end, ctx.start
    ):
        return None
    head_start = _sentence_from(ctx)
    groups = list(_GROUP.finditer(ctx.text, head_start, works[0].start))
    if not groups:
        return None
    group = groups[-1]
    name = re.split(r"\s*,?\s*(?:bao\s+)?gồm\b", group.group(), maxsplit=1)[0]
    name = _GROUP_NAME_END.split(name, maxsplit=1)[0].rstrip(" ,")
    name_end = group.start() + len(name)
    if not _LISTED_BY_GROUP.match(ctx.text, name_end, works[0].start):
        return None
    if group_size(name) != len(dict.fromkeys(w.name for w in works)):
        return None  # ("13 dự án, gồm A và B ...": examples of the group, not its list)
    event = works[0].event if works[0].said else "funding"
    return spaced(name), event, name_end


# "khánh thành Bệnh viện A và đường B với tổng vốn 420 tỷ đồng", "khởi công cầu A, cầu B và đường C, tổng mức đầu tư
# ...": the total said right after works one verb takes together is theirs together, one row named as written for
# them all (as a counted group's total is the group's), not the last work's price
# ('dự án "A", dự án cầu B và dự án C, tổng vốn ...': each work said with its own "dự án", in quotes or not)
_JOINED_WORKS = re.compile(
    r"[”\"]?\s*(?:\([^()]{1,40}\))?\s*(?:,|\s+và)\s+(?:(?:dự\s+án|công\s+trình)\s+)?[“\"]?", _I
)
_TOTAL_OF_ALL = re.compile(r"\s*,|\s+với\b", _I)
# "Các dự án A, B và C có tổng vốn 3.100 tỷ đồng": the plural "các/những dự án" opening a list of names makes the
# total said after it theirs together, a clause of its own or not (the first name is read by no mention: the list's
# words as written name the row)
_PLURAL_LIST_HEAD = re.compile(r"(?<!\w)(?:[Cc]ác|[Nn]hững)\s+(?:dự\s+án|công\s+trình)\s+(?=" + UPPER + r")")
_BEFORE_NEXT_ITEM = re.compile(r"[^.;:()]{1,80}?(?:,|\s+và)\s+(?:(?:dự\s+án|công\s+trình)\s+)?", _I)


def _plural_list_total(ctx: FigureContext, works: list[NamedEvent], end: int) -> tuple[str, str, int] | None:
    """(the list as written, event, name end) when the figure is the total said after a list a plural head opens."""
    first = works[0].start
    if "ác" not in ctx.text[max(0, first - 120) : first] and "hững" not in ctx.text[max(0, first - 120) : first]:
        return None
    heads = list(_PLURAL_LIST_HEAD.finditer(ctx.text, max(_sentence_from(ctx), first - 120), first + 1))
    if not heads or not _GROUP_TOTAL_AFTER_LIST.match(ctx.text, end, ctx.start):
        return None
    head = heads[-1]
    if head.end() == first:
        if len(works) < 2:
            return None  # (one work read right after the head: no list)
    elif not _BEFORE_NEXT_ITEM.fullmatch(ctx.text, head.end(), first):
        return None  # (the first name, read by no mention, then a comma or "và")
    last = works[-1]
    return spaced(ctx.text[head.end() : last.end]), last.event if last.said else "funding", last.end


def _joint_total(ctx: FigureContext, works: list[NamedEvent]) -> tuple[str, str, int] | None:
    """(names joined, event, name end) of the works a verb took together when the figure is their total, else None."""
    if not works or "tổng" not in ctx.before[-60:].lower():
        return None
    last = works[-1]
    end = last.end + 1 if ctx.text[last.end : last.end + 1] in ("”", '"') else last.end  # (a quoted name's mark)
    if (plural := _plural_list_total(ctx, works, end)) is not None:
        return plural
    if len(works) < 2:
        return None
    summed = _SUM_AFTER_LIST.match(ctx.text, end, ctx.start) is not None  # (a sum: the works said with no verb too)
    # ("Dự án A và dự án B đã được phê duyệt chủ trương, tổng vốn ...": the verb's clause, then the total)
    shared = last.said and _TOTAL_AFTER_SHARED_CLAUSE.match(ctx.text, end, ctx.start) is not None
    if not (summed or shared) and (not last.said or not _GROUP_TOTAL_AFTER_LIST.match(ctx.text, end, ctx.start)):
        return None
    if not (summed or shared) and not _TOTAL_OF_ALL.match(ctx.text, end, ctx.start):
        return None  # ("cầu A và cầu B có tổng mức đầu tư ...": a clause of the last work's own)
    joined = _joined_with_last(ctx.text, works, summed)
    if len(joined) < 2:
        return None
    # (a headline's count the layout joined to its lead, "Khởi công 3 dự án ...  (Báo X) - Sáng 19/8, ...", a line
    # break or the two spaces the join leaves between them, heads no list)
    first = joined[0].start
    head_start = max(_sentence_from(ctx), ctx.text.rfind("\n", 0, first) + 1, ctx.text.rfind("  ", 0, first) + 2)
    if _GROUP.search(ctx.text, head_start, joined[0].start):
        return None  # ("5 cây cầu gồm A, B và C với tổng ...": a counted group's list, _listed_group_total's to read)
    # (works of different events, "khánh thành A và thông xe B": no one event is the pair's, their money is funding)
    same_event = last.said and all(work.event == last.event for work in joined)
    return _joined_names(joined), last.event if same_event else "funding", last.end


def _joined_with_last(text: str, works: list[NamedEvent], summed: bool = False) -> list[NamedEvent]:
    """The last of ``works`` and those right before it that one verb takes together with it (a comma or "và"
    between, the same event, no price of their own between); with ``summed``, works said with no verb too."""
    last = works[-1]
    joined = [last]
    for work in reversed(works[:-1]):
        if work.said != last.said or not (work.said or summed):
            break
        if work.event == last.event and _JOINED_WORKS.fullmatch(text, work.end, joined[0].start):
            pass
        elif not (
            work.said and _same_stage(work.event, last.event) and _each_with_its_verb(text[work.end : joined[0].start])
        ):
            break
        if _MONEY_WORD.search(text, work.end, joined[0].start):
            break  # ("A (kinh phí 1,2 tỷ đồng) và B với tổng kinh phí ...": A's own price said, the total is B's)
        joined.insert(0, work)
    return joined


# "khánh thành cầu A và thông xe tuyến B với tổng vốn ...": works of one ceremony, each with its own verb, joined by
# "và" (the verb and its object's words, _EVENT_VERB_BEFORE, right before the next work); only verbs of one stage of
# the works, a finish said twice ("khánh thành" and "thông xe"): after "khánh thành A và khởi công B" the total is the
# work started's, a new work's price
_AND_NEXT_VERB = re.compile(r"\s+và\s+(?=\w)", _I)
_FINISHING_EVENTS = frozenset({"inaugurated", "completed"})


def _same_stage(event: str, other: str) -> bool:
    return event == other or (event in _FINISHING_EVENTS and other in _FINISHING_EVENTS)


def _each_with_its_verb(between: str) -> bool:
    """Is ``between`` (the words from one work's name to the next's) "và" and the next work's own event verb?"""
    joint = _AND_NEXT_VERB.match(between)
    verb = _EVENT_VERB_BEFORE.search(between, joint.end()) if joint is not None else None
    return verb is not None and verb.start() == joint.end()


def _joined_names(works: list[NamedEvent]) -> str:
    """The names of works taken together, as one row's name: "A, B và C"."""
    names = [w.name for w in works]
    return ", ".join(names[:-1]) + " và " + names[-1] if len(names) > 1 else names[0]


# "Sáng 15/9/2025, tỉnh khởi công 3 công trình:" then "- Cầu X (vốn 1.100 tỷ đồng);": a bulleted item's money is
# the work's of the event the head line said (as when the items run on the head's own line)
# ("- Dự án A, tổng mức đầu tư ...", "1. Dự án B, ...", "a) Công trình C ...": a bulleted or numbered item line)
_ITEM_LINE = re.compile(r"\s*(?:[-–+•*]\s*|(?:\d{1,2}[.)]|[a-zđ]\))\s+)")
_ITEM_REACH = 4  # characters of bullet (or number) and space before the item's name


def _event_of_list_head(preceding: str) -> str | None:
    for line in reversed(preceding.rstrip().split("\n")):
        if not line.strip() or _ITEM_LINE.match(line):
            continue  # the items listed before this one
        head = _list_going_on(line.strip())
        return said_event(head, "") if head else None
    return None


# "Gói thầu XL-01 của/thuộc dự án (thành phần 1) X có giá trị 1.500 tỷ đồng": the value said after a package and the
# project it belongs to is the package's (the subject; the project after "của/thuộc" only tells whose it is), not
# the project's capital
_PACKAGE = re.compile(r"gói\s+thầu\b", _I)
_OF_PROJECT = re.compile(r"\s+(?:của|thuộc)\s+(?:(?:dự\s+án|công\s+trình)\s+)?", _I)
_VALUE_NEXT = re.compile(rf"\s*,?\s*(?:có\s+)?giá\s+trị(?:\s+(?:là|{HEDGE_WORDS}|khoảng))*\s*$", _I)


def _package_naming_its_work(works: list[NamedEvent], best: tuple[str, str, int]) -> tuple[str, str, int] | None:
    """ "Gói thầu số 05 xây lắp công trình Kè X đạt 45% khối lượng": a work named inside a package's name is what the
    package builds; the figure after them is the package's, the subject (its name holds the work's)."""
    if len(works) < 2 or best[2] != works[-1].end:
        return None
    package, work = works[-2], works[-1]
    if package.start < work.start and work.end <= package.end and _PACKAGE.match(package.name):
        return package.name, package.event if package.said else "funding", package.end
    return None


def _package_of_project(ctx: FigureContext, works: list[NamedEvent]) -> tuple[str, str, int] | None:
    """(name, event, name end) of the package whose value the figure is, said before its project, else None."""
    if len(works) < 2 or "giá" not in ctx.before[-30:]:
        return None
    package, project = works[-2], works[-1]
    if not _PACKAGE.match(package.name) or not _VALUE_NEXT.match(ctx.text, project.end, ctx.start):
        return None
    if not _OF_PROJECT.fullmatch(ctx.text, package.end, project.start):
        return None
    return package.name, package.event if package.said else "funding", package.end


# "đường A (2,1 tỷ đồng), nhà văn hóa B (1,5 tỷ đồng) và 5 công trình khác với tổng kinh phí 3,2 tỷ đồng": after a
# work whose own price was said, the counted group the list goes on with owns the next price
_AND_GROUP_AFTER_PRICE = re.compile(
    rf"(?:{_MONEY_SCALES})\s+(?:đồng|USD)\s*\)?\s*,?\s+(?:và|cùng(?:\s+với)?)\s+(?={_GROUP_COUNT})", _I
)


def _group_after_a_priced_work(ctx: FigureContext, name_end: int) -> tuple[str, str, int] | None:
    """The counted group a list names after the last work's own price, when the figure comes after that group."""
    if not _MONEY_WORD.search(ctx.text, name_end, ctx.start):
        return None
    after = _AND_GROUP_AFTER_PRICE.search(ctx.text, name_end, ctx.start)
    if after is None or _GROUP.match(ctx.text, after.end()) is None:
        return None
    owner = _group_owner(ctx)
    return owner if owner is not None and owner[2] > after.end() else None


# "Cầu có chiều dài ...", "Nhà máy có tổng mức đầu tư ...": a paragraph opening on a work's kind alone, a lower-case
# word after it (no name of its own), speaks of the work of that kind named before
_BARE_KIND_OPENING = re.compile(r"(" + _BARE_KIND + r")\s+(?=[a-zđà-ỹ])")


# "các dự án trọng điểm như cầu A, đường B đã giải ngân 3.120 tỷ đồng": works given after "như" as examples of a
# group said in the plural; the money said right after them is the whole group's, none of the works' (the group
# holds more works than the ones named, and each work's share is not said)
_EXAMPLES_OF_A_GROUP_BEFORE = re.compile(
    r"(?<!\w)(?:các|những|một\s+số|nhiều)\s+(?:dự\s+án|công\s+trình)\b[^.;:()\d]{0,60}?"
    r"\s(?:như|điển\s+hình\s+là|nhất\s+là)\s+$",
    _I,
)


def _examples_of_a_group(ctx: FigureContext, works: list[NamedEvent]) -> bool:
    """Are ``works`` (named in the figure's sentence, before it) the examples a plural group gives after "như", the
    figure said after the last of them with no money of a work's own between?"""
    if not works or "như" not in ctx.text[max(0, works[0].start - 80) : works[0].start]:
        return False
    sentence_start = _sentence_from(ctx)
    if not _EXAMPLES_OF_A_GROUP_BEFORE.search(ctx.text, max(sentence_start, works[0].start - 120), works[0].start):
        return False
    for work, after in itertools.pairwise(works):
        if not _JOINED_WORKS.fullmatch(ctx.text, work.end, after.start):
            return False
    # ("như cầu A (300 tỷ đồng), đường B 200 tỷ đồng": each work's own price, said between them)
    return _MONEY_WORD.search(ctx.text, works[0].end, works[-1].start) is None


# "khánh thành cầu A và thông xe đường B. Tổng vốn đầu tư hai công trình là 760 tỷ đồng", "...; tổng vốn của 2 dự án
# trên là ...", "tổng vốn cho cả hai công trình": a total said of works counted right before it is theirs together when
# the paragraph named just that many works, one row named as written for them all (as a total said right after the
# works is, _joint_total)
# (counted works, "hai công trình", "cả 2 dự án trên", "Hai công trình này")
_COUNTED_WORKS = rf"(?:cả\s+)?{_GROUP_COUNT}(?:công\s+trình|dự\s+án)(?:\s+(?:nói\s+trên|nêu\s+trên|trên|này))?"
_COUNTED_WORKS_REFERRED = re.compile(
    rf"(?:của\s+|cho\s+)?{_COUNTED_WORKS}(?:\s+(?:là|đạt|lên\s+(?:tới|đến)|{HEDGE_WORDS}))*\s*$", _I
)
# ("Hai công trình có tổng mức đầu tư 520 tỷ đồng": the counted works the sentence's subject, their total said next)
_COUNTED_WORKS_OPENING = re.compile(rf"\s*{_COUNTED_WORKS}\s+(?:có\s+|với\s+)?", _I)
_TOTAL_NEXT = re.compile(_TOTAL_WORDS, _I)  # (the total's words and what leads to the figure: "tổng kinh phí là")


def _counted_works_referred(ctx: FigureContext) -> tuple[str, str, int] | None:
    """(names joined, "funding", the total's start) when the figure is a total said of works counted right before it
    ("tổng vốn đầu tư hai công trình là ...", "Hai công trình có tổng mức đầu tư ...") and the paragraph before the
    sentence named that many works."""
    sentence_start = _sentence_from(ctx)
    counted = _COUNTED_WORKS_REFERRED.search(ctx.text, sentence_start, ctx.start)
    total = _TOTAL.search(ctx.text, sentence_start, counted.start()) if counted is not None else None
    if counted is None or total is None:
        counted = _COUNTED_WORKS_OPENING.match(ctx.text, sentence_start, ctx.start)
        total = _TOTAL_NEXT.match(ctx.text, counted.end(), ctx.start) if counted is not None else None
        if total is None:
            return None
    size = group_size(counted.group())
    named_before = ctx.text[:sentence_start] or _paragraph_naming_the_work(ctx.preceding)
    works = [ev for ev in find_project_events(named_before) if not ev.part and ev.named_at is None]
    names = list(dict.fromkeys(ev.name for ev in works))
    if size is None or size < 2 or len(names) != size:
        return None
    return ", ".join(names[:-1]) + " và " + names[-1], "funding", total.start()  # (the total's words: its measure)


# "đạt 34 giường/vạn dân (không tính giường trạm y tế xã)", "có 120 cơ sở (chưa kể chợ X)": a bracket opened right
# after an amount says what that amount takes in or leaves out; a work named in it is part of the aside, the owner of
# no figure after the bracket closes (not a name's own number, "cầu 19/5 (", "Quốc lộ 3B (": no amount before)
_AMOUNT_THEN_BRACKET = re.compile(r"(?<![\w/.,-])\d[\d.,]*(?:\s*%|\s+[^\W\d_]+(?:[/\s][^\W\d_]+){0,3})?\s*\($")


def _in_an_amounts_aside(text: str, start: int, end: int, figure_at: int) -> bool:
    """Is the work named at ``text[start:end]`` inside a bracket that opens right after an amount and closes before the
    figure at ``figure_at`` (``_AMOUNT_THEN_BRACKET``)?"""
    opened = text.rfind("(", max(0, start - 80), start)
    if opened < 0 or ")" in text[opened:start] or text.find(")", end, figure_at) < 0:
        return False
    return _AMOUNT_THEN_BRACKET.search(text, max(0, opened - 60), opened + 1) is not None


def _owner(ctx: FigureContext) -> tuple[str, str, int] | None:
    """(name, event, name end) of the project a figure belongs to, if any."""
    if (counted := _counted_works_referred(ctx)) is not None:
        return counted
    last_name = None
    if _needs_context(ctx.text):
        kind = _BARE_KIND_OPENING.match(ctx.text)
        last_name = last_project_name(ctx.preceding, kind.group(1) if kind else None) or _project_of_the_report(ctx)
    best = None
    sentence_start = _sentence_from(ctx)
    in_sentence_works: list[NamedEvent] = []
    for ev in find_project_events(ctx.text, last_name, preceding=ctx.preceding):
        if ev.name[:1] in "DdTt" and _named_as_a_programme_part(ev.name, ctx.document or ctx.text):
            continue  # (a budget line of a national target programme, the budget's)
        in_sentence = sentence_start <= ev.start and ev.end <= ctx.start
        if (
            in_sentence
            and "(" in ctx.text[max(0, ev.start - 80) : ev.start]
            and _in_an_amounts_aside(ctx.text, ev.start, ev.end, ctx.start)
        ):
            continue  # (a work named in what an earlier amount takes in or leaves out owns no figure after it)
        in_block = ev.block_end is not None and ev.end <= ctx.start < ev.block_end
        if in_sentence:
            in_sentence_works.append(ev)
        if in_sentence or in_block:
            # a figure with no event said around its project is "funding"; the details of a
            # "Dự án X: ..." block describe a project under way
            event = ev.event if ev.said else "funding"
            if not ev.said and ev.start <= _ITEM_REACH and _ITEM_LINE.match(ctx.text):
                event = _event_of_list_head(ctx.preceding) or event
            if ev.block_end is not None and (ev.event == "started" or not ev.said):
                event = "started" if ev.said and in_sentence and _started_before(ctx, ev.end) else "in_progress"
            best = (ev.name, event, ev.end)
    if best is not None and _examples_of_a_group(ctx, in_sentence_works):
        return None  # (the money of the whole group, more works than the ones named)
    respective = _respective_work(ctx, in_sentence_works) if best else None
    if respective is not None:
        best = (respective.name, respective.event if respective.said else "funding", respective.end)
    elif best is not None:
        best = (
            _listed_group_total(ctx, in_sentence_works)
            or _joint_total(ctx, in_sentence_works)
            or _package_of_project(ctx, in_sentence_works)
            or _package_naming_its_work(in_sentence_works, best)
            or _group_after_a_priced_work(ctx, best[2])
            or best
        )
    return (
        best
        or _subject_after_invested(ctx)
        or _group_owner(ctx)
        or _referring_group_owner(ctx)
        or _remaining_packages_owner(ctx)
        or _works_progress_owner(ctx, last_name)
        or _builders_share_owner(ctx, last_name)
        or _work_allotted_after(ctx)
        or _work_paid_for(ctx)
        or _investment_sentence_owner(ctx)
        or _share_of_finished_work(ctx, last_name)
        or _described_work_owner(ctx)
        or _headline_amount_of_named_project(ctx)
        or _work_before_its_total(ctx)
        or _share_of_a_works_total_owner(ctx)
        or _defined_work_owner(ctx)
        or _within_the_project_owner(ctx)
        or _cumulative_disbursement_owner(ctx)
        or _subject_after_fronted_price(ctx)
        or _heading_project_owner(ctx)
    )


# "BÁO CÁO / Tiến độ giải phóng mặt bằng Dự án đường X - Y (giai đoạn 1)" over "1. Thông tin chung" / "Dự án có tổng
# mức đầu tư ...": a report whose title names one project is about it; a numbered heading of its sections ends no
# reference to it (one naming a work of its own, "2. Dự án Z", opens that work's section)
_FIRST_SECTION = re.compile(r"^[ \t]*" + NUMBERED_MARK + r"[ \t]", re.M)
_WORK_SECTION = re.compile(r"^[ \t]*" + NUMBERED_MARK + r"[ \t]*(?:Dự\s+án|DỰ\s+ÁN|Công\s+trình|CÔNG\s+TRÌNH)\s", re.M)
_TITLE_REACH = 800
# (the paper's kind opens its title: the header's lines above it, "BAN CHỈ ĐẠO GPMB CÁC DỰ ÁN TRỌNG ĐIỂM", are its
# issuer's)
_PAPER_KIND = re.compile(r"\b(?:BÁO\s+CÁO|THÔNG\s+BÁO|TỜ\s+TRÌNH|KẾ\s+HOẠCH)\b")


@per_document(maxsize=4)
def _title_block(document: str) -> tuple[int, str | None]:
    """(end, the one work it names) of a report's opening lines, down to its first numbered heading."""
    first = _FIRST_SECTION.search(document, 0, _TITLE_REACH)
    if first is None:
        return 0, None
    head = document[: first.start()]
    head = head[max((m.start() for m in _PAPER_KIND.finditer(head)), default=0):]
    return first.start(), _only_work_named(head)


def _project_of_the_report(ctx: FigureContext) -> str | None:
    """The work a report's title names, for a bare reference in a section under it with no work named before."""
    if not ctx.heading or not ctx.offset:
        return None
    end, name = _title_block(ctx.document)
    if name is None or end > ctx.offset or _WORK_SECTION.search(ctx.document, end, ctx.offset):
        return None
    return name


def _started_before(ctx: FigureContext, name_end: int) -> bool:
    """ "Dự án X: đã khởi công tháng 1/2026, tổng mức đầu tư 350 tỷ đồng": the start said in the figure's own clause,
    before it, is the figure's event (a start said in an earlier sentence of the block is history, the works now under
    way)."""
    between = ctx.text[max(name_end, _sentence_from(ctx)) : ctx.start]
    between = between[between.rfind(";") + 1 :]  # ("đã khởi công năm 2023; đến nay đã giải ngân ...": another clause)
    return ("công" in between or "thổ" in between) and said_event("", between) == "started"


# "1. Dự án đường cao tốc X - Y" over "Tổng mức đầu tư ... Lũy kế giải ngân ... đạt ...": a heading that is a project's
# name, the section under it that project's report
_PROJECT_HEADING = re.compile(
    r"\s*(?:" + NUMBERED_MARK + r"\s*|" + DASH_MARK + r"\s*)?(?:Dự\s+án|Công\s+trình|DỰ\s+ÁN)\s"
)


@per_document(maxsize=16)  # asked for every money figure of its section
def _project_of_heading(heading: str) -> str | None:
    """The project a heading names, when the heading is nothing but its name."""
    opening = _PROJECT_HEADING.match(heading)
    if opening is None:
        return None
    whole = heading.rstrip(" .:")
    events = [ev for ev in find_project_events(whole) if not ev.part and ev.start <= opening.end()]
    return events[0].name if events and events[0].end == len(whole) else None


def _heading_project_owner(ctx: FigureContext) -> tuple[str, str, int] | None:
    if not ctx.heading:
        return None
    name = _project_of_heading(ctx.heading)
    if name is None or _MANY_WORKS.search(ctx.sentence_text):
        return None
    return name, "funding", ctx.sentence[0]


# "Dự án X được phê duyệt với khái toán 32 tỷ đồng. Trong khuôn khổ Dự án, sẽ mua sắm thiết bị 30 tỷ đồng; ...",
# "Nguồn kinh phí thực hiện dự án lấy từ ngân sách trung ương 30 tỷ đồng": a sentence that opens inside the bare
# project, or on the money that carries it out, splits the project named before into its costs and sources
_OPENS_WITHIN_THE_PROJECT = re.compile(
    r"\s*(?:Trong\s+khuôn\s+khổ\s+(?:của\s+)?|(?:Nguồn\s+)?(?:vốn|kinh\s+phí)\s+(?:để\s+)?(?:thực\s+hiện|đầu\s+tư|"
    r"xây\s+dựng)\s+(?:của\s+)?)(?:dự\s+án|công\s+trình)(?=\s*,|\s+(?:sẽ|được|đã|là|gồm|lấy|từ)\b)",
    _I,
)


def _money_sentence_opening_on(ctx: FigureContext, opening: re.Pattern[str]) -> tuple[int, re.Match[str]] | None:
    """Where the sentence of a sum of money opens, and its ``opening`` words, when it opens on them before the sum."""
    if ctx.unit not in ("VND", "USD"):
        return None
    start = _sentence_from(ctx)
    m = opening.match(ctx.text, start)
    return (start, m) if m is not None and m.end() <= ctx.start else None


def _within_the_project_owner(ctx: FigureContext) -> tuple[str, str, int] | None:
    if (opened := _money_sentence_opening_on(ctx, _OPENS_WITHIN_THE_PROJECT)) is None:
        return None
    start, m = opened
    name = _work_named_before(ctx, start)
    return (name, "funding", m.end()) if name else None


# "Dự án X có tổng mức đầu tư 2.350 tỷ đồng." then "Lũy kế giải ngân đến ngày 31/10/2026 đạt 1.420 tỷ đồng": a
# sentence that opens on a cumulative disbursement with no owner of its own, after a passage that names one work and
# no other, counts that work's money paid out (not a whole's: "Lũy kế giải ngân vốn đầu tư công của tỉnh ...")
_OPENS_ON_CUMULATIVE_DISBURSEMENT = re.compile(
    r"\s*(?:Lũy|Luỹ)\s+kế\s+(?:vốn\s+)?giải\s+ngân\b"
    rf"(?![^.;:\d]{{0,40}}?\b(?:của|cho|các|toàn|{UNIT_WORDS}|ngành|chương\s+trình)\b)",
    _I,
)


def _only_work_named(passage: str) -> str | None:
    """The one work a passage names, when it names exactly one."""
    names = {_row_name(passage, m) for m in _outermost([m for m in find_mentions(passage) if not m.part])}
    return names.pop() if len(names) == 1 else None


def _cumulative_disbursement_owner(ctx: FigureContext) -> tuple[str, str, int] | None:
    if (opened := _money_sentence_opening_on(ctx, _OPENS_ON_CUMULATIVE_DISBURSEMENT)) is None:
        return None
    start = opened[0]
    passage = ctx.text[:start]
    name = _only_work_named(passage if passage.strip() else _paragraph_naming_the_work(ctx.preceding))
    return (name, "funding", start) if name else None


# "Trong đó, Hồ Ya Ly là công trình thủy lợi lớn nhất vùng, với tổng vốn đầu tư 900 tỷ đồng": a proper name the
# sentence opens on and says is a work ("X là (một) công trình/dự án ...") names that work, whatever its kind
# word, and owns the investment the sentence gives
_DEFINED_WORK = re.compile(
    r"(?:(?:Trong\s+đó|Theo\s+đó|Hiện\s+nay)\s*,\s*)?(" + CAP_WORD + r"(?:\s+" + CAP_WORD + r"){1,5})"
    r"\s+là\s+(?:một\s+)?(?:công\s+trình|dự\s+án)\b"
)


def _defined_work_owner(ctx: FigureContext) -> tuple[str, str, int] | None:
    if ctx.unit not in ("VND", "USD") or " là " not in ctx.sentence_text:
        return None
    m = _DEFINED_WORK.match(ctx.text, ctx.sentence[0])
    if m is None or m.end() > ctx.start or not _TOTAL.search(ctx.text, m.end(), ctx.start):
        return None
    return spaced(m.group(1)), "funding", m.end(1)


# "Trường X được phê duyệt chủ trương đầu tư. / Quy mô ... . Tổng mức đầu tư là 9 tỷ đồng", "Công trình X được
# khởi công ... . Sau 1 năm, công trình đã hoàn thiện, ... với tổng mức đầu tư xây dựng 7 tỷ đồng": "tổng mức đầu
# tư" is the price of one work, so a price said with it and no work in its sentence is the work named last before
# it, in its paragraph or the paragraph naming the work (not a group's: "các dự án", "3 công trình")
_TOTAL_OF_A_WORK = guarded(re.compile(
    rf"\btổng\s+mức\s+đầu\s+tư(?:\s+xây\s+dựng)?\s*(?:(?:là|{HEDGE_WORDS})\s+)*$", _I
))
_MANY_WORKS = re.compile(
    r"\b(?:các|những)\s+(?:dự\s+án|công\s+trình)\b|" + _GROUP_COUNT + r"(?:dự\s+án|công\s+trình)\b", _I
)


# "Dự án chia thành 3 gói thầu ... . Gói thầu còn lại trị giá 420 tỷ đồng": a sentence that opens on the packages
# left of those just told is about them; their price is theirs, as a counted group's is
_REMAINING_PACKAGES = re.compile(r"\s*(?:(?:các|\d+|hai|ba|bốn)\s+)?gói\s+thầu\s+còn\s+lại\b", _I)


def _remaining_packages_owner(ctx: FigureContext) -> tuple[str, str, int] | None:
    if ctx.unit not in ("VND", "USD") or "còn lại" not in ctx.before:
        return None
    m = _REMAINING_PACKAGES.match(ctx.text, ctx.sentence[0])
    if m is None or "gói thầu" not in (ctx.preceding + ctx.text[: ctx.sentence[0]]).lower():
        return None
    return spaced(m.group()), "funding", m.end()


def _work_before_its_total(ctx: FigureContext) -> tuple[str, str, int] | None:
    if ctx.unit not in ("VND", "USD") or not _TOTAL_OF_A_WORK.search(ctx.before):
        return None
    if _MANY_WORKS.search(ctx.sentence_text) or _AREA_INVESTMENT.search(ctx.before):
        return None
    name = _work_named_before(ctx, ctx.sentence[0])
    return (name, "funding", ctx.sentence[0]) if name else None


# "Dự án X có tổng mức đầu tư 1.200 tỷ đồng." then "Đến nay, giải ngân đạt 58% tổng mức đầu tư (của dự án)": a per
# cent of a total investment is a share of one work's price (a province's plan is "kế hoạch", never "tổng mức đầu
# tư"), so with no work in its sentence it is the work named last's, in its paragraph or the one naming the work
_OF_A_WORKS_TOTAL_AFTER = re.compile(r"\s*(?:so\s+với\s+)?(?:tổng\s+mức\s+đầu\s+tư|TMĐT)\b", _I)


def _share_of_a_works_total_owner(ctx: FigureContext) -> tuple[str, str, int] | None:
    if ctx.unit != "pct" or not _OF_A_WORKS_TOTAL_AFTER.match(ctx.after):
        return None
    if _MANY_WORKS.search(ctx.sentence_text):
        return None  # ("các dự án đã giải ngân 60% tổng mức đầu tư": the group's, no one work's)
    name = _work_named_before(ctx, ctx.sentence[0])
    return (name, "funding", ctx.sentence[0]) if name else None


def _work_named_before(ctx: FigureContext, start: int) -> str | None:
    """The work named last before ``start``: in the figure's paragraph, else in the paragraph naming the work."""
    name = last_project_name(ctx.text[:start]) if start else None
    return name if name is not None else last_project_name(_paragraph_naming_the_work(ctx.preceding))


# "hầm xuyên núi 1.000 tỷ đồng", "bệnh viện tư nhân 450 tỷ đồng", "dự án đường ven sông gần 2.000 tỷ đồng": a work
# described, not named, with its price right after it ("trường học mới với tổng vốn 15 tỷ đồng": the words that give
# it its price, "với" and the price's noun, are none of it; not "có tổng vốn", a sentence of its own about a work)
_DESCRIBED_WORK = guarded(
    re.compile(
        # (the nouns grouped by letters: the same matches as ``(?:dự\s+án\s+đường|" + _WORK_NOUN + ")``)
        r"(?<!\w)(" + _caseless_alternation([r"dự\s+án\s+đường", *_WORK_NOUN_SOURCES])
        + r"(?:\s+[^\W\d]+){0,4}?)"
        + r"(?:\s+với\s+(?:tổng\s+)?(?:mức\s+đầu\s+tư|vốn(?:\s+đầu\s+tư)?|kinh\s+phí))?"
        + rf"\s+(?:(?:{HEDGE_WORDS})\s+)?$",
        _I,
    )
)


# ("doanh thu của doanh nghiệp trong các khu công nghiệp ước đạt X", "Thu từ Nhà máy lọc dầu X": what a work earns;
# "kè trị giá X": the value of works done; "X tỉ đồng/km": a cost per unit)
_NOT_A_PRICE = guarded(re.compile(r"\b(?:thu|ước|đạt|trị\s+giá|giá\s+trị)\b", _I))


# "Khởi công dự án hơn 5.000 tỷ đồng kết nối hai tỉnh", "Khánh thành dự án 300 tỷ đồng ở xã X": a headline's bare
# project, priced right after the verb of its event; what the project is comes after the amount
# ("Phê duyệt dự án FDI gần 700 tỉ cho một KCN ở X": up to three words of what kind of project between, none of
# them a word of its money or of a predicate)
_BARE_PROJECT = guarded(re.compile(
    r"(?<!\w)(dự\s+án(?:\s+(?!(?:có|tổng|vốn|với|là|được|trị|giá|mức|đầu|tư|kinh|phí|này|đó|trên)\b)[^\W\d]+){0,3}?)"
    rf"\s+(?:(?:{HEDGE_WORDS})\s+)?$",
    _I,
))
_WHAT_IT_IS = re.compile(r"\s+([^\W\d][^,.;:()\n]{0,80})")


# the end of a headline's line (which the layout may join to the lead with a run of spaces)
_ENDS_ITS_LINE = re.compile(r"[ \t]*(?:\n|$)|\s{2,}")


def _priced_project_after_its_event(ctx: FigureContext) -> tuple[str, str, int] | None:
    m = _BARE_PROJECT.search(ctx.before, max(0, len(ctx.before) - 30))
    if m is None or _PLURAL_BEFORE.search(ctx.before[: m.start(1)]):
        return None  # ("khởi công 3 dự án hơn 5.000 tỷ đồng": a group's money, read as the group's)
    said = said_event(ctx.before[: m.start(1)], "")
    if said is None:
        return None  # ("Tỉnh có dự án 500 tỷ đồng ...": no news of the project said with it)
    what = _WHAT_IT_IS.match(ctx.text, ctx.unit_end)
    if what is None and len(m.group(1).split()) == 2 and _ENDS_ITS_LINE.match(ctx.text, ctx.unit_end):
        return None  # ("Khởi công dự án 2.300 tỉ đồng" ending its line: a price of no work said, the lead names it)
    name = spaced(m.group(1)) + (" " + spaced(what.group(1).strip()) if what else "")
    return name, said, ctx.sentence[0] + m.end(1)


def _described_work_owner(ctx: FigureContext) -> tuple[str, str, int] | None:
    if ctx.unit not in ("VND", "USD") or ctx.text.startswith("/", ctx.unit_end):
        return None
    if (priced := _priced_project_after_its_event(ctx)) is not None:
        return priced
    m = _DESCRIBED_WORK.search(ctx.before, max(0, len(ctx.before) - 80))
    if m is None or _NOT_A_PRICE.search(ctx.before):
        return None
    if _INSTITUTION_BEFORE.search(ctx.before, max(0, m.start(1) - 16), m.start(1)):
        return None  # ("Doanh nghiệp KCN ... 1.950 tỷ đồng": the park's firms, not a work described)
    if _LOAN_PURPOSE_BEFORE.search(ctx.before, max(0, m.start(1) - 30), m.start(1)):
        return None  # ("giải ngân cho vay mua nhà ở xã hội 615 tỷ đồng": money lent for homes, no work's price)
    if _COUNTED_BEFORE.search(ctx.before, max(0, m.start(1) - 8), m.start(1)):
        return None  # ("nâng cấp 145 phòng học với kinh phí ...": things counted, no one work described)
    # ("Tỉnh chấp thuận đầu tư dự án tổ hợp giáo dục 338 tỷ đồng": the verb before the work is its event)
    said = said_event(ctx.before[: m.start(1)], "")
    return spaced(m.group(1)), said or "funding", ctx.sentence[0] + m.end(1)


# "Được đầu tư 1.000 tỷ đồng, sau hơn 2 năm thi công, hầm X đã ...": a sentence opening on what was invested
# (after the agency's mark of a lead: "TPO - ", "(GLO)- ") gives the price of its subject, named after it
# (the lead may follow a headline the layout joined to it with a run of spaces)
_INVESTED_LEAD = re.compile(
    r"(?:^|\s{2,})\s*(?:\(?[A-Z]{2,8}\)?\s*[-–]\s*)?Được\s+đầu\s+tư\s+(?:(?:tổng\s+)?(?:vốn|kinh\s+phí)\s+)?"
    rf"(?:(?:{HEDGE_WORDS}|lên\s+tới|tới)\s+)?$"
)
# the subject after the figure: at most one short clause between ("sau hơn 2 năm thi công,", "sau gần 10 năm chậm
# tiến độ với nhiều lần điều chỉnh,")
_TO_SUBJECT = re.compile(r"\s*,\s*(?:[^,.;:]{1,60},\s*)?")


def _subject_after_invested(ctx: FigureContext) -> tuple[str, str, int] | None:
    if "Được đầu tư" not in ctx.before or not _INVESTED_LEAD.search(ctx.before):
        return None
    gap = _TO_SUBJECT.match(ctx.text, ctx.unit_end)
    if gap is None:
        return None
    subject = (ev.name for ev in find_project_events(ctx.text) if ev.start == gap.end())
    return next(((name, "funding", ctx.start) for name in subject), None)


# "Có tổng mức đầu tư 2.450 tỷ đồng, cầu X được khởi công ...", "Với số vốn 120 tỷ đồng, Trung tâm y tế Y vừa ...",
# "Sau hơn 2 năm thi công với tổng vốn 850 tỷ đồng, Bệnh viện Z ...": a price in the clause the sentence opens on
# (no other clause before it) is the price of the sentence's subject, the work named right after the comma
_FRONTED_PRICE = guarded(re.compile(
    r"(?:\b(?:tổng\s+)?(?:số\s+)?(?:nguồn\s+)?(?:vốn|kinh\s+phí)(?:\s+đầu\s+tư)?|(?:"
    + word_source("total_investment")
    + rf")|\bđầu\s+tư)\s*(?:là\s+)?(?:(?:{HEDGE_WORDS}|lên\s+(?:tới|đến))\s+)?$",
    _I,
))
_FRONTED_PRICE_REACH = 60  # characters: the longest price phrase with its qualifier, and room to spare
# ("Được đầu tư hơn 68 tỷ đồng từ ngân sách tỉnh, trường ...": where the money came from may follow the price)
_PRICE_TO_SUBJECT = re.compile(r"(?:\s+từ\s+[^,.;:]{1,40})?\s*,\s*", _I)


def _subject_after_fronted_price(ctx: FigureContext) -> tuple[str, str, int] | None:
    opening = _sentence_words(ctx)
    if any(mark in ctx.text[opening : ctx.start] for mark in ",;:()"):
        return None
    before = ctx.before
    # (the price words end the clause: only its last words are searched, not every position of a long one)
    if not _FRONTED_PRICE.search(before, max(0, len(before) - _FRONTED_PRICE_REACH)):
        return None
    gap = _PRICE_TO_SUBJECT.match(ctx.text, ctx.unit_end)
    if gap is None:
        return None
    # (the subject may be the work named before, referred to by its kind: "..., trường có 24 phòng học")
    last_name = last_project_name(ctx.text[:opening]) or last_project_name(ctx.preceding)
    subject = (ev.name for ev in find_project_events(ctx.text, last_name) if ev.start == gap.end())
    return next(((name, "funding", ctx.start) for name in subject), None)


# "Bố trí 1.200 tỷ đồng cho Dự án đường X", "tỉnh phân bổ 85 tỷ đồng để thực hiện dự án Y": the capital a plan
# allots (data/words/capital_plan.csv, right before the amount) to the work named right after it
_ALLOTTED_TO = re.compile(r"(?:\s+đồng)?\s+(?:cho|để\s+(?:thực\s+hiện|đầu\s+tư|xây\s+dựng))\s+", _I)


def _work_allotted_after(ctx: FigureContext) -> tuple[str, str, int] | None:
    if ctx.unit not in ("VND", "USD") or (gap := _ALLOTTED_TO.match(ctx.text, ctx.unit_end)) is None:
        return None
    opening = _sentence_from(ctx)
    if not _PLAN.search(ctx.text, max(opening, ctx.start - _FRONTED_PRICE_REACH), ctx.start):
        return None
    subject = (ev.name for ev in find_project_events(ctx.text) if ev.start == gap.end() and not ev.part)
    return next(((name, "funding", opening) for name in subject), None)


# "Trạm y tế X được khởi công ... . Tổng nguồn vốn đầu tư gần 5 tỷ đồng, trong đó ...": a sentence that
# opens on the investment speaks of the project named before it in the paragraph
_AREA_INVESTMENT = guarded(word_pattern("area_investment", _I))
# "Tổng trị giá các phần quà trên 80 triệu đồng": the value said of the gifts handed out at a work's ceremony is
# theirs, not the work's price (the gift words right before the figure, after the value word)
_GIFTS_VALUED = re.compile(
    r"(?:trị\s+giá|giá\s+trị|kinh\s+phí)\s+(?:của\s+)?(?:các\s+|những\s+)?(?:" + word_source("gift_objects")
    + r")\b[^.;]{0,20}$",
    _I,
)
# ("Dự kiến tổng vốn đầu tư ...": an investment planned is the project's investment all the same)
# ("Với tổng vốn gần 800 tỉ đồng, dự án được xem là ...": the same)
_OPENS_ON_INVESTMENT = re.compile(
    # ("Theo đó, với tổng kinh phí 15 tỷ đồng, ...", "Trong tổng kinh phí nói trên gồm ...": the same)
    # ("Sau điều chỉnh, tổng mức đầu tư của dự án tăng lên ...", "Hiện nay, tổng vốn ...": a fronted time first)
    r"\s*(?:Theo\s+đó\s*,\s*|Trong\s+|(?:Sau\s+(?:khi\s+)?(?:điều\s+chỉnh|thẩm\s+định|rà\s+soát)[^,.;:]{0,30}|"
    r"Hiện\s+(?:nay|tại)|Đến\s+nay)\s*,\s*)?(?:dự\s+kiến\s+|với\s+)?(?:tổng\s+(?:vốn|kinh\s+phí)\b|(?:tổng\s+)?(?:"
    + word_source("total_investment")
    + r"))",
    _I,
)


# "... tổng mức đầu tư của dự án X nâng lên 120 tỷ đồng. Trong đó, chi phí xây dựng 73 tỷ đồng ...": a
# sentence opening on "Trong đó" splits the investment of the sentence before it into its costs
_OPENS_ON_SHARE = re.compile(r"\s*Trong\s+đó\s*,?", _I)
# "... với tổng vốn đầu tư 25.540 tỷ đồng. Vốn Nhà nước tham gia 12.770 tỷ đồng và vốn nhà đầu tư 12.770 tỷ đồng": a
# sentence opening on where a share of the money comes from splits the investment of the sentence before it
_OPENS_ON_SOURCE_SHARE = re.compile(
    r"\s*(?:Trong\s+đó\s*,?\s*)?(?:nguồn\s+)?vốn\s+(?:(?:của\s+)?Nhà\s+nước|ngân\s+sách|nhà\s+đầu\s+tư|"
    r"doanh\s+nghiệp|xã\s+hội\s+hóa|trung\s+ương|địa\s+phương|"
    # (the investor's own and borrowed money: "Vốn chủ sở hữu 300 tỷ đồng, vốn vay 850 tỷ đồng")
    r"chủ\s+sở\s+hữu|góp|tự\s+có|vay|huy\s+động)\b",
    _I,
)
# "... với tổng kinh phí hơn 350 triệu đồng. Trong đó, nhóm thiện nguyện hỗ trợ 158 triệu đồng"
# ("... hoàn thành với giá trị xây lắp 2 tỷ đồng. Trong đó, huyện hỗ trợ 40 triệu đồng": the finished work's cost)
_FINISHED_WORKS = (r"(?:hoàn\s+thành|đưa\s+vào\s+sử\s+dụng)\s+(?:[^.;:!?\d]{0,30}\s)?với\s+(?:tổng\s+)?giá\s+trị\s+"
                   r"xây\s+lắp")
_COST_SAID = re.compile(r"\bkinh\s+phí\b|\btổng\s+(?:nguồn\s+)?vốn\b|" + _FINISHED_WORKS, _I)
_FINISHED_WORKS_SAID = re.compile(_FINISHED_WORKS, _I)
# "công trình được hoàn thành đưa vào sử dụng với giá trị xây lắp 2 tỷ đồng": the value of the works of a work
# finished is its cost, no progress
_FINISHED_WORKS_VALUE = re.compile(
    _FINISHED_WORKS + rf"\s*(?:là\s+)?(?:(?:{HEDGE_WORDS})\s+)?$", _I
)


# "... Tổng mức đầu tư là 1.411 tỉ đồng. Hiện tại, vốn đã bố trí là 1.160 tỉ đồng": the capital allotted
# so far, in a sentence of its own, is the project's too
_OPENS_ON_PLAN = re.compile(
    r"\s*(?:(?:Hiện\s+(?:tại|nay)|Đến\s+nay)\s*,?\s*)?(?:" + word_source("capital_plan") + r")", _I
)


# "Dự án đường ven biển X ... . Trong đó, đoạn qua tỉnh Y cũ dài 86 km, vốn đầu tư 2.200 tỷ đồng": a sentence
# opening on a section of the work named before gives the section's investment
_OPENS_ON_SECTION = re.compile(r"\s*(?:Trong\s+đó\s*,?\s*)?(?:đoạn|Đoạn)\s+(?:qua|từ|tuyến|thuộc)\b")


def _section_investment(ctx: FigureContext) -> bool:
    return bool(_OPENS_ON_SECTION.match(ctx.text, ctx.sentence[0]) and _TOTAL.search(ctx.clause_before()))


# (" date 2025-11-28 Với tổng mức đầu tư ...": the excerpt's date marker opens the first sentence, before its
# words; placement.DATE_MARKER reads it)


def _sentence_words(ctx: FigureContext) -> int:
    """Where the words of the figure's sentence start (after a dateline)."""
    return _words_start(ctx.text, ctx.sentence[0])


def _words_start(text: str, start: int) -> int:
    """Where the words of the sentence of ``text`` starting at ``start`` start (after a dateline)."""
    dateline = DATE_MARKER.match(text) if start == 0 else None
    return dateline.end() if dateline else start


# "Dự án X theo phương thức PPP:" over "- Tổng mức đầu tư: 19.784 tỷ đồng." / "- Vốn nhà nước tham gia: ...": an item
# line's mark before the words its sentence opens on
_ITEM_MARK = re.compile(r"\s*(?:" + DASH_MARK + r"|[+•*])\s*")


def _opening_words(ctx: FigureContext) -> int:
    """Where the words of the figure's sentence start, after a dateline or an item line's mark."""
    return _opening_at(ctx.text, ctx.sentence[0])


def _opening_at(text: str, start: int) -> int:
    """Where the words of the sentence of ``text`` starting at ``start`` start, after a dateline or an item
    line's mark."""
    opening = _words_start(text, start)
    mark = _ITEM_MARK.match(text) if opening == 0 else None
    return mark.end() if mark is not None else opening


def _opens_on_investment(ctx: FigureContext) -> bool:
    opens = _sentence_opens_on_investment(ctx.text, ctx.sentence[0])
    if opens is not None:
        return opens
    # ("- Vốn nhà nước tham gia: 9.350 tỷ đồng." under "- Tổng mức đầu tư: ...": a share of the item before)
    previous = ctx.preceding.rstrip().rpartition("\n")[2]
    return _ITEM_MARK.match(previous) is not None and _TOTAL.search(previous) is not None


# (every money figure of a sentence asks, up to three times: 13,273 asks of 6,421 sentences over the corpus; a
# pure function of the paragraph and the sentence's start)
@per_document(maxsize=64)
def _sentence_opens_on_investment(text: str, start: int) -> bool | None:
    """Does the sentence of ``text`` starting at ``start`` open on the investment, or on a share of the one the
    sentence before gave? None when the line before the paragraph decides (a share opening an item line)."""
    opening = _opening_at(text, start)
    if _OPENS_ON_INVESTMENT.match(text, opening) or _OPENS_ON_PLAN.match(text, opening):
        return True
    if not (_OPENS_ON_SHARE.match(text, start) or _OPENS_ON_SOURCE_SHARE.match(text, start)):
        if start or opening == 0 or not _OPENS_ON_SOURCE_SHARE.match(text, opening):
            return False
        return None
    previous = text[_sentence_start(text, max(0, start - 2)) : start]
    return bool(_TOTAL.search(previous) or _COST_SAID.search(previous))


# "... Dự án kênh X giải ngân hơn 14,7 tỷ đồng. Đến nay nhà thầu tiếp tục thi công ... Ước giải ngân đạt
# 100% kế hoạch": a disbursement said with no work in its sentence is of the work named before it,
# unless the sentence speaks of the area's public capital
_AREA_CAPITAL = guarded(
    re.compile(r"đầu\s+tư\s+công|ngân\s+sách|toàn\s+tỉnh|cả\s+tỉnh|chương\s+trình|các\s+dự\s+án", _I)
)


def _disbursement_of_work_before(ctx: FigureContext) -> bool:
    return bool(_DISBURSED.search(ctx.before)) and not (
        _AREA_CAPITAL.search(ctx.sentence_text) or _AREA_INVESTMENT.search(ctx.before)
    )


# "Dự án X có quy mô ... . / Dự án phân bổ 1.002 căn nhà ... . / Tổng vốn đầu tư hơn ...", "Quy mô đầu tư của
# dự án gồm: ...": a paragraph that names no work but speaks of the bare project (opening on the word, or
# "của/cho dự án") goes on about the work named before it (the passage is one)
# (a capital after the word opens a name: "Dự án Khu đô thị X ..."; a plant is spoken of as "Nhà máy" alone too:
# "Nhà máy có công suất 200 MW ...")
_OPENS_ON_BARE_PROJECT = re.compile(r"\s*(?:Dự\s+án|Công\s+trình|Nhà\s+máy)\s+(?!" + UPPER + r")")
# ("Đến nay, dự án đã giải ngân ...": the bare project the subject after a fronted time or source)
_BARE_PROJECT_AFTER_FRONTED = re.compile(
    r"\s*[^\W\d][^,.;:\n]{2,40},\s*(?:dự\s+án|công\s+trình)\s+(?!" + UPPER + r")(?=(?:đã|đang|hiện|giải|được|có)\b)"
)
_OF_BARE_PROJECT = re.compile(r"\b(?i:của|cho)\s+(?i:dự\s+án|công\s+trình)\b(?!\s+" + UPPER + r")")
# ("... giải ngân đạt 57% tổng mức đầu tư (dự án).": a share of one work's price, closing its clause, names none)
_SHARE_OF_BARE_TOTAL = re.compile(
    r"%\s*(?:so\s+với\s+)?(?:tổng\s+mức\s+đầu\s+tư|TMĐT)(?:\s+(?:của\s+)?(?:dự\s+án|công\s+trình))?\s*(?:[.,;)]|$)", _I
)
# how many such paragraphs a passage may run on before the price (a longer run is another passage)
_PASSAGE_PARAGRAPHS = 3


def _speaks_of_the_bare_project(paragraph: str) -> bool:
    return bool(
        _OPENS_ON_BARE_PROJECT.match(paragraph)
        or _OF_BARE_PROJECT.search(paragraph)
        or _BARE_PROJECT_AFTER_FRONTED.match(paragraph)
        or ("%" in paragraph and _SHARE_OF_BARE_TOTAL.search(paragraph))
    )


# "1. Dự án: Trường X" over "- Chủ đầu tư: UBND xã Y." / "- Tổng mức đầu tư: 14,5 tỷ đồng." / "- Giải ngân: ...": the
# labelled lines of a project's record (data/words/project_record_fields.csv) go on about the work named above them,
# however many (up to a record's length), and take none of the passage's few paragraphs
_RECORD_LINE = re.compile(
    r"\s*(?:" + DASH_MARK + r"|[+•*])\s*(?:" + word_source("project_record_fields") + r")\s*(?:\([^()]{1,30}\)\s*)?:",
    _I,
)
_RECORD_LINES = 8
_RECORD_DISBURSEMENT = re.compile(
    r"\s*(?:" + DASH_MARK + r"|[+•*])\s*(?:lũy\s+kế\s+|đã\s+)?giải\s+ngân\b[^:]{0,30}:", _I
)


def _paragraph_naming_the_work(preceding: str) -> str:
    """The paragraph right before, or the one further back that named the work when the paragraphs
    between only go on about the bare project ("Dự án phân bổ ...", "Quy mô của dự án gồm ...") or are
    lines of its record ("- Chủ đầu tư: ...")."""
    paragraphs = [p for p in preceding.rstrip().split("\n") if p.strip()]
    if not paragraphs:
        return ""
    back, passage, records = 1, _PASSAGE_PARAGRAPHS, _RECORD_LINES
    while back < len(paragraphs) and passage:
        paragraph = paragraphs[-back]
        # ("... công trình Trường X với quy mô cụ thể: / Xây dựng 7 phòng học; ..."): the items a paragraph
        # ending on a colon introduces go on about its work
        listed = back < len(paragraphs) and paragraphs[-back - 1].rstrip().endswith(":")
        named = last_project_name(paragraph) is not None
        back += 1
        if not named and records and _RECORD_LINE.match(paragraph):
            records -= 1
            continue
        passage -= 1
        if listed and not named:
            continue
        if named or not _speaks_of_the_bare_project(paragraph):
            return paragraph
    return paragraphs[-min(len(paragraphs), back)]


def _share_of_finished_work(ctx: FigureContext, last_name: str | None) -> tuple[str, str, int] | None:
    """"... hoàn thành, đưa vào sử dụng với giá trị xây lắp 2,2 tỷ đồng. Trong đó, huyện hỗ trợ 40 triệu đồng": a
    share of the finished work's price is the work's, named last (as the price's owner is)."""
    start = ctx.sentence[0]
    if last_name is None or not start or not _OPENS_ON_SHARE.match(ctx.text, start):
        return None
    if not _FINISHED_WORKS_SAID.search(_sentence_before(ctx)):
        return None
    return _works_taken_together_before(ctx, last_name) or last_name, "funding", start


def _sentence_before(ctx: FigureContext) -> str:
    """The sentence before the figure's, in its paragraph."""
    return ctx.text[_sentence_start(ctx.text, max(0, ctx.sentence[0] - 2)) : ctx.sentence[0]]


def _investment_sentence_owner(ctx: FigureContext) -> tuple[str, str, int] | None:
    section = _section_investment(ctx)
    if not (section or _opens_on_investment(ctx) or _disbursement_of_work_before(ctx)):
        return None
    if _AREA_INVESTMENT.search(ctx.before) or _ATTRACTION.search(ctx.before):
        return None  # "Tổng vốn đầu tư toàn xã hội ...", registered FDI: the area's money, not a work's
    if ("quà" in ctx.before or "học bổng" in ctx.before) and _GIFTS_VALUED.search(ctx.before):
        return None  # the gifts' value, not the work's
    if not section and ("các" in ctx.before or "những" in ctx.before or "Các" in ctx.before):
        # "Tổng kinh phí đầu tư các công trình trên là 185 tỷ đồng": the works the sentence itself refers to together
        # own the money, not the last of them
        group = _GROUP_REFERENCE.search(ctx.text, _opening_words(ctx), ctx.start)
        if group is not None and _opens_on_investment(ctx):
            return spaced(group.group()), "funding", ctx.sentence[0]
    if ctx.sentence[0]:
        before = ctx.text[: ctx.sentence[0]]
    elif section or _opens_on_investment(ctx) or _RECORD_DISBURSEMENT.match(ctx.text):
        # a paragraph that opens on "Tổng mức đầu tư dự kiến ..." speaks of the project the paragraph
        # right before it named (not of a work named further back, e.g. a related article's headline); so does a
        # disbursement line of a project's record ("- Giải ngân: 4,2 tỷ đồng")
        before = _paragraph_naming_the_work(ctx.preceding)
    else:
        before = ""  # a disbursement opening its paragraph ("Về giải ngân, ...") names its own subject
    name = last_project_name(before) if before else None
    if name is None and ctx.sentence[0] and _needs_context(ctx.text):
        name = _referred_before(ctx)
    if name is None and ctx.heading and (_speaks_of_the_bare_project(ctx.sentence_text) or _needs_context(ctx.text)):
        name = _project_of_the_report(ctx)  # ("3. Giải ngân vốn" / "Kế hoạch vốn ... của dự án là ...")
    if name is None:
        name = _work_named_after(ctx)
    if name is None and ctx.sentence[0]:
        name = _group_referred_before(ctx)
    if name is not None and ctx.sentence[0]:
        name = _listed_group_before(ctx) or _works_taken_together_before(ctx, name) or name
    if name is None and ctx.sentence[0] and not section and _opens_on_investment(ctx):
        # "Cụm công nghiệp chuyên ngành năng lượng; quy mô ... . Tổng mức đầu tư: 1.108 tỷ đồng.": a paragraph
        # that goes on describing, unnamed, the work the paragraph before named; its total is that work's
        name = last_project_name(_paragraph_naming_the_work(ctx.preceding))
    return (name, "funding", ctx.sentence[0]) if name else None


# "... cho biết những trường học trên đều là ... . Tổng vốn đầu tư lên đến 379 tỉ đồng": the works the sentence
# before referred to together own the investment
_GROUP_REFERENCE = re.compile(
    r"\b(?:những|các)\s+(?:công\s+trình|dự\s+án|"
    + _WORK_NOUN
    + r")(?:\s+[^\W\d]+){0,3}?\s+(?:nói\s+trên|nêu\s+trên|trên|này)\b",
    _I,
)


def _listed_group_before(ctx: FigureContext) -> str | None:
    """ "Xã làm chủ đầu tư 4 công trình với tổng vốn 7,8 tỷ đồng, gồm: A (...), B (...) và C (...). Đến nay đã giải
    ngân 6,2 tỷ đồng": money said with no subject right after a counted group's list is the group's, not its last
    item's (the group as written, "4 công trình")."""
    previous = _sentence_before(ctx)
    head = _LIST_HEAD.search(previous) if ":" in previous else None
    group = _GROUP.search(previous, head.start(), head.end()) if head is not None else None
    if group is None:
        return None
    return spaced(_GROUP_NAME_END.split(group.group(), maxsplit=1)[0]).rstrip(" ,")


_DIGIT = re.compile(r"\d")


def _works_taken_together_before(ctx: FigureContext, name: str) -> str | None:
    """ "Cầu A và đường B đã hoàn thành, đưa vào sử dụng với tổng giá trị xây lắp N. Trong đó, ...": when the sentence
    before ends the works one verb took together on ``name`` and gives their total right after them, the money said
    next with no subject of its own (a share of it, what is paid of it) is theirs together, as _joint_total names
    them, not the last work's."""
    start = ctx.sentence[0]
    before_start = _sentence_start(ctx.text, max(0, start - 2))
    works = [w for w in find_project_events(ctx.text) if before_start <= w.start and w.end <= start]
    if len(works) < 2 or works[-1].name != name:
        return None
    joined = _joined_with_last(ctx.text, works)
    number = _DIGIT.search(ctx.text, joined[-1].end, start)
    if len(joined) < 2 or number is None:
        return None
    end, at = joined[-1].end, number.start()
    if not (
        _TOTAL_AFTER_SHARED_CLAUSE.match(ctx.text, end, at)
        or (_GROUP_TOTAL_AFTER_LIST.match(ctx.text, end, at) and _TOTAL_OF_ALL.match(ctx.text, end, at))
    ):
        return None
    return _joined_names(joined)


def _group_referred_before(ctx: FigureContext) -> str | None:
    previous = _sentence_before(ctx)
    # (the reference may open the sentence, capitalised: "Các trạm y tế này ... . Trong đó ...")
    if "những" not in previous.lower() and "các" not in previous.lower():
        return None
    refs = list(_GROUP_REFERENCE.finditer(previous))
    return spaced(refs[-1].group()) if refs else None


def _referred_before(ctx: FigureContext) -> str | None:
    """ "Dự án này do công ty X trúng thầu ... . Tổng giá trị xây dựng hơn 25,9 tỷ đồng": the project a
    reference earlier in the paragraph stands for (named in the paragraph before)."""
    events = find_project_events(ctx.text, last_project_name(ctx.preceding))
    wholes = [ev for ev in events if not ev.part and ev.end <= ctx.sentence[0]]
    return wholes[-1].name if wholes else None


# "Tổng đầu tư hơn 2.000 tỷ đồng, tuyến đường ven biển X mới đưa vào vận hành ...": the investment the
# sentence opens on is of the work named right after it
_COMMA_AFTER = re.compile(r"\s*,\s*")


def _work_named_after(ctx: FigureContext) -> str | None:
    comma = _COMMA_AFTER.match(ctx.text, ctx.unit_end)
    if comma is None or not _OPENS_ON_INVESTMENT.match(ctx.text, ctx.sentence[0]):
        return None
    return next((ev.name for ev in find_project_events(ctx.text) if ev.start == comma.end()), None)


# "265 tỷ đồng xây cầu qua cửa biển Sa Huỳnh", "500 tỷ đồng làm đường vành đai X": a headline puts the
# money before the work it pays for
_FOR_GROUP = re.compile(r"\s*cho\s+(\d+\s+" + _GROUP_KIND + ")", _I)
# ("700 tỷ đầu tư giai đoạn 2 bệnh viện tại X", "700 tỷ đồng để thực hiện giai đoạn 2 cho dự án bệnh viện
# tại X": the money for a phase of the work)
_PAYS_FOR = re.compile(
    # ("32 tỷ đồng đầu tư xây dựng khu hành chính Bệnh viện X": the same)
    # ("45 tỷ đồng để cải tạo, nâng cấp kênh X": works of two verbs)
    r"\s*(?:để\s+)?(?:(?:cải\s+tạo|sửa\s+chữa|nạo\s+vét|chỉnh\s+trang)\s*(?:,|\svà)\s*)?"
    # ("47 tỷ đồng khôi phục công trình cấp nước X": restoring a broken work is works on it too)
    r"(?:đầu\s+tư\s+(?=xây\s))?(?:xây\s+dựng|xây|làm|nâng\s+cấp|mở\s+rộng|đầu\s+tư|thực\s+hiện|cải\s+tạo|sửa\s+chữa|"
    r"kiên\s+cố\s+h(?:óa|oá)|khôi\s+phục|phục\s+hồi)\s+"
    # ("195 tỷ đồng kiên cố hóa hơn 7 km kênh mương X": the length of the works before their kind)
    rf"(?:thêm\s+|mới\s+|(?:(?:{HEDGE_WORDS})\s+)?\d[\d.,]*\s*(?:km|m)\s+)?"
    # ("70 tỷ đồng đầu tư dự án xử lý sạt lở bờ sông X": after "dự án" any name, not only a work noun)
    # ("8 tỷ đồng xây dựng công trình Nhà văn hóa X": the generic "công trình" before the work noun)
    # (the work noun may end the text: a headline that is a paragraph of its own)
    r"(?:giai\s+đoạn\s+\d+\s+(?:cho\s+)?)?(?:dự\s+án\s+(?=\w)|(?:công\s+trình\s+)?(?=" + _WORK_NOUN + r"(?:\s|$)))",
    _I,
)
# "Tỉnh đầu tư 135 tỷ đồng kè bờ sông X", "chi 40 tỷ đồng cầu Y": a headline says the verb of investing before the
# money and the work right after it
_INVESTS = guarded(re.compile(rf"(?:\bđầu\s+tư|\bchi|\brót|\bdành)\s+(?:(?:{HEDGE_WORDS}|thêm)\s+)?$", _I))
_WORK_RIGHT_AFTER = re.compile(r"\s+(?=" + _WORK_NOUN + r"\s)", _I)
_PAYS_FOR_GROUP = guarded(re.compile(
    r"\s*(?:để\s+)?(?:xây\s+dựng|xây|làm|nâng\s+cấp|mở\s+rộng)\s+(?:thêm\s+|mới\s+)?(\d+\s+" + _GROUP_KIND + ")", _I
))


# "Giải ngân 72,4% vốn đầu tư các công trình thủy lợi", "giải ngân 87,9 tỷ đồng đầu tư các công trình ...":
# the disbursement of the works written after it
_DISBURSED_FOR = re.compile(
    r"\s*(?:vốn\s+)?(?:đầu\s+tư|xây\s+dựng)\s+((?:các\s+)?công\s+trình\s+[^\d,.;:()]{3,60})", _I
)


# "Với tổng mức đầu tư hơn 3.400 tỷ đồng, tỉnh dự kiến xây mới và nâng cấp 16 trường học": a sentence opening on
# the price, then the group of works it pays for (a plan of them: under way)
_BUILDS = r"(?:xây\s+mới|xây\s+dựng|nâng\s+cấp|cải\s+tạo|mở\s+rộng)"
_PRICE_THEN_GROUP = re.compile(
    r"\s*,\s*(?:[^\W\d]+\s+){0,4}?(dự\s+kiến\s+|sẽ\s+)?(?:đầu\s+tư\s+)?"
    + _BUILDS
    + r"(?:\s*(?:,|và)\s*"
    + _BUILDS
    + r")*\s+("
    + _GROUP_COUNT
    + _GROUP_KIND
    + ")",
    _I,
)


# "nguồn vốn Chương trình X được giao 250 tỷ đồng cho 4 dự án": the passive "được giao" says its subject, said before
# it, was given the money; the group after "cho" is where it goes, not the one the plan is of
_GIVEN_TO_SUBJECT_BEFORE = re.compile(rf"\bđược\s+giao\s+(?:(?:{HEDGE_WORDS})\s+)?$", _I)


def _work_paid_for(ctx: FigureContext) -> tuple[str, str, int] | None:
    works = _DISBURSED_FOR.match(ctx.text, ctx.unit_end)
    if works and _DISBURSED.search(ctx.before):
        name = _GROUP_NAME_END.split(works.group(1), maxsplit=1)[0]
        return spaced(name).rstrip(" ,"), "funding", ctx.sentence[0]
    group = _FOR_GROUP.match(ctx.text, ctx.unit_end)
    if group and (_PLAN.search(ctx.before) or _DISBURSED.search(ctx.before)) and not (
        _GIVEN_TO_SUBJECT_BEFORE.search(ctx.before[-40:])
    ):
        # "Phân bổ 9,3 tỷ đồng cho 3 dự án khởi công mới": the group's money, measured by the verb before
        name = _GROUP_NAME_END.split(group.group(1), maxsplit=1)[0]
        return spaced(name).rstrip(" ,"), "funding", ctx.sentence[0]
    group = _PRICE_THEN_GROUP.match(ctx.text, ctx.unit_end)
    if group and _OPENS_ON_INVESTMENT.match(ctx.text, _sentence_words(ctx)):
        name = _GROUP_NAME_END.split(group.group(2), maxsplit=1)[0].strip(" ,")
        return name, "in_progress" if group.group(1) else "funding", ctx.start
    group = _PAYS_FOR_GROUP.match(ctx.text, ctx.unit_end)
    if group:  # "chi hơn 5.600 tỷ xây 3 bệnh viện ở ngoại thành": the group's price
        return _GROUP_NAME_END.split(group.group(1), maxsplit=1)[0].strip(" ,"), "funding", ctx.start
    m = _PAYS_FOR.match(ctx.text, ctx.unit_end)
    if m is None and _INVESTS.search(ctx.before):
        m = _WORK_RIGHT_AFTER.match(ctx.text, ctx.unit_end)
    got = read_name(ctx.text, m.end()) if m else None
    # (the headline's end only matters for a name read after the money: most figures have none, and the
    # line scan is pure, so it is left out for them)
    line_end = _headline_end(ctx) if got is not None else None
    if m is not None and got is not None and line_end is not None and not (
            is_named(got[2], got[3]) or _a_projects_words(ctx, got[2])):
        # "Hơn 14 tỷ đồng xây dựng thêm phòng học" (a headline, its own line): the works the money pays for,
        # unnamed as a headline leaves them
        name = _DATELINE_AFTER.split(ctx.text[m.start():line_end], maxsplit=1)[0]  # (the page's date joined to it)
        return spaced(name).strip(" ,"), "funding", ctx.start
    if got is None or not (is_named(got[2], got[3]) or _a_projects_words(ctx, got[2])):
        return None
    return got[2], "funding", ctx.start  # nothing between the name's place and the figure: its price


_LINE_BREAK = re.compile(r"\n|\s{2,}")  # (the layout joins a page's short lines with two spaces)
_DATELINE_AFTER = re.compile(r"\s+\d{1,2}[/-]\d{1,2}[/-](?:19|20)\d\d\b")
_HEADLINE_LENGTH = 120  # a longer line is no headline


def _near_line_start(text: str, pos: int) -> int | None:
    r"""Where the line holding ``pos`` starts: the end of the last line break in ``text[:pos]`` (0 without
    one), or None when that is more than ``_HEADLINE_LENGTH`` characters back (the line is no headline).

    Only the characters just before ``pos`` are scanned, from a point after a character that is not a space:
    a line break (spaces only, ``str.isspace`` being ``\s``) never runs across that character, so the breaks
    found from there on are those a scan from 0 finds, and a break ending before it is too far back."""
    scan_from = max(0, pos - _HEADLINE_LENGTH - 1)
    while scan_from > 0 and text[scan_from - 1].isspace():
        scan_from -= 1
    last = max((b.end() for b in _LINE_BREAK.finditer(text, scan_from, pos)), default=None)
    if last is None:
        return None if scan_from else 0
    return last


def _headline_end(ctx: FigureContext) -> int | None:
    """The end of the figure's line when it is a headline: short, opening on the amount, without a full stop."""
    line_start = _near_line_start(ctx.text, ctx.start)
    if line_start is None:
        return None
    # (the break after it searched only as far as a headline may run: a break that starts within that reach
    # still has its first two characters there; none there, and the line runs on too long whatever is after)
    after = _LINE_BREAK.search(ctx.text, ctx.start, line_start + _HEADLINE_LENGTH + 2)
    line_end = after.start() if after else len(ctx.text)
    line = ctx.text[line_start:line_end]
    # (a headline has a line after it, the lead: in its paragraph, or the next paragraph when a line of its
    # own, a page's time stamp, parted them)
    last_line = line_end == len(ctx.text) and not (ctx.document and ctx.document[ctx.offset + line_end:].strip())
    if len(line) > _HEADLINE_LENGTH or "." in line[ctx.unit_end - line_start:] or last_line:
        return None
    return line_end if _AMOUNT_OPENS.fullmatch(ctx.text, line_start, ctx.start) else None


# "2.600 tỷ đồng tăng cường kết nối giao thông và thuỷ lợi tỉnh X" (a headline) and, in the body, "Dự án Kết nối giao
# thông và thuỷ lợi tỉnh X ... có tổng vốn đầu tư 2.600 tỷ đồng": an amount opening its sentence, then a verb or two
# and words the text names a project with, is that project's price
# ("Gia Lai: Hơn 195 tỷ đồng ...": a headline may open on its place and a colon)
_AMOUNT_OPENS = re.compile(
    r"\s*(?:(?-i:" + CAP_WORD + r"(?:\s+" + CAP_WORD + rf"){{0,3}})\s*:\s*)?(?:(?:{HEDGE_WORDS})\s+)?", _I
)  # (the place's words capitalised whatever the flags: "Theo đó: hơn 9 tỷ đồng" opens on no place)
_WORDS_AFTER = re.compile(r"[^\W\d][^,.;:()\n]{0,100}")
_NAME_PROBE_WORDS = 3  # words of a project's name the headline must repeat (fewer match by chance)
_VERB_WORDS_BEFORE = 2  # at most this many words (the verb) before the repeated ones


def _headline_amount_of_named_project(ctx: FigureContext) -> tuple[str, str, int] | None:
    if ctx.unit not in ("VND", "USD") or not ctx.document:
        return None
    if not _AMOUNT_OPENS.fullmatch(ctx.text, _sentence_words(ctx), ctx.start):
        return None
    after = _WORDS_AFTER.match(ctx.text, ctx.unit_end + 1)
    words = after.group().split() if after else []
    for skip in range(_VERB_WORDS_BEFORE + 1):
        probe = words[skip : skip + _NAME_PROBE_WORDS]
        if len(probe) < _NAME_PROBE_WORDS:
            return None
        if _project_named_elsewhere(ctx, probe):
            return " ".join(words[skip:]), "funding", ctx.start
    return None


def _project_named_elsewhere(ctx: FigureContext, words: list[str], between: str = "") -> bool:
    """Does another paragraph of the text write "dự án" (then ``between``) then these words?"""
    own = range(ctx.offset, ctx.offset + len(ctx.text))
    named = re.compile(r"\bdự\s+án\s+" + between + r"\s+".join(map(re.escape, words)) + r"\b", _I)
    return any(m.start() not in own for m in named.finditer(ctx.document))


def _a_projects_words(ctx: FigureContext, described: str) -> bool:
    """ "Tỉnh đầu tư gần 2.200 tỷ đồng xây dựng tuyến đường ven biển" (a headline) and, in another paragraph,
    "khởi công dự án thành phần 1 tuyến đường ven biển và cầu X": a work described, not named, is the
    project the text names with those words (a work of no project, "đường giao thông nông thôn", stays
    no project's)."""
    return bool(ctx.document) and _project_named_elsewhere(ctx, described.split(), between=r"[^.;:\n]{0,60}?")


# Construction progress in money ("sản lượng đạt 300 tỷ/6.000 tỷ đồng giá trị hợp đồng"):
# the works of the project the passage is about.
# (one branch per way of writing the first letter, K the Kelvin sign included: the same matches as
# the case-insensitive alternation, which tests/test_scanning.py holds it to)
WORKS_PROGRESS_CASES = {"s": "sSſ", "g": "gG", "k": "kK\u212a"}
_WORKS_PROGRESS = re.compile(
    caseless_first_letter(
        (
            r"sản\s+lượng\s+(?:thi\s+công|xây\s+lắp)?",
            r"giá\s+trị\s+(?:các\s+)?hợp\s+đồng",
            r"giá\s+trị\s+xây\s+lắp",
            r"khối\s+lượng\s+thi\s+công",
        ),
        WORKS_PROGRESS_CASES,
    )
)


# "73 công trình ..., ước khối lượng thực hiện cả năm là 177 tỷ đồng": the value of the works done, read
# only between a work already named and its money (elsewhere it is often the public investment's)
_WORK_DONE = re.compile(r"khối\s+lượng\s+(?:đã\s+)?thực\s+hiện", re.IGNORECASE)


# "Dự án X có tổng vốn 900 tỷ đồng. Đến nay, nhà thầu đã hoàn thành 70% khối lượng": a share of the works built in a
# sentence that opens on the builder or the investor (or on the verb, no subject), after its time, names no work:
# it is the progress of the work the paragraph named before it, as the money the same sentence says paid out is
_BUILDER_OPENS = re.compile(
    r"\s*(?:[^\W\d][^,.;:]{0,40},\s*)?(?:(?:các\s+)?(?:nhà\s+thầu|chủ\s+đầu\s+tư|nhà\s+đầu\s+tư|đơn\s+vị\s+thi\s+công)\s+)?"
    r"(?:(?:đã|đang|mới|cơ\s+bản)\s+)*(?:hoàn\s+thành|thi\s+công|đạt)\b",
    _I,
)


def _builders_share_owner(ctx: FigureContext, last_name: str | None) -> tuple[str, str, int] | None:
    if ctx.unit != "pct" or not ctx.sentence[0] or not _BUILDER_OPENS.match(ctx.text, ctx.sentence[0]):
        return None
    if not _works_share(ctx):
        return None
    name = last_project_name(ctx.text[: ctx.sentence[0]]) or last_name  # (the paragraph's own work first)
    return (name, "in_progress", ctx.sentence[0]) if name else None


def _works_progress_owner(ctx: FigureContext, last_name: str | None) -> tuple[str, str, int] | None:
    if not _WORKS_PROGRESS.search(ctx.sentence_text):
        return None
    # (the work named earlier in the paragraph first: a name the paragraph gives is nearer than the one carried over
    # from before it, "Dự án X (giai đoạn 1) ... . Đến nay, sản lượng thi công đạt ..." is X's, not the headline's)
    in_paragraph = last_project_name(ctx.text[: ctx.sentence[0]]) if ctx.sentence[0] else None
    name = in_paragraph or last_name or last_project_name(ctx.preceding)
    # (a finished work's value of the works is its price: "funding", not works under way)
    event = "funding" if _FINISHED_WORKS_VALUE.search(ctx.before) else "in_progress"
    return (name, event, ctx.sentence[0]) if name else None


_GROUP_TAIL = re.compile(r"(?:(?!\s{2})[^\d,.;:()\n]){0,60}")  # (not over a line: a headline's end)


# "Số cầu trên được xây mới ... với tổng trị giá 3 tỷ đồng", "Các công trình nói trên có tổng vốn ...": a sentence
# that opens on the works said before (not "trên địa bàn", a place) speaks of the counted group named before it
_OPENS_ON_GROUP_REFERENCE = re.compile(
    r"\s*(?:những|các|số)\s+(?:công\s+trình|dự\s+án|" + _WORK_NOUN + r")(?:\s+[^\W\d]+){0,3}?\s+"
    r"(?:nói\s+trên|nêu\s+trên|kể\s+trên|trên|này)(?=\s*(?:[,(]|được|đã|đều|có|với|sẽ|là)(?!\w))",
    _I,
)


# "Xã xây mới 13 nhà văn hóa thôn. Tổng kinh phí xây dựng các công trình khoảng 3,9 tỷ đồng, trong đó ...": a
# sentence that opens on the cost of "the works" (bare, the article of a group already known) prices the
# counted group named before it
_OPENS_ON_COST_OF_THE_WORKS = re.compile(
    r"\s*(?:tổng\s+)?(?:kinh\s+phí|vốn)\s+(?:đầu\s+tư\s+)?(?:xây\s+dựng\s+)?(?:(?:của|cho)\s+)?(?:các|những)\s+"
    r"(?:công\s+trình|" + _WORK_NOUN + r")(?:\s+(?:này|trên|nói\s+trên|nêu\s+trên|kể\s+trên))?"
    rf"(?=\s+(?:là\s+|khoảng\s+|gần\s+|hơn\s+|trên\s+)*\d|\s*(?:(?:là|{HEDGE_WORDS})\s*)*$)",
    _I,
)


def _works_of_sentence_before(ctx: FigureContext) -> tuple[str, str] | None:
    """(names joined, event) of the two or more works the sentence right before the figure's named ("khánh thành
    các công trình Cầu A và Đường B. Tổng vốn đầu tư các công trình là ..."), else None."""
    if ctx.sentence[0] < 2:
        return None
    opening = _sentence_start(ctx.text, ctx.sentence[0] - 2)
    works = [ev for ev in find_project_events(ctx.text) if not ev.part and opening <= ev.start < ctx.sentence[0]]
    names = list(dict.fromkeys(ev.name for ev in works))
    if len(names) < 2:
        return None
    events = {ev.event if ev.said else "funding" for ev in works}
    return ", ".join(names[:-1]) + " và " + names[-1], events.pop() if len(events) == 1 else "funding"


def _referring_group_owner(ctx: FigureContext) -> tuple[str, str, int] | None:
    """The investment of the works a sentence opens on referring back ("Số cầu trên ... tổng trị giá 3 tỷ
    đồng"): the counted group named before it ("khánh thành 6 cầu"), else the words that refer to it."""
    if ctx.unit not in ("VND", "USD"):
        return None
    opening = _OPENS_ON_GROUP_REFERENCE.match(ctx.before)
    if opening is not None and not _TOTAL.search(ctx.before, opening.end()):
        return None  # (only the works' price: what else the sentence tells of them is not theirs alone)
    # ("Tổng kinh phí xây dựng các công trình ...": the cost of "the works" refers to the group counted before)
    reference = opening or _OPENS_ON_COST_OF_THE_WORKS.match(ctx.before)
    if reference is None:
        return None
    groups = list(_GROUP.finditer(ctx.preceding + "\n" + ctx.text[: ctx.sentence[0]]))
    if (
        groups
        and not _GROUP.search(ctx.text, 0, ctx.sentence[0])
        and (listed := _works_of_sentence_before(ctx)) is not None
    ):
        # (a group counted in a paragraph before is not the works the sentence right before named)
        return listed[0], listed[1], ctx.sentence[0] + reference.end()
    if not groups and opening is None:
        return None  # (the cost of the works names none of them: only a group counted before is theirs)
    said = groups[-1].group() if groups else reference.group()
    name = _GROUP_NAME_END.split(said, maxsplit=1)[0]
    # ("khởi công 5 công trình chào mừng Đại hội. Tổng vốn đầu tư các công trình là 820 tỷ đồng": the group's own
    # event, said in its sentence, is the event of its price)
    event = None
    if groups:
        counted = groups[-1]
        event = said_event(counted.string[_sentence_start(counted.string, counted.start()) : counted.start()], "")
    return spaced(name).strip(" ,"), event or "funding", ctx.sentence[0] + reference.end()


# "6 dự án", "ba công trình": a group counted by the bare noun, of no kind and with no names; a rate said of it with
# no word of capital between ("hoàn thành 6 dự án với 4.215 căn, đạt 84,3% kế hoạch năm") is a share of the count
# (an indicator's), not of the group's money (a word of capital between, "5 dự án đã giải ngân ... đạt 60%", keeps it)
_BARE_GROUP = re.compile(_GROUP_COUNT + r"(?:dự\s+án|công\s+trình)", _I)
_CAPITAL_WORDS = re.compile(r"\b(?:vốn|giải\s+ngân|kinh\s+phí|phân\s+bổ)\b", _I)


# "12 công trình trường học với 286 phòng học": what a counted group holds, counted after "với" (its size, no group)
_SIZE_AFTER_GROUP = re.compile(r"[^,.;:()]+?\s(?:gồm|với)\s+", _I)


# "sửa chữa, nâng cấp 145 phòng học với kinh phí 86,5 tỷ đồng": rooms counted (data/words/rooms_counted.csv) are the
# size of the works done, no group of works of the news; the money is the spending's, not a project's
_ROOMS_COUNTED = re.compile(_GROUP_COUNT + r"(?:" + word_source("rooms_counted") + r")\b", _I)


def _group_owner(ctx: FigureContext) -> tuple[str, str, int] | None:
    """ "9 dự án y tế, vốn đầu tư hơn 700 tỷ đồng", "4 dự án ... đã hoàn thành, ... vốn đã được
    phân bổ là 80 tỷ đồng": the group owns its investment, and any money once it has an event."""
    groups = list(_GROUP.finditer(ctx.before))
    if not groups or _ATTRACTION.search(ctx.before):
        return None
    if _COUNTRY_WIDE.search(ctx.text, ctx.sentence[0], ctx.sentence[1]):
        return None  # "khởi công 250 công trình ... trên cả nước": the country's works, none of the province's
    group = groups[-1]
    if len(groups) > 1 and _SIZE_AFTER_GROUP.fullmatch(ctx.before, groups[-2].start(), group.start()):
        group = groups[-2]  # "12 công trình trường học với 286 phòng học, vốn ...": the rooms are the works' size
    elif _ROOMS_COUNTED.match(group.group()):
        return None
    # ("11 dự án trường phổ thông dân tộc nội trú liên cấp được điều chỉnh ...": a long kind runs on to its verb)
    said = group.group() + _GROUP_TAIL.match(ctx.before, group.end()).group()
    name = _GROUP_NAME_END.split(said, maxsplit=1)[0]  # "4 dự án thể thao", not its predicate
    name_end = group.start() + len(name)
    between = ctx.before[name_end:]
    if ctx.unit == "pct" and _BARE_GROUP.fullmatch(name.strip(" ,")) and not _CAPITAL_WORDS.search(between):
        return None  # "hoàn thành 6 dự án với 4.215 căn, đạt 84,3% kế hoạch": the share of the count, no money's
    event = said_event(ctx.before[: group.start()], between)
    if (
        event is None
        and not _TOTAL.search(between)
        and not _TOTAL_OF.search(ctx.before[: group.start()])
        and not _ONLY_QUALIFIER.fullmatch(between.strip())  # "10 dự án hơn 49.000 tỷ đồng": the group's price
    ):
        return None
    return spaced(name).rstrip(" ,"), event or "funding", ctx.sentence[0] + name_end


# "Tổng vốn đầu tư của dự án là 2.228 tỷ đồng chia làm 2 giai đoạn, giai đoạn 1 sẽ đầu tư 1.328 tỷ đồng (trong
# đó ngân sách trung ương 800 tỷ đồng ...)": the parts of the measure said before the name are of it too
_SHARES_OF_TOTAL = re.compile(r"\b(?:trong\s+đó|chia\s+(?:làm|thành))\b", _I)
# "công trình gần 981 tỷ đồng, trong đó 220 tỷ đồng bồi thường ...": a share of the price written right
# after the work is its money too
_PRICE_THEN_SHARE = re.compile(
    rf"\s*(?:(?:{HEDGE_WORDS})\s+)?\d[\d.,]*\s*{_MONEY_SCALE}\s+(?:đồng|USD)"
    r"\s*[,(]\s*trong\s+đó\s*,?\s*",
    _I,
)


# "Tổng kinh phí 15 tỷ đồng (nói trên) gồm 13,7 tỷ đồng vốn tỉnh và 1,3 tỷ đồng vốn huyện", "..., trong đó ngân sách
# tỉnh 13,7 tỷ đồng": the shares of a price just said are the work's money too ("trị giá hơn 11.000 tỉ đồng, trong đó
# ngân sách nhà nước khoảng 5.500 tỉ đồng": the same; so is a price written out in dong, "tổng kinh phí là
# 126.500.000đ, trong đó ...")
_SHARE_OF_PRICE_SAID = re.compile(
    rf"(?:tổng\s+kinh\s+phí|tổng\s+vốn|tổng\s+mức\s+đầu\s+tư|trị\s+giá)\s+(?:(?:là|{HEDGE_WORDS})\s+)?\d[\d.,]*\s*"
    rf"(?:(?:{_MONEY_SCALES})\s+đồng|đồng\b|đ\b)\s*(?:nói\s+trên|nêu\s+trên)?\s*[,(]?\s*(?:trong\s+đó|gồm|bao\s+gồm)\b[^.;]*$",
    _I,
)


# "kinh phí 850 triệu đồng do nhân dân đóng góp 300 triệu đồng", "tổng vốn 2 tỷ đồng, trong đó doanh nghiệp tài trợ
# 1,2 tỷ đồng": a share of the price just said that a giver put in is the work's money too
# ("kinh phí 1,6 tỷ đồng từ vốn Chương trình MTQG 1719 và nhân dân đóng góp 200 triệu đồng": the source of the price
# between, a programme's number in its name; no other amount)
_PRICE_THEN_GIVER = re.compile(
    r"(?:kinh\s+phí|tổng\s+vốn|vốn\s+đầu\s+tư|mức\s+đầu\s+tư|trị\s+giá)(?:\s+(?:đầu\s+tư|xây\s+dựng))?\s+"
    rf"(?:(?:là|{HEDGE_WORDS})\s+)?\d[\d.,]*\s*(?:(?:{_MONEY_SCALES})\s+đồng|đồng\b|đ\b)\s*,?\s*(?:trong\s+đó\s*,?\s*)?"
    rf"(?:do\s+)?(?:[^\d.;,()]|\d+(?![\d.,]*\s*(?:{_MONEY_SCALES}|đồng|đ\b|%))){{1,60}}?"
    rf"\s(?:hỗ\s+trợ|tài\s+trợ|đối\s+ứng|đóng\s+góp)\s+(?:(?:{HEDGE_WORDS})\s+)?$",
    _I,
)


# "với kinh phí 20 tỷ đồng (ngân sách tỉnh 15 tỷ đồng, vốn huyện 5 tỷ đồng)": a bracket right after a price that
# opens on where the money comes from lists the price's shares by source, the work's money too
_SOURCES_IN_BRACKETS = re.compile(
    r"(?:kinh\s+phí|tổng\s+vốn|vốn\s+đầu\s+tư|mức\s+đầu\s+tư|trị\s+giá)(?:\s+(?:đầu\s+tư|xây\s+dựng))?\s+"
    rf"(?:(?:là|{HEDGE_WORDS})\s+)?\d[\d.,]*\s*(?:(?:{_MONEY_SCALES})\s+đồng|đồng\b|đ\b)\s*\(\s*"
    r"(?:nguồn\s+)?(?:ngân\s+sách|vốn)\b[^().;]*$",
    _I,
)


# "Dự án cầu X (vốn ngân sách trung ương 420 tỷ đồng, ngân sách tỉnh 180 tỷ đồng) ...", "Công trình Y (vốn NSTW 45
# tỷ đồng)": a bracket right after the work's name that opens on where the money comes from lists the work's money
# by source, as "Ngân sách trung ương: 72 tỷ đồng" under its total does (the sources as budgets.py reads them; read
# here, not edited)
_SOURCES_AFTER_NAME = re.compile(
    r"\s*\(\s*(?:nguồn\s+)?(?:vốn\s+)?(?:từ\s+)?(?:" + word_source("central_budget") + "|" + word_source("local_budget")
    + "|" + word_source("state_budget") + r")[^().;:]*$",
    _I,
)


# "Kinh phí xây dựng X do A hỗ trợ 100 triệu đồng, huyện đối ứng 100 triệu đồng": a funder's share of the cost
# the sentence opened on
_FUNDER_GIVES = re.compile(rf"\b(?:hỗ\s+trợ|tài\s+trợ|đối\s+ứng|đóng\s+góp)\s+(?:(?:{HEDGE_WORDS})\s+)?$", _I)


# "tổng vốn 262 tỷ đồng tương đương 11,3 triệu USD": the same money in another currency, read as the amount it
# restates (the words before that amount say its measure)
_RESTATED_AMOUNT = re.compile(
    rf"\d[\d.,]*\s*{_MONEY_SCALE}\s*(?:đồng|USD|đô\s+la(?:\s+Mỹ)?)?\s*[,(]?\s*"
    rf"tương\s+đương\s+(?:(?:với|{HEDGE_WORDS})\s+)*$",
    _I,
)


# "tăng vốn (đầu tư) thêm 40 triệu USD, nâng tổng vốn lên 260 triệu USD": the amount a licence adds is the change,
# as "tổng mức đầu tư tăng 1.936 tỷ đồng" is; the new total after it is the measure
# ("Theo đó, vốn đầu tư của dự án tăng thêm 200 triệu USD": the capital named first, then the amount it grows by)
_CAPITAL_ADDED = re.compile(
    rf"(?:\btăng\s+(?:tổng\s+)?vốn\b[^.;:]{{0,60}}?\b|\bvốn\b[^.;:]{{0,40}}?\btăng\s+)thêm\s+"
    rf"(?:(?:{HEDGE_WORDS})\s+)?$",
    _I,
)

# "Dự án X (được) điều chỉnh tăng vốn từ 2.800 tỷ đồng lên 3.500 tỷ đồng", "... giảm vốn đầu tư xuống 90 triệu USD": the
# work's price before and after the amended licence, as "tổng mức đầu tư từ A lên B" reads
_CAPITAL_CHANGED = re.compile(
    r"\s*(?:(?:đã|vừa|được)\s+)*(?:điều\s+chỉnh\s+)?(?:tăng|giảm)\s+(?:tổng\s+)?vốn(?:\s+đầu\s+tư)?\s+"
    rf"(?:từ\s+(?:(?:{HEDGE_WORDS})\s+)?[\d.,]+\s+{_MONEY_SCALE}\s+(?:đồng|USD)\s+)?"
    # ("tăng vốn thêm 200 triệu USD, lên 1,5 tỷ USD": the amount added, then the new price)
    rf"(?:(?:thêm\s+)?(?:(?:{HEDGE_WORDS})\s+)?[\d.,]+\s+{_MONEY_SCALE}\s+(?:đồng|USD)\s*,?\s*)?"
    rf"(?:từ|lên|xuống|còn)\s+(?:(?:{HEDGE_WORDS})\s+)?",
    _I,
)
# ("điều chỉnh tăng vốn cho dự án Nhà máy X từ 1,6 tỷ USD lên 2 tỷ USD": the change said before the name, the amounts
# after it)
_CAPITAL_CHANGED_BEFORE_NAME = re.compile(
    r"(?:tăng|giảm)\s+(?:tổng\s+)?vốn(?:\s+đầu\s+tư)?\s+(?:cho\s+)?(?:dự\s+án\s+)?[^,.;:\d]{1,120}$", _I
)
_CHANGED_AMOUNTS = re.compile(
    rf"\s*(?:từ\s+(?:(?:{HEDGE_WORDS})\s+)?[\d.,]+\s+{_MONEY_SCALE}\s+(?:đồng|USD)\s+)?"
    rf"(?:từ|lên|xuống|còn)\s+(?:(?:{HEDGE_WORDS})\s+)?",
    _I,
)

# "Các công trình được bố trí vốn năm 2026 gồm: cầu A (40 tỷ đồng), ...", "Kế hoạch vốn năm 2027 phân bổ cho các dự án
# khởi công mới:" then "- Đường B: 55 tỷ đồng;": the amount each item of a list headed by a capital allotment is
# given is its plan, not its price (a head with a price word, "có tổng mức đầu tư như sau:", keeps the price)
# ("Danh mục dự án khởi công mới năm 2026:", "Các công trình chuyển tiếp năm 2027:": a capital plan's list of the
# works it starts or carries on in a year, data/words/plan_year_lists.csv; its items' amounts are their allotments)
_PLAN_YEAR_LIST = re.compile(word_source("plan_year_lists"), _I)
_LIST_OF_A_YEAR = re.compile(r"\bdanh\s+mục\b|\bnăm\s+(?:19|20)\d\d\b", _I)
# ("Kế hoạch đầu tư công trung hạn 2026-2030 bố trí cho các công trình:": its items' amounts are the plan's allotments)
_MID_TERM_PLAN_HEAD = re.compile(_MID_TERM_PLAN, _I)
_ITEM_LINE_MARK = re.compile(r"\s*(?:" + DASH_MARK + r"|\d{1,2}[.)]|[a-zđ]\))\s", _I)  # (a letter only as "a)")


# "đã giải ngân 620 tỷ đồng trên tổng số 830 tỷ đồng vốn được giao / kế hoạch vốn năm": the amount a disbursement
# is out of, named as allotted after it, is the plan ("trên" alone before an amount is "over": only after "tổng")
# (after a currency or "tỷ": an amount in millions said with no currency before "trên" is not read here)
# (the scale word ends the amount when no currency follows: "giải ngân 620 triệu trên tổng số 830 triệu vốn được giao")
_OUT_OF_TOTAL_BEFORE = re.compile(rf"\b(?:đồng|{scale_words(1e9, 1e6)})\s+trên\s+tổng\s+(?:số\s+)?(?:vốn\s+)?$", _I)
_ALLOTTED_AFTER = re.compile(
    r"\s*(?:nguồn\s+)?(?:vốn\s+)?(?:(?:đã\s+)?được\s+)?(?:giao|phân\s+bổ|bố\s+trí|kế\s+hoạch)\b", _I
)


def _list_head_allots(ctx: FigureContext, between: str) -> bool:
    """Whether the work whose figure is read is an item of a list whose head says capital is allotted."""
    before_name = ctx.before[: len(ctx.before) - len(between)]
    colon = before_name.rfind(":")
    if colon >= 0:
        head = before_name[:colon]
    elif _ITEM_LINE_MARK.match(ctx.text) and ctx.sentence[0] <= len(ctx.text) - len(ctx.text.lstrip()) + 4:
        # a bullet or numbered line: its head is the line ending on a colon above the items before it
        head = ""
        for line in reversed(ctx.preceding.rstrip().splitlines()):
            if line.rstrip().endswith(":"):
                head = line.rstrip()[:-1]
                break
            if not _ITEM_LINE_MARK.match(line):
                # ("Phụ lục II: DANH MỤC DỰ ÁN KHỞI CÔNG MỚI NĂM 2026" with no colon closing it: an annex's heading
                # heads its items only as a plan year's list)
                return bool(_PLAN_YEAR_LIST.search(line) and _LIST_OF_A_YEAR.search(line) and not _TOTAL.search(line))
    else:
        return False
    if not head or _TOTAL.search(head) is not None:
        return False
    return (
        _PLAN.search(head) is not None
        or _MID_TERM_PLAN_HEAD.search(head) is not None
        or (_PLAN_YEAR_LIST.search(head) is not None and _LIST_OF_A_YEAR.search(head) is not None)
    )


_PRICE_NAMED_AFTER = re.compile(r"\s*(?:(?:của\s+)?dự\s+án\s+)?(?:tổng\s+mức\s+đầu\s+tư|TMĐT)\b", _I)


def _works_share(ctx: FigureContext) -> bool:
    """Is a rate the share of the works built ("đạt 70% khối lượng", "khối lượng thi công đạt 65%")?"""
    return bool(_WORKS_SHARE_AFTER.match(ctx.after) or _BUILT_SHARE.search(ctx.before))


def _measure(ctx: FigureContext, between: str) -> str | None:
    """The measure of a project's money from the words between its name and the figure."""
    if ctx.unit != "pct" and "thêm" in between and _CAPITAL_ADDED.search(between):
        return None  # "được điều chỉnh tăng vốn đầu tư thêm 40 triệu USD": the capital added, not the work's price
    if ctx.unit != "pct" and "vốn" in between and _CAPITAL_CHANGED.fullmatch(between):
        return "total_investment"  # "Dự án X điều chỉnh tăng vốn từ 2.800 tỷ đồng lên 3.500 tỷ đồng": its price, both
    if (
        ctx.unit != "pct"
        and _CHANGED_AMOUNTS.fullmatch(between)
        and "vốn" in ctx.before[-300:]
        and _CAPITAL_CHANGED_BEFORE_NAME.search(
            ctx.before, max(0, len(ctx.before) - len(between) - 200), len(ctx.before) - len(between)
        )
    ):
        return "total_investment"  # "tăng vốn cho dự án X từ 1,6 tỷ USD lên 2 tỷ USD": its price, both
    if ctx.unit == "pct":
        if _AHEAD.search(ctx.before) or _site_clearance_share(ctx.before) or _share_of_land(ctx.before):
            # "nhanh 1,1% so với kế hoạch": ahead of schedule; "giải phóng mặt bằng dự án 1 đạt
            # 74%": the share of the land cleared; neither is a share of the money
            return None
        if _LAND_SHARE_AFTER.match(ctx.after):
            return None  # "đạt 100% diện tích cần giải phóng": a share of the land
        if _capacity_in_use(ctx):
            return None  # "công suất sử dụng giường bệnh đạt 112%": how much of the work in service is used
        if _works_share(ctx):
            # "đạt khoảng 70% khối lượng": the share of the works built, the work's progress (a share still to come,
            # "dự kiến hoàn thành 90% khối lượng trong năm 2027", is an aim: no figure of the work)
            return None if _AIMED_IN_CLAUSE.search(ctx.before[-120:]) else "plan_pct"
        if ctx.metric != "plan_pct" and not _REACH.search(ctx.before) and not (
            ctx.before.endswith("(") and _RATE_OF_RATIO_BEFORE.search(ctx.before)
        ):
            return None  # "bàn giao 100% các hạng mục": a share of the works, not of the money
        return "plan_pct"
    if ctx.role == "denominator" or re.search(r"/\s*$", between):
        # ("giải ngân 4.200/4.418 tỷ đồng tổng mức đầu tư": the whole a disbursement is out of, named after it)
        return "total_investment" if _PRICE_NAMED_AFTER.match(ctx.after) else "plan"
    if between.endswith(" ") and _OUT_OF_TOTAL_BEFORE.search(between) and _ALLOTTED_AFTER.match(ctx.after):
        return "plan"  # "giải ngân 620 tỷ đồng trên tổng số 830 tỷ đồng vốn được giao": the capital allotted
    if _ONLY_QUALIFIER.fullmatch(_PLACE_IN_BRACKETS.sub("", between).strip(" -–:(,")) or (
        between.endswith(("(", " ")) and _SIZE_BEFORE_PRICE_BRACKET.fullmatch(between)
    ):
        # "Nhà máy xử lý rác 500 tỉ đồng", "chợ Bến Dầu (xã Đại Thạnh) 606 triệu đồng", "Tuyến tránh X hơn
        # 1.700 tỷ", "Bệnh viện đa khoa X (800 tỷ đồng); ...": the work's price
        return "plan" if _list_head_allots(ctx, between) else "total_investment"
    if _APPROVED_OR_ADJUSTED.fullmatch(between):
        return "total_investment"  # "Dự án X (do Y làm chủ đầu tư) được phê duyệt hơn 355 tỷ đồng": its price
    if "trợ" in between and _GIVEN_TO_THE_WORK.fullmatch(between):
        return "total_investment"  # "Nhà văn hóa X được công ty A hỗ trợ 500 triệu đồng": given to build it
    if _FINISHED_WORKS_VALUE.search(between):
        return "total_investment"  # "hoàn thành, đưa vào sử dụng với giá trị xây lắp X": the finished work's cost
    if _WORKS_PROGRESS.search(between) or _WORK_DONE.search(between):
        return "disbursed"  # the value of the works done so far
    # (the clause before the name is cut where the words between begin, before they are cut to the restated amount:
    # "Tổng vốn đầu tư dự án khoảng 2,1 tỷ USD (tương đương 52.000 tỷ đồng)" reads its measure there for both)
    clause = re.split(r"[,;:()]", ctx.before[: len(ctx.before) - len(between)])[-1]
    restated = _RESTATED_AMOUNT.search(between) if "tương" in between else None
    if restated:
        between = between[: restated.start()]  # "với tổng vốn 262 tỷ đồng tương đương 11,3 triệu USD": as the first
    hits = [(m.end(), "total_investment") for m in _TOTAL.finditer(between)]
    hits += [(m.end(), "disbursed") for m in _DISBURSED.finditer(between)]
    # ("giải ngân kế hoạch vốn năm 2024 là 900 tỷ đồng": the plan is what was disbursed from)
    hits += [
        (m.end(), "disbursed" if _DISBURSING.search(between, 0, m.start()) else "plan") for m in _PLAN.finditer(between)
    ]
    if hits:
        return max(hits)[1]
    if _OPENS_WITHIN_THE_PROJECT.match(ctx.text, _sentence_from(ctx)):
        return "total_investment"  # a cost or a source of the project named before
    # ("Tổng vốn đầu tư cho dự án này là hơn 211 tỷ đồng": a verb and a qualifier between)
    said_before = re.fullmatch(
        # ("tổng mức đầu tư của 11 dự án X được (đề xuất) điều chỉnh lên khoảng 2.339 tỉ đồng": the new amount)
        # ("Giải ngân của dự án X đến ngày 31/10/2025 đạt ...", "tính đến hết tháng 9 đạt": the date it is counted to)
        r"\s*(?:(?:tính\s+)?đến\s+(?:hết\s+|cuối\s+)?(?:ngày\s+|tháng\s+|quý\s+)?[\dIV][\dIV/.]*\s*,?\s*)?"
        r"(?:được\s+)?(?:đề\s+xuất\s+)?(?:điều\s+chỉnh\s+)?(?:(?:nâng\s+)?lên\s+)?(?:(?:là|đạt)\s+)?"
        # ("tổng mức đầu tư của dự án được điều chỉnh (tăng) từ 680 tỷ đồng lên 925 tỷ đồng": the price before the
        # change and after it, both the amounts of the measure said before the name)
        r"(?:(?:tăng\s+|giảm\s+)?từ\s+(?:(?:" + HEDGE_WORDS + r")\s+)?(?:[\d.,]+\s+" + _MONEY_SCALE
        + r"\s+(?:đồng|USD)\s+(?:lên|xuống|còn)\s+)?)?"
        # (approximators stack: "khoảng gần 5,5 tỷ đồng", "khoảng hơn 2 tỷ đồng")
        rf"(?:(?:{HEDGE_WORDS})\s*)*|\s*(?:là|đạt)\s*",
        between,
    ) or _RAISED_TO.fullmatch(between)
    shares = (
        _SHARE_OF_PRICE_SAID.search(between)
        or _SOURCES_IN_BRACKETS.search(between)
        or ("(" in between and _SOURCES_AFTER_NAME.match(between))
        or (("góp" in between or "trợ" in between or "ứng" in between) and _PRICE_THEN_GIVER.search(between))
    )
    if _PRICE_THEN_SHARE.fullmatch(between) or shares:
        return "total_investment"
    if _FUNDER_GIVES.search(between) and _TOTAL.search(clause):
        return "total_investment"  # "Kinh phí xây dựng 2 cầu do A hỗ trợ 100 triệu, B đối ứng 100 triệu": the shares
    if _OPENS_ON_SOURCE_SHARE.match(ctx.text, _opening_words(ctx)) and _opens_on_investment(ctx):
        return "total_investment"  # a share of the investment said in the sentence before
    if (said_before or _SHARES_OF_TOTAL.search(between)) and clause.strip():
        # "Tổng mức đầu tư của dự án là 1.000 tỷ đồng": the measure said before the name
        hits = [(m.end(), "total_investment") for m in _TOTAL.finditer(clause)]
        hits += [(m.end(), "disbursed") for m in _DISBURSED.finditer(clause)]
        hits += [(m.end(), "plan") for m in _PLAN.finditer(clause)]
        if hits:
            return max(hits)[1]
    if re.fullmatch(r"[^;.]*\(\s*", between):
        # "dự án 2 do Bộ Xây dựng làm chủ quản (3.400 tỷ đồng)": as the part before it in the list
        before_name = ctx.before[: len(ctx.before) - len(between)]
        hits = [(m.end(), "total_investment") for m in _TOTAL.finditer(before_name)]
        hits += [(m.end(), "disbursed") for m in _DISBURSED.finditer(before_name)]
        hits += [(m.end(), "plan") for m in _PLAN.finditer(before_name)]
        return max(hits)[1] if hits else None
    return None




# "KCN X đã thu hút 25 dự án với tổng vốn đăng ký 1,2 tỷ USD, tỷ lệ lấp đầy đạt 68%": said between a park (or
# any work) and the figure, what it drew in and how full it is are the area's tenancy (indicators), neither the
# work's own price nor a share of its plan (data/words/park_tenancy.csv)
_TENANCY = guarded(word_pattern("park_tenancy", _I))
_TENANCY_WORDS = lowered_literal_scan(_TENANCY)


# "TT | Tên dự án | Tổng mức đầu tư | Lũy kế giải ngân", "STT | Danh mục công trình | KH vốn 2026": a table whose rows
# are projects, one a line, known by the head of its column of names (tables.PROJECT_NAME_HEAD)
# What a column of such a table holds, from the words of its head (data/words/project_columns.csv), in order: "Tỷ lệ
# giải ngân (%)" is a share before it is money disbursed
_PROJECT_COLUMNS = keyed_word_patterns("project_columns", "measure", _I)
# "ĐVT: triệu đồng" in the lines over a table's header (or closing its caption's line): the unit of its cells
_UNIT_SAID = re.compile(rf"\b{UNIT_SAID}\s*([^()\t\n:]{{1,20}})", _I)
_UNIT_IN_BRACKETS = re.compile(r"\(([^()]{1,20})\)")
_TOTAL_LINE = re.compile(r"\s*(?:tổng\s+cộng|tổng\s+số|tổng|cộng|toàn\s+tỉnh)\b", _I)
_SPACED_GAP = re.compile(r"\S {3,}\S")  # two cells of a line laid out with spaces
_ROW_MARK = re.compile(r"[\dIVXLA-ZĐ]{1,4}[.)]?")  # a row's number or a group's letter, no name
_FIGURE_CELL = re.compile(r"[\d.,]+")  # a cell of a row's figure, no word of a head
_WRAPPED_HEAD_LINES = 2  # the lines under a spaced header its heads may be wrapped onto
_KIND_OPENING = re.compile(r"\s*(?:các\s+)?(?:dự\s+án|công\s+trình|DA)\s*:?\s+", _I)


@dataclass(frozen=True)
class _ProjectTable:
    heads: tuple[str, ...]  # the header's cells
    name_column: int
    unit: tuple[str, float] | None  # the money unit the lines over the header set
    spans: tuple[tuple[int, int], ...] = ()  # where a spaced header's cells stand on its line (none: a tab table)
    # where a row's cells stand on its line, laid out on the table's grid (an HTML or markdown row, ``row_cells``;
    # none: a row its tabs cut as they stand)
    cells: tuple[tuple[int, int], ...] = ()


def _head_parts(line: str, spans: tuple[tuple[int, int], ...], name_column: int) -> dict[int, str] | None:
    """The parts of a spaced header's heads a line right over or under it holds ("Tổng mức" over "đầu tư", "Kế
    hoạch" over "vốn 2025": a PDF's header stacked on two lines), by the column each stands in; None when the line is
    no part of the header: a figure, a unit's line, or words over the rows' numbers or names (a row, its name wrapped)
    or over no head."""
    if not _SPACED_GAP.search(line) or _UNIT_SAID.search(line):
        return None
    parts: dict[int, str] = {}
    for a, b, text in spaced_cells(line):
        column = column_under(list(spans), a, b)
        head_a, head_b = spans[column]
        if column <= name_column or _FIGURE_CELL.fullmatch(text) or min(b, head_b) <= max(a, head_a):
            return None
        parts[column] = f"{parts[column]} {text}" if column in parts else text
    return parts


def _stacked_header(lined: str, head_at: int) -> tuple[tuple[tuple[int, int], ...], tuple[str, ...], int]:
    """The spans, heads and names' column of a spaced header whose names' head stands at ``head_at`` of the text
    as its lines break (``Layout.lined``), each head read with the parts of it on the lines right over and under
    the names' head's line: a PDF centres the names' head in its merged cell, the others' words stacked around it
    ("Tổng mức" over "đầu tư", "Kế hoạch" over "vốn 2025"; the layout may have joined them into one line)."""
    line_start = lined.rfind("\n", 0, head_at) + 1
    line_end = lined.find("\n", head_at)
    line_end = len(lined) if line_end < 0 else line_end
    cells = spaced_cells(lined[line_start:line_end])
    name_column = next(i for i, c in enumerate(cells) if PROJECT_NAME_HEAD.fullmatch(c[2]))
    spans = tuple(c[:2] for c in cells)
    heads = [c[2] for c in cells]
    over = lined[lined.rfind("\n", 0, line_start - 1) + 1 : line_start - 1] if line_start else ""
    for column, part in (_head_parts(over, spans, name_column) or {}).items():
        heads[column] = f"{part} {heads[column]}"
    for _ in range(_WRAPPED_HEAD_LINES):
        if line_end >= len(lined):
            break
        line_start, line_end = line_end + 1, lined.find("\n", line_end + 1)
        line_end = len(lined) if line_end < 0 else line_end
        under = _head_parts(lined[line_start:line_end], spans, name_column)
        if not under:
            break
        for column, part in under.items():
            heads[column] = f"{heads[column]} {part}"
    return spans, tuple(heads), name_column


def _money_unit(text: str) -> tuple[str, float] | None:
    reading = read_unit(" " + text.strip().lower())
    if reading is None or reading.unit not in ("VND", "USD"):
        return None
    return reading.unit, reading.multiplier


@per_document(maxsize=4)
def _project_tables(document: str) -> dict[int, _ProjectTable]:
    """The tab tables of a text whose header has a column of project names: each row's start, with its table."""
    rows: dict[int, _ProjectTable] = {}
    if "\t" not in document and "   " not in document:
        return rows
    table: _ProjectTable | None = None
    above: list[str] = []  # the lines over the current line, back to the last tab line
    under_header = False  # the tab line before was the header's
    pos = 0
    # (an HTML or markdown row opens on a blank before its first tab: its cells as tables.py lays them out, with the
    # columns its cells and those above span, the layout at hand)
    layout = layout_of(document)
    lines = lines_of(layout) if layout is not None else []
    for index, line in enumerate(document.split("\n")):
        start, pos = pos, pos + len(line) + 1
        if "\t" not in line:
            if "  " in line and _SPACED_GAP.search(line):
                # ("STT   Tên dự án   TMĐT   Giải ngân": a table set apart by runs of spaces, each row a line)
                cells = spaced_cells(line)
                name_column = next((i for i, c in enumerate(cells) if PROJECT_NAME_HEAD.fullmatch(c[2])), None)
                if name_column is not None:
                    # (the layout may join the unit line over the header to it: "(Đơn vị: tỷ đồng)  STT  Tên dự án")
                    said = next((m for text in (*above[-3:], line[: cells[name_column][0]])
                                 for m in _UNIT_SAID.finditer(text)), None)
                    spans, heads, name_column = _stacked_header(
                        layout.lined if layout is not None and layout.lined else document,
                        start + cells[name_column][0])
                    table = _ProjectTable(heads, name_column, _money_unit(said.group(1)) if said else None, spans)
                    above = []
                    continue
                if table is not None and table.spans:
                    rows[start] = table
                    continue
            if line.strip():
                table = None
                above.append(line)
            continue
        laid_out = row_cells(layout, lines, index) if lines and not line[: line.find("\t")].strip() else None
        cells = [c[2] for c in laid_out] if laid_out else line.split("\t")
        name_column = next((i for i, cell in enumerate(cells) if PROJECT_NAME_HEAD.fullmatch(cell)), None)
        if name_column is not None:
            said = next((m for text in above[-3:] for m in _UNIT_SAID.finditer(text)), None)
            table = _ProjectTable(tuple(cells), name_column, _money_unit(said.group(1)) if said else None)
        elif table is not None and under_header and a_second_header_row(cells, list(table.heads)):
            # ("Kế hoạch vốn năm 2026" over "Tổng số | Trong đó: NSTW": the header's second row, each head read with
            # the one spanning it, "Kế hoạch vốn năm 2026 Trong đó: NSTW", a part of the row's plan)
            table = _ProjectTable(tuple(merged_header(list(table.heads), cells)), table.name_column, table.unit)
        elif table is not None:
            rows[start] = replace(table, cells=tuple((a - start, b - start) for a, b, _ in laid_out or ()))
        under_header = name_column is not None
        above = []
    return rows


def _row_project_name(cell: str) -> str | None:
    """The project a row of a project table names ("Dự án cầu X" → "cầu X"), None for a total or a group's line."""
    if _TOTAL_LINE.match(cell):
        return None
    name = spaced(cell.strip(" -+•*"))
    opening = _KIND_OPENING.match(name)
    if opening is not None:
        name = name[opening.end():]
    # (a cell opens on a capital whatever it holds: "Vốn ngân sách tỉnh" is a group's line, no name; only a proper
    # noun or a work's number names the row's project)
    plain = name[:1].lower() + name[1:] if name[1:2].islower() else name
    return name if is_named(plain, quoted=False) else None


# "Khối lượng (%)", "Tỷ lệ khối lượng hoàn thành": a column of the share of the works built, the row's progress (its
# plan_pct, under way, as "đạt 65% khối lượng" in a sentence)
_WORKS_SHARE_HEAD = re.compile(r"khối\s+lượng", _I)


def _works_share_column(head: str) -> bool:
    return ("%" in head or "ỷ lệ" in head) and _WORKS_SHARE_HEAD.search(head) is not None


def _column_measure(head: str) -> str | None:
    if _works_share_column(head):
        return "plan_pct"
    return next((measure for measure, pattern in _PROJECT_COLUMNS if pattern.search(head)), None)


# "Tình trạng", "Tiến độ thực hiện" (data/words/project_status_heads.csv): a column of where each work of the table
# stands, "Đang thi công", "Đã hoàn thành", the row's event; not one not begun, held or only proposed ("Chưa khởi
# công", "Tạm dừng", "Đề xuất"); a step still to come ("Dự kiến hoàn thành quý IV/2026", "Chuẩn bị khởi công") and a
# catalogue's "Khởi công mới" the work under way, as in a sentence
_STATUS_HEAD = guarded(word_pattern("project_status_heads", _I))
_NO_STEP_CELL = re.compile(r"\s*(?:chưa|tạm\s+dừng|dừng|ngừng|đề\s+xuất)\b", _I)
_PLANNED_START_CELL = re.compile(r"\s*(?:khởi\s+công|mở)\s+mới\b", _I)


def _status_cell(heads: tuple[str, ...], cells: list[str]) -> str | None:
    """A row's cell under its table's status head that may say a step of its work, None when there is none."""
    for head, cell in zip(heads, cells, strict=False):  # (a short row has fewer cells than heads)
        if len(cell) > 80 or _NO_STEP_CELL.match(cell) or not _STATUS_HEAD.search(head):
            continue
        return cell
    return None


def _status_of_row(heads: tuple[str, ...], cells: list[str]) -> str | None:
    """The event a row's status cell says of its work, None when the table has no status column or it says none."""
    if (cell := _status_cell(heads, cells)) is None:
        return None
    if _PLANNED_START_CELL.match(cell) or _PLANNED_COMPLETION_NEXT.match(cell):
        return "in_progress"  # ("Dự kiến hoàn thành quý IV/2026": its completion still to come, the works under way)
    return said_event("", " " + cell.strip())


def _row_laid_out(table: _ProjectTable, line: str) -> tuple[list[str], list[tuple[int, int, int]]] | None:
    """A row's text under each of its table's heads, and its pieces as (column, start, end) on its line."""
    if table.spans:
        # (a spaced row: each cell stands under the header's cell it overlaps most, the header set where the row's
        # name stands under its head, whatever the layout joined before the header)
        row_cells = spaced_cells(line)
        named = next((a for a, _, text in row_cells if not _ROW_MARK.fullmatch(text)), None)
        if named is None:
            return None
        shift = named - table.spans[table.name_column][0]
        spans = [(a + shift, b + shift) for a, b in table.spans]
        spaced = [(column_under(spans, a, b), a, b, text) for a, b, text in row_cells]
        cells = [" ".join(text for k, _, _, text in spaced if k == i) for i in range(len(table.heads))]
        return cells, [(k, a, b) for k, a, b, _ in spaced]
    if table.cells:
        return [line[a:b] for a, b in table.cells], [(k, a, b) for k, (a, b) in enumerate(table.cells)]
    cells = line.split("\t")
    ends = list(itertools.accumulate(len(cell) + 1 for cell in cells))
    return cells, [(k, end - len(cell) - 1, end - 1) for k, (cell, end) in enumerate(zip(cells, ends, strict=True))]


def table_row_events(document: str, year: int | None = None) -> list[tuple[int, int, str, str, dt.date | None]]:
    """(start, end, name, event, date) of each row of the document's project tables whose status column says an event
    of its work ("Cầu X | 120 | Đang thi công"): the span of the row's name cell in ``document``; the date its status
    cell writes ("Khởi công ngày 15/3/2026", "Hoàn thành tháng 10/2026"; ``year`` the document's, for a day written
    without one), as a sentence's clause dates its event."""
    out = []
    for start, table in _project_tables(document).items():
        if len(table.heads) < 3:
            continue
        end = document.find("\n", start)
        laid = _row_laid_out(table, document[start : end if end >= 0 else len(document)])
        if laid is None or table.name_column >= len(laid[0]):
            continue
        cells, pieces = laid
        name = _row_project_name(cells[table.name_column])
        event = _status_of_row(table.heads, cells) if name else None
        named = [(a, b) for k, a, b in pieces if k == table.name_column]
        if name and event and named:
            a, b = named[0][0], named[-1][1]
            cell = document[start + a : start + b]
            a, b = a + len(cell) - len(cell.lstrip()), b - len(cell) + len(cell.rstrip())
            status = _status_cell(table.heads, cells) or ""
            out.append((start + a, start + b, name, event, _date_for(event, "", " " + status.strip(), year)))
    return out


def _table_row_project(ctx: FigureContext) -> Routed | None:
    """A cell of a row of a project table: the row's project, the measure its column's head says, in the unit its
    cell, its head or the lines over the table write (the table's reader may not have read it)."""
    table = _project_tables(ctx.document).get(ctx.offset) if "\t" in ctx.text or "  " in ctx.text else None
    if table is None or (laid := _row_laid_out(table, ctx.text)) is None:
        return None
    cells, pieces = laid
    column = next((k for k, a, b in pieces if a <= ctx.start < b), len(table.heads))
    if column >= len(table.heads) or column == table.name_column or table.name_column >= len(cells):
        return None
    name = _row_project_name(cells[table.name_column])
    measure = _column_measure(table.heads[column])
    # ("Tình hình thực hiện" over "Đang thi công, đạt 72% khối lượng": the share of the works built, said in a cell of
    # where the work stands, is the row's progress as in a sentence, whatever its column's head)
    works_share = measure is None and ctx.unit == "pct" and _works_share(ctx)
    if works_share:
        measure = "plan_pct"
    if name is None or measure is None:
        return None
    event = _status_of_row(table.heads, cells) if len(table.heads) > 2 else None
    if works_share or (event is None and _works_share_column(table.heads[column])):
        event = "in_progress"  # (the share of its works built: the row's works under way)
    fields = {"project_name": name, "event": event or "funding", "event_date": None, "measure": measure}
    if measure == "plan_pct":
        return Routed("projects", fields, ctx.value, "pct")
    if ctx.unit in ("VND", "USD"):
        return Routed("projects", fields)
    cell_end = ctx.text.find("\t", ctx.end)
    in_brackets = _UNIT_IN_BRACKETS.search(table.heads[column])
    unit = (_money_unit(ctx.text[ctx.end: cell_end if cell_end >= 0 else len(ctx.text)])
            or (_money_unit(in_brackets.group(1)) if in_brackets else None) or table.unit)
    number = parse_number(ctx.text[ctx.start:ctx.end])
    if unit is None or number is None:
        return None
    return Routed("projects", fields, scale(number, unit[1]), unit[0])


_CLOSING_QUOTES = ("”", '"', "’")


def _as_table_row(ctx: FigureContext) -> FigureContext | None:
    """A figure read with its paragraph whose line is a row of a project table (its cell cut off as a sentence of its
    own: "Cầu X | 45.000 | Đang thi công, đạt 60%"): the figure with its row, as a table's cell is read."""
    at = ctx.offset + ctx.start
    start = ctx.document.rfind("\n", 0, at) + 1
    if start < ctx.offset or start not in _project_tables(ctx.document):
        return None
    end = ctx.document.find("\n", at)
    line = ctx.document[start : end if end >= 0 else len(ctx.document)]
    shift = ctx.offset - start
    return replace(ctx, text=line, start=ctx.start + shift, end=ctx.end + shift, unit_end=ctx.unit_end + shift,
                   sentence=(0, len(line)), table_row=True, offset=start, preceding="")


# "Dự án X có tổng mức đầu tư 1.200 tỷ đồng, khởi công từ năm 2023, đến nay đã giải ngân 860 tỷ đồng", "..., khởi
# công tháng 5/2024, lũy kế giải ngân đạt 412 tỷ đồng", "được khởi công năm 2024, năm 2026 đã giải ngân 210 tỷ đồng": a
# start told in passing, then in a later clause of the sentence where the works stand now or what has been paid out:
# the sentence reports the works under way, the start is their history (its own row keeps its day)
_STATE_AFTER_START = re.compile(
    r"khởi\s+công\b[^.;!?]*?,\s*(?:(?:và|nhưng)\s+)?(?:(?:tính\s+|cho\s+)?đến\s+nay|hiện\s+(?:nay|tại|đã|đang)|lũy\s+kế|"
    r"luỹ\s+kế|(?:[^,.;]{0,24}?\s)?(?:đã\s+)?giải\s+ngân)\b",
    _I,
)


def _under_way_after_its_start(sentence: str) -> bool:
    return ("nay" in sentence or "kế" in sentence or "giải" in sentence or "hiện" in sentence) and (
        _STATE_AFTER_START.search(sentence) is not None
    )


# "Dự án được khởi công từ tháng 6/2024, tổng mức đầu tư 1.450 tỷ đồng" in a report or news of 2026, "..., khánh thành
# năm 2023": the event said with a date of a year before the text's is the work's history, the price is the project's
# own, no figure of that event ("funding"; the event keeps its own row and day)
_PAST_EVENT_DATED = re.compile(
    r"\b(?:(?P<started>khởi\s+công|động\s+thổ)|(?P<inaugurated>khánh\s+thành)|thông\s+xe|hoàn\s+thành|"
    r"đưa\s+vào\s+(?:sử\s+dụng|vận\s+hành|khai\s+thác)|hòa\s+(?:vào\s+)?lưới(?:\s+điện)?|phát\s+điện)\s+"
    r"(?:(?:từ|vào|trong|hồi|cuối|đầu|giữa)\s+)*(?:ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*|tháng\s+\d{1,2}\s*/\s*|năm\s+|"
    r"quý\s+[IV]{1,3}\s*/\s*)((?:19|20)\d\d)\b",
    _I,
)


def _event_of_an_earlier_year(sentence: str, event: str, year: int) -> bool:
    for m in _PAST_EVENT_DATED.finditer(sentence):
        said = "started" if m.group("started") else "inaugurated" if m.group("inaugurated") else "completed"
        if said == event and int(m.group(3)) < year:
            return True
    return False


def route_project(ctx: FigureContext) -> Routed | None:
    if ctx.table_row:
        return _table_row_project(ctx)
    if "\t" in ctx.text and (row := _as_table_row(ctx)) is not None:
        return _table_row_project(row)
    if ctx.unit not in ("VND", "USD", "pct"):
        return None
    if ctx.unit != "pct" and per_unit_after(ctx.text, ctx.unit_end):
        return None  # (a price per unit, never what a work costs)
    owner = _owner(ctx)
    if owner is None:
        return None
    name, event, name_end = owner
    # (a name in quotes ends before its closing quote: "công trình “Cầu X” do Báo Y tài trợ 1,5 tỷ đồng" reads the
    # words after the quote, as without quotes)
    quote = 1 if ctx.text[name_end : name_end + 1] in _CLOSING_QUOTES else 0
    between = ctx.text[name_end + quote : ctx.start]
    respectively = _RESPECTIVE_TAIL.search(between) if _RESPECTIVELY_WORDS.search(between.lower()) else None
    if respectively:
        # ("với tổng kinh phí lần lượt là 35 tỷ đồng và 8 tỷ đồng": the measure is said before the list)
        between = between[: respectively.start()]
    if _TENANCY_WORDS.search(between.lower()) and _TENANCY.search(between):
        return None
    measure = _measure(ctx, between)
    if (
        measure is None
        and ctx.unit != "pct"
        and name_end == ctx.sentence[0]
        and _OPENS_ON_SHARE.match(ctx.text, name_end)
    ):
        measure = "total_investment"  # a source's share of the cost the sentence before gave
    if measure is None:
        return None
    if measure == "plan_pct" and _works_share(ctx):
        # "Cầu X đạt 70% khối lượng", "khởi công năm 2025 và hoàn thành 60% khối lượng": the works built so far, under
        # way whatever verb the clause said (not a counted group's together: "Hai công trình đạt 80% khối lượng")
        if _GROUP.match(name):
            return None
        event = "in_progress"
    if event == "started" and _under_way_after_its_start(ctx.sentence_text):
        event = "in_progress"
    elif (
        measure == "total_investment"
        and event in ("started", "inaugurated", "completed")
        and ctx.year
        and _event_of_an_earlier_year(ctx.sentence_text, event, ctx.year)
    ):
        event = "funding"
    fields = {"project_name": name, "event": event, "event_date": None, "measure": measure}
    if measure in ("disbursed", "plan_pct") and (day := _cut_off_of_the_money(ctx)) is not None:
        fields["as_of"] = day
    return Routed("projects", fields)


def _cut_off_of_the_money(ctx: FigureContext) -> dt.date | None:
    """ "Tính đến ngày 30/9/2026, (tỉnh) đã giải ngân ...": the cut-off a passage of disbursements opens on dates the
    money each work paid out, in its own sentence or a later one (as a budget's amounts done are dated: the same
    reading, ``budgets.as_of``); a plan is no amount counted to a day."""
    return budget_as_of(ctx)
