"""Undo what PDF/Word conversion does to a report, without losing track of source offsets.

``build_layout(text)`` returns a ``Layout``: ``clean`` is the text in NFC without zero-width
characters, full-width forms as ASCII, markup, page numbers and footnote markers blanked and line
breaks inside a sentence turned into spaces;
``to_source(i)`` maps any offset of ``clean`` back to the decoded original, so evidence spans
always slice the source exactly. Blanking (instead of deleting) keeps ``clean`` aligned with the
NFC text character for character, which keeps the offset map trivial.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from orchestration.extraction.caching import per_document
from orchestration.extraction.letters import ONE_SYLLABLE, UPPER
from orchestration.extraction.marks import DASH_MARK, NUMBERED_MARK, SLASHED_OR_DASHED_MARK
from orchestration.extraction.normalise import (
    FULL_WIDTH,
    INVISIBLE_SPACES,
    ascii_form,
    blank,
    blank_markup,
    editable,
    figure_words_marked,
    fold,
    frozen_index,
    modern_tone_placement,
    nfc_with_index,
    spelled,
    unescaped_with_index,
    without_zero_width_index,
    zeros_written_as_o,
)
from orchestration.extraction.numbers import read_unit
from orchestration.extraction.placement import (
    DATE_MARKER,
    PAGE_LINKS,
    PAGE_LINKS_AFTER,
    TITLE_HEADING,
    title_under_the_header,
)
from orchestration.extraction.scanning import lowered_literal_scan, matches_tried_at, places_of
from orchestration.extraction.vocabulary import keyed_word_lists, phrase_source, word_list, word_source

_FOOTNOTE_TAG = re.compile(r"<sup>\s*[\d*,\s]{1,12}\s*</sup>|\[\^?\d{1,3}\]", re.IGNORECASE)
_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# A line holding only a page number (optionally "- 12 -", "Trang 3", "3/25").
_PAGE_NUMBER_LINE = re.compile(r"(?m)^[ \t]*(?:-\s*)?(?:[Tt]rang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*-)?[ \t]*$")
# ... of which these say they are one whether a blank line parts them from the text or not: "- 3 -", "Trang 3",
# "Trang 3/12" (a bare "3" or "3/25" may be a table's cell, one a line)
_MARKED_PAGE_NUMBER = re.compile(r"[ \t]*(?:-\s*\d{1,3}\s*-|[Tt]rang\s+\d{1,3}(?:\s*/\s*\d{1,3})?)[ \t]*$")
# A footnote number glued to the end of a word: "vi phạm1." / "đầu tư2;" (not "m3", "km2", "CO2";
# not a number glued to the word before it by a typing slip: "tăng1,23%" goes on after its comma; nor the hour
# of a clock time run into its word: "Cập nhật lúc17:38").
# (written "(?<=[a-zà-ỹđ\)”\"])(\d{1,2})(?=…)" it opens with the look-behind, which the engine tries at every
# character; opening with the digit, the look-behind read over it, the engine skips to the digits: the same
# matches, the digits still group 1)
_GLUED_FOOTNOTE = re.compile(r"(\d(?<=[a-zà-ỹđ\)”\"]\d)\d?)(?=[\s;)]|:(?!\d)|[.,](?!\d)|$)")
_UNIT_BEFORE_DIGIT = re.compile(r"(?<![a-zà-ỹđ])(?:m|km|cm|dm|mm|ha|kw|kwh|mw|co|h|n|tp|ql|dt|đt|tl|[a-zđ])$",
                                re.IGNORECASE)

# A section heading for routing: a short numbered/lettered line ("2.4. Công tác phòng chống thiên
# tai", "VII. CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA", "## **5. Công tác tài chính**") without a final period.
# "2.1.", "III.", "B.", "a)", and the articles of a resolution or decision ("Điều 1.")
# (also the marks a district's report types with a slash or a dash: "1/", "a/", "II-": marks.SLASHED_OR_DASHED_MARK)
_SECTION_HEADING = re.compile(
    r"^\s*(?:[#*\s]*)(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,5}\.|[A-ZĐ]\.|[a-zđ]\)|Điều\s+\d{1,2}\s*[.:]|"
    + SLASHED_OR_DASHED_MARK
    + r")\s+\S"
)

# (also a heading numbered in levels without its final dot: "2.3 Đầu tư phát triển")
_HEADING_LINE = re.compile(
    r"^\s*(?:(?:[IVXLC]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]|\d{1,2}(?:\.\d{1,2})+|"
    + SLASHED_OR_DASHED_MARK
    + r")\s+\S.{0,140}$"
)
_SENTENCE_END = re.compile(r"[.:;!?…]['\"”’)\]]*\s*$")
_SENTENCE_MARKS, _CLOSING_MARKS = ".:;!?…", "'\"”’)]"


def _ends_a_sentence(line: str) -> bool:
    r"""``_SENTENCE_END.search(line)``, read from the line's end: its trailing blanks (the characters ``\s`` and
    ``str.rstrip`` both take for whitespace) and closing marks left out, the last character is a sentence's mark.
    (The search tries the pattern at every mark of the line; a mark, a quote or a bracket is no blank.)"""
    last = line.rstrip().rstrip(_CLOSING_MARKS)[-1:]
    return last != "" and last in _SENTENCE_MARKS


def _pictograph_ranges() -> str:
    """The symbols (Unicode category So) and enclosed numbers (No: "①", "❶") of the blocks of arrows, dingbats and
    shapes (U+2190–U+2BFF) and of the emoji (U+1F000–U+1FBFF), as a character class's ranges: what a portal's post
    opens a list item with ("✅", "📌", "👉", "🔹", "⭐", "➡", "🌾"). Not the box drawing and block elements
    (U+2500–U+259F), which draw a table's borders, nor the letter-like symbols below the arrows that a unit or a
    mark writes ("°", "℃", "№", "©")."""
    codes = [c for block in (range(0x2190, 0x2500), range(0x25A0, 0x2C00), range(0x1F000, 0x1FC00)) for c in block
             if unicodedata.category(chr(c)) in ("So", "No")]
    runs: list[list[int]] = []  # [first, last] of each run of consecutive code points
    for c in codes:
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "".join(chr(first) + ("-" + chr(last) if last > first else "") for first, last in runs)


# Bullet glyphs of Word's symbol fonts and of web pages ("➢", "►", "✓", "▪", and Wingdings' private-use
# characters such as "\uf0b7", "\uf0d8" a converter keeps as they are), and a post's pictographs, besides "-",
# "+", "•", "*"
BULLET_GLYPHS = "●○◦▪▫■□►▸▶➢➣➤➔→✓✔❖◆◇♦⁃‣∙\uf000-\uf0ff" + _pictograph_ranges()
# what an emoji carries after it: its variation selectors (U+FE0E text, U+FE0F emoji: "✔️", "➡️") and skin tones
_EMOJI_MODIFIERS = "\ufe0e\ufe0f\U0001f3fb-\U0001f3ff"
# a keycap opening a numbered item: a digit, "#" or "*", the emoji selector, the enclosing keycap ("1️⃣", "2️⃣")
_KEYCAP = "[0-9#*]\ufe0f?\u20e3"
# ... and the letters a text converted without the symbol font keeps for them ("Ø" Wingdings' arrow "➢", "§" its
# square "▪", "Ÿ" its dot, "·" Symbol's), a bullet when it opens a line, a blank after it: no Vietnamese letter
_SYMBOL_FONT_LETTERS = "\u00d8\u00a7\u0178\u00b7"
_A_SYMBOL_FONT_BULLET = "[" + _SYMBOL_FONT_LETTERS + r"](?=[ \t])"
_A_GLYPH = "(?:[" + BULLET_GLYPHS + "][" + _EMOJI_MODIFIERS + "]*|" + _KEYCAP + ")"
# (and the glyphs a post may set after it, "📈 📌", with their modifiers: group "glyphs")
_BULLET_GLYPH = re.compile(r"(?m)^[ \t]*(?P<glyphs>(?:" + _A_GLYPH + "|" + _A_SYMBOL_FONT_BULLET + r")(?:[ \t]*"
                           + _A_GLYPH + ")*)")
_BULLET_GLYPH_SCAN = re.compile("[" + BULLET_GLYPHS + _SYMBOL_FONT_LETTERS + "\u20e3]")
# The arrows an infographic sets right before a figure to say it rose or fell ("▲ 7,12%", "↓ 3,2%", "🔻 1,6%"): the
# figure's sign, which figures read, not a bullet (a glyph of them opening a line still opens a block)
SIGN_ARROWS = "↑↓▲▼△▽⬆⬇⇧⇩🔺🔻"
_A_SIGNED_FIGURE = re.compile("[" + SIGN_ARROWS + r"][ \t]*[-+]?\d")
_BLOCK_START = re.compile(
    r"^\s*(?:[-+•*–—−" + BULLET_GLYPHS + r"]|" + _KEYCAP + "|" + _A_SYMBOL_FONT_BULLET
    + r"|\d{1,2}(?:\.\d{1,2})*\.?\s+" + UPPER
    + r"|[IVXLC]{1,5}\.\s|[a-zđ]\)\s|[A-ZĐ]\.\s|" + SLASHED_OR_DASHED_MARK + r"\s+" + UPPER
    + r"|\(\d{1,2}\)|Kính gửi|Nơi nhận|TM\.|KT\.|Điều\s+\d{1,2}\s*[.:]"  # "Điều 1.": an article of a resolution
    # a table's caption ("Bảng 2. ...")
    r"|(?:Biểu|Bảng|Phụ\s+(?:lục|biểu))\s+(?:số\s+)?[\dIVX]{1,4}[a-z]?\s*[.:\-–]\s)"
)


_MARKS = re.compile(r"[*#]|<[^<>]*>")  # markup a heading line may carry


@dataclass(frozen=True)
class Outline:
    """Paragraph spans of one layout and its section headings (clean offset, text)."""

    paragraphs: list[tuple[int, int]]
    starts: list[int]
    headings: list[tuple[int, str]]
    heading_starts: list[int]


@dataclass(frozen=True)
class Layout:
    source: str          # the decoded original text (offsets of facts point here)
    clean: str           # NFC, markup blanked, sentence-internal line breaks as spaces
    _src_index: Sequence[int]  # clean offset → source offset (len(clean)+1 entries)
    # ``clean`` before the lines of a sentence were joined (offset for offset the same text, every line break
    # kept): the lines of a table laid out with spaces, one row a line
    lined: str = ""

    def to_source(self, i: int) -> int:
        index = self._src_index
        # (the offset clamped to the index, as max(0, min(i, len(index) - 1)) clamps it, without the two calls)
        return index[i] if 0 <= i < len(index) else index[0 if i < 0 else -1]

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean span to the source, trimmed so it never starts or ends inside blanks."""
        return self.to_source(start), self.to_source(end)

    @functools.cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """Clean-text spans of paragraphs (separated by newlines left in ``clean``), found once."""
        # (the text's lines, split once, each kept when it holds a character that is no whitespace: the pieces
        # between line breaks that ``strip`` leaves something of)
        out, start = [], 0
        for line in self.clean.split("\n"):
            if line and not line.isspace():
                out.append((start, start + len(line)))
            start += len(line) + 1
        return out

    @functools.cached_property
    def outline(self) -> Outline:
        """Paragraph starts and section headings, found once per document (routing bisects them
        for every figure)."""
        # Headings are read on the lines of the clean text (NFC, markup blanked), so an NFD or
        # Windows-1258 copy of a report finds the same headings as its UTF-8 original.
        headings, pos = [], 0
        for line in self.clean.split("\n"):
            marked = "*" in line or "#" in line or "<" in line  # else there is nothing to blank
            text = (_MARKS.sub(" ", line) if marked else line).strip()
            if len(text) < 200 and "\t" not in text and _SECTION_HEADING.match(text) and not text.endswith((".", ";")):
                headings.append((pos, " ".join(text.split())))
            pos += len(line) + 1
        paragraphs = self.paragraphs
        return Outline(paragraphs, [a for a, _ in paragraphs], headings, [h for h, _ in headings])


