"""What the user corrected by hand: links made or removed, speakers merged or renamed.

Kept in user.json beside the notes (table "links": one document per pair of
statements; table "speakers": merges and renames in the order made) and
applied over the automatic results whenever the index is built, so they
survive new articles and a better extractor. Speakers are recorded by name,
not by key: a library key follows the canonical name, which can change as
articles arrive.
"""
from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("rebuts", "contradicts")


@dataclass(frozen=True)
class Corrections:
    # (source, target, kind, reason) made by hand: source answers target
    links: tuple = ()
    # (source, target) automatic links the user removed
    rejected: frozenset = field(default_factory=frozenset)
    # (name, name): the user says these speakers are one
    merges: tuple = ()
    # (name, new display name)
    renames: tuple = ()


def pair_key(source: str, target: str) -> str:
    return f"{source}>{target}"


def read_corrections(link_docs: list[dict], speaker_docs: list[dict]) -> Corrections:
    """The corrections in user.json's tables; documents that make no sense are skipped."""
    links, rejected = [], set()
    for doc in link_docs:
        source, target = doc.get("source"), doc.get("target")
        if not (isinstance(source, str) and isinstance(target, str)):
            continue
        if doc.get("action") == "reject":
            rejected.add((source, target))
        elif doc.get("action") == "add" and doc.get("kind") in KINDS:
            links.append((source, target, doc["kind"], str(doc.get("reason", ""))))
    merges, renames = [], []
    for doc in speaker_docs:
        names = doc.get("names")
        if doc.get("action") == "merge" and isinstance(names, list) and len(names) == 2 \
                and all(isinstance(n, str) and n for n in names):
            merges.append((names[0], names[1]))
        elif doc.get("action") == "rename" and isinstance(doc.get("name"), str) \
                and isinstance(doc.get("to"), str) and doc["to"].strip():
            renames.append((doc["name"], doc["to"].strip()))
    return Corrections(tuple(links), frozenset(rejected), tuple(merges), tuple(renames))
