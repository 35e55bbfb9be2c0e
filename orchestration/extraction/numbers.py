"""The grammar of a figure in a Vietnamese report: number, scale, unit and qualifier.

Vietnamese numerals group thousands with ``.`` and mark decimals with ``,`` (``4.705`` = 4705,
``241,497`` = 241.497). A reading that is impossible that way (``71.40%``: a group of two
digits) is read the English way. ``parse_number`` does the arithmetic; ``read_unit`` reads what
follows a number (``tỷ đồng``, ``triệu USD``, ``ha``, ``m³``, ``tạ/ha``, ``con``, ``lượt`` ...)
and returns the canonical unit of FACTS.md with the multiplier to reach it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from orchestration.extraction.places import LOWER_UNIT_WORDS
from orchestration.extraction.scanning import caseless_word_start, ending_before_spaces
from orchestration.extraction.vocabulary import keyed_word_lists, phrase_source, read_table, word_source

# The scale words ("tỷ", "triệu", "nghìn", "vạn" ...) and their values: one table, data/words/scale_words.csv,
# read once here; every pattern of numbers and figures takes its scale words from the alternatives below (a guard
# test in test_numbers fails on a list of them written inline)
_SCALE_TABLE = tuple((row["words"], float(row["value"])) for row in read_table("words/scale_words.csv"))
SCALE_WORD_VALUES = dict(_SCALE_TABLE)


def scale_words(*values: float) -> str:
    """The scale words of these values (of every value when none is given), as regex alternatives in the
    table's order."""
    return "|".join(word for word, value in _SCALE_TABLE if not values or value in values)


SCALE_WORDS = scale_words()  # "tỷ|tỉ|triệu|nghìn|ngàn|vạn"
BILLION_WORDS = scale_words(1e9)  # "tỷ|tỉ"
MILLION_WORDS = scale_words(1e6)  # "triệu"
THOUSAND_WORDS = scale_words(1e3)  # "nghìn|ngàn" (the words a number said in words holds, "hai nghìn ba trăm")
# the scale words in capitals, as a slip of the press writes them before a currency ("250 Tỷ đồng")
_CAPITALISED = {value: "|".join(word.capitalize() for word in scale_words(value).split("|"))
                for value in (1e9, 1e6, 1e3)}

# A number as written: 4.705 | 1.123,1 | 12,1 | 0,133 | 71.40 | 2.166.831 | 03 | 9.332.3 (grouped
# thousands with a decimal point: a typing slip, still one number)
# ("tăng1,23%": a change verb glued to its number by a typing slip still starts a number)
# The English way only where no Vietnamese reading exists: comma groups before a decimal point (1,234.5) or
# two comma groups and more (1,234,567); "1,234" alone stays a Vietnamese decimal.
NUMBER = re.compile(r"(?:(?<![\w.,])|(?<=tăng)|(?<=giảm))"
                    r"(?:\d{1,3}(?:,\d{3})+\.\d+|\d{1,3}(?:,\d{3}){2,}"
                    r"|\d{1,3}(?:\.\d{3})+(?:,\d+|\.\d{1,2})?|\d+(?:[.,]\d+)?)(?![\d])(?![.,]\d)")


# The numeral shapes parse_number tells apart (compiled once: it reads every number of a report).
_VN_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")  # 1.234.567,5
_COMMA_DECIMAL = re.compile(r"\d+,\d+")
_POINT_DECIMAL = re.compile(r"\d+\.\d+")
_EN_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")  # 1,234,567.5
_GROUPED_POINT_DECIMAL = re.compile(r"\d{1,3}(?:\.\d{3})+\.\d{1,2}")  # 9.332.3: the last point is decimal
_SPACE_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:,\d+)?")  # 12 000, 52 318,6: grouped by spaces
_GROUP_SPACE = re.compile(r"[ \u00a0\u202f\u2009]")


def parse_number(token: str) -> float | None:
    """Read a numeral written the Vietnamese way, falling back to the English reading."""
    t = token.strip()
    if not t or not t[0].isdigit():
        return None
    if t.isdecimal():  # (a fullmatch of ``\d+``: \d of a str pattern is a decimal digit, as str.isdecimal reads it)
        return float(t)
    if _VN_GROUPED.fullmatch(t):
        return float(t.replace(".", "").replace(",", "."))
    if _COMMA_DECIMAL.fullmatch(t):
        # "1,234" with exactly three decimals is still a Vietnamese decimal (241,497 tấn).
        return float(t.replace(",", "."))
    if _POINT_DECIMAL.fullmatch(t):
        return float(t)  # impossible as thousands (71.40): an English decimal point
    if _EN_GROUPED.fullmatch(t):
        return float(t.replace(",", ""))  # English grouping: 1,234,567.5
    if _GROUPED_POINT_DECIMAL.fullmatch(t):
        whole, _, decimals = t.rpartition(".")  # a group of one or two digits cannot be thousands
        return float(f"{whole.replace('.', '')}.{decimals}")
    if _SPACE_GROUPED.fullmatch(t):
        return float(_GROUP_SPACE.sub("", t).replace(",", "."))
    return None


def scale(value: float, multiplier: float) -> float:
    """``value × multiplier`` without binary noise: 2,01 tỷ USD is 2010000000, not 2009999999.9999998."""
    if multiplier == 1:
        # (most figures: the product is the decimal ``repr(value)`` writes, with a zero more, computed exactly in
        # Decimal's 28 digits; ``float`` of it is ``value`` again, as ``repr`` round-trips, -0.0 included)
        return float(value)
    return float(Decimal(repr(value)) * Decimal(repr(multiplier)))


# How a text says the unit of a table's cells: "ĐVT: triệu đồng", "Đơn vị tính: tấn", "(Đơn vị: tỷ đồng)"; the words and
# their colon, the unit after them (read by the tables and by the projects' tab tables).
UNIT_SAID = r"(?:ĐVT|Đơn\s+vị\s+tính|Đơn\s+vị)\s*:"


# The words that hedge a number ("khoảng 30 hộ", "gần 1.000 tỷ đồng", "hơn 5%", "trên 200 lao động"), as regex
# alternatives (data/words/hedges.csv): most rules let one stand between their cue words and the number. A rule that
# allows more (xấp xỉ, dưới, chừng) names those beside it.
HEDGE_WORDS = word_source("hedges")
# The words that bound a number from below or above ("ít nhất 20 xã", "không quá 4%", "chưa đầy 500 hộ") or put it
# about a value without being a hedge ("xấp xỉ 20%", "ngót 3.000 cơ sở"), as regex alternatives
# (data/words/bounds.csv): all of them, and those of each qualifier they give (over, under, approx).
BOUND_WORDS = word_source("bounds")
BOUNDS_BY_QUALIFIER = {
    qualifier: "|".join(map(phrase_source, words))
    for qualifier, words in keyed_word_lists("bounds", "qualifier").items()
}


# Vietnamese number words that may stand for a count ("năm người chết", "Hai điểm trường").
NUMBER_WORDS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10,
}


# Numbers past ten said in words ("mười hai", "hai mươi lăm", "ba mươi mốt", "hai trăm linh năm", "một trăm hai
# mươi"): the digit words, "mười" for the tens' one, "mươi" after a tens' digit, "trăm" after a hundreds' digit,
# "linh"/"lẻ" for a missing ten. The last digit is said "mốt" (1), "tư" (4), "lăm"/"nhăm" (5) after a ten; a
# plain "năm" there is a year ("mười năm", "hai mươi năm": ten, twenty years), never a five.
_DIGIT_WORDS = "một|hai|ba|bốn|năm|sáu|bảy|tám|chín"
_LAST_WORDS = "mốt|một|hai|ba|bốn|tư|lăm|nhăm|sáu|bảy|tám|chín"
ONE_TO_TEN_WORDS = _DIGIT_WORDS + "|mười"  # (the number words of one to ten, as a pattern alternation)
_TENS_WORDS = rf"(?:mười\s+(?:{_LAST_WORDS})|(?:{_DIGIT_WORDS})\s+mươi(?:\s+(?:{_LAST_WORDS})(?![^\W\d_]))?)"
_HUNDREDS_WORDS = rf"(?:{_DIGIT_WORDS})\s+trăm(?:\s+(?:(?:linh|lẻ)\s+(?:{_DIGIT_WORDS})(?![^\W\d_])|{_TENS_WORDS}))?"
# Thousands said with the hundreds after them ("một nghìn hai trăm", "hai mươi lăm nghìn ba trăm"): one number; a
# bare "hai nghìn" is a digit word before a scale word, read as "2 nghìn" is (figures._WORD_NUMBER)
# ("hai nghìn không trăm linh năm": "không" the hundreds' digit; written so that "trăm" is the literal every match
# holds, which the scan before the pattern tests: "không" alone is a common word)
_THOUSANDS_WORDS = (rf"(?:{_HUNDREDS_WORDS}|{_TENS_WORDS}|(?:{_DIGIT_WORDS}|mười))\s+(?:{THOUSAND_WORDS})\s+"
                    rf"(?:không|{_DIGIT_WORDS})\s+trăm(?:\s+(?:(?:linh|lẻ)\s+(?:{_DIGIT_WORDS})(?![^\W\d_])|{_TENS_WORDS}))?")