# The words after which a capital on the next line goes on a name the line's end cut ("tỉnh" + "Thái Nguyên",
# "Công ty" + "Than Hà Lầm", "sang" + "Hoa Kỳ"), or a sentence goes on ("trong đó" + "UBND tỉnh giao ..."): the
# break there ends no line of its own (data/words/name_goes_on.csv)
_NAME_GOES_ON = frozenset(word_list("name_goes_on"))
_HEADING_WORDS = 8
_FIGURE_ENDS = frozenset("0123456789%")
# a line that opens a sentence: a capitalised word, then one in lower case ("Chỉ số", "Giá trị"), after a mark
_OPENS_A_SENTENCE = re.compile(r"[ \t]*(?:" + DASH_MARK + r"[ \t]*)?" + UPPER + r"[^\W\d_]*[ \t]+[a-zà-ỹđ]")
# ... or a list's item, a name then its colon and its figure ("Lúa: 320 ha", "Đàn lợn: 6.400 con", "Thu NS: 1,2 tỷ")
_A_NAME_THEN_ITS_COLON = re.compile(r"[ \t]*(?:" + DASH_MARK + r"[ \t]*)?" + UPPER
                                    + r"[^\W\d_]*(?:[ \t]+[^\W\d_]+){0,4}[ \t]*:[ \t]*\d")


# a heading in capitals, three words or more, run into the sentence under it on one line ("CÔNG NGHIỆP TĂNG TRƯỞNG
# KHÁ Chỉ số sản xuất ...", "3. DU LỊCH PHỤC HỒI MẠNH Lượng khách ..."): where the sentence opens
_HEADING_RUN_INTO_A_SENTENCE = re.compile(
    r"[ \t]*(?:" + NUMBERED_MARK + r"[ \t]*)?(?:" + UPPER + r"{2,}[ \t,\-–]+){3,}"
    r"(?=" + UPPER + r"[^\W\d_]*[ \t]+[a-zà-ỹđ])")


def line_opening(layout: Layout, start: int, end: int) -> int:
    """Where the words before ``end`` open a line of their own, when ``clean`` joined them to the line above:
    a heading or a sentence without its full stop, then a line opening a sentence ("Công nghiệp" + "Chỉ số sản
    xuất công nghiệp tăng 8,5%" names the index alone). ``start`` when no line of [start, end) opens so."""
    lined = layout.lined
    at = lined.rfind("\n", start, end)
    if at < 0 or not _OPENS_A_SENTENCE.match(lined, at + 1, end):
        line_start = at + 1 if at >= 0 else start
        run = (_HEADING_RUN_INTO_A_SENTENCE.match(lined, line_start, end)
               if lined[line_start:line_start + 12].lstrip(" \t0123456789.)IVX")[:2].isupper() else None)
        return run.end() if run is not None else start
    line_end = at  # (the line above, over blank lines)
    while line_end > start and lined[line_end - 1] in " \t\n":
        line_end -= 1
    words = lined[lined.rfind("\n", 0, line_end) + 1:line_end].split()
    if not words or words[-1].lower() in _NAME_GOES_ON or (words[-1][:1].isupper() and not words[-1].isupper()):
        return start  # (a name the line's end cut: "tỉnh" + "Thái Nguyên", "Hà" + "Nội"; not "KT - XH")
    if not any(word[:1].isalpha() for word in words):
        return start  # (a page's number the clean text blanked between two lines of one sentence)
    # a heading is short, and a sentence left without its full stop ends in its figure ("tăng 9,1%"); a full line
    # of a page that goes on may open the next with a name written in capitals ("lấy ý kiến" + "Nhân dân là ...")
    return at + 1 if len(words) <= _HEADING_WORDS or words[-1][-1:] in _FIGURE_ENDS else start


def _is_unit_power(chars: array | list[str], k: int) -> bool:
    """``m³``/``km²`` are units, not footnote markers."""
    return chars[k] in "²³" and k > 0 and chars[k - 1] == "m"


# Characters the first pass rewrites; most reports have none, and then the pass is skipped.
_ODD_CHARS = re.compile("[\r" + INVISIBLE_SPACES + _SUPERSCRIPT_DIGITS + FULL_WIDTH + "]")


def build_layout(text: str) -> Layout:
    nfc, index = nfc_with_index(text)
    # a character written as its number ("Xu&#7845;t") is that character, and a soft hyphen or joiner inside a
    # word is no character of it ("T\u00adổng" is "Tổng"): the index keeps each character on its source offset
    nfc, index = without_zero_width_index(*unescaped_with_index(nfc, index))
    nfc, index = _without_cut_number_breaks(*_without_hyphen_breaks(nfc, index))
    chars = editable(nfc)
    # CR of CRLF becomes a space: the LF alone decides line structure.
    odd_chars = list(_ODD_CHARS.finditer(nfc))
    for odd in odd_chars:
        k, c = odd.start(), odd.group()
        if c == "\r":
            chars[k] = "\n" if k + 1 >= len(chars) or chars[k + 1] != "\n" else " "
        elif c in INVISIBLE_SPACES or (c in _SUPERSCRIPT_DIGITS and not _is_unit_power(chars, k)):
            chars[k] = " "
        elif c not in _SUPERSCRIPT_DIGITS:
            chars[k] = ascii_form(c)  # "２０２６", "８,５％": the digits and signs they are
    # Each pass below reads the text as the passes before it left it; the text is joined again
    # only when a pass changed something.
    work = spelled(chars) if odd_chars else nfc
    # (a scan's letter O for a zero inside a number, "2.46O nghìn lượt", is the zero: normalise.zeros_written_as_o)
    work = zeros_written_as_o(chars, modern_tone_placement(chars, work))
    # (the words figures are read by typed without their marks, "giam 2,1% so voi cung ky", marked in the text every
    # reader sees, so that a label, a key or a route reads "giảm", not "giam": normalise.figure_words_marked)
    if (marked := figure_words_marked(work)) is not work:
        for at in (i for i, (was, now) in enumerate(zip(work, marked, strict=True)) if was != now):
            chars[at] = marked[at]
        work = marked
    changed = False
    # (each alternative of _FOOTNOTE_TAG opens with "<" or "[", which no case folds to another character: a text
    # with neither, most reports, holds no match)
    for m in _FOOTNOTE_TAG.finditer(work) if "<" in work or "[" in work else ():
        changed = True
        blank(chars, m.start(), m.end())
        power = re.fullmatch(r"<sup>\s*([23])\s*</sup>", m.group(), re.IGNORECASE)
        if power and m.start() > 0 and work[m.start() - 1] == "m":
            chars[m.start()] = "²" if power.group(1) == "2" else "³"  # m<sup>3</sup> is m³
    rules = _rule_lines(work)
    # (a caption's words between the tags that mark it, read before the tags are blanked)
    work = _without_figure_captions(chars, spelled(chars) if changed else work)
    work = blank_markup(chars, work)
    work = _without_indent_tabs(chars, work)
    work = _without_page_links(chars, work)
    work = _without_footnote_numbers(chars, work, rules)
    work = _without_recipients(chars, work)
    work, chrome = _without_page_chrome(chars, work)
    work = _without_hashtags(chars, work)
    work = _without_captions(chars, work)
    work = _without_leader_dots(chars, work)
    changed = False
    for m in _GLUED_FOOTNOTE.finditer(work):
        if not _UNIT_BEFORE_DIGIT.search(work[max(0, m.start() - 4):m.start()]):
            changed = True
            blank(chars, m.start(), m.end())
    work = spelled(chars) if changed else work
    if "\n" in work and ("ĐVT" in work or "ơn vị" in work):
        work = _flattened_tables_as_tabs(chars, work)
    _join_lines(chars, work, rules | chrome)
    if "|" in work:
        _pipes_parting_figures(chars, work)
    # the glyph opening a bulleted line ends the line before it (``_BLOCK_START``) and is then no word of it
    for m in _BULLET_GLYPH.finditer(work) if _BULLET_GLYPH_SCAN.search(work) else ():
        if not _A_SIGNED_FIGURE.match(work, m.start("glyphs")):
            blank(chars, m.start("glyphs"), m.end("glyphs"))
    layout = Layout(source=text, clean=spelled(chars), _src_index=frozen_index(index), lined=work)
    built = _layouts_built()
    built[:] = [layout, *built[:1]]
    return layout


# a table a PDF's copy flattened into lines of words, its cells parted by single spaces: a header naming its rows'
# names, their unit and the heads of its figures ("TT Chỉ tiêu ĐVT Kế hoạch 2026 Thực hiện 2026 Tỷ lệ (%)"; the heads
# data/words/flat_table_heads.csv), its rows a name, a unit and as many figures ("1 Số hộ nghèo Hộ 120 104 86,7")
_FLAT_HEADER = re.compile(
    r"(?m)^(?P<mark>(?i:S?TT) )?(?P<names>(?i:chỉ tiêu|nội dung|danh mục|hạng mục)) "
    r"(?P<unit>(?i:ĐVT|đơn vị tính|đơn vị)) (?P<heads>[^\t\n]+?)[ ]*$"
)
_FLAT_HEAD = re.compile(
    r"(?:" + word_source("flat_table_heads") + r")(?: (?:(?i:năm) )?(?:19|20)\d\d| \d{1,2} (?i:tháng)(?: (?i:năm) "
    r"(?:19|20)\d\d)?)?(?: ?\([^()\n]{1,12}\))?(?= |$)",
    re.IGNORECASE,
)
# (a row's number, "1", "II.", "a)"; or a sub-item's dash or plus, "- Lúa Ha 900 910 101,1", a part of the row above)
_FLAT_ROWS_MARK = re.compile(r"(?:\d{1,2}|[IVX]{1,4})\.?|[a-zđ]\)|[-+–]")
# a group's row with no figures of its own ("2 Chăn nuôi", "II. Văn hóa - xã hội"): its mark and a few words
_FLAT_GROUPS_WORDS_AT_MOST = 8
_FLAT_FIGURE = re.compile(r"[-+]?\d[\d.,]*%?")
# an empty cell as a PDF's table prints it, so the row keeps its count of cells ("2 Nhà văn hóa Nhà - 3 -")
_FLAT_EMPTY_CELL = re.compile(r"[-–x×…]|\.{2,3}")
_UNIT_WORDS_AT_MOST = 3
_A_NAMES_WORD = re.compile(r"[^\W\d_]{2,}")


def _flat_heads(heads: str) -> list[int] | None:
    """Where each head of a flattened header's figures (``heads``) begins, when they are heads all along, or None."""
    starts, pos = [], 0
    while pos < len(heads):
        m = _FLAT_HEAD.match(heads, pos)
        if m is None:
            return None
        starts.append(pos)
        pos = m.end() + 1
    return starts


def _flat_row_cuts(line: str, marked: bool, figures: int) -> list[int] | None:
    """The spaces that part a flattened row's cells (its mark when ``marked``, its name, its unit and ``figures``
    figures), or None when the line is no such row."""
    words = line.split(" ")
    if len(words) < figures + 2 or not all(words):
        return None
    cells = words[-figures:]
    if not all(_FLAT_FIGURE.fullmatch(w) or _FLAT_EMPTY_CELL.fullmatch(w) for w in cells) or not any(
        _FLAT_FIGURE.fullmatch(w) for w in cells
    ):
        return None
    ends = list(itertools.accumulate(len(w) + 1 for w in words))  # (the space after each word)
    first = 1 if marked else 0
    if marked and not _FLAT_ROWS_MARK.fullmatch(words[0]):
        return None
    named = words[first:-figures]
    for size in range(min(_UNIT_WORDS_AT_MOST, len(named) - 1), 0, -1):
        unit = " ".join(named[-size:])
        probe = unit[:1].lower() + unit[1:]
        reading = read_unit(" " + probe)
        if reading is not None and reading.length >= len(probe) and _A_NAMES_WORD.search(" ".join(named[:-size])):
            name_end = first + len(named) - size
            cuts = [ends[first - 1] - 1] if marked else []
            return [*cuts, ends[name_end - 1] - 1, *(ends[k] - 1 for k in range(name_end + size - 1, len(words) - 1))]
    return None


