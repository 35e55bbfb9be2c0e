"""Which table a figure belongs to (FACTS.md: budgets, projects, disasters, else indicators).

``route_figure`` is asked for every figure; ``None`` means "an indicator". The figure is read in
its paragraph (``FigureContext``) and offered to the disaster, project and budget rules in that
order: disaster damage first (its money is a loss, not a budget), then a named project's figures
(its capital is the project's, not the province's budget), then the state budget.
``project_events`` finds project event rows that carry no figure (a project started,
inaugurated ...).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from orchestration.extraction.budgets import nearest_item, route_budget
from orchestration.extraction.caching import per_document
from orchestration.extraction.disasters import route_disaster
from orchestration.extraction.figures import Figure, find_figures
from orchestration.extraction.indicators import catalog_key, own_subject
from orchestration.extraction.layout import Layout, Outline, layout_of
from orchestration.extraction.marks import outline_mark_kind, outline_rank
from orchestration.extraction.numbers import HEDGE_WORDS, SCALE_WORDS
from orchestration.extraction.placement import DATE_MARKER
from orchestration.extraction.projects import (
    NamedEvent,
    announced_event,
    find_project_events,
    group_day,
    group_day_of,
    group_event,
    group_size,
    is_photo_caption,
    opens_item_line,
    route_project,
    said_event,
    same_day_as_before,
    table_row_events,
)
from orchestration.extraction.routed import (
    NOT_AFTER_ABBREVIATION,
    NOT_IN_PARENTHESES,
    RUN_ON_STOP,
    UPPER,
    FigureContext,
    Routed,
    amount_per_unit,
    last_clause,
    spaced,
)
from orchestration.extraction.scanning import matches_tried_at, places_of
from orchestration.extraction.tables import TOTAL_ROW
from orchestration.extraction.vocabulary import keyed_word_lists, phrase_source, word_source

__all__ = [
    "FigureContext", "ProjectEvent", "Routed", "project_events", "route_figure", "route_in_text", "route_project_cell",
]

def _heading_before(outline: Outline, clean_pos: int) -> str:
    i = bisect_right(outline.heading_starts, clean_pos) - 1
    return outline.headings[i][1] if i >= 0 else ""


# Sentence ends: . ! ? before a capital or a digit, ; before a capital (not before "đạt ..."), a
# full stop typed without its space (RUN_ON_STOP).
# Written to open with the space it starts with, (?<=[.!?])\s+ as \s(?<=[.!?]\s)\s*: the same
# matches, but the engine skips to spaces instead of trying the lookbehinds everywhere.
_SENTENCE_BREAK = re.compile(
    rf"\s(?:(?<=[.!?…]\s){NOT_AFTER_ABBREVIATION}\s*(?=[\"“(]?(?:{UPPER}|\d))|(?<=;\s)\s*{NOT_IN_PARENTHESES}(?={UPPER})"
    # ("đạt 53,6%. thu ngân sách ...": a percentage and a full stop end the sentence, whatever case follows)
    rf"|(?<=%\.\s)\s*(?=[^\W\d_]))"
    rf"|{RUN_ON_STOP}"
)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = 0
    for m in _SENTENCE_BREAK.finditer(text, 0, start):
        lo = m.end()
    m = _SENTENCE_BREAK.search(text, end)
    return lo, (m.start() if m else len(text))


@dataclass(frozen=True)
class _SentenceBreaks:
    """Every ``_SENTENCE_BREAK`` of a paragraph, so that ``bounds`` answers ``sentence_bounds``
    for each of its figures by bisection instead of scanning the paragraph again.

    A break is a run of spaces after . ! ? or ; whose lookahead reads the character after the
    run (two after an opening quote). ``sentence_bounds`` scans ``text[:start]`` only, where that
    lookahead cannot see past ``start``: a break counts there when the characters it reads lie
    before ``start`` (``seen_by``).
    """

    starts: list[int]
    ends: list[int]
    seen_by: list[int]  # the smallest ``start`` whose prefix still shows the break

    def bounds(self, length: int, start: int, end: int) -> tuple[int, int]:
        i = bisect_right(self.seen_by, start)
        j = bisect_left(self.starts, end)
        return (self.ends[i - 1] if i else 0), (self.starts[j] if j < len(self.starts) else length)


# Where a ``_SENTENCE_BREAK`` can start: each alternative but the last opens on the space right after
# the mark its lookbehind wants there (".!?…" or ";", or the "." of "%."), RUN_ON_STOP on its dot.
_BREAK_MARKS = ".!?…;"


def _break_starts(text: str) -> list[int]:
    """Every place a ``_SENTENCE_BREAK`` can start in ``text``, ascending (right after each mark, and
    at each dot): the engine is tried there instead of at every space of the paragraph."""
    marks = places_of(text, _BREAK_MARKS)
    return sorted(marks.union([at + 1 for at in marks]))


def _sentence_breaks(text: str) -> _SentenceBreaks:
    starts, ends, seen_by = [], [], []
    # (every match is tried where it can start, left to right past the match before: ``finditer``'s
    # matches; tests/test_routing_speed.py holds it to the plain scan, twice as slow)
    for m in matches_tried_at(_SENTENCE_BREAK, text, _break_starts(text)):
        starts.append(m.start())
        ends.append(m.end())
        seen_by.append(m.end() + (2 if text[m.end()] in "\"“(" else 1))
    return _SentenceBreaks(starts, ends, seen_by)


@per_document(maxsize=64)  # the figures of a paragraph come one after the other
def _paragraph_breaks(clean: str, a: int, b: int) -> _SentenceBreaks:
    """``_sentence_breaks`` of ``clean[a:b]``, memoised by the document's text and the paragraph's span: the same
    key for the same paragraph text, found without hashing a new copy of it for every figure (the document's
    text keeps its hash, and a look-up finds it the same object)."""
    return _sentence_breaks(clean[a:b])


# How far back a passage carries what it said (an as-of date, a plan's issuer) into later paragraphs.
_PRECEDING_CHARS = 1500


def _preceding(outline: Outline, layout: Layout, paragraph_start: int) -> str:
    """The section's text before a paragraph: back to the nearest heading, at most _PRECEDING_CHARS."""
    i = bisect_right(outline.heading_starts, paragraph_start) - 1
    lo = outline.headings[i][0] if i >= 0 else 0
    return layout.clean[max(lo, paragraph_start - _PRECEDING_CHARS):paragraph_start]