# (two words at least: a lone digit word or "mười" is read with the noun it counts, figures._WORD_NUMBER)
NUMBER_IN_WORDS = re.compile(
    rf"(?<![^\W\d_])(?i:{_THOUSANDS_WORDS}|{_HUNDREDS_WORDS}|{_TENS_WORDS})(?![^\W\d_])")
_WORD_VALUES = {**NUMBER_WORDS, "mốt": 1, "lăm": 5, "nhăm": 5}
# A number said in words over several scales ("hai triệu ba trăm nghìn đồng", "ba tỷ hai trăm triệu", "một triệu năm
# trăm nghìn"): each group a number in words and its scale word, the scales falling; one number, not one per group.
# Group "n" a group's number, "s" its scale word (the scale of the last group is read with the unit after it).
# (the scale words a number said in two scales or more is made of: SCALE_WORDS, "hai vạn năm nghìn" too)
_SCALED_GROUP = (rf"(?P<n>{_THOUSANDS_WORDS}|{_HUNDREDS_WORDS}|{_TENS_WORDS}|{_DIGIT_WORDS}|mười)\s+"
                 rf"(?P<s>{SCALE_WORDS})(?![^\W\d_])")
_SCALED_GROUP_RX = re.compile(rf"(?i:{_SCALED_GROUP})")
# (a comma may part the groups, as amounts said again in words in a resolution write them: "một trăm hai mươi lăm tỷ,
# bốn trăm năm mươi triệu đồng")
NUMBER_IN_SCALES = re.compile(rf"(?<![^\W\d_])(?i:{_SCALED_GROUP.replace('?P<n>', '').replace('?P<s>', '')}"
                              rf"(?:(?:\s*,)?\s+{_SCALED_GROUP.replace('?P<n>', '').replace('?P<s>', '')})+)")


def scaled_groups(said: str) -> list[tuple[int, float, int]] | None:
    """The groups of a match of ``NUMBER_IN_SCALES``: each group's value in words, its scale and where its scale
    word starts in ``said``; None when the scales do not fall ("hai nghìn ba triệu" is no one number)."""
    groups = [(words_value(g.group("n")), SCALE_WORD_VALUES[g.group("s").lower()], g.start("s"))
              for g in _SCALED_GROUP_RX.finditer(said)]
    if any(later[1] >= earlier[1] for earlier, later in pairwise(groups)):
        return None
    return groups


def words_value(words: str) -> int:
    """The value of a match of ``NUMBER_IN_WORDS`` ("hai mươi lăm" → 25, "ba trăm linh hai" → 302, "một nghìn
    hai trăm" → 1200)."""
    said = words.lower().split()
    for scale_word in THOUSAND_WORDS.split("|"):
        if scale_word in said:
            at = said.index(scale_word)
            return words_value(" ".join(said[:at])) * 1000 + words_value(" ".join(said[at + 1:]))
    if said[:2] == ["không", "trăm"]:
        said = said[2:]  # ("hai nghìn không trăm linh năm": no hundreds)
    if said and said[0] in ("linh", "lẻ"):
        return _WORD_VALUES[said[1]]
    value = 0
    if len(said) >= 2 and said[1] == "trăm":
        value, said = _WORD_VALUES[said[0]] * 100, said[2:]
        if said and said[0] in ("linh", "lẻ"):
            return value + _WORD_VALUES[said[1]]
    if said and said[0] == "mười":
        value, said = value + 10, said[1:]
    elif len(said) >= 2 and said[1] == "mươi":
        value, said = value + _WORD_VALUES[said[0]] * 10, said[2:]
    return value + (_WORD_VALUES[said[0]] if said else 0)


@dataclass(frozen=True)
class UnitReading:
    unit: str              # canonical unit code of FACTS.md
    multiplier: float      # value in the canonical unit = number × multiplier
    length: int            # characters consumed after the number (incl. leading spaces)
    label: str | None = None  # the word kept for unit "count"


_W = r"(?![a-zà-ỹđ])"  # a scale word ends there ("tỉ" is not the start of "tỉnh")
# ... or runs straight into the currency, a typing slip of the press ("15.563 tỷđồng")
# ("125 tỷđ": or into the currency's short form)
_WM = r"(?:(?![a-zà-ỹđ])|(?=đ(?:ồng)?(?![a-zà-ỹđ])))"
# ... and is no "tỷ lệ" (a rate), "tỷ trọng" (a share) or "tỷ suất" (a ratio) that a figure runs into ("giai đoạn
# 2021 - 2025 tỷ lệ hộ nghèo giảm"): those are nouns, no billions
_NOT_A_RATE = r"(?!\s+(?:lệ|trọng|suất)(?![a-zà-ỹđ]))"
# the units a statistics table's abbreviated scale word is read before ("125,3 ng.tấn", "17,6 tr lượt"): no money is
# read after the abbreviation alone, the way a bare "tỷ" is
_UNITS_AFTER_AN_ABBREVIATED_SCALE = r"đồng|USD|tấn|người|con\b|ha\b|lượt|hộ\b|khách|m3\b|m2\b|lao\s+động"
_SCALE = [
    # "3 trăm triệu đồng", "2 trăm tỷ", "5 trăm nghìn đồng": hundreds of the scale word after (it was a count of
    # "trăm triệu")
    (rf"trăm\s+(?:{THOUSAND_WORDS})\s+(?:{BILLION_WORDS}){_WM}", 1e14),
    (rf"trăm\s+(?:{BILLION_WORDS}){_WM}{_NOT_A_RATE}", 1e11),
    (rf"trăm\s+(?:{MILLION_WORDS}){_WM}", 1e8),
    (rf"trăm\s+(?:{THOUSAND_WORDS}){_W}(?!\s+(?:{BILLION_WORDS}){_W})", 1e5),
    # ("3 trăm hộ", "2 trăm tấn": hundreds of the unit after; alone it is no money, read_unit)
    (rf"trăm{_W}", 1e2),
    # ("5 chục ha", "2 chục nghìn hộ": tens of the unit after, as "trăm"; alone no money either; "3 chục triệu đồng",
    # "2 chục tỷ": tens of the scale word after)
    (rf"chục\s+(?:{BILLION_WORDS}){_WM}{_NOT_A_RATE}", 1e10),
    (rf"chục\s+(?:{MILLION_WORDS}){_WM}", 1e7),
    (rf"chục{_W}", 1e1),
    (rf"(?:{MILLION_WORDS})\s+(?:{BILLION_WORDS}){_WM}", 1e15),  # "1,28 triệu tỷ đồng": a million billion
    (rf"(?:{THOUSAND_WORDS})\s+(?:{BILLION_WORDS}){_WM}", 1e12),
    (rf"(?:{BILLION_WORDS}){_WM}{_NOT_A_RATE}", 1e9),
    (rf"(?:{MILLION_WORDS}){_WM}", 1e6),
    # "2.435,2 Tr.USD", "120 tr.đồng", "45tr đồng", "300 trđ": a million abbreviated, only right before its currency
    # (or a unit it scales: "17,6 tr lượt", "2,3 tr tấn")
    (r"[Tt]r\.?\s*(?=USD|usd|đồng|VNĐ|VND|đ(?![\w])|" + _UNITS_AFTER_AN_ABBREVIATED_SCALE + ")", 1e6),
    (rf"(?:{THOUSAND_WORDS}){_W}", 1e3),
    (rf"(?:{scale_words(1e4)}){_W}", 1e4),  # "12 vạn tấn": ten thousand, in older and northern usage
    # "250 Tỷ đồng", "45 Triệu USD": a scale word capitalised by a slip, only right before its currency (a capital
    # "Triệu" alone opens a family name); a statistics table's "Tỷ.đ", "Tỷ đ" (the currency's short form after a dot)
    (rf"(?:{_CAPITALISED[1e9]})(?=\.?\s*(?:đồng|USD|VNĐ|VND|đ)(?![^\W\d_]))", 1e9),
    (rf"(?:{_CAPITALISED[1e6]})(?=\.?\s*(?:đồng|USD|VNĐ|VND|đ)(?![^\W\d_]))", 1e6),
    (rf"(?:{_CAPITALISED[1e3]})(?=\.?\s*(?:đồng|USD|VNĐ|VND|đ)(?![^\W\d_]))", 1e3),
    # "125,3 ng.tấn", "45 Ng.người": a statistics table's thousand abbreviated, only right before the unit it scales
    # (no money is read after it the way a bare "tỷ" is)
    (r"[Nn]g\.\s*(?=" + _UNITS_AFTER_AN_ABBREVIATED_SCALE + ")", 1e3),
    # ("3,2 ng.tỷ đồng": the thousand abbreviated before the billion it scales)
    (rf"[Nn]g\.\s*(?:{BILLION_WORDS}){_WM}{_NOT_A_RATE}", 1e12),
]
# the words after "nhà" that make it a building or a trade of its own, no home ("nhà trẻ", "nhà thầu")
_BUILDINGS_NOT_HOMES = word_source("buildings_not_homes")
_NOT_A_HOME_AFTER = r"(?!\s+(?:" + _BUILDINGS_NOT_HOMES + r")(?![^\W\d_]))"
_NO_MONEY_ALONE = (1e2, 1e1)  # (the scale words that say no money alone: "trăm", "chục")
# "1000 ha", "1.000 tấn", "1000 USD", "1000 người": a statistics table's unit cell, thousands of its unit (only a
# whole cell so written: after a number in prose "1.000 tấn" is a number of its own)
_TABLE_THOUSAND = re.compile(r"1\.?000\s+(?=đồng|USD|tấn|người|con\b|ha\b|lượt|hộ\b|khách|m3\b|m2\b|lao\s+động)")
# the countries other than the United States whose currency is called a dollar
_OTHER_DOLLARS = (r"(?:Úc|Australia|Singapore|Xin-ga-po|Hồng\s+Kông|Hong\s*Kong|Canada|Ca-na-đa|Đài\s+Loan|"
                  r"New\s+Zealand|Brunei)\b")
