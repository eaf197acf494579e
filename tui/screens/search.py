"""`/`: find statements by their words or their speaker, as you type."""
from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from store.errors import CounterpointError
from store.quoting import statement_words
from store.views import StatementSummary
from tui.widgets.vim_option_list import VimOptionList

MAX_RESULTS = 200


def result_row(statement: StatementSummary, query: str) -> Text:
    """Speaker and kind, then the words with the ones searched for marked."""
    row = Text(statement.speaker_name, style="bold")
    row.append(f"  {statement.kind}", style="dim")
    row.append(f"\n{statement_words(statement.text, statement.kind)}")
    row.highlight_words([w for w in query.split() if len(w) > 1], style="bold yellow", case_sensitive=False)
    return row


class SearchResults(VimOptionList):
    """The statements that match; enter picks one."""


class SearchScreen(ModalScreen[str | None]):
    """Returns the id of the chosen statement, or None when closed with escape."""

    BINDINGS = [
        Binding("escape", "close", "Close", id="search.close"),
        Binding("down", "results", "Results", show=False, id="search.results"),
    ]

    def __init__(self, query: str = "", title: str = "Search statements") -> None:
        super().__init__()
        self.initial_query = query
        self.title_text = title
        self.results: list[StatementSummary] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="search-dialog") as dialog:
            dialog.border_title = self.title_text
            yield Input(self.initial_query, placeholder="words of a statement or of your notes, or a speaker's name", id="search-input")
            yield Label("", id="search-status")
            yield SearchResults(id="search-results")

    def on_mount(self) -> None:
        search_input = self.query_one(Input)
        if self.app.is_headless:
            search_input.cursor_blink = False
        search_input.focus()
        if self.initial_query:
            self.run_search(self.initial_query)

    @on(Input.Changed, "#search-input")
    def query_changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str) -> None:
        query = query.strip()
        if not query:
            self.app.call_from_thread(self.show_results, query, [])
            return
        try:
            found = self.app.library.search(query)
        except CounterpointError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error")
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.show_results, query, found)

    def show_results(self, query: str, found: list[StatementSummary]) -> None:
        if query != self.query_one(Input).value.strip():
            return  # a newer query is on its way
        self.results = found[:MAX_RESULTS]
        results = self.query_one(SearchResults)
        rows: list[Option | None] = []
        for statement in self.results:
            rows += [Option(result_row(statement, query), id=statement.id), None]
        results.set_options(rows[:-1])
        if self.results:
            results.highlighted = 0
        status = self.query_one("#search-status", Label)
        if not query:
            status.update("Type to search; enter opens the highlighted statement.")
        elif len(found) > MAX_RESULTS:
            status.update(f"{len(found)} statements; showing the first {MAX_RESULTS}")
        else:
            status.update(f"{len(found)} statement{'s' if len(found) != 1 else ''}")

    @on(Input.Submitted, "#search-input")
    def submit(self) -> None:
        results = self.query_one(SearchResults)
        option = results.highlighted_option
        if option is not None and option.id:
            self.dismiss(option.id)
        elif not self.results:
            self.notify("No statement matches.", severity="warning")

    @on(SearchResults.OptionSelected)
    def pick(self, event: SearchResults.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.dismiss(event.option.id)

    def action_results(self) -> None:
        results = self.query_one(SearchResults)
        if results.option_count:
            results.focus()

    def action_close(self) -> None:
        self.dismiss(None)