def figure_context(fig: Figure, layout: Layout, year: int | None = None, row: bool = False) -> FigureContext:
    """The figure with its paragraph (offsets made relative to the paragraph); ``row`` when its sentence is the
    row of a table read on the text's lines (``tables.find_lined_table_figures``; a tab table's row is known by
    its tabs)."""
    outline = layout.outline
    table_row = row or layout.clean.find("\t", fig.sentence[0], fig.sentence[1]) >= 0  # (no copy of the sentence)
    if table_row:
        a, b = fig.sentence
    else:
        i = bisect_right(outline.starts, fig.start) - 1
        a, b = outline.paragraphs[i] if i >= 0 else fig.sentence
        if not (a <= fig.start < b):
            a, b = fig.sentence
    text = layout.clean[a:b]
    sentence = ((0, len(text)) if table_row else
                _paragraph_breaks(layout.clean, a, b).bounds(len(text), fig.start - a, fig.unit_end - a))
    return FigureContext(
        text=text, start=fig.start - a, end=fig.end - a, unit_end=fig.unit_end - a,
        sentence=sentence, value=fig.value,
        unit=fig.unit, unit_label=fig.unit_label, metric=fig.metric, role=fig.role,
        qualifier=fig.qualifier, heading=_heading_before(outline, fig.start),
        table_row=table_row, document=layout.clean, offset=a,
        preceding="" if table_row else _preceding(outline, layout, a), year=year)


# "Sản lượng cà phê đạt 600.000 tấn, đạt 102% kế hoạch": a sentence that opens on what a branch measures
# (data/words/measured_subjects.csv) is about its own subject, whatever project the paragraph before named
# (not a work's own output said with a measured word, "Sản lượng thi công đạt 85% giá trị hợp đồng", "sản lượng xây
# lắp": the works done of the project named before, by the steps of a work of data/words/works_done.csv)
_OPENS_ON_MEASURED_SUBJECT = re.compile(
    r"[\s\-+•*]*(?:[a-zđ]\)\s*|\d{1,2}(?:\.\d{1,2})*[.)]\s+)?(?:" + word_source("measured_subjects") + r")(?!\w)"
    r"(?!\s+(?:" + "|".join(map(phrase_source, keyed_word_lists("works_done", "part")["works"])) + r")\b)",
    re.IGNORECASE)


def _carried_into_own_subject(ctx: FigureContext, routed: Routed) -> bool:
    """A project's figure whose project the sentence does not name (carried from before) in a sentence that opens
    on a measured subject of its own: that subject's, no project's."""
    name = routed.fields.get("project_name")
    sentence = ctx.sentence_text
    return bool(name) and name not in sentence and _OPENS_ON_MEASURED_SUBJECT.match(sentence) is not None


_MONEY = ("VND", "USD")