_CURRENCY = [
    # "đồng" is the currency, not the first syllable of đồng chí (comrade), đồng bào, đồng thời ...
    # (whole words: "12.668 tỷ đồng chính thức khánh thành" is money, "chính" is no "chí")
    # ("1.234.567.000 đồng tiền ủng hộ", "500.000 đồng tiền mặt": money named as money; "125 đồng tiền cổ", "đồng tiền
    # xu" are coins counted)
    # ("lắp 6.240 đồng hồ nước": meters counted, "đồng hồ" a clock or a meter, no money)
    (r"đồng(?!\s*(?:chí|bào|thời|ý|bộ|hành|loạt|nghiệp|đội|minh|tâm|khởi|hương|ruộng|cỏ|lúa|hồ|tiền\s+(?:cổ|xu))\b)|"
     r"VNĐ|VND|vnđ|vnd|đ(?![\w])", "VND"),
    # ("2.729,23 triệu Đô la Mỹ", "5 triệu đôla": the dollar written out, capitalised or in one word)
    # (a bare "đô" is a whole word, and no town: "45 triệu đôi giày" counts pairs, "đô thị" is a town)
    # ("120 triệu US$", "3 triệu $": the dollar's sign)
    # (not another country's dollar: "500 nghìn đô la Úc", "2 triệu đô la Singapore", read below)
    (r"USD|usd|US\$|\$|[đĐ]ô\s*la(?!\w)(?!\s+" + _OTHER_DOLLARS + r")(?:\s+[Mm]ỹ)?|"
     r"đô(?![^\W\d_])(?!\s+(?:thị|la\b))", "USD"),
]
# Other currencies have no unit in the contract: counted with their name as label, never đồng after the scale
# word ("45 triệu euro", "3 tỷ yên", "2 triệu bảng Anh"); group 1 the name as written
_FOREIGN_CURRENCY = re.compile(r"([đĐ]ô\s*la\s+" + _OTHER_DOLLARS + r"|EUR\b|[Ee]uro\b|[Yy]ên\s+Nhật\b|yên\b|JPY\b|"
                               r"[Nn]hân\s+dân\s+tệ\b|NDT\b|CNY\b|KRW\b|[Bb]ảng\s+Anh\b|GBP\b|SGD\b|AUD\b)")
