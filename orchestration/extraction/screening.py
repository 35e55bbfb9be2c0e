"""Is a decoded text a report at all? Only what is not one is refused.

A real report is never refused because it leaves its province or period implicit (it loads,
placed as well as its text allows); what is refused is text that is not Vietnamese, and text
that writes not a single number and in which the extraction finds not a single figure.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from orchestration.extraction.errors import RejectedDocument
from orchestration.extraction.normalise import nfc
from orchestration.extraction.vocabulary import word_list

# Letters that only Vietnamese (among the languages a report folder sees) writes: đ, the hook
# and horn vowels, and any vowel carrying a tone mark. Plain ASCII text has none.
_VIETNAMESE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b"}
MIN_VIETNAMESE_SHARE = 0.03  # Vietnamese prose: 25–45 % of letters carry a mark; English: 0


def vietnamese_share(text: str, sample: int = 20000) -> float:
    """Share of the letters (in the first ``sample`` characters) that are Vietnamese-only."""
    letters = marked = 0
    # Each distinct character is judged once (a report uses a few hundred of them).
    for ch, n in Counter(nfc(text[:sample])).items():
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
    typed without them, which loads as a report all the same)."""
    share = vietnamese_share(text)
    if share >= MIN_VIETNAMESE_SHARE:
        return True
    if not unmarked_vietnamese(text):
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
