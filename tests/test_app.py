"""The Textual app, driven by keys through Pilot, over a real library and a fake one."""
from __future__ import annotations

import dataclasses
import io

import pytest
from rich.console import Console
from textual.widgets import Input, TextArea

from store import views
from store.library import Library
from store.sample import sample_article_path
from app_fakes import FakeLibrary
from tui.app import CounterpointApp
from tui.screens.confirm import ConfirmScreen
from tui.screens.help import HelpScreen
from tui.screens.note_editor import NoteEditor
from tui.screens.search import SearchScreen
from tui.widgets.speaker_list import SpeakerList
from tui.widgets.statement_detail import StatementDetail
from tui.widgets.statement_list import StatementList

SIZE = (120, 36)


# -- helpers -------------------------------------------------------------------

async def settle(pilot) -> None:
    """Let every worker finish and every message it caused be handled."""
    statements = pilot.app.main_screen.query_one(StatementList)
    for _ in range(200):
        await pilot.pause()
        busy = any(not worker.is_finished for worker in pilot.app.workers)
        if not busy and not statements.is_filling:
            return
        await pilot.app.workers.wait_for_complete()


async def type_text(pilot, text: str) -> None:
    await pilot.press(*["space" if ch == " " else ch for ch in text])


def notifications(app) -> list[str]:
    return [n.message for n in app._notifications]


def panes(app):
    screen = app.main_screen
    return screen.query_one(SpeakerList), screen.query_one(StatementList), screen.query_one(StatementDetail)


def row_ids(option_list) -> list[str]:
    """The ids of the rows a person can move to (not headings or text)."""
    return [o.id for o in option_list.options if not o.disabled]


def detail_text(app) -> str:
    """Everything the detail pane shows, as plain text on one line."""
    detail = panes(app)[2]
    return " ".join(_plain(option.prompt) for option in detail.options)


def _plain(prompt) -> str:
    """What a row shows, without styles or line breaks."""
    if hasattr(prompt, "plain"):
        return " ".join(prompt.plain.split())
    console = Console(file=io.StringIO(), width=2000, color_system=None)
    with console.capture() as capture:
        console.print(prompt)
    return " ".join(capture.get().split())


def flat(text: str) -> str:
    return " ".join(text.split())


# -- fixtures --------------------------------------------------------------------

@pytest.fixture
def sample_root(tmp_path):
    root = tmp_path / "library"
    Library(root).add_path(sample_article_path())
    return root


@pytest.fixture
def sample_library(sample_root):
    library = Library(sample_root)
    if not library.speakers():
        pytest.skip("the extractor finds no statements in the sample yet")
    return library


@pytest.fixture(params=["sample", "fake"])
def library(request, tmp_path):
    """Behaviour that must hold on any library: the real one with the sample, and a small fake."""
    if request.param == "fake":
        return FakeLibrary()
    return request.getfixturevalue("sample_library")


def linked_statement(library):
    """A statement that someone answers, or None."""
    for speaker in library.speakers():
        for statement in library.statements(speaker.key):
            if statement.answered_by:
                return statement
    return None


# -- the panes ---------------------------------------------------------------------

async def test_speakers_pane_lists_the_library_speakers_and_the_first_ones_statements(library):
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        speakers, statements, detail = panes(app)
        expected = library.speakers()
        assert [o.id for o in speakers.options] == [s.key for s in expected]
        assert _plain(speakers.options[0].prompt) == f"{expected[0].statements} {expected[0].name}"
        assert speakers.speaker_key == expected[0].key
        first = library.statements(expected[0].key)
        assert row_ids(statements) == [s.id for s in first]
        assert detail.statement_id == first[0].id
        assert app.focused is speakers


async def test_j_k_and_arrows_move_between_speakers_and_change_the_statements(library):
    expected = library.speakers()
    assert len(expected) >= 2
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        speakers, statements, _ = panes(app)

        async def at(index: int) -> None:
            await settle(pilot)
            key = expected[index].key
            assert speakers.speaker_key == key
            assert statements.owner == key
            assert row_ids(statements) == [s.id for s in library.statements(key)]

        await pilot.press("j")
        await at(1)
        await pilot.press("k")
        await at(0)
        await pilot.press("down")
        await at(1)
        await pilot.press("up")
        await at(0)
        await pilot.press("G")
        await at(len(expected) - 1)
        await pilot.press("g")
        await at(0)


