"""Every step that normalises report text, each a named function, in one place.

Callers compose the steps they need; none re-implements one:

- ``decode.normalised_text`` (the form ``text_sha256`` hashes): ``without_bom`` → ``nfc`` →
  ``lf_line_ends`` → ``without_trailing_blanks``.
- ``document`` (header, title and signer lines): ``nfc`` → ``lf_line_ends`` → ``without_bom``
  → ``plain_spaces`` → ``without_zero_width`` → ``ascii_forms`` → ``without_markup``.
- ``layout.build_layout`` (evidence offsets): ``nfc_with_index`` → ``without_zero_width_index`` →
  ``blank_markup`` and its own page repairs; blanking keeps the text aligned with the NFC text (less
  its zero-width characters) character for character.
- ``places`` and the period and placement rules (matching words): ``fold`` and ``FoldedText``,
  a lower-case skeleton without tone marks, one character per NFC character.
- ``layout.build_layout`` (the clean text every reader sees, ``figures.find_figures`` too):
  ``figure_words_marked``, the words a figure is read by given back the marks they were typed without, one
  character per character.

Steps that change a text's length (``without_markup``, ``lf_line_ends``) are for reading a text;
the offset-keeping steps (``nfc_with_index``, ``blank_markup``, ``fold``) are for evidence spans.
"""

from __future__ import annotations

import codecs
import functools
import html
import re
import unicodedata
from array import array, typecodes
from collections.abc import Sequence
from dataclasses import dataclass

from orchestration.extraction.caching import per_document
from orchestration.extraction.scanning import matches_tried_at, places_of
from orchestration.extraction.vocabulary import phrase_source, read_table

# --------------------------------------------------------------------------- Unicode


def nfc(text: str) -> str:
    """Composed form: a tone mark typed as a combining character joins its vowel."""
    return unicodedata.normalize("NFC", text)


def nfc_with_index(text: str) -> tuple[str, Sequence[int]]:
    """NFC text plus, for each of its characters (and the end), the offset in ``text``.

    Text already in NFC (nearly every report) maps onto itself: the index is then a ``range``,
    which answers the same lookups without building a list of every offset.
    """
    if unicodedata.is_normalized("NFC", text):
        return text, range(len(text) + 1)
    out: list[str] = []
    index: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        composed = unicodedata.normalize("NFC", text[i:j])
        out.append(composed)
        index.extend([i] * len(composed))
        i = j
    index.append(n)
    return "".join(out), index


def frozen_index(index: Sequence[int]) -> Sequence[int]:
    """An index that cannot change: a ``range`` as it is, a list as a tuple."""
    return index if isinstance(index, range) else tuple(index)


# --------------------------------------------------------------------------- lines and blanks

BOM = "\ufeff"
# Characters that show as (or are) nothing but stand between words: read as a plain space.
INVISIBLE_SPACES = "\u00a0\u200b" + BOM


def without_bom(text: str) -> str:
    """The text without the byte-order mark(s) an editor put in front of it."""
    return text.lstrip(BOM)


