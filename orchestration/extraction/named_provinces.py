"""Which province a figure of a text about several provinces is about.

A report of one province keys every fact to that province (FACTS.md: "the province the fact is
about"). A national or regional text (a steering committee's summary, news of a road across two
provinces) has no province of its own, and its figures were left with none, though most of them
name theirs: "(Hà Giang: 39 nhà; Lai Châu: 98 nhà)", "Tại tỉnh Quảng Nam, mưa lớn làm 3 người chết",
"qua tỉnh Khánh Hòa (khoảng 32,7 km)". Grammar, not word lists: a figure is of the province named last
before it in its own clause; a bracket after a province's name holds that province's figures; a
closed bracket and the name it follows are of no later figure; a clause ends at a semicolon. A total
said before the breakdown by province names none and keeps none; so does a figure of several provinces
named together ("các tỉnh Hà Tĩnh, Quảng Bình"), and a province named as the place of an earlier figure
("4 người chết tại tỉnh Quảng Nam, 3 người …") is not the next one's.
"""

from __future__ import annotations

import re

from orchestration.extraction.dates import DATELINE
from orchestration.extraction.places import UNIT_WORDS, find_provinces, get_province, renamed_as
from orchestration.extraction.vocabulary import keyed_word_lists, phrase_source, word_source

# A province named as one end of a route or a pair ("cao tốc Khánh Hòa - Buôn Ma Thuột", "tuyến Hà Nội – Lào Cai"),
# is part of a name, not the place of what follows.
_JOINED_TO_ANOTHER_PLACE = re.compile(r"\s*[-–—]\s*\w")
_JOINED_FROM_ANOTHER_PLACE = re.compile(r"\w\s*[-–—]\s*$")
# A province as the place of what was said before it: "3 người chết tại tỉnh Quảng Nam", "500 triệu đồng cho Hà Tĩnh"
_PLACE_PREPOSITION = re.compile(r"\b(?:tại|ở|cho|thuộc|của)\s+(?:(?:tỉnh|thành\s+phố|TP\.?)\s+)?$", re.IGNORECASE)
# What stands between two provinces named together as one subject
_LISTED_WITH = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:(?:tỉnh|thành\s+phố|TP\.?)\s+)?", re.IGNORECASE)
# What stands between the two ends of a stretch of provinces ("các tỉnh từ Quảng Bình đến Quảng Ngãi", "từ Thanh Hóa
# tới Hà Tĩnh"): the last is one end of the stretch, not the place of the figure
_STRETCH_TO = re.compile(r"\s*(?:đến|tới|cho\s+đến)\s+(?:(?:tỉnh|thành\s+phố|TP\.?)\s+)?", re.IGNORECASE)
# "cùng", "đều" after provinces listed together: the figure is each one's alike ("cùng ở mức", "đều đạt")
_EACH_ALIKE = re.compile(r"(?<![^\W\d_])(?:cùng|đều)(?![^\W\d_])(?!\s+(?:với|kỳ)\b)", re.IGNORECASE)
_STRETCH_FROM = re.compile(r"\btừ\s+(?:(?:tỉnh|thành\s+phố|TP\.?)\s+)?$", re.IGNORECASE)


def province_named_before(clean: str, opening: int, at: int, after_the_change: bool = False) -> str | None:
    """The key of the province a figure at ``at`` is of, as its sentence names it before the figure, else None.

    A province renamed in 2025 (Thừa Thiên Huế, now the unit Huế) is keyed by the unit it became in a text written
    from the change on (``after_the_change``, as the document's own key is: "Huế đón 1,2 triệu lượt khách" in a
    2026 round-up is ``hue``), by its former key in an older text; a province merged into another keeps its own."""
    key = _named_before(clean, opening, at)
    if not after_the_change or key is None or (province := get_province(key)) is None:
        return key
    renamed = renamed_as(province)
    return key if renamed is None else renamed.key


