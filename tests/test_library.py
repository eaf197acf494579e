"""The Library API the app and the CLI use: adding, browsing, searching, notes, backups."""
from __future__ import annotations

import json
import os

import pytest

from library_fixtures import (blinken_netanyahu, extraction, make_article, netanyahu_followup, random_entry,
                              small_article)
from store import library as library_module
from store.errors import BadInput, LibraryDamaged, LibraryWriteError, NotFound
from store.extract.model import Speaker
from store.library import Library, restore_backup


@pytest.fixture
def fake_extract(monkeypatch):
    """Make `extract` return the hand-made extraction of an article (by its id)."""
    made = {}

    def register(ex):
        made[ex.article.id] = ex
        return ex

    import store.extract as extract_package
    monkeypatch.setattr(extract_package, "extract", lambda article: made[article.id])
    return register


@pytest.fixture
def lib(tmp_path):
    library = Library(tmp_path / "lib")
    library.add_extractions([blinken_netanyahu(), netanyahu_followup()])
    return library


def _sid(lib, speaker, n=0):
    return lib.statements(speaker)[n].id


def test_new_library_is_empty_and_created(tmp_path):
    lib = Library(tmp_path / "a" / "b")
    assert lib.is_empty()
    assert (tmp_path / "a" / "b").is_dir()
    assert lib.articles() == [] and lib.speakers() == [] and lib.notes() == []


def test_add_article_runs_the_extractor(tmp_path, fake_extract):
    ex = fake_extract(blinken_netanyahu())
    lib = Library(tmp_path)
    result = lib.add_article(ex.article)
    assert result.added and result.statements == 3 and result.article_id == ex.article.id
    assert not lib.is_empty()
    assert [a.id for a in lib.articles()] == [ex.article.id]
    assert (tmp_path / "articles" / f"{ex.article.id}.json").exists()


def test_same_article_twice_changes_nothing_and_keeps_notes(tmp_path, fake_extract):
    ex = fake_extract(blinken_netanyahu())
    lib = Library(tmp_path)
    lib.add_article(ex.article)
    note = lib.add_note(ex.statements[0].id, "check the date")
    files = {p: p.read_bytes() for p in tmp_path.rglob("*.json")}
    again = lib.add_article(ex.article)
    assert not again.added and again.statements == 3
    assert {p: p.read_bytes() for p in tmp_path.rglob("*.json")} == files
    assert [n.id for n in Library(tmp_path).notes()] == [note.id]


def test_add_path_reads_the_file(tmp_path, monkeypatch):
    article_file = tmp_path / "a.txt"
    article_file.write_text("Title\n\nSomeone said \"hello there\" today.\n")
    seen = []

    import store.extract as extract_package
    real = extract_package.extract

    def spy(article):
        seen.append(article)
        return real(article)

    monkeypatch.setattr(extract_package, "extract", spy)
    result = Library(tmp_path / "lib").add_path(article_file)
    assert result.added and seen[0].text.startswith("Title")
    assert result.path == str(article_file)


def test_adding_an_article_does_not_rewrite_the_others(tmp_path):
    lib = Library(tmp_path)
    first = blinken_netanyahu()
    lib.add_extractions([first])
    path = tmp_path / "articles" / f"{first.article.id}.json"
    stamp = os.stat(path).st_ino, path.read_bytes()
    lib.add_extractions([netanyahu_followup()])
    assert (os.stat(path).st_ino, path.read_bytes()) == stamp


def test_speakers_merge_across_articles_most_statements_first(lib):
    speakers = lib.speakers()
    assert [s.key for s in speakers] == ["antony-blinken", "benjamin-netanyahu", "hamas-official"]
    bn = speakers[1]
    assert (bn.name, bn.statements, bn.articles, bn.description) == (
        "Benjamin Netanyahu", 2, 2, "Israeli Prime Minister")


def test_ambiguous_short_name_stays_apart(tmp_path):
    art = make_article(['Sara Netanyahu said "thanks to all".', 'Netanyahu said "no comment".'])
    ex = extraction(art, {"sara-netanyahu": Speaker("sara-netanyahu", "Sara Netanyahu"),
                          "netanyahu": Speaker("netanyahu", "Netanyahu")},
                    [("thanks to all", "sara-netanyahu"), ("no comment", "netanyahu")])
    lib = Library(tmp_path)
    lib.add_extractions([blinken_netanyahu(), ex])
    keys = {s.key for s in lib.speakers()}
    assert {"benjamin-netanyahu", "sara-netanyahu", "netanyahu"} <= keys