def lf_line_ends(text: str) -> str:
    """Windows (CRLF) and old Mac (CR) line ends as LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Characters that show as nothing and stand inside a word, read as nothing: the soft hyphen (the place
# Word or a web page may break a word at a line's end, kept when the text is saved: "T\u00adổng"), the
# zero-width (non-)joiners and the word joiner. (A zero-width *space* parts words: ``INVISIBLE_SPACES``.)
ZERO_WIDTH = "\u00ad\u200c\u200d\u2060"
_ZERO_WIDTH = re.compile("[" + ZERO_WIDTH + "]")


def without_zero_width(text: str) -> str:
    """``text`` without its ``ZERO_WIDTH`` characters (shorter: for reading a text)."""
    return _ZERO_WIDTH.sub("", text) if _ZERO_WIDTH.search(text) else text


def without_zero_width_index(text: str, index: Sequence[int]) -> tuple[str, Sequence[int]]:
    """``without_zero_width`` that keeps track of offsets: ``index`` maps each character of ``text`` (and
    its end) to the source; the result maps the characters kept. (Most texts have none: returned as given.)"""
    if _ZERO_WIDTH.search(text) is None:
        return text, index
    kept = [k for k, c in enumerate(text) if c not in ZERO_WIDTH]
    return "".join(text[k] for k in kept), [index[k] for k in kept] + [index[len(text)]]


# The full-width forms of ASCII (U+FF01-FF5E: "２０２６", "８,５％"), which an East Asian input method or
# font types for digits and signs, and the ideographic space: read as the ASCII they stand for (same
# length, so offsets keep).
FULL_WIDTH = "\uff01-\uff5e\u3000"
_FULL_WIDTH = re.compile("[" + FULL_WIDTH + "]")
_ASCII_OF_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def ascii_form(c: str) -> str:
    """The ASCII character a full-width one stands for; any other character as it is."""
    return chr(_ASCII_OF_FULL_WIDTH.get(ord(c), ord(c)))


def ascii_forms(text: str) -> str:
    """``text`` with full-width forms as ASCII (same length)."""
    return text.translate(_ASCII_OF_FULL_WIDTH) if _FULL_WIDTH.search(text) else text


def plain_spaces(text: str) -> str:
    """``INVISIBLE_SPACES`` as plain spaces (same length)."""
    for space in INVISIBLE_SPACES:
        if space in text:  # (a search at C speed; most reports have none of them)
            text = text.replace(space, " ")
    return text


def without_trailing_blanks(text: str) -> str:
    """No blanks at the end of any line and no blank lines at the end: editors add or drop them
    when they save a file again."""
    return "\n".join(line.rstrip() for line in text.split("\n")).rstrip("\n")


# --------------------------------------------------------------------------- markup

# Markup that carries no words: HTML tags, entities, markdown heading and emphasis marks.
HTML_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)[^<>]*>")
# The parts of a saved web page no reader sees: its doctype, comments, and the head (the page's <title> restates the
# headline with the site's name), scripts and styles whose numbers are sizes and ids; they go whole, words and all.
_UNSEEN_PARTS = re.compile(
    r"<!DOCTYPE[^<>]*>|<!--.*?-->|<(head|script|style|noscript|template)\b[^<>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
HTML_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&nbsp;": " ", "&quot;": '"', "&#39;": "'"}
HTML_ENTITY = re.compile("|".join(map(re.escape, HTML_ENTITIES)))
MARKDOWN_HEADING = re.compile(r"(?m)^[ \t]*#{1,6}[ \t]+")


def markdown_headings(text: str) -> list[re.Match[str]]:
    """``list(MARKDOWN_HEADING.finditer(text))``, the pattern tried only at the starts of the lines that hold a "#":
    a match opens a line ("^") and holds its "#" on that line (none reads a line break), and none is empty.
    (Opening on "^", the pattern is tried at every character of a scan.)"""
    starts = sorted({text.rfind("\n", 0, at) + 1 for at in places_of(text, "#")})
    return matches_tried_at(MARKDOWN_HEADING, text, starts)


def _without_matches(text: str, matches: list[re.Match[str]]) -> str:
    """``text`` less the spans of ``matches`` (in order, none overlapping): ``pattern.sub("", text)`` for the
    matches of its scan."""
    kept, pos = [], 0
    for m in matches:
        kept.append(text[pos:m.start()])
        pos = m.end()
    kept.append(text[pos:])
    return "".join(kept)
# ``\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])`` with each lookbehind tested once its "*" is
# read: the same matches, but every alternative opens with "*" or "_", so the engine skips to
# those characters instead of trying every position of a report.
MARKDOWN_EMPHASIS = re.compile(r"\*\*|__|\*(?<![\w*]\*)(?=\S)|\*(?<=\S\*)(?![\w*])")


# Table markup keeps the table: a cell starts with a tab and a row ends a line, the shape of the
# tab-separated tables Word/PDF conversion leaves (``tables.py`` reads those). HTML ``<td>``/``<th>``
# and the pipes of a markdown table row ("| Thu ngân sách | Tỷ đồng | 7.520 |") are such marks.
_CELL_TAGS = frozenset({"td", "th"})
_ROW_TAGS = frozenset({"tr"})
# The blocks of a web page's text (a paragraph, a line break, a heading, an item of a list) end a line, as
# their text shows on the page ("<p>Lạng Sơn: ...</p><p>Chiều 5/7, ...</p>": two lines); blanked in place, the
# line break is the tag's last character, so that the text after it opens its line
_BLOCK_TAGS = frozenset({"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6"})
PIPE_TABLE_ROW = re.compile(r"(?m)^[ \t]*\|.*\|[ \t]*$")
# In a text that has pipe rows, a row whose first cell lost its opening pipe ("- Thu nội địa: | 10.617 | 10.617 |")
# is one too when it still closes with one and has another between its cells. (Not in a text with no such row:
# a council resolution's prose lines "1. Thu ngân sách nhà nước | 6.830 tỷ đồng | ||" read as sentences.)
_PIPE_ROW_WITHOUT_ITS_OPENING = re.compile(r"(?m)^[ \t]*(?:\|.*|[^|\n]+(?:\|[^|\n]*)+)\|[ \t]*$")


def pipe_row_pattern(text: str) -> re.Pattern[str]:
    """The pattern of ``text``'s pipe-table rows (see above)."""
    return _PIPE_ROW_WITHOUT_ITS_OPENING if PIPE_TABLE_ROW.search(text) else PIPE_TABLE_ROW


