"""Caches of pure functions that live for one document.

Several rules read the same text the same way (the report folded for place names, the units
named in it, a paragraph's project names for each of its figures). ``per_document`` memoises
such a function; ``extract_document`` empties every one of these caches when it starts a new
report, so a cache never grows with the corpus and never carries one report's text into the
next. Only pure functions of their arguments are cached (returning values nobody mutates), so a
cache only ever saves time: it never changes a result.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable)

_PER_DOCUMENT: list = []  # the cached functions, registered once at import time


def per_document(maxsize: int | None = 256) -> Callable[[F], F]:
    """``functools.lru_cache`` emptied by ``clear_document_caches`` at every new document."""

    def wrap(fn: F) -> F:
        cached = functools.lru_cache(maxsize=maxsize)(fn)
        _PER_DOCUMENT.append(cached)
        return cached  # type: ignore[return-value]

    return wrap


def clear_document_caches() -> None:
    for cached in _PER_DOCUMENT:
        cached.cache_clear()
