"""What a statement is about, in words cheap to compare: content-word stems and stance cues.

Used by the linker (which statements answer which) and by context (earlier
sentences on the same question). Pure functions over strings.
"""
from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\u2019.-]*[A-Za-z0-9]|[A-Za-z0-9]")

# function words, reporting verbs and words so common in news that sharing them says nothing
STOPWORDS = frozenset("""
a about above after again against all almost also although am among an and another any anybody anyone
anything are around as at be became because become been before being below between both but by can
could did do does doing done down during each either else enough even ever every few for from further
get gets getting go goes going gone got had has have having he her here hers herself him himself his how
however i if in into is it its itself just least less let like made make makes many may me might more most
much must my myself neither never no nobody none nor not nothing now of off often on once one only or
other others our ours ourselves out over own per perhaps quite rather really said same say saying says
see seem seemed she should since so some somebody someone something still such than that the their
theirs them themselves then there these they thing things this those though through thus to told too
under until up upon us very was way we well were what whatever when where whether which while who whom
whose why will with within without would yes yet you your yours yourself
mr mrs ms dr tell tells telling asked ask added add told according claim claimed claims statement
week weeks year years day days time times today yesterday monday tuesday wednesday thursday friday
saturday sunday people percent new first last told called call think know want wanted going
""".split())

# words that turn a statement against what it is about
NEGATIONS = frozenset("""
not no never nothing none neither nor cannot can't won't don't doesn't didn't isn't aren't wasn't weren't
wouldn't shouldn't couldn't hasn't haven't hadn't without nobody
""".replace("'", "\u2019").split()) | frozenset("""
not no never nothing none neither nor cannot can't won't don't doesn't didn't isn't aren't wasn't weren't
wouldn't shouldn't couldn't hasn't haven't hadn't without nobody
""".split())

# pairs of stems on opposite sides of one question
_OPPOSITES = [
    ("permanent", "temporary"), ("awake", "asleep"), ("oppose", "support"), ("oppose", "favor"),
    ("true", "false"), ("accept", "reject"), ("guilty", "innocent"), ("legal", "illegal"),
    ("win", "lose"), ("rise", "fall"), ("increase", "decrease"), ("safe", "dangerous"),
    ("success", "failure"), ("strong", "weak"), ("agree", "disagree"), ("allow", "ban"),
    ("more", "less"), ("help", "hurt"), ("right", "wrong"), ("truth", "lie"),
]

STEM_LENGTH = 6
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ed", "es", "s", "e", "ly")


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """A crude stem: lower case, no possessive, a few suffixes off, cut to a fixed length.

    It conflates "invade", "invaded" and "invading" (and now and then two
    unrelated words); it is fast and good enough for counting shared topics.
    """
    w = word.lower().replace("\u2019", "'")
    if w.endswith(("'s", "s'")):
        w = w[:-2]
    # (no suffix comes off a word shorter than five letters or ending in none of them)
    if len(w) > 4 and w.endswith(_SUFFIXES):
        for suffix in _SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)]
                break
    return w[:STEM_LENGTH]


OPPOSITES: dict[str, set[str]] = {}
for _a, _b in _OPPOSITES:
    OPPOSITES.setdefault(stem(_a), set()).add(stem(_b))
    OPPOSITES.setdefault(stem(_b), set()).add(stem(_a))


def words(text: str) -> list[str]:
    return WORD.findall(text)


_LOWER_WORD = re.compile(r"[a-z0-9](?:[a-z0-9'\u2019.-]*[a-z0-9])?")
# word -> its content stem, or "" for a function word; news reuses a small vocabulary
_STEM_OF: dict[str, str] = {}


def _content_stem(word: str) -> str:
    got = _STEM_OF.get(word)
    if got is None:
        w = word.replace("\u2019", "'")
        if w in STOPWORDS or len(w) < 3 or w.isdigit() or (w.endswith("'s") and w[:-2] in STOPWORDS):
            got = ""
        else:
            got = stem(w)
        if len(_STEM_OF) < 500_000:
            _STEM_OF[word] = got
    return got