# A table pasted with its cells parted by bare pipes, neither opening nor closing a row, and no rule under its header
# ("TT | Xã | Người chết | Mất tích" over "1 | Xã Nậm Cắn | 2 | 1"): a row of at least three cells with no tab,
# in a run of two or more such rows with as many pipes each (a lone line "Tin tức | Thời sự | Báo Nghệ An" is a
# page's menu, no table)
# (a row that closes on two pipes, "… | 5.120 tỷ đồng | ||", is a resolution's line with stray pipes, read as prose;
# one closing on a single pipe, "2 | Người bị thương | người | 3 |", is a row whose last cell, a note, is empty; one
# opening on a pipe and not closing on one, "| Tổng cộng | 3 | 1 | 12", is a row whose first cell, its number, is empty)
_BARE_PIPE_ROW = re.compile(r"(?m)^(?![^\n]*\|\|[ \t]*$)[ \t]*(?:[^|\s]|\|(?=[^\n]*[^|\s][ \t]*$))[^|\t\n]*"
                            r"(?:\|[^|\t\n]*){2,}$")


def _bare_pipe_rows(work: str) -> list[re.Match[str]]:
    """The rows of ``work``'s runs of bare pipe rows (``_BARE_PIPE_ROW``, one right under the other) in which two
    or more rows have as many pipes; a row of the run with fewer or more ("2 | Luân chuyển | Triệu HK.km 95,4 |
    102,1" under a header of five cells, its unit and first figure in one cell) is a row of the same table."""
    runs: list[list[re.Match[str]]] = []
    for m in _BARE_PIPE_ROW.finditer(work):
        last = runs[-1][-1] if runs else None
        if last is not None and not work[last.end() : m.start()].strip("\n"):
            runs[-1].append(m)
        else:
            runs.append([m])
    return [m for run in runs if _two_alike(run) for m in run]


def _two_alike(run: list[re.Match[str]]) -> bool:
    """Whether two rows of ``run`` have as many pipes."""
    counts = [m.group().count("|") for m in run]
    return len(set(counts)) < len(counts)


def _pipes_as_tabs(chars: array | list[str], row: re.Match[str]) -> None:
    """A table row's pipes become the tabs its cells are parted with (in place: every offset kept)."""
    for k in range(row.start(), row.end()):
        if chars[k] == "|":
            chars[k] = "\t"


# A character written as its number ("Xu&#7845;t", "kh&#x1EA9;u"), as a scraper leaves a page whose editor
# wrote every Vietnamese letter so: the character itself
NUMERIC_ENTITY = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,6})|(\d{1,7}));")


def _entity_char(m: re.Match[str]) -> str:
    code = int(m[1], 16) if m[1] else int(m[2])
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else m.group()


# A character reference, numbered or named ("T&#7881;nh", "T&igrave;nh", "&ocirc;"), closed by its ";": a stray "&"
# ("R&D", "Sở KH&ĐT") is the character itself
_REFERENCE = re.compile(r"&(?:#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});")


def _reference_chars(m: re.Match[str]) -> str:
    return _entity_char(NUMERIC_ENTITY.match(m.group())) if m.group().startswith("&#") else html.unescape(m.group())


def entities_unescaped(text: str) -> str:
    """``text`` with its character references as their characters, a reference escaped twice ("&amp;#7881;",
    "&amp;ocirc;") as well; a text without "&" is returned as it is. (For reading a text's words only: evidence
    offsets index the text as decoded, references and all; ``unescaped_with_index`` keeps them.)"""
    for _ in range(3):
        if "&" not in text:
            break
        unescaped = _REFERENCE.sub(_reference_chars, text)
        if unescaped == text:
            break
        text = unescaped
    return text


def unescaped_with_index(text: str, index: Sequence[int]) -> tuple[str, Sequence[int]]:
    """``text`` with its character references (numbered and named) as their characters, a reference escaped twice
    ("&amp;#7881;", "&lt;p&gt;") as well; ``index`` maps each character of ``text`` (and its end) to the source,
    the result each of its own (a character to its reference's start). A text without "&" is returned as given."""
    for _ in range(3):  # (escaped twice at most, as entities_unescaped reads it)
        if "&" not in text:
            break
        out: list[str] = []
        kept: list[int] = []
        pos = 0
        for m in _REFERENCE.finditer(text):
            chars = _reference_chars(m)
            if chars == m.group():
                continue  # (an unknown name or a number of no character: the text as written)
            out.append(text[pos : m.start()])
            kept.extend(index[k] for k in range(pos, m.start()))
            out.append(chars)
            kept.extend([index[m.start()]] * len(chars))
            pos = m.end()
        if not out:
            break
        out.append(text[pos:])
        kept.extend(index[k] for k in range(pos, len(text) + 1))
        text, index = "".join(out), kept
    return text, index


def tag_mark(tag: re.Match[str]) -> str:
    """The one character an HTML tag leaves: a tab before a cell, a line break at a row or block, else a
    space."""
    name = tag.group(2).lower()
    if name in _CELL_TAGS and not tag.group(1):
        return "\t"
    return "\n" if name in _ROW_TAGS or name in _BLOCK_TAGS else " "


