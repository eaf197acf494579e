"""Which way one statement answers another: it rebuts it, or contradicts it."""
from __future__ import annotations

from textual.binding import Binding

from tui.screens.confirm import ChoiceScreen


class LinkKindScreen(ChoiceScreen):
    """Returns "rebuts" (r), "contradicts" (c), or None (escape)."""

    BINDINGS = [
        Binding("r", "answer('rebuts')", "Rebuts", id="link.rebuts"),
        Binding("c", "answer('contradicts')", "Contradicts", id="link.contradicts"),
        Binding("escape", "answer(None)", "Cancel", id="link.cancel"),
    ]
    BUTTONS = [("Rebuts it (r)", "primary", "rebuts"), ("Contradicts it (c)", "warning", "contradicts")]
