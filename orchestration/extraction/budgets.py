"""State budget revenue and spending, public investment capital and national target programme funds.

A figure is a budget figure when it is money (or a % of a money plan) and the words before it
in its sentence name a budget item: ``thu nội địa``, ``chi thường xuyên``, ``giải ngân``,
``kế hoạch vốn``, ``dự toán`` ... or when it sits under a heading on the national target
programmes; a breakdown sentence (``Trong đó, ...``) has the item of the sentence before. The
words then give the measure (``dự toán``/``kế hoạch vốn``/``được giao``/``quyết nghị thông
qua``/``phê duyệt`` → plan, ``giải ngân``/``thực hiện``/``thu được`` → actual; a sentence
without them goes on with the one before), who set the plan (``PLAN_ISSUERS``: Trung ương,
Thủ tướng, Bộ Tài chính → central; tỉnh, HĐND, UBND tỉnh → provincial; a % of an unnamed plan
takes the issuer the passage named last), the source of the money (NSTW → central, NSĐP →
local) and the as-of date (``đến ngày 30.6``, ``tính đến trưa ngày 28/12``, ``hết tháng 8``,
``đến hết quý III``, in the document's year, carried from the lead of a passage until a period
phrase)."""

from __future__ import annotations

import datetime as dt
import functools
import re

from orchestration.extraction.caching import per_document
from orchestration.extraction.dates import (
    ANY_YEAR,
    DIGITS,
    DOTTED,
    SLASH,
    WRITTEN,
    YEAR,
    calendar_date,
    captured,
    day_month,
    part,
    spelled_day,
    spelled_month,
    time_of_day,
)
from orchestration.extraction.letters import UPPER
from orchestration.extraction.numbers import BOUNDS_BY_QUALIFIER, HEDGE_WORDS, THOUSAND_WORDS, scale_words
from orchestration.extraction.periods import (
    PART_OF_YEAR_KINDS,
    Period,
    PeriodPhrase,
    find_period_phrases,
    listed_periods,
    month_end,
    quarter_number,
)
from orchestration.extraction.places import (
    COMMUNE_WORDS,
    LOCAL_UNIT_WORDS,
    LOWER_UNIT_WORDS,
    UNIT_WORDS,
    match_province,
)
from orchestration.extraction.routed import ASIDE, FigureContext, Routed, last_clause
from orchestration.extraction.scanning import (
    guarded,
    letter_cases,
    lowered_literal_scan,
    miscased_letters,
    required_literals,
    required_runs_of_each_alternative,
)
from orchestration.extraction.vocabulary import (
    keyed_word_lists,
    keyed_word_patterns,
    phrase_source,
    word_pattern,
    word_source,
)

_I = re.IGNORECASE
# the scale words of an amount of money (data/words/scale_words.csv, read in numbers): the billions and millions
# ("tỷ", "tỉ", "triệu"; a "nghìn" before them is read on its own, "5 nghìn tỷ"), and with the thousands
_MONEY_SCALES = scale_words(1e9, 1e6)
_MONEY_AND_THOUSAND_SCALES = scale_words(1e9, 1e6, 1e3)

# Budget items, most specific first; the one written nearest before the number wins.
_ITEMS: list[tuple[str, re.Pattern[str]]] = keyed_word_patterns("budget_items", "item", _I)

# Subjects that look like budget words but are not the state budget. Said anywhere before the
# number in its sentence: total social investment, credit, registered capital, retail sales ...
_NOT_BUDGET_SENTENCE = guarded(word_pattern("not_budget_sentence", _I))
# Said in the number's own clause: fines paid into the budget, recoveries, gifts, revenue of firms.
_NOT_BUDGET_CLAUSE = guarded(word_pattern("not_budget_clause", _I))
# Named as the figure's subject: a part of a work's cost that no budget pays (mobilised, lent, given). A national target
# programme's funds count every source (its money raised by source is the programme's), so these stay its own there.
_MONEY_NO_BUDGET_PAYS = guarded(word_pattern("money_no_budget_pays", _I))

# A programme named before a figure makes its capital the programme's. Targeted transfers
# ("bổ sung có mục tiêu") are an item of their own, not a heading over what follows them.
_PROGRAMME = guarded(
    re.compile(
        "|".join(
            phrase_source(words)
            for words in keyed_word_lists("budget_items", "item")["target_programme"]
            if "bổ sung" not in words
        ),
        _I,
    )
)

# "KH" abbreviates a plan, but not in the name of the planning department ("Sở KH&ĐT")
_PLAN_ABBREVIATION = r"\bKH\b(?!\s*&\s*ĐT)"
# the words that make "thu" another word than collecting ("thu nhập", "thu hoạch", "thu hồi", "thu gom" ...): after
# them "thu" says no revenue
_NOT_A_COLLECTION = r"(?!\s+(?:" + word_source("thu_words_not_revenue") + r")\b)"
# "Tổng kinh phí thực hiện năm 2023 là ...", "tổng kinh phí đã thực hiện 6 tháng": the money carried out in a period,
# spent as "tổng kinh phí đã chi" is (but "tổng kinh phí thực hiện đề án": the cost of carrying a scheme out, planned)
_CARRIED_OUT_IN_A_PERIOD = (r"(?:đã\s+)?thực\s+hiện\s+(?:được\s+)?(?:trong\s+)?(?:(?:năm|quý)\s+[\dIV]"
                            r"|(?:\d+|sáu|chín)\s+tháng\b|tháng\s+\d)|đã\s+thực\s+hiện\b")
# The measure of a money figure: plan words and actual words, nearest before the number wins.
_PLAN_WORDS = guarded(
    re.compile(
        # "giải ngân (vốn) kế hoạch năm 2025 là ...": the plan is what is paid out of, not the measure
        # ("số vốn kế hoạch năm 2025 được giải ngân là ...": the plan's capital paid out, money spent)
        # ("Kết quả thực hiện dự toán ngân sách năm 2025: bội chi ...": the outturn of the estimate, money done)
        r"(?<!thực\shiện\s)dự\s+toán|(?<!giải\sngân\s)(?<!giải\sngân\svốn\s)kế\s+hoạch"
        r"(?!(?:\s+năm\s+\d{4})?\s+(?:đã\s+)?được\s+giải\s+ngân)|" + _PLAN_ABBREVIATION + r"|"
        # ("các huyện được phân cấp quản lý 1.230 tỷ đồng": the part of the plan handed to them to manage)
        r"được\s+phân\s+cấp|"
        r"được\s+giao|vốn\s+(?:mới\s+)?giao|phân\s+bổ|(?<!chi\s)(?<!số\s)(?<!thu\s)chuyển\s+nguồn|(?<!với\s)tổng\s+(?:số\s+)?kinh\s+phí(?!\s+(?:đã\s+)?(?:chi|sử\s+dụng|giải\s+ngân)\b"
        r"|\s+(?:" + _CARRIED_OUT_IN_A_PERIOD + r"))|"
        # "tổng nguồn vốn" is the envelope allotted; a bare "nguồn vốn X" only names where the money
        # comes from ("vốn thuộc nguồn vốn nhà nước giải ngân được ...", "nguồn vốn xổ số kiến thiết
        # 390 tỷ đồng" in a breakdown of what was paid out), so its verbs say the measure, not it
        # ("Đối với 3 chương trình mục tiêu quốc gia, tổng vốn năm 2027 là 1.150 tỷ đồng (vốn đầu tư 780 tỷ đồng,
        # ...), đã giải ngân 310 tỷ đồng": the capital a programme has for the year; not a firm's capital)
        # ("tổng số vốn đầu tư công đã giải ngân là ...": the capital paid out, money spent)
        # ("Tổng vốn đầu tư công ước giải ngân đến hết tháng 9 là ...": the estimate of what was paid out, money spent)
        # (but "tổng nguồn vốn huy động thực hiện chương trình ...": the money raised for it, done)
        r"tổng\s+nguồn\s+vốn(?!\s+(?:đã\s+)?huy\s+động)|tổng\s+(?:số\s+)?vốn\s+đầu\s+tư\s+công(?!\s+(?:(?:đã|được|dự\s+ước|ước(?:\s+tính)?)\s+)*"
        r"giải\s+ngân)|"
        r"tổng\s+(?:số\s+)?vốn\b(?!\s+(?:đầu\s+tư|đăng\s+ký|điều\s+lệ|(?:đã\s+)?huy\s+động|FDI|vay|tín\s+dụng"
        r"|(?:(?:đã|được|dự\s+ước|ước(?:\s+tính)?)\s+)*giải\s+ngân))|cấp\s+kinh\s+phí|bố\s+trí|nhu\s+cầu\s+vốn|dự\s+kiến|"
        # a plan adopted or approved: "HĐND tỉnh quyết nghị thông qua tổng thu ...", "đã được phê duyệt là"
        r"phê\s+duyệt|quyết\s+nghị|(?:HĐND|Hội\s+đồng\s+nhân\s+dân)[^,;.]{0,20}?thông\s+qua|"
        # a plan set by its issuer: "được HĐND tỉnh giao là", "Thủ tướng Chính phủ giao"
        # ("địa phương giao": the plan the locality set itself, beside the one the centre gave)
        r"(?:Trung\s+ương|\bTW|Thủ\s+tướng|Chính\s+phủ|Bộ\s+Tài\s+chính|HĐND|UBND|tỉnh|địa\s+phương)"
        r"(?:\s+tỉnh|\s+Chính\s+phủ)?\s+giao|"
        r"\bđược(?:\s+\S+){1,5}?\s+giao\b|"
        # "UBND tỉnh đã thực hiện giao chi tiết là ...", "vốn ... đã giao trong 2 năm là ..."
        r"giao\s+chi\s+tiết|\bđã\s+giao\b|"
        # a clause that opens with the verb: "Giao huyện X thu ngân sách 300 tỷ đồng" (a headline)
        r"^\s*giao\s+(?!thông|dịch|lưu|nhận|tiếp|ban\b|hàng|hưởng|thoa|thừa|kết|ước|ca\b)|"
        # "Số vốn còn lại không giải ngân được là ...": what is left of the plan, not money paid out
        r"(?:chưa|không)\s+(?:được\s+)?giải\s+ngân|"
        # ("số vốn còn lại phải giải ngân trong hai tháng cuối năm là ...": what is left to pay out, as "chưa giải
        # ngân")
        r"(?:phải|cần)\s+giải\s+ngân|"
        # "chỉ tiêu đầu năm tỉnh đưa ra là 5.074 tỷ đồng": the target set for the item
        r"\bchỉ\s+tiêu\b|"
        # an estimate adjusted by the council ("tổng chi sau điều chỉnh gần 216 tỷ đồng"): still a plan
        r"sau\s+điều\s+chỉnh|"
        # money set aside for a use: "dành 70% (21 tỷ đồng) làm nguồn cải cách tiền lương"
        r"\bdành\b|"
        # capital of a year gone by carried over ("Số vốn kéo dài từ năm 2025 sang năm 2026 là 1.150 tỷ đồng"):
        # the plan it is still to be paid out of; "..., đã giải ngân 640 tỷ đồng" after it is money paid out
        r"\bkéo\s+dài\b|"
        # an aim set for the item ("năm 2027 thành phố phấn đấu thu ngân sách ... . Trong đó, thu nội địa ..."): a plan,
        # as "dự kiến" (not "phấn đấu vượt khó": striving said of no budget's verb)
        # (or a list of aims its colon opens: "Nhiệm vụ năm 2027, tỉnh phấn đấu:")
        r"\bphấn\s+đấu(?=\s+(?:thu|chi|giải\s+ngân)\b|\s*:)",
        _I,
    )
)
# "chi" is spending only as a verb: in "tổng chi ngân sách", "chi đầu tư" it names the item.
_ACTUAL_WORDS = guarded(
    re.compile(
        r"(?<!khả\snăng\s)(?<!chưa\s)(?<!không\s)(?<!phải\s)(?<!cần\s)giải\s+ngân|(?<!để\s)thực\s+hiện\s+(?:đến|được|đạt|trong|dự\s+toán)"
        r"|ước\s+thực\s+hiện|"
        # an estimate of the outturn said bare ("dự toán giao 500 tỷ đồng; ước cả năm 560 tỷ đồng", "Thu nội địa ước
        # 7.830 tỷ đồng"): what is reckoned done, not planned (not a treaty, a wish: "hiệp ước", "ước mơ")
        r"(?<!hiệp\s)(?<!công\s)(?<!quy\s)(?<!điều\s)(?<!mơ\s)(?<!mong\s)\bước\b(?!\s+(?:mơ|nguyện|vọng|muốn))|"
        # ("phấn đấu đạt": the reach of an aim, no deed; "tỉnh phấn đấu đạt các chỉ tiêu sau:" over a list of amounts)
        r"thực\s+hiện\s*$|(?<!phấn\sđấu\s)\bđạt\b|"
        # "được phép kéo dài" is a permission, not money received, and "được hưởng" the share a budget keeps
        # ("dự toán thu ngân sách xã được hưởng", a plan's item; "được điều chỉnh" a plan changed, no money received);
        # the Treasury's "kiểm soát thanh toán" is money
        # paid out
        # "được UBND tỉnh Kon Tum giao": allocated, a plan; "Chi trong cân đối ...", "chi cân đối ngân sách", "Chi
        # sự nghiệp y tế", "Chi bổ sung cho ngân sách huyện", "Chi bổ sung quỹ ...", "Chi viện trợ", "chi thực hiện
        # cải cách tiền lương" name
        # spending items, the verb is elsewhere (a unit's non-recurrent line "chi không thường xuyên" too;
        # "ghi thu ghi chi", "thu để lại chi quản lý qua ngân sách" too;
        # "Phần chi:" is the spending part of a council's budget resolution; "bội chi" is the deficit a plan
        # allows, "mức vay để bù đắp bội chi" the borrowing that covers it, no spending done; "dự toán chi" is the
        # spending estimate; "Chi trả nợ lãi ..." is the debt-service line of a budget, its measure said elsewhere)
        # "dự toán giao 900 tỷ đồng, kết quả đã thu hơn 950 tỷ đồng": the collection done
        # "quyết toán": the settled accounts of a year, what was collected and spent
        r"quyết\s+toán|"
        # "Trung ương đã hỗ trợ tỉnh 100 tỷ đồng từ nguồn dự phòng ...": money given, paid
        r"\bđã\s+hỗ\s+trợ\b|"
        r"thu\s+được|\bđã\s+thu\b" + _NOT_A_COLLECTION + r"|"
        r"(?<!ngân\s)\bđược\b(?!\s+(?:giao|phép|hưởng|điều\s+chỉnh))(?!(?:\s+\S+){1,5}?\s+giao\b)|kiểm\s+soát\s+thanh\s+toán|(?<!tổng\s)(?<!ghi\s)(?<!để\slại\s)(?<!phần\s)(?<!bội\s)(?<!toán\s)\bchi\b(?!\s+(?:tiết|ngân\s+sách|NS|đầu\s+tư|(?:không\s+)?thường\s+xuyên|(?:trong\s+)?cân\s+đối|sự\s+nghiệp|trả\s+(?:nợ|lãi)|bổ\s+sung\s+(?:cân\s+đối\s+)?cho|bổ\s+sung\s+quỹ|viện\s+trợ|"
        r"(?:(?:để\s+)?(?:thực\s+hiện|tạo\s+nguồn)\s+)*(?:cải\s+cách|chính\s+sách|chế\s+độ|điều\s+chỉnh)\s+tiền\s+lương))"
        r"|số\s+tiền"
        # money paid back or drawn on, said done ("tỉnh đã trả nợ gốc 48 tỷ đồng", "đã sử dụng dự phòng 125 tỷ đồng")
        r"|\bđã\s+(?:hoàn\s+)?trả\b|\bđã\s+sử\s+dụng\b",
        _I,
    )
)

# Who set a plan: the issuers whose plan is the central one and those whose plan is the province's.
PLAN_ISSUERS: dict[str, tuple[str, ...]] = keyed_word_lists("plan_issuers", "basis")


def _issuer_plan(words: tuple[str, ...]) -> re.Pattern[str]:
    """ "dự toán Trung ương (giao)", "kế hoạch vốn tỉnh giao", "được Thủ tướng Chính phủ giao"."""
    issuer = "(?:" + "|".join(map(phrase_source, words)) + r")\b"
    return re.compile(
        # "dự toán Trung ương giao", "so với Nghị quyết HĐND tỉnh", "Nghị quyết của Tỉnh ủy"
        r"(?:dự\s+toán|kế\s+hoạch|KH|Nghị\s+quyết|NQ)\s+(?:vốn\s+)?(?:(?:được|do|của)\s+)?" + issuer + "|"
        # "tỉnh Kon Tum đã giao": the body's proper name may stand between it and the verb; "so với HĐND
        # huyện giao": a council of the unit below, named by its word alone, with the plan's noun left out
        r"(?<!\w)" + issuer + rf"(?:\s+(?:{LOCAL_UNIT_WORDS})\b)?"
        r"(?-i:\s+" + UPPER + r"\w*){0,3}\s+(?:đã\s+)?giao|\bgiao\s+của\s+" + issuer + "|"
        # "mức bội chi được Quốc hội cho phép", "dự toán do HĐND tỉnh quyết định": the body that allows or decides the
        # amount a figure is read against sets it
        r"\b(?:được|do)\s+" + issuer + rf"(?:\s+(?:{UNIT_WORDS}))?(?-i:\s+" + UPPER + r"\w*){0,3}"
        r"\s+(?:cho\s+phép|quyết\s+định|phê\s+duyệt|thông\s+qua)\b",
        _I,
    )


# (with a first-character guard, same matches: they scan the passage before a % of a plan)
_BASIS_PATTERNS = {basis: guarded(_issuer_plan(words)) for basis, words in PLAN_ISSUERS.items()}
# (a body of any local level, then its place's proper name and its term, as news names a council: "HĐND tỉnh
# Quảng Trị khóa VIII đã biểu quyết thông qua", "được HĐND xã thông qua": a local council adopts the local plan;
# "UBND tỉnh Đắk Nông vừa ban hành Quyết định giao dự toán": the committee allots it)
_PROVINCE_ALLOCATES = guarded(
    re.compile(
        r"(?:" + word_source("province_bodies") + rf")\s+(?:{UNIT_WORDS})"
        r"(?-i:\s+" + UPPER + r"\w*){0,3}(?:\s+kh(?:óa|oá)\s+[IVXLC]+\b)?"
        # (the act by the document it issues: "vừa ban hành Quyết định giao dự toán")
        r"\s+(?:(?:đã|vừa)\s+)?(?:ban\s+hành\s+)?(?:(?:Quyết\s+định|Nghị\s+quyết)\s+)?(?:\S+\s+){0,3}?"
        r"(?:" + word_source("allocation_verbs") + ")",
        _I,
    )
)
_ANY_PLAN = re.compile(r"dự\s+toán|kế\s+hoạch|" + _PLAN_ABBREVIATION, _I)

_CENTRAL_SOURCE = guarded(word_pattern("central_budget", _I))  # (guarded like _LOCAL_SOURCE: same matches)
_LOCAL_SOURCE = guarded(word_pattern("local_budget", _I))
_STATE_BUDGET = word_pattern("state_budget", _I)

# As-of phrases: "đến ngày 17/6/2024", "tính đến trưa ngày 20/12", "đến hết ngày 15.1.2025" (a dot
# date only after "ngày"), "Hết tháng 7/2023", "Đến cuối tháng 10/2024", "đến hết quý II/2025".
_YEAR_PART = part(WRITTEN.year, DOTTED) + captured(YEAR)
# "ngày 30.6" / "ngày 30 tháng 6" (groups 1, 2) or a bare "30/6" (groups 3, 4)
_DAY_AND_MONTH = (
    spelled_day(WRITTEN, captured(DIGITS))
    + part(WRITTEN.month, DOTTED)
    + captured(DIGITS)
    + "|"
    + day_month(captured(DIGITS), captured(DIGITS))
)
_AS_OF_DAY = guarded(
    re.compile(
        # "tính đến trưa ngày 28/12", "tính đến 16h30 ngày 31/12" ("tính đến thời điểm 25/12": up to that day too)
        # (a bare day and month may close on the year's last two digits, "đến 30/6/26": group 6, its century the
        # reports' own; only after a slash, where no count nor other date can follow)
        r"(?:đến|tới|hết)\s+(?:hết\s+)?(?:thời\s+điểm\s+)?" + time_of_day(WRITTEN) + "(?:" + _DAY_AND_MONTH + ")"
        r"(?:" + _YEAR_PART + "|" + SLASH + captured(r"\d\d") + r")?(?![\d/])",
        _I,
    )
)
# "đến ngày 31/01 năm sau": the day in the year after the budget's own
_NEXT_YEAR_AFTER = re.compile(r"\s+năm\s+sau\b", _I)
# The end of the span an as-of month or quarter closes ("hết", "cuối"): every match of either reads it, so a text
# whose lowered form holds none of its literals (six in seven of those asked) is not scanned for them.
_TO_THE_END = r"(?:hết|cuối)"
_TO_THE_END_SCAN = lowered_literal_scan(re.compile(_TO_THE_END, _I))
_AS_OF_MONTH = guarded(
    re.compile(
        r"(?:(?:đến|tới)\s+)?" + _TO_THE_END
        + spelled_month(WRITTEN, captured(DIGITS))
        + "(?:"
        + _YEAR_PART
        + r")?(?!\d)",
        _I,
    )
)
_AS_OF_QUARTER = guarded(
    re.compile(r"(?:(?:đến|tới)\s+)?" + _TO_THE_END + r"\s+quý\s+(IV|I{1,3}|[1-4])(?![\w])(?:" + _YEAR_PART + r")?", _I)
)
# "Đến hạ tuần tháng 11, giải ngân ...", "tính đến trung tuần tháng 10/2026": a day within the month, the one the part
# named holds (data/words/month_parts.csv, read by periods: its day is periods' reading of the phrase)
_AS_OF_MONTH_PART = guarded(
    re.compile(
        r"(?:đến|tới)\s+(?:" + word_source("month_parts") + ")" + spelled_month(WRITTEN, captured(DIGITS))
        + "(?:" + _YEAR_PART + r")?(?!\d)",
        _I,
    )
)
# "Ước đến cuối năm 2025, giải ngân đạt 95% kế hoạch", "Tính đến hết năm 2025, ...": the whole year, to its end (no
# as-of day: the year is the period, as the gold reads "Dự tính đến hết năm 2018, tổng thu ...")
_TO_THE_YEARS_END = re.compile(r"(?:đến|tới)\s+(?:hết|cuối)\s+năm\s+" + captured(YEAR) + r"\b", _I)
# A period said after the as-of date ends its reach ("trong 3 tháng đầu năm", "cả năm", "lũy kế", "quý I").
_PERIOD_RESET = guarded(
    re.compile(
        r"(?:đến|tới)\s+(?:hết|cuối)\s+năm|hết\s+niên\s+độ|trong\s+\d+\s+tháng|\d+\s+tháng\s+đầu\s+năm|cả\s+năm|lũy\s+kế|"
        # ("Tính chung 6 tháng, chi ngân sách ...": the months so far, said as a sum)
        r"tính\s+chung\s+\d+\s+tháng|"
        # "tổng chi ngân sách địa phương quý I là ...": a quarter of its own (not "đến hết quý I", a date)
        r"(?<!hết\s)(?<!cuối\s)\bquý\s+(?:IV|I{1,3}|[1-4])(?![\w/]|[.,]\d)|"
        r"(?:^|[.;]\s+)(?:Trong\s+)?[Nn]ăm\s+" + YEAR + "|"
        # "Trong năm, tỉnh thu ngân sách được ...": a sentence opening on the whole year, after a cut-off date
        # said for the disbursement before it ("Ước đến 31/01/2025, giải ngân ...")
        r"(?:^|[.;]\s+)Trong\s+năm(?:\s+(?:nay|qua|này))?\s*,|"
        # "Lũy kế đến hết tháng 10, giải ngân ... Tháng 10, giải ngân được 980 tỷ đồng": a sentence opening on one
        # month, or a run of months ("Từ tháng 7 đến tháng 12, chi ..."), has a period of its own
        r"(?:^|[.;]\s+)(?:(?:Tính\s+)?(?:Riêng|Trong)\s+)?tháng\s+\d|\btừ\s+tháng\s+\d|"
        # "Ước thu ngân sách năm 2023 đạt ...": a sentence estimating the whole year
        r"(?:^|[.;]\s+)(?:Ước|Dự\s+ước|Dự\s+kiến)\s+[^.;\d]{0,60}?\bnăm\s+" + YEAR,
        _I | re.MULTILINE,
    )
)
# "bằng 125% cùng kỳ năm 2022": the figure's year is the one after
_SAME_PERIOD_YEAR = re.compile(r"cùng\s+kỳ\s+năm\s+" + captured(YEAR), _I)
# "đạt 28%", "đạt tỷ lệ 17%", "chỉ giải ngân được 17% vốn đầu tư công"
_PERCENT_REACH = re.compile(
    rf"(?:đạt|bằng|giải\s+ngân)\s*(?:(?:{HEDGE_WORDS}|được|mới|tỷ\s+lệ|tỉ\s+lệ|mức|từ)\s*)*$", _I
)
# "tỷ lệ giải ngân là 62,1%", "tỷ lệ giải ngân vốn đầu tư công của tỉnh ở mức 48%": the rate of disbursement said with
# the copula (not "có tỷ lệ giải ngân trên 80%", a threshold, nor a rate with a verb of its own, read above); a place
# ranked by it, the rate joined by "với" or set after a comma ("Huyện A có tỷ lệ giải ngân thấp nhất, chỉ 21,5%",
# "… cao nhất với 93%"): the same share
_PAID_OUT_RATE_SAID = re.compile(
    rf"\btỷ\s+lệ\s+giải\s+ngân(?:\s+[^\s,;:()\d%]+){{0,8}}?(?:\s+(?:là|ở\s+mức|với)|\s*,(?:\s*(?:chỉ|mới|chỉ\s+có))?)"
    rf"\s*(?:(?:{HEDGE_WORDS})\s*)?$",
    _I,
)
# "Lũy kế giải ngân ... đạt 4.936 tỷ đồng, tỷ lệ 50%, thấp hơn cùng kỳ (55,3%)": a bare "tỷ lệ" in a clause of its own
# after the amount paid out is the share of the plan paid out, and the rate in brackets after last year's same months
# set beside it is last year's share (the period reads its year)
_RATE_CLAUSE = re.compile(r"\s*(?:(?:đạt|với|bằng|tương\s+ứng)\s+)?(?:tỷ|tỉ)\s+lệ(?:\s+(?:đạt|là))?\s*", _I)
_PAID_OUT_AMOUNT_THEN_RATE = re.compile(
    rf"\bgiải\s+ngân\b[^;:()%]*?\d\s*(?:(?:{THOUSAND_WORDS})\s+)?(?:{_MONEY_SCALES})(?:\s+đồng)?\s*,\s*$", _I
)
_LAST_YEARS_RATE_IN_BRACKETS = re.compile(
    r"(?:cao|thấp)\s+hơn\s+(?:so\s+với\s+)?cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|\d{4}))?\s*\(\s*$", _I
)


def _a_year_before(day: dt.date | None) -> dt.date | None:
    """The same day a year before (February's last day for the 29th)."""
    if day is None:
        return None
    return day.replace(year=day.year - 1, day=28) if (day.month, day.day) == (2, 29) else day.replace(year=day.year - 1)


# a bare rate in brackets right after the amount paid out ("giải ngân đến 31/7 được 5,6 tỷ đồng (44,8%)") or after the
# amount done over the plan's ("Thu NSNN lũy kế 4T: 2.840 trđ/7.200 trđ dự toán (39,4%)"): the share of the plan done
_PAID_OUT_AMOUNT_THEN_BRACKET = re.compile(
    rf"\bgiải\s+ngân\b[^;:()%]*?\d\s*(?:(?:{THOUSAND_WORDS})\s+)?(?:{_MONEY_SCALES})(?:\s+đồng)?\s*\(\s*$", _I
)
_DONE_OVER_PLANNED_THEN_BRACKET = re.compile(r"\d[\d.,]*[^\d;:()%/]{0,16}/\s*\d[\d.,]*[^\d;:()%/]{0,30}\(\s*$")
_BRACKET_CLOSES = re.compile(r"\s*\)")


def _a_bare_rate_in_brackets_of_a_plans_amount(ctx: FigureContext) -> bool:
    """Is the rate alone in brackets right after an amount paid out or an amount done over the plan's?"""
    return (
        ctx.before[-3:].rstrip().endswith("(")
        and _BRACKET_CLOSES.match(ctx.after) is not None
        and (
            _PAID_OUT_AMOUNT_THEN_BRACKET.search(ctx.before) is not None
            or _DONE_OVER_PLANNED_THEN_BRACKET.search(ctx.before) is not None
        )
    )


def _a_paid_out_rate_beside_its_amount(ctx: FigureContext) -> bool:
    """The share of the plan a bare "tỷ lệ" gives right after the amount paid out, or last year's in brackets after
    it ("..., tỷ lệ 50%, thấp hơn cùng kỳ (55,3%)")."""
    before = ctx.before
    if (last_year := _LAST_YEARS_RATE_IN_BRACKETS.search(before)) is not None:
        before = before[: last_year.start()].rstrip(" ,")
        rate = re.search(r"\d[\d.,]*\s*%$", before)
        if rate is None:
            return False
        before = before[: rate.start()]
    clause = last_clause(before, r"[,;:()]")
    return _RATE_CLAUSE.fullmatch(clause) is not None and (
        _PAID_OUT_AMOUNT_THEN_RATE.search(before[: len(before) - len(clause)]) is not None
    )


# "tương ứng đạt kế hoạch lần lượt 44%; 40% và 1%", "đạt 67%; 62% và 47% kế hoạch": the rates of a list
# after a reach of the plan are each an item's share of it, the first as the others
_RATES_LISTED_BEFORE = re.compile(r"(?:\d[\d.,]*\s*%\s*(?:[;,]|\svà\b)\s*)+$", _I)
_PLAN_REACHED_RESPECTIVELY = re.compile(
    r"(?:đạt|bằng)\s+(?:so\s+với\s+)?(?:kế\s+hoạch|KH|dự\s+toán)(?:\s+(?:vốn|năm))?\s+"
    r"(?:lần\s+lượt|tương\s+ứng)(?:\s+là)?\s*:?\s*$", _I
)


def _reached_as_a_list(before: str) -> bool:
    """Is the rate one of a list whose first rate is said to reach the plan?"""
    if _PLAN_REACHED_RESPECTIVELY.search(before):
        return True
    listed = _RATES_LISTED_BEFORE.search(before)
    if listed is None:
        return False
    head = before[: listed.start()]
    return bool(_PERCENT_REACH.search(head) or _PLAN_REACHED_RESPECTIVELY.search(head))


# A bare rate in brackets right after an item ("lệ phí môn bài (92%)") in a sentence that says the
# items reached their rates ("đạt tỷ lệ cao", "đạt khá")
_RATE_IN_BRACKETS = re.compile(r"\(\s*$")
_REACHED_RATES = re.compile(r"\bđạt\s+(?:tỷ\s+lệ|tỉ\s+lệ|khá|cao)", _I)


# a list of the units that pay out capital, each named bare before its rate, after a colon that says they reached
# their rates ("Một số đơn vị giải ngân đạt tỷ lệ cao như: xã A 92%; phường B 88%", "giải ngân đạt khá: huyện C 71%"),
# or after the rate said high or low and "như", "là", "gồm" ("Một số tỉnh có tỷ lệ giải ngân cao như A 81%, B 77%"; "tỷ
# lệ" left unsaid, "Các chủ đầu tư giải ngân thấp: Sở C 31%"): group 1 the name of the last (no digit, no verb of
# its own)
# ("Một số tỉnh giải ngân vốn đầu tư công chậm: A 21%; B 23%": the capital named, its pace said slow or fast)
_SAID_HIGH_OR_LOW_AS_A_LIST = (r"(?:\s+vốn(?:\s+đầu\s+tư\s+công|\s+ĐTC)?)?\s+(?:cao|khá|tốt|thấp|chậm|nhanh)"
                               r"(?:\s*:|\s+(?:như|là|gồm)\b)")
_PAYERS_LISTED = re.compile(r"(?:\bgiải\s+ngân\s+(?:đạt|có)\s+(?:tỷ\s+lệ|tỉ\s+lệ|khá|cao)[^:;.\d]{0,30}:"
                            rf"|\b(?:(?:tỷ|tỉ)\s+lệ\s+)?giải\s+ngân{_SAID_HIGH_OR_LOW_AS_A_LIST})"
                            r"(?:[^:;.\d]{1,60}\d[\d.,]*\s*%\s*[;,]\s*)*\s*([^:;,.\d%]{2,60}?)\s*$", _I)


# the payers' rates listed after the disbursement said high or low ("tỷ lệ giải ngân cao như A 81%, B 77%"): the
# label ends where the list opens, not on a payer's name and figure (nor on the "thấp" a label cut at "là" ends on)
_PAYERS_LIST_OPENS = re.compile(rf"{_SAID_HIGH_OR_LOW_AS_A_LIST}|\s+(?:cao|khá|tốt|thấp)\s*$", _I)


def _a_later_payers_list(ctx: FigureContext) -> str | None:
    """For a later payer after ";" ("tỷ lệ giải ngân cao: Sở A 92%; Sở B 88%", the ";" before a capital a sentence
    break) the paragraph's last 300 characters up to it, where the list opens; None for a figure of its own sentence
    (whose list, if any, is read in ``ctx.before``)."""
    if ctx.sentence[0] and ctx.text[: ctx.sentence[0]].rstrip().endswith(";"):
        return ctx.text[max(0, ctx.start - 300) : ctx.start]
    return None


def _a_payers_rate_listed(before: str) -> bool:
    """Is the rate the first or a later one of a list of payers after a colon saying they reached high rates, with
    the payer's name right before it? (Not a rate said with a verb of its own: "huyện A giải ngân đạt 70%".)"""
    listed = _PAYERS_LISTED.search(before[-300:])
    return listed is not None and _PERCENT_REACH.search(listed.group(1) + " ") is None and not any(
        verb in listed.group(1).lower() for verb in ("đạt", "bằng", "giải ngân"))


# How far a unit's collection has got, its estimate named in the sentence ("các huyện có tiến độ thu
# tốt so với dự toán là A 80%, B (75%)"): every bare rate of the list is a share of the estimate
_COLLECTION_PROGRESS = guarded(
    re.compile(r"\b(?:tiến\s+độ|tỷ\s+lệ|tỉ\s+lệ|mức)\s+thu\b" + _NOT_A_COLLECTION, _I)
)
_ESTIMATE_WORD = re.compile(r"dự\s+toán", _I)


def _progress_against_estimate(ctx: FigureContext) -> bool:
    return (
        "thu" in ctx.before
        and _COLLECTION_PROGRESS.search(ctx.before) is not None
        and _ESTIMATE_WORD.search(ctx.sentence_text) is not None
    )


# the amount an item's rate in brackets follows ("thuế ngoài quốc doanh 32,1 tỷ đồng (118%)")
_AMOUNT_THEN_BRACKET = re.compile(rf"\s\d[\d.,]*\s*(?:(?:{THOUSAND_WORDS})\s+)?(?:{_MONEY_SCALES})\s+đồng\s*\(\s*$", _I)


def _item_then_bracket(before: str) -> bool:
    found = nearest_item(before)
    if found is None:
        return False
    words = before[found[1] :]
    if (amount := _AMOUNT_THEN_BRACKET.search(words)) is not None:
        words = words[: amount.start()] + " ("
    return not re.search(r"[\d,;:]", words)


# What a subject leaves out: "sau khi trừ số thu tiền sử dụng đất và thu xổ số", "Thu nội địa trừ tiền sử dụng đất", up
# to its verb.
# (with a first-letter guard, same matches: asked of the sentence of every money figure)
_LEFT_OUT_CUE = guarded(re.compile(r"trừ|không\s+(?:kể|tính)", _I))
_LEFT_OUT = re.compile(
    r"\b(?:sau\s+khi\s+trừ|trừ\s+(?:đi\s+)?(?:số\s+)?(?:thu|tiền)|không\s+kể|không\s+tính)\b"
    r"[^,;:()]*?(?=\s+(?:đạt|là|được|ước|thực\s+hiện|thì)\b|[,;:()]|$)",
    _I,
)
# The whole a share is taken of ("thu nội địa ... chiếm 72,7% tổng thu cân đối và tăng 29%"): the
# item named there is the denominator, not what the later rates of the clause are about.
_SHARE_OF_WHOLE = re.compile(
    rf"\bchiếm\s+(?:tỷ\s+(?:lệ|trọng)\s+)?(?:(?:{HEDGE_WORDS})\s+)?[\d.,]+\s*%[^,;()\d]*", _I
)
# The revenue a spending is paid out of ("Chi đầu tư từ nguồn thu tiền sử dụng đất"): the collection named after
# "từ (nguồn)" is where the money comes from; the spending item before it is the subject.
_SPENT_FROM_A_SOURCE = re.compile(
    r"\bchi\s+(?!cục|nhánh|phí|tiết|hội|bộ|từ)[^,;:()\d]+?\stừ\s+(?:(?:nguồn|vốn)\s+)*([^,;:()]*)", _I)
# The item patterns with a first-character guard (same matches): nearest_item scans every one of
# them over the sentence of every money figure.
_ITEMS_SCAN = [(item, guarded(pattern)) for item, pattern in _ITEMS]


# Which items a text can name at all, so that nearest_item scans only those (of the corpus's 163,944 item
# scans, 17,383 were left; since "other" has runs too, 11k fewer). An item's pattern is the alternation of its
# phrasings (``keyed_word_patterns``), and a match of a phrasing holds every run of literal letters the phrasing must
# read
# (``required_runs_of_each_alternative`` of the phrasing as written, case-sensitive: no optional part, no
# group with flags of its own, no lookaround). The patterns ignore case: a letter of the text matches a run's
# letter when the engine counts it as one of its cases (``letter_cases``), and lower-cased each of those is
# the lower case of the run's letter, but for a few (``_MISCASED``, ``scanning.miscased_letters``: "İ", "ı", "ſ").
# So in a text without those, an item none of whose phrasings has all its runs in the lower-cased text has
# no match there.
def _phrasing_runs(phrasings: tuple[str, ...]) -> tuple[frozenset[str], ...] | None:
    """For each phrasing (or alternative of one), the lower-cased runs every match of it holds; None when
    one has none (its item is always scanned)."""
    runs: list[frozenset[str]] = []
    for phrasing in phrasings:
        rx = re.compile(phrase_source(phrasing))
        alternatives = required_runs_of_each_alternative(rx)
        if alternatives is None:
            # (no run that every match of an alternative holds, "(?:bàn giao|chuyển giao) (?:sang |cho |về )...":
            # every match holds one of ``required_literals``, each then the one run of a phrasing of its own)
            literals = required_literals(rx)
            if literals is None:
                return None
            alternatives = tuple((literal,) for literal in literals)
        runs += [frozenset(run.lower() for run in alternative) for alternative in alternatives]
    # (a phrasing whose runs hold all of another one's is named only where that one's runs are: left out)
    return tuple(dict.fromkeys(r for r in runs if not any(other < r for other in runs)))


_ITEM_RUNS = {item: _phrasing_runs(phrasings) for item, phrasings in keyed_word_lists("budget_items", "item").items()}
_ITEMS_SCAN_RUNS = [(item, pattern, _ITEM_RUNS[item]) for item, pattern in _ITEMS_SCAN]
_EVERY_RUN = tuple(dict.fromkeys(run for runs in _ITEM_RUNS.values() for phrasing in runs or () for run in phrasing))
_MISCASED = miscased_letters(_EVERY_RUN)

# The runs a lowered text holds, read word by word (``_runs_in``): a run without a space (``_WORD_RUNS``, all of
# them today) that the text holds lies inside one of the text's words as ``str.split`` parts them, so the runs a
# text holds are those of its words, each word's found once (``_runs_in_word``).
_WORD_RUNS = tuple(run for run in _EVERY_RUN if run.split() == [run])
_OTHER_RUNS = tuple(run for run in _EVERY_RUN if run not in _WORD_RUNS)  # (looked for in the whole text)


@functools.lru_cache(maxsize=8192)  # (bounded: the words of the reports, a few thousand, with their punctuation)
def _runs_in_word(word: str) -> frozenset[str]:
    return frozenset(run for run in _WORD_RUNS if run in word)


def _runs_in(lowered: str) -> frozenset[str]:
    """The runs of ``_EVERY_RUN`` that ``lowered`` holds: ``{run for run in _EVERY_RUN if run in lowered}``."""
    present = frozenset().union(*map(_runs_in_word, set(lowered.split())))
    return present.union(run for run in _OTHER_RUNS if run in lowered) if _OTHER_RUNS else present


@functools.lru_cache(maxsize=1024)  # (a few hundred sets of runs in the corpus; bounded, and a pure function)
def _items_with_runs(present: frozenset[str]) -> list[tuple[str, re.Pattern[str]]]:
    """The (item, pattern) of ``_ITEMS_SCAN`` one of whose phrasings has all its runs in ``present``, in their
    order (an item without runs always)."""
    return [(item, pattern) for item, pattern, runs in _ITEMS_SCAN_RUNS
            if runs is None or any(phrasing <= present for phrasing in runs)]


def _items_named_in(text: str) -> list[tuple[str, re.Pattern[str]]]:
    """The (item, pattern) of ``_ITEMS_SCAN`` that can match in ``text``, in their order."""
    if any(letter in text for letter in _MISCASED):
        return _ITEMS_SCAN
    return _items_with_runs(_runs_in(text.lower()))


@per_document(maxsize=256)  # budget_item and _label read the same sentence of a figure
def nearest_item(text: str) -> tuple[str, int] | None:
    """(budget_item, position) of the item named last in ``text`` (nearest to what follows)."""
    items = _items_named_in(text)
    if not items:
        return None
    best: tuple[str, int] | None = None
    kept: tuple[str, int] | None = None  # the best outside what the subject leaves out
    asides = [m.span() for m in ASIDE.finditer(text)] if "(" in text else []
    left_out = [m.span() for m in _LEFT_OUT.finditer(text)] if _LEFT_OUT_CUE.search(text) else []
    if "chiếm" in text:
        left_out += [m.span() for m in _SHARE_OF_WHOLE.finditer(text)]
    if "ừ" in text or "Ừ" in text:  # (từ, TỪ: a table head in capitals too)
        left_out += [(m.start(1) - 1, m.end(1)) for m in _SPENT_FROM_A_SOURCE.finditer(text)]
    for item, pattern in items:
        for m in pattern.finditer(text):
            if any(a < m.start() < b for a, b in asides):
                continue  # "(không bao gồm dự phòng ngân sách ...)": an aside, not the subject
            # a longer, more specific item at the same place beats a shorter generic one
            if best is None or m.start() > best[1]:
                best = (item, m.start())
            if not any(a < m.start() < b for a, b in left_out) and (kept is None or m.start() > kept[1]):
                kept = (item, m.start())
    # "Thu cân đối ngân sách ... sau khi trừ số thu tiền sử dụng đất và thu xổ số đạt 65%": the
    # items left out (or the whole of a share) are not the subject; when nothing else is named they
    # are ("Không tính số thu tiền sử dụng đất (5.056 tỷ đồng)")
    return _with_revenue_said_before(text, kept or best)


def _with_revenue_said_before(text: str, found: tuple[str, int] | None) -> tuple[str, int] | None:
    """``found``, the item named last in ``text``, but for spending named with the revenue right before it ("Thu chi
    ngân sách xã", "thu, chi ngân sách": revenue and spending named together, neither alone: other, from "thu")."""
    if found is not None and found[0] == "expenditure_total" and found[1] and (
            both := _REVENUE_SAID_WITH.search(text, max(0, found[1] - 12), found[1])) is not None:
        return "other", both.start()
    return found


# the revenue named right before the spending, as one pair of words ("thu chi ngân sách", "thu, chi", "thu và chi")
_REVENUE_SAID_WITH = re.compile(r"\bthu\s*(?:,|\bvà\b|[-/–])?\s*$", _I)


# ("nguồn vốn Chương trình ... của tỉnh được giao trên 562 tỷ đồng": money allocated is budget money; so is a part set
# aside for an area or handed to the districts to manage, "Khu vực phía Bắc được bố trí 4.100 tỷ đồng; các huyện được
# phân cấp quản lý 1.230 tỷ đồng", after the plan the sentence before named)
# ("khối lượng thực hiện": the value of the work done with the capital, reported beside its
# disbursement)
# ("Kế hoạch vốn ... Thủ tướng Chính phủ giao là 18.640 tỷ đồng; HĐND tỉnh giao 21.300 tỷ đồng": the plan an issuer
# set, said bare after another's, is of the item said before it)
_BUDGET_VERB = guarded(
    re.compile(r"phân\s+bổ|giải\s+ngân|kế\s+hoạch\s+vốn|dự\s+toán|giao\s+chi\s+tiết|\bđược\s+(?:giao|bố\s+trí|phân\s+cấp)\b|"
               r"khối\s+lượng\s+thực\s+hiện|"
               # ("; HĐND thành phố giao 35.000 tỷ đồng": a centrally-run city's council)
               r"(?:Trung\s+ương|\bTW|Thủ\s+tướng(?:\s+Chính\s+phủ)?|Bộ\s+Tài\s+chính|HĐND|UBND)"
               # ("; HĐND tỉnh quyết định giao 9.450 tỷ đồng": the council's act said before its verb)
               r"(?:\s+(?:tỉnh|thành\s+phố))?(?:\s+(?:đã\s+)?quyết\s+định)?\s+giao\s*$",
               _I)
)
# "đạt trên 35% tổng kế hoạch vốn (trên 6.641,7 tỷ đồng)", "chiếm 48,32% kế hoạch (gần 3.209 tỷ
# đồng)": an amount in brackets right after a plan restates the plan's amount
# "đạt 51,8% so với nghị quyết đề ra (23.600 tỷ đồng)": the council's resolution, its amount restated
# (with a first-letter guard, same matches: it is tried on the sentence before most money figures)
# ("đạt 78% kế hoạch vốn Thủ tướng Chính phủ giao (17.240 tỷ đồng)": the plan its issuer set, restated; "vượt chỉ tiêu
# HĐND giao (19.800 tỷ đồng)": the target the council set, a plan as "dự toán"; "đạt 86,1% chỉ tiêu phấn đấu (70.000 tỷ
# đồng)", "mục tiêu (…)": the target striven for, set by the body itself)
_PLAN_AMOUNT_IN_BRACKETS = guarded(re.compile(
    r"(?:kế\s+hoạch(?:\s+vốn)?|\bKH|dự\s+toán|nghị\s+quyết|\bNQ|(?:chỉ|mục)\s+tiêu(?:\s+phấn\s+đấu)?)"
    r"(?:\s+(?:năm\s+\d{4}|được\s+giao|giao|đề\s+ra"
    r"|(?:(?:được|do)\s+)?(?:" + "|".join(phrase_source(word) for words in PLAN_ISSUERS.values() for word in words)
    + r")(?:\s+(?:tỉnh|Chính\s+phủ))?\s+giao))?"
    rf"\s*\(\s*(?:(?:{HEDGE_WORDS})\s*)?$",
    _I,
))


def _plan_amount_in_brackets(before: str) -> bool:
    """``_PLAN_AMOUNT_IN_BRACKETS`` in ``before``; every match holds its "(", which most sentences lack."""
    return "(" in before and _PLAN_AMOUNT_IN_BRACKETS.search(before) is not None


# "Thu NSNN TH 6T: 15,8 tỷ đ; KH năm 28 tỷ đ": the plan said bare, the whole of its piece, no item of its own: the plan
# of the item said before it (as "dự toán năm ...", which ``_BUDGET_VERB`` reads)
_BARE_PLAN_SAID = re.compile(r"\W*(?:KH|kế\s+hoạch)(?:\s+(?:cả\s+)?năm(?:\s+\d{4})?)?(?:\s+giao)?\s*(?::|là)?\s*", _I)


def _a_bare_plan_after_an_item(ctx: FigureContext) -> bool:
    """Is the figure's piece a bare plan right after a sentence (or, opening its paragraph, a paragraph) that named a
    budget item? (Not one further back: "… thu ngân sách … . Giá trị sản xuất … ; KH năm …" is the output's plan.)"""
    if not _BARE_PLAN_SAID.fullmatch(ctx.before):
        return False
    said_before = ctx.text[: ctx.sentence[0]] if ctx.text[: ctx.sentence[0]].strip() else ctx.preceding
    return nearest_item(_last_sentence(said_before)) is not None
# "Trong đó, ngân sách tỉnh khoảng 9.000 tỷ đồng": a breakdown of what the sentence before named
_BREAKDOWN = re.compile(r"^\W*(?:trong\s+đó|bao\s+gồm|gồm)\b", _I)
# "Năm 2018, thu vượt 17,5% dự toán Bộ Tài chính giao": a rate read against a budget estimate
_ESTIMATE_AFTER = re.compile(r"\s*(?:so\s+(?:với\s+)?)?(?:dự\s+toán|kế\s+hoạch\s+vốn)", _I)
# "Tuy nhiên, con số này giảm 13,8% so với cùng kỳ": the figure the sentence before named
# (with a first-letter guard, same matches: it scans the sentence before most money figures)
_ANAPHORA = guarded(re.compile(r"\b(?:con\s+số|số\s+thu|số\s+liệu|kết\s+quả)\s+(?:này|trên)\b", _I))
# "Tổng thu ngân sách ... 9 tháng đạt 2.340 tỷ đồng. Riêng tháng 9, số thu đạt 265 tỷ đồng": a bare
# "số thu" / "số chi" as the subject of the figure's clause (the tally, no item of its own) is the
# revenue or spending the sentences before named; only the verb, a period or a qualifier may stand
# between it and the figure ("số thu nhập", "số chi hội", "số chi trả" name other things).
_BARE_TALLY = guarded(re.compile(
    r"\bsố\s+(thu|chi)(?:\s+(?:trong\s+|của\s+)?(?:tháng|quý|năm)\s+[\w/]+)?"
    r"(?:\s+(?:ước\s+tính|dự\s+ước|ước))?(?:\s+(?:đạt|được|là|thực\s+hiện))?"
    rf"(?:\s+(?:{HEDGE_WORDS}))?\s*$",
    _I,
))
_TALLY_FAMILY = {"thu": "revenue", "chi": "expenditure"}


# "Lũy kế 10 tháng, số thu đạt 12.480 tỷ đồng. Riêng tháng 10 thu 1.310 tỷ đồng": a month or quarter singled out
# of the months before, the verb alone its subject, collects or spends what they did
# ("Tổng thu ngân sách quý I ước đạt 3.120 tỷ đồng, .... Riêng tháng 3 ước đạt 1.050 tỷ đồng": without the verb,
# the month collects or spends what the sentence before named; its group 1 is then None)
_SINGLED_OUT_TALLY = re.compile(r"\W*riêng\s+(?:trong\s+)?(?:tháng|quý)\s+[\w/.-]+\s*,?\s+(?:(thu|chi)"
                                r"(?:\s+(?:ước\s+)?(?:đạt|được))?|(?:ước\s+)?(?:đạt|được|là))"
                                rf"(?:\s+(?:{HEDGE_WORDS}))?\s*$", _I)


# "Giai đoạn 2021-2025, tổng thu ngân sách ... đạt 98.450 tỷ đồng. Năm 2025 thu 24.300 tỷ đồng": a year of the
# years before singled out, opening its sentence on its verb alone, collects or spends what they did (the verb said:
# "Năm 2025 đạt ..." may name anything)
# ("Ước cả năm 2025 thu đạt 3.600 tỷ đồng": the whole year reckoned, after the months so far; "Dự kiến cả năm chi
# 15.300 tỷ đồng", "Phấn đấu năm 2026 thu 4.000 tỷ đồng": the year aimed at, its aim said first)
_YEAR_SINGLED_OUT_TALLY = re.compile(r"\W*(?:riêng\s+)?(?:(?:(?:dự\s+)?ước(?:\s+(?:tính|thực\s+hiện))?"
                                     r"|dự\s+kiến|phấn\s+đấu)\s+)?(?:trong\s+)?"
                                     r"(?:cả\s+năm(?:\s+\d{4})?|năm\s+\d{4})\s*,?\s+(?:(?:dự\s+kiến|phấn\s+đấu)\s+)?(thu|chi)"
                                     rf"(?:\s+(?:ước\s+)?(?:đạt|được))?(?:\s+(?:{HEDGE_WORDS}))?\s*$", _I)


# "Năm 2025, thu ngân sách ... đạt 685 tỷ đồng, bằng 104% dự toán. Trong quý IV, thu 197 tỷ đồng": a month or quarter
# opening its sentence on the verb alone (no "riêng") is of the year the sentences before tallied, as one singled
# out is; the verb must be said ("Trong quý IV, đạt ..." may name anything)
_PERIOD_LED_TALLY = re.compile(r"\W*(?:trong\s+)?(?:tháng|quý)\s+[\w/.-]+\s*,?\s+(thu|chi)"
                               rf"(?:\s+(?:ước\s+)?(?:đạt|được))?(?:\s+(?:{HEDGE_WORDS}))?\s*$", _I)
_PERIOD_OPENS = re.compile(r"\W*(?:trong\s+)?(?:tháng|quý)\s", _I)


def _bare_tally(ctx: FigureContext) -> re.Match[str] | None:
    """``_BARE_TALLY`` closing the figure's clause (cheap: most clauses hold no "số"), or the verb of a month
    or a year singled out (``_SINGLED_OUT_TALLY``, ``_YEAR_SINGLED_OUT_TALLY``, its group 1 the verb as
    ``_BARE_TALLY``'s)."""
    clause = ctx.clause_before()
    if "số" in clause.lower():
        return _BARE_TALLY.search(clause)
    if "iêng" in ctx.before[:12]:
        return _SINGLED_OUT_TALLY.match(ctx.before) or _YEAR_SINGLED_OUT_TALLY.match(ctx.before)
    if _PERIOD_OPENS.match(ctx.before):
        led_before = ctx.before
        if ctx.unit == "pct" and _RATE_OF_THE_AMOUNT.fullmatch(clause):
            # "Trong tháng 11, thu 845 tỷ đồng, tăng 12% so với cùng kỳ": the rate is of the amount the verb gave
            amount = _AMOUNT_CLOSES.search(led_before, 0, len(led_before) - len(clause) - 1)
            led_before = led_before[: amount.start()] if amount is not None else ""
        if (led := _PERIOD_LED_TALLY.match(led_before)) is not None:
            return led
    # (each of the years listed after ";": "Năm 2026 dự kiến thu 3.200 tỷ đồng; năm 2027 thu 3.500 tỷ đồng")
    part = ctx.before[ctx.before.rfind(";") + 1:]
    if ctx.unit == "pct" and "ăm" in part[:20] and _RATE_OF_THE_AMOUNT.fullmatch(clause):
        # "Dự kiến cả năm chi 16.500 tỷ đồng, đạt 100% dự toán": a rate of no subject of its own is of the amount the
        # year's verb gave right before it
        amount = _AMOUNT_CLOSES.search(part, 0, len(part) - len(clause) - 1)
        part = part[: amount.start()] if amount is not None else ""
    return _YEAR_SINGLED_OUT_TALLY.match(part) if "ăm" in part[:20] else None


# a rate's clause that only reaches, exceeds or changes (", đạt 100% dự toán", ", vượt 4% dự toán", ", tăng 8%")
_RATE_OF_THE_AMOUNT = re.compile(rf"\s*(?:và\s+)?(?:tăng|giảm|đạt|bằng|vượt)(?:\s+(?:thêm|{HEDGE_WORDS}))?\s*", _I)


# "được giao dự toán thu 96 tỷ đồng, chi 112 tỷ đồng", "thu 9.800 tỷ đồng, chi 14.200 tỷ đồng": revenue and
# spending said as a pair, the second by its verb alone (the words before the pair, a plan's or a count's, are said
# once for both); a semicolon parts the pair as a comma does ("thu ngân sách 412 tỷ đồng; chi 968 tỷ đồng")
_PAIRED_TALLY = re.compile(rf"\s*(?:và\s+)?(thu|chi)(?:\s+(?:{HEDGE_WORDS}))?\s*$", _I)
_PAIRED_ITEM = {"thu": "revenue_total", "chi": "expenditure_total"}
_PAIR_BEFORE = {"thu": re.compile(r"\bchi\b", _I), "chi": re.compile(r"\bthu\b", _I)}


# Every way of writing "đó" that the clause cut's "\btrong\s+đó\b" (case-insensitive) reads (``letter_cases``).
_DO_CASES = tuple(d + o for d in letter_cases("đ") for o in letter_cases("ó"))
_PAIR_CLAUSE_LENGTH = 16  # the longest clause of a pair's second verb ("và thu", "chi khoảng"...) the rule reads


def _clause_longer_than_a_pair(before: str) -> bool:
    """Is ``clause_before(r"[;,]")`` of ``before`` longer than ``_PAIR_CLAUSE_LENGTH``, known from the text's
    last characters? The clause is what follows the end of the last cut, a ";" or "," (ending one character
    after it) or a "trong đó" (ending right after its "đó"): a clause that short has a cut mark in the last
    17 characters or a "đó" in the last 18 (a text without a cut is its own clause, as long as the text)."""
    reach = _PAIR_CLAUSE_LENGTH + 1
    tail = before[-reach - 1:]
    return (len(before) > _PAIR_CLAUSE_LENGTH and ";" not in tail[-reach:] and "," not in tail[-reach:]
            and not any(do in tail for do in _DO_CASES))


def _paired_tally(ctx: FigureContext) -> tuple[str, str] | None:
    """(the verb as written, the words said before the first of the pair) of the second of a revenue-and-spending
    pair."""
    if _clause_longer_than_a_pair(ctx.before):
        return None  # (two out of three money figures: no clause cut asked)
    clause = ctx.clause_before(r"[;,]")
    if len(clause) > _PAIR_CLAUSE_LENGTH or (pair := _PAIRED_TALLY.match(clause)) is None:
        return None
    rest = ctx.before[: len(ctx.before) - len(clause)]
    verb = pair.group(1)
    if not rest.rstrip().endswith((",", ";")):
        return None
    sentence = _last_sentence(rest)
    first = [m.start() for m in _PAIR_BEFORE[verb.lower()].finditer(sentence)]
    return (verb, sentence[: first[-1]]) if first else None


def _item_the_anaphor_points_to(ctx: FigureContext, anaphor: re.Match[str]) -> tuple[str, int] | None:
    """"Số thu này đã vượt 15% dự toán" as a paragraph of its own: the item the paragraph before ended on, when
    the anaphor can name it ("số thu" only revenue)."""
    found = nearest_item(_last_sentence(ctx.preceding))
    if found is not None and anaphor.group().lower().startswith("số") and _family(found[0]) != "revenue":
        return None
    return found


# where the parts of a whole begin to be listed ("Trong đó, ...", "; bao gồm ...")
_PARTS_OPEN = re.compile(r"\b(?:trong\s+đó|bao\s+gồm)\b", _I)


def _whole_broken_down(text: str) -> tuple[str, int] | None:
    """"Tổng thu ... đạt 15.230 tỷ đồng. Trong đó, ... thu tiền sử dụng đất 2.980 tỷ đồng." before "Riêng tháng 10,
    số thu đạt 1.640 tỷ đồng": the item of the whole the last sentence of ``text`` breaks down, not of its last
    part (None when that sentence lists no parts)."""
    if "gồm" not in text and "đó" not in text:
        return None
    text = text.rstrip()
    last = _last_sentence(text)
    parts = _PARTS_OPEN.search(last)
    return nearest_item(text[: len(text) - len(last) + parts.start()]) if parts else None


def _tally_item(ctx: FigureContext, tally: re.Match[str]) -> tuple[str, int] | None:
    """The item of the paragraph before the sentence (else the paragraph before it) when it is of the
    tally's family: "số thu" after a spending sentence says nothing of which revenue it is."""
    found = _tallied(ctx)[1]
    if found is None or (tally.group(1) is not None and _family(found[0]) != _TALLY_FAMILY[tally.group(1).lower()]):
        # "Tổng thu ngân sách ... đạt 18.400 tỷ đồng. Cả năm 2026, chi 27.600 tỷ đồng": the verb of a period
        # singled out after budget sentences of the other family names its own total (not "số chi": a count's)
        if found is not None and tally.group(1) is not None and not tally.group().lower().lstrip(" ,").startswith("số"):
            return _PAIRED_ITEM[tally.group(1).lower()], 0
        return None
    return found


def _tallied(ctx: FigureContext) -> tuple[str, tuple[str, int] | None]:
    """(the text a tally's item is named in, that item): the paragraph before the sentence, else the last
    sentence of the paragraph before it, else that paragraph when its last sentence names no item ("Hải quan thu từ
    hoạt động xuất nhập khẩu đạt 2.850 tỷ đồng. Kim ngạch ... đạt 4,2 tỷ USD." before "Riêng tháng 3, số thu đạt
    ...": a trade figure said after the collection); the whole of a breakdown rather than its last part."""
    before = ctx.text[: ctx.sentence[0]]
    if (found := _whole_broken_down(before) or nearest_item(before)) is not None:
        return before, found
    if (whole := _whole_broken_down(ctx.preceding)) is not None:
        return ctx.preceding, whole
    last = _last_sentence(ctx.preceding)
    if (found := nearest_item(last)) is not None:
        return last, found
    paragraph = ctx.preceding.rstrip()
    paragraph = paragraph[paragraph.rfind("\n") + 1:]
    return paragraph, nearest_item(paragraph)


# Words of an aim ("Chương trình mục tiêu" names a programme, not an aim)
# ("bổ sung có mục tiêu" names targeted transfers)
_AIM_WORD = r"(?<!chương\strình\s)(?<!chương\strình,\s)(?<!có\s)mục\s+tiêu"
_AIM = re.compile(
    rf"phấn\s+đấu|dự\s+kiến|định\s+hướng|{_AIM_WORD}|\bsẽ\b"
    # ("UBND huyện đề ra 18 chỉ tiêu chủ yếu như: Tổng thu ... đạt 412 tỷ đồng": the targets a body sets)
    r"|\b(?:đề|đặt)\s+ra\s+(?:\d+\s+|các\s+|những\s+|một\s+số\s+)?(?:chỉ\s+tiêu|mục\s+tiêu)\b", _I
)
# (the aim opens its clause: "Năm qua, xã phấn đấu vượt khó" tells what was striven for, no aim ahead)
_STRIVE = re.compile(r"(?:^|[.,;:]\s*)phấn\s+đấu\b", _I)


# A deed said done in the figure's own clause ("đã thu", "đã giải ngân", "đã chi được")
_DONE_IN_THE_CLAUSE = re.compile(r"\bđã\s+(?:(?:được\s+)?thu|chi|giải\s+ngân|nộp|thực\s+hiện)\b", _I)


def _done_after_the_aim(ctx: FigureContext) -> bool:
    """An amount said done in a clause of its own after the aim's is what was collected so far, not aimed at (the aim
    reads the clause it opens): "phấn đấu thu ngân sách 185 tỷ đồng; đến cuối quý III đã thu 152 tỷ đồng"."""
    if "đã" not in ctx.before[-60:]:
        return False
    clause = last_clause(ctx.before, r"[;,]")
    return bool(_DONE_IN_THE_CLAUSE.search(clause)) and not _AIM.search(clause)


def _aimed_in_sentence_before(ctx: FigureContext) -> bool:
    """"Trong đó, phấn đấu kết nạp 30 đảng viên. Thu ngân sách đạt trên 90 tỷ đồng": a target whose aim
    opened a clause of the sentence before it, in the same paragraph, is an amount aimed at too."""
    return "đấu" in ctx.text[max(0, ctx.sentence[0] - 250):ctx.sentence[0]] and bool(
        _STRIVE.search(ctx.text, max(0, ctx.sentence[0] - 250), ctx.sentence[0]))


# "vượt 300 tỷ đồng so với dự toán": the excess over the plan, not the item itself; "dự toán thu của tỉnh cao
# hơn 210 tỷ đồng": a gap said by comparing, in either direction
# (with a first-letter guard, same matches: it is tried on the sentence of every money figure with an item)
# ("Thu tiền sử dụng đất hụt khoảng 650 tỷ đồng so với dự toán": the gap said after the item, as "hụt thu" before it)
# ("Thu nội địa vượt dự toán 900 tỷ đồng": the plan it went beyond named between)
# ("không thấp hơn", "không cao hơn": a bound, no gap)
_EXCESS = guarded(re.compile(r"(?:\bvượt|\bhụt|(?<!không\s)\b(?:cao|thấp)\s+hơn)"
                             r"(?:\s+(?:so\s+với\s+)?(?:dự\s+toán|kế\s+hoạch|KH)"
                             r"(?:\s+(?:năm\s+\d{4}|được\s+giao|(?:Trung\s+ương|tỉnh|HĐND\s+tỉnh)\s+giao))?(?:\s+là)?)?"
                             rf"\s*(?:(?:{HEDGE_WORDS})\s*)*$", _I))
# ("Thu ngân sách năm 2025 của tỉnh vượt 25.000 tỷ đồng": a mark the item passed, said with no amount of its own
# before it and no base after it, is the item's level, more than that amount; an excess follows the amount or rate it
# goes beyond, or names what it is beyond)
_AMOUNT_OR_RATE = re.compile(rf"\d\s*%|\d\s*(?:(?:{THOUSAND_WORDS})\s+)?(?:{_MONEY_SCALES})\b", _I)
_BASE_AFTER = re.compile(rf"\s*(?:(?:{THOUSAND_WORDS})\s+)?(?:(?:{_MONEY_SCALES})\s+)?(?:đồng\s+)?(?:,\s*)?"
                         r"(?:so\s+với|so\s|với\s|dự\s+toán|kế\s+hoạch|KH\b|chỉ\s+tiêu|cùng\s+kỳ)", _I)
_BARE_PASSED = re.compile(r"\bvượt\s*$", _I)
_BARE_GAP = re.compile(r"\b(?:vượt|(?:cao|thấp)\s+hơn)\s*$", _I)  # (the "hơn" of a comparison is no hedge)


def _an_excess(ctx: FigureContext) -> bool:
    """Is the amount how far the item went beyond (or fell short of) something, not the item's own amount?"""
    excess = _EXCESS.search(ctx.before)
    if excess is None:
        return False
    return (not _BARE_PASSED.match(ctx.before, excess.start())
            or _AMOUNT_OR_RATE.search(ctx.before, _reach_of_the_passed_mark(ctx.before, excess.start()), excess.start())
            is not None or _BASE_AFTER.match(ctx.after) is not None)


def _reach_of_the_passed_mark(before: str, passed: int) -> int:
    """Where an amount or rate said before "vượt" can be what it goes beyond: anywhere in the sentence ("đạt 105% dự
    toán, vượt 1.200 tỷ đồng"), unless the clause of "vượt" names a budget item of its own ("tăng trưởng GRDP đạt
    7,9%, thu ngân sách vượt 21.000 tỷ đồng": the rate is another clause's, the amount the mark the item passed)."""
    opened = max(before.rfind(",", 0, passed), before.rfind(";", 0, passed)) + 1
    return opened if opened and nearest_item(before[opened:passed]) is not None else 0
# Revenue collected beyond or short of its estimate ("vượt thu ngân sách hơn 4.600 tỷ đồng", "Tỉnh hụt thu tiền
# sử dụng đất khoảng 3.100 tỷ đồng"): the item may stand between, up to the clause's end; a gap is what was
# done, never a plan ("Dự kiến năm 2024 tỉnh hụt thu khoảng 900 tỷ đồng" forecasts it). A verb that gives
# the item its own amount ends the gap's reach ("vượt thu ngân sách với tổng thu đạt 38.760 tỷ đồng").
# a rate right after "vượt thu" is how far the collection went beyond its estimate, as "vượt 9% dự toán" says
_COLLECTED_BEYOND = re.compile(rf"\bvượt\s+thu\s*(?:(?:{HEDGE_WORDS})\s+)?$", _I)
# ("Tăng thu so với dự toán 84 tỷ đồng": the excess over the estimate said with "tăng thu", its base named before
# the amount; "Số vượt thu so với dự toán là 610 tỷ đồng": its base and the copula before the amount, no amount of its
# own after "là")
# (the level of the budget a gain is said of: "Tăng thu ngân sách huyện so với dự toán 4,3 tỷ đồng"; the base said
# first, "So với dự toán, tỉnh đã tăng thu 2.470 tỷ đồng")
_LEVEL = rf"(?:{UNIT_WORDS}|địa\s+phương)"
_REVENUE_GAP = re.compile(r"\b(?:(?:hụt|vượt)\s+thu\b|tăng\s+thu\s+(?:(?:ngân\s+sách|NSNN|NS)\s+"
                          r"(?:(?:cấp\s+)?" + _LEVEL + r"\s+)?)?so\s+(?:với\s+)?"
                          r"(?:dự\s+toán|kế\s+hoạch)\b"
                          r"|\bso\s+(?:với\s+)?(?:dự\s+toán|kế\s+hoạch)\b[^.;:()\d]{0,40}?\btăng\s+thu\b)(?:(?!\b(?:đạt|được)\b|(?<!so\s)\bvới\b"
                          rf"|\blà\s+(?!(?:{HEDGE_WORDS})\s*$)\S)[^,;:()])*$", _I)


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _last_sentence(text: str) -> str:
    """The last sentence of ``text`` (a paragraph before the figure's). A line break left in the clean text
    ends a paragraph, so a sentence: a headline without a full stop ("Xã X thu ngân sách vượt dự toán") is
    not the start of the lead under it."""
    text = text.rstrip()
    cut = max((m.end() for m in _SENTENCE_END.finditer(text[-600:])), default=0)
    return text[-600:][cut:]


# A figure read against a budget estimate ("..., bằng 70,1% dự toán"): "dự toán" is a budget word,
# so what it measures is budget money even when its subject is said loosely.
# ("Ước thực hiện cả năm 2025 đạt 6.300 tỷ đồng, vượt 3% dự toán": beyond the estimate by a rate, as read against it)
_AGAINST_ESTIMATE_AFTER = re.compile(r"\s*,?\s*\(?\s*(?:bằng|đạt|vượt)\s+[\d.,]+\s*%\s*(?:so\s+(?:với\s+)?)?dự\s+toán",
                                     _I)
# "Tám tháng, tỉnh đã chi 10.362 tỷ đồng, bằng 70,1% dự toán, tăng 3,5%": spending said by the
# bare verb, with the rates of its amount that follow it.
_SPENT = re.compile(
    rf"\b(?:đã|được)\s+chi\s+(?:(?:{HEDGE_WORDS})\s+)?"
    rf"(?:[\d.,]+\s*(?:{_MONEY_SCALES})\s+đồng(?:\s*,\s*(?:bằng|đạt|tăng|giảm)\s+[\d.,]+\s*%[^,;.]*?)*"
    r"\s*,\s*(?:bằng|đạt|tăng|giảm)\s+)?$",
    _I,
)


def _spent_against_estimate(ctx: FigureContext) -> bool:
    """Spending said by the bare verb "đã chi", read against a budget estimate in its sentence."""
    if _SPENT.search(ctx.before) is None:
        return False
    if ctx.unit == "pct":
        return True  # _SPENT only reaches a rate through the amount it follows
    return _AGAINST_ESTIMATE_AFTER.match(ctx.after) is not None


_SOURCE_NAMED_AFTER = re.compile(rf"\s*(?:{_MONEY_SCALES})?\s*(?:đồng\s+)?là\s+(?:từ|do)\s", _I)
# "Hà Nam thu hơn 1.200 tỷ đồng từ đấu giá đất", "tỉnh đã thu về 96 tỷ đồng từ tiền thuê đất": the bare verb of
# collecting before the amount, the source after it names the item (headlines put the amount first)
_COLLECTED_BEFORE = re.compile(rf"\bthu\s+(?:(?:ngân\s+sách|NSNN)\s+)?(?:về\s+|được\s+)?(?:(?:{HEDGE_WORDS})\s+)?$", _I)
_SOURCE_AFTER = re.compile(rf"\s*(?:{_MONEY_SCALES})?\s*(?:đồng\s+)?từ\s", _I)
# "tăng 410 tỷ đồng so với giá khởi điểm", "chênh lệch 1.080 tỷ đồng": what an auction fetched above the starting
# price, a difference like "vượt ... so với dự toán", not the land-use revenue itself
_STARTING_PRICE = r"so\s+với\s+giá\s+khởi\s+điểm"
_OVER_STARTING_PRICE_AFTER = re.compile(rf"\s*(?:{_MONEY_SCALES})?\s*(?:đồng\s+)?(?:\S+\s+){{0,2}}?"
                                        + _STARTING_PRICE, _I)
# ("cao hơn giá khởi điểm 58,2 tỷ đồng", "vượt giá khởi điểm 12 tỷ đồng": the base named before the gap)
_PRICE_GAP_BEFORE = re.compile(
    r"\b(?:chênh\s+lệch(?:\s+" + _STARTING_PRICE + r")?|(?:cao\s+hơn|vượt|tăng)(?:\s+so\s+với)?\s+giá\s+khởi\s+điểm)"
    rf"(?:\s+(?:là|đạt|{HEDGE_WORDS}))*\s*$", _I)
# The starting price itself ("có giá khởi điểm 120 tỷ đồng"), and a rate of an auction's gain over it ("cao hơn giá
# khởi điểm 58,2 tỷ đồng (tăng 25,5%)", "tăng 65,5% so với giá khởi điểm"): another base than last year or the plan,
# no budget figure
_STARTING_PRICE_BEFORE = re.compile(rf"\bgiá\s+khởi\s+điểm(?:\s+(?:là|đạt|{HEDGE_WORDS}))*\s*$", _I)
_RATE_OVER_STARTING_PRICE_BEFORE = re.compile(
    r"giá\s+khởi\s+điểm(?:\s+(?:là|đạt))?\s+[\d.,]+\s+[^\d.;()]{1,25}?[(,]\s*(?:(?:tăng|cao\s+hơn|vượt|tương\s+đương"
    r"|bằng)\s+)?$", _I)
_RATE_OVER_STARTING_PRICE_AFTER = re.compile(r"\s*(?:\S+\s+){0,2}?" + _STARTING_PRICE, _I)
# The noun right after the amount (the unit may end before "đồng" or after it) names the money when
# nothing before the figure does: "toàn tỉnh đã thu được 3.100 tỷ đồng tiền thuế các loại" (what was
# collected); "Hơn 2,8 nghìn tỷ đồng vốn đầu tư công được giải ngân" (the capital, the subject put after its
# amount as headlines do: only when nothing but a qualifier opens the clause before it; an amount after a
# verb, "còn tồn đọng 237 tỷ đồng vốn ...", is its object)
# "bố trí 145 tỷ đồng từ ngân sách địa phương để ...": money set aside, the budget it comes out of named after the
# amount (group 1: that budget, its source)
# ("từ nguồn dự phòng ngân sách trung ương": the reserve of a budget, that budget's money)
# (or the money a budget gained over its estimate: "dành 935 tỷ đồng từ nguồn tăng thu để chi đầu tư ...")
_BUDGET_NAMED_AFTER = re.compile(rf"\s*(?:(?:{_MONEY_SCALES})\s+)?(?:đồng\s+)?từ\s+"
                                 r"((?:nguồn\s+)?(?:vốn\s+|dự\s+phòng\s+)?(?:ngân\s+sách|NS)[^,;.()]{0,40}"
                                 r"|(?:nguồn\s+)?(?:(?:tăng|vượt)\s+thu|(?:thực\s+hiện\s+)?cải\s+cách\s+tiền\s+lương|kết\s+dư)\b"
                                 r"[^,;.()]{0,40}?"
                                 r"(?=\s+(?:để|cho)\b|[,;.()]|$))", _I)
# (money given to a lower level, its receiver named before the amount: "Trung ương đã hỗ trợ tỉnh 100 tỷ đồng từ nguồn
# dự phòng ngân sách trung ương", "cấp cho các xã 12 tỷ đồng"; money drawn on, "Tỉnh đã sử dụng 60 tỷ đồng từ nguồn dự
# phòng ngân sách để ...")
# (the reserve of a budget named by no level, "nguồn dự phòng ngân sách" up to the use it is drawn for)
_UNNAMED_RESERVE = re.compile(r"(?:nguồn\s+)?dự\s+phòng\s+(?:ngân\s+sách|NS)(?:\s+(?:để|cho)\b|\s*$)", _I)
_SET_ASIDE_BEFORE = re.compile(
    r"\b(?:bố\s+trí|phân\s+bổ|dành|trích|sử\s+dụng|(?:hỗ\s+trợ|cấp|bổ\s+sung)(?:\s+(?:cho\s+)?(?:tỉnh|thành\s+phố|các\s+)?"
    rf"(?:địa\s+phương|{LOWER_UNIT_WORDS})?)?)(?:\s+(?:{HEDGE_WORDS}))?\s*$", _I)
_MONEY_NOUN_AFTER = re.compile(rf"\s*(?:(?:{_MONEY_SCALES})\s+)?(?:đồng\s+)?(?=(tiền|vốn|nguồn)\s)", _I)
# (money the province was allotted or borrowed to on-lend, the verb before the amount and the capital named after
# it: "Năm 2026 tỉnh được giao hơn 31.000 tỷ đồng vốn đầu tư công", "tỉnh đã vay lại 95 tỷ đồng vốn vay nước ngoài";
# the copula after the verb too, "kinh phí … được giao là 98 tỷ đồng")
_RECEIVED_BEFORE = re.compile(rf"(?:\bđược\s+(?:giao|phân\s+bổ|bố\s+trí|cấp)|\bvay\s+lại)(?:\s+là)?"
                              rf"(?:\s+(?:{HEDGE_WORDS}))?\s*$", _I)
# An amount followed by what it is for, a start of works: "... tỷ đồng (để) khởi công / triển khai / thực hiện ..."
_PURPOSE_AFTER = re.compile(rf"\s*(?:(?:{_MONEY_SCALES})\s+)?(?:đồng\s+)?(?:để\s+)?"
                            r"(?:khởi\s+công|triển\s+khai|thực\s+hiện)\s", _I)
# what an amount set aside is for, right after it ("... tỷ đồng để chi ...", "... tỷ đồng cho các chương trình ...")
_FOR_A_USE_AFTER = re.compile(rf"\s*(?:(?:{_MONEY_SCALES})\s+)?(?:đồng\s+)?(?:để|cho|thực\s+hiện)\s", _I)
# (the "để" of a purpose is often left unsaid: "bố trí 215 tỷ đồng thực hiện cải cách tiền lương" reads as "để thực
# hiện ...")
_USE_WITHOUT_ITS_FOR = re.compile(rf"(\s*(?:(?:{_MONEY_SCALES})\s+)?(?:đồng\s+)?)(?=thực\s+hiện\s)", _I)


# money set aside for development investment, said without "chi" ("tỉnh dành 4.500 tỷ đồng cho đầu tư phát triển",
# "bố trí 900 tỷ đồng để đầu tư xây dựng cơ bản"): the budget's investment spending, as "chi đầu tư phát triển" is
_FOR_DEVELOPMENT_INVESTMENT_AFTER = re.compile(rf"\s*(?:(?:{_MONEY_SCALES})\s+)?(?:đồng\s+)?(?:để|cho)\s+"
                                              r"(đầu\s+tư\s+(?:phát\s+triển|xây\s+dựng\s+cơ\s+bản))\b", _I)


def _development_investment_named_after(after: str) -> re.Match[str] | None:
    """Money set aside for development investment, its use (group 1) right after the amount; None for another use."""
    return _FOR_DEVELOPMENT_INVESTMENT_AFTER.match(after) if "đầu" in after[:40] else None


def _development_investment_after(after: str) -> tuple[str, int] | None:
    """The item of money set aside for development investment (``_development_investment_named_after``)."""
    return ("expenditure_investment", 0) if _development_investment_named_after(after) is not None else None


def _the_use_after(after: str) -> str:
    """The words after an amount set aside, with the "để" of its purpose said when it was left out."""
    return _USE_WITHOUT_ITS_FOR.sub(r"\1để ", after, count=1) if "hiện" in after[:40] else after
# an amount paid out to borrowers, named between "cho" and "vay" right after it ("... tỷ đồng cho 27 HTX vay vốn",
# "... cho hơn 3.000 lượt hộ nghèo vay"), or none named ("giải ngân 90 tỷ đồng cho vay mua nhà ở xã hội"): a loan,
# whoever lends it; not capital the province borrows to on-lend ("cho tỉnh vay lại": its budget's borrowing)
_LENT_TO_AFTER = re.compile(rf"\s*(?:(?:{_MONEY_SCALES})\s+)?(?:đồng\s+)?(?:để\s+)?cho\s+(?:\S+\s+){{0,6}}?"
                            r"vay\b(?!\s+lại)", _I)
_MONEY_UNIT_BEFORE = re.compile(rf"^\s*(?:(?:{_MONEY_SCALES})\s+)?(?:đồng\s+)?", _I)
_ONLY_QUALIFIERS = re.compile(rf"\W*(?:(?:{HEDGE_WORDS}|tổng\s+cộng|với)\s+)*", _I)


_PARTS_BRACKET = re.compile(r"\(\s*(?:bao\s+gồm|gồm|trong\s+đó)\b", _I)


# "the Programme" referred back to, capitalised and with no name of its own ("Tổng kinh phí thực hiện Chương trình năm
# 2026 là ...": the programme the text before named in full); not "Chương trình OCOP", "Chương trình hành động số 12"
_PROGRAMME_REFERRED = re.compile(
    r"\bChương\s+trình(?=\s*(?:[,.;:()]|\d|(?:năm|giai\s+đoạn|là|đã|được|trên|của|tại)\b))")
_REFERENCE_REACH = 600  # characters back over the text before the sentence for the programme referred to


# The title of a text: its opening lines up to the first that ends as a sentence does (or is too long for a title)
_TITLE_LINE_END = re.compile(r"[.;:!?]\s*$")
_TITLE_LINE_MAX = 200
_PUBLIC_INVESTMENT_NAMED = re.compile(r"đầu\s+tư\s+công", _I)


@per_document(maxsize=16)  # (the same opening for every figure of a text)
def _title_lines(opening: str) -> str:
    """The opening lines of a text before its first sentence ("UBND XÃ X / BÁO CÁO / Kết quả thực hiện Chương trình
    ... năm 2025"): the title and the issuer above it."""
    lines = []
    for line in opening.split("\n"):
        if len(line) > _TITLE_LINE_MAX or _TITLE_LINE_END.search(line):
            break
        lines.append(line)
    return "\n".join(lines)


def _titled_on_a_programme(ctx: FigureContext) -> bool:
    """A text titled on a national target programme ("Báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia giảm
    nghèo bền vững năm 2025" over "Tổng vốn được giao ..., đã giải ngân ..."): its figures of capital are the
    programme's ("kế hoạch vốn" too), like those under a heading naming it; not when the title or the figure's
    sentence names public investment beside it (then the programme is a part of that)."""
    title = _title_lines(ctx.document[:_TITLE_REACH]) if ctx.document else ""
    return bool(
        title
        and _PROGRAMME.search(title)
        and not _PUBLIC_INVESTMENT_NAMED.search(title)
        and not _PUBLIC_INVESTMENT_NAMED.search(_last_sentence(ctx.before))
    )


def _in_programme(ctx: FigureContext, own_clause_after: str) -> bool:
    """Does a national target programme's name stand before the figure, in its own clause after it, in its heading or
    the text's title, or is it referred back to before the figure after its name in the text before?"""
    return bool(
        _PROGRAMME.search(ctx.before) or _PROGRAMME.search(own_clause_after) or _PROGRAMME.search(ctx.heading)
        or _titled_on_a_programme(ctx)
        or ("Chương" in ctx.before and _PROGRAMME_REFERRED.search(ctx.before) and _PROGRAMME.search(
            (ctx.preceding[-_REFERENCE_REACH:] + "\n" + ctx.text[: ctx.sentence[0]])[-_REFERENCE_REACH:]))
    )


# a spending line of a list after the programmes' own line ("…; chi các chương trình mục tiêu quốc gia 1.240,5 tỷ
# đồng; chi chuyển nguồn sang năm 2026 là 4.102,6 tỷ đồng", a settlement's lines): its own line, no programme's
_SPENDING_LINE = re.compile(r"\W*chi\b", _I)


def _a_spending_line_after_the_programmes(ctx: FigureContext) -> bool:
    """Is the figure's line (after the last semicolon) a spending line naming no programme, the programme named only in
    a line before it?"""
    cut = ctx.before.rfind(";")
    if cut < 0:
        return False
    line = ctx.before[cut + 1:]
    return (_SPENDING_LINE.match(line) is not None and not _PROGRAMME.search(line)
            and not _PROGRAMME.search(ctx.heading))


# the capital of public investment as a whole, named before a programme ("Kế hoạch vốn đầu tư công ..., trong đó vốn
# các chương trình mục tiêu quốc gia ..."): the programmes are then a part of it, no subject of their own
_INVESTMENT_AS_A_WHOLE = re.compile(r"đầu\s+tư\s+công|kế\s+hoạch\s+vốn|vốn\s+(?:ngân\s+sách|NS|cân\s+đối)", _I)
# (not the money left unpaid, "còn 2.770 tỷ đồng chưa giải ngân, tỉnh phấn đấu ... giải ngân đạt 95%": no disbursement)
_PAID_OUT_BARE = re.compile(r"(?<!chưa\s)(?<!không\s)giải\s+ngân", _I)
_TOTAL_PAID_OUT = re.compile(r"\btổng\s+(?:số\s+)?(?:vốn\s+)?(?:đã\s+)?giải\s+ngân", _I)


# the public-investment capital plan an amount or a rate is read against, right after it
_ALLOCATED_OF_THE_CAPITAL_PLAN = re.compile(r"\s*(?:so\s+(?:với\s+)?)?(?:tổng\s+)?(?:kế\s+hoạch\s+vốn|KH\s+vốn)\b", _I)
_RATE_AFTER = re.compile(rf"^\s*(?:(?:{_MONEY_SCALES})\s+)?(?:đồng\s+)?,?\s*(?:đạt|bằng)\s+[\d.,]+\s*%", _I)


_AIM_OPENS = re.compile(r"\W*(?:phấn\s+đấu|mục\s+tiêu|quyết\s+tâm)\b", _I)
_STRIVES = re.compile(r"\b(?:phấn\s+đấu|quyết\s+tâm)\b", _I)


def _paid_out_of_the_programmes_before(ctx: FigureContext) -> bool:
    """"Tổng vốn các chương trình mục tiêu quốc gia năm 2025 là 2.340 tỷ đồng. Quý III và 9 tháng, các chủ đầu tư đã
    giải ngân 1.180 tỷ đồng": a disbursement that names no capital of its own, after a sentence whose subject is the
    programmes, pays out their capital (not "Vốn kéo dài ... là 830 tỷ đồng, đến nay mới giải ngân 215 tỷ đồng": the
    capital its sentence named before the verb)."""
    own = ctx.text[ctx.sentence[0] : ctx.start]
    paid = _PAID_OUT_BARE.search(own)
    if paid is None or _INVESTMENT_AS_A_WHOLE.search(own) or _PROGRAMME.search(own) or _TOTAL_PAID_OUT.search(own):
        return False  # (nor "Ước đến ngày 31/01/2026, tổng giải ngân đạt ...": the total paid out, of all the capital)
    if _AIM_OPENS.match(own) or _STRIVES.search(own, 0, paid.start()):
        # "... Phấn đấu đến ngày 31/12/2026 giải ngân đạt trên 90% kế hoạch vốn": a sentence that opens on an aim sets
        # the goal of all the capital, not the programmes' the sentence before spoke of (and one whose subject strives
        # to pay out: "Trong 2 tháng cuối năm, tỉnh phấn đấu giải ngân 100% kế hoạch vốn")
        return False
    if paid.start() > 0 and nearest_item(own[: paid.start()]) is not None:
        return False
    if ("vốn" in ctx.after[:30] and (noun := _CAPITAL_NAMED_AFTER.match(ctx.after)) is not None
            and not _PROGRAMME.search(noun.group())):
        # "Các xã giải ngân 1.240 tỷ đồng vốn đầu tư công được phân cấp": the capital named after the amount is paid out
        return False
    before = _sentence_before(ctx)
    if _BREAKDOWN.match(before) and _PAID_OUT_BARE.search(before):
        # ("... giải ngân 9,2 nghìn tỷ đồng vốn đầu tư công. Trong đó, giải ngân vốn các chương trình mục tiêu quốc gia
        # đạt 68%. Số vốn còn phải giải ngân ... là 3,7 nghìn tỷ đồng": the programmes' disbursement was a part of the
        # whole the passage speaks of, not its subject; not "Trong đó, vốn các chương trình ... được giao 640 tỷ đồng.
        # Đến nay đã giải ngân ...", their capital then paid out)
        return False
    programme = _PROGRAMME.search(before)
    return programme is not None and _INVESTMENT_AS_A_WHOLE.search(before, 0, programme.start()) is None


# a programme's capital by its kind, named bare before its amount ("vốn đầu tư phát triển 350 tỷ đồng, vốn sự nghiệp 120
# tỷ đồng")
_CAPITAL_KIND_NAMED = re.compile(r"\s*(?:nguồn\s+)?vốn\s+(?:đầu\s+tư(?:\s+phát\s+triển)?|sự\s+nghiệp)\s*(?:là\s*)?", _I)


def _a_programmes_capital_named_bare(ctx: FigureContext) -> bool:
    """"Chương trình MTQG xây dựng nông thôn mới: vốn đầu tư phát triển 350 tỷ đồng, vốn sự nghiệp 120 tỷ đồng; đã giải
    ngân 215 tỷ đồng": a programme's capital of each kind, with no verb before it in its sentence, is what the programme
    was given (the paid-out amount after it has its own verb)."""
    return (
        "vốn" in ctx.before[-40:]
        and _CAPITAL_KIND_NAMED.fullmatch(ctx.clause_before()) is not None
        and _last_measure_word(ctx.before) is None
    )


# a clause naming capital, no verb of its own ("Vốn đầu tư công do huyện quản lý năm 2022 là"), and the clause right
# after the amount paying it out (", giải ngân đến 31/12/2022 đạt ...", ", đã giải ngân ...")
_CAPITAL_NAMED_BEFORE = re.compile(
    r"\s*(?:tổng\s+)?(?:số\s+)?(?:nguồn\s+)?vốn\b(?:[^,;:()\d]|(?<!\d)\d{4}(?!\d))*?(?:\s+là)?\s*", _I
)
_PAID_OUT_NEXT = re.compile(r"\s*,\s*(?:(?:đến\s+nay|hiện\s+nay|nay)\s+)?(?:(?:đã|mới)\s+)?giải\s+ngân\b", _I)


def _capital_then_paid_out(ctx: FigureContext) -> bool:
    """"Vốn đầu tư công do huyện quản lý năm 2022 là 145,2 tỷ đồng, giải ngân đến 31/12/2022 đạt 131,8 tỷ đồng": the
    capital named with no verb of its own, then paid out in the clause right after it, is the plan it is paid out of."""
    return (
        ctx.unit != "pct"
        and "ngân" in ctx.after[:40]
        and _PAID_OUT_NEXT.match(ctx.after) is not None
        and _CAPITAL_NAMED_BEFORE.fullmatch(ctx.clause_before()) is not None
        and _last_measure_word(ctx.before) is None
    )


# A rate short of the plan ("Thu nội địa dự kiến cả năm hụt 9% so với dự toán", "Thu tiền sử dụng đất không đạt dự
# toán, hụt 58%"): the share of the plan missed, the plan's base after it or named in the sentence before it; the share
# attained is the rest of the plan (91%), as "vượt thu 9%" is 109% (not "hụt 5% so với cùng kỳ": a fall on last year)
_SHORT_OF_BEFORE = re.compile(rf"\bhụt(?:\s+thu)?(?:\s+(?:{HEDGE_WORDS}))?\s*$", _I)
_PLAN_BASE_AFTER = re.compile(r"\s*(?:so\s+(?:với\s+)?)?(?:dự\s+toán|kế\s+hoạch|KH\b|chỉ\s+tiêu)", _I)


def _short_of_the_plan(ctx: FigureContext) -> bool:
    if ctx.unit != "pct" or "hụt" not in ctx.before[-24:] or not _SHORT_OF_BEFORE.search(ctx.before):
        return False
    if _PLAN_BASE_AFTER.match(ctx.after):
        return True
    return "kỳ" not in ctx.after[:30] and _ANY_PLAN.search(ctx.before) is not None


# ("Thu tiền sử dụng đất hụt 46% so với cùng kỳ": a fall on last year's, -46)
_LAST_YEAR_AFTER = re.compile(r"\s*(?:so\s+(?:với\s+)?)?cùng\s+kỳ\b", _I)


def _short_of_last_year(ctx: FigureContext) -> bool:
    return (
        ctx.unit == "pct"
        and "hụt" in ctx.before[-24:]
        and "kỳ" in ctx.after[:20]
        and _SHORT_OF_BEFORE.search(ctx.before) is not None
        and _LAST_YEAR_AFTER.match(ctx.after) is not None
    )


def _collected_beyond(before: str) -> bool:
    return "vượt" in before and _COLLECTED_BEYOND.search(before) is not None


# "thu từ ... tăng thu 1.200 tỷ đồng so với dự toán": a gain over the estimate said with its base after the amount
_GAIN_BEFORE = re.compile(rf"\btăng\s+thu\s*(?:(?:{HEDGE_WORDS})\s*)*$", _I)
_PLAN_AFTER_THE_AMOUNT = re.compile(rf"\s*(?:(?:{THOUSAND_WORDS})\s+)?(?:(?:{_MONEY_SCALES})\s+)?(?:đồng\s+)?(?:,\s*)?"
                                    r"(?:so\s+(?:với\s+)?)?(?:dự\s+toán|kế\s+hoạch|KH\b|chỉ\s+tiêu)", _I)


def _a_gain_over_the_plan(ctx: FigureContext) -> bool:
    return ("ăng thu" in ctx.before[-30:] and _GAIN_BEFORE.search(ctx.before) is not None
            and _PLAN_AFTER_THE_AMOUNT.match(ctx.after) is not None)


def _a_gain_over_a_plan_named(before: str) -> bool:
    """A revenue gap said against the plan it is measured on ("So với dự toán, tỉnh đã tăng thu", "Tăng thu so với
    dự toán"), a budget line with no item named before it; not a gap alone ("hụt thu", a firm's as well)."""
    return "ăng thu" in before and (gap := _REVENUE_GAP.search(before)) is not None and "so" in gap.group().lower()


def _revenue_gap(before: str) -> bool:
    return ("hụt" in before or "vượt" in before or "ăng thu" in before) and _REVENUE_GAP.search(before) is not None


# Spending saved ("tiết kiệm 10% chi thường xuyên với số tiền 124 tỷ đồng", "Tiết kiệm chi thường xuyên trên 120 tỷ
# đồng", "tiết kiệm được 85 tỷ đồng chi ngân sách"): money kept back from the spending it names, set aside for
# other uses (the wage reform, investment), not the spending itself; up to the clause's end
_SAVED_FROM_SPENDING = guarded(re.compile(
    rf"\b(?:tiết\s+kiệm|cắt\s+giảm)\s+(?:(?:được|thêm|{HEDGE_WORDS}|\d[\d.,]*\s*%|\d[\d.,]*\s*(?:{_MONEY_SCALES})\s+đồng)\s+)*"
    # ("tiết kiệm thêm 10% chi thường xuyên năm 2026, tương ứng 520 tỷ đồng": the amount the rate saved comes to)
    r"(?:(?:dự\s+toán|kinh\s+phí)\s+)?chi\b[^,;:()]*"
    rf"(?:,\s*(?:tương\s+ứng|tức\s+là|với\s+số\s+tiền)(?:\s+(?:là|với))?(?:\s+(?:{HEDGE_WORDS}))?\s*)?$", _I))


def _saved_from_spending(before: str) -> bool:
    return ("kiệm" in before or "ắt giảm" in before) and _SAVED_FROM_SPENDING.search(before) is not None


# The verb of a saving right before its amount, the spending it was saved from named after the amount ("đã tiết kiệm
# được 85 tỷ đồng chi ngân sách", "cắt giảm 150 tỷ đồng chi thường xuyên"): the verb, and the spending after
_SAVING_VERB_BEFORE = re.compile(rf"\b(?:tiết\s+kiệm|cắt\s+giảm)(?:\s+(?:được|thêm|{HEDGE_WORDS}))*\s*$", _I)
_SPENDING_AFTER = re.compile(
    r"\s*(?:từ\s+)?(?:(?:dự\s+toán|kinh\s+phí|nguồn)\s+)?chi\b(?!\s+(?:phí|tiêu|trả))[^,;:()]*", _I)


# where the name of the spending saved ends: the use the money goes to ("để bổ sung nguồn …", "cho …", "nhằm …")
_SAVED_SPENDING_END = re.compile(r"\s+(?:để|cho|nhằm|dành|bổ\s+sung)\b", _I)


def _saved_ahead_of_its_spending(ctx: FigureContext) -> re.Match[str] | None:
    """The verb of money saved from the spending named after its amount (``_SAVING_VERB_BEFORE``), when it is."""
    tail = ctx.before[-40:]
    if ("kiệm" not in tail and "ắt giảm" not in tail) or ctx.unit == "pct" or not _SPENDING_AFTER.match(ctx.after):
        return None
    return _SAVING_VERB_BEFORE.search(tail)


# the words that close the name of the money saved before its amount ("… được", "… với số tiền", ", tương ứng", "… đạt")
_SAVED_NAME_TAIL = re.compile(rf",.*$|(?:\s+(?:được|thêm|đạt|là|với\s+số\s+tiền|{HEDGE_WORDS}))+\s*$", _I | re.DOTALL)


def _saved_label(before: str) -> str | None:
    """The name of the spending saved as written from its verb ("Thực hiện tiết kiệm 10% chi thường xuyên được 215 tỷ
    đồng": "tiết kiệm 10% chi thường xuyên"), not the spending it was saved from, else None (nor the savings named as
    the source of other money, "Chi từ nguồn tiết kiệm chi năm 2025 là ...": that money's own words name it)."""
    if ("kiệm" not in before and "ắt giảm" not in before) or (saved := _SAVED_FROM_SPENDING.search(before)) is None:
        return None
    if before[max(0, saved.start() - 6) : saved.start()].lower().rstrip().endswith("nguồn"):
        return None
    return " ".join(_SAVED_NAME_TAIL.sub("", saved.group()).split())[:200] or None


# A rate of a budget kept back or handed up (``budget_rate_verbs.csv``: "tiết kiệm chi thường xuyên 5% dự toán", "tiết
# kiệm thêm 10% chi thường xuyên", "điều tiết 4% các khoản thu phân chia về ngân sách Trung ương"): the share of the
# estimate or of the revenue that the verb moves, no rate of the estimate carried out; the verb then the rate, with no
# verb of a result between ("tiết kiệm chi đạt 102% kế hoạch" is one), and the budget named around it
_RATE_OF_A_BUDGET = re.compile(
    r"\b(?:" + word_source("budget_rate_verbs") + r")\b(?:(?!\b(?:đạt|bằng|vượt|tăng|giảm)\b)[^,;:()\d%])*$", _I)
_BUDGET_NAMED = re.compile(
    r"\bchi\b(?!\s+(?:phí|tiêu|trả))|ngân\s+sách|\bNS(?:NN|ĐP|TW)?\b|dự\s+toán|\bthu\s+phân\s+chia", _I
)


# what a rule requires ("các đơn vị phải tiết kiệm", "yêu cầu tiết kiệm"): a share set, not yet done
_REQUIRED = re.compile(r"\bphải\b|\byêu\s+cầu\b", _I)


def _rate_of_a_budget(ctx: FigureContext) -> re.Match[str] | None:
    """The verb of a rate of a budget kept back or handed up, to the rate (``_RATE_OF_A_BUDGET``), when the budget is
    named after the verb or in the rate's own clause after it."""
    if ctx.unit != "pct" or ("iết" not in (tail := ctx.before[-120:]) and "ắt giảm" not in tail):
        return None
    clause = ctx.clause_before()
    verb = _RATE_OF_A_BUDGET.search(clause)
    if verb is None or (_BUDGET_NAMED.search(clause, verb.end()) is None
                        and _BUDGET_NAMED.search(re.split(r"[;,.]", ctx.after, maxsplit=1)[0]) is None):
        return None
    return verb


def _list_lead(ctx: FigureContext) -> str | None:
    """The line a list opened with, when the figure's line is one of the list's lines and opens its paragraph
    ("Kết quả thu ngân sách của các huyện như sau:" over "- Thị xã Phú Thọ: 215 tỷ đồng, đạt 104% dự toán;"):
    each line of the list speaks of what the lead names, not only the first one after it."""
    if ctx.table_row:
        return _table_lead(ctx)
    if ctx.text[: ctx.sentence[0]].strip() or not _LIST_LINE.match(ctx.text):
        return None
    return _list_opening(ctx.preceding)


# A table's lead: the line right above its header (past blank lines and a unit line, "Đơn vị tính: tỷ đồng") that opens
# it with a colon ("Kết quả giải ngân của các huyện như sau:") or names it as a title does, no sentence's end
_UNIT_LINE = re.compile(r"\s*\(?\s*(?:ĐVT|Đơn\s+vị(?:\s+tính)?)\s*:[^\n]{0,30}", _I)
_TITLE_LENGTH = 160
# a head that names no quantity of its own: the place or the row's number, a plan, what was done, a rate, a time, a unit
_BARE_HEAD = re.compile(
    r"(?:\s|[\W\d])*(?:(?:STT|TT|số|tên|đơn\s+vị(?:\s+tính)?|địa\s+phương|"
    + LOCAL_UNIT_WORDS
    + r"|ghi\s+chú|nội\s+dung|kế\s+hoạch|KH|dự\s+toán|DT|thực\s+hiện|TH|ước|lũy\s+kế|luỹ\s+kế|tỷ\s+lệ|tỉ\s+lệ"
    rf"|so\s+sánh|so\s+với|cùng\s+kỳ|CK|vốn|giao|được|đã|đạt|năm|tháng|quý|[IVX]+|đến|ngày|tính|tổng|{_MONEY_SCALES}|đồng"
    r")\b(?:\s|[\W\d])*)*",
    _I,
)
_NUMBER_CELL = re.compile(r"\s*[\d.,]*\d[\d.,]*\s*")


def _table_lead(ctx: FigureContext) -> str | None:
    """"Kết quả giải ngân của các huyện như sau:" over "Đơn vị | Kế hoạch vốn | Giải ngân | Tỷ lệ (%)" and a row for
    each district: a row of a table that names no item of its own speaks of what the table's lead names, as a list's
    line does, when the columns name nothing but that lead's kind of money, plans, results, rates and times."""
    if not ctx.document or not ctx.offset:
        return None
    heads: list[str] = []
    reach = max(0, ctx.offset - _TABLE_HEAD_REACH)
    lines = ctx.document[reach:ctx.offset].split("\n")
    for line in reversed(lines[1:] if reach else lines):  # (the first may be cut)
        if "\t" in line:
            cells = line.split("\t")
            if not any(_NUMBER_CELL.fullmatch(cell) for cell in cells):
                heads += cells  # (a header line: no cell a bare number, as the rows' are)
            continue
        if not line.strip() or _UNIT_LINE.fullmatch(line):
            continue
        lead = line.strip()
        if not heads or not (lead.endswith(":") or (len(lead) <= _TITLE_LENGTH and lead[-1] not in ".!?;")):
            return None
        return lead if _heads_of_the_leads_money(heads, lead) else None
    return None


def _heads_of_the_leads_money(heads: list[str], lead: str) -> bool:
    """Do the table's heads name no other subject than the money its lead names (its item's family, or bare heads)?"""
    led = nearest_item(lead)
    if led is None:
        return False
    for head in heads:
        if not any(c.isalpha() for c in head):
            continue
        found = nearest_item(head)
        if (found is None and not _BARE_HEAD.fullmatch(head)) or (
                found is not None and _family(found[0]) != _family(led[0])):
            return False
    return True


# "Thu nội địa và thu từ đất lần lượt đạt 4.100 tỷ đồng và 960 tỷ đồng, bằng 91% và 120% dự toán": the items
# named before "lần lượt"/"tương ứng" are read on the numbers of each list after it, in order (the rates of a
# second list too, when it has as many numbers); the last item named is no longer every number's.
_RESPECTIVE_MARK = re.compile(r"\b(?:lần\s+lượt|tương\s+ứng)\b", _I)
# where the names begin: the clause mark or the link before them ("Trong đó, ", "; ", ": ")
_NAMES_OPEN = re.compile(r"[;:(]|\btrong\s+đó\b|\bbao\s+gồm\b|\bgồm\b", _I)
_NAMES_JOIN = re.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+", _I)
_LISTED_NUMBER = (rf"\d[\d.,]*\s*(?:%|(?:(?:{THOUSAND_WORDS})\s+)?(?:{_MONEY_SCALES})(?:\s+(?:đồng|USD))?|đồng|USD)?")
_LISTED_SEPARATOR = rf"\s*(?:[,;–-]|\svà\b)\s*(?:(?:{HEDGE_WORDS})\s+)?"
# a number of the list and its separator right before the figure / a separator and a number right after it
_LISTED_BEFORE = re.compile(_LISTED_NUMBER + _LISTED_SEPARATOR + "$", _I)
_LISTED_AFTER = re.compile(_LISTED_SEPARATOR + r"(?=\d)" + _LISTED_NUMBER, _I)


@per_document(maxsize=256)  # budget_item, _label and route_budget ask for the same figure
def _list_place(before: str, after: str) -> tuple[int, int, int] | None:
    """(where the sentence's first marker starts, the figure's place in its list, the list's size) when the
    figure stands in a list of two or more numbers after "lần lượt"/"tương ứng", or None."""
    marks = list(_RESPECTIVE_MARK.finditer(before))
    if not marks:
        return None
    listed = _listed_numbers(before, after, marks[-1].end())
    return (marks[0].start(), *listed[1:]) if listed is not None else None


def _listed_numbers(before: str, after: str, since: int) -> tuple[int, int, int] | None:
    """(where the list starts, the figure's place in it, its size) when the figure stands in a list of two or
    more numbers that starts after ``since`` ("1.100 tỷ đồng và 9.800 tỷ đồng"), or None."""
    position, at = 0, len(before)
    while (m := _LISTED_BEFORE.search(before, since, at)) is not None and m.start() < at:
        position, at = position + 1, m.start()
    size, rest = position + 1, after
    while (m := _LISTED_AFTER.match(rest)) is not None:
        size, rest = size + 1, rest[m.end():]
    return (at, position, size) if size >= 2 else None


# "Trong tháng 9 và 9 tháng, thu ngân sách đạt 1.100 tỷ đồng và 9.800 tỷ đồng": periods listed and as many
# amounts listed after them, with no "lần lượt", are read in order too (the tail of "before" a listed number ends)
_UNMARKED_LIST_TAIL = 60


def _unmarked_list_place(before: str, after: str) -> tuple[int, int, int] | None:
    """``_list_place`` of a list of numbers no marker announces: (where the list starts, place, size)."""
    if _LISTED_AFTER.match(after) is None and _LISTED_BEFORE.search(before[-_UNMARKED_LIST_TAIL:]) is None:
        return None
    return _listed_numbers(before, after, 0)


@per_document(maxsize=256)
def _respective_name(before: str, after: str) -> tuple[str, str] | None:
    """(item, name as written) of the figure's place in a list read "respectively" against the names before
    the marker, or None. A name that is no item alone shares the first one's verb ("chi đầu tư phát triển và
    thường xuyên": [chi] thường xuyên)."""
    place = _list_place(before, after)
    if place is None:
        return None
    mark, position, size = place
    head = before[:mark]  # (the names stand before the sentence's first marker: "..., tăng tương ứng")
    opened = list(_NAMES_OPEN.finditer(head))
    names = [n for n in _NAMES_JOIN.split(head[opened[-1].end() if opened else 0 :].strip(" ,")) if n][-size:]
    if len(names) != size:
        return None
    verb = names[0].split()[0]
    items = []
    for name in names:
        found = nearest_item(name) or nearest_item(f"{verb} {name}")
        if found is None:
            return None
        items.append(found[0])
    return items[position], names[position]


def _respective(ctx: FigureContext) -> tuple[str, str] | None:
    before = ctx.before
    if "lượt" not in before and "ứng" not in before:
        return None
    return _respective_name(before, ctx.after)


# "tỉnh Hưng Yên và tỉnh Thái Bình lần lượt thu được 12.300 tỷ đồng và 6.950 tỷ đồng": places listed before the marker,
# the verb of collecting, spending or paying out after it, before the list of amounts (group 1: the verb)
_VERB_AFTER_THE_MARK = re.compile(
    rf"\s*(thu|chi|giải\s+ngân)(?:\s+(?:được|đạt|về))?(?:\s+(?:{HEDGE_WORDS}))?\s*$", _I)


def _respective_verb(ctx: FigureContext) -> str | None:
    """The verb said right after "lần lượt"/"tương ứng" and before a list of amounts the figure stands in, lowered
    ("thu", "chi", "giải ngân"), when it names no item of its own."""
    before = ctx.before
    if ctx.unit == "pct" or ("lượt" not in before and "ứng" not in before):
        return None
    marks = list(_RESPECTIVE_MARK.finditer(before))
    listed = _listed_numbers(before, ctx.after, marks[-1].end()) if marks else None
    if listed is None:
        return None
    verb = _VERB_AFTER_THE_MARK.fullmatch(before, marks[-1].end(), listed[0])
    return " ".join(verb.group(1).lower().split()) if verb is not None else None


def _a_change_of_an_allotted_amount(ctx: FigureContext) -> bool:
    """"HĐND tỉnh giao 42.000 tỷ đồng, tăng 2,8% so với ước thực hiện năm 2025": a change said bare right after an
    amount a budget verb gave (``_BUDGET_VERB``: allotted, planned, paid out) is of that amount's item."""
    if ctx.unit != "pct" or not _BARE_RISE.fullmatch(clause := ctx.clause_before()):
        return False
    previous = ctx.before[: len(ctx.before) - len(clause) - 1]
    amount = _AMOUNT_CLOSES.search(previous)
    return amount is not None and _BUDGET_VERB.search(previous[: amount.start()].rstrip() + " ") is not None


# a clause of its own opening on last year's same months, its verb right before the figure ("Giải ngân 11 tháng ước
# đạt 78% kế hoạch, trong khi cùng kỳ năm 2025 đạt 71%", "…, cùng kỳ năm trước chỉ đạt 85% dự toán"): last year's
# figure set beside this year's (not a change on it, "tăng 5% so với cùng kỳ", whose base comes after)
_LAST_YEARS_OWN = re.compile(rf"^\W*(?:(?:trong\s+khi(?:\s+đó)?|còn|khi)\s+)?(?:con\s+số\s+này\s+)?cùng\s+kỳ\s+năm\s+"
                             rf"(?:(\d{{4}})|trước|ngoái)\s+(?:(?:chỉ|mới|cũng)\s+)?(?:(?:ước\s+)?đạt|bằng|là|được)"
                             rf"(?:\s+(?:{HEDGE_WORDS}))?\s*$", _I)


def _last_years_own_period(ctx: FigureContext) -> Period | None:
    """The months of the sentence's period phrase before the figure's clause, in the year that clause names (the year
    before the phrase's when it says "năm trước"), for a figure of last year's same months set beside this year's;
    None when the sentence names no part of a year before it (the document's own period stays)."""
    clause = ctx.clause_before(r"[;,(]")
    said = _LAST_YEARS_OWN.match(clause)
    if said is None:
        return None
    parts = [p.period for p in find_period_phrases(ctx.before[: len(ctx.before) - len(clause)], ctx.year)
             if p.period is not None and p.kind in PART_OF_YEAR_KINDS]
    if not parts:
        return None
    this = parts[-1]
    year = int(said.group(1)) if said.group(1) else this.start.year - 1
    if year >= this.start.year or this.start.year != this.end.year:
        return None
    month_over = this.end == month_end(this.end.year, this.end.month)  # (February's end in a leap year or not)
    end = month_end(year, this.end.month) if month_over else this.end.replace(year=year)
    return Period(this.start.replace(year=year), end, f"{this.label} ({year})")


def _respective_period(ctx: FigureContext) -> Period | None:
    """"Tháng 10 và 10 tháng năm 2026, số thu thuế ... lần lượt đạt 421 tỷ đồng và 3.760 tỷ đồng": the periods
    listed before the marker, as many as the numbers, are read on them in order (not when the names are listed
    too: "Quý III và 9 tháng, thu nội địa và thu từ đất lần lượt ..." is read by its names)."""
    before = ctx.before
    if "lượt" in before or "ứng" in before:
        if _respective(ctx) is not None:
            return None
        place = _list_place(before, ctx.after)
    else:
        place = _unmarked_list_place(before, ctx.after)
    if place is None:
        return None
    mark, position, size = place
    run = [phrase.period for phrase in listed_periods(before, find_period_phrases(before[:mark], ctx.year))]
    return run[position] if len(run) == size and len(set(run)) == size else None


# "Hà Nội thu 170.000 tỷ đồng", "tỉnh Quảng Trị thu đạt ...": a province as the subject of "thu" collects its
# budget revenue; the label is the verb, the province is the row's place, not its item (a district, a commune, "đơn
# vị" keep theirs: budget_items.csv reads them); the name opens its clause, capitalised ("Cục Thuế tỉnh X thu" is
# the tax office's, "nhiều hộ dân ở Sơn La thu" a household's)
# ("TP.HCM thu ...": the abbreviation joined to the name)
# ("Thủ đô Hà Nội thu ...": the capital by its title; "BR-VT thu ...", "TT-Huế thu ...": a name written short with its
# hyphen)
_PLACE_THEN_VERB = re.compile(r"(?:^|[,;:]\s*)(?:Thủ\s+đô\s+)?((?:(?i:tỉnh|thành\s+phố|TP\.?)\s+|TP\.(?=[A-ZĐ]))?"
                              # ("tỉnh Bắc Giang cũ thu 13.900 tỷ đồng": a province merged away, the former one)
                              r"(?:[A-ZĐ][\w-]*\s+){1,4}?)(?:cũ\s+|\(cũ\)\s+)?(?:ước\s+)?thu(?:\s+(?:đạt|được))?\s*$")
_PROVINCE_SUBJECT = re.compile(r"(?:tỉnh|thành\s+phố|TP\.?)\s+(.*?)\s+(?:ước\s+)?thu$", _I)


# "Ước cả năm 2027, tỉnh thu 7.450 tỷ đồng", "toàn tỉnh thu được ...": the province speaking of itself unnamed
_THE_PROVINCE_THEN_VERB = re.compile(r"(?:^|[,;:]\s*)(?:toàn\s+|cả\s+)?tỉnh\s+(?:đã\s+)?(?:ước\s+)?thu"
                                     r"(?:\s+(?:đạt|được))?\s*$", _I)


# "Tỉnh đã chi 1.450 tỷ đồng cho an sinh xã hội": the province speaking of itself unnamed, spending; or the local
# governments under it, more than one, as the subject ("Các xã, phường đã chi ...", "các huyện và thị xã đã chi ..."),
# which spend their budgets (one of them alone, "Huyện đã chi ...", is not read so; nor a subject that only lives in
# one, "doanh nghiệp trên địa bàn huyện đã chi ..."); "cũng" between adds it to what was said before ("Thành phố cũng đã
# chi 215 tỷ đồng hỗ trợ …")
_LOCAL_GOVERNMENT = rf"(?:{LOWER_UNIT_WORDS})"  # (the units surely below a province: places, unit_kinds.csv)
_LOCAL_GOVERNMENTS = (rf"(?:các\s+{_LOCAL_GOVERNMENT}|{_LOCAL_GOVERNMENT}(?=\s*(?:,|và)))"
                      rf"(?:\s*(?:,|và)\s*{_LOCAL_GOVERNMENT})*")
_THE_PROVINCE_AS_SPENDER = (rf"(?:^|[,;:]\s*)(?:(?:toàn\s+|cả\s+)?(?:tỉnh|thành\s+phố)|{_LOCAL_GOVERNMENTS})"
                            r"\s+(?:cũng\s+)?(?:đã\s+)?(?:ước\s+)?chi")
_THE_PROVINCE_SPENDS = re.compile(rf"{_THE_PROVINCE_AS_SPENDER}(?:\s+(?:{HEDGE_WORDS}))?\s*$", _I)
# the words that name what money spent went to, after the verb "chi" and before the amount, or after the amount (not
# "thực hiện", which may be the verb's own "chi thực hiện 9.000 tỷ đồng", nor "đầu tư", investment spending, which
# ``_SPENT_ON_AFTER`` reads after the amount only)
_SPENDING_USES = r"(?:để|cho|vào)\s|(?:hỗ\s+trợ|mua|xây|sửa|khắc\s+phục)\b"
# "Tỉnh đã chi hỗ trợ các hộ nghèo đón Tết 5,1 tỷ đồng": the province spending, its use said before the amount (a part
# of its spending, as when said after it)
_THE_PROVINCE_SPENDS_ON = re.compile(rf"{_THE_PROVINCE_AS_SPENDER}\s+(?:{_SPENDING_USES})[^,;:.]*$", _I)


# "Cả nước giải ngân đạt 60% kế hoạch. Tỉnh đạt 65%", "Tỉnh Quảng Trị đạt 66,2%": the province alone, unnamed or by its
# name, opening the sentence of a rate it reaches (group 1: the word "tỉnh", group 2: its name, each when written)
# ("Riêng tỉnh Hòa Bình đạt 46,7%" after a list of other places' rates: the one set apart, of the same item)
_THE_PROVINCE_REACHES = re.compile(
    r"\W*(?i:riêng\s+)?((?i:(?:toàn|cả)\s+)?(?i:tỉnh|thành\s+phố|TP\.?)\s+)?((?:[A-ZĐ]\w*\s+){0,4}?)"
    rf"(?i:(?:chỉ|mới|cũng|đã)\s+)?(?i:đạt|bằng)(?:\s+(?i:{HEDGE_WORDS}))?\s*$"
)


# a sentence opening on the months counted so far with no subject of its own ("Lũy kế 5 tháng đạt", "Tính chung 9
# tháng ước đạt", "Cộng dồn từ đầu năm"), or on the whole year ("Cả năm 2026 ước đạt", "Ước cả năm đạt", "Ước thực
# hiện cả năm")
_SO_FAR_OPENER = re.compile(
    r"\W*(?:lũy\s+kế|luỹ\s+kế|tính\s+chung|cộng\s+dồn|(?:(?:dự\s+)?ước\s+(?:thực\s+hiện\s+)?)?cả\s+năm)\b", _I)


def _a_tally_so_far_going_on(ctx: FigureContext) -> bool:
    """"Thu ngân sách tháng 6 ước đạt 1.250 tỷ đồng. Lũy kế 5 tháng đạt 6.820 tỷ đồng; ...": a sentence opening on
    the months so far with no subject of its own goes on with the item the sentence right before named (not one
    named sentences earlier: "Thu ngân sách đạt ... Xuất khẩu tháng 6 đạt ... Lũy kế 6 tháng đạt ..." is the
    export's)."""
    before = ctx.before
    return (len(before) < 90 and ("kế" in before or "chung" in before or "dồn" in before or "năm" in before)
            and _SO_FAR_OPENER.match(before) is not None and _subjectless(ctx.clause_before(r"[;,]"))
            and nearest_item(_sentence_before(ctx)) is not None)


def _subjectless(clause: str) -> bool:
    """Is ``clause`` a time, a verb or a hedge alone (``_NO_SUBJECT``), an expectation said with them too ("dự kiến
    6 tháng đạt")?"""
    return _NO_SUBJECT.fullmatch(_EXPECTED.sub(" ", clause) if "kiến" in clause else clause) is not None


def _the_province_reaches(ctx: FigureContext) -> bool:
    """Is the figure a rate whose sentence opens on the province alone reaching it ("Tỉnh đạt 65%")? A name said must
    be a province's ("Thành phố Vinh đạt 70%" is a city's)."""
    if ctx.unit != "pct" or len(ctx.before) > 48 or (m := _THE_PROVINCE_REACHES.fullmatch(ctx.before)) is None:
        return False
    name = m.group(2).strip()
    return match_province(name, fuzzy=False) is not None if name else m.group(1) is not None


# a ranking's next place, opening its sentence ("Đứng thứ ba là Hải Phòng với 145.300 tỷ đồng", "Xếp thứ hai là tỉnh
# X với ...", "Tiếp theo là X với ..."): the province ranked by the item the sentence before ranked the first by
# (group 1: the name)
_RANKED_NEXT = re.compile(
    r"\W*(?:(?:đứng|xếp)\s+(?:ở\s+)?(?:thứ|vị\s+trí)\s+\w+|tiếp\s+(?:theo|đến|sau)|kế\s+(?:đến|tiếp))\s*,?\s*(?:là\s+)?"
    r"((?:(?:tỉnh|thành\s+phố|TP\.?)\s+)?(?-i:[A-ZĐ][\w.-]*)(?:\s+(?:-\s+)?(?-i:[A-ZĐ][\w-]*)){0,4})\s+(?:với|đạt|thu)"
    r"(?:\s+(?:" + HEDGE_WORDS + r"))?\s*$",
    _I,
)


def _a_province_ranked_next(ctx: FigureContext) -> bool:
    """Does the figure's sentence open on the next province of a ranking ("Đứng thứ ba là Hải Phòng với ...")?"""
    if len(ctx.before) > 80 or ("là" not in ctx.before and "tiếp" not in ctx.before and "kế" not in ctx.before):
        return False
    m = _RANKED_NEXT.fullmatch(ctx.before)
    return m is not None and match_province(m.group(1), fuzzy=False) is not None


# a sentence (a headline) that opens on a place's bare name, the subject of a verb that sets a plan: "Lâm Đồng giao
# dự toán thu ngân sách ...", "Gia Lai đã thông qua dự toán ..." (group 1: the name)
_BARE_NAME_ALLOCATES = re.compile(
    r"\W*((?-i:[A-ZĐ]\w*)(?:\s+(?-i:[A-ZĐ]\w*)){0,3}?)\s+(?:(?:đã|vừa)\s+)?"
    rf"(?:{word_source('allocation_verbs')})\s+(?:dự\s+toán|kế\s+hoạch)\b",
    _I,
)


def _a_province_named_allocates(before: str) -> bool:
    """Does the sentence open on a province's bare name setting the plan ("Lâm Đồng giao dự toán ...")? (Not a city's
    or a commune's name: "Phú Mỹ giao dự toán ...")"""
    if "giao" not in before and "thông" not in before and "bổ" not in before:
        return False
    m = _BARE_NAME_ALLOCATES.match(before)
    return m is not None and match_province(m.group(1), fuzzy=False) is not None


def _province_collects(before: str) -> bool:
    """Does the clause before the amount open on a province's name, bare, as the subject of "thu"?"""
    if "thu" not in before[-12:]:
        return False
    if "ỉnh" in before[-32:] and _THE_PROVINCE_THEN_VERB.search(before[-40:]):
        return True
    subject = _PLACE_THEN_VERB.search(before[-60:])
    return subject is not None and match_province(subject.group(1), fuzzy=False) is not None


# the first "thu" of a sentence, with the verb it may take ("thuế", "thu nhập", "thu hoạch" are other words)
_COLLECTS = re.compile(r"\bthu(?:\s+(?:đạt|được))?\b" + _NOT_A_COLLECTION, _I)


def _province_collected_in_sentence(ctx: FigureContext) -> bool:
    """"Gia Lai thu đạt 104,2% dự toán, tăng 9,6% so với năm 2024", "Tỉnh Kon Tum thu 2.310 tỷ đồng, bằng 121% so
    với cùng kỳ": a figure whose own clause names nothing (a verb, a hedge) is of the revenue the province opening
    the sentence collects, not of an item the sentences before named."""
    return _province_verb_at(ctx) >= 0


def _province_verb_at(ctx: FigureContext) -> int:
    """Where the "thu" of ``_province_collected_in_sentence`` begins in the sentence, -1 without one."""
    before = ctx.before
    if "thu" not in before or not _NO_SUBJECT.fullmatch(clause := ctx.clause_before()) or clause == before:
        return -1
    verb = _COLLECTS.search(before)
    return verb.start() if verb is not None and _province_collects(before[: verb.end()]) else -1


def _set_aside_from_a_budget(ctx: FigureContext) -> bool:
    return ("từ" in ctx.after[:24] and _BUDGET_NAMED_AFTER.match(ctx.after) is not None
            and _SET_ASIDE_BEFORE.search(ctx.before[-40:]) is not None)


# a local budget said as the subject that sets money aside ("Ngân sách tỉnh đã bố trí 96 tỷ đồng cho ...", "Ngân sách xã
# dành 1,2 tỷ đồng để ..."): its own money set aside for a use, as when named after the amount ("từ ngân sách tỉnh");
# not the centre's, which hands money down (a transfer)
_A_BUDGET_SETS_ASIDE = re.compile(
    r"(?:" + word_source("local_budget") + rf"|ngân\s+sách\s+(?:{COMMUNE_WORDS}))"
    rf"\s+(?:(?:đã|đang|tiếp\s+tục|cũng)\s+)*(?:bố\s+trí|dành|trích|phân\s+bổ)(?:\s+(?:{HEDGE_WORDS}))?\s*$", _I)


def _a_budget_sets_aside(ctx: FigureContext) -> bool:
    return "sách" in ctx.before[-60:] and _A_BUDGET_SETS_ASIDE.search(ctx.before[-60:]) is not None


_CAPITAL_SOURCE_HEAD = re.compile(r"\bnguồn\s+vốn\b", _I)
_TABLE_HEAD_REACH = 2000  # characters back over a tab table's rows to its head line


# a row naming a kind of capital by its origin ("a | Vốn trong nước", "b | Vốn nước ngoài (ODA)", "Vốn ODA"), after its
# row mark
_CAPITAL_KIND_ROW = re.compile(r"\W*(?:[a-zđ]|\d{1,2}|[IVX]{1,4})?[.)]?\s*(?:nguồn\s+)?vốn\s+"
                               r"(?:trong\s+nước|nước\s+ngoài|ODA|vay\s+ưu\s+đãi)\b", _I)


def _a_source_under_a_capital_head(ctx: FigureContext) -> bool:
    """"TT | Nguồn vốn | Kế hoạch năm 2025 | ..." over the row "1 | Ngân sách trung ương | 3.210 | ...": a budget
    named as the source of the capital a table's columns plan and pay out, without "vốn" of its own."""
    return ((_CENTRAL_SOURCE.search(ctx.text) is not None or _LOCAL_SOURCE.search(ctx.text) is not None
             or _CAPITAL_KIND_ROW.match(ctx.text) is not None) and _under_a_capital_head(ctx))


# a revenue the capital of a capital-sources table's row is drawn from ("a | Thu tiền sử dụng đất", "b | Xổ số kiến
# thiết", "Vốn từ nguồn thu xổ số")
_REVENUE_AS_CAPITAL = re.compile(r"\bsử\s+dụng\s+đất\b|\bxổ\s+số\b|\bXSKT\b", _I)


def _a_revenue_under_a_capital_head(ctx: FigureContext) -> bool:
    """"TT | Nguồn vốn | Kế hoạch 2026 | Giải ngân" over "a | Thu tiền sử dụng đất | 900 | 310": the capital drawn from
    that revenue, planned and paid out, a part of public investment (not the revenue collected)."""
    return ("đất" in ctx.text or "số" in ctx.text or "XSKT" in ctx.text) and _REVENUE_AS_CAPITAL.search(
        ctx.text) is not None and _under_a_capital_head(ctx)


def _under_a_capital_head(ctx: FigureContext) -> bool:
    """Is the row in a tab table whose head line names the capital's sources ("Nguồn vốn")?"""
    if not ctx.document:
        return False
    lines = ctx.document[max(0, ctx.offset - _TABLE_HEAD_REACH):ctx.offset].rstrip("\n").split("\n")
    for line in reversed(lines[1:]):  # (the first may be cut)
        if "\t" not in line:
            return False
        if _CAPITAL_SOURCE_HEAD.search(line) and not any(c.isdigit() for c in line.split("\t", 2)[1]):
            return True
    return False


_WHOLE_BROKEN_DOWN = re.compile(r"\btrong\s+đó\b", _I)


def _the_whole_a_sources_entry_is_of(ctx: FigureContext, found_at: int) -> str | None:
    """"Chi ngân sách 8 tháng đạt 9.860 tỷ đồng, trong đó chi từ nguồn ngân sách trung ương bổ sung có mục tiêu 1.240
    tỷ đồng, chi từ nguồn ngân sách tỉnh 8.620 tỷ đồng": an entry of a "trong đó" list naming only the budget its money
    came from is a part of the whole named before "trong đó", not of the item an entry before it named (the item of
    the whole, or None when the item found is the whole's already or the entry names one of its own)."""
    breakdowns = [m.start() for m in _WHOLE_BROKEN_DOWN.finditer(ctx.before)]
    if not breakdowns or found_at < breakdowns[-1]:
        return None
    clause = ctx.clause_before(r"[;,]")
    if not (_CENTRAL_SOURCE.search(clause) or _LOCAL_SOURCE.search(clause)) or nearest_item(clause) is not None:
        return None
    whole = nearest_item(ctx.before[:breakdowns[-1]])
    return whole[0] if whole is not None else None


def _an_entry_set_aside(ctx: FigureContext) -> bool:
    """Does the figure's clause (after a ";" or ",") open on the verb of money set aside, no item of its own before the
    amount ("…, trong đó trả nợ gốc 240 tỷ đồng; bố trí 1.850 tỷ đồng để thực hiện cải cách tiền lương")?"""
    clause = ctx.clause_before(r"[;,]")
    return len(clause) < 40 and nearest_item(clause) is None


def _the_whole_an_entry_set_aside_is_of(ctx: FigureContext, found_at: int) -> str | None:
    """"Chi ngân sách năm 2027 là 9.200 tỷ đồng, trong đó chi đầu tư phát triển 3.100 tỷ đồng; bố trí 640 tỷ đồng cho
    các xã": an entry of a "trong đó" list setting money aside for a use that names no item ("cho các xã") is another
    part of the whole named before "trong đó", not of the entry before it: public investment (or a programme's
    money) stays the whole's, a part of a budget's spending is a line of its own (``other``). None when the item
    found is not an entry's of such a list."""
    if "đó" not in ctx.before or not _an_entry_set_aside(ctx):
        return None
    breakdowns = [m.start() for m in _WHOLE_BROKEN_DOWN.finditer(ctx.before)]
    if not breakdowns or found_at < breakdowns[-1] or (whole := nearest_item(ctx.before[:breakdowns[-1]])) is None:
        return None
    return whole[0] if whole[0] in ("public_investment", "target_programme") else "other"


# the allotting verb that is the item found ("Ngân sách tỉnh đã phân bổ 185 tỷ đồng cho các xã để thực hiện Chương trình
# …"), right before the amount: the use named after it names the money, as after "bố trí"
_ALLOTTED_RIGHT_BEFORE = re.compile(rf"(?:đã|được)\s+phân\s+bổ(?:\s+(?:{HEDGE_WORDS}))?\s*$", _I)


def _use_named_after(ctx: FigureContext) -> str | None:
    """The item money set aside is for, as written after the amount ("cải cách tiền lương" of "... tỷ đồng để thực hiện
    cải cách tiền lương"), None when the words after name none."""
    after = _the_use_after(_clause_after(ctx.after, r"[;,(]").rstrip(" ."))
    named = nearest_item(after)
    if named is None:
        invested = _development_investment_named_after(after)
        return " ".join(invested.group(1).split()) if invested is not None else None
    words = " ".join(_LABEL_END.split(after[named[1]:], maxsplit=1)[0].split())
    return _FOR_WORDS.sub("", words)[:200] or None


_FOR_WORDS = re.compile(r"^(?:(?:để|cho|thực\s+hiện)\s+)+", _I)


# the local governments below the province an amount set aside goes to, right after it ("… tỷ đồng cho các xã, phường")
# (the amount's unit, then "cho" and the budget or level it goes to: "… tỷ đồng cho ngân sách cấp …")
_AMOUNT_GIVEN_TO = rf"\s*(?:(?:{_MONEY_SCALES})\s+)?(?:đồng\s+)?cho\s+(?:ngân\s+sách\s+)?(?:cấp\s+)?"
# (the lower budgets named by their level alone, "cho ngân sách cấp dưới", as well as by their units)
_LOWER_BUDGETS = rf"(?:(?<=cấp\s)dưới\b|(?:các\s+|\d+\s+)?(?:{LOWER_UNIT_WORDS})\b)"
_GIVEN_TO_LOWER_UNITS = re.compile(_AMOUNT_GIVEN_TO + _LOWER_BUDGETS, _I)
# a transfer to lower budgets said earlier in the sentence ("Ngân sách tỉnh bổ sung cân đối cho các xã …, ", "Chi bổ
# sung cho ngân sách cấp dưới …, gồm:"): a balancing or targeted one said after it, without its own receiver, is
# handed down by the same giver to them
_HANDED_DOWN_BEFORE = re.compile(rf"\bbổ\s+sung\b[^;]*?\bcho\s+(?:ngân\s+sách\s+)?(?:cấp\s+)?{_LOWER_BUDGETS}", _I)
# (those units listed with commas, "cho 124 xã, phường", "cho các huyện, thị xã": one object, no clause's end)
_GIVEN_TO_UNITS_LISTED = re.compile(
    _AMOUNT_GIVEN_TO + rf"(?:các\s+|\d+\s+)?(?:{LOWER_UNIT_WORDS})\b(?:\s*,\s*(?:{LOWER_UNIT_WORDS})\b)+", _I)


def _clause_after(after: str, marks: str) -> str:
    """The words after an amount up to the first of ``marks``, read over the commas of the lower units it is given
    to ("... tỷ đồng cho các xã, phường để thực hiện Chương trình …": the programme is the money's use)."""
    listed = _GIVEN_TO_UNITS_LISTED.match(after) if "," in after[:80] and "cho" in after[:24] else None
    start = listed.end() if listed is not None else 0
    return after[:start] + re.split(marks, after[start:], maxsplit=1)[0]
# the centre (its budget) and its transfer verb, its time words before it ("Trung ương đã cấp bổ sung", "NSTW vừa bổ
# sung cân đối", "TW sẽ bổ sung có mục tiêu"): read by _CENTRE_HANDS_DOWN (which item) and _CENTRE_HELPS (which source)
_CENTRE_AND_ITS_TIME = r"(?:trung\s+ương|\bTW|\bNSTW)\s+(?:(?:đã|vừa|sẽ|tiếp\s+tục)\s+)*"
_CENTRE_TRANSFERS = r"(?:cấp\s+)?bổ\s+sung(?:\s+(?:cân\s+đối|có\s+mục\s+tiêu|kinh\s+phí|vốn))?"
# the centre handing money down, its verb right before the amount ("Trung ương đã cấp bổ sung", "NSTW bổ sung cân đối"),
# and the province it goes to right after it ("... tỷ đồng cho tỉnh", "cho ngân sách địa phương"): a transfer received
_CENTRE_HANDS_DOWN = re.compile(rf"{_CENTRE_AND_ITS_TIME}{_CENTRE_TRANSFERS}(?:\s+(?:{HEDGE_WORDS}))?\s*$", _I)
# (the province named as the receiver before the amount: "Trung ương cấp bổ sung cho ngân sách tỉnh 1.230 tỷ đồng")
_CENTRE_HANDS_THE_PROVINCE = re.compile(
    rf"{_CENTRE_AND_ITS_TIME}{_CENTRE_TRANSFERS}\s+cho\s+(?:ngân\s+sách\s+)?(?:cấp\s+)?(?:tỉnh|thành\s+phố|địa\s+phương)"
    rf"(?:\s+(?:{HEDGE_WORDS}))?\s*$", _I)
_GIVEN_TO_THE_PROVINCE = re.compile(_AMOUNT_GIVEN_TO + r"(?:tỉnh|thành\s+phố|địa\s+phương)\b", _I)
# a transfer the province receives, its verb before the amount and the transfer named after it ("Tỉnh đã nhận 320 tỷ
# đồng bổ sung có mục tiêu từ ngân sách trung ương", "tiếp nhận 95 tỷ đồng kinh phí bổ sung từ NSTW"): group 1 the
# transfer as written, with the budget it comes from
_RECEIVED_VERB_BEFORE = re.compile(rf"\b(?:tiếp\s+)?nhận(?:\s+(?:được|thêm))?(?:\s+(?:{HEDGE_WORDS}))?\s*$", _I)
_TRANSFER_NAMED_AFTER = re.compile(
    rf"\s*(?:(?:{_MONEY_SCALES})\s+)?(?:đồng\s+)?(?:(?:vốn|kinh\s+phí|tiền)\s+)?"
    r"((?:bổ\s+sung|trợ\s+cấp)(?:\s+(?:cân\s+đối|có\s+mục\s+tiêu))?"
    r"(?:\s+(?:từ\s+)?(?:(?:nguồn\s+)?(?:ngân\s+sách|NS)\s+(?:trung\s+ương|TW|cấp\s+trên)|NSTW|trung\s+ương))?)\b", _I)


def _transfer_received(ctx: FigureContext) -> re.Match[str] | None:
    """The transfer named right after an amount the province receives (``_TRANSFER_NAMED_AFTER``): revenue from
    the budget above, as "thu bổ sung từ ngân sách trung ương" is, not a programme's money nor one it spends."""
    if ctx.unit == "pct" or "nhận" not in ctx.before[-24:] or not _RECEIVED_VERB_BEFORE.search(ctx.before[-24:]):
        return None
    return _TRANSFER_NAMED_AFTER.match(ctx.after)
# (the province, its committee or its budget the giver, opening the clause: not a firm's gift to communes)
_PROVINCE_GIVES = re.compile(r"\W*(?:(?:UBND|Ủy\s+ban\s+nhân\s+dân|ngân\s+sách)\s+)?(?:tỉnh|thành\s+phố)\b", _I)
# (the giver's verb: it hands the money down, not "Tỉnh có 120 tỷ đồng cho các xã vay" or a sum it merely says)
_HANDED_DOWN_BY = re.compile(r"\b(?:bổ\s+sung|phân\s+bổ|cấp|hỗ\s+trợ|giao|bố\s+trí|chuyển|trích|dành)\b", _I)


def _money_noun_after(ctx: FigureContext) -> re.Match[str] | None:
    """The money noun right after the amount that names what it is ("Tỉnh X còn hơn 1.200 tỷ đồng vốn đầu tư công chưa
    giải ngân": the capital left unpaid; "Tỉnh đã bố trí 215 tỷ đồng vốn đối ứng cho các dự án ODA", "đã dành 1.300 tỷ
    đồng nguồn cải cách tiền lương để ...": the capital or the source set aside), None when the amount is another's
    object ("còn tồn đọng 237 tỷ đồng vốn ...")."""
    noun = _MONEY_NOUN_AFTER.match(ctx.after)
    if noun and (noun.group(1).lower() == "tiền" or _ONLY_QUALIFIERS.fullmatch(ctx.clause_before())
                 or ("chưa" in ctx.after[:60] and _NOT_YET_PAID_AFTER.match(ctx.after))
                 or _SET_ASIDE_BEFORE.search(ctx.before[-40:]) or _RECEIVED_BEFORE.search(ctx.before[-40:])):
        return noun
    return None


# "Vốn đầu tư công đã phân bổ 185 tỷ đồng cho các dự án": the verb of allotting after the capital it allots (named
# at its clause's head); the capital named is the item, "đã phân bổ" only what was done with it
_ALLOCATED_VERB = re.compile(r"(?:đã|được)\s+phân\s+bổ\b", _I)
_ALLOTTED_CAPITALS = ("public_investment", "target_programme", "expenditure_investment", "expenditure_recurrent")


def _capital_allocated_by_its_verb(before: str, at: int) -> tuple[str, int] | None:
    if not _ALLOCATED_VERB.match(before, at):
        return None
    head = before[max(0, at - 60):at]
    head = head[max((m.end() for m in _CLAUSE_MARK.finditer(head)), default=0):]
    named = nearest_item(head) if "." not in head and "\n" not in head else None
    if named is None or named[0] not in _ALLOTTED_CAPITALS or len(head) - named[1] > 45:
        return None
    return named[0], at - len(head) + len(head) - len(head.lstrip())


# A unit's estimate said bare before its amount, its parts listed after it by their spending or revenue lines
# ("Dự toán được giao: 5.400.000.000 đồng, trong đó chi thường xuyên …", "Dự toán năm 2026 là 900 triệu đồng, gồm: chi
# …"): the whole of those lines, the spending (or revenue) total, one series with its parts (not an estimate of
# something else: "dự toán chi phí xây dựng" names a work's cost, its parts not opened by "chi" or "thu")
_BARE_ESTIMATE_BEFORE = re.compile(r"(?:^|[.;:\n]\s*|,\s*)(?:tổng\s+)?dự\s+toán(?:\s+(?:được\s+)?giao)?"
                                   r"(?:\s+năm\s+\d{4})?\s*(?::|là)?\s*$", _I)
_TALLY_PARTS_AFTER = re.compile(rf"\s*(?:(?:{_MONEY_SCALES})\s+)?(?:đồng\s*)?[,;(]?\s*(?:trong\s+đó|bao\s+gồm|gồm)\s*:?"
                                r"\s*(?:[-+•]\s*)?(thu|chi)\b", _I)


# A unit's own budget said in bare lines ("Dự toán được giao: 8.450 triệu đồng. Thực hiện: 8.281 triệu đồng, đạt 98% dự
# toán."): the estimate allotted to it, and the outturn of the line right after it with its rate, are one series of the
# unit's budget money (item other: neither revenue nor spending is named), not amounts of nothing
_ALLOTTED_ESTIMATE = r"(?:tổng\s+)?dự\s+toán\s+(?:được\s+)?giao(?:\s+năm\s+\d{4})?\s*(?::|là)?\s*"
_ALLOTTED_ESTIMATE_BEFORE = re.compile(r"(?:^|[.;\n]\s*)" + _ALLOTTED_ESTIMATE + "$", _I)
_ALLOTTED_ESTIMATE_LINE = re.compile(r"\s*" + _ALLOTTED_ESTIMATE + rf"[\d.,]+\s*(?:{_MONEY_SCALES})?\s*đồng\s*\.?\s*$",
                                     _I)
_OUTTURN_OPENS = re.compile(r"\s*((?:ước\s+)?thực\s+hiện(?:\s+năm\s+\d{4})?)\s*(?::|là|được)", _I)
_LINE_HEAD_CUT = re.compile(r"^[\s.;]+|\s*(?::|\blà)?\s*$", _I)


def _an_allotted_estimate_or_its_outturn(ctx: FigureContext) -> str | None:
    """"Dự toán được giao: 8.450 triệu đồng." (the estimate), "Thực hiện: 8.281 triệu đồng, đạt 98% dự toán." right
    after it (the outturn and its rate): a unit's budget said in bare lines; the line's head as written (its label),
    None for any other figure."""
    if "toán" in ctx.before[-30:] and ctx.unit != "pct":
        estimate = _ALLOTTED_ESTIMATE_BEFORE.search(ctx.before[-60:])
        return None if estimate is None else " ".join(_LINE_HEAD_CUT.sub("", estimate.group()).split())
    if ("hiện" in ctx.before[:30] and (outturn := _OUTTURN_OPENS.match(ctx.before)) is not None
            and _ALLOTTED_ESTIMATE_LINE.match(_sentence_before(ctx)) is not None):
        return " ".join(outturn.group(1).split())
    return None


def _the_whole_of_tally_lines_after(ctx: FigureContext) -> str | None:
    """"Dự toán được giao: 5,4 tỷ đồng, trong đó chi thường xuyên …": the total of the family whose lines the bare
    estimate's parts name (None when the amount is no bare estimate, or no such lines follow it)."""
    if ctx.unit == "pct" or "toán" not in ctx.before[-40:] or not _BARE_ESTIMATE_BEFORE.search(ctx.before[-60:]):
        return None
    parts = _TALLY_PARTS_AFTER.match(ctx.after)
    return _PAIRED_ITEM[parts.group(1).lower()] if parts is not None else None


def budget_item(ctx: FigureContext) -> str | None:
    """The item the figure is about: its sentence, else the paragraph before it, else the heading."""
    before = ctx.before  # (a slice of the paragraph at every reading: taken once)
    if _rate_of_a_budget(ctx):
        return "other"  # ("Tỉnh đã tiết kiệm 10% chi thường xuyên": the share moved, neither the spending nor its rate)
    respective = _respective(ctx)
    if respective is None and (paired := _paired_tally(ctx)) is not None:
        if paired[0].lower() == "chi" and ctx.unit != "pct" and _SPENT_ON_AFTER.match(ctx.after):
            return "other"  # "…; chi 12 tỷ đồng cho an sinh xã hội": a part of the spending, by its use
        return _PAIRED_ITEM[paired[0].lower()]
    found = (respective[0], 0) if respective is not None else nearest_item(before)
    if found is not None and found[0] == "other" and ctx.unit != "pct" and (
            subject := _capital_allocated_by_its_verb(before, found[1])) is not None:
        found = subject
    # (a transfer said bare, "bổ sung có mục tiêu", "bổ sung cân đối": read as a programme's or as one received)
    bare_transfer = found is not None and found[0] in _BARE_TRANSFER_ITEMS and before.startswith("bổ sung", found[1])
    if bare_transfer and ctx.unit != "pct" and _GIVEN_TO_LOWER_UNITS.match(ctx.after):
        return "other"  # "Tỉnh bổ sung có mục tiêu 215 tỷ đồng cho các xã": handed down to lower budgets, no programme
    if bare_transfer and "cho" in before[:found[1]] and _HANDED_DOWN_BEFORE.search(before, 0, found[1]):
        return "other"  # "… bổ sung cân đối cho xã 6,5 tỷ đồng, bổ sung có mục tiêu 2,1 tỷ đồng": the same giver
    if found is None and _transfer_received(ctx) is not None:
        return "revenue_other"  # "Tỉnh đã nhận 320 tỷ đồng bổ sung có mục tiêu từ ngân sách trung ương"
    if (found is None and ctx.unit != "pct" and "sung" in before[-24:] and _CENTRE_HANDS_DOWN.search(before)
            and _GIVEN_TO_THE_PROVINCE.match(ctx.after)):
        return "revenue_other"  # "Trung ương đã cấp bổ sung 420 tỷ đồng cho tỉnh": what the province receives
    if found is None and (verb := _respective_verb(ctx)) is not None:
        return _PAIRED_ITEM.get(verb, "public_investment")  # "A và B lần lượt thu được X và Y": each one's revenue
    if found is not None and respective is None and (part := _part_of_the_verb_before(ctx, found)) is not None:
        found = (part[0], len(before))  # "Thu nội địa 4.000 tỷ đồng; xuất nhập khẩu 900 tỷ đồng": thu xuất nhập khẩu
    elif found is not None and respective is None and (entry := _an_entry_named_by_its_verb(ctx, found)) is not None:
        found = (entry[0], len(before))  # "...; thu tiền sử dụng khu vực biển 3 tỷ đồng": an entry of its own
    if (
        found is None
        and ctx.unit == "pct"
        and (listed := _a_later_payers_list(ctx)) is not None
        and "ngân" in listed
        and _a_payers_rate_listed(listed)
    ):
        found = nearest_item(listed)  # a later payer of the list is of the disbursement the list opened on
    # (the province said what it collects: the items of the sentences before are not asked)
    collecting = found is None and (_province_collects(before) or _province_collected_in_sentence(ctx))
    if found is None and "chi" in before and _spent_against_estimate(ctx):
        return "expenditure_total"
    if found is None and (whole := _the_whole_of_tally_lines_after(ctx)) is not None:
        return whole
    if found is None and _an_allotted_estimate_or_its_outturn(ctx) is not None:
        return "other"
    if (found is None and ctx.unit != "pct" and "chi" in before[-24:]
            and _THE_PROVINCE_SPENDS.search(before, max(0, len(before) - 60))
            and _SPENT_ON_AFTER.match(ctx.after)):
        return "other"  # "Tỉnh đã chi 1.450 tỷ đồng cho an sinh xã hội": a part of its spending, by its use
    if (
        found is None
        and ctx.unit != "pct"
        and "chi" in before
        and _THE_PROVINCE_SPENDS_ON.search(before, max(0, len(before) - 160))
    ):
        return "other"  # "Tỉnh đã chi hỗ trợ các hộ nghèo đón Tết 5,1 tỷ đồng": the same, its use said first
    if found is None and ctx.unit != "pct" and (
            _saved_from_spending(before[-80:]) or _saved_ahead_of_its_spending(ctx)):
        return "other"  # "Tỉnh tiết kiệm chi được 512 tỷ đồng", "tiết kiệm được 85 tỷ đồng chi ngân sách": money saved
    # "Tình hình thực hiện vốn đầu tư công năm 2017 là:" / "Kế hoạch năm 2017 là 7.314 tỷ đồng, ...":
    # a line that ends with a colon introduces the paragraph after it, which speaks of its item
    # (read only without an item, the one case that asks: the paragraph's text before the sentence is copied)
    carried = False  # (the item taken from the sentences before, the figure's own naming none)
    led_in = (found is None and not collecting and not ctx.text[: ctx.sentence[0]].strip()
              and ctx.preceding.rstrip().endswith(":"))
    if found is None and not led_in and not collecting and (lead := _list_lead(ctx)) is not None:
        # a later line of a list under a lead ("- Huyện Lâm Thao: 342 tỷ đồng, đạt 97% dự toán"): its amount
        # and rates are of the lead's item, as the first line's are
        found = nearest_item(lead)
        if found is not None and found[0] == "other" and not _REVENUE_SAID_WITH.search(lead, 0, found[1] + 4):
            found = None  # (an allocation's lead does not make every later sum a budget figure, as below)
    if found is None and not collecting and (
        led_in
        or _BUDGET_VERB.search(before)
        or _BREAKDOWN.match(before)
        or _ANAPHORA.search(before)
        or (ctx.unit == "pct" and _ESTIMATE_AFTER.match(ctx.after))
        # "Lũy kế 6 tháng ước đạt 871 tỷ đồng, bằng 43% so với dự toán": an amount read against a
        # budget estimate, its item named in the sentence before
        or (ctx.unit != "pct" and _AGAINST_ESTIMATE_AFTER.match(ctx.after))
        or (ctx.unit != "pct" and _plan_amount_in_brackets(before))
        or _the_province_reaches(ctx)
        or _a_province_ranked_next(ctx)
        or _a_change_of_an_allotted_amount(ctx)
        or _a_tally_so_far_going_on(ctx)
        or _a_bare_plan_after_an_item(ctx)
    ):
        # "Tỉnh đã thực hiện phân bổ chi tiết là ...", "Trong đó, ...": the item of the sentences before,
        # in the paragraph before when the figure's paragraph opens with it
        carried = True
        found = nearest_item(ctx.text[: ctx.sentence[0]])
        if found is None and (led_in or _BUDGET_VERB.search(before) or _plan_amount_in_brackets(before)
                              or _a_bare_plan_after_an_item(ctx)
                              or _the_province_reaches(ctx) or _a_province_ranked_next(ctx)
                              or _a_change_of_an_allotted_amount(ctx)
                              or (not ctx.sentence[0] and _a_tally_so_far_going_on(ctx))):
            found = nearest_item(_last_sentence(ctx.preceding))
        if found is None and (anaphor := _ANAPHORA.search(before)) is not None:
            found = _item_the_anaphor_points_to(ctx, anaphor)
        if found is not None and found[0] == "other" and not _BREAKDOWN.match(before):
            # an allocation said earlier does not make every later sum a budget figure; the parts of
            # a sum it breaks down ("Trong đó, dành ... 21 tỷ đồng") are of its item
            found = _plan_left_undone(ctx)
    if found is None and not collecting and (tally := _bare_tally(ctx)) is not None:
        found = _tally_item(ctx, tally)
    elif carried and (tally := _bare_tally(ctx)) is not None and tally.group(1) is not None and (
            _family(found[0]) != _TALLY_FAMILY[verb := tally.group(1).lower()]):
        # "Tổng thu ... đạt 4.100 tỷ đồng. Quý IV, chi 980 tỷ đồng, bằng 27% dự toán": the verb of the period singled
        # out names its own family's total, not the item of the sentences before that its rate sent the figure to
        found = (_PAIRED_ITEM[verb], 0)
    # (a bracket of parts after the figure, "(bao gồm 657 tỷ đồng vốn chương trình ...)", speaks of a part)
    own_clause_after = _PARTS_BRACKET.split(_clause_after(ctx.after, r"[;,]"), maxsplit=1)[0]
    if found is None and _money_noun_after(ctx) is not None:
        found = nearest_item(own_clause_after)
    if (found is None and ctx.unit != "pct" and "ngân" in ctx.after[:40]
            and (paid := _PAID_OUT_NEXT.match(ctx.after)) is not None and _RECEIVED_BEFORE.search(before[-40:])):
        # "kinh phí bảo trì đường bộ được giao 286 tỷ đồng, đã giải ngân 245 tỷ đồng": money allotted, then paid out in
        # the clause right after it, is the capital that disbursement is of
        found = nearest_item(_clause_after(ctx.after[ctx.after.index(",", 0, paid.end()) + 1:], r"[;,]"))
    if found is None and ctx.unit != "pct" and "chưa" in ctx.after[:24] and _NOT_YET_PAID_AFTER.match(ctx.after):
        # "Như vậy, tỉnh còn gần 3.400 tỷ đồng chưa giải ngân": what is left to pay out of the capital plan, no noun
        # between
        found = nearest_item(own_clause_after)
    if found is None and ctx.unit != "pct" and _PURPOSE_AFTER.match(ctx.after):
        # "dành 1.200 tỷ đồng để khởi công 20 dự án đầu tư công": the works the money is for name its item
        found = nearest_item(_the_use_after(own_clause_after))
    if ((found is None or _an_entry_set_aside(ctx)) and ctx.unit != "pct" and _FOR_A_USE_AFTER.match(ctx.after)
            and _SET_ASIDE_BEFORE.search(before[-40:])):
        # "Tỉnh đã bố trí 620 tỷ đồng để chi thực hiện cải cách tiền lương": money set aside for a budget's item (an
        # entry of a list, "…; bố trí 1.850 tỷ đồng để thực hiện cải cách tiền lương", names its own after the amount)
        use = nearest_item(_the_use_after(own_clause_after)) or _development_investment_after(ctx.after)
        if use is None and (
                found is not None and (whole := _the_whole_an_entry_set_aside_is_of(ctx, found[1])) is not None):
            return whole
        if (use is None and found is None and _GIVEN_TO_LOWER_UNITS.match(ctx.after)
                and _PROVINCE_GIVES.match(ctx.clause_before())):
            return "other"  # "Tỉnh phân bổ 420 tỷ đồng cho các xã, phường để …": money handed down to local governments
        found = use or found
    if ((found is None or found[0] == "revenue_total") and ctx.unit != "pct" and "thu" in before[-32:]
            and _COLLECTED_BEFORE.search(before) and (source := _SOURCE_AFTER.match(own_clause_after))):
        # "thu hơn 1.200 tỷ đồng từ đấu giá đất": the source named after, read as the collection from it is
        # ("thu từ hoạt động xuất nhập khẩu"; "Tỉnh thu ngân sách hơn 1,2 nghìn tỷ đồng từ đấu giá quyền sử dụng
        # đất": a revenue named there, not the whole)
        named = nearest_item("thu từ " + own_clause_after[source.end():])
        found = named if named is not None and named[0].startswith("revenue_") else found
    if _SOURCE_NAMED_AFTER.match(ctx.after):
        # "Trong đó, khoảng 30.000 tỷ là từ tiền sử dụng đất": the part's item is said after it
        found = nearest_item(own_clause_after) or found
    # (whether the figure is a programme's matters only without an item or for these items: tested there)
    if found is None:
        if _in_programme(ctx, own_clause_after):
            return "target_programme"
        if ctx.unit != "pct" and (_set_aside_from_a_budget(ctx) or _a_gain_over_a_plan_named(before)
                                  or _a_budget_sets_aside(ctx)):
            return "other"
        if ctx.table_row and (_a_source_under_a_capital_head(ctx) or _a_revenue_under_a_capital_head(ctx)):
            return "public_investment"
        return "revenue_total" if collecting else None
    item = found[0]
    if item.startswith("revenue_") and ctx.table_row and _a_revenue_under_a_capital_head(ctx):
        return "public_investment"
    if "đó" in before and (whole := _the_whole_a_sources_entry_is_of(ctx, found[1])) is not None:
        item = whole  # "…, trong đó chi từ nguồn NSTW bổ sung có mục tiêu 1.240 tỷ đồng, chi từ nguồn ngân sách tỉnh …"
    if (item.startswith("revenue_") or item == "other") and (capital := _a_source_of_the_capital(ctx)) is not None:
        return capital  # ("Vốn ngân sách địa phương: ..., gồm: ...; thu tiền sử dụng đất 3.500 tỷ đồng": its source)
    if item == "target_programme" and _a_part_of_the_transfers_received(ctx, found[1]):
        return "revenue_other"
    if (item in ("public_investment", "other", "expenditure_investment") and _in_programme(ctx, own_clause_after)
            and not (item == "other" and ";" in ctx.before and _a_spending_line_after_the_programmes(ctx))):
        # programme money (its investment and recurrent capital) stays with the programme
        return "target_programme"
    if item == "public_investment" and "ngân" in ctx.before and _paid_out_of_the_programmes_before(ctx):
        return "target_programme"
    if item == "public_investment" and (spent := _the_spending_a_bare_paying_out_is_of(ctx, found)) is not None:
        return spent  # "dự toán chi sự nghiệp KH&CN là 21.450 triệu đồng; giải ngân quý I được 3.120 triệu đồng"
    if item == "public_investment" and "thác" in before[found[1]:] and _ENTRUSTED.search(before, found[1]):
        return "other"  # "vốn ngân sách tỉnh ủy thác qua NHCSXH đạt 215 tỷ đồng": money a bank lends, no investment
    if item == "public_investment" and "inh phí" in before and _recurrent_money_named(_last_sentence(before)):
        return "other"  # "kinh phí sự nghiệp y tế được phân bổ ..., đã giải ngân ...": spending by its use
    if item == "other" and "phân" in before[found[1]:] and _ALLOCATED_OF_THE_CAPITAL_PLAN.match(
            ctx.after if ctx.unit == "pct" else _RATE_AFTER.sub("", ctx.after, count=1)):
        # "đã phân bổ chi tiết 11.350 tỷ đồng, đạt 94% kế hoạch vốn năm 2026": the capital plan allocated
        return "public_investment"
    if ctx.unit != "pct" and (_an_excess(ctx) or _revenue_gap(ctx.before) or _a_gain_over_the_plan(ctx)):
        return "other"
    if item == "revenue_land_use" and ctx.unit != "pct" and (
            ("giá" in ctx.after[:40] and _OVER_STARTING_PRICE_AFTER.match(ctx.after))
            or (("lệch" in before or "khởi" in before[-40:]) and _PRICE_GAP_BEFORE.search(before))):
        return "other"  # an auction's gain over the starting price
    if item == "revenue_total" and before[found[1]:found[1] + 6].lower() == "đơn vị" and (
            (named := nearest_item(before[:found[1]]) or nearest_item(_sentence_before(ctx))) is not None
            and named[0].startswith("revenue_")):
        # "Hải quan ... thu ngân sách từ hoạt động xuất nhập khẩu đạt .... Năm 2027, đơn vị được giao chỉ tiêu thu
        # 13.500 tỷ đồng": the unit is the body the words before spoke of, collecting what it collected
        return named[0]
    if item == "revenue_total" and "quan" in before and (
            _CUSTOMS_SPEAKS.search(before, 0, found[1]) or _CUSTOMS_OWNS.search(before, found[1])) and (
            "địa bàn" not in before[found[1]:]):
        # "Chi cục Hải quan khu vực VI cho biết, ..., đơn vị thu ngân sách đạt ...", "Theo Hải quan cửa khẩu X, số thu
        # ngân sách ...", "thu ngân sách của Chi cục Hải quan khu vực VIII đạt ...": what customs says it collected,
        # or the revenue said as its own, is the revenue from imports and exports, not the province's
        return "revenue_import_export"
    if item == "revenue_total" and "huế" in before[:found[1]] and _TAX_OFFICE_COLLECTS.search(before, 0, found[1]) and (
            "địa bàn" not in before[found[1]:]):
        return "revenue_domestic"  # "Cục Thuế tỉnh X đã thu ngân sách được ...": the tax office's, not the province's
    if item.startswith("expenditure_") and _saved_from_spending(before):
        return "other"  # spending saved, not spent
    if (item == "expenditure_total" and ctx.unit != "pct" and before[found[1]:found[1] + 2].lower() == "ng"
            and (_SPENT_ON_AFTER.match(ctx.after) or _SPENT_ON_BEFORE_THE_AMOUNT.match(before, found[1]))):
        # "ngân sách tỉnh đã chi 312 tỷ đồng hỗ trợ xây nhà ...", "ngân sách tỉnh đã chi hỗ trợ người trồng lúa 3 tỷ
        # đồng": a part of its spending, by its use said after the amount or between the verb and it
        return "other"
    return item


# the items of spending that are no investment capital, whose money a bare "giải ngân" after them pays out, named as
# the running of services ("chi sự nghiệp", "chi thường xuyên", "kinh phí sự nghiệp"; not an allocation of capital
# said bare, "Vốn được phân bổ 36 tỷ đồng, đã giải ngân 21 tỷ đồng")
_RUNNING_SPENDING_ITEMS = ("other", "expenditure_recurrent")
_RUNNING_SPENDING_NAMED = re.compile(r"\b(?:chi|kinh\s+phí)\s+(?:chi\s+)?(?:sự\s+nghiệp|thường\s+xuyên)\b", _I)


def _the_spending_a_bare_paying_out_is_of(ctx: FigureContext, found: tuple[str, int]) -> str | None:
    """The item of the spending named earlier in the sentence that a bare "giải ngân" in the figure's own clause pays
    out, when it is running spending, no investment ("tổng dự toán chi sự nghiệp KH&CN là 21.450 triệu đồng; giải ngân
    quý I được 3.120 triệu đồng": the money of that estimate, not public investment capital); None when the clause
    names public capital of its own ("; giải ngân vốn đầu tư công đạt ...") or nothing running is named before it."""
    before = ctx.before
    clause = ctx.clause_before(r"[;,]")
    opens = len(before) - len(clause)
    if found[1] < opens or _PUBLIC_CAPITAL_NAMED.search(clause) is not None or not _PAID_OUT.search(clause):
        return None
    if opens <= 0 or _RUNNING_SPENDING_NAMED.search(before, 0, opens) is None:
        return None
    earlier = nearest_item(before[:opens])
    return earlier[0] if earlier is not None and earlier[0] in _RUNNING_SPENDING_ITEMS else None


# budget money handed to a bank to lend on ("ủy thác qua Ngân hàng Chính sách xã hội")
_ENTRUSTED = re.compile(r"\b(?:ủy|uỷ)\s+thác\b", _I)


# money for the running of public services and upkeep ("kinh phí sự nghiệp giáo dục", "kinh phí bảo trì đường bộ",
# "kinh phí chi thường xuyên"): allotted or paid out, a part of spending by its use like "chi sự nghiệp giáo dục", not
# public investment capital (the uses: data/words/recurrent_uses_of_money.csv)
_RECURRENT_MONEY = re.compile(
    r"\bkinh\s+phí\s+(?:chi\s+)?(?:" + word_source("recurrent_uses_of_money") + r")\b", _I)


def _recurrent_money_named(sentence: str) -> bool:
    """The sentence names recurrent money and no investment capital beside it ("vốn", "đầu tư công")."""
    return (_RECURRENT_MONEY.search(sentence) is not None and "vốn" not in sentence.lower()
            and _INVESTMENT_AS_A_WHOLE.search(sentence) is None)


# the parts of a whole opened in the sentence: with a colon, parted by ";" ("gồm: A 12 tỷ đồng; B 9 tỷ đồng"), else
# by "," alone
_PARTS_OPEN_COLON = re.compile(r"\b(?:(?:bao\s+)?gồm|trong\s+đó)\s*:", _I)
_PARTS_OPEN_BARE = re.compile(r"\b(?:(?:bao\s+)?gồm|trong\s+đó)\b(?![^;]*;)", _I)


def _a_source_of_the_capital(ctx: FigureContext) -> str | None:
    """"Vốn ngân sách địa phương: 5.745.400 triệu đồng, gồm: vốn cân đối ngân sách địa phương ...; thu tiền sử dụng
    đất 3.500.000 triệu đồng; xổ số kiến thiết ...; bội chi ngân sách địa phương ...": a revenue (or the deficit) named
    as a part of capital is where that capital comes from, the capital's item (public investment, a programme's)."""
    before = ctx.before
    if "gồm" not in before and "đó" not in before:
        return None
    opened = [m for m in _PARTS_OPEN_COLON.finditer(before)] or [m for m in _PARTS_OPEN_BARE.finditer(before)]
    if not opened:
        return None
    whole = nearest_item(before[: opened[-1].start()])
    return whole[0] if whole is not None and whole[0] in ("public_investment", "target_programme") else None


# the transfers a budget receives, then the parts they are broken into ("Thu bổ sung từ ngân sách cấp trên ..., trong
# đó ...", "thu trợ cấp ... gồm ...", or in brackets after the amount: "thu bổ sung từ ngân sách trung ương 9.100 tỷ
# đồng (bổ sung cân đối ..., bổ sung có mục tiêu ...)")
_TRANSFERS_RECEIVED = re.compile(
    r"\bthu\s+(?:bổ\s+sung|trợ\s+cấp)\b[^;]*?(?:(?:\btrong\s+đó|\bbao\s+gồm|\bgồm)\b|\()[^;]*$", _I
)


# the items a transfer said bare is read as (budget_items.csv: "bổ sung có mục tiêu" a programme's money, "bổ sung cân
# đối" one received), each handed down instead when a lower budget is named as the one given it
_BARE_TRANSFER_ITEMS = ("target_programme", "revenue_other")
# (the parts listed after the transfers' "gồm:" set apart by semicolons, "…, gồm: bổ sung cân đối 5.400 tỷ đồng; bổ sung
# có mục tiêu 2.100 tỷ đồng": each part opening its own clause)
_TRANSFERS_RECEIVED_LISTED = re.compile(r"\bthu\s+(?:bổ\s+sung|trợ\s+cấp)\b[^;]*?(?:\btrong\s+đó|\bbao\s+gồm|\bgồm)\b"
                                        r"(?:[^.]|\.(?=\d))*;[\s\-+•]*$", _I)


def _a_part_of_the_transfers_received(ctx: FigureContext, at: int) -> bool:
    """"Thu bổ sung từ ngân sách cấp tỉnh: 91.200 triệu đồng, trong đó bổ sung cân đối ..., bổ sung có mục tiêu 12.600
    triệu đồng" (or "+ Bổ sung có mục tiêu: 8.100 triệu đồng" under "- Thu bổ sung từ ngân sách cấp tỉnh: ..., gồm:"):
    the targeted part of the transfers a budget receives, named at ``at``, is revenue, not a programme's money."""
    before = ctx.before
    if before[at : at + 7].lower() != "bổ sung":
        return False
    if "sung" in before[:at]:
        return (_TRANSFERS_RECEIVED.search(before, 0, at) is not None
                or _TRANSFERS_RECEIVED_LISTED.search(before, 0, at) is not None)
    opening = _list_opening(ctx.preceding) if not before[:at].strip(" -+•\t") else None
    return opening is not None and _TRANSFERS_RECEIVED.search(opening) is not None


# an office named as the one that collects, right before the item it collects ("Cục Hải quan Lạng Sơn thu ngân sách
# đạt ...", "Cục Thuế tỉnh Nghệ An đã thu ngân sách được ...")
def _office_collects(office: str) -> str:
    return rf"{office}(?:\s+(?!thu\b)[^\s.;:,]+){{0,7}}?\s+(?:đã\s+)?(?:ước\s+)?$"


# a customs office that says the figure ("Theo Hải quan ...,", "Cục Hải quan ... cho biết,")
_CUSTOMS_SPEAKS = re.compile(r"\btheo\s+(?:(?:chi\s+cục|cục|ngành)\s+)?hải\s+quan\b|\bhải\s+quan\b[^.;:\d]{0,60}?"
                             r"\b(?:cho\s+biết|thông\s+tin|báo\s+cáo)\b|" + _office_collects(r"\bhải\s+quan\b"), _I)
# a customs office as whose the revenue is, after its name ("thu ngân sách của Chi cục Hải quan khu vực VIII đạt ...")
_CUSTOMS_OWNS = re.compile(r"\bcủa\s+(?:(?:chi\s+cục|cục|ngành|cơ\s+quan)\s+)?hải\s+quan\b", _I)
# the tax office as the one that collects (named as budget_items.csv's tax office row names it): what it collects is
# the domestic revenue (thu nội địa: the revenue the tax authority manages), as customs' is that of imports and exports
_TAX_OFFICE_COLLECTS = re.compile(
    _office_collects(r"\b(?:(?:chi\s+cục|cục|ngành|cơ\s+quan)\s+thuế|thuế\s+(?:tỉnh|thành\s+phố|TP\.?|cơ\s+sở))\b"), _I)


# A part of a list of collections or spendings named without the verb its first part has ("Thu nội địa đạt 4.000 tỷ
# đồng; xuất nhập khẩu 900 tỷ đồng", "Chi đầu tư phát triển 2.000 tỷ đồng, thường xuyên 5.000 tỷ đồng", "Số thu từ khu
# vực doanh nghiệp nhà nước ...; khu vực kinh tế ngoài quốc doanh 1.240 tỷ đồng"): group 1 the part's name, in a clause
# of its own that holds no digit, no verb of its own before the amount but a reach
_PART_NAMED = re.compile(r"\W*(?:(?:và|trong\s+đó|bao\s+gồm|gồm)\s+)?([^\W\d][^\d]{1,60}?)"
                         rf"(?:\s+(?:ước\s+)?(?:đạt|được|là))?(?:\s+(?:{HEDGE_WORDS}))?\s*$", _I)
# the verb the first part's item opens on ("thu", "thu từ", "chi", "chi cho")
_ITEMS_VERB = re.compile(r"(?:tổng\s+)?(thu(?:\s+từ)?|chi(?:\s+cho)?)\s", _I)
_PART_REACH = 64  # (the longest clause of a part's name the rule reads)
_ITEM_PATTERN = dict(_ITEMS)


def _left_out_goes_on(before: str, clause: str) -> bool:
    """Is ``clause`` (cut at a comma) the next name of what a subject leaves out, not a part of its own: the comma
    lies inside a bracket left open before it ("thu nội địa (trừ tiền sử dụng đất, xổ số) ước đạt ..."), or parts
    the names after "trừ", "không kể" ("thu nội địa không kể tiền sử dụng đất, xổ số đạt ...")?"""
    if ")" in clause and "(" not in clause[: clause.index(")")]:
        return True
    head = before[: len(before) - len(clause)]
    if not head.endswith(","):
        return False
    return _LEFT_OUT_CUE.search(last_clause(head[:-1], r"[;,:()]")) is not None


def _part_of_the_verb_before(ctx: FigureContext, found: tuple[str, int]) -> tuple[str, str] | None:
    """(item, name as written) of a part named without its verb after the item ``found`` of a part before it, when
    the name read with that verb names an item of its own ("xuất nhập khẩu" → "thu xuất nhập khẩu"); of the capital
    a part of public investment names ("...; vốn ODA 183,6 tỷ đồng"), the item before it."""
    before = ctx.before
    clause = ctx.clause_before(r"[;,]")
    if ctx.unit == "pct" and _RATE_OF_THE_AMOUNT.fullmatch(clause):
        # ("...; vốn ODA 183,6 tỷ đồng, đạt 36,7%": the rate of the part's amount right before it)
        previous = before[: len(before) - len(clause) - 1]
        if (amount := _AMOUNT_CLOSES.search(previous)) is None:
            return None
        before = previous[: amount.start()]
        clause = last_clause(before, r"[;,]")
    if len(clause) > _PART_REACH or found[1] >= len(before) - len(clause) or _left_out_goes_on(before, clause):
        return None
    named = _PART_NAMED.fullmatch(clause)
    if named is None or _NO_SUBJECT.fullmatch(named.group(1)) or _BARE_CHANGE.fullmatch(clause):
        return None
    capital = found[0] == "public_investment"
    verb = _CAPITAL_PART.match(named.group(1)) if capital else _ITEMS_VERB.match(before, found[1])
    if verb is None or (not capital and not _family(found[0]).startswith(("revenue", "expenditure"))
                        and not (found[0] == "other" and verb.group(1)[:3].lower() == "chi"
                                 and _AMOUNT_CLOSES.search(before, 0, len(before) - len(clause) - 1))):
        # (a spending line of its own, "chi sự nghiệp giáo dục 4.112 tỷ đồng, sự nghiệp y tế 1.085 tỷ đồng", goes on
        # with its verb as the totals do, after the line before closed on its amount: not the rest of a sector's name,
        # "chi sự nghiệp giáo dục, đào tạo và dạy nghề 275 tỷ đồng")
        return None
    said = _ITEM_PATTERN[found[0]].match(before, found[1])
    if said is None or said.end() > len(before) - len(clause):
        return None  # ("thu thuế, phí và thu khác đạt ...": one item's name over the comma)
    name = " ".join(named.group(1).split())
    if "cũ" in name and (place := _FORMER_PROVINCE_PART.fullmatch(name)) is not None and match_province(
            place.group(1), fuzzy=False) is not None:
        return found[0], name  # "...; trong đó khu vực tỉnh Phú Yên cũ thu 412 tỷ đồng": that province's share
    if nearest_item(name) is not None:
        return None  # (a part with an item of its own is read by it)
    if capital:
        return found[0], name
    read = nearest_item(f"{verb.group(1)} {name}")
    return (read[0], name) if read is not None and read[1] == 0 else None


# an entry of a list parted by ";" that opens on the budget's own verb and a name ("...; thu tiền sử dụng khu vực biển
# 3 tỷ đồng", "...; chi dự phòng 764 triệu đồng, đạt 40%"): a revenue or spending of its own, not the entry before it
# (group 1: the verb, group 2: the name; not the verb's other senses, thu nhập, thu hút, chi phí, Chi cục ...)
_OWN_ENTRY = re.compile(r"\s*(?:[-+–]\s*)?(?:quyết\s+toán\s+)?(thu|chi)\s+(?!(?:nhập|hút|hoạch|phí|cục|đạt|được|ước|là"
                        rf"|{HEDGE_WORDS})\b)([^\W\d][^\d;:()]{{2,60}}?)(?:\s+(?:ước\s+)?(?:đạt|được|là))?"
                        rf"(?:\s+(?:{HEDGE_WORDS}))?\s*(?:\d[\d.,]*\s*(?:(?:{THOUSAND_WORDS})\s+)?(?:{_MONEY_SCALES})\s+đồng"
                        r"\s*,\s*(?:đạt|bằng)\s*)?$", _I)
_OWN_ENTRY_ITEM = {"thu": "revenue_other", "chi": "other"}
# a settlement's entry named by its bare verb ("Quyết toán thu ngân sách ... là 11.250 triệu đồng; quyết toán chi 10.980
# triệu đồng"): the whole of the revenue or spending settled
_SETTLED_TALLY = re.compile(r"\s*quyết\s+toán\s+(thu|chi)(?:\s+là)?\s*", _I)


def _an_entry_named_by_its_verb(ctx: FigureContext, found: tuple[str, int]) -> tuple[str, str] | None:
    """(item, name as written) of an entry of a ";" list that names its own revenue or spending with the verb, when
    the name is no item of the table (the item ``found`` lies before the entry's ";")."""
    if ";" not in ctx.before[-(_PART_REACH + 40):]:
        return None
    clause = ctx.clause_before(";")
    if found[1] >= len(ctx.before) - len(clause):
        return None
    if (settled := _SETTLED_TALLY.fullmatch(clause)) is not None:
        return _PAIRED_ITEM[settled.group(1).lower()], " ".join(settled.group().split())  # "...; quyết toán chi 10.980"
    if (own := _OWN_ENTRY.fullmatch(clause)) is None:
        return None
    name = " ".join(f"{own.group(1)} {own.group(2)}".split())
    if nearest_item(name) is not None or _NOT_BUDGET_CLAUSE.search(name):
        return None
    return _OWN_ENTRY_ITEM[own.group(1).lower()], name


# a part of a merged province's whole named by a province merged into it ("khu vực tỉnh Phú Yên cũ", "địa bàn Bình Định
# (cũ)", "tỉnh Gia Lai cũ", with its verb "thu", "chi"): the former province's own share of the same item, not a
# source of revenue (group 1: the name)
_FORMER_PROVINCE_PART = re.compile(r"(?:(?:khu\s+vực|địa\s+bàn)\s+)?(?:(?:tỉnh|thành\s+phố|TP\.?)\s+)?"
                                   r"((?:[A-ZĐ]\w*\s+){0,3}[A-ZĐ]\w*)\s+(?:cũ|\(cũ\))(?:\s+(?:thu|chi))?", _I)


# a part of public investment named by its capital ("vốn ODA", "nguồn vốn xổ số kiến thiết", "vốn trái phiếu")
_CAPITAL_PART = re.compile(r"(?:nguồn\s+)?vốn\s", _I)


# what the money a budget spent went to, said right after its verb and before the amount ("ngân sách tỉnh đã chi hỗ trợ
# người chăn nuôi … 4,6 tỷ đồng", "… đã chi cho công tác phòng dịch …"; ``_SPENDING_USES``)
_SPENT_ON_BEFORE_THE_AMOUNT = re.compile(rf"[^,;:.]*?\bchi\s+(?:{_SPENDING_USES})", _I)
# what the money a budget spent went to, right after the amount ("... tỷ đồng (để) hỗ trợ ...", "... cho ..."), or
# the contingency reserve it was drawn from ("... tỷ đồng từ nguồn dự phòng ngân sách"): a part of the spending
_SPENT_ON_AFTER = re.compile(rf"\s*(?:(?:(?:{THOUSAND_WORDS})\s+)?(?:(?:{_MONEY_SCALES})\s+)?đồng\s+)?"
                             rf"(?:{_SPENDING_USES}|(?:chi\s+trả|thực\s+hiện"
                             r"|đầu\s+tư|từ\s+(?:nguồn\s+)?(?:kinh\s+phí\s+)?(?:ngân\s+sách\s+)?dự\s+phòng)\b)", _I)


# a clause that opens with a change verb and names no subject of its own (", tăng 4,58 triệu đồng")
# (or that only reaches: ", đạt 100,3% chỉ tiêu" is the rate of the figure before it)
_BARE_CHANGE = re.compile(rf"\s*(?:và\s+)?(?:tăng|giảm|đạt|bằng)(?:\s+(?:thêm|{HEDGE_WORDS}))?\s*$", _I)
# a clause mark, not the decimal comma of a figure ("49,15 triệu đồng")
_CLAUSE_MARK = re.compile(r"[;:()]|,(?!\d)")


def _subject(ctx: FigureContext) -> str:
    """The words naming what the number is (its clause), for the not-a-budget test. A change that
    opens its clause is said of the clause before: "thu nhập bình quân đầu người đạt 49 triệu đồng,
    tăng 4,58 triệu đồng" is the income's growth, whatever budget revenue the sentence named first;
    "tỷ lệ lao động qua đào tạo đạt 78,2%, đạt 100,3% chỉ tiêu" is the rate's share of its target."""
    clause = ctx.clause_before()
    if _BARE_CHANGE.fullmatch(clause):
        previous = ctx.before[: len(ctx.before) - len(clause) - 1]
        cut = max((m.end() for m in _CLAUSE_MARK.finditer(previous)), default=0)
        return previous[cut:] + clause
    return clause


# "bằng 25% so với dự toán giao": the plan an earlier percentage is read against says nothing of
# what the next amount is. Its words: the plan issuers of ``plan_issuers.csv`` (one source), the
# district and city bodies of ``lower_plan_issuers.csv`` and the plan's own words (year, "giao" ...).
_ISSUER_WORDS = sorted({word for words in PLAN_ISSUERS.values() for word in words}, key=len, reverse=True)
# ("tăng 12% so với ước thực hiện năm 2026", "bằng 108% ước TH năm 2026": the year before's outturn a plan is read
# against says nothing of the next amount either; nor the target a rate reaches, "bằng 91% chỉ tiêu Bộ Tài chính giao,
# tăng 9,4% so với cùng kỳ": the change is of the amount done, not of a plan)
_READ_AGAINST = re.compile(
    r"\d\s*(?:%|lần)\s*(?:so\s+(?:với\s+)?)?(?:dự\s+toán|kế\s+hoạch|KH\b|chỉ\s+tiêu|(?:số\s+)?ước\s+(?:thực\s+hiện|TH\b)"
    r"|(?:số\s+)?thực\s+hiện(?=\s+(?:năm|\d{4}|cả\s+năm)))"
    r"(?:\s+(?:vốn|năm|\d{4}|giao|được|đầu|điều\s+chỉnh|phấn\s+đấu|do|của|"
    + "|".join(map(phrase_source, _ISSUER_WORDS))
    + "|"
    + word_source("lower_plan_issuers")
    + "))*",
    _I,
)


# "thu ngân sách đảm bảo theo kế hoạch đề ra, ...", "hoàn thành dự toán.", a headline's "Xã X thu ngân sách vượt dự
# toán" over its lead: the collection kept to (or beyond) its plan, the plan names no amount (its clause, or the
# headline's line, ends there) and the sentence measures what was done ("để hoàn thành kế hoạch thu thuế 32 tỷ đồng",
# "vượt dự toán 120 tỷ đồng": amounts of their own)
_KEPT_TO_PLAN = re.compile(
    r"\b(?:đảm\s+bảo|đúng|hoàn\s+thành|vượt)\s+(?:theo\s+)?(?:kế\s+hoạch|dự\s+toán)"
    r"(?:\s+(?:đề\s+ra|giao|được\s+giao|từ\s+đầu\s+năm|năm))*(?=\s*[,;.:]|[ \t]*(?:\n|\(|$))", _I)


# "Một số khoản thu đạt thấp so với dự toán: ...", "tiến độ giải ngân chậm so với kế hoạch; ...": items rated against
# their plan, with no amount of the plan said (the clause ends there); the amounts the list then names were collected
_RATED_AGAINST_PLAN = re.compile(
    r"\b(?:đạt\s+)?(?:thấp|cao|khá|chậm|nhanh)(?:\s+hơn)?\s+so\s+(?:với\s+)?(?:kế\s+hoạch|dự\s+toán)"
    r"(?:\s+(?:đề\s+ra|giao|được\s+giao|năm))*(?=\s*[,;.:])", _I)


# "HĐND tỉnh đã thông qua Nghị quyết phê chuẩn quyết toán ngân sách năm 2024": the council approves the
# settled accounts; its approval makes them no plan
_SETTLEMENT_APPROVED = re.compile(
    r"(?:HĐND|Hội\s+đồng\s+nhân\s+dân)[^,;.]{0,20}?thông\s+qua|phê\s+(?:duyệt|chuẩn)|quyết\s+nghị|thông\s+qua", _I
)


@per_document(maxsize=256)  # (pure; two in five asked again: the sentences before a paragraph's figures)
def _without_plans_read_against(text: str) -> str:
    if "%" in text or "lần" in text:
        text = _READ_AGAINST.sub(lambda m: " " * len(m.group()), text)
    if "toán" in text and re.search(r"quyết\s+toán", text, _I):
        text = _SETTLEMENT_APPROVED.sub(lambda m: " " * len(m.group()), text)
    if "đảm bảo" in text or "đúng" in text or "hoàn thành" in text or "vượt" in text:
        text = _KEPT_TO_PLAN.sub(lambda m: " " * len(m.group()), text)
    if "so" in text:
        text = _RATED_AGAINST_PLAN.sub(lambda m: " " * len(m.group()), text)
    return text


@per_document(maxsize=256)
def _last_measure_word(text: str) -> str | None:
    """'plan' or 'actual' from the measure word said last in ``text``, None when there is none."""
    text = _without_plans_read_against(text)
    plan = [m.end() for m in _PLAN_WORDS.finditer(text)]
    actual = [m.end() for m in _ACTUAL_WORDS.finditer(text)]
    if not plan and not actual:
        return None
    return "plan" if max(plan, default=-1) > max(actual, default=-1) else "actual"


@per_document(maxsize=256)  # (pure; two in five asked again: the sentences before, a section's heading)
def _first_measure_word(text: str) -> str | None:
    """'plan' or 'actual' from the measure word said first in ``text`` (what the sentence is about)."""
    text = _without_plans_read_against(text)
    # (the first match of a scan ends first: each match after it starts where one before it ended, or later, so
    # the least end of ``finditer`` is the end of ``search``'s match, found without scanning the rest)
    plan = (m.end() if (m := _PLAN_WORDS.search(text)) is not None else None)
    actual = (m.end() if (m := _ACTUAL_WORDS.search(text)) is not None else None)
    if plan is None and actual is None:
        return None
    return "plan" if actual is None or (plan is not None and plan < actual) else "actual"


# "… hỗ trợ làm nhà ở cho 412 hộ nghèo …; tổng kinh phí 18,13 tỷ đồng": the total cost opening a clause of its own
# after support said given to a count of recipients (or works built, repaired for them) is what that support cost,
# done, as "với tổng kinh phí" after it is (``_PLAN_WORDS``); a plan or an aim said before it in the sentence ("dự kiến
# hỗ trợ 500 hộ; tổng kinh phí …", "Kế hoạch năm 2027 hỗ trợ …") keeps it planned, and a scheme's cost said with no
# such deed ("Đề án …, tổng kinh phí 1.200 tỷ đồng") stays the plan "tổng kinh phí" reads
_TOTAL_COST_OPENS_THE_CLAUSE = re.compile(r"\s*tổng\s+(?:số\s+)?kinh\s+phí(?:\s+(?:là|khoảng|gần|hơn|trên))?\s*$", _I)
_SUPPORT_GIVEN_TO_A_COUNT = re.compile(r"\b(?:hỗ\s+trợ|trao|tặng|xây\s+dựng|sửa\s+chữa|làm)\b[^.;!?]*?\d", _I)
_AIMED_OR_PLANNED = re.compile(r"\b(?:dự\s+kiến|phấn\s+đấu|kế\s+hoạch|đề\s+án|sẽ|cần|tiếp\s+tục)\b", _I)


def _the_cost_of_support_given(before: str, clause: str) -> bool:
    """Is ``clause``, the figure's, a bare "tổng kinh phí" after support given to a count, said as done, in its
    sentence (``before``)?"""
    if not _TOTAL_COST_OPENS_THE_CLAUSE.fullmatch(clause):
        return False
    said_before = before[: len(before) - len(clause)]
    return (
        _SUPPORT_GIVEN_TO_A_COUNT.search(said_before) is not None
        and _AIMED_OR_PLANNED.search(said_before) is None
        and _last_measure_word(said_before) != "plan"
    )


def _clause_without_asides(before: str) -> str:
    """The figure's clause with closed brackets passed over: in "kế hoạch vốn giao cho huyện X
    (tỉnh Y) là 357 tỷ đồng" the clause is the whole phrase, not " là "."""
    if ")" in before:
        before = ASIDE.sub(lambda m: " " * len(m.group()), before)
    return last_clause(before, r"[;,()]")


# "đạt 51% dự toán Trung ương, 46% dự toán tỉnh và 93% so với cùng kỳ": the verb of a list of
# rates reads every one of them, the last is this year's amount as a % of last year's
# ("..., đạt gần 48% nhiệm vụ chi và đạt hơn 93% so cùng kỳ": the same with its own verb)
_RATE_LIST_AFTER_REACH = re.compile(
    rf"\b(?:đạt|bằng)\s+(?:[\d.,]+\s*%(?:(?!tăng|giảm)[^.;:!?])*?(?:,|\svà)\s*|(?:(?:{HEDGE_WORDS})\s+)?)$", _I
)
_SAME_PERIOD_AFTER = re.compile(r"\s*so\s+(?:với\s+)?cùng\s+kỳ", _I)


def _share_of_last_year(ctx: FigureContext) -> bool:
    """A bare rate in a list after "đạt/bằng" read against the same period last year."""
    return (
        ctx.unit == "pct"
        and ctx.metric == "level"
        and _SAME_PERIOD_AFTER.match(ctx.after) is not None
        and _RATE_LIST_AFTER_REACH.search(ctx.before) is not None
    )


# capital a disbursement rate leaves out of its base ("nếu loại trừ hơn 9.200 tỷ đồng vốn được phép kéo dài và
# vốn bổ sung, tỷ lệ giải ngân đạt 57%"): an amount allocated, whatever verb the sentence opened with
_LEFT_OUT_CAPITAL_BEFORE = re.compile(rf"(?:loại\s+trừ|không\s+tính|trừ\s+đi)\s+(?:(?:{HEDGE_WORDS})\s+)?"
                                      r"(?:số\s+)?$", _I)
_CAPITAL_AFTER = re.compile(r"\s*vốn\b", _I)


# a clause that only says how the amount before it stands now, with no subject of its own
_RESTATED_AMOUNT = re.compile(r"\s*(?:và\s+)?(?:đến\s+nay|hiện\s+nay|nay|sau\s+(?:khi\s+)?điều\s+chỉnh)\s+"
                              r"(?:là|còn|lên|tăng\s+lên|giảm\s+còn)\s*", _I)


# "..., đạt 95% dự toán", "vượt 20% kế hoạch", "bằng 110% so với tỉnh giao" right after an amount
_RATE_OF_PLAN_AFTER = re.compile(  # (its rate in brackets too: "11.340 tỷ đồng (đạt 78,2% dự toán)")
    rf"\s*,?\s*\(?\s*(?:đạt|bằng|vượt)\s+(?:(?:{HEDGE_WORDS})\s+)?[\d.,]+\s*%\s*(?:so\s+(?:với\s+)?)?"
    r"(?:dự\s+toán|kế\s+hoạch|KH\b|nghị\s+quyết|chỉ\s+tiêu|(?:\w+\s+){1,3}giao\b)",
    _I,
)


_GROWTH_RATE_NAMED = re.compile(r"\b(?:tốc\s+độ|mức|tỷ\s+lệ|tỉ\s+lệ)\s+tăng(?:\s+trưởng)?\b", _I)
# A list's line: a numbered or dashed item, or a label with its colon (or its cell's bar) before an
# amount ("Chi thường xuyên: 31.408.900 triệu đồng, trong đó: ..."); the line that opens the list ends
# with its colon
_LIST_LINE = re.compile(r"\s*(?:[-+•]|\d{1,2}[.)]|[a-zđ]\))\s|[^\n]*?(?::|\s\|)\s*\d", _I)
_OPENS_A_LIST = re.compile(r":\s*$")


@per_document(maxsize=256)  # (pure; the lines of one list ask for the same lines above them)
def _list_openings(preceding: str) -> tuple[str, ...]:
    """The lines that opened the list a line belongs to, innermost first: back over the list's lines
    before it, every line that ends with a colon, until a line of another kind. A sub-list's opening
    is itself a line of the list above it ("1. Điều chỉnh tăng thu: 6.400.000 đồng, trong đó gồm:"
    under "Điều 1. Điều chỉnh dự toán thu, chi như sau:")."""
    openings = []
    for line in reversed([line for line in preceding.split("\n") if line.strip()][-30:]):
        if _OPENS_A_LIST.search(line):
            openings.append(line)
            if not _LIST_LINE.match(line):
                break
        elif not _LIST_LINE.match(line):
            break
    return tuple(openings)


def _list_opening(preceding: str) -> str | None:
    """The line that opened the list a line belongs to: back over the list's lines before it to the
    first line that ends with a colon; None when a line of another kind comes first."""
    openings = _list_openings(preceding)
    return openings[0] if openings else None


def _measure_of_the_list(ctx: FigureContext) -> str | None:
    """"... điều chỉnh phương án phân bổ dự toán ngân sách như sau:" over the lines "Chi đầu tư phát
    triển: 9.770.917 triệu đồng": a list's lines without measure words are what its opening says."""
    preceding = _lines_before(ctx)
    # the opening's own list of amounts ("như sau: Tổng chi ... 41.991 triệu đồng, ... như sau:")
    # is read from its first words; an opening without measure words is what the list it sits in is
    for opening in _list_openings(preceding):
        measure = _first_measure_word(opening)
        if measure is not None:
            return measure
    return None


# the plan said as a growth right before the rate ("/KH tăng 10-12%", "kế hoạch tăng 9%")
_PLANNED_GROWTH = re.compile(r"(?:\bKH|kế\s+hoạch)\s+tăng\s+(?:từ\s+)?(?:[\d.,]+\s*%?\s*[-–]\s*)?$", _I)
# a rise aimed at, its verb right before the rate ("phấn đấu thu ngân sách tăng bình quân 8-10% mỗi năm",
# "thu ngân sách tăng 12%/năm" among targets): the growth the aim sets, not a share of a plan
# ("tăng ít nhất 10%", "tăng tối thiểu 8%", "tăng trên 12%": a floor or a hedge on the rise)
_AIMED_RISE = re.compile(r"\btăng\s+(?:bình\s+quân\s+)?(?:(?:hằng|hàng|mỗi)\s+năm\s+)?"
                         rf"(?:(?:{BOUNDS_BY_QUALIFIER['over']}|{HEDGE_WORDS})\s+)?(?:từ\s+)?"
                         r"(?:[\d.,]+\s*%?\s*[-–]\s*)?$", _I)


# an amount followed straight by the plan it is ("657 tỷ đồng kế hoạch vốn", "40 tỷ đồng dự toán")
_PLAN_NAMED_RIGHT_AFTER = re.compile(r"\s*(?:kế\s+hoạch|dự\s+toán)\b", _I)


# "3 tháng đầu năm 2026", "quý I năm 2026", "đầu năm 2027": a part of a year, reported as it passes
_PART_OF_A_YEAR = re.compile(r"(?:\btháng(?:\s+\d{1,2})?|\bquý\s+\w+|\bđầu|\bcuối|\bgiữa)\s+năm\s+(?:19|20)\d\d", _I)


# "đạt 60% khối lượng (công việc / xây lắp / thi công)": the share of a work's volume built
_SHARE_OF_THE_WORKS_AFTER = re.compile(r"\s*(?:tổng\s+)?khối\s+lượng\b", _I)


# "Dự án ...: khối lượng thực hiện đạt 80%": the share of a work built, its progress, no money (not the value of the
# work done, "giá trị khối lượng thực hiện đạt 1.250 tỷ đồng", nor a rate of the capital plan after it)
_WORKS_DONE_BEFORE = re.compile(
    r"(?<!trị\s)\bkhối\s+lượng\s+(?:công\s+việc\s+|xây\s+lắp\s+)?(?:thực\s+hiện|hoàn\s+thành|thi\s+công)\b[^,;:()\d]*$",
    _I,
)
_CAPITAL_PLAN_AFTER = re.compile(r"\s*(?:so\s+với\s+)?(?:(?:tổng\s+)?(?:kế\s+hoạch|KH|dự\s+toán)\s+)?vốn\b", _I)


def _progress_of_the_works(ctx: FigureContext) -> bool:
    """Is the rate the share of a work built ("khối lượng thực hiện đạt 80%"), not a rate of its capital?"""
    clause = ctx.clause_before()
    return (
        "khối" in clause
        and _WORKS_DONE_BEFORE.search(clause) is not None
        and _CAPITAL_PLAN_AFTER.match(ctx.after) is None
    )


# A title line over its lead with a blank line between, no full stop after it ("Về tình hình giải ngân vốn đầu tư
# công năm 2025" over "Tổng kế hoạch vốn ... là 18.420 tỷ đồng, trong đó vốn ngân sách trung ương 9.150 tỷ đồng"), is
# read into the lead's sentence by the layout, its line breaks blanked: two or more spaces before a capital. The title
# does not say what the lead's figures measure.
_JOINED_PARAGRAPH_BREAK = re.compile(r"\s{2,}(?=" + UPPER + ")")
_SENTENCES_APART = re.compile(r"(?<=[.!?])\s+|\s{2,}(?=" + UPPER + ")")


def _after_a_joined_paragraph_break(before: str) -> str:
    if "  " not in before:
        return before
    breaks = list(_JOINED_PARAGRAPH_BREAK.finditer(before))
    return before[breaks[-1].end():] if breaks else before


# "bằng 82% DT, bằng 105% CK": the same period last year written short, right after the rate
_SAME_PERIOD_ABBREVIATED = re.compile(r"\s*(?:so\s+(?:với\s+)?)?CK\b")


# ("còn hơn 1.200 tỷ đồng vốn đầu tư công chưa giải ngân": the capital named between, its years too, "vốn kế hoạch
# năm 2024 kéo dài sang năm 2025 chưa giải ngân", but no other amount)
_NOT_YET_PAID_AFTER = re.compile(rf"\s*(?:(?:{_MONEY_SCALES})\s+)?(?:đồng\s+)?"
                                 r"(?:(vốn\b(?:[^,;.()\d]|(?<![\d.,])(?:19|20)\d\d(?![\d.,])){0,70}?)\s+)?"
                                 r"(chưa\s+(?:được\s+)?giải\s+ngân)\b", _I)


# the money a closed year left over ("Kết dư ngân sách tỉnh năm 2023"), not a revenue taken from it ("thu kết dư")
_SURPLUS_LEFT = re.compile(r"(?<!thu\s)\bkết\s+dư\b", _I)


# a rate said to equal a share of a budget's own amount, no plan nor last year's named after it ("bằng 2,1% tổng thu
# ngân sách địa phương được hưởng", "bằng 12% số thu ngân sách địa phương", "bằng 1,5% GRDP")
_SHARE_OF_AN_AMOUNT_AFTER = re.compile(r"\s*(?:tổng\s+(?:số\s+)?(?:thu|chi)|số\s+thu|tổng\s+sản\s+phẩm|GRDP)\b"
                                       r"(?![^,;.()]*(?:dự\s+toán|kế\s+hoạch|\bKH\b|cùng\s+kỳ|năm\s+trước))", _I)
# (or reaching it: "chi cho khoa học, công nghệ đạt 3% tổng chi ngân sách địa phương", a share aimed at or attained)
_SAID_EQUAL = re.compile(r"\b(?:bằng|đạt|chiếm)\s*$", _I)


def measure_of(ctx: FigureContext) -> str | None:
    """actual / plan / plan_pct / yoy_pct from the figure's metric and the budget words."""
    if ctx.unit == "pct":
        if _SAID_EQUAL.search(ctx.before[-8:]) and _SHARE_OF_AN_AMOUNT_AFTER.match(ctx.after):
            # "Bội chi ngân sách địa phương 1.200 tỷ đồng, bằng 2,1% tổng thu NSĐP được hưởng": a share of a whole,
            # which the budget table has no measure for (no share of any plan)
            return None
        if _rate_of_a_budget(ctx):
            # "phấn đấu điều tiết 4% về ngân sách Trung ương", "các đơn vị phải tiết kiệm 10% chi thường xuyên": the
            # share aimed at or required is planned; "đã tiết kiệm chi thường xuyên 5% dự toán": done
            aimed = ctx.metric == "target" or _AIM.search(ctx.before) or _REQUIRED.search(ctx.before)
            return "plan" if aimed else "actual"
        if _short_of_the_plan(ctx):
            return "plan_pct"  # "hụt 9% so với dự toán": 91% of the estimate (route_budget takes it from 100)
        if _short_of_last_year(ctx):
            return "yoy_pct"  # "hụt 46% so với cùng kỳ": -46 (route_budget turns its sign)
        if ctx.metric in ("plan_pct", "level") and "CK" in ctx.after[:12] and _SAME_PERIOD_ABBREVIATED.match(ctx.after):
            return "yoy_pct"  # "bằng 105% CK": of last year's, its value read as a change by route_budget
        if "khối" in ctx.after[:20] and _SHARE_OF_THE_WORKS_AFTER.match(ctx.after):
            return None  # "đã giải ngân 2.150 tỷ đồng, đạt 60% khối lượng": how much of the works is built, no money
        if _progress_of_the_works(ctx):
            return None
        if ctx.metric == "plan_pct" and "năm" in ctx.after[:40] and _plan_against_an_earlier_estimate(ctx):
            return "yoy_pct"  # "Dự toán thu năm 2027 ..., tăng 12% so với dự toán năm 2026": the plan's own growth
        if ctx.metric in ("plan_pct", "yoy_pct"):
            return ctx.metric
        if ctx.metric == "share_pct" and _RATE_IN_BRACKETS.search(ctx.before) and _PLAN_BASE_AFTER.match(ctx.after):
            # "Trong đó, thu từ hoạt động xuất, nhập khẩu đạt 320 tỷ đồng (62,3% dự toán)": a part's rate in brackets
            # is its share of its own estimate when the bracket names it, not its share of the whole broken down
            return "plan_pct"
        if ctx.metric == "yoy_abs":
            # "giải ngân đạt 61%, cao hơn 2,9% so với cùng kỳ": the gap to last year's rate is the
            # budget table's change on the same period (it has no absolute change of its own)
            return "yoy_pct"
        if _share_of_last_year(ctx):
            return "yoy_pct"  # its value is read as a change by route_budget
        # a growth aimed at or set by a plan is what the plan sets, as an aimed amount is (CONVENTIONS: the targets a
        # report sets are the budget's plan), its rate in pct: "Giai đoạn 2026-2030, phấn đấu thu ngân sách bình quân
        # tăng 12%/năm", "thu ngân sách ... tăng 18,4%/KH tăng 10-12%" (the 10-12), "chỉ tiêu: tốc độ tăng thu ngân
        # sách bình quân hằng năm đạt 12%" (no share of a plan); a growth done stays ``yoy_pct`` above
        if ctx.metric == "target" and (("tăng" in ctx.before[-40:] and _AIMED_RISE.search(ctx.before[-40:]))
                                       or _PLANNED_GROWTH.search(ctx.before) or _GROWTH_RATE_NAMED.search(ctx.before)):
            return "plan"
        if ctx.metric in ("level", "share_pct", "target") and _PERCENT_REACH.search(ctx.before):
            # "giải ngân đạt 28%", "578/2.157,1 tỷ đồng đạt 33%": share of plan; "phấn đấu ...
            # giải ngân đạt 100%": the share of plan aimed at
            return "plan_pct"
        if ctx.metric == "level" and "ngân" in ctx.before and _PAID_OUT_RATE_SAID.search(ctx.before):
            return "plan_pct"  # "tỷ lệ giải ngân là 62,1%": the share of the plan paid out, said with the copula
        if ctx.metric == "level" and "ngân" in ctx.before and _a_paid_out_rate_beside_its_amount(ctx):
            return "plan_pct"
        if ctx.metric in ("level", "share_pct") and _a_bare_rate_in_brackets_of_a_plans_amount(ctx):
            return "plan_pct"
        if ctx.metric in ("level", "share_pct") and _reached_as_a_list(ctx.before):
            return "plan_pct"  # "đạt kế hoạch lần lượt 44%; 40% và 1%": each rate of the list
        if ctx.metric == "level" and _RATE_IN_BRACKETS.search(ctx.before) and _REACHED_RATES.search(ctx.before):
            # "các khoản thu đạt tỷ lệ cao: lệ phí trước bạ (92%), ...": each item's share of its estimate
            return "plan_pct" if _item_then_bracket(ctx.before) else None
        if (
            ctx.metric == "level"
            and "ngân" in (listed := _a_later_payers_list(ctx) or ctx.before)
            and _a_payers_rate_listed(listed)
        ):
            return "plan_pct"  # "giải ngân đạt tỷ lệ cao như: xã A 92%; Sở B 85%": each payer's share of its plan
        if ctx.metric == "level" and _collected_beyond(ctx.before):
            return "plan_pct"  # "thu từ xuất nhập khẩu vượt thu 9%": 109% of the estimate (route_budget adds 100)
        if ctx.metric == "level" and _progress_against_estimate(ctx):
            return "plan_pct"  # "tiến độ thu ... dự toán; các huyện ... A 79%, B (34%)"
        return None
    if ctx.metric == "yoy_abs" and "ắt giảm" in ctx.before[-40:] and _saved_ahead_of_its_spending(ctx):
        return "actual"  # "đã cắt giảm 150 tỷ đồng chi thường xuyên": the money saved, no change on last year
    if ctx.metric == "yoy_abs":
        # "tăng 130 tỷ đồng so với cùng kỳ", "(số tuyệt đối tăng 130 tỷ đồng)": a change in money,
        # not money collected or spent; the budget table has no absolute change, so the figure
        # goes on to the indicators as the change it is
        return None
    if "chưa" in ctx.after[:60] and _NOT_YET_PAID_AFTER.match(ctx.after):
        # "đã giải ngân 2.230 tỷ đồng, còn 1.220 tỷ đồng chưa giải ngân": what remains of the plan, as "số vốn chưa
        # giải ngân là ..." (``_PLAN_WORDS``), not the disbursement the clause before named
        return "plan"
    if ctx.role == "denominator" or re.search(r"/\s*$", ctx.before):
        return "plan"  # "365 tỷ đồng/978 tỷ đồng": done / planned
    if ctx.table_row:
        if ctx.metric != "target" and _measure_of_the_list(ctx) == "plan":
            return "plan"  # "Điều 1. Thông qua dự toán ... với các chỉ tiêu sau:" over the rows of amounts
        return "plan" if ctx.metric == "target" else "actual"
    if ctx.metric == "target" and _done_after_the_aim(ctx):
        return "actual"
    if ctx.metric == "target" and (_AIM.search(ctx.before) or _aimed_in_sentence_before(ctx)):
        return "plan"  # "phấn đấu ... số thu ngân sách sẽ đạt 7.000 tỷ đồng": what is aimed at
    if _plan_amount_in_brackets(ctx.before):
        return "plan"  # "đạt 35% tổng kế hoạch vốn (trên 6.641,7 tỷ đồng)": the plan's amount
    if _LEFT_OUT_CAPITAL_BEFORE.search(ctx.before[-40:]) and _CAPITAL_AFTER.match(ctx.after):
        return "plan"  # "nếu loại trừ hơn 9.200 tỷ đồng vốn được phép kéo dài": capital set aside, not spent
    if (paired := _paired_tally(ctx)) is not None and (measure := _last_measure_word(paired[1])) is not None:
        return measure  # "dự toán thu 96 tỷ đồng, chi 112 tỷ đồng": the pair's words, not "chi" as a verb
    clause = _clause_without_asides(ctx.before)
    if _RESTATED_AMOUNT.fullmatch(clause):
        # "kế hoạch vốn giao đầu năm 1.200 tỷ đồng, đến nay là 1.700 tỷ đồng": the same amount as
        # it stands now, measured as the clause before measured it
        measure = _last_measure_word(ctx.before[: len(ctx.before) - len(clause)])
        if measure is not None:
            return measure
    if "kinh" in clause and _the_cost_of_support_given(ctx.before, clause):
        return "actual"
    measure = _last_measure_word(clause)
    if measure is not None:
        return measure
    if ("không" in clause[-24:] or "tối" in clause[-24:]) and _REQUIRED_BOUND_BEFORE.search(clause):
        return "plan"  # "Thu ngân sách nhà nước không thấp hơn 16.800 tỷ đồng": a floor or ceiling set, no deed
    if "phòng" in clause and _a_reserve_set(clause):
        return "plan"  # "Dự phòng ngân sách tỉnh năm 2026 là 540 tỷ đồng" in a half-year report: the reserve set
    if "tối" in clause and _DEBT_CEILING.search(clause):
        return "plan"  # "Mức dư nợ vay tối đa của ngân sách địa phương: ...": a ceiling set, not a debt owed
    if ("ư" in clause or "Ư" in clause or "ồn" in clause or "ỒN" in clause) and _BALANCE_AT_A_DAY.search(clause):
        return "actual"  # "Dư nợ vay của ngân sách tỉnh đến 30/9/2026 là ...": a balance at a day gone by, known
    if "dư" in clause and _SURPLUS_LEFT.search(clause) and not _AIMED_AT.search(clause):
        # "Kết dư ngân sách tỉnh năm 2023 là ..." in a resolution on the estimate: what a closed year left over is
        # known, not planned (not "Thu kết dư ngân sách": the surplus an estimate plans to take in)
        return "actual"
    # "khả năng vượt dự toán năm (thu nội địa đạt 65%, 10.420 tỷ đồng)": an amount in a bracket still
    # open is measured by the bracket's own words, not by what the sentence opened with
    opened = ctx.before.rfind("(")
    if opened >= 0 and opened > ctx.before.rfind(")"):
        measure = _last_measure_word(ctx.before[opened + 1 :])
        if measure is not None:
            return measure
    if ctx.unit != "pct" and _PLAN_NAMED_RIGHT_AFTER.match(ctx.after):
        # "(bao gồm 657 tỷ đồng kế hoạch vốn chương trình ...)": with no measure word of its own
        # clause, an amount whose noun right after it is a plan is that plan's amount
        return "plan"
    # "..., trong đó: Nguồn vốn NSĐP: 906.750 triệu đồng" inherits the measure of its sentence
    measure = _first_measure_word(_after_a_joined_paragraph_break(ctx.before))
    if measure is not None:
        return measure
    if _RATE_OF_PLAN_AFTER.match(ctx.after):
        # "Tổng thu ngân sách trên 800 tỷ đồng vượt 20% dự toán": an amount read against a plan
        # right after it is what was done, whatever the sentence before was about
        return "actual"
    if (left := _left_over_into_a_year(clause)) is not None and int(left.group(1)) - 1 <= (ctx.year or 0):
        return "actual"  # "… còn dư chuyển sang năm 2026 là …" in the report of 2025: what the year left, known
    if ctx.year and (year := plan_year(ctx)) and year > ctx.year and not _PART_OF_A_YEAR.search(ctx.before):
        # "Tổng chi ngân sách địa phương năm 2027 là 13.480 tỷ đồng" in a report of 2026: an amount
        # for a year that has not begun can only be planned, whatever the sentences before say
        return "plan"
    # "HĐND tỉnh quyết nghị thông qua tổng thu 6.000 tỷ đồng. Trong đó, thu nội địa 5.800 tỷ
    # đồng": a sentence without measure words goes on with the measure of the sentence before
    # (and a paragraph that opens on "Cụ thể," with the lead's: ``_carried_text``)
    own_year = _OWN_YEAR_OPENS.match(ctx.before)
    for sentence in reversed(_SENTENCES_APART.split(_carried_text(ctx))):
        measure = _first_measure_word(sentence)
        if measure == "plan" and own_year is not None and _a_later_year_named(sentence, int(own_year.group(1))):
            break  # "Năm 2027 sẽ đấu giá 45 khu đất theo kế hoạch. Năm 2026, thành phố thu 2.780 tỷ đồng": a year done
        if measure is not None:
            return measure
    measure = _measure_of_the_list(ctx)
    if measure is not None:
        return measure
    # "Điều 1. Dự toán ngân sách năm 2026" over "1. Tổng thu ngân sách: 9.850.000 triệu đồng": a
    # list without measure words is what its heading says it is
    return _first_measure_word(ctx.heading) or (
        "plan" if _estimate_adopted_before(ctx) or _an_article_on_the_estimate_resolved(ctx)
        or _under_a_title_on_the_estimate(ctx) else "actual")


# A sentence opening on a year of its own ("Năm 2026, thành phố đấu giá thành 21 khu đất, thu 2.780 tỷ đồng") tells
# that year's deeds: a plan said before it for a later year (the year after's auctions "theo kế hoạch") is no plan
# of its amount
_OWN_YEAR_OPENS = re.compile(r"\s*(?:Trong\s+|Cả\s+)?năm\s+((?:19|20)\d\d)\s*,", _I)
_YEAR_NAMED = re.compile(r"\bnăm\s+((?:19|20)\d\d)\b", _I)


def _a_later_year_named(sentence: str, year: int) -> bool:
    """Does ``sentence`` name a year after ``year``?"""
    return any(int(named) > year for named in _YEAR_NAMED.findall(sentence))


# A budget's contingency reserve named as the subject of its amount ("Dự phòng ngân sách tỉnh năm 2026 là 540 tỷ
# đồng", "nguồn dự phòng ngân sách cấp xã 4,2 tỷ đồng"): the amount set aside in the estimate, a plan, unless the
# clause says it was used ("đã sử dụng dự phòng 125 tỷ đồng", "chi từ nguồn dự phòng", "dự phòng còn lại": done)
_RESERVE_SET = re.compile(r"\bdự\s+phòng\s+(?:ngân\s+sách|NS)\b", _I)
_RESERVE_USED = re.compile(r"\b(?:sử\s+dụng|dùng|trích|chi|xuất|cấp|hỗ\s+trợ|còn(?:\s+lại)?|từ|giải\s+ngân|đã)\b", _I)


# A bound an amount is held to, said right before it with no measure word in its clause ("không thấp hơn", "không
# dưới", "tối thiểu", "không (vượt) quá"): the words of a requirement set (a resolution's, a plan's), not of a deed
_REQUIRED_BOUND_BEFORE = re.compile(
    r"(?:\bkhông\s+(?:thấp|ít|kém|cao)\s+hơn|\bkhông\s+dưới|\btối\s+thiểu|\bkhông\s+(?:vượt\s+)?quá)\s*$", _I
)


# The most a local budget may owe or borrow ("Mức dư nợ vay tối đa của ngân sách địa phương", "mức vay tối đa"): a
# ceiling its estimate sets, planned whatever report it is said in
_DEBT_CEILING = re.compile(r"\b(?:dư\s+nợ|vay)\s+(?:vay\s+)?tối\s+đa\b", _I)


# A budget's balance or debt at a day ("Dư nợ vay của ngân sách địa phương đến 30/9/2026 là ...", "số dư ngân sách đến
# ngày 15/12", "tồn quỹ ngân sách xã đến hết ngày 31/10"): what stands at that day, counted, not planned
_BALANCE_AT_A_DAY = re.compile(
    r"\b(?:dư\s+nợ|số\s+dư|tồn\s+quỹ)\b[^,;:]{0,60}?\bđến\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\b", _I)


def _a_reserve_set(clause: str) -> bool:
    """Is ``clause`` (a figure's, with no measure word) the reserve of a budget named as its amount's subject, the
    last item it names and no word of its use in it?"""
    reserve = _RESERVE_SET.search(clause)
    found = nearest_item(clause)
    return (reserve is not None and found is not None and found[1] == reserve.start()
            and _RESERVE_USED.search(clause) is None)


@per_document(maxsize=256)  # (pure; two in five asked again by the figures of a sentence)
def _bases(text: str) -> tuple[tuple[int, str], ...]:
    """(position, basis) of every plan issuer named in ``text``, in order."""
    return tuple(sorted((m.start(), basis)
                        for basis, pattern in _BASIS_PATTERNS.items() for m in pattern.finditer(text)))


_CLAUSE_MARKS = r"[,;:.!?\n]"  # (a sentence's end too: a plan's issuer said in a sentence before is another clause)
_CLAUSE_REACH = 160  # (characters back from a plan's issuer to the start of its clause, at most)


def _said_of_no_budget(text: str, at: int) -> bool:
    """Is the plan at ``at`` the one a figure that is no budget figure of the province is read against, its subject
    named in its clause before it (``_NOT_BUDGET_CLAUSE``: "Cả nước giải ngân đạt 60% kế hoạch Thủ tướng giao", the
    country's; "doanh thu đạt 105% kế hoạch tỉnh giao", firms')? (The clause as ``last_clause`` cuts it, at most
    ``_CLAUSE_REACH`` characters back.)"""
    return _NOT_BUDGET_CLAUSE.search(last_clause(text[max(0, at - _CLAUSE_REACH) : at], _CLAUSE_MARKS)) is not None


def _own_bases(text: str) -> list[tuple[int, str]]:
    """``_bases`` of ``text`` but for the plans of figures that are no budget figures of the province: a plan's issuer
    said of another subject does not cross to the province's rates ("Cả nước giải ngân đạt 60% kế hoạch Thủ tướng
    giao. Tỉnh giải ngân đạt 65%")."""
    return [hit for hit in _bases(text) if not _said_of_no_budget(text, hit[0])]


def _family(item: str | None) -> str | None:
    """Revenue, spending or investment: a plan's issuer carries over only within one of them."""
    if item is None:
        return None
    return item.split("_")[0] if item.startswith(("revenue", "expenditure")) else "investment"


@per_document(maxsize=256)
def _carried_basis(text: str, item: str | None = None) -> str | None:
    """The basis of the last sentence in ``text`` that names one, when it names only one kind and
    speaks of the same family of items (a revenue plan's issuer says nothing of investment)."""
    hits = [*_own_bases(text), *((m.start(), "provincial") for m in _PROVINCE_ALLOCATES.finditer(text))]
    hits.sort()
    if not hits:
        return None
    cut = max((m.end() for m in re.finditer(r"[.!?]\s", text[: hits[-1][0]])), default=0)
    end = re.search(r"[.!?](?:\s|$)", text[hits[-1][0] :])
    said_of = nearest_item(text[cut : hits[-1][0] + end.start() if end else len(text)])
    # (the programmes' plan is not the capital plan said of public investment as a whole, nor the other way round: "Vốn
    # đầu tư công Thủ tướng Chính phủ giao 9.800 tỷ đồng … Vốn các chương trình mục tiêu quốc gia … đạt 58,7%")
    if item is not None and said_of is not None and item != "other" and (
            _family(said_of[0]) != _family(item) or (item == "target_programme") != (said_of[0] == "target_programme")):
        return None
    kinds = {basis for pos, basis in hits if pos >= cut}
    return kinds.pop() if len(kinds) == 1 else None


def _says_nothing(words: str) -> bool:
    """Nothing but spaces and an end mark: "So với dự toán Trung ương giao, thu ngân sách đạt 72%." """
    return not words.strip(" \t\n.!?…/")  # (and the "./." that closes a news item)


_ASIDE_WITH_AN_AMOUNT = re.compile(r"\([^()]*\d[^()]*\)?")


# the next rate of the sentence read against a plan its issuer sets ("..., đạt 80,6% kế hoạch Thủ tướng giao")
_NEXT_RATE_OF_A_PLAN = re.compile(r"[\d.,]+\s*%\s*(?:so\s+(?:với\s+)?)?(?:dự\s+toán|kế\s+hoạch|KH\b)([^;,.]*)", _I)


def _an_issuers_plan_next(after: str) -> bool:
    """Is the next rate after the figure's own plan read against a plan named with its issuer? Two rates of one
    amount against two plans: the one named bare is not the issuer's, whatever issuer the passage named before."""
    nxt = _NEXT_RATE_OF_A_PLAN.search(after[: after.find(";")] if ";" in after else after)
    return nxt is not None and bool(_bases(nxt.group(1)))


def plan_basis(ctx: FigureContext, item: str) -> str | None:
    """Who set the plan: the words right after the figure, else the nearest ones before it, else
    (for a % of an unnamed plan) the one the passage named last."""
    head = re.split(r"[;,]", ctx.after, maxsplit=1)[0]
    if "(" in head and ctx.unit != "pct":
        # "4.560 tỷ đồng (kế hoạch Thủ tướng Chính phủ giao 3.980 tỷ đồng)": a bracket with an amount of its own
        # names the plan of that amount, a part, not who set this one ("978 tỷ đồng (dự toán tỉnh giao)" does)
        head = _ASIDE_WITH_AN_AMOUNT.sub(" ", head)
    if ctx.unit != "pct":
        # "978 tỷ đồng, đạt 37% dự toán tỉnh giao": the plan is the one the next % is read against
        m = re.match(r"\s*,?\s*(?:đạt|bằng)\s+[\d.,]+\s*%([^;,]*)", ctx.after)
        head = m.group(1) if m else head
    found = _bases(head)
    if found:
        return found[0][1]
    if _STATUTORY_ESTIMATE.match(head):
        return "central"  # "bằng 21,1% DTPL": the statutory estimate (dự toán pháp lệnh) the centre assigns
    if ctx.unit == "pct" and _STRIVING_PLAN.match(head):
        return None  # "bằng 95% kế hoạch phấn đấu": the unit's own stretch goal, no issuer's plan carried
    if ctx.unit != "pct" and _RESOLUTION_AMOUNT.search(ctx.before):
        return "provincial"  # "so với nghị quyết đề ra (23.600 tỷ đồng)": the council's resolution's amount
    if ctx.unit != "pct" and _ADOPTING_RESOLUTION.search(ctx.before) and not _bases(ctx.before):
        return "provincial"  # "Theo Nghị quyết đã thông qua, ... dự toán ...: Tổng thu ...": the council adopted it
    if ctx.unit == "pct" and _BARE_RESOLUTION.match(head):
        return "provincial"  # "bằng 145,84% Nghị quyết": the local council's resolution (HĐND giao)
    if ctx.unit == "pct" and "%" in ctx.after and _ANY_PLAN.search(head) and _an_issuers_plan_next(ctx.after):
        return None  # "đạt 70% kế hoạch vốn giao, đạt 80% kế hoạch Thủ tướng Chính phủ giao": another plan than that
    hits = _own_bases(ctx.before)
    if (hits and ctx.unit != "pct" and ";" in ctx.before[hits[-1][0]:]
            and _LOCAL_SOURCE.search(ctx.clause_before(r"[;]")) is not None):
        # "... được Trung ương giao 645,8 tỷ đồng thực hiện Chương trình; ngân sách tỉnh đối ứng 32,3 tỷ đồng": the
        # local budget's own share, said in a part of its own, is no plan the issuer before the semicolon set
        return None
    if hits and (_ANY_PLAN.search(head) or ctx.unit != "pct" or _says_nothing(head)):
        named = nearest_item(ctx.before[:hits[-1][0]]) if ctx.unit == "pct" else None
        if named is not None and _family(named[0]) != _family(item):
            # "Thu ngân sách đạt ..., bằng 121% dự toán Trung ương giao; chi ngân sách ... bằng 94% dự toán": the
            # issuer of the revenue's estimate says nothing of the spending's (as ``_carried_basis`` carries it)
            return None
        return hits[-1][1]
    if ctx.unit != "pct" and _PROVINCE_ALLOCATES.search(ctx.before):
        return "provincial"  # "UBND tỉnh đã phân bổ 1.501 triệu đồng": the province set the amount
    if ctx.unit != "pct" and _a_province_named_allocates(ctx.before):
        return "provincial"  # "Lâm Đồng giao dự toán thu ngân sách năm 2026 hơn 28.500 tỷ đồng" (a headline)
    if ctx.unit != "pct":
        # "HĐND tỉnh quyết nghị thông qua tổng thu 6.000 tỷ đồng. Trong đó, thu nội địa 5.800 tỷ
        # đồng": the breakdown of a plan has the plan's issuer (not the plan a rate of the sentence before is read
        # against: "..., tăng 12,5% so với dự toán Trung ương giao. Trong đó: thu nội địa ..." is the council's)
        carried = _carried_text(ctx)
        # (an adopted budget: revenue and spending alike; an issuer of revenue or spending says nothing of the capital
        # plan, "... được Trung ương giao dự toán thu ngân sách 73.600 tỷ đồng. Tổng vốn đầu tư công năm 2025 là ...")
        basis = _carried_basis(_without_plans_read_against(carried),
                               item if _family(item) == "investment" and item != "other" else None)
        if basis is None and "quyết" in carried and _COUNCIL_ADOPTS_ESTIMATE.search(carried):
            return "provincial"
        if basis is None and (_adopted_by_the_lists_opening(ctx) or _estimate_adopted_before(ctx)
                              or _under_a_title_on_the_estimate(ctx)):
            return "provincial"  # (an amount planned: the council's adoption said in the passage before sets it)
        return basis
    if not _ANY_PLAN.search(head):
        # "đạt 110%, vượt 300 tỷ đồng so với dự toán HĐND tỉnh giao": the plan named further on,
        # before any other percentage
        rest = ctx.after[: m.start()] if (m := re.search(r"%", ctx.after)) else ctx.after
        found = _bases(rest)
        if found:
            return found[0][1]
    if "giao" in ctx.before and _PLAN_GIVEN_WITHOUT_ISSUER.search(ctx.before):
        # "Vốn các chương trình mục tiêu quốc gia được giao 2.150 tỷ đồng; đã giải ngân 690 tỷ đồng, đạt 32%": the plan
        # the rate is of is the one its sentence gave, whose issuer it does not name (not another plan's said before)
        return None
    if _ANY_PLAN.search(head) or _says_nothing(head):
        # "đạt 108% dự toán" after "... so với dự toán HĐND tỉnh giao": the plan the passage named
        basis = _carried_basis(ctx.preceding + "\n" + ctx.paragraph_before, item)
        if basis == "central" and (_LOWER_UNIT_SUBJECT.match(subject := _subject(ctx))
                                   or ("ách" in subject and _LOWER_BUDGET.search(subject))):
            # ("Phường Xuân Hương thu 1.140 tỷ đồng, đạt 86% dự toán" after the province's rate of the centre's
            # estimate: the centre sets no commune's or district's estimate)
            return None
        if basis == "central" and _local_budget_said_apart(ctx, item):
            # ("NSĐP giải ngân 878,8 tỷ đồng, đạt 52,9% kế hoạch" after "... đạt 36% kế hoạch Trung ương giao": the
            # local budget's capital said in a sentence of its own is read against its own plan, not the centre's;
            # "Thu NSĐP 9 tháng đạt 72% dự toán" after the state revenue's rate of the centre's estimate: the local
            # budget's revenue or spending likewise)
            return None
        return basis
    return None


# the local budget named as such ("NSĐP", "ngân sách địa phương"; not "ngân sách tỉnh", said loosely of the state
# budget on the province's territory)
_LOCAL_BUDGET_AS_SUCH = re.compile(r"\bNSĐP\b|\bngân\s+sách\s+địa\s+phương\b", _I)


def _local_budget_said_apart(ctx: FigureContext, item: str) -> bool:
    """Is the figure the local budget's, said in a sentence of its own that is no breakdown of the one before ("Trong
    đó, thu NSĐP ...")? Its capital (any local source), its revenue or spending (the local budget named as such)."""
    own = _last_sentence(ctx.before)
    if item == "public_investment":
        return bool(_LOCAL_SOURCE.search(own))
    return (_family(item) in ("revenue", "expenditure") and ("NS" in own or "địa" in own)
            and _LOCAL_BUDGET_AS_SUCH.search(own) is not None and not _BREAKDOWN.match(own))


# a plan's amount given in the figure's sentence, no issuer named ("được giao 2.150 tỷ đồng", "được giao là 980 tỷ")
_PLAN_GIVEN_WITHOUT_ISSUER = re.compile(rf"\bđược\s+giao\s+(?:là\s+)?(?:(?:{HEDGE_WORDS})\s+)?\d", _I)


# a commune, a ward, a district or a special zone as the subject ("Phường X thu ...", "đặc khu Y thu ...", "các xã ...")
_LOWER_UNIT_SUBJECT = re.compile(rf"\W*(?:các\s+|nhiều\s+)?(?:{LOWER_UNIT_WORDS})\b", _I)
# the budget of a lower level named in the subject ("thu ngân sách cấp xã đạt 1.860 tỷ đồng, bằng 58% dự toán năm")
_LOWER_BUDGET = re.compile(rf"\bngân\s+sách\s+(?:cấp\s+)?(?:{LOWER_UNIT_WORDS})\b", _I)


# A council's session that adopts the budget estimate by its resolution ("HĐND tỉnh Tuyên Quang khóa XIX tổ chức kỳ
# họp thứ 5, thông qua Nghị quyết về dự toán ngân sách nhà nước năm 2026 ..." / "Theo đó, dự toán thu ... là 8.250 tỷ
# đồng"): the amounts that follow are the plan the local council set, however many words stand between the council
# and its act (a session, its number, its day), within the sentence
# (or the estimate adopted with its resolution left unsaid, as a headline says it: "HĐND xã Nam Trực thông qua dự toán
# ngân sách năm 2026")
# (and the committee that allots it by its decision: "UBND tỉnh Lâm Đồng ban hành Quyết định giao dự toán thu, chi
# ngân sách nhà nước năm 2026.", the province's plan as the council's is)
_COUNCIL_ADOPTS_ESTIMATE = guarded(re.compile(
    r"(?:HĐND|Hội\s+đồng\s+nhân\s+dân)\b[^.;]*?\b(?:thông\s+qua|ban\s+hành|quyết\s+nghị)\s+(?:các\s+)?"
    r"(?:Nghị\s+quyết\s+(?:về\s+|quyết\s+định\s+)?(?:\S+\s+){0,3}?)?dự\s+toán|"
    r"(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\b[^.;]*?\bban\s+hành\s+(?:các\s+)?Quyết\s+định\s+"
    r"(?:về\s+(?:việc\s+)?)?giao\s+dự\s+toán", _I))


def _estimate_adopted_before(ctx: FigureContext) -> bool:
    """"HĐND tỉnh ... thông qua Nghị quyết về dự toán ngân sách nhà nước năm 2027." leading a news item, then a
    paragraph "Tổng chi ngân sách địa phương là 27.300 tỷ đồng, gồm: ...": the council's adoption said in the passage
    before a paragraph whose words name no measure (its amounts are the estimate's), unless the figure's sentence
    names a year of its own other than the estimate's ("Năm 2026, tổng thu ngân sách 8.500 tỷ đồng": the year done)."""
    adopted = _adoption_in(ctx.preceding)
    if adopted is None:
        return False
    named = _year_said_of(ctx.before)
    return named is None or named == adopted[0]


@per_document(maxsize=64)  # (the passage before a paragraph, the same for all its figures)
def _adoption_in(preceding: str) -> tuple[int | None] | None:
    """(the year of the estimate, None when unnamed) of the last adoption of the estimate by a council in
    ``preceding`` ("... Nghị quyết về dự toán ngân sách nhà nước năm 2027"), None without one."""
    lowered = preceding.lower()
    if "toán" not in lowered or not any(body in lowered for body in ("hđnd", "hội đồng", "ubnd", "ủy ban", "uỷ ban")):
        return None  # (every adoption names its council or committee and the estimate)
    adopted = [m.end() for m in _COUNCIL_ADOPTS_ESTIMATE.finditer(preceding)][-1:]
    if not adopted:
        return None
    year = _YEAR.search(preceding, adopted[0], adopted[0] + 80)
    return (int(year.group(1)) if year else None,)


# A text titled as a council's resolution on the estimate ("NGHỊ QUYẾT SỐ 41/2026/NQ-HĐND CỦA HĐND TỈNH X VỀ DỰ TOÁN
# NGÂN SÁCH NĂM 2027 (TÓM TẮT)", "NGHỊ QUYẾT\nVề việc quyết định dự toán thu, chi ngân sách ... năm 2027"): a title line
# opening on the resolution, its subject the estimate itself (not "về đánh giá tình hình thực hiện dự toán", nor "về
# phê chuẩn quyết toán": what was done)
_TITLE_RESOLUTION_ON_THE_ESTIMATE = re.compile(
    r"^[ \t]*NGHỊ\s+QUYẾT\b[^\n]{0,120}?(?:\n[ \t]*)?\bV[ềỀ]\s+(?:việc\s+)?(?:quyết\s+định\s+|giao\s+|phân\s+bổ\s+)?"
    r"dự\s+toán\s+(?:thu[, ]\s*(?:và\s+)?chi\s+)?ngân\s+sách\b[^\n]*", re.IGNORECASE | re.MULTILINE)
# (how far into a text its title stands: below the council's name, the motto and the number of a full resolution)
_TITLE_REACH = 600


@per_document(maxsize=16)  # (the same opening for every figure of a text)
def _estimate_titled(opening: str) -> tuple[int | None] | None:
    """(the year of the estimate, None when unnamed) when ``opening`` titles a resolution on the estimate, else None."""
    if "toán" not in opening and "TOÁN" not in opening:
        return None
    title = _TITLE_RESOLUTION_ON_THE_ESTIMATE.search(opening)
    if title is None:
        return None
    year = _YEAR.search(title.group())
    return (int(year.group(1)) if year else None,)


def _under_a_title_on_the_estimate(ctx: FigureContext) -> bool:
    """Is the figure an amount of a text titled a resolution on the estimate (its articles "Điều 1. Tổng thu ngân sách
    ... là ..." saying no "dự toán" of their own), its sentence naming no other year than the estimate's?"""
    titled = _estimate_titled(ctx.document[:_TITLE_REACH]) if ctx.document else None
    if titled is None:
        return False
    named = _year_said_of(ctx.before)
    return named is None or titled[0] is None or named == titled[0]


def _year_adopted_before(ctx: FigureContext) -> int | None:
    """The year of the estimate the council adopted in the passage before (``_estimate_adopted_before``)."""
    return _adoption_in(ctx.preceding)[0] if _estimate_adopted_before(ctx) else None


# the year of the capital an amount is, named right after it ("phân bổ 1.150 tỷ đồng vốn các chương trình mục tiêu
# quốc gia năm 2027")
_CAPITAL_YEAR_AFTER = re.compile(
    rf"\s*(?:(?:{_MONEY_SCALES})\s+)?(?:đồng\s+)?(?:vốn|kinh\s+phí|dự\s+toán|kế\s+hoạch)\b"
    r"[^,;.()\d]{0,80}?\bnăm\s+" + captured(YEAR) + r"\b(?!\s*[-–])",
    _I,
)


def _year_of_the_capital_named_after(ctx: FigureContext) -> int | None:
    """The year the capital named right after a planned amount is of, when the words before it named none."""
    m = _CAPITAL_YEAR_AFTER.match(ctx.after) if "năm" in ctx.after[:120] else None
    return int(m.group(1)) if m else None


# A resolution's article that adopts the estimate, its council the text's issuer and not named ("Điều 1. Thông qua dự
# toán ngân sách nhà nước năm 2026 như sau:", "Quyết nghị thông qua dự toán thu, chi ngân sách ... như sau:")
# ("Điều 1. Quyết định dự toán ngân sách nhà nước năm 2026 như sau:": the council's article deciding it)
_ADOPTING_ARTICLE = re.compile(r"^\W*(?:Điều\s+\d+\s*[.:]\s*)?(?:Quyết\s+nghị\s*:?\s*)?(?:Thông\s+qua|Quyết\s+nghị|"
                               r"(?<=[.:]\s)(?<=\d[.:]\s)Quyết\s+định)\b[^:]*?\bdự\s+toán\b", _I)


def _adopted_by_the_lists_opening(ctx: FigureContext) -> bool:
    """Is the figure a line of a list opened by a resolution's article adopting the estimate (the local council's)?"""
    preceding = _lines_before(ctx)
    if _an_article_on_the_estimate_resolved(ctx):
        return True
    if "qua" not in preceding and "nghị" not in preceding and "định" not in preceding:
        return False
    return any(_ADOPTING_ARTICLE.match(opening) for opening in _list_openings(preceding))


# an article of a resolution or a decision on the estimate or the capital plan ("Điều 1. Dự toán ngân sách nhà nước
# năm 2026", "Điều 2. Giao dự toán thu, chi ngân sách năm 2026 cho các xã") and the words that resolve it, a line of
# their own in capitals ("QUYẾT NGHỊ:" of a council, "QUYẾT ĐỊNH:" of a committee)
# ("Điều 1. Phân bổ kế hoạch vốn đầu tư công năm 2026": the capital plan as the estimate)
_ESTIMATE_ARTICLE = re.compile(r"\W*Điều\s+\d+\s*[.:][^:\n]*?\b(?:dự\s+toán|kế\s+hoạch\s+(?:vốn|đầu\s+tư))\b", _I)
# (or closing a line the layout joined to the council's name above it: "... KHÓA VIII, KỲ HỌP THỨ 5  QUYẾT NGHỊ:", one
# space between them when its colon is written: "... KỲ HỌP THỨ 8 QUYẾT NGHỊ:")
_RESOLVES = re.compile(r"(?:^|\s\s)\W*QUYẾT\s+(?:NGHỊ|ĐỊNH)\s*:?\s*$|\sQUYẾT\s+(?:NGHỊ|ĐỊNH)\s*:\s*$", re.MULTILINE)


def _lines_before(ctx: FigureContext) -> str:
    """The lines right before the figure's, whatever the outline made of them (a numbered line is a heading of its
    own)."""
    return ctx.document[max(0, ctx.offset - 1500):ctx.offset] if ctx.offset else ctx.preceding


def _an_article_on_the_estimate_resolved(ctx: FigureContext) -> bool:
    """"QUYẾT NGHỊ:" / "Điều 1. Dự toán ngân sách nhà nước năm 2026" over "1. Tổng thu ...: 14.850.000 triệu đồng": the
    lines of an article on the estimate that a local council resolves (or a committee decides) are the plan it sets."""
    preceding = _lines_before(ctx)
    if "Điều" not in preceding:
        return False
    for line in reversed([line for line in preceding.split("\n") if line.strip()][-30:]):
        if _ESTIMATE_ARTICLE.match(line):
            # (the article's own line may open the list: "Điều 1. Giao dự toán ... năm 2026 cho các xã, cụ thể:")
            return _RESOLVES.search(ctx.document[: ctx.offset] if ctx.offset else ctx.preceding) is not None
        if not (_OPENS_A_LIST.search(line) or _LIST_LINE.match(line)):
            return False
    return False


# "DTPL", the statutory estimate abbreviated ("dự toán pháp lệnh" spelled out is read by the issuer words)
_STATUTORY_ESTIMATE = re.compile(r"\s*(?:so\s+(?:với\s+)?)?DTPL\b")
# a plan named as the goal the unit strives for ("dự toán phấn đấu", "kế hoạch phấn đấu", "chỉ tiêu
# phấn đấu"): it is set above the assigned estimate by the unit itself, so no issuer is carried onto it
_STRIVING_PLAN = re.compile(r"\s*(?:so\s+(?:với\s+)?)?(?:dự\s+toán|kế\s+hoạch|KH|chỉ\s+tiêu)\s+phấn\s+đấu\b", _I)
# a plan named only as "the resolution", no issuer after it ("đạt 112% NQ", "bằng 145,84% Nghị quyết")
# (or its amount in brackets after it: "đạt 51,8% so với nghị quyết đề ra (23.600 tỷ đồng)")
_BARE_RESOLUTION = re.compile(r"\s*(?:so\s+(?:với\s+)?)?(?:Nghị\s+quyết|NQ)\b\s*(?:đề\s+ra|giao)?\s*(?:$|(?=\())", _I)


# a resolution said to be passed, no issuer named: the local council adopts the estimates it sets
# (or the act said first: "Kỳ họp đã thông qua Nghị quyết về dự toán ngân sách năm 2026: tổng thu ...", not by the
# National Assembly or the Government, whose estimate is the country's)
_ADOPTING_RESOLUTION = re.compile(r"\bNghị\s+quyết\s+(?:(?:đã|vừa|được)\s+)*(?:thông\s+qua|ban\s+hành)\b|"
                                  r"(?<!Quốc\shội\s)(?<!Chính\sphủ\s)\b(?:thông\s+qua|ban\s+hành)\s+(?:các\s+)?"
                                  r"Nghị\s+quyết\s+(?:về\s+|quyết\s+định\s+)?(?:\S+\s+){0,3}?dự\s+toán\b", _I)
_RESOLUTION_AMOUNT = re.compile(
    rf"(?:Nghị\s+quyết|\bNQ)\b\s*(?:đề\s+ra|giao)?\s*\(\s*(?:(?:{HEDGE_WORDS})\s*)?$", _I
)


_AMOUNT = re.compile(rf"\d[\d.,]*\s*(?:%|(?:{_MONEY_AND_THOUSAND_SCALES})\s+đồng)", _I)


# the capital an amount is, named right after it ("1.180 tỷ đồng vốn ngân sách trung ương và ...", up to the use it is
# for: "85 tỷ đồng vốn hỗ trợ của Trung ương để khắc phục …")
_CAPITAL_NAMED_AFTER = re.compile(
    rf"\s*(?:(?:{THOUSAND_WORDS})\s+)?(?:(?:{_MONEY_SCALES})\s+)?(?:đồng\s+)?(?:từ\s+)?(?:nguồn\s+)?"
    r"vốn\s+([^,;.()]{0,40}?)(?=\s+(?:và|để|nhằm)\b|\s*[,;.()]|\s*$)",
    _I,
)


# the centre as the one that sets a revenue estimate ("dự toán thu ngân sách Trung ương giao")
_CENTRAL_ISSUES = re.compile(r"\b(?:trung\s+ương|TW)\s+giao\b", _I)


# a transfer received from a budget named after it ("thu bổ sung cân đối từ ngân sách cấp tỉnh", "nhận trợ cấp từ NS
# huyện"): the money is the giver's
_RECEIVED_FROM_A_BUDGET = re.compile(
    r"\b(?:thu|nhận)\s+(?:bổ\s+sung|trợ\s+cấp)\b[^,;]{0,30}?\btừ\s+(?:nguồn\s+)?(?:ngân\s+sách|NS\b)", _I)


# the budget money is handed from, and the one it goes to after it ("từ ngân sách trung ương cho ngân sách địa phương")
_GIVEN_FROM = re.compile(r"\btừ\s+(?:nguồn\s+)?(?:vốn\s+)?", _I)
# the centre said bare as the one that helps, the budget left out ("Trung ương hỗ trợ 100 tỷ đồng để khắc phục …",
# "tỉnh được Trung ương hỗ trợ …"; budget_items.csv's row names it): its money is the central budget's, its amount
# hedged or estimated as written inline ("Trung ương hỗ trợ thêm trên dưới 300 tỷ đồng", "đã hỗ trợ ước khoảng …"); or
# handed down as a transfer ("Trung ương bổ sung có mục tiêu 380 tỷ đồng cho tỉnh", "được Trung ương cấp bổ sung …"),
# the province it goes to named before the amount ("Trung ương bổ sung có mục tiêu cho tỉnh 1.230 tỷ đồng")
_CENTRE_HELPS = re.compile(rf"(?:^|[,;:.]\s*|\bđược\s+){_CENTRE_AND_ITS_TIME}(?:hỗ\s+trợ|{_CENTRE_TRANSFERS})"
                           r"(?:\s+cho\s+(?:ngân\s+sách\s+)?(?:cấp\s+)?(?:tỉnh|thành\s+phố|địa\s+phương))?"
                           rf"(?:\s+(?:thêm|ước(?:\s+(?:tính|đạt))?|{HEDGE_WORDS}))*\s*$", _I)
_GIVEN_TO = re.compile(r"\s(?:cho|về|sang)\s", _I)
# the capital named by the centre that gives it, its budget left unsaid ("giải ngân 88 tỷ đồng vốn hỗ trợ của Trung
# ương", "vốn bổ sung có mục tiêu từ TW"): the centre's money, as "vốn ngân sách trung ương"
_CENTRE_GIVES_THE_CAPITAL = re.compile(r"\b(?:hỗ\s+trợ|bổ\s+sung)(?:\s+có\s+mục\s+tiêu)?\s+(?:của\s+|từ\s+)?"
                                       r"(?:Trung\s+ương|TW)\b", _I)


def funding_source(ctx: FigureContext, item: str) -> str | None:
    """NSTW → central, NSĐP → local: said in the figure's clause, else once in its sentence."""
    # (not the decimal comma of a figure before it: "vốn ngân sách địa phương giải ngân đạt 1.385,2/2.001,3")
    marks = r"[;()]|,(?!\d)"
    clause = ctx.clause_before(marks)
    if ctx.unit == "pct" and _BARE_CHANGE.fullmatch(clause):
        # "..., vốn ngân sách địa phương giải ngân đạt 1.385,2 tỷ đồng, bằng 69,2% vốn giao": a rate
        # with no subject of its own rates the amount of the clause before it
        previous = ctx.before[: len(ctx.before) - len(clause)].rstrip(" ,")
        clause = last_clause(previous, marks) + clause
    else:
        # "nguồn NSĐP là 1.900 tỷ đồng và nguồn NSTW là 1.200 tỷ đồng": the words after the amount
        # before it are this figure's own (but the capital named right after that amount, its own noun)
        pieces = _AMOUNT.split(clause)
        clause = pieces[-1]
        if len(pieces) > 1 and "vốn" in clause[:12] and (noun := _CAPITAL_NAMED_AFTER.match(clause)) is not None:
            clause = clause[noun.end() :]
    central, local = bool(_CENTRAL_SOURCE.search(clause)), bool(_LOCAL_SOURCE.search(clause))
    if ctx.unit != "pct" and "vốn" in ctx.after[:30] and (noun := _CAPITAL_NAMED_AFTER.match(ctx.after)) is not None:
        # "kiểm soát thanh toán 1.180 tỷ đồng vốn ngân sách trung ương và 80 tỷ đồng vốn ngân sách địa phương": the
        # capital named right after the amount is its source
        named_central, named_local = (
            bool(_CENTRAL_SOURCE.search(noun.group(1)) or _CENTRE_GIVES_THE_CAPITAL.search(noun.group(1))),
            bool(_LOCAL_SOURCE.search(noun.group(1))),
        )
        if named_central != named_local:
            central, local = named_central, named_local
    if not central and not local and "từ" in ctx.after[:24] and (named := _BUDGET_NAMED_AFTER.match(ctx.after)):
        central, local = bool(_CENTRAL_SOURCE.search(named.group(1))), bool(_LOCAL_SOURCE.search(named.group(1)))
        # "chi 32 tỷ đồng từ nguồn dự phòng ngân sách để …": the reserve of a budget left unnamed is the report's own
        # budget's, the local one's
        local = local or (not central and _UNNAMED_RESERVE.match(named.group(1)) is not None)
    if (not central and not local and item in ("other", "target_programme") and ("hỗ trợ" in clause or "sung" in clause)
            and _CENTRE_HELPS.search(clause)):
        return "central"
    if item == "revenue_other" and (received := _transfer_received(ctx)) is not None:
        # "nhận 320 tỷ đồng bổ sung có mục tiêu từ ngân sách trung ương": the budget the transfer comes from
        return "central" if _CENTRAL_SOURCE.search(received.group(1)) or "trung" in received.group(1).lower() else None
    if item == "revenue_other" and "sung" in clause and (
            (not central and _CENTRE_HANDS_DOWN.search(clause)) or _CENTRE_HANDS_THE_PROVINCE.search(clause)):
        # "Trung ương đã cấp bổ sung 420 tỷ đồng cho tỉnh", "được Trung ương cấp bổ sung cho ngân sách tỉnh 1.230 tỷ
        # đồng": the centre's money the province receives (its budget the receiver, not the source)
        return "central"
    if (not central and not local and ctx.unit != "pct" and not item.startswith("revenue_") and "cho" in ctx.after[:40]
            and _GIVEN_TO_LOWER_UNITS.match(ctx.after) and _PROVINCE_GIVES.match(own := ctx.clause_before())
            and _HANDED_DOWN_BY.search(own) and not _CENTRAL_SOURCE.search(_last_sentence(ctx.before))):
        # "UBND tỉnh phân bổ 150 tỷ đồng cho các phường ...": the province's own money handed down (not "Từ nguồn
        # ngân sách trung ương, tỉnh phân bổ ...": the centre's it passes on)
        return "local"
    if (not central and not local and ctx.unit != "pct" and (part := _a_part_named_by_its_kind_or_giver(ctx))
            and _NO_BUDGETS_PART.match(part)):
        return None  # "...: vốn ngân sách trung ương 420 tỷ đồng, vốn lồng ghép 310 tỷ đồng": not the centre's part
    if not central and not local and not _BREAKDOWN.search(ctx.before):
        # "đề xuất bổ sung kế hoạch vốn ngân sách trung ương ..., khoảng 250 tỷ đồng"
        central, local = bool(_CENTRAL_SOURCE.search(ctx.before)), bool(_LOCAL_SOURCE.search(ctx.before))
    if central and not local:
        if item.startswith("revenue_") and "giao" in clause and _CENTRAL_ISSUES.search(clause):
            return None  # "dự toán thu ngân sách Trung ương giao": the centre sets the estimate, no money of its own
        return "central"
    if local and not central:
        # "thu ngân sách địa phương đạt ...": the local budget's revenue, not money from a source (but a transfer
        # received from a local budget above, "Thu bổ sung từ ngân sách tỉnh", is that budget's money)
        if item.startswith("revenue_") and not ("từ" in clause and _RECEIVED_FROM_A_BUDGET.search(clause)):
            return None
        return "local"
    if central and local:
        # "bao gồm vốn NSTW và NSĐP": both; but money handed from one budget to the other ("Số bổ sung cân đối từ ngân
        # sách trung ương cho ngân sách địa phương") is the giver's
        if "từ" in clause and (given := _GIVEN_FROM.search(clause)) is not None and _GIVEN_TO.search(clause,
                                                                                                    given.end()):
            if _CENTRAL_SOURCE.match(clause, given.end()):
                return "central"
            if _LOCAL_SOURCE.match(clause, given.end()):
                return "local"
        return None
    saved = item == "other" and _saved_ahead_of_its_spending(ctx) is not None
    if saved and (spending := _SPENDING_AFTER.match(ctx.after).group()) and (
            _STATE_BUDGET.search(spending) or _CENTRAL_SOURCE.search(spending)):
        # "tiết kiệm được 40 tỷ đồng chi ngân sách trung ương": the money saved is of the budget named after it
        return None if _STATE_BUDGET.search(spending) or _LOCAL_SOURCE.search(spending) else "central"
    if (item.startswith("expenditure_") or (item == "other" and (saved or _a_part_of_spending(ctx)
                                                                 or _a_line_of_the_local_debt(ctx)))
            ) and not _names_state_budget(ctx, clause):
        # local budget spending (chi ngân sách địa phương) unless said otherwise, its parts too ("chi sự nghiệp giáo
        # dục", "chi dự phòng" in a list under chi ngân sách xã), and the money saved from it, its spending named
        # before the amount ("Số tiết kiệm chi thường xuyên là ...") or after ("tiết kiệm được 58 tỷ đồng chi ngân
        # sách"); "chi NSNN" is the state budget as a whole
        return "local"
    return None


def _a_part_of_spending(ctx: FigureContext) -> bool:
    """Is the item the figure reads (an ``other``) a part of spending, named with "chi" ("chi sự nghiệp y tế", "chi dự
    phòng", "chi trả nợ lãi vay"), or the debt the budget pays back said without it ("Trả nợ gốc vay ...", as "Chi trả
    nợ gốc ..."), not a deficit ("bội chi"), the borrowing that pays it ("Vay để trả nợ gốc") or another line?"""
    found = nearest_item(ctx.before)
    if found is None:
        return False
    opening = ctx.before[found[1] : found[1] + 7].lower()
    return opening.startswith("chi ") or opening == "trả nợ "


# the lines of a budget's borrowing and debt, as the item phrasing that names them opens ("Bội chi ngân sách", "Tổng
# mức vay", "vay để bù đắp bội chi", "Vay lại vốn vay ODA", "Trả nợ lãi vay", "Dư nợ của chính quyền địa phương",
# "Số vay trong năm", "tỉnh được phép vay")
_DEBT_LINE = re.compile(r"(?:(?:tỉnh|thành\s+phố)\s+(?:được\s+phép|dự\s+kiến|sẽ)\s+)?(?:tổng\s+)?"
                        r"(?:(?:số|khoản|mức)\s+)?(?:tiền\s+)?(?:bội\s+(?:chi|thu)|vay|trả\s+(?:nợ|lãi)|dư\s+nợ)\b", _I)


def _a_line_of_the_local_debt(ctx: FigureContext) -> bool:
    """Is the item the figure reads (an ``other``) a line of the budget's borrowing and debt (the deficit or surplus,
    the borrowing, the Government's loans on-lent, the debt and its interest repaid), no budget named? Only the local
    budget borrows in a province's (or a commune's) report: the local budget's, as "Bội chi ngân sách địa phương"."""
    found = nearest_item(ctx.before)
    return found is not None and _DEBT_LINE.match(ctx.before, found[1]) is not None


def _names_state_budget(ctx: FigureContext, clause: str) -> bool:
    """Does the figure's clause, or the item it reads ("tổng chi ngân sách nhà nước ... đạt 11.680 tỷ
    đồng, đạt 62% dự toán"), name the state budget as a whole?"""
    if _STATE_BUDGET.search(clause):
        return True
    found = nearest_item(ctx.before)
    return found is not None and _STATE_BUDGET.search(ctx.before, found[1], found[1] + 60) is not None


# every way of writing "qu" case-insensitively (letter_cases asks the engine): _AS_OF_QUARTER needs
# "quý" written in any case, so one of these in the text is a necessary condition
_QU_CASES = tuple(q + u for q in letter_cases("q") for u in letter_cases("u"))


def _names_a_quarter(text: str) -> bool:
    return any(qu in text for qu in _QU_CASES)


def _as_of_phrases(text: str, year: int | None, said_year: int | None = None) -> list[tuple[int, dt.date | None]]:
    """(position, date) of every as-of phrase in ``text``; the date is None when its year is unknown. A day written
    without its year is in ``said_year`` (the year the figure's sentence opens on) when given, but for a January
    (the month of grace after a year, in the year the report's words are of)."""
    out = [(m.start(), _day_of(m, text, year, said_year)) for m in _AS_OF_DAY.finditer(text)]
    if "tuần" in text or "giữa" in text:
        out += [(m.start(), _month_part_day(m, year, said_year)) for m in _AS_OF_MONTH_PART.finditer(text)]
    if _TO_THE_END_SCAN.search(text.lower()) is None:
        return sorted(out, key=lambda hit: hit[0])  # (no month nor quarter closed)
    out += [(m.start(), _month_closed(m, year, said_year)) for m in _AS_OF_MONTH.finditer(text)]
    if _names_a_quarter(text):
        out += [(m.start(), _quarter_closed(m, year, said_year)) for m in _AS_OF_QUARTER.finditer(text)]
    return sorted(out, key=lambda hit: hit[0])


def _day_of(m: re.Match[str], text: str, year: int | None, said_year: int | None) -> dt.date | None:
    """The date of an ``_AS_OF_DAY`` match in ``text`` (the years as ``_as_of_phrases`` reads them)."""
    day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    said = m.group(5) or (f"20{m.group(6)}" if m.group(6) else None)
    y = int(said) if said else said_year if said_year and int(month) > 1 else year
    if not said and y and "sau" in text[m.end() : m.end() + 12] and _NEXT_YEAR_AFTER.match(text, m.end()):
        y += 1  # "đến ngày 31/01 năm sau": the month of grace a year's accounts are closed in
    return calendar_date(y, int(month), int(day))


def _month_closed(m: re.Match[str], year: int | None, said_year: int | None) -> dt.date | None:
    """The last day of the month of an ``_AS_OF_MONTH`` match."""
    y = int(m.group(2)) if m.group(2) else said_year if said_year and int(m.group(1)) > 1 else year
    return month_end(y, int(m.group(1))) if y and 1 <= int(m.group(1)) <= 12 else None


def _month_part_day(m: re.Match[str], year: int | None, said_year: int | None) -> dt.date | None:
    """The day within the month of an ``_AS_OF_MONTH_PART`` match, as periods reads the phrase in its year."""
    y = int(m.group(2)) if m.group(2) else said_year if said_year and int(m.group(1)) > 1 else year
    said = find_period_phrases(m.group(), y) if y else []
    return said[0].as_of if said and said[0].kind == "as_of" else None


def _quarter_closed(m: re.Match[str], year: int | None, said_year: int | None) -> dt.date | None:
    """The last day of the quarter of an ``_AS_OF_QUARTER`` match."""
    y = int(m.group(2)) if m.group(2) else said_year or year
    return month_end(y, 3 * quarter_number(m.group(1))) if y else None


# "Năm 2025 (từ ngày 01/7 đến 31/12), thu ngân sách ...": a sentence opening on a year dates the days it writes
# without one in that year (a period reset for the as-of dates said before it, ``_PERIOD_RESET``)
_SENTENCE_YEAR = re.compile(r"\s*(?:Trong\s+)?năm\s+" + captured(YEAR) + r"\b", _I)


def _sentence_year(ctx: FigureContext) -> int | None:
    """The year the figure's sentence opens on ("Năm 2025, ..."), else None."""
    m = _SENTENCE_YEAR.match(ctx.before) if "ăm" in ctx.before[:16] else None
    return int(m.group(1)) if m else None


def _year_of(ctx: FigureContext) -> int | None:
    """The year of a date written without one: the document's, else the one after 'cùng kỳ năm Y'."""
    if ctx.year:
        return ctx.year
    years = [int(m.group(1)) for m in _SAME_PERIOD_YEAR.finditer(ctx.preceding + ctx.text)]
    return max(years) + 1 if years else None


_RANGE_START = re.compile(
    r"\btừ\s+(?:" + WRITTEN.day + r"\s+)?" + DIGITS + "(?:" + SLASH + DIGITS + ")?(?:" + SLASH + ANY_YEAR + r")?\s*$",
    _I,
)


# "tính từ ngày 1/1 đến ngày 23/2/2024": a span from the year's first day is the year to date, its end an as-of date
# ("từ ngày 01/7/2025 đến ngày 15/11/2025": from a month's first day, the budget of a commune founded on 1 July to
# date; not "Từ ngày 3 đến ngày 5/12", the days of a meeting)
_YEAR_START = re.compile(r"\btừ\s+(?:ngày\s+)?0?1\s*[/.]\s*(?:0?[1-9]|1[0-2])(?:\s*[/.]\s*\d{4})?\s*(?:đến|tới|-)?\s*$",
                         _I)


def _sentence_at(text: str, pos: int, end: int) -> str:
    """The sentence of ``text`` around ``pos`` (not past ``end``)."""
    start = max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1)
    stop = text.find(". ", pos, end)
    return text[start : stop if stop >= 0 else end]


def _dates_another_subject(text: str, pos: int) -> bool:
    """Is the cut-off at ``pos`` said after the subject of its sentence, one that names no budget item?"""
    start = max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1)
    subject = text[start:pos]
    if len(subject) < 8 or _NO_SUBJECT.fullmatch(subject) or _CUT_OFF_OPENER.fullmatch(subject):
        return False
    return nearest_item(_sentence_at(text, pos, _line_end(text, pos))) is None


# the words a cut-off that heads its sentence opens on ("Tính", "Lũy kế", "Ước", "Riêng", "Như vậy")
_CUT_OFF_OPENER = re.compile(
    r"[\W\d]*(?:(?:tính|lũy\s+kế|luỹ\s+kế|ước|dự\s+ước|riêng|như\s+vậy|trong\s+(?:năm|kỳ))\s*)+", _I)


def _aimed_before(text: str, pos: int) -> bool:
    """Does the sentence (or clause) holding ``pos`` say an aim before it ("Dự kiến", "phấn đấu", "mục tiêu")?"""
    lo = max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1, text.rfind(";", 0, pos) + 1)
    return _AIMED_AT.search(text, lo, pos) is not None


def as_of(ctx: FigureContext) -> dt.date | None:
    """The as-of date said before the figure in its paragraph or the passage before it ("Tính đến
    ngày 20/12, ..." heads a news item); a period phrase said after it ends its reach."""
    text = ctx.preceding + "\n" + ctx.paragraph_before
    own_start = len(ctx.preceding) + 1
    hits = [
        (pos, day)
        for pos, day in _as_of_phrases(text, _year_of(ctx), _sentence_year(ctx))
        # "Từ ngày 3 đến ngày 5/12": the dates of a meeting, not of the figures
        # ("tính từ ngày 1/1 đến ngày 23/2/2024": from the year's first day, the year to date)
        if (not _RANGE_START.search(text[max(0, pos - 30) : pos]) or _YEAR_START.search(text[max(0, pos - 30) : pos]))
        # from an earlier paragraph only when its sentence speaks of the budget ("tính đến ngày 20.12,
        # thu ngân sách ...", "Tổng thu NSNN đến hết ngày 31/3 đạt ...")
        and (pos >= own_start or nearest_item(_sentence_at(text, pos, own_start)) is not None
             or _heads_list(text, pos, ctx.paragraph_before))
        # a day aimed at in an earlier sentence ("Dự kiến đến ngày 31/01/2026 giải ngân đạt 95% kế hoạch.") dates
        # that aim alone, not the amounts done said after it
        and (pos >= own_start + ctx.sentence[0] or not _aimed_before(text, pos))
        # a cut-off an earlier sentence says after a subject of no budget ("Dư nợ tín dụng đến ngày 31/12/2024 đạt
        # ...") dates that subject alone; one that opens its sentence ("Tính đến ngày 30/9, ...") heads what follows
        and (pos >= own_start + ctx.sentence[0] or not _dates_another_subject(text, pos))
    ]
    if hits and hits[-1][0] < own_start + ctx.sentence[0] and _AIM.search(ctx.before):
        # "Tính đến ngày 30/9, tỉnh giải ngân ... . Để hoàn thành mục tiêu giải ngân 100% kế hoạch vốn, ...": a rate the
        # figure's own sentence aims at is not dated by the cut-off of the amounts done said before it
        hits = [hit for hit in hits if hit[0] >= own_start + ctx.sentence[0]]
    if not hits:
        return _as_of_said_after(ctx)
    pos, day = hits[-1]
    if pos < own_start + ctx.sentence[0] and (own := _as_of_said_after(ctx)) is not None:
        return own  # a cut-off the figure's own sentence says right after it, over one carried from before
    if pos < own_start + ctx.sentence[0] and _names_its_own_time(ctx):
        return None  # (the sentence is read as it would be alone: a cut-off carries only to one naming no time)
    if pos < own_start + ctx.sentence[0] and _a_line_of_the_years_balance(ctx):
        return None
    if (
        pos < own_start + ctx.sentence[0]
        and ctx.qualifier != "estimate"
        and _estimated_to(text, pos)
        and not _BREAKDOWN.match(ctx.sentence_text)
        and _of_another_family(ctx, _sentence_at(text, pos, _line_end(text, pos)))
    ):
        # "Ước đến ngày 31/01/2025, giải ngân ... . Tổng thu ngân sách đạt 3.950 tỷ đồng": the day an estimate is
        # reckoned to dates that estimate (its breakdown, "Trong đó, ...", and the money of its kind said after it,
        # "Vốn các chương trình ... giải ngân được ..."), not an amount of another kind done said after it
        return None
    if (day is not None and day.month > 1 and pos < own_start + ctx.sentence[0] and "năm" in ctx.before
            and (named := _year_said_of(ctx.before)) is not None and named < day.year):
        # "Lũy kế đến ngày 31/10/2026, ... . Số tăng thu ngân sách năm 2025 là 1.250 tỷ đồng": a sentence naming a
        # year before the cut-off's speaks of that year, out of the cut-off's reach (not the January after a year, its
        # month of grace: "Ước đến 31/01/2026, ... vốn năm 2025 giải ngân ...")
        return None
    if day is not None and pos < own_start and _cut_off_of_another_year(ctx, day):
        return None  # (nor the cut-off of a paragraph before, said of another year than the figure's)
    if (
        pos < own_start
        and _cut_off_of_its_item(text, pos, ctx.paragraph_before)
        # (of another kind of money than the figure's: an item on the same money may go on with it)
        and _of_another_family(ctx, text[text.rfind("\n", 0, pos) + 1 : _line_end(text, pos)])
    ):
        return None
    if pos < own_start and _said_after_its_subject_of_another_family(ctx, text, pos):
        # "Dư nợ vay của ngân sách địa phương đến 31/12/2025 là 612 tỷ đồng." then a paragraph "Thu từ khu vực doanh
        # nghiệp nhà nước đạt ...": a paragraph before dates the subject it said the day after, not money of another
        # kind in the paragraphs after it
        return None
    # (a scan from right after the date first: when nothing there matches, no match of the whole text's
    # scan starts after the date either, and the whole text before it is not scanned again)
    if _PERIOD_RESET.search(text, pos + 1) is not None and any(m.start() > pos for m in _PERIOD_RESET.finditer(text)):
        return None
    return day


# the words a time heading its sentence may follow ("Trong năm tài chính 2025, ...", "Riêng quý III, ...")
_TIME_AT_THE_HEAD = re.compile(r"[\W\d]*(?:(?:trong|riêng|tính\s+chung)\s+)?", _I)
# the lines of a budget's balance for its year, neither collected nor spent to a day: a deficit, a surplus, spending
# kept back, borrowing and principal repaid, a balance carried over, the reserve (data/words/balance_lines.csv)
_BALANCE_LINE = guarded(word_pattern("balance_lines", _I))


def _a_line_of_the_years_balance(ctx: FigureContext) -> bool:
    """Does the figure's clause name a line of the year's balance, which a cut-off said in a sentence before it does
    not date ("Tính đến ngày 30/9, giải ngân vốn đầu tư công đạt ... ." then "Bội chi ngân sách địa phương là 120 tỷ
    đồng", "Tiết kiệm chi thường xuyên 45 tỷ đồng": the tally to that day is of what was collected, spent or paid out)?
    Only an item of no revenue or spending family ("other"): "Thu ngân sách ... để bù đắp bội chi" is revenue."""
    clause = ctx.before[max(ctx.before.rfind(";"), ctx.before.rfind(":")) + 1 :]
    return _BALANCE_LINE.search(clause) is not None and budget_item(ctx) == "other"


# the words of a time a sentence may name (a cheap guard before the period phrases are read)
_TIME_WORDS = ("tháng", "Tháng", "quý", "Quý", "năm", "Năm", "độ", "đến", "Đến", "tới")


def _names_its_own_time(ctx: FigureContext) -> bool:
    """Does the figure's sentence name a time of its own before the figure ("Tính đến tháng 10/2026, giải ngân ...",
    "Năm tài chính 2025, tổng chi ...", "Thu bổ sung ... 9 tháng đạt ...", "Quý I/2027, chi ...", "Cùng kỳ năm 2025,
    ...")? Then a cut-off said in a sentence before it does not date it. Not the year of a plan measured against ("bằng
    80% dự toán năm 2026"), nor a year named inside the subject ("Vốn năm 2025 kéo dài ...": the money's year, not the
    time counted), nor the time so far ("Từ đầu năm đến nay", "Đến nay"), which the cut-off before dates."""
    before = ctx.before
    if not any(word in before for word in _TIME_WORDS):
        return False
    for phrase in find_period_phrases(before, _year_of(ctx)):
        if phrase.kind == "same_time_lead":
            return True  # "Cùng kỳ năm 2025, tỉnh giải ngân ...": last year's same months, no day of this year's
        if phrase.kind == "this_month" and phrase.start > before.rfind(";"):
            # "Thu ngân sách trong tháng đạt ...": the report's month, not the total the cut-off dated (in the
            # figure's own clause: "trong tháng đạt …; từ đầu năm đến nay đạt …" is the time so far)
            return True
        if phrase.kind == "as_of":
            if phrase.as_of is not None:
                return True
        elif phrase.kind == "year":
            if _TIME_AT_THE_HEAD.fullmatch(before, 0, phrase.start):
                return True
        elif phrase.period is not None and phrase.kind != "target_year":
            return True
    return False


# an estimate's word right before its cut-off ("Ước đến ngày 31/01/2025", "ước tính đến hết tháng 12", "Dự ước đến")
_ESTIMATED_TO = re.compile(r"\bước(?:\s+(?:tính|thực\s+hiện))?\s*$", _I)


def _line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends (a paragraph of the clean text)."""
    end = text.find("\n", pos)
    return end if end >= 0 else len(text)


def _of_another_family(ctx: FigureContext, sentence: str) -> bool:
    """Is the figure's item of another family (revenue, spending, investment) than the one ``sentence`` names?"""
    said, own = nearest_item(sentence), budget_item(ctx)
    return said is None or own is None or _family(said[0]) != _family(own)


def _estimated_to(text: str, pos: int) -> bool:
    """Is the as-of phrase at ``pos`` the day an estimate is reckoned to?"""
    return "ớc" in text[max(0, pos - 20) : pos] and _ESTIMATED_TO.search(text, max(0, pos - 20), pos) is not None


# a list item's bullet ("- ", "+ ", "•") and its label closed by a colon ("- Giải ngân vốn đầu tư công: ")
_BULLET = re.compile(r"\s*[-+•*]\s")
_ITEM_LABEL = re.compile(r"\s*[-+•*]\s[^:\n]{1,80}:\s*\S")


def _heads_list(text: str, pos: int, own: str) -> bool:
    """"- Tính đến ngày 31/3/2026:" then "+ Thu nội địa: 3.400 tỷ đồng": a cut-off on a line closed by a colon heads the
    list items after it."""
    if _BULLET.match(own) is None:
        return False
    end = _line_end(text, pos)
    return text[pos:end].rstrip().endswith(":")


def _said_after_its_subject_of_another_family(ctx: FigureContext, text: str, pos: int) -> bool:
    """Is the cut-off at ``pos`` said after the subject of its own clause ("Dư nợ vay ... đến ngày 31/12 là"; not
    heading the clause, "..., tính đến ngày 29/12, tỉnh thu ..."), a subject of another family than the figure's?"""
    start = max(text.rfind(". ", 0, pos) + 2, *(text.rfind(mark, 0, pos) + 1 for mark in "\n,;:"))
    subject = text[start:pos].strip()
    if len(subject) < 8 or _NO_SUBJECT.fullmatch(subject) or _CUT_OFF_OPENER.fullmatch(subject):
        return False
    return _of_another_family(ctx, _sentence_at(text, pos, _line_end(text, pos)))


def _cut_off_of_its_item(text: str, pos: int, own: str) -> bool:
    """"- Giải ngân vốn đầu tư công: đến ngày 31/3 giải ngân được ...", then "- Thu tiền sử dụng đất: 820 tỷ đồng": a
    cut-off said after the label of a list item dates that item alone, not the items of the list after it (a cut-off
    that heads the list, "- Tính đến ngày 30/9:", or its label, reaches them)."""
    if _BULLET.match(own) is None:
        return False
    start = text.rfind("\n", 0, pos) + 1
    label = _ITEM_LABEL.match(text, start)
    return label is not None and label.end() <= pos + 1


def _cut_off_of_another_year(ctx: FigureContext, day: dt.date) -> bool:
    """"Tính đến ngày 30/9/2024, thu ngân sách ... đạt 15.200 tỷ đồng." in a report on 2025, then a paragraph "Thu nội
    địa ước đạt 18.300 tỷ đồng": a cut-off of a paragraph before is carried into a figure's paragraph only within its
    year, the one the figure's sentence names, else the report's (and the month of grace after it, a January; with no
    year named, the close of the year before, a December, as a report early in a year gives it)."""
    named = _year_said_of(ctx.before)  # (asked only of a cut-off carried from a paragraph before: few)
    year = named or ctx.year
    if year is None or day.year == year or (day.year == year + 1 and day.month == 1):
        return False
    return not (named is None and day.year == year - 1 and day.month == 12)


# "Tổng thu ngân sách đạt 3.820 tỷ đồng, tính đến ngày 30/9/2024, đạt 61% dự toán": a cut-off in a clause of its own
# right after the amount dates the amount as it dates the rate after it (not "..., đến ngày 31/01/2025 phấn đấu giải
# ngân 100%": a day the clause after it aims at; "đạt 5.120 tỷ đồng (số liệu tính đến ngày 30/11/2026)": the figures'
# cut-off named as such in a bracket)
_CLAUSE_OPENS_AFTER = re.compile(r"\s*[,(]\s*(?:số\s+liệu\s+)?(?:tính\s+)?(?=(?:đến|tới|hết)\s)", _I)
_CUT_OFF_CLAUSE = re.compile(r"[^,;()]+", _I)
# "giải ngân 2.450 tỷ đồng vốn đầu tư công tính đến ngày 20/9.": with no comma, "tính đến" after the words that
# name the amount (no number, no clause mark, nothing aimed at: "..., phấn đấu tính đến ...") closes its clause
_CUT_OFF_AFTER_ITS_NAME = re.compile(r"(?:\s+(?:(?!phấn\s+đấu|dự\s+kiến|\bsẽ\b)[^\d,;()]){1,60}?)?\s+tính\s+"
                                     r"(?=(?:đến|tới|hết)\s)", _I)


def _as_of_said_after(ctx: FigureContext) -> dt.date | None:
    """The cut-off said in the clause right after the figure, when that clause says nothing else."""
    head = ctx.after[:24]  # (", tính đến", "(số liệu tính đến": the cut-off's word within the first words)
    opens = None
    if "đến" in head or "tới" in head or "hết" in head:
        opens = _CLAUSE_OPENS_AFTER.match(ctx.after)
    if opens is None and "tính" in ctx.after[:80]:
        opens = _CUT_OFF_AFTER_ITS_NAME.match(ctx.after)
    if opens is None:
        return None
    clause = _CUT_OFF_CLAUSE.match(ctx.after, opens.end())
    said = clause.group().rstrip(" .") if clause else ""
    if not said:
        return None
    # (the clause is read once: the pattern that spans all of it gives the date)
    if (m := _AS_OF_DAY.fullmatch(said)) is not None:
        return _day_of(m, said, _year_of(ctx), _sentence_year(ctx))
    if (m := _AS_OF_MONTH.fullmatch(said)) is not None:
        return _month_closed(m, _year_of(ctx), _sentence_year(ctx))
    if (m := _AS_OF_QUARTER.fullmatch(said)) is not None:
        return _quarter_closed(m, _year_of(ctx), _sentence_year(ctx))
    return None


# the words before a year that make it a base compared with ("bằng 140% cùng kỳ năm 2023", "so với năm 2025", "tăng
# hơn năm 2025"), no year the figure is of
_BASE_YEAR_BEFORE = re.compile(r"(?:cùng\s+kỳ|\bso(?:\s+với)?|\bvới|\bhơn|\btrước|\bsau|\btừ|\bđến|\btới)\s+$", _I)


def _year_said_of(before: str) -> int | None:
    """The last year ``before`` names as the one its figure is of, not a base compared with nor a bound of a span."""
    found = [m for m in _YEAR.finditer(before)
             if not _BASE_YEAR_BEFORE.search(before, max(0, m.start() - 12), m.start())]
    return int(found[-1].group(1)) if found else None


# ("năm ngân sách 2026", "năm tài khóa 2026", "niên độ 2026": the budget year)
_YEAR = re.compile(r"(?:năm(?:\s+(?:ngân\s+sách|tài\s+kh(?:óa|oá)))?|niên\s+độ(?:\s+ngân\s+sách)?"
                   r"|kế\s+hoạch|dự\s+toán)\s+" + captured(YEAR) + r"(?!\s*[-–])", _I)
# ("so với dự toán năm 2025", "so với ước thực hiện năm 2025": the year of what is compared with)
_COMPARED_WITH = re.compile(
    # ("so với tổng dự toán năm 2025 của ba tỉnh": the total of the plans compared with)
    r"\bso\s+(?:với\s+)?(?:tổng\s+)?(?:cùng\s+kỳ\s+|dự\s+toán\s+|kế\s+hoạch\s+|(?:ước\s+)?thực\s+hiện\s+)?$", _I)


# the money a year left to be spent later, named as a source before its year ("nguồn tăng thu năm 2025", "nguồn kết dư
# ngân sách năm 2025", "nguồn tiết kiệm chi năm 2025")
_SOURCE_OF_A_YEAR = re.compile(r"\bnguồn\s+(?:tăng\s+thu|vượt\s+thu|kết\s+dư|tiết\s+kiệm)\b[^,;.\d]{0,40}?$", _I)


# "Kế hoạch vốn năm 2020 được phép kéo dài (sang năm 2021)": a plan carried over is spent in the
# year it is carried into
_CARRIED_OVER = re.compile(r"kéo\s+dài(?:[^,;.]{0,40}?sang\s+năm\s+" + captured(YEAR) + ")?", _I)


# "Kế hoạch đầu tư công trung hạn giai đoạn 2026-2030 ... 42.500 tỷ đồng": a plan over a term of years covers
# the whole term, not one year of it (``_YEAR`` reads no year that opens a span); the term counted in years too
# ("kế hoạch tài chính 5 năm 2026-2030", "kế hoạch 5 năm 2026 - 2030")
_PLAN_TERM = guarded(
    re.compile(r"(?:giai\s+đoạn|trung\s+hạn|thời\s+kỳ|\b\d{1,2}\s+năm)\s+(?:năm\s+)?"
               + captured(YEAR) + r"\s*[-–]\s*" + captured(YEAR),
               _I)
)


def plan_term(ctx: FigureContext) -> tuple[int, int] | None:
    """The first and last year of the term a plan amount is for, when its clause names one after any single
    year ("kế hoạch vốn năm 2026 thuộc kế hoạch trung hạn 2026 - 2030 là ...": the term, said last); for the parts of
    a whole, broken down in a sentence of their own that names no year ("... trung hạn giai đoạn 2026-2030 với tổng
    vốn 42.500 tỷ đồng. Trong đó, vốn ngân sách địa phương ..."), the term of the whole in the sentence before."""
    if ("-" in ctx.before or "–" in ctx.before) and (own := _term_named_last(ctx.before)) is not None:
        return own
    if not _BREAKDOWN.match(ctx.sentence_text) or _YEAR.search(ctx.before):
        return None
    return _term_named_last(_sentence_before(ctx))


def _term_named_last(text: str) -> tuple[int, int] | None:
    """The first and last year of the term of years ``text`` names last, no single year said after it."""
    terms = list(_PLAN_TERM.finditer(text))
    if not terms:
        return None
    term = terms[-1]
    first, last = int(term.group(1)), int(term.group(2))
    if not first < last <= first + 10:
        return None  # not a term of years ("2020-2019" is a typo or two dates)
    if any(m.start() > term.end() for m in _YEAR.finditer(text)):
        return None  # a single year said after the term is the plan's
    return first, last


def plan_year(ctx: FigureContext) -> int | None:
    """The year a plan amount is for: the last year named before it, the next one for a plan
    carried over ("kéo dài")."""
    # ("tăng 10% so với năm 2025; thu ngân sách đạt 78 tỷ đồng": the year compared with is no plan's year, nor the
    # year of the money a plan is drawn from, "Từ nguồn tăng thu năm 2025, tỉnh đã bố trí 350 tỷ đồng")
    # (but an amount that opens a bracket right after the plan compared with restates it: "tăng 12% so với tổng dự toán
    # năm 2025 của ba tỉnh (25.440 tỷ đồng)" is that year's)
    restated = ctx.before.rstrip().endswith("(")
    named = [m for m in _YEAR.finditer(ctx.before)
             if restated or not _COMPARED_WITH.search(ctx.before, 0, m.start())]
    found = [m for m in named
             if not ("nguồn" in ctx.before and _SOURCE_OF_A_YEAR.search(ctx.before, max(0, m.start() - 60), m.start()))]
    if not found:
        return ctx.year if named else None  # (only a source's year named: the plan is the report's year's)
    # "(không bao gồm ... các nguồn kéo dài)": an aside excludes the carried-over money
    unbracketed = ASIDE.sub(lambda m: " " * len(m.group()), ctx.before) if ")" in ctx.before else ctx.before
    if unbracketed is not ctx.before:
        # "kế hoạch vốn năm 2025 (bao gồm vốn kéo dài từ năm 2024) là ...": a year inside an aside is the aside's; the
        # plan's is the one said outside it, when one is
        found = [m for m in found if unbracketed[m.start()] != " "] or found
    year = int(found[-1].group(1))
    carried = _CARRIED_OVER.search(unbracketed, found[-1].end())
    if carried:
        return int(carried.group(1)) if carried.group(1) else year + 1
    return year


def _carried_plan_year(ctx: FigureContext) -> int | None:
    """The year of the plan a figure takes its measure from when its own sentence has no measure word:
    "Theo đó, dự toán thu ... năm 2027 là 5.600 tỷ đồng. Thu tiền sử dụng đất 1.200 tỷ đồng" (the
    sentence ``measure_of`` carries the plan from, the year it names; a line apart is another sentence).
    A plan that names no year of its own is of the plan before it too ("Dự toán chi thường xuyên được HĐND
    tỉnh giao 14.600 tỷ đồng" after "Dự toán thu ... năm 2027 là ...")."""
    if _first_measure_word(ctx.before) not in (None, "plan"):
        return None
    for sentence in reversed(re.split(r"(?<=[.!?])\s+|\n", _carried_text(ctx))):
        measure = _first_measure_word(sentence)
        if measure is not None:
            if measure != "plan":
                return None
            found = [m for m in _YEAR.finditer(sentence)
                     if not _COMPARED_WITH.search(sentence, 0, m.start())
                     and not _SPAN_BOUND.search(sentence, max(0, m.start() - 12), m.start())]
            year = int(found[-1].group(1)) if found else None
            if year and ctx.year and year > ctx.year and _DONE_BEFORE.search(ctx.before) and _AIMED_AT.search(sentence):
                # "Dự kiến kế hoạch vốn năm 2026 là ... . Trong số vốn đã phân bổ, vốn ngân sách tỉnh 7.210 tỷ đồng":
                # capital already allocated or assigned is of the plan under way, not of the one only foreseen
                return ctx.year
            return year
    return None


# "đã phân bổ", "đã giao", "đã được giao": a plan's money the figure's sentence says is already handed out
_DONE_BEFORE = re.compile(r"\bđã\s+(?:được\s+)?(?:phân\s+bổ|giao|bố\s+trí|cấp|thông\s+báo)", _I)
# "đến năm 2025", "từ năm 2021": a bound of a span (a headline run into its lead), no one year's plan
_SPAN_BOUND = re.compile(r"\b(?:đến|tới|từ)\s+$", _I)


# "Cụ thể, ...", "Theo đó, ...", "Trong đó, ..." open a paragraph that spells out the one before it (a
# news lead: "UBND tỉnh vừa ban hành Quyết định giao dự toán ... năm 2025." then "Cụ thể, tổng thu ... là
# 3.250 tỷ đồng"): the measure, issuer and year said there are its own
_DETAILS_THE_LEAD = re.compile(r"\W*(?:cụ\s+thể|theo\s+đó|trong\s+đó)\b", _I)


def _carried_text(ctx: FigureContext) -> str:
    """The text a figure's sentence goes on from: its paragraph before the sentence, after the last sentence
    of the passage before when the paragraph opens on a link that details that one."""
    own = ctx.text[: ctx.sentence[0]]
    if ctx.preceding and _DETAILS_THE_LEAD.match(ctx.text):
        return _last_sentence(ctx.preceding) + "\n" + own
    return own


def _sentence_before(ctx: FigureContext) -> str:
    """The sentence before the figure's, in its paragraph or ending the paragraph before."""
    if ctx.sentence[0] > 0:
        return _last_sentence(ctx.text[: ctx.sentence[0]])
    return _last_sentence(ctx.preceding)


_ITS_PARTS_NAMED = re.compile(r"\s*(?:trong\s+đó|bao\s+gồm|gồm)\b", _I)


def _not_budget_sentence(before: str) -> bool:
    """A not-a-budget subject said before the number, unless a revenue or spending item is named
    after it in a clause of its own ("GRDP đạt 260.200 tỷ đồng, tổng thu ngân sách đạt 62.700 tỷ
    đồng"). Investment items stay blocked: "vốn toàn xã hội ..., trong đó vốn ngân sách" is part of
    total social investment."""
    first = _NOT_BUDGET_SENTENCE.search(before)
    if first is None:  # the usual case: one scan, no list
        return False
    # the end of the last match: the scan goes on from the first (as a scan of all of them would)
    last = first.end()
    for m in _NOT_BUDGET_SENTENCE.finditer(before, first.end()):
        last = m.end()
    mark = re.search(r"[,;:]", before[last:])
    if mark is None:
        return True
    rest = before[last + mark.end() :]
    if _ITS_PARTS_NAMED.match(rest):
        return True  # ("kiến nghị xử lý tài chính 95 tỷ đồng, trong đó tăng thu ngân sách ...": its parts, no subject)
    found = nearest_item(rest)
    if found is not None and _disbursement_of_its_own(rest, found[0]):
        return False
    return found is None or _family(found[0]) not in ("revenue", "expenditure")


# A bare total ("tổng thu", "tổng chi") in a sentence whose subject no budget pays is that subject's takings or
# spending ("BHXH tỉnh đặt mục tiêu phát triển 18.000 người tham gia, tổng thu đạt 12.400 tỷ đồng": the insurance
# fund's); a total of the budget names it, or what is collected in the area ("tổng thu ngân sách", "tổng thu NSNN",
# "tổng thu nội địa", "tổng thu trên địa bàn")
_BARE_TALLY_ITEMS = ("revenue_total", "expenditure_total")
_BUDGET_NAMED_IN_A_TALLY = re.compile(r"ngân\s+sách|\bNS|thuế|phí|cân\s+đối|nội\s+địa|địa\s+bàn", _I)


def _a_bare_total_of_a_subject_no_budget_pays(ctx: FigureContext, item: str) -> bool:
    """Is the figure a bare total named in its own comma clause (no budget named there) after words of a subject no
    budget pays earlier in its sentence (``not_budget_clause.csv``: a social insurance office)?"""
    if item not in _BARE_TALLY_ITEMS:
        return False
    clause = ctx.clause_before(r"[;,]")
    if _BUDGET_NAMED_IN_A_TALLY.search(clause) is not None or nearest_item(clause) is None:
        return False
    return _NOT_BUDGET_CLAUSE.search(ctx.before, 0, len(ctx.before) - len(clause)) is not None


# "Tổng vốn đầu tư toàn xã hội là 15.300 tỷ đồng, đã phân bổ 100% vốn đầu tư công, giải ngân đạt 39%":
# public capital paid out in a clause of its own is budget spending, not a part of the area's investment
# ("vốn toàn xã hội ..., trong đó vốn ngân sách ... giải ngân" is still a part of it)
_PART_OF_A_TOTAL = re.compile(r"trong\s+đó|bao\s+gồm|\bgồm\b|chiếm", _I)
_PAID_OUT = re.compile(r"giải\s+ngân", _I)
_PUBLIC_CAPITAL_NAMED = re.compile(
    r"đầu\s+tư\s+công|\b(?:Đ|Ð)TC\b|kế\s+hoạch\s+vốn|\bKH\s+vốn\b|vốn\s+(?:ngân\s+sách|NS|cân\s+đối)", _I)


# a clause that only pays out or hands out what the clause before it named (", đã giải ngân 10 tỷ đồng", ", đã phân bổ
# 298 tỷ đồng cho các xã"): the verb, no noun of its own
_BARE_PAYING_OUT = re.compile(r"\s*(?:và\s+)?(?:(?:hiện|nay|đến\s+nay|hiện\s+nay)\s+)?(?:(?:đã|mới)\s+)?"
                              rf"(?:giải\s+ngân|phân\s+bổ|cấp\s+phát|chi\s+trả)(?:\s+(?:được|đạt))?(?:\s+(?:{HEDGE_WORDS}))?\s*",
                              _I)


def _paid_out_of_money_no_budget_pays(ctx: FigureContext) -> bool:
    """"Tiếp nhận 312 tỷ đồng tiền ủng hộ, đã phân bổ 298 tỷ đồng", "45 doanh nghiệp được cấp 120 tỷ đồng vốn vay ưu
    đãi, đã giải ngân 100 tỷ đồng": is the figure's clause a bare paying out of the money the clause before it named,
    money no budget pays (donations, loans: ``money_no_budget_pays.csv``)? Then what is paid out is that money too."""
    clause = ctx.clause_before(r"[;,]")
    if _BARE_PAYING_OUT.fullmatch(clause) is None:
        return False
    previous = ctx.before[: len(ctx.before) - len(clause) - 1]
    return _MONEY_NO_BUDGET_PAYS.search(last_clause(previous, r"[;,]")) is not None


def _disbursement_of_its_own(clauses: str, item: str) -> bool:
    """Is the clause after a not-a-budget subject a paying out of public capital named in it ("…, đã phân bổ 100% vốn
    đầu tư công, giải ngân đạt 39%")? A bare "giải ngân" is still the subject's ("NHCSXH tỉnh X: Giải ngân 1.500 tỷ
    đồng", the bank's loans)."""
    return (item == "public_investment" and bool(_PAID_OUT.search(clauses)) and not _PART_OF_A_TOTAL.search(clauses)
            and _PUBLIC_CAPITAL_NAMED.search(clauses) is not None)


# "Doanh thu từ doanh nghiệp có vốn đầu tư nước ngoài là 2.219 tỷ đồng, bằng 106,7% dự toán": the
# revenue collected from a sector, loosely called "doanh thu"; its rate against the budget
# estimate says it is budget revenue, not the firms' turnover.
_MISNAMED_REVENUE = re.compile(r"\bdoanh\s+thu\s+(?=từ\s+(?:các\s+)?(?:doanh\s+nghiệp|khu\s+vực|DN)\b)", _I)


def _revenue_misnamed(ctx: FigureContext) -> bool:
    subject = _subject(ctx)
    if "oanh" not in subject or _AGAINST_ESTIMATE_AFTER.match(ctx.after) is None:
        return False
    rest = _MISNAMED_REVENUE.sub(lambda m: " " * len(m.group()), subject)
    return rest != subject and _NOT_BUDGET_CLAUSE.search(rest) is None


# "...; giá trị tiểu thủ công nghiệp, dịch vụ, thương mại đạt 1.351 tỷ đồng": a semicolon part that
# opens on the value of an output names its own subject, whatever budget the sentence began with
# (not the value of money paid out or of work done: "giá trị giải ngân", "giá trị khối lượng")
_OUTPUT_VALUE_PART = re.compile(r"\s*(?:tổng\s+)?giá\s+trị\s+(?!giải\s+ngân|khối\s+lượng|thực\s+hiện|vốn\b)", _I)


# "tổng thu ngân sách đạt 3.800 tỷ đồng, bằng 120% dự toán; tỷ lệ hộ nghèo còn 1,1%, vượt 7% kế
# hoạch": a semicolon part whose own subject is not budget money (the words of
# ``not_budget_clause.csv``) and that names no budget item is about that subject; the item the
# sentence began with does not reach into it. Its later comma clauses ("vượt 7% kế hoạch") are too.
# A part that opens on a rate of something named ("; tỷ lệ thu gom rác thải đạt 80%") has a subject of its own as
# well, whatever it is a rate of; a bare "tỷ lệ" ("; tỷ lệ đạt 105%") is the rate of the amount before.
_A_RATE_OF_ITS_OWN = re.compile(r"\W*(?:tỷ|tỉ)\s+lệ\s+(?!(?:đạt|là|bằng|so|tương|ước|khoảng|này|trên|hơn)\b)\w", _I)


def _part_of_its_own(ctx: FigureContext) -> bool:
    if ";" in ctx.before:
        part = ctx.clause_before(r"[;]")
        if ((_NOT_BUDGET_CLAUSE.search(part) is not None or _A_RATE_OF_ITS_OWN.match(part) is not None)
                and nearest_item(part) is None):
            return True
    # (the rate's own comma clause too: "thu ngân sách đạt 45 tỷ đồng, tỷ lệ thu gom chất thải rắn đạt 85%")
    return ctx.unit == "pct" and "lệ" in ctx.before and (
        _A_RATE_OF_ITS_OWN.match(clause := ctx.clause_before(r"[;,]")) is not None and nearest_item(clause) is None)


def _after_a_sibling_no_budget_pays(ctx: FigureContext) -> bool:
    """Is the figure's clause one of no item after the amount of a subject no budget pays? ("Thanh tra kiến nghị thu
    hồi nộp ngân sách 1.215 tỷ đồng; kiến nghị khác 427 tỷ đồng".) Its clause names no item and the amount closing the
    clause before it is no budget figure, its own subject holding words of a subject no budget pays outside the item
    it names (as ``route_budget`` tests it): the item the figure took from there is that sibling's, of no budget
    either."""
    clause = ctx.clause_before(r"[;,]")
    if nearest_item(clause) is not None:
        return False
    earlier = ctx.before[: len(ctx.before) - len(clause) - 1].rstrip()
    if (amount := _AMOUNT_CLOSES.search(earlier)) is None:
        return False
    sibling = _after_the_cause(last_clause(earlier[: amount.start()]))
    return nearest_item(sibling) is not None and _not_budget_words_outside_its_item(sibling)


def _not_budget_words_outside_its_item(subject: str) -> bool:
    """Does ``subject`` hold words of a subject no budget pays (``_NOT_BUDGET_CLAUSE``) that are not inside the words
    of the budget item it names? "Cục Hải quan tỉnh X thu nộp ngân sách nhà nước đạt ...": "thu nộp ngân sách" is the
    customs office's collection (budget_items.csv's customs row reads it whole), while "tịch thu ..., thu nộp ngân
    sách" (a fine's) names no item around it."""
    if (first := _NOT_BUDGET_CLAUSE.search(subject)) is None:
        return False
    if (found := nearest_item(subject)) is None or (item := _ITEM_PATTERN[found[0]].match(subject, found[1])) is None:
        return True
    return any(not item.start() <= words.start() < words.end() <= item.end()
               for words in (first, *_NOT_BUDGET_CLAUSE.finditer(subject, first.end())))


# "do giá trị sản xuất ... giảm sâu nên tổng thu ngân sách ... đạt X": the words before "nên" give the
# cause, the figure's subject follows it
_CAUSE = re.compile(r"(?<!\w)(?:do|vì|bởi)\s", _I)


def _after_the_cause(words: str) -> str:
    i = words.rfind(" nên ")
    if i < 0 or _CAUSE.search(words, 0, i) is None:
        return words
    return words[i + len(" nên "):]


def _a_later_year_aimed_at(ctx: FigureContext) -> bool:
    """"Dự kiến cả năm 2026, tổng thu ngân sách đạt khoảng 27.500 tỷ đồng" in a report of 2025: what a year that has
    not begun is expected or aimed to reach is planned, whatever verb says it (not a part of that year: "dự kiến
    đến tháng 6 năm 2026")."""
    return (bool(ctx.year) and not ctx.table_row and _AIMED_AT.search(ctx.before) is not None
            and (year := plan_year(ctx)) is not None and year > ctx.year and not _PART_OF_A_YEAR.search(ctx.before))


def _a_part_of_the_year_expected(ctx: FigureContext) -> bool:
    """"Dự kiến quý III, thu ngân sách đạt 2.400 tỷ đồng", "Tháng 12 dự kiến chi đạt ...": a month, a quarter or months
    named with what they are expected to bring are a time ahead, whose amount is forecast (planned) even said with
    the verb of what is done, as it is without one ("Quý III/2026, dự kiến giải ngân 3.100 tỷ đồng"); not "dự kiến"
    as a comparison's base ("vượt 10% so với dự kiến"), nor a cut-off, the time under way reckoned to its end ("Dự kiến
    đến hết quý II/2026, giải ngân đạt ...": an estimate of what is done)."""
    return (not ctx.table_row and "kiến" in ctx.before and _EXPECTED.search(ctx.before) is not None
            and not (("đến" in ctx.before or "hết" in ctx.before) and _CUT_OFF_BEFORE.search(ctx.before))
            and _a_part_of_the_year_ahead(ctx))


_CUT_OFF_BEFORE = re.compile(r"\b(?:đến|hết)\s+(?:hết\s+)?(?:ngày|tháng|quý|năm|\d)", _I)


# "dự kiến" (expected) said of the figure in its part of the sentence, not as the base of a comparison ("vượt 10% so
# với dự kiến"); the words of a plan or an aim beside it ("dự kiến bố trí", "phấn đấu") make it one
_EXPECTED = re.compile(r"(?<!với\s)(?<!so\s)\bdự\s+kiến\b", _I)
_AIMED_OR_SET = re.compile(r"phấn\s+đấu|định\s+hướng|mục\s+tiêu|\b(?:đề|đặt)\s+ra\b", _I)


def _an_outturn_expected(ctx: FigureContext) -> bool:
    """Is the figure the outturn expected of a time under way, said with "dự kiến" ("Dự kiến cả năm 2025, tổng thu
    ngân sách đạt 15.600 tỷ đồng, trong đó thu tiền sử dụng đất dự kiến 3.100 tỷ đồng" in 2025; "dự kiến hết ngày
    30/9, tỉnh sẽ giải ngân đạt 65% kế hoạch"): an estimate of what is done, as "ước", not a plan? Not when the part
    names a plan or an aim of its own ("dự kiến bố trí", "dự toán", "phấn đấu"), nor of a year not begun
    (``_a_later_year_aimed_at``)."""
    if ctx.table_row:
        return False
    part = ctx.clause_before(r"[;]")
    if _EXPECTED.search(part) is None:
        return False
    # (a plan a rate is read against is no plan of the figure: "dự kiến giải ngân 95% kế hoạch, tương đương ...")
    bare = _without_plans_read_against(_EXPECTED.sub(" ", part))
    if _PLAN_WORDS.search(bare) is not None or _AIMED_OR_SET.search(bare) is not None:
        return False
    # (a quarter or months named, "Quý III/2026, dự kiến giải ngân ...", are a time ahead aimed at; money carried into
    # the next year, "Chi chuyển nguồn sang năm 2027 dự kiến ...", is reckoned for it)
    if _CARRIED_INTO_YEAR.search(part) is not None or (
            _a_part_of_the_year_ahead(ctx)):
        return False
    return not (ctx.year and (year := plan_year(ctx)) is not None and year > ctx.year)


# capital whose time to be paid out was extended into a later year ("Vốn kéo dài từ năm 2024 sang năm 2025", "vốn năm
# 2024 được phép kéo dài thời gian thực hiện, giải ngân sang năm 2025"; group 1: the year it was extended into)
_EXTENDED_INTO = re.compile(r"\bkéo\s+dài\b[^.;:]{0,80}?\bsang\s+năm\s+" + captured(YEAR) + r"\b", _I)


def _year_extended_to(ctx: FigureContext) -> int | None:
    """The year extended capital is paid out in, the one its sentence says it was extended into (not the year it was
    planned in, named first), for the amounts paid out of it said after it in the sentence."""
    extended = _EXTENDED_INTO.findall(ctx.text, ctx.sentence[0], ctx.start)
    return int(extended[-1]) if extended else None


def _the_starting_price_or_a_rate_over_it(ctx: FigureContext) -> bool:
    near = ctx.before[-90:]
    if ctx.unit != "pct":
        return ("khởi" in near[-30:] and _STARTING_PRICE_BEFORE.search(near) is not None
                and not _PRICE_GAP_BEFORE.search(near))
    return (("khởi" in near and _RATE_OVER_STARTING_PRICE_BEFORE.search(near) is not None)
            or ("khởi" in ctx.after[:40] and _RATE_OVER_STARTING_PRICE_AFTER.match(ctx.after) is not None))


_MONEY_AMOUNT = re.compile(rf"\d[\d.,]*\s*(?:{_MONEY_SCALES})\s+đồng", _I)


def _a_whole_no_item_names_before(ctx: FigureContext) -> bool:
    """"Tổng kinh phí chi cho công tác an sinh xã hội đạt 5.286 tỷ đồng. Trong đó, chi trợ cấp xã hội ... 1.012 tỷ
    đồng": does the sentence before a breakdown give an amount of money whose subject names no budget item (a sector's
    spending, no item of the budget)? The spending parts then belong to that whole, not to the budget's spending total
    (not "Tổng chi ngân sách đạt ... Trong đó, chi đầu tư ...": the whole is an item)."""
    before = _sentence_before(ctx)
    amount = _MONEY_AMOUNT.search(before)
    return amount is not None and nearest_item(before[: amount.start()]) is None


# an estimate or capital plan given up, right before the amount ("Số vốn không giải ngân hết phải hủy dự toán 655 tỷ
# đồng", "hủy bỏ kế hoạch vốn 120 tỷ đồng"): the amount cancelled is done, whatever plan it was cancelled from
_CANCELLED_BEFORE = re.compile(r"\b(?:hủy|huỷ)(?:\s+bỏ)?(?:\s+(?:dự\s+toán|kế\s+hoạch(?:\s+vốn)?|vốn))?"
                               rf"(?:\s+(?:là|với|số\s+tiền))?(?:\s+(?:{HEDGE_WORDS}))?\s*$", _I)


def route_budget(ctx: FigureContext) -> Routed | None:
    if ctx.unit not in ("VND", "USD", "pct"):
        return None
    # The item first: most money figures name none (7 in 10 of those that pass the tests below), and
    # every test here is a pure function of the figure (its caches only save time), so which one
    # answers None first changes nothing but the work done.
    item = budget_item(ctx)
    if item is None:
        return None
    if _OUTPUT_VALUE_PART.match(ctx.clause_before(r"[;]")) or _part_of_its_own(ctx):
        return None
    if ctx.unit == "pct" and "điểm" in ctx.text[ctx.end:ctx.unit_end]:
        return None  # a rate's move in points ("giảm 4,1 điểm phần trăm"): no % change of money, no measure of budgets
    if _the_starting_price_or_a_rate_over_it(ctx):
        return None
    if item != "target_programme" and _MONEY_NO_BUDGET_PAYS.search(_subject(ctx)):
        return None
    if _LENT_TO_AFTER.match(ctx.after):
        return None  # "giải ngân 9 tỷ đồng cho 14 hợp tác xã vay vốn": a loan paid out, no budget spending
    if ctx.unit != "pct" and _paid_out_of_money_no_budget_pays(ctx):
        return None
    if (
        (_not_budget_words_outside_its_item(_after_the_cause(_subject(ctx))) and not _revenue_misnamed(ctx))
        or _not_budget_sentence(_after_the_cause(ctx.before))
    ) and not _a_programmes_part_by_its_kind(ctx, item):
        return None
    if _BREAKDOWN.match(ctx.sentence_text) and _not_budget_sentence(_sentence_before(ctx)):
        return None  # "Tổng vốn đầu tư ... đạt 9.051 tỷ đồng. Trong đó, vốn ngân sách nhà nước ...": its parts
    if (";" in ctx.before or "," in ctx.before) and _after_a_sibling_no_budget_pays(ctx):
        return None
    if "," in ctx.before and _a_bare_total_of_a_subject_no_budget_pays(ctx, item):
        return None
    if (_BREAKDOWN.match(ctx.sentence_text) and _family(item) == "expenditure"
            and _a_whole_no_item_names_before(ctx)):
        return None
    measure = measure_of(ctx)
    if measure is None:
        return None
    if (ctx.unit != "pct" and ("ủy" in (near := ctx.before[-40:]) or "uỷ" in near)
            and _CANCELLED_BEFORE.search(ctx.clause_before(r"[;,]"))):
        item, measure = "other", "actual"  # "phải hủy dự toán 655 tỷ đồng": an estimate given up, done; no plan
    if measure == "actual" and (
        (item == "target_programme" and _a_programmes_capital_named_bare(ctx))
        or (item in ("public_investment", "target_programme") and _capital_then_paid_out(ctx))
    ):
        measure = "plan"
    if measure == "plan" and item == "other" and (_revenue_gap(ctx.before) or (ctx.unit != "pct" and _an_excess(ctx))):
        measure = "actual"  # ("vượt dự toán 900 tỷ đồng": the gap is done, the plan only its base)
    if measure == "actual" and (_a_later_year_aimed_at(ctx) or _a_part_of_the_year_expected(ctx)):
        measure = "plan"
    expected = "kiến" in ctx.before and _an_outturn_expected(ctx)
    if expected and measure == "plan":
        measure = "actual"  # "thu tiền sử dụng đất dự kiến 3.100 tỷ đồng" in this year's outturn: expected, no plan
    fields: dict = {
        "budget_item": item,
        "budget_label": _label(ctx, item),
        "measure": measure,
        "plan_basis": plan_basis(ctx, item) if measure in ("plan", "plan_pct") else None,
        "funding_source": funding_source(ctx, item),
    }
    if item == "other" and ctx.qualifier in ("over", "under") and _BARE_GAP.search(ctx.before) and _an_excess(ctx):
        # "đạt 105% dự toán, vượt 1.200 tỷ đồng", "thấp hơn 180 tỷ đồng so với dự toán": the gap is that amount ("vượt
        # hơn": more than it)
        fields["qualifier"] = "exact"
    if expected and measure != "plan" and ctx.qualifier == "exact":
        fields["qualifier"] = "estimate"  # "Dự kiến cả năm 2025, tổng thu ngân sách đạt 15.600 tỷ đồng", as "ước đạt"
    if measure != "plan":
        fields["as_of"] = as_of(ctx)
        if ctx.unit == "pct" and "(" in ctx.before[-4:] and _LAST_YEARS_RATE_IN_BRACKETS.search(ctx.before):
            # "..., tỷ lệ 50%, thấp hơn cùng kỳ (55,3%)": last year's rate, at last year's same day (its period is
            # the same months of last year, as the period phrases read it)
            fields["as_of"] = _a_year_before(fields["as_of"])
        if (listed := _respective_period(ctx)) is not None:
            fields["period_start"], fields["period_end"] = listed.start, listed.end
        elif "kỳ" in ctx.before[-40:] and (last_year := _last_years_own_period(ctx)) is not None:
            fields["period_start"], fields["period_end"] = last_year.start, last_year.end
            fields["as_of"] = None  # (a day said for this year's figure is none of last year's)
            if ctx.qualifier == "estimate" and "ước" not in ctx.clause_before(r"[;,(]"):
                fields["qualifier"] = "exact"  # (this year's "ước đạt" is no estimate of last year's)
        elif expected and (so_far := _the_months_so_far_expected(ctx)) is not None:
            # "dự kiến 6 tháng đạt ...": those months, not the year
            fields["period_start"], fields["period_end"] = so_far.start, so_far.end
        elif expected and ctx.metric == "target" and (day := fields["as_of"]) is not None and day.month > 1:
            # "dự kiến đến ngày 30/6/2026 giải ngân đạt 3.400 tỷ đồng": the year up to that day, as said without
            # "dự kiến" (not the year an amount expected is aimed at)
            fields["period_start"], fields["period_end"] = dt.date(day.year, 1, 1), day
        elif "dài" in ctx.before and (extended := _year_extended_to(ctx)) is not None:
            fields["period_start"], fields["period_end"] = dt.date(extended, 1, 1), dt.date(extended, 12, 31)
        elif measure in ("yoy_pct", "plan_pct") and (
                planned := _year_of_the_plan_compared(ctx) or _plan_against_an_earlier_estimate(ctx)) is not None:
            fields["period_start"], fields["period_end"] = dt.date(planned, 1, 1), dt.date(planned, 12, 31)
            fields["as_of"] = None
        elif (booked := _year_booked(ctx, item, planned=False)) is not None:
            fields["period_start"], fields["period_end"] = dt.date(booked, 1, 1), dt.date(booked, 12, 31)
        elif "năm" in ctx.before and (year_end := _TO_THE_YEARS_END.search(ctx.text, ctx.sentence[0], ctx.start)):
            year = int(year_end.group(1))
            fields["period_start"], fields["period_end"] = dt.date(year, 1, 1), dt.date(year, 12, 31)
        elif (broken_down := _period_broken_down(ctx, item)) is not None:
            fields["period_start"], fields["period_end"] = broken_down.start, broken_down.end
        elif measure == "plan_pct" and (ahead := _year_aimed_at_under_its_heading(ctx)) is not None:
            fields["period_start"], fields["period_end"] = dt.date(ahead, 1, 1), dt.date(ahead, 12, 31)
        elif measure in ("plan_pct", "yoy_pct") and (
            ("năm" in ctx.before and _the_whole_year_aimed_at(ctx)) or _a_rate_of_an_amount_aimed_at(ctx)
            or _a_rate_of_a_years_estimate(ctx)
        ):
            fields["period_start"], fields["period_end"] = dt.date(ctx.year, 1, 1), dt.date(ctx.year, 12, 31)
            fields["as_of"] = None
        elif measure in ("plan_pct", "yoy_pct") and fields["as_of"] is None and (aimed := _year_a_rate_aims_at(ctx)):
            fields["period_start"], fields["period_end"] = dt.date(aimed, 1, 1), dt.date(aimed, 12, 31)
    elif (booked := _year_booked(ctx, item, planned=True)) is not None:
        fields["period_start"], fields["period_end"] = dt.date(booked, 1, 1), dt.date(booked, 12, 31)
    elif (term := plan_term(ctx)) is not None:
        fields["period_start"], fields["period_end"] = dt.date(term[0], 1, 1), dt.date(term[1], 12, 31)
    elif (part := _a_part_of_the_year_aimed_at(ctx)) is not None:
        fields["period_start"], fields["period_end"] = part.start, part.end
    else:
        year = (plan_year(ctx) or (None if ctx.year else _year_of(ctx)) or _year_aimed_at_under_its_heading(ctx)
                or _carried_plan_year(ctx) or _year_of_the_capital_named_after(ctx) or _year_adopted_before(ctx)
                or _year_of_the_plan_left_undone(ctx))
        if not year and ctx.year and _plan_amount_in_brackets(ctx.before):
            year = ctx.year  # "đạt 51,8% so với nghị quyết (23.600 tỷ đồng)": the year's plan, restated
        if year:  # a yearly plan covers its whole year
            fields["period_start"], fields["period_end"] = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if (item == "other" and ctx.metric == "plan_pct" and "giảm" in ctx.before[-40:]
            and (verb := _rate_of_a_budget(ctx)) is not None and verb.group().lower().startswith("cắt")):
        # "cắt giảm 5% dự toán chi thường xuyên": the share cut (5), the figure read as a fall short of a plan (95)
        return Routed("budgets", fields, value=round(100 - ctx.value, 6))
    # (the figure reader reads the shortfall itself when its base follows it, "hụt 9% so với dự toán" as plan_pct 91 and
    # "hụt 46% so với cùng kỳ" as yoy_pct -46; a bare "hụt 46%" it reads as a fall, -46, the plan named before it)
    if measure == "plan_pct" and ctx.metric != "plan_pct" and _short_of_the_plan(ctx):
        return Routed("budgets", fields, value=round(100 - abs(ctx.value), 6))  # "hụt 9% so với dự toán": 91% of it
    if ctx.metric == "yoy_abs" and measure == "actual":
        return Routed("budgets", fields, value=abs(ctx.value))  # "cắt giảm 150 tỷ đồng chi …": 150 saved, not a fall
    if measure == "yoy_pct" and ctx.metric == "level" and _short_of_last_year(ctx):
        return Routed("budgets", fields, value=-ctx.value)  # "hụt 46% so với cùng kỳ": a fall of 46%
    if measure == "plan_pct" and ctx.metric == "level" and _collected_beyond(ctx.before):
        return Routed("budgets", fields, value=round(ctx.value + 100, 6))  # "vượt thu 9%": 109% of the estimate
    if measure == "yoy_pct" and ctx.metric in ("level", "plan_pct"):
        # "93% so với cùng kỳ": -7 ("bằng 105% CK", read by the figure as a share of a plan: 5)
        return Routed("budgets", fields, value=round(ctx.value - 100, 6))
    return Routed("budgets", fields)


# a heading that opens on the plans it sets ("2. Kế hoạch năm 2021", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027"; not a
# title of results that names the plan last, "Kết quả thực hiện nhiệm vụ năm 2020, kế hoạch năm 2021")
# ("II. DỰ TOÁN NĂM 2025": the estimates set for the year, as "Kế hoạch" sets its plans; not "I. THỰC HIỆN DỰ TOÁN NĂM
# 2024", the estimate carried out)
_PLAN_HEADING = re.compile(r"\W*(?:[IVX]+|\d+|[a-zđ])?\s*[.)/-]?\s*(?:kế\s+hoạch|dự\s+toán|phương\s+hướng|nhiệm\s+vụ"
                           r"|mục\s+tiêu|định\s+hướng)\b", _I)


def _year_aimed_at_under_its_heading(ctx: FigureContext) -> int | None:
    """"PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026" over "Phấn đấu ...; giải ngân vốn đầu tư công đạt 100% kế hoạch": a share
    of a plan aimed at, its sentence naming no year, is of the year to come its heading names (as the amounts
    aimed at there are), not of the report's."""
    if not ctx.year or not ctx.heading or _YEAR.search(ctx.before):
        return None
    if _AIM.search(ctx.before) is None and not _PLAN_HEADING.match(ctx.heading):
        return None  # ("2. Kế hoạch năm 2021" over "Thu ngân sách trên địa bàn 40 tỷ đồng trở lên": the heading aims)
    years = [int(m.group(1)) for m in _YEAR.finditer(ctx.heading)]
    return years[-1] if years and years[-1] > ctx.year else None


# "cả năm" bare, the whole year of the report (not "kế hoạch cả năm", "dự toán cả năm": the plan's year, read against)
_WHOLE_YEAR_BARE = re.compile(r"(?<!hoạch\s)(?<!toán\s)(?<!KH\s)\bcả\s+năm\b(?!\s*(?:\d|nay|qua|sau|trước|tới))", _I)


def _the_whole_year_aimed_at(ctx: FigureContext) -> bool:
    """"Phấn đấu thu ngân sách cả năm đạt 180 tỷ đồng, vượt 10% dự toán", "Dự kiến cả năm chi 15.300 tỷ đồng, đạt
    100% dự toán": a rate said of the whole year aimed at, in a report on part of it, is the year's (as the amount
    aimed at is), when no other period is named after "cả năm"."""
    if not ctx.year or (whole := _WHOLE_YEAR_BARE.search(ctx.before)) is None or _AIM.search(ctx.before) is None:
        return False
    return not any(phrase.period is not None for phrase in find_period_phrases(ctx.before[whole.end():], ctx.year))


def _the_amount_a_rate_follows(ctx: FigureContext) -> str | None:
    """The sentence up to the amount a rate is said right after ("…, vượt 12% dự toán", the rate's clause a verb
    alone), the first rate of its sentence; None otherwise."""
    if not ctx.year or ctx.unit != "pct" or "%" in ctx.before:
        return None
    clause = ctx.clause_before()
    if not _RATE_OF_THE_AMOUNT.fullmatch(clause):
        return None
    previous = ctx.before[: len(ctx.before) - len(clause) - 1]
    return previous if _AMOUNT_CLOSES.search(previous) is not None else None


def _a_rate_of_an_amount_aimed_at(ctx: FigureContext) -> bool:
    """"Phấn đấu thu ngân sách trên địa bàn đạt 180 tỷ đồng, vượt 12% dự toán tỉnh giao" (in a report on part of a
    year): the rate said right after an amount aimed at, in a sentence naming no period, is of the year the amount is
    aimed at (an amount planned with no year of its own is the year's: ``_a_years_plan``), not of the report's part."""
    if (previous := _the_amount_a_rate_follows(ctx)) is None or _AIM.search(previous) is None:
        return False
    return not any(phrase.period is not None for phrase in find_period_phrases(ctx.before, ctx.year))


def _a_rate_of_a_years_estimate(ctx: FigureContext) -> bool:
    """"Thu ngân sách năm 2026 ước đạt 9.540 tỷ đồng, bằng 108% dự toán" (in a report on part of 2026): the rate said
    right after an amount estimated for the report's whole year, named before it, is of that year, as the amount is
    (not "Thu ngân sách 10 tháng năm 2026 ước đạt …": the months named are the time counted)."""
    if "ước" not in ctx.before or (previous := _the_amount_a_rate_follows(ctx)) is None or (
            _ESTIMATED_AMOUNT.search(previous) is None):
        return False
    periods = [phrase for phrase in find_period_phrases(previous, ctx.year) if phrase.period is not None]
    whole = (dt.date(ctx.year, 1, 1), dt.date(ctx.year, 12, 31))
    return len(periods) == 1 and periods[0].kind == "year" and (periods[0].period.start, periods[0].period.end) == whole


# an amount estimated ("ước đạt 9.540 tỷ đồng", "ước thực hiện 9.540 tỷ đồng", "dự ước 9.540 tỷ đồng")
_ESTIMATED_AMOUNT = re.compile(
    r"\bước(?:\s+(?:tính|thực\s+hiện|đạt|thu|chi))*(?:\s+(?:" + HEDGE_WORDS + r"))?\s*\d[\d.,]*\s*"
    rf"(?:(?:{THOUSAND_WORDS})\s+)?(?:{_MONEY_SCALES})\s+(?:đồng|USD)\s*$", _I)


def _year_a_rate_aims_at(ctx: FigureContext) -> int | None:
    """"NHIỆM VỤ 6 THÁNG CUỐI NĂM" over "Phấn đấu ...; giải ngân 100% kế hoạch vốn được giao." in a report on half a
    year: a rate aimed at, its sentence naming no period nor cut-off, is of the year whose plan it is read against (as
    an amount aimed at is, ``_a_years_plan``), not of the months the report looks back on; "Phấn đấu năm 2026 tổng thu
    ... tăng 7% so với dự toán": of the year its sentence names last."""
    if not ctx.year or ctx.table_row or _AIM.search(ctx.before) is None:
        return None
    periods = [phrase.period for phrase in find_period_phrases(ctx.before, ctx.year)
               if phrase.period is not None and phrase.kind != "comparison"]
    if not periods:
        return _year_of_the_capital_named_after(ctx) or ctx.year  # ("... 100% kế hoạch vốn năm 2026": its year)
    last = periods[-1]
    whole_year = (last.start.month, last.start.day, last.end.month, last.end.day) == (1, 1, 12, 31)
    return last.start.year if whole_year and last.start.year == last.end.year else None


def _year_of_the_plan_compared(ctx: FigureContext) -> int | None:
    """"Dự toán thu ... năm 2027 là 6.200 tỷ đồng, tăng 8% so với ước thực hiện năm 2026", "HĐND tỉnh giao 9.400 tỷ
    đồng, tăng 6% so với dự toán Trung ương giao": a change said of a plan amount right before it, in a clause of no
    subject of its own, is of the year that plan is set for."""
    clause = ctx.clause_before()
    if len(clause) > 30 or not _NO_SUBJECT.fullmatch(clause):
        return None
    # (a plan only: "9 tháng năm 2026 đạt 560 tỷ đồng/dự toán 1.000 tỷ đồng, đạt 56%" measures what was done)
    subject = _subject(ctx)
    if "/" in subject or _ACTUAL_WORDS.search(subject):
        return None
    if (said := _last_measure_word(subject)) is None and ctx.year and (ahead := plan_year(ctx)) and ahead > ctx.year:
        # ("Cụ thể, tổng thu ... năm 2027 là 14.850 tỷ đồng, tăng 12,5% so với dự toán Trung ương giao" in news of
        # 2026: an amount of a year not yet begun, no measure word of its own, is planned, as ``measure_of`` reads it)
        return ahead
    if said != "plan":
        return None
    # ("HĐND tỉnh giao 15.600 tỷ đồng, tăng 9,5% ..." after "Dự toán ... năm 2026 Thủ tướng giao là ...;": the
    # year of the plan the amount goes on from)
    return plan_year(ctx) or _carried_plan_year(ctx)


# the estimate of a year before the one a plan is set for, right after a rate ("... so với dự toán năm 2026", "dự toán
# năm trước", "kế hoạch vốn giao năm 2025"; group 1 the year, when said)
_EARLIER_ESTIMATE_AFTER = re.compile(r"\s*(?:so\s+(?:với\s+)?)?(?:dự\s+toán|kế\s+hoạch(?:\s+vốn)?)"
                                     r"(?:\s+(?:được\s+)?giao)?\s+năm\s+(?:(\d{4})|trước)\b", _I)


def _plan_against_an_earlier_estimate(ctx: FigureContext) -> int | None:
    """The year of a plan whose rate against the estimate of an earlier year is said right after its amount ("Dự
    toán thu ngân sách năm 2027 là ..., tăng 12% so với dự toán năm 2026"): the plan's growth on the year before, not
    a share of a plan reached. None for a rate of what was done ("Ước thực hiện ... bằng 115% dự toán năm 2026") or
    against the estimate of its own year."""
    if (m := _EARLIER_ESTIMATE_AFTER.match(ctx.after)) is None or _first_measure_word(ctx.before) != "plan":
        return None
    year = plan_year(ctx) or ctx.year
    return year if year and (m.group(1) is None or int(m.group(1)) < year) else None


# a sentence that opens on the parts of the whole said before it, named as such before a colon ("Một số khoản thu: ...",
# "Các khoản thu chủ yếu: ...", "Cụ thể: ...")
_PARTS_NAMED_OPEN = re.compile(r"\W*(?:(?:một\s+số|các|những)\s+khoản\s+(?:thu|chi)\b[^:.;\d]{0,30}|cụ\s+thể)\s*:", _I)


# the whole each part of a budget is a part of ("Chi đầu tư phát triển" of "Chi ngân sách")
_WHOLE_OF_THE_PART = {"expenditure_investment": "expenditure_total", "expenditure_recurrent": "expenditure_total",
                      "revenue_domestic": "revenue_total", "revenue_import_export": "revenue_total",
                      "revenue_land_use": "revenue_total"}


def _parts_after_their_whole(ctx: FigureContext, item: str) -> bool:
    """"Chi ngân sách 9 tháng ước đạt 18.600 tỷ đồng. Chi đầu tư phát triển 4.900 tỷ đồng; chi thường xuyên ...": a
    part of the whole the sentence before named, its own sentence naming no period (the parts listed on without "Trong
    đó")."""
    whole = _WHOLE_OF_THE_PART.get(item)
    if whole is None or (named := nearest_item(_sentence_before(ctx))) is None or named[0] != whole:
        return False
    return not find_period_phrases(ctx.sentence_text, ctx.year)


def _period_broken_down(ctx: FigureContext, item: str) -> Period | None:
    """"Lũy kế 11 tháng đạt 16.920 tỷ đồng, .... Trong đó thu nội địa 15.100 tỷ đồng" (or "Một số khoản thu: ...", or
    the parts named on their own after their whole): the parts of a whole, in a sentence naming no period of its own,
    are of the period the sentence before gave the whole (its last)."""
    if _BREAKDOWN.match(ctx.sentence_text) or _PARTS_NAMED_OPEN.match(ctx.sentence_text):
        if find_period_phrases(ctx.before, ctx.year):
            return None
    elif not _parts_after_their_whole(ctx, item):
        return None
    else:  # (a whole year said of the whole is the year the report gives the parts anyway: left to it)
        last = _last_period_said(_sentence_before(ctx), ctx.year)
        return last if last is not None and (last.start.month, last.end.month) != (1, 12) else None
    return _last_period_said(_sentence_before(ctx), ctx.year)


def _last_period_said(sentence: str, year: int | None) -> Period | None:
    """The last period ``sentence`` names (not a year aimed at, nor one compared with)."""
    last = [phrase.period for phrase in find_period_phrases(sentence, year)
            if phrase.period is not None and phrase.kind not in ("target_year", "comparison")][-1:]
    return last[0] if last else None


# money carried over into the next year's budget, the year it goes to named ("chi chuyển nguồn sang năm 2026")
# (and the balance a year closed with, taken in by the next: "thu kết dư ngân sách năm 2023 là 517 tỷ đồng" in the
# settlement of 2024)
_CARRIED_FROM_YEAR = re.compile(r"\bthu\s+(?:chuyển\s+nguồn\s+(?:từ\s+)?năm\s+" + captured(YEAR) + r"\s+sang\b"
                                r"|kết\s+dư(?:\s+(?:ngân\s+sách|NS)(?:\s+(?:nhà\s+nước|địa\s+phương|cấp\s+\w+|"
                                rf"{UNIT_WORDS}))?)?\s+năm\s+" + captured(YEAR) + r"\b)", _I)
_CARRIED_INTO_YEAR = re.compile(r"\bchuyển\s+nguồn\s+sang\s+năm\s+" + captured(YEAR) + r"\b", _I)
# (a balance left over said carried on without "nguồn": "Nguồn cải cách tiền lương còn dư chuyển sang năm 2026 là ...")
_LEFT_OVER_INTO_YEAR = re.compile(r"\bchuyển\s+(?:nguồn\s+)?sang\s+năm\s+" + captured(YEAR) + r"\b", _I)


def _left_over_into_a_year(clause: str) -> re.Match[str] | None:
    """"Nguồn cải cách tiền lương còn dư chuyển sang năm 2026 là 2.040 tỷ đồng": money a closed year left over,
    carried into the next, no capital named (capital carried on, "vốn năm 2025 chuyển sang năm 2026", is the plan it
    is paid out of in that year)."""
    if "sang" not in clause or "vốn" in clause.lower():
        return None
    return _LEFT_OVER_INTO_YEAR.search(clause)


def _year_booked(ctx: FigureContext, item: str, planned: bool) -> int | None:
    """The year money carried between two years is booked in: spending carried over into a year ("Số chuyển nguồn sang
    năm 2026 là ...", "Chi chuyển nguồn sang năm 2026 dự kiến ...") in the year closed, revenue carried over from one
    ("thu chuyển nguồn năm 2023 sang", "thu kết dư ngân sách năm 2023") in the year after. (A capital plan carried
    into a year, "vốn năm 2025 chuyển nguồn sang năm 2026", is paid out in it: its plan is that year's.)"""
    clause = ctx.clause_before(r"[;:]")
    if ("sang" in ctx.before and not (planned and item in ("public_investment", "target_programme"))
            and (into := _CARRIED_INTO_YEAR.search(clause) or _left_over_into_a_year(clause)) is not None):
        return int(into.group(1)) - 1
    if ("thu" in ctx.before or "Thu" in ctx.before) and (came := _CARRIED_FROM_YEAR.search(clause)) is not None:
        return int(came.group(1) or came.group(2)) + 1
    return None


# the words of a target aimed at, set for the time ahead
# (not the "mục tiêu" of a programme's name, "chương trình mục tiêu quốc gia", nor of a targeted transfer, "bổ sung có
# mục tiêu", as _AIM reads it)
_AIMED_AT = re.compile(rf"phấn\s+đấu|dự\s+kiến|{_AIM_WORD}|chỉ\s+tiêu", _I)


def _last_estimate_word(text: str) -> int:
    """Where the last "dự toán" of ``text`` begins, -1 without one."""
    found = -1
    for m in _ESTIMATE_WORD.finditer(text):
        found = m.start()
    return found


def _the_part_of_the_year_aimed_at(ctx: FigureContext) -> PeriodPhrase | None:
    """"6 tháng cuối năm 2026, phấn đấu thu ngân sách đạt ...", "Tháng 12, dự kiến giải ngân ...": a target set
    for a month, a quarter or months of the year covers them, not the year whose number they carry (the year's
    plan a progress is measured against, "9 tháng năm 2026, giải ngân 3.000/5.000 tỷ đồng kế hoạch", is the
    year's)."""
    before = ctx.before
    if _BREAKDOWN.match(ctx.sentence_text) and not find_period_phrases(before, ctx.year):
        before = _sentence_before(ctx)  # "Trong đó, chi thường xuyên 24 tỷ đồng": a part of the sum set before
    if _AIMED_AT.search(before) is None:
        # "HĐND xã thông qua dự toán thu ngân sách 6 tháng cuối năm 2025 là 45 tỷ đồng" (a commune founded on
        # 1 July): an estimate set for months of a year, named after the estimate's word, covers them
        if (estimate := _last_estimate_word(before)) < 0:
            return None
        before = before[estimate:]
    last = [phrase for phrase in find_period_phrases(before, ctx.year) if phrase.period is not None][-1:]
    return last[0] if last and last[0].kind in PART_OF_YEAR_KINDS else None


def _a_part_of_the_year_aimed_at(ctx: FigureContext) -> Period | None:
    """The period of ``_the_part_of_the_year_aimed_at``'s phrase."""
    phrase = _the_part_of_the_year_aimed_at(ctx)
    return phrase.period if phrase is not None else None


def _months_so_far(phrase: PeriodPhrase, ctx: FigureContext) -> bool:
    """"Dự kiến 6 tháng đạt 8.070 tỷ đồng", "dự kiến 9 tháng năm 2026, giải ngân đạt ...": the months counted from
    January of the report's year have begun, so what they are expected to bring is an estimate of what is done, as
    "dự kiến cả năm" is (not a quarter or months ahead, "dự kiến quý IV", "6 tháng cuối năm": still to come)."""
    return (phrase.kind in ("half", "cumulative") and ctx.year is not None
            and phrase.period.start == dt.date(ctx.year, 1, 1))


def _the_months_so_far_expected(ctx: FigureContext) -> Period | None:
    """The period of the part of the year aimed at when it is the months so far (``_months_so_far``), else None."""
    phrase = _the_part_of_the_year_aimed_at(ctx)
    return phrase.period if phrase is not None and _months_so_far(phrase, ctx) else None


def _a_part_of_the_year_ahead(ctx: FigureContext) -> bool:
    """Is a part of the year aimed at (``_the_part_of_the_year_aimed_at``), one still to come, not the months so far?
    (its phrase read once: finding period phrases is the costly part)"""
    phrase = _the_part_of_the_year_aimed_at(ctx)
    return phrase is not None and not _months_so_far(phrase, ctx)


# Reports whose title fixes their period: a cut-off date in the period's last month ("đến ngày
# 17/6" in a half-year report) is when the data were taken, the figure still covers the period.
_PERIODIC_REPORTS = {"socioeconomic_report", "direction_review", "party_review"}
# (and those whose one month's budget figures read against the year's plan are the year so far)
_MONTHS_SO_FAR_REPORTS = _PERIODIC_REPORTS | {"news"}


def _a_years_plan(row: dict, document: dict) -> dict:
    """A revenue or spending estimate, or a capital plan, is set for the budget year: an amount the figure's
    words gave no year of ("thu nội địa được 365 tỷ đồng/978 tỷ đồng" in a half-year report, "tổng kế hoạch
    vốn đầu tư công năm nay là hơn 8.100 tỷ đồng" in news of a quarter) covers the whole year of a report
    on part of one, not the part. (Not the funds allotted to one task, item ``other``: they are counted with
    the report's time; nor a report over several years, whose plans are its term's.)"""
    start, end = document.get("period_start"), document.get("period_end")
    if row.get("budget_item") in (None, "other"):
        return {}
    day, own_start, own_end = row.get("as_of"), row.get("period_start"), row.get("period_end")
    if (day is not None and own_end == day and own_start == dt.date(day.year, 1, 1) and (day.month, day.day) != (12, 31)
            and row.get("measure") == "plan"):
        # "Đến hết tháng 7/2026, tỉnh giải ngân 4.120 tỷ đồng/10.840 tỷ đồng kế hoạch vốn": the plan paid out of is
        # the year's, not counted up to the cut-off (whatever period the document was read to have)
        return {"period_start": own_start, "period_end": dt.date(day.year, 12, 31), "as_of": None}
    if start is None or end is None or start.year != end.year:
        return {}
    if (row.get("period_start"), row.get("period_end")) != (start, end) or (end.month, end.day) == (12, 31):
        return {}  # a year the words named, a table column's, or a whole year already
    return {"period_start": dt.date(end.year, 1, 1), "period_end": dt.date(end.year, 12, 31), "as_of": None}


# the words of a month, a quarter or months so far ("tháng 9", "quý III", "9 tháng", "lũy kế"): a period of its own
_NAMES_ITS_MONTHS = re.compile(r"th[áa]ng|qu[ýy]|l[ũu]y\s+k[ếe]", _I)
# the year's estimate or plan a figure is measured against ("đạt 78,09% dự toán", "bằng 61% kế hoạch"; in a
# breakdown after it, "Chi đầu tư phát triển là 1.596,7 tỷ đồng, đạt 119,07%")
_AGAINST_THE_YEARS_PLAN = re.compile(r"dự\s+toán|kế\s+hoạch|\bKH\b|(?:đạt|bằng)\s+\d[\d.,]*\s*%", _I)


def _without_a_part_of_a_month(evidence: str) -> str:
    """``evidence`` but its cut-offs within a month ("Đến hạ tuần tháng 11, giải ngân ...": the month of the day it
    is counted to, not a month the figure is of)."""
    if "tuần" not in evidence and "giữa" not in evidence:
        return evidence
    return _AS_OF_MONTH_PART.sub(" ", evidence)


def _progress_of_a_monthly_report(row: dict, document: dict) -> dict:
    """A monthly report's budget sentence that names no month and measures against the year's estimate
    ("Tổng chi ngân sách nhà nước là 8.537,18 tỷ đồng, đạt 78,09% dự toán" in the report on September) gives
    the year so far: budget money is counted from January, as a cut-off's is. So does a news item's, its period the
    month it is dated in ("Sáng 12/9/2026, ... tỷ lệ phân bổ đạt 96,2%; đã giải ngân 4.120 tỷ đồng, đạt 47,7% kế
    hoạch": the year's plan allocated and paid out so far, not in September alone)."""
    start, end = document.get("period_start"), document.get("period_end")
    if (document.get("doc_type") not in _MONTHS_SO_FAR_REPORTS or start is None or end is None
            or (start.year, start.month) != (end.year, end.month) or start.month == 1):
        return {}
    if (row.get("period_start"), row.get("period_end")) != (start, end):
        return {}
    evidence = row.get("evidence") or ""
    if _NAMES_ITS_MONTHS.search(evidence) or not (
            _AGAINST_THE_YEARS_PLAN.search(evidence)
            # ("Thu ngân sách xã năm 2026 đạt 540 tỷ đồng" in the report on November 2026: that year, so far)
            or (str(end.year) in evidence and re.search(rf"\bnăm\s+{end.year}\b", evidence, _I))):
        return {}
    return {"period_start": dt.date(end.year, 1, 1), "period_end": end}


# a span's first day, "từ (ngày) 01/8"
_SPAN_FROM = re.compile(r"\btừ\s+(?:ngày\s+)?0?1\s*[/.]\s*0?(\d{1,2})\b", _I)


def _span_said_from(start: dt.date, evidence: str) -> bool:
    """Does the figure's sentence open a span on ``start``, the first of a month ("từ ngày 01/7/2025 đến ...")?"""
    return "từ" in evidence and any(int(m.group(1)) == start.month for m in _SPAN_FROM.finditer(evidence))


def _the_reports_time_or_a_year_before(start: dt.date, own_start: dt.date) -> bool:
    """Does ``start`` open the report's own period, or that period's same time a year before (the "cùng kỳ")?"""
    return start == own_start or (
        start.year == own_start.year - 1 and (start.month, start.day) == (own_start.month, own_start.day)
    )


def _extended_into_the_reports_year(row: dict, document: dict) -> dict:
    """"Vốn năm 2024 kéo dài sang năm 2025 đã giải ngân 356 tỷ đồng" in a report on October 2025: paid out in the year
    it was extended into, so far (from January to the report's end), not over the whole of that year."""
    start, end = row.get("period_start"), document.get("period_end")
    if start is None or end is None or row.get("period_end") != dt.date(start.year, 12, 31) or (
            end.year != start.year or end.month == 12 or start != dt.date(start.year, 1, 1)):
        return {}
    extended = _EXTENDED_INTO.findall(row.get("evidence") or "")
    return {"period_end": end} if extended and int(extended[-1]) == start.year else {}


def budget_figure_period(row: dict, document: dict) -> dict:
    """The period a budget figure covers, where it is not the words' or the report's own: the changed
    ``period_start``/``period_end`` (and ``as_of``), or ``{}`` to keep the row's.

    - a plan (measure ``plan``) the words gave no year of covers the report's budget year (``_a_years_plan``);
    - an amount or rate 'đến ngày D' covers the year up to D: its period ends at its as-of date (FACTS.md),
      except a periodic report's cut-off inside its last month;
    - a monthly report's figure measured against the year's estimate, naming no month, covers the year so far
      (``_progress_of_a_monthly_report``)."""
    if row.get("measure") == "plan":
        return _a_years_plan(row, document)
    day = row.get("as_of")
    if day is None and "dài" in (row.get("evidence") or "") and (
            so_far := _extended_into_the_reports_year(row, document)):
        return so_far
    if day is None:
        return _progress_of_a_monthly_report(row, document)
    end = document.get("period_end")
    words_end = row.get("period_end")
    if (
        document.get("doc_type") in _PERIODIC_REPORTS
        and end
        and (day.year, day.month) == (end.year, end.month)
        and not (words_end is not None and words_end.year < day.year)
    ):
        # (not a year before the cut-off's the words named: "Vốn năm 2023 kéo dài sang năm 2024: 22,5 tỷ đồng, đã giải
        # ngân 20,1 tỷ đồng" in a report on October 2024, the capital of that year paid out in the cut-off's, to it)
        start = document.get("period_start")
        if start is not None and start.year == end.year and start.month > 1 and row.get("period_start") == start:
            # a monthly report's "Tính đến ngày 15/11, thu ngân sách đạt ...", a quarter's "đến 30/9/2023 giải ngân
            # ...": budget money is counted from the year's start, to the report's end as a half-year report's is
            return {"period_start": dt.date(end.year, 1, 1), "period_end": end}
        return {}
    start = row.get("period_start")
    if start is not None and start.day == 1 and start.month > 1 and _span_said_from(start, row.get("evidence") or ""):
        # "từ ngày 01/8/2026 đến ngày 31/12/2026" (a commune founded on 1 August): the span its words give, to the day
        return {"period_start": start, "period_end": day}
    if (start is not None and day.month == 1 and start.year == day.year - 1 and end is not None
            and (end.year == start.year or row.get("period_end") == dt.date(start.year, 12, 31))):
        # a year's budget is spent and its investment plan paid out until 31 January of the next ("Ước đến
        # 31/01/2025, giải ngân 5.171,8 tỷ đồng" in a review of 2024): the year and its month of grace (from its
        # January: "Ước đến cuối năm ...; đến ngày 31/01/2026 đạt 100%" in news of November; the year its words
        # name in news of the January after, "Tính đến ngày 31/01/2026, tổng số vốn năm 2025 đã giải ngân là ...")
        return {"period_start": dt.date(start.year, 1, 1), "period_end": day}
    own_start = document.get("period_start")
    if (start is not None and own_start is not None and start.month > 1 and end is not None
            and _the_reports_time_or_a_year_before(start, own_start)
            and (document.get("doc_type") == "news" or (own_start.year, own_start.month) == (end.year, end.month))
            and not _NAMES_ITS_MONTHS.search(_without_a_part_of_a_month(row.get("evidence") or ""))):
        # a news item's period is the month it is dated in ("Sáng 12/9/2026, ... đến ngày 10/9/2026, tỉnh đã giải
        # ngân hơn 3.020 tỷ đồng"): a figure that took it said no month of its own ("Trong tháng 11, tính đến ngày
        # 16/11" keeps its month, in news as in any text), and counts from January; so
        # does one of any other text whose period is the one month of its dateline ("UBND TỈNH X, Ngày 18/11/2026:
        # Tính đến ngày 15/11/2026, tổng thu ngân sách đạt ...", its sentence naming no month), and the same time a
        # year before that it is compared with ("..., cao hơn cùng kỳ năm 2025 (41,6%)")
        start = None
    if start is None or start > day or start.year != day.year or (
            row.get("period_end") == day and (day.month - start.month < 3 or start.day != 1)):
        # (a month or quarter ending on the as-of day is the cut-off's own words, "đến hết quý III/2021, tỷ lệ
        # giải ngân ... là 2.511 tỷ đồng", "tính đến hết tháng 8": paid out or collected since January; not the
        # longer span from a month's first day a whole was said of, "Tổng thu ngân sách xã từ ngày 01/7/2025 đến
        # ngày 15/12/2025 đạt ...", carried to its parts: "Trong đó: thu thuế, phí, lệ phí 1.310 triệu đồng")
        start = dt.date(day.year, 1, 1)
    return {"period_start": start, "period_end": day}


# "Tổng chi ... 24.560 tỷ đồng, trong đó ngân sách cấp tỉnh 15.200 tỷ đồng, ngân sách cấp xã 9.360 tỷ đồng": a part
# named by its budget level alone, in a clause of its own, is labelled by that level, not by the whole's item
_LEVEL_PART = re.compile(
    r"\W*(?:(?:trong\s+đó|bao\s+gồm|gồm)\s*[:,]?\s*)?((?:ngân\s+sách|NS)\s+(?:cấp\s+)?(?:"
    rf"{UNIT_WORDS}|Trung\s+ương|TW|địa\s+phương))(?:\s+(?:ước\s+)?(?:đạt|là|được))?(?:\s+(?:{HEDGE_WORDS}))?\s*",
    _I,
)

# "..., đã phân bổ chi tiết 5.180 tỷ đồng, số vốn chưa phân bổ là 120 tỷ đồng": the money not yet allocated, paid out
# or collected, named in a clause of its own, is labelled by that name, not by the amount done before it
_LEFT_UNDONE = re.compile(
    r"\W*((?:(?:số|phần)\s+)?(?:vốn|tiền|kinh\s+phí|dự\s+toán)\b[^,;:()\d]{0,30}?\s+(?:còn\s+)?(?:chưa\s+(?:được\s+)?"
    r"(?:phân\s+bổ|giải\s+ngân|giao|thu)(?:\s+(?:chi\s+tiết|hết))?|(?:phải|cần)\s+giải\s+ngân(?:\s+trong\s+[^,;:()\d]{1,40}?)?))"
    rf"(?:\s+(?:còn\s+)?(?:là|khoảng))?(?:\s+(?:{HEDGE_WORDS}))?\s*",
    _I,
)


# the kind of capital written right before the programmes it is of ("vốn sự nghiệp các chương trình mục tiêu quốc gia",
# "nguồn vốn đầu tư phát triển của Chương trình MTQG …"): recurrent against investment capital, a part of the name
_CAPITAL_KIND_OF_THE_PROGRAMMES = re.compile(
    r"\b(?:nguồn\s+)?vốn\s+(?:đầu\s+tư(?:\s+phát\s+triển)?|sự\s+nghiệp)\s+(?:(?:của|thuộc|cho)\s+)?"
    r"(?:các\s+)?$", _I)


# the money of the programmes, written right before their name: raised ("Tổng nguồn vốn huy động thực hiện Chương
# trình …", "Tổng vốn đã huy động để thực hiện các chương trình …"), or their total or capital opening the clause
# ("Tổng vốn các CTMTQG năm 2026 là …", "Tổng kế hoạch vốn thực hiện 03 chương trình …", "Vốn các chương trình …"):
# the head of the label (not the capital a verb before it pays out: "giải ngân vốn các chương trình MTQG")
_PROGRAMMES_MONEY_HEAD = re.compile(
    r"\b(?:(tổng)\s+)?(?:(?:kế\s+hoạch|dự\s+toán)\s+)?(?:nguồn\s+|số\s+)?(?:vốn|kinh\s+phí)(?:\s+(?:(?:đã|được)\s+)?"
    r"(huy\s+động|giao|phân\s+bổ|bố\s+trí))?(?:\s+(?:được|để|thực\s+hiện|cho|của|trong|lồng\s+ghép))*\s+"
    r"(?:các\s+|\d+\s+)?$", _I)


# the words between a programme's name and the verb that pays its money out ("Chương trình MTQG giảm nghèo bền vững đã
# giải ngân"): no clause ends between, and an aspect said before the verb is no part of the name
_CLAUSE_ENDS = re.compile(r"[.;:,()\n]")
_ASPECT_AT_THE_END = re.compile(r"(?:\s+(?:đã|đều|cũng|đang|tiếp\s+tục))+\s*$", _I)


def _programme_paying_out(before: str, verb_at: int) -> str | None:
    """The programme named as the subject of the paying-out verb at ``verb_at`` ("Chương trình MTQG giảm nghèo bền
    vững giải ngân 612 tỷ đồng"), as written with the words of its money before it ("Vốn Chương trình ..."); None when
    the clause names no programme before the verb."""
    named = nearest_item(before[:verb_at])
    if named is None or named[0] != "target_programme" or _CLAUSE_ENDS.search(before, named[1], verb_at):
        return None
    name = _ASPECT_AT_THE_END.sub("", before[named[1] : verb_at])
    return " ".join((_head_of_the_programmes_money(before, named[1]) + name).split())[:200] or None


def _head_of_the_programmes_money(before: str, start: int) -> str:
    """The words of the programmes' money written right before their name at ``start`` (see _PROGRAMMES_MONEY_HEAD),
    else ""."""
    if "ốn" not in (window := before[max(0, start - 60):start]) and "phí" not in window:
        return ""
    head = _PROGRAMMES_MONEY_HEAD.search(before, max(0, start - 60), start)
    if head is None:
        return ""
    opens = before[:head.start()].rstrip()
    if (head.group(2) or "").lower().startswith("huy") or head.group(1) or not opens or opens[-1] in ".;:,(\n":
        return before[head.start():start]
    return ""


# a part of a whole's money named only by its kind or by who gave it ("Tổng vốn các CTMTQG ... 1.540 tỷ đồng, gồm vốn
# đầu tư phát triển 1.020 tỷ đồng và vốn sự nghiệp 520 tỷ đồng", "...; vốn lồng ghép 40,5 tỷ đồng; nhân dân đóng góp
# 73,4 tỷ đồng"): that part, not the whole's name the item was found in
_KIND_OR_GIVER_PART = re.compile(
    r"\W*(?:(?:trong\s+đó|bao\s+gồm|gồm|và)\s*[:,]?\s*)?((?:nguồn\s+)?vốn\s+(?:đầu\s+tư\s+phát\s+triển|đầu\s+tư|sự\s+nghiệp"
    r"|lồng\s+ghép|tín\s+dụng|xã\s+hội\s+hóa|xã\s+hội\s+hoá|đối\s+ứng|doanh\s+nghiệp)|(?:nhân\s+dân|người\s+dân|cộng\s+đồng|"
    r"doanh\s+nghiệp)\s+(?:đóng\s+góp|tham\s+gia|hỗ\s+trợ|hiến\s+đất))"
    rf"(?:\s+(?:ước\s+)?(?:đạt|là|được))?(?:\s+(?:{HEDGE_WORDS}))?\s*", _I)


# (the parts of those that no budget gives, their source not one named for another part of the sentence)
_NO_BUDGETS_PART = re.compile(r"(?:nguồn\s+)?vốn\s+(?:lồng\s+ghép|tín\s+dụng|xã\s+hội\s+ho[áa]|doanh\s+nghiệp)|"
                              r"(?:nhân\s+dân|người\s+dân|cộng\s+đồng|doanh\s+nghiệp)\s", _I)


def _a_programmes_part_by_its_kind(ctx: FigureContext, item: str) -> bool:
    """A part of a programme's money named by its kind or giver (credit, people's contributions) is the programme's
    money by source, whatever no budget would pay of it elsewhere: "Vốn thực hiện Chương trình xây dựng nông thôn mới
    là 1.205 tỷ đồng, trong đó vốn tín dụng 530 tỷ đồng"."""
    return item == "target_programme" and ctx.unit != "pct" and _a_part_named_by_its_kind_or_giver(ctx) is not None


def _a_part_named_by_its_kind_or_giver(ctx: FigureContext) -> str | None:
    """The kind or giver a part of a whole is named by, its clause naming nothing else (the amount before it in the
    clause passed over: "... 1.020 tỷ đồng và vốn sự nghiệp"), when the item was named before it."""
    clause = _AMOUNT.split(ctx.clause_before())[-1]
    if "vốn" not in clause and "đóng" not in clause and "tham" not in clause and "hỗ" not in clause and (
            "hiến" not in clause):
        return None
    part = _KIND_OR_GIVER_PART.fullmatch(clause)
    if part is None or (found := nearest_item(ctx.before)) is None or found[1] >= len(ctx.before) - len(clause):
        return None
    return " ".join(part.group(1).split())


# what is left after a use said in the clause before ("Dự phòng ngân sách tỉnh đã sử dụng 64 tỷ đồng, còn lại 136 tỷ
# đồng"): the same money, left, not the use's
# a part of a capital's list named by its own words after the list opens ("Vốn ngân sách địa phương 7.815 tỷ đồng, bao
# gồm: vốn cân đối theo tiêu chí 2.410 tỷ đồng; vốn xổ số kiến thiết 905 tỷ đồng"): the capital its own clause names,
# not the whole's item named before the list nor an item the part before it named ("thu tiền sử dụng đất"), and all of
# it when an item is named inside it ("vốn từ nguồn thu tiền sử dụng đất")
_CAPITAL_PART_OPENS = re.compile(
    r"\W*(?:(?:trong\s+đó|bao\s+gồm|gồm|và)\s*[:,]?\s*)?((?:nguồn\s+)?vốn\s+\S.*)", _I | re.DOTALL
)
_PARTS_LISTED = re.compile(r"\b(?:trong\s+đó|bao\s+gồm|gồm)\b", _I)


def _a_capital_part_of_a_list(ctx: FigureContext) -> str | None:
    """The capital a part of a list opened by "bao gồm", "gồm" or "trong đó" names in its own clause (the amount of the
    part before it in the clause passed over: "... 2.410 tỷ đồng và vốn B"), when the whole was named before it."""
    clause = _AMOUNT.split(ctx.clause_before())[-1]
    if "ốn" not in clause or (part := _CAPITAL_PART_OPENS.match(clause)) is None:
        return None
    opens_at = len(ctx.before) - len(clause)
    if (
        _PARTS_LISTED.search(ctx.before, 0, opens_at + part.start(1)) is None
        or nearest_item(ctx.before[:opens_at]) is None
    ):
        return None
    named = " ".join(_LABEL_END.split(part.group(1), maxsplit=1)[0].split())
    return named[:200] or None


_LEFT_OVER_CLAUSE = re.compile(r"\W*(?:và\s+)?(?:số\s+)?còn\s+lại(?:\s+là)?\s*", _I)
_USE_AT_THE_END = re.compile(r"\s+(?:(?:đã|đang)\s+)?(?:sử\s+dụng|dùng|chi|trích|xuất|cấp|giải\s+ngân)$", _I)


def _label_of_a_later_payer(ctx: FigureContext) -> str | None:
    """A later payer's rate of a list after ";" is labelled as the first one is: the disbursement the list opened on
    ("tỷ lệ giải ngân cao: Sở A 92%; Sở B 88%": "giải ngân"), not the payer's name."""
    listed = _a_later_payers_list(ctx)
    if listed is None or not _a_payers_rate_listed(listed) or (found := nearest_item(listed)) is None:
        return None
    said = listed[found[1] :]
    opens = _PAYERS_LIST_OPENS.search(said)
    return " ".join(said[: opens.start()].split())[:200] if opens else None


def _label(ctx: FigureContext, item: str | None = None) -> str:
    if ctx.unit == "pct" and (of_the_list := _label_of_a_later_payer(ctx)) is not None:
        return of_the_list
    label = _label_as_written(ctx, item)
    if ctx.unit != "pct" and "còn" in ctx.before[-24:] and _LEFT_OVER_CLAUSE.fullmatch(ctx.clause_before()) and (
            used := _USE_AT_THE_END.search(label)) is not None:
        return label[: used.start()] + " còn lại"
    return label


def _label_as_written(ctx: FigureContext, item: str | None = None) -> str:
    if (respective := _respective(ctx)) is not None:
        return " ".join(respective[1].split())[:200]
    if (verb := _respective_verb(ctx)) is not None and nearest_item(ctx.before) is None:
        return verb  # ("tỉnh A và tỉnh B lần lượt thu được ...": the verb, each place the row's)
    if item == "other" and (head := _an_allotted_estimate_or_its_outturn(ctx)) is not None:
        return head  # "Dự toán được giao: …", "Thực hiện: …, đạt 98% dự toán": the line's head, its rate's too
    if item == "other" and (verb := _rate_of_a_budget(ctx)):
        return " ".join(verb.group().split())[:200]  # "tiết kiệm chi thường xuyên", "điều tiết": the share's verb
    if item == "other" and ctx.unit != "pct" and (saved := _saved_label(ctx.before[-80:])) is not None:
        return saved  # "tiết kiệm 10% chi thường xuyên được 215 tỷ đồng": the money saved, not the spending named
    if item == "other" and (verb := _saved_ahead_of_its_spending(ctx)) is not None:
        # "đã tiết kiệm được 85 tỷ đồng chi ngân sách": the verb and the spending named after the amount
        spending = _SAVED_SPENDING_END.split(_SPENDING_AFTER.match(ctx.after).group(), maxsplit=1)[0]
        return " ".join(f"{_SAVED_NAME_TAIL.sub('', verb.group())} {spending.rstrip(' .')}".split())[:200]
    if (paired := _paired_tally(ctx)) is not None:
        return paired[0]
    if item == "revenue_other" and (received := _transfer_received(ctx)) is not None:
        return " ".join(received.group(1).split())[:200]  # the transfer as written after the amount
    if ("sách" in ctx.before[-60:] or "NS" in ctx.before[-60:]) and (
        level := _LEVEL_PART.fullmatch(ctx.clause_before())
    ) is not None:
        return " ".join(level.group(1).split())
    if ctx.unit != "pct" and (part := _a_part_named_by_its_kind_or_giver(ctx)) is not None:
        return part
    if ctx.unit != "pct" and (part := _a_capital_part_of_a_list(ctx)) is not None:
        return part
    if (("chưa" in (tail := ctx.before[-80:]) or "phải" in tail or "cần" in tail)
            and (left := _LEFT_UNDONE.fullmatch(ctx.clause_before())) is not None):
        return " ".join(left.group(1).split())
    if ctx.unit != "pct" and "chưa" in ctx.after[:60] and (unpaid := _NOT_YET_PAID_AFTER.match(ctx.after)) is not None:
        # "... tỷ đồng vốn đầu tư công chưa giải ngân": the capital left unpaid as written after the amount; "đã giải
        # ngân 3.450 tỷ đồng, còn 2.190 tỷ đồng chưa giải ngân": no capital named, what is not yet done, not the
        # disbursement the clause before named
        return " ".join((unpaid.group(1) or unpaid.group(2)).split())[:200]
    before = ctx.before
    # ("TP Đà Nẵng ước thu 42.500 tỷ đồng, đạt 118% dự toán": no item after the verb, the province's name no label)
    if _province_collects(before) or ((verb_at := _province_verb_at(ctx)) >= 0 and (
            (named := nearest_item(before)) is None or named[1] < verb_at)):
        return "thu"
    found = nearest_item(before)
    if (
        item == "target_programme"
        and found is not None
        and found[0] == "public_investment"
        and (programme := _programme_paying_out(before, found[1])) is not None
    ):
        return programme
    if found is not None and found[0] == "other" and item != "other" and (
            subject := _capital_allocated_by_its_verb(before, found[1])) is not None:
        return " ".join(before[subject[1]:found[1]].split())[:200]  # the clause's head, the capital as written
    if found is None and ctx.unit != "pct" and _set_aside_from_a_budget(ctx):
        # "Tỉnh đã dành 935 tỷ đồng từ nguồn tăng thu để chi ...": the budget (or its gain) the money was taken from
        # (up to the use it is for: "từ nguồn dự phòng ngân sách để hỗ trợ ...")
        named = _SAVED_SPENDING_END.split(_BUDGET_NAMED_AFTER.match(ctx.after).group(1), maxsplit=1)[0]
        return " ".join(named.split())[:200]
    if found is None and ctx.unit != "pct" and (noun := _money_noun_after(ctx)) is not None and nearest_item(
            named := _SAVED_SPENDING_END.split(_LABEL_END.split(ctx.after[noun.end():], maxsplit=1)[0], maxsplit=1)[0]):
        # "đã bố trí 215 tỷ đồng vốn đối ứng cho …": the capital named after the amount
        return " ".join(named.rstrip(" .").split())[:200]
    if (ctx.unit != "pct" and (found is None or _an_entry_set_aside(ctx) or (
            found[0] == "other" and _ALLOTTED_RIGHT_BEFORE.match(before, found[1]) is not None))
            and _FOR_A_USE_AFTER.match(ctx.after)
            and _SET_ASIDE_BEFORE.search(before[-40:]) and (use := _use_named_after(ctx)) is not None):
        return use  # "bố trí 1.850 tỷ đồng để thực hiện cải cách tiền lương": the item the money is for
    if (found is not None and ctx.unit != "pct" and _FOR_A_USE_AFTER.match(ctx.after)
            and _SET_ASIDE_BEFORE.search(before[-40:]) and _the_whole_an_entry_set_aside_is_of(ctx, found[1])):
        # ("…; bố trí 640 tỷ đồng cho các xã": the entry's own verb and use, not the entry before it)
        use = _LABEL_END.split(re.split(r"[;,(]", ctx.after, maxsplit=1)[0].rstrip(" ."), maxsplit=1)[0]
        return " ".join((ctx.clause_before(r"[;,]") + " " + _MONEY_UNIT_BEFORE.sub("", use)).split())[:200]
    if found is not None and (part := _part_of_the_verb_before(ctx, found)) is not None:
        return part[1]
    if found is not None and "đó" in before and _the_whole_a_sources_entry_is_of(ctx, found[1]) is not None:
        return " ".join(ctx.clause_before(r"[;,]").split())[:200]  # its own words: "chi từ nguồn ngân sách tỉnh"
    if found is not None and (entry := _an_entry_named_by_its_verb(ctx, found)) is not None:
        return entry[1]
    if (found is not None and "%" in before[: found[1]]
            and not (unplanned := _without_plans_read_against(before))[found[1]].strip()):
        # "giải ngân ..., đạt 70,4% kế hoạch vốn giao, đạt 80,6% ...": the plan an earlier rate is read against
        # names no subject; the item before it does
        found = nearest_item(unplanned) or found
    if found is None and (anaphor := _ANAPHORA.search(before)) is not None:
        before = ctx.text[: ctx.sentence[0]]  # "con số này": the item the sentence before named
        found = nearest_item(before)
        if found is None and (found := _item_the_anaphor_points_to(ctx, anaphor)) is not None:
            before = _last_sentence(ctx.preceding)
    if found is None and (tally := _bare_tally(ctx)) is not None:
        # ("số thu", as written; "thu" of a month singled out; a month singled out without its verb, the item as the
        # sentence before wrote it)
        if tally.group().lower().startswith("số"):
            return " ".join(tally.group().split()[:2])
        if tally.group(1) is not None:
            return tally.group(1)
        before, found = _tallied(ctx)
    if found is None and (lead := _list_lead(ctx)) is not None and (led := nearest_item(lead)) is not None:
        # "- Thị xã Phú Thọ: 215 tỷ đồng, đạt 104% dự toán" under "Kết quả thu ngân sách ... như sau:": the
        # item is the lead's, as written there (not the line's place name or its verb)
        before, found = lead, led
    if found is None:
        # "Trong tháng, thu ngân sách ước đạt 1.450 tỷ đồng. Lũy kế 11 tháng đạt 16.920 tỷ đồng, bằng 104% dự toán":
        # an item the sentence before named is labelled as written there, not by the words of the figure's clause
        # ("Lũy kế 11 tháng đạt", "bằng")
        clause = ctx.clause_before()
        if item is not None and (amount_said := _amount_a_change_is_said_of(ctx, clause)) is not None:
            return amount_said  # "HĐND tỉnh giao 15.600 tỷ đồng, tăng 9,5% so với ...": the amount's own label
        if ctx.table_row and not clause.strip():
            # ("b | Vốn nước ngoài (ODA) | 600": a label cell closed by a bracket, no clause before the number)
            cells = [cell for cell in before.split("\t") if cell.strip() and not _NUMBER_CELL.fullmatch(cell)]
            return " ".join(cells[-1].split())[:200] if cells else clause
        before = _sentence_before(ctx)
        found = (nearest_item(before) if item is not None
                 and (_subjectless(clause) or _the_province_reaches(ctx) or _a_province_ranked_next(ctx)) else None)
        if found is None or found[0] != item:
            return " ".join(clause.split())[:200]
        if ("tháng" in (own := ctx.before) or "quý" in own or "năm" in own) and find_period_phrases(own, ctx.year):
            # ("Thu ngân sách tháng 9 ước đạt ... . Lũy kế 9 tháng đạt ...": the item as the sentence before wrote it,
            # not the month it said, the figure's clause naming its own time)
            return _without_the_time_said_before(" ".join(_LABEL_END.split(before[found[1]:], maxsplit=1)[0].split()))
    if (
        ctx.unit != "pct"
        and "vốn" in ctx.after[:30]
        and _AMOUNT_CLOSES.search(before, 0, found[1])
        and (noun := _CAPITAL_NAMED_AFTER.match(ctx.after)) is not None
    ):
        # "1.180 tỷ đồng vốn ngân sách trung ương và 80 tỷ đồng vốn ngân sách địa phương": the item before is the
        # noun of the amount before; the capital named after the figure is its own
        return " ".join(("vốn " + noun.group(1)).split())[:200]
    start = found[1]
    if found[0] == "target_programme" and "ốn" in before[max(0, start - 40):start] and (
            kind := _CAPITAL_KIND_OF_THE_PROGRAMMES.search(before, max(0, start - 40), start)) is not None:
        start = kind.start()  # "Vốn sự nghiệp các chương trình mục tiêu quốc gia": the kind of capital is its name's
    # ("Tổng nguồn vốn huy động thực hiện Chương trình …", "Tổng vốn các CTMTQG …": the programmes' money as written
    # before the name, its verbs no end of the label)
    head = _head_of_the_programmes_money(before, start) if found[0] == "target_programme" else ""
    if (found[0].startswith("revenue_") and "thu" in before[max(0, start - 8):start].lower()
            and (verb := _REVENUE_VERB_BEFORE.search(before, max(0, start - 8), start)) is not None
            and (not (opening := before[:verb.start()].rstrip()) or opening[-1] in ".;:,(\n")):
        start = verb.start()
    if (found[0] == "public_investment" and "ngân" in before[max(0, start - 20):start]
            and (paid_out := _PAID_OUT_RIGHT_BEFORE.search(before, max(0, start - 20), start)) is not None):
        start = paid_out.start()  # "Giải ngân vốn đầu tư công đạt ...": the disbursement as written, not its capital
    if (found[0] == "public_investment" and ("H" in (near := before[max(0, start - 24):start]) or "hoạch" in near)
            and (plan_head := _PLAN_HEAD_RIGHT_BEFORE.search(before, max(0, start - 24), start)) is not None):
        start = plan_head.start()  # "KH vốn ĐTC", "Kế hoạch vốn đầu tư công": the plan is the head of the item's name
    if found[0] == "revenue_other" and before.startswith("nộp", start) and (
            payer := _PAYER_OPENS_THE_CLAUSE.search(before, max(0, start - _PAYER_REACH), start)) is not None:
        start = payer.start(1)  # "Công ty Xổ số kiến thiết nộp ngân sách nhà nước ...": the payer is what the part is
    said = _sector_named_on(before, start, _LABEL_END.split(before[start:], maxsplit=1)[0])
    if "từ" in before[start + len(said):start + len(said) + 12]:
        # "dự toán thu tiền sử dụng đất giảm từ 4.000 tỷ đồng xuống còn ...": the item, not the way it moved between
        # the two amounts (the label cut where the first amount starts)
        said = _MOVED_FROM.sub("", said)
    label = " ".join((head + said).split())[:200]
    if (found[0] == "public_investment" and _PLAN_HEAD.match(label) and label.endswith("giao")
            and (issued := _YEAR_AND_ISSUER_AT_THE_END.search(label)) is not None):
        label = label[: issued.start()]  # ("KH vốn ĐTC năm 2026 TTCP giao": the plan, its year and giver the row's own)
    if (("tháng" in label or "quý" in label) and _TIME_AT_THE_END.search(label)
            and any(_a_time_of_its_own(phrase)
                    for phrase in find_period_phrases(before[found[1] + len(said):], ctx.year))):
        # ("Thu ngân sách quý III ước đạt ...; lũy kế 9 tháng đạt 12.340 tỷ đồng, bằng 82,3% dự toán": the item as
        # written, not the time another figure was said for, the figure's own said after it; not a year compared
        # with, "bằng 96% cùng kỳ 2020, bằng 95% kịch bản"; a running total to a month's end or from the year's start,
        # "tháng 11 đạt 42 tỷ đồng, lũy kế đến hết tháng 11 đạt …", "trong tháng đạt …; từ đầu năm đến nay đạt …")
        label = _without_the_time_said_before(label)
    if label.endswith("thu") and (place := _PROVINCE_SUBJECT.match(label)) is not None and match_province(
            place.group(1), fuzzy=False):
        return "thu"  # "Thành phố Hồ Chí Minh thu": the province is the row's place
    if (ctx.unit == "pct" and "ngân" in label and (opens := _PAYERS_LIST_OPENS.search(label)) is not None
            and _a_payers_rate_listed(ctx.before)):
        return label[: opens.start()]  # "giải ngân cao như Ninh Bình 78": the disbursement, the list cut off
    if (other := _NOT_BUDGET_CLAUSE.search(label)) is not None and _the_province_reaches(ctx):
        # ("Tỷ lệ giải ngân bình quân của các tỉnh đạt 58%. Tỉnh đạt 66%": the item, not the other subject it was of)
        return _OTHER_SUBJECTS_OF.sub("", label[: other.start()]) or label
    return label


# the payer a part of the revenue is named by, opening the clause of its "nộp ngân sách" ("Năm 2025, Công ty Xổ số
# kiến thiết nộp ngân sách nhà nước ...": from the name on, the time said before the comma left out)
_PAYER_REACH = 120
_PAYER_OPENS_THE_CLAUSE = re.compile(r"(?:^|[.;:,(\n]\s*)([^\W\d_][^.;:,(\n\d]*?)\s+(?:(?:đã|đều|cũng)\s+)?$")


# the plan right before the capital's name ("KH vốn ĐTC", "Kế hoạch vốn đầu tư công", "Tổng kế hoạch nguồn vốn đầu tư
# công"), the head of the label as written; the year and the body that gave it at the label's end ("năm 2026 TTCP
# giao", "HĐND tỉnh giao") are the row's period and plan basis, no part of the item's name
_PLAN_HEAD_RIGHT_BEFORE = re.compile(r"(?<!\w)(?:tổng\s+)?(?:kế\s+hoạch|KH)\s+(?:(?:nguồn\s+)?vốn\s+)?$", _I)
_PLAN_HEAD = re.compile(r"(?:tổng\s+)?(?:kế\s+hoạch|KH)\s+\S", _I)
_YEAR_AND_ISSUER_AT_THE_END = re.compile(
    r"(?:\s+năm\s+\d{4})?\s+(?:(?:được|do)\s+)?(?:"
    + "|".join(map(phrase_source, _ISSUER_WORDS))
    + r")(?:\s+\S+){0,3}?\s+(?:đã\s+)?giao$",
    _I,
)


# the verb of the capital paid out right before its name ("giải ngân vốn đầu tư công"), a word of the label as written
_PAID_OUT_RIGHT_BEFORE = re.compile(r"(?<!\w)giải\s+ngân\s+(?:(?:nguồn\s+)?vốn\s+)?$", _I)


# the sectors a spending line goes on naming after a comma inside its name ("Chi sự nghiệp giáo dục, đào tạo và dạy
# nghề", "Chi quốc phòng, an ninh": data/words/spending_sectors.csv), one or more, joined by commas, và or a dash
_SECTOR_WORDS = word_source("spending_sectors")
_SECTOR_NAME_GOES_ON = re.compile(rf",\s*(?:{_SECTOR_WORDS})\b(?:\s*(?:,|\bvà\b|-|–)\s*(?:{_SECTOR_WORDS})\b)*", _I)


# (the import half of "xuất, nhập khẩu" or "thuế xuất khẩu, (thuế) nhập khẩu", after its comma)
_IMPORTS_NAMED_ON = re.compile(r",\s*(?:thuế\s+)?nhập\s+khẩu\b", _I)
_WATER_SURFACE_NAMED_ON = re.compile(r",\s*(?:thuê\s+)?mặt\s+nước\b", _I)  # ("thuê đất, thuê mặt nước": one lease line)
# the revenue verb right before the item's words, opening its clause ("Thu từ đấu giá quyền sử dụng đất đạt ...", "Thu
# từ tiền sử dụng đất"): the line's name as written (not a subject's verb, "Tỉnh thu từ đấu giá ...")
_REVENUE_VERB_BEFORE = re.compile(r"\bthu\s+(?:từ\s+)?$", _I)


def _sector_named_on(before: str, start: int, said: str) -> str:
    """The label ``said`` (from ``start`` in ``before``, cut by ``_LABEL_END``) read on over the comma that cut it
    when what follows it is more of a spending sector's name up to where a label ends ("Chi sự nghiệp văn hóa, thể
    thao và du lịch 210 tỷ đồng": the whole name, not "Chi sự nghiệp văn hóa"); else ``said``."""
    end = start + len(said)
    if before[end : end + 1] != ",":
        return said
    if said.lower().endswith(("xuất", "xuất khẩu")) and (imports := _IMPORTS_NAMED_ON.match(before, end)) is not None:
        # "thu thuế xuất, nhập khẩu", "thu thuế xuất khẩu, nhập khẩu": the pair of trades, written with a comma
        return before[start : imports.end()]
    if said[-3:].lower() == "đất" and (water := _WATER_SURFACE_NAMED_ON.match(before, end)) is not None:
        return before[start : water.end()]  # "Thu tiền thuê đất, thuê mặt nước": land and water leased, one line
    if said[:4].lower() != "chi ":
        return said
    named = _SECTOR_NAME_GOES_ON.match(before, end)
    if named is None or (before[named.end() :].strip() and not _LABEL_END.match(before, named.end())):
        return said  # ("Chi sự nghiệp giáo dục, đào tạo nghề cho lao động nông thôn ...": another phrase goes on)
    return before[start : named.end()]


# the time a label of the sentence before closes on ("Thu ngân sách xã tháng 9", "Chi ngân sách quý I/2026", "Giải
# ngân vốn đầu tư công trong tháng 5")
_TIME_AT_THE_END = re.compile(
    r"\s+(?:(?:trong|của)\s+)?(?:(?:tháng\s+(?:\d{1,2}|này)|quý\s+[IV]+|quý\s+này)(?:\s*/\s*\d{4}|\s+năm\s+\d{4})?"
    r"|trong\s+tháng|\d{1,2}\s+tháng(?:\s+đầu\s+năm)?(?:\s*/?\s*(?:năm\s+)?\d{4})?)$", _I)


def _a_time_of_its_own(phrase: PeriodPhrase) -> bool:
    """Does ``phrase``, said after a label's time and before the figure, give the figure a time of its own: a part of
    the year, a running total to a day or a month's end ("lũy kế đến hết tháng 11"), or the year so far ("từ đầu năm
    đến nay", whose end is the report's)?"""
    if phrase.kind == "year_to_date":
        return True
    return phrase.period is not None and (phrase.kind in PART_OF_YEAR_KINDS or phrase.kind == "as_of")


def _without_the_time_said_before(label: str) -> str:
    """``label`` without the time said at its end, as it is when nothing would be left."""
    said = _TIME_AT_THE_END.search(label)
    return label[:said.start()] if said is not None and said.start() > 0 else label


def _plan_left_undone(ctx: FigureContext) -> tuple[str, int] | None:
    """"Tổng kế hoạch vốn ... là 7.450 tỷ đồng. Tỉnh đã phân bổ chi tiết 7.170 tỷ đồng. Số vốn chưa phân bổ là 280 tỷ
    đồng": the capital not yet allocated (or paid out), named in the figure's own clause, is what is left of the
    capital plan the paragraph named before the allocation, and of its item."""
    if "chưa" not in ctx.before or _LEFT_UNDONE.fullmatch(ctx.clause_before()) is None:
        return None
    text = _text_before_the_undone(ctx)
    found = nearest_item(text)
    while found is not None and found[0] == "other":
        found = nearest_item(text[: found[1]])
    return found if found is not None and found[0] in ("public_investment", "target_programme") else None


def _text_before_the_undone(ctx: FigureContext) -> str:
    """The text a sum left undone goes on from: its paragraph before its sentence, else (a paragraph of its own,
    "Số vốn chưa phân bổ chi tiết là 240 tỷ đồng.") the paragraph before it, where the plan and its allocation were
    said."""
    own = ctx.text[: ctx.sentence[0]]
    if own.strip():
        return own
    preceding = ctx.preceding.rstrip()
    return preceding[preceding.rfind("\n") + 1 :]


def _year_of_the_plan_left_undone(ctx: FigureContext) -> int | None:
    """"Tổng kế hoạch vốn đầu tư công năm 2025 ... là 8.400 tỷ đồng; đã phân bổ chi tiết 8.160 tỷ đồng." then a
    paragraph "Số vốn chưa phân bổ chi tiết là 240 tỷ đồng": what is left of a plan is of the year that plan was named
    with."""
    if ctx.text[: ctx.sentence[0]].strip() or _plan_left_undone(ctx) is None:
        return None  # (in the plan's own paragraph, the sentences before give the year: ``_carried_plan_year``)
    text = _text_before_the_undone(ctx)
    found = [m for m in _YEAR.finditer(text) if not _COMPARED_WITH.search(text, 0, m.start())]
    return int(found[-1].group(1)) if found else None


# the words that join an item to the subject it is said of ("giải ngân của cả nước", "giải ngân bình quân chung")
_OTHER_SUBJECTS_OF = re.compile(r"(?:\s+(?:của|bình\s+quân|trung\s+bình|chung))*\s*$", _I)


_BARE_RISE = re.compile(rf"\s*(?:và\s+)?(?:tăng|giảm)(?:\s+(?:thêm|{HEDGE_WORDS}))?\s*$", _I)
# an amount closing the clause before a bare change ("HĐND tỉnh giao 15.600 tỷ đồng, tăng ...")
_AMOUNT_CLOSES = re.compile(rf"\d[\d.,]*\s*(?:(?:{THOUSAND_WORDS})\s+)?(?:{_MONEY_SCALES})\s+(?:đồng|USD)\s*$", _I)


def _amount_a_change_is_said_of(ctx: FigureContext, clause: str) -> str | None:
    """The label of the amount a bare change right after it is said of, when that amount's clause names a subject
    of its own that is no item ("HĐND tỉnh giao"): not the item of the sentence before, which is another amount's."""
    if not (ctx.unit == "pct" and _BARE_RISE.fullmatch(clause)):
        return None  # ("..., đạt 100%": a share of the plan, read against the item the passage named)
    previous = ctx.before[: len(ctx.before) - len(clause) - 1]
    if not _AMOUNT_CLOSES.search(previous):
        return None
    own = last_clause(previous)
    label = " ".join(_LABEL_END.split(own, maxsplit=1)[0].split())[:200]
    return label if label and not _NO_SUBJECT.fullmatch(label) else None


# a clause with no subject of its own: a time said, a verb, a hedge ("Lũy kế 11 tháng đạt", "bằng", "Ước thực hiện cả
# năm 2025 đạt"), no name ("ngân sách tỉnh khoảng", "nguồn vốn ODA hơn" name the parts of a whole)
_NO_SUBJECT = re.compile(r"[\W\d]*(?:(?:lũy\s+kế|luỹ\s+kế|tính\s+chung|cộng\s+dồn|trong\s+kỳ|riêng|ước|thực\s+hiện|cả|"
                         r"tháng|quý|năm|[IV]+|đạt|bằng|tăng|giảm|vượt|được|là|" + HEDGE_WORDS + r")\b[\W\d]*)*", _I)


# Where a budget label ends: its verb (or "lên" of an amount raised to, "dự toán thu năm 2025 lên 9.500 tỷ đồng"),
# a clause mark, or the amount itself (the label of a rate said after it,
# "chi đầu tư 5.120 tỷ đồng, đạt 36% dự toán", is the item's words alone); "thực hiện" naming the policy the
# money carries out ("chi thực hiện cải cách tiền lương") is no verb
# (nor the hedge or the change verb the label runs into right before the figure: "hụt thu khoảng", "thu nội địa
# tăng", "thu ngân sách vượt", "... lần lượt"; nor an adverb before its verb, "thu tiền sử dụng đất chỉ đạt", but
# "chính sách tiền lương mới là": new, no adverb; "từ ngân sách cấp trên": the budget above, no hedge; nor the "từ"
# of an amount changed from one to another, "điều chỉnh dự toán thu năm 2026 từ 38.500 tỷ đồng lên ..."; "được
# hưởng" names the share a budget keeps, "thu ngân sách xã được hưởng theo phân cấp", no verb; "thu phí, lệ phí" is
# one name, and "thu thuế, phí và lệ phí"; the span a figure covers ends it, "thu ngân sách xã từ ngày 01/7/2025 đến
# ...", and an amount with its hedge, written without "đồng" too, "giải ngân hơn 2.000 tỷ, đạt 38% kế hoạch"; nor a
# verb denied, "thu ngân sách chưa đạt yêu cầu, ước đạt ...": the item's words stop before the denial; nor "với" that
# joins the rate to the words, "đứng thứ 3 về tỷ lệ giải ngân vốn đầu tư công với 92,6% kế hoạch", or the amount, "xếp
# thứ ba về thu ngân sách với 98.200 tỷ, tăng 12%"; nor the "tăng" of the tax's name, "thuế giá trị gia tăng 1.250
# tỷ đồng": value added, no change; nor the aim after the item, "thu ngân sách phấn đấu đạt ...": the item strives,
# its words stop)
# the verb of a change said between the item and the amount it moved from ("giảm từ", "tăng từ", "điều chỉnh từ")
_MOVED_FROM = re.compile(r"\s+(?:(?:được\s+)?điều\s+chỉnh\s+)?(?:tăng|giảm)?\s*$", _I)
_LABEL_END = re.compile(r"\s+(?:(?:chỉ|(?<!nông\sthôn\s)mới|đã|cũng|lần\s+lượt|tương\s+ứng)\s+(?=(?:đạt|được|ước)\b)"
                        r"|(?:chưa|không)\s+(?=đạt\b))?"
                        r"(?:đến|tính\s+đến|(?<!với\s)dự\s+kiến|phấn\s+đấu|được(?!\s+giao\s+(?:chỉ\s+tiêu\s+)?thu\b|\s+hưởng\b|\s+phép\s+vay\b)|đạt|là|ước|lên"
                        r"|thực\s+hiện(?!\s+(?:cải\s+cách|chính\s+sách|chế\s+độ)\b)|từ(?=\s+(?:ngày\s+)?\d{1,2}\s*[/.]\s*\d))\b"
                        r"|,(?!\s*(?:lệ\s+)?phí\b|\s*phát\s+triển\s+đất\b)|[;:(]"
                        rf"|(?:\s+(?:{HEDGE_WORDS}|với))*(?:\s+từ)?\s+\d[\d.,]*\s*(?:(?:{THOUSAND_WORDS})\s+)?(?:{_MONEY_SCALES})"
                        r"(?:\s+(?:đồng|USD))?\b"
                        rf"|(?:\s+(?:{HEDGE_WORDS}|vượt|hụt|(?<!trị\sgia\s)tăng|giảm|gấp|bằng|lần\s+lượt|tương\s+ứng|từ|với|"
                        # (a bound said by a negated comparison: "không thấp hơn", "không cao hơn"; a ceiling)
                        rf"không\s+(?:thấp|cao|ít|nhiều|kém)\s+hơn|{BOUNDS_BY_QUALIFIER['over']}"
                        rf"|{BOUNDS_BY_QUALIFIER['under']})\b"
                        r"(?<!cấp\strên))+\s*$", _I)
