"""Faster forms of indicator scans hold to the patterns they stand for, on random texts."""

import contextlib
import random
import re

from orchestration.extraction import RejectedDocument, indicators
from tests.conftest import SHARED, needs_shared

_WORDS = ["dự ước tính", "dự ước thực hiện", "ước tính", "ước thực hiện", "gồm", "gấp", "gần", "hơn", "trên",
          "dưới", "với", "còn", "giảm", "bằng", "chiếm", "thực hiện", "hiện có", "hiện nay", "cả tỉnh", "cho",
          "tại", "của", "thu", "vào", "đã", "x(có", "Có", "CÒN", "dự ước đạt",
          "ước đạt", "ước", "đạt được", "đạt", "là", "có", "được", "khoảng", "xấp xỉ", "tăng",
          "toàn tỉnh", "trong đó", "và", "ra", "tổng số", "đến nay", "DỰ ƯỚC", "Ước Tính", "KHOẢNG", "ĐẠT",
          "sản lượng", "lúa", "(", ")", "9", "12,5%", ",", ";", ".", "tương ứng", "TƯƠNG ỨNG", "Lần lượt",
          "lần  lượt", "tương\nứng", "lượt", "ứng", "tỉnh", "x"]
_SPACES = [" ", " ", "", "  ", "\n", "\t", "\u00a0"]


def _random_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_WORDS) + rng.choice(_SPACES) for _ in range(rng.randrange(0, 12)))
            for _ in range(count)]


def test_respectively_anywhere_as_the_pattern_would() -> None:
    found = 0
    for text in [*_random_texts(5, 5000), "Tương ứng", "tƯƠNG ứng", "LẦN LƯỢT"]:
        expected = indicators._RESPECTIVELY.search(text) is not None
        assert (indicators._RESPECTIVELY_ANYWHERE.search(text) is not None) == expected, repr(text)
        found += expected
    assert found > 500


def test_phrasing_words_are_the_runs_every_phrasing_writes_out() -> None:
    assert indicators.phrasing_words("tổng mức bán lẻ|nợ xấu") == (("tổng", "mức", "bán", "lẻ"), ("nợ", "xấu"))
    # (an optional part, a choice or a class ends a run; a run of one letter is no word)
    assert indicators.phrasing_words("(?:tổng )?dư nợ (?:cấp )?tín dụng") == (("dư", "nợ", "tín", "dụng"),)
    # ("kim|kinh": the parser writes their shared "ki" out)
    assert indicators.phrasing_words("hộ nghèo|(?:kim|kinh) ngạch") == (("hộ", "nghèo"), ("ki", "ngạch"))
    assert indicators.phrasing_words("nợ xấu|\\d x") is None  # a phrasing with no word: not known
    assert indicators.phrasing_words("thủy sản") == (("th", "sản"),)  # (thủy also matches its older thuỷ)


def _alias_texts() -> list[str]:
    """Lower-cased lines of the shared reports, with every catalog entry's own test phrasings."""
    lines = [line.lower() for path in sorted((SHARED / "samples").rglob("*.txt"))
             for line in path.read_text(encoding="utf-8-sig").split("\n")] if SHARED.exists() else []
    rng = random.Random(4)
    words = ["tổng", "mức", "bán", "lẻ", "kim", "ngạch", "xuất", "nhập", "khẩu", "khách", "du", "lịch", "doanh",
             "nghiệp", "thủy", "thuỷ", "sản", "lượng", "công", "nghiệp", "xây", "dựng", "dịch", "vụ", "hộ",
             "nghèo", "giải", "thể", "tai", "nạn", "giao", "thông", "0", "9", ",", "-", "và", "grdp", "khu", "vực"]
    return lines + [" ".join(rng.choice(words) for _ in range(rng.randrange(1, 10))) for _ in range(20000)]


def test_a_text_with_an_alias_match_holds_the_words_of_one_of_its_phrasings() -> None:
    texts = _alias_texts()
    matched = 0
    for entry in indicators.CATALOG:
        if entry.phrasing_words is None:
            continue
        for text in texts:
            if entry.aliases.search(text):
                matched += 1
                assert any(all(word in text for word in words) for words in entry.phrasing_words), (entry.key, text)
    assert matched > 2000


