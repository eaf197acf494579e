"""The counterpoint terminal app: `CounterpointApp(library).run()`."""
from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

from textual.app import App, SystemCommand
from textual.screen import Screen

from store import views
from tui.commands import SpeakerCommands
from tui.screens.main import MainScreen
from tui.screens.note_editor import NoteEditor


class ThreadSafeLibrary:
    """The Library, one call at a time: the app calls it from worker threads and the UI thread."""

    def __init__(self, library: Any) -> None:
        self._library = library
        self._lock = threading.RLock()

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._library, name)
        if not callable(attribute):
            return attribute

        def locked(*args: Any, **kwargs: Any) -> Any:
            with self._lock:
                return attribute(*args, **kwargs)

        return locked


class CounterpointApp(App[None]):
    """Speakers, their statements and each statement's detail, over one `store.library.Library`."""

    CSS_PATH = "app.tcss"
    TITLE = "counterpoint"
    COMMANDS = App.COMMANDS | {SpeakerCommands}

    def __init__(self, library: Any, keymap: dict[str, str] | None = None) -> None:
        super().__init__()
        # binding id -> keys, from the user's keymap file (tui/keymap.py)
        self.keymap = dict(keymap or {})
        if self.keymap:
            self.set_keymap(self.keymap)
        self.library = ThreadSafeLibrary(library)
        self.speakers: list[views.SpeakerSummary] = []
        self.main_screen = MainScreen()

    def get_default_screen(self) -> Screen:
        return self.main_screen

    def show_speaker(self, speaker_key: str) -> None:
        """Highlight a speaker (from the command palette) and move to their statements."""
        if self.main_screen.by_article:
            self.main_screen.action_toggle_articles()
        if self.main_screen.speaker_list.select_speaker(speaker_key):
            self.main_screen.statement_list.focus()

    async def action_quit(self) -> None:
        # A note being written is never thrown away by a quit key: it is saved or discarded first.
        editor = next((s for s in self.screen_stack if isinstance(s, NoteEditor)), None)
        if editor is not None and editor.changed:
            self.notify("Save the note first (escape) or discard it (ctrl+g), then quit.",
                        severity="warning")
            return
        self.exit()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if screen is self.main_screen:
            yield SystemCommand("Search statements", "Find statements by their words (/)",
                                self.main_screen.action_search)
            yield SystemCommand("Who answers whom", "Every link in the library, the surest first (D)",
                                self.main_screen.action_disputes)
            yield SystemCommand("Your notes", "Every note you wrote, the newest first (N)",
                                self.main_screen.action_all_notes)
            yield SystemCommand("Articles", "List the articles instead of the speakers, and back (A)",
                                self.main_screen.action_toggle_articles)
            yield SystemCommand("Add a note", "Note the highlighted statement (n)",
                                self.main_screen.action_add_note)
            yield SystemCommand("Reload library", "Pick up articles added elsewhere (r)",
                                self.main_screen.action_reload)
            yield SystemCommand("Help", "Show every key (?)", self.main_screen.action_help)
