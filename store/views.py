"""What the library hands to the app and the CLI: read-only views, no storage objects."""
from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]


@dataclass(frozen=True)
class ArticleSummary:
    id: str
    title: str
    path: str
    statements: int
    added: str  # ISO time
    outlet: str = ""       # who published it, where the file says so
    published: str = ""    # when (ISO date), where the file says so


@dataclass(frozen=True)
class SpeakerSummary:
    key: str            # library-wide key ("benjamin-netanyahu")
    name: str           # "Benjamin Netanyahu"
    kind: str           # person | organisation | unnamed | unknown
    description: str    # "Israeli Prime Minister"
    statements: int
    articles: int


@dataclass(frozen=True)
class StatementSummary:
    id: str
    text: str
    kind: str           # direct | indirect | mixed
    speaker_key: str
    speaker_name: str
    article_id: str
    article_title: str
    notes: int = 0
    answered_by: int = 0   # statements that rebut or contradict this one
    answers: int = 0       # statements this one rebuts or contradicts


@dataclass(frozen=True)
class LinkView:
    statement: StatementSummary   # the statement at the other end
    kind: str                     # rebuts | contradicts
    reason: str
    score: float
    by_hand: bool = False


@dataclass(frozen=True)
class Dispute:
    """One link seen from above: `answer` rebuts or contradicts `claim`."""
    answer: StatementSummary
    claim: StatementSummary
    kind: str
    reason: str
    score: float
    by_hand: bool = False


@dataclass(frozen=True)
class ContextView:
    text: str
    reason: str
    start: int
    end: int


@dataclass(frozen=True)
class NoteView:
    id: str
    statement_id: str
    text: str
    created: str
    updated: str
    # the quoted words the note was written against; shown when it cannot re-attach
    anchor: str = ""
    attached: bool = True


@dataclass(frozen=True)
class StatementDetail:
    statement: StatementSummary
    paragraph: str                       # the paragraph holding the statement
    highlights: list[Span] = field(default_factory=list)   # content spans, relative to `paragraph`
    source: Span | None = None           # the source mention, relative to `paragraph`, if in it
    cue: Span | None = None
    answered_by: list[LinkView] = field(default_factory=list)   # statements that rebut this one
    answers: list[LinkView] = field(default_factory=list)       # statements this one rebuts
    context: list[ContextView] = field(default_factory=list)
    notes: list[NoteView] = field(default_factory=list)
    speaker_description: str = ""
    article_outlet: str = ""
    article_published: str = ""


@dataclass(frozen=True)
class CorrectionView:
    id: str              # "link:<from>><to>" or "speaker:<n>", for `undo_correction`
    kind: str            # link added | link removed | speakers merged | speaker renamed
    description: str     # what was corrected, in words
    created: str         # ISO time


@dataclass(frozen=True)
class AddResult:
    path: str
    article_id: str
    title: str
    added: bool          # False when the article was already in the library
    statements: int