def _a_rate_of_another_subject(ctx: FigureContext) -> bool:
    """A percentage the budget rule claims for the budget named earlier in its sentence, said of a subject of its
    own: its clause names a measured subject of the catalog that is no budget's ("Thu ngân sách đạt 8.200 tỷ đồng,
    bằng 24% dự toán; chỉ số sản xuất công nghiệp tăng 12,5%"), or it has no subject and follows a clause whose
    figure counts something else, the figure it is the change of ("…, số doanh nghiệp thành lập mới 1.250 doanh
    nghiệp, tăng 5%")."""
    clause = ctx.clause_before(r"[;,]")
    subject = own_subject(clause)
    before = ctx.before[: len(ctx.before) - len(clause)].rstrip()
    if subject:
        if before.endswith(",") and nearest_item(own_subject(_across_a_comma_inside_a_subject(before, clause))):
            return False  # "thu xuất, nhập khẩu đạt 700 tỷ đồng (70,2% dự toán)": the budget's own subject
        return nearest_item(subject) is None and catalog_key(subject, "pct", ctx.metric) is not None
    if ctx.metric not in ("yoy_pct", "change_pct"):
        return False
    if not before.endswith(","):
        return False
    figures = find_figures(last_clause(before[:-1], r"[;,]"))
    return bool(figures) and figures[-1].unit not in (*_MONEY, "pct")


# a length built, earth moved, land cleared: how far a work's works are, whose share of the plan is the work's progress
_WORKS_SIZE_UNITS = ("km", "m3", "ha")
_CAPITAL_WORDS = re.compile(r"\b(?:vốn|giải\s+ngân|kinh\s+phí|phân\s+bổ)\b", re.IGNORECASE)


def _a_rate_of_an_output(ctx: FigureContext, name: str) -> bool:
    """A share of the plan the project rule claims for the work named in its sentence, said right after a quantity of
    what the work carries or serves ("sản lượng hàng hóa qua cảng X đạt 13,6 triệu tấn, bằng 78,5% kế hoạch năm",
    "tuyến metro X phục vụ 21 triệu lượt khách, vượt 18% kế hoạch"): the plan of that quantity, an indicator's; no
    share of the work's capital (said in its clause: "giải ngân vốn đạt 60% kế hoạch") nor of its works, nor the
    count of a group the rule named ``name`` ("khánh thành 8 công trình giao thông, đạt 76,5% kế hoạch")."""
    if ctx.metric != "plan_pct":
        return False
    clause = ctx.clause_before(r"[;,]")
    before = ctx.before[: len(ctx.before) - len(clause)].rstrip()
    if not before.endswith(",") or _CAPITAL_WORDS.search(clause):
        return False
    # (back over the rates said of the quantity between: "13,6 triệu tấn, tăng 14% so với cùng kỳ, bằng 78,5% kế
    # hoạch năm"; no word of capital among them)
    figures = find_figures(before[:-1])
    while figures and figures[-1].unit == "pct":
        figures.pop()
    if not figures or _CAPITAL_WORDS.search(before, figures[-1].unit_end):
        return False
    return figures[-1].unit not in (*_MONEY, *_WORKS_SIZE_UNITS) and not name.startswith(figures[-1].token + " ")


# the number cell a table's row opens with ("1\t", "II | ", "a) | "): the row's place in its table, no figure
_ROW_NUMBER_CELL = re.compile(r"\s*(?:\d{1,3}|[IVX]{1,4}|[a-zđ])[.)]?\s*(?:\t|\|)")


def _across_a_comma_inside_a_subject(before: str, clause: str) -> str:
    """The clause with the one before its comma when that one holds no figure: the comma then stands inside a
    subject ("thu thuế xuất khẩu, nhập khẩu", a table's row "1 | Thu từ hoạt động xuất, nhập khẩu | 800"), not
    between two clauses; else the clause alone."""
    previous = last_clause(before[:-1], r"[;,]")
    words = previous[number.end() :] if (number := _ROW_NUMBER_CELL.match(previous)) is not None else previous
    return clause if any(c.isdigit() for c in words) else previous + "," + clause


_WORDS_AFTER_THE_BUDGETS_FIGURE = 4  # ("đạt 96% dự toán năm", "so với cùng kỳ")


def _money_of_another_subject(ctx: FigureContext) -> bool:
    """A sum the budget rule carries from a budget named earlier in its sentence into a clause that names a
    subject of its own, no budget item: "thu ngân sách 35.000 tỷ đồng, xuất khẩu 2,5 tỷ USD" is exports, "…; thu hút
    86 dự án FDI với số vốn 2,4 tỷ USD" the projects' capital. A subject of the catalog makes any sum its own; in
    dollars any subject does, for a budget is counted in đồng. The clause follows one that ends on a figure, the
    budget's, or on a few words of it ("bằng 24% dự toán"): a comma inside a subject ("thu nội địa 5.230 tỷ đồng và
    thu từ hoạt động xuất, nhập khẩu 106 tỷ đồng") opens no clause."""
    clause = ctx.clause_before(r"[;,]")
    subject = own_subject(clause)
    if not subject or nearest_item(subject) is not None:
        return False
    before = ctx.before[: len(ctx.before) - len(clause)].rstrip()
    previous = last_clause(before[:-1], r"[;,]")
    figures = find_figures(previous) if any(c.isdigit() for c in previous) else []
    if not figures:
        return False
    tail = previous[figures[-1].unit_end:].split()
    if len(tail) > _WORDS_AFTER_THE_BUDGETS_FIGURE or "và" in tail:
        return False
    return ctx.unit == "USD" or catalog_key(subject, ctx.unit, ctx.metric) is not None


