"""Provinces and sub-province units named in Vietnamese report text.

Everything matches on a *folded* copy of the text (NFC, lower case, tone marks and hats removed,
``đ`` → ``d``) that has exactly one character per NFC character, so every match maps back to the
caller's text (even NFD input) through an index. Folding makes ``Hoà``/``Hòa``,
``Thuỷ``/``Thủy`` and ``TỈNH BẮC KẠN``/``tỉnh Bắc Kạn`` identical; spelling variants that differ
in letters (``Bắc Cạn``, ``Đắc Lắc``, ``TP.HCM``) are explicit aliases.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from orchestration.extraction.caching import per_document
from orchestration.extraction.normalise import FoldedText, fold, nfc
from orchestration.extraction.vocabulary import keyed_word_lists, phrase_source, read_table, word_list, word_source


def slug(text: str) -> str:
    """``Bà Rịa - Vũng Tàu`` → ``ba_ria_vung_tau``."""
    return re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_")


# --------------------------------------------------------------------------- provinces


@dataclass(frozen=True)
class Province:
    key: str
    name: str
    gso_code: str | None
    region: str | None
    successor_key: str
    successor_name: str


# Spellings that differ from the official name by more than tone marks (folded forms).
_EXTRA_ALIASES: dict[str, tuple[str, ...]] = keyed_word_lists("province_aliases", "province_key")
# Names that are also common words or parts of other names, each with what may not follow it, who
# may only be written with "thành phố"/"TP", and who only as spelt (data/words/province_name_limits.csv).
_LIMIT_ROWS = read_table("words/province_name_limits.csv")
_LIMITS: dict[str, dict[str, str]] = {
    limit: {row["province_key"]: row["words"] for row in _LIMIT_ROWS if row["limit"] == limit}
    for limit in ("not_followed_by", "only_after_city_word", "only_spelt")
}
if {row["limit"] for row in _LIMIT_ROWS} - set(_LIMITS):  # a misspelt limit would be silently ignored
    raise ValueError(f"data/words/province_name_limits.csv: a limit is not one of {sorted(_LIMITS)}")
# Text after the name that makes it part of another (Điện Biên Phủ; Thái Bình Dương = the Pacific).
_NOT_FOLLOWED_BY: dict[str, str] = _LIMITS["not_followed_by"]
# "Hồ Chí Minh" alone is the president: only the city when written with "thành phố"/"TP".
_NEEDS_CITY_PREFIX = frozenset(_LIMITS["only_after_city_word"])
# "Nguyễn Nam Đình", "Vũ Huế", "Trần Thị Hà Giang": a bare province name after a family name
# (data/words/family_names.csv), maybe with a middle name, is part of a person's name
_AFTER_FAMILY_NAME = re.compile(r"(?:^|[^\w])(?:" + word_source("family_names") + r")(?:\s+[A-ZĐ]\w*)?\s+$")
FAMILY_NAME_REACH = 30  # characters before a mention where a person's family name can stand
# "Chủ tịch UBND huyện Đỗ Hùng Sơn chủ trì": a three-word name after a district's word that opens
# with a family name and is no district of the GSO list is the office holder, not a place
_FAMILY_NAME_WORD = re.compile(r"(?:" + word_source("family_names") + r")$", re.IGNORECASE)
# "Báo Công an TP. HCM", "Báo Quảng Ninh": a newspaper's name (not "Báo cáo"), not a place it writes about
_AFTER_NEWSPAPER = re.compile(r"\bBáo(?!\s+cáo)(?:\s+\w+){0,2}\s+$")
# "các điểm du lịch hồ Hòa Bình", "sông Đồng Nai": a lake, river or plant named after a province, written
# with its lower-case landmark noun (data/words/landmark_nouns.csv), is the landmark, not the province
_AFTER_LANDMARK_NOUN = re.compile(r"(?:^|[^\w])(?:" + word_source("landmark_nouns") + r")\s+$")
# "Trường THCS Điện Biên", "trường Trung học phổ thông chuyên Thái Bình": a school named after a province, with
# its level (data/words/school_levels.csv), is the school, not the province (schools are named after places far off)
_AFTER_A_SCHOOLS_LEVEL = re.compile(
    r"(?:^|[^\w])[Tt]rường\s+(?i:" + word_source("school_levels") + r")(?:\s+chuyên)?\s+$"
)
SCHOOLS_NAME_REACH = 45  # characters before a mention: "Trường Trung học phổ thông chuyên "
# "thôn Quảng Bình", "các thôn Minh Tiến, Quảng Bình của xã X": a village (data/words/village_nouns.csv) named
# like a province, alone after its noun or in a list under the plural "các thôn", is the village, not the province
# ("Sở Nông nghiệp và Phát triển nông thôn Lâm Đồng": the countryside, a province's department, no village)
# ("bản Thái Bình (xã Mường Chiên, huyện Quỳnh Nhai)": the uplands' and the Khmer villages' nouns too, when no
# word before makes them part of a compound: "văn bản", "Nhật Bản", "chăm sóc")
# (the lookbehinds that keep "bản" of a compound, "văn bản", "biên bản", "Nhật Bản", from being a village's noun)
NOT_A_VILLAGE_COMPOUND = "".join(f"(?<!{word}\\s)" for word in word_list("village_noun_compounds"))
_VILLAGE = ("(?<!nông\\s)(?:" + word_source("village_nouns") + "|(?<!\\w)" + NOT_A_VILLAGE_COMPOUND
            + "(?:" + word_source("upland_village_nouns") + "))")
_VILLAGE_NAME = r"[^\W\d]\w*(?:\s+[^\W\d]\w*){0,3}"
_AFTER_VILLAGE_NOUN = re.compile(
    r"(?:^|[^\w])(?:" + _VILLAGE + r"\s+|các\s+" + _VILLAGE + r"\s+" + _VILLAGE_NAME
    + r"(?:\s*,\s*" + _VILLAGE_NAME + r")*\s*(?:,|và)\s+)$",
    re.IGNORECASE,
)
VILLAGE_REACH = 100  # characters before a mention where a list of villages may open
# One-syllable names that another tone makes a person's name ("bà Minh Huệ", "chị Huề"): only the
# name as spelt (in any case) is the place.
_EXACT_SPELLING: dict[str, str] = _LIMITS["only_spelt"]
# Centrally-run cities: "thành phố X" is then a province, not a district.
CENTRAL_CITIES = frozenset(keyed_word_lists("central_cities", "province_key"))
# ... since a month ("2025-01"), a city of its province before it: "thành phố Huế" of 2023 is a district (folded name)
_CENTRAL_SINCE = {fold(r["words"]): (int(r["since"][:4]), int(r["since"][5:7]))
                  for r in read_table("words/central_cities.csv") if r["since"]}


@functools.lru_cache(maxsize=1)
def _load() -> tuple[tuple[Province, ...], dict[str, Province]]:
    rows = read_table("provinces.csv")
    provinces = tuple(
        Province(
            r["province_key"],
            r["name_vi"],
            r["gso_code"],
            r["region"],
            r["successor_key_2025"],
            r["successor_name_2025"],
        )
        for r in rows
    )
    by_key = {p.key: p for p in provinces}
    # Post-2025 units whose key is not an old province (Huế) become provinces of their own.
    for r in rows:
        skey = r["successor_key_2025"]
        if skey not in by_key:
            by_key[skey] = Province(skey, r["successor_name_2025"], None, r["region"], skey, r["successor_name_2025"])
    return provinces, by_key


def provinces() -> tuple[Province, ...]:
    """The 63 provinces of provinces.csv, in file order."""
    return _load()[0]


def get_province(key: str) -> Province | None:
    """A province (or post-2025 unit such as ``hue``) by key."""
    return _load()[1].get(key)


def all_units() -> tuple[Province, ...]:
    """The 63 provinces plus post-2025 units that are not among them (``hue``)."""
    return tuple(_load()[1].values())


@functools.lru_cache(maxsize=1)
def _renamed_units() -> dict[str, str]:
    """Post-2025 units that are one former province under a new name and key (Huế, the former
    Thừa Thiên Huế) → that province's key; a unit merged from several provinces is none."""
    predecessors: dict[str, list[str]] = {}
    for p in provinces():
        predecessors.setdefault(p.successor_key, []).append(p.key)
    return {new: old[0] for new, old in predecessors.items() if len(old) == 1 and new != old[0]}