def test_every_part_opener_holds_one_of_its_words() -> None:
    pieces = ["trong đó", "trong", "đó", "bao gồm", "gồm", "các", "một số", "những", "nhiều", "nhóm", "ngành",
              "sản phẩm", "mặt hàng", "là", "như", "x", "9", ",", ".", ";", "tăng", "xgồm", "cácngành"]
    rng = random.Random(9)
    found = 0
    for _ in range(20000):
        spaces = [" ", " ", "  ", "\n", ""]
        window = "".join(rng.choice(pieces) + rng.choice(spaces) for _ in range(rng.randrange(0, 10)))
        if indicators._PART_OPENER.search(window):
            found += 1
            assert any(word in window for word in indicators._PART_OPENER_WORDS), repr(window)
        else:
            assert indicators._part_openers(window) == []
    assert found > 3000


def _without_lead_verbs_plainly(segment_before: str) -> str:
    """The form _without_lead_verbs stands for: collapse the spaces, then strip the whole text again and again (a
    phrase kept by the word before it, "sản lượng thực hiện", is told by one space before it, as the layout writes)."""
    text = indicators._SPACES.sub(" ", segment_before)
    for _ in range(6):
        # (every match runs to the text's end; a capitalised word after a capitalised one ends a name, "Tỉnh Cao Bằng")
        lead = indicators._LEAD_VERBS.search(text)
        if lead is None or not lead.group() or indicators._ends_a_name(text, lead.start()):
            break
        text = text[:lead.start()] + text[lead.end():]
    # (the ends stripped, but a quote or bracket that closes one opened inside: _stripped_keeping_a_closing_quote)
    text = indicators._stripped_keeping_a_closing_quote(indicators._SPACES.sub(" ", text))
    text = indicators._LIST_MARKER.sub("", text, count=1) if text[:1].isalnum() else text  # ("a) ", "2.1. ")
    return indicators._LEADING_CHANGE.sub("", text)


def test_lead_verbs_taken_off_as_the_plain_form_would() -> None:
    # (runs of mixed whitespace inside and after the phrases, brackets, capitals, the letters the
    # engine matches case-insensitively beyond their cases: dotless ı, long ſ, the Kelvin sign)
    rng = random.Random(11)
    words = [*_WORDS, "(tăng", "x(đạt", "hıện nay", "ſố", "\u212ahoảng", "tổng   số", "dự \n ước \t thực  hiện",
             "xấp\u00a0xỉ", "Và tăng ở", "giảm tại", "(", "tăng ở", "DỰ ƯỚC ĐẠT", ""]
    spaces = [*_SPACES, "   ", " \n ", "\u2003"]
    texts = ["".join(rng.choice(words) + rng.choice(spaces) for _ in range(rng.randrange(0, 14)))
             for _ in range(20000)]
    changed = 0
    for text in [*texts, "", " ", "đạt", " đạt ", "(đạt", "x đạt", "  dự   ước   đạt  "]:
        expected = _without_lead_verbs_plainly(text)
        assert indicators._without_lead_verbs.__wrapped__(text) == expected, repr(text)
        changed += expected != " ".join(text.split()).strip(indicators._STRIP)
    assert changed > 5000


@needs_shared("samples")
def test_catalog_key_with_its_word_tests_answers_as_scanning_every_fitting_entry(monkeypatch) -> None:
    # (the plain form: every entry the figure fits scanned, every test before the scans made, whatever the text holds)
    from orchestration.extraction import pipeline
    from orchestration.extraction.caching import clear_document_caches

    fast = indicators.catalog_key
    with_word_tests = indicators._entries_whose_words_stand_in
    asked = []

    def both_ways(*args, **kwargs):
        key = fast(*args, **kwargs)
        monkeypatch.setattr(indicators, "_entries_whose_words_stand_in",
                            lambda text, unit, metric: list(indicators._fitting(unit, metric)))
        try:
            assert fast(*args, **kwargs) == key, args
        finally:
            monkeypatch.setattr(indicators, "_entries_whose_words_stand_in", with_word_tests)
        asked.append(key)
        return key

    monkeypatch.setattr(indicators, "catalog_key", both_ways)
    monkeypatch.setattr(pipeline, "catalog_key", both_ways)
    for path in sorted((SHARED / "samples").rglob("*.txt")):
        clear_document_caches()
        with contextlib.suppress(RejectedDocument):
            pipeline.extract_document(path.read_bytes(), path.name)
    assert len(asked) > 500 and sum(key is not None for key in asked) > 100


