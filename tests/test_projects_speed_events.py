"""said_event's shortcuts change no answer: its memo (a pure function of its two windows, emptied at each
document) and the first match of each event in ``before`` read on the scan for the last one."""

from __future__ import annotations

import re
from pathlib import Path

from orchestration.extraction.caching import clear_document_caches
from orchestration.extraction.projects import _WORDED_EVENTS, said_event


def _sentences() -> list[str]:
    raw = Path(__file__).resolve().parents[1] / "raw"
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(raw.glob("*.txt"))]
    texts.append("Lễ khánh thành chợ X và khởi công cầu Y; đã hoàn thành, phê duyệt chủ trương đầu tư, khởi công")
    return [s for text in texts for s in re.split(r"(?<=[.;])\s+|\n+", text) if s.strip()]


def test_the_first_match_read_on_the_way_to_the_last_is_the_search() -> None:
    found = 0
    for sentence in _sentences():
        for _, pattern, _ in _WORDED_EVENTS:
            matches = list(pattern.finditer(sentence))
            first = pattern.search(sentence)
            assert (first and first.span()) == (matches[0].span() if matches else None), sentence
            found += bool(matches)
    assert found > 20


def test_said_event_answers_alike_from_its_memo_and_afresh() -> None:
    pairs = []
    for sentence in _sentences():
        for cut in range(0, len(sentence), 31):
            pairs += [(sentence[:cut], sentence[cut:]), (sentence[:cut], "")]
    clear_document_caches()
    cached = [said_event(before, after) for before, after in pairs + pairs]  # (the second half from the memo)
    afresh = [said_event.__wrapped__(before, after) for before, after in pairs + pairs]
    clear_document_caches()
    assert cached == afresh
    assert len({a for a in afresh if a}) >= 3
