"""Sentence spans of an article, within its paragraphs."""
from __future__ import annotations

import re
from typing import Callable

from .model import Article

# a sentence ends at . ! ? (with closing quotes/brackets) followed by space and an upper-case letter or quote
# (written [.!?][.!?]* rather than [.!?]+, so that a scan skips fast to the next mark)
_END = re.compile(r"[.!?][.!?]*[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Sens?|Reps?|Gov|Gens?|Lt|Col|Sgt|Maj|Capt|Cpl|Pvt|Adm|Cmdr|Det|Supt|Atty|Msgr|Fr|Hon|(?<!,\s)Del|St|Jr|Sr|Prof|Rev|U\.S|U\.N|No|vs|etc|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])\.$")
# what an abbreviation's last letter before its full stop may be
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


# the same end in text whose quotations are masked with '#' (the mark and anything after it)
_MASKED_END = re.compile(r"[.!?][.!?]*#*[)\]]*(?=\s+[#(\[]?[A-Z0-9#])")

Skip = Callable[[str, int, int], bool]


def sentence_spans(text: str, start: int, end: int, masked: str | None = None,
                   skip: Skip | None = None) -> list[tuple[int, int]]:
    """Sentences of text[start:end]. With `masked` (text of the same length whose
    quotations are masked), ends are looked for there, so a quoted sentence does
    not end the sentence around it; `skip(scan, at, end)` may veto an end at `at`."""
    scan, pattern = (text, _END) if masked is None else (masked, _MASKED_END)
    spans = []
    pos = start
    for m in pattern.finditer(scan, start, end):
        at = m.start()
        # an abbreviation ends in a letter and its full stop
        if at > start and text[at] == "." and text[at - 1] in _LETTERS and \
                _ABBREV.search(text, max(start, at - 6), at + 1):
            continue
        if skip is not None and skip(scan, m.end(), end):
            continue
        spans.append((pos, m.end()))
        pos = m.end()
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end:
        spans.append((pos, end))
    return spans


# the last article split: the linker and context both ask for the same article in turn
_last: tuple = (None, (), [])


def sentences(article: Article) -> list[tuple[int, int]]:
    """The article's sentences, in order (a list the caller must not change)."""
    global _last
    text, paragraphs = article.text, tuple(article.paragraphs)
    if _last[0] is text and _last[1] == paragraphs:
        return _last[2]
    out = []
    for start, end in paragraphs:
        out.extend(sentence_spans(text, start, end))
    _last = (text, paragraphs, out)
    return out