def _named_before(clean: str, opening: int, at: int) -> str | None:
    # (a figure's sentence may open after a semicolon: the province put first in the full sentence is looked for
    # there)
    full_start = min(opening, sentence_start(clean, at))
    scope = _after_a_dateline(clean[opening:at])
    if not scope.strip():
        return _province_fronted(_after_a_dateline(clean[full_start:at])) if full_start < opening else None
    opened = _open_brackets(scope)
    # Inside a bracket: its own words first ("(Lai Châu: 9 người và Điện Biên: 1 người)"), then the province the
    # bracket follows ("tỉnh Đắk Lắk (khoảng 84,8 km)"), then the clause the bracket stands in.
    for bracket in reversed(opened):
        inner_end = len(scope) if bracket == opened[-1] else opened[opened.index(bracket) + 1]
        named = _last_province(_clause(scope[bracket + 1:inner_end]))
        if named is not None:
            return named
        before = _without_closed_brackets(scope[:bracket]).rstrip()
        mentions = find_provinces(before)
        if mentions and mentions[-1].end == len(before) and _names_a_place(before, mentions[-1].start,
                                                                            mentions[-1].end):
            return mentions[-1].province.key
    outer_end = opened[0] if opened else len(scope)
    named = _last_province(_clause(scope[:outer_end]))
    if named is None and not opened:
        named = _province_fronted(_after_a_dateline(clean[full_start:at]))
    return named


# A province put first as the place of all its sentence says ("Tại Quảng Trị, 5 người chết; 120 nhà bị tốc mái",
# "Riêng tỉnh Hà Tĩnh: ..."): the clauses after a semicolon are of it too, while no other province is named
_FRONTED_PLACE = re.compile(r"\s*(?:(?:tại|ở|riêng|còn|đối\s+với)\s+)?", re.IGNORECASE)
_PROVINCE_KIND = re.compile(r"(?:tỉnh|thành\s+phố|TP\.?)\s+", re.IGNORECASE)
_AFTER_A_FRONTED_PLACE = re.compile(r"\s*[,:]")


def _province_fronted(scope: str) -> str | None:
    """The province ``scope``, a sentence up to a figure, opens on as the place of all it says, else None."""
    if ";" not in scope:
        return None  # (a clause of its own names its province, if any, and was read before)
    blanked = _without_closed_brackets(scope)
    opening = _FRONTED_PLACE.match(blanked).end()
    kind = _PROVINCE_KIND.match(blanked, opening)  # (a mention may or may not hold the kind of place it names)
    mentions = [m for m in find_provinces(blanked) if _names_a_place(blanked, m.start, m.end)]
    if (not mentions or mentions[0].start not in (opening, kind.end() if kind else opening)
            or not _AFTER_A_FRONTED_PLACE.match(blanked, mentions[0].end)
            or any(m.province.key != mentions[0].province.key for m in mentions)):
        return None
    return mentions[0].province.key


def _after_a_dateline(scope: str) -> str:
    """``scope`` from the words after the dateline it opens with, if any: "Hà Nội, 6/11/2025 (TTXVN) - Theo Cục
    Thống kê, chỉ số ... tăng 9,2%" was filed at the capital, the figure is the country's. (A text whose own province
    its dateline gives has that province; only a text with none of its own asks whose each figure is.)"""
    if "," not in scope[:40]:  # (cheap test first: a dateline's place ends at a comma)
        return scope
    dated = DATELINE.match(scope)
    return scope[dated.start("lead"):] if dated and dated["lead"] is not None else scope


def _open_brackets(scope: str) -> list[int]:
    """Offsets of the brackets opened in ``scope`` and not closed before its end, outermost first."""
    stack: list[int] = []
    for i, char in enumerate(scope):
        if char == "(":
            stack.append(i)
        elif char == ")" and stack:
            stack.pop()
    return stack


