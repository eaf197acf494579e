"""Who answers whom: `rebuts` and `contradicts` links between statements.

A link `source → target` says the source statement answers the target, made
earlier (or, in a headline or lede, just after) by someone else. The linker
weighs, for each nearby pair of statements by different speakers:

- how the source is reported: a rebuttal verb in its frame ("hit back",
  "rejected"; weaker when aimed at a name, "dismissed Estonia as …"),
  dismissive words in its content ("lies", "unfounded"; not when denied, "I
  don't think this is a ridiculous idea"), words pointing at a claim
  ("Blinken's comments", "that argument", "the charge" — answering the
  statement reported as that kind, "accused"), the other side's words said
  or quoted back ("Every time you say that", "made him ''smart''");
- whether it names the target's speaker, as addressee or at all;
- the content words the two share, rarer words counting more, and whether
  one negates or opposes what the other says;
- whether the target's speaker is the one who spoke just before.

Candidates come from a window of neighbouring statements plus an index of
content words for named speakers further back, so the work stays linear
in the article's length. A statement that goes on from a linked statement
by the same speaker ("…," she said. "Even …") answers the same targets.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from bisect import bisect_left, bisect_right
from itertools import accumulate, chain, islice, repeat
from dataclasses import dataclass, field
from functools import lru_cache

from . import gender
from .model import Article, Link, Speaker, Statement
from .quotes import US_STATES
from .sentences import sentence_spans
from .stance import answer_cue, doubted, first_person, claim_kinds_pointed_at, claim_kinds_reported, names_critics, opens_against, points_at_claim, replies
from .topics import WORD, content_stems, negated, negated_near, opposite_stems, opposites_of, statement_stems, stem

# how far to look for the claim a statement answers, in statements
BACK_WINDOW = 12
FORWARD_WINDOW = 4
# the headline and lede, which may answer a claim the article reports further on
LEDE_PARAGRAPHS = 3
# a named speaker's claim further back than a few statements must share this much rare vocabulary
FAR_OVERLAP = 1.2
# one statement rarely answers more than a few others; past that, it is a topic, not an answer
MAX_TARGETS = 3
# targets kept beside the surest must be about as sure
TARGET_MARGIN = 0.15
# a neighbour of a chosen claim (same speaker, same paragraph) must share this much rare vocabulary with the answer
NEIGHBOUR_OVERLAP = 0.3
CONTENT_MARK = "\u2026"
# the reporting clause: this much text before the cue or source and after them
FRAME_BEFORE = 40
FRAME_AFTER = 60
# cross-article links must be surer still: the two articles share no frame
CROSS_THRESHOLD = 0.6
# shared rare words raise a link's score up to this much: past it, two claims are equally on the question
OVERLAP_CAP = 0.4
# a doubt about someone is answered by them within this many statements
DOUBT_REACH = 5
_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])[\w'\u2019.-]*")
_GENERIC_NAME_WORDS = frozenset("""
the a an of and for mr mrs ms dr sen rep gov president minister prime secretary state official officials
spokesman spokeswoman spokesperson source sources house office department campaign party administration
new said says us u.s judge justice executive director former vice chief general
""".split())


@dataclass(slots=True)
class _Said:
    """One statement as the linker sees it."""
    statement: Statement
    index: int
    speaker: Speaker
    sentence: str
    stems: set[str]
    negated: bool
    cue: float
    cue_word: str
    # answers whoever spoke before, not an object of its own (see stance.answer_cue)
    open_answer: bool
    # the sentence opens against what came before ("But …")
    contrast: bool
    # what the statement is reported as doing ("complained", "arguing"), as stems
    cue_stems: frozenset[str] = frozenset()
    # the words of a short quotation inside a reported statement ("made him ''smart''"), as stems
    quoted: frozenset[str] = frozenset()
    # the stems opposite to its own ("temporary" for "permanent"), for a pair to test at once
    opposites: frozenset[str] = frozenset()
    # the kinds of claim it points at ("the charge") and the kind it is reported as ("accused")
    points: frozenset[str] = frozenset()
    reported_as: frozenset[str] = frozenset()
    # speaks of the other side as critics ("the examples that critics point to")
    critics: bool = False
    # doubts what a third person can do ("whether he can raise money"); speaks for itself ("I'll")
    doubts: str = ""
    own_voice: bool = False
    # reported as itself a reply ("defended the remark", "denied"): a later reply is no claim to answer
    replying: bool = False
    # its content words and its cue's: what another statement can point at
    topic: set[str] = field(default_factory=set)
    # speakers named outside the content or as owners of words ("Blinken's comments")
    addressed: set[str] = field(default_factory=set)
    # speakers named anywhere in the content
    mentioned: set[str] = field(default_factory=set)
    # speakers the content is about: named, not as an owner, among its first words
    # ("that Donald Trump doesn't want …", "Did Crooked Hillary help …")
    subjects: set[str] = field(default_factory=set)
    subject_names: dict[str, str] = field(default_factory=dict)
    # a speaker reached through the one named ("Trump's campaign" through "Trump"): that name
    named_as: dict[str, str] = field(default_factory=dict)
    # the speaker's key and those of its side, as far as the linker asked
    side_keys: set[str] = field(default_factory=set)


# where a speaker works or comes from is no name of theirs: "a scientist at Newport University
# in Scott's district" names neither Newport nor Scott; nor is what a relative clause says of it
# ("the agency that oversees the EB-5 program")
_PLACE_PHRASE = re.compile(r"\b(?:in|at|from|near|outside|across)\s+(?:the\s+)?[A-Z][^,;]*|\b(?:that|which|who|whose)\s.*")
# nor is the state a lawmaker stands for: "Sen. Ann Lee of Ohio", "Rep. Bo Ruiz (R-Ohio)" are two
# sides, whatever state they share
_STATE_OF = re.compile(r"\bof\s+(?:" + "|".join(sorted((re.escape(s) for s in US_STATES), key=len, reverse=True))
                       + r")\b\.?|\([DRI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\)")


def name_tokens(speaker: Speaker) -> frozenset[str]:
    """The words that name a speaker in running text ("blinken", "hamas"), with the words of
    its descriptions that name its side ("spokeswoman for Hillary Clinton"), not its places."""
    return _name_tokens(speaker.name, tuple(speaker.aliases))


@lru_cache(maxsize=20_000)
def _name_tokens(first: str, aliases: tuple[str, ...]) -> frozenset[str]:
    out = set()
    for i, name in enumerate([first, *aliases]):
        if i:
            name = _STATE_OF.sub(" ", _PLACE_PHRASE.sub(" ", name))
        for w in WORD.findall(name):
            if w[:1].isupper() and len(w) > 2 and w.lower() not in _GENERIC_NAME_WORDS:
                out.add(w.lower().replace("\u2019s", "").replace("'s", ""))
    return frozenset(out)


def _token_index(names: dict[str, frozenset[str]], people: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    """Name word -> the speakers it names. A word several speakers share ("Trump" in
    "Donald Trump" and "Donald Trump campaign") names the one with the plainest name,
    a person before anything else ("Podliska" is Bradley Podliska before "Podliska's lawsuit")."""
    by_token: dict[str, set[str]] = {}
    for key, toks in names.items():
        for t in toks:
            by_token.setdefault(t, set()).add(key)
    for t, keys in by_token.items():
        if len(keys) > 1:
            chosen = (keys & people) or keys
            least = min(len(names[k]) for k in chosen)
            # and any speaker this word alone names ("Clinton now" beside "Hillary Clinton")
            by_token[t] = {k for k in chosen if len(names[k]) == least} | {k for k in keys if names[k] == {t}}
    return by_token


def same_side(a: Speaker, b: Speaker, names: dict[str, frozenset[str]]) -> bool:
    """One speaker, or one side of it ("Hamas" and "a Hamas official")."""
    if a.key == b.key:
        return True
    if names.get(a.key, frozenset()) & names.get(b.key, frozenset()):
        return True
    # one name inside the other: "Judge" and "New York judge"
    x, y = _plain_words(a.name), _plain_words(b.name)
    return bool(x) and bool(y) and (x <= y or y <= x)


def _side_asker(names: dict[str, frozenset[str]]):
    """`same_side` for the speakers of one article, each pair of keys asked once (in either
    order: the answer is the same). `side.known` holds the answers, for a loop to look up first."""
    known: dict[tuple[str, str], bool] = {}

    def side(a: Speaker, b: Speaker) -> bool:
        pair = (a.key, b.key)
        got = known.get(pair)
        if got is None:
            got = known[pair] = known[(b.key, a.key)] = same_side(a, b, names)
        return got
    side.known = known
    return side


@lru_cache(maxsize=20_000)
def _plain_words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in WORD.findall(name)) - {"the", "a", "an", "of", "s"}


class _Sentences:
    """The sentences of an article (as `sentences` gives them), each paragraph split the first
    time a statement in it asks: paragraphs no one speaks in are not split at all."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self.paragraphs = [p for p in article.paragraphs if p[0] < p[1]]
        self.starts = [s for s, _ in self.paragraphs]
        self.split: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}

    def _of(self, p: int) -> tuple[list[tuple[int, int]], list[int]]:
        got = self.split.get(p)
        if got is None:
            spans = sentence_spans(self.text, *self.paragraphs[p])
            got = self.split[p] = (spans, [s for s, _ in spans])
        return got

    def at(self, offset: int) -> tuple[int, int]:
        """The sentence holding `offset`: the last to start at or before it (or the first of all)."""
        if not self.paragraphs:
            return 0, len(self.text)
        # a paragraph's first sentence starts where it does
        p = max(0, bisect_right(self.starts, offset) - 1)
        spans, starts = self._of(p)
        return spans[max(0, bisect_right(starts, offset) - 1)]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """From the sentence holding `start` to the one holding the last character before `end`."""
        last = max(start, end - 1)
        if not self.paragraphs:
            return 0, len(self.text)
        p = max(0, bisect_right(self.starts, start) - 1)
        if p + 1 < len(self.starts) and self.starts[p + 1] <= last:
            return self.at(start)[0], self.at(last)[1]
        # (nearly always) both ends in one paragraph: it is looked up once
        spans, starts = self._of(p)
        return spans[max(0, bisect_right(starts, start) - 1)][0], spans[max(0, bisect_right(starts, last) - 1)][1]