def as_named_before_2025(province: Province) -> Province:
    """The province a renamed unit's name stands for in a text of any date: "Huế" is the province
    of Thừa Thiên Huế until a text dated after the 2025 change says otherwise (the report's date
    settles the key, see ``document``); one territory is one province, whichever name it goes by."""
    former = _renamed_units().get(province.key)
    return province if former is None else _load()[1][former]


def renamed_as(province: Province) -> Province | None:
    """The unit a province became under a new name and key in 2025 (Thừa Thiên Huế → Huế), if any."""
    new = province.successor_key
    return get_province(new) if _renamed_units().get(new) == province.key else None


@functools.lru_cache(maxsize=1)
def _alias_table() -> dict[str, str]:
    """folded alias → province key."""
    table: dict[str, str] = {}
    for p in all_units():
        table[fold(p.name)] = p.key
        table[fold(p.name).replace(" - ", " ")] = p.key
        table[p.key.replace("_", " ")] = p.key
    for key, aliases in _EXTRA_ALIASES.items():
        for a in aliases:
            table[fold(a)] = key
    return table


@per_document(maxsize=512)  # a report names the same districts and communes again and again
def match_province(name: str, *, fuzzy: bool = True) -> Province | None:
    """The province named by ``name`` (no unit word), tolerant of case/diacritics/spelling."""
    folded = re.sub(r"\s+", " ", fold(name)).strip(" .,;:")
    folded = re.sub(r"^(?:tinh|thanh pho|tp\.?)\s*", "", folded)
    table = _alias_table()
    if folded in table:
        return get_province(table[folded])
    if not fuzzy or len(folded) < 4:
        return None
    best = process.extractOne(folded, list(table), scorer=fuzz.ratio, score_cutoff=88)
    return get_province(table[best[0]]) if best else None


@dataclass(frozen=True)
class ProvinceMention:
    province: Province
    start: int  # offsets into the caller's text
    end: int
    text: str
    prefixed: bool  # written with "tỉnh"/"thành phố"/"TP" before it


@functools.lru_cache(maxsize=1)
def _province_regex() -> re.Pattern[str]:
    aliases = sorted(_alias_table(), key=len, reverse=True)
    # The aliases, longest first, grouped by their first letter ("b(?:a\s+ria...|inh\s+dinh|...)|t(?:...)"):
    # at any position only the aliases opening with the letter written there can match, and each
    # group keeps them longest first, so the match is the one of the plain alternation; the engine
    # then tries ~15 letters at a word start instead of ~100 aliases.
    by_letter: dict[str, list[str]] = {}
    for alias in aliases:
        source = re.sub(r"\\ ", r"\\s+", re.escape(alias)).replace(r"\-", r"\s*-\s*")
        first = re.escape(alias[0])
        if not source.startswith(first):
            raise ValueError(f"province alias {alias!r} does not open with its first letter")
        by_letter.setdefault(alias[0], []).append(source[len(first) :])
    alts = "|".join(re.escape(letter) + "(?:" + "|".join(rests) + ")" for letter, rests in by_letter.items())
    return re.compile(rf"(?<![\w.])(?:(tinh|thanh\s+pho|tp\.?)\s*)?({alts})(?![\w])")


def _capitalised(words: str) -> bool:
    """Every word starts with a capital (proper name), so ``hòa bình`` (peace) is not a place."""
    return all(w[0].isupper() or not w[0].isalpha() for w in re.split(r"[\s\-.]+", words) if w)


def find_provinces(text: str) -> list[ProvinceMention]:
    """Every province named in ``text`` (offsets into ``text``)."""
    ft = FoldedText.of(text)
    table = _alias_table()
    out: list[ProvinceMention] = []
    for m in _province_regex().finditer(ft.folded):
        key = table.get(re.sub(r"\s+", " ", m.group(2)))
        if key is None:
            key = table.get(re.sub(r"\s*-\s*", " - ", re.sub(r"\s+", " ", m.group(2))))
        if key is None:
            continue
        prefixed = m.group(1) is not None and _is_unit_word(ft.nfc[m.start(1) : m.end(1)])
        if key in _NEEDS_CITY_PREFIX and not prefixed and not m.group(2).startswith("tp"):
            continue
        after = _NOT_FOLLOWED_BY.get(key)
        if after and re.match(after, ft.folded[m.end() :]):
            continue
        if not _capitalised(ft.nfc[m.start(2) : m.end(2)]):
            continue
        if key in _EXACT_SPELLING and ft.nfc[m.start(2) : m.end(2)].lower() != _EXACT_SPELLING[key]:
            continue
        if not prefixed and (num := _CLOSING_NUMBER.match(ft.folded, m.end())) is not None and _numbered_name_closes(
                ft.folded, [re.sub(r"\s+", " ", m.group(2))], num.group(1), num.end()):
            continue  # "PHƯỜNG HÀ GIANG 1", "Hà Giang 2, ngày ...": a 2025 ward named after the town, with its number
        start, end = ft.to_source(m.start()), ft.to_source(m.end())
        before = text[max(0, start - FAMILY_NAME_REACH) : start]
        if not prefixed and (_AFTER_FAMILY_NAME.search(before) or _AFTER_LANDMARK_NOUN.search(before)):
            continue
        if _AFTER_NEWSPAPER.search(before):
            continue
        if not prefixed and _AFTER_A_SCHOOLS_LEVEL.search(text, max(0, start - SCHOOLS_NAME_REACH), start):
            continue
        if not prefixed and _AFTER_VILLAGE_NOUN.search(text, max(0, start - VILLAGE_REACH), start):
            continue
        province = as_named_before_2025(get_province(key))  # type: ignore[arg-type]
        out.append(ProvinceMention(province, start, end, text[start:end], prefixed))
    return out


# --------------------------------------------------------------------------- sub-province units

