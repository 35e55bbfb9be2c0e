"""The layout's pre-tested scans hold to the patterns they stand for."""

import random
import re

from orchestration.extraction import layout
from orchestration.extraction.numbers import read_unit

_PIECES = ["26/02/2021", "19-08-2025", "14:20", "09h25", " - ", "-", "/", "Thứ hai, ", "Chủ nhật", "(GMT+7)",
           "GMT+7", " | Kinh tế", "Cập nhật ngày: ", "Ngày đăng : ", "Đăng lúc ", "13:39, ", "07/01/2012", "AM",
           " PM", "1", "12", "2024", " ", "  ", "\t", "Tin tức", "đạt 4,5%", ",", ":"]


def test_a_stamp_line_is_what_the_pattern_matches() -> None:
    rng = random.Random(3)
    stamps = 0
    for _ in range(20000):
        line = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 8)))
        expected = layout._STAMP_LINE.match(line) is not None
        assert layout._a_stamp_line(line) == expected, repr(line)
        stamps += expected
    assert stamps > 200


_UNIT_PIECES = ["ĐVT", "đvt", "Đơn vị tính", "ĐƠN VỊ TÍNH", "Đơn  vị tính", "Đơn vị\ttính", "vị tính", "(", ")", ":",
                " : ", "tỷ đồng", "Tỷ đồng", " ", "  ", "\t", "Tổng thu", ".", ";", "%", "ha", "Bảng 2", "\n"]


def test_a_unit_line_is_what_the_words_and_the_pattern_say() -> None:
    # the pattern tried first, the lowered words only on its match: the answer of the words first
    rng = random.Random(5)
    units = 0
    for _ in range(20000):
        line = "".join(rng.choice(_UNIT_PIECES) for _ in range(rng.randrange(0, 7)))
        low = line.lower()
        m = layout._UNIT_LINE.fullmatch(line)
        # (a line saying only "Đơn vị:" is one when its words after the colon read as a unit)
        said = m is not None and (reading := read_unit(" " + m.group(1).strip().lower())) is not None and (
            reading.unit != "count")
        expected = m is not None and ("đvt" in low or "vị tính" in low or said)
        assert layout._a_unit_line(line) == expected, repr(line)
        units += expected
    assert units > 200


def test_a_stamp_line_ending_in_any_character() -> None:
    # the last-character pre-test against lines that end in every character a stamp may end with, and others
    rng = random.Random(7)
    ends = ["5", "٣", "M", ")", "AM", "PM", "(GMT+7)", "GMT-10", "| x", "|", " \t", "\n", "x", ".", "m", "A", "]"]
    stamps = 0
    for _ in range(20000):
        line = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 6))) + rng.choice(ends)
        expected = layout._STAMP_LINE.match(line) is not None
        assert layout._a_stamp_line(line) == expected, repr(line)
        stamps += expected
    assert stamps > 100


_TAB_PIECES = ["\t", "\t", " ", "  ", "\n", "\n\n", "-", "+", "•", "*", "–", "➢", "\uf0b7", "1.", "2)", "a)", "IV.",
               "12.3.", "Thu ngân sách", "x", "tỷ đồng", ":", "\r"]


def test_the_indent_tabs_tried_at_the_lines_with_a_tab_are_the_scans_with_a_tab() -> None:
    rng = random.Random(9)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(_TAB_PIECES) for _ in range(rng.randrange(0, 14)))
        plain = [(m.span(), m.span("indent"), m.span("tabs")) for m in layout._INDENT_TABS.finditer(text)
                 if "\t" in m.group()]
        fast = [(m.span(), m.span("indent"), m.span("tabs")) for m in layout._indent_tab_matches(text)]
        assert fast == plain, repr(text)
        found += len(plain)
    assert found > 2000


