"""Subjects of indicator figures: the label as written and its key in the indicator catalog.

``subject_label`` reads the noun phrase a number belongs to (the words before it in its clause,
without verbs and qualifiers; when the clause starts with a verb — ``, tăng 12,1%`` — the subject
of the previous figure carries over). ``catalog_key`` maps a subject to ``indicator_catalog.csv``
by the phrasings reports use for each entry; a key is kept only when the figure's unit fits the
entry (a ``ha`` figure is never ``retail_sales``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from re import _parser

from orchestration.extraction.caching import per_document
from orchestration.extraction.dates import DATELINE_OR_ITS_DAY
from orchestration.extraction.marks import NUMBERED_MARK
from orchestration.extraction.numbers import (
    BOUND_WORDS,
    HEDGE_WORDS,
    NUMBER_WORDS,
    THOUSAND_WORDS,
    read_compound,
    read_unit,
    scale_words,
)
from orchestration.extraction.places import (
    LOCAL_UNIT_WORDS,
    LOWER_UNIT_WORDS,
    UNIT_WORDS,
    as_named_before_2025,
    find_provinces,
    find_units,
    get_province,
    unit_words_source,
)
from orchestration.extraction.scanning import (
    caseless_first_letter,
    caseless_prefixed,
    ending_before_spaces,
    guarded,
    letter_cases,
    lowered_literal_scan,
    required_literals,
    required_runs_of_each_alternative,
)
from orchestration.extraction.schema import PERCENT_METRICS
from orchestration.extraction.vocabulary import (
    keyed_word_lists,
    keyed_word_patterns,
    phrase_source,
    read_table,
    word_pattern,
    word_source,
)


@dataclass(frozen=True)
class CatalogEntry:
    """One row of ``indicator_catalog.csv`` as the matcher uses it."""

    key: str
    aliases: re.Pattern[str]  # the phrasings reports use for the entry, over lower-cased NFC text
    units: frozenset[str]  # units a figure of the entry may be stated in (pct metrics fit any entry)
    order: int  # row order: breaks a tie between two aliases as near to the number and as long
    # words one of which every alias match contains (None: not known): most entries are ruled out
    # for a figure by a substring test, without a scan of the regex engine
    literals: tuple[str, ...] | None = None
    # for each phrasing of the aliases, the words all of which a match of that phrasing contains (None:
    # not known): of the entries the literals let through, two in three are ruled out by this
    phrasing_words: tuple[tuple[str, ...], ...] | None = None


# "thuỷ sản", "luỹ kế": the older spelling puts the tone of an open "uy" on its "y". The aliases are
# written the newer way ("thủy sản"); each such syllable also matches its older spelling ("quý" is
# no such syllable: its "u" belongs to "qu"). (Compiled into the aliases: no cost for a figure.)
_NEWER_UY = re.compile(r"(?<!q)(ủy|ũy|úy|ùy|ụy)(?![a-zà-ỹđ])")
_OLDER_UY = {"ủy": "uỷ", "ũy": "uỹ", "úy": "uý", "ùy": "uỳ", "ụy": "uỵ"}


def _with_older_spelling(source: str) -> str:
    return _NEWER_UY.sub(lambda m: f"(?:{m.group()}|{_OLDER_UY[m.group()]})", source)


def _alias_source(aliases: str) -> str:
    return _with_older_spelling(phrase_source(aliases))


def alias_pattern(aliases: str) -> re.Pattern[str]:
    """Compile the ``aliases`` column: ``|``-separated phrasings, each a regular expression in
    which a plain space stands for any run of whitespace (``tổng mức bán lẻ``), and a syllable in
    "uy" also matches its older spelling (``thủy`` / ``thuỷ``). The pattern gets a first-character
    guard (same matches): catalog_key scans the fitting entries for every figure."""
    return guarded(re.compile(_alias_source(aliases)))


def phrasing_words(aliases: str) -> tuple[tuple[str, ...], ...] | None:
    """For each phrasing of the ``aliases`` column (each alternative of its pattern), the words all of
    which a match of that phrasing holds (``scanning.required_runs_of_each_alternative``): a text that
    holds all the words of none has no match. None when some phrasing has no such word."""
    return required_runs_of_each_alternative(re.compile(_alias_source(aliases)))


def read_catalog(rows: list[dict[str, str]]) -> list[CatalogEntry]:
    """Catalog entries from the CSV's rows; every row names its aliases and units. At one place in the text the
    first phrasing of an entry that matches is taken: the aliases column lists the more specific ones first
    ("về xuất khẩu: tổng kim ngạch" before "về xuất khẩu")."""
    entries = []
    for order, row in enumerate(rows):
        if not row.get("aliases") or not row.get("units"):
            raise ValueError(f"indicator_catalog.csv: {row['indicator_key']} lacks aliases or units")
        try:
            aliases = alias_pattern(row["aliases"])
        except re.error as err:  # e.g. a space inside a lookbehind: write \s there
            raise ValueError(f"indicator_catalog.csv: aliases of {row['indicator_key']}: {err}") from err
        entries.append(CatalogEntry(key=row["indicator_key"], aliases=aliases,
                                    units=frozenset(row["units"].split("|")), order=order,
                                    literals=required_literals(aliases), phrasing_words=phrasing_words(row["aliases"])))
    return entries


CATALOG: list[CatalogEntry] = read_catalog(read_table("indicator_catalog.csv"))

_COUNT = {"count", "person", "household", "head", "enterprise", "cooperative", "product", "visit",
          "house", "case", "times"}


# Words that do not name a subject: a clause made only of them ("; riêng tháng 8 đạt", "so với
# 31/12 tăng") keeps the subject of the clause before it.
_NOT_SUBJECT_WORDS = {
    "riêng", "tháng", "quý", "năm", "tuần", "xuân", "hè", "thu", "mùa", "đông", "chiêm", "đạt", "ước", "tính",
    "chung", "lũy", "luỹ", "kế", "cộng", "dồn", "trong", "đó", "cả", "đầu", "cuối", "và", "so", "với", "cùng", "kỳ",
    "tăng", "giảm", "là", "khoảng", "gần", "hơn", "trên", "dưới", "được", "đến", "nay", "ngày", "thực", "hiện",
    "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "đồng", "usd", "ha", "tấn", "lượt",  # units are not subjects
    "trị",  # "giá trị" alone ("; luỹ kế 9 tháng giá trị ước đạt"): the value of the subject before, not one
    "i", "ii", "iii", "iv",  # a quarter's number ("Trong quý I/2026" cut at its year)
    "hết",  # "Đến hết năm 2025" cut at its year
    "bằng", "chiếm", "gấp", "vượt",  # verbs of a comparison ("bằng 125% kế hoạch; trong đó có 118 dự án")
}


def names_a_subject(words: str) -> bool:
    """Do the words name a subject: two words or more beyond periods, verbs, qualifiers and units
    ("khu vực công nghiệp và xây dựng", not "năm nay" nor "trong đó")?"""
    return len([w for w in _WORD.findall(words.lower()) if w not in _NOT_SUBJECT_WORDS]) >= 2  # (_WORD: [^\W\d_]+)


# Who did what a count counts, opening its clause ("toàn tỉnh đã giải quyết việc làm cho 1.250 lao động", "tỉnh đã
# cấp mới 15.300 thẻ", "các địa phương đã hỗ trợ xây 245 căn nhà"): the area or the bodies at work, no part of
# what is counted. (A bare "tỉnh", "các xã" only with "đã": "các đơn vị sự nghiệp", "ngành công nghiệp" name it.)
_ACTOR = re.compile(
    # ("Toàn ngành công nghiệp tăng 9,2%": the whole branch named, the subject; data/words/whole_branches.csv)
    r"(?:(?:(?:toàn|cả)\s+(?:" + UNIT_WORDS + r"|ngành(?!\s+(?:"
    + word_source("whole_branches") + r")(?![^\W\d_]))|nước)|toàn\s+quốc)"
    r"(?:\s+(?:cũng\s+)?đã(?:\s+đón(?![^\W\d_]))?|\s+(?:hiện\s+)?có|\s+(?:cũng\s+|tiếp\s+tục\s+)?đón(?![^\W\d_]))?"
    # ("Sở Lao động - Thương binh và Xã hội đã tổ chức 12 phiên ...", "Công an tỉnh đã khởi tố 85 vụ": a body named with
    # its capital, data/words/acting_bodies.csv, that did what is counted, up to its "đã")
    # (or the body's kind alone, the report's own: "Sở đã tổ chức 14 sự kiện")
    r"|(?-i:(?:" + word_source("acting_bodies") + r")(?![^\W\d_])(?:\s+[^,;:.()\d]{1,80}?)?)\s+(?:cũng\s+)?đã"
    # ("tỉnh đón khoảng 5,2 triệu lượt khách", "thành phố đã đón ...": the area welcoming them, and its verb)
    r"|(?:tỉnh|thành\s+phố)\s+(?:(?:đã|cũng|tiếp\s+tục)\s+)?đón(?![^\W\d_])"
    r"|(?:(?:các\s+)?(?:địa\s+phương|"
    + LOWER_UNIT_WORDS
    + r"|đơn\s+vị|cơ\s+quan|ngành)(?:\s+(?!đã\b|sẽ\b)[^\W\d_]+){0,3}?"
    r"|(?:các\s+(?:cơ\s+sở|trạm|bệnh\s+viện|trường)|lực\s+lượng)(?:\s+(?!đã\b|phải\b|sẽ\b)[^\W\d_]+){0,3}?"
    r"|tỉnh|thành\s+phố)"
    # ("các cơ sở y tế đã khám ...", "lực lượng chức năng đã phát hiện ...", "Ngành y tế đã ...": a group named in a few
    # words before its "đã"; "các trường học phải cho 120.000 học sinh nghỉ học": or what it had to do)
    # (or what it will do: "tỉnh sẽ đầu tư 1.500 tỷ đồng")
    r"\s+(?:cũng\s+)?(?:đã|phải|sẽ)"
    # ("trên các tuyến quốc lộ đã xảy ra 6 vụ tai nạn": where it happened, no part of what is counted)
    r"|(?:trên|tại|ở)\s+(?!đó\b)[^,;:.()\d]{2,50}?\s+(?:cũng\s+)?đã(?=\s+xảy\s+ra\b)"
    # ("tỉnh thu hút được 1,2 tỷ USD vốn FDI": the province drawing the capital in, no part of what it drew)
    r"|(?:tỉnh|thành\s+phố)(?:\s+phấn\s+đấu)?(?=\s+thu\s+hút\b)"
    # ("Thanh Hóa đón 12 triệu lượt khách", "tỉnh Tiền Giang thu hút 18 dự án": the place welcoming or drawing in)
    # (not a noun opening the sentence and the acronym after it: "Vốn FDI thu hút đạt ...", "Khách ASEAN đón ...")
    r"|(?:(?:tỉnh|thành\s+phố)\s+)?(?-i:(?![A-ZĐ][^\W\d_]*[a-zà-ỹđ][^\W\d_]*\s+[A-ZĐ]{2,}(?![^\W\d_]))"
    r"[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3})"
    r"(?=\s+(?:(?:đã|cũng|tiếp\s+tục)\s+)?(?:đón|thu\s+hút)(?![^\W\d_]))"
    # (and the welcoming verb: "lượt khách" is what is counted; "thu hút" stays, as after "tỉnh" above)
    r"(?:\s+(?:(?:đã|cũng|tiếp\s+tục)\s+)?đón(?![^\W\d_]))?)"
    r"(?:\s+tiếp\s+tục)?\s*", re.IGNORECASE)
# what is left of a label must name something, in two words or more, with no verb of a figure first ("Toàn tỉnh
# hiện có" names nothing once its area is taken off)
_NAMES_AFTER_THE_ACTOR = re.compile(r"(?!(?:có|hiện|đạt|ước|là|tăng|giảm|được|còn|gồm)(?![^\W\d_]))"
                                    r"[^\W\d_]+\s+[^\W\d_]", re.IGNORECASE)
# the a of an "a/b" a label was cut at ("khởi công và hoàn thành 3.657/"): a number, not a word of the name
_NUMERATOR_AT_THE_END = re.compile(r"\s*\d[\d.,]*\s*/\s*$")


def without_its_dateline(label: str) -> str:
    """The label without the dateline of the news lead it opened with ("Đắk Lắk, ngày 29 tháng 12 năm 2025 - Chỉ
    số giá tiêu dùng ...": a place and a day, then a dash; ``dates.DATELINE_OR_ITS_DAY``)."""
    dated = DATELINE_OR_ITS_DAY.match(label) if "," in label or "gày" in label else None
    return label[dated.start("lead"):] if dated and dated["lead"] and dated["lead"][:1].isalpha() else label


# "trong đó khách quốc tế", "Trong đó, có hộ nghèo": the words that open a part of the whole before, no part of its name
# ("bao gồm vốn ngân sách nhà nước", "gồm: khách quốc tế": so do the words that list the whole's parts)
_PART_OPENED = re.compile(r"(?:trong\s+đó|(?:bao\s+)?gồm)\s*[,:]?\s+(?:có\s+)?(?=[^\W\d_])(?!có\s+\d|có\s*$)",
                          re.IGNORECASE)


def without_the_part_opener(label: str) -> str:
    """The label of a part without the "trong đó" it was opened with ("trong đó khách quốc tế" → "khách quốc tế");
    as it is when a number is all that follows ("trong đó có 35 xã"). So is one set apart with "riêng" ("riêng đàn
    lợn" → "đàn lợn"; not "Riêng tháng 12", which names only its time). The period said at its end leaves it too
    (``without_its_period``)."""
    opener = _PART_OPENED.match(label) if label[:1] in "TtBbGg" else None
    if opener is not None:
        label = label[opener.end():]
    elif label[:1] in "Rr" and (apart := _SET_APART.match(label)) and names_a_subject(label[apart.end():]):
        label = label[apart.end():]
    elif label[:1] in "Tt" and (link := _SET_AGAINST.match(label)) and names_a_subject(label[link.end():]):
        label = label[link.end():]  # ("..., trong khi kim ngạch nhập khẩu đạt 92 triệu USD": the import turnover)
    return without_its_period(label)


# "riêng đàn lợn 8.900 con", "Riêng huyện Bảo Lâm": the word that sets one part of the whole apart
# the words a clause set against the one before opens with ("trong khi (đó)"), no part of its subject (not "còn",
# which is as often "still": "còn vướng mắc 5 hộ")
_SET_AGAINST = re.compile(r"trong\s+khi(?:\s+đó)?\s*,?\s+(?=[^\W\d_])", re.IGNORECASE)
_SET_APART = re.compile(r"riêng\s*[,:]?\s+(?=[^\W\d_])", re.IGNORECASE)
# the time a label's subject is said for, at its end: "Sản lượng lương thực niên vụ 2023-2024", "Số học sinh năm học
# 2025-2026" (or "năm học" with its years cut off as numbers), "Doanh thu du lịch trong năm 2024", "Tỷ lệ hộ nghèo cuối
# năm 2024", "Tổng đàn gia cầm thời điểm 01/10/2024", "Tỷ lệ hộ nghèo đến cuối năm 2025" (the time a stock is
# counted up to): the figure's period, which the row says in its own columns
_PERIOD_AT_THE_END = re.compile(
    r"[\s,]+(?:(?:niên\s+vụ|năm\s+học|năm\s+tài\s+chính)(?:\s+(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?)?"
    r"|(?:(?:tính\s+)?đến\s+)?(?:(?:trong|của|vào|cuối|đầu|cả|hết)\s+)?năm\s+(?:19|20)\d\d"
    r"|(?:(?:tính\s+)?đến\s+(?=cuối|hết))?(?:trong|cuối|đầu|cả|hết)\s+năm(?:\s+nay)?|năm\s+nay"
    r"|(?:tại\s+)?thời\s+điểm\s+(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*(?:19|20)\d\d)?)$",
    re.IGNORECASE)


def without_its_period(label: str) -> str:
    """The label without the time said at its end ("Tỷ lệ hộ nghèo cuối năm 2024" → "Tỷ lệ hộ nghèo", "Số học sinh
    năm học 2025-2026" → "Số học sinh"); as it is when nothing that names a subject would be left ("năm 2024")."""
    if "năm" not in label and "vụ" not in label and "điểm" not in label:  # (cheap test first: most labels say none)
        return label
    said = _PERIOD_AT_THE_END.search(label)
    return label[:said.start()] if said is not None and names_a_subject(label[:said.start()]) else label


def actor_end(text: str) -> int:
    """Where the area or bodies that did what a count counts end, at the text's opening ("toàn tỉnh đã
    giải quyết việc làm cho", "tỉnh đã cấp mới"); 0 when the text opens with none."""
    if ("đã" not in text and "toàn" not in text.lower() and "cả" not in text.lower() and "thu hút" not in text
            and "đón" not in text and "phải" not in text and "sẽ" not in text):
        return 0
    actor = _ACTOR.match(text)
    return actor.end() if actor else 0


def without_the_actor(label: str) -> str:
    """The label without the area or bodies that did what it counts ("toàn tỉnh đã giải quyết việc làm" →
    "giải quyết việc làm") nor the numerator it was cut at; the label as it is when nothing but them is left."""
    if "/" in label:
        label = _NUMERATOR_AT_THE_END.sub("", label)
    end = actor_end(label)
    return label[end:] if end and _NAMES_AFTER_THE_ACTOR.match(label, end) else label


# "đóng góp 3,9 điểm phần trăm vào mức tăng trưởng chung": a sector's contribution to growth,
# not a figure of the sector nor of the growth rate.
_CONTRIBUTION = re.compile(r"đóng\s+góp\s*(?:(?:khoảng|gần|hơn|được)\s*)?$")


def a_contribution(sentence_before: str) -> bool:
    """Is the figure a sector's contribution to growth ("..., đóng góp 1,15 điểm %")?"""
    return _CONTRIBUTION.search(sentence_before[-40:].lower()) is not None

# "đóng góp 2,3 điểm phần trăm vào tăng trưởng GRDP", "đóng góp lớn nhất cho tăng trưởng kinh tế GRDP":
# the whole contributed to (named after "vào"/"cho" and its growth, or as the growth itself)
_CONTRIBUTED_TO = re.compile(r"(?:vào|cho)\s+(?:mức\s+)?tăng\s+trưởng\s+(?:kinh\s+tế\s+)?(?:chung\s+)?(?:của\s+)?$"
                             r"|đóng\s+góp[^.;,\d]{0,20}?\s(?:vào|cho)\s+(?:mức\s+)?$")
_REFERENCE_BEFORE = re.compile(r"(?:trong|so\s+với|của|với|trên)\s+(?:tổng\s+)?$")
# "... với tổng mức bán lẻ hàng hóa tăng 13,5%": the name is the subject of the change that follows it
_CHANGE_BETWEEN = re.compile(r"[^,;:()\d]{0,40}?\b(?:tăng|giảm)\b")
# "giữ nhịp ổn định với tổng sản lượng lương thực đạt 884 nghìn tấn": after a bare "với" (with, not
# "so với") the name is the subject of the amount it reaches
_WITH_BEFORE = re.compile(r"(?<!so\s)với\s+(?:tổng\s+)?$")
# (a span of months may stand between: "với lượng khách do cơ sở lưu trú phục vụ 3 tháng qua ước đạt")
_REACH_BETWEEN = re.compile(r"(?:[^,;:()\d]|9\s+tháng\b){0,50}?\bđạt\b")
# an alias that ends in its share verb ("hộ nghèo, chiếm") names the number right after that verb
_ENDS_IN_VERB = re.compile(r"chiếm$")  # (not "đạt": "Công nghiệp đạt 289 tỷ đồng, tăng 9,4%" names both)
# "tăng 15% về số doanh nghiệp, tăng 20% về vốn": the words after "về" name what changed
# (also "tăng 39% số doanh nghiệp": the count named right after the percent)
_ABOUT = re.compile(r"^(?:[^,;:]*?\b(?=về\s)|\s*(?=%\s*số\s+(?:lượng\s+)?(?:doanh\s+nghiệp|dn\b|dự\s+án|vốn)))"
                    r"(về|%)\s*\S")
# "tăng 16% về số doanh nghiệp và gấp 7 lần về vốn đăng ký": the capital of the counted entity
_ABOUT_CAPITAL = re.compile(r"(?:về\s+|%\s*)(?:số\s+|tổng\s+)?vốn")
_CAPITAL_OF = {"new_enterprises": "new_enterprises_capital",
               "investment_projects_approved": "investment_projects_capital"}
# "tăng gần 200 triệu USD so với tháng trước": an absolute change, not the entry's level
_CHANGE_RIGHT_BEFORE = re.compile(rf"(?:tăng|giảm)(?:\s+thêm)?\s*(?:(?:{HEDGE_WORDS})\s*)?$")
# "giải quyết việc làm tăng thêm 1.850 lao động", "số lao động có việc làm tăng thêm": the jobs added in the period
# (new jobs), a level of their own, not a change of another level
_JOBS_ADDED = re.compile(rf"việc\s+làm\s+(?:mới\s+)?tăng\s+thêm\s*(?:(?:{HEDGE_WORDS})\s*)?$")
# "sản lượng lương thực đạt 40.000 tấn, vượt 200 tấn so với kế hoạch": the amount by which the plan was
# exceeded, not the entry's level
_EXCESS_RIGHT_BEFORE = re.compile(rf"\bvượt\s*(?:(?:{HEDGE_WORDS})\s*)?$")
_OVER_A_PLAN_AFTER = re.compile(r"\s*[^\W\d_]+(?:/[^\W\d_]+)?\s+so\s+với\s+"
                                r"(?:kế\s+hoạch|kh\b|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu|nghị\s+quyết)")
# "đang đề nghị công nhận thêm 2 sản phẩm OCOP": products put forward for a rating are no OCOP products yet
_PUT_FORWARD = re.compile(r"(?:đề\s+nghị|đề\s+xuất|chờ)\s+(?:công\s+nhận|xếp\s+hạng|đánh\s+giá)[^,;.\d]{0,20}$")
# "37 sản phẩm OCOP được đưa lên sàn thương mại điện tử", "54 sản phẩm OCOP hết hạn chứng nhận": the products named
# by what else was done with them (sold online, given a QR code, expired) are a part of the rated ones, not the count
# of OCOP products; "415 sản phẩm OCOP được (UBND tỉnh) công nhận" is rated (data/words/ocop_ratings.csv)
_OCOP_DONE_WITH = re.compile(r"sản\s+phẩm\s+ocop(?:\s+(?:của|trên|tại)\s+[^,;.\d]{1,30}?)?\s+"
                             r"(?:(?:hết|chưa|tham\s+gia)\b"
                             r"|(?:đã\s+|đang\s+)?được\s+(?!(?:(?:ubnd|ủy\s+ban|uỷ\s+ban|hội\s+đồng|chủ\s+tịch)"
                             r"[^,;.]{0,40}?\s)?(?:" + word_source("ocop_ratings") + r")\b)[^\W\d_])", re.IGNORECASE)
# "tiêm phòng cho 4.500 con trâu, bò", "làm 1.250 con bò mắc bệnh", "giết mổ 2.100 con lợn": animals counted by what
# was done to them are no herd; "N con lợn" names the herd only where the clause speaks of herds or rearing, or the
# count is what the place has ("Toàn tỉnh có ... con bò", "Huyện hiện nuôi ... con lợn", "Đàn lợn 8.400 con, ... và
# trên ... con gia cầm")
# (the counts before it in a list after "có" too: "Toàn tỉnh có 12.000 con lợn và ... con gia cầm")
_HERD_SPOKEN_OF = re.compile(rf"\bđàn\b|\bnuôi\b|\bcó(?:\s+(?:{HEDGE_WORDS}|{BOUND_WORDS}|tổng\s+(?:số|cộng)))*\s*"
                             rf"(?:9\s[^,;:.\d]*?(?:,|\svà)\s*(?:(?:{HEDGE_WORDS}|{BOUND_WORDS})\s+)*)*$",
                             re.IGNORECASE)
_COUNT_SCALES = scale_words(1e6, 1e4, 1e3)  # "triệu|vạn|nghìn|ngàn": a count said in its scale
# "Có 1.250 con bò mắc bệnh", "312 con lợn phải tiêu hủy": the animals that fell ill, died or were culled, no herd
_ANIMALS_HARMED_AFTER = re.compile(rf"\s*(?:(?:{_COUNT_SCALES})\s+)?con\s+[^,;.\d]{{0,25}}?"
                                   r"\b(?:mắc|bị|nhiễm|chết|phải)\b", re.IGNORECASE)
# "Tỷ lệ hồ sơ trực tuyến ở 4 xã vùng bãi ngang còn thấp, dưới 60%", "tổng đàn lợn tại các xã vùng cao": the entry's
# figure of some places within the area (a number or a plural word before their unit word), not the area's own
_SOME_PLACES_WITHIN = re.compile(r"(?:^|\s)(?:ở|tại)\s+(?:9|các|một\s+số|những|nhiều)\s+(?:"
                                 + unit_words_source("district", "commune")
                                 + r"|thôn|ấp|bản|buôn|làng|tổ\s+dân\s+phố|khu\s+phố|địa\s+phương)\b", re.IGNORECASE)
# "GRDP (trừ dầu khí)", "kim ngạch xuất khẩu (trừ dầu thô)": a part of the entry, not the entry
# ("tổng sản phẩm trên địa bàn tỉnh (GRDP) trừ dầu khí": the place's word may come before the bracket)
# ("chỉ số sản xuất công nghiệp IIP trừ dầu thô": or its abbreviation without a bracket)
_EXCLUDING = re.compile(rf"\s*(?:(?:của\s+)?(?:toàn\s+)?(?:{UNIT_WORDS})\s*)?"
                        r"(?:\([^)]{1,12}\)|(?:iip|grdp|gdp)\b)?\s*\)?\s*\(?\s*(?:trừ|không\s+(?:kể|tính|bao\s+gồm)|ngoài)\s+"
                        r"(?:(?:các\s+)?sản\s+phẩm\s+)?(?:lọc\s+hóa\s+)?dầu")
# "giá trị sản xuất công nghiệp khu vực kinh tế nhà nước", "xuất khẩu của khu vực có vốn đầu tư
# nước ngoài": the part of one ownership sector, not the entry
_OWNERSHIP_PART = re.compile(
    r"\s*(?:của\s+)?(?:các\s+)?(?:khu\s+vực|thành\s+phần|doanh\s+nghiệp)\s+(?:kinh\s+tế\s+)?(?:nhà\s+nước|ngoài\s+(?:nhà\s+nước|quốc\s+doanh)|"
    r"(?:có\s+)?vốn\s+(?:đầu\s+tư\s+)?nước\s+ngoài|fdi\b|tư\s+nhân|cá\s+thể|trong\s+nước)")
# "kim ngạch xuất khẩu của các doanh nghiệp trong KCN", "giá trị sản xuất tại các khu kinh tế": the part of the
# firms of the industrial parks or zones (data/words/zone_parts.csv), not the entry
_ZONE_PART = re.compile(r"\s*(?:của\s+)?(?:các\s+)?(?:doanh\s+nghiệp\s+|dn\s+)?(?:trong|tại|thuộc|ở)\s+(?:các\s+)?"
                        r"(?:" + word_source("zone_parts") + r")(?![^\W\d_])")
# "giá trị sản xuất công nghiệp - tiểu thủ công nghiệp địa phương đạt 731 tỷ đồng": the part of the industry
# managed locally (or centrally), not the whole
_MANAGED_PART = re.compile(r"\s*(?:[-–,]\s*tiểu\s+thủ\s+công\s+nghiệp\s*)?(?:do\s+)?(?:địa\s+phương|trung\s+ương)"
                           r"(?:\s+quản\s+lý)?(?![^\W\d_])")
# "kim ngạch xuất nhập khẩu qua địa bàn tỉnh", "... mở tờ khai tại Cục Hải quan Lạng Sơn": the trade that
# passes the province's border gates or customs, not the province's own trade
_THROUGH_BORDER = re.compile(r"[^,;.\d]{0,60}?\b(?:qua\s+(?:địa\s+bàn|(?:các\s+)?cửa\s+khẩu)|mở\s+tờ\s+khai)")
_TRADE_KEYS = frozenset({"trade_turnover", "export_turnover", "import_turnover"})
# "thị trường Mỹ ... kim ngạch xuất khẩu đạt 6,4 tỷ USD, kế đến là thị trường EU đạt 2,2 tỷ USD", "xuất siêu
# 6,1 tỷ USD": a market's part of the trade, or the trade balance (data/words/trade_parts.csv)
_TRADE_PART = word_pattern("trade_parts")
# "bán lẻ hàng hóa tăng 12%, dịch vụ lưu trú và ăn uống tăng 15,5% và dịch vụ khác tăng 15%": with the
# services listed beside it, "bán lẻ hàng hóa" is the goods part of the retail whole, not the whole
_SERVICE_PARTS = re.compile(r"lưu\s+trú|ăn\s+uống|dịch\s+vụ\s+khác|lữ\s+hành")
# "Tính đến nay, toàn tỉnh có 91 dự án FDI với tổng vốn đăng ký 1,19 tỷ USD": the stock of every project
# so far, not the capital of the projects the period brought
# ("lũy kế 10 tháng năm 2023, tỉnh có 11 dự án ... với tổng vốn ...": a running total over months said is the
# period's, its capital the period's approvals)
# ("Lũy kế đến nay, Ban đã cấp Giấy CNĐT cho 270 dự án ...": the licences so far, given to the projects counted)
_PROJECT_STOCK = re.compile(
    r"(?:tính\s+đến\s+nay|đến\s+nay|lũy\s+kế(?!\s+(?:\d+\s+tháng|quý|\d+\s+quý|năm\s+\d))|lũy\s+tiến)"
    r"[^.;]{0,60}?\bcó\s+[\d.,]+\s+dự\s+án"
    r"|(?:(?<!năm\s)đến\s+nay|lũy\s+kế\s+đến)[^.;]{0,60}?\bcho\s+[\d.,]+\s+dự\s+án"
)
# "Đến nay, toàn tỉnh có 321 dự án": the count of every project so far, not the projects the period approved
# ("từ đầu năm đến nay ... có 45 dự án", "lũy kế 10 tháng, tỉnh có 11 dự án" are the period's)
_PROJECTS_SO_FAR = re.compile(r"(?<!năm\s)đến\s+nay[^.;]{0,40}?\bcó\s*$")
# "Hiện Vân Đồn có 46 dự án đầu tư ngoài ngân sách còn hiệu lực", "208 dự án đang hoạt động": the projects in force or
# at work, a stock of every year's approvals, not the projects the period approved (their capital, the alias leaves out)
_PROJECTS_IN_FORCE_AFTER = re.compile(r"\s*dự\s+án\b[^,;.\d]{0,50}?\b(?:còn\s+hiệu\s+lực"
                                      r"|đang\s+(?:hoạt\s+động|triển\s+khai|thực\s+hiện|sản\s+xuất))")
# "kim ngạch xuất nhập khẩu mở tờ khai tại Cục Hải quan đạt 4.975 triệu USD, ..., xuất khẩu 2.750 triệu
# USD": the parts of trade declared at a customs office (or passing the border) are not the province's
_TRADE_THROUGH_BORDER = re.compile(r"xuất\s+nhập\s+khẩu" + _THROUGH_BORDER.pattern)
# "..., sản lượng trứng gia cầm tăng 28%": a measure noun with what it measures names the figure's own
# subject; an entry named in an earlier segment with a figure of its own ("sản lượng thịt hơi tăng
# 7%, ...") is not its
# (also after a linking word: "..., trong khi doanh thu ngành vận tải đạt ...")
# "..., thu nợ 184 tỷ đồng và huy động 54 tỷ đồng": a flow of a bank's business right before the figure is
# its own subject too, not the outstanding credit named in the segment before
_MEASURED_SUBJECT = re.compile(
    r"\s*(?:(?:trong\s+khi|còn|đồng\s+thời)\s+)?(?:tổng\s+)?(?:sản\s+lượng|diện\s+tích|giá\s+trị|năng\s+suất|doanh\s+thu|kim\s+ngạch|thu\s+nhập)\s+"
    rf"(?!(?:đạt|ước|tăng|giảm|là|bằng|chiếm|{HEDGE_WORDS}|thu\s+hoạch|gieo|các|cả|toàn|trong|của|tháng|quý|năm)\b)"
    r"[^\W\d_]{2,}|[^,;]*?(?<!\w)(?:" + word_source("credit_flows") + r")\s*(?:đạt\s+|được\s+)?$")
# "08 xã đạt chuẩn NTM nâng cao": the standard reached after the counted noun names its own class
# (so does a higher class named alone: "3 xã đạt kiểu mẫu", "30 xã đạt nâng cao")
_STANDARD_REACHED = re.compile(r"^\s*(?:được\s+công\s+nhận\s+)?đạt\s+(?:chuẩn\b|(?:nông\s+thôn\s+mới\s+|ntm\s+)?"
                               r"(?:nâng\s+cao|kiểu\s+mẫu)\b)")
# "chiếm 90% tổng kim ngạch xuất khẩu": the entry named right after a share is the whole it is a share of (its
# slash too: "chiếm tỷ trọng 1,15%/tổng dư nợ")
_WHOLE_AFTER_SHARE = re.compile(r"\s*%?\s*/?\s*(?:của\s+|trong\s+)?(?:tổng\s+)?(?:số\s+)?")
# the verb of a share of a whole right before its number ("chiếm 45% số xã đạt chuẩn": of the communes that did)
_SHARE_VERB_BEFORE = re.compile(r"(?:chiếm|bằng)\s*(?:(?:khoảng|gần|hơn|trên)\s+)?$")
# "Diện tích gieo cấy lúa đạt 121.000 ha, thu hoạch 79.600 ha": a segment of its own about the harvest
# cashew, coffee, rubber, pepper, fruit trees, forest: perennial plantings whose area stands, not sown in a season
# (data/words/perennial_crops.csv)
_PERENNIAL_CROP = word_pattern("perennial_crops")
# "Diện tích chè hiện có 2.450 ha", "chè kinh doanh 2.100 ha": the area that stands or yields, or that irrigation
# waters ("diện tích lúa được tưới chủ động"), not the area sown or planted in the period (data/words/standing_area.csv)
_STANDING_AREA = word_pattern("standing_area")
# "Diện tích trồng mới cây ăn quả 250 ha": a perennial crop planted in the period is an area planted, as any crop's
# (not a forest's: "trồng mới rừng" is its own entry)
_NEWLY_PLANTED = re.compile(r"trồng\s+mới\b(?![^,;:]*\brừng\b)")
_HARVESTED = re.compile(r"\s*(?:đã\s+|được\s+)?(?:thu\s+hoạch|cho\s+thu\s+hoạch)\b")
# "các địa phương đã thu hoạch xong vụ Đông Xuân diện tích 35.008 ha": a harvest verb in the clause of
# the area's name, with no sowing after it, makes the area the one harvested
_HARVEST_NOT_SOWN = re.compile(r"\bthu\s+hoạch\b(?![^,;:.]*\bgieo\b)")
# a sentence opening with an industry's branch ("Công nghiệp chế biến, chế tạo đóng vai trò then chốt, tăng"), or with
# the measure of one ("Giá trị sản xuất ngành công nghiệp chế biến, chế tạo tăng 10,2%", "Chỉ số sản xuất ngành khai
# khoáng giảm 3%" after the whole industry's sentence: the branch's, not the whole's named in the sentence before)
_BRANCH_OPENS = re.compile(r"(?:^|\.\s+)(?:(?:giá\s+trị\s+sản\s+xuất|chỉ\s+số\s+sản\s+xuất|giá\s+trị\s+tăng\s+thêm)"
                           r"\s+(?:của\s+)?)?((?:ngành\s+)?(?:công\s+nghiệp\s+)?(?:chế\s+biến,?\s+chế\s+tạo|khai\s+khoáng|"
                           r"sản\s+xuất\s+và\s+phân\s+phối\s+điện))\b[^.]*$")
# "chỉ số sản xuất công nghiệp ngành chế biến, chế tạo tăng 10%", "IIP ngành sản xuất và phân phối điện tăng 14%",
# "giá trị tăng thêm ngành công nghiệp chế biến, chế tạo tăng 11%", "giá trị sản xuất công nghiệp ngành khai
# khoáng đạt ...": the whole industry's index, value added or production value named with one branch right after
# it is that branch's (data/words/industry_branches.csv)
# "Trong khi đó, IIP cả nước tăng 9,2%", "GRDP cả nước quý III tăng 7,5%": an entry named with the country right
# after it is the country's, the report's only for comparison ("của cả nước" is read as the segment's whole)
# (the rest of the entry's name may stand between: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng cả nước
# tăng"; not a verb, a rank or the report's own place: "GRDP tăng 8%, đứng thứ 5 cả nước")
_THE_NATION_AFTER = re.compile(r"(?:\s+(?!(?:tăng|giảm|đạt|đứng|xếp|cao|thấp|nhất|chiếm|là|tỉnh|thành|huyện|ước|so|"
                               r"bằng|vượt|dẫn|trong|toàn|cả)(?![^\W\d_]))[^\W\d_]+){0,10}?"
                               r"\s*(?:(?:của|trên|chung)\s+)?(?:cả\s+nước|toàn\s+quốc|"
                               # (the region the province is one of: "tăng trưởng GRDP toàn vùng Trung du và miền núi
                               # phía Bắc đạt 7,8%" is the region's; data/words/regions_of_the_country.csv)
                               + word_source("regions_of_the_country") + r")(?![^\W\d_])")
_INDUSTRY_WHOLES = frozenset({"industrial_production_index", "industrial_output", "grdp_industry"})
_BRANCH_NAMED_AFTER = re.compile(r"\s*(?:của\s+)?(?:các\s+)?(?:ngành\s+|khu\s+vực\s+)?(?:công\s+nghiệp\s+)?(?:"
                                 + word_source("industry_branches") + r")(?![^\W\d_])")
# "Vận tải hành khách 9 tháng ước đạt 18,6 triệu lượt khách": the passengers transport carried, counted in "lượt
# khách" like visitors, are no tourist arrivals (data/words/passenger_transport.csv); a tourism word after them
# ("vận chuyển hành khách ..., khách du lịch đạt ...") names visitors again
_PASSENGERS = word_pattern("passenger_transport")
_PASSENGER_WORDS = lowered_literal_scan(_PASSENGERS)
_TOURISM_WORD = re.compile(r"du\s+lịch|du\s+khách|tham\s+quan|lưu\s+trú")
# "lượng khách xuất nhập cảnh qua cửa khẩu ... đạt 185.000 lượt": the people a border gate let through, no visitors
# (data/words/border_crossers.csv; both its phrasings hold "khách" and "cảnh" or "cửa khẩu")
_BORDER_CROSSERS = word_pattern("border_crossers")
# "có 148 dự án đầu tư mới ...; 172 dự án được cấp điều chỉnh tăng vốn": the projects that added capital
# "chờ (làm thủ tục) giải thể", "đang làm thủ tục giải thể": enterprises awaiting their dissolution, not dissolved yet
_AWAITING_BEFORE = re.compile(r"(?:chờ|đang)(?:\s+(?:làm|tiến\s+hành))?(?:\s+(?:các\s+)?thủ\s+tục)?\s*$")
# projects named by the origin of their capital ("dự án FDI", "dự án có vốn đầu tư nước ngoài", "dự án trong nước"), and
# what else may be done to projects between two counts of them (then the second is not the first act's)
_PROJECTS_OF_ANOTHER_ORIGIN = re.compile(r"\s*dự\s+án\s+(?:(?:đầu\s+tư\s+)?(?:fdi|ddi|trong\s+nước)|(?:có\s+)?vốn\s+"
                                         r"(?:đầu\s+tư\s+)?(?:trực\s+tiếp\s+)?nước\s+ngoài|đầu\s+tư\s+(?:trực\s+tiếp\s+)?"
                                         r"nước\s+ngoài)\b")
_ANOTHER_ACT_ON_PROJECTS = re.compile(r"[;.]|điều\s+chỉnh|tăng\s+vốn|thu\s+hồi|chấm\s+dứt|giãn|tạm\s+dừng|quyết\s+toán")


def _projects_of_another_origin_next(text: str, name_end: int, anchor: int, tail: str) -> bool:
    """"cấp mới 45 dự án trong nước ... và 38 dự án FDI": after "và", projects named by another origin of their capital,
    with no other act done to projects since the alias that counted the first ones: the same act's second count."""
    return bool(_PROJECTS_OF_ANOTHER_ORIGIN.match(tail)) and not _ANOTHER_ACT_ON_PROJECTS.search(text, name_end, anchor)


_ADJUSTED_PROJECTS = re.compile(r"^\s*dự\s+án\s+(?:fdi\s+)?(?:được\s+)?(?:cấp\s+)?(?:điều\s+chỉnh|tăng\s+vốn)")
# "Tổng giá trị sản xuất ... ước đạt 2.538 tỷ đồng. Trong đó, nông - lâm nghiệp, thủy sản ước đạt 806 tỷ đồng":
# the sectors of the production value (the last whole named before the figure) are not the GRDP's
_SECTOR_KEYS = frozenset({"grdp_agriculture", "grdp_industry_construction", "grdp_industry", "grdp_construction",
                          "grdp_services"})
_OF_PRODUCTION_VALUE = re.compile(r"giá\s+trị\s+sản\s+xuất(?!.*(?:grdp|tổng\s+sản\s+phẩm|giá\s+trị\s+tăng\s+thêm|"
                                  r"tăng\s+trưởng|cơ\s+cấu|tỷ\s+trọng|tỉ\s+trọng))", re.DOTALL)
# "Trong cơ cấu tổng mức bán lẻ hàng hóa quý I, nhóm ô tô ... đạt 756 tỷ đồng": the whole named after "cơ cấu"
# in a segment before the figure's is what the figure is a part of
_STRUCTURE_OF = re.compile(r"cơ\s+cấu\s+(?:của\s+)?$")
# "học sinh, sinh viên tham gia bảo hiểm y tế đạt 98%": one group's rate, not the population's coverage
_INSURED_GROUP = word_pattern("insured_groups")
# "Tỷ lệ xã có trạm y tế đạt chuẩn quốc gia đạt 95%": the places other than schools that meet a national standard of
# their own named in the figure's segment (data/words/standard_holders.csv)
_STANDARD_HOLDER = word_pattern("standard_holders", re.IGNORECASE)
_POVERTY_GROUP = word_pattern("poverty_groups")
# "điều trị nội trú", "bệnh nhân ngoại trú": the patients kept in (or treated out of) hospital, a part of the visits
_TREATED_AS_PATIENTS = re.compile(r"(?:nội|ngoại)\s+trú")
# a group of people right after the figure ("Hỗ trợ 100% hộ nghèo được cấp thẻ BHYT", "khám chữa bệnh cho 64 lượt người
# nghèo"): the group's rate or visits, not the population's (the groups the insurance rate is read of)
_A_GROUP_COUNTED = re.compile(r"\s*%?\s*(?:lượt\s+)?(?:" + word_source("insured_groups") + r")(?![^\W\d_])")
_GROUP_KEYS = frozenset({"health_insurance_coverage", "medical_visits"})
# the insurance fund's money named before the insurance's words, no figure between ("tổng số tiền chậm đóng BHXH, BHYT,
# BHTN ... chiếm 5,2%", "thu từ quỹ BHYT 448 tỷ đồng (chiếm 73,3%)": data/words/insurance_fund_money.csv): a share of
# money owed, paid or taken in, not of the people insured
_INSURANCE_MONEY_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:" + word_source("insurance_fund_money") + r")(?![^\W\d_])[^\d.;]{0,40}$")
# "hội nghị đối thoại chính sách với 120 doanh nghiệp": the firms a gathering met (data/words/gatherings.csv), not the
# firms in operation
_FIRMS_MET_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:" + word_source("gatherings") + r")(?![^\W\d_])[^.;\d]{0,100}?\s(?:với|cho)"
    rf"(?:\s+(?:{HEDGE_WORDS}))?\s*$")