def _flat_group_cut(line: str) -> int | None:
    """The space after a group's mark in a flattened table's row of words alone ("2 Chăn nuôi": the group whose parts
    the rows under it are), or None when the line is no such row (a figure in it, a sentence's length, no mark)."""
    words = line.rstrip(" ").split(" ")
    if not 2 <= len(words) <= _FLAT_GROUPS_WORDS_AT_MOST + 1 or any(c.isdigit() for w in words[1:] for c in w):
        return None
    if not _FLAT_ROWS_MARK.fullmatch(words[0]) or not _A_NAMES_WORD.match(words[1]) or line.rstrip(" ")[-1:] in ".:;":
        return None
    return len(words[0])


def _flattened_tables_as_tabs(chars: array | list[str], work: str) -> str:
    """A table flattened into lines of single-spaced words (``_FLAT_HEADER`` over rows of a name, a unit and as many
    figures as the header has heads) with its cells parted by tabs, as the table was (in place: every offset kept)."""
    changed = False
    for header in _FLAT_HEADER.finditer(work):
        heads = _flat_heads(header.group("heads"))
        if heads is None or len(heads) < 2:
            continue
        rows: list[tuple[int, list[int]]] = []
        at = header.end() + 1
        marked = header.group("mark") is not None
        while at < len(work):
            cuts = _flat_row_cuts(work[at : _line_end(work, at)].rstrip(" "), marked, len(heads))
            if cuts is None and marked and (group := _flat_group_cut(work[at : _line_end(work, at)])) is not None:
                # (a group's row goes on the table only when a row of figures follows it)
                after = _line_end(work, at) + 1
                below = work[after : _line_end(work, after)].rstrip(" ") if after < len(work) else ""
                if _flat_row_cuts(below, marked, len(heads)) is not None:
                    cuts = [group]
            if cuts is None:
                break
            rows.append((at, cuts))
            at = _line_end(work, at) + 1
        if not rows:
            continue
        changed = True
        head_start = header.start("heads")
        cuts = [header.end("mark") - 1] if header.group("mark") else []
        for k in (*cuts, header.end("names"), header.end("unit"), *(head_start + h - 1 for h in heads[1:])):
            chars[k] = "\t"
        for row_start, row_cuts in rows:
            for k in row_cuts:
                chars[row_start + k] = "\t"
    return spelled(chars) if changed else work


# a pipe set between blanks in a line of prose (a table's pipes are its tabs by now), and a line holding one
_A_PARTING_PIPE = re.compile(r"(?<=[ \t])\|(?=[ \t])")
_A_LINE_WITH_A_PIPE = re.compile(r"(?m)^[^\n|]*\|[^\n]*")


def _pipes_parting_figures(chars: array | list[str], work: str) -> None:
    """A pipe between figures in a line of prose ("Thu ngân sách 2,1 tỷ đồng | Trồng rừng 45 ha | Hộ thoát nghèo 12
    hộ") parts the items of a list, as a semicolon does: it becomes one (in place, every offset kept). A pipe with no
    figure on one side ("Tin tức | Thời sự", a stamp's "12/5/2027 | Kinh tế") stays."""
    for m in _A_LINE_WITH_A_PIPE.finditer(work):
        line = m.group()
        if "\t" in line:
            continue
        pipes = [p.start() for p in _A_PARTING_PIPE.finditer(line)]
        bounds = [-1, *pipes, len(line)]
        for k, at in enumerate(pipes):
            before, after = line[bounds[k] + 1 : at], line[at + 1 : bounds[k + 2]]
            if _A_FIGURES_DIGIT.search(before) and _A_FIGURES_DIGIT.search(after):
                chars[m.start() + at] = ";"


# a figure's digit, not a date's nor a year's alone (enough to tell a list of figures from a line of links)
_A_FIGURES_DIGIT = re.compile(r"(?<![\d/.,])\d[\d.,]*(?![\d/])[ \t]*(?:%|[^\W\d_])")


# a hyphen at a line's end, the next line opening on a letter
_HYPHEN_AT_A_LINES_END = re.compile(r"[-‐][ \t]*\n[ \t]*(?=[^\W\d_])")
_A_WORD = re.compile(r"[^\W\d_]+")


def _without_hyphen_breaks(text: str, index: Sequence[int]) -> tuple[str, Sequence[int]]:
    """``text`` without the hyphens that break a word over two lines, and their line breaks ("công nghi-" / "ệp quý I"
    is "công nghiệp quý I"), ``index`` kept for the characters kept (as ``without_zero_width_index``). A page set by
    OCR or by a typesetter hyphenates inside a syllable; the two pieces make one syllable, and the second opens in
    small letters. A hyphen between two words stays ("kinh tế-" / "xã hội": "texa" is no one syllable)."""
    cuts: list[tuple[int, int]] = []
    for m in _HYPHEN_AT_A_LINES_END.finditer(text) if "\n" in text else ():
        head_start = m.start()
        while head_start > 0 and text[head_start - 1].isalpha():
            head_start -= 1
        tail = _A_WORD.match(text, m.end())
        if (
            head_start < m.start()
            and tail is not None
            and tail.group()[0].islower()
            and ONE_SYLLABLE.fullmatch(fold(text[head_start : m.start()] + tail.group()))
        ):
            cuts.append((m.start(), m.end()))
    return _without_spans(text, index, cuts)


def _without_spans(text: str, index: Sequence[int], cuts: list[tuple[int, int]]) -> tuple[str, Sequence[int]]:
    """``text`` without the spans ``cuts`` (in order, apart), ``index`` kept for the characters kept."""
    if not cuts:
        return text, index
    kept = list(range(cuts[0][0]))
    for (_, end), (nxt, _) in itertools.pairwise([*cuts, (len(text), 0)]):
        kept.extend(range(end, nxt))
    return "".join(text[k] for k in kept), [index[k] for k in kept] + [index[len(text)]]


# a number a PDF's line end cut inside its last group of thousands, in a sentence ("diện tích gieo trồng đạt 1.2" /
# "45 ha, đạt 101,2% kế hoạch"): the group's digits on both lines make three, and the line goes on after them with
# its unit or its sentence's mark
_NUMBER_CUT_AT_A_LINES_END = re.compile(
    r"(?<=[^\W\d_] )\d{1,3}(?:\.\d{3})*\.(?P<tail>\d{1,2})[ \t]*\n[ \t]*"
    r"(?P<head>\d{1,2})(?=[ \t]*(?:%|[,;.)](?!\d)|[ \t][^\W\d_]))"
)


def _without_cut_number_breaks(text: str, index: Sequence[int]) -> tuple[str, Sequence[int]]:
    """``text`` without the line breaks that cut a number inside a group of thousands (``_NUMBER_CUT_AT_A_LINES_END``:
    "đạt 1.2" / "45 ha" is "đạt 1.245 ha", the only reading of the two pieces), ``index`` kept for the characters
    kept (as ``_without_hyphen_breaks``)."""
    if "\n" not in text:
        return text, index
    found = _NUMBER_CUT_AT_A_LINES_END.finditer(text)
    cuts = [(m.end("tail"), m.start("head")) for m in found if len(m.group("tail")) + len(m.group("head")) == 3]
    return _without_spans(text, index, cuts)


@per_document(maxsize=1)
def _layouts_built() -> list[Layout]:
    """The layouts ``build_layout`` made for the document at hand, the newest first (two at most; emptied with the
    document caches at each new report)."""
    return []


def layout_of(clean: str) -> Layout | None:
    """The layout ``build_layout`` made whose clean text is ``clean`` (the very string, not an equal copy), for the
    document at hand, or None: the accessor of a reader handed only the clean text (a project table's row, routed
    with ``FigureContext.document``) that needs the source behind it, to lay an HTML or markdown row out with its
    cells' spans (``tables.row_cells``). It holds whatever reader ran before: the layout is the document's as soon
    as it is built."""
    for layout in _layouts_built():
        if layout.clean is clean:
            return layout
    return None


# "_______" over the footnotes, "---", "=====": a line that is a rule drawn with marks alone parts the text (read before
# the markup is blanked: of a rule of underscores that leaves one, or none, "__" marking bold)
_RULE_LINE = re.compile(r"(?m)^[ \t]*(?:_{3,}|-{3,}|={3,}|[─━]{3,})[ \t]*$")


def _rule_lines(work: str) -> frozenset[int]:
    """The indices of the text's lines that are rules."""
    if "___" not in work and "---" not in work and "===" not in work and "──" not in work and "━━" not in work:
        return frozenset()
    return frozenset(work.count("\n", 0, m.start()) for m in _RULE_LINE.finditer(work))


# a footnote's marker opening its line under the rule over the footnotes: "1 Cùng kỳ năm 2025 tăng 11,03%." (a PDF's
# superscript flattened to a plain digit), "[3] Khách quốc tế …", "(4) Kim ngạch …"; the text a capital
_FOOTNOTE_LINE = re.compile(r"[ \t]*(?:(?P<bare>\d{1,2})|\[(?P<squared>\d{1,2})\]|\((?P<bracketed>\d{1,2})\))[ \t]+(?="
                            + UPPER + ")")


def _without_footnote_numbers(chars: array | list[str], work: str, rules: frozenset[int]) -> str:
    """Blank the plain digits that mark the footnotes under a rule ("______" over "1 Cùng kỳ năm 2025 tăng 11,03%."):
    a footnote's number, no figure of it. The footnotes follow each other, each marked one above the last, a line
    without a marker the rest of the one above, until a blank line or a page's number ends them. Returns the text
    ``chars`` now spells."""
    if not rules:
        return work
    lines = work.split("\n")
    starts = list(itertools.accumulate(len(line) + 1 for line in lines))
    changed = False
    for rule in sorted(rules):
        expected = None  # the marker the next footnote carries
        for li in range(rule + 1, len(lines)):
            line, start = lines[li], starts[li - 1]
            if not line.strip() or line.strip().isdigit():
                break
            m = _FOOTNOTE_LINE.match(line)
            number = int(m["bare"] or m["squared"] or m["bracketed"]) if m else None
            if number is None or (expected is not None and number != expected):
                if expected is None:
                    break  # (the rule parts no footnotes from the text: a line under it opens with no marker)
                continue  # (a footnote wrapped onto the next line)
            if m["bare"]:
                blank(chars, start + m.start("bare"), start + m.end("bare"))
                changed = True
            expected = number + 1
    return spelled(chars) if changed else work


# a news page's furniture: a cell of its ticker or tool bar, the home link opening a breadcrumb
# (data/words/page_chrome.csv)
_PAGE_CHROME_CELL = re.compile(r"\W*(?:" + word_source("page_chrome") + ")", re.IGNORECASE)
# the cells of a line of widgets, parted by "|", a tab or two spaces or more
_WIDGET_GAP = re.compile(r"[ \t]*\|[ \t]*|\t+| {2,}")
# the steps of a breadcrumb, parted by an arrow: "Trang chủ > Kinh tế > Nông nghiệp", "Kinh doanh › Vĩ mô"
_BREADCRUMB_STEP = re.compile(r"[ \t]*[>›»][ \t]*")
_ARROWS_PROSE_NEVER_USES = "›»"
_STEP_WORDS = 6