# (a capital "Yên" alone opens a place's name, "12 tỷ Yên Bái ..." is no yen)
# The indices provinces are scored and ranked by (competitiveness, governance, reform, satisfaction, digital
# transformation): "điểm" before one of them is a score's point
SCORE_INDEX_NAMES = r"PCI|PAPI|PAR(?:\s+INDEX)?|SIPAS|DDCI|DTI|ICT(?:\s+INDEX)?|PGI"
# a score's "điểm": before a pause or a change, or before its index's name ("đạt 70,12 điểm PCI", "68 điểm chỉ số
# PAPI"), never the spots counted elsewhere ("3 điểm sạt lở", "5 điểm ATM")
_SCORE_POINT = (
    r"điểm\b(?=\s*(?:[,;.)/]|$|so\b|và\b|trên\b|xếp\b|tăng\b|giảm\b)|\s+(?:chỉ\s+số\s+)?(?:"
    + SCORE_INDEX_NAMES
    + r")\b)"
)
# Plain units after a number (first match wins; longer spellings first).
_UNITS: list[tuple[str, str, float]] = [
    # ("đóng góp 2,34 điểm%"; "tăng 1,2 đpt": the statistics offices' short form)
    (r"điểm\s+phần\s+trăm|điểm\s*%|đpt\b", "pct_point", 1.0),
    (r"%|phần\s+trăm", "pct", 1.0),
    (r"tạ\s*/\s*ha", "quintal_per_ha", 1.0),
    (r"tấn\s*/\s*ha", "quintal_per_ha", 10.0),  # "năng suất đạt 1,5 tấn/ha": a yield, 15 tạ/ha
    # ("3,8 tấn nhân/ha", "62 tạ thóc/ha": a yield with what is weighed named between the weight and the area)
    (r"tạ(?:\s+[^\W\d_]+){1,3}\s*/\s*ha\b", "quintal_per_ha", 1.0),
    (r"tấn(?:\s+[^\W\d_]+){1,3}\s*/\s*ha\b", "quintal_per_ha", 10.0),
    (r"ha\b|héc\s*-?\s*ta|hecta|hécta", "ha", 1.0),
    (r"tấn", "tonne", 1.0),
    (r"TTQ\b", "tonne", 1.0),  # "864,9 nghìn TTQ": tấn thông qua, the tonnes a port handles
    # "1.650.000 T.": a statistics table's tonne, a capital T and its dot (no initial of a name: "T.H", "T.Ư")
    (r"(?-i:T)\.(?![^\W\d_])", "tonne", 1.0),
    (r"kg\b|ki\s*lô\s*gam|kilôgam", "tonne", 1e-3),
    # ("thu giữ 350 gam heroin", "12,5 gram ma túy đá"; "350g heroin": a bare lower-case "g" only before a drug of
    # data/words/narcotics.csv, the weight a seizure is given in; no "4G" network, no "500g" pack of goods)
    (r"gam\b|gram\b|gờ\s*-?\s*ram\b|(?-i:g)(?=\s*(?:" + word_source("narcotics") + r")(?![^\W\d_]))", "tonne", 1e-6),
    (r"tạ\b", "tonne", 0.1),
    # ("hỗ trợ 15 yến gạo": ten kilograms; "yến sào" is the swiftlets' nest, a product)
    (r"yến\b(?!\s+sào)", "tonne", 0.01),
    # ("165m 2", "30m 3": a page that flattened the superscript leaves a space before it; not when
    # the digit runs on into a number, "dài 20 m 2,5 m" lists lengths)
    (r"m³|m3\b|m\s3\b(?!\s*[.,]?\s*\d)|mét\s+khối", "m3", 1.0),
    (r"lít\b|lit\b", "m3", 1e-3),  # "18 triệu lít bia": a volume, not money after the scale word
    (r"km²|km2\b|ki\s*lô\s*mét\s+vuông", "ha", 100.0),  # an area: 1 km² = 100 ha
    # ("làm mới 12 cây số đường": the spoken kilometre)
    (r"km\b|ki\s*lô\s*mét|kilômét|cây\s+số\b", "km", 1.0),
    (r"m²|m2\b|m\s2\b(?!\s*[.,]?\s*\d)|mét\s+vuông", "ha", 1e-4),
    (r"mét(?:\s+dài)?\b|md\b|m\b(?![²2³])", "km", 1e-3),  # "5.000 md (mét dài) tường rào"
    # the Mekong delta's "công" of land (1 công = 1.000 m²) before what grows on it: "6 công chôm chôm"
    (r"công(?=\s+(?:đất\b|vườn\b|rẫy\b|" + word_source("crops") + r"))", "ha", 0.1),
    (_SCORE_POINT, "point", 1.0),
    # ("31 lượt dự án được điều chỉnh vốn": times a project, a record or a firm was handled, no visits)
    # ("1.200 lượt nhà bị ngập", "300 lượt hộ"): the houses or homes, counted once per time they were hit
    (r"lượt\s+(?:căn\s+|ngôi\s+)?nhà\b" + _NOT_A_HOME_AFTER, "house", 1.0),
    (r"lượt\s+hộ\b", "household", 1.0),
    (r"lượt(?!\s+(?:dự\s+án|hồ\s+sơ|doanh\s+nghiệp)\b)|(?:du\s+)?khách\b(?!\s+(?:hàng|sạn))", "visit", 1.0),
    (r"người\s+lao\s+động|người\s+dân|người|đồng\s+chí|lao\s+động|nhân\s+khẩu|đối\s+tượng|bệnh\s+nhân|học\s+sinh|sinh\s+viên|"
     r"học\s+viên|cán\s+bộ|đảng\s+viên|thanh\s+niên|công\s+dân|trẻ(?:\s+em)?|hội\s+viên|"
     r"đoàn\s+viên|công\s+chức|viên\s+chức|giáo\s+viên|thí\s+sinh|lao\s+động|ngư\s+dân|ngư\s+phủ|thuyền\s+viên|"
     # ("430 hộ với 1.600 khẩu": the members of households, as "nhân khẩu"; no masks, guns)
     r"khẩu\b(?!\s+(?:trang|súng|pháo|phần|hiệu|vị|độ))|"
     # ("hai cháu bé bị nước cuốn trôi": children, as "em nhỏ"; "320.000 em", "45 cụ từ 100 tuổi trở lên": the
     # children and the elders a text counts by the word it calls them)
     r"công\s+nhân|nông\s+dân|phụ\s+nữ|chiến\s+sĩ|cảnh\s+sát|nạn\s+nhân|em\s+nhỏ|cháu\s+(?:nhỏ|bé)\b|em\b|"
    # ("4 nghìn tài xế", "350 lái xe": drivers counted, no money after the scale word; "82.273 cử tri", "12 nghìn
    # độc giả": the voters and the readers a vote or a library counts)
    r"tài\s+xế\b|lái\s+xe\b|cử\s+tri\b|(?:độc|đọc)\s+giả\b|bạn\s+đọc\b|"
     r"cụ\b(?!\s+thể)|"
     # ("tặng Bằng khen cho 2 cá nhân": individuals, as awards and auctions count them)
     r"cá\s+nhân\b|"
     # ("khởi tố 38 vụ, 56 bị can", "xét xử 120 bị cáo", "quản lý 1.200 phạm nhân": the people a case is against)
     r"bị\s+(?:can|cáo)\b|phạm\s+nhân\b|can\s+phạm\b|"
     # the passengers carried ("3,1 triệu hành khách", the release's short "3,1 triệu HK"): people, no money after
     # the scale word ("lượt hành khách" is read above, as trips)
     r"hành\s+khách\b|HK\b(?!\s*[.\-·×]?\s*km)|"
     # (the children and the candidates a youth union or a party cell counts: "2.400 thiếu nhi", "6 quần chúng ưu tú")
     r"(?:thanh\s+)?thiếu\s+nhi|quần\s+chúng\b|"
     # people counted by their kinship ("2 mẹ con", "hai vợ chồng", "3 anh em"; data/words/kin_groups.csv): as many
     # persons
     + word_source("kin_groups") + "|"
     # the press's short form of "lao động" ("giải quyết việc làm cho 9.800 LĐ"; lowercased as the catalog
     # reads the words after a figure)
     r"(?i:lđ)\b|"
     # the people of a place ("vùng có 1,2 triệu dân", "giường bệnh trên 1 vạn dân"): persons, no money after
     # the scale word (not "dân tộc", "dân cư", "dân số", "dân quân", ...: nouns of their own)
     r"dân\b(?!\s+(?:tộc|cư|số|quân|sự|chủ|dụng|vận|phòng|nguyện|trí|gian|lập|tự|ca|nhập)\b)", "person", 1.0),
    # ("cấp 1.200 hộ chiếu": passports, counted as a noun of their own, no households)
    (r"hộ\b(?!\s+chiếu\b)", "household", 1.0),
    # ("3,1 triệu gia cầm", "1.250 gia súc": animals counted by their kind, as by "con"; no money after the scale word)
    (r"con\b|gia\s+(?:cầm|súc)\b", "head", 1.0),
    (r"doanh\s+nghiệp|DN\b", "enterprise", 1.0),
    (r"hợp\s+tác\s+xã|HTX\b", "cooperative", 1.0),
    (r"sản\s+phẩm", "product", 1.0),
    # ("70 mái nhà bị thủng": houses counted by their roofs, as hail and whirlwind news does)
    # ("3 nhà thầu", "2 nhà máy", "40 nhà trẻ", "1.145 nhà văn hóa": the people and the buildings "nhà" starts the
    # name of are no homes, data/words/buildings_not_homes.csv; no unit word either, the noun after the number is
    # counted whole, and a disaster's reading of the words after "nhà" tells a public building from a home)
    # ("2.600 căn cước": identity cards, no houses; "căn hộ" stays a house)
    (r"căn\s+nhà|ngôi\s+nhà|mái\s+nhà|nhà\b" + _NOT_A_HOME_AFTER + r"|căn\b(?!\s+cước)",
     "house", 1.0),
    (r"vụ\b(?!\s+(?:xuân|mùa|đông|hè))", "case", 1.0),
    (r"lần\b", "times", 1.0),
]
# Nouns that are units of count; keeps the label short ("xã", "trường", "cơ sở", "dự án"; "trường hợp", cases,
# is no school).
_COUNT_NOUNS = re.compile(
    # "ngày khách" (guest-nights) is a count of its own: "1,3 triệu ngày khách" is no money
    r"(?:lượt\s+(?:dự\s+án|hồ\s+sơ|doanh\s+nghiệp)|ngày\s+khách|làn\s+xe|điểm\s+[Tt]rường|cơ\s+sở|dự\s+án|công\s+trình|mô\s+hình|tổ\s+chức|văn\s+bản|hồ\s+sơ|"
    # (nouns of three syllables, whole: "9 nhà đầu tư" was "nhà đầu", "3 khu công nghiệp" "khu công")
    r"nhà\s+đầu\s+tư|nhà\s+khoa\s+học|nhà\s+văn\s+h(?:óa|oá)|"
    r"(?:khu|cụm)\s+(?:công\s+nghiệp|kinh\s+tế)|thủ\s+tục\s+hành\s+chính|thủ\s+tục|"
    # ("12 trang trại" are farms, no pages; "khu du lịch", "sân vận động", "làng văn hóa" whole)
    r"trang\s+trại|khu\s+(?:dân\s+cư|du\s+lịch)|sân\s+vận\s+động|làng\s+văn\s+h[oó]a|"
    r"đơn\s+vị|tổ\s+hợp\s+tác|câu\s+lạc\s+bộ|làng\s+nghề|thôn\s*,\s*tổ|thôn|bản\s+(?:ghi|sao)|bản|tổ|xã\s*,\s*phường(?:\s*,"
    r"\s*thị\s+trấn)?|huyện\s*,\s*thành\s+phố|"
    + LOWER_UNIT_WORDS
    # ("312 ca sốt xuất huyết", "28 ca tay chân miệng", "1.250 ca phẫu thuật": "ca", a case, counts what is named after
    # it, the disease its subject; not a canoe, a singer, a song or cacao: "2 ca nô", "5 ca sĩ", "10 ca khúc")
    + r"|ca(?!\s+(?:nô|sĩ|khúc|cao|dao|kịch|múa|trù|ngợi|từ)(?![^\W\d_]))"
    + r"|trường\s+hợp|trường|lớp|phòng|giường\s+bệnh(?=\s*/\s*[^\W\d_])|giường|bác\s+sĩ|chiếc|"
    r"km|tuyến|cầu|đoạn\s+tuyến|đoạn|địa\s+điểm|đợt|cuộc|buổi|phiên|tin|bài|tác\s+phẩm|gói\s+thầu|chỉ\s+tiêu|tiêu\s+chí|nhiệm\s+vụ|"
    r"đề\s+án|kế\s+hoạch|chủ\s+trương|vụ\s+việc|vụ\s+án|bị\s+can|đơn\s+thư|đơn|hộ\s+chiếu|thẻ|lô|mẫu|giấy\s+phép|giấy\s+chứng\s+nhận|giấy|bộ|chương\s+trình|"
    r"sự\s+kiện|hội\s+nghị|lớp\s+học|gian\s+hàng|điểm|chợ|trạm|tấm|viên|cây|ô\s+tô|xe|"
    # ("7.350 nghìn quả trứng": eggs and fruit counted by their classifier, no money after the scale word — "trái" in
    # the South's usage, "720 triệu trái dừa", not "trái phép"; "1,2 tỷ cành hoa": cut flowers counted by the stem)
    # ("3,85 triệu thuê bao": the subscribers a telecom counts, in millions, no money after the scale word)
    # ("2,94 triệu tài khoản thanh toán", "1,2 triệu ví điện tử": the accounts a bank or a payment service counts)
    # ("12 nghìn khách hàng", "1,2 triệu giao dịch": a bank's customers and the transactions it handles; "2 triệu
    # bưu gửi", "45 nghìn container", "3 triệu cổ phiếu", "12 nghìn vé", "2 nghìn phương tiện": the parcels, boxes,
    # shares, tickets and vehicles a post, a port, a market, a show or a checkpoint counts)
    r"thuê\s+bao|tài\s+khoản|ví\s+điện\s+tử|khách\s+hàng|giao\s+dịch(?!\s+viên)|"
    r"kiện\s+hàng|bưu\s+(?:phẩm|gửi|kiện)|container|cổ\s+phiếu|lá\s+phiếu|vé|phương\s+tiện|"
    r"nhóm|câu|trang|bản\s+tin|phóng\s+sự|chuyên\s+mục|ấn\s+phẩm|đầu\s+sách|cuốn|máy|bậc|hạng|cái|liều|quả|trái(?!\s+phép)|cành)\b"
)


