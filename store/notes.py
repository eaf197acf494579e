"""Notes and their text anchors.

A note is stored against a statement id and also against the words it was
written on — the quoted words plus ~30 characters either side, as web
annotators do — so that when a better extractor moves or re-cuts a span the
note finds its statement again. A note that cannot is shown as detached,
never dropped.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from .views import NoteView

AROUND = 30
EXACT_MAX = 400


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def new_note_id() -> str:
    return uuid.uuid4().hex[:16]


def make_anchor(text: str, spans: list) -> dict:
    """The quoted words of the spans with a little text before and after."""
    if not spans:
        return {"exact": "", "prefix": "", "suffix": "", "start": 0}
    start, end = spans[0][0], spans[-1][1]
    exact = text[start:end]
    if len(exact) > EXACT_MAX:
        exact = exact[:EXACT_MAX]
        end = start + EXACT_MAX
    return {
        "exact": exact,
        "prefix": text[max(0, start - AROUND):start],
        "suffix": text[end:end + AROUND],
        "start": start,
    }


def find_anchor(text: str, anchor: dict) -> tuple[int, int] | None:
    """Where the anchored words are in `text` now, or None."""
    exact = anchor.get("exact") or ""
    if not exact:
        return None
    prefix, suffix = anchor.get("prefix", ""), anchor.get("suffix", "")
    whole = text.find(prefix + exact + suffix)
    if whole >= 0:
        start = whole + len(prefix)
        return start, start + len(exact)
    hits = []
    at = text.find(exact)
    while at >= 0:
        hits.append(at)
        at = text.find(exact, at + 1)
    if not hits:
        return None
    hint = anchor.get("start", 0)
    best = min(hits, key=lambda h: abs(h - hint))
    return best, best + len(exact)


def best_statement(found: tuple[int, int], statements: list[tuple[str, list]]) -> str | None:
    """The id of the statement whose spans overlap `found` the most."""
    best_id, best_overlap = None, 0
    for sid, spans in statements:
        overlap = sum(max(0, min(e, found[1]) - max(s, found[0])) for s, e in spans)
        if overlap > best_overlap:
            best_id, best_overlap = sid, overlap
    return best_id


@dataclass
class Placement:
    """Where a stored note shows now."""
    statement_id: str
    attached: bool


def anchor_of(doc: dict) -> dict:
    anchor = doc.get("anchor")
    return anchor if isinstance(anchor, dict) else {}


def view(doc: dict, place: Placement) -> NoteView:
    # every field read defensively: user.json may have been edited by hand
    return NoteView(
        id=doc["id"],
        statement_id=str(place.statement_id),
        text=str(doc.get("text", "")),
        created=str(doc.get("created", "")),
        updated=str(doc.get("updated", doc.get("created", ""))),
        anchor=str(anchor_of(doc).get("exact", "")),
        attached=place.attached,
    )
