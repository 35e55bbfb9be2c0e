"""Character classes for Vietnamese letters.

A range like ``[À-Ỹ]`` mixes upper- and lowercase letters (the Latin Extended Additional block
alternates them), so classes are spelled out letter by letter from Unicode's own case data.
"""

from __future__ import annotations

import re

_VIETNAMESE_RANGE = range(0x41, 0x1EFA)

UPPER = "[" + "".join(c for c in map(chr, _VIETNAMESE_RANGE) if c.isalpha() and c.isupper()) + "]"
LOWER = "[" + "".join(c for c in map(chr, _VIETNAMESE_RANGE) if c.isalpha() and c.islower()) + "]"

# One Vietnamese syllable, folded (no tone or vowel marks, "đ" as "d"): an onset, a vowel of one to three letters, a
# coda ("nghiep", "tuong", "xa"); read with ``fullmatch`` to ask whether a word is one syllable
ONE_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")