# A bracket that only says what a province was or has become ("Quảng Nam (nay là Đà Nẵng) đón 120.000 lượt", "tỉnh Kon
# Tum (cũ)"): an aside on the name, not a place of figures; the province before it stays the place of what follows
# (its words for what the province has become, "nay là", "sau sáp nhập thuộc": document.py reads them too)
WHAT_A_PROVINCE_BECAME = r"(?:nay|hiện\s+nay|sau\s+(?:sáp\s+nhập|hợp\s+nhất))\s+(?:là|thuộc)"
_AN_ASIDE_ON_THE_NAME = re.compile(
    r"\s*(?:" + WHAT_A_PROVINCE_BECAME + r"(?:\s+(?:tỉnh|thành\s+phố|TP\.?))?"
    r"\s+[^\W\d_][^()\d;]{0,30}|cũ|mới|trước\s+(?:đây|sáp\s+nhập|hợp\s+nhất)"
    # what the province was made of ("tỉnh mới sau hợp nhất A, B, C", "hợp nhất từ A và B", "sáp nhập 3 tỉnh A, B, C")
    r"|(?:(?:tỉnh|thành\s+phố)\s+)?(?:mới\s+)?(?:sau\s+|được\s+)?(?:sáp\s+nhập|hợp\s+nhất)(?:\s+(?:từ|của|với))?"
    r"(?:\s+(?:\d+|hai|ba|bốn)\s+(?:tỉnh|địa\s+phương))?\s*:?\s+[^\W\d_][^()\d;]{0,90})\s*", re.IGNORECASE)


# a closed bracket holding only such an aside, the blank before it included
_AN_ASIDE_BRACKET = re.compile(r"\s*\(([^()]*)\)")


def an_aside_on_the_name_after(text: str, end: int) -> int:
    """Where an aside on the name of a province ending at ``end`` ends ("Bắc Giang (cũ)", "Kon Tum cũ", "Hòa Bình (nay
    là Phú Thọ)", "Hưng Yên (mới)"): after its bracket, or after the bare "cũ"; ``end`` when none follows."""
    bracket = _AN_ASIDE_BRACKET.match(text, end)
    if bracket is not None and _AN_ASIDE_ON_THE_NAME.fullmatch(bracket.group(1)):
        return bracket.end()
    bare = _FORMER_WORD_AFTER.match(text, end)
    return bare.end() if bare is not None else end


_FORMER_WORD_AFTER = re.compile(r"\s+cũ(?![^\W\d_])", re.IGNORECASE)


def without_asides_on_names(sentence: str) -> str:
    """``sentence`` with each bracket that only says what a province was or has become blanked out ("tỉnh A (sau sáp
    nhập là tỉnh B) có": the merger named in the aside is no pair of provinces the sentence joins, nor B a second
    one). Blanks keep the offsets."""
    if "(" not in sentence:
        return sentence
    return _AN_ASIDE_BRACKET.sub(lambda m: " " * len(m.group()) if _AN_ASIDE_ON_THE_NAME.fullmatch(m.group(1))
                                 else m.group(), sentence)


def _without_closed_brackets(text: str) -> str:
    """``text`` with each closed bracket blanked out, and the province name just before it: "qua tỉnh Khánh Hòa
    (khoảng 32,7 km) và tỉnh Đắk Lắk" — Khánh Hòa's figure was in its bracket; what comes after is not of it.
    Blanks keep the offsets."""
    if ")" not in text:
        return text
    chars = list(text)
    stack: list[int] = []
    for i, char in enumerate(text):
        if char == "(":
            stack.append(i)
        elif char == ")" and stack:
            opening = stack.pop()
            if not stack:
                before = text[:opening].rstrip()
                mentions = find_provinces(before) if not _AN_ASIDE_ON_THE_NAME.fullmatch(text, opening + 1, i) else []
                start = mentions[-1].start if mentions and mentions[-1].end == len(before) else opening
                chars[start:i + 1] = " " * (i + 1 - start)
    return "".join(chars)


def _clause(text: str) -> str:
    """The last clause of ``text`` (a semicolon outside brackets ends one), closed brackets blanked out."""
    blanked = _without_closed_brackets(text)
    return blanked[blanked.rfind(";") + 1:]