# a count of firms of one kind or with other units ("9 doanh nghiệp khoa học và công nghệ", "4.218 doanh nghiệp, hộ
# kinh doanh tham gia ..."): a part of the firms in operation
_FIRMS_OF_A_KIND = re.compile(r"\s*(?:doanh\s+nghiệp|dn)\s*(?:" + word_source("firm_kinds") + r")(?![^\W\d_])")
# registered capital with the capital added ("tổng vốn đăng ký mới và tăng thêm"): not the new firms' capital
_CAPITAL_ADDED_WITH = re.compile(r"vốn[^,;.\d]{0,30}?(?:,|\svà|\scùng|\scả)\s+(?:vốn\s+)?(?:đăng\s+ký\s+)?"
                                 r"(?:điều\s+chỉnh\s+)?tăng\s+thêm")
_BY_SHIP = word_pattern("by_ship")
_TRAFFIC_KEYS = frozenset({"traffic_accidents", "traffic_deaths", "traffic_injuries"})
_TRAFFIC_ACCIDENT = re.compile(r"tai\s+nạn\s+giao\s+thông|tngt|giao\s+thông\s+đường")
_OTHER_ACCIDENT = word_pattern("other_accidents")
_OTHER_ACCIDENT_WORDS = lowered_literal_scan(_OTHER_ACCIDENT)

# The traffic entries by what a figure counts, in a sentence that names traffic accidents (and no other accident after
# them): the noun right after the number ("14 vụ", "2 người chết", "5 người bị thương", "giảm 2 người chết"), else the
# words right before it ("làm chết 97 người", "bị thương 61 người"; a change said of them, "số vụ giảm 12,3%", "số
# người chết giảm 9,3%"). The catalog's phrasings need "tai nạn giao thông" before each count, and a count's match
# ends at the first count after it: the second and third counts of a sentence, a count in a clause after ";" and a
# change said of the count's words were keyed by another count's noun or not at all
_TRAFFIC_FIGURES = frozenset({("case", "level"), ("case", "yoy_abs"), ("case", "target"), ("person", "level"),
                              ("person", "yoy_abs"), ("person", "target"), ("pct", "yoy_pct")})
_TRAFFIC_NOUN_AFTER = re.compile(r"\s*(?:(vụ)|(?:người\s+)?(chết|tử\s+vong)|(?:người\s+)?(bị\s+thương))(?![^\W\d_])")
_TRAFFIC_NOUN_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?:số\s+)?(vụ)|(?:số\s+)?(?:người\s+)?(chết|tử\s+vong)|(?:số\s+)?(?:người\s+)?(bị\s+thương))"
    rf"(?:\s+(?:là|tăng|giảm))?\s*(?:(?:{HEDGE_WORDS})\s*)?$")
_TRAFFIC_ENTRY_OF_ITS_NOUN = ("traffic_accidents", "traffic_deaths", "traffic_injuries")
_TRAFFIC_UNIT_OF_ITS_NOUN = ("case", "person", "person")
_TRAFFIC_ENTRY_SAID = {"traffic_accidents": " vụ tai nạn giao thông",
                       "traffic_deaths": " người chết do tai nạn giao thông",
                       "traffic_injuries": " người bị thương do tai nạn giao thông"}


def _traffic_entry_by_its_noun(context: str, unit: str, metric: str, after: str) -> str | None:
    """The traffic entry the figure counts by its own noun (``context``: its sentence before it, ``after``: the words
    after its number), or None when the sentence names no traffic accident or the figure no such noun of its unit
    (nor for a part in brackets, "57 vụ tai nạn giao thông (đường bộ 55 vụ, …)", or a level read after a verb of
    change, "so với tháng trước giảm 2 người chết": the whole's parts and changes on other bases are no entry's)."""
    sentence = context[context.rfind(". ") + 1:].lower()
    if not _TRAFFIC_ACCIDENT.search(sentence) or _another_accident_named_last(sentence, len(sentence)):
        return None
    if sentence.rfind("(") > sentence.rfind(")") or (metric == "level" and _CHANGE_RIGHT_BEFORE.search(sentence[-30:])):
        return None
    tail = after.lower()
    if tail.startswith("%"):
        named = _TRAFFIC_NOUN_BEFORE.search(sentence[-40:])
    else:
        named = _TRAFFIC_NOUN_AFTER.match(tail) or _TRAFFIC_NOUN_BEFORE.search(sentence[-40:])
    if named is None:
        return None
    which = next(i for i, group in enumerate(named.groups()) if group is not None)
    return _TRAFFIC_ENTRY_OF_ITS_NOUN[which] if unit in ("pct", _TRAFFIC_UNIT_OF_ITS_NOUN[which]) else None


def _another_accident_named_last(window: str, anchor: int) -> bool:
    """Is the accident named last before the figure in its sentence (``window`` lowered, the figure at ``anchor``)
    another kind than a traffic one ("tai nạn lao động", "đuối nước")?"""
    sentence_from = window.rfind(". ", 0, anchor) + 1
    if not _OTHER_ACCIDENT_WORDS.search(window[sentence_from:anchor]):  # (cheap test first: most name none)
        return False
    other = max((m.end() for m in _OTHER_ACCIDENT.finditer(window, sentence_from, anchor)), default=-1)
    traffic = max((m.end() for m in _TRAFFIC_ACCIDENT.finditer(window, sentence_from, anchor)), default=-1)
    return other > traffic
# "giá trị xuất khẩu nông, lâm, thủy sản đạt 120 triệu USD": the goods traded named by their sector, not the
# sector's GRDP (a part of the trade, whose own entry is not the total either)
_TRADED_GOODS_BEFORE = re.compile(r"(?:xuất|nhập)\s+khẩu\s+(?:(?:các\s+)?(?:mặt\s+)?hàng\s+(?:hóa\s+|hoá\s+)?)?$")
# a digit in the part of a name after the figure: the name runs on to a later number's noun (the tail is not masked)
# (not the digit of a unit written with it: "khai thác 0 m3 gỗ" names the figure's own noun)
_A_DIGIT = re.compile(r"(?<![^\W\d_])\d")
# a name that ends in a number and the noun it counts ("tai nạn giao thông, làm 9 người chết"; numbers masked as 9)
_ENDS_IN_A_COUNT = re.compile(r"(?<![\d.,])9\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}$")
# a segment that holds nothing before its percent but the words that open a part ("..., trong đó 98% hộ dùng
# nước sạch"): the percent opens the segment as much as a bare one does
_NOTHING_BUT_A_PART_OPENER = re.compile(r"\s*(?:trong\s+đó\s*)?")
_ABSOLUTE_CHANGE = re.compile(r"so\s+với\s+[^,;]{1,30}?\s(?:tăng|giảm)\s*(?:thêm\s*)?(?:(?:khoảng|gần|hơn)\s*)?$")
# "Tỷ lệ che phủ rừng đạt 44,1%, cao hơn kế hoạch 0,4%", "ít hơn chỉ tiêu 3 xã", "thấp hơn 1,5% so với chỉ tiêu": how
# far the result stands above or below the plan, no level, target or share of the plan of the entry
_PLAN_WORDS = r"(?:chỉ\s+tiêu|kế\s+hoạch|kh\b|mục\s+tiêu|dự\s+toán|nghị\s+quyết)"
# (the plan's own words may follow it: "kế hoạch năm", "mục tiêu đề ra", "chỉ tiêu Nghị quyết giao"; not a subject:
# "thấp hơn mục tiêu tăng trưởng 7%" names the growth target itself)
_GAP_TO_THE_PLAN_BEFORE = re.compile(r"(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+hơn\s+(?:so\s+với\s+)?" + _PLAN_WORDS
                                     + r"(?:\s+(?:năm|cả\s+năm|của\s+năm|đề\s+ra|đặt\s+ra|được\s+giao|giao|tỉnh|huyện|"
                                     + _PLAN_WORDS + r"))*\s*(?:(?:khoảng|gần)\s*)?$")
_GAP_BEFORE_THE_PLAN = re.compile(r"(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+hơn\s*(?:(?:khoảng|gần)\s*)?$")
_THE_PLAN_AFTER = re.compile(r"[^\d,;.()]{0,14}?\bso\s+với\s+" + _PLAN_WORDS)  # (after the figure's unit)


# Patterns catalog_key and own_subject apply to every indicator figure (compiled once).
# the words that open the parts of a whole named before them ("trong đó", "gồm")
# a bracket after a whole that opens with a noun of its own lists the whole's parts ("sản lượng thủy sản đạt
# 73.608 tấn (khai thác 39.070 tấn; nuôi trồng 34.538 tấn)"); one that opens with a plan, a base, a
# comparison or a qualifier goes on with the whole ("(kế hoạch 120 tỷ)", "(cao hơn mức 5,5%)", "(tăng 3%)"; so does
# the same change without the price effect: "(nếu loại trừ yếu tố giá thì tăng 9,5%)"; and so does the way a rate
# moved: "Tỷ lệ hộ nghèo giảm 3,5% (từ 18,2% xuống 14,7%)")
_BRACKETED_PART = re.compile(
    r"\s*(?!từ\s+\d)(?!(?:kế|kh|ck|nq|kịch|định|phương|chỉ|mục|cùng|năm|tháng|quý|so|bằng|tăng|giảm|đạt|chiếm|giá|theo|tương|gấp|cao|thấp|vượt|trừ|"
    rf"không|ngoài|trong|riêng|{HEDGE_WORDS}|dưới|ước|dự|là|với|của|tính|lũy|luỹ|cộng|trước|sau|sơ|bình|"
    r"trung|tốc|mức|t[ỷỉ]|nghị|số|lần|đứng|xếp|nếu|loại)(?![^\W\d_]))[^\W\d_]{2,}")  # (t[ỷỉ]: "tỷ lệ", a rate)


def _letter_first(word: str) -> str:
    """``word`` with the test that no letter stands before it written after its first letter
    (``b(?<![^\\W\\d_]b)ao gồm`` for ``(?<![^\\W\\d_])bao gồm``): a lookbehind before a letter tests
    what stands before it, so the matches are the same, but the pattern opens with the letter."""
    return f"{word[0]}(?<![^\\W\\d_]{word[0]}){word[1:]}"


# ... and so does a list of some branches or goods ("một số ngành có chỉ số IIP giảm sâu là sản xuất
# giường, tủ, bàn ghế giảm 24%", "các mặt hàng ... như"): each item is one branch, not the whole named
# in the list's head
# (One branch per opening word, the words in the same order, each written letter first: every branch
# opens with a letter, and the engine skips to those letters instead of trying the lookbehinds at every
# character of every figure's window; 3x faster, the same matches.)
_LISTED_BRANCHES = (r" (?:nhóm )?(?:ngành|sản phẩm|mặt hàng)(?![^\W\d_])"
                    r"[^.;:]{0,80}?(?<![^\W\d_])(?:là|như)(?![^\W\d_])")
_PART_OPENER = re.compile("trong đó|"
                          + "|".join(_letter_first(word) + r"(?![^\W\d_])" for word in ("bao gồm", "gồm")) + "|"
                          + "|".join(_letter_first(word) + _LISTED_BRANCHES
                                     for word in ("một số", "các", "những", "nhiều")))


# Words one of which every _PART_OPENER match holds ("trong đó", "gồm", the noun of a listed branch ...): 25k of
# the corpus's 29k figures' windows hold none and are not scanned.
_PART_OPENER_WORDS = required_literals(_PART_OPENER)


def _part_openers(window: str) -> list[re.Match[str]]:
    """The matches of _PART_OPENER in the window that open parts (not the scope of its subject)."""
    for word in _PART_OPENER_WORDS:
        if word in window:
            return [p for p in _PART_OPENER.finditer(window) if not _scope_of_its_subject(window, p)]
    return []


