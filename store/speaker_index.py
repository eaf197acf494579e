"""One speaker per person across the library.

Each article's extraction has its own speakers. Here they become library
speakers: the same name (ignoring case and dots) is the same speaker, and
so is the same name with or without middle initials ("Paul D. Ryan", "Paul
Ryan"); a shorter name of a person ("Netanyahu") joins a longer one
("Benjamin Netanyahu") when exactly one longer name ends with it, or when
one of them has four times the statements of all the others together
("Obama" is Barack, not Michelle). Otherwise ambiguous short names
("Netanyahu" with both "Benjamin" and "Sara Netanyahu" known) stay apart.
The library key is the slug of the canonical (longest) name.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import chain
from dataclasses import dataclass, field

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


@lru_cache(maxsize=65536)
def tokens(name: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _WORD.findall(name))


@lru_cache(maxsize=65536)
def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_name.lower())
    return "-".join(words) or "speaker"


@dataclass
class LibrarySpeaker:
    key: str
    name: str
    kind: str
    description: str
    members: list[tuple[str, str]] = field(default_factory=list)  # (article id, local key)
    aliases: list[str] = field(default_factory=list)  # every other name its articles use
    # the canonical name before any rename by the user: how corrections refer to it
    original: str = ""


# how many times the statements of all other people of a surname its main bearer must have
# for the bare surname to be theirs
_DOMINANT = 4


@lru_cache(maxsize=65536)
def _without_initials(toks: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words without middle initials: ("paul", "d", "ryan") -> ("paul", "ryan")."""
    return tuple(t for i, t in enumerate(toks) if not (0 < i < len(toks) - 1 and len(t) == 1))


class _Union:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def merge_speakers(local: list[tuple[str, str, dict, int]], merges=(), renames=()
                   ) -> tuple[dict[tuple[str, str], str], dict[str, LibrarySpeaker]]:
    """Library speakers from (article id, local key, speaker dict, statement count), in article order.

    `merges` are pairs of names the user said are one speaker, `renames`
    (name, new name) pairs; both apply after the automatic merging.
    Returns the map (article id, local key) → library key, and the speakers by key.
    """
    names = SpeakerNames()
    names.add(local)
    return names.resolve(merges, renames)


