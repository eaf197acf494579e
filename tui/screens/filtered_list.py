"""A modal list of things in the library, narrowed as you type; enter opens the statement of one."""
from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label
from textual.widgets.option_list import Option

from store.errors import CounterpointError
from tui.widgets.vim_option_list import VimOptionList


class FilteredRows(VimOptionList):
    """The items that match; enter picks one."""


class FilteredList(ModalScreen[str | None]):
    """Loads its items from the library once (in a thread), shows those whose words hold every
    word typed, and returns the statement id of the one chosen, or None (escape).

    A subclass says what the items are: `fetch`, `row`, `words` and `statement_of`.
    """

    BINDINGS = [
        Binding("escape", "close", "Close", id="filtered.close"),
        Binding("down", "rows", "Rows", show=False, id="filtered.rows"),
    ]
    HEADING: ClassVar[str] = ""
    PLACEHOLDER: ClassVar[str] = "type to narrow"
    NOUN: ClassVar[tuple[str, str]] = ("item", "items")
    EMPTY: ClassVar[str] = "Nothing here yet."
    ORDER: ClassVar[str] = ""
    MAX_ROWS: ClassVar[int] = 500

    def __init__(self) -> None:
        super().__init__()
        self.items: list[Any] = []
        self.shown: list[Any] = []
        self._words: list[str] = []

    # -- what a subclass says ----------------------------------------------------
    def fetch(self) -> list[Any]:
        raise NotImplementedError

    def row(self, item: Any) -> Text:
        raise NotImplementedError

    def words(self, item: Any) -> str:
        raise NotImplementedError

    def statement_of(self, item: Any) -> str | None:
        """The statement to open for an item; None to stay (after saying why)."""
        raise NotImplementedError

    # -- the screen ----------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Vertical(classes="filtered-dialog") as dialog:
            dialog.border_title = self.HEADING
            yield Input(placeholder=self.PLACEHOLDER, id="filtered-input")
            yield Label("Loading…", id="filtered-status")
            yield FilteredRows(id="filtered-rows")

    def on_mount(self) -> None:
        field = self.query_one(Input)
        if self.app.is_headless:
            field.cursor_blink = False
        field.focus()
        self.load()

    @work(thread=True, exclusive=True, group="filtered-list")
    def load(self) -> None:
        try:
            items = self.fetch()
        except CounterpointError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error")
            return
        self.app.call_from_thread(self.loaded, items)

    def loaded(self, items: list[Any]) -> None:
        self.items = items
        self._words = [self.words(item).casefold() for item in items]
        self.show(self.query_one(Input).value)

    def show(self, typed: str) -> None:
        wanted = typed.casefold().split()
        matching = [item for item, hay in zip(self.items, self._words) if all(w in hay for w in wanted)]
        self.shown = matching[:self.MAX_ROWS]
        rows: list[Option | None] = []
        for index, item in enumerate(self.shown):
            rows += [Option(self.row(item), id=str(index)), None]
        table = self.query_one(FilteredRows)
        table.set_options(rows[:-1])
        if self.shown:
            table.highlighted = 0
        one, many = self.NOUN
        status = self.query_one("#filtered-status", Label)
        if not self.items:
            status.update(self.EMPTY)
        elif len(matching) > self.MAX_ROWS:
            status.update(f"{len(matching)} {many}; showing the first {self.MAX_ROWS} — type to narrow them")
        else:
            order = f", {self.ORDER}" if self.ORDER else ""
            status.update(f"{len(matching)} {one if len(matching) == 1 else many}{order}; enter opens the statement")

    @on(Input.Changed, "#filtered-input")
    def typed(self, event: Input.Changed) -> None:
        if self.items:
            self.show(event.value)

    @on(Input.Submitted, "#filtered-input")
    def submit(self) -> None:
        option = self.query_one(FilteredRows).highlighted_option
        if option is not None and option.id is not None:
            self.choose(self.shown[int(option.id)])

    @on(FilteredRows.OptionSelected)
    def pick(self, event: FilteredRows.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.choose(self.shown[int(event.option.id)])

    def choose(self, item: Any) -> None:
        statement_id = self.statement_of(item)
        if statement_id is not None:
            self.dismiss(statement_id)

    def action_rows(self) -> None:
        rows = self.query_one(FilteredRows)
        if rows.option_count:
            rows.focus()

    def action_close(self) -> None:
        self.dismiss(None)
