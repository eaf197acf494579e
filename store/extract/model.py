"""The extractor's results: plain dataclasses, no I/O.

Offsets are Python string indices into `Article.text` exactly as decoded,
end exclusive. Everything here serialises with `dataclasses.asdict`.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

Span = tuple[int, int]

_WORDS = re.compile(r"\w+")
# in ASCII, a word character is a letter, a digit or "_": any other byte becomes a space, and
# the words are what stands between spaces (faster than the pattern, same words)
_ASCII_NOT_WORD = bytes(b if chr(b).isalnum() or b == 95 else 32 for b in range(128)) + b" " * 128


def article_id(text: str) -> str:
    """An article is known by its text: the same text is the same article."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def statement_id(article: str, content: str, occurrence: int = 0) -> str:
    """A statement is known by its article and its words (case and spacing ignored).

    A better extractor that moves a span by a character or two keeps the id
    as long as the words are the same. The same words said again later in the
    article (a tweet quoted twice) are their own statement: `occurrence` counts
    the earlier ones, and the first keeps the id it would have alone.
    """
    # (lower case word by word or all at once is the same: a space ends a word's case context)
    if content.isascii():
        words = " ".join(content.encode("ascii").translate(_ASCII_NOT_WORD).decode("ascii").lower().split())
    else:
        words = " ".join(_WORDS.findall(content)).lower()
    if occurrence:
        words = f"{words}\n#{occurrence}"
    return hashlib.sha256(f"{article}\n{words}".encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass
class Article:
    id: str
    text: str
    title: str
    # (start, end) of each paragraph in `text`, in order; blank lines separate them
    paragraphs: list[Span]
    path: str = ""
    # how the file was read ("utf-8", "cp1252", "html" …), for the user's information
    encoding: str = "utf-8"
    # who published it and when (ISO date), where the file says so (a saved web page's metadata)
    outlet: str = ""
    published: str = ""

    def paragraph_index(self, offset: int) -> int:
        """The index of the paragraph holding `offset` (the nearest before it)."""
        best = 0
        for i, (start, _end) in enumerate(self.paragraphs):
            if start <= offset:
                best = i
            else:
                break
        return best


@dataclass
class Speaker:
    # stable within the article: a slug of the canonical name ("benjamin-netanyahu")
    key: str
    # the display name ("Benjamin Netanyahu", "Hamas official")
    name: str
    # person | organisation | group (named people speaking together) | unnamed | unknown
    kind: str = "person"
    # title or role as the article gives it ("Israeli Prime Minister")
    description: str = ""
    # every way the article names this speaker ("Netanyahu", "Prime Minister Netanyahu")
    aliases: list[str] = field(default_factory=list)


@dataclass
class Statement:
    id: str
    # content spans; several when the quote is split by its attribution
    spans: list[Span]
    # the content as one string (the spans' text joined by a space)
    text: str
    # direct | indirect | mixed
    kind: str
    # the speaker's key in `Extraction.speakers`
    speaker: str
    # the mention the cue attaches to ("he", "a Hamas official"), or None
    source_span: Span | None = None
    # the reporting verb or phrase ("said", "told", "according to"), or None
    cue_span: Span | None = None
    paragraph: int = 0


@dataclass
class Link:
    # `source` answers `target`: ids of statements
    source: str
    target: str
    # rebuts | contradicts
    kind: str
    # why, in words a reader understands
    reason: str
    score: float = 1.0


@dataclass
class ContextSentence:
    statement: str
    start: int
    end: int
    # why a reader needs it ("introduces the speaker", "same paragraph" …)
    reason: str


@dataclass
class Extraction:
    article: Article
    speakers: dict[str, Speaker]
    statements: list[Statement]
    links: list[Link] = field(default_factory=list)
    context: list[ContextSentence] = field(default_factory=list)

    def speaker_of(self, statement: Statement) -> Speaker:
        return self.speakers[statement.speaker]
