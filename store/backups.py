"""Rolling backups of the user's file (notes, corrections).

Before every change to `user.json` the version about to be replaced is kept
as `backups/user-<time>.json`. `user.json` is only ever replaced, never
edited in place, so a hard link to it is a frozen copy that costs no I/O;
where links are not supported the bytes are copied. The newest `KEEP` stay.
"""
from __future__ import annotations

import os
import time
from datetime import datetime, timezone
from pathlib import Path

from .errors import LibraryDamaged, LibraryWriteError, NotFound
from .storage import atomic_write, decode

KEEP = 10
PREFIX = "user-"


def backup_folder(root: Path) -> Path:
    return root / "backups"


def list_backups(root: Path) -> list[Path]:
    """Backups of user.json, newest first."""
    folder = backup_folder(root)
    try:
        names = [n for n in os.listdir(folder) if n.startswith(PREFIX) and n.endswith(".json")]
    except FileNotFoundError:
        return []
    return [folder / n for n in sorted(names, reverse=True)]


def newest_backup(root: Path) -> Path | None:
    found = list_backups(root)
    return found[0] if found else None


def keep_copy(root: Path, current: Path, raw: bytes | None) -> Path | None:
    """Keep the current user.json (whose bytes are `raw`) as the newest backup."""
    if not current.exists():
        return None
    folder = backup_folder(root)
    folder.mkdir(exist_ok=True)
    newest = newest_backup(root)
    if newest is not None and _same_file(newest, current):
        return newest
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    target = folder / f"{PREFIX}{stamp}.json"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{PREFIX}{stamp}-{n:03d}.json"
    try:
        os.link(current, target)
    except OSError:
        try:
            atomic_write(target, raw if raw is not None else current.read_bytes())
        except (OSError, LibraryWriteError):
            return None  # a backup that cannot be made must not stop the user's change
    for old in list_backups(root)[KEEP:]:
        try:
            os.unlink(old)
        except OSError:
            pass
    return target


def check_backup(path: Path) -> bytes:
    """The bytes of a readable backup; LibraryDamaged if it is not one."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise NotFound(f"backup {path}") from None
    except OSError as exc:
        raise LibraryDamaged(str(path), None, f"cannot be read ({exc.strerror})") from exc
    decode(raw, path)
    return raw


def restore_backup(root: str | Path, backup: Path | None = None) -> Path:
    """Put `backup` (default: the newest readable one) back as user.json.

    Works on a library that cannot be opened because user.json is damaged;
    the damaged file is kept beside it as `user.json.damaged-<time>`.
    Returns the backup used. The caller holds the library's write lock.
    """
    root = Path(root)
    current = root / "user.json"
    if backup is None:
        candidates = list_backups(root)
        if not candidates:
            raise NotFound(f"backup of {current}")
        try:
            now_raw = current.read_bytes()
        except OSError:
            now_raw = None
        raw = None
        for candidate in candidates:
            try:
                found = check_backup(candidate)
            except LibraryDamaged:
                continue
            if found != now_raw:  # a copy of what is there already restores nothing
                raw, backup = found, candidate
                break
        if raw is None:
            raise NotFound(f"readable backup of {current} that differs from it")
    else:
        backup = Path(backup)
        raw = check_backup(backup)
    if current.exists():
        try:
            now_raw = current.read_bytes()
            decode(now_raw, current)
            keep_copy(root, current, now_raw)
        except LibraryDamaged:
            aside = current.with_name(f"user.json.damaged-{int(time.time())}")
            os.link(current, aside)
    atomic_write(current, raw, None if not current.exists() else current.read_bytes())
    return backup


def _same_file(a: Path, b: Path) -> bool:
    try:
        sa, sb = os.stat(a), os.stat(b)
        if (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino):
            return True
        return sa.st_size == sb.st_size and a.read_bytes() == b.read_bytes()
    except OSError:
        return False
