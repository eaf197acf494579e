"""How statement words are shown in rows: on one line, in quotation marks once."""
from __future__ import annotations

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


def statement_words(text: str, kind: str, limit: int | None = None) -> str:
    """Direct speech in quotation marks; reported speech as it stands."""
    return quoted(text, limit) if kind == "direct" else one_line(text, limit)
