"""Who said it: source mentions resolved to one Speaker per person or body.

"Benjamin Netanyahu", "Netanyahu" and "Prime Minister Netanyahu" are one
speaker; "he" is the person last heard from; "his office" speaks for the
person "his" refers to; "the prime minister" is whoever the article has
described so; "a Hamas official" stays an unnamed "Hamas official".
"""
from __future__ import annotations

import bisect
import re
from collections import Counter

from . import gender, names
from .model import Article, Speaker, Statement, statement_id
from .quotes import Finding, find_findings

# two or three capitalised words: a candidate full name ("Antony Blinken", "Hillary Rodham Clinton")
_FULL_NAME = re.compile(r"\b[A-Z][a-z\u00e0-\u00ff'\u2019-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z\u00e0-\u00ff'\u2019-]+){1,2}\b")
_WORDS = re.compile(r"[A-Za-z]\w*")
# how many paragraphs back a pronoun may reach for the last speaker
_PRONOUN_REACH = 4


def _is_title_case(text: str, start: int, end: int) -> bool:
    words = _WORDS.findall(text, start, min(end, start + 400))
    return len(words) > 0 and sum(w[0].isupper() for w in words) * 2 > len(words)


_NOT_A_FIRST_NAME = names.TITLE_WORDS | names.DETERMINERS | {"but", "and", "in", "on", "at", "for", "when", "if", "as", "after"}
_NOT_IN_A_NAME = names.TITLE_WORDS | names.ORG_WORDS


def _full_names(article: Article) -> dict[str, str]:
    """Surname -> the full name the article most often gives with it.

    Headlines are skipped: in title case every run of words looks like a name.
    """
    text = article.text
    counts: Counter[str] = Counter()
    matches = (m for start, end in article.paragraphs if not _is_title_case(text, start, end)
               for m in _FULL_NAME.finditer(text, start, end))
    for m in matches:
        toks = m.group().split()
        while toks and toks[0].lower().rstrip(".") in _NOT_A_FIRST_NAME:
            toks = toks[1:]
        if len(toks) < 2 or any(t.lower() in _NOT_IN_A_NAME for t in toks):
            continue
        counts[" ".join(toks)] += 1
    by_surname: dict[str, str] = {}
    for full, _n in counts.most_common():
        by_surname.setdefault(full.split()[-1], full)
    return by_surname


# a named body: "the Tampa Bay Times", "Trump's campaign", "the City of Phoenix"
_ORG_HEADS = sorted({w.capitalize() for w in names.ORG_WORDS if w.isalpha() and len(w) > 3} | {"campaign"},
                    key=len, reverse=True)
_ORGANISATION = re.compile(
    r"\b(?:[A-Z][\w.&'\u2019-]*\s+){1,4}(?:%s)\b(?:\s+of(?:\s+[A-Z][\w.&'\u2019-]*){1,3})?" % "|".join(_ORG_HEADS))

# "the judge", "The GOP nominee", "Obama's former strategist": someone known, not someone new
_DEFINITE = re.compile(r"(?:[Tt]he|[A-Z][\w'\u2019-]*'s|[A-Z][\w'\u2019-]*\u2019s|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+\S+(?:\s+\S+){0,4}$")
_APPOSITIVE_AFTER = re.compile(r",\s+(?:the|a|an|[A-Z][\w'\u2019.-]*'s)?\s*((?:[\w'\u2019-]+\s+){0,5}[a-z][\w-]*)\s*[,.;]")


def _descriptions(text: str, full: dict[str, str], surname_at: list[tuple[int, str]]) -> dict[str, list[tuple[int, str]]]:
    """Head noun of a title or appositive -> (offset, full name) of each person it describes."""
    out: dict[str, list[tuple[int, str]]] = {}
    for at, surname in surname_at:
        name = full[surname]
        first = name[:len(name) - len(surname)]
        start = at - len(first) if first and text.startswith(first, at - len(first)) else at
        # the title right before the name: "GOP nominee Donald Trump", "Justice Ann Nervo"
        before = text[max(0, start - 30):start]
        title = before.split()[-1] if before[-1:].isspace() and before.strip() else ""
        after = _APPOSITIVE_AFTER.match(text, at + len(surname), min(len(text), at + len(surname) + 80))
        for desc in (title if title.isalpha() else "", after.group(1) if after else ""):
            words = desc.lower().split()
            if words and words[-1] not in names.DETERMINERS and len(words[-1]) > 2:
                out.setdefault(words[-1], []).append((start, name))
    return out


# a role the article may name with another word: "the judge" is "Justice Ann Nervo"
_SAME_ROLE = {"judge": "justice", "justice": "judge", "senator": "sen", "governor": "gov",
              "congressman": "rep", "congresswoman": "rep", "representative": "rep"}


# roles of whoever runs for office, the figure an article is usually about
_RUNNER = re.compile(r"\b(?:nominee|candidate|front-?runner|hopeful)\b")


