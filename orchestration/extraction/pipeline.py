"""Top level of the extraction library: one raw file → one ``Extraction``."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

import polars as pl

from orchestration.extraction.budgets import budget_figure_period
from orchestration.extraction.caching import clear_document_caches
from orchestration.extraction.dates import YEAR, captured, report_date
from orchestration.extraction.decode import decode_report
from orchestration.extraction.document import describe_document, written_after_the_merger
from orchestration.extraction.figures import (
    TWO_BASES_THEN_CHANGE,
    Figure,
    compares_with_another_month,
    find_figures,
    states_a_size,
)
from orchestration.extraction.indicators import (
    ARRIVAL_KEYS,
    CATALOG,
    NOT_THE_ONE_UNIT_PER,
    ListPlace,
    a_contribution,
    a_crop_changed_with_the_area_sown,
    a_crop_of_the_area_sown,
    a_part_of_the_area,
    a_part_of_the_arrivals,
    a_part_of_the_retail_sales,
    a_part_of_the_trade_through_the_border,
    a_sector_of_the_production_value,
    a_share_of_units_named_after,
    a_share_of_works_done,
    actor_end,
    capital_key_of,
    catalog_key,
    counts_the_words,
    fits,
    former_province_named,
    lent_by_a_bank_named_before,
    may_be_a_crop_of_the_area_sown,
    may_name_a_former_province,
    names_a_place,
    names_a_subject,
    names_nothing,
    names_only_a_period,
    names_what_changed,
    only_a_link_or_a_time,
    only_the_base_of_a_change,
    opening_subject,
    own_subject,
    ranked_subject,
    respective_key,
    respective_place,
    served_by_travel_agencies,
    subject_label,
    the_area_a_text_is_about,
    the_growth_of_a_subject_before,
    without_its_dateline,
    without_the_actor,
    without_the_part_opener,
    words_a_change_names,
)
from orchestration.extraction.layout import Layout, a_figure_alone, a_name_alone, build_layout, line_opening
from orchestration.extraction.marks import DASH_CHARS, DASH_MARK, NUMBERED_MARK, heading_depth
from orchestration.extraction.named_provinces import (
    entry_a_group_has,
    entry_without_its_province,
    may_name_a_foreign_place,
    of_a_foreign_place,
    of_the_whole_country_or_region,
    province_named_before,
    sentence_start,
    without_the_nation,
)
from orchestration.extraction.normalise import spelled_as_in
from orchestration.extraction.numbers import BOUND_WORDS, HEDGE_WORDS, NUMBER_WORDS, SCALE_WORDS
from orchestration.extraction.periods import (
    HIGHER_THAN_THE_SAME_TIME,
    PART_OF_YEAR_KINDS,
    Period,
    PeriodPhrase,
    a_breakdown_of_one_month,
    an_earlier_part_of_its_year_compared,
    an_earlier_year_compared,
    another_month_compared,
    another_quarter_compared,
    aside_in_brackets,
    breakdown_as_of,
    breakdown_period,
    breakdown_term,
    earlier_year_in_brackets,
    find_period_phrases,
    heading_as_of,
    listed_periods,
    month_period,
    next_year_named,
    of_the_same_time_of_another_year,
    one_month_of,
    paragraph_head_period,
    period_closing_a_figure,
    plan_year_said_after,
    quarter_number,
    quarter_period,
    school_year_period,
    shifted,
    the_year_of_a_starting_value,
    with_the_documents_time,
    year_in_a_bracket_right_after,
    year_period,
    year_right_after,
)
from orchestration.extraction.places import (
    LOCAL_UNIT_WORDS,
    LOWER_UNIT_WORDS,
    UNIT_WORDS,
    Province,
    ProvinceMention,
    district_named,
    find_provinces,
    get_province,
    unit_words_source,
)
from orchestration.extraction.routed import PLACE_ABBREVIATIONS
from orchestration.extraction.routing import Routed, project_events, route_figure, route_phrase
from orchestration.extraction.scanning import caseless_first_letter, guarded
from orchestration.extraction.schema import FACT_TABLES, PERCENT_METRICS, placement_of, validated_frame
from orchestration.extraction.screening import refuse_if_no_figures, refuse_if_not_vietnamese
from orchestration.extraction.sections import future_sections, is_a_plan_document
from orchestration.extraction.sidecar import Sidecar, apply_sidecar
from orchestration.extraction.tables import (
    find_aligned_table_figures,
    find_lined_table_figures,
    read_tab_tables,
    row_phrase,
    runs_on_after_a_tab,
)
from orchestration.extraction.vocabulary import keyed_word_lists, word_pattern, word_source

MAX_EVIDENCE = 600  # the contract scores spans up to 800 characters; stay well inside

# Set to 1 (the test suite does) to let a rule's error raise instead of being passed over: a bug must fail its test.
STRICT_RULES_ENV = "BAOCAO_STRICT_RULES"
# A report on which the rules fail in more places than this is broken as a whole, not in one sentence: it raises.
MAX_PLACES_PASSED_OVER = 20


@dataclass
class Extraction:
    """Everything one report yields: its ``documents`` row, decoded text and four fact tables."""

    document: dict
    text: str
    tables: dict[str, pl.DataFrame] = field(default_factory=dict)
    # what the rules failed on and passed over (file, place, error): the report's other facts are kept
    rule_errors: tuple[str, ...] = ()

    @property
    def doc_id(self) -> str:
        return self.document["doc_id"]

    def row_counts(self) -> dict[str, int]:
        return {t: self.tables[t].height for t in FACT_TABLES}


def extract_document(data: bytes, source_file: str, *, max_bytes: int | None = None,
                     sidecar: Sidecar | None = None) -> Extraction:
    """Decode, describe and extract one report. Raises ``RejectedDocument`` for unusable input.

    ``sidecar`` (see ``sidecar.py``) fills what the text leaves unknown: province, locality,
    period; the text wins where both speak."""
    clear_document_caches()  # what was memoised for the previous report is of no use here
    doc_id = hashlib.sha256(data).hexdigest()
    decoded = decode_report(data, source_file, max_bytes=max_bytes)
    text = decoded.text
    written_with_marks = refuse_if_not_vietnamese(text, source_file)
    described = describe_document(text)
    meta = apply_sidecar(described.as_row(), sidecar, described.period_in_a_year)
    # A real report whose text leaves its province or period implicit still loads: the unknown
    # part stays NULL and ``placement`` says what is missing.
    meta["placement"] = placement_of(meta["province"], meta["period_start"])
    document = {
        "doc_id": doc_id, "source_file": source_file, **meta, "text_sha256": decoded.text_sha256,
        "encoding": decoded.encoding, "char_count": decoded.char_count, "byte_count": decoded.byte_count,
    }
    layout = build_layout(text)
    # The rules read Vietnamese as it is written, with its marks: on a text typed without them they would take its
    # dates for counts ("ngay 10 thang 11") and its money for counts ("3.215 ty dong"). Such a report loads placed as
    # its header allows, with no facts rather than false ones.
    # (a text about several provinces names each figure's own: Huế by the unit it became in one written after 2025's
    # change, as the documents of Huế are keyed; told only for such a text, the one kind that asks)
    after_the_change = meta["province"] is None and written_after_the_merger(text, described.period)
    failures = _RuleFailures(source_file)
    rows = (_fact_rows_passing_over_rule_errors(layout, document, after_the_change, failures) if written_with_marks
            else {t: [] for t in FACT_TABLES})
    refuse_if_no_figures(sum(len(r) for r in rows.values()), text, source_file)
    # Every frame leaving the library is checked against the contract (FrameContractError names
    # the file and the column): a bug in a rule never reaches the warehouse as a bad row.
    tables = {t: validated_frame(t, rows[t], source_file) for t in FACT_TABLES}
    documents = validated_frame("documents", [document], source_file)
    return Extraction(document=documents.row(0, named=True), text=text, tables=tables,
                      rule_errors=tuple(failures.messages))


@dataclass
class _RuleFailures:
    """The places (a paragraph or a figure) the rules failed on in one report, passed over on a rerun.

    A rule's bug on one sentence of a real report must cost that sentence's facts, not the report's: every other
    fact still loads, and the error is told with the file and the place (``Extraction.rule_errors``: ``baocao
    extract`` prints it, ``load_report`` logs it in the run)."""

    source_file: str
    at: tuple[str, int, int] | None = None  # the place being read now (None between the two loops: not passed over)
    skipped: set[tuple[str, int, int]] = field(default_factory=set)
    messages: list[str] = field(default_factory=list)

    def reading(self, kind: str, start: int, end: int) -> bool:
        """Note the place now read; False when an earlier run failed on it (the caller passes over it)."""
        self.at = (kind, start, end)
        return self.at not in self.skipped


def _fact_rows_passing_over_rule_errors(layout: Layout, document: dict, after_the_change: bool,
                                        failures: _RuleFailures) -> dict[str, list[dict]]:
    """``_fact_rows``, rerun without each paragraph or figure a rule raised an error on (strict: raise)."""
    strict = os.environ.get(STRICT_RULES_ENV, "") not in ("", "0")
    while True:
        failures.at = None
        try:
            return _fact_rows(layout, document, after_the_change=after_the_change, failures=failures)
        except Exception as error:
            place = failures.at
            if strict or place is None or place in failures.skipped or len(failures.skipped) >= MAX_PLACES_PASSED_OVER:
                raise
            kind, start, end = place
            message = (f"{failures.source_file}: a rule failed on the {kind} at characters {start}-{end} "
                       f"({type(error).__name__}: {error}); its facts are left out, the report's others kept")
            failures.skipped.add(place)
            failures.messages.append(message)


def _province_of_a_row(key: str | None, own: str | None) -> tuple[str | None, str | None]:
    """(province, locality) of a table row whose place cell is a whole province: that province (None for the row
    that sums the provinces up); a former province merged into the document's own ("Bình Định" in a report of Gia
    Lai after 2025) stays a place of the document's province, as its former-province rows do."""
    province = get_province(key) if key is not None else None
    if province is not None and own is not None and key != own and province.successor_key == own:
        return own, key
    return key, None


# what may stand before a province that is the subject of its clause: a list's mark, a bracket, a place's preposition
# (what may stand before a province named as a clause's subject: "tại", "riêng", "trong khi đó"; the part of a work
# within it, "Phần trên địa bàn tỉnh A dài 1,4 km"; a neighbour, "tỉnh láng giềng A")
_BEFORE_A_SUBJECT_PROVINCE = re.compile(
    r"[\s\-+•*(]*(?:(?:tại|ở|riêng|còn|trong\s+khi(?:\s+đó)?|ngược\s+lại)\s+)?"
    r"(?:(?:phần|đoạn)\s+(?:nằm\s+)?(?:trên\s+địa\s+bàn|thuộc|qua)\s+)?"
    r"(?:(?:tỉnh|thành\s+phố)\s+(?:láng\s+giềng|lân\s+cận|bạn)\s+)?",
    re.IGNORECASE,
)
# a sentence put under another province as a whole: fronted by its place or its source ("Tại tỉnh Hà Tĩnh,", "Theo
# báo cáo của UBND tỉnh Lào Cai,"), the province's name ending the fronted words; or opening on the province as the
# subject of its verb ("Tỉnh Quảng Trị (lân cận) ghi nhận 2 người chết, 1.150 nhà bị hư hỏng")
_PLACE_OR_SOURCE_FRONTED = re.compile(r"[\W_]*(?:(?:tại|ở|riêng|đối\s+với)\s+(?:(?:tỉnh|thành\s+phố|TP\.?)\s+)?"
                                      r"|theo\s+[^,;:()\d\n]{0,80}?)$", re.IGNORECASE)
_AFTER_A_FRONTED_PROVINCE = re.compile(r"(?:\s*\([^()\d]{1,40}\))?\s*,(?!\s*(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\b)",
                                       re.IGNORECASE)
_AFTER_A_SUBJECT_PROVINCE = re.compile(r"(?:\s*\([^()\d]{1,40}\))?\s+(?-i:[a-zđăâêôơư])")
# the own side named in a clause ("toàn tỉnh", "của tỉnh", "tỉnh ta"): a clause of the report's own province
_THE_PROVINCE_UNNAMED = re.compile(r"(?<![^\W\d_])(?:tỉnh|thành\s+phố)(?!\s+(?-i:[A-ZĐ]))(?![^\W\d_])", re.IGNORECASE)


def _another_province_named(clean: str, fig: Figure, own: str | None) -> str | None:
    """The province other than the document's own that a figure's clause opens on, its subject ("Hải Phòng xếp thứ
    2 với 72,86 điểm", "tỉnh Đắk Lắk đón 4,1 triệu lượt"), or whose name a bracket holding the figure follows as a
    list's item or a comparison's other side ("gồm: Quảng Ninh (46,78 điểm)", "cao hơn tỉnh Gia Lai (7,6%)"), or
    that its whole sentence is put under (``_the_province_a_sentence_is_under``), else None; a province named inside
    the clause is no subject ("khách đến từ Hà Nội 600 nghìn lượt", "hợp tác với tỉnh Đắk Lắk 12 chương trình" are
    the document's own), and a province merged into the document's own is a part of it (``_former_province_of``
    reads it)."""
    if own is None:
        return None
    a = max(fig.sentence[0], *(clean.rfind(mark, fig.sentence[0], fig.start) + 1 for mark in ",;:("))
    if clean[a - 1:a] == "(" and not any(char.isalpha() for char in clean[a:fig.start]):
        return _a_bracketed_figures_province(clean, fig.sentence[0], a - 1, own)
    if not any(char.isupper() for char in clean[a:fig.start]):
        # (a province is named with capitals: a clause without one names none, and may be of its sentence's)
        return _the_province_a_sentence_is_under(clean, fig, a, own)
    a = _BEFORE_A_SUBJECT_PROVINCE.match(clean, a, fig.start).end()
    mentions = find_provinces(clean[a:fig.start])
    if not mentions:
        return _the_province_a_sentence_is_under(clean, fig, a, own)
    if mentions[0].start != 0:
        return _a_listed_provinces_figure(clean[a:fig.start], mentions[-1], own)
    key = mentions[0].province.key
    if key == own or mentions[0].province.successor_key == own or len({m.province.key for m in mentions}) > 1:
        return None  # (two provinces in one clause: "Gia Lai và Đắk Lắk đón ...": neither alone)
    return key


def _the_province_a_sentence_is_under(clean: str, fig: Figure, clause: int, own: str) -> str | None:
    """The province other than ``own`` a figure's sentence (or its line) is put under as a whole, fronted by its place
    or source or opening on it as its subject (``_PLACE_OR_SOURCE_FRONTED``), when the figure's clause (from
    ``clause``) names no province and no "tỉnh" of its own ("Theo báo cáo của tỉnh Lào Cai, bão đã làm 108 người
    chết, 56 người mất tích": both Lào Cai's; "Tại Hà Tĩnh, ...; toàn tỉnh ta có 3 người bị thương": the own). A part
    after a semicolon that opens on a province of its own is read first ("A đạt 40,6% kế hoạch; tỉnh B đạt 3.015 tỷ
    đồng, bằng 46,1%": the 46,1% is B's, its comma piece's subject the part's)."""
    if _THE_PROVINCE_UNNAMED.search(clean, clause, fig.start):
        return None
    province = None
    if (part := clean.rfind(";", fig.sentence[0], fig.start) + 1) > 0:
        province = _the_province_a_lead_names(clean, fig, part, clause)
    if province is None:
        province = _the_province_a_lead_names(clean, fig, fig.sentence[0], clause)
    return None if province is None or own in (province.key, province.successor_key) else province.key


def _the_province_a_lead_names(clean: str, fig: Figure, start: int, clause: int) -> Province | None:
    """The province the lead of the stretch from ``start`` to the figure (its words up to the first comma, semicolon
    or colon, from its line's start) fronts as a place or source or opens on as its subject, when the figure's clause
    (from ``clause``) names no other province; else None."""
    lead_end = min((at for mark in ",;:" if (at := clean.find(mark, start, fig.start)) >= 0), default=fig.start)
    # (from its line, or from a run of spaces a headline was joined to its first line with)
    start = max(start, clean.rfind("\n", 0, lead_end) + 1, clean.rfind("  ", start, lead_end) + 2)
    lead = clean[start:lead_end]
    if not any(char.isupper() for char in lead):
        return None
    mentions = find_provinces(lead)
    if not mentions or any(m.province.key != mentions[0].province.key for m in mentions):
        return None
    named = mentions[-1]
    if not ((_PLACE_OR_SOURCE_FRONTED.fullmatch(lead, 0, named.start)
             and _AFTER_A_FRONTED_PROVINCE.match(clean, start + named.end))
            or (_BEFORE_A_SUBJECT_PROVINCE.fullmatch(lead, 0, named.start)
                and _AFTER_A_SUBJECT_PROVINCE.match(clean, start + named.end))):
        return None
    if clause > start + named.end and find_provinces(clean[clause:fig.start]):
        return None  # (a clause naming a province of its own is read by it)
    return named.province


# what stands before a province whose bracket holds its figure, when that province is an item of a list or the other
# side of a comparison ("gồm: Quảng Ninh (", "sau Thừa Thiên Huế (", "và Nghệ An (", "cao hơn tỉnh Gia Lai ("); a
# province after a verb or a preposition ("hỗ trợ tỉnh Yên Bái (", "với tỉnh Lào Cai (") is no such item
_BEFORE_A_LISTED_PROVINCE = re.compile(
    r"(?:^|[,;:]|\b(?:sau|tiếp\s+(?:đến|theo)(?:\s+là)?|kế\s+đến|như|gồm|là|và|hơn)\s)"
    r"\s*(?:(?:tỉnh|thành\s+phố|TP\.?)\s+)?$", re.IGNORECASE)


# what stands between a province listed and its figure, unbracketed ("tiếp theo là Vĩnh Long với 45,35 điểm", "Dẫn đầu
# là Quảng Ninh đạt 46,1 điểm")
_A_LISTED_PROVINCES_FIGURE = re.compile(r"\s+(?:với|đạt)(?:\s+[^\W\d_]+)?\s*", re.IGNORECASE)


def _a_listed_provinces_figure(clause: str, mention: ProvinceMention, own: str) -> str | None:
    """The province other than ``own`` named last in a figure's ``clause`` (up to the figure) as a list's item or a
    ranking's place, its figure after "với" or "đạt" ("tiếp theo là Vĩnh Long với 45,35 điểm"), else None ("hỗ trợ
    tỉnh Yên Bái 3 tỷ đồng": the province an object of the own side's verb)."""
    if (mention.province.key == own or mention.province.successor_key == own
            or not _A_LISTED_PROVINCES_FIGURE.fullmatch(clause, mention.end)
            or not _BEFORE_A_LISTED_PROVINCE.search(clause, 0, mention.start)):
        return None
    return mention.province.key


def _a_bracketed_figures_province(clean: str, opening: int, bracket: int, own: str) -> str | None:
    """The province other than ``own`` whose name the bracket at ``bracket`` follows, listed or compared
    (``_BEFORE_A_LISTED_PROVINCE``), else None."""
    before = clean[opening:bracket].rstrip()
    mentions = find_provinces(before)
    if not mentions or mentions[-1].end != len(before):
        return None
    mention = mentions[-1]
    if (mention.province.key == own or mention.province.successor_key == own
            or not _BEFORE_A_LISTED_PROVINCE.search(before, 0, mention.start)):
        return None
    return mention.province.key


def _of_a_foreign_place(clean: str, fig: Figure, foreign_words: dict[tuple[int, int], bool]) -> bool:
    """Whether a free-text figure's subject is a neighbouring country's place (``of_a_foreign_place``), read only in
    a sentence that names one (tested once a sentence)."""
    said_to = (fig.sentence[0], max(fig.sentence[1], fig.start))
    if (named := foreign_words.get(said_to)) is None:
        named = foreign_words[said_to] = may_name_a_foreign_place(clean[slice(*said_to)])
    return named and of_a_foreign_place(clean[fig.sentence[0]:fig.start])


def _evidence(layout: Layout, fig: Figure) -> tuple[int, int]:
    """Source span of a figure's evidence: its sentence, or its segment when the sentence is long."""
    a, b = fig.sentence
    if b - a > MAX_EVIDENCE:
        a, b = fig.segment
        a = max(a, fig.start - MAX_EVIDENCE // 2)
        b = min(max(b, fig.unit_end), fig.start + MAX_EVIDENCE // 2)
    a, b = min(a, fig.start), max(b, fig.unit_end)
    start, end = layout.to_source(a), layout.to_source(b)
    source = layout.source
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    return start, end


# the words that name what a change is compared with
_A_BASE = re.compile(r"so\s+(?:với\s+)?|cùng\s+kỳ|tháng\s+trước|năm\s+trước", re.IGNORECASE)


_LIST_ITEM = re.compile(r"[ \t]*(?:" + DASH_MARK + "|" + NUMBERED_MARK + r")\s")
_A_COMPARISON = re.compile(r"\bso\s+(?:với\s+)?", re.IGNORECASE)
_A_CLAUSE_END = re.compile(r"[.;:,(\n]")


def _the_lists_base(clean: str, before: tuple[int, int], lead: tuple[int, int]) -> str:
    """The last comparison ("so với tháng trước") of the paragraph whose colon opens a list, or of the one before
    it ("CPI tăng 1,02% so với tháng trước." then "Có 9 nhóm tăng:"), or ""."""
    for start, end in (lead, before):
        found = [m.start() for m in _A_COMPARISON.finditer(clean, start, end)]
        if found:
            return _A_CLAUSE_END.split(clean[found[-1]:min(end, found[-1] + 40)], maxsplit=1)[0]
    return ""


def _headline_changes_on_the_bodys_base(layout: Layout, figures: list[Figure]) -> list[Figure]:
    """A headline's bare change ("Chỉ số giá tiêu dùng tăng 0,2%") is the change the body gives again
    with its base ("tăng 0,2% so với tháng trước"): it takes the body's metric."""
    if len(layout.paragraphs) < 2:
        return figures
    h_start, h_end = layout.paragraphs[0]
    if h_end - h_start > 200:
        return figures  # (a long first paragraph is the lead, no headline)
    out = []
    for fig in figures:
        if (fig.start < h_end and fig.unit == "pct" and fig.metric in ("yoy_pct", "change_pct")
                and not _A_BASE.search(layout.clean, fig.sentence[0], min(fig.sentence[1], h_end))):
            said_again = [f.metric for f in figures if f.start >= h_end and f.unit == "pct"
                          and f.value == fig.value and f.metric in ("yoy_pct", "change_pct")]
            if said_again and said_again[0] != fig.metric:
                fig = replace(fig, metric=said_again[0])
        out.append(fig)
    return out


# the fields of a row that say where and how its number was written, not what it is
_AS_WRITTEN = frozenset({"char_start", "char_end", "evidence", "qualifier", "value", "unit", "unit_label"})


def _headline_figures_as_the_body_reads_them(layout: Layout, rows: dict[str, list[dict]],
                                             placed: list[tuple[int, str, dict]]) -> None:
    """A headline's amount that the body gives again ("Bình Định đầu tư hơn 21.274 tỷ đồng phát triển giao thông"
    over "Tổng nhu cầu vốn ... giai đoạn 2021 - 2025 là 21.274 tỷ đồng") is the body's fact said once more, in few
    words: it takes the body's reading (its table, entry, metric and period), keeping its own span and hedge. (An
    amount, not a percentage: a rate of the same value may be another's.)"""
    if len(layout.paragraphs) < 2 or not placed:
        return
    h_start, h_end = layout.paragraphs[0]
    if h_end - h_start > 200 or placed[0][0] >= h_end:
        return  # (a long first paragraph is the lead, no headline; a headline without a figure)
    if layout.clean[h_start:h_end].rstrip().endswith((".", ";")):
        return  # (a sentence of its own, "Ngày 4/5, dông lốc làm sập 2 nhà tại xã A.": no headline, its own fact)
    for at, table, row in placed:
        if at >= h_end:
            break
        if row["unit"] == "pct":
            continue
        body = next(((t, r) for a, t, r in placed if a >= h_end and r["unit"] == row["unit"]
                     and r["value"] == row["value"]), None)
        if body is None:
            continue
        body_table, body_row = body
        read = {k: v for k, v in body_row.items() if k not in _AS_WRITTEN}
        if body_table != table:
            del rows[table][next(i for i, r in enumerate(rows[table]) if r is row)]
            for k in [k for k in row if k not in _AS_WRITTEN and k not in read]:
                del row[k]
            # (before the body's row, as the headline stands before the body)
            rows[body_table].insert(next(i for i, r in enumerate(rows[body_table]) if r is body_row), row)
        row.update(read)


def _summed_over_the_event(phrases: list[PeriodPhrase], start: dt.date | None,
                           end: dt.date | None) -> list[PeriodPhrase]:
    """In a report of an event's days ("Tình hình thiệt hại do mưa lũ từ ngày 26/10 đến ngày 30/10/2025"), a sum up
    to one of those days ("Lũy kế đến ngày 30/10, thiên tai làm 17 người chết") runs over the event, not the year: it
    keeps the report's period, as of that day, as "tính đến" does. A report of a month, a quarter or a year (from the
    first of a month to the end of one) keeps its sums of the year so far, as does a sum said from the year's start.
    """
    if start is None or end is None or (start.day == 1 and (end + dt.timedelta(days=1)).day == 1):
        return phrases
    return [replace(p, period=None) if p.kind == "as_of" and p.period is not None and p.as_of is not None
            and p.period.start < start <= p.as_of <= end and not _THE_YEARS_START.search(p.text) else p
            for p in phrases]


# a sum said from the year's start ("Lũy kế từ đầu năm đến ngày 30/10", "từ 01/01 đến 30/10")
_THE_YEARS_START = re.compile(r"đầu\s+năm|(?<!\d)0?1/0?1(?![\d/])", re.IGNORECASE)


def _fact_rows(layout: Layout, document: dict, *, after_the_change: bool,
               failures: _RuleFailures) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {t: [] for t in FACT_TABLES}
    common = {
        "doc_id": document["doc_id"], "source_file": document["source_file"],
        "province": document.get("province"), "locality": document.get("locality"),
        "period_start": document.get("period_start"), "period_end": document.get("period_end"),
        "as_of": None, "place_scope": "province",
    }
    figures: list[Figure] = []
    doc_end = document.get("period_end")
    doc_year = doc_end.year if doc_end else document.get("reference_year")
    phrases = _summed_over_the_event(with_the_documents_time(find_period_phrases(layout.clean, doc_year), doc_end,
                                                             document.get("period_start"),
                                                             document.get("issued_date"), document.get("province")),
                                     document.get("period_start"), doc_end)
    phrase_starts = [p.start for p in phrases]
    future = future_sections(layout, is_a_plan_document(document.get("title"), document.get("issued_date"),
                                                        document.get("period_start")), doc_year)
    aligned_figures, aligned_spans = find_aligned_table_figures(layout)
    lined_figures, lined_spans = find_lined_table_figures(layout)
    aligned_figures, aligned_spans = aligned_figures + lined_figures, aligned_spans + lined_spans
    # (a column of a month without its year, "Thực hiện tháng 7", is of the report's year; a yearless estimate column
    # of a text dated before the year it plans is of the year the text is dated in)
    table_figures, tab_table_lines = read_tab_tables(
        layout, document["period_end"].year if document.get("period_end") else None, document.get("issued_date"))
    list_base = ""  # the comparison the line opening a list made, for its items ("CPI tăng ... so với tháng trước:")
    aimed_items: list[tuple[int, int]] = []  # the list items a line leading a list of aims governs
    before_lead: tuple[int, int] = (0, 0)  # the paragraph before, when it is no list item
    for p_start, p_end in _around_spans(layout.paragraphs, lined_spans):
        if not failures.reading("paragraph", p_start, p_end):
            continue
        paragraph = layout.clean[p_start:p_end]
        if "\t" in paragraph:
            if _overlaps(p_start, p_end, tab_table_lines) or not runs_on_after_a_tab(paragraph):
                continue  # table rows are read by tables.py with their header
            paragraph = paragraph.replace("\t", " ")  # a tab typed inside a sentence, under no table's header
        preceding = layout.clean[max(0, p_start - 300):p_start]
        if not _LIST_ITEM.match(paragraph):
            list_base = _the_lists_base(layout.clean, before_lead, (p_start, p_end)) if paragraph.rstrip().endswith(
                ":") else ""
            before_lead = (p_start, p_end)
        elif list_base and not _A_COMPARISON.search(preceding):
            # "CPI tăng 1,02% so với tháng trước, có 9 nhóm tăng:" over a long list: an item far below still
            # changes on that base, though the text the figure finder is given no longer holds it (the text kept
            # before it short enough that the base still reaches a figure in the item's first 170 characters)
            preceding = list_base + " . " + preceding[-200:]
        found = find_figures(paragraph, p_start, preceding)
        if aligned_spans:
            # a column-aligned table's cells are read by tables.py for their column's year or header
            found = [f for f in found if not any(a <= f.start < b for a, b in aligned_spans)]
        in_a_section_of_plans = _in_spans(p_start, future)
        if not in_a_section_of_plans and _LIST_ITEM.match(paragraph) and _aimed_at_by_its_lists_lead(layout, p_start):
            # "Năm 2028, huyện phấn đấu đạt các chỉ tiêu chủ yếu sau:" over its items: each is aimed at, as in a
            # section of plans (and an amount of a budget the plan's)
            aimed_items.append((p_start, p_end))
        if in_a_section_of_plans or (aimed_items and aimed_items[-1][0] == p_start):
            # "Phương hướng, nhiệm vụ ...": amounts there are what the report aims at, and so are growth
            # rates ("tốc độ tăng trưởng kinh tế đạt 8,5% trở lên": the growth aimed at, as "KH tăng 8-9%" is)
            section_year = (_section_year(layout, future, p_start, document) if in_a_section_of_plans else
                            _later_year_the_lists_lead_aims_at(layout, p_start, doc_year or 0) or doc_year)
            # (a change on another part of the year is aimed at as well: "tăng 5% so với 6 tháng đầu năm")
            found = [replace(f, metric="target") if f.metric in ("level", "yoy_pct", "change_pct")
                     and not _looks_back(layout.clean, f, phrases, phrase_starts, section_year)
                     and not _on_the_year_before(layout.clean, f, section_year) else f for f in found]
        figures.extend(found)
    failures.at = None  # (no one paragraph's: what follows reads them all)
    figures = _headline_changes_on_the_bodys_base(layout, figures)
    sentence_readings = _SentenceReadings(layout.clean, phrases, phrase_starts, document)
    previous: dict | None = None  # the last indicator of the same sentence, for follow-up figures
    own_area = the_area_a_text_is_about(document, layout.clean[:400])
    recent: list[tuple[int, dict]] = []  # (offset, row) of the free-text indicators so far, for lists
    counts: list[tuple[Figure, dict]] = []  # the free-text levels so far and their rows, for their changes
    damages: list[Figure] = []  # the free-text counts of damage read into the disasters table, for their changes
    document_period = (document.get("period_start"), document.get("period_end"))
    last_routed: tuple[Figure, Routed] | None = None  # the last figure routed to a table of its own, for restatements
    other_tables_clause: tuple[tuple[int, int], int] | None = None  # (sentence, clause start) of the last such figure
    outside_brackets: dict | None = None  # the last ``previous`` of a figure in no bracket, for figures after an aside
    counts_named_after: list[tuple[dict, str]] = []  # (row, label) of the counts their noun after the number names
    wholes_of_ratios: set[int] = set()  # the rows of the b of "a/b" (ids)
    units_of_the_rows_levels: dict[int, str] = {}  # (a table row's line start: the unit of the row's level)
    # (a change of a count named by its level's words, and that level's row: the change takes the level's final name)
    changes_named_by_their_level: list[tuple[dict, dict]] = []
    changes_filed_as_levels: list[tuple[dict, str]] = []  # (row, the change's words: figures' change_named)
    of_named_provinces: list[tuple[Figure, dict]] = []  # a text about several provinces: the rows keyed to one
    former_words: dict[tuple[int, int], bool] = {}  # (a sentence's text: does it hold a former province's mark's word?)
    foreign_words: dict[tuple[int, int], bool] = {}  # (a sentence: does it name a neighbouring country's place?)
    placed: list[tuple[int, str, dict]] = []  # (figure's offset, table, row) of the free-text figures, in text order
    for fig, extra in [(f, {}) for f in figures] + table_figures + aligned_figures:
        if not failures.reading("figure", fig.start, fig.end):
            continue
        named_below = None
        if not extra:  # (an infographic's block: its name below its figure, or beside it)
            named_below = (
                _the_name_below_a_figure_alone(layout.clean, fig)
                or _the_name_beside_a_figure_first(layout.lined, fig)
                or _the_name_over_an_arrowed_figure(layout.lined, fig)
            )
        if named_below is not None:
            fig = replace(fig, metric=named_below[1], value=named_below[2])
        start, end = _evidence(layout, fig)
        row = {
            **common, "char_start": start, "char_end": end, "evidence": layout.source[start:end],
            "value": fig.value, "unit": fig.unit, "unit_label": fig.unit_label,
            "qualifier": fig.qualifier,
        }
        another_province = of_no_province = False
        if common["province"] is None and not extra:
            # (a text about several provinces has none of its own: each figure is of the one its clause names)
            row["province"] = province_named_before(layout.clean, fig.sentence[0], fig.start, after_the_change)
        elif "province" in extra or (extra.get("table") or {}).get("province_rows"):
            # a table of a national bulletin, one province a row ("3 | Tuyên Quang | 4 | 185"): the row's province (None
            # for the row that sums them up), whatever province the bulletin was filed under
            row["province"], row["locality"] = _province_of_a_row(extra.get("province"), common["province"])
            if row["province"] is None:
                row["place_scope"] = "region"  # (the row that sums the table's provinces up)
        elif not extra and _of_a_foreign_place(layout.clean, fig, foreign_words):
            # "Phía bạn Lào, GDP của tỉnh Savannakhet đạt 2,1 tỷ USD": a neighbouring country's figure, of no
            # Vietnamese province (nor keyed as the report's own entry)
            row["province"], row["locality"], row["place_scope"], of_no_province = None, None, "abroad", True
        elif not extra and (whole := of_the_whole_country_or_region(layout.clean[fig.sentence[0]:fig.start])):
            # "Điểm trung vị PCI cả nước là 65,4 điểm", "bình quân vùng Tây Nguyên (7,8%)" in a province's text: the
            # country's or a region's figure, of no province (nor keyed as the report's own entry)
            row["province"], row["locality"], row["place_scope"], of_no_province = None, None, whole, True
        elif not extra and (other := _another_province_named(layout.clean, fig, common["province"])) is not None:
            # "tỉnh Gia Lai đón 5,2 triệu lượt; tỉnh Đắk Lắk đón 4,1 triệu lượt", "Hải Phòng xếp thứ 2 với 72,86
            # điểm" in a news item of Gia Lai: a figure whose clause names another province is that province's
            row["province"], row["locality"], another_province = other, None, True
        elif common["locality"] is not None and not extra and _said_of_the_whole_province(
                layout.clean, fig, common["province"]):
            row["locality"] = None  # ("Toàn tỉnh Quảng Ninh đón ..." in a ward's news: the province's whole)
        if extra.get("as_of"):
            row["as_of"] = extra["as_of"]  # ("Giải ngân đến 31/10/2025": the column counts up to that day)
        if not extra and fig.role == "denominator" and fig.metric == "level" and _a_tally_of_a_plan(layout.clean, fig):
            fig = replace(fig, metric="target")  # ("hoàn thành 15/18 công trình": the 18 were to be finished)
        if (not extra and fig.metric in ("level", "yoy_pct") and doc_end and (
                "tiêu" in (opening := layout.clean[fig.sentence[0]:fig.sentence[0] + 40]) or "đấu" in opening)
                and (aims := _AIMS_LISTED.match(layout.clean, fig.sentence[0]))
                and int(aims.group(1) or aims.group(2)) > doc_end.year):
            # "Các chỉ tiêu chủ yếu năm 2026: tổng vốn đầu tư toàn xã hội đạt 55.000 tỷ đồng; ...": the aims of a later
            # year listed after their colon (a growth among them the growth aimed at)
            fig = replace(fig, metric="target")
        term_after = None
        if (not extra and fig.unit == "pct" and fig.metric in ("level", "target") and doc_end
                and fig.qualifier != "estimate" and "giai" in layout.clean[fig.unit_end:fig.unit_end + 24]
                and (term_after := _TERM_RIGHT_AFTER.match(layout.clean, fig.unit_end)) is not None
                and int(term_after.group(1)) < int(term_after.group(2)) and int(term_after.group(2)) > doc_end.year
                and not _DONE.search(layout.clean, fig.segment[0], fig.start)):
            # "tinh giản biên chế theo tỷ lệ 10% giai đoạn 2022-2026" in a report of 2024: a rate set for a term not
            # over yet, aimed at over the whole term (not one done: "đã ...")
            fig = replace(fig, metric="target")
        else:
            term_after = None
        if not extra and fig.metric == "level" and doc_end and _the_next_year_said(fig, phrases, phrase_starts):
            fig = replace(fig, metric="target")  # ("Năm sau, thu hút khoảng 12 triệu lượt khách": aimed at)
        elif not extra and fig.metric == "level" and (
                _a_later_year_willed(layout.clean, fig, phrases, phrase_starts, doc_end)
                or _a_years_plan_fronted(layout.clean, fig, phrases, phrase_starts)):
            fig = replace(fig, metric="target")  # ("Trong năm 2027, tỉnh sẽ đầu tư 1.500 tỷ đồng": aimed at)
        if term_after is not None:
            row["period_start"] = dt.date(int(term_after.group(1)), 1, 1)
            row["period_end"] = dt.date(int(term_after.group(2)), 12, 31)
        elif extra.get("year"):  # a table column of one year
            row["period_start"], row["period_end"] = dt.date(extra["year"], 1, 1), dt.date(extra["year"], 12, 31)
            if fig.metric == "level" and doc_year and extra["year"] > doc_year:
                # "Chỉ tiêu | Năm 2025 | Năm 2030" in a report of 2026: a year still to come can only be aimed at
                fig = replace(fig, metric="target")
        elif extra.get("period"):  # a table column of one month, quarter or months so far
            row["period_start"], row["period_end"] = extra["period"]
        elif fig.metric == "target" or (not extra and fig.metric == "yoy_abs" and (
                _in_spans(fig.start, future) or _in_spans(fig.start, aimed_items))):
            # (a change aimed at in a section of plans, "tỷ lệ hộ nghèo giảm 1,5%", is of the year aimed at too)
            row.update(aimed := _target_period(layout, fig, extra, document, future, phrases, phrase_starts))
            if (not extra and fig.role != "denominator" and aimed.get("period_end")
                    and (day := _the_day_aimed_at(layout.clean, phrases, phrase_starts, fig))
                    and day.year == aimed["period_end"].year):
                row["as_of"] = day  # ("Phấn đấu đến 31/12/2026: tỷ lệ tham gia BHXH đạt 21%": to be reached by then)
        elif not extra or extra.get("free_text"):
            said = _figure_period(fig, phrases, phrase_starts, document, layout.clean, sentence_readings)
            if "period_start" not in said and (reviewed := _the_year_its_section_reviews(layout, fig.start, document)):
                said |= {"period_start": dt.date(reviewed, 1, 1), "period_end": dt.date(reviewed, 12, 31)}
            row.update(said)
            own_period = (row["period_start"], row["period_end"])
            if (fig.metric == "yoy_pct" and own_period[0] and own_period[1]
                    and (compares_with_another_month(layout.clean[fig.unit_end:fig.sentence[1]], own_period)
                         or an_earlier_year_compared(layout.clean, fig.unit_end, own_period, fig.start)
                         or _an_earlier_year_fronted(layout.clean, fig, own_period)
                         or another_month_compared(layout.clean, fig.unit_end, own_period, fig.start)
                         or another_quarter_compared(layout.clean, fig.start, fig.unit_end, own_period,
                                                     fig.sentence[0])
                         or an_earlier_part_of_its_year_compared(layout.clean, fig.unit_end, own_period))):
                fig = replace(fig, metric="change_pct")
            elif (fig.metric == "yoy_abs" and own_period[0] and own_period[1]
                  and (an_earlier_year_compared(layout.clean, fig.unit_end, own_period, fig.start)
                       or _an_earlier_year_fronted(layout.clean, fig, own_period))):
                # "thiệt hại năm nay cao hơn 300 tỷ đồng so với năm 2020" in a report of 2024: an amount gained on a
                # year further back is no change on last year, and no fact (as one on "đầu năm" is none)
                continue
        if "phrase" in extra:  # a table cell that names its quantity, in a row of a place
            routed = route_phrase(fig, extra["phrase"], extra["phrase_number"], extra["phrase_unit_end"],
                                  layout, doc_year, row_said=True)
            if routed is not None and extra["sub_unit"] and "province" not in extra:
                # a district's or commune's row: its damage at that place (a total row counting it too: every
                # number of a table is a fact), its budget that place's; nothing else of the report's area takes
                # a place's figure, which stays an unkeyed indicator
                routed = _at_the_rows_place(routed, extra)
            if routed is None and extra.get("locality") and "province" not in extra:
                # (the district's or commune's row, at that place; a province's row is the province's whole)
                row["locality"] = extra["locality"]
        elif extra.get("locality"):
            # a cell of a place's row or column ("Biểu 5. Thu ngân sách xã" over "Xã Tân Lập | 2.450 | 2.610",
            # "Chỉ tiêu | Huyện A | Huyện B"): that place's figure, read as a total row of the caption or of the
            # row's entry is (a budget of the place, a damage at it), else an unkeyed indicator of the place (a
            # province's row of a table of provinces keeps the place its province gave it, above)
            routed = None
            if "province" not in extra:
                row["locality"] = extra["locality"]
                phrase, number, unit_end = _row_said(_without_the_place(extra["label"]), fig, extra)
                again = route_phrase(fig, phrase, number, unit_end, layout, doc_year, table_row=True)
                routed = _at_the_rows_place(again, extra) if again is not None else None
        else:
            # (a cell of a project list read one cell a line: the row's project's, its column's measure)
            project_cell = (extra["label"], extra["project_measure"]) if "project_measure" in extra else None
            routed = route_figure(fig, layout, doc_year, row=bool(extra.get("row")), project_cell=project_cell)
            if routed is None and named_below is not None:
                # "28.650 tỷ đồng" over "Thu ngân sách nhà nước": the block's figure routed as its name says it
                phrase, number, unit_end = row_phrase(named_below[0], fig.token, layout.clean[fig.end:fig.unit_end])
                routed = route_phrase(fig, phrase, number, unit_end, layout, doc_year, row_said=True)
            summed = bool(extra.get("sums_the_caption"))
            if routed is None and extra.get("label") and not extra.get("free_text") and (
                    fig.metric == "level" or summed):
                # "STT | Nội dung | Đơn vị | Số lượng" under a storm's report: "Nhà bị tốc mái | nhà | 186" is read
                # as the damage "186 nhà bị tốc mái" (only a damage: other tables' rows route as they are); the total
                # row of a table under its caption ("Bảng 2. Thu ngân sách ..." over "Tổng số | 9.850.000 | ...") is
                # read as the caption's subject, in any column and to any table
                phrase, number, unit_end = _row_said(extra["label"], fig, extra)
                # (a row said as a sentence, whether its table is laid out with tabs or with spaces)
                again = route_phrase(fig, phrase, number, unit_end, layout, doc_year, table_row=summed, row_said=True)
                routed = again if again is not None and (again.table == "disasters" or summed or (
                    fig.unit == "pct" and again.fields.get("measure") == "plan_pct")) else None
            if routed is None and last_routed is not None and _restates_for_the_same_time(
                    last_routed[0], fig, layout.clean):
                # "bằng 21,8% kế hoạch, cao hơn cùng kỳ (18,2%)": the budget's rate before, a year earlier
                # (its as-of date is its own, the same day of that year, not the rate's)
                routed = Routed(last_routed[1].table, {**last_routed[1].fields, "as_of": row.get("as_of")})
            last_routed = (fig, routed) if routed is not None and routed.value is None else None
        if routed is None and not extra and states_a_size(layout.clean, fig):
            continue  # "đoạn đường rộng 4m", "cách bờ sông 30 m": a size or a distance, no fact
        if routed is None:
            if previous is not None and previous["sentence"] != fig.sentence:
                previous = None
            # (a province's row of a table of provinces: the entry of that province whole, the row's own place)
            whole_province = (extra.get("province") is not None and row["province"] == extra["province"]
                              and row["locality"] is None)
            if (not extra and previous is not None and outside_brackets is not None
                    and previous["sentence"] == outside_brackets["sentence"] == fig.sentence
                    and previous is not outside_brackets and not _inside_a_bracket(layout.clean, fig)):
                # "Tổng lượt khách đạt 21,5 triệu lượt (Đà Lạt 9,2 triệu lượt), tăng 15,2%": past the bracket's close,
                # a figure follows the one the bracket was an aside of, not the aside's
                previous = outside_brackets
            fields = _indicator_fields(layout, fig, {"label": named_below[0]} if named_below else extra, previous,
                                       whole_province, document.get("title") or "")
            if extra and "label" in extra and not extra.get("free_text"):
                row_line = layout.clean.rfind("\n", 0, fig.start) + 1
                if fig.metric == "level":
                    units_of_the_rows_levels[row_line] = fig.unit
                elif (fields["indicator_key"] is not None and fig.metric in PERCENT_METRICS
                      and (level_unit := units_of_the_rows_levels.get(row_line)) is not None
                      and not fits(CATALOG_BY_KEY[fields["indicator_key"]], level_unit, "level")):
                    # "Công nghiệp - Xây dựng | Triệu kWh | 2.184,6 | 109,4" under a title of electricity sold: a row's
                    # change is of the row's level, and an entry the level's unit cannot be of (a sector's GRDP, in
                    # money) is no entry of its change either, though the row's name alone would name it
                    fields["indicator_key"] = None
            if (not extra and fig.metric == "share_pct" and fields["indicator_key"] is not None
                    and other_tables_clause is not None and other_tables_clause[0] == fig.sentence):
                # "GRDP bình quân đầu người đạt 9.800 USD, thu ngân sách đạt 58.000 tỷ đồng, chiếm 27% tổng thu vùng":
                # a share after a figure of another table is of that figure's subject; the entry of the clauses before
                # it keys nothing of it
                fields["indicator_key"] = catalog_key(fields["indicator_label"], fig.unit, fig.metric,
                                                      layout.clean[other_tables_clause[1]:fig.start],
                                                      layout.clean[fig.end:fig.sentence[1]])
            ranked = None
            if not extra and fig.unit in ("count", "point") and (
                    ranked := _a_ranks_reading(layout.clean, fig, previous)) is not None:
                # "Chỉ số PCI xếp thứ 27, tăng 0,85 điểm": the rank of the index, its change in steps, the change of
                # the index's score on the year before
                fields.update(ranked)
                if ranked["metric"] == "yoy_abs" and fig.metric == "level" and _FELL_RIGHT_BEFORE.search(
                        layout.clean, max(fig.segment[0], fig.start - 12), fig.start):
                    row["value"] = -fig.value
            if (not extra and fields["indicator_label"] and _YIELD_OR_OUTPUT_ALONE.fullmatch(fields["indicator_label"])
                    and (crop := _the_crop_sown_in_the_sentence_before(layout, fig, recent))):
                # "Lúa Đông Xuân gieo cấy 42.000 ha. Năng suất đạt 62 tạ/ha": the yield of the crop just sown
                fields["indicator_label"] = f"{fields['indicator_label']} {crop}"
            if ranked is not None:
                pass  # (a rank's move in steps is that rank's change, whatever level a bare change would be of)
            elif not extra and fig.metric in _CHANGES and (measured := _the_level_a_change_measures(
                    layout.clean, fig, recent)) is not None:
                # "xuất khẩu 312 nghìn tấn gạo, trị giá 198 triệu USD, giảm 9,3% về lượng nhưng tăng 2,4% về giá trị":
                # a change said of a measure alone is the change of the level its sentence gave in that measure (the
                # quantity or the money), that level's entry, whatever actor or entry the words before would name
                level_row, measure = measured
                fields["indicator_key"] = level_row["indicator_key"]
                fields["indicator_label"] = f"{level_row['indicator_label']} {measure}"
            elif not extra and fig.metric in _CHANGES and (said := _the_level_a_bare_change_is_of(
                    layout.clean, fig, recent)) is not None:
                # "Tính đến 30/9, dư nợ đạt 4.560 tỷ đồng. So với cùng thời điểm năm trước, tăng 12,3%": a change
                # that names nothing but its base is the change of the level just given, as of that level's day
                fields["indicator_label"], fields["indicator_key"] = said["indicator_label"], said["indicator_key"]
                row["period_start"], row["period_end"] = said["period_start"], said["period_end"]
                row["as_of"] = said["as_of"]
            elif (not extra and fig.unit == "pct" and fig.metric in _CHANGES
                  and (said := _the_index_a_bare_change_is_of(layout.clean, fig, fields, recent)) is not None):
                # "Chỉ số IIP tháng 7 tăng 5,3% so với tháng trước. So với cùng kỳ năm trước tăng 11,2%. Tính chung 7
                # tháng, tăng 9,8%": an index given only by its changes; a change naming nothing but its base or its
                # period is a change of the same index (its own period is its own)
                fields["indicator_label"], fields["indicator_key"] = said["indicator_label"], said["indicator_key"]
            elif (not extra and fig.metric == "plan_pct" and recent
                  and (counted := _the_entry_its_plan_counts(layout.clean, fig, fields["indicator_key"], recent))):
                # "... giảm 12,6% về vốn đăng ký; đạt 71,2% kế hoạch năm (kế hoạch 1.200 doanh nghiệp)": the share of
                # the plan counted in firms is the firms' entry, not the capital's the figure before was of
                fields["indicator_key"] = counted["indicator_key"]
                fields["indicator_label"] = counted["indicator_label"] or next(
                    (named for level, named in counts_named_after if level is counted), None)  # (named only later)
            elif (not extra and fig.unit == "pct" and fig.metric in ("yoy_pct", "change_pct", "target")
                  and fields["indicator_key"] is None
                  and (counted := _the_count_a_percent_change_names(layout.clean, fig, counts)) is not None):
                # "xảy ra 215 vụ tai nạn giao thông, làm chết 171 người; so với năm 2025 giảm 3,15% số vụ, giảm 5,52%
                # số người chết": the number of what a count of the sentence counted, named after the change, is that
                # count's entry (its label as the change writes it)
                fields["indicator_key"] = counted["indicator_key"]
            elif not extra and fig.metric == "yoy_abs":
                restated = _the_count_a_change_names(layout.clean, fig, counts)
                if restated is not None:
                    # "..., làm chết 31 người, bị thương 29 người; so với cùng kỳ giảm 3 người chết": the
                    # deaths' change, whatever entry the words before the number would name
                    level, level_row = restated
                    fields["indicator_key"] = level_row["indicator_key"]
                    written = _written_count(layout.clean, fig)
                    unit_word = layout.clean[fig.end:fig.unit_end].strip()
                    # ("giảm 3 người chết": the count as the change writes it; "giảm 12 vụ": the unit alone names
                    # nothing, the level's words do)
                    fields["indicator_label"] = ((written if written.lower() != unit_word.lower() else None)
                                                 or level_row["indicator_label"] or fields["indicator_label"])
                    if written.lower() == unit_word.lower() and level_row["indicator_label"]:
                        changes_named_by_their_level.append((row, level_row))
                    if ((row.get("period_start"), row.get("period_end")) == document_period
                            and level.sentence != fig.sentence):
                        # "Trong tháng 11, ... làm chết 9 người. So với cùng kỳ năm trước, số người chết giảm 2
                        # người": the change restates the count before, for that count's month
                        row["period_start"], row["period_end"] = level_row["period_start"], level_row["period_end"]
                elif (damages and fig.unit in _COUNTED
                      and (damage := _the_damage_a_change_restates(layout.clean, fig, damages)) is not None):
                    # "thiên tai làm 5 người chết, giảm 3 người so với năm 2024": the disasters table holds no change
                    # (no metric), so the change stays an indicator, named by the count of damage it restates
                    fields["indicator_label"] = _written_count(layout.clean, damage)
            # (The tests of a part of the arrivals or of the retail sales are False for any other key, so
            # what they are given about the figures before, a look back over the paragraph, is read only
            # for those keys: most figures have neither.)
            if fields["indicator_key"] in ARRIVAL_KEYS:
                # (the level a follow-up figure is said of, as the figure itself, is no arrivals given before it)
                # (after a change of it, the level that change followed: "đạt 1,4 triệu lượt, tăng 6% so với tháng
                # trước và tăng 18% so với cùng kỳ")
                own_level = previous["level"] if previous is not None and fig.metric != "level" else fig.value
                if (a_part_of_the_arrivals(fields["indicator_key"], fields["indicator_label"],
                                           _arrivals_before(layout.clean, fig, recent, own_level)
                                           or _a_share_of_all_the_guests_after(layout.clean, fig))
                        or _a_change_of_a_part_of_the_arrivals(fields, fig, previous)):
                    fields["indicator_key"] = None
            if fields["indicator_key"] in ARRIVAL_KEYS and served_by_travel_agencies(
                    fields["indicator_key"], fields["indicator_label"], _whole_broken_down(layout.clean, fig, recent)):
                fields["indicator_key"] = None
            if fields["indicator_key"] == "retail_sales" and a_part_of_the_retail_sales(
                    fields["indicator_key"], fields["indicator_label"], _retail_total_before(fig, recent)):
                fields["indicator_key"] = None
            # (the breakdown is looked for only for a figure that can be a crop's part: 793 of the corpus's 26,194)
            if (fields["indicator_key"] is None and may_be_a_crop_of_the_area_sown(fig.unit, fig.metric)
                    and (_opens_a_breakdown(layout.clean, fig) or _goes_on_a_breakdown(layout.clean, fig, recent))
                    and a_crop_of_the_area_sown(fields["indicator_label"], fig.unit, fig.metric,
                                                _area_sown_before(layout.clean, fig, recent))):
                fields["indicator_key"] = "cultivated_area"  # "Trong đó, ngô 6.000 ha; lạc 150 ha": its crops
            if (_OPENS_A_BREAKDOWN.match(layout.clean, fig.sentence[0], fig.start)
                    and a_crop_changed_with_the_area_sown(fields["indicator_label"], fields["indicator_key"], fig.unit,
                                                          fig.metric, _area_change_before(layout.clean, fig, recent))):
                fields["indicator_key"] = "cultivated_area"  # "Trong đó, cây lương thực tăng 13,7%": its area
            if not whole_province and fields["indicator_key"] is not None and (
                    a_part_of_the_area(fields["indicator_key"], fields["indicator_label"], document.get("locality"),
                                       own_area)
                    or (not extra and a_part_of_the_area(fields["indicator_key"],
                                                         _the_place_its_sentence_opens_with(layout, fig),
                                                         document.get("locality"), own_area))):
                # (a place that opens the sentence is the subject of its later clauses too: "Thành phố Sông Công giải
                # quyết việc làm cho 2.150 lao động, tỷ lệ lao động qua đào tạo đạt 78%": the city's rate)
                fields["indicator_key"] = None
            # (a contribution keeps the growth it follows: "tăng 5,74%, đóng góp 1,15 điểm % vào mức tăng
            # GRDP (9 tháng năm 2023 tăng 4,64%)": the bracket's earlier growth is the sector's)
            # (a_contribution reads the last 40 characters of the sentence before the number: only those are sliced)
            grown = (previous.get("grown") or previous) if previous is not None and a_contribution(
                layout.clean[max(fig.sentence[0], fig.start - 40):fig.start]) else None
            if grown is not None and (named := _the_contribution_of(layout.clean, fig, fields["indicator_label"],
                                                                    grown["indicator_label"])):
                fields["indicator_label"] = named  # "khu vực dịch vụ tăng 8,4%, đóng góp 3,05 điểm phần trăm"
            # a change or a gap filed as a level for want of a metric (figures' change_named: "tăng 1.020 tỷ đồng so với
            # đầu năm", "vượt 0,3 điểm phần trăm chỉ tiêu") is no level of its subject's entry: its row is named by the
            # subject and the change, as the gold names it ("Tổng dư nợ: mức tăng so với 31/12/2021")
            change_subject = (_subject_of_a_change(fig, fields["indicator_label"], previous) if fig.change_named
                              else None)
            if not (fig.role == "denominator" and fields["indicator_key"] is None and previous is not None
                    and previous["sentence"] == fig.sentence and previous["indicator_key"] is not None):
                # (the b of "38/45 trường đạt chuẩn, đạt 84,4%" counts the whole: a share after it is the a's entry's)
                previous = {"sentence": fig.sentence, "end": fig.end, "unit_end": fig.unit_end, "value": fig.value,
                            "unit": fig.unit, "figure": fig, **fields, "grown": grown,
                            # (the level a follow-up figure of the same sentence is said of)
                            "level": previous["level"] if (previous is not None and fig.metric != "level"
                                                           and previous["sentence"] == fig.sentence) else fig.value}
                if not extra and not _inside_a_bracket(layout.clean, fig):
                    outside_brackets = previous
            if not extra and fields["indicator_label"] is None and fields["indicator_key"] is not None:
                # "Xuất khẩu tháng 8 ước đạt 890 triệu USD. Lũy kế 8 tháng đạt 6.750 triệu USD": the entry a clause of
                # its period alone was keyed from is the one the paragraph last gave, and names it
                fields["indicator_label"] = _label_of_the_entry_before(layout.clean, fig, fields["indicator_key"],
                                                                       recent, counts_named_after)
            elif (not extra and fields["indicator_label"] is None and fig.metric == "level" and recent
                  and names_only_a_period(layout.clean[fig.segment[0]:fig.start])):
                # "Sản lượng điện thương phẩm tháng 9 đạt 520 triệu kWh. Cộng dồn 9 tháng đạt 4.150 triệu kWh": the
                # entry of no catalog key goes on from the sentence before, whose level in the same unit names it
                fields["indicator_label"] = _the_level_going_on(layout.clean, fig, recent)
            row.update(fields)
            if fig.change_named:
                row["indicator_key"], row["indicator_label"] = None, change_subject
                changes_filed_as_levels.append((row, fig.change_named))
            if of_no_province:
                # ("Điểm trung vị PCI cả nước là 65,4 điểm", "tỷ lệ hộ nghèo bình quân vùng Tây Nguyên là 7,8%": the
                # country's or a region's figure, or a place abroad's, is no catalog entry of the report's own)
                row["indicator_key"] = None
            if not extra:
                _read_respectively(layout.clean, fig, row, recent, phrases, common["province"] is None, counts)
                recent.append((fig.start, row))
                if fig.metric == "level":
                    counts.append((fig, row))
            if not extra and not of_no_province and (former := _former_province_of(layout.clean, fig, former_words)):
                _of_a_former_province(row, fig, former, recent)
            rows["indicators"].append(row)
            if not extra:
                placed.append((fig.start, "indicators", row))
            if not extra and (another_province or (common["province"] is None and (
                    row["province"] is not None or _THE_NATION_ONLY.fullmatch(row["indicator_label"] or "")))):
                of_named_provinces.append((fig, row))
            if not extra and (named := _a_count_named_by_its_noun(layout.clean, fig, row["indicator_label"])):
                counts_named_after.append((row, named))
            elif not extra and fig.role == "denominator":
                wholes_of_ratios.add(id(row))
            continue
        row.update(routed.fields)
        if not extra:
            other_tables_clause = (fig.sentence, fig.segment[0])
            if previous is not None and previous["sentence"] == fig.sentence:
                # "Quy mô GRDP đạt 380.000 tỷ đồng; thu ngân sách đạt 58.000 tỷ đồng, chiếm 3,1% tổng thu cả nước":
                # a figure of another table stands between, and a percent after it follows no indicator before it
                previous = None
        if routed.table == "budgets" and row.get("funding_source") is None and _received_from_the_budget_above(
                row.get("budget_label")):
            # "Thu bổ sung từ ngân sách cấp trên": the budget above the report's own; a commune's or district's is
            # a local budget (the province's, the district's), a province's the centre's
            row["funding_source"] = "central" if document.get("admin_level") == "province" else "local"
        if extra.get("as_of"):
            row["as_of"] = extra["as_of"]  # (the table column's day, not the routed phrase's)
        if (routed.table == "budgets" and row.get("measure") == "actual" and fig.metric == "target" and not extra
                and (_in_spans(fig.start, future) or _in_spans(fig.start, aimed_items)
                     or _a_years_plan_fronted(layout.clean, fig, phrases, phrase_starts))):
            # an amount a section of plans aims at ("KẾ HOẠCH NĂM 2027: ... thu ngân sách đạt 6.200 tỷ đồng") is
            # no amount collected or spent, whatever word of collecting or spending names it: it is the plan's
            # (not any "target" figure: "Chương trình mục tiêu quốc gia" names a programme), as is one a sentence
            # opening on a year's plan sets ("Theo kế hoạch năm 2027, tỉnh giải ngân 9.000 tỷ đồng")
            row["measure"] = "plan"
        if routed.table == "projects" and row.get("event") in _EVENTS_DONE and _in_spans(fig.start, future):
            row["event"], row["event_date"] = "in_progress", None  # (a work's step a section of plans aims at)
        if routed.table == "budgets":
            if extra.get("label") and not extra.get("free_text") and row.get("budget_label"):
                # a table row: its label column names the item (not the row's cells before the figure, its
                # unit and the plan's amount among them; a place's row names its place in its locality)
                row["budget_label"] = _without_the_place(extra["label"]) if extra.get("locality") else extra["label"]
            row.update(budget_figure_period(row, document))
            if extra.get("plan_basis") and row.get("measure") in ("plan", "plan_pct"):
                row["plan_basis"] = extra["plan_basis"]  # a table column of a plan its head says who set
            if (extra.get("funding_source") and row.get("funding_source") is None
                    and not str(row.get("budget_item") or "").startswith("revenue_")):
                # a table column whose head names the capital's source ("Kế hoạch vốn" over "Tổng số | Vốn NSTW |
                # Vốn NSĐP"); a revenue is no budget's money spent, as budgets.funding_source reads it
                row["funding_source"] = extra["funding_source"]

        if routed.value is not None:
            row["value"] = routed.value
        if routed.unit is not None:
            row["unit"] = routed.unit
        if routed.table == "budgets" and not extra and (
                former := _former_province_of(layout.clean, fig, former_words)) is not None:
            # "Trong đó, tỉnh Bắc Giang cũ thu 13.900 tỷ đồng" in a Bắc Ninh report: the province merged away's
            row["province"], row["locality"] = former[0], None
        rows[routed.table].append(row)
        if not extra:
            placed.append((fig.start, routed.table, row))
            if routed.table == "disasters" and fig.unit in _COUNTED:
                damages.append(fig)
    failures.at = None  # (what follows reads every row at once: an error there is no one place's)
    _headline_figures_as_the_body_reads_them(layout, rows, placed)
    # (the labels are set only now: the readings above compare a figure's label with those before it as
    # the words before each number give them)
    named_counts = {id(row): named for row, named in counts_named_after}
    # (its sentence, its labels as read, named)
    count_named: tuple[tuple[int, int], tuple[str | None, ...], str] | None = None
    count_entry: tuple = ()  # (the named count's unit, key and period)
    for row in rows["indicators"] if named_counts else ():
        if id(row) in named_counts:
            count_named = ((row["char_start"], row["char_end"]), (row["indicator_label"],), named_counts[id(row)])
            count_entry = (row["unit"], row["indicator_key"], row["period_start"], row["period_end"])
            row["indicator_label"] = named = count_named[2]
            own_key = catalog_key(count_named[2], row["unit"], row["metric"], f"{count_named[2]} ") if row[
                "indicator_key"] is not None else None
            if own_key not in (None, row["indicator_key"]):
                # "gồm 1,28 triệu lượt khách nội địa và 170 nghìn lượt khách quốc tế": the noun after a count names an
                # entry of its own, not the one of the count before it the clause was read with
                row["indicator_key"] = own_key
            elif row["indicator_key"] is None and (spelled := _with_its_abbreviations_spelled_out(named)) != named:
                # "trên 14.900 DN đang hoạt động": the noun written with an abbreviation names the entry its words
                # spelled out name
                row["indicator_key"] = catalog_key(spelled, row["unit"], row["metric"], f"{spelled} ")
        elif (count_named is not None and id(row) in wholes_of_ratios
              and (row["char_start"], row["char_end"]) == count_named[0]):
            # "Toàn tỉnh có 398/412 trạm y tế đạt chuẩn, đạt tỷ lệ 96,6%": the whole keeps its label; the rate
            # after the ratio, read as the whole's subject, is the share of the counted a
            count_named = (count_named[0], (*count_named[1], row["indicator_label"]), count_named[2])
        elif (count_named is not None and (row["char_start"], row["char_end"]) == count_named[0]
              and (row["metric"] in _CHANGES_OF_A_COUNT or row["unit"] == "pct")
              and (not row["indicator_label"] or row["indicator_label"] in count_named[1]
                   or _AREA_ALONE.fullmatch(row["indicator_label"]))):
            # ("toàn tỉnh có 412 trường ..., tăng 15 trường": the area that has them, read as the change's subject,
            # names none; "Toàn tỉnh còn 14.210 hộ nghèo, chiếm tỷ lệ 9,6%": the rate of those counted, named by
            # nothing when the count's clause opened on its time, "Cuối năm toàn tỉnh còn …, chiếm 3,1%")
            row["indicator_label"] = count_named[2]  # "có 286 người tham gia BHXH, tăng 4,2%": the change of those
        elif (count_named is not None and (row["char_start"], row["char_end"]) == count_named[0]
              and row["metric"] == "level" and (row["unit"], row["indicator_key"]) == count_entry[:2]
              and ((row["period_start"], row["period_end"]) != count_entry[2:]
                   or _AN_OCCASION_SET_APART.search(row["evidence"]))
              and row["indicator_label"] == count_named[1][0]):
            # "Thu hút 45 dự án đầu tư, riêng quý IV thu hút 12 dự án": a part of the period read as the count's entry
            # (or an occasion's days set apart, "riêng dịp Tết đón 320 nghìn lượt khách", dated as the whole is)
            # took the count's label as read; it is named as the count is (not the next count of a list, of the same
            # period, "có 1.342 Quyết định, 04 Chỉ thị": named by its own noun or not at all)
            row["indicator_label"] = count_named[2]
        else:
            count_named = None
    for row in rows["indicators"]:
        if (id(row) in wholes_of_ratios and row["unit_label"] and row["indicator_label"]
                and _A_HAVER_ALONE.fullmatch(row["indicator_label"])):
            # "Toàn tỉnh có 95/102 xã đạt chuẩn nông thôn mới": the b counts all the units the a is some of, named by
            # the noun they are counted in (not the area that has them)
            row["indicator_label"] = f"Tổng số {row['unit_label']}"
        elif (id(row) in wholes_of_ratios and row["unit_label"] and "lên" in (row["indicator_label"] or "")
              and (raised := _RAISED_TO.fullmatch(without_the_actor(row["indicator_label"]))) and not raised["what"]):
            row["indicator_label"] = f"Tổng số {row['unit_label']}"  # "nâng tổng số lên 410/560 trường": all of them
        elif (id(row) in wholes_of_ratios and row["indicator_label"]
              and (done := _A_CASE_RESULT_AT_THE_END.search(row["indicator_label"])) is not None and done.start() > 0):
            # "án nghiêm trọng làm rõ 6/6 vụ": what was done with the a, solved or prosecuted, is no word of the whole,
            # all the cases (data/words/case_results.csv)
            row["indicator_label"] = row["indicator_label"][:done.start()]
        if row["indicator_label"] and "/" in row["indicator_label"] and (
                paired := _A_COUNT_PAIRED_BEFORE.search(row["indicator_label"])) is not None and paired.start() > 0:
            # "Viện Kiểm sát đã thụ lý 215 vụ/342 bị can": the count before the slash is no word of the second's
            # subject (the verb both were counted with is)
            row["indicator_label"] = row["indicator_label"][:paired.start()].rstrip()
        if row["indicator_label"]:
            row["indicator_label"] = without_the_part_opener(
                without_the_actor(without_its_dateline(_without_a_byline(_without_a_contrast(row["indicator_label"]))))
            ) or None
        if (
            row["indicator_label"]
            and _A_NOUN_CUT_BEFORE_ITS_BANG.search(row["indicator_label"])
            and f"{row['indicator_label']} bằng" in row["evidence"]
        ):
            # "bàn giao mặt bằng được 186 ha", "giải phóng mặt bằng 100%": the "bằng" the subject was cut at, read as
            # a comparison's word, is the last syllable of its noun (data/words/nouns_ending_in_bang.csv)
            row["indicator_label"] += " bằng"
    for row, change_named in changes_filed_as_levels:
        # (after the labels are final, as the period the change's base names would be cut off them)
        row["indicator_label"] = f"{row['indicator_label']}: {change_named}" if row["indicator_label"] else change_named
    for change, level_row in changes_named_by_their_level:
        # "xảy ra 47 vụ tai nạn giao thông, ...; so với cùng kỳ giảm 6 vụ": the change in the unit alone is named as its
        # level finally is (by the noun after its number: "xảy ra vụ tai nạn giao thông")
        change["indicator_label"] = level_row["indicator_label"]
    # (after the labels are final: a count's label is its noun after the number, "Khánh Hòa đón 2,8 triệu lượt khách")
    _the_entries_of_listed_provinces(layout.clean, of_named_provinces, recent)
    for event in project_events(layout, doc_year):
        if event.event in _EVENTS_DONE and _in_spans(event.start, future):
            # "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027 ... - Khởi công dự án đường X": what a section of plans names is
            # still to come, in progress as "sẽ hoàn thành" is, on no day
            event = replace(event, event="in_progress", event_date=None)
        start, end = layout.to_source(event.start), layout.to_source(event.end)
        rows["projects"].append({
            **common, "char_start": start, "char_end": end, "evidence": layout.source[start:end],
            "project_name": event.project_name, "event": event.event, "event_date": event.event_date,
            "measure": None, "value": None, "unit": None, "qualifier": None,
        })
        if common["province"] is None:
            rows["projects"][-1]["province"] = province_named_before(
                layout.clean, sentence_start(layout.clean, event.start), event.start, after_the_change)
    if layout.clean != layout.source:  # (names read on modern tone marks go back to the report's spelling)
        written_fields = (("projects", "project_name"), ("indicators", "indicator_label"), ("budgets", "budget_label"))
        for table, field in written_fields:
            for row in rows[table]:
                if row.get(field):
                    row[field] = spelled_as_in(row[field], layout.source, row["evidence"])
    # The same bytes may sit under two names (a copy): the id names the content *and* the file.
    file_key = f"{document['doc_id'][:16]}-{hashlib.sha256(document['source_file'].encode()).hexdigest()[:8]}"
    for table, table_rows in rows.items():
        for n, row in enumerate(table_rows):
            row["fact_id"] = f"{file_key}:{table}:{n:05d}"
    return rows



# the place a table cell's label ends with, in brackets ("Người chết (Văn Chấn)", "Thu ngân sách xã (Xã Tân Lập)")
_THE_ROWS_PLACE = re.compile(r"\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$")
# the kind a place's name is written after ("Huyện Văn Chấn", "xã Tân Lập"), not part of the name
_A_PLACES_KIND = re.compile(rf"(?:{LOCAL_UNIT_WORDS}|TP\.?)\s+", re.IGNORECASE)


def _without_the_place(label: str) -> str:
    """A place's cell label without the place tables.py wrote after it: "Thu ngân sách xã" of "Thu ngân sách xã
    (Xã Tân Lập)"."""
    return _THE_ROWS_PLACE.sub("", label) or label


def _row_said(label: str, fig: Figure, extra: dict) -> tuple[str, tuple[int, int], int]:
    """A table row said as a sentence (``row_phrase``), with where its number and unit end; a rate of a row paying
    out ("Giải ngân vốn đầu tư công | % | 96,5") said as the share of its plan it reached, "... đạt 96,5%", as a
    sentence says it (a rate of what is paid out is of the plan it pays)."""
    if fig.unit == "pct" and fig.metric == "level" and "ngân" in label and "giải ngân" in label.lower():
        lead = f"{label} đạt "
        return f"{lead}{fig.token}%", (len(lead), len(lead) + len(fig.token)), len(lead) + len(fig.token) + 1
    return row_phrase(label, fig.token, extra.get("unit_text", ""))


def _at_the_rows_place(routed: Routed, extra: dict) -> Routed | None:
    """A table cell of one place's row or column routed as the report's area's would be: a damage at that place
    (its ``locations`` the place's name, when the phrase gave none), a budget of that place (its ``locality``,
    when the place is known); None for any other table (the figure stays an unkeyed indicator of the place)."""
    if routed.table == "disasters":
        # (its locality too, when the place is known: the marts sum damage per province and locality, and the
        # province's total row, counting the place's damage already, must not be summed with it)
        fields = {**routed.fields, "locality": extra["locality"]} if extra.get("locality") else routed.fields
        if fields.get("locations") or not (place := _THE_ROWS_PLACE.search(extra["label"])):
            return replace(routed, fields=fields)
        name = _A_PLACES_KIND.sub("", place.group(1).strip(), count=1).strip()
        return replace(routed, fields={**fields, "locations": [name]} if name else fields)
    if routed.table == "budgets" and extra.get("locality"):
        return replace(routed, fields={**routed.fields, "locality": extra["locality"]})
    return None

# the events that say a work's step was taken ("approved", "funding" and "in_progress" say none)
_EVENTS_DONE = frozenset({"started", "inaugurated", "completed"})
_CHANGE_BEFORE = re.compile(r"so\s+với\s+[^,;]{1,30}?\s(?:tăng|giảm)\s[^;]*\(\s*[+\-−]?\s*$", re.IGNORECASE)
_GENERIC_SUBJECT = re.compile(r"^(?:tổng\s+)?(?:diện\s+tích|sản\s+lượng|năng\s+suất|giá\s+trị|số\s+lượng|doanh\s+thu$|"
                              r"tổng\s+số|kết\s+quả|thực\s+hiện|trồng)", re.IGNORECASE)


def _the_sentence_before(clean: str, fig: Figure) -> int:
    """Where the sentence right before the figure's starts, within the figure's paragraph (its paragraph's start
    when the figure's sentence opens it)."""
    paragraph_start = clean.rfind("\n", 0, fig.sentence[0]) + 1
    return max(clean.rfind(". ", paragraph_start, max(paragraph_start, fig.sentence[0] - 2)) + 2, paragraph_start)


def _the_sentence_or_line_before(clean: str, fig: Figure) -> int:
    """Where the sentence right before the figure's starts: in its paragraph, or the last of the line above when the
    figure's sentence opens its paragraph."""
    start = _the_sentence_before(clean, fig)
    if start < fig.sentence[0]:
        return start
    line_above = clean.rfind("\n", 0, max(0, fig.sentence[0] - 1)) + 1
    return max(clean.rfind(". ", line_above, max(line_above, fig.sentence[0] - 3)) + 2, line_above)


_CHANGES = ("yoy_pct", "change_pct", "yoy_abs")
# "bằng" as the word of a comparison that ends the noun before it, not the last syllable of a noun ("mặt bằng",
# "đồng bằng": data/words/nouns_ending_in_bang.csv), for the readers of the noun after a figure
_BANG_OF_A_COMPARISON = "".join(
    rf"(?<!{word}\s)" for word in keyed_word_lists("nouns_ending_in_bang", "words")) + "bằng"
# the first syllable of a noun ending in "bằng" ending a label ("bàn giao mặt" read from "bàn giao mặt bằng được")
_A_NOUN_CUT_BEFORE_ITS_BANG = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(keyed_word_lists("nouns_ending_in_bang", "words")) + r")$", re.IGNORECASE
)
# "về vốn đăng ký" after a change, up to the clause's end, its base or the next change: what the change measures
# (not a measure alone, "về số lượng", "về giá trị", "về quy mô", whose subject is named before)
_WHAT_A_CHANGE_IS_ABOUT = re.compile(
    r"[ \t]*về[ \t]+(?!(?:số[ \t]+lượng|giá[ \t]+trị|quy[ \t]+mô|số[ \t]+lượt|sản[ \t]+lượng)"
    r"[ \t]*(?:[,;.:()]|$|và|so))"
    r"(?P<what>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,4}?)"
    r"(?=[ \t]*(?:[,;.:()]|$)|[ \t]+(?:và|so[ \t]+với|tăng|giảm|" + _BANG_OF_A_COMPARISON + r"|đạt|trong)(?![^\W\d_]))",
    re.IGNORECASE)
# a clause that says only its base and its verb: "So với cùng thời điểm năm trước, tăng", "Tăng", "so với tháng
# trước giảm" (no subject of its own: it restates the level before it)
_A_BARE_CHANGE = re.compile(r"\s*(?:(?:và\s+)?so\s+với\s+[^\W\d_][^,;:\d]{0,50}?\s*,?\s*)?"
                            r"(?:ước\s+|dự\s+kiến\s+)?(?:tăng|giảm)(?:\s+thêm)?\s*", re.IGNORECASE)


def _the_level_a_bare_change_is_of(clean: str, fig: Figure, recent: list[tuple[int, dict]]) -> dict | None:
    """The row of the level a change restates whose clause names nothing but its base and its verb, at the
    opening of its sentence (or after a semicolon in it): the last level given in the sentence before, in its
    paragraph, or earlier in its own sentence. None when the clause names a subject or no level stands there."""
    if not recent or (fig.metric == "yoy_abs" and fig.unit in _COUNTED):
        return None  # (a count's change is the count its noun names: _the_count_a_change_names)
    clause_start = max(fig.sentence[0], clean.rfind(";", fig.sentence[0], fig.start) + 1)
    if not _A_BARE_CHANGE.fullmatch(clean, clause_start, fig.start):
        return None
    after = clean[fig.unit_end:min(fig.unit_end + 120, fig.sentence[1])]
    if names_what_changed(after) or words_a_change_names(after):
        return None  # ("so với cùng kỳ giảm 3 người chết", "tăng 12% về doanh nghiệp mới": what changed, named after)
    before_start = _the_sentence_before(clean, fig)
    for offset, row in reversed(recent):
        if offset < before_start:
            return None
        if (offset < clause_start and row["metric"] == "level" and row["indicator_label"]
                and (fig.metric != "yoy_abs" or row["unit"] == fig.unit)):
            return row
    return None


# "về lượng", "về giá trị" right after a change: the measure (a quantity, an amount of money) it is said in, of the
# level its sentence gave in that measure (up to the clause's end, its base or the next change)
_A_CHANGES_MEASURE_AFTER = re.compile(
    r"[ \t]*về[ \t]+(?:(?:sản[ \t]+|khối[ \t]+)?lượng|(?P<money>giá[ \t]+trị|trị[ \t]+giá|kim[ \t]+ngạch))"
    r"(?=[ \t]*(?:[,;.:()]|$)|[ \t]+(?:và|nhưng|song|so[ \t]+với|tăng|giảm)(?![^\W\d_]))", re.IGNORECASE)


def _the_level_a_change_measures(clean: str, fig: Figure, recent: list[tuple[int, dict]]) -> tuple[dict, str] | None:
    """The row of the level a change said of a measure alone ("giảm 9,3% về lượng", "tăng 2,4% về giá trị") is of,
    and the measure's words: the last level of its sentence before it in money for the value, in another unit (not a
    percent) for the quantity. None when no measure is said after the change or no such level stands before it."""
    measure = _A_CHANGES_MEASURE_AFTER.match(clean, fig.unit_end)
    if measure is None:
        return None
    for offset, row in reversed(recent):
        if offset < fig.sentence[0]:
            return None
        if (row["metric"] == "level" and row["unit"] != "pct" and row["indicator_label"]
                and (row["unit"] in _MONEY) == (measure["money"] is not None)):
            return row, measure.group().strip()
    return None


# a clause naming only its period before its change ("Tính chung 7 tháng, tăng", "Lũy kế 9 tháng tăng")
_A_PERIODS_BARE_CHANGE = re.compile(r"\s*(?:tính\s+chung|lũy\s+kế|luỹ\s+kế|cộng\s+dồn)\s+\d+\s+tháng"
                                    r"(?:\s+(?:đầu\s+)?năm(?:\s+\d{4})?)?\s*,?\s*(?:tăng|giảm)\s*", re.IGNORECASE)


def _the_index_a_bare_change_is_of(clean: str, fig: Figure, fields: dict,
                                   recent: list[tuple[int, dict]]) -> dict | None:
    """The row of the last change in percent of the sentence before, in its paragraph, keyed and labelled, when a
    percentage change's clause names nothing but its base or its period (an index has no level to restate)."""
    clause_start = max(fig.sentence[0], clean.rfind(";", fig.sentence[0], fig.start) + 1)
    bare = _A_BARE_CHANGE.fullmatch(clean, clause_start, fig.start) or _A_PERIODS_BARE_CHANGE.fullmatch(
        clean, clause_start, fig.start)
    if bare is None or (fields["indicator_label"] and fields["indicator_key"] is None):
        return None
    before_start = _the_sentence_before(clean, fig)
    for offset, row in reversed(recent):
        if offset < before_start:
            return None
        if (offset < fig.sentence[0] and row["unit"] == "pct" and row["metric"] in _CHANGES
                and row["indicator_key"] is not None and row["indicator_label"]
                and fields["indicator_key"] in (None, row["indicator_key"])):
            return row
    return None


# "số người chết giảm 2 người", "số vụ tai nạn tăng thêm 4 vụ": what changed, named before the change's verb
# a change's verb, its base before it or not, and nothing else before its number ("so với cùng kỳ giảm ", "tăng ")
# (a year in the base: "so với năm 2024 tăng 12 vụ")
_A_BASE_ALONE_BEFORE = re.compile(
    r"\s*(?:so\s+với\s+(?:[^\d,;:]|(?<=năm\s)(?:19|20)\d\d){2,30}?,?\s*)?(?:tăng|giảm)\s+(?:thêm\s+)?", re.IGNORECASE
)
_NOUN_BEFORE_A_CHANGE = re.compile(r"\bsố\s+((?:[^\W\d_]+\s+){0,3}?[^\W\d_]+)\s+(?:tăng|giảm)\s+(?:thêm\s+)?$",
                                   re.IGNORECASE)


def _the_count_a_change_names(clean: str, fig: Figure,
                              counts: list[tuple[Figure, dict]]) -> tuple[Figure, dict] | None:
    """The level (and its row) that an absolute change restates by the noun after its number: "Tai nạn giao
    thông xảy ra 42 vụ, làm chết 31 người, bị thương 29 người; so với cùng kỳ giảm 5 vụ, giảm 3 người chết,
    tăng 2 người bị thương". The subject of the change is the one the levels were given of, in its sentence or
    the one right before it (in its paragraph); the noun picks the level of the same unit whose own words hold
    it, the nearest one. None when the change names no noun or no such level."""
    if not counts or counts[-1][0].start < fig.sentence[0] - 600:
        return None  # (no level near: most changes are read without the words after them)
    words = words_a_change_names(clean[fig.unit_end:min(fig.unit_end + 120, fig.sentence[1])])  # (a few words)
    if not words and (named := _NOUN_BEFORE_A_CHANGE.search(clean, max(fig.segment[0], fig.start - 60), fig.start)):
        # "So với cùng kỳ, số vụ tai nạn giảm 3 vụ, số người chết giảm 2 người": the noun said before the verb
        # (without the unit's own word, which a count's unit holds too: "người", "vụ")
        unit_words = set(clean[fig.end:fig.unit_end].lower().split())
        words = tuple(w for w in named.group(1).lower().split() if w not in unit_words)
        if not words:
            # "so với cùng kỳ, số vụ giảm 6 vụ": the number of the unit's own things, the one level in that unit
            return _the_one_count_in_the_unit(clean, fig, counts, _the_sentence_before(clean, fig))
    if not words:
        if (fig.unit not in _COUNTED or fig.start - fig.segment[0] > 50
                or _A_BASE_ALONE_BEFORE.fullmatch(clean, fig.segment[0], fig.start) is None):
            return None
        # "làm chết 19 người, bị thương 27 người; so với cùng kỳ giảm 12 vụ", "xảy ra 18 vụ cháy, giảm 5 vụ": a change
        # in the unit alone, with its verb and base alone, restates the one count given in that unit (not the words
        # of the clause before it; a score's change, "tăng 0,91 điểm", keeps the words of its sentence)
        return _the_one_count_in_the_unit(clean, fig, counts, _the_sentence_before(clean, fig))
    # the sentence right before the change's (its "So với cùng kỳ năm trước, giảm ..." restates that one's levels)
    before_start = _the_sentence_before(clean, fig)
    for level, level_row in reversed(counts):
        if level.start < before_start:
            break
        if (level.start < fig.start and level.unit == fig.unit
                and counts_the_words(clean[level.segment[0]:level.start], clean[level.unit_end:level.segment[1]],
                                     words)):
            return level, level_row
    return None


# "giảm 5,52% số người chết", "tăng 2,56% số người bị thương": the number of what was counted, named after a percent
_A_NUMBER_OF_NAMED_AFTER = re.compile(r"\s+số\s+((?:[^\W\d_]+\s+){0,4}?[^\W\d_]+)(?=\s*(?:[,;:.()]|$|và\s|so\s))",
                                      re.IGNORECASE)


def _the_count_a_percent_change_names(clean: str, fig: Figure, counts: list[tuple[Figure, dict]]) -> dict | None:
    """The row of the count a percent change is of, by the number of things it names after it: "Tai nạn giao thông
    xảy ra 215 vụ, làm chết 171 người; so với năm trước giảm 3,15% số vụ, giảm 5,52% số người chết". The count
    stands in the change's sentence or the one right before it; its unit's word and its own words hold the noun's
    ("số vụ": a count in "vụ"; "số người chết": one in "người" said with "chết"), the nearest one. None when the change
    names no such number or no count does."""
    if not counts or counts[-1][0].start < fig.sentence[0] - 600 or (
            named := _A_NUMBER_OF_NAMED_AFTER.match(clean, fig.unit_end, fig.sentence[1])) is None:
        return None
    words = tuple(named.group(1).lower().split())
    before_start = _the_sentence_before(clean, fig)
    for level, level_row in reversed(counts):
        if level.start < before_start:
            break
        if level.start >= fig.start or level.unit not in _COUNTED or level.metric != "level":
            continue
        unit_words = set(clean[level.end:level.unit_end].lower().split())
        rest = tuple(w for w in words if w not in unit_words)
        if len(rest) < len(words) and (not rest or counts_the_words(
                clean[level.segment[0]:level.start], clean[level.unit_end:level.segment[1]], rest)):
            return level_row
    return None


def _the_damage_a_change_restates(clean: str, fig: Figure, damages: list[Figure]) -> Figure | None:
    """The count of damage (read into the disasters table) that a change in its unit right after it restates: the
    last figure before the change in its sentence, when it is that damage in the change's unit ("làm 5 người chết,
    giảm 3 người", "xảy ra 18 đợt mưa lớn, giảm 4 đợt"), named by more than its unit."""
    damage = damages[-1]
    if damage.sentence != fig.sentence or damage.unit != fig.unit or damage.end > fig.start:
        return None
    if _DIGIT.search(clean, damage.unit_end, fig.start):
        return None  # (another figure between: the change is of that one, or of a list)
    written = _written_count(clean, damage)
    return damage if written.lower() != clean[damage.end:damage.unit_end].strip().lower() else None


def _the_one_count_in_the_unit(clean: str, fig: Figure, counts: list[tuple[Figure, dict]],
                               since: int) -> tuple[Figure, dict] | None:
    """The level (and its row) in the change's unit given since ``since`` before the change, when only one number
    was written with the unit's word there ("xảy ra 48 vụ, làm chết 31 người; so với cùng kỳ, số vụ giảm 6 vụ": the
    48; not of two counts of people, nor when the one before was read into another table: "Cháy rừng xảy ra 5 vụ")."""
    found = [(level, row) for level, row in counts[-8:] if since <= level.start < fig.start and level.unit == fig.unit]
    if len(found) != 1:
        return None
    unit_word = clean[fig.end:fig.unit_end].strip()
    written = re.findall(rf"\d\s*{re.escape(unit_word)}(?![^\W\d_])", clean[since:fig.start]) if unit_word else []
    return found[0] if len(written) == 1 else None


# the words of a plan alone, naming no subject ("chỉ tiêu Nghị quyết năm 2024", "kế hoạch năm", "KH tỉnh giao")
# ("mục tiêu đến năm 2030 đạt 55%": the year a plan aims at, with "đến", "tới", "vào", is no subject either)
_A_PLAN_ALONE = re.compile(r"(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu|KH)(?:\s+(?:nghị\s+quyết|NQ|HĐND|tỉnh|giao|đề\s+ra|"
                           r"năm|cả|(?:19|20)\d\d|của|là|đến|tới|vào))*", re.IGNORECASE)
CATALOG_BY_KEY = {entry.key: entry for entry in CATALOG}
# entries counted in units (schools, communes): a percent said of one is the share of the units that are so
_COUNTED_ENTRIES = frozenset(entry.key for entry in CATALOG if "count" in entry.units)
# the units a report's area is named by ("toàn tỉnh", "cả huyện", "trên địa bàn xã")
_AREA_UNITS = rf"(?:{UNIT_WORDS})"
# (after the time it is said for too: "Hiện toàn tỉnh còn 2.310 hộ nghèo, chiếm 1,12%", "Hiện nay, cả huyện có")
_AREA_ALONE = re.compile(rf"(?:hiện(?:\s+nay)?\s*,?\s+)?(?:toàn|cả)\s+{_AREA_UNITS}(?:\s+hiện)?", re.IGNORECASE)
# the words of an area having what a ratio counts, and nothing else ("Toàn tỉnh có 95/", "Cả huyện hiện có", "Có")
# (or the area alone: "Toàn huyện 17/21 xã đạt chuẩn"; or the report's own unit bare, having: "Xã có 4/6 trường")
_A_HAVER_ALONE = re.compile(rf"(?:(?:toàn|cả)\s+{_AREA_UNITS}(?:\s+(?:hiện\s+|đã\s+)?(?:có|còn))?"
                            rf"|(?:{_AREA_UNITS}\s+)?(?:hiện\s+|đã\s+)?(?:có|còn))"
                            # (the a before the slash, as the label holds it; the a of "4 trên 17 xã", its "trên" read
                            # as a bound and left out of the label)
                            r"(?:\s+\d[\d.,]*(?:\s*/|\s+trên)?)?", re.IGNORECASE)


# the noun phrase a change's count is written with ("3 người chết"): its unit and the words after it
_WRITTEN_COUNT = re.compile(r"[^,;:().]*?(?=\s+(?:và|so\s+với|tăng|giảm|bằng)(?![^\W\d_])|\s*[,;:().]|\s*$)")


def _written_count(clean: str, fig: Figure) -> str:
    """What an absolute change in a count counts, as written after its number ("người chết")."""
    m = _WRITTEN_COUNT.match(clean, fig.end, fig.sentence[1])
    return m.group().strip() if m else ""


_CHANGES_OF_A_COUNT = PERCENT_METRICS | {"yoy_abs"}
# The units of things counted one by one (not amounts, rates or measures: "150,8 ha", "3,3 triệu m3 cát")
_COUNTED = frozenset({"count", "person", "household", "enterprise", "cooperative", "product", "visit", "house",
                      "case", "head"})
_OPENING_MARKS = " \t\n,;:(" + DASH_CHARS
_WHAT_IS_LEFT = frozenset({"còn", "còn lại", "chỉ còn", "vẫn còn"})
# "đến nay", "hiện nay" before what is left ("Số hộ nghèo giảm 410 hộ, đến nay còn 3.020 hộ"): the time it is left at
_NOW_BEFORE = re.compile(r"(?:(?:tính\s+)?(?:đến|tới)\s+nay|hiện\s+nay|hiện\s+tại)\s*,?\s+", re.IGNORECASE)


def _what_is_left(words: str) -> bool:
    """Do ``words`` say only that what follows is what is left ("còn", "vẫn còn", "đến nay còn")?"""
    words = words.strip()
    now = _NOW_BEFORE.match(words)
    return (words[now.end() :] if now else words).lower() in _WHAT_IS_LEFT
_HEDGE_AT_THE_END = re.compile(rf"(?:^|\s+)(?:{HEDGE_WORDS}|{BOUND_WORDS})$", re.IGNORECASE)


# a conjunction setting a clause against the one before ("nhưng vẫn còn 12 chủ đầu tư …", "song còn 14 dự án …",
# "Tuy nhiên, …", "Mặc dù số doanh nghiệp giải thể là …"): how the clause stands to the other, no word of its subject
# (not "song song", side by side)
_A_CONTRAST_OPENS = re.compile(r"(?:nhưng(?:\s+mà)?|song(?!\s+song)|tuy\s+(?:nhiên|vậy)|mặc\s+dù|tuy|dù)\s*,?\s+"
                               r"(?=[^\W\d_])", re.IGNORECASE)


# the rest of a size written per head before its price ("0,5 kg/con giá", "1,2 kg/quả giá bán"): a unit per a unit
_A_SIZE_PER_HEAD_PRICED = re.compile(r"[^\W\d_]{1,4}\s*/\s*[^\W\d_]+\s+giá(?:\s+bán)?", re.IGNORECASE)
# a conjunction setting its clause against the one before, inside a segment ("... 120 hộ nhưng số tiền ...")
_A_CONTRAST_INSIDE = re.compile(r"\s(?:nhưng(?:\s+mà)?|tuy\s+nhiên|song(?!\s+song))\s*,?\s+(?=[^\W\d_])", re.IGNORECASE)


def _the_last_contrast_after_a_figure(clean: str, start: int, end: int) -> int | None:
    """Where the clause after the last contrasting conjunction between ``start`` and ``end`` opens, when a number
    stands before the conjunction in that stretch (the clause before counted something of its own); None otherwise."""
    if not any(word in clean[start:end] for word in ("nhưng", "tuy", "song")):
        return None
    contrasts = list(_A_CONTRAST_INSIDE.finditer(clean, start, end))
    if not contrasts or not _DIGIT.search(clean, start, contrasts[-1].start()):
        return None
    return contrasts[-1].end()


def _without_a_contrast(words: str) -> str:
    """The words without the conjunction they open on that sets their clause against the one before."""
    opener = _A_CONTRAST_OPENS.match(words) if words[:1] in "NnSsTtMmDd" else None
    return words[opener.end():] if opener is not None else words


# the paper a news lead opens on, its name or its tag, before a dash ("Báo Nam Định - Chỉ số …", "(Báo Chính phủ) -",
# "TTO - …", "(QNO) - …"): who wrote it, no word of the subject the lead goes on with (written with a capital)
_A_BYLINE = re.compile(r"(?:\(?(?-i:Báo|Tạp\s+chí|Đài|Cổng\s+TTĐT)\s+[^\W\d_][^-–()\n]{0,40}?\)?|\(?[A-ZĐ]{2,6}\)?)"
                       r"\s*[-–]\s+(?=(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]))")


def _without_a_byline(label: str) -> str:
    """The label without the paper's name or tag and the dash its news lead opened with."""
    byline = _A_BYLINE.match(label) if label[:1] in "(BTĐC" or label[:2].isupper() else None
    return label[byline.end():] if byline is not None else label


def _without_a_hedge(words: str) -> str:
    """The words of a verb's lead without the hedge or bound they end on: how near a count or an amount is, or the
    bound it is said against ("Có không dưới 1.200 doanh nghiệp"), names nothing."""
    hedge = _HEDGE_AT_THE_END.search(words) if words else None
    return words if hedge is None else words[:hedge.start()]


# (matched from the segment's start; two verbs of one deed joined by "và" or a comma: "tổ chức và tham gia", "khám, cấp
# cứu cho")
_A_VERBS_WORDS = 2  # a verb is written in a word or two ("đón", "thu hút")
_SHORT_LEAD = re.compile(r"\W*((?:[^\W\d_]+\s+){0,2}[^\W\d_]+"
                         r"(?:(?:\s+và\s+|\s*,\s*)(?:[^\W\d_]+\s+){0,2}[^\W\d_]+)?)?\s*$")
# the numbers inside a noun, no figures: an age, a star class, a school grade ("trẻ em dưới 6 tuổi", "sản phẩm OCOP 4
# sao", "học sinh lớp 12")
_A_NUMBER_INSIDE_A_NOUN = (
    r"\d{1,2}\s+tuổi\b|[1-5]\s+sao\b|(?<=lớp\s)\d{1,2}(?![\d%/]|[.,]\d)"
    # (a code's digits glued to its letters, "khối C00", "cúm A/H5N1"; a perfect mark, "điểm 10")
    r"|(?<=[^\W\d_])\d+(?![.,]\d)|(?<=điểm\s)10(?![\d%/]|[.,]\d)"
)
# the noun phrase after a count's number, to the clause's end or the next verb of a figure
# ("412 trường đạt chuẩn quốc gia": a standard met is part of the noun, not the verb of a figure)
# (an age or a star class inside it is no figure: "thẻ BHYT cho trẻ em dưới 6 tuổi", "sản phẩm OCOP từ 3 sao trở lên")
# the word that links things counted to the places they are in, before the count of those places ("37 hộ ở 14 xã",
# "14 xã thuộc 6 huyện", "46 ổ dịch ở 28 xã, phường của 9 huyện", "xảy ra tại 11 xã")
_A_PLACES_LINK = r"\s+(?:ở|tại|thuộc|của|trên\s+địa\s+bàn)(?![^\W\d_])"
_A_PLACES_LINK_AT_THE_END = re.compile(r"(?:^|" + _A_PLACES_LINK + r")\s*$", re.IGNORECASE)
_A_COUNTS_PLACES_LINK = re.compile(r"\d[\d.,]*\s+[^\W\d_]+(?:,?\s+[^\W\d_]+){0,4}" + _A_PLACES_LINK + r"\s*$",
                                   re.IGNORECASE)  # ("14 xã thuộc ", "87 xã, phường của ": right after a count)
_NOUN_AFTER_A_COUNT = re.compile(r"\s*([^\W\d_](?:[^,;:().\d/%]|" + _A_NUMBER_INSIDE_A_NOUN + r")*?)"
                                 r"(?=\s+(?:và|so\s+với|tăng|giảm|" + _BANG_OF_A_COMPARISON + r"|đạt(?!\s+chuẩn)"
                                 r"|chiếm|với|gồm|trong\s+đó|(?:làm|gây|khiến)(?=\s+(?:[^\W\d_]+\s+)?\d)"
                                 # ("14 chủ đầu tư giải ngân trên 60%": the bound of a rate that says which of them;
                                 # not an age's or a star class's, "trẻ em dưới 6 tuổi", part of the noun)
                                 rf"|(?:{HEDGE_WORDS}|{BOUND_WORDS}|dưới)(?=\s+\d(?!\d?\s+(?:tuổi|sao)\b)))(?![^\W\d_])|\s*[,;:().]|\s*$"
                                 # ("Gần 7.500 hộ thoát nghèo trong năm 2025", "1,8 triệu lượt khách trong 9 tháng": the
                                 # time the count is of, after the noun, as a headline writes it)
                                 r"|\s+(?:trong|vào|năm|tháng|quý)\s+(?:(?:năm|tháng|quý)\s+)?\d"
                                 # ("37 hộ chăn nuôi ở 14 xã thuộc 6 huyện": a place's word before the next count, of
                                 # the places the things counted are in)
                                 r"|" + _A_PLACES_LINK + r"(?=\s*\d)"
                                 # ("62.000 con chó nhưng tỷ lệ tiêm phòng mới đạt 41%": a contrast opens a clause of
                                 # its own, no words of what was counted)
                                 r"|\s+(?:nhưng|tuy\s+nhiên|song(?!\s+song))(?![^\W\d_]))")


_A_SPAN = re.compile(r"\s*(.*)", re.DOTALL)


def _noun_after_a_count(clean: str, at: int, end: int) -> re.Match[str] | None:
    """``_NOUN_AFTER_A_COUNT`` matched at ``at``, carried over a comma inside a name ("1.200 thôn, bản đạt chuẩn văn
    hóa", "hỗ trợ 850 hộ nghèo, cận nghèo": names_with_commas.csv) to where the noun ends after it."""
    return _over_a_names_comma(_NOUN_AFTER_A_COUNT, clean, at, end)


def _subject_after_a_rate(clean: str, at: int, end: int) -> re.Match[str] | None:
    """``_SUBJECT_AFTER_A_RATE`` matched at ``at``, carried over a comma inside a name as a count's noun is ("93% thôn,
    bản có điện lưới quốc gia": the villages with power, not "thôn" alone)."""
    return _over_a_names_comma(_SUBJECT_AFTER_A_RATE, clean, at, end)


def _over_a_names_comma(noun: re.Pattern[str], clean: str, at: int, end: int) -> re.Match[str] | None:
    """The words ``noun`` matches at ``at``, its group 1 carried over each comma inside a name (names_with_commas.csv)
    to where the words after the name end."""
    after = noun.match(clean, at, end)
    while after is not None and clean.startswith(",", after.end()):
        name = _name_over_the_comma(clean, after.end(), at, end)
        if name is None:
            break
        further = noun.match(clean, name.end(), end) if name.end() < end else None
        after = _A_SPAN.match(clean, at, further.end() if further is not None and further.group(1) else name.end())
    return after


_SLASH_ITEM_MARK = re.compile(r"\d{1,2}/")
# the report's own unit, named bare by its kind, doing what a count counts ("Thị xã cung cấp 1.846 thủ tục hành chính",
# "Huyện cấp 320 giấy chứng nhận"): no word of what is counted (not a unit named, "Huyện Kỳ Sơn có": a place's count)
_THE_OWN_UNIT_ACTING = re.compile(r"(?:Thị\s+xã|Thị\s+trấn|Thành\s+phố|Huyện|Quận|Tỉnh|Xã|Phường|Đặc\s+khu)\s+"
                                  r"(?=[a-zà-ỹđ])")

# a branch receiving those it counts with no "đã" ("Ngành du lịch đón 1,2 triệu lượt khách", "Ngành y tế phục vụ 15.000
# lượt người bệnh"): who received them, as "Ngành du lịch đã đón" is, no word of what is counted
_A_BRANCH_RECEIVING = re.compile(
    r"(?:toàn\s+)?ngành(?:\s+(?!đã\b)[^\W\d_]+){1,3}?\s+(?:cũng\s+|tiếp\s+tục\s+)?"
    r"(?=(?:(?:tiếp\s+)?đón|phục\s+vụ|thu\s+hút)(?![^\W\d_]))",
    re.IGNORECASE,
)


# the words of time or aspect before a verb ("hiện đang quản lý", "vẫn đang duy trì", "đã và đang triển khai"): they
# say when or how the deed is done, no word of what it is (the words: data/words/aspect_words_before_a_verb.csv)
_ASPECT_WORD = "(?:" + word_source("aspect_words_before_a_verb") + ")"
_ASPECT_BEFORE_A_VERB = re.compile(rf"\s*(?:(?:{_ASPECT_WORD}|và)\s+)*{_ASPECT_WORD}\s+(?=[^\W\d_])", re.IGNORECASE)
# a change's verb with the words of how far it went ("tăng thêm", "giảm tới", "tăng mạnh"): no subject of its own
_A_CHANGE_VERB_ALONE = re.compile(r"(?:tăng|giảm)(?:\s+(?:thêm|tới|đến|lên|xuống|mạnh|nhẹ))+", re.IGNORECASE)
# a word denying what follows, alone ("không", "chưa"): no subject
_A_NEGATION_ALONE = re.compile(r"(?:không|chưa)(?:\s+(?:có|hề))?", re.IGNORECASE)
# another change's verb, its amount (cut out) and its unit's words, nothing more ("giảm 240 vụ", "tăng thêm 12 hồ sơ")
_ANOTHER_CHANGE_ALONE = re.compile(
    r"(?:tăng|giảm)(?:\s+(?:thêm|tới|đến|lên|xuống|mạnh|nhẹ))*\s+(?:[^\W\d_]+(?:\s+[^\W\d_]+)?)?", re.IGNORECASE
)
# a change's verb and its words of degree after a subject ("… tăng thêm", "… giảm bình quân"; the verb alone is cut
# where the subject is read)
_A_CHANGE_VERB_AT_THE_END = re.compile(
    r"(?<=[^\W\d_])\s+(?:tăng|giảm)(?:\s+(?:thêm|bình\s+quân|tới|đến|mạnh|nhẹ))+$", re.IGNORECASE
)
# the verbs a plan's share is attained with, alone ("hoàn thành 64% kế hoạch", "đã thực hiện được 58% kế hoạch")
_PLAN_ATTAINED_ALONE = re.compile(rf"(?:{_ASPECT_WORD}\s+)*(?:hoàn\s+thành|thực\s+hiện)(?:\s+được)?", re.IGNORECASE)
_ASPECT_ALONE = re.compile(rf"(?:{_ASPECT_WORD}\s+)*{_ASPECT_WORD}", re.IGNORECASE)
# an area, named bare or with its name, or a whole branch or "chúng tôi", and the verb it attains a plan's share with
# ("Tỉnh hoàn thành", "Huyện Lục Yên đạt", "toàn ngành đã thực hiện được", "Chúng tôi đạt"): who attained it, no subject
_AN_ACTOR_ATTAINING = re.compile(
    rf"(?:(?:toàn|cả)\s+)?(?:(?:{UNIT_WORDS})(?:\s+(?-i:[A-ZĐ][^\W\d_]*)){{0,4}}|ngành|chúng\s+tôi|địa\s+phương)"
    rf"(?:\s+(?:ta|nhà|này))?(?:\s+{_ASPECT_WORD})*(?P<verb>\s+(?:hoàn\s+thành|thực\s+hiện|đạt)(?:\s+được)?)?",
    re.IGNORECASE,
)
# the words of a plan right after its share, up to what the plan is of ("80% kế hoạch năm 2025 về trồng rừng")
_A_PLAN_NAMED_AFTER = re.compile(r"\s+" + _A_PLAN_ALONE.pattern + r"(?:\s+về)?\s+(?=[^\W\d_])", re.IGNORECASE)


def _what_the_plan_is_of(clean: str, fig: Figure) -> str | None:
    """What a plan whose share a figure is, is of, named after the plan's words ("đạt 80% kế hoạch trồng rừng" →
    "trồng rừng"); None when the plan's words name nothing after them ("đạt 95% kế hoạch năm, tăng ...")."""
    plan = _A_PLAN_NAMED_AFTER.match(clean, fig.unit_end, fig.sentence[1])
    after = _noun_after_a_count(clean, plan.end(), fig.sentence[1]) if plan is not None else None
    done = after.group(1).strip() if after is not None else ""
    return done if len(done.split()) >= 2 else None


def _where_the_actor_ends(before: str) -> int:
    """Where the area or bodies doing what a count counts end at the opening of the words before it (``actor_end``),
    or the report's own unit named bare by its kind ("Thị xã cung cấp"); 0 when none opens them; past the words of
    time or aspect after them ("Toàn tỉnh hiện đang quản lý": the verb "quản lý")."""
    actor = actor_end(before)
    if not actor and (bare := _THE_OWN_UNIT_ACTING.match(before) or _A_BRANCH_RECEIVING.match(before)) is not None:
        actor = bare.end()
    aspect = _ASPECT_BEFORE_A_VERB.match(before, actor) if actor else None
    return aspect.end() if aspect is not None else actor


def _a_count_named_by_its_noun(clean: str, fig: Figure, label: str | None) -> str | None:
    """The label of a count whose clause opens with its verb, named with the noun phrase written after its
    number: "Cấp 120 thẻ bảo hiểm y tế" → "Cấp thẻ bảo hiểm y tế", "Xảy ra 14 vụ cháy rừng" → "Xảy ra vụ cháy
    rừng", "Có 214 trường đạt chuẩn" → "Có trường đạt chuẩn". None when the words before the number name it
    (more than three words, or a subject carried over from the clause before), or when the words after it are
    its unit alone ("đàn bò 620 con", "Khách sạn 31 cơ sở", "Cấp 120 thẻ")."""
    if fig.unit in _AMOUNTS_NAMED_AFTER and fig.metric in ("level", "target"):
        return _an_amount_named_by_its_noun(clean, fig, label)
    if fig.unit not in _COUNTED or fig.metric not in ("level", "target"):
        return None  # (a change of a count takes the name of its level: see the labels' pass in _fact_rows)
    if fig.unit_label in _RANK_WORDS:
        return None  # ("…, xếp thứ 1 khu vực Đông Bắc": a rank, named by what it ranks, _a_ranks_reading)
    if given := _FOR_WHOM_AFTER_A_GIFT.search(clean, max(fig.segment[0], fig.start - 80), fig.start):
        # "hỗ trợ 1.250 tấn gạo cho 83.300 nhân khẩu thiếu đói": those given to, counted; what was given (the
        # figure before, its own row) does not name them
        after = _noun_after_a_count(clean, fig.end, fig.sentence[1])
        written = _SCALE_OPENING.sub("", after.group(1).strip()) if after else ""
        unit = clean[fig.end:fig.unit_end].strip()
        if (written and len(written.split()) <= len(unit.split()) and (done := given.group("done").strip())
                and not clean[fig.segment[0]:given.start()].strip(_OPENING_MARKS)):
            # ("3 trường tuyển sinh đào tạo nghề cho 700 người": those given to in their unit alone, after a count
            # opening the clause as who did it, are named by what was done for them, as written after that count; not
            # after what was given, "hỗ trợ 12 tấn gạo cho 800 hộ")
            return f"{done} {written}"[:200]
        return written[:200] or None
    own_words = _without_a_contrast(clean[fig.segment[0]:fig.start].strip(_OPENING_MARKS))
    label = label and _without_a_contrast(label)
    if label and label[:1].isupper() and _a_place_alone(label):
        label = None  # ("Tỉnh Gia Lai quý I/2026: xảy ra 47 vụ tai nạn": the province is where, the count's place)
    if "/" in own_words and _SLASH_ITEM_MARK.fullmatch(own_words):
        own_words = ""  # ("2/ 320 hộ thoát nghèo": a list's item marked with a number and a slash names nothing)
    unhedged = _without_a_hedge(own_words).rstrip()  # ("1.286 cơ sở lưu trú với hơn 58.400 phòng")
    if (unhedged.endswith(("và", "với")) and (across := _name_across_the_comma(clean, fig)) < fig.segment[0]
            and (again := _NAME_WITH_COMMAS.search(clean, fig.end, min(fig.end + 60, fig.sentence[1]))) is not None
            and not clean[fig.end:again.start()].strip()):
        # ("4.812 cán bộ, công chức cấp tỉnh và 6.930 cán bộ, công chức cấp xã": a name with a comma inside counted
        # again, names_with_commas.csv, for the list's next part; the count before's clause opens before its comma)
        unhedged = _without_a_hedge(clean[across:fig.start].strip(_OPENING_MARKS)).rstrip()
    if (unhedged.endswith(("và", "với")) and (joined := _AND_THE_NEXT_COUNT.search(unhedged)) is not None
            and not clean[fig.end:fig.end + 60].lstrip().startswith(joined.group("noun"))):
        # "có 8,5 bác sĩ và 38 giường bệnh", "có 6 trường học với 2.140 học sinh": the list's next count, or the count
        # the things counted before come with, of another noun, named after it (not "tương ứng là 1.150 doanh nghiệp và
        # 430 doanh nghiệp", the same noun counted again for the list's next subject)
        own_words = joined.group("and")
    if (own_words[-5:].rstrip().endswith(("ở", "tại", "thuộc", "của", "bàn"))
            and (link := _A_PLACES_LINK_AT_THE_END.search(f" {own_words}")) is not None
            and (link.group().split()[0] in ("ở", "tại")
                 or _A_COUNTS_PLACES_LINK.search(clean, max(fig.sentence[0], fig.start - 80), fig.start))
            and (after := _noun_after_a_count(clean, (counted_from := _FRACTION_REST.match(clean, fig.end).end()),
                                              fig.sentence[1])) is not None):
        # "bệnh dịch đã xảy ra tại 37 hộ chăn nuôi ở 14 xã thuộc 6 huyện": a count after a place's word ("ở", "tại";
        # "thuộc", "của" right after the count of the things in them) counts the places or holders something was in,
        # named by the noun after it (not by the words of the count before, or of what happened there)
        written = _SCALE_OPENING.sub("", after.group(1).strip())
        unit = clean[min(counted_from, fig.unit_end):fig.unit_end].strip()  # ("08 huyện, thành phố": the unit whole)
        return (written if len(written.split()) > len(unit.split()) else unit)[:200] or None
    own_words += " "
    own_words = own_words[said.end():] if (said := _LEADING_PERIOD.match(own_words)) else own_words
    if ((label and label.strip() and _NAMES_NOTHING.fullmatch(label.strip()))
            or _A_PART_ALONE.fullmatch(clean, fig.segment[0], fig.start)
            # ("Có 245 sản phẩm OCOP ...", "Tỷ lệ trường đạt chuẩn 72,1%; có 1.012/1.403 trường đạt chuẩn": a count
            # whose own words name nothing, its label none or the clause before's; not "BHXH bắt buộc: 9.166 người")
            or ((not label or own_words.strip()) and _NAMES_NOTHING.fullmatch(own_words.strip())
                and fig.role != "denominator" and _SAID_AFTER.match(clean, fig.end))):
        # "Đến nay có 142/196 xã đạt chuẩn", "Toàn tỉnh có 12,5 bác sĩ/vạn dân", a plan's "có thêm 15 xã đạt chuẩn":
        # the words before the count name only its time or area; what is counted is written after it (so is the
        # part a whole opens: "đạt 2,5 tỷ USD; trong đó có 118 dự án cấp mới")
        counted_from = _FRACTION_REST.match(clean, fig.end).end()
        after = _noun_after_a_count(clean, counted_from, fig.sentence[1])
        # ("9 tháng có 2,8 triệu lượt khám chữa bệnh": the number's scale is no word of what is counted)
        written = _SCALE_OPENING.sub("", after.group(1).strip()) if after else ""
        unit = clean[min(counted_from, fig.unit_end):fig.unit_end].strip()  # (the unit after "/196" of "142/196 xã")
        if (len(written.split()) <= len(unit.split()) and label and _what_is_left(own_words)
                and not _NAMES_NOTHING.fullmatch(label.strip())):
            # ("Số hộ nghèo giảm 312 hộ, còn 2.105 hộ": what is left of the subject before, in its unit alone; not
            # "toàn tỉnh còn 15 sở", "có 5/17 xã": an area's or a time's count, named by its unit)
            return None
        if len(written.split()) <= len(unit.split()) and (item := _the_items_heading_on_its_line(clean, fig)):
            # "- Sởi: 12 ca; lũy kế 140 ca", "3. Bệnh ho gà: Ghi nhận 2 ca. Cộng dồn: 17 ca": a count in its unit alone
            # after a time that names nothing, on an item's line, is of what the item's heading names
            return item[:200]
        return (written if len(written.split()) > len(unit.split()) else unit)[:200] or None
    if (label and not _without_a_hedge(own_words.strip()) and _SAID_AFTER.match(clean, fig.end)
            and _only_a_place_opens_before(clean, fig)
            and (after := _noun_after_a_count(clean, _FRACTION_REST.match(clean, fig.end).end(), fig.sentence[1]))):
        # "Tại xã Quỳ Châu, 1.150 hộ dân phải di dời": the commune opening the sentence, read as the count's subject,
        # is where it was counted; the noun after the number says what
        return _SCALE_OPENING.sub("", after.group(1).strip())[:200] or None
    if (fig.metric == "level" and "ình" in own_words and (per := _AN_AVERAGE_PER_UNIT.fullmatch(own_words.strip()))
            and _SAID_AFTER.match(clean, fig.end)):
        # "bình quân mỗi xã có 12 thôn", "Bình quân mỗi hộ có 4,2 nhân khẩu": what each unit has on average, named
        # after the number, of that average ("thôn bình quân mỗi xã")
        counted_from = _FRACTION_REST.match(clean, fig.end).end()
        after = _noun_after_a_count(clean, counted_from, fig.sentence[1])
        written = after.group(1).strip() if after else ""
        unit = clean[counted_from:fig.unit_end].strip()
        what = written if len(written.split()) > len(unit.split()) else unit
        if what:
            return f"{what} {per.group('per')[:1].lower()}{per.group('per')[1:]}"[:200]
    if (fig.metric == "level" and (place := _a_named_place_having(own_words.strip(), whole=True)) is not None
            and _SAID_AFTER.match(clean, fig.end)):
        # "Xã Nghi Lộc có 1.250 hộ nghèo": a commune or district named with its kind has what is counted, named after
        # the number, of that place ("hộ nghèo xã Nghi Lộc")
        after = _noun_after_a_count(clean, _FRACTION_REST.match(clean, fig.end).end(), fig.sentence[1])
        written = after.group(1).strip() if after else ""
        if written:
            return _of_the_place(written, place)[:200]
    if fig.metric not in ("level", "target") or clean.startswith("/", fig.end):
        return None
    # ("Kỳ thi năm nay tỉnh có gần 21 nghìn thí sinh": a hedge after "có" says how near the count is, no more)
    has = f"{_without_a_hedge(own_words.rstrip()).rstrip()} "
    if (has.endswith(" có ") and "/" not in has and len(having := has.split()) >= 3
            and having[0].lower() not in ("toàn", "cả") and _SAID_AFTER.match(clean, fig.end)
            and (after := _noun_after_a_count(clean, fig.end, fig.sentence[1])) is not None
            and len(written := _SCALE_OPENING.sub("", after.group(1).strip()).split()) > max(
                len(_SCALE_OPENING.sub("", clean[fig.end:fig.unit_end].strip()).split()), 1)):
        # "Kỳ thi tốt nghiệp THPT có 12.450 thí sinh dự thi": what a subject has is counted by the noun after the
        # number, with the words that say which of them (not its unit alone: "Tỉnh có 1.250 hộ"; nor what a whole
        # branch or a bare unit has, "Toàn ngành y tế có 3.150 giường bệnh", "Thôn có 22 hộ cận nghèo": they name it)
        return " ".join(written)[:200]
    # ("toàn tỉnh đã cấp mới 15.300 thẻ bảo hiểm y tế": who issued them is no part of the count's name)
    # ("các cơ sở y tế đã khám, cấp cứu cho 9.830 lượt người": the comma of a name's list opens no clause)
    before = _without_a_contrast(clean[_name_across_the_comma(clean, fig):fig.start].lstrip(_OPENING_MARKS))
    listed = not before.strip() and bool(before := _the_lead_of_the_list(clean, fig))
    if listed and (own_clause := _a_listed_counts_own_words(clean, fig, passive_only=True)) is not None:
        # "đã hỗ trợ xây dựng 452 nhà ở, 87 hộ được hỗ trợ chuyển đổi nghề": a later count of a list whose noun is
        # the subject of its own passive verb is named by its words alone; the verb of the list's first count did
        # nothing to them
        return own_clause
    if "/" in before and (paired := _A_COUNT_PAIRED_BEFORE.search(before)) is not None:
        # "đã thụ lý 215 vụ/342 bị can": the second count of a pair of nouns written with a slash is done by the verb
        # the first opened with, named by its own noun (no words of the first count's)
        before, listed = before[:paired.start()], True
    # ("Phát hiện 8 vụ, 15 đối tượng ...": a count listed after another with no words of its own is done by the verb
    # the list's first count opened with)
    # ("từ đầu năm đến nay đưa 2.850 lao động đi làm việc ở nước ngoài": the time the count opens with names nothing)
    purpose = _THE_PURPOSE_OF_AN_AMOUNT.search(before) if "để" in before or "nhằm" in before else None
    # (a count whose words before it, read as its subject, name nothing: named by its verb, in its unit alone too)
    named_by_its_verb = purpose is not None
    if purpose is not None:
        # "thu hồi 312 ha đất để thực hiện 38 dự án", "bố trí 120 tỷ đồng để hỗ trợ 2.400 hộ": a count the amount before
        # was for is done by the purpose's verb (named by it, in its unit alone too: "thực hiện dự án"); the amount's
        # unit and noun, read as its subject, name nothing of it
        before, label = before[purpose.end():], None
    said_when = _LEADING_PERIOD.match(before)
    if said_when is not None:
        before = before[said_when.end():]
        if label and label.lower().startswith(said_when.group().strip(" ,").lower()):
            # ("Trong tháng cấp 940 thẻ": the period and the verb, read as the count's subject, name no more than the
            # verb does: it names the count, in its unit alone too)
            label = label[len(said_when.group().strip(" ,")):].lstrip(" ,") or None
            named_by_its_verb = True
        elif label and len(label) > len(before.strip()) and f"{said_when.group()}{before}".rstrip().endswith(label):
            # ("lũy kế 5 tháng cấp 58.300 thẻ": the words after the period's number, read as the count's subject, are
            # the end of the period and the verb; they name nothing the verb does not)
            label, named_by_its_verb = None, True
    if fig.metric == "target" and "đấu" in before and (aim := _AN_AIM_OPENING.match(before)) is not None:
        # "Phấn đấu thêm 04 xã đạt chuẩn ...", "Huyện phấn đấu xây dựng thêm 5 trường ...": who aims and the verb of the
        # aim name nothing; the verb after it does, with the noun after the number ("thêm xã đạt chuẩn ...")
        before = before[aim.end():]
        if label and (said := _AN_AIM_OPENING.match(label)) is not None:
            label = label[said.end():] or None
    actor = _where_the_actor_ends(before)
    lead = _SHORT_LEAD.match(before, actor)
    if lead is None:
        # ("Công an huyện phát hiện 12 vụ, 19 đối tượng mua bán ma túy": a later count of a list whose lead is more
        # than a verb is named by the noun after its number, when that says more than its unit; so is the list's
        # first, "CDC tỉnh ghi nhận 18 ca sốt xuất huyết, 11 ca tay chân miệng")
        opens_a_list = not listed and _ANOTHER_COUNT_LISTED.match(clean, _noun_after_a_count_end(clean, fig))
        return _a_listed_counts_own_words(clean, fig, passive_only=False) if listed or opens_a_list else None
    words = _without_a_hedge(lead.group(1) or "")  # ("tỉnh đón khoảng 5,2 triệu lượt khách")
    if label and not _without_a_hedge(label):
        label = None  # ("Chưa đầy 300 hộ thoát nghèo": a bound opening the sentence names nothing; the noun after does)
    if (said_when is not None and label and _STATES_AN_AMOUNT.fullmatch(words)
            and (actor_ends := _where_the_actor_ends(label)) and len(label[actor_ends:].split()) <= _A_VERBS_WORDS):
        # "Toàn tỉnh đón 2,1 triệu lượt khách, riêng quý IV đạt 620 nghìn lượt khách quốc tế": the subject carried over
        # from the clause before is its actor and verb alone, and a part of the period stated with "đạt" names
        # nothing more; the noun after the number names what is counted
        label, words = None, ""
    if label and not (words and without_the_actor(label).lower().startswith(words.lower()[:3])) and not (
            actor and before.lower().startswith(label.lower())) and not (  # ("Toàn tỉnh hiện có": the actor alone)
            _a_field_heading_before(clean, fig, label)):
        return None  # (the label is a subject the clause before gave, or the words before a colon)
    after = _noun_after_a_count(clean, fig.end, fig.sentence[1])
    # ("đón 1,18 triệu lượt khách": the number's scale is no word of what is counted)
    written = _SCALE_OPENING.sub("", after.group(1).strip()) if after else ""
    unit_words = len(_SCALE_OPENING.sub("", clean[fig.end:fig.unit_end].strip()).split())
    if len(written.split()) <= max(unit_words, 1) and not (
            written and words and (listed or _ANOTHER_COUNT_LISTED.match(clean, after.end()))):
        # (but "Phát hiện 8 vụ, 15 đối tượng", "Khởi tố 56 vụ, 98 bị can": a count of a list in its unit alone is
        # named by the verb and that unit, "Phát hiện vụ", "Khởi tố bị can", as the others are by their own nouns)
        # ("Ma túy: phát hiện 18 vụ": under a heading's colon, the heading names what the verb's count is of)
        verb_and_unit = " ".join(f"{words} {written}".split())
        return _under_its_heading(clean, fig, verb_and_unit) or (
            verb_and_unit if named_by_its_verb and written and words else None)
    if written.endswith(" trong") and _IN_AND_OUT_AFTER.match(clean, after.end()):
        written = written[:-len(" trong")]  # ("sự kiện xúc tiến du lịch trong và ngoài nước": the pair is cut at "và")
    named = " ".join(f"{words} {written}".split())  # (the lead's words may run over a line break)
    # ("Bệnh sốt xuất huyết: ghi nhận 312 ca mắc": a noun that says no more than the unit counts, "ca mắc", "lượt
    # người", names nothing; the heading before the colon names what is counted)
    return ((_under_its_heading(clean, fig, named) if len(written.split()) <= unit_words + 1 else None) or named)[:200]


def _a_part_named_after_its_rate(clean: str, fig: Figure) -> str | None:
    """The noun after a percent right after the words opening a part ("trong đó", "riêng"), when it names what the
    part is ("trong đó 71% người hưởng nhận qua tài khoản", "trong đó 48% lao động nữ"): the part's own subject, not
    the figure's before (of which a verb would say it: "trong đó chiếm 40% tổng số"); None otherwise."""
    if fig.unit != "pct" or fig.metric not in ("level", "share_pct"):
        return None
    if not _A_PART_ALONE.fullmatch(clean, fig.segment[0], fig.start):
        return None
    after = _subject_after_a_rate(clean, fig.unit_end, fig.sentence[1])
    return after.group(1).strip() if after is not None and names_a_subject(after.group(1)) else None


def _a_place_alone(words: str) -> bool:
    """Are the words one province's name and nothing more, with its kind or not ("Đắk Lắk", "TP. Hồ Chí Minh"), or a
    city's name its kind was cut from ("Hồ Chí Minh" of "TP. Hồ Chí Minh", read from after the kind's full stop)?"""
    words = words.strip()
    if len(words) > _A_NAMED_PROVINCES_LENGTH:
        return False
    for text in (words, f"TP. {words}"):
        named = find_provinces(text)
        if len(named) == 1 and named[0].start == 0 and named[0].end == len(text):
            return True
    return False


def _under_its_heading(clean: str, fig: Figure, named: str) -> str | None:
    """``named`` after the heading its clause follows the colon of ("Bệnh sốt xuất huyết: ghi nhận ca mắc"), the
    heading a few words with no number; None under no such heading."""
    heading = _the_heading_before_its_colon(clean, fig)
    if not heading or not named or len(heading.split()) > _HEADING_WORDS or _DIGIT.search(heading) or heading in named:
        return None
    if _a_place_alone(heading):
        return None  # ("Đắk Lắk: Gần 7.500 hộ thoát nghèo": a headline's province before its colon says where)
    return f"{heading}: {named}"[:200]


# who aims and the verb of the aim opening a target's clause ("Phấn đấu ", "Tỉnh phấn đấu ", "phấn đấu đạt ")
_AN_AIM_OPENING = re.compile(r"(?:[^\W\d_]+\s+){0,3}?phấn\s+đấu\s+(?:đạt\s+)?", re.IGNORECASE)
# an aim alone, with who aims and a verb that moves a level ("phấn đấu", "Tỉnh phấn đấu nâng lên", "phấn đấu giảm xuống
# còn", "phấn đấu đưa tỷ lệ lên"): no subject of its own
_AN_AIM_ALONE = re.compile(
    r"(?:[^\W\d_]+\s+){0,3}?phấn\s+đấu(?:\s+(?:nâng|đưa|tăng|giảm|hạ|kéo)(?:\s+(?:lên|xuống|còn))*)?", re.IGNORECASE
)
# the rest of "trong và ngoài nước" (at home and abroad) after the noun was cut at its "và"
_IN_AND_OUT_AFTER = re.compile(r"\s+và\s+ngoài\s+(?:nước|tỉnh)", re.IGNORECASE)
# an amount, its unit and noun and the word of the purpose it is for, right before the verb of that purpose (a few
# words) and a count ("312 ha đất để " of "thu hồi 312 ha đất để thực hiện 38 dự án")
_THE_PURPOSE_OF_AN_AMOUNT = re.compile(r"(?<![\d.,])\d[\d.,]*\s+(?:[^\W\d_]+\s+){1,5}?(?:để|nhằm)\s+"
                                       r"(?=(?:[^\W\d_]+\s+){1,3}$)")
# a count, its noun and the comma before the next count of a list ("8 vụ, " of "Phát hiện 8 vụ, 15 đối tượng")
_A_COUNT_PAIRED_BEFORE = re.compile(r"(?<![\d.,])\d[\d.,]*\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*/\s*$")
_A_COUNT_LISTED_BEFORE = re.compile(r"(?<![\d.,])\d[\d.,]*\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,7}\s*,\s*$")
# the next count of such a list after a count's noun (", 15 đối tượng"; not a date, ", 15/3")
_ANOTHER_COUNT_LISTED = re.compile(r"\s*,\s*\d[\d.,]*\s+[^\W\d_]")


# a noun of a few words that is the subject of its own passive verb ("hộ được hỗ trợ chuyển đổi nghề", "đối tượng bị
# xử lý hành chính"): a clause of its own after a count's number
_A_NOUN_DONE_TO = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?\s+(?:được|bị)\s+[^\W\d_]", re.IGNORECASE)


def _a_listed_counts_own_words(clean: str, fig: Figure, passive_only: bool) -> str | None:
    """The words after the number of a count listed after another when they say more than its unit ("19 đối tượng mua
    bán ma túy": "đối tượng mua bán ma túy"); with ``passive_only``, only when they are a clause of their own, a noun
    and its passive verb ("87 hộ được hỗ trợ chuyển đổi nghề"); None otherwise."""
    counted_from = _FRACTION_REST.match(clean, fig.end).end()
    after = _noun_after_a_count(clean, counted_from, fig.sentence[1])
    written = _SCALE_OPENING.sub("", after.group(1).strip()) if after is not None else ""
    unit_words = _SCALE_OPENING.sub("", clean[min(counted_from, fig.unit_end) : fig.unit_end].strip()).split()
    if len(written.split()) <= len(unit_words) or (passive_only and not _A_NOUN_DONE_TO.match(written)):
        return None
    return written[:200]


def _noun_after_a_count_end(clean: str, fig: Figure) -> int:
    """Where the noun after a count's number ends (its unit's end when no noun follows)."""
    after = _noun_after_a_count(clean, _FRACTION_REST.match(clean, fig.end).end(), fig.sentence[1])
    return after.end() if after is not None else fig.unit_end


def _the_lead_of_the_list(clean: str, fig: Figure) -> str:
    """The words before the first count of a list of counts that ``fig`` is a later one of, with no words of its own
    ("Phát hiện 8 vụ, 15 đối tượng": "Phát hiện "), from the opening of their clause; "" when no count is listed
    right before it."""
    at = fig.segment[0]
    for _ in range(4):  # (a list of a few counts)
        listed = _A_COUNT_LISTED_BEFORE.search(clean, max(fig.sentence[0], at - 80), at)
        if listed is None:
            return ""
        opening = max(clean.rfind(mark, fig.sentence[0], listed.start()) for mark in ",;:") + 1
        lead = clean[max(opening, fig.sentence[0]):listed.start()].lstrip(_OPENING_MARKS)
        if lead.strip():
            return lead
        at = listed.start()
    return ""


# an amount of goods, money or length, measured in its unit, whose noun may follow that unit ("640 tấn gạo",
# "33,7 tỷ USD vốn FDI", "18 km đê biển")
_AMOUNTS_NAMED_AFTER = frozenset({"tonne", "VND", "USD", "ha", "m3", "km"})
# a verb that states an amount a subject before it has ("Sản lượng đạt 640 tấn thóc": the subject names it), not one
# that does what the amount measures ("cấp", "thu hút", "xuất khẩu")
_STATES_AN_AMOUNT = re.compile(r"(?<![^\W\d_])(?:đạt|là|ước|bằng|khoảng|gần|hơn|trên|dưới|có|còn|với|chiếm|tăng|giảm)"
                               r"(?![^\W\d_])", re.IGNORECASE)


# the noun after an amount's unit, to the clause's end, the next verb of a figure or whom or where it went to
# ("640 tấn gạo cho 42.700 nhân khẩu", "1.200 tỷ đồng vốn vay tại 35 xã")
# (or where it was sold to: "xuất khẩu 5.120 tấn vải sang Trung Quốc", "sang các thị trường"; not "chuyển sang trồng")
_AFTER_THE_NOUN = (r"(?:và|so\s+với|tăng|giảm|" + _BANG_OF_A_COMPARISON
                   + r"|đạt|chiếm|với|gồm|trong\s+đó|cho|tại|ở|từ|của|để|trên"
                   r"|sang(?=\s+(?-i:[A-ZĐ])|\s+(?:các|nhiều)\s+(?:nước|thị\s+trường)))(?![^\W\d_])")
_NOUN_AFTER_AN_AMOUNT = re.compile(rf"\s*(?!{_AFTER_THE_NOUN})([^\W\d_][^,;:().\d/%]*?)"
                                   rf"(?=\s+{_AFTER_THE_NOUN}|\s*[,;:().]|\s*$)", re.IGNORECASE)


def _an_amount_named_by_its_noun(clean: str, fig: Figure, label: str | None) -> str | None:
    """The label of an amount whose clause opens with its verb (after who did it), named with the noun after its
    unit: "Tỉnh đã cấp 640 tấn gạo" → "cấp gạo", "cả nước thu hút 33,7 tỷ USD vốn FDI" → "thu hút vốn FDI". None
    when a subject before the verb names it ("Sản lượng đạt 640 tấn thóc") or nothing but the unit follows."""
    before = clean[fig.segment[0]:fig.start].lstrip(_OPENING_MARKS)
    given = _AN_AMOUNT_GIVEN_BEFORE.search(before) if before.endswith("và ") else None
    label_as_read = label
    if given is not None:
        # "hỗ trợ 500 triệu đồng và 5 tấn gạo": the next amount of a list is given by the verb the first opened with;
        # the first amount's unit names nothing of it
        before, label = before[:given.start()], None
    if (said_when := _LEADING_PERIOD.match(before)) is not None:
        before = before[said_when.end():]
    if (before.rstrip().endswith(("có", "còn")) and (
            _NAMES_NOTHING.fullmatch(haver := before.strip()) or (
            (having := _A_HAVER_NAMED.fullmatch(haver)) is not None and _a_province_by_name(having.group("who"))))
            and (after := _NOUN_AFTER_AN_AMOUNT.match(clean, fig.unit_end, fig.sentence[1])) is not None):
        # "Toàn tỉnh hiện có 86.000 ha cây ăn quả", "Tỉnh Sơn La hiện có …": the area having it names nothing; the noun
        # after the unit names what is measured
        return after.group(1).strip()[:200] or None
    actor = _where_the_actor_ends(before) or _where_a_named_province_acting_ends(before)
    lead = _SHORT_LEAD.match(before, actor)
    words = (lead.group(1) or "") if lead is not None else ""
    words = _without_a_hedge(words[:-len(" được")] if words.endswith(" được") else words)  # ("thu hút hơn 2 tỷ USD")
    if not words and given is not None and (after := _NOUN_AFTER_AN_AMOUNT.match(clean, fig.unit_end, fig.sentence[1])):
        # ("Trung ương hỗ trợ 200 tỷ đồng và 1.500 tấn gạo": the list's verb after more than an actor's words is not
        # told apart from them; the next amount is named by the noun after its unit alone, "gạo", unless it was read
        # with the first amount's subject and that noun already)
        noun = after.group(1).strip()
        return None if label_as_read and label_as_read.endswith(noun) else noun[:200] or None
    if not words or _STATES_AN_AMOUNT.search(words) or (
            label and not without_the_actor(label).lower().startswith(words.lower()[:3])
            and not (actor and before.lower().startswith(label.lower()))):
        return None  # (the label a subject the clause before gave; "Tỉnh đã cấp": the actor and the verb alone)
    after = _NOUN_AFTER_AN_AMOUNT.match(clean, fig.unit_end, fig.sentence[1])
    written = after.group(1).strip() if after else ""
    return " ".join(f"{words} {written}".split())[:200] if written else None


def _where_a_named_province_acting_ends(before: str) -> int:
    """Where a province named with its kind word that opens ``before`` ends, past the spaces after it ("tỉnh Bắc Giang
    xuất khẩu": who exported, no word of what), or 0 when none opens it."""
    if before[:1] not in "TtHh":  # (cheap test first: "tỉnh", "thành phố", "TP.")
        return 0
    if (bare := _THE_PROVINCE_ACTING_UNNAMED.match(before)) is not None:
        return bare.end()  # ("Trong tháng, tỉnh xuất khẩu 5.120 tấn vải": the report's own province, after its time)
    named = find_provinces(before[:_A_NAMED_PROVINCES_LENGTH])
    if not named or not named[0].prefixed or named[0].start != 0 or not before[named[0].end:named[0].end + 1].isspace():
        return 0
    return len(before) - len(before[named[0].end:].lstrip())


_A_NAMED_PROVINCES_LENGTH = 40  # ("Thành phố Hồ Chí Minh": a province's kind and name, at most)
# the province unnamed doing what is measured, a verb after it ("tỉnh xuất khẩu"; not "tỉnh lộ", "Tỉnh ủy": no verbs)
_THE_PROVINCE_ACTING_UNNAMED = re.compile(r"(?:tỉnh|thành\s+phố)\s+(?=(?:đã\s+)?(?:xuất|nhập)\s+khẩu(?![^\W\d_]))",
                                          re.IGNORECASE)
# a place named, then having what is measured ("Tỉnh Sơn La hiện có ")
_A_HAVER_NAMED = re.compile(r"(?P<who>[^\W\d_][^,;:()\d]{2,38}?)\s+(?:hiện\s+|đã\s+|vẫn\s+)?(?:có|còn)", re.IGNORECASE)
# an amount and its unit (and noun) before "và" and the next amount of a list ("500 triệu đồng và ")
_AN_AMOUNT_GIVEN_BEFORE = re.compile(r"(?<![\d.,])\d[\d.,]*\s+(?:[^\W\d_]+\s+){1,4}và\s+$")


# a count of those given to, after a figure of what was given ("trao 500 suất quà cho 500 hộ", "hỗ trợ 12 tấn gạo cho
# khoảng 800 nhân khẩu"; at a rate given for each, "hỗ trợ 5 triệu đồng/hộ cho 30 hộ")
# (not after a period's number: "lũy kế 10 tháng giải quyết việc làm cho 19.450 lao động")
# (what the money was for may follow its unit: "hỗ trợ 2,8 tỷ đồng cải thiện dinh dưỡng cho 1.260 trẻ em")
_FOR_WHOM_AFTER_A_GIFT = re.compile(rf"(?<![\d.,/])\d[\d.,]*\s+(?!(?:tháng|quý|năm|ngày|tuần)(?![^\W\d_]))"
                                    rf"(?P<done>(?:[^\W\d_]+(?:/[^\W\d_]+)?\s+){{1,12}}cho)\s+(?:(?:{HEDGE_WORDS})\s+)?$",
                                    re.IGNORECASE)
_SCALE_OPENING = re.compile(rf"^(?:{SCALE_WORDS})\s+", re.IGNORECASE)
# a time a clause opens with before its verb ("từ đầu năm đến nay", "từ tháng 7-9", "lũy kế 9 tháng", "trong quý")
_LEADING_PERIOD = re.compile(
    # ("Tính đến cuối năm 2026 toàn tỉnh có …", "Đến 31/12 toàn tỉnh còn …": the time it is counted up to is a time too;
    # "riêng quý IV đón …", "trong đó tháng 12 có …": a part of the period set apart)
    r"(?:(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?|(?:riêng|trong\s+đó)\s*,?\s+)?"
    r"(?:(?:tính\s+)?từ\s+đầu\s+năm(?:\s+(?:đến|tới)\s+nay)?|(?:(?:trong|từ)\s+)?tháng\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
    # ("Tháng 7/2026 xảy ra 12 vụ ...": a month written bare, with its year or none)
    r"(?:\s*/\s*(?:19|20)\d\d|\s+năm\s+(?:19|20)\d\d)?"
    # ("3 tháng đầu năm tỉnh đón ...", "Quý I/2026, tỉnh cấp ...": the months or the quarter written bare)
    r"|(?:(?:trong|lũy\s+kế|luỹ\s+kế|tính\s+chung)\s+)?\d{1,2}\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?"
    r"(?:\s*/\s*(?:19|20)\d\d|\s+(?:năm\s+)?(?:19|20)\d\d)?"
    r"|(?:trong\s+)?quý\s+(?:[IV]{1,3}|[1-4])(?:\s*/\s*(?:19|20)\d\d|\s+năm\s+(?:19|20)\d\d)?"
    r"|(?:trong\s+)?năm\s+(?:19|20)\d\d"
    # ("Cuối năm 2026 toàn tỉnh còn 18.420 hộ nghèo", "Đầu quý III tỉnh có …": the end or start of a period; a day)
    r"|(?:cuối|đầu|giữa)\s+(?:năm|kỳ|quý(?:\s+(?:[IV]{1,3}|[1-4]))?|tháng(?:\s+\d{1,2})?)"
    r"(?:\s*/\s*(?:19|20)\d\d|\s+(?:năm\s+)?(?:19|20)\d\d)?"
    r"|(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/(?:19|20)\d\d)?"
    r"|trong\s+(?:tháng|quý|năm)(?:\s+(?:này|qua))?"
    # ("riêng dịp Tết Nguyên đán đón …", "trong kỳ nghỉ lễ 30/4 - 1/5 phục vụ …": an occasion's days, a part of the
    # period as a quarter is, named with its capitalised name, its days or its year; data/words/festive_events.csv)
    r"|(?:trong\s+)?(?:dịp|kỳ|mùa)\s+(?:" + word_source("festive_events") + r"|lễ)(?![^\W\d_])"
    # (an occasion's words first: "Quốc khánh" is one name, not a capitalised word and the verb after it)
    r"(?:\s+(?:(?:" + word_source("festive_events") + r"|nguyên\s+đán|dương\s+lịch|âm\s+lịch|cổ\s+truyền)(?![^\W\d_])"
    r"|(?-i:[A-ZĐ])[^\s,;:()]*|\d{1,2}/\d{1,2}|[-–]))*"
    r"(?:\s+năm\s+(?:19|20)\d\d)?)(?:\s*,)?\s+", re.IGNORECASE)


# a label of a time or an area that has something, naming no thing ("Đến nay có", "Toàn tỉnh hiện có", "có thêm")
# ("Năm học 2025-2026 toàn tỉnh có 1.120 trường học", "Trên địa bàn tỉnh hiện có 412 hợp tác xã")
# ("bình quân mỗi tháng có 110 doanh nghiệp thành lập mới": an average a time names only how often)
_NAMES_NOTHING = re.compile(r"(?:(?:đến\s+nay|hiện\s+nay|năm\s+nay|lũy\s+kế(?:\s+đến\s+nay)?"
                            r"|(?:(?:bình\s+quân|trung\s+bình)\s+(?:mỗi|hằng|hàng|một)|mỗi|hằng|hàng)\s+(?:ngày|tuần|tháng|quý|năm)"
                            # ("Cả năm có 2.200 doanh nghiệp thành lập mới", "Trong năm 2019 có ...": the year alone)
                            r"|năm\s+học\s+\d{4}\s*[-–]\s*\d{4}|(?:(?:cả|trong)\s+)?năm(?:\s+(?:19|20)\d\d)?)\s*,?\s*)?"
                            # ("toàn tỉnh Thái Bình có 8/8 huyện ...": the whole area named with its name; not a part
                            # of it, "huyện Pác Nặm 01 dự án", whose name says which)
                            rf"(?:(?:(?:toàn|cả)\s+|trên\s+địa\s+bàn\s+){_AREA_UNITS}(?:\s+(?-i:[A-ZĐ])[^\W\d_]*){{0,4}}\s*"
                            rf"|{_AREA_UNITS}\s*)?"
                            # ("dân số 28.500 người, gồm 24 thôn": what the whole is made of, named after the count)
                            # ("Toàn huyện hiện có 45 hợp tác xã, 120 tổ hợp tác": the clause before cut at its "có"
                            # leaves "Toàn huyện hiện" for the next count of the list; "có 8,5 bác sĩ và 38 giường
                            # bệnh": the list's "và" before the next count, named after its number)
                            # ("Có tổng số 56 hồ sơ": the sum's words name no more than the noun after it)
                            r"(?:(?:hiện\s+|đã\s+|sẽ\s+|vẫn\s+)?có(?:\s+thêm|\s+tổng\s+(?:số|cộng))?|(?:vẫn\s+)?(?:chỉ\s+)?còn(?:\s+lại)?|(?:bao\s+)?gồm|hiện|và|với)?",
                            re.IGNORECASE)
# the kinds of a province's communes, wards and districts, named before their names
_SUB_UNIT_KINDS = LOWER_UNIT_WORDS
# the letters a place that opens a sentence is written with first ("Tại", "Ở", "Riêng", "Huyện", "Xã", "Phường", "Thị
# xã", "Quận", "Đặc khu", "Thành phố"): a cheap test before the pattern
_PLACE_OPENING_LETTERS = "TtỞởRrHhXxPpQqĐđ"
# a commune, ward or district a sentence opens with, as the place its figures are of ("Tại xã Diễn Châu, ...",
# "Ở huyện Mường Tè, ...", "Riêng huyện Thọ Xuân, ..."; a comma after its name: not "Tại xã, các hộ ..."), or as the
# subject of what it has ("Huyện Mường Lát: tỷ lệ hộ nghèo ...", "Thành phố Sầm Sơn đón ..., doanh thu du lịch ...")
# (a city too, "Tại thành phố Đà Lạt, ...": a district's city is a part of the area; a province's, "Tại thành phố Hà
# Nội", is the area itself or another province, which the keying tells apart)
_A_PLACE_OPENS = re.compile(rf"(?:(?:tại|ở|riêng(?:\s+(?:tại|ở))?)\s+)?(?P<kind>{_SUB_UNIT_KINDS}|thành\s+phố)\s+"
                            # (a commune numbered after the merger of 2025: "Tại xã Hà Giang 1, ...")
                            r"(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?(?:\s+\d{1,2})?)"
                            r"(?:\s*[,:]\s|\s+(?=(?:(?:đã|cũng|vẫn)\s+)?(?:đón|đạt|có|thu\s+hút|ước\s+đạt)(?![^\W\d_])))",
                            re.IGNORECASE)
# a group of the communes or districts a sentence opens with ("Ở các huyện miền núi, tỷ lệ hộ nghèo còn 12,5%", "Tại 5
# xã biên giới, ..."): a part of the area, no entry of it
_SOME_PLACES_OPEN = re.compile(rf"(?:tại|ở|riêng(?:\s+(?:tại|ở))?)\s+(?P<group>(?:các|những|một\s+số|\d+)\s+"
                               rf"(?:{_SUB_UNIT_KINDS})(?![^\W\d_])[^,:;.\d]{{0,60}}?)\s*[,:]\s", re.IGNORECASE)
# an average over units of a kind other than a time, opening the clause of what each has ("bình quân mỗi xã có",
# "Trung bình một hộ có"; a time's is _NAMES_NOTHING's: "bình quân mỗi tháng có")
_AN_AVERAGE_PER_UNIT = re.compile(r"(?P<per>(?:bình\s+quân|trung\s+bình)\s+(?:mỗi|một|1)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)"
                                  r"\s+(?:có|đạt)", re.IGNORECASE)
# a commune, ward or district named with its kind that has something ("Xã Nghi Lộc có", "Huyện Yên Thành hiện có",
# "riêng phường Võ Cường có")
_A_PLACE_HAS = re.compile(r"(?:riêng\s+(?:tại\s+|ở\s+)?)?"
                          # ("Thôn Khe Ván có 12 hộ nghèo", "Ấp Tân Hòa còn 9 hộ nghèo": a village has them too)
                          rf"(?P<kind>{_SUB_UNIT_KINDS}|thôn|ấp|tổ\s+dân\s+phố)\s+"
                          r"(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)\s*,?\s+(?:hiện\s+|đã\s+|vẫn\s+)?(?:có|còn)",
                          re.IGNORECASE)


def _a_named_place_having(words: str, whole: bool = False) -> re.Match[str] | None:
    """"Xã Nghi Lộc có ...": a commune, ward or district named with its kind (its name capitalised) that has something,
    at the start of ``words`` (all of them when ``whole``), or None."""
    if "có" not in words and "còn" not in words:
        return None
    place = (_A_PLACE_HAS.fullmatch if whole else _A_PLACE_HAS.match)(words)
    return place if place is not None and all(word[:1].isupper() for word in place.group("name").split()) else None


# who a sentence says its figures are from, opening it up to a comma ("Theo bà Trần Thị Lan, Giám đốc Sở Du lịch,",
# "Theo số liệu của Cục Thống kê,"): the source, no word of what is counted
_A_SOURCE_OPENS = re.compile(r"theo\s+[^\d;:.\n]{2,200},\s*", re.IGNORECASE)


def _only_a_place_opens_before(clean: str, fig: Figure) -> bool:
    """Whether the words before a figure are only the commune, district or group of them its sentence opens with
    ("Tại xã Quỳ Châu, 1.150 hộ …", "Ở các huyện vùng cao, khoảng 3.200 hộ …") or the source it is said by ("Theo
    Cục Thống kê, 1.250 doanh nghiệp …"): a place or a source, no word of what is counted."""
    opening = _after_an_item_mark(clean, fig.sentence[0])
    if clean[opening:opening + 1] not in _PLACE_OPENING_LETTERS:
        return False
    place = (_A_PLACE_OPENS.match(clean, opening) or _SOME_PLACES_OPEN.match(clean, opening)
             # (the hedge cut from the sentence's own words, not from the whole text before: one scan per figure)
             or _A_SOURCE_OPENS.fullmatch(clean, opening,
                                          opening + len(_without_a_hedge(clean[opening:fig.start].rstrip()))))
    return place is not None and place.end() <= fig.start and not _without_a_hedge(clean[place.end():fig.start].strip())


def _after_an_item_mark(clean: str, at: int) -> int:
    """Where the words of a line opening at ``at`` begin, past its list item's mark ("+ ", "- ", "• ")."""
    if at < len(clean) and clean[at] in DASH_CHARS:
        return _SPACES_OF_A_LINE.match(clean, at + 1).end()
    return at


_SPACES_OF_A_LINE = re.compile(r"[ \t]*")


# a commune, ward, district or city a sentence opens with as its subject, whatever it did ("Huyện Chợ Đồn khởi công
# ...", "Thành phố Sông Công đã giải quyết ..."): its name, capitalised, before the verb
_A_PLACE_FIRST = re.compile(rf"(?:(?:tại|ở|riêng(?:\s+(?:tại|ở))?)\s+)?(?P<kind>{_SUB_UNIT_KINDS}|thành\s+phố)\s+"
                            r"(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})", re.IGNORECASE)


def _the_place_its_sentence_opens_with(layout: Layout, fig: Figure) -> str:
    """The kind and name of the commune, district or city the figure's sentence (or line) opens with, when no whole
    area is named after it before the figure ("..., toàn tỉnh có ..."), else ""."""
    clean = layout.clean
    at = _after_an_item_mark(clean, line_opening(layout, fig.sentence[0], fig.start))
    if clean[at:at + 1] not in _PLACE_OPENING_LETTERS or (place := _A_PLACE_FIRST.match(clean, at, fig.start)) is None:
        return ""
    name = " ".join(itertools.takewhile(lambda word: word[:1].isupper(), place.group("name").split()))
    if not name or _AREA_ALONE.search(clean, place.end(), fig.start):
        return ""
    return f"{place.group('kind')} {name}"


def _of_the_place(what: str, place: re.Match[str]) -> str:
    """"hộ nghèo" of "Xã Nghi Lộc có" → "hộ nghèo xã Nghi Lộc"."""
    return f"{what} {place.group('kind').lower()} {place.group('name')}"


# a count of a list, then its "và" before the next count ("... có 8,5 bác sĩ và"), or the "với" before a count its
# things come with ("có 6 trường học với"), the words of the last count's noun no part of the next one's name
_AND_THE_NEXT_COUNT = re.compile(
    r"\d\s+(?P<noun>[^\W\d_](?:[^\d,;:()]|,(?=\s*[^\W\d_])|" + _A_NUMBER_INSIDE_A_NOUN + r"){0,60}?)\s+(?P<and>và|với)$"
)
# the "/196" of "142/196 xã", the "trên 17" of "4 trên 17 xã", and a range's high end, the "-3.000" of "2.500-3.000
# hộ" (its low end counts the same things, named after the high end)
_FRACTION_REST = re.compile(r"(?:(?:\s*[/–-]|\s+(?:trên|đến|tới))\s*\d[\d.,]*)?")
_SAID_AFTER = re.compile(_FRACTION_REST.pattern + r"\s+[^\W\d_]")  # (a word after the count)
_A_PART_ALONE = re.compile(r"[\s,;:(]*trong\s+đó\s*,?\s*(?:có\s+)?", re.IGNORECASE)


def _a_field_heading_before(clean: str, fig: Figure, label: str) -> bool:
    """Is the label the field a line opens with before its colon ("Giáo dục: toàn tỉnh có 412 trường đạt chuẩn
    quốc gia"), which names no catalog entry of the count's unit? The field is the count's topic, not what it
    counts: the noun written after the number names that. (A heading naming an entry, "Tai nạn giao thông: xảy ra
    12 vụ", stays the count's name.)"""
    if len(label.split()) > _FIELD_WORDS or not clean[fig.segment[0]:fig.start].strip():
        return False  # ("Tổng số cử tri lập danh sách: 82.273 cử tri": the words before the colon name the count)
    return _the_heading_before_its_colon(clean, fig) == label and catalog_key(label, fig.unit, "level") is None


def _the_heading_before_its_colon(clean: str, fig: Figure) -> str:
    """The words a line opens with before the colon the figure's segment follows ("Bệnh sốt xuất huyết: ghi nhận 312
    ca mắc" → "Bệnh sốt xuất huyết"), without a list's marks; "" when the segment follows no such colon."""
    line_start = clean.rfind("\n", 0, fig.segment[0]) + 1
    # (from its sentence's start on a line of several: "... so với năm 2025. Ma túy: phát hiện 96 vụ")
    head = clean[max(line_start, fig.sentence[0]):fig.segment[0]].rstrip()
    return head[:-1].rstrip(" *").lstrip(_OPENING_MARKS + "*") if head.endswith(":") else ""


def _the_items_heading_on_its_line(clean: str, fig: Figure) -> str | None:
    """The heading a list item's line opens with, a mark first and the words before its first colon ("- Sởi: 12 ca;
    lũy kế 140 ca", "2. Bệnh ho gà: ... Cộng dồn: 17 ca" → "Bệnh ho gà"), a few words naming something, with no number
    and no place alone; None on a line no such heading opens."""
    line_start = clean.rfind("\n", 0, fig.start) + 1
    item = _AN_ITEMS_HEADING.match(clean, line_start, fig.start)
    if item is None:
        return None
    heading = item.group("name").strip(" *")
    if (len(heading.split()) > _HEADING_WORDS or _DIGIT.search(heading) or _a_place_alone(heading)
            or _NAMES_NOTHING.fullmatch(heading)):
        return None
    return heading


# a list item's mark, a dash or a number, and its heading up to the line's first colon ("- Sởi: ", "2. Bệnh ho gà: ")
_AN_ITEMS_HEADING = re.compile(
    rf"[ \t]*(?:{DASH_MARK}|{NUMBERED_MARK})[ \t]*(?P<name>[^\W\d_][^:\n;.]{{1,60}}?)[ \t]*:"
)
_FIELD_WORDS = 5  # a field is named in a few words ("Giáo dục", "Văn hóa - thể thao")
# a word right after a figure's unit, naming what it counts ("3 người nghiện"; not "1,2 điểm so với năm 2025")
_A_NOUN_AFTER_THE_UNIT = re.compile(r"[ \t]+(?!(?:so|với|và|tăng|giảm|đạt|bằng|chiếm|trong|của|là|cùng|kỳ)(?![^\W\d_]))"
                                    r"[^\W\d_]")
_HEADING_WORDS = 8  # a line's heading before its colon, at most ("Công tác phòng, chống dịch bệnh")


_THE_SAME_IN_OTHER_WORDS = re.compile(r"tương\s+đương(?:\s+(?:với|khoảng|gần|hơn))*", re.IGNORECASE)
_MONEY = frozenset({"VND", "USD"})
# a list item's line up to its figure: its mark, its name (a word first) and a colon ("- Từ 15-64 tuổi: ")
_A_LIST_ITEMS_NAME = re.compile(rf"[{DASH_CHARS}+•]\s*(?P<name>[^\W\d_][^:\n]{{2,60}}?)\s*:\s*")


def _inside_a_bracket(clean: str, fig: Figure) -> bool:
    """Does a bracket opened in the figure's sentence before it stay open at the figure ("... (Đà Lạt 9,2 triệu
    lượt)")?"""
    return clean.count("(", fig.sentence[0], fig.start) > clean.count(")", fig.sentence[0], fig.start)


# what opens a part of a whole before its name ("trong đó quý IV", "Trong đó, quý I", "riêng tháng 12")
_A_PART_OPENS = re.compile(r"(?:trong\s+đó|riêng)\s*,?\s*", re.IGNORECASE)


# the verbs a part of the period may give its amount with where the whole's was said with "đạt" ("Lượng khách cả năm
# đạt 3,2 triệu lượt, riêng quý III đón 1,1 triệu lượt")
_A_PARTS_OWN_VERB = re.compile(r"(?:ước\s+)?(?:đón|tiếp\s+đón|phục\s+vụ|thu\s+hút|thu\s+được)$", re.IGNORECASE)
_PARTS_VERB_WORDS = 3


def _names_only_a_part_of_the_period(words: str, previous: dict, clean: str, fig: Figure) -> bool:
    """Do ``words``, the own words of ``fig`` after the figure ``previous`` of its sentence, name only a part of its
    period ("quý IV", "tháng 12"), with at most a verb that gives the amount: one of receiving or bringing in, or the
    words the figure before was said with again ("Thu hút 45 dự án, riêng quý IV thu hút 12 dự án")?"""
    noun = _noun_after_a_count(clean, fig.unit_end, fig.sentence[1])
    noun_before = _noun_after_a_count(clean, previous["unit_end"], fig.sentence[1])
    if noun is not None and noun.group(1).strip() and noun.group(1).strip() != (
            noun_before.group(1).strip() if noun_before is not None else ""):
        return False  # ("…, riêng quý IV đón 620 nghìn lượt khách quốc tế": a part of the whole, named by its noun)
    if _only_its_time(words):
        return True
    said_before = f"{previous['indicator_label']} {clean[previous['figure'].segment[0]:previous['figure'].start]}"
    # (the clause from its comma: an estimate's word may have opened the figure's own words after the period, "riêng
    # tháng 2 ước đón")
    clause_start = max(clean.rfind(mark, previous["unit_end"], fig.start) for mark in ",;") + 1
    split = _A_PART_OPENS.sub("", clean[max(clause_start, previous["unit_end"]):fig.start].strip(), count=1).split()
    for n in range(1, min(_PARTS_VERB_WORDS, len(split) - 1) + 1):
        verb = " ".join(split[-n:])
        if (_A_PARTS_OWN_VERB.fullmatch(verb) or verb.lower() in said_before.lower()) and _only_its_time(
                " ".join(split[:-n])):
            return True
    return False


# an occasion's days set apart as a part of the whole's period ("riêng dịp Tết", "trong đó kỳ nghỉ lễ 30/4"): the
# occasion's words, data/words/festive_events.csv
_AN_OCCASION_SET_APART = re.compile(r"(?:trong\s+đó|riêng)\s*,?\s*(?:trong\s+)?(?:dịp|kỳ|mùa)\s+(?:"
                                    + word_source("festive_events") + r"|lễ)(?![^\W\d_])", re.IGNORECASE)


def _only_its_time(words: str) -> bool:
    """Do ``words`` name only a time ("quý IV", "Lũy kế 8 tháng"), or an occasion (``_LEADING_PERIOD``: "dịp Tết
    Nguyên đán", "kỳ nghỉ lễ 30/4 - 1/5"), whose days are a part of the period as a quarter is?"""
    if names_only_a_period(words + " "):
        return True
    said = _LEADING_PERIOD.match(words + " ")
    return said is not None and not words[said.end():].strip()


# the abbreviations a label is written with, and their words spelled out (data/words/label_abbreviations.csv; case
# kept: "DN" is an abbreviation, "dn" no word)
_SPELLED_OUT = {
    abbreviation: spelled
    for spelled, abbreviations in keyed_word_lists("label_abbreviations", "spelled").items()
    for abbreviation in abbreviations
}
_AN_ABBREVIATION = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, _SPELLED_OUT)) + r")(?![^\W\d_])")


def _with_its_abbreviations_spelled_out(words: str) -> str:
    """``words`` with each abbreviation of ``_SPELLED_OUT`` spelled out ("DN đang hoạt động" → "doanh nghiệp đang hoạt
    động")."""
    return _AN_ABBREVIATION.sub(lambda m: _SPELLED_OUT[m.group()], words) if words else words


# a comparison with the rate of another time, alone before it ("cao hơn mức tăng", "thấp hơn so với tốc độ tăng")
_HIGHER_OR_LOWER_THAN_ALONE = re.compile(
    r"(?:cao|thấp)\s+hơn(?:\s+(?:so\s+với\s+)?(?:mức|tốc\s+độ)(?:\s+tăng(?:\s+trưởng)?)?(?:\s+(?:là|của))?)?",
    re.IGNORECASE,
)


def _a_rate_compared_with(own: str, previous: dict | None, fig: Figure) -> bool:
    """Is ``fig`` the rate the figure before it, in its sentence, unit and metric, is said higher or lower than, with
    only the words of that comparison before it (``own``: "cao hơn mức tăng")?"""
    return (
        "hơn" in own
        and _HIGHER_OR_LOWER_THAN_ALONE.fullmatch(own) is not None
        and previous is not None
        and previous["sentence"] == fig.sentence
        and previous["unit"] == fig.unit
        and previous["metric"] == fig.metric
        and bool(previous["indicator_label"])
    )


def _the_high_end_of_a_range(previous: dict | None, fig: Figure, clean: str) -> bool:
    """Is ``fig`` the high end of a range whose low end is the figure before it, in its sentence and unit, of its
    metric, or a plan's ("7-7,5%" after "chưa đạt chỉ tiêu Nghị quyết": the low end read as the plan, the high end as
    the level a bare number is)?"""
    return (
        previous is not None
        and previous["sentence"] == fig.sentence
        and previous["unit"] == fig.unit
        and previous["metric"] in (fig.metric, "target" if fig.metric == "level" else fig.metric)
        and bool(
            _RANGE_TO.fullmatch(clean, previous["end"], fig.start)
            or _RANGE_TO.fullmatch(clean, previous["unit_end"], fig.start)
        )
    )


def _a_level_a_change_goes_on_to(own: str, previous: dict | None, fig: Figure, clean: str) -> bool:
    """Is ``fig`` a level said after a change of its sentence, in the change's unit, with only its time before it
    (``own``: "đến cuối năm 2026 còn 3,4%") and no noun of its own after it?"""
    return (
        bool(own)
        and previous is not None
        and previous["sentence"] == fig.sentence
        and bool(previous["indicator_label"])
        and previous["unit"] == fig.unit
        and fig.metric == "level"
        and previous["metric"] in _CHANGES
        and _only_its_time(own)
        and not _A_NOUN_AFTER_THE_UNIT.match(clean, fig.unit_end)
    )


def _as_the_entry_of(figure_before: dict, metric: str) -> dict:
    """The indicator fields of a figure read as the same entry as ``figure_before`` (its label and key), with
    ``metric``."""
    return {"indicator_label": figure_before["indicator_label"], "metric": metric,
            "indicator_key": figure_before["indicator_key"]}


def _follows(previous: dict | None, fig: Figure, clean: str) -> bool:
    """Does a percentage without a subject of its own take the figure before it? Not when that
    figure is an absolute change on another base ("so với 31/12 tăng 1.000 tỷ đồng (+5,2%)"): the
    change has no key, but its percentage is the entry's and is read anew."""
    if previous is None or fig.metric not in PERCENT_METRICS or names_what_changed(clean[fig.end:fig.sentence[1]]):
        return False  # (nor when its words say what changed: "giảm 15% về số doanh nghiệp")
    if fig.metric == "share_pct" and a_share_of_units_named_after(clean[max(0, fig.start - 12):fig.start],
                                                                  clean[fig.end:fig.end + 30]):
        return False  # (nor a share of the units it names: "..., có 93% số hộ dùng nước sạch")
    if fig.metric == "share_pct" and _a_share_opening_on_units_of_its_own(previous, fig, clean):
        return False  # (nor "76/86 xã đạt chuẩn nông thôn mới, 100% hộ dân có điện": the households' share)
    return (previous["indicator_key"] is not None or previous["metric"] != "level"
            or not _CHANGE_BEFORE.search(clean, fig.sentence[0], fig.start))


# "..., 100% hộ dân có điện", "..., 97,5% số trường được kiên cố hóa": a share opening its segment, then the units
# it is a share of and a verb of their own (not a base or a plan: "98% kế hoạch", "45% so với ...", "60% tổng vốn")
_OWN_UNITS_AFTER_A_SHARE = re.compile(
    r"\s*(?:(?:số|tổng\s+số|các)\s+)?(?!(?:so|với|kế|kh|dự|của|trong|cùng|mục|chỉ|nhiệm|trở|lên|năm|tháng|quý|trên"
    r"|tổng|dân\s+số)(?![^\W\d_]))([^\W\d_]+)[^,;.\d()%]{0,50}?\s(?:có|đạt|được|tham\s+gia|sử\s+dụng|dùng)(?![^\W\d_])",
    re.IGNORECASE)
_QUALIFIER_ONLY = re.compile(rf"\s*(?:(?:{HEDGE_WORDS})\s*)?", re.IGNORECASE)


def _a_share_opening_on_units_of_its_own(previous: dict, fig: Figure, clean: str) -> bool:
    """Does a share that opens its segment name, after it, units of its own with their verb, other than the ones
    the figure before counts ("98 xã đạt chuẩn, 76% số xã đạt ..." is a share of those communes)?"""
    if not _QUALIFIER_ONLY.fullmatch(clean, fig.segment[0], fig.start):
        return False
    units = _OWN_UNITS_AFTER_A_SHARE.match(clean, fig.unit_end, fig.sentence[1])
    if units is None:
        return False
    counted = clean[previous["end"]:previous["unit_end"]].lower().split()
    return units.group(1).lower() not in counted


# what stands between a figure and the plan written right after it ("đạt 38.198 tấn/KH 41.000",
# "ước tăng 8,31%/KH tăng 3"), or between the two ends of that plan's range ("41.000-42.000")
_PLAN_AFTER_SLASH = re.compile(r"\s*/\s*(?:KH|kế\s+hoạch)(?:\s+năm)?(?:\s+(?:tăng|giảm|đạt))?\s*", re.IGNORECASE)
_PLAN_RANGE_TO = re.compile(r"\s*[-–]\s*")
# the plan a figure passed, reached or fell short of, named after it with the plan's own figure in a bracket ("đạt
# 9,1%, vượt kế hoạch đề ra (8,5%)", "đạt 92%, chưa đạt chỉ tiêu Nghị quyết (95%)"), past the base of the figure's
# change ("tăng 7,85% so với năm 2025, vượt kế hoạch đề ra (7,5%)")
# (a rate per year before it: "đạt 6,8%/năm, chưa đạt chỉ tiêu Nghị quyết (7-7,5%)")
_PLAN_IN_A_BRACKET_AFTER = re.compile(
    r"(?:\s*/\s*năm)?(?:\s+so\s+với\s+[^,;()]{1,40}?)?"
    r"\s*,?\s*(?:vượt|đạt|không\s+đạt|chưa\s+đạt|hoàn\s+thành|thấp\s+hơn|cao\s+hơn)"
    r"\s+(?:so\s+với\s+)?(?:kế\s+hoạch|KH|chỉ\s+tiêu|mục\s+tiêu)"
    r"(?:\s+[^\W\d_]+){0,4}\s*\(\s*",
    re.IGNORECASE,
)
# between the ends of a range ("15-20%", "7% - 8%", "từ 58 đến 60 tạ/ha", "dao động từ 6.800 đồng/kg tới 7.200 đồng/kg")
# or of a change from one level to another ("giảm từ 4,12% xuống còn 2,85%", "tăng từ 47 lên 63 xã")
# (the change's starting level may have its year after it: "giảm từ 3,4% năm 2024 xuống còn 2,9%")
# (the unit a range's first end may leave to the second, "15-20%", "47 lên 63 xã"; the verb of a level moved to)
_UNIT_LEFT_TO_THE_SECOND = r"\s*(?:%|/\s*[^\W\d_]+)?\s*"
_MOVED_TO = r"(?:xuống|lên)(?:\s+(?:còn|mức))?"
# (the time the low end was at may stand between, a year's or one of no number in brackets: "giảm từ 4,12% (đầu năm)
# xuống còn 0,86%")
_RANGE_TO = re.compile(_UNIT_LEFT_TO_THE_SECOND + r"(?:[-–]|đến|tới|(?:\(?\s*(?:(?:cuối|đầu)\s+)?năm\s+\d{4}\s*\)?\s*"
                       r"|\([^()\d]{1,30}\)\s*)?" + _MOVED_TO + r")\s*", re.IGNORECASE)


# the plan a share of it states in brackets right after it: "đạt 71,2% kế hoạch năm (kế hoạch 1.200 doanh nghiệp)"
_ITS_PLAN_IN_BRACKETS = re.compile(r"[^\S\n]*(?:kế\s+hoạch|KH)(?:\s+năm(?:\s+\d{4})?)?[^\S\n]*\((?:kế\s+hoạch|KH)"
                                   r"(?:\s+năm(?:\s+\d{4})?)?[\s:]*(?:là\s+)?\d[^()\n]{0,40}\)", re.IGNORECASE)


def _the_entry_its_plan_counts(clean: str, fig: Figure, key: str | None,
                               recent: list[tuple[int, dict]]) -> dict | None:
    """The entry a share of the plan is of when the plan it states in brackets is counted in a unit the entry it was
    given cannot be ("giảm 12,6% về vốn đăng ký; đạt 71,2% kế hoạch năm (kế hoạch 1.200 doanh nghiệp)": the share is
    of the firms, the sentence's last level counted in firms, not of the capital): that level's row; None when the plan
    is in the given entry's unit ("(kế hoạch 15.000 tỷ đồng)") or the sentence counted nothing in the plan's unit."""
    if "(" not in clean[fig.unit_end:fig.unit_end + 30] or key is None:
        return None
    plan = _ITS_PLAN_IN_BRACKETS.match(clean, fig.unit_end, fig.sentence[1])
    if plan is None:
        return None
    stated = find_figures(clean[clean.index("(", plan.start()) + 1:plan.end() - 1])
    if not stated or stated[0].unit in ("pct", None) or fits(CATALOG_BY_KEY[key], stated[0].unit, "target"):
        return None
    return next((row for offset, row in reversed(recent) if offset >= fig.sentence[0] and row["metric"] == "level"
                 and row["unit"] == stated[0].unit), None)


def _plan_of_the_figure_before(previous: dict | None, fig: Figure, clean: str) -> bool:
    """Is the target the plan of the figure right before it in its sentence, written after a slash
    (``A/KH B``) or in a bracket after the plan it passed (``A, vượt kế hoạch đề ra (B)``: a level there too), or
    the high end of that plan's range (the low end, a number without its unit, ends at its digits)? It is that
    figure's entry, whatever word stands last before it."""
    if previous is None or fig.metric not in ("target", "level"):
        return False
    if (previous["sentence"] == fig.sentence and previous["unit"] == fig.unit
            and _PLAN_IN_A_BRACKET_AFTER.fullmatch(clean, previous["unit_end"], fig.start)):
        return previous["metric"] != "target"  # (a level in the bracket too: the plan's figure, "(57%)")
    if fig.metric != "target":
        return False
    if _PLAN_AFTER_SLASH.fullmatch(clean, previous["unit_end"], fig.start):
        return previous["metric"] != "target"
    return previous["metric"] == "target" and bool(_PLAN_RANGE_TO.fullmatch(clean, previous["end"], fig.start))

# "giảm 1,5% (-800 ha)": an absolute change opening a bracket right after a percentage change
_BRACKET_AFTER_A_CHANGE = re.compile(r"\s*\(\s*[+\-−–]?\s*")


def _absolute_change_in_brackets(previous: dict | None, fig: Figure, clean: str) -> bool:
    """Is the figure an absolute change written in a bracket right after the percentage change of the
    figure before it, in its sentence? It restates that change in the entry's own unit."""
    return (previous is not None and fig.metric == "yoy_abs" and previous["metric"] in ("yoy_pct", "change_pct")
            and previous["sentence"] == fig.sentence
            and _BRACKET_AFTER_A_CHANGE.fullmatch(clean, previous["unit_end"], fig.start) is not None)


# "tăng 13,6% so với cùng kỳ, cao hơn cùng kỳ (10,2%)": after the rate before it, only its clause of comparison and
# the bracket's opening
_HIGHER_THAN_THE_SAME_TIME = re.compile(r"[^.;()\d]*?" + HIGHER_THAN_THE_SAME_TIME + r"\s*\(\s*", re.IGNORECASE)


def _restates_for_the_same_time(before: Figure, fig: Figure, clean: str) -> bool:
    """Is the figure the rate ``before`` it in its sentence as it was a year earlier, a bare percentage in a
    bracket after "cao/thấp hơn cùng kỳ"? It is that rate's entry and metric (its period is the earlier year's)."""
    return (before.sentence == fig.sentence and fig.unit == before.unit == "pct" and fig.metric == "level"
            and _HIGHER_THAN_THE_SAME_TIME.fullmatch(clean, before.unit_end, fig.start) is not None)


_DIGIT = re.compile(r"\d")
_OPENS_A_BREAKDOWN = re.compile(r"\s*[Tt]rong\s+đó\b")
# "..., bằng 91% kế hoạch năm, trong đó cây lương thực 44.000 ha; ...": a breakdown opened inside the
# sentence, after the whole's figures and a comma
_BREAKDOWN_INSIDE = re.compile(r"[,;]\s*trong\s+đó\b(?!.*\btrong\s+đó\b)", re.IGNORECASE | re.DOTALL)


# "gieo trồng 2.150 ha (ngô 420 ha, rau 280 ha)", "3.100 ha cây hằng năm (lúa ...)": a bracket opened right after a
# figure in hectares (and the few words naming what was sown) lists its parts
_HECTARES_RIGHT_BEFORE = re.compile(r"\d\s*ha(?:\s+[^\W\d_]+){0,4}\s*$", re.IGNORECASE)


def _opens_a_breakdown(clean: str, fig: Figure) -> bool:
    """Is the figure in a breakdown ("Trong đó, ngô 6.000 ha", "..., trong đó lúa 4.000 ha", "2.150 ha (ngô 420 ha,
    ...)") of its sentence?"""
    return bool(_OPENS_A_BREAKDOWN.match(clean, fig.sentence[0], fig.start)
                or _BREAKDOWN_INSIDE.search(clean, fig.sentence[0], fig.start)
                or _in_a_bracket_after_hectares(clean, fig))


def _in_a_bracket_after_hectares(clean: str, fig: Figure) -> bool:
    """Does the figure stand in a bracket, still open, that opens right after a figure in hectares?"""
    opened = clean.rfind("(", fig.sentence[0], fig.start)
    return (opened >= 0 and clean.find(")", opened, fig.start) < 0
            and _HECTARES_RIGHT_BEFORE.search(clean, max(fig.sentence[0], opened - 48), opened) is not None)


def _goes_on_a_breakdown(clean: str, fig: Figure, recent: list[tuple[int, dict]]) -> bool:
    """Is the figure's sentence the next item of a breakdown of the area sown, in its paragraph ("Trong đó
    lúa 30 ha. Ngô 12 ha. Lạc 5 ha": the crops after the first take no "trong đó" of their own)?"""
    before = [(offset, row) for offset, row in recent[-6:] if offset < fig.sentence[0]]
    if not before or before[-1][0] < clean.rfind("\n", 0, fig.start) + 1:
        return False
    last = before[-1][1]
    return (last["indicator_key"] == "cultivated_area" and last["unit"] == "ha"
            and a_crop_of_the_area_sown(last["indicator_label"], "ha", last["metric"], True))


# a number in a subject, not a sector's own number ("khu vực 2 tăng 5,35% và khu vực 3 tăng 6,22%"): a digit with no
# "khu vực " right before it (tested after the digit, which the look-behinds then end with: the engine skips to the
# digits instead of testing the look-behinds at every character of a subject, most of which holds no digit)
# (nor an ordinal's: "Tỷ lệ sinh con thứ 3 trở lên", "lần thứ 2")
_DIGIT_NOT_OF_A_SECTOR = r"\d(?<!khu vực \d)(?<!Khu vực \d)(?<!thứ \d)"
# (an age is a word of the subject: "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ"; so is the one unit an amount is
# per: "Giá trị sản xuất trên 1 ha đất trồng trọt", "số giường bệnh trên 1 vạn dân"; and so is the salinity a salt
# line is drawn at: "ranh mặn 4‰ vào sâu 65 km", "ranh mặn 1 g/l xâm nhập 40 km")
# (nor is a bound of what is counted, "nợ chậm đóng từ 3 tháng trở lên", nor a decision's or resolution's number,
# "theo Quyết định số 14/2023/QĐ-UBND", "Nghị quyết 125/NQ-HĐND": words of the subject, no figures)
# (nor the few doses a rate of vaccination counts: "tỷ lệ tiêm 2 mũi vắc xin sởi", as "trẻ 18 tháng tuổi" is its age)
_NO_FIGURE_AFTER = r"|\s+[^\W\d_]+\s+trở\s+(?:lên|xuống)\b|/(?:\d{2,4}/)?[A-ZĐ]|(?<![\d.,][1-4])(?<=[1-4])\s+mũi\b"
_AN_AGE_AFTER = r"\s+(?:tháng\s+)?tuổi\b"  # ("trẻ em dưới 1 tuổi", "trẻ 18 tháng tuổi")
_FIGURE_DIGIT = re.compile(
    _DIGIT_NOT_OF_A_SECTOR
    + r"(?![\d.,]*(?:"
    + _AN_AGE_AFTER
    + r"|\s*‰|\s*g/l\b"
    + _NO_FIGURE_AFTER
    + "))"
    + NOT_THE_ONE_UNIT_PER
)
_NUMBER_AND_PERCENT = re.compile(
    _DIGIT_NOT_OF_A_SECTOR
    + r"[\d.,]*(?![\d.,]|"
    + _AN_AGE_AFTER
    + _NO_FIGURE_AFTER
    + ")"
    + NOT_THE_ONE_UNIT_PER
    + r"\s*%?"
)


# a province alone, as whose or where ("của Lào Cai", "tại tỉnh Hà Giang"): a short capitalised name, no entry
_A_PROVINCE_ALONE = re.compile(r"(?i:của|tại)\s+(?:(?i:tỉnh|thành\s+phố|TP\.?)\s+)?(?:[A-ZĐ][^\W\d_]*\s*){1,4}")
# "của tỉnh", "trên địa bàn toàn tỉnh": the report's own area, as words after a period's number leave it
# (not the area's noun alone: "01 thành phố và 07 huyện" counts them)
_OWN_AREA_ONLY = re.compile(r"(?:(?:của|trên\s+địa\s+bàn|tại)\s+(?:(?:toàn|cả)\s+)?|(?:toàn|cả)\s+)"
                            rf"(?:{UNIT_WORDS})(?:\s+(?:ta|nhà|này))?", re.IGNORECASE)
# "Tỉnh", "tỉnh ta", "Thành phố": the report's own province alone, as the subject of its clause (not a district's or a
# commune's word: "Huyện đạt 12 tiêu chí" is a part of the province)
_THE_PROVINCE_ALONE = re.compile(r"(?:(?:toàn|cả)\s+)?(?:tỉnh|thành\s+phố)(?:\s+(?:ta|nhà|này))?", re.IGNORECASE)
# the words of a period left after its number ("(GRDP) 9 tháng đầu năm của tỉnh": "tháng đầu năm")
_A_PERIODS_WORDS = re.compile(r"^(?:tháng|quý)(?:\s+(?:đầu|cuối)\s+năm)?\s+", re.IGNORECASE)
# "GRDP quý I năm 2027 theo giá hiện hành ước đạt": the prices an amount is valued at, after a period's number, name
# no entry; the words before the period do
# "chiếm 40%", "chiếm tỷ trọng khoảng 32%": the verb of a share right before its percent
_SHARE_SAID_RIGHT_BEFORE = re.compile(rf"(?<![^\W\d_])chiếm(?:\s+t[ỷỉ]\s+(?:trọng|lệ))?\s*(?:(?:{HEDGE_WORDS})\s*)?$",
                                      re.IGNORECASE)
_A_LETTER = re.compile(r"[^\W\d_]")
# "Cơ cấu kinh tế:", "b) Cơ cấu GRDP (giá hiện hành):", "Cơ cấu lao động:": a line opening with a structure's name
# opens a list of its parts, each item's percent its share of the whole; the economy's (GRDP's) parts are its sectors
# (not "Chuyển đổi cơ cấu cây trồng:": a change of a structure, its items no shares)
_STRUCTURE_HEAD = re.compile(r"[ \t]*(?:(?:" + NUMBERED_MARK + "|" + DASH_MARK + r")\s*)?cơ\s+cấu(?![^\W\d_])"
                             r"(?P<economy>\s+(?:(?:các\s+)?(?:ngành|khu\s+vực)\s+)?"
                             r"(?:kinh\s+tế|GRDP|tổng\s+sản\s+phẩm)(?![^\W\d_]))?", re.IGNORECASE)
# the opening of a line's structure ("Cơ cấu kinh tế:") and the parts listed after its colon before a figure's own part,
# each with its percent and the mark after it ("nông nghiệp 19,3%, ", "NN 19,3% - ", "dịch vụ 32,7%; ")
_EARLIER_PARTS_OF_A_STRUCTURE = re.compile(
    _STRUCTURE_HEAD.pattern + rf"[^:\n\d]{{0,60}}:(?P<parts>(?:\s*[^\W\d_][^\d:;\n]{{0,60}}?\d[\d.,]*\s*%\s*"
    rf"[{DASH_CHARS},;])+)\s*",
    re.IGNORECASE,
)
_A_BASIS_YEAR = re.compile(r"\s+(?:năm\s+)?(?:19|20)\d\d$")  # ("theo giá so sánh 2010": the base year)
_PRICE_BASIS_ONLY = re.compile(r"(?:tính\s+)?theo\s+giá\s+(?:hiện\s+hành|so\s+sánh|cố\s+định)", re.IGNORECASE)
# a length of time inside a subject, no figure ("lãi suất kỳ hạn 12 tháng", "tiền gửi kỳ hạn trên 12 tháng", "lao động
# hợp đồng 6 tháng"): a word of how long something lasts (data/words/lengths_of_time.csv) and its count of days to years
# (so is an age, a range of ages or one in months, and the first hours or days of a life: "trẻ 3-5 tuổi", "trẻ 18 tháng
# tuổi", "tiêm vắc xin viêm gan B sơ sinh trong 24 giờ đầu")
_A_LENGTH_OF_TIME = re.compile(
    r"(?<![^\W\d_])(?:" + word_source("lengths_of_time") + r")\s+\d{1,3}\s+(?:ngày|tuần|tháng|năm)(?![^\W\d_])"
    r"|(?<![\d.,])\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:tháng\s+)?tuổi(?![^\W\d_])"
    r"|(?<![^\W\d_])trong\s+\d{1,3}\s+(?:giờ|ngày)\s+đầu(?![^\W\d_])",
    re.IGNORECASE,
)
def _the_tail_of_the_figure_before(clean: str, fig: Figure, previous: dict | None, after_number: str) -> str | None:
    """When the words after the last number before the figure (``after_number``) open on the unit of the figure before
    in its clause, they are that figure's, and the count is named by the noun after its number ("cột mốc
    chính" of "dài 80,48 km của tỉnh có 23 cột mốc chính"); None otherwise, and when the noun is the count's unit
    alone ("01 trường mầm non với 09 nhóm": read as before) or the figure is no count ("60 triệu đồng/căn xây mới và 30
    triệu đồng/căn sửa chữa": the second is named by the words after its own unit)."""
    if (
        previous is None
        or fig.unit not in _COUNTED
        or previous["sentence"] != fig.sentence
        or not fig.segment[0] <= previous["end"] < fig.start
    ):
        return None
    unit_words = clean[previous["end"] : previous["unit_end"]].strip()
    if not unit_words or unit_words[:1].isdigit() or not after_number.startswith(f"{unit_words} "):
        return None
    counted_from = _FRACTION_REST.match(clean, fig.end).end()
    after = _noun_after_a_count(clean, counted_from, fig.sentence[1])
    written = _SCALE_OPENING.sub("", after.group(1).strip()) if after else ""
    unit = clean[min(counted_from, fig.unit_end) : fig.unit_end]
    return written if len(written.split()) > len(unit.split()) else None


def _the_next_amount_after_the_tail_before(
    clean: str, fig: Figure, previous: dict | None, after_number: str
) -> str | None:
    """When the words after the last number before an amount (``after_number``) are the unit of the amount before in
    its clause and what that was for, joined by "và" ("60 triệu đồng/căn xây mới và 30 triệu đồng/căn sửa chữa"), the
    amount is the same subject's, named with what it is for after its own unit ("Mức hỗ trợ sửa chữa"); None
    otherwise."""
    if (
        previous is None
        or fig.unit in _COUNTED
        or previous["unit"] != fig.unit
        or not previous["indicator_label"]
        or previous["sentence"] != fig.sentence
        or not fig.segment[0] <= previous["end"] < fig.start
        or not clean[previous["unit_end"] : fig.start].rstrip().endswith(" và")
    ):
        return None
    unit_words = clean[previous["end"] : previous["unit_end"]].strip()
    # (its unit may be a rate per something: "triệu đồng/căn")
    if not unit_words or unit_words[:1].isdigit() or not after_number.startswith((f"{unit_words} ", f"{unit_words}/")):
        return None
    per = _A_RATES_BASE.match(clean, fig.unit_end)
    after = _NOUN_AFTER_AN_AMOUNT.match(clean, per.end() if per else fig.unit_end, fig.sentence[1])
    noun = after.group(1).strip() if after is not None else ""
    return f"{previous['indicator_label']} {noun}".strip()[:200]


_A_RATES_BASE = re.compile(r"\s*/\s*[^\W\d_]+")  # (the "/căn" of "30 triệu đồng/căn sửa chữa")


def _a_figure_in(words: str) -> bool:
    """Do the words hold a figure's number, not one inside the subject they name (a length of time or an age: "lãi
    suất kỳ hạn 12 tháng", "trẻ 3-5 tuổi")?"""
    return bool(_FIGURE_DIGIT.search(_A_LENGTH_OF_TIME.sub(" ", words) if any(c.isdigit() for c in words) else words))


# a change joined by "và" right before its figure ("bằng 112% kế hoạch năm và tăng"), and the words that complete the
# figure before it, its plan or its base ("kế hoạch năm", "dự toán HĐND tỉnh giao", "so với quý I")
_A_CHANGE_JOINED_RIGHT_BEFORE = re.compile(r"\s+và\s+(?:tăng|giảm|bằng)(?:\s+thêm)?\s*$", re.IGNORECASE)
_WHAT_COMPLETES_A_FIGURE = re.compile(
    r"(?:so\s+với\s+|của\s+)?(?:" + _A_PLAN_ALONE.pattern + r"|dự\s+toán(?:\s+[^\W\d_]+){0,4}"
    r"|(?:cùng\s+kỳ|tháng|quý|năm|kỳ|đầu\s+năm|cuối\s+năm)(?:\s+[^\W\d_]+){0,3})",
    re.IGNORECASE,
)
# the words a day or a month is counted to with ("đến cuối", "tính đến hết", "tới ngày"), left at a subject's end when
# the period after them was taken off it ("Tổng vốn huy động ... đến cuối tháng 9/2025 đạt": "... đến cuối")
_AN_AS_OF_LEFT = re.compile(r"\s+(?:tính\s+)?(?:đến|tới)(?:\s+(?:cuối|hết|ngày|thời\s+điểm))?$", re.IGNORECASE)
_AN_AS_OF_SAID = re.compile(
    r"(?<![^\W\d_])(?:đến|tới)\s+(?:(?:cuối|hết|ngày|thời\s+điểm)\s+)?(?:(?:ngày|tháng|quý|năm)\s+)?\d", re.IGNORECASE
)


def _without_an_as_of_cut_off(own: str, segment_before: str) -> str:
    """The subject without the words a day or month is counted to with, when the segment said such a day or month
    after them and the subject was read without it ("Dư nợ ... trên địa bàn tỉnh đến hết tháng 6/2026 đạt" → "Dư nợ ...
    trên địa bàn tỉnh"); as it is otherwise ("Số lượt khách quốc tế đến": where the guests came, a word of the name)."""
    left = _AN_AS_OF_LEFT.search(own)
    if left is None or not left.start() or not _AN_AS_OF_SAID.search(segment_before):
        return own
    return own[: left.start()]


# the words after a count up to a "và", and the word or two after it that open the next count's clause ("đơn vị ra tòa
# và chuyển" of "khởi kiện 12 đơn vị ra tòa và chuyển 8 hồ sơ")
_A_CLAUSE_JOINED_AFTER_A_COUNT = re.compile(
    r"[^\W\d_][^,;:()]*?\s+và\s+(?P<verb>[^\W\d_]+(?:\s+[^\W\d_]+)?)", re.IGNORECASE
)
# "kim ngạch xuất khẩu 7 tháng năm 2027 của cả nước đạt": the country, after a period's number, is whose the entry
# named before the period is (kept in the label: a province's report may quote the country's figure)
_THE_NATION_ONLY = re.compile(r"(?:của\s+)?(?:cả\s+nước|toàn\s+quốc)", re.IGNORECASE)
# "doanh thu dịch vụ lưu trú, ăn uống đạt ...", "ngành chế biến, chế tạo tăng 12%": a name with a comma inside
# (guarded: one branch per way of writing a name's first letter, the same matches, which the engine skips to instead of
# trying the ~30 names at every character of the window around a figure's comma; 4-5x faster)
_NAME_WITH_COMMAS = guarded(word_pattern("names_with_commas", re.IGNORECASE))
_CLAUSE_MARKS_BEFORE = ",;:("
# a place's kind abbreviated with a dot, right before a segment the dot was read to open ("TP. Hồ Chí Minh")
_A_PLACES_KIND_ABBREVIATED = re.compile(r"(?:" + "|".join(PLACE_ABBREVIATIONS) + r")\.\s*$")
# the words left between an amount's unit and the next amount after "và" (what the first counted, a name's comma
# inside): "42,68 tỷ đồng| và |86,4 ha", "4.936 hộ| gia đình, cá nhân và |38 tổ chức"
_AND_THE_NEXT_AMOUNT = re.compile(r"(?:\s*,?\s*[^\W\d_]+){0,5}?\s+và\s+")


def _name_across_the_comma(clean: str, fig: Figure) -> int:
    """Where the figure's segment opens when the comma it opens after is one inside a name (the clause the name
    opens in); the segment's own opening otherwise."""
    start, sentence_start = fig.segment[0], fig.sentence[0]
    comma = start - 1
    while comma > sentence_start and clean[comma] in " \t":
        comma -= 1
    if comma <= sentence_start or clean[comma] != ",":
        return start
    name = _name_over_the_comma(clean, comma, sentence_start, fig.start)
    return start if name is None else _clause_opening(clean, sentence_start, name.start(), _CLAUSE_MARKS_BEFORE)


def _name_over_the_comma(clean: str, comma: int, start: int, end: int) -> re.Match | None:
    """The name with a comma inside ("nông, lâm nghiệp", "chế biến, chế tạo") whose comma is the one at ``comma``
    (a name found between ``start`` and ``end``), if any."""
    for name in _NAME_WITH_COMMAS.finditer(clean, max(start, comma - 60), min(end, comma + 60)):
        if name.start() < comma < name.end():
            return name
    return None


def _widened_over_a_name(clean: str, sentence_start: int, end: int, label: str) -> str:
    """The label, as the last words before ``end`` it is, with the words before the comma it opens after when that
    comma is inside a name ("lâm nghiệp và thủy sản" after "Nông, ": "Nông, lâm nghiệp và thủy sản")."""
    at = clean.rfind(label, sentence_start, end)
    comma = at - 1
    while comma > sentence_start and clean[comma] in " \t":
        comma -= 1
    if at < 0 or comma <= sentence_start or clean[comma] != ",":
        return label
    name = _name_over_the_comma(clean, comma, sentence_start, end)
    if name is None:
        return label
    return own_subject(clean[_clause_opening(clean, sentence_start, name.start()):at + len(label)] + " ") or label


def _clause_opening(clean: str, sentence_start: int, at: int, marks: str = ",;:") -> int:
    """Where the clause that ``at`` stands in opens: after the last of ``marks`` before it in its sentence, a comma
    inside a name not counted ("Giá trị sản xuất nông, lâm nghiệp và thủy sản (giá so sánh)": the whole name)."""
    mark = max(clean.rfind(one, sentence_start, at) for one in marks)
    while mark > sentence_start and ((clean[mark] == "," and (
            name := _name_over_the_comma(clean, mark, sentence_start, at)) is not None) or (
            clean[mark] == "(" and clean.find(")", mark, at) >= 0)):
        # ("Giá trị tăng thêm (VA) ngành nông, lâm nghiệp": a bracket closed before it is an aside inside the clause)
        mark = max(clean.rfind(one, sentence_start, name.start() if clean[mark] == "," else mark) for one in marks)
    return max(mark + 1, sentence_start)


def _subject_before_a_name_in_brackets(clean: str, fig: Figure, segment_before: str) -> str:
    """'chỉ số sản xuất công nghiệp (IIP) tăng 18%': a segment opening right after a bracketed name
    (no figure inside) goes on with the subject written before the bracket."""
    start = fig.segment[0]
    if start <= fig.sentence[0] or clean[start - 1] != ")":
        return ""
    opening = clean.rfind("(", fig.sentence[0], start)
    if opening < 0 or _DIGIT.search(clean, opening, start):
        return ""
    return own_subject(clean[_clause_opening(clean, fig.sentence[0], opening):opening] + " " + segment_before)


def _subject_before_a_bracketed_figure(clean: str, fig: Figure, segment_before: str) -> str:
    """'kế đến là khu vực dịch vụ (29,38%)': a figure alone at the opening of a bracket belongs to the
    words before the bracket when they name a subject and hold no figure of their own."""
    opening = fig.segment[0] - 1
    signed = segment_before.strip() in _SIGNS
    if opening <= fig.sentence[0] or clean[opening] != "(" or (segment_before.strip() and not signed):
        return ""
    head = clean[_clause_opening(clean, fig.sentence[0], opening):opening]
    if ")" in head:
        # "huyện Trảng Bom (540 ca) và thành phố Long Khánh (395 ca)": the item before, closed with its own bracket, and
        # the "và" that joins the next one are no words of this one's subject
        head = _AN_ITEM_JOINED.sub("", head[head.rfind(")") + 1:], count=1)
    if signed and (not names_a_subject(head) or _BASE_OPENS.match(head)
                   or catalog_key(own_subject(head), fig.unit, fig.metric, clean[fig.sentence[0]:opening + 1]) is None):
        # "khu vực dịch vụ tăng (+3,6%)": a signed figure alone in the bracket is the change of the entry
        # named before it; "so với cùng kỳ giảm (-9%)", "sang quý II giảm (-5%)" name only the base or the
        # period of the figure before's entry
        return ""
    return "" if _DIGIT.search(head) else own_subject(head)


_SIGNS = frozenset({"+", "-", "−", "–"})
_AN_ITEM_JOINED = re.compile(r"^\s*(?:,\s*)?(?:và\s+|cùng\s+)?")
_BASE_OPENS = re.compile(r"\s*so\s", re.IGNORECASE)


def _subject_before_a_comma(clean: str, fig: Figure) -> str:
    """'khu vực công nghiệp và xây dựng, tăng 2,78%': a figure whose segment after a comma has no subject
    of its own belongs to the name the comma closes, when that name holds no figure of its own."""
    comma = len(clean[fig.sentence[0]:fig.segment[0]].rstrip()) + fig.sentence[0] - 1
    if comma <= fig.sentence[0] or clean[comma] != ",":
        return ""
    opening = _clause_opening(clean, fig.sentence[0], comma)
    name = clean[opening:comma]
    if _an_item_of_a_list_after_a_figure(clean, fig.sentence[0], opening):
        # "xuất khẩu 5.120 tấn vải sang Trung Quốc, Úc, Hàn Quốc, tăng 25%", "đón 4,1 triệu lượt khách tham quan, lưu
        # trú, tăng 22%": the last item of a list the figure before's clause went on with (where to, of what) names no
        # subject; the change is that figure's
        return ""
    return (own_subject(name) if not _DIGIT.search(name) and names_a_subject(name) and not only_a_link_or_a_time(name)
            else "")


def _an_item_of_a_list_after_a_figure(clean: str, sentence_start: int, opening: int) -> bool:
    """Is the clause opening at ``opening`` an item after a comma of a list whose first item is the end of a clause
    with a figure in it (its items joined by commas alone back to that clause)?"""
    at = opening
    while ((comma := len(clean[sentence_start:at].rstrip()) + sentence_start - 1) > sentence_start
           and clean[comma] == ","):
        item_opening = max(clean.rfind(mark, sentence_start, comma) for mark in ",;:") + 1
        if _DIGIT.search(clean, max(item_opening, sentence_start), comma):
            # (not a rank's whole, "xếp thứ 63/63 tỉnh, thành phố, giảm 0,19%": the change is of what was ranked)
            return _A_RANK_AFTER.search(clean, max(item_opening, sentence_start), comma) is None
        if item_opening <= sentence_start or clean[item_opening - 1] != ",":
            return False
        at = item_opening
    return False


# "(9 tháng năm 2023 tăng 4,64%)", "(cùng kỳ năm trước tăng 5%)": the growth of an earlier year in brackets
_EARLIER_GROWTH_IN_BRACKETS = re.compile(
    r"\(\s*(?:[^()]{0,40}?(?:/|\bnăm\s+)(?:19|20)\d\d|cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái))?)"
    r"\s+(?:chỉ\s+)?(?:tăng|giảm)\s+$", re.IGNORECASE)


def _around_spans(paragraphs: list[tuple[int, int]], spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The paragraphs with the spans taken out: a table read on the text's lines, which the layout joined into the
    paragraph around it as it joins wrapped lines, ends the text before it and opens the text after it."""
    if not spans:
        yield from paragraphs
        return
    for start, end in paragraphs:
        for a, b in sorted(spans):
            if start < b and a < end:
                if start < a:
                    yield start, a
                start = max(start, b)
        if start < end:
            yield start, end


def _in_spans(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in spans)


# "b) Nhập khẩu", "2.3. Du lịch" on a line of its own: a numbered heading, its name after its mark (as long as the
# names of the entries are: "b) Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng")
_NUMBERED_HEADING_LINE = re.compile(r"[ \t]*" + NUMBERED_MARK + r"[ \t]+(?P<name>[^\W\d_][^\W\d_ ,\-–]*"
                                    r"(?:[ ,\-–]+[^\W\d_]+){0,13})[ \t:]*\n\s*")


# a subject naming only "the whole branch" ("Chỉ số sản xuất toàn ngành"), and the numbered heading of a section, a
# few words on a line of their own ("3. Công nghiệp", "b) Du lịch")
_THE_WHOLE_BRANCH = re.compile(r"(?<![^\W\d_])(?:toàn|cả)\s+ngành$", re.IGNORECASE)
_SECTION_HEADING = re.compile(r"^[ \t]*" + NUMBERED_MARK
                              + r"[ \t]+(?P<name>[^\W\d_][^\W\d_ ,\-–]*(?:[ ,\-–]+[^\W\d_]+){0,5})[ \t:.]*$",
                              re.MULTILINE)
_SECTION_REACH = 3000  # (a section's heading is read a few paragraphs back, no further)


def _in_place_of_the_whole_branch(head: str, branch: str) -> str:
    """The subject ``head`` ("Chỉ số sản xuất") of the branch a heading names ("Sản xuất công nghiệp"), the words both
    share said once ("Chỉ số sản xuất công nghiệp")."""
    head_words, branch_words = head.split(), branch.lower().split()
    shared = next((n for n in range(min(len(head_words), len(branch_words)), 0, -1)
                   if [w.lower() for w in head_words[-n:]] == branch_words[:n]), 0)
    return " ".join([*head_words, *branch_words[shared:]])


def _the_branch_its_section_is_of(clean: str, at: int) -> str | None:
    """The name the nearest numbered heading line above ``at`` gives its section ("Công nghiệp"), or None."""
    line_start = clean.rfind("\n", 0, at) + 1
    headings = list(_SECTION_HEADING.finditer(clean, max(0, line_start - _SECTION_REACH), line_start))
    return headings[-1].group("name") if headings else None


# a yield or an output named by its head noun alone, and the crop a sentence opens with by its area ("Diện tích lúa
# mùa gieo cấy 12.000 ha", "Diện tích nuôi trồng thủy sản thực hiện 1.315 ha", "Cây mơ diện tích hiện có 724 ha")
_YIELD_OR_OUTPUT_ALONE = re.compile(r"(?:năng\s+suất|sản\s+lượng)", re.IGNORECASE)
_CROP_OPENS = re.compile(
    r"[^\w\n]*(?:[Dd]iện\s+tích\s+(?:gieo\s+(?:trồng|cấy)\s+|trồng\s+(?:mới\s+)?|nuôi\s+trồng\s+|cây\s+)?"
    r"(?P<crop>[^\W\d_][^,;:.\d()]{1,40}?)"
    r"\s+(?:gieo\s+(?:trồng|cấy)|thực\s+hiện|hiện\s+có|ước|dự\s+ước|đạt|là|được|có|khoảng|gần|hơn|\d)"
    r"|[Cc]ây\s+(?P<tree>[^\W\d_]+(?:\s+[^\W\d_]+)?)(?=\s*:?\s*diện\s+tích))")
# "Lúa Đông Xuân gieo cấy 42.000 ha", "Ngô xuống giống được 8.100 ha": a crop a sentence opens with by its sowing
_CROP_BY_ITS_SOWING = re.compile(r"[^\w\n]*(?P<crop>[^\W\d_][^,;:.\d()]{1,40}?)\s+(?:gieo\s+(?:trồng|cấy)|xuống\s+giống"
                                 r"|thu\s+hoạch|trồng(?:\s+mới)?)\s+(?:(?:được|ước|đạt|khoảng)\s+)*\d")


_YIELD_OR_OUTPUT_OF_A_CROP = re.compile(r"(?:[Nn]ăng\s+suất|[Ss]ản\s+lượng)\s+(.+)")

# "...; cà phê 8.400 ha, sản lượng ...": a later clause of a list of crops, opening on the crop and its area
_A_CROP_OPENING_A_CLAUSE = re.compile(r"\s*(?:(?:trong\s+đó|riêng)\s*,?\s*)?(?P<crop>[^\W\d_][^,;:.\d()]{1,40}?)"
                                      r"\s+(?:(?:đạt|ước|khoảng|gần|hơn|có)\s+)*\d[\d.,]*\s*ha(?![^\W\d_])",
                                      re.IGNORECASE)


def _the_crop_sown_in_the_sentence_before(layout: Layout, fig: Figure, recent: list[tuple[int, dict]]) -> str | None:
    """The crop a yield or an output named alone at the opening of its sentence is of: the one whose area in
    hectares the sentence right before it (in its paragraph) opened with ("Diện tích lúa mùa gieo cấy 12.000 ha.
    Năng suất ...", "Lúa Đông Xuân gieo cấy 42.000 ha. Sản lượng ..."). None when no such area stands there."""
    clean = layout.clean
    if not recent or clean[fig.sentence[0]:fig.start].lstrip(_OPENING_MARKS)[:1].lower() not in ("n", "s"):
        return None  # (the head noun must open the sentence: "Năng suất đạt", "Sản lượng ước")
    before_start = _the_sentence_before(clean, fig)
    if fig.sentence[0] <= before_start:
        return None
    before = [(offset, row) for offset, row in recent[-3:] if before_start <= offset < fig.sentence[0]]
    for _, row in before:
        # "... gieo cấy 42.000 ha. Năng suất đạt 62 tạ/ha. Sản lượng ước 260.400 tấn": the crop the yield before took
        named = _YIELD_OR_OUTPUT_OF_A_CROP.fullmatch(row["indicator_label"] or "")
        if named is not None and row["unit"] in ("quintal_per_ha", "tonne"):
            return named.group(1)
    area = next((offset for offset, row in before if row["unit"] == "ha"), None)
    if area is None:
        return None
    # (from the line the area's sentence stands on: a title above it, with no full stop, is joined to it)
    before_start = layout.lined.rfind("\n", before_start, area) + 1 or before_start
    opened = (_CROP_OPENS.match(clean, before_start, fig.sentence[0])
              or _CROP_BY_ITS_SOWING.match(clean, before_start, fig.sentence[0]))
    if opened is None:
        return None
    crop = (opened.group("crop") or opened.group("tree")).strip()
    return crop[0].lower() + crop[1:] if crop[1:2].islower() else crop


# "Về du lịch, ...", "Về lĩnh vực xuất khẩu, ...": the topic a sentence opens with, before its first comma
_TOPIC_FRONTED = re.compile(r"\W*(?:[Vv]ề|[Đđ]ối\s+với)\s+(?:(?:lĩnh\s+vực|hoạt\s+động|ngành|công\s+tác)\s+)?"
                            r"(?P<topic>[^\W\d_][^,;:.\d]{1,40}?)\s*,\s*")
# the words a bound or a level opens with, left at a label's end ("GRDP từ", "tăng trưởng với mức", "ở mức")
_A_BOUND_S_WORDS = re.compile(r"\s+(?:(?:với|ở|đạt)\s+)?(?:mức|từ)$", re.IGNORECASE)
# a total brought up to the figure ("nâng tổng số sản phẩm OCOP lên", "nâng số trường đạt chuẩn lên")
_RAISED_TO = re.compile(r"nâng\s+(?P<whole>(?:tổng\s+)?số(?:\s+(?P<what>[^\W\d_].*?))?)\s+lên", re.IGNORECASE)
# the words a fronted topic opens with ("Về xuất khẩu", "Đối với lĩnh vực du lịch"), no part of the entry
_TOPIC_WORD = re.compile(r"(?:[Vv]ề|[Đđ]ối\s+với)\s+(?:(?:lĩnh\s+vực|hoạt\s+động|ngành|công\s+tác)\s+)?")
# "Xuất khẩu" over "Ước đạt 5.120 triệu USD": a heading of a few words on a line of its own, capitalised, with no mark
_BARE_HEADING_LINE = re.compile(r"\s*(?P<name>[^\W\d_][^\W\d_ ,\-–]*(?:[ ,\-–]+[^\W\d_]+){0,4})[ \t:]*\s*")


def _a_bare_heading_line(layout: Layout, fig: Figure, opening: int) -> re.Match[str] | None:
    """The line above the figure's, when the layout joined it to the figure's sentence (no full stop ends it) and it
    is a heading: a few capitalised words and nothing else."""
    if opening <= fig.sentence[0]:
        return None
    heading = _BARE_HEADING_LINE.fullmatch(layout.clean, line_opening(layout, fig.sentence[0], opening - 1), opening)
    return heading if heading is not None and heading.group("name")[0].isupper() else None


# the noun phrase after a rate, to its clause's end, that is no base nor plan of it ("98,2% hồ sơ đúng hạn", not
# "76,3% kế hoạch", "12% so với cùng kỳ", "9% tổng vốn"), to the next rate joined by "và" too ("96% thôn có điện và 9%")
_SUBJECT_AFTER_A_RATE = re.compile(
    r"\s*(?!(?:so|kế|kh|dự|tổng|của|trong|cùng|chỉ|mục|nhiệm|trở|lên|xuống|năm|tháng|quý|và|với|tăng|giảm|là|"
    r"đạt|bằng|chiếm|trên|dưới|điểm|/)(?![^\W\d_]))([^\W\d_](?:[^,;:.()\d%/]|" + _A_NUMBER_INSIDE_A_NOUN + r"){3,120}?)"
    r"\s*(?=[,;:.()]|$|(?:và\s+(?:\d|tăng|giảm)|so\s+với)(?![^\W\d_]))",
    re.IGNORECASE)
_AIMED_CHANGES = frozenset({"target", "yoy_pct", "yoy_abs", "change_pct"})


# a change's verb and the bound or the range's opening before its percent ("giảm ít nhất 10%", "kéo giảm từ 5%")
_CHANGED_BY_A_BOUND = re.compile(r"(?<![^\W\d_])(?:tăng|giảm)(?:\s+thêm)?\s+(?:từ|ít\s+nhất|tối\s+thiểu|(?:"
                                 + HEDGE_WORDS + r"))\s*$", re.IGNORECASE)
_TO_THE_HIGH_END = re.compile(r"\s*(?:đến|tới|[-–])\s*\d[\d.,]*\s*%", re.IGNORECASE)


def _the_change_named_after(clean: str, fig: Figure) -> str | None:
    """What a change said with its verb right before its number names after it ("giảm 1,5% hộ nghèo" → "hộ nghèo",
    "tăng 2.000 hộ nghèo" → "hộ nghèo"; not a unit alone: "giảm 5 vụ"), or None."""
    if not _CHANGED_RIGHT_BEFORE.search(clean, max(fig.segment[0], fig.start - 12), fig.start) and not (
            fig.unit == "pct" and _CHANGED_BY_A_BOUND.search(clean, max(fig.segment[0], fig.start - 24), fig.start)):
        return None
    if fig.unit == "pct":
        # (after the high end of a range the low end opens: "giảm từ 5% đến 10% số người chết")
        high_end = _TO_THE_HIGH_END.match(clean, fig.unit_end, fig.sentence[1])
        after = _subject_after_a_rate(clean, high_end.end() if high_end else fig.unit_end, fig.sentence[1])
        written = after.group(1).strip() if after is not None else ""
        return written if names_a_subject(written) else None
    if fig.unit not in _COUNTED:
        return None
    after = _noun_after_a_count(clean, fig.end, fig.sentence[1])
    written = after.group(1).strip() if after is not None else ""
    unit_words = len(clean[fig.end:fig.unit_end].split())
    return written if len(written.split()) > max(unit_words, 1) else None


def _a_subject_named_after_a_change(clean: str, fig: Figure) -> bool:
    """Does a change name a subject of its own after its number ("giảm 3,15% số vụ"), not the measure of the subject
    before ("tăng 9,4% về số lượng", "giảm 6,5% về vốn đầu tư": what "về" opens is read as that measure)?"""
    changed = _the_change_named_after(clean, fig)
    return changed is not None and changed[:3].lower() != "về "


_FROM_A_NUMBER_ON = re.compile(r"\d.*$")  # ("giải quyết việc làm cho 9.820 lao động": the name ends before its amount)
_CARRIED_WORDS = 20  # (an entry's name: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", no run of clauses)


# a label that ends in the verb of an aim, the figure aimed at after it ("Ngành y tế phấn đấu", "Tỉnh phấn đấu đạt")
_WHO_AIMS_ALONE = re.compile(r"(?<![^\W\d_])phấn\s+đấu(?:\s+(?:đạt|có(?:\s+thêm)?))?$", re.IGNORECASE)


def _what_is_aimed_at(clean: str, fig: Figure) -> str | None:
    """What an aim's figure measures, written after its number: a count's rate per unit ("35 giường bệnh/vạn dân"), a
    count's noun ("12 xã đạt chuẩn nông thôn mới"), a rate's subject ("95% hộ dân dùng nước sạch"); None if nothing
    but the unit follows."""
    if fig.unit == "pct":
        after = _subject_after_a_rate(clean, fig.unit_end, fig.sentence[1])
        return after.group(1).strip() if after is not None and names_a_subject(after.group(1)) else None
    if fig.unit not in _COUNTED:
        return None
    if fig.unit_label and "/" in fig.unit_label:
        return fig.unit_label
    after = _noun_after_a_count(clean, fig.end, fig.sentence[1])
    named = after.group(1).strip() if after is not None else ""
    return named if len(named.split()) > len(clean[fig.end:fig.unit_end].split()) else None


def _the_total_raised_to(clean: str, fig: Figure, previous: dict | None, segment_before: str) -> str | None:
    """The label of a running total a count before is added to ("Có thêm 15 sản phẩm OCOP, nâng tổng số lên 208 sản
    phẩm OCOP" → "sản phẩm OCOP"): what is totalled, written after its number, or, in its unit alone, the noun the count
    before was written with ("có thêm 12 trường đạt chuẩn quốc gia, nâng tổng số lên 410/560 trường" → "trường đạt
    chuẩn quốc gia"); None when the figure's own words raise no total."""
    if "lên" not in segment_before or (raised := _RAISED_TO.search(segment_before)) is None or (
            segment_before[raised.end():].strip()):
        return None
    if raised["what"]:
        return raised["whole"]
    after = _noun_after_a_count(clean, _FRACTION_REST.match(clean, fig.end).end(), fig.sentence[1])
    named = after.group(1).strip() if after is not None else ""
    before = _noun_after_a_count(clean, previous["end"], fig.start) if previous is not None and previous[
        "sentence"] == fig.sentence else None
    counted = before.group(1).strip() if before is not None else ""
    if named and counted.startswith(f"{named} "):
        return counted
    return named if len(named.split()) > 1 else None


# how many sentences naming only their period a chain goes back over to the one that named its entry
_CHAIN_SENTENCES = 2


def _the_subject_a_chain_opened(text_before: str) -> str:
    """The subject the last sentence of ``text_before`` opens with, or, when that sentence names only its period too,
    the one the sentence before it opened with ("Tổng mức bán lẻ tháng 6 ước đạt …. Quý II ước đạt …. 6 tháng ước
    đạt …": each period of the chain goes on with the entry its first sentence named)."""
    text = text_before.rstrip()
    subject = opening_subject(text)
    for _ in range(_CHAIN_SENTENCES):
        if not names_only_a_period(subject + " "):
            break
        opens_at = text.rfind(subject)
        sentence_end = max(text.rfind(". ", 0, opens_at), text.rfind(".\n", 0, opens_at))
        if sentence_end < 0:
            break
        text = text[:sentence_end + 1]
        subject = opening_subject(text)
    return subject


def _subject_carried_over(opening: str) -> str | None:
    """The subject an opening of a sentence names, without the period fronting it ("Quý III/2026, tăng
    trưởng kinh tế" → "tăng trưởng kinh tế"), or None when it names only a period."""
    parts = [part.strip(" ,:-–") for part in opening.split(",")]
    named = [part for part in parts if part and not names_only_a_period(part + " ")]
    if not named or ";" in named[-1] or "%" in named[-1] or len(named[-1].split()) > 12:
        return None  # (a run of clauses, not a subject)
    return named[-1]


# the catalog's rates of a whole's people, households or land ("Tỷ lệ hộ nghèo", "Tỷ lệ che phủ rừng"): a share of that
# whole said of them is the rate itself
_RATES_OF_A_WHOLE = frozenset({"health_insurance_coverage", "poverty_rate", "trained_labour_rate", "forest_cover"})
# the words a contribution to growth is said with, all its label names of its own ("đóng góp", "Đóng góp khoảng")
_CONTRIBUTION_ALONE = re.compile(r"(?:và\s+)?đóng\s+góp(?:\s+(?:khoảng|gần|hơn|được))?", re.IGNORECASE)
# what it was contributed to, after its unit ("vào mức tăng trưởng chung", "vào tăng trưởng GRDP của tỉnh")
_CONTRIBUTED_TO_AFTER = re.compile(r"\s*(?:điểm\s+(?:phần\s+trăm|%)\s*)?(vào\s+(?:mức\s+|tốc\s+độ\s+)?tăng"
                                   r"(?:\s+trưởng)?[^,;.()\d]{0,60}?)\s*(?=[,;.()]|$)", re.IGNORECASE)


def _the_contribution_of(clean: str, fig: Figure, label: str | None, grown: str | None) -> str | None:
    """The label of a contribution to growth whose clause names only its verb, after the growth of the sector it
    follows ("khu vực dịch vụ tăng 8,4%, đóng góp 3,05 điểm phần trăm vào mức tăng trưởng chung" → "Đóng góp của khu
    vực dịch vụ vào mức tăng trưởng chung"); None when its own words name more, or no sector is named before it."""
    if not label or not grown or _CONTRIBUTION_ALONE.fullmatch(label.strip()) is None:
        return None
    to = _CONTRIBUTED_TO_AFTER.match(clean, fig.unit_end, fig.sentence[1])
    grown = without_the_part_opener(grown)  # ("Trong đó, khu vực dịch vụ tăng 8,4%")
    sector = grown[:1].lower() + grown[1:] if grown[1:2].islower() else grown
    return f"Đóng góp của {sector}" + (f" {to.group(1).strip()}" if to is not None else "")


# "quy mô" alone, the size of what a clause before named ("GRDP tăng 7,2%; quy mô đạt …")
_A_SIZE_ALONE = re.compile(r"\s*quy\s+mô\s*", re.IGNORECASE)
# the qualifiers of one kind a list states in turn, the head they share said once (data/words/sister_qualifiers.csv)
_SISTER_QUALIFIERS = {word.lower(): kind for kind, words in keyed_word_lists("sister_qualifiers", "kind").items()
                      for word in words}


def _a_sister_of_the_label_before(own: str, previous: dict, fig: Figure) -> str | None:
    """The label of a figure whose own words are only a qualifier of the kind the label of the figure before in its
    sentence ends on, with the head that label said once: "Số người tham gia BHXH bắt buộc 185.000 người, tự nguyện
    48.000 người" → "Số người tham gia BHXH tự nguyện"; None otherwise."""
    kind = _SISTER_QUALIFIERS.get(own.strip().lower())
    before = previous["indicator_label"]
    if (kind is None or not before or previous["sentence"] != fig.sentence or previous["unit"] != fig.unit
            or previous["metric"] != fig.metric):
        return None
    for word, its_kind in _SISTER_QUALIFIERS.items():
        if (its_kind == kind and before.lower().endswith(f" {word}")
                and word != own.strip().lower()):
            return f"{before[:-len(word)]}{own.strip()}"
    return None


def _a_province_by_name(own: str) -> bool:
    """Is ``own`` a province named with its kind word and nothing more ("Tỉnh Lạng Sơn", "Thành phố Huế")?"""
    if len(own) > 40:
        return False
    named = find_provinces(own)
    return len(named) == 1 and named[0].prefixed and named[0].start == 0 and named[0].end == len(own.rstrip())


# the subject before "là" and the kind it is one of ("Dệt may là mặt hàng có ...", "Hàn Quốc là một trong những đối tác
# ..."; data/words/kinds_a_subject_is_ranked_among.csv)
_A_SUBJECT_RANKED_AMONG_ITS_KIND = re.compile(
    r"(?P<subject>[^\W\d_][^,;:()]{0,60}?)\s+là\s+(?:một\s+trong\s+(?:những|các|số)\s+)?(?:"
    + word_source("kinds_a_subject_is_ranked_among") + r")(?![^\W\d_])", re.IGNORECASE)


# a label naming only the base of a change ("so với 31/12/2021", the clause "; so với 31/12/2021 tăng 1.475 tỷ đồng"
# opens on), no subject
_ONLY_A_BASE = re.compile(r"\s*so\s+với\b", re.IGNORECASE)


def _subject_of_a_change(fig: Figure, label: str | None, previous: dict | None) -> str | None:
    """The subject of a change or a gap filed as a level (``fig.change_named``), which its row is named by with the
    change ("Dư nợ: mức tăng so với đầu năm"): a clause naming only its base is of the level said before it in the
    sentence."""
    if (not label or _ONLY_A_BASE.match(label)) and previous is not None and previous["sentence"] == fig.sentence:
        label = previous["indicator_label"]
    return None if label and _ONLY_A_BASE.match(label) else label


def _indicator_fields(layout: Layout, fig: Figure, extra: dict, previous: dict | None,
                      whole_province: bool = False, title: str = "") -> dict:
    """Label, catalog key and metric of an indicator figure; ``whole_province``: a table row of one province whole,
    the row's place; ``title``: the text's title, whose subject a figure that names none of its own is of."""
    clean = layout.clean
    if "label" in extra and not extra.get("free_text"):  # a table row: the label column is the subject
        label = extra["label"]
        # (a district's row is a part of the report's area, no entry of it; a province's row of a table of provinces,
        # "Cần Thơ | 7,8" under "Tăng trưởng GRDP (%)", is that province's entry, keyed to it)
        key = None if extra.get("sub_unit") and not whole_province else catalog_key(label, fig.unit, fig.metric)
        if key is not None and extra.get("part_of") and key == catalog_key(extra["part_of"], fig.unit, fig.metric):
            key = None  # a row under a table's total: a part of the caption's entry ("Bán lẻ hàng hóa")
        return {"indicator_label": label or None, "metric": fig.metric, "indicator_key": key}
    # (a line of its own names the figure, not the heading or the unpunctuated sentence the layout joined it to)
    opening = line_opening(layout, fig.sentence[0], fig.start)
    on_its_line = fig if opening == fig.sentence[0] else replace(
        fig, sentence=(opening, fig.sentence[1]), segment=(max(opening, fig.segment[0]), fig.segment[1]))
    named_over_a_comma = _name_across_the_comma(clean, on_its_line)
    if named_over_a_comma != on_its_line.segment[0]:
        on_its_line = replace(on_its_line, segment=(named_over_a_comma, fig.segment[1]))
    opening_of_the_segment = on_its_line.segment[0]
    if "." in clean[opening_of_the_segment - 2 : opening_of_the_segment] and (
        dot := _A_PLACES_KIND_ABBREVIATED.search(clean, max(0, opening_of_the_segment - 6), opening_of_the_segment)
    ):
        # "Công an TP. Hồ Chí Minh tiếp nhận 9.400 hồ sơ": the dot of a place's abbreviated kind ends no clause; the
        # subject is the clause the place's name stands in
        opens = _clause_opening(clean, on_its_line.sentence[0], dot.start(), _CLAUSE_MARKS_BEFORE)
        on_its_line = replace(on_its_line, segment=(opens + (opens > on_its_line.sentence[0]), fig.segment[1]))
    if (contrast := _the_last_contrast_after_a_figure(clean, on_its_line.segment[0], fig.start)) is not None:
        # "có 62.000 con chó nhưng tỷ lệ tiêm phòng mới đạt 41%": a contrast after a figure opens a clause of its own,
        # its subject after the conjunction (the figure before and its noun are no words of it)
        on_its_line = replace(on_its_line, segment=(contrast, fig.segment[1]))
    segment_before = clean[on_its_line.segment[0]:fig.start]
    own = (own_subject(segment_before) or _subject_before_a_name_in_brackets(clean, on_its_line, segment_before)
           or _subject_before_a_bracketed_figure(clean, on_its_line, segment_before)
           or _subject_before_a_comma(clean, on_its_line))
    own = _without_a_contrast(own)
    if own and ("đến" in own[-16:] or "tới" in own[-16:]):
        own = _without_an_as_of_cut_off(own, segment_before)
    joined_to_another_change = False
    if fig.metric in _CHANGES and (verb := _A_CHANGE_VERB_AT_THE_END.search(own)) is not None:
        # "Số xã đạt chuẩn nông thôn mới tăng thêm 15 xã", "Tỷ lệ hộ nghèo giảm bình quân 1,2%/năm": the change's verb
        # and how far or how evenly it went are no words of the subject that changed (as a bare "tăng" is not)
        own = own[: verb.start()]
    if own[:1] in "tTgG" and _A_CHANGE_VERB_ALONE.fullmatch(own):
        # "đạt 8,2 tỷ USD, tăng thêm 1,1 tỷ USD so với năm trước", "tăng tới 15%": the change's verb and how far it went
        # name no subject; the clause is read as the verb alone ("tăng 1,1 tỷ USD": the subject before's change)
        own, segment_before = "", f"{own.split()[0]} "
    if own and fig.metric == "plan_pct" and (actor := _AN_ACTOR_ATTAINING.fullmatch(own)) is not None:
        # "Tỉnh hoàn thành 80% kế hoạch trồng rừng", "Huyện X đạt 95% chỉ tiêu giảm nghèo": the area that attained the
        # plan is who did it, no subject; the plan is named after the share by what is done, or, when nothing is
        # named after it, is the plan of the entry its sentence gave ("Sản lượng chè đạt 12.400 tấn, toàn tỉnh hoàn
        # thành 97% kế hoạch")
        done = _what_the_plan_is_of(clean, fig)
        if done is not None:
            own = done
        elif actor["verb"] and previous is not None and previous["sentence"] == fig.sentence:
            own = ""
    if own and fig.metric == "plan_pct" and _PLAN_ATTAINED_ALONE.fullmatch(own):
        # "đạt 6,72 triệu lượt, tăng 17,5%, hoàn thành 64% kế hoạch năm": the verb a plan is attained with names no
        # subject, as "đạt" does not; the plan's share is the entry's the clause before gave
        own = ""
    if own and _ASPECT_ALONE.fullmatch(own) and (
            (aspect := _ASPECT_BEFORE_A_VERB.match(verb := _without_a_contrast(segment_before.lstrip(_OPENING_MARKS))))
            and verb[aspect.end():].strip().lower() in _WHAT_IS_LEFT):
        # "Số hộ nghèo giảm 312 hộ, (nhưng) vẫn còn 2.105 hộ": the conjunction and "vẫn" name nothing; the clause is
        # read as "còn 2.105 hộ", what is left of the subject before (not "Hiện hơn 700 cán bộ", "đang thực hiện 01
        # cuộc": other verbs, which the noun after the number names with)
        own, segment_before = "", verb[aspect.end():]
    if own[:3].lower() in ("của", "tại") and (_A_PROVINCE_ALONE.fullmatch(own) or _OWN_AREA_ONLY.fullmatch(own)):
        # "chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của Lào Cai đạt 69,5 điểm", "(IIP) của tỉnh tăng": whose the
        # entry is, after its bracketed name, names nothing; the words before the bracket do
        own = _subject_before_a_name_in_brackets(clean, on_its_line, segment_before) or own
    if own and "giá" in own and _PRICE_BASIS_ONLY.fullmatch(_A_BASIS_YEAR.sub("", own)):
        # "(GRDP) 9 tháng năm 2020 theo giá so sánh 2010 ước đạt": the price basis after the bracketed name, with its
        # year, names nothing; the words before the bracket do
        own = _subject_before_a_name_in_brackets(clean, on_its_line, "") or own
    if own and _a_figure_in(own):
        # "... đạt 6,5% - Khu vực công nghiệp tăng 6,8%": the words after the last number name it (not a length of
        # time inside the subject: "lãi suất huy động kỳ hạn 12 tháng phổ biến 4,7%" is one name, a term's months in it)
        after_number = _NUMBER_AND_PERCENT.split(own)[-1].strip(" -–,;:")
        if only_the_base_of_a_change(after_number) or (
            fig.metric in _CHANGES
            and _A_CHANGE_JOINED_RIGHT_BEFORE.search(segment_before)
            and _WHAT_COMPLETES_A_FIGURE.fullmatch(after_number)
        ):
            # "giảm 4,3% so với tháng trước và tăng 17,2%", "bằng 112% kế hoạch năm và tăng 34,5% so với cùng kỳ", "tăng
            # 14,2% so với quý I và tăng 27% so với cùng kỳ": the plan or base the figure before was of, and the change
            # joined to it by "và", name no subject; the change is the subject's before
            own = ""
        elif (
            after_number
            and _ANOTHER_CHANGE_ALONE.fullmatch(_NUMBER_AND_PERCENT.sub(" ", own, count=1))
            and len(_NUMBER_AND_PERCENT.findall(own)) == 1
        ):
            # "So với năm trước, giảm 240 vụ và tăng 55 tỷ đồng": a change said before with its amount and unit's
            # words alone names no subject of the next change joined to it (of another unit); the change is read as
            # one alone, by its verb (a bare percent before, "giảm 0,19% và giảm 03 bậc", is left to the ranks)
            verb = segment_before[segment_before.rfind(own) + len(own) :]
            own, segment_before = "", _AN_ITEM_JOINED.sub("", verb, count=1)
            joined_to_another_change = True
        elif (_OWN_AREA_ONLY.fullmatch(rest := _A_PERIODS_WORDS.sub("", after_number))
              or _PRICE_BASIS_ONLY.fullmatch(rest)):
            # "Tăng trưởng GRDP năm 2025 của tỉnh ước đạt", "(CPI) tháng 12/2025 của tỉnh tăng": the report's own
            # area after a period's number names nothing; the words before the period do (with what the period
            # left after its number: "(GRDP) 9 tháng của tỉnh")
            own = (own_subject(own[:own.rfind(after_number) + len(after_number) - len(rest)])
                   or _subject_before_a_name_in_brackets(clean, on_its_line, ""))
        elif _a_province_by_name(after_number.removeprefix("của ").lstrip()) and (
                entry := own_subject(own[:own.rfind(after_number)])):
            # "CPI tháng 9/2026 tỉnh X tăng", "Doanh thu quý 2/2027 của tỉnh X": a province named with its kind after
            # a period's number, as a headline writes it, names no entry (whose it is, the placement reads); the words
            # before the period do, when they name any (not "năm 2023 tỉnh X đạt": the entry is the clause before's)
            own = entry
        elif _THE_NATION_ONLY.fullmatch(after_number):
            entry = own_subject(own[:own.rfind(after_number)])
            own = f"{entry} {after_number}" if entry else after_number
        elif (fig.unit == "pct" and own[:own.rfind(after_number)].rstrip().endswith("%")
              and (noun_after := _subject_after_a_rate(clean, fig.unit_end, fig.sentence[1])) is not None
              and names_a_subject(noun_after.group(1))):
            # "còn 2,4% hộ nghèo và 3,9% hộ cận nghèo": rates each written with the noun they are a rate of; the
            # noun after this one names it, not the one after the rate before
            own = noun_after.group(1).strip()
        elif (
            fig.unit in _COUNTED
            and (joined := _A_CLAUSE_JOINED_AFTER_A_COUNT.fullmatch(after_number)) is not None
            and joined.group("verb")[:1].islower()
        ):
            # "khởi kiện 12 đơn vị ra tòa và chuyển 8 hồ sơ sang công an": the words after the count before, up to the
            # "và", are what it counted; the few words after the "và" open this count's own clause, its verb, and the
            # noun after its number says what it counts ("chuyển hồ sơ sang công an"); words followed by the count's
            # unit alone are its subject ("Đàn trâu 8.200 con và đàn bò 14.500 con": "đàn bò")
            counted_from = _FRACTION_REST.match(clean, fig.end).end()
            after = _noun_after_a_count(clean, counted_from, fig.sentence[1])
            written = _SCALE_OPENING.sub("", after.group(1).strip()) if after else ""
            unit_words = clean[min(counted_from, fig.unit_end) : fig.unit_end].split()
            verb = joined.group("verb")
            own = f"{verb} {written}" if len(written.split()) > len(unit_words) else verb
        elif (tail := _the_tail_of_the_figure_before(clean, fig, previous, after_number)) is not None:
            # "dài 80,48 km của tỉnh có 23 cột mốc", "cho vay 154 tỷ đồng đến 3.480 lượt khách hàng": the words after
            # the figure before open on its unit; they are its own (its unit, whose it is, what it was for), no subject
            # of this one, which a count's noun after its number names
            own = tail
        elif (joined_amount := _the_next_amount_after_the_tail_before(clean, fig, previous, after_number)) is not None:
            # "Mức hỗ trợ 60 triệu đồng/căn xây mới và 30 triệu đồng/căn sửa chữa": so too the tail of an amount before
            # joined to the next by "và"; the next is the same subject's, for what its own unit is followed by
            own = joined_amount
        elif _A_SIZE_PER_HEAD_PRICED.fullmatch(after_number):
            pass  # ("Cá lóc loại 1 kg/con giá 42.000 đồng/kg": a size of each head is a word of the goods priced)
        elif len(after_number.split()) >= 2:
            own = after_number
    if own and own[:1] in "TtCc" and (_THE_PROVINCE_ALONE.fullmatch(own) or _a_province_by_name(own)) and (
            clean.startswith(own, opening)):
        # "Chỉ số PCI năm 2026 của tỉnh được công bố. Tỉnh đạt 68,12 điểm" (or "Tỉnh Lạng Sơn đạt"): a province opening
        # the sentence as its subject names no entry; what it reached is carried from the sentence before (not the
        # end of a list after a comma: "xếp thứ 20/34 tỉnh, thành phố, giảm 0,5%")
        own = ""
    sister = own and previous is not None and _a_sister_of_the_label_before(own, previous, fig)
    own = sister or own
    size_of_the_entry_before = False
    if (own and own[:1] in "qQ" and _A_SIZE_ALONE.fullmatch(own) and previous is not None
            and previous["sentence"] == fig.sentence and previous["indicator_label"]):
        # "GRDP tăng 7,2%; quy mô ước 210 nghìn tỷ đồng": the size alone is of the entry the clause before named
        own = f"{own.strip()} {previous['indicator_label']}"
        size_of_the_entry_before = True
    if (previous is not None and previous["sentence"] == fig.sentence and previous["unit"] != fig.unit
            and previous["metric"] == fig.metric == "level" and previous["indicator_label"]
            and clean.find("và", previous["unit_end"], fig.start) >= 0
            and _AND_THE_NEXT_AMOUNT.fullmatch(clean, previous["unit_end"], fig.start)):
        # "thu hồi 42,68 tỷ đồng và 86,4 ha đất", "cấp cho 4.936 hộ gia đình, cá nhân và 38 tổ chức": the next amount,
        # in another unit, the verb before the first gives too (not the first's unit words, nor what it counted);
        # the noun after an amount's unit names what it measures ("thu hồi đất")
        after = None if fig.unit in _COUNTED else _noun_after_a_count(clean, fig.unit_end, fig.sentence[1])
        noun = after.group(1).strip() if after is not None and len(after.group(1).split()) <= 3 else ""
        own = f"{previous['indicator_label']} {noun}".strip()
    if not own and (counted := _the_count_an_amount_in_brackets_comes_with(clean, fig, previous)) is not None:
        # "gồm 21 dự án cấp mới (285 triệu USD)", "1.050 doanh nghiệp thành lập mới (9.800 tỷ đồng)": an amount alone in
        # a bracket right after a count is what the things counted come with, their capital; named as the count is
        # (by the noun after its number, not "gồm", the words before it), keyed as that capital when the count is of an
        # entry (indicators' table of the capital of counted entries)
        count = counted["figure"]
        named = _a_count_named_by_its_noun(clean, count, counted["indicator_label"]) or counted["indicator_label"]
        key = capital_key_of(counted["indicator_key"])
        return {"indicator_label": named, "metric": fig.metric, "indicator_key": key}
    if _the_high_end_of_a_range(previous, fig, clean):
        # "từ 15-20% số hồ sơ", "đạt 7 - 7,5%": the high end of a range is the low end's entry (its own words
        # before it are only the low end's), a plan's too when the low end is ("chưa đạt chỉ tiêu (7-7,5%)")
        return _as_the_entry_of(previous, "target" if previous["metric"] == "target" else fig.metric)
    if _a_rate_compared_with(own, previous, fig):
        # "GRDP quý II tăng 8,74%, cao hơn mức tăng 7,9% của quý I": the rate the figure before is compared with is
        # the same entry's, at another time (its period the words after it say), not a subject "cao hơn"
        return _as_the_entry_of(previous, fig.metric)
    if (fig.metric == "target" and own and "đấu" in own and _AN_AIM_ALONE.fullmatch(own) and previous is not None
            and previous["sentence"] == fig.sentence and previous["unit"] == fig.unit and previous["indicator_label"]):
        # "tỷ lệ xử lý rác bằng công nghệ đốt đạt 35%, phấn đấu nâng lên 80% vào năm 2027": the aim alone, with the
        # verb that raises or lowers the level, names nothing; it aims at the entry the clause before gave
        return _as_the_entry_of(previous, "target")
    if _plan_of_the_figure_before(previous, fig, clean):
        # "đàn lợn đạt 61.280 con/KH 43.000 - 45.000 con": the plan of the entry just given
        return _as_the_entry_of(previous, "target")
    if (fig.metric == "target" and previous is not None and previous["sentence"] == fig.sentence
            and own and _A_PLAN_ALONE.fullmatch(own)
            and (fits(CATALOG_BY_KEY[previous["indicator_key"]], fig.unit, fig.metric) if previous["indicator_key"]
                 else previous["indicator_label"] and previous["unit"] == fig.unit
                 and previous["figure"].unit_label == fig.unit_label)):
        # "xuất khẩu đạt 285 triệu USD, tăng 9,6%; chỉ tiêu Nghị quyết năm 2024 là 400 triệu USD": a plan named
        # by its plan's words alone is the plan of the entry the sentence gave (an entry of no key when counted in the
        # same words: "Số bác sĩ đạt 12 bác sĩ/vạn dân (kế hoạch 13 bác sĩ/vạn dân)")
        return _as_the_entry_of(previous, fig.metric)
    if _absolute_change_in_brackets(previous, fig, clean):
        # "chiếm 83% giảm 1,5% (-800 ha)": the same change in the entry's unit, the entry just given
        return _as_the_entry_of(previous, fig.metric)
    if (previous is not None and previous.get("grown") and (not own or _a_figure_in(own))
            and _EARLIER_GROWTH_IN_BRACKETS.search(clean, max(fig.sentence[0], fig.start - 60), fig.start)):
        # "đóng góp 1,15 điểm % vào mức tăng GRDP (9 tháng năm 2023 tăng 4,64%)": the growth of the
        # earlier year is the sector's, whose growth the contribution followed, not the contribution's
        return _as_the_entry_of(previous["grown"], fig.metric)
    if previous is not None and _restates_for_the_same_time(previous["figure"], fig, clean):
        # "tăng 13,6% so với cùng kỳ, cao hơn cùng kỳ (10,2%)": the growth before, as it was a year earlier
        return _as_the_entry_of(previous, previous["metric"])
    if (own and "ương" in own and _THE_SAME_IN_OTHER_WORDS.fullmatch(own) and previous is not None
            and previous["sentence"] == fig.sentence and previous["indicator_label"]
            and fig.unit in _MONEY and previous["unit"] in _MONEY):
        # "đạt 72,8 triệu đồng/người, tương đương 2.950 USD": the amount before in another currency, the same entry
        # (not "6.200 xe, tương đương 12.000 người": other things counted, no amount said again)
        return _as_the_entry_of(previous, fig.metric)
    if (own and previous is not None and previous["sentence"] == fig.sentence and previous["indicator_label"]
            and previous["unit"] == fig.unit and previous["metric"] == fig.metric
            and _names_only_a_part_of_the_period(_A_PART_OPENS.sub("", own, count=1), previous, clean, fig)):
        # "GRDP ước tăng 8,42%, trong đó quý IV tăng 9,12%", "xuất khẩu đạt 5,2 tỷ USD, riêng tháng 12 đạt 520 triệu
        # USD": a part of the period named alone, said as the figure before was, is the same entry's in that part
        return _as_the_entry_of(previous, fig.metric)
    if _a_level_a_change_goes_on_to(own, previous, fig, clean):
        # "Tỷ lệ hộ nghèo giảm bình quân 1,2%/năm, đến cuối năm 2026 còn 3,4%": the level a change goes on to, named
        # only by the time it is counted at, is the level of the entry the change was of (not of its time's words)
        label = previous["indicator_label"]
        key = catalog_key(label, fig.unit, fig.metric, label, clean[fig.end : fig.sentence[1]])
        return {"indicator_label": label, "metric": fig.metric, "indicator_key": key}
    if not own and (part := _a_part_named_after_its_rate(clean, fig)):
        # "chi trả cho 48.300 người với tổng số tiền 612 tỷ đồng; trong đó 71% người hưởng nhận qua tài khoản": the
        # rate of a part is named by the noun after it, not the figure's before
        own = part
    if (not own or _a_figure_in(own)) and _follows(previous, fig, clean) and not (
            fig.unit == "pct" and fig.metric in _AIMED_CHANGES and _a_subject_named_after_a_change(clean, fig)):
        # ", tăng 12,1% so với cùng kỳ": the comparison belongs to the figure before it (not one that names what it
        # changes after its number: "bị thương 120 người; so với năm trước giảm 3,15% số vụ")
        key = previous["indicator_key"]
        if (key is None and fig.metric == "share_pct" and previous.get("unit") in _COUNTED
                and previous["indicator_label"]):
            # "Bảo hiểm y tế là 2,8 triệu người, ..., đạt 92% dân số": the people counted take no rate's entry,
            # their share of the whole is that rate
            if previous["unit"] in ("person", "household"):
                key = catalog_key(previous["indicator_label"], "pct", "level")
            if key is None and (named := _a_count_named_by_its_noun(clean, previous["figure"],
                                                                    previous["indicator_label"])):
                # "tiếp nhận 1.560 hồ sơ, trong đó 1.420 hồ sơ trực tuyến, đạt 91%": those counted are named by the
                # noun after their number, and their share is the rate that noun names (read with the words from the
                # count to the share: "còn 1.850 hộ nghèo, chiếm 4,3% tổng số hộ" is the poverty rate, "hộ nghèo"
                # alone the households)
                key = catalog_key(named, "pct", fig.metric, clean[previous["figure"].start:fig.start],
                                  clean[fig.end:fig.sentence[1]])
        return {"indicator_label": previous["indicator_label"], "metric": fig.metric, "indicator_key": key}
    sentence_before = clean[opening:fig.start]
    label = own or _the_total_raised_to(clean, fig, previous, segment_before) or subject_label(segment_before,
                                                                                                sentence_before)
    if joined_to_another_change and only_the_base_of_a_change(label):
        label = ""  # ("So với năm trước, giảm 52 hồ sơ và tăng 18 tỷ đồng": the base the changes are of names neither)
    if label[:1] in "kKcC" and _A_NEGATION_ALONE.fullmatch(label):
        # "..., không có người tử vong (năm 2024 xảy ra 4 vụ, 213 người mắc)": the word denying a clause before names
        # nothing the figures after it count; what each counts is read as for a figure named by nothing before it
        label = ""
    if not own and label and ")" in sentence_before and any(
            label in aside.group() for aside in _AN_ASIDE.finditer(sentence_before)):
        # "toàn tỉnh (sau sáp nhập) có tổng cộng 412 sản phẩm OCOP, trong đó ..., 58 sản phẩm 4 sao": an aside in
        # brackets, no figure in it, only remarks on the words before it; it names no subject of the figures after it
        label = subject_label(segment_before, _AN_ASIDE.sub("", sentence_before))
    if not own and label[:1].islower() and "," in sentence_before:
        # "Nông, lâm nghiệp và thủy sản: 4.200 tỷ đồng", "... nông, lâm nghiệp và thủy sản (giá so sánh 2010) ước đạt":
        # the subject a clause before gives is the whole name a comma inside it split
        label = _widened_over_a_name(clean, opening, fig.start, label)
    paragraph_start = clean.rfind("\n", 0, fig.sentence[0]) + 1
    # (the words before a colon among the paragraph's first 101 characters before the sentence, found in place: no copy
    # of a long paragraph per figure)
    colon = clean.find(":", paragraph_start, min(fig.sentence[0], paragraph_start + 101))
    heading = clean[paragraph_start:colon] if colon >= 0 else ""
    if (not own or _GENERIC_SUBJECT.match(own)) and not (fig.metric == "share_pct" and not own):
        # "Dự ước tổng sản lượng đạt ...": the crop or sector was named in the sentence before
        # (not for a share that opens its sentence: "100% xóm ...": its units follow it)
        previous_start = max(clean.rfind(". ", paragraph_start, fig.sentence[0] - 2) + 2, paragraph_start)
        previous_sentence = clean[previous_start:fig.sentence[0]]
        if heading and previous_sentence.startswith(heading):
            previous_sentence = previous_sentence[len(heading) + 1:]
        if not own and names_only_a_period(segment_before):
            # "Lũy kế 8 tháng đạt 30.728 tỷ đồng", even as a paragraph of its own: the entry is the
            # one the sentence before opened with, however many figures that sentence went on with
            # (from the line the sentence before stands on: a headline above it has no full stop)
            last_line = clean.rfind("\n", 0, len(clean[:fig.sentence[0]].rstrip())) + 1
            previous_sentence = _the_subject_a_chain_opened(
                clean[max(0, last_line, fig.sentence[0] - 400):fig.sentence[0]])
        if (own and previous is not None and previous["sentence"] == fig.sentence and previous["indicator_label"]
                and previous["metric"] == "level"):
            # "Diện tích cây ăn quả 85.300 ha, sản lượng 650.000 tấn": the sentence named its own crop, whose output
            # this is, not the entry of the sentence before
            previous_sentence = ""
        elif (not own and label and previous is not None and previous["sentence"] == fig.sentence
              and previous["indicator_label"] and label.startswith(previous["indicator_label"])
              and not _GENERIC_SUBJECT.match(label)):
            # "Tỷ lệ đô thị hóa đạt 55%, tăng 2 điểm phần trăm": the change of the level its own sentence named,
            # though that name is no catalog entry; a sector of the sentence before is not its entry
            previous_sentence = ""
        heading = f"{previous_sentence[-160:]} . {heading}"  # the topic heading stays nearest
        if not label and not own and fig.unit == "pct" and names_only_a_period(segment_before):
            # "Quý III, tăng trưởng kinh tế ước đạt 11,2%. Lũy kế 9 tháng tăng 10,6%": the clause of a period
            # alone goes on with the entry the sentence before opened with, which also names it
            label = _subject_carried_over(previous_sentence)
        elif not label and not own and ((period_only := names_only_a_period(segment_before)) or (
                names_nothing(segment_before)
                and not (fig.metric in _AIMED_CHANGES and _the_change_named_after(clean, fig) is not None))):
            # "b) Nhập khẩu" over "Ước thực hiện 6 tháng đạt 62 triệu USD": a numbered heading of its own line names
            # the entry of a sentence that names only its period, whatever its unit, or none ("2. Thương mại, dịch vụ"
            # over "Ước đạt 35.420 tỷ đồng", "b) Công nghiệp" over "Tăng 8,5% so với cùng kỳ")
            line_above = clean.rfind("\n", 0, max(0, fig.sentence[0] - 1)) + 1
            heading_line = _NUMBERED_HEADING_LINE.fullmatch(clean, line_above, fig.sentence[0])
            if heading_line is not None:
                label = heading_line.group("name")
            elif period_only and clean[:fig.sentence[0]].rstrip().endswith(";"):
                # "Tổng mức bán lẻ ... tháng 8 ước đạt 9.850 tỷ đồng; 8 tháng ước đạt 76.420 tỷ đồng": the entry the
                # key is carried from names the amount too (without the month it was said for); a sentence of its
                # own after a full stop may open anew ("Trong 6 tháng đầu năm có 24 HTX thành lập mới")
                named = own_subject(previous_sentence.rsplit(",", 1)[-1] + " ")  # (without its month first)
                carried = own_subject(_FROM_A_NUMBER_ON.sub("", named) + " ")
                label = carried if names_a_subject(carried) and len(carried.split()) <= _CARRIED_WORDS else ""
    if not label and not own and (bare := _a_bare_heading_line(layout, fig, opening)) is not None:
        # "Xuất khẩu" over "Ước đạt 5.120 triệu USD, tăng 9,1%": the line names nothing, its heading names the entry
        label = bare.group("name")
        sentence_before = f"{label} {sentence_before}"
    if (fig.metric in _AIMED_CHANGES
            and (changed := _the_change_named_after(clean, fig)) is not None
            and (not label or _A_PLAN_ALONE.fullmatch(label) or names_only_a_period(label + " ")
                 or (fig.unit == "pct" and (not own or changed[:3].lower() == "số ")
                     and _a_subject_named_after_a_change(clean, fig)))):
        # "Chỉ tiêu năm: giảm 1,5% hộ nghèo", "Năm 2027: giảm 2.000 hộ nghèo": the words before the change name only the
        # plan or the year it is aimed in; what changes is written after its number
        # (so too a percent its clause opens on, after a subject of another clause: "làm chết 171 người; so với năm
        # trước giảm 3,15% số vụ, giảm 5,52% số người chết": what each change is of is written after it, the entry
        # read with the sentence before it, which named what was counted; a number of things after it whatever the
        # words before it: "Mục tiêu của tỉnh là kéo giảm từ 5% đến 10% số người chết do tai nạn giao thông")
        sentence_before = f"{sentence_before} {changed}" if label and not own else changed
        label = changed
    if not label and clean[opening:opening + 1] in DASH_CHARS + "+•" and (
            item := _A_LIST_ITEMS_NAME.fullmatch(clean, opening, fig.start)) is not None:
        # "- Từ 15-64 tuổi: 65,1%": a list item named by the words before its colon, numbers of an age or a bracket
        # of sizes in them (no figures), when nothing else names it
        label = item.group("name")
    if fig.unit == "pct" and fig.metric in ("level", "share_pct") and (
            not label or (len(label) < 40 and _NAMES_NOTHING.fullmatch(label))
            or (_a_place_alone(label) and _the_heading_before_its_colon(clean, fig) == label)):
        # "Trong tháng, đạt tỷ lệ 98,2% hồ sơ giải quyết đúng hạn": nothing before the rate names it; what it is a
        # rate of is written after it (so too after its area and "có" alone: "Toàn tỉnh có 96,2% dân số tham gia BHYT",
        # or after a headline's province and colon: "Vĩnh Phúc: 98,5% hộ dân dùng nước sạch")
        after = _subject_after_a_rate(clean, fig.unit_end, fig.sentence[1])
        if after is not None and names_a_subject(after.group(1)):
            label = after.group(1).strip()
    # "Chi cục Chăn nuôi và Thú y tỉnh cho biết, dịch cúm gia cầm ... làm 1.800 con gà, vịt mắc bệnh, chết": the body
    # that tells the figure, and its name, are no words of what the figure is of (a herd the office's name speaks of);
    # the figure is read in what it told
    told = _A_SPEAKER_TELLS.search(sentence_before) if "biết" in sentence_before else None
    told_of = sentence_before[told.end():] if told is not None else sentence_before
    context = f"{heading} . {told_of}" if heading.strip() else told_of
    one_of_a_kind = label and " là " in label and _A_SUBJECT_RANKED_AMONG_ITS_KIND.match(label)
    if one_of_a_kind:
        # "Thủy sản là ngành có giá trị xuất khẩu lớn thứ hai với 320 triệu USD", "Dệt may là mặt hàng có kim ngạch lớn
        # nhất": the figure is the subject's before "là", one of the kind named after it, not the whole's entry (nor
        # the entry a title names)
        label = context = one_of_a_kind.group("subject")
    if sister and label == sister:
        context = label  # (not the sister before it, nearer the number: "khách trong nước ..., quốc tế")
    elif (
        label
        and fig.unit == "pct"
        and (listed := _EARLIER_PARTS_OF_A_STRUCTURE.match(clean, opening, fig.start)) is not None
        and clean[listed.end() : fig.start].strip() == label
    ):
        # "Cơ cấu kinh tế: nông nghiệp 19%, công nghiệp 48%, dịch vụ 33%": a part listed on one line after the
        # structure's colon is read with the structure's name, not with the parts listed before it (their sector
        # would key every later part)
        context = f"{clean[listed.start() : listed.start('parts')]} {label}"
    if fig.role == "denominator" and fig.metric == "level":
        # "có 6/9 xã đạt chuẩn nông thôn mới": the b of a/b read against no plan counts the whole
        # (all the communes), not the catalog entry the a is
        return {"indicator_label": label or None, "indicator_key": None, "metric": fig.metric}
    key = catalog_key(label, fig.unit, fig.metric, context, clean[fig.end:fig.sentence[1]])
    if key is None and size_of_the_entry_before and label == own:
        # ("Tổng sản phẩm trên địa bàn tăng 8,1%; quy mô đạt 162 nghìn tỷ đồng": the size is keyed by the entry it
        # carries, read on its own; the growth said before it in the context is no word of the size)
        key = catalog_key(label, fig.unit, fig.metric, f"{label} ", clean[fig.end : fig.sentence[1]])
    if key is None and label and (spelled := _with_its_abbreviations_spelled_out(label)) != label:
        # "DN đang hoạt động", "Khách DL", "Kim ngạch XK": a label written with an abbreviation names the entry its
        # words spelled out name (the label stays as written)
        context_spelled = _with_its_abbreviations_spelled_out(context)
        key = catalog_key(spelled, fig.unit, fig.metric, context_spelled, clean[fig.end : fig.sentence[1]])
    if key is None and label and "ngành" in label and (whole := _THE_WHOLE_BRANCH.search(label)) and (
            branch := _the_branch_its_section_is_of(clean, fig.sentence[0])):
        # "3. Công nghiệp" over "Chỉ số sản xuất toàn ngành tăng 8,1%", "Du lịch" over "Doanh thu toàn ngành đạt …": a
        # subject that names only the whole branch is of the branch its section's heading names, read in its place
        # (the label stays as written)
        named = _in_place_of_the_whole_branch(label[:whole.start()].rstrip(), branch)
        key = catalog_key(named, fig.unit, fig.metric, f"{named} ", clean[fig.end:fig.sentence[1]])
    if key is None and label and not own and names_only_a_period(segment_before):
        # "Tổng mức bán lẻ ... ước đạt 5.588 tỷ đồng, giảm ..., tăng ...; luỹ kế 9 tháng giá trị ước
        # đạt ...": the entry the clause carries over may stand further back than a name is read for
        key = catalog_key(label, fig.unit, fig.metric, label, clean[fig.end:fig.sentence[1]])
    if (key is None and own and len(own.split()) <= _VERBS_WORDS
            and (first_comma := clean.find(",", fig.sentence[0], fig.start)) > 0
            and names_only_a_period(clean[fig.sentence[0]:first_comma] + " ")):
        # "Trong quý xảy ra 18 vụ cháy, làm chết 2 người. Lũy kế 9 tháng, xảy ra 70 vụ, làm chết 6 người": a sentence
        # that opens with its period alone goes on with the entries of the sentence before; a verb's few words after
        # its comma ("làm chết") are read after the first clause of that sentence, which names what they are of (not
        # its later figures: the nearest of their words would name the figure)
        before = _the_sentence_before(clean, fig)
        clause_end = min((end for mark in ",;" if (end := clean.find(mark, before, fig.sentence[0])) > 0),
                         default=fig.sentence[0])
        if before < fig.sentence[0] and _DIGIT.search(clean, before, clause_end):
            key = catalog_key(own, fig.unit, fig.metric, f"{clean[before:clause_end][-160:]}, {sentence_before}",
                              clean[fig.end:fig.sentence[1]])
    if (key is None and not own and fig.metric in _CHANGES and previous is not None and previous["indicator_key"]
            and previous["sentence"] == fig.sentence and label and label == previous["indicator_label"]
            and fits(CATALOG_BY_KEY[previous["indicator_key"]], fig.unit, fig.metric)
            and not _A_NOUN_AFTER_THE_UNIT.match(clean, fig.unit_end)):
        # "Chỉ số PCI năm 2026 vừa được công bố. Tỉnh đạt 68,12 điểm, tăng 1,2 điểm": a change naming nothing after
        # the level its clause keyed (by an entry carried from the sentence before) is that entry's change (not one
        # whose noun names something else: "bị thương 8 người; so với cùng kỳ giảm 3 người nghiện")
        key = previous["indicator_key"]
    if key is None and own and "ề" in clean[opening:opening + 12] and (
            topic := _TOPIC_FRONTED.match(clean, opening, fig.start)) is not None and not _DIGIT.search(
            clean, topic.end(), fig.start) and len(own.split()) <= 3:
        # "Về du lịch, doanh thu đạt 6.200 tỷ đồng", "Về lĩnh vực xuất khẩu, kim ngạch ước đạt ...": the topic the
        # sentence opens with completes the head noun its figure's subject is
        named = f"{own} {topic.group('topic')}"
        key = catalog_key(named, fig.unit, fig.metric, f"{named} ", clean[fig.end:fig.sentence[1]])
    if (key is None and label and title and fig.metric in ("level", "plan_pct") and not one_of_a_kind
            and catalog_key(label, fig.unit, fig.metric, segment_before, clean[fig.end:fig.sentence[1]]) is None):
        # "Tiến độ thực hiện Chương trình xóa nhà tạm, nhà dột nát" over "toàn tỉnh đã hoàn thành 2.480 căn": the
        # subject of a text's title goes on in a figure whose own words name no entry (not one they name, which its
        # sentence said was not the area's: "Ngân hàng Chính sách xã hội tỉnh: dư nợ cho vay ..."); a figure named by
        # nothing, a period's clause, goes on with the sentence before instead
        # (the figure's own clause after the title: a window of the sentence would leave the title out of reach)
        key = catalog_key(label, fig.unit, fig.metric, f"{title} . {segment_before}", clean[fig.end:fig.sentence[1]])
        if key is not None and names_a_place(clean[opening:fig.start]):
            key = None  # "- Khu vực tỉnh Bình Định (cũ): giải quyết việc làm cho ...": a place's part, not the title's
        elif (key is not None and previous is not None and previous["sentence"] == fig.sentence
              and previous["indicator_key"] != key and previous["unit"] == fig.unit):
            # "Tai nạn giao thông giảm mạnh" over "Tội phạm về trật tự xã hội xảy ra 9 vụ, điều tra làm rõ 8 vụ": the
            # sentence has moved on to a subject of its own in the same unit (an entry or none), whose clauses its later
            # counts go on in; the title's subject is not theirs
            key = None
        elif (key is not None and previous is not None and previous["sentence"] == fig.sentence
              and previous["unit"] in _COUNTED and fig.unit in _MONEY
              and _the_amount_the_counted_come_with(clean, previous["unit_end"], fig.start, label)):
            # "Kim ngạch xuất khẩu năm 2025 đạt 7,3 tỷ USD" over "tỉnh cấp mới 12 dự án DDI với tổng vốn 4.120 tỷ đồng":
            # the amount the things counted come with is theirs, named by its own words, not the title's subject
            key = None
        elif key is not None and (listed := _ANOTHER_COUNT_LISTED.match(clean, fig.unit_end)) is not None and (
                names_a_subject(_A_CLAUSE_END.split(clean[listed.end() - 1:fig.sentence[1]], maxsplit=1)[0])):
            # "Tai nạn giao thông giảm mạnh" over "Công an huyện đã phát hiện 11 vụ, 14 đối tượng phạm tội về ma túy":
            # counts listed together are of what the last one's noun names after it, not of the title's subject
            key = None
        elif (key is not None and own and own == label and (said := segment_before.strip()) != own
              and said.startswith(own)):
            # "Tai nạn giao thông giảm mạnh" over "Tội phạm hình sự xảy ra 5 vụ": a subject written before the verb of
            # its figure names what the figure is of (not the title's subject, as a verb alone, "đã bàn giao", would)
            key = None
    if key is not None and fig.unit == "count" and "/" in (fig.unit_label or "") and key in _COUNTED_ENTRIES:
        # "chấp thuận chủ trương đầu tư dự án X ..., công suất 50.000 tấn/năm", "bình quân 17,2 tiêu chí/xã": a count
        # per something (a year, a commune, a head) is a rate, no count of the units an entry counts
        key = None
    if (key is not None and own and previous is not None and previous["sentence"] == fig.sentence
            and previous["indicator_key"] in (key, None) and previous["unit"] == fig.unit
            and previous["unit_end"] <= on_its_line.segment[0]
            and clean.rfind("(", fig.sentence[0], fig.start) <= clean.rfind(")", fig.sentence[0], fig.start)
            and catalog_key(own, fig.unit, fig.metric, f"{own} ", clean[fig.end:fig.sentence[1]]) is None):
        # "Tỷ lệ tham gia bảo hiểm y tế đạt 94,5% dân số, bảo hiểm xã hội đạt 38% lực lượng lao động": a clause that
        # names its own subject after the figure of an entry is no figure of that entry because the entry's words
        # stand before it in the sentence (its subject alone names no entry: none); not in brackets, where a part or
        # an earlier time of the entry is given ("(vụ Đông 11.891 ha; ...)", "(thấp hơn mức tăng 5,03% của ...)");
        # nor after a clause of its own between ("hàng xuất khẩu 1,05 tỷ USD, hàng nhập khẩu 1,2 tỷ USD, hàng quá cảnh
        # 380 triệu USD": the words of the first item are no more the third's for the second's naming no entry)
        key = None
    if the_growth_of_a_subject_before(key, label, sentence_before):
        key = None  # "Sản xuất công nghiệp tăng mạnh, tốc độ tăng trưởng đạt 19%": the industry's growth
    if key is not None and _OPENS_A_BREAKDOWN.match(clean, fig.sentence[0], fig.start):
        # "Tổng giá trị sản xuất ... đạt 2.538 tỷ đồng. Trong đó, nông - lâm nghiệp, thủy sản ...": the
        # parts of the sentence before's production value are no GRDP sectors
        whole_start = max(clean.rfind(". ", paragraph_start, fig.sentence[0] - 2) + 2, paragraph_start)
        if a_sector_of_the_production_value(key, clean[whole_start:fig.sentence[0]]) or (
                a_part_of_the_trade_through_the_border(key, clean[whole_start:fig.sentence[0]])):
            key = None  # (nor are the exports and imports of the trade through the border gates named before)
    if key is not None:
        # "Tổng giá trị sản xuất đạt 150 tỷ đồng; trong đó, ...; Dịch vụ đạt 30 tỷ đồng": the same breakdown
        # opened inside the sentence, after the whole's figures (its parts may follow after "; ")
        line_start = clean.rfind("\n", 0, fig.start) + 1
        since = max(clean.rfind(". ", line_start, fig.start) + 2, line_start)
        inside = _BREAKDOWN_INSIDE.search(clean, since, fig.start)
        if inside and a_sector_of_the_production_value(key, clean[since:inside.start()]):
            key = None
    if (key is not None and (head := _list_head_start(clean, fig.start)) < paragraph_start
            and a_sector_of_the_production_value(key, clean[head:clean.find("\n", head)])):
        # "Giá trị sản xuất các ngành:" over "- Nông, lâm nghiệp và thủy sản: 4.200 tỷ đồng": the line whose colon opens
        # the list names the whole its items are parts of, the production value, no GRDP
        key = None
    if key is not None and clean[opening:opening + 1] not in DASH_CHARS + "+•" and lent_by_a_bank_named_before(
            key, clean[_the_sentence_or_line_before(clean, fig):fig.sentence[0]], clean[fig.sentence[0]:fig.start]):
        # "Agribank chi nhánh tỉnh đã giải ngân 2.100 tỷ đồng. Tổng dư nợ đạt 9.800 tỷ đồng": the bank the sentence
        # before named (or the line above) goes on as the subject; its loans are not the area's credit (a list's next
        # item, "+ Dư nợ của NHCSXH ..." over "- Nợ xấu ...", opens anew)
        key = None
    if key is not None and own and _a_districts_bare_name(own.strip(" :-–")):
        # "Diện tích gieo trồng của các địa phương: Đồng Hới thực hiện 1.003 ha, ...": a district named
        # bare as the subject gives that district's figure, not the report's catalog entry
        key = None
    if own and label and "ện" in clean[opening:opening + 40] and _YIELD_OR_OUTPUT_ALONE.fullmatch(label) and (
            crop := _CROP_OPENS.match(clean, opening, fig.start)) is not None:
        # "Diện tích lúa Hè Thu gieo trồng 235.600 ha, năng suất ước đạt 59,8 tạ/ha, sản lượng đạt 1,41 triệu tấn",
        # "Cây mơ diện tích hiện có 724 ha, ..., sản lượng 3.027 tấn": the crop whose area the sentence opened with
        # is the one whose yield or output follows (the key was read as before: the label only names it), unless a
        # later clause of the list names its own crop by its area ("...; cà phê 8.400 ha, sản lượng 21.000 tấn")
        listed = _A_CROP_OPENING_A_CLAUSE.match(clean, clean.rfind(";", opening, fig.start) + 1)
        crop_named = listed.group("crop") if listed and listed.start() > opening else None
        label = f"{label} {crop_named or crop.group('crop') or crop.group('tree')}"
    if label and "lên" in label and (raised := _RAISED_TO.fullmatch(label)) is not None:
        # "..., nâng tổng số xã đạt chuẩn lên 214 xã": the total raised to is the entry; "nâng tổng số lên 508 sản
        # phẩm OCOP": what is totalled is written after the number
        after = _noun_after_a_count(clean, fig.end, fig.sentence[1]) if raised["what"] is None else None
        label = raised["whole"] if raised["what"] is not None else (after.group(1).strip() if after else label)

    if (label and label.endswith(("từ", "mức")) and (tail := _A_BOUND_S_WORDS.search(label)) is not None
            and tail.start()):
        label = label[:tail.start()]  # "Tốc độ tăng trưởng GRDP từ 8% trở lên", "... với mức tăng 11,3%": no entry's
    if (label and (place := _a_named_place_having(label)) is not None
            and len(rest := label[place.end():].strip()) >= 3 and names_a_subject(rest)):
        label = _of_the_place(rest, place)  # "Xã Ia Grai có tỷ lệ hộ nghèo 3,2%": the subject the commune has, its own
    elif (label and clean[(place_at := _after_an_item_mark(clean, opening)):place_at + 1] in _PLACE_OPENING_LETTERS
          and (place := _A_PLACE_OPENS.match(clean, place_at))
          and place.end() <= fig.start
          and all(word[:1].isupper() or word.isdigit() for word in place.group("name").split())
          and place.group("name") not in label
          and not _AREA_ALONE.search(clean, place.end(), fig.start)):
        # "Tại xã Diễn Châu, tỷ lệ hộ nghèo còn 2,1%", "+ Xã Yên Sơn: bàn giao 9,2 km" (a list item a line a commune):
        # the commune or district the sentence opens with has the
        # subject its clause names ("tỷ lệ hộ nghèo xã Diễn Châu"; a part of the area, keyed as such below); not a
        # clause that names the whole area after it ("Xã X đạt 19 tiêu chí; bình quân toàn tỉnh đạt 17,2 tiêu chí/xã")
        label = _of_the_place(label, place)
    elif (label and clean[opening:opening + 1] in "TtỞởRr" and (some := _SOME_PLACES_OPEN.match(clean, opening))
          and some.end() <= fig.start and some.group("group") not in label):
        label, key = f"{label} {some.group('group')}", None  # "Ở các huyện miền núi, tỷ lệ hộ nghèo còn 12,5%"
    if label and label[:1] in "VvĐđ" and (topic := _TOPIC_WORD.match(label)) is not None and topic.end() < len(label):
        label = label[topic.end():]  # "Về xuất khẩu, tháng 8 ước đạt ...": the topic's word is no part of its entry
    if key is not None and own[:4].lower() == "vượt" and _THE_PLAN_PASSED_BY.fullmatch(own):
        key = None  # "180/196 xã, vượt kế hoạch 5 xã": by how much the plan was passed, not the entry's level
    if (fig.metric in _CHANGES and "về" in clean[fig.unit_end:fig.unit_end + 6]
            and (about := _WHAT_A_CHANGE_IS_ABOUT.match(clean, fig.unit_end, fig.sentence[1])) is not None):
        # "tăng 12,5% về số doanh nghiệp và giảm 8,3% về vốn đăng ký": each change names what it measures after it
        # (not a bare "về số lượng": the subject before says of what)
        label = about.group("what")
    if label and label[:3].lower() == "với" and (joining := _WITH_AN_AMOUNT.match(label)) is not None:
        label = label[joining.end():]  # "..., với tổng vốn đăng ký 5.210 tỷ đồng": the word joining it names nothing
    elif (label and fig.unit in _MONEY and "với" in label and previous is not None
            and previous["sentence"] == fig.sentence and previous["unit"] in _COUNTED
            and (amount := _the_amount_the_counted_come_with(clean, previous["unit_end"], fig.start, label))):
        label = amount  # "1.050 doanh nghiệp thành lập mới với tổng vốn đăng ký 9.800 tỷ đồng": the capital's own words
    metric = fig.metric
    if (metric == "level" and fig.unit == "pct" and "chiếm" in clean[max(fig.segment[0], fig.start - 40):fig.start]
            and (share := _SHARE_SAID_RIGHT_BEFORE.search(clean, max(fig.segment[0], fig.start - 40), fig.start))
            and _A_LETTER.search(clean, fig.segment[0], share.start())
            and not _DIGIT.search(clean, fig.segment[0], share.start())):
        # "Nông nghiệp chiếm 28%, công nghiệp chiếm 40%, dịch vụ chiếm 32%": a percent its own clause says a part takes
        # up is that part's share, the later ones of such a list too (not the rate of a count before it: "215 hộ
        # nghèo, chiếm 2,6%", "121 hộ cận nghèo chiếm 0,99%", "là 189/257 chiếm 73,54%" are the rates of the counts)
        metric = "share_pct"
    if (fig.unit == "pct" and metric in ("level", "share_pct") and label
            and (structure := _the_structure_listed(clean, fig.start, paragraph_start)) is not None):
        # "Cơ cấu kinh tế:" over "- Nông, lâm nghiệp và thủy sản: 18,5%", "- Dịch vụ: 40,1%": each item's percent is
        # its part's share of the structure the line opening the list names; of the economy, that sector's of the GRDP
        metric = "share_pct"
        if key is None and structure.group("economy"):
            numbered = _A_SECTOR_BY_ITS_NUMBER.fullmatch(label)
            key = (catalog_key(label, "pct", metric)
                   or catalog_key(f"khu vực {label[:1].lower()}{label[1:]}", "pct", metric)
                   or (_SECTOR_OF_NUMBER.get(numbered.group(1).upper()) if numbered else None))
    if key is not None and fig.unit == "pct" and metric == "level" and (key == "bad_debt" or key in _COUNTED_ENTRIES):
        # "tỷ lệ nợ xấu 1,3%": bad debt in percent is its share of the credit; "560/812 trường đạt chuẩn quốc gia,
        # chiếm 69%", "Tỷ lệ trường đạt chuẩn quốc gia đạt 74%": a percent of an entry counted in units is the share of
        # them that are so (the gold's "131/282 trường, đạt 46,4%")
        metric = "share_pct"
    if metric == "share_pct" and key in _RATES_OF_A_WHOLE:
        # "Toàn tỉnh có 96,2% dân số tham gia BHYT": the share of the people who are so is the rate the entry is, its
        # level (the catalog's "Tỷ lệ dân số tham gia bảo hiểm y tế")
        metric = "level"
    if key is None and fig.unit == "pct" and metric in _SHARES_OF_WORKS and (
            work := _a_share_of_works_done(clean, fig, on_its_line.segment[0])) is not None:
        # "Dự án X: đến nay đã hoàn thành 85% khối lượng, giải phóng mặt bằng được 95% diện tích": the share of the
        # work planned done so far, named by the work and what it is done on
        label, metric = work, "plan_pct"
    if label and "đấu" in label[-22:] and _WHO_AIMS_ALONE.search(label) and (aimed := _what_is_aimed_at(clean, fig)):
        label = aimed  # "Ngành y tế phấn đấu đạt 35 giường bệnh/vạn dân": who aims names nothing measured
    if label and "ước" in label[-18:] and (estimate := _AN_ESTIMATE_ENDS.search(label)) is not None:
        # "Vốn đầu tư thực hiện quý III ước: 12.500 tỷ đồng", "Số lượt khách quý III ước đón 1,8 triệu lượt": the
        # estimate word (and its verb) ending the subject is the figure's qualifier, no part of its name (nor is the
        # period it was said after: the subject read without them)
        label = own_subject(f"{label[:estimate.start()]} ") or label[:estimate.start()]
    if (label and " và " in label[:24] and previous is not None and previous["sentence"] == fig.sentence
            and (unit_words := clean[previous["end"]:previous["unit_end"]].strip())
            and label[:len(unit_words) + 4].lower() == f"{unit_words.lower()} và "):
        # "gồm cá tra 260.000 tấn và tôm 18.000 tấn", "lúa 3,9 triệu tấn và ngô 0,2 triệu tấn": the unit of the item
        # before and the "và" joining the next are no words of the next item's name
        label = label[len(unit_words) + 4:]
    if label and label[:3].lower() == "và ":
        label = label[3:]  # ("..., và khu vực nông, lâm, thủy sản chiếm 12%": the "và" a list's last part opens with)
    if label and "gồm" in label and (opener := _A_LIST_OPENED_INSIDE.search(label)) is not None:
        # "Các mặt hàng chủ lực gồm dăm gỗ 95 triệu USD, cao su ...": the list's first item is named by its own words,
        # as the items after it are; the whole the list opens after names none of them
        label = label[opener.end():]
    return {"indicator_label": label or None, "indicator_key": key, "metric": metric}



# a step of a work or a file finished, right before the a of a ratio "a/b" ("hoàn thành 15/18", "phê duyệt được 8/10")
# (the a before the slash, as a ratio's whole is first labelled: "làm rõ 6/")
_A_CASE_RESULT_AT_THE_END = re.compile(r"\s+(?:(?:đã|được)\s+)?(?:" + word_source("case_results")
                                       + r")(?:\s+được)?(?:\s+\d[\d.,]*\s*/)?\s*$", re.IGNORECASE)
_TALLIED_OVER = re.compile(r"(?<![^\W\d_])(?:" + word_source("tallied_steps") + r")(?:\s+(?:được|xong))?"
                           r"\s+\d[\d.,]*\s*/\s*$", re.IGNORECASE)
# the items of a plan themselves ("19/21 chỉ tiêu", "21/22 tiêu chí"): the b is all of them, no plan of a count
_PLANNED_ITEMS_AFTER = re.compile(r"\s*(?:chỉ\s+tiêu|tiêu\s+chí|nhiệm\s+vụ|nội\s+dung)\b", re.IGNORECASE)


def _a_tally_of_a_plan(clean: str, fig: Figure) -> bool:
    """Is the b of a ratio "a/b" the number a step was to finish, the a those it finished: "hoàn thành 15/18 công
    trình", "phê duyệt 12/33 dự án" (not the items of a plan themselves, "hoàn thành 19/21 chỉ tiêu": all of them)?"""
    return (_TALLIED_OVER.search(clean, max(fig.sentence[0], fig.start - 60), fig.start) is not None
            and not _PLANNED_ITEMS_AFTER.match(clean, fig.end))


_RANK_WORDS = frozenset({"thứ", "vị trí", "hạng"})
_CHANGED_RIGHT_BEFORE = re.compile(r"(?<![^\W\d_])(?:tăng|giảm)(?:\s+thêm)?\s*$", re.IGNORECASE)
_FELL_RIGHT_BEFORE = re.compile(r"(?<![^\W\d_])giảm(?:\s+thêm)?\s*$", re.IGNORECASE)
_RANKED = "Xếp hạng "
# what a place is ranked for, after the rank and where it ranks ("thứ 5 cả nước về thu hút vốn FDI", "thứ 3/34 tỉnh,
# thành phố về chỉ số PCI"), to the clause's end (not "về" inside what a place is the n-th to have: "địa phương thứ 16
# toàn quốc có tỷ lệ điều tiết về ngân sách Trung ương")
_WHAT_A_RANK_IS_ABOUT = re.compile(r"(?:\s*/\s*\d+)?(?:(?!(?<![^\W\d_])(?:có|là|đạt|được)(?![^\W\d_]))[^;.()\d]){0,40}?"
                                   r"(?<![^\W\d_])về\s+(?P<what>[^\W\d_][^,;.()]{2,80}?)"
                                   r"\s*(?=[,;.()]|$)", re.IGNORECASE)


def _a_ranks_reading(clean: str, fig: Figure, previous: dict | None) -> dict | None:
    """A rank ("Chỉ số PCI xếp thứ 27") labelled by what it ranks ("Xếp hạng Chỉ số PCI"); the steps it moved
    ("tăng 4 bậc") by the rank before in its sentence; a change in points right after a rank ("xếp thứ 27, tăng 0,85
    điểm") the change of the ranked index's score on the year before, keyed to it. None for any other figure."""
    if fig.unit == "count" and fig.unit_label in _RANK_WORDS and fig.metric == "level":
        subject = ranked_subject(clean[fig.sentence[0]:fig.start])
        if subject is None and ("bậc" in (before := clean[fig.sentence[0]:fig.start]) or "hạng" in before):
            # "Chỉ số PAPI tụt 3 bậc, xếp vị trí 40/63": the rank of what the clause opened with, its move aside
            subject = ranked_subject(_A_RANK_MOVE.sub("", before))
        if subject is None and "về" in clean[fig.unit_end:fig.unit_end + 60] and (
                about := _WHAT_A_RANK_IS_ABOUT.match(clean, fig.unit_end, fig.sentence[1])) is not None:
            subject = about.group("what")  # "Tỉnh đứng thứ 5 cả nước về thu hút vốn FDI": a place ranked, for what
        return None if subject is None else {"indicator_label": _RANKED + subject, "indicator_key": None,
                                             "metric": "level"}
    ranked_before = previous is not None and previous["sentence"] == fig.sentence and (
        previous["indicator_label"] or "").startswith(_RANKED)
    if fig.unit == "count" and (fig.unit_label == "bậc" or (fig.unit_label == "hạng" and fig.metric == "yoy_abs")):
        if not ranked_before or ";" in clean[previous["end"]:fig.start]:
            # "PCI tăng 5 bậc, xếp thứ 12/34": the move said before the rank of its clause is that rank's
            ranked_after = _the_rank_after(clean, fig)
            if ranked_after is not None:
                return {"indicator_label": _RANKED + ranked_after, "indicator_key": None, "metric": "yoy_abs"}
        if ranked_before:
            return {"indicator_label": previous["indicator_label"], "indicator_key": None, "metric": fig.metric}
        return None
    if not ranked_before:
        return None
    if fig.unit == "point" and fig.metric in ("level", "yoy_abs") and _CHANGED_RIGHT_BEFORE.search(
            clean, max(fig.segment[0], fig.start - 12), fig.start):
        index = previous["indicator_label"][len(_RANKED):]
        key = catalog_key(index, "point", "yoy_abs", f"{index} ", "")
        return {"indicator_label": index, "indicator_key": key, "metric": "yoy_abs"}
    return None


# a move in a ranking and what it is against ("tụt 3 bậc, ", "tăng 2 hạng so với năm 2024, "): no part of the
# rank's subject, which the clause opened with before it
_A_RANK_MOVE = re.compile(r"(?<![^\W\d_])(?:tăng|giảm|tụt|thăng|vươn\s+lên)(?:\s+(?:thêm|hạng))?\s+\d+\s+(?:bậc|hạng)"
                          r"(?![^\W\d_])(?:\s+so\s+với[^,;]{0,30})?\s*,?\s*", re.IGNORECASE)
# a rank's verb and its number, after the move said before it ("tăng 5 bậc, xếp thứ 12/34", "đứng thứ 20")
_A_RANK_AFTER = re.compile(r"(?<![^\W\d_])(?:xếp|đứng)(?:\s+hạng)?\s+(?:thứ|vị\s+trí|hạng)(?:\s+thứ)?\s*(?=\d)",
                           re.IGNORECASE)


def _the_rank_after(clean: str, fig: Figure) -> str | None:
    """What the rank after a move in steps ranks, when its clause goes on to that rank ("Chỉ số PCI tăng 5 bậc, xếp
    thứ 12/34 tỉnh" → "Chỉ số PCI"); None when no rank follows in the clause or it names no thing ranked."""
    clause_end = clean.find(";", fig.unit_end, fig.sentence[1])
    clause_end = fig.sentence[1] if clause_end < 0 else clause_end
    if "thứ" not in clean[fig.unit_end:clause_end] and "vị trí" not in clean[fig.unit_end:clause_end]:
        return None
    rank = _A_RANK_AFTER.search(clean, fig.unit_end, clause_end)
    if rank is None:
        return None
    clause_start = clean.rfind(";", fig.sentence[0], fig.start) + 1 or fig.sentence[0]
    return ranked_subject(_A_RANK_MOVE.sub("", clean[clause_start:rank.end()]))

_SHARES_OF_WORKS = frozenset({"level", "share_pct", "plan_pct"})
# the words a clause may open with before a work's subject, no part of it ("Đến nay, dự án đã ...", "hiện đã")
_WORKS_TIME_WORDS = re.compile(r"^(?:(?:đến\s+nay|hiện\s+nay|hiện|lũy\s+kế|luỹ\s+kế|đã)\s*,?\s*)+|"
                               r"(?:\s*,?\s*(?:đến\s+nay|hiện\s+nay|hiện|đã|cơ\s+bản))+$", re.IGNORECASE)
# a subject that names no work of its own ("dự án", "nhà thầu"): the work is the one the clause's heading names
_WORKS_GENERIC_SUBJECT = re.compile(r"(?:(?:các|toàn\s+bộ)\s+)?(?:dự\s+án|công\s+trình|gói\s+thầu|nhà\s+thầu|"
                                    r"đơn\s+vị\s+thi\s+công|chủ\s+đầu\s+tư)?", re.IGNORECASE)


def _a_share_of_works_done(clean: str, fig: Figure, clause_start: int) -> str | None:
    """The label of a percentage that is the share of a work done ("đã hoàn thành 85% khối lượng"): the work and the
    subject its clause names before it ("Khối lượng hoàn thành cầu Sông Bé mới"), or the project the heading of its
    clause names before a colon when the subject names none ("Dự án đường ven biển: đến nay, dự án đã ..."); None
    for any other percentage."""
    after = clean[fig.unit_end:min(fig.unit_end + 60, fig.sentence[1])]
    lo = max(clause_start, fig.start - 80)
    before = clean[lo:fig.start]
    if not ("khối" in after or "giá trị" in after or "ặt bằng" in before or "GPMB" in before or "thu hồi" in before):
        return None
    done = a_share_of_works_done(before, after)
    if done is None:
        return None
    work, verb_at = done
    subject = _WORKS_TIME_WORDS.sub("", clean[clause_start:lo + verb_at].strip(" ,;:-–")).strip(" ,;:-–")
    if _WORKS_GENERIC_SUBJECT.fullmatch(subject):
        paragraph_start = clean.rfind("\n", 0, fig.sentence[0]) + 1
        colon = clean.rfind(":", paragraph_start, clause_start)
        if 0 <= colon - paragraph_start <= 160:
            subject = clean[paragraph_start:colon].strip(" -–+*")
    words = subject.split()
    if len(words) > 1 and words[0][:1].isupper() and words[1][:1].islower():
        subject = subject[:1].lower() + subject[1:]  # ("Dự án đường ...": a common noun opens it, inside a label)
    return f"{work[:1].upper()}{work[1:]} {subject}".strip()


# the plan a figure passes, right before it ("vượt kế hoạch 5 xã", "vượt chỉ tiêu Nghị quyết 1.200 lao động")
# (the clause's own words: "Kim ngạch xuất khẩu vượt kế hoạch đạt 5,2 tỷ USD" names its entry first, whose level it is)
_THE_PLAN_PASSED_BY = re.compile(r"vượt\s+(?:kế\s+hoạch|KH|chỉ\s+tiêu|mục\s+tiêu)(?:\s+[^\W\d_]+){0,3}", re.IGNORECASE)


# the word that opens a list inside a label, after the whole it lists and before its first item's own words ("Các mặt
# hàng chủ lực gồm dăm gỗ", "Cơ cấu vốn bao gồm: vốn ngân sách")
_A_LIST_OPENED_INSIDE = re.compile(r"(?<=[^\W\d_])\s+(?:bao\s+)?gồm\s*:?\s+(?=[^\W\d_]+(?:\s+[^\W\d_]+)*\s*$)",
                                   re.IGNORECASE)
# the words a figure's own clause may have, its verb and no subject, to be read with the sentence before
# ("làm chết", "bị thương", "phát hiện thêm")
_VERBS_WORDS = 3


def _label_of_the_entry_before(clean: str, fig: Figure, key: str, recent: list[tuple[int, dict]],
                               counts_named_after: list[tuple[dict, str]]) -> str | None:
    """The label of the paragraph's last indicator before ``fig`` keyed ``key``, else None; for a count named by its
    noun after the number, that name ("Trong tháng xảy ra 31 vụ tai nạn giao thông. Lũy kế 9 tháng, xảy ra 250 vụ":
    the accidents, not the month the first clause opened with, which is all the words before its number)."""
    paragraph_start = clean.rfind("\n", 0, fig.sentence[0]) + 1
    for offset, row in reversed(recent):
        if offset < paragraph_start:
            break
        if row["indicator_key"] == key and row["indicator_label"]:
            return next((named for counted, named in counts_named_after if counted is row), row["indicator_label"])
    return None


def _the_level_going_on(clean: str, fig: Figure, recent: list[tuple[int, dict]]) -> str | None:
    """The label of the last level of the sentence before ``fig`` (in its paragraph), when in ``fig``'s unit."""
    offset, row = recent[-1]
    if offset < _the_sentence_before(clean, fig) or offset >= fig.sentence[0]:
        return None
    same = row["metric"] == "level" and row["unit"] == fig.unit and row.get("unit_label") == fig.unit_label
    return row["indicator_label"] if same else None


def _the_entries_of_listed_provinces(clean: str, listed: list[tuple[Figure, dict]],
                                     recent: list[tuple[int, dict]]) -> None:
    """A text about several provinces lists each one's figure of an entry named once: "chỉ số IIP tăng ở 33 địa
    phương, như: Phú Thọ tăng 21,4%; Hải Phòng tăng 15,3%", "Bắc Giang dẫn đầu với mức tăng trưởng GRDP 13,85%,
    tiếp đến là Hải Phòng 10,32%". The province is the row's place (named_provinces), not its label: the label is
    the entry, as the item names it after the province or as the paragraph named it before, and so is the key.
    (In the order of the text: an item's entry may be the one the item before was given.)"""
    last: tuple[tuple[int, int], str, str] | None = None  # (sentence, label as read, entry) of the row before
    for fig, row in listed:
        label = row["indicator_label"]
        if not label:
            continue
        if last is not None and last[:2] == (fig.sentence, label):
            entry: str | None = last[2]  # "Quảng Ninh đón 1,1 triệu lượt, tăng 18%": the change of the same entry
        elif row["province"] is None:
            # "Tính chung 9 tháng, cả nước đạt 7,1%": the country alone names no entry; the one before does
            entry = _entry_listed_before(clean, fig, recent, of_the_nation=True)
        else:
            entry = entry_without_its_province(label, row["province"])
            if entry is None and _a_place_alone(label):
                entry = ""  # ("dẫn đầu là TP. Hồ Chí Minh với 4,2 tỷ USD", read after the kind's full stop)
            if entry is None:
                continue
            if not names_a_subject(entry):
                entry = _entry_listed_before(clean, fig, recent)
        last = (fig.sentence, label, entry or label)
        if entry:
            row["indicator_label"] = entry
            # (read as the entry's words before a figure, a space apart: "chỉ số IIP" is no "IIP0")
            row["indicator_key"] = catalog_key(entry, fig.unit, row["metric"], f"{entry} ")


# an entry named by its acronym alone ("GDP", "IIP", "CPI")
_AN_ACRONYM = re.compile(r"[A-ZĐ]{2,6}")


_PROVINCE_KIND_SOURCE = unit_words_source("province")
# where a lead's entry ends before the first province of its list: the provinces it is said at as a group ("… ở các
# tỉnh: ", "… tại một số địa phương như ", "… ở 12 tỉnh, thành phố, gồm "), or the words ranking them ("… dẫn đầu là
# ", "… cao nhất thuộc về "), with the first province's kind ("TP. ")
_THE_LISTS_LEAD_ENDS = re.compile(
    rf"(?:\s+(?:ở|tại)\s+(?:các|một\s+số|những|nhiều|\d+)\s+(?:địa\s+phương|(?:{_PROVINCE_KIND_SOURCE})"
    r"(?:\s*,\s*thành(?:\s+phố)?)?)(?:\s+[^\W\d_]+){0,3}?\s*,?\s*(?:như|gồm|là)?\s*:?"
    r"|\s+(?:(?:dẫn|đứng)\s+đầu|(?:cao|thấp|lớn|nhiều|ít)\s+nhất)(?:\s+(?:là|thuộc\s+về))?\s*:?)"
    rf"\s*(?:(?:{_PROVINCE_KIND_SOURCE}|TP\.?)\s*)?$",
    re.IGNORECASE,
)
# how an entry went, at the end of its lead ("tăng trưởng cao", "tăng mạnh", "giảm nhẹ"): said by the figures
_HOW_IT_WENT_AT_THE_END = re.compile(
    r"\s+(?:tăng|giảm)(?:\s+trưởng)?(?:\s+(?:cao|thấp|mạnh|nhẹ|nhanh|chậm|khá|nhất))+$", re.IGNORECASE
)


def _entry_listed_before(clean: str, fig: Figure, recent: list[tuple[int, dict]], of_the_nation: bool = False) -> str:
    """The entry a province's bare figure is of: the one of the paragraph's last figure in the same kind of unit
    (a rate with a rate), without the country a national total was said of (with it, for another of the country's
    figures: ``of_the_nation``); else the subject its sentence opens
    with ("So với cùng kỳ, chỉ số IIP 10 tháng tăng ở 33 địa phương, ... như: Phú Thọ ...": "chỉ số IIP")."""
    paragraph_start = clean.rfind("\n", 0, fig.sentence[0]) + 1
    rate = fig.unit == "pct"
    if of_the_nation:
        paragraph_start = clean.rfind("\n", 0, max(0, paragraph_start - 2)) + 1  # (the lead's paragraph too)
    for offset, row in reversed(recent):
        if offset >= fig.start:
            continue
        if offset < paragraph_start:
            break
        if (row["unit"] == "pct") == rate and (rate or row["unit"] == fig.unit) and row["indicator_label"]:
            entry = without_the_nation(row["indicator_label"])
            if (names_a_subject(entry) or _AN_ACRONYM.fullmatch(entry)) and not find_provinces(entry):
                return row["indicator_label"] if of_the_nation else entry
    head = clean[fig.sentence[0]:fig.start]
    named = find_provinces(head)
    had = own_subject(entry_a_group_has(head[:named[-1].start]) + " ") if named else ""
    if names_a_subject(had) or _AN_ACRONYM.fullmatch(had):
        return had  # "các địa phương có tốc độ tăng trưởng GRDP quý I cao nhất gồm: Hải Phòng tăng 11,2%"
    if named and (places := _THE_LISTS_LEAD_ENDS.search(head, 0, named[0].start)) is not None:
        # "Tổng sản phẩm trên địa bàn tăng trưởng cao ở các tỉnh: Long An (9,1%), …", "Thu hút FDI dẫn đầu là TP. Hồ
        # Chí Minh với 4,2 tỷ USD": the entry is the lead's subject before the places it is said at or the words
        # ranking them, without how it went (the figures say that)
        lead = head[:places.start()]
        subject = own_subject(_HOW_IT_WENT_AT_THE_END.sub("", lead) + " ") or own_subject(lead + " ")
        if (names_a_subject(subject) or _AN_ACRONYM.fullmatch(subject)) and not find_provinces(subject):
            return subject
    opening = opening_subject(head).rsplit(",", 1)[-1]
    entry = own_subject(opening + " ")
    return entry if names_a_subject(entry) and not find_provinces(entry) else ""


def _whole_broken_down(clean: str, fig: Figure, recent: list[tuple[int, dict]]) -> str | None:
    """The label of the level a sentence opening with "Trong đó" breaks down: the last level before the
    sentence, in the same paragraph; None for a sentence that opens no breakdown."""
    if not _OPENS_A_BREAKDOWN.match(clean, fig.sentence[0], fig.start):
        return None
    paragraph_start = clean.rfind("\n", 0, fig.start) + 1
    for offset, row in reversed(recent[-12:]):
        if offset < paragraph_start:
            return None
        if offset < fig.sentence[0] and row.get("metric") == "level":
            return row.get("indicator_label")
    return None


def _arrivals_before(clean: str, fig: Figure, recent: list[tuple[int, dict]], own_level: float) -> bool:
    """Did the figure's paragraph give the tourist arrivals before it? (Not the figure's own level
    again: a headline joined to its lead, "Thu hút hơn 2,1 triệu lượt khách", says the number the lead
    then gives.)"""
    return _level_given_since(recent, "tourist_arrivals", _list_head_start(clean, fig.start), other_than=own_level)


def _a_share_of_all_the_guests_after(clean: str, fig: Figure) -> bool:
    """Does the figure's sentence go on with its share of all the guests ("khách lưu trú đạt 5,1 triệu lượt, chiếm
    36,4% tổng lượt khách": a part of the arrivals, given here or not)?"""
    at = clean.find("chiếm", fig.end, fig.sentence[1])
    return at >= 0 and _A_SHARE_OF_ALL_THE_GUESTS.match(clean, at, fig.sentence[1]) is not None


# ("chiếm 36,4% tổng lượt khách", "chiếm 40% tổng số khách du lịch đến tỉnh")
_A_SHARE_OF_ALL_THE_GUESTS = re.compile(r"chiếm\s+(?:khoảng\s+|gần\s+|hơn\s+)?[\d.,]+\s*%\s+(?:(?:trong|của)\s+)?"
                                        r"tổng\s+(?:số\s+)?(?:lượt\s+)?(?:du\s+)?khách", re.IGNORECASE)


def _a_change_of_a_part_of_the_arrivals(fields: dict, fig: Figure, previous: dict | None) -> bool:
    """Is the figure a plan share or a change said right after the level of a part of the arrivals, in its
    sentence, with no guests named of its own ("khách lưu trú 2,3 triệu lượt đạt 90% kế hoạch, tăng 10%": the
    part's, not the arrivals')?"""
    return (previous is not None and fig.metric != "level" and previous["metric"] == "level"
            and previous["indicator_key"] is None and fields["indicator_key"] in ARRIVAL_KEYS
            and "khách" not in (fields["indicator_label"] or "")
            and a_part_of_the_arrivals("tourist_arrivals", previous["indicator_label"], True))


_BULLET = re.compile(r"[ \t]*" + DASH_MARK + r"\s")


# an estimate word ending a label, with the verb after it ("quý III ước", "9 tháng ước tính", "ước đón", "dự ước đạt")
# (not the second syllable of a word: "hương ước", "quy ước", "công ước", "hiệp ước", "mơ ước")
_AN_ESTIMATE_ENDS = re.compile(r"(?<!hương)(?<!quy)(?<!công)(?<!hiệp)(?<!điều)(?<!giao)(?<!khế)(?<!mơ)(?<!mong)"
                               r"\s+(?:dự\s+)?ước(?:\s+(?:tính|đạt|thực\s+hiện|đón|còn|có|là))?\s*$", re.IGNORECASE)
# "Khu vực I", "KV 2": a sector of the economy named by its number alone (data/words/numbered_sectors.csv)
_SECTOR_OF_NUMBER = {numeral: key for key, numerals in keyed_word_lists("numbered_sectors", "indicator_key").items()
                     for numeral in numerals}
_A_SECTOR_BY_ITS_NUMBER = re.compile(r"(?:khu\s+vực|KV)\s*(I{1,3}|[1-3])", re.IGNORECASE)
# "với" joining an amount to the things counted before it ("18 dự án với tổng vốn đăng ký"; not "so với")
_WITH_AN_AMOUNT = re.compile(r"(?<![^\W\d_])(?<!so )với\s+(?=[^\W\d_])", re.IGNORECASE)


# who tells a figure, before what it told: "Chi cục Thống kê tỉnh cho biết, ", "Giám đốc Sở ... cho biết: "
_A_SPEAKER_TELLS = re.compile(r"^[^;.]*?(?<![^\W\d_])cho\s+biết\s*[,:]\s*", re.IGNORECASE)


# an aside in brackets, with no figure in it: "(sau sáp nhập)", "(cũ)"
_AN_ASIDE = re.compile(r"\s*\([^()\d]*\)")


def _the_count_an_amount_in_brackets_comes_with(clean: str, fig: Figure, previous: dict | None) -> dict | None:
    """The row of the count (a level of counted things, labelled) that an amount of money opening a bracket right
    after it comes with ("21 dự án cấp mới (285 triệu USD)": no number, clause mark or verb of a change between the
    count and the bracket); None otherwise."""
    opening = fig.segment[0] - 1
    if (fig.unit not in _MONEY or fig.metric != "level" or previous is None or previous["sentence"] != fig.sentence
            or previous["metric"] != "level" or previous["unit"] not in _COUNTED or not previous["indicator_label"]
            or opening <= previous["unit_end"] or clean[opening] != "(" or clean[opening + 1:fig.start].strip()):
        return None
    between = clean[previous["unit_end"]:opening]
    if _DIGIT.search(between) or any(mark in between for mark in ",;:.()") or _A_BASE.search(between):
        return None
    return previous


def _the_amount_the_counted_come_with(clean: str, count_end: int, at: int, label: str) -> str | None:
    """The words of an amount at ``at`` joined by "với" to the things a count ending at ``count_end`` counts, when its
    label ends with them ("doanh nghiệp thành lập mới với tổng vốn đăng ký" → "tổng vốn đăng ký"); None when a clause
    lies between the count and the amount or the label ends otherwise."""
    between = clean[count_end:at]
    found = [] if any(mark in between for mark in ",;:.()") else list(_WITH_AN_AMOUNT.finditer(between))
    if not found:
        return None
    joined = found[-1]
    amount = _without_a_hedge(between[joined.end():].strip())
    return amount if amount and label.endswith(amount) else None


def _the_structure_listed(clean: str, at: int, line_start: int) -> re.Match[str] | None:
    """For an item of a bulleted list (on the line from ``line_start``) whose opening line names a structure ("Cơ cấu
    kinh tế:", "Cơ cấu lao động:"), that name; else None."""
    if not _BULLET.match(clean, line_start) or (head := _list_head_start(clean, at)) >= line_start:
        return None
    return _STRUCTURE_HEAD.match(clean, head, clean.find(":", head, line_start))


def _list_head_start(clean: str, at: int) -> int:
    """Start of the paragraph of ``at``; for an item of a bulleted list, the start of the line whose colon
    opens the list ("Toàn tỉnh đón 7 triệu lượt khách, trong đó:" then "- khách lưu trú ..."): the items
    break down what that line gave."""
    start = clean.rfind("\n", 0, at) + 1
    if not _BULLET.match(clean, start):
        return start
    line_start = start
    for _ in range(12):  # (a list of a dozen items at most)
        if line_start == 0:
            break
        previous = clean.rfind("\n", 0, line_start - 1) + 1
        line = clean[previous:line_start - 1].rstrip()
        if line.endswith(":"):
            return previous
        if line and not _BULLET.match(line):
            break
        line_start = previous
    return start


# how far back a total retail sales still heads the goods part ("Cụ thể, doanh thu bán lẻ hàng hóa ..."):
# the next paragraph or two, not a later section
_RETAIL_TOTAL_REACH = 800


def _retail_total_before(fig: Figure, recent: list[tuple[int, dict]]) -> bool:
    """Did the text give the total retail sales (a level keyed so) shortly before the figure? Not the goods
    alone ("Doanh thu bán lẻ hàng hóa 4 tháng đạt 38.560 tỷ đồng, tăng 12,1%": keyed as the report's retail
    sales when no total was given, its growth is the same entry's, no part of an earlier total)."""
    return _level_given_since(recent, "retail_sales", fig.start - _RETAIL_TOTAL_REACH, but_not=_the_goods_alone)


def _the_goods_alone(row: dict) -> bool:
    return a_part_of_the_retail_sales("retail_sales", row["indicator_label"], True)


def _a_districts_bare_name(subject: str) -> bool:
    """Is ``subject`` a district's name as written, capitalised ("Đồng Hới")? Not words that only fold
    like one ("tương đương", Tương Dương), nor a province's name a district shares ("Quảng Ninh")."""
    if not subject[:1].isupper():
        return False
    district = district_named(subject)
    return district is not None and district.name == subject and not find_provinces(subject)


def _area_sown_before(clean: str, fig: Figure, recent: list[tuple[int, dict]]) -> bool:
    """Did the figure's paragraph give an area sown (a level keyed so) before it?"""
    return _level_given_since(recent, "cultivated_area", clean.rfind("\n", 0, fig.start) + 1)


def _area_change_before(clean: str, fig: Figure, recent: list[tuple[int, dict]]) -> bool:
    """Is the last figure before the figure's sentence, in its paragraph, a change of the area sown?"""
    before = [(offset, row) for offset, row in recent[-12:] if offset < fig.sentence[0]]
    if not before or before[-1][0] < clean.rfind("\n", 0, fig.start) + 1:
        return False
    last = before[-1][1]
    return last["indicator_key"] == "cultivated_area" and last["metric"] in ("yoy_pct", "change_pct")


def _level_given_since(recent: list[tuple[int, dict]], key: str, since: int, other_than: float | None = None,
                       but_not: Callable[[dict], bool] | None = None) -> bool:
    """Is one of the last rows, from ``since`` on, a level keyed ``key`` (of another value than ``other_than``,
    and not a row ``but_not`` rules out)?"""
    for offset, row in reversed(recent[-12:]):
        if offset < since:
            return False
        if (row["indicator_key"] == key and row["metric"] == "level" and row["value"] != other_than
                and (but_not is None or not but_not(row))):
            return True
    return False


# "so với quý trước và cùng kỳ giảm lần lượt": two bases named right before the marker
_TWO_BASES_BEFORE_MARKER = re.compile(TWO_BASES_THEN_CHANGE + "$", re.IGNORECASE)


# the names of a list read "respectively", before its marker: "Kim ngạch xuất khẩu và nhập khẩu lần lượt đạt ..."
# (the names run back to the sentence's start or, past a number, to the comma closing the period it names:
# "Trong 6 tháng, kim ngạch xuất khẩu và nhập khẩu lần lượt ...")
_RESPECTIVE_NAMES = re.compile(r"(?:^|[.;:,]\s|\n)([^.;:\n\d]{4,160}?)\s*$")
# (the names listed with commas between them: "nông nghiệp, lâm nghiệp và thủy sản")
_RESPECTIVE_NAMES_WITH_COMMAS = re.compile(r"(?:^|[.;:]\s|\n|\s\s)([^.;:\n\d]{4,160}?)\s*$")
_NAMES_JOINED = re.compile(r"\s*,\s*|\s+và\s+")


# "So với năm 2020, thiệt hại năm nay cao hơn ...": the year compared with, fronted at the sentence's head
_YEAR_FRONTED = re.compile(r"\s*[-+•]?\s*so\s+với\s+(?:cùng\s+kỳ\s+)?năm\s+(" + YEAR + r")\s*,", re.IGNORECASE)


# "cao hơn năm 2021 là 15 triệu đồng": the year compared with, between the comparison and the amount
_YEAR_RIGHT_BEFORE_THE_AMOUNT = re.compile(r"(?:hơn|so\s+với)\s+(?:cùng\s+kỳ\s+)?năm\s+(" + YEAR + r")\s+(?:là\s+)?"
                                           rf"(?:(?:{HEDGE_WORDS})\s+)?$", re.IGNORECASE)
# "giảm 1.250 hộ nghèo so với năm 2024": the noun the count is of, between the figure and its base
_NOUN_BEFORE_A_BASE = re.compile(r"(?:\s+[^\W\d_]+){1,3}(?=\s+so\s+với\s)", re.IGNORECASE)


def _an_earlier_year_fronted(clean: str, fig: Figure, period: tuple[dt.date, dt.date]) -> bool:
    """Is the year a sentence opens with as its base ("So với năm 2020, ...") two or more years before the end of
    the figure's period, with no other base named between it and the figure? Or the year a count's noun is compared
    with after it ("giảm 1.250 hộ nghèo so với năm 2024")?"""
    if "năm" in clean[max(0, fig.start - 24):fig.start] and (
            base := _YEAR_RIGHT_BEFORE_THE_AMOUNT.search(clean, max(0, fig.start - 40), fig.start)) is not None:
        return period[1].year - int(base.group(1)) >= 2
    if "so" in clean[fig.unit_end:fig.unit_end + 40] and (
            noun := _NOUN_BEFORE_A_BASE.match(clean, fig.unit_end, fig.unit_end + 40)) is not None:
        return an_earlier_year_compared(clean, noun.end(), period)
    head = clean[fig.sentence[0]:fig.sentence[0] + 8].lower()
    if "so" not in head or (m := _YEAR_FRONTED.match(clean, fig.sentence[0], fig.start)) is None:
        return False
    return period[1].year - int(m.group(1)) >= 2 and "so với" not in clean[m.end():fig.start].lower()


# a lower unit named (its word) between the province and the figure: "Tỉnh Quảng Ninh giao huyện ... thu 120 tỷ đồng"
_A_LOWER_UNIT = re.compile(rf"\b(?:{LOWER_UNIT_WORDS})\s+\w", re.IGNORECASE)
# the province as the subject: opening its clause, or whole, of, on or in it ("Toàn tỉnh X", "của tỉnh X", "trên
# địa bàn tỉnh X", "Tại tỉnh X"), not an address's tail ("phường Hạ Long, tỉnh X") nor a name's ("Hội thi ... tỉnh X")
_THE_PROVINCE_AS_SUBJECT = re.compile(r"(?:^|\b(?:toàn|cả|của|bàn|tại|ở))\s*$", re.IGNORECASE)


def _said_of_the_whole_province(clean: str, fig: Figure, province: str | None) -> bool:
    """Whether a figure of a district's, commune's or ward's text is said of its whole province: its clause names
    "tỉnh" and the province before it as its subject ("Toàn tỉnh Quảng Ninh 9 tháng đón ...", "Tổng thu từ du lịch
    của tỉnh Quảng Ninh đạt ..."), with no lower unit named between (a clause cut 160 characters before the figure
    opens there)."""
    lo = max(fig.sentence[0], fig.start - 160, clean.rfind(";", 0, fig.start) + 1)
    if province is None or ("tỉnh" not in clean[lo:fig.start] and "Tỉnh" not in clean[lo:fig.start]):
        return False
    clause = clean[lo:fig.start]
    named = [m for m in find_provinces(clause) if m.province.key == province and m.prefixed]
    return bool(named) and _THE_PROVINCE_AS_SUBJECT.search(clause, 0, named[-1].start) is not None \
        and _A_LOWER_UNIT.search(clause, named[-1].end) is None


# the words that open a part of a whole before the part's place ("trong đó", "riêng", "chia theo khu vực:")
_PART_OPENING = re.compile(r"^(?:trong\s+đó|riêng|chia\s+theo\s+(?:khu\s+vực|địa\s+bàn))\s*:?\s*", re.IGNORECASE)
# a verb of arriving at a figure, after the place ("khu vực Lâm Đồng cũ đón", "Bình Thuận (cũ) đạt")
_VERB_AFTER_THE_PLACE = re.compile(r"\s+(?:đón|đạt|ước\s+đạt|có|là|tăng|giảm|thu\s+hút|phục\s+vụ)$", re.IGNORECASE)


def _former_province_of(clean: str, fig: Figure, former_words: dict[tuple[int, int], bool]) -> tuple[str, str] | None:
    """The province written as former that a free-text figure's clause names ("khu vực tỉnh Phú Yên cũ thu 412 tỷ
    đồng"): its key and the clause's words up to the mark, or None."""
    # (the clause is read in the last 160 characters before the number: no copy of a long sentence per figure;
    # only in a sentence that holds a word of a former province's mark, tested once for its figures: the
    # clause is a part of the text tested, which holds such a word wherever the clause does)
    said_to = (fig.sentence[0], max(fig.sentence[1], fig.start))
    if (said_former := former_words.get(said_to)) is None:
        said_former = former_words[said_to] = may_name_a_former_province(clean[slice(*said_to)])
    if not said_former:
        return None
    if (named := former_province_named(clean[max(fig.sentence[0], fig.start - 160):fig.start])) is not None:
        return named
    # "khu vực phía Đông (địa bàn tỉnh Bình Định cũ) thu hút 31 dự án, vốn đăng ký 21.400 tỷ đồng, tăng 12%": a
    # clause that names no subject of its own goes on with the former province of the clause before it (back to the
    # semicolon or the sentence's start)
    clause_end = fig.start
    for _ in range(_CLAUSES_GONE_ON):
        comma = clean.rfind(",", fig.sentence[0], clause_end)
        if comma < 0 or ";" in clean[comma:clause_end] or not _names_no_subject(clean[comma + 1:clause_end]):
            return None
        if (named := former_province_named(clean[max(fig.sentence[0], comma - 160):comma])) is not None:
            return named
        clause_end = comma
    return None


_CLAUSES_GONE_ON = 3  # ("…cũ) thu hút 31 dự án, vốn đăng ký 21.400 tỷ đồng, tăng 12% so với cùng kỳ, …")
# a word that opens a place or a part of its own in a clause ("khu vực phía Tây", "trên địa bàn", "toàn tỉnh", "trong
# đó"): no clause going on with the one before
_A_PLACE_OR_PART_OF_ITS_OWN = re.compile(rf"(?<![^\W\d_])(?:khu\s+vực|địa\s+bàn|toàn|trong\s+đó|riêng|{UNIT_WORDS})"
                                         r"(?![^\W\d_])", re.IGNORECASE)


def _names_no_subject(clause: str) -> bool:
    """Whether ``clause`` (its words before a figure, or a whole clause) names no place or part of its own: no
    capitalised name, no word of a place (``_A_PLACE_OR_PART_OF_ITS_OWN``)."""
    return not any(char.isupper() for char in clause) and _A_PLACE_OR_PART_OF_ITS_OWN.search(clause) is None


def _of_a_former_province(row: dict, fig: Figure, former: tuple[str, str], recent: list[tuple[int, dict]]) -> None:
    """A merged province's figure of one of the provinces it was made of ("Chia theo khu vực: Lâm Đồng (cũ) đạt
    7.120 tỷ đồng"): it is that province's (a province merged away keeps its key), and a label that is only that
    place names the whole given before it, at that place ("Tổng mức bán lẻ ... (Lâm Đồng (cũ))")."""
    own_province = row["province"]
    row["province"], row["locality"] = former[0], None
    place = _PART_OPENING.sub("", former[1])
    place = place + ")" if place.count("(") > place.count(")") else place
    label = _VERB_AFTER_THE_PLACE.sub("", _PART_OPENING.sub("", (row["indicator_label"] or "").strip()))
    if label and label not in place:
        return
    for offset, earlier in reversed(recent[-8:]):
        if offset < fig.start - 400:
            break
        if (earlier is not row and earlier["province"] == own_province and earlier.get("locality") is None
                and earlier["indicator_key"]
                and earlier["unit"] == row["unit"] and earlier["metric"] == row["metric"]):
            row["indicator_label"] = f"{earlier['indicator_label']} ({place})"
            return


# a later name of a list that names a part beside the entry before it, no entry of its own ("hộ nghèo và cận nghèo")
# (data/words/parts_beside_an_entry.csv)
_NAMES_OF_A_PART_BESIDE = re.compile(r"^(?:" + word_source("parts_beside_an_entry") + r")$", re.IGNORECASE)


def _name_in_place(clean: str, place: ListPlace, unit: str, metric: str) -> tuple[str, str | None] | None:
    """The name a figure of a list read "respectively" stands for, and its catalog key: "Kim ngạch xuất khẩu và nhập
    khẩu lần lượt đạt 1,9 tỷ USD và 0,9 tỷ USD" (a shorter later name shares the first one's head: "[kim ngạch]
    nhập khẩu"). None unless each name gives a key of its own, all different, or none does (the name, no key)."""
    if place.position >= place.size:
        return None
    names: list[str] = []
    for pattern in (_RESPECTIVE_NAMES, _RESPECTIVE_NAMES_WITH_COMMAS):
        m = pattern.search(clean, max(0, place.marker - 160), place.marker)
        words = m.group(1).strip() if m is not None else ""
        # ("Khu vực nông, lâm nghiệp và thủy sản, khu vực công nghiệp - xây dựng và khu vực dịch vụ lần lượt ...": a
        # name with a comma or a "và" inside is one name of the list, unless the list's figures are its parts)
        for names in (_names_listed(words, whole=True), _names_listed(words)):
            if len(names) >= place.size:
                names = names[-place.size:]
            if len(names) == place.size:
                break
        if len(names) == place.size:
            break
    if len(names) != place.size:
        return None
    head = names[0].split()
    counted = _the_counted_noun_in_the_head(head, clean, place.marker)
    full = [names[0]] + [_with_the_first_names_head(head, n, counted) for n in names[1:]]
    keys = [catalog_key(name, unit, metric) for name in full]
    if not any(keys):
        # "Giá trị sản xuất nông nghiệp, lâm nghiệp và thủy sản lần lượt đạt ...": names of no catalog entry still
        # name each figure; the head they share is the first name without as many words as the shortest later name
        # ("trồng trọt, chăn nuôi và dịch vụ nông nghiệp": the first item is no longer than "chăn nuôi")
        # (or up to the noun the figures count, as for names of an entry)
        cut = counted if counted is not None else max(0, len(head) - min(len(n.split()) for n in names[1:]))
        shared = head[:cut]
        return " ".join([*shared, names[place.position]]) if place.position else names[0], None
    given = [key for key in keys if key]
    if len(set(given)) != len(given) or not all(
            _NAMES_OF_A_PART_BESIDE.search(name) for name, key in zip(names, keys, strict=True) if not key):
        return None
    # ("Tỷ lệ hộ nghèo và cận nghèo lần lượt là 12,5% và 6,3%", "Tỷ lệ hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo lần
    # lượt là ...": the near-poor and those just out of poverty beside the poor, names of no entry, still name their own
    # figures; each name is its figure's)
    return full[place.position], keys[place.position]


def _names_listed(words: str, whole: bool = False) -> list[str]:
    """The names of a list joined by commas and "và"; ``whole``: a name with a comma inside (names_with_commas.csv)
    kept one name."""
    if whole and "," in words:
        words = _NAME_WITH_COMMAS.sub(lambda m: m.group().replace(",", "\x00").replace(" và ", "\x01"), words)
    return [n.replace("\x00", ",").replace("\x01", " và ") for n in _NAMES_JOINED.split(words) if n]


def _with_the_first_names_head(head: list[str], name: str, counted: int | None = None) -> str:
    """A later name of a list with the head it shares with the first (``head``, its words): the first name's words
    before the word the later name opens with, when the first name has that word ("Tỷ lệ hộ nghèo, hộ cận nghèo" →
    "Tỷ lệ hộ cận nghèo"), else its words up to the noun the list's figures count (``counted``: how many words that
    is; "Số doanh nghiệp thành lập mới và giải thể lần lượt là 86 và 31 doanh nghiệp" → "Số doanh nghiệp giải thể"),
    else without as many words as the later name has ("Kim ngạch xuất khẩu và nhập khẩu" → "Kim ngạch nhập khẩu")."""
    words = name.split()
    opening = words[0].lower() if words else ""
    shared = next((head[:i] for i in range(1, len(head)) if head[i].lower() == opening), None)
    if shared is None:
        shared = head[:counted] if counted is not None else head[: max(0, len(head) - len(words))]
    return " ".join([*shared, name])


# a figure of a list and the words of the noun it counts ("lần lượt là 86 và 31 doanh nghiệp")
_A_COUNTED_NOUN_AFTER = re.compile(r"(?<![\d.,])\d[\d.,]*\s+((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)")
_A_LISTS_REACH = 120  # (a list's figures and their nouns, after its marker: "là 86 và 31 doanh nghiệp")


def _the_counted_noun_in_the_head(head: list[str], clean: str, marker: int) -> int | None:
    """How many words of a list's first name (``head``) run up to the noun its figures count, when the figures after
    the list's marker are followed by a noun the first name holds before more words of its own ("Số doanh nghiệp
    thành lập mới và giải thể lần lượt là 86 và 31 doanh nghiệp": 3, "Số doanh nghiệp"); the later names (a verb of
    two syllables, "giải thể") then follow that noun, not a cut counted in syllables ("Số doanh nghiệp thành")."""
    lowered = [word.lower() for word in head]
    reach = clean.find(".", marker, marker + _A_LISTS_REACH)
    for m in _A_COUNTED_NOUN_AFTER.finditer(clean, marker, reach if reach >= 0 else marker + _A_LISTS_REACH):
        noun = m.group(1).lower().split()
        for size in range(len(noun), 0, -1):
            ends = [i + size for i in range(len(head) - size) if lowered[i : i + size] == noun[:size]]
            if ends:
                return ends[0]
    return None


def _row_of_the_list_before(clean: str, place: ListPlace, recent: list[tuple[int, dict]],
                            metric: str = "level") -> dict | None:
    """"... lần lượt đạt 1,9 tỷ USD và 0,9 tỷ USD, tăng tương ứng 8,3% và 5,1%": a second list read "respectively"
    restates the entries of the list just before it in the sentence, in order, whatever their metric (the figure
    just before must itself stand in such a list): the row of the entry at the figure's place. So too changes or
    shares (``metric``) listed after as many levels of the sentence, each of its own subject ("có 98,6 triệu giao
    dịch ... với tổng giá trị 612.000 tỷ đồng, tăng lần lượt 35% và 22%": the first level's, then the second's)."""
    sentence_start = max(clean.rfind(". ", 0, place.marker) + 2, clean.rfind("\n", 0, place.marker) + 1)
    before = [(offset, r) for offset, r in recent[-12:] if sentence_start <= offset < place.marker]
    listed = [r for _, r in before[-place.size:]]
    keys = [r["indicator_key"] for r in listed]
    if len(listed) != place.size:
        return None
    if all(keys) and len(set(keys)) == place.size and respective_place(clean, before[-1][0]) is not None:
        return listed[place.position]
    labels = [r["indicator_label"] for r in listed]
    if (
        metric != "level"
        and all(r["metric"] == "level" for r in listed)
        and all(labels)
        and len(set(labels)) == place.size
        and respective_place(clean, before[-1][0]) is None
    ):
        return listed[place.position]
    return None


def _read_respectively(clean: str, fig: Figure, row: dict, recent: list[tuple[int, dict]],
                       phrases: list[PeriodPhrase] = (), several_provinces: bool = False,
                       counts: list[tuple[Figure, dict]] = ()) -> None:
    """A figure of a list read "respectively" ("khu vực I - II - III tương ứng là 40% - 16% - 39%")
    takes the key its place names, and the period of the list's first figure (the list's own
    "cùng kỳ năm 2023" is read at its head only), or the period at its place in a list of as many periods
    before the marker ("Tháng 10 và 10 tháng năm 2026, kim ngạch ... lần lượt đạt 210 triệu USD và 1,95 tỷ USD").
    (``counts``: the level counts read so far and their rows, a count of a list before named as its own row is.)"""
    place = respective_place(clean, fig.start)
    if place is None:
        if (period := _period_at_its_place_unsaid(clean, fig, phrases)) is not None:
            row["period_start"], row["period_end"] = period.start, period.end
        return
    listed_run = _periods_listed_before(clean, place, phrases, fig.unit, row["metric"])
    periods = [phrase.period for phrase in listed_run] if listed_run is not None else None
    if listed_run is not None:
        row["period_start"], row["period_end"] = periods[place.position].start, periods[place.position].end
        if subject := _the_subject_before_listed_periods(clean, listed_run[0]):
            # ("Số doanh nghiệp thành lập mới các năm 2024, 2025 lần lượt là 610 và 680": the subject the sentence
            # opens with, before its periods, names every figure; not the periods' words nor a number of the list)
            row["indicator_label"] = subject
        elif place.position and len(recent) >= place.position and recent[-place.position][0] > place.marker:
            # ("Quý I và quý II, tỉnh lần lượt thu hút 5 và 7 dự án": one subject, the first figure's, not "... 5")
            row["indicator_label"] = recent[-place.position][1]["indicator_label"]
    if several_provinces and row["province"] is None and (
            listed := _provinces_listed_before(clean, place)) is not None:
        # "Kim ngạch xuất khẩu của Đồng Nai và Tây Ninh lần lượt đạt 14,2 tỷ USD và 6,1 tỷ USD" in a text about
        # several provinces: each amount is the entry of the province at its place
        entry, provinces = listed
        row["province"], row["indicator_label"] = provinces[place.position], entry
        row["indicator_key"] = catalog_key(entry, fig.unit, row["metric"], f"{entry} ")
        return
    # (a list restates figures of its own unit only: "85 xã và 32 xã" after a sentence of enterprises restates none)
    earlier = [(offset, r["indicator_key"]) for offset, r in recent[-12:]
               if r["metric"] == row["metric"] and r["unit"] == row["unit"] and offset > fig.start - 600]
    if _TWO_BASES_BEFORE_MARKER.search(clean, max(0, place.marker - 80), place.marker):
        earlier = []  # "so với tháng trước và cùng kỳ tăng lần lượt ...": the list is one per base, it restates nothing
    elif periods is not None:
        earlier = []  # "Tháng 12 và năm 2025, kim ngạch nhập khẩu lần lượt đạt ...": one per period, restates nothing
    listed_before = _row_of_the_list_before(clean, place, recent, row["metric"])
    key = listed_before["indicator_key"] if listed_before is not None else respective_key(clean, place, earlier)
    # (a list of periods names no subjects: "Quý I và quý II, tỉnh lần lượt thu hút 5 và 7 dự án")
    named = _name_in_place(clean, place, fig.unit, row["metric"]) if periods is None and listed_before is None else None
    if named is not None and (key is None or key == named[1] or (named[1] is not None and listed_before is None)):
        # (each figure is its own name's, not the names' run: "kim ngạch nhập khẩu", not "xuất khẩu và nhập khẩu"; a
        # list naming its own entries, each of a key, restates no figures of the sentence before)
        row["indicator_label"], key = named
        # (a name of no entry beside one that is, "hộ cận nghèo" beside "hộ nghèo", keys its figure to nothing: not to
        # the entry the list's words open with)
        row["indicator_key"] = key
    elif listed_before is not None:
        # (a count of the list before is named by the noun after its number, as its own row will be: "98,6 triệu giao
        # dịch thanh toán không dùng tiền mặt", not the words before it)
        level = next((count for count, counted_row in counts if counted_row is listed_before), None)
        label_before = listed_before["indicator_label"]
        named_by_its_noun = _a_count_named_by_its_noun(clean, level, label_before) if level else None
        row["indicator_label"] = named_by_its_noun or label_before
    if key is not None:
        row["indicator_key"] = key
    label = row["indicator_label"] or ""
    if (cut := _FROM_A_MARKER_ON.search(label)) is not None and names_a_subject(label[:cut.start()]):
        # ("sản lượng tôm nuôi lần lượt đạt 45.000 tấn và 52.000 tấn, tăng lần lượt 5,2% và 6,1%": the changes are of
        # the subject before the first list, not of its words up to them)
        row["indicator_label"] = label[:cut.start()]
    if periods is None and place.position > 0 and len(recent) >= place.position and \
            recent[-place.position][0] > place.marker:
        first = recent[-place.position][1]
        row["period_start"], row["period_end"] = first["period_start"], first["period_end"]
        label = row["indicator_label"] or ""
        if named is None and first["indicator_label"] and (
                not label or _RESPECTIVELY_OPENS.match(label)
                or clean.startswith(label, _BLANKS.match(clean, fig.end).end())):
            # "... tương ứng là 140 doanh nghiệp và 95 doanh nghiệp", "..., tương ứng là 140 và 95 doanh nghiệp": a
            # later item named only by the noun it counts, or by the list's words, is the list's first item's subject
            row["indicator_label"] = first["indicator_label"]


# a label that opens with a list's marker ("tương ứng là 140"): the list's words, no subject
_RESPECTIVELY_OPENS = re.compile(r"(?:lần\s+lượt|tương\s+ứng)(?![^\W\d_])", re.IGNORECASE)
# a list's marker in a label and what follows it ("sản lượng tôm nuôi lần lượt đạt 45.000 tấn")
_FROM_A_MARKER_ON = re.compile(r"\s+(?:lần\s+lượt|tương\s+ứng)(?![^\W\d_]).*$", re.IGNORECASE | re.DOTALL)


# the entry, and the provinces it is said of, before "lần lượt" ("Kim ngạch xuất khẩu của Đồng Nai và Tây Ninh")
_ENTRY_OF_PROVINCES = re.compile(r"(?:^|[.;:,]\s|\n|\s\s)(?P<entry>[^.;:,\n\d]{3,120}?)\s+(?:của|ở|tại)\s+"
                                 r"(?:(?:các|hai|ba)\s+)?(?:(?:tỉnh|thành\s+phố)\s+)?(?P<names>[^.;:\n\d]{3,120}?)\s*$")


_PROVINCE_KIND_WORD = re.compile(rf"\b(?:{_PROVINCE_KIND_SOURCE})\b", re.IGNORECASE)


def _provinces_listed_before(clean: str, place: ListPlace) -> tuple[str, list[str]] | None:
    """The entry and the provinces (as many as the list's numbers, each named once, joined by commas or "và") it is
    said of before a list read "respectively", else None."""
    said = _ENTRY_OF_PROVINCES.search(clean, max(0, place.marker - 200), place.marker)
    if said is None:
        return None
    names = said["names"]
    mentions = find_provinces(names)
    keys = [m.province.key for m in mentions]
    if len(keys) != place.size or len(set(keys)) != place.size:
        return None
    bounds = [0, *(end for m in mentions for end in (m.start, m.end)), len(names)]
    between = [names[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True)]  # (before, among and after them)
    if between[0].strip() or between[-1].strip() or any(
            _NAMES_JOINED.sub("", _PROVINCE_KIND_WORD.sub("", words)).strip() for words in between[1:-1]):
        return None
    return said["entry"].strip(), keys


# the bases a change is compared with, not the periods of the figures ("so với tháng 11 và năm 2024 tăng lần lượt")
_COMPARED_WITH_BEFORE = re.compile(r"(?:với|bằng)\s*$", re.IGNORECASE)


# the word joining a subject to the periods it is listed for ("Tỷ lệ che phủ rừng các năm 2024, 2025")
_BEFORE_LISTED_PERIODS = re.compile(r"\s+(?:các|những|trong|của)$", re.IGNORECASE)


def _the_subject_before_listed_periods(clean: str, first: PeriodPhrase) -> str:
    """The subject written right before a list of periods that does not open its sentence ("Số doanh nghiệp thành
    lập mới quý I và quý II lần lượt ..."), without the word joining it to them; "" when the periods open it."""
    sentence_start = max(clean.rfind(". ", 0, first.start) + 2, clean.rfind("\n", 0, first.start) + 1)
    words = _BEFORE_LISTED_PERIODS.sub("", clean[sentence_start:first.start].strip(" ,;:-–+•"))
    return words if names_a_subject(words) and "," not in words else ""


def _periods_listed_before(clean: str, place: ListPlace, phrases: list[PeriodPhrase], unit: str,
                           metric: str) -> list[PeriodPhrase] | None:
    """The periods of a list of as many periods as the respective list has numbers, parts of a year opening it (it may
    close on the whole year), joined by "và" or commas only, in the marker's sentence ("Tháng 10 và 10 tháng năm 2026,
    ... lần lượt đạt ...", "Quý IV và cả năm 2025, ... lần lượt"); None for any other, and for the bases a change is
    compared with ("so với quý III và năm 2024")."""
    if place.size < 2 or not phrases:
        return None
    sentence_start = max(clean.rfind(". ", 0, place.marker) + 2, clean.rfind("\n", 0, place.marker) + 1)
    run = listed_periods(clean, (p for p in itertools.takewhile(lambda p: p.start < place.marker, phrases)
                                 if p.start >= sentence_start))
    if len(run) != place.size or len({p.period for p in run}) != place.size or _COMPARED_WITH_BEFORE.search(
            clean, max(0, run[0].start - 8), run[0].start):
        return None
    names = _NAMES_BEFORE_A_NUMBER.match(clean, run[-1].end, place.marker)
    if names is not None and _NAMES_JOINED_BY_VA.search(names.group()) and _name_in_place(
            clean, place, unit, metric) is not None:
        # ("Quý III và 9 tháng, xuất khẩu và nhập khẩu lần lượt đạt ...": which list is it read by? Not so when the
        # "và" is inside one entry's name: "Quý IV và cả năm, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ...")
        return None
    return run


# a list of numbers with no "lần lượt" ("32.000 tấn và 41.000 tấn", "5% và 7%"): an item, its unit or counted word
# in up to three words, and what joins the items
_AN_ITEM_UNSAID = re.compile(r"\d[\d.,]*(\s*%|(?:\s+(?!và\b|so\b|với\b|tăng\b|giảm\b|đạt\b)[^\W\d]+){0,3})",
                            re.IGNORECASE)
_ITEMS_JOINED = re.compile(r"\s+và\s+|[ \t]*,[ \t]*(?=\d)")
_A_LISTS_END = re.compile(r"\s*(?:[.;,)]|$)")
_CHANGES_LISTED_AFTER = re.compile(r"\s*,\s*(?:tăng|giảm|bằng)\s+(?:tương\s+ứng\s+)?", re.IGNORECASE)


# a transfer received from the budget of the level above, not named ("Thu bổ sung từ ngân sách cấp trên", "nhận trợ
# cấp NS cấp trên")
_FROM_THE_BUDGET_ABOVE = re.compile(r"\b(?:thu|nhận)\s+(?:bổ\s+sung|trợ\s+cấp)\b[^,;]{0,30}?\b(?:ngân\s+sách|NS)\s+"
                                    r"cấp\s+trên\b", re.IGNORECASE)


def _received_from_the_budget_above(label: str | None) -> bool:
    """Does a budget row's label name a transfer received from the budget above the report's level?"""
    return bool(label) and "cấp trên" in label and _FROM_THE_BUDGET_ABOVE.search(label) is not None


def _period_at_its_place_unsaid(clean: str, fig: Figure, phrases: list[PeriodPhrase]) -> Period | None:
    """"Quý I và quý II, sản lượng đạt 32.000 tấn và 41.000 tấn": a clause opening on a list of periods and
    closing on a list of as many numbers of one unit, with no "lần lượt", reads them in order too: the period at
    the figure's place. None for any other figure (one number, lists of another size, a base compared with)."""
    lo = max(0, fig.start - 30)
    if " và " not in clean[lo:fig.start + 30] and "," not in clean[lo:fig.start]:
        return None  # (a cheap test first: most figures stand in no list)
    # (the figure's own sentence, or its clause after a "; " in it)
    sentence_start = max(fig.sentence[0], clean.rfind("; ", fig.sentence[0], fig.start) + 2)
    run = listed_periods(clean, (p for p in phrases if sentence_start <= p.start < fig.start))
    if len(run) < 2 or len({p.period for p in run}) != len(run) or not _CLAUSE_HEAD_BEFORE_A_LIST.fullmatch(
            clean, sentence_start, run[0].start) or "," not in clean[run[-1].end:run[-1].end + 2]:
        return None
    at = _NAMES_BEFORE_A_NUMBER.match(clean, run[-1].end, fig.start).end()
    while at <= fig.start:  # (the list of amounts, then the list of their changes: "…, tăng 4% và 6%")
        units, place, item = [], None, None
        while (item := _AN_ITEM_UNSAID.match(clean, at)) is not None:
            if item.start() == fig.start:
                place = len(units)
            units.append(item.group(1).strip().lower())
            joined = _ITEMS_JOINED.match(clean, item.end())
            if joined is None:
                break
            at = joined.end()
        if (len(units) != len(run) or item is None or not _A_LISTS_END.match(clean, item.end())
                or len({u for u in units if u}) != 1):
            return None
        if place is not None:
            return run[place].period
        changes = _CHANGES_LISTED_AFTER.match(clean, item.end())
        if changes is None:
            return None
        at = changes.end()
    return None


_CLAUSE_HEAD_BEFORE_A_LIST = re.compile(r"[\s\-+•*]*(?:(?:trong|riêng)\s+)?", re.IGNORECASE)


# the words after the periods up to the first number: the names of the subjects ("xuất khẩu và nhập khẩu")
_NAMES_BEFORE_A_NUMBER = re.compile(r"[^\d]*")
_NAMES_JOINED_BY_VA = re.compile(r"\svà\s", re.IGNORECASE)


# a crop season named ("lúa vụ Xuân"): the words are the periods' table of seasons
_SEASON = re.compile(r"vụ\s+(?:" + word_source("crop_seasons") + ")", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"(?:năm|Năm)\s+" + captured(YEAR))
# a term written right after a figure's unit ("theo tỷ lệ 10% giai đoạn 2022 - 2026")
_TERM_RIGHT_AFTER = re.compile(r"\s*(?:trong\s+|cho\s+)?(?:giai\s+đoạn|nhiệm\s+kỳ)\s*" + captured(YEAR)
                               + r"\s*[-–]\s*" + captured(YEAR), re.IGNORECASE)
# the aims of a year a sentence lists after its colon ("Các chỉ tiêu chủ yếu năm 2026:", "Mục tiêu đến năm 2030:")
# (or the year a sentence opens aiming at: "Phấn đấu đến năm 2030, thu nhập bình quân đầu người đạt ...")
_AIMS_LISTED = re.compile(r"\W*(?:(?:các\s+)?(?:chỉ\s+tiêu|mục\s+tiêu)(?:\s+(?:chủ\s+yếu|chính|cụ\s+thể))?"
                          r"\s+(?:của\s+)?(?:đến\s+)?năm\s+" + captured(YEAR) + r"\s*:"
                          r"|(?:phấn\s+đấu|mục\s+tiêu)\s+(?:đến|tới|vào)\s+(?:cuối\s+)?năm\s+" + captured(YEAR)
                          + r"\s*,)", re.IGNORECASE)
# a year written right after a target's figure and unit ("tăng trưởng 9% trở lên năm 2026", "đạt 100 triệu đồng vào
# năm 2030")
_YEAR_RIGHT_AFTER = re.compile(r"\s*(?:trở\s+lên\s+)?(?:vào\s+|trong\s+)?năm\s+" + captured(YEAR) + r"(?!\d)",
                               re.IGNORECASE)
# the year a target's clause says after it, past the words of what it counts, that it is to be reached by ("thu hút
# 5 tỷ USD vốn FDI đến năm 2030", "đạt 150 triệu đồng/người vào năm 2030"); no other figure or clause between
_REACHED_BY_A_YEAR_AFTER = re.compile(r"[^\d;:.()]{0,50}?\s(?:đến|vào)\s+(?:hết\s+|cuối\s+)?năm\s+" + captured(YEAR)
                                      + r"(?!\d)", re.IGNORECASE)
# "6 tháng đầu năm 2019", "so với cùng kỳ năm 2019": part of a year or a year compared with,
# not the year a target aims at
_COMPARED_YEAR = re.compile(r"(?:tháng|quý\s+\S+|cùng\s+kỳ|so\s+với)(?:\s+(?:đầu|cuối))?\s*$", re.IGNORECASE)
# "(theo giá so sánh năm 2010) ước tăng 11,07% (KH tăng 8-9%)": the prices' base year, never a target's
_PRICE_BASE_YEAR = re.compile(r"giá\s+(?:so\s+sánh|cố\s+định|thực\s+tế|hiện\s+hành)\s*$", re.IGNORECASE)
# "Mục tiêu giai đoạn 2026-2030: tăng trưởng GRDP bình quân 10%/năm": a yearly average over a term aims at the
# whole term, not at one of its years
# ("bình quân 5 năm 2026-2030", "trong 05 năm 2026 - 2030": the years counted before a span name it too)
_TERM_NAMED = re.compile(r"(?:giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ|kế\s+hoạch\s+5\s+năm|(?<!\w)\d{1,2}\s+năm)\s*"
                         + captured(YEAR) + r"\s*[-–]\s*" + captured(YEAR), re.IGNORECASE)
# (data/words/additions_over_a_term.csv)
_ADDED_OVER_A_TERM = re.compile(r"(?<!\w)(?:" + word_source("additions_over_a_term") + r")(?!\w)", re.IGNORECASE)
# "năm 2026-2030": the year that opens a span is no year a target aims at (the span is read as a term)
_SPAN_GOES_ON = re.compile(r"\s*[-–]\s*" + YEAR + r"(?!\d)")
# (an average per head, "bình quân đầu người", is no average over the years)
_AVERAGE_BEFORE = re.compile(
    r"\b(?:bình\s+quân|trung\s+bình)\b(?!\s+(?:đầu\s+người|(?:mỗi|một|1)\s+\w+|lao\s+động|hộ))", re.IGNORECASE)
_PER_YEAR_AFTER = re.compile(r"\s*/\s*năm\b|\s+(?:mỗi|hằng|hàng)\s+năm\b", re.IGNORECASE)


# (one branch per way of writing the "s", ſ included: the same matches as the pattern with
# re.IGNORECASE, which tests/test_scanning.py holds it to; asked for the sentence of every figure)
SINCE_YEAR_START_CASES = {"s": "sSſ"}
_SINCE_YEAR_START = re.compile(caseless_first_letter(
    (r"so\s+với\s+(?:đầu\s+năm|cuối\s+năm\s+(?:trước|" + YEAR + r")|"
     r"(?:ngày\s+)?31\s*/\s*12(?:\s*/\s*" + YEAR + r")?)",),
    SINCE_YEAR_START_CASES,
))
# "(tại) thời điểm 1/4/2016" after a subject dates the count of its own clause, not the clauses after ";"
_AT_A_MOMENT = re.compile(r"thời\s+điểm\b", re.IGNORECASE)
# the words that may open a sentence before its moment ("Tại thời điểm 30/9/2026, tổng đàn trâu …; đàn bò …")
_BEFORE_A_MOMENT_HEADING = re.compile(r"[\W_]*(?:(?:tại|vào)\s+)?", re.IGNORECASE)


def _a_moment_heading_its_sentence(clean: str, phrase: PeriodPhrase, sentence_start: int) -> bool:
    """Whether a moment ("thời điểm 30/9/2026") opens its sentence, closed by a comma: then it dates every clause
    of the sentence ("Tại thời điểm 30/9, đàn trâu …; đàn bò …"), not its own clause alone."""
    return (_BEFORE_A_MOMENT_HEADING.fullmatch(clean, sentence_start, phrase.start) is not None
            and clean.startswith(",", _BLANKS.match(clean, phrase.end).end()))


# "Từ đầu năm đến nay", "kể từ đầu năm tới nay", "Kể từ đầu năm 2026, ...": from the year's first day to the end of
# the period reported (the bare start closing its clause at a comma says the same)
_FROM_YEAR_START_WORDS = (r"(?:[Tt]ừ|TỪ)\s+(?:đầu|ĐẦU)\s+(?:năm|NĂM)(?:\s+" + YEAR + r")?(?:\s+"
                          r"(?:đến|tới|ĐẾN|TỚI)\s+(?:nay|hiện\s+nay|NAY)\b|\s*,)")
_FROM_YEAR_START = re.compile(r"\W*(?:[Kk]ể\s+)?" + _FROM_YEAR_START_WORDS)
# "từ đầu năm 2025" said in a later year's report: that year's first day to the end of the period reported
_FROM_THE_START_OF = re.compile(r"(?:[Tt]ừ|TỪ)\s+(?:đầu|ĐẦU)\s+$")
# Whether a text says it anywhere: the words alone, guarded (the engine skips to their first letter instead of trying
# the leading \W* at every character, ~9x faster on a long sentence). The same answer: a match of _FROM_YEAR_START
# ends with a match of the words (which open with no assertion), and a match of the words is one of _FROM_YEAR_START.
_FROM_YEAR_START_SAID = guarded(re.compile(_FROM_YEAR_START_WORDS))
_WITHIN = re.compile(r"(?:^|[\s(])(?:trong|Trong|TRONG|của|cả)\s*$")
# a span named with its term's word, after the subject it is the span of ("Tổng vốn đầu tư giai đoạn 2021 - 2025 đạt"),
# and what may stand between it and the figure: its verb and hedge, no other clause
_A_TERM_AFTER_THE_SUBJECT = re.compile(r"(?:giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ)\s.*", re.IGNORECASE | re.DOTALL)
_A_SPAN_OF_THE_SUBJECT = re.compile(r"\s*(?:[^\W\d_][^,;:()\d]{0,30})?")
# not the span's edge, its plan or a base ("đầu giai đoạn 2021 - 2025 là 9%", "kế hoạch giai đoạn ...", "so với giai
# đoạn ..."): the figure is of one year or of the plan, read otherwise
_THE_SPANS_EDGE_OR_BASE = re.compile(r"(?:đầu|cuối|hết|kế\s+hoạch|mục\s+tiêu|so\s+với)\s*$", re.IGNORECASE)


def _a_year_of_the_span_opening(phrases: list[PeriodPhrase], i: int, scope: int) -> bool:
    """Is the year phrase ``phrases[i]`` one of the span the phrase right before it opened the sentence with ("Trong
    nhiệm kỳ 2021 - 2026, thu nhập … tăng nhanh, năm 2026 ước đạt 74 triệu đồng": that one year, nearer the figure)?"""
    span, year = phrases[i - 1] if i else None, phrases[i].period
    return (span is not None and span.kind == "range" and span.start >= scope and span.period is not None
            and year is not None and span.period.start <= year.start and year.end <= span.period.end)


# "làm 3 người chết trong ngày 14/9", "tiếp nhận 210 hồ sơ trong ngày 2/3/2027": the one day the count was made on,
# said after the count's verb (periods.py reads "trong ngày" as a day only where it opens a clause)
_ONE_DAY_RIGHT_AFTER = re.compile(r"(?:\s+[^\W\d]+){0,2}?\s+trong\s+ngày\s+"
                                  r"(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?![\d/]|[.,]\d|\s*-\s*\d)")
# "bình quân mỗi năm giai đoạn 2021-2023 chỉ tăng 0,4%/năm": an average over the years the span names
# covers those years (the span is the figure's period however deep in the sentence it stands)
_AVERAGED_OVER = re.compile(r"\b(?:bình\s+quân|trung\s+bình)(?:\s+(?:mỗi|hằng|hàng)(?:\s+năm)?)?\s*$",
                            re.IGNORECASE)
# "trồng mới 16 ha, lũy kế 85 ha": "lũy kế" with no months, start or end of its own is the year so far
# (its months, its start or its date after it are a period phrase of their own)
# ("lũy kế năm 2024 đạt ..." after a month's figure: the year named is the one so far, not its whole)
_BARE_CUMULATIVE = re.compile(r"\b[Ll](?:ũy|uỹ|ŨY|UỸ)\s+(?:kế|KẾ)\b(?:\s+(?:từ\s+đầu\s+)?năm\s+(\d{4})\b)?")
# "Năm 2016, xã đạt chuẩn ..., thu nhập đạt 27 triệu đồng", "Đến đầu năm 2019, đạt 35 triệu đồng": a year
# that opens the sentence dates its figures, even one later than the year the text starts from
# (periods.py reads such a year as aimed at; a figure said as done is of that year all the same)
_YEAR_OPENS_SENTENCE = re.compile(r"\W*(?:(?:tính\s+)?đến\s+(?:đầu\s+|cuối\s+|hết\s+)?)?$", re.IGNORECASE)


class _SentenceReadings:
    """What ``_figure_period`` reads of a whole sentence (or of a paragraph's head) of one document,
    read once for all the figures of that sentence: each reading depends only on the sentence's
    start or span and the document, never on the figure (a sentence holds ~3 figures)."""

    def __init__(self, clean: str, phrases: list[PeriodPhrase], starts: list[int], document: dict) -> None:
        self.clean, self.phrases, self.starts, self.document = clean, phrases, starts, document
        self._since_year_start: dict[tuple[int, int], bool] = {}
        self._from_year_start: dict[int, bool] = {}
        self._breakdowns: dict[int, Period | None] = {}
        self._one_month_breakdowns: dict[int, Period | None] = {}
        self._paragraph_heads: dict[tuple[int, int], Period | None] = {}

    def since_year_start(self, sentence: tuple[int, int]) -> bool:
        """Does the sentence compare with the year's start ("so với đầu năm", "so với 31/12")?"""
        said = self._since_year_start.get(sentence)
        if said is None:
            said = self._since_year_start[sentence] = _SINCE_YEAR_START.search(self.clean, *sentence) is not None
        return said

    def from_year_start(self, paragraph: int) -> bool:
        """Does the paragraph open with "Từ đầu năm đến nay"?"""
        said = self._from_year_start.get(paragraph)
        if said is None:
            said = self._from_year_start[paragraph] = _FROM_YEAR_START.match(self.clean, paragraph) is not None
        return said

    def breakdown_period(self, sentence_start: int) -> Period | None:
        if sentence_start not in self._breakdowns:
            self._breakdowns[sentence_start] = breakdown_period(self.clean, self.phrases, self.starts, sentence_start)
        return self._breakdowns[sentence_start]

    def paragraph_head_period(self, paragraph: int, figure_start: int) -> Period | None:
        """``periods.paragraph_head_period`` of a figure of the paragraph: it reads the figure's place only as the
        number of phrases that start before it (``bisect_right``), so the figures between two phrases share it."""
        key = (paragraph, bisect_right(self.starts, figure_start))
        if key not in self._paragraph_heads:
            self._paragraph_heads[key] = paragraph_head_period(self.clean, self.phrases, self.starts, paragraph,
                                                               figure_start)
        return self._paragraph_heads[key]

    def a_breakdown_of_one_month(self, sentence_start: int) -> Period | None:
        """(asked only for a document with its period's start and end)"""
        if sentence_start not in self._one_month_breakdowns:
            self._one_month_breakdowns[sentence_start] = a_breakdown_of_one_month(
                self.clean, sentence_start, self.document["period_start"], self.document["period_end"])
        return self._one_month_breakdowns[sentence_start]


# a step of a work whose year is written right after it ("khởi công năm 2021", "đưa vào sử dụng từ năm 2022"; the words:
# data/words/dated_steps_of_a_work.csv)
_A_WORKS_STEP_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + word_source("dated_steps_of_a_work") + r")"
                                  r"(?:\s+(?:từ|vào|trong))?(?:\s+(?:cuối|đầu|giữa))?\s+$", re.IGNORECASE)
_A_CLAUSE_MARK = re.compile(r"[,;]")


def _the_year_of_a_works_step(clean: str, phrase: PeriodPhrase, fig: Figure) -> bool:
    """Is ``phrase`` the year a work took a step in, said right after the step ("Cầu X khởi công năm 2021, đến nay đã
    giải ngân 1.120 tỷ đồng"), with a clause between it and the figure? That year dates the step, not the figure of
    the later clause (the report's time, as "đến nay" is)."""
    return (_A_CLAUSE_MARK.search(clean, phrase.end, fig.start) is not None
            and _A_WORKS_STEP_BEFORE.search(clean, max(0, phrase.start - 30), phrase.start) is not None)


def _figure_period(fig: Figure, phrases: list[PeriodPhrase], starts: list[int], document: dict,
                   clean: str, sentences: _SentenceReadings | None = None) -> dict:
    """Per-figure period: the nearest period phrase of the figure's sentence before the number
    ("quý I/2025 đạt 7,94%", "lũy kế 2 tháng", "đến ngày 17/6/2024" → as_of). ``sentences`` (made
    from the same phrases, starts, document and text) reads what the figures of a sentence share once."""
    if sentences is None:
        sentences = _SentenceReadings(clean, phrases, starts, document)
    own_year = year_right_after(clean, fig.unit_end)
    if own_year is not None:  # "... lên gần 26% năm 2018"
        return {"period_start": own_year.start, "period_end": own_year.end}
    if (moved_from := _the_year_a_parallel_change_moved_from(clean, fig)) is not None:
        return {"period_start": moved_from.start, "period_end": moved_from.end}
    if (bracketed := year_in_a_bracket_right_after(clean, fig.unit_end)) is not None:
        # ("giảm từ 9,9% (cuối năm 2021) xuống còn 4,1% (cuối năm 2025)": each level its own year's, at its end)
        year, day = bracketed
        return {"period_start": year.start, "period_end": year.end} | ({"as_of": day} if day else {})
    closing = period_closing_a_figure(clean, fig.unit_end, phrases, starts, document.get("period_end"))
    if closing is not None and closing.period is not None:
        # "với mức tăng 14,8% trong quý II", "cấp 1.250 giấy chứng nhận trong quý III", "đạt 98.500 tỷ đồng từ đầu
        # năm đến ngày 20/11": the period said after the figure, closing its clause, is its own
        out = {"period_start": closing.period.start, "period_end": closing.period.end}
        return out | {"as_of": closing.as_of} if closing.as_of else out
    if "trong ng" in clean[fig.unit_end:fig.unit_end + 40] and (
            day := _ONE_DAY_RIGHT_AFTER.match(clean, fig.unit_end)) is not None:
        year = int(day.group(3)) if day.group(3) else (
            document["period_end"].year if document.get("period_end") else document.get("reference_year"))
        if year and (date := report_date(year, int(day.group(2)), int(day.group(1)))) is not None:
            return {"period_start": date, "period_end": date}
    # ("giải ngân 3.820 tỷ đồng tính đến ngày 30/9/2024": the day said after the figure, its period the one before)
    out: dict = {"as_of": closing.as_of} if closing is not None and closing.as_of else {}
    # A period said at the head of a sentence governs its clauses after ";" too ("Trong tháng 9,
    # bão làm 52 người chết; 1.250 nhà bị sập ..."), but not the next sentence.
    paragraph = clean.rfind("\n", 0, fig.start) + 1
    scope = min(fig.sentence[0], max(paragraph, clean.rfind(". ", 0, fig.start) + 2))
    # (a range of years opening a clause after ";" is its period as at the sentence's head: "Tháng 9, tiếp nhận
    # 8.120 hồ sơ; từ 2021-2025 tiếp nhận 245.000 hồ sơ")
    semicolon = clean.rfind(";", scope, fig.start)
    clause_opens = _BLANKS.match(clean, semicolon + 1).end() if semicolon >= 0 else scope
    if semicolon >= 0 and document.get("period_start") and _NOW_OPENS.match(clean, clause_opens) is not None:
        # "Năm 2022, tỷ lệ hộ nghèo là 18,5%; đến nay giảm còn 16,2%": a clause opening on now is the report's time,
        # not the time the sentence opened with (a stock now: the report's period)
        scope = clause_opens
        out["period_start"], out["period_end"] = document["period_start"], document["period_end"]
    i = bisect_right(starts, fig.start) - 1
    while i >= 0 and phrases[i].start >= scope:
        phrase = phrases[i]
        if i and _the_year_so_far_of_another_year(clean, phrases[i - 1], phrase):
            i -= 1  # "Năm 2025, từ đầu năm đã có 410 doanh nghiệp" in 2026's report: the year it opened with, so far
            continue
        if phrase.end <= fig.start and not aside_in_brackets(clean, phrase.start, fig.start, scope):
            if phrase.kind == "as_of" and phrase.as_of and "as_of" not in out:
                if not (_AT_A_MOMENT.match(phrase.text) and ";" in clean[phrase.end:fig.start]
                        and not _a_moment_heading_its_sentence(clean, phrase, fig.sentence[0])):
                    out["as_of"] = phrase.as_of  # ("đàn lợn thời điểm 1/4 là ...; sản lượng ...": its clause only)
                if "period_start" not in out and phrase.period is not None:
                    # "Từ đầu năm đến ngày 31/10/2026": the days counted up to that day
                    out["period_start"], out["period_end"] = phrase.period.start, phrase.period.end
                if "period_start" not in out and phrase.as_of.month == 12 and phrase.as_of.day == 31 \
                        and phrase.start in (fig.sentence[0], scope) and _TO_THE_YEAR_END.search(phrase.text):
                    # "Đến cuối năm 2021, xã còn 16 hộ nghèo": the stock at the end of a year opening the
                    # sentence is that year's
                    out["period_start"], out["period_end"] = dt.date(phrase.as_of.year, 1, 1), phrase.as_of
            elif phrase.period is not None and "period_start" not in out and not (
                    phrase.kind in ("year", "target_year") and (
                        the_year_of_a_starting_value(clean, phrase.start)
                        or _the_year_of_a_works_step(clean, phrase, fig)
                        # "Năm 2025, tỉnh có 12.300 doanh nghiệp; đến 30/6/2026 có 12.950": a stock counted on a day
                        # of another year is not of the year the sentence opened with
                        or ("as_of" in out and out["as_of"].year != phrase.period.end.year))) and (
                    phrase.kind in PART_OF_YEAR_KINDS or phrase.kind == "whole_year"  # ("ước cả năm 812 ha")
                    or (phrase.kind in ("year", "range") and (
                        _WITHIN.search(clean[max(0, phrase.start - 8):phrase.start])
                        or phrase.start in (fig.sentence[0], scope)))
                    or (phrase.kind == "range" and phrase.start == clause_opens)
                    or (phrase.kind == "range" and _A_TERM_AFTER_THE_SUBJECT.fullmatch(phrase.text)
                        and _A_SPAN_OF_THE_SUBJECT.fullmatch(clean, phrase.end, fig.start)
                        and not _THE_SPANS_EDGE_OR_BASE.search(clean, max(scope, phrase.start - 16), phrase.start))
                    or (phrase.kind == "year" and _a_year_of_the_span_opening(phrases, i, scope))
                    or (phrase.kind == "range"
                        and _AVERAGED_OVER.search(clean, max(0, phrase.start - 30), phrase.start))
                    or (phrase.kind == "year" and document.get("period_end")
                        and (phrase.period.end.year != document["period_end"].year
                             # a term report (2020 - 2025): "năm 2025 ước đạt" is that one year
                             or document["period_start"].year != document["period_end"].year))
                    or _the_whole_year_of_a_part(phrase, document, clean, fig.start)
                    or (phrase.kind == "target_year" and fig.metric != "target"
                        and _YEAR_OPENS_SENTENCE.fullmatch(clean, fig.sentence[0], phrase.start))):
                out["period_start"], out["period_end"] = phrase.period.start, phrase.period.end
                if (phrase.kind == "year" and (until := document.get("period_end")) and phrase.period.end < until
                        and _FROM_THE_START_OF.search(clean, max(0, phrase.start - 12), phrase.start)):
                    out["period_end"] = until  # "Kể từ đầu năm 2025, ..." in 2026's report: up to the report's end
                if phrase.as_of and "as_of" not in out:
                    out["as_of"] = phrase.as_of  # "Từ ngày 01/01 đến ngày 09/6/2025, ...": counted up to that day
                if phrase.kind == "quarter" and i and phrases[i - 1].kind == "quarter":
                    out["period_start"] = _first_of_the_quarters_summed(clean, phrases, i, fig)
        i -= 1
    if "as_of" not in out and "period_start" not in out and (
            day := heading_as_of(clean, phrases, starts, fig.start)) is not None:
        out["as_of"] = day  # ("2. Kết quả đến ngày 20/10/2026" over a list: every item is counted up to that day)
    end = document.get("period_end")
    clause = max(scope, semicolon + 1)
    if clean.find("kế", clause, fig.start) >= 0 or clean.find("KẾ", clause, fig.start) >= 0:  # (no copy per figure)
        # "Thu ngân sách tháng 8 đạt 1,4 tỷ đồng, lũy kế đạt 35 tỷ đồng": from January to the end of the
        # period in effect (the month said before it, else the report's), when no period phrase follows it
        bare = max(_BARE_CUMULATIVE.finditer(clean, clause, fig.start), key=lambda m: m.start(), default=None)
        until = out.get("period_end", end)
        # (no period phrase between it and the figure but the year it names, when that is the year in
        # effect: "lũy kế năm 2023" in 2024's news is another year's total, read by its own phrase)
        if bare is not None and until and (bare.group(1) is None or int(bare.group(1)) == until.year):
            said_from = bare.end() - 1 if bare.group(1) else bare.start() - 1
            if bisect_right(starts, said_from) == bisect_right(starts, fig.start):
                out["period_start"], out["period_end"] = dt.date(until.year, 1, 1), until
    # (a match of _FROM_YEAR_START holds the "ừ" of "từ" or the "Ừ" of "TỪ": the search runs only in a sentence that
    # has one)
    if "period_start" not in out and end and (
            ((clean.find("ừ", fig.sentence[0], fig.start) >= 0 or clean.find("Ừ", fig.sentence[0], fig.start) >= 0)
             and _FROM_YEAR_START_SAID.search(clean, fig.sentence[0], fig.start))
            or sentences.from_year_start(paragraph)):
        # "Từ đầu năm đến nay, ...": the year so far, in the figure's sentence or at its paragraph's head
        out["period_start"], out["period_end"] = dt.date(end.year, 1, 1), end
    if "period_start" not in out and end and sentences.since_year_start(fig.sentence):
        # "đến 30/9 đạt 24.610 tỷ đồng; so với 31/12 năm trước tăng ...": the year so far
        out["period_start"], out["period_end"] = dt.date(end.year, 1, 1), end
    if "period_start" not in out:
        carried = sentences.breakdown_period(fig.sentence[0])
        if carried is None:
            carried = sentences.paragraph_head_period(paragraph, fig.start)
        if carried is None and document.get("period_start") and end:
            carried = (one_month_of(clean, fig.start, fig.sentence, document["period_start"], end)
                       or sentences.a_breakdown_of_one_month(fig.sentence[0]))
        if carried is None:
            carried = _the_level_a_year_moved_from(clean, fig, document)
        if carried is not None:
            out["period_start"], out["period_end"] = carried.start, carried.end
    if "năm" in clean[clause:fig.start] and (years := _the_years_counted(clean, fig, clause, out, document, phrases,
                                                                        starts)) is not None:
        out["period_start"], out["period_end"] = years  # ("bình quân 5 năm tăng 9,6%/năm": the five years summed)
    if "as_of" not in out and (day := breakdown_as_of(clean, phrases, starts, fig.sentence[0], fig.start)) is not None:
        out["as_of"] = day  # ("Tính đến ngày 10/4, tổng ... đạt X. Trong đó: hồ A đạt ...": the parts counted that day)
    earlier = (earlier_year_in_brackets(clean, fig.start, fig.sentence[0])
               or of_the_same_time_of_another_year(clean, fig.unit_end))
    if (earlier is None and semicolon >= 0 and clean.startswith(("cùng", "Cùng"), clause_opens)
            and (same_time := _SAME_TIME_OPENS_A_CLAUSE.match(clean, clause_opens, fig.start)) is not None):
        # "cấp mới 15 dự án; cùng kỳ năm 2025 cấp mới 11 dự án": the clause the same time of the year before opens
        earlier = int(same_time.group(1)) if same_time.group(1) else -1
    if earlier is None and "kỳ" in clean[max(0, fig.start - 40):fig.start] and (
            same_time := _SAME_TIME_STATED_AFTER_A_COMMA.search(clean, max(scope, fig.start - 40), fig.start)) and (
            not _dated_by_its_own_phrase(same_time, phrases, starts)):
        # "đăng ký mới 610 hộ, cùng kỳ năm trước là 540 hộ": the same time of the year before stated after a comma
        earlier = int(same_time.group(1)) if same_time.group(1) else -1
    start = out.get("period_start", document.get("period_start"))
    if earlier is not None and start and end:
        # "(cùng kỳ tăng 3,9%)", "mức tăng 6,5% của cùng kỳ năm 2025": the same months of the year before
        moved = shifted(Period(start, out.get("period_end", end), ""), earlier)
        out["period_start"], out["period_end"] = moved.start, moved.end
        if out.get("as_of"):  # ("đến 25/4 đạt 21,8%, cao hơn cùng kỳ (18,2%)": the same day of that year)
            out["as_of"] = shifted(Period(out["as_of"], out["as_of"], ""), earlier).start
    return out


def _dated_by_its_own_phrase(said: re.Match[str], phrases: list[PeriodPhrase], starts: list[int]) -> bool:
    """Has the period reader already read the same time of the year before ``said`` as last year's months ("…, cùng
    kỳ năm trước đón 620 khách": periods' clause set beside with its own verb), so that moving the figure a year back
    again would move it twice?"""
    return any(p.kind != "comparison" and p.period is not None
               for p in phrases[bisect_left(starts, said.start()):bisect_left(starts, said.end())])


# a count of years the figure's clause sums or averages over, right before its verb or after "bình quân" ("Tổng thu
# ngân sách 2 năm ước đạt ...", "bình quân 5 năm tăng 9,6%/năm", "xuất khẩu 5 năm qua đạt ..."); not a span it names
# ("5 năm 2021-2025", read as a range), nor years ahead or in a row ("3 năm tới", "5 năm liên tiếp")
_YEARS_COUNTED = re.compile(r"(?<![\w.,])(?:(bình\s+quân)\s+)?(\d{1,2}|hai|ba|bốn)\s+năm(?:\s+(?:vừa\s+)?qua)?"
                            r"(?(1)(?=\s*[,\s])|(?=\s+(?:ước\s+|dự\s+kiến\s+)?(?:đạt|tăng|giảm|là|được)\b))",
                            re.IGNORECASE)


def _the_years_counted(clean: str, fig: Figure, clause: int, out: dict, document: dict,
                       phrases: list[PeriodPhrase], starts: list[int]) -> tuple[dt.date, dt.date] | None:
    """The years a figure's clause counts ("Tổng thu ngân sách 2 năm ước đạt 9.800 tỷ đồng"), no period phrase said
    between the count and the figure: the span of as many years named before it in its paragraph ("Trong 2 năm
    2026 - 2027, ..."), else a report's term of as many years, else as many years back from the end of the period in
    effect ("bình quân 5 năm" in a report of 2025: 2021 to 2025)."""
    m = max(_YEARS_COUNTED.finditer(clean, clause, fig.start), key=lambda said: said.start(), default=None)
    if m is None or bisect_right(starts, fig.start) != bisect_right(starts, m.end()):
        return None
    word = m.group(2).lower()
    n = int(word) if word.isdigit() else NUMBER_WORDS[word]
    if not 2 <= n <= 10:
        return None
    paragraph = clean.rfind("\n", 0, fig.sentence[0]) + 1
    for phrase in reversed(phrases[bisect_left(starts, max(paragraph, fig.sentence[0] - 600)):bisect_left(
            starts, m.start())]):
        if phrase.kind == "range" and phrase.period is not None and \
                n in (phrase.period.end.year - phrase.period.start.year, phrase.period.end.year
                      - phrase.period.start.year + 1):
            return phrase.period.start, phrase.period.end
    start, end = document.get("period_start"), document.get("period_end")
    if start is not None and end is not None and end.year > start.year:
        # (fewer years than a report's term, which of them unsaid: left to the report's span)
        return (start, end) if end.year - start.year + 1 == n else None
    until = out.get("period_end", end)
    return None if until is None else (dt.date(until.year - n + 1, 1, 1), until)


# now, opening a clause ("đến nay", "hiện nay", "tính đến thời điểm này", "hiện tại")
_NOW_OPENS = re.compile(r"(?:(?:tính\s+)?đến\s+(?:nay|thời\s+điểm\s+(?:này|hiện\s+tại))|hiện\s+(?:nay|tại))"
                        r"(?![^\W\d_])", re.IGNORECASE)


# the same months of the year before, opening a clause after ";" ("; cùng kỳ năm 2025 cấp mới 11 dự án", "; cùng kỳ
# năm trước là 11 dự án"; its year an earlier one; not "cùng kỳ năm nay")
_SAME_TIME_OPENS_A_CLAUSE = re.compile(r"cùng\s+kỳ(?:\s+năm\s+(?:((?:19|20)\d\d)|trước|ngoái))?\s*,?\s+"
                                       r"(?!năm\b)[^\W\d_]", re.IGNORECASE)

# quarters joined in a list ("quý I, II", "quý I và quý II"); a figure in a list of numbers ("32.000 tấn và 41.000 tấn")
# or read "respectively" is one quarter's, not the quarters' sum
# (a numeral alone between them too: "quý I, II, III năm 2026", whose phrases are its first and last quarters)
_QUARTERS_JOINED = re.compile(r"\s*(?:,|và|&)\s*(?:(IV|I{1,3}|[1-4])\s*(?:,|và|&)\s*)?", re.IGNORECASE)
_A_NUMBER_JOINED_BEFORE = re.compile(r"\d(?:\s*[^\W\d_]+){0,3}\s*(?:,|và)\s*$", re.IGNORECASE)
_A_NUMBER_JOINED_AFTER = re.compile(r"\s*(?:,|và)\s*\d", re.IGNORECASE)
_READ_RESPECTIVELY = re.compile(r"lần\s+lượt|tương\s+ứng", re.IGNORECASE)


def _first_of_the_quarters_summed(clean: str, phrases: list[PeriodPhrase], i: int, fig: Figure) -> dt.date:
    """The first day of the quarters listed up to ``phrases[i]`` (a quarter), one after another, that a figure alone
    sums ("Thu ngân sách quý I, II năm 2026 đạt 4.580 tỷ đồng": January to June); the quarter's own first day when
    the figure is one of a list of numbers, read respectively or not, or the quarters are not consecutive."""
    first = phrases[i].period.start
    if _READ_RESPECTIVELY.search(clean, phrases[i].end, fig.start) or _A_NUMBER_JOINED_BEFORE.search(
            clean, max(phrases[i].end, fig.start - 30), fig.start) or _A_NUMBER_JOINED_AFTER.match(clean, fig.unit_end):
        return first
    while i and (before := phrases[i - 1]).kind == "quarter" and before.period is not None \
            and (joined := _QUARTERS_JOINED.fullmatch(clean, before.end, phrases[i].start)) is not None \
            and (first.month - before.period.start.month) // 3 == (2 if joined.group(1) else 1) \
            and (joined.group(1) is None or quarter_number(joined.group(1)) == (first.month + 2) // 3 - 1) \
            and before.period.start.year == first.year:
        first, i = before.period.start, i - 1
    return first


# the starting level of a change, "từ" right before the figure and the level it moved to after it ("giảm từ 3,12%
# xuống còn 2,05%", "tăng từ 45 lên 52 triệu đồng")
_FROM_BEFORE = re.compile(r"\b[Tt]ừ\s+$")
_TO_AFTER = re.compile(_UNIT_LEFT_TO_THE_SECOND + _MOVED_TO + r"\s*\d", re.IGNORECASE)


def _the_level_a_year_moved_from(clean: str, fig: Figure, document: dict) -> Period | None:
    """The year before a whole year's report, for the starting level of a change said with no year of its own ("Tỷ lệ
    hộ nghèo giảm từ 3,12% xuống còn 2,05%" in 2025's report: 3,12% is 2024's, the level the year began from); None
    for any other figure or report (a month's or a quarter's report leaves open what the change is counted from)."""
    start, end = document.get("period_start"), document.get("period_end")
    if (start is None or end is None or fig.metric != "level" or "ừ" not in clean[max(0, fig.start - 4):fig.start]
            or (start.month, start.day, end.month, end.day) != (1, 1, 12, 31) or start.year != end.year
            or _FROM_BEFORE.search(clean, max(0, fig.start - 6), fig.start) is None
            or not (_TO_AFTER.match(clean, fig.unit_end, fig.unit_end + 40)
                    # (a level written without its unit, which it takes from the level after it: "từ 45 lên 52 triệu")
                    or _TO_AFTER.match(clean, fig.end, fig.end + 40))):
        return None
    return shifted(Period(start, end, ""), -1)


# a change between two levels each said with its year ("từ 23,5% năm 2020 xuống còn 19,8% năm 2025")
_A_CHANGE_BETWEEN_YEARS = re.compile(r"\btừ\s+[^;]{0,40}?năm\s+(" + YEAR + r")\s+" + _MOVED_TO + r"[^;]{0,40}?năm\s+"
                                     + YEAR + r"(?!\d)", re.IGNORECASE)


def _the_year_a_parallel_change_moved_from(clean: str, fig: Figure) -> Period | None:
    """The starting year of a change said with no years ("công nghiệp tăng từ 30,1% lên 35,6%") in a clause after ";"
    whose clause before, of the same shape, says them ("nông nghiệp giảm từ 23,5% năm 2020 xuống còn 19,8% năm 2025"):
    the starting level's year, as the level it moved to has the later one; None for any other figure."""
    if ("ừ" not in clean[max(0, fig.start - 4):fig.start] or _FROM_BEFORE.search(clean, max(0, fig.start - 6),
                                                                                  fig.start) is None
            or not (_TO_AFTER.match(clean, fig.unit_end, fig.unit_end + 40) or _TO_AFTER.match(clean, fig.end,
                                                                                               fig.end + 40))):
        return None
    semicolon = clean.rfind(";", fig.sentence[0], fig.start)
    years = _A_CHANGE_BETWEEN_YEARS.search(clean, fig.sentence[0], semicolon) if semicolon >= 0 else None
    return None if years is None else year_period(int(years.group(1)))


# (after a comma, right before the figure: ", cùng kỳ năm trước là 540 hộ", ", cùng kỳ năm 2025 đạt 11 dự án")
_SAME_TIME_STATED_AFTER_A_COMMA = re.compile(r",\s*cùng\s+kỳ(?:\s+năm\s+(?:((?:19|20)\d\d)|trước|ngoái))?"
                                             r"\s+(?:là|đạt|có)\s*$", re.IGNORECASE)


def _the_year_so_far_of_another_year(clean: str, before: PeriodPhrase, phrase: PeriodPhrase) -> bool:
    """Is ``phrase`` "từ đầu năm", read as the report's year so far, right after a year of its own that is another
    ("Năm 2025, từ đầu năm ...": that year's start)?"""
    return (before.kind == "year" and phrase.kind == "cumulative" and before.period is not None
            and phrase.period is not None and before.period.end.year != phrase.period.end.year
            and _YEAR_SO_FAR.fullmatch(phrase.text) is not None
            and _A_COMMA_BETWEEN.fullmatch(clean, before.end, phrase.start) is not None)


_YEAR_SO_FAR = re.compile(r"(?:tính\s+)?từ\s+đầu\s+năm(?:\s+(?:đến|tới)\s+nay)?", re.IGNORECASE)
_A_COMMA_BETWEEN = re.compile(r"\s*,?\s*")
_CLAUSE_BREAK_BEFORE_FIGURE = re.compile(r"[,;:()]")
_BLANKS = re.compile(r"\s*")
_TO_THE_YEAR_END = re.compile(r"(?:cuối|hết)\s+năm", re.IGNORECASE)
# "ước", "ước tính", "dự báo", "dự kiến": the figure after it is reckoned ahead, not yet counted
_RECKONED_AHEAD = re.compile(r"\b(?:ước|[Dd]ự\s+(?:báo|kiến|ước))\b")
# "Mười tháng đầu năm 2016": the year of months counted in words, no whole year
_MONTHS_OF_ITS_YEAR = re.compile(r"tháng\s+(?:đầu\s+|cuối\s+)?$", re.IGNORECASE)


def _the_whole_year_of_a_part(phrase: PeriodPhrase, document: dict, clean: str, figure_start: int) -> bool:
    """Is ``phrase`` the whole of the year whose part the document reports on, reckoned ahead in the
    figure's own clause ("GRDP năm 2020 ước tăng 3%" in news of the first half of 2020) or right before the
    year ("Dự kiến cả năm 2020, ...")? Said against
    the months reported, the year with "ước"/"dự báo" is a forecast for the whole year; a year that
    only names an occasion ("dịp Tết năm 2024 tặng 700 suất quà") keeps the months."""
    start, end = document.get("period_start"), document.get("period_end")
    if phrase.kind not in ("year", "target_year") or phrase.period is None or not start or not end:
        return False  # (a year after "dự kiến" is read as one aimed at: "target_year")
    a_part_of_it = start.year == end.year == phrase.period.end.year and (start, end) != (
        phrase.period.start, phrase.period.end)
    if a_part_of_it and _RECKONED_WHOLE_YEAR_BEFORE.search(clean, max(0, phrase.start - 24), phrase.start):
        return True  # "Dự kiến cả năm 2026, giá trị xuất khẩu đạt 7 tỷ USD": the year reckoned ahead, fronted
    if phrase.kind == "target_year":
        return False
    between = clean[phrase.end:figure_start]
    months_before = _MONTHS_OF_ITS_YEAR.search(clean, max(0, phrase.start - 20), phrase.start) is not None
    return (a_part_of_it and not months_before and not _CLAUSE_BREAK_BEFORE_FIGURE.search(between)
            and _RECKONED_AHEAD.search(between) is not None)


# "ước cả năm 2026", "dự kiến cả năm 2026", "dự báo trong cả năm 2026": the whole year reckoned ahead
_RECKONED_WHOLE_YEAR_BEFORE = re.compile(r"\b(?:ước(?:\s+tính)?|[Dd]ự\s+(?:báo|kiến|ước))\s+(?:trong\s+)?cả\s+$",
                                         re.IGNORECASE)


def _the_next_year_said(fig: Figure, phrases: list[PeriodPhrase], phrase_starts: list[int]) -> bool:
    """Does the figure's sentence name the year after the report's without its number ("Năm tới", "Kế hoạch năm sau:",
    "Dự kiến năm tới, ...") before it? A level of that year can only be aimed at. (Not after a year the sentence names
    in figures: "Năm 2022 đạt 15 xã, năm sau đạt 20 xã" is the year after that one, looked back on.)"""
    said = phrases[bisect_left(phrase_starts, fig.sentence[0]):bisect_left(phrase_starts, fig.start)]
    for p in said:
        if p.kind == "year" or (p.kind == "target_year" and p.explicit_year):
            return False
        if p.kind == "target_year":
            return True
    return False


# the future aspect of the verb a figure is the object of ("tỉnh sẽ đầu tư", "sẽ khởi công ... và tuyển dụng"); not in a
# condition or a forecast of what is not the report's to do ("nếu ... sẽ", "dự báo ... sẽ")
_WILL = re.compile(r"(?<![^\W\d_])sẽ(?![^\W\d_])", re.IGNORECASE)
_NOT_A_PLAN_WILLED = re.compile(r"(?<![^\W\d_])(?:nếu|dự\s+báo|có\s+thể)(?![^\W\d_])", re.IGNORECASE)


# a plan fronting a sentence ("Theo kế hoạch, năm 2027 ...", "Kế hoạch năm 2027, ..."), not a share of it said
_A_PLAN_FRONTED = re.compile(r"[^\w\n]*(?:theo\s+)?(?:kế\s+hoạch|KH)(?![^\W\d_])", re.IGNORECASE)
_DONE_OR_COMPARED = re.compile(r"(?<![^\W\d_])(?:đã|được|so\s+với|đạt\s+được)(?![^\W\d_])", re.IGNORECASE)


# the plan's own amount right after its name and year, to the comma closing its clause ("Kế hoạch| vốn đầu tư công năm
# 2026 là 4.500 tỷ đồng,", "KH| vốn năm 2026: 3.200 tỷ đồng,")
_THE_PLANS_OWN_AMOUNT = re.compile(r"[^,;:.\d]{0,60}?năm\s+" + YEAR + r"(?:\s+(?:là|được\s+giao|có)|\s*:)?\s*"
                                   rf"(?:(?:{HEDGE_WORDS}|{BOUND_WORDS})\s+)?\d[\d.,]*[^,;\d]{{0,30}},", re.IGNORECASE)
# a clause opening on a deed done against a plan (data/words/deeds_against_a_plan.csv), after its time and aspect words
# ("đến nay đã giải ngân", "ước thực hiện")
_DEED_AGAINST_A_PLAN = word_source("deeds_against_a_plan")
_A_DEED_AGAINST_THE_PLAN = re.compile(
    rf"\s*(?:[^\W\d_]+\s+){{0,2}}?(?:(?:{_ASPECT_WORD}|ước)\s+)*(?:{_DEED_AGAINST_A_PLAN})(?![^\W\d_])(?:\s+được)?"
    r"\s*(?:[^\W\d_]+\s+){0,3}$",
    re.IGNORECASE,
)


def _a_years_plan_fronted(clean: str, fig: Figure, phrases: list[PeriodPhrase], phrase_starts: list[int]) -> bool:
    """Does the figure's sentence open on a plan and name the year it is for before the figure ("Theo kế hoạch, năm
    2027 tỉnh thu hút 50 dự án", "Theo kế hoạch, đến năm 2030 toàn tỉnh có 80 xã ...")? What the plan sets for the
    year is aimed at, whatever year the report is of; not what was done or reached under it ("đã", "được")."""
    opening = _A_PLAN_FRONTED.match(clean, fig.sentence[0], fig.start)
    if opening is None or ";" in clean[opening.end():fig.start] or _DONE_OR_COMPARED.search(
            clean, opening.end(), fig.start):
        return False
    said = phrases[bisect_left(phrase_starts, opening.end()):bisect_left(phrase_starts, fig.start)]
    if not any(p.kind in ("year", "target_year") and p.explicit_year and p.period is not None for p in said):
        return False
    own_amount = _THE_PLANS_OWN_AMOUNT.match(clean, opening.end(), fig.start)
    # ("Kế hoạch vốn năm 2026 là 4.500 tỷ đồng, giải ngân 2.100 tỷ đồng": the plan said with its own amount, a clause
    # after it that opens on a deed done against it is what was done, no aim; "Theo kế hoạch, năm 2027 tỉnh thu hút 50
    # dự án, giải ngân 9.000 tỷ đồng" sets both)
    return own_amount is None or not _A_DEED_AGAINST_THE_PLAN.match(clean, own_amount.end(), fig.start)


def _a_later_year_willed(clean: str, fig: Figure, phrases: list[PeriodPhrase], phrase_starts: list[int],
                         doc_end: dt.date | None) -> bool:
    """Does the figure's sentence say before it, in a year that ends after the report's period (any year, in a text of
    no period), what "sẽ" will be done ("Năm 2027, tỉnh sẽ khởi công 6 dự án và tuyển dụng 1.200 giáo viên" in a report
    of 2026, "năm 2026 cảng sẽ đón 120 lượt tàu" in news of May 2026)? What is still to be done in a year not over yet
    is aimed at, as "Năm sau, ..." is."""
    before = clean[fig.sentence[0]:fig.start]
    if "sẽ" not in before.lower() or (will := _WILL.search(before)) is None or _NOT_A_PLAN_WILLED.search(before):
        return False
    will_at = fig.sentence[0] + will.start()
    said = phrases[bisect_left(phrase_starts, fig.sentence[0]):bisect_left(phrase_starts, will_at)]
    return any(p.kind in ("year", "target_year") and p.explicit_year and p.period is not None
               and (doc_end is None or p.period.end > doc_end) for p in said)


def _the_name_below_a_figure_alone(clean: str, fig: Figure) -> tuple[str, str] | None:
    """The name of an infographic's block that puts its figure first, on a line of its own after a blank line, and its
    name on the line below ("28.650 tỷ đồng" / "Thu ngân sách nhà nước", "8,9%" / "Tốc độ tăng trưởng GRDP"), and the
    metric the figure has when the name is said before it as a sentence ("Tốc độ tăng trưởng GRDP đạt 8,9%"); None for
    any other figure."""
    line_start = clean.rfind("\n", 0, fig.start) + 1
    line_end = clean.find("\n", fig.unit_end)
    if line_end < 0 or clean[line_start:fig.start].strip():
        return None  # (the text's last line, or words before the figure on its line)
    if line_start > 0 and clean[clean.rfind("\n", 0, line_start - 1) + 1:line_start - 1].strip():
        return None  # (a line under another line of its block: the block opens on the line above, not on the figure)
    line = " ".join(clean[line_start:line_end].split())
    if not a_figure_alone(line):
        return None
    name_end = clean.find("\n", line_end + 1)
    name = " ".join(clean[line_end + 1:name_end if name_end >= 0 else len(clean)].split())
    if not a_name_alone(name):
        return None
    return _the_block_read_as_a_sentence(name, "đạt", line)


def _the_block_read_as_a_sentence(name: str, verb: str, figure: str) -> tuple[str, str, float] | None:
    """An infographic block's name, and its figure's metric and value as the sentence "{name} {verb} {figure}" has
    them ("Tốc độ tăng trưởng GRDP đạt 8,9%", "Khai thác thủy sản giảm 1,6%"); None when that sentence reads no
    figure at the figure's place."""
    lead = f"{name} {verb} "
    said = next((f for f in find_figures(f"{lead}{figure}") if f.start == len(lead)), None)
    return (name, said.metric, said.value) if said is not None else None


# an infographic's line that puts its figure first, after an arrow of its change or nothing ("▲ 7,12%  Tăng trưởng
# GRDP", "12.450 tỷ đ  Vốn đầu tư toàn xã hội"), and its name beside it after a run of spaces
_A_FIGURE_FIRST_ON_ITS_LINE = re.compile(r"[ \t]*(?P<arrow>[▲△↑▼▽↓])?[ \t]*")
_A_NAME_SPACED_BESIDE = re.compile(r"(?:[ \t]{2,}|[ \t]*\t)(?P<name>\S[^\n]*?)[ \t]*")
# the change an arrow before a figure says ("▲ 11,4%": a rise; "▼ 1,6%": a fall)
_THE_ARROWS_CHANGE = {"▲": "tăng", "△": "tăng", "↑": "tăng", "▼": "giảm", "▽": "giảm", "↓": "giảm"}


def _the_name_beside_a_figure_first(lined: str, fig: Figure) -> tuple[str, str, float] | None:
    """The name of an infographic's block laid out on one line, its figure first and its name beside it after a run of
    spaces ("486  DN thành lập mới", "▼ 1,6%   Khai thác thủy sản"), with the metric and value its figure has when the
    name is said before it, with the change the arrow says if any; None for any other figure (a sentence's figure has
    its words after it one space apart). ``lined``: the text with its lines and marks as laid out (``Layout.lined``,
    the clean text's offsets: the clean text joins the block's lines and blanks its arrows)."""
    clean = lined
    line_start = clean.rfind("\n", 0, fig.start) + 1
    mark = _A_FIGURE_FIRST_ON_ITS_LINE.fullmatch(clean, line_start, fig.start)
    if mark is None:
        return None
    line_end = clean.find("\n", fig.end)
    line_end = len(clean) if line_end < 0 else line_end
    # (the name after the figure's unit, or after its number: "486  DN thành lập mới" read "DN" as the unit)
    for figure_end in dict.fromkeys((fig.unit_end, fig.end)):
        if (beside := _A_NAME_SPACED_BESIDE.fullmatch(clean, figure_end, line_end)) is not None:
            name = " ".join(beside["name"].split())
            if not a_name_alone(name):
                return None
            figure = " ".join(clean[fig.start : fig.unit_end].split())
            return _the_block_read_as_a_sentence(name, _THE_ARROWS_CHANGE.get(mark["arrow"], "đạt"), figure)
    return None


def _the_name_over_an_arrowed_figure(lined: str, fig: Figure) -> tuple[str, str, float] | None:
    """The name of an infographic's block whose change is a line of an arrow and a figure alone under its name or its
    figure ("Khách du lịch" / "2,1 triệu lượt" / "↓ 3,2%", "IIP" / "▲ 10,4%"): the block's first line, and the metric
    and value the figure has when that name is said to rise or fall by it; None for any other figure. ``lined``: the
    text with its lines and marks as laid out (``Layout.lined``)."""
    line_start = lined.rfind("\n", 0, fig.start) + 1
    mark = _A_FIGURE_FIRST_ON_ITS_LINE.fullmatch(lined, line_start, fig.start)
    if mark is None or mark["arrow"] is None:
        return None
    line_end = lined.find("\n", fig.end)
    figure = " ".join(lined[fig.start : len(lined) if line_end < 0 else line_end].split())
    if not a_figure_alone(figure):
        return None
    block_start = lined.rfind("\n\n", 0, line_start) + 2 if lined.rfind("\n\n", 0, line_start) >= 0 else 0
    lines = lined[block_start:line_start].splitlines()
    if not lines or len(lines) > 2:
        return None  # (the block's name and its figure above the arrow's line at the most)
    name = " ".join(lines[0].split())
    if not a_name_alone(name) or (len(lines) == 2 and not a_figure_alone(" ".join(lines[1].split()))):
        return None
    return _the_block_read_as_a_sentence(name, _THE_ARROWS_CHANGE[mark["arrow"]], figure)


def _target_period(layout: Layout, fig: Figure, extra: dict, document: dict,
                   future: list[tuple[int, int]] = (), phrases: list[PeriodPhrase] = (),
                   phrase_starts: list[int] = ()) -> dict:
    """A target covers a whole year: the one written before it, the table header's, the one its section's
    heading names (``future``: the spans of the sections of plans), or the report's; or the quarter, month or half of
    that year its sentence opens with ("Trong quý IV, tập trung hoàn thành 12 công trình")."""
    year = extra.get("target_year")
    paragraph_start = layout.clean.rfind("\n", 0, fig.sentence[0]) + 1
    if (_SEASON.search(layout.clean[paragraph_start:fig.sentence[1]]) or _SEASON.search(extra.get("label") or "")) \
            and not _in_spans(fig.start, future):
        # a crop season's plan: the season lies inside the report's period (in a section of plans for a later year,
        # "Tập trung gieo cấy 8.500 ha lúa vụ Xuân", the season is that year's: read on)
        return {}
    if (year is None and document.get("period_end") and "năm" in layout.clean[fig.unit_end:fig.unit_end + 16]
            and (later := _YEAR_RIGHT_AFTER.match(layout.clean, fig.unit_end))
            and int(later.group(1)) > document["period_end"].year):
        # "Năm 2026, tỷ lệ … đạt 35%, phấn đấu nâng lên 80% vào năm 2027": the later year written right after the
        # target is its own, not the year its sentence opened with for the level before it
        year = int(later.group(1))
    if year is None:
        before = layout.clean[fig.sentence[0]:fig.start]
        # (not the year of a change's starting value: "giảm từ 12,1% năm 2026 xuống còn 9%" aims past it)
        years = [m for m in _YEAR_BEFORE.finditer(before) if not _COMPARED_YEAR.search(before, 0, m.start())
                 and not _PRICE_BASE_YEAR.search(before, max(0, m.start() - 30), m.start())
                 and not the_year_of_a_starting_value(before, m.start())
                 and not _SPAN_GOES_ON.match(before, m.end())]
        if years:
            year = int(years[-1].group(1))
    if year is None and phrases:
        # "Năm tới, tỉnh phấn đấu tăng trưởng 9%; GRDP bình quân đầu người đạt ...", "Năm sau, ...": the year after the
        # report's its sentence aims at before the figure, over the clauses after ";" too (a year it names in figures
        # is read above)
        opens = max(paragraph_start, layout.clean.rfind(". ", paragraph_start, fig.sentence[0]) + 2)
        year = next_year_named(phrases, phrase_starts, opens, fig.start)
    if year is None and document.get("period_end"):
        year = _the_year_the_question_answered_names(layout.clean, fig, document["period_end"].year)
    if (year is None and document.get("period_end") and (later := _YEAR_RIGHT_AFTER.match(layout.clean, fig.unit_end))
            and int(later.group(1)) > document["period_end"].year):
        year = int(later.group(1))  # "đặt mục tiêu tăng trưởng 9% năm 2026": the later year written right after it
    if (year is None and document.get("period_end") and "năm" in layout.clean[fig.unit_end:fig.unit_end + 70]
            and (later := _REACHED_BY_A_YEAR_AFTER.match(layout.clean, fig.unit_end, fig.sentence[1]))
            and int(later.group(1)) > document["period_end"].year):
        year = int(later.group(1))  # "phấn đấu thu hút 5 tỷ USD vốn FDI đến năm 2030": the later year it is reached by
    if year is None and document.get("period_end") and (
            aimed := plan_year_said_after(layout.clean, fig.unit_end, fig.sentence[1])) \
            and aimed > document["period_end"].year:
        year = aimed  # "1.476/5.500 căn, bằng 26,8% chỉ tiêu được giao đến năm 2030": the plan's later year
    if year is None and (term := _term_of_a_yearly_average(layout.clean, fig, paragraph_start, future)):
        return {"period_start": dt.date(term[0], 1, 1), "period_end": dt.date(term[1], 12, 31)}
    if year is None and (terms := list(_TERM_NAMED.finditer(layout.clean, fig.sentence[0], fig.start))):
        # "Nhiệm kỳ 2025-2030, xã phấn đấu 100% thôn đạt chuẩn": a level aimed at over a term is reached by its last
        # year (a yearly average over it, read above, covers the whole term); what is added over it ("Giai đoạn
        # 2026-2030: có thêm 150 sản phẩm OCOP") is summed over all its years
        # (said in the figure's own clause: "có thêm 150 sản phẩm OCOP; tỷ lệ che phủ rừng đạt 45%" aims the rate at
        # the last year; the clause the term is named in, its subject before it: "; tổng vốn đầu tư toàn xã hội giai
        # đoạn 2026 - 2030 đạt 900.000 tỷ đồng")
        first, year = int(terms[-1].group(1)), int(terms[-1].group(2))
        clause = max(fig.sentence[0], layout.clean.rfind(";", fig.sentence[0], fig.start) + 1,
                     layout.clean.rfind(",", fig.sentence[0], terms[-1].start()) + 1)
        if first < year and _ADDED_OVER_A_TERM.search(layout.clean, clause, fig.start):
            return {"period_start": dt.date(first, 1, 1), "period_end": dt.date(year, 12, 31)}
    if year is None and phrases and (whole := breakdown_term(layout.clean, phrases, phrase_starts, fig.sentence[0])):
        # ("Tổng vốn trung hạn giai đoạn 2026 - 2030 là 64.000 tỷ đồng, trong đó:" over "a) Vốn ngân sách trung ương:
        # 21.000 tỷ đồng": a part of a whole summed over a term is summed over it too)
        return {"period_start": whole.start, "period_end": whole.end}
    if year is None and (term := _term_summed_under_its_heading(layout.clean, fig, future)) is not None:
        # ("II. MỤC TIÊU NHIỆM KỲ 2025-2030 … Tổng vốn đầu tư toàn xã hội 5 năm đạt 650.000 tỷ đồng": a sum over the
        # term its section's heading names, not a level reached by its last year)
        return {"period_start": dt.date(term[0], 1, 1), "period_end": dt.date(term[1], 12, 31)}
    if year is None and (start := document.get("period_start")) and (end := document.get("period_end")) \
            and end.year > start.year and (counted := _YEARS_OF_AN_UNNAMED_TERM.search(
                layout.clean, max(fig.sentence[0], layout.clean.rfind(";", fig.sentence[0], fig.start) + 1),
                fig.start)) and int(counted.group(1)) == end.year - start.year + 1:
        # ("Tổng chi ngân sách địa phương 5 năm khoảng 210.000 tỷ đồng" in a plan of 2026 - 2030: a total over as many
        # years as the report's term is over the term)
        return {"period_start": start, "period_end": end}
    if year is None and fig.sentence[0] > paragraph_start and document.get("period_end"):
        # "Thực hiện nhiệm vụ năm 2026, ... Trong đó, phấn đấu kết nạp 45 đảng viên": a target whose sentence
        # names no year aims at the later year the opening of its paragraph names
        year = _later_year_a_paragraph_names(
            layout.clean, (paragraph_start, fig.sentence[0]), document["period_end"].year
        )
    if (
        year is None
        and fig.sentence[0] == paragraph_start
        and paragraph_start
        and document.get("period_end")
        and _A_LINK_TO_THE_PARAGRAPH_BEFORE.match(layout.clean, paragraph_start, fig.start)
    ):
        # "năm 2027 thành phố sẽ tổ chức đấu giá 45 khu đất ..." then, a paragraph on, "Cùng với đó, phấn đấu cấp mới
        # 8.000 giấy chứng nhận": a target whose paragraph opens by going on with the one before aims at the later
        # year that paragraph's plan names, as if its own paragraph had opened on it
        year = _later_year_a_paragraph_names(
            layout.clean, _the_paragraph_before(layout.clean, paragraph_start), document["period_end"].year
        )
    if year is None and document.get("period_end"):
        year = _later_year_of_the_plan_lines_before(layout, paragraph_start, document["period_end"].year)
    if year is None and document.get("period_end") and _LIST_ITEM.match(layout.clean, paragraph_start):
        year = _later_year_the_lists_lead_aims_at(layout, paragraph_start, document["period_end"].year)
    of_the_section = year is None  # (no year of its own: a quarter or month its section's heading names is its)
    if year is None:
        year = _section_year(layout, future, fig.start, document)
        if year is not None and (school := _school_year_of_the_section(layout, future, fig.start, document, year)):
            # ("II. PHƯƠNG HƯỚNG NĂM HỌC 2026-2027": what is aimed at is reached over the school year, not by 2027)
            return {"period_start": school.start, "period_end": school.end}
    if year is None and document.get("reference_year") and _THIS_YEAR.search(layout.clean, fig.sentence[0], fig.start):
        # "Năm nay, huyện dự kiến ..." in a page of early 2012 reviewing 2011: "this year" is the page's own year
        year = document["reference_year"]
    if year is None and document.get("period_end"):
        year = document["period_end"].year
    if year is None:
        return {}
    # (only in a section of plans: "Trong 6 tháng đầu năm, ... được 470/700 người" measures against the year's plan)
    part = _part_of_the_year_opening(layout.clean, fig, phrases, phrase_starts) if phrases else None
    if part is not None and not _WHOLE_YEAR.search(layout.clean, part.end, fig.start):
        # (not the whole year said after the part, before the figure: "Nhiệm vụ 6 tháng cuối năm: ...; sản lượng cả
        # năm đạt 240.000 tấn" aims at the year)
        # ("Trong quý I, ..." under "NHIỆM VỤ NĂM 2027": that year's first quarter; out of a section of plans only a
        # part not over by the report's end: "Trong quý III, phấn đấu hoàn thành 3 công trình" closing a report on the
        # second quarter, "Quý IV/2026, phấn đấu đón 3 triệu lượt khách" closing one on November, a quarter still
        # running; a part already over, "Quý III, phấn đấu ..." in November, aims at the year)
        aimed = part.period if part.explicit_year else shifted(part.period, year)
        if _in_spans(fig.start, future) or (document.get("period_end") and aimed.end > document["period_end"]):
            return {"period_start": aimed.start, "period_end": aimed.end}
    if of_the_section and not _WHOLE_YEAR.search(layout.clean, fig.sentence[0], fig.start) and (
            heading_part := _part_the_section_aims_at(layout.clean, future, fig.start, year, document)) is not None:
        return heading_part
    return {"period_start": dt.date(year, 1, 1), "period_end": dt.date(year, 12, 31)}


def _the_year_the_question_answered_names(clean: str, fig: Figure, report_year: int) -> int | None:
    """The later year than the report's that the question a target's paragraph answers names ("PV: Kế hoạch năm 2027
    của ngành ra sao?" over "Ông A: Chúng tôi phấn đấu đạt 70 tỷ USD", or after it on its line: "... ra sao? — Ông A:
    ..."): an interview's answer aims at the year it was asked of; None when the paragraph answers no question (the
    answer runs on one paragraph after its question mark) or the question names no later year."""
    question_end = clean.rfind("?", max(0, fig.sentence[0] - 600), fig.sentence[0])
    if question_end < 0 or "\n" in clean[question_end + 1 : fig.sentence[0]].lstrip():
        return None
    sentence_end = clean.rfind(". ", 0, question_end)
    question_start = max(clean.rfind("\n", 0, question_end) + 1, sentence_end + 2 if sentence_end >= 0 else 0)
    question = clean[question_start:question_end]
    later = [
        int(m.group(1))
        for m in _YEAR_BEFORE.finditer(question)
        if int(m.group(1)) > report_year and not _COMPARED_YEAR.search(question, 0, m.start())
    ]
    return later[-1] if later else None


def _the_day_aimed_at(clean: str, phrases: list[PeriodPhrase], starts: list[int], fig: Figure) -> dt.date | None:
    """The day a target's sentence says, before the target, it is to be reached by ("Đến ngày 30/6/2027, phấn đấu
    ...", or before a colon opening it: "Phấn đấu đến 31/12/2026: tỷ lệ ..."); None when it names none, or no day
    written in figures ("Đến hết năm 2024 phấn đấu ...": the year aimed at, no day)."""
    opens = before = fig.sentence[0]
    while before > 0 and clean[before - 1] in " \t":
        before -= 1
    if before > 0 and clean[before - 1] == ":":
        opens = max(clean.rfind("\n", 0, opens) + 1, clean.rfind(". ", 0, opens) + 2)
    for phrase in phrases[bisect_left(starts, opens):bisect_left(starts, fig.start)]:
        if phrase.kind == "as_of" and phrase.as_of is not None and phrase.end <= fig.start and "/" in phrase.text:
            return phrase.as_of
    return None


# a line of plans opening with the later year it aims at: "Năm 2027, phấn đấu ...", "- Trong năm 2027, tỉnh ..."
_A_YEAR_OPENS_THE_LINE = re.compile(r"[ \t]*(?:" + DASH_MARK + r"[ \t]*)?(?:trong\s+)?năm\s+" + captured(YEAR)
                                    + r"(?![\d/]|[.,]\d)", re.IGNORECASE)


# a heading that names a year and nothing else: "2. Năm 2027", "b) Năm 2027:", "III. NĂM 2027"
_A_YEAR_ALONE_HEADS = re.compile(r"[ \t]*(?:(?:\d{1,2}|[IVX]{1,4})[.)]|[a-zđ]\))?[ \t]*năm\s+" + captured(YEAR)
                                 + r"[ \t]*:?[ \t]*", re.IGNORECASE)


# the words a paragraph opens with to go on with the one before ("Cùng với đó, ", "Bên cạnh đó, ")
_A_LINK_TO_THE_PARAGRAPH_BEFORE = re.compile(
    r"\W*(?:" + word_source("links_to_what_came_before") + r")\s*,", re.IGNORECASE
)
_A_PARAGRAPHS_HEAD = 300  # (the opening of a paragraph a later year is read in, not its whole run of sentences)


def _the_paragraph_before(clean: str, paragraph_start: int) -> tuple[int, int]:
    """The span of the paragraph before the one opening at ``paragraph_start``, past the blank lines between."""
    end = len(clean[:paragraph_start].rstrip())
    return clean.rfind("\n", 0, end) + 1, end


def _later_year_a_paragraph_names(clean: str, span: tuple[int, int], report_year: int) -> int | None:
    """The first year later than the report's that the opening of the paragraph ``span`` names (not the base of a
    comparison, "so với năm 2027"), or None."""
    head = clean[span[0] : min(span[1], span[0] + _A_PARAGRAPHS_HEAD)]
    later = [
        int(m.group(1))
        for m in _YEAR_BEFORE.finditer(head)
        if int(m.group(1)) > report_year and not _COMPARED_YEAR.search(head, 0, m.start())
    ]
    return later[0] if later else None


def _later_year_of_the_plan_lines_before(layout: Layout, paragraph_start: int, report_year: int) -> int | None:
    """The later year than the report's that the lines of plans right before a target's line go on from: "Năm 2027,
    phấn đấu tăng trưởng 8%." then, on lines of their own, "Phấn đấu tỷ lệ hộ nghèo giảm còn 1%." (each line between
    aiming too, "phấn đấu" said in it); none across a heading or a line that aims at nothing."""
    clean, outline = layout.clean, layout.outline
    k = bisect_left(outline.starts, paragraph_start) - 1
    for a, b in reversed(outline.paragraphs[max(0, k - 5):k + 1] if k >= 0 else []):
        at = bisect_left(outline.heading_starts, a)
        if at < len(outline.heading_starts) and outline.heading_starts[at] == a:
            # ("2. Năm 2027" over "Phấn đấu thu nhập bình quân đạt 64 triệu đồng": a heading that is the later year
            # alone heads the plans for it)
            alone = _A_YEAR_ALONE_HEADS.fullmatch(clean, a, b)
            return int(alone.group(1)) if alone is not None and int(alone.group(1)) > report_year else None
        if (opening := _A_YEAR_OPENS_THE_LINE.match(clean, a, b)) is not None:
            return int(opening.group(1)) if int(opening.group(1)) > report_year else None
        if "phấn đấu" not in clean[a:b].lower():
            return None
    return None


# the line leading a list of aims, to the later year they are to be reached by ("Mục tiêu đến năm 2030:", "Các chỉ
# tiêu chủ yếu đến năm 2030:", "Phấn đấu đến cuối năm 2027:"; not a term, "giai đoạn 2026-2030", summed or averaged
# over its years)
_A_LEAD_OF_AIMS_BY_A_YEAR = re.compile(r"[^\n]{0,40}?\b(?:mục\s+tiêu|chỉ\s+tiêu|phấn\s+đấu)\b[^\n:]{0,40}?"
                                       r"\bnăm\s+" + captured(YEAR) + r"[ \t]*:[ \t]*", re.IGNORECASE)
# (or the year named before who aims or sets the aims: "Theo Nghị quyết, năm 2028 huyện phấn đấu đạt các chỉ tiêu
# sau:", "Năm 2028, HĐND thông qua các chỉ tiêu chủ yếu như sau:"; not a term's first year, "năm 2026-2030")
_A_YEAR_BEFORE_A_LEAD_OF_AIMS = re.compile(r"[^\n]{0,60}?\bnăm\s+" + captured(YEAR) + r"(?!\s*[-–]\s*\d)[^\n:]{0,40}?"
                                           r"(?<![^\W\d_])(?:phấn\s+đấu|" + word_source("target_setting_verbs")
                                           + r")(?![^\W\d_])[^\n:]{0,80}:[ \t]*", re.IGNORECASE)
_LIST_ITEMS_UNDER_A_LEAD = 30  # (the items a lead's list may run to)


def _the_lead_of_its_list(layout: Layout, item_start: int) -> tuple[int, int] | None:
    """The line a list item stands under: the nearest line before it that is no item (the items between it and the
    item list too), None past as many items as a lead's list may run to."""
    clean, outline = layout.clean, layout.outline
    k = bisect_left(outline.starts, item_start) - 1
    for a, b in reversed(outline.paragraphs[max(0, k - _LIST_ITEMS_UNDER_A_LEAD):k + 1] if k >= 0 else []):
        if not _LIST_ITEM.match(clean, a, b):
            return a, b
    return None


def _later_year_the_lists_lead_aims_at(layout: Layout, item_start: int, report_year: int) -> int | None:
    """The later year than the report's that the line leading the list an item stands in aims at: "Mục tiêu đến năm
    2030:" over "- GRDP bình quân đầu người đạt 150 triệu đồng." (the items between it and the item lists too)."""
    if (lead := _the_lead_of_its_list(layout, item_start)) is None:
        return None
    said = (_A_LEAD_OF_AIMS_BY_A_YEAR.fullmatch(layout.clean, *lead)
            or _A_YEAR_BEFORE_A_LEAD_OF_AIMS.fullmatch(layout.clean, lead[0] + _the_last_sentences_start(layout, lead),
                                                        lead[1]))
    return int(said.group(1)) if said is not None and int(said.group(1)) > report_year else None


def _the_last_sentences_start(layout: Layout, line: tuple[int, int]) -> int:
    """Where the last sentence or clause of a line starts, from the line's start ("Chiều 10/12, HĐND họp. Năm 2028,
    huyện phấn đấu đạt các chỉ tiêu sau:" → "Năm 2028, ...")."""
    text = layout.clean[line[0]:line[1]]
    return max(text.rfind(". "), text.rfind(";")) + 1


# who aims, or who sets the aims, in a line leading a list over its colon ("năm 2028 huyện phấn đấu đạt các chỉ tiêu
# sau:", "Nghị quyết thông qua các chỉ tiêu chủ yếu như sau:", "Điều 1. Thông qua mục tiêu, chỉ tiêu kế hoạch năm 2028
# như sau:"); not the effort that got results ("sự phấn đấu", "nỗ lực phấn đấu")
_A_LEAD_OF_AIMS = re.compile(r"(?<![^\W\d_])(?<!sự\s)(?<!lực\s)(?:phấn\s+đấu|(?:" + word_source("target_setting_verbs")
                             + r")\s+(?:[^\W\d_]+,?\s+){0,3}?(?:mục\s+tiêu|chỉ\s+tiêu))(?![^\W\d_])", re.IGNORECASE)
# a lead of what was reached against the aims ("Kết quả thực hiện các chỉ tiêu đề ra như sau:", "Năm 2027 đã thực
# hiện các chỉ tiêu HĐND giao như sau:", "Đánh giá các chỉ tiêu Nghị quyết đề ra:")
_A_RESULT_IN_A_LEAD = re.compile(r"(?<![^\W\d_])(?:đã|đạt\s+được|kết\s+quả|đánh\s+giá|tình\s+hình|ước)(?![^\W\d_])",
                                 re.IGNORECASE)


def _aimed_at_by_its_lists_lead(layout: Layout, item_start: int) -> bool:
    """Does the line leading the list an item stands in lead a list of aims ("năm 2028 huyện phấn đấu đạt các chỉ
    tiêu chủ yếu sau:" over "- Thu ngân sách trên địa bàn 120 tỷ đồng.")? Each item is then an aim, whatever year the
    report is of: who aims, or who sets the aims, governs every item of the list (no result said in the lead)."""
    if (lead := _the_lead_of_its_list(layout, item_start)) is None or not layout.clean[lead[0]:lead[1]].rstrip(
            ).endswith(":"):
        return False
    last = layout.clean[lead[0] + _the_last_sentences_start(layout, lead):lead[1]]
    return _A_LEAD_OF_AIMS.search(last) is not None and _A_RESULT_IN_A_LEAD.search(last) is None


# the words of a heading that looks back on a year's results ("I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2026")
_REVIEWS = re.compile(r"đánh\s+giá|kết\s+quả|tình\s+hình|thực\s+hiện", re.IGNORECASE)


def _the_year_its_section_reviews(layout: Layout, at: int, document: dict) -> int | None:
    """The one year before a yearly document's own that the nearest heading above ``at`` naming a year looks back
    on ("I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NĂM 2026" in a plan for 2027): the year of the figures under it that say no
    period of their own; None when that heading names the document's year or a later one, a term, or no review."""
    start, end = document.get("period_start"), document.get("period_end")
    if not start or not end or start.year != end.year or (start.month, start.day, end.month, end.day) != (1, 1, 12, 31):
        return None
    outline = layout.outline
    k = bisect_right(outline.heading_starts, at) - 1
    for _, heading in reversed(outline.headings[max(0, k - 7):k + 1] if k >= 0 else []):
        years = _A_YEAR.findall(heading)
        if years:
            return int(years[0]) if len(years) == 1 and int(years[0]) < start.year and _REVIEWS.search(
                heading) else None
    return None


# a target of the whole year under a heading of a part of it: "Phấn đấu cả năm thu hút 25 dự án"
_WHOLE_YEAR = re.compile(r"\b(?:cả|trong)\s+năm\b(?!\s+(?:\d|qua|trước))", re.IGNORECASE)
# the quarter or the single month a section of plans is headed with: "II. NHIỆM VỤ QUÝ IV", "NHIỆM VỤ TRỌNG TÂM
# THÁNG 12" (not a count of months, "6 THÁNG CUỐI NĂM", "9 tháng đầu năm"), and a year written right after it
_A_PART_IN_A_HEADING = re.compile(r"\b(?:(quý)\s+(IV|I{1,3}|[1-4])|(tháng)\s+(\d{1,2}))(?![\w,.])"
                                  r"(?:\s*(?:năm\s+|/)" + captured(YEAR) + r")?", re.IGNORECASE)


def _part_the_section_aims_at(clean: str, future: list[tuple[int, int]], at: int, year: int,
                              document: dict) -> dict | None:
    """The quarter or month (of ``year``, the section's) the heading of the section of plans around ``at`` names
    after its words of a plan: a target under "II. NHIỆM VỤ QUÝ IV" aims at that quarter, not the whole year; one
    before the report's own period, named without a year, is of the next year ("NHIỆM VỤ THÁNG 01" in December)."""
    section = next((a for a, b in future if a <= at < b), None)
    if section is None:
        return None
    line_end = clean.find("\n", section)
    heading = clean[section:line_end if line_end >= 0 else len(clean)]
    if (named := _A_PLAN_NAMED.search(heading)) is None or not ("quý" in named.group().lower()
                                                                  or "tháng" in named.group().lower()):
        return None
    parts = list(_A_PART_IN_A_HEADING.finditer(named.group()))
    if not parts:
        return None
    part = parts[-1]
    month = None if part.group(1) else int(part.group(4))
    if month is not None and not 1 <= month <= 12:
        return None
    last = 3 * quarter_number(part.group(2)) if month is None else month
    if part.group(5):
        year = int(part.group(5))
    elif (end := document.get("period_end")) is not None and year == end.year and last < end.month:
        year += 1
    aimed = quarter_period(year, quarter_number(part.group(2))) if month is None else month_period(year, month)
    return {"period_start": aimed.start, "period_end": aimed.end}


# what may stand before the part of a year a target's sentence opens with: "Trong quý IV, ...", "Quý I/2027, ..."
# (or after the words of an aim, or the subject named first, no figure among them: "Phấn đấu 6 tháng cuối năm trồng
# mới 2.300 ha rừng", "Tổng đàn gia súc quý IV phấn đấu đạt ...")
_OPENS_THE_SENTENCE = re.compile(r"[^\d.;:!?\n]*?(?:\s|^)(?:trong\s+)?|\W*(?:trong\s+)?", re.IGNORECASE)
# a base compared with before a part of the year ("so với quý III", "bằng tháng trước"): not the part aimed at
_COMPARED_RIGHT_BEFORE = re.compile(r"(?:so\s+với|bằng|hơn|gấp)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
# (a cumulative part: the months left of the year, "Trong 3 tháng cuối năm, phấn đấu ...", or its first ones)
_PARTS_AIMED_AT = frozenset({"quarter", "month", "half", "cumulative"})


def _part_of_the_year_opening(clean: str, fig: Figure, phrases: list[PeriodPhrase],
                              phrase_starts: list[int]) -> PeriodPhrase | None:
    """The quarter, month or half a target's sentence opens with, or names first after words with no figure (before
    the figure, not a base compared with), else None."""
    i = bisect_left(phrase_starts, fig.sentence[0])
    if i >= len(phrases) or phrases[i].start >= fig.start or phrases[i].end > fig.start:
        return None
    phrase = phrases[i]
    if phrase.kind in _PARTS_AIMED_AT and phrase.period is not None and _OPENS_THE_SENTENCE.fullmatch(
            clean, fig.sentence[0], phrase.start) and not _COMPARED_RIGHT_BEFORE.search(
            clean, max(fig.sentence[0], phrase.start - 24), phrase.start):
        return phrase
    return None


def _section_year(layout: Layout, future: list[tuple[int, int]], at: int, document: dict) -> int | None:
    """The year the heading of the section of plans around ``at`` aims at: "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027",
    "MỤC TIÊU NHIỆM KỲ 2025 - 2030" (the last it names; not one it looks back on: none before the report's own); for
    a heading naming no such year ("2. Nhiệm vụ, giải pháp"), the plan's year a heading above it names ("I. ĐÁNH GIÁ
    KẾT QUẢ NĂM 2026 VÀ KẾ HOẠCH NĂM 2027"), or the report's title."""
    section = next((a for a, b in future if a <= at < b), None)
    if section is None:
        return None
    clean = layout.clean
    line_end = clean.find("\n", section)
    heading = clean[section:line_end if line_end >= 0 else len(clean)]
    ahead = [int(y) for y in _A_YEAR.findall(heading)
             if not document.get("period_end") or int(y) >= document["period_end"].year]
    if ahead:
        return ahead[-1]
    headings = layout.outline.headings
    rank = heading_depth(heading)
    for i in range(bisect_left(layout.outline.heading_starts, section) - 1, -1, -1):
        above = headings[i][1]
        if (above_rank := heading_depth(above)) < rank:
            rank = above_rank  # (a heading of a higher level: the one the section's heading stands under)
            if (year := _plan_year(above, document)) is not None:
                return year
    return _plan_year(document.get("title") or "", document)


# a school year named ("năm học 2026-2027", "NĂM HỌC 2026 - 2027"): September of the first year to August of the last
_SCHOOL_YEAR_NAMED = re.compile(r"\bnăm\s+học\s+(?:mới\s+)?" + captured(YEAR) + r"\s*[-–]\s*" + captured(YEAR),
                                re.IGNORECASE)


def _school_year_of_the_section(layout: Layout, future: list[tuple[int, int]], at: int, document: dict,
                                year: int) -> Period | None:
    """The school year ending in ``year`` (the year the section of plans around ``at`` aims at) that the section's
    heading names ("II. PHƯƠNG HƯỚNG NĂM HỌC 2026-2027"), or, when the heading names no year, the report's title
    ("… và phương hướng, nhiệm vụ năm học 2026-2027"); None when the year aimed at is a calendar year."""
    section = next((a for a, b in future if a <= at < b), None)
    if section is None:
        return None
    line_end = layout.clean.find("\n", section)
    heading = layout.clean[section:line_end if line_end >= 0 else len(layout.clean)]
    named_in = heading if _A_YEAR.search(heading) else document.get("title") or ""
    for school in _SCHOOL_YEAR_NAMED.finditer(named_in):
        if int(school.group(2)) == year == int(school.group(1)) + 1:
            return school_year_period(year - 1)
    return None


# the words that name a plan and what follows them to the year(s) it aims at ("VÀ KẾ HOẠCH NĂM 2027")
_A_PLAN_NAMED = re.compile(r"\b(?:kế\s+hoạch|phương\s+hướng|nhiệm\s+vụ|mục\s+tiêu)\b[^\n]{0,60}", re.IGNORECASE)


def _plan_year(heading: str, document: dict) -> int | None:
    """The last year the words of a plan in a heading are followed by, when it is not before the report's."""
    if (named := _A_PLAN_NAMED.search(heading)) is None:
        return None
    ahead = [int(y) for y in _A_YEAR.findall(named.group())
             if not document.get("period_end") or int(y) >= document["period_end"].year]
    return ahead[-1] if ahead else None


# what a section of plans says it aims at or will do: a figure after one of these is the plan's, whatever else
# its sentence says ("phấn đấu giải ngân 100% vốn đã giao", "Kế hoạch năm 2026 đã được giao 3.200 tỷ đồng")
_AIMED_AT = re.compile(r"\b(?:phấn\s+đấu|dự\s+kiến|dự\s+báo|kế\s+hoạch|KH|mục\s+tiêu|chỉ\s+tiêu|đề\s+ra|đặt\s+ra|"
                       r"giao|sẽ|cần|phải|bảo\s+đảm|đảm\s+bảo|tiếp\s+tục)\b", re.IGNORECASE)
_DONE = re.compile(r"\bđã\s", re.IGNORECASE)
# the base of a change named right after it: the year before the one planned, its outturn or estimate, or the same
# period ("so với ước thực hiện năm 2025", "so với cùng kỳ", "so với năm trước")
_ON_A_YEAR_AFTER = re.compile(r"\s*(?:,\s*)?so\s+(?:với\s+)?(?:(?:số\s+|mức\s+)?(?:(?:dự\s+)?ước\s+)?"
                              r"(?:thực\s+hiện|TH|đạt|tính)\s+)?(?:cùng\s+kỳ|năm\s+(?:trước|nay)\b"
                              r"|(?:cả\s+)?năm\s+(" + YEAR + r")(?!\d))", re.IGNORECASE)


def _on_the_year_before(clean: str, fig: Figure, section_year: int | None) -> bool:
    """Is a change in a section of plans said against the year before the one planned ("Dự toán thu năm 2026 là
    5.200 tỷ đồng, bằng 108% so với ước thực hiện năm 2025")? It stays a change on last year, no aim of its own."""
    if fig.metric != "yoy_pct" or "so" not in clean[fig.unit_end:fig.unit_end + 8]:
        return False
    base = _ON_A_YEAR_AFTER.match(clean, fig.unit_end)
    return base is not None and (base.group(1) is None or section_year is None
                                 or int(base.group(1)) == section_year - 1)


# a figure's plan said right after it, which it passed, met or fell short of: an outcome, not an aim ("đạt 9,1%, vượt
# kế hoạch đề ra", "đạt 1.200 tỷ đồng, hoàn thành chỉ tiêu")
_MEASURED_AGAINST_A_PLAN_AFTER = re.compile(
    r"\s*,?\s*(?:vượt|đạt|không\s+đạt|chưa\s+đạt|hoàn\s+thành|thấp\s+hơn|cao\s+hơn)(?:\s+\d[\d.,]*\s*%)?"
    r"\s+(?:so\s+với\s+)?(?:kế\s+hoạch|KH|chỉ\s+tiêu|mục\s+tiêu)", re.IGNORECASE)


def _looks_back(clean: str, fig: Figure, phrases: list, phrase_starts: list[int], section_year: int | None) -> bool:
    """Is a figure of a section of plans one its sentence looks back on, a level of its own period and no target?
    "Giai đoạn 2021-2025 đã giải ngân 28.450 tỷ đồng" under "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026": done ("đã") or of
    a period named before it that ends before the year the section aims at, and nothing aimed at said before it."""
    before = clean[fig.sentence[0]:fig.start]
    if _AIMED_AT.search(before):
        return False
    if _MEASURED_AGAINST_A_PLAN_AFTER.match(clean, fig.unit_end):
        return True  # ("Tốc độ tăng trưởng đạt 9,1%, vượt kế hoạch đề ra": a result set against its plan)
    # (a part of a year named without its year, "Trong quý I, tập trung thu hút 15 dự án" under "NHIỆM VỤ NĂM 2027",
    # is a part of the year the section aims at, not of the report's: it names no earlier time)
    named = [p for p in phrases[bisect_left(phrase_starts, fig.sentence[0]):bisect_left(phrase_starts, fig.start)]
             if p.period is not None and p.kind != "target_year"
             and (p.explicit_year or p.kind not in _PARTS_AIMED_AT)]
    if section_year is not None and any(p.period.end.year >= section_year for p in named):
        return False  # ("Đến năm 2030 đã có 100% xã ...": done by the year aimed at)
    if "đã" in before and _DONE.search(before):
        return True
    return section_year is not None and bool(named)


def _term_of_a_yearly_average(clean: str, fig: Figure, paragraph_start: int,
                              future: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The term (first and last year) a target of a yearly average aims at: "bình quân" before it or
    "/năm" after it, and a term named in its sentence, its paragraph's opening or its section's heading."""
    if not (_PER_YEAR_AFTER.match(clean, fig.unit_end)
            or _AVERAGE_BEFORE.search(clean, max(fig.sentence[0], fig.start - 80), fig.start)):
        return None
    section = next((a for a, b in future if a <= fig.start < b), None)
    heading_end = clean.find("\n", section) if section is not None else -1
    for lo, hi in ((fig.sentence[0], fig.start), (paragraph_start, min(fig.sentence[0], paragraph_start + 300)),
                   (section, heading_end if heading_end >= 0 else len(clean)) if section is not None else (0, 0)):
        terms = list(_TERM_NAMED.finditer(clean, lo, hi))
        if terms and int(terms[-1].group(1)) < int(terms[-1].group(2)):
            return int(terms[-1].group(1)), int(terms[-1].group(2))
    return None


# a term said by its count of years alone ("Tổng vốn đầu tư 5 năm", "giai đoạn 5 năm"), its years unwritten (not a
# look back, "5 năm qua", nor a span that names them, "5 năm 2026-2030", read as the term itself)
_YEARS_OF_AN_UNNAMED_TERM = re.compile(r"(?<!\w)(?:giai\s+đoạn\s+)?(\d{1,2})\s+năm(?!\s*(?:\d|qua\b|trước|liền|liên))",
                                       re.IGNORECASE)


def _term_summed_under_its_heading(clean: str, fig: Figure, future: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The term (first and last year) the heading of a target's section of plans names ("MỤC TIÊU NHIỆM KỲ
    2025-2030") when the target's clause sums over it: what is added ("có thêm 150 sản phẩm OCOP") or a total over as
    many years as the term ("Tổng vốn đầu tư toàn xã hội 5 năm"); None otherwise."""
    section = next((a for a, b in future if a <= fig.start < b), None)
    if section is None:
        return None
    heading_end = clean.find("\n", section)
    terms = list(_TERM_NAMED.finditer(clean, section, heading_end if heading_end >= 0 else len(clean)))
    if not terms or not (first := int(terms[-1].group(1))) < (last := int(terms[-1].group(2))):
        return None
    clause = max(fig.sentence[0], clean.rfind(";", fig.sentence[0], fig.start) + 1)
    years = _YEARS_OF_AN_UNNAMED_TERM.search(clean, clause, fig.start)
    if _ADDED_OVER_A_TERM.search(clean, clause, fig.start) or (
            years is not None and int(years.group(1)) in (last - first, last - first + 1)):
        return first, last
    return None


_THIS_YEAR = re.compile(r"\b(?:năm\s+nay|trong\s+năm)\b(?!\s+(?:\d|qua|trước))", re.IGNORECASE)
_A_YEAR = re.compile(r"(?<!\d)(" + YEAR + r")(?!\d)")


def _jsonable(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def extraction_to_json_rows(extraction: Extraction) -> Iterator[dict]:
    """The rows ``baocao extract`` prints: the documents row first, then every fact, with ``table``."""
    yield {"table": "documents", **{k: _jsonable(v) for k, v in extraction.document.items()}}
    for table in FACT_TABLES:
        for row in extraction.tables[table].iter_rows(named=True):
            yield {"table": table, **{k: _jsonable(v) for k, v in row.items()}}
