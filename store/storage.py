"""One JSON file on disk, written atomically and checked when read.

`AtomicJSONStorage` is a `tinydb.Storage`: TinyDB keeps its documents in it,
and the library writes its per-article files through it directly.

A file is `{"crc32":"<8 hex>","tables":<body>}` where the checksum covers the
exact bytes of <body>, so a truncated, bit-flipped or extended file is caught
even when it still parses. Plain JSON objects without the envelope (written
by hand) are read as they are.

Writes go to a temp file in the same folder, are flushed and fsynced, replace
the old file with `os.replace`, and the folder is fsynced. Any failure leaves
the old file as it was and raises `LibraryWriteError`.
"""
from __future__ import annotations

import json
import os
import tempfile
import zlib
from pathlib import Path

from tinydb.storages import Storage

from .errors import LibraryDamaged, LibraryWriteError

_HEAD = b'{"crc32":"'
_MID = b'","tables":'
_HEAD_LEN = len(_HEAD) + 8 + len(_MID)


def encode(data: dict) -> bytes:
    """The bytes of a checked file holding `data`."""
    # ASCII output: text with lone surrogates (odd encodings) still round-trips
    body = json.dumps(data, ensure_ascii=True, separators=(",", ":")).encode("ascii")
    crc = b"%08x" % zlib.crc32(body)
    return b"".join((_HEAD, crc, _MID, body, b"}\n"))


def decode(raw: bytes, path: str | Path, backup: str | None = None) -> dict:
    """The data in a checked file; LibraryDamaged when it is not exactly what was written."""
    def damaged(why: str) -> LibraryDamaged:
        return LibraryDamaged(str(path), backup, why)

    if not raw.strip():
        raise damaged("is empty (it was probably cut short while being written)")
    if raw.startswith(_HEAD):
        crc = raw[len(_HEAD):len(_HEAD) + 8]
        if raw[len(_HEAD) + 8:_HEAD_LEN] != _MID or not raw.endswith(b"}\n"):
            raise damaged("is cut short or has extra bytes at its end")
        body = raw[_HEAD_LEN:-2]
        if b"%08x" % zlib.crc32(body) != crc:
            raise damaged("does not match its checksum (it is damaged or was cut short)")
    elif b'"tables":' in raw[:_HEAD_LEN + 4] or b'"crc32"' in raw[:16]:
        # our envelope with its first bytes changed: not a hand-written file
        raise damaged("has a damaged header")
    else:
        body = raw
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise damaged("is not valid JSON (it is damaged or was cut short)") from None
    if not isinstance(data, dict):
        raise damaged("does not hold a library object")
    return data


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, raw: bytes, previous: bytes | None = None) -> None:
    """Replace `path` with `raw`, durably, or raise LibraryWriteError leaving it as it was.

    `previous` is the file's current content (None if it does not exist); it is
    put back if the folder cannot be synced after the replace.
    """
    folder = path.parent
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise LibraryWriteError(str(path), _why(exc)) from exc
    try:
        try:
            view = memoryview(raw)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise LibraryWriteError(str(path), _why(exc)) from exc
    try:
        fsync_folder(folder)
    except OSError as exc:
        # the new file is visible but maybe not durable: put the old one back
        # so what the caller is told ("nothing was changed") stays true
        _put_back(path, previous)
        raise LibraryWriteError(str(path), _why(exc)) from exc


def _put_back(path: Path, previous: bytes | None) -> None:
    try:
        if previous is None:
            os.unlink(path)
        else:
            atomic_write(path, previous)
    except (OSError, LibraryWriteError):
        pass


class AtomicJSONStorage(Storage):
    """A TinyDB storage on one checked JSON file, cached until the file changes.

    The cache is keyed by the file's identity. We keep the file we read open,
    so its inode cannot be reused by a later replacement: a different inode
    (or size or mtime) always means another writer replaced it.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False, backup_hint=None, hold_open: bool = True):
        self.path = Path(path)
        self.read_only = read_only
        # files written once (an article's) need not pin their inode: saves a descriptor each
        self._hold_open = hold_open
        # a callable giving the newest backup's path, for the damage message
        self._backup_hint = backup_hint
        self._held: int | None = None
        self._signature: tuple | None = None
        self._data: dict | None = None
        self._raw: bytes | None = None

    # -- reading -----------------------------------------------------------
    @property
    def signature(self) -> tuple | None:
        """The identity of the content last read or written (None: no file)."""
        return self._signature

    def current_signature(self) -> tuple | None:
        try:
            return _signature(os.stat(self.path))
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise LibraryDamaged(str(self.path), self._backup(), f"cannot be read ({_why(exc)})") from exc

    def changed(self) -> bool:
        """True when the file on disk is not the one last read (cheap: one stat)."""
        return self.current_signature() != self._signature or (self._signature is not None and self._data is None)

    def read(self) -> dict | None:
        sig = self.current_signature()
        if sig is None:
            self._forget()
            return None
        if sig == self._signature and self._data is not None:
            return self._data
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            self._forget()
            return None
        except OSError as exc:
            raise LibraryDamaged(str(self.path), self._backup(), f"cannot be read ({_why(exc)})") from exc
        try:
            sig = _signature(os.fstat(fd))
            chunks = []
            while chunk := os.read(fd, 1 << 20):
                chunks.append(chunk)
            raw = b"".join(chunks)
        except OSError as exc:
            _close_quietly(fd)
            raise LibraryDamaged(str(self.path), self._backup(), f"cannot be read ({_why(exc)})") from exc
        try:
            data = decode(raw, self.path, self._backup())
        except LibraryDamaged:
            _close_quietly(fd)
            raise
        self._forget()
        if not self._hold_open:
            _close_quietly(fd)
            fd = None
        self._held, self._signature, self._data, self._raw = fd, sig, data, raw
        return data

    def raw(self) -> bytes | None:
        """The exact bytes last read or written (for backups)."""
        return self._raw

    # -- writing -----------------------------------------------------------
    def write(self, data: dict) -> None:
        if self.read_only:
            raise LibraryWriteError(str(self.path), "the library was opened read-only")
        raw = encode(data)
        current = self.current_signature()
        if current is None:
            previous = None
        elif current == self._signature and self._raw is not None:
            previous = self._raw
        else:
            try:
                previous = self.path.read_bytes()
            except OSError as exc:
                raise LibraryWriteError(str(self.path), _why(exc)) from exc
        try:
            atomic_write(self.path, raw, previous)
        except LibraryWriteError:
            # TinyDB changed the cached dict in place before writing it: drop it
            self._forget()
            raise
        self._forget()
        try:
            fd = os.open(self.path, os.O_RDONLY)
            self._held, self._signature = fd, _signature(os.fstat(fd))
            self._data, self._raw = data, raw
            if not self._hold_open:
                _close_quietly(fd)
                self._held = None
        except OSError:
            pass

    def close(self) -> None:
        self._forget()

    def _forget(self) -> None:
        if self._held is not None:
            _close_quietly(self._held)
        self._held = self._signature = self._data = self._raw = None

    def _backup(self) -> str | None:
        if self._backup_hint is None:
            return None
        found = self._backup_hint()
        return str(found) if found else None

    def __del__(self):
        self._forget()


def _close_quietly(fd: int) -> None:
    """Closing a file only read from cannot lose data; its failure is not the user's problem."""
    try:
        os.close(fd)
    except OSError:
        pass


def _signature(st: os.stat_result) -> tuple:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
