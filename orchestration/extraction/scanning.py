"""Faster whole-text scans with the same matches.

Python's regex engine skips ahead quickly only when a pattern starts with a literal or a
character class. A rule like ``(?:tinh\\s+)?(?:den|toi)\\s+...`` starts with an optional group,
so a scan over a whole report tries it at every character. ``guarded(rx)`` reads the pattern's
syntax tree for the characters a match can begin with and returns ``(?=[those])(?:pattern)``:
the lookahead is a necessary condition, so every match (span and groups, which keep their
numbers) is exactly the original's, found about twice as fast. The rule tables stay as written
(a module wraps a rule it scans often: ``_WORK = guarded(re.compile(...))``); patterns whose first
character cannot be bounded (ASCII-only matching, backreferences, a negated class, a possibly
empty match) are returned unchanged. A case-insensitive pattern (or part) gets a
case-insensitive guard; a case-sensitive one whose matches open with a few two-letter literals
gets those instead (``(?=de|ti|to)``), a sharper test.
"""

from __future__ import annotations

import _sre
import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from re import _constants as c  # the syntax tree of Python's own regex parser
from re import _parser

_CATEGORY = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
             c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}
_ZERO_WIDTH = {c.AT, c.ASSERT, c.ASSERT_NOT}
_REPEATS = {c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT}


class _Unbounded(Exception):
    """The first character of a match cannot be bounded by a class."""


def _class_item(op: object, av: object) -> str:
    if op is c.LITERAL:
        return re.escape(chr(av))
    if op is c.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is c.CATEGORY and av in _CATEGORY:
        return _CATEGORY[av]
    raise _Unbounded


def _first_of_sequence(items: list, ignorecase: bool = False, backwards: bool = False) -> tuple[set[str], bool]:
    """(class items a match of the sequence can start with, whether it can match empty).

    ``ignorecase``: the whole pattern is case-insensitive, and so is the class built from these
    items (the same flag compiles both), so a case-insensitive part needs no case variants here.
    ``backwards``: the items a match can end with instead, read from the last item back.
    """
    out: set[str] = set()
    for op, av in reversed(items) if backwards else items:
        first, nullable = _first_of_item(op, av, ignorecase, backwards)
        out |= first
        if not nullable:
            return out, False
    return out, True


def _first_of_item(op: object, av: object, ignorecase: bool = False,
                   backwards: bool = False) -> tuple[set[str], bool]:
    if op is c.LITERAL:
        return {_class_item(op, av)}, False
    if op is c.IN:
        if any(o is c.NEGATE for o, _ in av):
            raise _Unbounded
        return {_class_item(o, a) for o, a in av}, False
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & (re.ASCII | re.LOCALE) or (add_flags & re.IGNORECASE and not ignorecase):
            raise _Unbounded
        # (?-i:...) inside a case-insensitive pattern: the class stays a (wider) necessary condition
        return _first_of_sequence(sub.data, ignorecase, backwards)
    if op is c.ATOMIC_GROUP:
        return _first_of_sequence(av.data, ignorecase, backwards)
    if op is c.BRANCH:
        out: set[str] = set()
        nullable = False
        for alternative in av[1]:
            first, empty = _first_of_sequence(alternative.data, ignorecase, backwards)
            out |= first
            nullable = nullable or empty
        return out, nullable
    if op in _REPEATS:
        low, _high, sub = av
        first, nullable = _first_of_sequence(sub.data, ignorecase, backwards)
        return first, nullable or low == 0
    if op in _ZERO_WIDTH:
        return set(), True
    raise _Unbounded


_SPACES = "".join(ch for ch in map(chr, range(0x3000 + 1)) if ch.isspace())  # (none above U+3000)


def _only_spaces(op: object, av: object) -> bool:
    """Does the parsed item match spaces only (``\\s``, a space written out, a repeat of them)?"""
    if op is c.IN:
        return all(o is c.CATEGORY and a is c.CATEGORY_SPACE for o, a in av)
    if op is c.LITERAL:
        return chr(av).isspace()
    if op in _REPEATS:
        return all(_only_spaces(o, a) for o, a in av[2].data)
    return False


def _last_solid(items: list, ignorecase: bool) -> tuple[set[str], bool]:
    """(class items the last character of a match of the sequence that is no space can be, whether a match
    may hold nothing but spaces): read from the last item back, past the items of spaces only and the
    zero-width ones, into groups, alternatives and repeats (an optional one is passed over as well)."""
    out: set[str] = set()
    for op, av in reversed(items):
        if op in _ZERO_WIDTH or _only_spaces(op, av):
            continue
        if op is c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & (re.ASCII | re.LOCALE) or (add_flags & re.IGNORECASE and not ignorecase):
                raise _Unbounded
            last, blank = _last_solid(list(sub.data), ignorecase)
        elif op is c.BRANCH:
            last, blank = set(), False
            for alternative in av[1]:
                more, empty = _last_solid(list(alternative.data), ignorecase)
                last, blank = last | more, blank or empty
        elif op in _REPEATS:
            low, _high, sub = av
            last, blank = _last_solid(list(sub.data), ignorecase)
            blank = blank or low == 0
        else:
            last, blank = _first_of_item(op, av, ignorecase, backwards=True)
        out |= last
        if not blank:
            return out, False
    return out, True


