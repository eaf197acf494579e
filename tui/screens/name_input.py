"""A one-line answer in a small modal: a speaker's new name."""
from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class NameInput(ModalScreen[str | None]):
    """Returns the words typed (enter), or None (escape, or nothing typed)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="name.cancel")]

    def __init__(self, question: str, value: str = "") -> None:
        super().__init__()
        self.question = question
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical(id="name-dialog"):
            yield Label(self.question, id="name-question")
            yield Input(self.value, id="name-input")
            yield Label("enter saves · escape cancels", id="name-hint")

    def on_mount(self) -> None:
        field = self.query_one(Input)
        if self.app.is_headless:
            field.cursor_blink = False
        field.focus()

    @on(Input.Submitted, "#name-input")
    def submit(self, event: Input.Submitted) -> None:
        event.stop()
        value = " ".join(event.value.split())
        self.dismiss(value or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
