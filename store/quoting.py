"""How statement words are shown (in the app, the command line and exports): on one line,
in quotation marks once."""
from __future__ import annotations

import re

OPENING_QUOTES = "“\"‘'«"


def one_line(text: str, limit: int | None = None) -> str:
    words = " ".join(text.split())
    if limit is not None and len(words) > limit:
        words = words[: limit - 1].rstrip() + "…"
    return words


def quoted(text: str, limit: int | None = None) -> str:
    """Quote marks around the words, unless the extracted text already carries its own."""
    words = one_line(text, limit)
    if words[:1] in OPENING_QUOTES:
        return words
    return f"“{words}”"


_THAT = re.compile(r"that\s+(?=\S)")


def statement_words(text: str, kind: str, limit: int | None = None) -> str:
    """Direct speech in quotation marks; reported speech as it stands, without the
    "that" which opened its clause in the article ("said that the plan failed")."""
    if kind == "direct":
        return quoted(text, limit)
    lead = _THAT.match(text)
    if lead and len(text) > lead.end():
        text = text[lead.end():]
    return one_line(text, limit)