def route_context(ctx: FigureContext) -> Routed | None:
    for rule in (route_disaster, route_project, route_budget):
        routed = rule(ctx)
        if routed is not None:
            if rule is route_project and _carried_into_own_subject(ctx, routed):
                continue
            if (
                rule is route_project
                and routed.fields.get("measure") == "plan_pct"
                and _a_rate_of_an_output(ctx, str(routed.fields.get("project_name", "")))
            ):
                return None  # (an indicator's rate: the plan of what the work carries, not of its capital)
            if rule is route_budget and ctx.unit == "pct" and _a_rate_of_another_subject(ctx):
                return None  # (an indicator's rate)
            if rule is route_budget and amount_per_unit(ctx):
                return None  # ("mức hỗ trợ 60 triệu đồng/hộ": what each gets, a rate of the programme, no sum it holds)
            if (rule is route_budget and ctx.unit in _MONEY
                    and str(routed.fields.get("budget_item", "")).startswith("revenue_")
                    and _money_of_another_subject(ctx)):
                # (an indicator's sum; only revenue is carried so: the parts of a programme's or a spending total's
                # money by source, "vốn huy động 41 tỷ đồng", keep their item)
                return None
            if (rule is route_project and ctx.document
                    and _still_to_come(routed.fields.get("event"), ctx.document, ctx.text[ctx.sentence[0]:ctx.start])):
                # (the money of a work whose ceremony the headline announces ahead)
                routed = Routed(routed.table, {**routed.fields, "event": "in_progress", "event_date": None},
                                routed.value, routed.unit)
            if rule is route_project:
                routed = _money_of_the_named_work(ctx, routed)
            return routed
    return None


def route_project_cell(fig: Figure, name: str, measure: str) -> Routed | None:
    """A cell of a table whose rows are projects, read by the table's reader (``tables``: a list written one cell a
    line, "TT / Tên dự án / Tổng mức đầu tư / Lũy kế giải ngân / 1 / Cầu X / 980 / 410"): the row's project, the
    measure its column's head names; None for a total row, or a cell in no money or share."""
    name = spaced(name.strip(" -+•*"))
    if not name or TOTAL_ROW.match(name) or fig.unit not in (*_MONEY, "pct"):
        return None
    if (fig.unit == "pct") != (measure == "plan_pct"):
        return None  # (a share in a money column, money in a share's: not the column's measure)
    return Routed("projects", {"project_name": name, "event": "funding", "event_date": None, "measure": measure})


def route_figure(fig: Figure, layout: Layout, year: int | None = None, row: bool = False,
                 project_cell: tuple[str, str] | None = None) -> Routed | None:
    """The table of one figure; ``year`` is the document's (for dates written without one); ``row`` as for
    ``figure_context``; ``project_cell`` the (project name, measure) a table's reader found the figure's row and
    column to be, in a table of projects ``projects`` does not read (one cell a line)."""
    if project_cell is not None and (routed := route_project_cell(fig, *project_cell)) is not None:
        return routed
    return route_context(figure_context(fig, layout, year, row))


def route_phrase(fig: Figure, phrase: str, number: tuple[int, int], unit_end: int, layout: Layout,
                 year: int | None = None, table_row: bool = False, row_said: bool = False) -> Routed | None:
    """Route a table cell through the words its row and column say (``tables._named_cell``:
    "Huyện Lục Yên: 3 người chết"), read like a sentence at the row's place in the document; ``table_row``
    when the phrase stands for a row of an indicator table (its columns' metrics say what is planned), ``row_said``
    when it is a row of any table said as a sentence (``FigureContext.row_said``)."""
    outline = layout.outline
    row_start = fig.sentence[0]
    ctx = FigureContext(
        text=phrase, start=number[0], end=number[1], unit_end=unit_end, sentence=(0, len(phrase)),
        value=fig.value, unit=fig.unit, unit_label=fig.unit_label, metric=fig.metric, role=fig.role,
        qualifier=fig.qualifier, heading=_heading_before(outline, row_start), document=layout.clean,
        offset=row_start, preceding=_preceding(outline, layout, row_start), year=year, table_row=table_row,
        row_said=row_said)
    return route_context(ctx)