def _a_line_of_widgets(line: str) -> bool:
    """Is ``line`` a page's ticker or tool bar: two cells or more, each one of its widgets ("Đắk Lắk 27°C  |  Giá vàng
    SJC: …  |  USD: 26.350 đ", "Cỡ chữ  A-  A+  |  In bài")?"""
    if _PAGE_CHROME_CELL.match(line) is None:
        return False  # (the first cell tried before the line is split: most lines open on words of the text)
    cells = [cell for cell in _WIDGET_GAP.split(line.strip()) if cell]
    return len(cells) >= 2 and all(_PAGE_CHROME_CELL.match(cell) is not None for cell in cells)


def _a_breadcrumb(line: str) -> bool:
    """Is ``line`` a page's breadcrumb: short steps without figures parted by arrows, from the home link ("Trang chủ >
    Kinh tế > Nông nghiệp") or by an arrow no sentence is written with ("Kinh doanh › Vĩ mô")?"""
    steps = _BREADCRUMB_STEP.split(line.strip())
    if len(steps) < 2 or any(not step or len(step.split()) > _STEP_WORDS or any(c.isdigit() for c in step)
                             for step in steps):
        return False
    return (_PAGE_CHROME_CELL.match(steps[0]) is not None
            or any(arrow in line for arrow in _ARROWS_PROSE_NEVER_USES))


def _without_page_chrome(chars: array | list[str], work: str) -> tuple[str, frozenset[int]]:
    """Blank a news page's ticker, tool bar and breadcrumb lines (``_a_line_of_widgets``, ``_a_breadcrumb``): the
    weather, the price of gold or a dollar, the sections above the headline are no text of the article. Returns the
    text ``chars`` now spells and the indices of the lines blanked, which part the text as a rule does (the headline
    above one and the lead under it stay apart)."""
    blanked, start = [], 0
    for li, line in enumerate(work.split("\n")):
        if (("|" in line or "  " in line or "\t" in line) and _a_line_of_widgets(line)) or (
                (">" in line or "›" in line or "»" in line) and _a_breadcrumb(line)):
            blank(chars, start, start + len(line))
            blanked.append(li)
        start += len(line) + 1
    return (spelled(chars) if blanked else work), frozenset(blanked)


# a hashtag: "#" glued to a word (not to the end of one: an address's "#muc-2", a language's "C#")
_HASHTAG = re.compile(r"#(?<![\w#]#)\w+")


def _a_tags_word(word: str) -> bool:
    """Does ``word`` run letters and digits together ("9Thang2025", "100NamNganhCongThuong", "Top10") or write a
    capital inside it ("DongNai", "XuatKhau"), as a tag does and no word of prose?"""
    has_digit = any(c.isdigit() for c in word)
    return (has_digit and any(c.isalpha() for c in word)) or any(c.isupper() for c in word[1:])


def _without_hashtags(chars: array | list[str], work: str) -> str:
    """Blank a post's hashtags ("#SonLa #8Thang2026 #30NamTaiLapTinh"): a tag files the post under a topic, its
    number counts nothing the text tells. A "#" before a word of prose, a year or a number alone ("#2025", "#3") is
    left as written. Returns the text ``chars`` now spells."""
    if "#" not in work:
        return work
    changed = False
    for m in _HASHTAG.finditer(work):
        if _a_tags_word(m.group()[1:]):
            blank(chars, m.start(), m.end())
            changed = True
    return spelled(chars) if changed else work


# the dots a typed list leads from a name to its figure ("Thu NSNN…………..3,45 tỷ đồng", "Lúa ........ 1.250 ha"), a
# run of three or more (an ellipsis three) after the name's last letter (or its bracket, its colon) and before a figure
# with its unit or per cent; a table of contents' page number, a figure alone at the line's end, keeps its dots
_LEADER_DOTS = re.compile(r"(?<=[^\W\d_)\]:])[ \t]*(?P<dots>[.…·]{2,})[ \t]*(?=[-+]?\d[\d.,]*[ \t]?(?:%|[^\W\d_]))")


def _without_leader_dots(chars: array | list[str], work: str) -> str:
    """Blank the leader dots between a name and its figure (``_LEADER_DOTS``): read as marks, the dots ran into the
    figure ("..3,45": a number cut short) and the name's label kept them. Returns the text ``chars`` now spells."""
    if "..." not in work and "…" not in work and "···" not in work:
        return work
    changed = False
    for m in _LEADER_DOTS.finditer(work):
        if len(m.group("dots")) + 2 * m.group("dots").count("…") >= 3:  # ("……": an ellipsis is three dots)
            blank(chars, m.start(), m.end())
            changed = True
    return spelled(chars) if changed else work


# a picture's caption in a page's markup: "<figcaption>Gian hàng trưng bày 120 sản phẩm. Ảnh: Minh Anh</figcaption>"
_FIGCAPTION = re.compile(r"<figcaption\b[^<>]*>(.*?)</figcaption\s*>", re.IGNORECASE | re.DOTALL)


def _without_figure_captions(chars: array | list[str], work: str) -> str:
    """Blank the words of a page's figure captions (``_FIGCAPTION``), their tags left to the markup's blanking: what
    the picture shows is no text of the article (see ``a_caption_line``). Returns the text ``chars`` now spells."""
    if "<" not in work or "figcaption" not in work.lower():
        return work
    for m in _FIGCAPTION.finditer(work):
        blank(chars, m.start(1), m.end(1))
    return spelled(chars)


# a line opening with what it is, a picture's caption or its alternative text: "Ảnh: …", "Ảnh 2: …", "Hình 3. …",
# "[Hình: …]", "*Ảnh: …*", "Chú thích ảnh: …", "Alt: …", "Ảnh minh họa" (data/words/caption_labels.csv: the words a
# colon closes, a number between them and it, or the words alone)
_CAPTION_LABELS = keyed_word_lists("caption_labels", "closed_by")
_CAPTION_OPENING = re.compile(
    r"[ \t]*[*_\[(]*[ \t]*(?:(?:" + "|".join(map(phrase_source, _CAPTION_LABELS["colon"]))
    + r")(?:[ \t]*:|[ \t]+\d{1,2}[ \t]*[:.])|(?:" + "|".join(map(phrase_source, _CAPTION_LABELS["word"])) + r")(?!\w))",
    re.IGNORECASE)
# a caption closed by its credit is short ("Lũ quét gây thiệt hại cho huyện A. Ảnh: Anh Dũng"); a longer line that
# ends in one is a paragraph the page ran a caption into
_CAPTION_LENGTH = 300


def a_caption_line(line: str) -> bool:
    """Is ``line`` a picture's caption or alternative text: a line that opens saying it is one (``_CAPTION_OPENING``),
    or a short one its photographer's credit closes (``_PHOTO_CREDIT_END``)? Its figures restate the body's or tell
    the picture's anecdote: no facts, and no headline either."""
    if _CAPTION_OPENING.match(line) is not None:
        return True
    return ":" in line and len(line) <= _CAPTION_LENGTH and _PHOTO_CREDIT_END.search(line) is not None


# the words a caption's line may open or close with, in either case: most texts have none, and skip the lines' test
_CAPTION_SCAN = re.compile(r"ảnh|hình|alt\b|đồ\s+họa", re.IGNORECASE)


def _without_captions(chars: array | list[str], work: str) -> str:
    """Blank the lines that are pictures' captions (``a_caption_line``), but a crawler's date marker opening one (" date
    2024-08 Đoàn kiểm tra … (Ảnh: TTXVN)": the marker dates the page). Returns the text ``chars`` now spells."""
    if _CAPTION_SCAN.search(work) is None:
        return work
    changed, start = False, 0
    for line in work.split("\n"):
        if line.strip() and a_caption_line(line):
            marker = DATE_MARKER.match(line) if "date" in line else None
            blank(chars, start + (marker.end() if marker else 0), start + len(line))
            changed = True
        start += len(line) + 1
    return spelled(chars) if changed else work


# "Nơi nhận:" over the list of those a paper goes to ("- Sở Tài chính;", "- 12 thôn, bản;", "- Lưu: VT."), each item
# from its line's start to the gap before the signing block set beside it ("- Như trên;        CHỦ TỊCH")
_RECIPIENTS_HEAD = re.compile(r"(?im)^[ \t]*nơi[ \t]+nhận[ \t]*:")
_RECIPIENT_ITEM = re.compile(r"[ \t]*" + DASH_MARK + r"[^\n\t]*?(?=[ \t]*(?:\t| {3,}|\n|$))")


def _without_recipients(chars: array | list[str], work: str) -> str:
    """Blank the items of a paper's list of recipients under "Nơi nhận:": who a report goes to is no measurement of
    it ("- 12 thôn, bản;" names the villages' heads, it counts nothing the report tells). The list ends at the first
    line that is no item of it. Returns the text ``chars`` now spells."""
    if "hận" not in work and "HẬN" not in work:
        return work
    changed = False
    for head in _RECIPIENTS_HEAD.finditer(work):
        pos = head.end()
        if (item := _RECIPIENT_ITEM.match(work, pos)) is not None:  # (the first item on the head's own line)
            blank(chars, item.start(), item.end())
            changed = True
        pos = work.find("\n", pos)
        while pos >= 0 and (item := _RECIPIENT_ITEM.match(work, pos + 1)) is not None:
            blank(chars, item.start(), item.end())
            changed = True
            pos = work.find("\n", item.end())
    return spelled(chars) if changed else work


# A line's indent typed with tabs ("\tTổng thu ngân sách ... đạt 4.125 tỷ đồng."), or the tab after its list
# marker ("-\tThu ngân sách ...", "1.\tNông nghiệp", "a)\tSản lượng ...": how Word writes a list item as plain
# text), the line holding no other tab: a paragraph's layout, no table cell (a table row parts its cells with
# tabs after its first)
_LIST_MARKER = r"(?:" + DASH_MARK + "|" + NUMBERED_MARK + r"|[" + BULLET_GLYPHS + r"])"
_INDENT_TABS = re.compile(r"(?m)^(?P<indent>[ \t]*)(?:" + _LIST_MARKER + r"(?P<tabs>\t[ \t]*))?(?=[^\s\t][^\t\n]*$)")


def _indent_tab_matches(work: str) -> list[re.Match[str]]:
    """The matches of ``_INDENT_TABS`` in ``work`` that hold a tab, tried only at the starts of the lines that hold
    one. (A match opens at a line's start, ``^``, and stays inside its line: no part of the pattern reads a line
    break; so ``finditer`` finds at most one a line, and the one of a line without a tab holds none.)"""
    found = []
    tab = work.find("\t")
    while tab >= 0:
        start = work.rfind("\n", 0, tab) + 1
        m = _INDENT_TABS.match(work, start)
        if m is not None and "\t" in m.group():
            found.append(m)
        end = work.find("\n", tab)
        if end < 0:
            break
        tab = work.find("\t", end)
    return found


# a head closing on "so với", spanning the bases a table's next row names: "Tháng báo cáo so với:", "So sánh với"
COMPARED_WITH_BELOW = re.compile(r"\bso\s+(?:sánh\s+)?với\s*:?\s*$", re.IGNORECASE)


def _heads_the_bases_below(work: str, at: int) -> bool:
    """Is the line going on from ``at`` (after the tab it is indented with) a price table's head spanning the bases
    its next row names ("\tTháng báo cáo so với:" over "\tKỳ gốc 2019\tCùng kỳ năm trước\tTháng trước", the empty
    cells after the head left untyped): a table's first row, its tab a cell's edge, not a paragraph's indent?"""
    end = work.find("\n", at)
    if end < 0 or "so" not in work[at:end] or COMPARED_WITH_BELOW.search(work, at, end) is None:
        return False
    after = work.find("\n", end + 1)
    below = work[end + 1:after if after >= 0 else len(work)]
    return below.startswith("\t") and below.count("\t") >= 2


# a figure alone on a line, as a table's cell holds it ("109,8", "95,2%", "(12,5)")
_A_LONE_FIGURE = re.compile(r"\(?[-−+]?\d[\d.,]*\s*%?\)?\s*")


