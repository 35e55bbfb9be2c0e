"""The word pre-tests of projects.py (a scan of the lowered text before a regex) change no answer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from orchestration.extraction import projects
from orchestration.extraction.projects import _EVENTS, _PROGRESS, _PROGRESS_WORDS, _WORDED_EVENTS, said_event

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
    fast = [said_event(before, after) for before, after in pairs]
    everywhere = re.compile("")  # (finds something in every text: every pattern is searched)
    monkeypatch.setattr(projects, "_WORDED_EVENTS", [(e, p, everywhere) for e, p, _ in _WORDED_EVENTS])
    monkeypatch.setattr(projects, "_PROGRESS_WORDS", everywhere)
    plain = [said_event(before, after) for before, after in pairs]
    assert fast == plain
    assert {"started", "inaugurated", "completed", "approved", "in_progress"} <= set(plain)