class _TagMarks:
    """``tag_mark`` for the tags of one text read in order, but a block inside a table's cell a space: "<td><p>Cầu
    A</p></td>", "<th>Giải ngân<br>đến 31/10</th>" are the words of one cell, on its row's line (a break there would
    cut the row and lose the table)."""

    def __init__(self) -> None:
        self.in_cell = False
        self.in_row = False

    def __call__(self, tag: re.Match[str]) -> str:
        name = tag.group(2).lower()
        if name in _CELL_TAGS:
            self.in_cell = not tag.group(1)
        elif name in _ROW_TAGS or name == "table":
            self.in_cell = False
            self.in_row = name in _ROW_TAGS and not tag.group(1)
        elif self.in_cell and name in _BLOCK_TAGS:
            return " "
        return tag_mark(tag)


def without_markup(text: str) -> str:
    """``text`` with tags as spaces (table cells and rows as tabs and line breaks), pipe-table rows
    tab-separated, entities as their characters and markdown marks removed."""
    if "<" in text:  # (a text without the character has nothing to remove: skip the scan)
        text = _UNSEEN_PARTS.sub(lambda m: "\n" * m.group().count("\n"), text)
        text = HTML_TAG.sub(_TagMarks(), text)
    if "|" in text:
        text = pipe_row_pattern(text).sub(lambda m: m.group().replace("|", "\t"), text)
    if "&" in text:
        text = HTML_ENTITY.sub(lambda m: HTML_ENTITIES[m.group()], NUMERIC_ENTITY.sub(_entity_char, text))
    if "#" in text:
        text = _without_matches(text, markdown_headings(text))
    if "*" in text or "_" in text:
        text = MARKDOWN_EMPHASIS.sub("", text)
    return text


# An array of characters: "w" (Python 3.13+) is always a whole code point; "u" (deprecated from
# 3.13) is a C wchar_t, four bytes on Linux and macOS but two on Windows, where a character outside
# the BMP would take two places and shift every offset after it.
_CHAR_TYPECODE = "w" if "w" in typecodes else "u"
_ARRAY_HOLDS_EVERY_CHARACTER = array(_CHAR_TYPECODE).itemsize == 4


def editable(text: str) -> array | list[str]:
    """``text`` as an array of its characters, for edits that keep every offset (``blank``,
    ``blank_markup``); ``spelled`` reads it back. An array of characters is made from a string
    and read back into one at memory speed; a list of one-character strings (used where an
    array item cannot hold every character) costs ~20 ns a character each way, and a report is
    rebuilt several times while its layout is read."""
    return array(_CHAR_TYPECODE, text) if _ARRAY_HOLDS_EVERY_CHARACTER else list(text)


def spelled(chars: array | list[str]) -> str:
    """The text an ``editable`` sequence spells now."""
    return chars.tounicode() if isinstance(chars, array) else "".join(chars)


def blank(chars: array | list[str], start: int, end: int, keep_newlines: bool = True) -> None:
    """Spaces over ``chars[start:end]`` (line breaks kept unless told): the text keeps its length."""
    for k in range(start, end):
        if not (keep_newlines and chars[k] == "\n"):
            chars[k] = " "


def blank_markup(chars: array | list[str], work: str) -> str:
    """``without_markup`` that keeps every offset: tags and markdown marks become spaces, an
    entity its character followed by spaces. ``chars`` is ``work`` as an ``editable`` array, changed in place;
    returns the text it now spells. Each kind of markup is read on the text the one before left."""
    changed = False
    for m in _UNSEEN_PARTS.finditer(work) if "<" in work else ():
        changed = True
        blank(chars, m.start(), m.end())
    work, changed = (spelled(chars) if changed else work), changed
    marks = _TagMarks()
    after_tag = 0
    for m in HTML_TAG.finditer(work):
        changed = True
        if (marks.in_cell or marks.in_row) and "\n" in (between := work[after_tag:m.start()]) and (
                marks.in_cell or not between.strip()):
            # (a table written one tag a line: the breaks between a row's tags, or in a cell's words, are no lines of
            # the text; the row's own tags break it)
            for k in range(after_tag, m.start()):
                if chars[k] == "\n":
                    chars[k] = " "
        after_tag = m.end()
        blank(chars, m.start(), m.end())
        chars[m.end() - 1 if m.group(2).lower() in _BLOCK_TAGS else m.start()] = marks(m)
    for m in pipe_row_pattern(work).finditer(work) if "|" in work else ():
        changed = True
        _pipes_as_tabs(chars, m)
    work, changed = (spelled(chars) if changed else work), False
    for m in HTML_ENTITY.finditer(work) if "&" in work else ():
        changed = True
        chars[m.start()] = HTML_ENTITIES[m.group()]
        blank(chars, m.start() + 1, m.end())
    work, changed = (spelled(chars) if changed else work), False
    # (a text without "#" has no heading mark, one without "*" or "_" no emphasis: skip the scan)
    headings = markdown_headings(work) if "#" in work else []
    for m in (*headings, *(MARKDOWN_EMPHASIS.finditer(work) if "*" in work or "_" in work else ())):
        changed = True
        blank(chars, m.start(), m.end())
    work, changed = (spelled(chars) if changed else work), False
    # (last: the rows of a bare pipe table are read on the text the markup's blanks left)
    for m in _bare_pipe_rows(work) if "|" in work else ():
        changed = True
        _pipes_as_tabs(chars, m)
    return spelled(chars) if changed else work