# the words that count a thing whatever it is, before the noun that names it ("cây cầu", "chiếc xe", "cái máy")
_THING_CLASSIFIERS = frozenset({"cây", "chiếc", "cái"})


# the pair or the pack goods are counted by, the trips a carrier makes ("triệu đôi", "triệu bao", "nghìn chuyến bay":
# not "bao gồm", which lists what a sum holds, nor "bao bì", packaging counted per time)
# (the portions a relief or a charity hands out too: "2 nghìn suất quà", "1,2 nghìn suất ăn", "3 nghìn phần quà")
_PACKAGES = re.compile(r"(?:đôi|bao(?!\s+(?:gồm|bì)(?![^\W\d_]))|hộp|lon|thùng|cuộn|túi|chai|"
                       r"chuyến(?:\s+(?:bay|tàu|xe))?|suất(?:\s+(?:quà|ăn|học\s+bổng))?|phần\s+quà)(?![^\W\d_])")


# a word or three, then one or two digits of a footnote's mark run into the last and the clause's end
_FOOTNOTE_GLUED = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?(?=\d{1,2}(?:[\s,.;:)]|$))")


# Freight and passenger traffic ("661,1 triệu tấn.km", "140 ngàn người km", "5 triệu lượt người.km",
# "HK.km"): a load times a distance, no tonnes, persons or visits; counted with the unit as written
_TRAFFIC = re.compile(r"(?:(?i:tấn|người|lượt\s+người|lượt\s+khách|hành\s+khách|khách)|HK)\s*[.\-·×]?\s*km\b")


# Power and energy have no unit of their own in the contract: counted with their symbol as label
# (the press writes the kilowatt-hour "kWh", "KWh", "Kwh" or "kwh"); so are the measures of ships and of what a port
# handles, after a scale word too: tonnage ("tổng dung tích 1,2 triệu GT", "tàu 70 nghìn DWT") and containers
# ("85,2 nghìn TEU"), no money (data/words/amounts_not_money.csv)
_ENERGY = re.compile(r"[kKMG][wW][hH]?\b|[kMG]Wp\b|(?:" + word_source("amounts_not_money") + r")\b")


def _first_matching(patterns: list[str], ignorecase: list[bool] | None = None) -> re.Pattern[str]:
    """One pattern whose match at a place is the first of ``patterns`` (in order) that matches
    there, which names it: group ``t<i>`` (``int(m.lastgroup[1:])`` is its index). The engine tries
    the alternatives in order and keeps the first that matches, as a loop of ``match`` calls over
    the table would; one call instead of one per row (read_unit runs for every number)."""
    flags = ignorecase or [False] * len(patterns)
    if any(re.compile(pattern).groups for pattern in patterns):
        raise ValueError("a row of a unit table has a group of its own: its alternative could not be named")
    return re.compile("|".join(f"(?P<t{i}>{'(?i:' if ic else '(?:'}{pattern}))"
                               for i, (pattern, ic) in enumerate(zip(patterns, flags, strict=True))))


_SCALE_RX = _first_matching([pattern for pattern, _ in _SCALE])
_CURRENCY_RX = _first_matching([pattern for pattern, _ in _CURRENCY])
_UNITS_RX = _first_matching([pattern for pattern, _, _ in _UNITS],
                            [unit in ("ha", "m3", "km", "tonne") for _, unit, _ in _UNITS])
_LEADING_SPACE = re.compile(r"\s*")
# a scale word capitalised, then spaces before the word it scales; the first letters it may start with
_CAPITAL_SCALES = [word.capitalize() for word in scale_words(1e9, 1e6, 1e4, 1e3).split("|")]
_CAPITAL_SCALE_BEFORE_A_WORD = re.compile("(?:" + "|".join(_CAPITAL_SCALES) + r")[ \t]+")
_CAPITAL_SCALE_INITIALS = frozenset(word[0] for word in _CAPITAL_SCALES)
# a noun in lower case per a unit of time or of the year's work, after a scale word ("triệu lốp/năm",
# "nghìn bao/ngày đêm"): group 1 the noun
_PER_TIME_NOUN = re.compile(r"\s*([^\W\d_A-ZĐ]+(?:\s+[^\W\d_A-ZĐ]+)?)\s*/\s*"
                            r"(?:năm|ngày|tháng|giờ|ca|vụ|tuần|mẻ)(?![^\W\d_])")


