"""Find every figure of a report and read it: value, unit, qualifier, metric and its clause.

A figure is a number that states a quantity. Numbers that only name or date something are not
figures (FACTS.md, "Not facts"): dates and years, legal document numbers, section and page
numbers, footnote markers, ordinals, ages, anniversaries, map scales, star classes. Each rule
below is one pattern of the language, tested in ``tests/test_figures.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace

from orchestration.extraction.dates import (
    ANY_YEAR,
    DAY,
    DIGITS,
    DOT,
    DOT_OR_DASH,
    DOTTED,
    WRITTEN,
    YEAR,
    day_month,
    day_month_year,
    month_year,
    spelled_day,
    spelled_month,
    spelled_year,
    year_first,
)
from orchestration.extraction.letters import LOWER, UPPER
from orchestration.extraction.marks import DASH_MARK
from orchestration.extraction.numbers import (
    BILLION_WORDS,
    BOUND_WORDS,
    BOUNDS_BY_QUALIFIER,
    COUNTED_AFTER_A_NUMBER,
    ESTIMATE_WORDS,
    HEDGE_WORDS,
    MILLION_WORDS,
    NUMBER,
    NUMBER_IN_SCALES,
    NUMBER_IN_WORDS,
    NUMBER_WORDS,
    ONE_TO_TEN_WORDS,
    PER_BASE_NOUN,
    PER_BASE_NUMBER,
    SCALE_WORD_VALUES,
    SCALE_WORDS,
    SCORE_INDEX_NAMES,
    THOUSAND_WORDS,
    UnitReading,
    headline_in_lower_case,
    parse_number,
    qualifier_before,
    read_compound,
    read_unit,
    scale,
    scale_words,
    scaled_groups,
    words_value,
)
from orchestration.extraction.periods import BREAKDOWN_OPENS, quarter_number
from orchestration.extraction.places import (
    LOCAL_UNIT_WORDS,
    LOWER_UNIT_WORDS,
    NOT_A_VILLAGE_COMPOUND,
    UNIT_WORDS,
    find_provinces,
)
from orchestration.extraction.routed import NOT_AFTER_PLACE_ABBREVIATION
from orchestration.extraction.scanning import (
    EndAnchored,
    FirstCharAlternation,
    WindowStarts,
    any_of,
    caseless_word_start,
    guarded,
    holds_the_runs_of_an_alternative,
    letter_cases,
    lowered_literal_scan,
    required_lowered_literals,
    required_runs_of_each_alternative,
)
from orchestration.extraction.vocabulary import (
    keyed_word_lists,
    phrase_source,
    read_table,
    word_list,
    word_pattern,
    word_source,
)


@dataclass(frozen=True)
class Figure:
    """One number of the clean text, read in context (offsets are into ``Layout.clean``)."""

    start: int
    end: int                 # end of the number token
    unit_end: int            # end of number + unit
    token: str
    value: float
    unit: str
    unit_label: str | None
    qualifier: str
    metric: str              # FACTS.md metric; budgets/projects map it to their measure
    sentence: tuple[int, int]
    segment: tuple[int, int]  # the comma-delimited piece that holds the number
    role: str = "value"      # "value" or "denominator" (the b of a/b)
    # a change or a gap filed as a level, for want of a metric of its own ("tăng 1.020 tỷ đồng so với đầu năm",
    # "vượt 0,3 điểm phần trăm chỉ tiêu"): the words naming it ("mức tăng so với đầu năm"), which its row is named by
    # and which keep it off its subject's catalog entry (it is no level of that entry)
    change_named: str | None = None


# A length that only sizes or places something: the width of a road or a slide, how deep and how far a
# bank slid inland ("con đường rộng 5m", "nơi rộng nhất 12m", "ăn sâu vào bờ khoảng 15 m", "sâu vào bờ 6 m", "ăn sâu vào
# đất có chỗ lên tới 8m", "với chiều sâu gần 12m"; "mở rộng 3m" is work done), the radius or diameter of
# what it swept or fell ("quét trong bán kính 300 m"), how far a place lies from another ("nhà cách bờ
# sông khoảng 50 m"), how deep a shore was eaten or how high a wave rose at most ("lở vào sâu hơn 40m",
# "sóng cao nhất đến hơn 6m"; a work's plain height is a measure of the work: "đập chính cao gần 55 m"), the
# size of each one of several ("3 vị trí mất đường, mỗi vị trí dài khoảng 80m": the count is the fact). It is
# no damage and no indicator either.
_SIZE_BEFORE = re.compile(
    r"(?:(?<![Mm]ở\s)\b(?:rộng|(?:ăn\s+)?sâu(?:\s+vào\s+(?:bờ|đất\s+liền|đất))?(?:\s+có\s+(?:đoạn|nơi|chỗ))?(?:\s+lên)?"
    # (the same said "vào sâu đất liền 60 km", as salt water runs inland; and how deep a quake's focus lies,
    # "độ sâu chấn tiêu 8 km", "độ sâu tâm chấn 10 km")
    r"|vào\s+sâu(?:\s+(?:trong\s+)?(?:bờ|đất\s+liền|nội\s+đồng|đất))?|độ\s+sâu(?:\s+(?:chấn\s+tiêu|tâm\s+chấn))?"
    r"|chiều\s+sâu|bán\s+kính|đường\s+kính|sâu|cao(?=\s+nhất))\s+(?:nhất\s+)?"
    r"|\bcách\s+(?:[^\d,.;:()]{1,30}?\s)?"
    r"|\bmỗi\s+[^\d,.;:()]{1,25}?\s(?:dài|rộng|cao|sâu)\s+"
    # the height of a peak or a place above the sea ("đỉnh Fansipan cao 3.143 m", "ở độ cao 1.500 m so với mực
    # nước biển"): where it stands, no amount (a work's own height stays: "đập chính cao gần 55 m")
    r"|\b(?:đỉnh|núi|ngọn\s+núi|đèo)\s+[^\d,.;:()]{0,30}?\bcao\s+|\bđộ\s+cao(?:\s+trung\s+bình)?\s+(?:là\s+)?"
    # the sea a forecast tells ("sóng cao 3 m", "sóng biển cao từ 2 - 4 m"): a wave's height, no amount
    # ("sóng lớn cao 2,5-4 m", "sóng to có độ cao 2 m", "độ cao sóng ven bờ 3-5 m": the same with its kind or its
    # "độ")
    r"|\bsóng(?:\s+(?:biển|lớn|to|lừng|mạnh))?(?:\s+(?:có\s+)?độ)?\s+cao\s+|\bđộ\s+cao\s+(?:của\s+)?sóng"
    r"(?:\s+[^\W\d_]+){0,4}?\s+)"
    # ("vỉa hè rộng 3-4m": the upper bound of a range of widths sizes the thing as well; so when the range is said in
    # words, "lấn sâu vào đất liền từ 5 đến 10 m")
    rf"(?:(?:{HEDGE_WORDS}|từ|chừng|chưa\s+đầy|đến|tới|lên)\s+){{0,2}}"
    r"(?:\d+(?:,\d+)?\s*(?:m|mét)?\s*(?:[-–]|(?:đến|tới)(?=\s))\s*)?$",
    re.IGNORECASE)


# "80 km/h", "60 km/giờ": kilometres per hour, a speed (the unit read is only its first part); "gió giật 25 m/s",
# "3 m/giây": a wind's or a current's speed in metres per second, no length either
_PER_HOUR = re.compile(r"\s*/\s*(?:h|giờ|s|giây)\b", re.IGNORECASE)
# the same said in words: "mỗi giờ đi được 15-20 km", "với tốc độ khoảng 20 km", "đi được 25 km mỗi giờ" (a storm's
# or a flood's pace in a forecast): a speed, no length
_PACE_BEFORE = re.compile(r"(?:\bmỗi\s+giờ|\bmột\s+giờ|\btốc\s+độ|\bvận\s+tốc)(?:\s+[^\W\d_]+){0,4}\s+"
                          rf"(?:(?:{HEDGE_WORDS}|từ)\s+){{0,2}}(?:\d+(?:,\d+)?\s*[-–]\s*)?$", re.IGNORECASE)
# "Mỗi giờ có hơn 300 xe qua cầu", "trung bình một giờ tiếp nhận 40 chuyến bay": a count per hour, no digit between
# (not "sau một giờ", "trong một giờ": an hour's span)
_PER_HOUR_BEFORE = re.compile(r"(?<![^\W\d_])(?<!sau\s)(?<!Sau\s)(?<!trong\s)(?<!Trong\s)(?:mỗi|một)\s+giờ"
                              r"(?![^\W\d_])[^\d,;:()]{0,30}$", re.IGNORECASE)
_PACE_AFTER = re.compile(r"\s*(?:[-–]\s*\d+(?:,\d+)?\s*km\s*)?(?:mỗi|một|trong\s+một)\s+giờ\b", re.IGNORECASE)


def _a_pace(paragraph: str, s_lo: int, a: int, unit_end: int) -> bool:
    """Is the length in km at ``a`` how far a thing moves in an hour ("mỗi giờ đi được 15-20 km")?"""
    before = paragraph[max(s_lo, a - 50):a]
    if "giờ" in before or "tốc" in before:
        return _PACE_BEFORE.search(before) is not None
    return "giờ" in paragraph[unit_end:unit_end + 24] and _PACE_AFTER.match(paragraph, unit_end) is not None


# How far the salt came up a river ("ranh mặn 4‰ vào sâu 65 km", "độ mặn 4 g/l vào sâu 58 km", "mặn xâm nhập sâu
# 50 km"): the reach of the salt front, measured at each river, is an indicator of the season (the disaster tables
# take no damage of it), not the size of a thing; the salt told earlier in the same clause.
SALT_FRONT = re.compile(r"ranh\s+mặn|độ\s+mặn|‰|mặn\s+(?:xâm\s+nhập\s+|lấn\s+|vào\s+)*sâu", re.IGNORECASE)


# the reach of the salt front right after its threshold ("4‰ xâm nhập sâu", "4 g/l vào sâu", "1‰ lấn sâu")
_REACH_OF_THE_SALT_AFTER = re.compile(r"\s*(?:(?:đã|có\s+(?:nơi|lúc|thời\s+điểm))\s+)?(?:xâm\s+nhập|lấn|ăn|vào)"
                                      r"[^\d,;.]{0,20}?sâu(?![^\W\d_])", re.IGNORECASE)


def states_a_size(text: str, fig: Figure) -> bool:
    """Is ``fig`` (in ``text``) a length that sizes or places a thing rather than counting one?"""
    if fig.unit != "km" or (size := _SIZE_BEFORE.search(text, max(0, fig.start - 60), fig.start)) is None:
        return False
    if "sâu" not in size.group():
        return True
    clause = re.split(r"[;:\n]|\.(?!\d)", text[max(0, fig.start - 160):size.start()])[-1]
    return not (("mặn" in clause.lower() or "‰" in clause) and SALT_FRONT.search(clause + size.group()) is not None)


# --- numbers that are not figures -------------------------------------------------------------

# What makes the number before it an age, a class or an anniversary, no figure ("20 tuổi", "4 sao", "60 năm thành
# lập"): said after digits (_NOT_FIGURE) or after a number in words (_words_figures)
_QUALIFIES_ONLY = (r"(?:tuổi|sao\b(?!\s+trở\s+lên)|năm\s+(?:ngày|thành\s+lập|Ngày|giải\s+phóng|tái\s+lập|"
                   r"truyền\s+thống|chiến\s+thắng|hình\s+thành)|năm\s+tuổi|ngày\s+đêm|ngày\s+làm\s+việc)")
# the climate's norm a weather reading is set against: the multi-year average ("trung bình nhiều năm", "TBNN", "cùng
# kỳ trung bình nhiều năm", "CKTBNN"), with its abbreviation in brackets and the same season after it
# The adjectives of a comparison with "hơn" ("cao/nhiều/lớn hơn", "thấp/ít/nhỏ hơn"), by the way the gap goes
# (data/words/comparatives.csv)
_COMPARATIVES = keyed_word_lists("comparatives", "direction")
# an infographic's arrow right before a figure ("GRDP ↑ 8,62%", "Khách du lịch 2,1 triệu lượt ↓ 3,2%", "(▲ 6%)") says
# its rise or fall, read as the verb would be (data/words/change_arrows.csv)
_VERB_OF_AN_ARROW = {
    arrow: "tăng" if direction == "rise" else "giảm"
    for direction, arrows in keyed_word_lists("change_arrows", "direction").items()
    for arrow in arrows
}
_LESS_WORDS = frozenset(_COMPARATIVES["less"])
_COMPARATIVE = word_source("comparatives")
_CLIMATE_NORM = (r"(?:(?i:cùng\s+kỳ\s+)?(?:(?i:trung\s+bình\s+nhiều\s+năm)(?:\s*\(\s*TBNN\s*\))?|TBNN)|CKTBNN)"
                 r"(?:\s+(?i:cùng\s+(?:kỳ|thời\s+kỳ)))?")
# a percent or a band of percents ("30-40%", "từ 15 - 25 %", "khoảng 10%", "20% đến 30%")
_PERCENT_BAND = (rf"(?:(?i:từ|{HEDGE_WORDS})\s+)?\d+(?:[.,]\d+)?\s*%?\s*"
                 r"(?:(?:[-–]|(?i:đến|tới)\s)\s*\d+(?:[.,]\d+)?\s*)?%")
# a petrol's grade ("xăng RON 95", "E5 RON 92", "RON95-III"): the octane names which petrol is priced, no amount
_FUEL_GRADE = r"(?<![^\W\d_])(?:RON|Ron)\s*\d{2,3}(?![\d.,]\d)"
# a year written with its last two digits only ("31/12/25"): said after a day and a month, nowhere else
_SHORT_YEAR = r"\d\d"
_NOT_FIGURE = [
    # the collector's date marker ("date 2024-09-16"), clock times, chainages, round-the-clock duty
    rf"\b{year_first()}\b",
    r"\b(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\d)",
    # (also run into the word before it: "Cập nhật lúc17:38")
    r"(?i:lúc)(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\d)",
    # a telephone, tax or bank account number ("đường dây nóng 1800 1567", "Tổng đài 1900 9095", "số điện thoại
    # 0296.3852.123", "Mã số thuế 1800123456", "số tài khoản 0123 456 789"): it names a line or a holder, its digit
    # groups count nothing; so does a hotline's own prefix ("gọi 1900 1234"; before the years, which would take
    # its "1900" first)
    r"(?i:đường\s+dây\s+nóng|tổng\s+đài|hotline|số\s+điện\s+thoại|điện\s+thoại\s*:|fax|MST|mã\s+số\s+thuế|"
    r"số\s+tài\s+khoản|tài\s+khoản\s+số)\s*:?\s*\d[\d .-]*\d",
    # (any long code a register gives: "Mã số doanh nghiệp 5800123456", "mã hồ sơ 000.00.12.H45", "số CCCD 0660...";
    # a short number after "cấp mã số" is what was coded: "cấp mã số 1.250 hộ")
    r"(?i:mã\s+(?:số(?:\s+(?:doanh\s+nghiệp|hộ\s+kinh\s+doanh|hợp\s+tác\s+xã|đơn\s+vị))?|định\s+danh|hồ\s+sơ|"
    r"bưu\s+chính)|số\s+(?:CCCD|CMND|căn\s+cước|định\s+danh))\s*:?\s*\d[\d .-]{6,}\d",
    # (a postal code is shorter, five or six digits: "Mã bưu chính: 48000", "Mã bưu điện 560000")
    r"(?i:mã\s+bưu\s+(?:chính|điện)|postcode|zip\s*code)\s*:?\s*\d{5,6}\b",
    r"\b1[89]00[ .]?\d{3,4}\b(?![.,]\d)",
    # a web page's counters ("Số lượt xem: 859", "Đã truy cập : 68473329") and a year mistyped with
    # five digits ("tháng 1/20223")
    r"(?:(?i:lượt\s+xem|truy\s+cập|lượt\s+thích)|Trực\s+tuyến)\s*:?\s*\d[\d.,]*",
    # (also the count before its word: "4,396 lượt xem" under a headline; "lượt đọc" counts library readers)
    r"\d[\d.,]*\s*(?i:lượt\s+(?:xem|thích|chia\s+sẻ|bình\s+luận))\b",
    r"(?i:tháng\s+\d{1,2}\s*/\s*20\d{3})\b",
    # the digits of a web page's slug ("Kết-quả-sản-xuất-tháng-72018") name the page
    r"\d{5}(?<=[^\W\d_]-\d{5})\d*\b",
    # a code of capitals, digits and a dash names a plant or a block ("điện gió V1-3", "lô B2-4"): the digits
    # after the dash are part of the name, not a count
    r"\b[A-ZĐ]{1,3}\d{1,3}[-–]\d{1,3}\b(?![.,]\d)",
    # the scale a zoning plan is drawn at ("quy hoạch phân khu tỷ lệ 1/2.000", "quy hoạch chi tiết 1/500"): a
    # map's scale, not a share nor a count (also with a colon: "bản đồ địa chính tỷ lệ 1:10.000")
    r"(?i:(?:tỷ|tỉ)\s+lệ|quy\s+hoạch(?:\s+(?:chung|chi\s+tiết|phân\s+khu))?(?:\s+xây\s+dựng)?)\s*:?\s*"
    r"1\s*[/:]\s*(?:[1-9]\d\d|[1-9]\d{0,2}\.\d{3})(?![\d,]|\.\d)",
    # and so does a caption that repeats the headline as a slug, its words stripped of their marks ("lao cai
    # gan 80 con trau bo bi chet ret"): plain lower-case ASCII words on both sides of the number
    r"(?:[a-z]+ ){2,}\d+(?: [a-z]+){3,}\b",
    # a band of percentages that names a class of what is counted after "là" ("thiệt hại từ 30-70% là 1.420 ha,
    # trên 70% là 730 ha", "giảm dưới 30% là 90 ha"): the band sorts the amount, it is no rate of its own
    # (nor when the band labels its count with a colon: "từ 30-70%: 25 nhà; trên 70%: 3 nhà")
    r"(?i:từ|trên|dưới)\s+\d+(?:,\d+)?\s*%?(?:\s*(?:[-–]|đến)\s*\d+(?:,\d+)?)?\s*%(?=\s+là\s+\d|\s*:\s*\d)",
    # a range of levels ("giật cấp 11 – 15", "rủi ro thiên tai cấp 1-3"): the high end is a level too
    r"(?i:cấp)\s+\d{1,2}\s*[-–]\s*\d{1,2}\b(?![.,]\d)",
    # a share said as a fraction of a whole ("khoảng 2/3 tổng số gia súc", "1/2 số hộ"), no count over a target
    r"\d\s*/\s*\d\b(?=\s+(?:tổng\s+)?số\b)",
    # (with its minutes: "đến 20 giờ 30 cùng ngày")
    r"\b\d{1,2}\s*(?:h\d{0,2}|giờ(?:\s+\d{1,2}(?:\s*phút)?(?=\s+(?:ngày|sáng|chiều|trưa|tối|đêm|cùng\s+ngày)))?"
    r"(?=\s+(?:\d|ngày|sáng|chiều|trưa|tối|đêm|cùng\s+ngày)))(?!\w)",
    # (a chainage also written with its K alone: "đoạn Km46+445 - K46+470")
    r"\b(?:[Kk]m|K)\s*\d+\s*\+\s*\d+",
    # the day a night belongs to, its morning's date after it ("Đêm 25 rạng sáng ngày 26/8", "đêm 23 rạng ngày 24/6")
    rf"(?i:đêm|ngày)\s+{DAY}(?=\s+(?:(?:đến|và|sang)\s+)?rạng\s+(?:sáng|ngày))",
    r"\b24\s*/\s*(?:24|7)\s*(?:h|giờ)?\b",  # ("trực 24/24h", "24/24 giờ": round the clock)
    # day ranges before single dates (the range wins where both start): ngày 11-14/8, từ ngày 5-7/11
    rf"(?:ngày|từ|đến)\s+{DAY}\s*[-–]\s*{day_month()}\b",
    # dates written with dots or dashes: ngày 30.6, 31.12.2021, tháng 1.2024, hết 15-12
    rf"\b{day_month_year(sep=DOT)}\b",
    rf"(?i:(?:ngày|hết|đến|từ|trước|sau|tới|sáng|chiều|trưa|tối|đêm)\s+{day_month(sep=DOT_OR_DASH)})\b(?![.,]\d)"
    r"(?!\s*(?:%|" + SCALE_WORDS + r"|ha\b|tấn|người|hộ|con|lượt|km|m\b|mm|cm|độ|lần))"
    # ("từ 7-10 nhà văn hóa", "15-20 phòng học": a range of works counted before their noun, no day either)
    rf"(?!\s+(?i:{word_source('range_counted')})\b)",
    rf"(?i:tháng\s+{month_year(sep=DOT_OR_DASH)})\b",
    # rainfall (mm) is a weather observation, not a fact of the report
    # so are temperatures ("còn -1,6 độ C", "9-12 độ C", "dưới 3°C") and a clock time said with
    # its part of the day but no "giờ" ("khoảng 7 sáng nay")
    r"[-−]?\d+(?:[.,]\d+)?\s*(?:[-–]\s*\d+(?:[.,]\d+)?\s*)?(?:độ\s*C|°\s*C|oC)\b",
    # the set a superlative picks from ("lớn nhất trong 6 cây cầu", "đầu tiên trong tổng số 5 dự án")
    r"(?i:nhất|đầu\s+tiên|cuối\s+cùng)\s+trong\s+(?:(?:tổng\s+)?số\s+)?\d+(?![\d.,]*\s*%)",
    # the degree of a damage qualifies what was damaged ("38 nhà bị thiệt hại dưới 30%", "60ha lúa bị thiệt
    # hại từ 30-70%"): no figure of its own
    # ("bị hư hỏng nặng 70-100%": the same degree after "nặng"; "52 nhà tốc mái từ 50% trở lên": how much
    # of each roof went; "ha rau màu bị ảnh hưởng trên 70%": the degree said with "ảnh hưởng")
    # ("thiệt hại nặng, trên 60-70%", "tốc mái từ 20% đến 50%": the same, set off by a comma or bounded in words;
    # "các hộ khác bị thiệt hại về nhà cửa từ 30 - 50%": the same, with what was hit named before the degree)
    # ("giảm năng suất từ 10% - 70%": how much of a crop's yield was lost, the same degree)
    # ("thiệt hại rất nặng (từ 50-70%)": the degree in words, then its band in brackets)
    r"(?i:thiệt\s+hại|hư\s+hại|hư\s+hỏng|tốc\s+mái|ảnh\s+hưởng|giảm\s+năng\s+suất)\s+"
    r"(?:(?i:rất\s+|một\s+phần\s+)?nặng\s*(?:,\s*|\(\s*|\s))?"
    r"(?i:(?:về\s+)?(?:nhà(?:\s+cửa)?|mái(?:\s+nhà)?|tài\s+sản)\s+)?"
    rf"(?:(?:từ|dưới|{HEDGE_WORDS})\s+)?"
    r"\d+(?:[.,]\d+)?\s*%?\s*(?:(?:[-–]|(?i:đến|tới)\s)\s*\d+(?:[.,]\d+)?\s*)?%",
    # the share of a revenue a level of the budget keeps ("các khoản thu ngân sách xã được hưởng 100%"): a rule of
    # the budget's division, no outturn (what a province remits, "điều tiết 4% về ngân sách Trung ương", is its aim)
    # (the rate closing its clause: "được hưởng 30% số thu tiền sử dụng đất" is left to the budget's routing)
    r"(?i:(?:được\s+)?hưởng(?!\s+(?:ứng|lợi)\b))\s+(?:(?:theo\s+)?tỷ\s+lệ\s+)?\d+(?:[.,]\d+)?\s*%"
    r"(?=\s*(?:[,.;)]|$|theo\b))",
    # so is the share of a crop's fruit or flowers shed ("vườn cam bị rụng trái khoảng 60%"): how badly
    # the crop was hit, not an amount
    rf"(?i:rụng\s+(?:quả|trái|hoa|bông))\s+(?:(?:từ|dưới|{HEDGE_WORDS})\s+)?\d+(?:[.,]\d+)?\s*%?\s*"
    r"(?:[-–]\s*\d+(?:[.,]\d+)?\s*)?%",
    # so does the depth of a well dug or deepened ("đào giếng sâu 4-5m", "nạo vét giếng tăng thêm độ sâu từ 3-4m")
    rf"(?i:giếng\s+sâu|độ\s+sâu)\s+(?:(?:từ|{HEDGE_WORDS})\s+)?\d+(?:[.,]\d+)?\s*"
    r"(?:(?:[-–]|đến|tới)\s*\d+(?:[.,]\d+)?\s*)?(?:m|mét|cm)\b",
    # a diameter describes the thing measured (hailstones "đường kính lớn khoảng 2 - 3cm", a pipe)
    r"(?i:đường\s+kính)(?:\s+(?:lớn|nhỏ|trung\s+bình|phổ\s+biến))?(?:\s+(?:nhất|từ|trên|dưới|khoảng|hơn|gần|đến|tới))*"
    r"\s+\d+(?:[.,]\d+)?\s*(?:(?:cm|mm)\s*)?(?:(?:[-–]|đến|tới)\s*\d+(?:[.,]\d+)?\s*)?(?:cm|mm|m)\b",
    # the class a province is one of ("là một trong số ít địa phương có thu ngân sách vượt 10-15% dự
    # toán"): the peers' threshold (a range, or "trên/từ/dưới/hơn"), not the report's own figure; a
    # single rate ("một trong những tỉnh có tốc độ tăng cao nhất với 10,5%") stays the province's own
    r"(?i:một\s+trong\s+(?:số\s+)?(?:ít\s+|những\s+|các\s+)?(?:tỉnh|địa\s+phương|huyện|đơn\s+vị))[^.;,\d]{0,60}?"
    r"(?:(?:từ|trên|dưới|hơn)\s+\d+(?:[.,]\d+)?\s*(?:%\s*)?(?:[-–]\s*\d+(?:[.,]\d+)?\s*)?%"
    r"|\d+(?:[.,]\d+)?\s*(?:%\s*)?[-–]\s*\d+(?:[.,]\d+)?\s*%)",
    # a list of road numbers ("Tuyến quốc lộ 4D và 12", "QL 279, 12B"): every number names a road
    # (a later number only where a verb or a mark follows it: "quốc lộ 279 và 2 cầu" counts bridges)
    r"(?:[Qq]uốc\s+lộ|QL|[Tt]ỉnh\s+lộ|ĐT|[Đđ]ường\s+tỉnh)\s*\d+[A-Z]?(?:\s*(?:,|và)\s*\d+[A-Z]?\b(?![.,]\d)"
    r"(?=\s*[,;.)]|\s+(?:và|xảy|bị|qua|đi|đều|thuộc|tại|đoạn|gây|đã|vẫn)\b))+",
    # a land unit's definition ("(1 công = 1.000m2)") is no fact
    r"\b1\s*(?:công|sào|mẫu)\s*=\s*\d[\d.,]*\s*(?:m2|m²|mét\s+vuông)",
    # a band of altitudes in a weather report ("gió từ mức 1.500m - 5.000m")
    r"(?i:mức)\s+\d[\d.,]*\s*m\s*[-–]\s*\d[\d.,]*\s*m\b",
    r"\b(?:[01]?\d|2[0-3])\s+(?:sáng|chiều|tối|trưa)\s+(?:nay|qua|hôm|mai|cùng\s+ngày|ngày)\b",
    r"\b\d+(?:[.,]\d+)?\s*(?:[-–]\s*\d+(?:[.,]\d+)?\s*)?mm\b",
    # so is rainfall (or a flow, a temperature) said against the climate's norm, the multi-year average ("lượng mưa
    # thấp hơn trung bình nhiều năm 30-40%", "cao hơn TBNN từ 15-25%", "thiếu hụt 20-40% so với cùng kỳ TBNN",
    # "bằng 60-70% TBNN"): a weather observation (a change "so với cùng kỳ" alone stays a figure)
    rf"(?i:(?:{_COMPARATIVE})\s+hơn|vượt|thiếu\s+hụt|hụt)\s+(?i:so\s+với\s+)?{_CLIMATE_NORM}\s*,?\s*"
    rf"{_PERCENT_BAND}",
    # (a norm said after the band is seen up to its first words only, as far as a number's window reaches: its
    # "trung bình nhiều", or "trung bình" alone after a shortfall, which is weather's word)
    rf"(?i:(?:{_COMPARATIVE})\s+hơn|vượt|bằng|tăng|giảm)\s+{_PERCENT_BAND}\s*(?i:so\s+với\s+)?"
    r"(?:(?i:cùng\s+kỳ\s+)?(?:(?i:trung\s+bình\s+nhiều)|TBNN)|CKTBNN)",
    rf"(?i:thiếu\s+hụt|hụt)\s+{_PERCENT_BAND}\s*(?i:so\s+với\s+)(?:(?i:cùng\s+kỳ\s+)?(?:(?i:trung\s+bình)|TBNN)|CKTBNN)",
    # so is a pollutant's reading against its technical limit ("xả nước thải vượt quy chuẩn kỹ thuật từ 3 đến dưới 5
    # lần", "nồng độ bụi vượt QCVN 1,8 lần", "vượt giới hạn cho phép 20%"): how far a violation went, a measurement
    # that only qualifies it, no figure of the province's
    r"(?i:vượt|cao\s+hơn|gấp)\s+(?i:so\s+với\s+)?(?:(?i:quy\s+chuẩn|(?:tiêu\s+chuẩn|giới\s+hạn|ngưỡng)\s+cho\s+phép)"
    r"(?:\s+[^\W\d_]+){0,4}?|QCVN(?:\s+[\w:/.-]+)?)\s+(?:(?i:từ|hơn|khoảng|gần)\s+)?\d+(?:[.,]\d+)?"
    r"(?:\s*(?:[-–]|(?i:đến|tới))\s*(?:(?i:dưới|hơn)\s+)?\d+(?:[.,]\d+)?)?\s*(?:(?i:lần)(?![^\W\d_])|%)",
    # so are a river's or reservoir's flow ("xả lũ với lưu lượng 1.200 m3/s", "lưu lượng về hồ 3.000 - 3.500 m³/s"),
    # a reading of the water's run (what a reservoir holds, "dung tích hồ đạt 1,6 tỷ m3", "tích được 210 triệu m3", is
    # the stock of water an irrigation report is about, a figure, as a volume dug or seized is)
    r"\b\d+(?:[.,]\d+)*\s*(?:[-–]\s*\d+(?:[.,]\d+)*\s*)?(?:m3|m³)\s*/\s*(?:s|giây)\b",
    # (the gates a dam opens to release its flood: "mở thêm 2 cửa xả đáy"; the share of its storage filled, "đạt 68%
    # dung tích thiết kế", is a level of the reservoir and stays a figure)
    r"\b\d{1,2}\s+(?i:cửa\s+(?:xả|van|đập\s+tràn))\b",
    # the depth of a flood qualifies what it floods ("ngập sâu trên 1m là 1.230 nhà", "ngập sâu 0,5 - 1 m",
    # "ngập sâu đến 3m", "nước dâng cao (có nơi trên 1m)")
    rf"(?i:(?:ngập\s+sâu|dâng\s+cao)\s+(?:\(\s*có\s+nơi\s+)?(?:(?:từ|dưới|đến|tới|{HEDGE_WORDS})\s+)?)"
    r"\d+(?:[.,]\d+)?\s*(?:[-–]\s*\d+(?:[.,]\d+)?\s*)?(?:m|mét|cm)\b",
    # the voltage a line or a substation is built for ("cột điện 35kV", "Trạm biến áp 500 kV Vĩnh Yên", "110 KV"):
    # its class, inside the work's name, not a quantity (a transformer's "kVA" is its capacity and stays one)
    # ("trạm biến áp 110/22kV-2x63MVA": the two voltages of a substation and its transformers' rating after them,
    # all part of its name)
    r"\b\d+(?:[.,]\d+)?(?:\s*/\s*\d+(?:[.,]\d+)?)*\s*[kK][vV]\b(?:\s*[-–]\s*\d+\s*[xX×]\s*\d+(?:[.,]\d+)?\s*MVA\b)?",
    # a number right after a company's legal form is its name ("Công ty TNHH 307", "Công ty Cổ phần 479")
    r"(?i:công\s+ty\s+(?:TNHH|cổ\s+phần|CP)(?:\s+MTV)?)\s+\d+\b(?![.,]\d)",
    # so does the water standing in homes ("nhà bị ngập với mực nước từ 50cm đến 1m, có nơi ngập trên
    # 1m", "ngập 0,5-1m."): a depth ends its clause and has one digit before its metres; a length flooded
    # names the road after it or runs to tens of metres ("ngập 300m đường", "bị ngập 300m, ...")
    # ("ngập nhà từ 0,2 - 0,5 m": the depth inside the homes flooded, named between)
    rf"(?i:mực\s+nước|ngập(?:\s+(?:nhà(?:\s+cửa)?|nước))?)\s+(?:(?:từ|dưới|đến|tới|{HEDGE_WORDS})\s+)?"
    # (one digit and its decimals: "ngập hơn 8.200m" is a length, its point groups thousands)
    r"(?:\d+(?:[.,]\d+)?\s*cm\b|\d(?:,\d+|\.\d{1,2}(?!\d))?\s*(?:(?:[-–]|đến|tới)\s*\d(?:[.,]\d+)?\s*)?(?:m|mét)\b)"
    r"(?:\s*(?:[-–]|đến|tới)\s*(?:\d+(?:[.,]\d+)?\s*cm|\d(?:[.,]\d+)?\s*(?:m|mét))\b)?(?=\s*(?:[,;.)…]|$))",
    # a storm forecast's speeds, radius and surge ("gió mạnh cấp 12 (118-133 km/h)", "bán kính gió mạnh khoảng 250
    # km", "nước dâng 1,5-2,5 m"): they describe the storm, no length or amount of the place
    r"\b\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*(?:km|m)\s*/\s*(?:h|giờ)\b",
    rf"(?i:bán\s+kính)[^.;:()]{{0,60}}?\s(?:(?:{HEDGE_WORDS})\s+)?\d+(?:[.,]\d+)?\s*(?:km|m|mét)\b",
    rf"(?i:nước\s+dâng)(?:\s+(?:cao|do\s+bão|{HEDGE_WORDS}|từ))*\s+\d(?:[.,]\d+)?"
    r"(?:\s*(?:[-–]|đến|tới)\s*\d(?:[.,]\d+)?)?\s*(?:m|mét)\b",
    # an ordinal and the whole it is counted in ("tiêu chí thứ 5 trong 19 tiêu chí", "thứ 3 trên tổng số 12 hạng
    # mục"): a name of one item, no count (a rank after "xếp/đứng" is a count of its own, below)
    r"(?<!xếp\s)(?<!đứng\s)(?<!Xếp\s)(?i:thứ)\s+\d+\s+(?i:trong|trên)\s+(?:(?i:tổng\s+)?(?i:số)\s+)?\d+(?![\d/.,]\d)",
    # ... and after a rank ("đứng thứ 3 trong 14 tỉnh vùng", "xếp thứ 5 trên 63 tỉnh"): the rank is the fact, the
    # whole it is ranked in counts nothing (as the 63 of "xếp thứ 5/63" does not)
    r"(?:(?<=thứ\s\d\s)|(?<=thứ\s\d\d\s))(?i:trong|trên)\s+(?:(?i:tổng\s+)?(?i:số)\s+)?\d+(?![\d/.,]\d)",
    # a milestone named by its ordinal and scale word ("đón vị khách thứ 9 triệu", "xuất xưởng chiếc xe thứ 1
    # triệu"): one guest or item, no count of millions (a rank after "xếp/đứng" is a count of its own)
    r"(?<!xếp\s)(?<!đứng\s)(?<!Xếp\s)(?<!hạng\s)(?i:thứ)\s+\d+(?:[.,]\d+)?\s+(?i:" + SCALE_WORDS + r")\b",
    # a building's storeys describe it wherever they stand ("tòa nhà cao 25 tầng", "nhà làm việc 2 tầng",
    # "06 phòng học 02 tầng", "được thiết kế 03 tầng"; no gold counts storeys); so do the rooms a building is
    # built with, named after its storeys ("nhà 2 tầng 6 phòng học", "nhà 3 tầng 8 phòng học và 2 phòng bộ
    # môn"), and a scale told in storeys ("quy mô 1 trệt, 1 lầu", "quy mô 2 tầng 1 tum"; trệt/lầu: ground floor
    # and upper floor)
    r"\b\d+\s+tầng\b",
    r"(?i:nhà)\s+\d+\s+tầng\s+\d+\s+phòng(?:\s+học)?(?:\s+và\s+\d+\s+phòng(?:\s+(?:bộ\s+môn|chức\s+năng))?)?\b",
    r"(?i:quy\s+mô)\s+\d+\s+(?:tầng|trệt|lầu)(?:\s*,?\s*(?:và\s+)?\d+\s+(?:tầng|trệt|lầu|tum|hầm))*\b",
    r"\b\d+\s+trệt\s*,?\s*(?:\d+\s+)?lầu\b",
    # a floor named by its number ("Tầng 5 trụ sở mới có 12 phòng", "tại tầng 3"): where, no count of storeys
    r"(?i:tầng)\s+\d{1,2}\b(?![.,]\d)",
    # the weight of one animal or thing ("con bò nặng khoảng 250kg", "mỗi con nặng hơn 2 tạ"): it describes
    # what was counted, it is no amount of the place
    rf"[Nn]ặng\s+(?:(?:{HEDGE_WORDS}|chừng)\s+)?\d+(?:[.,]\d+)?\s*(?:kg|kilôgam|ki-lô-gam|tạ|tấn)\b",
    # a weight class with its bound ("cá ngừ loại trên 30 kg", "heo hơi loại từ 100 kg trở lên", "bò cỡ dưới 200 kg"):
    # which animals or goods are priced or helped, no amount ("loại 30 kg" without a bound: the ordinals' "loại N";
    # not "các loại 200 tấn", every kind's amount)
    rf"(?<!các\s)(?<!Các\s)(?<!mọi\s)(?<!nhiều\s)(?<!những\s)(?<![^\W\d_])(?i:loại|cỡ)\s+"
    rf"(?i:{HEDGE_WORDS}|{BOUND_WORDS}|từ|dưới)\s+\d+(?:[.,]\d+)?\s*(?:kg|kilôgam|ki-lô-gam|tạ|tấn|g|gam)\b",
    r"\b\d+\w*\.(?i:jpe?g|png|gif|webp)\b",
    # the size of the pack a price is quoted for ("giá gas giảm 12.000 đồng/bình 12 kg", "phân bón 450.000 đồng/bao
    # 50 kg"): what is priced, no amount
    r"(?<=/)\s*(?i:bình|bao|thùng|chai|can|gói|hộp|túi)\s+\d+(?:[.,]\d+)?\s*(?i:kg|g|gam|lít|l|ml)\b",
    # the fineness of gold ("giá vàng 99,99 bình quân", "vàng nhẫn 9999", "vàng 999.9", "vàng 24K"): which gold is
    # priced, no amount
    r"(?i:vàng)(?:\s+(?i:nhẫn|miếng|trang\s+sức|SJC|ta))?\s+(?:99[.,]99|999[.,]9|9999|24\s*K)(?![\d.,]\d)",
    _FUEL_GRADE,
    # dates: 17/6/2024, 17/6, 6/2024, ngày 17 tháng 6 năm 2024, 24/8/1949-24/8/2024
    rf"\b{day_month_year()}\b",
    # (and with the year's last two digits, "so với 31/12/25", "đến 30/6/26": a day, month and short year, no count)
    rf"\b(?<![\d.,/]){day_month_year(year=_SHORT_YEAR)}(?![\d/]|[.,]\d)",
    # ("dịp 19/12 tới đây", "nhân dịp 2/9": the occasion's date; "chỉ số tồn kho thời điểm 31/3": the day a stock
    # is counted on; "Từ 15/8 đến nay" at a sentence's head is as much a date as after a comma)
    rf"(?i:ngày|đến|từ|hết|trước|sau|tới|dịp|thời\s+điểm)\s+{day_month()}(?:/{_SHORT_YEAR}(?![\d/]|[.,]\d))?\b",
    # (... and after a day's name, "ngày <name> 10/3": "ngày chính hội 10/3", "ngày rằm tháng Giêng 15/1", a festival's
    # days; data/words/day_names_before_a_date.csv)
    rf"(?i:ngày\s+(?:{word_source('day_names_before_a_date')}))(?:\s+[^\W\d_]+){{0,3}}?\s+{day_month()}\b(?![.,/]\d)",
    # times of day: từ 19h ngày 8/9, 9h30 sáng 7/9, 16 giờ ngày 29/7
    rf"\b(?:[01]?\d|2[0-3])\s*(?:h|giờ)(?:\s*\d{{1,2}}(?:\s*(?:phút|p|'))?)?"
    rf"(?=\s*(?:sáng|chiều|tối|trưa|đêm|ngày|hôm|cùng\s+ngày|{day_month()}\b))",
    # (and before a bracket of years: "Ngày truyền thống 25/8 (1954-2024)", an anniversary's day; or before the
    # agency of a dateline and its dash: "Sơn La, 3/9 (TTXVN) - ...")
    rf"\b{day_month()}\s*(?=\s*(?:năm|hằng\s+năm|hàng\s+năm|[-–)]|\(\s*(?:1[89]|20)\d\d\b|\([^()\d\n]{{1,30}}\)\s*[-–]))",
    rf"(?:tháng|quý|Quý|Tháng|T)\s*{month_year()}\b",
    rf"\b{month_year()}\b",
    rf"(?i:{spelled_day(WRITTEN)}(?:{spelled_month(WRITTEN)})?(?:{spelled_year(WRITTEN)})?)",
    # (a number past any month's, 14 and over, before the noun it counts is a count: "Trong tháng 27 ca sởi"; the
    # 13th month is a bonus's name, "lương tháng 13")
    rf"(?i:{WRITTEN.month}\s+(?!(?:1[4-9]|[2-9]\d)\s*(?-i:{COUNTED_AFTER_A_NUMBER})){DIGITS}"
    rf"(?:\s*(?:{WRITTEN.year}|/)\s*{ANY_YEAR})?)",
    # a day, its month and year spelled without "ngày", in any case ("Chủ nhật, 19 Tháng 05 Năm 2024"): the
    # month's number is no count of years
    r"(?i:\b\d{1,2}\s+tháng\s+\d{1,2}\s*(?:năm|/)\s*\d{4}\b)",
    # ... or a day of the lunar calendar, said with its month, not its year ("từ 22 đến 27 tháng 4 âm lịch", "15
    # tháng 8 (âm lịch)"): a festival's date, its month's number no count
    r"(?i:\b\d{1,2}\s+tháng\s+\d{1,2}(?=\s*\(?\s*(?:âm\s+lịch|ÂL)\b))",
    r"(?i:\b\d{1,2}\s+tháng\b(?!\s*/))",
    # ("ước cả năm 812 ha": a number with its unit after "năm" is the year's amount, not a year; so is a number
    # of no year's shape before the noun it counts: "Từ đầu năm 48 ca sởi", "Trong năm 1.312 ca")
    r"(?i:(?:quý\s+|năm\s+(?!\d{1,3}(?:\.\d{3})*(?![\d.,]\d)\s*(?-i:" + COUNTED_AFTER_A_NUMBER + r")))\d{1,4}"
    r"(?![\d.,]*\s*(?:ha\b|tấn|tạ\b|" + SCALE_WORDS + r"|người|hộ|con\b|lượt|km\b|m3|m³|%)))",
    r"\b(?:năm|Năm|niên\s+độ|vụ\s+\w+|mùa\s+vụ|khóa|khoá|nhiệm\s+kỳ|giai\s+đoạn|thời\s+kỳ|đến)\s+"
    rf"{YEAR}(?:\s*[-–—]\s*{YEAR})?",
    rf"\b{YEAR}\s*[-–—]\s*{YEAR}\b",
    # (a scale word whole: "quý I/2027 tỉnh Thanh Hóa" is a year before "tỉnh", no "tỉ" of money)
    rf"(?<![\d.,]){YEAR}(?![\d.,%])"
    r"(?!\s*(?:(?:" + SCALE_WORDS + r")(?![^\W\d_])|tấn|ha\b|héc\s*-?\s*ta|hecta|hécta|người|hộ|con|lượt|m3|m³|km"
    r"|đồng))",
    # legal documents and their numbers: Quyết định số 2199/QĐ-UBND, Nghị quyết 18-NQ/TU
    r"\b[Ss]ố\s*:?\s*\d+[\w/.-]*(?:/\s*[A-ZĐ][\w/.-]*)",
    r"\b\d+\s*/\s*\d{4}\s*/\s*[A-ZĐ][\w/.-]*",
    r"\b\d+\s*[/-]\s*(?:[A-ZĐ]{1,6}[\w]*)(?:\s*[/-]\s*[A-ZĐ][\w]*)*",
    r"(?:Nghị\s+quyết|Nghị\s+định|Quyết\s+định|Chỉ\s+thị|Kết\s+luận|Thông\s+tư|Thông\s+báo|"
    r"Công\s+văn|Kế\s+hoạch|Chương\s+trình|Đề\s+án|Luật|Công\s+điện|Quy\s+định|Hướng\s+dẫn|"
    r"Tờ\s+trình|Báo\s+cáo|Điều|Khoản|Điểm|Mục|Phụ\s+lục|Biểu|Chương|Dự\s+án)\s+(?:số\s+)?\d+",
    # the units a comparison's base was the sum of ("giảm 42 sở so với tổng số sở của 3 tỉnh", "so với cùng kỳ của 2
    # huyện trước sáp nhập"): the count names the base, no figure of its own
    r"(?i:so\s+với)\s+[^,;:()\d]{0,40}?\s(?i:của|cả)\s+\d{1,2}\s+(?:" + UNIT_WORDS + r")(?![^\W\d_])",
    # the grade candidates reached in a subject ("48 thí sinh đạt điểm 10 môn Toán", "điểm tuyệt đối 10 môn Sử"): it
    # qualifies the candidates counted, no count of subjects
    r"(?<![^\W\d_])(?i:điểm)\s+(?:(?i:tuyệt\s+đối)\s+)?\d{1,2}(?:[.,]\d{1,2})?(?![\d.,])(?=\s+(?i:môn)(?![^\W\d_]))",
    # the subjects an average or a total score is taken over ("điểm trung bình 3 môn đạt 7,12", "tổng điểm 3 môn"):
    # they qualify the score, which is the figure
    r"(?<![^\W\d_])(?i:điểm\s+(?:trung\s+bình|bình\s+quân)|điểm\s+TB|tổng\s+điểm)(?:\s+(?i:các|của))?\s+\d{1,2}"
    r"(?=\s+(?i:môn)(?![^\W\d_]))",
    # a steering committee named by the number of the act that set it up ("Ban Chỉ đạo 389 tỉnh", "BCĐ 138"), as a
    # document is: no count
    r"(?:[Bb]an\s+[Cc]hỉ\s+đạo|BCĐ)\s+(?:số\s+)?\d+(?![.,]\d)(?!\s*(?:%|" + SCALE_WORDS + r")(?![^\W\d_]))",
    # a bid package named by a code of letters and digits ("Gói thầu XL-05", "gói thầu số CP-3"): no count of 5
    r"[Gg]ói\s+thầu(?:\s+số)?\s*:?\s+[A-ZĐ][A-ZĐ0-9]{0,5}\s*[-–.]\s*\d+",
    # a clause of a law cited in lower case ("căn cứ khoản 2 điều 30 Luật ..."; "điểm a khoản 1 điều 5")
    # ("Điều 5 khoản 2 Nghị định 13/2023/NĐ-CP": the clause after its article; "khoản 3 Luật Đất đai")
    r"\b[Kk]hoản\s+\d+\s+(?:[Đđ]iều|ĐIỀU)\s+\d+",
    r"\b(?:[Đđ]iều|ĐIỀU)\s+\d+\s*,?\s+[Kk]hoản\s+\d+",
    r"\b[Kk]hoản\s+\d+\s+(?:của\s+)?(?:Luật|Bộ\s+luật|Nghị\s+định|Nghị\s+quyết|Thông\s+tư|Quyết\s+định)\b",
    # districts named by their number, one or a list ("quận 2, 9 và Thủ Đức", "Quận 1 và 3")
    r"\b[Qq]uận\s+\d{1,2}(?:\s*(?:,|và)\s*\d{1,2})*\b(?!\s*(?:%|" + SCALE_WORDS + r")\b)",
    # a street address: the house number after "địa chỉ"/"số nhà" ("ở địa chỉ 12 Lê Lợi", "số nhà 45/3 đường X")
    r"(?i:địa\s+chỉ(?:\s+(?:tại|số))?|số\s+nhà)\s*:?\s*\d+[\w/-]*",
    # the number of a lane in a street address ("kiệt 45 Lê Duẩn", "hẻm 12/3 đường Hùng Vương", "ngõ 34 phố Huế",
    # "ngách 5 ngõ 80", "hẻm 120 ấp Bàu Tre"): the lane's name, when a name, a street word, the village or the unit
    # the lane is in or a clause mark follows, no count (not "cạn kiệt 3 mỏ", used up; data/words/lane_words.csv)
    rf"(?<!cạn\s)(?<!Cạn\s)(?i:{word_source('lane_words')})\s+\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}}[A-Za-z]?)*\b(?![.,]\d)"
    rf"(?=\s*(?:[,.;:()]|$)|\s+(?:{UPPER}|(?:đường|phố|{word_source('lane_words')}|{word_source('village_nouns')}|"
    rf"{LOWER_UNIT_WORDS})\b))",
    # the numbers listed after "số" ("Bến cảng số 5, 6, 7 Cảng Cái Lân", "tuyến đường số 3, 4 và 5 khu đô thị"): each
    # the name of a work or a plot, as the first is; none counts the noun after the last (not "tổng số", "dân số")
    # (three numbers or more, or two joined by "và": "Tổ số 3, 45 hộ bị ngập" names a group and counts its households)
    r"(?<![Tt]ổng\s)(?<![Dd]ân\s)(?<!rong\s)(?<![^\W\d_])[sS]ố\s+\d{1,3}(?:(?:\s*,\s+\d{1,3}\b(?![.,]\d)){2,}|"
    r"(?:\s*,\s+\d{1,3}\b(?![.,]\d))*\s+và\s+\d{1,3}\b(?![.,]\d))",
    # ("cấp" is also the verb "to issue": "toàn tỉnh cấp 12.450 thẻ", "đã cấp 45 sổ đỏ". A level or grade
    # never reaches 100, and after an aspect marker the word is the verb: neither is a class; nor after "được",
    # what one is given: "mỗi hộ được cấp 10 kg gạo")
    # ordinals, classes and names that carry a number ("dân số 15.200 người" is a population, "trong số 30
    # xã" the many among which some are counted: no "số N"; a house number opening a sentence, "Số 12 đường
    # Hùng Vương là trụ sở ...", is as much a name as "tại số 12");
    # the hamlets and canals of the south named by a number: "ấp 3", "khóm 2", "tuyến Kênh 15", "Kinh 9")
    # ("một lần" is once, a lump sum, no time numbered: "hưởng BHXH một lần 3.014 người" counts the people)
    # ("sĩ số 3.200 học sinh": the pupils enrolled, a count, no "số N"; a headline's "BÃO SỐ 12" names the storm as
    # "bão số 12" does)
    r"(?:(?<!xếp\s)(?<!đứng\s)(?<!Xếp\s)(?<!Đứng\s)(?<!vị\s)(?<!trí\s)(?<!phương\s)(?<!xếp\shạng\s)(?<!cao\s)(?<!thấp\s)(?<!lớn\s)(?<!và\s)(?<!,\s)thứ|lần\s+thứ|(?<!một\s)(?<!Một\s)lần|kỳ\s+họp\s+thứ|khóa|khoá|THỨ|KHÓA|KHOÁ|(?<!tổng\s)(?<!Tổng\s)(?<!quân\s)(?<!con\s)(?<!dân\s)(?<!Dân\s)(?<!rong\s)(?<!thiểu\s)(?<!sĩ\s)(?<!Sĩ\s)[sS]ố|mức\s+độ|cấp\s+độ|độ\s+lớn|"
    r"(?<!TỔNG\s)(?<!QUÂN\s)(?<!CON\s)(?<!DÂN\s)(?<!TRONG\s)(?<!THIỂU\s)(?<!SĨ\s)SỐ|"
    # ("cấp 3 bằng độc quyền sáng chế": a grant of papers counted, no grade 3)
    r"(?<!khẩn\s)(?<!cung\s)(?<!nâng\s)(?<!Nâng\s)(?<!xuất\s)(?<!đã\s)(?<!Đã\s)(?<!vừa\s)(?<!sẽ\s)(?<!mới\s)(?<!được\s)cấp(?!\s+\d+\s+(?:chủ\s+trương|giấy\s+(?:chứng\s+nhận|phép)|dự\s+án"
    # ("cấp 12 tấn giống ngô": a weight or a volume after the number is an amount handed out, no class 12)
    r"|văn\s+bằng|[bB]ằng\s+(?:" + word_source("papers_named_bang") + r")|(?:tấn|tạ|kg|lít|m3)\b))"
    r"(?!\s+(?:\d{3}|\d{1,3}\.\d{3}))|(?<!xếp\s)(?<!chiếm\s)(?<!đứng\s)(?<!Xếp\s)(?<!Đứng\s)hạng|(?<!các\s)(?<!Các\s)(?<!mọi\s)loại|lớp|khối|"
    # (capitalised too, as a heading or a sentence opens on it: "Khu phố 3 phường An Phú có 450 hộ")
    r"tổ|[Tt]ổ\s+dân\s+phố|[Kk]hu|[Kk]hu\s+phố|[Pp]hân\s+khu|[Tt]iểu\s+khu|Quốc\s+lộ|quốc\s+lộ|QL|ĐT|[Tt]ỉnh\s+lộ|[Đđ]ường\s+tỉnh|"
    # ("chiều dài toàn tuyến 3,07 km": the route's length, not a route numbered 3; "tiếp nhận trực tuyến 38.900 hồ
    # sơ": online, the things received after it counted; "chuyển tuyến 87 ca": patients referred on, counted)
    r"(?<![Tt]rực\s)(?<![Cc]huyển\s)tuyến(?!\s+\d+(?:[.,]\d+)?\s*(?:km|m|mét)\b)|"
    # ("đẩy nhanh tiến độ đường 48 kéo dài": a road named by its number; not "đường 2 làn xe", "đường 5 km")
    # (a room named by its number, "phòng 205"; not the verbs "tiêm phòng 12.000 liều", "dự phòng 45 tỷ đồng")
    # (a capital "Đường" after a word ends a place's name, "xã Tam Đường 2 người": the number after it counts)
    r"(?:đ|(?<![^\W\d_]\s)Đ)ường(?!\s+\d+(?:[.,]\d+)?\s*(?:km|m|mét|làn|chiều|tầng)\b)|km|Km|(?<![Tt]iêm\s)(?<![Dd]ự\s)phòng|tầng|nhóm|Tiểu\s+đoàn|Trung\s+đoàn|Sư\s+đoàn|Lữ\s+đoàn|Quân\s+đoàn|Binh\s+đoàn|Đại\s+đội|cụm|Cụm|đợt|Đợt|"
    # (a tax office of the 2025 reform named by its number: "Thuế cơ sở 2 tỉnh Đồng Nai thu được ...")
    r"(?:Thuế|THUẾ)\s+(?:cơ\s+sở|CƠ\s+SỞ)|"
    # ("Tuần 45/2026 (từ 02/11 đến 08/11)", "trong tuần 12": a week named by its number, a bulletin's heading in
    # capitals too, "TUẦN 40/2026"; not "mỗi tuần 3 buổi")
    r"(?<!mỗi\s)(?<!Mỗi\s)(?<!một\s)(?<!\d\s)(?:[Tt]uần|TUẦN)(?:\s+lễ)?|"
    # ("cao hơn cùng kỳ 4 điểm phần trăm", "thấp hơn cùng kỳ 150 ha": the same period names the base of the change
    # after it, no period numbered 4; "bảo trì định kỳ 60 km đường": periodic, the work's manner, no term numbered)
    # ("lập biên bản 04 vụ": a record of cases, no hamlet; data/words/village_noun_compounds.csv)
    r"vòng|bảng|Bảng|Tập|tập|(?<!cùng\s)(?<!định\s)(?<!Định\s)kỳ|(?<!chỉnh\s)(?<!Chỉnh\s)trang|(?<![^\W\d_]\s)Trang|Biểu\s+số|Mẫu\s+số|mẫu|Kỳ|Thôn|thôn|"
    # (the compounds are guarded in either case: "Nhật Bản 6 dự án" is Japan's count, no hamlet numbered 6)
    + "(?i:" + NOT_A_VILLAGE_COMPOUND + r")[Bb]ản|Xóm|xóm|"
    # (a lowercase "phường" before a number and a counted noun is the ward a report is about, then a count: "trên địa
    # bàn phường 3 vụ cháy"; data/words/counted_right_after_a_ward.csv; and before a number grouped in thousands,
    # which no ward is numbered by: "Dân số toàn phường 28.650 người")
    r"Khu\s+dân\s+cư|khu\s+dân\s+cư|Tổ|Phường|phường(?!\s+(?:\d{1,3}(?:\.\d{3})+(?![\d,])|\d{1,4}\s+(?:"
    + word_source("counted_right_after_a_ward") + r")(?![^\W\d_])))|Nhà|nhà\s+số|lô|Lô|Ảnh|ấp|Ấp|khóm|Khóm|Kinh|Kênh|"
    # (a bid package named by its code, "gói thầu 5.10", "Gói thầu 12": no count of 5,1)
    # ("Vành đai 3 TP. Hồ Chí Minh" opening a sentence or a project's name: a ring road's number, either case)
    # ("đường dây 500 kV mạch 3": a power line's circuit named by its number)
    r"mạch|[Vv]ành\s+đai|[Gg]iai\s+đoạn|[Dd]ự\s+án\s+thành\s+phần|dự\s+án|[Gg]ói\s+thầu)\s+\d+(?:[.,]\d+)?"
    r"(?:/\d+(?!\s*%))?\b(?!\s*%)(?!\s*(?:" + SCALE_WORDS + r")\b)",
    # an office of the 2025 regions named by its number ("Ngân hàng Nhà nước Chi nhánh Khu vực 7", "Kho bạc Nhà nước
    # khu vực 12", "Chi cục Hải quan khu vực 4", "Thuế cơ sở 3"): a name, as a document's number is, no count
    r"(?:Chi\s+nhánh|Chi\s+cục|Kho\s+bạc|Thuế|Hải\s+quan|Ngân\s+hàng|Bảo\s+hiểm\s+xã\s+hội|BHXH)(?:\s+[^\W\d_]+){0,4}?"
    r"\s+(?:[Kk]hu\s+vực|[Cc]ơ\s+sở)\s+\d{1,2}\b(?![.,/]\d)",
    # a campus or branch named by its number ("Cơ sở 2 của Trường ...", "tại Cơ sở 3 Bệnh viện tỉnh"): one or two
    # digits before a name, a verb or a clause mark; not the level of schooling or the facilities counted
    # ("trung học cơ sở 384 trường", "cơ sở 12 trường", "Cơ sở 120 giường bệnh": the count after "cơ sở")
    rf"[Cc]ơ\s+sở\s+\d{{1,2}}(?:/\d+(?!\s*%))?\b(?![.,]\d)(?=\s*(?:[,.;:()–-]|$)|\s+(?:{UPPER}|(?:của|tại|ở|thuộc|"
    r"đã|đang|được|có|là|và|với|mới|sẽ)\b))",
    # a hamlet whose name ends on its number, as in the northern mountains ("tại thôn Phìn Chải 2 xảy ra sạt
    # lở", "bản Nà Hẩu 1, xã ..."): the number is the name's, when a verb or the next unit follows, no noun
    rf"(?:[Tt]hôn|[Bb]ản|[Xx]óm|[Ấấ]p|[Kk]hóm|[Kk]hu\s+phố|[Tt]ổ\s+dân\s+phố|[Tt]iểu\s+khu)(?:\s+{UPPER}{LOWER}*){{1,3}}"
    # (the commune may follow without a comma: "ở bản Nậm Há 1 xã Noong Hẻo"; what the hamlet suffered may follow too:
    # "tại bản Huổi Lụ 2 làm 2 người chết", "bản Pá Khoang 3 làm sập 4 nhà")
    r"\s+\d{1,2}\b(?![.,]\d)(?=\s*(?:,?\s*(?:" + LOWER_UNIT_WORDS + r")\b|(?:xảy|bị|đã|thuộc|có|gây|khiến|làm)\b))",
    # a plant whose name ends on its number or numbers ("Nhà máy thủy điện Sông Bung 4 đã phát điện", "Điện gió
    # Tân Phú 1, 2 mỗi nhà máy ..."): the numbers are the name's, when a verb, "mỗi" or a clause mark follows
    rf"(?:[Nn]hà\s+máy|[Tt]rang\s+trại|[Đđ]iện\s+gió|[Đđ]iện\s+mặt\s+trời|[Tt]hủy\s+điện)(?:\s+{LOWER}+){{0,5}}"
    rf"(?:\s+{UPPER}[\w&]*){{1,3}}\s+\d{{1,2}}\b(?![.,]\d)(?:\s*,\s*\d{{1,2}}\b(?![.,]\d))*(?:\s+và\s+\d{{1,2}}\b)?"
    r"(?=\s*[,.;:)]|\s+(?:sẽ|đã|đang|được|mỗi|sử\s+dụng|có|là|do|của|thuộc|tại|ở|với)\b)",
    # a work whose name ends on its number ("Cầu Tân Vũ - Lạch Huyện 2 dài 5,4 km", "Hầm Đèo Cả 2 đã thông"): the
    # number is the name's, when a size or a verb follows
    # (the kinds of work: data/words/works_named_with_a_number.csv)
    "(?:" + word_source("works_named_with_a_number") + rf")(?:\s+{UPPER}[\w&]*){{1,4}}"
    rf"(?:\s*[-–]\s*{UPPER}[\w&]*(?:\s+{UPPER}[\w&]*){{0,3}})?\s+\d{{1,2}}\b(?![.,]\d)"
    r"(?=\s+(?:dài|rộng|cao|sâu|sẽ|đã|đang|được|có\s+(?:chiều|tổng|quy|công)|là)\b)",
    r"\b\d+\s*" + _QUALIFIES_ONLY,
    # a schedule or a range of classes that qualifies its noun ("trường dạy 2 buổi/ngày", "khách sạn 4-5 sao"): no
    # amount, as "4 sao" alone is none
    r"\b\d\s+buổi\s*/\s*(?:ngày|tuần)\b",
    r"\b\d\s*[-–]\s*\d\s*sao\b(?!\s+trở\s+lên)",
    r"(?:kỷ\s+niệm|Kỷ\s+niệm|chào\s+mừng|tròn)\s+\d+\s+năm",
    # a day of the (lunar) month said with "mùng"/"mồng" ("ngày mùng 1 Tết", "mồng 5 tháng Giêng"): a date
    r"\b[Mm](?:ùng|ồng)\s+\d{1,2}\b(?![.,]\d)",
    r"\b\d+\s+(?:năm|tháng|quý)\s+(?:đầu|cuối|qua|tới|gần|liên\s+tiếp)",
    r"\b(?:trong|sau|trước|qua|được|của|kế\s+hoạch|hoạch)\s+\d+\s+(?:năm|tháng|quý)\b",
    r"\b(?:trong|sau|qua|suốt)\s+\d+\s+đêm\b",  # "chỉ qua 1 đêm", "sau 2 đêm": how long it took, not a count
    r"\b\d+\s+th[áà]ng\b(?!\s*/)",  # (and its misspelling "thàng")
    r"\b(?:tỷ\s+lệ|tỉ\s+lệ)\s+1\s*/\s*\d+",
    r"\b1\s*/\s*(?:500|1\.?000|2\.?000|5\.?000|10\.?000|25\.?000|50\.?000)\b",
    r"\bOCOP\s+\d+\s+sao",
    # how fast a storm moves ("mỗi giờ đi được khoảng 10 km", "mỗi giờ di chuyển 15 km"): a speed, no amount
    rf"\bmỗi\s+giờ\s+(?:đi|di\s+chuyển)\s+(?:được\s+)?(?:(?:{HEDGE_WORDS})\s+)?\d+(?:[.,]\d+)?\s*km\b",
    r"\b1\s+nửa\b",  # "hơn 1 nửa" (more than half): a word, not a count
    # a year compared with, written bare ("tăng 9 hợp tác xã so với 2025"): a date, no count
    r"\bso\s+với\s+(?:19|20)\d\d(?![\d/]|[.,]\d)",
    rf"\bchiếm\s+(?:(?:{HEDGE_WORDS})\s+)?1\s*/\s*[2-9]\b(?!\s*[/%])",  # "chiếm khoảng 1/3": a fraction in words
    # a yield's area ("giá trị sản phẩm trên 1 ha đất trồng") and "all 3 indices" ("tai nạn tăng cả 3 chỉ số")
    # (the unit may be glued to the one: "trên 1ha đất nông nghiệp")
    # ("bình quân 1 ha đất canh tác cho thu nhập ...", "trên 01 ha", "thu hoạch/1 ha": the same; not "bình quân 1
    # ha/hộ", an average area)
    r"\b(?:trên|mỗi)\s+0?1\s*(?:ha|hécta|héc-ta|hecta)\b(?!\s*/)",
    r"\b(?:[Bb]ình\s+quân|[Tt]rung\s+bình)\s+0?1\s*(?:ha|hécta|héc-ta|hecta)\s+(?:đất|canh\s+tác|gieo\s+trồng|mặt\s+nước)",
    r"(?<=/)\s?0?1\s*(?:ha|hécta|héc-ta|hecta)\b(?!\s*/)",
    # ("doanh thu bình quân 1 hợp tác xã đạt 2,8 tỷ đồng", "trung bình mỗi 01 hộ có 2 lao động": the one an average
    # is taken over, no count of it; data/words/average_bases.csv; not "bình quân 1 hộ/tháng", an amount per time)
    r"\b(?:[Bb]ình\s+quân|[Tt]rung\s+bình)(?:\s+(?:mỗi|cho|của|trên))?\s+0?1\s+(?:" + word_source("average_bases")
    + r")\b(?!\s*/)",
    # ("Bình quân số tiêu chí đạt trên 1 xã là 17,8 tiêu chí", "số lao động trên 1 hộ là 2,4 người": the one an average
    # is taken per, with the average's verb after it, words away from "bình quân")
    r"(?<![^\W\d_])(?:trên|mỗi)\s+0?1\s+(?:" + word_source("average_bases") + r")(?![^\W\d_])(?!\s*/)"
    rf"(?=\s+(?:là|đạt)\s+(?:(?:{HEDGE_WORDS})\s+)?\d)",
    r"\bcả\s+\d\s+(?:chỉ\s+số|tiêu\s+chí|mặt|ngành|khu\s+vực|lĩnh\s+vực)\b",  # ("cả 3 ngành cấp 1 đều tăng")
    # the sectors of the economy counted only to frame their own figures ("Xét 3 khu vực kinh tế", "Có 02 khu
    # vực, Nông, lâm nghiệp ... và Công nghiệp - xây dựng đều bị giảm"): a fixed set, no count
    r"\b\d{1,2}\s+khu\s+vực(?:\s+kinh\s+tế\b|\s*[,:(]\s*(?i:nông|công\s+nghiệp|dịch\s+vụ))",
    # the aspects or pillars an aim names right after a colon ("phát triển trên 4 mặt: kinh tế, xã hội, ..."):
    # the headings of a list, not a count of anything
    r"\b\d\s+(?:mặt|trụ\s+cột)(?=\s*:)",
    # a set the clause points back to ("giá trị tăng thêm của 3 ngành này tăng 11%"): named before, no count
    # (said with "nói trên"/"kể trên": the count that points back, below)
    r"\b\d\s+(?:ngành|lĩnh\s+vực|khu\s+vực|chỉ\s+số|sản\s+phẩm)\s+này\b",
    # "tăng trưởng 2 con số" (double-digit growth); the provinces a merger joined ("bình quân chung của 3 tỉnh")
    r"\b\d\s+con\s+số\b",
    r"(?:[Hh]ợp\s+nhất|[Ss]áp\s+nhập|chung\s+của)\s+\d\s+tỉnh\b",
    # months listed after one "tháng" ("trong 2 tháng 5 và 6"), the stages of a process ("quy trình 2–3 giai đoạn")
    r"(?<=[Tt]háng\s)\d{1,2}\s*(?:và|[-–])\s*(?:1[0-2]|0?[1-9])\b(?![.,]\d)"
    r"(?!\s*(?:%|tấn|ha\b|" + SCALE_WORDS + r"|người|hộ))",
    r"(?:(?<=[Tt]háng\s\d\s)|(?<=[Tt]háng\s\d\d\s))và\s+(?:1[0-2]|0?[1-9])\b(?![.,]\d)"
    r"(?!\s*(?:%|tấn|ha\b|" + SCALE_WORDS + r"|người|hộ))",
    r"(?i:quy\s+trình)\s+\d+(?:\s*[-–]\s*\d+)?\s+giai\s+đoạn",
    # the capital bracket that classes counted enterprises ("412 doanh nghiệp có số vốn đăng ký dưới 10 tỷ đồng",
    # "doanh nghiệp vốn từ 10 - 50 tỷ", "quy mô vốn từ 20 tỷ đồng đến dưới 50 tỷ đồng"): the class, not a capital
    r"(?:(?i:doanh\s+nghiệp|DN)\s+(?:có\s+)?(?:(?:số|quy\s+mô)\s+)?vốn|(?i:quy\s+mô)(?:\s+vốn)?)"
    r"(?:\s+(?:đăng\s+ký|điều\s+lệ))?\s+(?:từ|dưới|trên)\s+\d+(?:[.,]\d+)?"
    r"(?:\s*(?:" + BILLION_WORDS + r")(?:\s+đồng)?)?"
    r"(?:\s*[-–]\s*\d+(?:[.,]\d+)?|\s+đến\s+(?:dưới\s+)?\d+(?:[.,]\d+)?)?"
    r"\s*(?:" + BILLION_WORDS + "|" + MILLION_WORDS + r")\b"
    r"(?:\s+đồng)?",
    # an owner's share that only classes a firm ("doanh nghiệp 100% vốn đầu tư nước ngoài")
    r"\b100\s*%\s*vốn\s+(?:đầu\s+tư\s+)?(?:nước\s+ngoài|nhà\s+nước|FDI|tư\s+nhân)",
    r"(?:từ|đạt)\s+\d+\s+sao",
    # a disease's name, however its dash is spaced ("Covid -19", "COVID - 19")
    r"\b(?:4\.0|5G|4G|3G|2G|(?:COVID|Covid|covid)\s*[-–]?\s*19|H5N1|\bA/H\d+N\d+)",
    # (and the area a programme names: "xã vùng 135" is a class of commune, not 135 of anything)
    r"(?:Chương\s+trình|chương\s+trình|CT|[Vv]ùng)\s+(?:135|134|30a|327|661)",
    # the height of the winds a forecast speaks of ("vùng hội tụ gió trên 5.000 m"): weather, not a length
    r"hội\s+tụ\s+gió\s+(?:ở\s+)?(?:trên\s+)?(?:độ\s+cao\s+)?(?:khoảng\s+)?\d[\d.,]*\s*m\b",
    # the three national target programmes named as one set ("vốn 3 Chương trình mục tiêu quốc gia", "3 CTMTQG")
    r"\b3\s+(?:(?:[Cc]hương\s+trình|CT)\s+(?:mục\s+tiêu\s+quốc\s+gia|MTQG)|CTMTQG)\b",
    # a campaign slogan that counts its own points ("gia đình 5 không, 3 sạch", "5 có 3 sạch", "3 sạch, 4 an"):
    # the name of the campaign, not two counts
    r"\b\d\s+(?i:không|có|sạch|an|xanh|tốt|giỏi|đẹp)\s*,?\s*\d\s+(?i:sạch|có|không|an|xanh|tốt|giỏi|đẹp)\b",
    r"\b(?:Top|top|TOP)\s+\d+",
    r"(?<=/)\s*63\b(?=\s+(?:tỉnh|cả\s+nước|toàn\s+quốc))",
    # a garbled letter ("Ninh Thuâ%3ḅn", "Công nghê%3ḅ"): digits glued between "%" and a letter spell nothing
    r"(?<=%)\d+(?=[^\W\d_])",
    r"\b\d+\s+cấp\b",
    # a quake's magnitude as a bound ("động đất có độ lớn từ 2,5 trở lên"): a scale, no amount
    rf"\b(?i:độ\s+lớn)\s+(?:(?:{HEDGE_WORDS}|từ|là)\s+){{1,2}}\d+(?:[.,]\d+)?",
    # a sector named by its number ("khu vực 1 nông, lâm và thủy sản", "khu vực 3 dịch vụ"); a clock's time zone
    r"\b[Kk]hu\s+vực\s+[1-3](?![\d.,/])",
    r"\bGMT\s*[+-]\s*\d{1,2}\b",
    r"(?<=/)\s*(?:10|100|80|1000|1\.000)\s*(?=(?:điểm|%))",  # the scale of a score: 43,35/80 điểm
    # the number that ends a work's proper name ("cầu Vàm Sát 2 nối xã ...", "Nhà máy thủy điện Sông Bung 4"; the
    # river that names a plant may keep "sông" in lower case: "thuỷ điện sông Miện 5")
    r"(?:[Cc]ầu|[Hh]ầm|[Nn]hà\s+máy(?:\s+th(?:ủy|uỷ)\s+điện|\s+điện\s+gió)?|[Tt]h(?:ủy|uỷ)\s+điện)(?:\s+(?:sông|suối))?"
    r"(?:\s+[A-ZĐÂĂÊÔƠƯ\u00C0-\u00DD\u1EA0-\u1EF8][^\W\d_]*){1,3}\s+\d{1,2}\b(?![.,]\d)"
    r"(?!\s*(?:%|" + SCALE_WORDS + r"|km|m\b|nhịp|làn|MW))",
    # a square, a street, a bridge or a school named by a day ("Quảng trường 16/3", "đường 30/4", "Trường THPT 19/5"):
    # the date names it, no count nor ratio (a unit after it, "cầu 3/5 nhịp", keeps the figure)
    # (the kinds of place: data/words/named_by_a_day.csv)
    r"(?:" + word_source("named_by_a_day") + r")\s+"
    r"(?:0?[1-9]|[12]\d|3[01])\s*/\s*(?:0?[1-9]|1[0-2])(?![\d.,/%])"
    r"(?!\s*(?:km|m|ha|tấn|hộ|người|xã|trường|cầu|nhịp|tuyến|đoạn)(?![^\W\d_]))",
    # a storm named by its number without "số" ("Bão 13 gây thiệt hại lớn", "sau cơn bão 12,"): its name, not a
    # count (what it did is counted after it: "bão 13 làm 8 người bị thương")
    r"\b[Bb]ão\s+\d{1,2}(?![\d.,]\d)(?=\s*[.,;:)]|\s*$|\s+(?:đã\s+|đang\s+)?(?:gây|đổ\s+bộ|làm|khiến|quét|"
    r"suy\s+yếu|tàn\s+phá|đi\s+qua|vào|năm)\b)",
    # the CPI basket ("trong 11 nhóm hàng hóa và dịch vụ chính", "có 8/11 nhóm tăng giá"): a class, not a fact
    r"(?<=/)\s*11\s+nhóm\b|\b11\s+nhóm\s+(?:hàng|chính)",
    # the full set of a rural standard's criteria said of counted communes ("34/45 xã đạt 19/19 tiêu chí", "7 xã đạt
    # 15/15 tiêu chí nâng cao"): the class the communes reached, not a figure (a named commune's score stays one)
    r"(?<=\bxã\sđạt\s)(?:19\s*/\s*19|15\s*/\s*15|9\s*/\s*9|10\s*/\s*10)\s+tiêu\s+chí",
    # so is any score said of a counted group of communes ("01 xã đạt 15 tiêu chí, 02 xã đạt 07 tiêu
    # chí"): the group's class, the count before it is the figure; and the bounds of such a class ("9 xã đạt từ 10
    # đến 14 tiêu chí", "4 xã đạt dưới 8 tiêu chí", "Số xã đạt 15 - 18 tiêu chí: 20 xã")
    r"(?:(?<=\d\sxã\sđạt\s)|(?<=[Ss]ố\sxã\sđạt\s))(?:(?:từ|dưới|trên|hơn)\s+)?\d{1,2}"
    r"(?:\s*(?:-|–|đến|tới)\s*(?:dưới\s+)?\d{1,2})?\s+tiêu\s+chí",
    # how many crops a field bears a year ("diện tích lúa 2 vụ", "đất chuyên trồng lúa 3 vụ"): the class
    # of the land, not a count of cases
    r"(?:(?<=\blúa\s)|(?<=\bđất\s)|(?<=\bruộng\s)|(?<=\bmàu\s))[1-3]\s+vụ\b(?!\s+(?:việc|án|tai\s+nạn|cháy|vi\s+phạm))",
    # a count that points back to things already counted ("5 công trình nói trên", "các 3 dự án kể trên"):
    # the same figure said again, not a new one
    r"\d+(?=\s+(?:[^\W\d_]+\s+){1,3}(?:nói|kể|vừa\s+nêu|nêu)\s+trên\b)",
    # the bar a rule sets ("tiêu chí hộ nghèo (quy định 4% trở xuống)"): the norm, not the place's figure
    r"(?<=quy\sđịnh\s)\d+(?:[.,]\d+)?\s*%?\s*trở\s+(?:xuống|lên)\b",
    # a grade a price bulletin quotes ("gạo 5% tấm", "gạo 25% tấm": the share of broken grains; "tôm thẻ cỡ 100
    # con/kg": how many shrimps weigh a kilogram, "cua gạch loại 1 (3 con/kg)" too): the product's class, not a figure
    r"\d{1,2}\s*%\s*tấm\b|\d{1,3}\s*con\s*/\s*kg\b",
    # (the weight of one animal a price is quoted for, "cá tra cỡ 0,8 - 1 kg/con", "heo loại 100 kg/con": its class)
    r"(?<![^\W\d_])(?i:cỡ|loại)\s+\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*(?i:kg|g|gam|gram)\s*/\s*(?i:con)\b",
    # the length that classes the boats counted ("tàu có chiều dài từ 15 m trở lên"): a bound of the class, no length
    # ("tàu cá từ 15 m trở lên phải lắp ...": the same bound right after the boats)
    r"(?:(?<=dài\s)|(?<=dài\stừ\s)|(?<=tàu\stừ\s)|(?<=Tàu\stừ\s)|(?<=cá\stừ\s))\d{1,3}(?:[.,]\d+)?\s*(?:m|mét)\s+trở\s+lên\b",
    # a crop variety's code written apart from its capitals ("giống OM 18", "giống lúa Đài Thơm 8", "giống ngô LVN
    # 10"): the number ends the variety's name, no count (an amount after it, "giống X 9 trên 500 ha", is the figure)
    r"(?i:giống)(?:\s+(?i:" + word_source("species_of_a_variety") + r"))?(?:\s+[A-ZĐ][^\W\d_]*){1,3}"
    r"\s*-?\s*\d{1,4}(?![\d.,%]|\s*(?:ha|tấn|tạ|kg)\b)",
    # (and without "giống", the species right before the code: "lúa OM 18 giá 6.400 đồng/kg", "lúa tươi IR 50404"; a
    # code all in capitals, not a plan's or a season's abbreviation: "lúa KH 500", "lúa ĐX 2026")
    r"(?<![^\W\d_])(?i:" + word_source("species_of_a_variety") + r")(?:\s+(?i:tươi|khô))?"
    r"\s+(?!(?:KH|TH|UTH|CK|ĐX|HT|VM)\b)[A-ZĐ]{2,4}\s*-?\s*\d{1,5}(?![\d.,%]|\s*(?:ha|tấn|tạ|kg)\b)",
    # the count a price's measure holds, in brackets after it ("115.000 đồng/chục (12 trái)", "đồng/thùng (24 lon)"):
    # what the measure is, no count of the report
    r"(?i:đồng)\s*/\s*[^\W\d_]+\s*\(\s*\d{1,3}\s+[^\W\d_]+\s*\)",
    # a hotel's star class ("khách sạn 3 sao trở lên", "khách sạn từ 4 sao", "khách sạn 4-5 sao"): the class of the
    # hotels a figure is about, no count (CONVENTIONS: a star rating that is only a class is no fact)
    r"(?<=sạn\s)(?:(?:từ|hạng)\s+)?[1-5](?:\s*[-–]\s*[1-5])?\s*sao\b",
    # the full set a vaccination covers ("tiêm đủ 8 loại vắc xin", "tiêm chủng đầy đủ các loại vắc xin"): names the
    # schedule a rate is about, no count
    r"(?<=đủ\s)\d{1,2}\s+loại\s+vắc[\s-]?xin\b",
    # a fishing boat's registration ("tàu cá KH 95123 TS", "BTh-98765-TS", its digits grouped "QB 92.468 TS"): the
    # province's letters, digits and "TS" (thủy sản) name one boat, not a count
    r"\b[A-ZĐ][A-Za-zĐđ]{0,3}\s?[-.]?\s?(?:\d{2}\.\d{3,4}|\d{3,6})\s?[-.]?\s?TS\b",
    # a vehicle's plate after its name ("xe mang BKS 81B-012.34", "biển kiểm soát 29A-123.45", "biển số 43C1-567.89"):
    # the code names one vehicle, its digit groups count nothing
    r"(?:BKS|(?i:biển\s+(?:kiểm\s+soát|số)))\s*:?\s*\d{2}[A-ZĐ]{1,2}\d?\s*[-.]?\s*\d[\d.]*",
    # (and the plate's shape alone, its name left out: "xe ô tô 30K-456.78 va chạm", "xe máy 43B1-12345": the
    # province's two digits, the series' capitals, a dash and the serial)
    r"\d{2}[A-ZĐ]{1,2}\d?\s*-\s*(?:\d{3}\.\d{2}|\d{4,5})(?![\d.,])",
    # the seats a vehicle is built with ("xe khách 45 chỗ", "xe 16 chỗ ngồi"): its class, as a boat's tonnage is
    r"(?i:xe(?:\s+(?:khách|ô\s+tô|buýt|giường\s+nằm|du\s+lịch|con|tải|limousine))?)\s+\d{1,2}\s+(?i:chỗ)\b",
    # the load a vehicle or a bridge is built for ("xe tải 15 tấn", "xe có tải trọng trên 10 tấn", "cầu tải trọng
    # 30 tấn"): its class, as its seats are
    r"(?i:(?:xe(?:\s+(?:tải|ben|đầu\s+kéo|container|ô\s+tô))?|tải\s+trọng(?:\s+(?:trục|thiết\s+kế|tối\s+đa))?)"
    r"(?:\s+(?:có|xe))?(?:\s+tải\s+trọng)?(?:\s+(?:trên|dưới|từ|tối\s+đa|hơn))?)\s+\d{1,3}(?:,\d+)?\s*(?i:tấn)\b",
    # the one a mean is per ("thu nhập bình quân 1 người 1 tháng", "bình quân 1 lao động tạo ra 95 triệu đồng"): the
    # unit of the average, no count of one person
    r"(?i:bình\s+quân|trung\s+bình|tính\s+(?:trên|cho))(?:\s+(?:mỗi|cho|trên))?\s+1\s+"
    r"(?i:người|lao\s+động|hộ|nhân\s+khẩu|khẩu|học\s+sinh|con)\b",
    # the base of a rate ("9,8 trên 1.000 trẻ đẻ sống", "35/100.000 dân"): the number before it is the fact
    # (numbers.read_unit reads the rate with it), the base counts nothing
    r"(?<=\d\s)trên\s+" + PER_BASE_NUMBER + r"(?=\s+" + PER_BASE_NOUN + ")",
    r"(?<=\d/)" + PER_BASE_NUMBER + r"(?=\s+" + PER_BASE_NOUN + ")",
    # (the base written in the rate's name, after a slash: "Số bác sĩ/1 vạn dân đạt 12,5 bác sĩ", "Số giường bệnh /
    # 10.000 dân": the rate's number comes later, the base counts nothing)
    r"(?:(?<=[^\W\d_]/)|(?<=[^\W\d_]\s/\s))" + PER_BASE_NUMBER + r"(?=\s+" + PER_BASE_NOUN + ")",
    # the sex ratio at birth's base ("112 bé trai/100 bé gái", "trên 100 bé gái"): the boys are the fact
    r"(?:(?<=/)|(?<=/\s)|(?<=trên\s))100(?=\s+(?i:bé|trẻ\s+em|trẻ)\s+gái\b)",
]
# Every non-fact starts at a word boundary: testing it first lets the engine skip mid-word positions.
_NOT_FIGURE_RE = re.compile(r"(?:\b|(?<=/))(?:" + "|".join(f"(?:{p})" for p in _NOT_FIGURE) + ")")
# Section headings at the start of a paragraph: "2.", "2.3.", "II.", "a)", "(1)".
# ("1/ Về kinh tế", "5/ 320 hộ thoát nghèo": a slash and a space after the item's number mark a list's item too)
_HEADING_NUMBER = re.compile(r"^\s*(?:[-+•]\s*)?(?:\d{1,2}(?:\.\d{1,2})*\.|\(\d{1,2}\)|\d{1,2}[)/])(?=\s)")
# Table rows start with an ordinal (STT).
_TABLE_ORDINAL = re.compile(r"^\s*\d{1,3}\.?\s*(?=\t)")
# ... or a list's row its index with no mark after it, then the name of what the row measures, capitalised as a
# name that opens a line is ("4 Số trường đạt chuẩn quốc gia: 9 trường", "3 Tỷ lệ hộ nghèo 2,1%"): no number
# counts a capital "Số" or "Tỷ lệ" (data/words/indexed_label_heads.csv; "1 xã đạt chuẩn" stays a count)
_INDEX_BEFORE_A_LABEL = re.compile(r"^\s*\d{1,2}\s+(?=(?:" + word_source("indexed_label_heads") + r")(?![^\W\d_]))")


# The same alternation, tried at one position with only the alternatives that can start there.
_NOT_FIGURE_AT = FirstCharAlternation(r"(?:\b|(?<=/))", _NOT_FIGURE)
# Where a non-figure can start: right after "/", or at a word boundary before a character that
# some alternative starts with (the prefix above, without the positions where every
# alternative fails at its first character: most word ends, vowels, punctuation).
_NOT_FIGURE_STARTS = re.compile(r"(?<=/)|\b" + (_NOT_FIGURE_AT.start_test(after="/") or ""))


# (every alternative consumes text, and the start test reads one character: see is_blocked)
_OPENINGS_FOUND_ONCE = _NOT_FIGURE_AT.never_empty and _NOT_FIGURE_AT.start_test(after="/") is not None


def non_figure_openings(paragraph: str) -> WindowStarts:
    """The places of ``paragraph`` where a non-figure can start, for ``is_blocked``: found as the
    windows of its numbers come, each place once."""
    return WindowStarts(_NOT_FIGURE_AT, _NOT_FIGURE_STARTS, paragraph)


def _blocked_in_window(paragraph: str, a: int, b: int, lo: int, hi: int) -> bool:
    """Does a non-figure found by ``_NOT_FIGURE_RE.finditer(paragraph, lo, hi)`` cover ``a:b``?

    Non-figures only start where the prefix allows (a word boundary or after "/"), so only
    those positions up to the number are tried, in order, each resuming after the previous
    match as ``finditer`` does: the same matches, without trying every alternative everywhere.
    """
    if not _NOT_FIGURE_AT.never_empty:  # an alternative matching nothing: finditer's own rules
        for m in _NOT_FIGURE_RE.finditer(paragraph, lo, hi):
            if m.start() > a:
                break  # matches come in start order: none after this one can cover the number
            if b <= m.end():
                return True
        return False
    # the possible starts from the window's start up to the number itself (endpos a + 1: the
    # start test reads one character, and \b and the lookbehind see the text before ``lo``)
    return _NOT_FIGURE_AT.reaches(paragraph, _NOT_FIGURE_STARTS.finditer(paragraph, lo, a + 1), lo, hi, b)


def is_blocked(paragraph: str, a: int, b: int, openings: WindowStarts | None = None) -> bool:
    """Is the number at ``paragraph[a:b]`` inside a date, document number, ordinal ...?

    Only a window around the number is searched (cut at spaces so that no word is split):
    the same answer as searching the whole paragraph, at a fraction of the cost. ``openings``
    (``non_figure_openings(paragraph)``, of this paragraph): the places a non-figure can start,
    each scanned once for all the numbers of the paragraph.
    """
    lo = paragraph.rfind(" ", 0, max(0, a - 45)) + 1
    hi = paragraph.find(" ", min(len(paragraph), b + 30))
    hi = len(paragraph) if hi < 0 else hi
    if openings is not None and _OPENINGS_FOUND_ONCE and not paragraph.startswith("/", a):
        # _NOT_FIGURE_STARTS reads no further than the character at a place, so the window's scan
        # finditer(paragraph, lo, a + 1) finds the starts of the whole paragraph's scan from lo to
        # a, and none at a + 1 (\b there is followed by the window's end, where the start test
        # fails; no "/" stands before it)
        blocked = openings.reaches(lo, a, hi, b)
    else:
        blocked = _blocked_in_window(paragraph, a, b, lo, hi)
    if blocked:
        return True
    if a < 12:
        for pattern in (_HEADING_NUMBER, _TABLE_ORDINAL, _INDEX_BEFORE_A_LABEL):
            m = pattern.match(paragraph)
            if m and b <= m.end():
                return True
    return False


# --- metrics -------------------------------------------------------------------------------

# ("181 tỷ đồng (gần 52%) so dự toán": a share in brackets, its base named after the bracket closes)
# ("bằng 21,1% DTPL, bằng 19,5% CTPĐ": the statutory estimate and the striving target, abbreviated)
# ("96,2%/KH", "(45%/DT)": the plan after a slash, as a compressed line writes "of the plan")
_PLAN_WORD = re.compile(
    r"^\s*(?:\)\s*)?(?:\(?\s*)?(?:/\s*)?(?:so(?:\s+với)?\s+)?(?:KH\b|kế\s+hoạch|Kế\s+hoạch|dự\s+toán|DT(?:PL)?\b|CTPĐ\b|chỉ\s+tiêu|mục\s+tiêu|"
    r"nhiệm\s+vụ|NQ|Nghị\s+quyết|KH\s+giao|kế\s+hoạch\s+giao|kịch\s+bản|tiến\s+độ|mức\s+giao)",
    re.IGNORECASE)
# "chiếm 51% kế hoạch năm", "chiếm 60% dự toán": the plan itself is the whole a share is taken of
_PLAN_AS_THE_WHOLE = re.compile(r"^\s*(?:so\s+với\s+)?(?:kế\s+hoạch|KH\b|dự\s+toán|chỉ\s+tiêu)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_ANY_LETTER = re.compile(r"[^\W\d_]")
# ("giá tăng từ 5-7 triệu đồng": the range the price rose into, no change)
_RANGE_FROM_BEFORE = re.compile(r"\btừ\s*(?:[\d.,]+\s*[-–]\s*)?$", re.IGNORECASE)
# (the subject may end on a grade's code: "Giá xăng E5 tăng 320 đồng/lít", or its number: "Giá cà phê loại 1 tăng
# 2.000 đồng/kg", which _names_a_level tells from a level)
# (not a cut: "Qua thẩm định cắt giảm 63,8 tỷ đồng", "tiết giảm 5 tỷ đồng chi phí" are the amount cut, a level)
# (a decimal comma inside the subject's name, "Giá dầu diesel 0,05S-II giảm 200 đồng/lít", ends no clause)
# (nor does its month with the year: "Giá gas bán lẻ tháng 3/2026 giảm 12.000 đồng/bình")
_BARE_RISE = EndAnchored(
    re.compile(rf"^(?:[^,;:()]|(?<=\d),(?=\d))*[^\W\d_]\d*(?:\s+\d{{1,3}}(?:/{YEAR})?)?"
               rf"\s+(?:tăng|(?<!cắt\s)(?<!tiết\s)giảm)\s*(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE))
# ("Diện tích cao su tăng thêm 350 ha", "Số thuê bao tăng thêm 12.000 thuê bao": "thêm" after the rise of a measure
# its subject names; "Năm 2026 tăng thêm 02 trường" names no measure: more to be built)
_BARE_ADDED_RISE = EndAnchored(re.compile(
    # (not "Số lao động có việc làm tăng thêm 9.200 người": the jobs added, a count named so, a level)
    r"^\s*(?:số|tổng\s+số|diện\s+tích|sản\s+lượng|dân\s+số|tổng\s+đàn|đàn)\s[^,;:()\d]*(?<!việc\slàm)"
    r"\s(?:tăng|giảm)\s+thêm\s*"
    rf"(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE))
# a bare change said before in the sentence ("giảm 12 vụ", "(-15,4%)"), which gives no level either: "Số vụ tai nạn
# giảm 12 vụ, số người chết giảm 5 người" is a chain of changes, each clause with its subject
_BARE_CHANGE = re.compile(rf"(?<![^\W\d_])(?:tăng|giảm)\s+(?:(?:{HEDGE_WORDS})\s+)?\d[\d.,]*"
                          r"|\(\s*[-+]\s*\d[\d.,]*[^()\d]*\)", re.IGNORECASE)


# a grade or a model named by letters and digits ("xăng E5", "RON95", "giống lúa OM5451"): a code, no level
# (or by digits run into letters: "dầu diesel 0,05S-II")
_CODE_WORD = re.compile(r"(?<!\w)[^\W\d_]+\d\w*|(?<![\w.,])\d[\d.,]*[^\W\d_]\w*(?:-\w+)?")
# ... nor a grade named by its number ("Giá tôm thẻ cỡ 100 con/kg giảm 5.000 đồng", "Giá cà phê loại 1 tăng 2.000
# đồng/kg")
_GRADE = re.compile(r"(?<![^\W\d_])(?:cỡ|loại)\s+\d{1,3}(?:\s*con\s*/\s*kg)?(?![\d.,])|\d{1,3}\s*con\s*/\s*kg",
                    re.IGNORECASE)
# ... nor a petrol's grade ("Giá xăng E5 RON 92 giảm 150 đồng/lít")
_FUEL_GRADE_RX = re.compile(_FUEL_GRADE)


def _names_a_level(text: str) -> bool:
    """Does ``text`` hold a number that is not a bare change (nor a code: "Giá xăng E5 tăng 320 đồng/lít", nor a
    grade: "Giá tôm thẻ cỡ 100 con/kg giảm 5.000 đồng")?"""
    if _DIGIT.search(text) is None:
        return False
    rest = _BARE_CHANGE.sub("", text)
    if _DIGIT.search(rest) is None:
        return False
    rest = _CODE_WORD.sub("", rest)
    if ("cỡ" in rest or "loại" in rest or "/" in rest) and _DIGIT.search(rest) is not None:
        rest = _GRADE.sub("", rest)
    if ("RON" in rest or "Ron" in rest) and _DIGIT.search(rest) is not None:
        rest = _FUEL_GRADE_RX.sub("", rest)
    if _DIGIT.search(rest) is not None:
        rest = _TIME_NAMED.sub("", rest)
    return _DIGIT.search(rest) is not None


# a month, quarter or year naming when ("Giá gas bán lẻ tháng 3/2026 giảm 12.000 đồng/bình"): no level
_TIME_NAMED = re.compile(rf"(?<![^\W\d_])(?:tháng|quý)\s+(?:\d{{1,2}}|[IVX]{{1,4}})(?:\s*/\s*{YEAR})?(?![\d.,/])"
                         rf"|(?<![\d/.,]){YEAR}(?![\d/.,])", re.IGNORECASE)


# (a move said with another verb of direction is read as "tăng"/"giảm" are: "nhích 0,3 điểm phần trăm", "tụt 1,2
# điểm %", "sụt 4%", "hụt 14% so với chỉ tiêu" (86% of it); "tụt xuống 3%", "nhích lên 2,5%" say where it went, as
# "giảm xuống" does; "giảm thêm 320 con", as "tăng thêm", is the move by that much more)
_GROWTH_BEFORE = guarded(re.compile(
    r"(?<!còn\s)(?:tăng\s+trưởng|tăng|giảm|(?:tăng|giảm)\s+thêm|giảm\s+đi|tụt|sụt|hụt|nhích)"
    r"(?!\s+(?:còn|xuống|lên))\s*"
    r"(?:(?:bình\s+quân|(?:hằng|hàng|mỗi|\d{1,2})\s+năm|"
    # ("tăng ở mức 5,4%": the rate the rise stands at)
    # (the hedges of data/words/hedges.csv: "tăng trên dưới 5%", "tăng khoảng 5%"; the bounds of data/words/bounds.csv:
    # "giảm xấp xỉ 20%", "tăng tối thiểu 8%", "giảm chưa đến 2%", each its qualifier by numbers.qualifier_before)
    r"ước|ước\s+đạt|đạt|" + HEDGE_WORDS + "|" + BOUND_WORDS + r"|được|là|ở\s+mức|mức|tới|đến|"
    r"nhẹ|mạnh|vượt\s+bậc|đột\s+biến|nhiều|sâu|"
    r"cao|nhanh|khá|"  # ("doanh thu tăng cao 14,6%", "tăng nhanh 20%": the adverb of a rise)
    r"(?:cao|mạnh|nhiều|thấp|sâu)\s+nhất(?:\s+(?:với|là|ở))?)\s*)*$", re.IGNORECASE))  # "tăng cao nhất với 9,2%"
# "(do giảm diện tích trồng mì 10,4%)", "tăng sản lượng lúa 5%": the verb written before the measure it
# changes, the figure after that measure's words
_VERB_BEFORE_MEASURE = re.compile(r"(?:^|[\s(,;])(tăng|giảm)\s+(?:diện\s+tích|sản\s+lượng|năng\s+suất|giá\s+trị|"
                                  r"doanh\s+thu|số\s+lượng)\b[^\d,;:()%]{0,40}$", re.IGNORECASE)
# "tăng từ 17,2-39,8%": a growth given as a range, not a change from one level to another ("tăng từ 5% lên 9%")
_GROWTH_FROM = re.compile(r"(?:tăng|giảm)\s+từ\s*$", re.IGNORECASE)
_GROWTH_FROM_LOW_END = re.compile(r"(?:tăng|giảm)\s+từ\s+[\d.,]+\s*%?\s*[-–]\s*$", re.IGNORECASE)
_FROM_WORD = re.compile(r"\s+từ(?=\s)", re.IGNORECASE)
# the level a change goes to after the level (or range) it went from ("giảm từ 6,5-7% xuống còn 5,8%")
_TO_A_NEW_LEVEL_NEXT = re.compile(r"\s*(?:xuống|lên|còn)\b", re.IGNORECASE)
_RANGE_HIGH_END_NEXT = re.compile(r"^\s*(?:[-–]|(?i:đến|tới)(?=\s))\s*\d[\d.,]*\s*%?")
_RESULT_BEFORE = re.compile(
    rf"(?:giảm|tăng|hạ)\s+(?:xuống\s+)?(?:còn|xuống|lên)\s*(?:(?:{HEDGE_WORDS}|dưới|mức)\s*)*$", re.IGNORECASE)
_FALL_BEFORE = re.compile(r"(?:giảm|tụt|sụt|hụt)\s*(?:(?:thêm|bình\s+quân|(?:hằng|hàng|mỗi|\d{1,2})\s+năm|"
                          rf"ước|đạt|{HEDGE_WORDS}|{BOUND_WORDS}|được|là|ở\s+mức|mức|nhẹ|mạnh|nhiều|sâu|tới|đến|"
                          r"(?:mạnh|nhiều|sâu)\s+nhất(?:\s+(?:với|là|ở))?)\s*)*$",
                          re.IGNORECASE)
_MONEY_WORD = re.compile(r"đồng|USD|\btỷ\b|\btỉ\b", re.IGNORECASE)
_RESTATES_RIGHT_BEFORE = re.compile(rf"tương\s+(?:ứng|đương)\s*(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)
_EQUALS_BEFORE = EndAnchored(re.compile(rf"(?:bằng|tương\s+đương|tương\s+ứng)\s*(?:(?:{HEDGE_WORDS})\s*)?$",
                                        re.IGNORECASE))
# ("tăng trưởng kinh tế đạt bình quân 7,1%/năm": what a term's average reaches, reached as well)
_REACH_BEFORE = EndAnchored(re.compile(
    r"(?:đạt|đạt\s+được|hoàn\s+thành|thực\s+hiện\s+được|thực\s+hiện|giải\s+ngân\s+đạt)"
    rf"\s*(?:(?:{HEDGE_WORDS}|xấp\s+xỉ|tỷ\s+lệ|mức|là|bình\s+quân(?:\s+(?:mỗi|hằng|hàng)\s+năm)?)\s*)*$",
    re.IGNORECASE))
# "giảm được 915 hộ nghèo" in a year: the fall in the count of poor (or near-poor) households, not a count
_POOR_HOUSEHOLDS_AFTER = re.compile(r"^\s*(?:hộ\s+)?(?:nghèo|cận\s+nghèo)\b", re.IGNORECASE)
# ("Số hộ cận nghèo là 8.668 hộ, ...; giảm 747 hộ": the households named as the sentence's subject)
_POOR_HOUSEHOLDS_SUBJECT = re.compile(r"^\s*(?:[Tt]ổng\s+)?(?:[Ss]ố\s+)?hộ\s+(?:cận\s+)?nghèo\b", re.IGNORECASE)
# ("vượt ít nhất 5% dự toán": a floor on the excess qualifies it as "hơn" does)
_EXCEED_BEFORE = EndAnchored(re.compile(rf"vượt\s*(?:(?:{HEDGE_WORDS}|{BOUNDS_BY_QUALIFIER['over']})\s*)*$",
                                          re.IGNORECASE))
# A sector of the economy before a bare "chiếm X%" with no count in its clause ("Kinh tế hộ gia đình chủ yếu là
# nông nghiệp chiếm gần 90%"): the sector takes a share of a whole left unsaid (a count before it, "241 hộ
# nghèo, chiếm 1,96%", or a group of people, "hộ nghèo chiếm 1,96%", is a rate of its own).
_SECTOR_SUBJECT = word_pattern("sector_subjects", re.IGNORECASE)


def _counts_nothing(words: str) -> bool:
    """No number in ``words``: a part said bare, with no count of its own before its share."""
    return not any(c.isdigit() for c in words)


def _a_sector_takes_a_share(before: str, sentence: str) -> bool:
    # ("Nông nghiệp chiếm 28%, công nghiệp chiếm 40%": the share of the item before is no count of this part)
    return ("chiếm" in before and _SECTOR_SUBJECT.search(before) is not None
            and _counts_nothing(sentence.rsplit(";", 1)[-1].rsplit("%", 1)[-1]))


_SHARE_BEFORE = EndAnchored(re.compile(r"(?:chiếm|chiếm\s+tỷ\s+lệ|chiếm\s+tỉ\s+lệ|chiếm\s+khoảng|chiếm\s+gần|"
                                       r"chiếm\s+hơn|chiếm\s+trên|tỷ\s+trọng|tỉ\s+trọng)"
                                       # "chiếm tỷ trọng cao nhất với 82%": the part ranked among the others
                                       # ("chiếm tỉ lệ cao với 40,08%": so is one said to be high)
                                       rf"(?:\s+(?:cao|lớn|thấp|nhỏ)(?:\s+nhất)?)?\s*(?:(?:{HEDGE_WORDS}|là|với)\s*)*$",
                                       re.IGNORECASE))
# "ngân sách tỉnh hỗ trợ 60%, còn lại nhân dân đóng góp": the part of a cost a funder bears, a share of that cost, its
# clause closing on it (not "được hỗ trợ 95%", the ones given help, nor a rate named before it, "tỷ lệ hộ ... hỗ trợ
# 90%": its level; nor "hỗ trợ 50% cho các hộ trồng mới", an aid's level for those named after it)
_FUNDER_BEARS_BEFORE = EndAnchored(re.compile(rf"(?<!được\s)(?:hỗ\s+trợ|đóng\s+góp|đối\s+ứng)\s*"
                                              rf"(?:(?:{HEDGE_WORDS})\s*)*$", re.IGNORECASE))
_RATE_WORDS_IN_CLAUSE = re.compile(r"\bt[ỷỉ]\s+lệ\b", re.IGNORECASE)
# "Thị trường Hoa Kỳ chiếm 38,5% tổng kim ngạch; EU đứng thứ hai với 15,2%": a part ranked among the others with its
# rate, after a share said with "chiếm" in its sentence or the one before, is a share as that one is
_RANKED_WITH_A_RATE_BEFORE = EndAnchored(re.compile(
    rf"(?<![^\W\d_])(?:đứng|xếp)\s+(?:thứ\s+[^\W\d_]+|đầu|thứ\s+\d{{1,2}})\s+với\s*(?:(?:{HEDGE_WORDS})\s*)*$",
    re.IGNORECASE))
_SHARE_SAID = re.compile(r"\bchiếm\s+(?:[^\W\d_]+\s+){0,3}?[\d.,]+\s*%", re.IGNORECASE)
# ("tăng thêm 1,34 lần so với cùng kỳ" reads as "tăng 1,34 lần")
# ("khách quốc tế tăng gấp 9 lần": "tăng gấp" is a growth without its base too)
# ("tăng xấp xỉ 1,1 lần", "gấp chừng 3 lần": a multiple put about its value, as a hedged one)
_ABOUT_WORDS = f"{HEDGE_WORDS}|{BOUNDS_BY_QUALIFIER['approx']}"
# (the verb of a rise, and the qualifiers to the multiple: shared by the growth's and any multiple's words before it)
_RISE_OF_A_MULTIPLE = r"tăng(?:\s+thêm)?"
# "giá xăng được điều chỉnh tăng 3 lần", "điều chỉnh giảm 2 lần" (or "2 đợt"): the times a price was adjusted up or
# down, a count
# of adjustments, no multiple nor a change of it (and the second of a pair: "điều chỉnh giảm 5 lần và tăng 4 lần"; not
# "sau điều chỉnh tăng 3 lần so với dự toán", a multiple of a base)
_ADJUSTED_BEFORE_TIMES = re.compile(
    r"(?<!sau\s)điều\s+chỉnh\s+(?:(?:tăng|giảm)\s+\d{1,2}\s+(?:lần|đợt)\s+và\s+)?(?:tăng|giảm)\s*$", re.IGNORECASE
)
_ABOUT_TO_THE_MULTIPLE = rf"(?:(?:{_ABOUT_WORDS})\s*)*$"
_GROWTH_TIMES_BEFORE = re.compile(rf"{_RISE_OF_A_MULTIPLE}\s*(?:gấp\s*)?{_ABOUT_TO_THE_MULTIPLE}", re.IGNORECASE)
# "gấp 2,74 lần năm 2021": the period compared with, named right after the multiple without "so với"
_LAST_YEAR_RIGHT_AFTER = re.compile(r"\s*năm\s+(?:trước|ngoái)\b", re.IGNORECASE)
_YEAR_RIGHT_AFTER = re.compile(r"\s*(?:năm\s+(?:trước|ngoái|" + YEAR + r")|cùng\s+kỳ)\b", re.IGNORECASE)
_EQUALS_TIMES_BEFORE = re.compile(rf"(?:^|\s)bằng\s*(?:(?:{HEDGE_WORDS}|xấp\s+xỉ)\s*)*$", re.IGNORECASE)
_OCCASIONS_COUNTED = re.compile(r"\d\s*lần\b|\bsố\s+lần\b", re.IGNORECASE)
_FALL_TIMES_BEFORE = re.compile(rf"\bgiảm\s*(?:(?:{HEDGE_WORDS}|xấp\s+xỉ)\s*)*$", re.IGNORECASE)
# a multiple with only a verb of reaching or a qualifier before it ("xấp xỉ 1,2 lần", "đạt khoảng 1,5 lần")...
_QUALIFIED_MULTIPLE_BEFORE = re.compile(
    rf"(?<!\S)(?:(?:ước\s+đạt|đạt|là|chỉ|{HEDGE_WORDS}|xấp\s+xỉ|tương\s+đương)\s*)+$", re.IGNORECASE)
# ... unless a word of comparison or change stands before those ("giảm hơn 2 lần", "cao hơn 1,5 lần")
_COMPARISON_WORD_ENDS = re.compile(r"(?:cao|thấp|nhiều|ít|giảm|tăng|gấp|bằng|thêm|vượt)\s*$", re.IGNORECASE)
# a term of several years before the figure's own ("giai đoạn 2016 - 2020", "nhiệm kỳ trước", "thời kỳ trước")
_A_TERM_BASE = r"(?:giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ)\s+(?:trước|" + YEAR + r")"
# another period than last year's named right after a multiple, without "so với" ("gấp 2 lần tháng trước", "gấp 1,4
# lần giai đoạn 2016 - 2020")
_OTHER_PERIOD_RIGHT_AFTER = re.compile(r"\s*(?:(?:tháng|quý|tuần|kỳ|vụ)\s+trước|(?:đầu|cuối)\s+năm|"
                                       + _A_TERM_BASE + r")(?![^\W\d_])", re.IGNORECASE)
_TIMES_BEFORE = re.compile(rf"(?:gấp|{_RISE_OF_A_MULTIPLE})\s*{_ABOUT_TO_THE_MULTIPLE}", re.IGNORECASE)
_TARGET_BEFORE = guarded(re.compile(
    r"(?:phấn\s+đấu(?:\s+\S+){0,6}?\s+(?:đạt|là|trên|dưới|tăng|giảm|ở\s+mức)?|(?<!so\svới\s)(?<!so\s)"
    # ("kế hoạch năm 95.000 tỷ đồng", "kế hoạch cả năm 3.500 triệu USD": the year's plan, its year unsaid)
    r"(?<!vượt\s)(?<!vượt\smức\s)kế\s+hoạch(?:\s+(?:cả\s+)?năm(?:\s+\d{4})?)?"
    r"(?:\s+giao)?(?:\s+là)?|KH\s+giao|KH|chỉ\s+tiêu(?:\s+giao|\s+đề\s+ra|\s+Nghị\s+quyết)?(?:\s+là)?|"
    # ("theo quy hoạch chỉ có từ 20.000 ha": the amount a plan allots)
    r"theo\s+quy\s+hoạch(?:\s+(?:chỉ\s+)?(?:có|là))?|"
    r"(?<!có\s)mục\s+tiêu(?:\s+đề\s+ra|\s+là)?|dự\s+kiến(?:\s+đạt)?|phấn\s+đấu|định\s+hướng|đặt\s+ra)\s*"
    r"(?:(?:đạt|là|khoảng|trên|dưới|hơn|từ|ở\s+mức|mức)\s*)*$", re.IGNORECASE))
# "Cơ cấu kinh tế ..., tập trung ở khu vực công nghiệp - xây dựng với tỷ lệ 46,58%": the sector's share
_WITH_A_RATE_OF = re.compile(rf"với\s+(?:tỷ|tỉ)\s+lệ\s*(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)
_STRUCTURE = re.compile(r"cơ\s+cấu(?:\s+kinh\s+tế)?", re.IGNORECASE)
# (a site's clearing in any of its words, data/words/works_done.csv: "bàn giao mặt bằng dự án X đạt 95,6%", whatever
# work is named between the deed and its rate)
_SITE_CLEARED = "|".join(map(phrase_source, keyed_word_lists("works_done", "part")["clearing"]))
# "bàn giao 99,2% mặt bằng", "thu hồi được 90% mặt bằng": the site a rate is of, whose clearing it is the progress of
# (not "mặt bằng giá", "mặt bằng lãi suất", "mặt bằng chung": a level prices or rates stand at)
_THE_SITE_RIGHT_AFTER = re.compile(r"\s*(?:tổng\s+)?mặt\s+bằng(?![^\W\d_])(?!\s+(?:giá|lãi|chung))", re.IGNORECASE)
_PROGRESS_SUBJECT = re.compile(rf"{_SITE_CLEARED}|tiến\s+độ|khối\s+lượng|giải\s+ngân|thi\s+công|"
                               r"công\s+việc|hạng\s+mục", re.IGNORECASE)
# "giá trị sản xuất công nghiệp đạt 74,65%": a production value (an amount) reaching a bare percentage
# reaches that share of its plan; it is no rate of its own
_OUTPUT_VALUE_SUBJECT = re.compile(r"\s*(?:tổng\s+)?(?:giá\s+trị\s+sản\s+xuất|GTSX)\b", re.IGNORECASE)
_RATE_GAP = EndAnchored(re.compile(r"\d\s*%\s*,?\s*(cao|thấp)\s+hơn\s*$", re.IGNORECASE))
_SHARE_SUBJECT = re.compile(r"tỷ\s+trọng|tỉ\s+trọng|cơ\s+cấu", re.IGNORECASE)
# "- Cơ cấu tổng sản phẩm theo giá hiện hành:\n+ Dịch vụ chiếm 38,9% ...": the items of a list under a
# head that names a structure are shares
# (a paragraph comes after the text before it as " . ")
_UNDER_A_STRUCTURE_HEAD = re.compile(r"(?:cơ\s+cấu|tỷ\s+trọng|tỉ\s+trọng)[^\n:]{0,80}:(?:[ \t]*(?:\n|\s\.\s))+\s*"
                                     r"(?:[+\-•][^\n]*?(?:[ \t]*(?:\n|\s\.\s))+\s*){0,6}[+\-•][^\n]*$",
                                     re.IGNORECASE)
# "So với kế hoạch năm đề ra, 9 tháng đầu năm, tỉnh đã hoàn thành 81,6% về xuất khẩu": a sentence that
# opens with the plan as its base reads the shares it reaches as the plan attained
_PLAN_OPENS_SENTENCE = re.compile(r"\W*so\s+(?:với\s+)?(?:kế\s+hoạch|KH|chỉ\s+tiêu|mục\s+tiêu)\b", re.IGNORECASE)
_NEXT_OF_A_LIST_BEFORE = re.compile(r"\d\s*%[^,;\d]{0,40}?(?:,|\bvà)\s*$")
_OF_WHICH_OPENING = re.compile(r"\W*trong\s+đó\b", re.IGNORECASE)


def _breaks_down_a_structure(sentence: str, sentence_before: str, after: str = "") -> bool:
    """"Cơ cấu GRDP ...: nông nghiệp 11,3%, công nghiệp 36,2%. Trong đó công nghiệp hơn 30%; dịch vụ
    chiếm 33,9%;": a sentence that breaks down the structure the sentence before named lists shares
    ("Cơ cấu GRDP chuyển dịch ... Ngành nông nghiệp chiếm 17%, giảm 1%; ngành công nghiệp chiếm 45%, ...":
    its items, each "chiếm", are the parts of that structure)."""
    if not _SHARE_SUBJECT.search(sentence_before[-300 - len(sentence):-len(sentence) or None]):
        return False
    return bool(_OF_WHICH_OPENING.match(sentence)) or len(_SHARE_WORD_IN.findall(sentence + " " + after)) >= 2


_SHARE_WORD_IN = re.compile(r"\bchiếm\b", re.IGNORECASE)
# "Chia theo lĩnh vực, nông nghiệp chiếm 2,5%; công nghiệp chiếm 46,5%": a sentence that splits a whole
# by kind ("chia theo", "phân theo") names parts, and a part said with no count of its own is a share
_SPLIT_BY = re.compile(r"\b(?:chia|phân)\s+theo\s", re.IGNORECASE)


def _a_part_of_a_breakdown(sentence: str) -> bool:
    """``sentence``: the figure's sentence up to the figure."""
    if "theo" not in sentence or not _SPLIT_BY.search(sentence):
        return False
    part = sentence.rsplit(";", 1)[-1]
    split = _SPLIT_BY.search(part)
    if split:  # the part that opens the sentence, after its "Chia theo lĩnh vực,"
        comma = part.find(",", split.end())
        part = part[comma + 1:] if comma >= 0 else ""
    return _counts_nothing(part)  # "thành thị có 120 hộ nghèo, chiếm 1,2%": the rate itself


_WITHIN_BEFORE = EndAnchored(re.compile(r"(?:^|[\s,(])trong\s+(?:(?:mức|tổng\s+mức)\s+)?$", re.IGNORECASE))
_GROWTH_NOUN_AFTER = re.compile(r"\s*(?:mức\s+)?tăng\s+trưởng\b", re.IGNORECASE)
_CHANGE_OF_A_SHARE = EndAnchored(re.compile(rf"\bchiếm\s+(?:(?:{HEDGE_WORDS})\s+)?[\d.,]+\s*%\s*,\s*(tăng|giảm)\s*"
                                            rf"(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE))


_FROM_TO_BEFORE = EndAnchored(re.compile(
    rf"(?:\btừ|\blên|xuống|còn)\s*(?:(?:{HEDGE_WORDS}|dưới|mức)\s*)*$", re.IGNORECASE))
# "(tác động) làm giảm 0,47 điểm %", "thuế sản phẩm ... đóng góp giảm 0,04 điểm phần trăm"
_CONTRIBUTES_BEFORE = re.compile(rf"đóng\s+góp\s*(?:(?:đến|tới|{HEDGE_WORDS})\s*)*$", re.IGNORECASE)
_WHOLE_NAMED_AFTER = re.compile(r"\s*(?:vào\s+|trong\s+)?(?:tổng\s+)?(?:giá\s+trị|kim\s+ngạch|doanh\s+thu|sản\s+lượng|"
                                # ("đóng góp 31% GDP cả nước", "đóng góp 9% tổng sản phẩm của vùng": the country's or
                                # the region's output, the share of it)
                                r"thu\s+ngân\s+sách|GRDP|GDP|sản\s+phẩm\s+(?:trên\s+địa\s+bàn|của|cả|toàn))\b",
                                re.IGNORECASE)
# ("làm CPI tăng 0,12 điểm phần trăm", "kéo GRDP giảm 0,3 điểm %", "đóng góp tăng 1,1 điểm phần trăm"): what a part adds
# to or takes from a whole's change, no change of its own
_A_CONTRIBUTION_BEFORE = re.compile(r"(?:^|\s)(?:làm|kéo|đóng\s+góp|tác\s+động)\s", re.IGNORECASE)
# ("kéo giảm 0,5 điểm phần trăm mức tăng chung": pulled down, the same)
_PULLS_DOWN = re.compile(rf"(?:làm|đóng\s+góp|kéo)\s+giảm\s*(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)
# "cùng kỳ âm 4,88%", "tăng trưởng âm 2,1%": a negative rate of change
# ("xây dựng đạt+11,8%", "đạt -1,8%"; a minus glued to its number: "26,3% - 31,2% - 38,9%" lists shares)
# (an en dash typed or converted as the minus: "tăng –5,2%", "Khai khoáng: –3,2%"; after a number it is a range's)
_PLUS_BEFORE = EndAnchored(re.compile(r"(?:^|[\s(:]|đạt)(?:\+\s*|[\-−])$|(?:^\s*|[^\W\d_]\s|:\s?|\()–$"))
# ("Mục tiêu năm 2027:\n+ 100% xã đạt chuẩn …;", "+ 95% hộ dùng nước sạch": a "+" that opens a line or a sentence with
# a space after it marks a list's item, as "-" does; no sign of the figure after it)
# (not "Dịch vụ: + 7,2%": a sign after a colon, the words before it cut off)
_ITEM_MARK_PLUS = EndAnchored(re.compile(r"(?:^|\n[ \t]*|\s\.\s)\+\s+$"))
_NEGATIVE_BEFORE = EndAnchored(re.compile(r"(?:^|\s)âm\s*$", re.IGNORECASE))
_EQUIVALENT_CHANGE = EndAnchored(re.compile(
    r"(tăng|giảm)\s+[\d.,]+\s*%\s*(so\s+với\s+[^,;\d]{3,30}?)?\s*,?\s*"
    r"(bằng|tương\s+đương|tương\s+ứng|với)\s*"
    rf"(?:(?:{HEDGE_WORDS}|với|thêm)\s*){{0,2}}$", re.IGNORECASE))  # ("tương đương thêm")
# "giảm 1.686 ha (bằng 2,24%)": an amount of change (not a percentage) and a bracket restating it right after;
# a bare bracket restates it too, after the base the change names ("tăng 40 hộ so với năm trước (12%)")
_AMOUNT_CHANGE_THEN_EQUALS = re.compile(r"\b(tăng|giảm)\s+(?:thêm\s+)?\d[\d.,]*\s*[^\W\d%]{1,8}(?:/[^\W\d]+)?"
                                        r"(?:\s+[^\W\d]+){0,2}\s*\(\s*(?:bằng|tương\s+đương|tương\s+ứng)\s*$|"
                                        r"\b(tăng|giảm)\s+(?:thêm\s+)?\d[\d.,]*\s*[^\W\d%]{1,8}"
                                        r"((?:\s+[^\W\d]+){0,6})\s*\(\s*$",
                                        re.IGNORECASE)
# "Doanh thu tăng 500 tỷ đồng, tương ứng 11,1% so với cùng kỳ": the rate after a comma and "tương ứng"/"tương đương"
# restates the change of an amount just before it (group 1 its verb), no X% of last year's amount
# ("giảm 127 đơn vị sự nghiệp công lập, tương ứng 18,5%": the counted noun may run on for some words)
_AMOUNT_CHANGE_THEN_RESTATED = re.compile(r"(?<![^\W\d_])(tăng|giảm)\s+(?:thêm\s+)?\d[\d.,]*\s*[^\W\d%]{1,8}"
                                          r"(?:/[^\W\d]+)?(?:\s+[^\W\d]+){0,6}\s*,\s*tương\s+(?:ứng|đương)\s*$",
                                          re.IGNORECASE)
# a bracket opened right before a change ("... (tăng 7,7% tương đương ...")
_CHANGE_OPENS_BRACKET = re.compile(r"\(\s*$")
# "giảm 530 hộ nghèo, tương ứng giảm 4,79%": an amount of change restated as a percentage after it (its verb may be
# left to the amount's: "giảm 42 trường học, tương ứng 6,5%")
_RESTATED_AS_PERCENT = re.compile(r"^[^,;.]{0,30},?\s*(?:tương\s+ứng|tương\s+đương)\s+(?:(?:tăng|giảm)\s+)?[\d.,]+\s*%",
                                  re.IGNORECASE)


# ("bổ sung có mục tiêu" names targeted transfers, not an aim)
# only "dự kiến" frames the figure: no goal word ("phấn đấu tăng 8% so với năm 2023" stays a target)
_EXPECTED_GROWTH = re.compile(rf"\bdự\s+kiến\s+(?:tốc\s+độ\s+)?tăng(?:\s+trưởng)?\s*(?:(?:{HEDGE_WORDS})\s*)?$",
                              re.IGNORECASE)
_EXPECTED_IN_THE_PERIOD = re.compile(r"\btrong\s+(?:tháng|quý)(?:\s+này)?\s+dự\s+kiến\s+(?:đạt\s+)?"
                                     rf"(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)
# "Tính chung bảy tháng đầu năm, doanh thu dự kiến đạt 2.200 tỷ đồng": the months so far, expected (the
# release's estimate of a period that has run), no goal
_EXPECTED_OVER_THE_MONTHS_SO_FAR = re.compile(
    r"\btính\s+chung\s+(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+một|\s+hai)?)\s+tháng(?:\s+đầu\s+năm)?"
    r"(?:\s+(?:năm\s+)?" + YEAR + rf")?\s*,?[^.;:\d]{{0,80}}?\bdự\s+kiến\s+(?:đạt\s+)?(?:(?:{HEDGE_WORDS})\s*)?$",
    re.IGNORECASE)
# the yield or output of a crop said to be expected ("Năng suất dự kiến đạt", "sản lượng lúa dự kiến khoảng")
_HARVEST_EXPECTED = re.compile(r"\b(?:năng\s+suất|sản\s+lượng)\b[^,;:\d]{0,30}?\bdự\s+kiến\s+(?:đạt\s+)?"
                               rf"(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)
_A_YEAR = re.compile(r"\b" + YEAR + r"\b")
# (the directive of _TARGET_CONTEXT: "giao" a unit or an office, or "yêu cầu"/"chỉ đạo" then "phải" (a time between:
# "yêu cầu trong tháng 9 phải"), no digit between the task's verb and the figure)
_DIRECTIVE_BEFORE = (
    r"(?:(?<![^\W\d_])(?<!bàn\s)(?<!được\s)giao\s+(?:cho\s+)?(?:" + UNIT_WORDS + r"|UBND|Ủy\s+ban|các|(?-i:Sở|Ban))"
    r"|(?<![^\W\d_])(?:yêu\s+cầu|chỉ\s+đạo)\s[^,;.:]{0,60}?(?<![^\W\d_])phải)\s[^,;.:\d]{0,80}$"
)
# "ước đạt", "ước tính" right before the figure: an estimate of what is reached
_ESTIMATED_RIGHT_BEFORE = re.compile(rf"\bước\s+(?:đạt|tính)\s*(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)
_GOAL_WORDS = re.compile(r"mục\s+tiêu|phấn\s+đấu|kế\s+hoạch|chỉ\s+tiêu|định\s+hướng|kịch\s+bản", re.IGNORECASE)
# ("tăng 3,68% so với mục tiêu đề ra và tăng 24,7% so với năm 2021": a goal read against, then another change
# of its own, is the base of the figure before, no goal of the figure after; "thấp hơn so với mục tiêu tăng
# trưởng cả năm (7%)" gives the goal itself)
_TARGET_CONTEXT = guarded(re.compile(
    # ("Chương trình mục tiêu quốc gia": a programme's name, no aim; "có mục tiêu": a targeted transfer)
    r"(?:(?<!có\s)(?<!so\svới\s)(?<!so\s)(?<!trình\s)mục\s+tiêu|"
    # ("bằng 19,5% chỉ tiêu phấn đấu của địa phương giao và bằng 93% so với cùng kỳ": the striving target
    # named as the base of a rate is a plan read against, no aim framing what follows)
    r"(?:(?<=so\svới\s)|(?<=so\s))mục\s+tiêu(?![^.;]*?(?:\svà|,)\s+(?:tăng|giảm)\s)|"
    # ("được giao chỉ tiêu xây dựng 1.800 căn": the target handed down, what it is of between it and the figure)
    r"(?<!%\schỉ\stiêu\s)(?<!với\schỉ\stiêu\s)phấn\s+đấu|kịch\s+bản|chỉ\s+tiêu\s+giao|giao\s+chỉ\s+tiêu|"
    r"kế\s+hoạch\s+giao|KH\s+giao|dự\s+kiến|định\s+hướng|"
    r"đặt\s+ra|kế\s+hoạch\s+đề\s+ra(?:\s+(?:đầu\s+)?năm\s+\d{4})?\s+là\s*$|"
    r"\bsẽ\s+khởi\s+công(?:\s+(?:mới|xây\s+dựng))?\s*$|"  # "năm nay sẽ khởi công 25 công trình": works planned
    # ("tăng trưởng quý IV cần đạt tối thiểu 9%", "tỷ lệ bao phủ phải đạt ít nhất 95%": the mark a result is required
    # to reach, right before it, an aim as "phấn đấu đạt" is; its bound the qualifier)
    # (not the diligence of "học sinh đi học chuyên cần đạt 98%", a rate's name)
    r"(?<![^\W\d_])(?<!chuyên\s)(?<!Chuyên\s)(?:cần|phải)(?:\s+phải)?\s+(?:đạt|bảo\s+đảm|đảm\s+bảo)"
    r"(?:\s+(?:mức|" + BOUND_WORDS + r"))*\s*$|"
    # ("cam kết đến cuối năm 2027 giảm ít nhất 20% số vụ", "cam kết tăng 10%": a change or a level a body commits to
    # reach, the verb in the commitment's clause, is an aim as "phấn đấu giảm" is; not the capital a deal commits,
    # "vốn cam kết đạt 500 triệu USD")
    r"(?<![Vv]ốn\s)cam\s+kết\s+(?:[^,;.:]{0,50}?\s)?(?:tăng|giảm|kéo\s+giảm|đạt)"
    r"(?:\s+(?:mức|" + BOUND_WORDS + "|" + HEDGE_WORDS + r"))*\s*$|"
    # ("giao UBND huyện hoàn thành 100% diện tích trước ngày 30/6", "yêu cầu các xã trong quý III phải giải ngân hết
    # 40 tỷ đồng": a directive, an authority handing a unit a task or requiring it, sets the amount to be reached; not
    # a handover, "bàn giao cho xã", nor a meeting, "họp giao ban")
    + _DIRECTIVE_BEFORE
    + r"|"
    # ("Kế hoạch số 45/KH-UBND giao 12 chỉ tiêu": a plan named by its number is a document, no aim of the clause)
    r"^\s*(?:[-+•]\s*)?(?:Chỉ\s+tiêu|Kế\s+hoạch(?!\s+(?:số\s+)?\d)|Mục\s+tiêu))", re.IGNORECASE))
# "A dự kiến vận hành vào tháng 12 và B với công suất 151 MW": the date a work is due, said before the next item of
# a list, is no aim of a figure after it ("dự kiến khởi công 5 dự án và hoàn thành 3 dự án": works planned, are)
_WORK_SCHEDULE = re.compile(
    r"dự\s+kiến\s+(?:sẽ\s+)?(?:được\s+)?(?:vận\s+hành|hoàn\s+thành|khởi\s+công|khánh\s+thành|đưa\s+vào|đi\s+vào|"
    r"phát\s+điện|hòa\s+lưới)\s+(?:(?:vào|trong|trước|từ)\s+)?(?:(?:cuối|đầu|giữa)\s+)?(?:tháng|quý|năm|ngày)\b"
    r"[^,;]*?\s(?:và|rồi)\s",
    re.IGNORECASE,
)


# "khi GRDP ước đạt", "khi thu ngân sách đạt": a clause of when a result came, reached right before the figure
_REACHED_WHEN = re.compile(r"\bkhi\s+(?![^,;:.]*?\b(?:phấn\s+đấu|mục\s+tiêu|kế\s+hoạch)\b)[^,;:.]{1,60}?\b"
                           r"(?:ước\s+|đã\s+)?(?:đạt|tăng|giảm)(?:\s+(?:được|lên|xuống|còn))?\s*"
                           rf"(?:(?:{HEDGE_WORDS}|mức)\s*)?$", re.IGNORECASE)


# the words one of which every aim's match leaves in a lowered text ("mục", "phấn", "kh", ...): most clauses
# before a figure hold none and are not scanned
_TARGET_CONTEXT_WORD = lowered_literal_scan(_TARGET_CONTEXT)
_TARGET_BEFORE_WORD = lowered_literal_scan(_TARGET_BEFORE)


def _target_context_before(before: str) -> bool:
    """Does an aim frame the figure after ``before`` (the words back to its clause mark)?"""
    lowered = before.lower()
    if _TARGET_CONTEXT_WORD.search(lowered) is None:
        return False  # (no word of an aim: _TARGET_CONTEXT finds none)
    # (any aim but a work's due date, "A dự kiến vận hành vào tháng 12 và ...", frames it)
    return any(not (m.group().lower().startswith("dự") and _WORK_SCHEDULE.match(before, m.start()))
               for m in _TARGET_CONTEXT.finditer(before))


# the verbs a council, a congress or a plan sets its targets with ("đề ra", "thống nhất", "thông qua", ...)
_TARGET_SETTING_VERB = word_source("target_setting_verbs")
# "Mục tiêu đến năm 2030: thu nhập ... đạt 90 triệu đồng; ...": a goal that opens its sentence with a
# colon frames every figure of the list after it
# ("Năm 2025, huyện đặt ra một số chỉ tiêu chủ yếu, gồm: ...": the targets a sentence sets before its colon)
# ("nhiệm kỳ 2025-2030, Đảng bộ xã đề ra 12 chỉ tiêu cụ thể: A đạt 10%; B tăng 31,6%; ...": the targets a
# congress or a council sets, counted, after a clause of its own)
_TARGET_LEAD = re.compile(r"^\s*(?:[-+•*]\s*)?(?:mục\s+tiêu|phấn\s+đấu)\b[^.:;\n]{0,60}:"
                          # ("Chỉ tiêu năm: giảm 1,2% hộ nghèo": the year's target, unless its outturn follows)
                          # ("Chỉ tiêu nhiệm kỳ 2026-2031:", "Chỉ tiêu chủ yếu đến năm 2030:": a term's;
                          # "Chỉ tiêu Nghị quyết đến năm 2030:", "Chỉ tiêu của Đề án giai đoạn ...:": the act that set
                          # them, written between)
                          r"|^\s*(?:[-+•*]\s*)?chỉ\s+tiêu\s+(?:chủ\s+yếu\s+)?"
                          r"(?:(?:của\s+)?(?:nghị\s+quyết|đề\s+án|chương\s+trình|kế\s+hoạch|đại\s+hội)\b"
                          r"[^.:;\n]{0,30}?\s)?"
                          r"(?:(?:cả\s+)?năm|nhiệm\s+kỳ|giai\s+đoạn|đến\s+năm)\b[^.:;\n]{0,20}:"
                          r"(?![^.\n]*\b(?:thực\s+hiện|kết\s+quả|ước\s+đạt)\b)"
                          # ("HĐND tỉnh thống nhất 22 chỉ tiêu chủ yếu năm 2026: ...": agreed on, adopted)
                          r"|(?:^|[,:]\s)[^.:;\n]{0,80}\b(?:" + _TARGET_SETTING_VERB + r")\s+"
                          r"(?:một\s+số\s+|các\s+|\d+\s+)?(?:nhóm\s+)?(?:chỉ\s+tiêu|mục\s+tiêu)\b[^.:;\n]{0,40}:"
                          # "Nghị quyết về nhiệm vụ 6 tháng cuối năm với 20 chỉ tiêu chủ yếu là: ...": targets a
                          # resolution sets come "with" it (a review reaches them: "đạt 19/25 chỉ tiêu")
                          r"|\svới\s+(?:\d+\s+|các\s+|những\s+)?(?:chỉ\s+tiêu|mục\s+tiêu)(?:\s+(?:chủ\s+yếu|cụ\s+thể))?"
                          r"\s*(?:là|gồm|như\s+sau)?\s*:",
                          re.IGNORECASE)
_TARGET_LEAD_WORD = lowered_literal_scan(_TARGET_LEAD)


def _target_lead(sentence: str) -> bool:
    """Does an aim or a set of targets lead ``sentence`` into a list after a colon (_TARGET_LEAD)?"""
    # (every match of _TARGET_LEAD ends with ":")
    if ":" not in sentence:
        return False
    return _TARGET_LEAD_WORD.search(sentence.lower()) is not None and _TARGET_LEAD.search(sentence) is not None


# "Phấn đấu đến cuối năm đưa tổng giá trị sản xuất đạt 7.765 tỷ đồng. Trong đó, nông nghiệp chiếm 50,2%; ...": the
# parts of an aim, given in the sentence after it, are aimed at too
# (a dot between digits is a number's: "7.765,9 tỷ đồng")
_SENTENCE_CHAR = r"(?:[^.!?]|(?<=\d)\.(?=\d))"
_AIM_THEN_ITS_PARTS = re.compile(r"(?:^|[.!?…]\s+)(?:[^.!?,]{0,40},\s*)?[Pp]hấn\s+đấu\b" + _SENTENCE_CHAR + r"*[.!?]\s+"
                                 r"Trong\s+đó\s*,?" + _SENTENCE_CHAR + r"*$")
# "Đại hội đã biểu quyết thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025. Cụ thể, thu nhập ... đạt 70 triệu đồng; ...":
# "Mục tiêu năm 2026 kim ngạch xuất khẩu đạt 3,5 tỷ USD, tăng 10% so với năm 2025", "Phấn đấu tổng thu đạt 900 tỷ
# đồng, tăng 7%": a sentence that opens with the aim and reaches its amount in its first clause sets the change in the
# clause right after it as part of the aim (a headline "Phấn đấu ..." run into a sentence reaches the sentence's own
# amount only past a comma: not read so)
_AIM_AMOUNT_THEN_ITS_CHANGE = re.compile(
    r"\W*(?:[Mm]ục\s+tiêu|[Pp]hấn\s+đấu)\b[^,;:.!?\n]{0,150}?\bđạt\s+(?:(?:" + HEDGE_WORDS + r")\s*)?"
    r"\d[\d.,]*(?:\s*%|\s+[^\W\d][^,;:!?\n]{0,30}?)\s*,\s*(?:tăng(?:\s+trưởng)?|giảm)\s+"
    r"(?:(?:" + HEDGE_WORDS + r")\s*)?$")
# the targets a meeting adopted, then given one by one in the sentence after it
_TARGETS_THEN_SPECIFICS = re.compile(
    r"\b(?:" + _TARGET_SETTING_VERB + r")\s+(?:\d+\s+|các\s+|những\s+)?(?:nhóm\s+)?(?:chỉ\s+tiêu|mục\s+tiêu)\b"
    + _SENTENCE_CHAR + r"{0,120}[.!?]\s+Cụ\s+thể\s*[,:]" + _SENTENCE_CHAR + r"*$")
# "Chỉ tiêu năm nay tạo việc làm cho 9.000 người, trong đó đi làm việc ở nước ngoài 800 người": the part
# after "trong đó" of a planned whole (its clause opens with the plan's word) is planned too
_IN_CLAUSE = r"(?:[^.;:]|(?<=\d)\.(?=\d))"  # (a dot between digits is a number's: "20.000")
_PART_OF_A_PLANNED_WHOLE = re.compile(r"(?:^|,\s*)(?:kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu)\b" + _IN_CLAUSE + r"*?\d"
                                      + _IN_CLAUSE + r"*?,\s*trong\s+đó\b[^\d.;:,]{0,40}$", re.IGNORECASE)
_GROWTH_CONTEXT = re.compile(r"tăng\s+trưởng|tốc\s+độ\s+tăng", re.IGNORECASE)
# "giải ngân đạt 39,63%": a disbursement rate is the share of the plan paid out, whatever growth was named before
_PAID_OUT_BEFORE = re.compile(r"giải\s+ngân", re.IGNORECASE)
# "6 tháng đầu năm GRDP Bắc Giang đạt hơn 14%": a percentage the GRDP itself reaches is its growth
# ("GRDP năm 2024 ước đạt 10,2%": a year may stand between)
_GRDP_REACHES = re.compile(r"\bGRDP\b(?:[^,;:%\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}?\sđạt\b")
# "tỷ lệ hộ nghèo giảm 1,82%", "tỷ lệ che phủ rừng tăng thêm 0,5%": a rate, the subject of the change right
# before the figure ("tỷ lệ tăng dân số 1,1%" names a rate of growth: no verb follows it)
# a rate named as the subject ("tỷ lệ hộ nghèo "; not "tỷ lệ tăng dân số", a rate of growth)
# (or a noun that names a rate without "tỷ lệ": "tổn thất điện năng 4,1%, giảm 0,3%", "lãi suất cho vay 8,9%, giảm
# 0,6%"; data/words/rate_nouns.csv)
_RATE_NAMED = (r"(?:^|[\s(])(?:(?:tỷ|tỉ)\s+lệ\s+(?!tăng\b|giảm\b)[^\d,;:()]{2,60}?|(?:" + word_source("rate_nouns")
               + r")(?![^\W\d_])[^\d,;:()]{0,60}?)\s")
_RATE_MOVES = re.compile(_RATE_NAMED + r"(?:tăng|giảm)\s+"
                         rf"(?:(?:thêm|đi|được|{HEDGE_WORDS}|{BOUND_WORDS}|bình\s+quân|ở\s+mức)\s+)*$",
                         re.IGNORECASE)
# "tỷ lệ hộ nghèo còn 4,01%, giảm 1,4% so với năm trước": the change right after a rate's level is the rate's
# ("tỷ lệ hộ nghèo giảm từ 9,9% cuối năm 2021 xuống còn 4,1% cuối năm 2025, bình quân mỗi năm giảm 1,4%": the
# rate's levels at both ends of a term, each with its time, then its average yearly move, in points too)
_RATE_THEN_ITS_CHANGE = re.compile(
    _RATE_NAMED + r"(?:(?:tăng|giảm)\s+từ\s+[\d.,]+\s*%[^,;:%]{0,40}?\s+(?=xuống|lên|còn))?"
    r"(?:(?:giảm\s+|xuống\s+)?còn\s+|xuống\s+|lên\s+|là\s+|đạt\s+|ở\s+mức\s+)?"
    # ("tỷ lệ hộ nghèo còn 3,2% (giảm 1,1%)": the change in brackets, as after a comma)
    rf"(?:(?:{HEDGE_WORDS}|dưới)\s+)?[\d.,]+\s*%(?:\s*\(?(?:cuối|đầu|năm|vào)[^,;:()%]{{0,24}}\)?)?\s*[,(]\s*"
    r"(?:(?:bình\s+quân|trung\s+bình)(?:\s+(?:mỗi|hằng|hàng)\s+năm)?\s+)?(?:tăng|giảm)\s+"
    rf"(?:(?:thêm|đi|được|bình\s+quân|{HEDGE_WORDS})\s+)*$", re.IGNORECASE)
# "350 hộ thoát nghèo, tỷ lệ giảm 2,1%", "thoát cận nghèo là 80 hộ, tỷ lệ giảm 0,5%": a bare "tỷ lệ" after the
# households that left (near-)poverty is the (near-)poverty rate, and its fall is in points
_RATE_AFTER_LEAVING_POVERTY = re.compile(
    r"thoát\s+(?:cận\s+)?nghèo\b[^.;:\d]{0,30}?(?:\d[\d.,]*\s*hộ)?\s*,\s*(?:với\s+)?(?:tỷ|tỉ)\s+lệ\s+"
    rf"(?:hộ\s+(?:cận\s+)?nghèo\s+)?giảm\s+(?:(?:được|{HEDGE_WORDS})\s+)*$", re.IGNORECASE)
_RATE_FELL_BY = re.compile(r"(?:^|[\s(])giảm\s+(?:tỷ|tỉ)\s+lệ\s+[^\d,;:()]{2,60}?\s(?:đạt|được)\s+"
                           rf"(?:(?:{HEDGE_WORDS})\s+)*$", re.IGNORECASE)
# ... or with the number right after the rate's name ("Năm 2026, giảm tỷ lệ hộ nghèo 1,8%"; not the level it falls
# to, "giảm tỷ lệ hộ nghèo xuống còn 3%"; group 1 the verb)
_RATE_CHANGED_BY = re.compile(r"(?:^|[\s(])(tăng|giảm)\s+(?:tỷ|tỉ)\s+lệ\s+(?:(?!(?:xuống|còn|lên|về|mức|từ|là|đạt|được"
                              r"|dưới|đến|tới|so|với|bằng|chiếm|ở)(?![^\W\d_]))[^\W\d_]+\s+){1,8}"
                              rf"(?:(?:{HEDGE_WORDS})\s+)*$", re.IGNORECASE)
# "giảm 1,8% tỷ lệ hộ nghèo": the rate named right after its move in points
_RATE_NAMED_RIGHT_AFTER = re.compile(r"\s*(?:tỷ|tỉ)\s+lệ\s", re.IGNORECASE)
# the rate of plan attainment named as what a list gives, before the colon or "là" that opens it
# ("một số khoản thu chưa đạt kế hoạch đề ra như thu X đạt 82%; ...": the items listed after "như" as
# short of, or up to, the plan, each its share of the plan)
_ATTAINMENT_HEADER = re.compile(r"\b(?:tỷ|tỉ)\s+lệ\s+(?:thực\s+hiện|hoàn\s+thành|đạt)\s+(?:so\s+với\s+)?"
                                r"(?:dự\s+toán|kế\s+hoạch|KH\b|DT\b)[^.:]{0,80}?(?::|\slà\b)|"
                                # ("số doanh nghiệp thành lập mới đạt cao trên 50% kế hoạch, như: huyện A đạt 80%":
                                # the bar the listed items pass, said between "đạt" and the plan)
                                r"\b(?:chưa\s+|không\s+)?(?:đạt|hoàn\s+thành)\s+"
                                r"(?:(?:cao\s+|thấp\s+)?(?:(?:trên|từ|hơn|dưới)\s+)?\d+(?:[.,]\d+)?\s*%\s+)?(?:so\s+với\s+)?"
                                r"(?:dự\s+toán|kế\s+hoạch|KH\b|DT\b|chỉ\s+tiêu)(?:\s+(?:năm|giao|được\s+giao|đề\s+ra))?"
                                r"\s*,?\s+như\b|"
                                # "xã đã hoàn thành cơ bản các chỉ tiêu: giá trị sản xuất đạt 52%, ...": the
                                # targets the list then reaches, each by its share
                                r"\bhoàn\s+thành\s+(?:cơ\s+bản\s+)?(?:các\s+|những\s+)?chỉ\s+tiêu[^.:;]{0,40}:",
                                re.IGNORECASE)
# a list of the items that reached (or fell short of) their plan, each with its rate in brackets after its name
# ("5/8 khoản thu vượt dự toán gồm: thuế A (112%), phí B (105%)", "không đạt kế hoạch là: X (91%)")
_LISTED_BY_PLAN = re.compile(r"\b(?:chưa\s+|không\s+)?(?:đạt|vượt|hoàn\s+thành)\s+(?:so\s+với\s+)?"
                             r"(?:dự\s+toán|kế\s+hoạch|KH\b|DT\b)(?:\s+(?:năm|giao|được\s+giao|đề\s+ra))?"
                             r"\s*(?:là|gồm|như|:)", re.IGNORECASE)
# a rate in brackets that opens with the plan it is ("tăng 10,5% (NQ 9%)", "(KH: 8%)", "(Nghị quyết 12%)"): the
# growth the plan or resolution aimed at, set beside the one reached
_PLAN_NAMED_IN_BRACKET = re.compile(r"\(\s*(?:NQ|Nghị\s+quyết|KH|kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu)"
                                    rf"(?:\s+(?:năm\s+)?\d{{4}})?\s*[:=]?\s*(?:(?:{HEDGE_WORDS})\s+)?$",
                                    re.IGNORECASE)
_BRACKET_OPENS_RIGHT_BEFORE = re.compile(rf"[^\W\d_]\s*\(\s*(?:(?:{HEDGE_WORDS})\s+)?$", re.IGNORECASE)
_EXCEED_THE_PLAN_BEFORE = EndAnchored(re.compile(
    # ("vượt kế hoạch tỉnh giao 8%": who set the plan may stand before "giao")
    # ("thấp hơn kế hoạch 3,5%": short of the plan by the rate, a comparative's gap on it)
    r"\b(vượt|(?:cao|thấp)\s+hơn)\s+(?:so\s+với\s+)?(?:dự\s+toán|kế\s+hoạch|KH\b|DT\b|chỉ\s+tiêu)"
    r"(?:\s+(?:năm|(?:(?:" + UNIT_WORDS + r"|"
    r"trung\s+ương|HĐND(?:\s+tỉnh)?|UBND(?:\s+tỉnh)?)\s+)?(?:giao|được\s+giao)|đề\s+ra))?"
    rf"\s*(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE))
# ("độ che phủ rừng đạt 72%": a cover rate named without "tỷ lệ")
_RATE_SUBJECT = re.compile(r"tỷ\s+lệ|tỉ\s+lệ|chỉ\s+số|lãi\s+suất|hệ\s+số|công\s+suất|độ\s+(?:che|bao)\s+phủ",
                           re.IGNORECASE)
# ("số người đã tiêm ít nhất 1 mũi đạt 99%": the people vaccinated, a coverage rate with no "tỷ lệ",
# unless the whole is named after it: "đạt 60% diện tiêm")
# ("tiêm đủ 8 loại vắc xin cho trẻ dưới 1 tuổi đạt 95,2%", "tiêm chủng đầy đủ ... đạt 97%": the full schedule given,
# a coverage rate, no share of a plan for the kinds counted before it)
_VACCINATED = re.compile(r"(?:đã|được)\s+tiêm|(?<![^\W\d_])tiêm\s+(?:chủng\s+)?(?:đầy\s+)?đủ(?![^\W\d_])",
                         re.IGNORECASE)
# "toàn xã có 93% số hộ ...": a bare "there are" before a rate of units ("mỗi năm có trên 60% hộ đăng ký": with
# the rate's qualifier between)
_THERE_ARE_BEFORE = re.compile(rf"(?:^|[\s,;])có(?:\s+(?:{HEDGE_WORDS}|dưới))?\s*$", re.IGNORECASE)
# "ảnh hưởng trực tiếp đến 90% gia đình": a rate reached over the units named after it
_REACHING_BEFORE = re.compile(r"(?<![\d,.%])\s(?:đến|tới)\s*$", re.IGNORECASE)
_GRDP_RIGHT_AFTER = re.compile(r"^\s*(?:của\s+|so\s+với\s+)?GRDP\b", re.IGNORECASE)
_SHARE_NOUN_AFTER = re.compile(
    r"^\s*(?:các|số|xã|phường|hộ|gia\s+đình|trường|cơ\s+sở|đơn\s+vị|thôn|xóm|tổ\s+dân\s+phố|khu\s+dân\s+cư|"
    r"làng|người|dân\s+số|học\s+sinh|"
    r"giáo\s+viên|cán\s+bộ|doanh\s+nghiệp|hồ\s+sơ|thủ\s+tục|cơ\s+quan|lao\s+động|diện\s+tích|GRDP|"
    # ("bằng 34,5% tổng thu ngân sách", "bằng 12,5% tổng dư nợ": a total named after the rate is the whole it is a
    # share of; not a total of the plan, "bằng 45% tổng vốn kế hoạch", "bằng 30% tổng mức đầu tư", a rate of it)
    r"tổng\s+(?!(?:số\s+)?(?:(?:nguồn\s+)?vốn\s+)?(?:kế\s+hoạch|KH\b|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu|nhiệm\s+vụ|"
    r"mức\s+(?:đầu\s+tư|giao)|(?:được\s+)?giao|phân\s+bổ|đăng\s+ký)(?![^\W\d_]))[^\W\d_]+|"
    + word_source("member_units") + "|" + word_source("share_wholes") + r")\b",
    re.IGNORECASE)  # ("vốn đầu tư toàn xã hội bằng 28,5% GRDP": a share of the GRDP; "100% chi bộ": of the cells)
# "lên 347 hội viên, đạt 89% so với hộ nông nghiệp": the whole named after "so với" is a whole too
_COMPARED_WITH = re.compile(r"^\s*so\s+với\s+", re.IGNORECASE)
_PER_UNIT_THEN_COMPARED_WITH = re.compile(r"(?:\s*/\s*[^\W\d_]+)?\s*so\s+với\s", re.IGNORECASE)  # "/ha so với"
_OF_WHICH_ONLY = re.compile(r"\s*trong\s+(?:đó|số\s+đó)\s*,?\s*(?:có\s+)?", re.IGNORECASE)


def _share_noun_after(after: str) -> bool:
    """Are the units right after a rate (or after its "so với") a whole the rate is a share of?"""
    if _SHARE_NOUN_AFTER.match(after):
        return True
    compared = _COMPARED_WITH.match(after) if "so" in after[:6] else None
    return compared is not None and bool(_SHARE_NOUN_AFTER.match(after[compared.end():]))


# "100% chi bộ và hơn 92% đảng viên hoàn thành ...": the second share of a pair joined by "và"
_SHARE_THEN_AND_BEFORE = re.compile(r"^\s*[\d.,]+\s*%\s+[^\W\d][^,;:%\d]{0,40}?\s+(?:và|cùng)\s*"
                                    rf"(?:(?:{HEDGE_WORDS}|dưới)\s*)?$", re.IGNORECASE)


# "..., 85% là doanh nghiệp nhỏ và vừa": a rate followed by "là" and the kind of the units a clause before counted
# (not "là mức cao nhất", "là do ...": what the rate itself is, or why)
_KIND_RIGHT_AFTER = re.compile(r"^\s*là\s+(?!(?:mức|do|vì|nhờ|bởi|một|những|chỉ\s+số|tỷ\s+lệ|tỉ\s+lệ|tốc\s+độ|"
                               r"con\s+số|kết\s+quả|địa\s+phương|tỉnh|năm)\b)[^\W\d_]", re.IGNORECASE)
# "gần 100% học sinh là người dân tộc thiểu số", "60% lao động của xã là nữ": people counted, then what they are:
# the share of that kind among them, whatever verb (or none) came before the percent
_KIND_OF_THE_UNITS_AFTER = re.compile(
    # ("98% trẻ là người dân tộc thiểu số": the children of a school, "sinh viên", "công nhân" counted the same way)
    r"^\s*(?:số\s+)?(?:hộ(?:\s+dân)?|người|dân\s+số|học\s+sinh|giáo\s+viên|cán\s+bộ|lao\s+động|thành\s+viên|"
    r"đảng\s+viên|hội\s+viên|trẻ(?:\s+em)?|sinh\s+viên|công\s+nhân)(?:\s+[^\W\d]+){0,3}?\s+là\s",
    re.IGNORECASE,
)


# What a change is measured against. The first base written after the figure is its own: in
# "tăng 2% so với tháng trước và tăng 17% so với cùng kỳ" the 2% is on the month before.
# "6 tháng đầu năm 2020", "9 tháng năm 2020": the months of a year so far, named as the base compared with
_MONTHS_SO_FAR = r"\d{1,2}\s+tháng(?:\s+đầu)?\s+"
_RUNNING_PERIOD_OF_A_YEAR = _MONTHS_SO_FAR + r"năm\s+" + YEAR
# the same holiday or festival a year before: "Tết năm trước", "dịp nghỉ lễ 30/4 năm ngoái", "Tết năm 2024", "Tết
# Nguyên đán Quý Mão" (the lunar year's name)
_LUNAR_YEAR_NAMES = keyed_word_lists("lunar_year_names", "part")  # (a stem and a branch: "Quý Mão", "Bính Ngọ")
_HOLIDAY_A_YEAR_BEFORE = (
    r"(?:(?:dịp|kỳ|mùa)\s+)?(?:" + word_source("festive_events") + r"|lễ)(?![^\W\d_])(?:\s+[^\s,;:()]+){0,4}?\s+năm\s+"
    r"(?:trước|ngoái|" + YEAR + r")|Tết\s+(?:Nguyên\s+đán\s+)?(?:" + "|".join(_LUNAR_YEAR_NAMES["stem"]) + r")\s+"
    r"(?:" + "|".join(_LUNAR_YEAR_NAMES["branch"]) + r")(?![^\W\d_])")
_SAME_PERIOD_BASE = guarded(re.compile(
    r"(?:so\s+với|so|bằng|với)\s+(?:cùng\s+(?:k[ỳì]|vụ)(?!\s+tháng\s+(?:\d|trước))|CK\b|năm\s+trước|năm\s+ngoái|"
    # ("tăng 10 trường so với năm học trước", "so với niên vụ trước": a school's or a crop's year before, a year ago)
    # ("tăng 35 em so với học kỳ I năm học trước": the same term of the school year before, a year ago too)
    r"(?:(?:học\s+kỳ|HK)\s+(?:I{1,2}|[12]|một|hai)\s+(?:của\s+)?)?(?:năm\s+học|niên\s+vụ)\s+(?:trước|ngoái)|"
    # ("bằng 96,1% so với thực hiện năm 2024", "so với ước thực hiện năm trước": last year's outturn, the budget
    # reports' base for a year's execution, the same period a year before)
    r"(?:(?:ước\s+)?(?:số\s+)?(?:thực\s+hiện|TH)\s+(?:cả\s+)?năm\s+(?:trước|ngoái|" + YEAR + r"))|"
    r"cùng\s+(?:tháng\s+)?năm\s+(?:trước|ngoái)|(?:tháng|quý|kỳ|tuần)\s+này\s+năm\s+(?:trước|ngoái)|"
    # ("so với nửa đầu năm trước", "so với 6 tháng đầu năm ngoái": the same months of last year)
    # (the last months of a year are another part of it: _LAST_MONTHS_BASE)
    # ("so với cùng thời điểm tháng trước": the same day of the month before, another base: _OTHER_BASE_AFTER)
    r"cùng\s+thời\s+điểm(?!\s+(?:tháng|quý|tuần|kỳ)\s+trước)|(?:nửa\s+đầu|\d+\s+tháng(?:\s+đầu)?)\s+năm\s+(?:trước|ngoái)|"
    # ("giảm 2 vụ so với Tết năm trước", "so với dịp lễ hội năm ngoái", "so với Tết Quý Mão": the same holiday or
    # festival a year before, its days the same period; data/words/festive_events.csv)
    + _HOLIDAY_A_YEAR_BEFORE + r"|"
    # ("cao hơn 6.000 đồng/kg so với đầu vụ năm trước": the same point of last year's crop season, a year apart)
    r"(?:đầu|cuối|giữa)\s+vụ\s+(?:năm\s+)?(?:trước|ngoái)(?![^\W\d_])|"
    # ("giảm 6 vụ so với mùa khô năm trước", "so với mùa mưa bão 2025": a season of the weather comes once a year,
    # the one before a year apart; data/words/weather_seasons.csv)
    r"mùa\s+(?:" + word_source("weather_seasons") + r")\s+(?:năm\s+)?(?:trước|ngoái|" + YEAR + r")|"
    # ("tăng 64 vụ so với năm công tác 2024", "tăng 1,6 tỷ đồng so với cả năm 2024": a working year of the police or the
    # courts, or the whole year before, of a year's figure; a whole year against the months so far is another base,
    # _WHOLE_YEAR_BASE)
    r"(?:cả\s+)?năm(?:\s+công\s+tác)?\s+" + YEAR + r"|" + _RUNNING_PERIOD_OF_A_YEAR
    # ("tăng 5 xã so với 2025", "Năm 2026 so với 2025 tăng 5 xã": the year written bare after "so với", where a
    # clause ends or its verb follows)
    + r"|(?<=với\s)" + YEAR + r"(?![\d/]|[.,]\d)(?=\s*(?:$|[,.;:()]|(?:tăng|giảm|gấp|bằng|đạt|là)(?![^\W\d_])))"
    + r"|vụ(?:\s+\w+){1,2}\s+(?:năm|" + YEAR + r")|niên\s+độ|"
    r"(?:tháng|quý)\s+[\dIVX]+\s*(?:/|năm)\s*" + YEAR + r")|cùng\s+k[ỳì](?!\s+tháng\s+(?:\d|trước))|"
    # ("bằng 105,3% CK", "bằng 87,2% CK năm trước": the statistics office's short form, alone as "cùng kỳ" is)
    r"(?<![^\W\d_])(?-i:CK)(?![^\W\d_])(?!\s+tháng\s+(?:\d|trước))", re.IGNORECASE))
# "9 tháng đạt 500 tỷ đồng, bằng 85% so với cả năm 2024": the whole year before against the months of this one so far
# is another base than the same period
_WHOLE_YEAR_BASE = re.compile(r"\bso\s+(?:với\s+)?cả\s+năm\b", re.IGNORECASE)
_MONTHS_SO_FAR_SAID = re.compile(r"(?<![\d/.,])\d{1,2}\s+tháng(?![^\W\d_])|\bquý\s+[IV]{1,3}\b", re.IGNORECASE)
# ("so với vụ trước": the crop season before this one, not the same season a year before)
_OTHER_BASE_AFTER = re.compile(
    # ("so tháng 12 năm trước": a month or quarter of last year named by its number, another base)
    r"so\s+(?:đầu\s+năm|cuối\s+năm|tháng\s+trước|quý\s+trước|kỳ\s+trước|vụ\s+trước|tuần\s+trước|"
    r"(?:tháng|quý)\s+(?:\d{1,2}|[IVX]{1,4})\s+năm\s+(?:trước|ngoái))|"
    # ("so với năm gốc 2024", "so với kỳ gốc": the base year of a price index)
    r"so\s+(?:với\s+)?(?:năm|kỳ)\s+gốc|"
    # ("tăng 60% so với giai đoạn 2016 - 2020", "so với nhiệm kỳ trước": the term before, another base than a year's)
    r"so\s+(?:với\s+)?" + _A_TERM_BASE + r"|"
    # ("tăng 30 em so với học kỳ I", "so với học kỳ trước": the term before, of the same school year; a term of the
    # school year before, "học kỳ I năm học trước", is the same period)
    r"so\s+(?:với\s+)?(?:học\s+kỳ|HK)\s+(?:trước|(?:I{1,2}|[12]|một|hai)(?![^\W\d_])(?!\s+(?:của\s+)?năm\s+học))|"
    # ("cao hơn 1,2 tạ/ha so với bình quân các năm", "tăng 3% so với bình quân giai đoạn 2021-2025", "so với trung
    # bình 5 năm trước": the average of several years, another base than the same period)
    r"so\s+(?:với\s+)?(?:mức\s+)?(?:bình\s+quân|trung\s+bình)(?:\s+chung)?\s+(?:của\s+)?"
    r"(?:các\s+năm|nhiều\s+năm|những\s+năm|giai\s+đoạn|thời\s+kỳ|(?:\d{1,2}|[^\W\d_]+)\s+năm\s+(?:trước|qua|gần)|"
    # ("giảm 21,5% so với trung bình 4 tuần trước": the average of the weeks or months before)
    r"(?:\d{1,2}|[^\W\d_]+)\s+(?:tuần|tháng|quý|ngày)\s+(?:trước|qua|gần\s+(?:nhất|đây)))|"
    # ("so với thời điểm cùng kỳ": the same time a year before, a year-on-year base)
    r"so\s+với\s+(?:đầu\s+năm|cuối\s+năm|tháng\s+trước|quý\s+trước|kỳ\s+trước|vụ\s+trước|"
    r"thời\s+điểm(?!\s+cùng\s+k[ỳì])|cùng\s+thời\s+điểm\s+(?:tháng|quý|tuần|kỳ)\s+trước|"
    # ("so với tháng cùng kỳ": the same month a year before; "so với tuần trước", "so với tuần liền kề": the week
    # before, as the month before)
    # ("so với đợt lũ năm 2020", "so với trận lũ năm 2019", "so với cơn bão số 3": another event, no period)
    # ("so với 31/12/2025", "so với 31-12-2025", "so với 30.6.2026": a day, written with any of its separators)
    # ("giảm 1.000 đồng/kg so với hôm qua", "so với phiên trước": a price's day before, as the week before)
    r"ngày|hôm\s+(?:qua|trước)|phiên(?:\s+(?:trước|hôm\s+qua))?(?![^\W\d_])|"
    + day_month(sep=DOTTED) + r"(?!\d)|cuối|đầu|lúc|trước|đợt|trận|cơn|kỳ|"
    r"(?:tháng|quý|tuần)(?!\s+cùng\s+k[ỳì])|cùng\s+k[ỳì]\s+tháng)|"
    # ("tăng 10,2% so với 6 tháng đầu năm", "so với nửa đầu năm": the first months of the figure's own year, no year
    # named; "so với 6 tháng cuối năm 2025", "so với nửa cuối năm trước": the last months of a year, another part of
    # the year than a report's running months; a figure of the last months, read at _LAST_MONTHS_BASE, keeps it)
    r"so\s+(?:với\s+)?(?:(?:\d{1,2}\s+tháng(?:\s+đầu)?|nửa\s+đầu)\s+năm(?!\s+(?:trước|ngoái|" + YEAR + r"))|"
    r"(?:\d{1,2}\s+tháng|nửa)\s+cuối\s+năm)",
    re.IGNORECASE)
# the last months of a year as a base, and as the period the figure's sentence names for itself ("6 tháng cuối năm
# 2026, IIP tăng 8% so với 6 tháng cuối năm 2025": the same months a year before)
_LAST_MONTHS_BASE = re.compile(r"\bso\s+(?:với\s+)?(?:\d{1,2}\s+tháng|nửa)\s+cuối\s+năm", re.IGNORECASE)
_LAST_MONTHS_NAMED = re.compile(r"(?<!với\s)(?<!so\s)\b(?:\d{1,2}\s+tháng|nửa)\s+cuối\s+năm", re.IGNORECASE)


# "..., so với năm 2023, giảm 12 vụ": a year may be the base, other numbers may not
# (a base may name a month by its number: "so với tháng 12 năm trước")
_MONTH_NUMBER = r"(?<=tháng\s)\d{1,2}(?![\d/.,])"
# ("so với tháng 12/2022, CPI tháng 11 tăng 1,7%": or a month with its year)
_MONTH_OF_A_YEAR = r"(?<=tháng\s)\d{1,2}\s*/\s*(?:19|20)\d\d(?!\d)"
# ("Quý III/2027 so với quý II/2027, IIP tăng 4,2%": the sentence may open with the period the figure is of, then
# its base)
_PERIOD_BEFORE_FRONTED_BASE = (r"(?:(?:tháng|quý)\s+(?:\d{1,2}|[IVX]{1,4})(?:\s*(?:/|năm)\s*(?:19|20)\d\d)?"
                               r"|năm\s+(?:19|20)\d\d)\s+")
# ("So với cùng kỳ năm 2025: giảm 18 vụ (-11,25%), giảm 7 người chết": a base said before a colon, as a headline,
# frames the changes after it to the sentence's end as one set off by a comma does)
_FRONTED_BASE = guarded(re.compile(
    r"(?:^|[,;:]\s*)(?:^" + _PERIOD_BEFORE_FRONTED_BASE + r")?"
    r"(so\s+với\s+(?:[^,;:\d]|(?<!\d)(?:19|20)\d\d(?!\d)|" + _MONTH_OF_A_YEAR + "|" + _MONTH_NUMBER
    # (the count of a year's months: "So với 6 tháng cuối năm 2025, ...")
    + r"|(?<![\d.,])\d{1,2}(?=\s+tháng\b)){3,40}?)\s*[,:]", re.IGNORECASE))
# "so với tháng 12/2022, CPI tháng 11 tăng 1,72%": a month named as the base that is not the month the figure
# is of (named after the base) is another period (the year's start), not the same month a year before
_BASE_MONTH = re.compile(r"tháng\s+(\d{1,2})\b", re.IGNORECASE)
# Every way of writing "vớ" (of "so với") that _FRONTED_BASE takes, ignoring case: one is in every text it matches
# in, tested before the scan (most sentences name no base)
_SO_VOI_SPELLINGS = tuple(v + o for v in letter_cases("v") for o in letter_cases("ớ"))
_SO_VOI_SPELLED = any_of(_SO_VOI_SPELLINGS)


# "so với tháng trước tăng 1,1% và tăng 9,0% so với cùng kỳ": a base written before the verb of
# the figure's own clause is its own, whatever base the next figure names
# (also "so cùng kỳ năm trước bằng 80,8%": the base before "bằng" is the base of the ratio after it)
# ("nếu so với tháng 12 năm trước tăng 1,1%": the same base after a conditional "if"; so after "nhưng",
# "còn", "song": "nhưng so với cùng tháng năm trước giảm 6%")
# ("so với cùng kỳ tổng diện tích của hai tỉnh A và B năm 2025 tăng 2.150 ha": the same period first, then the
# whole it was measured on, at length, as a merged province compares itself with the sum of the two it was made of)
_BASE_BEFORE_VERB = guarded(re.compile(
    r"\s*(?:(?:nếu|nhưng|còn|song)\s+)?(so\s+(?:với\s+)?(?:(?:[^,;:\d%]|(?<!\d)(?:19|20)\d\d(?!\d)|" + _MONTH_NUMBER
    + r"){3,40}?|cùng\s+k[ỳì]\s(?:[^,;:\d%]|(?<!\d)(?:19|20)\d\d(?!\d)){3,90}?))"
    rf"\s+(?:tăng|giảm|gấp|bằng|(?:{_COMPARATIVE})\s+hơn)\b[^,;:]*$",
    re.IGNORECASE))
# "CPI tháng 9 so với tháng trước tăng 0,35%": the base written after the subject, right before the verb of the
# figure's own clause, is its own as well ("Chỉ số giá vàng so với kỳ gốc 2019 là 248,3%": an index's "là" too)
_BASE_AFTER_SUBJECT = re.compile(
    r"(?<=\s)(so\s+(?:với\s+)?(?:[^,;:\d%]|(?<!\d)(?:19|20)\d\d(?!\d)|" + _MONTH_OF_A_YEAR + "|" + _MONTH_NUMBER
    + rf"){{3,40}}?)\s+(?:tăng|giảm|gấp|bằng|đạt|là|(?:{_COMPARATIVE})\s+hơn)\s*(?:(?:{HEDGE_WORDS})\s*)?$",
    re.IGNORECASE)
_CHANGE_SAID_BEFORE = re.compile(r"%|\b(?:tăng|giảm|đạt|bằng|gấp)\b", re.IGNORECASE)
# "so với cùng tháng năm trước giảm 6,3% về người và giảm 9,1% về người.km": the base before the first change
# of a clause frames a later change that names none of its own (the decimal comma of "6,3%" marks no clause)
_BASE_BEFORE_AN_EARLIER_CHANGE = re.compile(
    r"\s*(?:(?:nếu|nhưng|còn|song)\s+)?(so\s+(?:với\s+)?[^,;:\d%]{3,40}?)\s+(?:tăng|giảm)\b"
    rf"(?:[^,;:]|(?<=\d),(?=\d))*\bvà\s+(?:tăng|giảm)\s*(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)
# "so với tháng 12 năm trước": a month of last year as a base (group 1 its number); a month the sentence names as
# its figure's period, not after "so với" (group 1 its number)
# (a quarter too: "Doanh thu quý IV tăng 5% so với quý IV năm trước"; group 1 "tháng" or "quý", group 2 its number)
_SAME_MONTH_LAST_YEAR = re.compile(r"so\s+(?:với\s+)?(?:cùng\s+)?(tháng|quý)\s+(\d{1,2}|[IVX]{1,4})\s+(?:của\s+)?"
                                   r"năm\s+(?:trước|ngoái)\b", re.IGNORECASE)
_MONTH_OF_THE_FIGURE = re.compile(r"(?<!với\s)(?<!so\s)(?<!cùng\s)\b([Tt]háng|[Qq]uý)\s+(\d{1,2}|[IVX]{1,4})(?![\d.,])"
                                  r"(?!\s+năm\s+(?:trước|ngoái))")
# "huy động tăng 8.250 tỷ đồng so với đầu năm, tăng 7,05%": a change of an amount on a base, then a bare rate of
# change after its comma; group 1 the base
_AMOUNT_CHANGE_ON_A_BASE_BEFORE = EndAnchored(re.compile(
    rf"\b(?:tăng|giảm)\s+(?:thêm\s+)?(?:(?:{HEDGE_WORDS})\s+)?\d[\d.,]*\s*[^\W\d][^,;:%\d]{{0,20}}?\s"
    # (the base may name a date or a year: "so với 31/12/2025", "so với cuối năm 2025")
    r"(so\s+(?:với\s+)?(?:[^,;:\d%]|(?<!\d)(?:\d{1,2}/\d{1,2}/)?(?:19|20)\d\d(?!\d)){3,40}?)\s*,\s*"
    r"(?:(?:tương\s+ứng|tương\s+đương|hay)\s+)?"
    # (the rate named by its size: "tăng 685 tỷ đồng so với đầu năm, tốc độ tăng 8,6%")
    r"(?:(?:tốc\s+độ|mức|tỷ\s+lệ|tỉ\s+lệ)\s+)?(?:tăng(?:\s+trưởng)?|giảm)\s*"
    rf"(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE))
# "CPI tăng 1,7% và so với cùng kỳ tăng 3,3%": a base written after "và" before its own verb is the base
# of the figure after that verb, not of the figure before "và"
_BASE_AFTER_AND = re.compile(r"\svà\s+(so\s+(?:với\s+)?[^,;:\d%]{3,40}?)\s+(?:tăng|giảm|gấp|bằng)\b[^,;:\d]*$",
                             re.IGNORECASE)
# "tăng hơn so với tháng trước gần 6%", "giảm so với cùng kỳ 3,2%": the base between the verb and its figure
_BASE_BETWEEN_VERB_AND_FIGURE = re.compile(r"\b(tăng|giảm)(?:\s+(?:hơn|thêm))?\s+(so\s+(?:với\s+)?[^,;:\d%]{3,30}?)"
                                           rf"\s*(?:(?:{HEDGE_WORDS}|xấp\s+xỉ|là)\s*)*$", re.IGNORECASE)
_NEXT_FIGURES_BASE = re.compile(r"\s+và\s+so\s+(?:với\s+)?[^,;:\d%]{3,40}?\s+(?:tăng|giảm|gấp|bằng)\b", re.IGNORECASE)
# "sản lượng so kế hoạch tăng 3,54%": the plan named before the change is its base
_PLAN_BASE_BEFORE_VERB = re.compile(r"\bso\s+(?:với\s+)?(?:kế\s+hoạch|KH|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu)\b"
                                    r"(?:\s+(?!và\b|tăng\b|giảm\b)[^\s,;:\d%]+){0,4}\s+(?:tăng|giảm)(?!\s+trưởng)\b[^,;:]*$",
                                    re.IGNORECASE)  # (its own verb: "so với dự toán HĐND và tăng 14%" is not)
# "thu ngân sách ... 404 tỷ đồng, so dự toán giao đạt 42% và bằng 96% so với cùng kỳ": the plan named
# before "đạt/bằng" is the base of the share attained, whatever base the next figure names
_PLAN_BASE_BEFORE_REACH = EndAnchored(re.compile(
    r"\bso\s+(?:với\s+)?(?:kế\s+hoạch|KH|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu)\b"
    r"(?:\s+(?!và\b)[^\s,;:\d%]+){0,4}\s+(?:đạt|bằng)\s*"
    rf"(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE))
_ANY_BASE = re.compile(r"\bso\s", re.IGNORECASE)
# "bình quân 9 tháng tăng", "bình quân quý I/2027 giảm", "bình quân năm tăng": a change of an average over a running
# period (the clause's subject at most between the period and the verb)
_AVERAGE_OF_A_RUNNING_PERIOD = re.compile(
    r"\bbình\s+quân\s+(?:(?:\d{1,2}|cả)\s+tháng(?:\s+(?:đầu\s+)?năm)?|quý\s+[IVX]{1,4}|(?:cả\s+)?năm)"
    r"(?:\s*/?\s*(?:19|20)\d\d)?\s*(?:[^\d,;:()%]{0,30}?\s)?(?:tăng|giảm)\s*$", re.IGNORECASE)
_CHANGE_WORD_BEFORE = re.compile(r"(?:tăng|giảm|gấp)\b[^,;:]{0,20}$", re.IGNORECASE)  # only a change needs a base
# "các ngành có mức sản xuất tăng mạnh so cùng kỳ như: A gấp 2 lần; B tăng 5%": the base a list's head
# names before its colon is each item's ("so" without "với", after an adverb of the change, too)
_BASE_BEFORE_COLON = re.compile(r"(?:tăng|giảm)(?:\s+(?:mạnh|nhanh|cao|sâu|khá))?\s+(so\s+(?:với\s+)?[^,;:\d%]{3,40}?)"
                                r"\s*,?\s*(?:như|gồm)?\s*:[^:]*$", re.IGNORECASE)
_BASE_BEFORE_LIST = guarded(re.compile(
    r"(?:^|[,;:(]\s*)(so\s+(?:với\s+)?(?:[^,;:\d%]|(?<!\d)(?:19|20)\d\d(?!\d)){3,40}?)\s+(?:tăng|giảm|gấp)\s+[\d.,]+"
    r"[^;:]*,\s*(?:[^,;:\d%]{2,30}?\s)?(?:tăng|giảm|gấp)\s*[^,;:]*$",
    re.IGNORECASE))
# "tăng 6,7% (trong đó công nghiệp là 6,35%": a part's bare rate in brackets right after a change.
_PART_OF_A_CHANGE_IN_BRACKETS = re.compile(
    rf"\b(tăng|giảm)\s+(?:(?:{HEDGE_WORDS})\s+)?[\d.,]+\s*%([^()\d%;]{{0,50}})\(\s*trong\s+đó\b"
    rf"[^()\d%;]{{1,50}}?\s(?:là|đạt|ở\s+mức)\s+(?:(?:{HEDGE_WORDS})\s+)?$",
    re.IGNORECASE,
)
# "giảm 5,7% so với tháng trước; trong đó, bán lẻ hàng hóa ... giảm 7,8%": a part's bare change is read
# against the base of the whole's change before "trong đó"
_WHOLE_CHANGE_BEFORE_PART = guarded(re.compile(
    r"(?:tăng|giảm)\s+[\d.,]+\s*%\s*(so\s+(?:với\s+)?[^,;:\d%]{3,40}?)\s*[;,]\s*trong\s+đó\b[^;]*(?:;[^;]*)*$",
    re.IGNORECASE))  # (the parts go on after ";": "..., trong đó A tăng 8,3%; B tăng 1,2%")
# "CPI tháng 8 tăng 0,4% so với tháng trước. Trong đó, nhóm giáo dục tăng 2,1%": a part's bare change
# in a sentence that opens a breakdown is read against the base of the whole's change in the sentence
# before, when that sentence names one kind of base only
_WHOLE_CHANGE = re.compile(r"(?:tăng|giảm)\s+[\d.,]+\s*%\s*(so\s+(?:với\s+)?[^,;:\d%]{3,40}?)\s*(?:[,;.(]|và|$)",
                           re.IGNORECASE)


# "... có 7 nhóm tăng giá so với tháng trước. Mức tăng mạnh nhất thuộc về nhóm nhà ở (tăng 1,35%)":
# a price group's bare change is read against the base the text named last before it
# (a price index named in a release after another's change: "chỉ số giá vàng tăng 4,87% so với tháng trước; chỉ số giá
# đô la Mỹ tăng 0,36%", on the same base; the prices themselves too: "Giá đô la Mỹ bình quân 26.180 đồng/USD,
# giảm 0,15%")
_PRICE_GROUP = re.compile(r"\bnhóm\b|\b(?:chỉ\s+số\s+)?giá\s+(?:vàng|đô\s+la|USD)", re.IGNORECASE)
_BASE_WORDS = re.compile(r"\bso\s+(?:với\s+)?", re.IGNORECASE)


def _nearest_base_before(text_before: str) -> str | None:
    """The kind of base ("same"/"other") of the last comparison written in ``text_before``."""
    tail = text_before[-400:]
    starts = [m.start() for m in _BASE_WORDS.finditer(tail)]
    return comparison_base(tail[starts[-1]:starts[-1] + 60]) if starts else None


def _base_of_whole(whole_sentence: str) -> str | None:
    """The one kind of base ("same"/"other") the changes of ``whole_sentence`` are read against."""
    kinds = {comparison_base(m.group(1)) for m in _WHOLE_CHANGE.finditer(whole_sentence)}
    return kinds.pop() if len(kinds) == 1 else None


# "vốn đăng ký tăng thêm 1,5 tỷ USD": the added capital is the subject, not a change of it
_ADDED_CAPITAL = re.compile(rf"vốn(?:\s+\S+){{0,2}}\s+tăng\s+thêm\s*(?:(?:{HEDGE_WORDS}|là|đạt)\s*)*$",
                            re.IGNORECASE)
# _RESULT_BEFORE and _ADDED_CAPITAL are searched only where their words are in the lowered text
_RESULT_WORD = lowered_literal_scan(_RESULT_BEFORE)
(_ADDED_CAPITAL_WORDS,) = required_runs_of_each_alternative(_ADDED_CAPITAL, lowered=True)


# "IIP tháng 7/2018 giảm 0,3% so với tháng 6/2018": a named month of the same year is the month
# before, not the same period of another year
# (a month is written "tháng 5/2020", "tháng 5 năm 2020" or, pasted from a word processor, with the
# fraction slash "tháng 5⁄2020")
_MONTH_OF_YEAR = r"tháng\s+(\d{1,2})\s*(?:[/⁄]|năm)\s*(" + YEAR + ")"
_MONTH_BASE = re.compile(r"so\s+(?:với\s+)?" + _MONTH_OF_YEAR, re.IGNORECASE)
_MONTH_NAMED = re.compile(_MONTH_OF_YEAR, re.IGNORECASE)
# "so với tháng 4/2020" names a base; the month a figure is of is named without "so (với)" before it
_NAMED_AS_BASE = re.compile(r"\bso\s+(?:với\s+)?$", re.IGNORECASE)
# "vượt 14% so với kế hoạch giao đầu năm (35 dự án)": the amount in brackets right after a plan is the plan
# (the resolution that set the plan named after it: "chưa đạt chỉ tiêu Nghị quyết (7-7,5%)", "mục tiêu NQ Đại hội (8%)")
_PLAN_RIGHT_BEFORE_BRACKET = EndAnchored(re.compile(
    r"(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)(?:\s+(?:giao|đề\s+ra|đầu|của|năm|\d{4}|Nghị\s+quyết|NQ|Đại\s+hội))*"
    r"\s*\(\s*"
    rf"(?:(?:{HEDGE_WORDS}|dưới)\s*)*$", re.IGNORECASE))
# "... kế hoạch của năm 2025 (gần 1,9 tỉ USD)": nothing but a qualifier before the bracketed amount
# (the hedges and the bounds of data/words/bounds.csv: "khoảng", "hơn", "xấp xỉ", "ít nhất", "tối đa", "chưa đến")
_QUALIFIERS_ONLY = re.compile(rf"\s*(?:(?:{HEDGE_WORDS}|{'|'.join(BOUNDS_BY_QUALIFIER.values())}|dưới)\s*)*",
                              re.IGNORECASE)
# "thấp hơn kế hoạch năm 2020 (tăng 7-8%)": a change in brackets after a plan is the plan's
# "(mục tiêu: tăng trưởng GRDP bình quân 7-8% mỗi năm)": a bracket that opens with a goal and a colon holds it
# (the body that set it may be named before the colon: "(chỉ tiêu Nghị quyết HĐND tỉnh: 93%)", "(kế hoạch UBND
# tỉnh giao năm 2026: 950 tỷ đồng)")
_GOAL_OPENS_BRACKET = re.compile(r"\(\s*(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch)(?:\s+[^\s():]+){0,8}\s*:[^()]*$",
                                 re.IGNORECASE)
_PLAN_BEFORE_BRACKET = EndAnchored(re.compile(
    # (the plan's own words between: "vượt mục tiêu đề ra (giảm 4%)", "kế hoạch tỉnh giao năm 2026 (tăng 8%)")
    r"(?:kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu)(?:\s+(?:giao|đề\s+ra|đặt\s+ra|tỉnh|năm|\d{4}))*\s*\(\s*"
    r"(?:tăng|giảm)(?:\s+(?:khoảng|từ|trên))?\s*$"
    # "thấp hơn so với chỉ tiêu UBND tỉnh giao (35,5%)": the plan's own amount, bare (also one set, "vượt chỉ tiêu
    # Nghị quyết đề ra (7,5%)", "đạt kịch bản tăng trưởng đề ra (7,8%)", "thấp hơn mục tiêu Quốc hội đề ra (khoảng
    # 4,5%)")
    r"|(?:kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu|kịch\s+bản)\s+(?:[^\W\d_]+\s+){0,5}(?:giao|đề\s+ra|đặt\s+ra)\s*\(\s*"
    rf"(?:(?:{HEDGE_WORDS})\s+)?$"
    # ("vượt chỉ tiêu Nghị quyết 96/2019/QH14 (≥ 90%)", "vượt chỉ tiêu (≥ 85%)": the plan of a resolution named by its
    # number, or a bound sign opening the bracket, gives the plan's amount too; not a bare share of the targets met,
    # "hoàn thành 18/21 chỉ tiêu (85,7%)")
    r"|(?:kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu)(?:\s+(?:của\s+)?(?:Nghị\s+quyết|NQ)(?:\s+(?:số\s+)?\d[\w/.-]*)?)"
    r"\s*\(\s*(?:[≥≤><]=?\s*)?$"
    r"|(?:kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu)\s*\(\s*[≥≤><]=?\s*$",
    re.IGNORECASE))


def _months_named_as_periods(text: str) -> list[re.Match[str]]:
    """The months ``text`` names as the period of a figure, not as a base compared with."""
    return [m for m in _MONTH_NAMED.finditer(text) if not _NAMED_AS_BASE.search(text[:m.start()])]


# "Quý III/2027 so với quý II/2027", "tháng 6/2026 so với tháng 12/2025": a month or quarter of a year
_MONTH_OR_QUARTER_OF_YEAR = r"(tháng|quý)\s+(\d{1,2}|[IVX]{1,4})\s*(?:[/⁄]|năm)\s*" + YEAR + r"(?![\d/])"
_MONTH_OR_QUARTER_BASE = re.compile(r"so\s+(?:với\s+)?" + _MONTH_OR_QUARTER_OF_YEAR, re.IGNORECASE)
_MONTH_OR_QUARTER_NAMED = re.compile(_MONTH_OR_QUARTER_OF_YEAR, re.IGNORECASE)


def _another_month_or_quarter(base_text: str, sentence: str) -> bool:
    """Is the month or quarter compared with ("so với quý II/2027") another one than the month or quarter
    ``sentence`` names last, not as a base (its own: "Quý III/2027")? The same month or quarter of an earlier
    year is the same period; another one (the quarter before, December of last year) is another base."""
    base = _MONTH_OR_QUARTER_BASE.search(base_text)
    if base is None:
        return False
    kind, number = base.group(1).lower(), quarter_number(base.group(2))
    sentence = sentence[-200:]
    own = [m for m in _MONTH_OR_QUARTER_NAMED.finditer(sentence)
           if m.group(1).lower() == kind and not _NAMED_AS_BASE.search(sentence[max(0, m.start() - 9):m.start()])]
    return bool(own) and quarter_number(own[-1].group(2)) != number


def _other_month_of_same_year(head: str, sentence: str) -> bool:
    """Is the month compared with ("so với tháng 4/2020") another month of the year of the month the
    sentence names last before the figure, not as a base?"""
    base = _MONTH_BASE.search(head)
    if base is None:
        return False
    named = _months_named_as_periods(sentence[-200:])
    return bool(named) and named[-1].group(2) == base.group(2) and int(named[-1].group(1)) != int(base.group(1))


# "so với năm 2020, GRDP năm 2023 tăng gấp 1,3 lần": a year two or more years before the one the sentence
# speaks of is another base, not the same period last year
_YEAR_BASE = re.compile(r"so\s+(?:với\s+)?(?:(?:" + _MONTHS_SO_FAR + r")?năm\s+)?(" + YEAR + r")(?![\d/]|[.,]\d)",
                        re.IGNORECASE)
_YEAR_NAMED = re.compile(r"(?<![\d/.,])(" + YEAR + r")(?![\d/]|[.,]\d)")


def _a_year_further_back(head: str, before: str, sentence: str) -> bool:
    """Is the year compared with ("so với năm 2020") two or more years before the year the sentence
    names last before the figure (its own year)?"""
    base = _YEAR_BASE.search(head) or _YEAR_BASE.search(before) or _YEAR_BASE.search(sentence)
    return base is not None and _further_back_than_the_sentence(base.group(1), sentence)


def _further_back_than_the_sentence(year: str, sentence: str) -> bool:
    """Is ``year`` two or more years before the last other year ``sentence`` names?"""
    years = [int(y) for y in _YEAR_NAMED.findall(sentence) if y != year]
    return bool(years) and years[-1] - int(year) >= 2


def _multiple_of_a_year_after(head: str, sentence: str) -> str:
    """The metric of a multiple whose year follows it ("gấp 2,74 lần năm 2021"): "yoy_pct", or "change_pct" for a
    year two or more before the sentence's own ("năm 2025 ... gấp 2,1 lần năm 2019")."""
    year_after = _YEAR_RIGHT_AFTER.match(head)
    named = _YEAR_NAMED.search(year_after.group(0)) if year_after is not None else None
    further_back = named is not None and _further_back_than_the_sentence(named.group(1), sentence)
    return "change_pct" if further_back else "yoy_pct"


def compares_with_another_month(after: str, period: tuple[dt.date, dt.date]) -> bool:
    """Is the first base after a figure of one month a named month of the same year other than its own
    ("Phân theo ngành: điện ước đạt 139 tỷ đồng, tăng 74% so với tháng 4/2020" in a report on May 2020)?
    That is the month before, not the same period of last year, whatever the sentence names."""
    start, end = period
    if start.day != 1 or (start.year, start.month) != (end.year, end.month):
        return False
    head = _HEAD_END.split(after, maxsplit=1)[0][:80]
    base = _MONTH_BASE.search(head)
    return (base is not None and comparison_base(head[:base.start()]) is None
            and int(base.group(2)) == start.year and int(base.group(1)) != start.month)


def comparison_base(head: str) -> str | None:
    """"same" (cùng kỳ, năm trước, tháng 8/2013), "other" (tháng trước, đầu năm, cùng kỳ tháng
    trước) or None: the first base named in ``head``, the words after a figure."""
    same = _SAME_PERIOD_BASE.search(head)
    other = _OTHER_BASE_AFTER.search(head)
    if same and (not other or same.start() <= other.start()):
        return "same"
    return "other" if other else None


# "tăng 1.020 tỷ đồng so với đầu năm", "giảm 12 tỷ đồng so với 31/12/2025", "so với cuối năm 2025": the base a stock
# is measured from, the start of the year, the end of the last or a day. FACTS has no metric for an amount's change on
# it; the gold files it as a level row named as that change ("Tổng dư nợ: mức tăng so với 31/12/2021"). A change on
# the month, quarter or week before (a price's move) stays no row.
_A_STOCKS_BASE = re.compile(r"\bso\s+(?:với\s+)?(?:(?:thời\s+điểm|hồi|lúc)\s+)?(?:(?:đầu|cuối)\s+năm(?!\s+học)|"
                            r"(?:ngày\s+)?" + day_month(sep=DOTTED) + r"(?!\d))", re.IGNORECASE)


def on_a_stocks_base(words: str) -> bool:
    """Is the first base ``words`` name the start of a year, the end of one or a day (above)?"""
    said = _A_STOCKS_BASE.search(words)
    return said is not None and comparison_base(words[:said.start()]) is None


# the year after a stock's base, of its day ("31/12/2025") or its year's start or end ("cuối năm 2025", "đầu năm nay")
_YEAR_OF_A_STOCKS_BASE = r"(?:\s*[/.-]\s*(?:19|20)\d\d|\s+(?:(?:19|20)\d\d|trước|ngoái|nay))(?![^\W_])"


_A_STOCKS_BASE_YEAR = re.compile(_YEAR_OF_A_STOCKS_BASE, re.IGNORECASE)


def _a_stocks_change_named(words: str, signed_value: float) -> str | None:
    """The words a stock's change on its base is named by: "mức tăng so với 31/12/2021" (as the gold names it),
    "mức giảm so với cuối năm 2025"; None when ``words`` name no such base."""
    said = _A_STOCKS_BASE.search(words)
    if said is None:
        return None
    year = _A_STOCKS_BASE_YEAR.match(words, said.end())
    base = " ".join((words[said.start():year.end() if year else said.end()]).split())
    base = re.sub(r"^so\s+(?:với\s+)?", "so với ", base, flags=re.IGNORECASE)  # (a base opening its sentence too)
    return f"mức {'giảm' if signed_value < 0 else 'tăng'} {base}"


# the base a change is told against, "so với" and its words up to the clause's end or to the verb of the change said
# after it ("so với tuần trước", "so với tháng trước giảm 3 vụ" → "tháng trước", "so với hôm qua", "so với tháng 11")
# (not another event, "so với trận lũ năm 2019", "so với đợt lũ trước": the gap between two, no change of the report's)
_A_BASE_SAID = re.compile(r"\bso(?:\s+với)?\s+(?!(?:với\s+)?(?:trận|đợt|cơn)\s)(?P<base>[^\W\d_][^,;:.()\n]{0,40}?)"
                          r"(?=\s+(?:tăng|giảm|vượt|(?:cao|thấp|nhiều|ít)\s+hơn)(?![^\W\d_])|\s*[,;:.()\n]|\s*$)",
                          re.IGNORECASE)


def _a_changes_name(words: str, signed_value: float) -> str | None:
    """The words an amount's change on a base other than the same period is named by, for FACTS has no metric for it
    and it is filed as a level signed by its verb (as the gold files a stock's, ex055): a stock's as
    ``_a_stocks_change_named`` names it, any other by its "so với" ("mức tăng so với tuần trước", "mức giảm so với
    hôm qua"); None when ``words`` say no base."""
    if (stock := _a_stocks_change_named(words, signed_value)) is not None:
        return stock
    said = _A_BASE_SAID.search(words)
    if said is None:
        return None
    return f"mức {'giảm' if signed_value < 0 else 'tăng'} so với {' '.join(said.group('base').split())}"


# a stock's base said right before the verb of the change ("so với 31/12/2021 tăng", "so với đầu năm nay giảm")
_A_STOCKS_BASE_BEFORE_THE_VERB = re.compile(
    rf"{_A_STOCKS_BASE.pattern}{_YEAR_OF_A_STOCKS_BASE}?\s+(?:tăng|giảm|thêm)(?:\s+(?:thêm|được))?\s*$", re.IGNORECASE)


def _a_gap_to_the_plan_named(before: str, after: str, signed_value: float) -> str:
    """The words a gap to the plan is named by: "mức vượt chỉ tiêu", "mức thấp hơn kế hoạch" (the plan the first
    named after the gap, else the last before it)."""
    plan = (_PLAN_WORD_ANYWHERE.search(after[:40])
            or next(reversed(list(_PLAN_WORD_ANYWHERE.finditer(before[-60:]))), None))
    words = " ".join(plan.group().split()).lower() if plan else "kế hoạch"
    words = "kế hoạch" if words == "kh" else words
    return f"mức {'thấp hơn' if signed_value < 0 else 'vượt'} {words}"


# the last word of direction before a change or a gap: a rise ("tăng", "cao hơn") or a fall ("giảm", "thấp hơn")
_LAST_DIRECTION = re.compile(
    rf"(?<![^\W\d_])(?:(?P<fall>giảm|tụt|sụt|hụt)|(?P<compared>{_COMPARATIVE})\s+hơn|tăng|thêm)"
    r"(?!.*(?<![^\W\d_])(?:giảm|tụt|sụt|hụt|hơn|tăng|thêm)(?![^\W\d_]))", re.IGNORECASE | re.DOTALL)


def _signed_by_its_direction(text_before: str, amount: float) -> float:
    """A change or a gap filed as a level (a stock's change on its base, on_a_stocks_base; the points a rate missed its
    plan by), signed by the last word of direction in ``text_before`` (the clause up to it) as every change is:
    "giảm 12 tỷ đồng so với 31/12/2025" is −12 tỷ, "thấp hơn 1,4 điểm % so với chỉ tiêu" −1,4."""
    said = _LAST_DIRECTION.search(text_before[-80:])
    falls = said is not None and (said.group("fall") is not None or (
        said.group("compared") is not None and said.group("compared").lower() in _LESS_WORDS))
    return -abs(amount) if falls else abs(amount)


def _the_base_words_of_a_change(head_after: str, sentence_head: str) -> str:
    """The words naming the base of a change: those after it when they name one, else the base set off by commas
    before it, else its clause ("Dư nợ so với đầu năm tăng 300 tỷ đồng")."""
    if comparison_base(head_after) is not None:
        return head_after
    return _last_fronted_base(sentence_head) or _clause_up_to(sentence_head)


# The smaller tests of read_metric, compiled once (it reads every figure).
# "dự toán phấn đấu" names a (stretch) estimate that rates are read against, not an aim of the sentence;
# "sự phấn đấu", "(sự) nỗ lực phấn đấu của cán bộ, nhân dân" name the effort that got the results
# reviewed (a noun owned by someone), not an aim
# ("An Giang đặt mục tiêu tăng trưởng từ 11%/năm trở lên, GRDP toàn giai đoạn gần 2,4 triệu tỷ đồng": a goal
# set, like the aim, frames every figure of the sentence listed after it)
# "với mục tiêu giá trị sản xuất ngành công nghiệp chế biến, chế tạo ước đạt 19.483 tỷ đồng": the goal named before
# the figure's subject, whose name may hold a comma, with no figure between
# ("Vốn các chương trình mục tiêu quốc gia giải ngân được ...": a programme's name, no goal)
_GOAL_NAMES_THE_FIGURE = re.compile(r"(?<!có\s)(?<!so\svới\s)(?<!so\s)(?<!trình\s)\bmục\s+tiêu\s+(?!đề\s+ra)"
                                    r"[^\d.;:()]{0,80}$", re.IGNORECASE)
# "... mục tiêu giá trị sản xuất đạt 19.483 tỷ đồng (tăng 12,3% so với năm 2022)": the bracket after the goal's
# amount gives its planned change
_GOAL_AMOUNT_THEN_BRACKET = re.compile(r"[\d.,]+\s*(?:[^\W\d_]+\s*){0,2}\(\s*(?:tăng|giảm)?\s*(?:khoảng\s*)?$",
                                       re.IGNORECASE)


def _a_goal_names_the_figure(sentence_before: str, in_brackets: bool) -> bool:
    """Is the figure the amount a goal named before it sets (or the change in brackets after that amount)?"""
    if "mục" not in sentence_before:
        return False
    if in_brackets:
        amount = _GOAL_AMOUNT_THEN_BRACKET.search(sentence_before[-80:])
        if amount is None:
            return False
        sentence_before = sentence_before[:len(sentence_before) - 80 + amount.start()] if len(
            sentence_before) > 80 else sentence_before[:amount.start()]
        sentence_before = re.sub(rf"(?:(?:ước\s+)?đạt|là)\s*(?:(?:{HEDGE_WORDS})\s*)?$", "", sentence_before)
    return _GOAL_NAMES_THE_FIGURE.search(sentence_before[-120:]) is not None


# "Phấn đấu năm 2026 tăng 8,5%, năm 2025 ước đạt 7,6%", "…, năm 2025 đạt 9,2%": a clause that opens with a year and
# says it reached its figure, estimated or before the year aimed at, tells a result beside the aim, no aim
_A_YEARS_RESULT = re.compile(r"^\W*(?:(?:cả\s+)?năm\s+)?(?P<year>" + YEAR + r")\s*,?\s*(?P<estimate>(?:dự\s+)?ước"
                             r"(?:\s+(?:tính|thực\s+hiện))?\s+)?(?:đạt|tăng|giảm|là)\s*(?:(?:" + HEDGE_WORDS
                             + r")\s*)?$", re.IGNORECASE)
# (the aim's growth before it: "Phấn đấu năm 2026 tăng trưởng 8,5%", "phấn đấu GRDP năm 2026 tăng 8,5%")
_STRIVE = re.compile(r"phấn\s+đấu", re.IGNORECASE)  # (capital or not: "Phấn đấu" opening the sentence aims too)
_GROWTH_AIMED_BEFORE = re.compile(r"phấn\s+đấu(?:[^\d,;.]|\d{4}){0,60}?\btăng(?:\s+trưởng)?\s", re.IGNORECASE)


def _a_years_result_beside_an_aim(before: str, sentence: str) -> bool:
    """Does ``before``, the clause of a figure in an aim's ``sentence``, open with a year that reached the figure,
    estimated or before the year the aim names (above)?"""
    said = _A_YEARS_RESULT.match(before)
    if said is None:
        return False
    if said.group("estimate"):
        return True
    aim = _STRIVE.search(sentence)
    aimed = _A_YEAR.search(sentence, aim.end()) if aim is not None else None
    return aimed is not None and int(said.group("year")) < int(aimed.group())


# ("bằng 19,5% chỉ tiêu phấn đấu": the striving target a rate is read against, a plan, no aim)
_AIM_WORD = re.compile(r"(?<!dự\stoán\s)(?<!kế\shoạch\s)(?<!sự\s)(?<!%\schỉ\stiêu\s)"
                       r"(?:phấn|(?<=[.!?…]\s)Phấn)\s+đấu(?!\s+của\b)"
                       r"|\bđặt\s+(?:ra\s+)?mục\s+tiêu\b")
_AIM_WORD_RUNS = required_runs_of_each_alternative(_AIM_WORD)
# (a text that holds every run of an alternative holds its first: one scan for those, "đấu" or "đặt", rules
# out most texts before the runs are looked for one by one, 0.2 µs where the loop takes 1 µs)
_AIM_WORD_FIRST_RUNS = any_of(tuple(runs[0] for runs in _AIM_WORD_RUNS))
# "... tạo điều kiện cho quần chúng rèn luyện, phấn đấu trở thành đảng viên. Từ đầu năm, đảng bộ đã kết nạp 5
# đảng viên": an aim frames the figures of its own sentence (from its full stop on; a sentence that opens with
# "Phấn đấu" keeps its stop before it, and a list after "Phấn đấu ...;" runs on past its ";"), and those of the
# sentences after it only when it set figures itself (a list of aims going on)
_TO_LAST_FULL_STOP = re.compile(r".*[.!?…](?=\s)", re.DOTALL)
_FULL_STOP_AT = re.compile(r"[.!?…](?=\s)")


# "Phấn đấu cả năm tăng trưởng 8%; thu ngân sách đạt 6.200 tỷ đồng. Kim ngạch xuất khẩu 6 tháng đạt 450 triệu USD":
# a sentence after the aim that names the months gone by, or estimates, tells what was reached, no aim going on
# ("6 tháng cuối năm" are the months the aim is for)
_RESULT_SO_FAR = re.compile(r"(?<![\d/.,])\d{1,2}\s+tháng(?!\s+cuối)(?![^\W\d_])"
                            r"|(?<![^\W\d_])(?:ước|đến\s+nay)(?![^\W\d_])", re.IGNORECASE)


# "Xã phấn đấu thu ngân sách vượt 10% dự toán. Năm 2025 (từ 01/7 đến 31/12), thu ngân sách đạt 12,5 tỷ đồng": a
# sentence that opens with a period of its own ("Năm 2024,", "Trong năm 2025,", "Quý III,", "Năm qua,") tells that
# period, no aim going on, unless the aims named that year ("Phấn đấu đến năm 2030 ... . Năm 2030, ...")
_OWN_PERIOD_OPENS = re.compile(r"[.!?…]?\s*(?:[Tt]rong\s+|[Tt]ính\s+chung\s+|[Rr]iêng\s+)?(?:[Nn]ăm\s+(?:(?P<year>"
                               + YEAR + r")(?!\d)|qua\b|trước\b)|[Qq]uý\s+[IV]{1,3}\b)")


def _aim_frames(text: str) -> bool:
    """Does an aim word frame the figure at the end of ``text``: in its own sentence, or in a sentence before
    that set figures of its own ("phấn đấu có thêm 30 hộ ...; trên 95% ... . Thu ngân sách đạt 80 tỷ đồng")?"""
    # (the substring tests skip the regex tried at every character)
    if _AIM_WORD_FIRST_RUNS.search(text) is None or not holds_the_runs_of_an_alternative(text, _AIM_WORD_RUNS):
        return False
    own = _since_full_stop(text)
    if _AIM_WORD.search(own):
        return True
    aim = _AIM_WORD.search(text, 0, len(text) - len(own))
    if aim is None or (("tháng" in own or "ước" in own or "nay" in own) and _RESULT_SO_FAR.search(own)):
        return False
    its_sentence = _FULL_STOP_AT.split(text[aim.end():len(text) - len(own)], maxsplit=1)[0]
    if (opens := _OWN_PERIOD_OPENS.match(own)) is not None or "20" in own or "19" in own:
        aimed = _A_YEAR.findall(text[max(0, aim.start() - 60):aim.end()] + its_sentence)
        said = _A_YEAR.findall(own)
        if (opens is not None and opens.group("year") not in aimed) or (aimed and said and min(said) < min(aimed)):
            # ("Xã phấn đấu năm 2025 có thêm 2 thôn đạt chuẩn. Thu ngân sách năm 2024 đạt 8,2 tỷ đồng": a year before
            # the one aimed at is gone by)
            return False
    return any(c.isdigit() for c in its_sentence)


def _since_full_stop(text: str) -> str:
    """``text`` from its last full stop (kept, with the space after it) on; all of it when it has none."""
    if "." not in text and "!" not in text and "?" not in text and "…" not in text:
        return text
    m = _TO_LAST_FULL_STOP.match(text)
    return text[m.end() - 1:] if m else text


# "Trong đó, phấn đấu tốc độ tăng giá trị sản xuất đạt 8,49%, ...; ..., có 2 làng đạt chuẩn": a sentence that
# opens with the aim lists targets however long it runs
# (lower case, as _AIM_WORD: a headline "Phấn đấu ..." runs into the first sentence in the clean text)
# ("Xã cũng sẽ tập trung ...; giữ vững diện tích khoảng 2.000 ha": what the unit will do is its aim too)
_AIM_OPENS = re.compile(rf"\s*(?:[Tt]rong\s+đó\s*,?\s*)?(?:(?:{UNIT_WORDS})\s+)?phấn\s+đấu\b|"
                        rf"\s*(?i:{UNIT_WORDS})\s+(?:cũng\s+)?sẽ\s+(?:tập\s+trung|tiếp\s+tục)\b|"
                        # ("Dự kiến đến năm 2027, có thêm 3 xã ...", "Mục tiêu đến năm 2030, ...": an aim and the year
                        # it aims at, fronting the sentence before a comma)
                        r"\W*(?:[Dd]ự\s+kiến|[Mm]ục\s+tiêu|[Đđ]ịnh\s+hướng)\s+(?:(?:đến|tới|trong|vào)\s+)?"
                        r"(?:năm\s+\d{4}|giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4})\s*,")
# "- Phấn đấu tăng trưởng GRDP đạt 8%;\n- Thu ngân sách đạt 9.000 tỷ đồng;\n- Tỷ lệ che phủ rừng đạt 45%.": a line that
# opens with the aim and closes its clause with ";" frames the figures after it, on its line and on the lines of the
# list it opens, each ending with ";", until a full stop ends the list (the " . " the text before a paragraph is
# joined to it with is no stop; a headline "Phấn đấu ..." never closes with ";")
# (a paragraph's own first line comes after the text before it as " . ": "...\n . Phấn đấu ...;")
_AIM_ITEMS_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:\.[ \t]+)?(?:[-+•*–][ \t]*)?Phấn\s+đấu\b"
                               r"(?=(?:[^.!?\n;]|(?<=\d)\.(?=\d))*;)"
                               r"(?:[^.!?\n;]|(?<=\d)\.(?=\d)|;[ \t]*\n(?:[ \t]*\.[ \t])?|;)*$")
# "Các chỉ tiêu chủ yếu đến năm 2030:\n1. Tốc độ tăng trưởng ... đạt 10%.\n2. GRDP bình quân đầu người ... đạt 200 triệu
# đồng.": a heading line of targets or tasks over its colon sets the figures of the list items under it (each line a
# numbered, lettered or dashed item, "(1)" as "1." or "1)"; not a heading of what the targets reached, "Các chỉ tiêu đạt
# được:")
_LIST_ITEM = r"[ \t]*(?:" + DASH_MARK + r"|\(?\d{1,2}[.)]|[a-zđ]\))"
_TARGETS_HEADING_OVER_ITEMS = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:\d{1,2}|[IVX]{1,4})[.)][ \t]*)?(?:Các\s+)?(?:[Mm]ục\s+tiêu|[Nn]hiệm\s+vụ|"
    # (targets by name only with the years they aim at: "Các chỉ tiêu chủ yếu năm 2025:" may head what was reached)
    r"[Cc]hỉ\s+tiêu(?=[^\n:]*?\b(?:đến\s+năm|giai\s+đoạn|nhiệm\s+kỳ|phấn\s+đấu|kế\s+hoạch)\b))"
    r"(?![^\n:]*?\b(?:đạt|đã|thực\s+hiện|kết\s+quả|hoàn\s+thành|ước)\b)[^\n.:;]{0,80}:[ \t]*\n"
    r"(?:" + _LIST_ITEM + r"[^\n]*\n)*[ \t]*(?:\.[ \t])?" + _LIST_ITEM + r"[^\n]*$")
# an item that says what was done ("- Đã giải quyết việc làm cho 1.200 lao động;", "- 11 tháng ước đạt ...") reports,
# whatever list it stands in
_DONE_IN_ITEM = re.compile(r"(?<![^\W\d_])(?:đã|ước)(?![^\W\d_])|(?<![\d/.,])\d{1,2}\s+tháng(?!\s+cuối)(?![^\W\d_])",
                           re.IGNORECASE)


def _a_list_of_aims_runs_on(wider_before: str) -> bool:
    """Does a list of aims, opened by a "Phấn đấu …;" line or a heading of targets over its colon, run on to the
    figure at the end of ``wider_before`` (the text before it across lines), in an item that tells no result?"""
    aim_item, heading = "Phấn" in wider_before, ":\n" in wider_before  # (most texts hold neither)
    if not (aim_item or heading) or _DONE_IN_ITEM.search(wider_before[wider_before.rfind("\n") + 1:]):
        return False
    return bool((aim_item and _AIM_ITEMS_BEFORE.search(wider_before))
                or (heading and _TARGETS_HEADING_OVER_ITEMS.search(wider_before)))


# "... tiệm cận chỉ tiêu Nghị quyết của HĐND tỉnh đề ra đến năm 2025, thu hút 3.250 nghìn lượt khách":
# the figures after a goal set for a horizon year are that goal
_GOAL_SET_FOR_A_YEAR = re.compile(r"(?:chỉ\s+tiêu|mục\s+tiêu)[^.;]{0,150}?đề\s+ra\s+đến\s+năm\s+\d{4}", re.IGNORECASE)
# "... Chỉ tiêu, nhiệm vụ năm 2024: giải quyết việc làm 23.000 người. ...": the sentences after a
# heading of next year's tasks set targets
# ("Kế hoạch năm 2025: tốc độ tăng trưởng 8% trở lên; ...", "Mục tiêu năm 2026: ...": the plan's own heading)
_PLAN_HEADING = re.compile(r"(?:^|[.!?]\s+)(?:Các\s+)?(?:Chỉ\s+tiêu|Nhiệm\s+vụ|Kế\s+hoạch|Mục\s+tiêu)"
                           r"(?:\s*,\s*(?:chỉ\s+tiêu|nhiệm\s+vụ))?"
                           r"(?:\s+chủ\s+yếu)?\s+năm\s+\d{4}\s*:")
_SIGN_ONLY = re.compile(r"\s*[+\-−]\s*")


# "Kế hoạch năm 2027, tốc độ tăng trưởng GRDP 8,5%; tỷ lệ hộ nghèo giảm còn 2,1%": a sentence that opens on a year's
# plan set off by a comma, as the heading "Kế hoạch năm 2027:" does, frames the targets after it; an outturn said
# before the figure ("Kế hoạch năm 2026, tổng thu 12.000 tỷ đồng, ước thực hiện 12.600 tỷ đồng") is no target
_PLAN_YEAR_OPENS = re.compile(r"\s*(?:[-+•*]\s*)?(?:Kế\s+hoạch|Chỉ\s+tiêu|Mục\s+tiêu|Nhiệm\s+vụ)"
                              r"(?:\s+(?:kế\s+hoạch|chủ\s+yếu))?\s+năm\s+" + YEAR + r"\s*,"
                              r"(?!(?:[^.\n]|(?<=\d)\.(?=\d))*(?<![^\W\d_])(?:thực\s+hiện|kết\s+quả|ước|đã)(?![^\W\d_]))")


def _plan_year_opens(sentence: str) -> bool:
    """Does ``sentence`` open on a year's plan set off by a comma (_PLAN_YEAR_OPENS)?"""
    return sentence.lstrip(" -+•*")[:1] in "KCMN" and _PLAN_YEAR_OPENS.match(sentence) is not None


def _plan_heading_before(text: str) -> bool:
    """Does ``text`` hold a heading of next year's targets (_PLAN_HEADING)?"""
    # (_PLAN_HEADING is case-sensitive and every match holds "Chỉ", "Nhiệm", "Kế" or "Mục" and ends with ":")
    return ":" in text and ("Chỉ" in text or "Nhiệm" in text or "Kế" in text or "Mục" in text) and (
        _PLAN_HEADING.search(text) is not None)
# the base a change names right before a bracket opens ("tăng 0,2% so với tháng trước (")
_BASE_BEFORE_BRACKET = re.compile(r"(\bso\s+(?:với\s+)?[^,;:()%]{3,40}?)\s*$", re.IGNORECASE)
# "giảm 0,6% (218 ha)", "tăng 8,1% (19.060 tấn)": a rate of change whose bracket opens right after it
# (the amount may carry its own sign: "giảm 2,3% (-37 ha)")
_RATE_RIGHT_BEFORE_BRACKET = re.compile(
    rf"\b(tăng|giảm)\s+(?:(?:{HEDGE_WORDS})\s+)?\d[\d.,]*\s*%\s*\(\s*[+\-−]?\s*$", re.IGNORECASE
)
_BASE_RIGHT_AFTER_BRACKET = re.compile(r"\s*\)\s*so\s+(?:với\s+)?", re.IGNORECASE)
# "tăng 13% so với 4,3% năm trước": the rate a change is compared with is the base period's own change
_RATE_COMPARED_WITH = re.compile(rf"\b(?:tăng|giảm)\s+(?:(?:{HEDGE_WORDS})\s+)?[\d.,]+\s*%\s*"
                                 r"so\s+(?:với\s+)?(?:mức\s+)?(tăng\s+|giảm\s+)?$", re.IGNORECASE)
_BASE_PERIOD_AFTER = re.compile(r"\s*(?:của\s+)?(?:năm\s+(?:cũ|trước|ngoái|\d{4})|cùng\s+k[ỳì])", re.IGNORECASE)
_GROWTH_ON_LAST_YEAR_BEFORE_BRACKET = re.compile(
    r"\b(?:tăng|giảm)\s+[\d.,]+\s*%\s*so\s+(?:với\s+)?cùng\s+k[ỳì](?:\s+năm\s+(?:trước|ngoái))?\s*\(\s*$",
    re.IGNORECASE)
# "đạt 57,3% kế hoạch, cao hơn cùng kỳ năm 2024 (49,6%)": a bare rate in brackets after a rate said higher or lower
# than the same period of last year is last year's rate (group 1: the comparison's first words)
_SAME_PERIOD_HIGHER_BEFORE_BRACKET = re.compile(
    r"\d\s*%[^%()]{0,60}?[,;]?\s*((?:cao|thấp)\s+hơn)\s+(?:so\s+với\s+)?cùng\s+k[ỳì]"
    r"(?:\s+năm\s+(?:trước|ngoái)|\s+(?:năm\s+)?(?:19|20)\d\d)?\s*\(\s*$",
    re.IGNORECASE,
)
# the last rate said before such a comparison, with the words after it (group 1) and its clause before it (group 2)
_LAST_RATE_AND_ITS_WORDS = re.compile(r"([^,;:()%]*?)\d[\d.,]*\s*%([^%]*)$")


def _kind_of_the_rate_compared(said_before: str) -> str:
    """The metric of the last rate in ``said_before`` (the sentence up to "cao/thấp hơn cùng kỳ"): a share of the plan
    ("đạt 57,3% kế hoạch"), a growth rate ("tăng trưởng 7,5%", "tăng 12%"), a share ("chiếm 30%") or a rate's level."""
    rate = _LAST_RATE_AND_ITS_WORDS.search(said_before)
    if rate is None:
        return "level"
    if _PLAN_WORD.match(rate.group(2)):
        return "plan_pct"
    if _GROWTH_BEFORE.search(rate.group(1)) or _GROWTH_CONTEXT.search(rate.group(1)):
        return "yoy_pct"
    return "share_pct" if _SHARE_BEFORE.search(rate.group(1)) else "level"


# "kế hoạch 850 tỷ đồng, giải ngân 212 tỷ đồng (24,9%)": a bare rate in brackets right after an amount paid out is
# the share of its plan paid, as "giải ngân đạt 24,9%" is
_PAID_OUT_AMOUNT_BEFORE_BRACKET = re.compile(
    rf"giải\s+ngân\s+(?:(?:được|đạt|{HEDGE_WORDS})\s+)*[\d.,]+\s*(?:(?:{SCALE_WORDS})\s+)*đồng\s*\(\s*$", re.IGNORECASE
)
# "Kinh tế duy trì được đà tăng trưởng khá (7,14%), cao hơn tốc độ tăng trưởng cả nước (5,05%)": the rate in
# brackets right after "tăng trưởng" (with its adverb, or the whole it is of) is the growth itself
_GROWTH_WORD_BEFORE_BRACKET = re.compile(
    r"\btăng\s+trưởng(?:\s+(?:khá|cao|nhanh|mạnh|tốt|chậm|thấp|ổn\s+định|(?:(?:của\s+)?(?:cả\s+nước|toàn\s+quốc|"
    r"kinh\s+tế|GRDP|tỉnh|vùng)))){0,2}\s*\(\s*$",
    re.IGNORECASE)
# "GRDP tăng bình quân 7,2%/năm (Tuyên Quang cũ 7,8%/năm, Hà Giang cũ 6,1%/năm)", "tăng trưởng đạt 8,1% (công nghiệp
# 10,2%, dịch vụ 7,4%)": the parts of a growth rate named in the brackets right after it, each a name and a rate with
# no verb of its own, are growth rates as the whole is (up to the part read: the brackets' earlier items so too)
# ("Tốc độ tăng trưởng kinh tế (GRDP) quý I": an abbreviation in brackets, a year or a quarter in the subject)
_WORDS_OR_A_YEAR = r"(?:[^()%\d;:]|\([A-Z]{2,6}\)|(?<!\d)(?:19|20)\d\d(?!\d))"
_RATE_PER_YEAR = r"\d[\d.,]*\s*%(?:\s*/\s*năm)?"
_GROWTH_THEN_ITS_PARTS = re.compile(
    rf"(?:\btăng(?:\s+(?:bình\s+quân|trưởng(?:\s+bình\s+quân)?))?|\btốc\s+độ\s+tăng{_WORDS_OR_A_YEAR}{{0,60}}?)\s+"
    rf"(?:(?:{HEDGE_WORDS}|ước|đạt|là|ở\s+mức)\s+)*{_RATE_PER_YEAR}"
    r"(?:\s+so\s+với\s+cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái))?)?\s*\("
    rf"(?:[^\W\d_][^()%\d;:]{{0,40}}?\s{_RATE_PER_YEAR}\s*[,;]\s*)*[^\W\d_][^()%\d;:]{{0,40}}?\s$",
    re.IGNORECASE)
# "cao hơn giá khởi điểm 35%", "tăng 38% so với giá khởi điểm", "vượt giá khởi điểm 12,5%": what an auction fetched
# over its starting price in per cent, a change on another base than last year or the plan (an amount of the gain is
# the budgets' difference: budgets._PRICE_GAP_BEFORE)
_RISE_WORDS_OVER_A_PRICE = r"(?:cao\s+hơn|vượt|tăng|chênh\s+lệch)"
_STARTING_PRICE_THEN_RATE = EndAnchored(re.compile(
    rf"\b{_RISE_WORDS_OVER_A_PRICE}(?:\s+so\s+với)?\s+giá\s+khởi\s+điểm(?:\s+(?:là|{HEDGE_WORDS}))*\s*$",
    re.IGNORECASE))
_RISE_OVER_A_PRICE_BEFORE = EndAnchored(re.compile(rf"\b{_RISE_WORDS_OVER_A_PRICE}(?:\s+(?:{HEDGE_WORDS}))*\s*$",
                                                   re.IGNORECASE))
_STARTING_PRICE_AFTER = re.compile(r"\s*(?:so\s+với\s+)?giá\s+khởi\s+điểm\b", re.IGNORECASE)
# ("vượt giá khởi điểm 61,3 tỷ đồng (tăng 24,4%)": the gain's rate in brackets after its amount)
_GAIN_OVER_THE_STARTING_PRICE_THEN_BRACKET = EndAnchored(re.compile(
    rf"\b{_RISE_WORDS_OVER_A_PRICE}(?:\s+so\s+với)?\s+giá\s+khởi\s+điểm(?:\s+là)?\s+[\d.,]+\s+[^\d.;()]{{1,25}}?"
    r"\(\s*(?:(?:tăng|tương\s+(?:ứng|đương))\s*)?$", re.IGNORECASE))
_LAST_YEAR_NAMED_IN_BRACKET = re.compile(r"\(\s*cùng\s+k[ỳì](?:\s+năm\s+(?:trước|ngoái)|\s+(?:năm\s+)?(?:19|20)\d\d)?"
                                         r"\s*(?:là|đạt|:)?\s*$", re.IGNORECASE)
_GROWTH_SAID = re.compile(r"\b(?:tăng|giảm)\s+[\d.,]+\s*%|tăng\s+trưởng|tốc\s+độ\s+tăng|điểm\s*%|điểm\s+phần\s+trăm",
                          re.IGNORECASE)
_RATE_ITSELF_BEFORE = re.compile(rf"chiếm\s+(?:tỷ|tỉ)\s+lệ\s*(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)
# "chiếm tỷ lệ 30% trong cơ cấu cây trồng": a structure named after the figure is the whole it is a share of
_STRUCTURE_NAMED_AFTER = re.compile(r"\s*(?:trong|của)\s+(?:tổng\s+)?cơ\s+cấu\b", re.IGNORECASE)
# "tỷ lệ hộ nghèo chiếm 4,2% dân số": a rate named as the subject of "chiếm" is the rate itself,
# whatever whole follows the figure
_RATE_SUBJECT_BEFORE = re.compile(
    rf"\b(?:tỷ|tỉ)\s+lệ\s+[^,;.\d]{{1,40}}?\s+chiếm\s*(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE
)
# a list of names introduced by a change: "tăng cao như", "giảm mạnh gồm"; "tăng ở các nhóm ngành: A (51,7%);
# B (36,2%)" (a colon's list runs on over its semicolons); "giảm ở ngành C (20,4%)"
_LISTED_CHANGES = re.compile(
    r"\b(tăng|giảm)\s+(?:(?:cao|mạnh|nhanh|nhẹ|khá)\s+)?"
    r"(?:(?:như|gồm)\s+[^.;]{2,200}|ở\s+[^.;:]{2,80}:[^.:]{2,400}|ở\s+(?:các\s+)?(?:nhóm\s+)?ngành\s[^.;:()]{2,120}\()$",
    re.IGNORECASE)
_EXPANDS_BEFORE = EndAnchored(re.compile(rf"(?:mở\s+rộng|thu\s+hẹp)\s*(?:(?:thêm|{HEDGE_WORDS})\s*)*$", re.IGNORECASE))
_SHRINKS_BEFORE = re.compile(rf"thu\s+hẹp\s*(?:(?:thêm|{HEDGE_WORDS})\s*)*$", re.IGNORECASE)
# an amount the economy expanded by, stated earlier in the sentence: the list it opens goes on with expansions
_EXPANSION_WORD = re.compile(rf"(?:mở\s+rộng|thu\s+hẹp)\s*(?:(?:thêm|{HEDGE_WORDS})\s*)*\d", re.IGNORECASE)
_OWN_VERB = re.compile(r"\b(?:đạt|tăng|giảm|chiếm|bằng|ước)\b", re.IGNORECASE)


def _last_expansion_shrinks(sentence: str) -> bool:
    """Is the last "mở rộng"/"thu hẹp" of the sentence before the figure "thu hẹp"?"""
    return sentence.lower().rfind("thu hẹp") > sentence.lower().rfind("mở rộng")


_BARE_MULTIPLE = re.compile(rf"\s*(?:và\s+)?(?:tăng\s+)?gấp\s*(?:(?:{HEDGE_WORDS})\s*)*", re.IGNORECASE)
# "chi tiêu 2,8 triệu đồng/ngày, gấp 1,7 lần khách nội địa", "xuất khẩu 120 triệu USD, gấp 3 lần nhập khẩu": a
# multiple followed by the thing it is compared with (no period, plan or aspect word) is no growth of the amount
_THING_COMPARED_AFTER = re.compile(r"\s*(?!(?:so|và|với|về|cùng|năm|kỳ|trong|nhờ|do|là|kế|KH|dự|chỉ|mục|lần|trở|"
                                   r"tháng|quý|giai|đạt|tăng|giảm|mức|trước|đầu|nữa|rưỡi|hơn|so\s+với)\b)[^\W\d_]",
                                   re.IGNORECASE)
# (the unit may be followed by a few words that say what was counted: "3 triệu lượt khách quốc tế, gấp 2 lần")
_AMOUNT_BEFORE_COMMA = re.compile(r"\d\s*[^\d\s,;]+(?:\s+[^\d\s,;]+){0,5}\s*,\s*[^,;]*$")
# "56.300 tấn, đạt ": an amount with its unit, a comma, then only the verb of the next figure (a
# qualifier may stand before the rate: "12.733 tỉ đồng, đạt trên 54,4%")
_REACH_QUALIFIER = rf"(?:\s+(?:{HEDGE_WORDS}|xấp\s+xỉ))?"
# (or a bracket opened right after the amount: "thu 36 tỷ đồng (đạt 120%)")
_AMOUNT_RIGHT_BEFORE_COMMA = re.compile(r"\d\s*[^\d\s,;%(]+(?:\s+[^\d\s,;%(]+){0,2}\s*[,(]\s*(?:và\s+)?(?:đạt|bằng)"
                                        + _REACH_QUALIFIER + r"\s*$", re.IGNORECASE)
# "nâng tổng số lên 286 trường, đạt 71,3%", "nâng số xã đạt chuẩn lên 95 xã, đạt 80%": a running count raised to
# its new total, the rate after it the share of all the units it counts (a plan named after the rate, "đạt 80% kế
# hoạch", is read before; a sum of money raised, "nâng tổng vốn lên", is no count)
_RAISED_COUNT_BEFORE = re.compile(r"\bnâng\s+(?:tổng\s+)?số(?:\s+(?!vốn|tiền)[^,;:%\d]{1,60}?)?\s+lên\s+"
                                  rf"(?:(?:{HEDGE_WORDS})\s+)?\d[\d.,]*\s*[^\d\s,;%(]+(?:\s+[^\d\s,;%(]+){{0,2}}"
                                  r"\s*[,(]\s*(?:và\s+)?(?:đạt|bằng)" + _REACH_QUALIFIER + r"\s*$", re.IGNORECASE)
# "ước đạt 1,3 triệu ngày khách gấp hơn 1,5 lần": the multiple right after the amount and its unit,
# without a comma (not after a year: "năm 2024 gấp 2 lần" names its base)
_AMOUNT_RIGHT_BEFORE = re.compile(r"(?<![\d.,/])(?!(?:19|20)\d\d(?!\d))\d(?:[\d.,]*\d)?\s*[^\d\s,;]+"
                                  rf"(?:\s+[^\d\s,;]+){{0,2}}\s+gấp\s*(?:(?:{HEDGE_WORDS})\s*)*$", re.IGNORECASE)
# (not the plan a figure was set against: "đạt 70% so kế hoạch, tăng 17%", "so kế hoạch tăng 3,54%", "209 Kế
# hoạch, 275 Báo cáo")
# ("(NQ đề ra 7-8%)", "Nghị quyết đặt ra 2%": the aim a resolution set)
_PLAN_NAME = (r"(?:kế\s+hoạch|KH|mục\s+tiêu|(?:Nghị\s+quyết|NQ)(?=\s+(?:đề|đặt)\s+ra\b))"
              r"(?:\s+(?:năm\s+\d{4}|cả\s+năm(?:\s+\d{4})?|đề\s+ra|đặt\s+ra|giao))*")
_PLAN_AMOUNT_BEFORE = re.compile(
    r"(?:(?:^|[\s(/])(?<!vượt\s)(?<!vượt\smức\s)(?<!hơn\s)(?<!đạt\s)(?<!thành\s)(?<!so\s)(?<!với\s)(?<!có\s)"
    r"(?<!%\s)(?<!\d\s)" + _PLAN_NAME
    + r"(?:\s*,\s*(?:là|từ)|\s)\s*(?:(?:là|từ|tăng|giảm|khoảng|ở\s+mức)\s*)*"
    r"|\bso\s+(?:với\s+)?" + _PLAN_NAME + r"\s+(?:là|từ)\s*"
    # ("56.200 lao động (KH: 54.000 lao động)": a bracket opening on the plan and its colon)
    # ("(KH tỉnh giao: 17.000 ha)", "(dự toán: 1.300 tỷ đồng)", "(dự toán 1.300 tỷ đồng)": who set it may stand
    # before the colon, no verb of a result)
    r"|\(\s*(?:" + _PLAN_NAME + r"|dự\s+toán|chỉ\s+tiêu)(?:\s+(?!(?:đạt|vượt|bằng|tăng|giảm|so|thực)(?![^\W\d_]))"
    r"[^\W\d_]+){0,3}\s*:\s*|\(\s*dự\s+toán(?:\s+(?:năm|giao))?\s+)"
    r"(?:\d[\d.,]*\s*%?\s*(?:[-–]|đến)\s*)?$", re.IGNORECASE)
# "chỉ tiêu tạo việc làm mới cho lao động là 20.000 người", "kế hoạch năm nay là 20.000 người": the plan
# word, what it plans (no figure, no clause mark), then "là" right before the figure: the amount planned
# (not "đạt/vượt/hoàn thành/so với kế hoạch ...", which measure a result against the plan)
_PLAN_THEN_WHAT_IS = re.compile(
    r"(?:^|[\s(,])(?<!đạt\s)(?<!vượt\s)(?<!thành\s)(?<!với\s)(?<!so\s)(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)\s"
    # (not what was done of the plan: "Tổng số kế hoạch vốn đã giải ngân là 60 tỷ đồng" is the amount disbursed)
    r"(?:(?!\b(?:đã|giải\s+ngân|thực\s+hiện|đạt|hoàn\s+thành)\b)[^\d.,;:()%]){0,60}\slà\s*$", re.IGNORECASE)
# (a match ends with "là" and spaces, $ allowing only a last "\n" after them, itself a space; the
# case-insensitive "là" is written one of these four ways: no other character folds to "l" or "à")
_ENDS_WITH_LA = ("là", "Là", "lÀ", "LÀ")
# a rate named, then the plan it is measured against and "là" ("Tỷ lệ giải ngân so với kế hoạch là", "tỷ lệ thực hiện
# so với dự toán năm là"): what follows is the share of the plan reached, not the plan's own amount
_RATE_AGAINST_THE_PLAN_IS = re.compile(r"\bt[ỷỉ]\s+lệ\b[^\d.;:()%]{0,60}?\bso\s+(?:với\s+)?(?:kế\s+hoạch|KH|dự\s+toán|"
                                       r"chỉ\s+tiêu)\b[^\d.;:()%]{0,20}?\s+là\s*$", re.IGNORECASE)


def _plan_then_what_is(text: str) -> bool:
    """Does ``text`` end with a plan word, what it plans and "là" (_PLAN_THEN_WHAT_IS)?"""
    return text.rstrip().endswith(_ENDS_WITH_LA) and _PLAN_THEN_WHAT_IS.search(text) is not None


# What a match of _PLAN_AMOUNT_BEFORE leaves in the lowered text around its plan word, one of: "kế hoạch" ("ạch"),
# "mục tiêu" or "chỉ tiêu" ("êu"), "KH" after the start, a space, "(" or "/" and before a space, "," or ":" (what
# every branch writes around _PLAN_NAME), "Nghị quyết" or "NQ" before the spaces and "đề/đặt ra" their lookahead
# reads, "dự toán" after "(" and spaces. No "i" or "s" among these letters ("ı", "ſ" match them and lower to
# themselves), and no other character case-insensitive matching takes for one of them lowers to another; the spaces
# and marks lower to themselves. Most texts before a figure hold "kh" ("không", "khu", "khoảng"), few these.
_PLAN_NAME_SCAN = re.compile(r"ạch|êu|kh(?<![^\s(/]kh)[\s,:]|q(?<=nq)\s|yết\s+(?:đề|đặt)\s+ra|\(\s*dự\s+toán")


def _plan_amount_before(text: str) -> bool:
    """Does ``text`` end with a plan's name and what comes before its amount (_PLAN_AMOUNT_BEFORE)?"""
    return _PLAN_NAME_SCAN.search(text.lower()) is not None and _PLAN_AMOUNT_BEFORE.search(text) is not None


# "được giao chỉ tiêu xây dựng 1.800 căn, đến nay đạt 46,7%", "Kế hoạch năm 2027 trồng 900 ha rừng, ước đạt 62%": a
# bare rate reached in the clause after a plan's amount (not a rate: "chỉ tiêu che phủ rừng 60%, đến nay đạt 58%" is
# the rate itself) is the share of that plan done
_PLAN_AMOUNT_THEN_RATE_REACHED = EndAnchored(re.compile(
    r"(?:^|[\s(])(?:giao\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu|phấn\s+đấu)\b(?:[^\d.;:%()]|(?<!\d)(?:19|20)\d\d(?!\d)){0,80}?"
    rf"\s(?!(?:19|20)\d\d(?!\d))\d[\d.,]*\s*(?!%)[^\W\d_][^\d.;:%()]{{0,40}},\s*"
    r"(?:(?:đến\s+nay|hiện\s+nay|đến\s+thời\s+điểm\s+này|đã|ước|mới)\s+)*(?:đạt|hoàn\s+thành|thực\s+hiện\s+được)"
    rf"(?:\s+(?:{HEDGE_WORDS}))?\s*$", re.IGNORECASE))
_SHARE_WORD = re.compile(r"tỷ\s+trọng|tỉ\s+trọng", re.IGNORECASE)
_RESPECTIVELY_BEFORE = re.compile(r"(?:lần\s+lượt|tương\s+ứng)\s*(?:là\s*)?:?\s*$", re.IGNORECASE)
_SHARE_BEFORE_BRACKET = re.compile(r"(?:chiếm\s+(?:tỷ|tỉ)\s+(?:trọng|lệ)[^,;:()\d]{0,100}"
                                   r"|\d\s*/\s*\d[\d.]*\s+[^\d()%]{1,40})\(\s*$", re.IGNORECASE)
# "1.102 dự án (khoảng 68,15%": a count of a counted noun, then its bracket (an approximation word at most)
_PART_COUNT_BEFORE_BRACKET = re.compile(
    rf"\d[\d.,]*\s+[^\W\d][^\d()%;:]{{0,40}}\(\s*(?:(?:{HEDGE_WORDS}|xấp\s+xỉ)\s*)?$", re.IGNORECASE
)
# "Thu ngân sách đạt 15.250 tỷ đồng; trong đó thu nội địa 11.200 tỷ đồng (73,4%)", "Singapore dẫn đầu với 3,82 tỷ USD
# (30,3%)", "gieo cấy 418.000 ha, đã thu hoạch 312.450 ha (74,6%)": a bare rate in brackets right after an amount that
# is a part (of a breakdown, a ranking, or of a whole said before it in the same unit) is the part's share of the whole
# (not after an amount of change: "giảm 1.686 ha (2,24%)" restates the change; where a plan or a disbursement is
# spoken of, the parts' brackets are their shares of their own plans)
_AMOUNT_THEN_BRACKET = re.compile(r"(?<![\d.,])(\d[\d.,]*)\s+([^\W\d][^\d()%;:,]{0,30}?)\s*\(\s*$")
_CHANGE_RIGHT_BEFORE = re.compile(rf"(?:tăng|giảm|hơn|vượt)\s+(?:(?:{HEDGE_WORDS})\s+)?$", re.IGNORECASE)
_PARTS_SAID = re.compile(r"\btrong\s+đó\b|\b(?:dẫn|đứng)\s+đầu\b|\btiếp\s+(?:theo|đến)\b", re.IGNORECASE)


def _a_parts_bracket(sentence: str, value: float) -> tuple[str, float] | None:
    """The metric and value of a bare rate ``value`` in brackets right after a part's amount (``sentence`` ends at the
    bracket's "("): "share_pct" in a breakdown or after a whole in the same unit (the whole's change when it is no
    share of that whole); "plan_pct" in a breakdown of a whole told against its plan; else None."""
    amount = _AMOUNT_THEN_BRACKET.search(sentence[-60:])
    if amount is None:
        return None
    metric = _a_parts_bracket_metric(sentence, amount, value)
    if metric == "yoy_ratio":
        return "yoy_pct", round(value - 100, 6)  # (the part as a % of its own amount a year before, as its whole is)
    if metric is None or (metric == "share_pct" and value > 100):
        return None  # (no part is more than its whole)
    return metric, value


def _a_parts_bracket_metric(sentence: str, amount: re.Match[str], value: float) -> str | None:
    start = len(sentence) - len(sentence[-60:]) + amount.start()
    if _CHANGE_RIGHT_BEFORE.search(sentence[max(0, start - 20):start]):
        return None
    head = sentence[max(0, start - 250):start]
    if _PLAN_WORD_ANYWHERE.search(head) or "giải ngân" in head.lower():
        # "giải ngân 52.380 tỷ đồng, đạt 62,5% kế hoạch; trong đó cấp tỉnh 38.120 tỷ đồng (64,2%)": each part's
        # share of its own plan
        return "plan_pct" if _PARTS_SAID.search(head) and _PLAN_ATTAINED.search(head) else None
    unit_word = amount.group(2).split()[0]
    if _PARTS_SAID.search(head):
        return _share_or_the_wholes_change(head, amount.group(1), unit_word, value)
    if _BARE_RATE_IN_BRACKETS.search(head):
        return None  # ("thuế A 28,4 tỷ đồng (121%); lệ phí B 7,2 tỷ đồng (104%)": an item of a list, each its own rate)
    if re.search(r"\d\s+" + re.escape(unit_word) + r"(?![^\W\d_])", head):
        return _share_or_the_wholes_change(head, amount.group(1), unit_word, value)
    return None


def _share_or_the_wholes_change(head: str, part: str, unit_word: str, value: float) -> str:
    """The metric "share_pct" of the bare rate ``value`` in brackets after a part's amount ``part`` (in ``unit_word``),
    unless the whole said in ``head`` in the same unit makes it no share of it and ``head`` tells the whole's change:
    "đạt 500 triệu USD, tăng 10% so với cùng kỳ; trong đó dệt may 200 triệu USD (12%)" (200 of 500 is 40%) gives
    the part's change on the whole's base ("yoy_ratio" when the whole's is a percent of last year's amount)."""
    whole = re.search(r"(?<![\d.,])(\d[\d.,]*)\s+" + re.escape(unit_word) + r"(?![^\W\d_])", head)
    ratio = _WHOLE_AS_A_RATIO_OF_LAST_YEAR.search(head)
    if whole is None or not (ratio or _GROWTH_SAID.search(head)):
        return "share_pct"
    part_amount, whole_amount = parse_number(part), parse_number(whole.group(1))
    if not part_amount or not whole_amount or part_amount > whole_amount:
        return "share_pct"
    share = part_amount / whole_amount * 100
    if abs(share - value) <= max(1.0, share * 0.05):
        return "share_pct"  # (rounded as a report rounds it)
    if ratio:
        return "yoy_ratio"  # ("bằng 110% cùng kỳ; trong đó thu nội địa 700 tỷ đồng (115%)": 115% of last year's)
    return "change_pct" if comparison_base(head) == "other" else "yoy_pct"


# "đạt 900 tỷ đồng, bằng 110% cùng kỳ": a whole told as a percent of its amount a year before
_WHOLE_AS_A_RATIO_OF_LAST_YEAR = re.compile(
    r"\bbằng\s+[\d.,]+\s*%\s*(?:so\s+(?:với\s+)?)?(?:cùng\s+kỳ|năm\s+trước)", re.IGNORECASE
)


_BARE_RATE_IN_BRACKETS = re.compile(r"\(\s*[\d.,]+\s*%\s*\)")


# "đạt 62,5% kế hoạch", "bằng 30,3% dự toán", "đạt 58% KH vốn": a whole's attainment of its plan
_PLAN_ATTAINED = re.compile(r"\d\s*%\s*(?:so\s+với\s+)?(?:kế\s+hoạch|dự\s+toán|KH\b)", re.IGNORECASE)


_GROWTH_BEFORE_COMMA = re.compile(r"(?:mức\s+tăng(?:\s+trưởng)?(?:\s+(?:khá|cao|mạnh|nhanh|tốt))?|tăng(?:\s+trưởng)?\s+"
                                  rf"(?:khá|cao|mạnh|nhanh|tốt))\s*,\s*(?:(?:ước|đạt|{HEDGE_WORDS}|xấp\s+xỉ)\s*)*$",
                                  re.IGNORECASE)
# "dịch vụ lữ hành có mức tăng cao nhất (71,2%)", "mức giảm sâu thứ hai (5%)": a ranked growth (or fall)
# whose rate stands in the bracket right after the ranking
_RANKED_CHANGE_BEFORE_BRACKET = re.compile(
    r"mức\s+(tăng|giảm)(?:\s+trưởng)?\s+(?:cao|thấp|sâu|mạnh|nhanh|lớn|nhiều|ít)\s+"
    rf"(?:nhất|thứ\s+(?:hai|ba|tư|năm|\d+))\s*\(\s*(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)
# (nothing but the clause's end after a figure)
_NO_WORD_AFTER = re.compile(r"\s*(?:[.;,]|$)")
_HIGHER_BEFORE = EndAnchored(re.compile(rf"(cao|thấp)\s+hơn\s*(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE))
# (and of an amount: "nhiều hơn 40 tấn", "ít hơn 30 hộ", "lớn hơn 8.000 tấn")
# (and the high end of a range of such gaps: "cao hơn 300 - 500 đồng")
_AMOUNT_COMPARED_BEFORE = re.compile(rf"\b({_COMPARATIVE})\s+hơn\s*(?:(?:{HEDGE_WORDS})\s*)?"
                                     r"(?:\d[\d.,]*\s*(?:[-–]|đến|tới)\s*)?$", re.IGNORECASE)
# a comparison whose base stands right after it, before the amount ("thấp hơn năm trước 20 tấn", "nhiều hơn
# cùng kỳ năm 2023 khoảng 300 con", "nhỏ hơn 6 tháng đầu năm 2025 là 7 vụ", "cao hơn đầu năm 8.000 tỷ đồng", "ít
# hơn quý I/2026 10 vụ", "nhiều hơn tháng 8/2026 là 5 vụ")
# (a change's verb before "hơn" or alone with "vượt", and "hơn" alone, compare so too: "giảm hơn cùng kỳ 6 vụ", "vượt
# cùng kỳ 1.500 tấn", "hơn cùng kỳ 200 hộ")
_COMPARATIVE_ON_BASE_BEFORE = re.compile(
    rf"(?:\b({_COMPARATIVE}|tăng|giảm)\s+hơn|\bvượt|(?<![^\W\d_])hơn)\s+(?:so\s+(?:với\s+)?)?"
    r"(?P<base>(?:\d{1,2}\s+tháng\s+)?"
    r"(?:cùng|năm|vụ|đầu|cuối|tháng|quý|kỳ\s+trước|bình\s+quân|trung\s+bình|(?=(?:19|20)\d\d\b))[^,;:()\d%]{0,40}?"
    rf"(?:\d{{1,2}}\s*/\s*)?(?:(?:19|20)\d\d[^,;:()\d%]{{0,10}})?)\s*(?:(?:{HEDGE_WORDS}|là)\s*)*$", re.IGNORECASE)
_LESS_OR_FALL = _LESS_WORDS | {"giảm"}
_MULTIPLE_SAID_BEFORE = re.compile(rf"(?<![^\W\d_])gấp\s*(?:(?:{HEDGE_WORDS})\s*)*$", re.IGNORECASE)
# a comparison with the plan named right after it, before the amount ("ít hơn kế hoạch 150 hộ", "nhiều hơn chỉ tiêu
# 1.000 lao động"): the gap on the plan, not the planned amount; read as an amount over the plan is ("vượt kế hoạch
# 100 ha"), which FACTS has no metric for either
# ("vượt chỉ tiêu đề ra 6 huy chương": passed by that much, the same gap)
_GAP_ON_THE_PLAN_BEFORE = re.compile(rf"(?:\b(?:{_COMPARATIVE})\s+hơn|(?<![^\W\d_])vượt)\s+(?:so\s+với\s+)?"
                                     r"(?:kế\s+hoạch|KH\b|dự\s+toán|"
                                     rf"chỉ\s+tiêu|mục\s+tiêu)[^,;:()\d%]{{0,30}}?\s*(?:(?:{HEDGE_WORDS}|là)\s*)*$",
                                     re.IGNORECASE)
# a comparison with another place named right after it, before the amount ("nhiều hơn huyện Bàu Bàng 3 trường", "thấp
# hơn xã Tân Lập là 12 hộ"): the gap between two places, no figure of the report's own
_GAP_ON_A_PLACE_BEFORE = re.compile(rf"\b(?:{_COMPARATIVE})\s+hơn\s+(?:so\s+với\s+)?(?:{UNIT_WORDS})\s+"
                                    rf"[^,;:()\d%]{{1,40}}?\s*(?:(?:{HEDGE_WORDS}|là)\s*)*$", re.IGNORECASE)


def _gap_sign(compared: re.Match[str]) -> int:
    """-1 when the comparison ``_COMPARATIVE_ON_BASE_BEFORE`` found says less or a fall, else 1."""
    return -1 if (compared.group(1) or "").lower() in _LESS_OR_FALL else 1
# a rate right before a comparison of it ("đạt 72%, cao hơn cùng kỳ 1,5%"): what is compared is a rate
_RATE_RIGHT_BEFORE = re.compile(r"\d\s*%\s*,?\s*$")
_CLAUSE_ENDS_NEXT = re.compile(r"\s*(?:[;,.(]|$)")
# the later items of a list read respectively after a figure ("lần lượt chiếm 3 và 5%": " và 5%")
_RESPECTIVE_MARKER = re.compile(r"\b(?:lần\s+lượt|tương\s+ứng)\b", re.IGNORECASE)
_LATER_ITEMS = re.compile(r"(?:\s*(?:[,;]|và(?!\w))\s*\d[\d.,]*\s*%?)+")


def _rest_of_a_respective_list(before: str, after: str) -> int:
    """Where the clause of a figure of a list read respectively goes on past the list's later items (0 if none)."""
    if (
        ("lượt" in before or "ứng" in before)
        and _RESPECTIVE_MARKER.search(before)
        and (items := _LATER_ITEMS.match(after))
    ):
        return items.end()
    return 0


# "khu vực kinh tế ngoài nhà nước chiếm 94,2%;": a sector of the economy by its ownership, the subject of
# its own clause, is a part of the total the text speaks of, never a rate of its own
# (data/words/ownership_sectors.csv)
_OWNERSHIP_SUBJECT = re.compile(r"(?:" + word_source("ownership_sectors") + r")[^,;:.\d]{0,40}?\s+chiếm\s*"
                                rf"(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)
# "giảm từ 3.100 hộ, chiếm 9,2% xuống còn 2.400 hộ, chiếm 7,1%": the rate a count went from, restated
# before the value it went to, is the rate itself as the clause-final one is
_FROM_RATE_THEN_TO = re.compile(r"\s*(?:xuống|lên)\s+(?:còn\s+)?\d")
_CHANGED_FROM = re.compile(r"\b(?:giảm|tăng)\s+từ\b", re.IGNORECASE)
_FROM_BEFORE_A_CHANGE = re.compile(r"\b(?:giảm|tăng|hạ|nâng)\b[^,;:.\d]{0,30}\stừ\s*$", re.IGNORECASE)
# "doanh nghiệp trong nước đạt 1.610 tỷ đồng, chiếm 53,49%": an amount of money, of land or of weight
# ("cây ăn quả 21.000 ha, chiếm 96%") is a part of a total, never a rate of its own
_MONEY_THEN_SHARE = re.compile(rf"(?:đồng|USD|\bha|\btấn)\s*,\s*chiếm\s*(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)
# "khu vực dịch vụ có 452 doanh nghiệp, chiếm 63,5%", "12 dự án FDI, chiếm 30%": businesses or projects counted are a
# part of all of them (no rate of a population, as "241 hộ nghèo, chiếm 1,96%" is), whether the whole is named or not
_BUSINESSES_THEN_SHARE = re.compile(r"\d\s+(?:doanh\s+nghiệp|DN|hợp\s+tác\s+xã|HTX|dự\s+án)(?:\s+[^\W\d_]+){0,3}\s*,\s*"
                                    rf"chiếm\s*(?:(?:{HEDGE_WORDS})\s*)?$")
# "201 em đạt giải, chiếm 88,2%", "thị trường Hàn Quốc 1,12 triệu lượt, chiếm 39,4%", "41 ca, chiếm 32,5%": a counted
# group of people, cases or visits is a part of all of them; only households counted ("241 hộ nghèo, chiếm 1,96%", the
# poverty rate) or a ratio ("98/124 xã, chiếm 79%", the rate of the whole after the slash) give the rate itself
_COUNTED_GROUP_THEN_SHARE = re.compile(
    r"(?<![\d.,/])\d(?:[\d.,]*\d)?(?:\s+(?:" + SCALE_WORDS + r"))?\s+(?!hộ\b)([^\W\d_]+(?:\s+[^\W\d_]+){0,20})\s*,?\s*"
    rf"chiếm\s*(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)


def _a_counted_group_takes_a_share(sentence: str) -> bool:
    """Is the share at the end of ``sentence`` (up to the figure) taken by a group counted right before it, of people,
    cases or visits (not households, and no rate named: "tỷ lệ hộ nghèo chiếm 8,4%")?"""
    # (the group's name may run on, "5.610 người có việc làm mới hoặc tiếp tục làm nghề cũ với năng suất cao hơn, chiếm
    # 82%")
    group = _COUNTED_GROUP_THEN_SHARE.search(sentence, max(0, len(sentence) - 170))
    return group is not None and not _RATE_SUBJECT.search(group.group(1))


# "tổng vốn 3.000 tỷ đồng; trong đó vốn góp của chủ đầu tư chiếm 20%, còn lại ...": a part of the money just named
# after "trong đó" takes a share of it, never a rate of its own
_MONEY_PART_THEN_SHARE = re.compile(
    rf"(?:đồng|USD)\s*[;,]?\s*trong\s+đó\s*,?[^;.\d]{{0,60}}?\bchiếm\s*(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE
)
# "Tổng mức bán lẻ đạt 155.300 tỷ đồng, tăng 16,9%, trong đó bán lẻ hàng hóa chiếm 61,3%", "Dân số 880.000 người,
# trong đó đồng bào dân tộc thiểu số chiếm 62%": a part named bare after "trong đó" takes a share of the whole counted
# before it, whatever its unit (a rate named as the part, "trong đó tỷ lệ ... chiếm", is the rate; and so are the poor
# among all households, "15.000 hộ, trong đó hộ nghèo chiếm 5,2%", the poverty rate)
_BARE_PART_OF_WHICH = re.compile(
    rf"trong\s+đó\s*,?\s*([^\d,;:()]{{2,60}}?)\s+chiếm\s*(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)
_POOR_HOUSEHOLDS_PART = re.compile(r"\s*(?:số\s+)?hộ\s+(?:cận\s+)?nghèo\b", re.IGNORECASE)


def _a_bare_part_of_which(sentence: str) -> bool:
    """Is the share at the end of ``sentence`` (up to the figure) taken by a part named bare after "trong đó", of a
    whole counted before it?"""
    part = _BARE_PART_OF_WHICH.search(sentence, max(0, len(sentence) - 100))
    if part is None or _RATE_SUBJECT.search(part.group(1)) or not _DIGIT.search(sentence, 0, part.start()):
        return False
    return not _POOR_HOUSEHOLDS_PART.match(part.group(1)) or "nghèo" in sentence[max(0, part.start() - 80):part.start()]


# "Tổng vốn 500 tỷ đồng, trong đó 60% cho giao thông, 30% cho thủy lợi", "trong đó 45% là lao động nữ": a percent
# right after "trong đó", the part it is of named after it ("cho", "dành cho", "là", "từ", "thuộc"), and each later
# item of that list, are shares of the whole said before (not the poor among households: "trong đó 12% là hộ nghèo"
# is the poverty rate)
_OF_WHICH_RIGHT_BEFORE = re.compile(rf"^\s*trong\s+(?:số\s+)?đó\s*[,:]?\s*(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)
_PART_NAMED_AFTER_A_SHARE = re.compile(
    r"\s*(?:(?:được\s+)?dành\s+cho|cho|là|từ|thuộc(?:\s+về)?)\s+(?!hộ\s+(?:cận\s+)?nghèo)[^\W\d_]", re.IGNORECASE
)
_EARLIER_PARTS_OF_WHICH = re.compile(
    rf"\btrong\s+(?:số\s+)?đó\s*[,:]?\s*(?:(?:{HEDGE_WORDS})\s*)?\d[\d.,]*\s*%"
    r"(?:[^;.%\d]|(?<=\d)[.,](?=\d))*(?:,|\s+và)\s*(?:\d[\d.,]*\s*%[^;.%\d]*(?:,|\s+và)\s*)*$",
    re.IGNORECASE,
)


def _a_part_of_which_opens_on_its_share(before: str, sentence: str, after: str) -> bool:
    """Is the percent (``before`` it its segment, ``sentence`` up to it) a share opening a part of the whole said
    before, after "trong đó" or as a later item of such a list, the part named right ``after`` it?"""
    if not _PART_NAMED_AFTER_A_SHARE.match(after):
        return False
    if _OF_WHICH_RIGHT_BEFORE.match(before):
        return True
    # (a later item: nothing but "," or "và" after the item before it)
    return _EARLIER_PARTS_OF_WHICH.search(sentence[-160:]) is not None


# the plan named as the subject of its own clause, before "là" ("..., trong khi chỉ tiêu là 80%", "kế hoạch năm là 6%")
_PLAN_IS_BEFORE = re.compile(r"\s*(?:(?:trong\s+khi|còn|với)\s+)?(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch|KH)\b"
                             rf"(?:\s+[^\d,;:()]{{1,30}}?)?\s+là\s*(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)
_COMPARED_NEXT = re.compile(r"^\s*so\s+với", re.IGNORECASE)
# an amount or a rate said right before a bare percentage's segment ("420 triệu USD (", "22,5% kế hoạch, ")
_AMOUNT_OR_RATE_BEFORE = EndAnchored(re.compile(r"\d\s*(?:%|[^\W\d_]+)(?:\s+[^\W\d_]+){0,3}\s*[,;(]\s*$"))
# "tăng 33% dự toán giao": a plan written right after the growth, without "so với", is its base all the same
_PLAN_BASE_NEXT = re.compile(r"^\s*(?:dự\s+toán|kế\s+hoạch|KH\b)", re.IGNORECASE)
# "bằng 85,6% dự toán và " before a rate: the "bằng" of the rate before it, shared by this one
_EQUALS_SHARED_BEFORE = re.compile(r"\bbằng\s+[\d.,]+\s*%\s*(?:so\s+(?:với\s+)?)?[^\d%,;()]{1,40}?\s+và\s*$",
                                   re.IGNORECASE)
_REACH_OR_EQUAL_BEFORE = re.compile(r"(?:đạt|bằng)\s*$", re.IGNORECASE)
# "Chỉ số giá tiêu dùng tháng 4 là 100,45% so với tháng trước": an index said with "là", as with "đạt" or "bằng"
# (only an index's: "tỷ lệ hộ nghèo là 3,2%" is a rate)
_INDEX_IS_BEFORE = re.compile(r"(?:chỉ\s+số|\bCPI|\bIIP)\b[^,;:%]{0,80}?\slà\s*$", re.IGNORECASE)


def _reaches_or_equals(before: str, value: float) -> bool:
    """Is the figure right after "đạt" or "bằng", or an index's "là"?"""
    return _REACH_OR_EQUAL_BEFORE.search(before) is not None or (
        value >= 50 and "là" in before[-4:] and _INDEX_IS_BEFORE.search(before[-120:]) is not None)
_CLAUSE_SPLIT = re.compile(r"[.;:]\s")
_EQUALS_SIGN_BEFORE = re.compile(r"=\s*$")
_ONLY_REACH = re.compile(r"\s*(?:và\s+)?(?:đạt|bằng)" + _REACH_QUALIFIER + r"\s*", re.IGNORECASE)
# (not a number that only qualifies, an age above all: "trẻ 3-5 tuổi đạt 98%", "trẻ 18 tháng tuổi đạt 96%" are rates of
# the children of that age, no amount told against a plan)
_AMOUNT_THEN_REACH = re.compile(r"\d\s*(?!" + _QUALIFIES_ONLY + r"|tháng\s+tuổi)[^\d\s,;]+(?:\s+[^\d\s,;]+)?\s+đạt\s*$")
# "thu nhập ... 30 triệu đồng trên người đạt 53,6%", "40 triệu đồng/người đạt 90%": an amount per head
# then "đạt" with no comma, the rate of that amount (its plan), whatever growth was named before
_AMOUNT_PER_HEAD_THEN_REACH = re.compile(r"\d\s*[^\d\s,;]+(?:\s+[^\d\s,;/]+)?\s*(?:/|\s+trên\s+)\s*"
                                         r"(?:người|khẩu|hộ|lao\s+động)\s+đạt\s*$", re.IGNORECASE)
# "thu ngân sách trên địa bàn đạt 98,4%": the rate budget revenue reaches is its share of the estimate,
# whatever growth was named before ("tăng trưởng kinh tế đạt 8%, ..., thu ngân sách ... đạt 98,4%")
_REVENUE_REACHES = re.compile(r"\bthu\s+(?:ngân\s+sách|nsnn)\b[^,;%\d]{0,40}?\sđạt\s*$", re.IGNORECASE)
_REACH_WORD_BEFORE = re.compile(r"(?:^|\s)đạt\s+(?:tới\s+|được\s+)?$", re.IGNORECASE)


# "Trong đó, khai khoáng bằng 98,4%; chế biến, chế tạo tăng 11,4%" after "tăng 9,7% so với cùng kỳ":
# a bare "bằng X%" among changes on the same period last year is one of them (X% of last year)
_LISTED_CHANGE = re.compile(r"[,;]\s*[^,;\d]{3,80}?\s(?:tăng|giảm)\s+[\d.,]+\s*%", re.IGNORECASE)
_PLAN_WORD_ANYWHERE = re.compile(r"kế\s+hoạch|dự\s+toán|\bKH\b|chỉ\s+tiêu|mục\s+tiêu|nghị\s+quyết", re.IGNORECASE)


# "Tăng trưởng đạt 7,83% (kế hoạch đề ra là 7% trở lên)": a bracket giving the plan's own figure sets
# the plan beside the figure; the figure is no share of it
_PLAN_FIGURE_IN_BRACKET = re.compile(
    r"\s*\(\s*(?:kế\s+hoạch|KH|mục\s+tiêu|chỉ\s+tiêu|NQ|Nghị\s+quyết)\b[^()\d]{0,40}?(?!(?:19|20)\d\d\b)\d",
    re.IGNORECASE)


# "lúa đạt 90,73 ngàn ha, bằng 99,72% so với cùng kỳ, ..., ngô đạt 31,17 ngàn ha, bằng 99,27%, ..., bằng 98,37%,
# so với cùng kỳ năm trước": a bare "bằng X%" among items whose own "bằng Y%" names the same period last
# year is X% of last year too
_EQUALS_ON_THE_SAME_PERIOD = re.compile(r"bằng\s+[\d.,]+\s*%\s*,?\s*so\s+(?:với\s+)?(?:cùng\s+k[ỳì]|năm\s+trước)",
                                        re.IGNORECASE)


def _equals_listed_on_the_same_period(whole_sentence: str) -> bool:
    """Does the sentence list "bằng Y% so với cùng kỳ" items, with no plan named anywhere in it?"""
    return (_EQUALS_ON_THE_SAME_PERIOD.search(whole_sentence) is not None
            and not _PLAN_WORD_ANYWHERE.search(whole_sentence))


def _base_of_a_list_of_changes(sentence: str, text_before: str) -> str | None:
    """The base ("same"/"other") of the list of changes a bare "bằng X%" is one of, or None: "Trong đó,
    khai khoáng bằng 98,4%; chế biến tăng 11,4%" after "tăng 9,7% so với cùng kỳ" (or "so tháng trước")."""
    if not _LISTED_CHANGE.search(sentence) or _PLAN_WORD_ANYWHERE.search(sentence):
        return None
    return comparison_base(text_before[-300:])


# "đạt tốc độ tăng trưởng kinh tế 11%", "tăng trưởng cao nhất là khu vực công nghiệp 7,1%": a bare
# percentage right after a growth rate's name (no verb, no other number after it) is the growth
_GROWTH_NOUN = re.compile(r"tăng\s+trưởng|tốc\s+độ\s+tăng|mức\s+tăng", re.IGNORECASE)
_VERB_OR_NUMBER = re.compile(r"\d|\b(?:tăng|giảm|đạt|chiếm|bằng|đóng\s+góp|kéo|làm|còn|lên|xuống|gấp|vượt|với|"
                             r"hơn|so|của\s+cả\s+nước|bình\s+quân)\b", re.IGNORECASE)


# "tốc độ phát triển GRDP đạt 108,84%": a development index (the same period last year = 100)
# (also "Chỉ số sản xuất công nghiệp năm 2023 ước đạt 103%": the index itself, 3% over last year)
_DEVELOPMENT_INDEX = re.compile(r"(?:tốc\s+độ|chỉ\s+số)\s+phát\s+triển|"
                                r"chỉ\s+số\s+sản\s+xuất\s+(?:toàn\s+ngành\s+)?công\s+nghiệp\b[^,;]{0,40}?\bđạt\s*$",
                                re.IGNORECASE)


# ("Chỉ số phát triển ngành chế biến, chế tạo đạt 108,2%": the index named before a comma inside its subject, the
# clause holding no other figure)
_DEVELOPMENT_INDEX_OPENS_CLAUSE = re.compile(r"(?:^|[;:]\s*)(?:tốc\s+độ|chỉ\s+số)\s+phát\s+triển\b[^;:\d%]{0,80}?"
                                            r"\sđạt\s*$", re.IGNORECASE)
_REACHED_RIGHT_BEFORE = re.compile(r"đạt\s*$", re.IGNORECASE)


def _a_growth_rate_reaches(sentence_before: str) -> bool:
    """Does the figure's clause (its last 120 characters, after any ";") name a growth rate as what
    reaches the figure ("mức tăng trưởng của IIP, đạt", "tốc độ tăng trưởng ... đạt")?"""
    clause = sentence_before[-120:].rsplit(";", 1)[-1]
    return _GROWTH_NOUN.search(clause) is not None


# "tốc độ tăng trưởng đàn vật nuôi bình quân 5%/năm": "bình quân" right before the figure says the
# growth is a yearly average, not that an average (income per head) is the figure's subject
_AVERAGED_RIGHT_BEFORE = re.compile(r"\s+bình\s+quân(?:\s+(?:mỗi|hằng|hàng)\s+năm)?\s*$", re.IGNORECASE)


# a list item's label and its colon right before the figure (a reaching verb or a hedge between)
# ("Tăng trưởng GRDP năm 2026: 8-8,5%": a year in the label, a range's low end before the high end)
# (what may follow the colon holds no colon: a match's colon is the text's last)
_AFTER_THE_LABELS_COLON = (r"\s*(?:(?:ước\s+)?(?:đạt|là)\s*)?"
                           rf"(?:(?:{HEDGE_WORDS})\s*)?(?:\d+(?:,\d+)?\s*%?\s*[-–]\s*)?$")
_LABEL_BEFORE_COLON = re.compile(r"((?:[^.;:\n\d]|(?<!\d)(?:19|20)\d\d(?!\d)){3,90}):" + _AFTER_THE_LABELS_COLON,
                                 re.IGNORECASE)
_AFTER_THE_LABELS_COLON_RE = re.compile(_AFTER_THE_LABELS_COLON, re.IGNORECASE)


def _list_label_before_colon(text: str) -> re.Match[str] | None:
    """``_LABEL_BEFORE_COLON.search(text)``, tried only from the start of the run that ends at the
    last colon. A match's colon is that one (nothing after it holds a colon), its label runs on to
    it without ".;:" or a line break, and what follows the colon is read alone: so no match when
    that fails, and none starts before the run (each start before it meets one of those marks)."""
    colon = text.rfind(":")
    if colon < 0 or _AFTER_THE_LABELS_COLON_RE.match(text, colon + 1) is None:
        return None
    run = max(text.rfind(mark, 0, colon) for mark in ".;:\n") + 1
    return _LABEL_BEFORE_COLON.search(text, run)


# the period a growth rate's subject names ("quý I/2027", "6 tháng đầu năm 2026", "tháng 3/2027", "năm 2026"): its
# digits are no other number between the name and the figure
_PERIOD_IN_A_SUBJECT = re.compile(r"(?:(?<!\d)\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?"
                                  r"|(?:tháng|quý)\s+(?:\d{1,2}|[IVX]{1,4})(?:\s*(?:/|năm)\s*)?|năm\s+)?\s*"
                                  r"(?<!\d)(?:19|20)\d\d(?!\d)", re.IGNORECASE)
# "Tăng trưởng GRDP quý I/2027 là 7,52%": "là" after a growth rate's subject says what the rate is, as "đạt" does
_IS_RIGHT_BEFORE = re.compile(r"\s(?:ước\s+(?:tính\s+)?)?là\s*$", re.IGNORECASE)


# "(GRDP)", "(số sơ bộ)": an aside of words in brackets inside a subject, no clause of its own
_ASIDE_IN_BRACKETS = re.compile(r"\([^()\d%;]{1,30}\)")


def _change_metric(other_base: bool, same_period: bool) -> str:
    """The metric of a growth rate: a change on another base ("so với đầu năm", "so với tháng trước") unless that base
    is the same period of last year; else year on year."""
    return "change_pct" if other_base and not same_period else "yoy_pct"


def _named_as_a_growth_rate(before: str) -> bool:
    """Does the segment name a growth rate, with nothing but its subject after the name (its subject may name the
    period, and the figure may follow "là")?"""
    names = list(_GROWTH_NOUN.finditer(before))
    if not names:
        return False
    averaged = _AVERAGED_RIGHT_BEFORE.search(before, names[-1].end())
    subject_end = averaged.start() if averaged is not None else len(before)
    if averaged is None and (said := _IS_RIGHT_BEFORE.search(before, names[-1].end())) is not None:
        subject_end = said.start()
    subject = before[names[-1].end():subject_end]
    if "20" in subject or "19" in subject:
        subject = _PERIOD_IN_A_SUBJECT.sub(" ", subject)
    return not _VERB_OR_NUMBER.search(subject)


def _rate_labelled_before_colon(sentence_before: str, clause: str) -> bool:
    """"số đã tiêm đủ liều: đạt 99,2%": a bare "đạt" after a colon reaches the rate its label names."""
    if not _ONLY_REACH.fullmatch(clause) or ":" not in sentence_before[-120:]:
        return False
    head = sentence_before[max(sentence_before.rfind(";"), sentence_before.rfind(". ")) + 1:]
    colon = head.rfind(":")
    label = head[max(0, colon - 90):colon]
    return colon >= 0 and _ONLY_REACH.fullmatch(head[colon + 1:]) is not None and bool(
        _RATE_SUBJECT.search(label) or _VACCINATED.search(label))


IMPLICIT_PLAN = "plan_pct?"  # resolved by find_figures against the figures before it
# ("số vụ tai nạn giảm 12 vụ, số người chết giảm 5 người, số người bị thương tăng 3 người so với cùng kỳ": each
# change of the chain may name its own subject, a few words with no number, before its verb)
_CHAINED_CHANGES = re.compile(
    r"^(?P<lead>(?:(?!so\s+với)[^,;.]){0,25}?)"
    r"(?:\s*(?:,|và|;)\s*(?:(?!so\s+với)[^\d,;.()%]{1,50}?\s)??(?:tăng|giảm)\s+[\d.,]+\s*%?(?:\s+[^\s,;]+){0,3}?)+"
    r"\s*\)?\s*so\s+với", re.IGNORECASE)


# the words right after a figure end at a clause mark, or at a bracket opening on a change of its own ("đạt 65%
# (tăng 8% so với cùng kỳ)": the base is the bracket's change's, not the rate's)
# (a bracket of words only, "giảm 0,05% (giảm nhẹ) so với tháng trước", is an aside: the base after it is the figure's)
# (a bracket opening on a change, or on last year's figure, "(cùng kỳ: 33,8%)", "(cùng kỳ năm 2025 là 33,8%)", "(năm
# trước đạt 33,8%)", ends the words after a figure: it names no base the figure is read against)
_HEAD_END = re.compile(r"[,;]|\.(?:\s|$)|\((?=\s*(?:tăng|giảm)\s[^()]*?\d|"
                       r"\s*(?:cùng\s+k[ỳì]|CK|năm\s+trước|năm\s+ngoái)"
                       r"(?:\s+năm\s+(?:trước|ngoái|(?:19|20)\d\d))?\s*(?::|là\b|đạt\b)\s*\d)", re.IGNORECASE)


def _words_right_after(after: str) -> str:
    """``_HEAD_END.split(after, maxsplit=1)[0][:80]``: the text up to the first clause mark (never an empty
    match, so the first piece of the split ends where the first match starts), found by one search."""
    end = _HEAD_END.search(after)
    return after[: 80 if end is None else min(end.start(), 80)]
_SENTENCE_END = re.compile(r"[.!?]\s")
# (two matches of _SENTENCE_END never overlap: the character after a mark is a space, no mark; so the last
# piece of its split is the text after the last mark that a space follows)


def _last_sentence(text: str) -> str:
    """``_SENTENCE_END.split(text)[-1]`` without splitting the whole text (a figure's sentence before it):
    the last mark of ``[.!?]`` followed by a space (\\s and ``str.isspace`` are the same spaces), looked for
    from the end (a mark in a number, "2.500", is passed over)."""
    end = len(text)
    # (the last "!" and "?" before ``end``, looked up again only when ``end`` falls to them: most texts hold
    # neither, and each rfind of one went through the whole text for every dot of a number passed over)
    bang, ask = text.rfind("!"), text.rfind("?")
    while True:
        if bang >= end:
            bang = text.rfind("!", 0, end)
        if ask >= end:
            ask = text.rfind("?", 0, end)
        mark = max(text.rfind(".", 0, end), bang, ask)
        if mark < 0:
            return text
        if text[mark + 1 : mark + 2].isspace():
            return text[mark + 2 :]
        end = mark

_RATIO = re.compile(r"\s*/\s*(\d[\d.,]*)")  # "a/b unit"
_SPACED_RATIO = re.compile(r"\s*/\s*(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:,\d+)?)(?![\d.,])")  # "a ha/1 300 ha"
# the words that compare two amounts: "a/b" after them is the pair compared, not a result and its plan
_SIDE_BY_SIDE = re.compile(r"\b(?:hơn|gấp|so\s+với|so)\b", re.IGNORECASE)
# "năng suất lúa đạt 55,92 tạ": a yield is per hectare, so a bare "tạ" in a clause of "năng suất" is tạ/ha
_BARE_QUINTAL = re.compile(r"\s*tạ\b(?!\s*/)")
_YIELD_IN_CLAUSE = re.compile(r"năng\s+suất[^,;.:()]*$", re.IGNORECASE)


def _unit_repeated_ratio(after: str, reading: UnitReading) -> tuple[int, int] | None:
    """Where the b of "a unit/b unit" lies in ``after`` (which starts right after a), or None.

    "5.775ha/26.230ha", "12 tấn/15 tấn": a ratio that writes its unit on both numbers. The unit
    must come back the same after b, so that "500 đồng/1 kg" (a price) stays no ratio."""
    # ("1 250 ha/1 300 ha KH": the b's thousands grouped by spaces, as the a's)
    ratio = _SPACED_RATIO.match(after, reading.length) or _RATIO.match(after, reading.length)
    if ratio is None or reading.unit in ("VND", "USD"):
        return None
    if ratio.re is _RATIO and not NUMBER.fullmatch(ratio.group(1)):
        return None
    again = read_unit(after[ratio.end(1):])
    if again is None or (again.unit, again.multiplier) != (reading.unit, reading.multiplier):
        return None
    return ratio.start(1), ratio.end(1)


# the head of a list that says its bracketed percents compare with the same period of a year before
_RATIO_LEGEND = re.compile(r"\(\s*(?:tỷ|tỉ)\s+lệ\s+so\s+sánh\s+(?:với\s+)?(?:cùng\s+kỳ|năm\s+trước|"
                           r"(?:vụ|tháng|quý)\s+[^\d()]{0,20}?năm\s+(?:trước|\d{4}))[^()]*\)[^:]*:", re.IGNORECASE)


def _under_a_ratio_legend(text_before: str) -> bool:
    """Does the figure's sentence (a long list, its head far back) open on a ``_RATIO_LEGEND``?"""
    tail = text_before[-900:]
    if "so sánh" not in tail:
        return False
    legend = max(_RATIO_LEGEND.finditer(tail), key=lambda m: m.end(), default=None)
    return legend is not None and _SENTENCE_END.search(tail, legend.end()) is None


# the marker of a list read "respectively" right after a verb ("tăng tương ứng ", "đạt lần lượt là ")
_RESPECTIVE_AFTER_A_VERB = re.compile(
    r"\b(?:tăng|giảm|đạt|chiếm|bằng)(?:\s+t[ỷỉ]\s+(?:trọng|lệ))?(\s+(?:tương\s+ứng|lần\s+lượt)(?:\s+(?:là|ở\s+mức))?"
    r"\s*:?)\s*$", re.IGNORECASE)


_A_LISTED_RATE = rf"(?:(?:{HEDGE_WORDS})\s+)?\d[\d.,]*\s*%"
# the units a rate counts written right after it, a word that is no link of a list ("100% khu công nghiệp")
_UNITS_OPEN_A_CLAUSE = re.compile(r"\s*(?!(?:so|và|với|cùng|trở|tổng|của|trong|năm|GRDP)\b)[^\W\d_]", re.IGNORECASE)
_RATES_LISTED_AFTER_A_VERB = EndAnchored(re.compile(
    r"\b((?:tăng|giảm|đạt|chiếm|bằng)(?:\s+t[ỷỉ]\s+(?:trọng|lệ))?\s+)(?:(?:tương\s+ứng|lần\s+lượt)(?:\s+(?:là|ở\s+mức))?"
    r"\s*:?\s*)?" + _A_LISTED_RATE + r"(?:\s*(?:,|;|và)\s*" + _A_LISTED_RATE + r")*\s*(?:,|;|\svà)\s*"
    rf"(?:(?:{HEDGE_WORDS})\s+)?$", re.IGNORECASE))
# the same list writing its "%" once, on its last rate ("lần lượt tăng 5 và 7%", "giảm 2, 3 và 4%"), or its unit once
# in a list read respectively ("giảm lần lượt 200 và 350 ha"): the bare numbers before it are items of the list too,
# and the last one is read with the verb the first one follows
_BARE_RATES_LISTED_AFTER_A_VERB = EndAnchored(re.compile(
    r"\b((?:tăng|giảm|đạt|chiếm|bằng)(?:\s+t[ỷỉ]\s+(?:trọng|lệ))?\s+)(?:(?:tương\s+ứng|lần\s+lượt)(?:\s+là)?\s*:?\s*)?"
    rf"(?:(?:{HEDGE_WORDS})\s+)?\d[\d.,]*(?:\s*(?:,|;|và)\s*\d[\d.,]*)*\s*(?:,|;|\svà)\s*$", re.IGNORECASE))

# "tăng cao nhất là Bắc Giang (12,1%), Hải Phòng (11,2%) và Quảng Ninh (10,5%)", "Nhóm có mức tăng trưởng thấp gồm:
# Kon Tum (4,2%), Cà Mau (4,8%)": places listed after the lead that says what their rates are, each a name and its rate
# (in brackets or not); the figure's own name ends the text, its rate is read with the lead (group 1), as the first is
_LISTED_PLACE = (
    rf"(?:(?:{UNIT_WORDS}|TP\.?)\s+)?{UPPER}{LOWER}*(?:[^\S\n]+{UPPER}{LOWER}*){{0,3}}"
    r"(?:\s*\(\s*cũ\s*\))?"
)
# (anchored at the start: the lead is all the text before the list, tried from one place only)
_PLACES_WITH_RATES_LISTED = EndAnchored(
    re.compile(
        r"^(.*?(?:\slà|\sgồm|\snhư|:))\s*(?:"
        + _LISTED_PLACE
        + r"\s*(?:\(\s*[-+]?\d[\d.,]*\s*%\s*\)|[-+]?\d[\d.,]*\s*%)\s*(?:,|;|\svà)\s*)*"
        + _LISTED_PLACE
        + r"\s*\(?\s*$"
    )
)


def _clause_up_to(text: str) -> str:
    """The clause ``text`` ends in: from its last comma or semicolon on."""
    return text[max(text.rfind(","), text.rfind(";")) + 1:]


# "thuế giá trị gia tăng 1,2 tỷ đồng", "giá trị tăng thêm": "tăng" inside the name of a tax or of an output measure
# is no change (the same length: offsets into the text stay right)
_VALUE_ADDED = re.compile(r"(?<=giá trị gia )tăng|(?<=giá trị )tăng(?= thêm)", re.IGNORECASE)


def _in_a_name_of_value_added(text: str) -> str:
    return _VALUE_ADDED.sub("tang", text) if "giá trị" in text.lower() else text


# "Hà Giang 95,2%, Cao Bằng 96,1%": a capitalised "Bằng" after a capitalised word is a syllable of a place's name
# (Cao Bằng), no comparison "bằng N%"; the sentence-case "bằng" of a comparison is never capitalised mid-sentence
_BANG_OF_A_NAME = re.compile(r"(?<![^\W\d_])([^\W\d_]+\s+)Bằng(?![^\W\d_])")


def _in_a_name_with_bang(text: str) -> str:
    return _BANG_OF_A_NAME.sub(lambda m: m.group(1) + ("Bang" if m.group(1)[0].isupper() else "Bằng"), text) \
        if "Bằng" in text else text


# "đã thu hồi 287 ha trong tổng số 312 ha cần thu hồi", "bàn giao 45,6 ha trong tổng số 52,3 ha mặt bằng cần bàn
# giao": the whole of a task, said with what still needs doing ("cần", "phải"), is the amount planned (FACTS target, as
# the 300 of "kiểm đếm được 256/300 hộ" is); a whole with no such words is a level ("trong tổng số 312 ha đất")
_WHOLE_RIGHT_BEFORE = re.compile(r"(?<![^\W\d_])trong\s+(?:tổng\s+)?số\s*$", re.IGNORECASE)
_STILL_TO_BE_DONE_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,4}?\s+(?:cần|phải)(?:\s+(?:được|phải))?\s+[^\W\d_]",
                                     re.IGNORECASE)


# a way of farming or of working as the base ("so với canh tác truyền thống", "so với cách làm cũ", "so với ruộng
# đối chứng", "so với phương pháp thông thường"; the words of the usual way: data/words/usual_ways.csv): another base
# than a period
_A_WAY_OF_DOING_AS_THE_BASE = re.compile(
    r"\s*so\s+với\s+(?:(?:cách|lối|phương\s+(?:pháp|thức))\s+(?:làm|canh\s+tác|sản\s+xuất|nuôi|trồng)?"
    r"|canh\s+tác|sản\s+xuất|ruộng|mô\s+hình|giống)(?:\s+[^\W\d_]+){0,3}?\s+"
    r"(?:" + word_source("usual_ways") + r")(?![^\W\d_])", re.IGNORECASE)
# the level of the period before in brackets, then a bare change ("(tháng trước 718 ca), giảm ", "(tuần trước: 25 ca)
# tăng ")
_LEVEL_BEFORE_IN_BRACKETS_THEN_A_CHANGE = re.compile(
    r"\(\s*(?:tháng|tuần|quý|kỳ)\s+(?:trước|liền\s+kề)(?![^\W\d_])[^()]{0,40}\d[^()]{0,20}\)\s*,?\s*(?:và\s+)?"
    r"(?:tăng|giảm)[^,;()\d]{0,12}$", re.IGNORECASE)


# an aimed amount, then "tại" right before the figure ("21.560 học sinh tại 62 trường")
_WHERE_AN_AIMED_AMOUNT_IS_SPREAD = re.compile(r"\d[\d.,]*\s+[^\W\d_][^\d,;:()]{0,30}?\stại\s*$", re.IGNORECASE)
# a deed done right before its figure ("đã tiêm được", "đã hỗ trợ cho", "đã cấp"): what was reached, no aim
_DONE_RIGHT_BEFORE = re.compile(rf"(?<![^\W\d_])đã\s+(?:[^\W\d_]+\s+){{1,3}}(?:(?:{HEDGE_WORDS})\s+)?$",
                                re.IGNORECASE)


def read_metric(before: str, after: str, sentence_before: str, unit: str, value: float,
                wider_before: str = "", in_brackets: bool = False,
                whole_sentence: str = "", sentence_rest: str = "", paragraph_head: str = "",
                so_voi_said: bool = True) -> tuple[str, float, str]:
    """Metric of a figure from the words around it → (metric, value, unit).

    ``before``: the segment before the number (back to the previous comma or clause mark);
    ``after``: the text after the number and unit to the end of the sentence;
    ``sentence_before``: the sentence before the number; ``wider_before``: the text before the
    number across sentences and paragraphs (for the growth context of a list of sectors);
    ``whole_sentence``: when the figure's sentence opens a breakdown ("Trong đó, ..."), the
    sentence before it, whose total the parts break down; ``sentence_rest``: the text after the
    figure's clause (past its ";") to the end of the whole sentence; ``paragraph_head``: the first
    words of the figure's paragraph; ``so_voi_said``: False when the text ``after`` and ``sentence_before``
    are cut from holds no "vớ" of "so với" (_SO_VOI_SPELLED), so that neither is searched for one.
    """
    if "tăng" in before:
        before = _in_a_name_of_value_added(before)
        sentence_before = _in_a_name_of_value_added(sentence_before)
    if "Bằng" in before or "Bằng" in sentence_before:
        before = _in_a_name_with_bang(before)
        sentence_before = _in_a_name_with_bang(sentence_before)
    if "số" in before[-14:] and _WHOLE_RIGHT_BEFORE.search(before) and _STILL_TO_BE_DONE_AFTER.match(after):
        return "target", value, unit  # "thu hồi 287 ha trong tổng số 312 ha cần thu hồi": the amount set to be done
    items_before = False
    if ("lượt" in before or "ứng" in before) and (respective := _RESPECTIVE_AFTER_A_VERB.search(before)):
        # "tăng tương ứng 8,3%", "giảm lần lượt là 2% và 3%": the list's marker between the verb and its figure
        # says which item, not how the figure is read
        before = before[:respective.start(1)]
    elif (unit == "pct" and "%" in sentence_before[-40:]
          and (listed := _RATES_LISTED_AFTER_A_VERB.search(sentence_before[-200:]))
          # ("đạt 78,3%; 100% khu công nghiệp có ...": a rate after ";" with the units it is a share of right
          # after it opens a clause of its own, no later item of the list)
          and not (listed.group(0).rstrip().endswith(";") and _UNITS_OPEN_A_CLAUSE.match(after)
                   and not _PLAN_WORD.match(after))):
        # "Xuất khẩu và nhập khẩu tăng 8,3% và 5,1%", "chiếm tỷ trọng tương ứng 30%, 25% và 45%": a later rate of
        # the list (nothing but rates between it and the verb) is read with the verb the first one follows
        before = listed.group(1)
        if before[:5].lower() == "chiếm":
            # ("Nông nghiệp và dịch vụ chiếm 25% và 41%": with the subject of its clause, as a bare list is read)
            before, items_before = _clause_up_to(sentence_before[-200:][:listed.end(1)]), True
    elif (("và" in sentence_before[-12:] or "," in sentence_before[-4:] or ";" in sentence_before[-4:])
          # (an amount too when the list is read respectively: "giảm lần lượt 200 và 350 ha"; or when it is a list of
          # changes: "tăng 1.200 và 15.000 con")
          and (unit == "pct" or "lượt" in sentence_before[-80:] or "ứng" in sentence_before[-80:]
               or "tăng" in sentence_before[-60:] or "giảm" in sentence_before[-60:])
          and (listed := _BARE_RATES_LISTED_AFTER_A_VERB.search(list_tail := sentence_before[-120:]))
          and (unit == "pct" or "lượt" in list_tail[-80:] or "ứng" in list_tail[-80:]
               or listed.group(1)[:4].lower() in ("tăng", "giảm"))):
        # (its clause up to the verb: the subject before the verb tells a count's change from a level)
        before = _clause_up_to(list_tail[:listed.end(1)])
        items_before = True  # (the numbers between the verb and the figure are the list's, no count of its clause)
    elif (unit == "pct" and (sentence_before[-1:] == "(" or sentence_before[-1:].isspace())
          and (places := _PLACES_WITH_RATES_LISTED.search(sentence_before[-300:])) is not None
          and (_GROWTH_BEFORE.search(lead := places.group(1)) or _named_as_a_growth_rate(_clause_up_to(lead)))):
        # a rate of a place listed after a lead of growth: the lead's verb or growth rate is what the rate is
        before = _clause_up_to(lead)
    head = _words_right_after(after)
    # (a chain of changes ends with its "so với", which most texts after a figure do not hold)
    chained = (so_voi_said and _SO_VOI_SPELLED.search(after) is not None
               and (chain := _CHAINED_CHANGES.match(after)) is not None
               and not _PLAN_WORD.match(head)
               # ("tăng 0,21% so với tháng trước (tháng trước: tăng 0,15%), tăng 3,4% so với cùng kỳ": a change in
               # brackets that close before the chain is no link of it; its base is the one before the bracket)
               and not (in_brackets and ")" in chain.group("lead"))
               # ("bằng 45,8% GRDP, tăng 10,2% so với năm 2025", "bằng 3,1% số phải thu, giảm 0,9 điểm phần trăm so với
               # cùng kỳ": a rate whose whole is named right after it, its share; the base is the next change's)
               and not _GRDP_RIGHT_AFTER.match(after)
               and not (_SHARE_NOUN_AFTER.match(after) and _EQUALS_BEFORE.search(before)))
    if chained:
        # "tăng 12 vụ, giảm 03 người chết, ... so với cùng kỳ": one comparison for the chain; a
        # figure whose own words name a plan ("bằng 118% dự toán, tăng 22% so với cùng kỳ") keeps it
        head = after[:200]
    sentence = _last_sentence(sentence_before)
    if unit == "pct" and ("khởi" in before + after[:30] or (in_brackets and "khởi" in sentence_before[-90:])) and (
            _STARTING_PRICE_THEN_RATE.search(before)
            or (_RISE_OVER_A_PRICE_BEFORE.search(before) and _STARTING_PRICE_AFTER.match(after))
            or (in_brackets and _GAIN_OVER_THE_STARTING_PRICE_THEN_BRACKET.search(sentence_before[-90:]))):
        return "change_pct", value, unit  # "cao hơn giá khởi điểm 35%": an auction's gain over its starting price
    if (unit == "times" and "khởi" in after[:30] and _TIMES_BEFORE.search(before)
            and _STARTING_PRICE_AFTER.match(after)):
        # "gấp 2,1 lần giá khởi điểm": the price fetched as a multiple of the starting price, its gain over it in per
        # cent (110), as "cao hơn giá khởi điểm 110%" says it
        return "change_pct", round((value - 1) * 100, 6), "pct"
    base_before = _BASE_BEFORE_VERB.match(before) or ("và" in before and _BASE_AFTER_AND.search(before))
    base = None
    if (not base_before and "so" in before and (base_before := _BASE_AFTER_SUBJECT.search(before)) is not None
            and (_CHANGE_SAID_BEFORE.search(before, 0, base_before.start()) or "và" in base_before.group(1))):
        base_before = None  # "giảm 40,5% so với tháng trước và giảm 32,7%": the base of the change said before
    if base_before and base_before.re is _BASE_AFTER_SUBJECT:
        # "CPI tháng 9 so với tháng 12 năm trước tăng 2,1%": a month the subject names that is not the base's
        # month makes that base another period (the year's start), not the same month a year before
        base_month, own_month = _BASE_MONTH.search(base_before.group(1)), _BASE_MONTH.search(before, 0,
                                                                                             base_before.start())
        if base_month and own_month and int(own_month.group(1)) != int(base_month.group(1)):
            base_before = None
            base = "other"
    if "và" in head and (next_base := _NEXT_FIGURES_BASE.search(head)):
        head = head[:next_base.start()]  # "tăng 1,7% và so với cùng kỳ tăng 3,3%": the base of the 3,3%
    base = base or (comparison_base(base_before.group(1)) if base_before else None) or comparison_base(head)
    if base is None and "và" in before and (earlier := _BASE_BEFORE_AN_EARLIER_CHANGE.match(before)):
        base = comparison_base(earlier.group(1))
    if (base is None and unit == "pct" and "so" in sentence_before[-140:]
            and (restates := _AMOUNT_CHANGE_ON_A_BASE_BEFORE.search(sentence_before[-140:]))
            and comparison_base(restates.group(1)) == "other"):
        # "tăng 8.250 tỷ đồng so với đầu năm, tăng 7,05%": the rate right after an amount's change on another base
        # restates that change, on the same base
        base = "other"
    # "doanh thu tăng hơn so với tháng trước gần 6%": the base written between the verb and its figure
    verb_base = _BASE_BETWEEN_VERB_AND_FIGURE.search(before) if unit == "pct" and "so" in before else None
    if verb_base and (between := comparison_base(verb_base.group(2))):
        base = between
    if base is None:
        # "Trong 7 nhóm hàng tăng giá, so với tháng trước, có: nhóm ăn uống tăng 0,19%": a base
        # set off by commas earlier in the sentence frames its figures
        # ("so với tháng trước, A tăng 0,8%; so với cùng kỳ, A tăng 17%": the nearest base before the figure)
        fronted = None
        if so_voi_said and _SO_VOI_SPELLED.search(sentence):
            for match in _FRONTED_BASE.finditer(sentence):
                fronted = match
        base = comparison_base(fronted.group(1)) if fronted else None
        if base == "same" and _fronted_month_not_the_own(fronted, sentence, wider_before):
            base = "other"
        if base == "same" and (base_month := _BASE_MONTH.search(fronted.group(1))):
            own_month = _BASE_MONTH.search(sentence, fronted.end())
            if own_month and int(own_month.group(1)) != int(base_month.group(1)):
                base = "other"
    if (base is None and unit == "pct" and ")" in sentence[-40:]
            and _LEVEL_BEFORE_IN_BRACKETS_THEN_A_CHANGE.search(sentence[-120:])):
        # "642 ca (tháng trước 718 ca), giảm 10,6%": the period before's level set in brackets after the level is the
        # base the bare change right after it is told against
        base = "other"
    if (base is None and unit == "pct" and "so" in head[:8] and _A_WAY_OF_DOING_AS_THE_BASE.match(head)
            and _GROWTH_BEFORE.search(before)):
        # "lợi nhuận tăng 25 - 30% so với canh tác truyền thống": a change on another way of doing it, no period's
        return "change_pct", (-value if _FALL_BEFORE.search(before) else value), unit
    if base is None and in_brackets and "(" in sentence and _CHANGE_WORD_BEFORE.search(before[-40:]):
        # "CPI tăng 0,2% so với tháng trước (thành thị tăng 0,3%, nông thôn giảm 0,1%)": the changes of
        # the parts in brackets share the base the change before the bracket names
        before_bracket = _BASE_BEFORE_BRACKET.search(sentence, 0, sentence.rfind("("))
        base = comparison_base(before_bracket.group(1)) if before_bracket else None
    if (base is None and "quân" in before and _AVERAGE_OF_A_RUNNING_PERIOD.search(before[-60:])
            and not _ANY_BASE.search(head)):
        # "giá vàng tăng 2% so với tháng trước; bình quân 9 tháng tăng 35%": an average over a running period is
        # told against the same period of last year, whatever base the month's change before it named
        base = "same"
    if base is None and _CHANGE_WORD_BEFORE.search(before[-40:]) and not _ANY_BASE.search(head):
        # "so với cùng kỳ tăng 2,2 lần về số dự án, tăng 4,5 lần về số vốn": the base written
        # before the first change of a list frames the changes after it; so does "Các sản phẩm
        # tăng so với tháng trước, như: ..." for the list after its colon
        listed = (_BASE_BEFORE_LIST.search(sentence) or _BASE_BEFORE_COLON.search(sentence)
                  or _WHOLE_CHANGE_BEFORE_PART.search(sentence))
        base = comparison_base(listed.group(1)) if listed else None
        if base is None and whole_sentence:
            base = _base_of_whole(whole_sentence)
        if base is None and _PRICE_GROUP.search(sentence):
            base = _nearest_base_before(wider_before or sentence_before)
            if base is None and paragraph_head and (opening := _FRONTED_BASE.match(paragraph_head)):
                # "So với tháng trước, CPI ... Có 6 nhóm tăng: ...; nhóm y tế tăng 0,05%": a paragraph that
                # opens with its base frames every price group's change in it, however long the list runs
                base = comparison_base(opening.group(1))
    if (base == "other" and "cuối" in sentence
            and (_LAST_MONTHS_BASE.search(head) or _LAST_MONTHS_BASE.search(sentence))
            and _LAST_MONTHS_NAMED.search(sentence)):
        base = "same"  # (the last months of this year on those of the year before)
    if base == "same" and (_other_month_of_same_year(head, sentence) or _a_year_further_back(head, before, sentence)
                           or ("so" in head and _another_month_or_quarter(head, sentence))
                           or ("cả" in head and _WHOLE_YEAR_BASE.search(head)
                               and _MONTHS_SO_FAR_SAID.search(sentence))):
        base = "other"
    if base == "other" and ("năm" in head or "năm" in before) and (
            (last_year := _SAME_MONTH_LAST_YEAR.search(head) or _SAME_MONTH_LAST_YEAR.search(before)) is not None):
        # "CPI tháng 12/2024 ... so với tháng 12 năm trước tăng 3,8%": the figure's own month a year before is the
        # same period (another month of last year, "tháng 9 so với tháng 12 năm trước", stays another base)
        kind = last_year.group(1).lower()
        own_months = [m.group(2) for m in _MONTH_OF_THE_FIGURE.finditer(sentence[-200:]) if m.group(1).lower() == kind]
        if own_months and quarter_number(own_months[-1]) == quarter_number(last_year.group(2)):
            base = "same"
    same_period, other_base = base == "same", base == "other"
    if unit != "pct" and ("hơn" in before or "vượt" in before) and (
            compared := _COMPARATIVE_ON_BASE_BEFORE.search(before)) and (
            comparison_base("so với " + compared.group("base")) == "same"):
        # "thấp hơn vụ đông xuân năm trước gần 70.850 tấn", "cao hơn cùng kỳ 12 tỷ đồng": the base named
        # between the comparison and the amount; the amount is the change on it
        if unit == "times" and _MULTIPLE_SAID_BEFORE.search(before):
            # ("nhiều hơn cùng kỳ năm trước gấp 1,2 lần": a multiple of the base, read as "gấp 1,2 lần cùng kỳ"
            # is; "ít hơn ... gấp 2 lần", the base divided by it)
            change = value - 1 if _gap_sign(compared) > 0 else 1 / value - 1
            return "yoy_pct", round(change * 100, 6), "pct"
        return "yoy_abs", _gap_sign(compared) * value, unit
    if unit == "pct" and ("hơn" in before or "vượt" in before) and (
            compared := _COMPARATIVE_ON_BASE_BEFORE.search(before)) and (
            (named := comparison_base("so với " + compared.group("base"))) is not None):
        # "thấp hơn cùng kỳ 2,4%", "cao hơn năm 2024 là 9,6%": the base between the comparison and the rate, the
        # rate the change on it; a rate compared with a rate ("đạt 72%, cao hơn cùng kỳ 1,5%") is their gap
        signed = _gap_sign(compared) * value
        # (the rate stands before the clause's comma, in the sentence, not in ``before``)
        head_of_comparison = (sentence[:len(sentence) - len(before) + compared.start()] if sentence.endswith(before)
                              else before[:compared.start()])
        if _RATE_RIGHT_BEFORE.search(head_of_comparison):
            return ("yoy_abs" if named == "same" else "change_pct"), signed, unit
        return ("yoy_pct" if named == "same" else "change_pct"), signed, unit
    if (unit not in ("pct", "pct_point") and ("hơn" in before or "vượt" in before)
            and _GAP_ON_THE_PLAN_BEFORE.search(before)):
        return "level", value, unit  # "ít hơn kế hoạch 150 hộ": the gap on the plan (was read as the plan itself)
    if (unit == "pct" and "so" in before and (compared := _RATE_COMPARED_WITH.search(sentence[-70:]))
            and _BASE_PERIOD_AFTER.match(after)):
        # "tăng hơn 13% so với 4,3% năm cũ": the base period's growth, a growth rate too
        return "yoy_pct", (-value if (compared.group(1) or "").lower().startswith("giảm") else value), unit
    plan_after = bool(_PLAN_WORD.match(head)) and not _PLAN_FIGURE_IN_BRACKET.match(head)
    # (asked twice below, for every figure: searched once, and only where an aim is written at all)
    aim_parts = "đấu" in wider_before and _AIM_THEN_ITS_PARTS.search(wider_before[-400:]) is not None
    target_context = bool(_target_context_before(before) or _aim_frames(sentence_before[-250:])
                          or ("đề" in sentence_before and _GOAL_SET_FOR_A_YEAR.search(sentence_before[-250:]))
                          or _AIM_OPENS.match(sentence)
                          or (sentence[:3].lstrip()[:1] in "MmPp" and "đạt" in sentence
                              and _AIM_AMOUNT_THEN_ITS_CHANGE.match(sentence) is not None)
                          or _a_goal_names_the_figure(sentence_before, in_brackets)
                          or _plan_heading_before(sentence_before[-250:])
                          or _target_lead(sentence)
                          or _plan_year_opens(sentence)
                          or aim_parts
                          or _a_list_of_aims_runs_on(wider_before)
                          or ("trong đó" in before and _PART_OF_A_PLANNED_WHOLE.search(sentence) is not None)
                          or ("Cụ" in sentence and _TARGETS_THEN_SPECIFICS.search(sentence_before[-600:]) is not None)
                          or (in_brackets and base is None and _PLAN_BEFORE_BRACKET.search(sentence[-80:]))
                          or (in_brackets and ":" in sentence and _GOAL_OPENS_BRACKET.search(sentence[-120:])))
    if (target_context and "đã" in before and _DONE_RIGHT_BEFORE.search(before)
            and not _GOAL_WORDS.search(sentence) and not _AIM_OPENS.match(sentence)):
        # "... đặt mục tiêu tiêm 120.000 liều. Đến ngày 30/11/2026, đã tiêm được 87.640 liều": the deed done, in a
        # sentence of its own that names no aim, is the level reached against the aim set before it
        target_context = False
    if target_context and "khi" in before and _REACHED_WHEN.search(before):
        # "giữ mục tiêu tăng hai con số khi GRDP ước đạt 10,2%": the clause "khi ..." says
        # what was reached, the aim before it is what the result is held against
        target_context = False
    if (("20" in before or "19" in before) and "đấu" in sentence
            and _a_years_result_beside_an_aim(before, sentence)):
        # "Phấn đấu năm 2026 tăng 8,5%, năm 2025 ước đạt 7,6%": the clause of a year gone by tells its result
        target_context = aim_parts = False
        if unit == "pct" and base is None and not plan_after and _GROWTH_AIMED_BEFORE.search(sentence):
            return "yoy_pct", value, unit  # (beside a growth aimed at, the rate reached is that year's growth)
    if not plan_after and (_plan_amount_before(sentence[-90:]) or _plan_then_what_is(sentence[-90:])):
        if unit == "pct" and "l" in sentence[-90:] and _RATE_AGAINST_THE_PLAN_IS.search(sentence[-90:]):
            # ("Tỷ lệ giải ngân so với kế hoạch là 85%": a rate named first, then the plan it is measured against)
            return "plan_pct", value, unit
        # "(kế hoạch từ 36,1 - 36,6%)", "so với kế hoạch từ 95 - 95,3 triệu đồng", "mục tiêu cả năm, là từ
        # 6,5-7%": the amount the plan set
        return "target", value, unit
    if unit == "pct" and base is None and not plan_after and _PLAN_AMOUNT_THEN_RATE_REACHED.search(sentence[-160:]):
        return "plan_pct", value, unit  # "chỉ tiêu xây dựng 1.800 căn, đến nay đạt 46,7%": the share of the plan done
    if unit == "times" and base is None and _YEAR_RIGHT_AFTER.match(head) and _EQUALS_TIMES_BEFORE.search(before):
        # "bằng 1,2 lần năm trước", "bằng 1,3 lần năm 2020": without "so với" (a year further back another base)
        return _multiple_of_a_year_after(head, sentence), round((value - 1) * 100, 6), "pct"
    if unit == "times" and (same_period or other_base or (plan_after and base is None)) and _EQUALS_TIMES_BEFORE.search(
            before):
        # "bằng 1,3 lần cùng kỳ", "bằng 1,2 lần kế hoạch": a multiple said with "bằng" is one said with "gấp", when
        # its base is written (a bare "bằng 2 lần" may compare anything)
        if plan_after and base is None:
            return "plan_pct", round(value * 100, 6), "pct"
        return ("yoy_pct" if same_period else "change_pct"), round((value - 1) * 100, 6), "pct"
    if unit == "times" and plan_after and base is None and _EXCEED_BEFORE.search(before):
        return "plan_pct", round(value * 100, 6), "pct"  # "vượt 2,2 lần kế hoạch năm": 220% of the plan
    if unit == "times" and base is None and "chỉnh" in before and _ADJUSTED_BEFORE_TIMES.search(before):
        return "level", value, unit
    if unit == "times" and _TIMES_BEFORE.search(before):
        if plan_after and base is None and ("gấp" in before.lower() or _GROWTH_TIMES_BEFORE.search(before)):
            # "gấp 2,46 lần so kế hoạch": 246% of the plan; so is "tăng 3 lần so với dự toán" (a multiple
            # read as "gấp", as it is against last year): 300% of the estimate
            return "plan_pct", round(value * 100, 6), "pct"
        if base is None and _OTHER_PERIOD_RIGHT_AFTER.match(head):
            # ("giá bắp cải gấp 2 lần tháng trước", "dư nợ gấp 1,3 lần đầu năm": the base written bare, without "so
            # với", is another period than last year's, as it is after "so với")
            return "change_pct", round((value - 1) * 100, 6), "pct"
        if same_period or (base is None and (_GROWTH_TIMES_BEFORE.search(before) or _YEAR_RIGHT_AFTER.match(head))):
            # ("gấp 2,74 lần năm 2021": the year compared with, without "so với"; one two or more years before
            # the sentence's own, "năm 2025 ... (gấp 2,1 lần năm 2019)", is another base, as it is after "so với")
            return ("yoy_pct" if same_period else _multiple_of_a_year_after(head, sentence)), round(
                (value - 1) * 100, 6), "pct"
        if other_base:
            return "change_pct", round((value - 1) * 100, 6), "pct"
        if (base is None and not _ANY_BASE.search(head) and not _THING_COMPARED_AFTER.match(head)
                and ((_BARE_MULTIPLE.fullmatch(before) and _AMOUNT_BEFORE_COMMA.search(sentence))
                     or _AMOUNT_RIGHT_BEFORE.search(before[-80:]))):
            # "doanh thu 2.425 tỷ đồng, gấp 2,4 lần": a bare multiple right after an amount is its growth,
            # as a bare "tăng 12%" there is
            return "yoy_pct", round((value - 1) * 100, 6), "pct"
        return "level", value, unit
    if (unit == "times" and (same_period or other_base) and value > 1 and _FALL_TIMES_BEFORE.search(before)
            and not _OCCASIONS_COUNTED.search(sentence)):
        # "giảm 2 lần so với cùng kỳ": divided by the multiple, to half of last year's (-50%), no fall of 2 "times"
        # (unless occasions are what the sentence counts: "15 lần kiểm tra, giảm 3 lần" is 3 fewer of them)
        return ("yoy_pct" if same_period else "change_pct"), round((1 / value - 1) * 100, 6), "pct"
    if (unit == "times" and (same_period or other_base or (plan_after and base is None))
            and (qualified := _QUALIFIED_MULTIPLE_BEFORE.search(before))
            and not _COMPARISON_WORD_ENDS.search(before, 0, qualified.start())):
        # "xấp xỉ 1,2 lần so với năm 2024", "đạt khoảng 1,5 lần so với cùng kỳ": a multiple of its base said
        # without "gấp" or "bằng" is read as they are (not after "giảm" or "cao hơn", whose multiples differ)
        if plan_after and base is None:
            return "plan_pct", round(value * 100, 6), "pct"  # "đạt 2,1 lần so với kế hoạch": 210% of the plan
        return ("yoy_pct" if same_period else "change_pct"), round((value - 1) * 100, 6), "pct"
    if unit == "pct" and _FROM_TO_BEFORE.search(before[-30:]) and _SHARE_SUBJECT.search(sentence):
        return "share_pct", value, unit  # "tỷ trọng ... tăng từ 23% năm 2015 lên 26% năm 2018"
    lowered_before = before.lower()
    result_before = (_RESULT_WORD.search(lowered_before) is not None
                     and _RESULT_BEFORE.search(before) is not None)
    if result_before or (all(word in lowered_before for word in _ADDED_CAPITAL_WORDS)
                         and _ADDED_CAPITAL.search(before) is not None):
        if unit == "pct" and _SHARE_SUBJECT.search(sentence):
            return "share_pct", value, unit  # "tỷ trọng ... giảm từ 30% xuống còn 26%"
        if target_context and result_before:
            # "phấn đấu ...: thu nhập đạt 80 triệu đồng; tỷ lệ hộ nghèo giảm còn 1,5%": among the aims, the
            # value to fall (or rise) to is the aim, as "đạt" there is
            return "target", value, unit
        return "level", value, unit  # "tỷ lệ hộ nghèo giảm còn 5,2%": the value it fell to
    if unit == "pct":
        if _REACH_BEFORE.search(before) and not plan_after and _ATTAINMENT_HEADER.search(sentence):
            # "Một số khoản thu có tỷ lệ thực hiện dự toán và tốc độ tăng cao là: Thu thuế ngoài nhà nước
            # đạt 67%, tăng 33,6%; ...": the list's header names what "đạt" reaches, the share of the plan
            return "plan_pct", value, unit
        if in_brackets and "(" in sentence_before[-30:] and _PLAN_NAMED_IN_BRACKET.search(sentence_before[-40:]):
            return "target", value, unit  # "doanh thu lưu trú tăng 76% (NQ 34%)": the resolution's aim
        if (in_brackets and not before.strip() and sentence_before.endswith("(", -12)
                and _BRACKET_OPENS_RIGHT_BEFORE.search(sentence_before[-40:])
                and _LISTED_BY_PLAN.search(sentence_before[-400:])):
            # "Có 4/7 lĩnh vực thu đạt dự toán là thuế A (109,9%), phí B (107,7%)": each item's rate in
            # brackets after its name, in a list its header says reached (or missed) the plan
            return "plan_pct", value, unit
        if _WITHIN_BEFORE.search(before) and _GROWTH_NOUN_AFTER.match(after):
            # "Trong 8,01% tăng trưởng của quý I, công nghiệp đóng góp 5,43 điểm phần trăm": the growth
            # restated as the whole its parts contribute to
            return "yoy_pct", value, unit
        share_change = _CHANGE_OF_A_SHARE.search(sentence[-60:])
        if (share_change and not other_base
                # ("doanh thu lưu trú đạt 4.507 tỷ đồng (chiếm 22%, tăng 24,8%)": a share in brackets after the
                # part's own amount; the change after it is that amount's growth, not the share's)
                and not _PART_COUNT_BEFORE_BRACKET.search(sentence[: len(sentence) - 60 + share_change.start()
                                                                    if len(sentence) > 60 else share_change.start()])
                and (_SHARE_SUBJECT.search(sentence) or _breaks_down_a_structure(sentence, sentence_before, after))):
            # "Cơ cấu GRDP ...: nông nghiệp chiếm 17,36%, giảm 1,19%; ...": the change right after a share
            # of a structure is the share's own change, in points
            return "yoy_abs", (-value if share_change.group(1).lower() == "giảm" else value), unit
        if (in_brackets and unit == "pct" and _LAST_YEAR_NAMED_IN_BRACKET.search(sentence[-40:])
                and _GROWTH_SAID.search(sentence)):
            # "tăng 10,13%, cao hơn 1,53 điểm % so với cùng kỳ 2022 (cùng kỳ 8,6%)": the rate the same period
            # of last year had, a growth rate too (its period is last year's)
            return "yoy_pct", value, unit
        if (
            in_brackets
            and unit == "pct"
            and not before.strip()
            and base is None
            and (compared := _SAME_PERIOD_HIGHER_BEFORE_BRACKET.search(sentence[-80:])) is not None
        ):
            # "đạt 57,3% kế hoạch, cao hơn cùng kỳ năm 2024 (49,6%)", "tăng trưởng 7,5%, cao hơn cùng kỳ (6,1%)": the
            # rate the same period of last year had, of the kind of the rate compared with it (its period is last
            # year's)
            return _kind_of_the_rate_compared(sentence[: max(0, len(sentence) - 80) + compared.start(1)]), value, unit
        if in_brackets and not before.strip() and base is None and _GROWTH_ON_LAST_YEAR_BEFORE_BRACKET.search(sentence):
            # "tăng 6,28% so với cùng kỳ năm trước (6,1%)": the bare rate in brackets is the growth the
            # same period of last year had, a growth rate too (its period is last year's)
            return "yoy_pct", value, unit
        if (
            in_brackets
            and unit == "pct"
            and not before.strip()
            and base is None
            and "ngân" in sentence[-60:]
            and _PAID_OUT_AMOUNT_BEFORE_BRACKET.search(sentence[-60:])
        ):
            return "plan_pct", value, unit  # "giải ngân 212 tỷ đồng (24,9%)": the share of the plan paid out
        if in_brackets and not before.strip() and base is None and _GROWTH_WORD_BEFORE_BRACKET.search(sentence[-80:]):
            return "yoy_pct", value, unit  # "đà tăng trưởng khá (7,14%)": the growth rate in brackets
        if (in_brackets and unit == "pct" and base is None and before.strip() and not _OWN_VERB.search(before)
                and not _NEGATIVE_BEFORE.search(before)
                and not _PLAN_WORD_ANYWHERE.search(before) and _GROWTH_THEN_ITS_PARTS.search(sentence[-200:])):
            return "yoy_pct", value, unit  # "tăng 7,2%/năm (Tuyên Quang cũ 7,8%/năm, ...)": a part's growth rate
        if (in_brackets and not before.strip() and base is None and unit == "pct"
                and _under_a_ratio_legend(sentence_before)):
            # "năng suất (tỷ lệ so sánh với vụ xuân năm 2019) của các huyện như sau: A: 61 tạ/ha (100,5%)":
            # the head says what its brackets are, this period as a % of the same period last year
            return "yoy_pct", round(value - 100, 6), unit
        if in_brackets and not before.strip() and base is None and (changes := _LISTED_CHANGES.search(sentence)):
            # "có chỉ số IIP tăng cao như Trà Vinh (40,5%), Bắc Kạn (28,1%)": each bracket is the
            # change the list was introduced with
            return "yoy_pct", (-value if changes.group(1).lower() == "giảm" else value), unit
        if (in_brackets and not before.strip() and not plan_after
                and _SHARE_BEFORE_BRACKET.search(sentence[-140:])):
            # "chiếm tỷ trọng cao trong giá trị sản xuất (85%)", "190/204 xã (93,1%)": the share itself (not a rate
            # of the plan: "1.250/1.300 ha (96,2%/KH)")
            return "share_pct", value, unit
        if (in_brackets and whole_sentence and base is None and unit == "pct"
                and _PART_COUNT_BEFORE_BRACKET.search(sentence[-80:])):
            # "Trong đó, có 120 hợp tác xã (khoảng 40%) hoạt động tốt": a part of the total said before, counted,
            # and its share of that total in brackets
            return "share_pct", value, unit
        if (in_brackets and base is None and unit == "pct" and not before.strip() and not plan_after
                and (value <= 100 or "bằng" in sentence[-250:]) and "(" in sentence[-40:]
                and (parts_reading := _a_parts_bracket(sentence, value)) is not None):
            return parts_reading[0], parts_reading[1], unit
        if in_brackets and _SIGN_ONLY.fullmatch(before):
            # "so với 31/12 tăng 1.475 tỷ đồng (+6,2%)": the same change in percent, on the same base;
            # "đạt 4.500 tỷ đồng (+2,1%) so với tháng trước và (+17,1%) so với cùng kỳ": a base right
            # after the bracket is the figure's own
            named = base if _BASE_RIGHT_AFTER_BRACKET.match(after) else comparison_base(sentence)
            return ("change_pct" if named == "other" else "yoy_pct"), value, unit
        if _NEGATIVE_BEFORE.search(before):
            # ("CPI tháng 6 âm 0,4% so với tháng trước": a fall on another base is its change on that base)
            return ("change_pct" if other_base else "yoy_pct"), -value, unit
        if _PLUS_BEFORE.search(before) and not plan_after and not _ITEM_MARK_PLUS.search(before):
            # "Công nghiệp – xây dựng đạt +11,8%", "khu vực công nghiệp đạt -1,8%": a signed percentage is a
            # change (the minus is already in the value)
            return _change_metric(other_base, same_period), value, unit
        rate_gap = _RATE_GAP.search(sentence[-60:])
        if rate_gap and same_period:
            # "tăng trưởng đạt 9,0%, cao hơn 3,6% so với năm trước": the gap between two rates
            return "yoy_abs", (-value if rate_gap.group(1).lower() == "thấp" else value), unit
        higher = _HIGHER_BEFORE.search(before)
        if higher and same_period:
            # "doanh thu 500 tỷ đồng, cao hơn 5% so với năm trước": growth said as a comparison
            return "yoy_pct", (-value if higher.group(1).lower() == "thấp" else value), unit
        if higher and other_base:
            # "dư nợ cao hơn 6,2% so với đầu năm", "giá lúa thấp hơn 5% so với tháng trước": a change on that base
            return "change_pct", (-value if higher.group(1).lower() == "thấp" else value), unit
        if higher and plan_after and base is None:
            # "sản lượng đạt 1,2 triệu tấn, thấp hơn 3,5% so với kế hoạch": an amount's gap on its plan, the share of
            # it reached (96.5), as "vượt 5% kế hoạch" is 105 (a rate's gap on a planned rate is points, and
            # find_figures keeps no row of it)
            return "plan_pct", round(100 - value if higher.group(1).lower() == "thấp" else 100 + value, 6), unit
        if aim_parts and not plan_after and base is None:
            return "target", value, unit  # "Phấn đấu ... đạt 7.765 tỷ đồng. Trong đó, nông nghiệp chiếm 50,2%"
        if unit == "pct" and "với" in before and _RANKED_WITH_A_RATE_BEFORE.search(before) and _SHARE_SAID.search(
                sentence_before[-250:]):
            return "share_pct", value, unit  # "EU đứng thứ hai với 15,2%" after "A chiếm 38,5%": a share too
        if (
            unit == "pct"
            and not in_brackets
            and base is None
            and not plan_after
            and "đó" in sentence[-120:]
            and _a_part_of_which_opens_on_its_share(before, sentence, after)
        ):
            return "share_pct", value, unit  # "trong đó 55% cho giáo dục, 25% cho y tế": each part's share
        if (unit == "pct" and base is None and _FUNDER_BEARS_BEFORE.search(before)
                and re.match(r"\s*(?:[,;)]|\.|$)", after)
                and not _RATE_WORDS_IN_CLAUSE.search(re.split(r"[,;:(]", before)[-1])):
            return "share_pct", value, unit  # "ngân sách tỉnh hỗ trợ 60%": the funder's part of the cost
        if _SHARE_BEFORE.search(before):
            if _PLAN_AS_THE_WHOLE.match(head):
                # "đạt 1.739 tỷ đồng, chiếm 51% kế hoạch năm": the whole named is the plan, so the share of
                # it is the plan attained (FACTS: plan_pct), not a part of a structure
                return "plan_pct", value, unit
            # "chiếm 46% trong tổng dư nợ" names its whole: a share. A bare "241 hộ nghèo, chiếm
            # 1,96%;" is the rate itself, unless it sits in a breakdown in brackets or the sentence
            # speaks of shares ("Tỷ trọng khu vực dịch vụ chiếm 31,3%, ...").
            clause = before if items_before else sentence
            if (((_CLAUSE_ENDS_NEXT.match(after, _rest_of_a_respective_list(before, after))
                  and not _a_sector_takes_a_share(before, clause))
                 or (_RATE_ITSELF_BEFORE.search(before) and not _STRUCTURE_NAMED_AFTER.match(after))
                 or _RATE_SUBJECT_BEFORE.search(before)
                 or (_CHANGED_FROM.search(sentence) and _FROM_RATE_THEN_TO.match(after))) and not in_brackets
                    and "chiếm" in before and not _SHARE_SUBJECT.search(sentence)
                    and not _MONEY_THEN_SHARE.search(sentence[-40:])
                    and not _BUSINESSES_THEN_SHARE.search(sentence[-70:])
                    and not _a_counted_group_takes_a_share(sentence)
                    and not ("trong" in sentence[-100:] and _MONEY_PART_THEN_SHARE.search(sentence[-100:]))
                    and not ("đó" in sentence[-100:] and _a_bare_part_of_which(sentence))
                    and not _OWNERSHIP_SUBJECT.search(sentence[-120:])
                    and not _UNDER_A_STRUCTURE_HEAD.search(wider_before[-500:])
                    and not _breaks_down_a_structure(sentence, sentence_before, after)
                    and not _a_part_of_a_breakdown(sentence)):
                # ("14.040 hộ nghèo, chiếm tỷ lệ 7,71% và ...": "tỷ lệ" names the rate itself)
                return "level", value, unit
            return "share_pct", value, unit
        if (exceeded := _EXCEED_THE_PLAN_BEFORE.search(before)) and not other_base:
            # "Thu ngân sách vượt dự toán 37,8%": the plan named between the verb and the figure, 137,8% of it
            # (FACTS: "vượt 10% kế hoạch" is 110)
            return "plan_pct", round(100 - value if exceeded.group(1)[:1] in "tT" else 100 + value, 6), unit
        if _EXCEED_BEFORE.search(before) and (plan_after or not same_period):
            # "vượt 126,2% chỉ tiêu": a plan exceeded by 100% or more is written as the share of it
            # attained (twice the plan reads "gấp 2 lần")
            return "plan_pct", (value if value >= 100 and plan_after else round(100 + value, 6)), unit
        if same_period and not plan_after and _EXCEED_BEFORE.search(before):
            return "yoy_pct", value, unit  # "vượt 4,2% so với năm trước": above last year's by that share
        if target_context and not plan_after:
            if same_period and _EXPECTED_GROWTH.search(before) and not _GOAL_WORDS.search(sentence):
                # "Dịch vụ dự kiến tăng hơn 8,8% so với năm 2017": the outturn expected for the
                # year reported on, against the year before, not a goal set for later
                return "yoy_pct", value, unit
            return "target", value, unit
        if _WITH_A_RATE_OF.search(before) and _STRUCTURE.search(sentence_before[-300:]):
            return "share_pct", value, unit
        if _PLAN_BASE_BEFORE_REACH.search(before):
            return "plan_pct", value, unit
        if in_brackets and unit == "pct" and "(" in sentence[-60:] and not plan_after:
            # "giảm 1.686 ha (bằng 2,24%) so với năm trước": a bracket right after an amount of change that
            # restates it as a percentage is the same change, signed by its verb (not X% of last year)
            restated = _AMOUNT_CHANGE_THEN_EQUALS.search(sentence[-60:])
            if restated is not None:
                verb = restated.group(1) or restated.group(2)
                signed = -value if verb.lower() == "giảm" else value
                named = comparison_base(restated.group(3)) if restated.group(3) else None
                return ("change_pct" if other_base or named == "other" else "yoy_pct"), signed, unit
        if in_brackets and "đó" in before and (part := _PART_OF_A_CHANGE_IN_BRACKETS.search(sentence[-120:])):
            # "khu vực công nghiệp và xây dựng tăng 6,7% (trong đó công nghiệp là 6,35%)": the part's rate in
            # brackets after a change is the part's change, on the same base and with the same sign
            signed = -value if part.group(1).lower() == "giảm" else value
            return ("change_pct" if comparison_base(part.group(2)) == "other" else "yoy_pct"), signed, unit
        if (same_period or other_base) and not plan_after and before.rstrip().endswith("và") \
                and _EQUALS_SHARED_BEFORE.search(before[-90:]):
            # "bằng 85,6% dự toán và 94,8% cùng kỳ": one "bằng" over both rates; the second is X% of its base
            return ("yoy_pct" if same_period else "change_pct"), round(value - 100, 6), unit
        if ("tương" in before and not plan_after and _RESTATES_RIGHT_BEFORE.search(before)
                and (restated := _AMOUNT_CHANGE_THEN_RESTATED.search(sentence[-80:])) is not None):
            return ("change_pct" if other_base else "yoy_pct"), (-value if restated.group(1).lower() == "giảm"
                                                                  else value), unit
        if _EQUALS_BEFORE.search(before):
            if _GRDP_RIGHT_AFTER.match(after):
                return "share_pct", value, unit  # "bằng khoảng 45,8% so với GRDP": the GRDP is the whole it is of
            if plan_after:
                # "bằng 28% dự toán năm và tăng 18% so với cùng kỳ": its own words name the plan;
                # the comparison further on belongs to the next figure
                return "plan_pct", value, unit
            if same_period or (base is None and _LAST_YEAR_RIGHT_AFTER.match(head)):
                # ("bằng 97,5% năm trước": last year's figure named without "so với", as "bằng 92% cùng kỳ" is)
                return "yoy_pct", round(value - 100, 6), unit
            if other_base:
                return "change_pct", round(value - 100, 6), unit
            if _RATE_SUBJECT.search(before):
                return "level", value, unit
            # ("tăng 1,53% so tháng trước, trong đó: khai khoáng bằng 100%": the part of a whole's change)
            whole = _WHOLE_CHANGE_BEFORE_PART.search(sentence) if "đó" in sentence else None
            # (the list's base is said in its own sentence, or in the one whose total its breakdown breaks down:
            # "Sản lượng điện tăng 8% so với cùng kỳ. Vốn giải ngân 2.000 tỷ đồng, bằng 42,1%, trong đó vốn tỉnh
            # tăng 5%" compares the 42,1% with no base the sentence before named)
            listed_base = (comparison_base(whole.group(1)) if whole
                           else _base_of_a_list_of_changes(sentence + after, (wider_before or sentence_before) if (
                               whole_sentence or BREAKDOWN_OPENS.match(sentence)) else sentence))
            # ("A 1.003 ha, bằng 99,8%; B 2.555 ha, tăng 10,2%; C 4.180 ha, bằng 96,3% so cùng kỳ": the
            # list's last item names the base for the items before it, past their ";")
            if listed_base is None and _equals_listed_on_the_same_period(sentence + after + sentence_rest):
                listed_base = "same"
            if listed_base is not None:
                return ("yoy_pct" if listed_base == "same" else "change_pct"), round(value - 100, 6), unit
            if _SHARE_NOUN_AFTER.match(after):
                return "share_pct", value, unit  # "bị ngập 700 ha, bằng 7,6% diện tích gieo cấy": a share
            if ("tương" in before and _RESTATES_RIGHT_BEFORE.search(before)
                    and not _MONEY_WORD.search(sentence[-60:])):
                # "có 1.250 hộ thoát nghèo, tương ứng 1,2%": a count said again as its share of the whole, no
                # plan named (money "đạt 520 tỷ đồng, tương đương 85%" is the plan's share, as before)
                return "share_pct", value, unit
            return "plan_pct", value, unit
        if _RATE_FELL_BY.search(before) and not other_base and not plan_after:
            return "yoy_abs", -value, unit  # "giảm tỷ lệ hộ nghèo chung đạt 2,99%": the rate's fall, in points
        if (unit == "pct" and "lệ" in before and (moved := _RATE_CHANGED_BY.search(before)) and not other_base
                and not plan_after):
            return "yoy_abs", (-value if moved.group(1).lower() == "giảm" else value), unit
        if _GROWTH_BEFORE.search(before) or verb_base:
            signed = (-value if (verb_base.group(1).lower() == "giảm" if verb_base else _FALL_BEFORE.search(before))
                      else value)
            if (_RATE_MOVES.search(before) or _RATE_THEN_ITS_CHANGE.search(sentence[-160:])
                    or (unit == "pct" and _RATE_NAMED_RIGHT_AFTER.match(after))
                    or ("hoát" in sentence and _RATE_AFTER_LEAVING_POVERTY.search(sentence[-90:]))) and not other_base \
                    and not plan_after:
                # "tỷ lệ hộ nghèo giảm 1,82%": a rate moves by points of its own unit, not by a
                # percentage of itself
                return "yoy_abs", signed, unit
            if ((plan_after and (_COMPARED_NEXT.match(head) or _PLAN_BASE_NEXT.match(head)))
                    or _PLAN_BASE_BEFORE_VERB.search(before)):
                # "tăng 3,5% so với kế hoạch", "so kế hoạch tăng 3,5%": 103,5% of the plan
                return "plan_pct", round(100 + signed, 6), unit
            if other_base and not same_period:
                return "change_pct", signed, unit
            return "yoy_pct", signed, unit
        if (verb_first := _VERB_BEFORE_MEASURE.search(before)) and not plan_after:
            signed = -value if verb_first.group(1).lower() == "giảm" else value
            return _change_metric(other_base, same_period), signed, unit
        if plan_after:
            return "plan_pct", value, unit
        if (same_period and value >= 50 and unit == "pct" and not chained and not before.strip(" \t(")
                and _COMPARED_NEXT.match(head) and _AMOUNT_OR_RATE_BEFORE.search(sentence[-60:])):
            # "đạt 420 triệu USD (22,5% kế hoạch; 112% so với cùng kỳ)", "..., 98% so với cùng kỳ": a bare
            # percentage of the same period's amount after the amount, as "bằng 112% so với cùng kỳ" is
            return "yoy_pct", round(value - 100, 6), unit
        if (same_period and value < 50 and _REACHED_RIGHT_BEFORE.search(before) and not chained
                and _a_growth_rate_reaches(sentence_before)):
            # "mức tăng trưởng cao của chỉ số sản xuất công nghiệp, đạt 14,14% so với cùng kỳ": the
            # growth rate reached, not 14% of last year's amount (an index of 103% stays one)
            return "yoy_pct", value, unit
        if same_period and _reaches_or_equals(before, value) and not chained:
            # ("công suất phòng đạt 59%, tăng 5% so với cùng kỳ": the base is the change's after it)
            return "yoy_pct", round(value - 100, 6), unit
        if (other_base and value >= 50 and _reaches_or_equals(before, value) and not chained and not plan_after
                and not _RATE_SUBJECT.search(before.replace("hỉ số", ""))):
            # "CPI tháng 10 đạt 102,1% so với tháng 12 năm trước", "so với kỳ gốc 2024 đạt 104,12%": an index on
            # another base, its change the excess over 100 (as "bằng 100,35% so với tháng trước" is)
            return "change_pct", round(value - 100, 6), unit
        if not other_base and (_DEVELOPMENT_INDEX.search(before) or (
                "phát" in sentence[-160:] and _DEVELOPMENT_INDEX_OPENS_CLAUSE.search(sentence[-160:]))):
            # an index (108,84%: its growth is the excess over 100), or the growth rate itself (7,4%)
            return "yoy_pct", (round(value - 100, 6) if value >= 50 else value), unit
        if (_named_as_a_growth_rate(before) or (not other_base and _GROWTH_BEFORE_COMMA.search(sentence[-60:]))
                or (")" in sentence[-70:] and not other_base
                    and _named_as_a_growth_rate(_ASIDE_IN_BRACKETS.sub(" ", _clause_up_to(sentence))))):
            # ("IIP quý I ghi nhận mức tăng khá, hơn 12,74%": the growth named before the comma; "Tăng trưởng tín
            # dụng đạt 7,5% so với đầu năm": a growth rate on another base it names is a change on that base)
            return _change_metric(other_base, same_period), value, unit
        if (not plan_after and ":" in sentence_before[-100:]
                and (label := _list_label_before_colon(sentence_before[-100:])) is not None
                and _named_as_a_growth_rate(_YEAR_TOKEN.sub("", label.group(1)))):
            # "- Tốc độ tăng trưởng GRDP: 7,5%": the growth its label names ("Tăng trưởng tín dụng: 7,5% so với đầu
            # năm": on the other base it names, a change)
            return _change_metric(other_base, same_period), value, unit
        if not other_base and (ranked := _RANKED_CHANGE_BEFORE_BRACKET.search(sentence[-80:])):
            return "yoy_pct", (-value if ranked.group(1).lower() == "giảm" else value), unit
        if ((_THERE_ARE_BEFORE.search(before) or _REACHING_BEFORE.search(before))
                and _SHARE_NOUN_AFTER.match(after) and not _RATE_SUBJECT.search(before)):
            # "..., chiếm tỉ lệ 1,6%, có 93% số hộ dùng nước sạch", "ảnh hưởng đến 90% gia đình": a share
            # of the units named after it, whatever rate an earlier clause spoke of
            return "share_pct", value, unit
        if _KIND_OF_THE_UNITS_AFTER.match(after) and not _RATE_SUBJECT.search(before):
            return "share_pct", value, unit  # "gần 100% học sinh là người dân tộc thiểu số": the share of a kind
        if (_KIND_RIGHT_AFTER.match(after) and _QUALIFIERS_ONLY.fullmatch(before)
                and _DIGIT.search(_last_sentence(sentence_before))):
            # "Trong số 1.250 doanh nghiệp thành lập mới, 85% là doanh nghiệp nhỏ": a clause that opens on the rate
            # and says what kind the units counted before are, the share of that kind among them
            return "share_pct", value, unit
        if _GRDP_RIGHT_AFTER.match(after):
            # "vốn đầu tư toàn xã hội hằng năm khoảng 35% GRDP": a percent of the GRDP written right
            # after it is the subject's share of the GRDP, with or without a verb before it
            return "share_pct", value, unit
        if in_brackets and _QUALIFIERS_ONLY.fullmatch(before) and _PLAN_RIGHT_BEFORE_BRACKET.search(sentence[-80:]):
            return "target", value, unit  # "5,2%, không đạt mục tiêu đề ra (8%)": the goal's rate, as an amount's
        clause = _CLAUSE_SPLIT.split(sentence_before)[-1]
        if "là" in before and _PLAN_IS_BEFORE.match(before):
            return "target", value, unit  # "Tỷ lệ trường đạt chuẩn đạt 78%, trong khi chỉ tiêu là 80%": the plan's rate
        if _RATE_SUBJECT.search(before) or _RATE_SUBJECT.search(clause[-90:]) or (
                not _SHARE_NOUN_AFTER.match(after)
                and (_VACCINATED.search(clause[-90:]) or _rate_labelled_before_colon(sentence_before, clause))):
            return "level", value, unit
        if (_PLAN_OPENS_SENTENCE.match(sentence_before)
                and (_REACH_BEFORE.search(before) or _NEXT_OF_A_LIST_BEFORE.search(before))):
            return "plan_pct", value, unit  # "So với kế hoạch năm, ... đã hoàn thành 81,6% về xuất khẩu và 81,75% ..."
        if _SHARE_WORD.search(before) and (_REACH_BEFORE.search(before) or _RESPECTIVELY_BEFORE.search(before)):
            return "share_pct", value, unit  # "tỷ trọng kinh tế số trong GRDP đạt 8,01%", "... lần lượt là 6,66%"
        if _ONLY_REACH.fullmatch(before) and _AMOUNT_RIGHT_BEFORE_COMMA.search(sentence):
            # "Sản lượng lương thực ước 56.300 tấn, đạt 54,37%.": a rate right after an amount is its
            # share of the plan (or of the whole it names: "900 ha, đạt 100% diện tích"), whatever
            # growth the sentences before spoke of
            return ("share_pct" if _share_noun_after(after) or (
                "nâng" in sentence and _RAISED_COUNT_BEFORE.search(sentence[-160:])) else IMPLICIT_PLAN), value, unit
        if ("đạt" in before and ("thu" in before or "/" in before or "trên" in before)
                and (_REVENUE_REACHES.search(before) or _AMOUNT_PER_HEAD_THEN_REACH.search(before))):
            return "plan_pct", value, unit
        if (_REACH_BEFORE.search(before) and not _PAID_OUT_BEFORE.search(before)
                and (_GROWTH_CONTEXT.search((wider_before or sentence_before)[-250:])
                     or _GRDP_REACHES.search(sentence[-80:]))):
            # (a growth reached on another base it names, "tăng trưởng tín dụng đạt 7,5% so với đầu năm": a change)
            return _change_metric(other_base, same_period), value, unit
        if _REACH_BEFORE.search(before) and _share_noun_after(after):
            return "share_pct", value, unit  # "thu hoạch 9.213 ha, đạt 100% diện tích"
        if _EQUALS_SIGN_BEFORE.search(before) or (
                # ("Tiếp nhận 1.200 hồ sơ, trong đó 98,6% hồ sơ được giải quyết đúng hạn": a part of those; "Gần 60% số
                # xã ...", "Ít nhất 25% doanh nghiệp ...": a clause opened by the rate, hedged or bounded or not)
                (_QUALIFIERS_ONLY.fullmatch(before) or _OF_WHICH_ONLY.fullmatch(before))
                and _SHARE_NOUN_AFTER.match(after)):
            return "share_pct", value, unit
        if (_SHARE_THEN_AND_BEFORE.match(before) and _SHARE_NOUN_AFTER.match(after)
                and _SHARE_NOUN_AFTER.match(before[before.index("%") + 1:])):
            return "share_pct", value, unit  # "100% chi bộ và hơn 92% đảng viên ...": a pair of shares
        if _CONTRIBUTES_BEFORE.search(before) and _WHOLE_NAMED_AFTER.match(after):
            return "share_pct", value, unit  # "đóng góp hơn 73% giá trị ngành công nghiệp": a share of it
        if _ONLY_REACH.fullmatch(before) or _AMOUNT_THEN_REACH.search(before):
            return IMPLICIT_PLAN, value, unit  # "..., đạt 93%" after a level: plan or share
        if _REACH_WORD_BEFORE.search(before) and _PROGRESS_SUBJECT.search(clause):
            return "plan_pct", value, unit  # "giải phóng mặt bằng đạt 74%": the share of the work done
        if _THE_SITE_RIGHT_AFTER.match(after) and not _RATE_SUBJECT.search(before):
            return "plan_pct", value, unit  # "đã bàn giao 99,2% mặt bằng": the share of the site cleared, its progress
        if _REACH_WORD_BEFORE.search(before) and _OUTPUT_VALUE_SUBJECT.match(before):
            return "plan_pct", value, unit
        if _SHARE_SUBJECT.search(sentence_before[-300:]) and not _RATE_SUBJECT.search(before):
            return "share_pct", value, unit
        if _share_noun_after(after) and _ANY_LETTER.search(before) and not _RATE_SUBJECT.search(before):
            # "đã thu hoạch hơn 60% diện tích lúa", "tiêm phòng 85% số hộ": a rate a verb did over the whole named after
            # it (no rate named before it, which it would be the level of) is the share of that whole ("+ 87% thôn có
            # ...", a list's item with no verb before it, stays the level it states)
            return "share_pct", value, unit
        return "level", value, unit
    # absolute quantities
    if unit in ("VND", "USD") and base != "other" and (
            _EXPANDS_BEFORE.search(before)
            or (_EXPANSION_WORD.search(sentence) and not _OWN_VERB.search(before))):
        # "Quy mô nền kinh tế ... mở rộng hơn 3,5 nghìn tỷ đồng so với cùng kỳ; ... tiếp đến là khu vực công
        # nghiệp – xây dựng gần 1,3 nghìn tỷ đồng; ... thu hẹp 26 tỷ đồng": how much the economy grew or shrank
        shrinks = _SHRINKS_BEFORE.search(before) or (not _EXPANDS_BEFORE.search(before)
                                                     and _last_expansion_shrinks(sentence))
        return "yoy_abs", (-value if shrinks else value), unit
    if in_brackets and _QUALIFIERS_ONLY.fullmatch(before) and _PLAN_RIGHT_BEFORE_BRACKET.search(sentence[-80:]):
        return "target", value, unit  # "vượt 41% so với kế hoạch giao đầu năm (60 dự án)": the plan's amount
    if in_brackets and _SIGN_ONLY.fullmatch(before) and same_period:
        return "yoy_abs", value, unit  # "giảm 2,8% (-46 triệu USD) so cùng kỳ": the change as an amount
    signed_in_brackets = bool(_SIGN_ONLY.fullmatch(before))
    if (in_brackets and unit != "pct" and (not before.strip() or signed_in_brackets) and not other_base
            and not plan_after and (rate := _RATE_RIGHT_BEFORE_BRACKET.search(sentence[-50:]))):
        # "diện tích lúa đạt 38.872 ha, giảm 0,6% (218 ha)": the amount alone in brackets after a rate of
        # change is that change in the figure's own unit, with the rate's sign (or its own: "giảm 2,3%
        # (-37 ha)", "tăng 6,9% (+90,7 ha)")
        if signed_in_brackets:
            return "yoy_abs", value, unit
        said_before_rate = sentence[: len(sentence) - len(sentence[-50:]) + rate.start()]
        if not _DIGIT.search(said_before_rate):
            # "Tổng vốn đầu tư toàn xã hội tăng 3,67% (12.640 tỷ đồng)": no level said before the rate,
            # the amount in brackets is the level the rate is of
            return "level", value, unit
        return "yoy_abs", (-value if rate.group(1).lower() == "giảm" else value), unit
    if in_brackets and signed_in_brackets and unit not in ("pct", "pct_point") and base is None and not plan_after:
        # "xảy ra 45 vụ (+3 vụ)", "làm chết 30 người (-2 người)": a signed amount alone in brackets after its level
        # is the change, on the same period, as "(giảm 2 người)" there is (the sign is already in the value)
        return "yoy_abs", value, unit
    if unit == "pct_point" and (same_period or other_base) and (higher := _HIGHER_BEFORE.search(before)):
        # "tăng 10,13%, cao hơn 1,53 điểm % so với cùng kỳ": the gap between the rate and last year's, in points
        # (on another base, "thấp hơn 0,2 điểm % so với quý trước", the gap on it: a rate's gap on a rate is
        # read so above, "cao hơn đầu năm 1,5%")
        return ("yoy_abs" if same_period else "change_pct"), (-value if higher.group(1).lower() == "thấp"
                                                               else value), unit
    if unit == "pct_point" and not other_base and not plan_after and _RATE_FELL_BY.search(before):
        return "yoy_abs", -value, unit  # "mức giảm tỷ lệ hộ nghèo đạt 3,5 điểm %": the rate's fall, as in "%" above
    if unit == "pct_point" and _PULLS_DOWN.search(before):
        return "level", -value, unit  # "(tác động) làm giảm 0,47 điểm %": a negative contribution
    if _GROWTH_BEFORE.search(before) and (same_period or (base is None and (
            in_brackets or _RESTATED_AS_PERCENT.match(after)
            # (not an aim: "Phấn đấu giảm 45 hộ nghèo" is a target)
            or (unit == "household" and not target_context and _FALL_BEFORE.search(before)
                # (not on the plan: "giảm 150 hộ so với kế hoạch" is the gap on it, read as "vượt kế hoạch" is)
                and not ("so" in after[:12] and _PLAN_BASE_RIGHT_AFTER.match(after))
                # ("Tỷ lệ hộ nghèo còn 8,12%; số hộ nghèo giảm 4.230 hộ": the subject opens its clause after a ";")
                # (or the subject the sentence opens with: "Số hộ cận nghèo ... là 6.300 hộ, ...; giảm 512 hộ")
                and (_POOR_HOUSEHOLDS_AFTER.match(after) or _POOR_HOUSEHOLDS_SUBJECT.search(sentence)
                     or _POOR_HOUSEHOLDS_SUBJECT.search(sentence[sentence.rfind(";") + 1:])))))):
        # "(giảm 2.955 hộ)": an absolute change in brackets after the level; without a base, on the
        # same period
        signed = -value if _FALL_BEFORE.search(before) else value
        return "yoy_abs", signed, unit
    if (base is None and not in_brackets and not plan_after and not target_context
            and (_BARE_RISE.search(before) or ("thêm" in before[-12:] and _BARE_ADDED_RISE.search(before)))
            and not _ANY_BASE.search(head)
            # (a rate's points after a change are what a part adds to it: "làm CPI chung tăng 0,12 điểm")
            and not (_DIGIT.search(_last_sentence(sentence_before)) if unit in ("pct", "pct_point")
                     else _names_a_level(_last_sentence(sentence_before)))
            and not _RANGE_FROM_BEFORE.search(sentence_before)):
        # "Thu nhập bình quân ở huyện Y tăng 9 triệu đồng": a bare rise of an amount right after its subject,
        # the sentence giving no level (a headline's), is its change, as a bare "tăng 12%" is its growth
        # (not "tăng thêm 02 trường": more to be built)
        return "yoy_abs", (-value if _FALL_BEFORE.search(before) else value), unit
    if same_period and not plan_after and _EXCEED_BEFORE.search(before):
        return "yoy_abs", value, unit  # "đàn lợn vượt 15 con so với cùng kỳ": more than last year by that much
    if same_period and unit not in ("pct", "pct_point", "times") and (more := _AMOUNT_COMPARED_BEFORE.search(before)):
        # "thấp hơn 1,3 tạ/ha so với cùng kỳ", "nhiều hơn 40 tấn so với năm trước": the gap in the figure's unit,
        # the base after it (with the base before it, "thấp hơn cùng kỳ 20 tấn", it is read above)
        return "yoy_abs", (-value if more.group(1).lower() in _LESS_WORDS else value), unit
    # (every match holds its rate's "%": most sentences' last words have none)
    equivalent = _EQUIVALENT_CHANGE.search(sentence[-90:]) if "%" in sentence[-90:] else None
    link = equivalent.group(3).lower() if equivalent else ""
    if (equivalent and in_brackets and link != "với" and equivalent.group(2) is None and base is None
            and _CHANGE_OPENS_BRACKET.search(sentence[-90:][: equivalent.start()])):
        # "đạt 22,4 triệu đồng (tăng 7,7% tương đương 1,6 triệu đồng)": a bracket after the level that
        # opens with its change restates that change in the level's unit
        return "yoy_abs", (-value if equivalent.group(1).lower() == "giảm" else value), unit
    if equivalent and link == "với" and (equivalent.group(2) or base is not None
                                         or not _RATE_SUBJECT.search(sentence[-120:])):
        equivalent = None  # "giảm 1,52% với 2.646 hộ" links a change only when no base is written
    if equivalent and (same_period or (comparison_base(equivalent.group(2) or "") == "same" and link == "bằng")
                       or (base is None and equivalent.group(2) is None
                           and _RATE_SUBJECT.search(sentence[-120:]))):
        # ("tỷ lệ hộ nghèo giảm 1,11% với 1.960 hộ": a rate's fall counted in households is the change;
        # "tăng 58%, tương đương 411 triệu USD" of an amount restates its level)
        # (after "so với cùng kỳ, tương đương" the amount is as often the level itself: only
        # "bằng" says it is the change)
        # "tăng 3,09%, tương đương 1.790 ha so với cùng vụ": the same change in the figure's unit
        return "yoy_abs", (-value if equivalent.group(1).lower() == "giảm" else value), unit
    if (target_context and "thu hoạch" in wider_before[-400:] and _HARVEST_EXPECTED.search(before)
            and not _GOAL_WORDS.search(sentence) and not _A_YEAR.search(sentence)):
        # "đã thu hoạch 18.000 ha lúa ... Năng suất dự kiến đạt 52 tạ/ha": the yield or output a harvest
        # under way is expected to give, an outturn of the season reported on, not a goal set for later (a
        # sentence that names its year looks further ahead: "Năm 2026, sản lượng lúa dự kiến đạt ...")
        return "level", value, unit
    if target_context and not _GOAL_WORDS.search(sentence) and (
            _EXPECTED_IN_THE_PERIOD.search(before)
            or ("chung" in sentence and _EXPECTED_OVER_THE_MONTHS_SO_FAR.search(sentence[-160:]))):
        # "tổng mức bán lẻ trong tháng dự kiến đạt 4.071 tỷ đồng": the outturn expected for the month
        # reported on (a release's estimate), not a goal set for later
        return "level", value, unit
    if (target_context and _ESTIMATED_RIGHT_BEFORE.search(before[-30:]) and not _GOAL_WORDS.search(sentence)
            and not _A_YEAR.search(sentence)):
        # "dự kiến năng suất lúa vụ mùa ước đạt 51 tạ/ha": the season's outturn estimated, not a goal (a
        # year named in the sentence may be the one aimed at)
        return "level", value, unit
    if target_context and _FROM_BEFORE_A_CHANGE.search(before[-40:]) and _FROM_RATE_THEN_TO.match(after):
        # "giảm số hộ nghèo từ 41 hộ xuống còn 35 hộ" among targets: the aim is where it goes, the count it
        # starts from is the level now
        return "level", value, unit
    if target_context or (_TARGET_BEFORE_WORD.search(lowered_before) is not None
                          and _TARGET_BEFORE.search(before)):
        if "dự kiến" in sentence and _A_WORKS_PLANNED_MAKE.search(sentence):
            return "level", value, unit  # "Nhà máy dự kiến lắp đặt 59 tua bin": what the work is designed with
        if _a_works_size(before, sentence):
            return "level", value, unit  # "dự kiến quý II/2027 đưa vào vận hành, công suất 50 MW": the work's size
        if "tại" in before[-6:] and _WHERE_AN_AIMED_AMOUNT_IS_SPREAD.search(sentence[-90:]):
            # "giao chỉ tiêu tuyển sinh là 21.560 học sinh tại 62 trường": the units the aimed amount is spread over
            # are there already, counted as they stand
            return "level", value, unit
        return "target", value, unit
    # (in brackets too on another base: "còn 2,1% (giảm 0,4 điểm % so với đầu năm)"; a bracket with no base is read
    # above with the level's other changes)
    if (
        unit == "pct_point"
        and (base is None or other_base)
        and (other_base or not in_brackets)
        and _GROWTH_BEFORE.search(before)
        and not _A_CONTRIBUTION_BEFORE.search(before)
    ):
        # "tỷ lệ hộ nghèo giảm 2,3 điểm phần trăm", "đạt 68%, tăng 1,2 điểm %": a rate's move in points with
        # no base is its change on the same period, as "tăng 2,1 điểm % so với năm trước" is (a share of
        # a total's growth, "làm CPI tăng 0,12 điểm phần trăm", stays the amount it adds); on another base
        # ("tỷ lệ nợ xấu giảm 0,12 điểm phần trăm so với đầu năm") it is the change on that base, its sign kept
        return ("change_pct" if other_base else "yoy_abs"), (-value if _FALL_BEFORE.search(before) else value), unit
    if (unit == "pct_point" and base is None and not in_brackets and not plan_after
            and (higher := _HIGHER_BEFORE.search(before)) and _NO_WORD_AFTER.match(after)):
        # "đạt 68,5%, cao hơn 1,4 điểm phần trăm.": a rate's gap in points with nothing named after it is its move on
        # the same period, as a bare "tăng 1,4 điểm %" is (a gap on an average named after it is read below)
        return "yoy_abs", (-value if higher.group(1).lower() == "thấp" else value), unit
    return "level", value, unit


# "sản lượng (điện) dự kiến khoảng 300 GWh/năm": the output a power plant is designed for, in energy units, is an
# attribute of the plant, not a goal a report sets
_DESIGNED_OUTPUT_BEFORE = re.compile(
    r"\bsản\s+lượng(?:\s+điện)?(?:\s+(?:hàng\s+năm|bình\s+quân|trung\s+bình))?\s+dự\s+kiến"
    rf"(?:\s+(?:đạt|{HEDGE_WORDS}|là))*\s*$",
    re.IGNORECASE,
)
# "Công trình dự kiến lắp đặt 59 tua bin", "Dự án dự kiến xây dựng 1.200 căn hộ": the make-up a work (itself the
# subject, opening the sentence) is designed with, an attribute of the work, not a goal a report sets (a unit's
# "Huyện dự kiến xây dựng 5 trường" stays a target)
_A_WORKS_PLANNED_MAKE = re.compile(
    r"^\W*(?:Công\s+trình|Dự\s+án|Nhà\s+máy)\b[^.;,:]{0,60}?\bdự\s+kiến\s+(?:sẽ\s+)?(?:lắp\s+đặt|xây\s+dựng|lắp)\s+"
    rf"(?:(?:{HEDGE_WORDS})\s+)?$"
)


# "Nhà máy X ... dự kiến quý II/2027 đưa vào vận hành, công suất 50 MW", "Dự án Y dự kiến hoàn thành trong quý III/2027
# với diện tích 150 ha": the size named right before the figure, of a work the sentence names before it
# (data/words/work_nouns.csv, or a plant, a park, a project), is what the work is built with, not a goal set for a
# time to come; the time said is when the work is due ("Dự kiến năm 2027, diện tích trồng rừng 5.000 ha", no work
# named, and "phấn đấu"/"kế hoạch" in the sentence, stay a target)
_SIZE_OF_A_WORK_BEFORE = re.compile(
    r"(?:^|\s)(?:công\s+suất(?:\s+thiết\s+kế)?|quy\s+mô|(?:tổng\s+)?diện\s+tích|chiều\s+dài|dung\s+tích|"
    rf"tổng\s+mức\s+đầu\s+tư)\s*(?:(?:là|{HEDGE_WORDS})\s*)*$", re.IGNORECASE)
_A_WORK_NAMED = re.compile(r"(?<![^\W\d_])(?:nhà\s+máy|dự\s+án|công\s+trình|(?:khu|cụm)\s+công\s+nghiệp|"
                           + word_source("work_nouns") + r")(?![^\W\d_])", re.IGNORECASE)


def _a_works_size(before: str, sentence: str) -> bool:
    """Is the figure a size of a work the sentence names, said among what is expected of it (see above)?"""
    if not any(word in before[-40:] for word in ("suất", "mô", "tích", "dài")):
        return False
    size = _SIZE_OF_A_WORK_BEFORE.search(before[-60:])
    if size is None or _GOAL_WORDS.search(sentence):
        return False
    return _A_WORK_NAMED.search(sentence[: len(sentence) - len(before[-60:]) + size.start()]) is not None


# --- scanning ------------------------------------------------------------------------------

# ("trong đó tỉnh Hà Giang (cũ) đạt 58,4%", "huyện Ba Bể (cũ) có 12 xã": "(cũ)", "(mới)" after a place's name say
# which unit before or after a merger, part of the name, no clause of their own)
_SEGMENT_MARK = guarded(re.compile(r"(?<!\d),|,(?!\d)|[;:]|\((?!(?:cũ|mới)\))|(?<!\(cũ)(?<!\(mới)\)|\.(?=\s)|\.$"))
# (not after an abbreviated kind of place: "Trong đó, TP. Phú Quốc đạt ..." is one sentence)
# An ellipsis run straight into a capital ("... chế tạo…Một số sản phẩm"): a new sentence begins
# without the space a full stop would take (so an "ước" of the sentence before does not carry over)
# (no sentence ends inside a numeral a text layer broke after its dot or comma, "đạt 31. 245 tỷ", "tăng 9,\n8%":
# _BROKEN_NUMERAL reads it whole; its first group's widths each a lookbehind, as a lookbehind has one width)
_BROKEN_TIME_WORDS = ("tháng", "ngày", "quý", "năm", "lần", "số")
_INSIDE_A_BROKEN_NUMERAL = (
    "(?:" + "|".join(rf"(?<=[^\W\d_] \d{{{w}}}[.,])" + "".join(rf"(?<!{t} \d{{{w}}}[.,])" for t in _BROKEN_TIME_WORDS)
                     for w in (1, 2, 3))
    # ("đạt 1.218. 350 tỷ": the break after a later group of thousands)
    + "".join(rf"|(?<=[^\W\d_] \d{{{w}}}\.\d{{3}}\.)" for w in (1, 2, 3)) + ")"
    r"(?:(?<=\.)(?=[ \n]\d{3}(?:\.\d{3})*(?:,\d+)?(?![\d.,])[ \u00a0]?(?:%|[a-zà-ỹđ]))"
    r"|(?<=,)(?=\n\d{1,2}[ \u00a0]?%))")
_SENTENCE_MARK = re.compile(
    r"(?<=[.!?;])" + NOT_AFTER_PLACE_ABBREVIATION + r"(?!" + _INSIDE_A_BROKEN_NUMERAL + r")\s+(?=[\"“(]?(?:"
    + UPPER + r"|[0-9-]))|(?!" + _INSIDE_A_BROKEN_NUMERAL + r")\n|\t"
    r"|(?:(?<=…)|(?<=\.\.\.))(?=" + UPPER + r")"
    # "đạt 53,6%. thu ngân sách ...": a percentage and a full stop end the sentence, whatever the case of
    # the next word (a portal's hasty typing)
    r"|(?<=%\.)\s+(?=[^\W\d_])"
    # a full stop typed without its space ("tăng 9% so với cùng kỳ.Sản lượng lúa ..."): the words before it and
    # their changes are one sentence, the capitalised word after it opens the next (as RUN_ON_STOP reads it,
    # the dot kept with its sentence; "TP.Huế", "4.705" have no two lower-case letters before the dot)
    r"|(?<=\.)(?<=(?:" + LOWER + r"|\d)" + LOWER + r"\.)(?=" + UPPER + LOWER + r")"
)


# Where a sentence mark can start: every alternative of _SENTENCE_MARK but "\n" and "\t" opens with a
# lookbehind on one of ".!?;…" (the "..." and "%." ones end with "."), so its matches start right after one
# of those characters or at a "\n" or "\t". Only those places are tried, found by one fast scan.
_SENTENCE_MARK_PLACE = re.compile(r"[.!?;…\n\t]")


# "lần lượt 12; 15 và 18 xã", "huyện A, B lần lượt là 8; 11 xã": a ";" between the bare numbers of a list read
# respectively parts its items, no sentences (when the list goes on past the next number or its subjects were
# listed: "tương ứng đạt 42; 12 xã có rừng" is two clauses)
_LIST_GOES_ON_PAST = re.compile(r"\d[\d.,]*\s*(?:[,;]|và\s)\s*\d")
_SUBJECTS_LISTED = re.compile(r"(?:,|\svà\s)[^,;:]*(?:lần\s+lượt|tương\s+ứng)", re.IGNORECASE)


# "lần lượt đạt 52; 18 nghìn tấn; tăng 3; 6%": the changes listed after a respective list, parted by ";" as its items
# (the marker, a word or two, the list's numbers and its unit, then the changes: "tăng 3;")
_CHANGES_AFTER_A_RESPECTIVE_LIST = re.compile(
    r"(?:lần\s+lượt|tương\s+ứng)(?:\s+[^\W\d_]+){0,3}\s*:?\s*(?:\d[\d.,]*\s*(?:[,;]|\svà)\s*)*\d[\d.,]*"
    r"(?:\s*%|\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3})?\s*;\s*(?:tăng|giảm)\s+(?:\d[\d.,]*\s*(?:[,;]|\svà)\s*)*$",
    re.IGNORECASE)


def _an_item_of_a_respective_list(paragraph: str, start: int, at: int, next_start: int) -> bool:
    if not (paragraph[at - 2:at - 1].isdigit() and paragraph[next_start:next_start + 1].isdigit()
            and ("lượt" in (window := paragraph[max(start, at - 80):at]) or "ứng" in window)
            and (_RESPECTIVE_LIST_OPENED_BEFORE.search(window) is not None
                 or (("tăng" in window or "giảm" in window)
                     and _CHANGES_AFTER_A_RESPECTIVE_LIST.search(window) is not None))):
        return False
    return (_LIST_GOES_ON_PAST.match(paragraph, next_start) is not None
            or _SUBJECTS_LISTED.search(paragraph, max(start, at - 160), at) is not None)


# "... như sau: xã A 92%; Sở Xây dựng 85%; Ban QLDA khu vực 87%": the short items of a list opened by a colon, each a
# name and its rate, are parts of the colon's sentence (a capitalised name opens no sentence there)
# (a name only, no verb: "; Tỷ lệ lao động qua đào tạo đạt 70%" says a figure of its own)
_NAMED_RATE_ITEM = re.compile(r"\s*(?:(?!(?:đạt|tăng|giảm|là|bằng|ước)(?![^\W\d_]))[^\W\d_]+[^\S\n]+){1,10}"
                              r"\d[\d.,]*\s*%\s*(?=[;.]|$)", re.IGNORECASE)


def _an_item_of_a_colon_list(paragraph: str, start: int, at: int, next_start: int) -> bool:
    """Is the ";" before ``at`` one between two ``Name N%`` items of a list opened by a colon in the sentence since
    ``start``?"""
    colon = paragraph.rfind(":", start, at)
    if colon < 0 or _NAMED_RATE_ITEM.match(paragraph, next_start) is None:
        return False
    item_start = max(colon, paragraph.rfind(";", colon, at - 1)) + 1
    item = _NAMED_RATE_ITEM.match(paragraph, item_start, at - 1)
    return item is not None and item.end() == at - 1


_BRACKET_CLOSES_ON_THE_LINE = re.compile(r"[^()\n]{0,300}?\)")
# the next item a rate or a change ("; 22,5% kế hoạch", "; Tăng 12%"); a count's part ("(04 giải nhất; 47 giải nhì)")
# is an item of its own, its noun its label
_RATE_ITEM = re.compile(r"\d[\d.,]*\s*%|(?i:tăng|giảm|đạt|bằng|vượt)(?![^\W\d_])")


def _inside_a_bracket(paragraph: str, start: int, at: int, next_start: int) -> bool:
    """Is the ";" before ``at`` inside a bracket opened in the sentence since ``start`` and closed on its line after
    it, a rate or a change after it ("(ước đạt 420 triệu USD; 22,5% kế hoạch; 112% so với cùng kỳ)": the bracket's
    parts, no sentences)?"""
    if _RATE_ITEM.match(paragraph, next_start) is None:
        return False
    opened = paragraph.rfind("(", start, at)
    return (opened >= 0 and paragraph.find(")", opened, at) < 0
            and _BRACKET_CLOSES_ON_THE_LINE.match(paragraph, at) is not None)


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    resume = 0  # where ``finditer`` would search next: after the previous match
    for place in _SENTENCE_MARK_PLACE.finditer(paragraph):
        at = place.start() if place.group() in "\n\t" else place.end()
        if at < resume:
            continue
        m = _SENTENCE_MARK.match(paragraph, at)  # (its lookbehinds see the text before ``at``)
        if m is None or (paragraph[at - 1] == ";" and (_an_item_of_a_respective_list(paragraph, start, at, m.end())
                                                       or _inside_a_bracket(paragraph, start, at, m.end())
                                                       or _an_item_of_a_colon_list(paragraph, start, at, m.end()))):
            continue
        # (an empty match stands before a capital, where no other alternative can match: finditer goes on
        # from the next character)
        resume = m.end() if m.end() > at else at + 1
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(paragraph):
        spans.append((start, len(paragraph)))
    return spans


# "tổng mức bán lẻ hàng hóa (tăng 18,2%); tổng kim ngạch xuất nhập khẩu (tăng 1,3 lần)": a bracket that
# holds only a change and its number, right after a name
_BRACKETED_CHANGE = re.compile(r"\s*(?:tăng|giảm|đạt)(?:\s+thêm)?\s*", re.IGNORECASE)
_HEAD_MARK = re.compile(r"[,;:]")


def _base_before_the_verb(clause: str) -> str | None:
    """The kind of base ("same"/"other") said before the verb a clause ends on, first or after its subject, if any."""
    said = _BASE_BEFORE_VERB.match(clause) or ("so" in clause and _BASE_AFTER_SUBJECT.search(clause)) or None
    return comparison_base(said.group(1)) if said is not None else None


def _last_fronted_match(sentence_head: str) -> re.Match[str] | None:
    """The last base set off by commas in ``sentence_head`` ("so với tháng trước", its words group 1), if any."""
    fronted = None
    for match in _FRONTED_BASE.finditer(sentence_head):
        fronted = match
    return fronted


def _last_fronted_base(sentence_head: str) -> str | None:
    """The words of the last base set off by commas in ``sentence_head``, if any."""
    fronted = _last_fronted_match(sentence_head)
    return fronted.group(1) if fronted else None


def _fronted_base(sentence_head: str, text_before: str = "") -> str | None:
    """The kind of base ("same"/"other") the last base set off by commas in ``sentence_head`` names, if any (a month
    or quarter other than the figure's own, told by ``text_before`` when the sentence names none, is another base)."""
    fronted = _last_fronted_match(sentence_head)
    if fronted is None:
        return None
    base = comparison_base(fronted.group(1))
    return "other" if base == "same" and _fronted_month_not_the_own(fronted, sentence_head, text_before) else base


def _fronted_month_not_the_own(fronted: re.Match[str], sentence: str, text_before: str) -> bool:
    """Is the month or quarter of the base ``fronted`` sets off in ``sentence`` another one than the figure's own, the
    one the sentence names last, or when it names none before the base the one ``text_before`` (the text up to the
    figure) names last ("Tháng 8/2026 xảy ra 27 vụ. So với tháng 7/2026: giảm 3 vụ": July is the month before)?"""
    own_named = _MONTH_OR_QUARTER_NAMED.search(sentence, 0, fronted.start(1)) is not None
    return _another_month_or_quarter(fronted.group(1), sentence if own_named or not text_before else text_before)


# (a place the base names: its unit's word, "TP", or a province's name: "So với tỉnh Quảng Bình", "So với Nghệ An")
_PLACE_OPENS = re.compile(rf"so\s+với\s+(?:{UNIT_WORDS}|TP\b)", re.IGNORECASE)


def _fronted_place_base(sentence_head: str) -> bool:
    """Is the last base set off by commas in ``sentence_head`` another place ("So với tỉnh Quảng Bình, ...")?"""
    fronted = _last_fronted_base(sentence_head)
    return fronted is not None and (_PLACE_OPENS.match(fronted) is not None or bool(find_provinces(fronted)))


def _head_of_a_bracketed_change(paragraph: str, seg_start: int, start: int, sentence_start: int,
                                previous_end: int) -> int:
    """Where a figure's segment starts for its subject: a change alone in brackets ("... xuất nhập
    khẩu (tăng 1,3 lần)") belongs to the name before the bracket, so its segment takes that name
    in, when the name holds no figure of its own; else ``seg_start``."""
    opening = seg_start - 1
    if opening <= sentence_start or paragraph[opening] != "(" or not _BRACKETED_CHANGE.fullmatch(
            paragraph, seg_start, start):
        return seg_start
    head_start = sentence_start
    for m in _HEAD_MARK.finditer(paragraph, sentence_start, opening):
        head_start = m.end()
    if previous_end > head_start or len(paragraph[head_start:opening].split()) < 2:
        return seg_start
    return head_start


# "nhóm giáo dục đứng giá (0,0%)", "giữ nguyên (0%)": a price or an index that stayed put, its change of nought in
# the bracket after it
_STEADY_BEFORE_BRACKET = re.compile(r"(?:đứng\s+giá|giữ\s+nguyên|không\s+(?:thay\s+)?đổi|ổn\s+định)\s*\(\s*$",
                                    re.IGNORECASE)
# "A tăng cao nhất (12,5%), tiếp đến B (11,6%) và C (11,2%)": the rate in brackets after the top rise or fall, and
# each rate in brackets after a name that goes on ranking them, is that rise or fall, no level
_RANKED_CHANGES_IN_BRACKETS = re.compile(
    r"\b(tăng|giảm)(?:\s+trưởng)?\s+(?:cao|mạnh|nhanh|nhiều|thấp|sâu|chậm)\s+nhất\s*\("
    r"(?:\s*[\d.,]+\s*%\s*\)[^().;:%\d]{1,40}\()*\s*$", re.IGNORECASE)
# "cao hơn mức tăng bình quân chung của 3 tỉnh năm 2024 (7,6%)": the rate in brackets after the words of a rise's
# size ("mức tăng", "tốc độ tăng trưởng") is that growth rate, no level
_GROWTH_RATE_NAMED_BEFORE_BRACKET = re.compile(r"\b(?:mức|tốc\s+độ)\s+(tăng|giảm)(?:\s+trưởng)?\b[^()%;]{0,80}\(\s*$",
                                               re.IGNORECASE)


# "doanh thu du lịch vượt 12,8 nghìn tỷ đồng": an amount passed, more than it (not "vượt 204 tấn so với kế
# hoạch", the excess over a plan or another base)
# ("vượt mốc 60.000 tỷ đồng", "vượt ngưỡng 1 triệu lượt": past a milestone, more than it)
# (not "đạt và vượt 19/22 chỉ tiêu", "hoàn thành và vượt 15 chỉ tiêu": the units that reached or passed their plan, a
# count of them)
_PASSED_RIGHT_BEFORE = EndAnchored(re.compile(r"(?<![\w])(?<![Vv]à\s)vượt(?:\s+(?:mốc|ngưỡng|con\s+số))?\s*$",
                                              re.IGNORECASE))
_OVER_A_BASE_AFTER = re.compile(
    r"[\s,(]*(?:so\s+(?:với\s+)?|kế\s+hoạch|KH\b|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu|cùng\s+kỳ)", re.IGNORECASE)


# "vượt 0,7 điểm phần trăm so với chỉ tiêu", "thấp hơn 0,2 điểm % so với mục tiêu": the points by which a rate
# passes or misses its plan, which FACTS has no measure for (an amount over a plan, "vượt 876 tỉ đồng so với dự
# toán", the gold files as a figure of its own)
# ("giảm 0,5 điểm phần trăm so với kế hoạch": a rise or fall in points on the plan, the same gap; "vượt kế hoạch 2,4
# điểm phần trăm", "cao hơn chỉ tiêu 1,2 điểm %": the plan named between the verb and the points)
_EXCESS_RIGHT_BEFORE = re.compile(rf"(?<![\w])(?:vượt|tăng|giảm|(?:{_COMPARATIVE})\s+hơn)\s*$", re.IGNORECASE)
_EXCESS_OVER_A_PLAN_BEFORE = re.compile(rf"(?<![\w])(?:vượt|(?:{_COMPARATIVE})\s+hơn)\s+(?:so\s+(?:với\s+)?)?"
                                        r"(?:kế\s+hoạch|KH|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu)(?:\s+[^\W\d_]+){0,2}\s*$",
                                        re.IGNORECASE)
# (a growth scenario, "so với kịch bản tăng trưởng", is the plan a growth rate is set against)
_PLAN_BASE_RIGHT_AFTER = re.compile(r"[\s,(]*so\s+(?:với\s+)?(?:kế\s+hoạch|KH\b|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu|"
                                    r"nghị\s+quyết|NQ\b|kịch\s+bản)", re.IGNORECASE)


def _segment(paragraph: str, start: int, end: int, lo: int, hi: int,
             marks: list[int] | None = None) -> tuple[int, int]:
    """The clause of the number at ``start:end`` within ``lo:hi``: back to the last segment mark
    before it and up to the first one after it. ``marks`` (``_segment_marks(paragraph)``) spares
    a paragraph of many numbers the search through its sentence for each."""
    if marks is not None:
        return _segment_by_marks(paragraph, start, end, lo, hi, marks)
    a = lo
    for m in _SEGMENT_MARK.finditer(paragraph, lo, start):
        a = m.end()
    b = hi
    m = _SEGMENT_MARK.search(paragraph, end, hi)
    if m:
        b = m.start()
    return a, b


def _segment_marks(paragraph: str) -> list[int]:
    """Where a segment mark stands in ``paragraph`` (one character each), in order."""
    return [m.start() for m in _SEGMENT_MARK.finditer(paragraph)]


def _segment_by_marks(paragraph: str, start: int, end: int, lo: int, hi: int, marks: list[int]) -> tuple[int, int]:
    r"""``_segment`` from the paragraph's marks. A mark is one character, and whether one stands
    at ``p`` reads only ``p - 1``, ``p`` and ``p + 1`` (the lookbehind sees before a search's
    start) and, for ``\.$``, whether the text ends at ``p + 1`` or at ``p + 2`` after a newline.
    A window ending at ``w`` so holds the paragraph's marks up to ``w - 3``; at ``w - 2`` and
    ``w - 1`` it may see one the paragraph has not (``$`` and ``(?!\d)`` at the window's end):
    those two are searched in the window itself. (The brackets of "(cũ)", "(mới)" read four characters either
    side; no number is written inside them, so no window ends there.)"""
    a = lo
    for p in (start - 1, start - 2):
        if p >= lo and _SEGMENT_MARK.match(paragraph, p, start):
            a = p + 1
            break
    else:
        i = bisect_left(marks, start - 2)  # the last mark at start - 3 or before
        if i and marks[i - 1] >= lo:
            a = marks[i - 1] + 1
    b = hi
    i = bisect_left(marks, end)  # the first mark from ``end``, if before hi - 2
    if i < len(marks) and marks[i] < hi - 2:
        b = marks[i]
    else:
        for p in (hi - 2, hi - 1):
            if p >= end and _SEGMENT_MARK.match(paragraph, p, hi):
                b = p
                break
    return a, b


# (capitals run into the number are its code, not a noun it counts: "gói 11XL", "lô 7CN")
_NOUN_AFTER = re.compile(rf"\s*((?:{LOWER}+|(?<=\s)[A-ZĐ]{{2,6}}|{UPPER}{LOWER}+)(?:\s+{LOWER}+)?)")
_NOT_A_COUNT_NOUN = re.compile(
    r"^(?:và|với|của|cho|là|tại|trên|dưới|trong|so|đến|tới|từ|năm|được|đã|đạt|tăng|giảm|bằng|chiếm|gồm|"
    r"ngày|giờ|phút|giây|tuần|"
    # ("nhiệt độ giảm 5 - 7 độ", "dọc 2 bên suối": degrees of heat and the sides of a thing count nothing)
    r"độ|bên|"
    # ("cách cửa biển khoảng 1 hải lý": nautical miles measure a distance, they count nothing)
    r"hải\s+lý|"
    # ("giai đoạn 2021 - 2025 tỷ lệ hộ nghèo giảm": a rate, a share or a ratio opens the next phrase, never
    # counted)
    r"(?:tỷ|tỉ)\s+(?:lệ|trọng|suất)|"
    # ("diện tích xây dựng 96,0 tổng kinh phí 301 triệu": a total opens the next phrase; "2 tổng công ty" counts)
    r"tổng\s+(?:kinh|vốn|mức|số|cộng|giá|diện|chiều)|"
    # ("giá lúa OM 5451 dao động 6.800 - 7.000 đồng/kg": a price bulletin's verb after a variety's code)
    r"dao\s+động|"
    # ("Bệnh viện Đa khoa X 2 quy mô 1.000 giường", "Nhà máy Y 3 công suất 50 MW": a name's number, then the
    # size of the work it names; a size is never counted)
    r"quy\s+mô|công\s+suất|diện\s+tích|"
    # ("Nhà máy nhiệt điện Z 3 chính thức đi vào hoạt động", "Cầu W 2 khánh thành": a name's number, then what is
    # done to the work; a verb counts nothing)
    r"chính\s+thức|đi\s+vào|khánh\s+thành|khởi\s+công|"
    # ("Đường bê tông bản Huổi Lụ 2 dài 1,2 km", "Khu tái định cư Tân Lập 2 chậm tiến độ": a name's number, then the
    # length or the progress of the work it names; a size or a delay counts nothing)
    r"dài|rộng|chậm|hoàn\s+thành|"
    # (the same with the verbs of data/words/verbs_after_a_names_number.csv: "Chợ Đông Ba 2 xây dựng mới", "Khu công
    # nghiệp Phú Bài 4 thu hút 3 dự án", "Tổ công tác 153 kiểm tra 12 cơ sở"; never a verb of damage: "(4 sập hẳn, 54
    # hư hỏng)" counts the houses hit, their noun left out)
    + word_source("verbs_after_a_names_number") + "|"
    r"theo|về|hoặc|hay|thì|mà|này|đó|nên|các|những|mới|còn|có|ngày|tháng|quý|giờ|phút|lần\s+thứ|"
    r"khi|nếu|vì|do|bởi|nhưng|rồi|"
    # (a verb right after a number names what its subject did: "SEA Games 32 giành 3 huy chương", "tổng đài 1022
    # tiếp nhận phản ánh"; the number ends a name, it counts no "giành")
    r"giành|hỗ\s+trợ|tiếp\s+nhận|tham\s+gia|tham\s+dự|thực\s+hiện|triển\s+khai|khởi\s+công|phục\s+vụ|"
    r"sẽ|vẫn|cũng|đang|chưa|không|bị|nhằm|để|"
    # ("giống Jasmine 85 chỉ chiếm 5%", "Tổ 7 chỉ có 12 hộ": "chỉ" before a verb is "only", the number ends a name;
    # "85 chỉ tiêu", "3 chỉ vàng" stay counted)
    r"chỉ\s+(?:chiếm|đạt|có|còn|bằng|tăng|giảm|là|được|bị|giành))\b")


_PLAN_CONTEXT = guarded(re.compile(r"\bKH\b|kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu|được\s+giao|đăng\s+ký",
                           re.IGNORECASE))


# a plan the units counted drew up or issued ("18/20 huyện đã ban hành kế hoạch", "có 45/52 xã xây dựng kế hoạch phòng
# chống thiên tai"): a paper each of them made, no plan the ratio is read against (its b is all the units)
_PLAN_DRAWN_UP = re.compile(r"(?<![^\W\d_])(?:xây\s+dựng|ban\s+hành|lập|phê\s+duyệt|triển\s+khai|thông\s+qua|"
                            r"(?:chưa\s+)?có)(?:\s+(?:các|bản))?\s+$", re.IGNORECASE)
# the nouns of planned items: a ratio of them ("19/25 chỉ tiêu đạt kế hoạch") counts items, its b is
# the whole set and no plan amount
_PLANNED_ITEMS = re.compile(r"(?:chỉ\s+tiêu|mục\s+tiêu|nhiệm\s+vụ)(?:\s+\S+){0,3}", re.IGNORECASE)
# "13/20 xã đã hoàn thành vượt mức dự toán": the counted units each reached a plan of their own; the
# plan words are what the a reached, the b is all the units
_REACHED_OWN_PLAN = re.compile(r"[^;.\d]{0,40}?\b(?:đã\s+|đều\s+)?(?:hoàn\s+thành|đạt|vượt)\b[^;.\d]{0,12}?"
                               r"(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|KH)\b", re.IGNORECASE)
# a deed done so far out of the whole it is to cover ("đã thu hoạch được 2.150/3.400 ha lúa", "đã kiểm đếm được 256/300
# hộ", "đã bàn giao 45,6/52,3 ha mặt bằng", "đã khởi công và hoàn thành 3.657/4.716 nhà"): the b is the amount set to be
# done, a target, not a whole whose parts are found. After "được" whatever is counted; after a bare "đã <verb>" (up to
# six syllables) only an amount of work (area, mass, length, volume, houses built), since units or cases counted ("đã
# giải quyết 08/09 vụ việc", "đã có 95/102 xã") are out of all those there are; harm ("đã bị, làm ngập") no deed.
# "mới <verb>" (only just, "mới bàn giao 30/45 km") tells the same deed short of its amount as "đã <verb>" does
_DONE_SO_FAR_BEFORE = re.compile(r"(?<![^\W\d_])được\s*$", re.IGNORECASE)
_DEED_DONE = r"(?<![^\W\d_])(?:đã|mới)\s+(?!(?:có|bị|làm)\s)"
_DONE_BEFORE = re.compile(_DEED_DONE + r"(?:[^\W\d_]+\s+){1,6}$", re.IGNORECASE)
# ... or said again in bracketed amounts after the share of it the deed reached ("đã bàn giao 90% diện tích (tương
# đương 36/40 ha)"): the b is the amount the share is of, the amount set to be done
_DONE_SHARE_RESTATED_BEFORE = re.compile(
    _DEED_DONE + r"[^;()]{0,80}?\d%[^;()\d]{0,40}\(\s*(?:tương\s+đương|tức\s+là|tức|bằng)\s*$", re.IGNORECASE
)
_AMOUNTS_OF_WORK = frozenset({"ha", "tonne", "m3", "km", "house"})


# (cases settled, cleared up or prosecuted, "giải quyết được 64/70 vụ việc", "điều tra làm rõ được 45/50 vụ": out of
# all those on hand, whatever they are counted in — data/words/case_results.csv)
_CASES_DEALT_WITH_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + word_source("case_results") + r")\s+được\s*$",
                                      re.IGNORECASE)


# a task's tally for the months so far, the months opening the item after the task's colon ("Đưa người lao động đi
# làm việc ở nước ngoài: 6 tháng 1.236/2.500 người", "Giải quyết việc làm 9 tháng: 14.210/18.000 lao động"): the b
# is the amount the year's plan sets, as a deed done so far is read
_RUNNING_MONTHS = (r"(?:(?:lũy\s+kế|luỹ\s+kế|tính\s+chung|cộng\s+dồn)\s+)?(?:\d{1,2}\s+tháng(?:\s+đầu\s+năm)?|"
                   r"quý\s+(?:I{1,3}|IV|[1-4]))(?:\s*(?:/|năm)\s*(?:19|20)\d\d)?")
_A_TALLY_OF_THE_MONTHS_BEFORE = re.compile(rf"[:;]\s*{_RUNNING_MONTHS}\s*,?\s*$|(?<![^\W\d_]){_RUNNING_MONTHS}\s*:\s*$",
                                           re.IGNORECASE)


def _a_deed_done_so_far(paragraph: str, lo: int, a: int, unit: str) -> bool:
    """Does the ratio whose a starts at ``a`` count a deed done so far out of the amount set to be done (a task's
    tally for the months so far too)?"""
    before = paragraph[max(lo, a - 40):a]
    if unit == "case" or _CASES_DEALT_WITH_BEFORE.search(before):
        return False
    work_done = unit in _AMOUNTS_OF_WORK and (
        _DONE_BEFORE.search(before) or _DONE_SHARE_RESTATED_BEFORE.search(paragraph, max(lo, a - 160), a)
    )
    tally = "th" in before and _A_TALLY_OF_THE_MONTHS_BEFORE.search(before)
    return bool(_DONE_SO_FAR_BEFORE.search(before) or work_done or tally)


# (bounded in words too: "thấp hơn cùng kỳ từ 3.000 đến 5.000 đồng/kg", "tăng từ 5 đến 7% so với cùng kỳ")
# ("tăng 5% - 7%", "tăng từ 5% đến 7%": the low end may write its "%" too)
_RANGE_HIGH_BEFORE = re.compile(r"\s*%?\s*(?:[-–]|(?i:đến|tới)(?=\s))\s*$")
_PERCENT_RANGE_GOES_ON = re.compile(r"\s*(?:[-–]|(?i:đến|tới)(?=\s))\s*\d[\d.,]*\s*%")
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
# ("đạt 30-35/40 tiêu chí": a range of a ratio, both ends counted out of the same whole)
# (a range of things counted may be said in words: "từ 6 đến 9 tiêu chí")
# ("từ 3,3 đến trên 3,4MW": the high end's bound between, its unit glued to it)
_RANGE_TO_NOUN = re.compile(rf"\s*(?:[-–]|(?i:đến|tới)(?=\s))\s*(?:(?i:{HEDGE_WORDS}|dưới)\s+)?"
                            r"(\d+(?:[.,]\d+)*)(?:/\d+(?:[.,]\d+)*)?(?=\s*[^\W\d_])")
# ("giá cà phê dao động 95.000 - 105.000 đồng/kg", "từ 2 đến 5 triệu đồng/hộ", "dài 12 - 15 km"): a range of
# money, or of a length, volume or area between dashes, shares its high end's unit too (a measure only after a
# dash: "từ 5 đến 7 km" is as often a place's distance from another)
_MONEY = frozenset({"VND", "USD"})
# Units counted in whole ones only: a decimal comma before three digits there is impossible, the English grouping
# of thousands ("1,250 doanh nghiệp", "3,400 lượt khách"; numbers.parse_number reads "1,250" alone as a decimal)
_WHOLE_UNITS = frozenset({"person", "household", "head", "enterprise", "cooperative", "product", "visit", "house",
                          "case"})
_COMMA_THOUSANDS = re.compile(r"\d{1,3},\d{3}")
# The round goal that names a programme, a scheme or a movement ("Chương trình “Trồng một tỷ cây xanh”", "Đề án 1
# triệu ha lúa chất lượng cao", "phong trào 1 triệu tấn tôm"): part of its name, no fact of the place; the number
# (scaled, no money: "Chương trình hỗ trợ 2 tỷ đồng" is money spent) follows the name's noun, a quote and a word or two
_PROGRAMME_NAME_BEFORE = re.compile(r"(?:[Cc]hương\s+trình|[Đđ]ề\s+án|[Pp]hong\s+trào|[Cc]uộc\s+vận\s+động)\s+"
                                    r"[“\"«]?\s*(?:[^\W\d_]+\s+){0,2}$")


# ... or a round number of hundreds or thousands with no scale word, right after the name's noun ("Chương trình 1.000 km
# đường giao thông nông thôn", "Đề án 500 ha mắc ca"; not "Chương trình 30 xã": no round goal)
_PROGRAMME_NOUN_RIGHT_BEFORE = re.compile(r"(?:[Cc]hương\s+trình|[Đđ]ề\s+án|[Pp]hong\s+trào|[Cc]uộc\s+vận\s+động)\s+"
                                          r"[“\"«]?\s*$")
_PROGRAMME_NOUN_ENDS = ("trình", "án", "trào", "động")


def _names_a_programme(paragraph: str, a: int, reading: UnitReading, value: float | None = None) -> bool:
    """Is the scaled number at ``a`` the goal in a programme's name ("Chương trình một tỷ cây xanh"), or the round
    ``value`` (no scale word) right after the name's noun ("Chương trình 1.000 km đường giao thông nông thôn")?"""
    if reading.unit in _MONEY:
        return False
    if reading.multiplier >= 1e3:
        return _PROGRAMME_NAME_BEFORE.search(paragraph, max(0, a - 50), a) is not None
    return (value is not None and value >= 100 and value % 100 == 0
            and any(end in paragraph[max(0, a - 10):a] for end in _PROGRAMME_NOUN_ENDS)
            and _PROGRAMME_NOUN_RIGHT_BEFORE.search(paragraph, max(0, a - 30), a) is not None)
_DASHED_MEASURES = frozenset({"km", "m3", "ha", "tonne"})
_DASH = re.compile(r"[-–]")
# the population a count is per, after its unit and a word or two more ("giường bệnh trên 10.000 dân", "/1 vạn
# dân", "trên 1.000 người dân"): group 1 the base's number
_PER_POPULATION = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s*(?:/|(?i:trên|cho\s+mỗi|mỗi)\s)\s*"
                             r"(1(?:0{0,2}\.000)?|10|100)\s+(?i:(?:" + scale_words(1e4, 1e3) + r")\s+)?"
                             r"(?i:dân|người\s+dân|dân\s+số)(?![^\W\d_])")
# (the base a rate's unit holds after its "/": group 1 its number)
_BASE_AFTER_SLASH = re.compile(r"/\s*(\d)")
# ... or the population a ratio is per written before the count it divides ("Số giường bệnh trên 1 vạn dân đạt
# 32 giường", "số bác sĩ/10.000 dân là 12"): a round base after "/", "trên" or "mỗi" that a noun (not a verb:
# "xã có trên 10.000 dân" counts the people) stands before, with the clause's own figure after it
_POPULATION_BASE_BEFORE = re.compile(r"(?:/|(?<![^\W\d_])(?<!có\s)(?<!là\s)(?<!đạt\s)(?<!với\s)(?<!gồm\s)"
                                     r"(?<!hơn\s)(?<!vụ\s)(?<!cho\s)(?i:trên|mỗi))\s*$")
_POPULATION_BASES = frozenset({1e3, 1e4, 1e5})
# (the figure may follow a colon right after the base: "Số bác sĩ trên 1 vạn dân: 13,2 bác sĩ")
_FIGURE_LATER_IN_CLAUSE = re.compile(r"[^,;.:()]*?(?::\s*)?\d")
# "từ", or "từ mức", right before the start of a change or the low end of a range
_FROM_LEVEL_BEFORE = re.compile(r"(?<![^\W\d_])từ(?:\s+mức)?\s*$", re.IGNORECASE)
# "tăng gấp 3 so với cùng kỳ", "gấp 2 kế hoạch": a multiple written without "lần", its base right after it
_MULTIPLE_RIGHT_BEFORE = re.compile(rf"(?<![^\W\d_])gấp\s*(?:(?:{HEDGE_WORDS})\s*)*$", re.IGNORECASE)
_BASE_RIGHT_AFTER = re.compile(r"\s*(?:so\s|cùng\s+kỳ|kế\s+hoạch|dự\s+toán|năm\s+(?:trước|ngoái|(?:19|20)\d\d))",
                               re.IGNORECASE)
# a scale word and nothing more after a number ("1,2 triệu lên ..."): money only by default, no currency written
# a rate in percent, then its clause's change verb right before a number of bare points ("đạt 72%, tăng 1,5 điểm")
# a works share in percent, then "vượt"/"chậm" a percent against the plan or the schedule ("đạt 62% giá trị hợp đồng,
# vượt 8% so với kế hoạch", "đạt 45% khối lượng, chậm 5% so với tiến độ"), or "chậm" a percent against them alone:
# points ahead of (behind) the schedule's share, no percent of the plan (108) and no other metric of the contract
# The same gap of a rate itself said on its plan or aim ("Tăng trưởng kinh tế đạt 8,12%, vượt 1,9% so với kế hoạch",
# "cao hơn 1,1% so với mục tiêu Nghị quyết", "vượt 1,9% kế hoạch", "vượt kế hoạch 1,9%"): points over the planned
# rate, as "vượt 0,7 điểm phần trăm so với chỉ tiêu" is (no row), not 101.9% of it
_POINTS_OFF_SCHEDULE_BEFORE = re.compile(r"(?:\d\s*%[^,;.\d%()]{0,30},\s*(?:vượt|chậm|trễ|(?:cao|thấp)\s+hơn)"
                                         r"|(?<![^\W\d_])(?:chậm|trễ))"
                                         r"(?:\s+(?:tiến\s+độ|khoảng|gần|hơn))?\s*$", re.IGNORECASE)
_AGAINST_SCHEDULE_AFTER = re.compile(r"\s*(?:so\s+(?:với\s+)?)?(?:kế\s+hoạch|KH\b|tiến\s+độ|chỉ\s+tiêu|mục\s+tiêu|"
                                     r"nghị\s+quyết|NQ\b|kịch\s+bản)(?!\s+vốn)", re.IGNORECASE)
_RATE_THEN_GAP_ON_THE_PLAN_BEFORE = re.compile(
    r"\d\s*%[^,;.\d%()]{0,30},\s*(?:vượt|(?:cao|thấp)\s+hơn)\s+(?:so\s+(?:với\s+)?)?(?:kế\s+hoạch|KH|chỉ\s+tiêu|"
    r"mục\s+tiêu)(?:\s+[^\W\d_]+){0,2}\s*$", re.IGNORECASE)
# (the growth of an economy, whose plan is a rate: "GRDP ước đạt 45.000 tỷ đồng, tăng 8,12%, vượt 1,9% so với kế hoạch")
_GROWTH_OF_THE_ECONOMY = re.compile(r"tăng\s+trưởng|tốc\s+độ\s+tăng|\bGRDP\b", re.IGNORECASE)


def _a_rates_gap_on_its_plan(paragraph: str, s_lo: int, a: int, after_unit: int, earlier: list[Figure],
                             offset: int) -> bool:
    """Is the percent at ``a`` the points by which the rate right before it passed (missed) its plan or schedule
    ("đạt 62% giá trị hợp đồng, vượt 8% so với kế hoạch", "tăng trưởng đạt 8,12%, vượt 1,9% kế hoạch")? Not when
    that rate is the change of an amount said before it, which the plan is of ("Kim ngạch xuất khẩu đạt 3.120 triệu
    USD, tăng 15,3% so với cùng kỳ, vượt 4,2% so với kế hoạch": 104.2% of it)."""
    lo = max(s_lo, a - 80)
    near = paragraph[lo:a]
    if not ("chậm" in near or "trễ" in near or ("%" in near and ("vượt" in near or "hơn" in near))):
        return False  # (behind the schedule with no rate before: "Gói thầu chậm 7% so với tiến độ")
    if not ((_POINTS_OFF_SCHEDULE_BEFORE.search(paragraph, max(s_lo, a - 60), a)
             and _AGAINST_SCHEDULE_AFTER.match(paragraph, after_unit))
            or _RATE_THEN_GAP_ON_THE_PLAN_BEFORE.search(paragraph, lo, a)):
        return False
    if not earlier or earlier[-1].sentence[0] != s_lo + offset:
        return True  # ("chậm 5% so với tiến độ" with no rate of its own said before)
    rate = earlier[-1]
    if rate.metric == "plan_pct" and "so" not in paragraph[after_unit:after_unit + 6]:
        return False  # ("Thu đạt 105% dự toán, vượt 8% kế hoạch": the share of another plan)
    if rate.metric not in ("yoy_pct", "change_pct") or _GROWTH_OF_THE_ECONOMY.search(paragraph, s_lo, a):
        return True
    return not any(f.sentence[0] == s_lo + offset and f.unit not in ("pct", "times") and f.metric == "level"
                   for f in earlier[-4:-1])
_RATE_THEN_ITS_MOVE_IN_POINTS = re.compile(r"\d\s*%[^,;.\d%()]{0,30},\s*(?:tăng|giảm)"
                                           rf"(?:\s+(?:thêm|{HEDGE_WORDS}))?\s*$", re.IGNORECASE)
# a rate named as such, then its change verb right before a number of bare points ("tỷ lệ đô thị hóa tăng 1,2 điểm")
_RATE_NAMED_THEN_ITS_MOVE = re.compile(r"(?<![^\W\d_])(?:tỷ|tỉ)\s+lệ\s[^,;.\d%()]{1,60}?\s(?:tăng|giảm)"
                                       rf"(?:\s+(?:thêm|{HEDGE_WORDS}))?\s*$", re.IGNORECASE)
# a sentence that opens on the years a change took ("Sau 5 năm triển khai, ..."), with no yearly average in it
_AFTER_YEARS_OPENS = re.compile(r"\s*[Ss]au\s+(?:hơn\s+|gần\s+)?(?:\d{1,2}|hai|ba|bốn|năm|mười)\s+năm\b"
                                r"(?![^.;]*?(?:bình\s+quân|trung\s+bình|/\s*năm|mỗi\s+năm|hằng\s+năm|hàng\s+năm))")
# ... or said right after the change ("tăng gấp 2,5 lần sau 5 năm"), with no yearly average
_AFTER_YEARS_RIGHT_AFTER = re.compile(r"\s*,?\s*sau\s+(?:hơn\s+|gần\s+)?(?:[2-9]|\d{2}|hai|ba|bốn|năm|mười)\s+năm\b"
                                      r"(?!\s+(?:bình\s+quân|trung\s+bình))", re.IGNORECASE)
# a hedge before the "gấp" of a multiple ("tăng gần gấp 3 lần"; "gấp khoảng 2 lần" has it right before the number)
_HEDGED_MULTIPLE = re.compile(rf"(?<![^\W\d_])(?:{HEDGE_WORDS}|xấp\s+xỉ)\s+(gấp)\s*$", re.IGNORECASE)
# the dollar said before its number ("USD 2,5 triệu", "US$ 42,1 tỷ"), as English and investment news write it
_DOLLAR_RIGHT_BEFORE = re.compile(r"(?:(?<![^\W\d_])USD|US\s?\$|\$)\s?$")
_SCALE_WORD_ALONE = re.compile(rf"\s*(?:{SCALE_WORDS})\s*", re.IGNORECASE)
# the high end of "từ X lên/xuống (còn) Y" (group 1: the way a change goes) or "từ X đến/tới Y" (a range), its
# number in group 2, a unit word or "%" after it
_FROM_TO_HIGH = re.compile(r"\s*(?:(?i:(lên|xuống)(?:\s+(?:còn|mức|tới|đến|thành))?)|(?i:đến|tới))\s+"
                           rf"(?:(?i:{HEDGE_WORDS}|dưới|mức)\s+)?(\d+(?:[.,]\d+)*)(?=\s*(?:[^\W\d_]|%))")
# the units a range bounded in words ("từ 95 đến 97%") shares between its ends (not km: see _DASHED_MEASURES); visits
# and head of stock too ("đón từ 1,2 đến 1,5 triệu lượt khách", "từ 12 đến 15 nghìn con")
# ... and what may stand right before its low end when no "từ" does: a hedge or a verb ("khoảng 20 đến 25%", "tăng
# 10 đến 15%")
_RANGE_LOW_END_OPENS = re.compile(rf"(?<![^\W\d_])(?:{HEDGE_WORDS}|xấp\s+xỉ|chừng|đạt|tăng|giảm|chiếm|ở\s+mức)\s*$",
                                  re.IGNORECASE)
_RANGE_IN_WORDS_UNITS = frozenset({"pct", "ha", "tonne", "m3", "quintal_per_ha", "visit", "head"})
# ("giảm 0,5 - 1 điểm phần trăm": a range of a rate's move in points, as of a rate)
# ("tăng 1,2 – 1,5 lần": a range of multiples, its low end a multiple too; "độ mặn tăng 2 - 3‰": of a salinity)
_RANGE_TO = re.compile(r"\s*[-–]\s*\d[\d.,]*"
                       r"(?=\s*(?:%|‰|điểm\s*(?:%|phần\s+trăm)|" + SCALE_WORDS
                       + r"|ha\b|tạ\b|tấn|người|hộ|con|lượt|lần\b))")
# "tổng mức đầu tư tương ứng 25, 18 và 12 tỷ đồng", "lần lượt đạt 120, 45 nghìn tấn": numbers listed after a word
# of measure share the unit written once after the last of them
_LIST_OPENED_BEFORE = re.compile(
    rf"(?:lần\s+lượt|tương\s+ứng|đạt|là|được|với|gồm)(?:\s+(?:là|đạt))?\s*:?\s*(?:(?:{HEDGE_WORDS})\s+)?"
    rf"(?:\d[\d.,]*\s*(?:[,;]|\s+và)\s*(?:(?:{HEDGE_WORDS})\s+)?)*$", re.IGNORECASE)
# ("đàn lợn và đàn gia cầm tăng 1.200 và 15.000 con": a list of changes writes its unit once too)
_CHANGES_LIST_OPENED_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:tăng|giảm)\s+(?:(?:{HEDGE_WORDS})\s+)?(?:\d[\d.,]*\s*(?:[,;]|\s+và)\s*)*$", re.IGNORECASE)
_LISTED_UNITS = frozenset({"VND", "USD", "tonne", "ha", "km", "m3", "person", "household", "visit", "head"})
# "lần lượt thu hút 5 và 7 dự án", "tương ứng có 12 và 15 xã": a list read respectively, its verb between the marker
# and the numbers, counts what its last number counts, bare counts too (each number is one of the things named)
_RESPECTIVE_LIST_OPENED_BEFORE = re.compile(
    rf"(?:lần\s+lượt|tương\s+ứng)(?:\s+[^\W\d_]+){{0,3}}\s*:?\s*(?:(?:{HEDGE_WORDS})\s+)?"
    rf"(?:\d[\d.,]*\s*(?:[,;]|\s+và)\s*(?:(?:{HEDGE_WORDS})\s+)?)*$", re.IGNORECASE)
_CHANGES_LISTED_AFTER_A_RESPECTIVE_LIST = re.compile(
    r"(?:lần\s+lượt|tương\s+ứng)[^.;]*?\d[^.;]*?,\s*(?:tăng|giảm)\s+(?:\d[\d.,]*\s*(?:,|\svà)\s*)*$", re.IGNORECASE
)
_LIST_GOES_ON = re.compile(rf"(?:\s*[,;]\s*|\s+và\s+)(?:(?:{HEDGE_WORDS})\s+)?"
                           rf"(?:\d[\d.,]*(?:\s*[,;]\s*|\s+và\s+)(?:(?:{HEDGE_WORDS})\s+)?)*\d[\d.,]*",
                           re.IGNORECASE)
# the noun after "số" in such a label (group 1)
# ("Số doanh nghiệp/1.000 dân đạt 4,1": the round base a rate is per, with its digits, is part of the label)
_NOUN_OF_A_COUNT_LABEL = re.compile(r"(?<![^\W\d_])số\s+(?:lượng\s+)?([^\W\d_](?:[^,;:.\d]|/\s*(?:100|"
                                    + PER_BASE_NUMBER + r")){0,40}?)\s*:?\s*$", re.IGNORECASE)
_POPULATION_LABEL = re.compile(r"(?<![^\W\d_])dân\s+số(?:\s+trung\s+bình)?\s*:\s*$", re.IGNORECASE)
# the subject of a list of bare numbers that counts ("Số hợp tác xã, tổ hợp tác ...", not "Chỉ số ...")
_COUNT_SUBJECT = re.compile(r"(?<![^\W\d_])(?<!chỉ\s)(?:tổng\s+)?số\s+(?:lượng\s+)?[^\W\d_]", re.IGNORECASE)
_BARE_END = re.compile(r"\s*(?:[;,.)]|$)")
# ... or, after a label's colon, its change in brackets right after it ("số ca mắc cộng dồn: 1.234 (tăng 12% so với
# cùng kỳ)"; not a bare change, "giảm 6 (-20%)")
_BARE_END_OR_ITS_CHANGE = re.compile(r"\s*(?:[;,.)]|$|\(\s*(?:tăng|giảm|bằng|so\s|cùng\s+kỳ|[+\-−]\s*\d))",
                                     re.IGNORECASE)
_BARE_LABEL_BEFORE = re.compile(r"(?::\s*|\b(?:tổng\s+số|số\s+lượng|số)\s+(?:[^,;:.]|(?<=\d)\.(?=\d{3})){2,60}?\s)$",
                                re.IGNORECASE)


# "điểm trung bình 7,12", "Điểm bình quân các môn thi của tỉnh năm 2026 là 6,95": an average score named before a bare
# number is in points (the exam's scale), the number closing its segment
_AVERAGE_SCORE_BEFORE = re.compile(r"\b(?:[Đđ]iểm\s+(?:trung\s+bình|bình\s+quân|TB)|[Tt]ổng\s+điểm)\b"
                                   # (the subjects it is taken over: "điểm trung bình 3 môn ... đạt 7,12")
                                   r"(?:[^,;:.\d]|(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)\d{1,2}(?=\s+môn\b)){0,80}?\s*$")


# a rate per a round base of people named before its bare number ("Tỷ lệ bác sĩ/vạn dân đạt 7,2", "Số giường bệnh
# trên 1 vạn dân: 28,4 (...)"): group 1 what is counted, group 2 the base; the number is the rate, an aside in brackets
# may follow it
_RATE_PER_POPULATION_NAMED = re.compile(
    r"(?<![^\W\d_])(?:số|tỷ\s+lệ|tỉ\s+lệ)\s+([^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)\s*"
    + r"(?:/|(?<![^\W\d_])(?:trên|mỗi))\s*((?:một\s+vạn|"
    + PER_BASE_NUMBER
    + r")\s+"
    + PER_BASE_NOUN
    + r")[^\d,;()]{0,24}$",
    re.IGNORECASE,
)
_BARE_RATE_END = re.compile(r"\s*(?:[;,.()]|$)")


def _bare_count(paragraph: str, a: int, end: int, limit: int) -> UnitReading | None:
    """A number with no unit word that still counts something: "ngành: 55", "tổng số ca phẫu
    thuật 3.111;", "57/66 = 86,4%" — when it closes its segment after a label or a colon; or an average score said
    bare after its name ("điểm trung bình 7,12,"): points; or a rate per people named before it ("Tỷ lệ bác sĩ/vạn
    dân đạt 7,2"): counted per that base."""
    rest = paragraph[end:limit]
    if (
        paragraph.find("dân", max(0, a - 40), a) >= 0
        and _BARE_RATE_END.match(rest)
        and (rate := _RATE_PER_POPULATION_NAMED.search(paragraph, max(0, a - 80), a)) is not None
    ):
        return UnitReading("count", 1.0, 0, rate.group(1).lower() + "/" + " ".join(rate.group(2).split()))
    if re.match(r"\s*=\s*[\d.,]+\s*%", rest):
        return UnitReading("count", 1.0, 0)
    if "iểm" in paragraph[max(0, a - 100):a] and _BARE_END.match(rest) and _AVERAGE_SCORE_BEFORE.search(
            paragraph, max(0, a - 100), a):
        return UnitReading("point", 1.0, 0)
    if (_BARE_END.match(rest) or (paragraph[max(0, a - 3):a].rstrip()[-1:] == ":"
                                  and _BARE_END_OR_ITS_CHANGE.match(rest))) and _BARE_LABEL_BEFORE.search(
            before := re.split(r"[;,(]", paragraph[max(0, a - 80):a])[-1]):
        if (named := _NOUN_OF_A_COUNT_LABEL.search(before)) is not None and (
                (unit := read_unit(" " + named.group(1))) is not None and unit.multiplier == 1
                and (unit.unit in _WHOLE_UNITS or (unit.unit == "count" and unit.label))):
            # "Tổng số hộ: 12.450", "số khẩu: 55.300", "Số xã: 12": the label names what is counted
            return UnitReading(unit.unit, 1.0, 0, unit.label)
        if _POPULATION_LABEL.search(before):
            return UnitReading("person", 1.0, 0)  # "Dân số: 1.250.300": people
        return UnitReading("count", 1.0, 0)
    window = paragraph[max(0, a - 80):a]
    if (("lượt" in window or "ứng" in window) and (listed := _RESPECTIVE_LIST_OPENED_BEFORE.search(window))
            and _BARE_END.match(paragraph, (more.end() if (more := _LIST_GOES_ON.match(paragraph, end, limit))
                                            else end), limit)
            and _COUNT_SUBJECT.search(re.split(r"[;:(]|\.\s", window[:listed.start()])[-1])):
        # "Số hợp tác xã, tổ hợp tác thành lập mới tương ứng là 18, 25.": a list read respectively of bare
        # numbers after a subject counting things counts those things, item by item
        return UnitReading("count", 1.0, 0)
    return None


def _percent_change_in_a_list(paragraph: str, a: int, end: int, limit: int, earlier: list[Figure],
                              offset: int) -> UnitReading | None:
    """A bare change closing its clause in a list of percent changes ("ngành A tăng 8,3%; ngành B
    tăng nhẹ 0,47."): the "%" is left off, the list's own unit still holds."""
    if not re.match(r"\s*(?:[;,.]|$)", paragraph[end:limit]) or not _GROWTH_BEFORE.search(paragraph, max(0, a - 30), a):
        return None
    prev = earlier[-1] if earlier else None
    if prev is None or prev.unit != "pct" or prev.metric not in ("yoy_pct", "change_pct"):
        return None
    between = paragraph[prev.unit_end - offset:a]
    if len(between) > 160 or re.search(r"\.(?!\d)|\d", between):
        return None  # the list must go on in the same sentence, with nothing counted in between
    return UnitReading("pct", 1.0, 0)


# A place's share in a breakdown that names the unit once: "6 tàu bị chìm (Cà Mau 2, Bình Định 1)",
# "82 người bị thương (Lào Cai 2, Quảng Ninh 9, ...)", "22 nhà bị sập, trong đó Yên Thành 3, Xuân Minh 16".
_ELIDED_UNITS = frozenset({"person", "house", "household", "head", "count"})
_CAP = UPPER + r"\w*"
# (villages too, data/words/village_nouns.csv and bản: "(thôn Bình An 2, thôn Hòa 1)"; a village's name may end on its
# number, or be its number alone, the count after it then follows "có", "là" or a colon: "(thôn Tân Lập 7 có 3,
# thôn Bình 2)", "(Thôn 4: 2, Thôn 9: 1)")
_VILLAGE_KINDS = r"(?i:" + word_source("village_nouns") + r"|bản)"
_PLACE_ITEM_BEFORE = re.compile(
    rf"(?:[(,;:]|\bvà|\btrong\s+đó)\s*(?:(?:(?:{UNIT_WORDS}|TP\.?)\s*)?"
    + _CAP + r"(?:[\s.-]+" + _CAP + r"){0,4}|" + _VILLAGE_KINDS + r"(?:\s+" + _CAP + r"(?:[\s.-]+" + _CAP
    + r"){0,3})?(?:\s+\d{1,2}\s*(?:có|là|:))?)\s*:?\s*$"
)
# a breakdown by degree instead of by place ("27 người bị thương (nặng 5, nhẹ 22)", "120 nhà hư hỏng, trong đó
# hoàn toàn 12"): the degree word stands where the place's name would, and may stand alone (it names nothing)
_DEGREES = r"(?:bị\s+)?(?:thương\s+)?(?:nặng|nhẹ|hoàn\s+toàn|một\s+phần)"
_DEGREE_ITEM_BEFORE = re.compile(r"(?:[(,;:]|\bvà|\btrong\s+đó,?)\s*" + _DEGREES + r"\s*:?\s*$")
# a breakdown of the dead, the missing and the hurt with no count before it ("Về người: (chết 10, mất tích 5)"): the
# casualty word names what is counted, people
_CASUALTY_ITEM_BEFORE = re.compile(r"(?:[(,;:]|\bvà)\s*(?:số\s+)?(?:người\s+)?(?:bị\s+)?"
                                   r"(?:chết|tử\s+vong|mất\s+tích|thương|thiệt\s+mạng)\s*:?\s*$")
# a breakdown by kind named in plain words ("632 em đạt giải, trong đó: giải nhất 38, giải nhì 142", "96 trường (mầm
# non 33, tiểu học 32)"): the kind's words stand where the place's name would; read so only when every item of the list
# is such words and a bare number, two or more of them (a change or a rate, "(giảm 5, tăng 3)", is no kind)
_KIND_WORDS = r"(?!(?:tăng|giảm|bằng|so|đạt|chiếm|cùng|năm|tháng|quý)(?![^\W\d_]))[^\W\d_]+(?:\s+[^\W\d_]+){0,3}"
_KIND_ITEM_BEFORE = re.compile(r"(?:[(,;:]|\bvà|\btrong\s+đó,?)\s*" + _KIND_WORDS + r"\s*:?\s*$")
_KIND_ITEM = _KIND_WORDS + r"\s*:?\s*\d{1,3}(?:\.\d{3})*(?![\d%/]|[.,]\d)"
_KINDS_LISTED = re.compile(r"(?:\(|trong\s+đó\s*[:,]?|:)\s*" + _KIND_ITEM + r"(?:\s*[,;]\s*(?:và\s+)?" + _KIND_ITEM
                           + r")+\s*(?:[;)]|\.(?!\d)|$)")
_ITEM_END = re.compile(r"\s*(?:[;,)]|\.(?!\d)|và\b|$)")
_LIST_OPENER = re.compile(r"\(|\btrong\s+đó\b")
# (without a bracket or "trong đó", a colon opens one: "3 người: huyện A 2, huyện B 1"; inside a bracket a colon
# follows a place's name, "(Quảng Ngãi: 09, Bình Định: 23)")
_COLON_OPENER = re.compile(":")
_ANOTHER_ITEM = re.compile(r"[,;]")
# (the next place may be named by its kind in lower case: "(xã A 2, xã B 1)")
_NEXT_ITEM = re.compile(rf"\s*[,;]\s*(?:và\s+)?(?:(?:(?:{UNIT_WORDS}|"
                        + _VILLAGE_KINDS + r")\s+)?" + UPPER + "|" + _VILLAGE_KINDS + r"\s+\d)")


def _opened_and_not_closed(paragraph: str, before: str, a: int) -> bool:
    """Is the number ``a`` inside a bracket or after a colon still open (``before``: the text up to it)?"""
    opened = max(before.rfind("("), before.rfind(":"))
    return opened >= 0 and paragraph.rfind(")", a - len(before) + opened, a) < 0


def _elided_unit(paragraph: str, a: int, b: int, limit: int, earlier: list[Figure],
                 offset: int) -> UnitReading | None:
    """The unit of the count a breakdown details, for a bare whole number after a place's name in
    that breakdown; None for any other bare number."""
    if not _ITEM_END.match(paragraph, b, limit) or "," in paragraph[a:b] or _YEAR_TOKEN.fullmatch(paragraph, a, b):
        return None  # a share is a whole number, never a year
    before = paragraph[max(0, a - 300):a]
    by_degree = by_kind = False
    if _CASUALTY_ITEM_BEFORE.search(before[-40:]) and _opened_and_not_closed(paragraph, before, a):
        return UnitReading("person", 1.0, 0)
    if not _PLACE_ITEM_BEFORE.search(before[-60:]):
        by_degree = _DEGREE_ITEM_BEFORE.search(before[-40:]) is not None
        by_kind = not by_degree and _KIND_ITEM_BEFORE.search(before[-60:]) is not None
        if not (by_degree or by_kind):
            return None
    openers = list(_LIST_OPENER.finditer(before)) or list(_COLON_OPENER.finditer(before))
    if not openers:
        return None
    opener = a - len(before) + openers[-1].start()
    if by_kind and not _KINDS_LISTED.match(paragraph, opener):
        return None  # kinds named in words only in a list made of nothing else
    if paragraph.rfind(")", opener, a) >= 0:
        return None  # the parenthesis closed before this number
    if not (by_degree or by_kind) and not _ANOTHER_ITEM.search(paragraph, opener, a) and not _NEXT_ITEM.match(
            paragraph, b):
        return None  # a lone "(Khóa 5)" names something, it details nothing
    heads = [f for f in earlier
             if f.unit_end - offset <= opener and f.unit in _ELIDED_UNITS and f.role != "denominator"]
    if not heads:
        return None
    head = heads[-1]
    between = paragraph[head.unit_end - offset:opener]
    if re.search(r"[;:]|\.(?!\d)|\d", between) or len(between) > 120:
        return None  # the breakdown must follow the count it details, in the same clause
    if paragraph[opener] == "(" and _numbered_names_listed(paragraph, opener, head):
        return None
    return UnitReading(head.unit, 1.0, 0, head.unit_label)


# "tại 11 xã (Sơn Kim 1, Sơn Tây và Đam Rông 2)", "4 phường (phường Bảo Lộc 1, phường Bảo Lộc 2)": a bracket that
# lists the places counted, some of them named with a number since the 2025 reform, counts nothing per place: a
# place with no number among them, or a place of the very kind counted (a commune holds no communes), says the
# numbers are the names' (a breakdown gives each place its count, and may leave some places out: "6 tàu bị chìm
# (Cà Mau 2, Bình Định 1)")
_BRACKET_ITEM_SPLIT = re.compile(r"\s*(?:[,;]|\bvà\b)\s*")
_NAMED_ITEM = re.compile(rf"(?:({UNIT_WORDS})\s+)?{_CAP}(?:[\s.-]+{_CAP}){{0,4}}(?:\s+(\d{{1,2}}))?")


def _numbered_names_listed(paragraph: str, opener: int, head: Figure) -> bool:
    """Is the bracket at ``opener`` after ``head`` a list of places named with a number, no counts per place?"""
    close = paragraph.find(")", opener, opener + 240)
    if close < 0:
        return False
    items = _BRACKET_ITEM_SPLIT.split(paragraph[opener + 1:close].strip())
    named = [_NAMED_ITEM.fullmatch(item) for item in items]
    if len(items) < 2 or not all(named):
        return False  # (an item with other words, "nhiều nhất là A 5", may be part of a breakdown)
    numbers = [int(m.group(2)) for m in named if m and m.group(2)]
    return len(numbers) < len(items) or any(m and m.group(1) and m.group(1) == head.unit_label for m in named)


# "Xã A có 350 hộ, xã B là 150, xã C có 240 hộ": a place's count in a list of places' counts leaves off
# the unit the item before it gave (the place and its verb, "có"/"là", stand between)
_PLACE_WITH_VERB = _CAP + r"(?:[\s.-]+" + _CAP + rf"){{0,4}}\s+(?:có|là)\s+(?:(?:{HEDGE_WORDS})\s+)?"
_NEXT_PLACE_ITEM = re.compile(rf"\s*,\s*(?:(?:{LOWER_UNIT_WORDS})\s+)?" + _PLACE_WITH_VERB + r"$")
_PLACE_ITEM_OPENS = re.compile(rf"(?:^|[,:;]|\bđó,?)\s*(?:(?:{LOWER_UNIT_WORDS})\s+)?" + _PLACE_WITH_VERB + r"$")


def _unit_of_the_item_before(paragraph: str, a: int, b: int, limit: int, earlier: list[Figure],
                             offset: int) -> UnitReading | None:
    """The unit a list of places' counts gave in its item before, for a bare whole number closing its item."""
    if not _ITEM_END.match(paragraph, b, limit) or "," in paragraph[a:b] or _YEAR_TOKEN.fullmatch(paragraph, a, b):
        return None
    prev = earlier[-1] if earlier else None
    if prev is None or prev.unit not in _ELIDED_UNITS or prev.role == "denominator":
        return None
    between = paragraph[prev.unit_end - offset:a]
    if len(between) > 60 or not _NEXT_PLACE_ITEM.match(between):
        return None
    if not _PLACE_ITEM_OPENS.search(paragraph, max(0, prev.start - offset - 60), prev.start - offset):
        return None  # the item before must be a place's count too
    return UnitReading(prev.unit, 1.0, 0, prev.unit_label)


# "Tiếp nhận 1.856 hồ sơ, trong đó hồ sơ trực tuyến 1.520, chiếm 81,9%": a part after "trong đó" named by the
# noun its whole counted, then a bare whole number, counts what the whole counts (group 1: the part's words)
_PART_NAMED_BY_ITS_NOUN = re.compile(r"\btrong\s+đó\s*[:,]?\s*([^\W\d_][^\d,;:()%]{1,60}?)\s*$", re.IGNORECASE)


def _unit_of_a_part_named_by_its_noun(paragraph: str, a: int, b: int, limit: int, earlier: list[Figure],
                                      offset: int) -> UnitReading | None:
    """The unit of the whole a "trong đó" part names with the whole's own noun, for a bare whole number closing
    that part; None for any other bare number."""
    if not _ITEM_END.match(paragraph, b, limit) or "," in paragraph[a:b] or _YEAR_TOKEN.fullmatch(paragraph, a, b):
        return None
    if paragraph.find("đó", max(0, a - 80), a) < 0 or not earlier:
        return None
    lo = max(0, a - 80)
    part = _PART_NAMED_BY_ITS_NOUN.search(paragraph[lo:a])
    whole = earlier[-1]
    if (part is None or whole.unit not in _ELIDED_UNITS or whole.role == "denominator" or not whole.unit_label
            or whole.unit_end - offset > lo + part.start()
            or _DIGIT.search(paragraph, whole.unit_end - offset, lo + part.start()) is not None):
        return None
    noun = whole.unit_label.lower()
    words = part.group(1).lower()
    if not (words.startswith(noun) and len(words) > len(noun) and words[len(noun)] == " "):
        return None  # the part must be named by the whole's noun and a word that sets it apart
    return UnitReading(whole.unit, 1.0, 0, whole.unit_label)


# "Phát hiện 120 vụ trộm cắp và 45 vụ ma túy, tăng 5 và 3 so với cùng kỳ": bare changes on a base named right after
# them (or before their verb: "; so với cùng kỳ tăng 5 và 3.") leave off the units of the counts the clause (or the
# clause before it) gave before their verb, one change to each count, in order; an item may say its own verb ("tăng 5
# và giảm 3 so với cùng kỳ") (group 1: the items of the list said before the number)
_ITEM_VERB = rf"(?:(?:tăng|giảm)\s+)?(?:(?:{HEDGE_WORDS})\s+)?"
_BARE_CHANGES_BEFORE = EndAnchored(re.compile(
    r"(?<![^\W\d_])(?:tăng|giảm)(?:\s+(?:thêm|tương\s+ứng|lần\s+lượt)(?:\s+là)?)*\s+"
    rf"(?:(?:{HEDGE_WORDS})\s+)?((?:\d[\d.,]*\s*(?:,|\svà)\s*{_ITEM_VERB})*)$", re.IGNORECASE))
# ("giảm 8 (-12,5%) so với cùng kỳ", "giảm 8 (giảm 12,5%)", "giảm 8 (giảm mạnh)": the rate of the change, or a word
# on it, in brackets between it and its base)
_BARE_CHANGES_AFTER = re.compile(rf"((?:\s*(?:,|\svà)\s*{_ITEM_VERB}\d[\d.,]*)*)\s*"
                                 r"(?:\(\s*(?:(?:tăng|giảm)\s+)?[-+−]?\s*\d[\d.,]*\s*%\s*\)\s*|\([^()\d]{2,30}\)\s*)?"
                                 r"(?:(?=so\s|cùng\s+k[ỳì])|"
                                 r"(?=[.;)]|$)())", re.IGNORECASE)
_BASE_FRONTED_BEFORE_VERB = re.compile(r"(?<![^\W\d_])so\s+(?:với\s+)?[^\d,;:()]{2,40}?\s*,?\s*$", re.IGNORECASE)
_ITEM_NUMBER = re.compile(r"\d[\d.,]*")
_LEVELS_CHANGED_UNITS = frozenset({"person", "household", "head", "enterprise", "cooperative", "product", "visit",
                                   "house", "case", "count"})
# "Số doanh nghiệp thành lập mới tăng 5 so với cùng kỳ": no count before the verb, the subject's "số" names what is
# counted (group 1), the unit of its change (not "Chỉ số giá tăng 5 so với cùng kỳ": an index counts nothing)
# ("Số ca mắc sởi tăng 18": a noun counted with no unit of its own; not "Số liệu", "Số dư": a noun of their own after
# "số", data/words/so_compounds.csv)
_COUNT_LABEL_SUBJECT = re.compile(r"^\s*(?:tổng\s+)?số\s+(?:lượng\s+)?(?!(?:" + word_source("so_compounds")
                                  + r")(?![^\W\d_]))([^\W\d_][^\d]{0,60}?)\s*$", re.IGNORECASE)


def _unit_of_the_counts_changed(paragraph: str, a: int, b: int, s_lo: int, earlier: list[Figure],
                                offset: int) -> UnitReading | None:
    """The unit of the count a bare change stands for (``_BARE_CHANGES_BEFORE``), or None."""
    verb = _BARE_CHANGES_BEFORE.search(paragraph, max(s_lo, a - 60), a)
    rest = _BARE_CHANGES_AFTER.match(paragraph, b) if verb is not None else None
    if rest is None:
        return None
    if rest.group(2) is None:
        base = comparison_base(paragraph[rest.end():rest.end() + 40])
    else:  # (the list closes its clause: its base said before the verb)
        fronted = _BASE_FRONTED_BEFORE_VERB.search(paragraph, max(s_lo, verb.start() - 50), verb.start())
        base = comparison_base(fronted.group()) if fronted is not None else None
    if base is None:
        return None  # a base of change (no plan, "tăng 15 so với kế hoạch")
    index = len(_ITEM_NUMBER.findall(verb.group(1)))
    listed = index + 1 + len(_ITEM_NUMBER.findall(rest.group(1)))
    clause_lo = max(paragraph.rfind(";", s_lo, verb.start()) + 1, s_lo)
    counts = [f for f in earlier if f.sentence[0] == s_lo + offset and clause_lo + offset <= f.start
              and f.unit_end <= verb.start() + offset and f.role != "denominator"]
    if not counts and clause_lo > s_lo:
        # ("Phát hiện 120 vụ A và 45 vụ B; so với cùng kỳ tăng 5 và 3.": the counts of the clause before)
        before_lo = max(paragraph.rfind(";", s_lo, clause_lo - 1) + 1, s_lo)
        counts = [f for f in earlier if f.sentence[0] == s_lo + offset and before_lo + offset <= f.start
                  and f.unit_end < clause_lo + offset and f.role != "denominator"]
    if not counts and listed == 1 and "ố" in (subject := paragraph[clause_lo:verb.start()].rsplit(",", 1)[-1]):
        return _unit_of_a_count_label(subject)
    if (not counts or any(f.metric != "level" or f.unit not in _LEVELS_CHANGED_UNITS or f.unit_label == RANK.label
                          for f in counts)
            or _DIGIT.search(paragraph, counts[-1].unit_end - offset, verb.start())):
        return None  # counts only, nothing said between the counts and the changes
    if len(counts) != listed:
        if listed > 1:
            return None  # one count before the verb for each change
        # ("trong đó 120 trường đạt chuẩn, tăng 10 so với năm học trước": one change, of the count right before it)
        index = len(counts) - 1
    return UnitReading(counts[index].unit, 1.0, 0, counts[index].unit_label)


def _unit_of_a_count_label(subject: str) -> UnitReading | None:
    """The unit of the things a subject "Số <noun>" counts ("Số vụ cháy", "Số doanh nghiệp"), or None."""
    if (named := _COUNT_LABEL_SUBJECT.match(subject)) is None or (
            (unit := read_unit(" " + named.group(1)) or _noun_count(" " + named.group(1))) is None):
        return None
    if unit.multiplier != 1 or unit.unit not in _LEVELS_CHANGED_UNITS or (unit.unit == "count" and not unit.label):
        return None
    return UnitReading(unit.unit, 1.0, 0, unit.label)


# "Ngày lưu trú bình quân 2,1 ngày", "thời gian lưu trú trung bình 1,8 ngày/khách": a guest's stay is
# a count of days (elsewhere "ngày" after a number is a date or a duration, no fact)
_STAY_BEFORE = re.compile(r"lưu\s+trú[^,;.\d]{0,30}$", re.IGNORECASE)
_DAYS_AFTER = re.compile(r"\s*ngày\b")


# "khách quốc tế 1,45 ngày/lượt": days per guest are a stay, whatever is named before them
_DAYS_PER_GUEST = re.compile(r"\s*ngày\s*/\s*(?:lượt|khách|người)\b", re.IGNORECASE)


# "huy động 500 ngày công lao động", "với 350 ngày công": days of labour put into a work are a count, not a date
_LABOUR_DAYS = re.compile(r"\s*ngày\s+công\b(?!\s+(?:trình|tác|nghệ|bố|khai))", re.IGNORECASE)


def _labour_days(paragraph: str, end: int) -> UnitReading | None:
    days = _LABOUR_DAYS.match(paragraph, end)
    return UnitReading("count", 1.0, days.end() - end, "ngày công") if days else None


# "4.076 giờ", "hơn 1.500 giờ nắng": hundreds of hours are counted, not a time of day (nor the
# window of a forecast: "trong 48 giờ tới", "72 giờ qua")
_HOURS_AFTER = re.compile(r"\s*giờ\b(?!\s*\d)(?!\s+(?:tới|qua|sau|trước)\b)", re.IGNORECASE)


def _hours_count(paragraph: str, end: int, value: float) -> UnitReading | None:
    if value < 100 or "giờ" not in paragraph[end:end + 6]:
        return None
    hours = _HOURS_AFTER.match(paragraph, end)
    return UnitReading("count", 1.0, hours.end() - end, "giờ") if hours else None


# "Sản lượng lương thực (tấn): 245.300", "Tổng đàn gia cầm (nghìn con): 2.450": the unit a label names in
# brackets before its colon; "doanh thu đạt 1.250 (tỷ đồng)": the unit in brackets right after the number
_UNIT_BRACKET_BEFORE = re.compile(r"\(\s*([^()\d:;]{1,20}?)\s*\)\s*:?\s*"
                                  rf"(?:(?:{HEDGE_WORDS}|dưới|đạt|ước\s+đạt|ước|là)\s+)*$", re.IGNORECASE)
_UNIT_BRACKET_AFTER = re.compile(r"\s*\(\s*([^()\d:;]{1,20}?)\s*\)")
# "Số lao động (nghìn người): nông nghiệp 420; công nghiệp 510", "Vốn đầu tư (tỷ đồng): Nhà nước 5.200, FDI 12.300":
# the unit a label names in brackets before the colon of a list whose items each name a part before its number
_UNIT_BRACKET_BEFORE_A_LIST = re.compile(r"\(\s*([^()\d:;]{1,20}?)\s*\)\s*:\s*"
                                         r"(?:[^\d;:().\n]{1,40}?\s\d[\d.,]*[ \t]*[;,][ \t]*)*[^\d;:().\n]{1,40}?\s$")
_NOTHING_OR_PER = re.compile(r"(?:\s*/\s*[^\W\d_]+)?")


def _unit_in_brackets(paragraph: str, a: int, end: int, s_lo: int, s_hi: int) -> UnitReading | None:
    """The unit of a bare number written in brackets: after its label, before the colon, or right
    after the number. The brackets must hold a unit and nothing else ("(huyện Krông Pắc)" is a place)."""
    held = None
    lo = max(s_lo, a - 40)
    if ")" in paragraph[lo:a] and (before := _UNIT_BRACKET_BEFORE.search(paragraph, lo, a)):
        held, length = before.group(1), 0
    elif "(" in paragraph[end:end + 3] and (after := _UNIT_BRACKET_AFTER.match(paragraph, end, s_hi)):
        held, length = after.group(1), after.end() - end
    elif "):" in paragraph[max(0, a - 300):a] and (
            listed := _UNIT_BRACKET_BEFORE_A_LIST.search(paragraph, max(0, a - 300), a)) is not None:
        # (the list's items may be taken for sentences of their own: "; FDI 12.300", a part in capitals)
        held, length = listed.group(1), 0
    if held is None:
        return None
    reading = read_unit(" " + held)
    # ("(triệu đồng/ha)": the unit may be per something, as "triệu đồng/người" after a number is)
    if reading is None or not _NOTHING_OR_PER.fullmatch(held, reading.length - 1):
        return None
    return UnitReading(reading.unit, reading.multiplier, length, reading.label)


def _stay_length(paragraph: str, a: int, end: int) -> UnitReading | None:
    """The days of an average stay, named before the number and counted after it, or counted per guest."""
    per_guest = _DAYS_PER_GUEST.match(paragraph, end)
    if per_guest:
        return UnitReading("count", 1.0, per_guest.end() - end, "ngày")
    days = _DAYS_AFTER.match(paragraph, end)
    if not days or not _STAY_BEFORE.search(paragraph, max(0, a - 40), a):
        return None
    return UnitReading("count", 1.0, days.end() - end, "ngày")


_VOWEL = re.compile(r"[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]", re.IGNORECASE)


# the words that count events ("trận", "cơn", "đợt") before an event named in more than one syllable
# (data/words/counted_events.csv)
_EVENT_CLASSIFIERS = frozenset(("trận", "cơn", "đợt"))
_EVENT_AFTER_CLASSIFIER = re.compile(rf"\s+({word_source('counted_events')})(?![^\W\d_])")


# "2 chục năm", "3 trăm năm lịch sử": tens or hundreds of a span of time, an age of things, no count; "3 chục cán bộ":
# tens of the noun after (read_unit reads "chục" before a unit it knows)
_SPAN_OF_TIME = r"(?:năm|tháng|ngày|tuần|giờ|phút|thế\s+kỷ)(?![^\W\d_])"
_TENS_OR_HUNDREDS = re.compile(r"\s*(chục|trăm)(?![^\W\d_])(\s+" + _SPAN_OF_TIME + r")?")


# a noun of three syllables counted whole: a word of two and the suffix that makes it an agent ("30 vận động viên",
# "120 thực tập sinh"; not "viên chức", "sinh con" after a noun of two), or a prefix of rank, of the whole or of the
# past before a noun of two ("2 tổng công ty", "5 phó chủ tịch", "1.200 cựu chiến binh")
_AGENT_SUFFIX = re.compile(r"\s+(viên|sinh)(?![^\W\d_])"
                           r"(?!\s+(?:chức|con|ra|sống|hoạt|kế|thái|sản|học|viên)(?![^\W\d_]))")
_NOUN_PREFIXES = frozenset(("tổng", "phó", "cựu"))
# a paper "bằng" names, counted ("15 bằng khen", "3 bằng độc quyền sáng chế"; data/words/papers_named_bang.csv)
_PAPER_NAMED_BANG = re.compile(r"[bB]ằng\s+(?i:" + word_source("papers_named_bang") + r")(?![^\W\d_])")
# nouns whose second syllable is "bằng" ("văn bằng", a diploma; "mặt bằng", a site): counted whole
_NOUNS_ENDING_IN_BANG = frozenset(("văn", "mặt"))
_THIRD_WORD = re.compile(rf"\s+({LOWER}+)")
# words of two syllables that qualify a counted noun of one ("mã xuất khẩu", "phiếu lý lịch"; the label keeps them
# whole; data/words/words_of_two_syllables.csv)
_WORDS_OF_TWO_SYLLABLES = frozenset(word_list("words_of_two_syllables"))
# works named by one word, whatever the words after it say they serve or are made of ("25 cống thủy lợi", "17 đập
# tạm", "42 cống ngăn mặn": "cống", "đập" counted; data/words/works_named_by_one_word.csv)
_WORKS_NAMED_BY_ONE_WORD = frozenset(word_list("works_named_by_one_word"))
# what a work counted serves or how it is built, after its noun ("38 hồ thủy lợi", "20 kênh nội đồng": "hồ", "kênh"
# counted; data/words/qualifiers_after_a_counted_noun.csv)
_QUALIFIER_AFTER_A_COUNTED_NOUN = re.compile(
    r"\s+(?:" + word_source("qualifiers_after_a_counted_noun") + r")(?![^\W\d_])", re.IGNORECASE)


def _third_syllable(after: str, end: int, label: str) -> str | None:
    """The third syllable of the noun counted whose first two are ``label`` (ending at ``end`` of ``after``): an agent's
    suffix; a noun's after a prefix; or the end of a noun the units know that the first syllable only qualifies ("15
    tiểu dự án", "40 tân sinh viên"; not "45 tiểu thương kinh doanh"); else None."""
    if (suffix := _AGENT_SUFFIX.match(after, end)) is not None:
        return suffix.group(1)
    third = _THIRD_WORD.match(after, end)
    if third is None or _NOT_A_COUNT_NOUN.match(after[third.start(1):]):
        return None
    if f"{label.split()[1]} {third.group(1)}" in _WORDS_OF_TWO_SYLLABLES:
        return third.group(1)  # "20 mã xuất khẩu", "3 quỹ đầu tư": a word of two syllables after the noun, whole
    if label.split()[0] in _NOUN_PREFIXES:
        return third.group(1)
    rest = " " + label.split()[1] + third.group()
    known = read_unit(rest)
    return third.group(1) if known is not None and known.length == len(rest) else None


# "hỗ trợ xây dựng 35 "Mái ấm Công đoàn"", "trao 120 “Nhà tình nghĩa”": the things counted named by the name of their
# kind in quotes, right after the number (the name, capitalised, is the label)
_QUOTED_NAME_COUNTED = re.compile(rf"[ \t]*[\"“«]({UPPER}[^\"“”«»\n\d]{{1,60}}?)[\"”»]")


def _noun_count(after: str) -> UnitReading | None:
    """A number followed by a noun it counts ("4 công ty", "85 quyết định"), or by the quoted name of the kind it counts
    ("35 "Mái ấm Công đoàn""): unit ``count``."""
    if after[:3].lstrip()[:1] in "\"“«" and (quoted := _QUOTED_NAME_COUNTED.match(after)) is not None:
        return UnitReading("count", 1.0, quoted.end(), quoted.group(1))
    if ("c" in after[:8] or "tr" in after[:8]) and (tens := _TENS_OR_HUNDREDS.match(after)) is not None:
        if tens.group(2) or (noun := _noun_count(after[tens.end():])) is None:
            return None
        return UnitReading("count", 10.0 if tens.group(1) == "chục" else 100.0, tens.end() + noun.length, noun.label)
    after = headline_in_lower_case(after)  # ("THÔNG QUA 16 NGHỊ QUYẾT": its noun whole, not "NGH")
    m = _NOUN_AFTER.match(after)
    # ("4 Trong đó thu nội địa ...", a footnote's mark before its sentence: a function word capitalised to open a
    # sentence is no noun either)
    if not m:
        return None
    # ("3 bằng độc quyền sáng chế", "15 Bằng khen": the paper "bằng" names, counted; "bằng 98%" compares)
    paper = _PAPER_NAMED_BANG.match(after, m.start(1)) if m.group(1)[:1] in "bB" else None
    if paper is None and (_NOT_A_COUNT_NOUN.match(m.group(1)) or (m.group(1)[:1].isupper() and _NOT_A_COUNT_NOUN.match(
            m.group(1).lower()))):
        return None
    # ("214 khách \nsạn": a noun broken over lines is one word apart)
    words = m.group(1).split()
    label, first = " ".join(words), words[0]
    if first.islower() and not _VOWEL.search(first):
        return None  # every syllable has a vowel: "6 th" is a word cut off (where a page excerpt ends)
    if paper is not None:
        label = paper.group()  # "3 bằng độc quyền sáng chế", "15 Bằng khen": the paper named whole
    elif len(words) == 2 and words[1] == "bằng" and first in _NOUNS_ENDING_IN_BANG:
        label = label  # "7 văn bằng bảo hộ", "5 mặt bằng sạch": a noun of its own, no "bằng" of a ratio
    elif first in _WORKS_NAMED_BY_ONE_WORD or (len(words) == 2 and _QUALIFIER_AFTER_A_COUNTED_NOUN.match(
            after, m.start(1) + len(first)) is not None):
        label = first
    elif first in _EVENT_CLASSIFIERS and (event := _EVENT_AFTER_CLASSIFIER.match(after, m.start(1) + len(first))):
        label = f"{first} {event.group(1)}"  # "5 trận động đất": the event counted whole, not "trận động"
    elif len(words) == 2 and (third := _third_syllable(after, m.end(1), label)) is not None:
        label = f"{label} {third}"
    elif len(words) > 1 and _NOT_A_COUNT_NOUN.match(after[m.start(1) + len(first):].lstrip()):
        # ("12 đội tham gia", "5 đơn vị hỗ trợ": a verb of two words after the noun is no part of it, as one of one
        # word is not)
        label = first
    return UnitReading("count", 1.0, m.start(1) + len(first), label)


# Numbers written as words count when what they count follows ("năm người chết", "Hai điểm
# trường"). "một" (also "a") and "năm" (also "year") only before nouns that leave no doubt.
#
# The words are written one branch per way of writing their first letter (ſ is an s to a
# case-insensitive match), the lookbehind after it: the engine skips to those letters instead
# of trying every character (the same matches as ``(?<![\w])(?i:(một|hai|...|mười))``, which
# tests/test_scanning.py holds it to).
# Boats and bridges a disaster sinks or sweeps away ("đánh chìm sáu tàu cá", "cuốn trôi một cầu");
# groups of a price index are counted too ("Hai nhóm thuốc và dịch vụ y tế, ... giữ nguyên").
_DAMAGED_CRAFT = word_source("damaged_craft")
# who a casualty count counts, said before what befell them ("một ngư dân tử vong"; data/words/casualty_persons.csv)
# (people counted by their kinship, "hai mẹ con", "ba bố con": data/words/kin_groups.csv)
_KIN_GROUPS = word_source("kin_groups")
_CASUALTY_PERSONS = word_source("casualty_persons") + "|" + _KIN_GROUPS
# a few words may say which of them, before what befell them ("một cảnh sát giao thông đường thủy bị
# thương", "một chiến sĩ biên phòng tử vong"): words only, no number or clause mark
# the age of a person counted ("ngoài 50 tuổi", "khoảng 30 tuổi"): it describes them, it says nothing happened
PERSON_AGE = rf"(?:(?:ngoài|{HEDGE_WORDS})\s+)?\d{{1,3}}\s+tuổi"
# (an age may come first: "một phụ nữ ngoài 50 tuổi ở thôn A bị thương")
_PERSON_DESCRIPTION = r"(?:\s+" + PERSON_AGE + r")?(?:\s+[^\W\d]+){0,4}?"
# what befell them, between "bị" and the casualty ("một người dân bị sét đánh tử vong", "hai em nhỏ bị nước cuốn
# trôi mất tích", "một công nhân bị điện giật tử vong")
_WHAT_BEFELL = (r"(?:(?:sét\s+đánh|(?:lũ|nước|dòng\s+nước)\s+cuốn(?:\s+trôi)?|điện\s+giật|cây\s+(?:đổ|gãy)\s+đè|"
                r"đất\s+đá\s+vùi\s+lấp|vùi\s+lấp|đuối\s+nước),?\s+(?:làm\s+)?)?")
# the persons' description, what befell them and the casualty, a comma allowed between what befell them and how they
# came out of it ("một người bị đất đá vùi lấp, tử vong", "một người bị lũ cuốn trôi, mất tích")
_BEFELL = (_PERSON_DESCRIPTION + r",?\s+(?:bị\s+)?" + _WHAT_BEFELL
           + r"(?:chết|tử\s+vong|bị\s+thương|mất\s+tích|thiệt\s+mạng)")
# "Hai vợ chồng ông A bị lũ cuốn trôi, đến nay vẫn chưa tìm thấy", "hai mẹ con bị sạt lở đất vùi lấp, đã tử vong",
# "Ba bố con ở xã A bị lũ cuốn, hiện vẫn mất tích": a kin group counted in words is people a casualty befell when
# one follows anywhere in its clause (the group's name, its place, what swept them away and when said in between;
# being swept away, "cuốn trôi", is a casualty of its own: "bị lũ cuốn" or "bị sét đánh" alone says no outcome);
# nothing they did ("hai vợ chồng ông A đã ủng hộ 10 triệu đồng"), no other count in between ("Hai anh em đã cứu
# 3 người bị lũ cuốn trôi"), nor an escape ("hai mẹ con may mắn thoát nạn khi nhà bị lũ cuốn trôi")
_KIN_CASUALTY = (r"(?:" + _KIN_GROUPS + r")(?=(?:(?!thoát|cứu|kịp)[^.;:!?\n\d]){0,140}?(?<![^\W\d_])"
                 r"(?:" + word_source("person_impacts") + r"|chưa\s+tìm\s+thấy|cuốn\s+trôi)(?![^\W\d_]))")
_NUMBER_WORD_CASES = {"m": "mM", "h": "hH", "b": "bB", "n": "nN", "s": "sSſ", "t": "tT", "c": "cC"}
# "hai chục hộ", "năm chục ha": a digit word and "chục" are tens of the unit after (not of a span of time)
_TENS_OF_A_UNIT = r"chục(?![^\W\d_])(?!\s+" + _SPAN_OF_TIME + ")"
# "Hai trong bốn cây cầu tràn bị cuốn trôi", "ba trong số năm hộ": the whole a part in words is counted out of, said
# between the part and its noun (as "2 trong 4 cây cầu" after digits: _PART_OF_A_WHOLE); so with "trên", "chín trên
# mười xã" (one out of the other, no "over ten")
_PART_OF_WORDS = r"(?:trong\s+(?:số\s+)?|trên\s+(?:tổng\s+(?:số\s+)?)?)"
# (the whole past ten too, said in several words: "mười một trên mười lăm xã", "hai trên mười hai huyện")
_A_WHOLE_IN_WORDS = rf"(?:{NUMBER_IN_WORDS.pattern}|(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?![^\W\d_]))"
_WHOLE_IN_WORDS = _PART_OF_WORDS + _A_WHOLE_IN_WORDS + r"\s+"
_WHOLE_IN_WORDS_AFTER = re.compile(r"\s*" + _PART_OF_WORDS + r"(?P<whole>" + _A_WHOLE_IN_WORDS + r")\s+", re.IGNORECASE)
# (... and the whole itself, after its part, counts nothing of its own: "ba trong số năm hộ" counts three)
_PART_IN_WORDS_BEFORE = re.compile(
    r"(?:" + _A_WHOLE_IN_WORDS + r"|(?<![^\W\d_])\d{1,3})\s+" + _PART_OF_WORDS + "$", re.IGNORECASE
)
# the spots of a slide, a flood or a jam ("hai điểm sạt lở", "năm điểm ngập úng", "ba điểm đen"): counted in words
_SPOTS_OF_HARM = r"điểm\s+(?:sạt|sụt|ngập|ùn|đen|trượt|xói)"
_NOUNS_COUNTED_IN_WORDS = word_source("nouns_counted_in_words")
_COUNTED_IN_WORDS_AFTER = re.compile(r"\s*(?:" + _NOUNS_COUNTED_IN_WORDS + r")(?![^\W\d_])")
_WORD_NUMBER = re.compile(
    "(" + caseless_word_start(("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"),
                              _NUMBER_WORD_CASES) + ")"
    # (a part of the units of a province or district out of all of them: "hai trên ba huyện", "bốn trong năm phường")
    + r"\s+(?=" + _WHOLE_IN_WORDS + r"(?:" + LOWER_UNIT_WORDS + r")(?![^\W\d_])|"
    r"(?:" + _WHOLE_IN_WORDS + r")?(?:(?:" + _CASUALTY_PERSONS + r")" + _BEFELL + r"|" + _KIN_CASUALTY + "|"
    r"hộ\b|ngôi\s+nhà|căn\s+nhà|nhà\b(?!\s+(?:máy|thầu|đầu\s+tư))|điểm\s+trường|trường\b|xã\b|con\b(?!\s+(?:số|người|đường|dấu))|"
    r"vụ\b|người\b|dự\s+án\b|doanh\s+nghiệp\b|nhóm\b|làn\s+xe\b|phòng\s+(?:học|chức\s+năng|bộ\s+môn)\b|"
    # the outbreaks and cases a health report counts ("ba ổ dịch", "hai ca tử vong";
    # data/words/nouns_counted_in_words.csv)
    r"(?:" + _NOUNS_COUNTED_IN_WORDS + r")(?![^\W\d_])|"
    # places a ranking moved by ("PCI tăng hai bậc"; "hai bậc học" are school levels)
    r"bậc\b(?!\s+học)|"
    # works counted in words ("hai cây cầu", "ba đoạn tuyến", "hai địa điểm" to build at)
    # (not "hai cầu thủ", players, nor "cầu nối", a link; not "Hai công trình có tổng mức đầu tư ...", which
    # opens a sentence about the works a text has just named, no count of its own)
    r"(?:cây\s+)?cầu\b(?!\s+(?:thủ|nối|vồng|lông|may|kỳ)\b)|đoạn\b|địa\s+điểm\b|"
    # the models and branches a movement builds ("hình thành hai mô hình thu gom", "ba câu lạc bộ dưỡng sinh")
    r"mô\s+hình\b|câu\s+lạc\s+bộ\b|tổ\s+hợp\s+tác\b|"
    # a measure ("ngập sáu ha lúa", "hỗ trợ hai tấn gạo", "sạt lở hai km đường"), the villages and vehicles a flood
    # cuts off or sweeps away ("Hai thôn bị cô lập", "cuốn trôi bốn xe máy"), the spots of a slide ("hai điểm sạt lở")
    r"ha\b|tấn\b|km\b|thôn\b|bản\b(?!\s+(?:sao|chính|đồ|án|thảo|lĩnh|sắc|quyền|tin))|xe\b|ô\s+tô\b|"
    + _SPOTS_OF_HARM + "|"
    # a scale word, the unit after it ("hai nghìn lao động", "ba triệu đồng": read_unit reads both)
    # ("hai chục hộ": tens of the unit after; "hai chục năm qua" is a span of time, no figure)
    r"(?:" + SCALE_WORDS + r")(?![^\W\d_])|" + _TENS_OF_A_UNIT + "|"
    # a percentage said in words ("tăng mười phần trăm", "giảm ba phần trăm"), as "hai mươi lăm phần trăm" is read
    r"phần\s+trăm\b|"
    r"(?:" + _DAMAGED_CRAFT + r")\b))")
# "một người bị chết do sét", "một người ở huyện X thiệt mạng": what happened to the one person
# ("một ngư dân tử vong": a person named by their trade is still one dead)
_STRONG_NOUN = re.compile(r"(?:" + _CASUALTY_PERSONS + r")" + _BEFELL + r"|" + _KIN_CASUALTY + "|"
                          r"người\s+(?:ở|tại)\s+[^,;.()]{1,40}?\b(?:chết|tử\s+vong|bị\s+thương|mất\s+tích|thiệt\s+mạng)|"
                          r"hộ\b|ngôi\s+nhà|căn\s+nhà|nhà\b|"
                          # ("Năm điểm sạt lở trên quốc lộ 12": five spots, no year)
                          + _SPOTS_OF_HARM + "|"
                          # a scale word ("hơn một nghìn doanh nghiệp", "năm triệu đồng"): a number, no "a" nor a year
                          r"(?:" + SCALE_WORDS + r")(?![^\W\d_])(?!\s+(?:lệ|trọng|suất|phú)(?![^\W\d_]))|"
                          + _TENS_OF_A_UNIT + "|"
                          # the rooms a school is built with ("năm phòng chức năng", not "năm phòng chống ...")
                          r"phòng\s+(?:học|chức\s+năng|bộ\s+môn)\b")


_DETAIL_BEFORE = re.compile(r"trong\s+đó\s+(?:có\s+)?$", re.IGNORECASE)
# "Năm nay có năm xã đạt chuẩn", "thêm năm hợp tác xã": "năm" after a verb of having or adding, before the units it
# counts, is five (a year is "có năm 2025", "cả năm")
_FIVE_UNITS_AFTER_A_VERB = re.compile(r"(?<![^\W\d_])(?:có|thêm|gồm)\s+$", re.IGNORECASE)
_FIVE_UNITS = re.compile(rf"\s*(?:{LOWER_UNIT_WORDS}|thôn|bản|trường|hợp\s+tác\s+xã|doanh\s+nghiệp|dự\s+án|"
                         r"công\s+trình|sản\s+phẩm|làng|cơ\s+sở|điểm\s+trường)\b")
# "năm con dê", "năm con gia súc": five animals, never a year (a year's animal, "năm con Rồng", is no livestock word)
_FIVE_ANIMALS = re.compile(r"\s*con\s+(?:" + word_source("livestock") + r")")
# "một" is a number, not "a", when the damage it suffered comes right before it ("đánh chìm một tàu")
_DAMAGE_RIGHT_BEFORE = re.compile(r"(?:" + word_source("damage") + r")\s+$", re.IGNORECASE)
_CRAFT_AFTER = re.compile(r"\s*(?:" + _DAMAGED_CRAFT + r")", re.IGNORECASE)


# "Một cầu treo bị lũ cuốn trôi", "một tàu cá bị sóng đánh chìm": the damage said after the craft, with "bị" (a few
# words may say which craft, and what did it)
_DAMAGE_SUFFERED_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s+bị(?:\s+[^\W\d_]+){0,3}?\s+(?:"
                                    + word_source("damage") + r")", re.IGNORECASE)


def _one_damaged_craft(paragraph: str, m: re.Match[str]) -> bool:
    """"cuốn trôi một cầu": one boat or bridge right after the damage that befell it, or before it ("một cầu treo
    bị lũ cuốn trôi")."""
    if (craft := _CRAFT_AFTER.match(paragraph, m.end())) is None:
        return False
    return bool(_DAMAGE_RIGHT_BEFORE.search(paragraph, max(0, m.start() - 30), m.start())
                or ("bị" in paragraph[craft.end():craft.end() + 30]
                    and _DAMAGE_SUFFERED_AFTER.match(paragraph, craft.end(), craft.end() + 60)))


# the photographer's credit that closes a photo caption ("Một ngôi nhà bị tốc mái. Ảnh: V.N",
# "Một ngôi nhà ở xã A bị tốc mái – Ảnh: V.N")
_PHOTO_CREDIT = re.compile(r"[\s.(\-–]*(?:Ảnh|ẢNH)\s*:")


def _opens_photo_caption(paragraph: str, sentences: list[tuple[int, int]], at: int) -> bool:
    """A photo caption that opens with "Một ngôi nhà ..." describes its picture: "a house", not a
    count of one (after the damage, "Lốc xoáy làm tốc mái một nhà dân. Ảnh: ...", it is one)."""
    s_lo, s_hi = _sentence_at(paragraph, sentences, at)
    if paragraph[s_lo:at].strip() and not re.search(r"(?:\n|\s{2})\s*$", paragraph[max(s_lo, at - 4):at]):
        return False  # (a caption under a heading line may share its sentence: opening a line is enough)
    return bool(_PHOTO_CREDIT.match(paragraph, s_hi) or _PHOTO_CREDIT.search(paragraph, at, s_hi))


def _a_photo_in_its_caption(paragraph: str, sentences: list[tuple[int, int]], m: re.Match[str]) -> bool:
    """"Nước ngập nhà một hộ dân ở xã A. Ảnh: V.N": inside a photo caption "một" is "a" too, unless
    the damage that befell the one comes right before it ("... làm tốc mái một nhà dân. Ảnh: ...")."""
    s_lo, s_hi = _sentence_at(paragraph, sentences, m.start(1))
    if not (_PHOTO_CREDIT.match(paragraph, s_hi) or _PHOTO_CREDIT.search(paragraph, m.start(1), s_hi)):
        return False
    return not _DAMAGE_RIGHT_BEFORE.search(paragraph, max(s_lo, m.start() - 30), m.start())


def _sentence_at(paragraph: str, sentences: list[tuple[int, int]], a: int) -> tuple[int, int]:
    """``_sentence_of`` for the few figures found outside the digit scan (its starts made on the spot)."""
    return _sentence_of(sentences, [lo for lo, _ in sentences], a, len(paragraph))


def _figure_in(paragraph: str, offset: int, span: tuple[int, int, int], token: str,
               reading: tuple[float, str, str | None], metric: str, sentence: tuple[int, int],
               segment: tuple[int, int]) -> Figure:
    """A figure found in ``paragraph`` outside the digit scan (``span``: start, end, unit end; ``reading``:
    value, unit, unit label), its offsets shifted by ``offset``, its qualifier read in its segment."""
    start, end, unit_end = span
    value, unit, label = reading
    return Figure(start=start + offset, end=end + offset, unit_end=unit_end + offset, token=token, value=value,
                  unit=unit, unit_label=label, qualifier=qualifier_before(paragraph[segment[0]:start]) or "exact",
                  metric=metric, sentence=(sentence[0] + offset, sentence[1] + offset),
                  segment=(segment[0] + offset, segment[1] + offset))


# "bốn người tử vong. Trong đó, một người bị chết do sét đánh ở A, một người bị tường rào đổ vào ở B":
# each "một người" of a breakdown that details a count of dead or hurt is one of them, whatever befell them
_BREAKDOWN_OPENS = re.compile(r"(?:^|[.;:]\s*)trong\s+đó\s*,?\s*(?:có\s+)?(?:[^.;:]*,\s*)?$", re.IGNORECASE)
_CASUALTY_BEFORE = re.compile(r"\b(?:chết|tử\s+vong|bị\s+thương|mất\s+tích|thiệt\s+mạng)\b", re.IGNORECASE)


_PERSON_NOUN = re.compile(r"người\b")


# "bị thương một người", "xảy ra một vụ cháy": "một" right after a verb that counts what befell or happened
# (data/words/verbs_counting_one.csv) and before a noun of people, cases or homes is one of them, no article
_VERB_COUNTING_ONE_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + word_source("verbs_counting_one") + r")\s+$",
                                       re.IGNORECASE)
_ONE_COUNTED_NOUN = re.compile(r"\s*(?:người|vụ|hộ|căn|trường\s+hợp)(?![^\W\d_])")


def _one_counted_after_its_verb(paragraph: str, m: re.Match[str]) -> bool:
    return bool(_ONE_COUNTED_NOUN.match(paragraph, m.end())
                and _VERB_COUNTING_ONE_BEFORE.search(paragraph, max(0, m.start() - 16), m.start()))


def _one_person_of_a_casualty_breakdown(paragraph: str, m: re.Match[str]) -> bool:
    if not _PERSON_NOUN.match(paragraph, m.end()):
        return False
    before = paragraph[max(0, m.start() - 200) : m.start()]
    opened = _BREAKDOWN_OPENS.search(before)
    return bool(opened and _CASUALTY_BEFORE.search(before, 0, opened.start() + 1))


# "sông Ba đoạn qua xã A", "xã Năm Căn", "thôn Hai": a digit word written with a capital right after a word in
# lower case on its line is (part of) a name; a number inside a sentence is written in lower case
_WORD_BEFORE_ON_LINE = re.compile(r"([^\W\d_]+)[ \t]+$")


_COUNTED_IN_WORDS_RIGHT_AFTER = re.compile(r"\s+(?:" + _NOUNS_COUNTED_IN_WORDS + r")(?![^\W\d_])")
# a place's noun right before a capitalised number word ("thôn Ba", "xã Hai"): the place's name
_PLACE_NOUN_BEFORE = re.compile(r"(?<![^\W\d_])(?:(?i:" + UNIT_WORDS + r")|" + word_source("village_nouns") + r")\s+$")


def _capitalised_in_a_name(paragraph: str, a: int) -> bool:
    if not paragraph[a].isupper():
        return False
    before = _WORD_BEFORE_ON_LINE.search(paragraph, max(0, a - 16), a)
    return before is not None and before.group(1).islower()


# "Một hộ kinh doanh ở xã A nộp thuế 120 triệu đồng": "Một" opening a sentence that tells no damage or casualty
# introduces the one it tells of (an article, "a household"); a count of one is told of harm ("Một hộ bị sập nhà")
_HARM_SAID = re.compile(r"(?:" + word_source("damage") + r")", re.IGNORECASE)
_SENTENCE_LEAD = re.compile(r"[\s\-–•+*]*")


# ("Một nghìn hộ", "Một tỷ đồng", "Một chục ngôi nhà": "Một" is the number a scale word multiplies)
_SCALE_WORD_AFTER = re.compile(r"\s*(?:" + SCALE_WORDS + r"|chục|trăm)(?![^\W\d_])", re.IGNORECASE)


def _one_as_the_article_opening_a_sentence(paragraph: str, sentences: list[tuple[int, int]], a: int) -> bool:
    if _SCALE_WORD_AFTER.match(paragraph, a + 3):
        return False
    s_lo, s_hi = _sentence_at(paragraph, sentences, a)
    return (_SENTENCE_LEAD.fullmatch(paragraph, s_lo, a) is not None
            and _HARM_SAID.search(paragraph, a, s_hi) is None)


# a count, its noun, then "trên một vạn dân" (per ten thousand people): the rate's base ("trên một vạn người tham
# gia", with no count before, is over ten thousand)
_PER_TEN_THOUSAND_PEOPLE = re.compile(r"\d[\d.,]*(?:\s+(?!(?:với|và|có|cùng|gồm)\s)[^\W\d_]+){1,3}\s+trên\s+một$",
                                      re.IGNORECASE)


# the subjects of a list read respectively right after them ("Hai xã lần lượt tăng 4 và 9%", "ba huyện A, B, C có tỷ lệ
# tương ứng là 2, 3 và 5%"): their number only says how many items follow ("ba người bị thương lần lượt được đưa đi
# cấp cứu" lists no numbers: a count)
_RESPECTIVE_ITEMS_AFTER = re.compile(r"[^,;:.\d]{0,70}?\b(?:lần\s+lượt|tương\s+ứng)(?:\s+[^\W\d_]+){0,3}\s*:?\s*\d",
                                     re.IGNORECASE)


def _word_figures(paragraph: str, offset: int, sentences: list[tuple[int, int]],
                  said_in_scales: list[tuple[int, int]]) -> list[Figure]:
    out: list[Figure] = []
    for m in _WORD_NUMBER.finditer(paragraph):
        if said_in_scales and any(lo <= m.start(1) < hi for lo, hi in said_in_scales):
            continue  # ("hai triệu ba trăm nghìn đồng": one number, _scaled_words_figures)
        if _capitalised_in_a_name(paragraph, m.start(1)) and (
                _COUNTED_IN_WORDS_RIGHT_AFTER.match(paragraph, m.end(1)) is None
                or _PLACE_NOUN_BEFORE.search(paragraph, max(0, m.start(1) - 12), m.start(1)) is not None):
            # (a place's or a river's name, "xã Ba Hòa", "sông Ba đoạn qua", or a hamlet's number, "thôn Ba xã Y";
            # "tổ chức Ba hội thảo" counts the noun of data/words/nouns_counted_in_words.csv after it)
            continue
        word = m.group(1).lower()
        end = m.end()
        whole = None
        if paragraph.startswith(("trong", "trên"), end) and (whole := _WHOLE_IN_WORDS_AFTER.match(paragraph, end)):
            end = whole.end()  # ("Hai trong bốn cây cầu": the part's noun after its whole)
        after = paragraph[end:]
        near = paragraph[max(0, m.start() - 20):m.start()]
        if ("trong" in near or "trên" in near) and _PART_IN_WORDS_BEFORE.search(
                paragraph, max(0, m.start() - 40), m.start()):
            continue
        if NUMBER_IN_WORDS.match(paragraph, m.start(1)):
            continue  # ("Một nghìn hai trăm lao động": the first word of a number said in several, _words_figures)
        if word == "một" and (_opens_photo_caption(paragraph, sentences, m.start(1))
                              or _a_photo_in_its_caption(paragraph, sentences, m)):
            continue
        # ("Năm trên bảy thị trấn có chợ", "năm trong số tám xã": a part out of a whole said after it, no year)
        if word in ("một", "năm") and whole is None and not _STRONG_NOUN.match(after) and not (
                word == "một" and _one_person_of_a_casualty_breakdown(paragraph, m)) and not (
                word == "một" and _one_damaged_craft(paragraph, m)) and not (
                word == "một" and _one_counted_after_its_verb(paragraph, m)) and not (
                word == "năm" and "con" in after[:6] and _FIVE_ANIMALS.match(after)) and not (
                word == "năm" and _DETAIL_BEFORE.search(paragraph, max(0, m.start() - 20), m.start())
                and after.lstrip().startswith("người")) and not (
                word == "năm" and _FIVE_UNITS_AFTER_A_VERB.search(paragraph, max(0, m.start() - 12), m.start())
                and _FIVE_UNITS.match(after)):
            continue  # (a detail of a count of people: "..., trong đó có năm người ở huyện A")
        # ("ngã ba cầu X", "ngã tư": a junction's name, not three bridges; "mười hai ngôi nhà", "ba mươi hai người":
        # the last word of a number said in several, read whole by _words_figures; "dăm ba hộ", "vài ba người": a few,
        # no number)
        if re.search(r"(?:thứ|lần|trong|của|mỗi|từng|ngã|mười|mươi|trăm|linh|lẻ|dăm|vài)\s*$",
                     paragraph[max(0, m.start() - 8):m.start()], re.I):
            continue
        if m.group(1) == "Một" and _one_as_the_article_opening_a_sentence(paragraph, sentences, m.start(1)):
            continue
        if word == "một" and after.startswith("vạn d") and _PER_TEN_THOUSAND_PEOPLE.search(
                paragraph, max(0, m.start() - 40), m.end(1)):
            continue  # "12 bác sĩ trên một vạn dân": the base of a rate, no ten thousand people
        reading = read_unit(" " + after)
        amount = None
        if "rưỡi" in after[:16] and (half := read_compound(" " + after)) is not None and half.minor_offset is None:
            # "hai tỷ rưỡi đồng": the number and a half of its scale, as after digits ("2 tỷ rưỡi")
            reading, amount = half.reading, NUMBER_WORDS[word] * half.major + half.minor
        if reading is None and (_CRAFT_AFTER.match(after) or _STRONG_NOUN.match(after.lstrip())
                                or _COUNTED_IN_WORDS_AFTER.match(after)):
            reading = _noun_count(" " + after)  # "tàu cá", "ngư dân", "ổ dịch", read as the digits' "6 tàu cá" are
        if reading is None or _names_a_programme(paragraph, m.start(1), reading):
            continue  # ("Chương trình một tỷ cây xanh": the goal that names it)
        if reading.unit == "count" and _introduces_named_places(
                paragraph, end + reading.length - 1, float(NUMBER_WORDS[word]), reading.label):
            continue  # "ở hai xã vùng cao Trà Nam và Trà Vân": the places named right after it
        if reading.unit == "count" and _WORKS_REFERRED_TO.match(paragraph, m.end(1)):
            continue  # "Hai xã này ...", "ba công trình nói trên": those named before, no count of their own
        if (reading.unit == "count" and ("lượt" in (ahead := paragraph[end:end + 90]) or "ứng" in ahead)
                and _RESPECTIVE_ITEMS_AFTER.match(paragraph, end + reading.length - 1)):
            continue  # "Hai xã lần lượt tăng 4 và 9%": how many items the list that follows gives, each its own figure
        if reading.unit == "count" and paragraph[max(0, m.start(1) - 4):m.start(1)].rstrip().lower().endswith("cả"):
            continue  # "nắm giữ cả hai dự án": both of those just named, as "cả 2 dự án" (_PARTS_BEFORE)
        a, b = m.start(1), m.end(1)
        s_lo, s_hi = _sentence_at(paragraph, sentences, a)
        seg = _segment(paragraph, a, b, s_lo, s_hi)
        metric, value, unit = read_metric(paragraph[seg[0]:a], paragraph[end + reading.length - 1:s_hi],
                                          paragraph[max(0, a - 400):a], reading.unit,
                                          scale(float(NUMBER_WORDS[word]), reading.multiplier) if amount is None
                                          else amount)
        if (metric == "level" and reading.label in _RANK_STEPS
                and (move := _RANK_MOVE_BEFORE.search(paragraph[seg[0]:a]))):
            # "xếp thứ 20/63, tụt ba bậc": a ranking's move said in words, as "tụt 3 bậc" is (find_figures)
            metric, value = "yoy_abs", (-value if move.group(1).lower() in _RANK_FALLS else value)
        place = (end + reading.length - 1, s_lo, s_hi, seg)
        part = (m.start(1), m.end(1), NUMBER_WORDS[word])
        out.extend(_part_and_its_whole(paragraph, offset, part, whole, place, (value, unit, reading.label, metric)))
    return out


def _part_and_its_whole(
    paragraph: str,
    offset: int,
    part: tuple[int, int, int],
    whole: re.Match[str] | None,
    place: tuple[int, int, int, tuple[int, int]],
    reading: tuple[float, str, str | None, str],
) -> list[Figure]:
    """The figure of a count in words (``part``: its start, its end and the count said; its unit's end, sentence and
    segment in ``place``) and, when it is said out of a whole with "trên" ("chín trên mười xã đạt chuẩn", one out of
    the other as "9/10 xã" says it, and as "4 trên 17 xã" after digits), the whole as its denominator. A whole after
    "trong" ("hai trong ba cầu") counts nothing of its own."""
    unit_end, s_lo, s_hi, seg = place
    value, unit, label, metric = reading
    a, b, said = part
    out_of = whole is not None and whole.group(0).lstrip()[:4].lower() == "trên"
    # (the part's number taken to its whole's, "Chín trên mười", as "9/10" is one token: what is counted, named after
    # it, starts at the noun)
    number_end = whole.end("whole") if out_of else b
    span, token = (a, number_end, unit_end), paragraph[a:number_end]
    found = _figure_in(paragraph, offset, span, token, (value, unit, label), metric, (s_lo, s_hi), seg)
    if not out_of or metric != "level" or unit != "count":
        return [found]
    all_of_them = words_value(whole["whole"])
    if said > all_of_them:
        return [found]  # ("sáu trên hai xã": no part of that whole)
    start, end = whole.start("whole") + offset, whole.end("whole") + offset
    whole_figure = replace(found, start=start, end=end, token=whole["whole"], value=float(all_of_them))
    return [found, replace(whole_figure, qualifier="exact", role="denominator")]


# The texts one of which a number in words leaves in a lowered paragraph ("trăm", "mườ", "mươ"), tested with ``in``:
# their first letters are common ones, where the engine's scan for any of them stops at every "t" and "m" (twice the
# time on a paragraph; a pattern without such texts would give "", in every paragraph)
_NUMBER_IN_WORDS_LITERALS = required_lowered_literals(NUMBER_IN_WORDS) or ("",)
_QUALIFIES_ONLY_AFTER = re.compile(r"\s*" + _QUALIFIES_ONLY)
# ("tháng mười hai", "lần thứ hai mươi", "kỳ họp thứ mười lăm", "ngày hai mươi": a month, an ordinal or a day said
# in words names it, counts nothing)
_NAMED_IN_WORDS_BEFORE = re.compile(r"(?:tháng|thứ|ngày|mùng|mồng|lần|khóa|số)\s*$", re.IGNORECASE)


# a range's low end said in one word after "từ" ("tăng từ mười đến mười hai phần trăm", "từ chín đến mười một
# phần trăm"): NUMBER_IN_WORDS takes two words at least, so the lone word is read only when a high end in words
# with a unit a range shares follows it (_range_in_words_high_end)
_ONE_WORD_LOW_END = re.compile(r"(?<=(?<![^\W\d_])[Tt]ừ )(?i:" + ONE_TO_TEN_WORDS + ")"
                               r"(?= (?:đến|tới) )")


def _words_figures(paragraph: str, offset: int, sentences: list[tuple[int, int]],
                   said_in_scales: list[tuple[int, int]], lowered: str | None = None) -> list[Figure]:
    """Numbers past ten said in several words ("hai mươi lăm thôn", "mười hai ngôi nhà", "ba trăm hộ", "hai mươi
    nghìn lao động"): one number, counted in the unit or noun after it, as its digits would be. ``lowered``:
    ``paragraph.lower()``, when the caller has it (lowering a paragraph again costs as much as the scan)."""
    lowered = paragraph.lower() if lowered is None else lowered
    if not any(literal in lowered for literal in _NUMBER_IN_WORDS_LITERALS):
        return []
    out: list[Figure] = []
    matches: list[re.Match[str]] = list(NUMBER_IN_WORDS.finditer(paragraph))
    if "từ " in lowered and (lone := list(_ONE_WORD_LOW_END.finditer(paragraph))):
        matches = sorted(matches + [m for m in lone if _range_in_words_high_end(
            paragraph, m.start(), m.end(), *_sentence_at(paragraph, sentences, m.start())) is not None],
                         key=lambda m: m.start())
    for m in matches:
        a, b = m.start(), m.end()
        if said_in_scales and any(lo <= a < hi for lo, hi in said_in_scales):
            continue  # (a group of a number said over several scales, read whole by _scaled_words_figures)
        if _NAMED_IN_WORDS_BEFORE.search(paragraph, max(0, a - 8), a) or _QUALIFIES_ONLY_AFTER.match(paragraph, b):
            continue  # ("cụ bà chín mươi lăm tuổi": an age, as "95 tuổi" is)
        if ("trong" in (near := lowered[max(0, a - 40):a]) or "trên" in near) and _PART_IN_WORDS_BEFORE.search(
                paragraph, max(0, a - 40), a):
            continue  # ("mười một trên mười lăm xã": the whole a part is counted out of, the part's figure)
        whole = None
        if paragraph.startswith((" trong", " trên"), b) and (whole := _WHOLE_IN_WORDS_AFTER.match(paragraph, b)):
            b = whole.end() - 1  # ("mười một trên mười lăm xã": the part's noun after its whole)
        after = paragraph[b:]
        reading = read_unit(after)
        s_lo, s_hi = _sentence_at(paragraph, sentences, a)
        seg = _segment(paragraph, a, b, s_lo, s_hi)
        before, after_unit = paragraph[seg[0]:a], None
        if reading is None and (high := _range_in_words_high_end(paragraph, a, b, s_lo, s_hi)) is not None:
            # "tăng từ mười lăm đến hai mươi phần trăm": the low end of a range in words takes its high end's unit,
            # and is read as the digits' "tăng từ 15 đến 20%" (a range of growth; "đạt từ …" a range reached);
            # "tăng từ hai mươi lăm lên ba mươi phần trăm": the level a change starts from, in the unit it ends in
            reading, high_end = high
            if paragraph.startswith((" đến", " tới"), b):
                after_unit = paragraph[high_end + reading.length:s_hi]
                if (low := _FROM_LEVEL_BEFORE.search(before)) is not None:
                    before = _FROM_WORD.sub("", before) if _GROWTH_FROM.search(before) else before[:low.start()]
        reading = reading or _noun_count(after[:80])
        if reading is None:
            continue  # ("hai mươi năm qua": twenty years, a span of time)
        metric, value, unit = read_metric(before, paragraph[b + reading.length:s_hi] if after_unit is None
                                          else after_unit, paragraph[max(0, a - 400):a], reading.unit,
                                          scale(float(words_value(m.group())), reading.multiplier))
        if (out and (low_end := out[-1]).unit == unit and low_end.start - offset >= s_lo
                and _RANGE_HIGH_BEFORE.match(paragraph, low_end.end - offset, a)):
            metric, value = low_end.metric, (-abs(value) if low_end.value < 0 else abs(value))  # (its high end)
        else:
            low_end = None
        if whole is not None and low_end is None:
            place = (b + reading.length, s_lo, s_hi, seg)
            part = (a, m.end(), words_value(m.group()))
            out.extend(_part_and_its_whole(paragraph, offset, part, whole, place, (value, unit, reading.label, metric)))
            continue
        figure = _figure_in(paragraph, offset, (a, b, b + reading.length), m.group(),
                            (value, "pct" if unit == "pct_point" else unit, reading.label), metric, (s_lo, s_hi), seg)
        if low_end is not None and qualifier_before(paragraph[seg[0]:a]) is None:
            figure = replace(figure, qualifier=low_end.qualifier)  # ("khoảng mười đến mười lăm …": bounds both ends)
        out.append(figure)
    return out


# the high end of a range in words after its low end ("từ mười lăm đến hai mươi phần trăm"), or the level a change in
# words ends at ("từ hai mươi lăm lên ba mươi phần trăm"): "đến"/"tới"/"lên"/"xuống (còn)", a number in words
_TO_HIGH_IN_WORDS = re.compile(rf"\s+(?i:đến|tới|(?:lên|xuống)(?:\s+còn)?)\s+(?:(?i:{HEDGE_WORDS})\s+)?"
                               rf"(?:{NUMBER_IN_WORDS.pattern})")


def _range_in_words_high_end(paragraph: str, a: int, b: int, s_lo: int, s_hi: int) -> tuple[UnitReading, int] | None:
    """The unit reading of the high end of a range whose ends are said in words, and where that unit starts, when the
    number in words at ``a:b`` is its low end after "từ", a hedge or a verb, and the unit is one a range shares (a
    rate, an area, a weight …); else None. (The same of a change in words from one level up or down to another, after
    "từ".)"""
    if not (paragraph.startswith((" đến", " tới", " lên", " xuống"), b)
            and (to := _TO_HIGH_IN_WORDS.match(paragraph, b, s_hi))
            and (_FROM_LEVEL_BEFORE.search(paragraph, max(s_lo, a - 13), a)
                 or (paragraph.startswith((" đến", " tới"), b)
                     and _RANGE_LOW_END_OPENS.search(paragraph, max(s_lo, a - 20), a)))):
        return None
    high = read_unit(paragraph[to.end():s_hi])
    # (a count or an amount of money too, as "khoảng 400 - 450 xe", "từ 2 đến 5 triệu đồng" share theirs)
    return (high, to.end()) if high is not None and (
        high.unit in _RANGE_IN_WORDS_UNITS or high.unit in _COUNTED_UNITS or high.unit in _MONEY) else None


# a scale word and a number word after it: the mark of a number said in words over several scales ("triệu ba")
_SCALE_THEN_NUMBER_WORD = re.compile(rf"(?:{SCALE_WORDS})(?:\s*,)?\s+(?i:{ONE_TO_TEN_WORDS})"
                                     r"(?![^\W\d_])")


def _scaled_words_figures(paragraph: str, offset: int,
                          sentences: list[tuple[int, int]]) -> tuple[list[Figure], list[tuple[int, int]]]:
    """Numbers said in words over several scales ("hai triệu ba trăm nghìn đồng" → 2.300.000 đồng, "ba tỷ hai trăm
    triệu"): one figure each, the unit read after the last scale word; and the spans they cover, whose words are
    no numbers of their own."""
    if _SCALE_THEN_NUMBER_WORD.search(paragraph) is None:
        return [], []
    out: list[Figure] = []
    spans: list[tuple[int, int]] = []
    for m in NUMBER_IN_SCALES.finditer(paragraph):
        a, b = m.span()
        groups = scaled_groups(m.group())
        if groups is None or _NAMED_IN_WORDS_BEFORE.search(paragraph, max(0, a - 8), a):
            continue
        last_scale = a + groups[-1][2]
        reading = read_unit(paragraph[last_scale:])
        if reading is None:
            continue
        spans.append((a, b))
        value = sum(scale(float(v), s) for v, s, _ in groups[:-1]) + scale(float(groups[-1][0]), reading.multiplier)
        unit_end = last_scale + reading.length
        s_lo, s_hi = _sentence_at(paragraph, sentences, a)
        seg = _segment(paragraph, a, unit_end, s_lo, s_hi)
        metric, value, unit = read_metric(paragraph[seg[0]:a], paragraph[unit_end:s_hi],
                                          paragraph[max(0, a - 400):a], reading.unit, value)
        end = a + len(paragraph[a:last_scale].rstrip())  # (the last scale word is the unit's, as after digits)
        out.append(_figure_in(paragraph, offset, (a, end, unit_end), paragraph[a:end],
                              (value, unit, reading.label), metric, (s_lo, s_hi), seg))
    return out, spans


# "3 người chết, 2 mất tích", "một người chết, hai mất tích": the next casualty count of a list of
# people leaves "người" off; it counts people too (the list's casualty words: data/words/person_impacts.csv)
_CASUALTY = r"(?:bị\s+)?(?:" + word_source("person_impacts") + r")"
_PERSONS_COUNTED_BEFORE = re.compile(r"\bngười\s+" + _CASUALTY + r"\s*(?:,|và)\s*$", re.IGNORECASE)
_CASUALTY_AFTER = re.compile(r"\s+" + _CASUALTY + r"(?![^\W\d_])", re.IGNORECASE)
# ``(?<![^\W\d_])(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?=`` _CASUALTY_AFTER ``)`` with re.I, written one
# branch per way of writing the first letter (scanning.caseless_word_start, the letter not glued to one before
# it): the same matches, which tests/test_figures_speed.py holds it to, but the engine skips to those letters
# instead of trying the words at every character (a paragraph with "người": 36 → 14 µs)
_ELIDED_NUMBER_WORDS = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
_ELIDED_PERSON_WORD = re.compile(
    "(" + caseless_word_start(_ELIDED_NUMBER_WORDS, _NUMBER_WORD_CASES, not_after=r"[^\W\d_]") + ")"
    + "(?i:(?=" + _CASUALTY_AFTER.pattern + "))")


def _elided_persons(paragraph: str, a: int, end: int) -> bool:
    """Is the number at ``a`` (its unit would start at ``end``) the next casualty count of a list of
    people that leaves "người" off ("3 người chết, 2 mất tích")?"""
    return bool(_CASUALTY_AFTER.match(paragraph, end)
                and _PERSONS_COUNTED_BEFORE.search(paragraph, max(0, a - 40), a))


def _elided_person_words(paragraph: str, offset: int, sentences: list[tuple[int, int]]) -> list[Figure]:
    """"một người chết, hai mất tích": the same count written as a word."""
    out: list[Figure] = []
    for m in _ELIDED_PERSON_WORD.finditer(paragraph):
        a, b = m.span(1)
        if not _elided_persons(paragraph, a, b):
            continue
        s_lo, s_hi = _sentence_at(paragraph, sentences, a)
        seg = _segment(paragraph, a, b, s_lo, s_hi)
        out.append(_figure_in(paragraph, offset, (a, b, b), m.group(1),
                              (float(NUMBER_WORDS[m.group(1).lower()]), "person", None), "level", (s_lo, s_hi), seg))
    return out


# "thời gian thi công 18 tháng", "Thời gian hoàn thành dự án là 36 tháng": how long a work takes is a
# count of months (elsewhere "N tháng" is a period, no figure), or of days ("thời gian thi công 120 ngày")
_WORK_DURATION = re.compile(r"[Tt]hời\s+gian\s+(?:thi\s+công|thực\s+hiện|hoàn\s+thành|xây\s+dựng)"
                            r"[^,;.\d()]{0,30}?\s(?:là\s+|khoảng\s+|dự\s+kiến\s+)?(\d{1,3})\s+(tháng|ngày)\b(?!\s*[/\d])")


def _work_durations(paragraph: str, offset: int, sentences: list[tuple[int, int]]) -> list[Figure]:
    out: list[Figure] = []
    for m in _WORK_DURATION.finditer(paragraph):
        a, b = m.span(1)
        s_lo, s_hi = _sentence_at(paragraph, sentences, a)
        seg = _segment(paragraph, a, b, s_lo, s_hi)
        out.append(_figure_in(paragraph, offset, (a, b, m.end(2)), m.group(1), (float(m.group(1)), "count", m.group(2)),
                              "level", (s_lo, s_hi), seg))
    return out


# "tăng gấp đôi so với cùng kỳ", "ước gần gấp đôi so với kế hoạch": a multiple written as a word, read as
# "gấp 2 lần" is; a hope ("kỳ vọng ... tăng gấp đôi") is no result, and a multiple without a base no figure
# ("tăng gấp ba lần cùng kỳ", "gấp hai lần năm trước", "gấp năm lần": the digit word before "lần" is the multiple too;
# "hai", "năm" and the other digit words past three only so, "gấp năm" alone may open a year)
_MULTIPLE_WORD = re.compile(r"\bgấp\s+(đôi|ba|rưỡi|(?:hai|bốn|năm|sáu|bảy|tám|chín|mười)(?=\s+lần\b))\b(?:\s+lần\b)?",
                            re.IGNORECASE)
# (the digit words' values are numbers.NUMBER_WORDS'; "gấp đôi" is twice, "gấp rưỡi" one and a half times)
_MULTIPLE_WORD_VALUE = {**{word: float(value) for word, value in NUMBER_WORDS.items()}, "đôi": 2.0, "rưỡi": 1.5}
_HOPED_BEFORE = re.compile(r"kỳ\s+vọng|hy\s+vọng|dự\s+kiến|dự\s+báo|mong\s+muốn|phấn\s+đấu|mục\s+tiêu", re.IGNORECASE)


def _multiple_word_figures(paragraph: str, offset: int, sentences: list[tuple[int, int]]) -> list[Figure]:
    out: list[Figure] = []
    for m in _MULTIPLE_WORD.finditer(paragraph):
        a, b = m.start(1), m.end()
        s_lo, s_hi = _sentence_at(paragraph, sentences, a)
        if _HOPED_BEFORE.search(paragraph, s_lo, a):
            continue
        seg = _segment(paragraph, a, b, s_lo, s_hi)
        metric, value, unit = read_metric(paragraph[seg[0]:a], paragraph[b:s_hi], paragraph[max(0, a - 400):a],
                                          "times", _MULTIPLE_WORD_VALUE[m.group(1).lower()])
        if metric not in ("yoy_pct", "plan_pct", "change_pct"):
            continue
        out.append(_figure_in(paragraph, offset, (m.start(), b, b), m.group(0), (value, unit, None), metric,
                              (s_lo, s_hi), seg))
    return out


# "hơn chục tỷ đồng", "gần chục hộ", "hơn trăm cán bộ", "gần nghìn tỷ đồng", "hơn triệu lượt khách": a tens', hundreds'
# or scale word alone after a bound or hedge word is one of it, of the unit after, bounded as that word says (read as
# "hơn 10 tỷ đồng", "gần 1.000 tỷ đồng" are). "vài chục", "hàng chục", "hàng nghìn", "mấy trăm" (a few tens, tens of)
# give no number an analyst could put in a table: no figure; nor does a scale word before no unit ("hơn nghìn năm").
# (found at the word, the bound word tested in the few characters before it: the words stand in many paragraphs,
# a bound word before them in few)
_SCALE_ALONE_VALUE = {"chục": 10.0, "trăm": 100.0, **SCALE_WORD_VALUES}
_SCALE_ALONE = re.compile(r"(?<=[^\W\d_]\s)(?:" + "|".join(_SCALE_ALONE_VALUE) + r")(?![^\W\d_])")
_BOUND_RIGHT_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{HEDGE_WORDS}|{BOUND_WORDS})\s+$", re.IGNORECASE)


def _scale_alone_figures(paragraph: str, offset: int, sentences: list[tuple[int, int]]) -> list[Figure]:
    """"hơn chục tỷ đồng" → over 10.000.000.000 đồng: one tens, hundreds or scale of the unit after a bound or hedge
    word."""
    out: list[Figure] = []
    for m in _SCALE_ALONE.finditer(paragraph):
        a, b = m.span()
        if not _BOUND_RIGHT_BEFORE.search(paragraph, max(0, a - 16), a):
            continue
        s_lo, s_hi = _sentence_at(paragraph, sentences, a)
        reading = read_unit(" " + paragraph[a:s_hi])
        if reading is not None and reading.length > b - a + 1:
            unit_end, value = a + reading.length - 1, scale(1.0, reading.multiplier)
        elif m.group() in ("chục", "trăm") and (reading := _noun_count(" " + paragraph[b:b + 80])) is not None:
            unit_end, value = b + reading.length - 1, _SCALE_ALONE_VALUE[m.group()]  # ("gần chục điểm trường")
        else:
            continue  # ("hơn chục năm qua", "hơn nghìn năm lịch sử": a span of time, no amount)
        seg = _segment(paragraph, a, b, s_lo, s_hi)
        metric, value, unit = read_metric(paragraph[seg[0]:a], paragraph[unit_end:s_hi], paragraph[max(0, a - 400):a],
                                          reading.unit, value)
        out.append(_figure_in(paragraph, offset, (a, b, unit_end), m.group(), (value, unit, reading.label), metric,
                              (s_lo, s_hi), seg))
    return out


# A rank said in words: "xếp thứ nhất khu vực", "đứng thứ hai cả nước", "xếp hạng thứ ba", "vị trí thứ tư", and a
# second rank after the first, its verb said once ("xếp thứ nhất vùng và thứ ba cả nước"): read as "xếp thứ 1" is,
# a count labelled "thứ" ("nhất"/"nhì" are the ordinal's own words for one and two). "đứng đầu cả nước" says no
# number and is no rank row (the gold gives it none); "thứ hai" after no rank word is a weekday or an ordinal.
_ORDINAL_WORD_VALUE = {**NUMBER_WORDS, "nhất": 1, "nhì": 2}
_RANK_IN_WORDS = re.compile(
    r"(?:(?<![^\W\d_])(?<!sắp\s)(?<!Sắp\s)(?<!bốc\s)(?<!thu\s)(?:xếp|đứng)(?:\s+(?:hạng|vị\s+trí|vị))?|"
    r"(?<![^\W\d_])vị\s+trí|(?P<again>\svà|,))\s+thứ\s+(?P<n>" + NUMBER_IN_WORDS.pattern
    + r"|nhất|nhì|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?![^\W\d_])", re.IGNORECASE)
_RANK_VERB_BEFORE = re.compile(r"(?:xếp|đứng)(?:\s+(?:hạng|vị\s+trí|vị))?\s+thứ\s", re.IGNORECASE)


def _rank_word_figures(paragraph: str, offset: int, sentences: list[tuple[int, int]]) -> list[Figure]:
    """Ranks said in words ("đứng thứ hai cả nước" → 2, unit label "thứ"), as ranks in digits are read."""
    out: list[Figure] = []
    for m in _RANK_IN_WORDS.finditer(paragraph):
        a, b = m.span("n")
        s_lo, s_hi = _sentence_at(paragraph, sentences, a)
        if m.group("again") is not None and not _RANK_VERB_BEFORE.search(paragraph, max(s_lo, a - 120), m.start()):
            continue  # ("ngày thứ nhất và thứ hai": ordinals; only a rank goes on as a rank)
        said = m.group("n").lower()
        value = float(_ORDINAL_WORD_VALUE[said] if said in _ORDINAL_WORD_VALUE else words_value(said))
        seg = _segment(paragraph, a, b, s_lo, s_hi)
        metric, value, unit = read_metric(paragraph[seg[0]:a], paragraph[b:s_hi], paragraph[max(0, a - 400):a],
                                          RANK.unit, value)
        out.append(_figure_in(paragraph, offset, (a, b, b), m.group("n"), (value, unit, RANK.label), metric,
                              (s_lo, s_hi), seg))
    return out


# "giảm một nửa so với cùng kỳ", "chỉ bằng một nửa cùng kỳ": half of the base, a fall of 50%; like a multiple in
# words, only with a base written (a hope is no result; "một nửa số hộ" names a part, no change)
# ("giảm một phần ba so với cùng kỳ", "chỉ bằng hai phần ba cùng kỳ": a fraction in words, "giảm 1/3" said so)
_FRACTION_WORDS = {"một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5}
_FRACTION_SAID = ("phần ba", "phần tư", "phần bốn", "phần năm")
_HALF_WORD = re.compile(r"\b(giảm|bằng)\s+((?:(?:gần|khoảng|hơn|chỉ|còn|xấp\s+xỉ)\s+)*)(?:((?:một|1)\s+)?nửa"
                        r"|(?P<part>một|hai|ba)\s+phần\s+(?P<whole>ba|tư|bốn|năm))\b"
                        r"(?!\s+(?:số|đầu|cuối|tháng|năm|quý|diện|dân|trong|tổng)\b)", re.IGNORECASE)


def _half_word_figures(paragraph: str, offset: int, sentences: list[tuple[int, int]]) -> list[Figure]:
    out: list[Figure] = []
    for m in _HALF_WORD.finditer(paragraph):
        a, b = m.end(2), m.end()
        s_lo, s_hi = _sentence_at(paragraph, sentences, a)
        if _HOPED_BEFORE.search(paragraph, s_lo, a):
            continue
        seg = _segment(paragraph, a, b, s_lo, s_hi)
        # ("giảm một nửa" is "bằng 0,5 lần": read as the multiple said with "bằng", against the base written; "giảm
        # một phần ba" is "bằng 2/3 lần", "bằng một phần ba" "bằng 1/3 lần")
        part = 0.5 if m.group("part") is None else (
            _FRACTION_WORDS[m.group("part").lower()] / _FRACTION_WORDS[m.group("whole").lower()])
        if part >= 1:
            continue  # ("ba phần ba": the whole, no fraction)
        metric, value, unit = read_metric("bằng " + m.group(2), paragraph[b:s_hi], paragraph[max(0, a - 400):a],
                                          "times", part if m.group(1).lower() == "bằng" else 1 - part)
        value = round(value, 2)  # (as "giảm 1/3" in digits: -33,33)
        if metric not in ("yoy_pct", "plan_pct", "change_pct"):
            continue
        out.append(_figure_in(paragraph, offset, (a, b, b), paragraph[a:b], (value, unit, None), metric,
                              (s_lo, s_hi), seg))
    return out


# Text a reader never sees: an image's alt text and address, a web address.
_HIDDEN = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)|\b(?:[a-z][a-z0-9+.-]*://|www\.|data:image/)\S+|"
                     r"\balt\s*=\s*\"[^\"\n]*\"")
# International forecasters speak of the world, not the province: their forecasts, quoted as
# background in statistical releases ("IMF dự báo tăng trưởng 3,0%"), are not the report's facts.
# (A project funded by the WB or ADB is the province's: only their forecasts are left out.)
# (every branch opens with its capital, the \b before a short name as a lookbehind once the capital
# is read: the engine skips to those capitals; the same matches as ``\b(?:IMF|OECD|...|Fed)\b|Quỹ
# ...``, which tests/test_scanning.py holds it to)
_FORECASTER_ACRONYMS = ("IMF", "OECD", "WB", "ADB", "Fitch", "Moody'?s", "S&P", "FED", "Fed")
_FOREIGN_FORECASTER = re.compile(
    "|".join(rf"{name[0]}(?<!\w{name[0]}){name[1:]}\b" for name in _FORECASTER_ACRONYMS)
    + r"|Quỹ\s+Tiền\s+tệ\s+quốc\s+tế|Ngân\s+hàng\s+Thế\s+giới|Liên\s+minh\s+châu\s+Âu"
    r"|Ngân\s+hàng\s+Phát\s+triển\s+châu\s+Á")
_FORECAST = re.compile(r"dự\s+báo|nhận\s+định|triển\s+vọng|kinh\s+tế\s+(?:thế\s+giới|toàn\s+cầu)", re.IGNORECASE)


def _is_foreign_forecast(paragraph: str, span: tuple[int, int]) -> bool:
    return bool(_FOREIGN_FORECASTER.search(paragraph, *span) and _FORECAST.search(paragraph, *span))


# The first run of letters of each forecaster's name ("IMF", "Quỹ", "Ngân", ...): a match in a sentence holds the
# runs of its name, which the paragraph holds then; a paragraph with none has no forecast of theirs to leave out
_FORECASTER_NAMED = any_of(tuple(dict.fromkeys(
    runs[0] for runs in required_runs_of_each_alternative(_FOREIGN_FORECASTER) or [("",)])))

# "tăng 10,8% (cả nước tăng 11,1%)": the country's figure quoted beside the province's
_NATIONAL_WORDS = re.compile(r"cả\s+nước|toàn\s+quốc", re.IGNORECASE)
# ("nước", "quốc": tested with ``in`` on a paragraph, where a scan for any of them stops at every "n" and "q"; a
# pattern without such texts would give "", in every paragraph)
_NATIONAL_WORD_LITERALS = required_lowered_literals(_NATIONAL_WORDS) or ("",)
# (the same matches, skipping to the letters they open with: scanning.guarded; a paragraph's test 2-4× faster)
_NATIONAL_WORDS_SCAN = guarded(_NATIONAL_WORDS)
# ("thấp hơn mức tăng chung của cả nước (3,6%)", "cao hơn tốc độ tăng trưởng của toàn quốc (6,9%)": the country's own
# rate of growth, named by its size)
_NATIONAL_AVERAGE_BEFORE = re.compile(r"(?:(?:trung\s+bình|bình\s+quân)(?:\s+chung)?"
                                      r"|(?:mức|tốc\s+độ)\s+tăng(?:\s+trưởng)?(?:\s+(?:chung|bình\s+quân))?)\s+(?:của\s+)?"
                                      r"(?:cả\s+nước|toàn\s+quốc)\s*(?:là|đạt|ở\s+mức|với)?\s*"
                                      # ("so với bình quân chung của cả nước (10,35%)": the figure in brackets)
                                      rf"\(?\s*(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)
# (the words that compare a figure with what follows it: "cao hơn", "thấp hơn", "bằng", "gấp")
_COMPARED_RIGHT_BEFORE = re.compile(rf"(?:(?:cao|thấp)\s+hơn|bằng|gấp)\s*(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)
# the country's average named as the base right after a gap ("cao hơn 1,5 điểm % so với bình quân chung cả nước")
# (or the country's common rate of growth: "gấp 1,7 lần tốc độ tăng chung của cả nước", "mức tăng trưởng chung cả nước")
_NATIONAL_AVERAGE_AFTER = re.compile(r"\s*(?:so\s+(?:với\s+)?)?(?:mức\s+|tốc\s+độ\s+)?(?:tăng\s+(?:trưởng\s+)?)?"
                                     r"(?:(?:trung\s+bình|bình\s+quân)(?:\s+chung)?|(?<=tăng\s)chung|(?<=trưởng\s)chung)"
                                     r"\s+(?:của\s+)?(?:cả\s+nước|toàn\s+quốc)", re.IGNORECASE)
# A region's average, set beside the province's figure after a comparison ("gấp 1,4 lần bình quân vùng Bắc Trung
# Bộ", "thấp hơn trung bình khu vực là 0,8 điểm phần trăm", "bằng 85% mức bình quân chung của các tỉnh Tây Nguyên"):
# as the country's, the ratio or gap to it is no figure of the province (a region's own average with no comparison
# before it, "thu nhập bình quân khu vực nông thôn đạt 45 triệu đồng", is the province's part: it stays)
_REGION_WORDS = ("vùng", "khu vực", "miền", "các tỉnh")
_REGION = r"(?:toàn\s+)?(?:" + "|".join(w.replace(" ", r"\s+") for w in _REGION_WORDS) + ")"
_AVERAGE = r"(?:mức\s+)?(?:tăng\s+(?:trưởng\s+)?)?(?:trung\s+bình|bình\s+quân)(?:\s+chung)?\s+(?:của\s+)?"
_REGION_AVERAGE_BEFORE = re.compile(r"(?:(?:cao|thấp)\s+hơn|bằng|gấp|so\s+(?:với\s+)?)\s*(?:tốc\s+độ\s+)?" + _AVERAGE
                                    + _REGION + r"(?:\s+[^\d,;:()]{1,50}?)?\s*(?:là|đạt|ở\s+mức|với)?\s*"
                                    rf"\(?\s*(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)
_REGION_AVERAGE_AFTER = re.compile(r"\s*(?:so\s+(?:với\s+)?)?" + _AVERAGE + _REGION, re.IGNORECASE)
_NATIONAL_ASIDE = re.compile(r"\(\s*(?:cả\s+nước|toàn\s+quốc|bình\s+quân\s+cả\s+nước)[^()]*$", re.IGNORECASE)
# ("cao hơn bình quân vùng (9,8%) và cả nước (8,4%)": the country named, its figure in brackets right after it)
_NATIONAL_THEN_ITS_BRACKET = re.compile(rf"(?:cả\s+nước|toàn\s+quốc)\s*\(\s*(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)
# A sentence a national body speaks ("Tổng cục Thuế cho biết, ...", "Theo Bộ Tài chính, ...", "ông X, Phó Tổng
# cục trưởng Tổng cục Thuế cho biết, ...") and that names no place gives the country's figures; so does the
# breakdown right after it ("Trong đó, ..."). A place named in it ("Theo Bộ Tài chính, Lào Cai đã giải
# ngân ...", "... của 5 địa phương") makes them that place's.
_NATIONAL_BODY = re.compile(word_source("national_bodies"), re.IGNORECASE)
# (the same matches, skipping to the letters they open with: scanning.guarded; a paragraph's test ~4× faster)
_NATIONAL_BODY_SCAN = guarded(_NATIONAL_BODY)
_NATIONAL_SPEAKER = re.compile(r"(?:[^,.;:]{0,40},\s*){0,2}(?:Theo\s+(?:báo\s+cáo\s+(?:của\s+)?)?)?[^,.;:]{0,60}?(?:"
                               + word_source("national_bodies")
                               + r")(?:\s+(?:cho\s+biết|thông\s+tin|báo\s+cáo))?\s*,", re.IGNORECASE)
_PLACE_WORD = re.compile(rf"\b(?:{UNIT_WORDS}|TP\b|địa\s+phương|địa\s+bàn)", re.IGNORECASE)
_BREAKDOWN_OPENING = re.compile(r"\s*Trong\s+đó\b", re.IGNORECASE)


# The first words of the national bodies, lowered: "Tổng cục ...", "Bộ ...", "Kho bạc ..." (no other
# character folds to these letters than those ``str.lower`` lowers to them, so a case-insensitive match
# leaves one of them in the lowered text; tests hold them to the table of national bodies)
_NATIONAL_BODY_LETTERS = ("tổng", "bộ", "bạc")


def _national_sentences(paragraph: str, sentences: list[tuple[int, int]],
                        lowered: str | None = None) -> list[tuple[int, int]]:
    """The sentences of ``paragraph`` whose figures are the country's (see _NATIONAL_SPEAKER);
    ``lowered``: ``paragraph.lower()``, when the caller has it."""
    lowered = paragraph.lower() if lowered is None else lowered
    if not any(letters in lowered for letters in _NATIONAL_BODY_LETTERS) or not _NATIONAL_BODY_SCAN.search(paragraph):
        return []
    found: list[tuple[int, int]] = []
    for lo, hi in sentences:
        # (a heading without a full stop is joined to the paragraph after it, a blank line between them
        # left as two spaces: "Thu ngân sách của Hà Nội đạt 87%  Ông X, Phó Tổng cục trưởng ... cho biết, ...")
        heading_end = paragraph.find("  ", lo, min(hi, lo + 200))
        if heading_end > 0 and not _NATIONAL_SPEAKER.match(paragraph, lo, hi):
            lo = heading_end + 2
        sentence = paragraph[lo:hi]
        speaker = _NATIONAL_SPEAKER.match(sentence)
        continued = found and found[-1][1] <= lo and _BREAKDOWN_OPENING.match(sentence) and not any(
            paragraph[found[-1][1]:lo].strip())
        if (speaker or continued) and not _PLACE_WORD.search(sentence) and not find_provinces(sentence):
            found.append((lo, hi))
    return found


# A forecast or a warning of hazards ("từ nay đến cuối năm có khoảng 5-7 cơn bão hoạt động trên Biển Đông", "cảnh
# báo nguy cơ sạt lở đất tại 37 điểm", "nguy cơ ngập lụt tại 45 xã"): what may come is no fact of the report, its
# numbers no figure. The clause from the cue on, when it names a hazard (data/words/hazards_foreseen.csv), to the end
# of the clause or to what did happen in it ("đã làm 3 nhà bị sập"); a forecast's count goes on into its parts
# (", trong đó có 2-3 cơn ảnh hưởng trực tiếp"). What is at risk counted before the cue ("120 hộ sống trong vùng có
# nguy cơ sạt lở") and a target ("dự kiến đạt") are no outlook.
# (a warning given, "đã cảnh báo cho 12.000 hộ", is a work done: its count stays)
_OUTLOOK_CUE = re.compile(r"(?<![^\W\d_])(?<!đã\s)(?:(?P<risk>nguy\s+cơ)|cảnh\s+báo|dự\s+báo|từ\s+nay\s+(?:đến|tới)\s+"
                          r"(?:cuối|hết)\s+năm|(?:có\s+)?khả\s+năng\s+(?:có|xuất\s+hiện|xảy\s+ra)|"
                          r"có\s+thể\s+(?:xuất\s+hiện|xảy\s+ra))(?![^\W\d_])", re.IGNORECASE)
_OUTLOOK_LETTERS = ("báo", "nguy cơ", "từ nay", "khả năng", "có thể")
_HAZARD_FORESEEN_SOURCE = word_source("hazards_foreseen")
_HAZARD_FORESEEN = re.compile(_HAZARD_FORESEEN_SOURCE, re.IGNORECASE)


def _outlook_clause_ends(goes_on: str) -> re.Pattern[str]:
    """Where an outlook's clause ends: at ";" or ":", at what did happen ("đã", "làm"), or at a comma unless the
    words after it are what ``goes_on`` names."""
    return re.compile(r"[;:]|,(?!\s*(?:" + goes_on + r"))|(?<![^\W\d_])(?:đã|làm)(?![^\W\d_])", re.IGNORECASE)


# (a comma that lists the next hazard goes on: "nguy cơ xảy ra lũ quét, sạt lở đất tại 23 xã"; a forecast's goes on
# into its parts too, ", trong đó có 2-3 cơn")
_RISK_CLAUSE_ENDS = _outlook_clause_ends(_HAZARD_FORESEEN_SOURCE)
_FORECAST_CLAUSE_ENDS = _outlook_clause_ends(r"trong\s+(?:đó|số\s+đó)\b|" + _HAZARD_FORESEEN_SOURCE)


def _hazard_outlooks(paragraph: str, sentences: list[tuple[int, int]], lowered: str) -> list[tuple[int, int]]:
    """The spans of ``paragraph`` that foresee or warn of a hazard (see _OUTLOOK_CUE); ``lowered``: the
    paragraph lowered."""
    if not any(letters in lowered for letters in _OUTLOOK_LETTERS):
        return []
    found: list[tuple[int, int]] = []
    for cue in _OUTLOOK_CUE.finditer(paragraph):
        if found and cue.start() < found[-1][1]:
            continue
        hi = _sentence_at(paragraph, sentences, cue.start())[1]
        ends = (_RISK_CLAUSE_ENDS if cue.group("risk") else _FORECAST_CLAUSE_ENDS).search(paragraph, cue.end(), hi)
        end = ends.start() if ends else hi
        if _HAZARD_FORESEEN.search(paragraph, cue.end(), end):
            found.append((cue.start(), end))
    return found


# "N/63 địa phương", "N/34 tỉnh, thành phố" (not a rank, read before): a tally over all the country's provinces
# (63, or 34 from July 2025) is the country's figure; the report's province is only one of them
_ALL_PROVINCES = re.compile(r"(?:63|34)\s+(?:tỉnh|địa\s+phương)", re.IGNORECASE)
# ... and so is a bare count of them ("yêu cầu 63 tỉnh thực hiện"; not "63 tỉnh ủy viên", members of a committee,
# nor "34 địa phương", which may be a province's own communes)
_THE_COUNTRYS_PROVINCES = re.compile(r"(?:63|34)\s+tỉnh(?!\s+(?:ủy|uỷ|đoàn|đội|lộ|hội|trưởng)\b)\b",
                                     re.IGNORECASE)
# ("xếp thứ 4/14 tỉnh trong vùng và 26/63 tỉnh, thành phố": a second rank, its verb said once before)
_RANKED_BEFORE = re.compile(r"\b(?:xếp|đứng)\b[^.;]*$", re.IGNORECASE)
# A percentage alone in brackets after trên/dưới/từ qualifies what was counted before it.
_ONE_OF_A_GROUP = re.compile(r"một\s+trong(?:\s+số)?\s+\d+\s+(?:tỉnh|địa\s+phương|huyện|thành\s+phố)[^.;:]*$",
                             re.IGNORECASE)
# The shots each animal or person gets, or the rounds of a schedule ("tiêm 3 mũi vắc xin", "tiêm 2 lần cách
# nhau 28 ngày"): a few of them describe the vaccination, not an amount done (a count of doses given is large)
_DOSE_SCHEDULE = re.compile(r"\s*(?:mũi|liều)\b|\s*lần\s+cách\s+nhau\b", re.IGNORECASE)
_THRESHOLD = re.compile(r".*\(\s*(?:trên|dưới|từ|hơn)\s+[\d.,]+\s*%\s*\)", re.IGNORECASE)
# "Các chỉ tiêu còn lại đạt từ 85% đến 98% kế hoạch", "các khoản thu đạt từ 70% - 120% dự toán": a range of plan
# shares whose subject is several things (the targets, "các"/"những"/"nhiều" …) spreads over their plans; no share of
# one subject's plan
_RANGE_OF_PLAN_SHARES = re.compile(r"\btừ\s+\d[\d,.]*\s*%?\s*(?:đến|tới|[-–])\s*\d[\d,.]*\s*%\s*(?:so\s+với\s+)?"
                                   r"(?:kế\s+hoạch|KH|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu)(?![^\W\d_])", re.IGNORECASE)
_MANY_SUBJECTS = re.compile(r"(?<![^\W\d_])(?:các|những|nhiều|hầu\s+hết|đa\s+số|một\s+số|chỉ\s+tiêu)(?![^\W\d_])",
                            re.IGNORECASE)


def _shares_of_many_plans(paragraph: str, s_lo: int, a: int, s_hi: int) -> bool:
    """Is the percentage at ``a`` an end of a range of plan shares said of several things (above)?"""
    clause_lo = max(paragraph.rfind(";", s_lo, a) + 1, s_lo)
    for spread in _RANGE_OF_PLAN_SHARES.finditer(paragraph, max(clause_lo, a - 40), min(s_hi, a + 60)):
        if spread.start() < a < spread.end():
            return _MANY_SUBJECTS.search(paragraph, clause_lo, spread.start()) is not None
    return False


# a capitalised word after another word, right before a number whose noun is capitalised too: the number stands
# inside a name ("WHA Industrial Zone 2 Nghệ An", "Khu đô thị Happy Land 3 Bắc Ninh"), no count of its own
_INSIDE_A_CAPITALISED_NAME = re.compile(rf"(?<=[^\W\d_]\s)(?:{UPPER}{LOWER}*|[A-Z]{{2,}})\s+$")


# the items a listing article counts in its headline or lead ("5 điểm nhấn kinh tế năm 2026", "7 CON SỐ ẤN TƯỢNG", "10
# sự kiện nổi bật"; data/words/listed_highlights.csv): how many things it goes on to tell, no quantity of the place
_LISTED_HIGHLIGHTS = re.compile(r"\s*(?:" + word_source("listed_highlights") + r")(?![^\W\d_])", re.IGNORECASE)


# The few parts a thing runs through or is divided into ("tuyến đi qua 3 địa phương", "kết nối 2
# vùng", "chia làm 3 dự án thành phần") describe it; they are not figures of their own.
# ("được thành lập trên cơ sở sáp nhập từ 3 xã: ...": the communes a new one was made of)
_PARTS_BEFORE = EndAnchored(re.compile(
    r"(?:đi\s+qua|chạy\s+qua|kết\s+nối|nối\s+liền|chia\s+(?:làm|thành)|trải\s+(?:dài\s+)?qua|"
    # ("sáp nhập Đảng bộ 3 xã A, B và C": the party units of the communes merged)
    r"(?:sáp\s+nhập|hợp\s+nhất)(?:\s+(?:từ|của))?"
    r"(?:\s+(?:" + word_source("member_units") + r"))?|"
    r"(?:một|(?<![\d.,])1)\s+trong(?:\s+số)?|"  # ("là 1 trong 2 đơn vị được chọn")
    r"\bcả)"  # "cả 2 dự án này", "(cả 2 ở xã ...)": all of those just named, counted again
    r"\s*$", re.IGNORECASE))
# "sáp nhập 3 huyện thành 1 thị xã": units merged into a number of new ones, a reorganisation counted from the
# one to the other (as "sắp xếp 25 xã thành 10 xã"), no parts of a whole named
_MERGED_INTO_A_COUNT = re.compile(r"\s*thành\s+(?:\d|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s)", re.IGNORECASE)

# A count of places spelled in words and followed by exactly as many names ("ở hai xã vùng cao Trà Nam
# và Trà Vân", "ba huyện Mường Lát, Quan Sơn, Quan Hóa") reads as "the two communes A and B": it only
# introduces the places it names and is no figure of its own. (A report's tally in digits, "04 thôn tại
# 02 xã A, B", stays a count.)
_PLACE_COUNT_WORDS = frozenset({"xã", "huyện", "thôn", "bản", "phường", "thị trấn", "làng", "xóm"})
_PLACE_NAME = r"[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*)*"
_NAMED_PLACES_AFTER = re.compile(
    r"(?:\s+(?:vùng\s+cao|vùng\s+sâu|biên\s+giới|miền\s+núi|ven\s+biển|đặc\s+biệt\s+khó\s+khăn))?"
    rf"\s+({_PLACE_NAME}(?:\s*(?:,|và)\s*{_PLACE_NAME})+)"
)
_NAME_JOINT = re.compile(r"\s*(?:,|\bvà\b)\s*")


# "Tổng mức đầu tư 2 dự án này là hơn 350 tỉ đồng", "3 công trình nói trên": a count of the works just named,
# said to refer back to them (not "2 dự án trên địa bàn", where they are); so are the places just named ("Ba
# xã này đều giáp biên giới", "2 phường nói trên")
# (a place needs "này" or "nói/nêu/kể trên": "5 xã trên tuyến biên giới" are where they lie)
_WORKS_REFERRED_TO = re.compile(
    r"\s+(?:(?:dự\s+án|công\s+trình)\s+(?:này|(?:nói\s+|nêu\s+|kể\s+)?trên)"
    rf"|(?:{LOWER_UNIT_WORDS}|thôn|bản|địa\s+phương)\s+(?:này|(?:nói|nêu|kể)\s+trên))\b"
    r"(?!\s+(?:địa\s+bàn|toàn|cả))",
    re.IGNORECASE,
)


# "9 địa phương ghi nhận gia súc chết là Điện Biên, Sơn La, ... và Nghệ An": provinces counted, then named
# after "là"/"gồm" or a colon in the same clause; the count only introduces the list of names
_PROVINCE_COUNT_WORDS = frozenset({"tỉnh", "địa phương", "tỉnh, thành phố", "tỉnh, thành"})
_NAMED_PLACES_LATER = re.compile(
    rf"[^.;:\d]{{0,60}}?(?:\s(?:là|gồm)\b|:)\s*({_PLACE_NAME}(?:\s*(?:,|và)\s*{_PLACE_NAME})+)"
)


def _introduces_named_places(paragraph: str, unit_end: int, value: float, label: str | None) -> bool:
    if value < 2:
        return False
    if label in _PROVINCE_COUNT_WORDS:
        names = _NAMED_PLACES_LATER.match(paragraph, unit_end)
    elif label in _PLACE_COUNT_WORDS:
        names = _NAMED_PLACES_AFTER.match(paragraph, unit_end)
    else:
        return False
    return names is not None and len(_NAME_JOINT.split(names.group(1))) == value

# A rank: "xếp thứ 23/63 tỉnh", "đứng thứ 2", "xếp vị trí 5/14", "địa phương thứ 16 toàn quốc". The
# rank is a count labelled "thứ"; the number of places ranked (the /63) only qualifies it.
# ("bốc xếp 12 triệu tấn", "thu xếp 5 tỷ đồng", "sắp xếp": loading, finding money, arranging; no rank)
_RANK_BEFORE = guarded(re.compile(r"(?:(?:(?<!sắp\s)(?<!Sắp\s)(?<!bốc\s)(?<!thu\s)xếp|đứng)"
                          r"(?:\s+(?:hạng|vị\s+trí|vị))?(?:\s+thứ)?|"
                          r"chiếm\s+hạng|(?:vị\s+trí|vị|phương)\s+thứ|(?:cao|thấp|lớn)\s+thứ)\s*$", re.IGNORECASE))
# "đứng thứ 10 trong cả nước và thứ 3 khu vực" ("đứng thứ 10 cả nước, thứ 3 khu vực"): a second rank
# after the first, its verb not repeated
_AND_ORDINAL = re.compile(r"(?:\svà|,)\s+thứ\s*$")
# "tăng 5 bậc", "tụt 3 bậc", "thăng 2 hạng": the steps a place moved in a ranking ("5 bậc học", school levels,
# move nowhere)
_RANK_STEPS = frozenset({"bậc", "hạng"})
# (also said with a verb of direction: "vươn lên 5 bậc", "lên 3 bậc", "tụt xuống 4 hạng", "sụt 2 bậc", "lùi 6 bậc")
_RANK_MOVE_BEFORE = re.compile(r"(?:^|\s)(tăng|giảm|tụt|thăng|lên|xuống|tuột|sụt|rớt|lùi|nhảy)"
                               r"(?:\s+(?:thêm|hạng|lên|xuống|vọt))?\s*$", re.IGNORECASE)
_RANK_FALLS = frozenset({"giảm", "tụt", "xuống", "tuột", "sụt", "rớt", "lùi"})
_RANK_AGAIN = re.compile(r"(?:xếp|đứng|cao\s+thứ|thấp\s+thứ)\s[^.;]{0,40}?\d[^.;\d]{0,60}?(?:\svà|,)\s+thứ\s*$",
                         re.IGNORECASE)
RANK = UnitReading("count", 1.0, 0, "thứ")
# "cùng kỳ ghi nhận -98 tỷ đồng": a minus sign written against the digits (not a range "5-8").
_MINUS_BEFORE = re.compile(r"(?:^|[\s(:])[-−]$")
_EN_DASH_MINUS_BEFORE = re.compile(r"(?:^|[^\W\d_]\s|:\s?|\()–$")  # (as _PLUS_BEFORE reads it)
_RANK_WORD = lowered_literal_scan(_RANK_BEFORE)


def _ranked_right_before(text: str) -> bool:
    """Does ``text`` end with the words of a rank (_RANK_BEFORE: "xếp thứ", "đứng", "vị trí thứ")?"""
    lowered = text.lower()
    return _RANK_WORD.search(lowered) is not None and _RANK_BEFORE.search(text) is not None


# (a sentence may open on the day word: "Đêm 01/8 rạng sáng 02/8/2025, mưa lớn ...")
_DATE_BEFORE = re.compile(r"(?:[Ll]ễ|Tết|[Kk]hánh|[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm|[Hh]ôm|[-–])\s*$")


# A water level or the depth of a flood, in metres: named in the figure's clause ("ngập bình quân 0,8 -1,2m",
# "mức ngập sâu nhất là 1m", "trên báo động 2 là 0,46m", "vượt đỉnh lũ năm 2020 (4,1m)"), or the subject of
# its sentence ("mực nước sông Hương ..., đến 4h sáng nay còn 3,41m"); a length flooded ("bị ngập hơn
# 10.700m") is none of these.
# (how deep homes stand in water, "nhà bị ngập nước từ 2 mét trở lên", right before the number, is a
# water level too; so is a flood's crest, "lũ trên sông X đạt đỉnh 52,7m", and the mark a river rose to, "nước trên
# sông Ba tại Củng Sơn lên mức 29,4 m")
_WATER_LEVEL_CLAUSE = re.compile(r"(?:mực\s+nước|đỉnh\s+lũ|(?:đạt|lên)\s+đỉnh|(?:lên|xuống)\s+mức|báo\s+động|"
                                 r"ngập\s+(?:sâu|bình\s+quân)|"
                                 r"độ\s+sâu|sâu\s+nhất|"
                                 r"\b(?:nhà|hộ)\s+(?:bị\s+)?ngập\s+(?:nước\s+)?(?:từ|trên|dưới|khoảng|gần|hơn)\s*$)"
                                 r"(?:[^,;()]|,(?=\d)){0,40}\(?\s*$", re.IGNORECASE)
_WATER_LEVEL_SUBJECT = re.compile(r"mực\s+nước", re.IGNORECASE)
# "mực nước sông Gianh tại Đồng Tâm là 9,45 m; trên sông Kiến Giang tại Lệ Thủy là 2,76 m": a part after ";"
# that names another river's (or lake's) gauge goes on listing the levels the sentence opened with
# (the part opens on the gauge: "; tuyến kè sông Rào Cái dài 850 m" is a work's length)
_GAUGE_PART = re.compile(r"\s*(?:(?:trên|tại)\s+)?(?:sông|hồ|suối|trạm)\s", re.IGNORECASE)


# A sentence that opens with who attended a congress, a council's session or a conference ("Dự Đại hội
# có ...", "Dự và chỉ đạo kỳ họp có ...", "Tới dự hội nghị có ..."): its counts are the delegates and
# those they stand for, not figures of the place
_MEETING = r"(?:[Đđ]ại\s+hội|[Kk]ỳ\s+họp|[Hh]ội\s+nghị|[Pp]hiên\s+họp)\b"
# ("Tham gia hội nghị có hơn 60 cán bộ, hội viên": who took part in it, said with "tham gia")
_MEETING_ATTENDANCE = re.compile(r"\s*(?:[-–•+]\s*)?(?:(?:(?:[Tt]ới|[Đđ]ến|[Tt]ham)\s+)?[Dd]ự|[Tt]ham\s+gia)\s+"
                                 r"(?:và\s+chỉ\s+đạo\s+)?" + _MEETING)
# "Dự và chỉ đạo Đại hội có đồng chí A. Cùng dự có lãnh đạo các ban và 168 đại biểu ...", "...; tham dự đại hội
# có 177 đại biểu ...": a sentence or clause that goes on with who else came (the meeting named before it)
_MORE_ATTENDANCE = re.compile(r"\s*(?:[Cc]ùng|[Tt]ham)\s+dự\s+(?:[^\W\d]+\s+){0,2}?có\b")
_MEETING_WORD = re.compile(r"\b" + _MEETING)


# "Ban Chấp hành Đảng bộ xã khóa mới gồm 21 đồng chí": the seats of a party or council body, not a
# figure of the place (troops or people served, "quân số 45 đồng chí", stay figures)
_BODY_MEMBERS = EndAnchored(re.compile(
    r"\b(?:Ban\s+(?:Chấp\s+hành|Thường\s+vụ)|Ủy\s+ban\s+[Kk]iểm\s+tra|Thường\s+trực)\b"
    r"[^.;:]{0,80}?\bgồm\s+(?:có\s+)?$", re.IGNORECASE))
# ("Ban Chấp hành Hội ... khóa XII, nhiệm kỳ 2023-2028, gồm 15 người": its seats said as people or members)
_COMRADES_AFTER = re.compile(r"\s*(?:đồng\s+chí|người|thành\s+viên|ủy\s+viên|uỷ\s+viên)\b", re.IGNORECASE)


# "Hội nghị được kết nối trực tuyến tới 150 điểm cầu": the places a meeting is broadcast to
_MEETING_LINKS_AFTER = re.compile(r"\s*(?:" + word_source("meeting_links") + r")\b", re.IGNORECASE)


# "Ban Chấp hành Hội gồm 47 đồng chí, trong đó có 21 đảng viên": who the body's seats are, told right after them
_BODY_MEMBERS_THEN_PART = re.compile(r"\b(?:Ban\s+(?:Chấp\s+hành|Thường\s+vụ)|Ủy\s+ban\s+[Kk]iểm\s+tra|Thường\s+trực)\b"
                                     r"[^.;:]{0,80}?\bgồm\s+(?:có\s+)?\d+\s+đồng\s+chí\s*,?\s*trong\s+đó\s*(?:có\s+)?$",
                                     re.IGNORECASE)
# "Đại hội bầu 6 đại biểu dự Đại hội cấp trên", "bầu Đoàn đại biểu dự Đại hội cấp trên gồm 10 đại biểu chính thức
# và 01 đại biểu dự khuyết": the delegates a congress elects are seats too
_DELEGATES_AFTER = re.compile(r"\s*đại\s+biểu\b", re.IGNORECASE)
_DELEGATES_ELECTED_BEFORE = re.compile(r"\bbầu(?:\s+ra)?\s*$|\bĐoàn\s+đại\s+biểu\b[^.;:]{0,80}?\bgồm\s+(?:có\s+)?"
                                       r"(?:\d+\s+đại\s+biểu(?:\s+chính\s+thức)?\s+và\s+)?$", re.IGNORECASE)


def _seats_of_a_body(paragraph: str, s_lo: int, a: int, b: int) -> bool:
    """Is the count at ``a``..``b`` the members a party or council body is made of (or who they are), or the
    delegates a congress elects?"""
    if "đại biểu" in paragraph[b:b + 12]:
        return (bool(_DELEGATES_AFTER.match(paragraph, b))
                and bool(_DELEGATES_ELECTED_BEFORE.search(paragraph, max(s_lo, a - 160), a)))
    if _COMRADES_AFTER.match(paragraph, b):
        return bool(_BODY_MEMBERS.search(paragraph, s_lo, a))
    return "trong đó" in paragraph[max(s_lo, a - 16):a] and bool(
        _BODY_MEMBERS_THEN_PART.search(paragraph, max(s_lo, a - 200), a))


def _at_a_meetings_attendance(paragraph: str, s_lo: int, a: int) -> bool:
    """Is the figure at ``a`` in a sentence that opens with a meeting's attendance? (Its guests may be
    listed with colons and semicolons before the count: the sentence opens at the last full stop.)"""
    stop = paragraph.rfind(". ", 0, a)
    # (no full stop before the figure: the sentence opens with the paragraph, not one letter into it)
    full_stop = max(stop + 2 if stop >= 0 else 0, paragraph.rfind("\n", 0, a) + 1)
    if any(_MEETING_ATTENDANCE.match(paragraph, start, a) is not None for start in {s_lo, min(full_stop, a)}):
        return True
    # who else came, in a clause of its own after a meeting's news ("Cùng dự có ...", "; tham dự đại hội có ...")
    clause = max(full_stop, paragraph.rfind(";", 0, a) + 1)
    return any(_MORE_ATTENDANCE.match(paragraph, start, a) is not None
               and _MEETING_WORD.search(paragraph, max(0, start - 400), a) is not None
               for start in {min(full_stop, a), min(clause, a)})


def _is_water_level(paragraph: str, s_lo: int, a: int) -> bool:
    part = paragraph.rfind(";", s_lo, a) + 1 or s_lo  # ("...; đoạn đường rộng 4m": another part's subject)
    return bool(_WATER_LEVEL_CLAUSE.search(paragraph, max(s_lo, a - 80), a)
                or _WATER_LEVEL_SUBJECT.search(paragraph, part, a)
                or (part > s_lo and _GAUGE_PART.match(paragraph, part, a) is not None
                    and _WATER_LEVEL_SUBJECT.search(paragraph, s_lo, part) is not None))


# the whole a small fraction is taken of: "1/10 kim ngạch xuất khẩu", "2/3 số xã", "1/3 tổng diện tích", "khoảng 1/5
# chi phí", "1/2 dung tích" (a part of something named after it, not two counts; a date has no noun glued on); "chỉ
# bằng 1/2 cùng kỳ", "giảm 1/3 so với năm trước": last year's amount is the whole, a comparison in words, not a count
# and its plan
_A_WHOLE_AFTER = re.compile(r"\s+(?:tổng\s+)?(?:số|tổng|kim\s+ngạch|diện\s+tích|dân\s+số|sản\s+lượng|giá\s+trị|"
                            r"lượng|khối\s+lượng|chi\s+phí|cùng\s+kỳ|so\s+với|so\s+cùng\s+kỳ|"
                            # ("chỉ bằng 1/3 trung bình nhiều năm", "đạt khoảng 1/2 dung tích thiết kế": an average
                            # or a capacity is the whole too)
                            r"trung\s+bình|bình\s+quân|dung\s+tích|công\s+suất|nhu\s+cầu)\b", re.IGNORECASE)
FRACTION_MAX_DENOMINATOR = 10  # (halves to tenths; "39/189 xã" is a tally, not a fraction)
# the plan or the same period a small fraction is of ("chỉ đạt 1/2 dự toán", "mới bằng 1/3 kế hoạch năm", "giảm 1/3 so
# với cùng kỳ", "chỉ bằng 1/2 cùng kỳ"): a share of the plan attained or a change said in a fraction after its verb,
# read as the percent it is (50, 33.33), no two counts ("3/4 chỉ tiêu" counts targets: no plan)
_PLAN_WHOLE_AFTER = re.compile(r"\s+(?:so\s+với\s+)?(?:dự\s+toán|kế\s+hoạch|KH\b|cùng\s+kỳ|năm\s+trước)",
                               re.IGNORECASE)
_FRACTION_VERB_BEFORE = EndAnchored(re.compile(
    rf"(?<![^\W\d_])(?:đạt|bằng|giảm|tăng|hoàn\s+thành)\s+(?:(?:{HEDGE_WORDS}|chỉ|mới|xấp\s+xỉ)\s+)*$", re.IGNORECASE))


def _a_fraction_of_the_plan(paragraph: str, a: int, value: float, denominator: tuple[int, int]) -> float | None:
    """The percent of the plan (or the same period) the fraction a/b at ``a`` says ("đạt 1/2 dự toán" → 50), or None."""
    if not _PLAN_WHOLE_AFTER.match(paragraph, denominator[1]):
        return None
    if not _FRACTION_VERB_BEFORE.search(paragraph, max(0, a - 40), a):
        return None
    whole = parse_number(paragraph[denominator[0]:denominator[1]])
    if whole is None or not 0 < value < whole <= FRACTION_MAX_DENOMINATOR or value != int(value):
        return None
    return round(100 * value / whole, 2)


def _a_fraction_of_a_whole(paragraph: str, value: float, denominator: tuple[int, int]) -> bool:
    """Is a/b a small fraction of a whole named right after it ("1/10 kim ngạch", "2/3 số xã"), not a tally?"""
    whole = parse_number(paragraph[denominator[0]:denominator[1]])
    return (whole is not None and 0 < value < whole <= FRACTION_MAX_DENOMINATOR and value == int(value)
            and _A_WHOLE_AFTER.match(paragraph, denominator[1]) is not None)


def _is_day_month(paragraph: str, a: int, denominator: tuple[int, int]) -> bool:
    """"Quốc khánh 2/9", "- 05/06 11:00": a day/month pair after a day word or before a clock time
    is a date, not a ratio ("có 03/03 nhân viên đạt giải" is a ratio)."""
    day = parse_number(paragraph[a:denominator[0]].rstrip("/ "))
    month = parse_number(paragraph[denominator[0]:denominator[1]])
    if day is None or month is None or not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    return bool(_DATE_BEFORE.search(paragraph[max(0, a - 12):a])
                or re.match(r"\s*\d{1,2}\s*[:h]\s*\d{2}", paragraph[denominator[1]:denominator[1] + 8])
                or (_DATE_LIST_WORDS.search(listed := paragraph[max(0, a - 60):a]) is not None
                    and _DATES_LISTED_BEFORE.search(listed) is not None))


_DATE_LIST_WORDS = re.compile(r"\d\s*(?:,|và|[-–]|đến|tới)\s*$")
# "Ngày 30/4 và 1/5", "các ngày 12/3, 15/3 và 20/3", "dịp lễ 30/4 - 1/5": the later days of a list of dates after a
# day word are dates too
_DATES_LISTED_BEFORE = re.compile(
    # ("ngày 12 và 13/10", "ngày 5, 6 và 7/11": the earlier days may leave their month to the last)
    r"(?:[Ll]ễ|Tết|[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm|[Dd]ịp)\s*\d{1,2}(?:\s*/\s*\d{1,2})?"
    r"(?:\s*(?:,|và|[-–])\s*\d{1,2}(?:\s*/\s*\d{1,2})?)*\s*(?:,|và|[-–]|đến|tới)\s*$")


# "ước đạt 646.445 lượt, tăng 16,6% (tháng 10/2023 là 554.536 lượt)": the bracket gives the recorded
# figure of an earlier period, the base of the change; the estimate before it is not its own (nor is
# its recorded change: "ước tăng 6,12% (9 tháng năm 2023 tăng 5,99%)", "(cùng kỳ năm trước giảm 1,2%)")
# ("ước đạt 7,8%, cao hơn cùng kỳ năm trước (6,9%)", "ước tăng 5%, thấp hơn năm 2025 (tăng 6,2%)": the bracket right
# after the earlier period a comparison names holds that period's recorded figure)
_EARLIER_FIGURE_IN_BRACKETS = EndAnchored(re.compile(
    r"\(\s*(?:[^()]{0,40}?(?:/|\bnăm\s+)(?:19|20)\d\d|cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái))?)"
    rf"\s+(?:là|(?:chỉ\s+)?(?:tăng|giảm)(?:\s+(?:{HEDGE_WORDS}))?)\s+$"
    r"|(?:cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái))?|năm\s+(?:trước|ngoái|(?:19|20)\d\d))\s*"
    r"\(\s*(?:(?:là|đạt|tăng|giảm)\s+)?$",
    re.IGNORECASE))


def _breakdown_run_start(paragraph: str, s_lo: int) -> int:
    """Where the breakdown that the sentence at ``s_lo`` goes on starts: "Trong đó, Ngành A tăng 6%;
    Ngành B tăng 2%": a part after a semicolon is still a part of the total before "Trong đó"; else ``s_lo``."""
    if not paragraph[:s_lo].rstrip().endswith(";"):
        return s_lo
    full = max(paragraph.rfind(". ", 0, s_lo) + 2, paragraph.rfind("\n", 0, s_lo) + 1, 0)
    return full if full < s_lo and BREAKDOWN_OPENS.match(paragraph, full) else s_lo


def _estimated(paragraph: str, s_lo: int, a: int, preceding: str, said: bool = True,
               breakdowns: dict[int, str] | None = None, unit: str | None = None) -> bool:
    """Is the figure an estimate? Its sentence says so before it ("ước đạt", "sơ bộ"), or the
    sentence opens a breakdown ("Trong đó, ...") of an estimated total in the sentence before.
    A figure of an earlier period given in brackets ("(tháng 10/2023 là ...)") is not, nor one of another kind than
    the estimated figure beyond a ";" or in such a breakdown (``unit``: the figure's own, when known).

    ``said``: False when the paragraph holds no estimate word at all (no ``_ESTIMATE_WORD_LITERALS`` in it lowered
    finds none: then no part of it says one); ``breakdowns``: the estimating sentences ``_breakdown_of_an_estimate``
    finds for the paragraph's sentences, by their start (one for all the figures of a sentence)."""
    window = max(s_lo, a - 60)
    # (every earlier figure in brackets opens with its bracket: most windows have none)
    if paragraph.find("(", window, a) >= 0 and _EARLIER_FIGURE_IN_BRACKETS.search(paragraph[window:a]):
        return False
    if said:
        start = _own_clause_start(paragraph, s_lo, a)
        if _says_an_estimate(paragraph, start, a) and _says_an_estimate(paragraph, _own_comma_clause_start(
                paragraph, start, a), a):
            semicolon = paragraph.rfind(";", start, a)
            if semicolon < 0 and _an_items_estimate_before(paragraph, start, a, unit):
                return False
            return (semicolon < 0 or _says_an_estimate(paragraph, semicolon + 1, a)
                    or not _estimate_of_another_kind(paragraph, start, semicolon, unit))
    if breakdowns is None:
        estimating = _breakdown_of_an_estimate(paragraph, s_lo, preceding)
    elif (estimating := breakdowns.get(s_lo)) is None:
        estimating = breakdowns[s_lo] = _breakdown_of_an_estimate(paragraph, s_lo, preceding)
    return bool(estimating) and not _estimate_of_another_kind(estimating, 0, len(estimating), unit)


def _an_items_estimate_before(paragraph: str, start: int, a: int, unit: str | None) -> bool:
    """Is the figure at ``a`` in a later item of a list than the estimate said before it, an item of its own kind
    ("phát hiện 57 vụ, trị giá hàng hóa ước 15,3 tỷ đồng, khởi tố 4 vụ": the estimate word, said inside an item after
    a figure's comma, qualifies that item; the cases after the next comma are no part of it)?"""
    said = list(_estimate_words_said(paragraph, start, a))
    if not said:
        return False
    word = said[-1]
    opening = paragraph.rfind(", ", start, word.start())
    closing = paragraph.find(", ", word.end(), a)
    return (opening >= 0 and closing >= 0
            and _FIGURE_RIGHT_BEFORE.search(paragraph[max(start, opening - 30):opening]) is not None
            and _estimate_of_another_kind(paragraph, start, closing, unit))


# "thiệt hại ước 12,7 tỷ đồng; cháy rừng 3 vụ", "Giá trị hàng vi phạm ước 4,2 tỷ đồng. Trong đó, buôn lậu 86 vụ": an
# estimate word estimates the figure it is said of and the parts and changes of that figure; a count of another kind
# after a ";" or in the breakdown after it (cases after money, houses after hectares) is no part of the estimated
# figure but a figure of its own (a rate goes on any figure: "ước 410 triệu kWh. Trong đó, thủy điện tăng 8,2%")
_ESTIMATED_NUMBER_NEAR = 30  # how far after its estimate word the estimated number may stand ("ước tính khoảng 4,2")


def _estimate_of_another_kind(text: str, lo: int, hi: int, unit: str | None) -> bool:
    """Is a figure of ``unit`` of another kind than the figure the last estimate word of ``text[lo:hi]`` is said of
    (that figure's unit read after the first number following the word; no unit known, no other kind)?"""
    if unit is None or unit == "pct":
        return False
    said = list(_estimate_words_said(text, lo, hi))
    if not said:
        return False
    estimated = NUMBER.search(text, said[-1].end(), min(hi, said[-1].end() + _ESTIMATED_NUMBER_NEAR))
    reading = read_unit(text[estimated.end():hi]) if estimated is not None else None
    return reading is not None and reading.unit not in (unit, "pct")


# "Thu ngân sách tháng 5 ước đạt 1.450 tỷ đồng; lũy kế 5 tháng đạt 6.780 tỷ đồng", "Năng suất ước đạt 58 tạ/ha; sản
# lượng đạt 95.000 tấn": a clause after a ";" with a subject and its own verb of a level says its own figure, and an
# estimate of the clause before does not reach it ("ước đạt 1.450 tỷ đồng; tăng 8%", "; bằng 42% dự toán", "; trong
# đó ...": no subject or verb of their own, the estimate's figure goes on)
# (the subject before the verb: words of a name or a period, no change, part or comma before it: "; tăng 8%, đạt 42%
# dự toán", "; trong đó thu thuế đạt ..." go on the estimate's figure)
_OWN_LEVEL_VERB = re.compile(r"\s*(?!(?:tăng|giảm|bằng|so|trong\s+đó|cụ\s+thể)\b)[^\W_][^,;:%()]{0,60}?(?<=\w)"
                             r"\s+(?:đạt|là|ở\s+mức)(?![^\W\d_])", re.IGNORECASE)


# "ước 5.130 tỷ đồng; lũy kế 9 tháng 15.280 tỷ đồng", "; tính chung 9 tháng 27.900 tỷ đồng", "; cả năm 2026 …": a
# clause that opens with a period of its own (a running total's word, months counted, a quarter, a year) and gives its
# figure right after it, without a verb, says its own figure (and the changes said after it, ", bằng 61% dự toán"); an
# estimate before it does not reach them
# (a period a clause may open with: months counted, a quarter, the whole year, a month, a year, with its year)
_CLAUSE_PERIOD = (r"(?:(?:\d{1,2}|sáu|chín)\s+tháng(?:\s+đầu\s+năm)?|quý\s+[IVX]+|cả\s+năm|tháng\s+\d{1,2}"
                  r"|năm(?=\s*(?:19|20)\d\d))(?:\s*(?:/|năm)?\s*(?:19|20)\d\d)?")
_OWN_PERIOD_FIGURE = re.compile(
    r"\s*(?:(?:(?:tính\s+)?(?:lũy|luỹ)\s+kế|tính\s+chung|cộng\s+dồn)(?:\s+(?:tính\s+)?từ\s+đầu\s+năm)?\s*,?\s*)?"
    + _CLAUSE_PERIOD + r"\s*,?\s*(?:(?:" + HEDGE_WORDS + r")\s+)?\d", re.IGNORECASE)


# "Ước thực hiện 6 tháng, thu ngân sách đạt …", "Ước đến hết năm 2026, …", "Dự ước quý III/2026, …": a lead that
# opens on an estimate word and names only a time estimates the clause after its comma; its period's number is no
# figure that clause would follow
# ("Ước tính đến ngày 31/12/2026, …": the day the estimate reaches; "Giám đốc Sở cho biết: ước cả năm 2026, thu … đạt":
# the lead may open the words quoted after a colon; "ước tính đến thời điểm 30/6/2026, …", "ước tính đến cuối tháng
# 6/2026, …", "ước tính tại thời điểm 1/10/2026": a livestock census's day, named by "thời điểm" or a month's end)
_ESTIMATE_TIME_LEAD = re.compile(r"\s*(?:dự\s+)?ước(?:\s+(?:tính|thực\s+hiện))?\s+(?:(?:đến|tới|tại|vào)\s+)?"
                                 r"(?:(?:hết|cuối|thời\s+điểm)\s+){0,2}"
                                 r"(?:" + _CLAUSE_PERIOD
                                 + r"|(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d\d)\s*",
                                 re.IGNORECASE)


# "Doanh thu dịch vụ ước đạt 1.150 tỷ đồng; diện tích cây ăn quả 12.300 ha": a clause after a ";" that opens on a
# measure of its own (data/words/measured_subjects.csv: diện tích, sản lượng, doanh thu …) and gives its figure without
# a verb names a subject of its own; the estimate before the ";" does not reach it (after a comma the measure may still
# be a part of the estimated whole: "ước đạt 40.000 ha, sản lượng 250.000 tấn")
_OWN_MEASURE_FIGURE = re.compile(r"\s*(?:" + word_source("measured_subjects") + r")(?![^\W\d_])[^,;:%()\d]{0,60}?\s"
                                 r"(?:(?:" + HEDGE_WORDS + r")\s+)?\d", re.IGNORECASE)


# "Doanh thu hội chợ ước đạt 12,5 tỷ đồng; các gian hàng đã ký 30 hợp đồng": a clause after a ";" that says its own
# deed as done ("đã") before its figure tells what happened, no estimate (the estimate before the ";" does not reach it)
_OWN_DEED_DONE = re.compile(
    r"\s*(?!(?:tăng|giảm|bằng|so|trong\s+đó|cụ\s+thể)\b)(?:[^\W\d_][^,;:%()\d]{0,60}?\s)?đã\s+[^\W\d_][^,;:%()\d]{0,40}$",
    re.IGNORECASE,
)


def _opens_own_clause(paragraph: str, lo: int, a: int) -> bool:
    """Does ``paragraph[lo:a]``, a clause up to the figure at ``a``, say its own subject and level verb, or open with
    its own period and a figure right after it (that figure, or one after it)?"""
    return (_OWN_LEVEL_VERB.match(paragraph, lo, a) is not None
            or _OWN_PERIOD_FIGURE.match(paragraph, lo, a + 1) is not None)


def _own_clause_start(paragraph: str, s_lo: int, a: int) -> int:
    """Where the words that may say the estimate of the figure at ``a`` start: after the last ";" of its sentence when
    the clause after it has a subject and a verb of its own before the figure, else at the sentence's start ``s_lo``."""
    semicolon = paragraph.rfind(";", s_lo, a)
    if semicolon < 0:
        return s_lo
    if (BREAKDOWN_OPENS.match(paragraph, semicolon + 1) or _parts_listed_before(paragraph, s_lo, semicolon)) and (
            not _RUNNING_TOTAL_OPENS.match(paragraph, semicolon + 1)):
        return s_lo
    own = _opens_own_clause(paragraph, semicolon + 1, a) or _OWN_MEASURE_FIGURE.match(paragraph, semicolon + 1, a + 1)
    done = "đã" in paragraph[semicolon:a] and _OWN_DEED_DONE.match(paragraph, semicolon + 1, a) is not None
    return semicolon + 1 if own or done else s_lo


# "ước đạt 1.450 tỷ đồng, lũy kế 5 tháng đạt 6.780 tỷ đồng": a comma right after a figure (its number and unit)
# that opens a clause with a subject and a level verb of its own ends the estimate as a ";" does ("ước đạt 1.450 tỷ
# đồng, tăng 8%", ", bằng 42% dự toán" go on it; a comma inside a subject, "Dư nợ … nông nghiệp, nông thôn là", is
# after no figure)
_FIGURE_RIGHT_BEFORE = re.compile(r"\d(?:%|\s*[^\W\d_]+(?:[\s/]+[^\W\d_]+){0,2})?$")


# ("ước tính 50 tỷ đồng, huyện A là 20 tỷ đồng", ", riêng xã B là 5 tỷ đồng", ", vụ Đông Xuân đạt 70.000 tấn", ", Hà
# Giang là …": a place, a season, a sector or a name after the comma is a part of the estimated whole, an estimate too)
_PART_OPENS_CLAUSE = re.compile(rf"\s*(?:(?i:riêng|vụ|khu\s+vực|ngành|lĩnh\s+vực|nhóm|{UNIT_WORDS})(?![^\W\d_])"
                                rf"|{UPPER})")


def _own_comma_clause_start(paragraph: str, lo: int, a: int) -> int:
    """Where the clause of the figure at ``a`` starts inside ``paragraph[lo:a]``: after the last comma that follows a
    figure and opens a clause with its own subject and level verb before ``a`` (not between the parts of a whole
    named before it), else ``lo``."""
    comma = paragraph.rfind(", ", lo, a)
    while comma >= 0:
        if (_opens_own_clause(paragraph, comma + 1, a)
                and _FIGURE_RIGHT_BEFORE.search(paragraph[max(lo, comma - 30):comma])
                and not _ESTIMATE_TIME_LEAD.fullmatch(paragraph, max(lo, paragraph.rfind(":", lo, comma) + 1), comma)
                and not BREAKDOWN_OPENS.match(paragraph, comma + 1)
                and not _PART_OPENS_CLAUSE.match(paragraph, comma + 1)
                and (not _parts_listed_before(paragraph, lo, comma)
                     or _RUNNING_TOTAL_OPENS.match(paragraph, comma + 1))):
            return comma + 1
        comma = paragraph.rfind(", ", lo, comma)
    return lo


# "…, trong đó: đàn bò 150.000 con; đàn lợn 170.000 con; lũy kế quý I xuất chuồng đạt 45.000 con": a clause that
# opens on a running total's word is no part of the whole listed before it but a figure of its own period
_RUNNING_TOTAL_OPENS = re.compile(r"\s*(?:(?:tính\s+)?(?:lũy|luỹ)\s+kế|tính\s+chung|cộng\s+dồn)(?![^\W\d_])",
                                  re.IGNORECASE)


def _parts_listed_before(paragraph: str, s_lo: int, semicolon: int) -> bool:
    """Is the ";" at ``semicolon`` one between the parts of a whole its sentence named before: after a "trong đó"
    ("GRDP ước đạt ..., trong đó: khu vực A đạt ...; khu vực B đạt ...") or inside a bracket ("(vụ Đông 11.000 ha; vụ
    Xuân đạt 47.000 ha)")? The parts of an estimate are estimates too."""
    return ("rong đó" in paragraph[s_lo:semicolon]
            or paragraph.rfind("(", s_lo, semicolon) > paragraph.rfind(")", s_lo, semicolon))


# "Tổng vốn ước thực hiện 8.450 tỷ đồng, trong đó:" then a line for each part ("- Vốn nhà nước: 2.100 tỷ đồng;"): a
# line that ends on the words opening a breakdown and a colon heads a list of the parts of its sentence's total; the
# lines after it are those parts while each before ends on ";" (a full stop ends the list)
_BREAKDOWN_HEAD_LINE = re.compile(r"(?:trong\s+đó|cụ\s+thể|(?:chia|phân)\s+theo\s+[^\W\d_][^,:.;\d\n]{0,40})\s*:$",
                                  re.IGNORECASE)


def _listed_part_of_an_estimate(preceding: str) -> str:
    """The sentence of an estimated total whose parts are listed line by line under its head ("…, ước đạt 125.000
    tấn, trong đó:") when a line after ``preceding`` (the text before it) is one of those parts, else ""."""
    lines = preceding.rstrip().split("\n")
    while len(lines) > 1 and lines[-1].rstrip().endswith(";"):
        lines.pop()  # the parts listed before
    head = lines[-1].rstrip()
    if not head.endswith(":") or _BREAKDOWN_HEAD_LINE.search(head) is None:
        return ""
    sentence = re.split(r"[.!?;]\s", head)[-1]
    return sentence if _says_an_estimate(sentence, 0, len(sentence)) else ""


def _breakdown_of_an_estimate(paragraph: str, s_lo: int, preceding: str) -> str:
    """The sentence that says the estimated total the sentence at ``s_lo`` breaks down ("Trong đó, ..."; a part after
    a semicolon goes on the breakdown before it), or whose parts it lists on a line of its own ("trong đó:" ending the
    line before); "" when it is no such part."""
    if not paragraph[:s_lo].strip() and preceding.rstrip(" \t").endswith("\n") and (
            listed := _listed_part_of_an_estimate(preceding)):
        return listed
    s_lo = _breakdown_run_start(paragraph, s_lo)
    if not BREAKDOWN_OPENS.match(paragraph, s_lo):
        return ""
    before = (preceding + " " + paragraph[:s_lo]).rstrip()
    last = re.split(r"[.!?;]\s", before)[-1] if before else ""
    return last if _says_an_estimate(last, 0, len(last)) else ""


# "tăng 8% so với ước thực hiện năm 2026; vốn đầu tư đạt ...": the estimate is the comparison's base, the
# figures after it are no estimate for it
_BASE_RIGHT_BEFORE = re.compile(r"\bso\s+(?:với\s+)?(?:(?:số|mức)\s+)?$", re.IGNORECASE)


def _says_an_estimate(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` say an estimate ("ước đạt", "sơ bộ") of its own, not an estimate a comparison is
    made with, nor "ước" as a syllable of another word ("hương ước", "thỏa ước", "ước mơ")?"""
    return next(_estimate_words_said(text, lo, hi), None) is not None


def _estimate_words_said(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The estimate words of ``text[lo:hi]`` that say an estimate of their own (``_says_an_estimate``)."""
    return (m for m in ESTIMATE_WORDS.finditer(text, lo, hi)
            if not _BASE_RIGHT_BEFORE.search(text, max(lo, m.start() - 16), m.start())
            and not _estimate_lookalike(text, m.start(), m.end()))


# "ước" as the second syllable of a word ("hương ước, quy ước": a village's conventions; "thỏa ước lao động", "công
# ước", "điều ước") or the first of one ("ước mơ", "ước nguyện"): no estimate; the syllables, data/words/
# estimate_lookalikes.csv
_LOOKALIKE_SIDES = keyed_word_lists("estimate_lookalikes", "side")
_SYLLABLE_BEFORE_ESTIMATE = frozenset(_LOOKALIKE_SIDES["before"])
_SYLLABLE_AFTER_ESTIMATE = frozenset(_LOOKALIKE_SIDES["after"])
# (a syllable that makes "ước" another word only before a given word: "điều ước quốc tế" a treaty, "Sản lượng điều ước
# đạt" the cashew crop's estimate)
_LOOKALIKE_ONLY_BEFORE = {row["words"]: row["only_when_next"] for row in read_table("words/estimate_lookalikes.csv")
                          if row["only_when_next"]}


def _estimate_lookalike(text: str, a: int, b: int) -> bool:
    """Is the estimate word at ``a:b`` an "ước" that is a syllable of another word ("quy ước đạt 100%": the word
    before it, whatever follows; "ước mơ": the word after a lone "ước")?"""
    if text[a] not in "ưƯ":
        return False
    before = text[max(0, a - 8):a].split()
    if before and (syllable := before[-1].lower()) in _SYLLABLE_BEFORE_ESTIMATE:
        needed = _LOOKALIKE_ONLY_BEFORE.get(syllable)
        return needed is None or text[b:b + 12].lower().split()[:1] == [needed]
    after = text[b:b + 9].split() if b - a == 3 else None
    return bool(after and after[0].lower().rstrip(",.;:") in _SYLLABLE_AFTER_ESTIMATE)


# the words one of which every estimate word leaves in a lowered text ("ước", "bộ"): most paragraphs hold none, and
# then none of their sentences says an estimate (a part of a text lowered is a part of the text lowered); tested with
# ``in`` on a paragraph, twice as fast as a scan for either ("" in every paragraph for a pattern without them)
_ESTIMATE_WORD_LITERALS = required_lowered_literals(ESTIMATE_WORDS) or ("",)


def _sentence_before_breakdown(paragraph: str, s_lo: int, preceding: str) -> str:
    """The sentence before the one at ``s_lo`` when that one opens a breakdown ("Trong đó, ..."),
    else "" (the breakdown's parts are read against the total of that sentence)."""
    if not BREAKDOWN_OPENS.match(paragraph, s_lo):
        return ""
    before = (paragraph[max(0, s_lo - 400):s_lo] if s_lo else preceding[-400:]).rstrip()
    last = re.split(r"[.!?]\s", before)[-1] if before else ""
    # the last clause, unless it is itself a part ("giảm 5,65% so với tháng trước; trong đó, bán lẻ
    # ... giảm 7,75%. Cụ thể ...": the base of the whole before "; trong đó" frames the parts)
    clause = last.rsplit(";", 1)[-1]
    return last if re.match(r"\s*trong\s+đó\b", clause, re.IGNORECASE) else clause


def _rest_of_the_sentence(paragraph: str, clause_end: int) -> str:
    """The text from a clause's end (its ";") to the end of the whole sentence (". ")."""
    tail = paragraph[clause_end:clause_end + 400]
    # (``_SENTENCE_END.split(tail, maxsplit=1)[0]``: the text before the first match, which is never empty)
    end = _SENTENCE_END.search(tail)
    return tail if end is None else tail[:end.start()]


def _sentence_of(sentences: list[tuple[int, int]], starts: list[int], a: int, length: int) -> tuple[int, int]:
    """The span of ``sentence_spans`` holding offset ``a`` (found by bisection: the spans are in
    order and do not overlap), or the whole paragraph when ``a`` falls between two."""
    i = bisect_right(starts, a) - 1
    if i >= 0 and a < sentences[i][1]:
        return sentences[i]
    return 0, length


# "12 000 tấn", "1 250 000 đồng": thousands grouped by spaces (Word's no-break or narrow space, a plain one in text
# taken from a PDF) make one number when a unit, a scale word or "%" follows it (a row of numbers is no number)
_GROUP_SPACES = " \u00a0\u202f\u2009"
_SPACED_CHAIN = re.compile(r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:,\d+)?(?!\d|[.,]\d)"
                           r"(?=[ \u00a0\u202f\u2009]*(?:%|[^\W\d_]))")
_FIRST_GROUP = re.compile(r"\d+")


def _spaced_chain(paragraph: str, a: int, b: int, openings: WindowStarts) -> tuple[int, int] | None:
    """The span of the space-grouped number whose group is ``paragraph[a:b]``, unless its first group is no figure
    ("ấp 3 200 hộ": the hamlet's number, then a count)."""
    for chain in _SPACED_CHAIN.finditer(paragraph, max(0, a - 40), b + 40):
        if chain.start() <= a and b <= chain.end():
            head = _FIRST_GROUP.match(paragraph, chain.start())
            return None if head is None or is_blocked(paragraph, *head.span(), openings) else chain.span()
    return None


# A numeral whose text layer (a PDF's, a web page's) put a space or a line end after its separator: "đạt 31. 245 tỷ
# đồng", "bằng 78, 5% dự toán", "tăng 3, 15 %", "tăng 9,\n8%". Three digits after a dot and a space are thousands,
# one or two after a comma and a space before "%" decimals, when a word comes right before the number (not a line's
# start, where "2. 150 hộ" is a heading's number, nor a time's: "hết tháng 9. 245 doanh nghiệp ...") and a unit in
# lower case or "%" right after it (a sentence opens with none)
_BROKEN_SEPARATORS = (". ", ", ", ".\n", ",\n")
_BROKEN_NUMERAL = re.compile(
    r"(?<=[^\W\d_] )" + "".join(rf"(?<!{t} )" for t in _BROKEN_TIME_WORDS) + r"\d{1,3}"
    r"(?:(?:\.\d{3})*\.[ \n]\d{3}(?:\.\d{3})*(?:,\d+)?(?![\d.,])(?=[ \u00a0]?(?:%|[a-zà-ỹđ]))"
    r"|,[ \n]\d{1,2}(?=[ \u00a0]?%))")


def _broken_numeral(paragraph: str, a: int, b: int) -> tuple[int, int] | None:
    """The span of the numeral broken after its separator that the digits ``paragraph[a:b]`` are part of."""
    for m in _BROKEN_NUMERAL.finditer(paragraph, max(0, a - 24), b + 24):
        if m.start() <= a and b <= m.end():
            return m.span()
    return None


# NUMBER opening with its first digit, so that the engine skips to digits: the lookbehind before
# the number ("(?<![\w.,])") is tested once that digit is read, and \d{1,3} / \d+ go on as
# \d{0,2} / \d* (the same lengths tried in the same order): the same matches.
# (tests/test_scanning.py holds it to NUMBER)
_NUMBER_SCAN = re.compile(
    r"\d(?:(?<![\w.,]\d)|(?<=tăng\d)|(?<=giảm\d))(?:\d{0,2}(?:,\d{3})+\.\d+|\d{0,2}(?:,\d{3}){2,}"
    r"|\d{0,2}(?:\.\d{3})+(?:,\d+|\.\d{1,2})?|\d*(?:[.,]\d+)?)(?![\d])(?![.,]\d)")


# A change against an earlier bulletin of the same event ("tăng 3 người so với báo cáo sáng nay", "thêm 2 nhà so
# với bản tin trước"): a rolling report's update of its own count, which the contract has no measure for (the
# count itself is the fact, given in the same bulletin)
# (the high end of a range of change too: "tăng 300 - 400 đồng/kg so với tháng trước")
# "giảm 120 hộ, còn 3.450 hộ, so với đầu năm": what is left after a change, set off by commas, before the change's base
_WHAT_IS_LEFT_THEN_A_BASE = re.compile(rf"\s*,\s*còn(?:\s+lại)?\s+(?:(?:{HEDGE_WORDS})\s+)?\d[\d.,]*\s*[^\W\d_]"
                                       r"[^\d,;:()]{0,24},\s*(so\s[^,;:()]{3,40})", re.IGNORECASE)

# "giảm 300 tỷ đồng, tương đương 2,5% so với đầu năm": the change said again as a rate, before the change's base (the
# counted noun may run on past the unit: "giảm 127 đơn vị sự nghiệp công lập, tương ứng 18,5% so với …")
_RESTATED_RATE_THEN_A_BASE = re.compile(rf"(?:\s+[^\W\d_]+){{0,5}}\s*,\s*tương\s+(?:ứng|đương)\s+"
                                        rf"(?:(?:{HEDGE_WORDS})\s+)?\d[\d.,]*\s*%\s*(so\s[^,;:()]{{3,40}})",
                                        re.IGNORECASE)
# "tăng 300 tỷ đồng (+4,1%) so với đầu năm", "giảm 12 hộ (giảm 2,5%) so với đầu năm": the change's rate in brackets,
# before the change's base
_BRACKETED_RATE_THEN_A_BASE = re.compile(r"\s*\(\s*(?:(?:tăng|giảm)\s+)?[-+−]?\s*\d[\d.,]*\s*%\s*\)\s*"
                                         r"(so\s[^,;:()]{3,40})", re.IGNORECASE)


def _base_after_a_chain_or_what_is_left(after: str) -> str:
    """The words from the "so" ending a chain of changes after an amount's change ("…, giảm 3,4% so với đầu năm"),
    or the base after what is left once it changed ("…, còn 3.450 hộ, so với đầu năm"), or after the change said
    again as a rate ("…, tương đương 2,5% so với đầu năm", "… (+4,1%) so với đầu năm"); "" when none follows."""
    if "còn" in after[:12] and (left := _WHAT_IS_LEFT_THEN_A_BASE.match(after)):
        return left.group(1)
    if "tương" in after[:60] and (restated := _RESTATED_RATE_THEN_A_BASE.match(after)):
        return restated.group(1)
    if "(" in after[:3] and (bracketed := _BRACKETED_RATE_THEN_A_BASE.match(after)):
        return bracketed.group(1)
    if (chain := _CHAINED_CHANGES.match(after)) is None:
        return ""
    return after[after.rfind("so", 0, chain.end()):chain.end() + 40]


_CHANGE_RIGHT_BEFORE = re.compile(rf"(?<![^\W\d_])(?:tăng|giảm|thêm)(?:\s+(?:thêm|nhẹ|mạnh|nhanh|sâu))?\s+"
                                  rf"(?:(?:{HEDGE_WORDS}|từ)\s+)?"
                                  r"(?:\d[\d.,]*\s*(?:[-–]|đến|tới)\s*)?$", re.IGNORECASE)
_SINCE_AN_EARLIER_BULLETIN = re.compile(
    r"[^;.\n\d]{0,40}?\bso\s+với\s+(?:(?:lần\s+|số\s+liệu\s+)?(?:báo\s+cáo|thống\s+kê)\s+"
    r"(?:trước|nhanh|lần\s+trước|sáng|trưa|chiều|tối|hôm|lúc|ngày|số)"
    # "so với số liệu đã báo cáo", "so với ước tính ban đầu": the count or estimate the report gave first
    r"|(?:số\s+liệu|con\s+số)\s+đã\s+(?:báo\s+cáo|thống\s+kê|công\s+bố)"
    r"|(?:(?:số\s+liệu|con\s+số)\s+)?(?:báo\s+cáo|thống\s+kê|ước\s+tính|đánh\s+giá)\s+ban\s+đầu"
    r"|bản\s+tin|hôm\s+(?:qua|trước)|ngày\s+hôm\s+(?:qua|trước)|(?:buổi\s+)?(?:sáng|trưa|chiều|tối)\s+(?:nay|qua))\b",
    re.IGNORECASE)

# "kết nạp từ 45 đảng viên trở lên", "đạt từ 90% trở lên": at least the number ("từ 5 hộ trở xuống": at most)
_FROM_RIGHT_BEFORE = re.compile(r"(?<![^\W\d_])từ\s*$", re.IGNORECASE)
_AT_LEAST_AFTER = re.compile(r"[^,;.\d()]{0,30}?(?<![^\W\d_])trở\s+(lên|xuống)(?![^\W\d_])", re.IGNORECASE)
# a count said earlier in the clause of a "từ N ... trở lên" ("có 12 thí sinh đạt từ 27 điểm trở lên", "100% tàu cá
# từ 15 m trở lên"): the number counted is the figure, the bound after it only classes what it counts (a year or a
# date before it counts nothing: "năm 2026 kết nạp từ 40 đảng viên trở lên" is a goal)
# ("GRDP 9 tháng tăng 7,2% và cả năm tăng từ 8% trở lên": a change of at least the bound is the figure itself)
_BRACKET_OPENS_ON_FROM = re.compile(r"\(\s*từ\s*$", re.IGNORECASE)
_CHANGE_FROM_BEFORE = re.compile(r"(?<![^\W\d_])(?:tăng|giảm)\s+từ\s*$", re.IGNORECASE)
_COUNT_IN_CLAUSE = re.compile(r"(?<![\d.,/])(?<!năm\s)(?<!tháng\s)(?<!ngày\s)(?<!quý\s)(?<!Năm\s)"
                              r"(?!(?:19|20)\d\d(?![\d.,]))\d(?:[\d.,]*\d)?\s*(?:%|[^\W\d_])")


def _clause_before(paragraph: str, lo: int, a: int) -> str:
    """The clause of the figure at ``a`` up to it: its sentence from ``lo``, after the last comma, semicolon or
    colon."""
    clause_start = max(paragraph.rfind(mark, lo, a) for mark in ",;:")
    return paragraph[max(lo, clause_start + 1):a]


# "đạt 130 triệu đồng trở lên", "tăng 8% trở lên": the bound right after the amount and its unit, without "từ"
_BOUND_RIGHT_AFTER = re.compile(r"\s*trở\s+(lên|xuống)(?![^\W\d_])", re.IGNORECASE)


# "09 trong 12 nhóm hàng", "3 trong số 10 huyện": a part of a whole counted in the same unit
# (also "5 trên 7 huyện", "4 trên tổng số 9 xã": one out of the other, said with "trên")
_PART_OF_A_WHOLE = re.compile(r"\s+(?:trong|trên)\s+(?:tổng\s+)?(?:số\s+)?(\d{1,3}(?:\.\d{3})*)(?=\s)")


# the mark of a list item, closed by a bracket it never opened ("d) Lao động: ...", "2) Thu ngân sách ...", "b) ..."
# after "; "): no bracket a figure after it stands in
_ITEM_MARK_CLOSED = re.compile(r"(?:^|(?<=[\s;:.]))(?:[a-zđ]|\d{1,2}|[ivx]{1,4})\)", re.IGNORECASE)


def _inside_brackets(paragraph: str, at: int) -> bool:
    """Does the character at ``at`` of ``paragraph`` stand inside brackets (more opened than closed before it, the
    brackets that close an item's mark not counted: "d) Lao động: ... kế hoạch năm (25.000 lao động)")?"""
    opened, closed = paragraph.count("(", 0, at), paragraph.count(")", 0, at)
    if opened == 0 or opened > closed:
        return opened > closed
    return opened > closed - len(_ITEM_MARK_CLOSED.findall(paragraph, 0, at))


def find_figures(paragraph: str, offset: int = 0, preceding: str = "") -> list[Figure]:
    """Every figure of one paragraph of clean text (offsets shifted by ``offset``).

    ``preceding`` is the text just before the paragraph: "Trong đó, khu vực dịch vụ đạt 8,6%"
    is a growth rate because the paragraph before it spoke of growth.
    """
    sentences = sentence_spans(paragraph)
    sentence_starts = [lo for lo, _ in sentences]
    figures: list[Figure] = []
    not_figures: set[int] = set()  # rank denominators
    hidden: list[tuple[int, int]] = []  # (found with ``foreign``)
    foreign: list[tuple[int, int]] | None = None  # found when the first number needs them
    marks: list[int] | None = None  # the segment marks: found when the first figure needs them
    openings: WindowStarts | None = None  # where a non-figure can start: found when the first number needs them
    lowered = paragraph.lower()
    # (str.lower maps a character to one or more, by itself but for the final sigma, which becomes "σ" or "ς" by
    # the text around it: in a lowered text of the same length each character is its own, lowered, at its place,
    # so a word without sigma stands in lowered[i:j] where it stands in paragraph[i:j].lower())
    lowered_in_place = len(lowered) == len(paragraph)
    # (the texts tested for "(", "US", "$" and "gấp" below are cut from the paragraph: without them, none holds one)
    bracketed = "(" in paragraph
    dollar_said = "US" in paragraph or "$" in paragraph
    # (whether the paragraph names the country, a region's average or an estimate: asked when the first figure comes
    # to them; most paragraphs have no figure that does, two in three of them no figure at all)
    national: bool | None = None
    regional = estimates_said = False
    # (read_metric's texts are cut from the paragraph: without a "vớ" in it, none holds one; found when the first
    # figure is read)
    so_voi_said: bool | None = None
    # what the figures of a sentence share, read once for it: the estimate of a breakdown's total and the
    # sentence before a breakdown (by the sentence's start), the rest of the sentence (by its end)
    breakdowns: dict[int, str] = {}
    wholes: dict[int, str] = {}
    rests: dict[int, str] = {}
    for m in _NUMBER_SCAN.finditer(paragraph):
        a, b = m.span()
        token = m.group()
        if openings is None:
            openings = non_figure_openings(paragraph)
        if a in not_figures or is_blocked(paragraph, a, b, openings):
            continue
        numeral = token
        if (((paragraph[b:b + 1] in _GROUP_SPACES and paragraph[b + 1:b + 2].isdigit())
             or (paragraph[a - 1:a] in _GROUP_SPACES and paragraph[a - 2:a - 1].isdigit()
                 and (b - a == 3 or paragraph[a + 3:a + 4] == ",")))
                and (chain := _spaced_chain(paragraph, a, b, openings)) is not None):
            if chain[1] != b:
                continue  # a group of "12 000 tấn" before its last: the number is read at its last group
            a, token = chain[0], paragraph[chain[0]:b]
            numeral = token
        elif (((paragraph[b:b + 2] in _BROKEN_SEPARATORS and paragraph[b + 2:b + 3].isdigit())
               or (paragraph[a - 2:a] in _BROKEN_SEPARATORS and paragraph[a - 3:a - 2].isdigit()))
              and (broken := _broken_numeral(paragraph, a, b)) is not None):
            if broken[1] != b:
                continue  # ("31. 245 tỷ đồng": the number is read at its last part)
            a, token = broken[0], paragraph[broken[0]:b]
            numeral = token.replace(" ", "").replace("\n", "")
        if foreign is None:
            if "](" in paragraph or "://" in paragraph or "alt=" in paragraph:
                hidden = [m.span() for m in _HIDDEN.finditer(paragraph)]
            foreign = ([span for span in sentences if _is_foreign_forecast(paragraph, span)]
                       if _FORECASTER_NAMED.search(paragraph) else [])
            foreign += _national_sentences(paragraph, sentences, lowered)
            foreign += _hazard_outlooks(paragraph, sentences, lowered)
        # (most paragraphs have neither: no generator to run for their numbers)
        if (hidden and any(lo <= a < hi for lo, hi in hidden)) or (foreign and any(lo <= a < hi for lo, hi in foreign)):
            continue
        value = parse_number(numeral)
        if value is None or (b - a >= 9 and paragraph[a] == "0" and token.isdigit()):
            continue  # (a run of nine digits and more after a zero is a code: "Mã số thuế 0101234567", a phone)
        two_before = paragraph[max(0, a - 2):a]
        if ((("-" in two_before or "−" in two_before) and _MINUS_BEFORE.search(two_before))
                or (two_before[-1:] == "–" and _EN_DASH_MINUS_BEFORE.search(paragraph, max(0, a - 3), a))):
            value = -value
        s_lo, s_hi = _sentence_of(sentences, sentence_starts, a, len(paragraph))
        after = paragraph[b:s_hi]
        compound = read_compound(after)
        if compound is not None:
            # "7 triệu 520 nghìn con": one figure; its second number is not a figure of its own
            value = value * compound.major + compound.minor
            if compound.minor_offset is not None:
                not_figures.add(b + compound.minor_offset)
        reading = compound.reading if compound is not None else read_unit(after)
        if reading is None and "(" in after[:3] and (spelled := _spelled_right_after(after, value)) is not None:
            # "làm 02 (hai) người chết": the number said again in words in brackets, its unit after them
            reading = read_unit(after[spelled:]) or _noun_count(after[spelled:spelled + 80])
            reading = replace(reading, length=spelled + reading.length) if reading is not None else None
        if (dollar_said and ("US" in paragraph[max(0, a - 5):a] or "$" in paragraph[max(0, a - 3):a])
                and _DOLLAR_RIGHT_BEFORE.search(paragraph, max(0, a - 6), a)
                and (reading is None
                     or (reading.unit == "VND" and _SCALE_WORD_ALONE.fullmatch(after, 0, reading.length)))):
            # "vốn đăng ký USD 350 triệu", "US$ 42,1 tỷ": the currency said before the number, its scale after
            reading = UnitReading("USD", reading.multiplier if reading is not None else 1.0,
                                  reading.length if reading is not None else 0)
        if (reading is not None and reading.unit == "VND" and reading.multiplier > 1
                and _SCALE_WORD_ALONE.fullmatch(after, 0, reading.length)
                and _FROM_LEVEL_BEFORE.search(paragraph, max(s_lo, a - 13), a)
                and (to := _FROM_TO_HIGH.match(after, reading.length)) is not None
                and (high := read_unit(after[to.end():])) is not None
                and high.unit != "VND" and high.multiplier == reading.multiplier):
            # "tăng từ 1,2 triệu lên 1,35 triệu thuê bao", "từ 1,2 tỷ lên 1,5 tỷ USD": the start of a change (or
            # the low end of a range) written with its scale word alone counts what its other end counts, no đồng
            reading = replace(high, length=reading.length)
        if (reading is None and paragraph.find("gấp", max(s_lo, a - 16), a) >= 0
                and _MULTIPLE_RIGHT_BEFORE.search(paragraph, max(s_lo, a - 16), a) and _BASE_RIGHT_AFTER.match(after)):
            reading = UnitReading("times", 1.0, 0)  # "tăng gấp 3 so với cùng kỳ": a multiple without "lần"
        whole_out_of = None
        if (reading is None and ("trong" in after[:8] or "trên" in after[:8])
                and (whole := _PART_OF_A_WHOLE.match(after))):
            # "09 trong 12 nhóm hàng tăng": the part counts what the whole counts; the whole is no figure
            whole_unit = read_unit(after[whole.end(1):])
            whole_value = parse_number(whole.group(1))
            # (not "1 trong 3 điểm": one of a few is no count of the place's own)
            if (whole_unit is not None and whole_unit.unit not in ("pct", "VND", "USD")
                    and whole_value is not None and 1 < value <= whole_value):
                if whole.group(0).lstrip().startswith("trên"):
                    # "4 trên 17 xã đạt chuẩn": one out of the other as "4/17 xã" says it, the whole a figure too
                    whole_out_of = (b + whole.start(1), b + whole.end(1))
                    reading = whole_unit
                else:
                    not_figures.add(b + whole.start(1))
                    reading = replace(whole_unit, length=whole.end(1) + whole_unit.length)
        # "a/b unit": the unit after b belongs to a too.
        ratio = _RATIO.match(after)
        denominator = whole_out_of
        # ("35/100.000 trẻ đẻ sống": read_unit read a rate per a round base, no ratio of two counts)
        per_base = reading is not None and reading.unit == "count" and (reading.label or "").startswith("/")
        if ratio and NUMBER.fullmatch(ratio.group(1)) and not per_base:
            denominator = (b + ratio.start(1), b + ratio.end(1))
            reading = read_unit(paragraph[denominator[1]:s_hi])
        elif reading is not None and (unit_ratio := _unit_repeated_ratio(after, reading)) is not None:
            denominator = (b + unit_ratio[0], b + unit_ratio[1])
        if denominator and (share := _a_fraction_of_the_plan(paragraph, a, value, denominator)) is not None:
            # "thu tiền sử dụng đất chỉ đạt 1/2 dự toán": the fraction is one figure, a percent of the plan
            not_figures.add(denominator[0])
            b, value, reading = denominator[1], share, UnitReading("pct", 1.0, 0)
            token, denominator = paragraph[a:b], None
            after = paragraph[b:s_hi]
        if denominator and _a_fraction_of_a_whole(paragraph, value, denominator):
            # "chiếm gần 1/10 kim ngạch xuất khẩu cả nước", "2/3 số xã": a fraction of a whole named after it is
            # a part in words, as "chiếm khoảng 1/3" is (the rows above), not two counts
            not_figures.add(denominator[0])
            continue
        if (reading is not None and reading.unit == "tonne" and _BARE_QUINTAL.match(after)
                and _YIELD_IN_CLAUSE.search(paragraph, max(0, a - 80), a)):
            reading = replace(reading, unit="quintal_per_ha", multiplier=1.0)
        second_rank = paragraph.find("thứ", max(0, a - 6), a) >= 0 and _AND_ORDINAL.search(paragraph, max(0, a - 10), a)
        if second_rank and not _RANK_AGAIN.search(paragraph[max(0, a - 150):a]):
            continue  # "ngày thứ 2 và thứ 3": ordinals (only a rank goes on as a rank)
        if second_rank or _ranked_right_before(paragraph[max(0, a - 30):a]):
            if denominator:
                not_figures.add(denominator[0])
            denominator, reading = None, RANK
        if (denominator and paragraph.startswith(("63", "34"), denominator[0])
                and _ALL_PROVINCES.match(paragraph, denominator[0])
                and not _RANKED_BEFORE.search(paragraph, max(s_lo, a - 80), a)):
            not_figures.add(denominator[0])
            continue  # "41/63 tỉnh, thành phố thu đạt trên 50% dự toán": a tally of the country's provinces
        span_end = denominator[1] if denominator else b
        high_end = None  # where the high end of a range starts its unit, for the low end's words after
        if reading is None:
            # "phổ biến ở mức 5-8,5%/năm": the low end of a range takes the unit of the high end
            range_end = _RANGE_TO.match(paragraph, b, s_hi)
            if range_end and not denominator:
                reading = read_unit(paragraph[range_end.end():s_hi])
                high_end = range_end.end()
            elif (not denominator and (listed := _LIST_GOES_ON.match(paragraph, b, s_hi))
                  and _LIST_OPENED_BEFORE.search(paragraph, max(s_lo, a - 80), a)):
                # "tương ứng 25, 18 và 12 tỷ đồng": the unit after the list's last number (a money unit or a
                # measure; a list of bare counts names no unit)
                last = read_unit(paragraph[listed.end():s_hi])
                respective = _RESPECTIVE_LIST_OPENED_BEFORE.search(paragraph, max(s_lo, a - 80), a)
                if last is not None and (last.unit in _LISTED_UNITS or (
                        # ("tỷ lệ hộ nghèo lần lượt là 3,2 và 5,1%": a list read respectively writes its "%" once)
                        last.unit == "pct" and respective)):
                    reading = last
                elif respective:
                    # "tương ứng là 140 và 95 doanh nghiệp": read respectively, every item counts what the last counts
                    reading = last or _noun_count(paragraph[listed.end():s_hi])
            elif (not denominator and ("lượt" in (marked := paragraph[max(s_lo, a - 80):a]) or "ứng" in marked)
                  and (listed := _LIST_GOES_ON.match(paragraph, b, s_hi))
                  and (_RESPECTIVE_LIST_OPENED_BEFORE.search(paragraph, max(s_lo, a - 80), a)
                       # ("lần lượt đạt 320 và 145 tỷ đồng, tăng 12 và 8%": the marker said for the clause before
                       # reads the changes after it respectively too)
                       # (and "lần lượt là 5 và 7 thôn, tăng 2 và 3 thôn": the changes of counts as well)
                       or _CHANGES_LISTED_AFTER_A_RESPECTIVE_LIST.search(paragraph, max(s_lo, a - 120), a)
                       # ("lần lượt đạt 52; 18 nghìn tấn; tăng 3; 6%": the lists parted by ";")
                       or (";" in marked and _CHANGES_AFTER_A_RESPECTIVE_LIST.search(marked) is not None))):
                # "lần lượt thu hút 5 và 7 dự án": a list read respectively counts what its last number counts
                reading = read_unit(paragraph[listed.end():s_hi]) or _noun_count(paragraph[listed.end():s_hi])
            elif (not denominator and ("tăng" in (near := paragraph[max(s_lo, a - 80):a]) or "giảm" in near)
                  and (listed := _LIST_GOES_ON.match(paragraph, b, s_hi))
                  and _CHANGES_LIST_OPENED_BEFORE.search(paragraph, max(s_lo, a - 80), a)
                  and (last := read_unit(paragraph[listed.end():s_hi])) is not None and last.unit in _LISTED_UNITS):
                reading = last  # "tăng 1.200 và 15.000 con": the unit after the list's last number
            elif (not denominator and (lowered.find("từ", max(s_lo, a - 13), a) >= 0 if lowered_in_place
                                       else "từ" in paragraph[max(s_lo, a - 13):a].lower())
                  and _FROM_LEVEL_BEFORE.search(paragraph[max(s_lo, a - 13):a])
                  and (to := _FROM_TO_HIGH.match(paragraph, b, s_hi)) is not None
                  and (high := read_unit(paragraph[to.end():s_hi]) or _noun_count(paragraph[to.end():s_hi]))
                  is not None
                  and (to.group(1) is not None or high.unit in _RANGE_IN_WORDS_UNITS)
                  and not _YEAR_TOKEN.fullmatch(token)
                  and not is_blocked(paragraph, to.start(2), to.end(), openings)):
                # "tăng từ 92 lên 105 xã", "giảm từ 120 xuống còn 85 em": the amount a change starts from
                # is counted in the unit written once after the amount it ends at; "đạt từ 95 đến 97%",
                # "từ 25.000 đến 26.000 ha": a range bounded in words shares its high end's unit as a
                # dashed one does (a rate, an area, a weight or a volume: "từ 5 đến 7 km" is as often a
                # distance between places)
                reading = high
                if to.group(1) is None:
                    high_end = to.end()  # "đạt từ 30 đến 42% kế hoạch": the words after name both ends' base
            elif (not denominator and ("đến" in (next_words := paragraph[b:b + 8]) or "tới" in next_words)
                  and (to := _FROM_TO_HIGH.match(paragraph, b, s_hi)) is not None and to.group(1) is None
                  and _RANGE_LOW_END_OPENS.search(paragraph, max(s_lo, a - 20), a)
                  and (high := read_unit(paragraph[to.end():s_hi])) is not None
                  and high.unit in _RANGE_IN_WORDS_UNITS
                  and not _YEAR_TOKEN.fullmatch(token)
                  and not is_blocked(paragraph, to.start(2), to.end(), openings)):
                # "khoảng 20 đến 25%", "tăng 10 đến 15%", "đạt 55 đến 60 tạ/ha": a range bounded in words with no
                # "từ" before it, after a hedge or a verb, shares its high end's unit as well
                reading = high
                high_end = to.end()
            elif not denominator and (noun_range := _RANGE_TO_NOUN.match(paragraph, b, s_hi)):
                # "khoảng 400 - 450 xe": the low end counts what the high end counts, when that is a
                # counted unit (not a measure: "2-3 cm", "55 - 56 tạ/ha"; not a date)
                high = read_unit(paragraph[noun_range.end():s_hi])
                if (high is not None and (high.unit in _COUNTED_IN_A_RANGE or high.unit in _MONEY
                                          or (high.unit in _DASHED_MEASURES
                                              and _DASH.search(paragraph, b, noun_range.start(1)) is not None))
                        and not _YEAR_TOKEN.fullmatch(token)
                        and not is_blocked(paragraph, noun_range.start(1), noun_range.end(), openings)):
                    reading = high
        if denominator and _is_day_month(paragraph, a, denominator):
            not_figures.add(denominator[0])
            continue
        if reading is None and not denominator and _elided_persons(paragraph, a, span_end):
            reading = UnitReading("person", 1.0, 0)
        if reading is None:
            reading = _noun_count(paragraph[span_end:s_hi])
            if reading is not None and value != int(value) and (reading.label or "x")[0].isupper():
                continue  # "17.6 Khu vực ...": a fraction before a new capitalised phrase is debris
            if (reading is not None and (reading.label or "x")[0].isupper()
                    and _INSIDE_A_CAPITALISED_NAME.search(paragraph, max(0, a - 40), a)):
                continue  # "Khu công nghiệp WHA Industrial Zone 2 Nghệ An": a number inside a name, no count
            # "34 nhà bị sập (Quảng Ngãi: 09, Bình Định: 23)": a place's share takes the detailed
            # count's unit before a colon makes it a bare count
            reading = reading or _unit_in_brackets(paragraph, a, span_end, s_lo, s_hi)
            reading = reading or _stay_length(paragraph, a, span_end) or _labour_days(paragraph, span_end)
            reading = reading or _hours_count(paragraph, span_end, value)
            reading = reading or (None if denominator else _elided_unit(paragraph, a, b, s_hi, figures, offset))
            reading = reading or (None if denominator else _unit_of_the_item_before(paragraph, a, b, s_hi, figures,
                                                                                    offset))
            reading = reading or (None if denominator or "đó" not in paragraph[max(s_lo, a - 80):a]
                                  else _unit_of_a_part_named_by_its_noun(paragraph, a, b, s_hi, figures, offset))
            if (reading is None and not denominator and ("tăng" in (near := paragraph[max(s_lo, a - 60):a])
                                                         or "giảm" in near)):
                reading = _unit_of_the_counts_changed(paragraph, a, b, s_lo, figures, offset)
            reading = reading or _bare_count(paragraph, a, span_end, s_hi)
            reading = reading or _percent_change_in_a_list(paragraph, a, span_end, s_hi, figures, offset)
        if reading is None and not denominator:
            reading = _elided_unit(paragraph, a, b, s_hi, figures, offset)
        if reading is None and denominator:
            reading = UnitReading("count", 1.0, 0)  # "39/189 chiếm 20%": a ratio counts, even unnamed
        if reading is None:
            continue  # a bare number with no unit word: usually a code or name, not a fact
        if reading.unit == "point" and (
                ("%" in paragraph[max(s_lo, a - 60):a]
                 and _RATE_THEN_ITS_MOVE_IN_POINTS.search(paragraph, max(s_lo, a - 60), a))
                or _RATE_NAMED_THEN_ITS_MOVE.search(paragraph, max(s_lo, a - 90), a)):
            # "đạt 93,2% dân số, tăng 1,1 điểm", "tỷ lệ đô thị hóa tăng 1,2 điểm": a rate's move said in bare points
            # is in percentage points
            reading = replace(reading, unit="pct_point")
        gap_in_points = False
        if reading.unit == "pct" and _a_rates_gap_on_its_plan(paragraph, s_lo, a, b + reading.length, figures, offset):
            # "đạt 62% giá trị hợp đồng, vượt 8% so với kế hoạch", "đạt 96,5%, vượt 1,5% so với chỉ tiêu": the points a
            # rate passed (missed) its plan or schedule by, read as "vượt 1,5 điểm phần trăm" is (no 108% of plan)
            reading = replace(reading, unit="pct_point")
            gap_in_points = True
        if reading.unit == "point" and (_COUNTED_SPOTS.search(paragraph, s_lo, a) or _spots_hit_at(paragraph, s_lo, a)
                                        or _spots_in_a_damage_sentence(paragraph, s_lo, s_hi, a, value)
                                        or _spots_detailed_in_brackets(paragraph, s_lo, a, figures, offset)):
            reading = UnitReading("count", 1.0, reading.length, "điểm")  # "46 điểm sạt lở, tăng 23 điểm"
        if (reading.multiplier == 1 and reading.unit in _WHOLE_UNITS and "," in token
                and _COMMA_THOUSANDS.fullmatch(token)):
            value *= 1000  # "1,250 doanh nghiệp": no firm is counted in thousandths, the comma groups thousands
        if (value >= 100 or reading.multiplier >= 1e3) and _names_a_programme(paragraph, a, reading, value):
            continue  # "Đề án 1 triệu ha lúa", "Chương trình 1.000 km đường": the goal that names a scheme
        water_mark = (reading.unit == "km" and reading.multiplier == 1e-3) or (
            # "trên báo động II là 27cm": a level told in centimetres is how high too
            reading.unit == "count" and reading.label == "cm")
        if water_mark and value < 1000 and _is_water_level(paragraph, s_lo, a):
            # "còn 3,41m", "ngập bình quân 0,8 - 1,2m", "báo động 2 là 0,46m": how high, no fact; a
            # mountain river's gauge reads its height above the sea ("mực nước ... đạt đỉnh 212 m")
            continue
        unit_end = (denominator[1] if denominator else b) + reading.length
        if (reading.unit == "person" and not denominator
                and (value * reading.multiplier in _POPULATION_BASES
                     # ("Số thuê bao internet/100 dân đạt 78,5": per a hundred, after its slash)
                     or (value * reading.multiplier == 100 and paragraph[max(0, a - 2):a].rstrip().endswith("/")))
                and _POPULATION_BASE_BEFORE.search(paragraph, max(s_lo, a - 12), a)
                and paragraph[unit_end - 3:unit_end] == "dân"
                and _FIGURE_LATER_IN_CLAUSE.match(paragraph, unit_end, s_hi)):
            continue
        if paragraph.find("dân", unit_end, unit_end + 24) >= 0 and (per := _PER_POPULATION.match(paragraph, unit_end)):
            # "35 giường bệnh trên 10.000 dân", "9 bác sĩ/1 vạn dân": the population a ratio is per is its
            # base, no count of its own
            not_figures.add(per.start(1))
        elif "/1" in (reading.label or "") and (base := _BASE_AFTER_SLASH.search(paragraph, b, unit_end)) is not None:
            # "35 thuê bao/100 dân", "95 xe máy/100 hộ": the round base read_unit read into the rate counts nothing
            not_figures.add(base.start(1))
        if reading.label in ("‰", "g/l") and _REACH_OF_THE_SALT_AFTER.match(paragraph, unit_end):
            continue  # "ranh mặn 4‰ xâm nhập sâu 50 km": which salt front is measured, its reach the figure
        if reading.unit == "km" and (_PER_HOUR.match(paragraph, unit_end) or _a_pace(paragraph, s_lo, a, unit_end)):
            continue  # "tốc độ thiết kế 80 km/h": a speed, the design of a road as its class is, no length
        if (paragraph.find("so với", unit_end, unit_end + 50) >= 0
                and _CHANGE_RIGHT_BEFORE.search(paragraph, max(s_lo, a - 16), a)
                # (a price's move, "giảm 1.000 đồng/kg so với hôm qua", is the market's day on day, no bulletin's)
                and not (reading.unit in ("VND", "USD") and paragraph[unit_end:unit_end + 3].lstrip()[:1] == "/")
                and _SINCE_AN_EARLIER_BULLETIN.match(paragraph, unit_end, s_hi)):
            continue  # "tăng 3 người so với báo cáo sáng nay": what a rolling bulletin adds to its last count, no fact
        if (reading.unit != "pct" and (lowered.find("so với", s_lo, a) >= 0 if lowered_in_place
                                       else "so với" in paragraph[s_lo:a].lower())
                and _CHANGE_RIGHT_BEFORE.search(paragraph, max(s_lo, a - 16), a)
                and (since := _SINCE_AN_EARLIER_BULLETIN.search(paragraph, s_lo, a)) is not None
                and "," in paragraph[since.end():a]):
            continue  # "So với bản tin ngày 15/4, diện tích lúa bị ảnh hưởng tăng 310 ha": the same, its base first
        if reading.unit == "pct" and _THRESHOLD.match(paragraph, max(0, a - 12), unit_end + 2):
            continue  # "nhà bị thiệt hại nặng (trên 70%)": the class a count belongs to
        if reading.unit in ("count", "person") and _at_a_meetings_attendance(paragraph, s_lo, a):
            continue  # "Dự Đại hội có 155 đại biểu đại diện cho 432 đảng viên": who came, not the place's figure
        if reading.unit == "count" and "điểm" in paragraph[b:b + 12] and _MEETING_LINKS_AFTER.match(paragraph, b):
            continue  # "trực tuyến đến 205 điểm cầu": where a meeting was shown, as its attendance is no figure
        if reading.unit in ("person", "count") and _seats_of_a_body(paragraph, s_lo, a, b):
            continue  # "Ban Chấp hành ... gồm 21 đồng chí": the body's seats
        if (reading.unit == "count" and value <= 10 and _PARTS_BEFORE.search(paragraph, max(0, a - 20), a)
                and not ("thành" in paragraph[b:b + 30] and _MERGED_INTO_A_COUNT.match(paragraph, b + reading.length))):
            continue  # "đi qua 3 địa phương", "chia làm 3 dự án thành phần": the parts of a whole
        if (reading.unit == "pct" and ("từ" in (near := paragraph[max(s_lo, a - 40):a]) or "đến" in near)
                and _shares_of_many_plans(paragraph, s_lo, a, s_hi)):
            continue  # "các chỉ tiêu còn lại đạt từ 85% đến 98% kế hoạch": the spread of several plans, no subject's
        if reading.unit in ("count", "head", "point") and not denominator and _LISTED_HIGHLIGHTS.match(paragraph, b):
            continue  # "5 điểm nhấn kinh tế", "7 CON SỐ ẤN TƯỢNG": how many items an article lists, no quantity
        if reading.unit in ("count", "times") and value <= 4 and _DOSE_SCHEDULE.match(paragraph, b):
            continue  # "được tiêm 3 mũi vắc xin", "tiêm 2 lần cách nhau 28 ngày": how each is vaccinated
        if reading.unit == "count" and value <= 10 and _WORKS_REFERRED_TO.match(paragraph, b):
            continue  # "Tổng vốn của 2 dự án này là ...": the works named before, referred to, no count of its own
        if (reading.unit == "count" and value <= 10 and ("lượt" in (ahead := paragraph[b:b + 90]) or "ứng" in ahead)
                and _RESPECTIVE_ITEMS_AFTER.match(paragraph, b + reading.length)):
            continue  # "2 xã lần lượt tăng 4 và 9%": how many items the list that follows gives, as "Hai xã ..."
        if (reading.unit == "count" and value in (63, 34) and reading.label
                and reading.label.startswith("tỉnh") and _THE_COUNTRYS_PROVINCES.match(paragraph, a)):
            continue  # "yêu cầu 63 tỉnh thực hiện", "34 tỉnh, thành phố": all the country's provinces, no figure of one
        if reading.unit == "count" and reading.label in _PROVINCE_COUNT_WORDS and _introduces_named_places(
                paragraph, b + reading.length, value, reading.label):
            continue  # "9 địa phương ghi nhận gia súc chết là A, B, ... và I": the provinces it goes on to name
        if national is None:
            national = (any(word in lowered for word in _NATIONAL_WORD_LITERALS)
                        and _NATIONAL_WORDS_SCAN.search(paragraph) is not None)
            regional = ("bình quân" in lowered or "trung bình" in lowered) and any(w in lowered for w in _REGION_WORDS)
            estimates_said = any(word in lowered for word in _ESTIMATE_WORD_LITERALS)
        if national and (_NATIONAL_ASIDE.search(paragraph, max(0, a - 60), a)
                         or _NATIONAL_AVERAGE_BEFORE.search(paragraph, max(0, a - 60), a)
                         or _NATIONAL_THEN_ITS_BRACKET.search(paragraph, max(0, a - 24), a)):
            continue  # "(cả nước tăng 11,1%)", "thấp hơn trung bình cả nước là 8,02%": not the province's figure
        if (national and _NATIONAL_AVERAGE_AFTER.match(paragraph, unit_end, s_hi)
                and _COMPARED_RIGHT_BEFORE.search(paragraph, max(s_lo, a - 20), a)):
            # "cao hơn 1,5 điểm phần trăm so với bình quân cả nước", "bằng 1,5 lần bình quân cả nước": a gap or a
            # ratio to the country's average, no change of the province's own
            continue
        if regional and ((_REGION_AVERAGE_AFTER.match(paragraph, unit_end, s_hi)
                          and _COMPARED_RIGHT_BEFORE.search(paragraph, max(s_lo, a - 20), a))
                         or _REGION_AVERAGE_BEFORE.search(paragraph, max(s_lo, a - 120), a)):
            continue  # "gấp 1,4 lần bình quân vùng", "cao hơn bình quân khu vực 3,2 tạ/ha": the same of a region's
        # (a long sentence, a congress's list of targets after its lead, is read from its start: up to 800 characters)
        before_all = paragraph[max(0, min(a - 400, max(s_lo, a - 800))):a]
        # (preceding + " . " + paragraph[:a])[-400:], without copying a long paragraph's head
        wider_before = paragraph[a - 400:a] if a >= 400 else (preceding + " . " + paragraph[:a])[-400:]
        if marks is None:
            marks = _segment_marks(paragraph)
        seg = _segment(paragraph, a, b, s_lo, s_hi, marks)
        before = paragraph[seg[0]:a]
        after_unit = paragraph[unit_end:s_hi]
        if high_end is not None and reading is not None:
            # "đạt từ 30 - 42% kế hoạch": the words after the high end name the low end's base too
            after_unit = paragraph[high_end + reading.length:s_hi]
        said_qualifier = qualifier_before(before)
        change_named: str | None = None
        if said_qualifier is None and "gấp" in before[-8:] and (multiple := _HEDGED_MULTIPLE.search(before)):
            said_qualifier = qualifier_before(before[:multiple.start(1)])  # "tăng gần gấp 3 lần": nearly three times
        if said_qualifier is None and high_end is not None and (low := _FROM_LEVEL_BEFORE.search(before)):
            said_qualifier = qualifier_before(before[:low.start()])  # "khoảng từ 20 đến 25%": the hedge bounds both
        if (said_qualifier is None and paragraph.find("trở", b, b + 40) >= 0
                and ((_FROM_RIGHT_BEFORE.search(before) and (bound := _AT_LEAST_AFTER.match(paragraph, b, s_hi)))
                     or (bound := _BOUND_RIGHT_AFTER.match(paragraph, unit_end, s_hi)))):
            if (_FROM_RIGHT_BEFORE.search(before) and not _CHANGE_FROM_BEFORE.search(before)
                    and (_COUNT_IN_CLAUSE.search(_clause_before(paragraph, s_lo, a))
                         # ("Số bài thi bị điểm liệt (từ 1,0 điểm trở xuống) là 37 bài": the bound in brackets
                         # defines the class counted after it)
                         or (reading.unit != "pct"
                             and _BRACKET_OPENS_ON_FROM.search(paragraph, max(s_lo, a - 10), a) is not None))):
                continue  # "có 12 thí sinh đạt từ 27 điểm trở lên": the bound classes the group counted, no figure
            said_qualifier = "over" if bound.group(1).lower() == "lên" else "under"
        # (a range's low end is followed by its dash: most segments have none)
        if ((high_end is not None and _GROWTH_FROM.search(before)) or (
                ("-" in before or "–" in before) and _GROWTH_FROM_LOW_END.search(before)) or (
                # ("tăng từ 5% đến 7% so với cùng kỳ": the low end with its own "%")
                reading.unit == "pct" and _GROWTH_FROM.search(before)
                and _PERCENT_RANGE_GOES_ON.match(after_unit))) and (
                # ("giảm từ 6,5-7% xuống còn 5,8%": a range of the level it went from, no range of growth)
                not _TO_A_NEW_LEVEL_NEXT.match(_RANGE_HIGH_END_NEXT.sub("", after_unit, count=1))):
            before = _FROM_WORD.sub("", before)  # "tăng từ 17,2-39,8%": a range of growth, no change from a level
        elif ("từ" in before[-10:] and (low := _FROM_LEVEL_BEFORE.search(before))
              and (high_end is not None or (reading.unit == "pct" and _PERCENT_RANGE_GOES_ON.match(after_unit)))
              and _REACH_BEFORE.search(before, 0, low.start())):
            # "ước đạt từ 7 đến 8%", "đạt từ 6,5% đến 7%": a range reached, its low end as reached
            before = before[:low.start()]
        qualifier = said_qualifier or (
            "estimate" if reading is not RANK and _estimated(paragraph, s_lo, a, preceding, estimates_said, breakdowns,
                                                             reading.unit)
            else "exact")
        if value == 0 and reading.unit == "pct" and not before.strip() and _STEADY_BEFORE_BRACKET.search(
                paragraph, max(s_lo, a - 30), a):
            before = "tăng "  # "nhóm giáo dục đứng giá (0,0%)": a change of nothing, on the base in force
        elif (reading.unit == "pct" and not before.strip() and "nhất" in paragraph[max(s_lo, a - 200):a]
              and (ranked := _RANKED_CHANGES_IN_BRACKETS.search(paragraph, max(s_lo, a - 200), a))):
            before = ranked.group(1) + " "  # "Quảng Ninh tăng cao nhất (11,3%), tiếp đến Lạng Sơn (8,1%)"
        elif (reading.unit == "pct" and not before.strip() and "ức" in paragraph[max(s_lo, a - 100):a]
              and (named := _GROWTH_RATE_NAMED_BEFORE_BRACKET.search(paragraph, max(s_lo, a - 100), a))):
            before = named.group(1) + " "  # "cao hơn mức tăng bình quân chung của 3 tỉnh năm 2024 (7,6%)"
        if so_voi_said is None:
            so_voi_said = _SO_VOI_SPELLED.search(paragraph) is not None
        if (whole_sentence := wholes.get(s_lo)) is None:
            whole_sentence = wholes[s_lo] = _sentence_before_breakdown(paragraph, s_lo, preceding)
        if (sentence_rest := rests.get(s_hi)) is None:
            sentence_rest = rests[s_hi] = _rest_of_the_sentence(paragraph, s_hi)
        if before[-3:].rstrip()[-1:] in _VERB_OF_AN_ARROW:
            arrow = before.rstrip()
            before = f"{arrow[:-1]}{_VERB_OF_AN_ARROW[arrow[-1]]} "
        metric, metric_value, unit = read_metric(before, after_unit, before_all, reading.unit,
                                                 scale(value, reading.multiplier), wider_before,
                                                 bracketed and _inside_brackets(paragraph, a),
                                                 whole_sentence, sentence_rest, paragraph[:60], so_voi_said)
        if (metric == "yoy_abs" and unit == "count" and (reading.label or "").lower() == "đợt"
                and "chỉnh" in before and _ADJUSTED_BEFORE_TIMES.search(before)):
            # "giá xăng dầu điều chỉnh giảm 2 đợt": the rounds of adjustment counted, as "giảm 2 lần" are, no change
            metric, metric_value = "level", abs(metric_value)
        if unit == "pct_point" and (
                (metric in ("level", "yoy_abs") and _EXCESS_RIGHT_BEFORE.search(before)
                 # ("vượt 0,2 điểm phần trăm kế hoạch": the plan right after the points, "so với" unsaid)
                 and (_PLAN_BASE_RIGHT_AFTER.match(after_unit) or _AGAINST_SCHEDULE_AFTER.match(after_unit)))
                or (metric in ("level", "target") and _EXCESS_OVER_A_PLAN_BEFORE.search(before[-60:]))):
            # ("vượt 0,7 điểm phần trăm so với chỉ tiêu", "thấp hơn 1,4 điểm % so với chỉ tiêu": the points a rate
            # passed or missed its plan by, no rate; FACTS has no metric for the gap, filed as a level signed by its
            # verb, as the gold files a change with no metric of its own, ex055)
            metric, metric_value = "level", _signed_by_its_direction(before, metric_value)
            change_named = _a_gap_to_the_plan_named(before, after_unit, metric_value)
            if said_qualifier in ("over", "under") and "hơn" in before:
                # ("thấp hơn 1,4 điểm %": the "hơn" of the comparison says which way the gap goes, no bound)
                said_qualifier, qualifier = None, "estimate" if _estimated(
                    paragraph, s_lo, a, preceding, estimates_said, breakdowns, reading.unit) else "exact"
        if unit == "pct_point" and metric == "change_pct" and (named := _a_changes_name(
                _the_base_words_of_a_change(_words_right_after(after_unit), paragraph[s_lo:a]), metric_value)):
            # "giảm 0,12 điểm phần trăm so với đầu năm", "cao hơn 2,1 điểm % so với tháng trước": a rate's move in
            # points is an absolute change in its unit (on the same period, yoy_abs); on another base no metric fits,
            # so it is filed as an amount's change there is, a level signed by its verb and named by its base
            metric, change_named = "level", named
        if (metric == "level" and unit not in ("pct", "pct_point")
                and ("so" in after_unit[:40] or paragraph.find("o với", s_lo, a) >= 0
                     or paragraph.find("so ", max(s_lo, a - 60), a) >= 0)
                and (_CHANGE_RIGHT_BEFORE.search(paragraph, max(s_lo, a - 32), a)
                     # ("So với đợt lũ năm 2020, thiệt hại cao hơn khoảng 300 tỷ đồng": a gap said as a comparative)
                     or ("hơn" in before[-24:] and _AMOUNT_COMPARED_BEFORE.search(before))
                     # ("lần lượt giảm 120 và 85 hộ so với đầu năm", "tăng 300 và 900 con so với đầu năm": the last
                     # item of a list of such changes)
                     or (("tăng" in (near := paragraph[max(s_lo, a - 80):a]) or "giảm" in near)
                         and (listed := _BARE_RATES_LISTED_AFTER_A_VERB.search(paragraph, max(s_lo, a - 120), a))
                         and listed.group(1)[:4].lower() in ("tăng", "giảm")))
                and ((named_base := comparison_base(head_after := _words_right_after(after_unit))) == "other"
                     # ("Năm 2026, thu nhập tăng 22 triệu đồng so với năm 2020": a year two or more before the one the
                     # sentence names is another base, as read_metric reads it; "so với năm 2025" stays the last year)
                     or (named_base == "same" and "năm" in head_after
                         and _a_year_further_back(head_after, "", paragraph[s_lo:a]))
                     or _fronted_base(paragraph[s_lo:a], wider_before) == "other"
                     # ("Xảy ra 2 vụ; so với tháng trước giảm 1 vụ", "Dư nợ so với đầu năm tăng 300 tỷ đồng": the base
                     # before the verb of the change's clause)
                     or _base_before_the_verb(_clause_up_to(paragraph[s_lo:a])) == "other")):
            # "tăng 4.000 đồng/kg so với tháng trước", "tăng 8.250 tỷ đồng so với đầu năm": an amount of change on
            # another base, which FACTS has no metric for, filed as the gold files a stock's (ex055): a level signed by
            # its verb and named by its base ("mức tăng so với tháng trước"), never a bare level (nor with the base
            # first: "So với tháng trước, dư nợ tăng 310 tỷ đồng", "so với tháng trước giảm 3 vụ")
            base_words = _the_base_words_of_a_change(head_after, paragraph[s_lo:a])
            metric_value = _signed_by_its_direction(paragraph[s_lo:a], metric_value)
            if (change_named := _a_changes_name(base_words, metric_value)) is None:
                continue
        if (metric == "level" and change_named is None and unit not in ("pct", "pct_point")
                and paragraph.find("o với", s_lo, a) >= 0
                and _CHANGE_RIGHT_BEFORE.search(paragraph, max(s_lo, a - 32), a)
                and (fronted := _A_STOCKS_BASE_BEFORE_THE_VERB.search(_clause_up_to(paragraph[s_lo:a])))):
            # ("so với 31/12/2021 tăng 1.475 tỷ đồng": a day's base said before the change, the same change)
            metric_value = _signed_by_its_direction(paragraph[s_lo:a], metric_value)
            change_named = _a_stocks_change_named(fronted.group(), metric_value)
        if (metric == "level" and change_named is None and unit not in ("pct", "pct_point")
                and ("hơn" in before or "vượt" in before) and (compared := _COMPARATIVE_ON_BASE_BEFORE.search(before))
                and (comparison_base(base_words := "so với " + compared.group("base")) == "other"
                     or ("hơn" in before and on_a_stocks_base(base_words)))):
            # ("ít hơn tháng trước 3 vụ", "thấp hơn đầu năm 8.000 tỷ đồng": the same, the base said first)
            metric_value = _signed_by_its_direction(before, metric_value)
            if (change_named := _a_changes_name(base_words, metric_value)) is None:
                continue
        if metric == "level" and "hơn" in before and _GAP_ON_A_PLACE_BEFORE.search(before):
            continue  # "nhiều hơn huyện Bàu Bàng 3 trường": the gap between two places, no figure of the report's own
        if (metric == "level" and "hơn" in before[-24:] and _AMOUNT_COMPARED_BEFORE.search(before)
                and "o với" in paragraph[s_lo:a] and _fronted_place_base(paragraph[s_lo:a])):
            continue  # "So với tỉnh Quảng Bình, lượng khách thấp hơn 0,8 triệu lượt": the other place said first
        if (metric == "level" and "hơn" in before[-24:] and "so" in after_unit[:12]
                and (compared_with := _PER_UNIT_THEN_COMPARED_WITH.match(after_unit))
                and _AMOUNT_COMPARED_BEFORE.search(before)
                and comparison_base(compared := _words_right_after(after_unit[compared_with.end():])) is None
                # (a period's base, "so với tháng 11", which the words after "so với" alone do not say)
                and comparison_base(_words_right_after(after_unit[compared_with.end() - 8:])) is None
                and not _PLAN_AS_THE_WHOLE.match(compared)):
            # "cao hơn 4,8 tạ/ha so với ruộng đối chứng", "thấp hơn 9% so với giống cũ", "lãi cao hơn 6 triệu
            # đồng/ha so với cách làm cũ": the gap on another subject named after it, which FACTS has no metric for;
            # no level above that amount either (a period's base makes it a change: "cao hơn 2 tạ/ha so với cùng
            # kỳ"; the plan's, an amount over the plan as "ít hơn kế hoạch 30 hộ" is read)
            continue
        if (metric in ("level", "yoy_abs") and unit not in ("pct", "pct_point") and "so" in after_unit
                and _CHANGE_RIGHT_BEFORE.search(paragraph, max(s_lo, a - 16), a)
                and comparison_base(chained_base := _base_after_a_chain_or_what_is_left(after_unit)) == "other"):
            # "giảm 120 hộ, giảm 3,4% so với tháng trước", "giảm 120 hộ, còn 3.450 hộ, so với tháng trước": the base
            # named after the change's chain, or after what is left, is the change's own; on a stock's base ("tăng
            # 350 tỷ đồng, tăng 2,9% so với đầu năm") the change is a level named by its base, as above
            metric, metric_value = "level", _signed_by_its_direction(paragraph[s_lo:a], metric_value)
            if (change_named := _a_changes_name(chained_base, metric_value)) is None:
                continue
        if (said_qualifier is None and metric == "level" and unit != "pct" and _PASSED_RIGHT_BEFORE.search(before)
                and not _OVER_A_BASE_AFTER.match(after_unit)):
            qualifier = "over"  # "doanh thu du lịch vượt 12,8 nghìn tỷ đồng": more than that amount
        if (metric == "yoy_pct" and (("au" in paragraph[s_lo:s_lo + 4] and _AFTER_YEARS_OPENS.match(paragraph, s_lo, a))
                                     # ("thu nhập tăng gấp 2,5 lần sau 5 năm": the years said after the change)
                                     or ("sau" in after_unit[:8] and _AFTER_YEARS_RIGHT_AFTER.match(after_unit)))
                and comparison_base(after_unit) is None):
            # "Sau 3 năm thực hiện, thu nhập tăng 1,5 lần": the change over those years, on their first, no year's
            metric = "change_pct"
        if metric == "target" and "Wh" in paragraph[b : b + 20] and _DESIGNED_OUTPUT_BEFORE.search(before[-60:]):
            metric = "level"  # "sản lượng điện dự kiến 300 triệu kWh/năm": a plant's designed output
        if (said_qualifier in ("over", "under")
                and (metric in ("yoy_abs", "yoy_pct", "plan_pct", "change_pct") or change_named is not None)
                and _AMOUNT_COMPARED_BEFORE.search(before)):
            # "đạt 69%, cao hơn 3,2% so với cùng kỳ": the "hơn" of a comparison says which way the
            # gap goes, not that the gap is more than its number
            estimated = _estimated(paragraph, s_lo, a, preceding, estimates_said, breakdowns, reading.unit)
            qualifier = "estimate" if estimated else "exact"
        if metric == "target" and said_qualifier is None and qualifier == "estimate":
            # "ước đạt 38.198 tấn/KH 41.000 tấn": the sentence's "ước" estimates the result; the
            # plan beside it is a set amount, not an estimate
            qualifier = "exact"
        if gap_in_points and change_named is None:
            if not (("vượt" in before or "hơn" in before) and (_PLAN_WORD_ANYWHERE.search(after_unit[:40])
                                                               or _PLAN_WORD_ANYWHERE.search(before[-60:]))):
                continue  # (a schedule's gap, "chậm 7% so với tiến độ": no figure, as it was)
            # ("vượt 0,4% kế hoạch", "vượt kế hoạch 0,4%": the plan right after the gap or before it, the same gap)
            metric, metric_value = "level", _signed_by_its_direction(before, metric_value)
            change_named = _a_gap_to_the_plan_named(before, after_unit, metric_value)
        if unit == "pct_point":
            unit = "pct"  # "giảm 0,5 điểm phần trăm": an absolute change of a rate, in its unit
        if (metric == "level" and reading.label in _RANK_STEPS
                and (move := _RANK_MOVE_BEFORE.search(before))):
            # "Chỉ số PCI tăng 5 bậc", "xếp thứ 30/63, tụt 12 bậc": a move in a ranking is always against the
            # ranking before it, the same period's, as "tăng 08 bậc so với năm 2022" is
            falls = move.group(1).lower() in _RANK_FALLS
            metric, metric_value = "yoy_abs", (-metric_value if falls else metric_value)
        low = figures[-1] if figures else None
        if low is not None and low.unit == unit and _RANGE_HIGH_BEFORE.match(paragraph, low.end - offset, a):
            # "tăng 7-8%": the high end of a range reads as its low end
            metric, metric_value = low.metric, (-abs(metric_value) if low.value < 0 else abs(metric_value))
            if said_qualifier is None:
                qualifier = low.qualifier  # "khoảng 400 - 450 xe": the word before the range bounds both ends
        elif (low is not None and unit == "times" and low.unit == "pct" and low.metric in ("yoy_pct", "change_pct")
              and _RANGE_HIGH_BEFORE.match(paragraph, low.end - offset, a)):
            # "tăng 1,2 – 1,5 lần": the high end of a range of multiples is a change as its low end is
            metric, metric_value, unit = low.metric, round((metric_value - 1) * 100, 6), "pct"
        label = reading.label
        if (unit == "count" and label and "/" not in label and "giờ" in paragraph[max(s_lo, a - 40):a]
                and _PER_HOUR_BEFORE.search(paragraph, max(s_lo, a - 40), a)):
            label += "/giờ"  # "Mỗi giờ có hơn 300 xe qua cầu": a rate per hour, as "300 xe/giờ" reads
        seg_start = _head_of_a_bracketed_change(paragraph, seg[0], a, s_lo, figures[-1].unit_end - offset
                                                if figures else -1)
        base = Figure(start=a + offset, end=b + offset, unit_end=unit_end + offset, token=token,
                      value=metric_value, unit=unit, unit_label=label, qualifier=qualifier,
                      metric=metric, sentence=(s_lo + offset, s_hi + offset),
                      segment=(seg_start + offset, seg[1] + offset), change_named=change_named)
        figures.append(base)
        # (the paragraph's places where a non-figure can start, found for its numbers, serve its
        # denominators too: is_blocked gives the same answer with them or without)
        if denominator and not is_blocked(paragraph, *denominator, openings):
            d_value = parse_number(paragraph[denominator[0]:denominator[1]])
            if d_value is not None and d_value >= value * 0.5:
                # the plan must be the ratio's own: its clause between the ";" of the sentence
                c_lo = paragraph.rfind(";", s_lo, a) + 1 or s_lo
                c_hi = paragraph.find(";", b, s_hi)
                c_hi = c_hi if c_hi >= 0 else s_hi
                # the noun the ratio counts is not its plan ("20 chỉ tiêu/21 chỉ tiêu kinh tế - xã hội")
                plan = bool(_PLAN_CONTEXT.search(paragraph, c_lo, a)
                            or ((plan_after := _PLAN_CONTEXT.search(paragraph, unit_end, c_hi)) is not None
                                and not _PLAN_DRAWN_UP.search(paragraph, max(unit_end, plan_after.start() - 16),
                                                              plan_after.start())))
                if plan and _PLANNED_ITEMS.fullmatch(reading.label or ""):
                    # "19/25 chỉ tiêu hoàn thành vượt kế hoạch": the ratio counts the planned items
                    # themselves; the plan words say what each item reached, the b is all of them
                    plan = False
                if (plan and reading.unit == "count" and not _PLAN_CONTEXT.search(paragraph, c_lo, a)
                        and _REACHED_OWN_PLAN.match(paragraph, unit_end, c_hi)):
                    plan = False
                # "lúa 40/38 ha", "tiêm phòng 971/876 con": a part never exceeds its whole, so a b
                # below its a is the plan the a was measured against, even with no plan word; unless
                # the clause sets two amounts side by side ("cao hơn của tỉnh (13,8/9,1%)")
                plan = plan or (d_value < value and not _SIDE_BY_SIDE.search(paragraph, c_lo, a))
                plan = plan or _a_deed_done_so_far(paragraph, c_lo, a, reading.unit)
                # "GRDP bình quân đầu người đạt 55,26/58,01 triệu đồng": an amount of money has no
                # whole of its parts to count, so its b is the amount planned
                plan = plan or (reading.unit in ("VND", "USD") and not _SIDE_BY_SIDE.search(paragraph, c_lo, a))
                figures.append(replace(base, start=denominator[0] + offset, end=denominator[1] + offset,
                                       token=paragraph[denominator[0]:denominator[1]],
                                       value=scale(d_value, reading.multiplier),
                                       metric="target" if plan else "level",
                                       qualifier="exact", role="denominator"))
    scaled, said_in_scales = _scaled_words_figures(paragraph, offset, sentences)
    figures.extend(scaled)
    figures.extend(_word_figures(paragraph, offset, sentences, said_in_scales))
    figures.extend(_words_figures(paragraph, offset, sentences, said_in_scales, lowered))
    if "người" in paragraph:
        figures.extend(_elided_person_words(paragraph, offset, sentences))
    if "hời gian" in paragraph:
        figures.extend(_work_durations(paragraph, offset, sentences))
    if "gấp" in paragraph:
        figures.extend(_multiple_word_figures(paragraph, offset, sentences))
    if "nửa" in paragraph or any(said in paragraph for said in _FRACTION_SAID):
        figures.extend(_half_word_figures(paragraph, offset, sentences))
    if "thứ" in paragraph:
        figures.extend(_rank_word_figures(paragraph, offset, sentences))
    figures.extend(_scale_alone_figures(paragraph, offset, sentences))
    if not figures:
        return figures  # (two paragraphs in three: every step below keeps an empty list empty)
    figures.sort(key=lambda f: f.start)
    # a denominator is scanned again as a number of its own: keep only its target reading
    taken = {f.start for f in figures if f.role == "denominator"}
    figures = [f for f in figures if f.role == "denominator" or f.start not in taken]
    figures = [f for i, f in enumerate(figures) if not _is_threshold(f, figures[:i], paragraph, offset)]
    figures = [_resolve_implicit(f, figures[:i], paragraph, offset) if f.metric == IMPLICIT_PLAN else f
               for i, f in enumerate(figures)]
    if "/" in paragraph:
        figures = _ratios_read_as_plans(figures)
    for i in range(1, len(figures)):
        figures[i] = _read_against_the_figure_before(figures[i], figures[i - 1], paragraph, offset)
        if i > 1 and ";" in paragraph and _amount_then_change_after_a_clause_on_another_base(
                figures[i], figures[i - 1], figures[i - 2], paragraph, offset):
            figures[i] = replace(figures[i], metric="change_pct")
        if i > 2 and ";" in paragraph and _pair_mirroring_the_pair_before(figures, i, paragraph, offset):
            figures[i - 1] = replace(figures[i - 1], metric=figures[i - 3].metric)
            figures[i] = replace(figures[i], metric=figures[i - 2].metric)
        if i > 1 and figures[i].metric == "level" and figures[i].unit not in ("pct", "VND", "USD"):
            figures[i] = _change_of_a_count_further_back(figures[i], figures[:i], paragraph, offset)
    if "(" in paragraph:
        figures = [f for i, f in enumerate(figures) if not (i and _said_again_signed(f, figures[i - 1], paragraph,
                                                                                     offset))]
        figures = [f for i, f in enumerate(figures) if not (i and _spelled_again(f, figures[i - 1], paragraph,
                                                                                 offset))]
        # "tăng 12% (khoảng 557 tỷ đồng)": the change said again as an amount, on the same period its change in
        # amount; on another base ("tăng 6,2% (5.550 tỷ đồng) so với đầu năm") no figure, as such amounts are not
        # ("tăng 8.250 tỷ đồng so với đầu năm")
        # (with no level said before the rate, the bracket is the level the rate is of: read_metric)
        restated = [i for i in range(2, len(figures)) if figures[i - 2].sentence == figures[i].sentence
                    and _amount_restating_a_rate(figures[i], figures[i - 1], paragraph, offset)]
        for i in restated:
            prev = figures[i - 1]
            # (on a stock's base, "tăng 6,2% (5.550 tỷ đồng) so với đầu năm", the level it is filed as: read_metric)
            base_words = _words_right_after(paragraph[figures[i].unit_end - offset:prev.sentence[1] - offset])
            on_a_stock = prev.metric == "change_pct" and on_a_stocks_base(base_words)
            signed = -abs(figures[i].value) if prev.value < 0 else figures[i].value
            figures[i] = replace(figures[i], metric="yoy_abs" if prev.metric == "yoy_pct" else (
                "level" if on_a_stock else "drop"), value=signed,
                change_named=_a_stocks_change_named(base_words, signed) if on_a_stock else None)
        if restated:
            figures = [f for f in figures if f.metric != "drop"]
    if "so" in paragraph and ("lượt" in paragraph or "ứng" in paragraph):
        figures = _changes_on_respective_bases(figures, paragraph, offset)
    # ("So với cùng kỳ, giảm 3 vụ, 2 người chết": the base may open the sentence, capitalised)
    if ("so" in paragraph or "So" in paragraph) and ("tăng" in paragraph or "giảm" in paragraph):
        figures = _counts_sharing_a_change_verb(figures, paragraph, offset)
    if "vượt" in paragraph:
        figures = [f for i, f in enumerate(figures) if not (i and _excess_restating_the_plan_reached(
            f, figures[i - 1], paragraph, offset))]
    if "/" in paragraph:
        figures = [f for f in figures if not _a_price_move_on_its_last_quote(f, paragraph, offset)]
    return figures


# a price per a measure goods are sold by (data/words/priced_measures.csv: "đồng/lít", "đồng/kg", "đồng/bình")
_PER_PRICED_MEASURE = re.compile(r"\s*/\s*(?:" + word_source("priced_measures") + r")(?![^\W\d_])", re.IGNORECASE)


def _a_price_move_on_its_last_quote(fig: Figure, paragraph: str, offset: int) -> bool:
    """Is ``fig`` a price's move with no base named, "Xăng RON 95: 21.350 đồng/lít (giảm 430 đồng/lít)", "giá gas
    giảm 12.000 đồng/bình"? Such a move is on the price's last quote (the week's, the adjustment's before), no change on
    the same period last year, and FACTS has no metric for it; "tăng 500 đồng/kg so với cùng kỳ" stays one."""
    if fig.metric != "yoy_abs" or fig.unit not in ("VND", "USD"):
        return False
    # (the unit read is the money's, "đồng"; what it is per follows it)
    return (_PER_PRICED_MEASURE.match(paragraph, fig.unit_end - offset) is not None
            and _SAME_PERIOD_BASE.search(paragraph, fig.sentence[0] - offset, fig.sentence[1] - offset) is None)


# "làm 02 (hai) người chết", "150.000.000 đồng (Bằng chữ: Một trăm năm mươi triệu đồng)": a number said again in
# words in brackets right after its digits (and their unit), as deeds, decisions and bulletins write amounts; one
# figure, read from the digits
_SPELLED_IN_BRACKET = re.compile(r"\s*\(\s*(?i:bằng\s+chữ\s*:?\s*)?((?i:(?:một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|"
                                 r"tám|chín|mười|mươi|trăm|linh|lẻ|không|"
                                 + THOUSAND_WORDS + r")(?:\s+|(?=\))))+)\)\s*")
_BRACKET_OPENS_A_SPELLING = re.compile(r"\s*\(\s*(?i:bằng\s+chữ\s*:?\s*)?")


def _spelled_right_after(after: str, value: float) -> int | None:
    """Where the unit starts after a bracket right after a number that says that number again in words ("02
    (hai) người"), or None."""
    spelled = _SPELLED_IN_BRACKET.match(after)
    if spelled is None:
        return None
    try:
        said = words_value(spelled.group(1).strip())
    except (KeyError, IndexError, ValueError):
        return None
    return spelled.end() if said == value else None


def _spelled_again(fig: Figure, prev: Figure, paragraph: str, offset: int) -> bool:
    """Is ``fig`` a number in words in a bracket that opens right after the figure before it, of the same value
    ("150.000.000 đồng (Một trăm năm mươi triệu đồng)")?"""
    if fig.token[:1].isdigit() or prev.sentence != fig.sentence or fig.value != prev.value:
        return False
    return _BRACKET_OPENS_A_SPELLING.fullmatch(paragraph, prev.unit_end - offset, fig.start - offset) is not None


# "đạt 105% kế hoạch, vượt 5%": the excess over the plan right after the share of it reached, the same fact again
_EXCESS_AFTER_THE_PLAN_REACHED = re.compile(r"[^\d;.()]{0,40}?,\s*(?:tức\s+(?:là\s+)?|hay\s+)?vượt\s+", re.IGNORECASE)


def _excess_restating_the_plan_reached(fig: Figure, prev: Figure, paragraph: str, offset: int) -> bool:
    """Is ``fig`` a bare "vượt X%" that says again the share of the plan reached right before it?"""
    return (fig.metric == "plan_pct" and prev.metric == "plan_pct" and fig.unit == prev.unit == "pct"
            and fig.sentence == prev.sentence and abs(fig.value - prev.value) < 1e-6
            and _EXCESS_AFTER_THE_PLAN_REACHED.fullmatch(paragraph, prev.unit_end - offset, fig.start - offset)
            is not None)


# "nhóm giao thông giảm 0,65% (-0,65%)", "tăng 1,4% (+1,4%)": the change said again, signed, alone in brackets;
# "tăng 45,2% (gấp 1,452 lần)": or said again as a multiple
_SIGNED_BRACKET_OPENS = re.compile(r"\s*\(\s*(?:[+\-−–]|(?i:gấp)\s)?\s*")
_BRACKET_CLOSES = re.compile(r"\s*\)")


def _amount_restating_a_rate(fig: Figure, prev: Figure, paragraph: str, offset: int) -> bool:
    """Is ``fig`` an amount alone in brackets right after a change in percent ("tăng 6,2% (5.550 tỷ đồng)"), the same
    change said as an amount?"""
    return (fig.metric == "level" and fig.unit != "pct" and fig.role == "value" and prev.unit == "pct"
            and prev.metric in ("yoy_pct", "change_pct") and prev.sentence == fig.sentence
            and _RATE_BRACKET_OPENS.fullmatch(paragraph, prev.unit_end - offset, fig.start - offset) is not None
            and _BRACKET_CLOSES.match(paragraph, fig.unit_end - offset) is not None)


def _said_again_signed(fig: Figure, prev: Figure, paragraph: str, offset: int) -> bool:
    """Is ``fig`` the rate of change right before it said again in brackets (no figure of its own)?"""
    if prev.unit != "pct" or prev.metric not in ("yoy_pct", "change_pct"):
        return False
    if fig.unit == "pct":
        same = abs(fig.value) == abs(prev.value)
    else:
        same = fig.unit == "times" and fig.metric == "level" and abs(round((fig.value - 1) * 100, 6) - prev.value) < 0.5
    return (same and _SIGNED_BRACKET_OPENS.fullmatch(paragraph, prev.unit_end - offset, fig.start - offset) is not None
            and _BRACKET_CLOSES.match(paragraph, fig.unit_end - offset) is not None)


# "doanh thu so với quý trước và cùng kỳ giảm lần lượt 3% và 8%": two bases named once before the
# verb, the rates after "lần lượt"/"tương ứng" are read on them in order (change_pct, yoy_pct ...)
# (the two bases and the verb: pipeline reads the list's keys by them too)
TWO_BASES_THEN_CHANGE = (r"\bso\s+(?:với\s+)?([^,;:()\d%]{2,30}?)\s+và\s+(?:so\s+(?:với\s+)?)?([^,;:()\d%]{2,30}?)\s+"
                         r"(tăng|giảm)\s+")
_BASES_THEN_RESPECTIVE = re.compile(
    TWO_BASES_THEN_CHANGE + r"(?:lần\s+lượt|tương\s+ứng)(?:\s+là)?\s*:?\s*$", re.IGNORECASE)
_NEXT_OF_TWO = re.compile(r"\s*(?:và|,)\s*")


def _changes_on_respective_bases(figures: list[Figure], paragraph: str, offset: int) -> list[Figure]:
    """Rates in percent after "so với A và B tăng lần lượt", each read on its own base in order."""
    out = list(figures)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if first.unit != "pct" or second.unit != "pct" or first.sentence != second.sentence:
            continue
        head = _BASES_THEN_RESPECTIVE.search(paragraph, max(0, first.start - offset - 120), first.start - offset)
        if head is None or not _NEXT_OF_TWO.fullmatch(paragraph, first.unit_end - offset, second.start - offset):
            continue
        bases = [comparison_base("so với " + head.group(k)) for k in (1, 2)]
        if None in bases:
            continue
        sign = -1 if head.group(3).lower() == "giảm" else 1
        for j, base in ((i, bases[0]), (i + 1, bases[1])):
            out[j] = replace(out[j], metric="yoy_pct" if base == "same" else "change_pct",
                             value=sign * abs(out[j].value))
    return out


# ", tăng 79 dự án": a bare change right after a level in the same unit is that level's change;
# "giảm 71.000 tỷ đồng (71.337 tỷ đồng)": a bracket right after a figure restates it
# (an adverb of the change may stand before its amount: "giảm nhẹ 500 đồng", "tăng mạnh 3.000 đồng/kg")
_ONLY_A_CHANGE = re.compile(rf"\s*(tăng|giảm)(?:\s+(?:thêm|nhẹ|mạnh|nhanh|sâu|{HEDGE_WORDS}))*\s*", re.IGNORECASE)
_BRACKET_OPENS = re.compile(r"\s*\(\s*")
_RATE_BRACKET_OPENS = re.compile(rf"\s*\(\s*(?:(?:{HEDGE_WORDS}|xấp\s+xỉ)\s+)?")
# " và giảm ", " người chết, tăng ": the next change of a chain, its verb of its own, no number or base between
_AND_THEN_A_CHANGE = re.compile(rf"[^\d,;.:()%]{{0,30}}?(?:\s*,\s*(?:và\s+)?|\s+và\s+)(tăng|giảm)"
                                rf"(?:\s+(?:thêm|nhẹ|mạnh|nhanh|sâu|{HEDGE_WORDS}))*\s*", re.IGNORECASE)
# " trong nước, tăng ": the next clause (after a list of what the count is of, too: " vi phạm về buôn lậu, hàng cấm,
# hàng giả, tăng ")
_NEXT_CLAUSE = re.compile(r"[^\d,;.:]{0,30}(?:,[^\d,;.:]{1,30}?){0,4}\)?\s*,[^\d,;.:]*")


# A list item that is only a name before its rate ("..., cơm dừa nạo sấy 18,5%."); a rate named as
# such ("tỷ lệ che phủ rừng 45%") or reached ("đạt", "chiếm") is a level of its own
_NAME_ONLY = re.compile(r"\s*(?:và\s+)?[^\W\d_][^\d,;:()%]{0,40}?\s*")
_NOT_A_NAME = re.compile(rf"\b(?:đạt|chiếm|bằng|là|còn|tỷ|tỉ|lệ|mức|{HEDGE_WORDS}|dưới|tăng|giảm|so|với|"
                         r"tốc\s+độ|cơ\s+cấu|trọng|đóng\s+góp)\b", re.IGNORECASE)
_PERCENT_SIGN = re.compile(r"\s*%")  # ("đóng góp 0,63 điểm phần trăm" is a contribution, no change)
_ITEM_SEPARATOR = re.compile(r"\s*,\s*")
_CLOSES_CLAUSE = re.compile(r"\s*(?:[,;.]|$)")


def _elided_change(fig: Figure, prev: Figure, paragraph: str, offset: int) -> bool:
    """A bare rate closing its item right after a list of changes in percent, in the same sentence."""
    if (fig.metric != "level" or fig.unit != "pct" or prev.unit != "pct" or prev.sentence != fig.sentence
            or prev.metric not in ("yoy_pct", "change_pct")):
        return False
    name = paragraph[fig.segment[0] - offset:fig.start - offset]
    return bool(_ITEM_SEPARATOR.fullmatch(paragraph, prev.unit_end - offset, fig.segment[0] - offset)
                and _NAME_ONLY.fullmatch(name) and not _NOT_A_NAME.search(name)
                and _PERCENT_SIGN.match(paragraph, fig.end - offset) is not None
                and _CLOSES_CLAUSE.match(paragraph, fig.unit_end - offset))


def _bare_rate_after_a_change(fig: Figure, prev: Figure) -> bool:
    """Is ``fig`` a rate read as a level right after a change in percent of its own sentence?"""
    return (fig.metric == "level" and fig.unit == "pct" and prev.unit == "pct" and prev.sentence == fig.sentence
            and prev.metric in ("yoy_pct", "change_pct"))


# "tăng 7% so với tháng trước và 20% so với cùng kỳ": the verb said once for two changes on two bases
_FIRST_BASE_AND = re.compile(r"\s*so\s+(?:với\s+)?[^,;:()\d%]{2,30}?\s+và\s+", re.IGNORECASE)
_OWN_BASE_AFTER = re.compile(r"\s*%\s*so\s+(?:với\s+)?(cùng\s+kỳ)?", re.IGNORECASE)


def _change_sharing_the_verb_before(fig: Figure, prev: Figure, paragraph: str, offset: int) -> str | None:
    """The metric of a bare rate that shares the verb of the change just before it, each on its own base
    (yoy_pct on the same period, change_pct on another), or None."""
    if (not _bare_rate_after_a_change(fig, prev)
            or not _FIRST_BASE_AND.fullmatch(paragraph, prev.unit_end - offset, fig.start - offset)):
        return None
    base = _OWN_BASE_AFTER.match(paragraph, fig.end - offset)
    if base is None:
        return None
    return "yoy_pct" if base.group(1) else "change_pct"


# "tăng 1,5% về số doanh nghiệp và 4% về vốn đăng ký": one change told of two aspects, each rate
# followed by "về" and what it measures; the verb and the base said once serve both
_FIRST_ASPECT_AND = re.compile(r"\s*về\s+[^,;:()\d%]{2,40}?\s+và\s+", re.IGNORECASE)
_OWN_ASPECT_AFTER = re.compile(r"\s*%\s*về\s", re.IGNORECASE)


def _change_split_by_aspect(fig: Figure, prev: Figure, paragraph: str, offset: int) -> bool:
    """A bare rate naming its own aspect after a change in percent that named another."""
    return (_bare_rate_after_a_change(fig, prev)
            and _FIRST_ASPECT_AND.fullmatch(paragraph, prev.unit_end - offset, fig.start - offset) is not None
            and _OWN_ASPECT_AFTER.match(paragraph, fig.end - offset) is not None)


# "giá vàng tăng 4,1% so với tháng trước; giá đô la Mỹ giảm 0,3%": the next item of a list of changes, its
# subject and verb only (no number, no base of its own before the verb), after a change on another base
_NEXT_ITEM_OF_CHANGES = re.compile(
    r"\s*so\s+(?:với\s+)?[^,;:()\d%]{2,40}?\s*[,;]\s*(?:(?!so\s|cùng\s+kỳ|CK\b|bình\s+quân)[^\d,;:()%])"
    rf"{{2,60}}?\s(?:tăng|giảm)\s*(?:(?:{HEDGE_WORDS})\s*)?", re.IGNORECASE)


def _next_change_on_the_same_base(fig: Figure, prev: Figure, paragraph: str, offset: int) -> bool:
    """Is ``fig`` a change read year on year for want of a base, next in a list after a change on another base?"""
    if not (fig.metric == "yoy_pct" and prev.metric == "change_pct" and fig.unit == prev.unit == "pct"
            and prev.sentence == fig.sentence):
        return False
    head = _HEAD_END.split(paragraph[fig.unit_end - offset:fig.unit_end - offset + 80], maxsplit=1)[0]
    return (_NEXT_ITEM_OF_CHANGES.fullmatch(paragraph, prev.unit_end - offset, fig.start - offset) is not None
            and not _ANY_BASE.search(head) and "cùng" not in head)


# "vốn huy động đạt 285.400 tỷ đồng, tăng 9,6% so với 31/12/2025; dư nợ đạt 312.800 tỷ đồng, tăng 10,8%": the next
# clause of the same shape (its subject, an amount, then a bare change) after ";" is told on the base the clause
# before named; not when its subject names a running period of its own ("; 5 tháng đạt ..., tăng 12%": last year's)
_BASE_THEN_NEXT_SUBJECTS_AMOUNT = re.compile(
    r"\s*so\s+(?:với\s+)?[^,;:()%]{2,40}?\s*;\s*(?!so\s|cùng\s+kỳ|CK\b|bình\s+quân|tính\s+chung|lũy\s+kế|luỹ\s+kế"
    r"|cộng\s+dồn|cả\s+năm)(?:(?!\d|\bquý\s|\bnăm\s)[^,;:()%]){2,60}?\s*$", re.IGNORECASE)


def _amount_then_change_after_a_clause_on_another_base(fig: Figure, prev: Figure, first: Figure, paragraph: str,
                                                       offset: int) -> bool:
    """Is ``fig`` a bare change read year on year for want of a base, right after the amount ``prev`` of a clause
    that follows ``first``'s change on another base past a ";"?"""
    if not (fig.metric == "yoy_pct" and fig.unit == first.unit == "pct" and first.metric == "change_pct"
            and prev.metric == "level" and prev.unit != "pct" and first.sentence == prev.sentence == fig.sentence):
        return False
    between = paragraph[first.unit_end - offset:prev.start - offset]
    if ";" not in between or _BASE_THEN_NEXT_SUBJECTS_AMOUNT.fullmatch(between) is None:
        return False
    head = _HEAD_END.split(paragraph[fig.unit_end - offset:fig.unit_end - offset + 80], maxsplit=1)[0]
    return (_CHANGE_AFTER_ITS_AMOUNT.fullmatch(paragraph, prev.unit_end - offset, fig.start - offset) is not None
            and not _ANY_BASE.search(head) and "cùng" not in head)


# ", tăng ", ", giảm khoảng ": a change right after its amount's comma
_CHANGE_AFTER_ITS_AMOUNT = re.compile(rf"\s*,\s*(?:tăng|giảm)(?:\s+(?:{HEDGE_WORDS}))?\s*", re.IGNORECASE)


# "giá vàng tăng 2,85% so với tháng trước và tăng 48,6% so với cùng kỳ; giá đô la Mỹ giảm 0,12% và tăng 2,4%": a pair
# of bare changes of the next item after ";" mirrors the pair before it, each on the base of its place in that pair
_OWN_BASE_THEN_NEXT_CHANGE = re.compile(
    rf"\s*so\s+(?:với\s+)?[^,;:()\d%]{{2,40}}?\s*(?:,|và|,\s*và)\s*(?:tăng|giảm)\s*(?:(?:{HEDGE_WORDS})\s*)?",
    re.IGNORECASE)
_NEXT_CHANGE_OF_THE_PAIR = re.compile(rf"\s*(?:,|và|,\s*và)\s*(?:tăng|giảm)\s*(?:(?:{HEDGE_WORDS})\s*)?",
                                      re.IGNORECASE)


def _pair_mirroring_the_pair_before(figures: list[Figure], i: int, paragraph: str, offset: int) -> bool:
    """Are ``figures[i - 1]``, ``figures[i]`` a pair of bare changes after ";" that mirrors the pair of changes on two
    bases right before it (``_OWN_BASE_THEN_NEXT_CHANGE``, ``_NEXT_ITEM_OF_CHANGES``)?"""
    first, second, third, fourth = figures[i - 3:i + 1]
    if not (first.unit == second.unit == third.unit == fourth.unit == "pct"
            and first.sentence == second.sentence == third.sentence == fourth.sentence
            and {first.metric, second.metric} == {"yoy_pct", "change_pct"}
            and third.metric in ("yoy_pct", "change_pct") and fourth.metric in ("yoy_pct", "change_pct")):
        return False
    second_lo, third_lo = second.unit_end - offset, third.start - offset
    if (_OWN_BASE_THEN_NEXT_CHANGE.fullmatch(paragraph, first.unit_end - offset, second.start - offset) is None
            or ";" not in paragraph[second_lo:third_lo]
            or _NEXT_ITEM_OF_CHANGES.fullmatch(paragraph, second_lo, third_lo) is None
            or _NEXT_CHANGE_OF_THE_PAIR.fullmatch(paragraph, third.unit_end - offset, fourth.start - offset) is None):
        return False
    head = _HEAD_END.split(paragraph[fourth.unit_end - offset:fourth.unit_end - offset + 80], maxsplit=1)[0]
    return not _ANY_BASE.search(head) and "cùng" not in head


# "IIP tháng 4 ước đạt 105,2% so với cùng kỳ; 4 tháng đầu năm ước đạt 106,8%": an index on its base, then the same
# index for a running period with no subject, verb of reaching and no base of its own: the same base, not a plan
# (a running period is never read against the month before: only an index on the same period lends its base)
_PERIOD_THEN_REACH = re.compile(
    r"\s*so\s+(?:với\s+)?[^,;:()\d%]{2,40}?\s*[,;]\s*(?:(?:tính\s+chung|lũy\s+kế|luỹ\s+kế|cộng\s+dồn)\s+)?"
    r"(?:\d{1,2}\s+tháng(?:\s+đầu)?(?:\s+năm)?|quý\s+[IV]{1,3}|(?:cả\s+)?năm|6\s+tháng)(?:\s*/?\s*(?:19|20)\d\d)?"
    r"\s*,?\s*(?:ước\s+(?:tính\s+)?)?(?:đạt|bằng|là)\s*", re.IGNORECASE)


def _index_for_a_running_period(fig: Figure, prev: Figure, paragraph: str, offset: int) -> bool:
    """Is ``fig`` the index of a running period (``_PERIOD_THEN_REACH``) after ``prev``, an index on the same period?"""
    if not (fig.metric in ("plan_pct", "level") and fig.unit == prev.unit == "pct" and prev.metric == "yoy_pct"
            and fig.value >= 50 and (raw := parse_number(prev.token)) is not None and raw >= 50
            and round(raw - 100, 6) == prev.value):
        return False  # (the index before, on the same period: its change is its excess over 100)
    head = _HEAD_END.split(paragraph[fig.unit_end - offset:fig.unit_end - offset + 60], maxsplit=1)[0]
    return (_PERIOD_THEN_REACH.fullmatch(paragraph, prev.unit_end - offset, fig.start - offset) is not None
            and not _ANY_BASE.search(head) and not _PLAN_WORD_ANYWHERE.search(head))


def _read_against_the_figure_before(fig: Figure, prev: Figure, paragraph: str, offset: int) -> Figure:
    """A level read again against the figure just before it in its sentence, in the same unit."""
    if fig.change_named is not None:
        return fig  # (a change on another base, read and named already: "giảm 40 hồ sơ, giảm 11% so với tháng trước")
    if (fig.metric == "level" and prev.change_named is not None and fig.unit not in ("pct", "pct_point")
            and prev.sentence == fig.sentence
            and (change := _AND_THEN_A_CHANGE.fullmatch(paragraph, prev.unit_end - offset, fig.start - offset))
            and not _ANY_BASE.search(_HEAD_END.split(paragraph[fig.unit_end - offset:fig.unit_end - offset + 80],
                                                     maxsplit=1)[0])):
        # "so với tháng trước giảm 3 vụ, giảm 2 người chết": a change joined to a change on another base shares that
        # base, filed and named as it is, by its own verb
        signed = -fig.value if change.group(1).lower() == "giảm" else fig.value
        named = re.sub(r"^mức\s+(?:tăng|giảm)", f"mức {'giảm' if signed < 0 else 'tăng'}", prev.change_named)
        return replace(fig, value=signed, change_named=named)
    if _next_change_on_the_same_base(fig, prev, paragraph, offset):
        return replace(fig, metric="change_pct")
    if _index_for_a_running_period(fig, prev, paragraph, offset):
        return replace(fig, metric=prev.metric, value=round(fig.value - 100, 6))
    if _elided_change(fig, prev, paragraph, offset):
        # "thuốc lá tăng 114%, bia tăng 27%, cơm dừa nạo sấy 18,5%": the list's verb left off its last item
        return replace(fig, metric=prev.metric, value=-abs(fig.value) if prev.value < 0 else fig.value)
    if shared := _change_sharing_the_verb_before(fig, prev, paragraph, offset):
        return replace(fig, metric=shared, value=-abs(fig.value) if prev.value < 0 else fig.value)
    if _change_split_by_aspect(fig, prev, paragraph, offset):
        return replace(fig, metric=prev.metric, value=-abs(fig.value) if prev.value < 0 else fig.value)
    if (fig.unit == "pct" and fig.metric == "level" and prev.metric == "yoy_abs" and prev.unit != "pct"
            and prev.sentence == fig.sentence
            and _RATE_BRACKET_OPENS.fullmatch(paragraph, prev.unit_end - offset, fig.start - offset)):
        # "thấp hơn năm trước 20 tấn (gần 6%)": a percent in brackets right after an amount of change is
        # the same change as a rate, with its sign
        return replace(fig, metric="yoy_pct", value=-abs(fig.value) if prev.value < 0 else fig.value)
    if (fig.metric == "level" and prev.metric == "yoy_abs" and fig.unit not in ("pct", "pct_point")
            and prev.sentence == fig.sentence
            and (change := _AND_THEN_A_CHANGE.fullmatch(paragraph, prev.unit_end - offset, fig.start - offset))
            and not _ANY_BASE.search(_HEAD_END.split(paragraph[fig.unit_end - offset:fig.unit_end - offset + 80],
                                                     maxsplit=1)[0])):
        # "giảm 6 vụ và giảm 21,5 ha", "giảm 3 vụ, giảm 2 người chết": a change joined to a change on the same
        # period, in whatever unit, shares its comparison (a base of its own after it is read for itself)
        return replace(fig, metric="yoy_abs", value=-fig.value if change.group(1).lower() == "giảm" else fig.value)
    if (fig.metric != "level" or fig.unit == "pct" or prev.sentence != fig.sentence
            or (prev.unit, prev.unit_label) != (fig.unit, fig.unit_label)):
        return fig
    between = paragraph[prev.unit_end - offset:fig.start - offset]
    if _BRACKET_OPENS.fullmatch(between) and prev.metric == "yoy_abs":
        return replace(fig, metric="yoy_abs", value=-abs(fig.value) if prev.value < 0 else fig.value)
    change = _ONLY_A_CHANGE.fullmatch(paragraph[fig.segment[0] - offset:fig.start - offset])
    head = _HEAD_END.split(paragraph[fig.unit_end - offset:fig.unit_end - offset + 80], maxsplit=1)[0]
    if (change and prev.metric == "level" and _NEXT_CLAUSE.fullmatch(between) and not _ANY_BASE.search(head)
            and not on_a_stocks_base(_base_after_a_chain_or_what_is_left(paragraph[fig.unit_end - offset:
                                                                                   fig.sentence[1] - offset]))):
        # (a change with a base of its own, "tăng 200 triệu USD so với tháng trước", is not read here; nor one whose
        # chain ends on a stock's base, "tăng 410 tỷ đồng, tăng 4,4% so với đầu năm", the level read_metric made it)
        return replace(fig, metric="yoy_abs", value=-fig.value if change.group(1).lower() == "giảm" else fig.value)
    return fig


# "xử lý 46 vụ, phạt tiền 1,2 tỷ đồng, giảm 5 vụ", "xảy ra 31 vụ cháy, thiệt hại 12,5 tỷ đồng, tăng 4 vụ": a bare
# change of a count, its clause only the verb, after an amount in another unit, is the change of the count of its
# unit said earlier in the sentence (as right after it, ", tăng 19 vụ" above)
def _change_of_a_count_further_back(fig: Figure, earlier: list[Figure], paragraph: str, offset: int) -> Figure:
    """A bare change of a count read against the level of its unit a figure or two before it in its sentence."""
    if fig.change_named is not None:
        return fig
    change = _ONLY_A_CHANGE.fullmatch(paragraph, fig.segment[0] - offset, fig.start - offset)
    if change is None or not _NEXT_CLAUSE.fullmatch(paragraph, earlier[-1].unit_end - offset, fig.start - offset):
        return fig
    for back in (earlier[-2], earlier[-3]) if len(earlier) > 2 else (earlier[-2],):
        if back.sentence != fig.sentence or back.unit == fig.unit:
            break
    else:
        return fig
    if ((back.unit, back.unit_label) != (fig.unit, fig.unit_label) or back.sentence != fig.sentence
            or back.metric != "level" or back.role != "value"
            or ";" in paragraph[back.unit_end - offset:fig.start - offset]):
        return fig
    if _ANY_BASE.search(_HEAD_END.split(paragraph[fig.unit_end - offset:fig.unit_end - offset + 80], maxsplit=1)[0]):
        return fig
    return replace(fig, metric="yoy_abs", value=-fig.value if change.group(1).lower() == "giảm" else fig.value)


# "so với cùng kỳ giảm 2 vụ, 3 người chết và 4 người bị thương", "tăng 5 vụ, 8 đối tượng so với cùng kỳ": counts
# listed after a change with no verb of their own share its verb, on the base the list names before its verb or
# after its last item (a list with no base, "tăng 150 đảng viên, 30 chi bộ mới được thành lập", is left as it is)
_NEXT_COUNT_OF_A_CHANGE = re.compile(r"(?:\s*[^\W\d_][^\d,;:.()%]{0,30}?)?(?:\s*,\s*(?:và\s+)?|\s+và\s+)")
_OWN_VERB_IN_ITEM = re.compile(r"(?<![^\W\d_])(?:tăng|giảm|đạt|có|là|còn|chiếm|bằng|được|làm|gồm|trong|so|với)"
                               r"(?![^\W\d_])", re.IGNORECASE)
# (more changes of counts, each with its verb, up to the base: ", tăng 3 người bị thương so với cùng kỳ")
_CHANGES_ON_TO_A_BASE = re.compile(r"(?:[^\d,;:.()%]{0,30}?,\s*(?:và\s+)?(?:tăng|giảm)\s+\d[\d.,]*\s*[^\W\d_]"
                                   r"[^\d,;:.()%]{0,30}?)+(?<![^\W\d_])(?=so\s|cùng\s+k[ỳì])", re.IGNORECASE)
_BASE_AFTER_LAST_ITEM = re.compile(r"[^\d,;:.()%]{0,30}?(?<![^\W\d_])(?=so\s|cùng\s+k[ỳì])", re.IGNORECASE)


def _counts_sharing_a_change_verb(figures: list[Figure], paragraph: str, offset: int) -> list[Figure]:
    """Counts listed after a change on the same period, their verb left off, read as its changes."""
    out = list(figures)
    i = 0
    while i < len(out):
        head = out[i]
        if head.unit in ("pct", "VND", "USD") or head.metric not in ("level", "yoy_abs") or head.role != "value":
            i += 1
            continue
        start = head.start - offset
        verb = _CHANGE_RIGHT_BEFORE.search(paragraph, max(0, start - 16), start)
        j = i + 1
        while (j < len(out) and out[j].sentence == head.sentence and out[j].metric == "level"
               and out[j].unit not in ("pct", "VND", "USD") and out[j].role == "value"
               and (gap := _NEXT_COUNT_OF_A_CHANGE.fullmatch(paragraph, out[j - 1].unit_end - offset,
                                                             out[j].start - offset)) is not None
               and not _OWN_VERB_IN_ITEM.search(gap.group())):
            j += 1
        if verb is None or j == i + 1:
            i = j
            continue
        s_lo = head.sentence[0] - offset
        last = out[j - 1].unit_end - offset
        after = _BASE_AFTER_LAST_ITEM.match(paragraph, last, head.sentence[1] - offset)
        # (or named before the verb in its clause: "; so với cùng kỳ tăng 5 vụ, giảm 3 người chết và 7 người ...")
        base = (comparison_base(paragraph[after.end():after.end() + 40]) if after is not None
                else comparison_base(paragraph[max(paragraph.rfind(";", s_lo, verb.start()) + 1, s_lo):verb.start()]))
        if base is None and (chain := _CHANGES_ON_TO_A_BASE.match(paragraph, last, head.sentence[1] - offset)):
            # ("giảm 2 vụ, 1 người chết, tăng 3 người bị thương so với cùng kỳ": its base at the chain's end)
            base = comparison_base(paragraph[chain.end():chain.end() + 40])
        if base == "same":
            falls = verb.group().lower().lstrip().startswith("giảm")
            for k in range(i, j):
                out[k] = replace(out[k], metric="yoy_abs", value=-abs(out[k].value) if falls else abs(out[k].value))
        i = j
    return out


# "có 46 điểm sạt lở, tăng 23 điểm so với cùng kỳ": "điểm" counts the places named earlier in the
# sentence (a score's "65 điểm, tăng 2 điểm" names no place after its "điểm"); so does a subject "số điểm sạt lở"
# ("Số điểm sạt lở tăng 12 điểm": the spots' number, no score's)
_COUNTED_SPOTS = re.compile(r"(?:\d|(?<![^\W\d_])[Ss]ố)\s+điểm\s+"
                            r"(?!(?:xếp|tăng|giảm|so|và|trên|dưới|đứng|cao|thấp|phần|với|là|của|trong|"
                            r"đạt|thuộc|năm|trung|bình|tuyệt|số|cộng|ưu)\b)[a-zà-ỹđ]")
# "đường bị sạt taluy ở 2 điểm", "sụt lún tại 3 điểm": "ở"/"tại" before the count makes its "điểm"
# the places where the sentence's damage struck, not a score (a score stands "ở mức 65 điểm")
_AT_SPOTS = re.compile(r"(?:^|\s)(?:ở|tại)\s+$", re.IGNORECASE)
_STRUCK = re.compile(r"sạt|sụt|lở|hư\s+hỏng|cuốn\s+trôi|vùi\s+lấp|ngập", re.IGNORECASE)


# "- Quốc lộ 34: 17 điểm, khối lượng khoảng 21.000 m3": a whole number of "điểm" after a place's label, in a
# sentence that tells damage or the earth it moved, counts the spots hit (a score's sentence names its index, not
# a landslide; the spots a verb of damage governs, "sạt lở 9 điểm", disasters reads from the score itself)
_AFTER_A_LABEL = re.compile(rf":\s*(?:(?:{HEDGE_WORDS}|tổng\s+cộng)\s+)?$", re.IGNORECASE)
_SPOTS_SENTENCE = re.compile(r"sạt|sụt|lở|hư\s+hỏng|cuốn\s+trôi|vùi\s+lấp|ngập|khối\s+lượng\s+(?:đất|đá)|"
                             r"khối\s+lượng[^.;]{0,20}?\d[\d.,]*\s*m(?:3|³)", re.IGNORECASE)
_SCORE_WORDS = re.compile(r"chỉ\s+số|" + SCORE_INDEX_NAMES + r"|xếp\s+(?:thứ|hạng)|trung\s+bình|thi\b",
                          re.IGNORECASE)


# "sạt lở tại: thôn Hòa Bình 3 2 điểm, thôn Tân Lập 1 điểm": a hamlet's or a commune's name (which may end on
# its own number) before the count, as a label's colon is
_AFTER_A_PLACE = re.compile(r"(?<![^\W\d_])(?i:thôn|bản|buôn|xóm|ấp|khóm|làng|tổ|xã|phường)"
                           rf"(?:\s+{UPPER}{LOWER}*){{1,3}}(?:\s+\d{{1,2}})?\s+$")


def _spots_in_a_damage_sentence(paragraph: str, s_lo: int, s_hi: int, a: int, value: float) -> bool:
    """Is a whole number of "điểm" after a label or a place's name, in a sentence of damage (and of no score), the
    spots hit?"""
    return (value == int(value) and (_AFTER_A_LABEL.search(paragraph, max(s_lo, a - 16), a) is not None
                                     or _AFTER_A_PLACE.search(paragraph, max(s_lo, a - 40), a) is not None)
            and _SPOTS_SENTENCE.search(paragraph, s_lo, s_hi) is not None
            and _SCORE_WORDS.search(paragraph, s_lo, s_hi) is None)


def _spots_detailed_in_brackets(paragraph: str, s_lo: int, a: int, earlier: list[Figure], offset: int) -> bool:
    """"sạt lở tại 3 điểm (bản A có 2 điểm, bản B 1 điểm)": the parts of a count of spots, in the bracket right
    after it, count spots too"""
    opened = paragraph.rfind("(", s_lo, a)
    if opened < 0 or paragraph.find(")", opened, a) >= 0:
        return False
    heads = [f for f in earlier if f.unit_end - offset <= opened]
    return (bool(heads) and (heads[-1].unit, heads[-1].unit_label) == ("count", "điểm")
            and _DIGIT.search(paragraph, heads[-1].unit_end - offset, opened) is None
            and _STRUCK.search(paragraph, s_lo, opened) is not None  # (a score's parts are scores)
            and opened - (heads[-1].unit_end - offset) <= 60)


def _spots_hit_at(paragraph: str, s_lo: int, a: int) -> bool:
    """Is the number at ``a`` a count of places "ở/tại N điểm" that its sentence says were hit?"""
    return bool(_AT_SPOTS.search(paragraph[max(s_lo, a - 6) : a]) and _STRUCK.search(paragraph, s_lo, a))


# Units that count things. "8/25 đơn vị có tỷ lệ giải ngân trên 50%", "5 xã có tỷ lệ hộ nghèo dưới
# 3%": a bound after such a count, in the same clause, says which of them are counted — a threshold,
# not a fact. "1.500 hộ nghèo, chiếm trên 5%" / "1.500 hộ nghèo chiếm trên 5%" stay: a share of them.
# (The low end of a counted range, "400 - 450 xe", reads the same set.)
_COUNTED_UNITS = frozenset({"count", "enterprise", "household", "cooperative", "product", "person", "house"})
# (a range's low end counts the visits or the head its high end counts too: "đón 400 đến 450 lượt khách", "nuôi 300
# đến 350 con bò", "thu hút 1,5 đến 2 triệu lượt khách", as a dashed range of them does)
_COUNTED_IN_A_RANGE = _COUNTED_UNITS | {"visit", "head"}
_CLAUSE_BREAK = re.compile(r"[,;.:]|\bchiếm\b", re.IGNORECASE)
# "10 xã, thị trấn có tỷ lệ hộ nghèo < 7%": a comma between two kinds of unit counted together is no
# clause break; nor is it between the two names of a tax report's items ("9 khoản thu, sắc thuế đạt trên 80%")
_UNIT_KINDS_COMMA = re.compile(rf"\s*,\s*(?:{LOCAL_UNIT_WORDS}|đơn\s+vị|sắc\s+thuế|"
                               r"khoản\s+thu)\b", re.IGNORECASE)
# "8 xã có tỷ lệ hộ nghèo từ 9,67% đến 27,74%": the span the counted units' rates cover bounds them too
_RANGE_LOW_AHEAD = re.compile(r"\s*%\s*(?:đến|tới|[-–])\s*[\d.,]+\s*%")
_RANGE_HIGH_BEHIND = re.compile(r"\btừ\s+[\d.,]+\s*%\s*(?:đến|tới|[-–])\s*$", re.IGNORECASE)


# a limit a rate is kept under or over ("trong giới hạn an toàn dưới 3%", "ngưỡng cho phép dưới 5%", "mức trần không
# quá 4,5%"), its bound word right before it
_A_LIMIT_BEFORE = re.compile(r"(?:giới\s+hạn|ngưỡng|mức\s+trần)(?:\s+(?:an\s+toàn|cho\s+phép|kiểm\s+soát))?"
                             r"\s*(?:là|ở\s+mức)?\s*(?:dưới|trên|không\s+quá|tối\s+đa|tối\s+thiểu|hơn)\s*$",
                             re.IGNORECASE)


def _is_threshold(fig: Figure, earlier: list[Figure], paragraph: str, offset: int) -> bool:
    if fig.unit != "pct":
        return False
    if fig.qualifier not in ("over", "under") and not _in_a_range_of_rates(fig, paragraph, offset):
        return False
    if "lần" in paragraph[fig.end - offset:fig.unit_end - offset]:
        return False  # "1,3 triệu ngày khách gấp hơn 1,5 lần": a growth multiple is no bar of a group
    if _ONE_OF_A_GROUP.search(paragraph, max(fig.sentence[0] - offset, fig.start - offset - 120), fig.start - offset):
        return True  # "là một trong 6 tỉnh, thành phố tăng GRDP trên 10%": the bar of the group
    if _A_LIMIT_BEFORE.search(paragraph, max(fig.sentence[0] - offset, fig.start - offset - 50), fig.start - offset):
        return True  # "nợ xấu 1,62%, trong giới hạn an toàn dưới 3%": the limit set, no figure of the province
    for prev in reversed(earlier):
        if prev.sentence != fig.sentence or _breaks_the_clause(paragraph, prev.end - offset, fig.start - offset):
            return False
        if prev.unit in _COUNTED_UNITS:
            # "35.000 người (đạt hơn 105% kế hoạch)": a bound opened in brackets after the count is a
            # note on that count's own attainment, not the bar that picks what is counted
            return "(" not in paragraph[prev.end - offset:fig.start - offset]
    return False


def _in_a_range_of_rates(fig: Figure, paragraph: str, offset: int) -> bool:
    """Is the figure one end of "từ X% đến Y%"?"""
    a, b = fig.start - offset, fig.end - offset
    before = paragraph[max(0, a - 4):a]
    if "từ" in before and _RANGE_LOW_AHEAD.match(paragraph, b):
        return True
    return "%" in paragraph[max(0, a - 12):a] and bool(_RANGE_HIGH_BEHIND.search(paragraph[max(0, a - 40):a]))


def _breaks_the_clause(paragraph: str, lo: int, hi: int) -> bool:
    for m in _CLAUSE_BREAK.finditer(paragraph, lo, hi):
        i = m.start()
        if m.group() in ",." and 0 < i < len(paragraph) - 1 and paragraph[i - 1].isdigit() \
                and paragraph[i + 1].isdigit():
            continue  # the mark inside a number ("9,67")
        if not (m.group() == "," and _UNIT_KINDS_COMMA.match(paragraph, i)):
            return True
    return False


def _a_ratio_at(figures: list[Figure], i: int) -> bool:
    """Are figures i, i+1 the a and b of one ratio "a/b"?"""
    return (i + 1 < len(figures) and figures[i + 1].role == "denominator" and figures[i].role != "denominator"
            and figures[i].unit == figures[i + 1].unit and figures[i].unit != "pct")


def _ratios_read_as_plans(figures: list[Figure]) -> list[Figure]:
    """Ratios "a/b" whose b is the plan, told by what is said around them:
    a rate equal to a/b right after the ratio and read against a plan ("lạc 28/30 ha. Đạt 93,3% kế
    hoạch") makes the b the plan; a rate equal to a/b after a ratio already read as done/planned
    ("tiêm phòng 450/400 con = 112,5%": above its whole) is the share of the plan attained; and
    ratios listed one after another in the same unit ("khoai 12/10 ha. Lạc 20/20 ha. Đỗ 8/9 ha") are all
    read the same way: one whose b is below its a (a part never exceeds its whole) shows they are all
    done against planned."""
    out = list(figures)
    for i in range(len(out) - 2):
        if not _a_ratio_at(out, i):
            continue
        a, b, rate = out[i], out[i + 1], out[i + 2]
        if rate.unit != "pct" or not b.value or abs(100 * a.value / b.value - rate.value) >= 0.6:
            continue
        if b.metric == "level" and rate.metric == "plan_pct":
            out[i + 1] = replace(b, metric="target")
        elif b.metric == "target" and rate.metric == "share_pct" and a.value > b.value:
            out[i + 2] = replace(rate, metric="plan_pct")
    i = 0
    while i < len(out):
        if not _a_ratio_at(out, i):
            i += 1
            continue
        run = [i]  # the ratios listed one right after another in the same unit
        while _a_ratio_at(out, run[-1] + 2) and out[run[-1] + 2].unit == out[i].unit:
            run.append(run[-1] + 2)
        if len(run) > 1 and any(out[j + 1].metric == "target" and out[j + 1].value < out[j].value for j in run):
            for j in run:
                out[j + 1] = replace(out[j + 1], metric="target")
        i = run[-1] + 2
    return out


def _resolve_implicit(fig: Figure, earlier: list[Figure], paragraph: str, offset: int) -> Figure:
    """"đạt X%" with no base: a share when X is the ratio of two figures just before it
    ("81.686/82.273 cử tri ... đạt 99,29%"), else the share of the plan attained (also when the whole
    is the plan: "56.200 lao động (KH: 54.000 lao động), đạt 104%")."""
    amounts = [f for f in earlier[-4:] if f.unit != "pct" and f.value]
    for i, a in enumerate(amounts):
        for b in amounts[i + 1:] + amounts[:i]:
            if abs(100 * a.value / b.value - fig.value) < 0.6:
                # (the b of a ratio "131/282 trường" stays a whole, whatever its metric, unless a plan is named
                # right after it: "6.850 ha/7.500 ha kế hoạch, đạt 91,3%")
                # (or the a is a deed done so far out of it: "đã bàn giao 45,6/52,3 ha, đạt 87,2%")
                planned = b.metric == "target" and (b.role != "denominator" or _PLAN_AS_THE_WHOLE.match(
                    paragraph[b.unit_end - offset:b.unit_end - offset + 30]) is not None
                    or _a_deed_done_so_far(paragraph, 0, a.start - offset, b.unit))
                return replace(fig, metric="plan_pct" if planned else "share_pct")
    if (earlier and fig.value <= 100 and earlier[-1].unit not in ("pct", "VND", "USD")
            and _PART_OF_WHOLE_QUALIFIER.search(paragraph, max(0, earlier[-1].start - offset - 40),
                                                fig.start - offset)):
        return replace(fig, metric="share_pct")
    return replace(fig, metric="plan_pct")


# "giải quyết đúng hạn 4.120 hồ sơ, đạt 98,9%", "tiếp nhận trực tuyến 12.300 hồ sơ, đạt 76%": a count qualified as
# a part of a whole (in time, online: data/words/part_of_whole_qualifiers.csv) before a bare "đạt X%" gives the
# part's share of that whole, no plan ("Tuyển sinh 5.200 người, đạt 104%" stays the plan's share)
_PART_OF_WHOLE_QUALIFIER = re.compile(r"(?<![^\W\d_])(?:" + word_source("part_of_whole_qualifiers") + r")(?![^\W\d_])",
                                      re.IGNORECASE)
