"""Unicode normalisation that remembers where every character came from."""

from __future__ import annotations

import unicodedata


def nfc_with_index(text: str) -> tuple[str, list[int]]:
    """NFC text plus, for each of its characters (and the end), the offset in ``text``."""
    if unicodedata.is_normalized("NFC", text):
        return text, list(range(len(text) + 1))
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