def route_in_text(paragraph: str, token: str, occurrence: int = 1, heading: str = "", preceding: str = "",
                  year: int | None = None) -> Routed | None:
    """Route the figure written ``token`` in a paragraph (tests and debugging); ``preceding`` is
    the text of the section before the paragraph."""
    figures = [f for f in find_figures(paragraph) if f.token == token]
    if len(figures) < occurrence:
        raise ValueError(f"no figure {token!r} (#{occurrence}) in {paragraph!r}")
    fig = figures[occurrence - 1]
    ctx = FigureContext(
        text=paragraph, start=fig.start, end=fig.end, unit_end=fig.unit_end,
        sentence=sentence_bounds(paragraph, fig.start, fig.unit_end),
        value=fig.value, unit=fig.unit, unit_label=fig.unit_label, metric=fig.metric, role=fig.role,
        qualifier=fig.qualifier, heading=heading, document=paragraph, preceding=preceding, year=year)
    return route_context(ctx)


@dataclass(frozen=True)
class ProjectEvent:
    start: int                 # clean-text span of the project name
    end: int
    project_name: str
    event: str
    event_date: object | None  # datetime.date | None


_REFERENCE_REACH = 600  # evidence spans stay well inside the 800 characters the contract scores
_GROUP_EVENT_REACH = 2  # paragraphs after a group's event where a list of its names may come (a caption between)


def _opens_list_item(paragraph: str, events: tuple[NamedEvent, ...]) -> bool:
    """Does the paragraph give an item of a list written a line an item: a line opening on a work's
    name, or the list's head with its first item ("Các dự án bao gồm: Hai dự án nhà ở ...")?"""
    return bool(events) and (
        opens_item_line(paragraph, events[0]) or paragraph[: events[0].start].rstrip().endswith(":")
    )


def _items_given(paragraph: str, events: tuple[NamedEvent, ...]) -> int:
    """How many items of the list a paragraph gives: a line is one; a head gives the items its
    semicolons part ("gồm: Dự án A; Dự án B." two; "bao gồm: Hai dự án nhà ở cho cán bộ Bệnh viện X" one,
    whatever else it names)."""
    if opens_item_line(paragraph, events[0]):
        return 1
    parted = paragraph.count(";", events[0].start) + 1
    return min(parted, sum(not ev.part for ev in events))


def _list_goes_on(paragraph: str, events: tuple[NamedEvent, ...]) -> bool:
    """A list written a line an item keeps a counted group's event for the lines after it: its head
    alone ("Các dự án gồm:") or one of its items."""
    return paragraph.rstrip().endswith(":") or _opens_list_item(paragraph, events)


# "đã khởi công", "vừa khánh thành": the ceremony the sentence says is done, whatever the headline announces
_DONE = r"\b(?:đã|vừa|mới)\s+(?:\S+\s+){0,3}?"
_DONE_IN_SENTENCE = {
    "started": re.compile(_DONE + r"(?:khởi\s+công|động\s+thổ)\b", re.IGNORECASE),
    "inaugurated": re.compile(_DONE + r"khánh\s+thành\b", re.IGNORECASE),
}


def _sentence_up_to(paragraph: str, at: int) -> str:
    stop = paragraph.rfind(". ", 0, at)  # (-1 when the sentence opens the paragraph: it starts at 0, not at 1)
    start = max(stop + 2 if stop >= 0 else 0, paragraph.rfind("\n", 0, at) + 1)
    return paragraph[start:at]


@functools.lru_cache(maxsize=8)  # (asked by every project figure of a document, and by its events)
def _announced_ceremony(clean: str) -> str | None:
    """The ceremony the text's headline (its first line, after the page's date marker) announces ahead."""
    headline = clean.split("\n", 1)[0]
    if (marker := DATE_MARKER.match(headline)) is not None:
        headline = headline[marker.end():]
    return announced_event(headline[:300])


def _still_to_come(event: str | None, clean: str, sentence_before: str) -> bool:
    """Is ``event`` the ceremony the headline announces ahead, not said done in its own sentence?"""
    return (event in _DONE_IN_SENTENCE and event == _announced_ceremony(clean)
            and not _DONE_IN_SENTENCE[event].search(sentence_before))


# "gắn biển công trình cầu X chào mừng Đại hội" said without "khánh thành": a plaque, which a work may get while it
# is being built; then the text says so after it ("đã hoàn thành 75% khối lượng", "dự kiến thông xe vào tháng 4")
_PLAQUE = re.compile(r"gắn\s+biển", re.IGNORECASE)
_INAUGURATED_TOO = re.compile(r"khánh\s+thành|thông\s+xe|đưa\s+vào\s+sử\s+dụng", re.IGNORECASE)
_COMPLETION_AHEAD = re.compile(
    r"\b(?:dự\s+kiến|phấn\s+đấu)\s+(?:sẽ\s+)?(?:hoàn\s+thành|thông\s+xe|khánh\s+thành|đưa\s+vào)|"
    r"\bđang\s+(?:được\s+)?(?:thi\s+công|xây\s+dựng)|"
    rf"\b(?:hoàn\s+thành|đạt)\s+(?:(?:{HEDGE_WORDS})\s+)?\d+(?:[.,]\d+)?\s*%\s*(?:khối\s+lượng|giá\s+trị)",
    re.IGNORECASE,
)
_PLAQUE_REACH = 600  # characters after the work's name where the text tells how far its works are


