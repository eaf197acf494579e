"""Who said it: source mentions resolved to one Speaker per person or body.

"Benjamin Netanyahu", "Netanyahu" and "Prime Minister Netanyahu" are one
speaker; "he" is the person just named as a sentence's subject or else the
person last heard from, of the pronoun's gender; "his office" speaks for the
person "his" refers to; "the prime minister" is whoever the article has
described so; "a Hamas official" stays an unnamed "Hamas official".
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache

from . import gender, names
from .model import Article, Span, Speaker, Statement, statement_id
from . import people
from .people import People
from .quotes import FINITE_WORDS, HEDGES, NO_SUBJECT_OPENERS, Finding, find_findings
from .sentences import sentence_spans

# how many paragraphs back a pronoun may reach for the last speaker
_PRONOUN_REACH = 4


# a named body: "the Tampa Bay Times", "Trump's campaign", "the City of Phoenix"
_ORG_HEADS = sorted({w.capitalize() for w in names.ORG_WORDS if w.isalpha() and len(w) > 3} | {"campaign"},
                    key=len, reverse=True)
_ORGANISATION = re.compile(
    r"\b(?:[A-Z][\w.&'\u2019-]*\s+){1,4}(?:%s)\b(?:\s+of(?:\s+[A-Z][\w.&'\u2019-]*){1,3})?" % "|".join(_ORG_HEADS))

# "the judge", "The GOP nominee", "Obama's former strategist": someone known, not someone new
_DEFINITE = re.compile(r"(?:[Tt]he|[A-Z][\w'\u2019-]*'s|[A-Z][\w'\u2019-]*\u2019s|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+\S+(?:\s+\S+){0,4}$")


_HEAD_ENDS = re.compile(r"\s+(?:of|for|at|in|with|from|to|on|who|close)\b")


def _head(name: str) -> str:
    """The head noun of a description, lower case: 'first member of Congress to' -> 'member'."""
    words = _HEAD_ENDS.split(name, 1)[0].split()
    return words[-1].lower() if words else ""


def _is_plural(name: str) -> bool:
    """A name of many: "officials", "Democrats", "supporters of the plan" (not "Wells Fargo")."""
    head = _HEAD_ENDS.split(name, 1)[0].split()
    if not head:
        return False
    word = head[-1]
    if word[:1].isupper():
        return word.lower() in names.UNNAMED_WORDS and word.endswith("s")
    return word in ("people", "police", "staff", "men", "women") or word.endswith("s") and not word.endswith(("ss", "'s"))

# "the city", "The company", "the city of Phoenix": a body named by its kind
_THE_BODY = re.compile(r"\b[Tt]he (%s)\b(\s+of(?:\s+[A-Z][\w.&'\u2019-]*){1,3})?" % "|".join(
    sorted((w for w in names.ORG_WORDS | {"city", "county", "state", "firm", "network", "newspaper", "paper"}
            if w.isalpha() and w.islower() and len(w) > 3 and w not in ("statement", "report", "reports", "data",
                                                                        "documents", "records", "study", "survey")),
           key=len, reverse=True)))

# the office a story names one holder of, whom an indefinite "a judge" means (unlike "a
# Democratic senator", an unnamed source)
_OFFICES = {"judge", "justice"}

# "his ex-wife", "her lawyer": someone's relative or agent, not the person
_OWNED_RELATION = re.compile(
    r"(his|her|their)\s+((?:ex-)?(?:wife|husband|son|daughter|mother|father|brother|sister|widow|lawyer|lawyers|"
    r"attorney|attorneys|doctor|physician|friend|friends|family|parents|children))$", re.I)
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")

# "his physician" is not he; "the source", "the official" stay unnamed
_OWNED_BY_PRONOUN = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s")
_ANONYMOUS = {"source", "official", "aide", "insider", "person", "diplomat", "staffer", "officer", "member",
              "friend", "someone", "man", "woman", "investigator", "participant", "witness", "employee"}

# a party's member: "the Ohio Democrat", "the Wisconsin Republican"
_PARTY_NOUNS = {"democrat", "republican"}

# roles of whoever runs for office, the figure an article is usually about
_RUNNER = re.compile(r"\b(?:nominee|candidate|front-?runner|hopeful)\b")


class _Registry:
    def __init__(self, article: Article, findings: list[Finding]) -> None:
        self.text = article.text
        self.people = People(article, _single_names(article.text, findings))
        self.speakers: dict[str, Speaker] = {}
        # (paragraph, key) of the latest speaker of each kind, for pronouns
        self.last_person: tuple[int, str] | None = None
        # recent person speakers, latest last, for pronouns that need a gender
        self.recent_people: list[tuple[int, str]] = []
        self.last_person_at = 0
        self.paragraph_starts = [start for start, _end in article.paragraphs]
        self.last_group: tuple[int, str] | None = None
        # the latest speaker that is many: "officials", "Democrats", "Mr. Grassley and Mr. Leahy"
        self.last_plural: tuple[int, str] | None = None
        self.last_any: tuple[int, str] | None = None
        self.last_any_at = 0
        # (paragraph, key, offset) of an unnamed person ("a senior official") who spoke last
        self.last_unnamed_person: tuple[int, str, int] | None = None
        # short name -> the paper's whole name, as the article gives it ("Post" -> "Washington Post")
        self.outlets: dict[str, str | None] = {}
        # head noun -> (offset, name) of each body named in full with it ("House Oversight Committee")
        self.bodies: dict[str, list[tuple[int, str]]] = {}
        # (key, words of its description) of each speaker given one, in the order the speakers
        # came; and per set of words asked for, the best speaker so far and how far it has read
        self.described: list[tuple[str, frozenset[str]]] = []
        self.best_described: dict[frozenset[str], tuple[str | None, int, int, int]] = {}
        self.rank: dict[str, int] = {}
        # the head nouns of unnamed speakers ("official" for "a senior official")
        self.unnamed_heads: set[str] = set()

    def _outlet(self, short: str) -> str | None:
        """The paper the article names in full whose short name is `short`: "New York Times" for
        "Times" (the one named most often, of several)."""
        if short not in self.outlets:
            # (a name opens on a capital: the scan skips fast from one to the next)
            found = Counter(m.group(1) for m in re.finditer(
                rf"(?=[A-Z])\b((?:(?!The\b)[A-Z][\w.&-]*\s+){{1,3}}{short})\b", self.text))
            self.outlets[short] = found.most_common(1)[0][0] if found else None
        return self.outlets[short]

    def _body_named(self, head: str, before: int) -> str | None:
        """The latest body named in full with this head noun before `before`: "House Oversight
        Committee" for "committee", "Clinton campaign" for "campaign"."""
        if head not in _BODIES:
            return None
        if head not in self.bodies:
            # every full naming, found once per head noun (so many "the committee" cost one scan;
            # a naming opens on a capital, and the scan skips fast to the next one)
            pattern = re.compile(rf"(?=[A-Z])\b((?:(?!(?:The|A|An|Our|His|Her|Their|Its|My|This|That|Every|Each|No|Of|And|For|In|To|On|At)\b)"
                                 rf"[A-Z][\w.&\u2019-]*(?:'s)?\s+){{1,4}}"
                                 rf"(?:{head}|{head.title()}))\b")
            self.bodies[head] = [(m.start(), re.sub(r"['\u2019]s\b", "", m.group(1))) for m in pattern.finditer(self.text)]
        found = self.bodies[head]
        i = bisect.bisect_left(found, (before,)) - 1
        return found[i][1] if i >= 0 else None

    def _add(self, name: str, kind: str, description: str, alias: str) -> str:
        key = names.slug(name)
        sp = self.speakers.get(key)
        if sp is None:
            sp = self.speakers[key] = Speaker(key, name, kind, "", [])
            self.rank[key] = len(self.rank)
            if kind == "unnamed":
                self.unnamed_heads.add(_head(name))
        if description and not sp.description:
            sp.description = description
            self.described.append((key, frozenset(re.findall(r"\w+", description.lower()))))
        if alias and alias not in sp.aliases and alias != sp.name:
            sp.aliases.append(alias)
        return key

    def _remember(self, key: str, paragraph: int, offset: int = 0) -> None:
        kind = self.speakers[key].kind
        if kind == "person":
            self.last_person = (paragraph, key)
            self.recent_people = [p for p in self.recent_people if p[1] != key][-7:] + [(paragraph, key)]
            self.last_person_at = offset
        elif kind in ("organisation", "unnamed", "group"):
            self.last_group = (paragraph, key)
        if kind == "unnamed" and _ONE_PERSON.search(self.speakers[key].name) and not _is_plural(self.speakers[key].name):
            # "A senior official said ... He added": the one unnamed person who spoke last
            self.last_unnamed_person = (paragraph, key, offset)
        elif kind in ("person", "group") or kind == "unnamed":
            self.last_unnamed_person = None
        if kind == "group" or kind in ("organisation", "unnamed") and _is_plural(self.speakers[key].name):
            self.last_plural = (paragraph, key)
        self.last_any = (paragraph, key)
        self.last_any_at = offset

    def _recent(self, slot: tuple[int, str] | None, paragraph: int) -> str | None:
        if slot and paragraph - slot[0] <= _PRONOUN_REACH:
            return slot[1]
        return None

    def _by_description(self, description: str) -> str | None:
        words = {w for w in re.findall(r"\w+", description.lower())} - names.DETERMINERS - {"former"}
        if not words or not re.search(r"\b[a-z]", description):
            # "Texas" alone is a place, not a role someone was described with
            return None
        # the first speaker, in the order they came, whose description shares the most of these
        # words; each speaker is weighed once per set of words, however often the set is asked for
        words = frozenset(words)
        best, best_n, best_rank, read = self.best_described.get(words, (None, 0, 0, 0))
        for key, have in self.described[read:]:
            n = len(words & have)
            if n > best_n or n == best_n and n and self.rank[key] < best_rank:
                best, best_n, best_rank = key, n, self.rank[key]
        self.best_described[words] = (best, best_n, best_rank, len(self.described))
        return best if best_n >= min(2, len(words)) else None

    def _person(self, name: str | None) -> str | None:
        return self._add(name, "person", "", "") if name else None

    def _the_unnamed_just_heard(self, name: str, paragraph: int) -> str | None:
        """The unnamed person who spoke last, when `name` ("official", "senior official") says
        no more than that speaker's own description ("senior Israeli official") does."""
        unnamed = self.last_unnamed_person
        if unnamed is None or paragraph - unnamed[0] > 1:
            return None
        heard = self.speakers[unnamed[1]].name.lower().split()
        said = name.lower().split()
        return unnamed[1] if said and _head(name) == _head(" ".join(heard)) and set(said) <= set(heard) else None

    def _described_as(self, description: str, offset: int) -> str | None:
        """'the GOP nominee' is whoever the article earlier called so: 'GOP nominee Donald Trump'."""
        key = self._person(self.people.described_name(re.findall(r"[a-z][\w-]*", description.lower()), offset))
        return key if key and self._fits(key, description) else None

    def _fits(self, key: str | None, description: str, strict: bool = False) -> bool:
        """Whether what the article knows of a person, party and gender, allows `description`:
        "the Democratic nominee" is no one the article calls a Republican, "the businessman" no woman."""
        if key is None:
            return False
        sp = self.speakers[key]
        if sp.kind != "person":
            return True
        if self._holds_other_office(key, description):
            return False
        said = people.party_of(description)
        if said:
            party = self.people.party(sp.name)
            if party not in (said, None) or strict and party is None and self.people.most_named_of(said):
                # (nor, strictly, one of no known party when the article gives that party to someone)
                return False
        want = gender.of_words(re.findall(r"[a-z][\w-]*", description.lower()))
        return not want or self._gender(key) in (want, None)

    def _holds_other_office(self, key: str | None, description: str) -> bool:
        """Whether the person is known by an office other than the one `description` names:
        "the finance minister" is not "Senator Ann Lee" (but "the former senator" may be anyone)."""
        lowered = description.lower()
        if key is None or "former" in lowered or "ex-" in lowered:
            return False
        wanted = _OFFICE_OF.get(_head(description))
        if wanted is None:
            return False
        held = {_OFFICE_OF[w] for w in re.findall(r"[a-z]+\.?", self.speakers[key].description.lower()) if w in _OFFICE_OF}
        return bool(held) and wanted not in held

    def _fitting_recent(self, description: str, paragraph: int) -> str | None:
        """The latest recent person speaker `description` can be."""
        for par, key in reversed(self.recent_people):
            if paragraph - par > _PRONOUN_REACH:
                break
            if self._fits(key, description, strict=True):
                return key
        return None

    def _only_holder(self, office: str) -> str | None:
        held = {name for _at, name, _q in [*self.people.described.get(office, ()),
                                           *self.people.described.get(people.SAME_ROLE.get(office, ""), ())]}
        return held.pop() if len(held) == 1 else None

    def _relative(self, possessive: str, relation: str, paragraph: int, offset: int) -> str | None:
        """'His ex-wife' is the person the article calls his ex-wife ('his wife, Ann'), or
        else an unnamed 'Donald Trump's ex-wife'."""
        owner = self._pronoun(possessive, paragraph, offset)
        if owner is None or self.speakers[owner].kind != "person":
            return None
        name = self.people.described_name([relation], offset)
        if name and name != self.speakers[owner].name:
            return self._person(name)
        return self._add(f"{self.speakers[owner].name}'s {relation}", "unnamed", "", "")

    def _the_one_just_named(self, description: str, paragraph: int, offset: int) -> str | None:
        """'David Axelrod called on Dean to apologize. "It was outrageous," Obama's former
        strategist said': a definite role is the person just named as a subject, when no
        unnamed speaker was so described and the role is not that person's own ("Obama's")."""
        head = _head(description)
        if head in self.unnamed_heads:
            return None
        owner = re.match(r"(.+?)'s\b", description)
        want = gender.of_words([head])
        lo = max(self.last_person_at, self._start_of(paragraph - 1))
        for want in ((want,) if want else ("m", "f")):
            name = self.people.subject_before(want, lo, offset)
            if name and not (owner and owner.group(1).split()[-1] in name.split()):
                return self._person(name)
        return None

    def _gender(self, key: str) -> str | None:
        sp = self.speakers[key]
        return self.people.gender(sp.name, sp.description)

    def _start_of(self, paragraph: int) -> int:
        return self.paragraph_starts[max(0, paragraph)] if self.paragraph_starts else 0

    def _pronoun(self, word: str, paragraph: int, offset: int = 0) -> str | None:
        if word in ("he", "she", "him", "his", "her"):
            want = gender.of_pronoun(word)
            # the person just named as a sentence's subject, since the last speaker
            lo = max(self.last_person_at, self._start_of(paragraph - 1))
            owner = self._owner_in_sentence(want, paragraph, offset)
            if owner:
                return owner
            named = self._person(self.people.subject_before(want, lo, offset))
            if named:
                return named
            unnamed = self.last_unnamed_person
            if unnamed and paragraph - unnamed[0] <= 1 and unnamed[2] >= self.last_person_at and \
                    gender.of_words(self.speakers[unnamed[1]].name.lower().split()) in (want, None) and \
                    self.people.named_before(want, unnamed[2], offset) is None:
                # "A senior official said the talks had stalled. He added ...": no one named since
                return unnamed[1]
            for par, key in reversed(self.recent_people):
                if paragraph - par > _PRONOUN_REACH:
                    break
                if self._gender(key) in (want, None):
                    return key
            # no recent speaker fits: the person of that gender named last ("Ann told Bo, after he ...")
            named = self._person(self.people.named_before(want, self._start_of(paragraph - 1), offset))
            if named:
                return named
            main = self._person(self.people.most_named())
            if main and self._gender(main) in (want, None):
                return main
            last = self._recent(self.last_person, paragraph)
            # never a person of the other gender
            return last if last and self._gender(last) in (want, None) else None
        if word in ("they", "their", "them"):
            return self._recent(self.last_plural, paragraph) or self._recent(self.last_group, paragraph) or \
                self._recent(self.last_any, paragraph)
        if word in ("it", "its"):
            return self._body_as_subject(paragraph, offset) or self._recent(self.last_group, paragraph) or \
                self._organisation_before(paragraph, offset)
        return None

    def _owner_in_sentence(self, want: str | None, paragraph: int, offset: int) -> str | None:
        """"Oz's advice earned him a hearing, where he said ...": the one person of that gender the
        pronoun's own sentence names before it, as an owner."""
        text = self.text
        # a sentence is looked for in the last stretch before the pronoun only, so that a long
        # paragraph is not split again for every pronoun in it
        lo = max(self._start_of(paragraph), offset - _OWNER_REACH)
        start = next((a for a, b in reversed(sentence_spans(text, lo, offset + 1)) if a <= offset), lo)
        if any(mark in text[start:offset] for mark in "\"\u201c\u201d"):
            return None
        at = bisect.bisect_left(self.people.at, (start, ""))
        found = set()
        owner = None
        while at < len(self.people.at) and self.people.at[at][0] < offset:
            (pos, surname), name = self.people.at[at], self.people.named[at]
            if self.people.gender(name) in (want, None):
                found.add(name)
                first = pos - len(name) + len(surname) if text.startswith(name, pos - len(name) + len(surname)) else pos
                opening = _TITLE_AT_END.sub("", text[start:first].strip())
                if text.startswith(("'s ", "\u2019s "), pos + len(surname)) and \
                        (not opening or opening.endswith(("\u2014", "--", ","))):
                    # the sentence opens on the owner
                    owner = name
            at += 1
        return self._person(owner) if owner and len(found) == 1 else None

    def _body_as_subject(self, paragraph: int, offset: int) -> str | None:
        """'The city sent a letter Thursday. It says ...': the body that is the subject of a
        sentence since the last speaker; 'the city' is the city the article named ('the city
        of Phoenix')."""
        lo = max(self.last_any_at, self._start_of(paragraph - 1))
        found = None
        for m in _THE_BODY.finditer(self.text, lo, offset):
            if people.in_subject_position(self.text, m.start()):
                found = m
        if found is None:
            return None
        head = found.group(1).lower()
        if not found.group(2):
            # the body's name from where the article first gave it, a few paragraphs back
            for earlier in _THE_BODY.finditer(self.text, self._start_of(paragraph - _PRONOUN_REACH), found.start()):
                if earlier.group(1).lower() == head and earlier.group(2):
                    found = earlier
                    break
        name = names.clean(found.group()[4:]) if found.group(2) else self._body_named(head, found.start()) or head
        return self._add(name, "organisation", "", "")

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
        if finding.extra_sources and self.text[source[0]:source[1]].lower() in ("who", "which", "that"):
            source = finding.extra_sources[0]
            verb = _VERB_IN.search(self.text, *source)
            if verb and verb.end() < source[1]:
                # "..., which has angered dock workers, who say": the verb's object is who
                source = (verb.end(), source[1])
        mention_text = self.text[source[0]:source[1]]
        if _SOME_OF_WHOM_MENTION.fullmatch(mention_text):
            # "family members of the victims, many of whom say": the people named before
            source = _people_before_comma(self.text, source[0]) or source
            mention_text = self.text[source[0]:source[1]]
        cut = _narrowed(mention_text)
        if cut is not None:
            source = (source[0] + cut[0], source[0] + cut[1])
            mention_text = self.text[source[0]:source[1]]
        alias = names.clean(mention_text)
        if alias.lower() in _NO_SPEAKER and alias not in self.people.full:
            # "In", "There", "a": a sentence's first word or a determiner left alone is no one
            return self._add("unknown", "unknown", "", "")
        m = names.parse(mention_text)
        if m.form == "description" and alias in self.people.full:
            # "From said": a word that is mostly no name is one here ("Al From")
            m = names.Mention("name", name=alias)
        paragraph = finding.paragraph
        key = None
        relation = _OWNED_RELATION.match(alias)
        if relation is None and m.form == "pronoun" and m.pronoun in names.POSSESSIVES:
            # the span stopped at "His" in "His ex-wife agreed"
            after = _NEXT_WORD.match(self.text, source[1])
            relation = after and _OWNED_RELATION.match(f"{alias} {after.group(1)}")
        if relation:
            key = self._relative(relation.group(1).lower(), relation.group(2).lower(), paragraph, source[0])
        if key is not None:
            pass
        elif m.form in ("pronoun", "possessive"):
            key = self._pronoun(m.pronoun, paragraph, finding.source[0])
            if key and alias not in self.speakers[key].aliases and m.form == "possessive":
                self.speakers[key].aliases.append(alias)
            if key is None:
                key = self._add(alias if m.form == "possessive" else "unknown", "unknown", "", alias)
        elif m.form == "name":
            name = self.people.canonical(m.name, gender.of_words(m.description.lower().split()), source[0])
            key = self._add(name, "person", m.description, alias)
        elif m.form == "names":
            # "Mr. Grassley and Mr. Leahy" speak together: one speaker, both full names
            both = " and ".join(self.people.canonical(n) for n in m.parts)
            key = self._add(both, "group", m.description, alias)
        elif m.form == "organisation":
            outlet = self._outlet(m.name) if m.name in _SHORT_OUTLETS else None
            # "the Times" after "The New York Times": one speaker, the paper's whole name
            if outlet is None and _THE_HEAD_NOUN.fullmatch(alias):
                # "the committee" after "the House Oversight Committee": the body last named so
                outlet = self._body_named(m.name.lower(), source[0])
            key = self._add(outlet or m.name, "organisation", m.description, alias)
        elif m.form == "unnamed":
            if _DEFINITE.match(alias):
                # "A senior Israeli official said ... The official said": the unnamed one who just spoke
                key = self._the_unnamed_just_heard(m.name, paragraph)
                # "the campaign strategist", "Obama's former adviser": someone already described so
                key = key or self._described_as(m.name, source[0])
                if key is None and not _is_plural(m.name) and not _OWNED_BY_PRONOUN.match(alias) and \
                        _head(m.name) not in _ANONYMOUS:
                    key = self._the_one_just_named(m.name, paragraph, source[0])
                    if not self._fits(key, alias):
                        key = None
            if key is None:
                key = self._add(m.name, "unnamed", m.description, alias)
        else:
            key = self._by_description(m.description)
            if key is None and _head(m.description) in _PARTY_NOUNS and _DEFINITE.match(alias) and \
                    not _OWNED_BY_PRONOUN.match(alias):
                # "Speaker Paul Ryan says ... the Wisconsin Republican criticized": of the many
                # of a party, the one just named as a subject
                key = self._the_one_just_named(m.description, paragraph, source[0])
                if not self._fits(key, alias):
                    key = None
            if key is None and (_DEFINITE.match(alias) or alias.lower() in names.TITLE_WORDS):
                # "the judge", or a bare "Judge" in a headline: whoever the article names so
                key = self._described_as(m.description, source[0])
            if key is None and re.match(r"[Aa]n?\s", alias) and _head(m.description) in _OFFICES:
                # "A New York judge has rejected ..." opening a story that later names
                # "Justice Frank Nervo", its only judge
                key = self._person(self._only_holder(_head(m.description)))
            if key is None and m.name:
                # the name in an appositive: "Clinton's rival, Vermont Sen. Bernie Sanders"
                named = names.parse(m.name)
                name = named.name if named.form == "name" else names.clean(m.name)
                key = self._add(self.people.canonical(name), "person", m.description, alias)
            if key is None and _DEFINITE.match(alias) and _RUNNER.search(alias.lower()):
                # "the GOP nominee" with no earlier "nominee X": the article's main figure
                key = self._person(self.people.most_named())
                said = people.party_of(alias)
                if not self._fits(key, alias):
                    # "the Democratic nominee" in a story mostly about the Republican one
                    key = self._person(self.people.most_named_of(said)) if said else None
            role = key is None and _ROLE_WORD.search(alias.lower())
            if role and _DEFINITE.match(alias) and not _OWNED_BY_PRONOUN.match(alias):
                # "Trump charges ... The New York businessman says": the person just named as a
                # subject is the one described, though another spoke last
                key = self._the_one_just_named(m.description or alias, paragraph, source[0])
                if not self._fits(key, alias):
                    key = None
            if key is None and role:
                key = self._fitting_recent(alias, paragraph)
            if key is None:
                key = self._add(m.description or alias or "unknown", "unnamed", "", alias)
        self._remember(key, paragraph, source[0])
        return key