# The kinds of administrative unit and the words that name them (data/words/unit_kinds.csv): each row a written form
# (lower case NFC; the tone placement variants of a party committee listed) with its kind key, the levels a unit of
# that kind is at (the first its admin level: a ``thành phố`` is a province's city unless its name is a centrally-run
# one) and its form: the unit's name word, the press's short form (``TP.``, ``H.``) or its party committee (``Huyện
# ủy``). The written forms are literal (``tp.`` is a dot, not any letter).
_UNIT_KIND_ROWS = tuple(read_table("words/unit_kinds.csv"))
_UNIT_WORDS: dict[str, str] = {row["words"]: row["kind"] for row in _UNIT_KIND_ROWS}
# the name word of each kind ("huyen" → "huyện"), and the level of a unit of that kind
_KIND_WORD = {row["kind"]: row["words"] for row in _UNIT_KIND_ROWS if row["form"] == "name"}
ADMIN_LEVEL = {row["kind"]: row["levels"].split()[0] for row in _UNIT_KIND_ROWS if row["form"] == "name"}
# "UBND HUYEN DONG ANH", "UY BAN NHAN DAN XA TAN HOI": a heading typed without its marks; such a unit word is also a
# common word ("cơ quan", "cách xa"), so only a name without marks that the lists hold makes a unit of it
_UNMARKED_UNIT_WORDS: dict[str, str] = {fold(word): kind for kind, word in _KIND_WORD.items()}
# huyện written as its capital letter (and dot): a lower-case "h." is an hour, a one-word name a byline
_HUYEN_ABBREVIATIONS = tuple(
    row["words"] for row in _UNIT_KIND_ROWS if row["form"] == "short" and row["kind"] == "huyen"
)
# the only units named by a number: Quận 1, Phường 6 (and their party committees)
_NUMBERED_KINDS = {"quan", "phuong"}


def unit_words_source(*levels: str, only: bool = False) -> str:
    """The name words of the unit kinds at any of ``levels`` (``province``, ``district``, ``commune``) as one
    alternation (regex source, a space any run of whitespace), for a rule that puts the unit word inside a phrase of
    its own: ``unit_words_source("district", "commune")`` is ``thành\\s+phố|huyện|thị\\s+xã|quận|xã|…``. With
    ``only``, the kinds at no other level: ``thành phố`` (which may name a centrally-run city) is then no district's."""
    unknown = set(levels) - {"province", "district", "commune"}
    if unknown or not levels:
        raise ValueError(f"unit levels are province, district and commune, not {sorted(unknown) or 'none'}")
    wanted = set(levels)
    return "|".join(
        phrase_source(row["words"])
        for row in _UNIT_KIND_ROWS
        if row["form"] == "name"
        and (set(row["levels"].split()) <= wanted if only else bool(set(row["levels"].split()) & wanted))
    )


# The unit words as regex source for the rules of every module (one source: data/words/unit_kinds.csv).
UNIT_WORDS = unit_words_source("province", "district", "commune")
# a unit inside a province: a district's or a commune's word, thành phố with them
LOCAL_UNIT_WORDS = unit_words_source("district", "commune")
# a unit surely below a province: thành phố left out (Hà Nội's "ngân sách thành phố" is a province's budget)
LOWER_UNIT_WORDS = unit_words_source("district", "commune", only=True)
COMMUNE_WORDS = unit_words_source("commune")


def _is_unit_word(s: str) -> bool:
    return re.sub(r"\s+", " ", s.lower()).strip() in _UNIT_WORDS


def unit_kind(word: str) -> str | None:
    """``Thành phố``/``TP.``/``huyện`` (or folded: ``thanh pho``) → kind key; keys pass through."""
    w = re.sub(r"\s+", " ", nfc(word).lower()).strip()
    if w in _KIND_WORD:
        return w
    return (
        _UNIT_WORDS.get(w)
        or _UNIT_WORDS.get(w.rstrip("."))
        or _UNMARKED_UNIT_WORDS.get(fold(w))
    )


def as_its_provinces_city(unit: UnitMention, written: tuple[int, int]) -> UnitMention | None:
    """A centrally-run city named in a text ``written`` (year, month) before it was one ("UBND THÀNH PHỐ HUẾ" of
    2023): the city of its province then, a district; None for any other unit or a text of its time."""
    since = _CENTRAL_SINCE.get(fold(unit.name)) if unit.kind == "thanh_pho" and unit.province is not None else None
    if since is None or written >= since:
        return None
    return replace(unit, key=place_key(unit.kind, unit.name), admin_level="district", province=None)


def place_key(kind: str, name: str) -> str:
    """Snake ASCII key of a unit: ``("thành phố", "Bắc Kạn")`` → ``thanh_pho_bac_kan``.

    ``kind`` is a unit word (``huyện``, ``TP.``, ``thị xã``) or a kind key (``huyen``). A
    province (``tỉnh``) yields the province key itself. Names that are province spellings
    (``Bắc Cạn``) are canonicalised so every spelling gives one key.
    """
    k = unit_kind(kind)
    if k is None:
        raise ValueError(f"unknown unit kind: {kind!r}")
    prov = match_province(name, fuzzy=False)
    name_slug = prov.key if prov else slug(name)
    return name_slug if k == "tinh" else f"{k}_{name_slug}"


@dataclass(frozen=True)
class UnitMention:
    kind: str  # tinh, thanh_pho, huyen, thi_xa, quan, xa, phuong, thi_tran, dac_khu
    name: str  # as written, ALL CAPS turned to title case
    key: str  # place_key(kind, name); the province key for provinces
    admin_level: str  # province, district, commune
    province: Province | None  # set when the unit is itself a province (tỉnh X, TP Hà Nội)
    start: int
    end: int
    party: bool = False  # written as a party committee (Tỉnh ủy X, Huyện ủy X)


# The unit words, on folded text, not after a letter or a dot. Written one branch per first letter
# (the words in their order within it; words of different letters never match at one place),
# with the lookbehind after that letter: the engine then skips to those five letters instead of
# testing every character of the report (the same matches as
# ``(?<![\w.])(tinh\s+uy|thanh\s+uy|huyen\s+uy|thi\s+uy|quan\s+uy|tinh|thanh\s+pho|t\.?p\.?|huyen|thi\s+xa|tx\.?
# |quan|xa|phuong|thi\s+tran|dac\s+khu)``; tests/test_scanning.py holds it to that form).
_UNIT_RE = re.compile(
    r"((?:t(?<![\w.]t)(?:inh\s+uy|hanh\s+uy|hi\s+uy|inh|hanh\s+pho|\.?p\.?|hi\s+xa|x\.?|hi\s+tran)"
    r"|h(?<![\w.]h)(?:uyen\s+uy|uyen|(?=\.)\.?)|q(?<![\w.]q)(?:uan\s+uy|uan)|x(?<![\w.]x)a|p(?<![\w.]p)huong"
    r"|d(?<![\w.]d)ac\s+khu))"
    r"(?![\w])[ \t]*"
)
# Capitalised words that end a name (headers run into the next cell, sentences into acronyms).
# Capitalised words that end a name (headers run into the next cell, sentences into acronyms).
# Compared in lower-case NFC with tones: "Nặm" (Pác Nặm) is a name, "Năm" is not.
_NAME_STOP = {
    "ubnd",
    "hđnd",
    "ubmttq",
    "cộng",
    "độc",
    "số",
    "kính",
    "về",
    "v/v",
    "năm",
    "tháng",
    "quý",
    "khóa",
    "khoá",
    "nhiệm",
    "lần",
    "đảng",
    "tỉnh",
    "huyện",
    "xã",
    "phường",
    "quận",
    "thị",
    "báo",
    "ban",
    "ủy",
    "uỷ",
    "và",
    "của",
    "tại",
    "trên",
    "trong",
    "tp",
    "tx",
    "tt",
    "thể",
    "ngày",
    "người",
    "giai",
    "đến",
    "từ",
    "theo",
    "với",
}
# "Đại" opens names (xã Đại Mạch, huyện Đại Lộc) but also the words after a unit that are no name
# ("HĐND tỉnh Đại biểu ...", "huyện Đại hội ..."): it stops a name only before one of these
_DAI_WORDS = {"hội", "biểu", "diện", "học", "sứ", "tướng"}
# "Thành" ends many a unit's name (huyện Núi Thành, huyện Yên Thành, xã Tân Thành) but also opens the unit or
# body after one ("huyện A Thành ủy ...", "tỉnh B Thành phố C", "Thành đoàn", "thành lập"): it stops a name only
# before one of these
_THANH_WORDS = {"phố", "ủy", "uỷ", "đoàn", "lập", "viên"}
_ROMAN = re.compile(r"^[IVXLC]+$")
_TOKEN = re.compile(r"[^\W_][\w\-'’]*\.?|\d+")  # (’: Ia H’Drai, Cư M’gar: the apostrophe of a name, typeset)
_NEXT_NAME_WORD = re.compile(r" (?:[-–—] )?(?=\S)")  # (a name of two joined by a hyphen or a dash)


