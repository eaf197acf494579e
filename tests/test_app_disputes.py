"""`D`: every link in the library, narrowed as you type; enter opens the claim."""
from __future__ import annotations

import pytest

from store.library import Library
from store.sample import sample_article_path
from test_app import SIZE, panes, settle, type_text
from tui.app import CounterpointApp
from tui.screens.disputes import DisputesScreen


@pytest.fixture
def lib(tmp_path):
    library = Library(tmp_path / "library")
    library.add_path(sample_article_path())
    return library


def test_disputes_are_every_link_with_hand_made_ones_first(lib):
    disputes = lib.disputes()
    assert len(disputes) == sum(len(lib.detail(s.id).answers) for sp in lib.speakers()
                                for s in lib.statements(sp.key))
    scores = [d.score for d in disputes]
    assert scores == sorted(scores, reverse=True)
    us = lib.statements("us")[0]
    blinken = lib.statements("antony-blinken")[0]
    lib.add_link(us.id, blinken.id, "contradicts", "mine")
    first = Library(lib.root).disputes()[0]
    assert (first.answer.id, first.claim.id, first.by_hand, first.reason) == (us.id, blinken.id, True, "mine")


async def test_capital_d_lists_links_narrows_them_and_opens_the_claim(lib):
    disputes = lib.disputes()
    app = CounterpointApp(lib)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("D")
        assert isinstance(app.screen, DisputesScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert len(screen.shown) == len(disputes)
        await type_text(pilot, "opposed")
        await pilot.pause()
        assert screen.shown and all("opposed" in (d.answer.text + d.reason).lower() for d in screen.shown)
        assert len(screen.shown) < len(disputes)
        first = screen.shown[0]
        await pilot.press("enter")
        await settle(pilot)
        _, statements, detail = panes(app)
        assert detail.statement_id == first.claim.id and statements.statement_id == first.claim.id
        assert app.focused is detail
        assert first.answer.id in {ln.statement.id for ln in detail.detail.answered_by}


async def test_an_empty_library_says_there_are_no_links_yet(tmp_path):
    app = CounterpointApp(Library(tmp_path / "empty"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("D")
        await app.workers.wait_for_complete()
        await pilot.pause()
        status = app.screen.query_one("#filtered-status")
        assert "No statement in the library answers another" in str(status.render())


async def test_capital_n_lists_every_note_newest_first_and_opens_its_statement(lib):
    from tui.screens.all_notes import AllNotesScreen

    blinken = lib.statements("antony-blinken")[0]
    us = lib.statements("us")[0]
    lib.add_note(blinken.id, "check the proposal's date")
    lib.add_note(us.id, "compare with the State Department briefing")
    app = CounterpointApp(lib)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        start = app.main_screen.statement_detail.statement_id
        await pilot.press("N")
        assert isinstance(app.screen, AllNotesScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert [note.text for note, _ in screen.shown] == [
            "compare with the State Department briefing", "check the proposal's date"]
        await type_text(pilot, "proposal")
        await pilot.pause()
        assert [st.id for _, st in screen.shown] == [blinken.id]
        await pilot.press("enter")
        await settle(pilot)
        _, _, detail = panes(app)
        assert detail.statement_id == blinken.id
        await pilot.press("b")                 # back to where the list was opened from
        await settle(pilot)
        assert detail.statement_id == start
