"""The left pane: every speaker in the library, most statements first."""
from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets.option_list import Option

from store.views import SpeakerSummary
from tui.widgets.vim_option_list import VimOptionList


def speaker_row(speaker: SpeakerSummary, digits: int) -> Text:
    """The statement count in a right-aligned column, then the name, on one line.

    Plain Text that needs no pane width: ten thousand speakers lay out in a blink,
    and the rows stay right when the terminal is resized.
    """
    row = Text()
    row.append(str(speaker.statements).rjust(digits), style="dim")
    row.append(f"  {speaker.name}")
    return row


class SpeakerList(VimOptionList):
    """Lists speakers; tells the screen which one is highlighted or chosen, or is to be corrected."""

    BINDINGS = [
        Binding("R", "correct('rename')", "Rename", id="speakers.rename",
                tooltip="Rename the highlighted speaker"),
        Binding("M", "correct('merge')", "Merge", id="speakers.merge",
                tooltip="Merge the highlighted speaker into another (one person)"),
    ]

    class CorrectionRequested(Message):
        """R or M on a speaker: `what` is "rename" or "merge"."""

        def __init__(self, speaker_key: str, what: str) -> None:
            self.speaker_key = speaker_key
            self.what = what
            super().__init__()

    class SpeakerHighlighted(Message):
        def __init__(self, speaker_key: str) -> None:
            self.speaker_key = speaker_key
            super().__init__()

    class SpeakerChosen(Message):
        def __init__(self, speaker_key: str) -> None:
            self.speaker_key = speaker_key
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = "Speakers"
        self.speakers: list[SpeakerSummary] = []

    @property
    def speaker_key(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None

    def show_speakers(self, speakers: list[SpeakerSummary], keep: str | None = None) -> None:
        """Replace the rows; keep the highlight on `keep` (or the current speaker) if still there."""
        keep = keep or self.speaker_key
        self.speakers = list(speakers)
        digits = len(str(max((s.statements for s in self.speakers), default=0)))
        self.set_options(Option(speaker_row(s, digits), id=s.key) for s in self.speakers)
        self.border_subtitle = f"{len(self.speakers)}"
        if not self.speakers:
            return
        index = next((i for i, s in enumerate(self.speakers) if s.key == keep), 0)
        self.highlighted = index

    def select_speaker(self, speaker_key: str) -> bool:
        """Highlight a speaker by key; False when the list does not hold it."""
        for index, speaker in enumerate(self.speakers):
            if speaker.key == speaker_key:
                self.highlighted = index
                return True
        return False

    def on_option_list_option_highlighted(self, event: VimOptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.SpeakerHighlighted(event.option.id))

    def on_option_list_option_selected(self, event: VimOptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.SpeakerChosen(event.option.id))

    def action_correct(self, what: str) -> None:
        if self.speaker_key is not None:
            self.post_message(self.CorrectionRequested(self.speaker_key, what))