def _plaque_on_works_under_way(sentence_before: str, clean: str, name_end: int) -> bool:
    """Is an inauguration said by a plaque alone ("gắn biển công trình X") of a work the text then says is still
    being built?"""
    return (_PLAQUE.search(sentence_before) is not None and _INAUGURATED_TOO.search(sentence_before) is None
            and _COMPLETION_AHEAD.search(clean, name_end, name_end + _PLAQUE_REACH) is not None)


def _finished_before(rows: list[ProjectEvent], name: str) -> bool:
    """Has the text already said this work was inaugurated or completed (the same name, or one inside the other)?"""
    own = " ".join(name.casefold().split())
    for row in rows:
        if row.event in ("inaugurated", "completed"):
            other = " ".join(row.project_name.casefold().split())
            if own in other or other in own:
                return True
    return False


# "Khởi công nhà máy điện gió 200 MW", "dự án nhà ở xã hội 1.200 căn tại thành phố X", "khu nhà ở xã hội 2.000 căn ở
# Y": a work named only by its kind (its words in lower case), perhaps with its size, price or place after it (a number,
# "tại ...", "ở" before a capital)
_ONLY_A_KIND = re.compile(rf"(?P<kind>[^\W\d_]+(?:\s+[^\W\d_]+)+?)(?:\s+(?:\d|tại\s|ở\s+{UPPER}).*)?", re.DOTALL)


def _kind_only(name: str) -> str | None:
    """The kind words of a work's name that names only its kind (``_ONLY_A_KIND``), None for a named work."""
    m = _ONLY_A_KIND.fullmatch(spaced(name))
    if m is None or any(not word.islower() for word in m.group("kind").split()[1:]):
        return None
    return m.group("kind")


def _named_for_its_kind(rows: list[ProjectEvent]) -> list[ProjectEvent]:
    """A headline's work named only by its kind ("Khởi công nhà máy điện gió 200 MW") is the work the text then names
    of that kind for the same event ("khởi công dự án Nhà máy điện gió Tân Hợp 2"): its rows (a photo's caption
    repeating the headline too) take that name, when the text names one work only of the kind for the event."""
    renamed = _names_for_kinds(rows)
    return [
        replace(row, project_name=renamed[(row.project_name, row.event)])
        if (row.project_name, row.event) in renamed
        else row
        for row in rows
    ]


@per_document(maxsize=2)
def _names_for_kinds_of(clean: str, year: int | None) -> dict[str, str]:
    """The work each name of a kind only stands for in the document (``_names_for_kinds`` over its event rows), when
    one name, whatever the event."""
    if layout_of(clean) is None:
        return {}
    names: dict[str, set[str]] = {}
    said = _said_events_of(clean, year)
    for (kind_name, _), name in _names_for_kinds(said).items():
        names.setdefault(kind_name, set()).add(name)
    for row in _headline_priced_kind(clean, said):  # ("dự án khu dân cư" of "… dự án khu dân cư 1.200 tỷ đồng")
        names.setdefault(spaced(clean[row.start : row.end]), set()).add(row.project_name)
    return {kind_name: next(iter(named)) for kind_name, named in names.items() if len(named) == 1}


def _money_of_the_named_work(ctx: FigureContext, routed: Routed) -> Routed:
    """A work's money whose name is its kind only ("Khởi công Nhà máy điện gió 10.000 tỉ đồng", a headline) is the money
    of the work the text names of that kind, as the event rows of the kind-named work are that work's."""
    name = routed.fields.get("project_name")
    if not name or not ctx.document or _kind_only(name) is None:
        return routed
    named = _names_for_kinds_of(ctx.document, ctx.year).get(name)
    return routed if named is None else replace(routed, fields={**routed.fields, "project_name": named})


def _names_for_kinds(rows: list[ProjectEvent]) -> dict[tuple[str, str], str]:
    """(name of a kind only, event) → the one work of that kind the text names for the same event, later."""
    renamed: dict[tuple[str, str], str] = {}
    for row in rows:
        key = (row.project_name, row.event)
        if key in renamed or (kind := _kind_only(row.project_name)) is None:
            continue
        kind_words = r"\s+".join(map(re.escape, kind.split()))
        of_the_kind = re.compile(rf"(?<!\w)(?i:{kind_words})\s+{UPPER}")
        named = {
            spaced(other.project_name)
            for other in rows
            if other.event == row.event and other.start > row.start and of_the_kind.search(other.project_name)
        }
        if len(named) == 1:
            renamed[key] = next(iter(named))
    return renamed


