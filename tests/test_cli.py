"""The command line: extract, add, list, notes, export, library location, errors."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from store.sample import sample_article_path
from tui.cli import main

SAMPLE = str(sample_article_path())


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def lib(tmp_path, monkeypatch):
    monkeypatch.delenv("COUNTERPOINT_LIBRARY", raising=False)
    return str(tmp_path / "lib")


def test_extract_jsonl_prints_the_contract_without_touching_a_library(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COUNTERPOINT_LIBRARY", str(tmp_path / "lib"))
    code, out, _ = run(capsys, "extract", SAMPLE, "--format", "jsonl")
    assert code == 0
    obj = json.loads(out)
    assert obj["path"] == SAMPLE
    text = open(SAMPLE, encoding="utf-8").read()
    assert obj["statements"], "the sample article has statements"
    for st in obj["statements"]:
        assert set(st) >= {"id", "speaker", "spans", "source_span", "cue_span", "kind", "text"}
        assert st["kind"] in ("direct", "indirect", "mixed")
        for start, end in st["spans"]:
            assert text[start:end] in st["text"]
    assert not (tmp_path / "lib").exists()


@pytest.mark.parametrize("fmt", ["jsonl", "json", "table"])
def test_extract_spends_no_time_on_context_it_does_not_print(capsys, monkeypatch, fmt):
    import store.extract as extract_module

    def no_context(*_args, **_kwargs):
        raise AssertionError("context computed for `counterpoint extract`")

    monkeypatch.setattr(extract_module, "find_context", no_context)
    code, out, _ = run(capsys, "extract", SAMPLE, "--format", fmt)
    assert code == 0 and "Netanyahu" in out


def test_extract_loads_the_extractor_without_collecting_garbage_and_leaves_collection_as_it_was(capsys):
    # in a new process: the extractor is not loaded yet
    code = ("import gc, sys, tui.cli; seen = [];"
            "gc.callbacks.append(lambda phase, info: seen.append(phase) if 'store.extract.quotes' not in sys.modules "
            "and 'store.extract' in sys.modules else None);"
            "tui.cli.main(['extract', %r, '--format', 'jsonl']);"
            "print(seen == [], 'store.extract.quotes' in sys.modules, gc.isenabled(), file=sys.stderr)" % SAMPLE)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and json.loads(proc.stdout)["statements"]
    assert proc.stderr.split() == ["True", "True", "True"]
    # nor does it change a caller's choice to collect no garbage
    import gc
    gc.disable()
    try:
        assert run(capsys, "extract", SAMPLE, "--format", "jsonl")[0] == 0
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_extract_does_not_import_the_app():
    code = ("import sys, tui.cli; tui.cli.main(['extract', %r, '--format', 'jsonl']);"
            "print('textual' in sys.modules, file=sys.stderr)" % SAMPLE)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    assert proc.stderr.strip() == "False"


def test_extract_ids_are_the_library_ids(capsys, lib):
    _, out, _ = run(capsys, "extract", SAMPLE, "--format", "jsonl")
    extracted = {st["id"] for st in json.loads(out)["statements"]}
    assert run(capsys, "--library", lib, "add", SAMPLE)[0] == 0
    from store.library import Library

    library = Library(lib)
    in_library = {st.id for sp in library.speakers() for st in library.statements(sp.key)}
    assert extracted == in_library


def test_add_twice_changes_nothing_and_keeps_notes(capsys, lib):
    code, out, _ = run(capsys, "add", "--library", lib, SAMPLE)
    assert code == 0 and "added" in out
    from store.library import Library

    sid = Library(lib).speakers()[0].key
    statement = Library(lib).statements(sid)[0].id
    code, out, _ = run(capsys, "note", "add", "--library", lib, statement, "check", "this")
    assert code == 0
    note_id = out.strip()
    code, out, _ = run(capsys, "add", "--library", lib, SAMPLE)
    assert code == 0 and "already in the library" in out
    assert len(Library(lib).articles()) == 1
    code, out, _ = run(capsys, "note", "list", "--library", lib)
    assert note_id in out and "check this" in out


def test_library_option_and_environment_variable(capsys, tmp_path, monkeypatch):
    env_lib = tmp_path / "from-env"
    monkeypatch.setenv("COUNTERPOINT_LIBRARY", str(env_lib))
    assert run(capsys, "add", SAMPLE)[0] == 0
    assert env_lib.is_dir()
    opt_lib = tmp_path / "from-option"
    assert run(capsys, "--library", str(opt_lib), "add", SAMPLE)[0] == 0
    assert opt_lib.is_dir()


def test_default_library_is_in_the_user_data_folder(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("COUNTERPOINT_LIBRARY", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    from store.location import library_dir

    assert str(library_dir()).startswith(str(tmp_path))
    assert library_dir().name == "counterpoint"


def test_folder_with_a_bad_file_still_adds_the_others(capsys, lib, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(open(SAMPLE, encoding="utf-8").read(), encoding="utf-8")
    (folder / "bad.txt").write_bytes(bytes(range(256)) * 40)
    code, out, err = run(capsys, "add", "--library", lib, str(folder))
    assert code == 1
    assert "bad.txt" in err and "binary" in err
    assert "1 added" in out


def test_missing_file_is_one_clear_sentence_and_non_zero(capsys, lib):
    code, out, err = run(capsys, "add", "--library", lib, "no-such-file.txt")
    assert code == 1
    assert err.strip().splitlines() == ["counterpoint: no-such-file.txt: does not exist; check the path"]


def test_note_on_unknown_statement_fails_clearly(capsys, lib):
    run(capsys, "add", "--library", lib, SAMPLE)
    code, _, err = run(capsys, "note", "add", "--library", lib, "0000000000000000", "hello")
    assert code == 1 and "counterpoint:" in err and "Traceback" not in err


@pytest.mark.parametrize("fmt,marker", [("markdown", "## "), ("json", '"statements"'),
                                        ("csv", "statement_id,speaker"), ("argdown", "  - [")])
def test_export_formats(capsys, lib, fmt, marker):
    run(capsys, "add", "--library", lib, SAMPLE)
    code, out, _ = run(capsys, "export", "--library", lib, "--format", fmt)
    assert code == 0
    assert marker in out
    assert "Netanyahu" in out


def test_export_to_a_file(capsys, lib, tmp_path):
    run(capsys, "add", "--library", lib, SAMPLE)
    target = tmp_path / "out.md"
    code, out, _ = run(capsys, "export", "--library", lib, "-o", str(target))
    assert code == 0 and out == ""
    assert "# counterpoint library" in target.read_text(encoding="utf-8")


def test_export_to_a_missing_folder_fails_clearly(capsys, lib, tmp_path):
    run(capsys, "add", "--library", lib, SAMPLE)
    code, _, err = run(capsys, "export", "--library", lib, "-o", str(tmp_path / "no" / "out.md"))
    assert code == 1 and "out.md" in err and "Traceback" not in err


def test_restore_brings_back_notes_when_user_data_is_damaged(capsys, lib):
    from pathlib import Path

    run(capsys, "add", "--library", lib, SAMPLE)
    code, out, _ = run(capsys, "list", "--library", lib, "antony-blinken")
    statement = out.split("\t", 1)[0]
    run(capsys, "note", "add", "--library", lib, statement, "first")
    code, out, _ = run(capsys, "note", "add", "--library", lib, statement, "second")
    user = Path(lib) / "user.json"
    damaged = user.read_bytes()[:-7]
    user.write_bytes(damaged)
    code, _, err = run(capsys, "note", "add", "--library", lib, statement, "third")
    assert code == 1 and "user.json" in err and "restore" in err
    assert user.read_bytes() == damaged, "a damaged file is never overwritten"
    code, out, _ = run(capsys, "restore", "--library", lib, "--list")
    assert code == 0 and out.strip()
    code, out, err = run(capsys, "restore", "--library", lib)
    assert code == 0, err
    code, out, _ = run(capsys, "note", "list", "--library", lib)
    assert code == 0 and "first" in out


def test_reading_commands_on_a_damaged_notes_file_say_so_and_fail(capsys, lib):
    from pathlib import Path

    run(capsys, "add", "--library", lib, SAMPLE)
    code, out, _ = run(capsys, "list", "--library", lib, "us")
    run(capsys, "note", "add", "--library", lib, out.split("\t", 1)[0], "kept")
    user = Path(lib) / "user.json"
    user.write_bytes(user.read_bytes()[:-5])
    for argv in (["note", "list"], ["export"], ["list"]):
        code, _, err = run(capsys, "--library", lib, *argv)
        assert code == 1, argv
        assert "user.json" in err and "--read-only" in err


def _statement_ids(capsys, lib, speaker):
    code, out, _ = run(capsys, "list", "--library", lib, speaker)
    assert code == 0
    return [line.split("\t", 1)[0] for line in out.splitlines()]


def test_links_by_hand_are_added_shown_and_taken_away_for_good(capsys, lib):
    from store.library import Library

    run(capsys, "add", "--library", lib, SAMPLE)
    official = _statement_ids(capsys, lib, "hamas official")[-1]
    blinken = _statement_ids(capsys, lib, "antony blinken")[0]
    code, out, err = run(capsys, "link", "add", "--library", lib, official, blinken,
                         "--kind", "contradicts", "--reason", "blames Netanyahu, not Hamas")
    assert code == 0, err
    detail = Library(lib).detail(blinken)
    mine = [ln for ln in detail.answered_by if ln.statement.id == official]
    assert mine and mine[0].by_hand and mine[0].kind == "contradicts"
    assert mine[0].reason == "blames Netanyahu, not Hamas"
    assert run(capsys, "link", "remove", "--library", lib, official, blinken)[0] == 0
    assert official not in {ln.statement.id for ln in Library(lib).detail(blinken).answered_by}
    # an automatic link taken away stays away when the article is added again
    automatic = Library(lib).detail(blinken).answered_by[0].statement.id
    assert run(capsys, "link", "remove", "--library", lib, automatic, blinken)[0] == 0
    run(capsys, "add", "--library", lib, SAMPLE)
    assert automatic not in {ln.statement.id for ln in Library(lib).detail(blinken).answered_by}
    code, _, err = run(capsys, "link", "remove", "--library", lib, automatic, blinken)
    assert code == 1 and "No link from" in err and "detail pane" in err


def test_a_link_between_unknown_statements_is_refused_clearly(capsys, lib):
    run(capsys, "add", "--library", lib, SAMPLE)
    blinken = _statement_ids(capsys, lib, "antony blinken")[0]
    code, _, err = run(capsys, "link", "add", "--library", lib, "nosuchid", blinken)
    assert code == 1 and "No statement nosuchid" in err and "counterpoint list SPEAKER" in err
    code, _, err = run(capsys, "link", "add", "--library", lib, blinken, blinken)
    assert code == 1 and "cannot answer itself" in err


def test_speakers_are_renamed_and_merged_by_key_or_name(capsys, lib):
    run(capsys, "add", "--library", lib, SAMPLE)
    code, out, err = run(capsys, "speaker", "rename", "--library", lib, "us", "United", "States")
    assert code == 0, err
    assert "United States" in run(capsys, "list", "--library", lib)[1]
    code, out, err = run(capsys, "speaker", "merge", "--library", lib, "hamas official", "Hamas")
    assert code == 0, err
    key, name, count = out.strip().split("\t")
    assert name == "Hamas" and count == "4 statements"
    listing = run(capsys, "list", "--library", lib)[1]
    assert "Hamas official" not in listing
    # both kept when the sample is added again
    run(capsys, "add", "--library", lib, SAMPLE)
    listing = run(capsys, "list", "--library", lib)[1]
    assert "United States" in listing and "Hamas official" not in listing
    code, _, err = run(capsys, "speaker", "merge", "--library", lib, "nobody", "hamas")
    assert code == 1 and "No speaker called 'nobody'" in err


def test_corrections_are_listed_and_each_can_be_taken_back(capsys, lib):
    from store.library import Library

    run(capsys, "add", "--library", lib, SAMPLE)
    official = _statement_ids(capsys, lib, "hamas official")[-1]
    blinken = _statement_ids(capsys, lib, "antony blinken")[0]
    automatic = Library(lib).detail(blinken).answered_by[0].statement.id
    run(capsys, "link", "remove", "--library", lib, automatic, blinken)
    run(capsys, "link", "add", "--library", lib, blinken, official, "--kind", "contradicts")
    run(capsys, "speaker", "rename", "--library", lib, "us", "United States")
    code, out, _ = run(capsys, "corrections", "--library", lib)
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines()]
    assert [r[2] for r in rows] == ["link removed", "link added", "speaker renamed"]
    assert "Antony Blinken" in rows[1][3] and "contradicts" in rows[1][3]
    for correction_id, *_ in rows:
        code, _, err = run(capsys, "corrections", "undo", correction_id, "--library", lib)
        assert code == 0, err
    assert run(capsys, "corrections", "--library", lib)[1] == ""
    again = Library(lib)
    assert automatic in {ln.statement.id for ln in again.detail(blinken).answered_by}
    assert official not in {ln.statement.id for ln in again.detail(blinken).answers}
    assert "US" in [s.name for s in again.speakers()]
    code, _, err = run(capsys, "corrections", "undo", "speaker:99", "--library", lib)
    assert code == 1 and "No correction speaker:99" in err
    code, _, err = run(capsys, "corrections", "undo", "--library", lib)
    assert code == 1 and "Say which correction" in err


def test_link_reasons_speak_of_speakers_by_their_names_after_a_rename(capsys, lib):
    from store.library import Library

    run(capsys, "add", "--library", lib, SAMPLE)
    blinken = _statement_ids(capsys, lib, "antony blinken")[0]
    before = [ln.reason for ln in Library(lib).detail(blinken).answered_by]
    assert any("Hamas official answers" in r for r in before)
    run(capsys, "speaker", "rename", "--library", lib, "hamas official", "Basem Naim")
    run(capsys, "speaker", "rename", "--library", lib, "antony blinken", "Tony Blinken")
    after = [ln.reason for ln in Library(lib).detail(blinken).answered_by]
    assert not any("Hamas official" in r or "Antony Blinken" in r for r in after)
    assert any("Basem Naim answers Tony Blinken" in r for r in after)
    assert any("Basem Naim" in d.reason for d in Library(lib).disputes())