def ending_before_spaces(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    r"""For a pattern whose every match ends at ``$`` (each of its top-level alternatives ends with ``$``; no
    MULTILINE), a test of one character that accepts the last character of ``text.rstrip()`` whenever
    ``rx.search(text)`` finds a match; None for another pattern, or when an alternative may match nothing but
    spaces, or what it ends with is not known (a negated class, ``.``, a back reference ...).

    Why: a match ends at the end of the text or before a last "
", so what follows it is spaces only
    (``str.isspace``, which ``str.rstrip`` strips, are the spaces of ``\s``); the match's last character that
    is no space is then the last one of ``text.rstrip()``. It is read from the pattern's last items back,
    past those that match spaces only (``W\s*$``, ``(?:A|B\s*)$``, ``W\s*(?:H\s*)?$``: the last characters
    of ``W`` or of ``H``); the test is their class (case-insensitive where the pattern is: wider than a
    case-sensitive part needs, still a necessary condition), and never accepts a space."""
    if rx.flags & re.MULTILINE:
        return None
    items = _parsed_items(rx)
    if not items:
        return None
    if len(items) == 1 and items[0][0] is c.BRANCH:
        alternatives = [list(alternative.data) for alternative in items[0][1][1]]
    else:
        alternatives = [items]
    ignorecase = bool(rx.flags & re.IGNORECASE)
    last: set[str] = set()
    for alternative in alternatives:
        if not alternative or alternative[-1] != (c.AT, c.AT_END):
            return None
        try:
            more, blank = _last_solid(alternative[:-1], ignorecase)
        except _Unbounded:
            return None
        if blank or not more:
            return None
        last |= more
    test = re.compile(_char_class(last, ignorecase))
    return None if any(test.match(space) for space in _SPACES) else test


class EndAnchored:
    """``rx.search`` for a pattern whose every match ends at ``$`` (``ending_before_spaces``), that first
    tests the last character of the searched text's ``rstrip()``: a text none of the pattern's matches can
    end in is not searched (most texts before a figure end on a word the pattern does not end with). The
    same answers as ``rx.search``; an error at import when the pattern has no such test, so that an edit
    that takes it away shows at once."""

    __slots__ = ("_last", "rx")

    def __init__(self, rx: re.Pattern[str]) -> None:
        last = ending_before_spaces(rx)
        if last is None:
            raise ValueError(f"no test of the last character of the matches of {rx.pattern[:80]!r}")
        self.rx = rx
        self._last = last.match

    @property
    def pattern(self) -> str:
        return self.rx.pattern

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        # (``$`` stands at ``endpos``: the text searched is ``text[pos:endpos]``, its last character no space is
        # the one a match ends on; a lookbehind may read before ``pos``, never past the match)
        if endpos is None:
            last = (text[pos:] if pos > 0 else text).rstrip()[-1:]
        else:
            last = text[max(pos, 0):endpos].rstrip()[-1:]
        if not last or self._last(last) is None:
            return None
        return self.rx.search(text, pos) if endpos is None else self.rx.search(text, pos, endpos)


def _skips_ahead(items: list) -> bool:
    """Does the engine already skip ahead (the pattern starts with a literal, a class, or
    alternatives that each start with a literal)? Then a guard would only slow it down."""
    if not items:
        return False
    op, av = items[0]
    if op in (c.LITERAL, c.IN):
        return True
    if op is c.SUBPATTERN:
        return _skips_ahead(av[3].data)
    if op is c.BRANCH:
        return all(alternative.data and alternative.data[0][0] is c.LITERAL for alternative in av[1])
    return False


def _starts_with_one_test(items: list) -> bool:
    """Does the pattern start with one literal or one class? Case-insensitive, the engine tests
    that as fast as a guard would: a guard only adds work."""
    if not items:
        return False
    op, av = items[0]
    if op is c.SUBPATTERN:
        return _starts_with_one_test(av[3].data)
    return op in (c.LITERAL, c.IN)


_MAX_PAIRS = 24  # more two-letter openings than this: the one-character class is as fast


def _openings(items: list, need: int) -> set[str]:
    """The texts of ``need`` characters a match of ``items`` can open with, and shorter ones
    where a match of ``items`` can end sooner (what follows them then goes on). Raises
    ``_Unbounded`` when a character there is not a literal (a category, a repeat ...)."""
    results = {""}
    for op, av in items:
        grown: set[str] = set()
        for text in results:
            if len(text) >= need:
                grown.add(text)
                continue
            grown |= {text + more for more in _item_openings(op, av, need - len(text))}
        results = grown
        if len(results) > _MAX_PAIRS:
            raise _Unbounded
    return results


def _item_openings(op: object, av: object, need: int) -> set[str]:
    if op is c.LITERAL:
        return {chr(av)}
    if op is c.IN and all(o is c.LITERAL for o, _ in av):
        return {chr(a) for _, a in av}
    if op in _ZERO_WIDTH:
        return {""}  # a lookaround or \b consumes nothing: a wider condition, still a necessary one
    if op is c.SUBPATTERN and not av[1] and not av[2]:
        return _openings(av[3].data, need)
    if op is c.BRANCH:
        return {text for alternative in av[1] for text in _openings(alternative.data, need)}
    if op in _REPEATS and av[:2] == (0, 1):
        return {""} | _openings(av[2].data, need)
    raise _Unbounded


def _two_letter_guard(tree: list) -> str | None:
    """``(?=ab|cd|...)``: the two characters every match opens with, when they are literals and
    few (a case-sensitive pattern whose matches are at least two characters long)."""
    try:
        pairs = _openings(tree, 2)
    except _Unbounded:
        return None
    if not pairs or any(len(pair) < 2 for pair in pairs):
        return None
    return "(?=" + "|".join(re.escape(pair) for pair in sorted(pairs)) + ")"


def _after_class(source: str, i: int) -> int:
    """The index after the class that opens at ``source[i] == "["`` (len + 1 when left open)."""
    i += 1
    i += 1 if source[i : i + 1] == "^" else 0
    i += 1 if source[i : i + 1] == "]" else 0  # "]" right after "[" or "[^" is a member
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i + 1


def _syntax_marks(source: str, i: int = 0) -> Iterator[tuple[int, str]]:
    """(index, character) of each ``(``, ``)`` and ``|`` of ``source`` from ``i`` on that is not
    escaped nor in a class. Raises ``_Unbounded`` for a class left open."""
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _after_class(source, i)
            if i > len(source):
                raise _Unbounded
            continue
        if char in "()|":
            yield i, char
        i += 1


def _top_level_alternatives(source: str) -> list[str]:
    """``source`` cut at its top-level ``|`` (not inside a group, a class or after a backslash).
    Raises ``_Unbounded`` when a group is left open or closed too often."""
    alternatives: list[str] = []
    depth = start = 0
    for i, char in _syntax_marks(source):
        if char == "|" and depth == 0:
            alternatives.append(source[start:i])
            start = i + 1
        depth += (char == "(") - (char == ")")
        if depth < 0:
            raise _Unbounded
    if depth:
        raise _Unbounded
    return [*alternatives, source[start:]]


def _group_end(source: str, i: int) -> int:
    """The index after the group that opens at ``source[i] == "("``."""
    depth = 0
    for at, char in _syntax_marks(source, i):
        depth += (char == "(") - (char == ")")
        if depth == 0:
            return at + 1
    raise _Unbounded


def _leading_tests(source: str) -> tuple[tuple[str, ...], str]:
    r"""The zero-width tests ``source`` opens with (``\b``, look-behinds) and what follows them."""
    tests: tuple[str, ...] = ()
    while source.startswith(("\\b", "(?<!", "(?<=")):
        end = 2 if source.startswith("\\b") else _group_end(source, 0)
        if source[end : end + 1] in ("?", "*", "+", "{"):
            raise _Unbounded
        tests, source = (*tests, source[:end]), source[end:]
    return tests, source


_MAX_BRANCHES = 400  # openings spelled out for one pattern (before the ways of writing a letter)


def _letter_openings(source: str, assertions: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], str, str]]:
    """``source`` as an ordered list of (zero-width tests before the letter, the letter, the rest)
    with the same matches in the same order of preference: leading ``(?:a|b)`` and greedy
    ``(?:a)?`` groups spelled out (``(?:a|b)R`` tries ``aR`` before ``bR``, as ``aR|bR`` does; a
    greedy optional group tries itself before nothing). Raises ``_Unbounded`` for anything else
    before the first letter."""
    alternatives = _top_level_alternatives(source)
    out: list[tuple[tuple[str, ...], str, str]] = []
    for alternative in alternatives:
        more, alternative = _leading_tests(alternative)
        tests = (*assertions, *more)
        if alternative.startswith("(?:"):
            end = _group_end(alternative, 0)
            inner, rest = alternative[3 : end - 1], alternative[end:]
            optional = rest.startswith("?")
            if optional:
                if rest[1:2] in ("?", "+"):  # a lazy or possessive "?": not spelled out
                    raise _Unbounded
                rest = rest[1:]
            elif rest[:1] in ("*", "+", "{"):
                raise _Unbounded
            spelled = [part + rest for part in _top_level_alternatives(inner)] + ([rest] if optional else [])
            for text in spelled:
                out += _letter_openings(text, tests)
        else:
            letter = alternative[:1]
            if not letter.isalpha() or alternative[1:2] in ("?", "*", "+", "{"):
                raise _Unbounded
            out.append((tests, letter, alternative[1:]))
        if len(out) > _MAX_BRANCHES:
            raise _Unbounded
    return out