# a round number of people or homes, the base of a density ("35 thuê bao/100 dân", "95 xe máy/100 hộ"): one group,
# its noun
_ROUND_BASE = (r"(?:100|1\.000|10\.000|100\.000|1\s+vạn)\s+"
               r"(dân(?:\s+số)?|người(?:\s+dân)?|hộ(?:\s+dân|\s+gia\s+đình)?)(?![^\W\d_])")


# A unit per another unit or thing ("m3/ngày đêm", "người/km2", "lít/người/ngày", "con/ha", "tiêu chí/xã",
# "giường/vạn dân"): a rate or a density, no amount of the unit before the slash; the contract has no unit for it,
# so it is counted with the rate as written. Group 1 the denominators (a word, "ngày đêm" or "vạn dân" ... said in
# two, a square or cube after it), one or two of them; not a number after the slash ("12 xã/15 xã": a ratio of
# counts, unless a round base: group 2) nor a plan word ("ha/KH")
_PER_DENOMINATOR = re.compile(r"((?:\s*/\s*(?!(?:KH|kế\s+hoạch|tổng|cùng)(?![^\W\d_]))"
                              # ("2,05 con/phụ nữ": the fertility rate's denominator, two words)
                              r"(?:ngày\s+đêm|phụ\s+nữ|(?:" + SCALE_WORDS + r")\s+(?:dân|người)|" + _ROUND_BASE
                              + r"|[^\W\d_]+[23²³]?)){1,2})"
                              r"(?![^\W_]|[.,]\d|\s*(?:19|20)\d\d(?!\d))")
_SPEED_TIME = re.compile(r"\s*/\s*(?:h|giờ|s|giây|phút)")
# (the units whose amount a rate is not: the yields "tạ/ha", "tấn/ha" have rows of their own, a percentage per year
# "7%/năm" stays a rate in percent, a point is a score)
# "28,5 m2 sàn/người", "45 kg thịt/người/năm": what each person has, a rate with the thing named between its unit
# and "/" (it was read as hectares, tonnes)
# ("320 tấn rác thải/ngày", "45.000 m3 nước/ngày đêm", "850 con lợn/ngày", "850 lượt người/ngày": what is handled per
# unit of time, named between the unit and "/", a rate too; "28 thuê bao internet/100 dân": per a round base of people)
_WHAT_PER_HEAD = re.compile(r"\s+([^\W\d_A-ZĐ]+(?:\s+[^\W\d_A-ZĐ]+){0,2})"
                            r"(?=\s*/\s*(?:người|hộ|khẩu|nhân\s+khẩu|lao\s+động|dân|ngày|năm|tháng|tuần|giờ|ca|"
                            + _ROUND_BASE + r")(?![^\W\d_]))")
_NOT_RATED = frozenset({"pct", "pct_point", "quintal_per_ha", "point"})


def _rate(rest: str, unit_end: int, unit: str, written: str) -> UnitReading | None:
    """The unit just read (``written``, ending at ``unit_end`` of ``rest``) followed by "/" and a denominator:
    the rate, counted with it as label ("15.000 m3/ngày" → count "m3/ngày"); else None."""
    if unit in _NOT_RATED or "/" not in rest[unit_end:unit_end + 3]:
        return None
    per = _PER_DENOMINATOR.match(rest, unit_end)
    if per is None or (unit == "km" and _SPEED_TIME.fullmatch(per.group(1))):
        return None  # ("80 km/h", "25 m/s": a speed, left to the length's reading, which figures skips)
    if per.group(2) is not None and per.group(2).split()[0] == written.split()[0].lower():
        return None  # ("45 hộ/100 hộ": the same noun on both sides, a part of a whole, no density)
    label = re.sub(r"\s+", " ", written) + re.sub(r"\s*/\s*", "/", re.sub(r"\s+", " ", per.group(1)))
    return UnitReading("count", 1.0, per.end(), label)


def _rated(rest: str, unit_end: int, unit: str, written: str) -> UnitReading | None:
    """The rate the unit just read makes with a "/" and its denominator, right after it or past the few words that
    name what is measured ("28,5 m2 sàn/người", "320 tấn rác thải/ngày"); else None."""
    if "/" in rest[unit_end:unit_end + 3]:
        return _rate(rest, unit_end, unit, written)
    if "mỗi" in rest[unit_end:unit_end + 40] and unit in ("tonne", "m3") and (
            each := _EACH_UNIT_OF_TIME.match(rest, unit_end)) is not None:
        # "620 tấn rác mỗi ngày", "1.200 m3 nước mỗi ngày đêm": the rate "tấn rác/ngày" said in words (what is
        # measured kept in the label, as "320 tấn rác thải/ngày" keeps it); a mass or a volume handled, not a
        # pace ("25 km mỗi giờ") nor visits counted ("700 lượt khách mỗi ngày")
        said = " ".join((written + " " + (each.group(1) or "")).split()) + "/" + " ".join(each.group(2).split())
        return UnitReading("count", 1.0, each.end(), said)
    per = _WHAT_PER_HEAD.match(rest, unit_end)
    return None if per is None else _rate(rest, per.end(), unit, written + " " + per.group(1))


def _may_be_rated(rest: str, unit_end: int) -> bool:
    """Can the unit ending at ``unit_end`` make a rate: a "/" or a "mỗi" soon after it?"""
    return "/" in rest[unit_end:unit_end + 30] or "mỗi" in rest[unit_end:unit_end + 40]


# "mỗi ngày" after a unit and the few words naming what is measured ("620 tấn rác sinh hoạt mỗi ngày"): per that time
_EACH_UNIT_OF_TIME = re.compile(r"(?:\s+([^\W\d_A-ZĐ]+(?:\s+[^\W\d_A-ZĐ]+){0,2}?))?\s+mỗi\s+"
                                r"(ngày\s+đêm|ngày|tuần|tháng|năm|giờ)(?![^\W\d_])")


# A rate per a round base of people or births ("9,8 trên 1.000 trẻ đẻ sống", "35/100.000 trẻ đẻ sống", "4,2 trên
# 1 vạn dân", "14,2‰"): the number is the rate, the base no amount of its own (figures blocks it: _PER_BASE
# there). Group 1 the base's noun; only the nouns of vital and health rates (a bare "người" after a slash may
# be a target: "850/1.000 người" is 850 of the 1.000 planned)
PER_BASE_NOUN = (r"(?:trẻ(?:\s+(?:em|đẻ\s+sống|sơ\s+sinh|sinh\s+ra\s+sống))?|(?:người\s+)?dân(?:\s+số)?(?![^\W\d_])|"
                 r"ca\s+(?:sinh|đẻ)(?:\s+sống)?|phụ\s+nữ)")
PER_BASE_NUMBER = r"(?:1(?:0{1,2})?(?:\.000){1,2}|1\s+vạn|vạn)(?![\d.,])"
_PER_BASE = re.compile(r"‰|(?:trên|/)\s*" + PER_BASE_NUMBER + r"\s+(" + PER_BASE_NOUN + r")")
# grams per litre, the salt in water ("độ mặn 8,4 g/l", "2 g/lít"): no contract unit, counted with its label
_GRAMS_PER_LITRE = re.compile(r"g\s*/\s*(?:l|lít)(?![^\W\d_])")
# ("tỷ suất sinh 15,2 phần nghìn", "độ mặn 4 phần ngàn": per mille in words, the rate "‰" writes, labelled so)
_PER_MILLE_IN_WORDS = re.compile(r"phần\s+(?:" + THOUSAND_WORDS + r")(?![^\W\d_])")


def _row(m: re.Match[str]) -> int:
    """The row of the table that a match of a ``_first_matching`` pattern came from."""
    if m.lastgroup is None:
        raise ValueError(f"not a match of a _first_matching pattern: {m!r}")
    return int(m.lastgroup[1:])


_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _in_capitals(rest: str) -> bool:
    """Two words in capitals in a row after the number, or one with an accented vowel ("DÂN SỐ 1.250 NGƯỜI"): a
    headline written in capitals, not an abbreviation ("5 HTX thành lập mới", "08 ĐVHC", "37 VĐV": an abbreviation's
    letters are plain, or the Đ of a word's initial)."""
    words = rest[:40].split(None, 2)[:2]
    if len(words) == 2 and all(len(w) >= 2 and w.isalpha() and w.isupper() for w in words):
        return True
    first = _FIRST_WORD.match(rest)
    return (first is not None and len(first.group()) >= 2 and first.group().isupper()
            and any(not letter.isascii() and letter != "Đ" for letter in first.group()))


