"""The sentences a reader needs to judge a statement, each with the reason it is shown.

For each statement, in order of need:
- the sentence that introduces its speaker (first mention by name or title);
- the article's own framing right after it (an unattributed "but …" clause
  or sentence: the author speaking, not a source);
- the rest of its paragraph, nearest first;
- earlier sentences on the same question (sharing its rarer content words).
At most `MAX_SENTENCES` per statement, never its own text, given in article order.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right

from .model import Article, ContextSentence, Speaker, Statement
from .sentences import sentences
from .topics import content_stems, statement_stems

MAX_SENTENCES = 6
MAX_SAME_PARAGRAPH = 3
MAX_EARLIER = 2
# an earlier sentence must share this much rare vocabulary to be "on the same question"
EARLIER_OVERLAP = 1.2
# the author's "but …" that may frame a statement: the word after a space (the comma and spaces
# before it are found from the word, which is quicker than a pattern that opens on them)
_FRAMING_WORD = re.compile(r"(?<=\s)(?:but|yet|although|though|while|however)\b", re.I)


# a name's words as `_occurrences` bounds them (runs of letters and digits), and the longest run
# of them compared whole
_WORD = re.compile(r"[^\W_]+")
_RUN = 6

_PRONOUNS = frozenset("he she they it we i him her them his its their who this".split())


def _occurrences(text: str, name: str) -> list[int]:
    """Where `name` stands as words of its own ("Ash" is not in "Washington")."""
    out, at = [], text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
            out.append(at)
        at = text.find(name, at + 1)
    return out


def _is_name(name: str) -> bool:
    """A proper name ("Ana Ruiz", "Hamas"), not a description ("campaign") or a pronoun."""
    words = name.split()
    return (len(name) >= 3 and any(w[:1].isupper() for w in words)
            and not (len(words) == 1 and name.lower() in _PRONOUNS))


def _first_mentions(text: str, speakers: dict[str, Speaker],
                    statements: list[Statement]) -> dict[str, int]:
    """Where the article introduces each speaker: the first use of its full name, or for
    a speaker without one the first time it is given as a source ("a Hamas official told
    Reuters"); a bare alias ("Netanyahu" in a headline) only when neither is found.
    A name inside a longer name of another speaker ("Hamas" in "a Hamas official")
    is that other speaker's mention, not this one's."""
    names_of = {key: {sp.name, *sp.aliases} for key, sp in speakers.items()}
    holders: dict[str, set[str]] = {}
    for key, names in names_of.items():
        for name in names:
            holders.setdefault(name, set()).add(key)
    own_names = {key: [n for n in names if _is_name(n)] for key, names in names_of.items()}
    seen: dict[str, list[int]] = {}

    def occurrences(name: str) -> list[int]:
        got = seen.get(name)
        if got is None:
            got = seen[name] = _occurrences(text, name)
        return got

    # the speakers whose names open on each run of words: only a name that holds the words of
    # another speaker's name in a row can hold that name's mentions
    runs: dict[tuple[str, ...], set[str]] = {}
    for key, ns in own_names.items():
        for n in ns:
            runs.setdefault(tuple(_WORD.findall(n)[:_RUN]), set()).add(key)

    def may_hold(name: str) -> bool:
        words = _WORD.findall(name)
        if not words:
            return False
        held_by = holders[name]
        if len(held_by) > 1:
            return True
        return any(not runs.get(tuple(words[i:j]), held_by) <= held_by
                   for i in range(len(words)) for j in range(i + 1, min(len(words), i + _RUN) + 1))

    # every mention of every such name, by where it starts: whether a mention lies inside a longer
    # name of another speaker is asked of the few mentions that start just before it, not of
    # every name of the article (many "Ann Smith"s all hold "Smith")
    mentions = sorted((at, at + len(name), name) for name in holders if name and may_hold(name)
                      for at in occurrences(name))
    starts = [at for at, _end, _name in mentions]
    reach = max((len(name) for name in holders), default=0)

    def own(key: str, at: int, length: int) -> bool:
        i = bisect_right(starts, at)
        while i > 0 and starts[i - 1] >= at - reach:
            i -= 1
            _start, end, o = mentions[i]
            if end >= at + length and (len(holders[o]) > 1 or key not in holders[o]) and \
                    any(len(o) > len(n) and n in o for n in own_names[key]):
                return False
        return True

    out: dict[str, int] = {}
    for key, sp in speakers.items():
        if sp.kind != "unknown" and _is_name(sp.name):
            first = next((a for a in occurrences(sp.name) if own(key, a, len(sp.name))), None)
            if first is not None:
                out[key] = first
    for st in statements:
        if not st.source_span or st.speaker not in speakers or st.speaker in out:
            continue
        sp = speakers[st.speaker]
        if sp.kind == "unknown" or _is_name(sp.name):
            continue  # a named speaker is introduced by name, found above or by alias below
        s, e = st.source_span
        if text[s:e].strip().lower() in _PRONOUNS:
            continue
        out[st.speaker] = s
    for key, sp in speakers.items():
        if key in out or sp.kind == "unknown":
            continue
        found = [a for alias in sp.aliases if _is_name(alias)
                 for a in occurrences(alias)[:1] if own(key, a, len(alias))]
        if found:
            out[key] = min(found)
    for st in statements:
        # a speaker known only as a source ("she" aside): where it is first given as one
        sp = speakers.get(st.speaker)
        if (sp is not None and st.speaker not in out and st.source_span and sp.kind != "unknown"
                and sp.name.strip().lower() not in _PRONOUNS):
            s, e = st.source_span
            if text[s:e].strip().lower() not in _PRONOUNS:
                out[st.speaker] = s
    return out


def _framing_marks(text: str, start: int, end: int) -> tuple[list[int], list[int], list[int]]:
    """Where each "but"-like word of text[start:end] stands that a comma or a space leads into, and
    where that lead starts: found once per sentence, so that the look ahead of each statement in it
    is a bisection, not a scan of the rest of the sentence."""
    words, leads, ends = [], [], []
    for m in _FRAMING_WORD.finditer(text, start, end):
        # the lead is the spaces before the word, and a comma before them ('…," but')
        lead = m.start()
        while lead > 0 and text[lead - 1].isspace():
            lead -= 1
        if lead > 0 and text[lead - 1] == ",":
            lead -= 1
        words.append(m.start())
        leads.append(lead)
        ends.append(m.end())
    return words, leads, ends


def _framing_clause(statement: Statement, sentence: tuple[int, int],
                    marks: tuple[list[int], list[int], list[int]]) -> tuple[int, int] | None:
    """The author's own "but …" clause after the statement, in the statement's sentence."""
    end = max(e for _, e in statement.spans)
    words, leads, ends = marks
    i = bisect_right(words, end)
    if i == len(words) or ends[i] > sentence[1]:
        return None
    # the clause is led in from the statement's end at the earliest ("…," but …)
    lead = max(end, leads[i])
    if sentence[1] - lead > 25:
        return words[i], sentence[1]
    return None


def find_context(article: Article, statements: list[Statement],
                 speakers: dict[str, Speaker]) -> list[ContextSentence]:
    text = article.text
    bounds = sentences(article)
    if not bounds or not statements:
        return []
    starts = [s for s, _ in bounds]
    marks: dict[tuple[int, int], tuple[list[int], list[int], list[int]]] = {}

    def sentence_of(offset: int) -> int:
        return max(0, bisect_right(starts, offset) - 1)

    para_starts = [s for s, _ in article.paragraphs]
    # as `article.paragraph_index`, by bisection: sentences come in the thousands
    paragraph_of = [max(0, bisect_right(para_starts, s) - 1) for s, _ in bounds]
    stems = [content_stems(text[s:e]) for s, e in bounds]
    df: dict[str, int] = {}
    for ws in stems:
        for w in ws:
            df[w] = df.get(w, 0) + 1
    n = len(bounds) + 1
    rarity = {w: math.log(n / d) / math.log(n) for w, d in df.items()}
    # sentence stem -> sentences using it, to find earlier sentences on the same question
    index: dict[str, list[int]] = {}
    for i, ws in enumerate(stems):
        for w in ws:
            if rarity[w] > 0.4:
                index.setdefault(w, []).append(i)
    spoken = [False] * len(bounds)
    for st in statements:
        for s, e in st.spans:
            for i in range(sentence_of(s), sentence_of(max(s, e - 1)) + 1):
                spoken[i] = True
    first_mention = _first_mentions(text, speakers, statements)

    out: list[ContextSentence] = []
    for st in statements:
        if not st.spans:
            continue
        first, last = sentence_of(st.spans[0][0]), sentence_of(max(st.spans[-1][0], st.spans[-1][1] - 1))
        own = range(first, last + 1)
        picked: dict[tuple[int, int], str] = {}

        speaker = speakers.get(st.speaker)
        if speaker and st.speaker in first_mention:
            i = sentence_of(first_mention[st.speaker])
            if i not in own:
                picked[bounds[i]] = f"introduces {speaker.name}"

        window = (bounds[first][0], bounds[last][1])
        if window not in marks:
            marks[window] = _framing_marks(text, *window)
        framing = _framing_clause(st, window, marks[window])
        if framing:
            picked.setdefault(framing, "the article's framing")
        nxt = last + 1
        if nxt < len(bounds) and not spoken[nxt] and paragraph_of[nxt] == paragraph_of[last]:
            picked.setdefault(bounds[nxt], "the article's framing")

        para = paragraph_of[first]
        near = [i for i in range(first - MAX_SAME_PARAGRAPH, last + MAX_SAME_PARAGRAPH + 1)
                if 0 <= i < len(bounds) and i not in own and paragraph_of[i] == para]
        near.sort(key=lambda i: min(abs(i - first), abs(i - last)))
        for i in near[:MAX_SAME_PARAGRAPH]:
            picked.setdefault(bounds[i], "same paragraph")

        mine = statement_stems(st.text)
        scores: dict[int, float] = {}
        for w in mine:
            for i in index.get(w, ()):
                if i < first and paragraph_of[i] != para:
                    scores[i] = scores.get(i, 0.0) + rarity[w]
        # ties go to the nearer sentence, whatever order the words were added up in
        earlier = sorted((i for i, v in scores.items() if v >= EARLIER_OVERLAP),
                         key=lambda i: (-round(scores[i], 9), -i))
        for i in earlier[:MAX_EARLIER]:
            picked.setdefault(bounds[i], "earlier on the same question")

        # the most needed first when there are too many, then shown in article order
        chosen = list(picked.items())[:MAX_SENTENCES]
        for (s, e), reason in sorted(chosen):
            out.append(ContextSentence(st.id, s, e, reason))
    return out