# a run that may begin a surname: surnames are made of these characters only
_SURNAME_RUN = re.compile(r"\b[A-Z][a-z\u00e0-\u00ff'\u2019-]*")


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _surnames_at(text: str, surnames: dict[str, str]) -> list[tuple[int, str]]:
    """(offset, surname) of each whole-word mention, the longest surname first where
    one is the start of another ("O’" and "O’Neil")."""
    out = []
    n = len(text)
    for m in _SURNAME_RUN.finditer(text):
        run, at = m.group(), m.start()
        # a whole word ends only at the run's end or next to its punctuation
        ends = [len(run)]
        if "'" in run or "\u2019" in run or "-" in run:
            ends += sorted({i for i, ch in enumerate(run) if ch in "'\u2019-"} |
                           {i + 1 for i, ch in enumerate(run) if ch in "'\u2019-"}, reverse=True)
        for length in ends:
            if length > 1 and run[:length] in surnames:
                q = at + length
                if _is_word(text[q - 1]) != (q < n and _is_word(text[q])):
                    out.append((at, run[:length]))
                    break
    return out


class _Registry:
    def __init__(self, article: Article) -> None:
        self.text = article.text
        self.full = _full_names(article)
        self.speakers: dict[str, Speaker] = {}
        # (paragraph, key) of the latest speaker of each kind, for pronouns
        self.last_person: tuple[int, str] | None = None
        # recent person speakers, latest last, for pronouns that need a gender
        self.people: list[tuple[int, str]] = []
        self.last_person_at = 0
        self.paragraph_starts = [start for start, _end in article.paragraphs]
        self.honorifics = gender.honorifics(self.text)
        self.described: dict[str, list[tuple[int, str]]] = {}
        self.last_group: tuple[int, str] | None = None
        self.last_any: tuple[int, str] | None = None
        # where each known person is named, for pronouns with no recent speaker
        self.surname_at: list[tuple[int, str]] = []
        self._main: str | None = None
        if self.full:
            self.surname_at = _surnames_at(self.text, self.full)
            self.described = _descriptions(self.text, self.full, self.surname_at)

    def _add(self, name: str, kind: str, description: str, alias: str) -> str:
        key = names.slug(name)
        sp = self.speakers.get(key)
        if sp is None:
            sp = self.speakers[key] = Speaker(key, name, kind, description, [])
        if description and not sp.description:
            sp.description = description
        if alias and alias not in sp.aliases and alias != sp.name:
            sp.aliases.append(alias)
        return key

    def _canonical(self, name: str) -> str:
        toks = name.split()
        if not toks:
            return name
        full = self.full.get(toks[-1])
        if full and (len(toks) == 1 or full.split()[0] == toks[0]):
            return full
        return name

    def _remember(self, key: str, paragraph: int, offset: int = 0) -> None:
        kind = self.speakers[key].kind
        if kind == "person":
            self.last_person = (paragraph, key)
            self.people = [p for p in self.people if p[1] != key][-7:] + [(paragraph, key)]
            self.last_person_at = offset
        elif kind in ("organisation", "unnamed"):
            self.last_group = (paragraph, key)
        self.last_any = (paragraph, key)

    def _recent(self, slot: tuple[int, str] | None, paragraph: int) -> str | None:
        if slot and paragraph - slot[0] <= _PRONOUN_REACH:
            return slot[1]
        return None

    def _by_description(self, description: str) -> str | None:
        words = {w for w in re.findall(r"\w+", description.lower())} - names.DETERMINERS - {"former"}
        if not words:
            return None
        best, best_n = None, 0
        for key, sp in self.speakers.items():
            have = set(re.findall(r"\w+", sp.description.lower()))
            n = len(words & have)
            if n > best_n:
                best, best_n = key, n
        return best if best_n >= min(2, len(words)) else None

    def _named_subject(self, want: str | None, paragraph: int, offset: int) -> str | None:
        """The person named as a sentence's subject since the last speaker, in this paragraph or the one before."""
        lo = max(self.last_person_at, self.paragraph_starts[max(0, paragraph - 1)] if self.paragraph_starts else 0)
        i = bisect.bisect_left(self.surname_at, (offset, ""))
        stop = max(0, i - 40)
        while i > stop:
            i -= 1
            at, surname = self.surname_at[i]
            if at < lo:
                break
            full = self.full[surname]
            if gender.of_name(full, self.honorifics) != want:
                continue
            before = self.text[max(0, at - 40):at]
            if re.search(r"(?:^|[.!?\n]\s*|[.!?][\"\u201d]\s*)(?:(?:[A-Z][\w.'\u2019-]*|former|then)\s+){0,4}$", before) \
                    and not re.search(r"\b(?:[Tt]o|[Oo]f|[Ww]ith|[Ff]or|[Bb]y|[Aa]gainst|[Aa]bout)\s+(?:\S+\s+){0,3}$", before):
                return self._add(full, "person", "", "")
        return None

    def _described_as(self, description: str, offset: int) -> str | None:
        """'the GOP nominee' is whoever the article earlier called so: 'GOP nominee Donald Trump'."""
        words = re.findall(r"[a-z][\w-]*", description.lower())
        if not words:
            return None
        found = None
        head = words[-1]
        for at, name in self.described.get(head, ()) or self.described.get(_SAME_ROLE.get(head, ""), ()):
            if at < offset or found is None:
                found = name
        return self._add(found, "person", "", "") if found else None

    def _protagonist(self) -> str | None:
        """The person the article names most often: who an unanchored "he" usually is."""
        if self._main is None and self.surname_at:
            surname, _n = Counter(name for _, name in self.surname_at).most_common(1)[0]
            self._main = self.full[surname]
        return self._add(self._main, "person", "", "") if self._main else None

    def _gender(self, key: str) -> str | None:
        return gender.of_name(self.speakers[key].name, self.honorifics)

    def _pronoun(self, word: str, paragraph: int, offset: int = 0) -> str | None:
        if word in ("he", "she", "him", "his", "her"):
            want = gender.of_pronoun(word)
            named = self._named_subject(want, paragraph, offset)
            if named:
                return named
            for par, key in reversed(self.people):
                if paragraph - par > _PRONOUN_REACH:
                    break
                if self._gender(key) in (want, None):
                    return key
            main = self._protagonist()
            if main and self._gender(main) in (want, None):
                return main
            return self._recent(self.last_person, paragraph) or main
        if word in ("they", "their", "them"):
            return self._recent(self.last_group, paragraph) or self._recent(self.last_any, paragraph)
        if word in ("it", "its"):
            return self._recent(self.last_group, paragraph) or self._organisation_before(paragraph, offset)
        return None

    def _organisation_before(self, paragraph: int, offset: int) -> str | None:
        """'The Tampa Bay Times ... It said': the last body named in this paragraph or the few before."""
        lo = self.paragraph_starts[max(0, paragraph - _PRONOUN_REACH)] if self.paragraph_starts else 0
        found = None
        for m in _ORGANISATION.finditer(self.text, lo, offset):
            found = m
        if found is None:
            return None
        mention = names.parse(found.group())
        if mention.form != "organisation":
            return None
        return self._add(mention.name, "organisation", mention.description, names.clean(found.group()))

    def resolve(self, finding: Finding) -> str:
        if finding.source is None:
            return self._add("unknown", "unknown", "", "")
        source = finding.source
        if finding.extra_sources and self.text[source[0]:source[1]].lower() == "who":
            source = finding.extra_sources[0]
        mention_text = self.text[source[0]:source[1]]
        alias = names.clean(mention_text)
        m = names.parse(mention_text)
        paragraph = finding.paragraph
        key = None
        if m.form in ("pronoun", "possessive"):
            key = self._pronoun(m.pronoun, paragraph, finding.source[0])
            if key and alias not in self.speakers[key].aliases and m.form == "possessive":
                self.speakers[key].aliases.append(alias)
            if key is None:
                key = self._add(alias if m.form == "possessive" else "unknown", "unknown", "", alias)
        elif m.form == "name":
            name = self._canonical(m.name)
            key = self._add(name, "person", m.description, alias)
        elif m.form == "organisation":
            key = self._add(m.name, "organisation", m.description, alias)
        elif m.form == "unnamed":
            if _DEFINITE.match(alias):
                # "the campaign strategist", "Obama's former adviser": someone already described so
                key = self._described_as(m.name, source[0])
            if key is None:
                key = self._add(m.name, "unnamed", m.description, alias)
        else:
            key = self._by_description(m.description)
            if key is None and (_DEFINITE.match(alias) or alias.lower() in names.TITLE_WORDS):
                # "the judge", or a bare "Judge" in a headline: whoever the article names so
                key = self._described_as(m.description, source[0])
            if key is None and m.name:
                key = self._add(self._canonical(names.clean(m.name)), "person", m.description, alias)
            if key is None and _DEFINITE.match(alias) and _RUNNER.search(alias.lower()):
                # "the GOP nominee" with no earlier "nominee X": the article's main figure
                key = self._protagonist()
            if key is None:
                key = self._recent(self.last_person, paragraph) if re.search(
                    r"\b(?:nominee|candidate|president|senator|governor|minister|secretary|billionaire|"
                    r"businessman|mogul|chairman|congressman|mayor|leader|candidate)\b", alias.lower()) else None
            if key is None:
                key = self._add(m.description or alias or "unknown", "unnamed", "", alias)
        self._remember(key, paragraph, source[0])
        return key


def find_statements(article: Article) -> tuple[dict[str, Speaker], list[Statement]]:
    """The article's speakers (by key) and statements (in text order)."""
    registry = _Registry(article)
    statements: list[Statement] = []
    seen: set[str] = set()
    text = article.text
    for finding in find_findings(article):
        key = registry.resolve(finding)
        content = " ".join(text[s:e] for s, e in finding.spans)
        sid = statement_id(article.id, content)
        if sid in seen:
            continue
        seen.add(sid)
        statements.append(Statement(
            id=sid, spans=list(finding.spans), text=content, kind=finding.kind, speaker=key,
            source_span=finding.source, cue_span=finding.cue, paragraph=finding.paragraph))
    return registry.speakers, statements