# a body the article names in full and then by its head noun: "the committee", "the campaign"
_THE_HEAD_NOUN = re.compile(r"[Tt]he\s+[a-z]+")
# ("the party" and "the board" are left alone: "Tea Party", "Illinois Board of Elections")
_BODIES = frozenset("""committee department agency campaign administration court company bank commission ministry
council bureau foundation institute university union association network""".split())
# what papers are called for short: "the Times", "the Post"
_SHORT_OUTLETS = frozenset("Times Post Journal Globe Tribune Herald Chronicle Inquirer Examiner Bee Gazette".split())


# offices one person holds one of at a time, as titles and descriptions write them
_OFFICE_OF = {"senator": "senator", "sen.": "senator", "governor": "governor", "gov.": "governor",
              "minister": "minister", "mayor": "mayor", "judge": "judge", "justice": "judge",
              "congressman": "representative", "congresswoman": "representative", "rep.": "representative",
              "representative": "representative", "ambassador": "ambassador"}


# a role only a person holds: a description with one is someone the article names
_ROLE_WORD = re.compile(r"\b(?:nominee|candidate|president|senator|governor|minister|secretary|billionaire|"
                        r"businessman|businesswoman|mogul|chairman|chairwoman|congressman|congresswoman|mayor|"
                        r"leader)\b")

