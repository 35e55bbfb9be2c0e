"""Natural-disaster damage: hazards, counts of events, damage by category, places hit.

A figure is disaster damage when its paragraph names a hazard (mưa to, lũ quét, sạt lở, rét
đậm ...) that caused it, and the figure itself reads as an impact: ``03 đợt`` of a hazard →
events, ``04 người chết`` → deaths, ``92 nhà bị sạt lở`` → houses_damaged, ``360,2ha lúa`` →
crops ... Traffic accidents, crime, forest-law violations and animal diseases name no hazard, so
they stay indicators.
"""

from __future__ import annotations

import re

from orchestration.extraction.routed import CAP_WORD, FigureContext, Routed, spaced

_I = re.IGNORECASE

HAZARDS: list[tuple[str, re.Pattern[str]]] = [
    ("flash_flood", re.compile(r"lũ\s+quét|lũ\s+ống", _I)),
    ("flood", re.compile(r"\blũ\b(?!\s+(?:quét|ống))(?<!mưa\slũ)|\blụt\b|ngập\s+lụt|ngập\s+úng|lũ\s+lụt", _I)),
    ("landslide", re.compile(r"sạt\s+lở|sụt\s+lún|lở\s+đất|trượt\s+lở", _I)),
    ("heavy_rain", re.compile(r"mưa\s+(?:vừa\s+đến\s+)?(?:mưa\s+)?(?:rất\s+)?(?:to|lớn)|mưa\s+lũ", _I)),
    ("storm", re.compile(r"\bbão\b|áp\s+thấp\s+nhiệt\s+đới|\bATNĐ\b", _I)),
    ("whirlwind", re.compile(r"dông\s+lốc|giông\s+lốc|lốc\s+xoáy|lốc\s+sét|gió\s+giật|gió\s+lốc|\blốc\b", _I)),
    ("hail", re.compile(r"mưa\s+đá", _I)),
    ("cold", re.compile(r"\brét\b|không\s+khí\s+lạnh|gió\s+mùa\s+đông\s+bắc|băng\s+giá|sương\s+muối", _I)),
    ("drought", re.compile(r"hạn\s+hán|khô\s+hạn|thiếu\s+nước\s+(?:nghiêm\s+trọng|sản\s+xuất)", _I)),
    ("wildfire", re.compile(r"cháy\s+rừng|cháy\s+(?:trên\s+)?(?:đất\s+)?(?:lâm\s+nghiệp|rừng)", _I)),
    ("lightning", re.compile(r"\bsét\b(?:\s+đánh)?", _I)),
]

# Where the description of what a hazard did begins: hazards named after it are damage words
# ("nhà bị sạt lở", "hư hỏng do mưa lũ"), not the cause.
_DAMAGE_CUE = re.compile(r"thiệt\s+hại|\blàm\s+(?:chết|ảnh\s+hưởng|hư|sập|\d)|\blàm\b|khiến|gây\s+thiệt", _I)
_EVENT_COUNT = re.compile(r"\d+\s*(?:đợt|trận|cơn|vụ\s+cháy)", _I)
# Not disasters even when a hazard word is near: accidents, crime, epidemics, fires of houses.
_NOT_DISASTER = re.compile(r"tai\s+nạn|tội\s+phạm|vi\s+phạm|dịch\s+bệnh|dịch\s+tả|cháy\s+nổ|hỏa\s+hoạn", _I)


def hazards_in(text: str) -> list[str]:
    found = []
    for name, pattern in HAZARDS:
        if pattern.search(text) and name not in found:
            found.append(name)
    if "hail" in found and "heavy_rain" in found and not re.search(r"mưa\s+(?:to|lớn)", text, _I):
        found.remove("heavy_rain")
    if "wildfire" in found and "lightning" in found and not re.search(r"\bsét\s+đánh", text, _I):
        found.remove("lightning")
    return found


def event_hazards(ctx: FigureContext) -> list[str]:
    """Hazards of an event count: the words after '03 đợt' up to the next count or its effects."""
    after = ctx.text[ctx.end:ctx.sentence[1]]
    stop = re.search(r"\d+\s*(?:đợt|trận|cơn)|gây|làm|khiến|\.\s|;", after[1:])
    return hazards_in(after[: stop.start() + 1 if stop else 200])


def cause_hazards(ctx: FigureContext) -> list[str]:
    """Hazards that caused a damage figure.

    Read from the last event count before the figure in its sentence (else the sentence start)
    to the first damage cue; when the sentence names none ("Thiệt hại: ..."), from the
    sentences before it in the paragraph, nearest first.
    """
    s_lo = ctx.sentence[0]
    bounds = [0] + [m.end() for m in re.finditer(r"(?<=[.!?])\s+", ctx.text[:s_lo])]
    earlier = [(a, b) for a, b in zip(bounds, [*bounds[1:], s_lo], strict=True) if b > a]
    spans = [(s_lo, ctx.start), *reversed(earlier)]
    for a, b in spans:
        window = ctx.text[a:b]
        counts = list(_EVENT_COUNT.finditer(window))
        if counts:
            window = window[counts[-1].start():]
        cue = _DAMAGE_CUE.search(window, 1)
        if cue:
            window = window[: cue.start()]
        found = hazards_in(window)
        if found:
            return found
    return []


