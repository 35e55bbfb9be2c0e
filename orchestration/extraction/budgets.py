"""State budget revenue and spending, public investment capital and national target programme funds.

A figure is a budget figure when it is money (or a % of a money plan) and the words before it
in its sentence name a budget item: ``thu nội địa``, ``chi thường xuyên``, ``giải ngân``,
``kế hoạch vốn``, ``dự toán`` ... or when it sits under a heading on the national target
programmes. The words then give the measure (``dự toán``/``kế hoạch vốn``/``được giao`` →
plan, ``giải ngân``/``thực hiện``/``thu được`` → actual), who set the plan (``Trung ương giao``
→ central, ``tỉnh giao``/``HĐND giao`` → provincial) and the source of the money (NSTW →
central, NSĐP → local).
"""

from __future__ import annotations

import datetime as dt
import re

from orchestration.extraction.routed import FigureContext, Routed, read_date

_I = re.IGNORECASE

# Budget items, most specific first; the one written nearest before the number wins.
_ITEMS: list[tuple[str, re.Pattern[str]]] = [
    ("revenue_domestic", re.compile(r"\bthu\s+nội\s+địa", _I)),
    ("revenue_import_export", re.compile(r"\bthu\s+(?:từ\s+(?:hoạt\s+động\s+)?)?(?:xuất\s*,?\s*nhập\s+khẩu|XNK)", _I)),
    ("revenue_land_use", re.compile(r"\bthu\s+tiền\s+sử\s+dụng\s+đất", _I)),
    ("revenue_other", re.compile(
        r"\bthu\s+(?:từ\s+)?(?:khu\s+vực|doanh\s+nghiệp|thuế|phí|lệ\s+phí|xổ\s+số|tiền\s+thuê\s+đất|"
        r"tiền\s+cấp\s+quyền|khác)", _I)),
    ("revenue_total", re.compile(
        r"\bthu\s+(?:ngân\s+sách|NSNN|NS\b)(?!\s+(?:từ|do)\s)(?:\s+nhà\s+nước)?|"
        r"\btổng\s+thu\b(?!\s+(?:nhập|(?:từ\s+)?(?:khách\s+)?du\s+lịch|dịch\s+vụ))", _I)),
    ("expenditure_investment", re.compile(r"\bchi\s+đầu\s+tư(?:\s+phát\s+triển)?", _I)),
    ("expenditure_recurrent", re.compile(r"\bchi\s+thường\s+xuyên", _I)),
    ("expenditure_total", re.compile(r"\b(?:tổng\s+)?chi\s+(?:ngân\s+sách|NSĐP|NSĐP|NSNN|NS\b)", _I)),
    ("target_programme", re.compile(
        r"chương\s+trình\s+(?:mục\s+tiêu\s+quốc\s+gia|MTQG)|\bCTMTQG\b|\bCT\s*MTQG\b", _I)),
    ("public_investment", re.compile(
        r"đầu\s+tư\s+công|kế\s+hoạch\s+vốn|giải\s+ngân|vốn\s+(?:đầu\s+tư\s+)?(?:ngân\s+sách|NSTW|NSĐP|NSDP)|"
        r"nguồn\s+vốn\s+(?:được\s+)?giao|vốn\s+giao|tổng\s+(?:số\s+)?vốn\s+(?:được\s+)?giao", _I)),
    ("other", re.compile(
        r"(?:đã|được)\s+phân\s+bổ|cấp\s+kinh\s+phí|bố\s+trí\s+(?:vốn|kinh\s+phí)|giao\s+dự\s+toán", _I)),
]

# Subjects that look like budget words but are not the state budget. Said anywhere before the
# number in its sentence: total social investment, credit, registered capital, retail sales ...
_NOT_BUDGET_SENTENCE = re.compile(
    r"dư\s+nợ|tín\s+dụng|cho\s+vay|huy\s+động\s+vốn|vốn\s+đăng\s+ký|vốn\s+điều\s+lệ|toàn\s+xã\s+hội|"
    r"bán\s+lẻ|GRDP|kim\s+ngạch|giá\s+trị\s+sản\s+xuất|bồi\s+thường|thiệt\s+hại|tặng\s+quà|suất\s+quà|"
    r"chúc\s+thọ|khen\s+thưởng", _I)
# Said in the number's own clause: fines paid into the budget, recoveries, gifts, revenue of firms.
_NOT_BUDGET_CLAUSE = re.compile(
    r"doanh\s+thu|thu\s+nộp|nộp\s+ngân\s+sách|xử\s+phạt|thu\s+hồi|tặng\s+quà|suất\s+quà|thu\s+nhập|"
    r"thu\s+(?:từ\s+)?(?:khách\s+)?du\s+lịch|"
    r"vốn\s+thực\s+hiện\s+của|trị\s+giá", _I)

_PROGRAMME = _ITEMS[8][1]