_NO_SINGLE_NAME = frozenset(names.PRONOUNS | names.POSSESSIVES | names.TITLE_WORDS | names.ORG_WORDS)


# a mention that is a name and the start of what it did or when, ending in no name: "Clinton now",
# "Trump took to Twitter overnight to" (not "Politifact seized on Trump's", which names another)
_NAME_THEN_PREDICATE = re.compile(
    r"((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*)\s+(?:[a-z]{2,}ly\s+)?(?:(?:has|have|had)\s+)?"
    r"(?:[a-z]{3,}ed|used|took|went|gave|made|sent|broke|began|came|spoke|wrote|won|lost|left|met|ran|got|"
    r"would|could|will|can|should|might|must|now|also|then|again|still|later|once|recently)\b")
# the head of an unnamed speaker who is one person: "a senior official", "the defence minister"
_ONE_PERSON = re.compile(r"\b(?:official|minister|spokesman|spokeswoman|spokesperson|diplomat|aide|adviser|advisor|"
    r"officer|commander|source|lawyer|attorney|prosecutor|negotiator|envoy|ambassador|analyst|expert|witness|resident|"
    r"doctor|nurse|teacher|worker|man|woman|activist|organizer|strategist|lawmaker|senator|legislator|judge|"
    r"executive|director|chairman|chairwoman|leader|president|secretary|governor|mayor|general)$")


