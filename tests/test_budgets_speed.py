"""The shortcuts of ``budgets`` read what the plain readings read: the guarded patterns match where their
plain forms match, the bracket pre-test holds wherever the pattern matches, an item ruled out of a text has
no match there."""

from __future__ import annotations

import random
import re
from pathlib import Path

from orchestration.extraction import budgets
from orchestration.extraction.scanning import required_runs_of_each_alternative
from orchestration.extraction.vocabulary import keyed_word_lists, phrase_source
from tests.test_disasters_speed import assert_same_matches

_I = re.IGNORECASE
_PLAIN_PLAN_AMOUNT_IN_BRACKETS = re.compile(
    r"(?:kế\s+hoạch(?:\s+vốn)?|\bKH|dự\s+toán|nghị\s+quyết|\bNQ)(?:\s+(?:năm\s+\d{4}|được\s+giao|giao|đề\s+ra))?"
    r"\s*\(\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$",
    _I,
)
_PLAIN_ANAPHORA = re.compile(r"\b(?:con\s+số|số\s+thu|số\s+liệu|kết\s+quả)\s+(?:này|trên)\b", _I)
_PIECES = ("kế hoạch", "KẾ HOẠCH", "Kế  hoạch vốn", "KH", "xKH", "dự toán", "Nghị quyết", "NQ", "năm 2025",
           "giao", "được giao", "đề ra", " (", "(", " ( khoảng ", "gần", ")", " ", "\n", "con số", "Số thu", "ſố liệu",
           "Kết quả", "\u212aết quả", "này", "trên", "x", "số", ",", ".", "123")


def _texts() -> list[str]:
    rng = random.Random(5)
    texts = ["Thu ngân sách đạt 35% kế hoạch (", "Kết quả này cho thấy", "so với Nghị quyết đề ra ( gần "]
    return texts + ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12))) for _ in range(5000)]


def test_the_guarded_patterns_match_like_their_plain_forms() -> None:
    assert budgets._PLAN_AMOUNT_IN_BRACKETS.pattern != _PLAIN_PLAN_AMOUNT_IN_BRACKETS.pattern
    assert budgets._ANAPHORA.pattern != _PLAIN_ANAPHORA.pattern
    found = 0
    for text in _texts():
        for guarded, plain in ((budgets._PLAN_AMOUNT_IN_BRACKETS, _PLAIN_PLAN_AMOUNT_IN_BRACKETS),
                               (budgets._ANAPHORA, _PLAIN_ANAPHORA)):
            assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        plain_found = _PLAIN_PLAN_AMOUNT_IN_BRACKETS.search(text) is not None
        assert budgets._plan_amount_in_brackets(text) == plain_found, text
        found += plain_found
    assert found > 30  # (the texts do hold plans with their amounts in brackets)


def test_the_guarded_source_and_left_out_cues_match_like_their_plain_forms() -> None:
    from orchestration.extraction.vocabulary import word_pattern

    plain = {"central": word_pattern("central_budget", _I), "left_out": re.compile(r"trừ|không\s+(?:kể|tính)", _I)}
    guarded = {"central": budgets._CENTRAL_SOURCE, "left_out": budgets._LEFT_OUT_CUE}
    pieces = ("ngân sách", "NGÂN SÁCH", "trung ương", "Trung  ương", "TW", "NSTW", "nstw", "xNSTW", "vốn", "Ngân sách",
              "trừ", "TRỪ", "khấu trừ", "không kể", "KHÔNG tính", "\u212ahông kể", "không", " ", "\n", ",", "x", "đ")
    rng = random.Random(9)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    assert_same_matches(guarded, plain, texts, at_least=20)


def _nearest_item_scanning_every_item(text: str) -> tuple[str, int] | None:
    """``nearest_item`` as it read before its items were ruled out: every item's pattern scanned."""
    best = kept = None
    asides = [m.span() for m in budgets.ASIDE.finditer(text)] if "(" in text else []
    left_out = [m.span() for m in budgets._LEFT_OUT.finditer(text)] if budgets._LEFT_OUT_CUE.search(text) else []
    if "chiếm" in text:
        left_out += [m.span() for m in budgets._SHARE_OF_WHOLE.finditer(text)]
    if "ừ" in text or "Ừ" in text:
        left_out += [(m.start(1) - 1, m.end(1)) for m in budgets._SPENT_FROM_A_SOURCE.finditer(text)]
    for item, pattern in budgets._ITEMS:
        for m in pattern.finditer(text):
            if any(a < m.start() < b for a, b in asides):
                continue
            if best is None or m.start() > best[1]:
                best = (item, m.start())
            if not any(a < m.start() < b for a, b in left_out) and (kept is None or m.start() > kept[1]):
                kept = (item, m.start())
    return budgets._with_revenue_said_before(text, kept or best)