def _a_cell_wrapped_below_a_row(work: str, m: re.Match[str]) -> bool:
    """Is a line indented with two tabs or more only a figure under a row of a table ("1 | Kim ngạch xuất khẩu |
    Triệu USD | 1.850 |" then "| | | | 109,8": a PDF's row wrapped, the figure in its column), its tabs the cells'
    edges, not a paragraph's indent?"""
    if m.group("indent").count("\t") < 2 or _A_LONE_FIGURE.fullmatch(work, m.end(), _line_end(work, m.end())) is None:
        return False
    above_end = m.start() - 1
    return above_end > 0 and "\t" in work[work.rfind("\n", 0, above_end) + 1:above_end]


def _line_end(work: str, at: int) -> int:
    end = work.find("\n", at)
    return len(work) if end < 0 else end


def _without_indent_tabs(chars: array | list[str], work: str) -> str:
    """Blank the tabs a line is indented with, or that follow its list marker, when it has no other (see
    ``_INDENT_TABS``); returns the text ``chars`` now spells."""
    if "\t" not in work:
        return work
    changed = False
    for m in _indent_tab_matches(work):
        if _heads_the_bases_below(work, m.end()) or _a_cell_wrapped_below_a_row(work, m):
            continue
        for part in ("indent", "tabs"):
            if m.group(part) and "\t" in m.group(part):
                changed = True
                blank(chars, m.start(part), m.end(part))
    return spelled(chars) if changed else work


_PAGE_LINKS_SCAN = lowered_literal_scan(PAGE_LINKS)
# a line of the links' list is a headline: it ends no sentence with a full stop and is no paragraph
_LINK_LINE_LENGTH = 200
_PROSE_END = re.compile(r"[.;:]['\"”’)\]]*\s*$")


def _page_link_headings(work: str, after: int) -> list[re.Match[str]]:
    """``list(PAGE_LINKS.finditer(work, after))``, the pattern tried only at the starts of lines from ``after`` on:
    every alternative opens on "^" (a line's start, not ``after`` itself unless a line starts there) and reads
    words (no match is empty)."""
    line_starts = sorted(at for at in (0, *(at + 1 for at in places_of(work, "\n"))) if at >= after)
    return matches_tried_at(PAGE_LINKS, work, line_starts)


def _without_page_links(chars: array | list[str], work: str) -> str:
    """Blank a web page's list of links to other articles ("Tin liên quan" and the headlines under it, one a
    line): their figures are other articles', not this one's. The list ends at a line that is prose (a long
    one, or one that ends a sentence with a full stop): a page may set the list inside the article, which goes
    on under it. Returns the text ``chars`` now spells."""
    if _PAGE_LINKS_SCAN.search(work.lower(), PAGE_LINKS_AFTER) is None:
        return work
    changed = False
    for m in _page_link_headings(work, PAGE_LINKS_AFTER):
        # (the pattern's "^\W*" may open on a blank line above the heading: the heading's own line)
        start = work.rfind("\n", 0, m.start() + len(m.group()) - len(m.group().lstrip())) + 1
        end = work.find("\n", start)
        end = len(work) if end < 0 else end
        heading = work[start:end]
        if len(heading.strip()) > 60:
            continue  # ("Tin khác" opening a sentence of a paragraph: no list's heading)
        blank(chars, start, end)
        changed = True
        pos = end + 1
        while pos < len(work):
            stop = work.find("\n", pos)
            stop = len(work) if stop < 0 else stop
            line = work[pos:stop].strip()
            if line and (len(line) > _LINK_LINE_LENGTH or _PROSE_END.search(line) or "\t" in line):
                break
            blank(chars, pos, stop)
            pos = stop + 1
    return spelled(chars) if changed else work


# the words of a table row's name run on to the line under the row, in lower case (tables._the_rest_of_a_label)
NAMES_REST_WORDS = 6


def _join_lines(chars: array | list[str], work: str, rules: frozenset[int] = frozenset()) -> None:
    """Turn line breaks inside a sentence into spaces; drop page-number lines between them. (No sentence runs over a
    line of ``rules``.)"""
    lines: list[tuple[int, int]] = []
    words: list[str] = []  # each line's words, single-spaced (read twice below)
    pos = 0
    for line in work.split("\n"):
        lines.append((pos, pos + len(line)))
        # (a line already single-spaced is its own words: every character ``str.split`` parts words at but the space
        # is unprintable, so a printable line without two spaces running, nor one at either end, splits and joins
        # back into itself)
        words.append(line if line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " "
                     else " ".join(line.split()))
        pos += len(line) + 1
    # (``_a_page_number``'s own first test, asked here before the call: most lines open with a letter)
    page_numbers = {li for li, line in enumerate(words)
                    if line and (line[0].isdigit() or line[0] in "-Tt") and _a_page_number(work, lines, li, line)}
    running = _running_lines(work, lines, words, page_numbers)
    if running:
        page_numbers |= _numbers_beside_running_lines(words, running)
    content = []  # indices of lines with words
    for li, (a, b) in enumerate(lines):
        if not words[li]:
            continue
        if li in page_numbers or words[li] in running:
            blank(chars, a, b)
            continue
        content.append(li)
    # the text's title: its first line with words, or the line under its date marker; and a report's title,
    # under or after its kind ("BÁO CÁO", "NGHỊ QUYẾT" ...)
    # (a marker that opens the headline's own line, " date 2025-12 Quảng Ngãi: Thiên tai ...", a short line that ends
    # no sentence, leaves that line the title; after a sentence of the lead, the headline is the line under it)
    marker = DATE_MARKER.match(words[content[0]]) if content else None
    headline = words[content[0]][marker.end():].strip() if marker else ""
    title = (content[1] if len(content) > 1 and marker and not _a_headline(headline)
             else content[0] if content else -1)
    # (and a report's title in sentence case under its issuer's lines in capitals: "UBND TỈNH A" / "Báo cáo tình hình
    # kinh tế - xã hội tháng 12 và năm 2025", whose period is no part of the sentence under it)
    # (its search stops at the first line that is neither)
    under_the_header = title_under_the_header(words)
    if under_the_header is None:
        # (or a subject in sentence case with no kind word, "Kết quả thực hiện dự toán ngân sách 9 tháng năm 2026",
        # under the issuer's "SỞ TÀI CHÍNH TỈNH A": a title, which ends at its line as the kind word's would)
        under_the_header = title_under_the_header(words, _a_headline_in_sentence_case)
    titles = {title, _headline_again(words, content), _report_title(words, content),
              -1 if under_the_header is None else under_the_header}
    # a line right above a unit line is a table's title: it opens a line of its own ("Tổng mức bán lẻ hàng hóa" over
    # "Đơn vị tính: Tỷ đồng")
    table_titles = {prev for prev, nxt in itertools.pairwise(content) if _a_unit_line(words[nxt])}
    for prev, nxt in itertools.pairwise(content):
        pa, pb = lines[prev]
        na, nb = lines[nxt]
        before, after = work[pa:pb], work[na:nb]
        if "\t" in before or "\t" in after or nxt in table_titles:
            continue  # table rows stay rows
        if rules and any(prev <= li <= nxt for li in rules):
            continue  # ("_______" over the footnotes: the text above ends at the rule, and the rule is no word)
        if before[:1].islower() and prev > 0 and "\t" in work[slice(*lines[prev - 1])] and len(
                words[prev].split()) <= NAMES_REST_WORDS:
            continue  # ("2 | Tổng sản lượng lương thực có | tấn | 785.400" over "hạt": the rest of the row's name)
        if nxt - prev > 1 and words[prev][-1:].isdigit() and _A_CELL_ALONE.fullmatch(words[prev]) and _CAPITAL.match(
                words[nxt]):
            continue  # ("Tỷ đồng" / "45.870" / "112,1", a table a cell a line, a blank line, then "Thu ngân sách …")
        if prev in titles and (_title_stands_alone(words, prev, nxt, after) or _paragraph_under_title(words, prev, nxt)
                               or _an_infographics_block(words, nxt)
                               or _a_title_closed_by_its_time(words[prev], after)):
            continue  # a title line, a blank line, then "Khách du lịch đến ...": the title ends at its line
        if nxt - prev > 1 and _parts_an_infographics_blocks(words, prev, nxt):
            continue
        if _ends_a_figure_first_block(words, prev, nxt):
            continue  # ("7,4%" / "Tăng trưởng GRDP" / "6.850 tỷ đồng" / "Thu ngân sách": the next figure opens a block)
        if ("  " in before and _a_block_on_its_line(before)) or ("  " in after and _a_block_on_its_line(after)):
            continue  # ("486  DN thành lập mới" / "1.025 tr.USD  Kim ngạch xuất khẩu": an infographic's block a line)
        if (
            ":" in before
            and ":" in after
            and all(_a_block_on_its_line(line, _NAME_COLON_FIGURE) for line in (before, after))
        ):
            continue  # ("Thu ngân sách: 6.850 tỷ đồng" / "Khách du lịch: 3,2 triệu lượt": the same, each named first)
        if _continues(before, after):
            blank(chars, pb, na, keep_newlines=False)
            _blank_a_cut_number(chars, before, pa, after, na)
            if prev in titles:
                titles.add(nxt)  # a title wrapped over lines: its last line may stand above the body


def _parts_an_infographics_blocks(words: list[str], prev: int, nxt: int) -> bool:
    """Does the blank line between lines ``prev`` and ``nxt`` part two blocks of an infographic turned to text, each a
    figure and the words that name it: a block whose line ends in its figure and unit over one that opens a sentence
    ("Kim ngạch xuất khẩu" / "1,92 tỷ USD", a blank line, "Khách du lịch" / "3,1 triệu lượt"), or a block that puts
    its figure first over another that does ("8,9%" / "Tốc độ tăng trưởng GRDP", a blank line, "28.650 tỷ đồng" / "Thu
    ngân sách nhà nước"), or a block that opens under a blank line on its name and its figure whatever ended the block
    above ("↑ 8,6%" / "so cùng kỳ", a blank line, "IIP" / "▲ 10,4%")? Joined, the next block's name runs back over the
    figure above, or the figure takes the name of the block above."""
    before, after = words[prev], words[nxt]
    if _a_clause_closed_by_its_figure(before, after, across_a_blank=True) or _an_infographics_block(words, nxt):
        return True  # (a block opening on its name, no sentence after it: "so cùng kỳ", a blank line, "IIP" / "10,4%")
    return (prev > 0 and nxt + 1 < len(words) and a_figure_alone(words[nxt]) and a_figure_alone(words[prev - 1])
            and a_name_alone(before) and a_name_alone(words[nxt + 1]))


def _a_figure_first_runs_line(words: list[str], li: int) -> bool:
    """Is line ``li`` a figure alone or a name alone in a run of such lines, one under another with no blank line, that
    alternate figure and name from a figure on ("7,4%" / "Tăng trưởng GRDP" / "6.850 tỷ đồng" / "Thu ngân sách"): an
    infographic's blocks that put their figure first? (A run opening on a name, "GRDP" / "8,6%" / "Thu ngân sách" /
    "6.850 tỷ đồng", names each figure from above.)"""
    is_figure = a_figure_alone(words[li])
    if not is_figure and not a_name_alone(words[li]):
        return False
    first = None  # (the kind of the run's first line: True for a figure)
    k = li
    while k >= 0 and words[k]:
        figure = is_figure == ((li - k) % 2 == 0)
        if not (a_figure_alone(words[k]) if figure else a_name_alone(words[k])):
            break
        first = figure
        k -= 1
    return first is True


def _ends_a_figure_first_block(words: list[str], prev: int, nxt: int) -> bool:
    """Does line ``prev``, a name alone right over a figure alone (``nxt``), end a block of an infographic's run of
    blocks that put their figure first (``_a_figure_first_runs_line``)? Joined, the figure below would take its name."""
    return (
        nxt == prev + 1
        and a_name_alone(words[prev])
        and a_figure_alone(words[nxt])
        and _a_figure_first_runs_line(words, prev)
    )


