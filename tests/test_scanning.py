"""``scanning.guarded`` and the scans rewritten to open with a character the engine skips to: faster
patterns with exactly the original's matches."""

import random
import re
from pathlib import Path

from orchestration.extraction import disasters, routing
from orchestration.extraction.figures import _NUMBER_SCAN
from orchestration.extraction.letters import UPPER
from orchestration.extraction.normalise import MARKDOWN_EMPHASIS, fold
from orchestration.extraction.numbers import NUMBER
from orchestration.extraction.periods import _PATTERNS
from orchestration.extraction.places import _alias_table, _province_regex
from orchestration.extraction.projects import _WORK, WORK_NOUNS
from orchestration.extraction.scanning import (
    FirstCharAlternation,
    WindowStarts,
    caseless_prefixed,
    guarded,
    letter_cases,
    match_spans,
    matches_tried_at,
    opening_words,
)

TEXT = ("tinh den ngay 17/6/2024, so voi cung ky nam truoc tang; luy ke 5 thang dau nam 2024 dat; "
        "3 thang cuoi nam; den nay; Den 30/6 (toi het thang 6/2024) 12 thang nam 2023")


def _matches(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_guard_added_where_the_engine_cannot_skip_ahead() -> None:
    rx = re.compile(r"(?:tinh\s+)?(?:den|toi)\s+(\d+)")
    fast = guarded(rx)
    assert fast.pattern.startswith("(?=de|ti|to)")  # the two letters a match opens with
    assert _matches(fast, TEXT) == _matches(rx, TEXT)


def test_every_period_pattern_finds_the_same_matches() -> None:
    for _kind, rx in _PATTERNS:
        assert _matches(guarded(rx), TEXT) == _matches(rx, TEXT)


def test_patterns_left_alone() -> None:
    for rx in (re.compile(r"nam\s+(\d{4})"),          # a literal prefix: already fast
               re.compile(r"\d\s+den", re.I),         # case-insensitive, one class first: fast already
               re.compile(r"(?:x)?"),                  # may match empty
               re.compile(r"[^a]b")):                  # a negated class
        assert guarded(rx) is rx


def test_lookbehind_and_repeats_keep_their_context() -> None:
    rx = re.compile(r"(?<![\d/])(0?[1-9]|1[0-2])\s+thang")
    assert guarded(rx) is not rx
    text = "6 thang, 16 thang, /3 thang, 012 thang"
    assert _matches(guarded(rx), text) == _matches(rx, text) == [((0, 7), ("6",))]


def test_first_char_alternation_matches_like_the_whole_alternation() -> None:
    alternatives = [r"ngày\s+\d{1,2}", r"(?i:quý\s+\d)", r"\d+\s*/\s*\d{4}", r"(?<!xếp\s)thứ\s+\d+", r"số\s+\d+"]
    prefix = r"(?:\b|(?<=/))"
    whole = re.compile(prefix + "(?:" + "|".join(f"(?:{p})" for p in alternatives) + ")")
    at = FirstCharAlternation(prefix, alternatives)
    assert at.never_empty
    text = "Ngày 5, ngày 17 tháng 6, QUÝ 3, quý 2, 12/2024 và 7 / 2023, xếp thứ 3, đứng thứ 2, số 15/QĐ"
    for pos in range(len(text)):
        for endpos in (len(text), pos + 5):
            expected, got = whole.match(text, pos, endpos), at.match(text, pos, endpos)
            assert (expected and expected.span()) == (got and got.span())


def test_first_char_alternation_knows_an_empty_alternative() -> None:
    assert not FirstCharAlternation("", [r"\d+", r"x*"]).never_empty


def test_case_insensitive_guard_accepts_every_case_variant() -> None:
    # ſ (long s) and K (Kelvin sign) match s and k case-insensitively; İ lower-cases to two chars
    rx = re.compile(r"\b(?:sập|kè|đập|cầu|ước\s+đạt)\b|(?:tăng|giảm)\s*$", re.IGNORECASE)
    fast = guarded(rx)
    assert fast is not rx
    text = "SẬP, ſập, Kè, \u212aè, ĐẬP, Đập, cẦu, İ cầu, ƯỚC ĐẠT, kè đập\ntăng\nGIẢM "
    assert _matches(fast, text) == _matches(rx, text)
    for pos in range(len(text)):
        expected, got = rx.match(text, pos), fast.match(text, pos)
        assert (expected and expected.span()) == (got and got.span())


def test_guard_leaves_inline_global_flags_alone() -> None:
    rx = re.compile(r"(?m)^(?:\s*#)?\s*\d")
    assert guarded(rx) is rx


def test_start_test_holds_wherever_an_alternative_matches() -> None:
    alternatives = [r"ngày\s+\d{1,2}", r"(?i:quý\s+\d)", r"\d+\s*/\s*\d{4}", r"(?<=/)\s*63\b", r"số\s+\d+"]
    prefix = r"(?:\b|(?<=/))"
    whole = re.compile(prefix + "(?:" + "|".join(f"(?:{p})" for p in alternatives) + ")")
    at = FirstCharAlternation(prefix, alternatives)
    test = at.start_test(after="/")
    assert test is not None and "\\s" not in test  # the "(?<=/)" alternative is left to the caller
    starts = re.compile(r"(?<=/)|\b" + test)
    text = "Ngày 5, QUÝ 3, Quý 2, 12/2024, 5/ 63 tỉnh, số 15, ước đạt 7 / 2023"
    candidates = {m.start() for m in starts.finditer(text)}
    matches = {pos for pos in range(len(text)) if whole.match(text, pos)}
    assert matches <= candidates < set(range(len(text) + 1))
    assert FirstCharAlternation("", [r"\d", r".x"]).start_test(after="/") is None


def test_start_test_leaves_out_the_branches_only_after_the_character() -> None:
    # one alternative with a branch only after "/" and one anywhere: the first's spaces open no place
    alternatives = [r"(?<=/)\s*11\s+nhóm\b|\b11\s+nhóm\s+(?:hàng|chính)", r"ngày\s+\d{1,2}", r"(?<=/)\s*63\b"]
    prefix = r"(?:\b|(?<=/))"
    whole = re.compile(prefix + "(?:" + "|".join(f"(?:{p})" for p in alternatives) + ")")
    test = FirstCharAlternation(prefix, alternatives).start_test(after="/")
    assert test is not None and "\\s" not in test and "1" in test
    starts = re.compile(r"(?<=/)|\b" + test)
    rng = random.Random(5)
    pieces = ["11", " nhóm", " hàng", " chính", "/", "/ ", "63", "ngày ", "5", " ", "x", ",", "\n"]
    for text in ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(3000)]:
        candidates = {m.start() for m in starts.finditer(text)}
        assert {pos for pos in range(len(text)) if whole.match(text, pos)} <= candidates, text
    # (a whole alternative that does not parse cut is read whole: here the back reference)
    assert FirstCharAlternation("", [r"(a)x|y\1"]).start_test(after="/") == "(?=[ay])"