def _name_before_predicate(mention: str) -> tuple[int, int] | None:
    """"Clinton now", "Donald Trump unleashed a series of": the name, not what it did."""
    named = _NAME_THEN_PREDICATE.match(mention)
    if named and named.group(1).split()[0] not in _NOT_NAME_START and mention.split()[-1][:1].islower() \
            and not named.group(1).endswith(("'s", "\u2019s")):
        return 0, named.end(1)
    return None


_NOUN_THEN_PREDICATE = re.compile(
    r"((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s+(?:[\w'\u2019-]+\s+){0,2}?[\w'\u2019-]+)\s+"
    r"(?:(?:also|then|later|quickly|again|soon|swiftly)\s+)?"
    r"(?:sent|took|made|went|gave|hit|spoke|began|ran|held|brought|struck|came|got|kept|"
    r"launched|unveiled|responded|reacted|fired|lashed|pushed)\s+\S")
# words that end no noun phrase the narrowing may keep
_NOT_NOUN_END = frozenset("he she they it we I you just newly own first also only of against for on about with to in".split())


def _name_before_purpose(mention: str) -> tuple[int, int] | None:
    """"Tom Emanuel stood at a Bush event here to": the cue is what the name did this for, and the
    name is who speaks."""
    if not mention.endswith(" to"):
        return None
    named = _NAME_THEN_LOWER.match(mention)
    if named and named.group(1).split()[0] not in _NOT_NAME_START and not named.group(1).endswith(("'s", "\u2019s")) \
            and named.group(2) not in _NOT_A_VERB_AFTER_NAME and not names.DESCRIBING_HYPHEN.search(named.group(1)):
        return 0, named.end(1)
    return None


