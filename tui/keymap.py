"""The user's own keys: a TOML file of binding ids and the keys they should have.

    # ~/.config/counterpoint/keymap.toml (see `counterpoint keys` for every id)
    [keys]
    "main.search" = "ctrl+f"
    "list.down" = "j,ctrl+n"

Read before the app starts, so a mistake in the file is one sentence and a
non-zero exit, never a half-working app. Textual is not imported here.
"""
from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path

from store.errors import CounterpointError

ENV_VAR = "COUNTERPOINT_KEYMAP"
# a key as Textual names it: "j", "G", "ctrl+f", "question_mark", "f5"; several with commas
_KEYS = re.compile(r"[\w+\-]+(?:,[\w+\-]+)*")


class BadKeymap(CounterpointError):
    def __init__(self, path: Path, why: str):
        super().__init__(f"The keymap {path} {why}; fix it or move it aside to use the usual keys.")


def keymap_path() -> Path:
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("counterpoint", appauthor=False)) / "keymap.toml"


def load_keymap(path: Path, known_ids: set[str]) -> dict[str, str]:
    """Binding id -> keys, from the file at `path`; {} when there is no such file."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise BadKeymap(path, f"cannot be read ({exc.strerror or exc})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadKeymap(path, "is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise BadKeymap(path, f"is not valid TOML ({exc})") from None
    keys = data.get("keys", {})
    if not isinstance(keys, dict) or set(data) - {"keys"}:
        raise BadKeymap(path, "should hold one table, [keys], of binding ids and keys")
    keymap: dict[str, str] = {}
    for binding_id, value in keys.items():
        if binding_id not in known_ids:
            raise BadKeymap(path, f"names {binding_id!r}, which is no key of counterpoint "
                                  "(`counterpoint keys` lists them)")
        if not isinstance(value, str) or not _KEYS.fullmatch(value.replace(" ", "")):
            raise BadKeymap(path, f"gives {binding_id!r} {value!r}, which is not a key such as "
                                  "\"ctrl+f\" or \"j,down\"")
        keymap[binding_id] = value.replace(" ", "")
    return keymap