def test_lead_verbs_found_at_the_end_of_a_single_spaced_text_as_anywhere_in_it() -> None:
    # (own_subject asks whether what a period leaves of a collapsed text ends in a lead verb, looking only at its end)
    rng = random.Random(17)
    words = [*_WORDS, "(tăng", "x(đạt", "hıện nay", "\u212ahoảng", "DỰ ƯỚC ĐẠT", "doanh thu", "địa chỉ", "chỉ"]
    found = 0
    for _ in range(20000):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(0, 12))).strip(" ,;:-–")
        text = indicators._SPACES.sub(" ", text)
        expected = indicators._LEAD_VERBS.search(text) is None
        at_the_end = indicators._LEAD_VERBS.search(text, max(0, len(text) - indicators._LEAD_VERB_REACH)) is None
        assert at_the_end == expected, repr(text)
        found += not expected
    assert found > 3000


def test_the_period_around_a_subject_taken_off_as_the_substitution_would() -> None:
    # (the substitution runs only on a text whose lower case holds "tháng" or "quý"; capitals and the letters
    # case-insensitive matching takes for others included)
    rng = random.Random(19)
    words = [*_WORDS, "tháng", "Tháng", "THÁNG", "quý", "Quý", "QUÝ", "thang", "quy", "9 tháng", "tháng 10", "quý III",
             "quý 2", "/2026", "năm 2025", "đầu năm", "cuối năm", "lũy kế", "tính chung", "giải quyết", "việc làm",
             "xuất khẩu", "ſố", "\u212ahách", "hıện", ""]
    taken = 0
    for _ in range(20000):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(0, 10)))
        expected = indicators._PERIOD_AROUND.sub("", text)
        assert indicators._without_the_period_around(text) == expected, repr(text)
        taken += expected != text
    assert taken > 1000


def test_a_text_single_spaced_as_the_substitution_would() -> None:
    # (every character \s matches, in every place: the texts the substitution leaves alone and those it changes)
    import sys

    spaces = [chr(c) for c in range(sys.maxunicode + 1) if indicators._SPACES.fullmatch(chr(c))]
    assert " " in spaces and "\u00a0" in spaces and "\u3000" in spaces
    rng = random.Random(29)
    words = ["sản lượng", "lúa", "ước đạt", "x", "9", "(", "", "\u200b", "\x00", "ĐẠT"]
    for space in spaces:
        for text in (space, f"a{space}b", f"a {space}b", f"{space}a", f"a{space}"):
            assert indicators._single_spaced(text) == indicators._SPACES.sub(" ", text), repr(text)
    kept = 0
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice([" ", " ", "", "  ", rng.choice(spaces)])
                       for _ in range(rng.randrange(0, 10)))
        expected = indicators._SPACES.sub(" ", text)
        assert indicators._single_spaced(text) == expected, repr(text)
        kept += expected == text
    assert kept > 2000


def test_the_lead_verbs_tried_by_their_first_letter_match_as_the_pattern_does() -> None:
    # (capitals, the words the look-behinds name ("doanh thu", "địa chỉ", "chứng chỉ") in every case, and the letters
    # case-insensitive matching takes for others: dotless ı, long ſ, the Kelvin sign)
    assert indicators._LEAD_VERBS_TRIED is not indicators._LEAD_VERBS
    rng = random.Random(31)
    words = [*_WORDS, "doanh thu", "Doanh Thu", "DOANH THU", "doanh  thu", "địa chỉ", "ĐỊA CHỈ", "chứng chỉ",
             "Chứng Chỉ",
             "chỉ", "CHỈ", "thu", "THU", "ſố", "\u212ahoảng", "hıện nay", "Hİện nay", "cao hơn cùng kỳ năm trước",
             "THẤP HƠN SO VỚI CÙNG KỲ", "tăng từ", "Giảm Xuống", "đạt tỷ lệ", "Đạt Tỉ Lệ", "với mức tỷ lệ", "xảy ra",
             "XẢY RA", "tại", "TẠI", "đến nay", "hiện có", "gấp", "ước  thực\thiện", "x"]
    found = 0
    for _ in range(30000):
        text = "".join(rng.choice(words) + rng.choice([" ", " ", "", "  ", "\n", "\t", "\u00a0"])
                       for _ in range(rng.randrange(0, 10)))
        for at in (0, max(0, len(text) - indicators._LEAD_VERB_REACH), rng.randrange(0, len(text) + 1)):
            expected = indicators._LEAD_VERBS.search(text, at)
            tried = indicators._LEAD_VERBS_TRIED.search(text, at)
            assert (tried and tried.span()) == (expected and expected.span()), (text, at)
            found += expected is not None
    assert found > 20000


