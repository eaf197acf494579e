"""Sentence spans of an article, within its paragraphs."""
from __future__ import annotations

import re

from .model import Article

# a sentence ends at . ! ? (with closing quotes/brackets) followed by space and an upper-case letter or quote
_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Prof|Rev|U\.S|U\.N|No|vs|etc|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])\.$")


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    pos = start
    for m in _END.finditer(text, start, end):
        if _ABBREV.search(text, max(start, m.start() - 6), m.start() + 1):
            continue
        spans.append((pos, m.end()))
        pos = m.end()
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end:
        spans.append((pos, end))
    return spans


def sentences(article: Article) -> list[tuple[int, int]]:
    out = []
    for start, end in article.paragraphs:
        out.extend(sentence_spans(article.text, start, end))
    return out
