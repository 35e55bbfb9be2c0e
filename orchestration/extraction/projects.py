"""Named projects and works: their events (started, inaugurated ...) and their figures.

A project is named when ``dự án``/``công trình`` is followed by a name in quotes or by a phrase
carrying a proper noun or written as a title (``dự án Khu dân cư Thôm Dầy``, ``dự án đầu tư
tuyến đường cao tốc Chợ Mới - Bắc Kạn``); ``các dự án``, ``12/33 dự án`` or ``dự án hỗ trợ phát
triển sản xuất cộng đồng`` are generic and name nothing. A count followed by a colon lists names
sharing one event (``khánh thành 3 dự án ... gồm: A; B; C``). The verb around the name gives the
event (khởi công → started, khánh thành → inaugurated, hoàn thành/bàn giao → completed, phê
duyệt → approved, otherwise in_progress); money after the name in its sentence, or in its
``Dự án X: ...`` block, is the project's (tổng mức đầu tư → total_investment, giải ngân →
disbursed, kế hoạch vốn or the b of a/b → plan, a % → plan_pct).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from orchestration.extraction.routed import CAP_WORD, UPPER, FigureContext, Routed, read_date, spaced

_I = re.IGNORECASE


@dataclass(frozen=True)
class NamedEvent:
    start: int                # span of the name in the paragraph
    end: int
    name: str
    event: str
    date: dt.date | None = None
    block_end: int | None = None  # "Dự án X: ..." — the name's details run to here


# "dự án", "Dự án:", "công trình" not preceded by a quantifier (các, những, 05, số ...).
_TRIGGER = re.compile(r"\b(?:dự\s+án|công\s+trình)\s*:?\s*", _I)
_GENERIC_BEFORE = re.compile(
    r"(?:\bcác|\bnhững|\bmỗi|\bmột\s+số|\bnhiều|\bsố|\btiểu|\d+|/|,\s*dự\s+án|công\s+trình,?)\s*$", _I)
_QUOTED = re.compile(r"[“\"]([^”\"]{4,250})[”\"]")
# Where an unquoted name ends: a clause mark, a verb or a connective that starts the predicate.
_NAME_END = re.compile(
    r"\s*[;:(“”\"]|\.(?:\s|$)|,(?!\s*(?i:thành\s+phố|tỉnh|huyện|thị\s+xã|xã|phường)\s+" + UPPER + r")|"
    r"\s+(?i:đang|đã|được|với|theo|để|nhằm|còn|gồm|là|cho|thuộc|và\s+(?:dự\s+án|một\s+số|đầu\s+tư))\b|"
    r"\s+do\s+(?=" + UPPER + r")|<|\s{3,}(?=" + UPPER + r")")
# ", thành phố Bắc Kạn" / "trên địa bàn tỉnh Bắc Kạn" closing a name: a place, not the name's own proper noun
_LOCALITY_TAIL = re.compile(
    r"(?:,?\s*(?i:trên\s+địa\s+bàn\s+)?(?i:thành\s+phố|tỉnh|huyện|thị\s+xã|xã|phường)\s+" + CAP_WORD +
    r"(?:\s+" + CAP_WORD + r")*)+\s*$")
_PROPER = re.compile(r"(?<=\s)" + CAP_WORD)

_EVENTS: list[tuple[str, re.Pattern[str]]] = [
    ("inaugurated", re.compile(r"khánh\s+thành", _I)),
    ("started", re.compile(r"khởi\s+công", _I)),
    ("approved", re.compile(r"phê\s+duyệt|chấp\s+thuận\s+chủ\s+trương|quyết\s+định\s+chủ\s+trương", _I)),
    ("completed", re.compile(
        r"(?<!dự\skiến\s)(?<!chưa\s)(?<!phấn\sđấu\s)(?:đã\s+)?(?:cơ\s+bản\s+)?hoàn\s+thành(?!\s+(?:trong|vào|trước|\d))|"
        r"đưa\s+vào\s+sử\s+dụng|đi\s+vào\s+hoạt\s+động", _I)),
]
_DATE_NEAR = re.compile(r"(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d\d", _I)


def is_named(name: str, quoted: bool) -> bool:
    """A name, not a kind of project: quoted, or a title (capital first), or holding a proper noun."""
    if quoted:
        return len(name.split()) >= 2
    words = name.split()
    # "dự án trọng điểm", "Dự án: Thời gian thực hiện ...", research projects ("dự án ứng dụng ...")
    if len(words) < 2 or re.match(r"(?:trọng\s+điểm|mới|này|đó|trên|của|tại|thuộc|ứng\s+dụng|nghiên\s+cứu|"
                                  r"thời\s+gian|tiến\s+độ|tổng\s+mức|nguồn\s+vốn|khối\s+lượng|tình\s+hình|"
                                  r"kết\s+quả)\b", name, _I):
        return False
    core = _LOCALITY_TAIL.sub("", name)
    if not core.strip():
        return False
    return bool(re.match(UPPER, core) or _PROPER.search(core))


def read_name(text: str, pos: int) -> tuple[int, int, str, bool] | None:
    """(start, end, name, quoted) of a project name written at ``pos``."""
    m = _QUOTED.match(text, pos)
    if m:
        return m.start(1), m.end(1), spaced(m.group(1)), True
    end = _NAME_END.search(text, pos)
    stop = end.start() if end else len(text)
    stop = min(stop, pos + 160)
    name = text[pos:stop].strip(" ,")
    if not name:
        return None
    return pos, pos + len(name), spaced(name), False


def event_of(before: str, after: str) -> str:
    """The event the verbs around a name say; the predicate after the name comes first."""
    for window in (after, before):
        for event, pattern in _EVENTS:
            if pattern.search(window):
                return event
    return "in_progress"


def _date_for(event: str, before: str, after: str) -> dt.date | None:
    if event == "in_progress":
        return None
    for window in (before, after):
        dates = list(_DATE_NEAR.finditer(window))
        if dates:
            return read_date(dates[-1].group() if window is before else dates[0].group())
    return None


def _sentence_start(text: str, pos: int) -> int:
    lo = 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[\"“(]?" + UPPER + r")", text):
        if m.end() > pos:
            break
        lo = m.end()
    return lo


def _sentence_end(text: str, pos: int) -> int:
    m = re.search(r"\.(?=\s+[\"“(]?" + UPPER + r"|\s*$)", text[pos:])
    return pos + m.start() if m else len(text)


def _list_items(text: str) -> list[tuple[int, str]]:
    """(item start, head clause) of lists 'N dự án ... gồm: A; B; C.'"""
    out = []
    for m in re.finditer(r"\d+\s+(?:dự\s+án|công\s+trình)[^.:;]{0,80}?:\s*", text, _I):
        head = text[_sentence_start(text, m.start()):m.start()]
        end = _sentence_end(text, m.end())
        pos = m.end()
        for part in re.split(r";", text[m.end():end]):
            lead = len(part) - len(part.lstrip())
            item = part.lstrip()
            trig = re.match(r"(?:dự\s+án|công\s+trình)\s*:?\s*", item, _I)
            out.append((pos + lead + (trig.end() if trig else 0), head))
            pos += len(part) + 1
    return out


def find_names(text: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, name, before, after) of every named project of a paragraph."""
    found: dict[int, tuple[int, int, str, str, str]] = {}
    for m in _TRIGGER.finditer(text):
        if _GENERIC_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
            continue
        got = read_name(text, m.end())
        if got is None or not is_named(got[2], got[3]):
            continue
        a, b, name, _ = got
        clause_lo = max(_sentence_start(text, m.start()), text.rfind(";", 0, m.start()) + 1)
        before = text[clause_lo:m.start()]
        after_end = min(_sentence_end(text, b), *(i for i in [text.find(";", b)] if i >= 0), len(text))
        # the evidence starts at "dự án": annotators may count the word as part of the name
        found[a] = (m.start(), b, name, before, text[b:after_end])
    for pos, head in _list_items(text):
        key = next((k for k, v in found.items() if v[0] <= pos <= k), None)
        if key is not None:
            found[key] = (*found[key][:3], head, found[key][4])
            continue
        got = read_name(text, pos)
        if got is None or not is_named(got[2], got[3]):
            continue
        a, b, name, _ = got
        after_end = min([i for i in [text.find(";", b), _sentence_end(text, b)] if i >= 0] or [len(text)])
        found[a] = (a, b, name, head, text[b:after_end])
    return [found[k] for k in sorted(found)]


