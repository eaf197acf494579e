"""How fast the app answers on a large generated library (medians).

Builds a library of N articles (default 1,000) with bench_library's generator,
then, headless at 120×36:
- start: from creating the app to the speakers pane listing every speaker;
- speaker move: from the cursor moving to the next speaker until that
  speaker's statements are listed;
- statement move: from the cursor moving to the next statement until its
  detail (paragraph, links, context, notes) is shown;
- articles: from `A` (the action, not the key) until every article is listed;
- article move: from the cursor moving to the next article until its
  statements are listed.
The moves call the list's own cursor action, not Pilot's key press, whose
own cost (~60 ms) would swamp what is measured.

    .venv/bin/python benchmarks/bench_app.py [--articles 1000] [--repeat 15]
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_library import generate  # noqa: E402

from store.library import Library  # noqa: E402
from tui.app import CounterpointApp  # noqa: E402


async def _until(pilot, done, timeout: float = 10.0) -> None:
    deadline = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not answer in time")
        await pilot.pause(0.001)


async def measure(root: Path, repeat: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"start": [], "speaker move": [], "statement move": [],
                                     "articles": [], "article move": []}
    for _ in range(max(3, repeat // 3)):
        t0 = time.perf_counter()
        app = CounterpointApp(Library(root, read_only=True))
        async with app.run_test(size=(120, 36)) as pilot:
            screen = app.screen
            await _until(pilot, lambda: screen.speaker_list.speakers)
            times["start"].append(time.perf_counter() - t0)
    app = CounterpointApp(Library(root, read_only=True))
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.screen
        await _until(pilot, lambda: screen.speaker_list.speakers)
        speakers = screen.speaker_list
        for _ in range(repeat):
            t0 = time.perf_counter()
            speakers.action_cursor_down()
            key = speakers.speaker_key
            await _until(pilot, lambda: screen.statement_list.owner == key)
            times["speaker move"].append(time.perf_counter() - t0)
        statements = screen.statement_list
        statements.focus()
        await pilot.pause()
        for _ in range(repeat):
            t0 = time.perf_counter()
            statements.action_cursor_down()
            sid = statements.statement_id
            await _until(pilot, lambda: screen.statement_detail.statement_id == sid)
            times["statement move"].append(time.perf_counter() - t0)
    for _ in range(max(3, repeat // 3)):
        app = CounterpointApp(Library(root, read_only=True))
        async with app.run_test(size=(120, 36)) as pilot:
            screen = app.screen
            await _until(pilot, lambda: screen.speaker_list.speakers)
            t0 = time.perf_counter()
            screen.action_toggle_articles()
            await _until(pilot, lambda: screen.article_list.articles)
            times["articles"].append(time.perf_counter() - t0)
            articles = screen.article_list
            for _ in range(repeat // 3):
                t0 = time.perf_counter()
                articles.action_cursor_down()
                owner = "article:" + articles.article_id
                await _until(pilot, lambda: screen.statement_list.owner == owner)
                times["article move"].append(time.perf_counter() - t0)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "lib"
        generate(root, args.articles)
        times = asyncio.run(measure(root, args.repeat))
    print(f"app on a library of {args.articles} articles (headless, 120×36)")
    print(f"{'what':<16} {'median ms':>10} {'runs':>6}")
    for what, values in times.items():
        print(f"{what:<16} {statistics.median(values) * 1000:>10.1f} {len(values):>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
