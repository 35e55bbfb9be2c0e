"""Subjects of indicator figures: the label as written and its key in the indicator catalog.

``subject_label`` reads the noun phrase a number belongs to (the words before it in its clause,
without verbs and qualifiers; when the clause starts with a verb — ``, tăng 12,1%`` — the subject
of the previous figure carries over). ``catalog_key`` maps a subject to ``indicator_catalog.csv``
by the phrasings reports use for each entry; a key is kept only when the figure's unit fits the
entry (a ``ha`` figure is never ``retail_sales``).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

from orchestration.extraction.numbers import read_unit

# Aliases per catalog key: regexes over the lower-cased NFC subject text. Order matters: the
# more specific entry comes first (grdp_industry_construction before grdp_industry).
CATALOG_ALIASES: list[tuple[str, str]] = [
    ("grdp_per_capita", r"grdp\s+bình\s+quân\s+đầu\s+người|bình\s+quân\s+đầu\s+người"),
    ("grdp_agriculture", r"(?:khu\s+vực\s+)?nông,?\s+lâm\s+nghiệp\s+và\s+thủy\s+sản|khu\s+vực\s+i\b"),
    ("grdp_industry_construction", r"(?:khu\s+vực\s+)?công\s+nghiệp\s*[-–]\s*xây\s+dựng|khu\s+vực\s+ii\b"),
    ("grdp_services", r"(?:^|[-+•:;]\s*)dịch\s+vụ\s+(?:đạt|tăng|chiếm)|khu\s+vực\s+dịch\s+vụ|khu\s+vực\s+iii\b"),
    ("grdp_product_taxes", r"thuế\s+sản\s+phẩm(?:\s+trừ\s+trợ\s+cấp)?"),
    ("grdp_industry", r"(?:^|[-+•:;(]\s*)(?:ngành\s+)?công\s+nghiệp\s+(?:đạt|tăng|chiếm|\d)"),
    ("grdp_construction", r"(?:^|(?<!nghiệp\s)[-+•:;]\s*)(?:ngành\s+)?xây\s+dựng\s+"
                          r"(?:đạt|tăng|chiếm|\d)"),
    ("grdp", r"grdp|tổng\s+sản\s+phẩm\s+(?:trên\s+địa\s+bàn|trong\s+tỉnh)|tăng\s+trưởng\s+kinh\s+tế|"
             r"tốc\s+độ\s+tăng\s+trưởng(?!\s+(?:tín\s+dụng|dư\s+nợ|huy\s+động))"),
    ("industrial_production_index", r"chỉ\s+số\s+sản\s+xuất(?:\s+toàn\s+ngành)?\s+công\s+nghiệp|\biip\b"),
    ("industrial_output", r"giá\s+trị\s+sản\s+xuất\s+công\s+nghiệp|gtsx\s+công\s+nghiệp"),
    ("retail_sales", r"tổng\s+mức\s+bán\s+lẻ|bán\s+lẻ\s+hàng\s+hó?o?á?a"),
    ("export_turnover", r"kim\s+ngạch\s+xuất\s+khẩu|giá\s+trị\s+xuất\s+khẩu"),
    ("import_turnover", r"kim\s+ngạch\s+nhập\s+khẩu|giá\s+trị\s+nhập\s+khẩu"),
    ("trade_turnover", r"kim\s+ngạch\s+xuất\s*,?\s*nhập\s+khẩu|tổng\s+kim\s+ngạch"),
    ("tourist_arrivals_international", r"khách\s+quốc\s+tế|khách\s+nước\s+ngoài"),
    ("tourist_arrivals_domestic", r"khách\s+nội\s+địa|khách\s+trong\s+nước"),
    ("tourism_revenue", r"doanh\s+thu\s+(?:từ\s+)?(?:khách\s+)?du\s+lịch|thu\s+từ\s+(?:khách\s+)?du\s+lịch|"
                        r"tổng\s+thu\s+(?:từ\s+)?(?:khách\s+)?du\s+lịch"),
    ("room_occupancy", r"công\s+suất\s+(?:sử\s+dụng\s+)?phòng"),
    ("tourist_arrivals", r"khách\s+du\s+lịch|lượt\s+khách|du\s+khách|đón\s+(?:được\s+)?khách|tổng\s+số\s+khách"),
    ("social_investment", r"vốn\s+đầu\s+tư\s+(?:phát\s+triển\s+)?toàn\s+xã\s+hội|vốn\s+đầu\s+tư\s+thực\s+hiện"
                          r"\s+trên\s+địa\s+bàn"),
    ("new_enterprises_capital", r"vốn\s+đăng\s+ký(?:\s+\w+){0,4}\s+doanh\s+nghiệp\s+(?:thành\s+lập\s+)?mới|"
                                r"doanh\s+nghiệp\s+(?:thành\s+lập\s+)?mới.*vốn\s+đăng\s+ký"),
    ("new_enterprises", r"doanh\s+nghiệp\s+(?:thành\s+lập\s+|đăng\s+ký\s+thành\s+lập\s+)?mới|"
                        r"thành\s+lập\s+mới\s+(?:\d+\s+)?doanh\s+nghiệp|đăng\s+ký\s+thành\s+lập\s+mới"),
    ("enterprises_suspended", r"doanh\s+nghiệp\s+(?:tạm\s+)?ngừng|tạm\s+ngừng\s+(?:kinh\s+doanh|hoạt\s+động)"),
    ("enterprises_dissolved", r"doanh\s+nghiệp\s+giải\s+thể|giải\s+thể"),
    ("enterprises_active", r"(?:tổng\s+số\s+)?doanh\s+nghiệp\s+(?:đang\s+hoạt\s+động|trên\s+địa\s+bàn)"),
    ("investment_projects_capital", r"vốn\s+đăng\s+ký(?:\s+\w+){0,6}\s+dự\s+án|dự\s+án.*vốn\s+đăng\s+ký"),
    ("investment_projects_approved", r"chấp\s+thuận\s+chủ\s+trương\s+đầu\s+tư|dự\s+án\s+đầu\s+tư\s+ngoài\s+ngân"
                                     r"\s+sách|cấp\s+(?:mới\s+)?giấy\s+chứng\s+nhận\s+đăng\s+ký\s+đầu\s+tư"),
    ("new_cooperatives", r"(?:hợp\s+tác\s+xã|htx)\s+(?:thành\s+lập\s+)?mới|thành\s+lập\s+mới\s+(?:\d+\s+)?"
                         r"(?:hợp\s+tác\s+xã|htx)"),
    ("cooperatives_total", r"tổng\s+số\s+(?:\d\s+)?(?:hợp\s+tác\s+xã|htx)|(?:trên\s+địa\s+bàn|toàn\s+tỉnh)(?:\s+tỉnh)?"
                           r"\s+có\s*:?\s+\d\s+(?:hợp\s+tác\s+xã|htx)"),
    ("bank_deposits", r"huy\s+động\s+vốn|nguồn\s+vốn\s+huy\s+động|vốn\s+huy\s+động"),
    ("bad_debt", r"nợ\s+xấu"),
    ("bank_credit", r"dư\s+nợ\s+(?:cấp\s+)?tín\s+dụng(?!\s+chính\s+sách)|"
                    r"tổng\s+dư\s+nợ(?!\s+(?:cho\s+vay\s+)?(?:chính\s+sách|"
                    r"phát\s+triển|đối\s+với))"),
    ("overseas_workers", r"xuất\s+khẩu\s+lao\s+động|làm\s+việc\s+ở\s+nước\s+ngoài"),
    ("jobs_created", r"giải\s+quyết\s+việc\s+làm|tạo\s+việc\s+làm|việc\s+làm\s+mới"),
    ("trained_labour_rate", r"lao\s+động\s+qua\s+đào\s+tạo"),
    ("poverty_rate", r"tỷ\s+lệ\s+hộ\s+nghèo|tỉ\s+lệ\s+hộ\s+nghèo|(?<!cận\s)hộ\s+nghèo\s*,?\s*chiếm"),
    ("temporary_houses_removed", r"nhà\s+tạm|nhà\s+dột\s+nát"),
    ("food_crop_output", r"sản\s+lượng\s+(?:cây\s+)?lương\s+thực|lương\s+thực\s+có\s+hạt|cây\s+lương\s+thực"),
    ("meat_output", r"thịt\s+hơi"),
    ("aquaculture_area", r"diện\s+tích\s+nuôi\s+trồng\s+thủy\s+sản|diện\s+tích\s+(?:mặt\s+nước\s+)?nuôi\s+"
                         r"(?:trồng\s+)?thủy\s+sản"),
    ("aquaculture_output", r"sản\s+lượng\s+(?:nuôi\s+trồng\s+|khai\s+thác\s+)?thủy\s+sản|"
                           r"thủy\s+sản[^.;]{0,60}sản\s+lượng"),
    ("forest_cover", r"che\s+phủ\s+rừng|độ\s+che\s+phủ"),
    ("forest_planting", r"trồng\s+rừng|rừng\s+trồng\s+mới"),
    ("timber_harvest", r"khai\s+thác\s+(?:được\s+)?(?:\d[\d.,]*\s*m³\s+)?gỗ|gỗ\s+(?:rừng\s+trồng\s+)?(?:các\s+chủ"
                       r"\s+rừng\s+)?(?:đã\s+)?khai\s+thác|sản\s+lượng\s+gỗ|đã\s+khai\s+thác\s+được"),
    ("livestock_herd", r"tổng\s+đàn|đàn\s+(?:gia\s+súc|gia\s+cầm|trâu|bò|lợn|heo|dê|ngựa|vật\s+nuôi|đại\s+gia"
                       r"\s+súc|cừu|gà|vịt)"),
    ("cultivated_area", r"diện\s+tích\s+(?:gieo\s+(?:trồng|cấy)|trồng|cây|lúa|ngô|các\s+(?:loại\s+)?cây|rau|"
                        r"khoai|sắn|đậu|lạc|dong|thuốc|mía|chè|cam|quýt|hồng|cây\s+trồng)|gieo\s+cấy|gieo\s+trồng|"
                        r"(?:cây|diện\s+tích)\s+(?:lúa|ngô|khoai|rau|đậu|lạc|sắn|dong|mía|thuốc|chè|cam|quýt|hồng)|"
                        r"(?:vụ\s+(?:xuân|mùa|đông|hè\s+thu)|cây\s+\w+)[^.;]{0,60}(?<!trên\s)diện\s+tích"
                        r"(?!\s+(?:hiện\s+có|cho\s+thu\s+hoạch|kinh\s+doanh))"),
    ("new_rural_communes", r"xã\s+đạt\s+chuẩn\s+nông\s+thôn\s+mới(?!\s+(?:nâng\s+cao|kiểu\s+mẫu))"),
    ("ocop_products", r"sản\s+phẩm\s+ocop(?!\s+\d\s+sao)|ocop\s+(?:từ\s+)?3\s+sao\s+trở\s+lên"),
    ("national_standard_schools", r"trường(?:\s+học)?\s+(?:được\s+công\s+nhận\s+)?đạt\s+chuẩn\s+quốc\s+gia|"
                                  r"chuẩn\s+quốc\s+gia"),
    ("health_insurance_coverage", r"bảo\s+hiểm\s+y\s+tế|bhyt"),
    ("medical_visits", r"khám(?:,)?\s+chữa\s+bệnh|lượt\s+khám"),
    ("traffic_deaths", r"(?:người\s+)?chết(?:.{0,40})?tai\s+nạn\s+giao\s+thông|(?:tai\s+nạn\s+giao\s+thông|tngt)"
                       r"[^.]{0,160}?(?:người\s+)?(?:chết|tử\s+vong)"),
    ("traffic_injuries", r"(?:người\s+)?bị\s+thương(?:.{0,40})?tai\s+nạn\s+giao\s+thông|(?:tai\s+nạn\s+giao\s+thông"
                         r"|tngt)[^.]{0,160}?(?:người\s+)?bị\s+thương"),
    ("traffic_accidents", r"tai\s+nạn\s+giao\s+thông|tngt"),
    ("crimes_social_order", r"tội\s+phạm\s+(?:về\s+)?trật\s+tự\s+xã\s+hội"),
    ("pci_score", r"\bpci\b|năng\s+lực\s+cạnh\s+tranh"),
    ("papi_score", r"\bpapi\b"),
    ("par_index", r"par\s*-?\s*index|chỉ\s+số\s+cải\s+cách\s+hành\s+chính|chỉ\s+số\s+cchc"),
    ("sipas", r"\bsipas\b|hài\s+lòng"),
    ("online_public_services_rate", r"dịch\s+vụ\s+công\s+trực\s+tuyến|dvctt|hồ\s+sơ\s+trực\s+tuyến"),
]
_COMPILED = [(key, re.compile(pattern)) for key, pattern in CATALOG_ALIASES]

# Units a catalog entry's level may be stated in (pct metrics fit any entry).
_KEY_UNITS: dict[str, set[str]] = {}
_COUNT = {"count", "person", "household", "head", "enterprise", "cooperative", "product", "visit",
          "house", "case", "times"}


def _units_for(level_unit: str) -> set[str]:
    # A bare "count" (xã, trường, thành viên ...) fits only entries counted in plain units: a
    # figure of 4.486 "thành viên" is not a number of cooperatives.
    if level_unit == "visit":
        return {"visit", "person"}
    if level_unit in _COUNT:
        return {level_unit}
    if level_unit == "pct":
        return {"pct"}
    return {level_unit}


def load_key_units(catalog_rows: list[dict]) -> None:
    for row in catalog_rows:
        _KEY_UNITS[row["indicator_key"]] = _units_for(row["level_unit"])


with resources.files("orchestration.extraction").joinpath("data/indicator_catalog.csv").open(
        encoding="utf-8") as _fh:
    load_key_units(list(csv.DictReader(_fh)))

_PCT_METRICS = {"yoy_pct", "plan_pct", "share_pct", "change_pct"}


_REFERENCE_BEFORE = re.compile(r"(?:trong|so\s+với|của|với)\s+(?:tổng\s+)?$")


def catalog_key(subject: str, unit: str, metric: str, context: str = "", after: str = "") -> str | None:
    """Catalog key of the subject nearest to a number.

    ``context`` is the sentence before the number, ``after`` the words right after it (the
    counted noun: ``09 người chết`` → traffic deaths). Every alias found in ``subject`` or in the
    window around the number competes; the one closest to the number wins.
    """
    if subject and context and subject not in context:
        context = f"{subject} : {context}"
    window = (context or subject)[-220:].lower()
    tail = re.split(r"[,;:(]|\.\s", re.sub(r"^\s*/\s*[\d.,]+", "", after), maxsplit=1)[0][:60].lower()
    window = re.sub(r"\d[\d.,]*", "9", window)  # other numbers must not look like the anchor
    text = f"{window}0 {tail}"  # "0" stands for the number itself
    anchor = len(window)  # where the number stands
    # A clause after ";" with words of its own ("; 121 hộ cận nghèo chiếm ...") has its own
    # subject: a catalog name in the clause before it is not this figure's.
    clause_start = window.rfind(";") + 1
    if len(re.findall(r"[^\W\d_]+", window[clause_start:])) < 2:
        clause_start = 0
    best: tuple[int, int, str, bool] | None = None  # (distance, rank, key, found in the tail)
    for rank, (key, pattern) in enumerate(_COMPILED):
        if not _fits(key, unit, metric):
            continue
        for m in pattern.finditer(text):
            if _REFERENCE_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
                continue  # "chiếm 46% trong tổng dư nợ": the whole it is a share of, not the subject
            in_tail = m.end() > anchor
            if m.end() <= clause_start:
                continue
            if m.start() <= anchor <= m.end():
                distance = 0
            elif m.end() <= anchor:
                distance = anchor - m.end()
            else:
                if m.start() - anchor > 30:
                    continue
                # the noun right after the number names what is counted ("43 lượt khách quốc tế");
                # one further along is weaker than a subject just before the number
                distance = 3 if m.start() - anchor <= 12 else 8
            if best is None or (distance, rank) < best[:2]:
                best = (distance, rank, key, in_tail)
    if best is None or best[0] > 160:
        return None
    if not best[3] and unit in _COUNT and _names_its_own_subject(tail):
        # "04 xã đạt chuẩn nông thôn mới nâng cao", "4.227 hộ kinh doanh đang hoạt động": the
        # counted noun phrase is the subject, and it is not the catalog entry named before it
        return None
    return best[2]


_FUNCTION_WORDS = {"và", "là", "với", "của", "cho", "trên", "tại", "đạt", "tăng", "giảm", "so", "bằng", "chiếm",
                   "được", "các", "đã", "trong", "đó", "ra", "vào"}


_DESCRIPTORS = re.compile(r"^\s*(?:đầu\s+tư|các\s+loại|gia\s+đình|cá\s+nhân|mới)\b")


def _names_its_own_subject(tail: str) -> bool:
    """Does the counted noun go on into a noun phrase of its own ("hộ kinh doanh đang hoạt động")?"""
    reading = read_unit(" " + tail)
    rest = tail[max(0, reading.length - 1):] if reading else tail
    if _DESCRIPTORS.match(rest):
        return False
    words = re.findall(r"[a-zà-ỹđ]+", rest)
    return bool(words) and words[0] not in _FUNCTION_WORDS


@lru_cache(maxsize=4096)
def _fits(key: str, unit: str, metric: str) -> bool:
    allowed = _KEY_UNITS.get(key)
    if allowed is None:
        return True
    if metric in _PCT_METRICS or (unit == "pct" and "pct" in allowed):
        return True
    if unit == "pct" and key == "grdp":
        return True  # growth targets are written as a bare percentage
    if unit == "pct":
        return metric in ("level", "target") and key in ("room_occupancy", "forest_cover", "poverty_rate",
                                                        "trained_labour_rate", "health_insurance_coverage",
                                                        "online_public_services_rate", "sipas", "bad_debt",
                                                        "national_standard_schools")
    if unit == "point":
        return key in ("pci_score", "papi_score", "par_index")
    return unit in allowed or (unit == "USD" and "VND" in allowed) or (unit == "VND" and "USD" in allowed)


_LEAD_VERBS = re.compile(
    r"(?:\s|^)(?:ước\s+đạt|dự\s+ước|ước\s+tính|ước\s+thực\s+hiện|ước|đạt\s+được|đạt|là|có|được|gồm|"
    r"khoảng|gần|hơn|trên|dưới|với|còn|tăng|giảm|bằng|chiếm|thực\s+hiện|hiện\s+có|tổng\s+số|đến\s+nay|"
    r"hiện\s+nay|toàn\s+tỉnh|cả\s+tỉnh|trong\s+đó|cho|tại|của|thu|vào|ra|đã|và)\s*$",
    re.IGNORECASE)
_STRIP = " \t\n,;:.-–+•*()\"“”'"


def own_subject(segment_before: str) -> str:
    """The subject written in the figure's own segment, or "" when the segment opens with a verb."""
    text = segment_before
    for _ in range(6):
        stripped = _LEAD_VERBS.sub("", text)
        if stripped == text:
            break
        text = stripped
    text = re.sub(r"\s+", " ", text).strip(_STRIP)
    return text[-200:] if len(text) >= 3 else ""


def subject_label(segment_before: str, sentence_before: str) -> str:
    """The subject phrase a number belongs to, as written (``Tổng mức bán lẻ hàng hóa ...``)."""
    text = own_subject(segment_before)
    if not text:
        # the clause opens with a verb: take the previous clause's subject
        previous = re.split(r"[,;:(]", sentence_before)
        for part in reversed(previous[:-1] if len(previous) > 1 else previous):
            candidate = re.split(r"\s(?:ước\s+đạt|đạt|là|có|tăng|giảm|bằng|chiếm)\s", part.strip())[0]
            candidate = re.sub(r"[\d.,%]+.*$", "", candidate).strip(_STRIP)
            if len(candidate) >= 3:
                return candidate[:200]
        return ""
    return text