_BLOCK_START = re.compile(r"\bDự\s+án\s*:?\s*", re.UNICODE)


def _block_end(text: str, name_end: int) -> int | None:
    """'Dự án X: Tổng mức đầu tư ...': details of X run to the next 'Dự án' or the paragraph end."""
    if not re.match(r"\s*:", text[name_end:]):
        return None
    nxt = _BLOCK_START.search(text, name_end)
    return nxt.start() if nxt else len(text)


def find_project_events(paragraph: str) -> list[NamedEvent]:
    events: list[NamedEvent] = []
    for a, b, name, before, after in find_names(paragraph):
        event = event_of(before, after)
        events.append(NamedEvent(a, b, name, event, _date_for(event, before, after), _block_end(paragraph, b)))
        block = _block_end(paragraph, b)
        if block is not None:
            start = re.search(r"[Kk]hởi\s+công\s*:?\s*(?:[Nn]gày\s+)?(\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})",
                              paragraph[b:block])
            if start and event != "started":
                events.append(NamedEvent(a, b, name, "started", read_date(start.group(1)), block))
    return events


_TOTAL = re.compile(r"tổng\s+mức\s+đầu\s+tư|\bTMĐT\b|tổng\s+vốn\s+đầu\s+tư|nguồn\s+vốn\s+đầu\s+tư", _I)
_DISBURSED = re.compile(r"giải\s+ngân", _I)
_PLAN = re.compile(r"kế\s+hoạch\s+vốn|vốn\s+(?:được\s+)?giao|bố\s+trí\s+vốn", _I)