_NAME_THEN_LOWER = re.compile(r"((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*)\s+([a-z]+)\s")
# (a name's own words in lower case, or what it is doing: "Clinton to", "Trump supporters")
# ("Criticism within party drives candidate to": a common noun opening a headline, not a name)
_NOT_A_VERB_AFTER_NAME = frozenset("""to of for and or the a an is was in within at on from with by over under into
about""".split()) | names.NAME_PARTICLES


def _noun_before_predicate(mention: str) -> tuple[int, int] | None:
    """"his campaign sent out a text message to supporters": the campaign, not what it sent."""
    m = _NOUN_THEN_PREDICATE.match(mention)
    if m is None or any(w in _NOT_NOUN_END for w in m.group(1).split()) or \
            re.match(r"(?:out\s+|up\s+)?by\b", mention[m.end() - 1:]):
        return None
    return 0, m.end(1)


def _asked(mention: str) -> tuple[int, int] | None:
    """"Do you think ...?": the one asked, not an auxiliary's name."""
    asking = _ASKING.fullmatch(mention)
    return asking.span(1) if asking else None


def _document_author(mention: str) -> tuple[int, int] | None:
    """"Trump is discrediting an earlier report from Bloomberg saying": Bloomberg's report says it."""
    authored = _DOCUMENT_BY_AT_END.search(mention)
    return authored.span(1) if authored and authored.start() > 0 else None


