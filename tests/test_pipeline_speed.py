"""The pre-tests of pipeline's per-figure scans are necessary conditions of their patterns."""

import contextlib
import random
import re

from orchestration.extraction import RejectedDocument, layout, pipeline
from tests.conftest import SHARED, needs_shared

_NOISE = ["tư", "tu", "Tu", "(", ",", "-", "9", "đạt", "từ", "năm"]
_PHRASE = [["", "Kể", "kể"], ["Từ", "từ", "TỪ", "tu", "Tu", "tư"], ["đầu", "ĐẦU"], ["năm", "NĂM"], ["", "2024"],
           ["đến", "tới", "ĐẾN", "TỚI"], ["nay", "hiện nay", "NAY"]]


def test_a_year_so_far_holds_the_letter_of_tu() -> None:
    rng = random.Random(11)
    found = 0
    for _ in range(5000):
        noise = [rng.choice(_NOISE) for _ in range(rng.randrange(0, 4))]
        phrase = [rng.choice(choices) for choices in _PHRASE]
        text = rng.choice([" ", "  ", "\n"]).join(word for word in noise + phrase if word)
        if pipeline._FROM_YEAR_START.search(text):
            found += 1
            assert "ừ" in text or "Ừ" in text, text
    assert found > 500


def test_a_year_so_far_said_in_a_span_as_the_full_pattern_finds_it() -> None:
    # (the guarded words alone answer whether _FROM_YEAR_START finds a match between two places of a text)
    rng = random.Random(23)
    found = 0
    for _ in range(20000):
        noise = [rng.choice([*_NOISE, "x", "(", "TỪ ĐẦU", "Kể", "..."]) for _ in range(rng.randrange(0, 5))]
        phrase = [rng.choice(choices) for choices in _PHRASE]
        words = noise + phrase + [rng.choice(_NOISE) for _ in range(rng.randrange(0, 3))]
        rng.shuffle(words) if rng.random() < 0.2 else None
        text = "".join(word + rng.choice([" ", "  ", "\n", "", ", "]) for word in words if word)
        start = rng.randrange(0, len(text) // 3 + 1)
        end = rng.choice([len(text), rng.randrange(start, len(text) + 1)])
        expected = pipeline._FROM_YEAR_START.search(text, start, end) is not None
        assert (pipeline._FROM_YEAR_START_SAID.search(text, start, end) is not None) == expected, (text, start, end)
        found += expected
    assert found > 200


@needs_shared("samples")
def test_a_sentences_readings_shared_by_its_figures_give_each_figure_its_own_period(monkeypatch) -> None:
    # every figure's period with the readings shared over the report is the one read afresh for it
    figure_period = pipeline._figure_period
    asked = []

    def both_ways(fig, phrases, starts, document, clean, sentences=None):
        shared = figure_period(fig, phrases, starts, document, clean, sentences)
        assert shared == figure_period(fig, phrases, starts, document, clean), (fig, clean[fig.sentence[0]:fig.start])
        asked.append(sentences)
        return shared

    monkeypatch.setattr(pipeline, "_figure_period", both_ways)
    for path in sorted((SHARED / "samples").rglob("*.txt")):
        with contextlib.suppress(RejectedDocument):
            pipeline.extract_document(path.read_bytes(), path.name)
    assert len(asked) > 1000 and all(sentences is not None for sentences in asked)


def test_a_glued_footnote_is_what_the_look_behind_first_pattern_finds() -> None:
    # (layout's footnote scan opens with the digit; the plain form opens with its look-behind)
    plain = re.compile(r"(?<=[a-zà-ỹđ\)”\"])(\d{1,2})(?=[\s;)]|:(?!\d)|[.,](?!\d)|$)")
    pieces = ["vi phạm", "đầu tư", "m", "km", "CO", "tăng", "lúc", ")", "”", '"', "(", "1", "2", "12", "123", "٣",
              ".", ",", ";", ":", ":3", " ", "\n", "ả", "Ả", "x", "9,5", "17:38"]
    rng = random.Random(7)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 10)))
        expected = [(m.span(), m.group(1)) for m in plain.finditer(text)]
        assert [(m.span(), m.group(1)) for m in layout._GLUED_FOOTNOTE.finditer(text)] == expected, repr(text)
        found += bool(expected)
    assert found > 1000


def test_the_guarded_names_with_commas_match_like_the_plain_pattern() -> None:
    # (the names as the word list writes them, in other cases, with the letters case-insensitive matching takes for
    # others: "ſ" for "s", "K" (Kelvin) for "k", dotless "ı")
    plain = pipeline.word_pattern("names_with_commas", re.IGNORECASE)
    assert pipeline._NAME_WITH_COMMAS is not plain
    pieces = ["chế biến", "Chế biến", "CHẾ BIẾN", "chế tạo", "lưu trú", "Lưu trú", "ăn uống", "vận tải", "kho bãi",
              "\u212aho bãi", "nông", "Nông", "lâm", "thủy sản", "thuỷ sản", "xuất", "nhập khẩu", "xã", "phường",
              "thị trấn", "BHXH", "BHYT", "ſố hóa hồ ſơ", "số hóa hồ sơ", "kết quả giải quyết", "trâu", "bò", "dê",
              "hộ nghèo", "cận nghèo", "thôn", "bản", "điện", "khí đốt", "nước nóng", "ı", ",", ", ", " ,", "x", "9",
              "chế biến, chế tạo", "Lưu trú ,ăn uống", "VẬN TẢI, KHO BÃI", "xã, phường, thị trấn", "nông, lâm nghiệp",
              "trâu, bò, dê", "điện, khí đốt, nước nóng", "BHXH,BHYT, BHTN", "hộ nghèo, hộ cận nghèo", "thôn, bản"]
    rng = random.Random(13)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) + rng.choice([" ", "", "  ", "\n"]) for _ in range(rng.randrange(0, 9)))
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in pipeline._NAME_WITH_COMMAS.finditer(text)] == expected, repr(text)
        at = rng.randrange(0, len(text) + 1)
        assert ([m.span() for m in pipeline._NAME_WITH_COMMAS.finditer(text, at, len(text) - at // 3)]
                == [m.span() for m in plain.finditer(text, at, len(text) - at // 3)]), repr(text)
        found += bool(expected)
    assert found > 2000


def test_a_subjects_figure_digits_found_as_with_the_look_behinds_before_the_digit() -> None:
    # (the patterns as written before: the look-behinds first, tried at every character)
    before = r"(?<!khu vực )(?<!Khu vực )"
    plain_digit = re.compile(before + r"\d(?![\d.,]*\s+tuổi\b)")
    plain_number = re.compile(before + r"\d[\d.,]*(?![\d.,]|\s+tuổi\b)\s*%?")
    pieces = ["khu vực ", "Khu vực ", "KHU VỰC ", "khu vực  ", "khu vực", "vực ", "1", "2", "12,5", "3.400", "%", " %",
              " tuổi", "tuổi", "x", " ", ",", ".", "đạt", "tăng", "\n", "٣", "khu vực 2", "dưới 6 tuổi"]
    rng = random.Random(37)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 10)))
        expected = plain_digit.search(text)
        got = pipeline._FIGURE_DIGIT.search(text)
        assert (got and got.span()) == (expected and expected.span()), repr(text)
        assert pipeline._NUMBER_AND_PERCENT.split(text) == plain_number.split(text), repr(text)
        found += expected is not None
    assert found > 5000