def _last_province(text: str) -> str | None:
    mentions = [m for m in find_provinces(text)
                if _names_a_place(text, m.start, m.end) and not _after_a_figure_of_its_own(text, m.start)]
    if not mentions:
        return None
    if len(mentions) > 1 and _LISTED_WITH.fullmatch(text, mentions[-2].end, mentions[-1].start):
        if (alike := _EACH_ALIKE.search(text, mentions[-1].end)) is not None and not _CLAUSE_MARK.search(
            text, alike.end()
        ):
            # "Gia Lai và Đắk Nông cùng ở mức 118.300 đồng/kg": a level each of them has, not a sum over them; one row
            # for one number, so the province the list opens on (never none); not what a later clause adds up ("đều
            # có mưa lớn, làm 11 người chết")
            first = len(mentions) - 1
            while first > 0 and _LISTED_WITH.fullmatch(text, mentions[first - 1].end, mentions[first].start):
                first -= 1
            return mentions[first].province.key
        return None  # "các tỉnh Quảng Bình, Quảng Trị có 12 người chết": the figure is of them all
    if (len(mentions) > 1 and _STRETCH_TO.fullmatch(text, mentions[-2].end, mentions[-1].start)
            and _STRETCH_FROM.search(text, max(0, mentions[-2].start - 20), mentions[-2].start)):
        return None  # "mưa lũ tại các tỉnh từ Quảng Bình đến Quảng Ngãi làm 12 người chết": of the whole stretch
    return mentions[-1].province.key


def _listed_alike_end(after: str) -> int:
    """Where the provinces listed after a first one, and the word saying the figure is each one's alike, end in
    ``after`` (the words after the first: "và Đắk Nông cùng ở mức" → after "cùng"); 0 when it lists none so."""
    at = 0
    mentions = find_provinces(after)
    while (listed := _LISTED_WITH.match(after, at)) is not None and (
        nxt := next((m for m in mentions if m.start == listed.end()), None)
    ) is not None:
        at = nxt.end
    alike = _EACH_ALIKE.match(after, at + len(after[at:]) - len(after[at:].lstrip())) if at else None
    return alike.end() if alike is not None else 0


def _after_a_figure_of_its_own(text: str, start: int) -> bool:
    """"trao 500 triệu đồng cho tỉnh Hà Tĩnh, 300 triệu đồng cho tỉnh Quảng Bình": a province named after a figure
    of its own comma piece is that figure's place, not the next one's."""
    piece_start = max(text.rfind(mark, 0, start) for mark in ",;:(") + 1
    return (_PLACE_PREPOSITION.search(text, piece_start, start) is not None
            and any(char.isdigit() for char in text[piece_start:start]))


def _names_a_place(text: str, start: int, end: int) -> bool:
    return (_JOINED_TO_ANOTHER_PLACE.match(text, end) is None
            and _JOINED_FROM_ANOTHER_PLACE.search(text, max(0, start - 40), start) is None)


def sentence_start(clean: str, at: int) -> int:
    """Where the sentence holding ``at`` opens: after the last full stop or line break before it."""
    stop = clean.rfind(". ", 0, at)
    return max(clean.rfind("\n", 0, at) + 1, stop + 2 if stop >= 0 else 0)


# What a list of provinces puts between a province and the entry its figure is of ("Bắc Giang dẫn đầu với mức tăng
# trưởng GRDP 13,85%", "Quảng Ninh đứng thứ hai với tổng vốn đăng ký 1,9 tỷ USD", "Khánh Hòa đón 2,8 triệu lượt"):
# a rank or a verb of the province, no part of the entry's name
_RANKED_WITH = re.compile(r"\s*(?:(?:dẫn\s+đầu|đứng\s+(?:thứ\s+[^\W\d_]+|đầu|cuối)|xếp\s+thứ\s+[^\W\d_]+)"
                          r"(?:\s+(?:cả\s+nước|toàn\s+quốc|khu\s+vực|trong\s+vùng))?\s*(?:với\s+)?|(?:với|đón|có|thu|đạt)(?:\s+|$))",
                          re.IGNORECASE)
