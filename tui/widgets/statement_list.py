"""The middle pane: the highlighted speaker's statements."""
from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets.option_list import Option, OptionDoesNotExist

from store.quoting import one_line, statement_words
from store.views import StatementSummary
from tui.widgets.vim_option_list import VimOptionList

# Long statements are cut in the list; the detail pane shows them whole.
ROW_CHARS = 220
# Statements added to the list per refresh.
CHUNK = 250
ARTICLE_CHARS = 90


def statement_row(statement: StatementSummary, with_speaker: bool = False) -> Text:
    """The statement's words, then what hangs off it: answers, rebuttals, notes.

    `with_speaker`: the speaker's name first, for a list of one article's statements."""
    row = Text()
    if with_speaker:
        row.append(f"{statement.speaker_name}\n", style="bold")
    words = statement_words(statement.text, statement.kind, ROW_CHARS)
    row.append(words, style="" if statement.kind == "direct" else "italic")
    marks = []
    if statement.answered_by:
        marks.append(f"answered ×{statement.answered_by}")
    if statement.answers:
        marks.append(f"answers ×{statement.answers}")
    if statement.notes:
        marks.append(f"notes ×{statement.notes}")
    row.append(f"\n{statement.kind}", style="dim")
    if marks:
        row.append("  ·  " + "  ·  ".join(marks), style="dim bold")
    return row


def article_heading(statement: StatementSummary) -> Text:
    return Text(f"▌ {one_line(statement.article_title or statement.article_id, ARTICLE_CHARS)}",
                style="bold")


class StatementList(VimOptionList):
    """Lists statements; tells the screen which one is highlighted or chosen."""

    class StatementHighlighted(Message):
        def __init__(self, statement_id: str) -> None:
            self.statement_id = statement_id
            super().__init__()

    class StatementChosen(Message):
        def __init__(self, statement_id: str) -> None:
            self.statement_id = statement_id
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = "Statements"
        self.statements: list[StatementSummary] = []
        # whose rows these are: a speaker's key, or "article:" and an article id
        self.owner: str | None = None
        self._generation = 0
        self._filling = False
        self._selecting: str | None = None
        self._with_speaker = False

    @property
    def statement_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None

    def show_statements(self, owner: str, title: str,
                        statements: list[StatementSummary], select: str | None = None,
                        with_speaker: bool = False) -> None:
        """Replace the rows with one speaker's statements (or, `with_speaker`, one article's,
        each under its speaker's name); highlight `select` or the first.

        Rows go in a chunk at a time, one chunk per refresh: OptionList measures every
        wrapped row it is given, and a speaker with thousands of statements would
        otherwise hold the screen still while it does.
        """
        self.owner = owner
        self.statements = list(statements)
        self.border_title = f"Statements · {title}"
        self.border_subtitle = f"{len(self.statements)}"
        self._generation += 1
        self._with_speaker = with_speaker
        chunks = list(self._row_chunks(self.statements))
        first = chunks[0] if chunks else []
        self.set_options(first[:-1] if len(chunks) == 1 else first)
        self._selecting = select
        if self.statements:
            self._select_or_first()
        if len(chunks) > 1:
            self._filling = True
            self.call_after_refresh(self._add_chunks, self._generation, chunks[1:])
        else:
            self._filling = False

    @property
    def is_filling(self) -> bool:
        """True while rows are still being added."""
        return self._filling

    def _row_chunks(self, statements: list[StatementSummary]):
        """Rows in chunks of CHUNK statements; every chunk but the last ends with a separator."""
        # A speaker quoted in several articles: each run of statements under its article's title.
        several_articles = len({s.article_id for s in statements}) > 1
        article = None
        rows: list[Option | None] = []
        for index, statement in enumerate(statements, 1):
            if several_articles and statement.article_id != article:
                article = statement.article_id
                rows.append(Option(article_heading(statement), disabled=True))
            rows += [Option(statement_row(statement, self._with_speaker), id=statement.id), None]
            if index % CHUNK == 0:
                yield rows
                rows = []
        if rows:
            yield rows

    def _add_chunks(self, generation: int, chunks: list[list[Option | None]]) -> None:
        if generation != self._generation:
            return  # another speaker's statements replaced these
        chunk, rest = chunks[0], chunks[1:]
        self.add_options(chunk if rest else chunk[:-1])
        if self._selecting is not None:
            self._select_or_first()
        if rest:
            self.call_after_refresh(self._add_chunks, generation, rest)
        else:
            self._filling = False

    def _select_or_first(self) -> None:
        """Highlight the statement asked for once its row is in; the first row until then."""
        if self._selecting is not None and self.select_statement(self._selecting):
            self._selecting = None
        elif self.highlighted is None:
            self.action_first()

    def select_statement(self, statement_id: str) -> bool:
        try:
            self.highlighted = self.get_option_index(statement_id)
        except OptionDoesNotExist:
            return False
        return True

    def show_message(self, message: str) -> None:
        """An explanation in place of rows (an empty library, a failed load)."""
        self._generation += 1
        self._filling = False
        self.statements = []
        self.owner = None
        self.border_title = "Statements"
        self.border_subtitle = ""
        self.set_options([Option(Text(message, style="italic"), disabled=True)])

    def on_option_list_option_highlighted(self, event: VimOptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.StatementHighlighted(event.option.id))

    def on_option_list_option_selected(self, event: VimOptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.StatementChosen(event.option.id))
