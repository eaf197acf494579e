"""Corrections by hand in the app: links taken away or made, speakers renamed or merged."""
from __future__ import annotations

import pytest

from store.library import Library
from store.sample import sample_article_path
from test_app import SIZE, panes, settle, type_text
from tui.app import CounterpointApp
from tui.screens.confirm import ConfirmScreen
from tui.screens.link_kind import LinkKindScreen
from tui.screens.name_input import NameInput
from tui.screens.search import SearchScreen
from tui.screens.speaker_picker import SpeakerPicker


@pytest.fixture
def root(tmp_path):
    path = tmp_path / "library"
    Library(path).add_path(sample_article_path())
    return path


def answered(lib: Library):
    """A statement of the sample that others answer."""
    for speaker in lib.speakers():
        for statement in lib.statements(speaker.key):
            if statement.answered_by:
                return statement
    raise AssertionError("the sample has rebuttals")


async def open_detail(pilot, statement_id: str):
    app = pilot.app
    await settle(pilot)
    app.main_screen.go_to_statement(statement_id)
    await settle(pilot)
    _, _, detail = panes(app)
    assert detail.statement_id == statement_id
    detail.focus()
    await pilot.pause()
    return detail


async def test_x_takes_a_link_away_after_asking_and_it_stays_away(root):
    lib = Library(root)
    claim = answered(lib)
    answer = lib.detail(claim.id).answered_by[0].statement.id
    app = CounterpointApp(lib)
    async with app.run_test(size=SIZE) as pilot:
        detail = await open_detail(pilot, claim.id)
        detail.action_first()
        await pilot.pause()
        assert detail.highlighted_link[:2] == (answer, claim.id)
        await pilot.press("x")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert answer in {ln.statement.id for ln in Library(root).detail(claim.id).answered_by}
        await pilot.press("x")
        await pilot.press("y")
        await settle(pilot)
        assert answer not in {ln.statement.id for ln in detail.detail.answered_by}
    Library(root).add_path(sample_article_path())
    assert answer not in {ln.statement.id for ln in Library(root).detail(claim.id).answered_by}


async def test_x_does_nothing_away_from_a_link(root):
    lib = Library(root)
    claim = answered(lib)
    before = len(lib.detail(claim.id).answered_by)
    app = CounterpointApp(lib)
    async with app.run_test(size=SIZE) as pilot:
        detail = await open_detail(pilot, claim.id)
        detail.highlighted = None
        await pilot.press("x")
        assert not isinstance(app.screen, ConfirmScreen)
    assert len(Library(root).detail(claim.id).answered_by) == before


async def test_a_links_the_statement_to_one_found_by_search(root):
    lib = Library(root)
    here = lib.statements("us")[0]
    target = lib.statements("antony-blinken")[0]
    word = max(target.text.split(), key=len)
    app = CounterpointApp(lib)
    async with app.run_test(size=SIZE) as pilot:
        await open_detail(pilot, here.id)
        await pilot.press("a")
        assert isinstance(app.screen, SearchScreen)
        await type_text(pilot, word)
        await settle(pilot)
        results = app.screen.query_one("#search-results")
        while results.highlighted_option.id != target.id:
            await pilot.press("down")
        await pilot.press("enter")
        assert isinstance(app.screen, LinkKindScreen)
        await pilot.press("c")
        await settle(pilot)
        _, _, detail = panes(app)
        mine = [ln for ln in detail.detail.answers if ln.statement.id == target.id]
        assert mine and mine[0].kind == "contradicts" and mine[0].by_hand
    again = [ln for ln in Library(root).detail(here.id).answers if ln.statement.id == target.id]
    assert again and again[0].by_hand


async def test_capital_r_renames_the_highlighted_speaker(root):
    app = CounterpointApp(Library(root))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        speakers, _, _ = panes(app)
        assert speakers.select_speaker("us")
        await settle(pilot)
        await pilot.press("R")
        assert isinstance(app.screen, NameInput)
        await pilot.press("ctrl+a", "ctrl+k")
        await type_text(pilot, "United States")
        await pilot.press("enter")
        await settle(pilot)
        names = [s.name for s in speakers.speakers]
        assert "United States" in names and "US" not in names
        assert speakers.speaker_key == "united-states"
    assert "United States" in [s.name for s in Library(root).speakers()]


async def test_capital_m_merges_the_speaker_into_one_picked_by_name(root):
    app = CounterpointApp(Library(root))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        speakers, _, _ = panes(app)
        assert speakers.select_speaker("hamas-official")
        await settle(pilot)
        await pilot.press("M")
        assert isinstance(app.screen, SpeakerPicker)
        picker = app.screen
        assert "hamas-official" not in [o.id for o in picker.query_one("#picker-choices").options]
        await type_text(pilot, "hama")
        await pilot.pause()
        assert [o.id for o in picker.query_one("#picker-choices").options] == ["hamas"]
        await pilot.press("enter")
        await settle(pilot)
        merged = next(s for s in speakers.speakers if s.key == speakers.speaker_key)
        assert merged.name == "Hamas" and merged.statements == 4
        assert "Hamas official" not in [s.name for s in speakers.speakers]


async def test_a_read_only_library_takes_no_corrections(root):
    lib = Library(root, read_only=True)
    claim = answered(lib)
    app = CounterpointApp(lib)
    async with app.run_test(size=SIZE) as pilot:
        detail = await open_detail(pilot, claim.id)
        detail.action_first()
        for key in ("x", "a", "h", "h", "R", "M"):
            await pilot.press(key)
            assert app.screen is app.main_screen, key
        assert any("read-only" in n.message for n in app._notifications)


@pytest.mark.parametrize("screen_class, button, expected", [
    (ConfirmScreen, 0, True), (ConfirmScreen, 1, False),
    (LinkKindScreen, 0, "rebuts"), (LinkKindScreen, 1, "contradicts"),
])
async def test_the_buttons_of_a_choice_answer_like_their_keys(root, screen_class, button, expected):
    app = CounterpointApp(Library(root))
    answers = []
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(screen_class("A question?", "some detail"), answers.append)
        await pilot.pause()
        await pilot.click(f"#choice-{button}")
        await pilot.pause()
        assert answers == [expected]