def _province_opening(words: list[str]) -> tuple[int, Province | None]:
    """The most of ``words``' first words (two at the least: every province's name but Huế has two)
    that name a province, and that province (Huế's one word, a city that is a province: "UBND THÀNH PHỐ HUẾ" +
    "SỞ TÀI CHÍNH"); ``(0, None)`` when none do."""
    for n in range(len(words) - 1, 0, -1):
        # (exact names and their listed spellings only: a fuzzy match would take a word that runs on too)
        if (prov := match_province(_display_name(words[:n]), fuzzy=False)) is not None and (
                n > 1 or prov.key in CENTRAL_CITIES):
            return n, prov
    return 0, None


def _name_tokens(nfc: str, pos: int) -> tuple[int, list[str]]:
    """Capitalised words from ``pos`` on one line: the name of a unit. Returns (end, words)."""
    words: list[str] = []
    end = pos
    i = pos
    while len(words) < 5:
        m = _TOKEN.match(nfc, i)
        if not m:
            break
        word = m.group(0).rstrip(".")
        low = word.lower()
        # Phường 1, Quận 10; a year is never a unit's number ("HĐND thị xã 2020" is the council's year), nor is
        # one running on into a figure ("toàn phường 28.650 người", "phường 1,5 tỷ")
        is_number = (word.isdigit() and len(word) <= 2 and not words
                     and not _NUMBER_RUNS_ON.match(nfc, m.end()))
        if word.isdigit() and words and _numbered_name_closes(nfc, words, word, m.end()):
            # "xã Tân Phước 1", "phường Móng Cái 2", "xã A Lưới 3": the communes and wards made of one district
            # in 2025 (and a few before) are told apart by a number closing the name; a number after any
            # other name is a count or a date ("xã Ba Bể 3 năm", "xã Tân Phú 12/2025")
            words.append(word)
            end = m.end()
            break
        if not is_number:
            stop = (low in _NAME_STOP and not (low == "từ" and [w.lower() for w in words[-1:]] == ["đại"])  # Đại Từ
                    # "đặc khu Phú Quý", "quận Nam Từ Liêm", "huyện Ngã Năm": the word is the listed name's own
                    and fold(" ".join([*words, word])) not in _listed_names_through_a_stop()
                    and (words or not _a_listed_name_opening_on_a_stop(nfc, word, m.start() + len(word))))
            if not word[0].isupper() or stop or _ROMAN.match(word) or _an_unmarked_address_word(nfc, words, word, m):
                break
            if low == "đại" and _starts_dai_word(nfc, m.end()):
                break
            if low == "thành" and (_next_word_in(nfc, m.end(), _THANH_WORDS)
                                   or (not words and not _next_word_in(nfc, m.end(), _names_opening_on_thanh()))):
                # (a name opens on it only as the lists' names do, "phường Thành Sen", "xã Thành Công": "Thành phố",
                # "Thành ủy" are unit words of their own)
                break
            if len(word) > 1 and word.isupper() and not _alpha_caps_word(word):
                break
        words.append(word)
        end = m.start() + len(word)
        if is_number:
            break
        # Next word only across one space (or " - " inside names like Bà Rịa - Vũng Tàu).
        nxt = _NEXT_NAME_WORD.match(nfc, end)  # (in place: ``nfc`` may be a whole report)
        if not nxt:
            break
        i = nxt.end()
    return end, words


# "UBND XA TAN LAP HUYEN DAN PHUONG", "HUYEN SON DUONG TINH TUYEN QUANG": a header typed without marks names the unit
# above after the name, by the unmarked word of a district or a province ("huyện", "tỉnh" are stops written with
# their marks); only before another name, for the words end names too ("xã Sơn Tịnh", "phường Quan Huyền")
_UNMARKED_ADDRESS_WORDS = frozenset({"huyen", "tinh"})
_ANOTHER_NAME_AFTER = re.compile(r" [A-ZĐ]")


def _an_unmarked_address_word(nfc: str, words: list[str], word: str, token: re.Match[str]) -> bool:
    """Does ``word`` (at ``token``), after some of a name's ``words``, open the unmarked unit word of the unit above
    it, another name following?"""
    return (
        bool(words)
        and word.isascii()
        and word.lower() in _UNMARKED_ADDRESS_WORDS
        and _ANOTHER_NAME_AFTER.match(nfc, token.start() + len(word)) is not None
    )


def _listed_unit_names() -> Iterator[list[str]]:
    """The words of every commune's and district's name in the lists."""
    for table in ("communes.csv", "districts.csv"):
        for row in read_table(table):
            yield row["name_vi"].split()


@functools.lru_cache(maxsize=1)
def _listed_names_through_a_stop() -> frozenset[str]:
    """The folded openings of the lists' commune and district names up to a word that stops other names
    (``_NAME_STOP``: "phu quy", "nam tu", "nga nam", "tan quy"): there the word is the name's own."""
    return frozenset(fold(" ".join(words[: i + 1])) for words in _listed_unit_names()
                     for i in range(1, len(words)) if words[i].lower() in _NAME_STOP)


@functools.lru_cache(maxsize=1)
def _listed_names_opening_on_a_stop() -> frozenset[str]:
    """The folded two-word names of the lists that open on a word that stops other names ("tu son", "nam can",
    "quy loc", "tu liem")."""
    return frozenset(fold(" ".join(words)) for words in _listed_unit_names()
                     if len(words) == 2 and words[0].lower() in _NAME_STOP)


def _a_listed_name_opening_on_a_stop(nfc: str, word: str, after: int) -> bool:
    """Does ``word`` (ending at ``after``) open a two-word name of the lists with the capitalised word after it,
    the name closing there ("thành phố Từ Sơn", "huyện Năm Căn", "xã Quý Lộc")? Not when a capitalised word runs on
    ("XÃ CỘNG HÒA XÃ HỘI ...": the heading's motto after a unit word whose name is on the next line)."""
    if nfc[after : after + 1] != " " or (nxt := _TOKEN.match(nfc, after + 1)) is None:
        return False
    second = nxt.group(0).rstrip(".")
    if not second[0].isupper() or fold(f"{word} {second}") not in _listed_names_opening_on_a_stop():
        return False
    runs_on = _NEXT_NAME_WORD.match(nfc, nxt.start() + len(second))
    return runs_on is None or not nfc[runs_on.end()].isupper()


@functools.lru_cache(maxsize=1)
def _names_opening_on_thanh() -> frozenset[str]:
    """The second words (lower case) of the lists' commune and district names that open on "Thành" (``sen`` of
    "Thành Sen", ``công`` of "Thành Công")."""
    return frozenset(words[1].lower() for words in _listed_unit_names() if len(words) > 1 and words[0] == "Thành")


_CLOSING_NUMBER = re.compile(r" (\d{1,2})(?!\d)")
_NUMBER_RUNS_ON = re.compile(r"[.,/:%\-]?\d|\s*%")  # "1,5 tỷ", "3/2026", "2%": the number is a figure's or a date's