def test_statements_in_article_order_and_statement_lookup(lib):
    texts = [s.text for s in lib.statements("benjamin-netanyahu")]
    assert texts == ["we will continue until victory", "there will be no ceasefire without the hostages"]
    sid = _sid(lib, "benjamin-netanyahu")
    assert lib.statement(sid).speaker_name == "Benjamin Netanyahu"
    with pytest.raises(NotFound):
        lib.statement("nope")
    assert lib.statements("nobody") == []


def test_statement_ids_are_the_extractors(lib):
    ex = blinken_netanyahu()
    assert {s.id for s in lib.statements("antony-blinken")} >= {ex.statements[0].id}


def test_detail_paragraph_highlights_links_context(lib):
    blinken = _sid(lib, "antony-blinken")
    d = lib.detail(blinken)
    assert d.paragraph.startswith("Secretary of State Antony Blinken said")
    (start, end), = d.highlights
    assert d.paragraph[start:end] == "Hamas rejected the ceasefire proposal"
    assert [(lv.statement.speaker_name, lv.kind) for lv in d.answered_by] == [("Hamas official", "rebuts")]
    assert d.answers == []
    assert [c.text for c in d.context] == ["The talks were held in Cairo."]
    assert d.speaker_description == "Secretary of State"
    hamas = d.answered_by[0].statement.id
    assert [lv.statement.id for lv in lib.detail(hamas).answers] == [blinken]
    assert lib.statement(blinken).answered_by == 1 and lib.statement(hamas).answers == 1
    with pytest.raises(NotFound):
        lib.detail("missing")


def test_search_words_in_text_or_speaker(lib):
    assert {s.text for s in lib.search("CEASEFIRE")} == {
        "Hamas rejected the ceasefire proposal", "there will be no ceasefire without the hostages",
        "the ceasefire is still possible"}
    assert [s.text for s in lib.search("blinken possible")] == ["the ceasefire is still possible"]
    assert [s.speaker_key for s in lib.search("hamas official")] == ["hamas-official"]
    assert lib.search("") == [] and lib.search("zebra") == []


def test_search_finds_statements_by_the_words_of_their_notes(lib):
    sid = _sid(lib, "benjamin-netanyahu")
    assert lib.search("fundraising") == []
    note = lib.add_note(sid, "Compare with the Fundraising letter")
    assert [s.id for s in lib.search("fundraising letter")] == [sid]
    assert [s.id for s in Library(lib.root).search("netanyahu fundraising")] == [sid]
    lib.delete_note(note.id)
    assert lib.search("fundraising") == []


def test_note_round_trip_across_instances(lib):
    sid = _sid(lib, "benjamin-netanyahu")
    note = lib.add_note(sid, "  compare with the March speech  ")
    assert note.text == "compare with the March speech" and note.attached
    assert note.anchor == "we will continue until victory"
    other = Library(lib.root)
    assert [n.text for n in other.notes(sid)] == ["compare with the March speech"]
    assert other.statement(sid).notes == 1
    assert [n.id for n in other.detail(sid).notes] == [note.id]
    updated = other.update_note(note.id, "compare with the April speech")
    assert updated.text == "compare with the April speech" and updated.created == note.created
    assert lib.refresh()
    assert lib.notes(sid)[0].text == "compare with the April speech"
    lib.delete_note(note.id)
    assert Library(lib.root).notes() == []


def test_note_errors(lib):
    with pytest.raises(NotFound):
        lib.add_note("no-such-statement", "x")
    with pytest.raises(BadInput):
        lib.add_note(_sid(lib, "antony-blinken"), "   ")
    with pytest.raises(NotFound):
        lib.update_note("no-such-note", "x")
    with pytest.raises(NotFound):
        lib.delete_note("no-such-note")


def test_refresh_sees_another_processs_article_and_notes(lib):
    other = Library(lib.root)
    assert not lib.refresh()
    art = make_article(['Ursula von der Leyen said "Europe stands ready".'])
    other.add_extractions([extraction(art, {"uvdl": Speaker("uvdl", "Ursula von der Leyen")},
                                      [("Europe stands ready", "uvdl")])])
    assert lib.refresh()
    assert "ursula-von-der-leyen" in {s.key for s in lib.speakers()}
    assert not lib.refresh()


def test_note_whose_statement_is_gone_is_kept_detached(lib):
    sid = _sid(lib, "benjamin-netanyahu")
    note = lib.add_note(sid, "important")
    # the article leaves the library: its file and its catalog entry are gone
    data = json.loads(_body(lib.root / "catalog.json"))
    gone = [v["id"] for v in data["articles"].values() if sid in json.dumps(v)]
    data["articles"] = {k: v for k, v in data["articles"].items() if sid not in json.dumps(v)}
    (lib.root / "catalog.json").write_text(json.dumps(data))
    for aid in gone:
        (lib.root / "articles" / f"{aid}.json").unlink()
    reopened = Library(lib.root)
    (shown,) = reopened.notes()
    assert shown.id == note.id and not shown.attached and shown.anchor == "we will continue until victory"