def test_a_line_printable_without_double_spaces_is_its_own_words() -> None:
    # (``_join_lines`` keeps such a line as it is instead of ``" ".join(line.split())``): every character but the
    # space that ``str.split`` parts words at is unprintable
    assert all(not c.isprintable() for c in map(chr, range(0x110000)) if c.isspace() and c != " ")
    rng = random.Random(10)
    pieces = [*_PIECES, *_TAB_PIECES, "\u00a0", "\u2003", "\u3000", "\x1c", "\x85", "\u2028", "\u200b", "a b"]
    for _ in range(20000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 8)))
        if line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " ":
            assert " ".join(line.split()) == line, repr(line)


_LINK_PIECES = ["Tin liên quan", "TIN LIÊN QUAN", "tin  cùng chuyên mục", "Bài khác", "Các tin khác", "Xem thêm",
                "Xem thêm:", "đọc thêm :", "Video đang được xem", "Có thể bạn quan tâm", "Tin khác", "- ", "* ", "\n",
                "\n\n", " ", "\t", "Giá lúa tăng", "x", "quan", ".", "1"]


def test_the_page_links_tried_at_line_starts_are_the_scans_matches() -> None:
    rng = random.Random(12)
    found = 0
    for _ in range(10000):
        text = "".join(rng.choice(_LINK_PIECES) for _ in range(rng.randrange(0, 12)))
        after = rng.choice([0, 1, 2, 5, 14, 30])
        plain = [m.span() for m in layout.PAGE_LINKS.finditer(text, after)]
        assert [m.span() for m in layout._page_link_headings(text, after)] == plain, (text, after)
        found += len(plain)
    assert found > 1000


def test_a_footnote_tag_opens_with_its_bracket() -> None:
    # (build_layout scans for _FOOTNOTE_TAG only in a text with "<" or "[")
    rng = random.Random(13)
    pieces = ["<sup>", "</sup>", "<SUP>", "</SuP>", "<sup>1</sup>", "[1]", "[^2]", "[", "]", "[^", "1", "23", "*",
              ",", " ", "x", "<", ">", "^"]
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 10)))
        for m in layout._FOOTNOTE_TAG.finditer(text):
            assert m.group()[0] in "<[", repr(text)
            found += 1
    assert found > 1000


def test_a_line_ends_a_sentence_where_the_pattern_finds_its_end() -> None:
    rng = random.Random(15)
    pieces = [".", ":", ";", "!", "?", "…", "'", '"', "”", "’", ")", "]", "(", " ", "  ", "\t", "\u00a0", "\u3000",
              "\x1c", "\n", "x", "đạt 4,5%", "tỷ đồng", "1", "-", "»", "“"]
    ends = 0
    for _ in range(30000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 8)))
        expected = layout._SENTENCE_END.search(line) is not None
        assert layout._ends_a_sentence(line) is expected, repr(line)
        ends += expected
    assert ends > 5000


def test_a_photo_credit_holds_its_colon() -> None:
    # (``_continues`` looks for a credit only in a line with a colon)
    rng = random.Random(16)
    pieces = ["Ảnh", "Đồ họa", "Đồ  họa", ":", " : ", "Ban quản lý", ")", "(", " ", ".", "x", "\n"]
    found = 0
    for _ in range(20000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 7)))
        for m in layout._PHOTO_CREDIT_END.finditer(line):
            assert ":" in m.group(), repr(line)
            found += 1
    assert found > 1000


def test_an_offset_maps_to_the_source_as_the_clamped_index_reads_it() -> None:
    from orchestration.extraction.normalise import FoldedText

    for text in ("Thu ngân sách", "Xu&#7845;t kh\u00adẩu\r\n12", "Hoa\u0300 bi\u0300nh", "x"):
        built = layout.build_layout(text)
        folded = FoldedText.of(text)
        for mapped in (built, folded):
            index = mapped._src_index if mapped is built else mapped._index
            for i in range(-3, len(index) + 3):
                assert mapped.to_source(i) == index[max(0, min(i, len(index) - 1))], (text, i)


