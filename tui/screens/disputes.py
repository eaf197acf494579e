"""`D`: every link in the library — who answers whom, on what — to read down and jump from."""
from __future__ import annotations

from rich.text import Text

from store.quoting import one_line, statement_words
from store.views import Dispute
from tui.screens.filtered_list import FilteredList

WORDS = 160


def dispute_row(dispute: Dispute) -> Text:
    """"A rebuts B", then B's claim, then A's answer, then why."""
    row = Text()
    row.append(dispute.answer.speaker_name, style="bold")
    row.append(f" {dispute.kind} ", style="bold red" if dispute.kind == "contradicts" else "bold magenta")
    row.append(dispute.claim.speaker_name, style="bold")
    if dispute.by_hand:
        row.append("  (by hand)", style="dim")
    row.append(f"\n  claim   {statement_words(dispute.claim.text, dispute.claim.kind, WORDS)}")
    row.append(f"\n  answer  {statement_words(dispute.answer.text, dispute.answer.kind, WORDS)}")
    if dispute.reason.strip():
        row.append(f"\n  why: {one_line(dispute.reason, WORDS)}", style="dim")
    return row


class DisputesScreen(FilteredList):
    """Returns the id of the chosen link's claim, or None (escape)."""

    HEADING = "Who answers whom"
    PLACEHOLDER = "narrow by a speaker's name or words"
    NOUN = ("link", "links")
    EMPTY = "No statement in the library answers another yet."
    ORDER = "the surest first"

    def fetch(self) -> list[Dispute]:
        return self.app.library.disputes()

    def row(self, item: Dispute) -> Text:
        return dispute_row(item)

    def words(self, item: Dispute) -> str:
        return " ".join((item.answer.speaker_name, item.claim.speaker_name, item.answer.text,
                         item.claim.text, item.reason, item.claim.article_title))

    def statement_of(self, item: Dispute) -> str:
        return item.claim.id