def headline_in_lower_case(rest: str) -> str:
    """``rest``, the words after a number, in lower case when they are a headline's written in capitals ("4.766 HỘ
    ĐẠT DANH HIỆU", "16 NGHỊ QUYẾT": its unit word or noun read as such, not cut at an accented capital) and lowering
    keeps their length (so the offsets hold); else as written."""
    if rest.lstrip()[:1].isupper() and _in_capitals(rest.lstrip()):
        lowered = rest.lower()
        if len(lowered) == len(rest):
            return lowered
    return rest


# the unit words and counted nouns read_unit reads after a number, as one pattern with no group ("48 ca", "12 người",
# "3 trường", "5 ha"): what makes the number after a time word a count ("Từ đầu năm 48 ca sởi": no year 48)
COUNTED_AFTER_A_NUMBER = ("|".join(("(?i:" if unit in ("ha", "m3", "km", "tonne") else "(?:") + pattern + ")"
                                   for pattern, unit, _ in _UNITS) + "|" + _COUNT_NOUNS.pattern)


def read_unit(after: str) -> UnitReading | None:
    """Read the unit written right after a number (``after`` starts just after the digits)."""
    pos = _LEADING_SPACE.match(after).end()
    rest = after[pos:]
    rest = headline_in_lower_case(rest)  # ("HUYỆN A: 4.766 HỘ ĐẠT DANH HIỆU ...": its unit word in capitals)
    if rest[:1] in _CAPITAL_SCALE_INITIALS and (cap := _CAPITAL_SCALE_BEFORE_A_WORD.match(rest)) is not None and (
            (rest[cap.end():cap.end() + 1].islower() or _ENERGY.match(rest, cap.end()) is not None)
            and read_unit(rest[cap.end():]) is not None):
        # "12 Nghìn tấn", "45 Triệu kWh": a scale word capitalised by a slip before a unit word in lower case, or
        # before a unit's symbol ("185 Triệu KWh") (a capital "Triệu" that opens a name has a capital word after
        # it: "Triệu Thị Hoa")
        rest = rest[:cap.end()].lower() + rest[cap.end():]
    if rest[:1] == "1" and (tm := _TABLE_THOUSAND.match(rest)) is not None and (
            (cell := read_unit(rest[tm.end():])) is not None and cell.unit != "pct"
            and not rest[tm.end() + cell.length:].strip()):
        return UnitReading(cell.unit, 1e3 * cell.multiplier, pos + tm.end() + cell.length, cell.label)
    sm = _SCALE_RX.match(rest)
    if sm:
        factor = _SCALE[_row(sm)][1]
        tail = rest[sm.end():]
        ws = len(tail) - len(tail.lstrip(" "))
        cm = _CURRENCY_RX.match(tail[ws:])
        if cm:
            return UnitReading(_CURRENCY[_row(cm)][1], factor, pos + sm.end() + ws + cm.end())
        if (fm := _FOREIGN_CURRENCY.match(tail, ws)) is not None:
            return UnitReading("count", factor, pos + sm.end() + fm.end(), re.sub(r"\s+", " ", fm.group(1)))
        inner = read_unit(tail)
        if inner is not None and inner.unit not in ("pct", "VND", "USD"):
            return UnitReading(inner.unit, factor * inner.multiplier, pos + sm.end() + inner.length,
                               inner.label)
        if (packed := _PACKAGES.match(tail, ws)) is not None:
            # "45 triệu đôi giày dép", "85 triệu bao thuốc lá", "45 nghìn chuyến": goods counted by the pair or the
            # pack, trips, after a scale word, no money (without a scale the noun reader keeps its second word: "95
            # túi quà")
            return UnitReading("count", factor, pos + sm.end() + packed.end(), packed.group())
        if "/" in tail[:30] and (per := _PER_TIME_NOUN.match(tail)):
            # "công suất 5 triệu lốp/năm", "2 triệu chai/năm": a thing made per unit of time is what the scale
            # counts (money names its currency: "5 triệu đồng/năm"; "5 triệu/tháng" stays money)
            return UnitReading("count", factor, pos + sm.end() + per.end(1), per.group(1))
        if factor in _NO_MONEY_ALONE:
            return None
        # "4.705 tỷ" with no currency word is money in these reports.
        return UnitReading("VND", factor, pos + sm.end())
    cm = _CURRENCY_RX.match(rest)
    if cm:
        return UnitReading(_CURRENCY[_row(cm)][1], 1.0, pos + cm.end())
    if (fm := _FOREIGN_CURRENCY.match(rest)) is not None:
        return UnitReading("count", 1.0, pos + fm.end(), re.sub(r"\s+", " ", fm.group(1)))
    if rest[:1] in ("t", "/", "‰") and (bm := _PER_BASE.match(rest)) is not None:
        return UnitReading("count", 1.0, pos + bm.end(), re.sub(r"\s+", " ", bm.group(0)))
    if rest[:1] == "p" and (pm := _PER_MILLE_IN_WORDS.match(rest)) is not None:
        return UnitReading("count", 1.0, pos + pm.end(), "‰")
    if rest[:1] == "g" and (gm := _GRAMS_PER_LITRE.match(rest)) is not None:
        return UnitReading("count", 1.0, pos + gm.end(), "g/l")
    if "km" in rest[:24] and (tm := _TRAFFIC.match(rest)):
        return UnitReading("count", 1.0, pos + tm.end(), re.sub(r"\s+", " ", tm.group(0)))
    um = _UNITS_RX.match(rest)
    if um:
        _, unit, mult = _UNITS[_row(um)]
        if _may_be_rated(rest, um.end()) and (rate := _rated(rest, um.end(), unit, um.group(0))) is not None:
            return UnitReading("count", 1.0, pos + rate.length, rate.label)
        return UnitReading(unit, mult, pos + um.end())
    if (glued := _FOOTNOTE_GLUED.match(rest)) is not None and (
            (um := _UNITS_RX.match(rest, 0, glued.end())) is not None and um.end() == glued.end()):
        # "1.250 hộ2", "350 ha3": a footnote's number run into the unit word, which is still the unit (the
        # word's end is no word boundary before the digit)
        _, unit, mult = _UNITS[_row(um)]
        return UnitReading(unit, mult, pos + um.end())
    cm = _COUNT_NOUNS.match(rest)
    if cm and cm.group(0) in _THING_CLASSIFIERS and (noun := _COUNT_NOUNS.match(rest, _LEADING_SPACE.match(
            rest, cm.end()).end())) is not None and cm.end() < noun.start() and noun.group(0) not in _THING_CLASSIFIERS:
        cm = noun  # ("khánh thành 3 cây cầu", "12 chiếc xe"): the classifier before a noun counted, that noun
    if cm:
        if _may_be_rated(rest, cm.end()) and (rate := _rated(rest, cm.end(), "count", cm.group(0).lower())):
            return UnitReading("count", 1.0, pos + rate.length, rate.label)
        # ("1 điểm Trường Tiểu học": a noun capitalised as the start of a name is still the plain noun)
        return UnitReading("count", 1.0, pos + cm.end(), re.sub(r"\s+", " ", cm.group(0)).lower())
    cm = _ENERGY.match(rest)
    if cm:
        return UnitReading("count", 1.0, pos + cm.end(), re.sub(r"\s+", " ", cm.group(0)))
    return None