# What opens a list's item before its province ("tiếp đến là Hải Phòng tăng 10,3%", "như: Phú Thọ tăng 21,4%",
# "Ở chiều ngược lại, Cà Mau giảm 2,3%", "Tỷ lệ hộ nghèo cao nhất thuộc về Điện Biên với 22,1%"): the entry named
# before such words, if any, is the figure's
_LISTS_IT = re.compile(r"(?:\b(?:(?:tiếp\s+(?:đến|theo)|sau\s+đó|kế\s+đến)(?:\s+là)?|như|gồm|là|thuộc\s+về|"
                       r"trong\s+đó|riêng|còn|(?:cao|thấp|lớn|nhiều|ít)\s+nhất(?:\s+(?:là|thuộc\s+về))?)"
                       r"|[,:;])\s*$", re.IGNORECASE)
# "cao nhất thuộc về", "thấp nhất là": the head of the entry the superlative ranks provinces by
_SUPERLATIVE_TAIL = re.compile(r"\s+(?:cao|thấp|lớn|nhiều|ít)\s+nhất(?:\s+(?:là|thuộc\s+về))?\s*$", re.IGNORECASE)
_PROVINCE_WORD = re.compile(r"(?:tỉnh|thành\s+phố|TP\.?)\s*$", re.IGNORECASE)
# provinces named as a group ("các địa phương", "một số tỉnh, thành phố"), and the entry such a group is said to have
# ("các địa phương có tốc độ tăng trưởng GRDP cao nhất gồm", "Một số địa phương đạt mức tăng trưởng khá cao")
_GROUP = r"(?:các|một\s+số|những|nhiều|\d+)\s+(?:địa\s+phương|tỉnh(?:\s*,?\s*thành(?:\s+phố)?)?)"
_PROVINCES_AS_A_GROUP = re.compile(_GROUP, re.IGNORECASE)
_A_GROUP_HAVING = re.compile(_GROUP + r"\s+(?:có|đạt|với)\s+(?P<entry>[^,;:()]+?)"
                             r"(?:\s+(?:cao|thấp|khá|lớn|nhỏ|nhanh|chậm|nhiều|ít|nhất|gồm|như|là|tăng(?!\s+trưởng)|giảm)\b[^,;()]*)?\s*[:(]?\s*$",
                             re.IGNORECASE)


def entry_a_group_has(sentence_head: str) -> str:
    """The entry the provinces of a list are said to have as a group, in the words before the list ("Một số địa
    phương đạt mức tăng trưởng khá cao (" → "mức tăng trưởng"), or ""."""
    if "địa phương" not in sentence_head and "tỉnh" not in sentence_head:  # (cheap test first)
        return ""
    having = _A_GROUP_HAVING.search(sentence_head)
    return having.group("entry").strip() if having is not None else ""


# the country or region a total is said of ("kim ngạch xuất khẩu của cả nước", "tăng trưởng GRDP của vùng", "của vùng
# Đồng bằng sông Cửu Long": a region named, its name capitalised, at the label's end), no part of a province's entry
_THE_NATION = re.compile(r"\s*(?:của\s+)?(?:cả\s+nước|toàn\s+quốc|(?:cả|toàn)\s+vùng)(?![^\W\d_])"
                         r"|\s*của\s+vùng(?:\s+(?-i:[A-ZĐÂ])[^,;:()\d]*)?(?=\s*$)", re.IGNORECASE)


