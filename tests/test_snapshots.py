"""What the app looks like, compared with stored screenshots (SVG) of the real app.

Over the small in-memory library of app_fakes, so the pictures change only when the
app's look does, not when the extractor improves. After a deliberate change of look:
`python -m pytest tests/test_snapshots.py --snapshot-update`, then check the new SVGs.
"""
from __future__ import annotations

from app_fakes import FakeLibrary
from tui.app import CounterpointApp

SIZE = (120, 36)


async def _settle(pilot) -> None:
    for _ in range(5):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def test_three_panes_on_first_open(snap_compare):
    assert snap_compare(CounterpointApp(FakeLibrary()), terminal_size=SIZE, run_before=_settle)


def test_detail_of_an_answered_statement_with_its_links(snap_compare):
    async def run_before(pilot):
        await _settle(pilot)
        await pilot.press("l", "l")
        await _settle(pilot)

    assert snap_compare(CounterpointApp(FakeLibrary()), terminal_size=SIZE, run_before=run_before)


def test_help_lists_every_key(snap_compare):
    async def run_before(pilot):
        await _settle(pilot)
        await pilot.press("question_mark")
        await _settle(pilot)

    assert snap_compare(CounterpointApp(FakeLibrary()), terminal_size=SIZE, run_before=run_before)


def test_articles_view(snap_compare):
    async def run_before(pilot):
        await _settle(pilot)
        await pilot.press("A")
        await _settle(pilot)

    assert snap_compare(CounterpointApp(FakeLibrary()), terminal_size=SIZE, run_before=run_before)
