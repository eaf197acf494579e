"""Which way one statement answers another: it rebuts it, or contradicts it."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label


class LinkKindScreen(ModalScreen[str | None]):
    """Returns "rebuts" (r), "contradicts" (c), or None (escape)."""

    BINDINGS = [
        Binding("r", "answer('rebuts')", "Rebuts", id="link.rebuts"),
        Binding("c", "answer('contradicts')", "Contradicts", id="link.contradicts"),
        Binding("escape", "answer(None)", "Cancel", id="link.cancel"),
    ]

    def __init__(self, question: str, detail: str = "") -> None:
        super().__init__()
        self.question = question
        self.detail = detail

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog"):
            yield Label(self.question, id="confirm-question")
            if self.detail:
                yield Label(self.detail, id="confirm-detail")
            with Horizontal(id="confirm-buttons"):
                yield Button("Rebuts it (r)", variant="primary", id="rebuts")
                yield Button("Contradicts it (c)", variant="warning", id="contradicts")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id)

    def action_answer(self, kind: str | None) -> None:
        self.dismiss(kind)