def _scope_of_its_subject(window: str, opener: re.Match) -> bool:
    """"Tổng doanh thu du lịch bao gồm lưu trú, ăn uống đạt 0": a "(bao) gồm" right after the subject that opens
    its sentence (no comma, no figure between) says what the subject covers; the figure after it is the
    subject's, not a part's ("..., gồm thủy sản đạt 0" after a comma lists parts)."""
    if not opener.group().endswith("gồm"):
        return False
    start = max(window.rfind(". ", 0, opener.start()) + 2, window.rfind(";", 0, opener.start()) + 1,
                window.rfind("\n", 0, opener.start()) + 1)
    subject = window[start:opener.start()]
    return bool(subject.strip()) and "," not in subject and "9" not in subject and ":" not in subject


# a bracket that gives the share of a whole ("(chiếm 98% giá trị xuất khẩu toàn tỉnh)") and closes before the number
_SHARE_BRACKET_BEFORE = re.compile(r"\(\s*chiếm\b[^()]*\)[^()]*$")
_PERCENT_OF = re.compile(r"9\s*%\s+$")  # a percent right before a name ("28,5% GRDP"; numbers masked as 9)
# "chiếm 66% tổng giá trị sản xuất công nghiệp toàn tỉnh, với giá trị đạt 2.971 tỷ đồng": the whole a share was of,
# named before later figures of the clause, is not their subject (numbers masked as 9)
_WHOLE_OF_A_SHARE_BEFORE = re.compile(r"9\s*%\s+(?:(?:của|trong)\s+)?tổng\s+$")
_DENOMINATOR = re.compile(r"^\s*/\s*[\d.,]+")  # the "/b" of "a/b" after a number
# the words after a number end at a clause mark, or where the next change begins ("tăng 58% về doanh
# nghiệp mới và giảm 5% về vốn đăng ký": the capital is the 5%'s subject, not the 58%'s)
_TAIL_END = re.compile(r"[,;:(]|\.\s|\s[-–]\s|\svà\s+(?:tăng|giảm)\b", re.IGNORECASE)
# (a number ends in a digit: "năm 2021, thu nợ ..." keeps the comma that parts the segments)
_NUMERAL = re.compile(r"\d(?:[\d.,]*\d)?")
# the "3" of "3 sao trở lên", the OCOP entry's class, written as the word the aliases know ("ba"): no figure to mask
_THREE_STARS_OR_MORE = re.compile(r"(?<![\d.,])3(?=\s+sao\s+trở\s+lên)")
_WORD = re.compile(r"[^\W\d_]+")


def a_share_of_units_named_after(before: str, after: str) -> bool:
    """"..., có 93% số hộ dùng nước sạch": a bare "there are" before the figure and the units it is a share of
    named after it (the subject is after the number, not a clause before)."""
    return ("có" in before[-12:] and _THERE_ARE_RIGHT_BEFORE.search(before[-12:]) is not None
            and _UNITS_NAMED_AFTER.match(after) is not None)


_THERE_ARE_RIGHT_BEFORE = re.compile(rf"(?:^|[,;:]\s*|\s)có\s*(?:(?:{HEDGE_WORDS})\s+)?$", re.I)
_UNITS_NAMED_AFTER = re.compile(r"\s*%?\s*(?:các|số|tổng\s+số|hộ|gia\s+đình|người)\s", re.I)
# a clause that opens on a noun and the copula before its number ("; ngô là 17.000 tấn, giảm 2%")
_NOUN_THEN_COPULA = re.compile(r"\s*[^\W\d_]+\s+là\s*(?:$|\d)")
# "vụ" before a season ("vụ xuân", "vụ đông xuân") names the season, not a subject; elsewhere it is
# part of a noun ("dịch vụ 650 tỷ đồng" is the services item of a list, with a subject of its own)
_SEASON_VU = re.compile(r"\bvụ(?=\s+(?:đông|xuân|hè|thu|mùa|chiêm)\b)")
# "; giai đoạn 2021 - 2025 tăng bình quân 10,4%/năm", "; bình quân giai đoạn 2021-2025 tăng ...": a term and the
# average a change is taken over it name a time, no subject of the clause's own (numbers masked as 9)
_A_TERM_OR_ITS_AVERAGE = re.compile(r"\bgiai\s+đoạn(?:\s+9(?:\s*[-–]\s*9)?)?|\b(?:tăng|giảm)\s+bình\s+quân\b"
                                    r"|\bbình\s+quân(?=\s+(?:giai\s+đoạn|tăng|giảm|mỗi\s+năm|hằng\s+năm|hàng\s+năm)\b)")
_SPACES = re.compile(r"\s+")
# "sản lượng lương thực khác 23 nghìn tấn": an entry's name followed by "khác" (other) names what is
# left of a whole after its parts, not the entry's whole
_OTHER_AFTER = re.compile(r"\s+khác\b")
# "Tổng số doanh nghiệp thành lập mới và quay trở lại hoạt động": the new firms joined with those that came back in one
# subject name their sum, not the new firms (nor their capital)
_AND_RETURNING_AFTER = re.compile(r"\s*(?:,\s*)?(?:và|cùng)\s+(?:số\s+)?(?:doanh\s+nghiệp\s+|dn\s+)?(?:đăng\s+ký\s+)?"
                                  r"(?:quay\s+)?(?:trở\s+)?lại\s+(?:hoạt\s+động|kinh\s+doanh)", re.IGNORECASE)
_NEW_FIRM_KEYS = frozenset({"new_enterprises", "new_enterprises_capital"})
# "lao động đi làm việc ở nước ngoài theo hợp đồng về nước", "... hết hạn trở về": workers who came home, not those
# sent abroad
_CAME_HOME_AFTER = re.compile(r"(?:\s+theo\s+hợp\s+đồng)?(?:\s+(?:đã|hết\s+hạn(?:\s+hợp\s+đồng)?|trước\s+hạn))*"
                              r"\s+(?:trở\s+)?về(?:\s+nước|\s+địa\s+phương|\s+quê)", re.IGNORECASE)
# ", 98% khu dân cư đạt chuẩn văn hóa": a percent that opens its segment and goes on into a noun
# phrase with a verb of its own names its own subject, not the entry named in the segment before; so
# does each percent of a list of such pairs whose verb comes only after the last ("tỷ lệ hộ nghèo dưới
# 2%, 85% thôn, 70% cơ quan đạt chuẩn": the hamlets' share, not the poverty rate)
_OWN_SUBJECT_AFTER_PERCENT = re.compile(
    r"\s*%\s*(?!(?:so|kế|kh|dự|tổng|của|trong|cùng|các|mục|chỉ|nhiệm|trở|lên|năm|tháng|quý)\b)"
    r"[^\W\d_]+(?:[^,;.\d]{0,60}?\s(?:đạt|được|có|tham\s+gia|sử\s+dụng|dùng)\b"
    r"|[^,;.\d%]{0,30}?,\s*\d[\d.,]*\s*%\s*[^\W\d_])")

# "trong đó 48% lao động nữ", "trong đó 35% là lao động qua đào tạo": a percent after a part opener, a noun phrase
# after it (not a base or a whole: "so với", "kế hoạch", "tổng", "của"), is the share that part takes of the whole
_PART_NAMED_AFTER_PERCENT = re.compile(
    r"\s*%\s*(?:là\s+)?(?!(?:so|kế|kh|dự|tổng|của|trong|cùng|các|mục|chỉ|nhiệm|trở|lên|năm|tháng|quý)\b)[^\W\d_]+")


def _part_opener_before(window: str, segment_start: int) -> bool:
    """Does the figure's segment (``window`` from ``segment_start``) hold a part opener ("trong đó", "gồm")?"""
    return any(opener.start() >= segment_start for opener in _part_openers(window))


# the whole a sector's share is of, named after the shares of the sentence ("... chiếm 45,0% trong tổng giá
# trị sản xuất"): the production value (giá trị sản xuất), not the GRDP
_SHARE_OF_PRODUCTION_AFTER = re.compile(r"\b(?:trong|của)\s+tổng\s+giá\s+trị\s+sản\s+xuất\b(?![^.;]{0,20}grdp)",
                                        re.IGNORECASE)
# a whole other than the economy spread over the sectors (the workers: "Lao động có việc làm ước 1,9 triệu người;
# trong đó khu vực dịch vụ chiếm 31%", "cơ cấu lao động"; the electricity sold, the loans; data/words/
# sector_share_wholes.csv) named before the shares in their sentence, which names no GRDP or economy: the shares
# are of that whole, not of the GRDP
_OTHER_WHOLE_OF_SECTORS = re.compile(r"(?<![^\W\d_])(?:" + word_source("sector_share_wholes") + r")(?![^\W\d_])")
_THE_ECONOMY_NAMED = re.compile(r"grdp|tổng\s+sản\s+phẩm|giá\s+trị\s+tăng\s+thêm|kinh\s+tế")


# the investment spread over the sectors ("vốn đầu tư vào khu vực dịch vụ", "đầu tư cho các ngành"): its parts
# are no sectors of the GRDP
_INVESTED_IN_SECTORS = re.compile(r"(?:đầu\s+tư|vốn)\s+(?:vào|cho)\s+(?:các\s+)?(?:ngành|khu\s+vực|lĩnh\s+vực)\b",
                                  re.IGNORECASE)


def _another_whole_spread(window: str) -> bool:
    """Does the figure's sentence (the end of the lower-cased ``window``) name a whole other than the economy
    (``_OTHER_WHOLE_OF_SECTORS``: the workers, the electricity, the loans) and no economy?"""
    own_sentence = window.rfind(". ") + 1
    return (_OTHER_WHOLE_OF_SECTORS.search(window, own_sentence) is not None
            and _THE_ECONOMY_NAMED.search(window, own_sentence) is None)


def a_sector_of_the_production_value(key: str | None, whole_sentence: str) -> bool:
    """Is a GRDP sector's key given to a part of the production value that the sentence before
    breaks down ("Tổng giá trị sản xuất ... đạt 2.538 tỷ đồng. Trong đó, nông - lâm nghiệp ...")?"""
    return key in _SECTOR_KEYS and _OF_PRODUCTION_VALUE.search(whole_sentence.lower()) is not None


def names_what_changed(after: str) -> bool:
    """Do the words after a change name what changed ("tăng 15% về số doanh nghiệp")?"""
    return bool(_ABOUT.match(after))


# "...; so với cùng kỳ giảm 5 vụ, giảm 3 người chết, tăng 2 người bị thương": the words right after a change's
# count, up to the clause's end, its base or the next change, name which of the counts given before changed
# (not a base or a linking word: "tăng 2 người so với cùng kỳ" names nothing)
_NOUN_AFTER_A_COUNT = re.compile(
    r"[ \t]*(?!(?:so|và|với|tăng|giảm|bằng|trong|của|là|đạt|chiếm|cùng|kỳ|tháng|quý|năm)(?![^\W\d_]))"
    r"([^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}?)"
    r"(?=[ \t]*(?:[,;.:()]|$)|[ \t]+(?:và|so[ \t]+với|tăng|giảm|bằng)(?![^\W\d_]))")
# the words of a count (a level) end at a clause mark or a number: those of the counts beside it are not its own
_COUNT_WORDS_BEFORE = re.compile(r"[^,;:()\d]*$")
_COUNT_WORDS_AFTER = re.compile(r"[^,;:()\d.]*")
_COUNT_JOINED = re.compile(r"(?<![^\W\d_])(?:và|cùng)(?![^\W\d_])")


def words_a_change_names(after_unit: str) -> tuple[str, ...]:
    """The words right after a change in a count that say what changed (``("bị", "thương")`` of "tăng 2 người
    bị thương, ..."; ``after_unit`` is the text from the end of the count's unit); none when the change goes
    straight on to its base, a clause mark or the next change ("giảm 5 vụ, ...")."""
    m = _NOUN_AFTER_A_COUNT.match(after_unit.lower())
    if m is None:
        return ()
    return tuple(w for w in _WORD.findall(m.group(1)) if w not in _NOT_SUBJECT_WORDS)


def counts_the_words(before_number: str, after_unit: str, words: tuple[str, ...]) -> bool:
    """Do the words of a count — those right before its number (from the last clause mark or number) and
    right after its unit (up to the next) — hold all ``words`` ("làm chết 31 người" and "31 người chết" hold
    "chết")? A change whose noun says so ("giảm 3 người chết") restates that count."""
    # (nor are those of the count before "và": "làm 2 người chết và 5 người bị thương", the 5's words are its own)
    before = _COUNT_JOINED.split(_COUNT_WORDS_BEFORE.search(before_number[-80:].lower()).group())[-1]
    own = _WORD.findall(before + " " + _COUNT_WORDS_AFTER.match(after_unit[:80].lower()).group())
    return bool(words) and all(w in own for w in words)


# "tốc độ tăng trưởng bình quân của cả nước", "mức trung bình cả nước": the country's figure
# ("..., trong khi cả nước tăng 8,7%", "; cả nước tăng 6,4%": the country as the subject set against the
# province; not a rank, "xếp thứ 9 cả nước", nor a superlative, "cao nhất cả nước"; "Cả nước hiện có 16.000 sản phẩm
# OCOP": the country's stock)
_NATIONAL_WHOLE = re.compile(r"(?:\bcủa|bình\s+quân|trung\s+bình)\s+(?:chung\s+)?(?:của\s+)?cả\s+nước\b|"
                             r"(?:\btrong\s+khi|\bkhi\s+đó|\bcòn)\s+(?:(?:tại|ở)\s+)?cả\s+nước\b|"
                             r"(?<![^\W\d_]\s)(?<![^\W\d_])cả\s+nước\s+(?:tăng|giảm|đạt|ước|là|(?:hiện\s+)?có)\b")
# the amount an alias that ends in "vốn" names right after it ("với tổng vốn 620 triệu USD", "với tổng vốn đăng ký
# 1,32 tỷ USD"): a figure further on ("..., 120 lượt góp vốn, mua cổ phần với giá trị 0,22 tỷ USD") is not that
# capital's (numbers masked as 9; the figure itself is 0; "tổng vốn đăng ký 6 tháng đạt ...": a time, no amount)
_AN_AMOUNT_NEXT = re.compile(rf"\s*(?:đầu\s+tư\s+)?(?:đăng\s+ký\s+)?(?:(?:{HEDGE_WORDS}|là|đạt)\s+)?"
                             r"9(?!\s+(?:tháng|quý|năm|tuần)\b)")

# "Cả nước xảy ra 13.500 vụ tai nạn giao thông", "Trong 9 tháng, toàn quốc đón ...": a clause that opens with
# the country names its subject, whatever its verb (not "cả nước và tỉnh ...", the two side by side), also
# with its period right after it ("Cả nước 9 tháng có 228.700 doanh nghiệp": numbers masked as 9) or a comma
# ("Trên cả nước, khách quốc tế đạt ...")
_THE_NATION_OPENS = re.compile(r"[^\w]*(?:(?:trên|tại|ở)\s+(?:phạm\s+vi\s+)?)?(?:cả\s+nước|toàn\s+quốc)\s*,?\s+"
                               r"(?!(?:và|cùng|với|nói\s+chung)\b)(?:[^\W\d_]|9\s+(?:tháng|quý)\b)")
# "Cả nước trong 9 tháng xảy ra 14.500 vụ tai nạn giao thông, làm chết 7.850 người": the segments after a comma
# go on with the country the sentence opened with, unless one names the report's own area ("..., trong khi
# toàn tỉnh có 985 doanh nghiệp") (numbers masked as 9)
_OWN_AREA_NAMED = re.compile(rf"(?<![^\W\d_])(?:{unit_words_source('province', 'district')}|đặc\s+khu|địa\s+bàn"
                             r"|địa\s+phương)(?![^\W\d_])")


# "tăng cao như Trà Vinh (40,5%), Bắc Kạn (28,1%)": a province named as an item of a list (or alone)
# is the subject of its figure; "GRDP của tỉnh Tuyên Quang đạt" is not such an item
# "xếp thứ 2 cả nước, sau tỉnh Bắc Giang (13,45%)": the province ranked before the report's, named with its figure
_LIST_ITEM_BEFORE = re.compile(r"(?:\b(?:như|gồm|và|đó|là|sau)|[,:;])\s*$")
# "Trong 9 tháng đầu năm 2022, Bình Phước có 905 doanh nghiệp": the comma closes the sentence's
# opening period, not the item before in a list
_OPENING_PERIOD_BEFORE = re.compile(r"(?:\b(?:19|20)\d\d|\bnăm\s+nay|\bvừa\s+qua|\bđến\s+nay)\s*,\s*$")


def names_a_listed_province(subject: str) -> bool:
    """Is the subject a province named as the item of a list ("..., như Trà Vinh")?"""
    tail = subject.rstrip()[-60:]
    last = tail.rsplit(None, 1)[-1] if tail else ""
    if not last[:1].isupper():  # (cheap test first: a province name ends in a capitalised word)
        return False
    mentions = find_provinces(tail)
    if not mentions or mentions[-1].end != len(tail):
        return False
    before = tail[:mentions[-1].start]
    if _OPENING_PERIOD_BEFORE.search(before):
        return False
    # a bare name alone ("Bắc Kạn (28,1%)") is a list item too; "tỉnh Bắc Kạn đạt 43 điểm" is the report's
    return bool(_LIST_ITEM_BEFORE.search(before)) or (not before.strip() and not mentions[-1].prefixed)


# "..., và khách lưu trú đạt ": after ", và" two words and a verb name the figure's own subject
# (not a period: "..., và lũy kế đạt 6.053,9 tỷ đồng" goes on with the subject before)
_OWN_SUBJECT_AFTER_AND = re.compile(r"(?!(?:tăng|giảm|đạt|chiếm|bằng|so|là|có|ước|trong|lũy|luỹ|tính|cộng|cả|tháng|"
                                    r"quý|năm|riêng|từ|đến)\b)[^\W\d_]+\s+[^\W\d_]+"
                                    r"[^,;.\d]{0,40}?\s(?:đạt|là|có|chiếm|ước)\b[^,;]*$")
# "tổng mức bán lẻ tăng 13,5%, dịch vụ lữ hành tăng 107%": in a list of changes, an item that names its
# own subject (two words, not a period or a base) before its verb is not the entry of the item before it
_LISTED_CHANGE_BEFORE = re.compile(r"(?:tăng|giảm)\s+9[\d,.]*\s*%\s*$")
_OWN_SUBJECT_CHANGE = re.compile(r"(?!(?:tăng|giảm|đạt|chiếm|bằng|so|là|có|ước|trong|lũy|luỹ|tính|cộng|cả|tháng|"
                                 r"quý|năm|riêng|từ|đến|cao|thấp|gấp|cùng|kỳ)\b)[^\W\d_]+\s+[^\W\d_]+"
                                 r"[^,;.\d]{0,40}?\s(?:tăng|giảm)\s*$")
_PER_DAY = re.compile(r"bình\s+quân\s+(?:theo\s+|mỗi\s+|một\s+|1\s+)?ngày|mỗi\s+ngày")
# "vốn đăng ký bình quân một doanh nghiệp đạt 13 tỷ đồng": an average per counted unit, not the entry's
# total (GRDP per capita names its own entry); so is a figure per head ("lương thực bình quân trên đầu
# người đạt 442 kg"), which is no output of the whole
# ("trung bình mỗi năm giải quyết việc làm cho 250 lao động": a yearly average is the entry's own yearly figure)
_PER_UNIT_AVERAGE = re.compile(
    r"(?:bình\s+quân|trung\s+bình)\s+(?:trên\s+)?(?:(?:một|mỗi|1)\s+(?!năm\b)[^\W\d_]|đầu\s+người)"
    # ("bình quân lương thực đầu người 557 kg": the good named between the average and the head)
    r"|(?:bình\s+quân|trung\s+bình)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:trên\s+)?đầu\s+người"
    # ("bình quân vốn đăng ký một doanh nghiệp đạt 10 tỷ đồng": the measure named between the average and its unit)
    r"|(?:bình\s+quân|trung\s+bình)(?:\s+[^\W\d_]+){1,5}?\s+(?:trên\s+|cho\s+)?(?:một|mỗi)\s+(?!năm\b)[^\W\d_]"
    # ("Mỗi ngày có 35 doanh nghiệp thành lập mới", "mỗi tháng đón 9.000 lượt khách": a rate per day or month, not the
    # period's own total; the look-behind tested after the "m", which it then ends with: every branch opens with a
    # letter, so the engine skips to "b", "t" and "m" instead of trying the pattern at every character)
    r"|m(?<![^\W\d_]m)ỗi\s+(?:ngày|tuần|tháng)(?![^\W\d_])"
)
# a sentence that opens with an average over a day, week or month ("Bình quân mỗi ngày, ...", "Trung bình một tháng
# ..."): its figures are rates, not the period's totals (a yearly average is the entry's own yearly figure)
_AN_AVERAGE_OPENS = re.compile(
    r"\W*(?:bình\s+quân|trung\s+bình)\s+(?:mỗi|một|hằng|hàng)\s+(?:ngày|tuần|tháng)(?![^\W\d_])", re.IGNORECASE)
# the nouns a count is written with ("15.000 lượt khách", "32 dự án"), which may also name an entry
_COUNTED_NOUNS = ("lượt", "khách", "doanh nghiệp", "dự án")
# a count's scale word, if any, between its number and its unit ("1,2 triệu lượt"; no "tỷ": a count is not said in
# billions, and "tỷ lệ" is a rate)
_SCALE_BEFORE_UNIT = rf"(?:(?:{_COUNT_SCALES})\s+)?"
# between a number and the noun it counts, its scale and unit only ("1,68 triệu lượt khách nội địa")
_SCALE_AND_UNIT_ONLY = re.compile(r"\s*" + _SCALE_BEFORE_UNIT + r"(?:lượt\s+)?")
# the number right before a counted noun, with its magnitude word ("2,4 triệu lượt khách"; numbers masked as 9)
_COUNT_RIGHT_BEFORE = re.compile(rf"9 (?:(?:{_COUNT_SCALES}) )?(?:lượt )?$")  # (and its unit: "9 lượt khách ...")
# "Riêng tại đặc khu Phú Quốc, ...", "Riêng huyện Tân Uyên ...": a sentence that opens with one district
# (or city, town, special zone, commune or ward: "riêng phường Quy Nhơn Nam đón ...") of the province speaks of that
# place, not of the report's whole area; so does one
# area named "khu vực" and a proper name ("Riêng khu vực Đà Lạt đón ...": a name's first syllable, capital then lower
# case, not a sector's Roman number or an abbreviation, "khu vực I", "khu vực FDI")
_PLACE_PART_OPENS = re.compile(r"\W*(?:riêng|trong\s+đó)\s*,?\s+(?:tại\s+|ở\s+)?"
                               rf"(?:{LOCAL_UNIT_WORDS}|tp\.?|khu\s+vực(?=\s+(?-i:[^\W\d_][^\W\d_A-Z])))\s+",
                               re.IGNORECASE)


# "Cả nước 9 tháng có 228.700 doanh nghiệp thành lập mới; tỉnh Cà Mau có 985 doanh nghiệp": the one province
# a provincial report sets against the whole country, right after the country's clause, is the report's own
# (no other province named between them: "...; tỉnh A tăng 5%; tỉnh B tăng 3%" lists others after the first)
_AFTER_THE_NATIONS_CLAUSE = re.compile(r"[;,]\s*(?:còn\s+|trong\s+khi\s+(?:đó\s+)?)?$")


def _the_province_set_against_the_nation(with_words_before: str, context: str) -> bool:
    """Is the subject's province, written with its prefix ("tỉnh Cà Mau"), the first named right after a
    clause of the sentence that opens with the whole country ("Cả nước ... ; tỉnh Cà Mau có ...")?"""
    at = context.rfind(with_words_before) if context else -1
    if at < 0:
        return False
    sentence = context[:at + len(with_words_before)].rsplit(". ", 1)[-1]
    if "nước" not in sentence and "quốc" not in sentence:  # (cheap test first)
        return False
    nation = _THE_NATION_OPENS.match(sentence.lower())
    if nation is None:
        return False
    mentions = find_provinces(sentence)
    if len(mentions) != 1 or not mentions[0].prefixed or mentions[0].end != len(sentence):
        return False
    return bool(_AFTER_THE_NATIONS_CLAUSE.search(sentence, 0, mentions[0].start))  # (a mention opens with its prefix)


# "Nghệ An có 2.300 doanh nghiệp thành lập mới", "Trong năm, Hà Giang có ...": a province that has what its clause
# counts, the verb right after its bare name (a list's item has none: "Bắc Kạn (28,1%)", "như Trà Vinh 5,2%")
_A_TIME_OPENS_BEFORE = re.compile(
    r"(?:^|[.:]\s*)(?:trong|năm|tháng|quý|cả|tính|lũy|luỹ|từ|đến|hết|sau)\b[^.;:,]{0,40},$", re.IGNORECASE)
_HAS_AFTER_THE_NAME = re.compile(r"\s+(?:hiện\s+|đã\s+|cũng\s+)?có(?:\s+thêm)?\s*$")


def _a_province_that_has(subject: str, context: str) -> bool:
    """Does the context end with the subject, a province's bare name, and the "có" it has its count with? (Whose
    province it is the keying of the place tells apart: another province's is a part of no report's area.)"""
    at = context.rfind(subject) if context and "có" in context[-20:] else -1
    if at < 0 or _HAS_AFTER_THE_NAME.fullmatch(context, at + len(subject)) is None:
        return False
    # (the name opens its sentence, or a time does before it: "Trong năm, Hà Giang có"; not a list's later item:
    # "Cả nước có 9 doanh nghiệp; tỉnh Bạc Liêu có")
    before = context[:at].rstrip()
    return not before or before.endswith((".", ":")) or _A_TIME_OPENS_BEFORE.search(before) is not None


def _with_words_before(subject: str, context: str) -> str:
    """The subject with the words of its sentence before it ("Trong 9 tháng năm 2022, Bình Phước"),
    when the sentence holds it: a bare province name is a list item only if nothing opens the
    sentence before it."""
    at = context.rfind(subject) if context else -1
    return context[max(0, at - 60):at + len(subject)] if at >= 0 else subject


# (numbers masked as 9: "(4 sao: 5 sản phẩm", "; hạng 3 sao có 32 sản phẩm")
_STAR_CLASS_BEFORE = re.compile(r"(?<![\d.,])9\s+sao\s*(?::|(?:có|là|gồm|đạt)\b)\s*$")
_ONE_STAR_CLASS = re.compile(r"\s*sản\s+phẩm\b[^\d,;]{0,40}?(?<!từ\s)\b[1-5]\s+sao\b(?!\s+trở\b)")


def _own_words_of_the_clause(clause: str, enough: int, not_copula: bool) -> tuple[bool, int]:
    """(whether the clause has a word of its own, how many, up to ``enough``): its words but periods,
    verbs, units and a "vụ" before a season, without "có" when ``not_copula``. (Counted up to what
    the caller tests, not listed: most clauses open with two nouns.)"""
    if "vụ" in clause:  # (the "vụ" before a season is no word of the clause's own)
        clause = _SEASON_VU.sub(" ", clause)
    if "giai" in clause or "bình" in clause:  # (nor a term's words, nor the average of a change over it)
        clause = _A_TERM_OR_ITS_AVERAGE.sub(" ", clause)
    has_word, count = False, 0
    for found in _WORD.finditer(clause):  # (one word at a time: the count mostly stops at the second)
        word = found.group()
        if word in _NOT_SUBJECT_WORDS:
            continue
        has_word = True
        if not (not_copula and word == "có"):
            count += 1
            if count >= enough:
                break
    return has_word, count