def _frame(text: str, span: tuple[int, int], statement: Statement, contents: list[tuple[int, int]],
           reach: list[int] | None = None) -> str:
    """The reporting words around the statement's content: its sentence without the
    content of any statement. When the cue is known, only the clause around the cue and
    the source ("Hamas hit back, saying"), not another speaker's verb in the same sentence."""
    lo, hi = span
    cue, source = statement.cue_span, statement.source_span
    if cue:
        if source:
            lo = max(lo, min(cue[0], source[0]) - FRAME_BEFORE)
            hi = min(hi, max(cue[1], source[1]) + FRAME_AFTER)
        else:
            lo = max(lo, cue[0] - FRAME_BEFORE)
            hi = min(hi, cue[1] + FRAME_AFTER)
    parts, pos = [], lo
    # `reach[k]`, the furthest end of contents[:k + 1]: the contents before `first` end before lo,
    # those from `last` on start after hi
    first = bisect_right(reach, lo) if reach is not None else 0
    last = bisect_left(contents, (hi,))
    for s, e in contents[first:last]:
        if e <= pos or s >= hi:
            continue
        if s > pos:
            parts.append(text[pos:s])
        # a mark where content was, so that "denied …" does not read as a bare "denied"
        parts.append(CONTENT_MARK)
        pos = max(pos, e)
    if pos < hi:
        parts.append(text[pos:hi])
    return " ".join(parts)


def _named(text: str, by_token: dict[str, set[str]]) -> set[str]:
    out = set()
    for w in _CAPITALISED.findall(text):
        key = _NAME_KEY.get(w)
        if key is None:
            key = w.lower().rstrip(".").replace("\u2019s", "").replace("'s", "")
            if len(_NAME_KEY) < 200_000:
                _NAME_KEY[w] = key
        got = by_token.get(key)
        if got:
            out |= got
    return out