def _issuer(mention: str) -> tuple[int, int] | None:
    """"The prime minister's office later issued a statement": the office."""
    issued = _ISSUER_THEN_DOCUMENT.match(mention)
    return (0, issued.end(1)) if issued else None


def _before_relative(mention: str) -> tuple[int, int] | None:
    """"The minister, who spoke on condition of anonymity": the minister."""
    relative = _RELATIVE_IN_MENTION.search(mention)
    if relative and mention[:relative.start()].lower() in _ONLY_BY_RELATIVE and \
            not _FINITE_FIRST.match(mention, relative.end()):
        # "those who back her opponents": the clause is all that says who ("Those who are on the
        # ballot" is cut at its verb, and names no one)
        return None
    return (0, relative.start()) if relative and relative.start() > 0 else None


# words that name no one until a relative clause says who ("those who", "anyone who")
_ONLY_BY_RELATIVE = frozenset("those anyone everyone someone all many some".split())
_FINITE_FIRST = re.compile(rf"(?:{FINITE_WORDS})\b")


# a subject, then its finite verb: "The senator was rallying for", "Sanders' campaign did not"
_SUBJECT_THEN_FINITE = re.compile(
    rf"((?:[\w.'\u2019-]+\s+){{0,5}}?[\w.'\u2019-]+)\s+(?:{FINITE_WORDS})\s+\S")
# what a verb phrase the cue completes leaves at the end of a mention: "Clinton to", "Fiorina for"
_PREPOSITION_AT_END = re.compile(r"\s+(?:to|for|by|in|of|at|on|with|during|a|an|the|and|or)$")
_ANOTHER_SUBJECT = re.compile(r"\s(?:[A-Z]|(?:as|while|because|since|when|and|but|or|if|though|although)\s)")


# when, at a mention's end: "a judge in October", "the report released Monday", "the Times on Tuesday"
_DAYS = "|".join(sorted(d.title() for d in names.DAYS))
# (a month only after its preposition or before its date: "Theresa May", "April Ryan" are names)
_MONTHS = "|".join(sorted((m.title() for m in names.MONTHS | names.MONTH_ABBREVIATIONS), key=len, reverse=True))
_TIME_AT_END = re.compile(
    rf"(?:(?:\s+(?:on|in|last|this|early|late|since|through|out|released|published))?\s+(?:{_DAYS})"
    r"(?:\s+(?:morning|afternoon|evening|night))?|"
    rf"\s+(?:on|in|last|this|early|late|since|through)\s+(?:{_MONTHS})\.?(?:\s+\d{{1,2}})?|"
    rf"\s+(?:{_MONTHS})\.?\s+\d{{1,2}})(?:,?\s+\d{{4}})?$")