def _numbered_name_closes(nfc: str, words: list[str], number: str, after: int) -> bool:
    """Does ``number`` after the name ``words`` close a commune's or ward's name of the list ("Tân Phước 1")?"""
    if _NUMBER_RUNS_ON.match(nfc, after):
        return False
    return fold(" ".join([*words, number])) in _numbered_commune_names()


@functools.lru_cache(maxsize=1)
def _numbered_commune_names() -> frozenset[str]:
    """The folded names of the list's communes and wards that close on a number ("tan phuoc 1", "my dinh 2");
    not "Phường 1", a number alone, which ``_name_tokens`` reads as the whole name."""
    return frozenset(name for (_era, _kind, name) in _communes_by_name() if re.fullmatch(r"\D+ \d{1,2}", name))


def _starts_dai_word(nfc: str, after: int) -> bool:
    """``Đại`` at ``after`` is followed by ``hội``/``biểu``/... (a word, not a name)."""
    return _next_word_in(nfc, after, _DAI_WORDS)


def _next_word_in(nfc: str, after: int, words: set[str]) -> bool:
    """Is the word after the one ending at ``after`` (one space between) one of ``words``?"""
    nxt = _TOKEN.match(nfc, after + 1) if nfc[after : after + 1] == " " else None
    return nxt is not None and nxt.group(0).lower() in words


def _alpha_caps_word(word: str) -> bool:
    """An upper-case word that is a syllable, not an acronym like HĐND/UBND (has a vowel)."""
    return bool(re.search(r"[aeiouyAEIOUY]", fold(word))) and len(word) <= 7


def _display_name(words: list[str]) -> str:
    name = " ".join(words)
    if name.isupper():
        name = " ".join(w.capitalize() for w in words)
    return name


_SPACES = re.compile(r"\s+")
# Unit words written as abbreviations whose dot may be glued to the name: "TX.Tân Châu", "TP.Vinh"
_DOTTED_ABBREVIATIONS = {"tx", "tp", "t.p", "h"}


def find_units(text: str) -> list[UnitMention]:
    """Every ``unit word + capitalised name`` in ``text``: tỉnh Bắc Kạn, TP. Bắc Kạn, huyện Ba Bể,
    HUYỆN TIÊN YÊN, Thành ủy Hà Nội, Phường 1 ... (offsets into ``text``)."""
    return list(_units_in(text))  # describe_document and placement ask for the same text's units


def find_units_of_kind(text: str, kind: str) -> list[UnitMention]:
    """The mentions of ``find_units(text)`` whose kind is ``kind`` (``xa``, ``huyen`` ...), in order,
    found without reading the names after the other kinds' words (a whole report's units, asked for
    one kind)."""
    return list(_units_in(text, kind))


@per_document(maxsize=32)
def _units_in(text: str, only_kind: str | None = None) -> tuple[UnitMention, ...]:
    ft = FoldedText.of(text)
    out: list[UnitMention] = []
    for m in _UNIT_RE.finditer(ft.folded):
        written = _SPACES.sub(" ", ft.nfc[m.start(1) : m.end(1)].lower())
        kind = _UNIT_WORDS.get(written)
        unmarked = kind is None and written.isascii() and (kind := _UNMARKED_UNIT_WORDS.get(written)) is not None
        if kind is None or (written in _HUYEN_ABBREVIATIONS and ft.nfc[m.start(1)] != "H"):
            continue  # a lower-case "h." is an hour ("17h."), only "H." stands for huyện
        if only_kind is not None and kind != only_kind:
            continue  # (each match is read on its own, nothing carries to the next: the rest is find_units' list)
        end, words = _name_tokens(ft.nfc, m.end())
        if (not words and ADMIN_LEVEL[kind] != "commune" and not written.endswith(("ủy", "uỷ"))
                and ft.nfc.startswith("đoàn ", m.end())):
            # "Huyện đoàn Tân Phước (Tiền Giang)": a district's (or province's) Youth Union, "đoàn" in lower case
            # before the unit's name (a commune's is "Đoàn xã X")
            end, words = _name_tokens(ft.nfc, m.end() + 5)
        if not words and written in _DOTTED_ABBREVIATIONS and ft.nfc.startswith(".", m.end()):
            # "TX.Tân Châu", "TP.Hội An": the abbreviation's dot glued to the name it opens (the
            # name's words must still be capitalised)
            end, words = _name_tokens(ft.nfc, m.end() + 1)
        if not words or (written in _HUYEN_ABBREVIATIONS and len(words) < 2):
            continue  # "H.Anh", "T.Hương": a byline's initial before a one-word given name
        if words[0].isdigit() and kind not in _NUMBERED_KINDS:
            continue  # "trên địa bàn huyện 6 tháng đầu năm": no huyện, tỉnh or xã is named by a number
        # "Cộng hòa xã hội", "KINH TẾ - XÃ HỘI": xã followed by hội is society, not a commune ("xã Hội Cư", "xã Hội
        # Xuân": a commune's name of two words, its first in title case after a lower-case "xã", is one)
        if kind == "xa" and fold(words[0]) == "hoi" and not (
                words[0] == "Hội" and len(words) >= 2 and words[1][:1].isupper() and not words[1].isupper()
                and words[1] != "Chủ" and written.islower()):
            continue
        party = "ủy" in written or "uỷ" in written
        if _a_youth_union_of(words):
            # "Huyện đoàn Vạn Ninh", "Tỉnh Đoàn X": the unit's Youth Union, named by the unit after it
            words = words[1:]
        if (held := _office_holder_after(kind, words)) is not None:
            # "Chủ tịch UBND huyện Phong Điền Trịnh Đức Hùng": the district's name, then its holder's
            end = ft.nfc.rindex(words[held - 1], 0, ft.nfc.index(words[held], m.end())) + len(words[held - 1])
            words = words[:held]
        name = _display_name(words)
        if unmarked and not _listed_without_marks(kind, words):
            continue
        prov = match_province(name, fuzzy=kind == "tinh")
        if prov is None and kind in ("tinh", "thanh_pho") and len(words) > 2 and all(w.isupper() for w in words):
            # "UBND TỈNH LẠNG SƠN" + "SỞ TÀI CHÍNH" joined, a headline in capitals: capitals show no end of a
            # name, so the province's is the longest run of the first words that names one (a city's when the city
            # is a province: "UBND THÀNH PHỐ ĐÀ NẴNG" + "SỞ TÀI CHÍNH")
            cut, prov = _province_opening(words)
            if prov is not None and kind == "thanh_pho" and prov.key not in CENTRAL_CITIES:
                cut, prov = 0, None
            if prov is not None:
                words = words[:cut]
                end = ft.nfc.index(words[-1], m.end()) + len(words[-1])
                name = _display_name(words)
        if (prov is None and kind != "tinh" and len(words) > 2 and all(w.isupper() for w in words)
                and not _listed_as(kind, words) and (cut := _listed_opening(kind, words))):
            # "XÃ TÂN PHÚ ĐÔNG TỔ CHỨC KỲ HỌP": a headline in capitals shows no end of a name either; the district's
            # or the commune's is the longest run of its first words that the lists hold
            words = words[:cut]
            end = ft.nfc.index(words[-1], m.end()) + len(words[-1])
            name = _display_name(words)
        if _an_office_holder(kind, words, prov):
            continue
        province: Province | None = None
        if kind == "tinh":
            if prov is None:
                continue
            province, name = prov, prov.name
        elif kind == "thanh_pho" and prov is not None and prov.key in CENTRAL_CITIES:
            province, name = as_named_before_2025(prov), prov.name
        elif kind == "thanh_pho" and fold(name) in {"hcm", "ho chi minh"}:
            province = get_province("ho_chi_minh")
            name = "Hồ Chí Minh"
        if prov is not None and province is None:
            name = prov.name  # canonical spelling of a province-named city (TP. Bắc Cạn)
        level = "province" if province is not None else ADMIN_LEVEL[kind]
        key = province.key if province is not None else place_key(kind, name)
        out.append(UnitMention(kind, name, key, level, province, ft.to_source(m.start()), ft.to_source(end), party))
    return tuple(out)


