"""The three panes: speakers, their statements, the highlighted statement's detail.

The widgets only show data and post messages; this screen answers them by asking the
library. Reads run in worker threads so a slow library never holds up a keypress;
each result is dropped if the person has moved on before it arrives.
"""
from __future__ import annotations

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import Footer, OptionList

from store import views
from store.errors import CounterpointError
from store.quoting import one_line, statement_words
from tui.screens.all_notes import AllNotesScreen
from tui.screens.confirm import ConfirmScreen
from tui.screens.disputes import DisputesScreen
from tui.screens.help import HelpScreen
from tui.screens.link_kind import LinkKindScreen
from tui.screens.name_input import NameInput
from tui.screens.note_editor import NoteEditor
from tui.screens.search import SearchScreen
from tui.screens.speaker_picker import SpeakerPicker
from tui.widgets.article_list import ArticleList
from tui.widgets.speaker_list import SpeakerList
from tui.widgets.statement_detail import StatementDetail
from tui.widgets.statement_list import StatementList
from tui.widgets.vim_option_list import VimOptionList

# Keys Textual itself provides, listed in the help beside ours.
TEXTUAL_KEYS = [
    Binding("tab,shift+tab", "focus_next", "Next pane", tooltip="Next / previous pane"),
    Binding("ctrl+p", "command_palette", "Palette", tooltip="Command palette (speakers, actions)"),
]

# the statement list's owner when it shows one article's statements: "article:<id>"
ARTICLE = "article:"

EMPTY_LIBRARY = ("The library is empty.\n\nAdd articles from a terminal with\n"
                 "  counterpoint add PATH\nthen press r here to reload.")


