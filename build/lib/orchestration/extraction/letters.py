"""Character classes for Vietnamese letters.

A range like ``[À-Ỹ]`` mixes upper- and lowercase letters (the Latin Extended Additional block
alternates them), so classes are spelled out letter by letter from Unicode's own case data.
"""

from __future__ import annotations

_VIETNAMESE_RANGE = range(0x41, 0x1EFA)

UPPER = "[" + "".join(c for c in map(chr, _VIETNAMESE_RANGE) if c.isalpha() and c.isupper()) + "]"
LOWER = "[" + "".join(c for c in map(chr, _VIETNAMESE_RANGE) if c.isalpha() and c.islower()) + "]"
