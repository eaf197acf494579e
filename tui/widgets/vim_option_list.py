"""An OptionList that also moves with vim keys."""
from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList


class VimOptionList(OptionList):
    """j/k move, g/G jump to the top and bottom, on top of OptionList's arrows."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("g", "first", "First", show=False, id="list.top"),
        Binding("G", "last", "Last", show=False, id="list.bottom"),
        Binding("enter", "select", "Open", show=False, id="list.open",
                tooltip="Open: a speaker's statements, a statement's detail, a linked statement, a note"),
    ]

    def on_focus(self) -> None:
        # A list that gains focus with nothing highlighted starts on its first row,
        # so the first j/k press moves from somewhere visible.
        if self.highlighted is None and self.option_count:
            self.action_first()