# a capitalised word -> the name word it is ("Blinken's" -> "blinken"); news reuses its names
_NAME_KEY: dict[str, str] = {}


# "Blinken's comments", "Trump's early-morning tweets": a name owning words, not just any thing
# (the capital first, then that it opens a word: a search can skip from capital to capital)
_OWNER = re.compile(
    r"([A-Z](?<!\w[A-Z])[\w.-]*)[\u2019']s\s+(?:[\w-]+\s+){0,2}?(?:comments?|remarks?|claims?|charges?|"
    r"accusations?|allegations?|assertions?|arguments?|complaints?|criticism|rationales?|excuses?|"
    r"insinuations?|suggestions?|statements?|words|tweets?|posts?|attacks?|insults?|"
    r"characterization|account|version|story|denials?|defen[cs]e|position|promises?|pledges?)\b")
# a name just after an answering word: "called on Howard Dean", "hit back at Blinken", "responded to Mr. Trump"
_AFTER_CUE = re.compile(
    r"\b(?:(?:respond|responded|responds|responding|replied|replies|reply|retorted|objected) to|"
    r"(?:hit|hits|fired|fires|shot|struck|lashed|lashes) (?:back|out) at|took aim at|takes aim at|"
    r"(?:call|calls|called|calling) on|denied|denies|rejected|rejects|dismissed|dismisses|mocked|mocks|"
    r"slammed|slams|blasted|blasts|accused|accuses|criticized|criticizes|attacked|attacks|rebuked|"
    r"chided|scolded|countered|challenged|contradicted|contradicts)"
    r"\s+(?:(?:the|a|an|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.|Gov\.|President|Secretary|Justice|Judge|"
    r"[A-Z][\w.-]*\s+(?=[A-Z]))\s*)*([A-Z][\w.-]*)")
# the answering words themselves, one of which any match holds: a fast way to rule a frame out
_AFTER_CUE_HINT = re.compile(
    r"respond|repl|retorted|objected|hit|fire|shot|struck|lash|aim|call|deni|reject|dismiss|mock|slam|blast|"
    r"accuse|critici|attack|rebuked|chided|scolded|countered|challenged|contradict")


# what b is reported doing that a can point at by the same word: words for claims and attacks
# ("the complaint" / "complained", "that tweet" / "tweeted"), not for any deed ("rationales to
# veto" / "set to veto") or any telling ("the state" / "stated", "the shows" / "showed")
_CLAIM_STEMS = frozenset(stem(w) for w in """
complaint argument tweet comment claim charge accusation allegation assertion insistence criticism
attack suggestion proposal challenge insult post blame request demand remark
promise pledge threat warning
""".split())

# the words a content opens with, where what it says something of stands
SUBJECT_REACH = 5
_OPENING_WORD = re.compile(r"[A-Za-z][\w.-]*(?:[\u2019']s\b)?")


def _opening(content: str) -> str:
    """The content's first few words, without owners ("Warren's" in "under Warren's grilling")."""
    words = [m.group(0) for m in islice(_OPENING_WORD.finditer(content), SUBJECT_REACH)]
    return " ".join(w for w in words if not w.endswith(("\u2019s", "'s")))


def _owners(text: str) -> list[re.Match]:
    """The names owning words in the text ("Blinken's comments"), as matches of `_OWNER`."""
    if "\u2019s" not in text and "'s" not in text:
        return []
    return list(_OWNER.finditer(text))


def _owned_words(content: str, owners: list[re.Match]) -> set[str]:
    """The stems of the words a name owns in the content ("early-morning tweets" in
    "Trump's early-morning tweets accusing …"), from its `owners`."""
    out: set[str] = set()
    for m in owners:
        out |= content_stems(content[m.end(1):m.end()])
    return out


# a few words in quotation marks inside reported speech: often the other side's own words, quoted back
_SHORT_QUOTE = re.compile(r"[\u201c\"]([^\u201c\u201d\"]{1,40})[\u201d\"]|''([^']{1,40})''")


def _addressed(frame: str, content_owners: list[re.Match], by_token: dict[str, set[str]]) -> set[str]:
    """Speakers answered by name: owners of words ("Blinken's comments", "Trump's tweets") in
    the frame or the content (its `_owners`) or named right after an answering word ("called
    on Dean", "hit back at Blinken")."""
    out = set()
    for m in chain(_owners(frame), content_owners):
        out |= by_token.get(m.group(1).lower(), set())
    if not _AFTER_CUE_HINT.search(frame):
        return out
    for m in _AFTER_CUE.finditer(frame):
        out |= by_token.get(m.group(1).lower().rstrip("."), set())
    return out