def _item_texts() -> list[str]:
    runs = budgets._EVERY_RUN
    # (the runs of each phrasing in their order, spaced: "chi thường xuyên", "thu nội địa")
    phrasings = [" ".join(alternative) for phrasings in keyed_word_lists("budget_items", "item").values()
                 for phrasing in phrasings
                 for alternative in required_runs_of_each_alternative(re.compile(phrase_source(phrasing))) or ()]
    pieces = (*phrasings, *phrasings, *(phrasing.upper() for phrasing in phrasings),
              *runs, *(run.upper() for run in runs), *(run.capitalize() for run in runs), *(run[:-1] for run in runs),
              "ngân sách", "Ngân Sách", "NSNN", "NS", "nhà nước", "xuất khẩu", "XNK", "hải quan", "thường xuyên",
              "đầu tư", "phát triển", "(", ")", "không kể", "chiếm 20%", ",", ";", " ", "  ", "\n", "1.234", "x",
              "İ", "ı", "ſ", "THİ", "CHİ", "ſử", "dụng", "\u212a")
    rng = random.Random(13)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(20000)]
    shared = Path(__file__).resolve().parents[1].parent / "shared" / "samples"
    for path in sorted(shared.glob("*.txt")) + sorted((shared / "news").glob("*.txt")):
        texts += re.split(r"(?<=[.;:\n])", path.read_text(encoding="utf-8"))
    return texts


def test_items_ruled_out_have_no_match_and_the_nearest_item_is_the_plain_one() -> None:
    # (each item is scanned only where the lower-cased text holds all the runs of one of its phrasings;
    # a text with a letter whose lower case is no case of a run's letter, "İ", "ı", "ſ", scans every item)
    assert set(budgets._MISCASED) == {"ı", "İ", "ſ"}
    named = ruled_out = tried = 0
    for text in _item_texts():
        scanned = {item for item, _ in budgets._items_named_in(text)}
        for item, pattern in budgets._ITEMS:
            tried += 1
            if item not in scanned:
                assert pattern.search(text) is None, (item, text)
                ruled_out += 1
        found = budgets.nearest_item.__wrapped__(text)
        assert found == _nearest_item_scanning_every_item(text), text
        named += found is not None
    # (the texts do name items, and the shortcut rules out a good part of the items: the random texts are made of the
    # items' own phrasings, so a fixed count would fall as the item table grows; ~42 % without ../shared, ~52 % with it)
    assert named > 5000 and ruled_out > tried // 3


def test_letters_that_lower_case_to_no_case_of_a_run_scan_every_item() -> None:
    # ("İ" lower-cases to "i̇", "ı" and "ſ" to themselves: "chi" is not in the lower-cased "CHİ", yet the
    # pattern reads it as "chi")
    for text, item in (("CHİ THƯỜNG XUYÊN 5 tỷ", "expenditure_recurrent"),
                       ("chı thường xuyên", "expenditure_recurrent"), ("thu tiền ſử dụng đất", "revenue_land_use")):
        assert len(budgets._items_named_in(text)) == len(budgets._ITEMS)
        assert budgets.nearest_item.__wrapped__(text) == _nearest_item_scanning_every_item(text) == (item, 0)


_CLAUSE_PIECES = (";", ",", ", ", "; ", "trong đó", "Trong đó", "TRONG ĐÓ", "trong\nđó", "trong  đó", "đó", "Đó", "đÓ",
                  "thu", "chi", "và", " ", "đạt", "x", "khoảng", "ngân sách", "12,5", "1.234", ":", "(", ")", "\n",
                  "trongđó", "strong đó", "tổng thu ngân sách nhà nước", "chi đầu tư phát triển", "ước thực hiện")


def test_a_clause_known_too_long_for_a_pair_is_too_long() -> None:
    # the pre-test of _paired_tally reads the text's last characters for the cut; where it says "longer", the clause
    # cut as the rule cuts it is longer than a pair's
    rng = random.Random(9)
    ruled_out = short = 0
    for _ in range(20000):
        before = "".join(rng.choice(_CLAUSE_PIECES) for _ in range(rng.randint(0, 14)))
        clause_length = len(budgets.last_clause(before, r"[;,]"))
        if budgets._clause_longer_than_a_pair(before):
            assert clause_length > budgets._PAIR_CLAUSE_LENGTH, repr(before)
            ruled_out += 1
        short += clause_length <= budgets._PAIR_CLAUSE_LENGTH
    assert ruled_out > 1000 and short > 1000