def test_a_per_unit_average_found_as_with_the_look_behind_before_mỗi() -> None:
    # (the last branch as written before: its look-behind first, which the engine tried at every character)
    plain = re.compile(indicators._PER_UNIT_AVERAGE.pattern.replace(
        r"|m(?<![^\W\d_]m)ỗi\s+", r"|(?<![^\W\d_])mỗi\s+"))
    assert plain.pattern != indicators._PER_UNIT_AVERAGE.pattern
    pieces = ["mỗi ngày", "mỗi tuần", "mỗi tháng", "mỗi năm", "xmỗi ngày", "9mỗi ngày", "_mỗi ngày", "(mỗi ngày",
              "bình quân", "trung bình", "một", "mỗi", "doanh nghiệp", "đầu người", "trên", "cho", "vốn đăng ký", "năm",
              "ngàyx", "tháng", "m", "ỗi", " ", "  ", ",", "9"]
    rng = random.Random(41)
    found = 0
    for _ in range(20000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randrange(0, 10)))
        at = rng.randrange(0, len(text) + 1)
        expected = [m.span() for m in plain.finditer(text, at)]
        assert [m.span() for m in indicators._PER_UNIT_AVERAGE.finditer(text, at)] == expected, (text, at)
        found += bool(expected)
    assert found > 3000


def _structure_texts(seed: int, count: int) -> list[str]:
    """Texts that name a structure near or far before lists of numbers, and say nothing "respectively"."""
    rng = random.Random(seed)
    words = ["Cơ cấu kinh tế", "cơ cấu", "CƠ CẤU", "Cơ Cấu", "nông nghiệp - công nghiệp - dịch vụ", "là", "đạt", ":",
             "26% - 31% - 39%", "40,2% - 25,1% - 34,7%", "tăng 5%", ",", ";", ".", "\n", "khu vực I - II - III",
             "năm 2025", "chiếm", "x" * 60, "sản xuất lúa gạo và cây ăn quả của các huyện phía nam trong năm"]
    return [" ".join(rng.choice(words) for _ in range(rng.randrange(1, 30))) for _ in range(count)]


def test_a_structure_list_read_without_its_window_where_no_cấu_stands_near_as_through_it(monkeypatch) -> None:
    # respective_place answers None for a report that reads nothing "respectively" when neither "cấu" nor "CẤU" stands
    # in the 200 characters before the number; told that the report reads "respectively" (no such marker stands in
    # these texts), it goes through the window and its structure scan as before: the same places
    texts = _structure_texts(11, 1500)
    starts = [(text, m.start()) for text in texts for m in re.finditer(r"\d", text)]
    fast = [indicators.respective_place(text, start) for text, start in starts]
    monkeypatch.setattr(indicators, "_reads_respectively", lambda text: True)
    assert [indicators.respective_place(text, start) for text, start in starts] == fast
    assert sum(place is not None for place in fast) > 200


def test_a_text_without_a_word_of_the_former_mark_has_no_part_naming_a_former_province() -> None:
    rng = random.Random(12)
    words = ["tỉnh", "Kon Tum", "Quảng Ngãi", "Bình Định", "Kiên Giang", "(cũ)", "cũ", "CŨ", "Cũ", "(CŨ)", "trước đây",
             "TRƯỚC", "trước khi sáp nhập", "trước hợp nhất", "Trước sắp xếp", "khu vực", "địa bàn", ",", ":", ".",
             "đạt", "12,5%", "ΣΑΣ", "İ", "cũng"]
    named = 0
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(1, 12)))
        may = indicators.may_name_a_former_province(text)
        for a in range(0, len(text), 3):
            for b in range(a + 1, len(text) + 1, 4):
                if indicators.former_province_named(text[a:b]) is not None:
                    assert may, repr(text[a:b])
                    named += 1
    assert named > 1000