# "Khởi công dự án khu dân cư 1.200 tỷ đồng", "Chấp thuận nhà đầu tư dự án khu đô thị hơn 2.000 tỷ": a headline's
# project named only by its kind in lower case and its price (no work of its own, ``projects.is_named``), not a counted
# group ("3 dự án giao thông ...")
_KIND_AND_PRICE = re.compile(
    rf"(?<!\d\s)\b(?:dự\s+án|công\s+trình)\s+(?P<kind>(?-i:[a-zđà-ỹ]+)(?:\s+(?-i:[a-zđà-ỹ]+)){{0,5}}?)"
    rf"\s+(?:(?:{HEDGE_WORDS})\s+)?\d[\d.,]*\s*(?:{SCALE_WORDS})\b",
    re.IGNORECASE,
)
_HEADLINE_REACH = 200  # a first paragraph longer than this is the lead, no headline


def _headline_priced_kind(clean: str, rows: list[ProjectEvent]) -> list[ProjectEvent]:
    """A headline's project named by its kind and price ("Khởi công dự án khu dân cư 1.200 tỷ đồng") is the one work
    of that kind the text then names with the headline's event ("khởi công dự án Khu dân cư Bắc Tam Kỳ"): the
    headline's event row of that work, as for a headline naming the work by its kind alone (``_named_for_its_kind``)."""
    line_end = clean.find("\n")
    headline_end = line_end if line_end >= 0 else len(clean)
    if headline_end > _HEADLINE_REACH or any(row.start < headline_end for row in rows):
        return []
    m = _KIND_AND_PRICE.search(clean, 0, headline_end)
    if m is None or (event := said_event(clean[: m.start()], "")) is None or event == "in_progress":
        return []
    kind_words = r"\s+".join(map(re.escape, m.group("kind").split()))
    of_the_kind = re.compile(rf"(?<!\w)(?i:{kind_words})\s+{UPPER}")
    named = {spaced(row.project_name) for row in rows if row.event == event and of_the_kind.match(row.project_name)}
    if len(named) != 1:
        return []
    return [ProjectEvent(m.start(), m.start("kind") + len(m.group("kind")), next(iter(named)), event, None)]


def project_events(layout: Layout, year: int | None = None) -> list[ProjectEvent]:
    """Event rows of named projects; ``year`` is the document's (for days written without one)."""
    # (the document's own layout reads its events once; another one, a test's, is read as it is)
    documents = layout_of(layout.clean) is layout
    said = list(_said_events_of(layout.clean, year)) if documents else _said_events(layout, year)
    out = _headline_priced_kind(layout.clean, said) + _named_for_its_kind(said)
    # (the paragraphs of a table are skipped by the sentences' reader: a works table's status column, "Tình trạng |
    # Đang thi công", says the event of each row's work, its name cell the evidence)
    out.extend(
        ProjectEvent(a, b, name, event, date) for a, b, name, event, date in table_row_events(layout.clean, year)
    )
    return out


@per_document(maxsize=2)
def _said_events_of(clean: str, year: int | None) -> tuple[ProjectEvent, ...]:
    """``_said_events`` of the document's layout (``layout_of``), read once: the event rows and the works that names of
    a kind stand for (``_names_for_kinds_of``, asked by the money of such a name) both need them."""
    layout = layout_of(clean)
    return tuple(_said_events(layout, year)) if layout is not None else ()