def entry_without_its_province(label: str, province: str) -> str | None:
    """In a text about several provinces, the label of a figure keyed to ``province`` without that province's name:
    "Bắc Giang dẫn đầu với mức tăng trưởng GRDP" → "mức tăng trưởng GRDP", "Tỷ lệ hộ nghèo cao nhất thuộc về Điện
    Biên" → "Tỷ lệ hộ nghèo"; "" when the province (and the words listing it) is all the label says ("tiếp đến là
    Hải Phòng"); None when the label does not name the province as a list's item (it is kept)."""
    mentions = [m for m in find_provinces(label)
                if m.province.key == province and _names_a_place(label, m.start, m.end)]
    if not mentions:
        # "các địa phương có tốc độ tăng trưởng cao nhất gồm: Hải Phòng tăng 11,2%": the provinces listed, named as a
        # group, name no entry either
        return "" if _PROVINCES_AS_A_GROUP.fullmatch(label.strip()) else None
    mention = mentions[-1]
    head = label[:mention.start]
    if (word := _PROVINCE_WORD.search(head)) is not None:
        head = head[:word.start()]
    if head.strip() and not _LISTS_IT.search(head):
        return None  # "doanh thu du lịch của Quảng Ninh": the province said inside the entry's name
    after = label[mention.end:]
    after = after[_listed_alike_end(after) :]  # ("Gia Lai và Đắk Nông cùng": the others it is listed with alike)
    if (ranked := _RANKED_WITH.match(after)) is not None:
        after = after[ranked.end():]
    after = after.strip(" ,:;-–")
    if after:
        return after
    tail = _SUPERLATIVE_TAIL.search(head)
    return head[:tail.start()].strip(" ,:;-–") if tail is not None else ""


def without_the_nation(label: str) -> str:
    """The entry of a national or regional total without the whole it is said of: "kim ngạch xuất khẩu của cả nước"
    → "kim ngạch xuất khẩu", "tốc độ tăng trưởng GRDP của vùng" → "tốc độ tăng trưởng GRDP"."""
    if "nước" not in label and "quốc" not in label and "vùng" not in label:  # (cheap test first)
        return label
    return _THE_NATION.sub("", label).strip(" ,:;-–")


# The neighbouring countries and their provinces and cities (data/words/foreign_places.csv): a figure whose subject
# is one of them ("Phía Trung Quốc, kim ngạch ... của Quảng Tây đạt", "Tỉnh Champasak (Lào) thu hút 18 dự án") is no
# fact of a Vietnamese province; what a province does with them ("xuất khẩu sang Trung Quốc", "hỗ trợ tỉnh
# Savannakhet 3 tỷ đồng", "khách Lào") names them after its own subject and stays its own
_FOREIGN_KINDS = keyed_word_lists("foreign_places", "kind")
_FOREIGN_PLACE = "(?:" + "|".join(phrase_source(words) for words in _FOREIGN_KINDS["place"]) + ")"
_FOREIGN_ANY = "(?:" + "|".join(phrase_source(words) for kind in _FOREIGN_KINDS.values() for words in kind) + ")"
_ANY_FOREIGN_NAME = re.compile(rf"(?<![^\W\d_]){_FOREIGN_ANY}(?![^\W\d_])")
_FOREIGN_KIND = r"(?:(?i:tỉnh|thành\s+phố|thủ\s+đô|châu|huyện|khu\s+tự\s+trị|vương\s+quốc|nước(?:\s+bạn)?|bạn)\s+)?"
_ITS_COUNTRY = r"(?:\s*\([^()]{1,40}\))?"  # ("Tỉnh Champasak (Lào)", "thành phố Bách Sắc (Quảng Tây)")
# the foreign side a sentence is fronted by, as a clause of its own ("Phía Trung Quốc,", "Năm 2026, phía bạn Lào,",
# "Tại tỉnh Takeo,")
_FOREIGN_SIDE_FRONTED = re.compile(r"(?:^|[,;:\n])[\W_]*(?<![^\W\d_])(?i:phía|tại|ở)\s+"
                                   rf"{_FOREIGN_KIND}{_FOREIGN_ANY}(?![^\W\d_]){_ITS_COUNTRY}\s*,")