def _plain_running_lines(work: str, lines: list[tuple[int, int]], words: list[str], page_numbers: set[int]) -> set[str]:
    # (``_running_lines`` before it asked its tests only of the lines whose words stand on two lines or more)
    counts: dict[str, int] = {}
    by_page_numbers: dict[str, int] = {}
    for li, ((a, b), text) in enumerate(zip(lines, words, strict=True)):
        if (8 <= len(text) <= 120 and "\t" not in work[a:b] and not layout._BLOCK_START.match(text)
                and not layout._STATES_A_RATE.search(text)):
            counts[text] = counts.get(text, 0) + 1
            if page_numbers and layout._next_to_a_page_number(words, li, page_numbers):
                by_page_numbers[text] = by_page_numbers.get(text, 0) + 1
    return {text for text, n in counts.items() if n >= 3 or n == by_page_numbers.get(text, 0) >= 2}


def test_the_running_lines_are_those_of_the_plain_count() -> None:
    rng = random.Random(17)
    pieces = ["Báo cáo tình hình KT-XH", "UBND TỈNH LÀO CAI", "Lào Cai tăng 8,5%", "- Thu ngân sách đạt",
              "1. Nông nghiệp", "3", "- 4 -", "Trang 5", "", "", "short", "Báo cáo tình hình KT-XH\t",
              "  UBND TỈNH LÀO CAI  "]
    found = 0
    for _ in range(3000):
        work = "\n".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
        lines, words, pos = [], [], 0
        for line in work.split("\n"):
            lines.append((pos, pos + len(line)))
            words.append(" ".join(line.split()))
            pos += len(line) + 1
        page_numbers = {li for li in range(len(lines)) if layout._a_page_number(work, lines, li, words[li])}
        expected = _plain_running_lines(work, lines, words, page_numbers)
        assert layout._running_lines(work, lines, words, page_numbers) == expected, work
        found += len(expected)
    assert found > 1000


def test_the_paragraphs_are_the_spans_between_line_breaks_with_words() -> None:
    def plain(clean: str) -> list[tuple[int, int]]:
        out, start = [], 0
        for m in re.finditer(r"\n", clean):
            if m.start() > start:
                out.append((start, m.start()))
            start = m.end()
        if start < len(clean):
            out.append((start, len(clean)))
        return [(a, b) for a, b in out if clean[a:b].strip()]

    rng = random.Random(18)
    pieces = ["\n", "\n\n", " ", "\t", "\u00a0", "\u3000", "\x1c", "\x85", "\u2028", "x", "Thu ngân sách", "."]
    for _ in range(20000):
        clean = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
        built = layout.Layout(source=clean, clean=clean, _src_index=range(len(clean) + 1))
        assert built.paragraphs == plain(clean), repr(clean)


def test_the_line_tests_of_continues_hold_what_their_pre_tests_ask() -> None:
    # (``_continues`` asks DATE_MARKER only of a line with "date", the addressee's pattern only of one with a colon,
    # and the wrapped dash only of a line whose first character that is no blank is a dash)
    rng = random.Random(19)
    pieces = [" date ", "date", "Date", "date:", " date 2020-04 ", "2020-04", "2021/5/3", "=", "Kính gửi", "KÍNH GỬI",
              "Nơi nhận", ":", " : ", "-", "–", "—", " ", "\t", "\u00a0", "\u3000", "xây dựng", "Xây", "đ", "x", "1"]
    hits = [0, 0, 0]
    for _ in range(30000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 7)))
        if layout.DATE_MARKER.match(line):
            assert "date" in line, repr(line)
            hits[0] += 1
        if layout._ADDRESSEE_LINE.match(line):
            assert ":" in line, repr(line)
            hits[1] += 1
        if layout._DASH_THEN_LOWER.match(line):
            assert line.lstrip()[:1] in ("-", "–"), repr(line)
            hits[2] += 1
    assert min(hits) > 200, hits