# The older spelling puts the tone of an open "oa", "oe", "uy" on its second vowel ("hoá",
# "khoẻ", "thuỷ", "Uỷ ban"); the word lists are written in the newer one ("hóa", "khỏe", "thủy",
# "Ủy ban"). Moving the mark keeps the text's length. Only at the end of a syllable: with a final
# consonant both spellings agree ("hoàng", "thuyết"), and in "quý" the "u" belongs to "qu".
OLD_TONE_PLACEMENT_AS_WRITTEN = r"(?<![qQ])([oO][àáảãạÀÁẢÃẠ]|[oO][èéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?!\w)"
# (The same matches written to open with the vowel, the "not after q" test a lookbehind once it is read:
# the engine skips to an "o"/"u" instead of trying the lookbehind at every character of every report;
# tests/test_normalise_speed.py holds it to the form above.)
_OLD_TONE_PLACEMENT = re.compile(r"([oOuU](?<![qQ][oOuU])"
                                 r"(?:(?<=[oO])[àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|(?<=[uU])[ỳýỷỹỵỲÝỶỸỴ]))(?!\w)")


def _tone_on_first_vowel(pair: str) -> str:
    base, *tone = unicodedata.normalize("NFD", pair[1])
    return unicodedata.normalize("NFC", pair[0] + "".join(tone)) + base


def modern_tone_placement(chars: array | list[str], work: str) -> str:
    """Rewrite old-style tone placement ("hoá" -> "hóa") in place, keeping every offset; ``chars``
    is ``work`` as an ``editable`` array. Returns the text it now spells."""
    changed = False
    for m in _OLD_TONE_PLACEMENT.finditer(work):
        changed = True
        first, second = _tone_on_first_vowel(m.group())
        chars[m.start()], chars[m.start() + 1] = first, second
    return spelled(chars) if changed else work


# A scan or a retyped table may write the zero inside a number as the letter O ("2.46O nghìn lượt", "7 25O tỷ đồng",
# "1O5 tấn"): a run of digits with O's among them, after its first digit, each group after a separator (".", "," or
# a space) three such characters holding a digit, before a unit word or "%". The run is one number then; each O is
# a zero. (No O that opens a word, no code whose letters run on, no run a word does not follow: "2 OTO", "A1O2".)
_ZERO_AS_O = re.compile(
    r"(?<![\w.,])\d[\dOo]*(?:[.,]\d[\dOo]*|[., ](?=[\dOo]{0,2}\d)[\dOo]{3})*(?=[^\S\n]*(?:%|[^\W\d_]))"
)
_O_LETTERS = re.compile(r"[Oo]")
_AN_O_BY_A_DIGIT = re.compile(r"\d[Oo]|[Oo]\d")
# ... but not the degree sign typed as a letter o after a temperature ("35oC", "38o C")
_DEGREES_AFTER = re.compile(r"[^\S\n]*C(?![^\W\d_])")


def zeros_written_as_o(chars: array | list[str], work: str) -> str:
    """Rewrite the letter O written for a zero inside a number ("2.46O", "7 25O") as the digit, in place, keeping every
    offset; ``chars`` is ``work`` as an ``editable`` array. Returns the text it now spells."""
    changed = False
    # (every O the scan rewrites stands next to a digit: a text with none, nearly every report, is not scanned number
    # by number)
    for m in _ZERO_AS_O.finditer(work) if _AN_O_BY_A_DIGIT.search(work) else ():
        if m.group()[-1] in "Oo" and _DEGREES_AFTER.match(work, m.end()):
            continue
        for o in _O_LETTERS.finditer(m.group()):
            changed = True
            chars[m.start() + o.start()] = "0"
    return spelled(chars) if changed else work


# The words a figure is read by (its scale and unit, its change, its estimate, its base), typed without their marks in
# a text that has them (hurried typing, a scan, a converter that lost some letters): "1.250 ty dong", "tang 8,5% so
# voi cung ky", "320 trieu USD", "uoc dat 125 nghin tan". Each is given back its marks where the figure rules read it
# (data/words/figure_words_without_marks.csv): a unit or scale word in the run of such words right after a number,
# a change word before a number that is a percent or compared after it, an estimate word before a number or its
# verb, a base in the run of such words after "so". Elsewhere such a spelling is another word ("công ty", "tang vật",
# "tạm giam", "dòng" typed "dong") and stays. Every marked form is as long as its unmarked one (one NFC letter for
# each), so offsets keep.
_FIGURE_WORD_ROWS = read_table("words/figure_words_without_marks.csv")
_MARKED_FORM = {" ".join(row["unmarked"].lower().split()): row["words"] for row in _FIGURE_WORD_ROWS}
# (each unmarked form in lower case: a text that holds none of them as a string, one space between two words, holds
# no such form but where a run of blanks parts its words, which typing leaves as rarely as the form itself)
_UNMARKED_FORMS = {
    where: tuple(row["unmarked"].lower() for row in _FIGURE_WORD_ROWS if row["where"] == where)
    for where in ("change", "estimate", "after_so")
}