def _listed_as(kind: str, words: list[str]) -> bool:
    """Do the lists hold a district, or a commune of ``kind``, named ``words``?"""
    name = fold(" ".join(words))
    if ADMIN_LEVEL[kind] == "district":
        return name in _districts_by_name()
    return any((era, kind, name) in _communes_by_name() for era in COMMUNE_ERAS)


def _listed_opening(kind: str, words: list[str]) -> int:
    """How many of ``words``' first words (two at the least) name a listed district or commune of ``kind``; 0 for
    none."""
    return next((n for n in range(len(words) - 1, 1, -1) if _listed_as(kind, words[:n])), 0)


def _listed_without_marks(kind: str, words: list[str]) -> bool:
    """Are ``words``, written without marks, the name of a province, a district or a commune of ``kind`` the lists
    hold (``DONG ANH`` after ``HUYEN``)?"""
    if not all(word.isascii() for word in words):
        return False  # ("cơ quan Nhà nước": a word of the sentence, its name written with marks)
    name = fold(" ".join(words))
    level = ADMIN_LEVEL[kind]
    if level != "commune":  # (a city may bear its province's name: "THANH PHO HA TINH")
        return match_province(name, fuzzy=False) is not None or (level == "district" and name in _districts_by_name())
    return any((era, kind, name) in _communes_by_name() for era in COMMUNE_ERAS)


def _office_holder_after(kind: str, words: list[str]) -> int | None:
    """Where a person's name starts after a province's, a district's or a commune's name (``Lạng Sơn
    Hồ Tiến Thiệu`` → 2, ``Phong Điền Trịnh Đức Hùng`` → 2, ``phường An Lạc Dương Văn Hòa`` → 2): a
    family name right after words that make a province, a district of the GSO list, or a commune of
    that kind in either list of communes, when the whole is none; None when there is none."""
    level = ADMIN_LEVEL[kind]
    if level == "province":
        # "Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu": the province's name, then its chairman's (only the
        # exact names and their listed spellings: a fuzzy match would take the person's first word too)
        def known(name: str) -> bool:
            return match_province(name, fuzzy=False) is not None
        if known(fold(" ".join(words))):
            return None
    elif level == "district":
        def known(name: str) -> bool:
            return name in _districts_by_name()
    elif level == "commune":
        def known(name: str) -> bool:
            return any((era, kind, name) in _communes_by_name() for era in COMMUNE_ERAS)
        if known(fold(" ".join(words))):
            return None
    else:
        return None
    for at in range(1, len(words)):
        if _FAMILY_NAME_WORD.match(words[at]) and known(fold(" ".join(words[:at]))):
            return at
    return None


def _a_youth_union_of(words: list[str]) -> bool:
    """``đoàn`` right after the unit's word ("Huyện đoàn", "Tỉnh Đoàn") makes the Youth Union of the unit
    named after it, not a unit named "Đoàn ..." (no district is)."""
    return len(words) >= 2 and words[0].lower() == "đoàn" and fold(" ".join(words)) not in _districts_by_name()


def _an_office_holder(kind: str, words: list[str], prov: Province | None) -> bool:
    """The name after a district's word is a person's (its holder's): three words or more, a family
    name first, and no district of that name."""
    return (ADMIN_LEVEL[kind] == "district" and prov is None and len(words) >= 3
            and _FAMILY_NAME_WORD.match(words[0]) is not None
            and fold(" ".join(words)) not in _districts_by_name())


# --------------------------------------------------------------------------- districts


@dataclass(frozen=True)
class District:
    """A district-level unit of the GSO list (``data/districts.csv``, made by scripts/make_districts.py)."""

    kind: str  # quan, huyen, thi_xa, thanh_pho
    name: str
    province_key: str


def _as_written(name: str, districts: tuple[District, ...]) -> tuple[District, ...]:
    """The districts whose name is written as ``name`` is, marks and all, when any is: folding
    joins names that only their marks tell apart (Tam Dương of Vĩnh Phúc, Tam Đường of Lai Châu),
    and a text that writes the marks has said which it means."""
    written = nfc(name).casefold()
    exact = tuple(d for d in districts if nfc(d.name).casefold() == written)
    return exact or districts


@functools.lru_cache(maxsize=1)
def _districts_by_name() -> dict[str, tuple[District, ...]]:
    """folded name → the districts of that name (Châu Thành: eight provinces have one)."""
    table: dict[str, list[District]] = {}
    for row in read_table("districts.csv"):
        district = District(row["kind"], row["name_vi"], row["province_key"])
        table.setdefault(fold(district.name), []).append(district)
        if "-" in district.name:
            # ("Phan Rang-Tháp Chàm" written "Phan Rang - Tháp Chàm": a name read word by word across its dash)
            table.setdefault(_SPACED_DASH.sub(" ", fold(district.name)), []).append(district)
    return {name: tuple(districts) for name, districts in table.items()}


_SPACED_DASH = re.compile(r"\s*-\s*")


def district_named(name: str) -> District | None:
    """The district a bare name denotes (``Phú Giáo``), when exactly one district bears it and it is
    no province's name (``Hà Tĩnh`` is also a city of Hà Tĩnh: the province wins)."""
    if match_province(name, fuzzy=False) is not None:
        return None
    named = _as_written(name, _districts_by_name().get(fold(name), ()))
    return named[0] if len(named) == 1 else None


def one_provinces_districts(name: str) -> tuple[District, ...]:
    """The districts a bare name denotes when they all lie in one province (``Cao Lãnh``: Đồng Tháp's city and
    its district; ``Phú Giáo`` alone), else none: a name several provinces share, a province's own name."""
    if match_province(name, fuzzy=False) is not None:
        return ()
    named = districts_named(_SPACED_DASH.sub(" ", name))
    return named if len({d.province_key for d in named}) == 1 else ()


def districts_named(name: str) -> tuple[District, ...]:
    """Every district a bare name may denote (``Tam Nông``: Phú Thọ's and Đồng Tháp's), those written
    as ``name`` is, marks and all, when any is; empty for no district of the list."""
    return _as_written(name, _districts_by_name().get(fold(name), ()))


def namesake_districts(province: Province) -> tuple[District, ...]:
    """The districts of other provinces that bear a province's name (huyện Quảng Ninh of Quảng
    Bình): a bare name may mean either."""
    named = _districts_by_name().get(fold(province.name), ())
    return tuple(d for d in named if d.province_key != province.key)


@functools.lru_cache(maxsize=64)
def districts_of(province_key: str) -> tuple[District, ...]:
    """Every district the GSO list places in a province."""
    return tuple(dict.fromkeys(d for named in _districts_by_name().values() for d in named
                               if d.province_key == province_key))


