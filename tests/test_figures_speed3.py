"""The fourth round of figures.py's shortcuts matches what the plain patterns match."""

from __future__ import annotations

import re

from orchestration.extraction.figures import (
    _AFTER_THE_LABELS_COLON,
    _LABEL_BEFORE_COLON,
    _list_label_before_colon,
)
from tests.test_figures_speed import _random_texts


def test_the_label_before_a_colon_is_searched_from_its_run_as_the_whole_text() -> None:
    # what may follow the label's colon holds no colon (its source has none but the groups' "(?:"), so a
    # match's colon is the text's last: the shortcut's ground
    source = _AFTER_THE_LABELS_COLON
    assert ":" not in source.replace("(?:", "") and "." not in source and "[^" not in source
    assert not re.search(r"\\[WDS]", source)
    pieces = ["Tăng trưởng", " GRDP", " năm ", "2026", "2024", "1999", "12", "5", ":", ": ", " ", "  ", "\n", ".", ";",
              "đạt ", "ước ", "là ", "khoảng ", "trên dưới ", "8", ",5", "%", "-", "–", "x", "Tốc độ", "a", "Ước"]
    found = 0
    for text in _random_texts(pieces, 20000, 7):
        plain = _LABEL_BEFORE_COLON.search(text)
        fast = _list_label_before_colon(text)
        assert (plain and (plain.span(), plain.groups())) == (fast and (fast.span(), fast.groups())), text
        found += plain is not None
    assert found > 500