def _said_events(layout: Layout, year: int | None) -> list[ProjectEvent]:
    """The event rows the text's sentences say, each work as named where it is said."""
    out: list[ProjectEvent] = []
    last_name = None  # the project named last, for "dự án này" in a later paragraph
    carried, carried_for = None, 0  # an event said of a counted group, for a list in the next paragraphs
    carried_day = None  # the day that event is said on ("Sáng 30/8/2025, tỉnh khánh thành 3 công trình, gồm:")
    items_left = None  # items of a list written a line an item still to come (the group's count)
    lead = None  # the paragraph a counted group's day was said in, while its lists go on
    group_mark = None  # the kind of numbered mark opening the paragraph the group's event was said in
    capital_headings = {start for start, heading in layout.outline.headings if heading.isupper()}
    heading_ranks = {start: outline_rank(outline_mark_kind(heading)) for start, heading in layout.outline.headings}
    section_rank = named_rank = None  # how high the numbered heading over the text stands; over the last name's
    # the one work the text names before its first heading, its title's ("Báo cáo tình hình thực hiện Dự án X"): the
    # work of every section of a report on it, whose headings name no work ("I. TIẾN ĐỘ THI CÔNG")
    first_heading = layout.outline.headings[0][0] if layout.outline.headings else len(layout.clean)
    titled: set[str] = set()
    title_work = None
    for a, b in layout.outline.paragraphs:
        paragraph = layout.clean[a:b]
        if "\t" in paragraph:
            continue
        if (rank := heading_ranks.get(a)) is not None:
            section_rank = rank
            if named_rank is not None and rank <= named_rank:
                # "3. Công trình hoàn thành" after "2. Dự án trọng điểm" (a work named under it): a numbered heading of
                # the numbering the last work was named under, or a higher one, opens another section; the bare
                # "Công trình" of it, or under it, is none of that work ("a) Tiến độ" under the work's own section,
                # a lower numbering, keeps it)
                last_name, named_rank = title_work, None
        if carried_for and group_mark is not None and outline_mark_kind(paragraph) == group_mark:
            # "1. Đã phê duyệt 12 dự án ..." then "2. Dự án hồ X giải ngân ...": the next item of the same numbering is
            # the next section, not one of the group's works (those come under its item, with marks of their own)
            carried_for, lead = 0, None
        day_of_list = carried_day if carried_for else None
        events = find_project_events(paragraph, last_name, year, carried if carried_for else None,
                                     preceding=layout.clean[max(0, a - 400):a])
        if (said := group_event(paragraph)) is not None:
            # "Lễ khánh thành 5 công trình trường học." (a caption between) "Các công trình gồm: A, B ..."
            carried, carried_for, group_mark = said, _GROUP_EVENT_REACH, outline_mark_kind(paragraph)
            carried_day = group_day(paragraph, said, year)
            if carried_day is not None:
                lead = paragraph
            elif lead is not None and (event := said_event(said, "")) is not None:
                # "Ngày 19/8, tỉnh khánh thành 5 công trình và khởi công 3 dự án. Các công trình khánh thành gồm:" the
                # items, then "Các dự án khởi công gồm:": a second list of the same ceremony, on the day its lead said
                carried_day = group_day_of(lead, event, year)
            size, at = group_size(said), paragraph.find(said)
            items_left = None if size is None else size - sum(ev.start > at for ev in events)
            if items_left is not None and items_left <= 0:
                carried_for = 0  # every work of the group is listed right there
        elif carried_for and is_photo_caption(paragraph):
            pass  # a photo's caption between the items of a list neither ends it nor gives one of its items
        elif not (carried_for and _list_goes_on(paragraph, events)):
            carried_for = max(0, carried_for - 1)
            if not carried_for:
                lead = None
            if carried_for and items_left is not None:
                # "Lễ khởi công 03 dự án" (a title) "Sáng 19/8, ... khởi công 03 dự án gồm: A; B; C." then a
                # paragraph on each: once the group's works are named, the paragraphs after describe them
                items_left -= sum(not ev.part for ev in events)
                if items_left <= 0:
                    carried_for = 0
        elif _opens_list_item(paragraph, events):
            # (an item lets a photo's caption come before the next one, as the group's event did)
            carried_for = _GROUP_EVENT_REACH
            if items_left is not None:
                items_left -= _items_given(paragraph, events)
                if items_left <= 0:  # the count is reached: the lines after it are no items
                    carried_for = 0
        # (a photo's caption that repeats a work's news is a row of its own, as the development gold
        # reads every mention of a work with its event, title and caption included)
        for ev in events:
            if ev.row and not ev.said and ev.event == "in_progress" and _finished_before(out, ev.name):
                continue  # "Khánh thành nhà máy X" then "dự án X thuộc quy hoạch ...": the finished work described
            if ev.row:
                # a reference's evidence reaches back to where its project was named, when close by
                close = ev.named_at is not None and ev.end - ev.named_at <= _REFERENCE_REACH
                start = ev.named_at if close and ev.named_at is not None else ev.start
                event, date = ev.event, ev.date
                sentence_before = _sentence_up_to(paragraph, ev.start)
                if _still_to_come(event, layout.clean, sentence_before):
                    event, date = "in_progress", None  # the ceremony the headline announces, still to come
                elif event == "inaugurated" and _plaque_on_works_under_way(sentence_before, layout.clean, ev.end + a):
                    event, date = "in_progress", None
                if date is None and event != "in_progress":
                    date = same_day_as_before(paragraph, ev.start, layout.clean, a, year)
                if date is None and ev.said and event != "in_progress" and day_of_list is not None:
                    date = day_of_list  # an item on a line after its head, on the day the head said
                out.append(ProjectEvent(start + a, ev.end + a, ev.name, event, date))
        wholes = [ev for ev in events if not ev.part]
        if wholes and a < first_heading:
            titled.update(" ".join(ev.name.casefold().split()) for ev in wholes)
            title_work = wholes[-1].name if len(titled) == 1 else None
        if wholes:
            last_name, named_rank = wholes[-1].name, section_rank
        elif a in capital_headings:
            # "2. ĐƯỜNG HÀNH LANG VEN SÔNG HẬU" over "Công trình khởi công ngày ...": a heading in capitals opens the
            # next item's section; a bare "Công trình" under it is never the work of the section before (the figures
            # of a section look back only to its heading too; but to the title's work, in a report on one)
            last_name = title_work
    return out