# the noun each count entry counts (data/words/counted_nouns.csv): "126 thôn, xóm đạt chuẩn nông thôn mới" counts
# villages, so however near the communes entry is named before it, the count is not that entry's
_ENTRY_NOUNS = {key: frozenset(word.lower() for word in words)
                for key, words in keyed_word_lists("counted_nouns", "indicator_key").items()}


_UNREAD = "\0unread"  # (catalog_key's counted noun before it is read: no noun a reading gives)


def _counted_noun(tail: str) -> str | None:
    """The noun a count counts, read right after its number ("thôn" of "thôn, xóm đạt chuẩn"; the first of a
    list such as "xã, phường"), or None when no counted noun follows (a table's cell)."""
    reading = read_unit(" " + tail)
    if reading is None or not reading.label:
        return None
    return reading.label.split(",")[0].strip().lower()


# "GRDP của tỉnh Quảng Ngãi (cũ) tăng 8,4%", "riêng địa bàn Kon Tum cũ còn 9,8%", "khu vực Bình Định trước sáp
# nhập đạt ...": a merged province's first reports set the figures of the provinces it was made of beside its
# own. A province written as former, even under the name of today's, is that part's figure, not the entry of
# the report's province (which keeps its key only for the whole: "tỉnh Gia Lai (mới)", "toàn tỉnh")
_FORMER_MARK = re.compile(r"\s*\(?\s*(?:cũ|trước\s+(?:đây|(?:khi\s+)?(?:sáp\s+nhập|hợp\s+nhất|sắp\s+xếp)))(?![^\W\d_])",
                          re.IGNORECASE)
_FORMER_WORDS = lowered_literal_scan(_FORMER_MARK)
_CLAUSE_END = re.compile(r"[,;:]|\.\s")
# a place the sentence opens with, up to its comma ("Trên địa bàn huyện Sìn Hồ cũ, ...", "Tại tỉnh Kon Tum (cũ), ...",
# "Khu vực thành phố Lai Châu cũ, ..."): the place its later clauses are of, up to a ";" or the whole area named
_A_PLACE_CLAUSE_OPENS = re.compile(r"[^\w(]*(?:(?:trên|thuộc|tại|ở)\s+(?:địa\s+bàn|khu\s+vực)|riêng(?:\s+(?:tại|ở))?"
                                   r"|tại|ở|khu\s+vực|địa\s+bàn|đối\s+với)\s+(?=[^\W\d_])[^,;:.]{2,60}?,",
                                   re.IGNORECASE)
_THE_WHOLE_AREA_AFTER = re.compile(rf"toàn\s+(?:{UNIT_WORDS})|cả\s+tỉnh", re.IGNORECASE)


def _clauses_a_place_is_named_in(clause: str) -> list[str]:
    """The parts of a figure's sentence (its end, up to the number) that may name the place of the figure: its own
    clause (after the last ",", ";", ":" or sentence end), a line's label before its colon ("- Khu vực tỉnh Kiên
    Giang (cũ): ..."), and a place the sentence opens with whose clauses go on to the figure."""
    ends = list(_CLAUSE_END.finditer(clause))
    clauses = [clause[ends[-1].end():] if ends else clause]
    if ends and ends[-1].group() == ":":
        # ("- Khu vực tỉnh Kiên Giang (cũ): giải quyết việc làm cho ...": the place a line is labelled with)
        clauses.append(clause[ends[-2].end() if len(ends) > 1 else 0:ends[-1].start()])
    sentence_start = max(clause.rfind(". "), clause.rfind("\n")) + 1  # (a line opens a sentence too: one under a title)
    if (ends and (opener := _A_PLACE_CLAUSE_OPENS.match(clause, sentence_start)) is not None
            and opener.end() < len(clause) and ";" not in clause[opener.end():]
            and not _THE_WHOLE_AREA_AFTER.search(clause, opener.end())):
        clauses.append(clause[sentence_start:opener.end() - 1])
    return clauses


def _names_a_former_place(sentence_opening: str) -> bool:
    """Does the figure's clause (see ``_clauses_a_place_is_named_in``) name a province, district or commune written
    as former ("tỉnh Kon Tum (cũ)", "Trên địa bàn huyện Sìn Hồ cũ, ...")? A former district or commune is a part of
    any area a text is about after it was merged away, as a former province is of the merged one."""
    if former_province_named(sentence_opening) is not None:
        return True
    clause = sentence_opening[-160:]
    if not may_name_a_former_province(clause):
        return False
    return any(unit.admin_level != "province" and _FORMER_MARK.match(words, unit.end)
               for words in _clauses_a_place_is_named_in(clause) for unit in find_units(words))


# a sentence whose subject is some communes, wards or districts named ("Các xã Ea Tân, Ea Hồ, Phú Lộc có tỷ lệ hộ nghèo
# cao, lần lượt ...", "Hai phường Bắc Sơn và Nam Sơn đón ...", "Riêng các xã Tam Giang, Ea Đăh có ..."), or one village
# or more by name, a unit below any area a text is about ("Thôn Pha Long 1 có tỷ lệ hộ nghèo 32%", "Bản Nậm Cang đón
# ..."; data/words/village_nouns.csv and the uplands' "bản"), or an industrial park or zone by its name ("Khu công
# nghiệp Yên Mỹ II đã thu hút 9 dự án", "KCN Long Hậu có 85 doanh nghiệp"; data/words/zone_parts.csv): their figures,
# parts of the area, up to a ";" or the whole area named ("..., nâng tổng số xã đạt chuẩn lên 12 xã")
_NAMED_PLACES_OPEN = re.compile(r"[^\w]*(?i:(?:riêng|trong\s+đó|tại|ở)\s*,?\s+)?"
                                r"(?:(?i:các|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})\s+"
                                rf"(?i:{LOCAL_UNIT_WORDS})(?:\s*,\s*(?i:{LOCAL_UNIT_WORDS}))?"
                                rf"|(?i:(?:các|những)\s+)?(?i:{word_source('village_nouns')}|bản)"
                                rf"|(?i:(?:các|những)\s+)?(?i:{word_source('zone_parts')}))\s+(?=[A-ZĐ])")
_THE_WHOLE_OR_ITS_TOTAL_AFTER = re.compile(rf"toàn\s+(?:{UNIT_WORDS})|cả\s+tỉnh|tổng\s+số", re.IGNORECASE)


def _named_places_open_the_sentence(sentence_opening: str) -> bool:
    """Does the figure's sentence (``sentence_opening``, up to the number) open with some communes, wards or districts
    or a village by their names, whose figure it is, a part of the area the text is about?"""
    start = max(sentence_opening.rfind(". "), sentence_opening.rfind("\n")) + 1
    places = _NAMED_PLACES_OPEN.match(sentence_opening, start)
    return (places is not None and ";" not in sentence_opening[places.end():]
            and not _THE_WHOLE_OR_ITS_TOTAL_AFTER.search(sentence_opening, places.end()))


def may_name_a_former_province(text: str) -> bool:
    """Does ``text`` hold a word of the mark a province written as former needs ("cũ", "trước ...")? When it holds
    none, no part of it names one: ``former_province_named`` of any of its parts is None. (A word in a part, lowered,
    is in the whole, lowered: the words hold no sigma, the only letter ``str.lower`` lowers by its context.)"""
    return _FORMER_WORDS.search(text.lower()) is not None


def former_province_named(sentence_opening: str) -> tuple[str, str] | None:
    """The province written as former that the figure's clause names (see ``_names_a_former_province``): its key
    and the clause's words up to the mark ("khu vực Bình Định cũ"), or None."""
    clause = sentence_opening[-160:]
    if not may_name_a_former_province(clause):  # (cheap test first: most clauses name no former place)
        return None
    for words in _clauses_a_place_is_named_in(clause):
        for mention in find_provinces(words):
            if (mark := _FORMER_MARK.match(words, mention.end)) is not None:
                if INCLUDED_IN_THE_WHOLE.search(words, 0, mark.end()):
                    return None  # "tỉnh Quảng Trị (bao gồm tỉnh Quảng Bình cũ) đạt": the whole's figure, not the part's
                return mention.province.key, words[:mark.end()].strip()
    return None


# a former province named as a part the figure's whole takes in ("tỉnh Quảng Trị (bao gồm tỉnh Quảng Bình cũ) đạt",
# "trên địa bàn tỉnh, kể cả khu vực tỉnh Hà Giang trước đây, xảy ra"): the whole's figure, the own province's, not the
# part's; the words of taking in (data/words/inclusion_words.csv) open the former province's words, up to its mark,
# with no clause between
INCLUDED_IN_THE_WHOLE = re.compile(r"(?<![^\W\d_])(?:" + word_source("inclusion_words") + r")(?![^\W\d_])[^,;:()]*$",
                                   re.IGNORECASE)


# "...; sản lượng ước đạt ", ", tổng sản lượng đạt ": an output named by its word alone, closing the window
_BARE_OUTPUT_CLOSES = re.compile(rf"[,;]\s*(?:tổng\s+)?sản\s+lượng(?:\s+(?:ước|dự|tính|đạt|là|{HEDGE_WORDS}))*\s*$")
# the sentence opening on an area and what it is of, up to its number ("diện tích nuôi trồng thủy sản 9")
_AREA_OPENS = re.compile(r"(?:^|\.\s+)\s*(?:tổng\s+)?diện\s+tích\s+(?P<topic>[^\W\d_][^\d,;:.()]{2,60}?)\s+"
                         r"(?:(?:ước|đạt|là|được|có)\s+)*9")

# "Sản lượng thủy sản ước đạt 125 nghìn tấn, trong đó sản lượng khai thác 88 nghìn tấn; sản lượng nuôi trồng 37 nghìn
# tấn": the output of farming named bare after the fishery in its sentence is the fishery's farmed output (as "sản lượng
# nuôi trồng thủy sản" says it); the catch alone stays off the entry, as "sản lượng khai thác thủy sản" does
_BARE_FISHERY_PART = re.compile(r"(?<![^\W\d_])sản\s+lượng\s+nuôi\s+trồng(?=\s*[,;:(]|\s*$|\s+9|\s+(?:ước|dự|tính|"
                                r"đạt|là|được|khoảng|hơn|gần|trên|tháng|quý|năm|cả|trong)(?![^\W\d_]))")
_FISHERY = re.compile(r"th(?:ủy|uỷ)\s+sản")


def _with_the_fishery_named(window: str) -> str:
    """The window with "thủy sản" written after each bare output of farming after the fishery in the figure's
    sentence ("thủy sản ..., trong đó sản lượng nuôi trồng 9" → "... sản lượng nuôi trồng thủy sản 9")."""
    sentence_start = window.rfind(". ") + 1
    fishery = _FISHERY.search(window, sentence_start)
    if fishery is None:
        return window
    for part in reversed(list(_BARE_FISHERY_PART.finditer(window, fishery.end()))):
        window = f"{window[:part.end()]} thủy sản{window[part.end():]}"
    return window


def _area_topic_of_a_bare_output(window: str) -> str | None:
    """What the sentence gave the area of, when the figure is its output named by the word alone ("diện tích nuôi trồng
    thủy sản 9/9 ha đạt 9% kh; năng suất ...; sản lượng ước đạt " → "nuôi trồng thủy sản"), else None."""
    closes = _BARE_OUTPUT_CLOSES.search(window, max(0, len(window) - 40))
    if closes is None:
        return None
    opening = window.rfind(". ", 0, closes.start())
    area = _AREA_OPENS.match(window, opening if opening >= 0 else 0)
    return area["topic"] if area is not None and area.end() <= closes.start() else None


# "Khách lưu trú ước đạt 4,8 triệu lượt", "Khách tham quan đạt 95.000 lượt", "Lượt khách quốc tế và nội địa đạt 2,1
# triệu lượt": visits counted bare ("lượt", its noun left out) of a subject whose head is the guests (not "hành
# khách", passengers; nor "khách hàng", customers) are visits of guests, as "... lượt khách" says it; guests of one
# origin only are that origin's (their entry, or none)
_BARE_VISITS_AFTER = re.compile(r"\s*" + _SCALE_BEFORE_UNIT + r"lượt(?![^\W\d_])(?!\s*[^\W\d_\s])",
                                re.IGNORECASE)
_GUESTS_HEAD = re.compile(r"(?<![^\W\d_])(?<!hành\s)khách(?!\s+hàng)(?![^\W\d_])", re.IGNORECASE)
_OWN_CLAUSE_OPENS = re.compile(r".*[,;:.()]", re.DOTALL)
_VISITS_COUNTED = re.compile(r"\d\s*" + _SCALE_BEFORE_UNIT + r"lượt|%")
_FROM_ABROAD = re.compile(r"quốc\s+tế|nước\s+ngoài", re.IGNORECASE)
_FROM_HOME = re.compile(r"nội\s+địa|trong\s+nước", re.IGNORECASE)


def _guests_counted_in_bare_visits(subject: str, context: str, after: str) -> bool:
    """Is the figure a count of bare visits ("4,8 triệu lượt") whose own clause names guests of no one origin as its
    subject, the first figure of visits of its sentence? (After others, "Khách quốc tế đạt 900 lượt, và khách lưu
    trú đạt 700 lượt", the guests may be a part of those before.)"""
    if _BARE_VISITS_AFTER.match(after) is None:
        return False
    sentence = (context or subject)[-160:]
    sentence = sentence[sentence.rfind(". ") + 1:]
    opened = _OWN_CLAUSE_OPENS.match(sentence)
    clause = sentence[opened.end():] if opened is not None else sentence
    if "hách" not in clause or _A_DIGIT.search(clause) or _VISITS_COUNTED.search(sentence):
        return False
    abroad, home = _FROM_ABROAD.search(clause) is not None, _FROM_HOME.search(clause) is not None
    return abroad == home and _GUESTS_HEAD.search(clause) is not None


# "Lễ hội Đền X năm 2026 thu hút khoảng 200.000 lượt khách", "Ngày hội văn hóa ... đón 30.000 lượt người": visitors
# one festival, fair, event or named site drew (its clause opens on it and a verb of drawing comes before the number)
# are that event's, not the arrivals of the place, nor are a museum's (data/words/single_draws.csv); "Dịp lễ hội, toàn
# tỉnh đón ...", "các khu, điểm du lịch, khu di tích trên địa bàn đón ..." (the sites of the whole area) stay
_DRAWN_BY_ONE_EVENT = re.compile(r"(?:^|[,;:(]|\.\s)\s*(?:riêng\s+)?(?:các\s+|những\s+)?(?:"
                                 + word_source("single_draws") + r")(?![^\W\d_])"
                                 # (a bracket that places it, "Lễ hội Chùa X (xã Y) thu hút ...", is of its name)
                                 r"(?:(?!địa\s+bàn)(?:[^,;:.()]|\([^(),;]{0,40}\))){0,100}?"
                                 # (or ends its clause, the verb opening the next with no subject of its own: "Lễ
                                 # hội X diễn ra từ ngày 20/4 đến 26/4; thu hút ...", the event's still)
                                 r"(?:[,;]\s*)?\b(?:thu\s+hút|đón|phục\s+vụ)(?![^\W\d_])"
                                 rf"(?:\s+(?:được|tổng\s+cộng|{HEDGE_WORDS}))*\s*$", re.IGNORECASE)


# "Vịnh Hạ Long đón 2,1 triệu lượt khách", "Riêng Sa Pa thu hút ...": visitors a clause gives to a place it opens with,
# named in two capitalised words or more (a site, a town) and no province, are that place's, a part of the arrivals
# (the province's own name keeps them: "Trong năm, Hà Giang đón ..."; and so does the branch or body that speaks for
# the area, "Ngành Du lịch đón ...", or a unit named with its kind, "Thành phố Hạ Long", which the place's test reads)
# (a month or quarter said first, "Tháng 9 riêng Đại Nội đã đón …", only dates the place's part)
_A_NAMED_PLACE_DRAWS = re.compile(r"(?:(?:trong\s+)?(?:tháng|quý)\s+[\dIVX]+(?:/\d{4})?\s*,?\s+)?"
                                  r"(?:riêng\s+)?(?:(?:tại|ở)\s+)?"
                                  rf"(?!(?:ngành|sở|toàn|cả|du\s+lịch|các|những|"
                                  rf"{unit_words_source('province', 'district')})\s)"
                                  r"(?P<name>[A-ZĐ][^\W\d_]*(?:\s+[^\W\d_]+){1,6}?)\s+"
                                  r"(?:(?:đã|cũng|ước|dự\s+kiến)\s+)*(?:đón|thu\s+hút|tiếp\s+đón)(?![^\W\d_])"
                                  rf"(?:\s+(?:được|tổng\s+cộng|{HEDGE_WORDS}))*\s*$", re.IGNORECASE)
_CAPITALISED_WORD = re.compile(r"(?<![^\W\d_])[A-ZĐ]")
# a proper name right before a bracket that opens on the figure ("Nhật Bản (", "và EU ("): two capitalised words, or one
# after a word of its segment (not a segment's first word alone, which may only open a sentence)
_NAME_BEFORE_A_BRACKET = re.compile(r"(?:[A-ZĐ][^\W\d_]*\s+[A-ZĐ]\w*|\S\s+[A-ZĐ][A-ZĐ\w]*)[^,;:.()]*\(\s*$")


def _a_name_right_before_its_bracket(sentence_before: str) -> bool:
    """Does the sentence before a figure end on a proper name and the bracket the figure opens (its last segment)?"""
    segment = re.split(r"[,;:()]\s*(?=[^\s(])|\.\s", sentence_before.rstrip())[-1]
    return _NAME_BEFORE_A_BRACKET.search(segment) is not None
# "tiếp 186 đoàn khách quốc tế với hơn 1.400 lượt khách": the members of the delegations a province received (counted
# after "với"/"gồm" behind the delegations), not visitors of the place
_DELEGATION_MEMBERS_BEFORE = re.compile(
    rf"(?<![^\W\d_])đoàn(?![^\W\d_])[^.;\d]{{0,60}}?\s(?:với|gồm)(?:\s+(?:{HEDGE_WORDS}))?\s*$", re.IGNORECASE)
# "Trong ngày khai hội có 80.000 lượt khách", "Riêng ngày mùng 4 Tết ...": the visitors of one festival day, not of the
# period (a day named by its date alone opens many a news item's sentence, and stays)
_ONE_DAY_OPENS = re.compile(r"(?:riêng\s+)?(?:trong\s+)?(?:ngày|đêm)\s+(?:khai\s+hội|chính\s+hội|khai\s+mạc|bế\s+mạc|"
                            r"rằm|mùng|mồng|lễ|hội|cao\s+điểm|đầu\s+tiên)(?![^\W\d_])|riêng\s+(?:trong\s+)?ngày\b",
                            re.IGNORECASE)


# "Số lượt khách tham quan các điểm di tích đạt 68.000 lượt", "khách qua cảng hàng không": visitors of one kind of
# site (data/words/visited_site_kinds.csv) are a part of the arrivals, not the area's (the tourist sites as such,
# "các khu, điểm du lịch", stay)
_VISITORS_OF_A_KIND_OF_SITE = re.compile(
    r"\bkhách(?:\s+du\s+lịch)?\s+(?:tham\s+quan|đến|tới|tại|qua)\s+(?:(?:các|những|một\s+số)\s+)?"
    r"(?:(?:điểm|khu)\s*(?:,\s*(?:điểm|khu)\s*)?)?(?:" + word_source("visited_site_kinds") + r")(?![^\W\d_])",
    re.IGNORECASE,
)


def _one_places_or_days_visitors(context: str) -> bool:
    """Does the figure's clause (the end of ``context``, after its last ",", ";", ":", "(" or sentence end) open with
    one named place that draws the visitors, or with one festival day?"""
    clause = _OWN_CLAUSE_OPENS.sub("", context[-200:], count=1).lstrip()
    if _ONE_DAY_OPENS.match(clause):
        return True
    place = _A_NAMED_PLACE_DRAWS.match(clause)
    if place is None:
        return False
    name = place["name"]
    return name[:1].isupper() and len(_CAPITALISED_WORD.findall(name)) >= 2 and not find_provinces(name)


# a subject that opens on a price ("giá sầu riêng", "Giá xuất khẩu bình quân"; not "giá trị") or on an amount that may
# fall below zero, a balance or a profit (signed_amounts.csv: "thặng dư thương mại", "xuất siêu", "cán cân thương mại")
# names no turnover of trade, whatever export or import words stand around it
_NO_TURNOVER_SUBJECT = re.compile(
    rf"\W*(?:(?:mức|đơn)\s+)?giá\s+(?!trị\b)|\W*(?:{word_source('signed_amounts')})(?!\w)", re.IGNORECASE
)


def capital_key_of(count_key: str | None) -> str | None:
    """The entry of the capital the things a count's entry counts come with ("new_enterprises" →
    "new_enterprises_capital"), or None when that count has no such entry."""
    return _CAPITAL_OF.get(count_key or "")


def catalog_key(subject: str | None, unit: str, metric: str, context: str = "", after: str = "") -> str | None:
    """Catalog key of the subject nearest to a number (``_catalog_key_named``); visits counted bare of guests named
    before them are read as visits of guests ("Khách lưu trú đạt 4,8 triệu lượt" as "... 4,8 triệu lượt khách") when
    the words as written name no entry; none for the visitors one event drew (``_DRAWN_BY_ONE_EVENT``). A figure whose
    subject no words name (None: a sentence of a period alone after a run of clauses) is keyed by its context."""
    subject = subject or ""
    key = _catalog_key_named(subject, unit, metric, context, after)
    if (key is None or key in _TRAFFIC_KEYS) and (unit, metric) in _TRAFFIC_FIGURES and (
            counted := _traffic_entry_by_its_noun(context or subject, unit, metric, after)) not in (None, key):
        # (the entry its noun names, held to every test a named entry is: the country's, another province's, a
        # named district's figures keep none; said after the number as the catalog names it)
        said = ("%" if unit == "pct" else "") + _TRAFFIC_ENTRY_SAID[counted]
        key = counted if _catalog_key_named(subject, unit, metric, context, said) == counted else None
    if key in _TRADE_KEYS and _NO_TURNOVER_SUBJECT.match(subject):
        return None  # "Về xuất khẩu: giá sầu riêng đạt 95.000 đồng/kg", "thặng dư thương mại 1,1 tỷ USD": no turnover
    if key in ARRIVAL_KEYS and (_DRAWN_BY_ONE_EVENT.search((context or subject)[-200:])
                                or _one_places_or_days_visitors(context or subject)
                                or _VISITORS_OF_A_KIND_OF_SITE.search(subject or (context or "")[-120:])):
        return None
    if key is None and unit == "visit" and "lượt" in after[:14] and _guests_counted_in_bare_visits(
            subject, context, after):
        bare = _BARE_VISITS_AFTER.match(after)
        key = _catalog_key_named(subject, unit, metric, context, f"{after[:bare.end()]} khách{after[bare.end():]}")
    return key


