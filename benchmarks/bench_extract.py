"""How fast `counterpoint extract` is over a folder of articles (medians, in words per second).

Times, on one core, three things:
- the extractor in this process over the folder's articles, already read (statements,
  speakers and links, as `counterpoint extract --format jsonl` computes them, plus the JSON);
- the whole command, `counterpoint extract --format jsonl FOLDER/*`, as a new process (this
  checkout's, run as `python -m tui.cli`);
- the start-up of that process: importing the CLI and the extractor, and nothing else.

Before the new processes are timed, the checkout's modules are compiled to bytecode, as
`pip install .` does when it installs them: with PYTHONDONTWRITEBYTECODE set, a checkout run
in place would otherwise compile every module again at each start (about 0.3 s here).

    .venv/bin/python benchmarks/bench_extract.py                      # ../shared/corpora/polnear-train/text
    .venv/bin/python benchmarks/bench_extract.py FOLDER --repeat 5
    .venv/bin/python benchmarks/bench_extract.py FOLDER --no-process  # in this process only

Timings on a shared machine are noisy: compare runs made back to back.
"""
from __future__ import annotations

import argparse
import compileall
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT = ROOT.parent / "shared" / "corpora" / "polnear-train" / "text"


def _articles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file())


def _in_process(paths: list[Path], repeat: int) -> list[float]:
    from store.extract import extract, read_path
    from store.extract.contract import to_contract

    articles = [(str(p), read_path(str(p))) for p in paths]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for path, article in articles:
            json.dumps(to_contract(extract(article, with_context=False), path), ensure_ascii=False)
        times.append(time.perf_counter() - start)
    return times


def _command() -> list[str]:
    # the checkout this benchmark belongs to, whatever `counterpoint` the environment installs
    return [sys.executable, "-m", "tui.cli"]


def _process(paths: list[Path], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([*_command(), "extract", "--format", "jsonl", *map(str, paths)], check=True,
                       stdout=subprocess.DEVNULL, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return times


def _start_up(repeat: int) -> list[float]:
    code = "import tui.cli, store.extract, store.extract.contract"
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT), help=f"a folder of articles (default {DEFAULT})")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each timing; the median is shown (default 3)")
    parser.add_argument("--no-process", action="store_true", help="time the extractor in this process only")
    args = parser.parse_args(argv)

    folder = Path(args.folder)
    if not folder.is_dir():
        parser.error(f"no folder {folder}")
    paths = _articles(folder)
    words = sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in paths)
    print(f"{folder}: {len(paths)} articles, {words:,} words; medians of {args.repeat}")

    def show(label: str, times: list[float], count_words: bool = True) -> None:
        med = statistics.median(times)
        rate = f"  {words / med:>9,.0f} words/s" if count_words else ""
        print(f"  {label:<28} {med:7.3f} s{rate}   (min {min(times):.3f} s)")

    show("extract, in process", _in_process(paths, args.repeat))
    if not args.no_process:
        for package in ("store", "tui"):
            compileall.compile_dir(str(ROOT / package), quiet=1)
        show("counterpoint extract (jsonl)", _process(paths, args.repeat))
        show("start-up (imports)", _start_up(args.repeat), count_words=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
