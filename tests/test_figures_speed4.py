"""The end tests and the plan word scan of figures.py give the answers of the plain searches."""

from __future__ import annotations

import random
import re

from orchestration.extraction import figures
from orchestration.extraction.figures import (
    _ESTIMATE_WORD_LITERALS,
    _FORECASTER_NAMED,
    _NATIONAL_WORD_LITERALS,
    _NATIONAL_WORDS,
    _NUMBER_IN_WORDS_LITERALS,
    _PLAN_AMOUNT_BEFORE,
    _SENTENCE_END,
    _SO_VOI_SPELLED,
    _estimated,
    _is_foreign_forecast,
    _plan_amount_before,
    _rest_of_the_sentence,
    read_metric,
    sentence_spans,
)
from orchestration.extraction.numbers import NUMBER_IN_WORDS
from orchestration.extraction.scanning import EndAnchored

_MARKS = [" ", "  ", "\n", "\t", "\u00a0", ",", ";", ":", "(", ")", "/", "%", "+", "-", "−", "–", "5", "12", "2024",
          "a"]


def _end_anchored() -> dict[str, EndAnchored]:
    return {name: value for name, value in vars(figures).items() if isinstance(value, EndAnchored)}


def test_every_end_anchored_search_finds_what_its_pattern_finds() -> None:
    anchored = _end_anchored()
    assert len(anchored) >= 20
    rng = random.Random(3)
    for name, searched in anchored.items():
        # (the pattern's own words, in both cases, between marks and spaces: texts it matches and nearly matches)
        words = sorted(set(re.findall(r"[^\W\d_]+", searched.pattern)) - {"s", "d", "b", "w", "W", "A", "Z"})
        pieces = words + [word.upper() for word in words[:20]] + _MARKS
        for _ in range(1500):
            text = "".join(rng.choice(pieces) + rng.choice(("", " ", " ")) for _ in range(rng.randint(0, 8)))
            found, plain = searched.search(text), searched.rx.search(text)
            assert (found and found.span()) == (plain and plain.span()), (name, text)
            lo = rng.randint(0, len(text))
            hi = len(text) - lo // 3
            found, plain = searched.search(text, lo, hi), searched.rx.search(text, lo, hi)
            assert (found and found.span()) == (plain and plain.span()), (name, text, lo)


def test_the_plan_word_scan_holds_wherever_the_plan_amount_is_found() -> None:
    rng = random.Random(9)
    pieces = ["kế", "hoạch", "KẾ HOẠCH", "KH", "Kh", "kH", "\u212aH", "kh", "khu", "mục", "tiêu", "TIÊU", "chỉ", "Nghị",
              "quyết", "QUYẾT", "NQ", "nq", "đề", "ĐỀ", "đặt", "ra", "RA", "dự", "DỰ", "toán", "TOÁN", "là", "từ",
              "tăng", "năm", "cả", "giao", "so", "với", "ở", "mức", "khoảng", "đến", "vượt", "đạt", "tỉnh", "bằng",
              *_MARKS]
    texts = ["(KH: ", "(dự toán ", "( DỰ  TOÁN năm ", "/KH ", "KH, là ", "NQ đề ra ", "Nghị quyết\nđặt ra ",
             "(chỉ tiêu giao: 5 - ", "so với kế hoạch là ", "mục tiêu cả năm, là từ 6,5-", "\u212aH giao "]
    texts += ["".join(rng.choice(pieces) + rng.choice(("", " ", " ", " ")) for _ in range(rng.randint(0, 10)))
              for _ in range(30000)]
    found = 0
    for text in texts:
        plain = _PLAN_AMOUNT_BEFORE.search(text) is not None
        found += plain
        assert _plan_amount_before(text) == plain, text
    assert found > 500


def test_the_rest_of_a_sentence_is_the_first_piece_of_its_split() -> None:
    rng = random.Random(4)
    pieces = [".", "!", "?", " ", "\n", "\u00a0", "a", "2.500", "đạt", ";", ". ", "!\t"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 120)))
        end = rng.randint(0, len(text))
        assert _rest_of_the_sentence(text, end) == _SENTENCE_END.split(text[end:end + 400], maxsplit=1)[0], text