async def test_h_l_tab_and_arrows_move_between_panes(library):
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        speakers, statements, detail = panes(app)
        await pilot.press("l")
        assert app.focused is statements
        await pilot.press("right")
        assert app.focused is detail
        await pilot.press("l")
        assert app.focused is detail, "the rightmost pane stays put"
        await pilot.press("h")
        assert app.focused is statements
        await pilot.press("left")
        assert app.focused is speakers
        await pilot.press("tab")
        assert app.focused is statements
        await pilot.press("shift+tab")
        assert app.focused is speakers


async def test_moving_in_the_statements_pane_changes_the_detail(library):
    speaker = next(s for s in library.speakers() if s.statements >= 2)
    wanted = library.statements(speaker.key)
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        speakers, statements, detail = panes(app)
        speakers.select_speaker(speaker.key)
        await settle(pilot)
        await pilot.press("enter")                 # enter on a speaker goes to their statements
        assert app.focused is statements
        await pilot.press("j")
        await settle(pilot)
        assert statements.statement_id == wanted[1].id
        assert detail.statement_id == wanted[1].id


async def test_enter_opens_the_statement_in_its_paragraph(library):
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _, statements, detail = panes(app)
        await pilot.press("l", "enter")
        await settle(pilot)
        assert app.focused is detail
        shown = library.detail(statements.statement_id)
        assert detail.statement_id == shown.statement.id
        text = detail_text(app)
        assert shown.statement.speaker_name in text
        assert flat(shown.paragraph) in text
        # the statement's own words are styled inside the paragraph
        paragraph = next(o.prompt for o in detail.options if o.prompt.plain == shown.paragraph)
        styled = {paragraph.plain[span.start:span.end] for span in paragraph.spans}
        for start, end in shown.highlights:
            assert shown.paragraph[start:end] in styled


def statement_with_context(library):
    """A statement with context sentences, or None."""
    for speaker in library.speakers():
        for statement in library.statements(speaker.key):
            if library.detail(statement.id).context:
                return statement
    return None


async def test_the_detail_shows_each_context_sentence_with_its_reason(library):
    target = statement_with_context(library)
    if target is None:
        pytest.skip("no statement with context in this library yet")
    shown = library.detail(target.id)
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.main_screen.go_to_statement(target.id)
        await settle(pilot)
        text = detail_text(app)
        assert f"Context ({len(shown.context)})" in text
        for context in shown.context:
            assert context.reason.strip()
            assert f"{flat(context.text)} {flat(context.reason)}" in text


async def test_the_detail_lists_rebuttals_with_reasons_and_enter_follows_one(library):
    target = linked_statement(library)
    if target is None:
        pytest.skip("no linked statements in this library yet")
    shown = library.detail(target.id)
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        speakers, statements, detail = panes(app)
        assert app.main_screen.go_to_statement(target.id)
        await settle(pilot)
        assert statements.statement_id == target.id
        assert detail.statement_id == target.id
        text = detail_text(app)
        assert f"Answered by ({len(shown.answered_by)})" in text
        for link in shown.answered_by:
            assert f"{link.statement.speaker_name} {link.kind} this" in text
            assert flat(link.reason) in text
        assert f"Answers ({len(shown.answers)})" in text
        for link in shown.answers:
            assert f"this {link.kind} {link.statement.speaker_name}" in text
            assert flat(link.reason) in text
        detail.focus()
        await pilot.press("g")            # the first selectable row: the first rebuttal
        await pilot.press("enter")
        await settle(pilot)
        answer = shown.answered_by[0].statement
        assert detail.statement_id == answer.id
        assert speakers.speaker_key == answer.speaker_key
        assert statements.statement_id == answer.id
        await pilot.press("b")            # and back again
        await settle(pilot)
        assert detail.statement_id == target.id


# -- notes -----------------------------------------------------------------------------

async def test_n_writes_a_note_that_escape_saves_and_a_new_app_shows(sample_root):
    library = Library(sample_root)
    if not library.speakers():
        pytest.skip("the extractor finds no statements in the sample yet")
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        statement_id = panes(app)[1].statement_id
        await pilot.press("n")
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one(TextArea).cursor_blink is False
        await type_text(pilot, "Check the date")
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, NoteEditor)
        assert [n.text for n in library.notes(statement_id)] == ["Check the date"]
        assert "Note saved." in notifications(app)
        assert "Check the date" in detail_text(app)

    again = CounterpointApp(Library(sample_root))
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert panes(again)[2].statement_id == statement_id
        assert "Check the date" in detail_text(again)


