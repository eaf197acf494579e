"""One speaker per person across the library.

Each article's extraction has its own speakers. Here they become library
speakers: the same name (ignoring case and dots) is the same speaker; a
shorter name of a person ("Netanyahu") joins a longer one ("Benjamin
Netanyahu") when exactly one longer name ends with it. Ambiguous short names
("Netanyahu" with both "Benjamin" and "Sara Netanyahu" known) stay apart.
The library key is the slug of the canonical (longest) name.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def tokens(name: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _WORD.findall(name))


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


def merge_speakers(local: list[tuple[str, str, dict, int]]) -> tuple[dict[tuple[str, str], str], dict[str, LibrarySpeaker]]:
    """Library speakers from (article id, local key, speaker dict, statement count), in article order.

    Returns the map (article id, local key) → library key, and the speakers by key.
    """
    n = len(local)
    union = _Union(n)
    names = [tokens(sp.get("name", "")) or (key,) for _aid, key, sp, _c in local]
    persons = [sp.get("kind", "person") == "person" for _aid, _key, sp, _c in local]

    by_name: dict[tuple, int] = {}
    for i, toks in enumerate(names):
        kind_group = "person" if persons[i] else local[i][2].get("kind", "")
        first = by_name.setdefault((kind_group, toks), i)
        union.join(first, i)

    # full person names, and which of them end with each shorter word sequence
    full = {toks: by_name[("person", toks)] for (kind, toks) in by_name if kind == "person" and len(toks) >= 2}
    for i in range(n):
        if not persons[i]:
            continue
        variants = {names[i]} | {tokens(a) for a in local[i][2].get("aliases", []) if tokens(a)}
        for variant in variants:
            longer = {union.find(j) for toks, j in full.items()
                      if len(toks) > len(variant) and toks[-len(variant):] == variant}
            longer.discard(union.find(i))
            if len(longer) == 1 and len(names[i]) < 2:
                union.join(longer.pop(), i)
                break
            if variant != names[i] and variant in full and len(variant) > len(names[i]):
                union.join(full[variant], i)

    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(union.find(i), []).append(i)

    mapping: dict[tuple[str, str], str] = {}
    speakers: dict[str, LibrarySpeaker] = {}
    for root in sorted(groups):
        members = groups[root]
        counts: dict[tuple, int] = {}
        for i in members:
            counts[names[i]] = counts.get(names[i], 0) + local[i][3]
        canonical = max(members, key=lambda i: (len(names[i]), counts[names[i]], -i))
        sp = local[canonical][2]
        described = [local[i][2].get("description", "") for i in members if local[i][2].get("description")]
        description = sp.get("description") or (max(described, key=described.count) if described else "")
        base = slug(sp.get("name", "") or local[canonical][1])
        key, k = base, 1
        while key in speakers:
            k += 1
            key = f"{base}-{k}"
        name = sp.get("name", "") or local[canonical][1]
        aliases = []
        for i in members:
            for other in [local[i][2].get("name", ""), *local[i][2].get("aliases", [])]:
                if other and other != name and other not in aliases:
                    aliases.append(other)
        speakers[key] = LibrarySpeaker(key, name, sp.get("kind", "person"), description,
                                       [(local[i][0], local[i][1]) for i in members], aliases)
        for i in members:
            mapping[(local[i][0], local[i][1])] = key
    return mapping, speakers
