"""The `counterpoint` command. Textual is imported only when the app opens."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from store.errors import BadInput, CounterpointError
from store.quoting import one_line

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _library_option(p: argparse.ArgumentParser, default=None) -> None:
    p.add_argument("--library", metavar="DIR", default=default,
                   help="the library folder (default: $COUNTERPOINT_LIBRARY or the user's data folder)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="counterpoint",
        description="Read contested news: statements by speaker, who answered them, "
                    "their context, and your notes. With no command, opens the app.")
    _library_option(parser)
    parser.add_argument("--read-only", action="store_true", help="open the app without writing anything")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # sub-commands accept --library too; SUPPRESS keeps a value given before the command
    lib = argparse.SUPPRESS

    p = sub.add_parser("extract", help="print statements, speakers and links of articles (no library involved)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files (.txt, .md, .html), or - for stdin")
    p.add_argument("--format", choices=("jsonl", "json", "table"), default="table")

    p = sub.add_parser("add", help="add articles (files, folders, - for stdin) to the library")
    p.add_argument("paths", nargs="+", metavar="PATH")
    _library_option(p, lib)

    p = sub.add_parser("open", help="open the app (the default)")
    _library_option(p, lib)

    p = sub.add_parser("keys", help="list the app's keys and their ids, for a keymap of your own")

    p = sub.add_parser("list", help="list the library's speakers, or one speaker's statements")
    p.add_argument("speaker", nargs="?", help="a speaker's key or name")
    p.add_argument("--articles", action="store_true", help="list the articles instead, newest first")
    p.add_argument("--article", metavar="ID", help="one article's statements in the article's order")
    _library_option(p, lib)

    p = sub.add_parser("note", help="add or list notes")
    notes = p.add_subparsers(dest="note_command", metavar="ACTION", required=True)
    q = notes.add_parser("add", help="add a note to a statement; prints the note's id once it is saved")
    q.add_argument("statement_id", metavar="ID")
    q.add_argument("text", nargs="+", help="the note (use - to read it from stdin)")
    _library_option(q, lib)
    q = notes.add_parser("list", help="list notes, one per line, with their text")
    q.add_argument("statement_id", nargs="?", metavar="ID")
    _library_option(q, lib)

    p = sub.add_parser("link", help="say by hand that one statement answers another, or take a link away")
    links = p.add_subparsers(dest="link_command", metavar="ACTION", required=True)
    q = links.add_parser("add", help="FROM answers TO (ids from `counterpoint list SPEAKER`)")
    q.add_argument("source", metavar="FROM")
    q.add_argument("target", metavar="TO")
    q.add_argument("--kind", choices=("rebuts", "contradicts"), default="rebuts")
    q.add_argument("--reason", default="", help="why, in your words (shown with the link)")
    _library_option(q, lib)
    q = links.add_parser("remove", help="take away the link from FROM to TO, for good (found or made by hand)")
    q.add_argument("source", metavar="FROM")
    q.add_argument("target", metavar="TO")
    _library_option(q, lib)

    p = sub.add_parser("speaker", help="rename a speaker, or say that two speakers are one")
    speakers = p.add_subparsers(dest="speaker_command", metavar="ACTION", required=True)
    q = speakers.add_parser("rename", help="show the speaker KEY as NAME")
    q.add_argument("key", metavar="KEY")
    q.add_argument("name", nargs="+", metavar="NAME")
    _library_option(q, lib)
    q = speakers.add_parser("merge", help="KEY and INTO are one person")
    q.add_argument("key", metavar="KEY")
    q.add_argument("into", metavar="INTO")
    _library_option(q, lib)

    p = sub.add_parser("corrections", help="list the corrections made by hand, or take one back")
    p.add_argument("undo", nargs="?", choices=("undo",), help="take back the correction ID")
    p.add_argument("correction", nargs="?", metavar="ID")
    _library_option(p, lib)

    p = sub.add_parser("export", help="export the library as Markdown, JSON, CSV or Argdown")
    p.add_argument("--format", choices=("markdown", "json", "csv", "argdown"), default="markdown")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    _library_option(p, lib)

    p = sub.add_parser("restore", help="bring back notes from a backup (the newest by default)")
    p.add_argument("backup", nargs="?", help="a backup file, as `counterpoint restore --list` shows")
    p.add_argument("--list", action="store_true", help="list the backups and exit")
    _library_option(p, lib)
    return parser


# ── extract ──────────────────────────────────────────────────────────────

def cmd_extract(args) -> int:
    import gc

    # loading the extractor builds many thousands of objects that live as long as the command
    # (compiled patterns, word lists): looking for garbage among them while they load is time
    # spent for nothing
    collecting = gc.isenabled()
    gc.disable()
    try:
        from store.extract import extract
        from store.extract.contract import to_contract
    finally:
        if collecting:
            gc.enable()

    failed = 0
    results = []
    for path in args.paths:
        try:
            article = _read_input(path)
        except CounterpointError as exc:
            print(f"counterpoint: {exc}", file=sys.stderr)
            failed += 1
            continue
        # none of the formats prints context, so it is not computed
        ex = extract(article, with_context=False)
        if args.format == "jsonl":
            sys.stdout.write(json.dumps(to_contract(ex, path), ensure_ascii=False) + "\n")
        elif args.format == "json":
            results.append(to_contract(ex, path))
        else:
            _print_extraction(ex, path)
    if args.format == "json":
        json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return 1 if failed else 0


def _read_input(path: str):
    from store.extract.reader import read_bytes, read_path

    if path == "-":
        return read_bytes(sys.stdin.buffer.read(), "<stdin>")
    return read_path(path)


def _print_extraction(ex, path: str) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{ex.article.title}  ({path})", expand=True)
    table.add_column("speaker", style="bold", ratio=1)
    table.add_column("kind", width=8)
    table.add_column("statement", ratio=4)
    for st in ex.statements:
        table.add_row(ex.speakers[st.speaker].name, st.kind, st.text)
    console = Console()
    console.print(table)
    by_id = {st.id: st for st in ex.statements}
    for ln in ex.links:
        a, b = by_id[ln.source], by_id[ln.target]
        console.print(f"[bold]{ex.speakers[a.speaker].name}[/] {ln.kind} "
                      f"[bold]{ex.speakers[b.speaker].name}[/]: {ln.reason}", highlight=False)


# ── library commands ─────────────────────────────────────────────────────

def open_library(args, read_only: bool = False):
    from store.library import Library
    from store.location import library_dir

    return Library(library_dir(getattr(args, "library", None)), read_only=read_only)


def article_files(paths: list[str]) -> tuple[list[str], list[str]]:
    """Expand folders into their article files; returns (files, problems)."""
    files, problems = [], []
    for raw in paths:
        if raw == "-":
            files.append(raw)
            continue
        p = Path(raw)
        if p.is_dir():
            found = sorted(str(f) for f in p.rglob("*")
                           if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                problems.append(f"{raw}: holds no .txt, .md or .html files")
            files.extend(found)
        elif p.exists():
            files.append(raw)
        else:
            problems.append(f"{raw}: does not exist; check the path")
    return files, problems


def cmd_add(args) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from store.extract.reader import read_bytes

    console = Console(stderr=True)
    files, problems = article_files(args.paths)
    library = open_library(args)
    added = same = 0
    show_bar = len(files) > 3 and console.is_terminal
    with Progress(TextColumn("adding"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=console, disable=not show_bar, transient=True) as bar:
        task = bar.add_task("add", total=len(files))
        for path in files:
            try:
                if path == "-":
                    result = library.add_article(read_bytes(sys.stdin.buffer.read(), "<stdin>"))
                else:
                    result = library.add_path(path)
            except BadInput as exc:
                problems.append(str(exc))
            else:
                if result.added:
                    added += 1
                    if not show_bar:
                        print(f"added {path}: {result.title} ({result.statements} statements)")
                else:
                    same += 1
                    if not show_bar:
                        print(f"already in the library: {path}")
            bar.advance(task)
    for problem in problems:
        print(f"counterpoint: {problem}", file=sys.stderr)
    if show_bar or len(files) > 1:
        print(f"{added} added, {same} already there, {len(problems)} could not be read")
    return 1 if problems else 0


def cmd_open(args) -> int:
    from store.sample import sample_article_path

    # a mistake in the keymap stops here, before the library is touched
    keymap = _user_keymap()
    library = open_library(args, read_only=getattr(args, "read_only", False))
    first_run = False
    if library.is_empty() and not library.read_only:
        library.add_path(sample_article_path())
        first_run = True
    from tui.app import CounterpointApp

    app = CounterpointApp(library, keymap=keymap)
    for problem in library.problems:
        app.call_later(app.notify, problem, severity="warning", timeout=15)
    if first_run:
        app.call_later(app.notify, "Your library was empty, so it starts with the sample article. "
                       "Add your own with `counterpoint add FILE`.", timeout=8)
    app.run()
    return app.return_code or 0


def _binding_ids() -> dict[str, tuple[str, str]]:
    """Every rebindable key of the app: id -> (default keys, what it does)."""
    from textual.binding import Binding

    from tui.screens.main import key_sections

    ids: dict[str, tuple[str, str]] = {}
    for _title, bindings in key_sections():
        for binding in bindings:
            if isinstance(binding, Binding) and binding.id:
                ids.setdefault(binding.id, (binding.key, binding.tooltip or binding.description))
    return ids


def _user_keymap() -> dict[str, str]:
    from tui.keymap import keymap_path, load_keymap

    return load_keymap(keymap_path(), set(_binding_ids()))


def cmd_keys(args) -> int:
    from tui.keymap import keymap_path

    keymap = _user_keymap()
    print(f"# keys of the app; change them in {keymap_path()} under [keys], for example")
    print('#   "main.search" = "ctrl+f"')
    for binding_id, (default, what) in sorted(_binding_ids().items()):
        keys = keymap.get(binding_id, default)
        mark = "" if keys == default else f"   (default {default})"
        print(f"{binding_id:<24} {keys:<22} {what}{mark}")
    return 0


def cmd_list(args) -> int:
    library = open_library(args, read_only=True)
    damaged = _report_problems(library)
    if args.articles:
        for article in sorted(library.articles(), key=lambda a: a.added, reverse=True):
            where = " · ".join(p for p in (article.outlet, article.published[:10]) if p)
            print(f"{article.id}\t{_count(article.statements, 'statement')}\t{one_line(article.title or article.path)}"
                  + (f"\t{where}" if where else ""))
        return 1 if damaged else 0
    if args.article:
        wanted = args.article
        found = [a.id for a in library.articles() if a.id == wanted or a.id.startswith(wanted)]
        if not found:
            raise CounterpointError(f"No article {wanted} in the library; `counterpoint list --articles` shows them.")
        if len(found) > 1:
            raise CounterpointError(f"{wanted} starts {len(found)} article ids; give more of it "
                                    "(`counterpoint list --articles` shows them).")
        for st in library.article_statements(found[0]):
            print(f"{st.id}\t{st.speaker_name}\t{st.kind}\t{one_line(st.text)}")
        return 1 if damaged else 0
    if not args.speaker:
        for sp in library.speakers():
            desc = f" ({sp.description})" if sp.description else ""
            print(f"{sp.key}\t{sp.name}{desc}\t{_count(sp.statements, 'statement')}")
        return 1 if damaged else 0
    wanted = args.speaker.lower()
    match = [sp for sp in library.speakers() if wanted in (sp.key, sp.name.lower())]
    if not match:
        raise CounterpointError(f"No speaker called {args.speaker!r} in the library; `counterpoint list` shows them all.")
    for st in library.statements(match[0].key):
        print(f"{st.id}\t{st.kind}\t{one_line(st.text)}")
    return 1 if damaged else 0


def _report_problems(library) -> bool:
    """A read-only library skips files it cannot read; say so rather than hide it.

    Returns True when something was skipped, so the command can exit non-zero.
    """
    for problem in library.problems:
        print(f"counterpoint: {problem}", file=sys.stderr)
    return bool(library.problems)


def cmd_note(args) -> int:
    library = open_library(args, read_only=args.note_command == "list")
    damaged = _report_problems(library)
    if args.note_command == "add":
        text = " ".join(args.text)
        if text == "-":
            text = sys.stdin.read()
        if not text.strip():
            raise CounterpointError("The note is empty; give its text after the statement id.")
        note = library.add_note(args.statement_id, text)
        print(note.id)
        return 0
    for note in library.notes(args.statement_id):
        flag = "" if note.attached else " [detached]"
        print(f"{note.id}\t{note.statement_id}{flag}\t{one_line(note.text)}")
    return 1 if damaged else 0


def cmd_link(args) -> int:
    library = open_library(args)
    if args.link_command == "add":
        link = library.add_link(args.source, args.target, args.kind, args.reason)
        print(f"{args.source} {link.kind} {args.target}")
    else:
        library.remove_link(args.source, args.target)
        print(f"removed: {args.source} no longer answers {args.target}")
    return 0


def _speaker_key(library, wanted: str) -> str:
    """A speaker's key from its key or its name, as `counterpoint list` prints them."""
    low = wanted.lower()
    for sp in library.speakers():
        if low in (sp.key, sp.name.lower()):
            return sp.key
    raise CounterpointError(f"No speaker called {wanted!r} in the library; `counterpoint list` shows them all.")