def _forms(where: str, column: str) -> list[str]:
    forms = [row[column] for row in _FIGURE_WORD_ROWS if row["where"] == where]
    if not forms:  # (an empty alternation would match everywhere)
        raise ValueError(f"words/figure_words_without_marks.csv: no row where {where!r}")
    return forms


def _cased(forms: list[str]) -> str:
    """``forms`` in lower case, upper case and capitalised, as one alternation (regex source) of literals, longest
    first: the engine looks for literals far faster than for a caseless pattern."""
    cased = {variant for form in forms for variant in (form, form.upper(), form.capitalize())}
    return "|".join(phrase_source(form) for form in sorted(cased, key=lambda form: (-len(form), form)))


_WORD_END = r"(?![^\W\d_])"
_ANY_DIGIT = re.compile(r"[0-9]")
_A_WORD = re.compile(r"\S+")
_UNMARKED_UNIT, _MARKED_UNIT = _cased(_forms("after_a_number", "unmarked")), _cased(_forms("after_a_number", "words"))
_UNMARKED_BASE, _MARKED_BASE = _cased(_forms("after_so", "unmarked")), _cased(_forms("after_so", "words"))
# the first unmarked word of the run of unit and scale words after a number (a marked one may come first: "1.250 tỷ
# dong"), then each next word of the run, unmarked (group 1) or not
# (most digits stand before another digit or a word no unit opens with: the first letter is tested before the words)
_UNIT_FIRST_LETTERS = "".join(sorted({form[0] for form in _UNMARKED_UNIT.split("|") + _MARKED_UNIT.split("|")}))
_UNIT_RUN_OPENS = re.compile(
    rf"[0-9](?=[^\S\n]*[{_UNIT_FIRST_LETTERS}])[^\S\n]*"
    rf"(?:(?:{_MARKED_UNIT}){_WORD_END}[^\S\n]*)*?({_UNMARKED_UNIT}){_WORD_END}"
)
_UNIT_RUN_GOES_ON = re.compile(rf"[^\S\n]*(?:({_UNMARKED_UNIT})|{_MARKED_UNIT}){_WORD_END}")
# ... and so of the run of base words after "so" ("so voi cung ky nam truoc", "so với cung ky") or right after a
# percent, the whole it is of ("đạt 56% ke hoach", "bằng 95% cung ky")
_BASE_RUN_OPENS = re.compile(
    rf"(?:(?:so|So|SO)[^\S\n]+|%[^\S\n]*)(?:(?:{_MARKED_BASE}){_WORD_END}[^\S\n]*)*?({_UNMARKED_BASE}){_WORD_END}"
)
_BASE_RUN_GOES_ON = re.compile(rf"[^\S\n]*(?:({_UNMARKED_BASE})|{_MARKED_BASE}){_WORD_END}")
# a change word before its number (a hedge may stand between: "tang khoang 5%"), the number a percent, points or
# compared after it within the clause ("giam 12 vụ so voi cung ky")
_CHANGE_WORD = re.compile(
    rf"({_cased(_forms('change', 'unmarked'))}){_WORD_END}(?=[^\S\n]+(?:[^\W\d_]+[^\S\n]+)?\d[\d.,]*[^\S\n]*"
    r"(?:%|(?i:điểm|diem)|[^;.\n]{0,60}?(?<![^\W\d_])(?i:so)[^\S\n]+(?i:voi|với|cung|cùng)))"
)
# (not "tạm giam", "bắt giam": the detention the word means as it is written)
_DETAINED_BEFORE = re.compile(r"(?:tạm|bắt)[^\S\n]+$", re.IGNORECASE)
# an estimate word before its number or its verb ("uoc dat 1.250 tỷ đồng", "uoc 320 triệu USD")
_ESTIMATE_WORD = re.compile(
    rf"({_cased(_forms('estimate', 'unmarked'))}){_WORD_END}"
    r"(?=[^\S\n]+(?:\d|(?i:đạt|tính|khoảng|dat|tinh|khoang)(?![^\W\d_])))"
)


def _in_its_case(marked: str, unmarked: str) -> str:
    """``marked`` with each letter in the case of the letter ``unmarked`` has in its place ("TY" → "TỶ")."""
    return "".join(m.upper() if u.isupper() else m for m, u in zip(marked, unmarked, strict=True))


def _opens_a_word(text: str, at: int) -> bool:
    return at == 0 or not (text[at - 1].isalpha() or text[at - 1] == "_")