def test_an_estimate_is_read_alike_with_the_paragraph_test_and_the_sentences_memo() -> None:
    rng = random.Random(6)
    pieces = ["ước", "Ước tính", "ƯỚC ĐẠT", "dự ước", "sơ bộ", "SƠ BỘ", "Trong đó,", "trong đó", ";", ". ", "(", ")",
              "tháng 10/2023 là ", "so với ", "đạt ", "tăng ", "5 ", "12,5% ", "tỷ đồng", "\n", " ", "a"]
    for _ in range(3000):
        paragraph = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        preceding = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        said = any(word in paragraph.lower() for word in _ESTIMATE_WORD_LITERALS)
        breakdowns: dict[int, bool] = {}
        for _ in range(6):
            a = rng.randint(0, len(paragraph))
            s_lo = rng.choice([0, rng.randint(0, a), rng.randint(0, a)])
            plain = _estimated(paragraph, s_lo, a, preceding)
            assert _estimated(paragraph, s_lo, a, preceding, said, breakdowns) == plain, (paragraph, s_lo, a)


def test_a_paragraph_without_a_forecasters_name_has_no_forecast_of_theirs() -> None:
    rng = random.Random(2)
    pieces = ["IMF", "OECD", "WB", "ADB", "Fitch", "Moody's", "Moodys", "S&P", "FED", "Fed", "Quỹ Tiền tệ quốc tế",
              "Ngân hàng Thế giới", "Liên minh châu Âu", "Ngân hàng Phát triển châu Á", "dự báo", "nhận định", "xIMF",
              "kinh tế thế giới", "tăng 3%", ". ", "\n", " ", "Ngân", "Quỹ", "Liên", "a"]
    for _ in range(5000):
        paragraph = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        sentences = sentence_spans(paragraph)
        plain = [span for span in sentences if _is_foreign_forecast(paragraph, span)]
        assert (plain if _FORECASTER_NAMED.search(paragraph) else []) == plain, paragraph


def test_a_metric_is_read_alike_without_the_search_for_so_voi_where_none_stands() -> None:
    rng = random.Random(12)
    pieces = ["so với", "So Với", "SO VỚI", "so", "với", "cùng kỳ", "tháng trước", "năm 2023", ", ", "; ", ". ", "tăng",
              "giảm", "5%", "12 tỷ đồng", "(", ")", "và", "đạt", "tháng 9", "tháng 12", "đầu năm", " ", "kế hoạch"]
    for _ in range(6000):
        before, after, sentence_before = ("".join(rng.choice(pieces) + " " for _ in range(rng.randint(0, 8)))
                                          for _ in range(3))
        sentence_before += before
        for unit in ("pct", "VND", "times"):
            plain = read_metric(before, after, sentence_before, unit, 5.0)
            said = _SO_VOI_SPELLED.search(after + " " + sentence_before) is not None
            assert read_metric(before, after, sentence_before, unit, 5.0, so_voi_said=said) == plain, (
                before, after, sentence_before, unit)


def test_a_number_in_words_leaves_one_of_its_texts_in_the_lowered_paragraph() -> None:
    rng = random.Random(13)
    pieces = ["một", "hai", "ba", "bốn", "năm", "mười", "MƯỜI", "Mươi", "mươi", "trăm", "TRĂM", "linh", "lẻ", "nghìn",
              "không", "lăm", "mốt", "tư", " ", "\n", ",", "a", "5"]
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) + rng.choice(("", " ", " ")) for _ in range(rng.randint(0, 8)))
        if NUMBER_IN_WORDS.search(text):
            found += 1
            assert any(literal in text.lower() for literal in _NUMBER_IN_WORDS_LITERALS), text
    assert found > 1000


def test_the_country_named_leaves_one_of_its_words_in_the_lowered_paragraph() -> None:
    rng = random.Random(14)
    pieces = ["cả", "CẢ", "Cả", "nước", "NƯỚC", "Nước", "toàn", "TOÀN", "quốc", "QUỐC", "Quốc", " ", "\n",
              "\u00a0", "a"]
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) + rng.choice(("", " ")) for _ in range(rng.randint(0, 6)))
        if _NATIONAL_WORDS.search(text):
            found += 1
            assert any(word in text.lower() for word in _NATIONAL_WORD_LITERALS), text
    assert found > 1000
