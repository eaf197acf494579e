"""A question with a few answers, one key each, in a small modal."""
from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label


class ChoiceScreen(ModalScreen[Any]):
    """Shows the question, a line of detail and one button per answer; returns the answer.

    Subclasses give the buttons (label, variant, answer) and bind each key to
    `answer(...)`; the button of `FOCUSED` starts focused, so enter takes it.
    """

    BUTTONS: ClassVar[list[tuple[str, str, Any]]] = []
    FOCUSED: ClassVar[int] = 0

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
                for index, (label, variant, _answer) in enumerate(self.BUTTONS):
                    yield Button(label, variant=variant, id=f"choice-{index}")

    def on_mount(self) -> None:
        self.query_one(f"#choice-{self.FOCUSED}", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(self.BUTTONS[int(event.button.id.rsplit("-", 1)[1])][2])

    def action_answer(self, answer: Any) -> None:
        self.dismiss(answer)


class ConfirmScreen(ChoiceScreen):
    """Returns True for yes (y, or the Yes button) and False for no (n, escape)."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]
    BUTTONS = [("Yes (y)", "error", True), ("No (n)", "primary", False)]
    FOCUSED = 1