def test_note_reattaches_when_the_span_moves(lib):
    sid = _sid(lib, "benjamin-netanyahu")
    lib.add_note(sid, "follow up")
    # a better extractor now cuts the quote differently: new words, so a new id
    data = json.loads(_body(lib.root / "catalog.json"))
    for entry in data["articles"].values():
        for row in entry["statements"]:
            if row[0] == sid:
                row[0] = "new-statement-id"
                row[3] = "we will continue until victory, he said"
                row[5] = [[row[5][0][0], row[5][0][1] + 10]]
    (lib.root / "catalog.json").write_text(json.dumps(data))
    (note,) = Library(lib.root).notes()
    assert note.attached and note.statement_id == "new-statement-id"


def test_catalog_is_rebuilt_from_article_files_when_missing(lib):
    before = [(a.id, a.statements) for a in lib.articles()]
    os.unlink(lib.root / "catalog.json")
    again = Library(lib.root)
    assert [(a.id, a.statements) for a in again.articles()] == before
    assert (lib.root / "catalog.json").exists()


def test_read_only_library_never_writes(lib, tmp_path):
    ro = Library(lib.root, read_only=True)
    with pytest.raises(LibraryWriteError):
        ro.add_note(_sid(ro, "antony-blinken"), "x")
    assert not Library(tmp_path / "nothing", read_only=True).articles()
    assert not (tmp_path / "nothing").exists()


def test_backups_and_restore(lib):
    sid = _sid(lib, "antony-blinken")
    first = lib.add_note(sid, "one")
    assert lib.backups() == []          # nothing to back up before the first note
    lib.add_note(sid, "two")
    lib.add_note(sid, "three")
    assert len(lib.backups()) == 2
    newest = lib.backups()[0]
    assert lib.restore() == newest       # the version before "three"
    assert [n.text for n in lib.notes()] == ["one", "two"]
    assert [n.text for n in Library(lib.root).notes()] == ["one", "two"]
    assert first.id in {n.id for n in lib.notes()}


def test_backups_roll(lib):
    sid = _sid(lib, "antony-blinken")
    for i in range(library_module.backup_files.KEEP + 5):
        lib.add_note(sid, f"n{i}")
    assert len(lib.backups()) == library_module.backup_files.KEEP


def test_damaged_user_file_names_backup_and_restore_fixes_it(lib):
    sid = _sid(lib, "antony-blinken")
    lib.add_note(sid, "one")
    lib.add_note(sid, "two")
    user = lib.root / "user.json"
    user.write_bytes(user.read_bytes()[:-20])
    with pytest.raises(LibraryDamaged) as err:
        Library(lib.root)
    assert str(user) in str(err.value) and "backup" in str(err.value)
    restore_backup(lib.root)
    assert [n.text for n in Library(lib.root).notes()] == ["one"]
    assert any(p.name.startswith("user.json.damaged-") for p in lib.root.iterdir())


def _body(path):
    raw = path.read_bytes()
    return raw[raw.index(b'"tables":') + 9:-2]


# -- one speaker per person across articles ---------------------------------------------

def _merge(*speakers):
    from store.speaker_index import merge_speakers
    local = [(f"a{i}", sp["key"], sp, 1) for i, sp in enumerate(speakers)]
    mapping, merged = merge_speakers(local)
    return [mapping[(f"a{i}", sp["key"])] for i, sp in enumerate(speakers)], merged


def test_surname_joins_the_only_full_name_that_ends_with_it():
    keys, merged = _merge({"key": "bn", "name": "Benjamin Netanyahu", "description": "Prime Minister"},
                          {"key": "n", "name": "Netanyahu"},
                          {"key": "n2", "name": "netanyahu"})
    assert keys == ["benjamin-netanyahu"] * 3
    assert merged["benjamin-netanyahu"].description == "Prime Minister"
    assert "Netanyahu" in merged["benjamin-netanyahu"].aliases


def test_an_alias_naming_a_known_full_name_joins_it():
    keys, _ = _merge({"key": "bn", "name": "Benjamin Netanyahu"},
                     {"key": "pm", "name": "Bibi", "aliases": ["Benjamin Netanyahu"]})
    assert keys == ["benjamin-netanyahu", "benjamin-netanyahu"]


