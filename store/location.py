"""Where the library lives: --library, then $COUNTERPOINT_LIBRARY, then the user's data folder."""
from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "COUNTERPOINT_LIBRARY"


def library_dir(option: str | None = None) -> Path:
    if option:
        return Path(option).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("counterpoint", appauthor=False))