# The measure of a money figure: plan words and actual words, nearest before the number wins.
_PLAN_WORDS = re.compile(
    r"dự\s+toán|kế\s+hoạch|\bKH\b|được\s+giao|vốn\s+giao|phân\s+bổ|chuyển\s+nguồn|(?<!với\s)tổng\s+(?:số\s+)?kinh\s+phí|"
    r"tổng\s+nguồn\s+vốn|nguồn\s+vốn|cấp\s+kinh\s+phí|bố\s+trí", _I)
_ACTUAL_WORDS = re.compile(
    r"giải\s+ngân|thực\s+hiện\s+(?:đến|được|đạt|trong)|ước\s+thực\s+hiện|thực\s+hiện\s*$|\bđạt\b|"
    r"thu\s+được|\bđược\b(?!\s+giao)|\bchi\b(?!\s+tiết)|số\s+tiền", _I)

_CENTRAL_PLAN = re.compile(r"(?:dự\s+toán|kế\s+hoạch|KH)\s+(?:vốn\s+)?(?:Trung\s+ương|TW)\s+giao", _I)
_PROVINCIAL_PLAN = re.compile(
    r"(?:dự\s+toán|kế\s+hoạch|KH)\s+(?:vốn\s+)?(?:tỉnh|HĐND(?:\s+tỉnh)?|UBND\s+tỉnh|địa\s+phương)\s+giao|"
    r"HĐND\s+(?:tỉnh\s+)?giao|(?:tỉnh|HĐND)\s+giao\s+đầu\s+năm", _I)
_PROVINCE_ALLOCATES = re.compile(
    r"(?:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân)\s+tỉnh\s+(?:đã\s+)?(?:\S+\s+){0,3}?"
    r"(?:phân\s+bổ|cấp\s+kinh\s+phí|bố\s+trí|giao)", _I)
_ANY_PLAN = re.compile(r"dự\s+toán|kế\s+hoạch|\bKH\b", _I)

_CENTRAL_SOURCE = re.compile(r"ngân\s+sách\s+(?:trung\s+ương|TW)|\bNSTW\b|vốn\s+trung\s+ương", _I)
_LOCAL_SOURCE = re.compile(
    r"ngân\s+sách\s+(?:địa\s+phương|tỉnh|thành\s+phố|huyện|cấp\s+tỉnh)|\bNSĐP\b|\bNSDP\b", _I)

_AS_OF = re.compile(r"(?:đến|tính\s+đến|tới)\s+(?:ngày\s+)?(\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d\d)", _I)
_PERIOD_RESET = re.compile(r"đến\s+hết|trong\s+\d+\s+tháng|\d+\s+tháng\s+đầu\s+năm|cả\s+năm|lũy\s+kế", _I)
_PERCENT_REACH = re.compile(r"(?:đạt|bằng)\s*(?:(?:khoảng|gần|hơn|trên|được|mới)\s*)*$", _I)


def nearest_item(text: str) -> tuple[str, int] | None:
    """(budget_item, position) of the item named last in ``text`` (nearest to what follows)."""
    best: tuple[str, int] | None = None
    for item, pattern in _ITEMS:
        for m in pattern.finditer(text):
            # a longer, more specific item at the same place beats a shorter generic one
            if best is None or m.start() > best[1]:
                best = (item, m.start())
    return best


_BUDGET_VERB = re.compile(r"phân\s+bổ|giải\s+ngân|kế\s+hoạch\s+vốn|dự\s+toán", _I)


def budget_item(ctx: FigureContext) -> str | None:
    """The item the figure is about: its sentence, else the paragraph before it, else the heading."""
    found = nearest_item(ctx.before)
    if found is None and _BUDGET_VERB.search(ctx.before):
        # "Tỉnh đã thực hiện phân bổ chi tiết là ...": the item of the sentences before
        found = nearest_item(ctx.text[:ctx.sentence[0]])
        if found is not None and found[0] == "other":
            found = None  # an allocation said earlier does not make every later sum a budget figure
    in_programme = bool(_PROGRAMME.search(ctx.sentence_text) or _PROGRAMME.search(ctx.heading))
    if found is None:
        if in_programme:
            return "target_programme"
        return None
    item = found[0]
    if in_programme and item in ("public_investment", "other", "expenditure_investment"):
        # programme money (its investment and recurrent capital) stays with the programme
        return "target_programme"
    return item


def _subject(ctx: FigureContext) -> str:
    """The words naming what the number is (its clause), for the not-a-budget test."""
    return ctx.clause_before()