def _owner(ctx: FigureContext) -> tuple[str, str, int] | None:
    """(name, event, name end) of the project a figure belongs to, if any."""
    best = None
    for ev in find_project_events(ctx.text):
        in_sentence = ctx.sentence[0] <= ev.start and ev.end <= ctx.start
        in_block = ev.block_end is not None and ev.end <= ctx.start < ev.block_end
        if in_sentence or in_block:
            best = (ev.name, "in_progress" if ev.event == "started" and ev.block_end else ev.event, ev.end)
    return best


def route_project(ctx: FigureContext) -> Routed | None:
    if ctx.table_row or ctx.unit not in ("VND", "USD", "pct"):
        return None
    owner = _owner(ctx)
    if owner is None:
        return None
    name, event, name_end = owner
    between = ctx.text[name_end:ctx.start]
    if ctx.unit == "pct":
        if ctx.metric != "plan_pct" and not re.search(r"(?:đạt|bằng)\s*(?:(?:khoảng|gần|hơn|trên|được)\s*)*$",
                                                      ctx.before, _I):
            return None  # "bàn giao 100% các hạng mục": a share of the works, not of the money
        measure = "plan_pct"
    elif ctx.role == "denominator" or re.search(r"/\s*$", between):
        measure = "plan"
    else:
        hits = [(m.end(), "total_investment") for m in _TOTAL.finditer(between)]
        hits += [(m.end(), "disbursed") for m in _DISBURSED.finditer(between)]
        hits += [(m.end(), "plan") for m in _PLAN.finditer(between)]
        if not hits:
            return None
        measure = max(hits)[1]
    return Routed("projects", {"project_name": name, "event": event, "event_date": None, "measure": measure})