# a clause whose subject is a foreign place: opening on it, at the start of a sentence or of a part after a semicolon
# or a colon or a fronted foreign side ("Tỉnh Salavan có", "Thành phố Hà Khẩu (Vân Nam) đón"; after a comma it ends
# an address: "tại huyện Sepon, tỉnh Savannakhet là 25 tỷ đồng"), or on an entry of it, its first "của" naming it
# ("GDP của tỉnh Savannakhet năm 2024 đạt", "kim ngạch thương mại của Quảng Tây với Việt Nam đạt"; not after the own
# side: "kim ngạch giữa tỉnh Quảng Trị với các tỉnh của Lào"); a country alone opening a clause is what the province
# trades with ("Trung Quốc là thị trường lớn nhất, chiếm 42%"), not a subject
_FOREIGN_OPENING = re.compile(rf"[\W_]*{_FOREIGN_KIND}{_FOREIGN_PLACE}(?![^\W\d_]){_ITS_COUNTRY}\s+(?=[^\W\d_])")
_FOREIGN_OWNER = re.compile(r"(?:(?!(?<![^\W\d_])(?i:của|với|giữa|sang|từ|cho|tỉnh|thành\s+phố)\s)[^,;:()])*?"
                            rf"(?<![^\W\d_])của\s+{_FOREIGN_KIND}{_FOREIGN_ANY}(?![^\W\d_])")
# a clause that names a subject of the country's own side: a Vietnamese province (named) or a unit ("tỉnh", "xã")
_OWN_SIDE = re.compile(rf"(?<![^\W\d_])(?i:{UNIT_WORDS})(?![^\W\d_])")


def may_name_a_foreign_place(sentence: str) -> bool:
    """Whether ``sentence`` names a neighbouring country or one of its places (a cheap test, once a sentence, before
    ``of_a_foreign_place`` reads a figure's clause)."""
    return _ANY_FOREIGN_NAME.search(sentence) is not None


def of_a_foreign_place(before: str) -> bool:
    """Whether the figure ``before`` (its sentence up to the figure) ends on is a foreign place's: its clause's
    subject is one (``_FOREIGN_OPENING``, ``_FOREIGN_OWNER``), or its clause has no subject of its own side and the
    sentence is fronted by the foreign side or opens on a foreign subject ("Phía bạn Lào, GDP của tỉnh Savannakhet
    đạt 2,1 tỷ USD, tăng trưởng 4,2%": the growth is Savannakhet's too)."""
    clause_start = max(before.rfind(mark) for mark in ",;:") + 1
    clause = before[clause_start:]
    fronted = _FOREIGN_SIDE_FRONTED.search(before)
    opens_a_part = clause_start == 0 or before[clause_start - 1] in ";:" or (
        fronted is not None and fronted.end() == clause_start)
    if _FOREIGN_OWNER.match(clause) or (opens_a_part and _FOREIGN_OPENING.match(clause)):
        return True
    if clause_start == 0 or find_provinces(clause) or any(
            _FOREIGN_OPENING.match(clause, m.start()) is None for m in _OWN_SIDE.finditer(clause)):
        return False
    if fronted is not None and fronted.end() <= clause_start:
        return True
    first_clause = before[:min(at for mark in ",;:" if (at := before.find(mark)) >= 0)]
    return _FOREIGN_OWNER.match(first_clause) is not None or _FOREIGN_OPENING.match(first_clause) is not None


