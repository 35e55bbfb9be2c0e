"""The ``documents`` row of a report: who issued it, about which place, what kind, which period.

Signals, strongest first: the issuing-body header (``ỦY BAN NHÂN DÂN / TỈNH BẮC KẠN``, often
split over lines or table cells), the document number suffix (``/BC-UBND``, ``-BC/TU``), the
body's self-reference (``Ủy ban nhân dân tỉnh báo cáo``, ``Kính gửi: Hội đồng nhân dân thành phố
Bắc Kạn`` — a report goes to the council of its own unit), the place-and-date line, the title and
finally the most frequent province in the body. Text is matched in NFC; returned fields are plain
strings.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial

from orchestration.extraction.dates import (
    DATELINE,
    FOLDED,
    FOLDED_DATE_LINE,
    LINE_FILL,
    NUMERIC_DATE,
    YEAR,
    calendar_date,
    parse_date,
)
from orchestration.extraction.disasters import hazards_in
from orchestration.extraction.layout import BULLET_GLYPHS, a_caption_line
from orchestration.extraction.letters import ONE_SYLLABLE, UPPER
from orchestration.extraction.named_provinces import (
    WHAT_A_PROVINCE_BECAME,
    an_aside_on_the_name_after,
    without_asides_on_names,
)
from orchestration.extraction.normalise import (
    FoldedText,
    ascii_forms,
    entities_unescaped,
    fold,
    lf_line_ends,
    nfc,
    plain_spaces,
    without_bom,
    without_markup,
    without_zero_width,
)
from orchestration.extraction.numbers import ONE_TO_TEN_WORDS
from orchestration.extraction.periods import Period
from orchestration.extraction.placement import (
    DATE_MARKER,
    DEPARTMENT,
    HEADLINE_WITH_NUMBERS,
    PAGE_LINKS,
    PAGE_LINKS_AFTER,
    DocumentTime,
    a_dated_subject,
    a_units_body_in_any_case,
    all_capitals,
    document_time,
    find_dateline,
    goes_on_below,
    kind_heading,
    party_papers_title_line,
    the_body_begun,
    title_end,
    title_under_the_header,
)
from orchestration.extraction.places import (
    ADMIN_LEVEL,
    CENTRAL_CITIES,
    COMMUNE_ERAS,
    UNIT_WORDS,
    District,
    Province,
    ProvinceMention,
    UnitMention,
    all_units,
    as_its_provinces_city,
    as_named_before_2025,
    commune_province,
    commune_province_keys,
    communes_named,
    district_named,
    district_province,
    district_province_keys,
    districts_named,
    districts_of,
    find_provinces,
    find_units,
    find_units_of_kind,
    get_province,
    listed_units,
    marked_district_name,
    match_province,
    namesake_districts,
    new_in_2025,
    one_provinces_districts,
    only_in_2025,
    place_key,
    renamed_as,
    special_zone_of_district,
    town_ward_province,
    unit_kind,
    unit_label,
    unit_words_source,
)
from orchestration.extraction.scanning import lowered_literal_scan, matches_tried_at, opening_words, places_of
from orchestration.extraction.screening import restored_marks
from orchestration.extraction.vocabulary import (
    keyed_word_patterns,
    phrase_source,
    read_table,
    word_list,
    word_pattern,
    word_source,
)


@dataclass(frozen=True)
class DocumentInfo:
    province: str | None
    locality: str | None
    admin_level: str
    doc_type: str
    period: Period | None
    title: str | None
    issuer: str | None
    issued_date: dt.date | None
    signer: str | None
    period_source: str | None = None  # where the period was read: title, body, date_line, event_dates
    place_source: str | None = None  # where the province was read: title (heading, issuer), date_line, body
    reference_year: int | None = None  # the year of period phrases that name none ("quý I")
    # the text's own period read in a year it writes nowhere ("Báo cáo tình hình kinh tế - xã hội tháng 10", no date
    # line, no year in the body): what a sidecar's publishing day dates (``sidecar.apply_sidecar``); None else
    period_in_a_year: Callable[[int], DocumentTime] | None = field(default=None, compare=False, repr=False)

    def as_row(self) -> dict:
        """The contract's ``documents`` columns (without doc_id/source_file) and where the
        placement came from."""
        p = self.period
        return {
            "period_source": self.period_source if p else None,
            "place_source": self.place_source if self.province else None,
            "province": self.province,
            "locality": self.locality,
            "admin_level": self.admin_level,
            "doc_type": self.doc_type,
            "period_start": p.start if p else None,
            "period_end": p.end if p else None,
            "period_label": p.label if p else None,
            "title": self.title,
            "issuer": self.issuer,
            "issued_date": self.issued_date,
            "signer": self.signer,
            "reference_year": self.reference_year,
        }


# --------------------------------------------------------------------------- text clean-up


def _plain(text: str) -> str:
    """NFC, LF line ends, plain spaces, no zero-width characters, full-width forms as ASCII, HTML tags and
    entities and markdown marks removed (references named or escaped twice, "T&igrave;nh", "&amp;#7881;", as their
    characters)."""
    text = entities_unescaped(ascii_forms(without_zero_width(plain_spaces(without_bom(lf_line_ends(nfc(text)))))))
    return without_markup(nfc(text) if "&" in text else text)


_BLANKS = re.compile(r"[ \t]+")


# "CỤC THỐNG KÊ TỈNH A    Trang 1", "Trang 2/14\tUBND TỈNH B": a PDF page's running header carries the page's
# number in a cell of its own, set apart by a tab or a run of blanks; the number is no word of the header's name
_PAGE_CELL = r"(?:[Tt]rang|TRANG|[Pp]age)[ \t]+\d{1,4}(?:[ \t]*/[ \t]*\d{1,4})?"
_PAGE_CELL_AT_AN_END = re.compile(rf"^[ \t]*{_PAGE_CELL}(?=\t|[ ]{{2}})|(?:\t|[ ]{{2}})[ \t]*{_PAGE_CELL}[ \t]*$")


def _lines(text: str) -> list[str]:
    # a line without a tab or a double space has no run of blanks to collapse, nor a page's cell set apart
    return [(_BLANKS.sub(" ", _PAGE_CELL_AT_AN_END.sub("", ln)) if "\t" in ln or "  " in ln else ln).strip(" |")
            for ln in text.split("\n")]


# --------------------------------------------------------------------------- header

_MOTTO = re.compile(
    r"cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam"
    r"|doc\s+lap\s*-\s*tu\s+do\s*-\s*hanh\s+phuc"
    r"|dang\s+cong\s+san\s+viet\s+nam"
)
# The heading: "BÁO CÁO" in capitals (maybe followed by its subject), or a line that is only
# "Báo cáo"; a sentence starting "Báo cáo tại hội nghị ..." is body text.
# The kinds of document that head their title in capitals ("BÁO CÁO", "NGHỊ QUYẾT", "THÔNG CÁO BÁO
# CHÍ" ...): data/words/document_kinds.csv, with the word the title is given in sentence case.
_KINDS = keyed_word_patterns("document_kinds", "title", re.IGNORECASE)
_TITLE_LINE = re.compile(r"^\s*" + kind_heading())


# the kinds that set targets rather than report (data/words/document_kinds.csv, column sets_targets)
_TARGET_SETTING_KINDS = tuple(row["title"] for row in read_table("words/document_kinds.csv") if row["sets_targets"])


# the number a kind's heading is numbered by ("PHỤ LỤC II", "Phụ lục 01"; data/words/document_kinds.csv)
_KINDS_NUMBER = re.compile(r"\s(?:(?:số|SỐ)\s+)?([IVX]+|\d{1,2})\s*$")


def _kind_title(heading: str) -> str:
    """ "Báo cáo", "Nghị quyết" ... for the kind a title line opens with."""
    return next(title for title, pattern in _KINDS if pattern.match(heading.strip()))


# ("Số: 45/BC-UBND", "So 45/BC": a paper's number; not a word opening on the letters, "SỐP CỘP", nor an office typed
# without its marks, "SO TAI CHINH")
_NUMBER_LINE = re.compile(r"^\s*(?:số|so(?!\s+[a-z]{2}))(?![^\W\d_])\s*[:.]?", re.IGNORECASE)
_DATE_CELL = re.compile(FOLDED.day + LINE_FILL + FOLDED.month)
# "Bắc Kạn, ngày ... tháng ...": the place before a date line's cell
_PLACE_THEN_DATE = re.compile(r"([^\t|:]{2,40}?),?\s*" + _DATE_CELL.pattern)
_DAY_WORD = FOLDED.day  # a literal word: every date cell holds it


# "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "T/M ĐẢNG ỦY", "Nơi nhận:": the block that closes a paper, its signature
_CLOSING_BLOCK = re.compile(r"(?i)^\W*(?:tm\.|t/m\b|kt\.|k/t\b|tl\.|ttl\.|thay\s+mặt\b|nơi\s+nhận\b)")


def _header_cells(lines: list[str]) -> list[str]:
    """Cells of the lines above the ``BÁO CÁO`` heading that can name the issuer (motto, number
    and date line removed)."""
    cells: list[str] = []
    joined = ""  # ("PHÒNG TÀI CHÍNH -" / "KẾ HOẠCH": one office's name over two lines is one cell)
    for k, ln in enumerate(lines[:40]):
        if _TITLE_LINE.match(ln) and len(ln) < 200 and not (k and goes_on_below(lines[k - 1])):
            break
        if _CLOSING_BLOCK.match(ln):
            break  # ("TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" closing a short paper: who signs, under the text, no header)
        if len(cells) == k and (office := _an_office_written_small(ln)) is not None:
            cells.append(office)  # (only among the header's own lines: the top of the page)
            continue
        if "\t" not in ln and goes_on_below(ln) and _header_like(ln):
            joined = f"{joined} {ln}"
            continue
        ln, joined = f"{joined} {ln}".strip() if joined and "\t" not in ln else ln, ""
        for cell in re.split(r"\t|\s{3,}|\|", ln):
            c = cell.strip(" -_*")
            f = fold(c)
            if not c or (_MOTTO.search(f) and len(_MOTTO.sub("", f).strip(" -")) < 3):
                continue
            c = _MOTTO_RE_NFC.sub("", c).strip(" -")
            if not c or _NUMBER_LINE.match(c) or _DATE_CELL.search(fold(c)) or set(c) <= set("-_=*. "):
                continue
            if not _header_like(c) or _AN_EVENT_HEADLINE.search(fold(c)):
                continue
            cells.append(c)
    return cells


# "Đơn vị: Cục Chăn nuôi" under a ministry's name: the office of the ministry that writes the paper
_OFFICE_LABEL = re.compile(r"^\s*Đơn\s+vị\s*:\s*")


def _an_office_written_small(line: str) -> str | None:
    """An office's name alone on a header's line, not in capitals (``Thống kê tỉnh Hà Tĩnh``, ``Đơn vị: Cục Chăn
    nuôi``): it names the office and, at its end, the office's place, or is short (a headline goes on past a
    name); None for any other line."""
    name = line[m.end():] if (m := _OFFICE_LABEL.match(line)) is not None else line.strip()
    if not name[:1].isupper() or len(name) > 100 or _header_like(name):
        return None
    # ("Ủy ban nhân dân xã Tả Van", "Đảng ủy phường A": a unit's own body, written small, names its unit at its end)
    body = _A_UNITS_BODY.match(fold(name)) is not None
    if not body and DEPARTMENT.match(fold(name)) is None:
        return None
    units = find_units(name)
    # ("UBND xã Hoà Bình (tỉnh Cà Mau)", "UBND xã Sóc Sơn (Hà Nội)": its province in brackets at its end, as a commune
    # types it)
    if units and (units[-1].end >= len(name.rstrip(" .)")) or (body and a_units_body_in_any_case(name))):
        return name.rstrip(" .")
    if body:
        # ("Đảng bộ tỉnh A" / "Ban Thường vụ Tỉnh ủy": the party committee under its Đảng bộ names no place again)
        return name.rstrip(" .") if _A_PARTY_COMMITTEE_ALONE.fullmatch(fold(name).rstrip(" .")) else None
    # ("Cục Thống kê" over "Thống kê tỉnh Bắc Ninh": the office above, its name alone, no headline's length)
    return name if not units and (m is not None or len(name.split()) <= SMALL_OFFICE_WORDS) else None


_A_UNITS_BODY = re.compile(r"(?:uy\s+ban\s+nhan\s+dan|ubnd|hoi\s+dong\s+nhan\s+dan|hdnd|dang\s+uy|dang\s+bo"
                           r"|(?:ban\s+thuong\s+vu\s+)?(?:tinh|thanh|huyen|quan|thi)\s+uy)(?:\s|$)")
# "Ban Thường vụ Tỉnh ủy", "Tỉnh ủy", "Đảng ủy": a party committee's name with no place, under its Đảng bộ's line
_A_PARTY_COMMITTEE_ALONE = re.compile(r"(?:ban\s+thuong\s+vu\s+)?(?:tinh|thanh|huyen|quan|thi|dang)\s+uy")
SMALL_OFFICE_WORDS = 3  # "Cục Thống kê", "Sở Tài chính": an office's kind and its field


# "XÃ HOẰNG THÁI TỔ CHỨC KỲ HỌP THỨ 7 HĐND XÃ ...": a headline in capitals tells of an event (a session, a
# conference opened or closed); an issuer's cell names only a body and its place ("BAN TỔ CHỨC" is a body)
_AN_EVENT_HEADLINE = re.compile(r"(?<!\bban\s)\bto\s+chuc\s+(?:thanh\s+cong\s+)?(?:ky\s+hop|hoi\s+nghi|dai\s+hoi|le)\b"
                                r"|\bky\s+hop\s+thu\b|\b(?:khai|be)\s+mac\b")


def _header_like(cell: str) -> bool:
    """Issuer cells are short and written in capitals (``ỦY BAN NHÂN DÂN``, ``TỈNH BẮC KẠN``)."""
    letters = [ch for ch in cell if ch.isalpha()]
    return len(cell) <= 100 and bool(letters) and sum(ch.isupper() for ch in letters) / len(letters) > 0.6


_MOTTO_RE_NFC = re.compile(
    r"CỘNG\s+H(?:ÒA|OÀ|O)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM"
    r"|Độc\s+lập\s*-\s*Tự\s+do\s*-\s*Hạnh\s+phúc"
    r"|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM",
    re.IGNORECASE,
)

# Issuing bodies (folded) → (canonical name, organ kind).
_ORGANS: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(r"\b(?:uy\s+ban\s+nhan\s+dan|ubnd)\b"), "Ủy ban nhân dân", "ubnd"),
    (re.compile(r"\b(?:hoi\s+dong\s+nhan\s+dan|hdnd)\b"), "Hội đồng nhân dân", "hdnd"),
    (re.compile(r"\bban\s+thuong\s+vu\b"), "Ban Thường vụ", "party"),
    (re.compile(r"\bban\s+chap\s+hanh\b"), "Ban Chấp hành", "party"),
    (re.compile(r"\b(?:tinh|thanh|huyen|thi|quan)\s+uy\b"), "", "party"),
    (re.compile(r"\bdang\s+uy\b"), "Đảng ủy", "party"),
    (re.compile(r"\bdang\s+bo\b"), "Đảng bộ", "party"),
]
_PARTY_UNIT_WORD = {
    "tinh": "Tỉnh ủy",
    "thanh_pho": "Thành ủy",
    "huyen": "Huyện ủy",
    "thi_xa": "Thị ủy",
    "quan": "Quận ủy",
}
# "Số: 12/BC-UBND", "Số 45-BC/TU": the issuing organ from the document symbol.
# "Số: 67/NQ-HĐND", "Số: 12/2024/QĐ-UBND" opening a line: the number of the issuing body's own document
# (folded; a news item cites a number inside a sentence, "Nghị quyết số 67/NQ-HĐND", never as a line "Số:")
_ISSUED_NUMBER_LINE = re.compile(r"(?m)^\W*so\s*:\s*\d+\s*/\s*(?:\d{4}\s*/\s*)?(?:nq|qd|bc|kh|tb|ttr|ct)\s*-")
_SYMBOL = re.compile(r"(?:so|so:)\s*[:.]?\s*[\d\s]*[/-]?\s*bc\s*[/-]\s*([a-z]+)")
_SYMBOL_ORGAN = {
    "ubnd": "ubnd",
    "hdnd": "hdnd",
    "tu": "party",
    "hu": "party",
    "du": "party",
    "qu": "party",
    "thu": "party",
    "btv": "party",
    "bcs": "party",
}


@dataclass(frozen=True)
class _Issuer:
    organ: str | None  # ubnd, hdnd, party, other
    unit: UnitMention | None
    kind: str | None  # unit kind even when the name is missing ("Ủy ban nhân dân tỉnh báo cáo")
    text: str | None  # issuer as found in the header


def _organ_of(folded: str) -> str | None:
    for rx, _name, organ in _ORGANS:
        if rx.search(folded):
            return organ
    return None


_YOUTH_UNION_CELL = re.compile(r"(?i)^\W*(?:BCH\s+|Ban\s+Chấp\s+hành\s+)?(?P<kind>thành|thị)\s+đoàn\s+(\S.{1,30}?)\W*$")


def _towns_youth_union(cell: str) -> UnitMention | None:
    """The town whose Youth Union a header's cell names ("THÀNH ĐOÀN PLEIKU", "BCH THỊ ĐOÀN AN KHÊ"): a city or town
    of the list of districts by that name, when one province has it, or a city that is a province ("THÀNH ĐOÀN ĐÀ
    NẴNG"); None for any other cell."""
    m = _YOUTH_UNION_CELL.match(cell)
    if m is None:
        return None
    city = match_province(m.group(2), fuzzy=False)
    if city is not None and city.key in CENTRAL_CITIES and m["kind"].lower() == "thành":
        return _province_as_unit(city)
    town = district_named(m.group(2))
    if town is None or town.kind not in ("thanh_pho", "thi_xa"):
        return None
    return UnitMention(town.kind, town.name, place_key(town.kind, town.name), "district", None, m.start(2), m.end(2))


def _header_issuer(cells: list[str]) -> _Issuer:
    joined = " ".join(cells)
    # (a name run on into a department's, "UBND HUYỆN CHÂU THÀNH PHÒNG TÀI CHÍNH - KẾ HOẠCH", is none: its own cell is)
    units = find_units(joined) or [u for cell in cells for u in find_units(cell)]
    if units and all(_menu_words(u, cells) for u in units):
        # ("UBND HUYỆN ĐỒNG HỶ" over a heading in capitals with no "BÁO CÁO": the name ran on into the heading;
        # a cell that names a district of the list on its own is the issuer's)
        units = [u for cell in cells for u in find_units(cell)
                 if u.admin_level == "district" and districts_named(u.name)]
        if not units:
            # a web page's menu ("UBND HUYỆN", then "TIN HOẠT ĐỘNG CỦA ...") is no report's issuer
            return _Issuer(None, None, None, None)
    if not units and "đoàn" in joined.lower():
        units = [town for cell in cells if (town := _towns_youth_union(cell)) is not None]
    organ = _organ_of(fold(joined))
    if not units and organ is None:
        return _Issuer(None, None, None, None)
    # The lowest unit named is the issuer (UBND TỈNH X / UBND HUYỆN Y → huyện Y).
    rank = {"province": 0, "district": 1, "commune": 2}
    unit = max(units, key=lambda u: (rank[u.admin_level], u.start)) if units else None
    return _Issuer(organ, unit, unit.kind if unit else None, joined)


# A headline whose subject is the whole country ("Cả nước có ...", "Toàn quốc ...", "Việt Nam xuất khẩu ...") or a
# national office speaking ("Bộ Tài chính: Thu ngân sách ..."); "Hà Tĩnh đứng thứ 2 cả nước" is the province's
_OF_THE_COUNTRY = re.compile(r"^\W*(?:(?:(?:trên|tính\s+chung)\s+)?(?:cả\s+nước|toàn\s+quốc)|Việt\s+Nam)\b|^\W*(?:"
                             + word_source("national_issuers") + r")[^:\n]{0,60}:", re.IGNORECASE)
# "Theo Bộ Xây dựng, 9 tháng năm 2026 cả nước hoàn thành ...", "Tổng cục Thống kê cho biết, GDP cả nước ...": a lead
# told by a national office about the whole country (not a rank in it: "đứng thứ 3 cả nước")
_NATIONAL_SOURCE = re.compile(r"(?:\b[Tt]heo\s+(?:số\s+liệu\s+(?:của\s+)?)?(?:" + word_source("national_issuers")
                              + r")|(?:" + word_source("national_issuers") + r")[^,.;\n]{0,40}?\s+cho\s+biết)\b")
_RANK_BEFORE = re.compile(r"\b(?:thứ|hạng|top|tốp)\s+\S+\s+$", re.IGNORECASE)  # ("đứng thứ hai cả nước")
RANK_REACH = 20
_THE_WHOLE_COUNTRY = re.compile(r"(?<!thứ\s)(?<!nhất\s)(?<!với\s)(?<!của\s)(?<!chung\s)(?<!quân\s)(?<!đầu\s)"
                                r"(?<!trong\s)\b(?:cả\s+nước|toàn\s+quốc)\b")


def _a_national_lead(plain: str) -> bool:
    """Is the lead's first real sentence a national office's account of the whole country, or of its own figures
    in a text that names no province with weight?"""
    lead = _lead(plain)
    sentence = lead.rsplit("\n", 1)[-1]
    if (source := _NATIONAL_SOURCE.search(sentence)) is None:
        return False
    if any(_RANK_BEFORE.search(sentence, max(0, m.start() - RANK_REACH), m.start()) is None
           for m in _THE_WHOLE_COUNTRY.finditer(sentence)):
        return True
    return (source.start() <= DATELINE_REACH and not find_provinces(sentence[source.start():])
            and _names_no_province_with_weight(plain, plain.find(sentence) + source.start()))


DATELINE_REACH = 40  # "Hà Nội, ngày 5/11/2026 - ": what may stand before the office a lead opens on


def _names_no_province_with_weight(plain: str, after: int) -> bool:
    """Does ``plain`` name no province after ``after`` (a lead's dateline: "Hà Nội, ..." is where the country's
    offices sit) but in passing, no "tỉnh X" and fewer than three bare mentions of one ("Tại Gia Lai, ..." once:
    an example a ministry gives of its figures)?"""
    weights: Counter[str] = Counter()
    for m in _provinces_outside_units(plain):
        if m.start >= after and not _on_a_byline(plain, m.start, m.end):
            weights[m.province.key] += _mention_weight(m)
    return all(w < MIN_PROVINCE_WEIGHT for w in weights.values())


# A ministry, the Government or another office of the whole country heading a paper whose header names no place
# (data/words/national_issuers.csv, with the organ's words as written): the paper speaks of the country, whatever
# province its body lists first or its date line names ("Hà Nội, ngày ...": where the Government sits)
_NATIONAL_ISSUERS = keyed_word_patterns("national_issuers", "organ", re.IGNORECASE)
# a committee's name goes on with its subject on the header's next line, in capitals
_SUBJECT_GOES_ON = re.compile(r"VỀ\s+\S")
# (of the country's offices, the Government and a ministry stand over the department that issues)
_ABOVE_THE_ISSUER = ("Chính phủ", "Bộ", "Quốc hội")


def _a_national_header(cells: list[str]) -> bool:
    """Does a header open on an office of the whole country (``BỘ XÂY DỰNG``)?"""
    return bool(cells) and any(rx.match(cells[0]) for _organ, rx in _NATIONAL_ISSUERS)


def _national_issuer(cells: list[str]) -> str | None:
    """The national office issuing a paper, when the header's first cell is one (``BỘ TÀI CHÍNH`` / ``CỤC THỐNG
    KÊ`` → ``Cục Thống kê``: the lowest office the header names), a name in capitals in the case it is written."""
    if not _a_national_header(cells):
        return None
    found = [(organ, m, c) for c in cells for organ, rx in _NATIONAL_ISSUERS if (m := rx.match(c)) is not None]
    organ, m, cell = next((f for f in reversed(found) if f[0] not in _ABOVE_THE_ISSUER), found[-1])
    if (at := cells.index(cell) + 1) < len(cells) and _SUBJECT_GOES_ON.match(cells[at]) and cell.isupper():
        cell = f"{cell} {cells[at]}"  # ("BAN CHỈ ĐẠO QUỐC GIA" / "VỀ PHÒNG THỦ DÂN SỰ": one name over two lines)
    if not cell.isupper():
        return cell
    # ("BỘ" + "NÔNG NGHIỆP VÀ MÔI TRƯỜNG": the offices a ministry joins open with their capitals)
    words = len(organ.split())
    rest = _lower_words(" ".join(cell.split()[words:])) if organ != "Bộ" else _JOINED_OFFICE.sub(
        lambda j: j.group(1) + j.group(2).upper(), _lower_words(" ".join(cell.split()[words:])))
    return f"{organ} {rest[:1].upper() if organ in ('Bộ', 'Cục', 'Tổng cục') else rest[:1]}{rest[1:]}".strip()


def _menu_words(unit: UnitMention, cells: list[str]) -> bool:
    """A district-level "unit" whose unit word ends one header cell and whose "name" is the next
    cell's words, no district of the list (``UBND HUYỆN`` + ``TIN HOẠT ĐỘNG``): a site's menu.
    (A header written over two cells names a real district: ``UBND HUYỆN`` + ``TIÊN YÊN``.)"""
    if unit.admin_level != "district" or district_named(unit.name) is not None:
        return False
    return not any(u.key == unit.key for cell in cells for u in find_units(cell))


_SELF_REF = re.compile(
    r"\b(uy\s+ban\s+nhan\s+dan|ubnd|hoi\s+dong\s+nhan\s+dan|hdnd|ban\s+thuong\s+vu)\s+"
    r"(tinh|thanh\s+pho|tp\.?|huyen|thi\s+xa|quan|xa|phuong|thi\s+tran)\s+(?:[^\n.;:]{0,40}?\s)?"
    r"(?:xin\s+|tong\s+hop\s+|kinh\s+)?bao\s+cao"
)
_KINH_GUI = re.compile(r"kinh\s+gui\s*:?\s*(?:thuong\s+truc\s+)?(hoi\s+dong\s+nhan\s+dan|hdnd)\s+")


# --------------------------------------------------------------------------- title, signer


# "🔥🔥 Quảng Ninh đón ... quý I/2027 🎉 #QuangNinh #DuLich": a portal's post decks its headline with pictographs (the
# symbols a list item opens on, see ``layout.BULLET_GLYPHS``, with the selectors and joiners an emoji carries) and
# files it under hashtags at its ends; the title is its words
_PICTOGRAPHS = re.compile(rf"[{BULLET_GLYPHS}\ufe0e\ufe0f\u200d\U0001f3fb-\U0001f3ff]+")
_TAGS_AT_AN_END = re.compile(r"^(?:\s*#\w+)+\s+|(?:\s+#\w+)+\s*$")


def _titles_words(title: str) -> str:
    """``title`` without its pictographs, and without the hashtags at its ends (a "#" inside it is left)."""
    if not _PICTOGRAPHS.search(title) and "#" not in title:
        return title
    return " ".join(_TAGS_AT_AN_END.sub("", _PICTOGRAPHS.sub(" ", title)).split())


def _title(lines: list[str]) -> tuple[str | None, int]:
    """``Báo cáo`` + the subject line(s) in sentence case; and the index of the line after it."""
    for i, ln in enumerate(lines[:80]):
        m = _TITLE_LINE.match(ln)
        if not m or len(ln) > 300 or (i and goes_on_below(lines[i - 1])):
            continue
        if _a_portals_name(ln):
            continue  # ("BÁO CAO BẰNG": the Cao Bằng paper's name over its page, no report's heading unmarked)
        if the_body_begun(lines[:i]):
            break  # ("KẾ HOẠCH NĂM 2027" after the results: a part's heading, the paper's title stands above it)
        kind = ln[m.end() :].strip(" :-")  # "NHANH", "CHÍNH TRỊ": the report's kind, in the heading's capitals
        # (a place the heading's own line names keeps its capitals: "... CỦA HĐND TỈNH LẠNG SƠN")
        parts = [_sentence_case(kind) if kind.isupper() else kind]
        j = title_end(lines, i, kind)
        j = next((k for k in range(i + 1, j) if _A_TABLES_HEAD.match(lines[k])), j)
        # (under a kind's word the subject's first line goes on the title as a later one does: "BÁO CÁO NHANH" /
        # "Tình hình thiệt hại ..." is "Báo cáo nhanh tình hình thiệt hại ...")
        parts += [_title_line(line, k > 0 or bool(kind))
                  for k, line in enumerate(line for line in lines[i + 1 : j] if line)]
        subject = re.sub(r"\s+", " ", _joined_title_lines([p for p in parts if p])).strip(" .")
        kind_title = _kind_title(ln[: m.end()])
        if (number := _KINDS_NUMBER.search(ln, 0, m.end())) is not None:
            kind_title = f"{kind_title} {number[1]}"  # ("PHỤ LỤC II", "Phụ lục 01": an annex keeps its number)
        if ln.isascii() and subject.isascii():
            # ("BAO CAO" / "Tinh hinh kinh te - xa hoi ...": a paper typed without marks keeps its kind's word unmarked
            # too, "Bao cao tinh hinh ...", not half marked)
            kind_title = fold(kind_title).capitalize()
        if not subject:
            return kind_title, j
        return f"{kind_title} {_sentence_case(subject)}", j
    return None, 0


# "Tình hình kinh tế - xã h" / "ội tháng 8 năm 2026": a line that a narrow page broke inside a word ends on letters
# no Vietnamese syllable is (consonants only), and its word goes on at the head of the next line, in small letters
_BROKEN_WORD_END = re.compile(r"(?<![^\W\d_])[b-df-hj-np-tv-xzđ]+$")


def _joined_title_lines(parts: list[str]) -> str:
    """The title's lines joined by a space, but a word broken over two lines (see ``_BROKEN_WORD_END``) whole."""
    out = parts[:1]
    for part in parts[1:]:
        if part[:1].islower() and _BROKEN_WORD_END.search(out[-1]) is not None:
            out[-1] += part
        else:
            out.append(part)
    return " ".join(out)


# "Đơn vị: tỷ đồng", "STT<TAB>Chỉ tiêu<TAB>ĐVT", "STT" alone over a table drawn a cell a line: a table's head set
# right under the title with no blank line between ends the title (the lines' tabs are blanks by now)
_A_TABLES_HEAD = re.compile(r"(?i:đơn\s+vị(?:\s+tính)?\s*:|đvt\s*:)|STT\b")


def _title_line(line: str, later: bool) -> str:
    """A line of a title's subject as it reads inside the title: in small letters from a subject written in
    capitals then in sentence case ("TÌNH HÌNH KINH TẾ - XÃ HỘI" / "6 tháng đầu năm 2025 ..."), or from a ``later``
    part that opens its own line with a capital ("... năm 2024" / "Phương hướng, nhiệm vụ năm 2025"; not a name
    opening it, "Bắc Kạn ..."; the subject's first line keeps its case under the bare "BÁO CÁO")."""
    if all_capitals(line, 3) or _title_cased(line):
        # ("Phê Chuẩn Dự Toán Ngân Sách Năm 2024": every word capitalised reads as capitals, places kept)
        return _sentence_case(line.upper() if not all_capitals(line, 3) else line)
    words = line.split(" ", 2)
    if later and len(words) > 1 and words[1][:1].islower():
        return _sentence_case(line)
    return line


TITLE_CASED_WORDS_MIN = 4  # (fewer may be a name: "Thị xã Sa Pa")


def _title_cased(line: str) -> bool:
    """Is ``line`` written with every word capitalised ("Về Dự Toán Ngân Sách Địa Phương Năm 2025")?"""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= TITLE_CASED_WORDS_MIN and all(w[0].isupper() for w in words)


# "TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 10 VÀ 10 THÁNG NĂM 2026", "MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU QUÝ III/2026":
# a statistics office's release heads its report with its subject alone, in capitals, no "BÁO CÁO" above it
# ("kinh tế - văn hóa - xã hội": a city district's usual name of the same subject, its culture set between; folded)
_SOCIOECONOMIC_WORDS = r"(?:kinh\s+te\s*-?\s*(?:van\s+hoa\s*-\s*)?xa\s+hoi|\bkt\s*-\s*xh\b)"
_SOCIOECONOMIC_SUBJECT = re.compile(_SOCIOECONOMIC_WORDS)
# "Kết quả thực hiện Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS và miền núi năm 2025" (folded): the words are
# a national target programme's name, the paper that programme's
_A_PROGRAMMES_NAME_BEFORE = re.compile(r"\bchuong\s+trinh\s+(?:muc\s+tieu\s+quoc\s+gia|mtqg)\b[^,;:.()]{0,30}$")
PROGRAMMES_NAME_REACH = 60


def _said_of_the_situation(words: re.Pattern[str], folded_title: str) -> bool:
    """Do ``words`` stand in a title (folded) for the situation it reports on, not in a programme's name after it?"""
    return any(
        _A_PROGRAMMES_NAME_BEFORE.search(folded_title, max(0, m.start() - PROGRAMMES_NAME_REACH), m.start()) is None
        for m in words.finditer(folded_title)
    )


# "Biểu số 01: Kết quả thực hiện một số chỉ tiêu chủ yếu tháng 10 năm 2026" (folded): the main indicators of the year's
# socio-economic plan, the table a socio-economic report appends, whether it stands alone or under the report; a
# branch's main indicators ("chỉ tiêu chủ yếu ngành nông nghiệp", "... về y tế") are that branch's paper
_MAIN_INDICATORS = re.compile(r"\bchi\s+tieu\s+chu\s+yeu\b(?!\s+(?:nganh|linh\s+vuc|ve|cua\s+nganh)\b)")
_HEADING_LINES = 12  # the heading stands among the first lines with words, above the body


# the months a heading covers, ending its line with no year (folded): "tháng 12 và cả năm", "quý III và 9 tháng"
_ENDS_WITH_ITS_MONTHS = re.compile(r"(?:\bthang\s+\d{1,2}|\bquy\s+[ivx\d]+|\d{1,2}\s+thang(?:\s+dau\s+nam)?"
                                   r"|\bca\s+nam)\s*$")


def _subject_heading(lines: list[str]) -> tuple[str | None, int]:
    """A socio-economic report's subject heading in capitals with its year (over one line or two), or its whole
    title in sentence case on one line, when no kind word heads the title: the heading as written, and the index
    of its first line (the issuer's cells stand above it)."""
    seen = 0
    for i, ln in enumerate(lines[:60]):
        if not ln:
            continue
        seen += 1
        if seen > _HEADING_LINES or len(ln) > 200 or ln.endswith("."):
            break  # (the body has begun)
        folded = fold(ln)
        if (
            not all_capitals(ln)
            and (heading := _after_a_places_colon(ln)) != ln
            and _RELEASE_HEADING.match(fold(heading))
            and re.search(YEAR, heading)
            and not _opens_in_lower_case(heading)
        ):
            return " ".join(heading.split()), i  # ("Sơn La: Tình hình kinh tế - xã hội quý I năm 2026": the heading)
        if not all_capitals(ln):
            # ... or the whole title on one line in sentence case under the issuer ("Báo cáo tình hình kinh tế -
            # xã hội quý III và 9 tháng năm 2026", a release's "Tình hình kinh tế - xã hội quý I năm 2026"): a sentence
            # of the body saying so ends with its full stop
            # (its year left to the page's date when the heading ends with the months it covers: "... tháng 12 và cả
            # năm" under "Cập nhật: 05/01/2027")
            if _RELEASE_HEADING.match(folded) and (re.search(YEAR, ln) or _ENDS_WITH_ITS_MONTHS.search(folded)) \
                    and not _opens_in_lower_case(ln):
                return " ".join(ln.split()), i
            continue
        if _MOTTO.search(folded):
            continue
        if not _SOCIOECONOMIC_SUBJECT.search(folded):
            continue  # (an issuer's cell: "CỤC THỐNG KÊ TỈNH NGHỆ AN")
        heading = ln
        nxt = next((k for k in range(i + 1, min(i + 3, len(lines))) if lines[k]), None)
        if nxt is not None and all_capitals(lines[nxt], 3) and re.search(YEAR, ln) is None:  # ("QUÝ I NĂM 2027")
            heading = f"{ln} {lines[nxt]}"  # ("TÌNH HÌNH KINH TẾ - XÃ HỘI" / "QUÝ III NĂM 2026")
        if re.search(YEAR, heading):
            return " ".join(heading.split()), i
    # ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" / "Đơn vị: Cục ..." / "Báo cáo nhanh công tác khắc phục ...": any kind's title in
    # sentence case right under the issuer's lines, with or without a year; not under a headline in capitals, "SỞ TÀI
    # CHÍNH ĐỀ XUẤT HỖ TRỢ 20 TỶ ĐỒNG": an issuer's name holds no figure)
    # ("UBND XÃ VĨNH HÒA" / "(tỉnh An Giang)" / "Báo cáo sơ kết quý I năm 2026": the place a unit's line is of, set
    # in brackets under it, is a line of the issuer's)
    header = ["" if _a_bracketed_place(ln) else ln for ln in lines[:60]]
    # ("UBND XÃ A" / "BC tháng 4/2027", "Báo cáo 6 tháng đầu năm 2027": the report's word cut short, or its period
    # right after it, naming its period there, as placement reads the paper's period from it)
    if (at := title_under_the_header(header)) is None:
        at = title_under_the_header(header, _a_dated_reports_line)
    if at is not None and not any(_a_figure_above(line) for line in header[:at]):
        return " ".join(lines[at].split()), at
    if (at := party_papers_title_line(lines[:60])) is not None:
        # ("Báo cáo chính trị của Ban Chấp hành Đảng bộ ... nhiệm kỳ 2025 - 2030" opening the text: its title)
        return " ".join(lines[at].split()), at
    return None, 0


def _a_figure_above(line: str) -> bool:
    """Does a line above a title hold a figure (a headline in capitals over a bulletin's line, "SỞ TÀI CHÍNH ĐỀ XUẤT HỖ
    TRỢ 20 TỶ ĐỒNG", is no issuer's)? Not the number of a unit's name ("UBND phường Hà Giang 1", "PHƯỜNG 3")."""
    return any(c.isdigit() for c in line) and not (_a_units_name(line) or a_units_body_in_any_case(line))


# "BC tháng 4/2027", "Báo cáo 6T/2027": a report's word, or its letters, opening a line (folded)
_A_REPORT_WORD = r"(?:bao\s+cao|bc)"
_A_REPORTS_WORD_OPENING = re.compile(rf"\W*{_A_REPORT_WORD}\b")


def _a_dated_reports_line(line: str) -> bool:
    """Is ``line`` a report's title in sentence case that opens on its word ("BC", "Báo cáo") and names its period?"""
    return _A_REPORTS_WORD_OPENING.match(fold(line)) is not None and a_dated_subject(line)


def _bracketed_unit_under(lines: list[str], at: int) -> UnitMention | None:
    """The unit a title's next line names alone in brackets, with the units above it maybe ("(Huyện Yên Thế, tỉnh Bắc
    Giang)", "(xã A)"): the first, the lowest named; None for another line."""
    line = next((ln.strip() for ln in lines[at : at + 2] if ln.strip()), "")
    if line[:1] != "(" or line[-1:] != ")":
        return None
    parts = [part.strip() for part in line[1:-1].split(",")]
    if not all(_a_units_name(part) for part in parts):
        return None
    return find_units(parts[0])[0]


def _a_bracketed_place(line: str) -> bool:
    """Is ``line`` a unit's kind and name alone in brackets ("(tỉnh An Giang)", "(Huyện Ba Bể cũ)")?"""
    return line[:1] == "(" and line[-1:] == ")" and _a_units_name(line[1:-1].strip())


# "V/v hỗ trợ khắc phục hậu quả mưa lũ tại tỉnh A": an official letter's subject under its number, in the header;
# a line that opens in small letters under it goes on with it ("V/v báo cáo kết quả thực hiện" / "nhiệm vụ năm 2025")
_LETTER_SUBJECT = re.compile(r"[\s*_|]*V\s*/\s*[vV]\s*[.:]?\s+\S.{8,}")
LETTER_SUBJECT_LINES = 20  # the header of a letter: its issuer, number and subject stand in its first lines


def _letter_subject(lines: list[str]) -> str | None:
    """An official letter's subject ("V/v ..."), its lines joined, as written; None for a paper without one."""
    for i, ln in enumerate(lines[:LETTER_SUBJECT_LINES]):
        if "/" not in ln or _LETTER_SUBJECT.fullmatch(ln) is None:
            continue
        parts = [ln.strip(" *_|")]
        parts += itertools.takewhile(lambda line: line[:1].islower(), (line.strip() for line in lines[i + 1 : i + 3]))
        return " ".join(" ".join(parts).split())
    return None


_ROMAN_WORD = re.compile(r"^[IVXLC]+$")


def _keep_upper(word: str) -> bool:
    """Roman numerals and acronyms (UBND, KT-XH, GRDP, OCOP) stay upper case in a title."""
    if _ROMAN_WORD.match(word):
        return True  # (one letter too: "QUÝ I" is "quý I")
    if len(word) < 2 or not word.isupper():
        return False
    return not all(ONE_SYLLABLE.fullmatch(part) for part in fold(word).split("-") if part)  # (a word, no acronym)


def _sentence_case(subject: str) -> str:
    """``Kiểm điểm ...`` → ``kiểm điểm ...``; ALL CAPS subjects are lowered except place names and
    acronyms (``TÌNH HÌNH KT-XH ... TỈNH BẮC KẠN`` → ``tình hình KT-XH ... tỉnh Bắc Kạn``)."""
    letters = [c for c in subject if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        places = [(u.start, u.end, unit_label(u.kind, u.name)) for u in find_units(subject)]
        out, pos = [], 0
        for a, b, label in places:
            if len(subject[a:b].split()) > len(label.split()):
                # ("TỈNH ĐOÀN A", "HUYỆN ĐOÀN B": a body of the unit written between its word and its name)
                label = " ".join(w.capitalize() for w in subject[a:b].split())
            out.append(_lower_words(subject[pos:a]))
            written_kind = subject[a:b].split()[0]
            out.append(label if not written_kind.lower().startswith(("tp", "tx")) else subject[a:b])
            pos = b
        out.append(_lower_words(subject[pos:]))
        return "".join(out)
    first, _, rest = subject.partition(" ")
    if len(first) > 1 and first[1:].islower():
        return first[0].lower() + subject[1:]
    if not first.isascii() and first.isalpha() and rest[:1].islower():
        # ("Ý kiến kết luận ...", "Ở vùng cao ...": a word of one marked letter; not a Roman numeral nor a letter
        # that names an item, "A", "I", which are plain letters)
        return first.lower() + " " + rest
    return subject


# names that keep their capitals in words lowered from capitals (data/words/names_in_capitals.csv)
_NAMES_IN_CAPITALS = [(re.compile(r"\b" + phrase_source(row["words"]) + r"\b", re.IGNORECASE), row["words"])
                      for row in read_table("words/names_in_capitals.csv")]


def _lower_words(s: str) -> str:
    lowered = "".join(w if _keep_upper(w) else w.lower() for w in re.split(r"(\s+|[,;:()/])", s))
    for pattern, name in _NAMES_IN_CAPITALS:
        lowered = pattern.sub(name, lowered)
    return lowered


# the titles of the heads of units that sign their papers (data/words/unit_head_titles.csv: "TRƯỞNG TRẠM", "HẠT
# TRƯỞNG", "CHI CỤC TRƯỞNG"), each also as the deputy's, "Phó" before it
_UNIT_HEADS = word_source("unit_head_titles")
_SIGN_ROLE = re.compile(
    r"(?i)^(?:tm\.|t/m|kt\.|k/t|tl\.|ttl\.|q\.|chủ\s+tịch|phó\s+chủ\s+tịch|bí\s+thư"
    r"|phó\s+bí\s+thư|giám\s+đốc|phó\s+giám\s+đốc|(?:phó\s+)?(?:" + _UNIT_HEADS + r")|(?:phó\s+)?tổng\s+giám\s+đốc"
    r"|thay\s+mặt|ủy\s+ban|uỷ\s+ban|ban\s+thường\s+vụ|ban\s+chấp\s+hành|tỉnh\s+ủy"
    r"|huyện\s+ủy|thành\s+ủy|đảng\s+ủy|hội\s+đồng)"
)
_NOT_NAME = re.compile(
    r"(?i)(?:đã\s+ký|ký\s+tên|đóng\s+dấu|nơi\s+nhận|lưu\s*:|chủ\s+tịch|bí\s+thư|giám\s+đốc"
    r"|" + _UNIT_HEADS +
    r"|ủy\s+ban|uỷ\s+ban|nhân\s+dân|thường\s+trực|văn\s+phòng|báo\s+cáo|kính\s+gửi|^tỉnh\b|^huyện\b|^thành\s+phố|^quận\b)"
)


# (the same words typed without their marks: "CHU TICH" / "Lo Van Tam" signs a paper typed on a keyboard with no
# Vietnamese input)
_SIGN_ROLE_UNMARKED = re.compile(fold(_SIGN_ROLE.pattern))
_NOT_NAME_UNMARKED = re.compile(fold(_NOT_NAME.pattern))


def _a_signing_role(line: str) -> bool:
    """Is ``line`` a signing role (see ``_SIGN_ROLE``), written with its marks or, all of it, without?"""
    return _SIGN_ROLE.match(line) is not None or (line.isascii() and _SIGN_ROLE_UNMARKED.match(line) is not None)


def _is_name(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 5 or _NOT_NAME.search(line) or (line.isascii() and _NOT_NAME_UNMARKED.search(line)):
        return False
    return all(w[0].isupper() and w.isalpha() and (w[1:].islower() or w.isupper()) for w in words)


# "Thiếu tướng Nguyễn Văn A", "Đại tá Lê B" under "GIÁM ĐỐC" of a police or army office: the rank is no part of the name
_RANK = re.compile(r"(?i)^(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy|uý)\s+(?=\S)")


# "- Lưu: VT, TH.        Nguyễn Văn A": a page laid out in two columns sets the signing block beside "Nơi nhận:"
_COLUMN_GAP = re.compile(r"\t|\s{3,}")


def _signer(lines: list[str]) -> str | None:
    """The name under the last signing role (``TM. ỦY BAN NHÂN DÂN`` / ``CHỦ TỊCH`` ...); ``lines`` as written, the
    signing block maybe in the right-hand column beside the list of recipients."""
    tail = [(ln.strip(" |"), _COLUMN_GAP.split(ln.strip(" |"))[-1]) for ln in lines[-80:]]
    # (a signing block follows the body: in a short paper whose title no heading marks, the issuer's lines in capitals
    # over it, "HUYỆN ỦY A" / "BAN TUYÊN GIÁO", are no role and its name)
    body = next((i for i, (ln, _) in enumerate(tail) if ln and not all_capitals(ln, 3)), len(tail))
    role_idx = [i for i, (ln, right) in enumerate(tail[body:], body)
                if _a_signing_role(ln) or _a_signing_role(right) or re.search(r"(?i)\b(?:TM|KT)\.\s", ln)]
    if not role_idx:
        return None
    # The last role line of the signing block ("PHÓ CHỦ TỊCH" under "KT. CHỦ TỊCH"), not the header.
    for line in tail[role_idx[-1] + 1 :]:
        for ln in dict.fromkeys(line):  # (the whole line, then its right-hand cell)
            cand = re.sub(r"[\s*_]+", " ", ln).strip(" .")
            cand = _RANK.sub("", re.sub(r"(?i)^\(?đã\s+ký\)?\s*", "", cand))
            if _is_name(cand):
                return " ".join(w.capitalize() for w in cand.split()) if cand.isupper() else cand
    return None


# "TM. ỦY BAN NHÂN DÂN XÃ A", "T/M ĐẢNG ỦY PHƯỜNG B", "THAY MẶT UBND HUYỆN C": the body a paper is signed for
# (opening the line or its right-hand cell, "THAY MẶT" in capitals: "Thay mặt UBND xã A, ông B ..." is a speaker's)
_SIGNED_FOR = re.compile(r"(?:^|\t|\s{3,})(?:[Tt][Mm]\.|[Tt]/[Mm]|THAY\s+MẶT)\s*(\S.{3,80})$")
SIGNING_LINES = 40  # the signing block stands among a paper's last lines


def _signing_unit(lines: list[str]) -> tuple[UnitMention, str] | None:
    """The unit the last ``TM.`` line of the signing block names, and the body it names (``TM. ỦY BAN NHÂN DÂN XÃ
    PHÚC KHÁNH``, also as the right-hand cell of a line beside ``Nơi nhận:``: ``lines`` as written); None when that
    line names no unit (``TM. ỦY BAN NHÂN DÂN`` alone)."""
    for line in reversed(lines[-SIGNING_LINES:]):
        if "M" not in line.upper() or (m := _SIGNED_FOR.search(line.strip(" |"))) is None:
            continue
        units = find_units(m.group(1))
        return (units[-1], m.group(1)) if units else None
    return None


# "BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 11 NĂM 2025 CỦA PHƯỜNG BA ĐÌNH", "... năm 2024 trên địa bàn huyện A": a
# report with no issuer over it names its own district or commune where its title ends (folded text before the name)
# ("... 6 tháng đầu năm 2025 của UBND xã A": the committee or council named before its commune is the paper's issuer)
_TITLES_ORGAN = r"\s+(ubnd|uy\s+ban\s+nhan\s+dan|hdnd|hoi\s+dong\s+nhan\s+dan)"
_OWN_UNIT_BEFORE = re.compile(rf"(?:\bcua(?:{_TITLES_ORGAN})?|\btren\s+dia\s+ban|(?:19|20)\d\d)\s*$")


def _the_one_district_named(plain: str) -> UnitMention | None:
    """The district a text names, when it names one only (as often as it likes) and the list holds one district of that
    name; None when it names none, or several, or one whose name several provinces' districts bear."""
    districts = {u.key: u for u in find_units(plain) if u.admin_level == "district" and not u.party}
    if len(districts) != 1:
        return None
    own = next(iter(districts.values()))
    return own if district_province(own) is not None else None


def _titles_own_unit(title: str) -> UnitMention | None:
    """The one district or commune a title closes on, after ``của``, ``trên địa bàn`` or its year; else None."""
    units = find_units(title)
    if len(units) != 1:
        return None
    own = units[0]
    if own.admin_level == "province" or own.party or title[own.end:].strip(" .") \
            or _OWN_UNIT_BEFORE.search(fold(title[:own.start])) is None:
        return None
    return own


# --------------------------------------------------------------------------- doc type

# Press style: a dateline "(Baotintuc.vn) -" / "Bắc Kạn (TTXVN) -", a byline, a news source.
_NEWS_HINT = re.compile(
    r"(?im)(?:\((?:[\w.]*\.vn|tttxvn|ttxvn|vov|vtv|vna|pv|ctv)\)\s*[-–—]|^\s*(?:theo\s+)?"
    r"(?:pv|ctv|phóng\s+viên|tác\s+giả)\b|\b(?:báo|cổng\s+thông\s+tin)\s+điện\s+tử"
    r"|\bnguồn\s*:|\bảnh\s*:|\bttxvn\b)"
)


# "Báo cáo thẩm tra báo cáo tình hình kinh tế - xã hội ...", "Báo cáo kết quả giám sát ...": a council committee's
# review of another body's paper or work is no report of the situation itself, whatever the paper it reviews; nor is
# the notice of what a meeting concluded ("Thông báo kết luận của Chủ tịch UBND tỉnh tại cuộc họp đánh giá tình hình
# kinh tế - xã hội ...", "Thông báo ý kiến kết luận ..."): its directions, the situation only as the meeting heard it
_REVIEW_OF_A_PAPER = re.compile(r"bao\s+cao\s+(?:ket\s+qua\s+)?(?:tham\s+tra|giam\s+sat)\b"
                                r"|thong\s+bao\s+(?:y\s+kien\s+)?ket\s+luan\b")


# "Báo cáo nhanh ...", "Báo cáo sơ bộ ...": a quick or first report is a paper's kind, no press headline (folded)
_QUICK_REPORT = re.compile(r"\W*bao\s+cao\s+(?:nhanh|so\s+bo)\b")


# "Báo cáo kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2026", "Báo cáo tình hình thực hiện nhiệm vụ năm 2027", "Báo cáo
# kết quả công tác quý III", "Báo cáo tổng kết công tác năm 2026": a people's committee's report on its tasks of a
# period, no sector named, is its report on the period's whole situation (a commune's or ward's periodic report); a
# department's, or one naming its field ("nhiệm vụ công tác tư pháp 9 tháng"), is none (folded title; its "Báo cáo" may
# stand on the line above, or be left out: "Kết quả thực hiện nhiệm vụ quý II năm 2027" over a commune's paper)
# (or its "Báo cáo" with the period alone: "Báo cáo tháng 10/2025", "BÁO CÁO QUÝ III NĂM 2026" over a ward's committee)
# (as a commune types it quickly: "BC" for its kind, the period cut short, "Q2/2026", "T5/2027", "6T/2026", the report
# called quick or interim with nothing else said: "Báo cáo nhanh Q3/2026", "Báo cáo sơ kết 6T/2026")
_A_PERIOD_CUT_SHORT = r"(?:q[1-4]|t\d{1,2}|\d{1,2}t)\s*/\s*\d{4}"
_TASKS_OF_A_PERIOD = re.compile(
    rf"\W*(?:{_A_REPORT_WORD}\s+)?(?:(?:ket\s+qua|tinh\s+hinh)\s+(?:thuc\s+hien\s+)?|tong\s+ket\s+)"
    rf"(?:nhiem\s+vu|cong\s+tac)\s+(?:(?:trong|cua)\s+)?(?:\d{{1,2}}\s+thang|thang|quy|nam|{_A_PERIOD_CUT_SHORT})\b"
    rf"|\W*{_A_REPORT_WORD}(?:\s+(?:nhanh|so\s+ket))?\s+(?:(?:\d{{1,2}}\s+thang(?:\s+(?:dau\s+)?nam)?|thang|quy|nam)"
    rf"\s+[\divx][\divx/\s]*(?:nam\s+\d{{4}}\s*)?|{_A_PERIOD_CUT_SHORT}\s*)$"
)


# "Báo cáo tình hình phát triển kinh tế 9 tháng năm 2026", "... phát triển kinh tế, văn hóa, xã hội": the growth of the
# whole economy, its period or its place next; a word after "kinh tế" narrows it to one sector ("phát triển kinh tế tập
# thể", "kinh tế tư nhân", "kinh tế biển"): a sector's report, no report on the period's situation (folded title)
_THE_WHOLE_ECONOMYS_GROWTH = re.compile(r"phat\s+trien\s+kinh\s+te(?=\s*(?:$|[,;:(–-]|va\b|xa\s+hoi\b|thang\b|quy\b"
                                        r"|nam\b|dau\b|\d|cua\b|tren\b|trong\b|tai\b|tinh\b|thanh\s+pho\b|huyen\b"
                                        r"|thi\s+xa\b|quan\b|xa\b|phuong\b|dac\s+khu\b))")


# "Kết quả giao ban Thường trực UBND tỉnh tuần 12": the people's committee's regular briefing on its direction and
# administration, as its review of them is (folded title; not a sector's briefing, "giao ban công tác báo chí")
_A_COMMITTEES_BRIEFING = re.compile(r"\bgiao\s+ban\s+(?:(?:cua\s+)?thuong\s+truc\s+)?(?:ubnd|uy\s+ban\s+nhan\s+dan)\b")


def _doc_type(
    title_f: str, organ: str | None, has_report_frame: bool, title: str | None, news_hint: bool, plain: str = "",
    by_a_department: bool = False,
) -> str:
    """Kind of document from its title words and issuing organ (a press article has neither an
    issuing-body frame nor a ``BÁO CÁO`` heading)."""
    # (a bulletin no office sends, "BẢN TIN CẬP NHẬT" over a page's story, is the page's news; an office's is its paper)
    if not has_report_frame and (title is None or news_hint or _BULLETIN_HEADING.match(title.upper())):
        return _frameless_kind(plain, news_hint)
    if title is None and _frameless_kind(plain, news_hint) == "socioeconomic_report":
        # "(Theo Báo cáo số 244/BC-UBND ...)" under a release heading: a portal's page of the report,
        # framed by its symbol only; its heading is what it is
        return "socioeconomic_report"
    t = title_f
    party_title = bool(
        re.search(
            r"bao\s+cao\s+chinh\s+tri"
            r"|kiem\s+diem\s+(?:tap\s+the|cua\s+ban|ban\s+thuong\s+vu"
            r"|ban\s+chap\s+hanh|cap\s+uy)|lanh\s+dao,?\s+chi\s+dao|cong\s+tac\s+xay\s+dung"
            r"\s+dang|nghi\s+quyet\s+(?:cua\s+)?dai\s+hoi",
            t,
        )
    )
    if title is not None and title.startswith(_TARGET_SETTING_KINDS) and not party_title:
        # a decision, a council's resolution or a plan sets targets or allots money ("giao chỉ tiêu kế hoạch phát
        # triển kinh tế - xã hội năm 2026", "Về kế hoạch phát triển kinh tế - xã hội năm 2026", "Thực hiện nhiệm
        # vụ ... năm 2026"); it reports on no period's situation, whatever its subject (a congress's resolution
        # is the party's)
        return "other"
    if _REVIEW_OF_A_PAPER.match(t):
        return "other"
    economic = _said_of_the_situation(_SOCIOECONOMIC_SUBJECT, t) or _MAIN_INDICATORS.search(t) is not None
    if organ == "party" and (party_title or "kiem diem" in t or not economic):
        return "party_review"
    if party_title and organ != "ubnd":
        return "party_review"
    if re.search(r"chi\s+dao,?\s+(?:va\s+)?dieu\s+hanh", t) or _A_COMMITTEES_BRIEFING.search(t):
        return "direction_review"
    if economic or _said_of_the_situation(_THE_WHOLE_ECONOMYS_GROWTH, t):
        return "socioeconomic_report"
    if organ == "ubnd" and not by_a_department and _TASKS_OF_A_PERIOD.match(t):
        return "socioeconomic_report"
    return "other"


# A statistics office's release published as a page: its heading is the report's subject.
# ("Báo cáo Tình hình kinh tế - xã hội 6 tháng đầu năm ...": a district portal's page of its report;
# "Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2017": a portal's page of the year's results)
# ("Tóm lược tình hình Kinh tế - Xã hội tháng 5 năm 2024": a statistics office's summary of its release; "Thông cáo
# báo chí về tình hình kinh tế - xã hội quý III năm 2026": its press release in sentence case under the office; "Báo cáo
# tóm tắt tình hình KT-XH tháng 9 ...": a district's summary of its report)
_RELEASE_HEADING = re.compile(r"^\W*(?:(?:bao\s+cao(?:\s+tom\s+(?:luoc|tat))?|tom\s+(?:luoc|tat)"
                              r"|thong\s+cao\s+bao\s+chi)\s+(?:ve\s+)?)?"
                              r"(?:tinh\s+hinh|ket\s+qua)\s+"
                              r"(?:thuc\s+hien\s+)?"
                              r"(?:(?:nhiem\s+vu|ke\s+hoach)\s+)?(?:phat\s+trien\s+)?"
                              rf"{_SOCIOECONOMIC_WORDS}\b")
# "Kinh tế - xã hội tháng 9 và 9 tháng năm 2025 tỉnh X": a release's heading may drop its "Tình hình" when
# nothing but the period and the place follow (a headline says more: "Kinh tế - xã hội 9 tháng khởi sắc")
_RELEASE_TITLE = re.compile(rf"^\W*{_SOCIOECONOMIC_WORDS}\s+"
                            r"(?:(?:thang|quy|nam|va|dau|cuoi|\d{1,2}|[ivx]{1,3}|[/,-])\s*)+(?:19|20)\d\d"
                            r"(?:\s+(?:cua\s+)?(?:tinh|thanh\s+pho|huyen|thi\s+xa|quan)\s+[^\d,.;:!?]+)?\s*$")
# "1.1.2. Chi ngân sách ...": the numbered sections of a report, not a press article.
_SECTION_NUMBER = re.compile(r"(?m)^\s*\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?\s+\S")
# A page that opens with its first numbered section ("1. Tăng trưởng kinh tế", "I. KINH TẾ"): a
# press article opens with a headline instead
_FIRST_SECTION = re.compile(r"^(?:1|I)\.\s+[^\W\d_][^.!?]{2,80}$")
_TABLE_ROW = re.compile(r"(?:\d[\d.,]*\s+){2,}\d")
HEADING_LINES = 8  # a portal's menu, date and language lines come first
_YEARBOOK_HEADING = re.compile(r"\W*nien\s+giam\s+thong\s+ke\b")


# "Sơn La: Tình hình kinh tế - xã hội tháng 3 ...", "Tỉnh A: ...": a page that sets its place and a colon before a
# heading; what follows the colon is the heading still
_PLACES_COLON = re.compile(r"^\W*([^\W\d][^:\d]{1,40}?)\s*:\s+(?=\S)")


def _after_a_places_colon(line: str) -> str:
    """``line`` without a place's name and colon before it ("Sơn La: Tình hình ..." is "Tình hình ..."); else as is."""
    if (m := _PLACES_COLON.match(line)) is None:
        return line
    name = m[1].strip()
    named = find_provinces(name)
    if (len(named) == 1 and named[0].start == 0 and named[0].end >= len(name)) or _a_units_name(name):
        return line[m.end() :]
    return line


def _a_quick_reports_heading(lines: list[str]) -> bool:
    """Does one of the first lines head a quick or first report ("Báo cáo nhanh thiệt hại do bão số 3")?"""
    heads = [ln.strip() for ln in lines if ln.strip()][:HEADING_LINES]
    return any(_QUICK_REPORT.match(fold(ln)) and len(ln) < 160 and not _opens_in_lower_case(ln) for ln in heads)


# "Kế hoạch phát triển kinh tế tập thể năm 2027", "Kế hoạch Phát triển du lịch giai đoạn 2026-2030": a plan's heading in
# sentence case, the year or years it is for closing it, no headline's verb after them (folded)
_A_PLANS_HEADING = re.compile(r"\W*ke\s+hoach\s+[^\W\d][^\d.!?:;]{2,120}?\s(?:19|20)\d\d(?:\s*-\s*(?:19|20)\d\d)?\W*$")



def _a_plans_heading(lines: list[str]) -> bool:
    """Does one of the first lines head a plan in sentence case ("Kế hoạch phát triển du lịch năm 2027")?"""
    return any(_A_PLANS_HEADING.match(fold(ln)) and len(ln) < 160 for ln in lines[:HEADING_LINES] if ln)


def _frameless_kind(plain: str, news_hint: bool) -> str:
    """A text without a report frame: a statistics release page (``Tình hình kinh tế - xã hội
    ...`` heading, or numbered report sections) is a ``socioeconomic_report``; a page that is
    mostly a table of figures (a statistical yearbook) is ``other``; anything else is news."""
    lines = [ln.strip() for ln in plain.split("\n") if ln.strip()]
    if not lines:
        return "news"
    # (a heading opens with a capital: "tình hình kinh tế - xã hội 9 tháng ..." opening a line is a sentence a
    # converter wrapped there; after a place's name and colon it may go on in small letters, the line opening with
    # the place: "Tỉnh Lâm Đồng: kinh tế - xã hội tháng 10 năm 2026")
    heads = [(ln, _after_a_places_colon(ln)) for ln in lines[:HEADING_LINES]]
    if any(
        (_RELEASE_HEADING.match(fold(head)) or _RELEASE_TITLE.match(fold(head)))
        and len(ln) < 160
        and not _opens_in_lower_case(ln)
        for ln, head in heads
    ):
        return "socioeconomic_report"
    if not news_hint and _a_quick_reports_heading(lines):
        return "other"  # ("Báo cáo nhanh thiệt hại do bão số 3" heading a text no office frames: a paper, not news)
    if not news_hint and _a_plans_heading(lines):
        return "other"  # ("Kế hoạch phát triển du lịch năm 2027" heading a text no office frames: the plan, not news)
    if any(_YEARBOOK_HEADING.match(fold(ln)) for ln in lines[:HEADING_LINES]):
        return "other"  # ("NIÊN GIÁM THỐNG KÊ 2022": a statistics office's yearbook, its tables, no news)
    if not news_hint and len(_SECTION_NUMBER.findall(plain[:20000])) >= 2:
        return "socioeconomic_report"
    if not news_hint and _FIRST_SECTION.match(lines[0]) and _SECTION_NUMBER.search(plain[:20000]):
        return "socioeconomic_report"  # "1. Tăng trưởng kinh tế / 1.1. ...": a report's part, not an article
    table_rows = sum(1 for ln in lines if _TABLE_ROW.search(ln) and len(ln) < 200)
    if table_rows >= 5 and table_rows / len(lines) >= 0.25 and not any(len(ln) > 250 for ln in lines):
        return "other"
    return "news"


def _opens_in_lower_case(line: str) -> bool:
    """Is the first letter of ``line`` a small one?"""
    return next((ch.islower() for ch in line if ch.isalpha()), False)


# A news page's dateline: a date with its time, weekday and label words only (data/words/dateline_labels.csv)
DATELINE_WORDS = re.compile(rf"(?<!\w)(?:{word_source('dateline_labels')})(?!\w)", re.IGNORECASE)
_CLOCK_TIME = re.compile(r"(?<!\d)\d{1,2}\s*[:hg]\s*\d{2}(?!\d)")
DATELINE_CHARS_MAX = 80  # a dateline is a short line


def _a_dateline(line: str) -> bool:
    """Is ``line`` only a page's date and time ("Thứ Hai, 14/10/2024 - 15:20", "Cập nhật: 08/07/2024 09:15")?"""
    if len(line) > DATELINE_CHARS_MAX or NUMERIC_DATE.search(line) is None:
        return False  # (a line without a full date is cheaply out)
    rest = DATELINE_WORDS.sub(" ", _CLOCK_TIME.sub(" ", NUMERIC_DATE.sub(" ", line)))
    return not any(ch.isalnum() for ch in rest)


# A web page's menu, share buttons and breadcrumbs scraped above its headline: a line of the page's controls
# only (data/words/page_controls.csv), or of three or more short items parted by "|", "»", "›", ">" or "•"
# ("Trang chủ > Kinh tế > Nông nghiệp")
_PAGE_CONTROLS = re.compile(rf"(?<!\w)(?:{word_source('page_controls')})(?!\w)", re.IGNORECASE)
_MENU_MARK = re.compile(r"\s[|»›>•·]\s|[|»›]")
MENU_ITEMS_MIN = 3
_BREADCRUMB_MARK = re.compile(r"\s[»›>]\s")
BREADCRUMB_ITEMS_MIN = 2
MENU_ITEM_WORDS_MAX = 4


# "Số: 1502/BC-KKT", "SỐ 45/TB-UBND": the paper's number on its own line of the header, no headline
_PAPERS_NUMBER_LINE = re.compile(r"\W*(?:Số|SỐ)\s*:?\s*\d+[\w.]*\s*/\s*[\w./-]+\W*")
# "PV: Xin ông cho biết ...?": the interviewer's question opens an interview's exchange, no headline
_INTERVIEWERS_LINE = re.compile(r"\W*(?:pv|phóng\s+viên)\s*:\s*\S", re.IGNORECASE)
# "PV", "Nhóm PV", "PV - CTV", "Bài, ảnh: Minh Anh", "Tin và ảnh: THU HÀ": the writers' credit above a headline
_WRITERS_CREDIT = re.compile(r"\W*(?:(?:nhóm\s+)?(?:pv|ctv|btv|phóng\s+viên)(?:\s*[-–/,]\s*(?:pv|ctv|btv))*"
                             r"|(?:bài|tin|ảnh)(?:\s*(?:,|và)\s*ảnh)?\s*:\s*[^\n:]{2,40})\W*", re.IGNORECASE)


# A picture's line above a headline: its address ("data:image/jpeg;base64,..." of an image tag), or its caption, which
# says it is one ("Ảnh minh họa", "Hình ảnh: ...") or closes on the photographer's credit ("... sạt lở. (Ảnh: TTXVN)",
# "... – Ảnh: Thu Hà")
_PHOTO_LINE = re.compile(r"(?i)(?:data:image/|(?:hình\s+)?ảnh\s*(?:minh\s+(?:họa|hoạ)\b|:)|hình\s+minh\s+(?:họa|hoạ)\b)"
                         r"|.*[\s.(–-](?:ảnh|nguồn\s+ảnh)\s*:\s*[^:.()]{1,40}\)?\s*$")


def _a_photo_line(line: str) -> bool:
    """Is ``line`` a picture's address or caption (see ``_PHOTO_LINE`` and layout's ``a_caption_line``: "Alt: ...",
    "[Hình: ...]", "Chú thích ảnh: ..."), no headline?"""
    return (("ảnh" in line.lower() or "data:" in line) and _PHOTO_LINE.match(line) is not None) or a_caption_line(line)


def _a_place_and_day(line: str) -> bool:
    """Is ``line`` only a place and its day ("Cà Mau, ngày 15 tháng 10 năm 2025", "Hà Giang, 5/10/2025"), a date line
    above a headline, with no lead after it?"""
    m = DATELINE.match(line) if "," in line[:DATELINE_PLACE_CHARS] else None
    return m is not None and m["lead"] is None and not line[m.end():].strip(" .")


def _page_chrome(line: str) -> bool:
    """Is ``line`` a web page's menu or controls, or its address, no headline (see ``_PAGE_CONTROLS``)?"""
    if _address_line(line) is not None:
        return True
    if not any(ch.isalpha() for ch in _MENU_MARK.sub(" ", _PAGE_CONTROLS.sub(" ", line))):
        return True
    # (an item's own dash is no word: "Tin tức - Sự kiện")
    items = ([[w for w in item.split() if any(ch.isalnum() for ch in w)] for item in _MENU_MARK.split(line)]
             if _MENU_MARK.search(line) else [])
    # ("Kinh tế > Tài chính - Ngân hàng": a breadcrumb's arrow marks a page's path even between two items)
    least = BREADCRUMB_ITEMS_MIN if _BREADCRUMB_MARK.search(line) else MENU_ITEMS_MIN
    return len(items) >= least and all(0 < len(words) <= MENU_ITEM_WORDS_MAX for words in items)


def _a_menus_section(line: str, above: list[str]) -> bool:
    """Is ``line`` one item of a page's menu printed above it ("Thời sự | Tài chính - Kinh doanh | Đời sống" over
    "Tài chính - Kinh doanh"): the section the page is filed under, no headline?"""
    if len(line.split()) > MENU_ITEM_WORDS_MAX + 1:
        return False  # (a cheap test first: a headline is longer than a menu's item; its own dash is one word more)
    item = fold(line.strip())
    return any(_MENU_MARK.search(ln) and _page_chrome(ln) and item in {fold(i.strip()) for i in _MENU_MARK.split(ln)}
               for ln in above)


PORTAL_CHROME_LINES = 4  # the site's name, then its menu or section label and the page's date, above the headline


def _a_portals_page(title: str | None, lines: list[str]) -> bool:
    """Is a text headed by an office's name ("UBND PHƯỜNG A") a page of its portal: no title of a paper under it, and a
    menu, a section label or a page's dateline among its first lines ("UBND PHƯỜNG A" / "Tin tức" / "Kết quả ...")?"""
    if title is not None:
        return False
    opening = [ln for ln in lines[:HEADING_LINES] if ln][:PORTAL_CHROME_LINES]
    # (a line of marks only, "*" or "-----" under a party's or a committee's name, is no menu)
    return any(any(ch.isalpha() for ch in ln) and (_page_chrome(ln) or _a_dateline(ln)) for ln in opening[1:])


# --------------------------------------------------------------------------- main


# "UBND xã Krông Nô (tỉnh Lâm Đồng) – Báo cáo 9 tháng năm 2026": a committee and its report's title typed on one line,
# a dash between them (the report's word read by ``_A_REPORTS_WORD_OPENING``)
_A_DASH_BETWEEN = re.compile(r"\s+[-–—]\s+")


def _committee_and_title_apart(lines: list[str]) -> list[str]:
    """``lines`` with a first line that joins a committee's name to its report's title by a dash set on two lines, the
    header's line over the title's, as the paper sets them; else ``lines`` as they are."""
    at = next((k for k, line in enumerate(lines) if line), None)
    if at is None or (dash := _A_DASH_BETWEEN.search(lines[at])) is None:
        return lines
    committee, title = lines[at][: dash.start()], lines[at][dash.end() :]
    if not a_units_body_in_any_case(committee) or _A_REPORTS_WORD_OPENING.match(fold(title)) is None:
        return lines
    return [*lines[:at], committee, title, *lines[at + 1 :]]


def describe_document(text: str) -> DocumentInfo:
    """The ``documents`` row of a report (see module doc for the signals used)."""
    # (a text whose marked letters were lost as "?" is read with the words that place it restored)
    plain = _plain(restored_marks(text))
    lines = _committee_and_title_apart(_lines(plain))
    title, title_end = _title(lines)
    heading_at = None
    if title is None:
        title, heading_at = _subject_heading(lines)
    # (the issuer's cells stand above a subject heading; the heading itself is none)
    cells = _header_cells(lines[:heading_at] if title is not None and heading_at is not None else lines)
    header = _header_issuer(cells)
    if title is None:
        title = _letter_subject(lines)
    if header.organ is None and header.unit is None and title_end and title_end < len(lines):
        # "BÁO CÁO" / "Tình hình kinh tế - xã hội tháng 10 năm 2027" / "ỦY BAN NHÂN DÂN XÃ A": a paper with only
        # the motto above its title sets its issuer's line under it
        below = _header_issuer(_header_cells(lines[title_end : title_end + 1]))
        if below.organ is not None:
            header, cells = below, [*cells, lines[title_end]]
            title_end += 1
    # (the header over a subject heading too: "ỦY BAN NHÂN DÂN XÃ A" / "HUYỆN B - TỈNH C" / "Báo cáo kết quả ...")
    head_text = "\n".join(lines[: max(title_end, heading_at or 0, 1)])
    body = "\n".join(lines[title_end:])
    body_f = fold(body)

    # Organ: header, then the document symbol.
    organ = header.organ
    sym = _SYMBOL.search(fold(plain[:3000]))
    if organ is None and sym:
        organ = _SYMBOL_ORGAN.get(sym.group(1), "other")

    # Unit kind and name.
    unit = header.unit
    kind = header.kind
    under_the_title = title_end or (heading_at + 1 if heading_at is not None else 0)
    if unit is None and title is not None and (bracketed := _bracketed_unit_under(lines, under_the_title)) is not None:
        # "Báo cáo tình hình kinh tế - xã hội tháng 9 năm 2024" / "(Huyện A, tỉnh B)": the unit a paper with no issuer
        # above its title names in brackets under it is the one it reports on
        unit, kind = bracketed, bracketed.kind
    if unit is None and title is not None and (own := _titles_own_unit(title)) is not None:
        unit, kind = own, own.kind
        if organ is None and (named := _OWN_UNIT_BEFORE.search(fold(title[: own.start]))) is not None and named[1]:
            organ = _organ_of(named[1])
    # Only a report (issuing frame) names itself; a news article quoting "UBND huyện X báo cáo"
    # is about the province it is filed under.
    has_frame = (
        # ("Ảnh: KT." credits a photo, it is no "KT." signing on behalf of a body)
        # ("T/M ĐẢNG ỦY" opening a line: the party's way of writing "TM.")
        bool(re.search(r"\bkinh\s+gui\b|\bnoi\s+nhan\b|\btm\.|\bkt\.(?<!anh: kt\.)(?<!anh:kt\.)|(?m:^\W*t/m\s)",
                       fold(plain)))
        or sym is not None
        or (header.organ is not None and not _a_portals_page(title, lines))
        or _ISSUED_NUMBER_LINE.search(fold(plain[:3000])) is not None
    )
    if unit is None and has_frame:
        self_kind = _self_kind(body_f)
        if self_kind:
            kind = self_kind
            if organ is None:
                organ = _organ_of(_SELF_REF.search(body_f).group(1)) if _SELF_REF.search(body_f) else organ
            unit = _named_unit(plain, kind) or (unit if unit and unit.kind == kind else None)
    if unit is None and has_frame:
        kg = _kinh_gui_unit(plain)
        if kg is not None:
            unit, kind = kg, kg.kind
    if (unit is None and not has_frame and (closing := _closing_committee(lines)) is not None
            and _NEWS_HINT.search(plain[:3000]) is None):
        # "... giải quyết đúng hạn 99,2%." / "Ủy ban nhân dân phường A": a committee that sets its name at the end of a
        # paper with no header issues it (a news page ends on its source or writer, not on a committee alone)
        unit, kind, organ, has_frame = closing[0], closing[0].kind, _organ_of(fold(closing[1])), True
        if title is None and (first := lines[0].strip()) and len(first) <= TITLE_CHARS_MAX and not _a_paragraph(first):
            cased = _sentence_case(first) if first.isupper() else first
            title = cased[:1].upper() + cased[1:]  # (its heading, the paper's first line)
    if unit is None and has_frame and (signed := _signing_unit(plain.split("\n"))) is not None:
        # "TM. ỦY BAN NHÂN DÂN XÃ A" over the signature of a paper whose header names no place: the unit it signs for
        unit, signed_for = signed
        kind, organ = unit.kind, organ or _organ_of(fold(signed_for))
    dept = _department(cells)
    # ("KHO BẠC NHÀ NƯỚC KHU VỰC VII", "CHI CỤC THUẾ KHU VỰC III": an office numbered among the country's regions
    # serves a few provinces; its seat is none of them alone)
    regional = dept is not None and _NUMBERED_REGION.search(fold(dept)) is not None
    if unit is None and has_frame and dept is not None and (above := _its_committee(plain)) is not None:
        # "SỞ TÀI CHÍNH" over a report "Kính gửi: UBND tỉnh A" or sent to "- UBND tỉnh A;": an office that names no
        # place of its own reports to the people's committee it serves
        unit, kind = above, above.kind
    date_place = _date_line_place(lines)
    if (
        unit is None
        and has_frame
        and date_place is not None
        and (organ is not None or kind is not None)
        and kind in (None, date_place.kind)
        and not regional
    ):
        unit, kind = date_place, date_place.kind

    province, place_source = _province(unit, plain, head_text, title, date_place)
    if regional and place_source == "date_line" and (told := _most_mentioned(_without_the_date_line(plain))):
        # "CHI CỤC THUẾ KHU VỰC III" dated "Hà Nội, ngày ..." over "thu ngân sách trên địa bàn tỉnh Thái Bình": a
        # regional office's paper is of the province its text is about, not of the town it sits in
        province, place_source = told, "body"
    if (province is None and unit is None and has_frame and date_place is None
            and (named := _date_line_name(lines)) is not None and (bare := one_provinces_districts(named))):
        # "CHI CỤC THỐNG KÊ KHU VỰC A - B" dated "A, ngày ...": the one district of that name places the office's
        # paper in its province (the city and the district of one name, "Cao Lãnh, ngày ...", in theirs)
        province, place_source = get_province(bare[0].province_key), "date_line"
    if province is None and unit is None and dept is not None and (area := _areas_province(dept)) is not None:
        # "CHI CỤC THỐNG KÊ KHU VỰC VĨNH TƯỜNG - YÊN LẠC" with no date line: the districts it names lie in one province
        province, place_source = area, "title"
    if (province is None and place_source is None and unit is None and has_frame
            and (own := _the_one_district_named(plain)) is not None):
        # "... trên địa bàn huyện Mường Chà đã giảm 612 hộ nghèo" in a paper with no header and no province: the one
        # listed district of the one name it speaks of places it (a name several provinces share places nothing); an
        # office over it, "SỞ Y TẾ", is the province's, of no district: the district tells only its province
        province, place_source = district_province(own), "body"
        if dept is None:
            unit, kind = own, own.kind
    from_wards = False  # (the province told only by wards named after its towns: the wards' news)
    hosted = place_source == "host"  # (read in the body: the host of an event the lead widens)
    place_source = "body" if hosted else place_source
    headline_district: UnitMention | None = None
    if unit is None and not has_frame and (own := _headline_district(lines)) is not None:
        named = district_province(own)
        if named is None and province is not None and province.key in district_province_keys(own):
            # "Huyện Bảo Lâm năm 2025: ...\nBảo Lâm (Cao Bằng), 20/12 - ...": a name several provinces share
            # (of Cao Bằng and of Lâm Đồng) is the district of the one the text names
            named = province
        elif named is None and province is None:
            # "Huyện Sơn Tây đẩy mạnh ...; các xã Sơn Bua, Sơn Mùa": a name two provinces' districts bear (Quảng Ngãi's
            # huyện, Hà Nội's thị xã) is the district of the province its communes lie in; none named, none guessed
            named = _shared_districts_province(own, plain)
        if named is None and own.start == own.end and len(district_province_keys(own)) > 1:
            pass  # ("Châu Thành: ..." bare, the name of ten provinces' districts, and nothing tells which: no headline)
        elif province is None or named == province or (place_source == "body" and _only_in_passing(plain, province)):
            # (a name no clue gives a province leaves the place unread: a paper credited at the end may still tell it)
            province, place_source = named, place_source or ("title" if named is not None else None)
            # "Thanh Liêm: Xã Thanh Hương tổ chức ...": a commune of that district tells it
            unit = own if _lead_commune(plain) is None else None
            # ("Lấp Vò – ...", "Ba Bể: ...": a commune's news there is of that district; a name that runs on
            # into the headline's verb, "Bình Minh tổ chức ...", may as well be a commune's own)
            if any(re.match(re.escape(own.name) + r"\s*[:–—-]", _PRESS_TAG.sub("", ln).strip(), re.IGNORECASE)
                   for ln in _headline_lines(lines)):
                headline_district = own
    if (unit is None and not has_frame and (dated := _dateline_district(plain)) is not None
            and _lead_commune(plain) is None
            and (province is None or province.key in district_province_keys(dated))):
        # "Mường Lát (Thanh Hóa), 5/10/2024 (TTXVN) - 9 tháng năm 2024, huyện Mường Lát giảm 820 hộ nghèo":
        # the agency's dateline files the news from the district its lead speaks as
        unit = dated
        if province is None:
            province, place_source = get_province(next(iter(district_province_keys(dated)))), "body"
    if province is None and unit is None and not has_frame and place_source is None:
        # names no province at all: only its district, or districts of one province
        unit = _sole_district(plain)
        # (a district written only in brackets after a commune, "xã A (Ninh Phước)", is named too)
        if unit is not None:
            province = district_province(unit) or _shared_districts_province(unit, plain)
            if _PROVINCE_DECIDES.search(plain[:_LEAD_REACH]):
                # "UBND tỉnh vừa phê duyệt dự án ... tại xã A (huyện B) do UBND huyện B làm chủ đầu tư": the
                # province's decision on a work in its district is the province's news
                unit = None
            if _lead_commune(plain) is not None:
                # "Xã A, huyện B: Năm 2026 phấn đấu ...": a commune of that district tells it (the
                # district stays its locality, read below with the commune)
                unit = None
        else:
            province = (_districts_province(plain) or _bracketed_district_province(plain)
                        or _table_districts_province(plain))
            if province is None:
                province = _town_wards_province(plain)
                from_wards = province is not None
        if unit is None and province is not None and (tied := _leading_provinces(plain)):
            # provinces named about as often: their districts' province settles it when it is one of
            # them (a summary over other provinces that names a district of a third is about none)
            province = province if province.key in tied else None
        place_source = "body" if province is not None else None
    if (province is None and unit is None and not has_frame and place_source is None
            and (seat := _dateline_seats_province(plain)) is not None):
        # "Quy Nhơn, 6/1/2025 - Năm 2024, thu ngân sách trên địa bàn tỉnh ...": a news item that names no place but
        # the town its dateline files it from is that town's province's
        province, place_source = seat, "date_line"
    if unit is None and not has_frame and province is not None and _LOCAL_SOURCE.search(plain):
        # a news item about one district of the province it names, told by that district's or a
        # commune's people ("huyện Quan Hóa, tỉnh Thanh Hóa ... Theo báo cáo của UBND huyện Quan
        # Hóa"), no body of the province: it is filed under that district
        # (named once is enough when the district's body tells it: "Báo cáo của Ban Chỉ huy ... huyện
        # Quang Bình (tỉnh Hà Giang) cho biết ...")
        sole = _sole_district(plain, at_least=1 if _DISTRICT_TELLS.search(plain) else 2) or _telling_district(plain)
        # (not when a commune of it tells the news: "UBND xã X (Bảo Yên) tổ chức ...", the district its guest)
        if (
            sole is not None
            # (a name several provinces share, "huyện An Lão (Bình Định)", is the named province's)
            and province.key in district_province_keys(sole)
            and not _PROVINCE_SOURCE.search(plain)
            and _lead_commune(plain) is None
            # (not when the headline opens with the province and a colon: "Thanh Hóa: Bão làm ...")
            and not _headline_of_the_province(plain, province)
        ):
            unit = sole
    elif unit is None and not has_frame and province is not None and not _PROVINCE_SOURCE.search(plain):
        # "TP Thủ Dầu Một, tỉnh Bình Dương tổ chức ...; Phó Chủ tịch UBND TP Thủ Dầu Một cho biết": a
        # city, town or urban district of the province, told by its own people's committee
        sole = _sole_district(plain, at_least=1)
        if (
            sole is not None
            and district_province(sole) == province
            and _told_by_its_own_body(plain, sole)
            and not _a_headline_of_the_province_without(plain, province, sole)
        ):
            unit = sole
    if (unit is None and not has_frame and province is not None
            and not _PROVINCE_SOURCE.search(_GUESTS.sub(" ", plain))
            and (headlined := _district_of_the_headline(plain)) is not None
            and district_province(headlined) in (None, province) and _lead_commune(plain) is None):
        unit = headlined
    if (
        unit is None
        and not has_frame
        and province is not None
        and not _PROVINCE_SOURCE.search(plain)
        and (opening := _district_opening_the_lead(plain)) is not None
        and province.key in district_province_keys(opening)
        and _sole_district(plain, at_least=1) is not None
        and _lead_commune(plain) is None
        and not _headline_of_the_province(plain, province)
    ):
        # "Năm 2025, huyện Mèo Vạc, tỉnh Hà Giang hỗ trợ làm nhà ở cho 412 hộ nghèo": the one district the text names,
        # acting as its lead's subject with its province for an address, is what the news is about
        unit = opening
    if (unit is None and not has_frame and (_speaks_as_a_district(plain) or _speaks_as_its_town(plain))
            and not _PROVINCE_SOURCE.search(plain)
            and not (province is not None and _headline_of_the_province(plain, province))):
        # "Theo UBND huyện Đức Trọng, ... thu ngân sách trên địa bàn huyện ...": the only district it
        # names, even once, is the district it speaks of
        only = _sole_district(plain, at_least=1)
        fits = only is not None and (province is None or district_province(only) in (None, province))
        if fits and _lead_commune(plain) is None:  # (a commune's news names its district too)
            unit = only
            province = province or district_province(only)
    if unit is None and not has_frame and province is not None:
        # "Kinh tế thành phố Quảng Ngãi ...; UBND thành phố ...; dự toán tỉnh giao": the provincial city
        unit = _the_city_of_the_provinces_name(plain, province)
    if (province is None and unit is None and not has_frame and place_source is None
            and (known := _landmarks_province(plain)) is not None):
        # "Vịnh Hạ Long đón hơn 3 triệu lượt khách": an item that names no province nor district, only a place
        # everyone knows to lie in one province, is that province's news
        province, place_source = known, "body"
    if (unit is None and not has_frame and province is not None and (headline := _headline_sentence(plain))
            and (opening := find_units(headline[:40])) and opening[0].start <= 1 and opening[0].kind == "thanh_pho"
            and opening[0].province == province):
        # ("Thành phố Huế ra quân ..." over a news item of 2022: the city its headline opens with, read below by date)
        unit = opening[0]
    if (unit is not None and unit.kind == "thanh_pho" and unit.province is not None
            and (written := _month_written(plain)) is not None
            and (city := as_its_provinces_city(unit, written)) is not None):
        # ("UBND THÀNH PHỐ HUẾ" over a paper of 2023: the city of Thừa Thiên Huế then, not yet the province)
        unit, province = city, province or unit.province
    province = _todays_province(province, plain)
    if unit is not None and unit.admin_level != "province":
        locality, level = unit.key, unit.admin_level
    else:
        locality, level = None, "province"
    if unit is None and kind is not None and kind != "tinh":
        level = ADMIN_LEVEL[kind]
    elif unit is None and kind is None and province is None and not has_frame and (own := _own_level_unnamed(plain)):
        level = own  # "... trên địa bàn xã đều bị dịch hại": a page that names no place speaks of its commune
    commune: UnitMention | None = None
    if unit is None and kind is None and not has_frame:
        commune = _lead_commune(plain)
        if commune is not None and commune.kind == "thi_tran" and (seat_of := district_named(commune.name)):
            # "UBND thị trấn Lai Vung, huyện Lai Vung ...": the township named as its district is the
            # district's seat, and its news is filed under that district
            locality, level = place_key(seat_of.kind, seat_of.name), "district"
            if place_source in (None, "body"):  # its district's province outweighs provinces named in passing
                province, place_source = get_province(seat_of.province_key), "body"
        elif commune is not None:
            # a news item told from one commune: communes have no list, so its locality is the district
            # its lead names it in ("xã Mường Hoong, huyện Đắk Glei"; FACTS: the district key when the
            # text is about a sub-province unit), else unnamed
            level = "commune"
            seat = _lead_district_province(plain) if place_source in (None, "body") else None
            if seat is not None and seat.key not in _former_provinces(plain):
                # (a district of a former province, "thị xã Bến Cát, Bình Dương cũ", is no seat now)
                province, place_source = seat, "body"
            district = _lead_district(plain)
            if district is not None and province is not None and district[1] == province.key:
                locality = district[0]
            elif district is None and province is not None and (bare := _bare_district_after(plain, commune, province)):
                # "Xã A, B, tỉnh C: ...": the name written bare right after the commune, as an address
                # gives it, is the commune's district when the province has a district of that name
                locality = place_key(bare.kind, bare.name)
            elif (district is None and headline_district is not None
                  and district_province(headline_district) == province and not _dated_after_the_merger(plain)):
                # "Lấp Vò – Khánh thành cầu ... xã Tân Mỹ": the district the headline opens with is the
                # commune's district (not in a page dated from July 2025, "Sa Pa: ..." over "phường Sa Pa ...": no
                # district stands over a commune then, the news is the commune's, its locality read below)
                locality = headline_district.key
            elif district is None and province is not None:
                # the lead names no district, the body names one of the province and no other ("Ban
                # Quản lý dự án huyện Đại Từ làm chủ đầu tư"): the commune's district
                sole = _sole_district(plain, at_least=1)
                if sole is not None and district_province(sole) == province and not _named_as_former(plain, sole):
                    locality = sole.key
        elif (province is None or hosted or from_wards) and _speaks_as_a_commune(plain):
            # (before the district: "UBND xã ... của xã ..." told to the district's HĐND, who
            # "yêu cầu" the commune, is the commune's news when it says "xã" more than "huyện")
            level = "commune"
        elif province is None and _HAMLET_ACTS.search(fold("\n".join(_lead_sentences(plain)[:COMMUNE_LEAD_SENTENCES]))):
            # "nhân dân thôn Trường Thanh (Xuân Trường) tổ chức lễ khánh thành ...": a hamlet's people acting, its
            # commune named bare in brackets, is news of the commune's level
            level = "commune"
        elif province is None and _district_guests_of_a_commune(plain):
            # "Dự và chỉ đạo đại hội có đồng chí ..., Bí thư Huyện ủy" at a commune's congress: the
            # district's people are its guests, the news is the commune's
            level = "commune"
        elif province is None and _speaks_as_a_town(plain):
            # "tình hình kinh tế thành phố ...; sản phẩm OCOP ... được Hội đồng cấp tỉnh phân hạng":
            # a city or town under a province is a district-level unit
            level = "district"
        elif province is None and _speaks_as_a_district(plain):
            level = "district"

    if unit is None and not has_frame and level == "province" and _districts_together(plain, province):
        # "... của ngành chức năng huyện Hồng Ngự và thị xã Hồng Ngự (tỉnh Đồng Tháp)": news of two
        # districts side by side is district news of neither alone (locality stays unnamed)
        level = "district"
    elif unit is None and not has_frame and level == "province" and _councils_of_several_districts(plain):
        # "HĐND 2 huyện Hạ Lang, Thông Nông tổ chức kỳ họp ...": a text that speaks as "the district"
        # over several districts and never as the province is district news of none alone
        level = "district"

    news_hint = _NEWS_HINT.search(plain[:3000]) is not None
    if unit is None and dept is not None and _AREA_OFFICE.match(fold(dept)) is not None:
        # "CHI CỤC THỐNG KÊ KHU VỰC A - B": an office over a few districts reports at their level, of none alone
        locality, level = None, "district"
    # ("THỐNG KÊ TỈNH A" / "BẢN TIN THỐNG KÊ": an office's bulletin is its paper, framed by the office over it)
    sent = title is not None and _BULLETIN_HEADING.match(title.upper()) is not None and dept is not None
    # ("CỤC THỐNG KÊ TỈNH A" / "Tình hình lao động, việc làm quý II năm 2026": an office's paper, framed by its name)
    under_an_office = not news_hint and _an_offices_paper(lines)
    office_paper = under_an_office and not has_frame
    if province is None and under_an_office and (named := _offices_province(lines)) is not None:
        # ("ĐIỆN LỰC THÁI BÌNH" / "Tình hình cung ứng điện tháng 8 năm 2026": the province an agency's name closes on,
        # bare, is its paper's)
        province, place_source = named, "title"
    sent = sent or office_paper
    doc_type = _doc_type(fold(title or ""), organ, has_frame or sent, title, news_hint, plain, dept is not None)
    # (a quick report's or a plan's heading over a text no office frames: the title, read below as a headline is)
    quick = (
        doc_type == "other"
        and not has_frame
        and not news_hint
        and (_a_quick_reports_heading(lines) or _a_plans_heading(lines))
    )
    # ("UBND TỈNH A" / "SỞ Y TẾ" / "Tình hình dịch bệnh tuần 32 năm 2026": under its issuer's lines, whatever its frame)
    if title is None and (doc_type == "news" or quick or under_an_office):
        # (the first line with words, after the page's "date YYYY-MM" marker: the marker is no title)
        # (nor a portal's dateline above the headline: "Thứ Hai, 14/10/2024 - 15:20", "Cập nhật: 08/07/2024")
        # (nor the page's menu or share buttons: "Trang chủ | Tin tức | Kinh tế", "Đăng nhập  Đăng ký")
        # (nor the office that sent a bulletin: "BAN CHỈ HUY PHÒNG THỦ DÂN SỰ TỈNH A", "SỞ TÀI CHÍNH TỈNH B"; nor the
        # portal's own name: "Cổng Thông tin điện tử tỉnh C", nor its unit's line under it: "PHƯỜNG D", nor the
        # province's bare name a page or a release sets over its headline: "LẠNG SƠN")
        first = next(((k, t) for k, t in enumerate(DATE_MARKER.sub("", ln).strip() for ln in lines)
                      if t and not _a_dateline(t) and not _page_chrome(t) and not _names_an_office_alone(t)
                      and not _a_ministrys_name(t)
                      and _an_office_written_small(t) is None
                      and not _a_portals_name(t) and not _a_units_name(t) and not _a_place_and_day(t)
                      and _heading_province(t) is None
                      and not _WRITERS_CREDIT.fullmatch(t) and not _INTERVIEWERS_LINE.match(t)
                      and not _PAPERS_NUMBER_LINE.fullmatch(t)
                      and not _a_photo_line(t)
                      and not _a_menus_section(t, lines[:k])),
                     None)
        # ("Chỉ tiêu<TAB>Đơn vị<TAB>Năm 2023<TAB>Năm 2024": a page that opens with its table has no headline)
        title = first[1] if first is not None and plain.split("\n")[first[0]].count("\t") < TABLE_ROW_TABS else None
        if title is not None and (more := _headline_goes_on(title, lines[first[0] + 1 : first[0] + 2])):
            title = f"{title} {more}"  # ("Huyện A: Nông dân" / "thu lãi cao từ sầu riêng": a headline set on two lines)
        if title is not None and title.endswith(".") and any(_a_ministrys_name(ln) for ln in lines[: first[0]]):
            title = None  # (under a ministry's name a sentence closed by its full stop is the body's)
        if title is not None and (_opens_a_lead(title) or _a_paragraph(title)):
            title = None  # ("Cà Mau, 15/7/2025 - Tỉnh Cà Mau tổ chức ...": no headline, the item opens with its lead)
        if title is not None and title[:3].lower() == "báo":
            title = _past_a_mastheads_name(title)  # ("Báo Lào Cai - Xã Bảo Hà: ...": the paper's name is no headline's)
        if title is not None and (paper := _papers_name_closing(title)) is not None:
            title = title[: paper.start()]  # ("Thu ngân sách ... - Báo Lâm Đồng": the page's title names its site)
        if title is not None and under_an_office and doc_type == "other":
            # ("THỐNG KÊ TỈNH A" / "Số liệu kinh tế - xã hội chủ yếu tháng 8 năm 2026": the office's paper is of the
            # kind its title, read only now, says)
            doc_type = _doc_type(fold(title), organ, True, title, news_hint, plain, dept is not None)

    if title is None or _BULLETIN_HEADING.match(title.upper()):
        # (after the kind is told: a bulletin's heading is no report's title word, "BẢN TIN" over a news page)
        title = _bulletin_title(lines) or title
    issuer = _issuer_name(organ, unit, kind, province, header, cells)
    if dept is not None and unit is not None:
        # ("Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh A": a committee is the council's, named with it)
        council = "Hội đồng nhân dân " if organ == "hdnd" and dept.startswith("Ban ") else ""
        if (bare := _BARE_UNIT_END.search(dept)) is not None and unit_kind(fold(bare.group(1))) == unit.kind:
            dept = dept[: bare.start()]  # ("BAN CHỈ HUY ... TỈNH" / "UBND TỈNH A": its word once)
        issuer = f"{dept} {council}{unit_label(unit.kind, unit.name)}"
        if fold(dept).endswith(f" {fold(unit.name)}"):
            # ("BCH THÀNH ĐOÀN PLEIKU": a body named by its unit's bare name names the unit once, in its own case)
            issuer = f"{dept[: len(dept) - len(unit.name)]}{unit.name}"
        if organ == "party" and unit.kind in _PARTY_UNIT_WORD:
            word = _PARTY_UNIT_WORD[unit.kind]
            if fold(dept).endswith(f" {fold(word)}"):  # ("BAN TUYÊN GIÁO TỈNH ỦY" / "TỈNH ỦY A": its word once)
                dept = dept[: len(dept) - len(word)].rstrip()
            issuer = f"{dept} {word} {unit.name}"  # ("Ban Tuyên giáo Tỉnh ủy A")
    elif dept is not None and issuer is None and (has_frame or title is not None):
        # ("CHI CỤC THỐNG KÊ KHU VỰC A - B", "SỞ XÂY DỰNG" over a paper sent to no named committee: the office that
        # names no unit of the list is its issuer still)
        issuer = dept
    if (issuer is None and doc_type != "news" and (has_frame or under_an_office) and title is not None
            and header.text is None
            and (not _a_national_header(cells) or _a_local_body_under_a_ministry(cells, lines))):
        # ("TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG" / "CÔNG TY ĐIỆN LỰC A" over a numbered paper, or over its subject alone: a
        # body of no organ of the list, and no place's word, still names itself over its title)
        issuer = _lowest_body(cells)
    if issuer is None and doc_type != "news":
        issuer = _closing_office(lines)  # ("... tăng 11,2%." / "CỤC THỐNG KÊ TỈNH A" / "A, ngày ...": a release's end)
    if doc_type == "news":
        issuer = None
    issued = None
    for ln in lines[:DATED_LINES]:
        if (cell := _DATE_CELL.search(folded := fold(ln))) is not None:
            if _A_FIGURES_DAY.search(folded, 0, cell.start()) is not None or _A_LEADS_DAY.match(folded):
                continue  # ("Tính đến ngày 31 tháng 10 năm 2024, toàn tỉnh ...": the day a figure runs to)
            issued = parse_date(ln[ln.lower().find("ngày") :] if "ngày" in ln.lower() else ln)
            break
        if (dated := _numeric_date_line(ln)) is not None:
            issued = calendar_date(int(dated["year"]), int(dated["month"]), int(dated["day"]))
            break
        if _a_dateline(ln) and (issued := _pages_date(lines[:DATED_LINES])) is not None:
            break  # (a page's own date and time: "Thứ Hai, 12/01/2026 - 08:15", "Cập nhật: 05/12/2025 14:30")
        if (issued := _bylines_date(ln)) is not None:
            break
    if issued is None and doc_type == "news":
        # ("Quảng Bình, ngày 8/11/2024 - Theo Sở Tài chính, ...": a news item dated in its lead's place and day)
        issued = next((day for ln in lines[:DATED_LINES] if (day := _a_leads_date(ln)) is not None), None)
    if issued is None and doc_type != "news" and len(lines) > DATED_LINES:
        # ("... tăng 9,1%." / "THỐNG KÊ TỈNH A" / "A, ngày 6 tháng 4 năm 2026": a release dated at its end)
        issued = next((parse_date(ln[ln.lower().find("ngày") :]) for ln in _closing_lines(lines)
                       if "ngày" in ln.lower() and _a_place_and_day(ln)), None)
    when = document_time(plain, _dates_an_event)
    period, period_source = when.period, when.source
    own_commune = commune or (unit if unit is not None and unit.admin_level == "commune" else None)
    if (level == "commune" and own_commune is not None and province is not None
            and (place_source in ("body", "host")
                 or (place_source == "title" and own_commune is unit and unit.province is None))
            and (keys := _the_communes_provinces_ever(own_commune))
            and not {province.key, province.successor_key} & keys
            and not _the_communes_address(plain, own_commune, province)):
        # "Phường Hòa Cường: ... ký kết hợp tác với phường Ninh Kiều (thành phố Cần Thơ)", "UBND XÃ A" over "Đoàn công
        # tác tỉnh B đến thăm": a province the body names in passing (a guest, a destination, a road named after a
        # city) that no list has the commune in is not the commune's; the one the list of the text's time puts it in
        # is (none when several share its name, and its neighbours below tell none: never a wrong province)
        listed = commune_province(own_commune, bool(_written_after_the_merger(plain, period)))
        if listed is not None or own_commune is commune:
            # (a header's namesake of several provinces keeps the one its body names: "UBND XÃ HÒA BÌNH" over "Tại
            # tỉnh A, ...")
            province, place_source = listed, "body" if listed is not None else None
    if province is None and level == "commune" and commune is not None:
        # "HĐND phường Kiến Hưng họp kỳ thứ hai ...": a commune or ward named without its province is
        # the one commune of that name in the list of the text's time, when only one province has it
        after_merger = bool(_written_after_the_merger(plain, period))
        province = (_the_communes_province(plain, commune, after_merger)
                    or _neighbours_province(plain, commune, after_merger))
        place_source = "body" if province is not None else place_source
    if province is None and unit is not None and unit.admin_level == "commune":
        # "UBND PHƯỜNG HẠ LONG" over a report of March 2026, no district nor province above it (from July 2025
        # none stands over a commune): the one province the list of communes of the text's time places it in
        after_merger = bool(_written_after_the_merger(plain, period))
        province = (_the_communes_province(plain, unit, after_merger)
                    or _communes_district_province(plain, lines, unit, after_merger)
                    or _neighbours_province(plain, unit, after_merger)
                    or _a_former_districts_namesake(unit, after_merger))
        place_source = "title" if province is not None else place_source
    if (level == "commune" and commune is not None and locality is None and not has_frame
            and (shared := _shared_lead_district(plain, commune, province)) is not None):
        # "Xã Dị Nậu (Tam Nông) ...", "xã Phú Thọ, huyện Tam Nông": a district several provinces have, named
        # with a commune of one of them, is that province's, and the commune's district
        if province is None:
            province, place_source = get_province(shared.province_key), "body"
        locality = place_key(shared.kind, shared.name)
    if level == "commune" and commune is not None and locality is None and _written_after_the_merger(plain, period):
        # "Đảng ủy xã Yên Hòa họp bàn nhiệm vụ quý IV/2025": from July 2025 no district stands
        # between a commune and its province, so the sub-province unit the news is about is the commune
        locality = place_key(commune.kind, commune.name)
    if province is None and level in ("province", "district") and doc_type == "news" and place_source is None:
        # a province's news that names no province and no district, only communes of one province (or a district's
        # that names itself only as "huyện": "MTTQ huyện bàn giao 24 nhà tại các xã A, B, C")
        province = _dated_communes_province(plain, period)
        place_source = "body" if province is not None else place_source
    if (((province is None and place_source is None) or from_wards) and doc_type == "news" and not has_frame
            and (paper := _credited_paper(plain) or _masthead_paper(plain) or _papers_name_by_the_headline(plain))
            is not None
            and _names_no_other_province(plain, paper)):
        # "... thu ngân sách trên địa bàn tỉnh đạt 5.800 tỷ đồng.\nTheo Báo Thái Bình": an item that names no
        # place of its own is of the province whose paper it was taken from (and outweighs the town a ward is named
        # after: "phường Tân An ..." credited "Báo Đắk Lắk" is Đắk Lắk's ward, not the one of Long An's former city);
        # so is one under the paper's name ("BÁO BẮC NINH" / "Cập nhật: ..." / "Thu hút FDI ..." / "... toàn tỉnh ...")
        province, place_source = paper, "body"
    if (province is None and doc_type == "news" and not has_frame and unit is None
            and (paper := _masthead_paper_told_first(plain)) is not None):
        # a provincial paper's page whose opening names its own province beside others (its gifts to them, a pact
        # between two): the paper's province, whatever the lead's other provinces would make of it
        province, place_source = paper, "body"
    if (
        locality is not None
        and (zone := special_zone_of_district(locality)) is not None
        and (header.unit is None or header.unit.admin_level != "district")
        and _written_after_the_merger(plain, period)
        and not (unit is not None and _under_its_former_names(plain, unit, province, zone[1]))
    ):
        # "Phú Quốc đón 1,4 triệu lượt khách quý I/2026", "Lý Sơn: ... UBND đặc khu Lý Sơn": from July 2025 an
        # island district is the special zone of its name, a unit of the commune's level in its new province
        # (not under a district's own header, "UBND HUYỆN CÔN ĐẢO": written while districts stood)
        locality, level = zone[0], "commune"
        if province is None or province.successor_key == zone[1]:
            province = get_province(zone[1])
    if (level == "commune" and province is not None and province.successor_key != province.key
            and (own := commune if commune is not None else unit) is not None and own.admin_level == "commune"
            # (by its date, or by its months with a place it calls former: "huyện Phú Giáo" in a plan for 2027 is
            # still a district of Bình Dương to the text)
            and (_dated_after_the_merger(plain)
                 or (_FORMER_WORD.search(plain) is not None and _written_after_the_merger(plain, period)))
            # (a name communes of other units share too, "xã Tân Phú (huyện Đồng Phú cũ)", is the successor's one: its
            # former district tells it)
            and province.successor_key in commune_province_keys(own, True)
            and not any(not _FORMER_MARK.match(plain, m.end) for m in _provinces_outside_units(plain))):
        # "Ngày 12/11/2025, UBND xã Chợ Rã (huyện Ba Bể cũ) cho biết ...": a commune of today's list, in a text of
        # after the merger that names no province, read in the former district's province, lies in its successor
        province = get_province(province.successor_key)
    # (not a province's office that heads its paper with its bare name: "CỤC THỐNG KÊ" over "TÌNH HÌNH KINH TẾ - XÃ HỘI
    # TỈNH A", or dated "B, ngày ..." away from the capital)
    # (nor a ministry's regional office under it: "BỘ TÀI CHÍNH" / "KHO BẠC NHÀ NƯỚC KHU VỰC VII")
    national = (_national_issuer(cells) if header.unit is None and (title is not None or has_frame)
                and not _dated_away_from_the_capital(lines) and not regional else None)
    if national is not None and title is not None and (titled := find_provinces(title)):
        # "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" over "Báo cáo nhanh ... mưa lũ tại tỉnh A": the ministry's paper on one
        # province is that province's, and the ministry's still
        issuer = issuer or (national if doc_type != "news" else None)
        national = None
        titled_keys = {m.province.key for m in titled}
        if ((unit is date_place or place_source == "date_line") and province is not None
                and province.key not in titled_keys):
            # ("Hà Nội, ngày ..." under the ministry: the capital it is dated in is its seat, not what it is about;
            # a title on several provinces is about none of them alone)
            province = get_province(titled_keys.pop()) if len(titled_keys) == 1 else None
            province, locality, level, place_source = _todays_province(province, plain), None, "province", "title"
    elif (national is not None and doc_type != "news" and not _THE_WHOLE_COUNTRY.search(plain.lower())
          and (sole := _sole_province(_without_the_date_line(plain))) is not None):
        # "BỘ XÂY DỰNG" dated "Hà Nội, ngày ..." over a check on a work "trên địa bàn tỉnh A", naming A again and no
        # other province nor the country: the ministry's paper on one province is that province's, and the ministry's
        issuer, national = issuer or national, None
        province, locality, level, place_source = _todays_province(sole, plain), None, "province", "body"
    if national is not None or (doc_type == "news" and (
            (title is None or not find_provinces(title))
            and ((title is not None and _OF_THE_COUNTRY.match(title)) or _a_national_lead(plain)))):
        # "BỘ TÀI CHÍNH / CỤC THỐNG KÊ", "Cả nước có 2.100 xã ...": the country's paper or news lists provinces, it is
        # filed under none of them (each figure keeps the province its clause names); a headline naming a province is
        # that province's ("Bộ Xây dựng: Hà Nội dẫn đầu ...", "Việt Nam - Lào: Tỉnh Điện Biên ký kết ...")
        province, locality, level, place_source = None, None, "province", None
        issuer = national if doc_type != "news" else None
    province = _under_its_name_then(_its_successor_named_too(province, plain, period), plain, period)
    return DocumentInfo(
        province=province.key if province else None,
        locality=locality,
        admin_level=level,
        doc_type=doc_type,
        period=period,
        # ("Kết quả ... 6 tháng đầu năm 2026:": the colon opens the body)
        title=_titles_words(title).rstrip(" :") or None if title else title,
        issuer=issuer,
        issued_date=issued,
        signer=_signer(plain.split("\n")[title_end:]) if doc_type != "news" else None,
        period_source=period_source,
        place_source=place_source,
        reference_year=when.reference_year,
        period_in_a_year=(
            partial(_period_in_a_year, plain) if period is None and when.reference_year is None else None
        ),
    )


def _period_in_a_year(plain: str, year: int) -> DocumentTime | None:
    """The period a text that writes no year names in its title ("... tháng 10", "... quý III", "... 9 tháng đầu
    năm"), read in ``year``; None when its title names none (a year guessed from outside is no period of its own)."""
    when = document_time(plain, _dates_an_event, unwritten_year=year)
    return when if when.period is not None and when.source == "title" else None


# "Trung tâm Dự báo ... nhận định từ ngày 20 đến 22-8 ... có mưa to": a forecast dates weather to
# come, not the event a bulletin reports
_FORECAST = re.compile(r"\b(?:[Dd]ự\s+báo|[Nn]hận\s+định|[Cc]ảnh\s+báo)\b")


# "từ ngày 8-13/8, lượng mưa đo được tại ... rất lớn": the rain measured over the days of the event
# dates it, though its sentence names no hazard
_MEASURED_RAIN = re.compile(r"\b[Ll]ượng\s+mưa\s+(?:đo\s+được|ghi\s+nhận)|\b[Tt]ổng\s+lượng\s+mưa\b")


# An earthquake or a fire (data/words/incidents_of_a_day.csv): no hazard of the disasters' list, but an event whose day
# dates the news item that reports it, as a hazard's does
_AN_INCIDENT = re.compile(r"(?<!\w)(?:" + word_source("incidents_of_a_day") + r")(?!\w)", re.IGNORECASE)


def _names_a_hazard(sentence: str) -> bool:
    """A sentence about a natural disaster or the rain measured in it (not a forecast) dates the
    event a bulletin reports."""
    named = bool(hazards_in(sentence)) or _MEASURED_RAIN.search(sentence) is not None
    return named and _FORECAST.search(sentence) is None


def _dates_an_event(sentence: str) -> bool:
    """A sentence about a natural disaster (see ``_names_a_hazard``), an earthquake or a fire dates the event a
    bulletin or a news item reports."""
    return _names_a_hazard(sentence) or (_AN_INCIDENT.search(sentence) is not None
                                         and _FORECAST.search(sentence) is None)


# "trên địa bàn xã", "toàn huyện" with no name after: the text's own unit, by its level alone
# ("an toàn xã hội", "toàn xã hội": society, not a commune)
_OWN_UNIT_UNNAMED = re.compile(r"\b(?:trên\s+địa\s+bàn|(?<!an\s)toàn)\s+(xã|huyện)\b(?!\s+(?:hội\b|[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]))")


def _own_level_unnamed(plain: str) -> str | None:
    """The level of the unit a text that names no place speaks of as its own ("trên địa bàn xã")."""
    if "xã" not in plain and "huyện" not in plain:
        return None
    levels = {m.group(1) for m in _OWN_UNIT_UNNAMED.finditer(plain[:20000])}
    return None if len(levels) != 1 else {"xã": "commune", "huyện": "district"}[levels.pop()]


def _self_kind(body_f: str) -> str | None:
    m = _SELF_REF.search(body_f[:6000])
    if not m:
        return None
    return unit_kind(re.sub(r"\s+", " ", m.group(2)))


def _named_unit(plain: str, kind: str) -> UnitMention | None:
    """The most frequent named unit of ``kind`` in the text (the report's own unit)."""
    units = find_units_of_kind(plain, kind)
    if not units:
        return None
    counts = Counter(u.key for u in units)
    best = counts.most_common(1)[0][0]
    return next(u for u in units if u.key == best)


def _kinh_gui_unit(plain: str) -> UnitMention | None:
    ft = FoldedText.of(plain[:6000])
    m = _KINH_GUI.search(ft.folded)
    if not m:
        return None
    units = find_units(plain[m.end() : m.end() + 80])
    return units[0] if units and plain[m.end() : m.end() + units[0].start].strip() == "" else None


# "Kính gửi: UBND huyện A", "Nơi nhận: / - Bộ Tài chính; / - UBND tỉnh B;": the people's committee a paper goes to
# (folded)
_TO_A_COMMITTEE = re.compile(r"(?:kinh\s+gui\s*:?|^[ \t]*[-+•][ \t]*)[ \t]*(?:uy\s+ban\s+nhan\s+dan|ubnd)[ \t]+", re.M)


def _its_committee(plain: str) -> UnitMention | None:
    """The unit of the people's committee a department's paper is addressed to (``Kính gửi:``) or sent to first
    among its recipients (``Nơi nhận:``); None when it names no such committee with its place."""
    folded = fold(plain)
    kinh_gui = folded.find("kinh gui", 0, 6000)
    recipients = folded.rfind("noi nhan")
    for start, end in ((kinh_gui, kinh_gui + 200), (recipients, recipients + 600)):
        if start < 0:
            continue
        if (m := _TO_A_COMMITTEE.search(folded, start, end)) is not None:
            units = find_units(plain[m.end():m.end() + 80])
            return units[0] if units and units[0].start == 0 and not units[0].party else None
    return None


# "... đến ngày 31 tháng 10 năm 2024": a day a sentence counts to or from, no paper's date (folded, before the day)
_A_FIGURES_DAY = re.compile(r"\b(?:den|tu|vao|truoc|sau|so\s+voi)\s+$")
# "Ngày 15 tháng 10 năm 2026, xã tổ chức hội nghị ...": a sentence opening with the day of what it tells, no paper's
# date line (which stands alone, or after its place or weekday) (folded)
_A_LEADS_DAY = re.compile(r"\W*" + FOLDED_DATE_LINE.pattern + r"\s*,\s*[^\W\d]")
# ", mưa lớn kéo dài ...": words after a day's comma, a sentence that goes on past its day
_A_SENTENCE_GOES_ON = re.compile(r"[ \t]*,[ \t]*[^\W\d]")


# "Trần Hòa - 08/06/2026 09:15 GMT+7": a writer's name, then the page's date and time after a dash or a bar
_BYLINE_DATE = re.compile(r"(?P<writer>[^\W\d][^\d\n|–—-]{2,40}?)\s+[-–—|]\s+(?P<date>\d.*)")


def _bylines_date(line: str) -> dt.date | None:
    """The day of a news page's byline, its writer's name before its date and time (see ``_BYLINE_DATE``); None for
    another line ("Hà Nội - 5/10/2027 ...": a place's name is no person's)."""
    m = _BYLINE_DATE.fullmatch(line.strip()) if len(line) <= DATELINE_CHARS_MAX else None
    if (m is None or not _is_name(m["writer"]) or find_units(m["writer"]) or find_provinces(m["writer"])
            or not _a_dateline(m["date"])):
        return None
    return parse_date(m["date"])


def _pages_date(lines: list[str]) -> dt.date | None:
    """The earliest day of the page's datelines among ``lines`` ("Thứ Hai, 12/01/2026 - 08:15"): a crawl's time printed
    above the article's own date is later than it."""
    return min((day for ln in lines if _a_dateline(ln) and (day := parse_date(ln)) is not None), default=None)


_NUMBER_CELL = re.compile(r"[ \t]*(?:Số|SỐ|số)[ \t]*:?[ \t]*[\w./-]*/[\w./-]*[ \t]+")


_MARKED_DAY_WORDS = {"ngay": "ngày", "thang": "tháng", "nam": "năm"}
# a date line's words without marks, between the place's comma and the day's figures ("Lao Cai, ngay 05 thang 11 nam
# 2026"); read with the marks put back
_UNMARKED_DAY_WORDS = re.compile(r"(?i)(?<=,[ \t])ngay(?=[ \t]+\d)|(?<=\d[ \t])(?:thang|nam)(?=[ \t]+\d)")


def _marked_day_word(word: re.Match[str]) -> str:
    """The day word of ``_UNMARKED_DAY_WORDS`` with its marks ("ngay" → "ngày", "Ngay" → "Ngày", "THANG" → "tháng")."""
    marked = _MARKED_DAY_WORDS[word[0].lower()]
    return marked.capitalize() if marked == "ngày" and word[0][0].isupper() else marked


def _numeric_date_line(line: str) -> re.Match[str] | None:
    """A paper's date line with its day word and its day in figures ("Phù Cát, ngày 05/12/2027"), or its day, month
    and year in words without the day word ("Hà Nam, 05 tháng 11 năm 2024"), not a news item's ("Hà Nội, 5/10/2027 -
    ...": no day word, its lead after the dash)."""
    low = line.lower()
    if "ngày" not in low and "tháng" not in low:
        if "ngay" not in low and "thang" not in low:
            return None  # (a cheap test first: most lines hold no day)
        # ("Lao Cai, ngay 5/11/2026": the day words typed without their marks, each as long as its marked form)
        line = _UNMARKED_DAY_WORDS.sub(_marked_day_word, line)
    if (cell := _NUMBER_CELL.match(line)) is not None:
        # ("Số: 15/BC-UBND<TAB>Đồng Đăng, ngày 5/3/2026": the paper's number in the cell before its date line, blanked
        # so that the place's offsets stay the line's)
        line = " " * cell.end() + line[cell.end() :]
    m = DATELINE.match(line)
    if m is None or m["year"] is None or len(m["year"]) != 4 or m["lead"] is not None:
        return None
    # ("Trước đó, ngày 28/8/2025, mưa lớn gây ...": a sentence going on after its day tells when something happened,
    # no paper's date line, which stands alone)
    return None if _A_SENTENCE_GOES_ON.match(line, m.end()) else m


def _a_leads_date(line: str) -> dt.date | None:
    """The day of a news lead dated at its place ("Quảng Bình, ngày 8/11/2024 - ...", "Hà Nội, 5/10/2027 - ..."),
    its year written in full."""
    if "," not in line[:45]:
        return None  # (a cheap test first: the place's comma opens the line)
    m = DATELINE.match(line)
    if m is None or m["lead"] is None or m["year"] is None or len(m["year"]) != 4:
        return None
    return calendar_date(int(m["year"]), int(m["month"]), int(m["day"]))


def _date_line_place(lines: list[str]) -> UnitMention | None:
    """``Bắc Kạn, ngày …`` → tỉnh Bắc Kạn; ``TP. Bắc Kạn, ngày …`` → thành phố Bắc Kạn."""
    for ln in lines[:40]:
        f = fold(ln)
        # (a line without the day word has no date cell: the slow scan is skipped)
        m = _PLACE_THEN_DATE.search(f) if _DAY_WORD in f else None
        if m is None and (dated := _numeric_date_line(ln)) is not None and dated["province"] is None:
            m = dated  # ("Phù Cát, ngày 05/12/2027": its place is the first group too)
        if not m or _TITLE_LINE.match(ln):
            continue
        place = ln[m.start(1) : m.end(1)].strip(" ,")
        place = re.sub(r"(?i)^.*?(?:/[A-ZĐ\-]+)\s+", "", place)  # "Số: /BC-UBND Bắc Kạn"
        units = find_units(place)
        if units:
            return units[-1]
        provs = find_provinces(place)
        if provs:
            return _province_as_unit(provs[-1].province)
        return None
    return None


def _date_line_name(lines: list[str]) -> str | None:
    """The place a paper's date line opens with, as written ("Phủ Lý" of "Phủ Lý, ngày ..."), or None."""
    for ln in lines[:40]:
        f = fold(ln)
        m = _PLACE_THEN_DATE.search(f) if _DAY_WORD in f else _numeric_date_line(ln)
        if m is not None and not _TITLE_LINE.match(ln):
            return re.sub(r"^.*?/[A-ZĐ\-]+\s+", "", ln[m.start(1):m.end(1)].strip(" ,"), flags=re.IGNORECASE) or None
    return None


def _a_local_body_under_a_ministry(cells: list[str], lines: list[str]) -> bool:
    """Is the last cell of a ministry's header a body of its own in a province ("BỘ XÂY DỰNG" / "CẢNG VỤ HÀNG HẢI
    HẢI PHÒNG" dated "Hải Phòng, ngày ..."): no office of the national list, dated away from the capital?"""
    named = [c for c in cells if c.isupper()]
    return (len(named) > 1 and _dated_away_from_the_capital(lines)
            and not any(rx.match(named[-1]) for _organ, rx in _NATIONAL_ISSUERS))


def _dated_away_from_the_capital(lines: list[str]) -> bool:
    """Does the paper's date line name a place other than Hà Nội ("Phủ Lý, ngày ...": a province's office)?"""
    place = _date_line_name(lines)
    return place is not None and _CAPITAL_NAMES.fullmatch(fold(place)) is None


_CAPITAL_NAMES = re.compile(r"(?:(?:thanh\s+pho|tp\.?)\s*)?ha\s+noi")


def _the_units_own_name(date_place: UnitMention, unit: UnitMention | None) -> bool:
    """Does a date line's bare name ("Quảng Ninh, ngày ...") write the issuing district's or commune's
    own name ("UBND HUYỆN QUẢNG NINH", of Quảng Bình; "UBND XÃ THANH HÓA")? A unit dates its papers at
    its own seat, so a province of that name is only a namesake: the list of districts tells the province."""
    return (unit is not None and unit.admin_level != "province" and date_place.admin_level == "province"
            and fold(date_place.name) == fold(unit.name))


def _without_the_date_line(plain: str) -> str:
    """The text without its place-and-date line ("Quảng Ninh, ngày 14 tháng 7 năm 2026")."""
    lines = plain.split("\n")
    for i, ln in enumerate(lines[:40]):
        f = fold(ln)
        if _DAY_WORD in f and _PLACE_THEN_DATE.search(f) and not _TITLE_LINE.match(ln):
            return "\n".join(lines[:i] + lines[i + 1:])
    return plain


def _province_above(commune: UnitMention, head: str) -> Province | None:
    """The province of the district a commune's header puts above it ("ĐẢNG BỘ HUYỆN BA BỂ / ĐẢNG ỦY XÃ NAM
    MẪU"): the district's, or, for a name several provinces share (huyện Châu Thành), the one of them whose
    list holds the commune too. (Districts were done away with in July 2025: the list before it.)"""
    district = next((u for u in find_units(head) if u.admin_level == "district"), None)
    if district is None:
        return None
    keys = district_province_keys(district)
    if len(keys) > 1:
        keys = keys & commune_province_keys(commune, after_merger=False)
    return get_province(next(iter(keys))) if len(keys) == 1 else None


def _province(
    unit: UnitMention | None, plain: str, head: str, title: str | None, date_place: UnitMention | None
) -> tuple[Province | None, str | None]:
    """The report's province and where it was read (``title``: heading or issuer; ``date_line``;
    ``body``; ``host``, told as ``body``: the one province in a lead that speaks of many)."""
    if unit is not None and unit.province is not None:
        return unit.province, "title"
    if len(_provinces_in_turn(plain)) >= 2:
        # "Tại Long An, ... Tại Bến Tre, ...": a round-up that goes from province to province, about
        # none of them alone, whatever its headline or a province's body quoted in it names
        return None, "body"
    # A district: its province from the header, the date line, the title, then the body.
    former: set[str] | None = None  # (read only when a heading names a province)
    # (not the place a paper is dated at: "Hà Nội, ngày ..." over "Kết luận ... với lãnh đạo tỉnh A" is A's paper)
    for chunk in (_without_the_date_line(head), title or ""):
        units = find_units(chunk)
        if (actor := _actor_after_a_dateline(chunk, units)) is not None:
            return actor, "title"
        for u in units:
            if u.province is not None:
                former = _former_provinces(plain) if former is None else former
                if u.province.key in former:
                    continue  # "Tỉnh ủy Bình Dương" of a career told after the merger: not the text's
                # "Đêm 17/3, Lào Cai có mưa đá ...; các tỉnh Lai Châu, Bắc Kạn cũng vậy": the
                # province the line names first is what it is about
                first = _provinces_outside_units(chunk[: u.start])
                if first and _a_national_bodys_venue(chunk, first[0]):
                    first = []  # ("Ngày 3/12, tại Hà Nội, Bộ Tài chính làm việc với tỉnh Sơn La": where it met)
                if _in_a_list_of_provinces(chunk, first[0].start if first else u.start):
                    break  # "mưa lũ tại các tỉnh Điện Biên, Lai Châu, Sơn La": about none of them
                return (first[0].province if first else u.province), "title"
    if date_place is not None and date_place.province is not None:
        if not _the_units_own_name(date_place, unit):
            return date_place.province, "date_line"
        # (nor is the namesake's name on that line a mention of the province in the body)
        plain = _without_the_date_line(plain)
    if unit is not None and (own := district_province(unit)) is not None:
        return own, "title"  # "UBND HUYỆN PHÚ GIÁO" with no province in the header: the GSO list's
    if unit is not None and (own := _shared_districts_province(unit, plain)) is not None:
        return own, "body"  # "UBND HUYỆN TAM NÔNG" (Phú Thọ's or Đồng Tháp's) over "xã Dị Nậu": Phú Thọ's
    if unit is not None and (own := _seat_of_a_shared_district(unit, plain)) is not None:
        return own, "date_line"  # "UBND HUYỆN BẢO LÂM" dated "Lộc Thắng, ngày ...": Lâm Đồng's (Cao Bằng's has none)
    if unit is not None and unit.admin_level == "commune" and (above := _province_above(unit, head)) is not None:
        return above, "title"  # "UBND HUYỆN BA BỂ / UBND XÃ NAM MẪU": the district above the commune tells it
    if _province_sections(plain) >= LISTED_PROVINCES:
        # "TP. HCM\n...\nHà Nội\n...\nBình Dương\n...": a round-up, a section per province (read in
        # the body: no district's province stands in for it)
        return None, "body"
    if (lead := _headline_province(plain)) is not None:
        return lead, "title"
    # "[Kon Tum] Tỉnh nào ...", "(QNO) - CPI tháng 10 ...", "Điện Biên 'bất ngờ' lọt top 10 ... cả
    # nước": the paper's own tag or a headline about one province outweighs a lead that ranks it
    # among the country's or a region's provinces
    if (tagged := _tagged_province(plain)) is not None or (tagged := _headline_subject(plain)) is not None:
        return tagged, "title"
    subject = _lead_subject_province(plain)
    # "Hải Dương là nơi hội tụ ...; lan tỏa cho vùng đồng bằng sông Hồng và cả nước": a first sentence
    # about one province outweighs a region or other provinces named after it
    if _joint_lead(plain) and (subject is None or any(map(_joins_provinces, _lead(plain).split("\n")))):
        if (merged := _merged_province(plain)) is not None:
            return merged, "body"
        if (host := _host_province(plain)) is not None or (host := _venue_of_a_pair(plain)) is not None:
            return host, "host"
        if (builder := _linked_works_province(plain)) is not None:
            return builder, "host"
        if (headline := _headline_of_one_province(plain)) is not None:
            return headline, "title"
        # "trong bối cảnh nền kinh tế cả nước gặp khó khăn, ... đưa Bắc Giang trở thành ...": the
        # country as a backdrop of a text that names one province only, again and again
        return _sole_province(plain), "body"
    if subject is not None:
        return subject, "body"
    if (agreed := _headline_and_lead_province(plain)) is not None:
        return agreed, "title"
    body = _most_mentioned(plain)
    if body is not None and (paper := _masthead_paper(plain, in_passing=True)) is not None:
        # "Báo Bắc Giang" over a page that names "Tỉnh Bắc Ninh lân cận" once: a province named in passing is no
        # subject of the paper's own news
        return paper, "body"
    return body, "body" if body else None


def _actor_after_a_dateline(line: str, units: list[UnitMention]) -> Province | None:
    """The one province a news item's lead names as a body acting, after the dateline it is filed under ("Hà Nội,
    15/3 - UBND tỉnh A đã trao ..."), when it names no other but the dateline's: the place a reporter files from is
    not what the item is about. None when the line opens with no dateline, or its lead names no province, or
    several (the line is read as it is)."""
    m = DATELINE.match(line) if "," in line[:DATELINE_PLACE_CHARS] else None
    if m is None or m["lead"] is None:
        return None
    at = m.start("lead")
    acting = {u.province.key: u.province for u in units if u.province is not None and u.start >= at}
    if len(acting) != 1:
        return None
    # ("Tại hội nghị tổ chức ở Hà Nội, tỉnh A đã trao ...": the dateline's city named again is where it was held)
    named = {p.province.key for p in _provinces_outside_units(line[at:])}
    filed_from = {p.province.key for p in find_provinces(m["seat"])}
    return next(iter(acting.values())) if named <= acting.keys() | filed_from else None


DATELINE_PLACE_CHARS = 40  # a dateline's place and its comma


# "tại Hà Nội, Bộ Tài chính ...", "ở TP Hồ Chí Minh, Thủ tướng Chính phủ ...": a place set before a national body acting
# is where it met a province, not the province it met (data/words/national_issuers.csv)
_VENUE_BEFORE = re.compile(r"(?:^|\W)(?:tại|ở)\s+$", re.IGNORECASE)
_NATIONAL_BODY_AFTER = re.compile(
    r"\s*,\s*(?:đoàn\s+công\s+tác\s+(?:của\s+)?)?(?:" + word_source("national_issuers") + r")", re.IGNORECASE
)
VENUE_WORD_REACH = 6


def _a_national_bodys_venue(chunk: str, mention: ProvinceMention) -> bool:
    """Is the province named at ``mention`` the venue a national body acts at ("tại Hà Nội, Bộ Tài chính ...")?"""
    return (_VENUE_BEFORE.search(chunk, max(0, mention.start - VENUE_WORD_REACH), mention.start) is not None
            and _NATIONAL_BODY_AFTER.match(chunk, mention.end) is not None)


def _shared_districts_province(district: UnitMention, plain: str) -> Province | None:
    """The province of a district whose name several provinces share (huyện Tam Nông of Phú Thọ and of
    Đồng Tháp), by the communes the text names: those the list of communes places in one of these
    provinces only, when they all agree (a commune of no such province, or of several, says nothing);
    None for any other unit or when they do not agree."""
    keys = district_province_keys(district)
    if len(keys) < 2:
        return None
    votes: set[str] = set()
    for u in find_units(plain[:20000]):  # (the same text's units _the_communes_province reads)
        # (a district's report is of the time before the 2025 reform, when districts stood: the list before)
        own = commune_province_keys(u, False) & keys
        if len(own) == 1:
            votes |= own
    return get_province(votes.pop()) if len(votes) == 1 else None


def _seat_of_a_shared_district(district: UnitMention, plain: str) -> Province | None:
    """The province of a district whose name several provinces share, by the place its paper is dated at when that is
    not the district's own name: a commune or township (the seat) the list before 2025 has in one of them only."""
    keys = district_province_keys(district)
    if len(keys) < 2 or (seat := _date_line_name(_lines(plain[:HEADER_CHARS]))) is None:
        return None
    if fold(seat) == fold(district.name):
        return None  # ("Bảo Lâm, ngày ...": the district's own name says nothing more)
    own = communes_named(seat, COMMUNE_ERAS[0]) & keys
    return get_province(next(iter(own))) if len(own) == 1 else None


SECTION_HEADING_CHARS = 30  # a section's heading line: a province's name and nothing else


def _province_sections(plain: str) -> int:
    """How many provinces head sections of their own: a line that is only the province's name
    ("TP. HCM", "Hà Nội", "Bình Dương") with the section's text after it, the shape of a round-up
    over provinces (names one under another are a site's menu)."""
    lines = [ln.strip(" #*\t") for ln in DATE_MARKER.sub("", plain[:20000]).split("\n")]
    heads = [_heading_province(ln) for ln in lines if ln]
    return len({key for key, after in zip(heads, [*heads[1:], None], strict=True) if key and not after})


# "Tại Long An, ...", "Còn ở Cà Mau, ...": a sentence opening at a place (data/words/place_openers.csv;
# capitalised, so a sentence's first word wherever a headline runs into the body)
_PLACE_OPENER = re.compile(rf"(?<!\S)(?:{word_source('place_openers')})\s+(?:(?:tỉnh|thành\s+phố|TP\.?)\s*)?")
_OPENED_PLACE_CHARS = 40  # room for a province's name after its opener
# (the words every opener starts with: the pattern, which opens with a lookbehind, is tried only where one
# of them stands, not at every character of the report; matches_tried_at finds finditer's matches)
_PLACE_OPENER_WORDS = opening_words(_PLACE_OPENER)


def _place_openers(plain: str) -> list[re.Match[str]]:
    """The matches of ``_PLACE_OPENER.finditer(plain)``."""
    if _PLACE_OPENER_WORDS is None:
        return list(_PLACE_OPENER.finditer(plain))
    return matches_tried_at(_PLACE_OPENER, plain, sorted(places_of(plain, _PLACE_OPENER_WORDS)))


def _provinces_in_turn(plain: str) -> set[str]:
    """The provinces sentences open at ("Tại Long An, ... Tại Bến Tre, ..."): two or more, and the
    text goes from province to province, a round-up about none of them alone."""
    opened: set[str] = set()
    for m in _place_openers(plain):
        named = find_provinces(plain[m.end() : m.end() + _OPENED_PLACE_CHARS])
        if named and named[0].start == 0:
            opened.add(named[0].province.key)
    return opened


def _heading_province(name: str) -> str | None:
    """The province a line names and nothing else, or None."""
    if len(name) > SECTION_HEADING_CHARS or not name[0].isupper() or any(c.isdigit() for c in name):
        return None  # (a table's rows, a sentence: cheaply out before looking for a name)
    named = find_provinces(name)
    return named[0].province.key if len(named) == 1 and named[0].start == 0 and named[0].end == len(name) else None


MERGER_MONTH = (2025, 7)  # the 63 provinces became 34 units on 1 July 2025


def _merged_province(plain: str) -> Province | None:
    """The province that the provinces a lead joins became on 1 July 2025, for a text written after
    that ("Việc sáp nhập hai tỉnh Lào Cai và Yên Bái ..." in 2026 is news of the new Lào Cai); None
    before it (a comparison of two provinces to be merged is about neither) or when they became
    several units."""
    named = {m.province for sentence in _lead_sentences(plain) for m in find_provinces(sentence)}
    successors = {p.successor_key for p in named}
    if len(named) < 2 or len(successors) != 1:
        return None
    if not _dated_after_the_merger(plain):
        return None
    return get_province(successors.pop())


def _todays_province(province: Province | None, plain: str) -> Province | None:
    """A text written from July 2025 on that names no province, only a former district ("Đảng bộ xã
    Bình Xuyên" in August 2025), is about the province that district's now lies in: the one it was
    in then is no more (a report keeps a merged-away province's key only when written before)."""
    if province is None or province.successor_key == province.key:
        return province
    seats = [(a, b) for a, b in _seats_dated_after_the_merger(plain)
             if any(m.province.key == province.key for m in find_provinces(plain[a:b]))]
    # ("xã Chợ Rã ... huyện Ba Bể, tỉnh Bắc Kạn (cũ)": a commune's text that calls the province former is written
    # after it, of a commune of today's province; "khu vực Hải Dương (cũ)" alone is the former province's area)
    called_former = _FORMER_WORD.search(plain) is not None and any(
        m.province.key == province.key and _FORMER_MARK.match(plain, m.end) for m in _provinces_outside_units(plain)
    ) and any(u.admin_level == "commune" for u in find_units(plain[:HEADER_CHARS]))
    if (not seats and not called_former and not _dated_after_the_merger(plain)
            and not _names_a_new_commune(plain, province)):
        return province  # (read first: most reports were written before the merger)
    # (a province's name inside a unit's, "phường Hòa Bình", names no province; nor does the place of a date
    # line from July 2025 on, "Bắc Kạn, ngày 25 tháng 9 năm 2025", "Hà Giang, 5/10/2025 -": the province was
    # no more on that day, the name is the seat's, a ward named after the former town; nor a name the text
    # calls former, "tỉnh Bắc Kạn cũ": the unit it speaks of lies in today's province)
    named = [m for m in _provinces_outside_units(plain)
             if not any(a <= m.start < b for a, b in seats) and not _FORMER_MARK.match(plain, m.end)]
    return province if named else get_province(province.successor_key)


HEADER_CHARS = 3000  # a date line stands at the top of a paper


def _names_a_new_commune(plain: str, province: Province) -> bool:
    """Does a text with no date name a commune or ward of the province's successor that only the 2025 list holds
    ("phường Phan Thiết", a ward of Lâm Đồng formed in July 2025 from the city of Bình Thuận)? It is written after
    the reform, about today's province."""
    if _dated_after_the_merger(plain) is not None:
        return False  # (a date tells it: a paper of June 2025 may name the wards it plans)
    return any(new_in_2025(u, province.successor_key) for u in find_units(plain[:HEADER_CHARS]))


def _seats_dated_after_the_merger(plain: str) -> list[tuple[int, int]]:
    """The spans of the places that open date lines dated from July 2025 on (see ``DATELINE``)."""
    return [m.span("seat") for m in DATELINE.finditer(plain, 0, HEADER_CHARS)
            if m["year"] is not None and len(m["year"]) == 4 and 1 <= int(m["month"]) <= 12
            and (int(m["year"]), int(m["month"])) >= MERGER_MONTH]


def _the_communes_provinces_ever(commune: UnitMention) -> frozenset[str]:
    """The provinces either list of communes has the commune's name in (before July 2025 and after it, and those
    the former ones became): empty for a name neither list holds."""
    return commune_province_keys(commune, True) | commune_province_keys(commune, False)


COMMUNES_ADDRESS_CHARS = 50  # "phường Tân An, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk": the province in its address


def _the_communes_address(plain: str, commune: UnitMention, province: Province) -> bool:
    """Does the text write ``province`` in the commune's address ("xã A, tỉnh B", "phường A (B)"), right after one of
    its mentions? Then the text places it there, whatever the lists say."""
    head = plain[:20000]
    for unit in find_units(head):
        if unit.key == commune.key and any(
                m.province.key == province.key
                for m in find_provinces(head[unit.end:unit.end + COMMUNES_ADDRESS_CHARS])):
            return True
    return False


def _the_communes_province(plain: str, commune: UnitMention, after_merger: bool) -> Province | None:
    """The province of the commune a news item is told from, by the list of communes, unless the text
    names another commune that the list places elsewhere ("phường A thu 3 tỷ đồng, phường B 2 tỷ
    đồng": wards of two provinces side by side tell no one province)."""
    province = commune_province(commune, after_merger)
    if province is None:
        return None
    return province if _communes_provinces(find_units(plain[:20000]), after_merger) <= {province} else None


def _communes_district_province(plain: str, lines: list[str], commune: UnitMention,
                                after_merger: bool) -> Province | None:
    """The province of a commune's paper whose name several provinces' communes bear ("UBND PHƯỜNG TÂN AN"), told by a
    district-level unit the text names or dates it at ("phường Tân An (thành phố Hội An)", "Buôn Ma Thuột, ngày ..."):
    the one of those provinces such a district lies in (its successor in a text written from July 2025 on); None when
    nothing, or more than one of them, fits."""
    keys = commune_province_keys(commune, after_merger)
    if len(keys) < 2:
        return None
    districts = [d for u in find_units(plain[:HEADER_CHARS]) if u.admin_level == "district"
                 for d in districts_named(u.name)]
    if (named := _date_line_name(lines)) is not None and fold(named) != fold(commune.name):
        # (not the commune's own name: "Tân Phú, ngày ..." under "UBND XÃ TÂN PHÚ" is its seat, no district's)
        districts += districts_named(named)
    fits = {key for d in districts if (p := get_province(d.province_key)) is not None
            and (key := p.successor_key if after_merger else p.key) in keys}
    return get_province(fits.pop()) if len(fits) == 1 else None


def _neighbours_province(plain: str, commune: UnitMention, after_merger: bool) -> Province | None:
    """The province of a commune's paper whose name several provinces' communes bear ("HĐND PHƯỜNG AN KHÊ", Gia Lai's
    and Đà Nẵng's), told by the other communes the text names ("phối hợp với phường An Bình, xã Đak Pơ"): the one of
    those provinces that the list of the text's time places them in; None when they fit none of them, or more than
    one (a province is not guessed from the ward's name alone)."""
    keys = commune_province_keys(commune, after_merger)
    if len(keys) == 1:
        return None
    own = (commune.kind, fold(commune.name))
    others = [u for u in find_units(plain[:20000]) if u.admin_level == "commune" and (u.kind, fold(u.name)) != own]
    if not keys:
        # ("UBND xã Nậm Pồ ... phối hợp với xã Si Pa Phìn và xã Chà Tở": a name neither list holds, a new or misspelt
        # one, lies where the communes it works with do, when they are two or more and all of one province)
        placed = [p for u in others if (p := commune_province(u, after_merger)) is not None]
        named = {p.key for p in placed}
        return placed[0] if len(named) == 1 and len({fold(u.name) for u in others}) >= NEIGHBOURS_MIN else None
    fits = {key for u in others for key in commune_province_keys(u, after_merger) & keys}
    return get_province(fits.pop()) if len(fits) == 1 else None


NEIGHBOURS_MIN = 2  # communes named beside one the lists do not hold, all of one province, that place it


def _a_listed_communes_name(name: str) -> bool:
    """Does either list of communes (data/communes.csv) hold a unit written as ``name`` is, marks and all?"""
    return " ".join(nfc(name).lower().split()) in _LISTED_COMMUNE_NAMES


_LISTED_COMMUNE_NAMES = frozenset(" ".join(nfc(row["name_vi"]).lower().split()) for row in read_table("communes.csv"))


def _a_former_districts_namesake(commune: UnitMention, after_merger: bool) -> Province | None:
    """The province of a commune whose name neither list of communes holds but a district of one province bore ("UBND
    XÃ HƯỚNG HÓA"): many communes made in 2025 took the name of the district they were the seat of, so the commune lies
    where that district did (in the unit its province became, for a text written from July 2025 on); None for a name
    of several provinces' districts, or one a list of communes holds written with the same marks (its own reading
    stands; "Hướng Hóa" only folds like the former "xã Hương Hòa")."""
    if _a_listed_communes_name(commune.name):
        return None
    districts = one_provinces_districts(commune.name)
    if not districts or (province := get_province(districts[0].province_key)) is None:
        return None
    return get_province(province.successor_key) if after_merger else province


def _communes_provinces(units: list[UnitMention], after_merger: bool) -> set[Province]:
    """The provinces the list of communes places the communes among ``units`` in (names it cannot
    place left out)."""
    return {p for u in units if u.admin_level == "commune" and (p := commune_province(u, after_merger)) is not None}


def _dated_after_the_merger(plain: str) -> bool | None:
    """Is the page dated from July 2025 on? None when it carries no date with a year."""
    written = _month_written(plain)
    return None if written is None else written >= MERGER_MONTH


def _month_written(plain: str) -> tuple[int, int] | None:
    """(year, month) the page is dated; None when it carries no date with a year."""
    written = find_dateline(plain)
    if written is not None and written.year:
        return written.year, written.month
    # ("Huế, ngày 10 tháng 12 năm 2024" under a council's header: a paper's own date line dates it, whatever
    # year the estimates it passes are for)
    line = next((m for m in DATELINE.finditer(plain, 0, HEADER_CHARS)
                 if m["year"] is not None and len(m["year"]) == 4 and 1 <= int(m["month"]) <= 12), None)
    if line is None:
        # ("Số: 77/BC-UBND⇥Huế, ngày 20 tháng 6 năm 2024": the date line in the header's right-hand column, after a
        # tab or a wide gap on the number's line)
        line = next((m for row in plain[:HEADER_CHARS].splitlines() if "\t" in row or "   " in row
                     for cell in _COLUMN_GAP.split(row)[1:] if (m := DATELINE.match(cell.strip())) is not None
                     and m["year"] is not None and len(m["year"]) == 4 and 1 <= int(m["month"]) <= 12), None)
    return None if line is None else (int(line["year"]), int(line["month"]))


def written_after_the_merger(text: str, period: Period | None) -> bool:
    """Was ``text``, a report of ``period``, written from July 2025 on (see ``_written_after_the_merger``)? False when
    nothing tells: a province renamed then is named by its new unit only in a text known to be that late."""
    return bool(_written_after_the_merger(_plain(text), period))


def _written_after_the_merger(plain: str, period: Period | None) -> bool | None:
    """Written from July 2025 on, by its date (or, with none, by the end of the period it reports; with neither, by a
    commune only the 2025 list has); None when nothing tells."""
    dated = _dated_after_the_merger(plain)
    if dated is not None:
        return dated
    if period is None:
        # ("Xã Hòa Vang đón hơn 200 nghìn lượt khách dịp Tết": a commune formed in 2025 names its time)
        return True if any(only_in_2025(u) for u in find_units(plain[:HEADER_CHARS])) else None
    return (period.end.year, period.end.month) >= MERGER_MONTH


def _its_successor_named_too(province: Province | None, plain: str, period: Period | None) -> Province | None:
    """The unit a province merged away in 2025 became, for a text written after the merger that names that unit as a
    province ("Bình Định: Xuất khẩu 10 tháng đạt ..." over "Theo Sở Công Thương tỉnh Gia Lai, ...": the former
    province's name is the area's, the news is of today's province, keyed once); ``province`` as it is otherwise, when
    the text calls the former one a province too ("Tỉnh Bạc Liêu có ...": a province to the text, beside the other as a
    peer), and when its headline opens on the former one called so ("Bắc Giang (cũ): ...", "Hòa Bình (nay là Phú Thọ)
    hoàn thành ..."): the text is written about the former province's area, which keeps its own key (FACTS.md), as
    the figures its clauses name as former do."""
    if province is None or province.successor_key == province.key:
        return province
    if _headline_opens_with_it_as_former(plain, province) or not _written_after_the_merger(plain, period):
        return province
    # (not one called former before its name either: "phường A, TP Hồ Chí Minh (trước là tỉnh Bình Dương)")
    as_provinces = [
        m
        for m in _provinces_outside_units(plain)
        if m.prefixed
        and not _FORMER_MARK.match(plain, m.end)
        and _FORMER_BEFORE.search(plain, max(0, m.start - FORMER_BEFORE_REACH), m.start) is None
    ]
    if (not any(m.province.key == province.successor_key for m in as_provinces)
            or any(m.province.key == province.key for m in as_provinces)):
        return province
    return get_province(province.successor_key)


_SPECIAL_ZONE_WORD = re.compile(r"\bđặc\s+khu\b", re.IGNORECASE)


def _under_its_former_names(plain: str, district: UnitMention, province: Province | None, zones_province: str) -> bool:
    """Does a text speak of an island district by its own kind ("thành phố Phú Quốc", never "đặc khu"), under the
    province it lay in then, named as a province merged away since ("Kiên Giang: Phú Quốc đón ..." of the 11 months
    of 2025)? It reports on the district of that province as they were, and keeps their keys (a province merged away
    keeps its own key for its reports), not the special zone of today's province."""
    if province is None or province.key == zones_province or _SPECIAL_ZONE_WORD.search(plain):
        return False
    if not any(m.province.key == province.key for m in _provinces_outside_units(plain)):
        return False  # (the province only read from the district's name: today's unit names it)
    written = r"\s+".join(map(re.escape, unit_label(district.kind, district.name).split()))
    return re.search(r"(?<!\w)" + written + r"(?!\w)(?!\s*\(?\s*cũ\b)", plain, re.IGNORECASE) is not None


def _headline_opens_with_it_as_former(plain: str, province: Province) -> bool:
    """Does the headline open with ``province`` (merged away) and an aside on its name ("Kon Tum cũ: sạt lở trên QL24
    ...", "Hòa Bình (nay là Phú Thọ) hoàn thành ...")? The text is written after the merger, of the former
    province's area."""
    headline = _headline_sentence(_past_the_masthead(plain))
    if headline is None:
        return False
    headline = headline.strip()
    named = find_provinces(headline)
    return (
        bool(named)
        and named[0].start == 0
        and named[0].province.key == province.key
        and an_aside_on_the_name_after(headline, named[0].end) > named[0].end
    )


def _under_its_name_then(province: Province | None, plain: str, period: Period | None) -> Province | None:
    """A province renamed in 2025 (Thừa Thiên Huế, now the unit Huế) is keyed by its new unit in a
    text written from July 2025 on (a text with no date: about a period that ends then or later), by
    its former key in an older text or one with neither date nor period; "Huế" alone names it either
    way (``places``)."""
    province = as_named_before_2025(province) if province is not None else None
    renamed = renamed_as(province) if province is not None else None
    if renamed is None:
        return province
    return renamed if _written_after_the_merger(plain, period) else province


SOLE_MENTIONS = 3  # a province named this often, and no other, is what a text is about


def _sole_province(plain: str) -> Province | None:
    """The one province a text names, when it names it at least ``SOLE_MENTIONS`` times and names
    no other (a summary over several provinces or a region names several, or none)."""
    mentions = find_provinces(_without_page_links(plain))
    keys = {m.province.key for m in mentions}
    return mentions[0].province if len(keys) == 1 and len(mentions) >= SOLE_MENTIONS else None


def _headline_of_one_province(plain: str) -> Province | None:
    """The one province a headline names anywhere ("Vì sao X có hơn 900 con gia súc chết rét?"), when
    the text names it most and the headline speaks of no region: a lead that compares it with other
    provinces ("cao hơn tổng thiệt hại của 9 tỉnh ...: Cao Bằng, Hà Giang, ...") is still about it."""
    province = _sole_headline_province(plain, find_provinces)
    return province if province is not None and _leading_provinces(plain) == [province.key] else None


def _sole_headline_province(plain: str, mentions_in: Callable[[str], list]) -> Province | None:
    """The one province the headline names (by ``mentions_in``), when it speaks of no region."""
    headline = _headline_sentence(plain)
    if headline is None or _MANY_PROVINCES.search(headline):
        return None
    named = {m.province.key: m.province for m in mentions_in(headline)}
    return next(iter(named.values())) if len(named) == 1 else None


def _headline_and_lead_province(plain: str) -> Province | None:
    """The one province both the headline and the lead's first sentence name, and no other ("...
    làm tốc mái 90 nhà dân Quảng Ngãi" over "Ban Chỉ huy ... huyện Bình Sơn (Quảng Ngãi) cho biết"):
    what the news is about, however often a later paragraph on a neighbour writes "tỉnh X"."""
    province = _sole_headline_province(plain, _provinces_outside_units)
    if province is None:
        return None
    # (the first sentence of the body proper: a caption or a date line before it is short)
    first = next((s for s in _lead_sentences(plain)[1:] if len(s) >= FIRST_SENTENCE_CHARS), None)
    if first is None:
        return None
    # ("tỉnh A (sau hợp nhất với tỉnh B) đã ...": the aside on what A was made of names no second province)
    named = {m.province.key for m in _provinces_outside_units(without_asides_on_names(first))}
    return province if named == {province.key} else None


def _host_province(plain: str) -> Province | None:
    """The province named, as ``tỉnh X``, in the very sentence whose scope words speak of many
    ("hòa chung không khí của cả nước, tỉnh Đắk Lắk tổ chức ...", "tại TP Lai Châu, tỉnh Lai Châu,
    Bộ GTVT khởi công Dự án kết nối các tỉnh miền núi phía Bắc"), when the lead names no other and
    the text names it most: the host of the event. (A summary names its provinces after the
    sentence of its scope: "dông lốc tại một số tỉnh ... Sơn La: 1 người chết".)"""
    sentences = _lead_sentences(plain)
    if (partnered := _host_with_partners(sentences)) is not None:
        # (named no less than any partner: a text about a partner names the host once, then the partner)
        return partnered if partnered.key in _leading_provinces(plain) else None
    named = {m.province.key for sentence in sentences for m in find_provinces(sentence)}
    scoped = next((sentence for sentence in sentences if _MANY_PROVINCES.search(sentence)), None)
    if scoped is None or len(named) != 1:
        return None
    own = [m for m in find_provinces(scoped) if m.prefixed]
    if not own or _leading_provinces(plain) != [own[0].province.key]:
        return None
    return own[0].province


# "Tại thành phố Đà Lạt, UBND tỉnh Lâm Đồng và UBND tỉnh Bình Thuận ký kết ...": where two provinces meet
_VENUE = re.compile(r"(?<!\w)(?:tại|ở)\s+", re.IGNORECASE)
VENUE_CHARS = 60  # a place's kind and name after "tại"


def _venue_of_a_pair(plain: str) -> Province | None:
    """The province of the place a lead's sentence joining two provinces says they meet at ("Ngày 10/3, tại thành phố
    Đà Lạt, UBND tỉnh Lâm Đồng và UBND tỉnh Bình Thuận ký kết chương trình hợp tác"), when it is one of the two: the
    host of their signing or meeting. None when the sentence names no such place, or a third province."""
    for sentence in _lead_sentences(plain):
        named = {m.province.key for m in find_provinces(sentence)}
        if len(named) != 2 or not _joins_provinces(sentence, scope=False):
            continue
        for venue in _VENUE.finditer(sentence):
            place = sentence[venue.end() : venue.end() + VENUE_CHARS]
            units = find_units(place)
            if units and units[0].start == 0:
                province = units[0].province or district_province(units[0])
                return province if province is not None and province.key in named else None
    return None


# "UBND tỉnh Đắk Lắk phối hợp với các tỉnh Gia Lai, Kon Tum ...", "tỉnh Bình Định chủ trì, phối hợp với tỉnh Phú
# Yên ...": the host the partners are joined to (folded text)
_WITH_PARTNERS = re.compile(r"\b(?:(?:chu\s+tri,?\s+)?phoi\s+hop|cung|lien\s+ket)\s+voi\b")


def _host_with_partners(sentences: list[str]) -> Province | None:
    """The province a lead's sentence names first, as ``tỉnh X``, with the others named only after the words
    that join partners to it ("phối hợp với", "cùng với"): the host of a meeting of several provinces."""
    for sentence in sentences:
        folded = fold(sentence)
        if "voi" not in folded or (joined := _WITH_PARTNERS.search(folded)) is None:
            continue
        named = find_provinces(sentence)
        before = {m.province.key for m in named if m.start < joined.start()}
        first = next((m for m in named if m.start < joined.start()), None)
        if first is not None and first.prefixed and len(before) == 1 \
                and any(m.start >= joined.end() for m in named):
            return first.province
    return None


# "cầu Bản Chắt nối tỉnh Cao Bằng với tỉnh Lạng Sơn", "cao tốc nối hai tỉnh A và B", "cầu nối A - B": a work that
# links two provinces (folded); the news is of the work, not of the two provinces' figures
_LINKS_TWO = re.compile(r"\bnoi\s+(?:lien\s+)?(?:(?:hai|2)\s+)?(?:(?:tinh|thanh\s+pho|tp\.?)\s*)?$")
LINK_REACH = 25  # characters before the first province: "nối liền hai tỉnh "
# "UBND tỉnh Phú Thọ khởi công ...", "Sở Xây dựng tỉnh A", "Ban Quản lý dự án ... tỉnh A": the provincial body that
# builds the work (its words before the province's name)
_PROVINCIAL_BODY_BEFORE = re.compile(
    r"(?:\bUBND|Ủy\s+ban\s+nhân\s+dân|Tỉnh\s+ủy|\bSở\s+[^\W\d][^,.;:()\n]{1,40}?|Ban\s+Quản\s+lý\s+[^,.;:()\n]{0,60}?)"
    r"\s+(?:(?:tỉnh|thành\s+phố|TP\.?)\s*)?$")
PROVINCIAL_BODY_REACH = 80


def _two_provinces_linked(sentence: str) -> list[ProvinceMention] | None:
    """The mentions of the two provinces ``sentence`` says a work links, from the first linked on ("nối tỉnh A với
    tỉnh B"), when it names no third; else None."""
    named = find_provinces(sentence)
    if len({m.province.key for m in named}) != 2:
        return None
    for i, m in enumerate(named):
        if _LINKS_TWO.search(fold(sentence[max(0, m.start - LINK_REACH):m.start])):
            return named[i:] if len({n.province.key for n in named[i:]}) == 2 else None
    return None


def _linked_works_province(plain: str) -> Province | None:
    """The province of a work a lead says links two provinces ("Thông xe cầu nối hai tỉnh A và B"): the one whose
    provincial body builds it ("UBND tỉnh A khởi công cầu ... nối tỉnh A với tỉnh B"), else the one whose districts
    or communes the lead names, else the one it is said to link first ("nối A với B": from A, the end it is told
    from). The text reports one work's figures, whose province they are; None when the lead links no two."""
    sentences = _lead_sentences(plain)
    pair = next((pair for sentence in sentences if (pair := _two_provinces_linked(sentence))), None)
    if pair is None:
        return None
    ends = {m.province.key: m.province for m in pair}
    lead = "\n".join(sentences)
    builders = {m.province.key for m in find_provinces(lead) if m.province.key in ends
                and _PROVINCIAL_BODY_BEFORE.search(lead, max(0, m.start - PROVINCIAL_BODY_REACH), m.start)}
    if len(builders) == 1:
        return ends[builders.pop()]
    places = {own.key for u in find_units(lead) if u.admin_level == "district"
              and (own := district_province(u)) is not None}
    if len(places) == 1 and (place := places.pop()) in ends:
        return ends[place]
    return pair[0].province


def _in_a_list_of_provinces(chunk: str, at: int) -> bool:
    """Is the province named at ``at`` one of a list, its sentence naming three provinces or more
    ("thiệt hại ở các tỉnh Lào Cai, Hà Giang, Cao Bằng", "19 người chết (Sơn La 1; Lạng Sơn 1; ...")?
    Not when the sentence opens with it as its subject ("Trà Vinh là tỉnh ..., cách TP.HCM 130 km và
    TP Cần Thơ 80 km")."""
    a = max((m.end() for m in _SENTENCE_BREAK.finditer(chunk, 0, at)), default=0)
    b = next((m.start() for m in _SENTENCE_BREAK.finditer(chunk, at)), len(chunk))
    sentence = chunk[a:b]
    if _BETWEEN_TWO.search(sentence) is not None and len({m.province.key for m in find_provinces(sentence)}) == 2:
        return True  # ("Quảng Ninh và Hải Phòng ký kết ...": its subjects are both)
    if _SUBJECT_OPENING.fullmatch(fold(DATE_MARKER.sub("", chunk[a:at]))):
        return False
    # (or two joined as one: "mưa lũ đã khiến 2 tỉnh Quảng Nam, Quảng Ngãi thiệt hại")
    return len({m.province.key for m in find_provinces(sentence)}) >= LISTED_PROVINCES or _joins_provinces(
        sentence, scope=False
    )


LISTED_PROVINCES = 3
# What may stand before a sentence's subject: a day ("Đêm 17/3, Sơn La có mưa đá; các tỉnh ...") and
# the unit word (folded text)
_SUBJECT_OPENING = re.compile(
    r"\W*(?:(?:ngay|dem|sang|chieu|toi|trua|rang\s+sang)\s+[\d/.\-]+\s*,?\s*)?"
    r"(?:tinh|thanh\s+pho)?[\s(\-–]*"
)


# "Bình Phước: Khởi công cao tốc ...": a news headline that opens with a place names what it is about
_HEADLINE_LEAD = re.compile(r"\A\s*([^\n:]{2,40}?)\s*:\s+\S")


def _provinces_outside_units(text: str, mentions: list[ProvinceMention] | None = None) -> list[ProvinceMention]:
    """The provinces ``text`` names, without those that are the name of a district, commune or ward
    ("xã Long An", "phường Thái Bình": many units share an old province's name, and more since the
    2025 merger); a city named like its province ("TP. Bắc Kạn") still names it."""
    mentions = find_provinces(text) if mentions is None else mentions
    lower = [(u.start, u.end) for u in find_units(text) if u.admin_level != "province" and u.kind != "thanh_pho"]
    return [m for m in mentions if not any(a <= m.start < b for a, b in lower)]


def _headline_province(plain: str) -> Province | None:
    """The province a headline opens with, when the words before its colon are only that name (after
    the page's "date YYYY-MM" marker, which is no part of the headline)."""
    if (marker := DATE_MARKER.match(plain)) is not None:
        plain = plain[marker.end() :]
    m = _HEADLINE_LEAD.match(_past_the_masthead(plain))
    if m is None:
        return None
    lead = m.group(1)
    named = find_provinces(lead)
    # (after the name, only an aside on it may stand: "Hưng Yên (mới): ...", "Hà Nam (nay là Ninh Bình): ...")
    after = an_aside_on_the_name_after(lead, named[0].end) if named else 0
    if named and not lead[: named[0].start].strip() and not lead[after:].strip():
        return named[0].province
    return None


MASTHEAD_LINES = 3  # a paper's or portal's name, a section label and the page's date and time, above the headline


def _past_the_masthead(plain: str) -> str:
    """``plain`` from its first line that is no paper's or portal's name and no page's date ("Báo Nghệ An" /
    "Thứ Hai, 14/10/2024 - 15:20" / "Hà Tĩnh: ..."): the name of a paper over a page tells what paper it is, not
    what the headline under it opens with. The whole text when it opens on no such line."""
    at = 0
    for _ in range(MASTHEAD_LINES):
        stripped = len(plain) - len(plain[at:].lstrip())
        end = plain.find("\n", stripped)
        line = plain[stripped:end].strip() if end >= 0 else ""
        if not line or not (_a_portals_name(line) or _a_dateline(line) or _page_chrome(line)):
            break  # ("Trang chủ > Kinh tế" / "Báo Lâm Đồng" / "Lâm Đồng: ...": the page's path is no headline either)
        at = end + 1
    return plain[at:]


# An opening tag: "[Kon Tum] ...", "(QNO) - ...", "(kontumtv.vn) – ...", "(Baoquangngai.vn) - ..."
# (a paper's code may open the lead bare, before a dash: "TQĐT - Năm 2017, ...")
# "[Kon Tum]", "(Baolaocai.vn)", "QNO - ", "Baoquangninh.vn - ": the tag a lead opens with (a paper's web domain may
# stand bare before the dash)
_OPENING_TAG = re.compile(r"\A\s*(?:\[([^\]\n]{2,30})\]|\(([^)\n]{2,30})\)|([A-ZĐ]{2,6})(?=\s*[-–]\s)"
                          r"|([A-Za-z][\w-]{1,30}(?:\.[a-z]{2,4})?\.vn)(?=\s*[-–]\s))")
_PRESS_TAGS = keyed_word_patterns("press_tags", "province_key")
# famous places of one province each (data/words/landmarks.csv), as whole words
_LANDMARKS = [(key, re.compile(rf"(?<!\w)(?:{pattern.pattern})(?!\w)", re.IGNORECASE))
              for key, pattern in keyed_word_patterns("landmarks", "province_key")]


def _landmarks_province(plain: str) -> Province | None:
    """The one province whose famous places (``vịnh Hạ Long``, ``Fansipan``) or festivals (``Lễ hội Thành Tuyên``) a
    news item's headline and lead name, or, when they name none and the text names no province at all, the text
    ("... giá dịch vụ ăn uống tăng do tỉnh tổ chức Lễ hội Thành Tuyên": a statistics office's section that never names
    its province); None when they name places of several provinces or none."""
    lead = plain[:LEAD_CHARS]
    keys = {key for key, pattern in _LANDMARKS if pattern.search(lead)}
    if not keys and len(plain) > LEAD_CHARS and not _provinces_outside_units(plain):
        keys = {key for key, pattern in _LANDMARKS if pattern.search(plain)}
    return get_province(keys.pop()) if len(keys) == 1 else None


_TAG_MID_LINE = re.compile(r"\s\(([^)\s]{2,12})\)\s*[-–]\s")  # "... 20.587 tỷ đồng (QNO) - Hoạt động ..."
# a provincial paper's or station's domain: its province's name, run together, between "bao"/"dai"
# and "tv"/"online" ("baoquangngai.vn", "kontumtv.vn", "baodaknong.vn")
# ("binhphuoc.gov.vn": the province's own portal; "baohoabinh.org.vn", "baolaichau.net.vn": any second level of .vn)
_DOMAIN = re.compile(r"^(?:www\.)?(?:bao|dai)?([a-z]+?)(?:tv|online|dientu)?\.(?:(?:com|gov|org|net|info|edu)\.)?vn$")


# "https://baobentre.com.vn/huyen-a-ra-quan.html", "www.bentre.gov.vn": a page's address on a line of its own, above
# its headline (the host's labels from the left dropped one by one: "chauthanh.bentre.gov.vn" is Bến Tre's portal)
# (labelled as the page's source, "Nguồn: baolangson.vn", or followed by its path as a search result prints it,
# "hanam.gov.vn › tin-tuc")
_ADDRESS_LINE = re.compile(
    r"[ \t]*(?:nguồn\s*:\s*)?(?:https?://)?((?:[\w-]+\.)+vn)(?:/\S*|(?:[ \t]*›[ \t]*[\w-]+)+)?[ \t]*", re.IGNORECASE
)


def _address_line(line: str) -> re.Match[str] | None:
    """The match of ``line`` when it is only a web address ending in ``.vn`` (see ``_ADDRESS_LINE``), else None."""
    return _ADDRESS_LINE.fullmatch(line) if ".vn" in line.lower() else None


# "(Baothainguyen) - ...", "(BaoLaoCai) - ...": a provincial paper's name run together, its web domain left off
_RUN_TOGETHER_PAPER = re.compile(r"(?:bao|dai)([a-z]+?)(?:tv|online|dientu)?")


def _run_together_papers_province(tag: str) -> Province | None:
    """The province of a paper whose tag is its name run together with no domain ("Baothainguyen"), or None."""
    m = _RUN_TOGETHER_PAPER.fullmatch(fold(tag))
    return _run_together_province(m.group(1)) if m is not None else None


def _sites_province(host: str) -> Province | None:
    """The province whose paper or portal ``host`` is ("baobentre.com.vn", "chauthanh.bentre.gov.vn"), or None."""
    labels = fold(host).split(".")
    for k in range(len(labels) - 1):
        if (domain := _DOMAIN.match(".".join(labels[k:]))) is not None:
            return _run_together_province(domain.group(1))
    return None


def _tagged_province(plain: str) -> Province | None:
    """The province of a text's opening tag: a bracketed province name, a provincial paper's code
    (data/words/press_tags.csv) or its web domain (in brackets, or the page's address above its headline)."""
    opening = plain[:LEAD_CHARS]
    if (marker := DATE_MARKER.match(opening)) is not None:
        # (the marker's own line break too: the headline under it is then the text's first line)
        opening = opening[marker.end() :].lstrip("\n")
    first, _, below = opening.lstrip().partition("\n")
    if (address := _address_line(first)) is not None:
        if (site := _sites_province(address.group(1))) is not None:
            return _own_paper(plain, site)
        opening = below
    elif (portal := _english_portal(first.strip())) is not None:
        # ("Lao Cai Province Portal" over the page: the province the portal is named after, written without marks)
        return _own_paper(plain, match_province((portal["name"] or portal["of"]).strip(), fuzzy=False))
    opening = _past_datelines(opening)  # (a portal's dateline above the headline: "Thứ Hai, 14/10/2024 - 15:20")
    m = _OPENING_TAG.match(opening)
    if m is None and (headline := HEADLINE_WITH_NUMBERS.match(opening)) is not None:
        # "Khởi công cầu X\n(BĐ) - Sáng 5-3, ...": the paper's tag opens the lead under the headline
        # (after the collector's date marker there too: "Thu ngân sách ...\n date 2020-10 (Baoquangngai.vn) - ...")
        # (a headline's figure may group its thousands: "Sản lượng cà phê đạt 560.000 tấn")
        lead = opening[headline.end() :]
        if (marker := DATE_MARKER.match(lead)) is not None:
            lead = lead[marker.end() :]
        m = _OPENING_TAG.match(_past_datelines(lead))
    if m is None:
        if (dateline := _run_in_dateline(opening)) is not None:
            return dateline
        # "Kinh tế Tổng mức bán lẻ ... (QNO) - Hoạt động ...": headline and lead run on one line, the paper's
        # code between them (only a code of the table: a bracket inside a line may hold anything else)
        inline = _TAG_MID_LINE.search(opening.split("\n", 1)[0])
        if inline is None:
            return None
        return _own_paper(plain, next((get_province(key) for key, pattern in _PRESS_TAGS
                                       if pattern.fullmatch(inline.group(1))), None))
    if m.group(1) is not None:  # "[Kon Tum]": the tag is the name itself
        named = find_provinces(m.group(1))
        whole = len(named) == 1 and not m.group(1)[: named[0].start].strip(" -–")
        return named[0].province if whole and not m.group(1)[named[0].end :].strip() else None
    tag = (m.group(2) or m.group(3) or m.group(4)).strip()
    paper = next((get_province(key) for key, pattern in _PRESS_TAGS if pattern.fullmatch(tag)), None)
    if paper is None and (m.group(2) or m.group(4)):
        paper = _sites_province(tag)
    if paper is None and m.group(2):
        paper = _run_together_papers_province(tag)
    if paper is None and m.group(2) and (named := _PAPER_TAG.fullmatch(tag)) is not None:
        paper = _papers_province(named.group(1))  # "(Báo Tuyên Quang) - Sáng 18/8, ...": the paper by its name
    return _own_paper(plain, paper)


# "Báo Tuyên Quang", "Báo Hà Tĩnh điện tử", "Đài PT-TH Sơn La": a paper or station named in full, its province after it
# (from 2025 a province's paper and station are one: "Báo và Phát thanh, Truyền hình Lào Cai")
_PAPER_TAG = re.compile(r"(?i)(?:báo(?:\s+và\s+phát\s+thanh\s*,?\s+truyền\s+hình)?"
                        r"|đài\s+(?:phát\s+thanh\s+(?:và|-)\s+truyền\s+hình|pt\s*-?\s*th))\s+"
                        r"([^\W\d][^()\n]{1,40}?)\s*(?:điện\s+tử|online)?")


_NATIONAL_PRESS = re.compile(r"(?:" + word_source("national_press") + r")(?:\s*(?:điện\s+tử|online|\.vn))?",
                             re.IGNORECASE)
_OWN_PAPERS_NAME = re.compile(r"(?:" + word_source("provincial_papers") + r")(?:\s+(?:điện\s+tử|online))?",
                              re.IGNORECASE)


# "Báo Lào Cai - ", "Báo Hà Tĩnh điện tử – ", "Báo Tuổi Trẻ | ": a paper's name opening the headline's line, then a dash
_MASTHEAD_OPENING = re.compile(r"\s*(" + _PAPER_TAG.pattern.removeprefix("(?i)") + r")\s*[-–—|]\s+(?=\w)",
                               re.IGNORECASE)


def _past_a_mastheads_name(headline: str) -> str:
    """``headline`` without the name of a provincial or national paper that opens it before a dash (``Báo Lào Cai -
    Xã Bảo Hà: Thu hoạch quế``: the headline is ``Xã Bảo Hà: Thu hoạch quế``); as it is when it opens otherwise."""
    m = _MASTHEAD_OPENING.match(headline)
    if m is None or not (_papers_province(m.group(2)) or _NATIONAL_PRESS.fullmatch(m.group(2))):
        return headline
    return headline[m.end():]


def _papers_province(name: str) -> Province | None:
    """The province of a paper named ``Báo <name>``: the province of that name, or the one whose paper bears
    another (data/words/provincial_papers.csv: "Điện Biên Phủ", "Đồng Khởi")."""
    return match_province(name, fuzzy=False) or next(
        (get_province(key) for key, pattern in _PROVINCIAL_PAPERS if pattern.fullmatch(name)), None)


# The credit a news page ends with: "Theo Báo Thái Bình", "Nguồn: Báo Nghệ An điện tử", "Hoàng Hà (Theo Báo
# Ninh Bình)", "Nguồn: baobinhdinh.vn": the paper (or its web domain) the item was taken from; or its byline, the
# writer and the paper he writes for ("Minh Đức - Báo Hà Tĩnh", "Hoàng Nam (Báo Hòa Bình)", "PV Báo Lào Cai")
_CREDIT = re.compile(r"(?i)(?:(?:^|\()\s*(?:[^\W\d][^()\n]{0,40}?\(\s*)?(?:theo|nguồn\s*:)"
                     r"|^\s*(?:[^\W\d][^()\n/–—-]{0,40}?\s*(?:[-–—/]|\()|pv|ctv|phóng\s+viên))\s*"
                     r"(?:(?:báo|đài\s+(?:phát\s+thanh\s+(?:và|-)\s+truyền\s+hình|pt\s*-?\s*th))\s+"
                     r"([^\W\d][^()\n]{1,40}?)|([\w.]+\.vn))\s*(?:điện\s+tử|online)?\s*\)?\s*\.?\s*$")
_CREDIT_WORD = lowered_literal_scan(_CREDIT)  # (a cheap test first: most closing lines credit no paper)
CREDIT_LINES = 3  # the credit stands among the last lines with words
_PROVINCIAL_PAPERS = keyed_word_patterns("provincial_papers", "province_key", re.IGNORECASE)


def _credited_paper(plain: str) -> Province | None:
    """The province of the provincial paper a news item credits at its end ("Theo Báo Thái Bình", "Nguồn:
    baothaibinh.vn"): a provincial paper writes of its own province, as its opening tag tells (see
    ``_tagged_province``); None for a national paper or no credit."""
    closing = [ln.strip() for ln in _without_page_links(plain).split("\n") if ln.strip()][-CREDIT_LINES:]
    for line in reversed(closing):
        m = _CREDIT.search(line) if _CREDIT_WORD.search(line.lower()) else None
        if m is None:
            continue
        if m.group(1) is not None:
            # (a paper named other than its province: "Theo Báo Điện Biên Phủ", data/words/provincial_papers.csv)
            return _papers_province(m.group(1))
        return _sites_province(m.group(2))
    return None


_PAPERS_SUFFIX = re.compile(r"(?i)\s+(?:điện\s+tử|online)$")


def _mastheads_province(plain: str) -> Province | None:
    """The province of the provincial paper named on the page's first line ("Báo Gia Lai", "BÁO BẮC NINH ĐIỆN TỬ",
    "Hà Nội Mới", "Gia Lai điện tử"), whatever the page under it names; None for no such name."""
    line = plain[:LEAD_CHARS].lstrip().split("\n", 1)[0].strip(" -–|")
    if len(line) > DATELINE_CHARS_MAX:
        return None
    if (paper := _PAPER_TAG.fullmatch(line)) is not None:
        return _papers_province(paper.group(1))
    if _OWN_PAPERS_NAME.fullmatch(line) is not None:  # ("Hà Nội Mới": a paper known by a name of its own)
        return _papers_province(_PAPERS_SUFFIX.sub("", line))
    if (e_paper := _E_PAPER.fullmatch(line)) is not None:  # ("Gia Lai điện tử": its online edition, "Báo" left out)
        return match_province(e_paper.group(1), fuzzy=False)
    return None


def _masthead_paper_told_first(plain: str) -> Province | None:
    """The masthead paper's province when the page's headline or its lead's first sentence names it first, alone,
    whatever the page names further on ("BÁO HÀ TĨNH" / "... Ủy ban MTTQ tỉnh Hà Tĩnh đã tiếp nhận 18 tỷ đồng" /
    "... chuyển 5 tỷ đồng cho tỉnh A, 4 tỷ đồng cho tỉnh B": the paper tells of its own province's gifts); None when
    its opening leaves it out or joins it with another ("C và D ký kết hợp tác": a pact is the news of neither)."""
    if (own := _mastheads_province(plain)) is None:
        return None
    opening = [t for t in _lead_sentences(_past_the_masthead(plain)) if not _a_dateline(t.strip())][:2]
    named_in = [(t, find_provinces(t)) for t in opening]
    told = [(t, named) for t, named in named_in if any(m.province.key == own.key for m in named)]
    return own if told and all(named[0].province.key == own.key and not _a_pair_of_provinces(t, named)
                               for t, named in told) else None


def _a_pair_of_provinces(sentence: str, mentions: list[ProvinceMention]) -> bool:
    """Does ``sentence`` open on two provinces side by side, or tell of a pact between two, or of both, or of their
    merger (see ``_opens_on_a_pair``, ``_BETWEEN_TWO``, ``_BOTH_OR_MERGED``)?"""
    return (_opens_on_a_pair(sentence, mentions) or _BETWEEN_TWO.search(sentence)
            or _BOTH_OR_MERGED.search(without_asides_on_names(sentence))) is not None


def _masthead_paper(plain: str, in_passing: bool = False) -> Province | None:
    """The province of the provincial paper whose name a page opens with, above its headline ("Báo Gia Lai", "BÁO BẮC
    NINH ĐIỆN TỬ"; see ``_past_the_masthead``); None for a portal's or a national paper's name, or none. With
    ``in_passing``, a page that names another province once, past its headline and its lead's first sentence ("Tỉnh A
    lân cận cũng ..."), is still of the paper's."""
    own = _mastheads_province(plain)
    if own is None:
        return None
    # (a page under it that names another province, "Hà Tĩnh xuất khẩu tăng mạnh", is not of the paper's)
    below = _past_the_masthead(plain)
    others = Counter(m.province.key for m in find_provinces(below) if m.province.key != own.key)
    if in_passing and others and max(others.values()) == 1:
        # (not in the headline nor in the lead's first sentence, which tell what the page is about)
        opening = " ".join([t for t in _lead_sentences(below) if not _a_dateline(t.strip())][:2])
        return own if not any(m.province.key in others for m in find_provinces(opening)) else None
    return None if others else own


# "... dự toán - Báo Lâm Đồng", "... | Báo Gia Lai điện tử", "... - baolamdong.vn": a site's name closing a page's title
_SITE_AFTER_HEADLINE = re.compile(r"\s+[-–|]\s+([^-–|\n]{3,60})$")


def _papers_name_closing(headline: str) -> re.Match[str] | None:
    """The paper's, portal's or site's name that closes ``headline`` after a dash or a bar, with the blanks before it
    (see ``_SITE_AFTER_HEADLINE``); None when the words after the last dash are the headline's own."""
    m = _SITE_AFTER_HEADLINE.search(headline) if ("-" in headline or "–" in headline or "|" in headline) else None
    return m if m is not None and (_a_portals_name(m.group(1)) or _address_line(m.group(1))) else None


def _papers_name_by_the_headline(plain: str) -> Province | None:
    """The province of the provincial paper a page names where its headline ends ("... dự toán - Báo Lâm Đồng") or on
    the line under it ("Thu ngân sách ... dự toán" / "Báo Lâm Đồng"), read as a name above the headline is (see
    ``_masthead_paper``); None for another paper's name, or none."""
    if (marker := DATE_MARKER.match(plain)) is not None:
        plain = plain[marker.end() :]
    headline, _, rest = _past_the_masthead(plain).lstrip().partition("\n")
    if (closing := _papers_name_closing(headline)) is not None:
        return _masthead_paper(f"{closing.group(1)}\n{headline[: closing.start()]}\n{rest}")
    under, _, below = rest.lstrip().partition("\n")
    if under.strip() and _a_portals_name(under.strip()):
        return _masthead_paper(f"{under}\n{headline}\n{below}")
    return None


def _names_no_other_province(plain: str, province: Province) -> bool:
    """Does the text name no province but ``province``, neither by name nor by a district of one province?"""
    named = {m.province.key for m in _provinces_outside_units(plain)}
    named |= {own.key for u in find_units(plain) if (own := district_province(u)) is not None}
    return named <= {province.key}


def _past_datelines(lead: str) -> str:
    """``lead`` from its first line that is no page's date and time: a portal prints its dateline between
    the headline and the tagged lead ("Thứ Sáu, 18/10/2024 - 10:05", "Cập nhật: 05/07/2024 16:40")."""
    at = 0
    while True:
        stripped = len(lead) - len(lead[at:].lstrip())
        end = lead.find("\n", stripped)
        if end < 0 or not _a_dateline(lead[stripped:end].strip()):
            return lead[at:]
        at = end + 1


def _own_paper(plain: str, paper: Province | None) -> Province | None:
    """The paper's province, unless the lead names provinces and not it ("(QNO) - Quảng Ninh, Thanh
    Hoá và Hưng Yên là những địa phương ...": a paper writing of other provinces, not of its own)."""
    named = {p.province.key for sentence in _lead_sentences(plain)[:LEAD_SENTENCES] for p in find_provinces(sentence)}
    return None if paper is None or (named and paper.key not in named) else paper


_RUN_TOGETHER = {re.sub(r"[\s\-]", "", fold(p.name)): p.key for p in all_units()}
DATELINE_CHARS = 25  # a dateline: a province's name, no more


def _run_in_dateline(opening: str) -> Province | None:
    """The province of a dateline printed with no space before the lead ("Vĩnh LongCầu X dài ..."):
    the text's first word run together with the next, a small letter then a capital, and all before
    it one province's name."""
    opening = opening.lstrip()
    at = next((i for i in range(1, min(len(opening), DATELINE_CHARS + 1))
               if opening[i - 1].islower() and opening[i].isupper()), None)
    if at is None:
        return None
    named = find_provinces(opening[:at])
    whole = len(named) == 1 and named[0].start == 0 and named[0].end == at
    return named[0].province if whole else None


def _run_together_province(name: str) -> Province | None:
    """The province whose folded name, its spaces dropped, is ``name`` ("quangngai")."""
    return get_province(_RUN_TOGETHER.get(name, "")) if name in _RUN_TOGETHER else None


def _headline_sentence(plain: str) -> str | None:
    """The text's first line when it is a headline (no full stop, exclamation or colon ends it)."""
    sentences = _lead_sentences(plain)
    if not sentences or sentences[0].rstrip().endswith((".", "!", ":")):
        return None
    return sentences[0]


def _headline_subject(plain: str) -> Province | None:
    """The province a headline line (no full stop: the text's first line) opens with as its
    subject ("Bến Tre xây dựng sáu cầu ...", "Điện Biên 'bất ngờ' lọt top 10 ..."); not two
    provinces ("Hà Nội và TP HCM ...") nor a province named inside a longer name."""
    headline = _headline_sentence(_past_the_masthead(plain))  # ("Báo Nghệ An" / "Hà Tĩnh xuất khẩu tăng mạnh")
    if headline is None:
        return None
    headline = headline.strip()
    named = find_provinces(headline)
    if not named or named[0].start != 0:
        return None
    # ("Quảng Trị (mới) sau 6 tháng ...", "Hòa Bình (nay là Phú Thọ) hoàn thành ...": an aside on the name stands
    # between it and the verb)
    rest = headline[an_aside_on_the_name_after(headline, named[0].end) :].split()
    if not rest or rest[0] in ("và", "-", "–", ",") or not (rest[0][:1].islower() or rest[0][:1] in "'‘\""):
        return None
    # ("Bình Phước khởi công cao tốc đoạn qua Bình Phước - Bình Dương": the subject, whatever its object names)
    return named[0].province


def _lead_subject_province(plain: str) -> Province | None:
    """The province a news item's first sentence opens with as its subject ("Long An có vị trí
    chiến lược, liền kề TP.HCM ..."): the item is about it, whatever neighbours it names later. Not
    two provinces side by side ("Hà Nội và TP HCM có ...")."""
    first = _lead(plain).rsplit("\n", 1)[-1].strip()
    if len(first) < FIRST_SENTENCE_CHARS:  # no sentence of the body proper in the lead
        return None
    named = find_provinces(first[:60])
    if not named or first[: named[0].start].strip(" -–(").lower() not in ("", "tỉnh", "thành phố"):
        return None
    rest = first[named[0].end :].split()
    return named[0].province if rest and rest[0][:1].islower() and rest[0] != "và" else None


# "cầu Đại Ngãi nối hai tỉnh Trà Vinh - Sóc Trăng", "chỉ đạo hai tỉnh Khánh Hòa và Đắk Lắk": a lead
# that joins provinces speaks of a work or a matter they share (folded text)
# ("đường nối TP.HCM - Mộc Bài" joins places, not provinces: only a province joined as one says so)
# ("hai tỉnh", "liên tỉnh", "giữa tỉnh Cao Bằng và tỉnh Lạng Sơn": folded)
_JOINT_PROVINCES = re.compile(r"\b(?:hai|2|ba|3|cac)\s+tinh\b|\bnoi\s+(?:lien\s+)?tinh\b|\bgiua\s+tinh\b")
# ("TP. Hồ Chí Minh": the abbreviation of "thành phố" ends no sentence)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])(?<!\bTP\.)(?<!\bTp\.)\s+|\n+")
LEAD_CHARS = 600  # the opening of a news item: its headline and first sentences


# "dông lốc tại một số tỉnh thành khiến ...", "Sau bão số 8, cả nước có ...": a lead whose scope is
# several provinces or a region (data/words/many_provinces.csv); the sections per province after it
# ("Sơn La: 1 người chết") are parts of a summary about none of them alone
_MANY_PROVINCES = word_pattern("many_provinces")
LEAD_SENTENCES = 2  # the headline (or the first line) and the first sentence


def _joint_lead(plain: str) -> bool:
    """Does a sentence of the lead join two provinces ("hai tỉnh X và Y") or list three or more
    ("4 khu công nghiệp ở X, Y, Z và W"), or do its first sentences speak of several provinces or a
    region? The text is then about none of them alone."""
    opening = _lead_sentences(plain)
    if any(_speaks_of_many(s) for s in opening[:LEAD_SENTENCES]):
        return True
    return any(_joins_provinces(sentence, scope=False) for sentence in opening)


# "Đại hội Thể thao toàn quốc", "Hội khỏe Phù Đổng toàn quốc": an event of the whole country that a province's team
# or pupils take part in (data/words/events_of_the_country.csv); the news is the province's, not the country's
_EVENT_OF_THE_COUNTRY_BEFORE = re.compile(
    r"(?<!\w)(?:" + word_source("events_of_the_country") + r")(?!\w)[^.;:,!?\n]{0,40}$", re.IGNORECASE
)
EVENT_NAME_REACH = 60  # characters before "toàn quốc": the event's word and its name


def _speaks_of_many(sentence: str) -> bool:
    """Does ``sentence`` speak of several provinces or a region, other than in the list a rank is said after
    ("đứng thứ 8 cả nước, sau TP. Hà Nội và các tỉnh Bình Dương, Đồng Nai": the ones ranked ahead) or in the name of
    an event of the whole country ("giành 52 huy chương tại Đại hội Thể thao toàn quốc")?"""
    return any(
        not _ranked_ahead_in_a_list(sentence, m.start())
        and _EVENT_OF_THE_COUNTRY_BEFORE.search(sentence, max(0, m.start() - EVENT_NAME_REACH), m.start()) is None
        and not _localities_of_the_one_province_before(sentence, m)
        for m in _MANY_PROVINCES.finditer(sentence)
    )


# "địa phương" closing a match of many_provinces.csv ("một số địa phương", "nhiều địa phương"), not "... khác" after it
_LOCALITIES = re.compile(r"địa\s+phương$", re.IGNORECASE)
_OTHERS_AFTER = re.compile(r"\s+khác\b")
# what stands before a province named as the sentence's source or subject: nothing, or "Theo" and its body ("Theo Sở
# Y tế Hà Nội"), no clause between
_A_SOURCE_OR_SUBJECT_BEFORE = re.compile(r"\W*(?:[Tt]heo\b[^,;:.]*?)?(?:(?:tỉnh|thành\s+phố|TP\.?)\s*)?")


def _localities_of_the_one_province_before(sentence: str, many: re.Match[str]) -> bool:
    """Are the "localities" a sentence speaks of those of the one province it names before them, as its source or
    subject, and no other ("Theo Sở Y tế Hà Nội, tuần qua, một số địa phương có nhiều ca mắc ...": the city's
    districts), not other provinces ("các địa phương khác")?"""
    if _LOCALITIES.search(many.group()) is None or _OTHERS_AFTER.match(sentence, many.end()):
        return False
    mentions = find_provinces(sentence)
    if len({m.province.key for m in mentions}) != 1 or mentions[0].start > many.start():
        return False
    return _A_SOURCE_OR_SUBJECT_BEFORE.fullmatch(sentence, 0, mentions[0].start) is not None


def _joins_provinces(sentence: str, scope: bool = True) -> bool:
    """Does ``sentence`` join two provinces, list three or more, or (with ``scope``) speak of
    several provinces or a region?"""
    if scope and _speaks_of_many(sentence):
        return True
    sentence = without_asides_on_names(sentence)
    mentions = find_provinces(sentence)
    if mentions and not sentence[: mentions[0].start].strip() and (ranked := _RANKED_AFTER.search(sentence)):
        mentions = find_provinces(sentence[: ranked.start()])  # (the provinces ranked before the subject)
    # ("Số doanh nghiệp của tỉnh đứng thứ 8 cả nước, sau A, B và C": the provinces ranked ahead of the subject)
    # (nor the provinces a figure of the subject is compared with: "gấp 1,3 lần so với tỉnh X")
    # (nor the ends a road or railway is named by: "tuyến đường sắt Lào Cai – Hà Nội – Hải Phòng đoạn qua tỉnh A")
    mentions = [m for m in mentions if not _ranked_ahead_in_a_list(sentence, m.start)
                and not _compared_with(sentence, m.start) and not _a_routes_end(sentence, m.start)]
    named = {m.province.key for m in mentions}
    if len(named) >= 3:
        return True
    return (
        len(named) == 2
        and (
            _JOINT_PROVINCES.search(fold(sentence))
            or _BOTH_OR_MERGED.search(sentence)
            or _BETWEEN_TWO.search(sentence)
            or _opens_on_a_pair(sentence, mentions)
            or _an_area_of_a_pair(sentence, mentions)
        )
        is not None
    )


# "(HNM) - Quảng Ngãi và Gia Lai đang khắc phục ...", "Tỉnh Sơn La và tỉnh Điện Biên ...": a sentence whose subject
# is two provinces side by side, after a paper's tag maybe, is about both ("hàng về Hà Nội và TP.HCM" further on is not)
_PAPERS_TAG = re.compile(r"[^\w\n(]*(?:\([^()\n]{2,30}\)\s*[-–—]\s*)?")
_PAIRED = re.compile(r"\s*(?:,|và)\s*(?:tỉnh\s+|thành\s+phố\s+|TP\.?\s*)?", re.IGNORECASE)


def _opens_on_a_pair(sentence: str, mentions: list[ProvinceMention]) -> re.Match[str] | None:
    """The joint of two provinces that open ``sentence`` side by side (see ``_PAIRED``), or None."""
    if len(mentions) < 2 or mentions[0].start != _PAPERS_TAG.match(sentence).end():
        return None
    first, second = mentions[0], mentions[1]
    joint = _PAIRED.match(sentence, first.end)
    return joint if joint is not None and joint.end() == second.start and "và" in joint.group().lower() else None


# "(địa bàn tỉnh A và B)", "phụ trách địa bàn hai tỉnh A và B": the area an office serves, named right before it
_AREA_BEFORE = re.compile(r"\bđịa\s+bàn\s+(?:(?:hai|2)\s+(?:tỉnh\s+)?)?$", re.IGNORECASE)
AREA_REACH = 20


def _an_area_of_a_pair(sentence: str, mentions: list[ProvinceMention]) -> re.Match[str] | None:
    """The joint of two provinces named side by side as the area an office serves ("Kho bạc Nhà nước khu vực VII (địa
    bàn tỉnh A và B) đã thanh toán ..."): a regional office's figures are of both, the text of neither alone; or
    None."""
    for first, second in itertools.pairwise(mentions):
        joint = _PAIRED.match(sentence, first.end)
        if (
            joint is not None
            and joint.end() == second.start
            and "và" in joint.group().lower()
            and _AREA_BEFORE.search(sentence, max(0, first.start - AREA_REACH), first.start) is not None
        ):
            return joint
    return None


# "Sóc Trăng là địa phương thứ sáu công bố ..., sau Tiền Giang, Bến Tre, Long An": a sentence that opens on
# its province and ranks it after others compares it with them; it does not join them
_RANKED_AFTER = re.compile(r",?\s+(?:chỉ\s+|đứng\s+|xếp\s+)?sau\s+(?:các\s+tỉnh\s+|tỉnh\s+)?[A-ZĐ][^.;]*[.;]?\s*$")
# "Lễ ký kết hợp tác giữa TP. Hồ Chí Minh và tỉnh B", "Quảng Ninh và Hải Phòng ký kết ...": an agreement of two
# provinces, or what lies between them, is the news of neither ("tỉnh A ký kết với tỉnh B": A's, its host)
_BETWEEN_TWO = re.compile(r"\bgiữa\b(?:TP\.|Tp\.|[^.;\n])*?\svà\s"
                          r"|\svà\s[^.;\n]{0,60}?\b(?:ký\s+kết|ký\s+thỏa\s+thuận|kết\s+nghĩa)\b", re.IGNORECASE)
# "cả Đồng Nai và Bình Phước đều ...", "sáp nhập Bình Định và Gia Lai": both provinces, or their merger
_BOTH_OR_MERGED = re.compile(r"\bcả\s+(?:tỉnh\s+)?[A-ZĐ]|\b(?:[Ss]áp\s+nhập|[Hh]ợp\s+nhất)\b")


def _lead(plain: str) -> str:
    """A news item's headline lines and its first real sentence (page debris, a date or a short
    caption before it are kept: they are short lines)."""
    kept: list[str] = []
    for sentence in _lead_sentences(plain):
        kept.append(sentence)
        if len(sentence) >= FIRST_SENTENCE_CHARS:
            break
    return "\n".join(kept)


def _lead_sentences(plain: str) -> list[str]:
    """The sentences (and headline lines) of a news item's opening, after a collector's
    ``date YYYY-MM`` marker (placement's ``DATE_MARKER``)."""
    opening = plain[:LEAD_CHARS]
    if (marker := DATE_MARKER.match(opening)) is not None:
        opening = opening[marker.end() :].lstrip()
    sentences = [s for s in _SENTENCE_BREAK.split(opening) if s.strip()]
    if len(sentences) > 1 and " date " in opening[: len(sentences[0]) + 30]:
        # "Tiêu đề\n date 2025-12-13 Tiêu đề\nTÊN TÁC GIẢ\n(GLO)- Ngày 13-12, ...": the headline the page
        # repeats after its date and the byline under it are no sentences of the lead
        again = DATE_MARKER.sub("", sentences[1]).strip()
        if again == sentences[0].strip():
            sentences = [sentences[0]] + [t for t in sentences[2:] if not _BYLINE.fullmatch(t.strip())]
    if "Ảnh" in opening:
        # "Nhà dân bị tốc mái. (Ảnh: TTXVN)": a photo's credit in brackets is no sentence of the lead
        sentences = [s for s in sentences if not _PHOTO_CREDIT.fullmatch(s.strip())]
    return sentences


_PHOTO_CREDIT = re.compile(r"\(\s*(?:Ảnh|ẢNH)\s*:[^()]{0,80}\)\s*\.?")


# a byline: the writer's name alone on its line, two to four capitalised words, in capitals or not ("CHU HẰNG",
# "Hải Huế", "Thanh Bình"), or two writers' names ("NGỌC ANH - VĂN HẢI")
_BYLINE_NAME = r"(?:" + UPPER + r"[^\W\d_]*\.?\s+){1,3}" + UPPER + r"[^\W\d_]*"
_BYLINE = re.compile(_BYLINE_NAME + r"(?:\s*[-–]\s*" + _BYLINE_NAME + r")?")


FIRST_SENTENCE_CHARS = 60  # shorter lines before it are a headline, a date, a breadcrumb
COMMUNE_LEAD_SENTENCES = 3  # a headline, a caption, then the sentence that names the commune
# "toàn tỉnh", "các xã", "trên địa bàn huyện": the text adds up over a whole unit or several
# communes, so it is not told from one commune
# ("dự toán tỉnh giao": the province's estimate the commune is held to, no sum over the province)
_WHOLE_UNIT = re.compile(
    r"\b(?:(?<!\bdu\s)toan|ca|khap)\s+(?:tinh|huyen|thanh\s+pho)\b|\btren\s+dia\s+ban\s+(?:tinh|huyen)\b"
    # a count, not a date's day nor a year ("cuối năm 2021 xã yêu cầu ...") nor a time's minutes ("10:00" ending a
    # dateline, the headline "Xã X ..." on the next line): a count stands on the line of its noun
    r"|\b(?:cac|nhieu|nhung)\s+(?:xa|huyen|phuong)\b"
    r"|(?<![\d/.\-:])(?!(?:19|20)\d\d\b)\d+[^\S\n]+(?:xa|huyen|phuong)\b"
)
# "sau khi sáp nhập từ 3 xã: ...", "các xã ... trước khi sáp nhập": the communes a 2025 commune was
# made of, not communes it adds up over; so are communes marked former ("3 xã A, B, C (cũ)")
_MERGED_FROM = re.compile(r"\bsap\s+nhap\b|\bhop\s+nhat\b|\(\s*cu\s*\)")
# ... or said former after their word, or of what they are now ("trên địa bàn các xã cũ (nay là xã Ea Kly)"; written
# with its marks: folded, "cũ" would be "cư" too)
_FORMER_COMMUNES = re.compile(
    rf"\b(?:{unit_words_source('commune', only=True)})\s+cũ\b|(?<!hiện\s)\bnay\s+là\b", re.IGNORECASE
)
MERGER_WINDOW = 80  # characters either side of a count of communes


def _adds_up_over_units(plain: str) -> bool:
    """The text sums over a whole province or district or over several communes (``toàn tỉnh``,
    ``các xã``, ``37 xã``), so no one commune tells it. ``nhưng xã`` (but the commune) is not
    ``những xã`` (the communes), and the communes merged into a new one are not a sum."""
    nfc_text = plain[:20000]
    folded = fold(nfc_text)
    for m in _WHOLE_UNIT.finditer(folded):
        if folded.startswith("nhung", m.start()) and nfc_text[m.start() : m.start() + 5].lower() == "nhưng":
            continue  # fold is one character per character, so the written word sits at the same place
        if m.group().split()[0] in ("cac", "nhung") or m.group()[0].isdigit():
            window = slice(max(0, m.start() - MERGER_WINDOW), m.end() + MERGER_WINDOW)
            if _MERGED_FROM.search(folded[window]) or _FORMER_COMMUNES.search(nfc_text[window]):
                continue
        return True
    return False


# The commune speaks or acts: its bodies ("Chủ tịch UBND xã", "Đảng ủy phường", "chính quyền xã")
_COMMUNE_WORD = r"(?:xa|phuong|thi\s+tran|dac\s+khu)\s"
# (its bodies may be listed before the one word: "Đảng ủy, Chính quyền, Mặt trận và Nhân dân xã X tổ chức ...")
# (or one of its mass organisations: "Hội Nông dân xã X tổ chức Đại hội", "Ủy ban MTTQ phường Y")
_COMMUNE_BODY = re.compile(
    r"\b(?:ubnd|uy\s+ban\s+nhan\s+dan|dang\s+uy|dang\s+bo|hdnd|chinh\s+quyen|"
    r"hoi\s+(?:nong\s+dan|(?:lien\s+hiep\s+)?phu\s+nu|cuu\s+chien\s+binh)|doan\s+thanh\s+nien|"
    r"(?:uy\s+ban\s+)?(?:mttq|mat\s+tran\s+to\s+quoc)(?:\s+viet\s+nam)?|"
    # (its radio station, whose bulletin it is: "Đài Truyền thanh xã A", "ĐÀI TT-VH-TT XÃ B", "Đài phát thanh phường C")
    r"dai\s+(?:truyen\s+thanh|phat\s+thanh|tt(?:\s*-\s*[a-z]{1,3})*))"
    r"(?:\s*,\s*[a-z]+(?:\s+[a-z]+)?){0,4}(?:\s+va\s+[a-z]+(?:\s+[a-z]+)?)?\s+" + _COMMUNE_WORD
)
# ... or a lead line opens with it ("Xã Hưng Đạo: ...", "Ngày 20/11/2013, xã Quảng An ... tổ chức"),
# also after its district's name and a colon ("Thanh Liêm: Xã Thanh Hương tổ chức ...")
# (or after the time its figures cover: "Trong 10 tháng năm 2025, phường A thu ngân sách ...", "Quý I/2026, xã B ...")
# (its months counted in words too: "Bảy tháng năm 2026, phường A ...", "Mười một tháng ...")
_MONTHS_COUNTED = rf"(?:\d{{1,2}}|(?:{fold(ONE_TO_TEN_WORDS)})(?:\s+(?:mot|hai))?)\s+thang"
_FIGURES_TIME = (rf"(?:trong\s+|tinh\s+chung\s+)?(?:{_MONTHS_COUNTED}(?:\s+dau)?\s+|thang\s+\d{{1,2}}\s*"
                 r"|quy\s+[ivx]+\s*)?(?:nam|/)\s*(?:19|20)\d\d\s*,\s*")
# ("Nông dân xã A thu hoạch lúa ...": its people acting, data/words/commune_people.csv, folded)
_COMMUNE_PEOPLE = "|".join(phrase_source(fold(words)) for words in word_list("commune_people"))
_OPENS_WITH_COMMUNE = re.compile(
    r"(?m)^\W*(?:(?:ngay|sang|chieu|toi|trua)\s+[\d/.\-]+\s*,\s*|\w+(?:\s\w+){0,2}\s*:\s*"
    r"|(?:" + _COMMUNE_PEOPLE + r")\s+"
    # ("Hạ Long, 5/11/2025 (TTXVN) - Phường Hạ Long ...": the commune that opens the lead after its date line)
    # (the time its figures cover may come between: "Đắk Ơ (Bình Phước), 12/10/2025 - Năm 2025, xã Đắk Ơ có ...")
    r"|[^\W\d][^,\n\d]{0,30},\s*[\d/.\-]+\s*(?:\([^()\n]{2,20}\)\s*)?[-–—]\s*(?:" + _FIGURES_TIME + r")?"
    # ("LCĐT - Xã Bảo Hà đã ...", "(Báo Lào Cai) - Năm 2026, phường A ...", "Báo Lào Cai - Xã Bảo Hà: ...": after
    # the paper's tag or name opening the lead or the headline)
    r"|(?:\([^()\n]{2,30}\)|[^\W\d_]{2,6}|bao(?:\s+[^\W\d_]+){1,3})\s*[-–—]\s*(?:" + _FIGURES_TIME + r")?"
    r"|" + _FIGURES_TIME + r")?" + _COMMUNE_WORD
)


# "Tính đến 17h ngày 28/10, trên địa bàn phường A có 12 nhà bị tốc mái", "Từ đầu năm, trên địa bàn xã B xảy ra 3 vụ
# cháy": the lead counts what the commune has, its name closing the place (not "xã C, huyện D": an address; nor a
# work's "trên địa bàn xã E có tổng mức đầu tư ...") (folded)
_COUNTED_OVER_THE_COMMUNE = re.compile(r"\btren\s+dia\s+ban\s+" + _COMMUNE_WORD + r"[a-z' ]{1,30}?\s+"
                                       r"(?:co(?!\s+tong\b)|xay\s+ra|ghi\s+nhan|da\s+co)\b")


# "... ngày 4/12 thôn Thể Hội, xã Việt Ngọc tổ chức lễ khánh thành ...": a hamlet named with its commune in the
# lead is the commune's own people acting (not "tại thôn X, xã Y" nor "ở thôn X, xã Y": an address); the comma
# may be left out ("Thôn Bản Chang xã Đồng Lạc tổ chức ...")
# (a ward's quarter too, named by its number: "Ban Công tác Mặt trận khu phố 5, phường X vừa tổ chức ...")
_HAMLET_OF_COMMUNE = re.compile(
    r"(?<!\btai )(?<!\bo )\b(?:(?:thon|ap|xom)\s+[a-z]+|(?:khu\s+pho|to\s+dan\s+pho)\s+[a-z0-9]+)"
    r"(?:\s+[a-z0-9]+){0,2}\s*,?\s*" + _COMMUNE_WORD
)


def _lead_commune(plain: str) -> UnitMention | None:
    """The commune (xã, phường, thị trấn) a news item's lead names first, when the commune tells or
    does what the item reports (``Chủ tịch UBND xã X cho biết ...``, ``Xã X: Đầu tư ...``) and the
    text never adds up over a whole province or district. A commune in an address ("tại xã X,
    huyện Y, tỉnh Z") only says where a project of the province lies."""
    lead = _lead(plain)
    # (not a commune written as former: "Phường Hưng Bình (cũ) nay là phường Trường Vinh ...", the ward of today acts)
    communes = [u for u in find_units(lead) if u.admin_level == "commune" and not _named_as_former(lead, u)]
    if not communes and not lead.rstrip().endswith((".", "!", "?", "…")):
        # a long headline or a photo caption (no full stop) first: the commune in the sentences after it
        lead = "\n".join(_lead_sentences(plain)[:COMMUNE_LEAD_SENTENCES])
        communes = [u for u in find_units(lead) if u.admin_level == "commune" and not _named_as_former(lead, u)]
    if not communes:
        return _caption_commune(plain)
    if (headlined := _commune_a_headline_opens_with(lead)) is not None:
        # ("Xã Ia O: thu ngân sách 9 tháng đạt 45,2 tỷ đồng" over "... Toàn tỉnh thu ngân sách 9 tháng đạt ...": the
        # commune the headline is about, the province's sum only the yardstick its body sets beside it)
        return headlined
    if _adds_up_over_units(plain):
        return None
    folded = fold(plain[:20000])
    folded_lead = fold(lead)
    if (_COMMUNE_BODY.search(folded) or _OPENS_WITH_COMMUNE.search(folded_lead)
            or _HAMLET_OF_COMMUNE.search(folded_lead)):
        return communes[0]
    if not lead.rstrip().endswith((".", "!", "?", "…")):
        # a headline without a full stop, then "Sáng 9/4, xã A tổ chức khánh thành ...": the commune
        # that opens the first sentence after it acts in the news
        first = next(iter(_lead_sentences(plain)[1:2]), "")
        # (or names a hamlet or quarter of it acting: "Ban Công tác Mặt trận khu phố 5, phường X vừa tổ chức ...")
        folded_first = fold(first)
        opened = _OPENS_WITH_COMMUNE.match(folded_first) or _HAMLET_OF_COMMUNE.search(folded_first)
        acting = [u for u in find_units(first) if u.admin_level == "commune"]
        if opened is not None and acting and acting[0].start <= opened.end():
            return acting[0]
    # (a lead naming two communes, "Trạm Y tế xã A và Trạm Y tế xã B", tells their district's news)
    if len({unit.key for unit in communes}) > 1:
        return None
    if "tren dia ban" in folded_lead and _COUNTED_OVER_THE_COMMUNE.search(folded_lead):
        return communes[0]  # ("Tính đến 17h ngày 28/10, trên địa bàn phường A có 12 nhà bị tốc mái")
    if (_names_a_hazard(lead) and not _a_headline_of_the_province_alone(plain)
            and {(u.admin_level, u.key) for u in find_units(plain[:LEAD_CHARS * 10])
                 if u.admin_level != "province"} == {("commune", communes[0].key)}):
        # "Lốc xoáy tại xã A (tỉnh B) làm tốc mái 20 nhà": a disaster that struck one commune only is that
        # commune's news, as one that struck a district is the district's (a district named with it, as before the
        # 2025 merger, is read as before: the district tells the damage)
        return communes[0]
    # (nor is a commune's work the item's subject when a district named before it acts: "Dịp này, huyện Cư M'gar
    # đưa vào sử dụng Trường THCS A ...; và Trạm y tế xã B": one of the works of a province's or district's news)
    return next((unit for unit in communes if _names_a_work_of(lead, unit)
                 and not any(u.admin_level == "district" for u in find_units(lead[:unit.start]))), None)


def _a_headline_of_the_province_alone(plain: str) -> bool:
    """Does the item's headline name a province and no commune ("Cháy rừng ở Điện Biên, thiêu rụi 25 ha rừng" over
    "... tại bản A, xã B.")? The commune its lead names then is where the event struck, the news the province's."""
    headline = _headline_or_heading_line(plain)
    return headline is not None and bool(_provinces_outside_units(headline)) and not any(
        u.admin_level == "commune" for u in find_units(headline))


def _headline_or_heading_line(plain: str) -> str | None:
    """The item's headline, or its first line when that is a short one closed by a full stop ("Tỉnh A, tháng
    11/2026." over a bulletin's items): what the text says it is about before its body, or None."""
    if (headline := _headline_sentence(plain)) is not None:
        return headline
    line = _FIRST_LINE.search(plain)
    return line.group() if line is not None and len(line.group()) <= DATELINE_CHARS_MAX else None


def _a_headline_of_the_province_without(plain: str, province: Province, district: UnitMention) -> bool:
    """Does the item's headline name ``province`` as one ("tỉnh Đồng Nai", "TP X") and not ``district`` ("Giải ngân
    vốn đầu tư công tỉnh A 9 tháng" over "... trong đó UBND thành phố B đạt 22,1%")? The province's item then quotes
    the district's committee as one of its actors (an investor, a unit ranked), not as the item's own teller."""
    headline = _headline_or_heading_line(plain)
    if headline is None or re.search(r"(?<!\w)" + re.escape(district.name) + r"(?!\w)", headline, re.IGNORECASE):
        return False
    return any(m.province.key == province.key and m.prefixed for m in _provinces_outside_units(headline))


HEADLINE_LINES_OVER_A_LEAD = 3  # a masthead, a headline, a caption above the lead's sentence


def _commune_a_headline_opens_with(lead: str) -> UnitMention | None:
    """The commune a line over the lead's sentence opens with, a colon after its name ("Xã Ia O: thu hoạch ..."), or
    whose bulletin it heads ("Bản tin xã Mường Phăng (tỉnh Điện Biên) - tháng 3/2026"), or None."""
    for line in lead.split("\n")[:-1][:HEADLINE_LINES_OVER_A_LEAD]:
        line = line.strip()
        bulletin = _A_BULLETINS_NAME.match(line)
        at = bulletin.end() if bulletin is not None else 0
        opening = find_units(line[at : at + UNIT_NAME_CHARS])
        if (
            opening
            and opening[0].admin_level == "commune"
            and opening[0].start == 0
            and (bulletin is not None or line[at + opening[0].end :].lstrip().startswith(":"))
        ):
            return opening[0]
    return None


# "Bản tin xã A", "BẢN TIN PHƯỜNG B": a bulletin named after the commune it is of
_A_BULLETINS_NAME = re.compile(r"\W*bản\s+tin\s+", re.IGNORECASE)


# "Trạm Y tế xã X", "Trường Mầm non xã X", "cầu ấp 3, xã X": a work named by the commune it stands in
# (its hamlet may come between) is the commune's own work, so the item telling of it is the commune's
# news (data/words/commune_works.csv: facilities, not roads, for "đường tránh thị trấn X" is the
# place a road bypasses); a commune only after "tại" is an address ("dự án ... tại xã X")
_COMMUNE_WORK_BEFORE = re.compile(
    r"(?:^|\W)(?:" + word_source("commune_works") + r")"
    r"(?:\s+(?:thôn|ấp|xóm|bản|tổ)\s+\w+(?:\s+\w+)?\s*,)?\s+$",
    re.IGNORECASE,
)
COMMUNE_WORK_REACH = 60  # characters before the commune: a work noun and a hamlet's name


def _names_a_work_of(lead: str, commune: UnitMention) -> bool:
    """The lead names a work by ``commune`` ("Trạm Y tế xã Tiên Hội", "cầu ấp 3, xã Mỹ Nhơn")."""
    before = lead[max(0, commune.start - COMMUNE_WORK_REACH) : commune.start]
    return _COMMUNE_WORK_BEFORE.search(before) is not None


def _caption_commune(plain: str) -> UnitMention | None:
    """A commune whose body the sentences right after a full first sentence name (a photo caption:
    ``Phó Bí thư Đảng ủy phường Phú Xuân trình bày báo cáo``) when the lead names no place: the
    item is that commune's (a commune only in an address, ``tại xã X``, is not)."""
    if find_provinces(_lead(plain)):
        return None
    following = "\n".join(_lead_sentences(plain)[1:COMMUNE_LEAD_SENTENCES])
    for unit in find_units(following):
        if unit.admin_level != "commune":
            continue
        if _COMMUNE_BODY.search(fold(following[max(0, unit.start - BODY_REACH) : unit.end])):
            return None if _adds_up_over_units(plain) else unit
    return None


BODY_REACH = 24  # "Ủy ban nhân dân " / "Đảng ủy " right before the commune word


# "xã Hưng Đạo (Tiên Lữ)": the district of a commune, in brackets after it
# ("xã Thanh Lộc (Can Lộc, Hà Tĩnh)": the district may be followed by its province)
_BRACKETED_DISTRICT = re.compile(r"\(\s*([A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3})"
                                 r"(?:\s*,\s*(?:tỉnh\s+)?([A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3}))?\s*\)")


# a hamlet's name right before a bracket ("thôn Trường Thanh (Xuân Trường)", "ấp 3 (Mỹ Hòa)"): its commune, one level up
_HAMLET_BEFORE_BRACKET = re.compile(
    r"(?<!\w)(?:thôn|ấp|xóm|bản|tổ\s+dân\s+phố|khu\s+phố)\s+\w+(?:\s+\w+){0,3}\s*$", re.IGNORECASE
)
# (folded) a hamlet, its commune in brackets, then what it does: "thôn A (B) tổ chức ..."
_HAMLET_ACTS = re.compile(
    r"\b(?:thon|ap|xom|ban)\s+[a-z0-9]+(?:\s+[a-z0-9]+){0,3}\s*\([^()]{1,40}\)\s*(?:(?:vua|da)\s+)?to\s+chuc\b"
)
HAMLET_REACH = 40  # characters: the hamlet word and a name of up to four words


def _bracketed_districts(lead: str) -> Iterator[District]:
    """The districts named in brackets after a commune, "(Tiên Lữ)" or "(Can Lộc, Hà Tĩnh)" (then of
    the province named after it)."""
    for m in _BRACKETED_DISTRICT.finditer(lead):
        if _HAMLET_BEFORE_BRACKET.search(lead, max(0, m.start() - HAMLET_REACH), m.start()):
            continue  # "thôn Trường Thanh (Xuân Trường)": the bracket after a hamlet names its commune
        district = district_named(m.group(1))
        if district is None:
            continue
        if m.group(2) is not None and ((named := match_province(m.group(2), fuzzy=False)) is None
                                       or as_named_before_2025(named).key != district.province_key):
            continue
        yield district


def _lead_districts(plain: str, skip_former: bool = False) -> Iterator[tuple[str, str, bool]]:
    """(key, province key, named as its party committee) of each district a news lead names whose name
    belongs to one province only (``huyện Quảng Điền``, or the bracketed ``(Tiên Lữ)`` after a commune);
    with ``skip_former``, not the districts it writes as former (``huyện Quỳ Hợp cũ``)."""
    lead = _lead(plain)
    for u in find_units(lead):
        if skip_former and _named_as_former(lead, u):
            continue
        if u.admin_level == "district" and (own := district_province(u)) is not None:
            yield u.key, own.key, u.party
    for district in _bracketed_districts(lead):
        yield place_key(district.kind, district.name), district.province_key, False


BRACKETS_REACH = 1500


def _bracketed_district_province(plain: str) -> Province | None:
    """The one province of the districts a lead names only in brackets after a commune ("xã A (Ninh Phước)"),
    when the text names no district as "huyện X" (districts of several provinces settle nothing). A "huyện X"
    whose name two provinces share ("huyện Phong Điền") settles nothing either: then the brackets of the text's
    opening paragraphs say which ("xã Quảng Công (Quảng Điền)")."""
    districts = [u for u in find_units(plain) if u.admin_level == "district"]
    if any(district_province(u) is not None for u in districts):
        return None
    lead = plain[:BRACKETS_REACH] if districts else _lead(plain)
    named = {d.province_key for d in _bracketed_districts(lead)}
    return get_province(next(iter(named))) if len(named) == 1 else None


# a table's row: cells parted by tabs or bars, a number's cell maybe first ("1<TAB>Tam Nông<TAB>85.000")
_TABLE_CELLS = re.compile(r"\s*[\t|]\s*")
_ROW_NUMBER = re.compile(r"[\dIVXivx.]{1,5}")
TABLE_DISTRICTS_MIN = 2  # rows of bare district names that make a table's place column


def _table_districts_province(plain: str) -> Province | None:
    """The one province whose districts (or communes) a pasted table names bare, a row each ("1<TAB>Tam Nông<TAB>85.000"
    / "2<TAB>Yên Lập<TAB>92.000"), when the text names no place otherwise: the province every such row's name may be of
    (a name two provinces share, Tam Nông, is settled by the rows beside it), the districts and communes of before the
    2025 merger read apart from the communes of after it; None when the rows' labels are mostly no unit's, or leave
    it open."""
    if "\t" not in plain and "|" not in plain:
        return None  # (a cheap test first: most texts hold no pasted table)
    readings: dict[str, list[set[str]]] = {"before": [], "2025": []}
    labels = 0
    for line in plain.split("\n"):
        cells = [c for c in _TABLE_CELLS.split(line.strip(" |")) if c]
        if len(cells) < TABLE_ROW_TABS + 1:
            continue
        label = cells[1] if _ROW_NUMBER.fullmatch(cells[0]) and len(cells) > 1 else cells[0]
        if not label[:1].isupper() or any(ch.isdigit() for ch in label):
            continue
        labels += 1
        if match_province(label, fuzzy=False) is not None:
            continue
        before = {d.province_key for d in districts_named(label)} | communes_named(label, COMMUNE_ERAS[0])
        for era, keys in (("before", before), ("2025", communes_named(label, COMMUNE_ERAS[1]))):
            if keys:
                readings[era].append(set(keys))
    placed: list[Province] = []  # (the reading of before first: a province merged away is read as today's below)
    for rows in readings.values():
        common = set.intersection(*rows) if rows else set()
        if len(common) == 1 and len(rows) >= TABLE_DISTRICTS_MIN and 2 * len(rows) >= labels:
            placed.append(get_province(common.pop()))
    # (the two readings of one territory agree: Tiền Giang's districts of before, Đồng Tháp's communes of after)
    return placed[0] if placed and all(p.successor_key == placed[-1].successor_key for p in placed) else None


# the bare name after a commune and a comma, before the next comma or colon ("Xã A, B, Hà Nội:")
_BARE_NAME_AFTER = re.compile(r"\s*,\s*([^\W\d_][^\W\d_]*(?:\s+[^\W\d_]+){0,3}?)\s*[,:]")


def _shared_lead_district(plain: str, commune: UnitMention, province: Province | None) -> District | None:
    """The district a news lead names its commune in ("huyện Tam Nông", or bare in brackets: "(Tam Nông)")
    when several provinces have a district of that name: the one of ``province``, or with none, of the one
    province among them whose communes include ``commune`` (by the list before 2025, when districts stood);
    None when the lead names no such district or it stays unsettled."""
    lead = _lead(plain)
    names = [u.name for u in find_units(lead) if u.admin_level == "district" and len(district_province_keys(u)) > 1]
    names += [m.group(1) for m in _BRACKETED_DISTRICT.finditer(lead) if m.group(2) is None]
    for name in names:
        shared = districts_named(name)
        if len({d.province_key for d in shared}) < 2:
            continue  # (one province's district: read by the rules above)
        if province is not None:
            own = [d for d in shared if d.province_key == province.key]
        else:
            keys = commune_province_keys(commune, False) & {d.province_key for d in shared}
            own = [d for d in shared if d.province_key in keys] if len(keys) == 1 else []
        if len(own) == 1:
            return own[0]
    return None


def _bare_district_after(plain: str, commune: UnitMention, province: Province) -> District | None:
    """The district of ``province`` named bare right after the commune's first mention, else None."""
    at = plain.find(commune.name, 0, 1500)
    found = _BARE_NAME_AFTER.match(plain, at + len(commune.name)) if at >= 0 else None
    if found is None:
        return None
    name = fold(found.group(1))
    return next((d for d in districts_of(province.key) if fold(d.name) == name), None)


def _lead_district(plain: str) -> tuple[str, str] | None:
    """(key, province key) of the one district a news lead names, not as its party committee, else None."""
    # (a 2025 commune's old district, "(huyện Quỳ Hợp cũ)", is its past, no district of today)
    named = {(key, province) for key, province, party in _lead_districts(plain, skip_former=True) if not party}
    return next(iter(named)) if len(named) == 1 else None


def _lead_district_province(plain: str) -> Province | None:
    """The province of the first district a news lead names."""
    first = next(_lead_districts(plain), None)
    return None if first is None else get_province(first[1])


# a body of the province: its committee, council, party or unions ("Tỉnh Đoàn", "UBND tỉnh")
_PROVINCE_BODY = re.compile(r"\b[Tt]ỉnh\s+(?:[Đđ]oàn|ủy|uỷ|[Hh]ội)\b|(?:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân)\s+tỉnh\b")
# two districts named side by side ("huyện Duyên Hải và huyện Cầu Ngang", "huyện A, thị xã B")
_SIDE_BY_SIDE = re.compile(r"\s*(?:,|và|&)\s*")
# "toàn tỉnh", "trên địa bàn tỉnh": the text adds up over its province (folded text)
_OVER_THE_PROVINCE = re.compile(r"\b(?:toan|ca|khap)\s+tinh\b|\btren\s+dia\s+ban\s+tinh\b")


def _districts_together(plain: str, province: Province | None) -> bool:
    """Does a news item's lead name two districts of its province side by side as what it is
    about (``Công nhận huyện Duyên Hải và huyện Cầu Ngang đạt chuẩn ...``), the text never adding
    up over the whole province? Not a body of the province acting in them (``Tỉnh Đoàn ... xây
    dựng nhà văn hóa tại thành phố Vĩnh Yên, thị xã Phúc Yên và huyện Tam Đảo``): three or more
    districts are the places of the province's work."""
    lead = _lead(plain)
    districts = [u for u in find_units(lead) if u.admin_level == "district"]
    if len({u.key for u in districts}) != 2 or _PROVINCE_BODY.search(lead):
        return False
    if province is not None and any(district_province(u) not in (None, province) for u in districts):
        return False
    paired = any(
        a.key != b.key and _SIDE_BY_SIDE.fullmatch(lead[a.end : b.start]) for a, b in itertools.pairwise(districts)
    )
    return paired and _OVER_THE_PROVINCE.search(fold(plain[:20000])) is None


# "HĐND huyện", "UBND 2 huyện", "Hội đồng nhân dân huyện": a district's council or committee said as such
# (not "bệnh viện tuyến huyện", the hospitals of the district level)
_DISTRICT_BODY = re.compile(r"(?:HĐND|UBND|Hội\s+đồng\s+nhân\s+dân|Ủy\s+ban\s+nhân\s+dân)\s+(?:\d+\s+|các\s+)?huyện\b",
                            re.IGNORECASE)


def _councils_of_several_districts(plain: str) -> bool:
    """Does a text that names no body of a province speak as "the district" (``HĐND huyện``,
    ``UBND huyện``) while naming two or more districts? Their councils' or committees' news told
    together (the province, when known, comes from the districts)."""
    if _PROVINCE_SOURCE.search(plain) or not _DISTRICT_BODY.search(plain) or not _speaks_as_a_district(plain):
        return False
    districts = {u.key for u in find_units(plain[:20000]) if u.admin_level == "district"}
    return len(districts) >= 2


# "UBND huyện tổ chức ...", "toàn huyện", "Huyện ủy": the unit word alone, the text's own unit
# (a name after it is another unit; "các huyện" are units under the speaker)
_OWN_DISTRICT = re.compile(r"(?<!các )(?<!nhiều )(?<!những )\b[Hh]uyện\b(?!\s+[A-ZĐ])")
# ("dự toán tỉnh giao", "kế hoạch tỉnh giao", "chỉ tiêu tỉnh giao": the province assigns a lower
# unit its targets, the text does not speak as the province; nor does "nguồn vốn ngân sách tỉnh", the
# province's money a district spends)
# "Đến dự có đồng chí ... - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo Tỉnh ủy": an office a
# guest holds in the province's party committee; the text is not told by the province, nor speaks as it
# ("Ủy viên BTV Tỉnh ủy": the standing board abbreviated; "Tỉnh ủy viên": a member; offices held too)
_NOT_AN_OFFICE_HELD = (r"(?!(?:(?<=vụ\s)|(?<=BTV\s)|"
                       r"(?<=giáo\s)|(?<=chức\s)|(?<=tra\s)|(?<=vận\s)|(?<=chính\s)|(?<=thư\s))"
                       r"[Tt]ỉnh\s+[uủ][yỷ]|[Tt]ỉnh\s+[uủ][yỷ]\s+viên)")
_OWN_PROVINCE = re.compile(r"(?<!các )(?<!nhiều )(?<!những )(?<!toán )(?<!hoạch )(?<!tiêu )(?<!sách )"
                           + _NOT_AN_OFFICE_HELD + r"\b[Tt]ỉnh\b(?!\s+[A-ZĐ])")


def _speaks_as_a_district(plain: str, own_word: re.Pattern[str] = _OWN_DISTRICT) -> bool:
    """A news item that names no province and speaks of "the district" (``UBND huyện``, ``toàn
    huyện``, ``Huyện ủy``; or of its town by its word, ``own_word``) more often than of "the province"
    is a district's news."""
    own = len(own_word.findall(plain[:20000]))
    above = len(_OWN_PROVINCE.findall(plain[:20000]))
    # once is enough in a text that never speaks of a province ("kinh tế - xã hội của huyện ...")
    return own > above and (own >= MIN_OWN_MENTIONS or not (above or find_provinces(plain[:20000])))


MIN_OWN_MENTIONS = 2
# "trên địa bàn thị xã", "toàn quận": a town's, a city's or an urban district's word alone, its own unit's (a
# name after it is another unit; "các thị xã" are several)
# ("các huyện, thị xã, thành phố": a list of the province's kinds of units, none of them its own)
_OWN_TOWN_WORD = {kind: re.compile(r"(?<!các )(?<!nhiều )(?<!những )(?<![,/] )(?<![\w,/])[" + word[0].upper()
                                   + word[0] + "]" + word[1:].replace(" ", r"\s+")
                                   + r"\b(?!\s+(?:[A-ZĐ\d]|trực\s+thuộc))(?!\s*[,/])")
                  for kind in ("thi_xa", "thanh_pho", "quan") if (word := unit_label(kind, "").strip())}


def _speaks_as_its_town(plain: str) -> bool:
    """A news item that names one town, city or urban district, even once ("Thị xã Ba Đồn có 18 xã, phường ..."),
    and speaks of "the town" by its word more often than of "the province" is that town's news, as one
    speaking of "the district" is a district's."""
    only = _sole_district(plain, at_least=1)
    return (only is not None and only.kind in _OWN_TOWN_WORD
            and _speaks_as_a_district(plain, _OWN_TOWN_WORD[only.kind]))
# "kinh tế thành phố", "toàn thị xã": a city's or town's word alone, the text's own unit (a name
# after it is another unit; "các thành phố" are several)
_OWN_TOWN = re.compile(
    r"(?<!các )(?<!nhiều )(?<!những )(?<!tỉnh, )(?<!tỉnh và )"
    r"\b(?:[Tt]hành\s+phố|[Tt]hị\s+xã)\b(?!\s+(?:[A-ZĐ\d]|trực\s+thuộc))"
)
# the province above it: "cấp tỉnh", "tỉnh giao", "UBND tỉnh", "Tỉnh ủy"
_PROVINCE_ABOVE = re.compile(r"\bcấp\s+tỉnh\b|\btỉnh\s+giao\b|(?:UBND|HĐND)\s+tỉnh\b|\bTỉnh\s+ủy\b")


def _speaks_as_a_town(plain: str) -> bool:
    """A text that names no province, speaks of "the city" or "the town" as its own unit and of a
    province above it (a provincial city's news) is district-level news."""
    head = plain[:20000]
    if len(_OWN_TOWN.findall(head)) < MIN_OWN_MENTIONS or _PROVINCE_ABOVE.search(head) is None:
        return False
    return not find_provinces(head)  # (a text naming provinces is placed by them)


def _the_city_of_the_provinces_name(plain: str, province: Province) -> UnitMention | None:
    """The city a text names its province by, when it names the province only so ("thành phố Quảng
    Ngãi", a provincial city, not a centrally run one) and speaks of "the city" as its own unit and
    of a province above it ("UBND thành phố", "dự toán tỉnh giao"): the city's news."""
    head = plain[:20000]
    if province.key in CENTRAL_CITIES:
        return None
    if len(_OWN_TOWN.findall(head)) < MIN_OWN_MENTIONS or _PROVINCE_ABOVE.search(head) is None:
        return None
    cities = [u for u in find_units(head) if u.kind == "thanh_pho" and u.province is None and u.name == province.name]
    mentions = find_provinces(head)
    inside_a_city = all(any(c.start <= m.start and m.end <= c.end for c in cities) for m in mentions)
    return cities[0] if cities and inside_a_city else None


# "Dự và chỉ đạo đại hội có các đồng chí ... Bí thư Huyện ủy; ... Phó Chủ tịch UBND huyện": who came
# to the event, the district's leaders among them
_DISTRICT_GUESTS = re.compile(
    r"(?:^(?:\s*date\s+[\d-]+\s)?|[.!?]\s+)\W*(?:[Dd]ự\s+và\s+chỉ\s+đạo|(?:[Tt]ham|[Cc]ùng|[Vv]ề)\s+dự)\b[^.!?\n]*?"
    r"(?:[Hh]uyện\s+ủy|(?:UBND|HĐND)\s+huyện)\b",
    re.MULTILINE,
)


def _district_guests_of_a_commune(plain: str) -> bool:
    """Does a text whose guests are the district's leaders name one commune only (the host of the
    event: ``ở xã Hưng Thịnh``) and no district by name?"""
    if _DISTRICT_GUESTS.search(plain[:3000]) is None:
        return False
    units = find_units(plain[:20000])
    communes = {u.key for u in units if u.admin_level == "commune"}
    return len(communes) == 1 and not any(u.admin_level == "district" for u in units)


# "của xã sau sáp nhập", "Ủy ban nhân dân phường": the commune word alone, the text's own unit (not
# "xã hội" = society, "thị xã" = a town, "các xã", "37 xã", "số xã", or a named commune)
_OWN_COMMUNE = re.compile(  # ("hợp tác xã" is a cooperative)
    r"(?<!các )(?<!nhiều )(?<!những )(?<!thị )(?<!số )(?<!mỗi )(?<!\d )(?<!tác )"
    r"\b(?:[Xx]ã|[Pp]hường)\b(?!\s+(?:[A-ZĐ\d]|hội))(?!\s*:)"
)


def _speaks_as_a_commune(plain: str) -> bool:
    """A news item that names no province and speaks of "the commune" (``của xã sau sáp nhập``,
    ``Ủy ban nhân dân xã``) more often than of its province or district is a commune's news (the
    2025 communes report with no district above them)."""
    own = len(_OWN_COMMUNE.findall(plain[:20000]))
    above = max(len(_OWN_PROVINCE.findall(plain[:20000])), len(_OWN_DISTRICT.findall(plain[:20000])))
    return own >= MIN_OWN_MENTIONS and own > above


# Who tells a news item: a district's or commune's people, or a body of the province.
# (a command board's long name runs up to its unit: "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm
# cứu nạn huyện Quang Bình (tỉnh Hà Giang)" is the district's, not the province's)
_COMMAND_BOARD = r"Ban\s+[Cc]hỉ\s+huy\b(?:(?!\b(?:huyện|tỉnh)\b)[^.\n]){0,80}?"
# A district's bodies other than its people's committee (data/words/unit_bodies.csv): "HĐND huyện X", "Ủy ban MTTQ
# huyện X", "Hội Nông dân huyện X"; its party committee and youth union are written with the unit's word first
# ("Huyện ủy X", "Huyện đoàn X")
_UNIT_BODIES = word_source("unit_bodies")
# (a town's or a city's body as a district's: "Trung tâm Y tế thị xã Buôn Hồ", "Hội Nông dân thành phố Bảo Lộc")
_DISTRICTS_OWN_BODY = (
    rf"(?<!\w)(?:{_UNIT_BODIES})\s+(?:{unit_words_source('district')})\s+[A-ZĐ]|\bHuyện\s+(?:ủy|đoàn)\s+[A-ZĐ]"
)
# (the press writes huyện as "H." before the name: "Chủ tịch UBND H.Phong Điền")
_LOCAL_SOURCE = re.compile(
    r"UBND\s+(?:huyện|xã)\b|UBND\s+H\.\s?[A-ZĐ]|Ủy\s+ban\s+nhân\s+dân\s+(?:huyện|xã)\b|"
    + _COMMAND_BOARD + r"\bhuyện\s+[A-ZĐ]|" + _DISTRICTS_OWN_BODY
)
# the district's own body, named with its district ("UBND huyện Quan Hóa", "Ban Chỉ huy ... huyện X", "Ủy ban MTTQ
# huyện X", "Huyện ủy X")
_DISTRICT_TELLS = re.compile(
    r"(?:UBND|Ủy\s+ban\s+nhân\s+dân|" + _COMMAND_BOARD + r")\s*\b(?:huyện\s+|H\.\s?)[A-ZĐ]|" + _DISTRICTS_OWN_BODY
)
# "Đến dự có: Chủ tịch HĐND tỉnh ...; Phó Chủ tịch UBND tỉnh ...": the province's leaders who came to a
# district's event are its guests, no source of its news
# ("Dự lễ có lãnh đạo UBND thành phố A", "Dự buổi lễ khánh thành có ...": the event between, its guests after "có")
_GUESTS = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:[Đđ]ến\s+dự|[Tt]ới\s+dự|[Tt]ham\s+dự|[Cc]ùng\s+dự|[Vv]ề\s+dự"
    r"|[Dd]ự\s+(?:buổi\s+)?(?:lễ|hội\s+nghị|hội\s+thảo|đại\s+hội|kỳ\s+họp|chương\s+trình|lễ\s+hội)\b[^.!?\n]{0,60}?\s+có)"
    r"\b[^.!?\n]*",
    re.MULTILINE,
)
# the province's committee deciding, the subject of the lead ("UBND tỉnh vừa phê duyệt ...", "Chủ tịch UBND tỉnh đã
# ban hành quyết định chấp thuận ..."), not the agent of a passive ("được UBND tỉnh phê duyệt")
_PROVINCE_DECIDES = re.compile(
    r"(?<!được\s)(?<!do\s)(?<!của\s)(?<!Được\s)\b(?:(?:Chủ\s+tịch\s+)?UBND|Ủy\s+ban\s+nhân\s+dân)\s+tỉnh\s+"
    r"(?:(?:đã|vừa|mới)\s+)*(?:(?:có|ban\s+hành)\s+quyết\s+định\s+)?(?:phê\s+duyệt|chấp\s+thuận|phân\s+bổ)\b"
)
_LEAD_REACH = 600  # where a news item's lead ends, about

# ("chỉ tiêu UBND tỉnh giao": the province that set a plan is above the text, not its source)
_PROVINCE_SOURCE = re.compile(
    r"(?:UBND|Ủy\s+ban\s+nhân\s+dân)\s+tỉnh(?!\s+giao\b)|" + _COMMAND_BOARD + r"\btỉnh|\bSở\s+[A-ZĐN]|"
    + _NOT_AN_OFFICE_HELD + r"[Tt]ỉnh\s+ủy"
)


# the people's committee of a district-level unit, written with the unit's word ("UBND TP Thủ Dầu Một"), or
# its own council or party committee ("HĐND thị xã Điện Bàn tổ chức kỳ họp", "Ban Chấp hành Đảng bộ quận X")
_COMMITTEE_OF = (r"(?:UBND|Ủy\s+ban\s+nhân\s+dân|HĐND|Hội\s+đồng\s+nhân\s+dân|Đảng\s+bộ)\s+"
                 rf"(?:{unit_words_source('district')}|[Tt][Pp]\.?)\s*")


def _told_by_its_own_body(plain: str, unit: UnitMention) -> bool:
    """Does the text quote the people's committee, council or party committee of ``unit`` itself?"""
    name = r"\s+".join(map(re.escape, unit.name.split()))
    # (not its leaders among the guests of another's event: "Dự lễ có lãnh đạo UBND thành phố A")
    return re.search(_COMMITTEE_OF + name + r"\b", _GUESTS.sub(" ", plain)) is not None


def _district_of_the_headline(plain: str) -> UnitMention | None:
    """The one district a text names as a unit (``huyện Vị Xuyên``), when its headline names it too, even
    bare ("Nhân dân Vị Xuyên ổn định đời sống sau mưa lũ"): the news is that district's."""
    headline = _headline_sentence(plain)
    sole = _sole_district(plain, at_least=1)
    if headline is None or sole is None:
        return None
    if find_provinces(sole.name):
        # ("Bệnh viện Đa khoa Quốc tế Thái Bình": a city named like its province; the bare name is the province's)
        return None
    return sole if re.search(r"(?<!\w)" + re.escape(sole.name) + r"(?!\w)", headline) else None


# what may open a lead before the district it is about acts: the time its figures cover ("Năm 2025, huyện A ...",
# "Tháng 9/2026, thị xã B ...") (folded)
_A_LEADS_TIME = re.compile(r"\W*(?:" + _FIGURES_TIME + r")?")


def _district_opening_the_lead(plain: str) -> UnitMention | None:
    """The district a news item's first sentence opens on as its subject, after the time its figures cover maybe,
    with its province as an address after it or none ("Năm 2025, huyện Mèo Vạc, tỉnh Hà Giang hỗ trợ làm nhà cho 412
    hộ nghèo"): the district acts, the news is its own. None when the sentence opens otherwise, or the district is a
    place a figure is counted in ("Tại huyện A, ...") or one of two ("huyện A và huyện B hỗ trợ ...")."""
    first = _lead(plain).rsplit("\n", 1)[-1].strip()
    if len(first) < FIRST_SENTENCE_CHARS:
        return None
    opening = _A_LEADS_TIME.match(fold(first)).end()
    districts = [u for u in find_units(first) if u.admin_level == "district"]
    if not districts or districts[0].start != opening or districts[0].party:
        return None
    if find_provinces(districts[0].name):
        return None  # ("Thành phố Hà Tĩnh tổ chức ...": a city named like its province may stand for the province)
    rest = _PROVINCE_AFTER_DISTRICT.sub("", first[districts[0].end :].lstrip(), count=1)
    verb = rest.split(maxsplit=1)[0] if rest.split() else ""
    return districts[0] if verb[:1].islower() and verb not in ("và", "cùng", "với") else None


def _headline_of_the_province(plain: str, province: Province) -> bool:
    """Does the headline open with the province's name and a colon or dash ("Thanh Hóa: Bão làm ...")?
    The province speaks of its own damage or economy; a district reported inside it is a detail."""
    line = _FIRST_LINE.search(plain)
    if line is None:
        return False
    opening = _PRESS_TAG.sub("", line.group()).strip()
    found = find_provinces(opening[:40])
    if found and found[0].start == 0 and found[0].province.key == province.key:
        rest = opening[found[0].end :].lstrip()
        return rest[:1] == ":" or rest[:1] in _HEADLINE_DASHES
    return False


_FIRST_LINE = re.compile(r"\S[^\n]*")  # the text's first line that is not blank (from its first letter)


def _bare_districts(plain: str) -> tuple[list[UnitMention], Counter[str]]:
    """The district-level units a text names without their province, and how often it names each."""
    districts = [u for u in find_units(plain) if u.admin_level == "district" and u.province is None]
    return districts, Counter(u.key for u in districts)


def _sole_district(plain: str, at_least: int = 2) -> UnitMention | None:
    """The one district-level unit a text keeps naming (``huyện Phú Bình`` twice or more, no other
    district): a news item that never names its province is about that district."""
    districts, keys = _bare_districts(plain)
    if len(keys) != 1 or next(iter(keys.values())) < at_least:
        return None
    return districts[0]


def _telling_district(plain: str) -> UnitMention | None:
    """The district whose own body tells the news ("Theo báo cáo của UBND huyện A, ...") and that the
    text names more often than any other: a neighbour named once in passing ("một gia đình ở huyện B")
    does not make it a news of several districts."""
    districts, keys = _bare_districts(plain)
    told_at = [m.end() - 1 for m in _DISTRICT_TELLS.finditer(plain)]  # where a teller's name begins
    tellers = {u.key for u in districts if any(u.start <= at < u.end for at in told_at)}
    if len(tellers) != 1:
        return None
    told = next(iter(tellers))
    if keys[told] < 2 or any(n >= keys[told] for key, n in keys.items() if key != told):
        return None
    return next(u for u in districts if u.key == told)


HEADLINE_LINES = 6  # a page's opening lines: site name, breadcrumbs, then the headline
_PRESS_TAG = re.compile(r"^\s*\([\w.]{2,20}\)\s*[-–]?\s*")  # "(TTV) Chiêm Hóa ...": the station's tag


def _only_in_passing(plain: str, province: Province) -> bool:
    """Is a province the body gives never written as one ("tỉnh X", "TP X")? Then a bare name that is also
    a commune's or a school's ("các xã Khe Mo, Hòa Bình", "Trường Mầm non Hòa Bình") may have made it, and
    a district the headline opens with outweighs it."""
    return not any(m.province.key == province.key and m.prefixed for m in _provinces_outside_units(plain))


# ", tỉnh An Giang " / " (tỉnh Bạc Liêu) " right after a district a headline opens with
_PROVINCE_AFTER_DISTRICT = re.compile(r"^(?:,\s*|\(\s*)tỉnh\s+(?:[A-ZĐ][^\W\d_]*\s*){1,3}\)?\s*")
# " (Thanh Hóa)": a province's bare name in brackets right after the district ("Huyện Thạch Thành (Thanh
# Hóa): ...")
_BRACKETED_NAME_AFTER_DISTRICT = re.compile(r"^\(\s*((?:[A-ZĐ][^\W\d_]*\s*){1,3})\)\s*")


_HEADLINE_DASHES = ("–", "-", "—")  # a dash between a headline's place and its news


# a line of the body: a sentence of some words closed by a full stop ("Huyện Đức Trọng có 58 trường đạt
# chuẩn."); a headline, a menu or a byline is not closed so, a caption ("Ảnh minh họa.") is too short
_BODY_SENTENCE_LINE = re.compile(r"^\W*(?:\S+\s+){4,}\S*[^\s.]\.\W*$")


def _opens_a_lead(line: str) -> bool:
    """Whether ``line`` is the lead a date line opens, closed by a full stop or not ("Đồng Tháp, 12/3/2026 –
    Vụ Đông Xuân ..., năng suất 7,2 tấn/ha"): a word must follow the dash (see ``DATELINE``)."""
    m = DATELINE.match(line)
    # (not a page's own date and time: "Thứ Ba, 14/05/2024 - 09:00" opens no lead, the headline comes under it)
    return m is not None and m["lead"] is not None and m["lead"][:1].isalnum() and not _a_dateline(line)


# "Ngày 5/11, UBND tỉnh A tổ chức hội nghị .... Theo báo cáo, ...": a line closed by its full stop, or
# holding a sentence's end followed by another sentence, is a paragraph; a headline has no full stop
# (a word in small letters or a figure before the stop: "TP. Hồ Chí Minh" is no sentence's end)
_SENTENCE_INSIDE = re.compile(r"(\w)\.\s+(\w)")


def _a_paragraph(line: str) -> bool:
    """Is ``line`` a paragraph of the body (the lead of an item without a headline), no headline?"""
    if len(line) < FIRST_SENTENCE_CHARS:
        return False
    return _BODY_SENTENCE_LINE.match(line) is not None or any(
        (m[1].islower() or m[1].isdigit()) and m[2].isupper() for m in _SENTENCE_INSIDE.finditer(line))


# "BẢN TIN CẬP NHẬT" / "Tình hình mưa lũ và thiệt hại ngày 30/10/2025": a bulletin's heading in capitals, its
# subject on the same line or the next
_BULLETIN_HEADING = re.compile(r"^\W*BẢN\s+TIN\b")
BULLETIN_LINES = 8  # the heading stands among the first lines with words


def _bulletin_title(lines: list[str]) -> str | None:
    """A bulletin's title: ``Bản tin`` and the rest of its heading in sentence case, with the subject line under it
    unless that line is the body's (closed by its full stop or colon), a date line or the sending office's line."""
    written = [ln for ln in lines if ln][:BULLETIN_LINES]
    at = next((k for k, ln in enumerate(written)
               if _BULLETIN_HEADING.match(ln) and all_capitals(ln, 5) and len(ln) <= DATELINE_CHARS_MAX), None)
    if at is None:
        return None
    head = _BULLETIN_HEADING.sub("", written[at]).strip(" :-")
    parts = ["Bản tin", _sentence_case(head) if head else ""]
    nxt = written[at + 1] if at + 1 < len(written) else ""
    if (nxt and len(nxt) <= TITLE_CHARS_MAX and not nxt.endswith((".", ":")) and not _a_paragraph(nxt)
            and not _a_dateline(nxt) and not ("," in nxt and DATELINE.match(nxt) is not None)
            and DEPARTMENT.match(fold(nxt)) is None):  # (nor the office that sends it: "Ban Chỉ huy ..., ngày D")
        parts.append(_sentence_case(nxt))
    return " ".join(p for p in parts if p)


TITLE_CHARS_MAX = 200  # a title's line; a longer one is the body's


def _headline_lines(lines: list[str]) -> list[str]:
    """The page's opening lines that may hold its headline: the first ``HEADLINE_LINES`` lines with
    words, up to the first sentence of the body (that one kept: a page may open with its lead). In a
    short item the lines after the lead are the body's ("Giáo dục Lâm Đồng ...\nLâm Đồng, 5/9 - ...
    .\n...\nHuyện Đức Trọng có 58 trường ..."): a district they open with is one the province's news
    names, not the district the news is about."""
    opening: list[str] = []
    for line in [ln for ln in lines if ln.strip()][:HEADLINE_LINES]:
        if _TABLE_ROW.search(line) or _A_TABLES_ROW.fullmatch(line):
            break  # ("Thành phố Phan Thiết   228,5   230,1   231,4": a table's row, the page has no headline below it)
        # (" date 2024-12 Huyện Mường Nhé năm 2024: ...": the collector's date marker may share the
        # headline's line; the headline opens after it)
        opening.append(DATE_MARKER.sub("", line, count=1))
        if _BODY_SENTENCE_LINE.match(line) or _opens_a_lead(line):
            break
    return opening


# a table's row as its line reads with its cells' tabs or bars gone: the rule under its head ("--- --- ---"), or a
# label then two figures alone ("Huyện Kỳ Anh 5 2.104"; a headline says what its figures count: "... 5 trường")
_A_TABLES_ROW = re.compile(r"(?::?-{3,}:?\s*)+|.*?(?:\s[\d.,]*\d%?){2}")


_TOWNS_YOUTH_UNION = re.compile(r"^(?:Thành|Thị|THÀNH|THỊ)\s+(?:đoàn|ĐOÀN)\s+(?=[A-ZĐ])")


def _headline_district(lines: list[str]) -> UnitMention | None:
    """The district a news headline opens with, written without its unit word: ``Phú Giáo: Nhiều
    trường học ...``, ``Lai Vung xã hội hóa được 24 cây cầu``. Its name must be followed by a colon
    or by a word in lower case (the headline's verb), so a name inside a longer name is not one."""
    for line in _headline_lines(lines):
        opening = _PRESS_TAG.sub("", line).strip()
        # ("Thành đoàn Pleiku ra quân ...", "Thị đoàn An Khê: ...": the town's Youth Union, named by the town)
        union = _TOWNS_YOUTH_UNION.match(opening) if "đoàn" in opening[:12].lower() else None
        opening = opening[union.end() :] if union is not None else opening
        provinces = find_provinces(opening[:40])
        if provinces and provinces[0].start == 0 and opening[provinces[0].end :].lstrip()[:1].islower():
            # "Đắk Nông quyết tâm thực hiện ...": the headline is the province's; a photo caption
            # after it ("Thành phố Gia Nghĩa nhìn từ trên cao") is no headline
            return None
        after_province = opening[provinces[0].end:].lstrip()[:1] if provinces and provinces[0].start == 0 else ""
        if after_province and after_province in (":", *_HEADLINE_DASHES):
            # "Hà Tĩnh: Sản xuất nông nghiệp ...": the headline is the province's, and the lines under it are its
            # lead ("Huyện Hương Khê có 1.250 ha ..." there is one district in it); only a district heading the
            # rest of the headline ("Quảng Nam: Huyện Duy Xuyên đạt chuẩn ...") tells the news is that district's
            opening = opening[provinces[0].end:].lstrip()[1:].strip()
            units = [u for u in find_units(opening) if u.admin_level == "district"]
            if not (len(units) == 1 and units[0].start == 0):
                return None
        # ... or with it: "Huyện Quỳnh Lưu tổng kết ...", "Thị xã Kỳ Anh: ..." (not its party's
        # committee, "Huyện ủy ...", which find_units tells apart)
        units = [u for u in find_units(opening) if u.admin_level == "district"]
        led = units[0] if len(units) == 1 and units[0].start == 0 else None  # (two districts: neither)
        if led is not None and not led.party:
            rest = opening[led.end :].lstrip()
            # "Huyện Thoại Sơn, tỉnh An Giang đạt chuẩn ...": its province may follow the district
            rest = _PROVINCE_AFTER_DISTRICT.sub("", rest, count=1)
            bracketed = _BRACKETED_NAME_AFTER_DISTRICT.match(rest)
            if bracketed and match_province(bracketed.group(1).strip(), fuzzy=False) is not None:
                rest = rest[bracketed.end():]  # "Huyện Thạch Thành (Thanh Hóa): ..."
            # (a figure may open its period: "Huyện Quan Sơn 6 tháng đầu năm 2023: ..."; the unit word
            # already tells the name is no part of a longer one)
            if rest[:1] == ":" or rest[:1] in _HEADLINE_DASHES:
                return led
            if (rest[:1].islower() or rest[:1].isdigit()) and districts_named(led.name):
                # (only a listed name before the verb: "Huyện⇥Kế hoạch⇥Thực hiện", a table's head row with its
                # tabs gone, is no "huyện Kế")
                return led
        words = opening.split()
        capitalised = 0
        while capitalised < min(len(words), 4) and words[capitalised][:1].isupper():
            capitalised += 1
        # ("Bà Rịa - Vũng Tàu, ngày 5/1/2026 - ...": a bare name the province's longer one opens with is the
        # province's, no town's of that name)
        named_longer = max((m.end for m in find_provinces(opening[:40]) if m.start == 0), default=0)
        # (a name of one word only after the union's word: "Thành đoàn Pleiku ra quân ...")
        for n in range(min(capitalised, 3), 0 if union is not None else 1, -1):
            name, rest = " ".join(words[:n]), words[n:]
            ends_with_colon = name.endswith(":")
            # "Lấp Vò – Khánh thành ...": a dash after the name opens the headline like a colon
            dashed = bool(rest) and rest[0] in _HEADLINE_DASHES
            if not ends_with_colon and not dashed and not (rest and rest[0][:1].islower()):
                continue
            if len(name.rstrip(":")) < named_longer:
                continue
            district = district_named(name.rstrip(":")) or _one_kind_of_district(name.rstrip(":"))
            if district is not None:
                return UnitMention(
                    district.kind, district.name, place_key(district.kind, district.name), "district", None, 0, 0
                )
    return None


HEADLINE_CHARS_MAX = 200  # (a headline's two lines together; a paragraph is longer)


def _headline_goes_on(headline: str, below: list[str]) -> str | None:
    """The line right under a headline when it goes on with it: it opens in small letters, the headline ends with no
    stop, and the two together are no longer than a headline."""
    nxt = below[0].strip() if below else ""
    if not nxt[:1].islower() or headline.endswith((".", "!", "?", ":")):
        return None
    if len(headline) + len(nxt) > HEADLINE_CHARS_MAX:
        return None
    # (not a sentence, nor the collector's "date 2024-09" marker, nor a portal's "baoquangninh.vn")
    if nxt.endswith((".", "…", ";")) or DATE_MARKER.match(nxt) or ".vn" in nxt or nxt.startswith("http"):
        return None
    return nxt


def _one_kind_of_district(name: str) -> District | None:
    """A district several provinces have, all of one kind, by a bare name ("Châu Thành: ...", the huyện of ten
    provinces): which of them it is, the text's other clues must tell (its mention spans nothing: no unit word
    written); none of a name that is a province's."""
    named = () if match_province(name, fuzzy=False) is not None else districts_named(name)
    return named[0] if named and len({d.kind for d in named}) == 1 else None


_CLAUSE_END = re.compile(r"[.;!?](?=\s|$)")
_PROVINCE_WORD = re.compile(r"(?<!\w)(?:tỉnh|thành\s+phố\s+trực\s+thuộc)(?!\w)", re.IGNORECASE)


def _datelines_districts(dateline: re.Match[str]) -> list[District]:
    """The districts a dateline's place may be: of its bracketed province ("Kỳ Anh (Hà Tĩnh)"), or, without one,
    of the one province that has districts of that name ("Mường Lát", "Cao Lãnh")."""
    place = dateline["place"].strip()
    if dateline["province"] is None:
        return list(one_provinces_districts(place))
    if (province := match_province(dateline["province"], fuzzy=False)) is None:
        return []
    own = as_named_before_2025(province).key
    return [d for d in districts_named(place) if d.province_key == own]


def _dateline_seats_province(plain: str) -> Province | None:
    """The province of the district a news item's dateline names bare ("Quy Nhơn, 6/1/2025 - ...", "Vinh, 5/1
    (TTXVN) - ..."), when only that province has a district of the name; None for no such dateline."""
    # (a portal's "Thứ Hai, 14/10/2024 - 15:20" above it is no place)
    return next((get_province(named[0].province_key) for d in DATELINE.finditer(plain, 0, LEAD_CHARS)
                 if d["lead"] is not None and d["province"] is None
                 and (named := one_provinces_districts(d["place"].strip()))), None)


def _dateline_district(plain: str) -> UnitMention | None:
    """The district an agency's dateline files the news from ("Mường Lát (Thanh Hóa), 5/10 (TTXVN) - ..."),
    when the lead's first sentence speaks as that district ("huyện Mường Lát giảm 820 hộ nghèo", "huyện đã
    hỗ trợ ..."), not as its province ("Sa Pa (Lào Cai), 5/10 - Tỉnh Lào Cai đón ...") nor of another
    district: a reporter dates the news at the district it happened in."""
    # (an agency's date line names the district and its province in brackets: "Mường Lát (Thanh Hóa), 5/10/2024
    # (TTXVN) - ...", "Bảo Lâm (Cao Bằng), 20/6 - ...")
    # (or the district's bare name alone, when no other province has a district of it: "Mường Lát, 5/10/2024 (TTXVN)
    # - ...", "Cao Lãnh, 12/9/2024 - ... thành phố ...", the city of the two of that name)
    # (a portal's "Thứ Hai, 14/10/2024 - 15:20" above it is no place)
    m, named = next(((d, named) for d in DATELINE.finditer(plain, 0, LEAD_CHARS)
                     if d["lead"] is not None and (named := _datelines_districts(d))), (None, []))
    if m is None:
        return None
    first = m["lead"]
    end = _CLAUSE_END.search(first)
    first = first[: end.start()] if end else first
    if _PROVINCE_WORD.search(first):
        return None
    # ("huyện", "thị xã", "thành phố", "quận": the lead speaks as the district of its word)
    named = [d for d in named if re.search(r"(?<!\w)" + unit_label(d.kind, "").strip() + r"(?!\w)", first,
                                           re.IGNORECASE)]
    if len(named) != 1:
        return None  # (a province's own name, "Lào Cai (TTXVN)", or no district of it)
    district = named[0]
    if any(u.admin_level == "commune" or (u.admin_level == "district" and fold(u.name) != fold(district.name))
           for u in find_units(first)):
        return None  # (another district's news, datelined at its neighbour; or a commune's, read as such)
    return UnitMention(district.kind, district.name, place_key(district.kind, district.name), "district", None, 0, 0)


def _districts_province(plain: str) -> Province | None:
    """The one province whose districts a text names when it names no province itself
    ("huyện Thanh Miện", "huyện Gia Lộc": Hải Dương); None when they lie in several."""
    return _one_or_most([p for u in _units_and_listed(plain) if (p := district_province(u)) is not None])


def _units_and_listed(plain: str) -> list[UnitMention]:
    """The units a text names, with those a plural kind word lists after its first ("các huyện A, B và C")."""
    return [*find_units(plain), *listed_units(plain)]


MOST_NAMED_UNITS = 3  # names of one province that outweigh a stray one of another (and no fewer)


def _one_or_most(placed: list[Province]) -> Province | None:
    """The province of the units a text names: the one they all lie in, or the one that holds most of them (at least
    ``MOST_NAMED_UNITS``, more than twice all the others: "các huyện A, B, C" of one province and a commune whose
    name only another province's list holds); None for none, or units spread over several."""
    counts = Counter(p.key for p in placed)
    if not counts:
        return None
    (top, most), *rest = counts.most_common()
    if rest and (most < MOST_NAMED_UNITS or most <= 2 * sum(n for _, n in rest)):
        return None
    return next(p for p in placed if p.key == top)


def _dated_communes_province(plain: str, period: Period | None) -> Province | None:
    """The one province of the communes a text names (by the list of its time: its date's, or with none the
    period's it reports), when it names no province and no district ("vùng rau xã Hòa Vang", "xã Tây Hồ" in
    10/2025: Đà Nẵng; "Tháng 10/2025, các xã A, B và C ..."); None when they lie in several, or when nothing
    tells the list."""
    after = _dated_after_the_merger(plain)
    if after is None and period is not None:
        after = (period.end.year, period.end.month) >= MERGER_MONTH
    if after is None:
        return None
    units = _units_and_listed(plain)
    if any(u.admin_level == "district" for u in units):
        return None  # (districts it names settle it, or leave it open: "huyện A (Cà Mau) ..., huyện B, Kiên Giang")
    return _one_or_most([p for u in units if u.admin_level == "commune" and (p := commune_province(u, after))])


def _town_wards_province(plain: str) -> Province | None:
    """The one province of the wards a text names after towns ("phường Uông Bí": Quảng Ninh) when it names
    no province and no district: the ward news of 2025 on, whose towns became wards; None when they lie
    in several."""
    named = {p.key: p for u in find_units(plain) if (p := town_ward_province(u)) is not None}
    return next(iter(named.values())) if len(named) == 1 else None


def _most_mentioned(plain: str) -> Province | None:
    """Most frequent province in the text; "tỉnh X" counts more, names inside district/commune
    names (huyện Quảng Ninh of Quảng Bình) do not count."""
    leaders = _leading_provinces(plain)
    # a summary over several provinces (a national bulletin), or news of two provinces named about as
    # often (a storm in Đắk Lắk and Gia Lai), is about none of them
    return get_province(leaders[0]) if len(leaders) == 1 else None


# "đứng thứ 2 cả nước (sau tỉnh Bắc Giang tăng 13,85%)", "xếp thứ ba, chỉ sau Hà Tĩnh": a province named as
# the one a rank comes after is compared with; it does not count towards what the text is about
_RANKED_AHEAD_BEFORE = re.compile(
    r"\b(?:thứ|hạng)\s+\w+(?:\s+(?:cả\s+nước|toàn\s+quốc|trong\s+(?:vùng|khu\s+vực)|khu\s+vực))?\s*[,(]?\s*"
    r"(?:chỉ\s+|đứng\s+|xếp\s+)?sau\s+(?:tỉnh\s+)?$", re.IGNORECASE)
RANKED_AHEAD_REACH = 60
# "người con quê hương, làm ăn và sinh sống tại Thành phố Hồ Chí Minh", "hiện định cư ở Hà Nội": the
# province a person lives or makes a living in tells where the person is, not where the news happens (a
# delegation "làm việc tại tỉnh X" is at the news's place: not read here)
_LIVES_IN_BEFORE = re.compile(
    r"\b(?:sinh\s+sống|sống|định\s+cư|làm\s+ăn|lập\s+nghiệp)\s+(?:tại|ở)\s+"
    r"(?:(?:thành\s+phố|tỉnh|TP\.?)\s*)?$", re.IGNORECASE)
LIVES_IN_REACH = 40
# "Kết nghĩa với xã Sín Thầu (tỉnh Điện Biên): trao 50 suất quà", "kết nghĩa với tỉnh X": the unit a commune or a
# province is twinned with lies elsewhere; it is the partner the text visits or gives to, not the text's place
_TWINNED_WITH_BEFORE = re.compile(r"\bkết\s+nghĩa\s+với\s+[^.;:\n]{0,40}$", re.IGNORECASE)
TWINNED_WITH_REACH = 60
# "đứng thứ 8 cả nước, sau TP. Hồ Chí Minh, TP. Hà Nội và các tỉnh Bình Dương, Đồng Nai": every province of the
# list the rank is said after is one ranked ahead (the list runs to a sentence's end; "TP." is no end)
_RANKED_AHEAD_LIST_OPENS = re.compile(
    r"\b(?:thứ|hạng)\s+\w+(?:\s+(?:cả\s+nước|toàn\s+quốc|trong\s+(?:vùng|khu\s+vực)|khu\s+vực))?\s*[,(]?\s*"
    r"(?:chỉ\s+|đứng\s+|xếp\s+)?sau\s", re.IGNORECASE)
_RANKED_AHEAD_LIST_ENDS = re.compile(r"[;:\n()]|(?<!TP)(?<!Tp)\.(?=\s)")
RANKED_AHEAD_LIST_REACH = 160
# "gấp 1,3 lần so với tỉnh Nghệ An", "cao hơn so với tỉnh X": the province a figure is compared with
_COMPARED_WITH_BEFORE = re.compile(r"\bso\s+với\s+(?:(?:các\s+)?tỉnh\s+|(?:thành\s+phố|TP\.?)\s*)?$", re.IGNORECASE)
COMPARED_WITH_REACH = 25


def _compared_with(text: str, start: int) -> bool:
    return _COMPARED_WITH_BEFORE.search(text, max(0, start - COMPARED_WITH_REACH), start) is not None


def _ranked_ahead_in_a_list(plain: str, start: int) -> bool:
    """Is the province named at ``start`` one of a list said after a rank ("thứ 8 cả nước, sau A, B và C")?"""
    window = plain[max(0, start - RANKED_AHEAD_LIST_REACH):start]
    opens = list(_RANKED_AHEAD_LIST_OPENS.finditer(window))
    return bool(opens) and not _RANKED_AHEAD_LIST_ENDS.search(window, opens[-1].end())


def _leading_provinces(plain: str) -> list[str]:
    """The province named most (one key), or the provinces named about as often as the first
    (several keys), or none."""
    plain = _without_page_links(plain)
    mentions = find_provinces(plain)
    former = _former_provinces(plain, mentions)
    counts: Counter[str] = Counter()
    in_firm_names: Counter[str] = Counter()
    counted_at: dict[str, list[int]] = {}  # (where each counted province is named)
    for m in _provinces_outside_units(plain, mentions):
        if _on_a_byline(plain, m.start, m.end):
            continue
        if m.province.key in former:
            continue
        if _an_aside_on_the_name_before(plain, m, mentions):
            continue  # "tỉnh Bắc Giang (nay là tỉnh Bắc Ninh)": what the province before it has become
        if _a_namesake_district(plain, m):
            continue
        if (_RANKED_AHEAD_BEFORE.search(plain, max(0, m.start - RANKED_AHEAD_REACH), m.start)
                or _ranked_ahead_in_a_list(plain, m.start) or _compared_with(plain, m.start)):
            continue  # "đứng thứ 2 cả nước (sau tỉnh Bắc Giang ...)": the one ranked ahead, compared with
        if _LIVES_IN_BEFORE.search(plain, max(0, m.start - LIVES_IN_REACH), m.start):
            continue  # "làm ăn và sinh sống tại TP HCM": where a person lives, not where the news is
        if _TWINNED_WITH_BEFORE.search(plain, max(0, m.start - TWINNED_WITH_REACH), m.start):
            continue  # "kết nghĩa với xã Sín Thầu (tỉnh Điện Biên)": the twinned partner, not the reporting unit
        if _COMPANY_NAME_BEFORE.search(plain, max(0, m.start - COMPANY_NAME_REACH), m.start) or _a_routes_end(
                plain, m.start):
            # "Tổng Công ty Cổ phần Dệt may Hà Nội" building in Nghệ An: the firm's name, not a place (nor a road's
            # end: "cao tốc Hòa Bình - Mộc Châu" built through Sơn La)
            in_firm_names[m.province.key] += _mention_weight(m)
            continue
        counts[m.province.key] += _mention_weight(m)
        counted_at.setdefault(m.province.key, []).append(m.start)
    # a text that names its province only inside a firm's name ("Công ty Điện lực Lào Cai khắc phục ...")
    # is about that firm's province: a firm is mostly named for where it works (not when the districts the text
    # names lie in another: "Công ty CP Cao su Đồng Nai" planting in "huyện Bù Đăng" works in Bình Phước)
    if not counts and in_firm_names and (own := _districts_province(plain)) and own.key not in in_firm_names:
        return []
    counts = counts or in_firm_names
    if not counts:
        return []
    ranked = counts.most_common()
    significant = [(key, w) for key, w in ranked if w >= MIN_PROVINCE_WEIGHT]
    if len(significant) >= 2 and significant[0][1] < DOMINANT_RATIO * significant[1][1]:
        return [key for key, w in significant if w * DOMINANT_RATIO > significant[0][1]]
    if len(ranked) >= 2 and ranked[0][1] == ranked[1][1] >= MIN_TIED_WEIGHT:
        # "Hà Nội và TP HCM ...", twice each: named as often, neither is the text's
        return [key for key, w in ranked if w == ranked[0][1]]
    tied = [key for key, w in ranked if w == ranked[0][1]]
    if len(tied) >= 2 and _all_in_one_sentence(plain, [at for key in tied for at in counted_at.get(key, [])]):
        # "GRDP 6 tháng của TP HCM tăng 7,8%, Đồng Nai tăng 8,6%": provinces named once each, side by side in one
        # sentence, are compared; none is the text's (named apart, the first one named is taken)
        return tied
    return [ranked[0][0]]


def _all_in_one_sentence(plain: str, starts: list[int]) -> bool:
    """Are all the offsets ``starts`` inside one sentence of ``plain`` (no full stop or line break between them)?"""
    if not starts:
        return False
    between = plain[min(starts) : max(starts)]
    return "\n" not in between and re.search(r"[.!?](?=\s)", between) is None


# Where an enumeration of places ends: a parenthesis or a sentence's end
_ENUMERATION_EDGE = re.compile(r"[()\n]|[.;:](?=\s)")


def _a_namesake_district(plain: str, mention: ProvinceMention) -> bool:
    """Is a bare province name the district of another province that bears it, listed among that
    province's other districts ("Bố Trạch 1.197, Ba Đồn 666, Quảng Ninh 16": huyện Quảng Ninh of
    Quảng Bình, not the province)? A name written "tỉnh X" is the province."""
    if mention.prefixed:
        return False
    namesakes = namesake_districts(mention.province)
    if not namesakes:
        return False
    start = max((e.end() for e in _ENUMERATION_EDGE.finditer(plain, 0, mention.start)), default=0)
    edge = _ENUMERATION_EDGE.search(plain, mention.end)
    around = fold(plain[start : mention.start] + " " + plain[mention.end : edge.start() if edge else len(plain)])
    return any(
        re.search(rf"\b{re.escape(fold(other.name))}\b", around)
        for namesake in namesakes
        for other in districts_of(namesake.province_key)
        # (a district named like a province, "Hà Giang" or "Yên Bái" beside "Quảng Bình", says nothing:
        # a list of provinces names those too)
        if fold(other.name) != fold(mention.province.name) and match_province(other.name, fuzzy=False) is None
    )


PREFIXED_WEIGHT = 3  # "tỉnh X": the text's own province, more than a bare name
# A firm's name ending in a province's name ("Công ty Cổ phần Dệt may Hà Đông", "Tổng Công ty Xây dựng
# Hà Nội", "Tập đoàn Dầu khí Quốc gia"): each word after the firm word opens on a capital (a lowercase
# syllable may complete it: "Dệt may", "Đầu tư và Phát triển"); "Công ty X đầu tư tại Bắc Ninh" breaks it
COMPANY_NAME_REACH = 80
_COMPANY_NAME_BEFORE = re.compile(
    r"\b(?:[Cc]ông\s+ty|[Tt]ập\s+đoàn)(?:\s+(?:TNHH|CP|và|" + UPPER + r"\w*(?:\s+(?!(?:tại|ở|của|cho|với|và)\b)"
    r"(?-i:[a-zà-ỹđ])\w*)?))*\s+$"
)
# "cao tốc Hòa Bình - Mộc Châu", "tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng": a road or railway named by its ends
# (a bus line's too, "tuyến xe buýt Hà Nội – Bắc Ninh", and a national road's stretch, "quốc lộ 279 đoạn Điện Biên –
# Lai Châu")
ROUTE_NAME_REACH = 60
_ROUTE_NAME_BEFORE = re.compile(
    r"\b(?:cao\s+tốc|đường\s+sắt|tuyến(?:\s+(?:đường|xe\s+buýt|xe\s+khách))?|quốc\s+lộ\s+\d+[A-Z]?)(?:\s+đoạn)?\s+"
    r"(?:(?:" + UPPER + r"\w*\s+){1,4}[-–]\s+)*$"
)


def _a_routes_end(text: str, start: int) -> bool:
    """Is the province named at ``start`` one of the ends a road or railway is named by (see ``_ROUTE_NAME_BEFORE``)?"""
    return _ROUTE_NAME_BEFORE.search(text, max(0, start - ROUTE_NAME_REACH), start) is not None
# "Bình Dương cũ", "tỉnh Hà Giang (cũ)", "Bình Dương trước đây": a province the July 2025 merger did
# away with, named for a place's or a person's past
_FORMER_MARK = re.compile(r"\s*\(?\s*(?:cũ|trước\s+đây)\b")
_FORMER_WORD = re.compile(r"\bcũ\b|\btrước\s+đây\b")  # (a cheap test first: most texts call nothing former)


# "(trước đây thuộc huyện Điện Biên)", "(trước là xã A)", "nguyên là huyện B": the words that make the unit after them
# a former one
_FORMER_BEFORE = re.compile(r"(?:\btrước(?:\s+đây)?|\bnguyên)\s+(?:thuộc|là)\s+$", re.IGNORECASE)
FORMER_BEFORE_REACH = 25


def _named_as_former(plain: str, unit: UnitMention) -> bool:
    """Is a unit written as a former one ("sáp nhập từ 3 xã ... (huyện Tân Kỳ cũ)", "(trước đây thuộc huyện Điện
    Biên)")? The districts were done away with in July 2025, so a new commune's text names its old district for its
    past only."""
    return _FORMER_MARK.match(plain, unit.end) is not None or (
        _FORMER_BEFORE.search(plain, max(0, unit.start - FORMER_BEFORE_REACH), unit.start) is not None)


# "tỉnh Bắc Giang (nay là tỉnh Bắc Ninh)", "Quảng Nam (nay thuộc TP Đà Nẵng)", "tỉnh Hà Giang (sau sáp nhập là tỉnh
# Tuyên Quang)": a bracket opening on what the province before it has become since the 2025 merger
_AN_ASIDE_ON_THE_NAME_OPENING = re.compile(
    r"\(\s*" + WHAT_A_PROVINCE_BECAME + r"\s+(?:(?:tỉnh|thành\s+phố|TP\.?)\s*)?$",
    re.IGNORECASE)
ASIDE_OPENING_REACH = 40


def _an_aside_on_the_name_before(plain: str, mention: ProvinceMention, mentions: list[ProvinceMention]) -> bool:
    """Is ``mention`` named in an aside on the name of the province just before it ("tỉnh Bắc Giang (nay là tỉnh Bắc
    Ninh) đạt 29.000 ha")? The figures are the former province's: the unit it has become is no second subject."""
    aside = _AN_ASIDE_ON_THE_NAME_OPENING.search(plain, max(0, mention.start - ASIDE_OPENING_REACH), mention.start)
    return aside is not None and any(
        other.end <= aside.start() and not plain[other.end:aside.start()].strip() for other in mentions)


def _former_provinces(plain: str, mentions: list[ProvinceMention] | None = None) -> set[str]:
    """The provinces a text calls former ("quê Bến Cát, Bình Dương cũ") while it names another
    province too ("phường Phú An (TP.HCM)"): a text told after the merger is about the province of
    today, not about the one its people or places came from. (A text naming only a former
    province is about it: it keeps its own key.)"""
    mentions = find_provinces(plain) if mentions is None else mentions
    former = {m.province.key for m in mentions if _FORMER_MARK.match(plain, m.end) and not _a_former_city(m)}
    if not former or all(m.province.key in former for m in mentions):
        return set()
    return former


_CITY_WORD = re.compile(r"(?:thành\s+phố|TP\b)", re.IGNORECASE)


def _a_former_city(mention: ProvinceMention) -> bool:
    """Is a province's name called former that of the city named after it ("10 phường của thành phố Thanh Hóa cũ")?
    The cities a province's seat bore its name were done away with in 2025: the province lives on (a central city's
    "thành phố" is its own name: "thành phố Đà Nẵng cũ" is the province)."""
    return mention.province.key not in CENTRAL_CITIES and _CITY_WORD.match(mention.text) is not None


def _mention_weight(mention: ProvinceMention) -> int:
    """A province named with its unit word (``tỉnh Lào Cai``) weighs more than a bare name; a
    central city's ``TP``/``thành phố`` is part of its everyday name (``TP HCM`` beside ``Hà Nội``
    in a national round-up), so it weighs as a bare name."""
    if mention.prefixed and mention.province.key not in CENTRAL_CITIES:
        return PREFIXED_WEIGHT
    return 1





def _without_page_links(plain: str) -> str:
    """The text up to the page's links to other articles (when those start after its opening:
    a menu above the headline is no end)."""
    m = PAGE_LINKS.search(plain, PAGE_LINKS_AFTER)
    return plain[: m.start()] if m else plain


MIN_PROVINCE_WEIGHT = 3  # one "tỉnh X" or three bare mentions
MIN_TIED_WEIGHT = 2  # two provinces tied at the top, each named twice or more: about neither


def _on_a_byline(plain: str, start: int, end: int) -> bool:
    """Is the province mention at ``start:end`` part of a byline, a name longer than itself?"""
    a, b = plain.rfind("\n", 0, start) + 1, plain.find("\n", end)
    line = plain[a : b if b >= 0 else len(plain)].strip()
    return line != plain[start:end].strip() and _BYLINE.fullmatch(line) is not None


DOMINANT_RATIO = 1.5  # the province a text is about is named clearly more often than the next


# A body other than a unit's people's committee, council or own party committee heading a paper, with its name as
# written (data/words/issuing_bodies.csv): "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "BAN THƯỜNG VỤ HUYỆN ỦY X", "ỦY BAN MTTQ
# VIỆT NAM" / "TỈNH A"
_ISSUING_BODIES = keyed_word_patterns("issuing_bodies", "written", re.IGNORECASE)
# the unit word a body's name ends on, its unit named in the cell above ("ĐẢNG BỘ TỈNH A" / "ĐẢNG ỦY KHỐI ... TỈNH"),
# or with the party's "ủy" ("BAN THƯỜNG VỤ TỈNH ỦY")
_BARE_UNIT_END = re.compile(rf"\s({UNIT_WORDS})(\s+ủy)?\s*$", re.IGNORECASE)


_PARTY_ORGANISATION = re.compile(r"\W*dang\s+bo\b")


def _body_issuer(header_text: str, unit: UnitMention | None) -> str | None:
    """The bodies a header names, from the first of ``_ISSUING_BODIES``: their names in the case they are written
    in, their unit named in full after them (``Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Thái Nguyên``; ``ĐOÀN
    TNCS HỒ CHÍ MINH`` / ``BAN CHẤP HÀNH TỈNH A``: the union's board)."""
    found = sorted((m.start(), -m.end(), written, m) for written, rx in _ISSUING_BODIES
                   for m in rx.finditer(header_text))
    if not found:
        return None
    parts, end = [], found[0][0]
    for at, _end, written, m in found:
        if at < end:
            continue  # (one body's name inside a longer one's)
        parts += [_lower_words(header_text[end:at]), written]
        end = m.end()
    rest = header_text[end:]
    written = " ".join(" ".join(parts).split())
    # ("Đảng bộ tỉnh A" / "Ban Thường vụ Tỉnh ủy": the unit's bare word after the body, in sentence case too)
    bare_word_alone = unit is not None and (bare := _BARE_UNIT_END.search(rest)) is not None and bare.start() == 0
    if rest.strip() and not rest.isupper() and not bare_word_alone:
        return f"{written}{rest}".strip()
    place = ""
    if (named := find_units(rest)):
        u = named[0]
        word = f"{_PARTY_UNIT_WORD[u.kind]} {u.name}" if u.party and u.kind in _PARTY_UNIT_WORD else None
        place, rest = word or unit_label(u.kind, u.name), rest[: u.start]
        if word and " ".join(fold(rest).split()) == fold(_PARTY_UNIT_WORD[u.kind]):
            rest = ""  # ("BAN THƯỜNG VỤ TỈNH ỦY" / "TỈNH ỦY A": the committee's word said again before its name)
    elif unit is not None and (bare := _BARE_UNIT_END.search(rest)) and unit_kind(fold(bare.group(1))) == unit.kind:
        party = bare.group(2) is not None and unit.kind in _PARTY_UNIT_WORD
        place = f"{_PARTY_UNIT_WORD[unit.kind]} {unit.name}" if party else unit_label(unit.kind, unit.name)
        rest = rest[: bare.start()]
    elif unit is not None and not rest.strip():
        # ("TỈNH ỦY A" / "BAN THƯỜNG VỤ": the standing board of the committee above it)
        party = written == "Ban Thường vụ" and unit.kind in _PARTY_UNIT_WORD
        place = f"{_PARTY_UNIT_WORD[unit.kind]} {unit.name}" if party else unit_label(unit.kind, unit.name)
        if written == "Ban Chấp hành" and _PARTY_ORGANISATION.match(fold(header_text)):
            place = f"Đảng bộ {place}"  # ("ĐẢNG BỘ TỈNH A" / "BAN CHẤP HÀNH": the board of the unit's party body)
    return " ".join(f"{written} {_lower_words(rest)} {place}".split())


def _province_as_unit(province: Province) -> UnitMention:
    """A province named bare as the unit a paper is of: a centrally-run city by its word ("Cần Thơ, ngày ..." under
    an office: "thành phố Cần Thơ", its party committee "Thành ủy"), any other as "tỉnh"."""
    kind = "thanh_pho" if province.key in CENTRAL_CITIES else "tinh"
    return UnitMention(kind, province.name, province.key, "province", province, 0, 0)


def _issuer_name(organ: str | None, unit: UnitMention | None, kind: str | None, province: Province | None,
                 header: _Issuer, cells: list[str]) -> str | None:
    if unit is None and kind == "tinh" and province is not None:
        unit = _province_as_unit(province)
    if header.text and (body := _body_issuer(header.text, unit)) is not None:
        return body
    if organ == "party" and unit is not None and unit.kind in _PARTY_UNIT_WORD:
        return f"{_PARTY_UNIT_WORD[unit.kind]} {unit.name}"
    if organ == "party" and unit is not None:
        return f"Đảng ủy {unit_label(unit.kind, unit.name)}"
    names = {"ubnd": "Ủy ban nhân dân", "hdnd": "Hội đồng nhân dân"}
    if organ in names and unit is not None:
        return f"{names[organ]} {unit_label(unit.kind, unit.name)}"
    if header.text and _header_like(header.text):
        # ("BẢO HIỂM XÃ HỘI TỈNH A": a body's name in capitals, in sentence case with its place; under the body
        # above it, "BẢO HIỂM XÃ HỘI VIỆT NAM", the lower one's)
        return _lowest_body(cells) or _capitalised(_sentence_case(header.text))
    return header.text or None


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]


BARE_PLACE_WORDS = (3, 2)  # "QUẢNG NGÃI", "THỪA THIÊN HUẾ", "THOẠI SƠN": a place's bare name closing a body's


def _lowest_body(cells: list[str]) -> str | None:
    """The body a header in capitals names last, under the body above it (``BẢO HIỂM XÃ HỘI VIỆT NAM`` / ``BẢO HIỂM
    XÃ HỘI TỈNH A``, ``TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG`` / ``CÔNG TY ĐIỆN LỰC B``): the issuer, in sentence case with
    a province's or a district's bare name closing it in its own case (``Công ty điện lực Quảng Ngãi``); a cell of a
    unit's name alone goes with the one above it (``BẢO HIỂM XÃ HỘI`` / ``TỈNH A``). None with no cell in capitals."""
    named = [c for c in cells if c.isupper()]
    if not named:
        return None
    last = named[-1]
    if len(named) > 1 and _a_units_name(last) and _UNITS_BODY.match(last) is None:
        last = f"{named[-2]} {last}"
    cased, words = _sentence_case(last), last.split()
    units = find_units(last)
    if not units or units[-1].end < len(last.rstrip(" .")):
        for n in BARE_PLACE_WORDS:
            tail = " ".join(words[-n:])
            if len(words) > n and (place := match_province(tail, fuzzy=False) or district_named(tail)) is not None:
                cased = " ".join([*cased.split()[:-n], place.name])
                break
    return _capitalised(cased)


# "BAN CHỈ HUY PHÒNG CHỐNG THIÊN TAI" / "VÀ TÌM KIẾM CỨU NẠN": a department's name carried on to the next line
_NAME_GOES_ON = re.compile(r"^(?:VÀ|&)\s")


# (so does each field an office joins by "và" or a comma: "Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thể thao và
# Du lịch")
# ("Phòng, chống thiên tai": one office's field, no second office after its comma)
_JOINED_OFFICE = re.compile(r"(\s[-–]\s|\svà\s|(?<![Pp]hòng),\s)(\w)")


_DETERMINER = re.compile(r"(?:các|những)\s")
# ("THUẾ CƠ SỞ 3", "THỐNG KÊ CƠ SỞ XÃ A": a common noun after the office's word opens no name, written small;
# data/words/office_common_nouns.csv)
_OFFICE_COMMON_NOUN = re.compile(r"(?:" + word_source("office_common_nouns") + r")\b")
# (folded; "Chi cục Thống kê khu vực VI", named by a numeral only, serves provinces, not a few districts)
_AREA_OFFICE = re.compile(r"chi\s+cuc\s+thong\s+ke\s+khu\s+vuc\b(?!\s*(?:so\s*)?(?:[ivxlc]+|\d+)\s*$)")
# (folded; an office of the country's numbered regions: "Kho bạc Nhà nước khu vực VII", "Chi cục Thuế khu vực 3")
_NUMBERED_REGION = re.compile(r"\bkhu\s+vuc\s+(?:so\s*)?(?:[ivxlc]+|\d+)\s*$")
_AREA_NAMES = re.compile(r"(\bkhu\s+vực\s+(?:\d+\s*[-–]\s*)?)(?!số\b)([^\W\d].*)$")


def _areas_province(office: str) -> Province | None:
    """The one province of the districts an area office is named after ("Chi cục Thống kê khu vực Vĩnh Tường - Yên
    Lạc": Vĩnh Phúc), each name of one province's districts; None for an office numbered or named otherwise."""
    m = _AREA_NAMES.search(office) if _AREA_OFFICE.match(fold(office)) is not None else None
    if m is None:
        return None
    keys = set()
    for name in re.split(r"\s+[-–]\s+|\s*,\s*", m.group(2)):
        named = one_provinces_districts(name.strip())
        if not named:
            return None
        keys.add(named[0].province_key)
    return get_province(keys.pop()) if len(keys) == 1 else None


def _department(cells: list[str]) -> str | None:
    """A department under the issuing unit (``UBND TỈNH X / SỞ TÀI CHÍNH``) → ``Sở Tài chính``: the last one
    the header names (``CỤC THỐNG KÊ / THỐNG KÊ TỈNH HƯNG YÊN``: the lower office issues), without the unit
    it names itself (``CỤC THỐNG KÊ TỈNH BẮC GIANG``: the unit is said once, after it)."""
    found = None
    for i, c in enumerate(cells):
        m = DEPARTMENT.match(fold(c))
        if m is None or len(c) >= 120:
            continue
        while i + 1 < len(cells) and _NAME_GOES_ON.match(cells[i + 1]):
            i += 1
            c = f"{c} {cells[i]}"
        if (units := find_units(c)) and units[0].start > m.end():
            if m.group().startswith("chi nhanh"):
                continue  # ("CHI NHÁNH TỈNH PHÚ YÊN": the body's branch of a unit is the body of that unit, named so)
            c = c[: units[0].start].rstrip(" ,-")
        if c.isupper():
            head, rest = _organ_words(c.split(), len(m.group().split()))
            # (each office a department joins opens with its capital: "Phòng Tài chính - Kế hoạch")
            rest = _JOINED_OFFICE.sub(lambda j: j.group(1) + j.group(2).upper(), rest)
            # ("khu vực Nghĩa Đàn - Thái Hòa": the places an area office covers, by their names)
            rest = _AREA_NAMES.sub(lambda j: j.group(1) + " ".join(
                w if _ROMAN_WORD.match(w) else w[:1].upper() + w[1:].lower() for w in j.group(2).split(" ")), rest)
            # ("các khu công nghiệp": a determiner opens no name)
            small = _DETERMINER.match(rest) or _OFFICE_COMMON_NOUN.match(rest)
            c = f"{head} {rest if small else rest[:1].upper() + rest[1:]}" if rest else head
        c = _marked_department(c) if c.isascii() else c
        # ("Chi nhánh khu vực 5" under "Ngân hàng Nhà nước Việt Nam": a branch of no unit, a region, is the body's,
        # named after it)
        if found is not None and m.group().startswith("chi nhanh"):
            c = f"{found} {c}"
        elif found is not None and m.group() == "phong" and _AN_OFFICE_WITH_SECTIONS.match(fold(found)):
            c = f"{c} {found}"  # ("CÔNG AN TỈNH A" / "PHÒNG THAM MƯU": a section of the office, named with it)
        found = c
    return found


# (folded) a province's office whose sections are "Phòng"s: the police, a department ("Sở Y tế")
_AN_OFFICE_WITH_SECTIONS = re.compile(r"(?:cong\s+an|so)\b")


# (folded, longest first; data/words/departments.csv: the offices' names with their marks)
_MARKED_DEPARTMENTS = sorted(((fold(w), w) for w in word_list("departments")), key=lambda fw: -len(fw[0]))


# (folded) the fields a ministry is named by: a province's departments bear its field ("Sở Tài chính", "Bộ Tài chính")
_MINISTRIES_FIELDS = frozenset(fold(w)[3:] for w in word_list("departments") if fold(w).startswith("so "))


def _a_ministrys_name(line: str) -> bool:
    """Is ``line`` a ministry's name alone (``BỘ KẾ HOẠCH VÀ ĐẦU TƯ``, ``Bộ Tài chính``): the site or the office
    that sets a news item over its headline, no headline itself?"""
    folded = fold(line).strip(" .:")
    return folded[:3] == "bo " and folded[3:] in _MINISTRIES_FIELDS


_AREA_JOINT = re.compile(r"(\s*[-–,]\s*)")


def _marked_department(name: str) -> str:
    """A department's name typed without its marks (``So Tai chinh``) with the marks of the office it names
    (``Sở Tài chính``), the words after it as typed; unchanged when it opens with no office of the table."""
    spaced = " ".join(name.split())
    folded = spaced.lower()
    for key, marked in _MARKED_DEPARTMENTS:
        if folded.startswith(key) and not folded[len(key) : len(key) + 1].isalnum():
            rest = spaced[len(key) :]
            if rest.lower().startswith(" khu vuc "):
                # ("Chi cuc Thong ke khu vuc Dien chau - Quynh luu": the districts an area office covers, by name)
                names = _AREA_JOINT.split(rest[len(" khu vuc ") :])
                rest = " khu vực " + "".join(marked_district_name(n) if k % 2 == 0 else n for k, n in enumerate(names))
            return marked + rest
    return name


CLOSING_LINES = 6  # a paper that sets its office at its end: the office, its place and date, a signature


DATED_LINES = 40  # the first lines, where a paper's place-and-date line stands over its title


def _closing_lines(lines: list[str]) -> list[str]:
    """The last lines with words, last first."""
    return [ln for ln in lines[-4 * CLOSING_LINES :] if ln.strip()][-CLOSING_LINES:][::-1]


def _closing_office(lines: list[str]) -> str | None:
    """The office a paper names at its end instead of over its head ("CỤC THỐNG KÊ TỈNH HÀ TĨNH" under a press
    release), with its unit: ``Cục Thống kê tỉnh Hà Tĩnh``; None when its last lines name no office."""
    for line in _closing_lines(lines):
        # (not the signer's role: "CỤC TRƯỞNG", "KT. GIÁM ĐỐC")
        if _an_office_line(line) and not _SIGN_ROLE.match(line) and (dept := _department([line])) is not None:
            units = find_units(line)
            return f"{dept} {unit_label(units[-1].kind, units[-1].name)}" if units else dept
    return None


def _closing_committee(lines: list[str]) -> tuple[UnitMention, str] | None:
    """The unit and the line of a people's committee or council a paper's last line names alone ("Ủy ban nhân dân
    phường A", "UBND XÃ B"), under its last sentence or its date line; None when the last line says more."""
    last = next(iter(_closing_lines(lines)), "").strip(" .")
    if len(last) > UNIT_NAME_CHARS + 25 or (body := _UNITS_BODY.match(last)) is None or "đảng" in body.group().lower():
        return None
    return (units[0], last) if _a_units_name(last) and (units := find_units(last[body.end() :])) else None


TABLE_ROW_TABS = 2  # three cells parted by tabs: a table's row
OFFICE_LINE_WORDS = 6  # "BAN CHỈ HUY PCTT VÀ TKCN", "CỤC THỐNG KÊ": an office's name alone is short

# an agency that heads its papers with its name, no department's word opening it ("BẢO HIỂM XÃ HỘI TỈNH A")
# (data/words/heading_agencies.csv)
_HEADING_AGENCY = re.compile(r"\W*(?:" + word_source("heading_agencies") + r")\b", re.IGNORECASE)
OFFICES_HEADER_LINES = 3  # "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM" / "CHI NHÁNH KHU VỰC 10": a body and its office under it


def _an_offices_paper(lines: list[str]) -> bool:
    """Does the text open with an office's or an agency's name in capitals, on up to ``OFFICES_HEADER_LINES`` lines
    (or on one line in sentence case, its place at its end: "Sở Tài chính tỉnh A"), and its subject under it in small
    letters ("CỤC THỐNG KÊ TỈNH A" / "Tình hình lao động, việc làm quý II năm 2026")? A page's news opens with its
    headline; a headline in capitals goes on past a name ("SỞ TÀI CHÍNH ĐỀ XUẤT ..."), and a lead under it is a
    sentence; a subject names its period."""
    opening = [ln for ln in lines[:_HEADING_LINES] if ln][: OFFICES_HEADER_LINES + 1]
    names = list(itertools.takewhile(lambda ln: all_capitals(ln, 3), opening))
    if not names and opening and _an_office_written_small(opening[0]) is not None and _an_office_line(opening[0]):
        names = opening[:1]
    if not names or len(names) == len(opening) or len(names) > OFFICES_HEADER_LINES:
        return False
    subject = opening[len(names)]
    # (its subject names the period it reports on; a portal's page sets its section label or its date and time under
    # the office's name: "Tin tức", "Thứ Hai, 05/01/2026 - 08:30")
    if (len(subject) > TITLE_CHARS_MAX or subject.endswith(".") or _a_paragraph(subject)
            or not any(ch.isdigit() for ch in subject) or _a_dateline(subject) or _page_chrome(subject)):
        return False
    return all(_names_an_office_alone(name) for name in names)


def _offices_province(lines: list[str]) -> Province | None:
    """The province the office's lines in capitals over an office's paper (see ``_an_offices_paper``) name at their
    end, bare or with its word ("ĐIỆN LỰC THÁI BÌNH"), or None."""
    opening = [ln for ln in lines[:_HEADING_LINES] if ln][:OFFICES_HEADER_LINES]
    for name in itertools.takewhile(lambda ln: all_capitals(ln, 3), opening):
        named = find_provinces(name)
        if named and named[-1].end >= len(name.rstrip(" .:")):
            return named[-1].province
    return None


def _names_an_office_alone(line: str) -> bool:
    """Is ``line`` an office's name alone (see ``_an_office_line``), an agency's of ``_HEADING_AGENCY`` with its place
    (or its province's bare name) at its end, or an office of a body numbered among the country's regions
    ("NGÂN HÀNG NHÀ NƯỚC CHI NHÁNH KHU VỰC 5")?"""
    folded = fold(line)
    if _an_office_line(line) or (DEPARTMENT.match(folded) is not None and _NUMBERED_REGION.search(folded)):
        return True
    if _HEADING_AGENCY.match(line) is None:
        return False
    # ("BẢO HIỂM XÃ HỘI TỈNH A", "ĐIỆN LỰC B": its place named last, with its unit's word or bare)
    places = find_units(line) or find_provinces(line)
    return bool(places) and places[-1].end >= len(line.rstrip(" .:"))


def _an_office_line(line: str) -> bool:
    """Is ``line`` an office's name in capitals (``SỞ TÀI CHÍNH TỈNH A``, ``CỤC THỐNG KÊ``), no headline? It
    names only the office and, at its end, the office's place (a headline in capitals goes on past a name). Written
    in sentence case ("Sở Tài chính tỉnh Cao Bằng") the name must end on its place, a capital opening it."""
    capitals = all_capitals(line, 3)
    if len(line) > 100 or not (capitals or line[:1].isupper()):
        return False
    folded = fold(line)
    # (a committee or a council, its name written out or cut short: "HĐND TỈNH A")
    if DEPARTMENT.match(folded) is None \
            and not folded.startswith(("uy ban nhan dan", "ubnd", "hoi dong nhan dan", "hdnd")):
        return False
    units = find_units(line)
    return (units[-1].end >= len(line.rstrip(" .:")) if units else False) or (
        capitals and len(line.split()) <= OFFICE_LINE_WORDS)


# ("Fanpage Cổng TTĐT tỉnh A": the portal's page on a social network, data/words/social_pages.csv; "TTĐT" its words cut)
_PORTAL = re.compile(r"(?i)^\W*(?:(?:" + word_source("social_pages") + r")\s+)?(?:cổng|trang)\s+"
                     r"(?:thông\s+tin\s+điện\s+tử\b|ttđt\b)")
# "Dien Bien Province Portal", "Electronic Information Portal of Lao Cai Province": a portal named in English, whole
_ENGLISH_PORTAL = re.compile(r"(?i)^\W*(?:(?P<name>(?:[a-z]+\s+){1,4}?)"
                             r"(?:province|provincial|city|people's\s+committee)\s+(?:(?:electronic\s+)?(?:information\s+)?|e-?|web\s+|online\s+)portal"
                             r"|(?:the\s+)?(?:electronic\s+)?(?:information\s+)?portal\s+of\s+(?P<of>(?:[a-z]+\s+){1,4}?)"
                             r"(?:province|city))\W*$")


def _english_portal(line: str) -> re.Match[str] | None:
    """A portal's name in English, the whole line (a cheap test first: few lines are ASCII and say "portal")."""
    return _ENGLISH_PORTAL.match(line) if line.isascii() and "ortal" in line else None


# "Báo Bà Rịa - Vũng Tàu điện tử (TP. Hồ Chí Minh)": a merged province's paper names the unit it now belongs to after
# its own name, in brackets
_BRACKETED_CLOSE = re.compile(r"\s*\(([^()]{2,40})\)\s*$")


def _without_its_province_in_brackets(line: str) -> str:
    """``line`` without a closing bracket that names a province and nothing else; as it is otherwise."""
    m = _BRACKETED_CLOSE.search(line) if line.endswith(")") else None
    if m is None:
        return line
    inner = m.group(1).strip()
    named = find_provinces(inner)
    return line[:m.start()] if len(named) == 1 and (named[0].start, named[0].end) == (0, len(inner)) else line


def _a_portals_name(line: str) -> bool:
    """Is ``line`` a portal's name (``Cổng Thông tin điện tử tỉnh A``), its place at most after it, a province it now
    belongs to maybe named after it in brackets?"""
    line = _without_its_province_in_brackets(line)
    m = _PORTAL.match(line) if len(line) <= DATELINE_CHARS_MAX else None
    if m is None and _english_portal(line) is not None:
        return True
    if m is None:
        # ("BÁO ĐỒNG NAI ĐIỆN TỬ", "Báo Hà Tĩnh": a provincial paper's name alone, over the page)
        paper = _PAPER_TAG.fullmatch(line.strip(" -–|")) if len(line) <= DATELINE_CHARS_MAX else None
        # ("HÀ NỘI MỚI", "Sài Gòn Giải Phóng": a paper known by a name of its own, its "Báo" left out)
        # (nor a national agency's or paper's: "TTXVN", "Chính phủ", "VOV", data/words/national_press.csv)
        # ("Gia Lai điện tử": a provincial paper's online edition, named by its province, "Báo" left out)
        e_paper = _E_PAPER.fullmatch(line.strip(" -–|")) if len(line) <= DATELINE_CHARS_MAX else None
        return (paper is not None and _papers_province(paper.group(1)) is not None) or (
            e_paper is not None and match_province(e_paper.group(1), fuzzy=False) is not None) or (
            len(line) <= DATELINE_CHARS_MAX and (_OWN_PAPERS_NAME.fullmatch(line.strip(" -–|")) is not None
                                                 or _NATIONAL_PRESS.fullmatch(line.strip(" -–|")) is not None))
    rest = line[m.end():].strip(" -–|")
    units = find_units(rest) if rest else []
    return not rest or (bool(units) and units[-1].end >= len(rest.rstrip(" .")))


_E_PAPER = re.compile(r"(?i)([^\W\d][^()\n]{1,30}?)\s+(?:điện\s+tử|online)")


UNIT_NAME_CHARS = 60  # a unit's kind and name, no more


# "UBND xã Bản Lầu", "Ủy ban nhân dân phường A", "Đảng ủy xã B": a unit's committee, council or party committee named
# over its page
_UNITS_BODY = re.compile(
    r"(?i)\W*(?:ubnd|hđnd|(?:ủy|uỷ)\s+ban\s+nhân\s+dân|hội\s+đồng\s+nhân\s+dân|đảng\s+(?:ủy|uỷ))\s+"
)


def _a_units_name(line: str) -> bool:
    """Is ``line`` only a unit's kind and name ("PHƯỜNG HÀ GIANG 1" under "CỔNG THÔNG TIN ĐIỆN TỬ": a portal's name
    set on two lines; "UBND xã Bản Lầu" over a commune's page, its body before it), no headline?"""
    if (body := _UNITS_BODY.match(line)) is not None:
        line = line[body.end() :]
    units = find_units(line) if len(line) <= UNIT_NAME_CHARS else []
    return len(units) == 1 and units[0].start == 0 and units[0].end >= len(line.rstrip(" .:"))


def _organ_words(words: list[str], count: int) -> tuple[str, str]:
    """A department's name in capitals, in the case it is written in: its organ word(s) (``Sở``, ``Chi cục``,
    ``BCH``) and the rest (``Tài chính``)."""
    # ("Ban Quản lý", "Ban Chỉ huy": a board's organ word is named by its second)
    board = count > 1 and fold(words[0]) == "ban"
    organ = [w if _keep_upper(w) else (w.capitalize() if k == 0 or (k == 1 and board) else w.lower())
             for k, w in enumerate(words[:count])]
    return " ".join(organ), _lower_words(" ".join(words[count:]))