class SpeakerNames:
    """The distinct speaker names of the library, gathered article by article.

    Gathering is what grows with the library (one step per speaker of every
    article); it is done once per article, in article order, so adding an
    article adds only its own speakers. `resolve` then decides who is who
    over the distinct names, exactly as if all articles had been gathered at
    once.
    """

    def __init__(self) -> None:
        # the same name (of the same kind) is the same speaker: work on distinct names
        self.names: list[tuple[str, tuple]] = []      # (kind group, name tokens) of each distinct name
        self.first: list[dict] = []                   # the first speaker dict seen with that name
        self.count: list[int] = []
        self.members: list[list[tuple[str, str]]] = []
        self.aliases: list[dict[str, None]] = []
        self.descriptions: list[dict[str, int]] = []
        self.found: dict[tuple[str, tuple], int] = {}
        # the library key of each distinct name, as the last `resolve` made them
        self.keys: list[str] = []

    def add(self, local) -> None:
        """Gather (article id, local key, speaker dict, statement count), in article order."""
        names, first, count, members = self.names, self.first, self.count, self.members
        aliases, descriptions, found = self.aliases, self.descriptions, self.found
        for aid, key, sp, statements in local:
            kind = sp.get("kind", "person")
            name_key = ("person" if kind == "person" else kind, tokens(sp.get("name", "")) or (key,))
            u = found.get(name_key)
            if u is None:
                u = found[name_key] = len(names)
                names.append(name_key)
                first.append(sp)
                count.append(0)
                members.append([])
                aliases.append({})
                descriptions.append({})
            count[u] += statements
            members[u].append((aid, key))
            for alias in sp.get("aliases", ()):
                aliases[u][alias] = None
            if sp.get("description"):
                descriptions[u][sp["description"]] = descriptions[u].get(sp["description"], 0) + 1 + statements

    def resolve(self, merges=(), renames=()) -> tuple[dict[tuple[str, str], str], dict[str, LibrarySpeaker]]:
        """The map (article id, local key) → library key, and the library speakers by key."""
        names, first, count, members = self.names, self.first, self.count, self.members
        aliases, descriptions = self.aliases, self.descriptions
        union = _Union(len(names))
        # "Paul D. Ryan" and "Paul Ryan" are one person, unless two people differ only by
        # their initials ("George W. Bush", "George H. W. Bush")
        by_plain: dict[tuple, list[int]] = {}
        for u, (kind, toks) in enumerate(names):
            if kind == "person" and len(toks) >= 2:
                by_plain.setdefault(_without_initials(toks), []).append(u)
        for plain, group in by_plain.items():
            if len(plain) < 2 or len(group) < 2:
                continue
            initialed = {names[u][1] for u in group if names[u][1] != plain}
            if len(initialed) <= 1:
                for u in group[1:]:
                    union.join(group[0], u)
        full = {toks: u for u, (kind, toks) in enumerate(names) if kind == "person" and len(toks) >= 2}
        ending: dict[tuple, list[int]] = {}
        for toks, u in full.items():
            for k in range(1, len(toks)):
                ending.setdefault(toks[-k:], []).append(u)
        for u, (kind, toks) in enumerate(names):
            if kind != "person":
                continue
            if len(toks) < 2:
                # "Netanyahu" joins "Benjamin Netanyahu" when no other full name ends so, or when
                # that one speaks far more than all others ("Obama": Barack, not Michelle)
                longer: dict[int, int] = {}
                for j in ending.get(toks, ()):
                    longer[union.find(j)] = longer.get(union.find(j), 0) + count[j]
                ranked = sorted(longer.items(), key=lambda e: -e[1])
                if len(ranked) == 1 or ranked and ranked[0][1] >= _DOMINANT * sum(n for _, n in ranked[1:]):
                    union.join(ranked[0][0], u)
            for alias in aliases[u]:
                # an article that also calls its speaker by a known full name
                alias_toks = tokens(alias)
                if len(alias_toks) > len(toks) and alias_toks in full:
                    union.join(full[alias_toks], u)

        with_tokens: dict[tuple, list[int]] = {}
        for u, (_kind, toks) in enumerate(names):
            with_tokens.setdefault(toks, []).append(u)
        for a, b in merges:
            together = with_tokens.get(tokens(a), []) + with_tokens.get(tokens(b), [])
            for u in together[1:]:
                union.join(together[0], u)

        groups: dict[int, list[int]] = {}
        for u in range(len(names)):
            groups.setdefault(union.find(u), []).append(u)

        mapping: dict[tuple[str, str], str] = {}
        speakers: dict[str, LibrarySpeaker] = {}
        keys = [""] * len(names)
        for root in sorted(groups):
            group = groups[root]
            canonical = group[0] if len(group) == 1 else \
                max(group, key=lambda u: (len(names[u][1]), count[u], -u))
            sp = first[canonical]
            original = name = sp.get("name", "") or members[canonical][0][1]
            if renames:
                group_names = {names[u][1] for u in group}
                for old, new in renames:  # the last rename that names one of the group wins
                    if tokens(old) in group_names:
                        name = new
            own = descriptions[canonical]
            if own:
                description = max(own, key=own.get)
            else:
                described: dict[str, int] = {}
                for u in group:
                    for text, weight in descriptions[u].items():
                        described[text] = described.get(text, 0) + weight
                description = max(described, key=described.get) if described else ""
            other_names: dict[str, None] = {}
            for u in group:
                for other in (first[u].get("name", ""), *aliases[u]):
                    if other and other != name:
                        other_names[other] = None
            base = slug(name)
            key, k = base, 1
            while key in speakers:
                k += 1
                key = f"{base}-{k}"
            everyone = list(members[canonical]) if len(group) == 1 else \
                list(chain.from_iterable(members[u] for u in group))
            speakers[key] = LibrarySpeaker(key, name, sp.get("kind", "person"), description, everyone,
                                           list(other_names), original)
            mapping.update(dict.fromkeys(everyone, key))
            for u in group:
                keys[u] = key
        self.keys = keys
        return mapping, speakers
