"""Unicode normalisation that remembers where every character came from."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def nfc_with_index(text: str) -> tuple[str, Sequence[int]]:
    """NFC text plus, for each of its characters (and the end), the offset in ``text``.

    Text already in NFC (nearly every report) maps onto itself: the index is then a ``range``,
    which answers the same lookups without building a list of every offset.
    """
    if unicodedata.is_normalized("NFC", text):
        return text, range(len(text) + 1)
    out: list[str] = []
    index: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        composed = unicodedata.normalize("NFC", text[i:j])
        out.append(composed)
        index.extend([i] * len(composed))
        i = j
    index.append(n)
    return "".join(out), index


def frozen_index(index: Sequence[int]) -> Sequence[int]:
    """An index that cannot change: a ``range`` as it is, a list as a tuple."""
    return index if isinstance(index, range) else tuple(index)