def _prepare(article: Article, statements: list[Statement], speakers: dict[str, Speaker],
             names: dict[str, frozenset[str]]) -> list[_Said]:
    text = article.text
    bounds = _Sentences(article)
    by_token = _token_index(names, frozenset(k for k, sp in speakers.items() if sp.kind == "person"))
    name_stems = {stem(t) for toks in names.values() for t in toks}
    contents = sorted(sp for st in statements for sp in st.spans)
    reach = list(accumulate((e for _s, e in contents), max))
    out = []
    for i, st in enumerate(sorted(statements, key=lambda s: s.spans[0][0] if s.spans else 0)):
        speaker = speakers.get(st.speaker) or Speaker(key=st.speaker, name=st.speaker or "someone", kind="unknown")
        if not st.spans:
            continue
        span = bounds.span(st.spans[0][0], st.spans[-1][1])
        sentence = text[span[0]:span[1]]
        frame = _frame(text, span, st, contents, reach)
        if st.source_span:
            # the speaker's own mention is not an address to anyone
            frame = frame.replace(text[st.source_span[0]:st.source_span[1]], " ")
        cue, cue_word, open_answer = answer_cue(frame, st.text)
        # "rejected [that argument]", "mocked [the complaint]": the content is a pointer at a claim
        open_answer = open_answer or (cue >= 0.8 and points_at_claim(st.text))
        # who speaks is not what is spoken about: speakers' names are no shared topic
        stems = statement_stems(st.text) - name_stems
        # "Trump's early-morning tweets accusing her of …": the owned words say whose words are
        # answered, what follows them says which; "tweets" alone is no shared question
        # (the content's owners are read once, for the words owned and for whom it answers)
        owners = _owners(st.text)
        if owners:
            stems = stems - _owned_words(st.text, owners)
        said = _Said(st, len(out), speaker, sentence, stems,
                     negated(st.text), cue, cue_word, open_answer, opens_against(sentence))
        said.replying = replies(frame)
        said.critics = names_critics(st.text)
        said.doubts = doubted(st.text)
        said.own_voice = first_person(st.text)
        if st.kind != "direct" and ('"' in st.text or "\u201c" in st.text or "''" in st.text):
            said.quoted = frozenset(w for m in _SHORT_QUOTE.finditer(st.text)
                                    for w in content_stems(m.group(1) or m.group(2) or "")) & stems
        said.points = claim_kinds_pointed_at(st.text) | claim_kinds_pointed_at(frame)
        if st.cue_span:
            said.reported_as = claim_kinds_reported(text[st.cue_span[0]:st.cue_span[1]])
            said.cue_stems = statement_stems(text[st.cue_span[0]:st.cue_span[1]])
        said.topic = stems | said.cue_stems
        said.opposites = opposites_of(stems)
        said.addressed = _addressed(frame, owners, by_token) - {speaker.key}
        said.mentioned = _named(st.text, by_token) - {speaker.key}
        if said.mentioned:
            said.subjects = _named(_opening(st.text), by_token) - {speaker.key}
        out.append(said)
    return out


def _rarity(said: list[_Said]) -> dict[str, float]:
    """Weight of each content word: 1 for a word one statement uses, less the more share it."""
    df = Counter(chain.from_iterable(s.stems for s in said))
    n = len(said) + 1
    log_n = math.log(n)
    # few statements share a word: the weight of each count is worked out once
    weight = {d: math.log(n / d) / log_n if n > 1 else 1.0 for d in set(df.values())}
    return {w: weight[d] for w, d in df.items()}


# how far back, at most, a statement looks past other speakers of its own side for the speaker
# before it: beyond this many, no answer to "who spoke just before" is near enough to count
_SIDE_WALK = 64


def _previous_speaker(said: list[_Said], side) -> list[range]:
    """For each statement, the statements of the other speaker who spoke just before it: the
    run of that speaker's statements, as a range of indexes.

    A statement looks back past its own side to the first statement of another side; that
    speaker's run counts if it is at most two paragraphs back. A run of one speaker asks once,
    and the walk stops where no answer could count, so the time stays linear in the statements."""
    out: list[range] = []
    known = side.known
    run_start: list[int] = []
    found = -1
    for i, s in enumerate(said):
        speaker = s.speaker
        key = speaker.key
        paragraph = s.statement.paragraph
        same_as_before = i > 0 and said[i - 1].speaker.key == key
        run_start.append(run_start[i - 1] if same_as_before else i)
        if not same_as_before:
            # (the statement just before by the same speaker walked back over the same statements)
            found = -1
            j = i - 1
            while j >= 0 and i - j <= _SIDE_WALK and paragraph - said[j].statement.paragraph <= 2:
                other = said[j].speaker
                same = known.get((other.key, key))
                if not (same if same is not None else side(other, speaker)):
                    found = j
                    break
                j -= 1
        if found >= 0 and paragraph - said[found].statement.paragraph <= 2:
            out.append(range(run_start[found], found + 1))
        else:
            out.append(range(0))
    return out


def _words(said: _Said, shared: set[str], rarity: dict[str, float], limit: int = 3) -> str:
    """The shared words as the statement writes them, rarest first."""
    surface: dict[str, str] = {}
    for w in WORD.findall(said.statement.text):
        surface.setdefault(stem(w), w)
    best = sorted(shared, key=lambda w: (-rarity.get(w, 0), w))[:limit]
    return ", ".join(surface.get(w, w) for w in best)


def _reason(a: _Said, b: _Said, how: str, shared: set[str], rarity) -> str:
    who, whom = a.speaker.name, a.named_as.get(b.speaker.key, b.speaker.name)
    if how == "addressed":
        return f"{who} answers {whom} by name: “{_snippet(a)}”"
    if how.startswith("cue"):
        on = f" on {_words(a, shared, rarity)}" if shared else ""
        return f"{who} answers {whom}{on} (“{a.cue_word}”)"
    if how.endswith(":about"):
        on = f" on {_words(a, shared, rarity)}" if shared else ""
        of = next((name for key, name in b.subject_names.items() if key in a.side_keys), who)
        return f"{who} says the opposite of what {whom} says of {of}{on}"
    if how == "doubt":
        on = f" on {_words(a, shared, rarity)}" if shared else ""
        return f"{who} answers the doubt {whom} raises{on}"
    if how == "continues":
        return f"{who} goes on answering {whom}"
    if how == "echoes":
        said = ", ".join(sorted({_surface_of(a, w) for w in a.quoted & b.stems}))
        return f"{who} answers {whom}, quoting back “{said}” (“{a.cue_word}”)"
    if shared:
        return f"{who} takes the opposite side to {whom} on {_words(a, shared, rarity)}"
    pairs = opposite_stems(a.stems, b.stems)
    if pairs:
        # no word in common: name the opposites themselves ("asleep" against "awake")
        x, y = min(pairs)
        return f"{who} says “{_surface_of(a, x)}” where {whom} says “{_surface_of(b, y)}”"
    return f"{who} takes the opposite side to {whom}"


def _surface_of(said: _Said, word_stem: str) -> str:
    for w in WORD.findall(said.statement.text):
        if stem(w) == word_stem:
            return w
    return word_stem


def _snippet(s: _Said, width: int = 90) -> str:
    text = " ".join(s.statement.text.split()).strip("“”\"' ")
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + "…"