def _catalog_key_named(subject: str, unit: str, metric: str, context: str = "", after: str = "") -> str | None:
    """Catalog key of the subject nearest to a number.

    ``context`` is the sentence before the number, ``after`` the words right after it (the
    counted noun: ``09 người chết`` → traffic deaths). Every alias found in ``subject`` or in the
    window around the number competes; the one closest to the number wins.
    """
    # The text the aliases are read in comes first: when it holds the words of no fitting entry's phrasings, no alias
    # matches, no name competes, and every way out below gives None (but a growth rate's "grdp" of a province that
    # grows, after the tests that give None first): ~2 in 3 figures need no more. (All the tests are pure: reading
    # the text before them changes no answer.)
    # (a line broken inside the subject's words in the sentence, "làm chết 1 người, bị ⏎thương 2 người", is one space:
    # the subject, written single-spaced, is still the one the sentence names, and so are the aliases read there)
    named_in = f"{subject} : {context}" if subject and context and subject not in context and (
        "\n" not in context or subject not in _SPACES.sub(" ", context)) else context
    window = (named_in or subject)[-220:].lower()
    if window[-1:].isalpha():
        window += " "  # (a subject given as its words alone, "Thành lập mới": the number stands a space after them)
    tail = _TAIL_END.split(_DENOMINATOR.sub("", after), maxsplit=1)[0][:60].lower()
    # "khu vực 1 tăng 2,96%": a sector numbered in Arabic is the sector of that Roman number (before
    # the numbers are masked)
    window = _ARABIC_SECTOR.sub(_as_roman_sector, window) if "khu vực" in window else window
    if "3 sao" in window:  # "sản phẩm OCOP 3 sao trở lên là": the class the entry counts, a word of its name
        window = _THREE_STARS_OR_MORE.sub("ba", window)
    window = _NUMERAL.sub("9", window)  # other numbers must not look like the anchor
    if "sản lượng" in window and ("thủy sản" in window or "thuỷ sản" in window):
        window = _with_the_fishery_named(window)
    if unit == "tonne" and "sản lượng" in window[-40:] and "diện tích" in window:
        # "Diện tích nuôi trồng thủy sản 51 ha, đạt 99% KH; sản lượng ước đạt 129 tấn": the output of what the sentence
        # gave the area of, when that names an entry (else the reading below: a topic label before may name it)
        topic = _area_topic_of_a_bare_output(window)
        if topic is not None and (of_the_area := catalog_key(f"sản lượng {topic}", unit, metric, f"sản lượng {topic} ",
                                                             after)) is not None:
            return of_the_area
    text = f"{window}0 {tail}"  # "0" stands for the number itself
    anchor = len(window)  # where the number stands
    named = _entries_whose_words_stand_in(text, unit, metric)
    if not named and metric != "yoy_pct":
        return None
    if _CONTRIBUTION.search((context or subject)[-40:].lower()):
        return None
    if subject[:10].lower() == "chỉ số giá" and subject[10:14].lower() != " trị":
        # "Chỉ số giá vàng tháng 10 so với tháng trước bằng 105,2%" after the IIP's sentence: a price index names
        # itself, and the catalog has none (not "Chỉ số giá trị sản xuất ...")
        return None
    if subject and names_a_listed_province(with_words := _with_words_before(subject, context)) and not (
            _the_province_set_against_the_nation(with_words, context)) and not _a_province_that_has(subject, context):
        return None  # another province's figure in a list, not the report's entry
    sentence_opening = (context or subject).rsplit(" . ", 1)[-1]  # (the figure's own sentence, after any heading)
    if _names_a_former_place(sentence_opening):
        return None  # a former province's figure beside the merged one's, a former district's or commune's
    if _named_places_open_the_sentence(sentence_opening):
        return None  # "Các xã Ea Tân, Ea Hồ có tỷ lệ hộ nghèo cao, lần lượt 9,2%, 7,6%": those communes' figures
    context = named_in
    if not named:  # (a growth rate: the level's and the excess's ways out below are not its)
        return "grdp" if _a_province_grows(context or subject) else None
    # A clause after ";" with words of its own ("; 121 hộ cận nghèo chiếm ...") has its own
    # subject: a catalog name in the clause before it is not this figure's.
    # So does a part after "trong đó" ("chỉ số công nghiệp tăng 10%, trong đó ngành khai khoáng
    # tăng 8,8%"): the whole named before it is not the part's entry.
    # So does an item of a list the whole opens with "gồm" ("nhiều mặt hàng có kim ngạch xuất khẩu
    # tăng, gồm thủy sản chế biến đạt 19,7 triệu USD"): one good, not the whole's entry.
    parts = _part_openers(window)
    part = parts[-1].start() if parts else -1
    clause_start = max(window.rfind(";") + 1, parts[-1].end() if parts else 0)
    opening = window.rfind("(")
    if opening > max(window.rfind(")"), clause_start - 1) and _BRACKETED_PART.match(window, opening + 1):
        part, clause_start = opening, opening + 1  # "73.608 tấn, tăng 8,4% (khai thác 39.070 tấn": a part
    # a part needs one noun of its own ("(trong đó tôm đạt ...": shrimp, not the whole's entry); a
    # clause after ";" needs two
    after_part = part >= 0 and clause_start > window.rfind(";") + 1
    has_own_word, own_nouns = _own_words_of_the_clause(window[clause_start:], 1 if after_part else 2, after_part)
    if own_nouns < (1 if after_part else 2) and not (has_own_word and _NOUN_THEN_COPULA.match(window, clause_start)):
        # ("; ngô là 17.000 tấn": one noun and "là" before the number name the item, its own subject)
        clause_start = 0  # "; riêng tháng 8 đạt ...", "; vụ xuân đạt ...": the subject carries over
    and_start = window.rfind(", và ")
    if and_start > clause_start and _OWN_SUBJECT_AFTER_AND.match(window, and_start + 5):
        clause_start = and_start + 5  # "..., tăng 0,5%, và khách lưu trú đạt 6.563 lượt": a subject of its own
    comma = window.rfind(", ")
    # (_LISTED_CHANGE_BEFORE ends with "%" and spaces (\s is str.isspace): a test that needs no regex)
    if (comma > clause_start and window[:comma].rstrip().endswith("%")
            and _LISTED_CHANGE_BEFORE.search(window, 0, comma) and _OWN_SUBJECT_CHANGE.match(window, comma + 2)):
        clause_start = comma + 2  # "bán lẻ tăng 13%, dịch vụ lữ hành tăng 107%": the next item's own subject
    if metric == "level" and (_ABSOLUTE_CHANGE.search(window[clause_start:])
                              or (_CHANGE_RIGHT_BEFORE.search(window[-30:])
                                  and not ("thêm" in window[-30:] and _JOBS_ADDED.search(window[-50:])))):
        return None  # "so với 31/12 tăng 2.375 tỷ đồng", "tăng 200 triệu USD so với tháng trước": a change
    if metric in ("level", "target", "plan_pct") and "hơn" in window[-60:] and (
            _GAP_TO_THE_PLAN_BEFORE.search(window, max(0, anchor - 60))
            or (_GAP_BEFORE_THE_PLAN.search(window, max(0, anchor - 16)) and _THE_PLAN_AFTER.match(tail))):
        return None  # "cao hơn kế hoạch 0,4%", "thấp hơn 1,5% so với chỉ tiêu": the gap to the plan
    # (_EXCESS_RIGHT_BEFORE needs the word "vượt", case-sensitive, in those 20 characters)
    if (metric == "level" and "vượt" in window[-20:] and _EXCESS_RIGHT_BEFORE.search(window[-20:])
            and _OVER_A_PLAN_AFTER.match(tail)):
        return None  # "vượt 204 tấn so với kế hoạch": by how much the plan was exceeded
    # (distance, -length, order, key, in the tail) of every alias that may name the figure
    candidates: list[tuple[int, int, int, str, bool]] = []
    counted_before: set[tuple[int, int, int, str, bool]] = set()
    # a name that ends in the noun an earlier number counted ("tai nạn giao thông, làm 9 người chết"), and
    # whether a name runs over the figure on to the noun right after it ("... 9 người chết và 0 người bị thương")
    counted_by_its_end: set[tuple[int, int, int, str, bool]] = set()
    spans_to_its_noun = False
    # (". ": a sentence before)
    segment_start = max(window.rfind(","), window.rfind(";"), window.rfind(":"), window.rfind(". ")) + 1
    measured = bool(_MEASURED_SUBJECT.match(window, segment_start))
    about = _ABOUT.match(tail) if "về" in tail or "%" in tail else None
    about_start = anchor + 2 + about.start(1) if about else len(text)  # "0 " stands before the tail
    excluding = "dầu" in text
    # "..., có 93% số hộ dùng nước sạch": a bare "there are" before a share of the units named after it; the
    # subject is after the number, an entry of the clause before is another figure's
    units_after = metric == "share_pct" and a_share_of_units_named_after(window, tail)
    branch = (_BRANCH_OPENS.search(window)
              if "chế tạo" in window or "khai khoáng" in window or "phối điện" in window else None)
    branch_start = branch.start(1) if branch else -1
    # "07 sản phẩm đạt hạng 4 sao": the products of one star class, a part of the OCOP products (3 stars or more)
    one_star_class = "sao" in tail and _ONE_STAR_CLASS.match(tail) is not None
    # ("37 sản phẩm OCOP (4 sao: 5 sản phẩm; 3 sao: 32 sản phẩm)": a star class named before its count)
    one_star_class = one_star_class or ("sao" in window[-24:] and _STAR_CLASS_BEFORE.search(window[-24:]) is not None)
    # (the counted noun is read only for an entry of counted nouns that the word tests below let through: the tests
    # that skip an entry are pure, so their order does not matter, and ~90% of counts need no reading of their noun)
    counted: str | None = _UNREAD if unit == "count" else None
    for entry in named:
        if one_star_class and entry.key == "ocop_products":
            continue
        if counted is not None and entry.key in _ENTRY_NOUNS:
            if counted is _UNREAD:
                # (read as written: a unit's capitals, "MW" of "công suất 1.500 MW", are how it is known)
                counted = _counted_noun(_TAIL_END.split(_DENOMINATOR.sub("", after), maxsplit=1)[0][:60])
            if counted is not None and counted not in _ENTRY_NOUNS[entry.key]:
                continue  # "... xã đạt chuẩn nông thôn mới và 126 thôn đạt chuẩn": villages, not the communes entry
        for m in entry.aliases.finditer(text):
            m_start, m_end = m.span()  # (read once: the tests below ask for them ~20 times a match)
            if (_OWNERSHIP_PART.match(text, m_end) or _OTHER_AFTER.match(text, m_end) or _ZONE_PART.match(text, m_end)
                    or (entry.key == "industrial_output" and _MANAGED_PART.match(text, m_end))
                    or (entry.key in _NEW_FIRM_KEYS and "lại" in text[m_end:m_end + 50]
                        and _AND_RETURNING_AFTER.match(text, m_end))
                    or (entry.key == "overseas_workers" and "về" in text[m_end:m_end + 50]
                        and _CAME_HOME_AFTER.match(text, m_end))
                    or (entry.key in _INDUSTRY_WHOLES and _BRANCH_NAMED_AFTER.match(text, m_end))
                    or (("nước" in text[m_end:m_end + 80] or "quốc" in text[m_end:m_end + 80]
                         or "vùng" in text[m_end:m_end + 80]) and _THE_NATION_AFTER.match(text, m_end))):
                continue
            if (entry.key == "retail_sales" and not m.group().startswith("tổng")
                    and _SERVICE_PARTS.search(f"{context or subject} {after}".lower())):
                continue
            if entry.key == "investment_projects_capital" and _PROJECT_STOCK.search((context or subject).lower()):
                continue
            if (entry.key == "health_insurance_coverage"
                    and _INSURANCE_MONEY_BEFORE.search(text, max(0, m_start - 60), m_start)):
                continue  # "tổng số tiền chậm đóng BHXH, BHYT ..., chiếm 5,2%": the fund's money, not the coverage
            if entry.key == "enterprises_dissolved" and _AWAITING_BEFORE.search(text, max(0, m_start - 30), m_start):
                continue  # "45 doanh nghiệp chờ giải thể": they have stopped, their dissolution is still to come
            if entry.key in _TRADE_KEYS and text[m_start] == "," and text[max(0, m_start - 4):m_start] == "xuất":
                continue  # "kim ngạch xuất, nhập khẩu 6 tháng": the pair's second word, no import opening a clause
            if entry.key in _TRADE_KEYS and (_THROUGH_BORDER.match(text, m_end)
                                             or _TRADE_THROUGH_BORDER.search((context or subject).lower())):
                continue  # (the whole sentence: a long list of goods may stand between whole and part)
            if m_end < anchor and _SHARE_BRACKET_BEFORE.search(text, 0, anchor) and (
                    text.rfind("(", 0, m_start) > text.rfind(")", 0, m_start)
                    and text.find(")", m_end, anchor) >= 0):
                continue  # "khu vực FDI (chiếm 98% giá trị xuất khẩu) đạt 10 tỷ USD": the whole of the bracket's share
            if (metric == "share_pct" and m_start > anchor
                    and _WHOLE_AFTER_SHARE.fullmatch(text, anchor + 1, m_start)
                    and not (" đạt " in m.group() and not _SHARE_VERB_BEFORE.search(window[-16:]))):
                # "Gạo và cá tra chiếm 90% tổng kim ngạch xuất khẩu": the whole, not the part's entry (but "có 98,5%
                # trường học đạt chuẩn quốc gia": the share of the units that reach it, the entry's rate)
                continue
            if m_end < anchor and _ENDS_IN_VERB.search(m.group()) and "9" in text[m_end:anchor]:
                continue  # "hộ nghèo, chiếm 9%, ... hộ cận nghèo, chiếm 0%": the alias named the figure before
            if (entry.key == "grdp" and m_start < anchor and text[m_start].isalpha()
                    and _PERCENT_OF.search(text, max(0, m_start - 4), m_start)):
                continue  # "bằng 28,5% GRDP (kế hoạch từ 34 - 36%)": the whole of a share, not its subject
            if (m_end < anchor and text.find("%", max(0, m_start - 20), m_start) >= 0
                    and _WHOLE_OF_A_SHARE_BEFORE.search(text, max(0, m_start - 20), m_start)):
                continue  # "chiếm 66% tổng giá trị sản xuất công nghiệp, với giá trị đạt ...": the share's whole
            second_count = (m_end <= anchor and text.endswith(" và ", 0, anchor) and "dự án" in tail[:8]
                            and _projects_of_another_origin_next(text, m_end, anchor, tail))
            if m_end <= anchor and m.group().endswith("9 dự án") and not second_count:
                continue  # "thu hút được 32 dự án, điều chỉnh tăng vốn 15 dự án": the alias counted the 32
            if m_end < anchor and m.group().endswith("vốn") and _AN_AMOUNT_NEXT.match(text, m_end):
                continue  # "52 dự án mới với tổng vốn 620 triệu USD và 38 dự án điều chỉnh tăng vốn 740": the 620's
            if (m_end <= anchor and "9 " in m.group()[-24:] and not second_count
                    and _counted_the_same_before(m.group(), tail)):
                continue  # "thành lập mới 24 HTX, củng cố 18 HTX": the alias counted the 24, the 18 is another act's
            if (m_end <= segment_start and "cơ cấu" in text
                    and _STRUCTURE_OF.search(text, max(0, m_start - 16), m_start)):
                continue  # "Trong cơ cấu tổng mức bán lẻ quý I, nhóm ô tô đạt ...": the whole broken down, not the part
            if excluding and m_end <= anchor and _EXCLUDING.match(text, m_end, anchor):
                continue  # "GRDP (trừ dầu khí) tăng 2,4%": not the catalog's whole
            before_contribution = text[max(0, m_start - 30):m_start]
            if (m_end < anchor - 2 and ("vào" in before_contribution or "cho" in before_contribution)
                    and _CONTRIBUTED_TO.search(before_contribution)):
                continue  # "đóng góp 2,3 điểm phần trăm vào tăng trưởng GRDP, ...": the whole contributed to
            before_name = text[max(0, m_start - 12):m_start]
            # (an alias that opens with the number itself, "với 43 dự án ... được cấp phép", counts its
            # own noun: the "với" stands before the number, not before a whole named)
            if (_REFERENCE_BEFORE.search(before_name) and not 0 <= anchor - m_end <= 2 and m_start != anchor
                    and not (m_end <= anchor and (_CHANGE_BETWEEN.match(text, m_end, anchor)
                                                    or (_WITH_BEFORE.search(before_name)
                                                        and _REACH_BETWEEN.match(text, m_end, anchor))))):
                # "chiếm 46% trong tổng dư nợ": the whole it is a share of, not the subject (but "so
                # với mục tiêu tăng trưởng 7%" names the figure right before it)
                continue
            in_tail = m_end > anchor
            if units_after and not in_tail:
                continue
            if m_end <= branch_start:
                continue  # "... 16,57%. Công nghiệp chế biến, chế tạo ..., tăng 13,3%": a branch, not the sector
            if m_end <= clause_start or (measured and m_end <= segment_start
                                           and "9" in window[m_end:segment_start]):
                continue  # (an entry that got its own figure before; "tổng mức bán lẻ hàng hóa, doanh
                # thu dịch vụ đạt" is one name written with a comma)
            if m_start >= about_start:
                distance, in_tail = -1, False  # "tăng 15% về số doanh nghiệp": named as the subject
            elif m_start <= anchor <= m_end:
                if _A_DIGIT.search(text, anchor + 1, m_end):
                    continue  # "tai nạn ... làm 0 người chết và 45 người bị thương": the 45's noun, not this one's
                distance = 0
            elif m_end <= anchor:
                distance = anchor - m_end
            else:
                if m_start - anchor > 30:
                    continue
                # the noun right after the number names what is counted ("43 lượt khách quốc tế");
                # one further along is weaker than a subject just before the number
                near = m_start - anchor <= 12 or _SCALE_AND_UNIT_ONLY.fullmatch(text, anchor + 1, m_start)
                distance = 6 if near else 11
            # at equal distance the longer phrasing is the more specific entry ("công nghiệp -
            # xây dựng" over "công nghiệp")
            candidates.append((distance, m_start - m_end, entry.order, entry.key, in_tail))
            if in_tail and not distance:
                spans_to_its_noun = True
            elif (not in_tail and "9" in m.group()[-30:]
                  and _ENDS_IN_A_COUNT.search(text, max(m_start, m_end - 30), m_end)):
                counted_by_its_end.add(candidates[-1])
            if (m_end <= anchor and _COUNT_RIGHT_BEFORE.search(text, max(0, m_start - 12), m_start)
                    and m.group().startswith(_COUNTED_NOUNS)):
                counted_before.add(candidates[-1])  # "9 lượt khách": the noun an earlier number counted
    named_from = max(clause_start, window.rfind(". ") + 2)
    if counted_before and any(c not in counted_before and not c[4] and anchor - c[0] > named_from
                              for c in candidates):
        # "khách quốc tế ước đạt 15.000 lượt khách, tăng 8,8%": the noun the level counted is not the
        # growth's subject when the clause (within the sentence) named one before it
        candidates = [c for c in candidates if c not in counted_before]
    if spans_to_its_noun and counted_by_its_end:
        # "làm 38 người chết và 45 người bị thương": the 45 counts the noun after it; the name that ends in
        # the 38's noun is that count's, not a subject of the 45's segment
        candidates = [c for c in candidates if c not in counted_by_its_end]
    # the entry the counted noun phrase right after the number names ("31 doanh nghiệp giải thể"), or a name
    # that runs over the number into it ("và trên 120.000 con gia cầm": the herd, after herds of their own)
    named_right_after = min((c for c in candidates if c[4] and c[0] in (0, 6)), key=lambda c: c[:3], default=None)
    if named_right_after is not None and counted_before:
        # "gồm 120.000 lượt khách quốc tế và 1,68 triệu lượt khách nội địa": the noun an earlier number counted is
        # that count's; the one right after this number names it
        candidates = [c for c in candidates if c not in counted_before]
    if any(not c[4] and anchor - c[0] > segment_start for c in candidates):
        # a name in the figure's own segment ("khách quốc tế đạt 2 nghìn lượt khách") outranks the
        # counted noun after it (a name before a comma competes with it by distance)
        candidates = [c for c in candidates if not c[4]]
    best = min(candidates, key=lambda c: c[:3], default=None)
    if best is None or best[0] > 160:
        return "grdp" if metric == "yoy_pct" and _a_province_grows(context or subject) else None
    if not best[4] and unit in ("VND", "USD") and _capital_named_after(tail):
        return None  # "thu hút hơn 469 triệu USD vốn đầu tư FDI": the money names its own subject
    if best[3] in _TRADE_KEYS and _names_a_part_of_the_trade(text, best, anchor, segment_start):
        return None
    if best[3] in ARRIVAL_KEYS and "đoàn" in window[-90:] and _DELEGATION_MEMBERS_BEFORE.search(window[-90:]):
        return None  # "tiếp 186 đoàn khách quốc tế với hơn 1.400 lượt khách": delegation members, no visitors
    if best[3] in ARRIVAL_KEYS and _PER_DAY.search(f"{window[segment_start:]} {tail}"):
        return None  # "số khách du lịch bình quân theo ngày tăng 8,6%": a daily average, not the arrivals
    if best[3] != "grdp_per_capita" and _PER_UNIT_AVERAGE.search(window, segment_start):
        return None  # "vốn đăng ký bình quân một doanh nghiệp ... đạt 13,87 tỷ đồng": a per-unit average
    if best[3] != "grdp_per_capita" and ("quân" in sentence_opening[:40] or "bình" in sentence_opening[:40]) and \
            _AN_AVERAGE_OPENS.match(sentence_opening):
        return None  # "Bình quân mỗi ngày, các cơ sở lưu trú đón 7.600 lượt khách": a day's average, not the period's
    if best[3] == "grdp" and metric == "share_pct":
        return None  # "chiếm tỷ trọng lớn trong cơ cấu GRDP (chiếm 70%)": a part's share of the GRDP, not the GRDP
    # (or the clause after its last ";" opens with it: "Tổng lượt khách ... đạt 6,1 triệu lượt; riêng đặc khu Phú Quốc
    # đón 2,25 triệu lượt, trong đó khách quốc tế ...")
    part_opens = sentence_opening.rfind(";") + 1
    place = _PLACE_PART_OPENS.match(sentence_opening, part_opens)
    if place and sentence_opening[place.end():place.end() + 1].isupper():
        # "Riêng tại đặc khu Phú Quốc, ước tính đón 22.486 lượt khách": a named district's figure ("thành
        # phố" alone is the report's own city)
        return None
    if "cả nước" in window[segment_start:] and _NATIONAL_WHOLE.search(window, segment_start):
        return None  # "cao hơn tốc độ tăng trưởng bình quân của cả nước (đạt 3,72%)": the country's, not the report's
    if ("quốc" in window[segment_start:] or "nước" in window[segment_start:]) and _THE_NATION_OPENS.match(
            window, segment_start):
        return None  # "Cả nước đón 15,4 triệu lượt khách quốc tế": the country is the clause's subject
    sentence_from = max(clause_start, window.rfind(". ") + 2 if ". " in window else 0)
    if sentence_from < segment_start and ("quốc" in window[sentence_from:segment_start]
                                          or "nước" in window[sentence_from:segment_start]):
        nation = _THE_NATION_OPENS.match(window, sentence_from)
        if nation and not _OWN_AREA_NAMED.search(window, nation.end() - 1):
            return None  # "Cả nước ... xảy ra 14.500 vụ tai nạn giao thông, làm chết 7.850 người": still the country's
    # (the whole a part opened by "trong đó" is of is read too: "sản lượng hành khách thông qua cảng đạt 186.500 lượt,
    # trong đó khách quốc tế chiếm 41,2%": a part of the passengers)
    whole_from = max(window.rfind(";") + 1, window.rfind(". ") + 2 if ". " in window else 0)
    if best[3] in ARRIVAL_KEYS and _PASSENGER_WORDS.search(text, whole_from, anchor + 32):
        passengers = list(_PASSENGERS.finditer(text, whole_from, anchor + 32))
        if passengers and not _TOURISM_WORD.search(text, passengers[-1].end(), anchor):
            return None  # "Vận tải hành khách 9 tháng đạt 18,6 triệu lượt khách": passengers carried, not visitors
    if (
        best[3] in ARRIVAL_KEYS
        and (carried := _PASSENGERS.search(subject.lower())) is not None
        and not _TOURISM_WORD.search(subject.lower(), carried.end())
    ):
        return None  # "Vận tải hành khách tháng Tư …; 4 tháng đạt 19,8 triệu lượt khách": the subject carried over
    if best[3] in ARRIVAL_KEYS and ("cảnh" in text[sentence_from:anchor] or "cửa khẩu" in text[sentence_from:anchor]):
        crossers = list(_BORDER_CROSSERS.finditer(text, sentence_from, anchor))
        if crossers and not _TOURISM_WORD.search(text, crossers[-1].end(), anchor):
            return None  # "khách xuất nhập cảnh qua cửa khẩu ... đạt 185.000 lượt": border crossings, not visitors
    if best[3] == "ocop_products" and _PUT_FORWARD.search(window[-60:]):
        return None  # "đề nghị công nhận thêm 2 sản phẩm OCOP": not rated yet
    if best[3] == "ocop_products" and "ocop" in text[sentence_from:] and _OCOP_DONE_WITH.search(text, sentence_from):
        return None  # "37 sản phẩm OCOP được đưa lên sàn thương mại điện tử": a part of them, by what was done
    if best[3] == "livestock_herd" and _animals_counted_but_no_herd(window, tail, best):
        return None  # "tiêm phòng cho 4.500 con lợn": animals counted by what was done to them, not the herd
    if (not best[4] and best[0] > 0 and ("ở" in window[-best[0]:] or "tại" in window[-best[0]:])
            and _SOME_PLACES_WITHIN.search(window, anchor - best[0])):
        return None  # "Tỷ lệ hồ sơ trực tuyến ở 4 xã vùng bãi ngang dưới 60%": some places' figure, not the area's
    if best[3] in _TRAFFIC_KEYS and _another_accident_named_last(window, anchor):
        return None  # "Tai nạn giao thông xảy ra 38 vụ. Tai nạn lao động xảy ra 6 vụ, làm chết 4 người": not traffic's
    if (best[3] == "medical_visits" and not best[4] and anchor - best[0] <= segment_start
            and "trú" in window[segment_start:] and _TREATED_AS_PATIENTS.search(window, segment_start)
            and "chữa" not in window[segment_start:] and "khám" not in window[segment_start:]):
        return None  # "khám bệnh cho 45.200 lượt người, điều trị nội trú cho 5.100 lượt": the inpatients, a part
    if best[3] in _GROUP_KEYS and _A_GROUP_COUNTED.match(tail):
        return None  # "Hỗ trợ 100% hộ nghèo được cấp thẻ BHYT", "cho 64 lượt người nghèo": one group's, a part
    if best[3] == "enterprises_active" and _FIRMS_MET_BEFORE.search(window, max(0, anchor - 160)):
        return None  # "đối thoại chính sách BHXH với 120 doanh nghiệp": the firms a meeting met, not those in operation
    if (not best[4] and anchor - best[0] <= segment_start and window.rstrip().endswith("(")
            and _a_name_right_before_its_bracket(context or subject)):
        # "2.318 người đi làm việc ở nước ngoài, chủ yếu sang Nhật Bản (1.240 người)", "chiếm 41,5% tổng kim ngạch,
        # tiếp theo là Nhật Bản (9,2%)": the named one's part, not the entry named in a segment before
        return None
    if best[3] == "enterprises_active" and best[4] and _FIRMS_OF_A_KIND.match(after.lower()):
        return None  # "có 9 doanh nghiệp khoa học và công nghệ", "4.218 doanh nghiệp, hộ kinh doanh ...": a part
    if (best[3] == "new_enterprises_capital" and "thêm" in window[segment_start:]
            and _CAPITAL_ADDED_WITH.search(window, segment_start)):
        return None  # "tổng vốn đăng ký mới và tăng thêm vào nền kinh tế": new and added capital, not the new firms'
    if (best[3] in ARRIVAL_KEYS and ("tàu" in text[sentence_from:] or "cảng" in text[sentence_from:]
                                     or "thuyền" in text[sentence_from:])
            and _BY_SHIP.search(text, sentence_from)):
        return None  # "Tàu khách du lịch quốc tế cập cảng Hạ Long: 6 chuyến với 11.200 lượt khách": by ship, a part
    if (best[3] == "national_standard_schools" and "trường" not in window[segment_start:]
            and _STANDARD_HOLDER.search(window, segment_start)):
        return None  # "Tỷ lệ xã có trạm y tế đạt chuẩn quốc gia đạt 95%": the health stations' standard, not schools'
    if best[3] == "health_insurance_coverage" and _INSURED_GROUP.search(window, clause_start):
        return None  # "số học sinh, sinh viên tham gia bảo hiểm y tế đạt 97%": a group's rate, not the population's
    if _own_business_before(window, sentence_opening):
        return None  # "Công ty CP Chăn nuôi C.P. có tổng đàn lợn 52.000 con": the company's herd, not the area's
    if best[3] == "crimes_social_order" and _CASE_RESULT_BEFORE.search(window, max(0, anchor - 40)):
        return None  # "Tội phạm về trật tự xã hội xảy ra 45 vụ, điều tra làm rõ 40 vụ": the cases solved
    if "đầu" in window[sentence_from:] and _one_leaders_part(context or subject):
        return None  # "Hàn Quốc dẫn đầu với 14 dự án, vốn đăng ký 210 triệu USD": one partner's part, not the area's
    if best[3] in _BANK_KEYS and _one_banks_business(window, anchor):
        return None  # "Ngân hàng Chính sách xã hội huyện có tổng dư nợ 612 tỷ đồng": one bank's loans, not the area's
    if best[3] == "poverty_rate" and _POVERTY_GROUP.search(
            window, max(clause_start, segment_start) if best[4] else min(max(clause_start, segment_start),
                                                                        anchor - best[0])):
        # "Tỷ lệ hộ nghèo dân tộc thiểu số giảm còn 9,1%": a group's rate, not the place's; its change after a comma
        # ("..., giảm 3,2 điểm phần trăm") too: the group is read from the entry's words on
        return None
    if best[3] == "poverty_rate" and ("cận nghèo" in window[segment_start:] or "cận nghèo" in tail[:14]):
        return None  # "..., hộ cận nghèo là 15,65%", "và 8,1% hộ cận nghèo": the near-poor, named in its own segment
    # (from the name on when it stands in an earlier segment: "Diện tích cây ăn trái 88.900 ha, tăng 2.150 ha" is the
    # change of the standing crop its level is, one subject, one key)
    # (where the name opens: its end is best[0] before the number, its length -best[1])
    crop_start = segment_start if best[4] or best[0] < 0 else min(segment_start, max(0, anchor - best[0] + best[1]))
    if best[3] == "cultivated_area" and _PERENNIAL_CROP.search(window, crop_start) and not (
            "mới" in window[crop_start:] and _NEWLY_PLANTED.search(window, crop_start)):
        return None  # "Diện tích cây điều khoảng 152.007 ha": a standing perennial crop, not an area sown
    if best[3] == "cultivated_area" and _STANDING_AREA.search(window, crop_start):
        return None  # "Diện tích chè hiện có 2.450 ha": the area that stands, not the area sown or planted
    if best[3] == "cultivated_area" and _HARVESTED.match(window, segment_start):
        return None  # "gieo cấy 121.000 ha, thu hoạch 79.600 ha": the area harvested, not sown
    if best[3] == "cultivated_area" and not best[4] and _harvested_in_the_names_clause(window, anchor - best[0]):
        return None  # "đã thu hoạch xong vụ Đông Xuân diện tích 35.008 ha": harvested, not sown
    if best[3] == "investment_projects_approved" and (_ADJUSTED_PROJECTS.match(tail)
                                                      or _PROJECTS_SO_FAR.search(window, max(0, anchor - 80))
                                                      or _PROJECTS_IN_FORCE_AFTER.match(tail)):
        return None  # "172 dự án được cấp điều chỉnh tăng vốn": projects that added capital, not approved ones
    if (best[3] == "grdp" and not best[4] and anchor - best[0] <= segment_start
            and "giá trị sản xuất" in window[segment_start:]):
        return None  # "tăng trưởng đạt 8%, với tổng giá trị sản xuất đạt 12.025 tỷ đồng": its own subject, not the GRDP
    if "giá trị sản xuất" in window and a_sector_of_the_production_value(best[3], window):
        return None  # a sector's part of the production value (giá trị sản xuất), not of the GRDP
    if (best[3] in _SECTOR_KEYS and not best[4] and best[0] >= 0 and "khẩu" in window
            and _TRADED_GOODS_BEFORE.search(text, max(0, anchor - best[0] + best[1] - 40), anchor - best[0] + best[1])):
        return None  # "xuất khẩu nông, lâm, thủy sản đạt 207 triệu USD": the goods exported, not the sector's GRDP
    if best[3] in _SECTOR_KEYS and _SHARE_OF_PRODUCTION_AFTER.search(after):
        return None  # "nông nghiệp chiếm 23,4%; ... 45,0% trong tổng giá trị sản xuất": not the GRDP's structure
    if best[3] in _SECTOR_KEYS and "đầu tư" in sentence_opening and _INVESTED_IN_SECTORS.search(sentence_opening):
        return None  # "Chia theo lĩnh vực, đầu tư vào ngành nông nghiệp chiếm 3%; ...": the investment's sectors
    if best[3] in _SECTOR_KEYS and _another_whole_spread(window):
        # "Lao động có việc làm ... ; trong đó khu vực dịch vụ chiếm 31,6%": the labour force's shares; "Điện thương
        # phẩm cho công nghiệp - xây dựng chiếm 52%": the power sold's
        return None
    if about and _ABOUT_CAPITAL.match(text, about_start) and best[3] in _CAPITAL_OF:
        return _CAPITAL_OF[best[3]]
    if (unit == "pct" and not best[4] and _NOTHING_BUT_A_PART_OPENER.fullmatch(window, segment_start)
            and _OWN_SUBJECT_AFTER_PERCENT.match(after.lower())):
        return None  # "bảo hiểm y tế đạt 96%, 98% hộ gia đình đạt ...": the households' own rate
    if (metric == "share_pct" and not best[4] and _NOTHING_BUT_A_PART_OPENER.fullmatch(window, segment_start)
            and _part_opener_before(window, segment_start) and _PART_NAMED_AFTER_PERCENT.match(after.lower())):
        # "tạo việc làm cho 32.400 lao động, trong đó 48% lao động nữ": the share of a part of the whole, named after
        # the percent; the whole's entry is not its subject (a part that is an entry keeps its own)
        return named_right_after[3] if named_right_after else None
    if (unit == "pct" and not best[4] and window.rstrip().endswith(" và")
            and _OWN_SUBJECT_AFTER_PERCENT.match(after.lower())):
        return None  # "bao phủ BHYT đạt 96% và 45% lực lượng lao động tham gia BHXH": the second rate's own subject
    # (the unit read as written: "HTX", an abbreviation, is no unit lower-cased)
    if not best[4] and unit in _COUNT and _names_its_own_subject(
            _TAIL_END.split(_DENOMINATOR.sub("", after), maxsplit=1)[0][:60]):
        # "04 xã đạt chuẩn nông thôn mới nâng cao", "4.227 hộ kinh doanh đang hoạt động": the
        # counted noun phrase is the subject, and it is not the catalog entry named before it; it may be
        # an entry itself ("128 doanh nghiệp tạm ngừng hoạt động và 31 doanh nghiệp giải thể")
        return named_right_after[3] if named_right_after else None
    return best[3]