# a figure alone on its line, with its unit or the word it counts ("28.650 tỷ đồng", "8,9%", "6,2 triệu lượt", "96 xã",
# "1.180"), maybe a bound before it ("Hơn 600") or the arrow of its sign ("▲ 7,1%")
_FIGURE_ALONE = re.compile(r"(?:(?:hơn|gần|khoảng|trên) |[" + SIGN_ARROWS + r"] ?)?[-+]?\d[\d.,]*"
                           r"(?: ?%|(?P<unit> [^\W\d_]+(?: [^\W\d_]+){0,2}))?", re.IGNORECASE)


def a_figure_alone(line: str) -> bool:
    """Is ``line`` (single-spaced) a figure alone (``_FIGURE_ALONE``), the words after its number all its unit?"""
    m = _FIGURE_ALONE.fullmatch(line)
    if m is None:
        return False
    return m["unit"] is None or ((reading := read_unit(m["unit"])) is not None and reading.length == len(m["unit"]))


# the words of a figure's name in an infographic: a short line
_NAME_WORDS = 12


def a_name_alone(line: str) -> bool:
    """Is ``line`` (single-spaced) a short name with no figure and no sentence's end ("Tốc độ tăng trưởng GRDP", "Thu
    ngân sách nhà nước", "khách du lịch")?"""
    return (bool(line) and line[0].isalpha() and not any(c.isdigit() for c in line)
            and len(line.split()) <= _NAME_WORDS and line[-1] not in _SENTENCE_MARKS)


# a line of an infographic that holds a whole block, its figure and its name set apart by a run of spaces, in either
# order ("12.450 tỷ đ  Vốn đầu tư toàn xã hội", "▲ 7,1%  Tăng trưởng GRDP", "Khách du lịch      3,2 triệu lượt")
_TWO_PARTS_APART = re.compile(r"[ \t]*(?P<first>\S.*?) {2,}(?P<second>\S.*?)[ \t]*")
# ... or its name, a colon and its figure ("Thu ngân sách: 6.850 tỷ đồng")
_NAME_COLON_FIGURE = re.compile(r"[ \t]*(?P<first>[^:]+?)[ \t]*:[ \t]*(?P<second>\S.*?)[ \t]*")


def _a_block_on_its_line(line: str, parts: re.Pattern[str] = _TWO_PARTS_APART) -> bool:
    """Is ``line``, as the text lays it out, a whole block of an infographic, a figure alone and a short name in
    either order (``_TWO_PARTS_APART``, or ``_NAME_COLON_FIGURE``)? Such a line is a block of its own: joined to the
    line above, the figure would take that block's name, and the name run on to the next block's figure."""
    m = parts.fullmatch(line)
    if m is None:
        return False
    first, second = " ".join(m["first"].split()), " ".join(m["second"].split())
    return (a_figure_alone(first) and a_name_alone(second)) or (a_name_alone(first) and a_figure_alone(second))


# a line that holds one number and nothing else: a cell of a table laid out a cell a line (a sentence's figure
# has its unit or its words beside it)
_A_CELL_ALONE = re.compile(r"[-+]?\d[\d.,]*\s*%?")


# A number the line's end cut inside a group of thousands: "đạt 1.2" + "50 tỷ đồng" (the group's digits on both
# lines make three). Read joined, "1.2 50" would give "50 tỷ đồng", a figure the text does not state.
_CUT_GROUP_TAIL = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})*\.(\d{1,2})[ \t]*$")
_CUT_GROUP_HEAD = re.compile(r"[ \t]*(\d{1,2})(?![\d\w])")


def _blank_a_cut_number(chars: array | list[str], before: str, at: int, after: str, after_at: int) -> None:
    """Blank both pieces of a number cut at a line's end (``_CUT_GROUP_TAIL``): neither is the figure, and a
    join of them is no reading the text's own characters can vouch for. ``at``/``after_at``: the lines' offsets."""
    if not before.rstrip()[-1:].isdigit():
        return  # (most lines end in a word: no regex)
    tail = _CUT_GROUP_TAIL.search(before)
    head = _CUT_GROUP_HEAD.match(after) if tail else None
    if tail and head and len(tail.group(1)) + len(head.group(1)) == 3:
        blank(chars, at + tail.start(), at + tail.end())
        blank(chars, after_at + head.start(1), after_at + head.end(1))


def _report_title(words: list[str], content: list[int]) -> int:
    """The first line of a report's title: the line a document's kind opens ("BÁO CÁO Tình hình ..."), or the
    line under the kind alone ("BÁO CÁO" + "Kết quả thực hiện nhiệm vụ ... năm 2026"); -1 when there is none.
    Looked for in the report's head, where the kind stands."""
    for at, li in enumerate(content[:40]):
        m = TITLE_HEADING.match(words[li])
        if m is None:
            continue
        if words[li][m.end():].strip(" *_#:-"):
            return li
        return content[at + 1] if at + 1 < len(content) else -1
    return -1


def _headline_again(words: list[str], content: list[int]) -> int:
    """The line under the headline that gives the collector's date marker and then the headline once
    more ("Giá lúa tăng" + " date 2021-05 Giá lúa tăng" + blank + "Theo ..."): a title too, it ends at its
    line; -1 when there is none."""
    if len(content) < 2:
        return -1
    line = words[content[1]]
    m = DATE_MARKER.match(line)
    return content[1] if m and line[m.end():].strip() == words[content[0]] else -1


# a title is short; a longer first line parted by a blank one is a sentence broken by a page
_TITLE_LENGTH = 160


def _a_headline(line: str) -> bool:
    """Is ``line`` a headline: a short line that ends no sentence?"""
    return bool(line) and len(line) <= _TITLE_LENGTH and not _ends_a_sentence(line)


# a subject's line closing on the year of its period ("... 9 tháng năm 2026", "... quý I/2027"), perhaps then a note
# in brackets on its figures or its draft ("... năm 2026 (số liệu sơ bộ)", "... năm 2026 (dự thảo)") or on the day
# they are counted to ("... năm học 2026-2027 (tính đến 31/5/2027)")
_CLOSES_ON_ITS_YEAR = re.compile(
    r"(?<![\d.,])(?:19|20)\d\d(?:\s*\((?:[^()\d]{2,40}|\s*(?:(?i:tính)\s+)?(?i:đến)\s+(?:(?i:hết|ngày)\s+){0,2}"
    r"\d{1,2}/\d{1,2}(?:/(?:19|20)\d\d)?\s*)\))?\s*$"
)


def _a_headline_in_sentence_case(line: str) -> bool:
    """Is ``line`` a headline (``_a_headline``) opening on a capital, not in capitals all along, that closes on the
    year of its period and holds no comma (a sentence's first line, broken by a blank one in a report typed double
    spaced, "Trong quý, HĐND tỉnh đã thông qua ... của Ban chấp hành", goes on)?"""
    return (
        line[:1].isupper()
        and "," not in line
        and _CLOSES_ON_ITS_YEAR.search(line) is not None
        and not _all_caps(line)
        and _a_headline(line)
    )


def _title_stands_alone(words: list[str], prev: int, nxt: int, after: str) -> bool:
    """Does the text's title line (``prev``), a blank line after it, end before ``after``, a paragraph
    that opens with a capital? Only the title: in a report typed with a blank line after every line,
    a short line parted from a capital by a blank one is as often a sentence going on ("Ban chấp hành"
    + blank + "Trung ương ...")."""
    if nxt - prev < 2 or any(words[li] for li in range(prev + 1, nxt)) or len(words[prev]) > _TITLE_LENGTH:
        return False
    lead = after.lstrip()
    # (a lead may open on its paper's name in brackets, "(Báo Lào Cai) - Ngày 8/1, ...", as under a title with no blank
    # line: _paragraph_under_title)
    return bool(_CAPITAL.match(lead[1:] if lead[:1] == "(" else lead))


def _a_title_closed_by_its_time(title: str, after: str) -> bool:
    """Does the text's title close on the year of its period ("Tóm tắt kết quả tháng 8/2027", ``_CLOSES_ON_ITS_YEAR``)
    over a line opening on a capital ("Thu ngân sách: 1,2 tỷ đồng | Chi ...")? The period ends a title: the line
    under it is the body's, whether or not a sentence ends in it."""
    return (len(title) <= _TITLE_LENGTH and not _all_caps(title) and _CLOSES_ON_ITS_YEAR.search(title) is not None
            and _CAPITAL.match(after.lstrip()) is not None)


def _paragraph_under_title(words: list[str], prev: int, nxt: int) -> bool:
    """Does the text's short title line (``prev``) stand right above a paragraph of its own, with no
    blank line between? The next line opens with a capital and is a whole paragraph: a sentence
    ends in it ("Lũ quét ở 3 xã vùng cao\nĐêm 5/8, lũ quét làm 4 nhà bị cuốn trôi. ..."). A title
    wrapped over two lines goes on with a short line that ends no sentence, and a blank line under it. The
    sentence may end in the lines right under the next one, the paragraph wrapped ("Chỉ số PCI xếp thứ 38/63" over
    "Năm 2023, chỉ số ... của tỉnh" and "đạt 64,2 điểm.")."""
    title, line = words[prev], words[nxt]
    if nxt != prev + 1 or len(title) > _TITLE_LENGTH or _ends_a_sentence(title) or _all_caps(title):
        return False
    if not _CAPITAL.match(line[1:] if line[:1] == "(" else line):
        return False  # (a lead may open on its paper's name in brackets, "(LCĐT) - Năm 2024, ...")
    if len(line) <= len(title) and not _a_short_sentence_under_a_title(title, line):
        return False
    for li in range(nxt, min(nxt + _WRAPPED_LINES, len(words))):
        if not words[li]:
            return False  # (a blank line: the paragraph is over, and ended no sentence)
        if _SENTENCE_INSIDE.search(words[li]) is not None:
            return True
    return False


# the lines of a paragraph's first sentence, wrapped, looked at under a title
_WRAPPED_LINES = 4
# the fewest words of a sentence that stands whole on the line under a title ("Thu ngân sách tăng 12%.")
_SHORT_SENTENCE_WORDS = 4


def _a_short_sentence_under_a_title(title: str, line: str) -> bool:
    """Is ``line``, shorter than the title above it, a whole sentence of the body ("Báo cáo tình hình kinh tế - xã hội
    quý I năm 2026" over "Thu ngân sách quý I đạt 1,9 tỷ đồng.")? It ends on a full stop (a title's wrapped rest
    ends on none) and says a few words; and the title holds no comma, as the first line of a sentence broken by a
    page often does ("Trong 6 tháng đầu năm, tổng thu ngân sách của tỉnh" over "Hà Giang đạt 1.200 tỷ đồng.")."""
    return (line.rstrip(_CLOSING_MARKS)[-1:] in ".!?…" and len(line.split()) >= _SHORT_SENTENCE_WORDS
            and "," not in title)


def _an_infographics_block(words: list[str], nxt: int) -> bool:
    """Does an infographic's first block, a figure and the words that name it, open at line ``nxt`` under the
    title ("Kinh tế Hà Giang 6 tháng đầu năm 2026" over "Tốc độ tăng trưởng GRDP" / "6,5%", or over "6,5%" / "Tốc
    độ tăng trưởng GRDP")? Joined, the title's words would run into the block's name. (The name opens on a capital:
    a figure's unit wrapped onto the line under it, "215.000" / "con", names no block.)"""
    if nxt + 1 >= len(words) or not words[nxt] or not words[nxt + 1]:
        return False
    first, second = words[nxt], words[nxt + 1]
    name = first if a_figure_alone(second) else second if a_figure_alone(first) else ""
    return bool(name) and name[0].isupper() and a_name_alone(name)


# a sentence that ends inside a line or at its end
_SENTENCE_INSIDE = re.compile(r"[.!?…](?:\s|$)")