def _fit(a: _Said, b: _Said, rarity, previous: range, about_a: bool = False) -> tuple[float, str, set[str]] | None:
    """Whether `a` answers `b`, how (for the reason), and how sure; None when it does not.

    An answer needs two things: a sign that `a` answers at all (its cue, or a
    "But …" against the speaker just before, or words opposite to the other
    side's), and a sign that it answers `b` in particular: b's speaker named as
    the owner of the words, the words a points at ("rejected that argument")
    being what b was reported doing ("arguing"), the same rare words, or b's
    speaker the one who spoke just before. `about_a`: b names a's side in its
    content (what b says is said of a), so a saying the opposite denies it.
    """
    distance = a.index - b.index
    owner = b.speaker.key in a.addressed
    named = owner or b.speaker.key in a.mentioned
    just_before = b.index in previous
    # what a points at is what b was reported doing ("the complaint" / "complained")
    shared = a.stems & b.topic
    if plain := not (just_before or named or about_a or b.doubts):
        # nearly every pair: b is neither named, nor just before, nor about a's side, nor
        # doubted; of the ways to answer it only a cue on shared words or at what b was
        # reported doing is left ("cue:pointed", "cue:cue8", "cue:defends")
        if a.cue < 0.5 or (not shared and a.cue < 0.8):
            return None
    pointed = a.cue >= 0.5 and bool(a.stems & b.cue_stems & _CLAIM_STEMS or a.points & b.reported_as)
    if plain and not shared and not pointed:
        return None
    overlap = sum(map(rarity.get, shared, repeat(0.0)))
    opposite = not a.opposites.isdisjoint(b.stems)
    if not opposite and (overlap < 0.5 if a.cue < 0.5 else not shared and not pointed and a.cue < 0.8):
        # most pairs: no opposite words, and too little in common for any way of answering left
        # to a statement with no cue (each needs 0.5 of shared rare words), or nothing in common
        # for one with a weak cue (quoted words are shared words; only a strong cue answers on none)
        return None
    said_overlap = sum(map(rarity.get, a.stems & b.stems, repeat(0.0)))
    opposed = opposite or (overlap >= 1.0 and a.negated != b.negated
                           and negated_near((a if a.negated else b).statement.text, a.stems & b.topic))
    near = a.statement.paragraph - b.statement.paragraph <= 1
    # a answers b in b's own words, in quotation marks ("responded that it made him ''smart''")
    echoed = a.cue >= 0.5 and bool(a.quoted & b.stems) and b.statement.kind != "indirect"
    if distance < 0 and not (named and a.cue >= 0.5) and not (pointed and a.cue >= 0.8):
        return None
    if distance > BACK_WINDOW and said_overlap < FAR_OVERLAP and not (echoed and named):
        # reached through the index of words: only the same rare words say it is the same question
        return None
    if named_other := (bool(a.addressed) and not owner):
        # a statement that names whom it answers answers no one else on a hunch
        if not pointed and overlap < 2.0:
            return None
    if owner and ((a.cue >= 0.5 and (overlap >= FAR_OVERLAP or pointed))
                  or (a.cue >= 0.8 and (overlap >= 0.3 or abs(distance) <= 3))):
        how = "addressed"
    elif a.cue >= 0.8 and pointed:
        how = "cue:pointed"
    elif echoed and (named or just_before) and not named_other:
        how = "echoes"
    elif a.cue >= 0.8 and just_before and not named_other and (overlap >= 1.0 or a.open_answer):
        how = "cue:open"
    elif a.cue >= 0.8 and overlap >= 0.6 and distance <= 8 and not named_other and (named or not a.mentioned):
        # on shared words alone, an answer naming someone else ("Trump exaggerates") is about them
        how = "cue:cue8"
    elif a.cue >= 0.8 and named and not named_other and abs(distance) <= 3 and overlap > 0:
        # "called on Trump to stop attacking Machado and apologize", a statement or two from
        # Trump's on Machado: the answer names whom it answers, close by
        how = "cue:named"
    elif a.cue >= 0.5 and overlap >= 1.5 and distance <= 8 and (just_before or named):
        how = "cue:cue5far"
    elif a.cue >= 0.5 and just_before and (overlap >= 1.0 or (named and overlap >= 0.5)):
        how = "cue:cue5near"
    elif (a.cue >= 0.5 and a.cue_word.lower().startswith("defend") and 0 < distance <= 8 and overlap >= 0.75
          and not named_other and (named or not a.mentioned)):
        # reported as a defence ("is defending his tweets, saying …"): something was attacked, and
        # the attack is the claim a few statements back on the same rare words, though no one is named
        # ("replied" or "responded" alone answer questions as often as attacks)
        how = "cue:defends"
    elif a.critics and just_before and overlap >= 1.0 and not named_other:
        # "the examples that critics point to …" against the critic just before, on their words
        how = "cue:critics"
    elif a.cue >= 0.5 and a.open_answer and just_before and overlap > 0 and near:
        how = "cue:respond"
    elif (about_a and 0 < distance and a.negated != b.negated and said_overlap >= 1.0 and not named_other
          and negated_near((a if a.negated else b).statement.text, a.stems & b.stems)):
        # "Trump doesn't want you to know he paid nothing in federal taxes" / "Of course, I pay
        # federal taxes": the one spoken of says the opposite on the same words
        how = "cue:about" if a.cue >= 0.5 else "opposes:about"
    elif (b.doubts and a.own_voice and a.speaker.kind == "person" and 0 < distance <= DOUBT_REACH
          and said_overlap >= 0.5 and not named_other and not a.mentioned
          and (b.doubts == "they" or gender.of_pronoun(b.doubts) == gender.of_name(a.speaker.name) or
               gender.of_name(a.speaker.name) is None)):
        # "There's an uncertainty whether he can raise money" / "I'll be able to raise what's necessary"
        how = "doubt"
    elif just_before and ((a.contrast and opposed) or (opposite and (overlap > 0 or (near and a.contrast)))):
        # opposite words on no shared word need a "But …" to be about the same question
        how = "opposes:opposes"
    elif opposite and named and overlap >= 1.0 and abs(distance) <= 3:
        how = "opposes:opposes2"
    else:
        return None
    score = (0.35 + 0.35 * max(a.cue, 0.5 if opposed else 0.0) + min(OVERLAP_CAP, 0.3 * overlap)
             + (0.2 if owner else 0.1 if named else 0.0) + (0.25 if pointed else 0.0)
             + (0.1 if just_before else 0.0) - 0.01 * min(abs(distance), BACK_WINDOW) - (0.1 if distance < 0 else 0.0))
    return score, how, shared


