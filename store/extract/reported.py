"""Reported speech, beliefs and intentions that quotes.py's cue rules alone miss or cut badly.

Small rules over the same masked paragraph text (every quotation replaced by '#'), each a
compiled regex over a bounded window, called from quotes.py at the points where it decides
what a statement is. No quotation is handled here: only indirect (non-quote) content.
"""
from __future__ import annotations

import re

from . import quotes as _q
from .cues import ACCORDING

# "But according to the poll, ...", "after, according to him, ...": what stands before
# "according to" is a connective only, so the content is what follows the source
_ONLY_CONNECTIVE = re.compile(
    r"\s*(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|[Ss]till|[Nn]ow|[Hh]owever|[Mm]eanwhile|[Aa]lso|[Ee]ven|[Ii]nstead|"
    r"[Oo]verall|[Aa]fter|[Bb]efore|[Bb]ecause|[Ss]ince|[Aa]s|[Ww]hile|[Ww]hen|[Ii]f|[Tt]hough|[Aa]lthough|"
    r"that|where|[Pp]lus)\b[\s,]*)+")


def connective_only(masked: str, s: int, e: int) -> bool:
    """Is masked[s:e] nothing but connectives ("But", "And yet,", "after,")?"""
    m = _ONLY_CONNECTIVE.match(masked, s, e)
    return m is not None and not masked[m.end():e].strip(" ,")


def according_beside(par, s: int, e: int, found: list) -> "_q.Finding | None":
    """'Y, according to X' in a sentence whose other cue reported something else: its own statement."""
    m = ACCORDING.search(par.masked, s, e)
    if not m:
        return None
    finding = _q._according(par, s, e)
    if finding is None:
        return None
    lo, hi = finding.spans[0][0], finding.spans[-1][1]
    for f in found:
        if f.cue and lo < f.cue[1] and f.cue[0] < hi:
            return None
        if any(a < hi and lo < b for a, b in f.spans):
            return None
    return finding
