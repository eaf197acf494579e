"""The user's keymap file: read before the app opens, applied to the keys, shown in help."""
from __future__ import annotations

import pytest

from store.errors import CounterpointError
from store.library import Library
from store.sample import sample_article_path
from tui.app import CounterpointApp
from tui.cli import _binding_ids, main
from tui.keymap import load_keymap
from tui.screens.help import HelpScreen
from tui.screens.search import SearchScreen

SIZE = (120, 36)


def write(tmp_path, text: str, name: str = "keymap.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_no_keymap_file_means_the_usual_keys(tmp_path):
    assert load_keymap(tmp_path / "missing.toml", {"main.search"}) == {}


def test_a_keymap_gives_binding_ids_their_keys(tmp_path):
    path = write(tmp_path, '[keys]\n"main.search" = "ctrl+f"\n"list.down" = "j, ctrl+n"\n')
    assert load_keymap(path, {"main.search", "list.down"}) == {"main.search": "ctrl+f", "list.down": "j,ctrl+n"}


@pytest.mark.parametrize("text, words", [
    ('[keys\n', "is not valid TOML"),
    ('[keys]\n"main.serch" = "ctrl+f"\n', "'main.serch', which is no key of counterpoint"),
    ('[keys]\n"main.search" = 5\n', "which is not a key"),
    ('[keys]\n"main.search" = "ctrl f!"\n', "which is not a key"),
    ('search = "ctrl+f"\n', "should hold one table, [keys]"),
])
def test_a_mistake_in_the_keymap_is_one_sentence_naming_the_file(tmp_path, text, words):
    path = write(tmp_path, text)
    with pytest.raises(CounterpointError) as caught:
        load_keymap(path, {"main.search"})
    message = str(caught.value)
    assert str(path) in message and words in message
    assert message.count(". ") == 0 and message.endswith(".")


def test_a_keymap_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "keymap.toml"
    path.write_bytes(b'[keys]\n"main.search" = "\xff"\n')
    with pytest.raises(CounterpointError, match="is not UTF-8"):
        load_keymap(path, {"main.search"})


def test_every_rebindable_key_of_the_app_is_listed(capsys):
    ids = _binding_ids()
    assert {"main.search", "main.add_note", "list.down", "detail.edit_note", "note.save"} <= set(ids)
    assert main(["keys"]) == 0
    out = capsys.readouterr().out
    assert "main.search" in out and "slash" in out


def test_a_bad_keymap_stops_the_app_before_the_library_is_touched(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COUNTERPOINT_KEYMAP", str(write(tmp_path, '[keys]\n"nope" = "x"\n')))
    library = tmp_path / "library"
    assert main(["--library", str(library)]) == 1
    assert "nope" in capsys.readouterr().err
    assert not library.exists()


async def test_remapped_keys_work_and_help_shows_them(tmp_path):
    lib = Library(tmp_path / "library")
    lib.add_path(sample_article_path())
    app = CounterpointApp(lib, keymap={"main.search": "ctrl+f"})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        assert not isinstance(app.screen, SearchScreen)
        await pilot.press("ctrl+f")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press("escape")
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = dict((what, keys) for _, bindings in app.screen.sections
                    for keys, what in app.screen.rows(bindings))
        search_keys = rows["Search statements by their words or speaker"]
        assert search_keys == "^f"
