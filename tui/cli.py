"""The `counterpoint` command. Textual is imported only when the app opens."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from store.errors import CounterpointError


def _add_library_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--library", metavar="DIR",
                   help="the library folder (default: $COUNTERPOINT_LIBRARY or the user's data folder)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="counterpoint",
        description="Read contested news: statements by speaker, who answered them, their context, your notes.")
    _add_library_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("extract", help="print the statements, speakers and links of articles (no library involved)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files (.txt, .md, .html), or - for stdin")
    p.add_argument("--format", choices=("jsonl", "json", "table"), default="table")
    return parser


def cmd_extract(args) -> int:
    from store.extract import extract
    from store.extract.contract import to_contract

    failed = 0
    results = []
    for path in args.paths:
        try:
            article = _read_input(path)
        except CounterpointError as exc:
            print(f"counterpoint: {exc}", file=sys.stderr)
            failed += 1
            continue
        ex = extract(article)
        if args.format == "jsonl":
            sys.stdout.write(json.dumps(to_contract(ex, path), ensure_ascii=False) + "\n")
        elif args.format == "json":
            results.append(to_contract(ex, path))
        else:
            _print_table(ex, path)
    if args.format == "json":
        json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return 1 if failed else 0


def _read_input(path: str):
    from store.extract.reader import read_bytes, read_path

    if path == "-":
        return read_bytes(sys.stdin.buffer.read(), "<stdin>")
    return read_path(path)


def _print_table(ex, path: str) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{ex.article.title}  ({path})", show_lines=False, expand=True)
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
        console.print(f"[bold]{ex.speakers[a.speaker].name}[/] {ln.kind} [bold]{ex.speakers[b.speaker].name}[/]: {ln.reason}")


COMMANDS = {"extract": cmd_extract}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        command = COMMANDS.get(args.command)
        if command is None:
            parser.print_help()
            return 0
        return command(args)
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