def _running_lines(work: str, lines: list[tuple[int, int]], words: list[str], page_numbers: set[int]) -> set[str]:
    """Running headers and footers: the same short line repeated on page after page (3+ times);
    ``words`` are the lines single-spaced. A line that states a rate ("Lào Cai ước tăng trưởng 8,5% năm
    2025") is a web page's headline repeated under its photos: a running header names the report, it
    tells no rate."""
    counts: dict[str, int] = {}
    by_page_numbers: dict[str, int] = {}  # how often the line stands next to a page number
    numbers_beside: dict[str, list[int]] = {}  # the bare number right beside each of its lines, when there is one
    # (a line whose words no other line repeats counts once at most, and a line counted once is none of them: the
    # tests below are asked only of the lines whose words stand on two lines or more)
    repeated = {text for text, n in Counter(text for text in words if 8 <= len(text) <= 120).items() if n >= 2}
    for li, ((a, b), text) in enumerate(zip(lines, words, strict=True)):
        if (text in repeated and work.find("\t", a, b) < 0 and not _BLOCK_START.match(text)
                and not _STATES_A_RATE.search(text)):
            counts[text] = counts.get(text, 0) + 1
            if page_numbers and _next_to_a_page_number(words, li, page_numbers):
                by_page_numbers[text] = by_page_numbers.get(text, 0) + 1
            if (number := _bare_number_beside(words, li)) is not None:
                numbers_beside.setdefault(text, []).append(number)
    # (a report of two or three pages repeats its header twice: beside the page's number each time, it is one; and so
    # it is beside a bare number each time that grows as pages do, "4" then "5", though a sentence the page cut runs
    # on the number's other side)
    found = {text for text, n in counts.items() if n >= 3 or n == by_page_numbers.get(text, 0) >= 2
             or (n >= 2 and _pages_one_after_another(numbers_beside.get(text, []), n))}
    return found | _numbered_running_lines(words, found)


# a running line's own page number at its end or its head, parted from its words by two spaces or more (or a tab) in
# the source, one in the words: "UBND tỉnh Khánh Hòa   Báo cáo KT-XH tháng 8/2026   2", "3   Báo cáo …"
_NUMBER_AT_A_LINES_END = re.compile(r"(.{8,120}?) (?:[Tt]rang )?(\d{1,3})")
_NUMBER_AT_A_LINES_HEAD = re.compile(r"(?:[Tt]rang )?(\d{1,3}) (.{8,120})")


def _bare_number_beside(words: list[str], li: int) -> int | None:
    """The number of a line of 1–3 digits alone right above or below line ``li`` (``words``: the lines single-spaced),
    unless the line on its other side is a figure alone too (a table laid out a cell a line); None when there is
    none."""
    for step in (-1, 1):
        k = li + step
        if 0 <= k < len(words) and words[k].isdigit() and len(words[k]) <= 3:
            other = words[k + step] if 0 <= k + step < len(words) else ""
            if _A_CELL_ALONE.fullmatch(other) is None:
                return int(words[k])
    return None


def _pages_one_after_another(numbers: list[int], lines: int) -> bool:
    """Does each of a repeated line's ``lines`` stand beside a number, each number one or two above the last (a page
    without its header now and then)?"""
    return len(numbers) == lines and all(0 < b - a <= 2 for a, b in itertools.pairwise(numbers))


def _cuts_a_sentence(words: list[str], li: int) -> bool:
    """Does line ``li`` stand between two lines of one sentence: the line above ends none, the line below goes on
    in lower case?"""
    return (0 < li < len(words) - 1 and bool(words[li - 1]) and not _ends_a_sentence(words[li - 1])
            and words[li + 1][:1].islower())


def _numbered_running_lines(words: list[str], running: set[str]) -> set[str]:
    """Running headers and footers that carry the page's number on their own line: the same words with a number at
    the end (or head) that grows from one to the next, on three lines or more (on two when the words alone run on
    other pages too). Rows of a table say the same words with a growing number too ("Nhà bị ngập sâu   2" under each
    commune): but a row stands among rows, each its figure at its end, and a footer is by prose, a heading, a blank
    line or the next page's header on one page at least. Two lines are enough too when each cuts a sentence in two
    (a report of three pages: "… Kim ngạch" / "Báo cáo KT-XH tháng 10/2026      3" / "xuất khẩu …")."""
    stems: dict[str, list[tuple[int, int]]] = {}
    for li, text in enumerate(words):
        if not text or not (text[-1].isdigit() or text[0].isdigit() or text[0] in "Tt"):
            continue  # (most lines end with a letter or a stop: no regex)
        m = _NUMBER_AT_A_LINES_END.fullmatch(text) if text[-1].isdigit() else None
        stem, number = (m[1], m[2]) if m else (None, None)
        if m is None and (h := _NUMBER_AT_A_LINES_HEAD.fullmatch(text)):
            stem, number = h[2], h[1]
        if stem is None or _STATES_A_RATE.search(stem) or _A_QUANTITY.search(stem):
            continue
        stems.setdefault(stem, []).append((int(number), li))
    found = set()
    for stem, numbered in stems.items():
        # (one page after another, a page without its footer now and then: each number at most two above the last,
        # the same twice when a page heads and foots with it)
        least = 2 if stem in running or all(_cuts_a_sentence(words, li) for _, li in numbered) else 3
        if len(numbered) >= least and numbered[0][0] < numbered[-1][0] and all(
                0 <= b - a <= 2 for (a, _), (b, _) in itertools.pairwise(numbered)) and not all(
                _among_rows(words, li) for _, li in numbered):
            found.update(words[li] for _, li in numbered)
    return found


def _among_rows(words: list[str], li: int) -> bool:
    """Does a line right above or below line ``li`` end on a figure, as a table's rows do?"""
    return any(0 <= k < len(words) and words[k][-1:].isdigit() for k in (li - 1, li + 1))


# a figure of a quantity in a line's words ("1.845", "21,5"): a running line names the report and its time
# ("Báo cáo KT-XH tháng 8/2026"), it tells no figure
_A_QUANTITY = re.compile(r"\d[.,]\d")


def _next_to_a_page_number(words: list[str], li: int, page_numbers: set[int]) -> bool:
    """Is the nearest line with words above or below line ``li`` a page number?"""
    for step in (-1, 1):
        k = li + step
        while 0 <= k < len(words) and not words[k]:
            k += step
        if k in page_numbers:
            return True
    return False


def _a_page_number(work: str, lines: list[tuple[int, int]], li: int, words: str) -> bool:
    """Is line ``li`` a page number: one marked as such ("- 3 -", "Trang 3/12"), or a bare one ("3", "3/25")
    between blank lines?"""
    if not words or not (words[0].isdigit() or words[0] in "-Tt"):
        return False  # (most lines open with a letter: no regex)
    a, b = lines[li]
    return bool(_MARKED_PAGE_NUMBER.match(work, a, b)
                or (_PAGE_NUMBER_LINE.match(work[a:b]) and _between_sentences(lines, li, work)))


# a figure in per cent ("8,5%", "12 %"): a rate the line tells
_STATES_A_RATE = re.compile(r"\d\s?%")


def _all_caps(text: str) -> bool:
    """At least three letters, all capitals (stops at the first small letter)."""
    letters = 0
    for c in text:
        if c.isalpha():
            if not c.isupper():
                return False
            letters += 1
    return letters >= 3


def _between_sentences(lines: list[tuple[int, int]], li: int, work: str) -> bool:
    """A bare page number stands between blank lines (or at the very top/bottom), or, as a PDF's text sets it with
    no blank line around it, under a line that ends a sentence with its full stop and over one that opens the next
    ("… đạt 45,5%." / "        2" / "Sản lượng …"): a table's cell alone on its line stands among cells and rows,
    which end on no full stop."""
    above = work[lines[li - 1][0]:lines[li - 1][1]] if li > 0 else ""
    below = work[lines[li + 1][0]:lines[li + 1][1]] if li + 1 < len(lines) else ""
    if "\t" in above or "\t" in below:
        return False
    return (not above.strip() or _ends_with_a_full_stop(above)) and (
        not below.strip() or _CAPITAL.match(below.lstrip()) is not None or _BLOCK_START.match(below) is not None)


def _ends_with_a_full_stop(line: str) -> bool:
    """Does ``line`` end a sentence with a full stop (or "!", "?", "…"), not with the colon or semicolon of a list?"""
    return line.rstrip().rstrip(_CLOSING_MARKS)[-1:] in (".", "!", "?", "…")

def _numbers_beside_running_lines(words: list[str], running: set[str]) -> set[int]:
    """The lines holding a bare page number right under or over a running header or footer ("Báo cáo tình hình … -
    UBND tỉnh" over "2", then "sản lượng lúa …": the page's number, though no blank line parts it from the footer
    that the layout drops), whatever stands on its other side (a sentence the page cut: "… tổng vốn 1,45" / "4" /
    the header / "tỷ USD"), but a figure alone on its line (a table laid out a cell a line)."""
    found = set()
    for li, line in enumerate(words):
        if not line[:1].isdigit() or _PAGE_NUMBER_LINE.match(line) is None:
            continue
        above = words[li - 1] if li > 0 else ""
        below = words[li + 1] if li + 1 < len(words) else ""
        if (above in running and _A_CELL_ALONE.fullmatch(below) is None) or (
                below in running and _A_CELL_ALONE.fullmatch(above) is None):
            found.add(li)
    return found


# The tests of _continues, compiled once (it is asked at every line break).
_DASH_THEN_LOWER = re.compile(r"\s*[-–]\s*[a-zđà-ỹ]")
_CAPS_NUMBERING = re.compile(r"\s*(?:[IVXLC]{1,5}|[A-ZĐ])\s*[.:)]")
_CAPITAL = re.compile(UPPER)
# a photo's or a graphic's credit closes its caption, with no full stop after the author's name
# (data/words/photo_credits.csv)
_PHOTO_CREDIT_END = re.compile(r"(?:" + word_source("photo_credits") + r")\s*:\s*[^.:;\n]{1,60}\)?\s*$")


# a page's time stamp alone on its line ("26/02/2021 14:20", "Thứ hai, 18/01/2021 09:25 (GMT+7)", "19-08-2025 -
# 16:18 PM | Kinh tế"): it parts the headline from the lead, neither goes on into it
# (also under its label, its time first or with seconds: "Cập nhật ngày: 30/04/2015 - 03:08", "Cập nhật ngày:
# 17/03/2021 06:09:12", "Cập nhật: 08:30 05/06/2016 GMT+7" (its zone bare), "Nông nghiệp - Nông thôn - Ngày
# đăng : 13:39, 07/01/2012": the page's stamp all the same)
_STAMP_LABEL = (r"(?:[^\n]{0,60}?(?:Cập\s+nhật(?:\s+(?:ngày|lúc))?|Ngày\s+(?:đăng|cập\s+nhật)|Đăng\s+(?:ngày|lúc))"
                r"\s*:?\s*)?")
_STAMP_LINE = re.compile(
    r"\s*" + _STAMP_LABEL + r"(?:\d{1,2}[:h]\d{2}\s*,?\s*)?"
    r"(?:(?:Thứ\s+\w+|Chủ\s+nhật)\s*,?\s*)?\d{1,2}[/-]\d{1,2}[/-]\d{4}"
    r"(?:\s*[-–,]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:AM|PM))?)?(?:\s*\(?GMT\s*[+-]\s*\d{1,2}\)?)?(?:\s*\|[^\n]*)?\s*$"
)


# The last character a stamp reads before its trailing spaces, without a "|" part ("| Kinh tế" may end in anything):
# the last digit of its date or time, the "M" of "AM"/"PM", the ")" of "(GMT+7)"
_STAMP_LAST = re.compile(r"[\d)M]")