# the last text split into words: the linker asks for a statement's stems and then its negation
_last_words: tuple = ("", frozenset())


# the words `_LOWER_WORD` finds, read faster from the lower case's UTF-8 bytes: a byte that is
# no part of a word (as is every byte of a character past ASCII) becomes a space, and a word is
# what stands between spaces, its outer apostrophes, points and hyphens off. "\u2019" is read
# as "'" first (as `_content_stem` and NEGATIONS take either)
_WORD_BYTES = bytes(b if chr(b) in "abcdefghijklmnopqrstuvwxyz0123456789'.-" else 32 for b in range(256))


def _lower_words(text: str) -> frozenset[str]:
    global _last_words
    last = _last_words
    if last[0] is not text:
        spaced = text.lower().replace("\u2019", "'").encode("utf-8", "surrogatepass").translate(_WORD_BYTES)
        found = {w.strip("'.-") for w in spaced.decode("ascii").split()}
        found.discard("")
        last = _last_words = (text, frozenset(found))
    return last[1]


def content_stems(text: str) -> set[str]:
    """Stems of the words that carry a topic (not function words, not numbers alone)."""
    words = _lower_words(text)
    # nearly every word has been seen before: look them all up at once
    out = set(map(_STEM_OF.get, words))
    if None in out:
        out.discard(None)
        out.update(_content_stem(w) for w in words if w not in _STEM_OF)
    out.discard("")
    return out


@lru_cache(maxsize=4096)
def statement_stems(text: str) -> frozenset[str]:
    """`content_stems(text)`, kept for the statements of the last few articles: the
    linker and context read the same statements one after the other."""
    return frozenset(content_stems(text))


def negated(text: str) -> bool:
    """The text says no to something ("not", "never", "didn't")."""
    return (not NEGATIONS.isdisjoint(_lower_words(text))) or "n't" in text or "n\u2019t" in text


def stems_and_negation(text: str) -> tuple[set[str], bool]:
    """`content_stems(text)` and `negated(text)` from one reading of the text."""
    words = set(_LOWER_WORD.findall(text.lower()))
    out = set(map(_STEM_OF.get, words))
    if None in out:
        out = {_content_stem(w) for w in words}
    out.discard("")
    return out, (not NEGATIONS.isdisjoint(words)) or "n't" in text or "n\u2019t" in text


# how close a "not" must stand to a shared word to say no to it ("nor her campaign helped")
NEGATION_REACH = 4


def negated_near(text: str, stems: set[str], reach: int = NEGATION_REACH) -> bool:
    """The text says no right next to one of `stems`: "neither she nor her campaign helped"
    negates "helped", "there is no plan to expand the ferry" does not negate "ferry"."""
    toks = _LOWER_WORD.findall(text.lower())
    nots = [i for i, w in enumerate(toks) if w in NEGATIONS or w.endswith(("n't", "n\u2019t"))]
    if not nots:
        return False
    near = [i for i, w in enumerate(toks) if _content_stem(w) in stems]
    return any(abs(i - j) <= reach for i in nots for j in near)


def opposites_of(stems: set[str]) -> frozenset[str]:
    """The stems opposite to any of `stems`: `opposite_stems(stems, b)` finds a pair exactly when
    these meet b."""
    if OPPOSITES.keys().isdisjoint(stems):
        return frozenset()
    return frozenset().union(*(OPPOSITES[x] for x in stems if x in OPPOSITES))


def opposite_stems(a: set[str], b: set[str]) -> list[tuple[str, str]]:
    """Pairs (x in a, y in b) of stems that name opposite sides ("permanent", "temporary")."""
    if OPPOSITES.keys().isdisjoint(a):
        return []
    return [(x, y) for x in a if x in OPPOSITES for y in OPPOSITES[x] & b]
