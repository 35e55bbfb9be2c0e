"""Tab-separated tables left by Word/PDF conversion: each cell figure read through its header.

A table is a run of lines holding tabs whose first line is a header (``STT  Chỉ tiêu  Đơn vị
tính  Kế hoạch 2024  Tiến độ thực hiện  Đánh giá``). The header says what each column is: the
subject (``Chỉ tiêu``/``Nội dung``), the unit (``Đơn vị tính``/``ĐVT``), a plan or target
(``Kế hoạch``, ``KH``, ``Mục tiêu``) → metric ``target``, an achieved amount (``Thực hiện``,
``Tiến độ thực hiện``, ``Ước thực hiện``, ``Kết quả``) → ``level``, a comparison (``% KH``,
``So với cùng kỳ``) → ``plan_pct``/``yoy_pct``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial

from orchestration.extraction.dates import YEAR, captured
from orchestration.extraction.figures import Figure, find_figures
from orchestration.extraction.layout import COMPARED_WITH_BELOW, NAMES_REST_WORDS, Layout
from orchestration.extraction.marks import NUMBERED_MARK
from orchestration.extraction.normalise import spelled_as_in
from orchestration.extraction.numbers import (
    NUMBER,
    SCALE_WORD_VALUES,
    UNIT_SAID,
    UnitReading,
    parse_number,
    read_unit,
    scale,
    scale_words,
)
from orchestration.extraction.periods import (
    PART_OF_YEAR_KINDS,
    find_period_phrases,
    month_end,
    quarter_number,
    quarter_period,
)
from orchestration.extraction.places import (
    LOCAL_UNIT_WORDS,
    LOWER_UNIT_WORDS,
    UNIT_WORDS,
    find_provinces,
    find_units,
    match_province,
)
from orchestration.extraction.scanning import lowered_literal_scan
from orchestration.extraction.vocabulary import (
    keyed_word_lists,
    keyed_word_patterns,
    phrase_source,
    read_table,
    word_list,
    word_source,
)


@dataclass(frozen=True)
class Column:
    role: str               # "label" | "unit" | "value" | "skip"
    metric: str | None = None
    estimate: bool = False
    year: int | None = None
    # "So với cùng kỳ (%)" holds this period as a percentage of last year's (110,5 → +10,5 %);
    # "Tăng so với cùng kỳ (%)" holds the growth itself
    ratio: bool = False
    # A column that names its own quantity and unit ("Người chết (người)", "Lúa bị ngập (ha)"): in
    # a table whose rows are places, each column is a subject of its own
    name: str | None = None
    unit: tuple[str, float, str | None] | None = None
    unit_text: str = ""  # the unit as the header writes it ("người", "ha", "tỷ đồng")
    # the month, quarter or months so far the header names with its year ("Ước tính tháng 10 năm
    # 2023", "Lũy kế 10 tháng năm 2023 so với cùng kỳ (%)"): the period of the column's cells
    period: tuple[dt.date, dt.date] | None = None
    # who set a plan column ("Trung ương giao" → central, "HĐND tỉnh giao" → provincial)
    basis: str | None = None
    # a column of one place of the area ("Chỉ tiêu | Huyện A | Huyện B | Toàn tỉnh", "Khu vực Gia Lai cũ"): the
    # place as written and its key (the cells are that place's, not the report's area's)
    place: str | None = None
    locality: str | None = None
    # "Thực hiện cùng kỳ", "Cùng kỳ năm trước": the same period a year before, a figure this table cannot date (its
    # "So sánh (%)" is then this period's figure as a percentage of that one)
    year_before: bool = False
    # "Giải ngân đến 31/10/2025", "Lũy kế đến 30/9/2025": the day the column's cells are counted up to (the row's
    # ``as_of``; its period runs from the year's start to that day, as "lũy kế giải ngân đến ngày 31/10" does in a
    # sentence)
    as_of: dt.date | None = None
    # a head naming a part of a year without the year ("Quý II", "Tháng 10"): a column only once a year dates it
    undated: bool = False
    # a column of comparisons whose cells, read together, are each this period's figure as a percentage of the base's
    # ("So cùng kỳ (%)" over 104,5 · 45,2 · 112,0: 45,2 is a fall of 54,8 %), judged by ``_judged_by_the_column``
    of_the_base: bool = False
    # "Vụ Đông Xuân | Vụ Hè Thu | Vụ Mùa": a column of one crop season of the report's year, its cells that season's
    # (the season as written, for the row's name: "Diện tích lúa vụ Hè Thu"); "Trước sắp xếp | Sau sắp xếp": a side of
    # a merger of units, said after the row's name the same way ("Xã trước sắp xếp")
    season: str = ""
    # "Giảm", "Tỷ lệ giảm (%)" beside a merger's sides: a fall written without its sign (236: 236 units fewer)
    falls: bool = False


# ("Khoản thu | Ước thực hiện 6 tháng (tỷ đồng)", "Sắc thuế", "Khoản mục", "Diễn giải": the budget's items)
# (data/words/label_heads.csv; the heads marked ``alone`` head a column of names by themselves, _NAMES_HEAD)
_LABEL_HEAD = re.compile(word_source("label_heads"), re.IGNORECASE)
# The rows are places: "Địa phương", "Đơn vị", "Huyện, thị xã", "Xã" ("Tên xã, phường", "Tên đơn vị": their names)
# "Tỉnh", "Tỉnh/thành phố", "Quận, huyện", "Thị xã": a unit word alone heads them too (followed by a name it heads one
# place's column instead, _a_place)
_PLACE_HEAD = re.compile(rf"^\s*(?:tên\s+)?(?:địa\s+phương|địa\s+bàn|địa\s+danh|đơn\s+vị(?!\s+tính)|{LOWER_UNIT_WORDS}|"
                         r"khu\s+vực\s*$|"
                         # ("Thôn | Nhà bị ngập | Hộ phải di dời": a commune's report by hamlet)
                         r"(?:thôn|bản|ấp|làng|tổ\s+dân\s+phố|khu\s+phố)(?:\s*[,/]\s*(?:thôn|bản|ấp|làng|tổ(?:\s+dân\s+phố)?|"
                         r"khu\s+phố|buôn|plei|sóc))*\s*$|"
                         rf"(?:{UNIT_WORDS})(?:\s*[,/]\s*(?:{LOCAL_UNIT_WORDS}|TP))*\s*$)(?!\w)",
                         re.IGNORECASE)  # (a pipe table's cell: " Khu vực ")
# "Người chết (người)", "Nhà bị sập (nhà)", "Thiệt hại (tỷ đồng)": a quantity with its unit in brackets
_NAMED_QUANTITY = re.compile(r"^\s*(?P<name>[^()\d]{3,60}?)\s*\((?P<unit>[^()]{1,20})\)\s*$")
# "Tỷ lệ bài thi dưới 5 điểm (%)", "Tỷ lệ điểm 10 (%)": a rate named with the figure it counts by (a threshold, a
# score), no year, a rate's own column as "Tỷ lệ hộ nghèo (%)" is
_A_RATE_NAMED_BY_A_THRESHOLD = re.compile(r"^\s*(?P<name>[^()]{3,60}?)\s*\((?P<unit>\s*%\s*)\)\s*$")
# "Nhóm hàng", "Ngành kinh tế", "Mặt hàng chủ yếu", "Cây trồng", "Loại thiệt hại": a head naming what each row is,
# the rows' names
# the heads of a table of capital sources or of programmes ("Nguồn vốn", "Các chương trình mục tiêu quốc gia")
_SOURCES_WORDS = r"(?:các\s+)?nguồn(?:\s+vốn)?"
_PROGRAMMES_WORDS = r"(?:các\s+)?chương\s+trình(?:\s+mục\s+tiêu\s+quốc\s+gia)?"
# ("Loại | Đơn vị | Số lượng": the kinds of the rows, named by the word alone; "Nhóm sản phẩm | Tổng số | 3 sao":
# the groups of products an OCOP table's rows are)
_GROUP_HEAD = re.compile(r"\s*(?:nhóm(?:\s+(?:hàng(?:\s+hóa)?|ngành|sản\s+phẩm))?|ngành(?:\s+kinh\s+tế)?|"
                         # ("Mặt hàng", "Hàng hóa", "Các mặt hàng" over a price table's goods)
                         r"(?:các\s+)?(?:mặt\s+hàng|hàng\s+hóa|loại\s+hàng(?:\s+hóa)?)(?:\s+chủ\s+yếu)?|"
                         r"sản\s+phẩm(?:\s+chủ\s+yếu)?|cây\s+trồng|vật\s+nuôi|"
                         r"loại(?:\s+(?:cây(?:\s+trồng)?|hình(?:\s+thiên\s+tai)?|sản\s+phẩm|thiệt\s+hại))?|"
                         # ("Chủ đầu tư | Kế hoạch vốn | Giải ngân": each row one investor's capital)
                         r"chủ\s+đầu\s+tư|"
                         # ("Thị trường | Ước 8 tháng (triệu USD) | So với cùng kỳ (%)": each row one market's trade)
                         r"(?:các\s+)?thị\s+trường(?:\s+chủ\s+yếu)?|"
                         # ("Cảng | Hàng xuất khẩu (tấn)", "Khu vực cảng", "Hồ chứa | Dung tích hiện tại (triệu m3)":
                         # each row one port's cargo, one reservoir's water)
                         r"(?:khu\s+vực\s+)?(?:cảng|bến\s+cảng)(?:\s+biển)?|hồ\s+chứa|"
                         # ("Nguồn vốn | Kế hoạch | Giải ngân", "Chương trình | Kế hoạch vốn | Đã giải ngân": each row
                         # one source's or one programme's capital)
                         rf"{_SOURCES_WORDS}|{_PROGRAMMES_WORDS})\s*",
                         re.IGNORECASE)
# "Ước thiệt hại", "Ước tính giá trị thiệt hại", "Thiệt hại ước tính": the worth of a damage, estimated
# ("Ước giá trị (triệu đồng)", "Giá trị ước tính" beside "Loại thiệt hại | Số lượng": each kind's damage's worth)
_ESTIMATED_LOSS = re.compile(r"\s*(?:ước(?:\s+tính)?\s+(?:giá\s+trị(?:\s+thiệt\s+hại)?|thiệt\s+hại)|"
                             r"(?:giá\s+trị(?:\s+thiệt\s+hại)?|thiệt\s+hại)\s+ước(?:\s+tính)?)(?:\s+về\s+kinh\s+tế)?\s*",
                             re.IGNORECASE)
# "Cây trồng | Diện tích (ha) | Sản lượng (tấn)": rows of kinds of a thing, each a part of the area's own quantity
# the column names ("Diện tích lúa"), not a place's
_KINDS_HEAD = re.compile(r"\s*(?:cây\s+trồng|vật\s+nuôi|loại\s+(?:cây(?:\s+trồng)?|vật\s+nuôi)|"
                         r"sản\s+phẩm(?:\s+chủ\s+yếu)?)\s*", re.IGNORECASE)
_SOURCES_HEAD = re.compile(rf"\s*(?:{_SOURCES_WORDS}|{_PROGRAMMES_WORDS})\s*", re.IGNORECASE)
# the capital a title over a table of sources or programmes names ("Tình hình giải ngân vốn đầu tư công năm 2026")
_SUMMED_CAPITAL = re.compile(r"vốn\s+đầu\s+tư\s+công|(?:các\s+)?chương\s+trình\s+(?:mục\s+tiêu\s+quốc\s+gia|MTQG)",
                             re.IGNORECASE)
_PROGRAMME_HEAD = re.compile(rf"\s*{_PROGRAMMES_WORDS}\s*", re.IGNORECASE)
# "So với tháng trước", "So với kỳ gốc 2024", "So với tháng 12 năm trước": a change on another base than the year
# before, the figure as a percentage of that base's (a CPI's table)
# ("Tháng 9/2026 so với: | Kỳ gốc (2019)": the base after a colon, a header of two rows)
# ("So tháng trước (%)", "So kỳ gốc", "So sánh tháng trước": "với" left out, as "So cùng kỳ" leaves it)
_OTHER_BASE_HEAD = re.compile(r"\bso\s+(?:sánh\s+)?(?:với\s*)?:?\s*(?:tháng\s+trước|kỳ\s+gốc|tháng\s+12|cuối\s+năm|"
                              r"đầu\s+năm|quý\s+trước|kỳ\s+trước|tuần\s+trước)", re.IGNORECASE)
# "Tỷ lệ hộ nghèo", "Tỷ lệ che phủ rừng": a rate named, not one of a plan done ("Tỷ lệ so với kế hoạch", "Tỷ lệ KH")
# ("Tỷ lệ so dự toán (%)", "Tỷ lệ so DT (%)": "với" left out before the plan, a share of it too)
# ("Tỷ lệ GN (%)": "giải ngân" written short, the share of the plan paid out)
# ("Tỷ lệ đạt", "Tỷ lệ hoàn thành đạt": the share reached; "Tỷ lệ xã đạt chuẩn nông thôn mới": a rate of the things
# that meet a standard, "đạt" going on with what is met)
_A_RATES_NAME = re.compile(
    r"\s*t[ỷỉ]\s+lệ\s+(?!.*(?:kế\s+hoạch|\bKH\b|\bso\s+(?:với|dự\s+toán|DT\b)|giải\s+ngân|(?-i:\bGN\b)|"
    r"thực\s+hiện|đạt(?:\s+được)?\s*$))",
    re.IGNORECASE,
)
# a growth aimed at ("Tốc độ tăng trưởng kế hoạch", "Mục tiêu tăng trưởng (%)"), or compared with a plan
# a rate of one to many, "Tỷ lệ chọi (lần)" (data/words/rates_of_one_to_many.csv): so many times, not a per cent
_ONE_TO_MANY_HEAD = re.compile(r"\s*(" + word_source("rates_of_one_to_many") + r")\s*(?:\(\s*lần\s*\)\s*)?",
                               re.IGNORECASE)
_PLAN_WORD = re.compile(r"kế\s+hoạch|\bKH\b|mục\s+tiêu|so\s+với|chỉ\s+tiêu|nghị\s+quyết", re.IGNORECASE)
_UNIT_HEAD = re.compile(r"đơn\s+vị|đvt", re.IGNORECASE)
# ("Thời gian thực hiện", "Thời gian KC-HT": the years a project runs, "2026 - 2030", no amount done)
# ("Ghi chú", "Đánh giá", "Lý do" (data/words/note_heads.csv): a column of notes, also with what it notes after a
# bracket, a slash or a comma, "Ghi chú (*)", "Ghi chú/Nguyên nhân", "Đánh giá (Đạt/Không đạt)"; not a rate's
# "Đánh giá (%)")
_SKIP_HEAD = re.compile(r"^\s*(?:stt|tt|số\s+tt|(?:" + word_source("note_heads") + r")(?:\s*[(/,;](?![^\t]*%)[^\t]*)?|"
                        r"thời\s+gian\b[^\t]*)\s*$", re.IGNORECASE)
# ("Đạt", "Mức đạt" beside "Kế hoạch | Ước thực hiện": the share of the plan reached)
_PCT_PLAN_HEAD = re.compile(r"%|tỷ\s+lệ|so\s+với\s+(?:kh|kế\s+hoạch)|so\s+sánh|^\s*(?:mức\s+)?đạt\s*$", re.IGNORECASE)
_YOY_HEAD = re.compile(r"cùng\s+kỳ", re.IGNORECASE)
# "Tỷ trọng (%)", "Tỷ trọng trong tổng thu (%)", "Cơ cấu (%)": a share of the whole
_SHARE_HEAD = re.compile(r"\s*(?:t[ỷỉ]\s+trọng|cơ\s+cấu)\b(?![^\t]*(?:kế\s+hoạch|\bKH\b|cùng\s+kỳ))", re.IGNORECASE)
# a percentage of what a work was built for ("So với thiết kế (%)", "% dung tích thiết kế", "So với công suất thiết kế")
_OF_THE_DESIGN = re.compile(r"(?:so\s+với|%)\s*(?:(?:dung\s+tích|công\s+suất|mực\s+nước)\s+)?thiết\s+kế", re.IGNORECASE)
# the words of a head that compares with the same period, rather than naming it ("So với cùng kỳ", "Tăng/giảm cùng
# kỳ", "Cùng kỳ = 100%", "% cùng kỳ")
_COMPARING = re.compile(r"so\s+(?:với|sánh)|%|tăng|giảm|\bbằng\b|\bđạt\b|[/=]|tốc\s+độ|chỉ\s+số", re.IGNORECASE)
# a plan written short in a comparison's head ("So sánh DT 2026/UTH 2025 (%)": the plan over an estimate, no growth)
_PLAN_SHORT = re.compile(r"\b(?:DT|KH)\b")
# "DT", "DT 2026", "DT năm 2026" alone over a budget's amounts beside "TH": the estimate written short, in capitals (a
# head naming more, "DT lúa (ha)", is an area's)
_A_PLAN_SHORT_ALONE = re.compile(r"\s*DT(?:\s+(?:(?i:năm)\s+)?" + YEAR + r")?\s*")
# ("NQ ĐH", "NQ HĐND": the resolution's figure written short, a congress's or a council's aim for the term or year)
_TARGET_HEAD = re.compile(
    r"kế\s+hoạch|\bkh\b|mục\s+tiêu|chỉ\s+tiêu\s+giao|nghị\s+quyết|dự\s+toán|(?-i:\bNQ\b)", re.IGNORECASE
)
# "Trung ương giao", "HĐND TP giao", "Tỉnh giao": the amount a body assigned, a plan
_ASSIGNED_HEAD = re.compile(r"\b(?:trung\s+ương|TW|tỉnh|HĐND|hội\s+đồng\s+nhân\s+dân|UBND|huyện|thành\s+phố|TP)\b"
                            r"[^\t]{0,20}?\bgiao\s*$", re.IGNORECASE)
# whose plan a share is of: the centre's ("Dự toán TW", "KH Trung ương giao") or the province's ("Dự toán tỉnh", "NQ
# HĐND", "KH thành phố giao")
_CENTRAL_PLAN = re.compile(r"\b(?:trung\s+ương|TW)\b", re.IGNORECASE)
_PROVINCIAL_PLAN = re.compile(r"\b(?:tỉnh|HĐND|hội\s+đồng\s+nhân\s+dân|thành\s+phố|TP)\b", re.IGNORECASE)
# ("Cộng dồn 10 tháng": the months added up, as "Lũy kế 10 tháng"; "Ước TH 6 tháng", "TH 2025", "Ước 9 tháng": done,
# or estimated done, written short)
_LEVEL_HEAD = re.compile(r"thực\s+hiện|kết\s+quả|tiến\s+độ|lũy\s+kế|cộng\s+dồn|đạt\s+được|số\s+liệu|ước\s+tính|"
                         r"ước\s+đạt|(?-i:\b(?:TH|ƯTH|UTH)\b)|\bước\b|"
                         # ("Dự toán | Quyết toán | So sánh (%)": a year's settled accounts, what its budget came to)
                         r"quyết\s+toán|"
                         # ("2023 | 2024 | Sơ bộ 2025": a statistics office's preliminary figure, an estimate; "Chính
                         # thức tháng 10/2026 | Dự tính tháng 11/2026": its final figure of the month before, and the
                         # month's estimated)
                         r"\bsơ\s+bộ\b|^\s*(?:chính\s+thức|dự\s+tính)\b|"
                         # ("Giải ngân", "Đã giải ngân (tỷ đồng)": the capital paid out, what the plan came to)
                         r"giải\s+ngân|"
                         # ("STT | Nội dung | Đơn vị | Số lượng": a damage table's count, a table's plain amount;
                         # "Nội dung | Số tiền": the money each row comes to; data/words/amount_heads.csv)
                         r"^\s*(?:" + word_source("amount_heads") + r")\s*$", re.IGNORECASE)


# "Ước thiệt hại", "Dự ước thu ngân sách": a row (or a list's item) of an estimated amount
_ESTIMATED_ROW = re.compile(r"(?:dự\s+)?ước\b", re.IGNORECASE)
_ESTIMATE_HEAD = re.compile(r"\bước\b|\bsơ\s+bộ\b|^\s*dự\s+tính\b", re.IGNORECASE)


# a row naming a rate's fall ("Giảm tỷ lệ hộ nghèo", "Giảm tỷ lệ sinh"): its figures are what the rate fell by
_A_RATES_FALL = re.compile(r"\s*giảm\s+t[ỷỉ]\s+lệ\b", re.IGNORECASE)


# a row of a growth rate: what it came to is the growth on the year before (not credit's, measured on the year's
# start)
_GROWTH_ROW = re.compile(r"\s*(?:tốc\s+độ\s+tăng(?:\s+trưởng)?|tăng\s+trưởng)\b"
                         r"(?!\s+(?:tín\s+dụng|dư\s+nợ|huy\s+động))", re.IGNORECASE)
# a head of the yearly average growth over a term: "Bình quân 2021-2025 (%/năm)", "Tăng bình quân hằng năm (%)",
# "Tăng bình quân giai đoạn 2021 - 2025 (%)" ("bình quân" alone, "Bình quân (%)", may be an average rate, no growth:
# it needs "%/năm")
_A_TERM_NAMED = r"(?:\s+(?:giai\s+đoạn\s+)?" + YEAR + r"\s*[-–]\s*" + YEAR + r")?"
_EACH_YEAR = r"(?:\s+(?:hằng|hàng|mỗi)\s+năm)?"
_A_YEARLY_AVERAGE_GROWTH_HEAD = re.compile(
    r"\s*(?:(?:tăng\s+)?bình\s+quân" + _EACH_YEAR + _A_TERM_NAMED + r"\s*\(\s*%\s*/\s*năm\s*\)|"
    r"tăng\s+bình\s+quân" + _EACH_YEAR + _A_TERM_NAMED + r"\s*(?:\(\s*%\s*\))?)\s*", re.IGNORECASE)
# a row of the index of industrial production ("Chỉ số sản xuất công nghiệp", "Chỉ số phát triển công nghiệp (IIP)"):
# in per cent, the same time a year before being 100
_PRODUCTION_INDEX_ROW = re.compile(r"\s*chỉ\s+số\s+(?:sản\s+xuất|phát\s+triển)\s+(?:toàn\s+ngành\s+)?công\s+nghiệp\b",
                                   re.IGNORECASE)
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
# a cell holding a range ("3 - 4", "8-8,5", "5% – 6%"): both its ends are figures, as a sentence's range's are
_RANGE_CELL = re.compile(r"(\s*(\d+(?:[.,]\d+)*)\s*%?\s*)[-–](\s*(\d+(?:[.,]\d+)*)\s*%?\s*)")
_ONLY_A_YEAR = re.compile(r"\s*(?:năm\s+)?" + YEAR + r"\s*", re.IGNORECASE)
_A_PERIOD_WITHOUT_YEAR = re.compile(r"\s*(?:quý\s+(?:[IV]{1,3}|[1-4])|"
                                    r"(?:1[0-2]|0?[2-9])\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?|"
                                    r"tháng\s+(?:1[0-2]|0?[1-9]))\s*", re.IGNORECASE)
_A_PERIOD_WITH_ITS_YEAR = (r"(?:quý\s+(?:[IV]{1,3}|[1-4])|\d{1,2}\s+tháng(?:\s+đầu\s+năm)?|tháng\s+\d{1,2})"
                           r"\s*(?:/\s*|\s+năm\s+|\s+)" + YEAR)
_ONLY_A_PERIOD = re.compile(r"\s*" + _A_PERIOD_WITH_ITS_YEAR + r"\s*", re.IGNORECASE)
# two years compared, the later first ("2026 so với 2025", "Quý I/2026 so với quý I/2025", "2025/2024")
# ("Tháng 9/2026 so với tháng 9/2025": a month's, the month before the second year)
# ("Tháng 10 năm 2024 so với tháng 9 năm 2024": the month written out, "năm" before its year)
# ("6 tháng 2026 so 6 tháng 2025 (%)", "6T 2026 so 6T 2025": the same months of two years, "với" left out)
_YEARS_COMPARED = re.compile(
    r"(" + YEAR + r")\s*(?:so(?:\s+với)?\s|/)[^\t\d]{0,20}?"
    r"(?:\d{1,2}\s*(?:/|\s+năm|\s+tháng(?:\s+(?:đầu\s+)?năm)?)\s*)?(" + YEAR + ")",
    re.IGNORECASE,
)
# a comparison's head whose base is a year's actual and whose compared figure names no time: "UTH/TH 2025", "Ước
# TH/TH năm 2025" (both years named, "2026/2025", is _YEARS_COMPARED's; "UTH 9 tháng/TH 2025" no growth)
_ON_A_YEARS_ACTUAL = re.compile(r"[^\t\d/]*/\s*(?:TH|thực\s+hiện)\s*(?:năm\s+)?(" + YEAR + r")\b", re.IGNORECASE)
_COMPARISON_HEAD = re.compile(r"^\W*so\s+sánh\W*(?:\(\s*%\s*\))?\W*$", re.IGNORECASE)
# "Tăng, giảm", "Tăng (+), giảm (-)", "Tăng/giảm (%)", "Chênh lệch": a change, with no base named
# ("Tăng (%)" alone beside "6 tháng 2025 | Cùng kỳ 2024": the rise, a fall written with its minus)
_CHANGE_HEAD = re.compile(r"\s*(?:tăng\s*(?:\(\s*\+\s*\))?(?:\s*[,/;-]?\s*giảm\s*(?:\(\s*[-−]\s*\))?)?|chênh\s+lệch)"
                          r"\s*(?:\(\s*%\s*\))?\s*$", re.IGNORECASE)


# months written short in a head: "TH 6T/2026", "Ước 9T", "Lũy kế 6 tháng/2026" (as "6 tháng năm 2026")
_MONTHS_SHORT = re.compile(r"\b(\d{1,2})\s?T\b")
_MONTHS_SLASH_YEAR = re.compile(r"\b(\d{1,2}\s+tháng)\s*/\s*(?=" + YEAR + ")")
# a month or a quarter written short before its year: "T10/2026" (tháng 10/2026), "QIII/2026", "Q3/2026" (quý III)
_MONTH_OR_QUARTER_SHORT = re.compile(r"\b(?:T(?P<month>1[0-2]|0?[1-9])|Q(?P<quarter>I{1,3}|IV|[1-4]))\s*/\s*(?="
                                     + YEAR + ")")
# "So với CK (%)", "SCK (%)": the same period a year before written short (cùng kỳ)
_SAME_PERIOD_SHORT = re.compile(r"\b(S)?CK\b")


def _spelled_out(short: re.Match) -> str:
    return f"tháng {short.group('month')}/" if short.group("month") else f"quý {short.group('quarter')}/"


# "Cộng quý I", "Tổng 6 tháng", "Tổng cộng năm 2024" after the months' columns: what that time came to, all told
_TOTAL_OF_A_TIME = re.compile(r"\s*(?:tổng\s+cộng|tổng(?:\s+số)?|cộng)\s+"
                              r"(?=(?:quý|tháng|\d{1,2}\s+tháng|cả\s+năm|năm)\b)", re.IGNORECASE)


# a note's mark closing a head ("Năm 2026 (*)", "Thực hiện 2026(1)", "Năm 2026*"; the clean text blanks the star,
# "( )"): the note under the table says
# more of the column (``_estimated_by_a_note``); no word of the head's own (a column's number after a formula,
# "(3)=(2)/(1)", stays)
_A_NOTES_MARK = re.compile(r"(?<=[^\W_]|\s)\s*(?:\(\s*(?:\*{1,3}|\d)?\s*\)|\*{1,3})\s*$")


def _without_notes_marks(texts: list[str]) -> list[str]:
    """A header's heads without the note's marks closing them ("Năm 2026 (*)": "Năm 2026")."""
    return [t[:mark.start()] if t[-1:] in ")*" and (mark := _A_NOTES_MARK.search(t)) is not None and mark.start()
            else t for t in texts]


def classify_header(cell: str) -> Column:
    # (a markdown row's cell keeps the blanks beside its pipes, " Tỷ lệ hộ nghèo (%) ": the head is its words, read
    # as the tab form's, whose first letter the cheap tests below look at)
    cell = cell.strip()
    if cell[-1:] in ")*":
        cell = _without_notes_marks([cell])[0]
    if cell.lstrip()[:1] in "CcTt" and (total := _TOTAL_OF_A_TIME.match(cell)) is not None:
        cell = cell[total.end():]
    if "/" in cell and ("T" in cell or "Q" in cell) and _MONTH_OR_QUARTER_SHORT.search(cell):
        cell = _MONTH_OR_QUARTER_SHORT.sub(_spelled_out, cell)
    if "CK" in cell:
        cell = _SAME_PERIOD_SHORT.sub(lambda m: "so cùng kỳ" if m.group(1) else "cùng kỳ", cell)
    if "T" in cell and _MONTHS_SHORT.search(cell):
        cell = _MONTHS_SHORT.sub(r"\1 tháng", cell)
    if "/" in cell and "tháng" in cell:
        cell = _MONTHS_SLASH_YEAR.sub(r"\1 năm ", cell)
    column = _with_a_unit_in_brackets(cell, _classify_header(cell))
    if column.role == "value" and column.year and not column.season and (term := _terms_years(cell)) is not None:
        # ("Thực hiện 2020-2025", "Ước TH giai đoạn 2021 - 2025": what the term came to, from its first year's start to
        # its last's end, not its first year alone)
        return replace(column, period=term)
    if column.role == "value" and column.metric != "target" and column.year and column.as_of is None:
        period = _column_period(cell)
        if period is not None:
            return replace(column, period=period)
        if column.metric == "level" and "đến" in cell and (cut_off := _cut_off(cell)) is not None:
            return replace(column, period=(dt.date(cut_off.year, 1, 1), cut_off), as_of=cut_off)
        if column.metric == "yoy_pct" and _YEARS_COMPARED.search(cell):
            return replace(column, period=_whole_year(column.year))
    return column


def _a_counts_noun_in_brackets(cell: str) -> bool:
    """Whether a head closes on the nouns of counts in brackets ("(vụ)", "(vụ, người)"), not on a per cent, a
    multiple or a point ("(%)", "(lần)", "(điểm %)")."""
    if (m := _UNIT_IN_BRACKETS.search(cell)) is None or "%" in m.group("unit"):
        return False
    unit = _unit_of(m.group("unit").split(",")[0])
    return unit is not None and unit[0] not in ("pct", "pct_point", "times", "point")


# a term's years in a head, "2020-2025", "2021 - 2025" (two years or more apart: "Năm học 2025-2026", "Niên vụ
# 2025-2026" are one school year or crop year, not a term)
_A_TERMS_YEARS = re.compile(r"(?<!\d)(" + YEAR + r")\s*[-–]\s*(" + YEAR + r")(?!\d)")


def _terms_years(cell: str) -> tuple[dt.date, dt.date] | None:
    """The span of the term a head names by its first and last years, or None."""
    if (term := _A_TERMS_YEARS.search(cell)) is None or int(term.group(2)) - int(term.group(1)) < 2:
        return None
    return dt.date(int(term.group(1)), 1, 1), dt.date(int(term.group(2)), 12, 31)


# "Kế hoạch 2025 (tỷ đồng)", "Năm 2024 (triệu USD)": a column's unit closing its head in brackets
_UNIT_IN_BRACKETS = re.compile(r"\(\s*(?P<unit>[^()\d]{1,20}?)\s*\)\s*$")
# a quantity's name then the time it came to, before the unit in brackets: "Giá tháng 4/2027", "Sản lượng năm 2026",
# "Diện tích quý I/2027" (a name of words alone, a few); a price bulletin's "Giá ngày 10/3": the day's, of the year
# the header or the report names when the head names none
_A_QUANTITY_OF_A_TIME = re.compile(r"\s*(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)\s+(?P<time>(?:năm\s+)?" + YEAR
                                   + r"|" + _A_PERIOD_WITH_ITS_YEAR
                                   + r"|ngày\s+\d{1,2}\s*/\s*\d{1,2}(?:\s*(?:/\s*|\s+năm\s+)" + YEAR + r")?)\s*",
                                   re.IGNORECASE)
# the words a whole-area column is headed with ("Toàn tỉnh", "Cả tỉnh", "Toàn thành phố")
_WHOLE_AREA_HEAD = re.compile(rf"\s*(?:toàn|cả)\s+(?:{UNIT_WORDS})\s*", re.IGNORECASE)
# the words that write a place as former: "cũ", "trước đây", "trước sáp nhập" (as indicators._FORMER_MARK reads them
# in a sentence)
_FORMER_WORD = r"(?:cũ|trước\s+(?:đây|(?:khi\s+)?(?:sáp\s+nhập|hợp\s+nhất|sắp\s+xếp)))"
# a former province inside a merged one: "Khu vực Gia Lai cũ", "Tỉnh Bình Định (cũ)", "Địa bàn Vĩnh Phúc cũ", "Tỉnh Kon
# Tum trước sáp nhập"
_FORMER_PROVINCE_HEAD = re.compile(r"\s*(?:(?:khu\s+vực|địa\s+bàn)\s+)?(?:tỉnh\s+)?(?P<name>[^\W\d_][^()\d\t]{1,30}?)"
                                   r"\s*\(?\s*" + _FORMER_WORD + r"\s*\)?\s*", re.IGNORECASE)
# what may follow a unit's name in a place's head: "(cũ)", "cũ"
_FORMER_MARK = re.compile(r"\s*\(?\s*" + _FORMER_WORD + r"?\s*\)?\s*", re.IGNORECASE)


def _with_a_unit_in_brackets(cell: str, column: Column) -> Column:
    """A value column whose head closes on its unit in brackets ("Thực hiện 6 tháng (tỷ đồng)") takes that unit;
    a head that is only a year or a period with it ("Năm 2024 (tỷ đồng)", "Tháng 7 (tỷ đồng)") is a column of that
    time in that unit (a named quantity, "Người chết (người)", has its unit already)."""
    if column.unit is not None or column.role not in ("value", "skip") or column.metric in ("plan_pct", "yoy_pct"):
        return column
    if "(" not in cell or (m := _UNIT_IN_BRACKETS.search(cell)) is None:
        return column
    unit = _unit_of(m.group("unit"))
    if unit is None or unit[0] == "pct" or (unit[0] == "count" and not _a_counts_unit(m.group("unit"))):
        return column
    if column.role == "skip":
        rest = cell[:m.start()]
        if (_ONLY_A_YEAR.fullmatch(rest) or _ONLY_A_PERIOD.fullmatch(rest)
                or _A_PERIOD_WITHOUT_YEAR.fullmatch(rest)):  # ("Tháng 7 (tỷ đồng)": a month the title dates)
            column = _classify_header(rest)
        elif (named := _A_QUANTITY_OF_A_TIME.fullmatch(rest)) is not None and not _SKIP_HEAD.match(
                named.group("name")):
            # ("Giá tháng 4/2027 (đồng)", "Sản lượng năm 2026 (tấn)": what the column's quantity came to in that time,
            # the rows' things' quantity of that name)
            column = replace(_classify_header(rest[named.start("time"):]), name=" ".join(named.group("name").split()))
        else:
            return column
    return replace(column, unit=unit, unit_text=m.group("unit").strip())


def _a_counts_unit(text: str) -> bool:
    """Whether words in a head's brackets are wholly a unit of a count ("triệu kWh", "nghìn TEU", "MW", "xã"), not
    words ``_unit_of`` only keeps as a count's label ("giá hiện hành", "sơ bộ", "cũ")."""
    probe = text.strip()
    reading = read_unit(" " + (probe if probe.isupper() and len(probe) <= 5 else probe[:1].lower() + probe[1:]))
    return reading is not None and reading.length >= len(probe) + 1


# the units a head may name alone: money and measures ("Sản phẩm", "Doanh nghiệp", "Người" head the rows' names or
# a count's column as often as a unit)
_MEASURES = frozenset({"VND", "USD", "tonne", "ha", "m3", "km", "quintal_per_ha"})


def _a_unit_alone(cell: str) -> tuple[str, float, str | None] | None:
    """The unit a head that is only a unit names ("Tỷ đồng", "Triệu USD", "Tấn"): the column of the rows' amounts
    in it, or None."""
    text = cell.strip()
    if not text or len(text.split()) > 3 or not text[:1].isalpha():
        return None
    reading = read_unit(" " + text[:1].lower() + text[1:])
    if reading is None or reading.unit not in _MEASURES or reading.length < len(text) + 1:
        return None
    return reading.unit, reading.multiplier, reading.label


_NUMBER_OF_A_NAME = re.compile(r" (\d{1,2})\s*")


def _a_place(cell: str) -> tuple[str, str] | None:
    """The place a head names, as written, and its key ("Huyện Lục Yên" → huyen_luc_yen, "Khu vực Bình Định cũ" →
    binh_dinh), or None: the head of one place's column in a table whose columns are places. A unit word alone
    ("Huyện", "Xã") heads the rows' places instead."""
    units = find_units(cell)
    if len(units) == 1 and units[0].start == 0 and _FORMER_MARK.fullmatch(cell, units[0].end):
        return cell.strip(), units[0].key
    if len(units) == 1 and units[0].start == 0 and (number := _NUMBER_OF_A_NAME.fullmatch(cell, units[0].end)):
        # ("Phường Bảo Lộc 1", "Xã Tân Phú 2": a place of the two-level local government named with its number)
        return cell.strip(), f"{units[0].key}_{int(number.group(1))}"
    former = _FORMER_PROVINCE_HEAD.fullmatch(cell)
    if former is not None and (province := match_province(former.group("name").strip(), fuzzy=False)) is not None:
        return cell.strip(), province.key
    return None


def row_province(cell: str) -> str | None:
    """The key of the province a row's place cell is, whole ("Nghệ An", "Tỉnh Quảng Trị", "TP. Hà Nội"), else None:
    the rows of a ministry's table by province ("TT | Tỉnh/thành phố | Người chết | Mất tích"), each row's figures
    that province's. A city named after its province ("Thành phố Thanh Hóa") or a district is no province."""
    text = cell.strip()
    if not text or not text[:1].isupper():
        return None
    mentions = find_provinces(text)
    if len(mentions) != 1 or mentions[0].start != 0 or mentions[0].end != len(text):
        return None
    key = mentions[0].province.key
    units = find_units(text) if mentions[0].prefixed else []
    return key if all(u.key == key for u in units) else None


def with_the_years_compared(texts: list[str], heads: list[Column]) -> list[Column]:
    """"Chỉ tiêu | Năm 2024 | Năm 2025 | So sánh (%)": in a table of the same time of two years and no plan, a bare
    "So sánh" is the later year's figure as a percentage of the earlier's (a plan's table, "Kế hoạch 2025 | Thực
    hiện 2025 | So sánh (%)", compares with the plan); "Tăng, giảm (%)" is the growth, and "Tăng, giảm" or "Chênh
    lệch" without a per cent the later figure less the earlier, in the row's unit."""
    levels = [h for h in heads if h.role == "value" and h.metric == "level" and h.year and not h.name]
    compares = [k for k, t in enumerate(texts) if _COMPARISON_HEAD.match(t) or _CHANGE_HEAD.match(t)]
    if not compares or any(h.metric == "target" and not _the_coming_years_plan(heads, k, compares[-1], levels)
                           for k, h in enumerate(heads)):
        return heads
    if any(h.year_before for h in heads) and any(h.metric == "level" and not h.name for h in heads):
        # ("Thực hiện cùng kỳ | Ước thực hiện kỳ này | So sánh (%)": this period's figure as a percentage of the
        # same period's a year before, of the period the column of this period's figures is of)
        this = next(h for h in heads if h.metric == "level" and not h.name and not h.year_before)
        # ("Năm 2026 | Cùng kỳ | So sánh (%)": the year's, as that column's figures are)
        period = this.period or (_whole_year(this.year) if this.year else None)
        return [_compared(t, h, this.year, period) for t, h in zip(texts, heads, strict=True)]
    if len({h.year for h in levels}) < 2:
        return heads
    latest = max(levels, key=lambda h: h.year or 0)
    period = latest.period or _whole_year(latest.year) if latest.year else None
    return [_compared(t, h, latest.year, period) for t, h in zip(texts, heads, strict=True)]


def _the_coming_years_plan(heads: list[Column], k: int, last_comparison: int, levels: list[Column]) -> bool:
    """"Thực hiện 2025 | Ước TH 2026 | So sánh (%) | Kế hoạch 2027": a plan column past every comparison, of a year
    after every year done, is the plan set for the year to come, no base the comparisons before it are made on."""
    year = heads[k].year
    return k > last_comparison and bool(levels) and year is not None and year > max(h.year or 0 for h in levels)


def _compared(text: str, head: Column, year: int | None, period: tuple[dt.date, dt.date] | None) -> Column:
    """A comparison's column of a table comparing one time with the same time a year before (as read by
    ``with_the_years_compared``), or ``head`` as it is."""
    if head.metric == "plan_pct" and (_COMPARISON_HEAD.match(text) or _A_BARE_RATE.fullmatch(text)):
        # ("Năm 2025 | Năm 2026 | Tăng (+), giảm (-) | Tỷ lệ (%)": the rate of that change, no share of a plan; its
        # cells judged together, signed growths or percentages of the year before: _judged_by_the_column)
        return Column("value", "yoy_pct", year=year, ratio=True, period=period)
    if _CHANGE_HEAD.match(text):
        if "%" in text:
            return Column("value", "yoy_pct", year=year, period=period)
        return Column("value", "yoy_abs", year=year, period=period)
    return head

# "Chênh lệch (đồng/kg)", "Tăng/giảm (tấn)": a change in the unit its brackets name, not a per cent
_A_CHANGE_IN_ITS_UNIT = re.compile(
    r"\s*(?:tăng\s*[,/;-]?\s*giảm|chênh\s+lệch)\s*\(\s*[^()\d%]{1,20}\s*\)\s*", re.IGNORECASE
)


def _a_change_on_the_time_before(texts: list[str], heads: list[Column]) -> list[Column]:
    """"Giá tháng 3/2027 (đồng) | Giá tháng 4/2027 (đồng) | Tăng/giảm (%)": a change (or a bare "So sánh") after the
    columns of one quantity in two times is the later time's on the earlier: a growth when the earlier is the same
    time a year before, else a change on that other time (the month before: no growth on the year before), of the
    later time and the quantity they name; a change without a per cent, in the rows' unit, is the growth's in that unit
    ("Tăng (+), giảm (-)" after the same months of two years), or no metric's on another time; so is one naming that
    unit ("Giá ngày 10/3 (đồng/kg) | Giá ngày 17/3 (đồng/kg) | Chênh lệch (đồng/kg)": no price of its own)."""
    if not any(_CHANGE_HEAD.match(t) or _COMPARISON_HEAD.match(t) or _A_CHANGE_IN_ITS_UNIT.fullmatch(t) for t in texts):
        return heads
    timed = [h for h in heads if h.role == "value" and h.metric == "level" and h.period is not None
             and not h.locality and not h.year_before]
    if len(timed) < 2 or len({h.name for h in timed}) > 1 or len({h.period for h in timed}) < len(timed):
        return heads
    earlier, later = sorted(timed, key=lambda h: h.period)[-2:]
    a_year_before = (_a_year_before(later.period[0]), _a_year_before(later.period[1])) == earlier.period
    if not a_year_before and earlier.period[1] >= later.period[0]:
        return heads  # (overlapping times, "Tháng 4 | 4 tháng": no change of one on the other)
    metric = "yoy_pct" if a_year_before else "change_pct"
    named = {"name": later.name, "unit": ("pct", 1.0, None), "unit_text": "%"} if later.name else {}
    out = []
    for text, head in zip(texts, heads, strict=True):
        if head.role == "value" and _A_CHANGE_IN_ITS_UNIT.fullmatch(text):
            head = (
                replace(head, metric="yoy_abs", name=later.name, year=later.year, period=later.period)
                if a_year_before
                else Column("skip")
            )
        elif _CHANGE_HEAD.match(text) or _COMPARISON_HEAD.match(text):
            head = (Column("value", metric, year=later.year, period=later.period, ratio=not _CHANGE_HEAD.match(text),
                           **named) if "%" in text or _COMPARISON_HEAD.match(text)
                    else replace(head, metric="yoy_abs") if a_year_before else Column("skip"))
        out.append(head)
    return out


def _quantities_of_a_time_in_the_rows_unit(texts: list[str], heads: list[Column]) -> list[Column]:
    """"Mặt hàng | Đơn vị tính | Giá tháng 2/2027 | Giá tháng 3/2027": beside a column of units, a quantity's name
    then the time it came to (or a bare amount, "Lượng"), with no unit of its own in brackets, is that quantity of
    that time in the unit each row names ("đồng/kg", "đồng/lít"), as "Giá tháng 3/2027 (đồng)" is in its own; the row
    reader gives it the row's unit (``_in_the_rows_unit``)."""
    if not any(h.role == "unit" for h in heads):
        return heads
    return [_a_quantity_of_a_time(text) or _a_bare_amount(text) or head if head.role == "skip" else head
            for text, head in zip(texts, heads, strict=True)]


def _a_bare_amount(text: str) -> Column | None:
    """"Mặt hàng | ĐVT | Lượng | Trị giá (triệu USD)": the column of an amount named alone, of the report's time, its
    unit still to come (the row's), or None."""
    return Column("value", metric="level", name=" ".join(text.split())) if _A_BARE_AMOUNT.fullmatch(text) else None


# "Lượng", "Khối lượng", "Sản lượng": a head naming an amount alone, no unit, no time
_A_BARE_AMOUNT = re.compile(r"\s*(?:(?:khối|sản)\s+)?lượng\s*", re.IGNORECASE)


def _a_quantity_of_a_time(text: str) -> Column | None:
    """The column a head of a quantity's name and a time with no unit names ("Giá tháng 2/2027", "Sản lượng năm
    2026"): that quantity's level of that time, its unit still to come (the row's), or None."""
    if "(" in text or (named := _A_QUANTITY_OF_A_TIME.fullmatch(text)) is None or _SKIP_HEAD.match(named.group("name")):
        return None
    timed = classify_header(text[named.start("time"):])
    if timed.role != "value" or timed.metric != "level":
        return None
    return replace(timed, name=" ".join(named.group("name").split()))


_RATES_ON_A_BASE = frozenset({"yoy_pct", "plan_pct", "change_pct"})
_PER_CENT = ("pct", 1.0, None)


def _in_the_rows_unit(heads: list[Column], unit: tuple[str, float, str | None] | None, unit_text: str) -> list[Column]:
    """The named columns that take the unit each row names (``_quantities_of_a_time_in_the_rows_unit``) in this row's
    unit; with none said, no column (a named cell is said with its unit)."""
    if not any(h.name and h.unit is None for h in heads):
        return heads
    # (a column of per cents on another figure, "So cùng kỳ (%)" named by the column it compares, is in per cent
    # whatever unit the row names)
    return [h if not h.name or h.unit is not None else replace(h, unit=_PER_CENT, unit_text="%")
            if h.metric in _RATES_ON_A_BASE else Column("skip") if unit is None
            else replace(h, unit=unit, unit_text=unit_text or unit[2] or "") for h in heads]


# a note under a table that its figures (of a year, a month, a quarter, or of the columns its mark is on) are
# estimates: "(1) Số liệu năm 2026 là số ước tính.", "(*) Số ước tính", "Ghi chú: Số liệu năm 2026 là số ước thực
# hiện", "* Số liệu sơ bộ", "(*) Số liệu tháng 11/2026 là số ước tính", "Ghi chú: Quý IV/2026 là số ước thực hiện"
_AN_ESTIMATES_NOTE = re.compile(r"\s*(?:ghi\s+chú\s*:?\s*)?(?P<mark>\(\s*(?:\*{1,3}|\d)?\s*\)|\*{1,3})?\s*(?:[-:]\s*)?"
                                r"(?:số\s+liệu|số|(?:quý|tháng)(?=\s))\b[^\t]{0,40}?\b(?:ước|sơ\s+bộ)\b[^\t]{0,40}",
                                re.IGNORECASE)
_NOTES_REACH = 80  # (the lines after a header a table's rows and the note under them may take)


def _a_tab_row(line: str) -> bool:
    return "\t" in line


def _estimated_by_a_note(texts: list[str], heads: list[Column], below: list[str],
                         is_row: Callable[[str], object] | None = None) -> list[Column]:
    """"Năm 2025 | Năm 2026 (*)" over rows, then "(*) Số ước tính" under them: the columns the note's mark is on, or
    those of the year it names ("(1) Số liệu năm 2026 là số ước tính."), are estimates, as a head saying "Ước" is.
    The note is among the first few lines of words after the table's rows: ``below`` are the lines after the header,
    ``is_row`` telling the table's rows (a tab table's, a space-aligned one's), or, with none, those after its rows
    (a numbered table laid out a cell a line, its rows already read)."""
    rows, words = is_row is None, 0
    for line in below:
        if is_row is not None and is_row(line):
            if words:
                return heads  # (another table's lines: no note of this one's)
            rows = True
            continue
        if not rows or not line.strip():
            continue
        words += 1
        if words > 3:
            return heads
        if ("ước" in line or "sơ bộ" in line) and (note := _AN_ESTIMATES_NOTE.fullmatch(line)) is not None:
            mark = "".join(note.group("mark").split()) if note.group("mark") else ""
            marked = {k for k, t in enumerate(texts) if mark and "".join(t.split()).endswith(mark)}
            years = {int(y) for y in re.findall(YEAR, line)}
            # ("Số liệu tháng 11/2026 …", "Quý IV/2026 là số ước …": the columns of that month or quarter alone, not
            # the rest of its year's)
            period = (_column_period(line) if years else _the_heads_time_named(line, heads)) if (
                "tháng" in line.lower() or "quý" in line.lower()) else None
            return [replace(h, estimate=True) if h.role == "value" and h.metric != "target" and not h.year_before and (
                k in marked if marked else h.period == period if period else h.year in years) else h
                for k, h in enumerate(heads)]
    return heads


# a month or a quarter a note names with no year ("Số liệu tháng 11 là số ước tính", "Quý IV là số ước thực hiện")
_A_YEARLESS_TIME = re.compile(r"\b((?:tháng|quý)\s+(?:\d{1,2}|[IVX]{1,4}))\b(?!\s*/)", re.IGNORECASE)


def _the_heads_time_named(note: str, heads: list[Column]) -> tuple[dt.date, dt.date] | None:
    """The month or quarter a note names with no year ("Số liệu tháng 11 là số ước tính") in the latest year a
    column of the header gives that time (its own, or the report's it was dated by), or None."""
    if (time := _A_YEARLESS_TIME.search(note)) is None:
        return None
    periods = {h.period for h in heads if h.role == "value" and h.period is not None}
    for year in sorted({p[1].year for p in periods}, reverse=True):
        if (period := _column_period(f"{time.group(1)}/{year}")) in periods:
            return period
    return None


def _whole_year(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _own_level(head: Column) -> bool:
    """Is ``head`` a column of the table's own figures done: a plain level of no named part, place or year before?"""
    return (head.role == "value" and head.metric == "level" and not head.name and not head.locality
            and not head.year_before)


def _growths_of_the_years_columns(heads: list[Column]) -> list[Column]:
    """"Quý I năm 2025 | Quý I năm 2026 | 2026/2025 (%)": a growth whose head names only the years compared is of the
    time the later year's one column of done figures names (the quarter), not of the whole year."""
    if not any(h.metric == "yoy_pct" and h.year and h.period == _whole_year(h.year) for h in heads):
        return heads
    times: dict[int, set[tuple]] = {}
    for h in heads:
        if _own_level(h) and h.year and h.period is not None:
            times.setdefault(h.year, set()).add((h.period, h.as_of))
    return [replace(h, period=next(iter(times[h.year]))[0], as_of=next(iter(times[h.year]))[1])
            if h.metric == "yoy_pct" and h.year and h.period == _whole_year(h.year) and len(times.get(h.year, ())) == 1
            else h for h in heads]


def with_the_levels_period(heads: list[Column]) -> list[Column]:
    """"KH 2025 | Ước TH 9 tháng | % KH", "Lũy kế 8 tháng | So với cùng kỳ (%)": a share of the plan, or a growth, whose
    head names no time of its own is of the months the table's one column of done figures names (read alone it
    would take the report's period: a quarter's report's quarter, for nine months' share)."""
    heads = _growths_of_the_years_columns(heads)
    levels = {(h.period, h.as_of) for h in heads if _own_level(h)}
    if len(levels) > 1 and (so_far := _the_months_so_far(levels)) is not None:
        # ("Thực hiện tháng 3 | Lũy kế 3 tháng | % KH": a share of the year's plan is of what the year came to so far,
        # the months added up, not the month's; a growth stays as its head or the report dates it, but for one right
        # after the months added up: "Ước tháng báo cáo | Cộng dồn | So cùng kỳ (%)", "T10/2026 | 10T/2026 | So với CK
        # (%)", as statistics offices write it, is the growth of the months so far, and so is one after the share of
        # the plan that follows them: "Ước TH tháng 10 | Cộng dồn 10 tháng | So với dự toán (%) | So với cùng kỳ (%)")
        return [replace(h, period=so_far[0], as_of=so_far[1]) if h.period is None and not h.locality
                and h.role == "value" and (h.metric == "plan_pct" or (
                    h.metric == "yoy_pct" and h.year is None and not h.name
                    and (level := _the_level_before_its_shares(heads, k)) is not None
                    and level.period == so_far[0]))
                else h for k, h in enumerate(heads)]
    if len(levels) != 1:
        return heads
    period, as_of = levels.pop()
    if period is None:
        return heads
    # ("Giải ngân đến 31/10/2025 | Tỷ lệ (%)": the share of the plan paid out by that day)
    return [replace(h, period=period, as_of=as_of) if h.period is None and not h.locality and (
        h.metric == "plan_pct" or (h.metric == "yoy_pct" and h.year is None)) else h for h in heads]


def _the_level_before_its_shares(heads: list[Column], k: int) -> Column | None:
    """The column of done figures right before column ``k``, past the shares of the plan of no time of their own
    between them ("Cộng dồn 10 tháng | % DT | ..."); None when another column stands between."""
    j = k - 1
    while j >= 0 and heads[j].role == "value" and heads[j].metric == "plan_pct" and heads[j].period is None:
        j -= 1
    return heads[j] if j >= 0 and _own_level(heads[j]) else None


# "So với tháng 11/2024", "So với tháng 10/2025" beside "Tháng 11/2025 so với kỳ gốc 2019": a head naming only the
# month its cells are compared with; the month they are of is the one the header's other heads (or the title
# above) name
_MONTH_COMPARED_WITH = re.compile(r"\s*so\s+(?:với|sánh\s+với)\s*:?\s*tháng\s+(\d{1,2})\s*(?:/|\s+năm\s+)\s*("
                                  + YEAR + r")\s*(?:\(\s*%\s*\))?\s*", re.IGNORECASE)
_OWN_MONTH = re.compile(r"\btháng\s+(\d{1,2})\s*(?:/|\s+năm\s+)\s*(" + YEAR + ")", re.IGNORECASE)


# "Kỳ gốc 2024", "Cùng kỳ năm trước", "Tháng trước", "Tháng 12 năm trước": a head naming only a base, which an
# index's table (CPI, IIP) compares its month with, its "so với" left to the title or to nothing at all
_A_BASE_ALONE = re.compile(r"\s*(?:kỳ\s+gốc(?:\s*\(?\s*(?:năm\s+)?" + YEAR + r"\s*\)?)?|(?:tháng|quý|kỳ)\s+trước|"
                           r"tháng\s+12\s+năm\s+trước|cùng\s+kỳ(?:\s+năm\s+(?:trước|" + YEAR + r"))?|tháng\s+(\d{1,2})"
                           r"\s*(?:/|\s+năm\s+)\s*(" + YEAR + r"))\s*(?:\(\s*%\s*\))?\s*", re.IGNORECASE)
_AN_AVERAGE_ALONE = re.compile(r"\s*bình\s+quân\s+(?:\d{1,2}\s+tháng|(?:cùng\s+)?kỳ|năm)(?!.*\bso\b)[^\t]{0,20}",
                               re.IGNORECASE)
_AN_INDEX = re.compile(r"chỉ\s+số|\b(?:CPI|IIP)\b", re.IGNORECASE)


def with_the_bases_said(texts: list[str], title: Callable[[], str | None], first_row: Callable[[], str | None]
                        ) -> list[str]:
    """"| Kỳ gốc 2024 | Cùng kỳ năm trước | Tháng trước | Bình quân 10 tháng" under "Chỉ số giá tiêu dùng tháng
    10/2026" (the ``title`` line above, or the ``first_row``'s name with its month; each read only when needed):
    heads naming only the bases an index is compared with, read as "Tháng 10/2026 so với Kỳ gốc 2024" ("So với ..."
    when no month is named; "Bình quân 10 tháng" the average on the same months a year before); a month with its
    year a base only when it is not the index's own month. Other tables' heads are kept ("Cùng kỳ năm trước" over
    amounts is last year's level)."""
    if not any("trước" in t or "gốc" in t for t in texts):
        return texts
    named, own = title(), None
    if not named or not _AN_INDEX.search(named):
        # (the first row naming the index with its month, "Chỉ số giá tiêu dùng tháng 10/2026"; a row of the index
        # alone, "Chỉ số giá chung", under no such title says no base)
        named = first_row()
        if not named or not _AN_INDEX.search(named) or (own := _OWN_MONTH.search(named)) is None:
            return texts
    own = own or _OWN_MONTH.search(named)
    bases = [_A_BASE_ALONE.fullmatch(t) for t in texts]
    if not any(m is not None and m.group(1) is None for m in bases):
        return texts  # (only months: the months of the figures, no base named)
    out = []
    for text, base in zip(texts, bases, strict=True):
        if base is not None and (base.group(1) is None or (own is not None and (
                base.group(1).lstrip("0"), base.group(2)) != (own.group(1).lstrip("0"), own.group(2)))):
            text = f"{own.group(0) + ' so' if own is not None else 'So'} với {text.strip()}"
        elif _AN_AVERAGE_ALONE.fullmatch(text):
            text = f"{text.strip()} so với cùng kỳ"
        out.append(text)
    return out


def with_the_months_compared(texts: list[str], heads: list[Column], title: str | None = None) -> list[Column]:
    """"Tháng 11/2025 so với kỳ gốc 2019 | So với tháng 11/2024 | So với tháng 10/2025": a head that names only the
    month compared with is a growth on the year before when that month is the same month a year earlier than the
    month the header (or else ``title``) names before a "so với", else a change on that other month (the month
    before, December of last year); either way of that month."""
    compared = [_MONTH_COMPARED_WITH.fullmatch(t) if "so" in t.lower() else None for t in texts]
    if not any(compared):
        return heads
    own = next((m for t in texts if "so" in t.lower()
                for m in _OWN_MONTH.finditer(t[:t.lower().find("so")])), None)
    if own is None and title is not None:
        own = _OWN_MONTH.search(title)
    if own is None or not 1 <= (month := int(own.group(1))) <= 12:
        return heads
    year = int(own.group(2))
    start = dt.date(year, month, 1)
    period = (start, dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
    out = []
    for text, head, base in zip(texts, heads, compared, strict=True):
        if base is not None and head.role in ("value", "skip"):
            metric = "yoy_pct" if (int(base.group(1)), int(base.group(2))) == (month, year - 1) else "change_pct"
            head = Column("value", metric, year=year, ratio=not re.search(r"tăng|giảm", text, re.IGNORECASE),
                          period=period)
        out.append(head)
    return out


# "Cùng kỳ năm 2024 (%)", "Cùng kỳ năm trước (%)": the same period a year before, its per cent only its unit
_SAME_PERIOD_IN_PER_CENT = re.compile(r"\s*cùng\s+kỳ\s+năm\s+(?:trước|" + YEAR + r")\s*\(\s*%\s*\)\s*", re.IGNORECASE)
# "Tỷ lệ giải ngân (%)", "Tỷ lệ (%)": a rate's column
_A_RATES_HEAD = re.compile(r"\s*t[ỷỉ]\s+lệ\b", re.IGNORECASE)


def _the_same_rate_a_year_before(texts: list[str], heads: list[Column]) -> list[Column]:
    """"Tỷ lệ giải ngân (%) | Cùng kỳ năm 2024 (%)": beside a column of a share of the plan, a column of the same
    period a year before in per cent is that share a year earlier (as "đạt 57,1% kế hoạch, cùng kỳ đạt 52,3%" says
    it), of the same months of that year; no growth."""
    rates = [h for t, h in zip(texts, heads, strict=True)
             if h.role == "value" and h.metric == "plan_pct" and h.period is not None and _A_RATES_HEAD.match(t)]
    if len(rates) != 1 or not any(h.metric == "yoy_pct" for h in heads):
        return heads
    start, end = rates[0].period
    as_of = rates[0].as_of
    out = []
    for text, head in zip(texts, heads, strict=True):
        if head.metric == "yoy_pct" and "ùng" in text and _SAME_PERIOD_IN_PER_CENT.fullmatch(text):
            head = replace(rates[0], period=(start.replace(year=start.year - 1), _a_year_before(end)),
                           as_of=_a_year_before(as_of) if as_of is not None else None,
                           year=rates[0].year - 1 if rates[0].year else None)
        out.append(head)
    return out


def _a_year_before(day: dt.date) -> dt.date:
    """The same day a year earlier (29 February: the 28th)."""
    return day.replace(year=day.year - 1, day=min(day.day, 28) if day.month == 2 else day.day)


def _the_months_so_far(levels: set[tuple[tuple[dt.date, dt.date] | None, dt.date | None]],
                       ) -> tuple[tuple[dt.date, dt.date], dt.date | None] | None:
    """Of the periods of a table's columns of what was done, the one from the year's start that holds every other
    (with its as-of day), or None."""
    dated = [(period, as_of) for period, as_of in levels if period is not None]
    if len(dated) < len(levels):
        return None
    period, as_of = max(dated, key=lambda level: level[0][1] - level[0][0])
    if (period[0].month, period[0].day) != (1, 1) or not all(
            period[0] <= other[0] and other[1] <= period[1] for other, _ in dated):
        return None
    return period, as_of


# "Ước TH cả năm", "Ước thực hiện năm", "Dự ước toàn năm": a column of the whole year, whose year the header names
_THE_WHOLE_YEAR = re.compile(r"\b(?:cả|toàn)\s+năm\b|^\s*(?:(?:dự\s+)?ước\s+)?(?:thực\s+hiện|TH|ƯTH)?\s*năm\s*$",
                             re.IGNORECASE)
# "Cả năm", "Toàn năm 2026": a column of a whole year, perhaps of the year named
_A_WHOLE_YEAR_HEAD = re.compile(r"\s*(?:cả|toàn)\s+năm(?:\s+(" + YEAR + r"))?\s*", re.IGNORECASE)
# a day and month with no year after "đến" ("đến 31/10", "đến ngày 30/9 (tỷ đồng)")
_DAY_WITHOUT_YEAR = re.compile(r"\bđến\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}/\d{1,2}(?![/\d])", re.IGNORECASE)


def with_the_headers_year(texts: list[str], heads: list[Column], report_year: int | None = None) -> list[Column]:
    """"KH 2026 | Ước 8 tháng | % KH": a column naming months without their year is of the one year the
    header's other cells name (read alone, its cells would take the report's period: a monthly report's
    month for the months so far), or, when they name none, of ``report_year`` ("Thực hiện tháng 7 | Lũy kế
    7 tháng" in a report on July 2025)."""
    years = {h.year for h in heads if h.year} or ({report_year} if report_year else set())
    if len(years) != 1 or not any(h.role == "value" and h.year is None for h in heads):
        return [Column("skip") if h.undated else h for h in heads]
    year = years.pop()
    out = []
    for text, head in zip(texts, heads, strict=True):
        if head.role == "value" and head.year is None and head.metric == "level" and (not head.name or head.undated):
            # ("Giá ngày 10/3 (đồng/kg)" of a price bulletin of 2026: that day of that year, the quantity it names)
            # ("Giải ngân đến 31/10" beside "Kế hoạch vốn năm 2026": the cut-off day of that year)
            day = _DAY_WITHOUT_YEAR.search(text) if "đến" in text else None
            dated = classify_header(f"{text[:day.end()]}/{year}{text[day.end():]}" if day is not None
                                    else _unit_kept_last(text.strip(), f"năm {year}"))
            if dated.period is not None and dated.metric == head.metric:
                head = dated
            elif "năm" in text and _THE_WHOLE_YEAR.search(text):
                # ("Kế hoạch năm 2025 | Thực hiện 6 tháng | Ước TH cả năm": the whole of that year, estimated)
                head = replace(head, year=year, period=_whole_year(year), undated=False)
        elif (head.role == "value" and head.year is None and head.metric in ("yoy_pct", "change_pct") and not head.name
              and (named := _A_PERIOD_WITHOUT_YEAR.search(text)) is not None):
            # ("Cộng dồn 10 tháng so với cùng kỳ năm trước (%)" beside "Ước tính tháng 10 năm 2024": the growth of the
            # ten months of that year, not of the report's month)
            dated = classify_header(f"{text[:named.end()].rstrip()} năm {year} {text[named.end():].lstrip()}")
            if dated.period is not None and dated.metric == head.metric:
                head = dated
        out.append(Column("skip") if head.undated else head)
    return out


# "Thực hiện tháng trước | Ước tính tháng báo cáo | Cộng dồn từ đầu năm | Tháng báo cáo so với cùng kỳ (%)": a
# statistics office's heads naming their time against the report's own (the month reported on, the one before it, the
# months of the year so far), said before any comparison the head makes
# (a weekly bulletin's "Tuần trước | Trong tuần | Tuần này": the week before the one reported on, and that week)
_RELATIVE_HEAD = re.compile(r"\b(?:(?P<before>(?:tháng|quý|kỳ|tuần)\s+trước)|"
                            r"(?P<this>(?:tháng|quý|kỳ|tuần)\s+(?:báo\s+cáo|này))|"
                            r"trong\s+(?P<within>tháng|quý|kỳ|tuần)|(?P<so_far>từ\s+đầu\s+năm))\b", re.IGNORECASE)
# "Trong tháng", "Ước trong quý", "Thực hiện trong kỳ", "Quý này", "Kỳ báo cáo": the report's own month, quarter or
# period
_WITHIN_THE_PERIOD = re.compile(r"\s*(?:(?:ước\s+(?:tính\s+)?)?(?:thực\s+hiện\s+|TH\s+)?)?"
                                r"(?:trong\s+(?:tháng|quý|kỳ|tuần)(?:\s+(?:này|báo\s+cáo))?|"
                                r"(?:tháng|quý|kỳ|tuần)\s+(?:này|báo\s+cáo))\s*", re.IGNORECASE)
# "Giá tháng trước", "Giá bình quân tháng này", "Giá kỳ báo cáo (đồng/kg)": a price in a time the report's names
_A_PRICE_OF_THE_REPORTS_TIME = re.compile(r"\s*giá(?:\s+[^\W\d_]+){0,3}?\s+(?:tháng|quý|kỳ|tuần)\s+"
                                          r"(?:trước|này|báo\s+cáo)\s*(?:\([^()\d]{1,20}\))?\s*", re.IGNORECASE)
# ("Cộng dồn", "Lũy kế thực hiện", "Ước lũy kế": the months so far, when the head says no more; "Lũy kế vốn đã bố trí"
# or "Lũy kế giải ngân từ khởi công" count from elsewhere)
_SO_FAR_ALONE = re.compile(r"\s*(?:(?:ước\s+)?(?:thực\s+hiện|TH)\s+)?(?:ước\s+(?:tính\s+)?)?"
                           r"(?:cộng\s+dồn|l(?:ũy|uỹ)\s+kế)(?:\s+(?:thực\s+hiện|TH))?"
                           # ("Lũy kế đến cuối kỳ", "Cộng dồn đến nay": up to the report's end)
                           r"(?:\s+(?:đến|tới)\s+(?:nay|(?:cuối|hết)\s+kỳ(?:\s+báo\s+cáo)?|kỳ\s+báo\s+cáo|"
                           r"thời\s+điểm\s+báo\s+cáo))?\s*", re.IGNORECASE)
# "So sánh (%)" read before the sub-head it spans in a header of two rows ("So sánh (%) Tháng báo cáo so với cùng kỳ")
_SPANNING_COMPARISON = re.compile(r"so\s+sánh\s*(?:\(\s*%\s*\))?\s+(?=\w)", re.IGNORECASE)
# ("So tháng trước (%)", "So cùng kỳ": a "so" written without its "với" opens the comparison too, the time after it
# the base's, not the column's own)
_COMPARISON_OPENS = re.compile(r"\bso\b|\(", re.IGNORECASE)
_REPORT_PERIOD_KINDS = frozenset({"month", "quarter", "cumulative", "half"})
_TITLE_REACH = 1500  # the report's title stands in its first lines


def _the_reports_period(clean: str, header_start: int, report_year: int | None) -> tuple[str, dt.date, dt.date] | None:
    """The period the title of a report names (its first month, quarter or months so far of ``report_year``, or of the
    year it names when no year is given, in the lines before a table's header), with its kind, or None."""
    for phrase in find_period_phrases(clean[:min(header_start, _TITLE_REACH)]):
        # ("Thông báo dịch bệnh tuần 30 năm 2026": a weekly bulletin's week, its span of days)
        kind = "week" if phrase.kind == "day" and phrase.text[:4].lower() == "tuần" else phrase.kind
        if (kind in _REPORT_PERIOD_KINDS or kind == "week") and phrase.period is not None:
            if phrase.explicit_year and phrase.period.end.year == (report_year or phrase.period.end.year):
                return kind, phrase.period.start, phrase.period.end
            return None
    return None


# the letter a relative head's time is known by ("tháng trước" → "before t", "trong tuần" → "this w")
_TIMES_LETTERS = {"tháng": "t", "quý": "q", "kỳ": "k", "tuần": "w"}


def _times_letter(words: str) -> str:
    return _TIMES_LETTERS[words.split()[0].lower()]


def _relative_time(text: str) -> str | None:
    """The time a head names against the report's ("before", "this", "so_far"), read before its comparison, or None.
    ("So sánh (%)" spanning "Kỳ báo cáo so với cùng kỳ" and "Cộng dồn so với cùng kỳ": each sub-head names its own.)"""
    if text[:3].lower() in ("so ", "so\t") and (spanning := _SPANNING_COMPARISON.match(text)) is not None:
        text = text[spanning.end():]
    opens = _COMPARISON_OPENS.search(text)
    own = text[:opens.start()] if opens is not None else text
    if not own.strip():
        # ("So tháng trước (%)", "So với quý trước": a change on the month or quarter before, of the one reported on)
        base = _RELATIVE_HEAD.search(text)
        return (
            f"this {_times_letter(base.group('before'))}" if base is not None and base.lastgroup == "before" else None
        )
    if (m := _RELATIVE_HEAD.search(own)) is not None:
        if m.lastgroup == "within":
            return f"this {_times_letter(m.group('within'))}"
        return m.lastgroup if m.lastgroup == "so_far" else f"{m.lastgroup} {_times_letter(m.group(m.lastgroup))}"
    return "so_far" if ("dồn" in own or "kế" in own) and _SO_FAR_ALONE.fullmatch(own) else None


def names_a_relative_time(texts: list[str]) -> bool:
    """Might a header's heads name their time against the report's ("tháng trước", "Cộng dồn")? (a cheap test)"""
    return any("trước" in t or "báo cáo" in t or "này" in t or "đầu năm" in t or "dồn" in t or "kế" in t
               or "rong" in t for t in texts)


def with_the_reports_time(texts: list[str], heads: list[Column], clean: str, header_start: int,
                          report_year: int | None) -> list[Column]:
    """"Thực hiện tháng trước | Ước tính tháng báo cáo | Cộng dồn từ đầu năm | Cộng dồn so với cùng kỳ (%)" in a report
    on October 2025: the columns of the month before (September), of the month reported on (October) and of the months
    so far (January to October), the report's time read from its title; a head naming its own time keeps it."""
    if not names_a_relative_time(texts) and not any(h.year_before for h in heads):
        return heads
    heads = _the_year_so_far_to_its_latest_part(texts, heads)
    times = [_relative_time(t) if h.role == "value" and h.period is None and h.metric != "target" and not h.name
             and not h.locality and h.as_of is None else None for t, h in zip(texts, heads, strict=True)]
    if not any(times) and not any(h.year_before for h in heads):
        return heads
    if (reported := _the_reports_period(clean, header_start, report_year)) is None:
        # ("Năm 2026 | Cùng kỳ | So sánh (%)" under a title naming no time: the column beside it dates the same period)
        return _the_same_period_a_year_before(heads, None)
    kind, start, end = reported
    # (a report on a span of days, "Thiệt hại do mưa lũ từ ngày 26/10 đến 28/10/2026": its "Lũy kế" adds up those
    # days, not the year so far; a week's report, "Tuần 43 (từ 20/10 đến 26/10)", counts its "Lũy kế" from January)
    days = (kind == "cumulative" and start.replace(month=1, day=1) != start and (end - start).days <= _A_SPAN_OF_DAYS
            and "tuần" not in clean[:min(header_start, _TITLE_REACH)].lower())
    periods = {"so_far": (start, end) if days else (dt.date(end.year, 1, 1), end)}
    # ("tháng báo cáo", "tháng trước" in a report on 9 months: its last month and the one before; "quý báo cáo" in one
    # on 6 months: its last quarter; "kỳ báo cáo", "kỳ trước" beside a column of the months so far: the last month)
    month = (end.replace(day=1), end)
    quarter = (dt.date(end.year, end.month - 2, 1), end) if end.month % 3 == 0 else None
    by_the_month = kind not in ("month", "quarter", "week") and ("so_far" in times or any(
        h.role == "value" and h.period == periods["so_far"] for h in heads))
    periods["this t"] = month
    periods["before t"] = _the_one_before(month, 1)
    if (end - start).days == 6:
        # (a week's bulletin: "Trong tuần | Tuần trước" the week reported on and the one before it)
        week = dt.timedelta(days=7)
        periods["this w"], periods["before w"] = (start, end), (start - week, end - week)
    if kind == "quarter" or quarter is not None:
        periods["this q"] = quarter if kind != "quarter" else (start, end)
        periods["before q"] = _the_one_before(periods["this q"], 3)
    if kind == "month" or by_the_month:
        periods["this k"], periods["before k"] = month, periods["before t"]
    elif kind == "quarter":
        periods["this k"], periods["before k"] = periods["this q"], periods["before q"]
    else:
        periods["this k"] = (start, end)
    out = []
    for head, time in zip(heads, times, strict=True):
        if time is not None and (period := periods.get(time)) is not None:
            head = replace(head, period=period, year=period[1].year)
        out.append(head)
    return _the_same_period_a_year_before(out, (start, end))


# the year a so-far head names after its words ("Cộng dồn 2026", "Lũy kế năm 2026"), which it adds up to its last part
_A_SO_FAR_HEADS_YEAR = re.compile(r"\s+(?:năm\s+)?(" + YEAR + r")\s*$", re.IGNORECASE)


def _a_part_of_a_year(period: tuple[dt.date, dt.date] | None) -> bool:
    """Is ``period`` a week, month or quarter of one year, less than the whole of it?"""
    return period is not None and period[0].year == period[1].year and period != _whole_year(period[0].year)


def _the_year_so_far_to_its_latest_part(texts: list[str], heads: list[Column]) -> list[Column]:
    """A column of the year so far, its head naming no more than the year ("Tuần 12 | Tuần 11 | Cộng dồn 2026", "Tháng
    5/2026 | Lũy kế 2026"), beside columns of parts of that year (weeks, months, quarters) runs from January to the end
    of the latest of them (a bulletin counts up to the week it reports), not over the whole year; with no such column
    beside it, ``heads`` as they are."""
    parts = [h.period for h in heads if _own_level(h) and h.as_of is None and _a_part_of_a_year(h.period)]
    if not parts or len({start.year for start, _ in parts}) > 1:
        return heads
    latest = max(end for _, end in parts)
    out = []
    for text, head in zip(texts, heads, strict=True):
        if _own_level(head) and head.period is None and head.as_of is None and ("dồn" in text or "kế" in text):
            year = _A_SO_FAR_HEADS_YEAR.search(text)
            words = text[: year.start()] if year is not None else text
            if (year is None or int(year.group(1)) == latest.year) and _relative_time(words) == "so_far":
                head = replace(head, year=latest.year, period=(dt.date(latest.year, 1, 1), latest), undated=False)
        out.append(head)
    return out


# the time a count's head ends on ("Mắc trong tháng", "Tử vong cộng dồn", "Số ca mắc trong tuần", "Mắc cùng kỳ năm
# 2025"): the report's own period, the year so far, the same period a year before; or one it numbers ("Số mắc tuần
# 18", "Số vụ tháng 10/2026")
_A_COUNTS_TIME = re.compile(
    r"\s+(?P<time>(?:(?:tuần|tháng)\s+\d{1,2}(?=\s*(?:/\s*(?:19|20)\d\d|\s+năm\s+(?:19|20)\d\d)?\s*$)|"
    r"trong\s+(?:tuần|tháng|quý|kỳ)|(?:tuần|tháng|quý|kỳ)\s+(?:này|báo\s+cáo)|"
    r"(?:cộng\s+dồn|l(?:ũy|uỹ)\s+kế)(?:\s+từ\s+đầu\s+năm)?|cùng\s+kỳ)"
    r"(?:\s+(?:năm\s+)?(?:trước|" + YEAR + r"))?)\s*$",
    re.IGNORECASE,
)


def _counts_of_a_time(texts: list[str], heads: list[Column]) -> tuple[list[str], list[Column], dict[int, Column]]:
    """A head that names a count (``_counts_named``) then a time against the report's is that count in that time
    ("Tên bệnh | Mắc trong tháng | Tử vong cộng dồn | Mắc cùng kỳ năm 2025"). Returned: the heads with their times
    alone, as written and as read, for ``with_the_reports_time`` to date them, and by column the count each names,
    which ``_as_counted`` puts back on them."""
    timed_texts, timed_heads, counts = list(texts), list(heads), {}
    for k, text in enumerate(texts):
        if (time := _A_COUNTS_TIME.search(text)) is None or not text[: time.start()].strip():
            continue
        count = _counts_named([text[: time.start()]], [Column("skip")])[0]
        alone = classify_header(time.group("time"))
        if count.role == "value" and count.name and (alone.metric == "level" or alone.year_before):
            timed_texts[k], timed_heads[k] = time.group("time"), alone
            counts[k] = replace(count, name=" ".join(text.split()))
    return timed_texts, timed_heads, counts


def _as_counted(heads: list[Column], counts: dict[int, Column]) -> list[Column]:
    """The columns ``_counts_of_a_time`` read by their times alone, named as the counts they are, once dated; a growth
    naming no time right after one of them is of that one's time ("Số mắc cộng dồn | So với cùng kỳ (%)": the months
    so far's, not the report's)."""
    out = [
        replace(h, name=counts[k].name, unit=counts[k].unit, unit_text=counts[k].unit_text)
        if k in counts and h.role == "value"
        else h
        for k, h in enumerate(heads)
    ]
    return [
        replace(h, period=heads[k - 1].period, as_of=heads[k - 1].as_of)
        if k - 1 in counts
        and h.metric == "yoy_pct"
        and h.period is None
        and h.year is None
        and not h.name
        and heads[k - 1].period is not None
        and not heads[k - 1].year_before
        else h
        for k, h in enumerate(out)
    ]


def _stocks_in_the_reports_period(
    heads: list[Column], clean: str, header_start: int, report_year: int | None
) -> list[Column]:
    """A stock standing on a day (``_a_stocks_day``: "Tổng dư nợ | 30/11/2025" in a report on November 2025) is of
    the report's period when the day falls in it, as "đến 30/11/2025" in its sentences is, with that day its as_of; a
    day outside it (the year before's "31/12/2024") is of that day's year."""
    if not any(h.role == "value" and h.as_of is not None and h.period is None for h in heads):
        return heads
    reported = _the_reports_period(clean, header_start, report_year)
    out = []
    for head in heads:
        if head.role == "value" and head.as_of is not None and head.period is None:
            day = head.as_of
            period = (
                (reported[1], reported[2])
                if reported is not None and reported[1] <= day <= reported[2]
                else _whole_year(day.year)
            )
            head = replace(head, period=period)
        out.append(head)
    return out


def _the_one_before(period: tuple[dt.date, dt.date], months: int) -> tuple[dt.date, dt.date]:
    """The month (``months`` 1) or quarter (3) before ``period``, which is one."""
    end = period[0] - dt.timedelta(days=1)
    first = end.month - months + 1
    return dt.date(end.year, first, 1), end


def _the_same_period_a_year_before(heads: list[Column], reported: tuple[dt.date, dt.date] | None) -> list[Column]:
    """"Thực hiện cùng kỳ năm trước | Thực hiện kỳ báo cáo | So sánh (%)": the same period a year before the column of
    what was done that follows it (the report's own period when that column names none) is dated a year earlier (Q2
    2025 in a report on Q2 2026); with no such column after it, nor one alone in the header, nor a time for it (no
    ``reported`` period), it stays undated."""
    out = list(heads)
    for k, head in enumerate(heads):
        if not (head.year_before and head.role == "skip"):
            continue
        if k > 0 and _own_level(heads[k - 1]) and heads[k - 1].period is not None:
            # ("Tháng 9/2025 | Cùng kỳ năm trước | Lũy kế 9 tháng | Cùng kỳ năm trước": each the same time a year
            # before the column of its own time right before it)
            this = heads[k - 1]
        else:
            this = next((h for h in heads[k + 1:] if _own_level(h)), None)
        if this is None and len(levels := [h for h in heads if _own_level(h)]) == 1:
            this = levels[0]
        if this is not None and (own := this.period or (
                _whole_year(this.year) if this.year and reported is None else None) or reported) is not None:
            start, end = own
            before = (_a_year_before(start), _a_year_before(end))
            out[k] = Column("value", "level", year=before[1].year, period=before, year_before=True)
    return out


def _with_the_estimates_year(heads: list[Column], report_year: int | None, issued: dt.date | None) -> list[Column]:
    """A header naming no year with an estimate ("Dự toán | Ước thực hiện | So sánh") in a text dated in a year
    before ``report_year`` (a commune's 2026 budget resolution of December 2025): its columns are of the year the
    text is written in (what is estimated done is of that year, its plan the one the estimate is compared with),
    not of the coming year the text plans; else ``heads`` as they are."""
    if (report_year is None or issued is None or issued.year >= report_year or any(h.year for h in heads)
            or not any(h.estimate for h in heads)):
        return heads
    year = issued.year
    estimate = next(i for i, h in enumerate(heads) if h.estimate)
    # ("Ước thực hiện | Dự toán | So sánh": a plan after the estimate is the coming year's, the one the text adopts;
    # its comparison with the estimate no share of a plan, ``_no_share_of_a_later_plan``)
    return [replace(h, year=report_year, period=_whole_year(report_year))
            if h.role == "value" and h.metric == "target" and i > estimate and not h.undated else
            replace(h, year=year, period=_whole_year(year))
            if h.role == "value" and h.metric in ("level", "target", "plan_pct") and not h.undated else h
            for i, h in enumerate(heads)]


# a head naming the plan a share is of ("% KH", "So với kế hoạch (%)", "% DT HĐND giao", "Đạt % KH năm")
_NAMES_THE_PLAN = re.compile(r"kế\s+hoạch|dự\s+toán|nghị\s+quyết|\b(?:KH|DT|NQ)\b", re.IGNORECASE)


def _beside_a_share_of_the_plan(texts: list[str], heads: list[Column]) -> list[Column]:
    """"Kế hoạch năm | Thực hiện quý I | % KH | So sánh (%)": beside a column naming the plan its shares are of, a bare
    "So sánh (%)" compares with the other base a statistics table keeps, the same period a year before (97,2: a fall
    of 2,8 %), no second share of the plan."""
    bare = [i for i, (t, h) in enumerate(zip(texts, heads, strict=True))
            if h.metric == "plan_pct" and h.basis is None and "so" in t.lower() and _COMPARISON_HEAD.match(t)]
    if not bare or not any(h.metric == "plan_pct" and i not in bare and _NAMES_THE_PLAN.search(texts[i])
                           for i, h in enumerate(heads)):
        return heads
    return [Column("value", "yoy_pct", ratio=True) if i in bare else h for i, h in enumerate(heads)]


def _of_the_one_plans_basis(heads: list[Column]) -> list[Column]:
    """"Dự toán HĐND tỉnh giao | Thực hiện 9 tháng | Tỷ lệ so với dự toán (%)": beside the one plan the table has, a
    share of the plan naming no one who set it is a share of that plan, set by whom it was (as "đạt 33%" after
    "1.250/3.800 tỷ đồng dự toán tỉnh giao" is in a sentence). Two plans, or plans of different setters, leave it as
    it is."""
    plans = [h for h in heads if h.role == "value" and h.metric == "target"]
    if len(plans) != 1 or plans[0].basis is None:
        return heads
    return [replace(h, basis=plans[0].basis) if h.role == "value" and h.metric == "plan_pct" and h.basis is None
            else h for h in heads]


def _compared_with_no_plan(texts: list[str], heads: list[Column]) -> list[Column]:
    """"Thực hiện tháng 10/2026 | Lũy kế 10 tháng 2026 | So sánh (%)": in a table of figures done in the times its heads
    name, with no plan nor a share of one, a bare "So sánh (%)" compares with the same period a year before (112,4: a
    rise of 12,4 %; its cells judged together, ``_judged_by_the_column``), not with a plan the table does not have. A
    plan's table ("KH năm | Ước TH quý I | So sánh (%)") keeps its share."""
    bare = [i for i, (t, h) in enumerate(zip(texts, heads, strict=True))
            if h.metric == "plan_pct" and h.basis is None and "so" in t.lower() and _COMPARISON_HEAD.match(t)]
    if not bare or any(h.metric == "target" or (h.metric == "plan_pct" and i not in bare) for i, h in enumerate(heads)
                       ) or not any(_own_level(h) and h.period is not None for h in heads):
        return heads
    return [Column("value", "yoy_pct", ratio=True) if i in bare else h for i, h in enumerate(heads)]


def _no_share_of_a_later_plan(heads: list[Column]) -> list[Column]:
    """"Ước thực hiện năm 2025 | Dự toán năm 2026 | So sánh (%)": a council's annex compares the plan it adopts for
    the coming year with what this year is estimated to come to; a comparison standing after a plan of a later year
    than any figure done, or in a header whose plans are all of later years, is no share of a plan done but the
    planned change on the year done (105,6: the plan is 5,6 % above it), of the plan's year, as "dự toán 2026 bằng
    105,6% so với ước thực hiện năm 2025" is in a sentence: a growth when the plan is of the next year, a change on
    that other base when of a later one. A plan of the year done ("Kế hoạch 2025 | Thực hiện 2025 | % KH") keeps its
    share."""
    done = [h.year for h in heads if h.role == "value" and h.metric == "level" and not h.name and not h.locality]
    plans = [h.year for h in heads if h.role == "value" and h.metric == "target"]
    if not done or not plans or None in done or None in plans or not any(
            h.metric == "plan_pct" for h in heads) or max(plans) <= max(done):
        return heads
    every = all(year > max(done) for year in plans)
    out, before = [], None
    for head in heads:
        if head.role == "value" and head.metric == "plan_pct" and (every or (
                before is not None and before.metric == "target" and (before.year or 0) > max(done))):
            planned = before.year if before is not None and before.metric == "target" and before.year else max(plans)
            metric = "yoy_pct" if planned == max(done) + 1 else "change_pct"
            head = Column("value", metric, year=planned, period=_whole_year(planned), ratio=True)
        elif head.role == "value" and head.metric in ("level", "target"):
            before = head
        out.append(head)
    return out


def _cut_off(cell: str) -> dt.date | None:
    """The day a head counts up to ("Giải ngân đến 31/10/2025", "Lũy kế đến hết tháng 9/2025"), else None."""
    for phrase in find_period_phrases(cell):
        if phrase.kind == "as_of" and phrase.as_of is not None:
            return phrase.as_of
    return None


def _column_period(cell: str) -> tuple[dt.date, dt.date] | None:
    """The period a header names with its own year (phrases without a year are left to the report)."""
    for phrase in find_period_phrases(cell):
        if phrase.kind in PART_OF_YEAR_KINDS and phrase.period is not None:
            return phrase.period.start, phrase.period.end
    return None


# "Ngày 27/10", "Ngày 27/10/2026", "27/10/2026" (as a head: one day's column of a bulletin's table; a bare "27/10" is
# no head of a day: it may be a ratio's)
_A_DAYS_HEAD = re.compile(r"\s*(?:(?i:ngày)\s+(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})"
                          r"(?:\s*(?:/\s*|\s+(?i:năm)\s+)(?P<year>" + YEAR + r"))?"
                          r"|(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>" + YEAR + r"))\s*")


# "30/11/2025", "Đến 31/12/2024", "Tính đến ngày 30/6/2025", "Số dư đến 30/9/2025": a column of what stood on a
# day, not of what one day came to (a bulletin's "Ngày 27/10" columns name the day itself, any day of the month)
_A_STOCKS_DAY_HEAD = re.compile(
    r"\s*(?P<said>(?:(?:số\s+)?dư\s+)?(?:tính\s+)?đến\s+(?:hết\s+)?(?:ngày\s+)?)?"
    r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>" + YEAR + r")\s*",
    re.IGNORECASE,
)


def _a_stocks_day(cell: str) -> dt.date | None:
    """The day a head of a stock names: after "đến" any day, a bare date only a month's last (the day a balance is
    drawn up on); else None."""
    if (m := _A_STOCKS_DAY_HEAD.fullmatch(cell)) is None:
        return None
    try:
        day = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    return day if m.group("said") or (day + dt.timedelta(days=1)).day == 1 else None


def _the_day(day: re.Match, year: int | None) -> dt.date | bool | None:
    """The day a head of a day names (None when it names no year and ``year`` is None; False when no day is such)."""
    year = int(day.group("year") or day.group("y") or 0) or year
    if year is None:
        return None
    try:
        return dt.date(year, int(day.group("month") or day.group("m")), int(day.group("day") or day.group("d")))
    except ValueError:
        return False


# "Lũy kế", "Tổng cộng", "Cộng dồn", "Tổng số" beside columns of one day each: the days added up
_THE_DAYS_TOTAL = re.compile(r"\s*(?:(?:tổng\s+)?(?:cộng|số)|tổng|l(?:ũy|uỹ)\s+kế|cộng\s+dồn)(?:\s+thiệt\s+hại)?\s*",
                             re.IGNORECASE)
_A_SPAN_OF_DAYS = 62  # (a span the title names over the days' columns: an event's days, not a year so far)


def _the_days_summed(texts: list[str], heads: list[Column], clean: str, header_start: int) -> list[Column]:
    """"Địa phương | Ngày 27/10 | Ngày 28/10 | Tổng cộng" (or "| Lũy kế") under "Thiệt hại do mưa lũ từ ngày 26/10 đến
    28/10/2026": a total beside columns of one day each adds the days up, over the span of days the title (or the
    report's title) names when it holds them all, else from the first day to the last; not the year so far a bare
    "Lũy kế" counts elsewhere."""
    days = [h.period[0] for h in heads if h.role == "value" and h.period is not None and h.period[0] == h.period[1]]
    if not days:
        return heads
    first, last = min(days), max(days)
    span = (first, last)
    # (the report's title in its first lines, and the table's own title just above it)
    for phrase in find_period_phrases(clean[:min(header_start, _TITLE_REACH)] + "\n"
                                      + clean[max(_TITLE_REACH, header_start - 300):header_start]):
        if (phrase.kind in ("cumulative", "as_of") and phrase.period is not None and phrase.period.start <= first
                and phrase.period.end >= last and (phrase.period.end - phrase.period.start).days <= _A_SPAN_OF_DAYS):
            span = (phrase.period.start, phrase.period.end)
            break
    return [replace(h, role="value", metric="level", period=span, year=span[1].year, as_of=None, undated=False)
            if (h.role == "skip" or (h.role == "value" and h.metric == "level")) and not h.name and not h.locality
            and _THE_DAYS_TOTAL.fullmatch(text) else h for text, h in zip(texts, heads, strict=True)]


# "Thiệt hại", "Các thiệt hại", "Nội dung thiệt hại" heading the first column
_DAMAGE_HEAD = re.compile(r"\s*(?:các\s+)?thiệt\s+hại\s*", re.IGNORECASE)
_ROW_NUMBER_HEAD = re.compile(r"\s*(?:stt|tt|số\s+tt)\s*", re.IGNORECASE)


def _kinds_of_damage(texts: list[str], heads: list[Column]) -> list[Column]:
    """"Thiệt hại | ĐVT | Ngày 27/10 | Lũy kế": "Thiệt hại" heading the first column (after "STT") of a header with no
    other column of names is the rows' names, each a kind of damage ("Người chết", "Nhà bị ngập"); elsewhere it stays a
    quantity ("Huyện | Người chết | Thiệt hại")."""
    first = next((k for k, t in enumerate(texts) if t.strip() and not _ROW_NUMBER_HEAD.fullmatch(t)), None)
    if (first is None or not _DAMAGE_HEAD.fullmatch(texts[first]) or any(h.role in ("label", "place") for h in heads)
            or not any(h.role == "value" for h in heads)):
        return heads
    return [Column("label") if k == first else h for k, h in enumerate(heads)]


# a head of a few words and no figure ("Thành phần", "Loại hình", "Đối tượng", "Nhóm sản phẩm"): what the column's
# cells name, when they are words
_A_HEAD_OF_WORDS = re.compile(r"\s*[^\W\d_]+(?:\s*[,/-]?\s*[^\W\d_]+){0,5}\s*")
# a row's name, its list mark or number before it ("- Lúa", "1. Công nghiệp", "a) Thủy sản"): words, no figure
_A_CELL_OF_WORDS = re.compile(r"\s*(?:[-+•*]\s*|(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)]\s+)?[^\W\d_]{2,}")


def _the_rows_names_by_their_place(texts: list[str], heads: list[Column], below: Callable[[], list[str] | None]
                                   ) -> list[Column]:
    """"Thành phần | Năm 2025 (triệu kWh) | So với năm 2024 (%)" over "Công nghiệp - Xây dựng | 2.184,6 | 109,4": in a
    header of values with no column of names, the first column (after the rows' numbers) headed by words no list
    knows, over a first row whose cell there is words too, is the rows' names, whatever its head calls them
    ("Thành phần", "Loại hình", "Đối tượng"; not a time, "Tháng", whose rows _years_as_rows reads); ``below`` gives
    the texts of the row under the header."""
    if any(h.role in ("label", "place") for h in heads) or not any(h.role == "value" for h in heads) or any(
            NUMBER.fullmatch(t.strip()) and not _ONLY_A_YEAR.fullmatch(t) for t in texts):
        return heads  # (a line holding figures, "Lúa mùa | ha | 3.150", is a row with no header, no header)
    first = next((k for k, t in enumerate(texts) if t.strip() and not _ROW_NUMBER_HEAD.fullmatch(t)), None)
    if (first is None or heads[first].role != "skip" or _SKIP_HEAD.match(texts[first])
            or not _A_HEAD_OF_WORDS.fullmatch(texts[first]) or _rows_times_kind(texts[first])
            or _COMPARING.search(texts[first])):
        return heads  # (a head that compares, "Các ngành đều tăng", says what values are, not what the rows are)
    row = below()
    if row is None or first >= len(row) or not _A_CELL_OF_WORDS.match(row[first]):
        return heads
    return [Column("label") if k == first else h for k, h in enumerate(heads)]


_A_TOTALS_HEAD = re.compile(r"\s*(?:tổng\s+(?:cộng|số)|tổng|cộng)\s*", re.IGNORECASE)


def _places_totals(texts: list[str], heads: list[Column]) -> list[Column]:
    """"Xã, phường | Tổng số | Trong đó: nhà bị sập", "Địa phương | Tổng cộng": a total's column beside a column of
    places is each place's own figure (the parts it adds up are in the row, not the column); with no column of places
    "Tổng cộng" heads no column of its own."""
    if not any(h.role == "place" for h in heads):
        return heads
    return [Column("value", "level") if h.role == "skip" and t[:1] in "TtCc" and _A_TOTALS_HEAD.fullmatch(t) else h
            for t, h in zip(texts, heads, strict=True)]


# "Năm nay", "Ước thực hiện năm nay", "Năm trước": this year, the year before (of the report)
_THIS_OR_LAST_YEAR = re.compile(r"\s*(?:(?:ước\s+(?:tính\s+)?)?(?:thực\s+hiện|TH)\s+)?năm\s+(nay|trước)\s*",
                                re.IGNORECASE)


# "Tuần 16", "Tuần 16/2027", "Giá tuần 16 năm 2027": a week's column
_A_WEEKS_HEAD = re.compile(r"\s*(?:giá\s+)?tuần\s+\d{1,2}(?:\s*(?:/\s*|\s+năm\s+)(?P<year>" + YEAR + r"))?\s*",
                           re.IGNORECASE)


# "So với năm 2024 (%)", "So với năm trước (%)", "Tăng/giảm so với 2025 (điểm)", "Thay đổi so với năm 2024": a
# comparison with a year alone, no plan and no same period named
_ON_A_YEAR_ALONE = re.compile(r"\s*(?:(?P<change>tăng\s*[,/]?\s*giảm|tăng|giảm|thay\s+đổi|chênh\s+lệch)\s+)?"
                              r"so\s+(?:sánh\s+)?với\s+(?:năm\s+)?(?:(?P<year>" + YEAR + r")|trước)\s*"
                              r"(?:\(\s*(?P<unit>[^()\d]{1,12}?)\s*\))?\s*", re.IGNORECASE)
# "Điểm PCI 2026", "Tổng điểm", "Xếp hạng" (data/words/score_and_rank_heads.csv): a column of scores or of ranks, its
# year after it
_SCORE_OR_RANK_WORDS = keyed_word_patterns("score_and_rank_heads", "measure", re.IGNORECASE)
_SCORE_OR_RANK_HEAD = re.compile(r"\s*(?P<name>" + word_source("score_and_rank_heads") + r")(?:\s+(?:năm\s+)?" + YEAR
                                 + r")?\s*(?:\(\s*điểm\s*\)\s*)?", re.IGNORECASE)


# a rate a head says is applied to what its column holds, after a word ("Số tiết kiệm 10%", "Trích 40% nguồn thu"):
# the cells are amounts in the table's unit, no per cents (a base set to a hundred, "Tháng 9/2025 = 100%", is none, nor
# a rate reached or compared, "Đạt 90%", "Tăng trên 10%")
# (data/words/rate_reached_heads.csv)
_A_RATE_APPLIED = re.compile(
    r"(?<=[^\W\d_] )"
    + "".join(f"(?<!{word} )" for word in word_list("rate_reached_heads"))
    + r"\d{1,2}(?:[.,]\d{1,2})?\s?%(?!\s*\))",
    re.IGNORECASE,
)


def _classify_header(cell: str) -> Column:
    if "%" in cell and "=" not in cell and (rate := _A_RATE_APPLIED.search(cell)) is not None:
        return _classify_header(f"{cell[: rate.start()]}{cell[rate.end() :]}".strip())
    year_match = re.search(YEAR, cell)
    year = int(year_match.group()) if year_match else None
    if _SKIP_HEAD.match(cell) or not cell.strip():
        return Column("skip")
    if _UNIT_HEAD.search(cell):
        return Column("unit")
    if _GROUP_HEAD.fullmatch(cell):
        return Column("label")  # (before the values' words: "Các chương trình mục tiêu quốc gia" names the rows)
    if "ăm" in cell and (this_or_last := _THIS_OR_LAST_YEAR.fullmatch(cell)) is not None:
        # ("Năm nay | Năm trước | So sánh (%)": this year's figure, and last year's as "Cùng kỳ năm trước" is)
        return (Column("value", "level", estimate=bool(_ESTIMATE_HEAD.search(cell)))
                if this_or_last.group(1).lower() == "nay" else Column("skip", year_before=True))
    if _YOY_HEAD.search(cell) and not _COMPARING.search(cell):
        # ("Thực hiện cùng kỳ | Ước thực hiện kỳ này | So sánh (%)": last year's figure, no growth; dated only when
        # the head names its period, "Cùng kỳ quý I/2024")
        period = _column_period(cell)
        return (Column("value", "level", year=year, period=period) if period is not None
                else Column("skip", year_before=True))
    if _YOY_HEAD.search(cell):
        if cell.rstrip().endswith(")") and _a_counts_noun_in_brackets(cell):
            # ("So với cùng kỳ (vụ)", "Tăng, giảm so với cùng kỳ (vụ, người)": the change itself, in the rows' own
            # units, not a per cent of it)
            return Column("value", "yoy_abs", year=year)
        return Column("value", "yoy_pct", year=year, ratio=not re.search(r"tăng|giảm", cell, re.IGNORECASE))
    if (other := _OTHER_BASE_HEAD.search(cell)) is not None:
        # ("Tháng 9/2026 so với tháng 12/2025", "... so với: Kỳ gốc (2019)": a change on that base, of the time named
        # before it)
        own = re.search(YEAR, cell[:other.start()])
        return Column("value", "change_pct", year=int(own.group()) if own else None,
                      ratio=not re.search(r"tăng|giảm", cell, re.IGNORECASE))
    if year and (compared := _YEARS_COMPARED.search(cell)) and not _TARGET_HEAD.search(cell) and not _PLAN_SHORT.search(
            cell):
        # "Năm 2025 so với năm 2024 (%)", "Quý I/2026 so với quý I/2025 (%)", "2025/2024 (%)": one year's figure
        # as a percentage of the year before's, a growth like "So với cùng kỳ (%)"; a month against an earlier
        # month of its own year ("Tháng 9/2026 so với tháng 8/2026") is a change on that month
        metric = "change_pct" if compared.group(1) == compared.group(2) else "yoy_pct"
        return Column("value", metric, year=int(compared.group(1)), ratio=not re.search(r"tăng|giảm", cell,
                                                                                         re.IGNORECASE))
    if (year and "/" in cell and (base := _ON_A_YEARS_ACTUAL.match(cell)) is not None
            and not _PLAN_SHORT.search(cell) and not _TARGET_HEAD.search(cell)):
        # ("So sánh (%)" over "UTH/KH | UTH/TH 2025": what the year came to as a percentage of the year before's
        # actual, a growth of the year after the one named, as "UTH 2026/TH 2025" is)
        return Column("value", "yoy_pct", year=int(base.group(1)) + 1, ratio=True)
    if (cell[:1] in "Tt" and (named := _NAMED_QUANTITY.match(cell) or _A_RATE_NAMED_BY_A_THRESHOLD.match(cell))
            and named.group("unit").strip() == "%" and _A_RATES_NAME.match(named.group("name"))
            and not _YEAR_TOKEN.search(named.group("name"))):
        # "Tỷ lệ hộ nghèo (%)", "Tỷ lệ bài thi dưới 5 điểm (%)": a rate's own column, its cells the rate itself (not a
        # share of a plan)
        return Column("value", "level", name=" ".join(named.group("name").split()), unit=("pct", 1.0, None),
                      unit_text="%")
    if cell[:1] in "Tt" and _GROWTH_ROW.match(cell) and not _PLAN_WORD.search(cell):
        # "Tốc độ tăng GRDP (%)" over provinces: a growth on the year before, not a share of a plan; a head naming
        # what grows is that column's subject ("Tốc độ tăng (%)" beside "Chỉ tiêu" is the rows')
        named = _NAMED_QUANTITY.match(cell)
        name = " ".join(named.group("name").split()) if named and named.group("unit").strip() == "%" else ""
        if name and _GROWTH_ROW.fullmatch(name) is None:
            return Column("value", "yoy_pct", year=year, name=name, unit=("pct", 1.0, None), unit_text="%")
        return Column("value", "yoy_pct", year=year)
    if "bình" in cell.lower() and _A_YEARLY_AVERAGE_GROWTH_HEAD.fullmatch(cell) and not _PLAN_WORD.search(cell):
        # ("Bình quân 2021-2025 (%/năm)", "Tăng bình quân (%/năm)" beside a term's yearly amounts: the growth each year
        # on the year before, over the term, as "tăng bình quân 10,8%/năm" in a sentence; no share of a plan)
        return Column("value", "yoy_pct", year=year)
    if cell[:1] in "TtCc" and _SHARE_HEAD.match(cell):
        # ("Tỷ trọng (%)", "Cơ cấu (%)" beside the amounts: each row's share of the whole, no share of a plan)
        return Column("value", "share_pct", year=year)
    if "thiết kế" in cell.lower() and _OF_THE_DESIGN.search(cell):
        # ("Tỷ lệ so với thiết kế (%)", "% dung tích thiết kế" beside a reservoir's water: a share of what it was built
        # to hold, no plan's)
        return Column("value", "share_pct", year=year)
    if cell.lstrip()[:1] in "Tt" and (times := _ONE_TO_MANY_HEAD.fullmatch(cell)) is not None:
        # ("Tỷ lệ chọi": how many candidates each place has, "1,24" times, no share of a plan)
        return Column("value", "level", year=year, name=" ".join(times.group(1).split()), unit=("times", 1.0, None),
                      unit_text="lần")
    if "so" in cell.lower() and (on_a_year := _ON_A_YEAR_ALONE.fullmatch(cell)) is not None:
        # ("So với năm 2024 (%)", "So với năm trước (%)": the growth on that year, of the year after it; "Tăng/giảm so
        # với 2025 (điểm)" the change itself in that unit, a score's rise)
        base = on_a_year.group("year")
        own = int(base) + 1 if base else None
        if (said := on_a_year.group("unit")) is not None and (unit := _unit_of(said)) is not None and unit[0] != "pct":
            return Column("value", "yoy_abs", year=own, unit=unit, unit_text=said.strip())
        return Column("value", "yoy_pct", year=own, ratio=on_a_year.group("change") is None)
    if (scored := _SCORE_OR_RANK_HEAD.fullmatch(cell)) is not None:
        # ("Điểm PCI 2026", "Tổng điểm": each row's score, in points; "Xếp hạng": its place in the ranking, "thứ" 3,
        # as "xếp thứ 3" is in a sentence)
        name = " ".join(scored.group("name").split())
        if next(measure for measure, words in _SCORE_OR_RANK_WORDS if words.fullmatch(name)) == "rank":
            return Column("value", "level", year=year, name=name, unit=("count", 1.0, "thứ"), unit_text="thứ")
        return Column("value", "level", year=year, name=name, unit=("point", 1.0, None), unit_text="điểm")
    if _PCT_PLAN_HEAD.search(cell):
        # ("So với dự toán TW (%)", "% DT HĐND tỉnh giao", "So sánh (%)" over "Dự toán tỉnh": a share of whose plan)
        basis = ("central" if _CENTRAL_PLAN.search(cell) else "provincial" if _PROVINCIAL_PLAN.search(cell) else None)
        return Column("value", "plan_pct", year=year, basis=basis)
    if (cell[:1] in "ƯưTtGg" and (named := _NAMED_QUANTITY.match(cell)) is not None
            and _ESTIMATED_LOSS.fullmatch(named.group("name")) and (unit := _unit_of(named.group("unit"))) is not None
            and unit[0] in ("VND", "USD")):
        # "Ước thiệt hại (triệu đồng)", "Thiệt hại ước tính (tỷ đồng)": the worth of the damage, a quantity of its own
        # over places (estimated), as "Thiệt hại (tỷ đồng)" is; not what a plan's column of estimates came to
        return Column("value", "level", estimate=True, name=" ".join(named.group("name").split()), unit=unit,
                      unit_text=named.group("unit").strip())
    if _LEVEL_HEAD.search(cell):
        return Column("value", "level", estimate=bool(_ESTIMATE_HEAD.search(cell)), year=year)
    if (assigned := _ASSIGNED_HEAD.search(cell)) is not None:
        central = re.match(r"trung\s+ương|TW", assigned.group(), re.IGNORECASE) is not None
        return Column("value", "target", year=year, basis="central" if central else "provincial")
    if _TARGET_HEAD.search(cell) or _A_PLAN_SHORT_ALONE.fullmatch(cell):
        return Column("value", "target", year=year)
    if _ONLY_A_YEAR.fullmatch(cell) or _ONLY_A_PERIOD.fullmatch(cell):
        # "Năm 2025", "2025": what that year came to ("Quý I/2025", "9 tháng năm 2025": that part of it)
        return Column("value", "level", year=year)
    if cell[:1] in "CcTt" and (whole := _A_WHOLE_YEAR_HEAD.fullmatch(cell)) is not None:
        # ("Quý I | ... | Quý IV | Cả năm", "Cả năm 2026": the whole of that year, or of the year the header or the
        # report names)
        return Column("value", "level", year=year, period=_whole_year(year)) if (
            whole.group(1)) else Column("value", "level", undated=True)
    if cell.lstrip()[:3] in ("Giá", "giá", "GIÁ") and _A_PRICE_OF_THE_REPORTS_TIME.fullmatch(cell):
        # ("Giá bình quân tháng trước | Giá bình quân tháng này": the rows' goods' prices in the month before the
        # report's and in its own, which with_the_reports_time dates from the title)
        return Column("value", "level")
    if ("rong" in cell or "này" in cell or "báo" in cell) and _WITHIN_THE_PERIOD.fullmatch(cell):
        # ("Trong tháng | Lũy kế từ đầu năm": what the report's own month, quarter or period came to, as "Tháng báo
        # cáo" is; with_the_reports_time dates it from the title)
        return Column("value", "level", estimate=bool(_ESTIMATE_HEAD.search(cell)))
    if "/" in cell and (stock_day := _a_stocks_day(cell)) is not None:
        # ("Chỉ tiêu | Đơn vị | 30/11/2025 | So với đầu năm (%)", "Đến 30/11/2025": the stock standing on that day, as
        # "đến 30/11/2025" in a sentence is; the report's period, or the day's own year when it falls outside it)
        return Column("value", "level", year=stock_day.year, as_of=stock_day)
    if "/" in cell and (day := _A_DAYS_HEAD.fullmatch(cell)) is not None and (
            one_day := _the_day(day, year)) is not False:
        # ("Thiệt hại | Ngày 27/10 | Ngày 28/10 | Lũy kế": what that one day came to, of the year the header or the
        # report names when the head names none; a total beside the days is theirs, _the_days_summed)
        return (Column("value", "level", year=year, period=(one_day, one_day)) if one_day is not None
                else Column("value", "level", undated=True))
    if "uần" in cell and (week := _A_WEEKS_HEAD.fullmatch(cell)) is not None:
        # ("Mặt hàng | Tuần 15 | Tuần 16 | Tăng/giảm": what each week came to, a price bulletin's; of the year the head,
        # the header or the report names: with_the_headers_year)
        period = _column_period(cell) if week.group("year") else None
        return (Column("value", "level", year=year, period=period) if period is not None
                else Column("value", "level", undated=True))
    if _A_PERIOD_WITHOUT_YEAR.fullmatch(cell):
        # ("Chỉ tiêu | Quý I | Quý II | Quý III": the quarters of the year the header or the report names; a column no
        # year dates is none: with_the_headers_year)
        return Column("value", "level", undated=True)
    if _WHOLE_AREA_HEAD.fullmatch(cell):
        return Column("value", "level")  # ("Chỉ tiêu | Huyện A | Huyện B | Toàn tỉnh": the area's own figures)
    if cell.lstrip()[:2] in ("Vụ", "vụ", "VỤ") and (season := _A_SEASON_HEAD.fullmatch(cell)) is not None:
        # ("Vụ Đông Xuân 2025-2026", "Vụ Mùa 2025": the season of the year it is reaped in, the later of two)
        reaped = int(season.group("reaped") or season.group("sown")) if season.group("sown") else None
        return Column("value", "level", year=reaped,
                      season="vụ " + " ".join(season.group(1).split()[1:]))
    if (_PLACE_HEAD.match(cell) or cell[:1].isupper()) and (place := _a_place(_without_its_unit(cell))) is not None:
        # ("Khu vực Gia Lai cũ (tỷ đồng)": the place's column in that unit, which _with_a_unit_in_brackets reads)
        return Column("value", "level", place=place[0], locality=place[1])
    if _PLACE_HEAD.match(cell):
        return Column("place")
    if _LABEL_HEAD.search(cell):
        return Column("label")
    named = _NAMED_QUANTITY.match(cell)
    if named and (unit := _unit_of(named.group("unit"))) is not None:
        name, unit_text = " ".join(named.group("name").split()), named.group("unit").strip()
        if unit[2] in _GENERIC_CLASSIFIERS and (noun := _unit_of(name.split()[0])) is not None and noun[0] != "count":
            # ("Nhà bị hư hỏng (cái)": the houses are what is counted, "320 nhà bị hư hỏng", as a row's "cái" is)
            unit, unit_text = noun, name.split()[0].lower()
        elif unit[0] == "point" and name[:1] in "ĐđSsVv" and _SPOTS_HIT_NAMED.match(name):
            unit = ("count", 1.0, "điểm")  # ("Điểm sạt lở (điểm)": the spots hit, counted as "12 điểm sạt lở" is)
        return Column("value", "level", name=name, unit=unit, unit_text=unit_text)
    if (unit := _a_unit_alone(cell)) is not None:
        # ("Chỉ tiêu | Tỷ đồng | So với cùng kỳ (%)": the amount's column headed by its unit alone)
        return Column("value", "level", unit=unit, unit_text=cell.strip())
    if "sao" in cell.lower() and (star := _A_STAR_CLASS_HEAD.fullmatch(cell)) is not None:
        # ("Đơn vị | Tổng số | Sản phẩm 3 sao | Sản phẩm 4 sao": the count of the rows' things rated that class, a
        # quantity of its own, as "18 sản phẩm OCOP 4 sao" is; the number is the class, no figure)
        noun = star.group("noun")
        reading = read_unit(" " + noun.lower()) if noun else None
        unit = (reading.unit, reading.multiplier, reading.label) if reading is not None else ("count", 1.0, None)
        return Column("value", "level", name=" ".join(cell.split()), unit=unit,
                      unit_text=noun.lower() if reading is not None else "")
    return Column("skip")


# "Sản phẩm 3 sao", "Sản phẩm OCOP 4 sao", "Đạt 5 sao", "3 sao": a head naming a star class of products (or hotels),
# not "từ 3 sao trở lên" (a floor, no class)
_A_STAR_CLASS_HEAD = re.compile(r"\s*(?:(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)\s+)?(?:(?:đạt|hạng)\s+)?[1-5]\s+sao"
                                r"\s*", re.IGNORECASE)


# "Vụ Đông Xuân", "Vụ Mùa": a crop season (data/words/crop_seasons.csv) heading a column, named without its year (a
# season of another year may stand beside it: "Vụ Mùa 2025 | Vụ Mùa 2026 | So sánh"; "Vụ Đông Xuân 2025-2026" sown in
# one year and reaped in the next)
_A_SEASON_HEAD = re.compile(r"\s*((?i:vụ)\s+(?i:" + word_source("crop_seasons") + r"))(?:\s+(?i:năm\s+)?(?P<sown>"
                            + YEAR + r")(?:\s*[-–/]\s*(?P<reaped>" + YEAR + r"))?)?\s*")


def _without_its_unit(cell: str) -> str:
    """A head without the measure closing it in brackets ("Huyện Bảo Lâm (ha)" → "Huyện Bảo Lâm"; "(cũ)" stays)."""
    if not cell.rstrip().endswith(")") or (m := _UNIT_IN_BRACKETS.search(cell)) is None:
        return cell
    unit = _unit_of(m.group("unit"))
    return cell[:m.start()] if unit is not None and unit[0] != "count" else cell


def _label_and_its_unit(label: str) -> tuple[str, tuple[str, float, str | None] | None]:
    """"Diện tích lúa (ha)", "Doanh thu bán lẻ (tỷ đồng)": a row's subject closing on its unit in brackets, in a
    table with no unit column; the subject without it, and the unit (None, the label as it is, when the brackets
    hold no measure: "Vốn đầu tư (giá hiện hành)")."""
    if not label.endswith(")") or (m := _UNIT_IN_BRACKETS.search(label)) is None:
        return label, None
    unit = _unit_of(m.group("unit"))
    subject = label[:m.start()].rstrip()
    # (a count is a unit only with its scale, "Sản lượng trứng (triệu quả)" under "Đơn vị tính: Nghìn tấn": the row's
    # own unit; "(giá hiện hành)" reads as a count of nothing) or when the subject counts the thing the brackets name,
    # "Số thủ tục được cắt giảm (thủ tục)", "Xã đạt chuẩn nông thôn mới (xã)": that thing, as "47 thủ tục" says it
    if unit is None or not subject or (unit[0] == "count" and unit[1] == 1 and not _counts_its_own(subject, unit)):
        return label, None
    return subject, unit


def _counts_its_own(subject: str, unit: tuple[str, float, str | None]) -> bool:
    """Does a row's subject name the thing a count's unit counts ("Số thủ tục được cắt giảm" of "thủ tục")?"""
    return bool(unit[2]) and re.search(rf"(?<!\w){re.escape(unit[2])}(?!\w)", subject, re.IGNORECASE) is not None


# "Số vụ tai nạn", "Tổng số người chết", "Số lượt khách": a count that names its noun
_A_COUNT_OF = re.compile(r"\s*(?:tổng\s+)?số\s+(?!lượng\b|liệu\b|tiền\b)(?=\w)", re.IGNORECASE)
# "Tổng lượt khách", "Tổng khách du lịch": "tổng" alone before the noun a column counts, as "Tổng số" is
_A_TOTAL_OF = re.compile(r"\s*tổng\s+(?!số\b|cộng\b)(?=\w)", re.IGNORECASE)


def _what_a_label_counts(label: str) -> tuple[str, float, str | None] | None:
    """The unit of a row that says what it counts ("Số người chết" → person, "Số vụ cháy" → case), in a table that
    names no unit for it, or None ("Tổng lượt khách" → visit, "tổng" alone before the noun as "Tổng số" is)."""
    if label[:1] not in "STst" or (m := _A_COUNT_OF.match(label) or _A_TOTAL_OF.match(label)) is None:
        return None
    reading = read_unit(" " + label[m.end():])
    return None if reading is None or reading.unit == "count" else (reading.unit, reading.multiplier, reading.label)


# "ĐVT: người, tỷ đồng", "Đơn vị tính: hộ; triệu đồng" over a table: a unit line naming the units of its rows, each row
# in the one its name calls for
_UNITS_LISTED_LINE = re.compile(rf"(?:^\W*|\()\s*{UNIT_SAID}\s*(?P<units>[^()\t\n:]{{3,60}}?)\W*$", re.IGNORECASE)
_UNITS_LIST_MARK = re.compile(r"\s*[,;]\s*")
# what a row names that is money ("Tổng số thu", "Chi trả trợ cấp", "Dư nợ cho vay"; data/words/money_row_subjects.csv),
# "thu" not of a harvest nor of investment drawn in (data/words/thu_words_not_revenue.csv)
_NOT_A_COLLECTION = r"(?!\s+(?:" + word_source("thu_words_not_revenue") + r")(?!\w))"
_MONEY_ROW_SUBJECT = re.compile(
    rf"(?<!\w)(?:thu{_NOT_A_COLLECTION}|" + word_source("money_row_subjects") + r")(?!\w)", re.IGNORECASE
)


def _units_listed_above(clean: str, lines: list[tuple[int, int]], index: int) -> list[tuple[str, float, str | None]]:
    """The units a unit line just above a table's header (at line ``index``) lists for its rows ("ĐVT: người, tỷ
    đồng"), or [] when it names one unit or none."""
    for a, b in _lines_above(clean, lines, index, 2):
        line = clean[a:b]
        if ("vị" in line or "VT" in line or "vt" in line) and (m := _UNITS_LISTED_LINE.search(line)) is not None:
            units = [_unit_of(part) for part in _UNITS_LIST_MARK.split(m.group("units"))]
            if len(units) > 1 and all(unit is not None and unit[0] != "count" for unit in units):
                return [unit for unit in units if unit is not None]
    return []


def _the_listed_unit_of_the_row(
    units: list[tuple[str, float, str | None]], label: str
) -> tuple[str, float, str | None] | None:
    """Which of the units a table's unit line lists (``_units_listed_above``) a row is in: the one its name counts
    ("Số người tham gia" → người), else its money's when its name is of money ("Tổng số thu" → tỷ đồng), else None."""
    counted = _what_a_label_counts(label)
    if counted is not None and (own := next((u for u in units if u[0] == counted[0]), None)) is not None:
        return own
    money = [unit for unit in units if unit[0] in ("VND", "USD")]
    return money[0] if len(money) == 1 and _MONEY_ROW_SUBJECT.search(label) else None


_PER_CENT_A_TIME = re.compile(r"%\s*/\s*(?:năm|tháng|quý)", re.IGNORECASE)


def _unit_of(cell: str) -> tuple[str, float, str | None] | None:
    text = cell.strip()
    if not text:
        return None
    if text[:1] == "%" and _PER_CENT_A_TIME.fullmatch(text):
        return "pct", 1.0, None  # ("%/năm" beside an average growth: a per cent each year, a rate)
    probe = text if text.isupper() and len(text) <= 5 else text[:1].lower() + text[1:]
    reading = read_unit(" " + probe)
    if reading is None or reading.length < len(probe) * 0.5:
        return "count", 1.0, text.lower() if not text.isupper() else text
    return reading.unit, reading.multiplier, reading.label


def _the_things_a_classifier_counts(unit: tuple[str, float, str | None] | None, label: str
                                    ) -> tuple[str, float, str | None] | None:
    """("Nhà bị tốc mái | cái | 3.450": the things counted are the houses the row names) A generic classifier's unit
    ("cái", "chiếc") read as the noun the row's name opens on, when that noun is a unit of its own."""
    if unit is None or unit[2] not in _GENERIC_CLASSIFIERS or not label:
        return unit
    noun = _unit_of(label.split()[0].lower())
    return noun if noun is not None and noun[0] != "count" else unit


def lines_of(layout: Layout) -> list[tuple[int, int]]:
    """The spans of the clean text's lines, as ``row_cells`` reads them."""
    out, pos = [], 0
    for line in layout.clean.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _sub_row_unit(clean: str, following: list[tuple[int, int]], columns: list[Column]
                  ) -> tuple[str, float, str | None] | None:
    """A total row without a unit ("Tổng đàn gia súc, gia cầm") takes the unit of its items."""
    for a, b in following:
        cells = clean[a:b].split("\t")
        if len(cells) < 2 or not re.match(r"\s*[-+•]", " ".join(cells[:2])):
            return None
        for cell, head in zip(cells, columns, strict=False):
            if head.role == "unit" and _unit_of(cell):
                return _unit_of(cell)
    return None

# The tests of find_table_figures, compiled once (it reads every cell).
_CELL_WORD = re.compile(r"[^\W\d_]{2,}")
_OVER_MARK = re.compile(r"[>≥]|trên|hơn")
_UNDER_MARK = re.compile(r"[<≤]|dưới")


def holds_a_sentence(cell: str) -> bool:
    """Does a cell (or a stretch between tabs) hold a sentence, three words or more, rather than a figure?"""
    return len(_CELL_WORD.findall(cell)) >= 3


# a row of a list numbered in a cell of its own: its index ("1", "2.", "3)")
_AN_INDEX_CELL = re.compile(r"\s*\d{1,3}[.)]?\s*")
# the dates and years a list's notes may name ("Công nhận tháng 3/2026", "Đạt chuẩn năm 2025"): no figures
_A_DATE_OR_YEAR = re.compile(r"\b(?:\d{1,2}/){0,2}" + YEAR + r"\b")


def runs_on_after_a_tab(paragraph: str) -> bool:
    """Does a paragraph with tabs, under no table's header, run on as a sentence after a tab ("... đạt 5.420
    ha,\tbằng 101% kế hoạch. Sản lượng ...")? A cell of a row with no header holds a figure, not a clause
    ("Tổng thu\t45,2 tỷ đồng\t88%": its numbers mean what a header would say, and there is none); nor is a row of
    a numbered list of names a sentence ("1\tXã Tân Hưng\tHuyện Bình Long": its index, then names and notes with no
    figure but a date, no count of anything). A name then its amounts, each with its unit ("-\tTrồng rừng\t45 ha",
    "Thu ngân sách:\t1,2 tỷ đồng"), is a list's line typed with a tab for its colon: it reads as a sentence does."""
    cells = paragraph.split("\t")
    if _AN_INDEX_CELL.fullmatch(cells[0]) and cells[1].strip() and not any(
            ch.isdigit() for ch in _A_DATE_OR_YEAR.sub("", "\t".join(cells[1:]))):
        return False
    return any(holds_a_sentence(cell) for cell in cells[1:]) or _a_name_then_its_amounts(cells)


# a list's mark or number alone in the first cell of a line ("-", "+", "•", "1", "2.", "a)")
_A_LIST_MARK_CELL = re.compile(r"\s*(?:[-+•*–]|\d{1,3}[.)]?|[a-zđ][.)])?\s*")
# an amount's cell up to its number, perhaps after a word or two of its measure ("45 ha", "ước 1,2 tỷ đồng")
_AN_AMOUNTS_NUMBER = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?[-+]?\d[\d.,]*")


def _a_name_then_its_amounts(cells: list[str]) -> bool:
    """Are a line's cells (past a list's mark) a name of words, then amounts each saying its unit, no per cent ("Trồng
    rừng | 45 ha", "Thu ngân sách: | 1,2 tỷ đồng")? A bare number or a per cent means what a header says, and there is
    none."""
    filled = [cell for cell in cells if cell.strip()]
    if filled and _A_LIST_MARK_CELL.fullmatch(filled[0]):
        filled = filled[1:]
    if len(filled) < 2 or any(ch.isdigit() for ch in filled[0]) or not _CELL_WORD.match(filled[0].strip(" -+•*–")):
        return False
    for cell in filled[1:]:
        number = _AN_AMOUNTS_NUMBER.match(cell)
        unit = read_unit(cell[number.end():]) if number is not None else None
        if unit is None or unit.unit == "pct":
            return False
    return True


def find_table_figures(layout: Layout) -> list[tuple[Figure, dict]]:
    """Figures of every tab-separated table, each with ``{"label": subject, "target_year": y}``."""
    return read_tab_tables(layout)[0]


def read_tab_tables(layout: Layout, report_year: int | None = None, issued: dt.date | None = None,
                    ) -> tuple[list[tuple[Figure, dict]], list[tuple[int, int]]]:
    """``find_table_figures`` and the spans of the lines read as a table's header or rows: a line with a tab
    outside them stands under no header, and is text (a tab typed inside a sentence), not a table's row.
    ``report_year``: the year of the months a header names without one; ``issued``: the day the text is dated
    (a header of estimates naming no year, in a text dated before ``report_year``, is of that day's year).

    Extras for the pipeline besides the label and the period: ``province`` (the key of the province a row's place
    cell names whole, ``row_province()``: the row's facts are that province's) with ``table["province_rows"]`` on
    a table of places whose rows are provinces (its total row is of them all, no province's); ``as_of`` (the day a
    column counts up to, "Giải ngân đến 31/10/2025": the row's as_of)."""
    clean = layout.clean
    results: list[tuple[Figure, dict]] = []
    table_lines: list[tuple[int, int]] = []
    columns: list[Column] | None = None
    table: dict[str, bool] = {"has_total": False}
    table_unit: tuple[str, float, str | None] | None = None
    units_listed: list[tuple[str, float, str | None]] = []  # (the units a unit line over the table lists, one a row)
    caption: str | None = None
    caption_metric: str | None = None  # what the caption says the table's per cents are (_metric_of_a_caption)
    summed_caption: str | None = None  # the caption a row of this table summed up: the rows below are its parts
    programmes, programme = False, None  # (a table of programmes, and the programme of the rows read last)
    project_rows = False  # (a table whose rows are projects)
    unit_above = ""
    label_above = ""  # (the subject of the row read last, for a row whose name's cell is merged with it)
    heading = ""  # (the subject of the last row with no figures and no part of another: its parts' things)
    project_groups: dict[str, str] = {}  # (its groups by their letter or numeral, "A" → "Vốn ngân sách tỉnh")
    project_group: str | None = None  # (the group of the rows read last)
    kinds = False  # (a table whose rows are kinds of crop or product, not places)
    summed_subject: str | None = None  # what the total row of a table of sources or programmes sums up
    places_capital = False  # (its rows of places are each place's amounts of the budget's item the title names)
    sectors_capital = False  # (its rows of sectors, the same: each sector's part of that item)
    offices_rows = False  # (its rows are offices, "Đơn vị | Dự toán chi thường xuyên": each office's budget)
    mergers_rows = False  # (its rows are kinds of units a merger counts, "Trước sắp xếp | Sau sắp xếp")
    lines = lines_of(layout)
    header_above: list[str] | None = None  # a header row naming the rows' labels, with no columns of values yet
    header_at = (0, 0)  # (line index, offset) of the header's first row
    column_texts: list[str] = []  # the heads of the table's columns as written
    places_kind = ""  # the kind of place the rows' place column heads ("Huyện": its rows are districts)
    title_subject: str | None = None  # what the title above the table says its amounts are
    place_of_entry: tuple[str, str] | None = None  # (the place of the row read last, whose entry its label names)
    row_label, row_figures = "", len(results)  # (the label of the row read last, and where its figures begin)
    label_begun = ""  # (the first words of the next row's name, on a line of their own: _a_label_going_on)
    kind_above = ""  # (the kind a row of a table named by two columns, kind and measure, is of: _a_measure_named)
    for index, (a, b) in enumerate(lines):
        line = clean[a:b]
        if "\t" not in line:
            if columns is not None and row_label and _the_rest_of_a_label(clean, lines, index):
                # ("Tổng sản lượng lương thực có | tấn | 285.400" then "hạt": the row's name run on to a line of its
                # own, the table going on below it)
                label_above = row_label = _the_name_going_on(results[row_figures:], row_label, line)
                table_lines.append((a, b))
                continue
            if columns is not None and row_label and _a_label_going_on(clean, lines, index):
                # ("Sản lượng thủy sản nuôi" then "trồng | tấn | 120.300": the name of the row below begun on a line
                # of its own, the table going on)
                label_begun = line.strip()
                table_lines.append((a, b))
                continue
            if columns is not None and "iếp" in line and _CONTINUED.fullmatch(line):
                # ("(Tiếp theo)", "Phụ lục 1 (tiếp theo)" over the rows a page break carried onto the next page: the
                # table goes on)
                table_lines.append((a, b))
                continue
            if line.strip() or (
                    (columns is not None or header_above is not None) and _an_html_tables_edge(layout, a, b)):
                # (a line of words ends the table; so does an HTML table's "</table>", blanked in the clean text)
                columns = None
                header_above = None
                row_label = ""
            continue
        cells = row_cells(layout, lines, index)
        if columns is not None and cells[0][2][:1].islower() and len(cells) < len(columns) and (
                joined := _a_cell_broken_over_two_lines(layout, lines, index, cells, columns)) is not None:
            # ("1 | Tổng mức bán lẻ hàng hóa và doanh" then "thu dịch vụ tiêu dùng | Tỷ đồng | 52.000": a line break
            # inside the name's cell, the row's cells on two lines)
            cells, a = joined, lines[index - 1][0]
        elif (
            columns is not None
            and len(cells) == len(columns) - 1
            and (split := _a_unit_run_into_a_figure(cells, columns)) is not None
            and not _a_header_anew([text for _, _, text in cells], columns)
        ):
            # ("2 | Luân chuyển hành khách | Triệu HK.km 95,4 | 102,1": a long unit run into the next column's figure
            # with one space, the row a cell short; not the next table's header a column shorter, whose "Năm 2026"
            # stands under the unit's head)
            cells = split
        elif columns is not None and len(cells) <= len(columns) and (
                not cells[0][2].strip() or columns[0].role == "label") and (
                joined := _a_name_broken_above_its_figures(layout, lines, index, cells, columns)) is not None:
            # ("1 | Giá trị sản xuất công nghiệp (giá so | |" then "| sánh 2010) | Tỷ đồng | 18.450": the name's cell
            # broken by a PDF's line, its rest under it in the same column beside the row's figures)
            cells, a = joined, lines[index - 1][0]
        texts = [c for _, _, c in cells]
        if columns is not None and row_label and (rest := _the_rest_of_a_name_alone(texts, columns)):
            # ("2 | Tổng mức bán lẻ hàng hóa và doanh thu | Tỷ đồng | 21.300" then "| dịch vụ tiêu dùng | |": the
            # rest of the row's name in its column on a line of its own, every other cell empty)
            label_above = row_label = _the_name_going_on(results[row_figures:], row_label, rest)
            table_lines.append((a, b))
            continue
        if "-" in line and _MARKDOWN_RULE.fullmatch(line):
            table_lines.append((a, b))  # ("|---|---|": a markdown table's rule under its header's first row, no row)
            continue
        if columns is not None and (said := _a_unit_row(texts)) is not None:
            # ("STT | Nội dung | Dự toán | Ước thực hiện" then "| (Đơn vị tính: triệu đồng) | | |": a row of the table
            # that says the unit of the rows below it)
            table_unit = said
            table_lines.append((a, b))
            continue
        if columns is not None and header_above is None and _a_header_anew(texts, columns):
            table_lines.append((a, b))
            if texts == column_texts:
                continue  # (the header again, over the rows a page break carried onto the next page)
            columns = None  # ("Chỉ tiêu | Tháng 10/2025 | So với cùng kỳ (%)" under the rows: the next table's header)
        if header_above is not None and _numbers_the_columns(texts):
            table_lines.append((a, b))  # ("A | B | 1 | 2 | 3=2/1" under the header: its columns' numbers, no row)
            continue
        if header_above is not None and (unmerged := _merged_cells_repeated(texts, header_above)) is not None:
            header_above, texts = unmerged
        if header_above is not None and (a_second_header_row(texts, header_above) or (
                columns is not None and len(header_above) > 1 and not header_above[0].strip()
                and not header_above[1].strip() and _a_header_anew(texts, columns))):
            # a header of two rows: "Năm 2026" over "Kế hoạch | Thực hiện | So sánh (%)" heads each column
            # below it; a head of one row ("Chỉ tiêu", "Năm 2025") stands over an empty cell (or the row below names
            # them all, the row above only the time it spans: "| | | Năm 2026 | |" over "STT | Chỉ tiêu | ĐVT | Kế
            # hoạch | Ước thực hiện")
            spanned = _quantities_spanned(header_above, texts)
            texts = merged_header(header_above, texts)
            columns = None
            top, top_a = header_at  # (the lines above the header are those above its first row)
        else:
            top, top_a, spanned = index, a, []
        if columns is None:
            header_at = (top, top_a)
            texts = with_the_bases_said(texts, partial(_title_line_above, clean, lines, top),
                                        partial(_first_cell_below, clean, lines, index))
            noted, texts = texts, _without_notes_marks(texts)
            heads = _the_mergers_sides(texts, [classify_header(c) for c in texts])
            heads = _the_rows_names_by_their_place(texts, _kinds_of_damage(texts, heads),
                                                   partial(_the_row_below, layout, lines, index))
            heads = _the_counts_rate(texts, _counted_with_the_quotas(texts, _place_table(_named_by_the_head_above(
                texts, _places_totals(texts, heads), spanned), texts)))
            heads = _parts_of_the_plan(texts, _the_quantitys_change(_the_changes_rate(texts, heads)))
            timed, heads, counts = _counts_of_a_time(texts, heads)
            heads = with_the_headers_year(timed, _with_the_estimates_year(heads, report_year, issued), report_year)
            heads = _as_counted(with_the_reports_time(timed, heads, clean, top_a, report_year), counts)
            heads = _stocks_in_the_reports_period(heads, clean, top_a, report_year)
            heads = _the_days_summed(texts, heads, clean, top_a)
            heads = _a_change_on_the_time_before(texts, with_the_years_compared(
                texts, _quantities_of_a_time_in_the_rows_unit(texts, heads)))
            heads = _no_share_of_a_later_plan(_beside_a_share_of_the_plan(texts, _compared_with_no_plan(texts, heads)))
            heads = with_the_levels_period(_of_the_one_plans_basis(heads))
            heads = _years_as_rows(texts, with_the_months_compared(texts, heads, _title_line_above(clean, lines, top)))
            header_above = texts if any(h.role in ("label", "place") for h in heads) else None
            if (any(h.role == "value" for h in heads) and not any(h.role in ("label", "place") for h in heads)
                    and not cells[0][2].strip()):
                # "| | Trung ương giao | HĐND giao |": a blank first head stands over the rows' names
                heads[0] = Column("label")
                header_above = texts
            elif header_above is None and not cells[0][2].strip() and any(
                    "so" in t and _the_bases_head(t) for t in texts):
                # ("| Tháng 10/2025 so với | | |" over "| Kỳ gốc 2019 | Tháng 10/2024 | Tháng 9/2025": a head spanning
                # the bases the row below names, over the rows' names' blank)
                header_above = texts
            heads = _estimated_by_a_note(noted, _project_columns(texts, _rows_named_over_places(texts, heads)),
                                         [clean[a:b] for a, b in lines[index + 1:index + _NOTES_REACH]], _a_tab_row)
            if not any(h.role == "value" for h in heads) and any(h.role == "place" for h in heads):
                # ("Xã | Thu ngân sách nhà nước | Tổng chi ngân sách" under "Đơn vị tính: triệu đồng": no column of
                # values but those its items name, in the unit said above or below it)
                heads = _budget_items_in_places(texts, heads, _unit_line_above(clean, lines, top) or (
                    _unit_line_joined_above(layout, top_a) or _unit_line_below(clean, lines, index)))
            if any(h.role == "value" for h in heads) and any(h.role in ("label", "place") for h in heads):
                columns = _judged_by_the_column(layout, lines, index, heads)
                table = {"has_total": False}  # shared by the cells of this table (see _named_cell)
                months_read: list[tuple[dt.date, dt.date]] = []  # (the months of its rows, when its rows are months)
                table_unit = (_unit_line_above(clean, lines, top) or _unit_line_joined_above(layout, top_a)
                              or _unit_line_below(clean, lines, index))
                units_listed = _units_listed_above(clean, lines, top) if table_unit is None else []
                if table_unit is None:
                    columns = _one_money_unit(texts, columns)
                else:
                    columns = _budget_items_in_places(texts, columns, table_unit)
                column_texts = texts
                # ("Kế hoạch vốn năm 2026" over "Tổng số | NSTW | NSĐP": the source each column's capital is from)
                sources_parts = [_a_sources_part(t) if h.role == "value" else None
                                 for t, h in zip(texts, columns, strict=True)]
                places_kind = next((_places_kind(t) for t, h in zip(texts, columns, strict=True) if h.role == "place"),
                                   "")
                unit_above = ""  # the unit cell of the last row with one, for the parts below it (_a_sub_item)
                label_above = heading = whole_above = ""
                in_parts = False  # (the row above was a part, named lower-case, of ``whole_above``)
                title_subject = _subject_above(clean, lines, top)
                caption = _caption_above(clean, lines, top)
                if caption is not None and any(h.name for h in columns):
                    columns = _with_the_captions_thing(caption, columns)
                caption_metric = _metric_of_a_caption(caption)
                if (day := _counted_to_a_day_above(clean, lines, top)) is not None:
                    columns = _counted_to(columns, day)
                if _a_growth_above(clean, lines, top):
                    columns = _growths_on_the_year_before(columns)
                elif _compared_above(clean, lines, top) or (table_unit is not None and table_unit[0] == "pct"
                                                            and _an_index_above(clean, lines, top)):
                    columns = _on_the_year_before(columns)
                columns = _the_same_rate_a_year_before(texts, columns)
                if columns[0].season in (_YEAR_ROWS, *_ROWS_OF_MONTHS):
                    columns = _of_the_trade_above(_of_the_events_above(columns, clean, lines, top), clean, lines, top)
                summed_caption = None
                kinds = any(h.role == "label" and _KINDS_HEAD.fullmatch(t) for t, h in zip(texts, columns, strict=True))
                # ("TT | Chương trình | Kế hoạch vốn | Đã giải ngân": rows of programmes, each perhaps with its parts)
                programmes = any(h.role == "label" and _PROGRAMME_HEAD.fullmatch(t)
                                 for t, h in zip(texts, columns, strict=True))
                programme = None
                # ("TT | Tên dự án | Kế hoạch vốn | Giải ngân": rows of projects, whose total row sums their capital)
                project_rows = any(h.role == "label" and PROJECT_NAME_HEAD.fullmatch(t)
                                   for t, h in zip(texts, columns, strict=True))
                project_groups, project_group = {}, None
                mergers_rows = any(h.falls or h.season in _MERGERS_SIDES for h in columns)
                offices_rows = any(h.role in ("label", "place") and _OFFICES_HEAD.fullmatch(t)
                                   for t, h in zip(texts, columns, strict=True))
                # (a table of investors' capital sums up the same: "Chủ đầu tư | Kế hoạch vốn | Giải ngân")
                places_capital = False
                summed_subject = (_subject_summed_above(clean, lines, top) if caption is None and any(
                    h.role == "label" and (_SOURCES_HEAD.fullmatch(t) or _INVESTOR_HEAD.fullmatch(t))
                    for t, h in zip(texts, columns, strict=True)) else None)
                # ("Chủ đầu tư | Kế hoạch vốn | Giải ngân | Tỷ lệ (%)" under "... giải ngân vốn đầu tư công ...": each
                # investor's row is its share of the public capital, as a sector's row is)
                sectors_capital = summed_subject == "vốn đầu tư công" and any(
                    h.role == "label" and _INVESTOR_HEAD.fullmatch(t) for t, h in zip(texts, columns, strict=True)
                ) and _only_money_measured(texts, columns, table_unit)
                if summed_subject is None and caption is None and programmes and _rows_name_national_programmes(
                        clean, lines, index):
                    # ("TT | Chương trình | Kế hoạch vốn | Giải ngân" over "Tổng cộng", "Chương trình MTQG giảm nghèo
                    # bền vững", ...: the total row sums the national target programmes' capital, with no title)
                    summed_subject = "các chương trình mục tiêu quốc gia"
                if summed_subject is None and caption is None and any(h.role == "place" for h in columns):
                    # ("Huyện | Kế hoạch vốn | Giải ngân" under "... vốn đầu tư công của các huyện": "Toàn tỉnh" sums
                    # the province's capital; a row of a province says the rows are provinces, their total no one's)
                    # (only when its columns name no subject of their own and measure money: then each place's row
                    # is that place's capital too; in per cents, "Toàn tỉnh" stays the province's own row, as each
                    # district's stays the district's)
                    item = _budget_item_above(clean, lines, top)
                    places_capital = item is not None and _only_money_measured(texts, columns, table_unit)
                    summed_subject = item if places_capital else None
                elif (summed_subject is None and caption is None and not project_rows
                      and any(h.role == "label" for h in columns)):
                    # ("Ngành, lĩnh vực | Kế hoạch vốn | Đã giải ngân | Tỷ lệ (%)" under "Tình hình giải ngân vốn
                    # đầu tư công ...": each row that names no item of its own is one sector's share of the capital
                    # the title names, "Tổng số" all of it, as a table of places' rows is)
                    # (only public capital is shared out by sector: a revenue's rows, "Thuế thu nhập cá nhân", are
                    # items of their own)
                    item = _budget_item_above(clean, lines, top)
                    sectors_capital = item == "vốn đầu tư công" and _only_money_measured(texts, columns, table_unit)
                    summed_subject = item if sectors_capital else None
            if columns is not None or header_above is not None:
                table_lines.append((a, b))
            continue
        table_lines.append((a, b))
        header_above = None  # (a row of values: the header is over)
        raw_label = next((c.strip() for (_, _, c), h in zip(cells, columns, strict=False) if h.role == "label"), "")
        if label_begun:
            if raw_label[:1].islower():
                raw_label = f"{label_begun} {raw_label}"
            label_begun = ""
        label = raw_label.strip(" -+•")
        label = spelled_as_in(label, layout.source)  # (the row's subject as the report spells it)
        label = _without_lead_in(label)
        since = None
        if label.endswith(")") and (begun := _COUNTED_FROM_A_DAY.search(label)) is not None:
            # ("Thu ngân sách trên địa bàn (từ 01/7/2025)": the row's figures count from that day, the commune's
            # first, not from the year's start; the day is no word of its subject)
            since = _the_day_begun(begun)
            label = label[:begun.start()] if since is not None else label
        if not raw_label and label_above and not cells[0][2].strip() and any(
                h.role == "unit" and c.strip() for (_, _, c), h in zip(cells, columns, strict=False)):
            # ("1 | Khách du lịch | Lượt | 1.800.000" then "| | Tỷ đồng | 2.500": the name's cell merged with the row
            # above's and written empty, the same subject in another unit)
            label = label_above
        elif not raw_label and label_above and _cells_wrapped_below(
                layout, lines, index, cells):
            # ("1 | Kim ngạch xuất khẩu | Triệu USD | 1.850 |" then "| | | | 109,8": a PDF's row wrapped, the rest of
            # its figures under its empty cells, in its unit)
            label, unit_cell = label_above, unit_above
        if label[:1].islower() and whole_above and (in_parts or _a_sub_item(raw_label, cells[0][2]) or (
                row_label == whole_above and len(results) == row_figures)):
            # ("Sản lượng thủy sản" then "Trong đó: khai thác", "nuôi trồng": parts named lower-case, as a sentence
            # goes on the whole above, "sản lượng thủy sản khai thác"; a part named in full, "- Lúa", keeps its name;
            # right under a row with no figures of its own, "Sản lượng thủy sản | | |" over "khai thác | Tấn | 2.150",
            # a name in lower case is its first part)
            label, in_parts = _going_on(whole_above, label), True
        elif label:
            in_parts = False
            if not _a_sub_item(raw_label, cells[0][2]):
                whole_above = label
        label_above = label
        place = next((c.strip(" -+•") for (_, _, c), h in zip(cells, columns, strict=False)
                      if h.role == "place"), "")
        # ("Khu vực | Dự toán | Thực hiện" over "Khu vực Nam Định cũ | 9.500 | 4.820": a row of one place of the area,
        # its figures that place's, of the caption's subject; "Toàn tỉnh" is the area's own)
        # (pipeline: the province the row's facts are about, when its place is a province; see row_province)
        # ("Huyện | Người chết" over "Quảng Ninh | 3": a district of the report's province named as a province is)
        province_of_row = {"province": key} if place and not places_kind and (
            key := row_province(place)) is not None else {}
        # ("TP. Hải Phòng" among the provinces: a city of the centre's is a province's row, no place of the area)
        where = _a_place(place) if place and not label and not province_of_row else None
        if label and not province_of_row and (place or not cells[0][2].strip()):
            # ("Huyện | Nguồn vốn | Kế hoạch" over "Huyện Chư Sê | Ngân sách Trung ương | 120,5" then "| Ngân sách địa
            # phương | 85,0": each row the entry its label names at the place beside it; an empty place cell, merged
            # with the one above or spanned down by it, is the same place)
            place_of_entry = _a_place(place) if place else place_of_entry
        else:
            place_of_entry = None
        if place[:1] in "CcTt" and _NATION_ROW.fullmatch(place):
            # ("Cả nước", "Toàn quốc" under the provinces: the row that sums them up, no province's)
            province_of_row = {"province": None}
        unit_cell = next((c for (_, _, c), h in zip(cells, columns, strict=False) if h.role == "unit"), "")
        measure_cell = _second_names_cell(cells, columns)
        if measure_cell and (measure := _a_measure_named(measure_cell, unit_cell.strip())) is not None:
            # ("Cây trồng | Chỉ tiêu | ĐVT" over "Lúa | DT | ha | 450" and "| NS | tạ/ha | 62": the crop's name in the
            # first names column, merged down its rows, and its measure in the second: "Diện tích lúa")
            kind_above = raw_label.strip(" -+•") or kind_above
            label = f"{measure} {_lower_first(kind_above)}" if kind_above else label
        elif raw_label:
            kind_above = ""
        label, label_unit = _label_and_its_unit(label) if not unit_cell.strip() else (label, None)
        if not unit_cell.strip() and label_unit is None and _a_sub_item(raw_label, cells[0][2]):
            # ("Tổng diện tích gieo trồng | ha" then "- Cây lúa |  | 1.200": a part of the row above, its unit's cell
            # merged with that row's and written empty)
            unit_cell = unit_above
        elif any(h.role == "unit" for h in columns):
            unit_above = unit_cell if unit_cell.strip() else ""
        unit = (_unit_of(unit_cell) or label_unit or _sub_row_unit(clean, lines[index + 1:index + 4], columns)
                or table_unit or (units_listed and _the_listed_unit_of_the_row(units_listed, label))
                or _what_a_label_counts(label))
        if unit is None and mergers_rows:
            unit = _the_units_counted(label)  # ("Phường | 24 | 9": wards counted, as "24 phường" says it)
        has_values = any(h.role == "value" and NUMBER.search(c) for (_, _, c), h in zip(cells, columns, strict=False))
        if (unit is not None and unit[2] in _GENERIC_CLASSIFIERS and heading and label
                and _a_sub_item(raw_label, cells[0][2]) and (_unit_of(label.split()[0].lower()) or ("count",))[0]
                == "count"):
            # ("2 | Nhà bị hư hỏng" with no figures, then "- Tốc mái | Cái | 820": a part of the heading's things,
            # named with them, "Nhà bị hư hỏng: tốc mái")
            label = f"{heading}: {_lower_first(label)}"
        elif label and not _a_sub_item(raw_label, cells[0][2]):
            heading = "" if has_values else label
        unit = _the_things_a_classifier_counts(unit, label)
        if programmes and raw_label[:1] not in "-+" and not TOTAL_ROW.match(label):
            programme = label or None
        projects_total = _projects_total(label, cells[0][2].strip(), project_groups, project_group) if (
            project_rows) else ""
        if project_rows and not projects_total and label and (
                (mark := _GROUP_MARK.fullmatch(cells[0][2])) is not None or _GROUP_OF_PROJECTS.match(label)
                or (not cells[0][2].strip() and _unnamed_kind_of_projects(label))):
            # ("A | Vốn ngân sách tỉnh", "II | Giao thông | 90.000 | 36.000": a group of the projects below, which a
            # "Cộng A" sums up, or its own row does: the group's capital, "Giao thông kế hoạch vốn 2026: 90.000"; "1 |
            # Các dự án chuyển tiếp": a group named by its projects' kind, whatever numbers it)
            project_group = projects_total = label
            if mark is not None:
                project_groups[mark.group(1)] = label
        row_label, row_figures = label if not place else "", len(results)
        row_columns = _in_the_rows_unit(columns, unit, unit_cell.strip())
        if columns[0].season in (_YEAR_ROWS, _TIME_ROWS) and (row_year := _YEAR_CELL.fullmatch(label)) is not None:
            # ("Năm | Sản lượng lúa (tấn)" over "2023 | 490.100": each row one year, each column its quantity)
            year = int(row_year.group(2))
            row_columns = [replace(h, year=year, estimate=bool(row_year.group("estimate"))) if h.name else h
                           for h in row_columns]
            label = ""
        elif (
            columns[0].season in _ROWS_OF_MONTHS
            and (row_month := _MONTH_CELL.fullmatch(label)) is not None
            and (month_of := _a_rows_time(row_month, report_year, columns[0].season))
        ):
            # ("Tháng | Số vụ" over "Tháng 8 | 18": that month's figures, of the report's year when the row names none;
            # "Tháng | Năm 2025 | Năm 2026" over "Tháng 2 | 820.500 | 905.300": that month of each column's year)
            row_columns = [_in_the_rows_time(h, row_month, month_of, columns[0].season) for h in row_columns]
            if not any(h.name for h in row_columns):
                label = _a_titles_quantity(clean, lines, header_at[0])
            if not row_month.group("total") and not row_month.group("months"):
                months_read.append(month_of)  # (one month or quarter of the rows a bare total below adds up)
            if any(h.name for h in row_columns):
                label = ""
        elif columns[0].season in _ROWS_OF_MONTHS and months_read and label[:1] in "CcTt" and TOTAL_ROW.match(label):
            # ("Tháng 10 | 15", "Tháng 11 | 13", "Tháng 12 | 17", then "Tổng cộng | 45" in a report on the year: the
            # months the rows above name added up, not the report's whole year)
            summed = (months_read[0][0], months_read[-1][1])
            row_columns = [replace(h, year=summed[1].year, period=summed) if h.name else h for h in row_columns]
        if since is not None:
            row_columns = [_from_the_day(h, since) for h in row_columns]
        for k, ca, cell, head in _value_cells(cells, row_columns):
            if head.role in ("label", "unit", "place"):
                continue
            if project_rows and label and not projects_total and _a_works_progress(column_texts[k], cell):
                # ("Tên dự án | Tổng mức đầu tư | Tiến độ" over "Cầu Nà Cù | 85 | Hoàn thành 90%": the work's progress,
                # as "Cầu Nà Cù đạt 90% khối lượng" says it; its words alone, "Đang thi công", no figure)
                done = find_figures(cell, ca) if holds_a_sentence(cell) else [
                    fig for fig in [_cell_figure(cell, ca, head, unit, (a, b), clean[a:b])] if fig is not None]
                results.extend((fig, _a_works_progress_cell(label, fig.token)) for fig in done if fig.unit == "pct")
                continue
            if holds_a_sentence(cell):
                # a sentence in a cell ("giảm 02 người chết, giảm 04 người bị thương so với cùng
                # kỳ"): read it like body text
                results.extend((fig, {"label": label, "free_text": True}) for fig in find_figures(cell, ca))
                continue
            if head.role != "value":
                continue
            fig = _cell_figure(cell, ca, head, unit, (a, b), clean[a:b])
            if fig is None:
                continue
            if (fig.qualifier == "exact" and fig.metric == "level" and label[:1] in "ƯưDd"
                    and _ESTIMATED_ROW.match(label)):
                fig = replace(fig, qualifier="estimate")  # ("Ước thiệt hại | tỷ đồng | 850": the row's an estimate)
            fig = _the_rows_measure(fig, label)
            if fig.metric == "level" and fig.unit == "pct" and caption_metric and not head.name:
                # ("Biểu 1. Tốc độ tăng GRDP" over "Nông, lâm nghiệp | 2,90": each row's growth; "Biểu 3. Cơ cấu kinh
                # tế" over "Dịch vụ | 47,4": each row's share of the whole)
                fig = replace(fig, metric=caption_metric)
            if not fig.value and not place and _a_kind_of_damage_lost_none(fig, label, [
                    *column_texts, *(clean[a:b] for a, b in _lines_above(clean, lines, top, 2))]):
                continue
            if head.locality:
                # a cell of one place's column: that place's figure of the row's entry, not the area's ("Dự toán"
                # under "Biểu 6. Thu ngân sách nhà nước của các huyện": the plan of the revenue the caption names)
                said = label
                if (caption and label[:1] in "DdKkTtƯư" and _A_BARE_MEASURE_ROW.fullmatch(label)
                        and (subject := _BUDGET_SUBJECT.search(caption))):
                    said = f"{label} {_lower_first(subject.group())}"
                    if fig.metric == "level" and classify_header(label).metric == "target":
                        fig = replace(fig, metric="target")  # (the row of the plan: "Dự toán", "Kế hoạch năm 2026")
                results.append((fig, {**_cell_extra(f"{said} ({head.place})", head), "sub_unit": True,
                                      "locality": head.locality}))
            elif place_of_entry is not None and not head.name:
                results.append((fig, {**_cell_extra(f"{label} ({place_of_entry[0]})", head), "sub_unit": True,
                                      "locality": place_of_entry[1]}))
            elif where is not None and not head.name:
                # (no caption: the budget's item the title above names, "Giải ngân vốn đầu tư công ... theo địa
                # phương" over "Xã Đại Từ | 185.000": that place's capital, as "Toàn tỉnh" sums it up)
                subject = caption or (summed_subject[:1].upper() + summed_subject[1:] if places_capital else "")
                # ("Huyện | Trước sắp xếp | Sau sắp xếp": the place's count on each side of the merger)
                said = f"{subject} ({place})" if subject else f"{place} {head.season}" if mergers_rows else place
                results.append((fig, {**_cell_extra(said.strip(), head), "sub_unit": True, "locality": where[1],
                                      **province_of_row}))
            elif head.name and not place and _a_kinds_worth(head, label):
                table["kinds_worth"] = True
                results.append((fig, _kinds_worth_cell(head, label, fig.token)))
            elif head.name and not place and table.get("kinds_worth") and TOTAL_ROW.match(label):
                # ("Tổng cộng | | | 32.400" under the worth of each kind of damage: the whole loss)
                results.append((fig, _kinds_worth_cell(head, label, fig.token, total=True)))
            elif (head.name and kinds and label and (not place or place_of_entry is not None)
                  and not TOTAL_ROW.match(label) and not _DAMAGE_ROW.search(head.name)):
                # ("Cây trồng | Diện tích (ha)" over "Lúa": the area's rice, "Diện tích lúa"; a damage's column over
                # kinds of crop is read as a phrase, "12 ha lúa bị ngập", below; "Xã | Cây trồng | Diện tích (ha)"
                # over "Xã Thanh Ba | Ngô": the commune's maize)
                kinds_thing = f"{head.name} {label[:1].lower()}{label[1:]}"
                if place_of_entry is None:
                    results.append((fig, _cell_extra(kinds_thing, head)))
                else:
                    results.append((fig, {**_cell_extra(f"{kinds_thing} ({place_of_entry[0]})", head),
                                          "sub_unit": True, "locality": place_of_entry[1]}))
            elif place and _no_damage(fig, head):
                continue  # ("Xã Bảo Hà | 12 | 0" under "Lúa bị ngập (ha)": the commune lost none, no damage to count)
            elif head.name:
                results.append((fig, _a_places_named_cell(head, place or label, fig.token, places_kind if place else "",
                                                          table, province_of_row)))
            elif projects_total and _TOTAL_INVESTMENT_HEAD.search(column_texts[k]):
                # ("Tổng cộng | 95.500" under "TMĐT": the projects' costs added up, no capital planned or paid out)
                results.append((fig, _cell_extra(f"{_head_words(column_texts[k])} ({projects_total})", head)))
            elif projects_total and (
                    said := _province_cell(head, columns, [_capitals_plan(t) for t in column_texts], None,
                                           projects_total, fig.token, _said_of_projects(projects_total),
                                           _money_words(unit), k)) is not None:
                # ("Tên dự án | Kế hoạch vốn năm 2024 | Giải ngân" over "Tổng số | 84.300 | 79.650": the capital of all
                # the projects, said by its column's words as a sentence says it, "Kế hoạch vốn năm 2024: 84.300")
                results.append((fig, {**_cell_extra(said.pop("label"), head), **said}))
            elif programme is not None and raw_label[:1] in "-+":
                # ("Chương trình MTQG giảm nghèo bền vững" then "- Vốn đầu tư": a part of the programme above,
                # read as its capital, "vốn đầu tư chương trình ...", in whatever table that goes to)
                extra = _cell_extra(f"{label} {programme[:1].lower()}{programme[1:]}", head)
                extra["sums_the_caption"] = True
                if unit_cell.strip():
                    extra["unit_text"] = unit_cell.strip()
                results.append((fig, extra))
            elif (summed_subject is not None and TOTAL_ROW.match(label or place)
                  and not (place and table.get("province_rows"))):
                # ("Nguồn vốn | Kế hoạch vốn | Giải ngân" under "... giải ngân vốn đầu tư công năm 2026", no caption:
                # "Tổng cộng" sums up the capital the title names, "tổng cộng vốn đầu tư công")
                # ("Kế hoạch vốn năm 2026" over "Tổng số | Trong đó: NSTW": the part of the total from one source)
                extra = _with_the_sources_part(_cell_extra(f"{label or place} {summed_subject}", head),
                                               sources_parts[k])
                extra["sums_the_caption"] = True
                results.append((fig, extra))
            elif province_of_row.get("province") and (said := _province_cell(
                    head, columns, column_texts, title_subject, place, fig.token)) is not None:
                table["province_rows"] = True
                results.append((fig, {**_cell_extra(said.pop("label"), head), **said, **province_of_row}))
            else:
                summed = caption is not None and (TOTAL_ROW.match(label or place) is not None
                                                  or _the_whole_branch(label))
                # ("Biểu 5. Vốn đầu tư thực hiện từ nguồn ngân sách nhà nước" over "Tổng số | 8.450 | ...": the row
                # that sums the table up is the caption's subject; the rows under it are its parts)
                whole = _without_its_time(caption) if summed else (_branches_title_above(clean, lines, header_at[0])
                                                                   if _the_whole_branch(label) else None)
                # (its change on the week or month before, "So với tháng trước (%)", the price's change too)
                said = _a_price_row(label, unit_cell) if "/" in unit_cell else label
                sectors_part = bool(sectors_capital and summed_subject and label and not whole
                                    and not _NAMES_AN_ITEM.search(label))
                offices_part = False
                if sectors_part:
                    said = f"{summed_subject[:1].upper()}{summed_subject[1:]} ({label})"
                elif offices_rows and (office := label or place) and not whole and _NAMES_AN_ITEM.search(
                        head_words := _head_words(column_texts[k])) and not _NAMES_AN_ITEM.search(office):
                    # ("Đơn vị | Dự toán chi thường xuyên" over "Sở Y tế | 12.500": the office's part of the budget's
                    # item its column names, "Dự toán chi thường xuyên (Sở Y tế)"; "Tổng cộng" all of them)
                    said = (f"{office} {_lower_first(head_words)}" if TOTAL_ROW.match(office)
                            else f"{head_words} ({office})")
                    offices_part = True
                extra = _with_the_sources_part(_cell_extra(whole or (f"{said} {head.season}" if head.season and said
                                                                     else said) or place, head), sources_parts[k])
                if offices_part:
                    extra["sums_the_caption"] = True  # (read as its budget's item, in whatever table that goes to)
                elif summed or sectors_part:
                    # (a sector's row is read as the title's capital too, in whatever table that goes to)
                    extra["sums_the_caption"] = True
                    summed_caption = caption
                elif summed_caption is not None:
                    # ("Tổng số | 16.320" then "Bán lẻ hàng hóa | 12.150": a row under the total is a part of the
                    # caption's entry, not that entry)
                    extra["part_of"] = summed_caption
                if unit_cell.strip():
                    extra["unit_text"] = unit_cell.strip()  # (a row may be read again as a phrase: pipeline)
                results.append((fig, {**extra, **province_of_row}))
    return results + find_stacked_table_figures(layout), table_lines


# money per a measure goods are sold by ("đồng/kg", "nghìn đồng/lít", "đ/con"): a row of goods in it is a price
_PRICED_MEASURE = re.compile(rf"\s*(?:(?:{scale_words(1e6, 1e3)})\s+)?(?:đồng|đ|VNĐ|VND)\s*/\s*(?:"
                             + word_source("priced_measures") + r")\s*", re.IGNORECASE)
# a row already naming a price, a rate or a worth ("Giá lúa", "Đơn giá", "Mức hỗ trợ", "Giá trị", "Bình quân")
_NAMES_ITS_MONEY = re.compile(r"\s*(?:giá|đơn\s+giá|mức|bình\s+quân|chi\s+phí|tiền|doanh\s+thu|thu\s+nhập)\b",
                              re.IGNORECASE)


def _a_price_row(label: str, unit_cell: str) -> str:
    """A bare row of goods in a unit of money per a measure they are sold by ("Thịt heo hơi | đồng/kg | 62.000"
    under "Tuần 15 | Tuần 16"): the goods' price, "Giá thịt heo hơi", as a sentence names it; else the label."""
    if not label or _PRICED_MEASURE.fullmatch(unit_cell) is None or _NAMES_ITS_MONEY.match(label):
        return label
    return f"Giá {_lower_first(label)}"


# a table's note that it goes on from the page before: "(Tiếp theo)", "Phụ lục 1 (tiếp theo)", "Biểu 02 (tiếp)"
_CONTINUED = re.compile(r"\W*(?:(?:phụ\s+(?:lục|biểu)|biểu|bảng)\s+(?:số\s+)?[\dIVX]{1,4}[a-z]?\s*)?"
                        r"\(?\s*tiếp(?:\s+theo)?\s*\)?\W*", re.IGNORECASE)


# the head of a column of names alone ("Chỉ tiêu", "Tên chỉ tiêu", "Nội dung"; not a row's "Nội dung khác")
_HEADS_ALONE = "|".join(map(phrase_source, keyed_word_lists("label_heads", "alone")["yes"]))
_NAMES_HEAD = re.compile(r"\s*(?:tên\s+)?(?:" + _HEADS_ALONE + r")(?:\s+chủ\s+yếu)?\s*", re.IGNORECASE)


def _a_header_anew(texts: list[str], columns: list[Column]) -> bool:
    """Is a row under a table's rows another header: the cell of the rows' names holds the head of a column of names
    ("Chỉ tiêu", "Nội dung", "Huyện"), or the first or second cell does (the next table with no "STT" column before
    its names, or one with it under a table without), no cell a figure, and it heads a column of values?"""
    k = next((i for i, h in enumerate(columns) if h.role in ("label", "place")), None)
    if k is None:
        return False
    k = next((i for i in dict.fromkeys((k, 0, 1)) if i < len(texts) and len(texts[i]) <= 30 and (
        _NAMES_HEAD.fullmatch(texts[i]) or _PLACE_HEAD.match(texts[i]) or _GROUP_HEAD.fullmatch(texts[i]))), None)
    if k is None:
        return False
    if any(_SPACED_VALUE.fullmatch(t.strip()) for t in texts):
        return False
    heads = [classify_header(t) for t in texts]
    return heads[k].role in ("label", "place") and any(h.role == "value" for h in heads)


# the rest of a row's name run on to a line of its own: a few words in lower case, no figure, no stop ("hạt", "và dịch
# vụ tiêu dùng")
_RUN_ON_LABEL = re.compile(r"\s*[^\W\d_][^\d\t.:;]{0,40}")


def _a_cell_broken_over_two_lines(layout: Layout, lines: list[tuple[int, int]], index: int,
                                  cells: list[tuple[int, int, str]], columns: list[Column]
                                  ) -> list[tuple[int, int, str]] | None:
    """The cells of a row whose name's cell a line break cut: the line above holds the row's first cells up to the
    first words of its name, and no figure; this one (``cells``, opening in lower case) the rest of the name and the
    cells after it, the two together as many as the header's. The row's cells joined, or None."""
    a, b = lines[index - 1] if index > 0 else (0, 0)
    above = row_cells(layout, lines, index - 1) if "\t" in layout.clean[a:b] else []
    while len(above) > 2 and not above[-1][2].strip():
        above.pop()  # ("2 | Sản lượng thủy sản nuôi | |" over "trồng | tấn | 85.400": the cut cell's row ends in tabs)
    if len(above) < 2 or len(above) + len(cells) - 1 != len(columns) or columns[len(above) - 1].role not in (
            "label", "place") or any(NUMBER.search(c) for _, _, c in above[1:]):
        return None
    start, end, begun = above[-1]
    if not begun.strip():
        return None
    return [*above[:-1], (start, end, f"{begun.rstrip()} {cells[0][2].strip()}"), *cells[1:]]


# a unit's cell run into a figure ("Triệu HK.km 95,4", "Nghìn tấn.km 1.240"): a few words without a digit, one space,
# a number closing the cell
_UNIT_RUN_INTO_FIGURE = re.compile(r"(\s*[^\W\d_][^\d\t]{0,24}?)\s(\d+(?:[.,]\d+)*\s*%?\s*)")


def _cells_wrapped_below(layout: Layout, lines: list[tuple[int, int]], index: int,
                         cells: list[tuple[int, int, str]]) -> bool:
    """Does a tab row hold only figures, each under a cell the row above left empty, and nothing in the cells before
    them (the rest of that row's figures, wrapped onto a line of their own)?"""
    filled = [i for i, (_, _, c) in enumerate(cells) if c.strip()]
    if not filled or any(not NUMBER.search(cells[i][2]) for i in filled) or "\t" not in layout.clean[
            slice(*lines[index - 1])]:
        return False
    above = row_cells(layout, lines, index - 1)
    return all(i >= len(above) or not above[i][2].strip() for i in filled)


def _a_unit_run_into_a_figure(cells: list[tuple[int, int, str]], columns: list[Column]
                              ) -> list[tuple[int, int, str]] | None:
    """The cells of a row one cell short whose unit's cell ends on a figure, the figure its own cell (the next
    column's), or None."""
    k = next((i for i, h in enumerate(columns) if h.role == "unit"), None)
    if k is None or k >= len(cells) or k + 1 >= len(columns) or columns[k + 1].role != "value":
        return None
    start, end, text = cells[k]
    if (m := _UNIT_RUN_INTO_FIGURE.fullmatch(text)) is None or len(m.group(1).split()) > 4:
        return None
    return [*cells[:k], (start, start + m.end(1), m.group(1)), (start + m.start(2), end, m.group(2)), *cells[k + 1:]]


_LABEL_BEGUN_WORDS = 10
# the rest of a row's name in its own cell below it: words opening in lower case, no stop ("sánh 2010)")
_A_NAMES_REST = re.compile(r"[^\W\d_][^.:;]*")


def _the_name_going_on(figures: list[tuple[Figure, dict]], label: str, rest: str) -> str:
    """The row's name with the rest of it said on the line below, given to the row's ``figures`` that carry it."""
    whole = f"{label} {rest.strip()}"
    for _, extra in figures:
        if extra.get("label") == label and not extra.get("phrase"):
            extra["label"] = whole
    return whole


def _names_column(columns: list[Column]) -> int | None:
    return next((i for i, h in enumerate(columns) if h.role == "label"), None)


def _the_rest_of_a_name_alone(texts: list[str], columns: list[Column]) -> str | None:
    """The words of a tab row that holds nothing but a few lower-case words, no figure and no stop, in the column of
    the rows' names (every other cell empty, "trong đó" none of them): the rest of the name of the row above, or
    None."""
    k = _names_column(columns)
    if k is None or k >= len(texts) or len(texts) > len(columns):
        return None
    rest = texts[k].strip()
    if (not rest[:1].islower() or len(rest.split()) > _LABEL_BEGUN_WORDS or _A_NAMES_REST.fullmatch(rest) is None
            or _LEAD_IN.match(rest) or any(t.strip() for i, t in enumerate(texts) if i != k)):
        return None
    return rest


# a row's name a line break cut short: a bracket left open ("Giá trị sản xuất (giá so"), or a last word that needs
# words after it ("Vốn đầu tư thuộc nguồn", "Số lao động được đào tạo và"; data/words/name_cut_short.csv)
_WORDS_NEEDING_MORE = frozenset(word_list("name_cut_short"))


def _a_name_cut_short(name: str) -> bool:
    words = name.split()
    return bool(words) and (name.count("(") > name.count(")") or words[-1].lower() in _WORDS_NEEDING_MORE)


def _a_name_broken_above_its_figures(layout: Layout, lines: list[tuple[int, int]], index: int,
                                     cells: list[tuple[int, int, str]], columns: list[Column]
                                     ) -> list[tuple[int, int, str]] | None:
    """The cells of a row whose name a PDF's line broke: the line above holds the row's first cells and its name's
    first words, cut short (``_a_name_cut_short``) and nothing after them; this one (``cells``) nothing before the
    name's column, the rest of the name there in lower case, and the row's other cells. The row's cells joined (the
    line above's first cells, the whole name, this line's cells after it), or None."""
    k = _names_column(columns)
    if k is None or k >= len(cells) or index == 0 or any(c.strip() for _, _, c in cells[:k]):
        return None
    rest = cells[k][2].strip()
    if len(rest.split()) > _LABEL_BEGUN_WORDS or _A_NAMES_REST.fullmatch(rest) is None or _LEAD_IN.match(rest):
        return None
    a, b = lines[index - 1]
    if "\t" not in layout.clean[a:b]:
        return None
    above = row_cells(layout, lines, index - 1)
    if len(above) <= k or len(above) > len(columns) or any(c.strip() for _, _, c in above[k + 1:]):
        return None
    start, _, begun = above[k]
    if not begun.strip() or not (_a_name_cut_short(begun) if rest[:1].isupper() else rest[:1].islower() and (
            _a_name_cut_short(begun) or not _a_part_below(layout, lines, index + 1, k))):
        # (a cut-short name goes on whatever its rest opens with, "Vốn vay lại của" over "Chính phủ nước ngoài"; a
        # whole name over one lower-case row is that row's name begun, "Vốn ngân sách | |" over "địa phương | 120";
        # over two or more such rows it is their whole, "Sản lượng thủy sản" over "khai thác", "nuôi trồng")
        return None
    return [*above[:k], (start, cells[k][1], f"{begun.strip()} {rest}"), *cells[k + 1:]]


def _a_part_below(layout: Layout, lines: list[tuple[int, int]], index: int, k: int) -> bool:
    """Is the line at ``index`` a row of the table whose name (in column ``k``) is a part's, opening in lower case or
    on a dash?"""
    if index >= len(lines) or "\t" not in layout.clean[slice(*lines[index])]:
        return False
    cells = row_cells(layout, lines, index)
    name = cells[k][2].strip() if k < len(cells) else ""
    return bool(name) and (name[:1].islower() or _a_sub_item(name, cells[0][2] if k else ""))


def _the_rest_of_a_label(clean: str, lines: list[tuple[int, int]], index: int) -> bool:
    """Is the line at ``index`` (no tab) the rest of the name of the table's row above it: a few words in lower case
    right after that row, another row of the table right after it?"""
    a, b = lines[index]
    words = clean[a:b].split()
    if (index == 0 or not words or not words[0][0].islower()
            or len(words) > NAMES_REST_WORDS or _RUN_ON_LABEL.fullmatch(clean, a, b) is None):
        return False
    above = lines[index - 1]
    if index + 1 == len(lines):
        return "\t" in clean[above[0]:above[1]]  # (the table's last line, the text's last)
    below = clean[slice(*lines[index + 1])]
    # (the table going on below it, or its last line: a blank line or a new paragraph under it)
    return "\t" in clean[above[0]:above[1]] and ("\t" in below or not below[:1].islower())


def _a_label_going_on(clean: str, lines: list[tuple[int, int]], index: int) -> bool:
    """Is the line at ``index`` (no tab) the first words of the name of the table's row below it: a few words, no
    figure, no stop, right after a row of the table, the row below opening its name in lower case ("trồng")?"""
    a, b = lines[index]
    words = clean[a:b].split()
    if (index == 0 or index + 1 >= len(lines) or not words or len(words) > _LABEL_BEGUN_WORDS
            or _RUN_ON_LABEL.fullmatch(clean, a, b) is None):
        return False
    above, below = lines[index - 1], lines[index + 1]
    if "\t" not in clean[above[0]:above[1]]:
        return False
    cells = clean[below[0]:below[1]].split("\t")
    first = next((c.strip() for c in cells[:-1] if c.strip() and not NUMBER.fullmatch(c.strip())), "")
    return first[:1].islower() and len(cells) > 1


def row_cells(layout: Layout, lines: list[tuple[int, int]], index: int) -> list[tuple[int, int, str]]:
    """The cells of the tab line at ``lines[index]`` (``lines``: the clean text's lines, as ``lines_of`` gives
    them), each with its clean offsets, laid out on the table's grid: a tab line of the source as its tabs cut it; a
    markdown or HTML table's row without the blank before its first pipe or cell tag; an HTML row with an empty cell
    for each other column a cell of it spans (``colspan``) and for each column a cell of a row above spans down to it
    (``rowspan``), so that a header written over two rows stands cell over cell as its tab form does. The one reader
    of a table's cells, for every reader of tables (tables' own, projects')."""
    a, b = lines[index]
    cells, pos = [], a
    for cell in layout.clean[a:b].split("\t"):
        cells.append((pos, pos + len(cell), cell))
        pos += len(cell) + 1
    if not cells[0][2].strip():
        cells = _inside_the_frame(layout, lines, index, cells)
        if "span" in layout.clean[a:b] or _an_html_row(layout, cells):
            cells = _html_cells(layout, lines, index, cells)[0]
    return cells


# a cell's tag spanning columns or rows: '<th colspan="2">', "<td rowspan=3>"
_SPAN = re.compile(r"""(col|row)span\s*=\s*["']?(\d{1,2})""", re.IGNORECASE)


def _an_html_tables_edge(layout: Layout, a: int, b: int) -> bool:
    """Does a blank line of the clean text at [a, b) stand for an HTML table's opening or closing tag?"""
    if b <= a:
        return False
    source = layout.source[layout.to_source(a):layout.to_source(b - 1) + 1]
    return "table" in source and ("<table" in source or "</table" in source)


def _an_html_row(layout: Layout, cells: list[tuple[int, int, str]]) -> bool:
    """Is a row one of an HTML table's (its first cell's tab stands for a cell's tag)?"""
    return bool(cells) and cells[0][0] > 0 and layout.source[layout.to_source(cells[0][0] - 1)] == "<"


def _spans_of(layout: Layout, cell: tuple[int, int, str]) -> tuple[int, int]:
    """The columns and the rows an HTML cell spans (its tag's ``colspan``, ``rowspan``; 1 each when it says none)."""
    start = layout.to_source(cell[0] - 1)
    if layout.source[start:start + 1] != "<":
        return 1, 1
    tag = layout.source[start:layout.source.find(">", start, start + 200) + 1]
    spans = {m.group(1).lower(): int(m.group(2)) for m in _SPAN.finditer(tag)} if "span" in tag else {}
    return max(1, min(spans.get("col", 1), 20)), max(1, min(spans.get("row", 1), 20))


def _html_cells(layout: Layout, lines: list[tuple[int, int]], index: int, cells: list[tuple[int, int, str]],
                depth: int = 0) -> tuple[list[tuple[int, int, str]], list[int]]:
    """The cells of an HTML table's row laid out on the table's grid: a cell spanning columns (``colspan``) followed
    by an empty cell for each other column it covers, and an empty cell where a cell of a row above spans down
    (``rowspan``: '<th rowspan="2">Chỉ tiêu</th><th colspan="2">Năm 2025</th>' over '<th>Kế hoạch</th><th>Thực
    hiện</th>', whose heads then stand under "Năm 2025"); with, for each column, the rows it still spans below."""
    above: list[int] = []
    if depth < 2 and (up := _row_near(layout, lines, index, -1)) is not None:
        a, b = lines[up]
        raw, pos = [], a
        for text in layout.clean[a:b].split("\t"):
            raw.append((pos, pos + len(text), text))
            pos += len(text) + 1
        raw = _inside_the_frame(layout, lines, up, raw) if not raw[0][2].strip() else raw
        if _an_html_row(layout, raw):
            above = _html_cells(layout, lines, up, raw, depth + 1)[1]
    out: list[tuple[int, int, str]] = []
    below: list[int] = []
    queue = list(cells)
    while queue or len(out) < len(above):
        column = len(out)
        if column < len(above) and above[column] > 0:
            at = queue[0][0] if queue else (out[-1][1] if out else 0)
            out.append((at, at, ""))
            below.append(above[column] - 1)
            continue
        if not queue:
            break
        cell = queue.pop(0)
        wide, tall = _spans_of(layout, cell)
        out.append(cell)
        below.append(tall - 1)
        for _ in range(wide - 1):
            out.append((cell[1], cell[1], ""))
            below.append(tall - 1)
    return out, below


def _judged_by_the_column(layout: Layout, lines: list[tuple[int, int]], index: int, heads: list[Column],
                          ) -> list[Column]:
    """"So cùng kỳ (%)" over 104,5 · 45,2 · 112,0, or over 8,5 · -3,2 · 62,4: a column of comparisons whose head does
    not say whether its cells are growths or percentages of the base is judged by its cells together, not one by one:
    a cell with a minus, or cells mostly under 50, are growths (62,4 a rise of 62,4 %); else every cell is a
    percentage of the base (45,2 a fall of 54,8 %). A column of one cell is left to its value."""
    judged = [k for k, h in enumerate(heads) if h.role == "value" and h.ratio and h.metric in ("yoy_pct", "change_pct")]
    if not judged:
        return heads
    values: dict[int, list[float]] = {k: [] for k in judged}
    for row in range(index + 1, min(len(lines), index + 200)):
        a, b = lines[row]
        if "\t" not in layout.clean[a:b]:
            if layout.clean[a:b].strip():
                break
            continue
        cells = row_cells(layout, lines, row)
        for k in judged:
            if k < len(cells) and _SPACED_VALUE.fullmatch(text := cells[k][2].strip()) and (
                    value := _signed_value(text)) is not None:
                values[k].append(value)
    out = list(heads)
    for k, cells in values.items():
        out[k] = _judged(heads[k], cells)
    return out


# the cells of a column of percentages of a base: a figure of this period against the base's, from half to twice it
_OF_A_BASE = (50, 200)


def _judged(head: Column, values: list[float]) -> Column:
    """A column of comparisons judged by its cells' signed values together (``_judged_by_the_column``): growths
    (``ratio`` off) when one is below zero or most are 50 or under, else percentages of the base; ``head`` as it
    is for fewer than two cells. A lone minus among cells that are all percentages of a base (104,5 · -5,2 · 112,0
    · 98,7) is the one change written with its sign, not a column of growths."""
    if len(values) < 2:
        return head
    falls = sum(v < 0 for v in values)
    if falls and not (falls == 1 and len(values) > 2 and all(_OF_A_BASE[0] < v < _OF_A_BASE[1]
                                                              for v in values if v >= 0)):
        return replace(head, ratio=False)
    if sorted(values)[len(values) // 2] <= 50:
        return replace(head, ratio=False)
    return replace(head, of_the_base=True)


def _rejudge(results: list[tuple[Figure, dict]], columns: Iterable[list[tuple]]) -> None:
    """Read again, in place, the cells of each column of comparisons of a table read a row at a time (each cell:
    its result's index, text, offset, head, unit, row and row text), the column judged by its cells together."""
    for cells in columns:
        judged = _judged(cells[0][3], [v for c in cells if (v := _signed_value(c[1])) is not None])
        if judged != cells[0][3]:
            for at, text, offset, _head, unit, row, line in cells:
                fig = _cell_figure(text, offset, judged, unit, row, line)
                if fig is not None:
                    results[at] = (fig, results[at][1])


def _signed_value(text: str) -> float | None:
    """The signed number of a value cell ("-3,2", "104,5"), or None."""
    m = NUMBER.search(text)
    value = parse_number(m.group()) if m is not None else None
    if m is None or value is None:
        return None
    return -value if _MINUS.fullmatch(text[:m.start()]) else value


def _opens_on_a_frame(layout: Layout, a: int, b: int) -> bool:
    """Does the line at clean [a, b) open on a markdown or HTML table's frame: a blank, then a tab that stands for a
    pipe or a cell's tag (not a tab of the source's own)?"""
    tab = layout.clean.find("\t", a, b)
    return tab >= 0 and not layout.clean[a:tab].strip() and layout.source[layout.to_source(tab)] != "\t"


def _row_near(layout: Layout, lines: list[tuple[int, int]], index: int, step: int) -> int | None:
    """The index of the tab line next to ``lines[index]`` (``step`` -1: above, 1: below) past blank lines and a
    markdown table's rule (an HTML table's rows may stand a blank line apart), within three lines, or None."""
    k = index + step
    while 0 <= k < len(lines) and abs(k - index) <= 3:
        text = layout.clean[lines[k][0]:lines[k][1]]
        if "\t" in text and not ("-" in text and _MARKDOWN_RULE.fullmatch(text)):
            return k
        if text.strip() and "\t" not in text:
            return None
        k += step
    return None


def _inside_the_frame(layout: Layout, lines: list[tuple[int, int]], index: int, cells: list[tuple[int, int, str]]
                      ) -> list[tuple[int, int, str]]:
    """The cells of a row of a markdown or HTML table ("| 1 | Thu nội địa | 4.100 |", "<tr><td>1</td>..."), whose
    pipes or cell tags the text turned into tabs, without the blank before its first mark and after its last: no
    cells of the table (the row's number is its first cell, as a Word table's is). A row stands in its frame with
    the row before or after it (a page that lost its rows' opening pipes, "Tổng chi | 820.500 |", keeps its header's
    blank over their names); a Word table's row is as it is (its tabs are the source's own, "\t- Đàn lợn\t\t41.000":
    an empty number's cell)."""
    a, b = lines[index]
    if len(cells) < 3 or not _opens_on_a_frame(layout, a, b):
        return cells
    # (an HTML row's first tab stands for its "<tr>"'s cell tag: a frame of its own, however far the row before it
    # stands, "</tr>" and a blank line apart)
    html = layout.source[layout.to_source(layout.clean.find("\t", a, b))] == "<"
    if not html and not any(k is not None and _opens_on_a_frame(layout, *lines[k])
                            for k in (_row_near(layout, lines, index, -1), _row_near(layout, lines, index, 1))):
        return cells
    cells = cells[1:]
    if not cells[-1][2].strip() and layout.source[layout.to_source(cells[-1][0] - 1)] != "\t":
        cells = cells[:-1]
    return cells


def _one_money_unit(texts: list[str], heads: list[Column]) -> list[Column]:
    """"TT | Tỉnh | Kế hoạch vốn (tỷ đồng) | Giải ngân | Tỷ lệ (%)": in a table whose rows are places, sources,
    programmes or investors (one quantity a row) and with no unit column, a column of amounts whose head names no
    unit is in the one money unit the other columns of amounts name (its cells are not counts)."""
    if any(h.role == "unit" for h in heads) or not any(
            h.role == "place" or (h.role == "label" and _GROUP_HEAD.fullmatch(t)) for t, h in zip(texts, heads,
                                                                                              strict=True)):
        return heads
    money = {(h.unit, h.unit_text) for h in heads if h.role == "value" and h.unit is not None and not h.name
             and h.metric in ("level", "target") and h.unit[0] in ("VND", "USD")}
    if len(money) != 1:
        return heads
    unit, unit_text = money.pop()
    return [replace(h, unit=unit, unit_text=unit_text) if h.role == "value" and h.unit is None and not h.name
            and not h.locality and h.metric in ("level", "target") else h for h in heads]


# "Dự toán", "Kế hoạch năm 2026", "Ước thực hiện": a row naming only how its amounts are measured, not of what
_A_BARE_MEASURE_ROW = re.compile(r"\s*(?:dự\s+toán|kế\s+hoạch|KH|DT|(?:ước\s+)?thực\s+hiện|(?:ước\s+)?TH|ước\s+tính)"
                                 r"(?:\s+(?:năm\s+)?" + YEAR + r")?\s*", re.IGNORECASE)


# the budget's item a title names ("Tình hình giải ngân vốn đầu tư công ...", "Thu ngân sách nhà nước 9 tháng của các
# địa phương"): what the amounts of its columns are
_BUDGET_SUBJECT = re.compile(_SUMMED_CAPITAL.pattern + r"|\b(?:thu|chi)\s+ngân\s+sách"
                             r"(?:\s+nhà\s+nước|\s+địa\s+phương)?|thu\s+nội\s+địa", re.IGNORECASE)
# the words of a head that name an item of the budget itself ("Kế hoạch vốn", "Giải ngân", "Thu nội địa")
_NAMES_AN_ITEM = re.compile(r"vốn|giải\s+ngân|\b(?:thu|chi)\b|ngân\s+sách", re.IGNORECASE)


# the words a title opens on before its subject ("Tình hình trồng rừng ...", "Kết quả thực hiện tiêm vắc xin ...")
_TITLE_LEAD = re.compile(r"\W*(?:(?:báo\s+cáo|biểu)\s+)?(?:tình\s+hình|kết\s+quả|số\s+liệu)(?:\s+thực\s+hiện)?\s+",
                         re.IGNORECASE)
# where a title's subject ends: its time, whose it is, a list of places ("... 9 tháng năm 2025", "... của các địa
# phương", "... theo tỉnh")
_TITLE_SUBJECT_END = re.compile(r"\s+(?:\d|năm\b|tháng\b|quý\b|của\b|(?:phân\s+|chia\s+)?theo\b|tại\b|ở\b|trên\b|các\b|"
                                r"một\s+số\b|như\b)|\s*[:(,]", re.IGNORECASE)


def _budget_item_above(clean: str, lines: list[tuple[int, int]], index: int) -> str | None:
    """The budget's item the title just above a table names (a unit line may stand between them), or None."""
    line = _title_line_above(clean, lines, index)
    m = _BUDGET_SUBJECT.search(line) if line is not None and len(line) < 240 else None
    return m.group().lower() if m is not None else None


# the words of a budget table's head that say how and when its amounts are measured, not what of ("Kế hoạch vốn năm
# 2027", "Giải ngân đến 30/9/2027", "Tỷ lệ (%)", "Ước thực hiện", "So với KH", "Tỷ lệ so dự toán", "Vốn giao")
_MEASURE_WORDS = re.compile(r"\b(?:kế\s+hoạch|KH|dự\s+toán|DT|giao|ước|tính|thực\s+hiện|Ư?U?TH|lũy\s+kế|cộng\s+dồn|"
                            r"giải\s+ngân|đã|được|vốn|t[ỷỉ]\s+lệ|so(?:\s+(?:với|sánh))?|đạt|tổng\s+số|năm|tháng|quý|"
                            r"đến|ngày|hết|đầu|cuối)\b|\d+|[%()/:,.=\-]", re.IGNORECASE)


def _only_money_measured(texts: list[str], columns: list[Column], unit: tuple[str, float, str | None] | None) -> bool:
    """Whether a table's columns of values name no subject of their own, only how its money is measured ("Kế hoạch
    vốn | Giải ngân | Tỷ lệ (%)" in "triệu đồng"), not "Số hộ nghèo | Tỷ lệ hộ nghèo (%)"."""
    values = [(t, h) for t, h in zip(texts, columns, strict=True) if h.role == "value"]
    return bool(values) and not any(_MEASURE_WORDS.sub("", _without_its_unit(t)).strip() for t, _ in values) and any(
        u is not None and u[0] in ("VND", "USD") for u in (unit, *(h.unit for _, h in values)))


def _subject_above(clean: str, lines: list[tuple[int, int]], index: int) -> str | None:
    """What the title just above a table says its amounts are (a unit line may stand between them): the budget's
    item it names ("Tình hình giải ngân vốn đầu tư công ..." → "vốn đầu tư công"), else the words after its lead-in
    up to its time or its places ("Tình hình trồng rừng 9 tháng năm 2025" → "trồng rừng"), or None."""
    if (item := _budget_item_above(clean, lines, index)) is not None:
        return item
    line = _title_line_above(clean, lines, index)
    if line is None or len(line) >= 240 or (lead := _TITLE_LEAD.match(line)) is None:
        return None
    end = _TITLE_SUBJECT_END.search(line, lead.end())
    subject = line[lead.end():end.start() if end is not None else len(line)].strip()
    return subject.lower() if 0 < len(subject.split()) <= 5 and _CELL_WORD.search(subject) else None


# a money unit's scale written out: the first word of each money scale in the table of scale words (numbers)
_MONEY_SCALES = {1.0: "", **{value: f"{word} " for word, value in reversed(SCALE_WORD_VALUES.items())
                             if value in (1e3, 1e6, 1e9)}}


# the letter or numeral of a group of rows ("A", "II.", "B)")
_GROUP_MARK = re.compile(r"\s*([A-ZĐ]|[IVXL]{1,6})\s*[.)]?\s*")
# "Cộng A", "Cộng nhóm II", "Cộng": the sum of one group of a table's rows
_SUBTOTAL_ROW = re.compile(r"\s*(?i:cộng)(?:\s+(?i:nhóm|mục|phần))?(?:\s+([A-ZĐ]|[IVXL]{1,6}))?\s*[.:]?\s*")


def _projects_total(label: str, number: str, groups: dict[str, str], group: str | None) -> str:
    """The words a total row of a table of projects is said with ("Tổng cộng"; "Cộng A" or a bare "Cộng" under a
    group: "Cộng vốn ngân sách tỉnh", that group's sum), its words in the names' cell or the number's ("Tổng cộng |
    | 46.800"); "" for another row."""
    words = label or number
    if not words:
        return ""
    m = _SUBTOTAL_ROW.fullmatch(words)
    if m is not None and (named := groups.get(m.group(1)) if m.group(1) else group) is not None:
        return f"Cộng {_lower_first(named)}"
    return words if TOTAL_ROW.match(words) else ""


# "Dự án chuyển tiếp", "Các công trình khởi công mới", "DANH MỤC CÔNG TRÌNH CHUYỂN TIẾP": a group of projects named by
# their kind, no capital's
_KIND_OF_PROJECTS = re.compile(r"\s*(?:cộng\s+)?(?:danh\s+mục\s+)?(?:các\s+)?(?:dự\s+án|công\s+trình|DA)\b",
                               re.IGNORECASE)


# "Dự án chuyển tiếp", "CÁC CÔNG TRÌNH KHỞI CÔNG MỚI", "Công trình hoàn thành, bàn giao": a row of a table of projects
# naming a group of them by what is done to them (data/words/project_groups.csv), whatever its number's cell holds
_GROUP_OF_PROJECTS = re.compile(r"\s*(?:danh\s+mục\s+)?(?:các\s+)?(?:dự\s+án|công\s+trình|DA)\s+(?:"
                                + word_source("project_groups") + r")\b", re.IGNORECASE)


def _unnamed_kind_of_projects(label: str) -> bool:
    """"Các dự án do cấp huyện quản lý", "Công trình sử dụng vốn tỉnh": a row of a table of projects, with no number,
    naming projects by their kind in lower-case words only (no proper name of one work): a group of them."""
    if _CLASS_OF_PROJECTS.fullmatch(label):
        return True  # ("Nhóm B", "Dự án nhóm C": the projects of a class by their size)
    m = _KIND_OF_PROJECTS.match(label)
    rest = label[m.end():].strip() if m is not None else ""
    return bool(rest) and rest == rest.lower() and _CELL_WORD.search(rest) is not None


_CLASS_OF_PROJECTS = re.compile(r"\s*(?:(?:các\s+)?dự\s+án\s+)?nhóm\s+[ABC]\s*", re.IGNORECASE)


def _said_of_projects(words: str) -> str:
    """The words a sum of a table of projects is said with ("Tổng cộng", "Cộng vốn ngân sách tỉnh", "Giao thông"); a
    group named by its projects' kind only as a sum ("Cộng": "Dự án khởi công mới ..." would say a project started)."""
    return "Cộng" if _KIND_OF_PROJECTS.match(words) else words


def _second_names_cell(cells: list[tuple[int, int, str]], columns: list[Column]) -> str:
    """The words of a row's cell under the second column of names, when its table has two ("Cây trồng | Chỉ tiêu"),
    else ""."""
    names = [c.strip(" -+•") for (_, _, c), h in zip(cells, columns, strict=False) if h.role == "label"]
    return names[1] if len(names) > 1 else ""


_CROP_MEASURE_SHORTS = {
    row["words"]: (row["spelled"], row["unit"]) for row in read_table("words/crop_measure_shorts.csv")
}
# a crop's or a herd's measure named in full, the cell's first words ("Diện tích", "Sản lượng", "Tổng đàn";
# data/words/measured_subjects.csv)
_A_MEASURE_NAMED = re.compile(r"\s*(?:" + word_source("measured_subjects") + r")\s*", re.IGNORECASE)


def _a_measure_named(cell: str, unit_cell: str) -> str | None:
    """The measure a second names column's cell names ("Diện tích", or "DT" beside "ha": data/words/
    crop_measure_shorts.csv, a short only in its own unit), with its first letter a capital, or None."""
    if (short := _CROP_MEASURE_SHORTS.get(cell)) is not None:
        unit = _unit_of(unit_cell)
        return short[0].capitalize() if unit is not None and unit[0] == short[1] else None
    return cell[:1].upper() + cell[1:] if _A_MEASURE_NAMED.fullmatch(cell) else None


def _lower_first(words: str) -> str:
    """Words going on a phrase: their first letter in lower case, unless it opens a word in capitals ("KH", "NSNN")."""
    return words if words[1:2].isupper() else words[:1].lower() + words[1:]


def _money_words(unit: tuple[str, float, str | None] | None) -> str:
    """A money unit written out ("triệu đồng", "nghìn USD"), for a phrase a cell is said as; "" for another unit."""
    if unit is None or unit[0] not in ("VND", "USD") or unit[1] not in _MONEY_SCALES:
        return ""
    return f"{_MONEY_SCALES[unit[1]]}{'đồng' if unit[0] == 'VND' else 'USD'}"


def _province_cell(head: Column, heads: list[Column], texts: list[str], subject: str | None, place: str,
                   token: str, total: str = "", unit_text: str = "", at: int | None = None) -> dict | None:
    """A cell of a province's row in a table of provinces whose columns head amounts, not quantities of their own
    ("TT | Tỉnh | Kế hoạch vốn (tỷ đồng) | Giải ngân | Tỷ lệ (%)" over "1 | Nghệ An | 7.950 | 4.012 | 50,5"), said
    as the routing rules read a sentence ("Giải ngân: 4.012 tỷ đồng", a rate of the plan by the words of the column
    of what was done, "Tỷ lệ giải ngân: 50,5%"; the item the title names after words that name none, "Thực hiện thu
    ngân sách nhà nước"): a figure of that province, of whatever table the words route it to. None for a head that
    names no more than a time ("Năm 2025"), or a rate with no column of what was done.

    ``total``: the words of a total row said before the head's ("Tổng số kế hoạch vốn năm 2024: 84.300 triệu đồng",
    the sum of a table of projects); ``unit_text``: the unit of a head that names none (the table's unit line); ``at``:
    the head's column (another column's head may read the same)."""
    if head.role != "value" or head.name or head.locality or head.metric not in ("level", "target", "plan_pct"):
        return None
    words = _head_words(texts[heads.index(head) if at is None else at])
    if head.metric == "plan_pct":
        # (a project's cost, "Tổng mức đầu tư", is no amount the plan is done by)
        done = [_head_words(t) for t, h in zip(texts, heads, strict=True) if h.role == "value" and h.metric == "level"
                and not h.name and not h.locality and not _TOTAL_INVESTMENT_HEAD.search(t)]
        if len(done) != 1 or not done[0]:
            return None
        words = f"Tỷ lệ {done[0][:1].lower()}{done[0][1:]}"
    if not words:
        return None
    if subject and not _NAMES_AN_ITEM.search(words) and subject not in words.lower():
        words = f"{words} {subject}"
    lead = f"{total} {_lower_first(words)}: " if total else f"{words}: "
    phrase = f"{lead}{token} {'%' if head.metric == 'plan_pct' else head.unit_text or unit_text}".rstrip()
    return {"label": f"{words} ({place})", "phrase": phrase, "phrase_number": (len(lead), len(lead) + len(token)),
            "phrase_unit_end": len(phrase), "sub_unit": False, "table": {"has_total": False}}


def _head_words(text: str) -> str:
    """A head's words without its unit in brackets, or "" for a head that names only a time ("Năm 2025 (tỷ
    đồng)")."""
    words = " ".join(_without_its_unit(text).split()).rstrip(" (%)")
    if not words or _ONLY_A_YEAR.fullmatch(words) or _ONLY_A_PERIOD.fullmatch(words):
        return ""
    return words


def _rows_named_over_places(texts: list[str], heads: list[Column]) -> list[Column]:
    """"Cây trồng | Huyện A | Huyện B | Toàn tỉnh": in a table whose columns are places, the first head of words
    that is no column of values ("Cây trồng", "Sản phẩm") stands over the rows' names, whatever it says."""
    if not any(h.locality for h in heads):
        return heads
    # ("Huyện A | Huyện B | Tổng cộng": the column that adds the places up is the area's own, as "Toàn tỉnh" is)
    heads = [Column("value", "level") if h.role == "skip" and TOTAL_ROW.match(t) else h
             for t, h in zip(texts, heads, strict=True)]
    if any(h.role in ("label", "place") for h in heads):
        return heads
    for i, (text, head) in enumerate(zip(texts, heads, strict=True)):
        if head.role == "skip" and text.strip() and not _SKIP_HEAD.match(text) and _CELL_WORD.search(text):
            return [*heads[:i], Column("label"), *heads[i + 1:]]
    return heads


# "TT | Tên dự án | Tổng mức đầu tư (tỷ đồng)", "STT | Công trình | TMĐT": the head of a column of projects' names
# ("Tên dự án (công trình)", "Danh mục dự án đầu tư công": the same column, its kinds in brackets or its capital said)
PROJECT_NAME_HEAD = re.compile(r"\s*(?:tên|danh\s+mục)?\s*(?:các\s+)?(?:dự\s+án|công\s+trình)"
                               r"(?:\s*[,/]\s*(?:dự\s+án|công\s+trình)|\s*\(\s*(?:dự\s+án|công\s+trình)\s*\))?"
                               r"(?:\s+đầu\s+tư(?:\s+công)?)?\s*", re.IGNORECASE)
# a project list's column of each work's progress ("Tiến độ", "Tiến độ thực hiện", "Khối lượng hoàn thành (%)")
_PROGRESS_HEAD = re.compile(r"\s*(?:tiến\s+độ|(?:khối\s+lượng|t[ỷỉ]\s+lệ)\s+hoàn\s+thành)\b", re.IGNORECASE)


# a status column's head ("Tình hình thực hiện", "Tình trạng": data/words/project_status_heads.csv), and the share of
# the works built its cell says ("Đang thi công, đạt 72% khối lượng")
_STATUS_HEAD = re.compile(r"\s*(?:" + word_source("project_status_heads") + r")\b", re.IGNORECASE)
_WORKS_SHARE_SAID = re.compile(r"%\s*(?:khối\s+lượng|tiến\s+độ)", re.IGNORECASE)


def _a_works_progress(head: str, cell: str) -> bool:
    """Is a project table's cell under ``head`` the progress of its row's works: a progress column's ("Tiến độ"), or
    a status column's saying the share of the works built ("Tình hình thực hiện" over "Đang thi công, đạt 72% khối
    lượng"; not "đã giải ngân 45%")?"""
    status = _STATUS_HEAD.match(head) is not None and _WORKS_SHARE_SAID.search(cell) is not None
    return status or _PROGRESS_HEAD.match(head) is not None


def _a_works_progress_cell(name: str, token: str) -> dict:
    """A work's progress in a project list said as a sentence says it, "Cầu Nà Cù đạt 90% khối lượng": the share of
    the work done (read by the routing rules as a sentence of the work is)."""
    lead = f"{name} đạt "
    phrase = f"{lead}{token}% khối lượng"
    return {"label": name, "sub_unit": False, "table": {"has_total": False}, "phrase": phrase,
            "phrase_number": (len(lead), len(lead) + len(token)), "phrase_unit_end": len(lead) + len(token) + 1}


def _a_progress_column(table: _SpacedTable, k: int) -> bool:
    """Is column ``k`` of a table laid out with spaces the progress of the works its rows name (``_PROGRESS_HEAD``
    under a head of projects' names, ``PROJECT_NAME_HEAD``)?"""
    return bool(_PROGRESS_HEAD.match(table.texts[k])) and any(
        h.role == "label" and PROJECT_NAME_HEAD.fullmatch(t) for t, h in zip(table.texts, table.heads, strict=True)
    )


# the head of a table's rows of offices ("Đơn vị", "Cơ quan, đơn vị", "Tên đơn vị", "Đơn vị dự toán"): each row an
# office's amounts (not "Đơn vị tính", a column of units)
_OFFICES_HEAD = re.compile(r"\s*(?:tên\s+)?(?:cơ\s+quan|đơn\s+vị)(?:\s*(?:,|và)\s*(?:cơ\s+quan|đơn\s+vị))?"
                           r"(?:\s+dự\s+toán)?\s*", re.IGNORECASE)
_INVESTOR_HEAD = re.compile(r"\s*(?:chủ\s+đầu\s+tư|đơn\s+vị\s+thực\s+hiện)\s*", re.IGNORECASE)
# what a column of a project table holds, from the words of its head (data/words/project_columns.csv)
_PROJECT_MEASURE_HEADS = dict(keyed_word_patterns("project_columns", "measure", re.IGNORECASE))
# a head of a project's cost ("Tổng mức đầu tư", "TMĐT", "Tổng vốn")
_TOTAL_INVESTMENT_HEAD = _PROJECT_MEASURE_HEADS["total_investment"]


def _project_measure(head: str) -> str | None:
    """The measure of a project the words of a column's head name ("Vốn giao năm 2025" → plan), or None."""
    return next((measure for measure, pattern in _PROJECT_MEASURE_HEADS.items() if pattern.search(head)), None)


# "Kế hoạch năm 2025", "KH 2026", "KH vốn 2026": a plan's head, perhaps short, perhaps naming no capital
_PLAN_OPENING = re.compile(r"\s*(?:kế\s+hoạch|KH)\b(?:\s*vốn\b)?", re.IGNORECASE)


def _capitals_plan(head: str) -> str:
    """A head of a table of projects as the capital it plans, written out ("Kế hoạch năm 2025", "KH 2025" → "Kế
    hoạch vốn năm 2025", "Kế hoạch vốn 2025": the projects' amounts are capital); any other head as it is."""
    m = _PLAN_OPENING.match(head)
    if m is None or (_NAMES_AN_ITEM.search(head, m.end()) and "vốn" not in m.group()):
        return head  # ("Kế hoạch thu ngân sách": a plan of another item)
    return f"Kế hoạch vốn{head[m.end():]}"


# a kind of capital named alone in a head ("Vốn ĐTPT", "Vốn sự nghiệp", "NSTW", "Trong đó: vốn NSĐP"): a part of an
# amount of capital, not a subject of its own
_A_CAPITALS_KIND = re.compile(
    r"\s*(?:trong\s+đó\s*:?\s*)?(?:vốn\s+)?(?:đầu\s+tư\s+phát\s+triển|ĐTPT|sự\s+nghiệp|"
    r"NSTW|NSĐP|ngân\s+sách\s+(?:trung\s+ương|địa\s+phương|tỉnh))\s*",
    re.IGNORECASE,
)


def _parts_of_the_plan(texts: list[str], heads: list[Column]) -> list[Column]:
    """Heads naming only a kind of capital right after a plan's column ("Tổng KH vốn | Vốn ĐTPT | Vốn sự nghiệp |
    Giải ngân": a header of one row, the plan's head spanning none of them) are parts of that plan, of its year and
    setter; elsewhere they stay as they are."""
    out, plan = list(heads), None
    for k, (text, head) in enumerate(zip(texts, heads, strict=True)):
        if head.role == "value" and head.metric == "target" and not head.name:
            plan = head
        elif plan is not None and head.role == "skip" and _A_CAPITALS_KIND.fullmatch(text):
            out[k] = plan
        else:
            plan = None
    return out


def _project_columns(texts: list[str], heads: list[Column]) -> list[Column]:
    """In a table whose rows are projects, each row's cells are that project's amounts (projects.py reads the row
    again for its measures): a column that names its amount and unit ("Tổng mức đầu tư (tỷ đồng)") holds them in
    that unit, not a quantity counted at a place, and so does a head that only names a project's measure
    ("Tổng mức đầu tư", "TMĐT"); a head "Dự án" alone stands over the names."""
    named = [i for i, text in enumerate(texts) if PROJECT_NAME_HEAD.fullmatch(text)]
    if not named or heads[named[0]].role not in ("label", "skip") or any(
            h.role in ("label", "place") and not _INVESTOR_HEAD.fullmatch(texts[i])
            for i, h in enumerate(heads) if i != named[0]):
        return heads
    out = []
    for i, (text, head) in enumerate(zip(texts, heads, strict=True)):
        if i == named[0]:
            head = Column("label")
        elif head.role == "label":
            head = Column("skip")  # ("Tên dự án | Chủ đầu tư | TMĐT": who invests, beside the row's name)
        elif head.name and head.unit is not None and head.unit[0] in ("VND", "USD"):
            head = Column("value", "level", year=head.year, unit=head.unit, unit_text=head.unit_text)
        elif head.role == "skip" and (measure := _project_measure(text)) is not None:
            # ("Vốn giao năm 2025", "Vốn bố trí": the capital planned, of the year the head names)
            head = (Column("value", "target", year=int(year.group())) if measure == "plan" and (
                year := re.search(YEAR, text)) is not None else Column("value", "level"))
        out.append(head)
    return out


# "Mất tích", "Bị thương", "Chết": a casualty's head without its noun, a count of people (data/words/person_impacts.csv)
_CASUALTY_HEAD = re.compile(r"\s*(?:bị\s+)?(?:" + word_source("person_impacts") + r")\b", re.IGNORECASE)
# the units a damage head opens on ("Người chết", "Nhà sập", "Hộ phải di dời"): the count's noun; a tourism table's
# "Lượt khách", "Khách quốc tế" count visits
_COUNTED_NOUNS = frozenset({"person", "house", "household", "head", "visit"})


# "Thu NSNN trên địa bàn", "Tổng chi NSĐP", "Giải ngân vốn đầu tư công", "Vốn đầu tư công": a head naming an item of
# the budget with no unit, no time and no plan of its own
_A_BUDGET_HEAD = re.compile(r"\s*(?:tổng\s+)?(?:(?:thu|chi)\s+(?:ngân\s+sách(?:\s+nhà\s+nước|\s+địa\s+phương)?|"
                            r"NSNN|NSĐP)|(?:giải\s+ngân\s+)?vốn\s+đầu\s+tư\s+công)(?:\s+trên\s+địa\s+bàn)?\s*",
                            re.IGNORECASE)


def _budget_items_in_places(texts: list[str], heads: list[Column], unit: tuple[str, float, str | None] | None
                            ) -> list[Column]:
    """"Huyện | Thu NSNN trên địa bàn | Chi NSĐP | Giải ngân vốn đầu tư công" under "Đơn vị tính: tỷ đồng": in a table
    whose rows are places, a head naming an item of the budget and nothing else is a column of that item, of the
    row's place, in the table's ``unit`` (a money unit; none said, the heads are kept)."""
    if not (words := _money_words(unit)) or not any(h.role == "place" for h in heads) or any(
            h.role == "label" for h in heads):
        return heads
    return [replace(h, role="value", metric=h.metric or "level", name=" ".join(t.split()), unit=unit, unit_text=words)
            if h.role in ("skip", "value") and not h.name and h.unit is None and t.strip()[:1] in "TtCcGgVv"
            and _A_BUDGET_HEAD.fullmatch(t) else h for t, h in zip(texts, heads, strict=True)]


def _counted_in_places(texts: list[str], heads: list[Column]) -> list[Column]:
    """"TT | Tỉnh | Người chết | Mất tích | Nhà sập": in a table whose rows are places, a head of words that opens on
    what it counts ("Người chết", "Nhà sập") or names a casualty ("Mất tích") names its quantity as "Người chết
    (người)" does, its unit left unsaid."""
    if any(h.role == "place" for h in heads) and not any(h.role == "label" for h in heads):
        first = next(k for k, h in enumerate(heads) if h.role == "place")
        # ("Huyện | Xã đạt chuẩn nông thôn mới": after the places' column, a head opening on a kind of place that
        # it qualifies counts those places, as "Thôn đạt chuẩn" does; "Xã, phường" stays a kind of place)
        return _counts_named(texts, [Column("skip") if k > first and h.role == "place" and _a_kind_qualified(t)
                                     else h for k, (t, h) in enumerate(zip(texts, heads, strict=True))])
    if any(h.role == "label" for h in heads) and not any(h.role in ("unit", "place") for h in heads) and (
            any(h.role == "value" and h.name and h.unit is not None for h in heads)
            or not any(h.role == "value" and h.metric in ("level", "target") and not h.name for h in heads)):
        # ("Ngành | Số doanh nghiệp thành lập mới | Vốn đăng ký (tỷ đồng)", "Tên bệnh | Số ca mắc | Số tử vong": rows
        # of kinds, each column a quantity it names, the count's unit unsaid; not beside a column of the rows' own
        # amounts, "Nội dung | Người chết | Số lượng", whose rows name their subjects)
        return _counts_named(texts, heads)
    return _the_rows_named_before_counts(texts, heads)


# "Chỉ tiêu" alone, "Chỉ tiêu (người)", "Chỉ tiêu năm 2026": a head of the rows' names, or after them a quota's
_QUOTA_HEAD = re.compile(r"\s*chỉ\s+tiêu(?:\s+(?:năm\s+)?" + YEAR + r")?\s*(?:\([^()\d]{1,20}\)\s*)?", re.IGNORECASE)


def _first_head_of_words(texts: list[str]) -> int | None:
    """The place of a header's first head that is neither empty nor one to skip (a numbering or notes column: "STT",
    "Ghi chú"), or None."""
    return next((k for k, t in enumerate(texts) if t.strip() and not _SKIP_HEAD.match(t)), None)


def _counted_with_the_quotas(texts: list[str], heads: list[Column]) -> list[Column]:
    """``_counted_in_places``, with "Chỉ tiêu" after the first head of words ("Khu vực | Số thí sinh dự thi | Chỉ
    tiêu | Tỷ lệ chọi", "Trường | Số thí sinh | Chỉ tiêu (học sinh)") no second column of the rows' names but the
    quota each row was given: a target, counted in the unit its brackets say or else in that of the count before it."""
    first = _first_head_of_words(texts)
    quotas = [k for k, (t, h) in enumerate(zip(texts, heads, strict=True))
              if first is not None and k > first and h.role == "label" and _QUOTA_HEAD.fullmatch(t)
              and not _bare_measures_after(heads, k)]
    if not quotas:
        return _counted_in_places(texts, heads)
    out = _counted_in_places(texts, [Column("value", "target", year=int(year.group()) if (
        year := re.search(YEAR, texts[k])) else None) if k in quotas else h for k, h in enumerate(heads)])
    for k in quotas:
        said = _unit_of(bracket.group("unit")) if (bracket := _UNIT_IN_BRACKETS.search(texts[k])) else None
        if said is not None and said[0] not in ("pct", "times"):
            out[k] = replace(out[k], name="Chỉ tiêu", unit=said, unit_text=bracket.group("unit").strip())
        elif (counted := next((h for h in reversed(out[:k]) if h.role == "value" and h.name and h.unit is not None
                               and h.unit[0] not in ("pct", "times")), None)) is not None:
            out[k] = replace(out[k], name="Chỉ tiêu", unit=counted.unit, unit_text=counted.unit_text)
    return out


def _bare_measures_after(heads: list[Column], k: int) -> bool:
    """Are the columns after head ``k`` all values naming no quantity ("Xã | Chỉ tiêu | Kế hoạch | Thực hiện")?
    Then "Chỉ tiêu" heads the rows' names, whose plan and result they measure, not a quota of its own."""
    after = [h for h in heads[k + 1:] if h.role == "value"]
    return bool(after) and all(h.name is None for h in after)


def _the_rows_named_before_counts(texts: list[str], heads: list[Column]) -> list[Column]:
    """"Cấp học | Số trường | Số học sinh", "Bệnh | Số mắc | Tử vong | So cùng kỳ (%)", "Đơn vị | Số trường", "Cấp học |
    Trường | Lớp | Học sinh": a header with no head of the rows' names, whose first head of words stands before heads
    that name what they count: that first head names the rows (their kinds; "Đơn vị", as "Đơn vị | Thu ngân sách (tỷ
    đồng)" does, their places), and each count is read as in a table of places, a noun alone ("Trường") counting
    that thing. Heads as they were when no head after the first counts anything."""
    if any(h.role in ("label", "place") for h in heads):
        return heads
    first = _first_head_of_words(texts)
    if first is None or first == len(texts) - 1:
        return heads
    words, head = texts[first].strip(), heads[first]
    if head.role == "unit" and _PLACE_HEAD.match(words):
        names = Column("place")
    elif (head.role == "skip" and words[:1].isalpha() and not PROJECT_NAME_HEAD.fullmatch(words)
          and not _a_count_of_its_own(words)) or _a_noun_alone_counted(head):
        # ("Nhóm bệnh", "Trường": a noun that may count things, first, names the rows; "Số học sinh | Số lớp" and
        # "Tử vong" count, and leave the rows unnamed)
        names = Column("label")
    else:
        return heads
    counted = [replace(h, name=" ".join(t.split())) if _a_noun_alone_counted(h) else h
               for t, h in zip(texts[first + 1:], _counts_named(texts[first + 1:], heads[first + 1:]), strict=True)]
    if not any(now.name and now.role == "value" and not was.name
               for now, was in zip(counted, heads[first + 1:], strict=True)):
        return heads
    return [*heads[:first], names, *counted]


def _a_noun_alone_counted(head: Column) -> bool:
    """Is a head a noun alone that counts its own things ("Trường", "Lớp", "Học sinh": a column of their number), no
    measure, money or per cent ("Tỷ đồng", "Ha")?"""
    return (head.role == "value" and head.metric == "level" and head.unit is not None and not head.name
            and head.unit[0] not in (*_MEASURES, "pct", "point") and head.unit[2] not in _GENERIC_CLASSIFIERS)


def _a_kind_qualified(words: str) -> bool:
    """Does a head open on a noun that counts ("Xã", "Trường") and go on with words that qualify it ("Xã đạt chuẩn
    nông thôn mới"), not with other nouns after a comma or a slash ("Xã, phường", "Xã/thị trấn")?"""
    counted = _counts_named([words], [Column("skip")])[0]
    name = " ".join(words.split())
    return (counted.unit is not None and counted.unit[0] == "count" and name.lower().startswith(counted.unit_text)
            and name[len(counted.unit_text):len(counted.unit_text) + 1] == " ")


def _a_count_of_its_own(words: str) -> bool:
    """Does a head count something by its own words ("Số trường", "Tử vong", "Người chết", "Số mắc"), rather than
    only opening on a noun that may count ("Nhóm bệnh", "Trường THPT", the rows' names)?"""
    counted = _counts_named([words], [Column("skip")])[0]
    return counted.role != "skip" and not (counted.unit is not None and counted.unit[0] == "count"
                                           and words.lower().startswith(counted.unit_text))


# "Số mắc", "Mắc", "Số nhập viện": a count's head that leaves its noun unsaid (data/words/counts_of_an_unsaid_noun.csv:
# the noun, "ca", "người", and the words after which it is left out)
_UNSAID_NOUNS = keyed_word_patterns("counts_of_an_unsaid_noun", "noun", re.IGNORECASE)
_UNSAID_NOUN = re.compile(r"\s*(?:" + word_source("counts_of_an_unsaid_noun") + r")(?!\w)", re.IGNORECASE)


def _a_noun_counted(name: str, reading: UnitReading) -> bool:
    """Does a head open on a noun counted by its own word ("Trường", "Lớp", "Trường đạt chuẩn quốc gia": a count, not
    a measure or a classifier of any thing), not on the head of a column of names ("Dự án", "Công trình trọng
    điểm")?"""
    return (reading.unit == "count" and reading.label is not None and reading.label not in _GENERIC_CLASSIFIERS
            and not PROJECT_NAME_HEAD.match(name))


def _counts_named(texts: list[str], heads: list[Column]) -> list[Column]:
    """The heads of words that name what they count ("Người chết", "Số vụ", "Mất tích") as quantities with their
    unit, in a table whose rows are places or times (``_counted_in_places``, ``_years_as_rows``)."""
    out = []
    for text, head in zip(texts, heads, strict=True):
        words = text.strip()
        if head.role == "skip" and words[:1].isalpha() and not _SKIP_HEAD.match(words):
            name = " ".join(words.split())
            reading = read_unit(" " + name[:1].lower() + name[1:])
            counted = (_A_COUNT_OF.match(name) or _A_TOTAL_OF.match(name)) if name[:1] in "STst" else None
            rest = name[counted.end():] if counted is not None else name
            if reading is not None and (reading.unit in _COUNTED_NOUNS or _a_noun_counted(name, reading)) and (
                    len(name) == reading.length - 1 or name[reading.length - 1] == " "):
                # ("Trường", "Trường đạt chuẩn quốc gia", "Xã về đích nông thôn mới": a counted noun, perhaps qualified,
                # as "Nhà sập" is)
                head = Column("value", "level", name=name, unit=(
                    reading.unit, 1.0, reading.label if reading.unit == "count" else None),
                              unit_text=name[:reading.length - 1].lower())
            elif _CASUALTY_HEAD.match(rest):
                # ("Tử vong", "Số tử vong", "Mất tích": the people a casualty's head counts)
                head = Column("value", "level", name=name, unit=("person", 1.0, None), unit_text="người")
            elif (unsaid := _UNSAID_NOUN.match(rest)) is not None:
                # ("Số mắc", "Mắc mới", "Số nhập viện": a head whose noun is left unsaid, "ca" mắc, "người" nhập viện)
                noun = next(noun for noun, pattern in _UNSAID_NOUNS if pattern.match(unsaid.group()))
                reading = read_unit(" " + noun)
                assert reading is not None, noun  # (data/words/counts_of_an_unsaid_noun.csv names nouns read as units)
                head = Column("value", "level", name=name, unit=(reading.unit, reading.multiplier, reading.label),
                              unit_text=noun)
            elif name[:1] in "ĐđSsVv" and (spots := _SPOTS_HIT_NAMED.match(name)) is not None:
                # ("Điểm sạt lở", "Số vị trí sạt lở": the spots hit in each place, said "4 điểm sạt lở" of it)
                noun = " ".join(spots.group("noun").lower().split())
                head = Column("value", "level", name=name, unit=("count", 1.0, noun), unit_text=noun)
            elif counted is not None and (
                    reading := read_unit(" " + name[counted.end():])) is not None and reading.unit != "pct" and (
                    reading.length - 1 == len(name) - counted.end() or name[counted.end() + reading.length - 1] == " "):
                # ("Số điểm sạt lở", "Số vụ cháy": a count that names its noun, said "4 điểm sạt lở" of a place)
                unit_text = name[counted.end():counted.end() + reading.length - 1]
                head = Column("value", "level", name=name, unit=(reading.unit, reading.multiplier, reading.label),
                              unit_text=unit_text)
        out.append(head)
    return _the_noun_counted_before(texts, out)


# "Đã hoàn thành", "Quá hạn", "Đang giải quyết": a head saying only how far a count's things have got, the noun left
# to the count before it (data/words/states_of_a_counted_noun.csv)
_A_STATE_OF_THE_COUNTED = re.compile(r"\s*(?:" + word_source("states_of_a_counted_noun") + r")(?!\w)", re.IGNORECASE)


def _the_noun_counted_before(texts: list[str], heads: list[Column]) -> list[Column]:
    """"Đơn vị | Nhiệm vụ được giao | Đã hoàn thành | Quá hạn": a head of words that only says how far things have got
    counts a part of the things the count before it counts (the tasks done, the tasks overdue), its noun left unsaid:
    named with that noun ("Nhiệm vụ đã hoàn thành") in that count's unit. Not after a measure, money or a per cent."""
    out, counted = [], None
    for text, head in zip(texts, heads, strict=True):
        words = " ".join(text.split())
        if head.role == "value" and head.name and head.unit is not None:
            counted = head if head.unit[0] not in (*_MEASURES, "pct", "point", "times") and head.unit_text else None
        elif head.role == "skip" and counted is not None and _A_STATE_OF_THE_COUNTED.match(words):
            noun = counted.unit_text
            head = replace(counted, name=f"{noun[:1].upper()}{noun[1:]} {words[:1].lower()}{words[1:]}")
        out.append(head)
    return out


# a column's number or letter in the row under a header ("A", "B", "1", "(2)", "3=2/1", "4 = 3 - 2")
_COLUMN_NUMBER = re.compile(r"\s*(?P<open>\()?\s*(?:[A-ZĐ]|(?P<n>\d{1,2}))\s*(?(open)\))"
                            r"(?:\s*=\s*[\d()/*+×x.:\s-]{1,24})?\s*")


def _numbers_the_columns(texts: list[str]) -> bool:
    """Is a row right under a header the columns' numbering ("A | B | C | 1 | 2 | 3=2/1"): three cells or more, each
    a capital letter or a number, the numbers counting up one by one?"""
    filled = [t for t in texts if t.strip()]
    if len(filled) < 3:
        return False
    marks = [_COLUMN_NUMBER.fullmatch(t) for t in filled]
    if not all(marks):
        return False
    numbers = [int(n) for mark in marks if mark is not None and (n := mark.group("n"))]
    if not numbers:
        return len(filled) == len(texts)  # ("A | B | C | D": every column lettered)
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _merged_cells_repeated(texts: list[str], above: list[str]) -> tuple[list[str], list[str]] | None:
    """A header of two rows whose merged cells a conversion wrote out in each cell they cover ("TT | Chỉ tiêu | ĐVT |
    Năm 2027 | Năm 2027" over "TT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện"): both rows with each repeat left empty,
    as a header of two rows is written (the row above's head spanning its empty cells, the row below's first heads
    empty under their own); None when the rows are no such header (the row below opens on a head of its own, or
    the row above spans no two columns)."""
    if len(texts) != len(above) or not texts[0].strip() or texts[0].strip() != above[0].strip():
        return None
    spans = [i for i in range(1, len(above)) if above[i].strip() and above[i].strip() == above[i - 1].strip()]
    changed = [i for i, t in enumerate(texts) if t.strip() != above[i].strip()]
    # (a head below may name a time by its number, "9 tháng", "Tháng 9/2026": words in each, not figures)
    if not spans or not changed or not all(texts[i].strip() and _CELL_WORD.search(texts[i]) for i in changed):
        return None
    top = ["" if i in spans else t for i, t in enumerate(above)]
    return top, ["" if i not in changed else t for i, t in enumerate(texts)]


def a_second_header_row(texts: list[str], above: list[str]) -> bool:
    """Is a row right below a header (``above``) the header's second row: its first cells (the number and the
    label's) empty, and words, not numbers, in the others? (A header with no number's column, "| Tháng 9/2026 so
    với: | | | Bình quân 9 tháng", has a second row under its label's blank only where a head spans empty cells.)"""
    if len(texts) < 3 or texts[0].strip():
        return False
    # (a row typed without the tabs of its empty cells at its end, "\tTháng báo cáo so với:", spans the cells it lacks)
    # ("Địa phương | Dự toán | Thực hiện" over "| năm 2026 | 6 tháng": with the names' head first, every head after it
    # may go on below it)
    # ("| | Thực hiện | Ước tính" over "| ĐVT | tháng 9/2026 | tháng 10/2026": the unit's head under a blank goes on
    # the header, as words under every head do; a row's name there opens a row)
    if texts[1].strip() and classify_header(texts[1]).role != "unit" and (
            len(above) < 2 or classify_header(above[1]).role in ("label", "place") or not any(
            (i >= len(above) or not above[i].strip()) and texts[i].strip() for i in range(2, len(texts)))) and (
            classify_header(above[0]).role not in ("label", "place")):
        return False
    filled = [t for t in texts[1:] if t.strip()]
    # (a per cent among the units a second row gives its columns: "| | Tỷ đồng | Tỷ đồng | %"; the years a comparison
    # spans under its "So sánh (%)": "| | năm 2026 | 2026/2025")
    return any(_CELL_WORD.search(t) for t in filled) and all(
        _CELL_WORD.search(t) or t.strip() in ("%", "(%)") or _YEARS_COMPARED.fullmatch(t.strip()) for t in filled)


def _the_noun_counted(head: str) -> str:
    """The noun a count's head counts ("Tổng số nhà bị ảnh hưởng" → "nhà", "Người chết" → "người"), or ""."""
    words = head.strip()
    if (m := _A_COUNT_OF.match(words)) is not None:
        words = words[m.end():]
    reading = read_unit(" " + _lower_first(words)) if words else None
    if reading is None or reading.unit not in _COUNTED_NOUNS or (
            len(words) > reading.length - 1 and words[reading.length - 1] != " "):
        return ""
    return words[:reading.length - 1].lower()


# the time a head spanning others names with its year: "Thực hiện quý III/2025", "Ước thực hiện năm 2026", "Năm 2025"
_TIME_WITH_ITS_YEAR = re.compile(r"(?:(?:quý\s+(?:[IV]{1,3}|[1-4])|\d{1,2}\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?|"
                                 r"tháng\s+\d{1,2})\s*(?:/\s*|\s+năm\s+|\s+)|năm\s+)?(" + YEAR + ")", re.IGNORECASE)


def _the_time_over(over: str, sub: str) -> str | None:
    """"Thực hiện quý III/2025" over "Quý III | Lũy kế 9 tháng", "Thực hiện năm 2025" over "6 tháng": a head below
    naming a part of a year without the year is that part of the year the head above names, done as it says ("Thực
    hiện Lũy kế 9 tháng năm 2025", not the quarter above); None when either names no such time."""
    if re.search(YEAR, sub) or not _A_PERIOD_WITHOUT_YEAR.search(sub) or (time := _TIME_WITH_ITS_YEAR.search(over)
                                                                          ) is None:
        return None
    words = f"{over[:time.start()]} {over[time.end():]}".split()
    return " ".join([*words, sub.strip(), "năm", time.group(1)])


def merged_header(above: list[str], below: list[str]) -> list[str]:
    """The heads of a header written over two rows: a cell of the row above spans the empty cells after it
    that the row below fills ("Năm 2026" over "Kế hoạch", "Thực hiện"), and is read with each of them."""
    merged, spanning, counted = [], "", ""
    for i, sub in enumerate(below):
        top = above[i].strip() if i < len(above) else ""
        if top:
            spanning = top
            if _LEAD_IN.fullmatch(top):
                # ("Tổng số nhà bị ảnh hưởng | Trong đó" over "| Sập đổ hoàn toàn | Hư hỏng một phần": the parts of the
                # column before, each said with the noun it counts, "Nhà sập đổ hoàn toàn")
                counted = _the_noun_counted(above[i - 1]) if i > 0 else ""
        elif not sub.strip():
            spanning = ""
        over = top or spanning
        if over and sub.strip() and _LEAD_IN.fullmatch(over):
            merged.append(f"{counted.capitalize()} {_lower_first(sub.strip())}" if counted else sub.strip())
            continue
        if over and sub.strip() and _ONLY_A_YEAR.fullmatch(over):
            # "Năm 2026" over "Ước 9 tháng", "Thực hiện tháng 9": the year is that of the months below it, read
            # after them ("Ước 9 tháng năm 2026" is nine months; "năm 2026 ước 9 tháng" read as the whole year)
            merged.append(_unit_kept_last(sub.strip(), over))
            continue
        if over and sub.strip() and (dated := _the_time_over(over, sub)) is not None:
            merged.append(dated)
            continue
        if over and sub.strip() and "so" in over and _the_bases_head(over):
            merged.append(_the_base_said(over, sub.strip()))
            continue
        if over and "(" not in over and (sub.strip() == "%" or _a_unit_alone(sub) is not None):
            # ("Kế hoạch vốn 2026 | Giải ngân" over "| Tỷ đồng | Tỷ đồng": a row of the columns' units under their
            # heads, each the unit of its column, in brackets where a head's unit is read)
            merged.append(f"{over} ({sub.strip()})")
            continue
        if over and sub.strip() and (said := _the_plan_under_a_result(over, sub.strip())) is not None:
            merged.append(said)
            continue
        if over and sub.strip() and (topic := _A_TOPIC_HEAD.match(over)) is not None:
            # ("Về nhà ở (cái)" over "Sập đổ | Tốc mái": a head naming the topic of the damage below it, each part said
            # with the thing it is of, "Nhà ở sập đổ (cái)", as a sentence says it)
            thing = over[topic.end():]
            merged.append(_unit_kept_last(thing[:1].upper() + thing[1:], _lower_first(sub.strip())))
            continue
        merged.append(_unit_kept_last(over, sub.strip()) if over and sub.strip() else over or sub.strip())
    return merged


# "Về người", "Về nhà ở": a head spanning the columns of one topic ("regarding"), the thing the heads below are of
_A_TOPIC_HEAD = re.compile(r"\s*về\s+(?=[^\W\d_])", re.IGNORECASE)


def _the_plan_under_a_result(over: str, sub: str) -> str | None:
    """"Kết quả | Kết quả" (or "Kết quả thực hiện") over "Kế hoạch | Thực hiện": a head above naming what was done
    spans the plan beside it too; the head below names the measure, the plan, read with the time above if any
    ("Thực hiện năm 2026" over "Kế hoạch": "Kế hoạch năm 2026"). None when the head below names no plan."""
    if not _LEVEL_HEAD.search(over) or _PLAN_WORD.search(over) or classify_header(sub).metric != "target":
        return None
    time = _TIME_WITH_ITS_YEAR.search(over) if not re.search(YEAR, sub) else None
    return f"{sub} {time.group()}" if time is not None else sub


def _a_quantitys_name(head: str) -> bool:
    """Does a head of a header's first row name a quantity alone, no time, measure or comparison ("Diện tích gieo
    trồng", "Sản lượng", "Năng suất"): a subject for the columns under it?"""
    return (not any(ch.isdigit() for ch in head) and bool(_CELL_WORD.search(head))
            and classify_header(head).role == "skip" and not _SKIP_HEAD.match(head) and not _LEAD_IN.fullmatch(head)
            and not any(p.search(head) for p in (_COMPARING, _PLAN_WORD, _LEVEL_HEAD, _ESTIMATE_HEAD)))


def _quantities_spanned(above: list[str], below: list[str]) -> list[str]:
    """For each column of a header of two rows, the quantity a head of the row above names over the columns the row
    below splits it into ("Diện tích gieo trồng | Năng suất" over "Kế hoạch (ha) | Thực hiện (ha) | Thực hiện
    (tạ/ha)", a merged cell written out in each column or spanning the empty ones after it), else ""."""
    spanned, spanning = [], ""
    for i, sub in enumerate(below):
        top = above[i].strip() if i < len(above) else ""
        if top:
            spanning = top if _a_quantitys_name(top) else ""
        elif not sub.strip():
            spanning = ""
        spanned.append(spanning if sub.strip() else "")
    return spanned


def _named_by_the_head_above(texts: list[str], heads: list[Column], spanned: list[str]) -> list[Column]:
    """In a table whose rows are kinds (crops, products) or places, the columns of values a quantity named above them
    (``_quantities_spanned``) spans, each named by it (the columns of "Sản lượng" over "Kế hoạch (tấn) | Thực hiện
    (tấn)" are both "Sản lượng"), as a head of one row naming its quantity is ("Sản lượng (tấn)"). (Rows of
    indicators, "Chỉ tiêu", name their own subjects.)"""
    if not any(spanned) or not any(h.role == "place" or (h.role == "label" and _KINDS_HEAD.fullmatch(t))
                                   for t, h in zip(texts, heads, strict=False)):
        return heads
    return [replace(h, name=n) if n and h.role == "value" and not h.name and h.unit and not h.place else h
            for h, n in itertools.zip_longest(heads, spanned[:len(heads)], fillvalue="")]


def _unit_kept_last(first: str, second: str) -> str:
    """Two heads read as one ("Kế hoạch vốn (triệu đồng)" under "Năm 2024", "Kế hoạch (tỷ đồng)" over "Năm 2026"),
    the unit one of them closes on in brackets kept at the end, where a head's unit is read ("Kế hoạch vốn năm 2024
    (triệu đồng)"); a percentage's "(%)" stays where it stands."""
    if "(" in first and (m := _UNIT_IN_BRACKETS.search(first)) is not None and m.group("unit") != "%" and (
            "(" not in second or _UNIT_IN_BRACKETS.search(second) is None):
        return f"{first[:m.start()].rstrip()} {second} {m.group().strip()}"
    return f"{first} {second}"


# "(ĐVT: Triệu đồng)", "Đơn vị tính: tỷ đồng" on its own line right above a table: the unit of its cells
# (or closing the heading line above it, in brackets: "I. Dự toán thu, chi ngân sách (ĐVT: triệu đồng)")
# ("Biểu 01: Thu ngân sách ĐVT: triệu đồng", "Biểu 2: Thu ngân sách - Đơn vị: triệu đồng", "..., đơn vị: tỷ đồng": the
# unit closing the caption's line without brackets, "Đơn vị" set apart by a mark or a tab; after a plain space it
# may be the unit line the layout joined to the title above it, "... của các địa phương Đơn vị: tỷ đồng")
_UNIT_LINE_ABOVE = re.compile(
    rf"(?:^\W*|\(|\s(?=ĐVT|Đơn\s+vị\s+tính)|(?:[-–,]\s*|\t\s*)(?=Đơn\s+vị\s*:)){UNIT_SAID}\s*"
    r"(?P<unit>[^()\t\n:]{1,20}?)\W*$", re.IGNORECASE)


# "Biểu 5. Vốn đầu tư thực hiện từ nguồn NSNN", "Bảng 2: Sản lượng lương thực (ĐVT: tấn)": a table's caption, its
# number and unit taken off
_CAPTION = re.compile(r"\W*(?:biểu|bảng|phụ\s+(?:lục|biểu))\s+(?:số\s+)?[\dIVXivx]+[a-z]?\s*[.:\-–]\s*"
                      r"(?P<subject>[^\t\n]{3,150}?)\s*(?:\((?:ĐVT|Đơn\s+vị)[^()]*\)"
                      # ("Biểu 03: Vốn đầu tư ... (Đơn vị: tỷ đồng) (Theo giá hiện hành)": the notes in brackets after
                      # its unit, the layout joined to the caption's line (data/words/caption_notes.csv), no part of its
                      # subject; the subject's own brackets before the unit stay, "(giá so sánh 2010)")
                      r"(?:\s*\((?:" + word_source("caption_notes") + r")\b[^()\t\n]{0,120}\))*|"
                      # ("Biểu 2: Thu ngân sách - Đơn vị: triệu đồng", "... \t\tĐVT: tỷ đồng": its unit after it,
                      # without brackets)
                      r"[-–,]?\s*(?:ĐVT|Đơn\s+vị(?:\s+tính)?)\s*:[^()\n:]{1,25})?[^\w)]*", re.IGNORECASE)


# a line that is only a note in brackets, "(Tính đến ngày 15/3/2026)", "(Kèm theo Nghị quyết số 12/NQ-HĐND)"
_A_NOTE_IN_BRACKETS = re.compile(r"\s*\([^()\t\n]{3,160}\)\s*")
_BLANKS_ABOVE = 3  # the blank lines an HTML table leaves between its caption or unit line and its header


def _lines_above(clean: str, lines: list[tuple[int, int]], index: int, count: int) -> list[tuple[int, int]]:
    """The ``count`` lines above a table's header (at line ``index``), nearest first, past the blank lines a table
    pasted from a portal leaves under its caption ("Đơn vị tính: Tỷ đồng", then its ``<table>``'s empty lines)."""
    above = lines[max(0, index - count - _BLANKS_ABOVE):index]
    filled = [i for i, (a, b) in enumerate(above) if clean[a:b].strip()]
    keep = filled[-1] + 1 if filled else len(above)
    return list(reversed(above[max(0, keep - count):keep]))


def _caption_above(clean: str, lines: list[tuple[int, int]], index: int) -> str | None:
    """The subject of the caption in the lines just above a table's header (at line ``index``; a unit line may
    stand between them), or None."""
    for a, b in _lines_above(clean, lines, index, 3):
        line = clean[a:b]
        m = _CAPTION.fullmatch(line)
        if m:
            return m.group("subject")
        if line[:1] in " (" and _A_NOTE_IN_BRACKETS.fullmatch(line) and not _UNIT_LINE_ABOVE.search(line):
            continue  # ("(Tính đến ngày 15/3/2026)", "(Theo giá hiện hành)" under the caption: a note, as a unit is)
        if line.strip() and not _UNIT_LINE_ABOVE.search(line):
            # ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng" over "Đơn vị tính: Tỷ đồng": a title of
            # its own line, unnumbered, with its unit under it)
            below = clean[b + 1:clean.find("\n", b + 1)]
            if a > 0 and _UNIT_LINE_ABOVE.search(below) and _PLAIN_TITLE.fullmatch(line):
                return line.strip()
            titled = _UNIT_CLOSED_TITLE.fullmatch(line) if a > 0 and line.rstrip().endswith(")") else None
            if titled is not None and (_unit_of(titled.group("unit")) or ("count",))[0] != "count":
                # ("Tốc độ tăng trưởng GRDP theo quý năm 2024 so với cùng kỳ năm trước (%)": a title of its own line
                # closing on its unit in brackets, unnumbered)
                return titled.group("subject")
            return None
    return None


# the time a caption closes on ("... tháng 8 năm 2026", "... 6 tháng đầu năm 2026", "... quý III/2026", "... năm
# 2026"), and what joins two of them ("tháng 8 và 8 tháng năm 2026")
_CAPTIONS_TIME_AT_END = re.compile(r"(?:\s+|\s*,\s*)(?:và|(?:\d{1,2}\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?|tháng\s+\d{1,2}"
                                   r"|quý\s+(?:[IV]{1,3}|[1-4])|(?:năm\s+)?" + YEAR + r")"
                                   r"(?:\s*/\s*" + YEAR + r"|\s+(?:năm\s+)?" + YEAR + r")?)\s*$", re.IGNORECASE)


def _without_its_time(caption: str) -> str:
    """A caption's subject said as a row's label: the time it closes on left out ("Thu ngân sách nhà nước tháng 8 năm
    2026" → "Thu ngân sách nhà nước"), which the columns' heads date each figure by; a caption that is only a time
    stays as it is."""
    subject = caption
    while (end := _CAPTIONS_TIME_AT_END.search(subject)) is not None and end.start() > 0:
        subject = subject[:end.start()]
    return subject if len(subject.split()) > 1 else caption


def _metric_of_a_caption(caption: str | None) -> str | None:
    """What a caption says its table's per cents are: a growth on the year before ("Tốc độ tăng tổng sản phẩm ...",
    "Tăng trưởng GRDP theo khu vực") or a share of a whole ("Cơ cấu kinh tế", "Tỷ trọng các khu vực"), else None.
    (A growth on another base, "... so với tháng trước", is none on the year before.)"""
    if not caption:
        return None
    if _GROWTH_ROW.match(caption) and not _TARGET_HEAD.search(caption) and not _OTHER_BASE_HEAD.search(caption):
        return "yoy_pct"
    return "share_pct" if _STRUCTURE_TITLE.match(caption.lstrip()) else None


# a title line closing on its cells' unit in brackets: words with no stop, colon or tab, a capital first
_UNIT_CLOSED_TITLE = re.compile(r"\s*(?P<subject>[A-ZĐÀ-Ỹ][^\t\n.;:!?()]{8,150}?)\s*"
                                r"\(\s*(?P<unit>%|[^()\d]{1,20}?)\s*\)\s*")
_PLAIN_TITLE = re.compile(r"\s*[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ ,\-–][^\W\d_]+|\s*[-–,]\s*[^\W\d_]+){1,20}\s*")


# "Chỉ số sản xuất công nghiệp theo quý so với cùng kỳ (%)", "(Cùng kỳ năm trước = 100%)": a title saying every cell
# below is a percentage of the same period a year before
_COMPARED_TITLE = re.compile(r"(?:so\s+với\s+cùng\s+kỳ(?:\s+năm\s+trước)?\s*(?:\(\s*%\s*\))?|"
                             r"cùng\s+kỳ\s+năm\s+trước\s*=\s*100\s*%?)\W*$", re.IGNORECASE)


# "Chỉ số sản xuất công nghiệp theo quý" over "Đơn vị tính: %": an index of each period in per cent with no base
# named, which the statistics offices set on the same period a year before (a base named, "kỳ gốc 2019 = 100",
# "so với tháng trước", is read by the columns' heads)
_INDEX_CAPTION = re.compile(r"\s*chỉ\s+số\s+(?!.*(?:gốc|=\s*100|\b(?:tháng|quý|kỳ)\s+trước|tháng\s+12|"
                            r"đầu\s+năm|cuối\s+năm))", re.IGNORECASE)


def _an_index_above(clean: str, lines: list[tuple[int, int]], index: int) -> bool:
    """Does the caption above a table's header (at line ``index``; a unit line may stand between them) name an index
    with no base ("Chỉ số sản xuất công nghiệp các quý năm 2025", "Biểu 2. Chỉ số giá tiêu dùng")?"""
    for a, b in _lines_above(clean, lines, index, 3):
        line = clean[a:b]
        if not line.strip() or _UNIT_LINE_ABOVE.search(line):
            continue
        caption = m.group("subject") if (m := _CAPTION.fullmatch(line)) else line
        return caption[:12].lower().lstrip().startswith("chỉ") and _INDEX_CAPTION.match(caption) is not None
    return False


# "Tốc độ tăng GRDP các quý năm 2026 (%)", "Tốc độ tăng trưởng các khu vực kinh tế (%)": a title saying every cell below
# is a growth in per cent on the same period a year before (the growth itself, not a ratio of it); one naming another
# base ("so với tháng trước", "so với đầu năm", "kỳ gốc") leaves its columns' heads to say it
_GROWTH_TITLE = re.compile(r"(?:^|\W)tốc\s+độ\s+tăng(?:\s+trưởng)?\s(?!.*(?:gốc|=\s*100|\b(?:tháng|quý|kỳ)\s+trước|"
                           r"tháng\s+12|đầu\s+năm|cuối\s+năm)).*\(\s*%\s*\)\W*$", re.IGNORECASE)


def _a_growth_above(clean: str, lines: list[tuple[int, int]], index: int) -> bool:
    """Does the title just above a table's header (at line ``index``) say its cells are growths in per cent on the
    same period a year before ("Tốc độ tăng GRDP các quý năm 2026 (%)")?"""
    for a, b in _lines_above(clean, lines, index, 2):
        line = clean[a:b]
        if line.strip():
            return "tốc" in line.lower() and _GROWTH_TITLE.search(line) is not None
    return False


def _growths_on_the_year_before(heads: list[Column]) -> list[Column]:
    """The columns of amounts of a table whose cells are all growths in per cent on the same period a year before
    (a title saying so): each a growth on that period, as written."""
    return [replace(h, metric="yoy_pct") if h.role == "value" and h.metric == "level" and not h.name
            and (h.unit is None or h.unit[0] == "pct") else h for h in heads]


def _on_the_year_before(heads: list[Column]) -> list[Column]:
    """The columns of amounts of a table whose cells are all percentages of the same period a year before (a title
    saying so, an index's caption): each a growth on that period."""
    return [replace(h, metric="yoy_pct", ratio=True) if h.role == "value" and h.metric == "level" and not h.name
            and h.unit is None else h for h in heads]


def _compared_above(clean: str, lines: list[tuple[int, int]], index: int) -> bool:
    """Does the line just above a table's header (at line ``index``) say its cells are percentages of the same
    period a year before?"""
    for a, b in reversed(lines[max(0, index - 2):index]):
        line = clean[a:b]
        if line.strip():
            return "cùng kỳ" in line.lower() and _COMPARED_TITLE.search(line) is not None
    return False


def _unit_line_above(clean: str, lines: list[tuple[int, int]], index: int) -> tuple[str, float, str | None] | None:
    """The unit a line just above a table's header (at line ``index``) sets for all its cells, or None."""
    for a, b in _lines_above(clean, lines, index, 2):
        line = clean[a:b]
        if "vị" in line or "ĐVT" in line or "đvt" in line:
            m = _UNIT_LINE_ABOVE.search(line)
            if m and (unit := _unit_of(m.group("unit"))) is not None and unit[0] != "count":
                return unit
        elif (line.rstrip().endswith(")") and "\t" not in line and (m := _UNIT_IN_BRACKETS.search(line)) is not None
              and (unit := _unit_of(m.group("unit"))) is not None and unit[0] != "count"):
            return unit  # ("Bảng 2. Chi ngân sách theo lĩnh vực năm 2024 (triệu đồng)": the caption's unit)
    return None


# "(Đơn vị tính: tỷ đồng)", "ĐVT: triệu đồng" on a line of its own under a table: the unit of its cells, said after
# them (a line "Nguồn: Cục Thống kê" may stand between); one right above another table's header is that one's
_UNIT_LINE_ALONE = re.compile(rf"\W*\(?\s*{UNIT_SAID}\s*(?P<unit>[^()\t\n:]{{1,20}}?)\s*\)?\W*", re.IGNORECASE)
_SOURCE_LINE = re.compile(r"\W*(?:nguồn|ghi\s+chú)\b", re.IGNORECASE)
_ROWS_READ_FOR_A_UNIT = 60


def _unit_line_below(clean: str, lines: list[tuple[int, int]], index: int) -> tuple[str, float, str | None] | None:
    """The unit a line just under a tab table (whose header is at line ``index``) says for all its cells, or None."""
    return _unit_said_under((clean[a:b] for a, b in lines[index + 1:index + _ROWS_READ_FOR_A_UNIT]),
                            lambda line: "\t" in line)


def _unit_said_under(following: Iterable[str], in_the_table: Callable[[str], bool]
                     ) -> tuple[str, float, str | None] | None:
    """The unit the first line of words after a table's rows (``following``: the lines after its header, the rows
    those ``in_the_table`` takes) says, past a line of its source, or None."""
    after = iter(following)
    for line in after:
        if line.strip() and not in_the_table(line):
            break
    else:
        return None
    words = [line, *(text for text in itertools.islice(after, 4) if text.strip())]
    if _SOURCE_LINE.match(words[0]):
        words = words[1:]
    if not words or len(line := words[0]) > 60 or not ("vị" in line or "ĐVT" in line or "đvt" in line) or (
            m := _UNIT_LINE_ALONE.fullmatch(line)) is None:
        return None
    if len(words) > 1 and in_the_table(words[1]):
        return None  # (the unit line above the next table's header; one above a caption is the table's above it)
    unit = _unit_of(m.group("unit"))
    return unit if unit is not None and unit[0] != "count" else None


# "Tính đến ngày 31/10/2026, ...", "Lũy kế đến hết ngày 30/9/2025:": a line opening on the day what follows is
# counted up to
# ("BẮC NINH - Đến ngày 20/11/2026, ...": a news item's place before it; "Tính đến 17 giờ ngày 12/10/2026": a bulletin's
# hour before the day)
_UP_TO_THE_DAY = r"đến\s+(?:hết\s+)?(?:\d{1,2}[ \t]*(?:giờ|h)(?:[ \t]*\d{1,2}(?:[ \t]*phút)?)?[ \t]+)?ngày\s+"
_COUNTED_TO_A_DAY = re.compile(r"\W*(?:[^\W\d]+(?:[ \t]+[^\W\d]+){0,4}[ \t]*[-–—][ \t]*)?"
                               rf"(?:(?:tính|lũy\s+kế|cộng\s+dồn)\s+)?{_UP_TO_THE_DAY}\d", re.IGNORECASE)
# the same opening a sentence inside a line, in its capital, or closing a title ("Tình hình giải ngân ... đến ngày
# 31/10/2025", perhaps joined by the layout to the unit line under it)
# ("... NĂM 2026 (đến ngày 31/10/2026)": the day in brackets closing it)
_COUNTED_TO_A_DAY_JOINED = re.compile(
    rf"(?<=\s)(?:Tính|Lũy\s+kế|Cộng\s+dồn)\s+{_UP_TO_THE_DAY}\d|"
    r"[\s(]đến\s+(?:hết\s+)?ngày\s+\d{1,2}/\d{1,2}/\d{4}(?=\W*$|\W*(?:ĐVT|Đơn\s+vị))"
)


def _counted_to_a_day_above(clean: str, lines: list[tuple[int, int]], index: int) -> dt.date | None:
    """The day the line just above a table's header (a unit line may stand between them) counts up to ("Tính đến
    ngày 30/9/2026, kết quả giải ngân như sau:"), or None."""
    words_lines = _word_lines_above(clean, lines, index)
    line = next(words_lines, None)
    if line is None:
        return None
    if (day := _the_day_a_line_counts_to(line)) is not None:
        return day
    lead = next(words_lines, None)
    if lead is None or (day := _the_day_a_line_counts_to(lead)) is None:
        return None
    # ("Tính đến 17 giờ ngày 12/10/2026, mưa lũ đã gây thiệt hại như sau:" over "Bảng tổng hợp thiệt hại", "BẮC NINH -
    # Đến ngày 20/11/2026, tổng thu ..." over "Kết quả thu một số khoản như sau:": the lead's day counts up the table
    # its title or lead-in, naming no time of its own but the day's year, opens)
    return day if not any(c.isdigit() for c in line.replace(str(day.year), "")) else None


def _the_day_a_line_counts_to(line: str) -> dt.date | None:
    """The day a line opening on it counts up to ("Tính đến ngày 31/10/2026, ..."), or one a sentence or a title's
    close inside it names (``_COUNTED_TO_A_DAY_JOINED``), or None."""
    if "đến" not in line and "Đến" not in line:
        return None
    if _COUNTED_TO_A_DAY.match(line):
        return _cut_off(line[:80])
    # ("Tình hình giải ngân vốn đầu tư công năm 2025" then "Tính đến ngày 30/11/2025, ...": a title with no stop at its
    # end, joined by the layout to the sentence after it)
    m = _COUNTED_TO_A_DAY_JOINED.search(line, 0, 400)
    return _cut_off(line[m.start():m.start() + 80]) if m is not None else None


def _counted_to(columns: list[Column], day: dt.date) -> list[Column]:
    """The columns of what was done, and of its share of the plan, under a line counting up to ``day``: counted
    from the year's start up to that day (a column dated by its own head keeps its time; a plan has no as-of); a
    column naming its own quantity ("Người chết (người)", "Nhà bị ngập (nhà)") is what stood at that day, of the
    report's time, as "tính đến ngày ..., 3 người chết" says it."""
    return [replace(h, as_of=day) if h.name else replace(h, period=(dt.date(day.year, 1, 1), day), as_of=day)
            if h.role == "value" and h.metric in ("level", "plan_pct") and h.period is None and h.as_of is None
            and not h.locality and h.year in (None, day.year) else h for h in columns]


# a part of a capital from one source, named in a column's head ("Trong đó: NSTW", "Vốn ngân sách địa phương", "Ngân
# sách tỉnh"): the words budgets.py reads as the centre's or the local budget's money (data/words/central_budget.csv,
# local_budget.csv)
_CENTRAL_PART = re.compile(r"(?:vốn\s+)?(?:" + word_source("central_budget") + ")", re.IGNORECASE)
_LOCAL_PART = re.compile(r"(?:vốn\s+)?(?:" + word_source("local_budget") + ")", re.IGNORECASE)


def _with_the_sources_part(extra: dict, part: tuple[str, str] | None) -> dict:
    """A row's cell with the source its column's head names ("Vốn đầu tư công" under "NSĐP": "Vốn đầu tư công NSĐP",
    as a sentence names it, and ``funding_source`` "local", for the pipeline), unless the row names a source itself
    ("Vốn NSTW" under "Tổng số")."""
    label = extra["label"]
    if part is None or not label or _CENTRAL_PART.search(label) or _LOCAL_PART.search(label):
        return extra
    said = f"{part[0][:1].lower()}{part[0][1:]}" if part[0][1:2].islower() else part[0]  # ("vốn NSTW", "NSĐP")
    return {**extra, "label": f"{label} {said}", "funding_source": part[1]}


def _a_sources_part(head: str) -> tuple[str, str] | None:
    """The one source a column's head names its cells' capital from ("Kế hoạch vốn năm 2026 NSTW": "NSTW", "central"),
    as written; None when it names none or both ("Tổng số (NSTW + NSĐP)")."""
    if not ("N" in head or "ngân" in head or "vốn" in head):
        return None
    central, local = _CENTRAL_PART.search(head), _LOCAL_PART.search(head)
    if (central is None) == (local is None):
        return None
    return " ".join((central or local).group().split()), "central" if central else "local"


# a national target programme named in a row ("Chương trình MTQG giảm nghèo bền vững")
_NATIONAL_PROGRAMME = re.compile(r"\bMTQG\b|mục\s+tiêu\s+quốc\s+gia", re.IGNORECASE)


def _rows_name_national_programmes(clean: str, lines: list[tuple[int, int]], index: int) -> bool:
    """Do the rows under a header (at line ``index``; up to twenty tab lines) name national target programmes?"""
    for a, b in lines[index + 1:index + 21]:
        if "\t" not in clean[a:b]:
            if clean[a:b].strip():
                return False
            continue
        if _NATIONAL_PROGRAMME.search(clean, a, b):
            return True
    return False


def _subject_summed_above(clean: str, lines: list[tuple[int, int]], index: int) -> str | None:
    """The capital the title just above a table of sources or programmes names ("vốn đầu tư công", "các chương
    trình mục tiêu quốc gia"; a unit line may stand between them), what its total row sums up, or None."""
    line = _title_line_above(clean, lines, index)
    m = _SUMMED_CAPITAL.search(line) if line is not None and len(line) < 240 else None
    if m is None and line is not None and len(line) < 240 and "công" in line:
        # ("Tình hình thực hiện kế hoạch đầu tư công năm 2026", "Kết quả giải ngân đầu tư công": the same capital
        # named by its plan or its paying out)
        return "vốn đầu tư công" if _PUBLIC_INVESTMENT_DONE.search(line) is not None else None
    return m.group().lower() if m is not None else None


_PUBLIC_INVESTMENT_DONE = re.compile(r"\b(?:kế\s+hoạch|giải\s+ngân)\s+đầu\s+tư\s+công\b", re.IGNORECASE)


# a markdown table's rule, its pipes made tabs ("\t---\t:---:\t")
_MARKDOWN_RULE = re.compile(r"[\t ]*(?::?-{3,}:?[\t ]*)+")


def _a_unit_row(texts: list[str]) -> tuple[str, float, str | None] | None:
    """The unit a table's row that holds only a unit line says ("| (ĐVT: triệu đồng) | | |"), or None."""
    filled = [t for t in texts if t.strip()]
    if len(filled) != 1 or not ("vị" in filled[0] or "ĐVT" in filled[0] or "đvt" in filled[0]):
        return None
    m = _UNIT_LINE_ABOVE.search(filled[0])
    unit = _unit_of(m.group("unit")) if m is not None else None
    return unit if unit is not None and unit[0] != "count" else None


# an appendix's or table's number alone on its line ("Biểu số 02", "Phụ lục 3", "BẢNG 1"), no title after it
_A_BARE_TABLE_MARK = re.compile(r"\W*(?:biểu|bảng|phụ\s+(?:lục|biểu))\s+(?:số\s+)?[\dIVX]{1,4}[a-z]?\W*", re.IGNORECASE)


def _title_line_above(clean: str, lines: list[tuple[int, int]], index: int) -> str | None:
    """The first line with words above a table's header (at line ``index``), past a unit line and a table's number
    alone ("Biểu số 02" under the title it numbers), within four lines past the blank lines a portal's table leaves
    under them (``_lines_above``)."""
    return next(_word_lines_above(clean, lines, index), None)


def _word_lines_above(clean: str, lines: list[tuple[int, int]], index: int) -> Iterator[str]:
    """The lines with words above a table's header (at line ``index``), nearest first, as ``_title_line_above``
    finds the first."""
    for a, b in _lines_above(clean, lines, index, 4):
        line = clean[a:b]
        if line[:1] in " (" and _A_NOTE_IN_BRACKETS.fullmatch(line):
            continue  # ("(Kèm theo Báo cáo số 215/BC-UBND ...)" under an appendix's title: a note, as a unit line is)
        if line.strip() and not _UNIT_LINE_ABOVE.search(line) and not (
                len(line) < 24 and _A_BARE_TABLE_MARK.fullmatch(line)):
            yield line


def _first_cell_below(clean: str, lines: list[tuple[int, int]], index: int) -> str | None:
    """The first cell with words of the line after a table's header (at line ``index``), or None."""
    if index + 1 >= len(lines):
        return None
    a, b = lines[index + 1]
    return next((c for c in clean[a:b].split("\t") if c.strip()), None)


def _the_row_below(layout: Layout, lines: list[tuple[int, int]], index: int) -> list[str] | None:
    """The cells' texts of the table's row under the line at ``index`` (past a markdown table's rule), or None."""
    near = _row_near(layout, lines, index, 1)
    return None if near is None else [text for _, _, text in row_cells(layout, lines, near)]


def _unit_line_joined_above(layout: Layout, header_start: int) -> tuple[str, float, str | None] | None:
    """The unit a line of the source just above a table's header sets, when the layout joined it to the title
    before it ("Báo cáo tình hình giải ngân ... năm 2027" then "Đơn vị: tỷ đồng": one paragraph of the clean
    text), read on the source's lines (``Layout.lined``), or None."""
    if header_start == 0 or not layout.lined:
        return None
    above, spans = _joined_lines(layout.lined[max(0, header_start - 240):header_start - 1].split("\n"))
    return _unit_line_above(above, spans, len(spans))


def _cell_extra(label: str, head: Column) -> dict:
    extra: dict = {"label": label, "target_year": head.year}
    if head.as_of is not None:
        extra["as_of"] = head.as_of  # (pipeline: the row's as_of)
    if head.period is not None:
        extra["period"] = head.period
    elif head.metric == "level" and head.year:
        extra["year"] = head.year  # "TH năm 2025", "Năm 2025": what that whole year came to
    if head.basis is not None:
        extra["plan_basis"] = head.basis
    return extra


# a cell that is one number, its thousands set apart by single spaces ("1 250 400", "62 500,5", "≥ 3 200")
_SPACE_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?:,\d+)?(?=\s*%?\s*$)")


# the sign of a cell's number ("-2,5", "− 1,3"; a dash alone is an empty cell, no number follows it)
_MINUS = re.compile(r"\s*[-−–]\s?")
_PLUS = re.compile(r"\s*\+\s?")
_IN_BRACKETS = re.compile(r"\s*\(\s*\d[\d.,]*\s*%?\s*\)\s*")


def _unit_after(rest: str) -> tuple[str, float, str | None] | None:
    """The unit a cell writes after its number ("32.000 người", "58,5 tạ/ha"), or None."""
    words = rest.strip()
    if not words[:1].isalpha():
        return None
    reading = read_unit(" " + words)
    return None if reading is None or reading.unit == "count" else (reading.unit, reading.multiplier, reading.label)


def _the_rows_measure(fig: Figure, label: str) -> Figure:
    """A per-cent figure of a row (of a tab or a space-aligned table) as what its row's name says it measures: an
    index of production its growth (``_an_index_as_its_growth``); a growth rate's done cell the growth ("Tốc độ
    tăng trưởng GRDP | % | 8,5 | 9,2"); a rate's fall's ("Giảm tỷ lệ hộ nghèo | % | 3,2 | 3,0") what the rate fell
    by, in points, as "tỷ lệ hộ nghèo giảm 3,2%" says it (the plan's cell is the fall aimed at). Any other as it is."""
    if (grown := _an_index_as_its_growth(fig, label)) is not fig or fig.metric != "level" or fig.unit != "pct":
        return grown
    if _GROWTH_ROW.match(label):
        return replace(fig, metric="yoy_pct")
    if label[:4].lower() == "giảm" and _A_RATES_FALL.match(label):
        return replace(fig, metric="yoy_abs", value=-fig.value)
    return fig


def _an_index_as_its_growth(fig: Figure, label: str) -> Figure:
    """A row of the index of industrial production in per cent ("Chỉ số sản xuất công nghiệp | % | 108,0 | 108,2"):
    the index of the same time a year before as 100, its growth on it, as "chỉ số IIP tăng 8,2%" says it; the plan's
    cell the growth aimed at. Any other figure as it is."""
    if (fig.metric in ("level", "target") and fig.unit == "pct" and fig.value > 50 and "hỉ" in label[:4]
            and _PRODUCTION_INDEX_ROW.match(label)):
        return replace(fig, metric="yoy_pct" if fig.metric == "level" else "target", value=round(fig.value - 100, 6))
    return fig


def _value_cells(cells: list[tuple[int, int, str]], columns: list[Column]) -> Iterator[tuple[int, int, str, Column]]:
    """Each cell of a row with its column's index, clean offset and head; a cell holding a range ("3 - 4" under
    "Kế hoạch 2026") is given as its two ends, each a figure of the column (not a year's span, "2021-2025")."""
    for k, ((ca, cb, cell), head) in enumerate(zip(cells, columns, strict=False)):
        for a, _b, text in _range_ends((ca, cb, cell)) if head.role == "value" else ((ca, cb, cell),):
            yield k, a, text, head


def _range_ends(cell: tuple[int, int, str]) -> tuple[tuple[int, int, str], ...]:
    """A value cell (start, end, text) holding a range ("3 - 4", "8-8,5"; no span of years, "2021-2030") as its two
    ends, each with its offsets; any other cell alone."""
    a, b, text = cell
    if ("-" in text or "–" in text) and (m := _RANGE_CELL.fullmatch(text)) is not None:
        low, high = parse_number(m.group(2)), parse_number(m.group(4))
        if (low is not None and high is not None and low < high
                and not (_YEAR_TOKEN.fullmatch(m.group(2)) and _YEAR_TOKEN.fullmatch(m.group(4)))):
            return (a, a + m.end(1), m.group(1)), (a + m.start(3), b, m.group(3))
    return (cell,)


def _cell_figure(cell: str, ca: int, head: Column, unit: tuple[str, float, str | None] | None,
                 row: tuple[int, int], row_text: str) -> Figure | None:
    """The figure of one value cell (at clean offset ``ca``) read through its column's header."""
    m = _SPACE_GROUPED.search(cell) if " " in cell.strip() else None
    if m is not None:
        # ("1 250 400": a spreadsheet's thousands set apart by spaces, one number, not the "1" it opens on)
        value = parse_number(m.group().replace(" ", ""))
    elif (m := NUMBER.search(cell)) is not None:
        value = parse_number(m.group())
    else:
        return None
    if value is None:
        return None
    prefix = cell[:m.start()]
    # ("+1,6", "-0,5" among "102,0 · 97,8" under "So sánh (%)": a change written with its sign, never a percentage of
    # the base; so is an accountant's minus, "(8,5)")
    bracketed = "(" in prefix and _IN_BRACKETS.fullmatch(cell) is not None
    signed = bool(prefix) and (head.ratio or head.of_the_base) and (
        _MINUS.fullmatch(prefix) is not None or _PLUS.fullmatch(prefix) is not None or bracketed)
    if _MINUS.fullmatch(prefix) or (head.falls and not prefix.strip()):
        value = -value  # ("-2,5" under "Tăng, giảm so với cùng kỳ (%)": a fall; "236" under "Giảm" likewise)
    elif bracketed:
        value = -value  # ("(140)" in a finance table: an accountant's minus)
    qualifier = ("over" if _OVER_MARK.search(prefix) else
                 "under" if _UNDER_MARK.search(prefix) else
                 "estimate" if head.estimate else "exact")
    if head.metric in ("plan_pct", "yoy_pct", "change_pct", "share_pct") or "%" in cell:
        f_unit, mult, u_label = "pct", 1.0, None
    elif head.unit:
        f_unit, mult, u_label = head.unit
    elif unit:
        f_unit, mult, u_label = unit
    elif (own := _unit_after(cell[m.end():])) is not None:
        f_unit, mult, u_label = own  # ("32.000 người" in a table that names no unit: the cell says it)
    else:
        f_unit, mult, u_label = "count", 1.0, None
    metric = head.metric or "level"
    f_value = scale(value, mult)
    if signed and metric == "yoy_pct" and unit is not None and unit[0] == "pct":
        # (a rate's row, "Tỷ lệ che phủ rừng | % | 42,1 | 42,6 | +0,5": its change on the year before in points)
        metric = "yoy_abs"
    elif signed and metric in ("yoy_pct", "change_pct"):
        pass
    elif (metric in ("yoy_pct", "change_pct") and head.of_the_base and f_unit == "pct") or (
            metric == "change_pct" and head.ratio and f_unit == "pct" and value > 50) or (
            metric == "yoy_pct" and f_unit == "pct" and value > 50 and (head.ratio or "bằng" in row_text.lower())):
        f_value = round(value - 100, 6)
    return Figure(start=ca + m.start(), end=ca + m.end(), unit_end=ca + m.end(), token=m.group(),
                  value=f_value, unit=f_unit, unit_label=u_label, qualifier=qualifier,
                  metric=metric, sentence=row, segment=row)


# "Trước sắp xếp", "Sau sáp nhập", "Số ĐVHC sau khi sắp xếp": a side of a merger of administrative units
_A_MERGERS_SIDE = re.compile(
    r"\s*(?:số\s+(?:lượng\s+)?(?:(?:đơn\s+vị|ĐVHC)(?:\s+hành\s+chính)?\s+)?)?"
    r"(?P<side>(?:trước|sau)\s+(?:khi\s+)?(?:sắp\s+xếp|sáp\s+nhập|hợp\s+nhất))"
    r"(?:\s*\(\s*đơn\s+vị\s*\))?\s*",
    re.IGNORECASE,
)
# "Giảm", "Số giảm", "Giảm (đơn vị)": the units fewer after the merger; "Tỷ lệ giảm (%)": that fall as a per cent
_A_MERGERS_FALL = re.compile(
    r"\s*(?:số\s+(?:lượng\s+)?)?(?:đơn\s+vị\s+)?giảm(?:\s*\(\s*đơn\s+vị\s*\))?\s*", re.IGNORECASE
)
_A_MERGERS_FALLING_RATE = re.compile(r"\s*t[ỷỉ]\s+lệ\s+giảm\s*(?:\(\s*%\s*\))?\s*", re.IGNORECASE)


_MERGERS_SIDES = frozenset(f"{side} {verb}" for side in ("trước", "sau", "trước khi", "sau khi")
                           for verb in ("sắp xếp", "sáp nhập", "hợp nhất"))  # (as _the_mergers_sides writes them)
# ("Xã", "Phường", "Tổng số xã, phường": the kind of unit a merger's row counts, its unit's word)
_A_KIND_OF_UNITS = re.compile(rf"\s*(?:tổng\s+(?:số\s+)?)?(?:số\s+)?({UNIT_WORDS})(?!\w)", re.IGNORECASE)


def _the_units_counted(label: str) -> tuple[str, float, str | None]:
    """The unit of a merger's row: a count of the kind of unit it names ("Xã" → xã), else of units ("đơn vị")."""
    kind = _A_KIND_OF_UNITS.match(label)
    return "count", 1.0, " ".join(kind.group(1).lower().split()) if kind is not None else "đơn vị"


def _the_mergers_sides(texts: list[str], heads: list[Column]) -> list[Column]:
    """A merger's table of administrative units: "Đơn vị hành chính | Trước sắp xếp | Sau sắp xếp | Giảm | Tỷ lệ giảm
    (%)" over "Xã | 290 | 103 | 187 | 64,5". Its first column names kinds of units (the rows' names, not places nor
    units of measure); each side is the count of that kind then, named with it ("Xã trước sắp xếp"); "Giảm" is the
    change of the count, a fall (yoy_abs as "giảm 187 xã" reads in a sentence); "Tỷ lệ giảm (%)" that fall on the count
    before, another base than a year before (change_pct, −64,5)."""
    sides = [_A_MERGERS_SIDE.fullmatch(t) for t in texts]
    if not any(sides):
        return heads
    out: list[Column] = []
    for text, head, side in zip(texts, heads, sides, strict=True):
        if side is not None:
            head = Column("value", "level", season=" ".join(side.group("side").lower().split()))
        elif out and any(h.season for h in out) and _A_MERGERS_FALL.fullmatch(text):
            head = Column("value", "yoy_abs", falls=True)
        elif out and any(h.season for h in out) and _A_MERGERS_FALLING_RATE.fullmatch(text):
            head = Column("value", "change_pct", falls=True)
        elif head.role == "unit" and not any(h.role == "label" for h in heads):
            head = Column("label")  # ("Đơn vị hành chính", "Đơn vị": the kinds of units the rows count)
        out.append(head)
    return out


def _place_table(heads: Iterable[Column], texts: list[str] | None = None) -> list[Column]:
    """"Đơn vị" heads the units of an indicator table ("Chỉ tiêu | Đơn vị | KH | TH") but the places
    of a table whose columns name their quantities ("Đơn vị | Thu ngân sách (tỷ đồng) | ..."), or of one with no
    column of names at all ("STT | Đơn vị | Số hộ nghèo | Tỷ lệ (%)": a unit's column with no rows' names to
    measure is none; ``texts``, the heads as written, tell "Đơn vị" from "Đơn vị tính")."""
    heads = list(heads)
    if any(h.role in ("label", "place") for h in heads):
        return heads
    if any(h.name for h in heads) or (texts is not None and any(h.role == "value" for h in heads) and any(
            h.role == "unit" and _PLACE_HEAD.match(t) and all(not before.strip() or _SKIP_HEAD.match(before)
                                                              for before in texts[:k])
            for k, (t, h) in enumerate(zip(texts, heads, strict=True)))):
        # (the places' column is the first but the rows' numbers: "TT | Loại | Đơn vị | Số lượng" names its rows with
        # "Loại", and "Đơn vị" is their unit)
        return [Column("place") if h.role == "unit" else h for h in heads]
    return heads


# a rate's head naming nothing ("Tỷ lệ (%)", "Tỷ lệ"), after a count's column ("Số hộ nghèo | Tỷ lệ (%)")
_A_BARE_RATE = re.compile(r"\s*t[ỷỉ]\s+lệ\s*(?:\(\s*%\s*\))?\s*", re.IGNORECASE)


def _the_changes_rate(texts: list[str], heads: list[Column]) -> list[Column]:
    """"Quý I/2027 | So với cùng kỳ (vụ) | Tỷ lệ (%)": a bare rate's head right after the column of a change on the
    same period a year before is that change in per cent (-11,1: a fall of 11,1 %), no share of a plan."""
    out = list(heads)
    for k in range(1, len(heads)):
        before, head = heads[k - 1], heads[k]
        if (before.metric == "yoy_abs" and head.metric == "plan_pct" and head.basis is None
                and "l" in texts[k] and _A_BARE_RATE.fullmatch(texts[k])):
            out[k] = Column("value", "yoy_pct", year=before.year, period=before.period)
    return out


def _the_quantitys_change(heads: list[Column]) -> list[Column]:
    """"Tỉnh | Điểm PCI 2026 | Tăng/giảm so với 2025 (điểm)", "Xã | Số vụ cháy | So với cùng kỳ (vụ)": in a table whose
    rows are places, a change on the year before that names no quantity, right after a column that names one, is
    that quantity's change (in its unit when the change says none): each place's "Điểm PCI", no bare place."""
    if not any(h.role == "place" for h in heads):
        return heads
    out = list(heads)
    for k in range(1, len(heads)):
        before, head = heads[k - 1], heads[k]
        if (head.metric in ("yoy_abs", "yoy_pct") and not head.name and before.metric == "level" and before.name
                and before.unit is not None and before.unit[0] != "pct"
                and (head.unit is None or head.unit[0] in ("pct", before.unit[0]))):
            unit = head.unit if head.unit is not None or head.metric == "yoy_pct" else before.unit
            out[k] = replace(head, name=before.name, unit=unit, unit_text=head.unit_text or (
                before.unit_text if unit is before.unit else ""))
    return out


def _the_counts_rate(texts: list[str], heads: list[Column]) -> list[Column]:
    """"Xã | Số hộ nghèo | Tỷ lệ (%)": in a header with no plan and no column of what was done, a bare rate's head right
    after the column of a count ("Số hộ nghèo", "Số hộ cận nghèo") is the rate of what it counts ("Tỷ lệ hộ nghèo"),
    each row's level in per cent, not a share of a plan the table does not have."""
    if any(h.role == "value" and (h.metric == "target" or (h.metric == "level" and not h.name)) for h in heads):
        return heads
    out = list(heads)
    for k in range(1, len(heads)):
        before, head = heads[k - 1], heads[k]
        if (head.metric == "plan_pct" and before.name and before.unit is not None and before.unit[0] != "pct"
                and "l" in texts[k] and _A_BARE_RATE.fullmatch(texts[k])
                and (counted := _A_COUNT_OF.match(before.name)) is not None):
            out[k] = Column("value", "level", year=head.year, period=head.period,
                            name=f"Tỷ lệ {before.name[counted.end():]}", unit=("pct", 1.0, None), unit_text="%")
    return out


_NATION_ROW = re.compile(r"\s*(?:cả\s+nước|toàn\s+quốc)\s*", re.IGNORECASE)
# ("Tổng cộng (A+B)", "Tổng số (I+II+III)": the total with the rows it adds up)
# ("Toàn huyện", "Cả xã": the whole of a district's or a commune's report, as "Toàn tỉnh" is of a province's)
# (routing reads it too: a total row of a project list names no project)
TOTAL_ROW = re.compile(r"^\s*(?:tổng\s+cộng|tổng\s+số|tổng|cộng|"
                       rf"(?:toàn|cả)\s+(?:{UNIT_WORDS}))"
                       r"(?:\s*\(\s*[A-Z\d]+(?:\s*\+\s*[A-Z\d]+)+\s*\))?\s*$", re.IGNORECASE)


# "Toàn ngành công nghiệp", "Toàn ngành" over "Khai khoáng", "Chế biến, chế tạo": the row of the whole branch, which
# sums up the table as a total row does ("Biểu 4. Chỉ số sản xuất công nghiệp" over it: that index, the branch's own)
_WHOLE_BRANCH = re.compile(r"\s*toàn\s+ngành\b", re.IGNORECASE)


def _the_whole_branch(label: str) -> bool:
    return label[:4].lower() == "toàn" and _WHOLE_BRANCH.match(label) is not None


# an index named inside a sentence ("chỉ số sản xuất công nghiệp", "chỉ số IIP")
_AN_INDEX_NAMED = re.compile(r"chỉ\s+số\s+(?:sản\s+xuất|tiêu\s+thụ|tồn\s+kho|IIP)\b", re.IGNORECASE)


def _branches_title_above(clean: str, lines: list[tuple[int, int]], index: int) -> str | None:
    """What the title line just above a table of branches (at line ``index``) names, up to its time ("Chỉ số sản xuất
    công nghiệp tháng 9 năm 2025" → "Chỉ số sản xuất công nghiệp"): the whole branch's row is that quantity's."""
    line = _title_line_above(clean, lines, index)
    if line is None or len(line) > 160 or "\t" in line:
        return None
    # ("So với cùng kỳ năm trước, chỉ số sản xuất công nghiệp tháng 8 ước tăng 18,5%, chi tiết như sau:": a sentence
    # leading the table names the index it details after its opening words)
    at = line.lower().find("chỉ số ")
    at = at if at > 0 and _AN_INDEX_NAMED.match(line, at) is not None else 0
    end = _TITLE_SUBJECT_END.search(line, at)
    subject = line[at:end.start() if end is not None else len(line)].strip(" -–.:")
    return subject if 2 <= len(subject.split()) <= 10 and not NUMBER.search(subject) else None


# the words counting things that stand before a noun ("cái", "chiếc", "căn", "ngôi"), not units of their own
_CLASSIFIERS = frozenset(word_list("classifiers"))
# the classifiers that count any thing ("cái", "chiếc"): a count, not a unit of their own (data/words/classifiers.csv)
_GENERIC_CLASSIFIERS = frozenset(keyed_word_lists("classifiers", "generic")["yes"])
# a column's name counting the spots a disaster hit ("Điểm sạt lở", "Số điểm bị ngập úng", "Vị trí sạt lở taluy"),
# not a score ("Điểm PCI", "Điểm trung bình")
_SPOTS_HIT_NAMED = re.compile(r"\s*(?:số\s+)?(?P<noun>điểm|vị\s+trí)\s+(?:bị\s+|gây\s+)?(?:"
                              + word_source("spot_damage") + ")", re.IGNORECASE)


def row_phrase(label: str, token: str, unit: str) -> tuple[str, tuple[int, int], int]:
    """A row of a table with a label column said as a sentence, for the routing rules to read as they read
    ``_named_cell``'s phrases: "186 nhà bị tốc mái" (a label opening on its unit's word), else "Ước giá trị thiệt
    hại: 3.500 triệu đồng"; with where the number and its unit end."""
    if unit and label.lower().startswith(unit.lower() + " "):
        phrase = f"{token} {label[:1].lower()}{label[1:]}"
        return phrase, (0, len(token)), len(token) + 1 + len(unit)
    if unit.lower() in _CLASSIFIERS and label[:1].isupper():
        # ("Nhà bị tốc mái | cái | 3.450": a classifier stands before its noun, "3.450 cái nhà bị tốc mái")
        phrase = f"{token} {unit.lower()} {label[:1].lower()}{label[1:]}"
        return phrase, (0, len(token)), len(token) + 1 + len(unit)
    lead = f"{label}: "
    phrase = f"{lead}{token} {unit}".rstrip()
    return phrase, (len(lead), len(lead) + len(token)), len(phrase)



# "Giá trị thiệt hại (tỷ đồng)", "Thành tiền (triệu đồng)", "Ước thiệt hại (triệu đồng)": what the damage of each row
# is worth
_WORTH_HEAD = re.compile(r"giá\s+trị|thành\s+tiền|thiệt\s+hại", re.IGNORECASE)


# what a row of damage says was done to it ("Nhà bị tốc mái", "Lúa ngập úng", "Cầu hư hỏng", "Gia cầm chết")
_DAMAGE_ROW = re.compile(r"\b(?:" + word_source("damaged_row_words") + r")\b", re.IGNORECASE)


def _no_damage(fig: Figure, head: Column) -> bool:
    """Is the cell a place's "0" under a column of damage ("Lúa bị ngập (ha)", "Người chết"): the place lost none,
    no damage to count?"""
    return not fig.value and head.name is not None and _DAMAGE_ROW.search(head.name) is not None


# a table's header or the lines over it naming the damage its rows are kinds of ("Loại thiệt hại", "Bảng tổng hợp
# thiệt hại do bão")
_DAMAGE_SAID = re.compile(r"thiệt\s+hại", re.IGNORECASE)


def _a_kind_of_damage_lost_none(fig: Figure, label: str, said_over_the_rows: Iterable[str]) -> bool:
    """Is the cell a "0" in the row of a kind of damage ("Người chết | Người | 0", "Lúa bị ngập | ha | 0 | 0") of a
    table whose header or caption (``said_over_the_rows``) names the damage: none of it was lost, no damage to count,
    as a place's "0" under a column of damage is none (_no_damage)? (Its callers ask only of a cell that is 0.)"""
    return (not fig.value and fig.metric == "level" and _DAMAGE_ROW.search(label) is not None
            and any(_DAMAGE_SAID.search(text) for text in said_over_the_rows))


def _a_kinds_worth(head: Column, label: str) -> bool:
    """Is the cell the worth of one kind of damage ("Loại thiệt hại | Số lượng | Giá trị thiệt hại (tỷ đồng)" over
    "Lúa bị ngập | 1.250 | 22,5"), not of a place?"""
    return (head.unit is not None and head.unit[0] == "VND" and head.name is not None
            and _WORTH_HEAD.search(head.name) is not None and bool(label) and not TOTAL_ROW.match(label)
            and (_DAMAGE_ROW.search(label) is not None or "thiệt hại" in head.name.lower())
            and _a_place(label) is None and row_province(label) is None)


def _kinds_worth_cell(head: Column, label: str, token: str, total: bool = False) -> dict:
    """The worth of one kind of damage said as the routing rules read it: "Thành tiền (Nhà bị tốc mái): 420 triệu
    đồng", a loss of the text's area (a kind is no district: a total row does not count it again); the ``total``
    row's, "Tổng thiệt hại (Thành tiền): 1.250 triệu đồng"."""
    assert head.name is not None
    lead = f"Tổng thiệt hại ({head.name}): " if total else f"{head.name} ({label}): "
    phrase = f"{lead}{token} {head.unit_text}"
    return {"label": f"{head.name} ({label})", "sub_unit": False, "table": {"has_total": False}, "phrase": phrase,
            "phrase_number": (len(lead), len(lead) + len(token)), "phrase_unit_end": len(phrase)}


# where a caption's subject ends: the places or the time it is of ("Diện tích, sản lượng lúa theo địa phương")
_CAPTION_SUBJECT_END = re.compile(r"\s+(?:theo|của|tại|ở|trên|năm|tháng|quý|vụ|phân\s+theo|chia\s+theo)\b|\s*[:(;]|"
                                  r"\s+\d", re.IGNORECASE)
_THINGS_WORDS = 3


def _with_the_captions_thing(caption: str, columns: list[Column]) -> list[Column]:
    """"Biểu 6. Diện tích, sản lượng lúa theo địa phương" over "Địa phương | Diện tích (ha) | Sản lượng (tấn)": the
    columns name the quantities the caption lists, of the thing it names after them ("lúa"); each column's name
    takes it ("Diện tích lúa"), as a sentence would say it."""
    end = _CAPTION_SUBJECT_END.search(caption)
    subject = caption[:end.start() if end is not None else len(caption)].lower()
    names = [h.name for h in columns if h.name and len(h.name.split()) <= _THINGS_WORDS]
    found = [(k, name) for name in names if (k := subject.find(name.lower())) >= 0]
    if not found:
        return columns
    k, name = max(found)
    thing = subject[k + len(name):].strip(" ,")
    if not thing or len(thing.split()) > _THINGS_WORDS or not thing[0].isalpha() or " và " in f" {thing} ":
        return columns
    return [replace(h, name=f"{h.name} {thing}") if h.name and len(h.name.split()) <= _THINGS_WORDS
            and thing not in h.name.lower() else h for h in columns]


# "Huyện Lục Yên", "Xã Tân Lập", "Thôn 3", "Các xã vùng cao": a row opening on the kind of its place, a common noun
# said lower-case in a sentence (a bare name, "Lệ Thủy", keeps its capital)
_A_KIND_OF_PLACE = re.compile(rf"\s*(?:{UNIT_WORDS}|khu\s+vực|"
                              r"địa\s+bàn|các|toàn|cả|bản|buôn|tổ|khu|" + word_source("village_nouns") + r")\b",
                              re.IGNORECASE)


# "Huyện", "Tên xã", "Thôn", "Xã, phường": a place column's head naming the kind of place its rows are (the first of
# two kinds, for a bare name: the more common one)
_PLACES_KIND_HEAD = re.compile(rf"\s*(?:tên\s+)?({LOWER_UNIT_WORDS}|bản|"
                               + word_source("village_nouns") + r")(?:\s*[,/]\s*[^\W\d_][^\d,/]{0,15})?\s*",
                               re.IGNORECASE)


def _places_kind(head: str) -> str:
    """The kind of place a place column's head names ("Huyện" → "huyện", "Xã, phường" → "xã"), or ""."""
    return " ".join(m.group(1).lower().split()) if (m := _PLACES_KIND_HEAD.fullmatch(head)) is not None else ""


def _a_places_named_cell(head: Column, row: str, token: str, kind: str, table: dict, province_of_row: dict | None = None
                         ) -> dict:
    """A cell of a column that names its quantity in a row of a place (``_named_cell``), with the place's key when
    the row names one of the area ("Huyện Mai Châu | 1.240 | 8,5": that district's row) and the table it is of,
    whose ``has_total`` (and ``province_rows``: its rows are provinces, ``province_of_row`` says one) it keeps."""
    cell = _named_cell(head, row, token, kind)
    if cell["sub_unit"] and (where := _a_place(row)) is not None:
        cell["locality"] = where[1]
    table["has_total"] = table["has_total"] or not cell["sub_unit"]
    # (a table whose rows are provinces: its total row is of them all, the country's or a region's)
    table["province_rows"] = table.get("province_rows", False) or bool(province_of_row)
    return {**cell, "table": table, **(province_of_row or {})}


_YEAR_ROWS = "năm"  # (the ``season`` of a "Năm" column heading rows that are years, _years_as_rows)
_YEAR_HEAD = re.compile(r"\s*năm\s*", re.IGNORECASE)
# ("Tháng", "Tháng/năm", "Quý": the head of rows that are months or quarters, "Tháng 7", "Tháng 8/2026", "Quý II")
_MONTH_HEAD = re.compile(r"\s*(?:tháng|quý)(?:\s*/\s*năm)?\s*", re.IGNORECASE)
_MONTH_ROWS = "tháng"  # (the ``season`` of a "Tháng" column heading rows of months, _years_as_rows)
_QUARTER_ROWS = "quý"  # (of a "Quý" column: its rows' bare numbers, "1", "2", are quarters)
# ("Thời gian", "Thời điểm": the head of rows of times of any length, "Tháng 1/2026", "Quý I/2026", "Năm 2025")
_TIME_HEAD = re.compile(r"\s*thời\s+(?:gian|điểm)\s*", re.IGNORECASE)
_TIME_ROWS = "thời gian"
_ROWS_OF_MONTHS = (_MONTH_ROWS, _QUARTER_ROWS, _TIME_ROWS)  # (rows that name months or quarters)
# ("Tháng 7", "Tháng 8/2026", "Tháng 9 năm 2026", "T10": a month's row; "Quý II", "Quý 3/2026": a quarter's; "6 tháng
# đầu năm": the months so far; a total said with its time, "Cộng quý I", "Lũy kế 6 tháng": the time the rows above
# add up to; a bare number, "1", under "Tháng" or "Quý": that month or quarter)
_MONTH_CELL = re.compile(
    r"\s*(?P<total>(?:tổng\s+cộng|tổng(?:\s+số)?|cộng|l[ũu]y\s+kế)\s+)?"
    r"(?:(?:tháng\s*|T)(?P<month>\d{1,2})|quý\s+(?P<quarter>IV|I{1,3}|[1-4])|"
    r"(?P<months>\d{1,2})\s+tháng(?:\s+đầu\s+năm)?|(?P<bare>\d{1,2}))"
    r"(?:\s*(?:/\s*|\s+năm\s+)(?P<year>" + YEAR + r"))?\s*",
    re.IGNORECASE,
)
# ("2023", "Năm 2024", "Sơ bộ 2025", "Ước tính 2026": a year's row, the last two an estimate's)
_YEAR_CELL = re.compile(r"\s*(?P<estimate>(?:sơ\s+bộ|ước(?:\s+(?:tính|thực\s+hiện))?)\s+)?(?:năm\s+)?(" + YEAR
                        + r")\s*", re.IGNORECASE)


# the events the lines above a table of times name ("Tình hình tai nạn giao thông trong quý như sau:", "Tình hình
# cháy, nổ các tháng năm 2026:", "Kết quả đấu tranh tội phạm ma túy theo tháng:"; data/words/events_counted_by_months)
_EVENTS_ABOVE = re.compile(r"(?<!\w)(?:" + word_source("events_counted_by_months") + r")(?!\w)", re.IGNORECASE)
# a column of the events' casualties or damage, said "do" the events ("Số người chết do cháy", "Thiệt hại do cháy")
_HARM_OF_EVENTS = re.compile(r"chết|thương|tử\s+vong|mất\s+tích|thiệt\s+hại", re.IGNORECASE)


def _of_the_events_above(columns: list[Column], clean: str, lines: list[tuple[int, int]], top: int) -> list[Column]:
    """"Tình hình tai nạn giao thông như sau:" over "Tháng | Số vụ | Số người chết | Số người bị thương": the cases,
    the people and the damage its columns count are of the events the lines above name ("Số vụ tai nạn giao thông",
    "Số người chết do tai nạn giao thông", "Diện tích thiệt hại do cháy, nổ", "Số đối tượng tội phạm ma túy"), as a
    sentence says them; heads that name the events already, or people they did not harm ("Số người được cứu"), stay."""
    above = " ".join(clean[a:b] for a, b in _lines_above(clean, lines, top, 2))
    if (events := _EVENTS_ABOVE.search(above)) is None:
        return columns
    said = " ".join(events.group().lower().split())
    own = said.split()[0].rstrip(",")
    return [replace(h, name=f"{h.name} {'do ' if _HARM_OF_EVENTS.search(h.name) else ''}{said}")
            if h.name and h.unit is not None and len(h.name.split()) <= 5 and own not in h.name.lower() and (
                h.unit[0] == "case" or _HARM_OF_EVENTS.search(h.name) or (
                    h.unit[0] == "person" and "đối tượng" in h.name.lower()))
            and h.unit[0] in ("case", "person", *_MEASURES) else h for h in columns]


# the trade the lines above a table of times name ("Lượng khách du lịch theo tháng", "Tình hình xuất khẩu các tháng";
# data/words/trades_of_bare_amounts), and the bare money heads that are its own ("Doanh thu", "Tổng thu", "Kim ngạch")
_TRADES_ABOVE = [
    (trade, re.compile(rf"(?<!\w)(?:{words.pattern})(?!\w)", re.IGNORECASE))
    for trade, words in keyed_word_patterns("trades_of_bare_amounts", "trade")
]
_A_BARE_AMOUNT_OF_MONEY = re.compile(r"\s*(?:tổng\s+)?(?:doanh\s+thu|thu|kim\s+ngạch)\s*", re.IGNORECASE)


def _of_the_trade_above(columns: list[Column], clean: str, lines: list[tuple[int, int]], top: int) -> list[Column]:
    """A bare money head of a table of times is the trade's the lines above name: "Lượng khách du lịch theo tháng"
    over "Tháng | Lượt khách | Doanh thu (tỷ đồng)" is "Doanh thu du lịch" ("Kim ngạch xuất khẩu"), as a sentence
    after the visitors says "với doanh thu ..."; heads naming more words keep them."""
    above = " ".join(clean[a:b] for a, b in _lines_above(clean, lines, top, 2))
    trade = next((trade for trade, words in _TRADES_ABOVE if words.search(above)), None)
    if trade is None:
        return columns
    return [replace(h, name=f"{h.name} {trade}") if _a_bare_amount_of_money(h) else h for h in columns]


def _a_bare_amount_of_money(head: Column) -> bool:
    """Is a head a bare amount of money ("Doanh thu (tỷ đồng)", "Kim ngạch (triệu USD)"), or its change named by it
    ("So cùng kỳ (%)" after it, _rates_of_each_time)?"""
    if not head.name or head.unit is None or _A_BARE_AMOUNT_OF_MONEY.fullmatch(head.name) is None:
        return False
    return head.unit[0] in ("VND", "USD") or head.metric in _RATES_ON_A_BASE


def _a_rows_time(row: re.Match, report_year: int | None, rows: str) -> tuple[dt.date, dt.date] | None:
    """The month or the quarter a row of a table of months names (``_MONTH_CELL``), of the report's year when the
    row names none; a bare number is a month under "Tháng", a quarter under "Quý" (``rows``), none under "Thời gian"."""
    year, bare = row.group("year") or report_year, row.group("bare")
    if not year:
        return None
    y = int(year)
    if (bare and rows == _MONTH_ROWS) or row.group("month"):
        month = int(bare or row.group("month"))
        return (dt.date(y, month, 1), month_end(y, month)) if 1 <= month <= 12 else None
    if bare and (rows != _QUARTER_ROWS or not 1 <= int(bare) <= 4):
        return None
    if row.group("months"):
        months = int(row.group("months"))
        return (dt.date(y, 1, 1), month_end(y, months)) if 1 <= months <= 12 else None
    quarter = quarter_period(y, quarter_number(row.group("quarter") or bare))
    return quarter.start, quarter.end


def _years_as_rows(texts: list[str], heads: list[Column]) -> list[Column]:
    """"Năm | Sản lượng lúa (tấn) | Sản lượng ngô (tấn)": a table turned on its side, each row one year and each
    other column a quantity named with its unit; the first column is the rows' names (marked ``_YEAR_ROWS``), read
    as the year of each row's figures. Heads as they were for any other header."""
    if len(heads) < 2 or texts[0].strip()[:1] not in "NnTtQq":
        return heads
    rows = _rows_times_kind(texts[0])
    if rows in _ROWS_OF_MONTHS:
        # ("Tháng | Số vụ | Số người chết | Số người bị thương" over "Tháng 7 | 21 | 14 | 12": each row one month, each
        # column a count its head names)
        heads = [heads[0], *_counts_named(texts[1:], heads[1:])]
    if rows:
        heads = [heads[0], *_rates_of_each_time(texts[1:], heads[1:])]
    if rows in _ROWS_OF_MONTHS and _the_years_of_one_quantity(heads[1:]):
        # ("Tháng | Năm 2025 | Năm 2026 | So sánh (%)" under "Lượt khách du lịch theo tháng (lượt)": each row one month
        # of each column's year, of the one quantity the title names)
        return [Column("label", season=rows), *heads[1:]]
    if not rows or not all(h.role == "value" and h.name and h.unit for h in heads[1:]):
        return heads
    return [Column("label", season=rows), *heads[1:]]


def _the_years_of_one_quantity(heads: list[Column]) -> bool:
    """Are a table's heads after its rows' times each a year's figures of one quantity named by none of them ("Năm
    2025 | Năm 2026"), or a comparison of them ("So sánh (%)")?"""
    years = [h for h in heads if h.role == "value" and h.metric == "level"]
    if not years or any(not h.year or h.name or h.period is not None for h in years):
        return False
    return all(h.role == "value" and not h.name and h.metric in ("level", *_RATES_ON_A_BASE) for h in heads)


def _a_titles_quantity(clean: str, lines: list[tuple[int, int]], top: int) -> str:
    """The quantity the title above a table names, up to its time, its places or its unit ("Lượt khách du lịch đến
    tỉnh theo tháng (lượt)" → "Lượt khách du lịch đến tỉnh"), or ""."""
    line = (_title_line_above(clean, lines, top) or "").strip()
    if (lead := _TITLE_LEAD.match(line)) is not None:
        line = line.removeprefix(lead.group())
    cut = end.start() if (end := _TITLE_SUBJECT_END.search(line)) is not None else len(line)
    words = line[:cut].strip()
    return words[:1].upper() + words[1:] if 0 < len(words.split()) <= _TITLES_QUANTITY_WORDS else ""


_TITLES_QUANTITY_WORDS = 10


def _in_the_rows_time(head: Column, row: re.Match, time: tuple[dt.date, dt.date], rows: str) -> Column:
    """A column of a table of months in a row naming its month (``row``, read as ``time``): a named quantity's of
    that month; a year's column ("Năm 2025") that month of its own year, unless the row names its year."""
    if head.name:
        return replace(head, year=time[0].year, period=time)
    if head.role == "value" and head.year and not row.group("year"):
        return replace(head, period=_a_rows_time(row, head.year, rows))
    return head


def _rows_times_kind(head: str) -> str:
    """The kind of times a first column's head says its rows are: years ("Năm"), months ("Tháng"), quarters ("Quý"),
    times of any length ("Thời gian"), or none ("")."""
    if _YEAR_HEAD.fullmatch(head):
        return _YEAR_ROWS
    if _TIME_HEAD.fullmatch(head):
        return _TIME_ROWS
    if _MONTH_HEAD.fullmatch(head):
        return _QUARTER_ROWS if head.strip()[:1] in "Qq" else _MONTH_ROWS
    return ""


def _rates_of_each_time(texts: list[str], heads: list[Column]) -> list[Column]:
    """The per cents of a table whose rows are times (``_years_as_rows``): "Công suất phòng (%)" is the rate itself
    each month or year, no share of a plan the table does not have; a comparison after a quantity's column ("Lượt
    khách (lượt) | So cùng kỳ (%)") is that quantity's change, named by it, as "tăng 12,5% so với cùng kỳ" after the
    figure is in a sentence."""
    out: list[Column] = []
    for text, head in zip(texts, heads, strict=True):
        if head.role == "value" and head.metric == "plan_pct" and (rate := _a_rates_name(text)):
            head = Column("value", "level", name=rate, unit=_PER_CENT, unit_text="%")
        elif head.role == "value" and head.metric in _RATES_ON_A_BASE and not head.name and out and _an_amount(out[-1]):
            head = replace(head, name=out[-1].name, unit=_PER_CENT, unit_text="%")
        out.append(head)
    return out


def _a_rates_name(head: str) -> str:
    """The name of a rate a head gives in per cent ("Công suất phòng (%)" → "Công suất phòng"), not of a comparison or
    a plan's share ("So cùng kỳ (%)", "Tỷ lệ so với kế hoạch (%)"), or ""."""
    named = _NAMED_QUANTITY.match(head)
    if named is None or named.group("unit").strip() != "%":
        return ""
    name = " ".join(named.group("name").split())
    return "" if _COMPARING.search(name) or _PLAN_WORD.search(name) else name


def _an_amount(head: Column) -> bool:
    """Is a head a named quantity in a unit other than per cent ("Lượt khách", "Doanh thu (tỷ đồng)")?"""
    return bool(head.name) and head.unit is not None and head.unit[0] != "pct"


def _named_cell(head: Column, row: str, token: str, kind: str = "") -> dict:
    """A cell of a column that names its quantity ("Người chết (người)") in a row of a place: its
    label, and the phrase the cell says ("tại huyện Lục Yên: 3 người chết"), which the routing rules
    read like a sentence of the text (the evidence stays the table row). A total row is the whole
    area the report is about; another row (``sub_unit``) is one of its districts or communes. The
    caller adds ``table`` (``has_total``: whether the table has a total row, known once it is read). A bare name
    under a head naming its ``kind`` ("Huyện" over "Lệ Thủy") is said with it: "tại huyện Lệ Thủy: "."""
    assert head.name is not None and head.unit is not None
    name = head.name[:1].lower() + head.name[1:]
    unit_word = head.unit_text
    if name[:1] in "st" and (counted := _A_COUNT_OF.match(name)) is not None:
        name = name[counted.end():]  # ("Số điểm sạt lở": "4 điểm sạt lở", the noun counted after the figure)
    rest = name[len(unit_word):] if unit_word and name.lower().startswith(unit_word.lower()) else f" {name}"
    whole = not row or bool(TOTAL_ROW.match(row)) or bool(_NATION_ROW.fullmatch(row))
    # "tại huyện Lục Yên: ", where it happened (a bare name keeps its capital: "tại Lệ Thủy: ")
    lead = "" if whole else f"tại {_lower_first(row)}: " if _A_KIND_OF_PLACE.match(row) else (
        f"tại {kind} {row}: " if kind else f"tại {row}: ")
    cell = {"label": head.name if whole else f"{head.name} ({row})", "sub_unit": not whole}
    if head.as_of is not None:
        cell["as_of"] = head.as_of  # ("Người chết (người)" under "Tính đến 17 giờ ngày 12/10/2026, ...": by then)
    if head.period is not None:
        cell["period"] = head.period  # ("Giá tháng 3/2027 (đồng)": each row's of that month)
    elif head.year is not None and whole:
        cell["year"] = head.year  # ("Năm | Sản lượng lúa (tấn)" over "2023 | 490.100": that year's)
    if head.unit[0] in ("VND", "USD", "pct"):
        # an amount follows what it is: "tại huyện Vũ Thư: thu ngân sách 210 tỷ đồng"
        lead = f"{lead}{name} "
        phrase = f"{lead}{token} {unit_word}"
        return {**cell, "phrase": phrase, "phrase_number": (len(lead), len(lead) + len(token)),
                "phrase_unit_end": len(phrase)}
    # a count comes before its noun: "3 người chết", "12 nhà bị sập", "150 ha lúa bị ngập"
    phrase = f"{lead}{token} {unit_word}"
    return {**cell, "phrase": phrase + rest,
            "phrase_number": (len(lead), len(lead) + len(token)), "phrase_unit_end": len(phrase)}


# --- column-aligned tables (statistical yearbook pages): one column per year ---------------------

# Three years or more in a row. (Year, then one or more; the same matches as ``(?:YEAR\s+){2,}YEAR``,
# the repeats tried in the same order, but the pattern opens with the year's "19"/"20" and the
# engine skips to those digits in a whole report; tests/test_scanning.py holds it to that form.)
_YEAR_RUN = re.compile(YEAR + r"\s+(?:" + YEAR + r"\s+)+" + YEAR)
_YEAR_HEADER = re.compile(r"^\s*(?:" + YEAR + r"\s+){2,}" + YEAR + r"(?:\s+\S.{0,20})?\s*$")
_PRELIMINARY = re.compile(r"sơ\s+bộ|prel|ước\s+tính|ước\s+thực\s+hiện|\bước\b", re.IGNORECASE)
_UNIT_LINE = re.compile(r"đơn\s+vị\s+tính\s*[-:–]?\s*(?:unit\s*:?)?\s*(?P<unit>[^\n]{1,30})", re.IGNORECASE)
_ALIGNED_CELL = r"-?\d[\d.,]*"


@dataclass(frozen=True)
class AlignedTable:
    years: list[int]
    preliminary: set[int]  # columns headed "Sơ bộ"/"Prel." (estimates)
    unit: tuple[str, float, str | None]
    metric: str
    title: str


def _aligned_header(lines: list[str], i: int) -> AlignedTable | None:
    """A header line of years ("2019   2020   2021   2022   Prel.") and the title and unit above it."""
    if not _YEAR_HEADER.match(lines[i]):
        return None
    years = [int(y) for y in re.findall(YEAR, lines[i])]
    preliminary: set[int] = set()
    above = [line for line in lines[max(0, i - 8):i] if line.strip()]
    if _PRELIMINARY.search(lines[i]) or (above and _PRELIMINARY.search(above[-1])):
        # the last column's year may stand alone on the next line ("Prel." / "2023")
        nxt = next((line for line in lines[i + 1:i + 3] if line.strip()), "")
        lone = re.fullmatch(r"\s*" + captured(YEAR) + r"\s*", nxt)
        if lone:
            years.append(int(lone.group(1)))
        preliminary.add(len(years) - 1)
    unit_match = next((m for m in map(_UNIT_LINE.search, above) if m), None)
    unit_text = unit_match.group("unit").strip() if unit_match else ""
    unit = ("pct", 1.0, None) if "%" in unit_text else (_unit_of(unit_text) if unit_text else None)
    # the title follows the page number ("49") and precedes the unit line
    page_number = max((k for k, line in enumerate(above) if re.fullmatch(r"\s*\d{1,4}\s*", line)), default=-1)
    title = next((line.strip() for line in above[page_number + 1:] if not _UNIT_LINE.search(line)
                  and not _PRELIMINARY.fullmatch(line.strip())), "")
    metric = "share_pct" if unit and unit[0] == "pct" and _STRUCTURE_TITLE.search(title) else "level"
    return AlignedTable(years=years, preliminary=preliminary, unit=unit or ("count", 1.0, None),
                        metric=metric, title=title)


_STRUCTURE_TITLE = re.compile(r"cơ\s+cấu|tỷ\s+trọng|tỉ\s+trọng", re.IGNORECASE)


def find_aligned_table_figures(layout: Layout) -> tuple[list[tuple[Figure, dict]], list[tuple[int, int]]]:
    """Figures of tables whose columns are years and whose cells are aligned with spaces (PDF
    text of a statistical yearbook), and the spans of those tables (their numbers are not body
    text). Each cell is read for its column's year; a row's label is the first text line of its
    block (the Vietnamese one of a bilingual row)."""
    if not _YEAR_RUN.search(layout.clean):
        return [], []
    nfc = layout.lined  # (the clean text, offset for offset, with its lines as the source breaks them)
    lines, starts, pos = nfc.split("\n"), [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    results: list[tuple[Figure, dict]] = []
    regions: list[tuple[int, int]] = []
    table: AlignedTable | None = None
    label_lines: list[str] = []
    region_start = 0
    for i, line in enumerate(lines):
        header = _aligned_header(lines, i)
        if header is not None:
            table, label_lines = header, []
            region_start = starts[max(0, i - 8)]
            regions.append((region_start, starts[i] + len(line)))
            continue
        if table is None or not line.strip():
            continue
        row = re.match(rf"^(?P<label>.*?\S)?\s*(?P<cells>(?:{_ALIGNED_CELL}\s+){{{len(table.years) - 1}}}"
                       rf"{_ALIGNED_CELL})\s*$", line)
        if row is None or (row.group("label") and not re.search(r"\s{2,}$", line[:row.start("cells")])):
            if not re.fullmatch(r"\s*" + YEAR + r"\s*", line):
                label_lines.append(line.strip())
            continue
        if row.group("label"):
            label_lines.append(row.group("label").strip())
        label = label_lines[0] if label_lines else ""
        label_lines = []
        # ("Dân số trung bình (nghìn người)   639,4   646,2": a row naming its own unit under no unit line)
        label, own_unit = _label_and_its_unit(label)
        for column, cell in enumerate(re.finditer(_ALIGNED_CELL, line[row.start("cells"):])):
            value = parse_number(cell.group().lstrip("-"))
            if value is None:
                continue
            if cell.group().startswith("-"):
                value = -value
            a = starts[i] + row.start("cells") + cell.start()
            b = a + len(cell.group())
            f_unit, mult, u_label = own_unit or table.unit
            fig = Figure(start=a, end=b, unit_end=b, token=cell.group(), value=scale(value, mult), unit=f_unit,
                         unit_label=u_label, qualifier="estimate" if column in table.preliminary else "exact",
                         metric=table.metric, sentence=(starts[i], starts[i] + len(line)),
                         segment=(starts[i], starts[i] + len(line)))
            results.append((fig, {"label": f"{table.title}: {label}" if table.title else label,
                                  "year": table.years[column]}))
        regions[-1] = (regions[-1][0], starts[i] + len(line))
    return results, regions


# --- tables laid out with spaces (PDF text kept in its columns) --------------------------------
#
# ``pdftotext -layout`` and other converters keep a table's columns apart with runs of spaces, a row a line:
#     Chỉ tiêu                  ĐVT      KH 2026     TH 9 tháng     % KH
#     Sản lượng lương thực      Tấn      310.000     228.500        73,7
# The layout joins such lines into one paragraph, so they are read on the decoded text's lines. The header says
# what each column is, as a tab table's does, and a cell belongs to the header cell it stands under (an empty
# cell leaves its column out, it does not shift the cells after it).

_BLANK_LABEL_HEAD = " " * 12  # the blank a header leaves over its rows' names (a paragraph's indent is shorter)
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")  # words set apart by single spaces
_SPACED_GAP = re.compile(r"\S {2,}\S")  # two cells of one line
_PROSE_WORDS = 9  # a cell of this many words is a sentence: the table is over
_HEAD_WORDS = 6  # a header cell is a few words
_WRAPPED_LINES = 2  # the lines a header's heads may be wrapped onto, below its first
# ... but a comparison's, closing on its per cent, may say more ("Tháng 11/2026 so với cùng kỳ năm trước (%)"): no
# sentence closes so
_COMPARISON_HEAD_WORDS = 9
# a value cell: a number alone, with its sign, bound or per cent ("≥ 99", "-2,5", "73,7%")
_SPACED_VALUE = re.compile(r"[<>≥≤~+-]?\s?(?:\d{1,3}(?: \d{3})+(?:,\d+)?|\d[\d.,]*)\s?%?|"
                           # ("(1.250)", "(140)": an accountant's minus; "(1) (2) (3)" number a header's columns)
                           r"\(\s?(?:\d{1,3}(?:[.,]\d+)+|\d{3,})\s?\)")


@dataclass
class _SpacedTable:
    heads: list[Column]
    spans: list[tuple[int, int]]  # where each header cell stands on its line
    unit: tuple[str, float, str | None] | None
    caption: str | None
    start: int  # the header line's offset
    misses: int = 0  # lines in a row that were no row of the table
    lines: int = 1  # the header's lines ("Kế hoạch" over "năm 2025" on the next: two)
    start_line: int = 0  # the header's first line's index
    texts: tuple[str, ...] = ()  # the header's cells as written (a wrapped head with its second line)
    places_kind: str = ""  # the kind of place its place column heads ("Huyện": its rows are districts), if it has one
    branches_title: str | None = None  # the title line's subject, for a whole branch's row (_branches_title_above)
    shared: dict = field(default_factory=lambda: {"has_total": False})  # (shared by its cells, as a tab table's)
    units_listed: tuple[tuple[str, float, str | None], ...] = ()  # (a unit line's units, one a row: as a tab table's)


def spaced_cells(line: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _SPACED_CELL.finditer(line)]


def column_under(spans: list[tuple[int, int]], a: int, b: int) -> int:
    """The header cell a cell at [a, b) of a row stands under: the one it overlaps most, else the nearest."""
    overlaps = [min(b, hb) - max(a, ha) for ha, hb in spans]
    best = max(range(len(spans)), key=overlaps.__getitem__)
    if overlaps[best] > 0:
        return best
    return min(range(len(spans)), key=lambda k: abs(spans[k][0] + spans[k][1] - a - b))


# ("Ngành      Tháng 9/2025   Tháng 10/2025": a statistics office's rows of branches, the head alone in its cell)
_BRANCHES_HEAD = re.compile(r"\s*(?:nhóm\s+)?ngành(?:\s+kinh\s+tế)?\s*", re.IGNORECASE)


def _branches_head(cell: str) -> bool:
    """Does a cell head rows of branches, or of kinds of goods or products ("Ngành", "Mặt hàng", "Nhóm hàng", "Sản
    phẩm chủ yếu": _GROUP_HEAD), the head alone in its cell?"""
    if "gành" in cell and _BRANCHES_HEAD.fullmatch(cell) is not None:
        return True
    return len(cell) <= 40 and _GROUP_HEAD.fullmatch(cell) is not None


# the most words a cell of a state closing a row holds ("Hoàn thành", "Đạt 65%", "Đang thi công")
_WORDED_CELL_WORDS = 4


def _figures_before_a_word_cell(values: list[tuple[tuple[int, int, str], Column]]
                                ) -> list[tuple[tuple[int, int, str], Column]]:
    """A space-aligned row's cells of values when words stand under a column of values: the figures before them when
    the words are the row's last cells, a few words each ("450.000   Đạt 65%", "35.200   Hoàn thành" under "Kinh phí
    (triệu đồng)   Tiến độ": a work's cost, then its state in words), else none (words all along: no row)."""
    figures = [v for v in values if _SPACED_VALUE.fullmatch(v[0][2]) or _EMPTY_CELL.fullmatch(v[0][2])]
    if not figures or any(len(cell[2].split()) > _WORDED_CELL_WORDS for cell, _ in values[len(figures):]):
        return []
    return figures if values[:len(figures)] == figures else []


def _spaced_header(lines: list[str], i: int, start: int) -> _SpacedTable | None:
    """A header line of a table laid out with spaces: a label column and a column of values, no number."""
    line = lines[i]
    # ("              Đơn vị tính    Năm 2024    Năm 2025": a header indented over its rows' names heads them with
    # its blank, as a statistics release sets its tables)
    indented = line.startswith(_BLANK_LABEL_HEAD)
    # (a table a converter indents by a space or two heads its rows' names past that margin: "  Xã, phường   …")
    first = line.lstrip().split("  ", 1)[0]
    if first.strip()[:1] in ("S", "T", "s", "t") and _ROW_NUMBER_HEAD.fullmatch(first) and "  " in line.lstrip():
        # ("STT    Đơn vị    Số hộ nghèo": the rows' numbers first, their names or places after them)
        first = line.lstrip().split("  ", 1)[1].lstrip().split("  ", 1)[0]
    named_by_place = _a_head_of_words_over_a_spaced_row(lines, i, first)
    if "  " not in line or "\t" in line or not (indented or _LABEL_HEAD.search(line) or _branches_head(first) or (
            len(first) <= 30 and _PLACE_HEAD.match(first)) or named_by_place) or not _SPACED_GAP.search(line):
        return None  # (a tab table's header is read by find_table_figures; a label column's head must be there)
    if _YEAR_HEADER.match(line):
        return None  # ("          2023     2024     2025": a yearbook's header, find_aligned_table_figures reads it)
    cells = spaced_cells(line)
    blank_names = indented and bool(cells) and not _LABEL_HEAD.match(cells[0][2])
    if blank_names:
        cells.insert(0, (0, max(1, cells[0][0] - 2), "Chỉ tiêu"))
    if len(cells) < 3 or any(NUMBER.fullmatch(text) and not _ONLY_A_YEAR.fullmatch(text) for _, _, text in cells):
        return None  # (a row of values; "Chỉ tiêu   ĐVT   2025   2026" heads its columns with years)
    if any(len(text.split()) > (_COMPARISON_HEAD_WORDS if text.endswith("(%)") else _HEAD_WORDS)
           for _, _, text in cells):
        return None  # (words of a sentence set apart by double spaces)
    texts = [text for _, _, text in cells]
    names = next((k for k, (_, _, text) in enumerate(cells) if _LABEL_HEAD.match(text)), 0)
    wrapped = 0  # the lines the heads are wrapped onto
    while wrapped < _WRAPPED_LINES and i + wrapped + 1 < len(lines) and "  " in lines[i + wrapped + 1]:
        below = spaced_cells(lines[i + wrapped + 1])
        if blank_names and not wrapped and (lead := _names_heads_under_a_blank(cells, below)):
            # ("Đơn vị" over "Chỉ tiêu   tính": a header stacked on two lines, the head of the rows' names set on the
            # lower, centred in its merged cell; it heads the names, the rest of the line goes on the heads above)
            cells, below, blank_names = [*below[:lead], *cells[1:]], below[lead:], False
            texts = [text for _, _, text in cells]
            names = lead - 1
            if not below:
                wrapped += 1
                continue
        # ("Kỳ gốc   Tháng 11" over "2024   năm 2025": a year alone on a line of heads' words is the rest of the head
        # above it, not a row's figure)
        heads_words = any(_CELL_WORD.search(text) for _, _, text in below)
        if not below or below[0][0] <= cells[names][1] or any(
                (_SPACED_VALUE.fullmatch(text) and not (heads_words and _ONLY_A_YEAR.fullmatch(text)))
                or _LABEL_HEAD.match(text) for _, _, text in below):
            break
        # ("Kế hoạch | Ước thực hiện | So với" over "năm 2025 | năm 2025 | KH (%)": a head wrapped onto the next line,
        # or the next two, each part under the head it goes on; the column of names gets none)
        under = [column_under([(a, b) for a, b, _ in cells], a, b) for a, b, _ in below]
        if not all(k > names for k in under) or under != sorted(under):
            break
        cells, texts = _heads_parted_below(cells, texts, below, under)
        wrapped += 1
    if i > 0 and "  " in lines[i - 1]:
        texts = _under_the_bases_head(spaced_cells(lines[i - 1]), cells, names, texts) or _under_the_times_above(
            spaced_cells(lines[i - 1]), cells, names, texts)
    # ("Kỳ gốc 2019   Tháng 5/2024   Tháng 4/2025" under a price index's title: the bases, as in a tab table)
    texts = with_the_bases_said(texts, partial(_words_above, lines, i), partial(_first_spaced_cell, lines, i + 1))
    # ("Địa phương   Người chết   Nhà bị tốc mái": rows of places, columns that name what they count, as a tab table's)
    heads = _the_quantitys_change(_the_changes_rate(texts, _the_counts_rate(texts, _counted_with_the_quotas(
        texts, _place_table((classify_header(t) for t in texts), texts)))))
    heads = _parts_of_the_plan(texts, heads)
    if named_by_place and not wrapped:
        # ("Thành phần   Năm 2026 (triệu kWh)   So với năm 2025 (%)" over "Công nghiệp   1.250,4   108,2": the rows'
        # names under a head no list knows, as in a tab table)
        row_below = [text for _, _, text in spaced_cells(lines[i + 1])]
        heads = _the_rows_names_by_their_place(texts, heads, lambda: row_below)
    # ("Quý I   Quý II   Quý III" under a title on the third quarter of 2025: the quarters of that year; "Ước tính
    # tháng 11   Cộng dồn 11 tháng" under one on November 2026: the months of that year)
    undated = any(h.undated or (h.role == "value" and h.year is None) for h in heads)
    report_year = _the_titles_year("\n".join(lines[:i])[:_TITLE_REACH]) if undated else None
    timed, heads, counts = _counts_of_a_time(texts, heads)
    heads = with_the_headers_year(timed, heads, report_year)
    if names_a_relative_time(timed) or any(h.year_before for h in heads):
        # ("Thực hiện tháng trước   Ước tính tháng báo cáo   Cộng dồn từ đầu năm": dated by the report's title above;
        # "6 tháng 2025   Cùng kỳ 2024": the same period a year before the column beside it, as in a tab table)
        heads = with_the_reports_time(timed, heads, "\n".join(lines[:i])[:_TITLE_REACH], _TITLE_REACH, None)
    # ("KH năm 2025   TH quý I   % KH   So sánh (%)": beside the share of the plan, the bare comparison is on last
    # year's, as in a tab table)
    heads = with_the_levels_period(_no_share_of_a_later_plan(_beside_a_share_of_the_plan(texts, _compared_with_no_plan(
        texts, with_the_years_compared(texts, heads)))))
    # ("STT   Tên dự án   TMĐT   KH vốn 2025": a table of projects, each cell its row's project's, as in a tab table)
    heads = _project_columns(texts, heads)
    if indented and sum(h.role in ("value", "unit") for h in heads) < 2:
        return None  # (an indented line of words: a heading, a signature; a header names two columns at least)
    places = any(h.role == "place" for h in heads)
    if not any(h.role == "value" and (not h.name or places) for h in heads) or not any(
            (h.role == "label" and (_LABEL_HEAD.match(text) or _branches_head(text) or named_by_place))
            or h.role == "place" for h, (_, _, text) in zip(heads, cells, strict=True)):
        return None  # (a label column opens on its word: "Chỉ tiêu", "Nội dung", not "các chỉ tiêu")
    above, spans = _joined_lines(lines[max(0, i - 3):i])
    unit, caption = _unit_line_above(above, spans, len(spans)), _caption_above(above, spans, len(spans))
    if caption is not None and any(h.name for h in heads):
        heads = _with_the_captions_thing(caption, heads)  # ("Diện tích (ha)   Sản lượng (tấn)" under a caption on rice)
    # ("Tên bệnh   Mắc trong tháng   Mắc cộng dồn": the counts, named once the table is known one, as in a tab table)
    heads = _as_counted(heads, counts)
    if unit is None:
        # ("(Đơn vị: tỷ đồng)" under the rows: the unit said after them)
        unit = _unit_said_under(lines[i + 1:i + _ROWS_READ_FOR_A_UNIT], _SPACED_GAP.search)
    if unit is not None and unit[0] == "pct" and _an_index_above(above, spans, len(spans)):
        heads = _on_the_year_before(heads)  # ("Chỉ số sản xuất công nghiệp" over "Đơn vị tính: %": as a tab table's)
    # ("Năm 2026 (*)" over the rows, "(*) Số ước tính" under them: estimates, as in a tab table)
    heads = _estimated_by_a_note(texts, heads, lines[i + 1 + wrapped:i + _NOTES_REACH], _SPACED_GAP.search)
    units_listed = () if unit is not None else tuple(_units_listed_above(above, spans, len(spans)))
    return _SpacedTable(heads=heads, spans=[(a, b) for a, b, _ in cells], unit=unit, caption=caption, start=start,
                        lines=1 + wrapped, start_line=i, texts=tuple(texts), units_listed=units_listed,
                        branches_title=_branches_title_above(above, spans, len(spans)),
                        places_kind=next((_places_kind(t) for t, h in zip(texts, heads, strict=True)
                                          if h.role == "place"), ""))


def _a_head_of_words_over_a_spaced_row(lines: list[str], i: int, first: str) -> bool:
    """Does a spaced line open on a head of a few words no list knows (``first``: "Thành phần", "Đối tượng"), over a
    line that opens on a name in words and sets figures apart after it ("Công nghiệp      1.250,4      108,2")? Then
    it may head a table whose rows' names that head stands over (``_the_rows_names_by_their_place``)."""
    if i + 1 >= len(lines) or not _A_HEAD_OF_WORDS.fullmatch(first) or _SKIP_HEAD.match(first) or _rows_times_kind(
            first) or _COMPARING.search(first) or "  " not in lines[i + 1]:
        return False
    row = spaced_cells(lines[i + 1])
    return (len(row) >= 2 and _A_CELL_OF_WORDS.match(row[0][2]) is not None
            and all(_SPACED_VALUE.fullmatch(text) for _, _, text in row[1:]))


def _names_heads_under_a_blank(cells: list[tuple[int, int, str]], below: list[tuple[int, int, str]]) -> int:
    """How many of the first cells of the line under a header that leaves its names' column blank (``cells``, its
    first the head put in for that blank) head the rows' names there: the name's head alone ("Chỉ tiêu", "Xã,
    phường"), or the rows' numbers' then the names' ("STT   Tên dự án"), all left of the header's first head; 0
    when the line opens on no such head or holds a figure (a row: "Xã Na Hang   61,3")."""
    if any(_SPACED_VALUE.fullmatch(text) for _, _, text in below):
        return 0
    lead = 0
    while lead < min(len(below), 2) and below[lead][1] <= cells[1][0]:
        lead += 1
    if not lead or (lead == 2 and not _ROW_NUMBER_HEAD.fullmatch(below[0][2])):
        return 0
    head = below[lead - 1][2]
    return lead if _LABEL_HEAD.match(head) or _PLACE_HEAD.match(head) or _branches_head(head) else 0


def _heads_parted_below(cells: list[tuple[int, int, str]], texts: list[str], below: list[tuple[int, int, str]],
                        under: list[int]) -> tuple[list[tuple[int, int, str]], list[str]]:
    """A header's cells and their texts with the line below read onto them: a part under one head goes on it
    ("Kế hoạch" over "năm 2026"); two parts or more under one head part it into as many columns, each the head with
    its part where the part stands ("So sánh (%)" over "KH   CK": "So sánh (%) KH", "So sánh (%) CK", the rows' two
    figures under them), as a tab table's header of two rows is read (``merged_header``)."""
    parts: dict[int, list[tuple[int, int, str]]] = {}
    for k, cell in zip(under, below, strict=True):
        parts.setdefault(k, []).append(cell)
    out_cells, out_texts = [], []
    for k, cell in enumerate(cells):
        below_k = parts.get(k, [])
        if len(below_k) > 1:
            out_cells += [(a, b, f"{cell[2]} {text}") for a, b, text in below_k]
            out_texts += [f"{texts[k]} {text}" for _, _, text in below_k]
        else:
            out_cells.append(cell)
            out_texts.append(f"{texts[k]} {below_k[0][2]}" if below_k else texts[k])
    return out_cells, out_texts


_SPANNED_REACH = 8  # how far a time written over a header's group may stand from a head it spans


def _under_the_times_above(above: list[tuple[int, int, str]], cells: list[tuple[int, int, str]], names: int,
                           texts: list[str]) -> list[str]:
    """"Năm 2025   Năm 2026" over "Chỉ tiêu   ĐVT   Kế hoạch   Thực hiện   Kế hoạch   Ước thực hiện": a line of times
    with their years set over a header's columns of values (not over its names), each spanning the heads below it
    (the head it stands over most, or one beside it), as a tab table's header of two rows is read
    (``merged_header``); ``texts`` as they are when the line above is no such line."""
    if not above or above[0][0] <= cells[names][1] or not all(
            len(text.split()) <= _HEAD_WORDS and re.search(YEAR, text) and not _SPACED_VALUE.fullmatch(text)
            for _, _, text in above):
        return texts
    spans = [(a, b) for a, b, _ in above]
    out = list(texts)
    for k, (a, b, text) in enumerate(cells):
        if k <= names or _UNIT_HEAD.search(text):
            continue
        top = above[column_under(spans, a, b)]
        if min(b, top[1]) - max(a, top[0]) <= -_SPANNED_REACH:
            continue  # (a head under no time: "So sánh (%)" beside the groups)
        over = top[2]
        out[k] = (f"{out[k]} {over}" if _ONLY_A_YEAR.fullmatch(over)
                  else _the_time_over(over, out[k]) or f"{over} {out[k]}")
    return out


def _words_above(lines: list[str], i: int) -> str | None:
    """The nearest line with words among the three above line ``i``, or None."""
    return next((line for line in reversed(lines[max(0, i - 3):i]) if line.strip()), None)


def _first_spaced_cell(lines: list[str], i: int) -> str | None:
    """The first cell of line ``i`` of a table set with spaces, or None."""
    cells = spaced_cells(lines[i]) if i < len(lines) else []
    return cells[0][2] if cells else None


def _under_the_bases_head(above: list[tuple[int, int, str]], cells: list[tuple[int, int, str]], names: int,
                          texts: list[str]) -> list[str] | None:
    """"Chỉ số giá tháng 3/2026 so với" alone over "Nhóm hàng   Kỳ gốc 2019   Tháng 3/2025   Tháng 2/2026": a price
    table's head spanning the bases its header names, set over them clear of the names' column; each base read with
    it ("Chỉ số giá tháng 3/2026 so với Kỳ gốc 2019": a change on that base), as a tab table's two rows are
    (``merged_header``); None when the line above is no such head."""
    if len(above) != 1 or above[0][0] <= cells[names][1] or "so" not in above[0][2] or not _the_bases_head(
            above[0][2]):
        return None
    return [_the_base_said(above[0][2], text) if k > names and not _UNIT_HEAD.search(text) else text
            for k, text in enumerate(texts)]


# "Tháng 3/2027 so với (%)": a head spanning the bases below it, closing on its unit
_PER_CENT_CLOSING = re.compile(r"\s*\(\s*%\s*\)\s*$")


def _the_bases_head(head: str) -> bool:
    """Is ``head`` one spanning the bases the row below names ("Tháng 10/2025 so với", "Chỉ số giá tháng 3/2027 so
    với (%)")?"""
    return COMPARED_WITH_BELOW.search(_PER_CENT_CLOSING.sub("", head)) is not None


def _the_base_said(over: str, base: str) -> str:
    """A base under the head spanning the bases (``_the_bases_head``), read with it: "Tháng 3/2027 so với Kỳ gốc
    2024 (%)", the head's per cent after the base, where a head's unit is read (not "so với (%) Kỳ gốc 2024")."""
    words = _PER_CENT_CLOSING.sub("", over)
    said = f"{words.rstrip(' :')} {base}"
    return f"{said} (%)" if words != over and not base.rstrip().endswith(")") else said


def _joined_lines(texts: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Lines joined with line breaks and the (start, end) of each, for the readers of the lines above a header."""
    out, pos = [], 0
    for text in texts:
        out.append((pos, pos + len(text)))
        pos += len(text) + 1
    return "\n".join(texts), out


def find_lined_table_figures(layout: Layout) -> tuple[list[tuple[Figure, dict]], list[tuple[int, int]]]:
    """Figures of the tables read on the text's lines (``Layout.lined``), whose rows the layout would join into
    body text: tables whose columns are set apart by runs of spaces, numbered tables laid out one cell a line
    ("STT", "Chỉ tiêu", "ĐVT", ...), lists of bare figures under a unit line. Each is read through its header as a
    tab table's cells are (``find_table_figures``); the spans of those tables are returned too (their numbers are
    no body text). Each figure's extra holds ``row``: its sentence is its table row, as a tab table's is."""
    figures, regions = _spaced_table_figures(layout)
    numbered, numbered_regions = find_numbered_stacked_figures(layout)
    listed, listed_regions = find_unit_list_figures(layout)
    return figures + numbered + listed, regions + numbered_regions + listed_regions


# a row's name and its unit run into its first figure: words, one space, a number closing the cell
_NAME_RUN_INTO_FIGURE = re.compile(r"(\s*[^\W\d_][^\d\t]{0,80}?)\s(\d+(?:[.,]\d+)*\s*%?\s*)")
_TRAILING_UNIT_WORDS = 3  # the most words of a unit run on after a row's name ("Kim ngạch xuất khẩu Triệu USD")


def _a_hand_typed_row(cells: list[tuple[int, int, str]], table: _SpacedTable, names: int
                      ) -> list[tuple[int, int, str]] | None:
    """The cells of a row typed by hand, one under each head in the header's order, when their places under the
    header do not say their columns: the row's name runs on past the next head's start ("Diện tích gieo trồng cây
    hàng năm   ha   310.450" under "Chỉ tiêu            ĐVT     Năm 2026"), or a unit is run into its figure with a
    single space ("Triệu USD 1.350", "Kim ngạch xuất khẩu Triệu USD 1.350"; the figure, then the unit, its own cell).
    None when the row is read by its cells' places: its name within its column and no cell run into another, or its
    cells, once parted, not as many as the heads (a cell left empty: the places say which)."""
    heads = table.heads
    if len(cells) <= names or names + 1 >= len(heads) or len(cells) > len(heads):
        return None
    overrun = cells[names][1] > table.spans[names + 1][0]
    if len(cells) == len(heads):
        # (as many cells as heads: each under its head in order, wherever the typing set it)
        return cells if overrun or any(column_under(table.spans, a, b) != k for k, (a, b, _) in enumerate(cells)) \
            else None
    unit = names + 1 if heads[names + 1].role == "unit" else None
    out = list(cells)
    if unit is not None and len(out) < len(heads):
        # ("Triệu USD 1.350": the unit's cell, or the name's with it, closing on the first figure after one space)
        k = unit if len(out) > unit and not _SPACED_VALUE.fullmatch(out[unit][2]) and not overrun else names
        start, end, text = out[k]
        if (m := (_UNIT_RUN_INTO_FIGURE if k == unit else _NAME_RUN_INTO_FIGURE).fullmatch(text)) is not None and len(
                m.group(1).split()) <= (4 if k == unit else 12):
            out[k:k + 1] = [(start, start + m.end(1), m.group(1)), (start + m.start(2), end, m.group(2))]
    if unit is not None and len(out) == len(heads) - 1:
        # ("Kim ngạch xuất khẩu Triệu USD": the row's name with its unit after it, one space between)
        out = _a_unit_run_on_after_a_name(out, names) or out
    if len(out) != len(heads) or (out == cells and not overrun):
        return None
    return out


def _a_unit_run_on_after_a_name(cells: list[tuple[int, int, str]], names: int) -> list[tuple[int, int, str]] | None:
    """The row's cells with the unit its name's cell closes on its own cell after it ("Sản lượng thủy sản Tấn",
    "Kim ngạch xuất khẩu Triệu USD": a measure, or a count with its scale), or None."""
    start, end, text = cells[names]
    words = text.split()
    for n in range(min(_TRAILING_UNIT_WORDS, len(words) - 1), 0, -1):
        tail = " ".join(words[-n:])
        unit = _unit_of(tail) if tail[:1].isalpha() else None
        if unit is not None and (unit[0] in _MEASURES or unit[1] != 1.0 or (
                unit[0] != "count" and tail[:1].isupper())):
            cut = start + text.rindex(tail)
            return [*cells[:names], (start, cut - 1, text[:cut - start - 1]), (cut, end, tail), *cells[names + 1:]]
    return None


def _spaced_table_figures(layout: Layout) -> tuple[list[tuple[Figure, dict]], list[tuple[int, int]]]:
    if "  " not in layout.source:
        return [], []
    nfc = layout.lined  # (the clean text, offset for offset, with its lines as the source breaks them)
    results: list[tuple[Figure, dict]] = []
    regions: list[tuple[int, int]] = []
    table: _SpacedTable | None = None
    last: _SpacedTable | None = None  # the table read last (its header may be repeated on the next page)
    lines, pos = nfc.split("\n"), 0
    pending: list[str] = []  # a label wrapped onto the lines before its row
    row_at, row_label = 0, ""  # where the figures of the row read last begin, and its name
    units_rest_at = -1  # the line holding the rest of the unit of the row read last, its cell wrapped
    # the cells of each table's columns of comparisons: (index of the result, text, offset, head, unit, row, line)
    compared: dict[tuple[int, int], list[tuple]] = {}
    for i, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        if table is None:
            table = _the_header_again(_spaced_header(lines, i, start), last)
            pending = []
            continue
        last = table
        if i < table.start_line + table.lines:
            continue  # (the header's second line)
        # (the column of the rows' names: the first, or the one after the rows' numbers, "STT   Tên công trình")
        names = 1 if len(table.spans) > 2 and table.heads[0].role == "skip" and table.heads[1].role == "label" else 0
        cells = spaced_cells(line)
        if not cells:
            continue
        if any(len(text.split()) >= _PROSE_WORDS and (b > table.spans[names + 1][0] or cells[0][0] > table.spans[0][1])
               for _, b, text in cells):
            # a sentence: the table is over (a long row name, "Tổng mức bán lẻ hàng hóa và doanh thu", wrapped or
            # not, stays within the column of names)
            table = _spaced_header(lines, i, start)
            pending, row_label = [], ""
            continue
        if (header := _spaced_header(lines, i, start)) is not None:
            table, pending, row_label = _the_header_again(header, table), [], ""  # the header of the next table
            continue
        if len(cells) == 1 and not pending and cells[0][2].isdigit() and len(cells[0][2]) <= 3:
            continue  # ("12" alone at a page's foot, between a table's rows and its header repeated: a page number)
        if len(cells) == 1 and _CONTINUED.fullmatch(cells[0][2]):
            continue  # ("Biểu 1 (tiếp theo)" over the rows on the next page: the same table goes on, no row's name)
        columns = [column_under(table.spans, a, b) for a, b, _ in cells]
        if i == units_rest_at:
            # (the rest of the unit of the row above, read with it; what else the line holds goes on its name)
            kept = [(cell, k) for cell, k in zip(cells, columns, strict=True) if table.heads[k].role != "unit"]
            if not kept:
                continue
            cells, columns = [cell for cell, _ in kept], [k for _, k in kept]
        if (typed := _a_hand_typed_row(cells, table, names)) is not None:
            cells, columns = typed, list(range(len(typed)))
        # ("Tên dự án   TMĐT   Tiến độ" over "Cầu Nà Cù   85   Hoàn thành 90%": each work's progress, read apart)
        progress = [cell for cell, k in zip(cells, columns, strict=True) if _a_progress_column(table, k)]
        values = [
            (end, table.heads[k])
            for cell, k in zip(cells, columns, strict=True)
            if table.heads[k].role == "value" and not _a_progress_column(table, k)
            for end in _range_ends(cell)
        ]
        named = [text for (_, _, text), k in zip(cells, columns, strict=True) if table.heads[k].role in _NAMING_ROLES]
        labels = _without_the_rows_mark(named, cells)
        marked = len(labels) < len(named)  # (a row opening on its own mark opens a name of its own)
        # ("Địa phương   Dự toán   Thực hiện" over "Huyện Phú Bình   310   142": a row of one place of the area, its
        # figures that place's, as a tab table's are; a province's row, "Toàn tỉnh", names no place of it)
        where = _a_place(labels[0]) if len(labels) == 1 and table.heads[columns[0]].role == "place" and not any(
            h.role == "label" for h in table.heads) and row_province(labels[0]) is None else None
        if not all(_SPACED_VALUE.fullmatch(text) or _EMPTY_CELL.fullmatch(text) for (_, _, text), _head in values):
            values = _figures_before_a_word_cell(values)  # (words under a column of values: no row of the table)
        # ("1 200   -   x": a cell written empty, "-", "x", holds nothing; the row's other cells stand)
        values = [(cell, head) for cell, head in values if not _EMPTY_CELL.fullmatch(cell[2])]
        if not values:
            if not pending and row_label and (rest := _the_rest_of_a_spaced_name(
                    labels, cells, lines, i, table.spans[names + 1][0])):
                # ("1   Thu ngân sách địa phương được hưởng   10.850.000" then "      theo phân cấp": the row's name run
                # on to a line of its own, under its figures; the next row opens a name of its own)
                row_label = _the_name_going_on(results[row_at:], row_label, rest)
                continue
            table.misses += 1
            if labels and len(labels) + marked == len(cells):
                # ("Thu ngân sách nhà nước trên" / "địa bàn   Tỷ đồng   12.000"; "1   Thu ngân sách trên" too)
                pending = [" ".join(labels)] if marked else [*pending, " ".join(labels)]
            elif table.misses > 1 or not labels:
                table = _spaced_header(lines, i, start)  # the table is over; another may open on the line
                pending = []
            continue
        table.misses = 0
        # ("I   Trồng trọt" over "1   Diện tích lúa   ha   178.000": a section's heading above a row of its own mark)
        label = _without_lead_in(" ".join([*([] if marked else pending), *labels]).strip(" -+•"))
        pending = []
        unit_cell = next((text for (_, _, text), k in zip(cells, columns, strict=True)
                          if table.heads[k].role == "unit"), "")
        if unit_cell and (rest := _the_units_rest_below(lines, i + 1, table, unit_cell)):
            unit_cell, units_rest_at = f"{unit_cell} {rest}", i + 1  # ("Doanh" over "nghiệp": the cell wrapped)
        label, label_unit = _label_and_its_unit(label) if not unit_cell else (label, None)
        listed = table.units_listed and _the_listed_unit_of_the_row(list(table.units_listed), label)
        unit = _the_things_a_classifier_counts(_unit_of(unit_cell) or label_unit or table.unit or listed
                                               or _what_a_label_counts(label), label)
        summed = table.caption is not None and (TOTAL_ROW.match(label) is not None or _the_whole_branch(label))
        row = (start, start + len(line))
        # ("Tên công trình | Kế hoạch vốn 2024 | Giải ngân" over "Tổng cộng | 24.000 | 13.500": the projects'
        # capital, said as a tab table's total row is)
        projects_total = bool(TOTAL_ROW.match(label)) and any(h.role == "label" and PROJECT_NAME_HEAD.fullmatch(t)
                                                               for t, h in zip(table.texts, table.heads, strict=True))
        row_at, row_label = len(results), label
        if label and not projects_total:
            # (the work's progress, as a tab table's progress cell is read: the share of the work done)
            results.extend(
                (fig, _a_works_progress_cell(label, fig.token))
                for a, _, text in progress
                for fig in find_figures(text, start + a)
                if fig.unit == "pct"
            )
        for (a, cell_end, text), head in values:
            fig = _cell_figure(text, start + a, head, unit, row, line)
            if fig is None:
                continue
            fig = _the_rows_measure(fig, label)
            if fig.metric == "level" and fig.unit == "pct" and (metric := _metric_of_a_caption(table.caption)):
                fig = replace(fig, metric=metric)  # (a growth's or a structure's caption: _metric_of_a_caption)
            if not fig.value and where is None and _a_kind_of_damage_lost_none(fig, label, [
                    *table.texts, *lines[max(0, table.start_line - 2):table.start_line]]):
                continue
            k = column_under(table.spans, a, cell_end)
            if head.ratio and head.metric in ("yoy_pct", "change_pct"):
                # (a column of comparisons is judged by its cells together once the table is read: _judged)
                compared.setdefault((table.start, k), []).append((len(results), text, start + a, head, unit, row, line))
            if head.name and any(h.role == "place" for h in table.heads):
                if _no_damage(fig, head):
                    continue
                # ("Huyện Vĩnh Linh   1   420" under "Địa phương   Người chết   Nhà bị tốc mái": that place's count,
                # said as a tab table's cell is, "tại huyện Vĩnh Linh: 420 nhà bị tốc mái")
                results.append((fig, _a_places_named_cell(head, label, fig.token, table.places_kind, table.shared)))
                continue
            if head.name and _a_kinds_worth(head, label):
                # ("Nhà tốc mái   Cái   143   2.145" under "Giá trị (triệu đồng)": that kind of damage's worth, as in a
                # tab table; the total row under them, the whole loss)
                table.shared["kinds_worth"] = True
                results.append((fig, _kinds_worth_cell(head, label, fig.token)))
                continue
            if head.name and table.shared.get("kinds_worth") and TOTAL_ROW.match(label):
                results.append((fig, _kinds_worth_cell(head, label, fig.token, total=True)))
                continue
            if projects_total and _TOTAL_INVESTMENT_HEAD.search(table.texts[k]):
                # ("Tổng cộng | 3.350" under "TMĐT": the projects' costs added up, as in a tab table)
                results.append((fig, _cell_extra(f"{_head_words(table.texts[k])} ({label})", head)))
                continue
            if projects_total and (said := _province_cell(
                    head, table.heads, [_capitals_plan(t) for t in table.texts], None, label, fig.token, label,
                    _money_words(unit), k)) is not None:
                results.append((fig, {**_cell_extra(said.pop("label"), head), **said}))
                continue
            if where is not None and not head.name:
                results.append((fig, {**_cell_extra(f"{table.caption} ({where[0]})" if table.caption else where[0],
                                                    head), "sub_unit": True, "locality": where[1], "row": True}))
                continue
            if head.locality:
                # ("Diện tích lúa   ha   4.820" under "Chỉ tiêu   ĐVT   Huyện Gia Viễn": that district's figure of the
                # row's entry, as in a tab table's column of one place)
                results.append((fig, {**_cell_extra(f"{label} ({head.place})", head), "sub_unit": True,
                                      "locality": head.locality, "row": True}))
                continue
            # ("Toàn ngành" under "Chỉ số sản xuất công nghiệp tháng 9 năm 2024", no caption: the title's index, as a
            # tab table's whole branch is)
            whole = (_without_its_time(table.caption) if summed
                     else table.branches_title if _the_whole_branch(label) else None)
            extra = {**_cell_extra(whole or label, head), "row": True}
            if summed:
                extra["sums_the_caption"] = True
            if unit_cell:
                extra["unit_text"] = unit_cell
            results.append((fig, extra))
        if regions and regions[-1][0] == table.start:
            regions[-1] = (table.start, row[1])
        else:
            regions.append((table.start, row[1]))
    _rejudge(results, compared.values())
    return results, regions


_NAMING_ROLES = ("label", "place")
# a cell holding only a row's number or letter, with or without its dot ("I", "1", "2.1", "a)", "B."): the row's place
# in the table, not a word of its name
_A_ROWS_MARK_CELL = re.compile(r"\s*(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[A-GĐ])[.)]?\s*")


def _without_the_rows_mark(labels: list[str], cells: list[tuple[int, int, str]]) -> list[str]:
    """The name cells of a row with no row's mark opening them: in a header with no column of numbers ("Chỉ tiêu
    ĐVT   KH 2026" over "I   Trồng trọt" and "1   Diện tích lúa   ha   178.000") the mark stands under the column of
    names, set apart from the name by spaces; the line's cells are kept as they are (a line of a mark and a name with
    no figure is then a section's heading, no name wrapped onto the row below)."""
    if len(labels) > 1 and labels[0] == cells[0][2] and _A_ROWS_MARK_CELL.fullmatch(labels[0]):
        return labels[1:]
    return labels


def _the_header_again(header: _SpacedTable | None, last: _SpacedTable | None) -> _SpacedTable | None:
    """A header the table read last had, word for word, repeated over the rest of its rows on the next page, and
    without the unit line or caption above it: that table's unit and caption ("Đơn vị tính: triệu đồng" over the
    first page's header holds for the rows under the repeated one)."""
    if header is None or last is None or header.texts != last.texts or (header.unit is not None
                                                                       and header.caption is not None):
        return header
    return replace(header, unit=header.unit or last.unit, caption=header.caption or last.caption)


def _the_rest_of_a_spaced_name(labels: list[str], cells: list[tuple[int, int, str]], lines: list[str],
                                i: int, names_end: int) -> str | None:
    """The words of a space-aligned line with no figure that go on the name of the row above: a few words in lower
    case alone in the column of names (more when they end before the next column, ``names_end``, as a name wrapped
    in its cell does: "ngân sách nhà nước do địa phương quản lý"), the line below opening a row of its own (not in
    lower case), or None."""
    if len(labels) != 1 or len(cells) != 1:
        return None
    rest = labels[0].strip()
    if (not rest[:1].islower() or len(rest.split()) > (_LABEL_BEGUN_WORDS if cells[0][1] <= names_end
                                                       else NAMES_REST_WORDS)
            or _A_NAMES_REST.fullmatch(rest) is None or _LEAD_IN.match(rest)):
        return None
    below = next((spaced_cells(line) for line in lines[i + 1:] if line.strip()), [])
    return rest if not below or not below[0][2][:1].islower() else None


def _the_units_rest_below(lines: list[str], i: int, table: _SpacedTable, unit_cell: str) -> str:
    """The words line ``i`` holds under the column of units when it holds no figure and they open in lower case, a
    unit with the unit cell of the row above ("Doanh" over "nghiệp", "Nghìn" over "lượt": the cell wrapped), else
    ''."""
    cells = spaced_cells(lines[i]) if i < len(lines) else []
    if not cells or any(_SPACED_VALUE.fullmatch(text) for _, _, text in cells):
        return ""
    rest = [text for a, b, text in cells if table.heads[column_under(table.spans, a, b)].role == "unit"]
    if len(rest) != 1 or not rest[0][:1].islower() or len(rest[0].split()) > 2 or _unit_of(f"{unit_cell} {rest[0]}") \
            is None:
        return ""
    return rest[0]


# --- tables whose cells stand one per line ---------------------------------------------------
#
# A web table copied as text often leaves every cell on a line of its own: the header cells, a
# unit line ("Đơn vị tính : Tỷ đồng"), then each row's label followed by its values, one a line.
# The layout joins such lines into one paragraph, so they are read on the decoded text's lines.

_BARE_CELL = re.compile(r"[-+]?\d[\d.,]*\s*%?")
_UNIT_LINE = re.compile(r"^\s*(?:đơn\s+vị\s+tính|đvt)\s*:?\s*(?P<unit>.*)$", re.IGNORECASE)


def _no_rows_name(text: str) -> bool:
    """Is a line that a row's figures follow no row's name: an empty cell's mark ("-", "x"), or a unit alone with its
    scale or a measure ("Nghìn lượt", "Tỷ đồng", "Tấn": a numbered table's unit cell, read one cell a line)?"""
    if _EMPTY_CELL.fullmatch(text):
        return True
    unit = _unit_of(text) if len(text) <= 20 else None
    return unit is not None and (unit[1] != 1.0 or unit[0] in _MEASURES)


def _stacked_rows(texts: list[str]) -> list[tuple[int, int]]:
    """(label line, number of value lines after it) of every label followed by two or more
    numbers, one a line."""
    rows = []
    for j, text in enumerate(texts):
        if not text or _BARE_CELL.fullmatch(text) or _no_rows_name(text):
            continue
        r = 0
        while j + 1 + r < len(texts) and _BARE_CELL.fullmatch(texts[j + 1 + r]):
            r += 1
        if r >= 2:
            rows.append((j, r))
    return rows


def _stacked_header(texts: list[str], first_label: int, width: int
                    ) -> tuple[list[Column], tuple[str, float, str | None] | None] | None:
    """The ``width`` header cells on the lines before the first row (a unit line among them
    names the unit of the table), or None when they do not read as a table's header."""
    cells: list[str] = []
    unit = None
    i = first_label - 1
    while i >= 0 and len(cells) < width:
        text = texts[i]
        i -= 1
        if not text:
            continue
        unit_line = _UNIT_LINE.match(text)
        if unit_line:
            unit = _unit_of(unit_line.group("unit"))
            continue
        if _BARE_CELL.fullmatch(text):
            return None
        cells.append(text)
    if len(cells) < width:
        return None
    columns = [classify_header(c) for c in reversed(cells)]
    return (columns, unit) if all(c.role == "value" for c in columns) else None


def find_stacked_table_figures(layout: Layout) -> list[tuple[Figure, dict]]:
    """Figures of tables laid out one cell a line, each with ``{"label": row label}``."""
    source = layout.source
    if source.count("\n") < 8:
        return []
    spans, pos = [], 0
    for line in source.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    texts = [source[a:b].strip() for a, b in spans]
    rows = _stacked_rows(texts)
    results: list[tuple[Figure, dict]] = []
    k = 0
    while k < len(rows):
        j, width = rows[k]
        group = [rows[k]]
        # the rows of one table share their width; a heading line may stand between two rows
        while (k + len(group) < len(rows) and rows[k + len(group)][1] == width
               and rows[k + len(group)][0] - (group[-1][0] + group[-1][1]) <= 2):
            group.append(rows[k + len(group)])
        header = _stacked_header(texts, j, width) if len(group) >= 2 else None
        k += len(group)
        if header is None:
            continue
        columns, unit = header
        for label_line, _ in group:
            row_start = _clean_offset(layout, spans[label_line][0])
            row_end = _clean_offset(layout, spans[label_line + width][1])
            row_text = layout.clean[row_start:row_end]
            for column, line in zip(columns, range(label_line + 1, label_line + 1 + width), strict=True):
                a, b = spans[line]
                ca = _clean_offset(layout, a)
                fig = _cell_figure(layout.clean[ca:_clean_offset(layout, b)], ca, column, unit,
                                   (row_start, row_end), row_text)
                if fig is not None:
                    results.append((fig, _cell_extra(texts[label_line], column)))
    return results


# --- numbered tables whose cells stand one per line -----------------------------------------------
#
# A web or PDF table copied as text with its row numbers keeps every cell on a line of its own, the header first:
#     STT / Chỉ tiêu / Đơn vị tính / Thực hiện tháng 9 / Cộng dồn 9 tháng / 1 / Sản lượng lúa / Tấn / 12.450 / ...
# Each row is then as many lines as the header has cells, opening on its number ("1", "II", "a"); a sub-row
# ("Trong đó: ...", "- Lúa") may have lost its empty number cell, and a header repeated on a new page stands
# between two rows. Read as body text the lines would make counts of the row numbers ("1 Sản lượng").

_ROW_NUMBER_HEAD = re.compile(r"^\s*(?:stt|tt|số\s+tt)\s*$", re.IGNORECASE)
_ROW_NUMBER_HEAD_LINE = re.compile(r"^[ \t]*(?:stt|tt|số\s+tt)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_ROW_NUMBER_HEAD_WORD = lowered_literal_scan(_ROW_NUMBER_HEAD_LINE)  # (most texts have no "tt" at all)
# (searched in the lowered text, each line after its break: a line's start found by its literal is quicker)
_NAMES_HEAD_LINE = re.compile(r"\n[ \t]*(?:tên\s+)?(?:" + _HEADS_ALONE + r")[ \t]*(?:\n|$)")
_NAMES_HEAD_WORD = lowered_literal_scan(_NAMES_HEAD_LINE)
# (a budget table's parts are lettered in capitals above its roman and arabic numbers: "A", "I", "1", "a")
_ROW_NUMBER = re.compile(r"(?:\d{1,3}|[IVX]{1,6}|[A-HĐ]|[a-zđ])[.)]?")
# an empty cell written as such ("-", "x", "...")
_EMPTY_CELL = re.compile(r"[-–—x×.…]{1,3}", re.IGNORECASE)
_PAGE_MARK = re.compile(r"[-–]\s*\d{1,3}\s*[-–]|trang\s+\d{1,3}(?:\s*/\s*\d{1,3})?", re.IGNORECASE)
_LEAD_IN = re.compile(r"^\s*(?:trong\s+đó|chia\s+ra|bao\s+gồm)\s*[:,]?\s*", re.IGNORECASE)


# the number or letter a row's label opens with ("1. Tổng thu ngân sách", "2.1. Thu nội địa", "a) Lúa", "II. Chi
# ngân sách"): the row's place in the table, no word of its subject (a part's capital letter too: "A. Tổng thu
# NSNN", "B. Tổng chi ngân sách địa phương")
_ROW_NUMBERING = re.compile(r"^\s*(?:" + NUMBERED_MARK + r"|[A-GĐ][.)])\s+(?=[^\W\d_])")


# the mark of a row that is a part of the row above: "a)", "b.", "-", "+", "1.1" in the number's cell
_SUB_ITEM_MARK = re.compile(r"\s*(?:[a-zđ]\s*[.)]|[-+•*–]|\d{1,2}\.\d{1,2}\.?)\s*")


def _going_on(whole: str, part: str) -> str:
    """A part named lower-case said after its whole, the words they share said once ("Diện tích trồng rừng" and "rừng
    sản xuất" → "Diện tích trồng rừng sản xuất"); a part that says the whole's noun again names itself ("thu nội địa"
    under "Tổng thu ngân sách nhà nước")."""
    words, said = whole.split(), part.split()
    shared = next((n for n in range(min(len(words), len(said)), 0, -1)
                   if [w.lower() for w in words[-n:]] == [w.lower() for w in said[:n]]), 0)
    if not shared and said[0].lower() in {w.lower() for w in words}:
        return part
    return " ".join(words + said[shared:])


def _a_sub_item(label: str, number: str) -> bool:
    """Is a row a part of the row above: its name opening on a dash ("- Cây lúa") or "Trong đó", or its number a
    letter or a dash ("a) Đàn trâu")?"""
    return label[:1] in "-+•*–" or bool(_LEAD_IN.match(label)) or bool(number.strip() and _SUB_ITEM_MARK.fullmatch(
        number))


# a footnote's mark closing a row's name: "(*)", "(**)", "(1)", "*" (the layout blanks a star: "( )")
_FOOTNOTE_MARK_AFTER = re.compile(r"\s*(?:\(\s*(?:\*{1,3}|\d{1,2})?\s*\)|\*{1,3})$")


# a row's name closing on the day its figures count from: "(từ 01/7/2025)", "(kể từ ngày 1/7/2025)", "(tính từ
# 01/7/2025)" (a new commune's or ward's first day)
_COUNTED_FROM_A_DAY = re.compile(r"\s*\(\s*(?:(?:kể|tính)\s+)?từ\s+(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*("
                                 + YEAR + r")\s*\)$", re.IGNORECASE)


def _the_day_begun(begun: re.Match) -> dt.date | None:
    try:
        return dt.date(int(begun.group(3)), int(begun.group(2)), int(begun.group(1)))
    except ValueError:
        return None


def _from_the_day(head: Column, since: dt.date) -> Column:
    """A column of a row counted from ``since``: its time, when the day falls inside it, begins on that day (a year's
    plan, "Kế hoạch năm 2025", the rest of that year); a column of another time, or of none, stays as it is."""
    if head.role != "value":
        return head
    if head.period is not None and head.period[0] < since <= head.period[1]:
        return replace(head, period=(since, head.period[1]))
    if head.period is None and head.metric == "target" and head.year == since.year:
        return replace(head, period=(since, dt.date(since.year, 12, 31)))
    return head


def _without_lead_in(label: str) -> str:
    """"Trong đó: Vốn ngân sách nhà nước" → "Vốn ngân sách nhà nước": a part of the row above, named after the
    words that announce it (a row that is only those words keeps them); "2. Sản lượng lương thực" → "Sản lượng
    lương thực" (its number in the table, ``_ROW_NUMBERING``); "Thu từ DNNN trung ương (*)" → "Thu từ DNNN trung
    ương" (a footnote's mark closing it, its star blanked by the layout)."""
    label = _ROW_NUMBERING.sub("", label, count=1)
    if label.endswith((")", "*")) and (mark := _FOOTNOTE_MARK_AFTER.search(label)) is not None and mark.start():
        label = label[:mark.start()]
    if not _LEAD_IN.match(label):
        return label
    return _LEAD_IN.sub("", label, count=1).strip(" -+•") or label


# a header cell's words going on from the line above in a table copied out of a PDF ("Dự toán" / "năm 2026",
# "So sánh" / "(%)"): a cell opens on a capital, its broken-off rest on a small letter or a bracket
_A_HEADS_REST = re.compile(r"[^\W\d_A-ZĐÀ-Ỹ]|\(")


def _a_heads_rest(head: str, line: str) -> bool:
    """Does ``line`` go on with the header cell ``head`` broken off above it: opening on a small letter or a bracket,
    or naming only the time of a measure that names none ("Thực hiện" / "6 tháng", "Dự toán" / "2027"; a time under
    the names' head, or under a head with its own time, is a column of its own)?"""
    if _A_HEADS_REST.match(line):
        return True
    if not (_ONLY_A_YEAR.fullmatch(line) or _ONLY_A_PERIOD.fullmatch(line) or _A_PERIOD_WITHOUT_YEAR.fullmatch(line)):
        return False
    return classify_header(head).role == "value" and not _YEAR_TOKEN.search(head) and not _A_YEARLESS_TIME.search(head)


def _header_cells_broken_over_lines(texts: list[str], j: int) -> list[tuple[str, int]]:
    """The header's cells from ``texts[j]`` up to the first row's number, each with the count of its lines: a cell
    broken over two lines said once, its lines joined."""
    cells: list[tuple[str, int]] = []
    while j < len(texts) and len(cells) < 10 and not _ROW_NUMBER.fullmatch(texts[j]):
        if cells and cells[-1][1] == 1 and _a_heads_rest(cells[-1][0], texts[j]):
            cells[-1] = (f"{cells[-1][0]} {texts[j]}", 2)
        else:
            cells.append((texts[j], 1))
        j += 1
    return cells


@dataclass(frozen=True)
class _NumberedHeader:
    heads: list[Column]
    cells: list[str]  # the header's own cells, its number's head first when it has one, each said on one line
    lines: int  # the lines the header's cells stand on


def _numbered_header(texts: list[str], i: int, numbered: bool = True, report_year: int | None = None
                     ) -> _NumberedHeader | None:
    """The columns of a header opening on its row-number cell at ``texts[i]``: a label column, one or more
    columns of values and perhaps a unit column, up to the first row's number. (``numbered`` off: a header opening
    on the head of the rows' names, "Chỉ tiêu", with no numbers' column; its rows' number cells are all missing.
    ``report_year``: the year of the report's title, for heads naming months without theirs, "Cộng dồn 7 tháng".)"""
    heads: list[Column] = [Column("skip")]
    first = i + 1 if numbered else i
    own: list[str] = []
    lines = first - i
    for cell, cells_lines in _header_cells_broken_over_lines(texts, first):
        head = classify_header(cell)
        if head.role == "skip" and any(h.role == "unit" for h in heads):
            head = _a_quantity_of_a_time(cell) or head  # ("ĐVT | Giá tháng 2/2027": in the row's unit)
        if head.role == "skip" and own and PROJECT_NAME_HEAD.fullmatch(own[0]):
            # ("Tên dự án / Tổng mức đầu tư / Lũy kế giải ngân": a project's measures, as in a tab table of projects)
            head = _project_columns([own[0], cell], [Column("label"), head])[1]
        if head.role == "skip" and not numbered and len(heads) > 2:
            break  # (the first row's name, no number before it)
        if head.role == "skip":
            return None  # (a "Ghi chú" column is mostly empty: its lines would be missing)
        heads.append(head)
        own.append(cell)
        lines += cells_lines
    # ("Địa phương | Nhà bị ngập (nhà) | Lúa bị ngập (ha)": rows of places, columns that name their quantities)
    heads = [heads[0], *_a_change_on_the_time_before(own, with_the_levels_period(with_the_headers_year(
        own, _place_table(heads[1:]), report_year)))]
    labels = [h for h in heads if h.role in ("label", "place")]
    if len(labels) != 1 or heads[1] is not labels[0] or not any(h.role == "value" for h in heads):
        return None
    return _NumberedHeader(heads, [texts[i], *own] if numbered else own, lines)


_A_YEARS_KINDS = frozenset({"year", "target_year", "whole_year"})  # (a period phrase naming a whole year)


def _the_titles_year(title: str) -> int | None:
    """The year of the period the title above a table names (its month, quarter or months so far; or the year alone,
    "Tiến độ thực hiện các chương trình năm 2026"), or None."""
    if (reported := _the_reports_period(title, len(title), None)) is not None:
        return reported[2].year
    years = (p.period.end.year for p in find_period_phrases(title) if p.kind in _A_YEARS_KINDS and p.period)
    return next(years, None)


def _the_reports_year(text: str, header_start: int) -> int | None:
    """The year of the period the report's title names above a table's header (at ``header_start``), or None."""
    reported = _the_reports_period(text, header_start, None)
    return reported[2].year if reported is not None else None


_NAMES_LINES = 3  # the most lines a row's name is broken onto in a table copied out of a PDF


def _a_names_rest(name: str, line: str) -> bool:
    """Does ``line`` go on with a row's name broken off above it: a small letter opening it ("Chi đầu tư" /
    "phát triển"), or both lines in capitals ("TỔNG CHI NGÂN SÁCH" / "ĐỊA PHƯƠNG")?"""
    if _SPACED_VALUE.fullmatch(line) or _ROW_NUMBER.fullmatch(line) or not line[:1].isalpha():
        return False
    return line[0].islower() or (name.isupper() and line.isupper())


def _numbered_row(texts: list[str], p: int, heads: list[Column]) -> tuple[list[str], list[int]] | None:
    """The cells of the row opening at ``texts[p]`` (its number cell may be missing: "" then) and the line each
    stands on (a missing number's, the line before), or None. A name broken over two or three lines is said once:
    the row is read on its first line alone when it can be (the line below may be the unit's cell, "tấn")."""
    width = len(heads)
    for first in ([p] if _ROW_NUMBER.fullmatch(texts[p]) else []) + [p - 1]:
        number = texts[first] if first == p else ""
        for name_lines in range(1, _NAMES_LINES + 1):
            name_end = first + 1 + name_lines
            rest = texts[name_end:name_end + width - 2]
            if len(rest) < width - 2 or name_end > len(texts):
                break
            name = texts[first + 1:name_end]
            if not all(_a_names_rest(name[0], line) for line in name[1:]):
                break
            cells = [number, " ".join(name), *rest]
            if _cells_fit_the_heads(cells, heads):
                return cells, [first, first + 1, *range(name_end, name_end + width - 2)]
    return None


def _cells_fit_the_heads(cells: list[str], heads: list[Column]) -> bool:
    for cell, head in zip(cells[1:], heads[1:], strict=True):
        if head.role == "value":
            ok = bool(_SPACED_VALUE.fullmatch(cell) or _EMPTY_CELL.fullmatch(cell))
        elif head.role in ("label", "place"):
            ok = not _SPACED_VALUE.fullmatch(cell) and not _ROW_NUMBER.fullmatch(cell)
        else:  # the unit: a word or two, or nothing written
            ok = not _SPACED_VALUE.fullmatch(cell) and len(cell.split()) <= 4
        if not ok:
            return False
    return True


def find_numbered_stacked_figures(layout: Layout) -> tuple[list[tuple[Figure, dict]], list[tuple[int, int]]]:
    """Figures of numbered tables laid out one cell a line, each with ``{"label": row label, "row": True}``,
    and the spans of those tables."""
    text = layout.lined  # (the clean text, offset for offset, with its lines as the source breaks them)
    lowered = text.lower()
    numbered = bool(_ROW_NUMBER_HEAD_WORD.search(lowered) and _ROW_NUMBER_HEAD_LINE.search(text))
    # ("Chỉ tiêu / Đơn vị tính / Ước thực hiện tháng 4 / ... / Khách du lịch / Nghìn lượt / 310,4": a header with no
    # numbers' column, opening on the head of the rows' names alone on its line)
    named = bool(_NAMES_HEAD_WORD.search(lowered) and _NAMES_HEAD_LINE.search(lowered))
    if not numbered and not named:
        return [], []
    lines: list[tuple[int, str]] = []  # (offset, text) of the lines that are not empty
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos + len(line) - len(line.lstrip()), line.strip()))
        pos += len(line) + 1
    texts = [t for _, t in lines]
    results: list[tuple[Figure, dict]] = []
    regions: list[tuple[int, int]] = []
    i = 0
    while i < len(texts):
        numbers = numbered and _ROW_NUMBER_HEAD.match(texts[i]) is not None
        found = (_numbered_header(texts, i, numbers, _the_reports_year(text, lines[i][0]))
                 if numbers or (named and _NAMES_HEAD.fullmatch(texts[i])) else None)
        if found is None:
            i += 1
            continue
        heads, header, header_lines = found.heads, found.cells, texts[i:i + found.lines]
        width, own = len(heads), len(header)  # (the header's own cells: its number's head too, when it has one)
        if names_a_relative_time(header):
            # ("Ước thực hiện tháng báo cáo / Cộng dồn từ đầu năm": dated by the report's title above, as a tab table's)
            heads = [heads[0], *with_the_reports_time(header[own - width + 1:], heads[1:], text, lines[i][0], None)]
        above, spans = _joined_lines(texts[max(0, i - 2):i])
        table_unit = _unit_line_above(above, spans, len(spans))
        rows: list[tuple[int, list[str], list[int]]] = []
        table: dict[str, bool] = {"has_total": False}  # (shared by the named cells of this table: _named_cell)
        p = i + found.lines
        while p < len(texts):
            if texts[p:p + found.lines] == header_lines:
                p += found.lines  # the header again, on a new page
                continue
            if _PAGE_MARK.fullmatch(texts[p]) and p + 1 < len(texts) and (
                    texts[p + 1] == header_lines[0] or _numbered_row(texts, p + 1, heads) is not None):
                p += 1  # ("- 2 -", "Trang 2": the page's number, then the next page's rows)
                continue
            if _LEAD_IN.fullmatch(texts[p]) and p + 1 < len(texts) and _numbered_row(texts, p + 1, heads) is not None:
                p += 1  # ("Trong đó:" alone on its line, no row's: the rows under it are parts of the one above)
                continue
            row = _numbered_row(texts, p, heads)
            if row is None:
                break
            rows.append((p, *row))  # (the row's first line: its number's, or its label's)
            p = row[1][-1] + 1
        if len(rows) < 2:
            i += 1
            continue
        # ("Năm 2026 (*)" in the header, "(*) Số ước tính" on the lines after the rows: estimates, as in a tab table)
        heads_texts = header if own == width else ["", *header]
        heads = _estimated_by_a_note(heads_texts, heads, texts[p : p + 3])
        # ("TT / Tên dự án / Tổng mức đầu tư / Lũy kế giải ngân": rows of projects, each cell its project's measure)
        projects = any(PROJECT_NAME_HEAD.fullmatch(t) for t in heads_texts)
        compared: dict[int, list[tuple]] = {}  # (the cells of each column of comparisons, judged together: _judged)
        for first, cells, cells_lines in rows:
            row_start = lines[first][0]
            last = cells_lines[-1]
            row_end = lines[last][0] + len(texts[last])
            row_text = text[row_start:row_end]
            label = _without_lead_in(cells[1].strip(" -+•"))
            unit_cell = next((c for c, h in zip(cells, heads, strict=True) if h.role == "unit"), "")
            label, label_unit = _label_and_its_unit(label) if not unit_cell else (label, None)
            unit = _the_things_a_classifier_counts((_unit_of(unit_cell) if unit_cell else None) or label_unit
                                                   or table_unit or _what_a_label_counts(label), label)
            for k, (cell, head) in enumerate(zip(cells, _in_the_rows_unit(heads, unit, unit_cell), strict=True)):
                if head.role != "value" or not _SPACED_VALUE.fullmatch(cell):
                    continue
                ca = lines[cells_lines[k]][0]
                fig = _cell_figure(cell, ca, head, unit, (row_start, row_end), row_text)
                if fig is None or (not fig.value and _a_kind_of_damage_lost_none(
                        fig, label, [*header, *texts[max(0, i - 2):i]])):
                    continue
                if head.name:  # a district's count of what the column names: read as a tab table's is
                    cell_extra = _named_cell(head, label, fig.token)
                    table["has_total"] = table["has_total"] or not cell_extra["sub_unit"]
                    results.append((fig, {**cell_extra, "table": table}))
                    continue
                extra = {**_cell_extra(label, head), "row": True}
                if unit_cell:
                    extra["unit_text"] = unit_cell
                if projects and (measure := _project_measure(heads_texts[k])) is not None:
                    extra["project_measure"] = measure  # (for the routing: the row's name is its project's)
                if head.ratio and head.metric in ("yoy_pct", "change_pct"):
                    compared.setdefault(k, []).append((len(results), cell, ca, head, unit, (row_start, row_end),
                                                       row_text))
                results.append((fig, extra))
        _rejudge(results, compared.values())
        end_line = p - 1
        regions.append((lines[i][0], lines[end_line][0] + len(texts[end_line])))
        i = p
    return results, regions


# --- a list of bare figures under a unit line ------------------------------------------------------
#
#     ĐVT: triệu đồng
#     - Tổng thu ngân sách nhà nước trên địa bàn: 8.425.300
#     - Chi ngân sách địa phương: 310.250
# The unit line above a list, not a table, still says what each item's bare figure counts; an item whose figure
# carries its own unit ("- Tỷ lệ giải ngân: 54,2%") is body text, and the list ends at its first line that is no
# item.

_UNIT_LINE_WORD = lowered_literal_scan(_UNIT_LINE_ABOVE)
_LIST_ITEM = re.compile(r"^\s*[-+•*–]\s*(?P<label>\S[^\t]*?)\s*:?\s*(?P<number>\d[\d.,]*)\s*$")
_ITEM_OPENING = re.compile(r"^\s*[-+•*–]\s*\S")


def find_unit_list_figures(layout: Layout) -> tuple[list[tuple[Figure, dict]], list[tuple[int, int]]]:
    """Figures of the items of a list that end in a bare number under a unit line (``ĐVT: triệu đồng``), in
    that unit, each with ``{"label": item, "row": True}``, and the items' spans (they are no body text)."""
    text = layout.lined  # (the clean text, offset for offset, with its lines as the source breaks them)
    if not _UNIT_LINE_WORD.search(text.lower()):
        return [], []
    results: list[tuple[Figure, dict]] = []
    regions: list[tuple[int, int]] = []
    _, lines = _joined_lines(text.split("\n"))
    unit = None
    for index, (a, b) in enumerate(lines):
        line = text[a:b]
        if not line.strip():
            continue
        m = _LIST_ITEM.match(line) if unit is not None and "\t" not in line else None  # (tab rows: a table's)
        if m is not None:
            label = m.group("label").strip()
            head = Column("value", "level", estimate=_ESTIMATED_ROW.match(label) is not None)
            fig = _cell_figure(m.group("number"), a + m.start("number"), head, unit, (a, b), line)
            if fig is not None:
                results.append((fig, {**_cell_extra(label, head), "row": True}))
                regions.append((a, b))
            continue
        if unit is not None and _ITEM_OPENING.match(line):
            continue  # (an item with a unit of its own: body text, the list goes on)
        unit = None
        if ("vị" in line or "ĐVT" in line or "đvt" in line) and len(line) < 200:
            unit = _unit_line_above(text, lines[index:index + 1], 1)  # (this line alone)
    return results, regions


def _clean_offset(layout: Layout, source_offset: int) -> int:
    """The clean offset of a source offset (the layout maps clean → source, monotonically)."""
    return bisect_left(layout._src_index, source_offset)