async def test_an_empty_note_is_not_saved(library):
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n", "space", "escape")
        await settle(pilot)
        assert library.notes() == []
        assert "Empty note not saved." in notifications(app)


async def test_a_failed_save_keeps_the_text_in_the_editor():
    library = FakeLibrary()
    library.fail_writes = True
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await type_text(pilot, "keep me")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, NoteEditor), "the editor is open again"
        assert app.screen.query_one(TextArea).text == "keep me"
        assert any("No space left on device" in m for m in notifications(app))
        await pilot.press("ctrl+q")                   # the unsaved text holds the quit back
        await pilot.pause()
        assert not app._exit
        library.fail_writes = False
        await pilot.press("escape")
        await settle(pilot)
        assert [n.text for n in library.notes()] == ["keep me"]


async def test_e_edits_and_d_deletes_a_note_after_confirmation(library):
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        statement_id = panes(app)[2].statement_id
        note = library.add_note(statement_id, "first thought")
        app.main_screen.reload_statement(statement_id)
        await settle(pilot)
        detail = panes(app)[2]
        detail.focus()
        detail.select_note(note.id)
        await pilot.press("e")
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one(TextArea).text == "first thought"
        await type_text(pilot, " too")
        await pilot.press("escape")
        await settle(pilot)
        assert [n.text for n in library.notes(statement_id)] == ["first thought too"]
        assert detail.highlighted_note is not None and detail.highlighted_note.id == note.id

        await pilot.press("d")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")                      # no: nothing happens
        await settle(pilot)
        assert len(library.notes(statement_id)) == 1
        await pilot.press("d", "y")
        await settle(pilot)
        assert library.notes(statement_id) == []
        assert "first thought" not in detail_text(app)


# -- search, help, quitting --------------------------------------------------------------

async def test_slash_searches_as_you_type_and_enter_jumps_to_the_result(library):
    last_speaker = library.speakers()[-1]
    target = library.statements(last_speaker.key)[-1]
    word = max(target.text.split(), key=len)
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await type_text(pilot, word)
        await settle(pilot)
        screen = app.screen
        found = [o.id for o in screen.query_one("#search-results").options]
        assert found == [s.id for s in library.search(word)][: len(found)]
        assert target.id in found
        while screen.query_one("#search-results").highlighted_option.id != target.id:
            await pilot.press("down")       # from the input into the results, then along them
        await pilot.press("enter")
        await settle(pilot)
        speakers, statements, detail = panes(app)
        assert speakers.speaker_key == last_speaker.key
        assert statements.statement_id == target.id
        assert detail.statement_id == target.id
        assert app.focused is detail


async def test_question_mark_shows_help_built_from_the_bindings(library):
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = {description for _, bindings in app.screen.sections
                 for _, description in app.screen.rows(bindings)}
        assert "Write a note on the highlighted statement" in shown
        assert "Edit the highlighted note" in shown
        assert "Delete the highlighted note (asks first)" in shown
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_q_quits(library):
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert app._exit


async def test_q_typed_into_a_note_does_not_quit():
    app = CounterpointApp(FakeLibrary())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n", "q", "j", "k")
        assert not app._exit
        assert app.screen.query_one(TextArea).text == "qjk"