def test_organisations_and_people_of_one_name_stay_apart():
    keys, merged = _merge({"key": "h", "name": "Hamas", "kind": "organisation"},
                          {"key": "h", "name": "Hamas", "kind": "person"})
    assert len(set(keys)) == 2 and len(merged) == 2


def test_unnamed_speakers_of_one_description_are_one_speaker():
    keys, _ = _merge({"key": "o", "name": "Hamas official", "kind": "unnamed"},
                     {"key": "o", "name": "Hamas official", "kind": "unnamed"})
    assert keys[0] == keys[1] == "hamas-official"


def test_speaker_keys_are_unique_slugs():
    keys, _ = _merge({"key": "a", "name": "José Ruiz"}, {"key": "b", "name": "Jose Ruiz", "kind": "organisation"})
    assert keys == ["jose-ruiz", "jose-ruiz-2"]


# -- another writer holding the lock -------------------------------------------------------

def test_a_writer_waits_then_reports_busy(lib):
    import fcntl
    import time

    with open(lib.root / ".lock", "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)   # another copy of counterpoint, mid-write
        lib._lock.timeout = 0.2
        started = time.monotonic()
        with pytest.raises(Exception) as caught:
            lib.add_note(_sid(lib, "antony-blinken"), "waits")
        assert type(caught.value).__name__ == "LibraryBusy"
        assert time.monotonic() - started >= 0.2
    assert lib.add_note(_sid(lib, "antony-blinken"), "now it goes").text == "now it goes"


def test_threads_sharing_one_library(lib):
    from concurrent.futures import ThreadPoolExecutor
    sid = _sid(lib, "antony-blinken")
    with ThreadPoolExecutor(4) as pool:
        made = list(pool.map(lambda i: lib.add_note(sid, f"thread note {i}").id, range(40)))
    assert len(set(made)) == 40
    assert {n.id for n in Library(lib.root).notes()} == set(made)


def test_hand_edited_files_with_odd_entries(lib):
    sid = _sid(lib, "antony-blinken")
    lib.add_note(sid, "fine")
    user = json.loads(_body(lib.root / "user.json"))
    user["notes"]["99"] = {"id": "odd", "statement_id": ["not", "a", "string"], "anchor": "nope", "text": 5}
    (lib.root / "user.json").write_text(json.dumps(user))
    shown = {n.id: n for n in Library(lib.root).notes()}
    assert shown["odd"].attached is False and shown["odd"].text == "5"   # kept and shown, never dropped
    assert shown[next(iter(shown))].text == "fine"

    catalog = json.loads(_body(lib.root / "catalog.json"))
    catalog["articles"]["1"]["statements"] = [["too", "short"]]
    (lib.root / "catalog.json").write_text(json.dumps(catalog))
    with pytest.raises(LibraryDamaged, match="catalog.json"):
        Library(lib.root)
    ro = Library(lib.root, read_only=True)          # rebuilt from the article files
    assert len(ro.articles()) == 2 and any("catalog.json" in p for p in ro.problems)


def test_two_open_libraries_never_lose_each_others_notes(lib):
    other = Library(lib.root)
    sid = _sid(lib, "antony-blinken")
    a = lib.add_note(sid, "from the app")
    b = other.add_note(sid, "from the command line")     # other has not refreshed: it reloads first
    c = lib.add_note(sid, "from the app again")
    assert [n.id for n in Library(lib.root).notes()] == [a.id, b.id, c.id]
    other.delete_note(a.id)
    with pytest.raises(NotFound):
        lib.update_note(a.id, "gone meanwhile")
    assert [n.id for n in lib.notes()] == [b.id, c.id]


def test_restore_a_chosen_backup_and_refuse_a_damaged_one(lib):
    sid = _sid(lib, "antony-blinken")
    for text in ("one", "two", "three"):
        lib.add_note(sid, text)
    oldest = lib.backups()[-1]                       # holds only "one"
    assert lib.restore(oldest) == oldest
    assert [n.text for n in Library(lib.root).notes()] == ["one"]
    assert [n.text for n in Library(lib.root).notes()] == [n.text for n in lib.notes()]
    bad = lib.root / "backups" / "user-0-bad.json"
    bad.write_bytes(b'{"crc32":"00000000","tables":{}}\n')
    before = (lib.root / "user.json").read_bytes()
    with pytest.raises(LibraryDamaged, match="user-0-bad.json"):
        lib.restore(bad)
    assert (lib.root / "user.json").read_bytes() == before
    # the restore itself can be undone: the version it replaced is the newest backup
    lib.restore()
    assert [n.text for n in lib.notes()] == ["one", "two", "three"]


def test_notes_keep_any_text(lib):
    sid = _sid(lib, "antony-blinken")
    text = "naïve — “quoted” 東京 🙂\nsecond line\ttab \\ backslash \"q\""
    note = lib.add_note(sid, text)
    assert Library(lib.root).notes()[0].text == text.strip() == note.text


def test_a_library_folder_that_cannot_be_made(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(LibraryWriteError, match=str(blocker)):
        Library(blocker / "lib")


# -- corrections by hand ----------------------------------------------------------------------

def test_a_link_made_by_hand_shows_both_ways_and_survives(lib):
    netanyahu = _sid(lib, "benjamin-netanyahu")
    blinken = _sid(lib, "antony-blinken", 1)            # "the ceasefire is still possible"
    made = lib.add_link(blinken, netanyahu, "contradicts", " says the opposite ")
    assert made.by_hand and made.statement.id == netanyahu and made.reason == "says the opposite"
    again = Library(lib.root)
    (back,) = again.detail(netanyahu).answered_by
    assert (back.statement.id, back.kind, back.by_hand) == (blinken, "contradicts", True)
    assert [lv.statement.id for lv in again.detail(blinken).answers] == [netanyahu]
    assert again.statement(netanyahu).answered_by == 1
    again.remove_link(blinken, netanyahu)
    assert lib.refresh() and lib.detail(netanyahu).answered_by == []
    with pytest.raises(NotFound):
        lib.remove_link(blinken, netanyahu)


def test_an_automatic_link_removed_stays_removed(lib):
    blinken = _sid(lib, "antony-blinken")
    (auto,) = lib.detail(blinken).answered_by
    lib.remove_link(auto.statement.id, blinken)
    assert lib.detail(blinken).answered_by == []
    lib.add_extractions([blinken_netanyahu()])           # the same article again brings nothing back
    assert Library(lib.root).detail(blinken).answered_by == []
    lib.add_link(auto.statement.id, blinken, "rebuts", "it does answer it")   # and the user can restore it
    (back,) = Library(lib.root).detail(blinken).answered_by
    assert back.by_hand and back.reason == "it does answer it"


def test_link_errors(lib):
    a, b = _sid(lib, "antony-blinken"), _sid(lib, "benjamin-netanyahu")
    with pytest.raises(BadInput):
        lib.add_link(a, b, "agrees")
    with pytest.raises(BadInput):
        lib.add_link(a, a)
    with pytest.raises(NotFound):
        lib.add_link(a, "missing")


def test_merge_and_rename_speakers_by_hand(lib):
    hamas_st = _sid(lib, "hamas-official")
    merged = lib.merge_speakers("hamas-official", "benjamin-netanyahu")
    assert merged.key == "benjamin-netanyahu" and merged.statements == 3
    assert hamas_st in {s.id for s in Library(lib.root).statements("benjamin-netanyahu")}
    renamed = lib.rename_speaker("antony-blinken", "Tony Blinken")
    assert (renamed.key, renamed.name, renamed.statements) == ("tony-blinken", "Tony Blinken", 2)
    # a new article naming him the old way still joins the renamed speaker
    art = make_article(['Antony Blinken said "we keep talking".'])
    lib.add_extractions([extraction(art, {"ab": Speaker("ab", "Antony Blinken")}, [("we keep talking", "ab")])])
    again = Library(lib.root)
    assert {s.key: s.statements for s in again.speakers()}["tony-blinken"] == 3
    assert "hamas-official" not in {s.key for s in again.speakers()}
    with pytest.raises(NotFound):
        lib.rename_speaker("nobody", "x")
    with pytest.raises(BadInput):
        lib.merge_speakers("tony-blinken", "tony-blinken")


def test_reextract_moves_notes_to_their_words(tmp_path, fake_extract):
    from library_fixtures import quote

    first = fake_extract(blinken_netanyahu())
    lib = Library(tmp_path)
    lib.add_extractions([first])
    old_sid = first.statements[1].id                 # "we will continue until victory"
    note = lib.add_note(old_sid, "watch this claim")
    assert lib.reextract() == 0                      # the same extractor changes nothing
    # a better extractor cuts the quote differently: new words, so a new statement id
    better = blinken_netanyahu()
    better.statements[1] = quote(better.article, 'Netanyahu said "we will continue until victory',
                                 "benjamin-netanyahu")
    fake_extract(better)
    seen = []
    assert lib.reextract(progress=lambda done, total: seen.append((done, total))) == 1
    assert seen == [(1, 1)]
    new_sid = better.statements[1].id
    assert new_sid != old_sid
    (moved,) = Library(tmp_path).notes()
    assert (moved.id, moved.statement_id, moved.attached) == (note.id, new_sid, True)
    assert [n.id for n in lib.notes(new_sid)] == [note.id]
    assert new_sid in (tmp_path / "user.json").read_text()   # recorded, not only worked out at each open
    assert lib.detail(new_sid).notes[0].text == "watch this claim"


def test_a_name_with_and_without_its_middle_initial_is_one_speaker():
    keys, merged = _merge({"key": "a", "name": "Paul D. Ryan"}, {"key": "b", "name": "Paul Ryan"},
                          {"key": "c", "name": "Ryan"})
    assert len(set(keys)) == 1 and merged[keys[0]].name == "Paul D. Ryan"
    # two people who differ only by their initials stay two
    keys, _ = _merge({"key": "w", "name": "George W. Bush"}, {"key": "hw", "name": "George H. W. Bush"})
    assert len(set(keys)) == 2


def test_a_surname_joins_the_one_of_its_people_who_speaks_far_more():
    from store.speaker_index import merge_speakers
    local = [("a1", "bo", {"name": "Barack Obama"}, 12), ("a2", "mo", {"name": "Michelle Obama"}, 2),
             ("a3", "o", {"name": "Obama"}, 3)]
    mapping, merged = merge_speakers(local)
    assert mapping[("a3", "o")] == mapping[("a1", "bo")] != mapping[("a2", "mo")]
    # but not when the other speaks nearly as often
    local[1] = ("a2", "mo", {"name": "Michelle Obama"}, 6)
    mapping, merged = merge_speakers(local)
    assert len(set(mapping.values())) == 3


def test_a_batch_of_articles_gives_the_cross_linker_the_library_once(lib, monkeypatch):
    # the library's statements are made into the linker's form once per index, not once per article
    import store.extract.links as link_rules

    seen = []
    monkeypatch.setattr(link_rules, "cross_links", lambda new, existing, index=None: seen.append(existing) or [])
    batch = []
    for n in range(3):
        art = make_article([f"Report {n}", f'Antony Blinken said "the talks in round {n} went well" today.'])
        batch.append(extraction(art, blinken_netanyahu().speakers, [(f"the talks in round {n} went well",
                                                                      "antony-blinken")]))
    lib.add_extractions(batch)
    assert len(seen) == 3
    assert seen[0] is seen[1] is seen[2] and len(seen[0]) == len(lib._index.rows) - 3


def test_links_made_or_removed_by_hand_outlive_a_new_extraction(tmp_path, fake_extract):
    from store.extract.model import Link

    first = fake_extract(blinken_netanyahu())
    lib = Library(tmp_path)
    lib.add_extractions([first])
    blinken, netanyahu, hamas = (st.id for st in first.statements)
    lib.remove_link(hamas, blinken)                               # the automatic rebuttal, rejected
    lib.add_link(netanyahu, blinken, "contradicts", "says the opposite")
    # a new extractor finds the rejected link again (surer, reworded) and not the hand-made one
    better = blinken_netanyahu()
    better.links = [Link(hamas, blinken, "rebuts", "a new reason", 0.99)]
    better.context = []
    fake_extract(better)
    assert lib.reextract() == 1
    again = Library(tmp_path)
    (only,) = again.detail(blinken).answered_by
    assert (only.statement.id, only.kind, only.by_hand, only.reason) == (netanyahu, "contradicts", True,
                                                                         "says the opposite")


# -- adding to a large library: the catalog's recent entries, the index extended -----------

def _index_state(ix):
    speakers = {k: (s.name, s.kind, s.description, s.members, s.aliases, s.original) for k, s in ix.speakers.items()}
    rows = {sid: (r.article, r.local_speaker, r.speaker, r.kind, r.text, r.paragraph, r.spans)
            for sid, r in ix.rows.items()}
    return (list(ix.articles), ix.speaker_of, speakers, list(ix.speakers), rows, list(ix.rows), ix.by_speaker,
            ix.answered_by, ix.answers, ix.auto_links)


@pytest.mark.parametrize("seed", range(6))
def test_an_extended_index_is_the_index_a_rebuild_gives(seed):
    import random

    from store.corrections import Corrections
    from store.index import Index

    rng = random.Random(seed)
    entries = [random_entry(rng, n) for n in range(60)]
    corrections = Corrections() if seed % 2 else Corrections(
        links=(("art0001-0", "art0000-0", "rebuts", "by hand"),),
        rejected=frozenset({(entries[3]["links"][0][0], entries[3]["links"][0][1])} if entries[3]["links"] else ()),
        merges=(("Sato", "Ana Lopez"),), renames=(("Boris Novak", "B. Novak"),))
    ix = Index(entries[:5], corrections)
    linker = library_module.LinkerLibrary()
    linker.statements(ix)
    moved = 0
    for n in range(5, 60, 1 if seed < 3 else 4):
        before = dict(ix.speaker_of)
        for row in ix.rows.values():  # as search caches them
            row.hay = f"{row.text}\n{ix.speakers[row.speaker].name}".casefold()
        older = ix
        ix = ix.extended(entries[n:n + (1 if seed < 3 else 4)])
        moved += any(ix.speaker_of[m] != k for m, k in before.items())
        assert _index_state(ix) == _index_state(Index(entries[:len(ix.entries)], corrections)), n
        for row in ix.rows.values():  # what search looks in follows the speakers' names
            assert row.hay in (None, f"{row.text}\n{ix.speakers[row.speaker].name}".casefold())
        # and the statements given to the cross-article linker are those it would get made anew
        assert _linker_state(linker.statements(ix)) == _linker_state(library_module.LinkerLibrary().statements(ix))
        # the older index is left as it was: views reading it elsewhere see one version
        assert older.speaker_of == before and all(older.rows[s].speaker == before.get(
            (older.rows[s].article, older.rows[s].local_speaker), older.rows[s].speaker) for s in older.rows)
    assert moved, "the entries should make some earlier speakers join others"
    # an index already extended extends again by rebuilding (its gathered names moved on)
    assert _index_state(older.extended(entries[len(older.entries):])) == _index_state(ix)


def _linker_state(pairs):
    return [(st.id, st.speaker, st.text, st.spans, sp.key, sp.name, sp.kind, sp.description, sp.aliases)
            for st, sp in pairs]


def _many(root, count, start=0):
    lib = Library(root)
    lib.add_extractions([small_article(n) for n in range(start, start + count)])
    return lib


def _files(root):
    return {p.name: (os.stat(p).st_ino, p.read_bytes()) for p in sorted((root / "articles").iterdir())}


def test_an_add_writes_the_new_article_and_the_small_recent_file_only(tmp_path):
    lib = _many(tmp_path, 32)             # catalog.json takes a sixteenth of its size in recent entries
    catalog = tmp_path / "catalog.json"
    before, stamp = _files(tmp_path), (os.stat(catalog).st_ino, catalog.read_bytes())
    assert not (tmp_path / "catalog-recent.json").exists()
    lib.add_extractions([small_article(100)])
    lib.add_extractions([small_article(101)])
    assert (os.stat(catalog).st_ino, catalog.read_bytes()) == stamp
    after = _files(tmp_path)
    assert {k: v for k, v in after.items() if k in before} == before and len(after) == len(before) + 2
    recent = json.loads(_body(tmp_path / "catalog-recent.json"))
    assert [e["path"] for e in recent["articles"].values()] == ["100.txt", "101.txt"]
    again = Library(tmp_path)
    assert [a.path for a in again.articles()] == [a.path for a in lib.articles()]
    assert len(again.articles()) == 34 and again.speakers()[0].statements == 34


def test_the_recent_entries_move_into_catalog_json_once_there_are_enough(tmp_path, monkeypatch):
    monkeypatch.setattr(library_module, "SEGMENT_MAX", 2)
    lib = _many(tmp_path, 32)
    for n in (100, 101):
        lib.add_extractions([small_article(n)])
    assert len(json.loads(_body(tmp_path / "catalog.json"))["articles"]) == 32
    lib.add_extractions([small_article(102)])        # a third would make too many: all into catalog.json
    base = json.loads(_body(tmp_path / "catalog.json"))["articles"]
    assert [e["path"] for e in base.values()][-3:] == ["100.txt", "101.txt", "102.txt"]
    # the recent file left behind holds only entries catalog.json has: each article shows once
    again = Library(tmp_path)
    assert [a.path for a in again.articles()] == [a.path for a in lib.articles()]
    assert len(again.articles()) == 35
    again.add_extractions([small_article(103)])
    recent = json.loads(_body(tmp_path / "catalog-recent.json"))
    assert [e["path"] for e in recent["articles"].values()] == ["103.txt"]
    assert len(Library(tmp_path).articles()) == 36


def test_refresh_takes_another_writers_new_articles_without_a_rebuild(tmp_path, monkeypatch):
    lib = _many(tmp_path, 32)
    other = Library(tmp_path)
    other.add_extractions([small_article(100, "Boris Novak")])
    built = []
    real = library_module.Index
    monkeypatch.setattr(library_module, "Index", lambda *a, **k: built.append(1) or real(*a, **k))
    assert lib.refresh()
    assert not built
    assert "boris-novak" in {s.key for s in lib.speakers()} and len(lib.articles()) == 33
    assert not lib.refresh()
    # when catalog.json changed, everything is read again
    monkeypatch.setattr(library_module, "SEGMENT_MAX", 0)
    other.add_extractions([small_article(101, "Carla Sato")])
    assert lib.refresh() and built
    assert [a.path for a in lib.articles()] == [a.path for a in Library(tmp_path).articles()]


def _old_library(root, count):
    """A library as counterpoint wrote it before catalog-recent.json: catalog.json lists every article."""
    from store.index import article_file
    from store.storage import encode

    (root / "articles").mkdir(parents=True)
    table = {}
    for n in range(count):
        ex = small_article(n)
        doc = article_file(ex, ex.article.id, ex.links)
        (root / "articles" / f"{ex.article.id}.json").write_bytes(encode(doc))
        st = doc["statements"][0]
        table[str(n + 1)] = {
            "id": ex.article.id, "title": doc["article"]["title"], "path": doc["article"]["path"],
            "encoding": "", "outlet": "", "published": "", "added": doc["added"],
            "speakers": {"s": {"name": "Ana Lopez", "kind": "person", "description": "Mayor", "aliases": []}},
            "statements": [[st["id"], "s", "direct", st["text"], st["paragraph"], st["spans"]]], "links": []}
    (root / "catalog.json").write_bytes(encode({"articles": table}))
    (root / "user.json").write_bytes(encode({"notes": {"1": {
        "id": "n1", "statement_id": table["1"]["statements"][0][0], "article_id": table["1"]["id"],
        "text": "an old note", "created": "2024-01-01", "updated": "2024-01-01",
        "anchor": {"exact": table["1"]["statements"][0][3], "prefix": "", "suffix": "", "start": 0}}}}))


@pytest.mark.parametrize("count", [2, 40])
def test_a_library_written_before_the_recent_file_opens_and_takes_new_articles(tmp_path, count):
    _old_library(tmp_path, count)
    lib = Library(tmp_path)
    assert len(lib.articles()) == count and lib.notes()[0].attached
    lib.add_extractions([small_article(100, "Boris Novak")])
    recent = (tmp_path / "catalog-recent.json").exists()
    assert recent == (count >= 32)   # a small library keeps everything in catalog.json
    again = Library(tmp_path)
    assert len(again.articles()) == count + 1 and again.notes()[0].text == "an old note"
    assert {s.key for s in again.speakers()} == {"ana-lopez", "boris-novak"}


def test_search_follows_a_speakers_name_that_a_later_article_gives(tmp_path):
    lib = Library(tmp_path)
    # the first article's statement names a speaker its extraction lacks: known by its key only
    first = make_article(['"The harbour plan is late," the statement read.'])
    lib.add_extractions([extraction(first, {}, [("The harbour plan is late", "jose-ruiz")])])
    assert lib.search("josé") == []
    second = make_article(['José Ruiz said "the harbour plan is on budget" today.'])
    lib.add_extractions([extraction(second, {"jr": Speaker("jr", "José Ruiz")},
                                    [("the harbour plan is on budget", "jr")])])
    assert len(lib.search("josé")) == 2 == len(Library(tmp_path).search("josé"))


def test_two_writers_taking_turns_on_the_recent_file_lose_no_article(tmp_path):
    one = _many(tmp_path, 32)
    other = Library(tmp_path)
    for n in range(6):
        (one if n % 2 else other).add_extractions([small_article(100 + n)])
    paths = [a.path for a in Library(tmp_path).articles()]
    assert len(paths) == 38 and {f"{100 + n}.txt" for n in range(6)} <= set(paths)
    one.refresh()
    other.refresh()
    assert [a.path for a in one.articles()] == [a.path for a in other.articles()] == paths


def test_a_paragraph_as_long_as_a_page_is_shown_around_its_statement(tmp_path):
    from store.extract.reader import read_text

    filler = "The harbour was quiet all week and the cranes stood still over the empty quays. "
    text = "Port strike\n\n" + filler * 200 + "Ann Lee said the port would close on Friday. " + filler * 200
    library = Library(tmp_path / "lib")
    library.add_article(read_text(text))
    (st,) = [s for s in library.statements(library.speakers()[0].key)]
    d = library.detail(st.id)
    # the statement with its source and a stretch either side, not the whole page
    assert len(d.paragraph) < 2 * library_module.AROUND + 100 < len(text)
    assert d.paragraph.startswith("\u2026 ") and d.paragraph.endswith(" \u2026")
    (h,) = d.highlights
    assert d.paragraph[h[0]:h[1]] == "the port would close on Friday"
    assert d.paragraph[d.source[0]:d.source[1]] == "Ann Lee"
    assert d.paragraph[d.cue[0]:d.cue[1]] == "said"
