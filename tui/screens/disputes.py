"""`D`: every link in the library — who answers whom, on what — to read down and jump from."""
from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label
from textual.widgets.option_list import Option

from store.errors import CounterpointError
from store.quoting import one_line, statement_words
from store.views import Dispute
from tui.widgets.vim_option_list import VimOptionList

MAX_ROWS = 500
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


def _hay(dispute: Dispute) -> str:
    return " ".join((dispute.answer.speaker_name, dispute.claim.speaker_name, dispute.answer.text,
                     dispute.claim.text, dispute.reason, dispute.claim.article_title)).casefold()


class DisputeRows(VimOptionList):
    """The links that match; enter opens the claim."""


class DisputesScreen(ModalScreen[str | None]):
    """Returns the id of the chosen link's claim, or None (escape)."""

    BINDINGS = [
        Binding("escape", "close", "Close", id="disputes.close"),
        Binding("down", "rows", "Links", show=False, id="disputes.rows"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.disputes: list[Dispute] = []
        self.shown: list[Dispute] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="disputes-dialog") as dialog:
            dialog.border_title = "Who answers whom"
            yield Input(placeholder="narrow by a speaker's name or words", id="disputes-input")
            yield Label("Loading the links…", id="disputes-status")
            yield DisputeRows(id="disputes-rows")

    def on_mount(self) -> None:
        field = self.query_one(Input)
        if self.app.is_headless:
            field.cursor_blink = False
        field.focus()
        self.load()

    @work(thread=True, exclusive=True, group="disputes")
    def load(self) -> None:
        try:
            disputes = self.app.library.disputes()
        except CounterpointError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error")
            return
        self.app.call_from_thread(self.loaded, disputes)

    def loaded(self, disputes: list[Dispute]) -> None:
        self.disputes = disputes
        self.show(self.query_one(Input).value)

    def show(self, typed: str) -> None:
        words = typed.casefold().split()
        matching = [d for d in self.disputes if all(w in _hay(d) for w in words)] if words else self.disputes
        self.shown = matching[:MAX_ROWS]
        rows: list[Option | None] = []
        for index, dispute in enumerate(self.shown):
            rows += [Option(dispute_row(dispute), id=str(index)), None]
        table = self.query_one(DisputeRows)
        table.set_options(rows[:-1])
        if self.shown:
            table.highlighted = 0
        status = self.query_one("#disputes-status", Label)
        if not self.disputes:
            status.update("No statement in the library answers another yet.")
        elif len(matching) > MAX_ROWS:
            status.update(f"{len(matching)} links; showing the first {MAX_ROWS} — type to narrow them")
        else:
            status.update(f"{len(matching)} link{'' if len(matching) == 1 else 's'}, the surest first; "
                          "enter opens the claim")

    @on(Input.Changed, "#disputes-input")
    def typed(self, event: Input.Changed) -> None:
        if self.disputes:
            self.show(event.value)

    @on(Input.Submitted, "#disputes-input")
    def submit(self) -> None:
        option = self.query_one(DisputeRows).highlighted_option
        if option is not None and option.id is not None:
            self.dismiss(self.shown[int(option.id)].claim.id)

    @on(DisputeRows.OptionSelected)
    def pick(self, event: DisputeRows.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.dismiss(self.shown[int(event.option.id)].claim.id)

    def action_rows(self) -> None:
        rows = self.query_one(DisputeRows)
        if rows.option_count:
            rows.focus()

    def action_close(self) -> None:
        self.dismiss(None)