def test_the_runs_of_a_text_read_word_by_word_are_the_runs_it_holds() -> None:
    runs = budgets._EVERY_RUN
    assert budgets._OTHER_RUNS == ()  # (every run is one word: read word by word)
    rng = random.Random(17)
    # runs glued to each other and to pieces of others ("phátthu", "sinhập"), spaced and punctuated
    pieces = (*runs, *(run[1:] for run in runs), *(run[:-1] for run in runs), " ", "  ", "\t", "\n", "\u00a0",
              "\u2003", ",", ".", "(", ")", "-", "x", "1.234")
    held = 0
    for _ in range(20000):
        lowered = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        plain = frozenset(run for run in runs if run in lowered)
        assert budgets._runs_in(lowered) == plain, repr(lowered)
        held += len(plain)
    assert held > 40000


def test_a_phrasing_without_runs_of_its_own_is_named_by_the_literals_every_match_holds() -> None:
    # "(?:bàn giao|chuyển giao) (?:sang |cho |về )(?:ngân sách|NS)": "other" is no longer scanned in every text
    assert budgets._ITEM_RUNS["other"] is not None
    for text in ("ngân sách huyện bàn giao cho ngân sách các xã mới 14,3 tỷ đồng", "CHUYỂN GIAO VỀ NS tỉnh 5 tỷ"):
        assert "other" in {item for item, _ in budgets._items_named_in(text)}
        assert budgets.nearest_item.__wrapped__(text) == _nearest_item_scanning_every_item(text)
    assert budgets._items_named_in("Tổng sản phẩm trên địa bàn tăng 8%") == []


def _first_measure_word_of_every_match(text: str) -> str | None:
    """``_first_measure_word`` as written before: the least end of every match of each scan."""
    text = budgets._without_plans_read_against(text)
    plan = min((m.end() for m in budgets._PLAN_WORDS.finditer(text)), default=None)
    actual = min((m.end() for m in budgets._ACTUAL_WORDS.finditer(text)), default=None)
    if plan is None and actual is None:
        return None
    return "plan" if actual is None or (plan is not None and plan < actual) else "actual"


_MEASURE_PIECES = ("dự toán", "kế hoạch", "KH", "được giao", "giải ngân", "đã giải ngân", "thực hiện", "đạt",
                   "thu được", "chi", "chi thường xuyên", "tổng vốn", "phân bổ", "HĐND tỉnh giao", "giao",
                   "ước thực hiện", "quyết toán", "số tiền", "không giải ngân", "92%", "so với", " ", ", ", ". ",
                   "\n", "x", "năm 2025", "được")


def test_the_first_measure_word_is_the_first_match_of_each_scan() -> None:
    rng = random.Random(21)
    said = 0
    for _ in range(5000):
        text = " ".join(rng.choice(_MEASURE_PIECES) for _ in range(rng.randint(0, 10)))
        expected = _first_measure_word_of_every_match(text)
        assert budgets._first_measure_word(text) == expected, repr(text)
        said += expected is not None
    assert said > 2500


def _as_of_phrases_scanning_every_pattern(text: str, year: int | None) -> list:
    """``_as_of_phrases`` as written before: the month and quarter scans over every text."""
    out = []
    for m in budgets._AS_OF_DAY.finditer(text):
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        y = int(m.group(5)) if m.group(5) else year
        if (not m.group(5) and y and "sau" in text[m.end():m.end() + 12]
                and budgets._NEXT_YEAR_AFTER.match(text, m.end())):
            y += 1
        out.append((m.start(), budgets.calendar_date(y, int(month), int(day))))
    for m in budgets._AS_OF_MONTH.finditer(text):
        y = int(m.group(2)) if m.group(2) else year
        out.append((m.start(), budgets.month_end(y, int(m.group(1))) if y and 1 <= int(m.group(1)) <= 12 else None))
    for m in budgets._AS_OF_QUARTER.finditer(text) if budgets._names_a_quarter(text) else ():
        y = int(m.group(2)) if m.group(2) else year
        out.append((m.start(), budgets.month_end(y, 3 * budgets.quarter_number(m.group(1))) if y else None))
    return sorted(out, key=lambda hit: hit[0])


_AS_OF_PIECES = ("hết", "Hết", "HẾT", "cuối", "Cuối", "CUỐI", "cuốı", "CUỐİ", "đến", "Đến", "tới", "tháng", "Tháng",
                 "quý", "QUÝ", "6", "12", "II", "IV", "/", ".", "năm", "2025", "ngày", "30/6", " ", "  ", ",", "x",
                 "thu")


def test_the_as_of_months_and_quarters_are_scanned_where_their_end_word_stands() -> None:
    rng = random.Random(23)
    said = 0
    for _ in range(20000):
        text = " ".join(rng.choice(_AS_OF_PIECES) for _ in range(rng.randint(0, 9)))
        expected = _as_of_phrases_scanning_every_pattern(text, 2025)
        assert budgets._as_of_phrases(text, 2025) == expected, repr(text)
        said += len(expected)
    assert said > 500