_QUALIFIER_BEFORE = [
    # ("gần như 100%": almost, as "gần" is; "xấp xỉ", "ngót", "chừng": the bounds' table)
    (re.compile(rf"(?:khoảng|gần(?:\s+như)?|trên\s+dưới|(?<!\w)(?:{BOUNDS_BY_QUALIFIER['approx']}))\s*$",
                re.IGNORECASE), "approx"),
    # "tỷ lệ nợ thấp hơn 5%", "ít hơn 20 hộ": a comparative of less reads as below, not as "hơn" (over)
    # ("không ít hơn 50 dự án", "không dưới 2.000 lao động": not less than, a bound from below)
    (re.compile(r"(?<!không\s)(?:thấp|ít|kém|nhỏ)\s+hơn\s*$", re.IGNORECASE), "under"),
    # (a higher comparative negated, "giá xăng không cao hơn 19.850 đồng/lít", is a ceiling: the table's bounds
    # from above, read before "hơn" is)
    (re.compile(rf"(?<!\w)(?:{BOUNDS_BY_QUALIFIER['under']})\s*$", re.IGNORECASE), "under"),
    # ("Ngoài bảy người chết, ...": "Ngoài" opening a sentence means besides, not over; "có vốn đầu tư nước
    # ngoài 5.620 tỷ đồng": "nước ngoài" is foreign, a name before the number)
    # ("dưới mức 5%", "trên mức 7%": the word for the level may stand between the bound and the number)
    # ("thị xã An Nhơn 2 người", "TP. Quy Nhơn 1 người": the end of a name is no "hơn")
    # ("ngân sách cấp trên 298 tỷ đồng", "chuyển tuyến trên 120 ca": "cấp trên", "tuyến trên" are the level above,
    # a noun before the number, no bound; "đi làm việc ở tỉnh ngoài 12.870 lao động": "ngoài" after a place noun
    # is the place outside, as "nước ngoài" is)
    (re.compile(r"(?:(?<!\w)hơn|(?<!\w)(?<!cấp\s)(?<!tuyến\s)trên|(?<=\w\s)(?<![nN]ước\s)(?<!tỉnh\s)(?<!huyện\s)(?<!xã\s)(?<!vùng\s)(?<!bên\s)(?<!phía\s)(?-i:ngoài)|>|≥|>=|vượt\s+trên|"
                rf"(?<!\w)(?:{BOUNDS_BY_QUALIFIER['over']})|"
                r"(?:hơn|trên)\s+mức)\s*$", re.IGNORECASE), "over"),
    # ("tối đa 50 triệu đồng", "không quá 2,5%", "chưa đầy 500 hộ": at most, the bound from above as "≤" is: the
    # table's bounds from above, read before "hơn" above)
    (re.compile(r"(?:(?<!\w)(?<!không\s)dưới|<|≤|<=|dưới\s+mức)\s*$", re.IGNORECASE), "under"),
]
# "Sơ bộ" (preliminary) figures are estimates too.
# (one branch per way of writing the first letter, scanning.caseless_word_start: the same matches as
# ``\b(?:dự\s+ước|ước\s+tính|ước\s+đạt|ước\s+thực\s+hiện|ước|sơ\s+bộ)\b`` with re.I, which
# tests/test_scanning.py holds it to; the engine skips to d, D, ư, Ư, s, S, ſ)
ESTIMATE_CASES = {"d": "dD", "ư": "ưƯ", "s": "sSſ"}
# ("UTH", "ƯTH": ước thực hiện abbreviated in capitals, as a compressed report's lines write it: "Sản lượng UTH Q2:")
ESTIMATE_WORDS = re.compile(
    "(?:" + caseless_word_start(("dự ước", "ước tính", "ước đạt", "ước thực hiện", "ước", "sơ bộ"), ESTIMATE_CASES)
    + r"|(?<![^\W\d_])UTH|(?<![^\W\d_])ƯTH)\b"
)


# Each qualifier's test of the last character before the number's spaces (every pattern ends with
# ``\s*$``: a match ends on the last character of ``tail.rstrip()``, so a pattern none of whose words
# can end on it finds nothing; scanning.ending_before_spaces reads the test from the pattern's last items)
_QUALIFIER_ENDINGS = [(pattern, ending_before_spaces(pattern), qualifier) for pattern, qualifier in _QUALIFIER_BEFORE]
# (most texts before a number end on none of the qualifiers' last letters: one test for all four)
_ANY_QUALIFIER_ENDING = (
    None if any(ending is None for _, ending, _ in _QUALIFIER_ENDINGS)
    else re.compile("|".join(ending.pattern for _, ending, _ in _QUALIFIER_ENDINGS if ending is not None))
)


def qualifier_before(before: str) -> str | None:
    """A qualifier written immediately before the number (``khoảng``, ``hơn``, ``dưới``, ``>``)."""
    tail = before[-20:]
    if _ANY_QUALIFIER_ENDING is not None:
        last = tail.rstrip()[-1:]
        if not last or _ANY_QUALIFIER_ENDING.match(last) is None:
            return None
        for pattern, ending, qualifier in _QUALIFIER_ENDINGS:
            if (ending is None or ending.match(last) is not None) and pattern.search(tail):
                return qualifier
        return None
    for pattern, qualifier in _QUALIFIER_BEFORE:
        if pattern.search(tail):
            return qualifier
    return None


# "7 triệu 520 nghìn con", "3 tỷ 362 triệu USD": a number said in two scales
# (the first scale a million or a billion, the second below it: MILLION_WORDS and THOUSAND_WORDS)
_COMPOUND = re.compile(rf"\s*({scale_words(1e6, 1e9)})\s+(\d{{1,3}})\s+({scale_words(1e3, 1e6)})(?![a-zà-ỹđ])")
# "5 nghìn 200 tỷ đồng", "2 nghìn 350 triệu đồng", "3 nghìn 200 hộ": thousands of the scale (or of the unit) after
# the second number, said the way "5.200 tỷ đồng" is read aloud
_THOUSANDS_OF_A_SCALE = re.compile(rf"\s*({THOUSAND_WORDS})\s+(\d{{1,3}})(?:\s+({scale_words(1e6, 1e9)})(?![a-zà-ỹđ]))?"
                                   r"(?=\s)")


@dataclass(frozen=True)
class CompoundReading:
    major: float           # the scale of the number itself (triệu → 1e6)
    minor: float           # the second number in its scale (520 nghìn → 520000)
    minor_offset: int | None  # where the second number starts, after the first (None: no second number)
    reading: UnitReading   # the unit after both, its length counted from the first number's end


# "35 tỷ rưỡi đồng", "2 triệu rưỡi": "rưỡi" after a scale adds half of that scale to the number
_HALF_OF_SCALE = re.compile(r"\s*(?:" + SCALE_WORDS + r")(\s+rưỡi)(?![\wà-ỹđ])", re.IGNORECASE)


def _read_half_of_scale(after: str) -> CompoundReading | None:
    """``after`` goes on "tỷ rưỡi đồng": the number and a half, in the scale and unit read without "rưỡi"."""
    m = _HALF_OF_SCALE.match(after)
    if m is None:
        return None
    scaled = read_unit(after[: m.start(1)] + after[m.end(1) :])
    if scaled is None or scaled.multiplier == 1:
        return None
    length = scaled.length + len(m.group(1))  # the unit's reading spans "rưỡi" too
    return CompoundReading(scaled.multiplier, scaled.multiplier / 2, None,
                           UnitReading(scaled.unit, 1.0, length, scaled.label))


def read_compound(after: str) -> CompoundReading | None:
    """``after`` (the text right after a number) goes on "triệu 520 nghìn con": the value is the
    number in millions plus 520 thousand, in the unit after the second scale (or on "nghìn 200 tỷ đồng":
    the number of thousand billions plus 200 billion; or on "tỷ rưỡi đồng": the number of billions and a
    half)."""
    m = _COMPOUND.match(after)
    if m is None:
        m = _THOUSANDS_OF_A_SCALE.match(after)
        if m is None:
            return _read_half_of_scale(after)
        minor_scale = SCALE_WORD_VALUES[m.group(3)] if m.group(3) else 1.0
        major = 1e3 * minor_scale
    else:
        major, minor_scale = SCALE_WORD_VALUES[m.group(1)], SCALE_WORD_VALUES[m.group(3)]
    if minor_scale >= major:
        return None  # ("2 triệu 5 triệu" is no number)
    rest = read_unit(after[m.end():])
    if rest is None or rest.multiplier != 1:
        return None
    return CompoundReading(major, int(m.group(2)) * minor_scale, m.start(2),
                           UnitReading(rest.unit, 1.0, m.end() + rest.length, rest.label))