def _after_the_letter(test: str) -> str:
    r"""The zero-width test ``test`` written before a letter, rewritten to hold after it: ``\b``
    before a letter (a word character) says that no word character stands before it,
    ``(?<!\w[\s\S])`` after it; a look-behind takes any one character more at its end (kept
    case-insensitive, as written)."""
    if test == "\\b":
        return "(?<!\\w[\\s\\S])"
    return f"(?i:{test[:4]}(?:{test[4:-1]})[\\s\\S]))"


_cased_characters: str | None = None


@functools.cache
def letter_cases(letter: str) -> str:
    """Every character that ``(?i)letter`` matches (``k``: ``kK\u212a``, the Kelvin sign too).

    The engine lower-cases a character (one-to-one, ``_sre.unicode_tolower``) to compare it
    case-insensitively, so a character it does not count as cased matches only itself or the
    lower case of the letter (the letter itself for an uncased one); the engine is asked about the
    letter and every cased character (tests check it against every Unicode character)."""
    global _cased_characters
    if _cased_characters is None:
        _cased_characters = "".join(chr(i) for i in range(0x110000) if _sre.unicode_iscased(i))
    same = re.compile(re.escape(letter), re.IGNORECASE)
    candidates = dict.fromkeys(letter + chr(_sre.unicode_tolower(ord(letter))) + _cased_characters)
    return "".join(sorted(char for char in candidates if same.fullmatch(char)))