# "Tội phạm về trật tự xã hội xảy ra 45 vụ, điều tra làm rõ 40 vụ, bắt giữ 62 đối tượng": a count right after what the
# police did with the cases (solved, broke up, prosecuted; data/words/case_results.csv) is their result, not the
# crimes that occurred
_CASE_RESULT_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + word_source("case_results") + r")(?:\s+(?:được|thêm|và\s+\S+))?"
                                 rf"\s*(?:(?:{HEDGE_WORDS})\s*)?$")


# "Ngân hàng Chính sách xã hội huyện có tổng dư nợ 612 tỷ đồng", "Agribank chi nhánh tỉnh: tổng nguồn vốn huy động
# đạt ...": the credit, deposits or bad debt of one bank named in the figure's sentence are that bank's business, not
# the totals of every credit institution of the area (data/words/single_banks.csv; the State Bank's branch that
# reports those totals is none of them)
_BANK_KEYS = frozenset({"bank_credit", "bank_deposits", "bad_debt"})
_SINGLE_BANK = word_pattern("single_banks")


# "Công ty CP Chăn nuôi C.P. Việt Nam tại tỉnh có tổng đàn lợn ...", "HTX Tân Lợi có diện tích gieo trồng ...", "Hội
# chợ OCOP trưng bày 300 sản phẩm OCOP": the figure of one enterprise named in its sentence (an enterprise's noun
# and its name, in capitals), or of a fair, is that one's own, not the catalog entry of the report's area
# (data/words/own_business.csv; "theo Công ty ..., ..." only says who counted, and one that speaks of
# "toàn tỉnh" after the name gives the area's)
_OWN_BUSINESS = {kind: re.compile(r"(?<![^\W\d_])(?:" + pattern.pattern + r")(?![^\W\d_])", re.IGNORECASE)
                 for kind, pattern in keyed_word_patterns("own_business", "kind")}
_OWN_BUSINESS_WORDS = {kind: lowered_literal_scan(pattern) for kind, pattern in _OWN_BUSINESS.items()}
# a company's form or trade before its name ("Công ty CP Chăn nuôi C.P.", "Công ty TNHH MTV Lâm nghiệp Yên Sơn")
_BUSINESS_FORM = re.compile(r"\s*(?:(?:cp|tnhh|mtv|cổ\s+phần|trách\s+nhiệm\s+hữu\s+hạn|một\s+thành\s+viên|"
                            r"chăn\s+nuôi|lâm\s+nghiệp|nông\s+nghiệp|giống|thủy\s+sản|phòng\s+hộ|đặc\s+dụng)(?![^\W\d_])\s*)*",
                            re.IGNORECASE)
_NAMED_BY_ATTRIBUTION = re.compile(r"(?:theo|từ)\s+$", re.IGNORECASE)
_THE_WHOLE_AREA = re.compile(rf"toàn\s+(?:{UNIT_WORDS})|cả\s+tỉnh|trên\s+địa\s+bàn"
                             r"|cho\s+biết|thông\s+tin|báo\s+cáo", re.IGNORECASE)


def _animals_counted_but_no_herd(window: str, tail: str, best: tuple[int, int, int, str, bool]) -> bool:
    """Is the herd named only by a count of animals ("N con lợn", the number's own or one before it) in a clause that
    speaks of no herd or rearing and says no place has them (``_HERD_SPOKEN_OF``), or by animals harmed after the
    number ("Có 1.250 con bò mắc bệnh")? The herd named as such ("Tổng đàn lợn đạt ...") is always the herd."""
    anchor = len(window)
    name_start = anchor if best[4] or best[0] <= 0 else anchor - best[0] + best[1]
    if name_start < anchor and not window[name_start].isdigit():
        return False
    if name_start == anchor and _ANIMALS_HARMED_AFTER.match(tail):
        return True
    return not _HERD_SPOKEN_OF.search(window, max(window.rfind(". "), window.rfind(";")) + 1, name_start)


def _own_business_before(window: str, sentence_opening: str) -> bool:
    """Does the figure's sentence (the end of ``sentence_opening``, as written, up to the number) name an
    enterprise or a fair whose own figure it gives? (``window``, lower-cased, for the cheap test first.)"""
    kinds = [kind for kind, scan in _OWN_BUSINESS_WORDS.items() if scan.search(window)]
    if not kinds:
        return False
    start = sentence_opening.rfind("\n") + 1  # (the sentence itself: a name may hold ". ", "C.P. Việt Nam")
    for kind in kinds:
        for m in _OWN_BUSINESS[kind].finditer(sentence_opening, start):
            if _NAMED_BY_ATTRIBUTION.search(sentence_opening, max(start, m.start() - 6), m.start()):
                continue
            if _THE_WHOLE_AREA.search(sentence_opening, m.end()):
                continue
            name = sentence_opening[_BUSINESS_FORM.match(sentence_opening, m.end()).end():].lstrip()
            if kind == "any" or name[:1].isupper():
                return True
    return False


# "Hàn Quốc dẫn đầu với 14 dự án, vốn đăng ký 210 triệu USD", "…; Nhật Bản đứng đầu về vốn với …": the clause of one
# partner named as leading the ranking, its figures that one's part of the whole (not the province's own name, "Bắc
# Ninh dẫn đầu cả nước về …", nor the area or a branch, "Tỉnh dẫn đầu …", "Toàn ngành đứng đầu …")
_ONE_LEADER_OPENS = re.compile(r"(?:^|[,;:\n]|\.\s)\s*(?:(?:trong\s+đó|riêng)\s*,?\s+)?"
                               rf"(?!(?:{unit_words_source('province', 'district')}|toàn|cả|ngành)\s)"
                               r"(?P<name>[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3})\s+(?:dẫn|đứng)\s+đầu\b"
                               r"[^;.]*$", re.IGNORECASE)


def _one_leaders_part(context: str) -> bool:
    """Is the figure (at the end of ``context``, as written) in the clause of one partner said to lead the ranking?"""
    leader = _ONE_LEADER_OPENS.search(context[-200:])
    return leader is not None and leader["name"][:1].isupper() and not find_provinces(leader["name"])


def _one_banks_business(window: str, anchor: int) -> bool:
    """Does the figure's sentence (of the lower-cased ``window``), up to the number at ``anchor``, name one bank?"""
    stop = window.rfind(". ", 0, anchor)
    start = max(stop + 2 if stop >= 0 else 0, window.rfind("\n", 0, anchor) + 1)
    return _SINGLE_BANK.search(window, start, anchor) is not None


# "các tổ chức tín dụng", "TCTD", "toàn ngành ngân hàng", "các ngân hàng": a credit figure's own words that speak of
# every lender
_EVERY_LENDER = re.compile(r"tổ\s+chức\s+tín\s+dụng|(?<![^\W\d_])tctd|ngành\s+ngân\s+hàng|ngân\s+hàng\s+thương\s+mại"
                           r"|(?:các|những)\s+ngân\s+hàng", re.IGNORECASE)


def lent_by_a_bank_named_before(key: str | None, sentence_before: str, own_sentence: str) -> bool:
    """Is the credit, deposit or bad-debt figure whose sentence (``own_sentence``, up to the number) names neither the
    whole area nor every lender the business of the one bank ``sentence_before`` names? ("Chi nhánh Ngân hàng Chính
    sách xã hội tỉnh mở rộng cho vay. Tổng dư nợ đạt 4.350 tỷ đồng": that bank's loans, not the area's credit)"""
    return (key in _BANK_KEYS and _SINGLE_BANK.search(sentence_before.lower()) is not None
            and _THE_WHOLE_AREA.search(own_sentence) is None and _EVERY_LENDER.search(own_sentence) is None)


def a_part_of_the_trade_through_the_border(key: str | None, whole_sentence: str) -> bool:
    """Is the trade figure an item of the breakdown ("Trong đó, xuất khẩu đạt ...") of the sentence before,
    ``whole_sentence``, whose whole is the trade through the border gates ("tổng kim ngạch xuất nhập khẩu qua các cửa
    khẩu trên địa bàn đạt 5,2 tỷ USD")? The gates' trade is no entry of the province, and neither are its parts."""
    return (key in _TRADE_KEYS and "khẩu" in whole_sentence
            and _TRADE_THROUGH_BORDER.search(whole_sentence.lower()) is not None)


def _harvested_in_the_names_clause(window: str, name_end: int) -> bool:
    """Does the clause that names the area, from its start up to the number, say it was harvested?"""
    if "thu hoạch" not in window:
        return False
    clause_start = max(window.rfind(mark, 0, name_end) for mark in (",", ";", ":", ". ")) + 1
    return _HARVEST_NOT_SOWN.search(window, clause_start) is not None


def _names_a_part_of_the_trade(text: str, best: tuple[int, int, int, str, bool], anchor: int,
                               segment_start: int) -> bool:
    """Does the figure's own segment, or the words between the trade entry's name and the number,
    name a market or the trade balance ("thị trường EU đạt", "xuất siêu hơn")?"""
    if best[4] and best[0]:  # the name after the number ("2 tỷ USD kim ngạch xuất khẩu"): its segment is its own
        return False  # (a name read over the number, "gỗ xuất khẩu ước đạt 0", is still before it)
    name_end = anchor - best[0]
    return _TRADE_PART.search(text, min(segment_start, name_end), anchor) is not None


# "... giúp Quảng Ngãi tăng trưởng 10,02%": a province that grows names its GRDP growth (also when an
# estimate word stands before the verb: "Lào Cai ước tăng trưởng 8,5%", "dự kiến tăng trưởng")
_PLACE_GROWS = re.compile(r"([A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,2})\s+(?:đã\s+|vẫn\s+)?"
                          r"(?:ước\s+(?:tính\s+)?|dự\s+(?:kiến|ước|báo)\s+)?tăng\s+trưởng\s*"
                          rf"(?:(?:đạt|ước\s+đạt|{HEDGE_WORDS}|ở\s+mức|tới)\s*)*$")


def _a_province_grows(before: str) -> bool:
    """Does the text before a growth rate end with a province that grows ("Quảng Ngãi tăng trưởng ")?"""
    if "tăng" not in before[-40:]:
        return False
    m = _PLACE_GROWS.search(before[-80:])
    return bool(m) and bool(find_provinces(m.group(1)))


_CAPITAL_AFTER = re.compile(r"\s*vốn\b")


def _capital_named_after(tail: str) -> bool:
    """Does the money go on with the capital it is ("469 triệu USD vốn đầu tư FDI")?"""
    if "vốn" not in tail[:30]:
        return False
    reading = read_unit(" " + tail)
    return bool(_CAPITAL_AFTER.match(tail[max(0, reading.length - 1):] if reading else tail))


_FUNCTION_WORDS = {"và", "là", "với", "của", "cho", "trên", "tại", "đạt", "tăng", "giảm", "so", "bằng", "chiếm",
                   "được", "các", "đã", "trong", "đó", "ra", "vào"}


# (words that only describe what the unit counts: "5 triệu con vật nuôi các loại" are the animals the herd counts)
# ("16.200 lượt lao động": the workers a job count counts in "lượt")
# ("5.420 lượt bệnh nhân": the patients the medical visits count)
# (and the projects' capital's origin: "6 dự án FDI", "dự án có vốn đầu tư nước ngoài", "dự án ngoài ngân sách")
# (and who runs the schools counted: "số trường đạt chuẩn quốc gia là 87/94 trường công lập", the schools the subject
# named, public ones)
_DESCRIPTORS = re.compile(r"^\s*(?:đầu\s+tư|các\s+loại|gia\s+đình|cá\s+nhân|mới|người|khách|vật\s+nuôi|lao\s+động|"
                          r"bệnh\s+nhân|người\s+bệnh|fdi|ddi|(?:có\s+)?vốn\s+(?:đầu\s+tư\s+)?(?:trực\s+tiếp\s+)?"
                          r"nước\s+ngoài|nước\s+ngoài|trong\s+nước|ngoài\s+ngân\s+sách|(?:ngoài\s+)?công\s+lập|tư\s+thục)\b")

_LOWER_WORD = re.compile(r"[a-zà-ỹđ]+")


def _counted_the_same_before(alias: str, tail: str) -> bool:
    """Does an alias that ends in an earlier count ("thành lập mới 9 htx") end in the noun the figure counts
    (" htx, ...")? Then it named that count, and the figure after it, with a verb of its own, is not of its
    entry. (Only the same noun: "3 xã đạt chuẩn, nâng tổng số lên 120 xã" counts on the same entry.)"""
    noun = alias[alias.rfind("9 ") + 2:]
    return (bool(noun) and not noun[0].isdigit() and alias[alias.rfind("9 ") - 1:alias.rfind("9 ")] in ("", " ")
            and tail.lstrip().startswith(noun) and not tail.lstrip()[len(noun):len(noun) + 1].isalpha())


def _names_its_own_subject(tail: str) -> bool:
    """Does the counted noun go on into a noun phrase of its own ("hộ kinh doanh đang hoạt động")? (``tail``
    as written: its unit is read before it is lower-cased.)"""
    compound = read_compound(" " + tail)  # "7 triệu 520 nghìn con": both scales and the unit are the number's
    reading = compound.reading if compound else read_unit(" " + tail)
    rest = (tail[max(0, reading.length - 1):] if reading else tail).lower()
    if _DESCRIPTORS.match(rest) or rest.lstrip().startswith(")"):
        # ("(tăng 3 dự án) sản xuất ...": the bracket closes the count; what follows is another matter)
        return False
    if _STANDARD_REACHED.match(rest):
        return True
    words = _LOWER_WORD.findall(rest)
    if words[:1] == ["đã"]:
        # "5 dự án đã khởi công": what the counted things did, a verb after its tense, is a subject of their own
        return len(words) > 1 and words[1] not in _FUNCTION_WORDS
    return bool(words) and words[0] not in _FUNCTION_WORDS


def _entries_whose_words_stand_in(text: str, unit: str, metric: str) -> list[CatalogEntry]:
    """The entries, in row order, that a figure of this unit and metric fits and whose aliases may match in ``text``:
    it holds one of their literals and all the words of one of their phrasings (the others have no match in it)."""
    named = []
    for entry in _fitting(unit, metric):
        if entry.literals is not None:
            for literal in entry.literals:  # (a loop, not any(): asked ~50 times for every figure)
                if literal in text:
                    break
            else:
                continue  # no alias of the entry can match
        if entry.phrasing_words is not None:
            for words in entry.phrasing_words:
                for word in words:
                    if word not in text:
                        break
                else:
                    break  # (a phrasing whose words are all there: scan)
            else:
                continue  # every phrasing lacks a word its matches hold
        named.append(entry)
    return named


# (kept across reports, bounded: the answer depends on the unit and metric alone, whose vocabularies are the schema's,
# ~180 pairs; emptied at each report it was worked out again ~10 times a report, 147,720 tests of an entry for the 200
# corpus reports)
@functools.lru_cache(maxsize=256)
def _fitting(unit: str, metric: str) -> tuple[CatalogEntry, ...]:
    """The catalog entries, in row order, that a figure of this unit and metric fits."""
    return tuple(entry for entry in CATALOG if fits(entry, unit, metric))


def fits(entry: CatalogEntry, unit: str, metric: str) -> bool:
    """Can a figure in ``unit`` with ``metric`` be a figure of the entry? Percentages of change,
    plan and share fit any entry; a level or target must be in one of the entry's units. The unit
    ``pct_target`` lets an amount entry take a target in percent: its planned growth ("Dịch vụ tăng
    8,3% (kế hoạch tăng 7,9-8,7%)") and the change of its share in points ("nông nghiệp chiếm 17,4%, giảm
    1,2%"), while a level in percent (a contribution) stays off it."""
    return (metric in PERCENT_METRICS or unit in entry.units
            or (metric in ("target", "yoy_abs") and unit == "pct" and "pct_target" in entry.units))


_COMPARATIVE_WORDS = word_source("comparatives")
# (also after an opening bracket: "tổng kim ngạch xuất nhập khẩu (tăng 1,3 lần)")
_LEAD_VERB_PHRASES = (
    # ("Số hộ gia đình văn hóa đạt tỷ lệ 88%", ", đạt tỷ lệ 96,6%": "the rate" after its verb names no subject)
    # (", tỷ lệ 94,4%" after the part of a whole it is the rate of: the bare word names no subject either, unless a
    # word leads to it: "tinh giản biên chế theo tỷ lệ 10%")
    r"(?:đạt|với|chiếm)\s+(?:mức\s+)?t[ỷỉ]\s+lệ|(?<![^\W\d_]\s)t[ỷỉ]\s+lệ|"
    # ("Tỷ lệ hộ nghèo giảm từ 4,12% xuống còn 2,85%": the start of a change is said with its verb and "from")
    r"(?:tăng|giảm)\s+từ|"
    # ("Hộ nghèo giảm xuống còn 3,1%", "tăng lên 15 xã": the direction of the change is no part of the subject)
    r"(?:tăng|giảm)\s+(?:xuống|lên)|"
    # ("..., nâng tổng số lên 47 sản phẩm", "nâng tổng số trường đạt chuẩn lên 410 trường": the running total a clause
    # raises is the subject before it, or the words between "nâng" and "lên"; the raising is no part of it)
    r"nâng(?:\s+tổng)?(?:\s+số)?\s+lên|"
    r"dự\s+ước\s+(?:đạt|tính|thực\s+hiện)|ước\s+đạt|dự\s+ước|ước\s+tính|ước\s+thực\s+hiện|ước|đạt\s+được|đạt|là|có|được|gồm|gấp|"
    # ("Xuất khẩu 12 tháng trị giá 312 triệu USD", "Tỷ lệ hộ nghèo kéo giảm 1,2%": the value said
    # of goods and the bringing down of a rate are verbs of the figure; what they measure is the noun
    # before them or after the number; "tổng trị giá" is the total's name)
    r"(?<!tổng\s)trị\s+giá|kéo\s+giảm|"
    # ("quý IV sơ bộ tăng 8,9%", "năm 2024 chính thức tăng 7,1%": how final a figure is names no subject; "kim ngạch
    # xuất khẩu vượt 12% kế hoạch": nor does the excess over a plan; "không chính thức" is a noun's adjective, "chỉ số
    # thành phần chi phí không chính thức đạt 7,2 điểm")
    r"sơ\s+bộ|(?<!không\s)chính\s+thức|vượt|"
    # ("CPI tháng 6 âm 0,2%", "tăng trưởng âm 1,5%": the sign said in a word is no part of the subject)
    r"âm|"
    # ("Giá lúa dao động từ 6.800 đến 7.200 đồng/kg", "dao động trong khoảng 15.000 - 20.000": how a price moves
    # within a range is no part of what moves)
    r"dao\s+động(?:\s+trong)?|"
    # ("tỷ lệ che phủ rừng ổn định ở mức 50,5%", "duy trì ở mức 42%", "giữ vững ở mức ...": a level held, as a plan says
    # it, is no part of what is held; without "ở mức" the verb may be what a count counts: "đang duy trì 05 mô hình")
    r"(?:duy\s+trì|giữ\s+vững|giữ|ổn\s+định)(?:\s+ổn\s+định)?\s+ở\s+mức|ở\s+mức|"
    # ("Năng suất lúa ước đạt từ 58 tới 60 tạ/ha": the low end's "from" is no part of the subject; "kể từ" opens a day)
    r"(?<!kể\s)từ|"
    # ("Có không dưới 1.200 doanh nghiệp", "chưa đầy 500 hộ", "ít nhất 20 xã": a bound is the figure's qualifier, no
    # part of what it counts)
    + BOUND_WORDS + "|"  # (data/words/bounds.csv)
    # ("thuế giá trị gia tăng": the last word of the tax's name, no verb)
    r"khoảng|gần|xấp\s+xỉ|hơn|trên|dưới|với|còn|(?<!trị\sgia\s)tăng|giảm|bằng|chiếm|tụt(?:\s+(?:xuống|giảm))?|vươn\s+lên|"
    # ("Giá trị thực hiện ước đạt ...", "Khối lượng thực hiện đạt ...": the value or amount done names the subject)
    r"(?<!trị\s)(?<!lượng\s)thực\s+hiện|hiện\s+có|tổng\s+số|đến\s+nay|"
    r"hiện\s+nay|"
    # ("Tỷ lệ hộ nghèo của tỉnh hiện còn 0,95%": "now" after a subject is no part of it; "thực hiện", "phát hiện"
    # are, and so is "thời điểm hiện tại"; "Hiện hơn 700 cán bộ" opening the clause leaves the noun after to name it)
    r"(?<=\w\s)(?<!thực\s)(?<!phát\s)(?<!xuất\s)(?<!thể\s)(?<!biểu\s)(?<!điểm\s)hiện(?:\s+tại)?|toàn\s+tỉnh|cả\s+tỉnh|trong\s+đó|cho|tại|của|(?<!doanh\s)(?<!hè\s)thu|vào|xảy\s+ra|ra|đã|và|"
    # ("Giá trị sản xuất nông nghiệp cao hơn 12%", "thấp hơn cùng kỳ 2,4%", "nhiều hơn cùng kỳ 120 tỷ đồng", "ít hơn
    # cùng kỳ 45 doanh nghiệp", "lớn hơn cùng kỳ năm trước 8.000 tấn": a comparison is no part of the subject)
    # ("lớn hơn năm trước 14.000 tỷ đồng", "cao hơn tháng trước 2%": the base said as the time before)
    # ("giảm hơn cùng kỳ 3,5%", "vượt cùng kỳ 9,1%", "hơn cùng kỳ 35 doanh nghiệp", "thấp hơn cùng kỳ năm 2025 là 6 vụ",
    # "nhiều hơn năm 2025 khoảng ...": the verb of a change before "hơn", the excess, and a base named by its year too)
    # (the comparatives are the figures' table, data/words/comparatives.csv)
    # ("Tỷ lệ hộ nghèo không cao hơn 2%", "tỷ lệ che phủ rừng không thấp hơn 60%", "không vượt 5%": a bound set by a
    # negated comparison, its "không" no part of the subject either)
    r"(?:không\s+)?(?:(?:" + _COMPARATIVE_WORDS + r"|tăng|giảm)\s+hơn|hơn|vượt)(?:\s+(?:so\s+với\s+)?(?:cùng\s+kỳ"
    r"(?:\s+năm\s+(?:trước|ngoái|(?:19|20)\d\d))?|(?:năm|tháng|quý|kỳ)\s+(?:trước|ngoái|(?:19|20)\d\d)))?|"
    # ("..., chỉ còn 1,2%": "only" before the verb is no subject; "địa chỉ", "chứng chỉ" are nouns, and so is
    # "doanh thu" above: "thu" alone is collecting; "lúa Hè Thu" names a season)
    r"(?<!địa\s)(?<!chứng\s)chỉ|"
    # ("kim ngạch xuất khẩu tương ứng đạt 410 ... và 455 triệu USD": the list's marker is no part of the subject)
    r"lần\s+lượt|tương\s+ứng")
_LEAD_VERBS = re.compile(r"(?:\s|^|\()(?:" + _LEAD_VERB_PHRASES + r")\s*$", re.IGNORECASE)
# How far from its end a match of _LEAD_VERBS opens in a single-spaced text: the opening space or bracket,
# the widest phrase written with single spaces, one trailing space (read from the parser's tree).
_LEAD_VERB_REACH = 2 + _parser.parse(_LEAD_VERB_PHRASES.replace(r"\s+", " ")).getwidth()[1]
# The characters a match of _LEAD_VERBS can end on before its trailing spaces (read from the pattern): a text whose
# last character before its trailing spaces is none of them holds no match (about half the segments a search leaves)
_LEAD_VERB_ENDING = ending_before_spaces(_LEAD_VERBS)
# _LEAD_VERBS as the engine tries it fastest, with the same matches: its phrases one branch per way of writing their
# first letter (scanning.caseless_prefixed, which keeps the branches of a letter in their order), so that after a space
# only the phrases that open with the letter written there are tried, not all ~60 case-insensitively (~3x faster)
_LEAD_VERB_PHRASES_BY_LETTER = caseless_prefixed(re.compile("(?:" + _LEAD_VERB_PHRASES + ")", re.IGNORECASE))
_LEAD_VERBS_TRIED = _LEAD_VERBS if _LEAD_VERB_PHRASES_BY_LETTER is None else re.compile(
    r"(?:\s|^|\()(?:" + _LEAD_VERB_PHRASES_BY_LETTER.pattern + r")\s*$")
