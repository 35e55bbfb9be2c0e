"""The marks a list's item opens with, as reports write them: numbered ("1.", "2.1.", "a)", "II.") and dashed
("-", "+", "•", "*", "–"). One place for them: the layout, the tables, the periods and the labels all read items."""

from __future__ import annotations

NUMBERED_MARK = r"(?:[a-zđ]|\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]"
DASH_CHARS = "-+•*–"  # ("-" first: a literal inside a character class)
DASH_MARK = "[" + DASH_CHARS + "]"