def caseless_prefixed(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    r"""A case-insensitive pattern whose matches each open with a letter (after ``\b`` or
    look-behinds, through leading groups), written one branch per way of writing that letter, the
    tests before it moved after it and the rest case-insensitive:
    ``\b(?:tổng\s+)?thu`` → ``t(?<!\w[\s\S])(?i:ổng\s+thu)|T(?<!\w[\s\S])(?i:ổng\s+thu)|
    t(?<!\w[\s\S])(?i:hu)|T(?<!\w[\s\S])(?i:hu)``; None when ``rx`` is not such a pattern.

    The same matches: at a position only the openings whose letter is written there can match,
    and the branches keep those in their order (a branch of another letter fails at once). But
    every branch now opens with a literal and the pattern is compiled without the global
    case-insensitive flag, so the engine skips to those letters (a charset prefix) instead of
    trying the pattern at every character: a case-insensitive cased letter disables the skip.
    Patterns with other flags are left out; one with groups is written by
    ``_caseless_prefixed_with_groups``, which keeps their numbers."""
    if rx.flags & (re.ASCII | re.LOCALE | re.VERBOSE) or not rx.flags & re.IGNORECASE:
        return None
    if rx.groups:
        return _caseless_prefixed_with_groups(rx)
    try:
        openings = _letter_openings(rx.pattern)
    except _Unbounded:
        return None
    # the openings of each way of writing a letter, in their order (letters written alike case-
    # insensitively, "k" and "K", share them): openings of different letters never both match at
    # a place, so only the order among those of one letter counts
    by_cases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for tests, letter, rest in openings:
        by_cases.setdefault(letter_cases(letter), []).append((tests, rest))
    written = "".join(by_cases)
    if len(set(written)) != len(written) or not all(char.isalnum() for char in written):
        return None  # case sets that overlap; \b moved after the letter needs a word character
    branches = []
    for cases, group in by_cases.items():
        # consecutive openings with the same tests share them: tested once, then their rests in order
        runs: list[tuple[tuple[str, ...], list[str]]] = []
        for tests, rest in group:
            if runs and runs[-1][0] == tests:
                runs[-1][1].append(rest)
            else:
                runs.append((tests, [rest]))
        body = "|".join(
            "".join(map(_after_the_letter, tests)) + "(?i:" + "|".join(rests) + ")" for tests, rests in runs
        )
        branches += [f"{re.escape(case)}(?:{body})" for case in cases]
    try:
        return re.compile("|".join(branches), rx.flags & ~re.IGNORECASE)
    except re.error:  # a look-behind of varying width, inline flags in the middle ...
        return None


def _letter_branches(source: str, tests: tuple[str, ...] = ()) -> tuple[list[tuple[str, str]], str]:
    r"""One top-level alternative of a case-insensitive pattern as (the ways its matches go on
    once their first letter is read, in the order the pattern tries them, each as (that letter,
    the source that goes on from it to the shared part)) and the shared part, a tail of
    ``source`` that every way goes on with.

    ``letter + R``: one way (nothing to go on with), R shared. ``(?:A|B)R``: the openings of A
    and of B (their own alternatives spelled out), then R shared. ``(?:G)?T``: the openings of G,
    each going on through the rest of G and the part of T before T's shared part, then T's own
    ways; T's shared part shared. The tests before a first letter (``\b``, look-behinds) are moved
    after it (``_after_the_letter``); ``_Unbounded`` for anything else before the first letter."""
    more, source = _leading_tests(source)
    tests = (*tests, *more)
    if not source.startswith("(?:"):
        letter = source[:1]
        if not letter.isalpha() or source[1:2] in ("?", "*", "+", "{"):
            raise _Unbounded
        return [(letter, "".join(map(_after_the_letter, tests)))], source[1:]
    end = _group_end(source, 0)
    inner, after = source[3 : end - 1], source[end:]
    ways = [(letter, "".join(map(_after_the_letter, before)) + f"(?i:{rest})")
            for before, letter, rest in _letter_openings(inner, tests)]
    if after.startswith("?"):
        if after[1:2] in ("?", "+"):  # a lazy or possessive "?": the group is tried after its skip
            raise _Unbounded
        tail = after[1:]
        tail_ways, shared = _letter_branches(tail, tests)
        before_shared = tail[: len(tail) - len(shared)]
        return [(letter, f"{way[:-1]}{before_shared})") for letter, way in ways] + tail_ways, shared
    if after[:1] in ("*", "+", "{"):
        raise _Unbounded
    return ways, after


def _caseless_prefixed_with_groups(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    r"""``caseless_prefixed`` for a pattern with groups, which keeps their numbers and names: one
    class of every way of writing the letters its matches open with, then each top-level
    alternative as its ways to go on once that letter is read (``_letter_branches``), each behind
    a look-behind on the ways of writing its own letter, and the part they share:
    ``(?:tính\s+)?đến\s+(\d+)`` → ``[ĐTđt](?:(?:(?<=[Tt])(?i:ính\s+đ)|(?<=[Đđ]))(?i:ến\s+(\d+)))``.

    The same matches: the class holds every letter a match can open with; at a place, the
    alternatives and their ways are tried in the pattern's order (a way of another letter fails
    at once at its look-behind), and a way that fails further on gives back to the next as the
    group or the optional group it comes from does. Written once each and in their order, the
    groups keep their numbers and names (checked on the compiled pattern: a group in a part
    spelled out twice changes the count, then None)."""
    try:
        alternatives = [_letter_branches(alternative) for alternative in _top_level_alternatives(rx.pattern)]
    except _Unbounded:
        return None
    written: dict[str, None] = {}
    sources = []
    for ways, shared in alternatives:
        branches = []
        for letter, way in ways:
            cases = letter_cases(letter)
            written.update(dict.fromkeys(cases))
            branches.append(f"(?<=[{re.escape(cases)}]){way}")
        sources.append("(?:" + "|".join(branches) + f")(?i:{shared})")
    if not all(char.isalnum() for char in written):
        return None  # \b moved after the letter needs a word character
    try:
        rewritten = re.compile(f"[{re.escape(''.join(written))}](?:" + "|".join(sources) + ")",
                               rx.flags & ~re.IGNORECASE)
    except re.error:  # a look-behind of varying width, a group name written twice ...
        return None
    if rewritten.groups != rx.groups or rewritten.groupindex != rx.groupindex:
        return None
    return rewritten


@functools.cache
def guarded(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` with a lookahead on the characters its matches can start with (same matches).

    A case-insensitive pattern gets a case-insensitive lookahead (compiled with the same flags):
    ``(?i)[ab]`` accepts exactly the characters that ``(?i)a`` or ``(?i)b`` accept, and the
    engine cannot skip ahead on a case-insensitive literal, so the guard helps there too.
    """
    if not isinstance(rx.pattern, str) or rx.flags & (re.ASCII | re.LOCALE | re.VERBOSE):
        return rx
    if (prefixed := caseless_prefixed(rx)) is not None:
        return prefixed
    ignorecase = bool(rx.flags & re.IGNORECASE)
    guard = "[{}]"
    try:
        tree = _parser.parse(rx.pattern, rx.flags).data
        if _starts_with_one_test(tree) if ignorecase else _skips_ahead(tree):
            return rx
        try:
            first, nullable = _first_of_sequence(tree, ignorecase)
        except _Unbounded:
            # a case-insensitive part ("(?i:một|hai)"): a case-insensitive guard, wider than the
            # case-sensitive parts need, which keeps it a necessary condition
            first, nullable = _first_of_sequence(tree, ignorecase=True)
            guard = "(?i:[{}])"
    except _Unbounded:
        return rx
    if nullable or not first:
        return rx
    pairs = None if ignorecase or guard != "[{}]" else _two_letter_guard(tree)
    lookahead = pairs or "(?=" + guard.format("".join(sorted(first))) + ")"
    try:
        return re.compile(lookahead + "(?:" + rx.pattern + ")", rx.flags)
    except re.error:  # inline global flags ("(?m)^...") must stay at the start of the pattern
        return rx


def _first_items(alternative: str) -> tuple[frozenset[str] | None, bool, bool]:
    """(class items every match of ``alternative`` starts with, or None when any character may
    start one; whether those items are case-insensitive; whether it may match empty). A
    case-insensitive part makes the whole test case-insensitive: wider than needed where the
    rest is case-sensitive, which keeps it a necessary condition."""
    tree = _parser.parse(alternative).data
    try:
        first, nullable = _first_of_sequence(tree)
        ignorecase = False
    except _Unbounded:
        try:
            first, nullable = _first_of_sequence(tree, ignorecase=True)
        except _Unbounded:
            return None, False, False
        ignorecase = True
    if nullable or not first:
        return None, False, nullable
    return frozenset(first), ignorecase, False


def _char_class(items: set[str] | frozenset[str], ignorecase: bool) -> str:
    text = "[" + "".join(sorted(items)) + "]"
    return f"(?i:{text})" if ignorecase else text


def _after_char_only(items: list, char: str) -> bool:
    """Does the pattern open with a lookbehind for exactly ``char`` (``(?<=/)...``)? It can then
    only match right after that character."""
    if not items:
        return False
    op, av = items[0]
    if op is c.SUBPATTERN:
        return _after_char_only(av[3].data, char)
    if op is c.ASSERT:
        direction, sub = av
        return direction == -1 and list(sub.data) == [(c.LITERAL, ord(char))]
    return False


def _openings_not_right_after(alternative: str, char: str) -> list[tuple[frozenset[str] | None, bool]]:
    r"""The first items and their case (``_first_items``) of each top-level alternative of ``alternative``
    that can match elsewhere than right after ``char`` (``_after_char_only``): of
    ``(?<=/)\s*11\s+nhóm\b|\b11\s+nhóm`` only the second's "1", not the first's spaces. A match of the
    whole is one of its alternatives', so a place where none of those can start is one where it only
    matches right after ``char``; read whole where it does not parse cut (a back reference, a global
    flag ...)."""
    try:
        pieces = [(piece, _parser.parse(piece).data) for piece in _top_level_alternatives(alternative)]
    except (_Unbounded, re.error):
        pieces = [(alternative, _parser.parse(alternative).data)]
    return [_first_items(piece)[:2] for piece, tree in pieces if not _after_char_only(tree, char)]


_MAX_OPENINGS = 2000  # two-character openings of one alternative (a long list of words has hundreds)


def _atom(text: str, ignorecase: bool) -> str:
    return f"(?i:{text})" if ignorecase else text


def _sequence_atoms(items: list, need: int, ignorecase: bool) -> set[tuple[str, ...]]:
    """The first ``need`` characters a match of ``items`` can open with, each as the pattern of
    one character (a literal or a class, case-insensitive where the pattern is); shorter
    sequences where a match can end sooner. Raises ``_Unbounded`` where that is not known (a
    back reference, a repeat that may match nothing, ``.``, ...) or too many."""
    results: set[tuple[str, ...]] = {()}
    for op, av in items:
        grown: set[tuple[str, ...]] = set()
        for sequence in results:
            if len(sequence) >= need:
                grown.add(sequence)
                continue
            grown |= {sequence + more for more in _item_atoms(op, av, need - len(sequence), ignorecase)}
        results = grown
        if len(results) > _MAX_OPENINGS:
            raise _Unbounded
    return results


def _item_atoms(op: object, av: object, need: int, ignorecase: bool) -> set[tuple[str, ...]]:
    if op is c.LITERAL:
        return {(_atom(re.escape(chr(av)), ignorecase),)}
    if op is c.IN:
        if any(o is c.NEGATE for o, _ in av):
            raise _Unbounded
        return {(_atom("[" + "".join(_class_item(o, a) for o, a in av) + "]", ignorecase),)}
    if op in _ZERO_WIDTH:
        return {()}  # a lookaround or \b consumes nothing: a wider condition, still a necessary one
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & ~re.IGNORECASE:
            raise _Unbounded
        inner = (ignorecase or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _sequence_atoms(sub.data, need, inner)
    if op is c.BRANCH:
        return {seq for alternative in av[1] for seq in _sequence_atoms(alternative.data, need, ignorecase)}
    if op in _REPEATS:
        low, high, sub = av
        if _first_of_sequence(sub.data, ignorecase=True)[1]:
            raise _Unbounded  # a copy may be empty
        # every copy takes a character at least: ``need`` copies open any longer match
        copies = range(min(low, need), min(high, need) + 1)
        return {seq for k in copies for seq in _sequence_atoms(list(sub.data) * k, need, ignorecase)}
    raise _Unbounded


def _opening_test(alternative: str, longest: int = 2) -> re.Pattern[str] | None:
    """A pattern that matches at the start of the next ``longest`` characters of a text wherever a
    match of ``alternative`` can open there (a necessary condition): the alternation of the first
    ``longest`` characters its matches can open with, and of its whole matches shorter than that
    (so, of the characters before a match's end, it matches a prefix: ``test.match(text[pos:pos +
    longest])`` where ``longest`` is cut by the text's end or the search's ``endpos``). Read with
    the longest length whose openings are known (down to one character); None when even those are
    not (a back reference, ``.``, a negated class ...)."""
    tree = _parser.parse(alternative).data
    for length in range(longest, 0, -1):
        try:
            sequences = _sequence_atoms(tree, length, False)
        except _Unbounded:
            continue
        if () in sequences:
            return None  # an empty match: anything opens it
        return re.compile("|".join(sorted("".join(seq) for seq in sequences)))
    return None


# The characters whose openings choose the alternatives tried at a place (six: "ngày", "tháng" and
# "tầng" part there, most years from the numbers they are not, "tháng 5" from "tháng này"); the
# alternatives that can open with a place's first two are chosen first, once for each pair
_OPENING_LENGTH = 6
# (the choices of the openings met are kept, up to this many: then forgotten, so that memory stays flat)
_MAX_CHOICES = 50_000


class FirstCharAlternation:
    """``prefix(?:alt1|alt2|...)`` matched at one position trying only the alternatives that can
    open with the characters written there.

    The engine tries alternatives in order and keeps the first that matches; one that cannot
    start with the character at the position fails anyway, so dropping it (and keeping the
    others in order) gives the same match. Where an alternative's matches open with known
    characters (``ngày``, ``tháng``, ``tổ``, a year ``2024``), the (up to) six characters at the
    position before ``endpos`` choose (``_opening_test``; a position where none can start costs
    no regex call at all: most word starts of a report); else its first character does.
    ``match`` returns exactly what the whole alternation returns at that position;
    ``never_empty`` says whether every alternative consumes text.
    """

    def __init__(self, prefix: str, alternatives: list[str]) -> None:
        self._prefix = prefix
        self._alternatives = alternatives
        self._first: list[re.Pattern[str] | None] = []  # None: may start with anything
        self._items: list[tuple[frozenset[str] | None, bool]] = []  # the class items of each test
        self._openings: list[re.Pattern[str] | None] = []  # None: the first character decides
        self._pairs: list[re.Pattern[str] | None] = []  # the same of the first two characters
        self._triples: list[re.Pattern[str] | None] = []  # ... and of the first three
        self.never_empty = True
        for alternative in alternatives:
            items, ignorecase, nullable = _first_items(alternative)
            self.never_empty = self.never_empty and not nullable
            self._items.append((items, ignorecase))
            self._first.append(None if items is None else re.compile(_char_class(items, ignorecase)))
            self._openings.append(_opening_test(alternative, _OPENING_LENGTH))
            self._pairs.append(_opening_test(alternative, 2))
            self._triples.append(_opening_test(alternative, 3))
        self._compiled: dict[tuple[str, ...], re.Pattern[str]] = {}
        self._whole = self._compile(alternatives)
        self._by_char: dict[str, list[int]] = {}  # the alternatives that can open with a character
        self._by_pair: dict[str, list[int]] = {}  # ... with two characters (or one, before the end)
        self._by_triple: dict[str, list[int]] = {}  # ... with three (or fewer, before the end)
        self._by_opening: dict[str, re.Pattern[str] | None] = {}  # the alternation tried at an opening

    def start_test(self, after: str) -> str | None:
        """A lookahead that holds wherever an alternative can start, leaving out those that can
        only match right after the character ``after`` (the caller tests that position itself);
        None when some alternative may start anywhere."""
        sensitive: set[str] = set()
        insensitive: set[str] = set()
        for alternative in self._alternatives:
            for items, ignorecase in _openings_not_right_after(alternative, after):
                if items is None:
                    return None
                (insensitive if ignorecase else sensitive).update(items)
        tests = [_char_class(sensitive, False)] if sensitive else []
        tests += [_char_class(insensitive, True)] if insensitive else []
        return "(?=" + "|".join(tests) + ")" if tests else "(?!)"

    def _compile(self, alternatives: list[str]) -> re.Pattern[str]:
        # the same choice comes back for many characters and pairs: compiled once
        key = tuple(alternatives)
        if key not in self._compiled:
            self._compiled[key] = re.compile(self._prefix + "(?:" + "|".join(f"(?:{p})" for p in alternatives) + ")")
        return self._compiled[key]

    def _can_open(self, index: int, char: str) -> bool:
        first = self._first[index]
        return first is None or first.match(char) is not None

    def _for_opening(self, opening: str) -> re.Pattern[str] | None:
        """The alternation of the alternatives that can open with ``opening`` (the characters at a
        position, up to ``_OPENING_LENGTH`` of them before the end of the text or ``endpos``)."""
        pair, triple = opening[:2], opening[:3]
        if (indices := self._by_triple.get(triple)) is None:
            if (pairs := self._by_pair.get(pair)) is None:
                if (firsts := self._by_char.get(pair[0])) is None:
                    firsts = self._by_char[pair[0]] = [i for i in range(len(self._alternatives))
                                                       if self._can_open(i, pair[0])]
                pairs = self._by_pair[pair] = [i for i in firsts
                                               if (test := self._pairs[i]) is None or test.match(pair) is not None]
            # (the six characters' tests of ~100 alternatives a pair leaves, for each of 9,000 openings, took most of
            # the time of a choice: the three characters' tests leave fewer, once for each of 2,400 triples)
            indices = self._by_triple[triple] = [
                i for i in pairs if (test := self._triples[i]) is None or test.match(triple) is not None]
        # (each test a necessary condition of a match at the place: those of its first characters too)
        chosen = [self._alternatives[i] for i in indices
                  if (test := self._openings[i]) is None or test.match(opening) is not None]
        if len(self._by_opening) >= _MAX_CHOICES:
            self._by_opening.clear()
            self._by_pair.clear()
            self._by_triple.clear()
        self._by_opening[opening] = self._compile(chosen) if chosen else None
        return self._by_opening[opening]

    def pattern_at(self, text: str, pos: int, endpos: int) -> re.Pattern[str] | None:
        """The alternation of the alternatives that can match at ``pos`` (``None``: none can);
        its match there with ``endpos`` is the whole alternation's."""
        opening = text[pos : min(pos + _OPENING_LENGTH, endpos)]
        if not opening:
            return self._whole
        rx = self._by_opening.get(opening, False)
        return self._for_opening(opening) if rx is False else rx

    def match(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        rx = self.pattern_at(text, pos, endpos)
        return rx.match(text, pos, endpos) if rx is not None else None

    def reaches(self, text: str, starts: Iterable[re.Match[str]], pos: int, endpos: int, reach: int) -> bool:
        """Tried at each of ``starts`` (in order, from ``pos``) as ``finditer(text, pos, endpos)``
        of the whole alternation would (a start inside the previous match is skipped), does a
        match end at ``reach`` or later? (The loop of ``match``, written out: it runs for every
        possible start near every number of a report.)"""
        resume = pos
        for start in starts:
            at = start.start()
            if at < resume:
                continue  # inside the previous match
            rx = self.pattern_at(text, at, endpos)
            if rx is None:
                continue
            m = rx.match(text, at, endpos)
            if m is None:
                continue
            if reach <= m.end():
                return True
            resume = m.end()
        return False


class WindowStarts:
    """The places of one text where a ``FirstCharAlternation`` can match, found as the windows
    that ``reaches`` searches come (a window's places are scanned once: the windows of the
    numbers of a paragraph overlap), each kept with the alternation to try there.

    ``starts`` is the scan for the places where a match can start; it must read no further than
    the character at a place (a look-ahead of one character), so that ``finditer(text, i, j)``
    finds from ``i`` to ``j - 1`` the places a scan of the whole text finds there (``\\b`` and
    look-behinds see the text before ``i``).
    """

    def __init__(self, alternation: FirstCharAlternation, starts: re.Pattern[str], text: str) -> None:
        self._alternation = alternation
        self._starts = starts
        self._text = text
        self._positions: list[int] = []
        self._patterns: list[re.Pattern[str]] = []
        self._scanned_from = self._scanned_to = 0  # the places scanned: from .. to - 1

    def _scan(self, pos: int, last: int) -> None:
        """Have the places from ``pos`` to ``last`` scanned (those before them kept when the
        scanned places run on to ``pos``)."""
        if not self._scanned_from <= pos <= self._scanned_to:
            self._positions, self._patterns = [], []
            self._scanned_from = self._scanned_to = pos
        if last < self._scanned_to:
            return
        text = self._text
        alternation = self._alternation
        by_opening = alternation._by_opening
        for start in self._starts.finditer(text, self._scanned_to, last + 1):
            at = start.start()
            if at > last:
                break  # (a place at the scan's end is tried again with the text after it)
            opening = text[at : at + _OPENING_LENGTH]  # (cut by the text's end: endpos is its length)
            rx = by_opening.get(opening, False)
            if rx is False:
                rx = alternation.pattern_at(text, at, len(text))
            if rx is not None:  # a place where no alternative can open never matches: left out
                self._positions.append(at)
                self._patterns.append(rx)
        self._scanned_to = last + 1

    def reaches(self, pos: int, last: int, endpos: int, reach: int) -> bool:
        """``alternation.reaches(text, starts.finditer(text, pos, last + 1), pos, endpos, reach)``
        when no place is found at ``last + 1`` there (the caller's to know), the places found
        once: a place left out has no alternative that can open there, so it never matches and
        moves no later place; the alternation tried at a place is ``pattern_at(text, place,
        endpos)``, as in ``reaches``: the one kept when ``endpos`` lies ``_OPENING_LENGTH``
        characters past ``last`` or at the end of the text (every number's window: the openings
        read there are the ones read to the text's end), else chosen again."""
        self._scan(pos, last)
        positions, patterns = self._positions, self._patterns
        lo = bisect_left(positions, pos)
        hi = bisect_right(positions, last, lo)
        text = self._text
        kept = endpos >= min(last + _OPENING_LENGTH, len(text))
        resume = pos
        for k in range(lo, hi):
            at = positions[k]
            if at < resume:
                continue  # inside the previous match
            rx = patterns[k] if kept else self._alternation.pattern_at(text, at, endpos)
            m = rx.match(text, at, endpos) if rx is not None else None
            if m is None:
                continue
            end = m.end()
            if reach <= end:
                return True
            resume = end
        return False


def _without_wrapping(items: list) -> list:
    """The items of a pattern without a guard or groups around the whole of it."""
    while items and items[0][0] in _ZERO_WIDTH:
        items = items[1:]
    if len(items) == 1 and items[0][0] is c.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
        return _without_wrapping(list(items[0][1][3].data))
    return list(items)


def _lowered(char: str, ignorecase: bool) -> str | None:
    """The one character ``str.lower`` turns every character that a literal ``char`` matches into
    (``letter_cases`` under re.I), or None: "s" under re.I matches "ſ", which stays "ſ"; "İ" lowers
    to two characters; a capital sigma lowers to "ς" or "σ" by what follows it."""
    matched = letter_cases(char) if ignorecase else char
    lowered = {each.lower() for each in matched}
    if len(lowered) != 1 or "\u03a3" in matched:
        return None
    (one,) = lowered
    return one if len(one) == 1 else None


class _Reading:
    """How the literals of a parsed pattern are read: as written (a case-insensitive part has none,
    its literals stand for other characters) or as ``str.lower`` leaves them in a matched text
    (``_lowered``; a part whose case the pattern ignores has them too)."""

    def __init__(self, lowered: bool, ignorecase: bool = False) -> None:
        self.lowered = lowered
        self.ignorecase = ignorecase

    def char(self, code: int) -> str | None:
        if self.lowered:
            return _lowered(chr(code), self.ignorecase)
        return None if self.ignorecase else chr(code)

    def inside(self, add_flags: int, del_flags: int) -> _Reading:
        """The reading inside a group with flags of its own (``(?i:...)``, ``(?-i:...)``)."""
        if add_flags & re.IGNORECASE:
            return _Reading(self.lowered, True)
        if del_flags & re.IGNORECASE:
            return _Reading(self.lowered, False)
        return self


_AS_WRITTEN = _Reading(lowered=False)


def _lowered_reading(rx: re.Pattern[str]) -> _Reading:
    """The literals of ``rx`` as a lowered matched text holds them."""
    return _Reading(lowered=True, ignorecase=bool(rx.flags & re.IGNORECASE))


def required_runs(items: list, reading: _Reading = _AS_WRITTEN) -> list[str]:
    """The runs of literal characters that every match of a parsed sequence contains, in order:
    its own, and those of the groups and repeats (one copy at least) that every match goes
    through, each character as ``reading`` takes it (one it cannot read ends a run). A group's
    literals run on from those before and after it, and so do literals on either side of a
    zero-width test (``d(?<!\\wd)(?i:ự)`` holds "dự"); alternatives and optional parts are left out
    (a match may do without them), and a repeat's copies are runs of their own."""
    return _RequiredWalk(items, reading).runs


class _RequiredWalk:
    """The walk of ``required_runs`` over a parsed sequence: its runs, and the alternations every
    match goes through, each with the run right before it (``lead``) and the reading inside it."""

    def __init__(self, items: list, reading: _Reading, lead: str = "") -> None:
        self._runs = [lead]
        self.alternations: list[tuple[str, list, _Reading]] = []
        self._walk(items, reading)
        self.runs = [run for run in self._runs if run]

    def _walk(self, items: list, reading: _Reading) -> None:
        runs = self._runs
        for op, av in items:
            if op is c.LITERAL and (char := reading.char(av)) is not None:
                runs[-1] += char
            elif op is c.SUBPATTERN:
                self._walk(av[3].data, reading.inside(av[1], av[2]))
            elif op is c.ATOMIC_GROUP:
                self._walk(av.data, reading)
            elif op in _ZERO_WIDTH:
                continue  # (it reads no character: the literals either side of it stand together)
            else:
                if op is c.BRANCH:
                    self.alternations.append((runs[-1], [list(alternative.data) for alternative in av[1]], reading))
                runs.append("")
                if op in _REPEATS and av[0] >= 1:
                    self._walk(av[2].data, reading)
                    runs.append("")


def _rarity(literals: tuple[str, ...]) -> tuple[int, int]:
    """How seldom a text holds one of the literals without a match, judged by their form: a
    longer literal is rarer, and a set is as common as its shortest literal and more common the
    more literals it has."""
    return min(map(len, literals)), -len(literals)


def _required_choice(items: list, reading: _Reading, lead: str = "") -> tuple[str, ...]:
    """Literals one of which every match of a parsed sequence (after the text ``lead``) contains, of
    two characters at least: one of its required runs (``required_runs``), or the literals of each
    alternative of an alternation it goes through, each alternative read after the run right before
    the alternation (the regex parser moves the opening shared by all the alternatives of
    ``tai\\s+nạn|tử\\s+vong`` before them: ``t(?:ai\\s+nạn|ử\\s+vong)``, whose choice is then "tai", "tử"),
    the rarest (``_rarity``; of those alike, the last: a phrase's head word comes first, what singles
    it out after it). () when there is none."""
    walk = _RequiredWalk(items, reading, lead)
    candidates = [(run,) for run in walk.runs if len(run) >= 2]
    for before, alternatives, inner in walk.alternations:
        choices = [_required_choice(alternative, inner, before) for alternative in alternatives]
        if all(choices):
            candidates.append(tuple(dict.fromkeys(literal for choice in choices for literal in choice)))
    return max(reversed(candidates), key=_rarity, default=())


def _parsed_items(rx: re.Pattern[str]) -> list | None:
    """The parsed items of ``rx`` without its wrapping (None for a verbose pattern, or one the parser
    refuses)."""
    if not isinstance(rx.pattern, str) or rx.flags & re.VERBOSE:
        return None
    try:
        return _without_wrapping(list(_parser.parse(rx.pattern, rx.flags).data))
    except re.error:
        return None


def _case_sensitive_items(rx: re.Pattern[str]) -> list | None:
    """The parsed items of a case-sensitive ``rx`` without its wrapping (None for a case-insensitive
    pattern, whose literals stand for other characters)."""
    return None if rx.flags & re.IGNORECASE else _parsed_items(rx)


def required_literals(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """Texts one of which every match of ``rx`` contains (``_required_choice``: runs of literal
    characters, one for each alternative at least), so that ``any(t in text for t in ...)`` is a
    necessary condition tested without the regex engine; None when some alternative has no run of
    two characters or the pattern is case-insensitive."""
    items = _case_sensitive_items(rx)
    if items is None:
        return None
    return _required_choice(items, _AS_WRITTEN) or None


def required_lowered_literals(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """Texts one of which ``text.lower()`` holds whenever ``rx`` matches in ``text``: ``required_literals``
    of the pattern's literals lowered, for a case-insensitive pattern too ("Mục", "MỤC" and "mục" all
    leave "mục"). A letter that case-insensitive matching takes for a character that lowers to another
    ("s" for "ſ", "i" for "ı") ends a run. None when some alternative has no run of two characters."""
    items = _parsed_items(rx)
    if items is None:
        return None
    return _required_choice(items, _lowered_reading(rx)) or None


def required_runs_of_each_alternative(rx: re.Pattern[str], lowered: bool = False) -> tuple[tuple[str, ...], ...] | None:
    """For each top-level alternative of ``rx``, the runs of two or more literal characters that every
    match of it holds (``required_runs``): a text that holds all the runs of none has no match. With
    ``lowered``, the runs ``text.lower()`` holds (as ``required_lowered_literals``). None when some
    alternative has no such run, or the pattern is case-insensitive and not ``lowered``."""
    items = _parsed_items(rx) if lowered else _case_sensitive_items(rx)
    if items is None:
        return None
    reading = _lowered_reading(rx) if lowered else _AS_WRITTEN
    if len(items) == 1 and items[0][0] is c.BRANCH:
        alternatives = [list(alternative.data) for alternative in items[0][1][1]]
    else:
        alternatives = [items]  # (one alternative, or several whose shared opening the parser took out)
    runs = tuple(tuple(dict.fromkeys(run for run in required_runs(items, reading) if len(run) >= 2))
                 for items in alternatives)
    return runs if all(runs) else None


def any_of(literals: tuple[str, ...]) -> re.Pattern[str]:
    """A scan for any of ``literals`` (the engine skips to their first letters): ``.search(text)`` answers
    ``any(literal in text for literal in literals)`` in a third of the time on a figure's short segments."""
    return re.compile("|".join(map(re.escape, literals)))


def miscased_letters(runs: Iterable[str]) -> tuple[str, ...]:
    """The characters case-insensitive matching takes for a letter of the lowered ``runs`` whose own lower
    case is another character ("ı", "ſ", "İ" for "i", "s"): in a text without them, a case-insensitive match
    of a run leaves the run itself in ``text.lower()``. (The other way to a necessary condition on a lowered
    text, ``required_lowered_literals``, ends a run at such a letter instead and needs no test of the text.)"""
    return tuple(sorted({
        case for run in runs for letter in run for original in (letter, letter.upper())
        for case in letter_cases(original) if case.lower() != letter
    }))


def lowered_literal_scan(rx: re.Pattern[str]) -> re.Pattern[str]:
    """A scan of ``text.lower()`` that finds nothing only when ``rx`` has no match in ``text`` (``any_of``
    its ``required_lowered_literals``): a cheap test before a long case-insensitive pattern. An error
    when the pattern offers no such literals, so that an edit that takes them away shows at import."""
    literals = required_lowered_literals(rx)
    if literals is None:
        raise ValueError(f"no literal two characters long in every match of {rx.pattern[:80]!r}")
    return any_of(literals)


def holds_the_runs_of_an_alternative(text: str, runs: tuple[tuple[str, ...], ...]) -> bool:
    """Does ``text`` hold every run of one alternative (``required_runs_of_each_alternative``)? When it
    does not, the pattern has no match in it."""
    return any(all(run in text for run in alternative) for alternative in runs)


def caseless_word_start(words: tuple[str, ...], cases: dict[str, str], not_after: str = r"\w") -> str:
    r"""``\b(?i:w1|w2|...)`` written one branch per way of writing a first letter, the ``\b`` as
    a lookbehind once that letter is read: ``d(?<!\wd)(?i:ự\s+ước)|D(?<!\wD)(?i:ự\s+ước)|...``
    (a space in a word stands for ``\s+``). The same matches: at a place only the words whose first
    letter is written there can match, each branch keeps them in their order, and a letter is
    written only as one of ``cases[letter]`` (every character case-insensitive matching takes for
    it: ``ſ`` for ``s``; tests check the tables against the engine). But every branch opens with a
    literal, so the engine skips to those letters instead of trying the words at every character.
    ``not_after``: the class of one character that may not stand before the word (``\w``: the
    ``\b``; ``[^\W\d_]`` for ``(?<![^\W\d_])(?i:w1|...)``, a word not glued to a letter)."""
    branches = []
    for first in dict.fromkeys(word[0] for word in words):
        rests = "|".join(r"\s+".join(word[1:].split(" ")) for word in words if word[0] == first)
        branches += [rf"{re.escape(case)}(?<!{not_after}{re.escape(case)})(?i:{rests})" for case in cases[first]]
    return "|".join(branches)


def caseless_first_letter(sources: tuple[str, ...], cases: dict[str, str]) -> str:
    r"""``(?i:src1|src2|...)`` (regex sources that each open with a plain letter) written one branch
    per way of writing that letter, ``s(?i:o\s+với...)|S(?i:o\s+với...)|ſ(?i:o\s+với...)``: the
    same matches (as ``caseless_word_start``, without a word start), found by skipping to those
    letters."""
    branches = []
    for first in dict.fromkeys(source[0] for source in sources):
        rests = "|".join(source[1:] for source in sources if source[0] == first)
        branches += [rf"{re.escape(case)}(?i:{rests})" for case in cases[first]]
    return "|".join(branches)


# --- a whole text scanned only where a match can start ---------------------------------------
# ``finditer`` tries a pattern at every character; where the places a match can start are known
# (its opening words, the marks a sentence break follows), trying it only there gives the same
# matches at a fraction of the cost.


def opening_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    r"""The words every match of ``pattern`` opens with ("sạt", "lở", ... for the branches of the
    landslide words), read from the parsed pattern past zero-width tests such as ``(?<!mưa\s)``; None
    when some branch opens with no letters written out, or the pattern ignores case."""
    if pattern.flags & re.IGNORECASE:
        return None
    words = _sequence_opening_words(_parser.parse(pattern.pattern, pattern.flags).data)
    return tuple(dict.fromkeys(words)) if words else None



def _sequence_opening_words(items: list) -> list[str] | None:
    r"""The words a match of a parsed sequence opens with: its first run of letters, or those of
    every branch of a leading alternation or group (``(?:để|nhằm)\s+...``)."""
    at = 0
    while at < len(items) and items[at][0] in _ZERO_WIDTH:
        at += 1
    if at == len(items):
        return None
    op, av = items[at]
    if op is c.BRANCH or op is c.SUBPATTERN:
        if op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:  # (?i:...) and the like
                return None
            branches = [sub.data]
        else:
            branches = [branch.data for branch in av[1]]
        words: list[str] = []
        for branch in branches:
            opening = _sequence_opening_words(branch)
            if opening is None:
                return None
            words.extend(opening)
        return words
    word = ""
    while at < len(items) and items[at][0] is c.LITERAL:
        word += chr(items[at][1])
        at += 1
    return [word] if word else None


def places_of(text: str, words: Iterable[str]) -> set[int]:
    """Where each of the words (or characters) stands in the text (overlaps included)."""
    found: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.add(at)
            at = text.find(word, at + 1)
    return found


def matches_tried_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    r"""``list(pattern.finditer(text))`` when ``starts`` (ascending) holds every place a match can
    start and no match is empty: the pattern is tried there, left to right, each time past the end
    of the match before, as ``finditer`` does. ``match(text, at)`` reads the text before ``at`` for
    lookbehinds and ``\b`` as a scan does."""
    found: list[re.Match[str]] = []
    end = 0
    for at in starts:
        if at >= end and (m := pattern.match(text, at)):
            end = m.end()
            found.append(m)
    return found


def spans_tried_at(pattern: re.Pattern[str], text: str, starts: set[int]) -> list[tuple[int, int]]:
    """The spans of ``matches_tried_at`` for an unordered set of possible starts."""
    return [m.span() for m in matches_tried_at(pattern, text, sorted(starts))]


def match_spans(pattern: re.Pattern[str], words: tuple[str, ...] | None, text: str) -> list[tuple[int, int]]:
    """The spans of ``pattern.finditer(text)``, found faster when every match opens with one of
    ``words`` (``opening_words``; None: a plain scan): ``str.find`` skips to those places."""
    if words is None:
        return [m.span() for m in pattern.finditer(text)]
    return spans_tried_at(pattern, text, places_of(text, words))
