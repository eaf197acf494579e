"""The user's notes survive kills, failing disks, other writers and damaged files.

CP_CRASH_RUNS sets how many times the crash test kills a writer (default 200).
Figures are printed with `pytest -s`.
"""
from __future__ import annotations

import errno
import os
import random
import signal
import tempfile
import time
from pathlib import Path

import pytest

from library_fixtures import blinken_netanyahu, extraction, make_article, netanyahu_followup, small_article
from store import library as library_module
from store.errors import LibraryDamaged, LibraryWriteError
from store.extract.model import Speaker
from store.library import Library
from store.storage import encode

CRASH_RUNS = int(os.environ.get("CP_CRASH_RUNS", "200"))


def _library(root: Path) -> Library:
    lib = Library(root)
    lib.add_extractions([blinken_netanyahu(), netanyahu_followup()])
    return lib


def _first_statement(lib: Library) -> str:
    return lib.statements(lib.speakers()[0].key)[0].id


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file() and p.name != ".lock"}


def _temp_files(root: Path) -> list[str]:
    return [str(p) for p in root.rglob(".*.tmp")]


def _fork(work) -> tuple[int, int]:
    """Run `work(write_fd)` in a child process; returns (pid, read end of its pipe)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child never returns into pytest
        code = 0
        try:
            os.close(r)
            work(w)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(w)
    return pid, r


def _read_all(fd: int) -> str:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks).decode()


# -- (1) killed writers ----------------------------------------------------------

def test_notes_acknowledged_before_a_kill_survive_it(tmp_path):
    root = tmp_path / "lib"
    sid = _first_statement(_library(root))
    rng = random.Random(1234)
    acknowledged: set[str] = set()
    mid_write = 0
    started = time.perf_counter()

    def writer(fd):
        lib = Library(root)
        i = 0
        while True:
            note = lib.add_note(sid, f"note {i} " + "words " * (i % 40))
            os.write(fd, f"{note.id}\n".encode())
            if i % 7 == 3:  # edits and deletions are writes too
                lib.update_note(note.id, f"edited {i}")
            i += 1

    for run in range(CRASH_RUNS):
        pid, fd = _fork(writer)
        time.sleep(rng.uniform(0.0, 0.04))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        acknowledged |= set(_read_all(fd).split())
        mid_write += bool(_temp_files(root))
        reopened = Library(root)           # never damaged, whatever the moment of the kill
        kept = {n.id for n in reopened.notes()}
        lost = acknowledged - kept
        assert not lost, f"run {run}: {len(lost)} acknowledged notes lost"
    # the next writer sweeps what killed writers left behind
    Library(root).add_note(sid, "after the storm")
    assert not _temp_files(root)
    # at most one note per kill was saved but not yet acknowledged
    assert len(acknowledged) + 1 <= len(Library(root).notes()) <= len(acknowledged) + 1 + CRASH_RUNS
    print(f"\ncrash: {CRASH_RUNS} kills, {len(acknowledged)} acknowledged notes, 0 lost, "
          f"{mid_write} kills left a temp file, {time.perf_counter() - started:.1f}s")


@pytest.mark.parametrize("recent", [False, True], ids=["catalog", "recent"])
def test_articles_acknowledged_before_a_kill_survive_it(tmp_path, monkeypatch, recent):
    root = tmp_path / "lib"
    _library(root)
    if recent:  # every add goes to catalog-recent.json, every 20th into catalog.json
        monkeypatch.setattr(library_module, "SEGMENT_SHARE", 1)
        monkeypatch.setattr(library_module, "SEGMENT_MAX", 20)
    rng = random.Random(99)
    acknowledged: set[str] = set()

    def adder(fd):
        lib = Library(root)
        tag = os.getpid()
        for i in range(10_000):
            art = make_article([f'Mayor Ana Lopez{tag} said "budget line {i} of {tag} stays".'])
            ex = extraction(art, {"al": Speaker("al", f"Ana Lopez{tag}")}, [(f"budget line {i} of {tag} stays", "al")])
            lib.add_extractions([ex])
            os.write(fd, f"{art.id}\n".encode())

    runs = max(10, CRASH_RUNS // 4)
    for run in range(runs):
        pid, fd = _fork(adder)
        time.sleep(rng.uniform(0.0, 0.04))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        acknowledged |= set(_read_all(fd).split())
        lib = Library(root)
        assert acknowledged <= {a.id for a in lib.articles()}, f"run {run}"
    for speaker in lib.speakers():          # every listed article's file is whole
        for st in lib.statements(speaker.key):
            assert lib.detail(st.id).highlights
    assert len({a.id for a in lib.articles()}) == len(lib.articles())
    print(f"\ncrash: {runs} kills while adding articles, {len(acknowledged)} acknowledged, 0 lost")


def test_a_writer_killed_between_the_article_and_the_catalog_leaves_a_readable_library(tmp_path, monkeypatch):
    root = tmp_path / "lib"
    lib = _library(root)
    monkeypatch.setattr(library_module, "SEGMENT_SHARE", 1)
    lib.add_extractions([small_article(1)])
    before = _state(Library(root))

    def killed(self, entries):
        raise KeyboardInterrupt  # as a kill: no cleanup runs
    monkeypatch.setattr(library_module.Library, "_write_catalog", killed)
    with pytest.raises(KeyboardInterrupt):
        Library(root).add_extractions([small_article(2)])
    monkeypatch.undo()
    monkeypatch.setattr(library_module, "SEGMENT_SHARE", 1)
    # the article file is there, the catalog does not list it: the add never happened
    assert _state(Library(root)) == before
    again = Library(root)
    (result,) = again.add_extractions([small_article(2)])
    assert result.added and len(Library(root).articles()) == len(before[1]) + 1


# -- (2) failing system calls ------------------------------------------------------

class _FailAt:
    """Stands in for a system call; raises at its n-th call (0: never), counting calls."""

    def __init__(self, real, n: int, err: int):
        self.real, self.n, self.err, self.calls = real, n, err, 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        if self.calls == self.n:
            raise OSError(self.err, os.strerror(self.err))
        return self.real(*args, **kwargs)


FAULTS = [(os, "write"), (os, "fsync"), (os, "replace"), (tempfile, "mkstemp"), (os, "close")]


def _count_calls(monkeypatch, module, name, action) -> int:
    counter = _FailAt(getattr(module, name), 0, errno.EIO)
    monkeypatch.setattr(module, name, counter)
    try:
        action()
    finally:
        monkeypatch.undo()
    return counter.calls


def _add_note(lib):
    return lib.add_note(_first_statement(lib), "a new note")


def _edit_note(lib):
    return lib.update_note(lib.notes()[0].id, "changed words")


def _delete_note(lib):
    return lib.delete_note(lib.notes()[0].id)


def _add_article(lib):
    art = make_article(['Jake Sullivan said "the talks continue".'], path="third.txt")
    return lib.add_extractions([extraction(art, {"js": Speaker("js", "Jake Sullivan")},
                                           [("the talks continue", "js")])])


def _add_recent_article(lib, n: int = 7):
    # into catalog-recent.json, catalog.json left alone
    share = library_module.SEGMENT_SHARE
    library_module.SEGMENT_SHARE = 1
    try:
        return lib.add_extractions([small_article(n)])
    finally:
        library_module.SEGMENT_SHARE = share


def _restore(lib):
    return lib.restore()


def _link_by_hand(lib):
    a, b = (lib.statements(sp.key)[0].id for sp in lib.speakers()[:2])
    return lib.add_link(a, b, "contradicts", "by hand")


def _merge_speakers(lib):
    first, second = lib.speakers()[:2]
    return lib.merge_speakers(first.key, second.key)


@pytest.mark.parametrize("save", [_add_note, _edit_note, _delete_note, _add_article, _add_recent_article, _restore,
                                  _link_by_hand, _merge_speakers])
def test_a_failing_write_keeps_the_old_state(tmp_path, monkeypatch, save):
    base = tmp_path / "base"
    lib = _library(base)
    lib.add_note(_first_statement(lib), "kept one")
    lib.add_note(_first_statement(lib), "kept two")
    _add_recent_article(lib, 6)  # catalog-recent.json exists before the save
    raised = 0
    for module, name in FAULTS:
        # the calls one save makes, counted on a copy
        counting = Library(_fresh_copy(base, tmp_path / f"count-{name}"))
        calls = _count_calls(monkeypatch, module, name, lambda: save(counting))
        for err in (errno.ENOSPC, errno.EIO):
            for n in range(1, calls + 1):
                work = _fresh_copy(base, tmp_path / f"{name}-{err}-{n}")
                lib = Library(work)
                before_files = _snapshot(work)
                before = _state(lib)
                monkeypatch.setattr(module, name, _FailAt(getattr(module, name), n, err))
                try:
                    save(lib)
                    failed = None
                except LibraryWriteError as exc:
                    failed = exc
                finally:
                    monkeypatch.undo()
                assert not _temp_files(work)
                if failed is None:
                    # only a failing close() of a file already synced may go unnoticed
                    assert name == "close", f"{save.__name__}: {name} call {n} failed silently"
                    assert _state(Library(work)) == _state(lib) != before
                    continue
                raised += 1
                assert os.strerror(err) in str(failed)
                after = _snapshot(work)
                for key in ("user.json", "catalog.json", "catalog-recent.json"):
                    assert after.get(key) == before_files.get(key), f"{key} changed by a failed {save.__name__}"
                assert {k for k in after if k.startswith("articles")} == \
                    {k for k in before_files if k.startswith("articles")}
                assert _state(lib) == before and _state(Library(work)) == before
                save(lib)  # once the disk recovers the same object saves normally
                assert _state(Library(work)) == _state(lib) != before
    print(f"\nfaults: {raised} injected failures in {save.__name__}, each left the old state")
    assert raised >= 8


def _state(lib: Library):
    return ([(n.id, n.text, n.statement_id, n.attached) for n in lib.notes()],
            [a.id for a in lib.articles()], [(s.key, s.statements) for s in lib.speakers()],
            [(st.id, st.answered_by, st.answers) for sp in lib.speakers() for st in lib.statements(sp.key)])


def _fresh_copy(root: Path, target: Path) -> Path:
    for rel, data in _snapshot(root).items():
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        (target / rel).write_bytes(data)
    return target


def test_a_backup_that_cannot_be_made_does_not_block_the_note(tmp_path, monkeypatch):
    lib = _library(tmp_path)
    lib.add_note(_first_statement(lib), "first")
    monkeypatch.setattr(os, "link", _FailAt(os.link, 1, errno.EPERM))
    lib.add_note(_first_statement(lib), "second")
    monkeypatch.undo()
    assert [n.text for n in Library(tmp_path).notes()] == ["first", "second"]
    assert len(lib.backups()) == 1  # copied instead of linked


# -- (3) several writers at once -----------------------------------------------------

def _run_together(workers) -> list[str]:
    """Start every worker in its own process at the same moment; their output, in order."""
    go_r, go_w = os.pipe()
    procs = []
    for work in workers:
        def wait_then(fd, work=work):
            os.close(go_w)
            os.read(go_r, 1)
            work(fd)
        procs.append(_fork(wait_then))
    os.close(go_r)
    os.close(go_w)  # everyone's read returns: start
    out = []
    for pid, fd in procs:
        out.append(_read_all(fd))
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
    return out


def test_four_writers_lose_nothing(tmp_path):
    root = tmp_path / "lib"
    lib = _library(root)
    sids = [s.id for sp in lib.speakers() for s in lib.statements(sp.key)]

    def writer(k):
        def work(fd):
            mine = Library(root)
            for i in range(100):
                note = mine.add_note(sids[(k + i) % len(sids)], f"writer {k} note {i}")
                os.write(fd, f"{note.id}\n".encode())
        return work

    started = time.perf_counter()
    outputs = _run_together([writer(k) for k in range(4)])
    acked = [i for out in outputs for i in out.split()]
    notes = Library(root).notes()
    assert len(acked) == 400 and len(notes) == 400
    assert {n.id for n in notes} == set(acked)
    assert lib.refresh() and len(lib.notes()) == 400   # the parent sees them all
    print(f"\nconcurrency: 4 processes x 100 notes -> {len(notes)} in {time.perf_counter() - started:.1f}s")


def test_articles_and_notes_added_at_once_all_arrive(tmp_path):
    root = tmp_path / "lib"
    lib = _library(root)
    sid = _first_statement(lib)

    def adder(k):
        def work(fd):
            mine = Library(root)
            for i in range(10):
                art = make_article([f'Speaker {k} said "statement number {i} from {k}".'])
                mine.add_extractions([extraction(art, {"s": Speaker("s", f"Person Number{k}")},
                                                 [(f"statement number {i} from {k}", "s")])])
        return work

    def noter(fd):
        mine = Library(root)
        for i in range(50):
            mine.add_note(sid, f"note {i}")

    _run_together([adder(0), adder(1), noter, noter])
    again = Library(root)
    assert len(again.articles()) == 2 + 20
    assert len(again.notes()) == 100
    assert lib.refresh() and len(lib.articles()) == 22


# -- (4) damaged files ----------------------------------------------------------------

def _damages(raw: bytes):
    yield "emptied", b""
    for cut in (1, len(raw) // 3, len(raw) // 2, len(raw) - 2, len(raw) - 1):
        yield f"truncated at {cut}", raw[:cut]
    yield "garbage tail", raw + b"\x00\x17garbage{}"
    yield "zeros tail", raw + b"\x00" * 4096
    yield "zeroed block", raw[:10] + b"\x00" * 64 + raw[74:]


def _bit_flips(raw: bytes, every: int = 1):
    rng = random.Random(len(raw))
    for at in range(0, len(raw), every):
        flipped = bytearray(raw)
        flipped[at] ^= 1 << rng.randrange(8)
        yield f"bit flip at {at}", bytes(flipped)


@pytest.fixture
def damaged_library(tmp_path):
    root = tmp_path / "lib"
    lib = _library(root)
    lib.add_note(_first_statement(lib), "a note I wrote in March")
    lib.add_note(_first_statement(lib), "another note")
    _add_recent_article(lib, 6)
    return root


@pytest.mark.parametrize("name", ["user.json", "catalog.json", "catalog-recent.json"])
def test_damaged_file_is_reported_and_left_untouched(damaged_library, name):
    root = damaged_library
    path = root / name
    good = path.read_bytes()
    cases = list(_damages(good)) + list(_bit_flips(good, 1 if name == "user.json" else 5))
    for what, bad in cases:
        path.write_bytes(bad)
        before = _snapshot(root)
        with pytest.raises(LibraryDamaged) as caught:
            Library(root)
        assert str(path) in str(caught.value), what
        if name == "user.json":
            assert "backup" in str(caught.value)
        assert _snapshot(root) == before, f"{what}: the library changed"
    path.write_bytes(good)
    print(f"\ndamage: {len(cases)} damaged versions of {name} caught")


def test_a_writer_open_before_the_damage_does_not_overwrite_it(damaged_library):
    lib = Library(damaged_library)
    user = damaged_library / "user.json"
    bad = user.read_bytes()[:-30]
    user.write_bytes(bad)
    with pytest.raises(LibraryDamaged):
        lib.add_note(_first_statement(lib), "would overwrite")
    assert user.read_bytes() == bad


def test_read_only_opens_with_a_damaged_user_file(damaged_library):
    user = damaged_library / "user.json"
    user.write_bytes(user.read_bytes()[:40])
    lib = Library(damaged_library, read_only=True)
    assert len(lib.articles()) == 3 and lib.speakers()
    assert lib.notes() == []
    assert any(str(user) in p for p in lib.problems)


def test_read_only_rebuilds_the_index_from_articles_when_the_catalog_is_damaged(damaged_library):
    catalog = damaged_library / "catalog.json"
    bad = catalog.read_bytes()[:-100]
    catalog.write_bytes(bad)
    lib = Library(damaged_library, read_only=True)
    assert len(lib.articles()) == 3
    assert [n.text for n in lib.notes()] == ["a note I wrote in March", "another note"]
    assert all(n.attached for n in lib.notes())
    assert catalog.read_bytes() == bad


def test_read_only_opens_with_a_damaged_recent_file(damaged_library):
    recent = damaged_library / "catalog-recent.json"
    bad = recent.read_bytes()[:-10]
    recent.write_bytes(bad)
    lib = Library(damaged_library, read_only=True)
    assert len(lib.articles()) == 3 and len(lib.notes()) == 2
    assert any(str(recent) in p for p in lib.problems)
    assert recent.read_bytes() == bad


def test_a_writer_that_saw_the_recent_file_whole_does_not_overwrite_it_damaged(damaged_library):
    lib = Library(damaged_library)
    recent = damaged_library / "catalog-recent.json"
    bad = recent.read_bytes()[:-10]
    recent.write_bytes(bad)
    with pytest.raises(LibraryDamaged, match="catalog-recent.json"):
        _add_recent_article(lib)
    assert recent.read_bytes() == bad


def test_damaged_article_file_is_named_when_shown(damaged_library):
    lib = Library(damaged_library)
    st = lib.statements(lib.speakers()[0].key)[0]
    path = damaged_library / "articles" / f"{st.article_id}.json"
    raw = path.read_bytes()
    for what, bad in list(_damages(raw)) + list(_bit_flips(raw, 97)):
        path.write_bytes(bad)
        again = Library(damaged_library)      # the catalog is enough to browse
        assert again.speakers()
        with pytest.raises(LibraryDamaged) as caught:
            again.detail(st.id)
        assert str(path) in str(caught.value), what
        assert path.read_bytes() == bad


def test_hand_edited_files_are_read(damaged_library):
    """A user who fixes user.json by hand (plain JSON, no checksum) is not locked out."""
    user = damaged_library / "user.json"
    raw = user.read_bytes()
    body = raw[raw.index(b'"tables":') + 9:-2]
    user.write_bytes(body)
    assert len(Library(damaged_library).notes()) == 2


def test_encode_is_what_is_on_disk(damaged_library):
    lib = Library(damaged_library)
    assert (damaged_library / "user.json").read_bytes() == encode(lib._user.read())


@pytest.mark.parametrize("read_only", [False, True], ids=["writer", "reader"])
def test_articles_listed_only_in_a_deleted_recent_file_come_back_from_their_files(damaged_library, read_only):
    before = {a.id for a in Library(damaged_library).articles()}
    recent = damaged_library / "catalog-recent.json"
    from store.storage import AtomicJSONStorage
    listed = {e["id"] for e in AtomicJSONStorage(recent, read_only=True, hold_open=False).read()["articles"].values()}
    assert listed and listed <= before  # the recent add is listed there alone
    recent.unlink()
    lib = Library(damaged_library, read_only=read_only)
    assert {a.id for a in lib.articles()} == before
    # a writer lists them again; a reader leaves the folder as it is
    assert recent.exists() != read_only
    if not read_only:
        assert {a.id for a in Library(damaged_library).articles()} == before
