"""A modal TextArea for writing or changing one note."""
from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from pathlib import Path

from textual.app import ComposeResult, SuspendNotSupported
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, TextArea


class NoteEditor(ModalScreen[str | None]):
    """Returns the note's text when closed (escape or ctrl+s), None when discarded (ctrl+g).

    The caller saves it; if that fails it opens a new editor with the same text.
    """

    BINDINGS = [
        Binding("escape", "save", "Save and close", id="note.save"),
        Binding("ctrl+s", "save", "Save and close", show=False, id="note.save_alt"),
        Binding("ctrl+o", "external_editor", "Open in $EDITOR", id="note.external_editor"),
        Binding("ctrl+g", "discard", "Discard the changes", id="note.discard"),
    ]

    def __init__(self, about: str, text: str = "", *, title: str = "New note",
                 unsaved: bool = False) -> None:
        """`unsaved`: `text` itself is not saved yet (an editor reopened after a failed save)."""
        super().__init__()
        self.about = about
        self.initial_text = text
        self.title_text = title
        self.unsaved = unsaved

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog") as dialog:
            dialog.border_title = self.title_text
            yield Label(self.about, id="note-about")
            yield TextArea(self.initial_text, id="note-text", soft_wrap=True, show_line_numbers=False)
            yield Label("escape saves and closes · ctrl+o opens $EDITOR · ctrl+g discards · "
                        "an empty note is not saved", id="note-hint")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        if self.app.is_headless:
            area.cursor_blink = False
        area.focus()
        area.move_cursor(area.document.end)

    @property
    def text(self) -> str:
        return self.query_one(TextArea).text

    @property
    def changed(self) -> bool:
        return self.unsaved or self.text != self.initial_text

    def action_save(self) -> None:
        self.dismiss(self.text)

    def action_discard(self) -> None:
        self.dismiss(None)

    def action_external_editor(self) -> None:
        """Edit the text in the user's own editor; the result comes back into the TextArea."""
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
        if not editor:
            self.notify("Set $EDITOR (or $VISUAL) to edit notes in your own editor.", severity="warning")
            return
        with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False, encoding="utf-8") as handle:
            handle.write(self.text)
            path = Path(handle.name)
        try:
            with self.app.suspend():
                subprocess.run([*shlex.split(editor), str(path)], check=False)
            self.query_one(TextArea).load_text(path.read_text(encoding="utf-8").rstrip("\n"))
        except SuspendNotSupported:
            self.notify("This terminal cannot hand over to $EDITOR; write the note here.", severity="warning")
        except OSError as exc:
            self.notify(f"Could not run {editor}: {exc.strerror or exc}.", severity="error")
        finally:
            path.unlink(missing_ok=True)
