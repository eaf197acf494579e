"""Patterns that open on a look-ahead of their first characters — `(?=[acis])\\b(accusation|...)` —
scan faster, but only stay right while the look-ahead admits every character an alternative can
start with. Adding "request" to such a list without adding "r" would silently stop it matching;
this test reads each module's patterns and says which one and which characters."""
from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

try:  # Python 3.11+
    from re import _constants as C, _parser as P
except ImportError:  # pragma: no cover
    import sre_constants as C
    import sre_parse as P

import store.extract

# the characters we probe: ASCII, Latin, punctuation, quotation marks and dashes
ALPHABET = [chr(c) for c in range(0x20, 0x2100)] + ["\t", "\n", "\r", "\u201c", "\u201d", "\u2018", "\u2019"]
_CATEGORY = {
    C.CATEGORY_DIGIT: re.compile(r"\d"), C.CATEGORY_NOT_DIGIT: re.compile(r"\D"),
    C.CATEGORY_SPACE: re.compile(r"\s"), C.CATEGORY_NOT_SPACE: re.compile(r"\S"),
    C.CATEGORY_WORD: re.compile(r"\w"), C.CATEGORY_NOT_WORD: re.compile(r"\W"),
}
EVERYTHING = frozenset(ALPHABET)


def _fold(chars: set[str], ignore_case: bool) -> frozenset[str]:
    if not ignore_case:
        return frozenset(chars)
    return frozenset(chars | {c.lower() for c in chars} | {c.upper() for c in chars if len(c.upper()) == 1})


def _in_set(items, ignore_case: bool) -> frozenset[str]:
    negate = False
    chars: set[str] = set()
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE:
            chars.update(c for c in ALPHABET if av[0] <= ord(c) <= av[1])
        elif op is C.CATEGORY:
            chars.update(c for c in ALPHABET if _CATEGORY[av].match(c))
        else:
            chars.update(ALPHABET)  # anything we do not read stands for every character
    folded = _fold(chars, ignore_case)
    return EVERYTHING - folded if negate else folded


def _first(seq, ignore_case: bool) -> tuple[frozenset[str], bool]:
    """The characters a match of `seq` can start with, and whether it can match nothing."""
    for i, (op, av) in enumerate(seq):
        if op is C.AT or op is C.ASSERT_NOT or (op is C.ASSERT and av[0] < 0):
            continue  # zero width: a boundary, a look-behind, a negative look-ahead
        if op is C.ASSERT:
            ahead, _ = _first(av[1], ignore_case)
            rest, nullable = _first(seq[i + 1:], ignore_case)
            return (ahead if nullable else ahead & rest), False
        if op is C.LITERAL:
            return _fold({chr(av)}, ignore_case), False
        if op is C.NOT_LITERAL:
            return EVERYTHING - _fold({chr(av)}, ignore_case), False
        if op is C.IN:
            return _in_set(av, ignore_case), False
        if op is C.ANY:
            return EVERYTHING, False
        if op is C.BRANCH:
            firsts = [_first(list(alt) + list(seq[i + 1:]), ignore_case) for alt in av[1]]
            return frozenset().union(*(f for f, _ in firsts)), any(n for _, n in firsts)
        if op is C.SUBPATTERN:
            return _first(list(av[-1]) + list(seq[i + 1:]), ignore_case)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, _hi, sub = av
            inner, nullable = _first(sub, ignore_case)
            if lo and not nullable:
                return inner, False
            rest, rest_nullable = _first(seq[i + 1:], ignore_case)
            return inner | rest, rest_nullable
        if op is getattr(C, "ATOMIC_GROUP", None):
            return _first(list(av) + list(seq[i + 1:]), ignore_case)
        return EVERYTHING, False
    return frozenset(), True


def _guards(pattern: re.Pattern):
    """(look-ahead's characters, what the rest can start with) for each look-ahead of one
    character class that stands before the rest of the pattern at its top level."""
    parsed = P.parse(pattern.pattern, pattern.flags)
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    seq = list(parsed)
    for i, (op, av) in enumerate(seq):
        if op is C.ASSERT and av[0] > 0 and len(av[1]) == 1 and av[1][0][0] is C.IN and seq[i + 1:]:
            rest, nullable = _first(seq[i + 1:], ignore_case)
            if not nullable:
                yield _in_set(av[1][0][1], ignore_case), rest


def _patterns():
    for info in pkgutil.iter_modules(store.extract.__path__):
        module = importlib.import_module(f"store.extract.{info.name}")
        for name, value in vars(module).items():
            values = value if isinstance(value, (list, tuple)) else [value]
            for v in values:
                if isinstance(v, tuple):
                    v = next((x for x in v if isinstance(x, re.Pattern)), None)
                if isinstance(v, re.Pattern):
                    yield f"{info.name}.{name}", v


GUARDED = [(name, p) for name, p in _patterns() if any(True for _ in _guards(p))]


def test_there_are_guarded_patterns_to_check():
    assert len(GUARDED) >= 5


@pytest.mark.parametrize("name,pattern", GUARDED, ids=[n for n, _ in GUARDED])
def test_a_first_character_guard_admits_every_start(name, pattern):
    for guard, starts in _guards(pattern):
        missing = sorted(starts - guard)
        assert not missing, f"{name}: its look-ahead leaves out {''.join(missing[:40])!r}"


def test_the_check_catches_a_guard_that_leaves_a_word_out():
    bad = re.compile(r"(?=[acis])\b(accusation|claim|request)s?\b")
    (guard, starts), = _guards(bad)
    assert sorted(starts - guard) == ["r"]
    good = re.compile(r"(?=[acirs])\b(accusation|claim|request)s?\b")
    assert all(not (s - g) for g, s in _guards(good))
    # a guard of lower-case letters serves a pattern that ignores case, not one that does not
    assert all(not (s - g) for g, s in _guards(re.compile(r"(?=[hd])\b(hit back|denied)\b", re.I)))
    (guard, starts), = _guards(re.compile(r"(?=[hd])\b(hit back|Denied)\b"))
    assert sorted(starts - guard) == ["D"]
