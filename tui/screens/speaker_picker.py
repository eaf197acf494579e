"""Pick a speaker by typing part of the name: the other half of a merge."""
from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label
from textual.widgets.option_list import Option

from store.views import SpeakerSummary
from tui.widgets.vim_option_list import VimOptionList


class SpeakerChoices(VimOptionList):
    """The speakers whose names hold what was typed; enter picks one."""


class SpeakerPicker(ModalScreen[str | None]):
    """Returns the key of the chosen speaker, or None (escape)."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="picker.cancel"),
        Binding("down", "choices", "Choices", show=False, id="picker.choices"),
    ]

    def __init__(self, question: str, speakers: list[SpeakerSummary]) -> None:
        super().__init__()
        self.question = question
        self.speakers = speakers

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-dialog") as dialog:
            dialog.border_title = self.question
            yield Input(placeholder="part of a name", id="picker-input")
            yield SpeakerChoices(id="picker-choices")

    def on_mount(self) -> None:
        field = self.query_one(Input)
        if self.app.is_headless:
            field.cursor_blink = False
        field.focus()
        self.show_choices("")

    def show_choices(self, typed: str) -> None:
        words = typed.lower().split()
        shown = [s for s in self.speakers if all(w in s.name.lower() for w in words)]
        choices = self.query_one(SpeakerChoices)
        choices.set_options(Option(self.row(s), id=s.key) for s in shown)
        if shown:
            choices.highlighted = 0

    @staticmethod
    def row(speaker: SpeakerSummary) -> Text:
        row = Text(speaker.name, style="bold")
        if speaker.description:
            row.append(f"  {speaker.description}", style="dim")
        row.append(f"  {speaker.statements}", style="dim")
        return row

    @on(Input.Changed, "#picker-input")
    def typed(self, event: Input.Changed) -> None:
        self.show_choices(event.value)

    @on(Input.Submitted, "#picker-input")
    def submit(self) -> None:
        option = self.query_one(SpeakerChoices).highlighted_option
        if option is not None and option.id:
            self.dismiss(option.id)
        else:
            self.notify("No speaker has that name.", severity="warning")

    @on(SpeakerChoices.OptionSelected)
    def pick(self, event: SpeakerChoices.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.dismiss(event.option.id)

    def action_choices(self) -> None:
        choices = self.query_one(SpeakerChoices)
        if choices.option_count:
            choices.focus()

    def action_cancel(self) -> None:
        self.dismiss(None)
