"""The writers' lock: one writer at a time across processes (and threads).

`fcntl.flock` on `<library>/.lock`. The lock belongs to the open file, so two
Library objects in one process exclude each other as two processes do, and
the kernel drops it when a process dies — a killed writer never leaves the
library locked.
"""
from __future__ import annotations

import fcntl
import os
import threading
import time
from pathlib import Path

from .errors import LibraryBusy, LibraryWriteError

WAIT_SECONDS = 15.0


class WriteLock:
    def __init__(self, path: Path, library_root: Path, timeout: float = WAIT_SECONDS):
        self.path = path
        self.library_root = library_root
        self.timeout = timeout
        self._thread_lock = threading.RLock()
        self._depth = 0
        self._fd: int | None = None

    def __enter__(self) -> "WriteLock":
        self._thread_lock.acquire()
        if self._depth == 0:
            try:
                self._fd = self._take()
            except BaseException:
                self._thread_lock.release()
                raise
        self._depth += 1
        return self

    def __exit__(self, *exc) -> None:
        self._depth -= 1
        if self._depth == 0 and self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                # closing drops the lock even if unlocking fails; neither can hurt the data
                fcntl.flock(fd, fcntl.LOCK_UN)
            except OSError:
                pass
            _close_quietly(fd)
        self._thread_lock.release()

    def _take(self) -> int:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise LibraryWriteError(str(self.path), exc.strerror or str(exc)) from exc
        deadline = time.monotonic() + self.timeout
        delay = 0.001
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return fd
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    _close_quietly(fd)
                    raise LibraryBusy(str(self.library_root)) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.05)
            except OSError as exc:
                _close_quietly(fd)
                raise LibraryWriteError(str(self.path), exc.strerror or str(exc)) from exc


def _close_quietly(fd: int) -> None:
    try:
        os.close(fd)
    except OSError:
        pass
