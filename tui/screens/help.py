"""`?`: every key, built from the bindings themselves so it cannot drift from them."""
from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

# Keys textual binds for itself that a reader of this screen does not need.
HIDDEN_ACTIONS = {"help_quit", "maximize", "screenshot"}


class HelpScreen(ModalScreen[None]):
    """Lists the bindings of the given places (a title and the BINDINGS of each)."""

    BINDINGS = [
        Binding("escape,q,question_mark", "close", "Close", id="help.close"),
    ]

    def __init__(self, sections: list[tuple[str, list[BindingType]]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog") as dialog:
            dialog.border_title = "Keys"
            dialog.border_subtitle = "escape, q or ? closes"
            yield Static(self.key_table(), id="help-keys")

    def key_table(self) -> Group:
        parts = []
        for title, bindings in self.sections:
            rows = self.rows(bindings)
            if not rows:
                continue
            table = Table.grid(padding=(0, 2))
            table.add_column(justify="right", style="bold", min_width=16)
            table.add_column()
            for keys, description in rows:
                table.add_row(keys, description)
            parts += [Text(f"\n{title}", style="bold underline"), table]
        return Group(*parts)

    def rows(self, bindings: list[BindingType]) -> list[tuple[str, str]]:
        """One row per action, its keys joined: `j / down   Down`. A key listed twice keeps its first meaning."""
        grouped: dict[tuple[str, str], list[str]] = {}
        seen_keys: set[str] = set()
        for binding in Binding.make_bindings(bindings):
            if binding.action in HIDDEN_ACTIONS or not binding.description or binding.key in seen_keys:
                continue
            seen_keys.add(binding.key)
            description = binding.tooltip or binding.description
            keys = grouped.setdefault((binding.action, description), [])
            # the user's keymap, not the defaults, is what the keys are now
            for key in self.app.keymap.get(binding.id, binding.key).split(",") if binding.id else [binding.key]:
                display = self.app.get_key_display(Binding(key, binding.action, binding.description))
                if display not in keys:
                    keys.append(display)
        return [(" / ".join(keys), description) for (_, description), keys in grouped.items()]

    def action_close(self) -> None:
        self.dismiss(None)
