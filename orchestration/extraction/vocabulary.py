"""Domain words are data: the tables of ``data/`` and the patterns compiled from them.

Every table is a CSV file with a header, read by ``read_table``. A word list is one table per
concept in ``data/words/<concept>.csv``: a ``words`` column with one phrasing a row, in the order
they are tried; optionally a key column that names a sub-concept (``person_impacts.csv``:
``impact,words``) and a ``note`` column that says why a phrasing is there. A phrasing is a
regular expression in which a plain space stands for any run of whitespace (``mất tích``);
``\\b`` and a lookaround that keeps a word from a longer one (``ngập(?! mặn)``) belong to the
word. How the words join the rest of a phrase (what comes before or after them) is grammar and
stays in the rule that uses them.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

_DATA = Path(__file__).with_name("data")


def read_table(name: str) -> list[dict[str, str]]:
    """The rows of ``data/<name>`` (a CSV file with a header), in file order."""
    with (_DATA / name).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = []
        for row in reader:
            if None in row:  # more fields than the header: an unquoted comma split a value
                raise ValueError(f"data/{name} line {reader.line_num}: more fields than the header {reader.fieldnames}")
            rows.append(row)
        return rows


def phrase_source(phrase: str) -> str:
    """A table's phrasing as regex source: each plain space (or run of them) becomes ``\\s+``, and a
    space made optional (``thương mại ?- ?dịch vụ``, ``ta ?luy``) becomes ``\\s*`` (``\\s+?`` would still
    need one)."""
    return re.sub(r" +([?*])?", lambda m: r"\s*" if m.group(1) else r"\s+", phrase.strip())


def _word_rows(concept: str) -> tuple[dict[str, str], ...]:
    rows = read_table(f"words/{concept}.csv")
    if not rows or any(not row.get("words") for row in rows):
        raise ValueError(f"words/{concept}.csv: every row needs its words")
    return tuple(rows)


def word_list(concept: str) -> tuple[str, ...]:
    """The phrasings of ``data/words/<concept>.csv`` as written, for a rule that builds its own
    pattern from each (``projects`` matches a work noun's first letter in either case)."""
    return tuple(row["words"] for row in _word_rows(concept))


def word_source(concept: str) -> str:
    """The phrasings of ``data/words/<concept>.csv`` as one alternation (regex source), for a
    rule that puts the words inside a phrase of its own."""
    return "|".join(phrase_source(row["words"]) for row in _word_rows(concept))


def word_pattern(concept: str, flags: int = 0) -> re.Pattern[str]:
    """The compiled alternation of ``data/words/<concept>.csv``."""
    return re.compile(word_source(concept), flags)


def keyed_word_lists(concept: str, key: str) -> dict[str, tuple[str, ...]]:
    """The phrasings (as written) of each value of the ``key`` column of
    ``data/words/<concept>.csv``, the values in the order they first appear."""
    grouped: dict[str, list[str]] = {}
    for row in _word_rows(concept):
        grouped.setdefault(row[key], []).append(row["words"])
    return {value: tuple(phrasings) for value, phrasings in grouped.items()}


def keyed_word_patterns(concept: str, key: str, flags: int = 0) -> list[tuple[str, re.Pattern[str]]]:
    """(key, pattern) for each value of ``keyed_word_lists``: the alternation of its phrasings."""
    return [
        (value, re.compile("|".join(map(phrase_source, phrasings)), flags))
        for value, phrasings in keyed_word_lists(concept, key).items()
    ]