def _a_stamp_line(line: str) -> bool:
    r"""Is the line a page's time stamp (``_STAMP_LINE``)? (Its date is written with "/" or "-", which no
    part of the pattern may leave out: a line without either is none, tried without the regex, whose
    label's lazy reach is tried at every place of a long line. Nor is a line without "|" whose last
    character but spaces is none a stamp ends with, ``_STAMP_LAST``: the pattern's ``\s*$`` takes only the
    spaces ``str.rstrip`` strips.)"""
    if "/" not in line and "-" not in line:
        return False
    if "|" not in line and _STAMP_LAST.match(line.rstrip()[-1:]) is None:
        return False
    return _STAMP_LINE.match(line) is not None


# "Kính gửi: ...", "Nơi nhận: ...": the report's addressees, on their own line (wrapped, they go on in lower case)
_ADDRESSEE_LINE = re.compile(r"^\s*(?:Kính\s+gửi|Nơi\s+nhận)\s*:", re.IGNORECASE)


def _a_list_item_closed_by_its_figure(before: str, after: str) -> bool:
    """"- Chi ngân sách địa phương: 310.250" + "Nhìn chung ...": a list item that ends in its bare figure ends
    at its line when the next line opens a sentence with a capital, no unit ("Tỷ đồng" may carry the figure's
    unit over the break); joined, the next sentence's first word would be read as the figure's unit."""
    if not before.rstrip()[-1:].isdigit() or not _CAPITAL.match(after) or not _BLOCK_START.match(before):
        return False
    return not _all_caps(after) and read_unit(" " + after[:1].lower() + after[1:]) is None


# a clause's last words that close it without a full stop: a figure with its unit or "%" ("tăng 1,2%", "đàn bò
# 120.300 con", "đạt 4.860 tỷ đồng"; a measure's noun after it, "61.400 con lợn", but a count's word is all: "98 xã đạt
# chuẩn" goes on), or the same period it is compared with ("... so với cùng kỳ năm trước")
_FIGURE_AND_UNIT_AT_END = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*[ \t]*([^\W\d_]+(?:[ \t]+[^\W\d_]+)?)[ \t]*$")
_SAME_PERIOD_AT_END = re.compile(r"so\s+với\s+cùng\s+kỳ(?:\s+năm\s+(?:trước|\d{4}))?[ \t]*$", re.IGNORECASE)
# ... or the plan a per cent is of ("đạt 101,2% kế hoạch", "bằng 48% dự toán năm"), unless the next line names who set
# it ("Trung ương giao", "Tỉnh giao": data/words/plan_issuers.csv, read as budgets reads it)
_PLAN_AT_END = re.compile(r"%[ \t]*(?:so[ \t]+với[ \t]+)?(?:kế[ \t]+hoạch|dự[ \t]+toán|KH|DT)"
                          r"(?:[ \t]+năm(?:[ \t]+\d{4})?)?[ \t]*$")
_PLAN_ISSUERS = tuple(sorted({w.lower() for words in keyed_word_lists("plan_issuers", "basis").values() for w in words},
                             key=len, reverse=True))


def _a_clause_closed_by_its_figure(before: str, after: str, across_a_blank: bool = False) -> bool:
    """"Diện tích lúa đạt 12.500 ha, tăng 1,2% so với cùng kỳ" + "Sản lượng ước đạt ...": a line of a body written
    without full stops ends its sentence on its figure and unit, or on the same period it compares with, when the next
    line opens one (a capitalised word, then one in lower case: not a name, "Hàn Quốc", nor an office, "UBND tỉnh",
    nor a unit carried over the break, "Tỷ đồng"); joined, the next sentence's subject would be read into this one.
    ``across_a_blank``: a blank line parts the two, over which no unit is carried: the next line may open with a word
    that names a unit too ("1,92 tỷ USD", a blank line, "Khách du lịch" / "3,1 triệu lượt": an infographic's blocks)."""
    tail = before[-48:].rstrip()
    if (not tail or tail[-1] in _SENTENCE_MARKS or not (_OPENS_A_SENTENCE.match(after) or _A_NAME_THEN_ITS_COLON.match(
            after)) or after.split(None, 1)[0].isupper()):
        return False
    if tail[-1] == "%" or (tail[-1].isalpha() and (m := _FIGURE_AND_UNIT_AT_END.search(tail)) is not None
                           and (reading := read_unit(" " + m.group(1))) is not None
                           and (reading.length > len(m.group(1)) or reading.unit != "count")):
        return across_a_blank or read_unit(" " + after[:1].lower() + after[1:]) is None
    if (tail.endswith(("kỳ", "trước")) or tail[-1].isdigit()) and _SAME_PERIOD_AT_END.search(tail) is not None:
        return True
    return "%" in tail and _PLAN_AT_END.search(tail) is not None and not after.lower().startswith(_PLAN_ISSUERS)


# "Đơn vị tính: Tỷ đồng", "(ĐVT: nghìn tấn)" on a line of its own: the unit of the table below, no part of the
# title above it nor of a sentence (so is "(Đơn vị: tỷ đồng)" whose words after the colon read as a unit, not "Đơn vị:
# Sở Tài chính")
_UNIT_LINE = re.compile(r"\s*\(?\s*(?:ĐVT|Đơn\s+vị(?:\s+tính)?)\s*:([^\n.;]{1,30}?)\)?\s*", re.IGNORECASE)


def _a_unit_line(line: str) -> bool:
    # (the pattern first: anchored at the line's start, it fails on its first letters for nearly every line, where
    # lowering a whole paragraph's line for the words costs more; both tests are pure, their order changes nothing)
    if ":" not in line or _UNIT_LINE.fullmatch(line) is None:  # (the pattern's colon first: most lines have none)
        return False
    low = line.lower()
    if "đvt" in low or "vị tính" in low:
        return True
    unit = read_unit(" " + _UNIT_LINE.fullmatch(line).group(1).strip().lower())
    return unit is not None and unit.unit != "count"


# "ước đạt 18." + "452 tỷ đồng": a number cut right after a dot of its thousands, its next group of three opening the
# next line with the figure's unit (figures reads "18. 452" as one number; not after a time word: "hết tháng 9." +
# "245 doanh nghiệp ..." is a sentence that ends, and one that opens on its count)
_GROUP_DOT_AT_END = re.compile("".join(rf"(?<!{t} )" for t in ("tháng", "ngày", "quý", "năm", "lần", "số"))
                               + r"(?<![\d.,])\d{1,3}(?:\.\d{3})*\.[ \t]*$")
_GROUP_AT_START = re.compile(r"\d{3}(?![\d.,]\d)")
# the verb of a clause whose subject the count after the break is ("là 3." + "150 hộ bị ngập được hỗ trợ ...": a
# sentence that opens on its count); a cut figure's rest goes on with a comparison or ends its clause
_SUBJECT_VERB_AFTER = re.compile(r"[^,;.:()]*?(?<![^\W\d_])(?:bị|được|đã|đang|phải|sẽ|vẫn|chưa|cần)(?![^\W\d_])",
                                 re.IGNORECASE)


def _a_number_cut_at_its_group_dot(before: str, after: str) -> bool:
    """Does ``before`` end in a number cut after a thousands dot that ``after`` goes on with its next three digits,
    then a unit or "%"? A sentence ending in a number ("đạt 18.") goes on with a capital, not with three digits
    and a unit, nor with a count that its own verb follows."""
    if not after[:1].isdigit() or _GROUP_DOT_AT_END.search(before) is None:
        return False
    m = _GROUP_AT_START.match(after)
    if m is None or (reading := read_unit(after[m.end():])) is None:
        return False
    return _SUBJECT_VERB_AFTER.match(after, m.end() + reading.length) is None


def _continues(before: str, after: str) -> bool:
    """Does ``after`` continue the sentence that ``before`` left open?"""
    if _a_stamp_line(after) or _a_stamp_line(before):
        return False
    if _a_unit_line(after) or _a_unit_line(before):
        return False
    # (each pattern below asked only where the text holds what it cannot match without: DATE_MARKER's "date", the
    # addressee's colon, a dash as the first character that is no blank, which ``_DASH_THEN_LOWER``'s "\s*" and
    # ``str.lstrip`` both pass over)
    if "date" in after and DATE_MARKER.match(after):
        return False  # "Headline" + " date 2020-04 Xuất phát từ ...": the collector's date marker opens the lead
    stripped = after.lstrip()
    if (stripped[:1] in ("-", "–") and _DASH_THEN_LOWER.match(after) and not _ends_a_sentence(before)
            and before.strip()):
        return True  # "khu vực công nghiệp / – xây dựng đạt 11,9%": a hyphenated name wrapped at the dash
    if (_all_caps(before) and _all_caps(stripped) and not _ends_a_sentence(before)
            and not _CAPS_NUMBERING.match(stripped)):
        return True  # a heading in capitals wrapped over two lines ("... NHIỆM VỤ / 6 THÁNG CUỐI NĂM")
    if stripped[:1] in SIGN_ARROWS and _a_signed_figure_of_the_block(before, stripped):
        return True  # ("IIP" / "▲ 10,4%": the arrow is the figure's sign, no bullet opening a block)
    if _BLOCK_START.match(after):
        return False
    if _a_list_item_closed_by_its_figure(before, stripped) or _a_clause_closed_by_its_figure(before, stripped):
        return False
    if ":" in before and _ADDRESSEE_LINE.match(before) and _CAPITAL.match(stripped):
        return False  # "Kính gửi: Ủy ban nhân dân tỉnh Phú Thọ" + "Tổng diện tích lúa ...": the addressee ends there
    if _HEADING_LINE.match(before) and _CAPITAL.match(stripped) and not _all_caps(stripped):
        return False  # "2.4. Công tác phòng chống thiên tai" + "Trong 6 tháng ...": a heading ends
    if not stripped:
        return False
    if ":" in before and _PHOTO_CREDIT_END.search(before) and _CAPITAL.match(stripped):  # (its colon first)
        return False  # "Phối cảnh cầu X. Ảnh: Ban quản lý dự án" + "Công trình có ...": a caption ends at its credit
    if _ends_a_sentence(before):
        if _a_number_cut_at_its_group_dot(before, stripped):
            return True
        # "...theo quy định." + "Tiếp tục ..." is a new sentence; a lowercase start is a
        # wrapped line after an abbreviation or a number ("đạt 4,5." is rare in the middle).
        return stripped[0].islower()
    if before.strip().isupper() or (before.rstrip().endswith(")") and _capitals_but_its_note(before)):
        # a heading in capitals ends at its line, unless the next line goes on in capitals (its note in brackets
        # may be in small letters: "BẢNG TỔNG HỢP THIỆT HẠI DO BÃO (tính đến ngày 24/10/2026)")
        return stripped[0].islower() or _all_caps(stripped) or _an_acronym_over_its_figure(before, stripped)
    return True


def _a_signed_figure_of_the_block(before: str, after: str) -> bool:
    """Is ``after`` a figure alone with the arrow of its sign, under a line of the same infographic block, its name or
    its other figure ("Kim ngạch xuất khẩu" / "31,5 tỷ USD" / "▲ 9,8%")?"""
    if not _A_SIGNED_FIGURE.match(after) or not a_figure_alone(" ".join(after.split())):
        return False
    line = " ".join(before.split())
    return a_name_alone(line) or a_figure_alone(line)


# the words of a name in capitals that an infographic's block sets over its figure ("GRDP", "CPI", "FDI")
_ACRONYM_WORDS = 2


def _an_acronym_over_its_figure(before: str, after: str) -> bool:
    """Is ``before`` a short name in capitals over a figure alone (``after``): an infographic's block ("GRDP" / "▲
    8,6%"), no heading that ends at its line?"""
    name = " ".join(before.split())
    return len(name.split()) <= _ACRONYM_WORDS and a_name_alone(name) and a_figure_alone(" ".join(after.split()))


_NOTE_IN_BRACKETS = re.compile(r"\([^()]*\)")


def _capitals_but_its_note(line: str) -> bool:
    """Is ``line`` in capitals once its notes in brackets are left out?"""
    return _all_caps(_NOTE_IN_BRACKETS.sub(" ", line))