_STRIP = " \t\n,;:.-–+•*()\"“”'"
# "a) ", "2.1. ", "IV. " opening an item of a list
_LIST_MARKER = re.compile(r"\A" + NUMBERED_MARK + r"\s+")
# "Và giảm ở ngành sản xuất điện (20,4%)": the direction a listed item was introduced with is no part of its name
# "Phấn đấu tổng vốn đầu tư ...": the aim a plan's subject is said with is no part of it
# ("Dự kiến giá trị sản xuất công nghiệp đạt 24.000 tỷ đồng": what is expected is said of the subject after it too)
_LEADING_AIM = re.compile(r"^(?:[Pp]hấn\s+đấu|[Dd]ự\s+kiến)\s+(?:(?:để|đạt|đến)\s+)?")
_LEADING_CHANGE = re.compile(r"^(?:và\s+)?(?:tăng|giảm)\s+(?:ở|tại)\s+", re.IGNORECASE)


# a month or a quarter named by its word ("tháng Mười", "tháng Giêng", "tháng mười một", "quý Ba"): the number words,
# the two months past ten first, and the names of the first and last month
_MONTH_OR_QUARTER_WORD = r"(?:mười\s+(?:một|hai)|giêng|chạp|" + "|".join(NUMBER_WORDS) + r")(?!\w)"


# "Lũy kế 8 tháng năm 2014 đạt ...", "Tính chung 2 tháng đầu năm của tỉnh này đạt ...": a sentence
# that names only its period goes on with the subject of the sentence before it
# ("(CPI) bình quân 9 tháng tăng 3,2%": an average over a period alone names the subject before it, too)
_PERIOD_ONLY = re.compile(
    # ("Ước thực hiện 6 tháng đạt ...", "Thực hiện quý I đạt ...": the months done, under a heading naming the entry)
    r"^(?:(?:(?:dự\s+)?ước\s+)?thực\s+hiện\s+|ước\s+tính\s+)?"
    # ("Riêng tháng 9 đạt 290 triệu USD", "riêng quý III đón 1,6 triệu lượt": a part of the months before, singled out)
    r"(?:riêng\s+)?"
    r"(?:l[ũu]y\s+k[ếê]|lu[ỹy]\s+kế|tính\s+chung|cộng\s+dồn|(?:tính\s+)?từ\s+(?:đầu\s+năm|tháng)|(?:trong\s+)?\d+\s+tháng"
    # ("Quý Ba đạt 850 nghìn lượt", "Tháng Mười ước đạt ...": the quarter or month said as a word, a part of the entry)
    r"|quý(?:\s+" + _MONTH_OR_QUARTER_WORD + r")?|tháng\s+" + _MONTH_OR_QUARTER_WORD
    + r"|bình\s+quân(?=\s+(?:\d+\s+tháng|quý|năm)\b)"
    # ("Cả năm 2026 ước đạt 61 tỷ USD", "Năm 2026 ước đạt ...": the whole year, going on with the entry before)
    r"|cả\s+năm|năm(?=\s+\d{4}$)"
    # ("Cả 6 tháng ước đạt 2,4 tỷ USD", "Tính chung cả 9 tháng tăng 8,1%": the months so far, as "6 tháng" alone)
    r"|cả(?=\s+\d+\s+tháng\b)"
    # ("Tháng 9 đạt 290 triệu USD" after the months so far: one month of the entry before)
    r"|tháng(?=\s+\d{1,2}\b)"
    # ("; giai đoạn 2021 - 2025 tăng bình quân 10,4%/năm": a term, and the average a change is taken over it)
    r"|(?:bình\s+quân\s+)?giai\s+đoạn(?=\s+\d{4}))"
    r"(?:[\s/.-]+(?:\d+|tháng|quý|năm|đầu|cuối|qua|hết|từ|đến|nay|[ivx]+|của|tỉnh|này|toàn|cả|thành\s+phố))*"
    r"(?:\s+giá\s+trị|(?:\s+(?:tăng|giảm))?\s+bình\s+quân(?:\s+(?:mỗi|hằng|hàng)\s+năm)?)?$",
    # ("luỹ kế 9 tháng giá trị ước đạt": "the value" names no subject of its own)
    re.IGNORECASE)


def _ends_a_name(text: str, space: int) -> bool:
    """Is the word after the space at ``space`` a capitalised word after a capitalised one ("Tỉnh Cao Bằng đạt"), the
    end of a name, though a verb is written with it ("bằng")?"""
    word = text[space + 1:space + 3]
    return (text[space:space + 1] == " " and word[:1].isupper() and word[1:2].islower()
            and text[text.rfind(" ", 0, space) + 1:space][:1].isupper())


# (own_subject, names_only_a_period and subject_label ask for the same segment of one figure, and the
# figures of a clause for the same clause: 55,700 asks over the 200 corpus reports are 26,107 texts)
@per_document(maxsize=None)
def _without_lead_verbs(segment_before: str) -> str:
    """The segment with its trailing verbs and qualifiers taken off ("... ước đạt khoảng " → "..."),
    spaces collapsed."""
    # The spaces are collapsed first, and each match is looked for only in the last _LEAD_VERB_REACH
    # characters: the same text as collapsing, then stripping the whole text (a phrase a word before it keeps,
    # "sản lượng thực hiện", is told by the one space between them), and every match runs to the text's end ("\s*$"),
    # so a sub takes off text[m.start():] of the leftmost match; collapsed, that match opens at most
    # _LEAD_VERB_REACH characters from the end. (A whitespace character a strip leaves at the end
    # before collapsing is only the trailing space the final strip takes off.)
    text = _single_spaced(segment_before)
    for _ in range(6):
        # (the last character before the trailing space, if any, must be one a match can end on: collapsed, the
        # text ends in at most one space, and an empty text or a lone space holds no match, "\s" or "^" and a word)
        last = text[-2:-1] if text[-1:] == " " else text[-1:]
        if not last or _LEAD_VERB_ENDING.match(last) is None:
            break
        # (from a later position "^" no longer matches there: it matches only at the text's start)
        lead = _LEAD_VERBS_TRIED.search(text, max(0, len(text) - _LEAD_VERB_REACH))
        if lead is None or _ends_a_name(text, lead.start()):
            break
        text = text[:lead.start()]
    text = _stripped_keeping_a_closing_quote(text)
    # (both patterns match only at the text's start, "\A" and "^" without MULTILINE, and never empty: taking off the
    # match at 0 is their substitution, without a try at every other place)
    if text[:1].isalnum() and (marker := _LIST_MARKER.match(text)) is not None:
        text = text[marker.end():]  # "a) Tốc độ tăng trưởng ...": an item's mark, no part of its name
    change = _LEADING_CHANGE.match(text)
    if change is None and text[:1] in "PpDd" and (aim := _LEADING_AIM.match(text)) is not None and len(
            rest := text[aim.end():]) >= 3 and _has_a_subject_word(rest):
        return rest  # "Phấn đấu tốc độ tăng trưởng GRDP cả năm đạt 10%": the aim is said of the subject after it
    return text[change.end():] if change is not None else text


def _stripped_keeping_a_closing_quote(text: str) -> str:
    """The text without the marks at its ends, but the quote that closes a title quoted inside it ('Tỷ lệ hộ đạt danh
    hiệu "Gia đình văn hóa" đạt' keeps its last '"'; a quote with none opened before it goes), or the bracket that
    closes one opened inside it."""
    stripped = text.strip(_STRIP)
    if not stripped or text[-1:].isalnum():
        return stripped
    end = len(text) - len(text.lstrip(_STRIP)) + len(stripped)  # (where the stripped text ends in the text)
    close = text[end:end + 1]
    if (close == '"' and stripped.count('"') % 2 == 1) or (close == "”" and stripped.count("“") > stripped.count("”")) \
            or (close == ")" and stripped.count("(") > stripped.count(")")):
        return stripped + close  # (and the bracket that closes one opened inside it: "tỉnh Tiền Giang (cũ)")
    return stripped


def _single_spaced(text: str) -> str:
    """``_SPACES.sub(" ", text)``: each run of whitespace one space."""
    # A text every character of which is printable holds no whitespace but the ASCII space (every other character
    # str.isspace accepts, which is what \s matches, is a control character or a separator, which str.isprintable
    # refuses); with no two spaces in a row, each run is one space already and the substitution, which makes a
    # match and a piece of the new text of every space, would give the text back.
    if text.isprintable() and "  " not in text:
        return text
    return _SPACES.sub(" ", text)


def names_only_a_period(segment_before: str) -> bool:
    """Does the segment name only its period ("Lũy kế 8 tháng năm 2014 đạt khoảng ")?"""
    return bool(_PERIOD_ONLY.match(_without_lead_verbs(segment_before)))


def names_nothing(segment_before: str) -> bool:
    """Does the segment hold only the verbs a figure is said with, or nothing ("Ước đạt ", "Tăng ")? Its subject is
    named elsewhere (a heading line above it)."""
    return not _without_lead_verbs(segment_before).strip()


_SENTENCE_END = re.compile(r"[.!?…]\s+")
_OPENS_A_PART = re.compile(r"\s*(?:trong\s+đó|riêng)\b", re.IGNORECASE)
# ("tăng trưởng kinh tế": the noun of growth opens a subject, it is no verb; "Chỉ số PCI tụt 5 bậc", "vươn lên 12 bậc":
# a rank's fall or rise is said with verbs of their own, "tụt hậu" is lagging, a noun)
_FIRST_VERB = re.compile(r"\s(?:ước\s+đạt|ước\s+tính|đạt|là|có|tăng(?!\s+trưởng)|giảm|bằng|chiếm|tụt(?!\s+hậu)|"
                         r"vươn\s+lên)\s")


def opening_subject(text_before: str) -> str:
    """The words the last sentence of ``text_before`` opens with, up to its first verb: the
    subject a following sentence that names only its period goes on with."""
    sentences = [part for part in _SENTENCE_END.split(text_before.rstrip()) if part.strip()]
    if len(sentences) > 1 and _OPENS_A_PART.match(sentences[-1]):
        sentences.pop()  # "... đạt 53.750 tấn. Trong đó, tôm 20.820 tấn. Lũy kế 7 tháng đạt ...": the whole's sentence
    if not sentences:
        return ""
    return _FIRST_VERB.split(sentences[-1], maxsplit=1)[0][-160:]


# "giảm 4,3% so với tháng trước và tăng 17,2% so với cùng kỳ": the words between the two changes are
# only the first change's base; the two changes share the subject named before them
_BASE_OF_A_CHANGE_ONLY = re.compile(
    r"^so\s+với\s+(?:tháng|quý|năm|kỳ|cùng\s+kỳ|đầu\s+năm|cuối\s+năm)(?:\s+(?:trước|này|năm\s+trước|\d+))?"
    r"(?:\s+và)?$", re.IGNORECASE)


def only_the_base_of_a_change(words: str) -> bool:
    """Are the words only the base a change was measured on ("so với tháng trước"), no subject?"""
    text = _without_lead_verbs(words)
    # ("so với tháng 12 năm trước tăng 2,35%": after the month's number only "năm trước" is left of the base)
    return bool(_BASE_OF_A_CHANGE_ONLY.match(text) or _BASE_WORDS_ONLY.match(text))


# (a pure function of the segment: the figures of a clause ask for the same one, 38,182 asks over the 200 corpus
# reports are 23,026 segments of their report)
@per_document(maxsize=None)
def own_subject(segment_before: str) -> str:
    """The subject written in the figure's own segment, or "" when the segment opens with a verb
    or names only a period."""
    text = _without_lead_verbs(segment_before)
    if _PERIOD_ONLY.match(text):
        return ""
    if any(char.isdigit() for char in text[-80:]):  # (a period's number stands between the subject and its owner)
        text = _without_the_period_before_its_owner(text)
    if "th" in text or "qu" in text or "năm" in text or "kỳ" in text:  # (a period's words: "tháng", "quý", "năm", "kỳ")
        if _BASE_WORDS_ONLY.match(text):
            return ""  # "so với tháng 12 năm trước tăng 2,35%": the base of a change names no subject
        # a label is the subject phrase without its period: "Kim ngạch xuất khẩu 8 tháng" → "Kim ngạch xuất
        # khẩu", "tháng giải quyết việc làm" (the "10" of "10 tháng" cut off as a number) → "giải quyết việc làm"
        bare = _without_the_period_around(text).strip(" ,;:-–")
        # (what the period leaves must name a subject: "dự ước 6 tháng" leaves only a verb)
        # (taken off at its ends, a text with its spaces collapsed keeps them so: a match of _LEAD_VERBS, which runs
        # to its end, opens in its last _LEAD_VERB_REACH characters, as in _without_lead_verbs)
        if len(bare) >= 3 and _has_a_subject_word(bare) and _LEAD_VERBS_TRIED.search(
                bare, max(0, len(bare) - _LEAD_VERB_REACH)) is None:
            text = bare
        elif _A_MONTH_ALONE.match(text):
            return ""  # "(CPI) tháng 6/2026 tăng 0,32%": a month alone names no subject; the one before does
    if text[:2].isupper():
        text = _without_a_headings_tail(text)
    if text[:1] in _EVENT_INITIALS and (event := _A_WORKS_EVENT_OPENS.match(text)) is not None:
        text = text[event.end():]  # ("Khánh thành Bệnh viện X quy mô": the event is news of the work it measures)
    return text[-200:] if len(text) >= 3 else ""


# what was done to a work, opening the clause before its name and the measure of it ("Khánh thành và đưa vào sử dụng
# Bệnh viện Đa khoa tỉnh quy mô 300 giường", "Khởi công cầu X dài 1,2 km"): news of the work, no part of its measure
_A_WORKS_EVENT_OPENS = re.compile(
    r"(?:(?:khánh\s+thành|khởi\s+công|động\s+thổ|hoàn\s+thành|thông\s+xe(?:\s+kỹ\s+thuật)?|bàn\s+giao|"
    r"đưa\s+vào\s+(?:sử\s+dụng|hoạt\s+động|vận\s+hành|khai\s+thác))(?:\s*,\s*|\s+và\s+|\s+))+"
    r"(?=(?-i:[A-ZĐ])|(?:dự\s+án|công\s+trình|nhà\s+máy|cầu|tuyến|đường|bệnh\s+viện|trường|khu|cụm)\s+[^\W\d_])",
    re.IGNORECASE)
_EVENT_INITIALS = frozenset("KkĐđHhTtBb")


# whose or where the figure is, closing the subject after its period ("Giá trị sản xuất công nghiệp tháng 10/2026 của
# tỉnh Đắk Lắk", "Tổng mức bán lẻ 9 tháng trên địa bàn tỉnh", "Số khách 9 tháng năm 2026 đến Gia Lai", "... quý III của
# huyện Chư Sê"): a unit's word and its name, or a name alone, or the own area's word alone ("của toàn tỉnh")
_OWNER_AT_THE_END = re.compile(
    r"(?<!\S)(?:(?:của|trên\s+địa\s+bàn|tại|ở|đến)\s+(?:(?:toàn|cả)\s+)?|(?:toàn|cả)\s+)"
    rf"(?P<unit>(?:{UNIT_WORDS})(?![^\W\d_]))?"
    r"(?P<name>\s*(?-i:[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3}))?$", re.IGNORECASE)
_LOWER_UNIT = re.compile(rf"(?:{LOWER_UNIT_WORDS})$", re.IGNORECASE)


def _without_the_period_before_its_owner(text: str) -> str:
    """The subject without the period said between it and whose it is: "Giá trị sản xuất công nghiệp tháng 10/2026 của
    tỉnh Đắk Lắk" → "Giá trị sản xuất công nghiệp" (the report's province, or its own area, is the row's province);
    "Giá trị sản xuất quý III/2026 của huyện Chư Sê" → "Giá trị sản xuất của huyện Chư Sê" (a lower unit's figure keeps
    its unit, which tells it from the province's). "" when only the period stands before the province (its entry is
    named elsewhere: "(CPI) tháng 9/2026 của tỉnh"); the text as it is without an owner after a period."""
    owner = _OWNER_AT_THE_END.search(text, max(0, len(text) - 60))
    if owner is None or not (owner["unit"] or owner["name"]):
        return text
    head = text[:owner.start()].rstrip(" ,")
    bare = _without_the_period_around(head).strip(" ,;:-–")
    if bare == head:
        bare = without_its_period(head)  # ("Tỷ lệ hộ nghèo năm 2026 của xã Ia Grai")
    if bare == head:
        return text  # (no period before the owner: the subject as written, "Tổng số trường học trên địa bàn tỉnh")
    lower = bool(owner["unit"] and _LOWER_UNIT.match(owner["unit"]))
    if not lower and owner["name"] and not find_provinces(owner["name"].strip()):
        if not owner["unit"]:
            return text  # ("9 tháng của Sở Công Thương": a body, no place)
        lower = True  # "của thành phố Pleiku": a city of the province, not one run by the centre
    if not _has_a_subject_word(bare):
        return text if lower else ""
    return f"{bare} {owner[0].strip()}" if lower else bare


def _without_a_headings_tail(text: str) -> str:
    """The text from its first word in sentence case on, when the words before it are three or more in capitals (and
    numbers, marks): the title the first sentence was glued to ("TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 10 NĂM 2026 TỈNH
    NINH BÌNH Chỉ số sản xuất công nghiệp"; not "CPI tháng 10", nor a name's letters: "KCN VSIP Bắc Ninh")."""
    words = text.split(" ")
    first = next((i for i, word in enumerate(words) if not word.isupper() and any(c.isalpha() for c in word)), None)
    if first is None or not (words[first][:1].isupper() and words[first][1:].islower()):
        return text
    if sum(1 for word in words[:first] if word.isupper() and len(word) > 1) >= 3:
        return " ".join(words[first:])
    return text


# a month named in words, as statistics offices write it ("tháng Mười", "tháng Mười một", "tháng Giêng"; the name
# capitalised: "tháng năm 2026" is no May)
_MONTH_IN_WORDS = (r"(?-i:(?:Giêng|Một|Hai|Ba|Tư|Năm|Sáu|Bảy|Bẩy|Tám|Chín|Mười(?:\s+(?:[Mm]ột|[Hh]ai))?|Chạp)"
                  r"(?![^\W\d_]))")
# a month or quarter alone, as the segment after a bracketed name leaves it ("tháng 6/2026", "quý II năm 2025")
# (not "bình quân 6 tháng", "6 tháng đầu năm": an average or a span of months stays as written)
_A_MONTH_ALONE = re.compile(r"^(?:tháng\s+(?:\d{1,2}|" + _MONTH_IN_WORDS + r")|quý\s+(?:[IVX]+|\d))"
                            r"(?:\s*/\s*(?:19|20)\d\d|\s+năm\s+(?:19|20)\d\d)?$", re.IGNORECASE)
# the words of a change's base alone, as a segment cut at a number leaves them ("năm trước", "cùng kỳ năm 2025")
_BASE_WORDS_ONLY = re.compile(r"^(?:so\s+với\s+)?(?:cùng\s+kỳ|tháng|quý|năm|kỳ)(?:\s+(?:trước|này|năm\s+trước|"
                              r"(?:năm\s+)?(?:19|20)\d\d))?$", re.IGNORECASE)


# a period at the end of a subject ("... 8 tháng", "... tháng 10/2026", "... quý III/2024", "... 6 tháng đầu năm
# 2026") or the "tháng" its number was cut off from at its start ("tháng giải quyết việc làm")
_PERIOD_AROUND = re.compile(
    r"(?:^|\s+)(?:(?:lũy\s+kế|luỹ\s+kế|tính\s+chung|cộng\s+dồn|bình\s+quân|trong|của)\s+)?(?:(?:đến|hết)\s+)?"
    r"(?:\d+\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?|tháng\s+(?:\d+|" + _MONTH_IN_WORDS + ")"
    r"|quý\s+(?:[IVX]+|\d)\b)(?:\s*/\s*(?:19|20)\d\d)?(?:\s+(?:năm\s+)?(?:19|20)\d\d)?$"
    r"|^tháng\s+(?=[^\W\d_]{2,}\s+[^\W\d_])(?!năm\b|đầu\b|cuối\b)"
    # ("lũy kế 8 tháng giải quyết việc làm cho": months opening the clause, before what was done in them)
    r"|^(?:(?:lũy\s+kế|luỹ\s+kế|tính\s+chung|cộng\s+dồn|trong)\s+)?\d+\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?"
    r"(?:\s+(?:năm\s+)?(?:19|20)\d\d)?\s+(?=[^\W\d_]{2,}\s+[^\W\d_])(?!năm\b|đầu\b|cuối\b|qua\b|này\b)",
    re.IGNORECASE)
# (every match holds "tháng" or "quý" in the lowered text, read from the pattern: most subjects say neither, and the
# substitution tries the pattern at every space of the text)
_PERIOD_AROUND_WORDS = lowered_literal_scan(_PERIOD_AROUND)


def _without_the_period_around(text: str) -> str:
    """``_PERIOD_AROUND.sub("", text)``: the text without the period at its end or its start."""
    return _PERIOD_AROUND.sub("", text) if _PERIOD_AROUND_WORDS.search(text.lower()) else text

# The tests of subject_label, compiled once (it reads every indicator without a subject of its own).
_CLAUSE_MARKS = re.compile(r"[,;:(]")
# ("Tỷ lệ thất nghiệp còn 2,05%, giảm 0,2 điểm": "còn" is the verb the clause before was said with; "còn lại"
# is part of a subject: "số hộ nghèo còn lại"; "Tốc độ tăng trưởng GRDP: 10,2%": the noun of growth is no verb)
# (right after the digit) the "1" of the one unit an amount is per, a word of its subject, no figure: "Giá trị sản xuất
# trên 1 ha đất trồng trọt", "số giường bệnh trên 1 vạn dân", "Thu nhập bình quân 1 lao động", "Doanh thu bình quân 1
# hợp tác xã"
_ONE_UNIT_PER = (r"(?:(?<=trên 1)|(?<=mỗi 1)|(?<=quân 1))\s+(?:ha|héc\s*ta|km2|vạn\s+dân|nghìn\s+dân|lao\s+động|hộ|"
                 r"người|hợp\s+tác\s+xã|doanh\s+nghiệp|HTX)\b")
NOT_THE_ONE_UNIT_PER = "(?!" + _ONE_UNIT_PER + ")"
_VERB_SPLIT = re.compile(r"\s(?:ước\s+đạt|kéo\s+giảm|trị\s+giá|đạt|là|có|tăng(?!\s+trưởng\b)|giảm|bằng|chiếm|"
                         r"còn(?!\s+lại\b))\s")
# (with the word of a period its number ends: "Chỉ số PAPI năm 2023" → "Chỉ số PAPI")
# (nor an age or a star class, words of the subject: "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "sản phẩm OCOP 4 sao")
_FROM_NUMBER_ON = re.compile(r"(?:\b(?:(?:đầu|cuối|giữa)\s+)?(?:năm|tháng)\s+(?=\d))?(?!1" + _ONE_UNIT_PER
                             + r")(?!\d{1,2}\s+tuổi\b|[1-5]\s+sao\b)[\d.,%]+.*$", re.IGNORECASE)


# the price basis a figure is stated on, opening an aside ("(giá so sánh 2010)", "(theo giá hiện hành)")
# a clause that says something did not happen ("Không để xảy ra cháy nổ lớn", "không phát sinh dịch bệnh"): it counts
# nothing, and the figure of the clause after it names its own subject after its number
# (after the area or the time it is said of, if any)
_NOTHING_HAPPENED = re.compile(rf"\s*(?:(?:trên\s+địa\s+bàn(?:\s+(?:{UNIT_WORDS}))?"
                               rf"|toàn\s+(?:{UNIT_WORDS})|trong\s+(?:kỳ|tháng|quý|năm))\s*,?\s+)?(?:đã\s+|cơ\s+bản\s+)?không\s+(?:để\s+)?"
                               r"(?:xảy\s+ra|phát\s+sinh)\s", re.IGNORECASE)
_PRICE_BASIS_ASIDE = re.compile(r"\s*(?:theo\s+)?giá\s+(?:so\s+sánh|hiện\s+hành|ss\b|hh\b)", re.IGNORECASE)


def _has_a_subject_word(words: str) -> bool:
    """Does the clause keep a word beyond verbs, periods and units? ("giảm 0,3% so với tháng trước"
    cut at its number is only "giảm": the change of the clause before, not its subject.)"""
    return not _NOT_SUBJECT_WORDS.issuperset(_WORD.findall(words.lower()))  # (a word not in the set: one C-level test)


# a clause that only links the sentence to the one before ("Ngoài ra", "Bên cạnh đó": the words of
# data/words/links_to_what_came_before.csv, which the pipeline reads a paragraph going on with the one before by) or
# says when, by an event or a day ("Ngay sau kỳ nghỉ Tết", "Trong dịp lễ 30/4", "Từ ngày 7/3 đến 14/3", "Sau khi sáp
# nhập"): it names no subject
_A_LINK_OR_A_TIME = re.compile(
    r"(?:" + word_source("links_to_what_came_before")
    + r"|(?:ngay\s+)?(?:sau|trước)(?:\s+khi)?\s+[^,;:()]{1,60}"
    r"|(?:trong|vào)\s+(?:dịp|đợt|thời\s+gian|những\s+ngày|các\s+ngày)\b[^,;:()]{0,60}"
    r"|(?:từ|đến|tính\s+đến)\s+ngày\s+\d[^,;:()]{0,40})\s*", re.IGNORECASE)
_LINK_INITIALS = frozenset("NnBbCcMmĐđTtQqDdSsVv")


def only_a_link_or_a_time(clause: str) -> bool:
    """Does the clause only link its sentence to the one before or say when it happened ("Ngoài ra", "Ngay sau kỳ nghỉ
    Tết")? It names no subject."""
    clause = clause.strip(" ,;:-–")
    return clause[:1] in _LINK_INITIALS and _A_LINK_OR_A_TIME.fullmatch(clause) is not None


def subject_label(segment_before: str, sentence_before: str) -> str:
    """The subject phrase a number belongs to, as written (``Tổng mức bán lẻ hàng hóa ...``)."""
    text = own_subject(segment_before)
    if not text:
        # the clause opens with a verb: take the previous clause's subject
        previous = _CLAUSE_MARKS.split(sentence_before)
        for part in reversed(previous[:-1] if len(previous) > 1 else previous):
            if part.rstrip().endswith(")") or (")" in part and "(" not in part and _PRICE_BASIS_ASIDE.match(part)):
                # ("Tỷ lệ hộ nghèo (chuẩn đa chiều): 1,42%": an aside in brackets names no subject; nor does a price
                # basis the clause went on after: "Giá trị sản xuất (giá so sánh 2010) ước đạt ...; lũy kế đạt")
                continue
            if "hông" in part[:40] and _NOTHING_HAPPENED.match(part):
                return ""  # ("Không để xảy ra cháy lớn; xảy ra 2 vụ cháy nhỏ": what did not happen names no count)
            part = part.strip()
            if part[:1].isalnum() and (marker := _LIST_MARKER.match(part)) is not None:
                part = part[marker.end():]  # ("b) Khách du lịch: 3,1 triệu lượt": an item's mark, no part of its name)
            if only_a_link_or_a_time(part):
                continue  # ("Ngoài ra, 2.100 hộ ...", "Ngay sau kỳ nghỉ Tết, 100% doanh nghiệp ...": no subject)
            candidate = _VERB_SPLIT.split(part)[0]
            # ("Chỉ số giá tiêu dùng tháng 9/2025 tăng 0,41%": the label is the subject without its period)
            bare = _without_the_period_around(candidate)
            candidate = _FROM_NUMBER_ON.sub("", bare if _has_a_subject_word(bare) else candidate).strip(_STRIP)
            # ("Tính từ đầu năm đến nay, xảy ra 318 vụ": a clause of a period alone names no subject; nor does a month
            # named in words: "Tháng Mười, toàn tỉnh xảy ra 36 vụ")
            # (nor with the verbs it is said with: "Từ đầu năm đến nay ước đạt")
            if (len(candidate) >= 3 and _has_a_subject_word(candidate) and not _PERIOD_ONLY.match(candidate)
                    and not names_only_a_period(part + " ") and not _A_MONTH_ALONE.fullmatch(candidate)):
                # ("Có hơn 1.200 doanh nghiệp ..., gần 500 doanh nghiệp ...": "there are" and the bound the clause
                # before opened with name nothing, and the next count is named by its own noun; not the area alone,
                # "toàn tỉnh có 35.000 doanh nghiệp, trong đó ...", which the pipeline reads the noun counted in)
                return "" if candidate[:2].lower() == "có" and names_nothing(candidate + " ") else candidate[:200]
        return ""
    return text