# The whole country or a region as a figure's subject ("Điểm trung vị PCI cả nước", "tỷ lệ của cả nước", "bình quân
# vùng Tây Nguyên", "Toàn vùng có"): a figure of no province, in a province's text too (FACTS: the province the fact
# is about). ("toàn quốc" is mostly part of a name, "Giải ... toàn quốc", "Đại hội ... toàn quốc": a province's medal
# or delegates there are its own; not a subject word here)
# (not a zone the province has: "toàn vùng trồng thanh long", "cả vùng nguyên liệu"; data/words/
# zones_within_a_province.csv)
_THE_WHOLE = re.compile(
    r"(?<![^\W\d_])(?:(?P<country>cả\s+nước)|(?:toàn|cả)\s+vùng"
    rf"(?!\s+(?:{word_source('zones_within_a_province')})(?![^\W\d_]))"
    r"|bình\s+quân\s+(?:chung\s+)?(?:của\s+)?vùng)(?![^\W\d_])",
    re.IGNORECASE,
)
# what makes the whole the yardstick of the province's own figure, not the subject of one: a rank in it ("đứng thứ 9
# cả nước", "dẫn đầu cả nước về"), a comparison with it said before the figure ("cao hơn cả nước 1,2 điểm", "gấp 1,5
# lần bình quân cả nước"), a share of it ("chiếm 12% tổng vốn của cả nước")
_THE_WHOLE_AS_A_YARDSTICK = re.compile(
    r"(?<![^\W\d_])(?:thứ|hạng|dẫn\s+đầu|đứng\s+đầu|top|nhóm|so\s+với|hơn|gấp|bằng|chiếm|trong\s+số)(?![^\W\d_])"
    r"(?:[^,;:()]|,(?=\d))*$", re.IGNORECASE)  # (a decimal comma ends no clause: "gấp 1,5 lần")
# a rank said right before the figure, after the whole ("cả nước (năm 2025 xếp thứ 9", "cả nước, xếp hạng")
_A_RANK_BEFORE_THE_FIGURE = re.compile(r"(?<![^\W\d_])(?:thứ|hạng)\s*$", re.IGNORECASE)
# a mark that ends a clause (a decimal comma ends none)
_CLAUSE_MARK = re.compile(r"[;:(]|,(?!\d)")
# the whole's own bracket opened right after it, the figure to come ("bình quân cả nước (khoảng 6,9%)")
_A_BRACKET_OPENED = re.compile(r"\s*\(\s*(?:(?:khoảng|gần|trên|hơn|đạt|là)\s+)?", re.IGNORECASE)
# the province's own side named after the whole ("cả nước ..., trong đó tỉnh ta đạt", "toàn tỉnh")
_OWN_SIDE_AFTER = re.compile(rf"(?<![^\W\d_])(?:{UNIT_WORDS})(?![^\W\d_])", re.IGNORECASE)


def of_the_whole_country_or_region(before: str) -> str | None:
    """The figure's ``place_scope`` (schema.PLACE_SCOPES) when the figure ``before`` (its sentence up to the figure)
    ends on is the country's (``country``) or a region's (``region``), else None: the whole is named in the sentence
    before it as a subject ("Điểm trung vị PCI cả nước là 65,4 điểm", "Cả nước có 710.000 ha cà phê, sản lượng 1,82
    triệu tấn", "cao hơn bình quân cả nước (6,93%)": the bracket after the whole holds the whole's figure), with no
    province or unit of the country's own named between it and the figure, and not as a rank or a yardstick of the
    province's own figure ("đứng thứ 5 cả nước với 72 điểm", "gấp 1,5 lần bình quân cả nước")."""
    wholes = list(_THE_WHOLE.finditer(before))
    if not wholes:
        return None
    whole = wholes[-1]
    scope = "country" if whole["country"] else "region"
    after = before[whole.end():]
    if find_provinces(after) or _OWN_SIDE_AFTER.search(after):
        return None
    if _A_BRACKET_OPENED.fullmatch(after):
        return scope  # ("cao hơn bình quân cả nước (6,93%)": the whole's figure in its bracket)
    if _A_RANK_BEFORE_THE_FIGURE.search(after):
        return None  # ("đứng thứ 5 trên cả nước (năm 2025 xếp thứ 9)": a rank in the whole is the province's own)
    clause_start = max(_CLAUSE_MARK.finditer(before, 0, whole.start()), key=lambda m: m.end(), default=None)
    clause_start = clause_start.end() if clause_start is not None else 0
    if _THE_WHOLE_AS_A_YARDSTICK.search(before, clause_start, whole.start()) is not None:
        return None
    if find_provinces(before[clause_start:whole.start()]):
        return None  # ("Quảng Ninh ... cả nước": the province's)
    return scope