class MainScreen(Screen[None]):
    BINDINGS = [
        Binding("q", "app.quit", "Quit", id="main.quit"),
        Binding("h,left", "focus_pane(-1)", "Pane left", show=False, id="main.pane_left",
                tooltip="Move to the pane on the left"),
        Binding("l,right", "focus_pane(1)", "Pane right", show=False, id="main.pane_right",
                tooltip="Move to the pane on the right"),
        Binding("n", "add_note", "Note", id="main.add_note",
                tooltip="Write a note on the highlighted statement"),
        Binding("a", "link_statement", "Link", id="main.link",
                tooltip="Say the highlighted statement answers another one (found by search)"),
        Binding("A", "toggle_articles", "Articles", id="main.articles",
                tooltip="List the articles instead of the speakers, and back"),
        Binding("D", "disputes", "Disputes", id="main.disputes",
                tooltip="Every link in the library: who answers whom, on what"),
        Binding("N", "all_notes", "Notes", id="main.all_notes", show=False,
                tooltip="Every note you wrote, the newest first"),
        Binding("slash", "search", "Search", id="main.search",
                tooltip="Search statements by their words or speaker"),
        Binding("b,backspace", "back", "Back", id="main.back", show=False,
                tooltip="Go back from a followed link"),
        Binding("r", "reload", "Reload", id="main.reload", show=False,
                tooltip="Reload the library (articles added elsewhere)"),
        Binding("question_mark", "help", "Help", id="main.help", tooltip="Show these keys"),
        Binding("escape", "focus_pane(-1)", "Pane left", show=False, id="main.escape",
                tooltip="Leave the pane (back to the list on the left)"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._pending_statement: str | None = None   # go here once its speaker's list arrives
        self._pending_note: str | None = None        # put the cursor on this note once shown
        self._detail_wanted: str | None = None
        self._history: list[str] = []                # statements left by following links
        self._keep_speaker: str | None = None        # highlight this speaker once the list arrives
        self.by_article = False                      # the left pane lists articles, not speakers

    # -- layout ------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            yield SpeakerList(id="speakers")
            yield ArticleList(id="articles")
            yield StatementList(id="statements")
            yield StatementDetail(id="detail")
        yield Footer()

    @property
    def speaker_list(self) -> SpeakerList:
        return self.query_one(SpeakerList)

    @property
    def article_list(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def statement_list(self) -> StatementList:
        return self.query_one(StatementList)

    @property
    def statement_detail(self) -> StatementDetail:
        return self.query_one(StatementDetail)

    @property
    def panes(self) -> list[VimOptionList]:
        left = self.article_list if self.by_article else self.speaker_list
        return [left, self.statement_list, self.statement_detail]

    def on_mount(self) -> None:
        self.statement_list.show_message("Loading the library…")
        self.statement_detail.show_message("")
        self.speaker_list.loading = True
        self.speaker_list.focus()
        self.load_speakers()

    @property
    def library(self):
        return self.app.library

    # -- loading -----------------------------------------------------------

    def _answer(self, callback, *args) -> None:
        """Hand a worker's result to the screen (from the worker's thread), unless the screen
        has been taken down meanwhile: the app quit while a read was under way, and there is
        nobody left to show it to."""
        def deliver() -> None:
            try:
                callback(*args)
            except NoMatches:
                if self.children:
                    raise
        if self.app._loop is None:
            return  # the app's loop has already stopped
        self.app.call_from_thread(deliver)

    def _show_articles(self, articles: list[views.ArticleSummary]) -> None:
        self.article_list.show_articles(articles)

    @work(thread=True, exclusive=True, group="speakers")
    def load_speakers(self, refresh: bool = False) -> None:
        try:
            changed = self.library.refresh() if refresh else False
            speakers = self.library.speakers()
        except CounterpointError as exc:
            self._answer(self.show_error, str(exc))
            return
        self._answer(self.show_speakers, speakers)
        if refresh:
            message = "Library reloaded." if changed else "Library reloaded; nothing had changed."
            self._answer(self.notify, message)

    def show_speakers(self, speakers: list[views.SpeakerSummary]) -> None:
        self.app.speakers = speakers
        self.speaker_list.loading = False
        if not speakers:
            self.speaker_list.show_speakers([])
            self.statement_list.show_message(EMPTY_LIBRARY)
            self.statement_detail.show_message("")
            return
        keep, self._keep_speaker = self._keep_speaker, None
        self.speaker_list.show_speakers(speakers, keep=keep)
        if self.by_article:
            self.load_articles()

    @work(thread=True, exclusive=True, group="articles")
    def load_articles(self) -> None:
        try:
            articles = self.library.articles()
        except CounterpointError as exc:
            self._answer(self.show_error, str(exc))
            return
        self._answer(self._show_articles, articles)

    @work(thread=True, exclusive=True, group="statements")
    def load_article_statements(self, article_id: str) -> None:
        try:
            statements = self.library.article_statements(article_id)
        except CounterpointError as exc:
            self._answer(self.show_error, str(exc))
            return
        self._answer(self.show_article_statements, article_id, statements)

    def show_article_statements(self, article_id: str, statements: list[views.StatementSummary]) -> None:
        if not self.by_article or self.article_list.article_id != article_id:
            return  # the highlight moved on while this was loading
        owner = ARTICLE + article_id
        article = next((a for a in self.article_list.articles if a.id == article_id), None)
        title = one_line(article.title, 60) if article and article.title else "article"
        keep = self.statement_list.statement_id if self.statement_list.owner == owner else None
        wanted = self._pending_statement or keep
        self._pending_statement = None
        self.statement_list.show_statements(owner, title, statements, select=wanted, with_speaker=True)
        if not statements:
            self.statement_detail.show_message("No statements were found in this article.")

    def action_toggle_articles(self) -> None:
        """The left pane lists articles (their statements in order) or speakers."""
        self.by_article = not self.by_article
        self.article_list.display = self.by_article
        self.speaker_list.display = not self.by_article
        if self.by_article:
            if self.article_list.option_count:
                article_id = self.article_list.article_id
                if article_id:
                    self.load_article_statements(article_id)
            else:
                self.load_articles()
        elif self.speaker_list.speaker_key:
            self.load_statements(self.speaker_list.speaker_key)
        self.panes[0].focus()

    def on_article_list_article_highlighted(self, event: ArticleList.ArticleHighlighted) -> None:
        self.load_article_statements(event.article_id)

    def on_article_list_article_chosen(self, event: ArticleList.ArticleChosen) -> None:
        self.statement_list.focus()

    @work(thread=True, exclusive=True, group="statements")
    def load_statements(self, speaker_key: str) -> None:
        try:
            statements = self.library.statements(speaker_key)
        except CounterpointError as exc:
            self._answer(self.show_error, str(exc))
            return
        self._answer(self.show_statements, speaker_key, statements)

    def show_statements(self, speaker_key: str, statements: list[views.StatementSummary]) -> None:
        if self.by_article or self.speaker_list.speaker_key != speaker_key:
            return  # the highlight moved on while this was loading
        name = next((s.name for s in self.speaker_list.speakers if s.key == speaker_key), speaker_key)
        keep = self.statement_list.statement_id if self.statement_list.owner == speaker_key else None
        wanted = self._pending_statement or keep
        self._pending_statement = None
        self.statement_list.show_statements(speaker_key, name, statements, select=wanted)
        if not statements:
            self.statement_detail.show_message(f"{name} has no statements.")

    @work(thread=True, exclusive=True, group="detail")
    def load_detail(self, statement_id: str) -> None:
        try:
            detail = self.library.detail(statement_id)
        except CounterpointError as exc:
            self._answer(self.show_error, str(exc))
            return
        self._answer(self.show_detail, detail)

    def show_detail(self, detail: views.StatementDetail) -> None:
        if detail.statement.id != self._detail_wanted:
            return
        same = self.statement_detail.statement_id == detail.statement.id
        self.statement_detail.show_detail(detail, keep_place=same)
        if self._pending_note:
            self.statement_detail.select_note(self._pending_note)
            self._pending_note = None

    def show_error(self, message: str) -> None:
        self.speaker_list.loading = False
        self.notify(message, severity="error", timeout=10)

    # -- what the widgets tell us ------------------------------------------

    def on_speaker_list_speaker_highlighted(self, event: SpeakerList.SpeakerHighlighted) -> None:
        self.load_statements(event.speaker_key)

    def on_speaker_list_speaker_chosen(self, event: SpeakerList.SpeakerChosen) -> None:
        self.statement_list.focus()

    def on_statement_list_statement_highlighted(self, event: StatementList.StatementHighlighted) -> None:
        self._detail_wanted = event.statement_id
        self.load_detail(event.statement_id)

    def on_statement_list_statement_chosen(self, event: StatementList.StatementChosen) -> None:
        self.statement_detail.focus()

    def on_statement_detail_link_chosen(self, event: StatementDetail.LinkChosen) -> None:
        current = self.statement_detail.statement_id
        if self.go_to_statement(event.statement_id) and current:
            self._history.append(current)

    def on_statement_detail_note_edit_requested(self, event: StatementDetail.NoteEditRequested) -> None:
        note = event.note
        if self.writable():
            self.open_note_editor(note.statement_id, note.text, note_id=note.id)

    def on_statement_detail_note_delete_requested(self, event: StatementDetail.NoteDeleteRequested) -> None:
        note = event.note
        if not self.writable():
            return

        def answer(yes: bool | None) -> None:
            if not yes:
                return
            try:
                self.library.delete_note(note.id)
            except CounterpointError as exc:
                self.show_error(str(exc))
                return
            self.notify("Note deleted.")
            self.reload_statement(note.statement_id)

        self.app.push_screen(ConfirmScreen("Delete this note?", f"“{one_line(note.text, 200)}”"), answer)

    # -- corrections by hand ---------------------------------------------------

    def on_statement_detail_link_remove_requested(self, event: StatementDetail.LinkRemoveRequested) -> None:
        if not self.writable():
            return
        source_id, target_id, link = event.source_id, event.target_id, event.link
        here = self.statement_detail.statement_id

        def answer(yes: bool | None) -> None:
            if not yes:
                return
            try:
                self.library.remove_link(source_id, target_id)
            except CounterpointError as exc:
                self.show_error(str(exc))
                return
            self.notify("Link taken away; adding the article again will not bring it back.")
            if here:
                self.reload_statement(here)

        other = link.statement
        self.app.push_screen(ConfirmScreen(
            f"Take away this link ({link.kind}) with {other.speaker_name}?",
            statement_words(other.text, other.kind, 200)), answer)

    def action_link_statement(self) -> None:
        if not self.writable():
            return
        here = self.statement_detail.statement_id or self.statement_list.statement_id
        if here is None:
            self.notify("Highlight a statement first, then press a to link it.", severity="warning")
            return

        def chosen(target_id: str | None) -> None:
            if not target_id:
                return
            if target_id == here:
                self.notify("A statement cannot answer itself; pick another one.", severity="warning")
                return

            def kind_chosen(kind: str | None) -> None:
                if not kind:
                    return
                try:
                    self.library.add_link(here, target_id, kind, "linked by hand")
                except CounterpointError as exc:
                    self.show_error(str(exc))
                    return
                self.notify(f"Linked: this statement {kind} the one you picked.")
                self.reload_statement(here)

            target = self.library.statement(target_id)
            self.app.push_screen(LinkKindScreen(
                f"How does this statement answer {target.speaker_name}?",
                statement_words(target.text, target.kind, 200)), kind_chosen)

        self.app.push_screen(SearchScreen(title="Which statement does this one answer?"), chosen)

    def on_speaker_list_correction_requested(self, event: SpeakerList.CorrectionRequested) -> None:
        if not self.writable():
            return
        key = event.speaker_key
        speaker = next((s for s in self.speaker_list.speakers if s.key == key), None)
        if speaker is None:
            return

        def corrected(change) -> None:
            try:
                result = change()
            except CounterpointError as exc:
                self.show_error(str(exc))
                return
            self.notify(f"Now {result.name}, with {result.statements} statement"
                        f"{'' if result.statements == 1 else 's'}.")
            self._keep_speaker = result.key
            self.load_speakers()

        if event.what == "rename":
            def renamed(name: str | None) -> None:
                if name and name != speaker.name:
                    corrected(lambda: self.library.rename_speaker(key, name))

            self.app.push_screen(NameInput(f"A new name for {speaker.name}:", speaker.name), renamed)
            return

        def merged(into: str | None) -> None:
            if not into:
                return
            corrected(lambda: self.library.merge_speakers(key, into, keep_name=True))

        others = [s for s in self.speaker_list.speakers if s.key != key]
        self.app.push_screen(SpeakerPicker(f"{speaker.name} is the same person as…", others), merged)

    # -- going places --------------------------------------------------------

    def go_to_statement(self, statement_id: str) -> bool:
        """Show a statement wherever it is: its speaker (or article), then it in the list, then its detail."""
        try:
            statement = self.library.statement(statement_id)
        except CounterpointError as exc:
            self.show_error(str(exc))
            return False
        if self.by_article:
            return self._go_to_statement_in_article(statement)
        if self.statement_list.owner == statement.speaker_key == self.speaker_list.speaker_key:
            if self.statement_list.select_statement(statement_id):
                return True
        self._pending_statement = statement_id
        if self.speaker_list.speaker_key == statement.speaker_key:
            self.load_statements(statement.speaker_key)
            return True
        if not self.speaker_list.select_speaker(statement.speaker_key):
            self._pending_statement = None
            self.notify(f"{statement.speaker_name} is not in the speaker list; press r to reload.",
                        severity="warning")
            return False
        return True

    def _go_to_statement_in_article(self, statement: views.StatementSummary) -> bool:
        owner = ARTICLE + statement.article_id
        if self.statement_list.owner == owner and self.article_list.article_id == statement.article_id:
            if self.statement_list.select_statement(statement.id):
                return True
        self._pending_statement = statement.id
        if self.article_list.article_id == statement.article_id:
            self.load_article_statements(statement.article_id)
            return True
        if not self.article_list.select_article(statement.article_id):
            self._pending_statement = None
            self.notify("That statement's article is not in the list; press r to reload.", severity="warning")
            return False
        return True

    def reload_statement(self, statement_id: str) -> None:
        """After a change to a statement's notes: refresh its row counts and its detail."""
        self._pending_statement = statement_id
        self._detail_wanted = statement_id
        if self.by_article:
            if self.article_list.article_id:
                self.load_article_statements(self.article_list.article_id)
        elif self.speaker_list.speaker_key:
            self.load_statements(self.speaker_list.speaker_key)
        self.load_detail(statement_id)

    # -- actions -------------------------------------------------------------

    def action_focus_pane(self, step: int) -> None:
        panes = self.panes
        focused = self.focused
        index = panes.index(focused) if focused in panes else 0
        panes[max(0, min(len(panes) - 1, index + step))].focus()

    def action_back(self) -> None:
        if not self._history:
            self.notify("Nothing to go back to: b returns from a followed link.")
            return
        self.go_to_statement(self._history.pop())

    def writable(self) -> bool:
        """Say so up front when notes cannot be saved, rather than after they are written."""
        if getattr(self.library, "read_only", False):
            self.notify("The library is open read-only, so notes cannot be saved; "
                        "open it without --read-only to write them.", severity="warning")
            return False
        return True

    def action_add_note(self) -> None:
        if not self.writable():
            return
        statement_id = self.statement_detail.statement_id or self.statement_list.statement_id
        if statement_id is None:
            self.notify("Highlight a statement first, then press n to note it.", severity="warning")
            return
        self.open_note_editor(statement_id, "")

    def open_note_editor(self, statement_id: str, text: str, note_id: str | None = None) -> None:
        detail = self.statement_detail.detail
        about = ""
        if detail is not None and detail.statement.id == statement_id:
            st = detail.statement
            about = f"{st.speaker_name}: {statement_words(st.text, st.kind, 90)}"
        original = text

        def closed(result: str | None) -> None:
            if result is None or result == original:
                return
            if not result.strip():
                if note_id is None:
                    self.notify("Empty note not saved.")
                else:
                    self.notify("An empty note is not saved; press d on the note to delete it.",
                                severity="warning")
                return
            try:
                if note_id is None:
                    note = self.library.add_note(statement_id, result)
                else:
                    note = self.library.update_note(note_id, result)
            except CounterpointError as exc:
                # Nothing the person wrote is lost: the editor opens again with their text.
                self.show_error(str(exc))
                self.app.push_screen(NoteEditor(about, result, title=title, unsaved=True), closed)
                return
            self.notify("Note saved.")
            self._pending_note = note.id
            self.reload_statement(statement_id)

        title = "New note" if note_id is None else "Edit note"
        self.app.push_screen(NoteEditor(about, text, title=title), closed)

    def action_search(self) -> None:
        self.app.push_screen(SearchScreen(), self._open_chosen)

    def _open_chosen(self, statement_id: str | None) -> None:
        """Go to a statement picked in a list (b comes back)."""
        if statement_id:
            current = self.statement_detail.statement_id
            if self.go_to_statement(statement_id) and current:
                self._history.append(current)
            self.statement_detail.focus()

    def action_disputes(self) -> None:
        self.app.push_screen(DisputesScreen(), self._open_chosen)

    def action_all_notes(self) -> None:
        self.app.push_screen(AllNotesScreen(), self._open_chosen)

    def action_reload(self) -> None:
        self.load_speakers(refresh=True)

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(key_sections()))


def key_sections() -> list[tuple[str, list]]:
    """Every place with keys of its own, and its bindings: for `?`, `counterpoint keys` and the keymap."""
    return [
        ("Anywhere", [*MainScreen.BINDINGS, *App.BINDINGS, *TEXTUAL_KEYS]),
        ("Lists", [*VimOptionList.BINDINGS, *OptionList.BINDINGS]),
        ("Speakers", SpeakerList.BINDINGS),
        ("Detail pane", StatementDetail.BINDINGS),
        ("Note editor", NoteEditor.BINDINGS),
        ("Search", SearchScreen.BINDINGS),
        ("Who answers whom, your notes", DisputesScreen.BINDINGS),
        ("Dialogs", [*LinkKindScreen.BINDINGS, *SpeakerPicker.BINDINGS, *NameInput.BINDINGS]),
    ]
