"""The shortcuts of ``disasters`` read what the plain readings read: the units ``route_disaster`` leaves
unread, the places a storm that dates the damage is looked for, the hazard words found per opening word."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from orchestration.extraction import disasters
from orchestration.extraction.caching import clear_document_caches
from orchestration.extraction.disasters import (
    _DATING_STORM,
    _DATING_STORM_OPENINGS,
    _HOUSE_LABELS,
    _IMPACT_UNITS,
    impact_of,
    route_disaster,
    story_of,
)
from orchestration.extraction.figures import find_figures
from orchestration.extraction.numbers import _UNITS
from orchestration.extraction.routed import FigureContext
from orchestration.extraction.routing import sentence_bounds
from orchestration.extraction.scanning import match_spans, matches_tried_at, places_of

# damage said every way the readings look for it: people, houses, areas, money, counts, events
_DAMAGE = (
    "Do ảnh hưởng của bão số 3, mưa lũ làm 04 người chết, 03 người bị thương; 92 nhà bị sạt lở, tốc mái; "
    "360,2 ha lúa bị ngập; 120 con bò bị lũ cuốn trôi; 2 nhà văn hóa bị sập; thiệt hại ước tính 47 tỷ đồng. "
    "Trong đó, 12 hộ dân bị cô lập, 5 điểm sạt lở, 3 vụ cháy rừng, 1.100 m bờ sông bị sạt lở, 02 đợt mưa lớn."
)
_LABELS = (None, "nhà", "Nhà", "gia đình", "hộ", "ngôi", "chiếc", "con", "vị trí", "điểm", "đợt", "ao", "cây", "xyz")


def _contexts() -> list[FigureContext]:
    out = []
    for fig in find_figures(_DAMAGE):
        sentence = sentence_bounds(_DAMAGE, fig.start, fig.unit_end)
        out.append(FigureContext(text=_DAMAGE, start=fig.start, end=fig.end, unit_end=fig.unit_end,
                                 sentence=sentence, value=fig.value, unit=fig.unit, unit_label=fig.unit_label,
                                 metric=fig.metric, document=_DAMAGE))
    return out


def test_damage_text_is_read_as_damage() -> None:
    # (the text the test below turns every figure of into other units reads as damage as it is)
    routed = [route_disaster(ctx) for ctx in _contexts()]
    assert sum(r is not None for r in routed) >= 8


@pytest.mark.parametrize("unit", sorted({unit for _, unit, _ in _UNITS} - _IMPACT_UNITS | {"visit", "enterprise",
                                                                                           "cooperative", "x"}))
def test_a_figure_in_another_unit_gets_no_impact(unit: str) -> None:
    """``impact_of`` reads no impact for a unit outside ``_IMPACT_UNITS`` unless its label names houses,
    so ``route_disaster`` returns None for it at once."""
    for ctx in _contexts():
        for label in _LABELS:
            clear_document_caches()
            other = dataclasses.replace(ctx, unit=unit, unit_label=label)
            if not (label or "").lower().startswith(_HOUSE_LABELS):
                assert impact_of(other) is None, (unit, label, other.text[other.start:other.unit_end])
                assert route_disaster(other) is None


_PIECES = ("sau", "SAU", "Sau", "ſau", "sAu", "saU", " ", "  ", "\n", "bão", "BÃO", "cơn", "khi", "lưu", "x", "số 3",
           "hoàn", ",", ".", "ư", "s", "au", "a", "u")


def test_a_dating_storm_is_looked_for_where_sau_stands() -> None:
    rng = random.Random(7)
    assert "sau" in _DATING_STORM_OPENINGS and "ſau" in _DATING_STORM_OPENINGS
    for _ in range(5000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14))).lower()
        tried = matches_tried_at(_DATING_STORM, text, sorted(places_of(text, _DATING_STORM_OPENINGS)))
        assert [m.span() for m in tried] == [m.span() for m in _DATING_STORM.finditer(text)], text


def test_every_character_of_a_lower_cased_text_is_its_own_lower_case() -> None:
    # (why no opening that lower-casing changes, "SAU", is looked for)
    assert all(ch.lower() == ch for i in range(0x110000) for ch in chr(i).lower())


def test_story_hazard_places_are_those_of_each_pattern() -> None:
    text = (_DAMAGE + " Mưa đá, gió giật mạnh, mưa bão, lốc xoáy, không khí lạnh, hạn hán, sét đánh. ").lower() * 3
    story = story_of.__wrapped__(text)
    plain = sorted(
        at
        for _, pattern, words in disasters._HAZARD_WORDS_IN_REPORT
        for at, _ in match_spans(pattern, words, text)
    ) + [m.start() for m in _DATING_STORM.finditer(text)]
    assert story.hazard_at == sorted(plain)


def test_opening_word_places_are_those_of_each_word() -> None:
    # (one scan for every opening word, opening on a rare letter of each, the letters before it looked
    # behind: words that start inside another one's letters found too, "đáp"; a text that starts
    # inside a word, "ũ lụt", finds no word before its start)
    words = disasters._HAZARD_OPENING_WORDS
    pieces = (*words, *(word[:-1] for word in words), *(word[1:] for word in words),
              *(word[disasters._rare_letter_at(word):] for word in words), "đáp", "p", "khôngkhô", "lũlũ", " ", "x",
              "\n", "ĐÁ")
    rng = random.Random(11)
    texts = [_DAMAGE.lower(), "đáp án, cháy không khí; hạn khô", "", "ũ lụt", "ất đá", "ô khô"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 20))) for _ in range(3000)]
    for text in texts:
        assert disasters._opening_word_places(text) == {word: places_of(text, (word,)) for word in words}, text


def test_the_guarded_sentence_scans_match_like_their_plain_forms() -> None:
    from orchestration.extraction.vocabulary import word_pattern, word_source

    plain = {
        "evacuated": re.compile(r"(?:" + word_source("evacuation") + r")(?:\s+(?!và\b)\w+){0,2}"
                                r"(?:\s+(?:hơn|gần|khoảng|trên|dưới|chừng|xấp\s+xỉ))?(?:\s+là)?\s*$", re.IGNORECASE),
        "of_which": re.compile(r"\btrong\s+đó\b|\briêng\b", re.IGNORECASE),
        "at_risk": word_pattern("damage_at_risk", re.IGNORECASE),
        "forecast": word_pattern("damage_forecast", re.IGNORECASE),
    }
    guarded = {"evacuated": disasters._EVACUATED_OBJECT, "of_which": disasters._OF_WHICH,
               "at_risk": disasters._AT_RISK, "forecast": disasters._FORECAST}
    pieces = ("dự báo mưa sẽ", "DỰ BÁO  lũ SẼ", "trong đó", "TRONG  ĐÓ", "xtrong đó", "riêng", "RİÊNG", "Riêng",
              "dự báo", "Dự báo", "sẽ", "SẼ", "có", "nguy cơ", "có nguy cơ", "đối mặt với nguy cơ", "ĐỨNG",
              "đứng trước nguy cơ", " ", "\n", ",", ".", "x", "ngập", "bị", "mất trắng", "1.200 ha", "di dời", "SƠ TÁN",
              "sơ tán khẩn cấp", "và", "hơn", "là", "di chuyển")
    rng = random.Random(3)
    texts = [_DAMAGE] + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(5000)]
    assert_same_matches(guarded, plain, texts, at_least=20)


def assert_same_matches(guarded: dict[str, re.Pattern[str]], plain: dict[str, re.Pattern[str]], texts: list[str],
                        at_least: int) -> None:
    """Each guarded pattern is a rewrite of its plain form that matches the same spans in every text, and
    the texts hold more than ``at_least`` matches of each."""
    for name, pattern in plain.items():
        assert guarded[name].pattern != pattern.pattern, name
        hits = 0
        for text in texts:
            spans = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in guarded[name].finditer(text)] == spans, (name, text)
            hits += bool(spans)
        assert hits > at_least, name


def test_clause_ends_open_on_their_dot_like_the_lookbehind_first_form() -> None:
    # (the abbreviations of places looked behind the dot, not before it: the same matches, for a scan,
    # a split and the greedy back-off of routed._clause_before)
    from orchestration.extraction.routed import PLACE_ABBREVIATIONS, last_clause

    plain = r";|" + "".join(rf"(?<!{word})" for word in PLACE_ABBREVIATIONS) + r"\.(?!\d)"
    assert plain != disasters._CLAUSE_END
    pieces = ("TX", "TP", "TT", "H", "Q", "tp", "h", "xTX", "x H", "HTX", " ", ".", ". ", ";", "1", "4.705", "Huế",
              "trong đó", "Trong\nđó", ",", "\n", "a", "Đ")
    rng = random.Random(17)
    texts = ["TX.Hương Thủy; H. Nam Đàn. 1.120 ha", "HTX. Mới", ""]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(8000)]
    found = 0
    for text in texts:
        spans = [m.span() for m in re.finditer(plain, text)]
        assert [m.span() for m in re.finditer(disasters._CLAUSE_END, text)] == spans, text
        assert re.split(disasters._CLAUSE_END, text) == re.split(plain, text), text
        clear_document_caches()
        assert last_clause(text, disasters._CLAUSE_END) == last_clause(text, plain), text
        found += len(spans)
    assert found > 5000


def test_dated_lines_are_found_where_their_words_stand() -> None:
    # (the as-of and update lines tried only at the starts of the lines where their words start: the same
    # matches as a scan of every line; words split over lines, "Cập\nnhật", start the match on their first line)
    pieces = ("Tính đến", "TÍNH ĐẾN", "tính  tới", "Cập nhật", "cập\nnhật", "CẬP NHẬT", "Số liệu", "thống kê",
              "Tổng hợp", "thiệt hại", "THIỆT HẠI", "đến", "tới", "lúc", "LÚC", "vào lúc", "17 giờ", "7h00", "6h",
              "ngày 29/9/2025", "ngày 3/11", "(", ")", ":", " ", "  ", "\n", "\n\n", "I.", "x", "xtính đến", "3", ".",
              "Trong 24 giờ qua", "ſố liệu", "Cập nhật lúc 17 giờ ngày 29/9/2025:", "Số liệu lúc 7h ngày 30/9",
              "Tổng hợp thiệt hại vào lúc 6 giờ sáng ngày 3/11")
    rng = random.Random(23)
    texts = ["Cập nhật lúc 17 giờ ngày 29/9/2025:\n1. Về người: 2 người chết",
             "(Tính đến 16 giờ ngày 05/11/2025)\nThiệt hại", ""]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 24))) for _ in range(6000)]
    found = {"as_of": 0, "updated": 0}
    for text in texts:
        lines = disasters._dated_lines(text)
        for name, pattern in (("as_of", disasters._AS_OF_LINE), ("updated", disasters._UPDATED_AT_LINE)):
            spans = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in matches_tried_at(pattern, text, lines)] == spans, (name, text)
            found[name] += len(spans)
    assert min(found.values()) > 100, found


_MODE_PIECES = ("sạt lở", "SẠT  LỞ", "bị sạt", "sạt trượt", "ngập", "ngập mặn", "cuốn trôi", "lũ cuốn", "lũ quét cuốn",
                "rừng bị cháy", "rừng thông bị thiêu rụi", "chết rét", "chết do đói rét", "bị hạn", "bị hạn chế",
                "khô hạn", "khát nước", "vùi lấp", "sụp, lún", "ta luy", "xngập", "đất đá sạt", "lở đất", "12 ha")
_PERSON_PIECES = ("chết", "CHẾT", "tử vong", "thiệt mạng", "mất tích", "bị thương", "trọng thương", "xây xát",
                  "chết đuối", "người", "2 người", "bị lũ cuốn trôi", "tìm thấy")

_HAZARD_PIECES = ("lũ", "xlũ", "bão", "sạt lở", "mưa đá", "mưa lớn", "rét đậm", "hạn hán", "sét đánh", "cháy rừng",
                  "lốc xoáy", "dông", "giông", "thiên tai", "triều cường", "xâm nhập mặn", "động đất", "gió giật",
                  "áp thấp nhiệt đới", "nắng nóng", "sương muối", "ngập", "khô")


@pytest.mark.parametrize(("any_of", "table", "words"), [
    ("_ANY_DAMAGE_MODE", "_DAMAGE_MODE_WORDS", _MODE_PIECES),
    ("_ANY_PERSON_IMPACT", "_PERSON_IMPACT_WORDS", _PERSON_PIECES),
    ("_ANY_HAZARD", "HAZARD_WORDS", _HAZARD_PIECES),
])
def test_the_one_scan_finds_something_where_one_of_the_table_s_patterns_does(any_of: str, table: str,
                                                                           words: tuple[str, ...]) -> None:
    pieces = (*words, " ", "\n", ",", ".", ";", "x", "nhà")
    rng = random.Random(29)
    texts = [_DAMAGE.lower(), ""] + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))).lower()
                                     for _ in range(6000)]
    found = 0
    for text in texts:
        plain = any(pattern.search(text) for _, pattern in getattr(disasters, table))
        assert bool(getattr(disasters, any_of).search(text)) == plain, text
        found += plain
    assert 1000 < found < len(texts) - 1000


def _plain_earlier_statement(ctx: FigureContext, story: disasters.Story):
    """``disasters._earlier_statement`` as it was written before it skipped the sentences without a hazard word:
    every sentence back read in turn."""
    own_start = ctx.offset + ctx.sentence[0]
    section = ctx.document.rfind(ctx.heading, 0, ctx.offset + ctx.start) if disasters._on_other_topic(ctx) else -1
    nearest = True
    fallback = None
    total = "ổng" in ctx.sentence_text[:20] and disasters._OPENS_ON_TOTAL.match(ctx.sentence_text)
    whole_event_kind = ("Về" in ctx.sentence_text[:12]
                        and disasters._KIND_OF_DAMAGE_OPENING.match(ctx.sentence_text)) or total
    for i in range(disasters.bisect_left(story.starts, own_start) - 1, -1, -1):
        a, b = story.sentences[i]
        if own_start - b > disasters._LOOKBACK or b <= section:
            break
        end = min(b, own_start)
        if whole_event_kind and (disasters._PLACE_DETAIL_OPENING.match(ctx.document, a, end) or (
                total and disasters._KIND_OF_DAMAGE_ITEM.match(ctx.document, a, end))):
            nearest = False
            continue
        if story.hazard_near(a, end):
            statement = disasters._statement(ctx.document, a, end, story)
            if statement is not None and disasters._in_a_section_before(ctx.document, a, own_start):
                break
            if statement is not None:
                return statement, nearest or a >= ctx.offset
            if fallback is None:
                put_down = disasters._put_down_to(ctx.document, a, end, story)
                fallback = (put_down, nearest or a >= ctx.offset) if put_down is not None else None
        nearest = False
    return fallback


def test_the_earlier_statement_skips_only_sentences_without_a_hazard_word() -> None:
    sentences = ("Do ảnh hưởng của bão số 3, mưa lũ làm 04 người chết.", "Tổng thiệt hại ước 12 tỷ đồng.",
                 "Tại Lào Cai, sạt lở đất làm 2 nhà bị sập.", "Về nhà ở, có 233 nhà bị hư hỏng.",
                 "Trong đó, huyện A có 12 nhà bị ngập.", "Kinh tế tăng trưởng 7,5%.", "Sản lượng lúa đạt 58.300 tấn.",
                 "- Về giao thông: sạt lở 120 điểm.", "8 người chết do sạt lở đất.",
                 "Cũng tại đây có 16 người mất tích.",
                 "Công tác xây dựng nông thôn mới được triển khai tích cực ở các xã vùng sâu vùng xa " * 6 + ".",
                 "3. Văn hóa - xã hội", "II. THIỆT HẠI", "Mưa lớn kéo dài.", "Có 5 nhà bị tốc mái.")
    rng = random.Random(31)
    compared = found = 0
    for _ in range(150):
        document = "".join(rng.choice(sentences) + rng.choice((" ", "\n", "\n\n")) for _ in range(rng.randint(1, 30)))
        clear_document_caches()
        story = story_of(document)
        for fig in find_figures(document):
            sentence = sentence_bounds(document, fig.start, fig.unit_end)
            for heading in ("", "3. Văn hóa - xã hội", "II. THIỆT HẠI"):
                ctx = FigureContext(text=document, start=fig.start, end=fig.end, unit_end=fig.unit_end,
                                    sentence=sentence, value=fig.value, unit=fig.unit, unit_label=fig.unit_label,
                                    metric=fig.metric, heading=heading, document=document)
                plain = _plain_earlier_statement(ctx, story)
                assert disasters._earlier_statement(ctx, story) == plain, (document, fig.token, heading)
                compared += 1
                found += plain is not None
    assert compared > 3000 and found > 1000, (compared, found)


def _module_as_written() -> object:
    """``disasters`` loaded again with ``guarded`` and ``caseless_prefixed`` doing nothing: every pattern as the
    source writes it, to hold each guarded pattern of the module to."""
    import importlib.util
    import sys

    from orchestration.extraction import scanning

    name = "orchestration.extraction._disasters_as_written"
    spec = importlib.util.spec_from_file_location(name, disasters.__file__)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    saved = scanning.guarded
    scanning.guarded = lambda rx: rx
    try:
        spec.loader.exec_module(module)
    finally:
        scanning.guarded = saved
        del sys.modules[name]
    return module


def _patterns(module: object) -> dict[str, re.Pattern[str]]:
    found = {name: value for name, value in vars(module).items() if isinstance(value, re.Pattern)}
    for table in ("DAMAGE_MODES", "_PERSON_IMPACTS"):
        found.update({f"{table}:{key}": pattern for key, pattern in getattr(module, table)})
    return found


# the phrases the word lists do not hold that the guarded patterns read (and the marks between them)
_PHRASES = ("sẽ có", "sẽ bị", "dự kiến", "tại", "ở", "các", "xã", "huyện", "Nam Đàn", "A", "bị", "được", "đã",
            "xuống giống", "lũ quét", "lũ ống", "do ảnh hưởng của", "bão", "gây mưa", "hoàn lưu", "mất điện",
            "thiếu nước", "và", "làm", "gây", "khiến", "đợt", "trận", "atnđ", "mất", "hỏng", "12", "3", "1.200",
            "2024-09", "ngày 19, 20-7", "17h", "9 giờ 30", "2-4/10", "5 và 6/10", "khoảng", "hơn", "xong", "thêm",
            "cho", "thu hoạch", "chưa kịp", "cây", " ", " ", "  ", "\n", ",", ".", ". ", ";", ":", "(", ")", "x",
            "đ", "hỗ trợ 40 tấn giống lúa, 12 tấn gạo và", "xuất cấp 500 tấn gạo,", "do ảnh hưởng của bão",
            "dưới tác động của hoàn lưu", "áp thấp nhiệt đới", "ATNĐ", "mưa lớn do ảnh hưởng của bão", "Bão số 3",
            "cơn bão", "siêu bão", "đỉnh lũ", "lũ lụt", "báo động 3", "dự báo", "cảnh báo", "nguy cơ", "sạt lở",
            "chống lũ", "sau bão", "trước cơn bão", ", đồng thời làm", "và cũng gây", "phải", "tăng", "chưa",
            "không", "tại xã Hóa Sơn", "ở các huyện Ba Bể, Pác Nặm", "trên địa bàn huyện Kỳ Anh", "tính đến",
            "Cập nhật lúc 7h", "số liệu tới", "lũ ống cuốn trôi", "chết rét", "rừng bị cháy", "khô hạn", "mất tích",
            "bị thương", "tử vong")


_RELIEF_LIST_ENDS = ("hỗ trợ 40 tấn giống lúa, ", "xuất cấp 500 tấn gạo và ", "hỗ trợ 3 tấn gạo, 2 tấn muối, ")


def test_every_guarded_pattern_matches_like_the_pattern_as_written() -> None:
    from orchestration.extraction.vocabulary import word_list

    written, fast = _patterns(_module_as_written()), _patterns(disasters)
    guarded = {name: rx for name, rx in fast.items() if rx.pattern != written[name].pattern}
    assert {"_REBUILT_BEFORE", "_NUMBER_OR_DAY", "_HOUSE_DESTROYED", "DAMAGE_MODES:landslide",
            "_PERSON_IMPACTS:deaths", "_CLAUSE_CAUSE"} <= set(guarded)
    for name, rx in guarded.items():
        assert (rx.groups, rx.groupindex) == (written[name].groups, written[name].groupindex), name
    concepts = ("house_destroyed", "house_damaged", "aquaculture", "forest", "relief_money", "disaster_topic",
                "evacuation", "person_impacts", "damage_modes", "rebuilding", "relief_actions", "crops", "damage",
                "damage_cues", "not_disaster", "damage_at_risk", "damage_forecast", "infrastructure", "agent_verbs")
    words = [re.sub(r"\\.|[()?|\[\]]", "", w) for concept in concepts for w in word_list(concept)]
    pieces = [*words, *_PHRASES]
    rng = random.Random(37)
    # (and the end-anchored later items of a relief list, which the random texts below seldom end on)
    texts = [_DAMAGE, *_RELIEF_LIST_ENDS]
    for _ in range(3000):
        picked = [rng.choice(pieces) for _ in range(rng.randint(0, 12))]
        text = " ".join(rng.choice((p, p.upper(), p.capitalize())) for p in picked)[-rng.randint(1, 90):]
        texts.append(text + rng.choice(("", " ")))  # (end-anchored patterns read a space before the end)
    for name, rx in guarded.items():
        hits = 0
        for text in texts:
            spans = [(m.span(), m.groups()) for m in written[name].finditer(text)]
            assert [(m.span(), m.groups()) for m in rx.finditer(text)] == spans, (name, text)
            at = len(text) // 2
            plain_at = written[name].match(text, at)
            assert (plain_at and plain_at.span()) == ((m := rx.match(text, at)) and m.span()), (name, text)
            hits += bool(spans)
        assert hits >= 3, name


def test_the_owners_are_read_only_where_cua_stands() -> None:
    pieces = ("của", "CỦA", "Của", "cua", "6 công chôm chôm", "thuộc sở hữu", "khoảng", "hơn", "hộ", " ", "  ", ",",
              ";", "x", "ha")
    rng = random.Random(41)
    found = 0
    for _ in range(4000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        owners = disasters._OWNERS.search(text)
        assert not owners or disasters._OWNERS_WORD.search(text.lower()), text
        found += bool(owners)
    assert found > 100


def test_a_part_s_place_end_is_searched_from_past_the_last_character_no_match_holds() -> None:
    pieces = ("huyện", "Nậm Pồ", "xã", "Côn Lôn", ":", ": ", "có", "CÓ", "ghi nhận", "GHI  NHẬN", "xuất hiện",
              "khoảng", "gần", "hơn", "trên", "trên dưới", "dưới", "Dưới", "KHOẢNG", "İ", "ı", "ſ", " ", "  ", "\n",
              "x", "a", "1", ",", "(", ")", "hiện", "nhận", "ghi")
    rng = random.Random(43)
    texts = ["Huyện Nậm Pồ có ", "xã Côn Lôn ", ""]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(8000)]
    moved = 0
    for text in texts:
        plain = disasters._PART_PLACE_END.search(text)
        past = disasters._BEFORE_PART_PLACE_END.match(text)
        start = past.end() if past else 0
        assert disasters._PART_PLACE_END.search(text, start).span() == plain.span(), text
        moved += start > 0 and plain.end() > plain.start()
    assert moved > 500