# --- parts of a whole named before --------------------------------------------------------------

# "Tổng lượt khách đạt 190.000 lượt; trong đó ... khách qua lưu trú 180.000 lượt": guests who stayed
# overnight (or came on tours) are a part of the arrivals when the paragraph gave the arrivals
# before; alone they are the arrivals the report counts (data/words/arrival_parts.csv)
_ARRIVAL_PART = word_pattern("arrival_parts", re.IGNORECASE)
ARRIVAL_KEYS = frozenset({"tourist_arrivals", "tourist_arrivals_domestic", "tourist_arrivals_international"})


def a_part_of_the_arrivals(key: str | None, label: str | None, arrivals_before: bool) -> bool:
    """Is an arrivals figure whose subject names a part of the arrivals (``label``) that part, the
    paragraph having given the arrivals themselves before it?"""
    return bool(arrivals_before and key in ARRIVAL_KEYS and label and _ARRIVAL_PART.search(label))


# "Tổng lượt khách tham quan do các đơn vị lữ hành phục vụ đạt 2,2 triệu lượt": the visitors travel agencies
# served (outbound tours among them) are the agencies' business, not the arrivals of the place; nor are the
# parts of a breakdown of them ("Trong đó khách quốc tế đạt ...") (data/words/agency_served.csv)
_AGENCY_SERVED = word_pattern("agency_served", re.IGNORECASE)


def served_by_travel_agencies(key: str | None, label: str | None, whole_label: str | None = None) -> bool:
    """Is an arrivals figure a count of visitors served by travel agencies: its subject (``label``) says
    so, or it breaks down a whole (``whole_label``, the level its sentence is a breakdown of) that does?"""
    if key not in ARRIVAL_KEYS:
        return False
    return any(text and _AGENCY_SERVED.search(text) for text in (label, whole_label))


@dataclass(frozen=True)
class TextArea:
    """The area a text is about beyond its locality: its province (under its name before 2025 too: "Huế" is
    named as Thừa Thiên Huế in any text, one territory) and, for a commune's news, the communes its title and
    first lines name."""

    provinces: frozenset[str] = frozenset()
    communes: frozenset[str] = frozenset()


def the_area_a_text_is_about(document: dict, head: str) -> TextArea:
    """The ``TextArea`` of a text from its documents row and its first lines (``head``)."""
    province = document.get("province")
    provinces = {province} if province else set()
    unit = get_province(province) if province else None
    if unit is not None:
        provinces.add(as_named_before_2025(unit).key)
    communes: frozenset[str] = frozenset()
    if document.get("admin_level") == "commune":
        named = f"{document.get('title') or ''} . {head}"
        communes = frozenset(u.key for u in find_units(named) if u.admin_level == "commune")
    return TextArea(frozenset(provinces), communes)


def names_a_place(words: str) -> bool:
    """Do the words name a province, district or commune (with its kind or capitalised name)?"""
    return bool(find_units(words)) or bool(find_provinces(words))


def a_part_of_the_area(key: str | None, label: str | None, locality: str | None, area: TextArea = TextArea()) -> bool:
    """Is a keyed figure whose subject names a district or commune other than the text's own area
    ("Tỷ lệ hộ nghèo của huyện Ba Bể là 25%" in a province's report) that unit's figure, a part of
    the area the catalog entry would be of? (A commune's news names its own commune in its subjects:
    ``area.communes``.) Or one that names a province other than the text's own ("..., trong khi tỉnh Nghệ An
    đạt 70,1%" in Hà Tĩnh's news: Nghệ An's figure, set beside the report's; a report is keyed by the province
    it was written about, so the one its province merged into is another)? Unknown without the text's province."""
    if key is None or not label:
        return False
    if any(u.admin_level != "province" and not u.party and u.key != locality and u.key not in area.communes
           for u in find_units(label)):
        return True
    if not area.provinces or not any(c.isupper() for c in label):  # (a province's name is capitalised)
        return False
    return any(m.province.key not in area.provinces for m in find_provinces(label))


# "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ... ước đạt 11.423 tỷ đồng ... Cụ thể, doanh thu bán lẻ
# hàng hóa ước đạt 8.642 tỷ đồng": the goods alone, after the total was given, are a part of it
_GOODS_RETAIL_ONLY = re.compile(r"doanh\s+thu\s+bán\s+lẻ\s+hàng\s+h(?:óa|oá)(?!\s+và\s+(?:doanh\s+thu\s+)?dịch\s+vụ)",
                                re.IGNORECASE)


# the crops an area sown is broken down by (data/words/crops.csv)
_CROP = word_pattern("crops", re.IGNORECASE)


_BREAKDOWN_WORDS = re.compile(r"^(?:trong\s+đó|gồm)\s*[,:]?\s*", re.IGNORECASE)


def may_be_a_crop_of_the_area_sown(unit: str, metric: str) -> bool:
    """Can a figure of ``unit`` and ``metric`` be a crop's part of the area sown (a level or target in
    hectares)? ``a_crop_of_the_area_sown`` is False for any other."""
    return unit == "ha" and metric in ("level", "target")


def a_crop_of_the_area_sown(label: str | None, unit: str, metric: str, area_sown_before: bool) -> bool:
    """Is a level in hectares whose subject opens with a crop, in a breakdown after a figure of the area
    sown ("gieo trồng được 9.000 ha ... Trong đó, ngô 4.000 ha; khoai lang 1.000 ha"), that crop's part
    of the area sown? The catalog counts the area sown by season or crop; a perennial crop's area stands."""
    if not may_be_a_crop_of_the_area_sown(unit, metric) or not area_sown_before or not label:
        return False
    return _an_annual_crop(_crop_subject(label))


def _crop_subject(label: str) -> str:
    """The subject of a breakdown's item ("trong đó cây lương thực": the crop after the words)."""
    return _BREAKDOWN_WORDS.sub("", label.strip())


def _an_annual_crop(subject: str) -> bool:
    # ("trong đó chè kinh doanh 2.100 ha": the plantings in yield of a crop, not its part of the area sown)
    return (_CROP.match(subject) is not None and _PERENNIAL_CROP.match(subject) is None
            and _STANDING_AREA.search(subject.lower()) is None)


# a crop's output or yield is no area ("sản lượng cây lương thực tăng 5%")
_OUTPUT_OR_YIELD = re.compile(r"sản\s+lượng|năng\s+suất|giá\s+trị", re.IGNORECASE)


def a_crop_changed_with_the_area_sown(label: str | None, key: str | None, unit: str, metric: str,
                                      area_change_before: bool) -> bool:
    """Is a change whose subject is a crop, in a breakdown right after the change of the area sown
    ("tổng diện tích gieo trồng tăng 6,3%. Trong đó, cây lương thực tăng 13,7%; cây thực phẩm giảm 2%"),
    that crop's part of the area's change? A bare "cây lương thực" there is its area, not its output."""
    if unit != "pct" or metric not in ("yoy_pct", "change_pct") or not area_change_before or not label:
        return False
    subject = _crop_subject(label)
    return key in (None, "food_crop_output") and _an_annual_crop(subject) and _OUTPUT_OR_YIELD.search(subject) is None


# "Sản xuất công nghiệp phát triển mạnh, tốc độ tăng trưởng ước đạt 19%": a bare growth rate said after a
# sector or flow named earlier in its sentence (data/words/growth_subjects.csv) is that one's, not the GRDP
# (not bare when the economy follows: "..., tốc độ tăng trưởng kinh tế 9,8%" is the GRDP's)
_BARE_GROWTH_RATE = re.compile(r"tốc\s+độ\s+tăng\s+trưởng(?!\s+(?:(?:nền\s+)?kinh\s+tế|grdp|tổng\s+sản\s+phẩm))",
                               re.IGNORECASE)
_ECONOMY_NAMED = re.compile(r"kinh\s+tế|grdp|tổng\s+sản\s+phẩm", re.IGNORECASE)
_GROWTH_SUBJECT = word_pattern("growth_subjects", re.IGNORECASE)


def the_growth_of_a_subject_before(key: str | None, label: str | None, sentence_before: str) -> bool:
    """Is a GRDP key read from a bare "tốc độ tăng trưởng" (``label``) the growth rate of a sector or flow
    the sentence named before it (``sentence_before``, the sentence up to the figure)?"""
    if key != "grdp" or not label or "trưởng" not in label:
        return False
    rates = [m.start() for m in _BARE_GROWTH_RATE.finditer(sentence_before)]
    subjects = [m.end() for m in _GROWTH_SUBJECT.finditer(sentence_before, 0, rates[-1])] if rates else []
    # (no economy named between them: "sản xuất công nghiệp góp phần đưa tăng trưởng kinh tế ...")
    return bool(subjects) and _ECONOMY_NAMED.search(sentence_before, subjects[-1], rates[-1]) is None


def a_part_of_the_retail_sales(key: str | None, label: str | None, total_before: bool) -> bool:
    """Is a retail-sales figure whose subject names the goods alone (``label``) that part, the text
    having given the total retail sales just before it?"""
    return bool(total_before and key == "retail_sales" and label and _GOODS_RETAIL_ONLY.search(label)
                and "tổng" not in label.lower())


# --- lists read "respectively" -----------------------------------------------------------------

# "Cơ cấu kinh tế khu vực I - II - III tương ứng là 40,97% - 16,18% - 39,77%", "(cơ cấu tương ứng
# của cùng kỳ năm 2023 là: 23,1%; 40,1%; ...)": the k-th number of a list read "respectively" belongs
# to the k-th subject named before it — a sector named by its number, or the k-th of the figures
# the list restates (last year's structure after this year's).
_RESPECTIVELY = re.compile(r"tương\s+ứng|lần\s+lượt", re.IGNORECASE)
# (the same words, one branch per way of writing their first letter: a match wherever _RESPECTIVELY has
# one, but the engine skips to those letters instead of trying both words at every character of a report)
_RESPECTIVELY_ANYWHERE = re.compile(caseless_first_letter((r"tương\s+ứng", r"lần\s+lượt"),
                                                          {"t": letter_cases("t"), "l": letter_cases("l")}))
# the words between the marker and the list: "là", "của cùng kỳ năm 2023 là:", "lần lượt là:", and the verb
# said after the marker ("lần lượt thu hút 5 và 7 dự án", "tương ứng cấp mới 120 và 95 giấy phép"): words only, no
# punctuation but the colon closing them
_BRIDGE = re.compile(r"(?:\s+(?:[^\W\d]+|\d{4}))*\s*:?\s*")
# (an item may carry its unit: "lần lượt đạt 1,9 tỷ USD và 0,9 tỷ USD", "120 nghìn tấn và 45 nghìn tấn", or the
# noun it counts in up to three words: "140 doanh nghiệp và 95 doanh nghiệp", after a scale word too: "1,2 triệu lượt
# và 4,6 triệu lượt"; one without it leaves the space to the "và" after it: "lần lượt đạt 1,2 và 0,8 tỷ USD"); a number
# ends on a digit, so the comma of "310, 320 và 330" is the list's separator, not the number's)
_NOT_A_COUNTED_WORD = r"(?!(?:và|so|với|tăng|giảm|đạt|bằng|chiếm|của|trong|là|cùng|kỳ)(?![^\W\d]))"
_COUNTED_WORDS = _NOT_A_COUNTED_WORD + r"[^\W\d]+(?:\s+" + _NOT_A_COUNTED_WORD + r"[^\W\d]+){0,2}"
_MONEY_SCALES = scale_words(1e9, 1e6)
_LIST_ITEM = re.compile(r"\d(?:[\d.,]*\d)?"
                        rf"(?:\s*(?:%|(?:(?:(?:{THOUSAND_WORDS})\s+)?(?:{_MONEY_SCALES})|{THOUSAND_WORDS})"
                        r"(?![^\W\d])"
                        r"(?:\s+(?:đồng|USD)(?![^\W\d])|\s+" + _COUNTED_WORDS + r")?|" + _COUNTED_WORDS + r"))?",
                        re.IGNORECASE)
# "lần lượt đạt 1,2 và 0,8 tỷ USD, tăng 5,1% và 3,2%": a list of the items' changes right after the list of their
# amounts, read in the same order
_CHANGES_LISTED_NEXT = re.compile(r"\s*[,;]\s*(?:và\s+)?(?:tăng|giảm)\s+", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r"\s*[-–;,]\s*|\s+và\s+")
# "khu vực I - II - III", "khu vực I, II, III": sectors named by their number
_NUMBERED_SECTORS = re.compile(r"(?:khu\s+vực|KV)\s*(I{1,3})((?:\s*[-–,/]\s*I{1,3}){1,3})\s*$", re.IGNORECASE)
# the sector each numeral names (data/words/numbered_sectors.csv)
_SECTOR_BY_NUMBER = {numeral: key for key, numerals in keyed_word_lists("numbered_sectors", "indicator_key").items()
                     for numeral in numerals}


_ROMAN_BY_KEY = {key: numeral.lower() for numeral, key in _SECTOR_BY_NUMBER.items() if not numeral.isdigit()}
_ROMAN_OF_ARABIC = {numeral: _ROMAN_BY_KEY[key] for numeral, key in _SECTOR_BY_NUMBER.items() if numeral.isdigit()}
# "khu vực 2" (not "khu vực 2.000 ha", not a date "khu vực 2/9"): a sector named by its Arabic number
_ARABIC_SECTOR = re.compile(r"khu vực (" + "|".join(_ROMAN_OF_ARABIC) + r")\b(?![.,/]\d)")


# "các ngành nông lâm thủy sản - công nghiệp xây dựng - dịch vụ tương ứng là ...": sectors named by
# their words (data/words/named_sectors.csv), one part of the list each
_SECTOR_WORDS = [(key, re.compile(pattern.pattern, re.IGNORECASE))
                 for key, pattern in keyed_word_patterns("named_sectors", "indicator_key")]
_JOINED_SECTOR = re.compile(r"công\s+nghiệp\s*[-–]\s*xây\s+dựng", re.IGNORECASE)
_NAMES_SEPARATOR = re.compile(r"\s+[-–]\s+|\s*[,;]\s*|\s+và\s+")
_DASHES = re.compile(r"\s+[-–]\s+")


def _sectors_named_before(head: str, size: int) -> list[str] | None:
    """The sector of each of the last ``size`` names of ``head`` (the words before "tương ứng"),
    when each names exactly one sector and no two the same one."""
    head = re.split(r"[.:;]\s|\n", head)[-1]  # (the names stand in the list's own sentence and line)
    if _OF_PRODUCTION_VALUE.search(head.lower()):
        return None  # the branches of the production value are no GRDP sectors
    # "(nông, lâm, thủy sản - công nghiệp, xây dựng - dịch vụ)": names written with commas, parted by dashes
    names = [name for name in _DASHES.split(head.strip()) if name]
    if len(names) != size:
        head = _JOINED_SECTOR.sub("công nghiệp xây dựng", head)
        names = [name for name in _NAMES_SEPARATOR.split(head.strip()) if name][-size:]
    if len(names) != size:
        return None
    keys = []
    for name in names:
        found = {key for key, pattern in _SECTOR_WORDS if pattern.search(name)}
        if len(found) != 1:
            return None
        keys.append(found.pop())
    return keys if len(set(keys)) == size else None


def _as_roman_sector(m: re.Match[str]) -> str:
    return "khu vực " + _ROMAN_OF_ARABIC[m.group(1)]


@dataclass(frozen=True)
class ListPlace:
    """Where a figure stands in a list read "respectively"."""

    marker: int  # offset of "tương ứng"/"lần lượt" in the text
    position: int  # 0 for the first number of the list
    size: int  # how many numbers the list has
    # the list follows the sectors of a structure named before it, with no "tương ứng" (its numbers restate no
    # figures before it: only the sectors it names give their keys)
    named_only: bool = False


# "Cơ cấu kinh tế năm 2024 (nông, lâm, thủy sản - công nghiệp, xây dựng - dịch vụ): 24% - 34% - 42%": the end of the
# names of a structure's parts ("end": the colon or verb the list of numbers follows)
_STRUCTURE_LIST = re.compile(r"c(?<![^\W\d_]c)ơ\s+cấu\b(?:[^.;\d%]|\d{4}){0,160}?(?P<end>\)?\s*:|\s(?:là|đạt))",
                             re.IGNORECASE)


@per_document(maxsize=4)
def _names_a_structure(text: str) -> bool:
    """Does the report name a structure ("cơ cấu") at all? (One test a report, not one a figure.)"""
    return "cơ cấu" in text or "Cơ cấu" in text or "CƠ CẤU" in text


@per_document(maxsize=4)
def _reads_respectively(text: str) -> bool:
    """Does the report say "tương ứng"/"lần lượt" at all? (Most do not: one scan, not one a figure.)"""
    return _RESPECTIVELY_ANYWHERE.search(text) is not None


def respective_place(text: str, number_start: int) -> ListPlace | None:
    """The figure's place in a list of two or more numbers read "respectively", or None. (The list
    is looked for in its paragraph's sentence up to the number: its "; " may split sentences.) A list
    right after the sectors of a structure ("Cơ cấu kinh tế nông nghiệp - công nghiệp - dịch vụ là 26% - 31% -
    39%") is read so too, though no "tương ứng" says it."""
    respectively, structure = _reads_respectively(text), _names_a_structure(text)
    if not (respectively or structure):
        return None
    lo = max(0, number_start - 200)
    if not respectively and "cấu" not in text[lo:number_start].lower():
        # (a report that names a structure but reads nothing "respectively": its list needs "cấu" in any case in the
        # window, which opens at or after ``lo``; none in the 200 characters before the number is none in it)
        return None
    window_start = max(lo, text.rfind("\n", lo, number_start) + 1, text.rfind(". ", lo, number_start) + 2)
    markers = list(_RESPECTIVELY.finditer(text, window_start, number_start)) if respectively else []
    named_only = not markers
    if named_only:
        # (a substring test first: most figures of a report that names a structure stand in no sentence of it)
        scan = structure and (text.find("cấu", window_start, number_start) >= 0
                              or text.find("CẤU", window_start, number_start) >= 0)
        markers = list(_STRUCTURE_LIST.finditer(text, window_start, number_start)) if scan else []
        if not markers:
            return None
    marker = markers[-1]
    marker_start = marker.start("end") if named_only else marker.start()
    bridge = _BRIDGE.match(text, marker.end(), number_start)
    position, at = 0, bridge.end()
    while at < number_start:  # the numbers of the list before this one, and nothing else
        item = _LIST_ITEM.match(text, at, number_start)
        if item and position and (changes := _CHANGES_LISTED_NEXT.match(text, item.end(), number_start)):
            position, at = 0, changes.end()  # ("... và 0,8 tỷ USD, tăng 5,1% và 3,2%": their changes, in order)
            continue
        separator = _LIST_SEPARATOR.match(text, item.end(), number_start) if item else None
        if not separator:
            return None
        position, at = position + 1, separator.end()
    if at != number_start:
        return None
    size, at = position, number_start
    sentence_end = min(len(text), number_start + 200)
    while (item := _LIST_ITEM.match(text, at, sentence_end)) is not None:
        size += 1
        separator = _LIST_SEPARATOR.match(text, item.end(), sentence_end)
        if not separator or not text[separator.end():separator.end() + 1].isdigit():
            break
        at = separator.end()
    return ListPlace(marker_start, position, size, named_only) if size >= 2 else None


def respective_key(text: str, place: ListPlace, earlier: list[tuple[int, str | None]]) -> str | None:
    """Catalog key of the figure at ``place``: the sector its number names ("khu vực I - II - III"),
    else the key of the matching figure among ``earlier`` ((offset, key) of the figures before it
    with the same metric), the list restating them in order."""
    named = _NUMBERED_SECTORS.search(text[max(0, place.marker - 60):place.marker].rstrip())
    if named:
        numerals = [named.group(1), *re.findall(r"I{1,3}", named.group(2))]
        if len(numerals) == place.size and place.position < len(numerals):
            return _SECTOR_BY_NUMBER[numerals[place.position].upper()]
        return None
    sectors = _sectors_named_before(text[max(0, place.marker - 160):place.marker], place.size)
    if sectors is not None:
        return sectors[place.position]
    if place.named_only:
        return None
    restated = [key for offset, key in earlier if offset < place.marker][-place.size:]
    if len(restated) == place.size and any(restated):
        return restated[place.position]
    return None


# --- a share of a work done ("đã hoàn thành 85% khối lượng", "giải phóng mặt bằng được 95% diện tích") --------------
# (the verbs and the wholes: data/words/works_done.csv; the hedges a share may be said with between them)
_WORKS_DONE = keyed_word_lists("works_done", "part")
_DONE_BY = {part: "(?:" + "|".join(map(phrase_source, _WORKS_DONE[part])) + ")" for part in _WORKS_DONE}
_SHARE_SAID_WITH = rf"(?:\s+(?:được|đạt))?(?:\s+(?:{HEDGE_WORDS}))?\s*$"
_CLEARED_BEFORE = re.compile(rf"(?<![^\W\d_])(?P<verb>{_DONE_BY['clearing']}){_SHARE_SAID_WITH}", re.IGNORECASE)
_WORKED_BEFORE = re.compile(rf"(?<![^\W\d_])(?P<verb>{_DONE_BY['works']}){_SHARE_SAID_WITH}", re.IGNORECASE)
_REACHED_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_DONE_BY['reached']}){_SHARE_SAID_WITH}", re.IGNORECASE)
_WORKS_WHOLE_AFTER = re.compile(rf"\s*(?:tổng\s+)?(?P<whole>{_DONE_BY['whole']})(?![^\W\d_])", re.IGNORECASE)
_LAND_WHOLE_AFTER = re.compile(rf"\s*(?:tổng\s+)?(?P<whole>{_DONE_BY['land']}|{_DONE_BY['whole']})(?![^\W\d_])",
                               re.IGNORECASE)



def a_share_of_works_done(before: str, after: str) -> tuple[str, int] | None:
    """The work a percentage is the share done of, and where its words start in ``before``, when the words right
    before it name a work's step and the words right after it the whole it is measured by: "giải phóng mặt bằng được
    95% diện tích" → "giải phóng mặt bằng", "đã hoàn thành 85% khối lượng" → "khối lượng hoàn thành", "đạt khoảng
    45% khối lượng" → "khối lượng": the share of the work planned that is done (a site's clearing needs no whole
    after it: "GPMB đạt 74%"). None for any other percentage ("hoàn thành 100% các xã", "chiếm 30% khối lượng hàng
    hóa", "đạt 95% diện tích gieo cấy")."""
    if (cleared := _CLEARED_BEFORE.search(before)) is not None:
        verb = " ".join(cleared.group("verb").split())
        whole = _LAND_WHOLE_AFTER.match(after)
        if whole is None or _WORKS_WHOLE_AFTER.match(after) is None:
            return verb, cleared.start()  # ("95% diện tích", "đạt 74%": the site cleared)
        return f"{' '.join(whole.group('whole').split())} {verb}", cleared.start()
    if (whole := _WORKS_WHOLE_AFTER.match(after)) is None:
        return None
    named = " ".join(whole.group("whole").split())
    if (worked := _WORKED_BEFORE.search(before)) is not None:
        return f"{named} {' '.join(worked.group('verb').split())}", worked.start()
    reached = _REACHED_BEFORE.search(before)
    return (named, reached.start()) if reached is not None else None


# --- ranks ("Chỉ số PCI xếp thứ 27", "xếp vị trí 22/63 tỉnh") ----------------------------------------------------
# the verb of a rank right before its number
_RANKED_BEFORE = re.compile(r"(?<![^\W\d_])(?:được\s+)?(?:xếp|đứng)(?:\s+hạng)?\s+(?:thứ|vị\s+trí|hạng)(?:\s+thứ)?\s*$",
                            re.IGNORECASE)
# a place alone ("Tỉnh Bắc Ninh", "tỉnh"): no thing ranked
_A_PLACE_ALONE = re.compile(rf"(?i:{UNIT_WORDS})?(?:\s*[A-ZĐÂ]\S*)*")
# what a rank's subject says besides the thing ranked: its time, its place, the word "kết quả", a topic's "về"
_RANK_SUBJECT_OPENING = re.compile(r"^(?:(?:năm|tháng|quý)\s+\d{1,4}(?:/\d{4})?\s*,\s*)?(?:về\s+)?(?:kết\s+quả\s+)?",
                                   re.IGNORECASE)
_RANK_SUBJECT_ENDING = re.compile(rf"(?:(?<!cấp)[\s,]+(?:của\s+)?(?:{UNIT_WORDS})(?:\s+[A-ZĐÂ][^\s,]*)*"
                                  # ("Tăng trưởng GRDP 6 tháng đầu năm", "quý III/2026": months counted, a quarter)
                                  r"|\s+(?:\d{1,2}\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?|năm|tháng|quý)"
                                  r"(?:\s+(?:\d{1,4}|[IVX]{1,4})(?:/\d{4})?)?)$")


def ranked_subject(sentence_before: str) -> str | None:
    """What a rank ranks, when the words right before its number are a rank's verb ("xếp thứ", "xếp vị trí",
    "đứng thứ"): the subject its sentence opens with, without its time and place ("Kết quả chỉ số PAPI năm 2023 tỉnh
    Bắc Kạn đạt ..., xếp vị trí" → "chỉ số PAPI"; "Chỉ số sản xuất công nghiệp tháng của tỉnh xếp thứ" → "Chỉ số sản
    xuất công nghiệp"); None when no rank or no subject but a place ("Tỉnh Bắc Ninh xếp thứ")."""
    verb = _RANKED_BEFORE.search(sentence_before)
    if verb is None:
        return None
    clause_start = sentence_before.rfind(";", 0, verb.start()) + 1
    if clause_start:  # ("SIPAS đạt 84%; chỉ số PAR INDEX đạt 89 điểm, xếp thứ": the subject of the rank's own clause)
        subject = _ranked_subject_named(sentence_before[clause_start:verb.start()])
        if subject is not None:
            return subject
    return _ranked_subject_named(sentence_before[:verb.start()])


def _ranked_subject_named(before_verb: str) -> str | None:
    """The thing ranked that the words before a rank's verb open with, or None (see ``ranked_subject``)."""
    opening = opening_subject(before_verb)
    subject = _RANK_SUBJECT_OPENING.sub("", opening.strip(" ,;:-–"))
    for _ in range(3):  # ("chỉ số PAPI năm 2023 tỉnh Bắc Kạn": its place, then its time)
        subject = _RANK_SUBJECT_ENDING.sub("", subject.strip(" ,;:-–"))
    subject = _A_VERB_OF_THE_SUBJECT.split(subject.strip(" ,;:-–"), maxsplit=1)[0].strip(" ,;:-–")
    if len(subject) < 3 or _A_PLACE_ALONE.fullmatch(subject) or not _A_NAME_ONLY.fullmatch(subject):
        return None  # (a headline or a clause of its own before the rank: "Thống kê cho thấy, năm 2024, ...")
    return subject


# where a rank's subject goes on with a verb of its own ("Quy mô kinh tế được mở rộng, ..., xếp thứ 4")
_A_VERB_OF_THE_SUBJECT = re.compile(r"\s(?:được|đã|tiếp\s+tục|vẫn)\s", re.IGNORECASE)
# a noun phrase of a few words: no number, quote, comma or line break in it
_A_NAME_ONLY = re.compile(r"[^\d,;:\n“”\"]+(?:\s[^\d,;:\n“”\"]+){0,11}")
