"""Errors a user can cause. Each message is one sentence naming the file and what to do."""
from __future__ import annotations


class CounterpointError(Exception):
    """Base of every error the CLI and the app report as one sentence, exit code 1."""

    exit_code = 1


class BadInput(CounterpointError):
    """An input file that cannot be read as an article."""

    def __init__(self, path: str, why: str):
        self.path = path
        super().__init__(f"{path}: {why}")


class LibraryDamaged(CounterpointError):
    """A library file that cannot be read; it is left exactly as it is."""

    def __init__(self, path: str, backup: str | None = None, why: str = "is not readable"):
        self.path = path
        self.backup = backup
        if backup:
            hint = f"restore it with `counterpoint restore` (backup: {backup})"
        else:
            hint = ("it has been left untouched: `counterpoint --read-only` still opens the library, "
                    "and moving the file aside starts it afresh")
        super().__init__(f"The library file {path} {why}; {hint}.")


class LibraryWriteError(CounterpointError):
    """A write that failed (full disk, permissions, I/O); the previous state is intact."""

    def __init__(self, path: str, why: str):
        self.path = path
        super().__init__(f"Could not save {path} ({why}); nothing was changed — free some space or fix the folder's permissions and try again.")


class LibraryBusy(CounterpointError):
    def __init__(self, path: str):
        self.path = path
        super().__init__(f"The library at {path} is locked by another counterpoint for too long; close the other copy and try again.")


# where a person finds the ids of each kind of thing
_WHERE = {"note": "`counterpoint note list`", "statement": "`counterpoint list SPEAKER`",
          "link": "the app's detail pane", "speaker": "`counterpoint list`", "article": "`counterpoint list --articles`",
          "backup": "`counterpoint restore --list`", "correction": "`counterpoint corrections`", "readable": "`counterpoint restore --list`"}


class NotFound(CounterpointError):
    def __init__(self, what: str):
        where = _WHERE.get(what.split()[0], "the app")
        super().__init__(f"No {what} in the library; {where} shows what there is.")
