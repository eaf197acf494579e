"""`N`: every note you wrote, newest first, with the statement it is on."""
from __future__ import annotations

from rich.text import Text

from store.errors import CounterpointError
from store.quoting import one_line, statement_words
from store.views import NoteView, StatementSummary
from tui.screens.filtered_list import FilteredList

WORDS = 160

Noted = tuple[NoteView, StatementSummary | None]


def noted_row(item: Noted) -> Text:
    note, statement = item
    row = Text(one_line(note.text, 400), style="bold")
    when = (note.updated or note.created or "")[:16].replace("T", " ")
    if statement is not None:
        row.append(f"\n  on {statement.speaker_name}: ", style="dim")
        row.append(statement_words(statement.text, statement.kind, WORDS), style="italic")
    if not note.attached:
        row.append(f"\n  detached: it was written on “{one_line(note.anchor, WORDS)}”", style="bold red")
    if when:
        row.append(f"\n  {when}", style="dim")
    return row


class AllNotesScreen(FilteredList):
    """Returns the id of the chosen note's statement, or None (escape)."""

    HEADING = "Your notes"
    PLACEHOLDER = "narrow by words of a note, its statement or its speaker"
    NOUN = ("note", "notes")
    EMPTY = "No notes yet: press n on a statement to write one."
    ORDER = "the newest first"

    def fetch(self) -> list[Noted]:
        library = self.app.library
        out: list[Noted] = []
        for note in library.notes():
            try:
                statement = library.statement(note.statement_id) if note.attached else None
            except CounterpointError:
                statement = None
            out.append((note, statement))
        # newest first; notes of the same second in the reverse of the order they were written
        out.reverse()
        out.sort(key=lambda item: item[0].updated or item[0].created, reverse=True)
        return out

    def row(self, item: Noted) -> Text:
        return noted_row(item)

    def words(self, item: Noted) -> str:
        note, statement = item
        if statement is None:
            return f"{note.text} {note.anchor}"
        return f"{note.text} {statement.text} {statement.speaker_name} {statement.article_title}"

    def statement_of(self, item: Noted) -> str | None:
        note, statement = item
        if statement is None:
            self.notify("This note's statement is no longer in the library; its words are kept here.",
                        severity="warning")
            return None
        return statement.id