_NAMES = rf"{CAP_WORD}(?:\s+{CAP_WORD})*"
_LOCATION = re.compile(
    r"(?:tại|ở|thuộc)\s+(?:các\s+|địa\s+bàn\s+(?:các\s+)?)?(?:huyện|xã|phường|thị\s+trấn|thành\s+phố|thị\s+xã)"
    rf"\s+({_NAMES}(?:\s*(?:,|và)\s*(?:(?:huyện|xã|phường|thị\s+trấn)\s+)?{_NAMES})*)")


def locations_in(text: str) -> list[str]:
    """District/commune names as written: 'tại các huyện Ba Bể, Pác Nặm, Chợ Đồn' → 3 names."""
    names: list[str] = []
    for m in _LOCATION.finditer(text):
        for part in re.split(r"\s*,\s*|\s+và\s+", m.group(1)):
            part = re.sub(r"^(?:huyện|xã|phường|thị\s+trấn)\s+", "", spaced(part))
            if part and part not in names:
                names.append(part)
    return names


def impact_of(ctx: FigureContext) -> tuple[str, float | None, str | None, str | None] | None:
    """(impact, value, unit, unit_label) of a damage figure, from its unit and the words around it."""
    after = ctx.text[ctx.unit_end:ctx.sentence[1]]
    head = re.split(r"[;,]|\.\s", after, maxsplit=1)[0][:60].lower()
    before = ctx.before[-40:].lower()
    label = (ctx.unit_label or "").lower()
    unit = ctx.unit
    if unit == "person":
        # the words right after "người" say what happened to them ("7 người mất tích, 48 người bị
        # thương"); failing that, the verb before the number ("làm chết 2 người")
        for near in (head[:25], before[-15:]):
            if re.search(r"mất\s+tích", near):
                return "missing", None, None, None
            if re.search(r"bị\s+thương", near):
                return "injured", None, None, None
            if re.search(r"chết|tử\s+vong|thiệt\s+mạng", near):
                return "deaths", None, None, None
        return None
    if unit in ("house", "household") or label.startswith("nhà"):
        if re.search(r"^\s*(?:văn\s+hóa|văn\s+hoá|văn\s+hóa|học|trẻ|kho|xưởng)", head) or \
                re.search(r"nhà\s+văn\s+ho[áa]", ctx.text[ctx.start:ctx.unit_end + 12].lower()):
            return "infrastructure", None, "count", "nhà văn hóa"
        if re.search(r"sập|đổ\s+hoàn\s+toàn|cuốn\s+trôi|hư\s+hỏng\s+hoàn\s+toàn|bị\s+vùi\s+lấp", head):
            return "houses_destroyed", None, None, None
        return "houses_damaged", None, None, None
    square_metres = unit == "km" and (re.match(r"\s*m\s*(?:2|²)", ctx.text[ctx.end:ctx.end + 6]) or (
        re.match(r"\s*m\b", ctx.text[ctx.end:ctx.end + 4]) and re.search(r"diện\s+tích", before)))
    if unit == "ha" or square_metres:
        value, out_unit = None, None
        if square_metres:  # "diện tích khoảng 500m²" (the ² may be lost as a footnote mark)
            value, out_unit = ctx.value * 1000 / 10000, "ha"
        words = head + " " + before
        if re.search(r"thủy\s+sản|thuỷ\s+sản|\bao\b|nuôi\s+trồng", head):
            return "aquaculture", value, out_unit, None
        if re.search(r"\brừng\b", head):
            return "forest", value, out_unit, None
        if re.search(r"lúa|ngô|hoa\s+màu|cây\s+trồng|rau|màu|cây\s+ăn\s+quả|nông\s+nghiệp|cây\s+cối", words):
            return "crops", value, out_unit, None
        return None
    if unit == "head":
        return "livestock", None, None, None
    if unit == "m3" or unit == "km":
        return "infrastructure", None, None, None
    if unit == "count":
        if re.match(r"(?:đợt|trận|cơn)\b", label):
            return "events", None, None, None
        if re.search(r"công\s+trình|cầu|cống|kè|đập|trường|điểm\s+trường|trụ\s+sở|cột\s+điện|đường|tuyến|"
                     r"lớp\s+học|phòng\s+học|trạm", label + " " + head[:20]):
            return "infrastructure", None, None, None
        return None
    if unit == "case" and re.match(r"\s*vụ\s+cháy", ctx.text[ctx.end:ctx.end + 12].lower()):
        return "events", None, None, None
    if unit in ("VND", "USD") and re.search(r"thiệt\s+hại", ctx.clause_before(r"[;.]").lower()) and \
            not re.search(r"hỗ\s+trợ|ủng\s+hộ|cứu\s+trợ|khắc\s+phục", ctx.clause_before(r"[;.]").lower()):
        return "economic_loss", None, None, None
    return None


def route_disaster(ctx: FigureContext) -> Routed | None:
    if ctx.table_row or _NOT_DISASTER.search(ctx.clause_before(r"[;.]")):
        return None
    reading = impact_of(ctx)
    if reading is None:
        return None
    impact, value, unit, label = reading
    hazards = event_hazards(ctx) if impact == "events" else cause_hazards(ctx)
    if not hazards:
        return None
    own = locations_in(ctx.text[ctx.unit_end:ctx.sentence[1]].split(";")[0])
    fields: dict = {"hazards": hazards, "impact": impact,
                    "locations": own or locations_in(ctx.text[ctx.sentence[0]:ctx.start])}
    if label:
        fields["unit_label"] = label
    return Routed("disasters", fields, value=value, unit=unit)