# where, after a name at a mention's end: "Carly Fiorina during the second GOP debate"
_SETTING_AT_END = re.compile(
    rf"[A-Z][\w.'\u2019-]*(\s+(?:during|at|in)\s+(?:a|an|the|his|her|their|its|(?:{_DAYS})'s)"
    r"\s+(?:[\w.'\u2019-]+\s+){0,5}?(?:debate|rally|event|meeting|"
    r"interview|speech|conference|hearing|forum|dinner|breakfast|luncheon|summit|convention|town\s+hall|briefing|"
    r"session|appearance|ceremony|fundraiser|gathering|address|campaign\s+stop))$")


_OWNER_AT_END = re.compile(r"\b(?:his|her|their|its|our|my|the|a|an|this|that)$")


def _without_time(mention: str) -> tuple[int, int] | None:
    """"A judge in October": a judge; "the Times on Tuesday": the Times; "Ann Lee during the debate": Ann Lee."""
    when = _TIME_AT_END.search(mention)
    if when and when.start() > 0 and not _OWNER_AT_END.search(mention, 0, when.start()):
        # ("guests on his Friday night show" keeps its show)
        return 0, when.start()
    where = _SETTING_AT_END.search(mention)
    return (0, where.start(1)) if where else None


def _before_finite(mention: str) -> tuple[int, int] | None:
    """"The senator was rallying for": the senator; "Clinton to": Clinton."""
    m = _SUBJECT_THEN_FINITE.match(mention)
    if m and _ANOTHER_SUBJECT.search(mention, m.end(1)):
        # "Politifact did a fact-check on Donald Trump's", "the streets were quiet as many regulars":
        # another who may be the one the cue is about
        m = None
    if m and m.group(1).split()[0].lower() not in NO_SUBJECT_OPENERS and \
            not _RELATIVE_IN_MENTION.search(m.group(1)) and not any(w in _NOT_NOUN_END for w in m.group(1).split()[1:]):
        return 0, m.end(1)
    end = len(mention)
    trailing = _PREPOSITION_AT_END.search(mention, 0, end)
    while trailing and trailing.start() > 0:
        end = trailing.start()
        trailing = _PREPOSITION_AT_END.search(mention, 0, end)
    if end < len(mention) and len(mention[:end].split()) <= 3 and mention[:end].split()[-1] not in _NOT_NOUN_END:
        return 0, end
    return None


_REFLEXIVE_AT_END = re.compile(r"\s+(?:himself|herself|themselves|itself)$")
# "About 200 protesters", "Nearly half of voters": the quantity's hedge is no part of who
_HEDGE_AT_START = re.compile(rf"{HEDGES}\s+(?=\d)")


_SUBORDINATOR_AT_START = re.compile(r"(?:whereas|while|although|though|because|since|unless)\s+(?=\S)", re.I)


def _without_hedges(mention: str) -> tuple[int, int] | None:
    """"Sanders himself": Sanders; "About 200 protesters": 200 protesters; "whereas Hamas": Hamas."""
    start, end = 0, len(mention)
    opening = _SUBORDINATOR_AT_START.match(mention)
    if opening:
        start = opening.end()
    hedge = _HEDGE_AT_START.match(mention, start)
    if hedge:
        start = hedge.end()
    reflexive = _REFLEXIVE_AT_END.search(mention, start)
    if reflexive and reflexive.start() > start:
        end = reflexive.start()
    return (start, end) if (start, end) != (0, len(mention)) else None


# a question's auxiliary and its subject: "Do you", "Would they"
_ASKING = re.compile(r"(?:Do|Does|Did|Would|Will|Can|Could|Should|Is|Are|Was|Were|Have|Has|Had)\s+"
                     r"(you|we|they|he|she|I|it)")
# a document and its author at the end of a mention: "... an earlier report from Bloomberg"
_DOCUMENT_BY_AT_END = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:report|statement|letter|memo|study|poll|survey|analysis|story|article|"
    r"editorial|op-ed|column)\s+(?:from|by|in)\s+((?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,4})$")
# who put out what reports: "The ministry later issued a statement", "the campaign released a video"
_ISSUER_THEN_DOCUMENT = re.compile(
    r"((?:[\w.'\u2019-]+\s+){0,8}?[\w.'\u2019-]+)\s+(?:(?:[a-z]{2,}ly|later|also|then|again|quickly|soon)\s+)?(?:has\s+|have\s+|had\s+)?"
    r"(?:issued|released|posted|put\s+out|sent|published|circulated|tweeted|shared|aired|ran|unveiled)\s+"
    r"(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:statement|video|letter|memo|report|note|message|post|tweet|"
    r"ad|advertisement|release|press\s+release|response|document|filing|list|email|e-mail)s?$")
# a relative clause after the head of a mention: "officials who asked not to be named"
_RELATIVE_IN_MENTION = re.compile(r",?\s+(?:who|whom|whose|which)\s")
# each narrows a mention, in this order, to the part that names the speaker
_NARROWINGS = (_name_before_predicate, _name_before_purpose, _noun_before_predicate, _asked, _document_author, _issuer,
               _before_relative, _without_time, _before_finite, _without_hedges)