def _shown(score: float) -> float:
    """A link's score as shown: within (0, 1]; ranking uses the raw sum."""
    return round(max(0.05, min(1.0, score)), 3)


def _choose(found: list[tuple[float, int, str, set[str], float]], said: list[_Said], side) -> list:
    """The claim(s) one statement answers: one speaker's, the surest first.

    An answer is to one side. Of that side's statements it keeps those about
    as sure as the best; when the best shares the answer's words (or is what
    the answer points at) and another shares none of them, that other is a
    different claim by the same speaker and is left out.
    """
    if not found:
        return []
    found.sort(key=lambda f: (-f[0], abs(f[1])))
    top = found[0]
    top_speaker = said[top[1]].speaker
    out = [top]
    for f in found[1:]:
        if len(out) >= MAX_TARGETS:
            break
        if not side(said[f[1]].speaker, top_speaker):
            continue
        if f[0] < top[0] - TARGET_MARGIN:
            continue
        if (top[4] >= 1.0 and f[4] < 0.3) or (top[4] >= 0.3 and f[4] == 0):
            continue
        out.append(f)
    return out


def _same_question(a: _Said, chosen: list, said: list[_Said], rarity) -> list:
    """The chosen claims' neighbours: statements by the same speaker in the same
    paragraph, with no one else speaking between, that share a rare word with the
    answer. One speaker's run of statements in a paragraph is one position
    ("Israel will invade Rafah. 'The Rafah operation does not depend on anything'"),
    and an answer to one of them is an answer to the others on that question."""
    taken = {f[1] for f in chosen}
    out = []
    for score, j, how, _, _ in list(chosen):
        b = said[j]
        for step in (-1, 1):
            k = j + step
            while 0 <= k < len(said) and k != a.index:
                c = said[k]
                if c.speaker.key != b.speaker.key or c.statement.paragraph != b.statement.paragraph:
                    break
                shared = a.stems & c.stems
                if k not in taken and sum(map(rarity.get, shared, repeat(0.0))) >= NEIGHBOUR_OVERLAP:
                    taken.add(k)
                    # the neighbour was not quoted back: it is answered on the words it shares
                    out.append((score - 0.05, k, "cue:neighbour" if how == "echoes" else how, shared, 0.0))
                k += step
    return out


def _widen_to_sides(said: list[_Said], speakers: dict[str, Speaker], names, side) -> None:
    """A speaker named is named with what speaks for it and is no person of its own: "Trump"
    names "Trump's campaign" and "a Trump spokesman" too, not "Melania Trump"."""
    members: dict[str, set[str]] = {}
    # one side shares a name word or a plain word (see `same_side`): only the speakers sharing
    # one with the speaker named are asked, found through the words
    others_by_word: dict[str, list[Speaker]] = {}
    for sp in speakers.values():
        if sp.kind not in ("person", "unknown"):
            for w in names.get(sp.key, frozenset()) | _plain_words(sp.name):
                others_by_word.setdefault(w, []).append(sp)
    for s in said:
        for key in s.addressed | s.mentioned:
            if key not in members and key in speakers:
                named = speakers[key]
                words = names.get(named.key, frozenset()) | _plain_words(named.name)
                members[key] = {o.key for w in words for o in others_by_word.get(w, ())
                                if o.key != key and side(o, named)}
        if s.addressed or s.mentioned:
            own = {k for k in members.get(s.speaker.key, ())} | {s.speaker.key}
            # named for the reason: a source read under a longer name ("Trump took to Twitter
            # overnight to") by the one person named that it holds, on no side of the answer's own
            through: dict[str, set[str]] = {}
            for k in s.addressed | s.mentioned:
                if speakers[k].kind != "person" or side(speakers[k], s.speaker):
                    continue
                held = names.get(k, frozenset())
                for m in members.get(k, ()):
                    if speakers[m].kind == "unnamed" and held & names.get(m, frozenset()):
                        through.setdefault(m, set()).add(k)
            for m, ks in through.items():
                if len(ks) == 1:
                    s.named_as[m] = speakers[next(iter(ks))].name
            s.addressed = s.addressed.union(*(members.get(k, ()) for k in s.addressed))
            s.mentioned = s.mentioned.union(*(members.get(k, ()) for k in s.mentioned))
            s.subjects = s.subjects.union(*(members.get(k, ()) for k in s.subjects))
            # the person named first, then what speaks for them
            s.subject_names = {k: speakers[k].name for k in subject_order(s.subjects, speakers)}
            s.addressed -= own
            s.mentioned -= own


def _users_of_words(said, common: set[str]) -> dict[str, list[int]]:
    """Content word (but the common ones) -> the statements using it, among `said`. Each list
    is in the order of the statements, so that those before one are a slice of it."""
    users_of: dict[str, list[int]] = {}
    for s in said:
        for w in s.topic - common:
            users = users_of.get(w)
            if users is None:
                users_of[w] = [s.index]
            else:
                users.append(s.index)
    return users_of


def subject_order(keys, speakers: dict[str, Speaker]) -> list[str]:
    """The speakers a statement is about, people first, in an order that does not depend on how
    `keys` iterates (a set's order changes from one run to the next, and a link's reason names the first)."""
    return sorted((k for k in keys if k in speakers), key=lambda k: (speakers[k].kind != "person", k))