def test_a_case_insensitive_part_gets_a_case_insensitive_guard() -> None:
    rx = re.compile(r"(?<![\w])(?i:(một|hai|năm))\s+(?=người)|Ba\s+xã")
    fast = guarded(rx)
    assert fast.pattern.startswith("(?=(?i:[")
    text = "MỘT người, Hai người, hai  người, năm nay, NĂM người, ba xã, Ba xã, BA xã"
    assert _matches(fast, text) == _matches(rx, text)


def test_one_character_guard_when_the_openings_are_not_literals() -> None:
    rx = re.compile(r"(?:x\s+)?[0-9]+\s+thang|y\w")
    fast = guarded(rx)
    assert fast.pattern.startswith("(?=[")
    text = "x 12 thang, 3 thang, yz, x y"
    assert _matches(fast, text) == _matches(rx, text)


# --- patterns rewritten to open with a character the engine can skip to ------------------------

_SENTENCES = ("Tổng thu ngân sách đạt 1.234,5 tỷ đồng.  Trong đó, thu nội địa 987 tỷ đồng; Thu khác 12,5%. "
              "Theo đó: 3.000.000 đồng/người.\n\nMưa lớn kéo dài; nhà bị ngập.\nHuyện Ba Bể: 12 nhà.\n"
              "(tăng 5,2%) so với năm 2023. “Dự án X” khởi công 17/6/2024.\t4.5 ha; 1,2.3 a1 x.9 ,7 71.40 "
              "Số 10.25 và 100.000,5; 2024-09… Bão số 3!  10 người; ... \n  Ông A, 24h. TX. Sơn Tây, H. Ba Vì. "
              "5 nhà (Hà Giang: 2; Lào Cai: 3); Xã B.")


def _sentence_texts() -> list[str]:
    raw = Path(__file__).resolve().parents[1] / "raw"
    return [_SENTENCES] + [p.read_text(encoding="utf-8", errors="replace") for p in sorted(raw.glob("*.txt"))]


def test_number_scan_finds_every_number_like_number() -> None:
    for text in _sentence_texts():
        assert _matches(_NUMBER_SCAN, text) == _matches(NUMBER, text)
        assert _matches(_NUMBER_SCAN, text[7:]) == _matches(NUMBER, text[7:])


# an abbreviated kind of place ("TX. Hương Trà") ends no sentence
# (whole words: "chi nhánh HTX. Tiếp tục ...", "công tác VSATTP. Chỉ đạo ..." do end their sentences)
_NO_ABBREVIATION = r"(?<!\bTX\.)(?<!\bTP\.)(?<!\bTT\.)(?<!\bH\.)(?<!\bQ\.)"
# nor a semicolon between the items of a parenthesis
NOT_IN_PARENTHESES = r"(?![^()\n]{0,120}\))"