def measure_of(ctx: FigureContext) -> str | None:
    """actual / plan / plan_pct / yoy_pct from the figure's metric and the budget words."""
    if ctx.unit == "pct":
        if ctx.metric in ("plan_pct", "yoy_pct"):
            return ctx.metric
        if ctx.metric in ("level", "share_pct") and _PERCENT_REACH.search(ctx.before):
            return "plan_pct"  # "giải ngân đạt 28%", "578/2.157,1 tỷ đồng đạt 33%": share of plan
        return None
    if ctx.role == "denominator" or re.search(r"/\s*$", ctx.before):
        return "plan"  # "365 tỷ đồng/978 tỷ đồng": done / planned
    if ctx.table_row:
        return "plan" if ctx.metric == "target" else "actual"
    clause = ctx.clause_before(r"[;,()]")
    plan = [m.end() for m in _PLAN_WORDS.finditer(clause)]
    actual = [m.end() for m in _ACTUAL_WORDS.finditer(clause)]
    if plan or actual:
        return "plan" if (max(plan, default=-1) > max(actual, default=-1)) else "actual"
    # "..., trong đó: Nguồn vốn NSĐP: 906.750 triệu đồng" inherits the measure of its sentence
    sentence = ctx.before
    plan = [m.end() for m in _PLAN_WORDS.finditer(sentence)]
    actual = [m.end() for m in _ACTUAL_WORDS.finditer(sentence)]
    first_plan, first_actual = min(plan, default=10**9), min(actual, default=10**9)
    if first_plan == first_actual == 10**9:
        return "actual"
    return "plan" if first_plan < first_actual else "actual"


def plan_basis(ctx: FigureContext) -> str | None:
    """Who set the plan: the words right after the figure, else the nearest ones before it."""
    head = re.split(r"[;,]", ctx.after, maxsplit=1)[0]
    if ctx.unit != "pct":
        # "978 tỷ đồng, đạt 37% dự toán tỉnh giao": the plan is the one the next % is read against
        m = re.match(r"\s*,?\s*(?:đạt|bằng)\s+[\d.,]+\s*%([^;,]*)", ctx.after)
        head = m.group(1) if m else head
    for pattern, basis in ((_CENTRAL_PLAN, "central"), (_PROVINCIAL_PLAN, "provincial")):
        if pattern.search(head):
            return basis
    hits = [(m.start(), "central") for m in _CENTRAL_PLAN.finditer(ctx.before)]
    hits += [(m.start(), "provincial") for m in _PROVINCIAL_PLAN.finditer(ctx.before)]
    if hits and (_ANY_PLAN.search(head) or ctx.unit != "pct" or not head.strip()):
        return max(hits)[1]
    if ctx.unit != "pct" and _PROVINCE_ALLOCATES.search(ctx.before):
        return "provincial"  # "UBND tỉnh đã phân bổ 1.501 triệu đồng": the province set the amount
    return None


def funding_source(ctx: FigureContext, item: str) -> str | None:
    clause = ctx.clause_before(r"[;,()]")
    central, local = bool(_CENTRAL_SOURCE.search(clause)), bool(_LOCAL_SOURCE.search(clause))
    if central and not local:
        return "central"
    if local and not central:
        return "local"
    if central and local:
        return None  # "bao gồm vốn NSTW và NSĐP": both
    if item.startswith("expenditure_"):
        return "local"  # local budget spending (chi ngân sách địa phương) unless said otherwise
    return None


def as_of(ctx: FigureContext) -> dt.date | None:
    """'đến ngày 17/6/2024' written before the figure in its paragraph (a period phrase resets it)."""
    text = ctx.paragraph_before
    last_date = None
    for m in _AS_OF.finditer(text):
        last_date = m
    if last_date is None:
        return None
    if any(m.start() > last_date.start() for m in _PERIOD_RESET.finditer(text)):
        return None
    return read_date(last_date.group(1))


_YEAR = re.compile(r"(?:năm|kế\s+hoạch|dự\s+toán)\s+((?:19|20)\d\d)(?!\s*[-–])", _I)


def plan_year(ctx: FigureContext) -> int | None:
    years = [int(m.group(1)) for m in _YEAR.finditer(ctx.before)]
    return years[-1] if years else None


def route_budget(ctx: FigureContext) -> Routed | None:
    if ctx.unit not in ("VND", "USD", "pct"):
        return None
    if _NOT_BUDGET_CLAUSE.search(_subject(ctx)) or _NOT_BUDGET_SENTENCE.search(ctx.before):
        return None
    item = budget_item(ctx)
    if item is None:
        return None
    measure = measure_of(ctx)
    if measure is None:
        return None
    fields: dict = {
        "budget_item": item,
        "budget_label": _label(ctx),
        "measure": measure,
        "plan_basis": plan_basis(ctx) if measure in ("plan", "plan_pct") else None,
        "funding_source": funding_source(ctx, item),
    }
    if measure != "plan":
        fields["as_of"] = as_of(ctx)
    else:
        year = plan_year(ctx)
        if year:  # a yearly plan covers its whole year
            fields["period_start"], fields["period_end"] = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return Routed("budgets", fields)


def _label(ctx: FigureContext) -> str:
    found = nearest_item(ctx.before)
    if found is None:
        return " ".join(ctx.clause_before().split())[:200]
    rest = ctx.before[found[1]:]
    label = re.split(r"\s+(?:đến|tính\s+đến|được|đạt|là|ước|thực\s+hiện)\b|[,;:(]", rest, maxsplit=1)[0]
    return " ".join(label.split())[:200]