def find_links(article: Article, statements: list[Statement], speakers: dict[str, Speaker]) -> list[Link]:
    names = {key: name_tokens(sp) for key, sp in speakers.items()}
    said = _prepare(article, statements, speakers, names)
    if len(said) < 2:
        return []
    rarity = _rarity(said)
    # whether two speakers are one side, asked for every pair of their statements
    side = _side_asker(names)
    known_sides = side.known
    previous = _previous_speaker(said, side)
    _widen_to_sides(said, speakers, names, side)
    common = {w for w, r in rarity.items() if r <= 0.5}
    # content word -> statements using it, to reach a named speaker's claim far back: made when
    # first needed, as few statements name anyone with a cue and most articles need none
    index: dict[str, list[int]] | None = None
    # and the same for the statements that speak of someone, which a denial may answer
    about_index = _users_of_words((s for s in said if s.subjects), common)
    links: dict[tuple[str, str], Link] = {}
    targets_of: dict[int, list[tuple[int, float]]] = {}
    # the statements an answer with no cue of its own may answer whoever it follows: those that
    # speak of someone ("that Donald Trump doesn't want …") or doubt ("whether he can raise money")
    said_of_someone = {s.index for s in said if s.subjects or s.doubts}
    for a in said:
        if a.speaker.kind == "unknown" or (a.cue < 0.5 and not previous[a.index] and not a.negated):
            continue
        candidates = set(range(max(0, a.index - BACK_WINDOW), a.index))
        if a.negated:
            # a denial may answer what was said of its speaker further back
            for w in a.stems:
                users = about_index.get(w)
                if users:
                    candidates.update(users[:bisect_left(users, a.index)])
        if ((a.addressed or a.mentioned) and a.cue >= 0.5) or (a.points and a.cue >= 0.8):
            # a named speaker's claim (or the kind of claim pointed at: "rejected a media request")
            # may be far back, or (in a headline or lede) just after
            candidates |= set(range(a.index + 1, min(len(said), a.index + 1 + FORWARD_WINDOW)))
            if index is None:
                index = _users_of_words(said, common)
            for w in a.stems:
                users = index.get(w)
                if users:
                    candidates.update(users[:bisect_left(users, a.index)])
        found = []
        # with no cue of its own, a answers only the speaker just before, one it names, one that
        # speaks of a's side or doubts (as _fit rules): the other pairs are not weighed at all
        weak = a.cue < 0.5
        named_keys = a.addressed | a.mentioned
        before = previous[a.index]
        if weak:
            # (nor looked at: the test in the loop below would pass over them)
            narrowed = (candidates & said_of_someone) | candidates.intersection(before)
            if named_keys:
                narrowed.update(j for j in candidates if said[j].speaker.key in named_keys)
            candidates = narrowed
        a_speaker = a.speaker
        a_key = a_speaker.key
        for j in candidates:
            b = said[j]
            b_speaker = b.speaker
            if b_speaker.kind == "unknown":
                continue
            got = known_sides.get((a_key, b_speaker.key))
            if got if got is not None else side(a_speaker, b_speaker):
                continue
            if a.cue >= 1.0 and b.cue >= 1.0 and stem(a.cue_word) == stem(b.cue_word):
                # "Judge rejects request" / "A judge rejected a request": one rejection told twice,
                # or two rejections of the same claim, not one answering the other ("responded"
                # and "responded" do answer each other)
                continue
            if j > a.index and (b.replying
                                or (b.speaker.key not in (a.addressed | a.mentioned) and not a.points & b.reported_as)
                                or (a.statement.paragraph >= LEDE_PARAGRAPHS
                                    and b.statement.paragraph - a.statement.paragraph > 1)):
                # a claim reported after its answer: in the headline or lede, or the very next paragraph
                continue
            about_a = False
            if b.subjects:
                about = {k for k in b.subjects if k in speakers and side(a.speaker, speakers[k])}
                about_a = bool(about)
                a.side_keys |= about
            if weak and not (about_a or b.doubts or j in before or b.speaker.key in named_keys):
                continue
            judged = _fit(a, b, rarity, before, about_a)
            if judged is not None:
                overlap = sum(map(rarity.get, judged[2], repeat(0.0))) + (1.0 if a.stems & b.cue_stems else 0.0)
                found.append((judged[0], j, judged[1], judged[2], overlap))
        chosen = _choose(found, said, side)
        chosen += _same_question(a, chosen, said, rarity)
        for score, j, how, shared, _ in chosen:
            b = said[j]
            kind = "contradicts" if how.startswith("opposes") else "rebuts"
            links[(a.statement.id, b.statement.id)] = Link(
                a.statement.id, b.statement.id, kind, _reason(a, b, how, shared, rarity), _shown(score))
            if kind == "rebuts":
                targets_of.setdefault(a.index, []).append((j, score))
    # two statements answering each other: the one with the stronger answer words stands
    # ("is lying about" over "opposes"), then the surer
    cue_of = {s.statement.id: s.cue for s in said}
    for (x, y), link in list(links.items()):
        back = links.get((y, x))
        if back is not None and (cue_of[y], back.score, y) > (cue_of[x], link.score, x):
            del links[(x, y)]
    targets_of = {i: [(j, sc) for j, sc in ts if (said[i].statement.id, said[j].statement.id) in links]
                  for i, ts in targets_of.items()}
    targets_of = {i: ts for i, ts in targets_of.items() if ts}
    # a quote that carries on from a rebuttal by the same speaker, in the same paragraph
    # or the next, answers the same claims ("…," she said. "Even …")
    for a in said[1:]:
        prev = said[a.index - 1]
        if (a.index in targets_of or prev.index not in targets_of
                or prev.speaker.key != a.speaker.key or a.addressed
                or a.statement.paragraph - prev.statement.paragraph > 1
                or (a.statement.paragraph != prev.statement.paragraph and a.statement.kind != "direct")):
            continue
        targets_of[a.index] = []
        for j, score in targets_of[prev.index]:
            b = said[j]
            targets_of[a.index].append((j, score * 0.9))
            links.setdefault((a.statement.id, b.statement.id), Link(
                a.statement.id, b.statement.id, "rebuts", _reason(a, b, "continues", set(), rarity),
                _shown(0.9 * score)))
    # the same words said again by the same speaker (a tweet quoted twice) are answered as the first time
    # (the same words have the same content words: only statements alike in those are read word by word)
    alike: dict[tuple[str, frozenset[str]], list[int]] = {}
    for i, st in enumerate(statements):
        alike.setdefault((st.speaker, statement_stems(st.text)), []).append(i)
    twins: dict[tuple[str, str], list[str]] = {}
    for i in sorted(i for group in alike.values() if len(group) > 1 for i in group):
        st = statements[i]
        twins.setdefault((st.speaker, " ".join(WORD.findall(st.text.lower()))), []).append(st.id)
    again = {ids[0]: ids[1:] for ids in twins.values() if len(ids) > 1}
    if again:
        for (x, y), link in list(links.items()):
            for twin in again.get(y, ()):
                if twin != x:
                    links.setdefault((x, twin), Link(x, twin, link.kind, link.reason, link.score))
    return list(links.values())