def _unmarked_runs(text: str, opens: re.Pattern[str], goes_on: re.Pattern[str]) -> list[tuple[int, int]]:
    """The spans of the unmarked words of each run ``opens`` finds, and of the words ``goes_on`` finds after it."""
    spans: list[tuple[int, int]] = []
    for m in opens.finditer(text):
        if not _opens_a_word(text, m.start()) and not text[m.start()].isdigit():
            continue
        spans.append(m.span(1))
        pos = m.end()
        while (more := goes_on.match(text, pos)) is not None and more.end() > pos:
            if more.group(1):
                spans.append(more.span(1))
            pos = more.end()
    return spans


def figure_words_marked(text: str) -> str:
    """``text`` with the words its figures are read by given back their marks where they were typed without them
    ("1.250 ty dong, tang 8,5% so voi cung ky" → "1.250 tỷ đồng, tăng 8,5% so với cùng kỳ"): same length, every
    other character as it is."""
    if _ANY_DIGIT.search(text) is None:  # (every place such a word is read at is by a number)
        return text
    spans = _unmarked_runs(text, _UNIT_RUN_OPENS, _UNIT_RUN_GOES_ON)
    # (the other words are looked for only in a text that holds one of them, as a plain search for a string finds:
    # nearly no marked paragraph does)
    lowered = text.lower()
    if any(form in lowered for form in _UNMARKED_FORMS["after_so"]):
        spans += _unmarked_runs(text, _BASE_RUN_OPENS, _BASE_RUN_GOES_ON)
    if any(form in lowered for form in _UNMARKED_FORMS["change"]):
        spans += (
            m.span(1)
            for m in _CHANGE_WORD.finditer(text)
            if _opens_a_word(text, m.start()) and not _DETAINED_BEFORE.search(text, max(0, m.start() - 8), m.start())
        )
    if any(form in lowered for form in _UNMARKED_FORMS["estimate"]):
        spans += (m.span(1) for m in _ESTIMATE_WORD.finditer(text) if _opens_a_word(text, m.start()))
    if not spans:  # (nearly every paragraph of a marked report)
        return text
    chars = list(text)
    for a, b in spans:
        # (a form of two words, "cung ky", word by word: the space between them may be any run of blanks)
        marked_words = _MARKED_FORM[" ".join(text[a:b].lower().split())].split()
        for marked, word in zip(marked_words, _A_WORD.finditer(text, a, b), strict=True):
            chars[word.start() : word.end()] = _in_its_case(marked, word.group())
    return "".join(chars)


# A syllable ending on a tone pair, whole ("hóa", "Thủy"; "hoá", "Thuỷ"): group 1 is what comes
# before the pair.
_MODERN_SYLLABLE = re.compile(r"(?<!\w)(\w*?)(?<![qQ])([òóỏõọÒÓỎÕỌ][aA]|[òóỏõọÒÓỎÕỌ][eE]|[ùúủũụÙÚỦŨỤ][yY])(?!\w)")


def _tone_on_second_vowel(pair: str) -> str:
    base, *tone = unicodedata.normalize("NFD", pair[0])
    return base + unicodedata.normalize("NFC", pair[1] + "".join(tone))


@functools.lru_cache(maxsize=4)
def _old_spelled_syllables(source: str) -> frozenset[str]:
    # One scan of the report per document (the labels of a report ask many times) for the tone pairs
    # alone, each syllable then read back to its start; composed first: a report decoded from cp1258 or
    # typed with combining marks writes "thuỷ" in two code points.
    composed = nfc(source)
    found = set()
    for m in _OLD_TONE_PLACEMENT.finditer(composed):
        start = m.start()
        while start and (composed[start - 1].isalnum() or composed[start - 1] == "_"):
            start -= 1
        found.add(composed[start : m.end()])
    return frozenset(found)


# The tone pair a _MODERN_SYLLABLE match ends on, found alone (it opens with its toned vowel, so the
# engine skips to those): a phrase without one has no syllable to spell back.
_MODERN_TONE_PAIR = re.compile(r"[òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ](?:(?<=[òóỏõọÒÓỎÕỌ])[aAeE]|(?<=[ùúủũụÙÚỦŨỤ])[yY])")


def spelled_as_in(phrase: str, source: str, near: str | None = None) -> str:
    """``phrase`` read on the modern-tone text, each syllable spelled back the way ``source`` (the
    report as written) spells it, so that a name is reported as the report writes it. ``near`` is
    the passage the phrase was read from (a fact's evidence): a report may spell a syllable both
    ways ("hoá" in one paragraph, "hóa" in another), and the passage's own spelling is the name's."""
    written = _old_spelled_syllables(source)
    if not written:  # (most reports use the modern placement throughout)
        return phrase
    if _MODERN_TONE_PAIR.search(phrase) is None:
        return phrase  # (~96 % of the corpus's labels: no "hóa", "thủy" ... to spell back)
    near_modern = {m.group() for m in _MODERN_SYLLABLE.finditer(nfc(near))} if near else frozenset()

    def as_written(m: re.Match[str]) -> str:
        if m.group() in near_modern:  # (the passage spells it the modern way, whatever the rest does)
            return m.group()
        old = m[1] + _tone_on_second_vowel(m[2])
        return old if old in written else m.group()

    return _MODERN_SYLLABLE.sub(as_written, phrase)