def test_sentence_breaks_read_space_first_like_the_lookbehind_forms() -> None:
    as_written = {
        routing._SENTENCE_BREAK: re.compile(
            rf"(?<=[.!?…]){_NO_ABBREVIATION}\s+(?=[\"“(]?(?:{UPPER}|\d))|(?<=;)\s+{NOT_IN_PARENTHESES}(?={UPPER})"),
        disasters._SENTENCE_END: re.compile(
            rf"(?<=[.!?…]){_NO_ABBREVIATION}\s+(?=[\"“(]?(?:{UPPER}|\d))|(?<=;)\s+{NOT_IN_PARENTHESES}(?={UPPER})|\n\s*\n|\n(?=\s*{UPPER})"),
    }
    for text in _sentence_texts():
        for fast, rx in as_written.items():
            assert _matches(fast, text) == _matches(rx, text)
            assert [m.span() for m in fast.finditer(text, 5, len(text) // 2)] == [
                m.span() for m in rx.finditer(text, 5, len(text) // 2)]


def test_work_nouns_read_letter_first_like_the_word_boundary_form() -> None:
    # (the first letter in either case, the rest in any case: "Trường Tiểu học X" is a title's case)
    either_case = "|".join(f"[{w[0]}{w[0].upper()}](?i:" + r"\s+".join(w[1:].split(" ")) + ")" for w in WORK_NOUNS)
    # (or the kind's abbreviation in brackets before the name: "Khu công nghiệp (KCN) Thủ Thừa")
    rx = re.compile(r"\b(?:" + either_case + r")(?=\s+\w|\s*\([A-ZĐ]{2,6}\)\s+\w)")
    text = ("Khánh thành cầu Tân Lập 2, đường cao tốc Bắc - Nam; yêu cầu Đường vành đai 4 và Nhà máy "
            "thủy điện Sơn La; tuyến đường ĐT.741, xcầu Y, Cầu X, cảng hàng không Long Thành, Trường Tiểu Học Z, "
            "Khu công nghiệp (KCN) Hòa Bình.")
    for sample in [text, *_sentence_texts()]:
        assert _matches(_WORK, sample) == _matches(rx, sample)
        starts = range(min(200, len(sample)))
        assert [bool(_WORK.match(sample, i)) for i in starts] == [bool(rx.match(sample, i)) for i in starts]


def test_markdown_emphasis_reads_the_star_first_like_the_lookbehind_form() -> None:
    rx = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
    text = "**Tổng** thu *ước* đạt 5 * 3, a*b, *x, x*, __init__, * * ***a*** _b_ **\n*"
    for sample in [text, *_sentence_texts()]:
        assert _matches(MARKDOWN_EMPHASIS, sample) == _matches(rx, sample)


def test_province_aliases_grouped_by_letter_match_like_the_plain_alternation() -> None:
    aliases = sorted(_alias_table(), key=len, reverse=True)
    plain = "|".join(re.sub(r"\\ ", r"\\s+", re.escape(a)).replace(r"\-", r"\s*-\s*") for a in aliases)
    rx = re.compile(rf"(?<![\w.])(?:(tinh|thanh\s+pho|tp\.?)\s*)?({plain})(?![\w])")
    texts = ["tinh bac kan, tp. ho chi minh, thanh pho ha noi; ba ria - vung tau, thua thien hue; binh dinh"]
    for text in texts + [fold(t) for t in _sentence_texts()]:
        assert _matches(_province_regex(), text) == _matches(rx, text)


def test_period_scans_open_with_a_letter_like_their_optional_prefix_forms() -> None:
    as_written = {  # the optional-prefix and lookbehind-first forms these scans replace
        "as_of_month": r"(?:tinh\s+)?den\s+(?:het\s+|cuoi\s+)?thang\s+((?:0?[1-9]|1[0-2]))(?!\d)"
                       r"(?:\s*(?:/|-|nam)\s*((?:19|20)\d\d))?",
        "as_of_year": r"(?:tinh\s+)?den\s+(?:het\s+|cuoi\s+)nam\s+((?:19|20)\d\d)",
        "cumulative_to": r"(?<!den\s)(?<!toi\s)het\s+thang\s+((?:0?[1-9]|1[0-2]))(?!\d|[.,]\d)"
                         r"(?:\s*(?:/|-|nam)\s*((?:19|20)\d\d))?",
    }
    patterns = dict(_PATTERNS)
    text = ("tinh den het thang 6/2024; den cuoi nam 2023, toi het thang 5, den het thang 7 nam 2022, "
            "het thang 8/2021 dat; tinh  den thang 13; hetthang 3; x den het thang 9")
    for sample in [text, *(fold(t) for t in _sentence_texts())]:
        for kind, source in as_written.items():
            assert _matches(patterns[kind], sample) == _matches(re.compile(source), sample)
    lead = re.compile(r"(?:tinh\s+)?(?:den|toi)\s+(?:het\s+)?(\d+)")
    assert _matches(re.compile(r"(?:tinh\s+(?:den|toi)|den|toi)\s+(?:het\s+)?(\d+)"), text + " tinh toi 5") == \
        _matches(lead, text + " tinh toi 5")
    comparison = [m.span() for m in patterns["comparison"].finditer(TEXT + " so voi thang truoc, cung ky nam 2023")]
    old = re.compile(r"(?:so\s+voi\s+)?cung\s+ky(?:\s+nam\s+(?:truoc|ngoai|((?:19|20)\d\d)))?|so\s+voi\s+thang\s+truoc")
    assert comparison == [m.span() for m in old.finditer(TEXT + " so voi thang truoc, cung ky nam 2023")]


def test_two_character_choice_matches_like_the_whole_alternation() -> None:
    alternatives = [r"(?i:tháng\s+\d{1,2})", r"\d{2,}\s*/\s*\d+", r"(?:tổ|tầng|(?<!xếp\s)thứ|Km)\s+\d+",
                    r"[Ss]ố\s*\d+", r"(?<=/)\s*63\b", r"x*y\d", r"(?i:quý)\s+(?-i:I{1,3})", r"\d+\s+tuổi", r"o(?=k)"]
    prefix = r"(?:\b|(?<=/))"
    whole = re.compile(prefix + "(?:" + "|".join(f"(?:{p})" for p in alternatives) + ")")
    at = FirstCharAlternation(prefix, alternatives)
    # ("o" is a match of one character: its test is of one character)
    assert [test is None for test in at._openings] == [False] * 9
    text = ("THÁNG 6, tháng 12, tăng 5, 12/2024 và 1/5, 123 / 45, tổ 3, tầng 12, xếp thứ 3, đứng thứ 2, "
            "Km 5, KM 5, số 15, Số 7, sổ 8, x/ 63 tỉnh, xxy5, y7, QUÝ II, quý ii, 45 tuổi, ok, 4")
    for pos in range(len(text) + 1):
        for endpos in (len(text), pos + 1, pos + 2, pos + 3, pos + 4, pos + 5, pos + 6, pos + 7):
            expected, got = whole.match(text, pos, endpos), at.match(text, pos, endpos)
            assert (expected and expected.span()) == (got and got.span())


def test_opening_choice_of_the_non_figures_matches_like_their_whole_alternation() -> None:
    # the alternatives tried at a place are chosen by its first two, then six characters (fewer before
    # the end or endpos): on random texts of their words, the same match as the whole alternation's
    from orchestration.extraction.figures import _NOT_FIGURE, _NOT_FIGURE_AT, _NOT_FIGURE_RE

    rng = random.Random(11)
    pieces = ["ngày ", "Ngày ", "tháng ", "THÁNG ", "năm ", "số ", "12", "5", "/", "2024", "20", "19", " ", "%", ",",
              ".", "\n", "Quý ", "quý ", "I", "tầng ", "thứ ", "Top ", "COVID", "-", "135", "xã đạt ", "tiêu chí",
              "Km", "lúa ", "vụ", "KH", "Bão ", "xe ", "chỗ", "tấn", "cấp", "h", "ı", "K", "\u212a", "ſ", "đ"]
    for text in ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(1500)]:
        for pos in range(len(text) + 1):
            for endpos in (len(text), pos, pos + 1, pos + 2, pos + 3, pos + 5, pos + 6, pos + 7):
                expected, got = _NOT_FIGURE_RE.match(text, pos, endpos), _NOT_FIGURE_AT.match(text, pos, endpos)
                assert (expected and expected.span()) == (got and got.span()), (text, pos, endpos)
    assert len(_NOT_FIGURE) == len(_NOT_FIGURE_AT._openings)


def test_opening_test_accepts_every_opening_and_only_those() -> None:
    from orchestration.extraction.scanning import _opening_test

    month = _opening_test(r"(?i:tháng)\s+\d")
    assert month is not None and month.fullmatch("TH") and month.fullmatch("tH") and not month.match("tă")
    month = _opening_test(r"(?i:tháng)\s+\d", 4)
    assert month is not None and month.match("THÁN") and month.match("tHán") and not month.match("thăn")
    numbers = _opening_test(r"\d{2,}/")
    assert numbers is not None and numbers.fullmatch("12") and not numbers.match("1/")
    one = _opening_test(r"x*y", 4)  # "y" alone is a match of one character: "y" and "xy" open matches
    assert one is not None and one.match("y!") and one.match("xyz") and one.match("xxxy") and not one.match("xz")
    assert _opening_test(r"[^a]b") is None  # a negated class: not known
    assert _opening_test(r"x?") is None  # an empty match: anything opens it


def test_unit_words_read_letter_first_like_the_lookbehind_form() -> None:
    from orchestration.extraction.places import _UNIT_RE

    rx = re.compile(r"(?<![\w.])(tinh\s+uy|thanh\s+uy|huyen\s+uy|thi\s+uy|quan\s+uy|tinh|thanh\s+pho|t\.?p\.?"
                    r"|huyen|h(?=\.)\.?|thi\s+xa|tx\.?|quan|xa|phuong|thi\s+tran|dac\s+khu)(?![\w])[ \t]*")
    text = ("tinh uy bac kan, ubnd tinh bac kan; tp. bac kan, t.p ha noi, tp ho chi minh, thi xa son tay, "
            "tx. son tay, huyen uy ba be, huyen ba be, h.phong dien, h. nam dong, 17h. sang, quan 1, xa hoi, "
            "phuong 2, thi tran cho moi, dac khu con dao, .tinh x, xtinh")
    for sample in [text, *(fold(t) for t in _sentence_texts())]:
        assert _matches(_UNIT_RE, sample) == _matches(rx, sample)


def test_required_literals_are_in_every_match() -> None:
    from orchestration.extraction.indicators import CATALOG
    from orchestration.extraction.scanning import required_literals

    # (the longest run of each alternative, the last of those as long)
    assert required_literals(re.compile(r"tổng\s+sản\s+phẩm|grdp|(?:khu\s+vực\s+)?nông\s+nghiệp")) == (
        "phẩm", "grdp", "nghiệp")
    assert required_literals(guarded(re.compile(r"(?:tinh\s+)?đến\s+nay"))) == ("nay",)
    # the parser moves the shared "t" before the alternatives: each alternative's own run
    assert required_literals(re.compile(r"tai\s+nạn|tử\s+vong")) == ("nạn", "vong")
    # runs inside groups and repeats every match goes through; not in optional or case-insensitive parts
    assert required_literals(re.compile(r"ab(?:\s+chỉ\s+tiêu)(?:xyzw)?(?i:ĐƯỢC)(?:\s+khác)+")) == ("khác",)
    assert required_literals(re.compile(r"ab(?:\s+chỉ\s+tiêu)(?:xyzw)?(?i:ĐƯỢC)(?:\s+khác)*")) == ("tiêu",)
    assert required_literals(re.compile(r"grdp|\d+\s*%")) is None  # an alternative without two letters
    assert required_literals(re.compile(r"grdp", re.IGNORECASE)) is None
    texts = [t.lower() for t in _sentence_texts()]
    checked = 0
    for entry in CATALOG:
        if entry.literals is None:
            continue
        for text in texts:
            for m in entry.aliases.finditer(text):
                assert any(literal in m.group() for literal in entry.literals), (entry.key, m.group())
                checked += 1
    assert checked > 0


def test_number_words_read_letter_first_like_the_case_insensitive_form() -> None:
    from orchestration.extraction.figures import _NUMBER_WORD_CASES, _WORD_NUMBER

    for first, cases in _NUMBER_WORD_CASES.items():  # every way to write the letter is a branch
        assert {chr(i) for i in range(0x10000) if re.fullmatch(f"(?i:{first})", chr(i))} == set(cases)
    tail = _WORD_NUMBER.pattern.split(r")\s+", 1)[1]
    rx = re.compile(r"(?<![\w])(?i:(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười))\s+" + tail)
    text = ("Hai người chết, MƯỜI hộ, năm người bị thương, Ba ngôi nhà, bốn con bò, ſáu nhà, xhai hộ, "
            "thứ hai người, mười  xã, Chín trường, tám vụ, bảy người mất tích, một nhà")
    for sample in [text, *_sentence_texts()]:
        assert _matches(_WORD_NUMBER, sample) == _matches(rx, sample)


def test_month_counts_read_digit_first_like_the_lookbehind_forms() -> None:
    patterns = dict(_PATTERNS)
    as_written = {
        "cumulative_bare": r"(?<![\d/.,])((?:0?[1-9]|1[0-2]))\s+thang(?=\s+(?:uoc|dat|tang|giam)\b)",
        "last_months": r"(?<![\d/])((?:0?[1-9]|1[0-2]))\s+thang\s+cuoi\s+nam(?:\s*((?:19|20)\d\d))?",
    }
    text = ("5 thang uoc dat; 12 thang tang, 10 thang dat, 09 thang giam, 1 thang dat; 13 thang dat, "
            "2/3 thang dat, 1,5 thang dat, 6 thang cuoi nam 2024, 06 thang cuoi nam, 11 thang cuoi nam2023; "
            "0 thang dat; 112 thang dat")
    for sample in [text, *(fold(t) for t in _sentence_texts())]:
        for kind, source in as_written.items():
            assert _matches(patterns[kind], sample) == _matches(re.compile(source), sample)


def test_a_date_line_place_needs_the_day_word_it_is_skipped_without() -> None:
    from orchestration.extraction.document import _DAY_WORD, _PLACE_THEN_DATE

    assert re.escape(_DAY_WORD) == _DAY_WORD  # a plain word, looked for as such
    assert _PLACE_THEN_DATE.search(fold("Bắc Kạn, ngày 17 tháng 6 năm 2024"))
    lines = [fold(line) for t in _sentence_texts() for line in t.splitlines()] + ["bac kan, ngày 5 thang 6"]
    assert all(_DAY_WORD in line for line in lines if _PLACE_THEN_DATE.search(line))


def test_project_words_read_letter_first_like_the_case_insensitive_forms() -> None:
    from orchestration.extraction.projects import _BARE_REFERENCE, _LIST_HEAD, _TRIGGER

    as_written = {
        _BARE_REFERENCE: re.compile(
            r"\b(?:của|thuộc|cho)\s+(dự\s+án|công\s+trình)(?=\s*(?:là|đạt|đã|được|có|[,.;:]))", re.IGNORECASE),
        _TRIGGER: re.compile(r"\b(?:dự\s+án|công\s+trình)\s*:?\s*", re.IGNORECASE),
        _LIST_HEAD: re.compile(r"\d+\s+(?:dự\s+án|công\s+trình)[^.:;]{0,80}?:\s*", re.IGNORECASE),
    }
    for letter in "dct":  # every way to write the first letters is a branch
        assert {chr(i) for i in range(0x10000) if re.fullmatch(f"(?i:{letter})", chr(i))} == {letter, letter.upper()}
    text = ("Dự án: cầu X; DỰ ÁN đường Y, dự  án Z, xdự án, Công trình A và CÔNG TRÌNH B; công trình: C. "
            "Có 12 dự án gồm: A; B. Trong 2024 công trình trọng điểm: X; 3 Dự Án lớn: Y. Vốn CỦA DỰ ÁN là 5 tỷ, "
            "thuộc công trình, đã xong; Cho dự án có 2 tỷ, xcủa dự án là")
    for sample in [text, *_sentence_texts()]:
        for fast, rx in as_written.items():
            assert _matches(fast, sample) == _matches(rx, sample)


def test_reaches_tries_the_starts_as_finditer_would() -> None:
    alternatives = [r"ngày\s+\d{1,2}(?:/\d{1,2})?", r"(?i:tháng\s+\d)", r"\d+\s*/\s*\d{4}", r"số\s+\d+"]
    prefix = r"(?:\b|(?<=/))"
    whole = re.compile(prefix + "(?:" + "|".join(f"(?:{p})" for p in alternatives) + ")")
    at = FirstCharAlternation(prefix, alternatives)
    text = "Ngày 5, ngày 17/6 tháng 6, THÁNG 3, 12/2024 và 7 / 2023 số 15, ngày 3"
    everywhere = re.compile(r"(?=[\s\S])")
    for pos in range(0, len(text), 3):
        for endpos in (len(text), pos + 12):
            ends = [m.end() for m in whole.finditer(text, pos, endpos)]
            for reach in range(pos, endpos + 2):
                starts = everywhere.finditer(text, pos, endpos)
                assert at.reaches(text, starts, pos, endpos, reach) == any(end >= reach for end in ends)


def test_unit_tables_read_in_one_match_like_a_loop_over_their_rows() -> None:
    from orchestration.extraction import numbers

    def first_row(table: list, text: str, ignorecase=lambda row: False) -> tuple | None:
        for i, row in enumerate(table):
            m = re.match(row[0], text, re.IGNORECASE if ignorecase(row) else 0)
            if m:
                return i, m.end()
        return None

    def one_match(rx: re.Pattern[str], text: str) -> tuple | None:
        m = rx.match(text)
        return (numbers._row(m), m.end()) if m else None

    tails = ["tỷ đồng", "nghìn tỷ đồng", "triệu USD", "ngàn người", "tỉnh", "% so với", "điểm phần trăm", "HA lúa",
             "Tấn", "kg", "tạ/ha", "m3 nước", "M³", "km đường", "mét", "người dân", "hộ nghèo", "con bò", "DN",
             "căn nhà", "vụ xuân", "vụ án", "lần", "đồng chí", "VNĐ", "đô la Mỹ", "lượt khách", "xã"]
    tails += [t[m.end():m.end() + 30] for t in _sentence_texts() for m in NUMBER.finditer(t)][:3000]
    heavy = {"ha", "m3", "km", "tonne"}
    for tail in tails:
        assert one_match(numbers._UNITS_RX, tail) == first_row(numbers._UNITS, tail, lambda row: row[1] in heavy)
        assert one_match(numbers._SCALE_RX, tail) == first_row(numbers._SCALE, tail)
        assert one_match(numbers._CURRENCY_RX, tail) == first_row(numbers._CURRENCY, tail)


def test_foreign_forecasters_read_capital_first_like_the_word_boundary_form() -> None:
    from orchestration.extraction.figures import _FOREIGN_FORECASTER

    rx = re.compile(r"\b(?:IMF|OECD|WB|ADB|Fitch|Moody'?s|S&P|FED|Fed)\b|Quỹ\s+Tiền\s+tệ\s+quốc\s+tế|"
                    r"Ngân\s+hàng\s+Thế\s+giới|Liên\s+minh\s+châu\s+Âu|Ngân\s+hàng\s+Phát\s+triển\s+châu\s+Á")
    text = ("IMF dự báo 3%, xIMF, IMFs, OECD và WB; ADB, Fitch, Moody's, Moodys, S&P, FED, Fed, Fedex, "
            "Quỹ Tiền tệ quốc tế, Ngân hàng Thế giới, Liên minh châu Âu, Ngân hàng Phát triển châu Á")
    for sample in [text, *_sentence_texts()]:
        assert _matches(_FOREIGN_FORECASTER, sample) == _matches(rx, sample)


def test_a_run_of_years_reads_year_first_like_the_repeat_form() -> None:
    from orchestration.extraction.tables import _YEAR_RUN

    rx = re.compile(r"(?:(?:19|20)\d\d\s+){2,}(?:19|20)\d\d")
    text = "2019 2020 2021 2022 Prel. | 2020  2021 | 1999\t2000\n2001 x 20190 2020 2021 3020 2020 2021 2022"
    for sample in [text, *_sentence_texts()]:
        assert _matches(_YEAR_RUN, sample) == _matches(rx, sample)


def test_estimate_words_read_letter_first_like_the_case_insensitive_form() -> None:
    from orchestration.extraction.numbers import ESTIMATE_CASES, ESTIMATE_WORDS

    for first, cases in ESTIMATE_CASES.items():  # every way to write the letter is a branch
        assert {chr(i) for i in range(0x10000) if re.fullmatch(f"(?i:{first})", chr(i))} == set(cases)
    rx = re.compile(r"\b(?i:dự\s+ước|ước\s+tính|ước\s+đạt|ước\s+thực\s+hiện|ước|sơ\s+bộ)\b|\b[UƯ]TH\b")
    text = ("Dự ước cả năm, ƯỚC TÍNH 5%, ước  đạt, ước thực hiện, ướcx, xước, Sơ bộ 6 tháng, ſơ bộ, SƠ BỘ, "
            "dự ướcx, ước, UTH Q2, ƯTH 6T, uth, UTHx, xUTH")
    for sample in [text, *_sentence_texts()]:
        assert _matches(ESTIMATE_WORDS, sample) == _matches(rx, sample)
        assert [m.span() for m in ESTIMATE_WORDS.finditer(sample, 3, len(sample) // 2)] == [
            m.span() for m in rx.finditer(sample, 3, len(sample) // 2)]


def test_first_letter_branches_match_like_the_case_insensitive_forms() -> None:
    from orchestration.extraction.pipeline import _SINCE_YEAR_START, SINCE_YEAR_START_CASES
    from orchestration.extraction.projects import _WORKS_PROGRESS, WORKS_PROGRESS_CASES

    for cases in (SINCE_YEAR_START_CASES, WORKS_PROGRESS_CASES):  # every way to write the letter
        for first, written in cases.items():
            assert {chr(i) for i in range(0x10000) if re.fullmatch(f"(?i:{first})", chr(i))} == set(written)
    as_written = {
        _SINCE_YEAR_START: re.compile(r"so\s+với\s+(?:đầu\s+năm|cuối\s+năm\s+(?:trước|(?:19|20)\d\d)|"
                                      r"(?:ngày\s+)?31\s*/\s*12(?:\s*/\s*(?:19|20)\d\d)?)", re.IGNORECASE),
        _WORKS_PROGRESS: re.compile(r"sản\s+lượng\s+(?:thi\s+công|xây\s+lắp)?|giá\s+trị\s+(?:các\s+)?hợp\s+đồng|"
                                    r"giá\s+trị\s+xây\s+lắp|khối\s+lượng\s+thi\s+công", re.IGNORECASE),
    }
    text = ("So với đầu năm tăng; SO VỚI 31/12/2024, cũso với cuối năm trước, ſo với ngày 31 / 12; sản lượng thi công "
            "đạt, Giá trị các hợp đồng, GIÁ TRỊ XÂY LẮP, \u212ahối lượng thi công, khối  lượng thi công")
    for sample in [text, *_sentence_texts()]:
        for fast, rx in as_written.items():
            assert _matches(fast, sample) == _matches(rx, sample)
            assert [m.span() for m in fast.finditer(sample, 2, len(sample) // 2)] == [
                m.span() for m in rx.finditer(sample, 2, len(sample) // 2)]


def test_words_that_blame_no_hazard_read_word_first_like_the_lookbehind_form() -> None:
    rx = re.compile(r"chống\s+lụt\s+bão|pclb\s+lụt\s+bão|xả\s+lũ|thoát\s+lũ|chống\s+lũ|"
                    r"(?<!lưu\s)(?:sau|trước)\s+(?:khi\s+)?(?:cơn\s+)?bão")
    text = ("phòng chống lụt bão, xả lũ, thoát lũ; mưa lũ sau bão số 3, hoàn lưu sau bão, trước khi cơn bão, "
            "lưu trước bão, sau  cơn bão, chống lũ")
    for sample in [text, *(t.lower() for t in _sentence_texts())]:
        assert _matches(disasters._NOT_HAZARD, sample) == _matches(rx, sample)


def test_window_starts_found_once_reach_as_reaches_does() -> None:
    import random

    from orchestration.extraction.figures import _NOT_FIGURE, _NOT_FIGURE_STARTS

    prefix = r"(?:\b|(?<=/))"
    cases = [(FirstCharAlternation(prefix, [r"ngày\s+\d{1,2}(?:/\d{1,2})?", r"(?i:tháng\s+\d)", r"\d+\s*/\s*\d{4}",
                                            r"số\s+\d+", r"\d+(?!\s*%)"]), re.compile(r"(?<=/)|\b")),
             (FirstCharAlternation(prefix, _NOT_FIGURE), _NOT_FIGURE_STARTS)]
    rng = random.Random(9)
    pieces = ["ngày ", "Ngày ", "tháng ", "THÁNG ", "số ", "12", "5", "/", "2024", " ", "%", ",", "\n", "a", "Tầng ",
              "năm ", "kV", "quý "]
    texts = [TEXT, "Ngày 5, ngày 17/6 tháng 6, THÁNG 3, 12/2024 và 7 / 2023 số 15, ngày 3", _SENTENCES]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(1500)]
    for at, starts_rx in cases:
        for text in texts:
            windows = WindowStarts(at, starts_rx, text)
            pos = 0
            for _ in range(20):
                # mostly windows moving on (as a paragraph's numbers come), sometimes anywhere
                pos = rng.randint(pos, len(text)) if rng.random() < 0.8 else rng.randint(0, len(text))
                last = rng.randint(pos, min(len(text), pos + 60))
                endpos = rng.choice([len(text), rng.randint(last, len(text)), min(len(text), last + 1)])
                reach = rng.randint(pos, endpos + 1)
                starts = (m for m in starts_rx.finditer(text, pos, last + 1) if m.start() <= last)
                expected = at.reaches(text, starts, pos, endpos, reach)
                assert windows.reaches(pos, last, endpos, reach) == expected, (text, pos, last, endpos, reach)


def test_letter_cases_are_every_character_the_engine_matches() -> None:
    everything = "".join(map(chr, range(0x110000)))
    for letter in "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÔƠƯKSIİıſ\u212a" + "áàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữự":
        assert set(letter_cases(letter)) == set(re.findall("(?i)" + re.escape(letter), everything))


def _has_charset_prefix(rx: re.Pattern[str]) -> bool:
    """Does the engine skip ahead to the characters a match of ``rx`` opens with?"""
    from re import _compiler, _parser

    tree = _parser.parse(rx.pattern, rx.flags)
    return bool(_compiler._get_literal_prefix(tree, rx.flags)[0]) or _compiler._get_charset_prefix(
        tree, rx.flags) is not None


def test_caseless_prefixed_matches_like_the_case_insensitive_form() -> None:
    patterns = [
        r"tổng\s+thu|dự\s+toán",
        r"\b(?<!bội\s)(?:tổng\s+)?chi\s+(?:cân\s+đối\s+)?ngân\s+sách|\b(?:tổng|ước)\s+chi\b",
        r"(?:\bthu\s+)?tiền\s+(?:sử\s+dụng|cấp)\s+đất|\bKH\b|kế\s+hoạch",
        r"(?<!khả\snăng\s)(?<!chưa\s)giải\s+ngân|(?<!để\s)thực\s+hiện",
        r"sập|\bkè\b|İch|ich|(?:đã\s+|được\s+)?phân\s+bổ",
        r"(?:a|ab)(?:c)?d|(?:x(?:y|yz))?",
    ]
    text = ("Tổng thu, TỔNG   THU, dự toán; bội chi ngân sách, tổng chi ngân sách, Tổng CHI cân đối ngân sách, "
            "ước chi, xước chi, thu tiền sử dụng đất, Tiền cấp đất, \u212aH, KH., kế hoạch, khả năng giải ngân, "
            "đã giải ngân, để thực hiện, THỰC HIỆN, ſập, SẬP, Kè, \u212aè, bờkè, İch, ich, ıch, đã  phân bổ, "
            "phân bổ, abd acd abcd ad xy xyz")
    for source in patterns:
        rx = re.compile(source, re.IGNORECASE)
        fast = caseless_prefixed(rx)
        if source.startswith("(?:a|ab)"):
            assert fast is None  # a match may be empty: left alone
            continue
        assert fast is not None and _has_charset_prefix(fast), source
        for sample in [text, *_sentence_texts()]:
            assert _matches(fast, sample) == _matches(rx, sample), source
        for pos in range(len(text)):
            expected, got = rx.match(text, pos), fast.match(text, pos)
            assert (expected and expected.span()) == (got and got.span()), (source, pos)


def _matches_in_full(rx: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.regs) for m in rx.finditer(text)]


def test_caseless_prefixed_keeps_the_groups_of_a_pattern_with_groups() -> None:
    import random

    patterns = [
        r"tổng\s+(thu)|c(?P<chi>hi)\s+(\d+)",
        r"\b(?<!bội\s)chi\s+(?P<kind>cân\s+đối\s+)?ngân\s+sách|\b(?:tổng|ước)\s+chi\b",
        r"(?:\bthu\s+)?tiền\s+(?:sử\s+dụng|cấp)\s+đất|\bK(H)\b|kế\s+(hoạch)",
        r"(?:đã\s+|được\s+)phân\s+bổ|s(ập)|\bkè\b|İ(ch)",
        r"k(m)?(\d)?|ſ(a)|năm\s+(\d+)(?:/(\d{4}))?|t(há)ng",
    ]
    text = ("Tổng thu, TỔNG   THU, chi 5; bội chi ngân sách, tổng chi ngân sách, Tổng CHI cân đối ngân sách, "
            "ước chi, xước chi, thu tiền sử dụng đất, Tiền cấp đất, \u212aH, KH., kế hoạch, đã phân bổ, được "
            "phân, sập, SẬP, ſập, Kè, \u212aè, bờkè, İch, ich, ıch, km3 K \u212a9 ſa SA tháng 5/2024 năm 7")
    rng = random.Random(4)
    words = text.replace(",", " ,").split(" ")
    samples = [text, *_sentence_texts(), *(" ".join(rng.choice(words) for _ in range(12)) for _ in range(300))]
    for source in patterns:
        rx = re.compile(source, re.IGNORECASE)
        fast = caseless_prefixed(rx)
        assert fast is not None and _has_charset_prefix(fast), source
        assert (fast.groups, fast.groupindex) == (rx.groups, rx.groupindex)
        for sample in samples:
            assert _matches_in_full(fast, sample) == _matches_in_full(rx, sample), source
        for pos in range(len(text)):
            expected, got = rx.match(text, pos), fast.match(text, pos)
            assert (expected and expected.regs) == (got and got.regs), (source, pos)


def test_caseless_prefixed_patterns_with_groups_of_every_module_match_as_written() -> None:
    """Every case-insensitive pattern with groups of the extraction modules that ``caseless_prefixed``
    rewrites finds what it finds as written (spans, groups, names) on the sample reports."""
    import importlib
    import pkgutil

    import orchestration.extraction as package

    seen: dict[tuple[str, int], re.Pattern[str]] = {}
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for value in vars(module).values():
            candidates = value if isinstance(value, (list, tuple)) else [value]
            for rx in candidates:
                if isinstance(rx, tuple) and len(rx) > 1:
                    rx = rx[1]
                if isinstance(rx, re.Pattern) and isinstance(rx.pattern, str) and rx.groups:
                    seen[(rx.pattern, rx.flags)] = rx
    texts = _sentence_texts()
    rewritten = 0
    for rx in seen.values():
        fast = caseless_prefixed(rx)
        if fast is None:
            continue
        rewritten += 1
        for sample in texts:
            assert _matches_in_full(fast, sample) == _matches_in_full(rx, sample), rx.pattern
            folded = fold(sample)
            assert _matches_in_full(fast, folded) == _matches_in_full(rx, folded), rx.pattern
    assert rewritten >= 5


def test_caseless_prefixed_leaves_other_patterns_alone() -> None:
    for rx in (re.compile(r"tổng\s+(thu)|(?:tổng)?(chi)", re.I),  # a group written twice: its number would change
               re.compile(r"tổng\s+thu"),                # case-sensitive: the engine skips already
               re.compile(r"\d+\s+thu|tổng", re.I),      # an alternative opens with a digit
               re.compile(r"t?ổng", re.I),                # an optional first letter
               re.compile(r"(?:đã|được)?\s*phân", re.I),    # a space may open a match
               re.compile(r"(?:tổng)*thu", re.I)):        # a repeated group
        assert caseless_prefixed(rx) is None


def test_budget_items_and_plan_issuers_skip_to_their_letters() -> None:
    from orchestration.extraction import budgets

    scans = [*(rx for _item, rx in budgets._ITEMS_SCAN), *budgets._BASIS_PATTERNS.values()]
    plain = [*(rx for _item, rx in budgets._ITEMS), *(budgets._issuer_plan(words)
                                                       for words in budgets.PLAN_ISSUERS.values())]
    for fast, rx in zip(scans, plain, strict=True):
        assert _has_charset_prefix(fast) and not _has_charset_prefix(rx)
        for sample in _sentence_texts():
            assert _matches(fast, sample) == _matches(rx, sample)


def test_first_round_period_and_part_rewrites_match_their_written_out_forms() -> None:
    from orchestration.extraction.indicators import _PART_OPENER

    periods = dict(_PATTERNS)
    year = r"(?:19|20)\d{2}"
    as_written = {
        periods["year_now"]: re.compile(r"(?<!nhieu\s)(?<!may\s)(?<!vai\s)(?<!bao\s)nam\s+nay\b"),
        periods["year_estimated"]: re.compile(r"(?:du\s+)?uoc(?:\s+tinh)?\s+ca\s+nam\b(?!\s*" + year + r"(?!\d))"),
        _PART_OPENER: re.compile(r"trong đó|(?<![^\W\d_])(?:bao )?gồm(?![^\W\d_])|"
                                 r"(?<![^\W\d_])(?:một số|các|những|nhiều) (?:nhóm )?(?:ngành|sản phẩm|mặt hàng)"
                                 r"(?![^\W\d_])[^.;:]{0,80}?(?<![^\W\d_])(?:là|như)(?![^\W\d_])"),
    }
    text = ("nam nay, nhieu nam nay, may  nam nay, bao nam nay, du uoc ca nam, uoc tinh ca nam 2024, uoc ca nam, "
            "trong đó bao gồm, xgồm, gồm, các ngành chủ lực là, một số sản phẩm như, những mặt hàng, "
            "nhiều nhóm ngành như")
    for sample in [text, fold(text), *(fold(t) for t in _sentence_texts()), *_sentence_texts()]:
        for fast, rx in as_written.items():
            assert _matches(fast, sample) == _matches(rx, sample)


def test_pre_tests_before_the_indicator_and_as_of_regexes_are_necessary_conditions() -> None:
    from orchestration.extraction import budgets, indicators

    assert "vượt" in indicators._EXCESS_RIGHT_BEFORE.pattern  # the same code points as the pre-test
    assert set(budgets._QU_CASES) == {q + u for q in "qQ" for u in "uU"}
    samples = ["tăng 9,5% ", "giảm 9%\n", "tăng 9 %\u00a0", "tăng 95% x", "vượt hơn ", "Vượt ", "hết quý II/2024",
               "Hết QUÝ 3 năm 2023", "cuối Quý IV", *_sentence_texts()]
    for sample in samples:
        if indicators._LISTED_CHANGE_BEFORE.search(sample):
            assert sample.rstrip().endswith("%")
        if indicators._EXCESS_RIGHT_BEFORE.search(sample[-20:]):
            assert "vượt" in sample[-20:]
        if budgets._AS_OF_QUARTER.search(sample):
            assert budgets._names_a_quarter(sample)


def test_opening_words_read_through_lookbehinds_and_leading_groups() -> None:
    assert opening_words(re.compile(r"(?<!mưa\s)(?:sạt|lở)\s+đất")) == ("sạt", "lở")
    assert opening_words(re.compile(r"\bbão|(?:để|nhằm)\s+chống")) == ("bão", "để", "nhằm")
    assert opening_words(re.compile(r"[Bb]ão")) is None  # a class: no word written out
    assert opening_words(re.compile(r"bão", re.IGNORECASE)) is None  # "Bão" opens a match too


def test_a_scan_tried_only_at_the_opening_words_finds_what_finditer_finds() -> None:
    text = "Mưa lớn gây sạt lở đất; lở đất tại xã A, lởsạt; để chống sạt lở, nhằm chống lũ. sạt sạt lở đất"
    for source in (r"(?<!mưa\s)(?:sạt|lở)(?:\s+lở)?(?:\s+đất)?", r"\b(?:để|nhằm)\s+chống\s+\w+", r"lở\w*"):
        rx = re.compile(source)
        assert match_spans(rx, opening_words(rx), text) == [m.span() for m in rx.finditer(text)], source


def test_matches_tried_at_skips_starts_inside_the_match_before() -> None:
    rx = re.compile(r"ab+")
    text = "abbb ab abb"
    starts = [0, 1, 2, 5, 6, 8]  # 1 and 2 lie inside "abbb"; 6 is not an "a"
    assert [m.span() for m in matches_tried_at(rx, text, starts)] == [m.span() for m in rx.finditer(text)]



def test_any_of_finds_a_literal_where_one_is_in_the_text() -> None:
    import random

    from orchestration.extraction.scanning import any_of

    literals = ("vớ", "VỚ", "a.b", "ẽ", "(")
    scan = any_of(literals)
    pieces = ["v", "ớ", "V", "Ớ", "a", ".", "b", "x", "ẽ", "(", " "]
    rng = random.Random(11)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        assert (scan.search(text) is not None) == any(literal in text for literal in literals), text


def test_required_lowered_literals_read_a_case_insensitive_pattern() -> None:
    from orchestration.extraction.scanning import required_lowered_literals, required_runs_of_each_alternative

    # each alternative's longest run, lowered; a run of a case-sensitive pattern lowered too
    assert required_lowered_literals(re.compile(r"mục\s+tiêu|kế\s+hoạch", re.IGNORECASE)) == ("mục", "hoạch")
    assert required_lowered_literals(re.compile(r"GRDP|Tổng\s+sản\s+phẩm")) == ("grdp", "phẩm")
    # "s", "i" end a run under re.I ("ſ", "ı" match them and lower to themselves); "k" does not (the Kelvin
    # sign lowers to "k"); a capital "İ" lowers to two characters, a capital sigma by what follows it
    assert required_lowered_literals(re.compile(r"sự\s+kiện", re.IGNORECASE)) == ("ện",)
    assert required_lowered_literals(re.compile(r"kh", re.IGNORECASE)) == ("kh",)
    assert required_lowered_literals(re.compile(r"İzmir")) == ("zmir",)
    assert required_lowered_literals(re.compile(r"ΑΣΑ")) is None
    # a group's literals run on from those before it, across a zero-width test, in the case the group says
    assert required_lowered_literals(re.compile(r"Đ(?<!\wĐ)(?i:ầu\s+tư)")) == ("đầu",)
    assert required_lowered_literals(re.compile(r"K(?:(?i:H)|(?i:ế\s+hoạch))")) == ("kh", "hoạch")
    assert required_lowered_literals(re.compile(r"(?i:GRDP)|\d+%")) is None  # an alternative without two letters
    assert required_runs_of_each_alternative(re.compile(r"vốn\s+tăng\s+thêm", re.IGNORECASE), lowered=True) == (
        ("vốn", "tăng", "thêm"),)
    assert required_runs_of_each_alternative(re.compile(r"vốn", re.IGNORECASE)) is None  # (not lowered)


def test_a_match_leaves_its_lowered_literals_in_the_lowered_text() -> None:
    import random

    from orchestration.extraction import figures
    from orchestration.extraction.scanning import letter_cases, required_lowered_literals

    patterns = [figures._TARGET_CONTEXT, figures._TARGET_BEFORE, figures._RESULT_BEFORE, figures._RANK_BEFORE,
                figures._ADDED_CAPITAL, re.compile(r"sự\s+kiện|Kế\s+hoạch|(?i:GIAO)\s+KH|İzmir", re.IGNORECASE),
                re.compile(r"d(?<!\wd)(?i:ự\s+kiến)|S(?i:ẽ)")]
    words = ["mục tiêu", "phấn đấu", "kịch bản", "chỉ tiêu giao", "kế hoạch giao", "KH giao", "dự kiến", "định hướng",
             "đặt ra", "kế hoạch đề ra năm 2025 là ", "sẽ khởi công mới", "Chỉ tiêu", "- Kế hoạch", "còn", "xuống",
             "lên", "vốn điều lệ tăng thêm", "xếp thứ", "đứng", "vị trí thứ", "thấp thứ", "sự kiện", "İzmir", "giao KH",
             " ", ", ", "5 ", "có ", "so với "]
    rng = random.Random(12)

    def any_case(word: str) -> str:  # every way of writing each letter that case-insensitive matching takes
        return "".join(rng.choice(letter_cases(char)) if char.isalpha() else char for char in word)

    found = 0
    for rx in patterns:
        literals = required_lowered_literals(rx)
        assert literals is not None, rx.pattern
        for _ in range(4000):
            text = "".join(any_case(rng.choice(words)) for _ in range(rng.randint(1, 5)))
            if rx.search(text):
                found += 1
                assert any(literal in text.lower() for literal in literals), (rx.pattern[:60], text)
    assert found > 2000
