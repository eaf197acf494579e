"""The left pane by article: each article's statements in the article's order."""
from __future__ import annotations

import pytest

from store.library import Library
from store.sample import sample_article_path
from test_app import SIZE, _plain, panes, row_ids, settle
from tui.app import CounterpointApp
from tui.cli import main
from tui.widgets.article_list import ArticleList

BRIDGE = ("Mayor Ann Lee said the bridge would open in May.\n\n"
          "\u201cIt is safe,\u201d she said.\n\n"
          "Engineer Bob Stone said the cables had never been checked.\n")


@pytest.fixture
def root(tmp_path):
    path = tmp_path / "library"
    lib = Library(path)
    lib.add_path(sample_article_path())
    article = tmp_path / "bridge.txt"
    article.write_text(BRIDGE, encoding="utf-8")
    lib.add_path(article)
    return path


def bridge_id(lib: Library) -> str:
    return next(a.id for a in lib.articles() if "bridge" in a.title)


def test_article_statements_come_in_the_articles_order(root):
    lib = Library(root)
    statements = lib.article_statements(bridge_id(lib))
    names = [s.speaker_name for s in statements]
    assert names[:2] == ["Ann Lee", "Ann Lee"] and "Stone" in names[-1]
    assert "bridge would open" in statements[0].text and "cables" in statements[-1].text


def test_cli_lists_articles_and_one_articles_statements(root, capsys):
    lib = Library(root)
    assert main(["list", "--library", str(root), "--articles"]) == 0
    out = capsys.readouterr().out
    assert bridge_id(lib) in out and "Netanyahu Tells Blinken" in out
    assert main(["list", "--library", str(root), "--article", bridge_id(lib)[:6]]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "Ann Lee" in lines[0] and "cables" in lines[-1]
    assert main(["list", "--library", str(root), "--article", "nope"]) == 1
    assert "No article nope" in capsys.readouterr().err


async def test_capital_a_lists_articles_and_their_statements_with_speakers(root):
    lib = Library(root)
    app = CounterpointApp(lib)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("A")
        await settle(pilot)
        screen = app.main_screen
        articles = screen.query_one(ArticleList)
        assert articles.display and not screen.speaker_list.display
        assert app.focused is articles
        assert set(row_ids(articles)) == {a.id for a in lib.articles()}
        articles.select_article(bridge_id(lib))
        await settle(pilot)
        _, statements, detail = panes(app)
        expected = lib.article_statements(bridge_id(lib))
        assert row_ids(statements) == [s.id for s in expected]
        assert _plain(statements.options[0].prompt).startswith("Ann Lee")
        assert detail.statement_id == expected[0].id
        # and back to the speakers
        await pilot.press("A")
        await settle(pilot)
        assert screen.speaker_list.display and not articles.display
        assert statements.owner == screen.speaker_list.speaker_key


async def test_following_a_link_in_article_view_goes_to_the_linked_statements_article(root):
    lib = Library(root)
    sample = next(a.id for a in lib.articles() if "Netanyahu" in a.title)
    claim = next(s for s in lib.article_statements(sample) if s.answered_by)
    answer = lib.detail(claim.id).answered_by[0].statement.id
    app = CounterpointApp(lib)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("A")
        await settle(pilot)
        screen = app.main_screen
        screen.article_list.select_article(bridge_id(lib))
        await settle(pilot)
        assert screen.go_to_statement(claim.id)
        await settle(pilot)
        _, statements, detail = panes(app)
        assert screen.article_list.article_id == sample
        assert statements.statement_id == claim.id and detail.statement_id == claim.id
        assert screen.go_to_statement(answer)
        await settle(pilot)
        assert detail.statement_id == answer


async def test_a_long_list_of_articles_arrives_in_chunks_and_keeps_a_late_highlight(root):
    from dataclasses import replace

    from tui.widgets import article_list

    lib = Library(root)
    template = lib.articles()[0]
    many = [replace(template, id=f"a{i:04d}", title=f"Article {i}", added=f"2026-01-01T00:{i // 60:02d}:{i % 60:02d}")
            for i in range(article_list.CHUNK * 3 + 7)]
    app = CounterpointApp(lib)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        widget = app.main_screen.article_list
        widget.show_articles(many)
        first_rows = len(row_ids(widget))
        assert first_rows == article_list.CHUNK
        assert widget.select_article("a0000")          # the oldest: its row comes last
        for _ in range(20):
            await pilot.pause()
        assert len(row_ids(widget)) == len(many)
        assert widget.article_id == "a0000"


async def test_r_in_the_article_view_picks_up_an_article_added_elsewhere(root, tmp_path):
    app = CounterpointApp(Library(root))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("A")
        await settle(pilot)
        before = set(row_ids(app.main_screen.article_list))
        other = tmp_path / "later.txt"
        other.write_text("Later news\n\nThe council said the vote was delayed.\n", encoding="utf-8")
        Library(root).add_path(other)          # as `counterpoint add` in another terminal
        await pilot.press("r")
        await settle(pilot)
        after = set(row_ids(app.main_screen.article_list))
        assert len(after - before) == 1