# --------------------------------------------------------------------------- folding

# Characters that PDF/Word conversion scatters through reports and that mean the same thing.
_CHAR_EQUIV = {
    "đ": "d",
    "Đ": "d",
    "Ð": "d",  # the Icelandic eth (U+00D0), typed for Đ by some fonts and keyboards: "Nam Ðịnh"
    "ð": "d",
    "–": "-",
    "—": "-",
    "−": "-",
    "‐": "-",
    "‑": "-",
    **dict.fromkeys(INVISIBLE_SPACES, " "),
}


@functools.lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c in _CHAR_EQUIV:
        return _CHAR_EQUIV[c]
    c = ascii_form(c)  # "２０２６" reads as "2026"
    base = unicodedata.normalize("NFD", c)[0].lower()
    # Keep the fold 1:1 so offsets survive; the rare multi-char lowercasing keeps the base.
    return base if len(base) == 1 else c


class _FoldTable(dict):
    """``str.translate`` table filled on first use: folding a report is one C-level pass."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()

# The characters of Vietnamese text (ASCII but its control characters other than tab and line ends, the
# Vietnamese letters in NFC, the invisible spaces and the typographic marks reports use), one a byte: a line of
# only these is folded by two C passes of the charmap codec, encoded one byte a character with
# ``_FAST_FOLD_ENCODING`` and decoded through ``_FAST_FOLDED``, each byte's character folded (~6 ns a character
# where ``str.translate`` through a dictionary costs ~35). Byte ``i`` stands for ``_FAST_FOLD_CHARS[i]`` and reads
# back as ``_fold_char`` of it, the very character ``_FOLD_TABLE`` maps it onto, so the result is the same string;
# a line with any other character cannot be encoded and is translated as before.
_FAST_FOLD_CHARS = (
    "\x00\t\n\r" + "".join(map(chr, range(0x20, 0x7F)))
    + "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝăĂđĐĩĨũŨơƠưƯ" + "".join(map(chr, range(0x1EA0, 0x1EFA)))
    + INVISIBLE_SPACES + "“”‘’–—…•°²³¹≥≤±×₫"
)
_FAST_FOLD_ENCODING = codecs.charmap_build(_FAST_FOLD_CHARS)  # (256 distinct characters, the first "\x00": a C map)
_FAST_FOLDED = "".join(map(_fold_char, _FAST_FOLD_CHARS))


def fold_nfc(text: str) -> str:
    """``fold`` of a text already in NFC: one character for each of its characters.

    The fold maps each character on its own (and a line break onto itself), so a text folds line
    by line: the report, its body, its clean view and their parts share most of their lines,
    and each line is folded once per document (``str.translate`` through a dictionary costs
    ~60 ns a character of Vietnamese; a memoised line costs a hash)."""
    if "\n" not in text:
        return _fold_line(text)
    return "\n".join(map(_fold_line, text.split("\n")))


@per_document(maxsize=None)
def _fold_line(line: str) -> str:
    try:
        coded = codecs.charmap_encode(line, "strict", _FAST_FOLD_ENCODING)[0]
    except UnicodeEncodeError:  # (a character outside ``_FAST_FOLD_CHARS``)
        return line.translate(_FOLD_TABLE)
    return codecs.charmap_decode(coded, "strict", _FAST_FOLDED)[0]


@per_document(maxsize=256)  # describe_document folds the whole report more than once
def fold(text: str) -> str:
    """Lower-case skeleton of ``text`` for matching words: tone marks and hats removed, ``đ`` →
    ``d``, dashes as ``-``, no-break spaces as spaces (one character per NFC character), so
    ``Hoà``/``Hòa`` and ``TỈNH BẮC KẠN``/``tỉnh Bắc Kạn`` read the same."""
    return fold_nfc(nfc(text))


@dataclass(frozen=True)
class FoldedText:
    """A text in three aligned forms: ``source`` (as given), ``nfc`` and ``folded``.

    ``nfc`` and ``folded`` have the same length; ``to_source(i)`` maps their offsets to ``source``.
    """

    source: str
    nfc: str
    folded: str
    _index: Sequence[int]

    @classmethod
    def of(cls, text: str) -> FoldedText:
        return _folded_text(text)  # describe_document, placement and the period rules fold the same text

    def to_source(self, i: int) -> int:
        index = self._index
        # (the offset clamped to the index, as max(0, min(i, len(index) - 1)) clamps it, without the two calls)
        return index[i] if 0 <= i < len(index) else index[0 if i < 0 else -1]


@per_document(maxsize=32)
def _folded_text(text: str) -> FoldedText:
    composed, index = nfc_with_index(text)
    return FoldedText(text, composed, fold_nfc(composed), frozen_index(index))
