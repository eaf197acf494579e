"""The sample article that ships with counterpoint, so a first run shows something real."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

SAMPLE_NAME = "blinken-netanyahu.txt"


def sample_article_path() -> Path:
    """The installed copy (inside the package) or, in a source checkout, sample_data/."""
    installed = resources.files("store").joinpath("sample_data", SAMPLE_NAME)
    if installed.is_file():
        return Path(str(installed))
    checkout = Path(__file__).resolve().parent.parent / "sample_data" / SAMPLE_NAME
    return checkout