def district_province(unit: UnitMention) -> Province | None:
    """The province of a district-level unit named without it (``huyện Phú Giáo`` → Bình Dương).

    None for a unit that is no district of the list, or whose name several provinces share,
    whatever their kinds: units change kind over the years (huyện Phong Điền of Huế is a thị xã in
    the list, Cần Thơ has a huyện of that name), so a 2016 text's kind word decides nothing."""
    if unit.admin_level != "district" or unit.province is not None:
        return None
    named = _as_written(unit.name, _districts_by_name().get(fold(unit.name), ()))
    keys = {d.province_key for d in named}
    if len(keys) > 1 and unit.kind in _TOWN_RANK:
        # Units rise in rank, never fall (huyện → thị xã → thành phố): a "thị xã X" is none of the
        # districts of that name the list still holds as a huyện (thị xã Tân Châu of An Giang, not
        # huyện Tân Châu of Tây Ninh)
        keys = {d.province_key for d in named if _TOWN_RANK.get(d.kind, 0) >= _TOWN_RANK[unit.kind]}
    return get_province(keys.pop()) if len(keys) == 1 else None


@functools.lru_cache(maxsize=1)
def _special_zones_of_districts() -> dict[str, tuple[str, str]]:
    """district key → (key, province key) of the 2025 special zone ("đặc khu") of the same name in the unit
    its province became: the island districts (huyện Côn Đảo, thành phố Phú Quốc, huyện Lý Sơn ...) were made
    special zones whole in July 2025."""
    zones = {name: keys for (era, kind, name), keys in _communes_by_name().items()
             if era == "2025" and kind == "dac_khu"}
    out: dict[str, tuple[str, str]] = {}
    for row in read_table("districts.csv"):
        province = get_province(row["province_key"])
        keys = zones.get(fold(row["name_vi"]), frozenset())
        if province is not None and province.successor_key in keys:
            out[place_key(row["kind"], row["name_vi"])] = (place_key("dac_khu", row["name_vi"]), province.successor_key)
    return out


def special_zone_of_district(district_key: str) -> tuple[str, str] | None:
    """(key, province key) of the special zone an island district became in July 2025 (``huyen_con_dao`` →
    ``dac_khu_con_dao`` of ``ho_chi_minh``), None for any other district."""
    return _special_zones_of_districts().get(district_key)


def town_ward_province(unit: UnitMention) -> Province | None:
    """The province of a ward named after a town or city of the district list ("phường Uông Bí" of the
    former thành phố Uông Bí: Quảng Ninh). Wards formed in 2025 take the name of the town they replace;
    a ward is urban, so only towns and cities count (a huyện of the same name elsewhere does not), and
    a name towns of several provinces share settles nothing, nor a name the 2025 list of communes gives wards of other
    provinces too ("phường Tân An": Long An's former city, now Tây Ninh's, and wards of Bắc Ninh, Đắk Lắk, Cần Thơ)."""
    if unit.admin_level != "commune" or unit.kind != "phuong" or unit.province is not None:
        return None
    named = _districts_by_name().get(fold(unit.name), ())
    keys = {d.province_key for d in named if d.kind in _TOWN_RANK}
    if len(keys) != 1 or (town := get_province(keys.pop())) is None:
        return None
    wards = _communes_by_name().get((COMMUNE_ERAS[1], "phuong", fold(unit.name)), frozenset())
    return town if all((p := get_province(key)) is not None and p.successor_key == town.successor_key
                       for key in wards) else None


def district_province_keys(unit: UnitMention) -> frozenset[str]:
    """The provinces that have a district-level unit of this name (several for a shared name such
    as huyện An Lão, of Bình Định and of Hải Phòng); empty for no district of the list."""
    if unit.admin_level != "district" or unit.province is not None:
        return frozenset()
    return frozenset(d.province_key for d in _districts_by_name().get(fold(unit.name), ()))


# --------------------------------------------------------------------------- communes


COMMUNE_ERAS = ("before", "2025")  # the two lists of data/communes.csv


@functools.lru_cache(maxsize=1)
def _commune_indexes() -> tuple[dict[tuple[str, str, str], frozenset[str]], dict[tuple[str, str, str], frozenset[str]]]:
    """From one read of ``data/communes.csv`` (made by scripts/make_communes.py: the GSO lists before
    and from the 2025 reform): (era, kind, folded name) → the provinces that have such a commune, and
    the same by the name written with its marks, for the names that fold alike in several provinces
    ("xã Điện Quang", Quảng Nam, and "xã Điền Quang", Thanh Hóa) — the only ones asked by their marks."""
    rows = read_table("communes.csv")
    folded: dict[tuple[str, str, str], set[str]] = {}
    for row in rows:
        folded.setdefault((row["era"], row["kind"], fold(row["name_vi"])), set()).add(row["province_key"])
        if " - " in row["name_vi"]:
            # ("phường Xuân Hương - Đà Lạt": a name read across its dash is read without it, "Xuân Hương Đà Lạt")
            folded.setdefault((row["era"], row["kind"], fold(row["name_vi"].replace(" - ", " "))), set()).add(
                row["province_key"])
    written: dict[tuple[str, str, str], set[str]] = {}
    for row in rows:
        if len(folded[(row["era"], row["kind"], fold(row["name_vi"]))]) > 1:
            written.setdefault((row["era"], row["kind"], _written(row["name_vi"])), set()).add(row["province_key"])
    return ({key: frozenset(v) for key, v in folded.items()}, {key: frozenset(v) for key, v in written.items()})


def _communes_by_name() -> dict[tuple[str, str, str], frozenset[str]]:
    """(era, kind, folded name) → the provinces that have such a commune."""
    return _commune_indexes()[0]


def _written(name: str) -> str:
    """A name as written, marks kept (NFC, lower case, single spaces): ``Điện Quang`` → ``điện quang``."""
    return " ".join(nfc(name).lower().split())


def commune_province(unit: UnitMention, after_merger: bool) -> Province | None:
    """The province of a commune, ward or township named without it ("phường Kiến Hưng" → Hà Nội),
    when only one province has a unit of that kind and name in the list of the text's time: the 2025
    list for a text written from July 2025 on (its province is the new unit's), else the list before.

    A name the other list alone holds is read there (a ward formed in 2025 in a text with no date; a
    former commune's congress just after the merger, whose provinces must all have become one unit).
    Tân Phú, Bình An and the other names many provinces share name none."""
    keys = commune_province_keys(unit, after_merger)
    return get_province(next(iter(keys))) if len(keys) == 1 else None


def commune_province_keys(unit: UnitMention, after_merger: bool) -> frozenset[str]:
    """The provinces that have a commune, ward or township of this kind and name in the list of the text's
    time (see ``commune_province``); several for a shared name, empty for a name of neither list."""
    if unit.admin_level != "commune" or unit.province is not None:
        return frozenset()
    table = _communes_by_name()
    name = fold(unit.name)
    now, other = ("2025", "before") if after_merger else ("before", "2025")
    keys = table.get((now, unit.kind, name), frozenset())
    era = now
    if not keys and after_merger:  # a former commune: the unit its province became
        keys = frozenset(p.successor_key for key in table.get((other, unit.kind, name), ()) if (p := get_province(key)))
        era = None
    elif not keys:
        keys = table.get((other, unit.kind, name), frozenset())
        era = other
    if len(keys) > 1 and era is not None:
        # "xã Điện Quang" (Quảng Nam) and "xã Điền Quang" (Thanh Hóa) fold to one name: written with its
        # marks, the name tells them apart
        written = _commune_indexes()[1].get((era, unit.kind, _written(unit.name)), frozenset())
        if len(written) == 1 and written <= keys:
            keys = written
    return frozenset(keys)