CROSS_MIN_SHARED = 4
# a word more than this share of the library's statements use finds no particular claim
CROSS_COMMON_SHARE = 0.02
CROSS_COMMON_FLOOR = 50
# of the shared words, this many must be ones the library rarely uses
CROSS_MIN_RARE = 2


def _surface(text: str, stems: set[str], limit: int = 3) -> str:
    """Some of the shared words as the statement writes them, longest first."""
    found: dict[str, str] = {}
    for w in WORD.findall(text):
        st = stem(w)
        if st in stems and st not in found:
            found[st] = w
    return ", ".join(sorted(found.values(), key=lambda w: (-len(w), w))[:limit])


class CrossIndex:
    """The library's statements' content words, kept between calls.

    A statement's words never change under its id, so adding an article reads
    only statements not seen before. How many statements use each word says
    which of the new article's words are rare enough to find a particular
    claim; one set test per library statement then rules out nearly all.
    Ids no longer in the library are skipped at query time.
    """

    LIMIT = 400_000

    def __init__(self) -> None:
        self.stems: dict[str, frozenset[str]] = {}
        self.df: Counter[str] = Counter()

    def clear(self) -> None:
        self.stems.clear()
        self.df.clear()

    def add(self, statements) -> None:
        """Read the statements not read before (an iterable of `Statement`)."""
        stems, df = self.stems, self.df
        if len(stems) > self.LIMIT:
            self.clear()
        for st in statements:
            sid = st.id
            if sid in stems:
                continue
            got = stems[sid] = frozenset(content_stems(st.text))
            df.update(got)

    def rare(self, words: set[str], library_size: int) -> frozenset[str]:
        """Those of `words` few library statements use."""
        common = max(CROSS_COMMON_FLOOR, int(CROSS_COMMON_SHARE * library_size))
        df = self.df
        return frozenset(w for w in words if df.get(w, 0) <= common)


_INDEX = CrossIndex()


def clear_cache() -> None:
    """Forget the library statements read so far (as a freshly started app would)."""
    _INDEX.clear()


def cross_links(new: list[tuple[Statement, Speaker]], existing: list[tuple[Statement, Speaker]],
                index: CrossIndex | None = None) -> list[Link]:
    """Links between a newly added article's statements and those already in the library.

    Only sure ones: different sides, two or more rare words and most of the
    shorter statement's content words shared, and either an answer in the
    words themselves ("Ruiz's claim … is false") or one side negating what the
    other asserts. `index` (by default one kept by this module) remembers the
    library's words between calls, so each call reads only statements it has
    not seen.
    """
    if not new or not existing:
        return []
    ix = _INDEX if index is None else index
    by_id = {st.id: (st, sp) for st, sp in existing if sp.kind != "unknown"}
    ix.add(st for st, _ in by_id.values())
    names: dict[str, frozenset[str]] = {}
    for _, sp in new:
        names.setdefault(sp.key, name_tokens(sp))
    new_name_stems = {stem(t) for toks in names.values() for t in toks}
    fresh = []
    for st, sp in new:
        if sp.kind == "unknown":
            continue
        stems = content_stems(st.text) - new_name_stems
        if len(stems) >= CROSS_MIN_SHARED:
            fresh.append((st, sp, stems, ix.rare(stems, len(by_id))))
    wanted = frozenset().union(*(r for *_, r in fresh)) if fresh else frozenset()
    links: list[Link] = []
    if not wanted:
        return links
    library_stems = ix.stems
    for sid, (old, old_sp) in by_id.items():
        old_all = library_stems[sid]
        # one set test rules out nearly every statement of the library
        if old_all.isdisjoint(wanted):
            continue
        for st, sp, stems, rare in fresh:
            if len(rare & old_all) < CROSS_MIN_RARE or sid == st.id:
                continue
            if old_sp.key not in names:
                names[old_sp.key] = name_tokens(old_sp)
            if same_side(sp, old_sp, names):
                continue
            old_stems = old_all - names[old_sp.key]
            shared = stems & old_stems
            if len(shared) < CROSS_MIN_SHARED:
                continue
            # of the longer one's words: a short statement inside a long one is not the same question
            ratio = len(shared) / max(1, len(stems), len(old_stems))
            if ratio < CROSS_THRESHOLD:
                continue
            cue, word, _ = answer_cue("", st.text)
            said_words = {w.lower().replace("\u2019s", "").replace("'s", "") for w in WORD.findall(st.text)}
            answers = cue >= 0.8 or (cue >= 0.5 and bool(names[old_sp.key] & said_words))
            if not answers and negated(st.text) == negated(old.text):
                continue
            on = _surface(st.text, shared)
            if answers:
                reason = f"{sp.name} answers {old_sp.name} on {on} (“{word}”), in another article"
            else:
                reason = f"{sp.name} takes the opposite side to {old_sp.name} on {on}, in another article"
            links.append(Link(st.id, sid, "rebuts" if answers else "contradicts", reason,
                              _shown(0.5 * ratio + 0.4 * max(cue, 0.5))))
    return links