def cmd_speaker(args) -> int:
    library = open_library(args)
    key = _speaker_key(library, args.key)
    if args.speaker_command == "rename":
        speaker = library.rename_speaker(key, " ".join(args.name))
    else:
        speaker = library.merge_speakers(key, _speaker_key(library, args.into), keep_name=True)
    print(f"{speaker.key}\t{speaker.name}\t{_count(speaker.statements, 'statement')}")
    return 0


def cmd_corrections(args) -> int:
    if args.undo:
        if not args.correction:
            raise CounterpointError("Say which correction to take back: `counterpoint corrections undo ID`, "
                                    "with an id from `counterpoint corrections`.")
        library = open_library(args)
        library.undo_correction(args.correction)
        print(f"taken back: {args.correction}")
        return 0
    library = open_library(args, read_only=True)
    damaged = _report_problems(library)
    for c in library.corrections():
        print(f"{c.id}\t{c.created[:16].replace('T', ' ')}\t{c.kind}\t{c.description}")
    return 1 if damaged else 0


def cmd_export(args) -> int:
    from store.export import export_library

    library = open_library(args, read_only=True)
    if _report_problems(library):
        # an export that silently lacks the notes would look complete
        return 1
    text = export_library(library, args.format)
    if args.output:
        from store.storage import atomic_write

        atomic_write(Path(args.output), text.encode("utf-8"))
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def cmd_restore(args) -> int:
    # works without opening the library: a damaged user.json is exactly when it is needed
    from store.backups import list_backups
    from store.library import restore_backup
    from store.location import library_dir

    root = library_dir(getattr(args, "library", None))
    if args.list:
        for path in list_backups(root):
            print(path)
        return 0
    restored = restore_backup(root, Path(args.backup) if args.backup else None)
    print(f"restored notes from {restored}")
    return 0


COMMANDS = {"extract": cmd_extract, "add": cmd_add, "open": cmd_open, "list": cmd_list,
            "keys": cmd_keys, "link": cmd_link, "speaker": cmd_speaker,
            "corrections": cmd_corrections, "note": cmd_note, "export": cmd_export, "restore": cmd_restore}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command or "open"](args)
    except CounterpointError as exc:
        print(f"counterpoint: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # a reader that stops early (`| head`) is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
