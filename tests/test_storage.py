"""The storage class: atomic writes, checked reads, cache by file identity."""
from __future__ import annotations

import os

import pytest
from tinydb import TinyDB

from store.errors import LibraryDamaged, LibraryWriteError
from store.storage import AtomicJSONStorage, atomic_write, decode, encode


def test_missing_file_reads_as_empty(tmp_path):
    assert AtomicJSONStorage(tmp_path / "x.json").read() is None


def test_round_trip_through_tinydb(tmp_path):
    path = tmp_path / "db.json"
    db = TinyDB(path, storage=AtomicJSONStorage)
    db.table("notes").insert({"text": "café ☕ \udcff odd"})
    again = TinyDB(path, storage=AtomicJSONStorage)
    assert again.table("notes").all() == [{"text": "café ☕ \udcff odd"}]


def test_write_leaves_no_temp_files(tmp_path):
    s = AtomicJSONStorage(tmp_path / "db.json")
    for i in range(5):
        s.write({"t": {"1": {"n": i}}})
    assert sorted(os.listdir(tmp_path)) == ["db.json"]


@pytest.mark.parametrize("damage", ["empty", "truncated", "bitflip", "garbage-tail", "not-json", "a-list"])
def test_damaged_file_raises_and_is_left_alone(tmp_path, damage):
    path = tmp_path / "user.json"
    raw = encode({"notes": {"1": {"text": "a note the user cares about"}}})
    bad = {
        "empty": b"",
        "truncated": raw[: len(raw) // 2],
        "bitflip": raw.replace(b"cares", b"cbres"),
        "garbage-tail": raw + b"\x00\x00garbage",
        "not-json": b"\x89PNG\r\n",
        "a-list": b"[1, 2]",
    }[damage]
    path.write_bytes(bad)
    with pytest.raises(LibraryDamaged) as err:
        AtomicJSONStorage(path).read()
    assert str(path) in str(err.value)
    assert path.read_bytes() == bad


def test_hand_written_plain_json_is_read(tmp_path):
    path = tmp_path / "user.json"
    path.write_text('{"notes": {}}')
    assert AtomicJSONStorage(path).read() == {"notes": {}}


def test_cache_sees_a_replacement_by_another_writer(tmp_path):
    path = tmp_path / "db.json"
    mine, theirs = AtomicJSONStorage(path), AtomicJSONStorage(path)
    mine.write({"t": {"1": {"n": 1}}})
    assert mine.read() == {"t": {"1": {"n": 1}}}
    assert not mine.changed()
    # same size, written within the same clock tick: only the file identity differs
    theirs.write({"t": {"1": {"n": 2}}})
    assert mine.changed()
    assert mine.read() == {"t": {"1": {"n": 2}}}


def test_failed_write_keeps_old_file_and_removes_temp(tmp_path, monkeypatch):
    path = tmp_path / "db.json"
    s = AtomicJSONStorage(path)
    s.write({"t": {"1": {"n": 1}}})
    before = path.read_bytes()

    def full(fd, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(LibraryWriteError, match="No space left"):
        s.write({"t": {"1": {"n": 2}}})
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["db.json"]
    assert AtomicJSONStorage(path).read() == {"t": {"1": {"n": 1}}}


def test_read_only_storage_refuses_to_write(tmp_path):
    with pytest.raises(LibraryWriteError):
        AtomicJSONStorage(tmp_path / "x.json", read_only=True).write({})
    assert not (tmp_path / "x.json").exists()


def test_encode_decode(tmp_path):
    data = {"a": {"1": {"x": [1, 2, "three"]}}}
    assert decode(encode(data), "x") == data


def test_atomic_write_creates_file(tmp_path):
    atomic_write(tmp_path / "a.json", b"{}")
    assert (tmp_path / "a.json").read_bytes() == b"{}"