_COMMUNE_KINDS = ("xa", "phuong", "thi_tran", "dac_khu")


def communes_named(name: str, era: str) -> frozenset[str]:
    """The provinces whose list of ``era`` (see ``COMMUNE_ERAS``) has a commune, ward or township of this name, written
    bare ("Lộc Thắng" of a date line: thị trấn Lộc Thắng, Lâm Đồng); empty for a name of none."""
    table = _communes_by_name()
    folded = fold(name)
    return frozenset(key for kind in _COMMUNE_KINDS for key in table.get((era, kind, folded), ()))


def only_in_2025(unit: UnitMention) -> bool:
    """Is this commune or ward one the 2025 list has and the list before had nowhere ("xã Hòa Vang", formed in 2025 from
    the district's communes)? A text naming it is written after the reform, whatever its province."""
    if unit.admin_level != "commune" or unit.province is not None:
        return False
    table = _communes_by_name()
    name = fold(unit.name)
    return (COMMUNE_ERAS[1], unit.kind, name) in table and (COMMUNE_ERAS[0], unit.kind, name) not in table


def new_in_2025(unit: UnitMention, successor_key: str) -> bool:
    """Is this commune or ward one the 2025 list has in the unit ``successor_key`` and the list before had in none
    of the provinces that became it ("phường Phan Thiết", formed in 2025 from the wards of Bình Thuận's city; the
    phường Phan Thiết of Tuyên Quang before is another)? A text naming it is written after the reform."""
    if unit.admin_level != "commune" or unit.province is not None:
        return False
    table = _communes_by_name()
    name = fold(unit.name)
    if successor_key not in table.get((COMMUNE_ERAS[1], unit.kind, name), frozenset()):
        return False
    before = table.get((COMMUNE_ERAS[0], unit.kind, name), frozenset())
    return not any((p := get_province(key)) is not None and p.successor_key == successor_key for key in before)


# Rank of the district-level kinds a unit rises through; a huyện or quận ranks lowest.
_TOWN_RANK = {"thi_xa": 1, "thanh_pho": 2}


def kind_word(kind: str) -> str:
    """The word that names a unit of ``kind`` ("xa" → "xã", "thanh_pho" → "thành phố")."""
    return _KIND_WORD.get(kind, kind)


def unit_label(kind: str, name: str) -> str:
    """``("huyen", "Ba Bể")`` → ``huyện Ba Bể`` (lower-case unit word, as in issuer names)."""
    k = unit_kind(kind) or kind
    if name.isascii() and ADMIN_LEVEL.get(k) == "district":
        name = marked_district_name(name)  # ("UBND HUYEN DIEN CHAU": a district's name typed without its marks)
    elif ADMIN_LEVEL.get(k) == "commune" and (name.isascii() or (" " in name and "-" not in name)):
        name = listed_commune_name(k, name)
    return f"{_KIND_WORD.get(k, k)} {name}"


def listed_commune_name(kind: str, name: str) -> str:
    """A commune's or ward's name as the lists write it: typed without its marks (``MUONG XEN`` → ``Mường Xén``), or
    read word by word across its dash (``PHƯỜNG XUÂN HƯƠNG - ĐÀ LẠT`` → ``Xuân Hương - Đà Lạt``), when every unit of
    that kind and name is written alike; else as given (the marks typed are kept: ``Điền Quang`` is not ``Điện
    Quang``)."""
    spellings = _commune_spellings().get((kind, fold(name)), frozenset())
    if not name.isascii():
        spellings = frozenset(s for s in spellings if nfc(s.replace(" - ", " ")).lower() == nfc(name).lower())
    return next(iter(spellings)) if len(spellings) == 1 else name


@functools.lru_cache(maxsize=1)
def _commune_spellings() -> dict[tuple[str, str], frozenset[str]]:
    """(kind, folded name, a dash read as a space) → the names of both lists so folded, as written."""
    out: dict[tuple[str, str], set[str]] = {}
    for row in read_table("communes.csv"):
        out.setdefault((row["kind"], fold(row["name_vi"].replace(" - ", " "))), set()).add(row["name_vi"])
    return {key: frozenset(v) for key, v in out.items()}


def marked_district_name(name: str) -> str:
    """A district's name typed without its marks (``DIEN CHAU``, ``Dien chau``) as the list writes it (``Diễn
    Châu``), when every district of that name is written alike; else as typed."""
    marked = {d.name for d in _districts_by_name().get(fold(name), ())}
    return marked.pop() if len(marked) == 1 else name


# "các huyện Tân Uyên, Than Uyên, Tam Đường", "các xã A, B và C": the units a plural kind word lists after its
# first name, each a name of that kind (a list's own joints only; a lower-case word, "tỉnh X", ends it)
_PLURAL_BEFORE = re.compile(r"\bcác\s+$", re.IGNORECASE)
_LIST_JOINT = re.compile(r",\s*(?:và\s+)?|\s+và\s+")
LISTED_UNITS_REACH = 160  # a list's names after its first
# "các xã: A, B và C", "tại 3 huyện: A, B, C": a plural kind word (or a count of the kind) before a colon, the list
# after it (folded text; a cheap test first: most texts set no list after a colon)
_KIND_BEFORE_A_COLON = re.compile(r"\b(?:cac|\d{1,2})\s+" + _UNIT_RE.pattern + r":[ \t]*")


def listed_units(text: str) -> list[UnitMention]:
    """The units a list names after the first of a plural kind word ("các huyện Tân Uyên, Than Uyên và Tam Đường":
    huyện Than Uyên, huyện Tam Đường), or all of them after a colon ("các xã: A, B và C"), with offsets into
    ``text``; ``find_units`` reads the first only, and none after a colon."""
    out: list[UnitMention] = []
    for u in find_units(text):
        if u.province is not None or u.admin_level == "province" or "các" not in text[max(0, u.start - 6) : u.start]:
            continue
        if not _PLURAL_BEFORE.search(text, max(0, u.start - 6), u.start):
            continue
        out.extend(_the_lists_names(text, u.kind, u.end))
    if ":" in text:
        ft = FoldedText.of(text)
        for m in _KIND_BEFORE_A_COLON.finditer(ft.folded):
            written = _SPACES.sub(" ", ft.nfc[m.start(1) : m.end(1)].lower())
            kind = _UNIT_WORDS.get(written)
            if kind is not None and kind != "tinh" and not written.endswith(("ủy", "uỷ")):
                out.extend(_the_lists_names(text, kind, ft.to_source(m.end()), opens_on_a_name=True))
    return out


def _the_lists_names(text: str, kind: str, at: int, opens_on_a_name: bool = False) -> list[UnitMention]:
    """The names of ``kind`` a list sets from ``at`` on, each after a list's joint (the first right at ``at`` when the
    list ``opens_on_a_name``: after a colon)."""
    out: list[UnitMention] = []
    window = nfc(text[at : at + LISTED_UNITS_REACH])
    i = 0
    while opens_on_a_name or (joint := _LIST_JOINT.match(window, i)) is not None:
        start = 0 if opens_on_a_name else joint.end()
        opens_on_a_name = False
        end, words = _name_tokens(window, start)
        if not words or words[0].isdigit():
            break
        name = _display_name(words)
        if match_province(name, fuzzy=False) is not None:
            break  # ("các xã A, B, Hà Tĩnh": the province the list is of)
        out.append(UnitMention(kind, name, place_key(kind, name), ADMIN_LEVEL[kind], None, at + start, at + end))
        i = end
    return out