async def test_an_empty_library_says_how_to_add_articles(tmp_path):
    app = CounterpointApp(Library(tmp_path / "empty"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _, statements, _ = panes(app)
        assert "counterpoint add" in _plain(statements.options[0].prompt)
        await pilot.press("n")
        assert not isinstance(app.screen, NoteEditor)


async def test_r_reloads_and_shows_articles_added_elsewhere(tmp_path):
    root = tmp_path / "library"
    app = CounterpointApp(Library(root))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert panes(app)[0].option_count == 0
        Library(root).add_path(sample_article_path())     # another counterpoint adds an article
        await pilot.press("r")
        await settle(pilot)
        expected = Library(root).speakers()
        assert [o.id for o in panes(app)[0].options] == [s.key for s in expected]


async def test_the_command_palette_offers_speakers(library):
    from tui.commands import SpeakerCommands

    speaker = library.speakers()[-1]
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        provider = SpeakerCommands(app.screen)
        hits = [hit async for hit in provider.search(speaker.name)]
        assert hits
        hits[0].command()
        await settle(pilot)
        assert panes(app)[0].speaker_key == speaker.key
        assert app.focused is panes(app)[1]


async def test_a_read_only_library_says_so_before_a_note_is_written(sample_root):
    library = Library(sample_root, read_only=True)
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        assert not isinstance(app.screen, NoteEditor)
        assert any("read-only" in m for m in notifications(app))


async def test_ctrl_o_edits_the_note_in_the_users_editor(tmp_path, monkeypatch):
    import contextlib
    import sys

    script = tmp_path / "editor.py"
    script.write_text("import sys\np = sys.argv[1]\nopen(p, 'a').write(' and more from the editor')\n")
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    monkeypatch.delenv("VISUAL", raising=False)
    app = CounterpointApp(FakeLibrary())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n", "h", "i")
        app.suspend = contextlib.nullcontext          # no terminal to hand over in a test
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert app.screen.query_one(TextArea).text == "hi and more from the editor"


async def test_ctrl_o_without_a_terminal_keeps_the_text(monkeypatch):
    monkeypatch.setenv("EDITOR", "true")
    app = CounterpointApp(FakeLibrary())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n", "h", "i", "ctrl+o")
        await pilot.pause()
        assert app.screen.query_one(TextArea).text == "hi"
        assert any("$EDITOR" in m for m in notifications(app))


async def test_a_note_that_lost_its_place_is_shown_as_detached():
    library = FakeLibrary()
    library._notes["n9"] = views.NoteView("n9", "s1", "about the old wording", "2026-01-01T00:00",
                                          "2026-01-01T00:00", anchor="the bridge opens in April",
                                          attached=False)
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert panes(app)[2].statement_id == "s1"
        text = detail_text(app)
        assert "about the old wording" in text
        assert "detached: it was written on “the bridge opens in April”" in text


async def test_ctrl_g_discards_the_note_on_purpose():
    library = FakeLibrary()
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n", "h", "i", "ctrl+g")
        await settle(pilot)
        assert not isinstance(app.screen, NoteEditor)
        assert library.notes() == []


async def test_an_answer_that_arrives_after_the_person_moved_on_is_dropped():
    library = FakeLibrary()
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        speakers, statements, detail = panes(app)
        assert speakers.speaker_key == "bob"
        # what a slow worker for alice would deliver now
        app.main_screen.show_statements("alice", library.statements("alice"))
        app.main_screen.show_detail(library.detail("s1"))
        await settle(pilot)
        assert statements.owner == "bob"
        assert row_ids(statements) == ["s3", "s4"]
        assert detail.statement_id == "s3"


async def test_bindings_have_ids_so_a_keymap_can_move_them():
    app = CounterpointApp(FakeLibrary())
    app.set_keymap({"main.add_note": "a", "list.down": "ctrl+n"})
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert panes(app)[0].speaker_key == "bob"
        await pilot.press("a")
        assert isinstance(app.screen, NoteEditor)


async def test_a_link_to_another_article_names_that_article():
    library = FakeLibrary()
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.main_screen.go_to_statement("s2")
        await settle(pilot)
        assert "Bob Baker contradicts this in A later report" in detail_text(app)
        assert app.main_screen.go_to_statement("s1")            # same article: no name
        await settle(pilot)
        assert "Bob Baker rebuts this “The bridge will not open before winter.”" in detail_text(app)


async def test_a_speaker_quoted_in_several_articles_has_their_statements_under_each_title():
    app = CounterpointApp(FakeLibrary())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter")          # Bob Baker: one statement in each of two articles
        await settle(pilot)
        statements = panes(app)[1]
        shown = [(_plain(o.prompt), o.disabled) for o in statements.options]
        assert shown[0] == ("▌ An article", True)
        assert shown[2] == ("▌ A later report", True)
        assert statements.statement_id == "s3"
        await pilot.press("j")                  # the cursor steps over the title
        await settle(pilot)
        assert statements.statement_id == "s4"
        assert panes(app)[2].statement_id == "s4"


async def test_ctrl_q_does_not_throw_away_a_note_being_written():
    app = CounterpointApp(FakeLibrary())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n", "h", "i", "ctrl+q")
        await pilot.pause()
        assert not app._exit
        assert app.screen.query_one(TextArea).text == "hi"
        assert any("Save the note first" in m for m in notifications(app))
        await pilot.press("ctrl+g", "ctrl+q")
        await pilot.pause()
        assert app._exit


async def test_the_first_paint_does_not_wait_for_a_slow_library():
    import threading

    release = threading.Event()

    class SlowLibrary(FakeLibrary):
        def speakers(self):
            release.wait(5)
            return super().speakers()

    app = CounterpointApp(SlowLibrary())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        speakers, statements, _ = panes(app)
        assert speakers.loading
        assert "Loading" in _plain(statements.options[0].prompt)
        await pilot.press("j", "question_mark")       # keys work while it loads
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        release.set()
        await settle(pilot)
        assert not speakers.loading
        assert speakers.speaker_key == "alice"


class ManyStatements(FakeLibrary):
    """Alice with a thousand statements."""

    def __init__(self, count=1000):
        super().__init__()
        for n in range(count):
            sid = f"m{n}"
            self._statements[sid] = views.StatementSummary(
                sid, f"Statement number {n} about the bridge and its long delays.", "direct",
                "alice", "Alice Able", "a1", "An article")
        self._speakers[0] = dataclasses.replace(self._speakers[0], statements=count + 2)


async def test_a_speaker_with_a_thousand_statements_fills_in_and_stays_responsive(monkeypatch):
    from tui.widgets import statement_list

    batches = []
    add_options = StatementList.add_options

    def counted(self, options):
        batches.append(sum(1 for o in options if o is not None and not o.disabled))
        return add_options(self, options)

    monkeypatch.setattr(StatementList, "add_options", counted)
    library = ManyStatements()
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        statements = panes(app)[1]
        # laid out a chunk per refresh, so keys are answered while a long list fills in
        assert max(batches) <= statement_list.CHUNK
        assert sum(batches) >= 1002
        assert row_ids(statements) == [s.id for s in library.statements("alice")]
        assert statements.statement_id == "s1"
        await pilot.press("l", "G")
        await settle(pilot)
        assert statements.statement_id == "m999"
        assert panes(app)[2].statement_id == "m999"


async def test_going_to_a_statement_far_down_a_long_list_lands_on_it():
    library = ManyStatements()
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")                       # Bob
        await settle(pilot)
        assert app.main_screen.go_to_statement("m900")
        await settle(pilot)
        assert panes(app)[0].speaker_key == "alice"
        assert panes(app)[1].statement_id == "m900"
        assert panes(app)[2].statement_id == "m900"


async def test_the_mouse_works_too():
    app = CounterpointApp(FakeLibrary())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.click("#speakers", offset=(6, 2))     # the second row: Bob Baker
        await settle(pilot)
        assert panes(app)[0].speaker_key == "bob"
        assert panes(app)[1].owner == "bob"
        assert app.focused is panes(app)[1]               # a click opens, like enter


async def test_ctrl_d_and_ctrl_u_scroll_the_detail_without_moving_the_cursor():
    app = CounterpointApp(FakeLibrary())
    async with app.run_test(size=(120, 12)) as pilot:      # short, so the detail must scroll
        await settle(pilot)
        detail = panes(app)[2]
        await pilot.press("l", "l")
        highlighted, top = detail.highlighted, detail.scroll_y
        await pilot.press("ctrl+d")
        lower = detail.scroll_y
        assert lower > top
        assert detail.highlighted == highlighted
        await pilot.press("ctrl+u")
        assert detail.scroll_y < lower
        assert detail.highlighted == highlighted


async def test_a_read_that_ends_after_the_screen_is_taken_down_is_dropped():
    # the app quitting while a statement loads: its detail arrives when the panes are gone,
    # and is no error (it used to end the app with a traceback)
    import asyncio

    library = FakeLibrary()
    app = CounterpointApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        detail = library.detail("s2")
        screen._detail_wanted = "s2"
        await screen.remove_children()
        await asyncio.to_thread(screen._answer, screen.show_detail, detail)
        await pilot.pause()
