"""Is a decoded text a report at all? Only what is not one is refused.

A real report is never refused because it leaves its province or period implicit (it loads,
placed as well as its text allows); what is refused is text that is not Vietnamese, and text
that writes not a single number and in which the extraction finds not a single figure.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter

from orchestration.extraction.errors import RejectedDocument
from orchestration.extraction.normalise import entities_unescaped, nfc
from orchestration.extraction.places import all_units, kind_word
from orchestration.extraction.vocabulary import read_table, word_list

# Letters that only Vietnamese (among the languages a report folder sees) writes: đ, the hook
# and horn vowels, and any vowel carrying a tone mark. Plain ASCII text has none.
_VIETNAMESE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b"}
MIN_VIETNAMESE_SHARE = 0.03  # Vietnamese prose: 25–45 % of letters carry a mark; English: 0


def vietnamese_share(text: str, sample: int = 20000) -> float:
    """Share of the letters (in the first ``sample`` characters) that are Vietnamese-only. A page that writes its
    letters as references, numbered or named ("T&#7881;nh h&igrave;nh", "&Aacute;"), even escaped twice, is read by
    their characters."""
    head = entities_unescaped(text[:sample])
    letters = marked = 0
    # Each distinct character is judged once (a report uses a few hundred of them).
    for ch, n in Counter(nfc(head)).items():
        if not ch.isalpha():
            continue
        letters += n
        if _vietnamese_only(ch):
            marked += n
    return marked / letters if letters else 0.0


def _vietnamese_only(ch: str) -> bool:
    if ch in "đĐ":
        return True
    if ord(ch) < 0x80:
        return False
    return any(c in _VIETNAMESE_MARKS for c in unicodedata.normalize("NFD", ch))


# Vietnamese written without its marks ("Tong muc ban le hang hoa thang 10 uoc dat 3.215 ty dong"): a
# report all the same. Its words are syllables that English (or any other language a folder sees) does
# not write as words: "cua", "duoc", "nguoi", "thang", "huyen". A third of its words are such syllables
# in unmarked prose; English text reaches none.
_UNMARKED_SYLLABLES = frozenset(word_list("unmarked_syllables"))
_WORD = re.compile(r"[A-Za-z]+")
MIN_UNMARKED_SHARE = 0.25
MIN_UNMARKED_WORDS = 8


def unmarked_vietnamese(text: str, sample: int = 20000) -> bool:
    """Is the text Vietnamese written without marks (a fourth of its words unmarked Vietnamese syllables)?"""
    words = _WORD.findall(text[:sample])
    hits = sum(1 for w in words if w.lower() in _UNMARKED_SYLLABLES)
    return hits >= MIN_UNMARKED_WORDS and hits >= MIN_UNMARKED_SHARE * len(words)


def refuse_if_not_vietnamese(text: str, source_file: str) -> bool:
    """Refuse a text that is not Vietnamese; else say whether it is written with its marks (False: Vietnamese
    typed without them, or whose marked letters were lost as "?", which loads as a report all the same). (A text
    whose converter kept the letters its code page had, "Tình hình kinh t? - xã h?i", lost the others all the
    same: its money and dates are garbled with them, "1.245 tri?u USD".)"""
    share = vietnamese_share(text)
    lost = lost_marks(text)
    if share >= MIN_VIETNAMESE_SHARE and not lost:
        return True
    if not lost and not unmarked_vietnamese(text):
        raise RejectedDocument(
            source_file,
            f"the text is not Vietnamese ({share:.1%} of its letters carry Vietnamese marks, "
            f"under {MIN_VIETNAMESE_SHARE:.0%}): it is not a report",
            "not_vietnamese",
        )
    return False


def refuse_if_no_figures(n_facts: int, text: str, source_file: str) -> None:
    """Refuse a text with no figure at all. One whose numbers the rules could not read ("Dự án 851
    tỷ thi công ì ạch") is a real report all the same: it loads with no facts rather than being lost
    for what the extraction misses."""
    if n_facts == 0 and not any(ch.isdigit() for ch in text):
        raise RejectedDocument(
            source_file,
            "not a single figure (amount, count, rate or project event) nor any number is written in the "
            "text: it is not a report",
            "no_figures",
        )


# Vietnamese whose marked letters a bad conversion (to ASCII, with a stand-in for what it could not write) turned
# into "?": "B?o c?o t?nh h?nh kinh t? - x? h?i th?ng 10 n?m 2026". A report all the same, but its words can not be
# read for facts (its money, its dates are garbled with them): it loads as one typed without marks does, placed as
# far as its header, title and dates allow once the words that place a report are restored. A "?" before a letter
# (inside a word, or at its head: "?Y BAN") is such a letter; a question ends its word ("sao?"), a link's query
# is no word ("/data?id=12").
_LOST_MARK_WORD = re.compile(r"(?<![\w?/=&.])[A-Za-z?]*\?[A-Za-z][A-Za-z?]*(?![\w?=&/])")
_ASCII_WORD = re.compile(r"[A-Za-z?]+")
MIN_LOST_SHARE = 0.1


def lost_marks(text: str, sample: int = 20000) -> bool:
    """Were the text's marked letters lost as "?" (a tenth of its words, and at least eight, carry one before a
    letter)?"""
    head = text[:sample]
    if head.count("?") < MIN_UNMARKED_WORDS:
        return False
    hits = len(_LOST_MARK_WORD.findall(head))
    return hits >= MIN_UNMARKED_WORDS and hits >= MIN_LOST_SHARE * len(_ASCII_WORD.findall(head))


def _lost_form(phrase: str) -> str:
    return "".join(ch if ch.isascii() else "?" for ch in nfc(phrase)).lower()


@functools.lru_cache(maxsize=1)
def _restorable() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of the lost forms of the words that place a report (``lost_marks.csv``, the provinces' names,
    the districts' and communes' after their unit word) and each form's marked words; a form two phrasings share
    is left out (it names neither)."""
    rows = [(row["words"], row["before"]) for row in read_table("words/lost_marks.csv")]
    rows += [(unit.name, "") for unit in all_units()]
    # (a district's or commune's name only after its unit word: "x? C?m Xuy?n", not a bare "h?" that is hộ)
    rows += [(f"{kind_word(row['kind'])} {row['name_vi']}", "")
             for table in ("districts.csv", "communes.csv") for row in read_table(table)]
    marked: dict[str, set[str]] = {}
    before: dict[str, str] = {}
    for words, ahead in rows:
        form = _lost_form(words)
        if "?" in form:
            marked.setdefault(form, set()).add(nfc(words))
            before[form] = ahead
    forms = sorted((f for f, w in marked.items() if len(w) == 1), key=len, reverse=True)
    # ("th?ng" is tháng only next to its number: "th?ng 10", "9 th?ng", not "th?ng tin")
    # (each marked letter lost or kept: a converter keeps the letters its code page has, "xã h?i")
    written = {f: "".join(r"\s+" if ch == " " else re.escape(ch) if ch.isascii() else f"[?{ch}]"
                          for ch in next(iter(marked[f]))) for f in forms}
    source = "|".join(rf"(?<=\d[ \t]){written[f]}|{written[f]}(?=\s+(?:\d|[IVX]+\b))" if before[f] == "number"
                      else written[f] for f in forms)
    return (re.compile(r"(?<![\w?])(?:" + source + r")(?![\w?])", re.IGNORECASE),
            {f: next(iter(marked[f])) for f in forms})


def _restored(match: re.Match[str], phrases: dict[str, str]) -> str:
    written = match.group()
    marked = [ch for ch in phrases[_lost_form(re.sub(r"\s+", " ", written))] if not ch.isspace()]
    out, i = [], 0
    for word in re.split(r"(\s+)", written):
        if word.isspace() or not word:
            out.append(word)
            continue
        letters = [ch for ch in word if ch.isalpha()]
        capitals = len(letters) > 1 and all(ch.isupper() for ch in letters)
        for ch in word:
            if ch == "?":
                ch = marked[i].upper() if capitals else marked[i]
            out.append(ch)
            i += 1
    return "".join(out)


def restored_marks(text: str) -> str:
    """The text with the words that place a report restored where its marked letters were lost as "?" ("?Y BAN
    NH?N D?N T?NH QU?NG TR?" → "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "th?ng 10 n?m 2026" → "tháng 10 năm 2026"); each
    "?" is one letter, so every offset stays. Any other text is returned as it is."""
    if "?" not in text or not lost_marks(text):
        return text
    pattern, phrases = _restorable()
    return pattern.sub(lambda m: _restored(m, phrases), text)