@lru_cache(maxsize=20_000)
def _narrowed(mention: str) -> tuple[int, int] | None:
    """The part of `mention` that names the speaker, each narrowing in turn applied to what the
    one before left ("About 200 protesters in October" -> "200 protesters"), or None when none cuts it. A mention's
    words alone decide it, and news repeats its mentions ("he", "Trump"): kept per mention."""
    start, end = 0, len(mention)
    for narrow in _NARROWINGS:
        cut = narrow(mention[start:end])
        if cut is not None:
            start, end = start + cut[0], start + cut[1]
    return (start, end) if (start, end) != (0, len(mention)) else None


# single words that never name a speaker ("who" with its antecedent is resolved before this)
_NO_SPEAKER = frozenset("""who which that what a an the in on at of for to from by with there here this these those so but and or if
when while as yes no not look name article stories according well also still meanwhile however
amid amidst despite after before following among against over under without alongside
each why how wait wow update partial more""".split())
_NOT_NAME_START = frozenset("A An The This That These Those His Her Their Its Our My Some Many Most".split())
# an antecedent that holds a verb: "has angered dock workers", "the plan angered the farmers"
# (not an adjective after a determiner: "the retired workers")
_VERB_IN = re.compile(r"(?<![\w'\u2019-])(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Hh]is )(?<!\b[Hh]er )"
                      r"(?:(?:has|have|had)\s+)?[a-z]{3,}ed\s+")


_SOME_OF_WHOM_MENTION = re.compile(r"(?:\w+\s+){1,2}of\s+(?:whom|which)")
_NOT_IN_PEOPLE = frozenset("""with to by for from at on in among has have had is was are were and or but among
angered upset told said says than like over""".split())
_DETERMINER = frozenset("the a an The A An".split())
_PEOPLE_WORD = re.compile(r"[\w/.'\u2019-]+")


def _people_before_comma(text: str, start: int) -> tuple[int, int] | None:
    """The noun phrase ending at the comma before `start`: up to six words, back to a preposition or verb."""
    lo = max(0, start - 80)
    before = text[lo:start].rstrip()
    if not before.endswith(","):
        return None
    end = lo + len(before) - 1  # the comma
    words = list(_PEOPLE_WORD.finditer(text, lo, end))
    first = None
    for w in reversed(words[-6:]):
        if w.group() in _NOT_IN_PEOPLE:
            break
        first = w
    while first is not None and first.group() in _DETERMINER:
        nxt = [w for w in words if w.start() > first.start()]
        first = nxt[0] if nxt else None
    return (first.start(), end) if first is not None and first.start() < end else None


def _single_names(text: str, findings: list[Finding]) -> tuple[str, ...]:
    """Speakers named by one word ("Melanie said", "Sanders said"), so pronouns can find them."""
    out = []
    for f in findings:
        if f.source and f.source[1] - f.source[0] < 20:
            word = text[f.source[0]:f.source[1]]
            if word.isalpha() and word[:1].isupper() and word[1:].islower() and \
                    word.lower() not in _NO_SINGLE_NAME \
                    and word not in out:
                out.append(word)
    return tuple(out)


def _overlap(a: list, b: list) -> bool:
    return any(s < e2 and s2 < e for s, e in a for s2, e2 in b)


_NO_CONTENT = frozenset({"that", "this", "it", "so", "them", "these", "those", "on", "up", "out", "back", "off"})


# how far before a pronoun its sentence may start, in characters
_OWNER_REACH = 1000

# "For months, Mrs." before "Clinton's campaign": the title is part of the owner's mention
_TITLE_AT_END = re.compile(r"\s*\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|President|Senator|Secretary)\.?$")


def _latest_mention(text: str, name: str, source: Span, before: int) -> Span | None:
    """The speaker's name written last between the statement's source and its content ("..., Clinton
    kept to the hypothetical. | "If any bank ..."": the quote follows that mention), or None."""
    words = name.split()
    if not words or not words[-1][:1].isupper() or before - source[1] > 2000:
        return None
    at = -1
    for m in re.finditer(rf"(?<![\w'\u2019-]){re.escape(words[-1])}(?![\w'\u2019-])", text[source[1]:before]):
        at = m.start() + source[1]
    if at < 0:
        return None
    end = at + len(words[-1])
    for w in reversed(words[:-1]):
        if text[max(0, at - len(w) - 1):at] == w + " ":
            at -= len(w) + 1
    return at, end


def find_statements(article: Article) -> tuple[dict[str, Speaker], list[Statement]]:
    """The article's speakers (by key) and statements (in text order)."""
    findings = find_findings(article)
    registry = _Registry(article, findings)
    statements: list[Statement] = []
    # id -> spans of each statement with these words; the same words elsewhere are said again
    seen: dict[str, list[list]] = {}
    text = article.text
    for finding in findings:
        key = registry.resolve(finding)
        content = " ".join(text[s:e] for s, e in finding.spans)
        if content.strip().lower() in _NO_CONTENT:
            # "rejected that", "denied it": the words point at a statement, they say nothing themselves
            continue
        sid = statement_id(article.id, content)
        earlier = seen.setdefault(sid, [])
        if earlier and _overlap(earlier[-1], finding.spans):
            # the same words at the same place, found twice (findings come in text order)
            continue
        earlier.append(list(finding.spans))
        if len(earlier) > 1:
            sid = statement_id(article.id, content, len(earlier) - 1)
        source = finding.source
        if finding.follow_up and source is not None and key in registry.speakers:
            source = _latest_mention(text, registry.speakers[key].name, source, finding.spans[0][0]) or source
        statements.append(Statement(
            id=sid, spans=list(finding.spans), text=content, kind=finding.kind, speaker=key,
            source_span=source, cue_span=finding.cue, paragraph=finding.paragraph))
    return registry.speakers, statements
