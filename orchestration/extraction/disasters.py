"""Natural-disaster damage: hazards, counts of events, damage by category, places hit.

A figure is disaster damage when it reads as an impact (``04 người chết`` → deaths, ``92 nhà bị
sạt lở`` → houses_damaged, ``360,2ha lúa`` → crops ...) and the text attributes it to a hazard.
Traffic accidents, crime, forest-law violations, animal diseases, relief handed out and people
evacuated are not damage, so they stay indicators.

Which hazards a figure gets (``figure_hazards``), in the order the text names them:

1. the *cause* its own sentence names before its first figure: the subject of the damage verb
   (``mưa lũ còn làm 35 nhà``), a leading ``Do ảnh hưởng của bão số 3, ...``; a part between
   semicolons may name its own (``...; ngập úng tại 35 vị trí``);
2. else a cause the figure's own clause names (``5 người chết do lũ cuốn trôi``,
   ``bị mưa đá làm gãy đổ``), also for a place in a breakdown ``(Lai Châu: 16 người chết do ...)``;
3. else the cause of the nearest earlier statement of damage (bulletins state the cause once and
   then list the damage sentence by sentence; never across the heading of a section on something
   else, never to damage blamed on something else: ``do bệnh``; a statement whose first count
   comes before its cause, as a heading run into its line, states the hazard that acts: ``bão số 8
   đã ảnh hưởng ...``; a ``Trong đó, ...`` sentence after a sentence of damage takes it from afar),
   else the ``do ...`` given with the sentence's first damage, else, in a text that names its
   hazards only after the damage, every hazard the text names;

plus the hazards that describe what happened to the counted thing (``54.000m kênh bị sạt lở`` →
landslide, ``nhà bị ngập`` → a flood), and ``storm`` when the text opens by blaming the rain on a
storm (``Do ảnh hưởng của bão số 3, ... có mưa to``). A bare ``lũ`` (``mưa lũ``, ``lũ cuốn trôi``)
is the kind of flood the text is about: a flash flood in a text about ``lũ quét``/``lũ ống``, and
a flash flood is always the rain's. Under a word for the whole event (``mưa bão``) a damage that
says how it was hit takes only that part of the event (``ngập`` → flood, ``tốc mái`` → storm).
A storm that only dates the damage (``sau bão số 3``) is not blamed; banks and coasts worn away
(``bờ sông bị sạt lở``) are a landslide alone.

A detail is read as the figure it details: a place in a parenthesis (``161 nhà bị đổ, trôi (Hà
Giang: 39 nhà; ...)``) or after ``trong đó``/``riêng`` takes that figure's impact, kind of area
and cause when it says none of its own; a change (``tăng 1 người``) is no count of damage.

The words are data: ``data/disaster_hazards.csv`` (hazard words) and one table per concept in
``data/words/`` (damage, crops, livestock, ...; see ``vocabulary``).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from itertools import pairwise, takewhile

from orchestration.extraction.caching import per_document
from orchestration.extraction.dates import DIGITS, SLASH, WRITTEN, time_of_day, year_first
from orchestration.extraction.figures import PERSON_AGE, SALT_FRONT, is_blocked
from orchestration.extraction.letters import LOWER
from orchestration.extraction.marks import DASH_MARK, NUMBERED_MARK
from orchestration.extraction.numbers import HEDGE_WORDS, SCALE_WORDS, UnitReading, parse_number, read_unit
from orchestration.extraction.periods import PeriodPhrase, find_period_phrases
from orchestration.extraction.placement import TITLE_HEADING
from orchestration.extraction.places import (
    CENTRAL_CITIES,
    LOCAL_UNIT_WORDS,
    LOWER_UNIT_WORDS,
    UNIT_WORDS,
    find_provinces,
    match_province,
)
from orchestration.extraction.routed import (
    ASIDE,
    CAP_WORD,
    NOT_AFTER_ABBREVIATION,
    NOT_AFTER_PLACE_ABBREVIATION,
    NOT_IN_PARENTHESES,
    RUN_ON_STOP,
    UPPER,
    FigureContext,
    Routed,
    last_clause,
    spaced,
)
from orchestration.extraction.scanning import (
    guarded,
    letter_cases,
    lowered_literal_scan,
    match_spans,
    matches_tried_at,
    opening_words,
    places_of,
    spans_tried_at,
)
from orchestration.extraction.vocabulary import keyed_word_patterns, read_table, word_pattern, word_source

_I = re.IGNORECASE

# --- vocabulary (data) ------------------------------------------------------------------------

_HAZARD_TABLE = "disaster_hazards.csv"
FLOOD_OF_TEXT = "@flood"  # a bare "lũ": the text's own kind of flood
WHOLE_EVENT = "@event"  # "mưa bão": the whole event, with everything the text says it brought
WIND = "@wind"  # "gió giật", "gió mạnh": the storm's wind in a text about a storm, else a whirlwind
SEA = "@sea"  # "sóng lớn": the storm's high seas, but a cold surge's in a text about one and no storm
# "thiên tai đã làm 6 người chết": disasters in general are the cause. The damage is a disaster's all the
# same, but of no kind the contract names: the mark stands in the list while causes are looked for (a
# cause was found, the earlier sentences need not be searched), and ``_of_kinds_named`` drops it at the end.
IN_GENERAL = "@disaster"
HAZARD_NAMES = (
    "flash_flood",
    "flood",
    "landslide",
    "heavy_rain",
    "storm",
    "whirlwind",
    "hail",
    "cold",
    "drought",
    "wildfire",
    "lightning",
)


def _load_hazard_words() -> list[tuple[tuple[str, ...], re.Pattern[str]]]:
    """The table's rows. Patterns are matched on lower-cased text (several times faster than
    case-insensitive matching of Vietnamese), so they are written in lower case."""
    rows = [(tuple(row["hazards"].split()), row["pattern"]) for row in read_table(_HAZARD_TABLE)]
    marks = {FLOOD_OF_TEXT, WHOLE_EVENT, WIND, SEA, IN_GENERAL}
    unknown = {name for names, _ in rows for name in names} - {*HAZARD_NAMES, *marks}
    upper = [pattern for _, pattern in rows if re.sub(r"\\.", "", pattern) != re.sub(r"\\.", "", pattern).lower()]
    if unknown or upper:
        raise ValueError(f"{_HAZARD_TABLE}: unknown hazards {sorted(unknown)}, upper-case patterns {upper}")
    return [(names, re.compile(_word_start_last(pattern))) for names, pattern in rows]


def _word_start_last(pattern: str) -> str:
    r"""``bão`` → ``bão(?<!\wbão)``: the same words, but the regex engine can look for the
    letters first (a whole report is scanned ~20x faster)."""
    return re.sub(r"(^|\|)\\b(\w+)", lambda m: rf"{m.group(1)}{m.group(2)}(?<!\w{m.group(2)})", pattern)


HAZARD_WORDS = _load_hazard_words()


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the (ordered, disjoint) spans blanked out, as ``_blank`` does with a pattern's matches."""
    parts: list[str] = []
    end = 0
    for a, b in spans:
        parts.append(text[end:a])
        parts.append(" " * (b - a))
        end = b
    parts.append(text[end:])
    return "".join(parts)


# The same patterns with their opening words, for the scan of a whole report in ``story_of``
# (about three times faster than a scan of every position; the same starts).
_HAZARD_WORDS_IN_REPORT = [(names, pattern, opening_words(pattern)) for names, pattern in HAZARD_WORDS]
# (several patterns open with the same word, "mưa", "gió": each word is looked for once in a report)
_HAZARD_OPENING_WORDS = tuple(dict.fromkeys(word for _, _, words in _HAZARD_WORDS_IN_REPORT for word in words or ()))
# The opening words found by one scan that opens on a rare letter of each word: its last vowel with a
# mark ("lũ": "ũ", "trượt": "ợ", "cháy": "á"; the first letter of a word without one), the letters before
# it looked behind, the rest looked ahead. The engine skips to those letters (about 13 % of a report's
# characters, where the words' first letters are 41 %): 1.7x as fast as a scan that opens on the first
# letter, and 33 ``str.find`` passes took 1.5x as long as that. A match is one character long, so the scan
# tries every place and finds the words that start inside another one's letters too ("đáp": "đá" and
# "áp"), as ``places_of`` does; each word whose rare letter stands there is checked where it would start.
def _rare_letter_at(word: str) -> int:
    """Where the letter the scan opens on stands in ``word``."""
    return max((k for k, letter in enumerate(word) if not letter.isascii() and letter != "đ"), default=0)


def _by_rare_letter(words: tuple[str, ...]) -> dict[str, tuple[tuple[str, int], ...]]:
    """``{letter: ((word, where the letter stands in it), ...)}`` for the words the scan opens on that letter."""
    grouped: dict[str, tuple[tuple[str, int], ...]] = {}
    for word in words:
        at = _rare_letter_at(word)
        grouped[word[at]] = (*grouped.get(word[at], ()), (word, at))
    return grouped


_OPENING_WORDS_BY_RARE_LETTER = _by_rare_letter(_HAZARD_OPENING_WORDS)


def _around_the_rare_letter(word: str, at: int) -> str:
    """The word's letters before its rare letter looked behind (the letter included), the rest looked ahead."""
    behind = f"(?<={re.escape(word[: at + 1])})" if at else ""
    ahead = f"(?={re.escape(word[at + 1 :])})" if word[at + 1 :] else ""
    return behind + ahead


_RARE_LETTER = re.compile("|".join(
    re.escape(letter) + "(?:" + "|".join(_around_the_rare_letter(word, at) for word, at in words) + ")"
    for letter, words in _OPENING_WORDS_BY_RARE_LETTER.items()
))


def _opening_word_places(text: str) -> dict[str, set[int]]:
    """``{word: places_of(text, (word,))}`` for every opening word of the hazard patterns."""
    places: dict[str, set[int]] = {word: set() for word in _HAZARD_OPENING_WORDS}
    for m in _RARE_LETTER.finditer(text):
        at = m.start()
        for word, offset in _OPENING_WORDS_BY_RARE_LETTER[text[at]]:
            if at >= offset and text.startswith(word, at - offset):
                places[word].add(at - offset)
    return places


# Any hazard word at all (on lower-cased text): a cheap test before the careful reading.
_ANY_HAZARD = guarded(re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in HAZARD_WORDS)))

# Words that contain a hazard word but blame nothing on it: organisations and works ("phòng,
# chống lụt bão", "xả lũ"), and a storm that only dates the damage ("mưa lũ sau bão số 3"; the
# storm's own rain is "hoàn lưu sau bão"). Matched on lower-cased text.
# (every branch opens with its word, the lookbehind after "sau"/"trước": the engine skips to those
# letters in a whole report; the same matches as ``...|(?<!lưu\s)(?:sau|trước)\s+(?:khi\s+)?...bão``,
# which tests/test_scanning.py holds it to)
_AFTER_STORM = r"\s+(?:khi\s+)?(?:cơn\s+)?bão"
# ("kè chống sạt lở", "dự án xử lý sạt lở cấp bách": works against landslides, named in budget and
# project news, blame nothing on one)
_NOT_HAZARD = re.compile(
    r"chống\s+lụt\s+bão|pclb\s+lụt\s+bão|xả\s+lũ|thoát\s+lũ|chống\s+lũ|chống\s+(?:sạt|xói)\s+lở|xử\s+lý\s+(?:sạt|xói)\s+lở|"
    # ("Để khắc phục sạt lở, tỉnh thi công 2 công trình kè": the hazard the works are built to remedy, their purpose)
    r"(?:để|nhằm)\s+khắc\s+phục\s+(?:tình\s+trạng\s+)?sạt\s+lở|"
    r"sau(?<!lưu\ssau)" + _AFTER_STORM + r"|trước(?<!lưu\strước)" + _AFTER_STORM
)
_NOT_HAZARD_OPENING_WORDS = opening_words(_NOT_HAZARD)  # (for the scan of a whole report)
# ... unless the sentence blames nothing else: "Sau bão số 8, cả nước có 9 người thiệt mạng".
# (its word first, the word start as a lookbehind: the engine skips to those letters in a whole report)
_DATING_STORM = re.compile(r"sau(?<!\wsau)(?<!lưu\ssau)" + _AFTER_STORM, _I)

# Where a match of ``_DATING_STORM`` can start in a lower-cased report: every way of writing "sau" that
# the case-insensitive pattern reads as "sau" ("ſau" with the long s too) and that lower-casing leaves
# as it is (a lower-cased text holds only characters that are their own lower case: no "SAU").
_DATING_STORM_OPENINGS = tuple(
    opening
    for s in letter_cases("s") for a in letter_cases("a") for u in letter_cases("u")
    if (opening := s + a + u).lower() == opening
)

# How the counted thing was hit: these add their hazard to the cause ("kênh bị sạt lở" →
# landslide; "nhà bị ngập" → the text's flood, unless the cause already is a flood).
_DAMAGE_MODE_WORDS = keyed_word_patterns("damage_modes", "mode", _I)
DAMAGE_MODES: list[tuple[str, re.Pattern[str]]] = [(mode, guarded(words)) for mode, words in _DAMAGE_MODE_WORDS]
# Any of them at all: an alternation matches where one of its branches does, so a clause it finds nothing in has
# no match of any of them (95 % of the clauses ``damage_modes`` reads). Guarded, it skips to the letters a match
# opens with (each pattern alone is tried at every character of the clause).
_ANY_DAMAGE_MODE = guarded(re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in _DAMAGE_MODE_WORDS), _I))

# Weather words that are no hazard of the contract but still name the weather as the cause.
_WEATHER = word_pattern("weather", _I)
# A section heading about disasters: "II. THIỆT HẠI", "2.4. Công tác phòng chống thiên tai".
_DISASTER_TOPIC = guarded(word_pattern("disaster_topic", _I))
# What wind does: under a word for the whole event, these are the storm's (or the whirlwind's).
_WIND_DAMAGE = word_pattern("wind_damage", _I)
# What a cold spell makes people or animals do or suffer ("01 người chết do đốt than sưởi ấm", "ngã do đường đóng
# băng", "gia súc chết do đói rét"): a cold spell's harm in a text about one
_COLD_HARM = word_pattern("cold_harm", _I)
# What hail strikes with ("bị thương do đá rơi trúng", "do cục đá đập vào đầu"): the hailstones, in a text about hail
_HAIL_HARM = word_pattern("hail_harm", _I)
# What people suffer fleeing the event ("bị thương do hoảng loạn chạy ra khỏi nhà"): the event's harm, not another cause
_FLEEING_HARM = word_pattern("fleeing_harm", _I)

# A statement of damage: the figure's own sentence must say something was hit before a cause
# stated elsewhere is lent to it.
_DAMAGE_WORDS = guarded(word_pattern("damage", _I))

# Where the description of what a hazard did begins: hazards named after it are damage words
# ("nhà bị sạt lở", "hư hỏng do mưa lũ"), not the cause.
_DAMAGE_CUE = guarded(word_pattern("damage_cues", _I))
# A count of events ("08 đợt mưa to", "2 vụ sét đánh"), no figure of damage
# The events a "vụ" counts by their kind ("3 vụ sạt lở", "2 vụ dông lốc", "1 vụ mưa đá"; a "vụ" of anything else,
# "vụ tai nạn", is no disaster's)
_CASE_KINDS = r"vụ\s+(?:cháy|sét|lốc|(?:dông|giông)\s+lốc|mưa\s+(?:đá|dông|giông)|(?:sạt|xói)\s+lở|sụt\s+lún|lũ)"
_EVENT_COUNT = re.compile(rf"\d+\s*(?:đợt|trận|cơn|{_CASE_KINDS}|áp\s+thấp|atnđ)", _I)
# Not disasters even when a hazard word is near: accidents, crime, epidemics, fires of houses (and a work's size).
_NOT_DISASTER = guarded(word_pattern("not_disaster", _I))
# Of those, the incidents: what happened and did damage of its own ("64 vụ vi phạm Luật Lâm nghiệp", "vụ hỏa hoạn")
_INCIDENT = guarded(dict(keyed_word_patterns("not_disaster", "kind", _I))["incident"])
# Damage not done yet: at risk ("... đang đối mặt với nguy cơ mất trắng") or forecast ("dự báo ... sẽ").
# (with a first-letter guard, same matches: ``_not_yet`` scans the sentence before every damage figure)
_AT_RISK = guarded(word_pattern("damage_at_risk", _I))
_FORECAST = guarded(word_pattern("damage_forecast", _I))
# A damage word after the figure: what follows it is said of damage done ("30 ha bị ngập, nguy cơ ...").
_DONE = re.compile(r"\bbị\b|thiệt\s+hại|hư\s+hỏng|\bchết\b|(?:thiếu|không\s+(?:có|đủ))\s+nước\s+(?:để\s+)?tưới", _I)
# Banks and coasts worn away by water ("1.100m bờ biển bị sạt lở"): erosion, whatever the rain did.
_EROSION = re.compile(
    r"^\s*(?:m\s+)?(?:bờ\s+(?:biển|sông|suối)|bãi\s+biển)\b[^;.]*?(?:sạt\s+lở|xâm\s+thực|sụt\s+lún)|"
    r"^\s*(?:m\s+)?(?:bờ\s+(?:biển|sông|suối)|bãi\s+biển)\b",
    _I,
)
# People and goods moved out of harm's way: not damage, and its hazards are only where from.
_EVACUATION = guarded(word_pattern("evacuation", _I))
# The figure counts whom an evacuation moved ("đã sơ tán 12 hộ", "di dời khẩn cấp 3 hộ").
# ("số hộ phải di dời khẩn cấp là 11 hộ": the count after "là" is of whom the evacuation moved)
# ("5 nhà phải di dời và 698 nhà bị tốc mái": after "và" a new item is counted, not whom it moved)
# ("di dời khẩn cấp hơn 154 hộ": a bound word before the count is no word of the gap)
# (with a first-letter guard, same matches: asked of the words before every figure that may be damage)
_EVACUATED_OBJECT = guarded(re.compile(r"(?:" + word_source("evacuation") + r")(?:\s+(?!và\b)\w+){0,2}"
                                       rf"(?:\s+(?:{HEDGE_WORDS}|dưới|chừng|xấp\s+xỉ))?(?:\s+là)?\s*$", _I))
# "nhà bị sạt lở phải di dời là 5 nhà": after "là" the count is of the subject before the verb; when that
# subject was hit ("bị sạt lở"), the houses counted are damaged ones that must move, not houses moved away
_COUNTED_SUBJECT = re.compile(r"\blà\s*$", _I)
_HIT_SUBJECT = re.compile(r"\bbị\s+(?!di\s|sơ\s|chuyển\s)\w", _I)


def _moved_out_of_harm(before: str) -> bool:
    """Does the figure count what was moved to safety ("di chuyển 8.366 con gia súc", "số hộ phải di
    dời là 12 hộ")? Not when "là" gives the count of a subject the hazard hit."""
    if not _EVACUATED_OBJECT.search(before[-30:]):
        return False
    if _COUNTED_SUBJECT.search(before):
        subject = _EVACUATION.split(_VERB_SPAN_END.split(before)[-1])[0]
        return not _HIT_SUBJECT.search(subject)
    return True
# Money given, not lost: "hỗ trợ ... với tổng kinh phí 2,5 tỷ đồng".
_RELIEF_MONEY = guarded(word_pattern("relief_money", _I))
# A clause ends at a semicolon or a full stop (not the dot of 1.120, nor that of an abbreviated
# unit before a place name: "TX.Hương Thủy", "H. Nam Đàn", "TP. Huế").
# (the dot first, the abbreviations looked behind it: the same matches as "(?<!\bTX)...\.(?!\d)", but the
# lookbehinds are tried only at dots, not at every place a scan tries, nor at every place the greedy
# ``.*`` of ``routed._clause_before`` backs off over: 4x as fast there, and tests/test_disasters_speed.py
# holds it to that form)
_CLAUSE_END = r";|\." + NOT_AFTER_PLACE_ABBREVIATION + r"(?!\d)"
_CLAUSE_END_RE = re.compile(_CLAUSE_END)
# The figure counts whom a relief action reached ("hỗ trợ kịp thời 08 hộ"), not the damage; a help to
# search for people ("hỗ trợ tìm kiếm hai thuyền viên mất tích") counts the people lost.
# Forces, vehicles and machines sent to the response ("huy động 1.500 người và 80 phương tiện", "điều động 5
# xuồng máy, 2 ca nô"), counted one after another in the verb's list: no boat or vehicle lost. The list runs
# from the verb to the figure through counted items only (no word of damage, no clause end between), joined by a
# comma, "và" or "cùng (với)" / "với" ("huy động 850 lượt người cùng 20 máy bơm": the pumps went with the people).
_ITEMS_BEFORE = rf"(?:\d[\d.,]*\s+[^\d;:.]{{1,40}}?(?:,|\s+(?:và|cùng(?:\s+với)?|với))\s+(?:(?:{HEDGE_WORDS})\s+)?)"
_MOBILISED = re.compile(
    r"(?:" + word_source("response_forces") + rf")\s+(?:(?:{HEDGE_WORDS})\s+)?" + _ITEMS_BEFORE + "*$", _I)
_MOBILISED_WORD = lowered_literal_scan(_MOBILISED)
# A later item of what relief hands out ("hỗ trợ 40 tấn giống lúa, 12 tấn giống ngô", "xuất cấp 500 tấn
# gạo và 20 tấn giống rau"): given, not lost, as the first item is (``_RELIEF_OBJECT``).
_RELIEF_LISTED = re.compile(
    r"(?:" + word_source("relief_actions") + rf")(?:\s+\w+){{0,2}}?\s+(?:(?:{HEDGE_WORDS})\s+)?"
    + _ITEMS_BEFORE + "+$", _I)
_RELIEF_LISTED_WORD = lowered_literal_scan(_RELIEF_LISTED)
_RELIEF_LISTED = guarded(_RELIEF_LISTED)  # (the words read from the pattern as written)
_RELIEF_OBJECT = guarded(re.compile(r"(?:" + word_source("relief_actions") + r")(?!\s+tìm\s+kiếm\b)(?:\s+\w+){0,2}\s*$",
                                    _I))
# A passive damage description: "nhà bị sạt lở", "bị mưa đá làm gãy đổ" is never the cause of
# the sentence's other figures.
# It goes on through a list of what was done ("lúa bị ngã sập, ngập úng là 28.648ha").
# A hazard said to happen: "sạt lở đất xảy ra", "xuất hiện lũ quét".
_HAPPENS = re.compile(r"xảy\s+ra|xuất\s+hiện", _I)
_PASSIVE = guarded(re.compile(
    r"\bbị\b[^,;.:()]*(?:,\s*(?:ngập|sạt|hư|đổ|gãy|vùi|cuốn|tốc|sập|trôi)[^,;.:()]*)*",
    _I,
))
# A cause the figure's own clause names after it, or an agent of its passive verb.
_DUE_TO_SOURCE = r"\b(?:do|bởi)\s+(?:bị\s+)?(?P<do>[^;.()]+)"  # "do sét đánh", "bởi bị lũ cuốn"


def _blamed_words(m: re.Match[str]) -> str:
    """What a ``_DUE_TO_SOURCE`` match blames, with its "do" (the hazard table reads some causes only after it:
    "do độ mặn cao", "do nắng nóng"), or the agent of a passive verb."""
    if m.group("do"):
        return m.string[m.start() : m.end("do")]
    return m.groupdict().get("agent") or ""

_CLAUSE_CAUSE = guarded(
    re.compile(
        _DUE_TO_SOURCE + "|"
        r"\bbị\s+(?P<agent>[^,;.()]{2,40}?\s+(?:" + word_source("agent_verbs") + r"))\b",
        _I,
    )
)
# A sentence that goes on with the one before it: it adds its own cause to the earlier one.
_CONTINUES = re.compile(r"^\W*(?:trong\s+đó|theo\s+đó|cụ\s+thể)\b", _I)
# The text blames the weather on a storm: every rain-made damage is the storm's too.
_STORM_FRAME = guarded(re.compile(
    r"(?:do|dưới)\s+(?:chịu\s+)?(?:ảnh\s+hưởng|tác\s+động)\s+(?:của\s+)?(?:hoàn\s+lưu\s+)?"
    r"(?:cơn\s+)?(?:bão|áp\s+thấp\s+nhiệt\s+đới|ATNĐ)|"
    r"(?:\bbão\b|áp\s+thấp\s+nhiệt\s+đới|ATNĐ)[^.]{0,80}?(?:gây|kèm\s+theo|đem\s+theo)\s+(?:ra\s+)?(?:mưa|lượng\s+mưa)|"
    r"\bbão\b[^.]{0,30}?\s(?:cùng|và)\s+hoàn\s+lưu|"
    # "thiệt hại do mưa lớn ảnh hưởng của cơn bão số 2": the rain itself is said to be the storm's
    r"\bmưa(?:\s+(?:lớn|to|rất\s+to|vừa))?\s+(?:do\s+)?(?:ảnh\s+hưởng|tác\s+động)\s+(?:của\s+)?(?:hoàn\s+lưu\s+)?"
    r"(?:cơn\s+)?(?:bão|áp\s+thấp\s+nhiệt\s+đới|ATNĐ)",
    _I,
))
_FLASH_FLOOD = guarded(re.compile(r"lũ\s+(?:quét|ống)", _I))
# What is only foreseen or feared, to the end of its clause ("Dự báo ... nguy cơ cao xảy ra lũ quét, sạt lở
# đất"): a flash flood named there did none of the damage, and makes no flood of the text a flash flood.
# (scanned over a whole report: ``guarded``, tried only at the letters a match opens with, the same matches)
_OUTLOOK = guarded(re.compile(r"(?:\bdự\s+báo|\bcảnh\s+báo|\bnguy\s+cơ)[^.;\n]*", _I))
# ... a clause that opens on the outlook, to its end ("Dự báo trong 24 giờ tới, mưa lớn ...", "; cảnh báo nguy cơ lũ
# quét"), not a forecaster named as the source of what happened ("Theo Trung tâm Dự báo ..., bão đã làm ...")
_OUTLOOK_CLAUSE = re.compile(r"(?:^|(?<=[;:\n])|(?<=\.\s))\s*(?:dự\s+báo|cảnh\s+báo|nguy\s+cơ)\b[^.;\n]*", _I)
# A tropical storm by its number, name or kind (not the "mưa bão"/"giông bão" of a thunderstorm):
# in its text a strong wind or gust is the storm's own.
# (``guarded``, as the whole-report scans below: tried only at the letters a match opens with, the same matches)
_NAMED_STORM = guarded(
    re.compile(
        r"[Bb]ão\s+(?:số\s+\d|[A-Z][a-z])|(?:[Cc]ơn|[Ss]iêu)\s+bão\b(?!\s+(?:lốc|giông|dông))|"
        r"[Áá]p\s+thấp\s+nhiệt\s+đới|ATNĐ"
    )
)


def _names_a_storm(document: str) -> bool:
    """``_NAMED_STORM`` anywhere in the text. Every match holds "ão" (of "Bão"/"bão"), "đới" (of "áp thấp
    nhiệt đới") or "ATNĐ", its letters as written (the pattern is case-sensitive): a text without them,
    most of them, is not scanned."""
    if "ão" not in document and "đới" not in document and "ATNĐ" not in document:
        return False
    return _NAMED_STORM.search(document) is not None


# A river flood named beside a flash flood ("xảy ra lũ, lũ quét"), or an inundation.
_RIVER_FLOOD = guarded(
    re.compile(
        r"\blũ\s*(?:,|và)\s*lũ\s+(?:quét|ống)|lũ\s+(?:quét|ống)\s*(?:,|và)\s*lũ\b(?!\s+(?:quét|ống))|"
        r"lũ\s+lụt|ngập\s+lụt",
        _I,
    )
)
# A river gauge's flood crest ("đỉnh lũ", "lũ lịch sử", "vượt báo động 3"): flash floods have no
# gauge, so the text's bare "lũ" is the river's flood even where it names a flash flood elsewhere.
# (scanned over a whole report: ``guarded``)
_GAUGED_FLOOD = guarded(re.compile(r"đỉnh\s+lũ|lũ\s+lịch\s+sử|báo\s+động\s+(?:số\s+)?(?:[123]|I{1,3})\b", _I))
# The collector's date marker ("date 2024-09") that may head a page's lead.
_DATE_MARKER = r"date\s+\d{4}-\d{2}"
# Sentence ends: (?<=[.!?…])\s+ before a capital or a digit, (?<=;)\s+ before a capital, \n\s*\n,
# \n before a capital, or before the collector's date marker that opens a lead ("Headline\n date 2024-09 Tại
# ..."), or a full stop typed without its space (RUN_ON_STOP, which opens with its dot). Each other
# opens with a space, so the pattern is written to read it first (the lookbehinds then test it, \s+
# goes on as \s*): the same matches, but the engine skips to spaces instead of trying every position.
_SENTENCE_END = re.compile(
    rf"\s(?:(?<=[.!?…]\s){NOT_AFTER_ABBREVIATION}\s*(?=[\"“(]?(?:{UPPER}|\d))|(?<=;\s)\s*{NOT_IN_PARENTHESES}(?={UPPER})|(?<=\n)\s*\n|(?<=\n)(?=\s*{UPPER})"
    r"|(?<=\n)(?=\s*" + _DATE_MARKER + r"\b))"
    rf"|{RUN_ON_STOP}"
)


# The line break before a list item whose line before ends on a stop (the item opens a sentence of the story).
_ITEM_AFTER_A_STOP = re.compile(r"\n(?<=[.!?…;]\n)(?=[^\S\n]*[-–•+*]\s)")


def _sentence_end_starts(document: str) -> set[int]:
    """Every place a match of ``_SENTENCE_END`` can start (none is empty): a full stop typed without
    its space opens on its dot; each other opens on a space that its lookbehinds want right after
    one of ".!?…;" or that is itself a line break. So: at these marks and right after them."""
    marks = places_of(document, ".!?…;\n")
    return marks | {at + 1 for at in marks}


# How far back (characters) an earlier statement may lend its cause.
_LOOKBACK = 1500

# --- what a figure counts (data) --------------------------------------------------------------

_PERSON_IMPACT_WORDS = keyed_word_patterns("person_impacts", "impact", _I)
_PERSON_IMPACTS: list[tuple[str, re.Pattern[str]]] = [
    (impact, guarded(words)) for impact, words in _PERSON_IMPACT_WORDS]
# Any of them at all (an alternation matches where one of its branches does): most words read for what befell the
# people counted say none of it, and one scan tells so where three did
_ANY_PERSON_IMPACT = guarded(re.compile("|".join(f"(?:{words.pattern})" for _, words in _PERSON_IMPACT_WORDS), _I))
# Verbs before a count of people that say they died: "làm chết 2 người", "lũ cuốn trôi 4 người".
_KILLED_BEFORE = word_pattern("killing_verbs", _I)
# Lives taken, said of the people before their count: "cướp đi sinh mạng của 3 người", "lấy đi tính mạng 2 người"
# (not "bảo vệ tính mạng của 300 người": the verb says the lives were lost)
_LIVES_TAKEN_BEFORE = re.compile(r"\b(?:cướp|lấy)\s+(?:đi\s+)?(?:sinh|tính)\s+mạng(?:\s+của)?\s*$", _I)
_HOUSE_DESTROYED = guarded(word_pattern("house_destroyed", _I))
# Damage short of destruction named in the same breath ("46 nhà bị sập, tốc mái"): the count
# mixes both, so it is damaged houses.
_HOUSE_DAMAGED = guarded(word_pattern("house_damaged", _I))
# A public building or a business's, not a home: what data/words/buildings_not_homes.csv names after "nhà" ("nhà
# văn hóa", "nhà lớp học", "nhà hàng", "nhà thờ"), and a store, a workshop or a village's meeting house ("nhà cộng
# đồng", "nhà rông")
_CULTURE_HOUSE = re.compile(
    r"^\s*(?:" + word_source("buildings_not_homes") + r"|học|kho|xưởng|cộng\s+đồng|rông\b)",
    _I,
)
# A net house or glasshouse ("nhà lưới", "nhà kính", "nhà màng"), a workshop or a store ("nhà xưởng", "nhà kho"):
# a structure, whose floor area ("8.000m2 nhà lưới bị sập", "tốc mái 12.000 m2 nhà xưởng") is a work hit, not a
# crop area.
_FARM_STRUCTURE = re.compile(r"^\s*(?:nhà\s+(?:lưới|kính|màng|xưởng|kho)|xưởng)\b", _I)
# The rest of a list of people by place, up to what happened to all of them.
_PEOPLE_LIST = re.compile(
    rf"(?:\s*(?:,|và|người|ở|tại|{UNIT_WORDS}|TP\.?|\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|"
    + CAP_WORD
    + r"))*\s*(?=\S)"
)
_PLACE_FIRST = re.compile(r"\s*(?:ở|tại|thuộc|của)\b", _I)
_AQUACULTURE = guarded(word_pattern("aquaculture", _I))
_FOREST = guarded(word_pattern("forest", _I))
# A crop word is a whole word: the maize of "2 ha ngô" is not the classifier of "3 ngôi nhà" nor the "ngôn" of a speech
_CROPS = guarded(re.compile(r"\b(?:" + word_source("crops") + r")\b", _I))
_LIVESTOCK = word_pattern("livestock", _I)
_INFRASTRUCTURE = guarded(word_pattern("infrastructure", _I))
# A work right after the figure's classifier ("con" of "2 con đường", read as animals by the figure's unit)
_WORK_AFTER_CLASSIFIER = re.compile(r"\s*((?:" + word_source("infrastructure") + r")\w*)", _I)
# How deep, high or wide, not how much: "ngập sâu 1,5m", "nước dâng cao 2m", "đoạn đường rộng 3,5m".
_DEPTH = re.compile(
    # ("nước dâng cao (có nơi trên 1m)": the aside gives the depth at its deepest; not across a verb of damage:
    # "nước lũ dâng cao gây ngập 45 km đường"; nor across "và" to the next item of a list: "3 đập dâng và 2,5 km kênh")
    r"(?:sâu|cao|dâng|rộng|mực\s+nước|độ\s+sâu|hội\s+tụ\s+gió)(?:\s+(?!(?:gây|làm|khiến|và)\b)\w+){0,2}\s*"
    r"(?:\(\s*có\s+nơi\s+)?"
    # ("sóng cao nhất đến hơn 6m", "lở vào sâu gần 40m": any qualifier of a bound)
    r"(?:từ\s+|khoảng\s+|trên\s+|hơn\s+|gần\s+)?"
    # ("sâu từ 0,3 đến 0,5 m": a range's upper bound)
    r"(?:\d+(?:[.,]\d+)?\s*(?:[-–]|đến|tới)\s*)?$",
    _I,
)
# A water level against the alarm marks: "vượt báo động 3 từ 1,2 đến 2,5m", "trên BĐ2 0,5m".
# How deep homes stand in water ("1.288 hộ ngập dưới 1 mét"); a road "ngập trên 5km" is a length.
_FLOODED_HOMES_DEPTH = re.compile(
    r"\b(?:hộ|nhà)\s+(?:bị\s+)?ngập\s+(?:nước\s+)?(?:sâu\s+)?(?:dưới|trên|từ|khoảng|gần|hơn|tới|đến)?\s*$", _I
)
# The alarm level itself, right before its number ("vượt báo động 3", "trên mức báo động số 2")
_ALARM_MARK_BEFORE = re.compile(r"báo\s+động\s+(?:số\s+|cấp\s+)?$", _I)
_ALARM_LEVEL = re.compile(r"(?:báo\s+động|\bBĐ\s*\d)[^;.()]{0,30}$", _I)
# A river's level read at an hour ("mực nước lúc 11h ngày 9/9 là 33,87m"), or a river's flood said to rise to
# it ("Lũ trên sông Hương tại Kim Long lên 5,1 m", "nước sông Cầu lên 2,3 m"), nothing hit on the way.
_WATER_LEVEL = re.compile(r"(?:mực\s+nước|đỉnh\s+(?:lũ|triều)|\b(?:lũ|nước)\s+(?:trên\s+|tại\s+)?(?:các\s+)?sông)\b"
                          r"(?:(?!làm|gây|khiến|ngập|sạt|lở|cuốn|vỡ|sập|hỏng)[^;.()]){0,40}$", _I)
# How far from somewhere: "cách cầu X khoảng 100m", "cách bờ 2 km", "khoảng cách ... còn chưa tới 30m".
# The radius or diameter of what a wind swept or a hail fell ("quét trong bán kính 300 m") is a size too.
_DISTANCE = re.compile(
    r"\bcách\b[^,;.()\d]{0,40}$|khoảng\s+cách\b[^,;.()]{0,60}$|\b(?:bán|đường)\s+kính\b[^,;.()\d]{0,12}$", _I
)
# The size of each of the things counted before it ("3 vị trí mất đường, mỗi vị trí dài khoảng
# 100m"): it qualifies the count, it is no damage of its own.
_EACH_SIZE = re.compile(rf"\bmỗi\s+(?:\w+\s+){{1,3}}?(?:dài|rộng|cao|sâu)\s+(?:(?:{HEDGE_WORDS})\s+)?$", _I)
# How far a landslide bites inland ("sạt lở dài 20m, ăn sâu vào đất liền khoảng 7m", "ăn sâu vào bờ có chỗ
# lên tới 6m", "sâu vào đất liền 15 m", "lấn sâu vào bờ 8 m"; into a work's body: "sạt lở vào thân đê 2 m", "lở vào
# mái kè 1,5 m"): its depth, which qualifies the length before it and counts nothing of its own.
_BITES_INLAND = re.compile(
    r"(?:\băn\s+sâu|\bsâu\s+vào|\blở\s+vào(?:\s+(?:thân|mái|chân))?\s+(?:đê|kè|bờ|đường|taluy))"
    rf"(?:\s+\w+){{0,7}}?\s+(?:(?:{HEDGE_WORDS})\s+)?$", _I)
# How far the salt reached up a river ("ranh mặn 4‰ vào sâu khoảng 75 km, trên sông B khoảng 72 km", "mặn xâm
# nhập sâu 50-60 km", "độ mặn 1 g/l lấn sâu 45 km", figures' SALT_FRONT): the intrusion's extent, a measure of the
# hazard that hit nothing (a canal salted, "2,5 km kênh bị nhiễm mặn", says its damage after the length).
_SALT_PART = re.compile(r";|\.(?!\d)")
# A house's own size ("bị nước cuốn cùng căn nhà dài hơn 20 m"): houses are counted, never measured
# as a damage, so the length only describes the house.
_HOUSE_SIZE = re.compile(rf"\bnhà\s+(?:\w+\s+){{0,2}}?(?:dài|rộng|cao)\s+(?:(?:{HEDGE_WORDS})\s+)?$", _I)
# A thickness, width or height said right after a length or a volume ("mặt đường dài 50 m, dày 2 m", "taluy cao
# 15 m"): it measures what the length counts, and counts nothing of its own
_BREADTH = re.compile(rf"(?:^|[\s,;(])(?:dày|rộng|cao)\s+(?:(?:{HEDGE_WORDS}|từ)\s+)?$", _I)
# A road named with its width before the length it lost ("đường bê tông 1m ... hư hỏng 50m").
_ROAD_KIND_BEFORE = re.compile(r"(?:đường|mặt\s+đường)(?:\s+(?:bê\s+tông|nhựa|đất|nội\s+đồng))?\s+(?:rộng\s+)?$", _I)
# Spots counted along a road whose length follows ("12 điểm sạt lở trên tuyến đường tỉnh 117 dài 45 km"): the
# length is the road's, the spots lie on it
_SPOTS_ALONG = re.compile(
    r"\d\s*(?:điểm|vị\s+trí)\b[^;.]{0,50}?\btrên\s+(?:các\s+|tuyến\s+|đoạn\s+)*(?:đường|quốc\s+lộ|tỉnh\s+lộ|QL|ĐT)"
    rf"[^;.,]{{0,25}}?\s(?:dài|có\s+chiều\s+dài)\s+(?:(?:{HEDGE_WORDS})\s+)?$", _I)
_LENGTH_LATER = re.compile(r"[^;.\d]{0,40}\d+(?:[.,]\d+)?\s*(?:m|km|mét)\b", _I)
# The area sown or planted ("Toàn huyện đã xuống giống 11.200 ha lúa Đông Xuân").
# (or harvested: "đã thu hoạch được 18.000 ha lúa"; not the crop still standing, "chưa kịp thu hoạch 50 ha")
_SOWN = guarded(re.compile(
    r"(?:xuống\s+giống|gieo\s+(?:trồng|cấy|sạ)|gieo|(?<!cây\s)(?<!rừng\s)trồng|(?<!chưa\s)(?<!kịp\s)thu\s+hoạch(?:\s+xong)?)"
    rf"\s+(?:được\s+)?(?:(?:{HEDGE_WORDS})\s+)?$", _I
))
# A kind of forest that was planted, named before its area ("rừng thông trồng 25 ha", "rừng keo trồng 8 ha"): a stand
# of forest, as "rừng trồng" is, not an area sown
_PLANTED_FOREST_BEFORE = re.compile(r"\brừng\s+[^\W\d]+\s+trồng\s*$", _I)
# A herd counted whole ("Đàn bò trên toàn tỉnh 150.000 con", "tổng đàn trâu 3.000 con").
# The kinds of a herd may be listed with commas ("tổng đàn trâu, bò ước đạt 778.000 con").
# ("Huyện hiện có hơn 36.000 con trâu bò": what a place now has is its herd too)
_HERD = re.compile(r"\b(?:tổng\s+)?đàn\b[^;.\d]{0,40}$|\b(?:có|nuôi)\s+(?:tất\s+cả|tổng\s+cộng)\s+$"
                   rf"|\bhiện\s+(?:nay\s+)?có\s+(?:(?:{HEDGE_WORDS})\s+)?$", _I)
# A sentence that opens on the province's herd ("Tỉnh hiện có tổng đàn trâu, bò ... con; gia súc, gia
# cầm hơn ... con"): the later parts of its list are herds too.
_HERD_SENTENCE = re.compile(r"\b(?:hiện\s+)?có\s+tổng\s+đàn\b", _I)
# Words that make a damage figure an estimate ("ước tính", "dự ước"); "sơ bộ" alone does not.
_ESTIMATED_BY_WORD = re.compile(r"(?<!\w)(?:ước|Ước)(?!\w)")
# A news story's opening source in brackets on a line run into the headline above it ("...tỷ đồng  (Báo Huế) Theo
# UBND ...", "  (Dân trí) - "): where the story's first sentence starts
_STORY_OPENING = re.compile(r"(?:\s{2}|\n)\([^()\n]{2,40}\)\s*(?:[-–]\s*)?(?=\w)")
# "01 vụ cháy rừng", "14 vụ sạt lở bờ sông": each case is an event of that hazard.
_EVENT_CASE = re.compile(rf"\s*{_CASE_KINDS}", _I)
# "sạt lở bờ sông ... đã xảy ra 76 vụ, làm ...": a bare "vụ" that happened counts the events its clause names
# before it (a "vụ" with a noun of its own, "xảy ra 3 vụ tai nạn", counts that noun)
_HAPPENED_BEFORE = re.compile(rf"\b(?:xảy\s+ra|ghi\s+nhận)\s+(?:(?:{HEDGE_WORDS}|tổng\s+cộng)\s+)?$", _I)
# ("- Sạt lở bờ sông: xảy ra 4 vụ tại xã A": the bare count may say where they happened)
_BARE_CASE = re.compile(r"\s*vụ\b(?=\s*(?:[,;.:)]|$|(?:làm|gây|khiến|với|tại|ở)\b))", _I)
# "25 vị trí", "450 điểm", "4 đoạn" (stretches of bank) are road damage only when the clause says on
# which road or what hit it.
_SPOTS = re.compile(r"^(?:vị\s+trí|(?:địa\s+)?điểm|đoạn)\b(?!\s+trường)", _I)
_ROAD_SPOT = word_pattern("road_spot", _I)
_COUNTED_SPOTS = re.compile(r"\d\s*(?:vị\s+trí|(?:địa\s+)?điểm|đoạn)\s+(?P<what>\w+(?:\s+\w+)?)", _I)
_BREAKDOWN = re.compile(r"\btrong\s+đó\b", _I)


# A hazard word written with a capital after the noun of a place and its name's other words ("thôn Nà Lốc",
# "bản Khe Lũ", "suối Nậm Sét", "xã Lở"): a part of the place's name, not what hit it. (Only hits are
# checked, so no text is scanned for names.)
_NAME_SO_FAR = re.compile(
    rf"(?i:\b(?:thôn|bản|xóm|ấp|làng|buôn|khóm|tổ\s+dân\s+phố|khu\s+phố|{LOCAL_UNIT_WORDS}|sông|suối"
    r"|khe|đèo|núi|ngầm|cầu|đập|cửa\s+(?:biển|sông)))(?:[^\S\n]+" + CAP_WORD + r"){0,3}[^\S\n]+\Z"
)


def _in_a_name(text: str, at: int) -> bool:
    """Is the word at ``at`` (a hazard word's hit on the lowered ``text``) a part of a place's name?"""
    return text[at].isupper() and _NAME_SO_FAR.search(text, max(0, at - 60), at) is not None


def hazards_in(text: str, story: Story | None = None) -> list[str]:
    """Hazards named in a piece of text, in the order they are named."""
    written = text
    text = _NOT_HAZARD.sub(lambda m: " " * len(m.group()), text.lower())
    if not _ANY_HAZARD.search(text):
        return []  # (no pattern of the table matches where their alternation finds nothing: no hits, none named)
    hits: list[tuple[int, str]] = []
    for names, pattern in HAZARD_WORDS:
        m = next((m for m in pattern.finditer(text) if not _in_a_name(written, m.start())), None)
        if m:
            hits.extend((m.start(), name) for name in names)
    return _named(hits, text, story)


_HEAVY_RAIN_NAMED = re.compile(r"mưa\s+(?:to|lớn)", _I)
_LIGHTNING_NAMED = re.compile(r"\bsét\s+đánh", _I)
# a drought by its own words, not by the heat alone ("nắng nóng kéo dài")
_DRYNESS_NAMED = re.compile(r"hạn\s+hán|khô\s+hạn|nắng\s+hạn|hạn\s*\W?\s*mặn|\bmặn\b|thiếu\s+nước", _I)


def _named(hits: list[tuple[int, str]], text: str, story: Story | None) -> list[str]:
    """The hazards of (position, table name) hits, in text order, each once."""
    found: list[str] = []
    for _, name in sorted(hits, key=lambda h: h[0]):
        for hazard in _resolve(name, story):
            if hazard not in found:
                found.append(hazard)
    if "hail" in found and "heavy_rain" in found and not _HEAVY_RAIN_NAMED.search(text) and "flash_flood" not in found:
        # (the rain of a flash flood stays: "mưa đá, lũ quét làm 2 người chết" was made by heavy rain too)
        found.remove("heavy_rain")
    if "wildfire" in found and "lightning" in found and not _LIGHTNING_NAMED.search(text):
        found.remove("lightning")
    return _without_the_heat_of_a_fire(found, text)


def _without_the_heat_of_a_fire(hazards: list[str], words: str) -> list[str]:
    """``hazards`` without drought when it is the heat a fire broke out in ("nắng nóng kéo dài gây cháy 12 ha rừng":
    the heat is filed as drought only when it did the damage itself); a dry spell ``words`` name as such stays
    ("hạn hán kéo dài gây cháy ...")."""
    if "wildfire" in hazards and "drought" in hazards and not _DRYNESS_NAMED.search(words):
        return [hazard for hazard in hazards if hazard != "drought"]
    return hazards


def _resolve(name: str, story: Story | None) -> tuple[str, ...]:
    if name == FLOOD_OF_TEXT:
        return story.flood_kinds if story else ("flood",)
    if name == WHOLE_EVENT:
        return story.event if story else ()
    if name == WIND:
        return ("storm",) if story and story.tropical_storm else ("whirlwind",)
    if name == SEA:
        # (in a text that names neither a storm nor a cold surge, the high seas are of no kind the contract names:
        # "sóng lớn kết hợp triều cường ... sóng lớn đánh sập 3 nhà" at an eroding coast is no storm)
        if story is None or story.storm_named:
            return ("storm",)
        return ("cold",) if story.seas_of_cold else (IN_GENERAL,)
    if name == IN_GENERAL:
        # (only the figures' causes, read with their story, keep the mark; a sentence that names a
        # disaster in general names no hazard to those who ask without one: the document's dating)
        return (IN_GENERAL,) if story else ()
    return (name,)


def _of_kinds_named(hazards: list[str]) -> list[str]:
    """The hazards of a figure without the mark of disasters in general ("do thiên tai" beside "mưa
    lớn" adds nothing; alone it leaves the list empty: damage of no named kind)."""
    return [h for h in hazards if h != IN_GENERAL]


def _union(*lists: list[str] | tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for names in lists:
        out.extend(n for n in names if n not in out)
    return out


# --- the document: its sentences, its kind of flood, what it opens with ------------------------


@dataclass(frozen=True)
class _Statement:
    cause: list[str]
    modes: list[str]
    whole_event: bool = False  # the cause is a word for the whole event ("mưa bão")
    # the shape of the mark of the list item whose label is the cause ("- Sạt lở: 3 điểm" → "-"): the item's own
    # hazard, lent to no other item of its list; "" for any other statement
    item: str = ""


@dataclass(frozen=True)
class Story:
    """What a whole text says about its disaster, read once per text."""

    flood_kinds: tuple[str, ...]
    event: tuple[str, ...]  # every hazard the text names
    storm_framed: bool
    sentences: list[tuple[int, int]]  # sentence spans of the text
    starts: list[int]  # their starts, for bisect
    hazard_at: list[int] = field(default_factory=list)  # where any hazard word starts, sorted
    tropical_storm: bool = False  # the text is about a storm by its number or name ("bão số 5")
    statements: dict[tuple[int, int], _Statement | None] = field(default_factory=dict)  # read once
    # the text names a cold surge and no storm: its high seas are the surge's ("không khí lạnh tăng cường,
    # biển động, sóng lớn làm 2 tàu cá bị chìm")
    seas_of_cold: bool = False
    # the text names a storm (or a depression) by a word of its own, not only by its high seas ("sóng lớn")
    storm_named: bool = True
    # the text tells of a forest fire and of no other fire nor incident: its fire ("vụ cháy", "ngọn lửa") is that one
    fires_are_wildfires: bool = False

    def hazard_near(self, a: int, b: int) -> bool:
        """Does ``text[a:b]`` hold (the start of) a hazard word?"""
        i = bisect_left(self.hazard_at, a)
        return i < len(self.hazard_at) and self.hazard_at[i] < b


def _lead_line(document: str) -> str:
    """The text's opening line, past a short byline ("(VTC News) -") or dateline, and past a news
    headline that stands alone above its first paragraph (the collector's "date 2025-09" marker may
    share the headline's line): "Do ảnh hưởng của hoàn lưu bão số 10, ..." opens the story."""
    text = _DATE_MARKER_START.sub("", document.lstrip(), count=1)
    headline, blank, rest = text[:800].partition("\n\n")
    if blank and "\n" not in headline.strip() and len(headline) <= 200 and not headline.rstrip().endswith("."):
        text = rest
    lines = text.lstrip()[:600].split("\n")
    return next((line for line in lines if len(line) >= 60), lines[0])


_DATE_MARKER_START = re.compile(r"^" + _DATE_MARKER + r"(?:-\d{2})?\s+")
_RAIN_WORD = re.compile(r"\bmưa\b", _I)
# The circulation a storm or a depression leaves over land when it weakens: rain, and nothing else
_REMNANTS_OF_A_STORM = re.compile(r"hoàn\s+lưu\s+(?:của\s+|sau\s+)?(?:cơn\s+)?(?:bão|áp\s+thấp\s+nhiệt\s+đới|ATNĐ)", _I)


@per_document(maxsize=2)  # one document at a time (emptied by extract_document at every report)
def story_of(document: str) -> Story:
    """What the whole text says about its disaster: its kind of flood, the hazards it names, its
    sentences; read once per document, then asked for every figure."""
    flash = _FLASH_FLOOD.search(_blank(document, _OUTLOOK)) and not _GAUGED_FLOOD.search(document)
    kinds = ("flash_flood", "heavy_rain") if flash else ()  # rain makes flash floods
    if not kinds or _RIVER_FLOOD.search(document):
        kinds = ("flood", *kinds)
    lowered = document.lower()
    blanked = _blank_spans(lowered, match_spans(_NOT_HAZARD, _NOT_HAZARD_OPENING_WORDS, lowered))
    # (``match_spans`` of each pattern, the places of each opening word found once)
    places = _opening_word_places(blanked)
    hits = [
        (at, names)
        for names, pattern, opening_words in _HAZARD_WORDS_IN_REPORT
        for at, _ in (
            spans_tried_at(pattern, blanked, set().union(*(places[word] for word in opening_words)))
            if opening_words is not None
            else match_spans(pattern, None, blanked)
        )
        if not _in_a_name(document, at)
    ]
    first: dict[tuple[str, ...], int] = {}
    for at, names in hits:
        first[names] = min(at, first.get(names, at))
    tropical = _names_a_storm(document)
    seas_of_cold = not tropical and ("cold",) in first and not any("storm" in names for names in first)
    partial = Story(kinds, (), False, [], [], seas_of_cold=seas_of_cold)
    event = tuple(_named([(at, name) for names, at in first.items() for name in names], blanked, partial))
    lead = _lead_line(document)
    bounds = [0] + [end for _, end in spans_tried_at(_SENTENCE_END, document, _sentence_end_starts(document))]
    if "\n" in document:
        # a list item after an item (or a lead) closed by its stop ("...: làm 2 người bị thương.\n- Mưa đá ..."):
        # each item of a storm-by-storm list states its own event
        bounds = sorted({*bounds, *(m.end() for m in _ITEM_AFTER_A_STOP.finditer(document))})
    bounds.append(len(document))
    sentences = [(a, b) for a, b in pairwise(bounds) if b > a]
    # a storm that dates the damage still marks a sentence that may blame it (see ``sentence_cause``)
    dating = matches_tried_at(_DATING_STORM, lowered, sorted(places_of(lowered, _DATING_STORM_OPENINGS)))
    hazard_at = sorted([at for at, _ in hits] + [m.start() for m in dating])
    starts = [a for a, _ in sentences]
    # (a lead that blames on the storm only what its wind and sea did, "do ảnh hưởng của bão số 15, sóng lớn
    # đã làm hư hại nhiều lồng bè", speaks of no rain: nothing to pair)
    framed = bool(_STORM_FRAME.search(lead)) and bool(_RAIN_WORD.search(lead))
    # (a storm's remnants, by the headline or the lead, are the rain it brings, whether or not "mưa" is said there:
    # "Thiệt hại do hoàn lưu bão số 5 ¶ ... hoàn lưu bão số 5 đã làm 3 người chết" over "Mưa lớn làm 1.450 nhà bị
    # ngập")
    framed = framed or bool(_REMNANTS_OF_A_STORM.search(document.lstrip()[:200].split("\n", 1)[0] + "\n" + lead))
    return Story(
        kinds, event, framed, sentences, starts, hazard_at, tropical_storm=tropical, seas_of_cold=seas_of_cold,
        storm_named=tropical or any("storm" in names for names in first),
        fires_are_wildfires="wildfire" in event and not _incidents_of_no_hazard(lowered),
    )


# --- causes -----------------------------------------------------------------------------------


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), text)


# A count of disasters in general opening the list of their kinds ("15 đợt thiên tai, gồm", "12 trận thiên tai
# như", "9 loại hình thiên tai:", "05 đợt thiên tai (02 đợt mưa đá, ...)").
_KINDS_LISTED = re.compile(
    r"\d+\s*(?:đợt|trận|loại\s+hình|loại)\s+thiên\s+tai\s*"
    r"(?:(?:,\s*|\(\s*)?(?:bao\s+gồm|gồm|như|trong\s+đó|:)|\((?=\s*\d))", _I)


# The last item of a list joined by "và" ("3 cơn bão, 2 áp thấp nhiệt đới và 5 đợt mưa lớn"): the counts are one
# subject, and all of them act
_LAST_ITEM_JOINED = re.compile(r"\svà\s+$", _I)


# A bare item of a list of event counts, up to the comma before the next ("3 đợt dông lốc, 1 đợt mưa đá, "), and the
# last one's verb after its comma or semicolon ("1 đợt mưa đá, làm 1 người chết", "2 vụ mưa đá; làm 1 người chết": a
# verb with no subject of its own after the list)
_BARE_COUNT_GAP = re.compile(r"[^,;.\d()]{1,30},\s*")
_BARE_COUNT_TAIL = re.compile(r"[^,;.\d()]{1,30}[,;]\s*(?:(?:đã|còn|cũng)\s+)*(?:làm|gây|khiến)\b", _I)


def _bare_counts_then_their_verb(window: str, counts: list[re.Match[str]]) -> bool:
    """Are the counts a list of bare items joined by commas whose verb follows the last one after its comma ("xảy ra
    3 đợt dông lốc, 1 đợt mưa đá, làm 1 người chết": all of them act)? Not when an item says more ("03 đợt rét đậm,
    rét hại, kèm mưa phùn, 08 đợt mưa to kèm dông lốc, gây ra lũ": the last one acts)."""
    return all(_BARE_COUNT_GAP.fullmatch(window, a.end(), b.start()) for a, b in pairwise(counts)) and bool(
        _BARE_COUNT_TAIL.match(window, counts[-1].end()))


def sentence_cause(window: str, story: Story | None = None) -> list[str]:
    """Hazards a sentence names as the cause of what follows ``window`` (the sentence up to a figure).

    From the last event count ("08 đợt mưa to ...") if any; then the first stretch between damage
    cues that names a hazard outside a passive damage description.
    """
    counts = list(_EVENT_COUNT.finditer(window))
    if counts:
        # (a count of disasters in general followed by the list of their kinds says what the events were: "15
        # đợt thiên tai, gồm 3 cơn bão, 4 đợt mưa lớn, 2 trận lũ quét, ... làm 9 người chết" blames them all;
        # not counts merely listed one after another, "03 đợt rét ..., 08 đợt mưa to ... gây", whose last
        # one acts, nor a list broken by damage said of a count before: "2 đợt mưa lớn làm sạt lở; 3 trận lốc")
        first = len(counts) - 1
        while first and not _DAMAGE_CUE.search(window, counts[first - 1].end(), counts[first].start()):
            first -= 1
        if not _KINDS_LISTED.match(window, counts[first].start()) and not (
                first < len(counts) - 1 and (_LAST_ITEM_JOINED.search(window, counts[-2].end(), counts[-1].start())
                                             or _bare_counts_then_their_verb(window, counts[first:]))):
            first = len(counts) - 1
        # ("Dông, lốc, mưa đá: 6 đợt, làm 512 nhà ...": a count whose own words name no hazard counts what the
        # label of its item names, before the colon; read only when the count's words name none, below)
        label = window[: counts[first].start()]
        label = label[label.rfind(";") + 1 :]
        window = window[counts[first].start() :]
    else:
        label = ""
    window = _blank(window, _PASSIVE)
    cues = list(_DAMAGE_CUE.finditer(window, 1))
    cuts = [0] + [m.start() for m in cues] + [len(window)]
    stretches = list(pairwise(cuts))
    for i, (a, b) in enumerate(stretches):
        # (a cause named only with its verb, "nắng nóng gay gắt làm 350 ha lúa bị thiếu nước": heat is a hazard when
        # said to do the damage, so its stretch is read again with the cue that closes it)
        found = hazards_in(window[a:b], story) or (hazards_in(window[a : cues[i].end()], story) if i < len(cues)
                                                   else [])
        if found:
            # "mưa to khiến sạt lở đất xảy ra ở nhiều nơi, khiến 2 người chết": a hazard the cause
            # sets off (it "happens") before the damage is a cause too; not "gây ngập úng", which
            # says how things were hit, nor the stretch right before the figure
            for c, d in stretches[i + 1 : -1]:
                if _HAPPENS.search(window, c, d):
                    found = _union(found, hazards_in(window[c:d], story))
            return found
    # (the label ends at its colon: "Lốc xoáy, mưa đá: xảy ra 5 đợt, gây ...")
    named, colon, _ = label.rpartition(":")
    if colon and (labelled := hazards_in(_blank(named, _PASSIVE), story)):
        return labelled
    if label and _DISASTERS_BEFORE_THE_TOTAL.search(label) and _BARE_EVENTS.match(window, _NUMBER.match(window).end()):
        # "14 loại hình thiên tai với tổng số 37 đợt, làm 6 người chết": the disasters the bare total counts acted
        return [IN_GENERAL]
    if label and (counted := _subject_counted(label, story)):
        # "Dông lốc đã diễn ra 9 đợt, làm tốc mái 50 nhà": what the count's subject names acted
        return counted
    # "sau bão số 8" only dates damage that the sentence blames on something else; when it blames
    # nothing else, the storm is the cause
    return ["storm"] if _DATING_STORM.search(window) else []


# "22/11", "2-4/10", "2/9/24": days of a month (a range says its month once), the year optional.
_DAY_RANGE = DIGITS + r"\s*(?:[-–]\s*" + DIGITS + r"\s*)?/\s*" + DIGITS + "(?:" + SLASH + r"\d{2,4})?"
# A number, or a day or time ("Sáng 22/11", "2-4/10", "2024-09", "17h", "9 giờ", "8 giờ 30": when,
# not how many).
# "trong hai ngày 19, 20-7", "Ngày 6-5": the days a "ngày" names, the month after a dash.
_NAMED_DAYS = r"(?<=ngày\s)\d{1,2}(?:\s*,\s*\d{1,2})*(?:\s*[-–]\s*\d{1,2})?\b"
# The first days of a span whose month is said once, at its end ("từ đêm 12 đến sáng 14/8", "chiều 2, đêm 3
# đến rạng sáng 4/11", "5 và 6/10"): days too, each followed by the span's joints and days up to its
# "day/month" (the words of a day, or an hour, may stand before each).
_SPAN_JOINT = r"\s*(?:,(?!\d)|[-–]|\b(?:và|đến|tới|sang)\b)\s*(?:hết\s+)?" + time_of_day(WRITTEN)
_DAY_BEFORE_ITS_MONTH = (
    r"(?<![\d.,])" + DIGITS
    + r"(?=(?:" + _SPAN_JOINT + DIGITS + r"\b(?!\s*/))*" + _SPAN_JOINT + DIGITS + SLASH + DIGITS + r"(?!\d))"
)
# How long it lasted ("trong 2 ngày", "kéo dài 3 ngày đêm"): no count of damage (a "ngày công" is work done).
_DAYS_LONG = r"\d{1,2}\s+(?:ngày|đêm)\b(?!\s+công)"
# How big or strong the hazard was ("mưa đá kích thước 2-3 cm", "lượng mưa 150-250 mm", "độ mặn 4‰", "gió giật cấp
# 12"): no count of damage either
_HAZARD_MEASURE = r"\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*(?:mm|cm|‰)(?!\w)|(?<=cấp\s)\d{1,2}\b"
# The year of a quarter or a half written in Roman numerals ("quý II/2027", "6 tháng đầu năm" is no figure either)
_QUARTER_YEAR = r"(?<=[IV]/)(?:19|20)\d{2}\b"
_NUMBER_OR_DAY = guarded(re.compile(
    r"(?P<day>" + year_first() + r"\b|" + _DAY_RANGE + r"\b|" + _NAMED_DAYS + r"|" + _DAY_BEFORE_ITS_MONTH + r"|"
    + _QUARTER_YEAR + r"|"
    + _DAYS_LONG + r"|" + _HAZARD_MEASURE + r"|"
    r"\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2}\b(?!\s*(?:người|nhà|ha|con|chiếc))(?:\s*phút)?)?\b)|\d+(?:[.,]\d+)*",
    _I,
))


def before_first_figure(text: str) -> str:
    """The text before its first figure: a cause is named before the damage it counts ("mưa lớn
    làm 85 nhà ..."); hazard words after a figure describe damage ("25 điểm sạt lở"). Event counts
    ("02 đợt mưa lớn"), dates, storm numbers ("bão số 3") and section numbers are not figures."""
    lowered = text.lower()  # (once, not once for each hazard pattern)
    # (each pattern's first hit outside a place's name)
    firsts = (next((m for m in pattern.finditer(lowered) if not _in_a_name(text, m.start())), None)
              for _, pattern in HAZARD_WORDS)
    last_hazard = max((m.end() for m in firsts if m), default=0)
    counts = {m.start() for m in _EVENT_COUNT.finditer(text)}
    for m in _NUMBER_OR_DAY.finditer(text, 0, last_hazard):  # numbers after the last hazard word change nothing
        if m.group("day") or m.start() in counts or is_blocked(text, m.start(), m.end()):
            continue
        return text[: m.start()]
    # ... unless a hazard word comes again after the figure ("Đường bị sạt lở 2,5 km; 2 điểm sạt lở đê bao": the
    # second says how the spots were hit, no cause of the first)
    for m in _NUMBER_OR_DAY.finditer(text, last_hazard):
        if m.group("day") or m.start() in counts or is_blocked(text, m.start(), m.end()):
            continue
        return text if _ANY_HAZARD.search(lowered, m.end()) is None else text[: m.start()]
    return text


def own_cause(ctx: FigureContext, story: Story | None = None) -> tuple[list[str], str]:
    """The cause the figure's sentence names, and the words that name it: those of its own part
    between semicolons ("...; ngập úng tại 35 vị trí"), else those of the sentence."""
    # a title run into its paragraph ("1 người chết sau bão số 9\nBão số 9 đổ bộ ... đã làm 1 người
    # chết"): the figure's sentence starts on its own line
    before = _LAST_LINE.split(ctx.before)[-1]
    if not _ANY_HAZARD.search(before.lower()) or _OPENS_A_SENTENCE.search(before[-4:]):
        # ("... 15 ha rau bị hư hại. Một người dân bị chết do sưởi ấm": a sentence that opens on its figure is run into
        # the one before, whose cause is no cause of its own; that one's is lent to it as an earlier statement's)
        return [], ""
    part = before[_part_start(before) :]
    # (the sentence's words only when the part's name no cause, and when they are more than the part's: the same
    # words read the same way; not a list item's verb run into its label, "- Nông nghiệp: ngập úng 450 ha lúa; đổ
    # gãy 1.200 cây", which says how its own count was hit, not what hit the parts after it)
    whole = len(part) < len(before) and not _opens_on_a_labelled_verb(before)
    counted_slide = False
    for words in (part, before) if whole else (part,):
        window = before_first_figure(words)
        cause = sentence_cause(window, story)
        if counted_slide and (not cause or cause == ["landslide"]):
            return [], ""
        if (
            cause
            and (_BARE_LABEL.fullmatch(window) or (":" in window and _LABELLED_VERB.match(window)))
            and set(cause) <= set(damage_modes(window, story))
            and not (("làm" in window or "gây" in window) and _CAUSING.search(window))
            and not _a_hazard_acts(window)
        ):
            # "- Sạt lở: 3 điểm", "Sạt lở taluy | m3 | 12.500": a label that says only how its count was hit, as "3 điểm
            # bị sạt lở" would; what hit it is the text's cause (so too a label run into that verb: "- Xã A: sạt lở
            # taluy sau nhà 14 hộ")
            if words is part and whole:
                counted_slide = True  # (the sentence's cause, when it names one before the part, is nearer: below)
                continue
            return [], ""
        if cause == ["landslide"] and (_landslide_counts_the_figure(window) or (
                ctx.unit in ("m3", "km") and _measure_of_a_counted_landslide(window)) or (
                # ("Quốc lộ 6 sạt lở 8 điểm; 02 công trình thủy lợi bị hư hỏng": the parts before counted what slid,
                # they blame the landslide for nothing after)
                words is before and whole and "sạt" in window and _counted_landslide_only(window, story))):
            # "Trên các tuyến giao thông, sạt lở 37 điểm": the spots are what slid, as "37 điểm bị sạt lở" are; what
            # made them slide is the text's cause (and so is what made the earth of their volume or length slide:
            # "sạt lở 37 điểm, khối lượng 5.000 m3"); a cause the sentence named before the part is nearer than the
            # text's ("mưa lớn kèm lốc xoáy làm tốc mái 15 nhà; sạt lở 12 điểm": the rain and the wind's spots)
            if words is part and whole:
                counted_slide = True
                continue
            return [], ""
        if cause:
            return cause, window
    # a title run into its paragraph puts counts before the sentence's own subject ("1 người chết sau
    # bão số 9 Bão số 9 đổ bộ vào Đà Nẵng đã làm 1 người chết"): the hazard that acts
    acting = _acting_hazards(before, story) or _happened_then_did(before, story)
    return (acting, before) if acting else ([], "")


# A verb of damage right after a hazard's words, by which the hazard acts on the count ("sạt lở đất vùi lấp 2 nhà",
# "lũ quét cuốn trôi 3 nhà", "gió lốc quật đổ 40 cây"), a word or two between (the ground that slid, "đất", "taluy")
_AGENT_VERB_NEXT = re.compile(r"(?:\s+(?!bị\b)[^\W\d]+){0,2}?\s+(?:" + word_source("agent_verbs") + r")\b", _I)


def _a_hazard_acts(window: str) -> bool:
    """Is a hazard of ``window`` the subject of a verb of damage right after it (``_AGENT_VERB_NEXT``): the cause of the
    count it leads to, not a label's verb saying how the count was hit ("- Xã A: sạt lở taluy 3 điểm")?"""
    lowered = window.lower()
    return any(_AGENT_VERB_NEXT.match(lowered, hazard.end()) for hazard in _ANY_HAZARD.finditer(lowered))


def _part_start(before: str) -> int:
    """Where the part of ``before`` after its last semicolon starts: not a semicolon inside closed brackets, which
    parts the kinds a count lists ("xảy ra 9 đợt thiên tai (3 đợt rét đậm; 4 đợt dông lốc), làm 2 người chết": the
    figure's part is the whole count's), not the sentence."""
    at = before.rfind(";")
    if at >= 0 and ")" in before[at:]:
        at = _blank(before, ASIDE).rfind(";")
    return at + 1


def _happened_then_did(before: str, story: Story | None) -> list[str]:
    """The hazards a count said to have happened names after its number, when a verb of damage after them leads to
    the figure ("xảy ra 48 điểm sạt lở bờ sông, làm 17 căn nhà bị sụp": the landslides hit the houses)."""
    if "xả" not in before and "xuất" not in before:
        return []
    part = before[_part_start(before) :]
    happens = [*_HAPPENS.finditer(part)][-1:]
    cue = [*_DAMAGE_CUE.finditer(part, happens[0].end())][-1:] if happens else []
    if not cue or not _DIGIT.search(part, happens[0].end(), cue[0].start()):
        return []
    happens, cue = happens[0], cue[0]
    return hazards_in(_blank(part[happens.end() : cue.start()], _PASSIVE), story)


_LAST_LINE = re.compile(rf"\n(?=\s*{UPPER})")
# A verb by which what is named before it acts ("Sạt lở đất làm hư hỏng 12 km đường"): no bare label of how a count
# was hit
_CAUSING = re.compile(r"\b(?:làm|gây)\b", _I)
# The words before a count that are only its label: a list item's mark, a few words and a colon ("- Sạt lở: ")
_BARE_LABEL = re.compile(r"\s*(?:(?:" + NUMBERED_MARK + "|" + DASH_MARK + r")\s*)?[^\W\d][^:;,.\n\d]{0,30}?\s*:?\s*")


def clause_cause(clause: str, story: Story | None = None) -> list[str]:
    """A cause the figure's own clause names: "do lũ cuốn trôi", "bị lốc xoáy làm tốc mái"."""
    found: list[str] = []
    for m in _CLAUSE_CAUSE.finditer(clause):
        found = _union(found, hazards_in(_blamed_words(m), story))
    return found


# Boats carried off ("2 tàu bị cuốn trôi", "thuyền bị sóng cuốn trôi"): the sea or the wind took them,
# it says no flood (a flood that did is named as their cause).
_BOATS = r"(?:tàu|thuyền|ghe|xuồng|vỏ\s+(?:máy|lãi)|bè\s+mảng)\b"
_CRAFT_CARRIED_OFF = re.compile(r"\b" + _BOATS + r"[^,;.\d]{0,30}?\bcuốn\s+trôi", _I)
# Fish cages or rafts at sea carried off ("1.200 lồng nuôi tôm hùm bị cuốn trôi", after another verb of theirs:
# "bị hư hỏng, cuốn trôi") in a storm: its waves', no flood; cages on a river or a lake ("lồng cá trên sông") stay the
# flood's
_CAGES_CARRIED_OFF = re.compile(r"(?<!\w)(?:lồng|bè)(?!\s+mảng)\b(?:(?!\b(?:sông|suối|hồ|đập|lũ)\b)[^,;.\d]){0,40}?"
                                r"(?:,\s*)?\bcuốn\s+trôi", _I)
# A count of boats ("6 tàu cá", "5 chiếc ghe"): no ground slid under them
_BOATS_COUNTED = re.compile(r"\s*(?:chiếc\s+)?" + _BOATS, _I)


def damage_modes(clause: str, story: Story | None = None) -> list[str]:
    found: list[str] = []
    # "kè chống sạt lở bị sập đổ": a work against landslides, no landslide
    written = clause
    clause = _NOT_HAZARD.sub(lambda m: " " * len(m.group()), clause.lower())
    if "cuốn" in clause:
        clause = _CRAFT_CARRIED_OFF.sub(lambda m: " " * len(m.group()), clause)
        if story is not None and story.tropical_storm:
            clause = _CAGES_CARRIED_OFF.sub(lambda m: " " * len(m.group()), clause)
    if not _ANY_DAMAGE_MODE.search(clause):
        return found
    for name, pattern in DAMAGE_MODES:
        if any(not _in_a_name(written, m.start()) for m in pattern.finditer(clause)):
            found = _union(found, _resolve(name, story))
    return found


def _add_modes(hazards: list[str], modes: list[str]) -> list[str]:
    """The damage's own hazards; a flood word adds nothing to a cause that already is a flood."""
    flooded = any(h in ("flood", "flash_flood") for h in hazards)
    return _union(hazards, [m for m in modes if not (flooded and m in ("flood", "flash_flood"))])


def _lent_with_modes(lent: list[str], modes: list[str]) -> list[str]:
    """The hazards of a figure whose cause is lent from the text around it: that cause with how the thing was hit,
    but only the one hazard a way of being hit names when the cause lists it among others ("xảy ra 8 đợt thiên tai
    (dông lốc, mưa đá; rét đậm)" ... "75 con gia súc chết rét": the cold alone)."""
    sole = [mode for mode in modes if mode in _SOLE_CAUSE_MODES]
    return _add_modes(sole, modes) if sole and set(sole) < set(lent) else _add_modes(lent, modes)


def _a_loss_line(ctx: FigureContext) -> bool:
    """The figure is the money of a line that opens on a loss of no subject of its own ("Ước thiệt hại ban đầu khoảng
    5 tỷ đồng" under "- Về giao thông: sạt lở 27 điểm"): the loss of the whole event, as a line of its total is."""
    return (
        ctx.unit in ("VND", "USD")
        and "hại" in ctx.sentence_text[:40]
        and bool(_OPENS_ON_LOSS.match(ctx.sentence_text))
        and ctx.document[ctx.offset + ctx.sentence[0] - 1 : ctx.offset + ctx.sentence[0]] == "\n"
    )


def _earlier_statement(ctx: FigureContext, story: Story) -> tuple[_Statement, bool] | None:
    """The nearest earlier sentence that names a cause (with the damage it describes), and whether
    it is close: in the figure's paragraph or the sentence right before it."""
    own_start = ctx.offset + ctx.sentence[0]
    # a cause is not lent across the heading of a section on something else ("3. Văn hóa - xã hội")
    other_topic = _on_other_topic(ctx)
    section = ctx.document.rfind(ctx.heading, 0, ctx.offset + ctx.start) if other_topic else -1
    nearest = True
    below = bisect_left(story.starts, own_start)
    fallback: tuple[_Statement, bool] | None = None
    sentences = story.sentences
    # "Về nhà ở, có 233.000 nhà bị hư hỏng", "Ước tổng thiệt hại ...": a kind of damage of the whole event, or its
    # total, after details of single places ("Tại Cao Bằng, sạt lở đất vùi lấp xe khách làm 21 người chết"), which
    # lend it nothing
    total = ("ổng" in ctx.sentence_text[:80] and _OPENS_ON_TOTAL.match(ctx.sentence_text)) or _a_loss_line(ctx)
    whole_event_kind = (("Về" in ctx.sentence_text[:12] or "hại về" in ctx.sentence_text[:24])
                        and _KIND_OF_DAMAGE_OPENING.match(ctx.sentence_text)) or total
    i = below - 1
    sibling_skipped = False
    # "Huyện B có 1.350 nhà bị ngập" after "Tại huyện A, sạt lở đất làm 3 nhà bị sập": the detail of another place
    # lends its cause nothing
    own_place = _place_opening(ctx.sentence_text)
    while i >= 0:  # back from the sentence before (no copy of the text's sentences)
        a, b = sentences[i]
        if own_start - b > _LOOKBACK or b <= section:
            break
        end = min(b, own_start)
        if (whole_event_kind and (_PLACE_DETAIL_OPENING.match(ctx.document, a, end) or (
                # (and a total after list items of a kind of damage: "- Về giao thông: sạt lở 120 điểm" blames the
                # landslides for the roads' damage alone, not for the whole loss)
                total and _KIND_OF_DAMAGE_ITEM.match(ctx.document, a, end)))) or (
                own_place and _place_opening(ctx.document[a:end]) not in ("", own_place)):
            nearest = False
            i -= 1
            continue
        # a sentence without a hazard word (most of them) states no cause and puts nothing down to
        # one: both readings below are None there, tested once here
        if story.hazard_near(a, end) and _of_an_earlier_year(ctx.document, a, ctx.year, ctx.sentence_text):
            # "Năm 2024, bão số 3 (Yagi) đã làm 12 người chết" recalled in a report of 2026: an old event named in
            # passing is no cause of the damage told after it
            nearest = False
            i -= 1
            continue
        if story.hazard_near(a, end):
            statement = _statement(ctx.document, a, end, story)
            if (
                statement is not None
                and statement.item
                and statement.item == _mark_shape(_item_opening(ctx.document, own_start))
            ):
                # "- Sạt lở: 3 điểm" over "- Lúa bị ngập: 45 ha": another item's own hazard, not this one's
                i -= 1
                nearest, sibling_skipped = False, True
                continue
            if statement is not None and statement.cause == ["storm"] and not story.storm_named:
                # "Ven biển có sóng lớn làm 3 thuyền bị chìm" in a text that names no storm: the seas' own damage,
                # no cause of the lines after it ("Thiệt hại về sản xuất: 210 ha hoa màu ...")
                statement = None
            if statement is not None and _a_toll_of_the_year_paragraphs_before(ctx, a, end, own_start):
                # "Lũy kế từ đầu năm, thiên tai đã làm 7 người chết ..." over a later paragraph's damage ("Bảng tổng
                # hợp thiệt hại: ... Xã A | 12 | ..."): the year's toll of every kind, not the event the report tells
                nearest = False
                i -= 1
                continue
            if statement is not None and (total_label := _running_total_after_its_sibling(ctx.document, a, own_start)):
                # "1. Thiệt hại trong ngày 7/9: - Xã A: lốc xoáy làm …" over "2. Lũy kế từ đầu đợt mưa: - Về người: 2
                # người chết": one day's item is a part of the running total, not its cause (what the total's own
                # label names is, else the weather the report's opening told; else disasters of no kind said)
                return _Statement(_running_total_cause(ctx, story, total_label), []), False
            if statement is not None and _in_a_section_before(ctx.document, a, own_start):
                # "4. Quản lý bảo vệ rừng: ... 03 vụ cháy rừng" over "7. Phòng chống thiên tai: ... 17 căn nhà bị sụp":
                # a section on another topic told its own story; the figure's section starts a new one
                break
            if statement is not None:
                return statement, nearest or a >= ctx.offset
            if fallback is None:
                put_down = _put_down_to(ctx.document, a, end, story)
                mark = _labelled_by_its_hazard(ctx.document, a, end, put_down.cause, story) if put_down else ""
                if mark and mark == _mark_shape(_item_opening(ctx.document, own_start)):
                    # "- Nhà bị ảnh hưởng do sạt lở: 17 nhà" over "- Lúa bị ngập úng: 45 ha": the cause its label
                    # gives is that item's own, as a label of its hazard is
                    put_down, sibling_skipped = None, True
                fallback = (put_down, nearest or a >= ctx.offset) if put_down is not None else None
            i -= 1
        else:
            # ... and so are the sentences back to the one where the last hazard word before this one starts
            # (the sentences tile the text): each would only be read against the bounds above, which end the
            # walk at that sentence too when they end it at one of them (their ends only fall going back)
            last = bisect_left(story.hazard_at, a) - 1
            i = bisect_right(story.starts, story.hazard_at[last]) - 1 if last >= 0 else -1
        nearest = False
    if fallback is None and sibling_skipped:
        # (an item of a list whose other items name their own hazards, where nothing else names one: the damage of
        # a disaster all the same, of no kind said)
        return _Statement([IN_GENERAL], []), False
    return fallback


# A numbered line of a report: its mark and the label up to a colon or the line's end ("4. Quản lý bảo vệ rừng:",
# "III. VĂN HÓA - XÃ HỘI")
_NUMBERED_SECTION = re.compile(r"^[^\S\n]*(" + NUMBERED_MARK + r")[^\S\n]+([^\W\d][^\n:]{1,80})", re.M)


def _section_above(document: str, at: int) -> re.Match[str] | None:
    """The last numbered line that starts at or before ``at`` (at most ``_LOOKBACK`` back)."""
    last = None
    for m in _NUMBERED_SECTION.finditer(document, max(0, at - _LOOKBACK)):
        if m.start() > at:
            break
        last = m
    return last


def _in_a_section_on_disasters(ctx: FigureContext) -> bool:
    """Is the figure's sentence in a numbered section whose label names disasters in general ("6. Phòng, chống thiên
    tai:"; not one that only says damage, "3. Thiệt hại kinh tế ước 1,6 tỷ đồng")?"""
    own_start = ctx.offset + ctx.sentence[0]
    own = _section_above(ctx.document, own_start)
    return own is not None and bool(_DISASTERS_NAMED.search(own.group(2)))


_DISASTERS_NAMED = re.compile(r"\bthiên\s+tai\b", _I)


def _in_a_section_before(document: str, a: int, own_start: int) -> bool:
    """Is the sentence at ``a`` in a numbered section on another topic than disasters (its label names neither them
    nor a hazard nor a kind of damage, "4. Quản lý bảo vệ rừng:"), a section of the same mark before the one the
    figure's sentence at ``own_start`` is in ("7. Phòng chống thiên tai: ...")?"""
    if "\n" not in document[a:own_start]:
        return False
    own = _section_above(document, own_start)
    if own is None or own.start() <= a:
        return False
    theirs = _section_above(document, a)
    if theirs is None or _mark_shape(theirs) != _mark_shape(own):
        return False
    label = theirs.group(2)
    return not (_names_the_topic(label) or _names_damage(label) or _KIND_OF_DAMAGE_ITEM.match(theirs.group()))


def _running_total_cause(ctx: FigureContext, story: Story, label: str) -> list[str]:
    """The cause of the figures of a running total's section labelled ``label``: what that label names, else the
    weather the report's opening told, else its lead statement's cause; else disasters of no kind said."""
    lead = _lead_statement(ctx.document, story)
    named = hazards_in(label, story) or _weather_told_first(ctx, story) or (list(lead.cause) if lead else [])
    return named or [IN_GENERAL]


def _running_total_label(document: str, own_start: int) -> str:
    """The label of the numbered section the sentence at ``own_start`` is in when it is a running total's ("2. Lũy kế
    thiệt hại từ đầu đợt mưa:"), else ""."""
    own = _section_above(document, own_start)
    return own.group(2) if own is not None and _RUNNING_TOTAL_LABEL.search(own.group(2)) else ""


def _running_total_after_its_sibling(document: str, a: int, own_start: int) -> str:
    """The label of the numbered section of a running total the figure's sentence at ``own_start`` is in ("2. Lũy kế
    thiệt hại từ đầu đợt mưa:") when the sentence at ``a`` is in a section of the same mark before it ("1. Thiệt hại
    trong ngày 7/9:"), else ""."""
    if "\n" not in document[a:own_start]:
        return ""
    own = _section_above(document, own_start)
    if own is None or own.start() <= a or not _RUNNING_TOTAL_LABEL.search(own.group(2)):
        return ""
    # (at any depth below the sibling: "2. Thiệt hại theo địa bàn: a) Xã A: - Lũ quét …" before "3. Lũy kế …")
    shape = _mark_shape(own)
    siblings = takewhile(lambda m: m.start() <= a, _NUMBERED_SECTION.finditer(document, max(0, a - _LOOKBACK)))
    return own.group(2) if any(_mark_shape(m) == shape for m in siblings) else ""


# The label of a section that sums a toll since the start of something ("Lũy kế thiệt hại", "Cộng dồn", "Tính từ đầu
# đợt mưa", "Thiệt hại từ đầu năm")
_RUNNING_TOTAL_LABEL = re.compile(r"\b(?:(?:lũy|luỹ)\s+kế|cộng\s+dồn|từ\s+đầu\s+(?:đợt|năm|mùa|vụ))\b", _I)


# A sentence opened by a year of its own ("Năm 2024, ...", "Trong năm 2023, ..."): what it tells is of that year
_YEAR_OPENING = re.compile(r"\W{0,4}(?:(?:[Tt]rong|[Vv]ào)\s+)?[Nn]ăm\s+((?:19|20)\d{2})\b")


def _of_an_earlier_year(document: str, a: int, year: int | None, own: str) -> bool:
    """Does the sentence at ``a`` open on a year before the report's, one the figure's own sentence does not open on
    ("Năm 2024, cơn bão số 3 đã ..." in a report of 2026)?"""
    if year is None or "ăm" not in document[a : a + 16]:
        return False
    opening = _YEAR_OPENING.match(document, a, a + 24)
    if opening is None or int(opening.group(1)) >= year:
        return False
    own_opening = _YEAR_OPENING.match(own[:24])
    return own_opening is None or own_opening.group(1) != opening.group(1)


# A sentence opened by a kind of damage ("Về nhà ở, ...", "Về nông nghiệp: ..."), and one opened by a single place
# ("Tại Lào Cai, ...", "Riêng huyện A, ...")
# ("Thiệt hại về sản xuất: 185 ha lúa ..." under a bulletin's heading of damage is such a kind, named by its damage)
_KIND_OF_DAMAGE_OPENING = re.compile(r"\W*(?:Thiệt\s+hại\s+về|Về)\s+[^\W\d][^\d,:;.\n]{0,30}[,:]", _I)
_KIND_OF_DAMAGE_ITEM = re.compile(
    r"\s*(?:" + DASH_MARK + "|" + NUMBERED_MARK + r")[^\S\n]*Về\s+[^\W\d][^\d,:;.\n]{0,30}:")
_PLACE_DETAIL_OPENING = re.compile(
    rf"\W*(?:[Tt]ại|[Ởở]|[Rr]iêng)\s+(?:(?:{UNIT_WORDS}|TP\.?)\s+)?" + CAP_WORD)


# A heading that labels the next part of a list ("3. Về nông nghiệp:", "c) Về giao thông", "Giáo dục:").
_LIST_LABEL_HEADING = re.compile(r"(?:[\dIVXivx]+[.)]|[a-zđ][.)])?\s*(?:[Vv]ề\s|.*:\s*$)")


@per_document(maxsize=64)  # (every figure of a section, and each reading of it, asks of the same heading)
def _names_the_topic(heading: str) -> bool:
    """Does the heading name disasters or a hazard?"""
    return bool(_DISASTER_TOPIC.search(heading) or _ANY_HAZARD.search(heading.lower()))


def _on_other_topic(ctx: FigureContext) -> bool:
    """The figure is under the heading of a section on something else ("3. Văn hóa - xã hội"): a heading
    that names neither disasters nor a hazard, and that goes on from no damage. A label of a list ("3. Về
    nông nghiệp:") right after a line of damage ("2. Về nhà ở: ... 86 nhà.") is the next kind of damage of
    the same list, on the same event; a section's title after the last damage of the section before is not."""
    heading = ctx.heading
    if not heading or _names_the_topic(heading):
        return False
    at = ctx.document.rfind(heading, 0, ctx.offset + ctx.start)
    if not _LIST_LABEL_HEADING.match(heading):
        # a bare sub-heading of a section on the damage ("II. TÌNH HÌNH THIỆT HẠI" over "3. Nông nghiệp"), and
        # the figure's own item that names the loss ("5. Ước thiệt hại về kinh tế: 148 tỷ đồng"), go on about it
        own = ctx.sentence_text
        return not ((_SUB_HEADING.match(heading) and _under_a_damage_section(ctx.document, at))
                    or ("hại" in own[:40] and _OPENS_ON_DAMAGE_ITEM.match(own)))
    line_before = ctx.document[max(0, at - 300) : at].rstrip().rsplit("\n", 1)[-1] if at > 0 else ""
    # (the first label of the list right under the heading of the damage: "I. THIỆT HẠI" over "1. Về người:")
    return not ((_DIGIT.search(line_before) and _names_damage(line_before))
                or (len(line_before) < 80 and _DISASTER_TOPIC.search(line_before)))


# The heading of a section on the damage ("II. TÌNH HÌNH THIỆT HẠI", "2. Thiệt hại do mưa lũ")
_DAMAGE_HEADING = re.compile(r"thiệt\s+hại", _I)
# A heading of the lower level ("3. Nông nghiệp", "b) Giao thông"), and one of the higher level ("II. THIỆT HẠI")
_SUB_HEADING = re.compile(r"\s*(?:\d{1,2}|[a-zđ])[.)]\s")
_SECTION_HEADING_LINE = re.compile(r"^[^\S\n]*[IVX]{1,4}[.)][^\S\n]+([^\n]{0,120})$", re.M)
# An item of a list that names the loss itself: "5. Ước thiệt hại về kinh tế:", "- Thiệt hại về tài sản:"
_OPENS_ON_DAMAGE_ITEM = re.compile(
    r"\W*(?:\d{1,2}[.)]\s*)?(?:ước\s+(?:tính\s+)?)?(?:tổng\s+)?(?:giá\s+trị\s+)?thiệt\s+hại\b", _I)


@per_document(maxsize=16)  # (every figure under one sub-heading asks of the same place)
def _under_a_damage_section(document: str, at: int) -> bool:
    """Is the nearest higher heading above ``at`` (a roman-numbered one, within a few pages) the title of a
    section on the damage or on disasters ("II. TÌNH HÌNH THIỆT HẠI", "I. TÌNH HÌNH MƯA LŨ")?"""
    if at <= 0:
        return False
    last = None
    for m in _SECTION_HEADING_LINE.finditer(document, max(0, at - 4000), at):
        last = m  # (the nearest)
    if last is None:
        return False
    title = last.group(1)
    return bool(_DAMAGE_HEADING.search(title)) or _names_the_topic(title)


def _lead_statement(document: str, story: Story) -> _Statement | None:
    """The first statement of a cause with its damage in the text's opening (its first ``_LOOKBACK``
    characters): what a bulletin opens with ("Do ảnh hưởng của áp thấp nhiệt đới, ... có mưa to, gây
    ngập lụt"); None in a report that opens on something else."""
    for a, b in story.sentences:
        if a >= _LOOKBACK:
            return None
        if story.hazard_near(a, b) and (statement := _statement(document, a, b, story)) is not None:
            return statement
    return None


def _put_down_to(document: str, a: int, b: int, story: Story) -> _Statement | None:
    """The cause a sentence puts its damage down to ("8 người chết do sạt lở đất"), when no sentence
    before states a cause of its own: what the next sentence of damage ("Cũng tại đây có 16 người mất
    tích") goes on about. Asides in parentheses are a figure's own ("(nguyên nhân do sạt lở đất)")."""
    if not story.hazard_near(a, b):
        return None
    full = document[a:b]
    cause = clause_cause(_blank(full, ASIDE), story)
    if not cause or (not _DAMAGE_CUE.search(full) and not _DAMAGE_WORDS.search(full)):
        return None
    return _Statement(cause, damage_modes(_blank(full, _CLAUSE_CAUSE), story), False)


# "- Giao thông: sạt lở 124 điểm, ...": an item of a list whose label runs straight into the verb that says how
# its count was hit; that verb is no cause of the items after it ("- Nông nghiệp: 1.800 ha bị ngập"). So with
# the few words of what was hit between ("Thôn Khe Mo: sạt lở taluy dương 3 điểm"), not with a verb that makes
# the hazard act ("sạt lở đất làm hư hỏng 96 điểm")
_LABELLED_VERB = re.compile(
    r"\s*(?:" + DASH_MARK + "|" + NUMBERED_MARK + r")?[^\S\n]*[^\W\d][^:;,.\n\d]{0,30}:\s*(?:bị\s+)?"
    r"(?:sạt\s+lở|ngập(?:\s+úng|\s+lụt|\s+sâu)?|sụt\s+lún|cuốn\s+trôi|vùi\s+lấp)"
    rf"(?:\s+(?!(?:làm|gây|khiến|do|bởi)\b)[^\W\d]+){{0,3}}?(?:\s+(?:{HEDGE_WORDS}))?\s*$",
    _I)


def _opens_on_a_labelled_verb(sentence: str) -> bool:
    """The sentence's first count follows a list item's label and its verb ("- Giao thông: sạt lở 96 điểm"),
    and the lines above it in the sentence ("Thiệt hại:") name no hazard."""
    number = _DIGIT.search(sentence)
    if number is None:
        return False
    line_start = sentence.rfind("\n", 0, number.start()) + 1
    return bool(_LABELLED_VERB.match(sentence, line_start, number.start())) and not (
        line_start and _ANY_HAZARD.search(sentence[:line_start].lower()))


def _statement(document: str, a: int, b: int, story: Story) -> _Statement | None:
    """The cause ``document[a:b]`` states for damage it describes (None if it states none);
    read once per sentence of a text."""
    key = (a, b)
    if key not in story.statements:
        full = document[a:b]
        if "\t" in full:
            # (the lines of a tab table state nothing: its header names its columns, "Nhà bị hư hỏng (nhà) | Điểm sạt
            # lở (điểm)", no cause of the damage of its rows)
            full = _blank(full, _TAB_LINE)
        if ("báo" in full or "cơ" in full) and _OUTLOOK_CLAUSE.search(full):
            # ("Dự báo 24 giờ tới mưa lớn tiếp diễn; cảnh báo nguy cơ lũ quét, sạt lở đất tại 45 xã": an outlook
            # states no cause of the damage told after it)
            full = _blank(full, _OUTLOOK_CLAUSE)
        statement = None
        if story.hazard_near(a, b):  # most sentences of a report name no hazard at all
            # the cause before the damage; else a hazard that acts after the first count ("Quảng Ninh:
            # 2 người mất tích Theo tin ..., bão số 8 đã ảnh hưởng ..."; a line run into its heading)
            cause = [] if _opens_on_a_labelled_verb(full) else (
                sentence_cause(before_first_figure(full), story) or _acting_hazards(full, story))
            says_damage = _DAMAGE_CUE.search(full) or (_DAMAGE_WORDS.search(full) and not _EVACUATION.search(full))
            if "landslide" in cause and ("sạt" in full or "sụt" in full) and _counted_landslide_only(full, story):
                # "Trên các tuyến giao thông, sạt lở 37 điểm. ¶ 14 công trình thủy lợi bị hư hỏng": the spots are
                # the landslide's own damage; the works after were hit by what the text told hit it all
                cause = [hazard for hazard in cause if hazard != "landslide"]
            if cause and says_damage:
                statement = _Statement(
                    cause,
                    damage_modes(_blank(full, _CLAUSE_CAUSE), story),
                    _names_whole_event(before_first_figure(full)),
                    _labelled_by_its_hazard(document, a, b, cause, story),
                )
        story.statements[key] = statement
    return story.statements[key]


_TAB_LINE = re.compile(r"[^\n]*\t[^\n]*")


# A landslide said as the verb of its own count ("sạt lở 37 điểm", "sạt lở taluy dương khoảng 120 vị trí", "gây sạt
# lở tại 12 điểm"): what was hit and counted, not what hit anything else; not the day it came on ("thiệt hại do mưa
# lũ, sạt lở đất ngày 20/9/2026": a title's cause, whose date counts nothing)
_LANDSLIDE_COUNTED = re.compile(
    r"\b(?:sạt|sụt)\s+(?:lở|lún)(?:\s+(?!(?:làm|gây|khiến|do|bởi|ngày|đêm|tháng|năm|từ|đến|lúc)\b)[^\W\d]+){0,3}?"
    rf"(?:\s+(?:tại|ở))?(?:\s+(?:{HEDGE_WORDS}))?\s+\d", _I)


def _landslide_counts_the_figure(window: str) -> bool:
    """Does the window up to a figure end on a landslide as that figure's verb, with no hazard before it (nor the
    landslide acting by a verb of its own: "sạt lở đất vùi lấp 2 nhà")?"""
    counted = _LANDSLIDE_COUNTED.search(window + "0", max(0, len(window) - 60))
    return bool(
        counted
        and counted.end() == len(window) + 1
        and not hazards_in(window[: counted.start()])
        and not _a_hazard_acts(window[counted.start() :])
    )


# The measure of the item counted before, up to the figure (", khối lượng khoảng ", ", tổng chiều dài "), or a bare
# "với" run on from the count to its volume or length ("sạt lở 8 điểm với khoảng 1.200 m3 đất đá")
_MEASURE_OF_THE_LAST = re.compile(
    rf"(?:,\s*(?:với\s+)?(?:tổng\s+)?(?:khối\s+lượng|(?:chiều\s+)?dài)|\s+với)(?:\s+(?:{HEDGE_WORDS}))?\s*$", _I)


# A road's number after its kind ("tỉnh lộ 156", "QL.4C", "đường ĐT 279"): part of the road's name, no count
_ROAD_NUMBER = re.compile(
    r"(?:(?:quốc|tỉnh|huyện)\s+lộ|\b(?:QL|ĐT|ĐH|TL))\s*\.?\s*\d{1,4}[A-Z]?\b(?!\s*(?:km|m|mét)\b)", _I)


def _measure_of_a_counted_landslide(window: str) -> bool:
    """Does the window up to a figure hold a landslide as the verb of its own count, with no hazard before it, and
    then only that count's volume or length ("sạt lở 6 điểm trên tỉnh lộ 156, khối lượng khoảng ")?"""
    if not _MEASURE_OF_THE_LAST.search(window):
        return False
    counted = _LANDSLIDE_COUNTED.search(window)
    if not counted:
        return False
    rest = window[counted.end() :].lstrip("0123456789.,")
    rest = _ROAD_NUMBER.sub(" ", rest) if _DIGIT.search(rest) else rest
    return not _DIGIT.search(rest) and not hazards_in(window[: counted.start()])


def _counted_landslide_only(full: str, story: Story) -> bool:
    """Is the sentence's landslide only the verb of its count, told of nothing else it did ("Trên các tuyến giao
    thông, sạt lở 37 điểm ..., gây ách tắc"; "Mưa lớn gây sạt lở 37 điểm trên Quốc lộ 15C.")? Then the spots are
    its damage alone: the landslide is no cause of the lines after (not "Sạt lở 3 điểm làm 2 nhà bị vùi lấp")."""
    counted = _LANDSLIDE_COUNTED.search(full)
    return bool(counted and "landslide" not in hazards_in(full[: counted.start()], story)
                and not _DAMAGE_CUE.search(full, counted.end()))


# A list item's mark at its line's start ("- ", "a) ", "2. "), and the label up to its colon
_ITEM_MARK = re.compile(r"[^\S\n]*(" + NUMBERED_MARK + "|" + DASH_MARK + r")[^\S\n]*")
_MARK_LABEL = re.compile(r"([^\W\d][^:;\n\d]{1,40}):")
# an item's label that is the day (or the part of a day) it tells of: "Ngày 29/10/2026:", "Đêm 12-13/6:", "Chiều 3/8,"
_DAY_LABEL = re.compile(r"(?:ngày|đêm|sáng|trưa|chiều|tối|rạng\s+sáng)\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*/\s*\d{1,2}"
                        r"(?:\s*/\s*\d{2,4})?\s*[:,]", _I)
# the few words that may stand between an item's label and its first count ("- Dông lốc: làm 148 nhà ..."), past
# the words that say it did damage ("- Mưa đá: gây thiệt hại tại 2 xã: ...", "gây thiệt hại trên địa bàn 3 huyện")
_FEW_WORDS = re.compile(r"\s*(?:(?:gây|làm)\s+thiệt\s+hại\s+)?(?:[^\W\d]+\s+){0,3}\Z")


def _item_opening(document: str, at: int) -> re.Match[str] | None:
    """The mark of the list item that opens its line at ``at`` (past blanks), None when no item opens there."""
    head = document[at : at + 40]
    start = at + len(head) - len(head.lstrip())
    line_start = document.rfind("\n", 0, start) + 1
    return None if document[line_start:start].strip() else _ITEM_MARK.match(document, line_start)


def _mark_shape(opening: re.Match[str] | None) -> str:
    """A mark's shape, digits as "1", small letters as "a" ("b)" → "a)", "3." → "1.", "-" → "-"); "" for none."""
    return re.sub(r"[a-zđ]", "a", re.sub(r"\d+", "1", opening.group(1))) if opening else ""


def _labelled_by_its_hazard(document: str, a: int, b: int, cause: list[str], story: Story) -> str:
    """The mark shape of the list item ``document[a:b]`` when its label names the cause it states and its first
    count follows the label in a few words ("- Sạt lở: 3 điểm", "b) Lũ quét: làm 4 người chết"): the hazard of
    that item's own damage, not the cause of the items beside it ("- Nhà bị hư hỏng: 12 nhà"); else ""."""
    opening = _item_opening(document, a)
    # (the item may open the next line, under a heading run into its sentence: "II. THIỆT HẠI ¶ - Ngày 27/10/2026: ...")
    dated = opening or (_item_opening(document, document.find("\n", a, b) + 1) if "\n" in document[a:b] else None)
    if dated is not None and _DAY_LABEL.match(document, dated.end(), b):
        # "- Ngày 12/6/2027: mưa đá kèm dông lốc ... làm 40 nhà bị tốc mái" over "- Ngày 13/6/2027: ..., 5 nhà bị sạt
        # lở": an item of a brief each dated tells one day's event, its cause lent to no other day's
        return _mark_shape(dated)
    label = _MARK_LABEL.match(document, opening.end(), b) if opening else None
    if label is None and "\n" in document[a:b]:
        # ("II. THIỆT HẠI ¶ - Nhà bị ảnh hưởng do sạt lở: 17 nhà.": a heading run into the item's sentence; the item is
        # its next line)
        line = document.find("\n", a, b) + 1
        opening = _item_opening(document, line)
        label = _MARK_LABEL.match(document, opening.end(), b) if opening else None
    if label is None or not set(cause) <= set(hazards_in(label.group(1), story)):
        return ""
    # (its first count, not a day: "- Lũ quét: đêm 12/7 tại bản A xảy ra lũ quét, ..." tells the event)
    number = next((m for m in _NUMBER_OR_DAY.finditer(document, label.end(), b) if not m.group("day")), None)
    return _mark_shape(opening) if number and _FEW_WORDS.match(document[label.end() : number.start()]) else ""


# The smaller tests of the per-figure readings below, compiled once (they read every figure).
_CLAUSE_MARK = re.compile(r"[;:(]|,(?!\s*\d)")
_DIGIT = re.compile(r"\d")
_LIST_JOINT = re.compile(r"\bvà\b|,")
_CLAUSE_STOP = re.compile(r"[;.()…]|\d")
_PASSIVE_WORD = re.compile(r"\bbị\b")
_LIST_END = re.compile(r";|\.(?!\d)")
# a tropical depression is counted by its own name, as a storm is by "cơn" ("03 cơn bão và 02 áp thấp nhiệt
# đới", "2 ATNĐ"): one event each
_EVENT_LABEL = guarded(re.compile(r"(?:đợt|trận|cơn|áp\s+thấp|atnđ)\b", _I))
# ("bè mảng" is a fishing raft, a craft: infrastructure, not a farm's cage)
# ("1.120 ô lồng": the cells of a cage farm, counted one by one)
_POND_LABEL = re.compile(r"ao\b|lồng\b|bè\b(?!\s+mảng)|ô\s+(?:nuôi|lồng)\b", _I)
_POND_WORD = re.compile(r"(?<!\w)(?:" + _POND_LABEL.pattern + ")", _I)
# the households a fish farm names ("hộ nuôi biển", "hộ dân nuôi trồng thủy sản", "hộ nuôi tôm hùm")
_FARMING_HOUSEHOLD = re.compile(r"(?:\s+dân)?\s+nuôi\s+(?:biển\b|(?=" + word_source("aquaculture") + r"))", _I)
# Moved out of harm's way: "di dời người và tài sản ra vùng an toàn", "sơ tán đến nơi an toàn".
_TO_SAFETY = re.compile(r"(?:ra|đến|tới|về)\s+(?:vùng|nơi|khu\s+vực|chỗ|điểm)\s+(?:ở\s+)?an\s+toàn", _I)
_DEFINITION_NEXT = re.compile(r"\s*=")
_SPOTS_OVER = re.compile(r"\d\s*(?:điểm|vị\s+trí|đoạn)\s*/\s*$", _I)
_DEFINITION_BEFORE = re.compile(r"=\s*$")
# Whose things were hit ("6 công chôm chôm của 12 hộ"): the words before "của" name the things.
# an area right before its owners ("thôn A chiếm 119 ha, thuộc sở hữu của 158 hộ"): land, not houses
_AREA_OWNED = re.compile(rf"\d\s*(?:ha\b|m\s*2|m²)[^;.\d]{{0,40}}\bcủa\s+(?:(?:{HEDGE_WORDS})\s+)?$", _I)
# what the households counted have that was hit ("801 hộ dân có cây trồng bị ảnh hưởng")
_CROPS_THEY_HAVE = re.compile(r"\s*(?:dân\s+|gia\s+đình\s+)?(?:có|với)\s+([^,;.\d]{1,30})", _I)
_OWNERS = re.compile(rf"([^,;]{{0,60}})\bcủa\s+(?:(?:{HEDGE_WORDS})\s+)?$", _I)
_OWNERS_WORD = lowered_literal_scan(_OWNERS)  # (its search tries 60 lengths at every place: only with "của" there)
# Whom a service reaches ("trạm cấp nước cho gần 18.000 hộ"), not what hit them ("khiến cho 6 nhà").
_SERVED = re.compile(rf"(?<!khiến\s)(?<!làm\s)\bcho\s+(?:(?:{HEDGE_WORDS})\s+)?$", _I)
# Households left without power or water, cut off, or using salty water: their houses were not hit.
# ("15 hộ dân vào đêm 4/4 gây mất điện" is the wind's doing, said of no household)
_CUT_OFF = guarded(re.compile(
    r"(?:\bbị\s+|^\s*(?:dân\s+)?)(?:mất\s+(?:điện|nước)|cô\s+lập)|thiếu\s+nước|(?:sử\s+dụng|dùng)\s+(?:nguồn\s+)?nước",
    _I,
))
# ... or said before the count ("làm mất điện 12.000 hộ", "thiếu nước sinh hoạt cho 900 hộ")
_CUT_OFF_BEFORE = re.compile(
    rf"(?:mất\s+(?:điện|nước)|thiếu\s+nước)(?:\s+(?:sinh\s+hoạt|ngọt|cho|của))*\s+(?:(?:{HEDGE_WORDS})\s+)?$", _I)
# ... or hit in another part of their lives than their homes ("850 hộ bị ảnh hưởng về nước sinh hoạt", "2.150 hộ bị
# thiệt hại về sản xuất"; their homes and property are: "35 hộ bị thiệt hại về nhà ở", "về tài sản")
_HIT_ELSEWHERE = re.compile(r"\b(?:ảnh\s+hưởng|thiệt\s+hại)\s+(?:về|đến|tới)\s+"
                            r"(?!(?:nhà|tài\s+sản|nơi\s+ở|chỗ\s+ở|người\s+và\s+tài\s+sản)\b)[^\W\d]", _I)
# The next item of a list of counts (", 1.200 hộ bị mất điện"): what it says is said of its own count, not of
# the households before it ("320 hộ bị ngập nhà, 1.200 hộ bị mất điện": the 320 were flooded)
_NEXT_COUNTED_ITEM = re.compile(rf"(?:,|\svà)\s*(?:(?:{HEDGE_WORDS})\s+)?\d")
_PLANTS = re.compile(r"(?:cây|chậu|gốc|khóm)\b", _I)
_BEEHIVES = re.compile(r"(?:đàn|tổ|thùng|đõ)\s+ong\b", _I)
# Dragon fruit and pepper counted by the post they climb ("500 trụ thanh long", "1.200 trụ hồ tiêu"): crops
_CROP_POST = re.compile(r"trụ\s+(?:thanh|tiêu|hồ)\b", _I)
_HEAD_SPLIT = re.compile(r";|,(?!\d)|\.\s")  # (not a decimal comma: "4 đoạn đê dài 2,1 km bị vỡ")
_SQUARE_METRES_NEXT = re.compile(r"\s*m\s*(?:2|²)")
_METRES_NEXT = re.compile(r"\s*m\b")
_AREA_WORD = re.compile(r"diện\s+tích")
_DASH_NEXT = re.compile(r"\s*[-–]")
# Where the words of a verb before a count of houses end: a clause mark, a sentence end, a line break
# (two spaces in the clean text: "... sập đổ hoàn toàn  Tại bản A có 3 hộ" is a caption, then a line).
_VERB_SPAN_END = re.compile(r"[,;:()\n]|\.(?!\d)|\s{2,}")
_RANGE_END = re.compile(r"\d\s*(?:m|km)?\s*[-–]\s*$")
_LOSS_WORD = re.compile(r"thiệt\s+hại")
# A detail of the figure before: "trong đó ...", "riêng huyện Tiền Hải có 25 người".
# (with a first-letter guard, same matches: it scans the sentence before money and people figures)
_OF_WHICH = guarded(re.compile(r"\btrong\s+đó\b|\briêng\b", _I))
_DETAIL_OPENING = re.compile(r"\W*(?:trong\s+đó|theo\s+đó|cụ\s+thể|riêng)\b", _I)
# A hazard (its number optional) right before an active verb.
_ACTING = re.compile(
    r"(?P<subject>(?:\S+\s+){0,2}\S+)(?:\s+số\s+\d+)?\s+(?:đã\s+)?(?:gây|làm|khiến|ảnh\s+hưởng|đổ\s+bộ|quét\s+qua)\b",
    _I,
)
# (or a sign opening a bracket after a count: "8.420 nhà bị ngập (+1.150 nhà)", "(−300 ha)", "(-2 người)": the
# bulletin's change on its last count)
_CHANGE_BEFORE = re.compile(
    rf"\b(?:tăng|giảm|(?:cao|thấp|nhiều|ít)\s+hơn)\s+(?:thêm\s+)?(?:(?:{HEDGE_WORDS}|dưới)\s+)?$|\(\s*[+−]\s*$|\([-–]$",
    _I,
)
_HECTARES = re.compile(r"(?:\b|(?<=\d))ha\b|hecta|héc\s*ta", _I)  # "89.700ha" too
# A house count's words end at the next figure or clause, where a new verb takes its own object
# ("làm 9 nhà sập đổ hoàn toàn và làm ngập úng 87 ngôi nhà khác"), or where "trong đó" opens a part
# of them with words of its own ("12 nhà ở xã A, trong đó hai nhà có nguy cơ sập": the risk is the
# part's, not the twelve's).
# A new bullet or a blank line ends them too: the next line of a bulletin is another count's.
_HOUSE_WORDS_STOP = re.compile(
    r"[;.()]|\d|\svà\s+(?:làm|khiến|gây)\b|\skhiến\b|\slàm\s+cho\b|\btrong\s+đó\b|\n\s*(?:\n|[-+*•–])", _I
)
# The last comma or "và" before the next count: what follows it is said of that count.
_LAST_JOINT = re.compile(r"(?:,|\svà\s)(?!.*(?:,|\svà\s))", _I | re.S)
# "350 ngôi nhà bị thiệt hại, nhiều diện tích kè đá bị sập đổ": a comma, then something else with a
# passive of its own; what happened to that is not what happened to the houses ("46 nhà bị sập,
# tốc mái" lists what happened to the same houses)
_OTHER_SUBJECT = re.compile(r",\s*(?!bị\b)[^,]{0,40}?\sbị\b", _I)
_NUMBER = re.compile(r"\d[\d.,]*")
_PERCENT_NEXT = re.compile(r"\s*%")
# A count of people written as cases or lives: "1 trường hợp tử vong", "mất tích 2 nhân mạng".
# (children are counted by the word a child is called by: "2 em học sinh bị thương", "làm chết đuối 3 cháu
# nhỏ", "một em bé tử vong"; what befell them still has to follow or come before, as for any person)
# ("1 cháu bé 6 tuổi ... bị nước cuốn trôi", "2 em nhỏ": the word may take "bé", "nhỏ", "trai", "gái")
# ("1 em học sinh lớp 5 bị nước cuốn trôi": the child's school class, as an age, describes the child and counts nothing)
_PEOPLE_COUNT = re.compile(
    r"\s*(?:trường\s+hợp|nhân\s+mạng|(?:em|cháu)(?:\s+(?:bé|nhỏ|trai|gái|học\s+sinh)\b)?(?:\s+lớp\s+\d{1,2}\b)?)\b", _I
)
# A classifier says nothing of the thing ("hỏng 81 chiếc"): the noun stands before the number.
_CLASSIFIER = re.compile(r"(?:chiếc|cái)\b", _I)
# bodies not found yet ("chưa tìm thấy 2 thi thể"): no dead counted
_NOT_FOUND_BEFORE = re.compile(r"(?:chưa|không)\s+(?:được\s+)?tìm\s+(?:thấy|được)\s+(?:\w+\s+)?$", _I)
# A number that ends its line counts nothing on the next ("14:41:09\n\nCơn lũ ...").
_LINE_ENDS = re.compile(r"[^\S\n]*\n")
# The seconds of a clock time ("14:41:09 Cơn lũ ...") count nothing.
_CLOCK_BEFORE = re.compile(r"\d{1,2}:\d{2}:$")
# A damage list written as labels ("Nhà bị sập: 3 ngôi; Trâu bò mất: 44 con; Lúa bị hỏng: 87.557
# tấn"): the words before the colon name the thing and how it was hit, the number and its
# classifier follow with nothing more.
_COLON_LABEL = re.compile(r"(?:^|[;\n]|\.(?!\d))\s*((?:[^;\n:.]|\.(?=\d)){2,60}):\s*$")
# such a label may end on the loss itself ("Trâu bò mất", "Máy tàu cá hỏng"), a word that says
# nothing of damage anywhere else
_LOSS_AT_LABEL_END = guarded(re.compile(r"\b(?:mất|hỏng)\s*$", _I))
_HOUSE_CLASSIFIERS = ("ngôi", "căn")
_HOUSE_LABEL = re.compile(r"\s*(?:[-–+•*]\s*)?nhà\b", _I)  # (a list item's mark first)
_ITEM_ENDS = re.compile(r"\s*(?:;|\.(?!\d)|$)")


_BARE_AREA_WORD = re.compile(r"\s*(?:với\s+)?diện\s+tích\s*", _I)
# An area right after a count of things, with nothing between but "(với|có) (tổng) diện tích":
# the things' words ("6 [ao nuôi cá] với diện tích 2,8 ha")
_AREA_OF_COUNTED = re.compile(
    r"\d[\d.,]*\s*([^\d;:()]{2,40}?)\s*,?\s*(?:với\s+|có\s+)?(?:tổng\s+)?diện\s+tích\s*(?:là\s+)?"
    rf"(?:(?:{HEDGE_WORDS}|dưới|ước)\s*)*\Z", _I)
_AREA_WORD_BEFORE = re.compile(r"diện\s+tích\b[^\d]{0,20}\Z", _I)  # the cheap test before it
# the label of the list item a figure stands in: "Ao cá bị cuốn trôi: 2.170 ao, diện tích 220.030 m2"
_ITEM_LABEL = re.compile(r"([^;\n:]{2,60}):[^;\n:]*$")


def _item_label(before: str) -> str:
    label = _ITEM_LABEL.search(before)
    return label.group(1) if label else ""


def _colon_label(ctx: FigureContext) -> str:
    """The label of a list item "label: N unit" whose number follows the colon, else ""."""
    before = ctx.before[-80:]
    if ":" not in before:  # the pattern needs a colon
        return ""
    opened = before.rfind("(")
    if opened > before.rfind(")"):
        # "9 người chết, 3 người mất tích (xã A: 3 người; …)": a label inside a bracket starts at the bracket, the
        # counts before it are the whole the bracket breaks down, no words of the label
        before = before[opened + 1 :]
    label = _COLON_LABEL.search(before)
    return label.group(1).strip() if label else ""


def _own_clause(ctx: FigureContext) -> tuple[str, str]:
    """The figure's clause: (from the last clause mark or damage cue before it, the words after it
    up to the next figure or clause end)."""
    before = ctx.before
    marks = [m.end() for m in _CLAUSE_MARK.finditer(before)]
    marks += [m.end() for m in _DAMAGE_CUE.finditer(before)]
    clause = before[max(marks, default=0) :]
    previous = list(_DIGIT.finditer(clause))
    if previous:  # "204ha ao bị sạt lở và 02 thuyền": the words up to "và" are the 204's
        rest = clause[previous[-1].end() :]
        joints = list(_LIST_JOINT.finditer(rest))
        clause = rest[joints[-1].end() :] if joints else clause
    after = ctx.text[ctx.unit_end : ctx.sentence[1]]
    stop = _CLAUSE_STOP.search(after)
    after = after[: stop.start() if stop else 120]
    if stop and stop.group().isdigit() and (joint := _LAST_JOINT.search(after)):
        # "tốc mái 120 nhà, ngập 300 nhà": the words after the last comma or "và" before the next count are that
        # count's own (its verb stands first), not this one's
        after = after[: joint.start()]
    if "m" in after or "g" in after or "k" in after:  # (the cheap test: "làm", "gây", "khiến")
        verb = _NEXT_PREDICATE.search(after)
        after = after[: verb.start()] if verb else after
    return clause, after


# A joint that opens the next predicate ("làm hư hỏng 4 phòng học và làm sạt lở 1.200 m đường"): how the
# things after it were hit is theirs, not the figure's before it.
_NEXT_PREDICATE = guarded(re.compile(r"(?:,|\bvà\b)\s+(?:(?:đã|còn|cũng|đồng\s+thời)\s+)*(?:làm|gây|khiến)\b", _I))


_NEXT_PLACE = re.compile(
    rf"\b(?:{UNIT_WORDS}|TP\.?|có|{HEDGE_WORDS})\b|" + CAP_WORD
)


# the next item of a list, with the words before its count ("..., tốc mái 120 nhà")
_ITEM_OPENS_ON_ITS_VERB = re.compile(r"(?:,|\svà)\s*(?P<verb>[^\W\d][^,;\d]{0,30}?)\s*\d")


def _list_tail(ctx: FigureContext, after_clause: str) -> str:
    """For a bare item of a list ("Gần 50 con lợn, 1.011 con gà bị chết do ngập úng"), the rest
    of the list, whose verb and cause are the item's too; "" for an item with words of its own."""
    words = _LIST_JOINT.sub(" ", after_clause).split()
    if len(words) > 4:
        # "5.000 ngôi nhà và thành phố Đồng Hới gần 400 ngôi nhà bị nước lũ tràn vào": the next item's
        # place and qualifier are no words of this one's
        words = _LIST_JOINT.sub(" ", _NEXT_PLACE.sub(" ", after_clause)).split()
    if len(words) > 4 or _DAMAGE_WORDS.search(after_clause) or _PASSIVE_WORD.search(after_clause):
        return ""
    rest = ctx.text[ctx.unit_end : ctx.sentence[1]]
    end = _LIST_END.search(rest)
    rest = rest[: end.start() if end else len(rest)]
    if ")" in rest and _in_open_bracket(ctx):
        # "3 người chết (xã A 2 người, xã B 1 người), 2 người mất tích do lũ cuốn trôi": a list in brackets, the
        # parts of the count before it, ends with its bracket; the items after it are the sentence's, not its
        rest = rest[: rest.find(")")]
    if (verb_first := _ITEM_OPENS_ON_ITS_VERB.search(rest)) and _names_damage(verb_first.group("verb")):
        # "bị sập 5 nhà, tốc mái 120 nhà, ngập 300 nhà": the next item opens on its own verb, the list shares none
        rest = rest[: verb_first.start()]
    # (the list ends where the next predicate opens: "hư hỏng 4 phòng học và làm sạt lở 1.200 m")
    verb = _NEXT_PREDICATE.search(rest) if "m" in rest or "g" in rest or "k" in rest else None
    return rest[: verb.start()] if verb else rest


def _says_damage(ctx: FigureContext) -> bool:
    """The figure's part of its sentence (between semicolons), or the sentence's lead-in
    ("Thiệt hại: ..."), says something was hit."""
    sentence = ctx.sentence_text
    at = ctx.start - ctx.sentence[0]
    # the semicolons between the items of a parenthesis ("35 điểm trường (Quảng Ngãi: 28; Gia Lai:
    # 03) bị tốc mái") part nothing
    flat = _blank(sentence, ASIDE) if "(" in sentence else sentence
    lo = flat.rfind(";", 0, at) + 1
    hi = flat.find(";", at)
    lead = sentence.split(":", 1)[0] if ":" in sentence[:at] else ""
    return (
        _names_damage(sentence[lo : hi if hi >= 0 else len(sentence)])
        or _names_damage(lead)
        or _LOSS_AT_LABEL_END.search(lead) is not None
        or _names_damage(_enclosing_head(ctx))
        or (hi >= 0 and _shares_the_last_predicate(sentence, flat, lo, at, hi))
        or (lo > 0 and bool(_part_gone_on_from(flat, lo, at, hi)))
        or _led_in_as_damage(ctx)
    )


def _led_in_as_damage(ctx: FigureContext) -> bool:
    """Is the figure's paragraph an item of a list led in by a label of damage ("Thiệt hại:") or by a hazard's name
    alone ("2. Mưa lũ:")? Its items are what the hazard did, whatever their own words say ("- 17 nhà phải di dời")."""
    return bool(lead := _list_lead(ctx)) and bool(_DAMAGE_LABEL_LEAD.match(lead) or _HAZARD_LABEL.match(lead.lower()))


# a word that makes a part of a sentence a clause of its own, not a bare item of a list
_OWN_VERB = guarded(re.compile(r"\b(?:được|đã|đang|sẽ|là|đạt|tăng|giảm|gồm|cần|phải|chưa|không)\b", _I))


def _shares_the_last_predicate(sentence: str, flat: str, lo: int, at: int, hi: int) -> bool:
    """A bare item before a semicolon whose sentence ends on the damage all its items share: "Có 132 ha
    lúa, nhiều diện tích hoa màu; 2.317ha ao nuôi thủy sản bị ngập và thiệt hại"."""
    item = sentence[lo:hi]
    if len(sentence[lo:at]) > 40 or _DIGIT.search(sentence, lo, at) or _OWN_VERB.search(item):
        return False
    last = sentence[flat.rfind(";") + 1 :]
    digits = list(_DIGIT.finditer(last))
    return bool(digits) and _names_damage(last[digits[-1].end() :])


def _part_gone_on_from(flat: str, lo: int, at: int, hi: int) -> str:
    """The part of the sentence that states the damage a bare item goes on from, else "": "xã A có 92 con
    trâu, bò bị chết; xã B 64 con; xã C 30 con". The later places leave out what befell their animals (or
    houses, or hectares), as said of the first; each part back to that one is as bare (no verb of its own:
    "; huyện D đã tiêm phòng 500 con" is another clause, and so is a part that counts something before the
    figure)."""
    item = flat[lo : hi if hi >= 0 else len(flat)]
    if len(flat[lo:at]) > 40 or _DIGIT.search(flat, lo, at) or _OWN_VERB.search(item):
        return ""
    end = lo - 1
    while end > 0:
        start = flat.rfind(";", 0, end) + 1
        part = flat[start:end]
        if _names_damage(part):
            return part
        if _OWN_VERB.search(part) or not _DIGIT.search(part):
            return ""
        end = start - 1
    return ""


def _damage_part_before(ctx: FigureContext) -> str:
    """The part of the figure's sentence that states the damage its bare item goes on from (see
    ``_part_gone_on_from``), else ""."""
    sentence = ctx.sentence_text
    at = ctx.start - ctx.sentence[0]
    flat = _blank(sentence, ASIDE) if "(" in sentence else sentence
    lo = flat.rfind(";", 0, at) + 1
    return _part_gone_on_from(flat, lo, at, flat.find(";", at)) if lo > 0 else ""


@per_document(maxsize=256)  # the damage figures of a sentence ask about the same parts of it
def _salt_front_reach(ctx: FigureContext) -> bool:
    """A length in a part of its sentence that tells how far the salt came up the rivers, nothing after it saying
    it was hit."""
    part = _SALT_PART.split(ctx.text[ctx.sentence[0] : ctx.start])[-1]
    if "mặn" not in part.lower() and "‰" not in part:
        return False
    after = _SALT_PART.split(ctx.text[ctx.unit_end : ctx.sentence[1]], maxsplit=1)[0]
    return SALT_FRONT.search(part) is not None and not _names_damage(after[:40])


def _names_damage(text: str) -> bool:
    """Does ``text`` say something was hit (a damage word)?"""
    return _DAMAGE_WORDS.search(text) is not None


def _part_of_an_estimate(ctx: FigureContext) -> bool:
    """"Tổng thiệt hại ước tính 7,8 tỷ đồng, trong đó về nhà ở 3,2 tỷ đồng": a part of an estimated loss, detailed
    after it in the same sentence, is an estimate too (as a place's part in brackets after it is)."""
    sentence = ctx.text[ctx.sentence[0] : ctx.start]
    details = [m.start() for m in _OF_WHICH.finditer(sentence)]
    return bool(details) and _ESTIMATED_BY_WORD.search(sentence, 0, details[-1]) is not None


_LIST_VERB_REACH = 25  # the words before a list's first count that may hold its verb ("làm sạt lở", "gây ngập úng")


def _modes_of_the_verb_before_the_list(ctx: FigureContext, after_clause: str, story: Story | None) -> list[str]:
    """"Mưa lớn làm ngập 300 ha lúa, 20 ha ao cá", "làm sạt lở 1 điểm trường và 2 km đường": a later item that says
    nothing of how it was hit was hit as the verb before the list's first count says; not when an item between, or
    the figure's own clause, has a verb of its own ("... và làm hư hỏng 20 ha ao cá")."""
    sentence = ctx.text[ctx.sentence[0] : ctx.start]
    cut = max(sentence.rfind(";"), sentence.rfind(":"))
    segment = sentence[cut + 1 :]
    first = _DIGIT.search(segment)
    if first is None or not segment[first.start() :].strip() or _names_damage(after_clause):
        return []
    between = _DIGIT.split(segment[first.start() :], maxsplit=1)[-1]
    if _names_damage(between):
        return []
    return damage_modes(segment[max(0, first.start() - _LIST_VERB_REACH) : first.start()], story)


# What another hazard brings on (rain a landslide or a flood): the sentence before may say what brought it
_BROUGHT_ON = frozenset(("landslide", "flash_flood", "flood"))
# "cuốn trôi" naming nothing that carried the thing off: in a table's row ("Nhà bị sập, cuốn trôi\tcái\t12") it is
# one of the ways its houses were lost, whatever disaster the title names, no flood of its own
_SWEPT_BY_NOTHING_NAMED = re.compile(r"(?<!lũ )(?<!nước )(?<!quét )(?<!ống )cuốn trôi", _I)


def _in_a_table_row(ctx: FigureContext) -> bool:
    """Does the figure stand in a row of a table (read as the sentence its cells make)?"""
    # `row_said`: a row laid out by spaces that the pipeline rewrote as a sentence has no tab left to look for
    if ctx.table_row or ctx.row_said or not ctx.document:
        return ctx.table_row or ctx.row_said
    start = ctx.document.rfind("\n", 0, ctx.offset) + 1
    end = ctx.document.find("\n", ctx.offset)
    return "\t" in ctx.document[start : end if end >= 0 else len(ctx.document)]


# The ways of being hit that only one hazard brings about ("chết rét", "chết khô", "rừng bị cháy"), unlike a flooding
# or a slide, which a storm or a rain brings as well
_SOLE_CAUSE_MODES = frozenset(("cold", "drought", "wildfire"))


def figure_hazards(ctx: FigureContext) -> list[str]:
    """The hazards a damage figure is attributed to (see the module docstring for the order)."""
    story = story_of(ctx.document) if ctx.document else None
    before_clause, after_clause = _own_clause(ctx)
    tail = _list_tail(ctx, after_clause)
    # (with the figure's own noun: "2 tàu bị cuốn trôi" is a boat carried off; and with the label the count stands
    # under when nothing comes between: "- Nhà bị ngập: 235 nhà" is a house flooded; not the worth of what the label
    # names, which is no thing hit)
    label = _colon_label(ctx) if not before_clause.strip() and ctx.unit not in ("VND", "USD") else ""
    if not label and "(" in ctx.before[-120:] and ctx.unit not in ("VND", "USD"):
        # (so too a place's part in the brackets after that count: "- Nhà bị ngập: 235 nhà (thôn A 120 nhà, ...)")
        label = _label_over_the_brackets(ctx)
    # (a count whose verb stands before it, "lũ làm hư hỏng 3 cầu treo, ..., 5 km đường bị sạt lở", shares no mode
    # with the list after it: the rest of the list's verbs are its items')
    shared = "" if _names_damage(_DIGIT.split(_VERB_SPAN_END.split(ctx.before)[-1][-45:])[-1]) else tail
    hit = " ".join((label, before_clause, ctx.text[ctx.end : ctx.unit_end] + after_clause, shared))
    if "cuốn trôi" in hit and _in_a_table_row(ctx):
        hit = _SWEPT_BY_NOTHING_NAMED.sub(" ", hit)
    modes = damage_modes(hit, story)
    if (
        ctx.unit == "house"
        and not modes
        and not _HOUSE_DESTROYED.search(after_clause)
        and not _HOUSE_DAMAGED.search(after_clause)
        and (shared_verb := _verb_of_the_houses_before(ctx.before[-160:]))
    ):
        # "9 nhà bị ngập tại xã A, 13 nhà tại xã B": the bare count of houses was hit as the count before it
        modes = damage_modes(shared_verb, story)
    if not modes and not label and ctx.unit not in ("VND", "USD", "person"):
        modes = _modes_of_the_verb_before_the_list(ctx, after_clause, story)
    bare_part = not modes and not _names_damage(before_clause + after_clause)
    bare_later_part = bare_part and _OF_WHICH.search(ctx.before) is not None
    if not modes and (_OF_WHICH.search(before_clause) or bare_later_part) and (detailed := _detailed_words(ctx)):
        # "lúa bị ngập 1.200 ha, trong đó mất trắng 300 ha": the part was hit as the count it details (its own clause);
        # so is a later part that says nothing of its own ("bị thiếu nước 3.600 ha, trong đó lúa 2.100 ha, thanh long
        # 900 ha")
        counted = [part for part in _HEAD_SPLIT.split(detailed) if _DIGIT.search(part)]
        modes = damage_modes(counted[-1], story) if counted else modes
    elif bare_part and "gồm" in ctx.before[-200:] and (listed := _listed_words(ctx)):
        # "cây trồng bị thiếu nước: 3.600 ha, gồm: lúa 2.100 ha, thanh long 900 ha": the parts a count lists were hit
        # as it was
        counted = [part for part in _HEAD_SPLIT.split(listed) if _DIGIT.search(part)]
        modes = damage_modes(counted[-1], story) if counted else modes
    volume = _VOLUME_OF_THE_LAST.search(before_clause) if ctx.unit == "m3" else None
    if volume:
        # "23 điểm sạt lở taluy, (tổng) khối lượng 38.500 m3": the volume of what was just counted, hit as it was
        # (the counted thing's words may run into the clause: "137 điểm sạt lở taluy dương, taluy âm với tổng
        # khối lượng 86.500 m3")
        counted = ctx.before[: len(ctx.before) - len(before_clause) + volume.start()]
        # ("...; nhiều tuyến đường bị sạt lở taluy, khối lượng 25.000 m3": a part that counts nothing before the volume
        # says itself how what it measures was hit; not the count of the part before its semicolon)
        part = counted[counted.rfind(";") + 1 :]
        said = damage_modes(part, story) if not _COUNT_NUMBER.search(part) else []
        modes = _union(modes, said or _modes_of_the_last_count(counted, story))
    length = _LENGTH_OF_THE_LAST.search(before_clause) if ctx.unit == "km" and "dài" in before_clause else None
    if length:
        # "Nhiều tuyến đường bị sạt lở, chia cắt với tổng chiều dài 12,5 km": the length of what its part said was hit,
        # hit as it was (that part's last count's words when it has one)
        said = ctx.before[: len(ctx.before) - len(before_clause) + length.start()]
        said = said[said.rfind(";") + 1 :]
        modes = _union(modes, _modes_of_the_last_count(said, story) if _DIGIT.search(said) else damage_modes(
            said, story))
    erosion = _EROSION.search(after_clause)
    if erosion:
        return _finish(hazards_in(erosion.group(), story) or ["landslide"], story)
    cause, cause_words = own_cause(ctx, story)
    if cause in ([], [IN_GENERAL]) and ctx.unit in ("VND", "USD") and _OPENS_ON_TOTAL.match(ctx.sentence_text):
        # "1. Hạn hán: ...  2. Cháy rừng: ...  3. Dông lốc: ... ¶ Tổng giá trị thiệt hại 64,3 tỷ đồng": the total
        # under a list of items, each labelled by its kind of disaster, is the loss of them all
        labelled = _kinds_of_the_items_above(ctx, story)
        if labelled:
            return _finish(labelled, story)
    parted = _causes_of_the_parts_in_brackets(ctx, story) if cause in ([], [IN_GENERAL]) else []
    if parted:
        # "03 người chết (02 người do lũ cuốn, 01 người do sét đánh)": the total is of the causes its parts name
        return _finish(parted, story)
    own = _blamed_after(after_clause, story) if cause else []
    if own and (not set(own) & set(_finish(cause, story)) or own == ["lightning"]):
        # "Trong trận lũ, ...; 3 người bị thương do sét đánh": the figure's own clause blames another
        # hazard than the sentence's lead does, and that one hit it; and a strike is the lightning's alone, though
        # the lead names the storm it came in ("12 trận dông lốc, sét đánh làm 3 người chết do sét đánh")
        return _finish(own, story)
    # a place in a breakdown may give its own cause, and so may a part of damage blamed on disasters
    # in general ("thiên tai đã gây thiệt hại 900 tỷ đồng, trong đó do lốc xoáy 120 tỷ đồng")
    if not cause or cause == [IN_GENERAL] or _enclosing_head(ctx):
        local = (
            clause_cause(after_clause, story)
            or _blamed_on_the_wind(after_clause, story)
            or clause_cause(before_clause, story)
            or (_hazard_heading_the_part(before_clause, story) if ctx.unit == "person" else [])
            or clause_cause(tail, story)
            or clause_cause(_enclosing_head(ctx), story)
            or clause_cause(_since_previous_figure(ctx.before), story)
            # ("1.011 con gà bị chết do ngập úng; 10 ao cá": the bare item's damage, and its cause, are that part's;
            # not an item that says how it was hit, "...; 312 nhà bị ngập", whose part is a clause of its own)
            or (clause_cause(_damage_part_before(ctx), story) if not _PASSIVE_WORD.search(after_clause) else [])
        )
        if local:
            return _finish(local, story)
    clause = " ".join((before_clause, after_clause, tail))
    if cause:
        part = _part_of_event(clause, story) if _names_whole_event(cause_words) else []
        if part:
            return _finish(part, story)
        if story is not None and _CONTINUES.search(ctx.sentence_text):
            earlier = _earlier_statement(ctx, story)
            # (not a part a kind did of what disasters in general did: "Thiên tai đã làm 14 người chết. Trong đó: bão
            # số 13 làm 8 người chết; mưa lớn làm 5 người chết": the storm's eight)
            general = earlier is not None and earlier[0].cause == [IN_GENERAL] and IN_GENERAL not in cause
            cause = _union(cause, earlier[0].cause) if earlier and not general else cause
        elif story is not None and set(cause) <= _BROUGHT_ON and (earlier := _earlier_statement(ctx, story)):
            # "Mưa lớn kéo dài gây sạt lở nhiều nơi. Sạt lở đất làm 3 người bị thương": the landslide the sentence
            # before put down to the rain is the rain's, and so is what it did
            said, close = earlier
            if close and set(cause) <= set(said.modes) and said.cause not in ([], [IN_GENERAL]):
                cause = _union(said.cause, cause)
            elif (
                not _CAUSING.search(cause_words)
                and (led := _statement_of_the_list_lead(ctx, story))
                and set(cause) <= {*led.modes, *led.cause}
            ):
                # "Do mưa lớn, trên địa bàn xảy ra sạt lở đất. Thiệt hại như sau:" over "- Xã A: sạt lở taluy 3 vị trí":
                # the item's landslide, which says how its count was hit, is the one its list's lead told of, brought on
                # by the weather the lead names (not by the other hazards that weather brought on: "xảy ra lũ quét, sạt
                # lở đất"); a landslide that acts on its count ("sạt lở đất làm 4 nhà bị hư hỏng") is its cause alone
                weather = [hazard for hazard in led.cause if hazard not in _BROUGHT_ON and hazard != IN_GENERAL]
                cause = _union(weather, cause)
        if "landslide" in cause and len(cause) > 1 and _BOATS_COUNTED.match(ctx.text, ctx.end):
            # "Sóng lớn gây sạt lở 800 m bờ biển, làm 5 ghe bị chìm": the coast slid, the waves sank the boats
            cause = [hazard for hazard in cause if hazard != "landslide"]
        return _finish(_without_the_heat_of_a_fire(_add_modes(cause, modes), cause_words), story)
    # (an item that states its own event in a sentence before the figure's is that event's: "- Đợt mưa lũ tháng
    # 11 làm 7 người chết. Thiệt hại ước 12 tỷ đồng.")
    # (the list's lead first: "" for most figures, no list item, and then the paragraph's words before the sentence,
    # lowered and scanned, change nothing)
    lead = _list_lead(ctx)
    lead = lead if lead and not _ANY_HAZARD.search(ctx.text[: ctx.sentence[0]].lower()) else ""
    if (
        lead
        and not _other_cause(after_clause + " " + tail, story)
        and (listed := hazards_in(lead, story) or _hazards_of_the_loss_titled_over(ctx, lead, story))
    ):
        # "Đợt rét ... làm chết 69 con gia súc. Trong đó:" over "• Huyện A: 19 con": the items of a
        # list a damage paragraph leads into are that paragraph's damage
        return _finish(_lent_with_modes(listed, modes), story)
    if story is None or _other_cause(after_clause + " " + tail, story):
        return []
    labelled = _event_label_above(ctx, story)
    if labelled:
        # "1. Dông lốc kèm mưa đá chiều 12/4/2026:" over "Có 120 nhà bị tốc mái ...": the event the lines of damage
        # under it are about, though a title above blames disasters in general ("Thiệt hại do thiên tai tháng 4")
        return _finish(_add_modes(labelled, modes), story)
    earlier = _earlier_statement(ctx, story)
    part = _part_of_event(clause, story) if earlier and earlier[0].whole_event else []
    if part and _says_damage(ctx):
        return _finish(part, story)
    cause, modes = _lent_cause(ctx, story, before_clause, modes)
    duty = cause in ([], [IN_GENERAL]) and _a_duty_bulletin(ctx.document) and not _on_other_topic(ctx)
    if duty:
        # (a day's duty bulletin whose opening told of the weather, "I. TÌNH HÌNH THIÊN TAI ¶ ... có mưa to đến rất
        # to", lists the damage of that weather)
        cause = _weather_told_first(ctx, story) or cause
    # no cause anywhere: how the thing was hit is the hazard ("40 ha rừng bị cháy")
    found = _finish(_lent_with_modes(cause, modes) if cause else modes, story)
    if not found and story.fires_are_wildfires and _FIRE_WORD.search(ctx.sentence_text):
        # "Cháy rừng ở xã A ¶ Vụ cháy đã thiêu rụi 15 ha rừng thông và 3,5 ha thảm thực bì; 1 cán bộ bị bỏng": the fire
        # of a text on a forest fire, which tells of no other, is that forest fire
        return ["wildfire"]
    if not found and _in_a_section_on_disasters(ctx) and not _incident_told_last(ctx):
        # "6. Phòng, chống thiên tai: Mùa mưa năm 2026 có 9 nhà bị sập": the damage a section on disasters counts
        # is theirs, though it names none of them
        return [IN_GENERAL]
    if not found and duty:
        # "Công tác trực ban phòng, chống thiên tai ngày 18/6" over "1. Về người: 1 người chết": a day's duty
        # bulletin counts the damage disasters did, though it may name none of them
        return [IN_GENERAL]
    return found


# A fire by any word of it: the fire itself, its flames, fighting it, its burns
_FIRE_WORD = re.compile(r"\bcháy\b|\blửa\b|\bbỏng\b", _I)


# The words between a count and the bracket that breaks it down ("người chết (", "nhà bị sập ("): no other count,
# no clause's end
_UP_TO_ITS_BRACKET = re.compile(r"[^\d(),;.\n]{0,30}\(")
# ... or the "trong đó" that lists its parts after a comma ("người chết, trong đó ")
_UP_TO_ITS_PARTS = re.compile(r"[^\d(),;.\n]{0,30},\s*trong\s+đó\s*:?", _I)


def _causes_of_the_parts_in_brackets(ctx: FigureContext, story: Story | None) -> list[str]:
    """The causes of the parts of a count that the bracket right after it counts, each part with its own cause ("02
    người chết (01 người do lũ cuốn, 01 người do sét đánh)": flood and lightning); [] when a part names none (a
    bracket of places, "(xã A 2 người, xã B 1 người)")."""
    opened = _UP_TO_ITS_BRACKET.match(ctx.text, ctx.end, ctx.sentence[1])
    if opened:
        close = ctx.text.find(")", opened.end(), ctx.sentence[1])
    elif "trong" in ctx.text[ctx.end : ctx.end + 40] and (opened := _UP_TO_ITS_PARTS.match(ctx.text, ctx.end)):
        # ("9 người chết, trong đó lũ quét 6 người, sạt lở đất 3 người": the parts its "trong đó" lists, to the clause's
        # end)
        close = ctx.text.find(";", opened.end(), ctx.sentence[1])
        close = close if close > 0 else ctx.sentence[1]
    else:
        return []
    parts = re.split(r"[,;]", ctx.text[opened.end() : close]) if close > 0 else []
    causes = [
        (clause_cause(part, story) or (_hazard_heading_the_part(part, story) if ctx.unit == "person" else []))
        if _DIGIT.search(part)
        else []
        for part in parts
    ]
    if len(parts) < 2 or not all(causes):
        return []
    return _of_kinds_named(_union(*causes))


# A part of a breakdown that opens on the hazard it counts, right before its number ("trong đó lũ quét 7 người", "sạt
# lở đất 5 người", "gồm: do sét đánh 2 người"): a hazard's words alone, no place and no passive verb of the thing hit
_PART_BY_HAZARD = re.compile(
    r"^[\s(,;:]*(?:(?:trong\s+đó|gồm|riêng)\b[\s:,]*)?(?:có\s+)?(?P<named>[^\W\d][^\W\d]*(?:\s+[^\W\d]+){0,3})"
    r"[^\S\n]*:?[^\S\n]*(?:\d|$)",
    _I,
)


def _hazard_heading_the_part(part: str, story: Story | None) -> list[str]:
    """The hazards a part of a count of people names right before its number, as what hit those people ("12 người chết
    (trong đó lũ quét 7 người, sạt lở đất 5 người)": the flash flood's seven); [] for a part headed by anything else (a
    place, "xã A 2 người", a verb of what befell them, "bị thương 2 người")."""
    head = _PART_BY_HAZARD.match(part)
    if not head or "bị" in head.group("named").split() or not head.group("named")[:1].islower():
        return []
    named = head.group("named")
    return hazards_in(named, story) if _ANY_HAZARD.match(named.lower()) else []


# A numbered heading's line ("2. Mưa lớn ngày 20/4/2026", "II. TÌNH HÌNH MƯA LŨ"): short, no sentence
_NUMBERED_LINE = re.compile(r"(?:" + NUMBERED_MARK + r")\s[^\n]{2,100}(?<![.;])")


def _event_label_above(ctx: FigureContext, story: Story) -> list[str]:
    """The hazards the label of the event the figure's lines are under names: the nearest line above the figure's
    sentence that labels what follows (it ends in a colon, or it is a heading: "Dông lốc kèm mưa đá chiều
    12/4/2026:", "2. Mưa lớn ngày 20/4/2026:") and names a hazard but no damage; past labels of damage ("Thiệt hại:",
    "- Nhà ở:" ...) and the lines of the event's damage and story. [] when a label of something else comes first
    ("3. Văn hóa - xã hội"), when a sentence between states a cause of its own (the nearer statement is read
    instead), or when no hazard word stands in the ``_LOOKBACK`` characters above."""
    own_start = ctx.offset + ctx.sentence[0]
    lo = max(0, own_start - _LOOKBACK)
    if not story.hazard_near(lo, own_start):
        return []
    document = ctx.document
    heading = ctx.heading.strip()
    end = document.rfind("\n", lo, own_start)
    while end > lo:
        start = document.rfind("\n", 0, end) + 1
        line = document[start:end].strip()
        if line and (line.endswith(":") or line == heading or _NUMBERED_LINE.fullmatch(line)):
            if _names_damage(line) or _DAMAGE_CUE.search(line):
                end = start - 1
                continue  # "Thiệt hại:", "- Nhà bị sạt lở:": what was hit, under the event's label
            named = _of_kinds_named(hazards_in(line, story)) if story.hazard_near(start, end) else []
            if not named:
                return []
            # (no sentence after the label states a cause of its own: the nearest statement is read then)
            for i in range(bisect_right(story.starts, start), bisect_left(story.starts, own_start)):
                a, b = story.sentences[i]
                statement = _statement(document, a, min(b, own_start), story) if story.hazard_near(a, b) else None
                if statement is not None and statement.cause != [IN_GENERAL]:
                    return []
            return _title_holding(document, lo, start, named, story) or named
        end = start - 1
    return []


# A line that opens with a heading's mark ("I. ", "2. ", "a) "): a section begins there
_HEADING_START = re.compile(r"^[^\S\n]*" + NUMBERED_MARK + r"\s", re.M)


def _title_holding(document: str, lo: int, label: int, named: list[str], story: Story) -> list[str]:
    """The cause the text's title states, when it holds every hazard ``named`` by the heading of the event at
    ``label`` and more that they bring on ("Thiệt hại do mưa lũ, lũ quét, sạt lở đất ..." over "I. TÌNH HÌNH MƯA
    LŨ": the title's four hazards, so that every row of the event lists the same); [] when no sentence before the
    first heading of the window above the label states one (an earlier section's event lends its cause to no other
    section), or when the title adds a hazard of its own ("dông lốc, mưa đá, mưa lớn" over "2. Mưa lớn ngày ...":
    the title of several events)."""
    first = _HEADING_START.search(document, lo, label)
    top = first.start() if first else label
    for i in range(bisect_left(story.starts, lo), bisect_left(story.starts, top)):
        a, b = story.sentences[i]
        statement = _statement(document, a, min(b, top), story) if story.hazard_near(a, min(b, top)) else None
        if statement is not None and set(named) < set(statement.cause) <= _BROUGHT_ON.union(named):
            return statement.cause
    return []


def _weather_told_first(ctx: FigureContext, story: Story) -> list[str]:
    """The hazards the text's opening tells of before the figure, in sentences that state no damage and foresee
    nothing ("Đêm 17/7, trên địa bàn tỉnh có mưa to đến rất to, lượng mưa phổ biến 80-150 mm")."""
    found: list[str] = []
    for a, b in story.sentences:
        if a >= min(ctx.offset + ctx.sentence[0], _LOOKBACK):
            break
        if story.hazard_near(a, b) and not _names_damage(told := ctx.document[a:b]) and not _DAMAGE_CUE.search(told):
            found = _union(found, hazards_in(_blank(told, _OUTLOOK), story))
    return found


# The title of a day's duty bulletin on disasters ("Báo cáo nhanh công tác trực ban phòng, chống thiên tai ngày ..."),
# or of a quick report on that work, which tells the same day's weather and damage ("BÁO CÁO NHANH ¶ Công tác phòng,
# chống thiên tai và tìm kiếm cứu nạn ngày ...", "Báo cáo nhanh tình hình thiên tai ...")
_DUTY_BULLETIN = re.compile(
    r"(?:trực\s+ban|báo\s+cáo\s+nhanh)\s+(?:về\s+)?(?:công\s+tác\s+(?:trực\s+ban\s+)?)?"
    r"(?:phòng,?\s+chống\s+thiên\s+tai|tình\s+hình\s+thiên\s+tai)", _I)


@per_document(maxsize=2)
def _a_duty_bulletin(document: str) -> bool:
    """Is the text a day's duty bulletin (or a quick report) on disasters, so titled in its opening lines?"""
    opening = document[:600].lower()
    return ("trực" in opening or "nhanh" in opening) and _DUTY_BULLETIN.search(opening) is not None


_LIST_ITEM = re.compile(r"\s*[•●▪\-–+*]\s")

# A sentence that sums up ("Tổng giá trị thiệt hại ...", "Ước tổng thiệt hại ...", "Tổng cộng thiệt hại ...").
# (past a lead-in of where the figures come from: "Theo thống kê sơ bộ, tổng thiệt hại ...", "Sơ bộ, ...")
_SOURCE_LEAD_IN = r"(?:(?:[Tt]heo\s+[^,.;:\d\n]{2,50}|[Ss]ơ\s+bộ|[Bb]ước\s+đầu),\s*)?"
_OPENS_ON_TOTAL = re.compile(r"\W*" + _SOURCE_LEAD_IN + r"(?:ước\s+(?:tính\s+)?)?tổng\b", _I)
# A loss of no subject of its own, not an item of a list: "Ước thiệt hại khoảng ...", "Thiệt hại ước tính ..."
_OPENS_ON_LOSS = re.compile(r"\s*" + _SOURCE_LEAD_IN + r"(?:ước\s+(?:tính\s+)?)?(?:giá\s+trị\s+)?thiệt\s+hại\b", _I)
# A sentence that states a loss in money: "thiệt hại khoảng 200 triệu đồng"
_LOSS_IN_MONEY = re.compile(rf"\d\s*(?:{SCALE_WORDS})?\s*(?:đồng|VNĐ|VND)\b", _I)
# The label of an item of a list, up to its colon: "1. Hạn hán, xâm nhập mặn:", "b) Dông, lốc, mưa đá:",
# "- Rét hại:".
# (a storm's number and when it struck may stand in the label: "- Bão số 4 (tháng 9):", "- Đợt mưa lũ tháng 11:")
_ITEM_LABEL_LINE = re.compile(r"[^\S\n]*(?:" + NUMBERED_MARK + "|" + DASH_MARK + r")[^\S\n]*"
                              r"((?:[^:\n\d(]|\([^()\n:]*\)|(?:(?<=số\s)|(?<=tháng\s))\d+(?:/\d+)?){2,60}):")


def _kinds_of_the_items_above(ctx: FigureContext, story: Story | None) -> list[str]:
    """The hazards the labels of the list right above the figure's sentence name, when two items or more
    name one each ("1. Hạn hán: ...", "2. Cháy rừng: ..."), else []. The list is the run of item lines
    (blank lines between them) right above; any other line ends it."""
    above = ctx.document[max(0, ctx.offset + ctx.sentence[0] - _LOOKBACK) : ctx.offset + ctx.sentence[0]]
    kinds: list[str] = []
    labelled = 0
    for line in reversed(above.split("\n")):
        if not line.strip():
            continue
        label = _ITEM_LABEL_LINE.match(line)
        if label is None:
            break
        named = _of_kinds_named(hazards_in(label.group(1), story))
        if named:
            labelled += 1
            kinds = _union(named, kinds)
    return kinds if labelled >= 2 else []


# A volume that opens its clause ("..., khối lượng 38.500 m3", "; tổng khối lượng đất đá khoảng ..."), or
# that "với" joins to the words of the clause before it ("taluy âm với tổng khối lượng ...").
_VOLUME_OF_THE_LAST = re.compile(r"(?:^\s*(?:với\s+)?|\s+với\s+)(?:tổng\s+)?khối\s+lượng\b", _I)


# A length that opens its clause ("..., chia cắt với tổng chiều dài 12,5 km", ", dài khoảng 3 km")
_LENGTH_OF_THE_LAST = re.compile(r"(?:^\s*(?:với\s+)?|\s+với\s+)(?:tổng\s+)?(?:chiều\s+)?dài\b", _I)


def _last_counted(before: str) -> str:
    """The words of the last figure before a clause (what it counted and how it was hit: " điểm sạt lở
    taluy, "), "" when the sentence has no figure before it. A number a word follows counts something; one
    that ends a name is no figure ("41 vị trí sạt lở trên quốc lộ 6; ...": the 41's words)."""
    counts = list(_COUNT_NUMBER.finditer(before))
    return before[counts[-1].end() :] if counts else ""


def _modes_of_the_last_count(before: str, story: Story | None) -> list[str]:
    """How the last figure before a clause was hit: by the words after it (" điểm sạt lở taluy, "), or else by
    the verb right before it ("Quốc lộ 57 sạt lở 12 điểm, dài 350 m"), from the count before that one on."""
    modes = damage_modes(_last_counted(before), story)
    if modes:
        return modes
    counts = list(_COUNT_NUMBER.finditer(before))
    if not counts:
        return modes
    return damage_modes(before[counts[-2].end() if len(counts) > 1 else 0 : counts[-1].start()][-40:], story)


# (not a road's number run into its letter, "Quốc lộ 4C", "QL.279B", which ends a name as the bare "quốc lộ 6" does)
_COUNT_NUMBER = re.compile(r"\d+(?:[.,]\d+)*(?![A-ZĐ])(?=\s*[^\W\d])")


def _list_lead(ctx: FigureContext) -> str:
    """The paragraph a list item's list is led in by ("... Trong đó:"), "" when the figure's
    paragraph is no list item or its list follows no paragraph ending with a colon."""
    if not _LIST_ITEM.match(ctx.text):
        return ""
    for paragraph in reversed(ctx.preceding.split("\n")):
        if not paragraph.strip() or _LIST_ITEM.match(paragraph):
            continue  # blank lines and the items of the same list before this one
        return paragraph if paragraph.rstrip().endswith(":") else ""
    return ""


def _hazards_of_the_loss_titled_over(ctx: FigureContext, lead: str, story: Story | None) -> list[str]:
    """The hazards the line right above a list's lead names, when the lead names a loss and no hazard ("Giá trị thiệt
    hại theo tỉnh:") and that line is a title of the loss, with no figure but its dates ("Thiệt hại do bão số 4 năm
    2026 (đến ngày 20/8/2026)"): the loss its items are amounts of is that title's; [] else."""
    if not _LOSS_WORD.search(lead.lower()):
        return []
    lines = [line for line in ctx.preceding[: ctx.preceding.rfind(lead)].split("\n") if line.strip()]
    if not lines or not _LOSS_WORD.search(title := lines[-1].lower()) or title.rstrip().endswith((".", ":")):
        return []
    dates = find_period_phrases(title, ctx.year)
    bounds = [0, *(at for p in dates for at in (p.start, p.end)), len(title)]
    words = "".join(title[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True))
    return [] if _DIGIT.search(_STORM_NUMBER.sub("", words)) else hazards_in(lines[-1], story)


def _statement_of_the_list_lead(ctx: FigureContext, story: Story) -> _Statement | None:
    """The last cause the paragraph that leads a list item's list in states with its damage ("Do ảnh hưởng của mưa
    lớn, trên địa bàn xảy ra sạt lở đất. Thiệt hại cụ thể như sau:"); None when the figure is no list item, its
    list has no such lead, or the lead states no cause."""
    lead = _list_lead(ctx)
    if not lead or not ctx.document:
        return None
    start = ctx.offset - len(ctx.preceding) + ctx.preceding.rfind(lead)
    end, own_start = start + len(lead), ctx.offset + ctx.sentence[0]
    found = None
    for a, b in story.sentences[bisect_right(story.starts, start) - 1 :]:
        if a >= end:
            break
        if story.hazard_near(max(a, start), min(b, end)):
            found = _statement(ctx.document, a, min(b, own_start), story) or found
    return found


def _acting_hazards(sentence: str, story: Story | None) -> list[str]:
    """Hazards that are the subject of an active verb: "bão số 8 đã ảnh hưởng trực tiếp", "lũ quét
    gây ...". Never one in a passive description ("nhà bị sạt lở"), a figure's own cause ("do sạt
    lở đất làm sập nhà") or an aside in parentheses."""
    found: list[str] = []
    for m in _ACTING.finditer(_blank(_blank(_blank(sentence, ASIDE), _CLAUSE_CAUSE), _PASSIVE)):
        found = _union(found, hazards_in(m.group("subject"), story))
    return found


def _since_previous_figure(before: str) -> str:
    """The words between the previous figure's clause and this figure: in a breakdown by cause
    ("thiệt hại 2.970 tỷ đồng, trong đó do dông lốc, mưa đá khoảng 470 tỷ đồng") they name this
    figure's cause; the previous figure's own words ("188 nhà bị cây đổ do sạt lở đất, 1.060 nhà")
    are not this one's."""
    digits = list(_DIGIT.finditer(before))
    if not digits:
        return ""
    rest = before[digits[-1].end() :]
    # "01 người chết (ông A, bản B, bị lũ cuốn trôi); 02 người": a bracket's commas are its own (who died,
    # where, how); its cause is the previous figure's, so the bracket ends nothing
    if "(" in rest:
        rest = _blank(rest, ASIDE)
    semicolon = rest.rfind(";")
    if semicolon >= 0:
        # "126 nhà bị hư hỏng, ảnh hưởng do sạt lở đất; 312 nhà bị ngập": the previous part ends at its semicolon,
        # its cause with it; the words of this figure's own part are after it
        return rest[semicolon + 1 :]
    comma = rest.find(",")
    return rest[comma + 1 :] if comma >= 0 else ""


# A boat wrecked in the event ("3 người chết do tàu bị nạn trên biển"): the weather's doing too.
_CRAFT_WRECKED = re.compile(
    r"(?:tàu|thuyền|ghe|xuồng)\b[^,;()]{0,20}?(?:bị|gặp)\s+nạn|\blật\s+(?:tàu|thuyền|ghe|xuồng)", _I
)


def _blamed_after(clause: str, story: Story | None) -> list[str]:
    """The hazards a "do ..." after the figure blames ("bị thương do sét đánh"), or the lightning that struck it
    ("1 người bị sét đánh tử vong": a strike of its own in any storm); not how the thing was hit ("bị sạt lở vùi
    lấp" is a damage mode)."""
    found: list[str] = []
    for m in _DUE_TO.finditer(clause):
        found = _union(found, hazards_in(_blamed_words(m), story))
    if not found and "sét" in clause and _STRUCK_BY_LIGHTNING.search(clause):
        return ["lightning"]
    return found


_STRUCK_BY_LIGHTNING = re.compile(
    r"\bbị\s+(?:" + "|".join(pattern.pattern for names, pattern in HAZARD_WORDS if names == ("lightning",)) + ")", _I
)


_DUE_TO = re.compile(_DUE_TO_SOURCE, _I)


def _blamed_on_the_wind(clause: str, story: Story | None) -> list[str]:
    """The wind of the text's event, for a figure whose own "do ..." blames what the wind threw down ("02 người
    bị thương do cây đổ" after "01 người chết do sét đánh;"): its own cause, not the previous item's; [] when the
    text names no wind that could have."""
    if story is None or "do" not in clause:
        return []
    for m in _DUE_TO.finditer(clause):
        if _WIND_DAMAGE.search(m.group("do")):
            return [h for h in ("storm", "whirlwind") if h in story.event][:1]
    return []


def _other_cause(clause: str, story: Story | None = None) -> bool:
    """The clause blames its damage on something that is not weather ("250 con gia súc bị chết do
    bệnh", "12 người chết do ngộ độc"): no hazard stated elsewhere is lent to it; what the cold made people do or
    suffer is the weather's in a text about a cold spell ("01 người chết do đốt than sưởi ấm"), and the stones that
    struck them a hailstorm's in a text about one ("bị thương do đá rơi trúng")."""
    cold = story is not None and "cold" in story.event
    hail = story is not None and "hail" in story.event
    for m in _CLAUSE_CAUSE.finditer(clause):
        phrase = _blamed_words(m)
        if (cold and _COLD_HARM.search(phrase)) or (hail and _HAIL_HARM.search(phrase)) or _FLEEING_HARM.search(phrase):
            continue
        # what wind does ("do cây đổ", "do mái tôn bay vào người") and damage the event did ("do chìm
        # thuyền", "do sập nhà") are the weather's doing too
        if not (
            hazards_in(phrase)
            or damage_modes(phrase)
            or _WEATHER.search(phrase)
            or _WIND_DAMAGE.search(phrase)
            or _DAMAGE_WORDS.search(phrase)
            or _CRAFT_WRECKED.search(phrase)
        ):
            return True
    return False


def _names_whole_event(text: str) -> bool:
    lowered = text.lower()
    return any(WHOLE_EVENT in names and pattern.search(lowered) for names, pattern in HAZARD_WORDS)


def _part_of_event(clause: str, story: Story | None) -> list[str]:
    """Under a word for the whole event ("mưa bão đã làm ..."), a damage that says how it was
    hit is the part of the event that hit it: water (ngập), slopes (sạt lở), wind (tốc mái,
    cây gãy đổ). [] when the clause does not say."""
    if story is None:
        return []
    parts = damage_modes(clause, story)
    if _WIND_DAMAGE.search(clause):
        parts = _union(parts, [h for h in ("storm", "whirlwind") if h in story.event][:1])
    return [h for h in parts if h in story.event]


def _lent_cause(ctx: FigureContext, story: Story, before_clause: str, modes: list[str]) -> tuple[list[str], list[str]]:
    """(cause, modes) of a figure whose sentence names no cause, from the text around it.

    Lent only to a clause that says something was hit, or to a bare list ("Điện Bàn 850ha, Quế
    Sơn 283ha") right after the statement it details (which also lends how things were hit).
    """
    if _says_damage(ctx):
        if _incident_told_last(ctx):
            return [], modes
        earlier = _earlier_statement(ctx, story)
        cause: list[str] = []
        if earlier is not None:
            # (with the hazards a sentence since the statement tells happened: "Mưa đá ... gây thiệt hại nặng" over
            # "xảy ra mưa đá kèm gió lốc trong 20 phút" over "có 1.126 nhà bị vỡ ngói": the whirlwind hit them too)
            cause = _union(earlier[0].cause, _events_told_since_the_statement(ctx, story))
            # (not a loss that sums the cumulative toll right before it: "Lũy kế từ đầu năm, thiên tai đã làm 6 người
            # chết, ... ¶ Tổng giá trị thiệt hại ước 310 tỷ đồng" is the worth of that toll, of no event the month's
            # lines told)
            if ctx.unit in ("VND", "USD") and not _sums_a_cumulative_toll(ctx, story, _counted_sentence_before(ctx)):
                if "ổng" in ctx.sentence_text[:80] and _OPENS_ON_TOTAL.match(ctx.sentence_text):
                    # "Mưa đá làm 120 nhà tốc mái. Dông lốc làm 30 nhà tốc mái. Sét đánh làm chết 4 con trâu. ¶ Tổng
                    # thiệt hại ước tính 1,5 tỷ đồng": the total of every event its block told, not of the last one's
                    cause = _union(_causes_of_the_block(ctx, story), cause)
                elif (
                    "hại" in ctx.sentence_text[:80]
                    and _OPENS_ON_LOSS.match(ctx.sentence_text)
                    and ctx.document[ctx.offset + ctx.sentence[0] - 1 : ctx.offset + ctx.sentence[0]] == "\n"
                ):
                    # "... Sét đánh làm chết 2 con bò. ¶ Ước thiệt hại khoảng 3 tỷ đồng": a line of a loss of no subject
                    # of its own (not an item of a list, nor a sentence of an event's paragraph) sums up the events
                    # told since the last loss stated
                    cause = _union(_causes_of_the_block(ctx, story, since_loss=True), cause)
                elif ("hại" in ctx.sentence_text[:40] and _OPENS_ON_LOSS.match(ctx.sentence_text) and earlier[1]
                      and not _DIGIT.search(ctx.text, ctx.sentence[0], ctx.start)):
                    # "xảy ra 12 điểm sạt lở bờ sông ... và 5 trận lốc xoáy làm tốc mái 64 nhà. Thiệt hại ước 28,6 tỷ
                    # đồng": a loss of no subject of its own right after the sentence that told what happened is
                    # the loss of all it told, not of the last one that acted (the sentence's first figure: not a
                    # total closing a list of damage, "Thiệt hại: 21 nhà ...; tổng thiệt hại ước 200 triệu đồng"),
                    # with the floods and slides it told the weather brought on ("Mưa lớn làm ngập 80 căn nhà. Ước
                    # thiệt hại 5 tỷ đồng": the rain and its flood, as the houses' row has them)
                    brought_on = [mode for mode in earlier[0].modes if mode in _BROUGHT_ON]
                    cause = _add_modes(_union(_kinds_told_right_before(ctx), cause), brought_on)
        elif ctx.offset + ctx.start < _LOOKBACK and _opens_on_damage(ctx, story):
            # a text that opens on the damage names its cause later: in the rest of its opening line
            # ("1 người chết, 56.000 nhà tốc mái sau bão số 9"), else anywhere
            cause = _opening_line_cause(ctx, story) or _event_beside_the_items(ctx, story)
        elif "hại" in ctx.heading.lower() and _DAMAGE_HEADING.search(ctx.heading):
            # "II. TÌNH HÌNH THIỆT HẠI" after pages on the response: a bulletin's section of damage is the
            # damage of the event its lead states, however far back the lead is; a running total's is that of its
            # own label or the opening's weather, not of a day's item the lead may be ("1. Lũy kế từ đầu đợt mưa: …"
            # over "2. Thiệt hại trong ngày: - Xã A: lốc xoáy làm …")
            if total_label := _running_total_label(ctx.document, ctx.offset + ctx.sentence[0]):
                cause = _running_total_cause(ctx, story, total_label)
            else:
                lead = _lead_statement(ctx.document, story)
                cause = list(lead.cause) if lead else []
        # (not the causes of the parts a closed bracket details: "7 người chết (5 người do lũ cuốn trôi, 2 người do sét
        # đánh), 19 người bị thương")
        said = _outside_brackets(ctx.before)
        if cause:
            # "đường bị chia cắt do sạt lở, trong đó có 8 cầu": the cause the sentence gives the whole (of the figure's
            # part: "126 nhà bị hư hỏng do sạt lở đất; 312 nhà bị ngập" gives the next part's houses no landslide)
            whole = _outside_brackets(ctx.before[: len(ctx.before) - len(before_clause)])
            cause = _union(cause, clause_cause(whole[whole.rfind(";") + 1 :], story))
        else:
            # "có 3 người chết do bão, ...; 29 người bị thương": the cause given with the sentence's first damage
            # ("Thôn xóm tan hoang sau lũ" over "... 17 căn nhà bị sập, hai người mất tích"): else the
            # hazard the headline names, which the whole article is about
            # ("... xảy ra lốc xoáy. Hậu quả làm 1 người chết": what the text said happened before the damage)
            lent = clause_cause(said, story)
            if lent == ["lightning"] and ctx.unit not in ("person", "head"):
                # ("Thiệt hại: 1 người chết do sét đánh; 86 nhà bị tốc mái": a strike hits the people and beasts it is
                # said to, not the roofs and fields of the parts after it, which the storms told before hit)
                lent = []
            # ("37 đợt thiên tai (mưa lớn, lũ quét, dông lốc). Thiệt hại: ... - Giao thông: sạt lở 9.400 m3 ... ¶ Tổng
            # thiệt hại ước tính 62 tỷ đồng": the total of a list of kinds of damage is of the events its lead counted,
            # not of the hazard its last item names)
            counted = _kinds_counted_before(ctx) if _total_under_a_list(ctx, story) else []
            cause = (
                lent
                or counted
                or _counted_hazards_before(ctx, story)
                or _kinds_counted_before(ctx)
                or _told_right_before(ctx, story)
                or _headline_hazards(ctx, story)
            )
        return cause, modes
    if not _names_damage(ctx.sentence_text):
        earlier = _earlier_statement(ctx, story)
        # close by, or through a sentence of damage that this one details ("... có 1.003 ngôi nhà tốc
        # mái, hư hỏng. Trong đó, Lào Cai có 204 nhà, ...")
        # (and an item of houses under an item of houses hit, "- Nhà bị sập: 7 nhà." over "- Nhà phải di dời khẩn cấp:
        # 36 nhà.": the same list's houses, made to move by what hit those)
        if earlier is not None and (earlier[1] or _details_damage_before(ctx) or _item_under_damage_heading(ctx)
                                    or _kind_of_damage_after_damage_items(ctx)
                                    or (ctx.unit == "house" and _after_an_item_of_houses_hit(ctx))):
            return list(earlier[0].cause), _union(modes, earlier[0].modes)
        if (ctx.text.startswith("tại ") or _TOTAL_ROW.match(ctx.document, ctx.offset)) and "\t" in ctx.document[
                ctx.offset : ctx.offset + 80]:
            if caption := _table_caption(ctx, story):
                # "Gia súc chết do rét đậm, rét hại" over "STT | Xã | Trâu (con) | Bò (con)": a cell of a place's row
                # ("tại xã A: 14 con trâu") in a table of damage is the damage its caption states, however many rows
                # down (not a row that says what it counts, "Ngô gieo trồng | ha | 31,5", whose words are its own)
                return list(caption.cause), _union(modes, caption.modes)
            if earlier is not None and _caption_names_damage(ctx):
                # "Bảng 2. Thiệt hại về nông nghiệp" over "Xã | Lúa (ha) | Hoa màu (ha)": a caption of damage that
                # names no cause; the damage of the event stated before it, as its cells that say "chết" are
                return list(earlier[0].cause), _union(modes, earlier[0].modes)
    return [], modes


def _events_told_since_the_statement(ctx: FigureContext, story: Story) -> list[str]:
    """The hazards the sentences between the figure's and the nearest earlier statement of damage tell happened
    ("Chiều 14/2, tại xã A xảy ra mưa đá kèm gió lốc"), in the order of the text; none foreseen."""
    own_start = ctx.offset + ctx.sentence[0]
    told: list[str] = []
    for i in range(bisect_left(story.starts, own_start) - 1, -1, -1):
        a, b = story.sentences[i]
        if own_start - b > _LOOKBACK:
            break
        if not story.hazard_near(a, b):
            continue
        if _statement(ctx.document, a, b, story) is not None:
            break
        sentence = ctx.document[a:b]
        if _HAPPENS.search(sentence) and not _OUTLOOK.search(sentence):
            told = _union(hazards_in(_blank(sentence, _PASSIVE), story), told)
    return told


def _causes_of_the_block(ctx: FigureContext, story: Story, since_loss: bool = False) -> list[str]:
    """The causes the statements of damage before the figure's sentence state, back to a blank line (at most
    ``_LOOKBACK`` back), in the order of the text; not those of a single place's detail ("Tại Cao Bằng, ...") nor of
    an item of a kind of damage ("- Về giao thông: sạt lở 64 điểm"), as ``_earlier_statement`` skips for a total.
    ``since_loss``: only those after the last sentence that states a loss in money ("thiệt hại 200 triệu đồng")."""
    own_start = ctx.offset + ctx.sentence[0]
    lo = max(0, own_start - _LOOKBACK)
    section = _section_above(ctx.document, own_start)
    if section is not None and _RUNNING_TOTAL_LABEL.search(section.group(2)):
        # ("1. Thiệt hại trong ngày: - Xã A: lốc xoáy làm …" right over "2. Lũy kế từ đầu đợt mưa: … Tổng thiệt hại …":
        # the day's items are parts of the running total, not events its block told)
        lo = max(lo, section.start())
    blank = ctx.document.rfind("\n\n", lo, own_start)
    causes: list[str] = []
    for i in range(bisect_left(story.starts, blank + 2 if blank >= 0 else lo), bisect_left(story.starts, own_start)):
        a, b = story.sentences[i]
        end = min(b, own_start)
        if since_loss and _LOSS_IN_MONEY.search(ctx.document, a, end):
            causes = []
        elif (
            story.hazard_near(a, end)
            and not _PLACE_DETAIL_OPENING.match(ctx.document, a, end)
            and not _KIND_OF_DAMAGE_ITEM.match(ctx.document, a, end)
            and (statement := _statement(ctx.document, a, end, story)) is not None
        ):
            causes = _union(causes, statement.cause)
    return causes


def _incident_told_last(ctx: FigureContext) -> bool:
    """Is the last thing that happened in the figure's paragraph before it an incident of no hazard: a fire of a
    house, a market or a factory, a violation, an accident ("Xảy ra 27 vụ cháy, làm 2 người chết", "64 vụ vi phạm
    Luật Lâm nghiệp; diện tích rừng bị thiệt hại 8,36 ha", "một vụ hỏa hoạn ... thiêu rụi 32 ki-ốt. Ước thiệt hại 4
    tỷ đồng")? Then the damage is that incident's, though a hazard is named after it (a paragraph on forest fires
    after the violations, a storm's damage after a market's fire)."""
    told = ctx.text[: ctx.start].lower()
    last = max(_incidents_of_no_hazard(told), default=-1)
    return last >= 0 and _ANY_HAZARD.search(told, last) is None


def _incidents_of_no_hazard(lowered: str, pos: int = 0) -> list[int]:
    """Where ``lowered`` (from ``pos``) names an incident of no hazard: "vi phạm", "tai nạn", "hỏa hoạn", and a fire
    that is no wildfire ("vụ cháy" of a house; not "vụ cháy rừng", "vụ cháy thảm cỏ", nor a fire after a wildfire was
    told, "xảy ra cháy rừng. Đám cháy được dập tắt", which is that wildfire again)."""
    found = [incident.start() for incident in _INCIDENT.finditer(lowered, pos)]
    fires = [fire for fire in _ONE_FIRE.finditer(lowered, pos) if not _FOREST_FIRE.match(lowered, fire.end() - 4)]
    # (a fire named by the property it burnt is that fire's, told after a wildfire or not: "3 vụ cháy rừng ...; 2 vụ
    # cháy nhà dân, thiệt hại 400 triệu đồng")
    return found + [
        fire.start()
        for fire in fires
        if _FIRE_OF_PROPERTY.match(lowered, fire.end()) or not _FOREST_FIRE.search(lowered, 0, fire.start())
    ]


def _event_beside_the_items(ctx: FigureContext, story: Story) -> list[str]:
    """Every hazard the text names, for a figure of a text that opens on its damage; for an item of a list whose
    other items name their own hazards ("- Nhà bị hư hỏng: 12 nhà" over "- Sạt lở: 3 điểm", "- Mưa đá: 25 nhà"),
    those the text names beside those items and outside what was hit ("Lúa bị ngập úng"), else disasters in
    general."""
    mark = _mark_shape(_item_opening(ctx.document, ctx.offset + ctx.sentence[0]))
    labelled = [(a, b) for a, b in story.sentences if mark and _item_labelled_by_its_hazard(ctx.document, a, b, mark)]
    if not labelled:
        return list(story.event)
    return hazards_in(_blank(_blank_spans(ctx.document, labelled), _PASSIVE), story) or [IN_GENERAL]


def _item_labelled_by_its_hazard(document: str, a: int, b: int, mark: str) -> bool:
    """Is ``document[a:b]`` an item of the mark's shape whose label is its own hazard (``_Statement.item``)?"""
    story = story_of(document)
    statement = _statement(document, a, b, story) if story.hazard_near(a, b) else None
    return statement is not None and statement.item == mark


def _table_caption(ctx: FigureContext, story: Story) -> _Statement | None:
    """The damage and its cause the line right above a tab table (past its header and rows) states, for a cell of
    the row at ``ctx.offset``; None when that line states none."""
    line = _line_above_the_table(ctx.document, ctx.document.rfind("\n", 0, ctx.offset))
    return _put_down_to(ctx.document, *line, story) if line else None


@per_document(maxsize=1024)  # (the cells of a row, and the rows of a table, ask the same way back)
def _caption_names_damage(ctx: FigureContext) -> bool:
    """Does the line right above the tab table of the row at ``ctx.offset`` say something was hit?"""
    line = _line_above_the_table(ctx.document, ctx.document.rfind("\n", 0, ctx.offset))
    return line is not None and _names_damage(ctx.document[line[0] : line[1]])


# The total row of a table of places ("\tTổng cộng\t3\t3\t78\t215,8"): its cells count what their columns name, as a
# place's row's do
_TOTAL_ROW = re.compile(
    r"[\t ]*(?:\d+[\t ]+)?(?:[Tt]ổng(?:\s+(?:cộng|số))?|TỔNG(?:\s+(?:CỘNG|SỐ))?|[Cc]ộng|CỘNG"
    rf"|(?i:toàn\s+(?:{UNIT_WORDS})))[\t ]*\t"
)


def _line_above_the_table(document: str, end: int) -> tuple[int, int] | None:
    """The span of the first line without a tab at or above the line that ends at ``end``; None at the text's start
    or for an empty line (but one empty line right above the table's first row, as Markdown writes it: "như sau: ¶ ¶
    | TT | Huyện | ...")."""
    row_passed = False
    while end > 0:
        start = document.rfind("\n", 0, end) + 1
        if "\t" not in document[start:end]:
            if start == end and row_passed and start > 1 and document[start - 2] != "\n":
                row_passed, end = False, start - 1
                continue
            return (start, end) if start < end else None
        row_passed = True
        end = start - 1
    return None


def _item_under_damage_heading(ctx: FigureContext) -> bool:
    """A list item under a heading of damage ("2. Thiệt hại về nông nghiệp:" over "+ Hoa màu: 2.360 ha;"): the
    heading says what the bare item counts, the damage of the event stated before."""
    return "hại" in ctx.heading.lower() and bool(_DAMAGE_HEADING.search(ctx.heading)) and bool(
        _LIST_ITEM.match(ctx.text))


def _kind_of_damage_after_damage_items(ctx: FigureContext) -> bool:
    """An item of a kind of damage ("3. Về nông nghiệp: Lúa: 12 ha; Gia súc: 8 con") right under an item of another
    kind that says what was hit ("2. Về nhà: Sập hoàn toàn: 3 nhà"): the next kind of the same event's damage,
    though its own labels say no more than what they count."""
    line_start = ctx.document.rfind("\n", 0, ctx.offset + ctx.start) + 1
    if not _KIND_OF_DAMAGE_ITEM.match(ctx.document, line_start) or line_start == 0:
        return False
    above = ctx.document[ctx.document.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
    return bool(_KIND_OF_DAMAGE_ITEM.match(above)) and _names_damage(above)


# A date marker line above a news headline ("date 2020-11")
_DATE_MARKER_LINE = re.compile(r"\s*" + _DATE_MARKER + r"\s*$")


def _block_lines(block: str) -> list[str]:
    return [line.strip() for line in block.split("\n") if line.strip() and not _DATE_MARKER_LINE.match(line)]


def _names_no_subject(line: str, story: Story) -> bool:
    """A line in capitals that names no hazard: an issuer's letterhead or a bulletin's kind ("BẢN TIN")."""
    return line.isupper() and not hazards_in(line, story)


def _told_right_before(ctx: FigureContext, story: Story) -> list[str]:
    """The hazards the sentence right before, in the figure's paragraph, tells of without a damage of its own ("Xâm
    nhập mặn đến sớm và sâu. Toàn tỉnh có 1.872 ha lúa bị ảnh hưởng"): what hit the things this one counts; none
    from an outlook ("Dự báo xâm nhập mặn sẽ ...")."""
    own_start = ctx.offset + ctx.sentence[0]
    i = bisect_left(story.starts, own_start) - 1
    if i < 0:
        return []
    a, b = story.sentences[i]
    if a < ctx.offset or not story.hazard_near(a, min(b, own_start)):
        return []
    told = ctx.document[a : min(b, own_start)]
    return [] if _OUTLOOK.search(told) else _of_kinds_named(hazards_in(told, story))


def _headline_hazards(ctx: FigureContext, story: Story) -> list[str]:
    """The hazards a news item's headline names: its first block before a blank line (past a date
    marker line) when that is one short line, not a sentence; none under a section heading on
    something else ("3. Văn hóa - xã hội")."""
    if _on_other_topic(ctx):
        return []
    blocks = ctx.document.lstrip()[:600].split("\n\n", 3)
    lines = _block_lines(blocks[0])
    for block in blocks[1:]:
        # a letterhead in capitals on a block of its own ("UBND TỈNH X" over "BAN CHỈ HUY PCTT VÀ TKCN"): the
        # issuer, not the headline, which is the next block
        if not lines or not all(_names_no_subject(line, story) for line in lines):
            break
        lines = _block_lines(block)
    # a headline on the first line of its own, the body right under it without a blank line ("Khi
    # cơn lũ đi qua\n date 2024-09\nThông tin ... có 3 người chết"): shorter, so no wrapped sentence
    if not lines or len(lines[0]) > (200 if len(lines) == 1 else 120):
        return []
    heads = 0
    while heads < len(lines) - 1 and (_names_no_subject(lines[heads], story)
                                      or (len(lines[heads]) < 40 and TITLE_HEADING.match(lines[heads]))):
        heads += 1
    if heads:
        # "BÁO CÁO NHANH" over "Công tác ứng phó với mưa lũ ...": a bulletin's kind, its subject on the lines below
        # (so is a heading in capitals that names no hazard: "BẢN TIN THIỆT HẠI" over "Do mưa lũ từ ngày ...", and
        # the issuer's letterhead above them: "BAN CHỈ ĐẠO QUỐC GIA VỀ PHÒNG, CHỐNG THIÊN TAI")
        return hazards_in(" ".join(lines[heads : heads + 2]), story)
    if lines[0].endswith(".") or lines[0][0].isdigit():
        return []
    return hazards_in(lines[0], story)


def _opens_on_damage(ctx: FigureContext, story: Story) -> bool:
    """No hazard is named before the figure's sentence, but in descriptions of damage ("5 nhà bị sạt
    lở taluy"): the text opens on the damage. Asked only near the start of a text."""
    own_start = ctx.offset + ctx.sentence[0]
    if not story.hazard_near(0, own_start):
        return True
    return not _ANY_HAZARD.search(_blank(ctx.document[:own_start].lower(), _PASSIVE))


def _total_under_a_list(ctx: FigureContext, story: Story) -> bool:
    """Does the figure's sentence open on a total ("Tổng thiệt hại ...") right after an item of a list ("- Giao thông:
    sạt lở 9.400 m3 đất đá")?"""
    if "ổng" not in ctx.sentence_text[:80] or not _OPENS_ON_TOTAL.match(ctx.sentence_text):
        return False
    i = bisect_left(story.starts, ctx.offset + ctx.sentence[0]) - 1
    return i >= 0 and _item_opening(ctx.document, story.sentences[i][0]) is not None


def _counted_hazards_before(ctx: FigureContext, story: Story) -> list[str]:
    """The hazards the sentence right before names, for a loss in money that sums it up: "... có 46
    điểm sạt lở, ... Thiệt hại khoảng 2,3 tỉ đồng" (the landslides are what is counted there, so
    that sentence states no cause to lend). Only for money; at the start of a paragraph only after a
    sentence of damage ("... 70.000m3 đất đá sạt lở, bồi lấp các tuyến đường. ¶ Tổng thiệt hại ...")."""
    if ctx.unit not in ("VND", "USD"):
        return []
    previous = _previous_sentence(ctx)
    if ctx.sentence[0] == 0 and not _names_damage(previous):
        return []
    return hazards_in(previous, story)


def _opening_line_cause(ctx: FigureContext, story: Story) -> list[str]:
    """Hazards the rest of the figure's line names ("... nhà dân bay nóc sau bão số 9"): a storm that
    dates the damage is its cause when the line names nothing else."""
    line = ctx.text[ctx.unit_end : ctx.sentence[1]].split("\n", 1)[0]
    return hazards_in(line, story) or (["storm"] if _DATING_STORM.search(line) else [])


def _details_damage_before(ctx: FigureContext) -> bool:
    """The sentence opens on a detail ("Trong đó, ...", "Riêng Ninh Bình ...") of damage said before."""
    return bool(_DETAIL_OPENING.match(ctx.sentence_text)) and _names_damage(_previous_sentence(ctx))


def _finish(hazards: list[str], story: Story | None) -> list[str]:
    """A text that opens by blaming its rain on a storm pairs the two: the rain's damage is the
    storm's, and the storm's damage came with its rain ("do ảnh hưởng của hoàn lưu bão số 3, ... mưa
    to ...; bão số 3 khiến 5.687 nhà bị hư hỏng")."""
    if story is None or not story.storm_framed:
        return hazards
    if "heavy_rain" in hazards and "storm" not in hazards:
        return ["storm", *hazards]
    if "storm" in hazards and "heavy_rain" not in hazards:
        at = hazards.index("storm") + 1
        return [*hazards[:at], "heavy_rain", *hazards[at:]]
    return hazards


# "Số vụ sạt lở: 23 vụ": the item's label counts the events
_LABELLED_CASES = re.compile(r"\bsố" + _EVENT_CASE.pattern + r"[^:]*$", _I)


def _bare_cases_happened(ctx: FigureContext) -> bool:
    return "vụ" in ctx.text[ctx.end : ctx.end + 4] and bool(
        _BARE_CASE.match(ctx.text, ctx.end) and _HAPPENED_BEFORE.search(ctx.before[-30:]))


# Where an event count's own words end: the next count ("3 trận mưa đá và 2 vụ sét đánh") or its effects
# (or an uncounted event after it: "2 áp thấp nhiệt đới và nhiều đợt mưa lớn", the rains are none of the depressions)
_EVENT_WORDS_END = re.compile(
    _EVENT_COUNT.pattern + r"|\b(?:nhiều|một\s+số|các|vài)\s+(?:đợt|trận|cơn)\b|gây|làm|khiến|\.\s|;", _I
)


# A bare count of events that ends its item ("huyện A 9 vụ,", "huyện B 4 trận."): a part of a breakdown
_BARE_EVENTS = re.compile(r"\s*(?:vụ|đợt|trận)\s*(?:[,;.)]|$)", _I)


# What may stand between a hazard and its count of events said after it ("Cháy rừng: 2 vụ", "Số vụ cháy rừng là 4 vụ",
# "sạt lở đất khoảng 6 vụ")
_BETWEEN_HAZARD_AND_COUNT = re.compile(rf"\s*(?::|\blà|\bvới|\bcó)?\s*(?:(?:{HEDGE_WORDS})\s+)?$", _I)
# The joints before an item of a list, whose own words are those after the last of them
_ITEM_JOINTS = re.compile(r"[,;(]|\bvà\b")


def _hazard_said_before_its_count(ctx: FigureContext) -> list[str]:
    """The hazard a bare count of events follows, in its item's own words ("cháy rừng 3 vụ,", "lốc xoáy 3 đợt, mưa đá 2
    đợt", "Cháy rừng: 2 vụ", "Số vụ cháy rừng là 4 vụ"): the kind of events counted, named first; [] when the words
    before the count end on no hazard ("Cháy, nổ xảy ra 29 vụ", a fire of no forest)."""
    if not _BARE_EVENTS.match(ctx.text, ctx.end):
        return []
    piece = _ITEM_JOINTS.split(ctx.before[-60:])[-1]
    words = piece[: _BETWEEN_HAZARD_AND_COUNT.search(piece).start()].lower()
    last = None
    for last in _ANY_HAZARD.finditer(words):  # noqa: B007 (the last hazard of the words is the one read)
        pass
    if last is None or last.end() != len(words):
        return []
    return hazards_in(words[last.start() :], story_of(ctx.document) if ctx.document else None)


def _events_detailed(ctx: FigureContext) -> str:
    """The words of the count of events a bare part of a breakdown details ("xảy ra 21 vụ sạt lở bờ sông, trong đó
    huyện A 9 vụ, huyện B 5 vụ": "21 vụ sạt lở bờ sông, "), through a bracket or "trong đó"/"riêng" in its sentence
    (only parts as bare as it between), or a sentence that opens on "Trong đó, ..." after the count; "" for any other
    count."""
    before = ctx.before
    # ("24 trận động đất, trong đó 5 trận có độ lớn trên 3,5 độ": a part right after "trong đó" says its own measure)
    if not _BARE_EVENTS.match(ctx.text, ctx.end) and not _PART_RIGHT_AFTER.search(before[-16:]):
        return ""
    opened = before.rfind("(")
    if opened >= 0 and before.rfind(")") < opened:
        words = before[:opened]
    else:
        detail = [m.start() for m in _OF_WHICH.finditer(before)]
        parts = detail and all(_BARE_EVENTS.match(before, m.end()) for m in _NUMBER.finditer(before, detail[-1]))
        words = before[: detail[-1]] if parts else ""
    counts = list(_EVENT_COUNT.finditer(words)) or list(_EVENT_CASE_COUNT.finditer(words))
    if not counts and _DETAIL_OPENING.match(ctx.sentence_text):
        words = _previous_sentence(ctx)
        counts = list(_EVENT_COUNT.finditer(words)) or list(_EVENT_CASE_COUNT.finditer(words))
    if not counts:
        return ""
    # (its own words end at the next count or at its effects: "35 vụ cháy rừng, thiệt hại 48,6 ha")
    stop = _EVENT_WORDS_END.search(words, counts[-1].end())
    return words[counts[-1].start() : stop.start() if stop else len(words)]


_PART_RIGHT_AFTER = re.compile(r"\btrong\s+đó\s*(?:có\s+)?$", _I)
_EVENT_CASE_COUNT = re.compile(r"\d+" + _EVENT_CASE.pattern, _I)


def event_hazards(ctx: FigureContext) -> list[str]:
    """Hazards of an event count: the words after '03 đợt' up to the next count or its effects."""
    if said_first := _hazard_said_before_its_count(ctx):
        return said_first  # ("lốc xoáy 3 đợt, mưa đá 2 đợt": each count's hazard is said before it)
    after = ctx.text[ctx.end : ctx.sentence[1]]
    stop = _EVENT_WORDS_END.search(after[1:])
    story = story_of(ctx.document) if ctx.document else None
    window = after[: stop.start() + 1 if stop else 200]
    found = hazards_in(window, story)
    if (
        found
        and "," in window
        and _KINDS_LISTED.search(ctx.text, ctx.sentence[0], ctx.start)
        and not hazards_in(window.split(",", 1)[0], story)
    ):
        # "9 loại hình thiên tai gồm: ..., 2 đợt nắng nóng, triều cường, sạt lở bờ sông": the last count of a list
        # of kinds is of its own item, not of the kinds listed after it without a count; a kind the contract does
        # not name (a heat wave) is one of the disasters all the same
        return [IN_GENERAL]
    if found == [IN_GENERAL] and window.endswith("(") and (kinds := _kinds_in_the_brackets(after[len(window):], story)):
        # "xảy ra 12 đợt thiên tai (05 đợt dông lốc, mưa đá; 03 đợt rét đậm)": the total is of the kinds its
        # brackets count
        return kinds
    if found:
        return found
    detailed = _events_detailed(ctx)
    if detailed:
        # "21 vụ sạt lở bờ sông, trong đó huyện A 9 vụ": the part's events are of the kind the whole's are
        return hazards_in(detailed, story)
    lead = ctx.text[ctx.sentence[0] : ctx.start]
    if ":" in lead and not _DIGIT.search(lead):
        # "2. Cháy rừng: xảy ra 2 vụ cháy tại xã A": the item's label says what the events were ("vụ cháy"
        # alone may be a house's fire; "Cháy nổ: xảy ra 2 vụ cháy" names no hazard and stays no disaster)
        return hazards_in(lead.split(":", 1)[0], story)
    if ctx.unit == "case" and _bare_cases_happened(ctx):
        # "sạt lở bờ sông từ đầu năm đã xảy ra 76 vụ": the events are what the clause says happened
        return hazards_in(_blank(ctx.clause_before(_CLAUSE_END), _PASSIVE), story)
    kinds = _KINDS_LISTED.search(lead)
    if kinds and not _DAMAGE_CUE.search(lead, kinds.end()):
        # "12 đợt thiên tai, gồm 2 cơn bão, ... và 3 đợt nắng nóng": a kind of the disasters listed that the
        # contract does not name (a heat wave) is one of those disasters all the same
        return [IN_GENERAL]
    if _BARE_EVENTS.match(ctx.text, ctx.end) and _DISASTERS_BEFORE_THE_TOTAL.search(lead):
        # "14 loại hình thiên tai với tổng số 37 đợt": the bare count totals the disasters its clause names
        return [IN_GENERAL]
    return _subject_counted(lead, story)


def _kinds_in_the_brackets(inside: str, story: Story | None) -> list[str]:
    """The hazards the counts of events in the brackets that ``inside`` opens (up to their close) name; [] when the
    brackets count no events."""
    close = inside.find(")")
    parts = inside[:close] if close >= 0 else ""
    if not _EVENT_COUNT.search(parts):
        return []
    return _of_kinds_named(hazards_in(parts, story))


# The kinds of disasters counted before a bare total of their events ("14 loại hình thiên tai với tổng số ")
_DISASTERS_BEFORE_THE_TOTAL = re.compile(
    r"(?:\d|nhiều)\s+loại(?:\s+hình)?\s+thiên\s+tai(?:\s*,\s*(?:(?:với|có|là)\s+)?|\s+(?:với|có|là)\s+)"
    r"(?:tổng\s+(?:số|cộng)\s+)?\Z",
    _I,
)
# The words between a count of events and its subject before it: a bound word is the figure's approximation
_COUNT_OPENS = rf"\s*(?:(?:{HEDGE_WORDS}|tổng\s+(?:số|cộng))\s+)*\Z"
# The verb that says its subject happened, right before the count ("thiên tai đã xảy ra trên 30 đợt", "mưa đá xảy
# ra khoảng 12 trận", "dông lốc diễn ra 9 đợt")
_HAPPENED_RIGHT_BEFORE = re.compile(r"\b(?:xảy|diễn)\s+ra" + _COUNT_OPENS, _I)
# A label naming the events its count counts, before "là" or a colon ("Số đợt thiên tai xảy ra trong năm là 30 đợt",
# "Tổng số trận lũ quét: 4 trận")
_EVENTS_LABELLED = re.compile(r"\bsố\s+(?:đợt|trận|cơn)\s+(?P<what>[^,;:]{2,60}?)\s*(?:\blà|:)" + _COUNT_OPENS, _I)
_DISASTERS_WORD = re.compile(r"thiên\s+tai", _I)
# Work done against disasters, whose sessions a subject naming it counts ("Diễn tập phòng chống thiên tai đã diễn ra
# 3 đợt")
_WORK_AGAINST = word_pattern("work_against_disasters", _I)


def _subject_counted(lead: str, story: Story | None) -> list[str]:
    """The hazards of the subject a count of events stands after (``lead``: its sentence up to the count): what the
    verb right before it says happened (back to the clause's mark), or what a label of the count names; disasters
    in general for "thiên tai"; none for work against them, or any other subject."""
    tail = lead[-100:]
    verb = _HAPPENED_RIGHT_BEFORE.search(tail) if "ra" in tail[-30:] else None
    if verb:
        subject = last_clause(tail[: verb.start()], r"[;,:()\n]")
    elif "số" in tail.lower() and (label := _EVENTS_LABELLED.search(tail)):
        subject = label["what"]
    else:
        return []
    if _WORK_AGAINST.search(subject):
        return []
    return [IN_GENERAL] if _DISASTERS_WORD.search(subject) else hazards_in(subject, story)


# --- places -----------------------------------------------------------------------------------

# ("Cư M'gar", "Ea H'leo": a Central Highlands name keeps the syllable after its apostrophe)
_NAME_WORD = rf"{CAP_WORD}(?:['’]\w+)?"
# (a part of the day before its date opens the next sentence, no word of the name: a news headline "... tại xã
# Mường Phăng" run into its story "Chiều 17/3/2027, ...")
_DAY_PART_DATED = rf"(?!(?i:{WRITTEN.day_part})\s+(?:\d|ngày\b|nay\b|qua\b|hôm\b))"
_NAMES = rf"{_NAME_WORD}(?:\s+{_DAY_PART_DATED}{_NAME_WORD})*"
# A place's name with its number ("phường Hà Giang 1", "phường Bắc Giang 2", wards numbered at the 2025 merger) or a
# ward's number alone ("Phường 7"): the number ends the name where no count could (before a mark, "và" or "có")
_NAME_NUMBER_END = r"(?=[^\S\n]*(?:[:,;()\n]|\.(?!\d)|$)|\s+(?:và|có|ghi\s+nhận|xuất\s+hiện)\b)"
# A 2025 ward's name of two parts joined by a dash ("phường Lang Biang - Đà Lạt", "phường Xuân Hương - Đà Lạt"): the
# part after the dash is capitalised and no kind of place ("xã A - Huyện B" are two places; a province after the dash
# is dropped by ``_ward_named``)
_DASHED_PART = rf"(?:[^\S\n]*[-–][^\S\n]*(?!(?i:{LOCAL_UNIT_WORDS}|tỉnh|tp|tx)\b){_NAMES})"
_PLACE_NAME = (
    rf"(?:{_NAMES}{_DASHED_PART}?(?:\s+\d{{1,2}}{_NAME_NUMBER_END})?|(?<=[Pp]hường\s)\d{{1,2}}{_NAME_NUMBER_END})")
# The unit a place belonged to, in brackets right after its name ("xã Lệ Thủy (huyện Lệ Thủy cũ)", "phường A (thuộc thị
# xã B cũ)", "xã C (trước đây là huyện C)"): the merged provinces' reports name a commune by the district it was in
# before 2025, a note on the name, not a place of its own; the name's label or part goes on past it
_FORMER_UNIT = (
    rf"(?:[^\S\n]*\((?:thuộc\s+|trước\s+đây\s+(?:là\s+|thuộc\s+)?)?(?i:{LOCAL_UNIT_WORDS})(?:\s+cũ)?\s+{_PLACE_NAME}"
    r"(?:\s+cũ)?[^\S\n]*\))"
)
_FORMER_UNIT_NOTE = re.compile(_FORMER_UNIT)
_GONE = re.compile(r"\bcũ\)|\(trước\s+đây")
_FORMER_UNIT_ENDS = re.compile(_FORMER_UNIT + r"\Z")
# ("xảy ra trên địa bàn các huyện A, B": "trên địa bàn" says where, as "tại" does)
# ("Tại huyện X, ...": a sentence may open on where; "tại bản A và bản B, xã C, huyện D": the villages
# named first, each a lower-case noun with its name, are below what the facts list, which starts at the commune;
# "tại khu vực rẫy thôn 2, xã A": the spot in the village may be said first, in a few words more)
_KIND_WORD = rf"(?:{LOCAL_UNIT_WORDS}|Phường)"
# ("Theo báo cáo của UBND xã A, ...", "Theo Ủy ban nhân dân huyện B", "Theo ông X, Chủ tịch UBND xã A, ...": the body
# of the place that reports its damage, or its head)
_REPORTED_BY = (
    r"|[Tt]heo\s+(?:(?:ông|bà)\s+[^,.;:\d\n]{2,40},\s*(?:Phó\s+)?Chủ\s+tịch\s+|(?:[^\W\d]+\s+){0,4}?(?:của\s+)?)"
    r"(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+"
)
# A word between a place's kind and its name that says what sort of place it is ("huyện cũ Tuy Phước", "các xã vùng
# cao Y Tý, Bát Xát", "xã biên giới Mường Nhé"): the name still follows
_EPITHET = r"(?:\s+(?:" + word_source("place_epithets") + r"))?"
_VILLAGES_FIRST = rf"(?:(?!{_KIND_WORD}\s)(?:{LOWER}+\s+){{1,5}}(?:{_NAMES}|\d+)\s*(?:,|\bvà\b)\s*){{0,4}}"
_LOCATION = guarded(re.compile(
    # ("sạt lở bờ biển tại xã A, huyện B": "ở" is a word of its own, not the end of "lở", "sở", "mở"; "tại khu vực
    # huyện A" is at the district)
    # ("sạt lở tại Km 89 Quốc lộ 12 thuộc địa phận xã A", "sạt lở nhiều đoạn Quốc lộ 4D qua xã B": where the road's
    # hit stretch lies, the stretch through that commune)
    r"(?:(?:[Tt]ại|[Ởở](?<!\w[Ởở])|[Tt]huộc|(?<!\w)[Qq]ua)\s+(?:các\s+|(?:địa\s+(?:bàn|phận)|khu\s+vực)\s+(?:các\s+)?)?"
    r"|[Tt]rên\s+địa\s+bàn\s+(?:các\s+)?"
    # ("220 con trâu, bò của các hộ dân huyện Bình Liêu": the place of the people whose things were hit)
    r"|[Cc]ủa\s+(?:các\s+)?(?:hộ(?:\s+dân)?|người\s+dân|nông\s+dân|bà\s+con)\s+"
    + _REPORTED_BY
    + r")"
    + _VILLAGES_FIRST
    + _KIND_WORD
    + _EPITHET
    # (a later name has a kind of its own or is no one capital word going on in lower case: "tại xã A, Quốc lộ 4D sạt
    # lở", "tại huyện B, Tỉnh lộ 160 ...", "xã C, Đường tỉnh 152 bị chia cắt" open the next clause on a road's name)
    + rf"\s+({_PLACE_NAME}(?:\s*(?:,|và)\s*(?:(?:{LOCAL_UNIT_WORDS})\s+|(?!{_NAME_WORD}\s+{LOWER})){_PLACE_NAME})*)"
))


_JOINED_BY_AND = re.compile(r"\svà\s*\Z")
_OPENS_A_SENTENCE = guarded(re.compile(rf"(?:(?<!{UPPER})|(?<=\d{UPPER}))[.!?]\s+\Z"))


# A place's part of the count before, in brackets after the place's name: "(214 con)", "(12 nhà)".
_PLACE_COUNTED_IN_BRACKETS = re.compile(r"(?<=\()\s*\d[\d.,]*\s*[^\W\d]+(?:\s+[^\W\d]+)?\s*\)")


def _figure_locations(ctx: FigureContext) -> list[str]:
    """Where a damage figure happened: the places after it in its clause ("01 người mất tích tại xã
    Hóa Sơn"), else in its clause before it, else the places the sentence opens with before its
    first count ("Tại huyện X, mưa lũ làm 3 người chết; 5 nhà bị sập"). A place said with another
    figure of the sentence ("...tại xã Hóa Sơn; 07 người bị thương", "1 người ở huyện A, 1 người ở
    huyện B") is that figure's. A part of a
    breakdown by place is at the place named right before its number ("trong đó huyện A 12 nhà,
    huyện B 7 nhà", "(huyện X: 15 ha; Y 20 ha)")."""
    opened = ctx.sentence[0]
    if ":" in ctx.text[opened : ctx.start] and (row := _last_row_label(ctx.text, opened, ctx.start)) is not None:
        # "... tại các xã Xã A: 12 nhà bị ngập, 3 ha lúa Xã B: 5 nhà ...": the lines of a table of places, which the
        # clean text ran into one sentence (no mark ends them), each open on their place's label: a figure's words
        # start at its own row's
        opened = row
    # (a row's line, where the clean text kept its break, else where its label opens it)
    line_start = max(ctx.text.rfind("\n", 0, ctx.start) + 1, opened)
    part = _part_place(ctx.text[opened : ctx.start])
    if "có" in ctx.before[-160:] and (listed := _PLACES_HAVE.search(ctx.before[-160:])) is not None:
        return _labelled_places(listed)
    if part:
        # ("- Xã A, xã B: 28 nhà": the count right after a label of several places is at them all)
        line = _PLACE_LABELLED_LINE.match(ctx.text, line_start)
        several = line and line.group("more") and not ctx.text[line.end() : ctx.start].strip()
        if several:
            return _labelled_places(line)
        colon = ctx.before.rfind(":")
        if colon >= 0 and not ctx.before[colon + 1 :].strip():
            # "Mưa lũ tại các xã A và B: 5 nhà bị ngập": the count right after a colon that ends a clause naming
            # where, several places, is at them all (not at the last name before the colon alone)
            listed = locations_in(_CLAUSE_END_RE.split(ctx.before[:colon])[-1])
            if len(listed) > 1 and listed[-1] == part:
                return listed
        return [part]
    # (up to the next count: in "(1 người ở huyện A, 1 người ở huyện B)" huyện B is the second's)
    after_text = ctx.text[ctx.unit_end : ctx.sentence[1]].split(";")[0]
    # (not a depth: "4.200 nhà bị ngập sâu từ 0,5 - 1,5 m, tập trung tại các xã A, B" counts nothing of its own)
    counts = _COUNTED.finditer(after_text) if _DIGIT.search(after_text) else ()
    next_count = next((m for m in counts if not _DEPTH.search(after_text, 0, m.start())), None)
    own_text = after_text[: next_count.start()] if next_count else after_text
    after = locations_in(own_text) or (_bracketed_places(own_text) if "(" in own_text else [])
    if after and next_count and _PLACE_COUNTED_IN_BRACKETS.match(after_text, next_count.start()):
        # "chết 1.318 con gia súc, tập trung tại xã A (214 con)": the place is its bracketed part's, not the whole's
        after = []
    if after:
        return after
    if next_count and "và" in own_text[-6:] and _JOINED_BY_AND.search(own_text):
        # "làm 2 người chết và 5 người bị thương tại xã A", "chết 80 con trâu và 25 con bò tại các xã A, B": the
        # places after two counts joined by "và" are where both were (a count after a comma keeps its own)
        rest = after_text[next_count.end() :]
        later = _COUNTED.search(rest)
        shared = locations_in(rest[: later.start()] if later else rest)
        if shared:
            return shared
    if next_count and "," in own_text and _a_bare_item_joint(own_text):
        shared = _places_after_the_list(after_text, next_count)
        if shared:
            return shared
    if next_count and ")" in after_text and (own_text.rfind("(") > own_text.rfind(")") or _in_open_bracket(ctx)):
        # "chết 128 con gia súc (54 con trâu, 61 con bò, 13 con ngựa) tại các xã A, B": the places after a
        # bracket that details a count are where the count and each of its parts were, not its last part's alone
        # (its parts named first too: "chết 186 con gia súc (trâu 92 con, bò 71 con), tập trung tại các xã A, B")
        rest = after_text[after_text.find(")", next_count.start()) + 1 :]
        later = _COUNTED.search(rest)
        past = locations_in(rest[: later.start()] if later else rest)
        if past:
            return past
    before = ctx.text[opened : ctx.start]
    if _OPENS_A_SENTENCE.search(before):
        # "... tại xã A. 4.520 nhà bị ngập": a sentence that opens on its number is run into the one before
        # (a sentence starts on a capital), whose places are that one's
        return []
    headline = _headline_over(ctx, before)
    if headline is not None:
        # (a news story's first sentence under its headline, or run into it: the story's own words say where, not the
        # headline's, which is asked last, and only when they do not say the story is about the whole province)
        before = before[headline[1] :]
        if _about_the_province(ctx.text[ctx.start - len(before) : ctx.sentence[1]]):
            headline = None
    part_text = before[_part_start(before) :]
    if _DIGIT.search(part_text) and (opening := _PLACE_OPENS_PART.search(part_text)):
        # "như sau: xã A 12 nhà bị cuốn trôi, 25 nhà bị ngập; xã B ...": a part between semicolons that opens on
        # a place and its first count is all at that place, its later counts too
        place = _part_place(part_text[: opening.end("first")])
        if place:
            return [place]
    sibling = _SIBLING_AFTER_PLACES.search(part_text) if part_text.endswith((" ", ",")) else None
    if sibling:
        # "2 trận dông lốc, mưa đá tại các xã A, B và 1 đợt mưa lớn": the places said with the item before, right
        # before the joint to this one, are that item's own; only the words before the first count are the clause's
        part_text = part_text[: sibling.start()]
    # ("2 người chết (1 người tại huyện A, 1 người tại huyện B), 1 người bị thương": the places in a closed bracket are
    # its parts')
    # ("làm 2 người chết tại xã A, 5.600 nhà bị ngập, thiệt hại khoảng 180 tỷ đồng": the place said after an earlier
    # count of the part is that count's, not the later figures')
    clause = locations_in(_cut_at_each_count(_CLOSED_BRACKET.sub("", part_text) if ")" in part_text else part_text))
    if clause:
        return clause
    line = _PLACE_LABELLED_LINE.match(ctx.text, line_start)
    if line:
        # "- Xã Hà Linh: 45 nhà bị tốc mái; 12 ha ngô bị gãy đổ": a line labelled by its place is
        # all at that place, its later figures too ("Thành phố Huế: ..." in a national bulletin labels a province)
        return _labelled_places(line)
    opening = part_text if sibling else before.split(";", 1)[0]
    first_count = _COUNTED.search(opening)
    opening = opening[: first_count.start()] if first_count else opening
    return (
        locations_in(opening)
        or _subject_place(opening)
        or _place_that_has_the_counts(opening)
        or _places_said_next(ctx)
        or _places_said_before(ctx)
        or _places_of_the_sub_heading(ctx, line_start)
        or (_headline_places(headline[0]) if headline else [])
    )


# A sentence that says where the event before it happened, counting nothing of its own: its subject, a few words
# ("Các vụ cháy", "Thiệt hại", "Các điểm sạt lở"), then "tập trung", "xảy ra" or "chủ yếu" and the places ("Các vụ
# cháy tập trung tại các xã A, B và phường C.", "Thiệt hại chủ yếu ở huyện A")
_WHERE_IT_HAPPENED = re.compile(
    r"(?P<subject>[^\W\d][^\d\n.;:,()]{0,50}?)\s(?:(?:đều|chủ\s+yếu|phần\s+lớn)\s+)?"
    r"(?:tập\s+trung|xảy\s+ra|diễn\s+ra|chủ\s+yếu)"
    r"(?:\s+(?:chủ\s+yếu|nhiều|nhiều\s+nhất|chính))?\s+(?:tại|ở|trên\s+địa\s+bàn)\s", _I)
_WHERE_IT_HAPPENED_WORDS = ("tập trung", "xảy ra", "diễn ra", "chủ yếu")
# The subject of such a sentence names the events or their damage ("Các vụ cháy", "Các điểm sạt lở", "Thiệt hại"), not
# those who went there ("Lực lượng chức năng tập trung tại xã A")
_EVENTS_OR_DAMAGE = re.compile(r"\b(?:vụ|điểm|đợt|trận|thiệt\s+hại)\b", _I)
# A number before a word (a count: "3 nhà", "12 vụ"); not a place's number before "và" ("xã Đam Rông 1 và phường A")
_COUNT_OF_ITS_OWN = re.compile(r"\d[\d.,]*\s*(?!và\b)[^\W\d]")


def _cut_at_each_count(part: str) -> str:
    """``part`` with each of its comma-separated pieces cut at its first count: the words before the counts, where a
    place of the whole part is said ("Lũ tại xã A làm 3 người chết, ...")."""
    return ",".join(piece[: m.start()] if (m := _COUNTED.search(piece)) else piece for piece in part.split(","))


def _places_said_next(ctx: FigureContext) -> list[str]:
    """The places of the sentence right after the figure's, on the same line, when that sentence only says where the
    event happened (``_WHERE_IT_HAPPENED``) and counts nothing: "Mùa khô 2025-2026 xảy ra 9 vụ cháy rừng, thiệt hại
    46,8 ha. Các vụ cháy tập trung tại các xã A, B và phường C." (not a sentence with counts of its own, "Tại xã A,
    3 nhà bị tốc mái", nor one on anything else, "Đoàn công tác đã kiểm tra tại xã A")."""
    end = ctx.sentence[1]
    following = ctx.text[end : end + 300]
    if not any(word in following[:80] for word in _WHERE_IT_HAPPENED_WORDS):
        return []
    following = following.split("\n", 1)[0]
    said = _WHERE_IT_HAPPENED.match(following.lstrip())
    if not said or not (_EVENTS_OR_DAMAGE.search(subject := said.group("subject"))
                        or _ANY_HAZARD.search(subject.lower())):
        return []
    sentence = _SENTENCE_END.split(following, maxsplit=1)[0]
    return [] if _COUNT_OF_ITS_OWN.search(sentence) else locations_in(sentence)


# A sentence that opens on the event it counts the damage of, named by its kind ("Trận động đất làm", "Đợt mưa lũ đã
# gây", "Vụ cháy cũng khiến", "Trận lũ quét cuốn trôi"): the event the sentence before stated
# ... or by the hazard itself ("Mưa lớn làm", "Lũ cuốn trôi", "Mưa đá đã làm": its subject opens on a hazard's word),
# after a count's source or not ("Theo thống kê, mưa đá làm"), with the words that describe it ("Mưa đá to như quả
# trứng gà đã làm"); or on the count right after that source ("Theo thống kê, 512 ngôi nhà bị tốc mái", "Theo thống
# kê, có 6 điểm sạt lở")
_COUNT_SOURCE = r"Theo\s+(?:thống\s+kê|báo\s+cáo)(?:\s+[^\W\d]+){0,10}\s*,\s*"
_NAMES_THE_EVENT = re.compile(
    rf"{_COUNT_SOURCE}(?=(?:có\s+)?(?:\d|\Z))|(?:{_COUNT_SOURCE})?"
    r"(?:(?:Trận|Đợt|Vụ|Cơn)\s+(?:[^\W\d]+\s+){1,4}?|(?P<hazard>(?:[^\W\d]+\s+){1,10}?))"
    r"(?:(?:cũng|đã|còn)\s+)*(?:làm|gây|khiến|cuốn|vùi|quật|phá|thiêu)\b", _I)
# A sentence on the whole province's damage ("toàn tỉnh có 1.200 nhà bị ngập"), at no place of the event before it
_PROVINCE_WIDE = re.compile(r"\b(?:toàn|cả)\s+tỉnh\b|\bđịa\s+bàn\s+tỉnh\b", _I)
# (what the sentence before says of the event: that it happened, or a hazard's word)
_EVENT_STATED = re.compile(r"\b(?:xảy\s+ra|xuất\s+hiện)\b", _I)


def _places_said_before(ctx: FigureContext) -> list[str]:
    """The places of the sentence right before the figure's, on the same line, when that one states the event and
    counts no damage, and the figure's sentence opens on the event by its kind: "Sáng 28/7, tại xã A xảy ra động đất
    4,1 độ. Trận động đất làm 7 nhà bị nứt tường." (not a sentence that opens on anything else, "Đoàn công tác
    ..."; nor one before with counts of its own, whose places are those counts')."""
    opened = ctx.sentence[0]
    event = _NAMES_THE_EVENT.match(ctx.text, opened, ctx.start)
    if not event or (event["hazard"] and not _ANY_HAZARD.match(event["hazard"].lower())) or _PROVINCE_WIDE.search(
            ctx.sentence_text):
        return []
    before = ctx.text[max(0, opened - 300) : opened].rsplit("\n", 1)[-1].rstrip()
    # (a headline run into the story's first sentence, "... hơn 300 ngôi nhà  (Báo X) - Chiều 12/3, tại xã A xảy ra
    # mưa đá": the story's sentence starts after its source, the headline's counts are none of its own)
    before = _STORY_OPENING.split(before)[-1]
    sentence = [part for part in _SENTENCE_END.split(before) if part and part.strip()][-1:]
    if not sentence or _COUNTED.search(sentence[0]):
        return []
    stated = sentence[0]
    if not (_EVENT_STATED.search(stated) or _ANY_HAZARD.search(stated.lower())):
        return []
    return locations_in(stated)


# The joint before the next item of a list of counts ("3 nhà sập, 12 nhà tốc mái, ...", "tốc mái 35 nhà, gãy đổ 12
# cột điện"), with the verb the next item may open on; no new predicate, cause or breakdown ("trong đó")
_NEXT_ITEM_JOINT = re.compile(r"(?:,|\svà)\s*(?:[^\W\d][^\W\d\s]*(?:\s+[^\W\d][^\W\d\s]*){0,3}\s+)?\Z")
_PREDICATE_OR_CAUSE = guarded(re.compile(r"\b(?:làm|gây|khiến|do|bởi|trong\s+đó|riêng|gồm|cụ\s+thể)\b", _I))


# A row's label of a table of places, a capitalised kind with its name and a colon ("Xã Bảo Hà:", "Phường 7:"), where
# it opens a line or a part of a sentence (not a name's "... thuộc Xã" or a name with words before it); in lower case
# right after a semicolon, which opens the part ("Xã A: 2 nhà sập; xã B: sạt lở 3 tuyến đường")
_ROW_LABEL = re.compile(
    rf"(?:(?<![^\s;:(])(?:Xã|Huyện|Phường|Thị\s+(?:trấn|xã)|Thành\s+phố)|(?<=;)[^\S\n]*(?:{LOWER_UNIT_WORDS}))"
    rf"\s+{_PLACE_NAME}{_FORMER_UNIT}?[^\S\n]*:"
)


def _last_row_label(text: str, start: int, end: int) -> int | None:
    """Where the last row label (``_ROW_LABEL``) between ``start`` and ``end`` starts, else None; not one in a bracket
    closed before ``end`` ("9 người chết (xã A: 3 người; xã B: 6 người), 2 người mất tích": the bracket's parts are the
    count's before it, the row is the sentence's)."""
    starts = [label.start() for label in _ROW_LABEL.finditer(text, start, end)]
    while starts and text.count(")", starts[-1], end) > text.count("(", starts[-1], end):
        starts.pop()
    return starts[-1] if starts else None


def _a_bare_item_joint(words: str) -> bool:
    """Are ``words``, between two counts, the rest of a bare item and the joint to the next one (no bracket between:
    "(40 con trâu, 56 con bò), 7 con ngựa" is a detail, then a count of its own)?"""
    return (bool(_NEXT_ITEM_JOINT.search(words)) and "(" not in words and ")" not in words
            and not _PREDICATE_OR_CAUSE.search(words) and not locations_in(words))


def _places_after_the_list(after_text: str, next_count: re.Match[str]) -> list[str]:
    """The places after the last of two counts or more listed with commas, none with a place, cause or verb of a new
    predicate of its own ("3 nhà sập, 12 nhà tốc mái, 2 người bị thương tại xã X", "lốc xoáy làm 3 người chết, 6 nhà
    bị tốc mái tại xã A", "làm chết 3 con trâu, 2 con bò tại xã A"): where every item of the list was, said once at
    its end, as with "và"."""
    at = next_count.end()
    for later in _COUNTED.finditer(after_text, at):
        if not _a_bare_item_joint(after_text[at : later.start()]):
            break
        at = later.end()
    later = _COUNTED.search(after_text, at)
    rest = after_text[at : later.start() if later else None]
    return [] if _PREDICATE_OR_CAUSE.search(rest.split("tại", 1)[0]) else locations_in(rest)


_CLOSED_BRACKET = re.compile(r"\([^()]*\)")
# A place of a list item right before the joint to the next count ("... tại các xã A, B và ", "... ở huyện A, "); the
# item's count no day of a date ("Sáng 5/9/2026, tại bản A, xã B, 1 người bị lũ cuốn trôi": the sentence's place)
_SIBLING_AFTER_PLACES = re.compile(
    r"(?<![\d/])(?<!tháng\s)(?<!năm\s)\d(?![\d.,]*\s*(?:/|tháng\b))[^;:()]*?\b(?:tại|ở)\s[^;:()\d]*(?:,|\svà)\s*\Z", _I
)


def _outside_brackets(text: str) -> str:
    """``text`` without its closed brackets (the details of its counts)."""
    return _CLOSED_BRACKET.sub("", text) if ")" in text else text


def _in_open_bracket(ctx: FigureContext) -> bool:
    """Is the figure inside a bracket its sentence opened before it?"""
    before = ctx.text[ctx.sentence[0] : ctx.start]
    return before.rfind("(") > before.rfind(")")


# What may stand between a part's place and its number: "huyện X: 15 ha", "huyện Y có 217 nhà",
# "xã Z khoảng 97 nhà" (the end of the text before the figure); the verbs in lower case only, a capital "Có" is a
# name's last word ("xã Nậm Có 12 nhà")
_PART_PLACE_END = re.compile(
    rf"\s*(?::|\b(?-i:có|ghi\s+nhận|xuất\s+hiện|xảy\s+ra)\b)?\s*(?:\b(?:{HEDGE_WORDS}|dưới)\s+)?\Z", re.IGNORECASE)
# Where its search may start: past the last character that no match holds. A match reads spaces and the letters of
# its words (each in any case the engine takes for it: ``letter_cases``), so it starts after any other character;
# the search tried each of the window's 160 places, most of them long before the end.
_PART_PLACE_END_CHARS = "".join(sorted({case for char in _PART_PLACE_END.pattern
                                        for case in (letter_cases(char) if char.isalpha() else char)}))
_BEFORE_PART_PLACE_END = re.compile(r"(?s:.*)[^\s" + re.escape(_PART_PLACE_END_CHARS) + "]")
# The words that open a part: "trong đó", "riêng", "gồm", "cụ thể"
# ("tập trung ở các huyện A (1.250 nhà)": where, said of the first part)
_PART_OPENING = re.compile(r"[\s\-–•+*]*(?:(?:trong\s+đó|riêng|gồm|cụ\s+thể)\b\s*(?:là\s+|có\s+)?)?"
                           r"(?:(?:tập\s+trung\s+)?(?:ở|tại)\s+(?:các\s+)?(?=[Hh]uyện|[Xx]ã|[Tt]hị|[Tt]hành|[Pp]hường))?",
                           re.IGNORECASE)
# A part's place: its kind and name ("huyện Bát Xát", "thị xã Sơn Tây"), or a bare name of two
# words or more after a mark of a list ("(Triệu Phong 1.800 ha, Hải Lăng ...)"; one capital word
# alone is too often an item's label)
# (a special zone, "đặc khu Lý Sơn", is a district's kind from 2025; a city's "quận" before)
_KIND = r"(?:[Hh]uyện|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị\s+trấn|[Tt]hị\s+xã|[Tt]hành\s+phố|[Đđ]ặc\s+khu|TP\.?|TX\.?)"
# A list item labelled by its place, with its kind ("- Xã Hương Trạch: ...", "+ Huyện Kỳ Anh: ...")
# ("- Xã Yên Minh, xã Mậu Duệ: 28 nhà bị tốc mái": a label of several places, each with its kind or after the first's)
_PLACE_LABELLED_LINE = re.compile(
    rf"[^\S\n]*[\-–•+*]?[^\S\n]*(?P<kind>{_KIND})\s+(?P<named>{_PLACE_NAME}){_FORMER_UNIT}?"
    rf"(?P<more>(?:[^\S\n]*(?:,|\bvà\b)[^\S\n]*(?:{_KIND}\s+)?{_PLACE_NAME}{_FORMER_UNIT}?)*)[^\S\n]*:"
)
_LEADING_KIND = re.compile(rf"^{_KIND}\s+")
# Places listed as the subject of the count right after them ("Các xã Bảo Hà, Văn Bàn có 56 ha lúa bị vùi lấp", "Hai
# huyện A và B có 30 nhà bị ngập"): the count is at them all, not at the last one alone
_PLACES_HAVE = re.compile(
    rf"(?:[Cc]ác|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|\d{{1,2}})\s+(?P<kind>{_KIND})\s+(?P<named>{_PLACE_NAME})"
    rf"(?P<more>(?:\s*(?:,|\bvà\b)\s*(?:{_KIND}\s+)?{_PLACE_NAME})+)\s+(?:đều\s+)?có\s+(?:(?:{HEDGE_WORDS})\s+)?"
    # (and the later counts of the list they have: "... có 56 ha lúa và 12 ha quế")
    + _ITEMS_BEFORE + "*$")


def _labelled_places(line: re.Match[str]) -> list[str]:
    """The places of a line's label (``_PLACE_LABELLED_LINE``): its first, then any more, as written without kind."""
    first = _below_province(line.group("kind"), spaced(line.group("named")))
    more = [
        _ward_named(_LEADING_KIND.sub("", spaced(name)))
        for name in _LIST_JOINT.split(_FORMER_UNIT_NOTE.sub("", line.group("more")))
    ]
    return [name for name in (first, *more) if name]


# A sub-heading line that is a place's label alone, its items on the lines below ("a) Xã A:", "- Huyện B:", "Xã C:")
_PLACE_SUB_HEADING = re.compile(rf"[^\S\n]*(?:{NUMBERED_MARK}[^\S\n]*)?(?={_PLACE_LABELLED_LINE.pattern}[^\S\n]*$)")
# A list item's line ("- 5 nhà bị tốc mái;", "+ 2 ha lúa bị ngập"), of the sub-heading above it
_ITEM_LINE = re.compile(rf"[^\S\n]*{DASH_MARK}")
# A line of the whole's damage ("- Tổng thiệt hại ...", "- Toàn tỉnh có ...", "- Lũy kế ..."), of no place's sub-heading
_WHOLE_LINE = re.compile(
    rf"[^\S\n]*{DASH_MARK}?[^\S\n]*(?:Tổng|(?:Toàn|Cả)\s+(?:{UNIT_WORDS})|(?:Lũy|Luỹ)\s+kế|Cộng\s+dồn)\b", _I
)
_SUB_HEADING_REACH = 12  # lines up from an item to its sub-heading


def _places_of_the_sub_heading(ctx: FigureContext, line_start: int) -> list[str]:
    """The places of the sub-heading an item's line is listed under, when the lines between are items too:
    "a) Xã A:¶- 5 nhà bị tốc mái;¶- 2 ha lúa bị ngập." (both at A); not past a heading of anything else
    ("3. Lũy kế thiệt hại:¶- 2 người chết"), nor for a line of the whole's damage under the last place's items."""
    text = ctx.document or ctx.text
    line_start += ctx.offset if ctx.document else 0
    if _WHOLE_LINE.match(text, line_start):
        return []
    end = line_start - 1
    for _ in range(_SUB_HEADING_REACH):
        if end < 0:
            return []
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if (heading := _PLACE_SUB_HEADING.match(line)) is not None:
            return _labelled_places(_PLACE_LABELLED_LINE.match(line, heading.end()))
        if line.strip() and (not _ITEM_LINE.match(line) or _WHOLE_LINE.match(line)):
            return []
        end = start - 1
    return []


# A part between semicolons that opens on a place and the count right after it ("...: xã A 12 nhà, ...", a line
# "Riêng xã A có 320 nhà bị tốc mái, 2 trường học bị hư hỏng": the detail of one place; "...; xã B: 120 nhà bị
# ngập, 20 ha lúa": its place as a label, after its colon)
# (not a ward's number before the colon of its label: "- Phường Hà Giang 1: 01 người chết")
_PLACE_OPENS_PART = re.compile(
    rf"(?:^|[:\n])[^\S\n]*[\-–•+*]?[^\S\n]*(?:[Rr]iêng\s+)?{_KIND}\s+{_PLACE_NAME}{_FORMER_UNIT}?(?P<first>)"
    r"[^\S\n]*(?::[^\S\n]*)?"
    rf"(?:có\s+)?(?:(?:{HEDGE_WORDS})\s+)?\d(?!\d?[^\S\n]*:)"
)
# The word that opens a list of places, right before its first ("gồm", "là", with "các" of a plural kind after it)
_FIRST_OF_A_LIST = re.compile(
    r"(?<!\w)(?:gồm|là)\s+(?:các\s+(?=(?:" + LOCAL_UNIT_WORDS + r")\s))?(?!.*\s(?:gồm|là)\s)", re.S)
_PART_PLACE = re.compile(
    rf"(?:(?P<kind>{_KIND}){_EPITHET}\s+(?P<named>{_PLACE_NAME})|(?P<bare>{CAP_WORD}(?:\s+{CAP_WORD})+))")


# A sentence that opens on one place ("Tại huyện A, ...", "Huyện B có ...", "Riêng xã C, ...")
_PLACE_OPENING = re.compile(
    rf"\W*(?:(?:[Tt]ại|[Ởở]|[Rr]iêng)\s+)?{_KIND}\s+(?P<named>{_PLACE_NAME})(?=\s*(?:,|:|có\b))"
)


# A clause that opens on a place as the subject of what befell it ("Huyện Ninh Phước bị thiệt hại nặng nhất với 1.900
# ha", "Xã A thiệt hại 12 nhà"), or names it as the one a superlative picks ("Nặng nhất là huyện B với 700 ha")
_SUBJECT_PLACE = re.compile(
    rf"\W*(?:[^\W\d][^\d,;:.()]{{0,30}}?\slà\s+)?(?P<kind>{_KIND})\s+(?P<named>{_PLACE_NAME})\s+"
    r"(?:(?:bị|đã|cũng)\s+)*(?:thiệt\s+hại|ảnh\s+hưởng|với)\b")


# The place the words before a sentence's first count end on as the one that has the damage, after the words that open
# the sentence ("Ngày 10/4/2026, huyện A có 1.920 ha ...", "Nắng hạn kéo dài, toàn huyện B có ..."), perhaps with its
# province in brackets ("huyện A (tỉnh C) có"): where the sentence's counts were, the parts of its first too ("...,
# trong đó 410 ha ...")
_PLACE_HAS_THE_COUNTS = re.compile(
    rf"(?:^|,)\s*(?:(?:[Tt]ại|[Ởở]|[Rr]iêng|[Tt]oàn|[Cc]ả)\s+)?(?P<kind>{_KIND})\s+(?P<named>{_PLACE_NAME})"
    r"(?:\s*\((?:tỉnh|thành\s+phố|TP\.?)\s+[^()\d]{2,30}\))?\s+(?:(?:đã|cũng|hiện)\s+)?(?:có|ghi\s+nhận)\s+"
    rf"(?:(?:{HEDGE_WORDS})\s+)?\Z"
)


def _place_that_has_the_counts(opening: str) -> list[str]:
    """The place that has the counts the words ``opening`` end before (``_PLACE_HAS_THE_COUNTS``), else []."""
    if "có" not in opening[-40:] and "nhận" not in opening[-40:]:
        return []
    said = _PLACE_HAS_THE_COUNTS.search(opening)
    place = _below_province(said.group("kind"), spaced(said.group("named"))) if said else None
    return [place] if place else []


def _subject_place(opening: str) -> list[str]:
    """The place the words before a clause's first count open on as their subject (``_SUBJECT_PLACE``), else []."""
    subject = _SUBJECT_PLACE.match(opening)
    place = _below_province(subject.group("kind"), spaced(subject.group("named"))) if subject else None
    return [place] if place else []


def _headline_over(ctx: FigureContext, before: str) -> tuple[str, int] | None:
    """The headline of a news story whose first sentence the figure's is, and where the story's own words start in
    ``before`` (the figure's sentence up to it): a headline run into the sentence, before the story's source in
    brackets ("Lốc xoáy tại xã A  (Báo X) - Sáng 9/5, ..."), or the one short line above it, ending on no full stop
    ("Lốc xoáy tại xã A" over a blank line and "Sáng 9/5, ..."); None for any other sentence."""
    if not ctx.document:
        return None
    sentence_start = ctx.offset + ctx.sentence[0]
    above = _DATE_MARKER_START.sub("", ctx.document[:sentence_start].lstrip(), count=1)
    if not above.strip():
        joint = _STORY_OPENING.search(before) if "(" in before else None
        return (before[: joint.start()], joint.end()) if joint else None
    line = above.strip()
    if "\n" in line or len(line) > _HEADLINE_LENGTH or line.endswith(".") or "\n" not in above.rstrip(" \t")[-2:]:
        return None
    return line, 0


# A news headline's length at most, in characters (a longer first line is a sentence or a title)
_HEADLINE_LENGTH = 200
# A headline that opens on its place and a colon ("Xã Tà Xùa: lốc xoáy tốc mái nhiều nhà")
_HEADLINE_PLACE = re.compile(rf"\W*(?P<kind>{_KIND})\s+(?P<named>{_PLACE_NAME})\s*:")
# Words that say a story is about its whole province ("trên địa bàn tỉnh", "toàn tỉnh", "tại tỉnh Nghệ An", "ở Nghệ An")
_PROVINCE_WIDE_WORDS = re.compile(r"\b(?:toàn|cả|khắp)\s+tỉnh\b|\bđịa\s+bàn\s+tỉnh\b", _I)
_AT_A_PLACE = re.compile(r"(?<!\w)(?:tại|ở)\s+(?:(?:tỉnh|thành\s+phố|TP\.?)\s+)?", _I)


def _about_the_province(words: str) -> bool:
    """Do ``words`` say the story is about the whole province (``_PROVINCE_WIDE_WORDS``, or "tại"/"ở" before the
    province's name)?"""
    if _PROVINCE_WIDE_WORDS.search(words):
        return True
    return any(
        (named := find_provinces(words[m.end() : m.end() + 40])) and named[0].start == 0
        for m in _AT_A_PLACE.finditer(words)
    )


def _headline_places(headline: str) -> list[str]:
    """The districts and communes a news headline names ("Lốc xoáy tốc mái nhiều nhà tại xã Tà Xùa", "Xã Tà Xùa:
    ...", "Xã Tà Xùa thiệt hại nặng sau ...")."""
    named = locations_in(headline) or _subject_place(headline)
    if named:
        return named
    opening = _HEADLINE_PLACE.match(headline)
    place = _below_province(opening.group("kind"), spaced(opening.group("named"))) if opening else None
    return [place] if place else []


def _place_opening(sentence: str) -> str:
    """The place a sentence opens on, by its name ("" when it opens on no place)."""
    if not sentence[:1].isupper() and not sentence.lstrip()[:1].isupper():
        return ""
    opening = _PLACE_OPENING.match(sentence)
    return opening.group("named") if opening else ""


def _part_place(before: str) -> str | None:
    """The place a part of a breakdown is at: the name that ends the text before its number, after
    a mark of a list or the words that open a part (or at the sentence's start, with its kind:
    "Huyện Nậm Pồ có 217 nhà"); a province is none (gold keeps districts and communes only)."""
    window = before[-160:]
    # "xã Côn Lôn (118 nhà)": the part in brackets right after its place
    bracket = window.rstrip()
    window = bracket[:-1].rstrip() if bracket.endswith("(") else window
    past = _BEFORE_PART_PLACE_END.match(window)
    end = _PART_PLACE_END.search(window, past.end() if past else 0)
    tail = window[: end.start()] if end else window
    # ("xã A (huyện B cũ) 87 nhà": the part is at the commune the note follows)
    tail = _FORMER_UNIT_ENDS.sub("", tail) if tail.endswith(")") else tail
    words = tail.rsplit(None, 1)
    # ("phường Hà Giang 1: 7 nhà", "Phường 8 có 20 nhà": a ward's number ends its name before a colon or "có")
    numbered = bool(words) and len(words[-1]) <= 2 and words[-1].isdigit() and bool(end and end.group().strip())
    if not words or not (numbered or (words[-1][:1].isupper() and tail[-1].isalpha())):
        return None  # (most figures: a number after a word that is no name's, "làm chết 3", "nhà: 5")
    # (a list's last part follows "và": "..., B (980 nhà) và thị xã C (896 nhà)")
    cut = max(*(tail.rfind(mark) for mark in ",;():\n"), tail.rfind(" và ") + 3 if " và " in tail else -1)
    part = tail[cut + 1 :]
    # ("thiệt hại tại 5 xã gồm A (12 nhà), B (7 nhà)", "nặng nhất là các xã A (540 ha), B (410 ha)": the list's first
    # place follows the word that opens it, as the later ones follow their comma)
    listed = _FIRST_OF_A_LIST.search(part) if (" gồm " in part or " là " in part) else None
    if cut < 0 and not listed and len(window) < len(before):
        return None
    part = part[listed.end() :] if listed else part
    opening = _PART_OPENING.match(part)
    m = _PART_PLACE.fullmatch(part[opening.end() if opening else 0 :].rstrip())
    if not m:
        return None
    if m.group("named") is not None:
        return _below_province(m.group("kind"), spaced(m.group("named")))
    name = spaced(m.group("bare"))
    return None if (cut < 0 and not listed) or match_province(name, fuzzy=False) else name


def _below_province(kind: str, name: str) -> str | None:
    """A place of a district's or a commune's kind, by its name; None for "thành phố Đà Nẵng", a province."""
    city = kind[0] in "Tt" and not kind.lower().startswith("thị")
    province = match_province(name, fuzzy=False) if city else None
    return None if province and province.key in CENTRAL_CITIES else _ward_named(name)


_DASH_SPLIT = re.compile(r"\s*[-–]\s*")


def _ward_named(name: str) -> str:
    """A place's name as kept: a ward's bare number with its kind ("7" of "Phường 7" → "Phường 7"); a dashed name's
    part after the dash that is a province is no part of it ("xã Ia Hrú - Gia Lai" → "Ia Hrú")."""
    if "-" in name or "–" in name:
        parts = _DASH_SPLIT.split(name, maxsplit=1)
        if len(parts) == 2 and match_province(parts[1], fuzzy=False):
            return parts[0]
    return f"Phường {name}" if name.isdigit() else name


# A damage count ("04 người", "92 nhà", "360,2 ha"), not the number of a date ("tháng 5")
# (works and craft counted by the piece too: "3 chiếc tàu cá ..., 1 điểm trường tại xã A", "37 cột điện")
_COUNTED = re.compile(
    rf"\d[\d.,]*\s*(?:người|nhà|căn|ngôi|hộ|ha\b|con\b|tấn|km\b|m\b|m3|{SCALE_WORDS}"
    r"|chiếc\b|điểm\b|cột\b|cầu\b|tuyến\b|trường\b|công\s+trình\b|ao\b|lồng\b)",
    re.IGNORECASE,
)


# The places in brackets right after a figure's own words ("03 người chết (xã Phong Sơn, huyện Phong
# Điền)", "02 người (huyện Hoài Nhơn)"): where it happened, each place with its kind (a bracket of names
# alone may be anything: "(Lai Châu: 9 người)", "(PCTT)")
_PLACE_KIND = rf"(?:{LOCAL_UNIT_WORDS}|TP\.|TX\.)"
# (the kind said again, capitalised, before each name of a list: "tại các xã Xã A, Xã B" are the communes A and B)
_KIND_WORD_OPENS = re.compile(
    rf"^(?:{_KIND_WORD}|(?:Xã|Huyện|Quận|Thị\s+(?:trấn|xã)|Thành\s+phố|Đặc\s+khu)(?=\s+\w))\s+")
_BRACKETED_PLACES = re.compile(
    rf"^[^\d();,.]{{0,40}}\(\s*({_PLACE_KIND}\s*{_PLACE_NAME}(?:\s*(?:,|và)\s*{_PLACE_KIND}\s*{_PLACE_NAME})*)\s*\)"
)


def _bracketed_places(text: str) -> list[str]:
    """The places in brackets that ``text`` (the words after a figure) opens with, as written without
    their kind: 'chết (xã Phong Sơn, huyện Phong Điền)' → ['Phong Sơn', 'Phong Điền']."""
    m = _BRACKETED_PLACES.match(text)
    if m is None:
        return []
    parts = re.split(r"\s*,\s*|\s+và\s+", m.group(1))
    return list(dict.fromkeys(_ward_named(spaced(re.sub(r"^" + _PLACE_KIND + r"\s*", "", part))) for part in parts))


def _blank_a_gone_unit(note: re.Match[str]) -> str:
    """A note of a former unit (``_FORMER_UNIT``), blanked when the unit it names is gone ("cũ", "trước đây")."""
    return " " * len(note.group()) if _GONE.search(note.group()) else note.group()


def locations_in(text: str) -> list[str]:
    """District/commune names as written: 'tại các huyện Ba Bể, Pác Nặm, Chợ Đồn' → 3 names."""
    names: list[str] = []
    if "cũ)" in text or "trước đây" in text:
        # ("tại xã A (thuộc huyện B cũ)": the unit a commune was in before the merger is a note on its name, gone)
        text = _FORMER_UNIT_NOTE.sub(_blank_a_gone_unit, text)
    for m in _LOCATION.finditer(text):
        # ("tại thành phố Hải Phòng": a centrally run city is a province, no place of the facts)
        city = m.group(0)[: m.start(1) - m.start(0)].rstrip().endswith("thành phố")
        for part in re.split(r"\s*,\s*|\s+và\s+", m.group(1)):
            named = _KIND_WORD_OPENS.sub("", written := spaced(part))
            part = _ward_named(named)
            # (a name after its own kind is of that kind, else of the first's: "các thành phố A, B")
            if (written[:5].lower() == "thành" if named != written else city) and not _below_province(
                    "thành phố", part):
                continue
            if part and part not in names:
                names.append(part)
    return names


# --- impacts ----------------------------------------------------------------------------------


def _label_over_the_brackets(ctx: FigureContext) -> str:
    """The label of the list item whose count the open bracket the figure stands in details ("- Nhà bị ngập:
    235 nhà (thôn A 120 nhà, ...)": "Nhà bị ngập"), else ""."""
    opened = ctx.before.rfind("(")
    if opened < 0 or ctx.before.rfind(")") > opened:
        return ""
    counted = ctx.before[:opened]
    last_number = [m.start() for m in _NUMBER.finditer(counted)][-1:]
    return _label_before_colon(counted[: last_number[0]]) if last_number else ""


def _enclosing_head(ctx: FigureContext) -> str:
    """In a breakdown "161 nhà bị đổ, trôi (Hà Giang: 39 nhà; ...)", the words of the figure the
    parenthesis details ("nhà bị đổ, trôi"); "" outside parentheses."""
    before = ctx.text[max(0, ctx.start - 400) : ctx.start]
    opened = before.rfind("(")
    if opened < 0 or before.rfind(")") > opened:
        return ""
    head = before[:opened]
    # "179 nhà bị sập đổ, thiệt hại trên 70% (Điện Biên: 14 nhà; ...)": a percentage only qualifies
    number = [m for m in _NUMBER.finditer(head) if not _PERCENT_NEXT.match(head, m.end())]
    if number:
        return head[number[-1].end() :]
    # "hai nhà bị cuốn trôi hoàn toàn (bản A một nhà, ...)": a count in words; its clause
    return _CLAUSE_END_RE.split(head)[-1]


# A fishing boat's registration number ("QNg 90123 TS", "BĐ-97468-TS", "KG 91234 TS")
_BOAT_NUMBER = re.compile(r"\b[a-zđ]{1,4}[\s.-]*\d{3,6}[\s.-]*ts\b")  # (the words after a count are lowered)
# (the splits of ``_person_impact``, compiled once: it reads every count of people)
_BRACKET_OR_SEMICOLON = re.compile(r"[;()]")
_BRACKET_SEMICOLON_OR_DIGIT = re.compile(r"[;()]|\d")
_CLAUSE_MARK_OR_DIGIT = re.compile(r"[,;:()]|\d")
_STOP_OR_DIGIT = re.compile(r"[;,.()]|\d")
_ANY_CLAUSE_MARK = re.compile(r"[,;:()]")


def _count_the_bracket_sums_to(ctx: FigureContext) -> str:
    """In a breakdown after several counts of people ("9 người chết, 3 người mất tích (xã A: 3 người; xã B: 2 người;
    xã C: 4 người)"), the words of the one count the bracket's parts add up to ("người chết"): the parts are of the
    whole they sum to, not of the count nearest the bracket; "" when the bracket follows one count, or no one count
    (or more than one) is their sum."""
    opened = ctx.before.rfind("(")
    if opened < 0 or ctx.before.rfind(")") > opened:
        return ""
    head = ctx.before[:opened]
    counts = list(_PEOPLE_IN_DIGITS.finditer(head))
    if len(counts) < 2:
        return ""
    start = ctx.sentence[0] + opened
    closed = ctx.text.find(")", ctx.start, ctx.sentence[1])
    end = closed if closed >= 0 else ctx.sentence[1]
    parts = sum(_count_value(m) for m in _PEOPLE_IN_DIGITS.finditer(ctx.text, start, end))
    ends = [m.start() for m in counts[1:]] + [len(head)]
    summed = [head[m.end() : end] for m, end in zip(counts, ends, strict=True) if _count_value(m) == parts]
    return summed[0] if len(summed) == 1 else ""


def _count_value(count: re.Match[str]) -> int:
    return int(count.group(1).replace(".", ""))


def _person_impact(ctx: FigureContext, head: str) -> str | None:
    """The words right after "người" say what happened to them ("7 người mất tích"), the earliest
    first ("33 người chết và mất tích"); then the figure a parenthesis details; then the verb
    before the number ("làm chết 2 người", "lũ cuốn trôi 4 người", "2 người bị nước cuốn trôi")."""
    # "một phụ nữ ngoài 50 tuổi ở thôn A bị thương": an age describes the person, it ends nothing
    head = _AGE_FIRST.sub("", head, count=1)
    next_counts_verb = False
    if head[:6].lstrip().startswith("và"):
        joined = _NEXT_COUNT_VERB.match(head)
        if joined and _first_person_impact(joined.group(1)):
            # "làm chết 1 người và làm bị thương 2 người": after "và", a verb that stands before the next count is
            # that count's, the people counted here have no words of their own (nor do the words after them say
            # what befell them: "sét đánh trúng 2 người và làm chết 3 con bò", struck, no one said dead)
            head = ""
            next_counts_verb = True
    if "ts" in head[:60]:
        # "9 ngư dân trên tàu QNg 90123 TS bị mất liên lạc": a fishing boat's number is its name, no count
        head = _BOAT_NUMBER.sub(lambda m: "#" * len(m.group()), head[:60], count=1) + head[60:]
    tail = ctx.before[-40:]
    if ("xác" in tail or "thi thể" in tail) and _BODIES_FOUND_BEFORE.search(tail):
        # "đến nay đã tìm thấy xác 3 người", "vớt được thi thể 2 người (bị) mất tích": the dead found,
        # whatever they were counted as before their bodies were (the missing, the swept away)
        return "deaths"
    if "cứu" in tail or "an toàn" in tail:
        saver = _SAVED_BEFORE.search(tail)
        if saver and not _NOT_MANAGED.search(tail, max(0, saver.start() - 12), saver.start()):
            # "đã kịp thời cứu 3 người bị lũ cuốn trôi", "ứng cứu được 2 người", "đưa vào bờ an toàn 4 người": the
            # people someone saved, whatever befell them first (not "không cứu được 1 người": lost)
            return None
    if ("được" in head[:40] and _SAVED.match(head) and not _HURT_FIRST.match(head)
            and not _TREATED.search(_STOP_OR_DIGIT.split(head, maxsplit=1)[0])) or (
            _ESCAPED.match(head) and not _first_person_impact(_CLAUSE_MARKS.split(head, maxsplit=1)[0])):
        # "và 6 người được lực lượng cứu hộ đưa ra ngoài an toàn", "1 người may mắn bám được vào cây": the rescued
        # and those who escaped, not casualties (whatever the clause before was swept away); not "thoát ra
        # ngoài nhưng bị thương nặng"
        return None
    # "4 người ở các huyện Quỳnh Nhai, Bắc Yên bị thương": where they were comes first (a place's
    # name may hold a number: "ở thôn Móng Sến 1, xã Trung Chải ... thiệt mạng")
    if _PLACE_FIRST.match(head):
        own = _BRACKET_OR_SEMICOLON.split(head, maxsplit=1)[0][:70]
    else:
        own = _BRACKET_SEMICOLON_OR_DIGIT.split(head, maxsplit=1)[0][:30]
    if _NOTHING_SAID_AFTER.match(own):
        # "Về người: chết 3 người, mất tích 1 người": the verb stands before each count of a list, and the
        # words after the comma are the next item's
        verb_first = _first_person_impact(_CLAUSE_MARK_OR_DIGIT.split(ctx.before)[-1][-20:])
        if verb_first:
            return verb_first
    if _STILL_SOUGHT.match(head) or (
        _SEARCH_GOES_ON.match(head) and (_OF_WHICH.search(ctx.text, ctx.sentence[0], ctx.start) is not None or (
            "còn" in ctx.before[-20:] and _REST_OF_THE_LOST.search(ctx.before[-150:])))
    ):
        # "lũ cuốn trôi 4 người, trong đó 1 người tử vong, 3 người đang được tìm kiếm": people still searched
        # for, whatever the count they are part of says, are missing (their clause read whole: "2 người còn lại vẫn
        # đang được tìm kiếm" runs past the first words)
        return "missing"
    if _BODIES_FOUND_AFTER.match(own):
        # "2 người bị lũ cuốn trôi, trong đó 1 người đã tìm thấy thi thể": found dead, whatever the count they
        # are part of says
        return "deaths"
    # then the figure a parenthesis or "trong đó" details ("làm chết 4 người (Quảng Bình 2 người, ...)")
    detailed = _detailed_words(ctx) or _listed_parts_head(ctx)
    for words in (own, _count_the_bracket_sums_to(ctx), _enclosing_head(ctx), *_nearest_count_words(detailed)):
        impact = _first_person_impact(words)
        if impact:
            return impact
    if _CONTINUES.search(ctx.sentence_text):
        impact = _impact_the_places_add_up_to(ctx)
        if impact:
            return impact
    # "..., ba người nữa trong gia đình cũng bị cuốn mất tích": what happened to them ends their
    # clause, past the first words (and before a killing verb said of someone else before them)
    impact = _first_person_impact(_STOP_OR_DIGIT.split(head, maxsplit=1)[0][:80])
    if impact:
        return impact
    # ("1 người đi đánh cá bị nước lũ cuốn trôi": what they were doing first, past the first 30 letters; and past a
    # bracket naming them: "2 người đi rừng (anh A và anh B) bị lũ cuốn trôi")
    swept_said_after = _SWEPT_AWAY.search(own) or _SWEPT_AWAY.search(
        _STOP_OR_DIGIT.split(_ASIDE.sub(" ", head) if ")" in head else head, maxsplit=1)[0][:80]
    )
    if "mạng" in ctx.before[-15:] and _LIVES_TAKEN_BEFORE.search(ctx.before[-30:]):
        return "deaths"
    if _KILLED_BEFORE.search(ctx.before[-15:]) or swept_said_after:
        # swept away: the bulletins count them with the dead, unless the sentence goes on to say
        # they are not found yet ("2 người bị lũ cuốn trôi, đến nay vẫn chưa tìm thấy": missing)
        swept = swept_said_after or _SWEPT_AWAY_RIGHT_BEFORE.search(ctx.before[-15:])
        # (past an age: "1 cháu bé 6 tuổi ... bị nước cuốn trôi, đến nay chưa tìm thấy")
        own_rest = _DIGIT.split(_AGE_FIRST.sub("", ctx.text[ctx.unit_end : ctx.sentence[1]], count=1), maxsplit=1)[0]
        # ("lũ cuốn trôi 3 người đi làm nương ở bản A, xã B mất tích": their own words say so, past where they were)
        if swept and (_NOT_FOUND_YET.search(own_rest) or _first_person_impact(own_rest.lower()) == "missing"):
            return "missing"
        if swept_said_after and "cứu" in own_rest and _RESCUED.search(own_rest):
            return None  # "3 người bị lũ cuốn trôi đã được cứu sống": swept away, and saved
        # (or the next sentence says it of them, counting no one else: "Có 1 người bị lũ cuốn trôi khi
        # qua suối. Hiện nạn nhân vẫn đang mất tích")
        next_words = ctx.text[ctx.sentence[1] : ctx.sentence[1] + 200].lstrip(" \"'”")
        following = _SENTENCE_END.split(next_words, maxsplit=1)[0]
        told_after = _DIGIT.split(following, maxsplit=1)[0]
        if swept and (_NOT_FOUND_YET.search(told_after) or _STILL_MISSING.search(told_after)):
            return "missing"
        return "deaths"
    # "bão làm mất tích 2 nhân mạng": what happened stands right before the count
    before = _first_person_impact(_ANY_CLAUSE_MARK.split(ctx.before)[-1][-15:])
    if before:
        return before
    raised = _RAISED_TOTAL.search(ctx.before[-90:])
    if raised:  # "nâng tổng số người thiệt mạng ở tỉnh do lũ lên bốn người": the total's own words
        impact = _first_person_impact(raised.group("whose") or raised.group("subject"))
        if impact:
            return impact
    # "Bốn người Lai Châu, hai người ở Yên Bái, một người ở Sơn La tử vong": the list's verb (the
    # place names are read by their capitals, so in the text as written)
    rest = "" if next_counts_verb else ctx.text[ctx.unit_end : ctx.sentence[1]]
    listed = _PEOPLE_LIST.match(rest)
    impact = _first_person_impact(rest[listed.end() : listed.end() + 20].lower()) if listed else None
    if impact is None and _PLACE_FIRST.match(head):
        # "4 người bị lũ cuốn tử vong, có 3 người ở xã A và 1 người ở xã B": a clause opened by "có" after a
        # count of casualties gives where they were, the casualties of the clause before
        comma = ctx.before.rfind(",")
        if not (comma > 0 and _PARTS_BY_PLACE.match(ctx.before, comma + 1)):
            # a later item of the list ("..., gồm 2 người tại xã A, 1 người tại xã B"): the comma
            # before the "có"/"gồm" that opened it
            window = ctx.before[-250:]
            opened = _PARTS_LIST_BY_PLACE.search(window)
            comma = len(ctx.before) - len(window) + opened.start() if opened else -1
        if comma > 0:
            counted = ctx.before[max(0, comma - 120) : comma].rsplit(";", 1)[-1]
            if _DIGIT.search(counted) or _PEOPLE.search(counted):
                return _first_person_impact(counted.lower())
    if impact is None:
        # "có 9 nạn nhân tại phường A; xã B và xã C tử vong do lũ", "2 em nhỏ là N. (sinh năm 2009) và T.
        # tử vong": the people's verb ends their words after where or who they were, before any other count
        # ("2 người đang làm đồng tại thôn A, xã B tử vong và 1 người bị thương": the next count's verb is its own)
        without_asides = _ASIDE.sub(" ", rest[:300])
        without_asides = _DIGIT.split(without_asides, maxsplit=1)[0]
        hits = [(m.start(), kind) for kind, pattern in _PERSON_IMPACTS if (m := pattern.search(without_asides))]
        first = min(hits, default=None)
        if first and not _OTHER_PEOPLE.search(without_asides, 0, first[0]):
            impact = first[1]  # (not "700 chiến sĩ tham gia tìm kiếm người mất tích": others befallen)
    if impact is None and _OPENS_ON_OF_WHICH.match(ctx.text, ctx.sentence[0], ctx.start):
        # "bốn người tử vong. Trong đó, một người bị chết do sét, một người bị tường rào đổ vào": the
        # people of a sentence opened by "Trong đó" are the casualties of the sentence before
        earlier = ctx.text[max(0, ctx.sentence[0] - 200) : ctx.sentence[0]]
        previous = _SENTENCE_END.split(earlier.rstrip())[-1] if earlier.strip() else ""
        impact = _first_person_impact(previous.lower()) if _PEOPLE.search(previous) else None
    if impact is None and ("cứu" in rest[:120] or "viện" in rest[:120] or "điều trị" in rest[:120]):
        # "2 chị em bị sét đánh, được đưa đi cấp cứu", "3 người bị cây đổ trúng, phải nhập viện điều trị": taken
        # for care with no other outcome said, they are the injured (the dead said after are read above: "... đưa
        # đi cấp cứu nhưng đã tử vong"); their own words, no one else's ("..., người dân đưa nạn nhân đi cấp cứu")
        own_words = _DIGIT.split(rest[:160], maxsplit=1)[0]
        treated = _TREATED.search(own_words)
        if treated and not _OTHER_PEOPLE.search(own_words, 0, treated.start()):
            impact = "injured"
    return impact


# "và" and the words that stand before the next count ("và làm bị thương 2 người", "và bị thương 3 người")
_NEXT_COUNT_VERB = re.compile(rf"\s*và\s+([^\d,;.()]{{1,30}}?)\s+(?:(?:{HEDGE_WORDS})\s+)?\d", _I)


# People said to be saved or moved right after their count ("6 người được bộ đội cứu sống", "3 người đã được đưa ra
# khỏi vùng lũ"); not the dead found ("được tìm thấy thi thể")
_SAVED = re.compile(r"\W*(?:[^\W\d]+\s+){0,2}?(?:đã\s+|đều\s+)?được\s+(?:[^\W\d]+\s+){0,5}?(?:cứu|giải\s+cứu|"
                    r"đưa\s+(?:ra|về|đến|tới|vào|đi)|sơ\s+tán|di\s+dời|hỗ\s+trợ)", _I)


# The saving verb right before the count ("kịp thời cứu 3 người", "giải cứu thành công 5 người", "ứng cứu được 2
# người", "đưa vào bờ an toàn 4 người"); not the rescue work of a search ("tìm kiếm cứu nạn 3 người" is not said of
# the saved, "cứu hộ" names the rescuers)
_SAVED_BEFORE = re.compile(r"(?:(?<!cấp\s)\bcứu|\ban\s+toàn)\s+(?:(?:được|sống|thành\s+công|kịp\s+thời)\s+)*"
                           rf"(?:(?:{HEDGE_WORDS})\s+)?$", _I)
# ... unless they could not be saved ("nhưng không cứu được 1 người")
_NOT_MANAGED = re.compile(r"\b(?:không|chưa)\b", _I)


# The injured taken to hospital ("2 người bị thương được đưa đi cấp cứu", "1 người bị thương nặng đã được chuyển
# viện"): what befell them comes first, where they were taken after; they are casualties, not people saved
_HURT_FIRST = re.compile(r"\W*(?:bị\s+)?(?:thương|trọng\s+thương|xây\s+xát)\b", _I)


# Taken for care ("được đưa đi cấp cứu", "phải nhập viện", "đang điều trị tại bệnh viện"): hurt, not saved
_TREATED = re.compile(r"\b(?:cấp\s+cứu|điều\s+trị|nhập\s+viện|chuyển\s+viện|"
                      r"(?:đưa|chuyển)\s+(?:đi\s+|vào\s+|đến\s+|tới\s+)?(?:bệnh\s+viện|trạm\s+y\s+tế|trung\s+tâm\s+y\s+tế))\b",
                      _I)


# ... or said to be saved past the words of what befell them ("bị lũ cuốn trôi đã được cứu sống")
# (not the rescuers who found them: "được lực lượng cứu hộ tìm thấy thi thể")
_RESCUED = re.compile(r"\bđược\s+(?:[^\W\d]+\s+){0,3}?(?:giải\s+)?cứu\b(?!\s+(?:hộ|nạn))", _I)


# People said to have got away ("1 người may mắn bám được vào cây", "4 người kịp thời thoát ra ngoài")
_ESCAPED = re.compile(
    r"[^,;.\d]{0,40}?\b(?:may\s+mắn|thoát\s+(?:nạn|chết|ra\s+ngoài)|sống\s+sót|kịp\s+thời\s+(?:thoát|chạy))", _I)
_CLAUSE_MARKS = re.compile(r"[,;.]")


# The people counted have no words of their own before the next item ("chết 3 người, mất tích 1 người").
_NOTHING_SAID_AFTER = re.compile(r"\s*(?:[,;.]|\Z)")


# a sentence that opens on "Trong đó," and goes on with its list of people ("Trong đó, một người ..., một người")
_OPENS_ON_OF_WHICH = re.compile(r"\s*trong\s+đó\s*,?\s*(?:có\s+)?(?:[^.;:\d]*,\s*)?$", _I)


# an aside in brackets ("(sinh năm 2009)"): its numbers count nothing
_ASIDE = re.compile(r"\([^()]*\)")
# Others than the people counted (not the body a thing struck: "bị tôn bay trúng người", "cây đổ đè lên người")
_OTHER_PEOPLE = re.compile(r"\b(?<!trúng\s)(?<!vào\s)(?<!lên\s)(?:người|nạn\s+nhân)\b", _I)


# the opening of a clause that gives the places of the people counted before it ("..., có 2 người ở xã A và ")
_PARTS_BY_PLACE = re.compile(r"\s*(?:có|gồm)\s+(?:[^,;()]*?\s(?:và|,)\s+)?$", _I)
# The items of such a list before a later one: ", gồm 2 người tại xã A, 1 người tại xã B, "
_PARTS_LIST_BY_PLACE = re.compile(
    r",\s*(?:có|gồm)\s+(?:\d+\s+người\s+(?:ở|tại|thuộc)\s[^,;()\d]*?(?:,|\svà)\s+)+\Z", _I)


# The age of the people counted, right after them ("ngoài 50 tuổi", "khoảng 30 tuổi").
_AGE_FIRST = re.compile(r"^\s*" + PERSON_AGE + r"\b", _I)
# "2 người bị nước cuốn trôi", "lũ cuốn trôi 4 người": people swept away
_SWEPT_AWAY = re.compile(r"cuốn\s+trôi", _I)
_SWEPT_AWAY_RIGHT_BEFORE = re.compile(r"cuốn\s+trôi\s*$", _I)
# People swept away whom the search has not found ("đến nay vẫn chưa tìm thấy", "đang tìm kiếm").
_NOT_FOUND_YET = re.compile(r"(?:chưa|không)\s+(?:được\s+)?tìm\s+(?:thấy|được)|đang\s+(?:được\s+)?tìm\s+kiếm", _I)
# People still searched for, said right after their count ("3 người đang được tìm kiếm", "2 người vẫn chưa
# tìm thấy"); searched for, not searching ("50 người tham gia tìm kiếm" is a rescue team).
_STILL_SOUGHT = re.compile(
    # ("2 người còn lại vẫn đang được tìm kiếm": the rest of a count)
    r"\s*(?:(?:hiện|vẫn|còn(?:\s+lại)?|đang)\s+)*"
    r"(?:được\s+(?:tiếp\s+tục\s+)?tìm\s+kiếm|(?:chưa|không)\s+(?:được\s+)?tìm\s+(?:thấy|được))",
    _I,
)
# The search said to go on, in the active voice ("trong đó 2 người đã tìm thấy thi thể, 1 người đang tiếp tục tìm
# kiếm"): for the people of a breakdown of the casualties it is the search for them; else they search ("30 chiến sĩ
# đang tiếp tục tìm kiếm" is a rescue team)
_SEARCH_GOES_ON = re.compile(r"\s*(?:(?:hiện|vẫn|còn(?:\s+lại)?)\s+)*đang\s+(?:tiếp\s+tục\s+)?tìm\s+kiếm", _I)
# ... or for the rest of people lost, after bodies found or the missing counted ("đã tìm thấy thi thể 2 người, còn 1
# người đang tiếp tục tìm kiếm")
_REST_OF_THE_LOST = re.compile(r"(?:thi\s+thể|\bxác|mất\s+tích)\b[^.;]*\bcòn(?:\s+lại)?\s+"
                               rf"(?:(?:{HEDGE_WORDS})\s+)?$", _I)
# People still missing, said of them in the next sentence ("hiện vẫn đang mất tích", "đang mất tích").
_STILL_MISSING = re.compile(r"(?:đang|vẫn|còn)\s+(?:bị\s+)?mất\s+tích", _I)
# A whole named right before the figure ("trong số", "trong tổng số", "trên tổng số"), its part told beside it
_WHOLE_BEFORE = re.compile(rf"\b(?:trong|trên)\s+(?:tổng\s+)?số\s+(?:(?:{HEDGE_WORDS})\s+)?$", _I)
# Bought right before the figure ("mua 100 lít dầu", "mua thêm 2 máy bơm").
_BOUGHT_BEFORE = re.compile(rf"\bmua\s+(?:thêm\s+|được\s+|về\s+)?(?:(?:{HEDGE_WORDS})\s+)?$", _I)
# The bodies of the people counted were found ("tìm thấy xác 3 người", "vớt được thi thể 2 người"); not
# "chưa tìm thấy thi thể 2 người" (still missing).
# ("tìm thấy thi thể cả 3 nạn nhân": all of them)
_BODIES_FOUND_BEFORE = re.compile(r"(?<!chưa\s)(?<!không\s)(?:tìm\s+(?:thấy|được)|vớt\s+(?:được\s+)?|phát\s+hiện)\s*"
                                  r"(?:xác|thi\s+thể)\s+(?:của\s+)?(?:cả\s+)?$", _I)
# A body found, said with no count of its own ("đã tìm thấy thi thể nạn nhân", "vớt được xác"), not "chưa tìm thấy
# thi thể", nor the bodies of a count ("tìm thấy thi thể 01 người": that count's)
_BODY_FOUND_UNCOUNTED = re.compile(
    r"(?<!chưa\s)(?<!không\s)(?:tìm\s+(?:thấy|được)|vớt\s+(?:được\s+)?|phát\s+hiện)\s*(?:xác|thi\s+thể)\b"
    r"(?!\s*(?:của\s+)?(?:cả\s+)?\d)", _I)
# One person in words ("một người đàn ông", "một nạn nhân"): one of a count of several, not all of them
_ONE_PERSON_IN_WORDS = re.compile(r"\bmột\s+(?:người|nạn\s+nhân|thi\s+thể|em|cháu)\b", _I)
# Other people counted in the words after a count ("; 02 người bị thương"): words no longer of that count alone
_PEOPLE_COUNTED = re.compile(r"\d[\d.,]*\s*(?:người|nạn\s+nhân|thi\s+thể|xác)\b", _I)
# The same said after the count: "1 người đã tìm thấy thi thể", "1 người đã được vớt được xác".
_BODIES_FOUND_AFTER = re.compile(
    r"\s*(?:(?:đã|được)\s+)*(?:tìm\s+(?:thấy|được)|vớt\s+được|phát\s+hiện)\s+(?:xác|thi\s+thể)\b", _I)
# A total brought up to the count: "nâng tổng số người chết (do lũ) lên 4 người"; or said to have risen to it, the
# count the subject of the verb ("Số người chết do mưa lũ đã tăng lên 9 người", "số người mất tích lên tới 5")
_RAISED_TOTAL = re.compile(r"\b(?:(?:nâng|tăng)\s+(?:tổng\s+)?số\s+(?P<whose>[^,;.()]{0,70}?)|"
                           r"(?<!\w)số\s+(?P<subject>[^,;.()]{0,70}?)(?:\s+(?:đã|nay|hiện|cũng))*(?:\s+tăng)?)"
                           r"\s+lên\s+(?:(?:tới|đến|thành)\s+)?$", _I)
_PEOPLE = re.compile(r"(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+người", _I)
_PEOPLE_IN_DIGITS = re.compile(r"(\d[\d.]*)\s+người")


def _impact_the_places_add_up_to(ctx: FigureContext) -> str | None:
    """A sentence of bare counts by place after a sentence of casualties ("... 65 người chết, 16 người
    mất tích. Trong đó, huyện Đồng Xuân 30 người, Tuy An: 20 người, ..."): the casualties whose count
    the places add up to, else the only kind the sentence before names."""
    previous = _previous_sentence(ctx)
    if not previous:
        return None
    counts = list(_PEOPLE_IN_DIGITS.finditer(previous))
    kinds = []
    for i, m in enumerate(counts):
        end = counts[i + 1].start() if i + 1 < len(counts) else len(previous)
        kinds.append((_count_value(m), _first_person_impact(previous[m.end() : end][:40])))
    parts = sum(_count_value(m) for m in _PEOPLE_IN_DIGITS.finditer(ctx.sentence_text))
    summed = {kind for value, kind in kinds if kind and value == parts}
    named = {kind for _, kind in kinds if kind}
    found = summed if len(summed) == 1 else named if len(named) == 1 else set()
    return found.pop() if found else None


def _found_dead_after(ctx: FigureContext) -> bool:
    """Do the words after a count of people (the rest of its sentence, or the next sentence), counting no one else,
    say that the body was found ("01 người bị lũ cuốn trôi, mất tích. Đến chiều 22/6 đã tìm thấy thi thể nạn nhân":
    the missing found dead), with no one still sought?"""
    rest = ctx.text[ctx.unit_end : ctx.sentence[1]]
    following = _SENTENCE_END.split(ctx.text[ctx.sentence[1] : ctx.sentence[1] + 200].lstrip(" \"'”"), maxsplit=1)[0]
    for words in (rest, following):
        if "thi thể" not in words and "xác" not in words:
            continue
        if _PEOPLE_COUNTED.search(words) or _NOT_FOUND_YET.search(words) or _STILL_MISSING.search(words):
            return False
        if ctx.value > 1 and (_DETAIL_OPENING.match(words) or _ONE_PERSON_IN_WORDS.search(words)):
            return False  # "2 người mất tích. Trong đó, một người ... đã tìm thấy thi thể": one of them found, not all
        if _BODY_FOUND_UNCOUNTED.search(words):
            return True
    return False


def _nearest_count_words(detailed: str) -> tuple[str, ...]:
    """The words of the count of people a detail refines, nearest first: in "bảy người chết, còn có
    bảy người bị thương, trong đó năm người ..." the last count's ("bảy người bị thương"), then what
    stands before it ("làm chết 2 người, mất tích 3 người (...)"), then all of them."""
    counts = list(_PEOPLE.finditer(detailed))
    if len(counts) < 2:
        return (detailed,)
    return detailed[counts[-1].start() :], detailed[counts[-2].end() : counts[-1].start()], detailed


def _first_person_impact(words: str) -> str | None:
    if not _ANY_PERSON_IMPACT.search(words):
        return None
    hits = [(m.start(), impact) for impact, pattern in _PERSON_IMPACTS if (m := pattern.search(words))]
    return min(hits)[1] if hits else None


# the people of the households just counted ("3.470 hộ dân với trên 8.800 nhân khẩu phải di dời", "977 hộ/3.600
# nhân khẩu phải sơ tán"): the households' words go on after them
_THEIR_PEOPLE = re.compile(rf"(?:\s+dân)?(?:\s+(?:với|gồm)\s+|\s*/\s*)(?:(?:{HEDGE_WORDS})\s+)?\d[\d.,]*\s*"
                           r"(?:nhân\s+khẩu|khẩu|người)\b", _I)


# The damage verb stands before the households ("sạt lở làm ảnh hưởng đến 2 hộ dân, phải di dời khẩn
# cấp"): they were hit, and moving them is what followed.
_HIT_BEFORE = re.compile(rf"(?:ảnh\s+hưởng|thiệt\s+hại)\s+(?:đến|tới|cho)\s+(?:(?:{HEDGE_WORDS})\s+)?$", _I)
# ... and so does the harm itself said before them ("lũ cuốn trôi 5 nhà, nguy cơ sạt lở tiếp": the risk is what
# comes next, the houses were carried off)
# (the words of a verb that stands last, "vùi lấp(?: hoàn toàn)?\s*$", hold here too: "đất đá vùi lấp 2 nhà, gia đình
# đã được di dời": buried, then moved)
_HOUSE_HIT_BEFORE = re.compile(r"(?:" + word_source("house_destroyed") + "|" + word_source("house_damaged")
                               + rf")(?:\s+(?:{HEDGE_WORDS}))?\s*$", _I)


# Houses or households cut off by the water: the verb before the count ("nước lũ cô lập 382 hộ") or
# "bị cô lập" closing the count's clause past the places it lists (no other count between; not a
# consequence of the damage: "vùi lấp 3 ngôi nhà khiến cả xóm có nguy cơ bị cô lập").
# ("18 thôn bị cô lập với khoảng 2.400 hộ dân": the households of the places cut off, counted after "với"; so too
# after the places the verb governs: "chia cắt 22 thôn với hơn 2.000 hộ", "cô lập 5 xã gồm 3.000 hộ")
_CUTTING_OFF = r"(?:cô\s+lập|chia\s+cắt)"
_ISOLATING_BEFORE = re.compile(
    rf"\b{_CUTTING_OFF}(?:\s*,\s*{_CUTTING_OFF})?(?:\s+\d[\d.,]*(?:\s+[^\W\d]+){{1,3}}?(?=\s*,?\s*(?:với|gồm)\b))?"
    rf"(?:\s*,?\s*(?:với|gồm)(?:\s+(?:{HEDGE_WORDS}|chừng))?)?\s+$", _I)
_ISOLATED_AFTER = re.compile(r"(?:(?!khiến|làm|gây|nguy\s+cơ|\bnên\b)[^\d])*?\bbị\s+(?:cô\s+lập|chia\s+cắt)", _I)


def _isolated(ctx: FigureContext) -> bool:
    near = ctx.before[-60:]
    if ("lập" in near or "cắt" in near) and _ISOLATING_BEFORE.search(near):
        return True
    clause = _CLAUSE_END_RE.split(ctx.text[ctx.unit_end : ctx.sentence[1]], maxsplit=1)[0]
    return "cô lập" in clause.lower() and bool(_ISOLATED_AFTER.match(clause))


# The houses' own harm said first, then what was done about it or what else threatens ("242 nhà dân bị ngập
# phải sơ tán ...", "87 nhà bị sạt lở và nhiều nhà khác có nguy cơ ..."): they were hit. A collapse needs
# no "bị" ("2 nhà sập hoàn toàn phải di dời").
_HIT_FIRST = re.compile(r"\W*(?:[^\W\d]+\s+){0,2}?(?:bị\s+(?:" + word_source("house_damaged") + "|"
                        + word_source("house_destroyed") + r"|sạt\s+(?:lở|trượt))|(?:"
                        + word_source("house_destroyed") + "))", _I)


# Households said to receive help right after their count ("trong đó 1.150 hộ được hỗ trợ nước ngọt", "40 hộ đã được
# cấp gạo"): whom relief reached, not homes hit
_RELIEVED_AFTER = re.compile(
    r"\s*(?:dân\s+)?(?:đã\s+|đều\s+)?được\s+(?:[^\W\d]+\s+){0,3}?(?:hỗ\s+trợ|cấp|trao|tặng)\b", _I)


# (the searches of ``_house_impact``, compiled once: it reads every count of houses)
_RISK_OR_CUT_OFF = re.compile(r"nguy\s+cơ|cô\s+lập", _I)
_OF_WHICH_WORDS = re.compile(r"trong\s+đó", _I)
# Houses the hazard made move, listed among what it did ("Mưa lũ đã làm 2 người chết; 148 nhà phải di dời khẩn cấp"):
# houses hit, as the houses that must move among the damaged ones are (gold news ex019)
_MADE_TO_MOVE = re.compile(r"\s*(?:(?:buộc|cần)\s+)?phải\s+(?:di\s+dời|sơ\s+tán)", _I)
_DAMAGE_LIST_LEAD = re.compile(r"\b(?:đã\s+)?(?:làm|gây)(?:\s+thiệt\s+hại)?\s*:?\s*(?:(?:[^\W\d]+\s+){0,3})?\d", _I)
# ... or a list a label of damage leads into ("Thiệt hại: ...", "Thiệt hại ban đầu: ...")
_DAMAGE_LABEL_LEAD = re.compile(r"\W*thiệt\s+hại\b[^:;.\d]{0,30}:", _I)
# ... or labelled so, the houses named first ("Nhà phải di dời khẩn cấp:", "Số nhà phải sơ tán:")
_MOVED_HOUSES_LABEL = re.compile(
    r"\s*(?:số\s+)?(?:(?:ngôi\s+|căn\s+)?nhà(?:\s+(?:ở|dân))?|hộ(?:\s+(?:dân|gia\s+đình))?)"
    r"(?=\s+(?:(?:buộc|cần)\s+)?phải\s)", _I)
# A label that opens on a hazard's name, past its mark and a word of an event ("2. Mưa lũ:", "- Đợt rét hại:")
_HAZARD_LABEL = re.compile(r"[^\S\n]*(?:(?:" + NUMBERED_MARK + "|" + DASH_MARK + r")[^\S\n]*)?(?:(?:đợt|trận|cơn)\s+)?"
                           r"(?=" + _ANY_HAZARD.pattern + ")")
# Households made to move are homes hit only when they must leave them for good ("21 hộ phải di dời khẩn cấp" among
# what the flood did, gold news ex023); evacuated for a while ("sơ tán", "di dời tạm thời") they are whom the response
# moved
_HOUSEHOLDS_RELOCATED = re.compile(r"\s*(?:(?:buộc|cần)\s+)?phải\s+di\s+dời(?!\s+tạm)", _I)
# an item of a bulletin's list: its mark and its label, up to the colon
_HOUSES_ITEM = re.compile(r"[^\S\n]*(?:" + DASH_MARK + "|" + NUMBERED_MARK + r")?[^\S\n]*([^:\n]{2,60}):")
_CULTURE_HOUSE_NAMED = re.compile(r"nhà\s+văn\s+h(?:óa|oá)", _I)


# the goods carried off with the houses counted, and their worth, before the verb the houses share
# ("3 căn nhà cùng tài sản trị giá 600 triệu đồng bị cuốn trôi", "2 nhà cùng với đồ đạc ước 50 triệu đồng bị cháy")
_WITH_GOODS_WORTH = re.compile(r"\s*cùng(?:\s+với)?\s+(?:nhiều\s+|toàn\s+bộ\s+)?(?:tài\s+sản|đồ\s+đạc|vật\s+dụng)"
                               rf"[^,;.\d]{{0,30}}?\d[\d.,]*\s*(?:(?:{SCALE_WORDS})\s+)?đồng", _I)


def _house_impact(ctx: FigureContext) -> tuple[str, float | None, str | None, str | None] | None:
    words = ctx.text[ctx.unit_end : ctx.sentence[1]]
    if "được" in words[:20] and _RELIEVED_AFTER.match(words):
        return None
    people = _THEIR_PEOPLE.match(words) if ctx.unit == "household" else None
    if people:
        words = words[people.end() :]
    if "cùng" in words[:12] and (goods := _WITH_GOODS_WORTH.match(words)):
        words = words[goods.end() :]  # "3 căn nhà cùng tài sản trị giá 600 triệu đồng bị cuốn trôi": the houses' verb
    stop = _HOUSE_WORDS_STOP.search(words)
    words = words[: stop.start() if stop else 60][:60]
    other = _OTHER_SUBJECT.search(words)
    words = words[: other.start()] if other else words
    if stop and stop.group()[0].isdigit() and (joint := _LAST_JOINT.search(words)):
        # "1 nhà bị thiệt hại hoàn toàn, ngập 2 nhà", "làm sập 3 căn nhà và tốc mái 5 căn": the words after
        # the last comma or "và" before the next count are that count's own
        words = words[: joint.start()]
    own_clause = _CLAUSE_END_RE.split(ctx.text[ctx.unit_end : ctx.sentence[1]], maxsplit=1)[0]
    if next_item := _NEXT_COUNTED_ITEM.search(own_clause):
        own_clause = own_clause[: next_item.start()]
    if not words.strip() and ":" in ctx.before[-3:] and (label := _label_before_colon(ctx.before)):
        # "- Số hộ phải di dời: 45 hộ", "Số hộ bị mất trắng hoa màu: 23 hộ": the label says what befell the count
        if _names_what_else_was_hit(label):
            return None
        words = own_clause = label
    cut_off = _CUT_OFF.search(own_clause)
    if cut_off and ctx.unit == "household":
        return None  # "1,1 ngàn hộ dân tại 2 xã bị mất điện": cut off from power, the house not hit
    if ctx.unit == "household" and ("hưởng" in own_clause or "hại" in own_clause) and _HIT_ELSEWHERE.search(own_clause):
        return None  # "850 hộ bị ảnh hưởng về nước sinh hoạt", "thiệt hại về sản xuất": hit, but not in their homes
    if ("điện" in ctx.before[-30:] or "nước" in ctx.before[-40:]) and _CUT_OFF_BEFORE.search(ctx.before[-50:]):
        return None  # "bão làm mất điện 12.000 hộ": the verb before says so
    moved = min((m for m in (_EVACUATION.search(words), _RISK_OR_CUT_OFF.search(words)) if m),
                key=lambda m: m.start(), default=None)
    hit_first = moved is not None and _HIT_FIRST.match(words, 0, moved.start()) is not None
    made_to_move = moved is not None and not hit_first and not people and _made_to_move_by_the_hazard(ctx, words)
    if (
        moved
        and (not _OF_WHICH_WORDS.search(ctx.before) or _TO_SAFETY.search(words))
        and not _HIT_BEFORE.search(ctx.before[-30:])
        and not _HOUSE_HIT_BEFORE.search(ctx.before[-30:])
        and not hit_first
        and not made_to_move
    ):
        # moved to safety or at risk, not hit; within a list of hit houses it counts, unless it says
        # they were moved to safety ("32 hộ bị ảnh hưởng, trong đó 4 hộ phải di dời ra vùng an toàn")
        return None
    if moved and hit_first:
        words = words[: moved.start()]  # what follows their harm is what was done, or other houses' risk
    if _SERVED.search(ctx.before[-25:]):
        return None  # "trạm cấp nước sinh hoạt cho gần 18.000 hộ dân": whom a service reaches
    if _isolated(ctx):
        return None  # cut off by the water, not hit ("đã cô lập 382 hộ", "2.100 nhà ở các xã A, B bị cô lập")
    owners = (_OWNERS.search(ctx.before[-70:])
              if ctx.unit == "household" and _OWNERS_WORD.search(ctx.before[-70:].lower()) else None)
    if owners and (_CROPS.search(owners.group(1)) or _LIVESTOCK.search(owners.group(1))
                   or _AQUACULTURE.search(owners.group(1)) or _AREA_OWNED.search(ctx.before[-70:])):
        # "6 công chôm chôm của 12 hộ", "119 ha, thuộc sở hữu của 158 hộ", "30 lồng cá của 5 hộ": whose crops,
        # herds or fish were hit
        return None
    if ctx.unit == "household" and (crops_of := _CROPS_THEY_HAVE.match(words)) and _CROPS.search(crops_of.group(1)):
        return None  # "801 hộ dân có cây trồng bị ảnh hưởng": the owners of the crops hit, not houses hit
    if _moved_out_of_harm(ctx.before):
        return None  # "phải sơ tán một hộ gia đình": moved to safety, not hit
    building = _CULTURE_HOUSE.search(words)
    if building:  # "2 nhà lớp học bị tốc mái": a public building, not a home
        return "infrastructure", None, "count", "nhà " + spaced(building.group().strip().lower())
    if _CULTURE_HOUSE_NAMED.search(ctx.text[ctx.start : ctx.unit_end + 12]):
        return "infrastructure", None, "count", "nhà văn hóa"
    public = _public_building_detailed(ctx)
    if public:  # "10 nhà văn hóa bị tốc mái (xã A 6, xã B 4)": the places' counts are of that building
        return "infrastructure", None, "count", public
    enclosing = _enclosing_head(ctx)
    head = enclosing or _detailed_words(ctx) or _listed_parts_head(ctx)
    # (the verb the detail puts before its own count: "trong đó: sập hoàn toàn 12 nhà, tốc mái 230 nhà")
    verb_before = _DIGIT.split(_VERB_SPAN_END.split(ctx.before)[-1][-45:])[-1] if head else ""
    if (head and not _HOUSE_DESTROYED.search(words) and not _HOUSE_DAMAGED.search(words)
            and not _HOUSE_DESTROYED.search(verb_before) and not _HOUSE_DAMAGED.search(verb_before)):
        # a place in a breakdown ("ba nhà bị cuốn trôi (bản A một nhà, bản B hai nhà)", "22 nhà bị sập,
        # trong đó Yên Thành 3, ...") is hit as its head says
        if _EVACUATION.search(head):
            return None  # "728 nhà phải di dời khẩn cấp (Sơn La: 618 nhà; ...)": moved, not hit
        words = head
        if enclosing and not _HOUSE_DESTROYED.search(head) and not _HOUSE_DAMAGED.search(head):
            # "- Nhà bị sập, cuốn trôi: 12 nhà (xã A 7 nhà, ...)": the head's count says how by its label alone
            words = _label_over_the_brackets(ctx) or head
    if made_to_move and not head:
        # "5 căn nhà bị sụp xuống sông, 18 căn nhà phải di dời khẩn cấp": made to move by the hazard (above), their
        # own words say how they were hit; the verb of the houses before them is not theirs
        return "houses_damaged", None, None, None
    if not _HOUSE_DESTROYED.search(words) and not _HOUSE_DAMAGED.search(words):
        # "mưa lốc làm sập hai căn nhà", "lũ cuốn trôi 3 ngôi nhà": the verb stands before the number
        # ("cuốn trôi hoàn toàn nhiều tài sản và 2 nhà tạm": back past the objects listed before it,
        # never past another figure, whose verb is its own)
        words = verb_before or _DIGIT.split(_VERB_SPAN_END.split(ctx.before)[-1][-45:])[-1]
        if not words.strip():
            words = _label_before_colon(ctx.before)
        if not _HOUSE_DESTROYED.search(words) and not _HOUSE_DAMAGED.search(words):
            words = _verb_of_the_houses_before(ctx.before[-160:]) or words
    if _HOUSE_DESTROYED.search(words) and not _HOUSE_DAMAGED.search(words):
        return "houses_destroyed", None, None, None
    return "houses_damaged", None, None, None


def _made_to_move_by_the_hazard(ctx: FigureContext, words: str) -> bool:
    """Are the houses counted ones the hazard made move, an item of the list of what it did (its sentence, to the
    last full stop, says the hazard did it before the list's first count), not moved to safety by anyone?"""
    if ctx.unit not in ("house", "household") or _TO_SAFETY.search(words):
        return False
    move = _MADE_TO_MOVE if ctx.unit == "house" else _HOUSEHOLDS_RELOCATED
    if (label := _MOVED_HOUSES_LABEL.match(words)) is not None:
        # "- Nhà phải di dời khẩn cấp: 36 nhà." below "- Nhà bị sập: 7 nhà.": a bulletin's item of the houses hit,
        # labelled as its siblings are (under a heading of damage, or right after an item of houses hit)
        return move.match(words, label.end()) is not None and (
            _item_under_damage_heading(ctx) or _after_an_item_of_houses_hit(ctx))
    if not move.match(words):
        return False
    said = _SENTENCE_END.split(ctx.before[-300:])[-1]
    if "hại" in said[:16] and _DAMAGE_LABEL_LEAD.match(said):
        return True  # "Thiệt hại: 9 nhà bị cuốn trôi, 48 nhà phải di dời khẩn cấp": a list its label says is the damage
    if _led_in_as_damage(ctx):
        return True  # "Thiệt hại:" or "2. Mưa lũ:" over "- 125 nhà bị ngập, 46 nhà phải di dời"
    lead = _DAMAGE_LIST_LEAD.search(said)
    return lead is not None and _ANY_HAZARD.search(said[: lead.start()].lower()) is not None


def _after_an_item_of_houses_hit(ctx: FigureContext) -> bool:
    """Is the line above the figure's an item whose label says houses were hit ("- Nhà bị tốc mái: 148 nhà")?"""
    if not ctx.document:
        return False
    line_start = ctx.document.rfind("\n", 0, ctx.offset + ctx.start) + 1
    if line_start == 0:
        return False
    above = _HOUSES_ITEM.match(ctx.document, ctx.document.rfind("\n", 0, line_start - 1) + 1)
    return above is not None and _HOUSE_LABEL.match(above.group(1)) is not None and _names_damage(above.group(1))


# A count of houses, and what may stand between one count of a list and the next: its own words and the joint
_HOUSE_COUNT = re.compile(r"\d[\d.,]*\s*(?:ngôi\s+|căn\s+)?(?:nhà|căn)\b", _I)
_OWN_WORDS_TO_THE_JOINT = re.compile(rf"[^\d;:()]*?(?:,|\svà)\s*(?:(?:{HEDGE_WORDS})\s+)?", _I)


def _verb_of_the_houses_before(before: str) -> str:
    """The words that say how the nearest count of houses before a bare one was hit, back through the bare counts of
    their list ("Lốc xoáy làm sập 3 nhà tại xã A, 5 nhà tại xã B và 7 nhà": "làm sập"; "9 nhà bị ngập tại xã A, 13
    nhà": "bị ngập"), which the bare count shares; "" when the count follows no count of houses in its list."""
    if "nhà" not in before and "căn" not in before:
        return ""
    counts = list(_HOUSE_COUNT.finditer(before))
    end = len(before)
    for i in range(len(counts) - 1, -1, -1):
        own = before[counts[i].end() : end]
        if not _OWN_WORDS_TO_THE_JOINT.fullmatch(own):
            return ""
        if _HOUSE_DESTROYED.search(own) or _HOUSE_DAMAGED.search(own):
            return own
        end = counts[i].start()
        if i and _OWN_WORDS_TO_THE_JOINT.fullmatch(before, counts[i - 1].end(), end):
            continue  # (the count before is an item of the same list)
        # the words that lead the list's first count, back to its clause's start
        return _CLAUSE_END_RE.split(before[counts[i - 1].end() if i else 0 : end].rsplit(",", 1)[-1])[-1]
    return ""


# The house word that opens a breakdown's head ("10 nhà văn hóa bị tốc mái (...)"); a public building
# when _CULTURE_HOUSE names its kind after it.
_HEAD_HOUSE_WORD = re.compile(r"^\s*(?:[\d.,]+\s+)?nhà\s+", _I)


def _public_building_detailed(ctx: FigureContext) -> str | None:
    """The label of the public building ("nhà văn hóa", "nhà lớp học") whose count a place in a
    parenthesis details, None when the parenthesis details homes or the figure stands in none."""
    head = _enclosing_head(ctx) or _detailed_words(ctx)
    house = _HEAD_HOUSE_WORD.match(head)
    if house is None:
        return None
    kind = _CULTURE_HOUSE.match(head[house.end() :])
    return "nhà " + spaced(kind.group().strip().lower()) if kind else None


# A bulletin line "Nhà bị thiệt hại toàn bộ: 01 nhà": the label before the colon says how the houses
# counted right after it were hit.
_LABEL_BEFORE_COLON = re.compile(r"([^,;:()\n.]{1,60}):\s*$")


def _names_what_else_was_hit(label: str) -> bool:
    """Does a label over a count of households name crops, animals or fish of theirs hit, and no home
    ("Số hộ bị mất trắng hoa màu")?"""
    return "nhà" not in label.lower() and any(kind.search(label) for kind in (_CROPS, _LIVESTOCK, _AQUACULTURE))


def _label_before_colon(before: str) -> str:
    """The label a figure follows straight after its colon ("" when the figure has words of its own
    between the colon and itself)."""
    label = _LABEL_BEFORE_COLON.search(before)
    return label.group(1) if label else ""


def _previous_sentence(ctx: FigureContext) -> str:
    return next(iter(_sentences_before(ctx, 1)), "")


_THREE_LETTERS = re.compile(r"\w{3,}")
_AREA_UNIT_WORDS = re.compile(r"\b(?:ha|m2|m²|m|diện\s+tích)\b")


# What most of an area is, said after its comma ("12 ha, chủ yếu là rừng thông", ", phần lớn là lúa xuân")
_MAINLY_AFTER = re.compile(
    r"\s*,\s*(?:chủ\s+yếu|phần\s+lớn|đa\s+số|hầu\s+hết)\s+(?:là\s+)?(?P<what>[^,;.\d]{1,60})", _I)


def _area_impact(ctx: FigureContext, head: str, before: str) -> str | None:
    head = _DIGIT.split(head, maxsplit=1)[0]  # "6ha hoa màu và hơn 4ha ao cá": the next area's words are its own
    if head.lstrip().startswith(")"):
        # "xã A (820 ha), xã B (610 ha) và ...": an area in brackets after its place; the words past the bracket are
        # the next part's
        head = ""
    if _FARM_STRUCTURE.match(head) or _FARM_STRUCTURE.match(_enclosing_head(ctx)):
        # "8.000m2 nhà lưới ươm giống bị sập", "12 nhà lưới (diện tích khoảng 9.000 m2)"
        return "infrastructure"
    counted = _AREA_OF_COUNTED.search(ctx.before[-90:]) if _AREA_WORD_BEFORE.search(before) else None
    if counted and _FARM_STRUCTURE.match(counted.group(1)):
        return "infrastructure"  # "tốc mái 3 nhà xưởng với diện tích khoảng 2.400 m2": the workshops' floor
    if counted:
        # "6 ao nuôi cá với diện tích 2,8 ha", "2.500 cây keo với tổng diện tích 4,2 ha": the area of
        # the things just counted is what those things are
        for impact, pattern in (("aquaculture", _AQUACULTURE), ("forest", _FOREST), ("crops", _CROPS)):
            if pattern.search(counted.group(1)) or (impact == "aquaculture" and _POND_LABEL.match(counted.group(1))):
                return impact
        if _INFRASTRUCTURE.search(counted.group(1)):
            return "infrastructure"  # "sụt lún 3 điểm mặt đường với diện tích 450 m2": the floor of the works counted
    clause = _own_words_before(before)
    # the words after the area first ("799,41 ha lúa" under "Về nông nghiệp, chăn nuôi và thủy sản:"),
    # then its own words before it ("..., thủy sản 1.769 ha")
    kinds = (("aquaculture", _AQUACULTURE), ("forest", _FOREST), ("crops", _CROPS))
    # "Ao cá bị cuốn trôi: 2.170 ao, diện tích 220.030 m2": a bare "diện tích" after a count is the
    # area of what the item's label names
    label = _item_label(ctx.before[-200:]) if _BARE_AREA_WORD.fullmatch(clause) else ""
    for words in (head, clause, label):
        for impact, pattern in kinds:
            if pattern.search(words):
                return impact
    if _FARMLAND.match(head):
        return "crops"  # "sạt lở làm mất 1.200 m2 đất vườn": farmland lost
    mainly = _MAINLY_AFTER.match(ctx.text, ctx.unit_end) if "," in ctx.text[ctx.unit_end : ctx.unit_end + 3] else None
    if mainly:
        # "Diện tích thiệt hại khoảng 3,2 ha, chủ yếu là rừng thông tái sinh": what most of the area is
        for impact, pattern in kinds:
            if pattern.search(mainly.group("what")):
                return impact
    if _CROPS.search(before):
        return "crops"
    # a detail of another area takes the detailed area's kind: a place in a breakdown "1.120 ha lúa,
    # hoa màu (Điện Biên: 62ha; ...)", "diện tích lúa bị ngập là 28.648ha (Trà Vinh 182,2ha, ...)",
    # "..., trong đó hư hại là 4.568ha"
    # The detailed area's own words (after its number) come first: in "tỉnh Bến Tre, ... thiệt hại
    # 8.245 ha cây ăn trái, trong đó huyện A 3.120 ha, ..." the parts are fruit trees, whatever a
    # word further back in the clause says ("Tre")
    detailed_words = _detailed_words(ctx)
    enclosing = _enclosing_head(ctx)
    own = _DIGIT.split(detailed_words)[-1] if _DIGIT.search(detailed_words) else ""
    for detailed in (f"{enclosing} {own}", f"{enclosing} {detailed_words}"):
        for impact, pattern in (("aquaculture", _AQUACULTURE), ("forest", _FOREST), ("crops", _CROPS)):
            if pattern.search(detailed):
                return impact
    bare = not _THREE_LETTERS.search(_AREA_UNIT_WORDS.sub("", head))
    if bare:
        # "Về các diện tích lúa, hoa màu ... bị thiệt hại, ngập úng tính đến thời điểm báo là 609,29 ha.":
        # an area that ends its clause is what the clause's subject names, however far back
        subject = _own_words_before(ctx.clause_before(_CLAUSE_END))
        for impact, pattern in kinds:
            if pattern.search(subject):
                return impact
    # "Điện Bàn 850ha, Quế Sơn 283ha" (also "..., Gia Lai có 980 ha"): the area named before it in
    # its sentence, or in the statement before; so does a sentence that details the one before
    # ("... 89.700ha lúa bị ngập úng. Riêng Ninh Bình ghi nhận hơn 56.100ha, ...")
    lent = bare or _DETAIL_OPENING.match(ctx.sentence_text)
    if lent and _CROPS.search(ctx.before) and _HECTARES.search(ctx.before):
        return "crops"
    # (an area with only where it was after it is bare too: "làm thiệt hại 3,4 ha tại xã A")
    bare_but_its_place = bare or not _THREE_LETTERS.search(_AREA_UNIT_WORDS.sub("", _PLACE_WORD.split(head, 1)[0]))
    # (the cheap test without its first letter: an item may open on the capital, "Cháy rừng: 4 vụ, diện tích 2,6 ha")
    if bare_but_its_place and (
        ("háy" in ctx.before and _FOREST_FIRE.search(ctx.text, ctx.sentence[0], ctx.start))
        or (_ONE_FIRE.search(ctx.text, ctx.sentence[0], ctx.start) and _FOREST_FIRE.search(_previous_sentence(ctx)))
    ):
        # "xảy ra 8 vụ cháy rừng, làm thiệt hại 37,5 ha": the area a forest fire burnt is forest, whatever crops the
        # sentence before counted ("... 32 ha cây ăn quả bị dập nát. Xảy ra 4 vụ cháy rừng, diện tích bị cháy 12 ha");
        # so is the area of one of the forest fires the sentence before counted ("... 9 vụ cháy rừng. Vụ cháy lớn
        # nhất ... với diện tích thiệt hại 26 ha"), and a fire of its ground cover ("vụ cháy thảm cỏ, cây bụi làm
        # thiệt hại 3,4 ha")
        return "forest"
    if lent and _CROPS.search(earlier := _previous_sentence(ctx)) and _HECTARES.search(earlier):
        return "crops"
    # "Hầu hết diện tích cây trồng bị thiệt hại do hạn hán ... Trong đó, đa phần diện tích này ở các
    # huyện phía bắc. Cụ thể: huyện A hơn 16.960 ha; huyện B hơn 4.100 ha bị thiệt hại": areas of a
    # detail that says they were hit are the crops the statement it details named
    if _FIELD_HIT_AFTER.match(head) or (
        _FIELD_HIT_BEFORE.search(before)
        and not _THREE_LETTERS.search(_AREA_UNIT_WORDS.sub("", _PLACE_WORD.split(head, maxsplit=1)[0]))
    ):
        # "Mưa lớn làm 1.200 ha bị ngập úng", "hạn hán làm 2.000 ha thiếu nước tưới", "làm ngập 300 ha tại xã A": an
        # area said only to be waterlogged, dried or salted is the farmland's
        return "crops"
    # (so is a sentence that opens on a place, the detail by place: "... 4.300 ha lúa bị thiệt hại. Huyện A có 800 ha
    # bị thiệt hại")
    detail_of_crops_hit = (
        (_DETAIL_OPENING.match(ctx.sentence_text) is not None or bool(_place_opening(ctx.sentence_text)))
        and _names_damage(ctx.sentence_text)
        and any(_CROPS.search(earlier) for earlier in _sentences_before(ctx, 2))
    )
    return "crops" if detail_of_crops_hit else None


# A forest fire by any of the words of its hazard ("cháy rừng", "cháy thảm thực bì", "cháy thảm cỏ")
_FOREST_FIRE = re.compile(
    "|".join(f"(?:{pattern.pattern})" for names, pattern in HAZARD_WORDS if "wildfire" in names), _I)
_ONE_FIRE = re.compile(r"\b(?:vụ|đám)\s+cháy\b", _I)
# The property a fire burnt, named right after it ("vụ cháy nhà dân", "vụ cháy chợ"): no forest's
_FIRE_OF_PROPERTY = re.compile(r"\s+(?:" + word_source("fires_of_property") + r")\b", _I)
# Farmland named by its ground rather than its crop, right after its area ("1.200 m2 đất canh tác", "5 ha nương")
_FARMLAND = re.compile(r"\s*(?:(?:diện\s+tích|dt)\s+)?(?:" + word_source("farmland") + ")", _I)
# What befalls a bare area of farmland, said right after it or right before it (on lowered text)
_FIELD_HIT_AFTER = re.compile(r"\s*(?:(?:đã|đều)\s+)?(?:bị\s+)?(?:" + word_source("fields_hit") + ")")
_FIELD_HIT_BEFORE = re.compile(r"(?:" + word_source("fields_hit") + rf")\s+(?:(?:{HEDGE_WORDS})\s+)?$")
_PLACE_WORD = re.compile(r"\b(?:tại|ở|thuộc|của)\b")
_FIELD_HIT = re.compile(word_source("fields_hit"), _I)


def _sentences_before(ctx: FigureContext, count: int) -> list[str]:
    """The ``count`` sentences before the figure's own, nearest first."""
    if not ctx.document:
        return []
    story = story_of(ctx.document)
    below = bisect_left(story.starts, ctx.offset + ctx.sentence[0])
    return [ctx.document[slice(*story.sentences[i])] for i in range(below - 1, max(below - 1 - count, -1), -1)]


def _detailed_words(ctx: FigureContext) -> str:
    """The words of the figure a detail refines: before the parenthesis it sits in, or before the
    "trong đó" of its clause (back to the clause's start); "" for a figure that details nothing."""
    before = ctx.before
    opened = before.rfind("(")
    if opened >= 0 and before.rfind(")") < opened:
        cut = opened
    else:
        # the clause is the end of ``before`` after a ";" or ".", so a "trong đó" or "riêng" in it is one
        # of ``before`` too (the mark before it is no letter: its \b holds there as well); most figures
        # detail nothing, and are not split
        if _OF_WHICH.search(before) is None:
            return ""
        clause = _CLAUSE_END_RE.split(before)[-1]
        detail = list(_OF_WHICH.finditer(clause))
        if not detail:
            return ""
        before, cut = clause, detail[-1].start()
    return before[:cut].rsplit(";", 1)[-1][-120:]


# Where a count opens the list of its parts ("..., gồm:", "bao gồm")
_LISTS_ITS_PARTS = re.compile(r"\b(?:bao\s+)?gồm\b\s*:?", _I)


def _listed_words(ctx: FigureContext) -> str:
    """The words of the count whose parts a "gồm" list gives, the figure one of them (back to its clause's start);
    "" for a figure in no such list."""
    clause = _CLAUSE_END_RE.split(ctx.before)[-1]
    opened = [m.start() for m in _LISTS_ITS_PARTS.finditer(clause)]
    return clause[: opened[-1]][-120:] if opened else ""


def _listed_parts_head(ctx: FigureContext) -> str:
    """The words of the count whose parts by place a list after "gồm" or after a colon that closes the count gives,
    the figure one of them ("5 người chết, gồm: xã A 3 người, xã B 2 người", "3 nhà bị sập hoàn toàn: xã A 2 nhà");
    "" for any other figure (not a label's colon, "- Về nhà ở: 12 nhà": it closes no count)."""
    clause = _CLAUSE_END_RE.split(ctx.before[-200:])[-1]
    colon = clause.rfind(":")
    if "gồm" not in clause and (colon < 0 or not _DIGIT.search(clause, 0, colon)):
        return ""
    if not _part_place(ctx.before):
        return ""
    return _listed_words(ctx) or (clause[:colon][-120:] if colon >= 0 else "")


# A date written with slashes ("cuối tháng 9/2026", "ngày 5/10", "ngày 5/10/2026")
_DATE_IN_WORDS = re.compile(r"(?<![\d.,])\d{1,2}\s*/\s*(?:\d{1,2}\s*/\s*)?(?:\d{1,2}|(?:19|20)\d{2})(?![\d.,/])")


def _as_letters(m: re.Match[str]) -> str:
    return "x" * len(m.group())


def _own_words_before(before: str) -> str:
    """The words before an area that are its own: after the last semicolon, and after the previous
    figure's words ("1.160 ha lúa, 5,6ha rừng, 462,9 ha": "rừng" is the 5,6's, not the 462,9's)."""
    clause = before.split(";")[-1]
    # (a date is no figure: "Diện tích lúa bị ngập úng do mưa lớn cuối tháng 9/2026 là 1.250 ha")
    digits = list(_DIGIT.finditer(_DATE_IN_WORDS.sub(_as_letters, clause) if "/" in clause else clause))
    if not digits:
        return clause
    rest = clause[digits[-1].end() :]
    comma = rest.find(",")
    return rest[comma + 1 :] if comma >= 0 else ""


# A list item that ends on its count word ("..., Lang Chánh 2 điểm, Bá Thước 1 điểm trường"): nothing
# after the word but the item's end.
_BARE_ITEM_END = re.compile(r"\s*(?:[,;.)]|$)")


def _label_spelled_out_before(ctx: FigureContext, label: str) -> str:
    """The fuller noun an earlier item of the same list gives a shortened count word: in "Quan Sơn 3
    điểm trường, Lang Chánh 2 điểm" the "2 điểm" are school sites too, not any spots."""
    if not label or not _BARE_ITEM_END.match(ctx.text, ctx.unit_end):
        return label
    listed = ctx.text[ctx.sentence[0] : ctx.start]
    items = re.findall(r"\d\s*(" + re.escape(label) + r"\s+[^\d,;.()]+?)\s*(?=[,;.)]|$)", listed, _I)
    return items[-1] if items else label


# A facility the hazard only shut ("25 điểm trường ... phải tạm nghỉ học", "3 trạm y tế tạm dừng hoạt động"):
# its clause says it closed, with no word of damage before that.
_CLOSED_NOT_HIT = re.compile(r"(?:(?!\bbị\b|thiệt\s+hại|hư\s+hỏng|sập|tốc\s+mái|ngập)[^;,])*?"
                             r"\b(?:phải\s+)?(?:tạm\s+)?(?:nghỉ\s+học|(?:dừng|ngừng|ngưng)\s+(?:hoạt\s+động|dạy|học|vận\s+hành|"
                             r"cấp\s+nước)|đóng\s+cửa)\b", _I)


# Boats kept out of the storm's way: anchored, sheltering, called back to shore ("4.215 tàu cá với 26.300 lao
# động vào nơi tránh trú an toàn", "1.106 tàu neo đậu tại các cảng cá").
_CRAFT_CLAUSE_END = re.compile(r",(?!\s*(?:(?:đã|cũng|lại)\s+)?bị\b)")
_SHELTERED = re.compile(r"\b(?:neo\s+đậu|tránh\s+trú|trú\s+ẩn|(?:vào|về)\s+bờ)\b", _I)


def _sheltered_not_hit(ctx: FigureContext) -> bool:
    """The figure counts craft its clause says were sheltered, and neither that clause nor the words
    right before the count say they were hit ("sóng đánh chìm 3 tàu đang neo đậu" is damage). The clause
    ends at a comma ("820 tàu thuyền đã vào bờ, 12 nhà bị tốc mái": the houses' damage is theirs), unless
    a passive goes on about the craft ("2 thuyền neo đậu ở cửa biển, bị sóng đánh hư hỏng")."""
    after = _CRAFT_CLAUSE_END.split(_own_clause_after(ctx), maxsplit=1)[0]
    if not _SHELTERED.search(after) or _DAMAGE_WORDS.search(after):
        return False
    return not _DAMAGE_WORDS.search(last_clause(ctx.before[-60:], r"[;,:()]"))


# Craft named as where the people counted were ("cứu được 15 ngư dân trên 3 tàu gặp nạn", "8 thuyền viên đi trên 2
# thuyền"): "trên" is "on board", the count says which boats held them, not that they were hit.
_PEOPLE_ON_BOARD = re.compile(
    r"\d[\d.,]*\s+(?:" + word_source("casualty_persons") + r")\s+(?:(?:đi|làm\s+việc|có\s+mặt)\s+)?trên\s*$", _I
)


def _people_on_board(ctx: FigureContext) -> bool:
    """The figure counts the craft a count of people was on, and its own clause says none of them was hit
    ("15 ngư dân trên 3 tàu bị chìm" is damage)."""
    if not _PEOPLE_ON_BOARD.search(ctx.before[-60:]):
        return False
    return not _DAMAGE_WORDS.search(_CRAFT_CLAUSE_END.split(_own_clause_after(ctx), maxsplit=1)[0])


def _own_clause_after(ctx: FigureContext) -> str:
    return _CLAUSE_END_RE.split(ctx.text[ctx.unit_end : ctx.sentence[1]], maxsplit=1)[0]


def _count_impact(ctx: FigureContext, head: str) -> tuple[str, str | None] | None:
    label = _label_spelled_out_before(ctx, ctx.unit_label or "")
    if _LINE_ENDS.match(ctx.text, ctx.end) or _CLOCK_BEFORE.search(ctx.before[-8:]):
        return None
    if _CLASSIFIER.match(label):
        # "số xuồng, ghe bị chìm, hỏng 81 chiếc": the noun is in the clause before; "đánh chìm 16
        # chiếc tàu cá": right after the classifier
        noun_clause = ctx.before.rsplit(";", 1)[-1][-60:]
        if _HOUSE_NOUN.match(head.lstrip()):
            # "làm 6 cái nhà bị sập, 14 chiếc nhà bị tốc mái": the house named right after the classifier, and how
            # it was hit in its own words (not the item's before it)
            return _houses_by_the_piece(head)
        hit = _INFRASTRUCTURE.search(head[:20]) or _INFRASTRUCTURE.search(noun_clause)
        if hit:
            return "infrastructure", None
        if _POND_WORD.search(head[:20]) or _POND_WORD.search(_DIGIT.split(noun_clause)[-1]):
            return "aquaculture", None  # "lồng bè bị cuốn trôi: 35 chiếc", "35 cái lồng nuôi cá": cages, ponds
        return _houses_by_the_piece(noun_clause)
    if _EVENT_LABEL.match(label):
        return "events", None
    if _LIVESTOCK.match(label):
        return "livestock", "head"
    if "ong" in label and _BEEHIVES.match(label):
        return "livestock", None  # "lũ cuốn trôi 45 đàn ong": hives of bees, counted as such
    if _POND_LABEL.match(label):
        return "aquaculture", None
    if _SPOTS.match(label):
        before_clause = _own_clause(ctx)[0]
        # ("thôn A có 3 điểm sạt lở, thôn B 2 điểm": the bare item's spots are what its neighbour's label spells out)
        if _ROAD_SPOT.search(before_clause + " " + head[:40] + " " + label) or _ROAD_SPOT.search(
                _spots_said_before(ctx)):
            return "infrastructure", None
        if _INFRASTRUCTURE.match(head.lstrip()) and _names_damage(ctx.clause_before(_CLAUSE_END) + " " + head):
            return "infrastructure", None  # "làm hư hỏng 4 đoạn đập tràn": stretches of a work, hit
        # "xảy ra 12 điểm sạt lở, trong đó 9 điểm ở xã A": the bare spots break down the landslide
        # spots counted earlier in the sentence
        return ("infrastructure", None) if _spots_detailed(ctx) else None
    if label.startswith("trụ") and _CROP_POST.match(label):
        return "crops", None  # (not the "hồ" of a reservoir)
    if _INFRASTRUCTURE.search(label + " " + head[:20]):
        own_after = _own_clause_after(ctx)
        if _CLOSED_NOT_HIT.match(own_after):
            # "101 điểm trường với 28.513 học sinh phải tạm nghỉ học", "12 trạm cấp nước phải tạm ngưng hoạt động":
            # shut, not hit
            return None
        if "chết" in own_after and _DEAD_STORAGE.search(own_after):
            return None  # "35 hồ chứa đã xuống dưới mực nước chết": how low their water is, not a work hit
        if _WATER_HELD.search(ctx.clause_before(r"[;,.\n]") + " " + own_after) and not (
            _names_damage(own_after) or _DONE.search(own_after)
        ):
            return None  # "Lượng nước tại 22 hồ chứa chỉ còn 31% dung tích": the water the works hold, none of them hit
        if _sheltered_not_hit(ctx):
            return None  # "1.106 tàu neo đậu tại các cảng cá": boats kept out of the storm's way, not hit
        if _people_on_board(ctx):
            return None  # "cứu 15 ngư dân trên 3 tàu": the boats that held the people, not boats hit
        return "infrastructure", None
    if _PLANTS.match(label):
        # "617 cây ăn quả", "10.000 cây keo", "1.000 chậu địa lan": plants counted one by one (their kind may be the
        # item's label: "- Cây ăn quả: thiệt hại 3.500 cây")
        plants = label + " " + head[:20]
        if not (_FOREST.search(plants) or _CROPS.search(plants)) and ":" in ctx.before[-80:]:
            plants += " " + _item_label(ctx.before[-80:])
        return ("forest", None) if _FOREST.search(plants) else ("crops", None) if _CROPS.search(plants) else None
    return None


# The noun of a count a bracket breaks down by how its parts were hit ("640 nhà (15 sập, 210 tốc mái)", "85 hộ bị ảnh
# hưởng (6 sập hoàn toàn, ...)", "12 người thương vong (3 chết, ...)"), and the words of a part up to the next
_COUNTED_HEAD = re.compile(r"\s*(?:(?P<house>(?:ngôi\s+|căn\s+)?nhà|căn)|(?P<household>hộ)|(?P<person>người))\b", _I)
_PART_WORDS = re.compile(r"[^,;()\d]*")


def _bare_part(ctx: FigureContext) -> tuple[str, float | None, str | None, str | None] | None:
    """A part of a breakdown in brackets that says only how it was hit, its noun the head's ("640 nhà (15 sập, 210
    tốc mái)": 15 houses destroyed); None for any other count."""
    head = _enclosing_head(ctx)
    counted = _COUNTED_HEAD.match(head) if head else None
    if counted is None:
        return None
    words = _PART_WORDS.match(ctx.text, ctx.end).group()
    if not _names_damage(words):
        return None
    if counted.group("person"):
        impact = _first_person_impact(words.lower())
        return (impact, None, "person", None) if impact else None
    destroyed = _HOUSE_DESTROYED.search(words) and not _HOUSE_DAMAGED.search(words)
    unit = "household" if counted.group("household") else "house"
    return ("houses_destroyed" if destroyed else "houses_damaged"), None, unit, None


# A house counted by the piece ("Nhà bị sập đổ hoàn toàn | cái | 24", "số nhà bị tốc mái 120 chiếc"): the
# noun before the classifier
_HOUSE_NOUN = re.compile(r"(?<!\w)nhà\b", _I)


def _houses_by_the_piece(noun_clause: str) -> tuple[str, str | None] | None:
    """The impact of houses counted with ``cái``/``chiếc``, from the words before the classifier."""
    house = _HOUSE_NOUN.search(noun_clause)
    if house is None:
        return None
    said = noun_clause[house.end() :]
    if _CULTURE_HOUSE.match(said):
        return "infrastructure", None  # "Nhà văn hóa bị tốc mái | cái | 12": a village's meeting house
    destroyed = _HOUSE_DESTROYED.search(said) and not _HOUSE_DAMAGED.search(said)
    return ("houses_destroyed" if destroyed else "houses_damaged"), "house"


def _spots_said_before(ctx: FigureContext) -> str:
    """For a bare item of a list of spots ("..., bản B 2 vị trí."), the words that say what the list counts: its
    sentence up to the item before, counted with the same word ("Đường vào bản A bị sạt lở 4 vị trí, bản B 2 vị
    trí"), or the lead before the colon that opens the list ("Các điểm sạt lở taluy: bản A: 5 vị trí; bản B: 3 vị
    trí"); "" for any other count."""
    word = ctx.unit_label or ""
    after = ctx.text[ctx.end : ctx.end + 40]
    said = len(after) - len(after.lstrip()) + len(word)
    if not word or not after.lstrip().lower().startswith(word.lower()) or not _BARE_ITEM_END.match(after, said):
        return ""
    listed = ctx.text[ctx.sentence[0] : ctx.start]
    items = [m.start() for m in re.finditer(r"\d\s*" + re.escape(word) + r"\s*[,;]", listed)]
    if items:
        return listed[: items[-1]]
    lead, colon, _ = listed.partition(":")
    return lead if colon and not _DIGIT.search(lead) else ""


def _spots_detailed(ctx: FigureContext) -> str:
    """The counted spots a bare count of spots breaks down ("xảy ra 12 điểm sạt lở, trong đó 9 điểm ở xã A":
    "12 điểm sạt lở"), "" when it details none."""
    earlier = ctx.text[ctx.sentence[0] : ctx.start]
    whole = [m for m in _COUNTED_SPOTS.finditer(earlier) if _ROAD_SPOT.match(m.group("what"))]
    return whole[-1].group() if whole and _BREAKDOWN.search(earlier[whole[-1].end() :]) else ""


# "gây sạt lở 14 điểm", "sạt lở 1.200 m đê bao và 45 điểm": a count of "điểm" that a verb of damage governs,
# right after it (or after the few words of what was hit: "sạt lở taluy dương 4 điểm", not a place: "ngập úng
# tại 20 điểm") or as a later item of its list (items that each open on a number), counts the spots "14 điểm
# sạt lở" counts. The figures read "N điểm" before "trên", "và", "," as a score, as they must for
# "đạt 85 điểm, tăng 0,9 điểm": only the verb before it tells the two apart.
_QUANTIFIER = rf"(?:(?:{HEDGE_WORDS}|tổng\s+cộng|tới|lên\s+tới)\s+)?"
_LISTED_ITEM = r"\d+(?:[.,]\d+)*(?:[^\d,;:.()\n]|(?<=m)[23])*"  # "1.200 m đê bao", "3 cầu tạm", "500 m3 đất"
_ITEM_JOINT = r"(?:\s*,\s*(?:và\s+)?|\s+và\s+)" + _QUANTIFIER
_WHAT_WAS_HIT = r"(?:(?!(?:và|hoặc|cho|được|đã|của|là|đạt|tại|ở|trong|trên)\b)[^\W\d]+\s+){0,3}?"
# ... and the banks listed one after another ("sạt lở bờ sông, kênh rạch 58 điểm", "sạt lở bờ sông, bờ biển tại 9 điểm")
_BANK = r"(?:bờ|kênh|rạch|sông|suối|biển|đê|kè)\b"
_BANKS_LISTED = r"(?:" + _BANK + r"(?:\s+[^\W\d]+)?,\s+(?=" + _BANK + r"))?"
_SPOTS_GOVERNED = re.compile(
    r"(?P<verb>" + word_source("spot_damage") + r")\s+" + _BANKS_LISTED + _WHAT_WAS_HIT + r"(?:tại\s+)?" + _QUANTIFIER
    + r"(?:" + _LISTED_ITEM + r"(?:" + _ITEM_JOINT + _LISTED_ITEM + r")*" + _ITEM_JOINT
    # ("sạt lở taluy dương 18 điểm, taluy âm 6 điểm": a later item may name its own part of the road first)
    + r"(?P<later>" + _WHAT_WAS_HIT + r"))?$", _I)
_SPOTS_GOVERNED_WORD = lowered_literal_scan(_SPOTS_GOVERNED)  # (most scores have no verb of damage before them)


def _spots_verb(ctx: FigureContext) -> str:
    """The verb of damage that governs a count read as a score ("N điểm"), "" when none does (a score)."""
    if ctx.unit != "point":
        return ""
    clause = ctx.clause_before(_CLAUSE_END)
    governed = _SPOTS_GOVERNED.search(clause) if _SPOTS_GOVERNED_WORD.search(clause.lower()) else None
    if governed is None:
        return _spots_by_place_detailed(ctx)
    if governed.group("later") and not _ROAD_SPOT.search(governed.group("later")):
        return ""  # ("sạt lở 5 điểm, chỉ số hài lòng 82 điểm": words of their own that name no part of a road, a score)
    return governed.group("verb")


# A sentence that details by place the spots the sentence before counted: "Riêng xã A xảy ra 3 điểm", "Trong đó, xã A
# 9 điểm, xã B 3 điểm", "Cụ thể: huyện C có 4 điểm" (the text before a count of "điểm" the figures read as a score)
_SPOTS_PLACE = (rf"(?:(?i:tại|ở)\s+)?(?:{_KIND})\s+{_PLACE_NAME}\s*:?\s*"
                rf"(?:(?i:có|xảy\s+ra|ghi\s+nhận|xuất\s+hiện)\s+)?(?:(?i:{HEDGE_WORDS})\s+)?")
_SPOTS_BY_PLACE = re.compile(
    rf"\W*(?i:trong\s+đó|riêng|cụ\s+thể)\b[\s,:]*(?:{_SPOTS_PLACE}\d[\d.,]*\s*(?i:điểm)\s*[,;]\s*(?:(?i:và)\s+)?)*"
    rf"{_SPOTS_PLACE}\Z")


def _spots_by_place_detailed(ctx: FigureContext) -> str:
    """For a bare count of spots at a place in a sentence that details by place ("Riêng xã A xảy ra 3 điểm"), the
    spots of damage the sentence right before counts ("xảy ra 7 điểm sạt lở bờ sông": "7 điểm sạt lở"), "" when
    it counts none or the sentence details nothing."""
    if not ctx.document or not _DETAIL_OPENING.match(ctx.before) or not _SPOTS_BY_PLACE.match(ctx.before):
        return ""
    story = story_of(ctx.document)
    i = bisect_left(story.starts, ctx.offset + ctx.sentence[0]) - 1
    if i < 0:
        return ""
    spots = _COUNTED_SPOTS.finditer(ctx.document, *story.sentences[i])
    counted = [m for m in spots if _ROAD_SPOT.match(m.group("what"))]
    return counted[-1].group() if counted else ""


# The units ``impact_of`` reads an impact for; a figure in any other unit (a percentage, a number of
# visits, enterprises, ...) is read only as houses, when its label names them ("nhà", "gia đình").
_IMPACT_UNITS = frozenset(("person", "count", "house", "household", "ha", "km", "head", "tonne", "m3", "case",
                           "VND", "USD"))
_HOUSE_LABELS = ("nhà", "gia đình")


def may_be_an_impact(ctx: FigureContext) -> bool:
    """Can ``impact_of`` read an impact for the figure at all (its unit or label)? A quarter of the
    figures cannot; ``route_disaster`` leaves them at once."""
    return (ctx.unit in _IMPACT_UNITS or (ctx.unit_label or "").lower().startswith(_HOUSE_LABELS)
            or bool(_spots_verb(ctx)))


def impact_of(ctx: FigureContext) -> tuple[str, float | None, str | None, str | None] | None:
    """(impact, value, unit, unit_label) of a damage figure, from its unit and the words around it."""
    if not may_be_an_impact(ctx):
        return None
    after = ctx.text[ctx.unit_end : ctx.sentence[1]]
    head = _HEAD_SPLIT.split(after, maxsplit=1)[0][:60].lower()
    before = ctx.before[-40:].lower()
    label = (ctx.unit_label or "").lower()
    unit = ctx.unit
    if unit == "point":  # (a score ``may_be_an_impact`` let through: spots a verb of damage governs)
        return "infrastructure", None, "count", "điểm"
    if unit == "person":
        if (child := _PEOPLE_COUNT.match(ctx.text, ctx.end)) is not None and child.end() > ctx.unit_end:
            # ("1 em học sinh lớp 5 bị nước cuốn trôi": a child, a person by the word that counts it, told past the
            # words that describe the child, as a count of children is below)
            ctx = replace(ctx, unit_end=child.end())
            after = ctx.text[ctx.unit_end : ctx.sentence[1]]
        # "Bị thương khi chống lũ: 1 người": a label says what happened to them; first when the count ends its
        # item ("số người mất tích: 01; số người bị thương: 05": the next item's words are its own)
        labelled = _first_person_impact(_colon_label(ctx)) if _ITEM_ENDS.match(after) else None
        impact = labelled or _person_impact(ctx, after.lower()) or _first_person_impact(_colon_label(ctx))
        if impact == "missing" and _found_dead_after(ctx):
            impact = "deaths"  # (missing when swept away, dead when found: what the story ends on)
        return (impact, None, None, None) if impact else None
    if unit == "count" and "(" in ctx.before and (part := _bare_part(ctx)):
        return part
    if unit == "count" and label == "thi thể" and not _NOT_FOUND_BEFORE.search(ctx.before[-25:]):
        return "deaths", None, "person", None  # "đã tìm thấy 5 thi thể nạn nhân": the dead, counted by their bodies
    people = _PEOPLE_COUNT.match(ctx.text, ctx.end) if unit == "count" else None
    if people:  # "1 trường hợp tử vong": people, whatever word counts them
        # (their words start past the word that counts them: "1 cháu bé 6 tuổi ... bị nước cuốn trôi")
        impact = _person_impact(replace(ctx, unit_end=people.end()), ctx.text[people.end() : ctx.sentence[1]].lower())
        return (impact, None, "person", None) if impact else None
    # ("Nhà bị ngập: 1.250;": a count with no word of its own under a label of houses)
    nothing_after = not head.strip().rstrip(".")
    bare = unit == "count" and not label and nothing_after
    houses = unit == "house" or (unit == "count" and label in _HOUSE_CLASSIFIERS) or bare
    # the item's label is read only for the houses and tonnes below that ask for it (most figures
    # are neither): a pure function of the text, so reading it later changes nothing
    item_label = _colon_label(ctx) if houses or unit == "tonne" else ""
    house_label = _HOUSE_LABEL.match(item_label) if houses and nothing_after else None
    building = _CULTURE_HOUSE.match(item_label[house_label.end() :]) if house_label else None
    if house_label and building and not bare:
        # "Nhà văn hóa thôn bị tốc mái: 3 nhà": a public building counted by its noun, a work hit, not a home
        return "infrastructure", None, "count", "nhà " + spaced(building.group().strip().lower())
    if house_label and not building:
        # "Nhà bị sập: 3 ngôi": nothing follows the count, the label says how the houses were hit
        destroyed = _HOUSE_DESTROYED.search(item_label) and not _HOUSE_DAMAGED.search(item_label)
        return ("houses_destroyed" if destroyed else "houses_damaged"), None, "house", None
    if unit == "household" and _FARMING_HOUSEHOLD.match(ctx.text, ctx.unit_end):
        # "11 hộ nuôi biển bị ảnh hưởng", "20 hộ nuôi tôm bị thiệt hại": fish farmers hit, not their homes
        return "aquaculture", None, None, None
    if unit in ("house", "household") or label.startswith(_HOUSE_LABELS):
        # ("2.000 gia đình bị thiệt hại": families hit are counted like the households they are)
        return _house_impact(ctx)
    square_metres = unit == "km" and (
        _SQUARE_METRES_NEXT.match(ctx.text[ctx.end : ctx.end + 6])
        or (_METRES_NEXT.match(ctx.text[ctx.end : ctx.end + 4]) and _AREA_WORD.search(before))
    )
    if unit == "ha" and _SOWN.search(ctx.before[-30:]) and not _PLANTED_FOREST_BEFORE.search(ctx.before[-30:]):
        return None  # "đã xuống giống 11.200 ha lúa": the area sown, not the area hit
    if unit == "ha" or square_metres:
        value, out_unit = None, None
        if square_metres:  # "diện tích khoảng 500m²" (the ² may be lost as a footnote mark)
            value, out_unit = ctx.value * 1000 / 10000, "ha"
        impact = _area_impact(ctx, head, before)
        return (impact, value, out_unit, None) if impact else None
    if unit == "head":
        if work := _WORK_AFTER_CLASSIFIER.match(head):
            # "2 con đường liên xã bị sạt lở", "1 con đê": "con" counts a road, a dyke or a boat as well as an
            # animal; the noun after it says which
            return "infrastructure", None, "count", work.group(1)
        herd = _HERD.search(ctx.before[-50:]) or _HERD_SENTENCE.search(ctx.text, ctx.sentence[0], ctx.start)
        if herd and not _names_damage(ctx.sentence_text):
            return None  # "Đàn bò trên toàn tỉnh 150.000 con": the herd there is, not animals lost
        animals = head[:25]
        if _AQUACULTURE.search(animals) and not _LIVESTOCK.search(animals):
            return "aquaculture", None, None, None  # "mất 700 con cá mú", "3.000 con tôm hùm": farmed fish
        return "livestock", None, None, None
    if unit == "tonne" and (given := _GIVEN_AFTER.match(head)) and not _names_damage(given.group()):
        return None  # "xuất 20 tấn hạt giống ngô hỗ trợ các hộ", "8 tấn gạo cứu trợ người dân": handed out, not lost
    if unit == "tonne":
        # ("Cá nuôi bị chết rét khoảng 2,5 tấn tại xã A": what was hit, said before the weight when no word after it
        # says what it weighs)
        hit_before = ctx.clause_before() if not (_AQUACULTURE.search(head) or _CROPS.search(head)) else ""
        hit_before = hit_before if _names_damage(hit_before) else ""
        if _AQUACULTURE.search(head or item_label) or _AQUACULTURE.search(hit_before):
            return "aquaculture", None, None, None
        if _CROPS.search(head or item_label) or _CROPS.search(hit_before):
            return "crops", None, None, None
    if unit == "m3" or unit == "km":
        if (
            _DEPTH.search(ctx.before[-30:])
            or _DASH_NEXT.match(ctx.text[ctx.end : ctx.end + 3])
            or _FLOODED_HOMES_DEPTH.search(ctx.before[-30:])
        ):
            return None  # "ngập sâu từ 1-2m" says how deep, it counts nothing
        if _RANGE_END.search(ctx.before[-12:]):
            return None  # "từ mức 1.500m - 5.000m": the end of a range (a height), no count
        if _ALARM_LEVEL.search(ctx.before[-40:]) or _WATER_LEVEL.search(ctx.before[-60:]):
            return None  # a river's level (above an alarm mark), no damage
        if _DISTANCE.search(ctx.before[-80:]):
            return None  # "cách cầu Trà Thôn khoảng 100m": how far, not how much
        if any(size.search(ctx.before[-40:]) for size in (_EACH_SIZE, _HOUSE_SIZE, _BITES_INLAND, _BREADTH)):
            return None  # "mỗi vị trí dài khoảng 100m", "căn nhà dài 20 m", "ăn sâu 7m": a size, not a damage
        if unit == "km" and _salt_front_reach(ctx):
            return None  # "ranh mặn 4‰ vào sâu khoảng 75 km": how far the salt came, no damage
        if "dài" in ctx.before[-30:] and _SPOTS_ALONG.search(ctx.before[-120:]):
            return None  # "7 điểm sạt lở trên tuyến đường dài 20 km": the road's length, the spots are the damage
        if _ROAD_KIND_BEFORE.search(ctx.before[-30:]) and _LENGTH_LATER.match(ctx.text, ctx.unit_end):
            return None  # "đường bê tông 1m bị xói mòn hư hỏng 50m": the road's width; the 50m is the damage
        return "infrastructure", None, None, None
    if unit == "count":
        reading = _count_impact(ctx, head)
        return (reading[0], None, reading[1], None) if reading else None
    if unit == "case" and (
        _EVENT_CASE.match(ctx.text[ctx.end : ctx.end + 30])
        or _bare_cases_happened(ctx)
        or _LABELLED_CASES.search(_colon_label(ctx))
        or _events_detailed(ctx)
        or _hazard_said_before_its_count(ctx)
    ):
        return "events", None, None, None
    if unit in ("VND", "USD") and _is_loss(ctx):
        return "economic_loss", None, None, None
    return None


# A relief word after the goods a weight counts, within their own words ("tấn hạt giống ngô hỗ trợ", "tấn gạo cứu trợ")
_GIVEN_AFTER = re.compile(r"[^\d,;.()]{0,40}?(?<!\w)(?:" + word_source("relief_actions") + ")", _I)


# Rebuilt or repaired right before the figure ("sửa chữa 85 nhà", "xây mới được 42 nhà cho các hộ mất nhà",
# "trồng lại 300 ha rừng", "tái đàn 2.000 con"): what the recovery did
_REBUILT_BEFORE = guarded(re.compile(
    r"\b(?:" + word_source("rebuilding") + rf")\s+(?:(?:xong|được|cho|thêm)\s+)*(?:(?:{HEDGE_WORDS})\s+)?$", _I))
# ... or right after it and its words, in the passive ("1.420 nhà được lợp lại mái", "80 ha lúa đã được gieo cấy lại");
# not a count said to be hit first ("15 nhà bị tốc mái đã được sửa chữa"), nor one not yet mended ("chưa được khắc
# phục")
_REBUILT_AFTER = re.compile(
    r"(?:[^\S\n]+(?!(?:bị|chưa|không)\b)[^\W\d]+){0,3}?[^\S\n]+(?:đã[^\S\n]+)?được[^\S\n]+"
    r"(?:" + word_source("rebuilding") + r")\b",
    _I,
)
# What a figure attains ("đạt 58.300 ha", "đạt khoảng 12.000 tấn"): a level reached, in a sentence that says
# nothing was hit no damage (the sentence before may blame a storm for the harvest)
_ATTAINED_BEFORE = re.compile(rf"\bđạt\s+(?:(?:{HEDGE_WORDS}|tới)\s+)?$", _I)
# Where the water has gone down ("nước đã rút tại 26 tuyến phố", "đã hết ngập ở 3 xã"): a rolling update's
# good news, no count of damage
_RECEDED_BEFORE = re.compile(
    rf"(?:\brút|\bhết\s+ngập)\s+(?:(?:tại|ở|khỏi)\s+)?(?:(?:{HEDGE_WORDS})\s+)?$", _I)
# The worth said right before the amount, with what it is the worth of in brackets ("giá trị (nhà bị tốc mái):")
# what befell the thing valued, said after its worth ("tài sản trị giá 600 triệu đồng bị cuốn trôi")
_HARMED_AFTER = re.compile(r"\s*(?:đã\s+)?bị\s+(?!hỗ\s+trợ|thu\s+hồi)", _I)
_VALUE_LAST = re.compile(
    r"\b(?:giá\s+trị|trị\s+giá|thành\s+tiền)\s*(?:\((?P<what>[^()]*)\)\s*)?:?\s*"
    rf"(?:(?:ước\s+tính|ước|{HEDGE_WORDS})\s+)*$", _I)
# ... the brackets naming the work that mends it ("Thành tiền (Sửa chữa nhà tốc mái)"): what the repair costs
_REBUILDING_WORDS = re.compile(word_source("rebuilding"), _I)


def _harm_in_brackets(what: str | None) -> bool:
    return bool(what) and _DAMAGE_WORDS.search(what) is not None and not _REBUILDING_WORDS.search(what)


# a clause that only says the amount is an estimate: the loss its sentence named before
_ESTIMATE_ALONE = re.compile(rf"\s*ước(?:\s+tính)?\s*(?:(?:{HEDGE_WORDS}|lên\s+tới|tới)\s*)*", _I)


_TO_REPAIR_AFTER = re.compile(
    r"\s*(?:để|nhằm)\s+(?:khắc\s+phục|sửa\s+chữa|khôi\s+phục|xây\s+dựng\s+lại|tu\s+sửa)\b", _I)


def _relief_reach(clause: str) -> int:
    """Where a relief word can start to make the money of ``clause`` handed out: from the comma before its last
    "thiệt hại" on. An opening phrase cut off by a comma before the loss is when the loss came, not what the money is
    ("Chưa kịp khắc phục, đợt lũ thứ hai gây thiệt hại ước 310 tỷ đồng"); the loss's own part keeps its relief
    ("kinh phí khắc phục thiệt hại 12 tỷ đồng", "hỗ trợ các hộ bị thiệt hại, mỗi hộ 5 triệu đồng")."""
    losses = [m.start() for m in _LOSS_WORD.finditer(clause.lower())]
    return clause.rfind(",", 0, losses[-1]) + 1 if losses else 0


def _is_loss(ctx: FigureContext) -> bool:
    """Money lost: its clause says "thiệt hại", or it details a loss ("thiệt hại gần 900 tỷ đồng,
    trong đó do lốc xoáy khoảng 120 tỷ đồng"); never money handed out."""
    clause = ctx.clause_before(_CLAUSE_END)
    if _RELIEF_MONEY.search(clause, _relief_reach(clause)) or _TO_REPAIR_AFTER.match(ctx.text, ctx.unit_end):
        return False  # ("cần 12 tỷ đồng để khắc phục": what the repair will cost, not what was lost)
    if _LOSS_WORD.search(clause.lower()):
        return True
    last = clause[-40:].lower()
    if ("giá" in last or "tiền" in last) and (value := _VALUE_LAST.search(clause)) and (
            _DONE.search(clause, 0, value.end()) or _harm_in_brackets(value["what"])
            or _HARMED_AFTER.match(ctx.text, ctx.unit_end)):
        # "Nhà bị tốc mái 356 nhà, giá trị 3.560 triệu đồng", a damage table's "Giá trị (Lúa bị ngập): 6.250 triệu
        # đồng" or "Thành tiền (Nhà bị hư hỏng): 420 triệu đồng", "làm hư hỏng tài sản trị giá 300 triệu đồng": the
        # worth of what its clause says was hit, or says after it ("3 nhà cùng tài sản trị giá 600 triệu đồng bị
        # cuốn trôi"); the brackets may name the harm without "bị" ("Thành tiền (Nhà sập
        # đổ hoàn toàn)", "(Lúa ngập úng)")
        return True
    # (the clause is the end of ``ctx.before``, and "ước" in any case is the start of every match of
    # _ESTIMATE_ALONE: without it in the lower-cased words before, nothing to read)
    if "ước" in ctx.before.lower() and _ESTIMATE_ALONE.fullmatch(ctx.clause_before(r"[;,.\n]")) and _LOSS_WORD.search(
        (_previous_sentence(ctx) + " " + ctx.text[ctx.sentence[0] : ctx.start]).lower()
    ):
        # "gây thiệt hại nặng về tài sản. Nhiều nhà bị tốc mái, ước tính khoảng 10 tỷ đồng": the
        # amount of the loss said in its sentence or the one before
        return True
    if "-" in clause or "+" in clause or "•" in clause:
        lead = _list_lead(ctx) if _LABELLED_AMOUNT_ITEM.fullmatch(clause) else ""
        if lead and _LOSS_WORD.search(low := lead.lower()) and (_AMOUNT_IN.search(lead) or _LOSS_VALUED.search(low)) \
                and not _RELIEF_MONEY.search(lead):
            # "Tổng thiệt hại ... ước khoảng 1.560 tỷ đồng. Trong đó:" over "- Giao thông: 620 tỷ đồng;": the parts
            # of the loss its list is led in by; so too under a lead that names the loss's worth without its total
            # ("Thiệt hại ước tính theo địa phương:" over "- Khánh Hòa: 3.200 tỷ đồng;")
            return True
    if ";" in ctx.before and _LABEL_ONLY.fullmatch(clause) and _loss_items_before(
            ctx.text[ctx.sentence[0] : ctx.start - len(clause)]):
        return True
    if _OF_WHICH.search(ctx.before) is None:  # the usual case: no detail, no second scan
        return False
    part = ctx.before[max((m.end() for m in _CLAUSE_END_RE.finditer(ctx.before)), default=0) :]
    detail = list(_OF_WHICH.finditer(part))
    return bool(detail) and _LOSS_WORD.search(part[: detail[-1].start()].lower()) is not None


# A list of losses by sector between semicolons ("giao thông thiệt hại 5.300 tỷ đồng; nông nghiệp 3.100 tỷ đồng; nhà
# ở 2.400 tỷ đồng"): a later item is its sector's name and its amount, the loss said once with the first
_LABEL_ONLY = re.compile(r"\s*[^\W\d][^\W\d]*(?:\s+[^\W\d]+){0,5}\s*")
_AMOUNT = rf"(?:(?:{HEDGE_WORDS})\s+)?\d[\d.,]*\s*(?:(?:{SCALE_WORDS})\s+)?(?:đồng|USD)\s*"
_MONEY_ITEM = re.compile(r"[^\d;]{1,80}?" + _AMOUNT, _I)
_BARE_MONEY_ITEM = re.compile(_LABEL_ONLY.pattern + _AMOUNT, _I)
_LIST_OPENS = re.compile(r":|,(?!\d)")
# A lead that names a loss in money ("thiệt hại ước tính", "ước thiệt hại", "giá trị thiệt hại", "thiệt hại về kinh
# tế"): its items are amounts of that loss, though it gives no total
_LOSS_VALUED = re.compile(r"thiệt\s+hại\s+(?:ước|(?:về\s+)?kinh\s+tế)|(?:ước|giá\s+trị)\s+(?:tổng\s+)?thiệt\s+hại")
_LABELLED_AMOUNT_ITEM = re.compile(r"\s*[•\-–+*]\s*[^\W\d][^\d:;]{0,40}:\s*")
_AMOUNT_IN = re.compile(_AMOUNT, _I)


def _loss_items_before(before: str) -> bool:
    """Does ``before`` (its sentence up to a later item's name, ending on a ``;``) run back through items of a name
    and an amount only to one that says its money was lost?"""
    for part in reversed(before.split(";")[:-1]):
        if _LOSS_WORD.search(part.lower()):
            # ("tổng thiệt hại 850 tỷ đồng, bao gồm: giao thông 380 tỷ đồng; ...": the list opens after the
            # total, on the loss's last colon or comma)
            return _MONEY_ITEM.fullmatch(_LIST_OPENS.split(part)[-1]) is not None and not _RELIEF_MONEY.search(part)
        if not _BARE_MONEY_ITEM.fullmatch(part):
            return False
    return False


# "nếu ... không mưa thì diện tích bị hạn sẽ tăng lên, trong đó lúa 2.740 ha": what a condition
# would bring, not damage done
_CONDITIONAL = re.compile(r"\bnếu\b[^.;]*?\bsẽ\b", _I)
# What will or is expected to happen, said before the figure in its sentence ("Tại Bến Tre, dự kiến
# hơn 5.000ha lúa sẽ bị mất trắng").
_FUTURE = guarded(re.compile(r"\bsẽ\s+(?:có|bị)\b|\bdự\s+kiến\b", _I))
# A sentence that opens on what is expected: every figure of it is a forecast.
_FORECAST_LEAD = re.compile(r"\W*(?:dự\s+kiến|dự\s+báo|theo\s+dự\s+báo)\b", _I)


def _mobilised(clause_before: str) -> bool:
    """Is the figure an item of what a verb of the response sends ("điều động 5 xuồng máy, 2 ca nô")?"""
    m = _MOBILISED.search(clause_before[-160:])
    return m is not None and not _DAMAGE_WORDS.search(m.group())


def _relief_listed(ctx: FigureContext, clause_before: str) -> bool:
    """Is the figure a later item of what a verb of relief hands out, with no damage said between
    ("hỗ trợ 20 hộ có nhà bị sập, 12 hộ ...") nor in its own words ("tỉnh hỗ trợ 2 hộ, 15 ha lúa bị ngập"
    is a new item of damage)? Whom it goes to is no item's ("... 12 tấn giống ngô cho các hộ bị thiệt hại")."""
    m = _RELIEF_LISTED.search(clause_before[-160:])
    if m is None or _DAMAGE_WORDS.search(m.group()):
        return False
    own = _ITEM_WORDS_END.split(ctx.text[ctx.unit_end : ctx.sentence[1]], maxsplit=1)[0]
    return not _DAMAGE_WORDS.search(own)


# Where a handed-out item's own words end: the next item, or whom or what it is for.
_ITEM_WORDS_END = re.compile(r"[,;:()]|\.(?!\d)|\b(?:cho|để|tới|đến|và)\b", _I)


def _not_yet(ctx: FigureContext) -> bool:
    """At risk or forecast: said in the figure's own clause, or later in its sentence before any word
    of damage done ("gần 2.500 ha ... và hơn 1.000 ha lúa ... đang đối mặt với nguy cơ mất trắng"),
    or what a condition in its sentence would bring."""
    before = ctx.before
    # the clause is the end of ``before``, and neither pattern tests what stands before its match (no
    # lookbehind, anchor or \B; its \b's fall inside it): one that matches in the clause matches in
    # ``before``, so the clause is cut out only when one of them is there at all
    if (_FORECAST.search(before) or _AT_RISK.search(before)) and (
        _FORECAST.search(own := ctx.clause_before(r"[;,.\n]")) or _AT_RISK.search(own)
    ):
        return True
    if "ếu" in ctx.before and _CONDITIONAL.search(ctx.before):
        return True
    if _FORECAST_LEAD.match(ctx.sentence_text):
        return True  # "Dự kiến diện tích phải dừng sản xuất ... là 9.632ha; ước thiệt hại 48 tỷ đồng"
    # back to the part's semicolon, or to a line that ends without a full stop (joined by two spaces)
    part_start = max(ctx.text.rfind(mark, ctx.sentence[0], ctx.start) for mark in ("\n", "  ", ";"))
    if _FUTURE.search(ctx.text, max(ctx.sentence[0], part_start + 1), ctx.start):
        return True  # "toàn vùng sẽ có khoảng 332.000 ha lúa, trên 136.000ha cây ăn quả bị ảnh hưởng"
    after = ctx.text[ctx.unit_end : ctx.sentence[1]]
    risk = _AT_RISK.search(after)
    if risk is None:
        return False
    part = _OF_WHICH.search(after, 0, risk.start())
    if part and _DIGIT.search(after, part.end(), risk.start()):
        return False  # "khiến 2.000 ha lúa thiếu nước, trong đó 450 ha có nguy cơ mất trắng": the part's risk
    own = ctx.clause_before(r"[;,.\n]")
    if _a_part_of_damage_done(ctx.before, own):
        return False  # "có 1.920 ha cây trồng bị hạn, trong đó 410 ha có nguy cơ mất trắng": hit, then at risk of worse
    hit = _HIT_JUST_BEFORE.search(own) or _HIT_BEFORE.search(own) or _names_damage(_enclosing_head(ctx))
    if hit and _NEXT_CLAUSE.search(after, 0, risk.start()):
        # "cuốn trôi 6 căn nhà, hàng chục căn nhà khác có nguy cơ bị cuốn trôi": the figure's own
        # verb says it was hit; the risk of a later clause is about something else. So for a place
        # in a breakdown whose head was hit ("20 nhà bị nứt (gồm 12 nhà ở xã A, trong đó 2 nhà có
        # nguy cơ sập)"); so for a consequence it brought ("vùi lấp 3 ngôi nhà khiến cả xóm có nguy cơ bị cô lập")
        return False
    return _DONE.search(after, 0, risk.start()) is None


def _a_part_of_damage_done(before: str, own: str) -> bool:
    """Is the figure whose sentence reads ``before`` up to it (``own`` its clause) a part, after "trong đó" or
    "riêng", of a count its clause before says was hit ("1.920 ha cây trồng bị hạn, trong đó 410 ha ...")? Such a
    part was hit with its whole, whatever risk its own words add (not a part of a count at risk: "1.920 ha có nguy cơ
    bị hạn, trong đó 410 ha ...")."""
    head = before[: len(before) - len(own)].rstrip(" ,")
    if not _DETAIL_OPENING.match(own):
        # ("..., trong đó, 410 ha": the detail's word stands as a clause of its own)
        detail = _DETAIL_CLOSING.search(head)
        if detail is None:
            return False
        head = head[: detail.start()].rstrip(" ,")
    counted = _CLAUSE_MARK.split(head)[-1]
    return bool(_DIGIT.search(counted) and _DONE.search(counted)) and not _AT_RISK.search(counted)


# The word of a detail standing last in the words before its figure, after its comma ("..., trong đó, 410 ha")
_DETAIL_CLOSING = re.compile(r",\s*(?:trong\s+đó|riêng)\s*\Z", _I)


# Where a later clause begins after a figure: a comma or semicolon, or a consequence ("khiến", "làm cho").
_NEXT_CLAUSE = re.compile(r"[,;]|\bkhiến\b|\blàm\s+cho\b", _I)


# A verb of harm done right before the figure ("cuốn trôi 6 căn nhà", "bị vùi lấp 3 nhà").
_HIT_JUST_BEFORE = re.compile(r"(?:" + word_source("agent_verbs") + r"|" + _DONE.pattern + r")\s*\S{0,8}\s*$", _I)


# Where the words said of a stock end: the sentence, or a turn to another subject ("..., nhưng", "..., trong đó").
_STOCK_CLAUSE_END = re.compile(r";|\.(?!\d)|,\s*(?:nhưng|song|tuy\s+nhiên|trong\s+đó|còn)\b", _I)
# A whole place and what it has ("Toàn thôn có", "cả xã hiện có khoảng"): the count that follows is a stock.
def _said_to_be_hit(words: str) -> bool:
    """Do the words after a count say it was hit: a word of damage done, or what befell people (``mất tích``, taken to
    hospital)?"""
    return bool(_DONE.search(words) or _ANY_PERSON_IMPACT.search(words) or _TREATED.search(words))


_WHOLE_PLACE_HAS = re.compile(
    r"\b(?:toàn|cả)\s+(?:thôn|bản|làng|xóm|ấp|tổ|khu|" + UNIT_WORDS + r")\b[^,.;:\d]{0,25}?"
    rf"\s(?:hiện\s+)?có\s+(?:(?:{HEDGE_WORDS}|tổng\s+(?:số\s+)?)\s*)?$",
    _I,
)
_FOUND_AGAIN = re.compile(rf"tìm\s+(?:lại\s+|thấy\s+)?được\s*(?:(?:{HEDGE_WORDS})\s*)?$", _I)
# Boats and crews reached again after they lost contact ("đã liên lạc được (với) 2 tàu", "liên lạc lại được với 3 tàu
# cùng 14 ngư dân"): safe, no damage; not those still out of reach ("chưa liên lạc được")
_REACHED_AGAIN = re.compile(
    rf"(?<!chưa\s)(?<!không\s)liên\s+lạc\s+(?:lại\s+)?được\s+(?:với\s+)?(?:(?:{HEDGE_WORDS}|tất\s+cả)\s+)?$", _I
)

# The length of a work said as its size ("tuyến kè dài 1km", "đoạn kè ... với tổng chiều dài gần 1,5km"): when its
# sentence speaks of a dyke or of building, and its own clause names no damage ("kè chống sạt lở" is the work's
# purpose), it measures the work, not what a disaster destroyed ("kè bị sạt lở dài 50m" still is damage).
_LENGTH_SAID = re.compile(rf"\bdài\s*(?:là\s*)?(?:(?:{HEDGE_WORDS})\s*)?$", _I)
# "chiều dài bờ biển 134 km": the length of what is named between (read like "dài", but never with a work alone)
_LENGTH_OF = re.compile(rf"\bchiều\s+dài\b[^\W\d]*(?:\s+[^\W\d]+){{0,4}}\s*(?:là\s*)?(?:(?:{HEDGE_WORDS})\s*)?$",
                        _I)
# A length a place has ("Tỉnh có 254 km bờ biển", "huyện có hơn 40 km đê"): what there is, unless its own clause
# says it was hit ("có 3 km đường bị ngập")
_HAS_LENGTH = re.compile(rf"\bcó\s+(?:(?:{HEDGE_WORDS}|tổng\s+cộng)\s+)?$", _I)
_PART_END_MARKS = r"[;,.\n]|\s{2}"  # (a line run into the next one is joined by two spaces)
_PART_END = re.compile(_PART_END_MARKS)
_WORK_BUILT = re.compile(r"\bkè\b|\bxây\b|\bđầu\s+tư\b|\btriển\s+khai\b|\bthi\s+công\b", _I)


# What a work protects or is built against: "bảo vệ trên 300 ha đất sản xuất", "5 công trình phòng chống sạt lở"
_PROTECTED_BEFORE = re.compile(rf"\bbảo\s+vệ\s*(?:(?:{HEDGE_WORDS}|cho)\s*)*$", _I)
_AGAINST_NEXT = re.compile(r"\s*(?:phòng,?\s+)?chống\s+(?!chịu)|\s*ngăn\s+(?:chặn\s+)?(?:lũ|triều|mặn|sạt)", _I)
# A work named after the count of works, built against a hazard ("6 công trình kè chống sạt lở", "3 tuyến đê bao
# chống lũ", the works: data/words/works_against_a_hazard.csv): what was built, unless the rest of its clause says it
# was hit ("... kè chống sạt lở bị hư hỏng")
_WORK_AGAINST_NEXT = re.compile(
    r"\s*(?:" + word_source("works_against_a_hazard") + r")\b[^,;.\d]{0,20}?\s(?:phòng,?\s+)?chống\s+(?!chịu)", _I)


# What a work serves: "cung cấp nước tưới cho 550 ha", "tiêu thoát nước cho khoảng 1.200 ha", "tưới tiêu cho 80 ha"
_SERVED_BEFORE = re.compile(
    rf"\b(?:tưới(?:\s+tiêu)?|tiêu\s+(?:thoát\s+nước|úng)|cấp\s+nước)\s*(?:(?:{HEDGE_WORDS}|cho)\s*)*$", _I
)


# Whom a work keeps safe or lives better, named after a list of what it protects: "bảo vệ nhà cửa, tài sản của
# khoảng 500 hộ và 20 cơ sở", "cải thiện điều kiện sống cho hơn 100 hộ dân" (the beneficiaries, not damage)
_BENEFICIARIES_BEFORE = re.compile(
    r"\b(?:bảo\s+vệ|(?:cải\s+thiện|nâng\s+cao)\s+(?:điều\s+kiện\s+sống|đời\s+sống))\b[^;.:!?\n]{0,80}?"
    r"\b(?:của|cho)\s(?:[^;.:!?\n]|\.(?=\d)){0,60}$",
    _I,
)


# What was kept from harm before or while it struck: "che chắn chuồng trại cho 12.000 con gia súc", "chằng chống
# cho 1.500 ngôi nhà" (what was sheltered, not what was hit)
_KEPT_FROM_HARM_BEFORE = re.compile(
    r"\b(?:" + word_source("kept_from_harm") + rf")\b[^;.:!?\n\d]{{0,60}}?\bcho\s+(?:(?:{HEDGE_WORDS})\s+)?$", _I)


def _beneficiaries(ctx: FigureContext) -> bool:
    part = ctx.before[-150:]
    if "bảo vệ" not in part and "sống" not in part:
        return False
    return _BENEFICIARIES_BEFORE.search(part) is not None and not damage_modes(ctx.clause_before(r"[;,.\n]"))


def _protected_or_against(ctx: FigureContext) -> bool:
    near = ctx.before[-30:]
    return (
        ("bảo" in near and _PROTECTED_BEFORE.search(near) is not None)
        or _beneficiaries(ctx)
        or ("cho" in near and _KEPT_FROM_HARM_BEFORE.search(ctx.before[-100:]) is not None)
        or (("tưới" in near or "tiêu" in near or "cấp" in near) and _SERVED_BEFORE.search(near) is not None)
        or (_AGAINST_NEXT.match(ctx.text, ctx.unit_end) is not None and not _hit_in_its_own_words(ctx))
        or _built_against(ctx)
    )


def _hit_in_its_own_words(ctx: FigureContext) -> bool:
    """Do the words after the count, to the next comma, say it was hit ("5 cống ngăn mặn bị hư hỏng")?"""
    return _DONE.search(_HEAD_SPLIT.split(ctx.text[ctx.unit_end : ctx.sentence[1]], maxsplit=1)[0]) is not None


def _built_against(ctx: FigureContext) -> bool:
    """Does the count name works built against a hazard, and its clause say nothing of them hit (the verb before
    them, "làm hư hỏng 4 công trình kè chống sạt lở", or after, "... bị vỡ"; the hazard named after "chống" is no
    damage)?"""
    work = _WORK_AGAINST_NEXT.match(ctx.text, ctx.unit_end)
    if work is None:
        return False
    rest = _CLAUSE_END_RE.split(ctx.text[work.end() : ctx.sentence[1]], maxsplit=1)[0].split(",", 1)[0]
    verb = _DIGIT.split(ctx.before[-30:])[-1]
    return not _DONE.search(rest) and not _DONE.search(verb) and not damage_modes(verb)


def _size_of_a_work(ctx: FigureContext) -> bool:
    if ctx.unit != "km":
        return False
    near = ctx.before[-40:]
    of = None
    if "có" in near and _HAS_LENGTH.search(near) and not _OF_WHICH.search(near):
        # (not a part of a length hit: "ngập 45 km đường, trong đó có 12 km quốc lộ")
        return _names_nothing_hit(ctx.clause_before(_PART_END_MARKS)
                                  + _PART_END.split(ctx.text[ctx.unit_end : ctx.sentence[1]], maxsplit=1)[0])
    if "dài" not in near or not (_LENGTH_SAID.search(near) or (of := _LENGTH_OF.search(near))):
        return False
    if of or not _WORK_BUILT.search(ctx.text, ctx.sentence[0], ctx.start):
        # "bờ biển Tây dài 147 km", "Tuyến đê ... dài 12 km đã được nâng cấp": a length said in a part of its
        # sentence that names nothing hit, up to the figure's clause's end, measures the shore or the work ("Sông
        # Tiền dài 120 km, có 12 điểm sạt lở": the spots are the next clause's; "Đường bị sạt lở, đoạn dài 50 m"
        # still is damage)
        part_start = max(ctx.text.rfind(mark, ctx.sentence[0], ctx.start) for mark in (";", "  ", "\n")) + 1
        after = _PART_END.split(ctx.text[ctx.unit_end : ctx.sentence[1]], maxsplit=1)[0]
        return _names_nothing_hit(ctx.text[max(part_start, ctx.sentence[0]) : ctx.start] + after)
    return not damage_modes(ctx.clause_before(r"[;,.\n]"))


# Works or land there are ("các công trình hiện hữu: 14 km kè biển, 6 cống", "huyện hiện có 42 km đê sông")
_EXISTING = re.compile(r"\bhiện\s+(?:hữu|có)\b", _I)
_EXISTING_UNITS = frozenset(("km", "count", "m3", "ha"))


def _listed_as_existing(ctx: FigureContext) -> bool:
    """A figure of what a list says there is ("các công trình hiện hữu gồm 8 km kè và 2 cống vẫn an toàn"), in a part
    of its sentence whose words from "hiện hữu" to the figure's clause's end name nothing hit."""
    if ctx.unit not in _EXISTING_UNITS:
        return False
    part_start = max(ctx.sentence[0], *(ctx.text.rfind(mark, ctx.sentence[0], ctx.start) + 1 for mark in (";", "\n")))
    before = ctx.text[part_start : ctx.start]
    if "hiện" not in before:
        return False
    existing = [m.end() for m in _EXISTING.finditer(before)]
    if not existing:
        return False
    end = _STOCK_CLAUSE_END.search(ctx.text, ctx.unit_end, ctx.sentence[1])
    part = before[existing[-1] :] + ctx.text[ctx.unit_end : end.start() if end else ctx.sentence[1]]
    # ("hiện có 3.200 ha lúa thiếu nước": fields said to be short of water, dried or flooded are hit)
    return _names_nothing_hit(part) and not (ctx.unit == "ha" and _FIELD_HIT.search(part))


def _names_nothing_hit(part: str) -> bool:
    if "chết" in part:
        part = _DEAD_STORAGE.sub(" ", part)
    return not (damage_modes(part) or _DONE.search(part) or _names_damage(part))


# The water a work holds ("dung tích", "mực nước", "lượng nước"): a reservoir's stock in a dry spell, no damage to it
_WATER_HELD = re.compile(r"\b(?:dung\s+tích|mực\s+nước|lượng\s+nước|(?:trữ\s+lượng|nguồn)\s+nước)\b", _I)
# A reservoir's dead storage ("35 hồ chứa ở mức chết", "xuống dưới mực nước chết"): how low the water is, nothing died
_DEAD_STORAGE = re.compile(r"(?:mực\s+nước|mức|dung\s+tích)\s+chết\b", _I)


# A line that gives only the time the damage below it was counted, under a bulletin's heading ("(Tính đến 16
# giờ ngày 05/11/2025)", "Số liệu cập nhật đến 7h00 ngày 12/10/2024:", "I. TÌNH HÌNH THIỆT HẠI (tính đến 15h
# ngày 2/10)", "Tổng hợp thiệt hại đến 17h00 ngày 29/9/2025:"); a section heading ("II. CÔNG TÁC ỨNG PHÓ",
# "PHẦN II") ends what it dates
# The end of a line as the text was written: the clean text's line end, or the two spaces it put for a line break and
# a blank line it joined ("(Cập nhật đến 6h00 ngày 3/11)  Trong 24 giờ qua, ...")
_LINE_END_AS_WRITTEN = r"(?:[^\S\n]*$|(?=[^\S\n]{2}))"
# ("Tình hình ứng phó với bão số 13 (đến 19 giờ ngày 06/11/2026)": a title's bracket that opens on "đến" says the same)
_AS_OF_WORDS = r"(?:\b(?:tính|cập\s+nhật|số\s+liệu|thống\s+kê|tổng\s+hợp|thiệt\s+hại)\s+|\(\s*)(?:đến|tới)\b"
_AS_OF_LINE = re.compile(r"(?im)^[^\n]{0,160}?" + _AS_OF_WORDS + r"[^\n]{4,60}?" + _LINE_END_AS_WRITTEN)
# A rolling update's line, dated by its hour ("Cập nhật lúc 17 giờ ngày 29/9/2025:", "Số liệu lúc 7h ngày 30/9:"),
# the day it counts to (the periods read "đến ... ngày" as an as-of day, not "lúc"); a title may run into it
# ("Cập nhật: Lúc 17h00 ngày 12/9/2025"; the hour alone in brackets or opening its line, "(Lúc 17h00 ngày 12/9/2025)",
# "Lúc 17h00 ngày 12/9/2025:", where the line ends after the day: a sentence goes on past it, "Lúc 17h ..., bão ...")
_UPDATED_WORDS = (r"(?:\b(?:cập\s+nhật|số\s+liệu|tổng\s+hợp|thống\s+kê)(?:\s+thiệt\s+hại)?(?:\s*[:\-–])?"
                  r"\s+(?:vào\s+)?lúc|\(\s*lúc|(?-i:\bLúc|\bLÚC))\s+")
_UPDATED_AT_LINE = re.compile(
    r"(?im)^(?P<lead>[^\n]{0,160}?)" + _UPDATED_WORDS +
    r"\d{1,2}\s*(?:h|giờ)(?:\s*\d{2}(?:\s*phút)?)?(?:\s+(?:sáng|trưa|chiều|tối))?\s+ngày\s+(?P<day>\d{1,2})\s*/\s*"
    r"(?P<month>\d{1,2})(?:\s*/\s*(?P<year>\d{4}))?[^\S\n]*\)?[^\S\n]*:?" + _LINE_END_AS_WRITTEN)
# Where the two kinds of line are looked for: on the lines where their words stand. Each pattern opens on a line's
# start and reads no line break before its words (``[^\n]{0,160}?``), so a match starts on the line where its
# words start; its words match there as they do alone (the same text before them for ``\b``). ``_dated_lines``
# tries the pattern at those lines' starts only: the same matches as a scan of every line, which tried the
# words at each of a line's first 160 characters.
_DATING_WORDS = guarded(re.compile(f"{_AS_OF_WORDS}|{_UPDATED_WORDS}", _I))
_SECTION_LINE = re.compile(r"(?m)^[^\S\n]*(?:[IVX]{1,4}[.)]|PHẦN\s)")
_DAMAGE_SECTION = re.compile(r"[^\S\n]*(?:TÌNH\s+HÌNH\s+)?THIỆT\s+HẠI\b", _I)
_LIST_MARK = re.compile(r"\s*" + NUMBERED_MARK)
_STORM_NUMBER = re.compile(r"\b(?:bão|atnđ|áp\s+thấp(?:\s+nhiệt\s+đới)?)\s+(?:số\s+)?\d+", _I)  # a name, no figure
# a year named in a title run into the line ("Tình hình thiệt hại do bão số 5 năm 2025 Số liệu lúc ..."): no figure
_YEAR_NAMED = re.compile(r"\bnăm\s+(?:19|20)\d{2}\b", _I)


@per_document(maxsize=8)
def _counted_as_of(document: str, year: int | None) -> tuple[tuple[int, dt.date | None], ...]:
    """(line end, day) of the lines that date the damage below them, and (line end, None) of the
    section headings that end their reach, in the order of the text; none at all in a text without such a line
    (most of them: the headings then end nothing, and are not looked for)."""
    marks: list[tuple[int, dt.date | None]] = []
    lines = _dated_lines(document)
    for m in matches_tried_at(_AS_OF_LINE, document, lines):
        line = m.group()
        phrases = find_period_phrases(line, year)
        days = [p.as_of for p in phrases if p.kind == "as_of" and p.as_of is not None]
        if not days:
            continue
        # no figure on the line: nothing but its dates and a list mark ("Tình hình thiệt hại do mưa lũ từ ngày
        # 28/10 đến ngày 03/11/2025 (Tính đến 16 giờ ngày 05/11/2025)", a title run into its as-of line)
        bounds = [0, *(at for p in phrases for at in (p.start, p.end)), len(line)]
        rest = "".join(line[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True))
        mark = _LIST_MARK.match(rest)
        rest = rest[mark.end() :] if mark else rest
        if not _DIGIT.search(_STORM_NUMBER.sub("", rest)):
            marks.append((m.end(), days[-1]))
    # ("úc" of "lúc" in any case: "Lúc 17h00 ngày 12/9/2025", "LÚC 7 GIỜ")
    updates = matches_tried_at(_UPDATED_AT_LINE, document, lines) if "úc" in document or "ÚC" in document else ()
    for m in updates:
        if _DIGIT.search(_YEAR_NAMED.sub("", _STORM_NUMBER.sub("", m.group("lead")))):
            continue  # (a figure before it on its line: a sentence that says when, not a line that dates the list)
        year_of = int(m.group("year")) if m.group("year") else year
        if year_of is not None:
            try:
                marks.append((m.end(), dt.date(year_of, int(m.group("month")), int(m.group("day")))))
            except ValueError:
                continue  # (no such day: "ngày 31/9")
    if not marks:
        return ()
    # (a section of the damage itself, "I. THIỆT HẠI" under the as-of line, is what the line dates)
    marks += [(m.end(), None) for m in _SECTION_LINE.finditer(document) if not _DAMAGE_SECTION.match(document, m.end())]
    # (a heading that carries the day itself dates what is under it: the day sorts after its heading's end)
    return tuple(sorted(marks, key=lambda mark: (mark[0], mark[1] is not None)))


def _dated_lines(document: str) -> list[int]:
    """The starts of the lines where ``_DATING_WORDS`` match (at every place they do: each search goes on from
    the character after the last match's start, so no match hides another)."""
    starts: set[int] = set()
    m = _DATING_WORDS.search(document)
    while m:
        starts.add(document.rfind("\n", 0, m.start()) + 1)
        m = _DATING_WORDS.search(document, m.start() + 1)
    return sorted(starts)


def _bulletin_as_of(ctx: FigureContext) -> dt.date | None:
    """The day of the line above that dates the damage, for a figure whose sentence gives none."""
    if not ctx.document:
        return None
    marks = _counted_as_of(ctx.document, ctx.year)  # (once a document: the string's hash is kept)
    at = bisect_right(marks, ctx.offset + ctx.start, key=lambda mark: mark[0])
    if not at or marks[at - 1][1] is None:
        return None
    # (the sentence's words after the line, when the clean text joined it to the line: "(Cập nhật đến 6h ngày 3/11)
    # Trong 24 giờ qua, ...")
    sentence = ctx.text[max(ctx.sentence[0], marks[at - 1][0] - ctx.offset) : ctx.sentence[1]]
    if ("đến" in sentence or "tới" in sentence) and any(
            p.kind == "as_of" and p.as_of is not None for p in find_period_phrases(sentence, ctx.year)):
        return None  # "tính đến ngày 10/3, hạn hán đã làm ...": the sentence's own day ("đến nay" names none)
    return marks[at - 1][1]


# How many sentences back in its paragraph a figure's sentence, saying no time of its own, looks for the day the
# damage was counted to
_SENTENCES_DATED_BACK = 4
# A paragraph's end as the clean text joined it to the next: two spaces for the line break and the blank line
_PARAGRAPH_JOINED = re.compile(r"[^\S\n]{2}")


@per_document()
def _period_phrases_of(sentence: str, year: int | None) -> tuple[PeriodPhrase, ...]:
    """The period phrases of one sentence, read once per document however many of its figures ask (a tuple: the
    cache's answer is shared)."""
    return tuple(find_period_phrases(sentence, year))


def _time_said_before(ctx: FigureContext) -> PeriodPhrase | None:
    """The time an earlier sentence of the figure's paragraph counted the damage to ("Theo báo cáo nhanh, đến 6 giờ
    ngày 21/7, bão đã làm 2 người chết. Có 1.300 nhà bị tốc mái.") or over ("Từ ngày 12 đến ngày 14/9, mưa lũ làm 2
    người chết. Có 150 nhà bị ngập.": the event's days, not the report's month), when neither the figure's sentence
    nor any sentence between says a time of its own; None when the nearest sentence that says a time says another."""
    if not ctx.document or _period_phrases_of(ctx.sentence_text, ctx.year):
        return None
    at, phrases = _said_before(ctx, ctx.offset + ctx.sentence[0])
    if not phrases or not all(map(_days_of_an_event, phrases)):
        return None
    said = phrases[-1]
    # ("Đợt mưa lũ từ ngày 16/9 đến 19/9 …. Riêng ngày 19/9, thêm 5 người bị thương. Mưa lũ làm 48 nhà bị ngập.": one
    # day inside the event's days said earlier is a part of the event; a toll after it with no time is the event's)
    while said.kind == "day" and said.period is not None and said.period.start == said.period.end:
        at, earlier = _said_before(ctx, at)
        if not earlier:
            break
        if any(p.period is not None and p.period.start < p.period.end and p.period.start <= said.period.start
               <= p.period.end for p in earlier):
            return None
    return said


def _days_of_the_event_before(ctx: FigureContext) -> tuple[dt.date, dt.date] | None:
    """The days of the event an earlier sentence of the figure's paragraph tells of, when the damage is said to be
    counted only to a day within or soon after them, by the figure's sentence or one before it ("Từ ngày 12 đến ngày
    14/9, trên địa bàn có mưa to. Đến 17 giờ ngày 14/9, mưa lũ đã làm 2 người chết. Có 150 nhà bị ngập.": the damage
    of those days, counted to the 14th); else None."""
    if not ctx.document:
        return None
    at = ctx.offset + ctx.sentence[0]
    counted = _period_phrases_of(ctx.sentence_text, ctx.year)
    if not counted:
        at, counted = _said_before(ctx, at)
    if not counted or not all(p.kind == "as_of" and p.period is None and p.as_of is not None for p in counted):
        return None
    _, told = _said_before(ctx, at)
    if not told or not all(map(_days_of_an_event, told)) or (days := told[-1].period) is None:
        return None
    return (days.start, days.end) if all(days.start <= p.as_of <= days.end + _COUNTED_AFTER for p in counted) else None


# How long after an event's last day its damage may still be counted to as that event's
_COUNTED_AFTER = dt.timedelta(days=7)


def _days_of_an_event(phrase: PeriodPhrase) -> bool:
    """Does ``phrase`` say days (counted to, or the days of the event: "Trong 2 ngày 12 và 13/9"), not a month or a
    year, which may be the report's own?"""
    return (phrase.kind == "as_of" and phrase.as_of is not None) or (phrase.kind == "day" and phrase.period is not None)


def _said_before(ctx: FigureContext, start: int) -> tuple[int, tuple[PeriodPhrase, ...]]:
    """Where the nearest sentence of the figure's paragraph before the document's offset ``start`` that has period
    phrases starts, and its phrases, up to ``_SENTENCES_DATED_BACK`` sentences back; (``start``, ()) when there is
    none before the paragraph's start."""
    story = story_of(ctx.document)
    below = bisect_left(story.starts, start)
    for i in range(below - 1, max(below - 1 - _SENTENCES_DATED_BACK, -1), -1):
        sentence_start, sentence_end = story.sentences[i]
        between = ctx.document[sentence_start:start]
        between = between[len(between.rstrip()) :]  # (the blank after the sentence, which its span may hold)
        if "\n" in between or _PARAGRAPH_JOINED.search(between):
            break  # (another paragraph: its time is its own)
        phrases = _period_phrases_of(ctx.document[sentence_start:sentence_end], ctx.year)
        if phrases:
            return sentence_start, phrases
        start = sentence_start
    return start, ()


def _kinds_counted_before(ctx: FigureContext) -> list[str]:
    """The kinds of disaster the nearest earlier sentence counts events of ("xảy ra 3 đợt mưa lũ, 1 cơn bão") or says
    happened ("xảy ra mưa to kèm dông lốc, mưa đá"), close before the figure's sentence; none when no sentence there
    does, or when the figure sums a longer run than those events (``_sums_a_longer_run``)."""
    counted = _counted_sentence_before(ctx)
    if counted is None or _sums_a_longer_run(ctx, counted):
        return []
    story = story_of(ctx.document)
    # (not how its things were hit: "17 đợt thiên tai, làm ...; 1.800 ha lúa bị ngập úng" counts no flood)
    return _of_kinds_named(hazards_in(_blank(ctx.document[counted[0] : counted[1]], _PASSIVE), story))


def _kinds_told_right_before(ctx: FigureContext) -> list[str]:
    """``_kinds_counted_before`` when the sentence that counts or tells them ends right where the figure's starts."""
    counted = _counted_sentence_before(ctx)
    if counted is None or ctx.document[counted[1] : ctx.offset + ctx.sentence[0]].strip():
        return []
    return _kinds_counted_before(ctx)


def _counted_sentence_before(ctx: FigureContext) -> tuple[int, int] | None:
    """The span of the nearest earlier sentence that counts events or says a hazard happened (see
    ``_kinds_counted_before``), else None."""
    story = story_of(ctx.document)
    own_start = ctx.offset + ctx.sentence[0]
    # (not across the heading of a section on something else: "3. Trật tự an toàn xã hội" over "Xảy ra 3 vụ cháy nhà
    # dân, thiệt hại ước 1,2 tỷ đồng" after the section on the cold's damage)
    section = ctx.document.rfind(ctx.heading, 0, ctx.offset + ctx.start) if _on_other_topic(ctx) else -1
    for i in range(bisect_left(story.starts, own_start) - 1, -1, -1):
        a, b = story.sentences[i]
        if own_start - b > _LOOKBACK or b <= section:
            break
        if story.hazard_near(a, b) and (_EVENT_COUNT.search(ctx.document, a, b) or _HAPPENS.search(ctx.document, a, b)
                                        or _LASTED.search(ctx.document, a, b) or _had_weather(ctx.document, a, b)):
            # (nor from a section on another topic: "4. Quản lý bảo vệ rừng: ... 03 vụ cháy rừng")
            return None if _in_a_section_before(ctx.document, a, own_start) else (a, b)
    return None


# A hazard said to have lasted or taken place ("Đợt rét đậm, rét hại kéo dài từ ngày 20/1", "nắng hạn diễn ra trong
# 2 tháng"): the event stated, as "xảy ra" states it, for the damage told in the sentences after it
_LASTED = re.compile(r"kéo\s+dài|diễn\s+ra", _I)
# "có" right before a hazard ("trên địa bàn tỉnh có mưa to đến rất to", "chiều 3/5 có dông lốc"): the weather a place
# had, the event stated as "xảy ra" states it
_HAD = re.compile(r"\bcó\s+", _I)


def _had_weather(document: str, a: int, b: int) -> bool:
    """Does ``document[a:b]`` say a place had a hazard ("có" right before its word)? Not a forecast's ("Dự báo
    đêm nay có mưa to"): it foresees weather, it tells of none."""
    if _OUTLOOK.search(document, a, b):
        return False
    # (the words right after "có": a hazard's word opens within them)
    return any(_ANY_HAZARD.match(document[m.end() : min(b, m.end() + 40)].lower())
               for m in _HAD.finditer(document, a, b))


# A toll summed over a longer run ("Lũy kế từ đầu năm 2025 đến nay, thiên tai đã làm 18 người chết", "Tính chung cả
# năm, ..."): disasters in general, of all the kinds there were, not those of the last event the text counted
_CUMULATIVE = re.compile(r"\b(?:(?:lũy|luỹ)\s+kế|tính\s+chung|cộng\s+dồn)\b", _I)
# ... and so is a toll since the year's start ("Từ đầu năm đến nay, thiên tai đã làm 4 người chết") after events counted
# over a shorter run ("Trong tháng, xảy ra 1 cơn bão và 2 đợt lũ quét"); not after events counted since the year's
# start as well ("6 tháng đầu năm, xảy ra 3 đợt rét"), which are the toll's
_YEAR_TO_DATE = re.compile(r"\btừ\s+đầu\s+năm\b", _I)
_SHORTER_RUNS = frozenset(("this_month", "month", "this_quarter", "quarter", "month_before", "day"))
# A sentence's own period before its figure ("Tổng thiệt hại trong tháng ...", "... tháng 10 ..."): not the run a
# cumulative toll before it summed
_OWN_SHORTER_RUN = re.compile(r"\b(?:tháng|tuần|quý|kỳ|đợt|trận)\b", _I)


def _a_toll_of_the_year_paragraphs_before(ctx: FigureContext, a: int, end: int, own_start: int) -> bool:
    """The sentence at ``a``..``end`` sums a toll over a longer run ("Lũy kế từ đầu năm ...", "Tính chung ...") and a
    paragraph ends between it and the figure's sentence at ``own_start``: its cause is that toll's alone."""
    return "\n" in ctx.document[end:own_start] and bool(_CUMULATIVE.search(ctx.document, a, end))


def _longer_run(ctx: FigureContext, text: str, counted: tuple[int, int] | None) -> bool:
    """Does ``text`` sum a toll over a longer run than the events the sentence at ``counted`` counts?"""
    if _CUMULATIVE.search(text):
        return True
    if "đầu" not in text or counted is None or not _YEAR_TO_DATE.search(text):
        return False
    runs = find_period_phrases(ctx.document[counted[0] : counted[1]], ctx.year)
    return any(run.kind in _SHORTER_RUNS for run in runs)


def _sums_a_longer_run(ctx: FigureContext, counted: tuple[int, int] | None) -> bool:
    """The figure sums a toll over a longer run than the events counted at ``counted``: its sentence says so before it,
    or it is the loss that sums up such a toll right before it (``_sums_a_cumulative_toll``)."""
    return _longer_run(ctx, ctx.before, counted) or _sums_a_cumulative_toll(ctx, story_of(ctx.document), counted)


def _sums_a_cumulative_toll(ctx: FigureContext, story: Story, counted: tuple[int, int] | None) -> bool:
    """A loss in money of a sentence that opens on the total or the loss ("Tổng giá trị thiệt hại ...", "Ước thiệt
    hại ...") right after a sentence that sums a toll over a longer run ("Lũy kế từ đầu năm, thiên tai đã làm 6
    người chết ..."), naming no shorter run of its own: the worth of that toll."""
    if ctx.unit not in ("VND", "USD"):
        return False
    opening = ctx.sentence_text[:80]
    if not (("ổng" in opening and _OPENS_ON_TOTAL.match(opening))
            or ("hại" in opening and _OPENS_ON_LOSS.match(opening))):
        return False
    if _OWN_SHORTER_RUN.search(ctx.before):
        return False
    i = bisect_left(story.starts, ctx.offset + ctx.sentence[0]) - 1
    if i < 0:
        return False
    a, b = story.sentences[i]
    before = ctx.document[a:b]
    return _DIGIT.search(before) is not None and _names_damage(before) and _longer_run(ctx, before, counted)


# An earthquake and its tremors ("động đất 3,8 độ, rung lắc cấp IV, làm 2 nhà bị nứt tường"): a disaster of no kind the
# contract names, not the kinds of the events the text counted before it. Its words are the hazard table's rows of no
# named kind other than disasters in general ("thiên tai" after a count of events is those events)
_QUAKE = [pattern for names, pattern in HAZARD_WORDS if names == (IN_GENERAL,) and not pattern.search("thiên tai")]


def _kinds_the_summary_tells(ctx: FigureContext) -> list[str]:
    """The kinds of disaster a toll of disasters in general with no kind named or counted before it tells by how its
    things were hit, from "thiên tai" to its paragraph's end ("Từ đầu năm, thiên tai đã làm 7 người chết, ...; 850 ha
    lúa bị ngập úng, 4 km đường bị sạt lở. Tổng thiệt hại 145 tỷ đồng": flood and landslide, for every row of the
    summary, as the gold reads a summary by the kinds it tells); none when it tells none."""
    lowered = ctx.text.lower()
    at = lowered.rfind("thiên tai", 0, ctx.start)
    if at < 0:
        return []
    # (to a later sentence that tells an incident of no hazard: "... thiệt hại 410 tỷ đồng. Xảy ra 36 vụ cháy, làm 1
    # người chết; 4 vụ cháy rừng, thiệt hại 12,5 ha" tells another story, whose burnt forest is no kind of the summary)
    end = min(_incidents_of_no_hazard(lowered, ctx.sentence[1]), default=len(lowered))
    # (not what a risk or a forecast names: "bố trí dân cư ở vùng có nguy cơ cao xảy ra sạt lở đất" tells no slide)
    told = _blank(ctx.text[at:end], _OUTLOOK)
    return _of_kinds_named(damage_modes(told, story_of(ctx.document) if ctx.document else None))


# The hazards that blow (a roof off, a tree down), and those that do not, lent to a figure beside them
_WINDS = frozenset(("storm", "whirlwind"))
_WINDLESS = frozenset(("cold", "drought", "wildfire"))


def _blown_down(ctx: FigureContext) -> bool:
    """Do the figure's own words say the wind hit it ("156 nhà bị tốc mái", "gãy đổ 150 cây"), or those of the figure
    it details ("1.045 nhà bị sập, tốc mái, trong đó 87 căn sập hoàn toàn"), in a part of its sentence (to its
    semicolons) that names none of the hazards that do not blow?"""
    own = " ".join((*_own_clause(ctx), _detailed_words(ctx)))
    if not _WIND_DAMAGE.search(own):
        return False
    part = ctx.clause_before(_CLAUSE_END) + ctx.text[ctx.start : ctx.unit_end] + _own_clause_after(ctx)
    return not _WINDLESS.intersection(hazards_in(part))


# The hazards that leave homes standing: households they hit are not homes hit
_HOMES_SPARED = frozenset(("drought", "cold"))


# A figure said again of another time as "this number" ("năm 2025, con số này là 9 người", "con số tương ứng của năm
# trước là 30 nhà", "con số đó năm 2024 là"): it counts what the figure it refers to counts
_SAME_FIGURE_BEFORE = re.compile(
    rf"\b[Cc]on\s+số\s+(?:này|đó|trên|tương\s+ứng)\b(?:[^;:.\d]|(?<=năm\s)(?:19|20)\d\d\b){{0,40}}?\blà\s+"
    rf"(?:(?:{HEDGE_WORDS})\s+)?$")
_NUMBER_TOKEN = re.compile(r"(?<![\w.,])\d[\d.,]*\d|(?<![\w.,])\d")


def _said_again(ctx: FigureContext, said_at: int) -> Routed | None:
    """The reading of a figure that says again, of another time, the figure before it of its unit (its own sentence
    before ``said_at``, else the sentence before in its paragraph): that figure's table, impact, hazards and places;
    None when that one is no damage (or there is none)."""
    sentence = ctx.sentence
    referred = _last_figure_of_unit(ctx, ctx.sentence[0], ctx.sentence[0] + said_at)
    if referred is None and ctx.document:
        story = story_of(ctx.document)
        below = bisect_left(story.starts, ctx.offset + ctx.sentence[0])
        if below > 0 and (lo := story.sentences[below - 1][0] - ctx.offset) >= 0:
            sentence = (lo, min(story.sentences[below - 1][1] - ctx.offset, ctx.sentence[0]))
            referred = _last_figure_of_unit(ctx, *sentence)
    if referred is None:
        return None
    number, reading = referred
    value = parse_number(number.group())
    if value is None:
        return None
    routed = route_disaster(replace(
        ctx, start=number.start(), end=number.end(), unit_end=number.end() + reading.length, sentence=sentence,
        value=value * reading.multiplier, unit_label=reading.label, qualifier="exact"))
    if routed is None or routed.value is not None:
        return None  # (no damage; or one read in another unit than its own, "500m2" of crops: not said again so)
    # (the other time's own day is its period's: not the bulletin's cut-off)
    fields = {key: value for key, value in routed.fields.items() if key not in ("as_of", "qualifier")}
    return Routed("disasters", fields, unit=routed.unit)


def _last_figure_of_unit(ctx: FigureContext, lo: int, hi: int) -> tuple[re.Match[str], UnitReading] | None:
    """The last number in ``ctx.text[lo:hi]`` whose unit is the figure's, and its unit."""
    for number in reversed(list(_NUMBER_TOKEN.finditer(ctx.text, lo, hi))):
        reading = read_unit(ctx.text[number.end() : number.end() + 40])
        if reading is not None and reading.unit == ctx.unit:
            return number, reading
    return None


_THUNDERSTORM = re.compile(r"\b(?:dông|giông)\b", _I)


def _blown_by_a_thunderstorm(ctx: FigureContext) -> bool:
    """A thing the wind threw down ("14 nhà bị tốc mái") in a sentence on a thunderstorm said with its lightning
    ("mưa dông kèm sét", which names no whirlwind, the lightning being what it brought): the storm's gusts hit it."""
    if not _THUNDERSTORM.search(ctx.sentence_text):
        return False
    before_clause, after_clause = _own_clause(ctx)
    return bool(_WIND_DAMAGE.search(before_clause) or _WIND_DAMAGE.search(after_clause))


def route_disaster(ctx: FigureContext) -> Routed | None:
    if ctx.table_row:
        return None
    if not may_be_an_impact(ctx):
        # (a quarter of the figures: every reading below returns None first or through ``impact_of``,
        # which gives no impact to such a figure; the readings change nothing but per-document caches)
        return None
    before = ctx.before  # (a slice of the paragraph at every reading: taken once)
    # What the figure counts first: most figures are no damage (``impact_of`` reads a few words
    # around the number), and only those that are go through the scans of the sentence before it.
    if _DEFINITION_NEXT.match(ctx.text, ctx.unit_end) or _DEFINITION_BEFORE.search(before[-4:]):
        return None  # "(1 công = 1.000m2)": a unit's definition, nothing hit
    over = ctx.role == "denominator" or before.rstrip().endswith("/")
    if over and ctx.unit in ("m3", "km") and _SPOTS_OVER.search(before[-30:]):
        over = False  # "sạt lở 25 điểm/3.500 m3": the earth the spots lost, no whole they are a part of
    if "động" in before[-16:] and _ALARM_MARK_BEFORE.search(before[-16:]):
        return None  # "Triều cường vượt báo động 3 gây ngập": the alarm level the water reached, no count
    if over or _moved_out_of_harm(before):
        # "5.775ha/26.230ha": the whole the damage is a part of; "di chuyển 8.366 con gia súc": moved
        # out of harm's way, not hit
        return None
    if (
        "có" in before[-16:]
        and _WHOLE_PLACE_HAS.search(before[-50:])
        and not _said_to_be_hit(_STOCK_CLAUSE_END.split(ctx.text[ctx.unit_end : ctx.sentence[1]], maxsplit=1)[0])
        and not damage_modes(ctx.text[ctx.unit_end : min(ctx.unit_end + 16, ctx.sentence[1])])
    ):
        # "Cả bản có 52 ngôi nhà, nhưng lũ đã cuốn trôi 4 căn": what the whole place has, not what was hit
        # ("toàn tỉnh có 36 người chết", "toàn tỉnh có 3 người mất tích", "cả xã có 4 người phải nhập viện",
        # "toàn huyện có 530 hộ, 170 ha lúa bị ngập" say what was, and so
        # does a count whose own noun is the damage: "toàn tỉnh có 2.700 điểm sạt lở")
        return None
    if "mua" in before[-20:] and _BOUGHT_BEFORE.search(before[-20:]):
        return None  # "mua 100 lít dầu chạy máy phát điện": what was bought, not what was lost
    if (
        "số" in before[-24:]
        and _WHOLE_BEFORE.search(before[-24:])
        and not _names_damage(_HEAD_SPLIT.split(ctx.text[ctx.unit_end : ctx.sentence[1]], maxsplit=1)[0])
    ):
        # "Trong số 40 người trên tàu, 2 người mất tích", "2 tàu bị chìm trên tổng số 35 tàu ra khơi": the whole the
        # damage is a part of; a whole its own words say was hit is damage ("Trong số 6 người chết, có 2 trẻ em")
        return None
    if _REBUILT_BEFORE.search(before[-40:]):
        return None  # "hoàn thành sửa chữa 85 nhà bị hư hỏng", "xây mới 42 nhà": the recovery, not the damage
    if "được" in ctx.text[ctx.unit_end : ctx.unit_end + 40] and _REBUILT_AFTER.match(ctx.text, ctx.unit_end):
        return None  # "đã có 1.420 nhà được lợp lại mái": the recovery said after its count
    if "đạt" in before[-16:] and _ATTAINED_BEFORE.search(before[-16:]) and not _names_damage(ctx.sentence_text):
        return None  # "Diện tích lúa cả năm đạt 58.300 ha" after a sentence on the storm: what was grown, not lost
    if ("rút" in before[-30:] or "hết" in before[-30:]) and _RECEDED_BEFORE.search(before[-30:]):
        return None  # "chiều nay, nước đã rút tại 26 tuyến phố": where the flood has gone, no damage
    if ctx.unit != "person" and _FOUND_AGAIN.search(before[-30:]):
        return None  # "đã tìm được khoảng 30 con bò" (of the herd swept away): recovered, not lost
    if "lạc" in before[-30:] and _REACHED_AGAIN.search(before[-30:]):
        return None  # "đến nay đã liên lạc được 2 tàu": boats that lost contact, reached again
    if "số" in before[-70:] and (again := _SAME_FIGURE_BEFORE.search(before[-70:])) is not None:
        # "Thiên tai làm 6 người chết; năm 2025, con số này là 11 người": the same damage, of the time its clause
        # names (the periods read it), as the figure it refers to
        return _said_again(ctx, len(before) - 70 + again.start() if len(before) > 70 else again.start())
    reading = impact_of(ctx)
    if reading is None or _CHANGE_BEFORE.search(before[-20:]):
        # "(tăng 1 người tại Sơn La)", "giảm 03 người chết", "thiệt hại tăng hơn 2 tỷ đồng": a change, not a count
        # of damage ("thêm 2 nhà bị sập so với báo cáo trước", a bulletin's update of its count, is no figure at all:
        # figures._SINCE_AN_EARLIER_BULLETIN)
        return None
    clause_before = ctx.clause_before(_CLAUSE_END)
    if _NOT_DISASTER.search(clause_before) or _RELIEF_OBJECT.search(before):
        return None
    if _MOBILISED_WORD.search(clause_before.lower()) and _mobilised(clause_before):
        return None  # "huy động 1.500 người và 80 phương tiện": sent to help, not lost
    if _RELIEF_LISTED_WORD.search(clause_before.lower()) and _relief_listed(ctx, clause_before):
        return None  # "hỗ trợ 40 tấn giống lúa, 12 tấn giống ngô": handed out, not lost
    if _not_yet(ctx) or _size_of_a_work(ctx) or _protected_or_against(ctx) or _listed_as_existing(ctx):
        return None
    impact, value, unit, label = reading
    hazards = event_hazards(ctx) if impact == "events" else figure_hazards(ctx)
    if ctx.unit == "point":
        # the verb says how the spots were hit, also those of a later item of its list, whose own clause
        # is cut at the joint ("sạt lở 850 m kè và 31 điểm": landslide spots)
        hazards = _add_modes(hazards, damage_modes(_spots_verb(ctx), story_of(ctx.document) if ctx.document else None))
    if impact == "infrastructure" and _SPOTS.match(ctx.unit_label or ""):
        spelled = _label_spelled_out_before(ctx, ctx.unit_label or "")
        # "thôn A có 3 điểm sạt lở, thôn B 2 điểm", "Đường vào bản A bị sạt lở 4 vị trí, bản B 2 vị trí": the bare
        # item's spots were hit as its neighbour's were
        said = spelled if spelled != ctx.unit_label else _spots_said_before(ctx).rsplit(";", 1)[-1]
        if said:
            hazards = _add_modes(hazards, damage_modes(said, story_of(ctx.document) if ctx.document else None))
        if not hazards:
            # "... 2.700 điểm sạt lở; trong đó, riêng thành phố có gần 1.000 điểm": the spots of a breakdown
            # were hit by what hit the spots they detail
            hazards = damage_modes(_spots_detailed(ctx))
    if not hazards:
        return None
    kinds = _of_kinds_named(hazards)
    quake = (not kinds or IN_GENERAL in hazards) and any(quake.search(ctx.sentence_text.lower()) for quake in _QUAKE)
    if (not kinds or IN_GENERAL in hazards) and ctx.document and not _CUMULATIVE.search(ctx.before) and not quake:
        # "Năm 2026 xảy ra 3 đợt mưa lũ, 1 cơn bão ... ¶ Thiên tai làm 5 người chết": disasters in general, after
        # a count of the events, are those events (with how the thing was hit: "... ¶ 800 ha lúa bị ngập úng")
        kinds = _union(_kinds_counted_before(ctx), kinds)
    if not kinds and IN_GENERAL in hazards and not quake and impact != "events":
        kinds = _kinds_the_summary_tells(ctx)
    if "lightning" in kinds and "whirlwind" not in kinds and _blown_by_a_thunderstorm(ctx):
        kinds = _union(kinds, ["whirlwind"])
    if _WINDS.intersection(kinds) and _WINDLESS.intersection(kinds) and _blown_down(ctx):
        # "xảy ra 4 đợt dông lốc, 2 đợt rét hại và 3 vụ cháy rừng. Thiệt hại: ...; 156 nhà bị tốc mái": what the wind
        # blew down is the wind's, not the cold's nor the fire's the summary lent it beside
        kinds = [kind for kind in kinds if kind not in _WINDLESS]
    if (impact == "houses_damaged" and ctx.unit == "household" and kinds and _HOMES_SPARED.issuperset(kinds)
            and "nhà" not in ctx.text[ctx.unit_end : ctx.unit_end + 40]):
        # "Hạn hán ... Số hộ bị ảnh hưởng: 320 hộ": a drought or a cold spell hits the households' water, fields and
        # herds, not their homes (unless the words after the count say so: "12 hộ bị nứt nhà")
        return None
    fields: dict = {"hazards": kinds, "impact": impact, "locations": _figure_locations(ctx)}
    if ctx.qualifier == "estimate" and not _ESTIMATED_BY_WORD.search(
            _STORY_OPENING.split(ctx.clause_before(_CLAUSE_END))[-1]) and not (
            impact == "economic_loss" and _part_of_an_estimate(ctx)):
        # "Thống kê sơ bộ, lốc xoáy đã làm 3 người bị thương": a preliminary count, not an estimate;
        # nor a count after another clause's estimate ("... ước thiệt hại 1 tỷ đồng; 3 căn nhà ..."), nor one
        # under a headline that estimates the loss ("Thiệt hại ước tính hơn 1 nghìn tỷ đồng¶(Báo X) Lũ đã làm 9
        # người chết": the headline runs into the story as one sentence); a loss detailing an estimated loss
        # before it in its sentence stays an estimate ("Tổng thiệt hại ước tính 7,8 tỷ đồng, trong đó về nhà ở 3,2
        # tỷ đồng")
        fields["qualifier"] = "exact"
    if label:
        fields["unit_label"] = label
    elif unit not in (None, "count"):
        fields["unit_label"] = None  # "24 cái" (nhà) read as houses: the word is kept for counts alone
    if day := _bulletin_as_of(ctx):
        fields["as_of"] = day
    elif (said := _time_said_before(ctx)) is not None:
        if said.as_of is not None:
            fields["as_of"] = said.as_of
        if said.period is not None:
            fields["period_start"], fields["period_end"] = said.period.start, said.period.end
    if days := _days_of_the_event_before(ctx):
        fields["period_start"], fields["period_end"] = days
    if years := _years_joined_before(ctx):
        fields["period_start"], fields["period_end"] = years
    return Routed("disasters", fields, value=value, unit=unit)


# What joins the years of a span said one by one ("năm 2024 và 2025", "các năm 2023, 2024 và 2025")
_YEARS_JOINT = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:năm\s+)?")


def _years_joined_before(ctx: FigureContext) -> tuple[dt.date, dt.date] | None:
    """The span of the years the figure's sentence names one by one before it, joined by "và" or commas ("Mưa lũ năm
    2024 và 2025 đã làm 21 người chết": the toll of both years, from the first's start to the last's end), else None
    (one year, or years not joined: "năm 2025 ..., giảm 35% so với năm 2024")."""
    if "năm" not in ctx.before:
        return None
    phrases = [p for p in _period_phrases_of(ctx.sentence_text, ctx.year) if p.end <= ctx.start - ctx.sentence[0]]
    for first, i in ((p, i) for i, p in enumerate(phrases) if p.kind == "year" and p.period is not None):
        last = first
        for later in phrases[i + 1 :]:
            if (
                later.kind != "year"
                or later.period is None
                or not _YEARS_JOINT.fullmatch(ctx.sentence_text, last.end, later.start)
            ):
                break
            last = later
        if last is not first and last.period is not None and first.period is not None:
            return first.period.start, last.period.end
    return None
