"""The word pre-tests of projects.py (a scan of the lowered text before a regex) change no answer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from orchestration.extraction import projects
from orchestration.extraction.projects import (
    _EVENTS,
    _PROGRESS,
    _PROGRESS_WORDS,
    _TRIGGER,
    _TRIGGER_WORDS,
    _WORDED_EVENTS,
    said_event,
)
from orchestration.extraction.vocabulary import word_pattern

_I = re.IGNORECASE

# every event verb in the cases a text writes it, a plan and a deadline, works under way, and the letters
# case-insensitive matching takes for others ("ſ" for "s", the Kelvin sign for "k")
_WINDOWS = [
    "Lễ khánh thành chợ X và khởi công ",
    "KHÁNH THÀNH ",
    "UBND tỉnh đã phê duyệt chủ trương đầu tư ",
    "Dự kiến đến năm 2029 ",
    "Sau khi hoàn thành, ",
    "đã chính thức thông xe tuyến đường A và ",
    " đang được thi công, dự kiến hoàn thành trong tháng 12 tới",
    " đã hoàn thành và đưa vào sử dụng",
    " sẽ khởi công vào tháng tới",
    " vừa được khánh thành sau 2 năm thi công",
    " chậm tiến độ so với kế hoạch",
    "\u212ahởi công ",
    "Ngoài ",
    " hoàn thành ſẽ giúp người dân",
    "UBND tỉnh tổ chức thông xe toàn tuyến cao tốc A và ",
    "Dự kiến đến năm 2029 dự án ",
]


def _texts() -> list[str]:
    raw = Path(__file__).resolve().parents[1] / "raw"
    return [*_WINDOWS] + [p.read_text(encoding="utf-8", errors="replace") for p in sorted(raw.glob("*.txt"))]


def _windows() -> list[str]:
    """Sentences of the texts and their parts, as written, in capitals and in lower case."""
    out: list[str] = []
    for text in _texts():
        for sentence in re.split(r"(?<=[.;:])\s+|\n+", text):
            for cut in range(0, len(sentence), 37):
                for part in (sentence[:cut], sentence[cut:]):
                    out += [part, part.upper(), part.lower()]
    return out


def test_a_window_without_an_events_words_holds_no_match_of_it() -> None:
    windows = _windows()
    assert len(_EVENTS) == len(_WORDED_EVENTS)
    for (event, pattern), (worded_event, worded_pattern, words) in zip(_EVENTS, _WORDED_EVENTS, strict=True):
        assert (event, pattern) == (worded_event, worded_pattern)
        for window in windows:
            if not words.search(window.lower()):
                assert pattern.search(window) is None, (event, window)
    for window in windows:
        if not _PROGRESS_WORDS.search(window.lower()):
            assert _PROGRESS.search(window) is None, window


def test_said_event_answers_as_without_its_word_pre_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = []
    for text in _texts():
        for sentence in re.split(r"(?<=[.;])\s+|\n+", text):
            for cut in range(0, len(sentence), 23):
                pairs += [(sentence[:cut], sentence[cut:]), (sentence[:cut].upper(), sentence[cut:].upper())]
    pairs += [(a, b) for a in _WINDOWS for b in _WINDOWS]
    said_event.cache_clear()  # (said_event is memoised per document: each side reads every pair itself)
    fast = [said_event(before, after) for before, after in pairs]
    said_event.cache_clear()
    everywhere = re.compile("")  # (finds something in every text: every pattern is searched)
    monkeypatch.setattr(projects, "_WORDED_EVENTS", [(e, p, everywhere) for e, p, _ in _WORDED_EVENTS])
    monkeypatch.setattr(projects, "_PROGRESS_WORDS", everywhere)
    monkeypatch.setattr(projects, "_OPENED_TO_TRAFFIC_WORDS", everywhere)
    plain = [said_event(before, after) for before, after in pairs]
    said_event.cache_clear()  # (no answer read with the patched words outlives the test)
    assert fast == plain
    assert {"started", "inaugurated", "completed", "approved", "in_progress"} <= set(plain)


_MONEY_TEXTS = [
    "Tổng mức đầu tư của dự án là 2.228 tỷ đồng, kế hoạch vốn năm 2025 là 300 tỷ đồng, đã giải ngân 120 tỷ đồng",
    "Tỉnh đầu tư hơn 5 tỷ đồng; chi thêm 2 tỷ đồng; rót gần 1 tỷ đồng; dành khoảng 3 tỷ đồng; ĐẦU TƯ 4 tỷ đồng",
    "Tổng vốn đầu tư toàn xã hội trên địa bàn đạt 9.000 tỷ đồng; thu hút 12 dự án FDI, cấp mới 3 dự án",
    "Thu ngân sách ước đạt 1.200 tỷ đồng, trị giá 3 tỷ đồng, giá trị sản xuất 4 tỷ đồng; THU 5 tỷ; ước 6 tỷ",
    "Khởi công dự án hơn 5.000 tỷ đồng; phê duyệt dự án FDI gần 700 tỉ; DỰ ÁN 300 tỷ đồng; khánh thành dự án ",
    "\u212ainh phí ſau đầu tư  ſ \u0130 \u0131 kế hoạch VỐN; ",
]


def _money_windows() -> list[str]:
    out: list[str] = []
    for text in [*_MONEY_TEXTS, *_texts()]:
        for sentence in re.split(r"(?<=[.;])\s+|\n+", text):
            for cut in range(0, len(sentence) + 1, 53):
                out += [sentence[:cut], sentence[:cut].upper(), sentence[:cut].lower(), sentence[cut:]]
    return out


def test_the_guarded_money_words_match_like_their_plain_patterns() -> None:
    plain = {
        "_TOTAL": word_pattern("total_investment", _I),
        "_PLAN": word_pattern("capital_plan", _I),
        "_ATTRACTION": word_pattern("investment_attraction", _I),
        "_AREA_INVESTMENT": word_pattern("area_investment", _I),
        "_NOT_A_PRICE": re.compile(r"\b(?:thu|ước|đạt|trị\s+giá|giá\s+trị)\b", _I),
        "_INVESTS": re.compile(r"(?:\bđầu\s+tư|\bchi|\brót|\bdành)\s+(?:(?:khoảng|gần|hơn|trên|thêm)\s+)?$", _I),
        "_BARE_PROJECT": re.compile(
            r"(?<!\w)(dự\s+án(?:\s+(?!(?:có|tổng|vốn|với|là|được|trị|giá|mức|đầu|tư|kinh|phí|này|đó|trên)\b)"
            r"[^\W\d]+){0,3}?)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$",
            _I,
        ),
    }
    windows = _money_windows()
    found = 0
    for name, written in plain.items():
        fast = getattr(projects, name)
        assert fast.pattern != written.pattern  # (guarded: the test is worth its name)
        for window in windows:
            expected = [(m.span(), m.groups()) for m in written.finditer(window)]
            assert [(m.span(), m.groups()) for m in fast.finditer(window)] == expected, (name, window)
            for pos in (0, len(window) // 2):
                a, b = fast.search(window, pos), written.search(window, pos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (name, window, pos)
            found += bool(expected)
    assert found > 100


def test_a_paragraph_without_the_trigger_words_holds_no_trigger() -> None:
    assert _TRIGGER_WORDS and all(len(word) >= 2 for word in _TRIGGER_WORDS)
    windows = [*_windows(), *_money_windows()]
    triggered = 0
    for window in windows:
        if not any(word in window.lower() for word in _TRIGGER_WORDS):
            assert _TRIGGER.search(window) is None, window
        triggered += _TRIGGER.search(window) is not None
    assert triggered > 50
