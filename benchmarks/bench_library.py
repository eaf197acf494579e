"""How fast the library is on a large generated library (medians).

Generates a library of N articles (default 1,000) with made-up but realistic
extractions — a pool of speakers named in full in some articles and by
surname in others, a dozen statements and a few rebuttals per article; the
last 30 added one at a time, so catalog-recent.json holds them as it would
in use — then times what the app does: open it, list speakers, a speaker's
statements, a statement's detail, a search, add a note, add one article
(hand-made extraction, and the sample through the real extractor and
cross-linker), and the add that moves the recent entries into catalog.json.

    .venv/bin/python benchmarks/bench_library.py
    .venv/bin/python benchmarks/bench_library.py --articles 200 --repeat 5 --keep /tmp/lib
"""
from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store.extract.model import (Article, ContextSentence, Extraction, Link, Speaker,  # noqa: E402
                                 Statement, article_id, statement_id)
from store import library as library_module  # noqa: E402
from store.library import Library  # noqa: E402
from store.sample import sample_article_path  # noqa: E402

FIRST = ["Antony", "Benjamin", "Ursula", "Jake", "Kamala", "Olaf", "Emmanuel", "Rishi", "Maria", "Li",
         "Ahmed", "Sara", "John", "Elena", "Pedro", "Yuki", "Fatima", "Igor", "Grace", "Omar"]
LAST = ["Blinken", "Netanyahu", "Leyen", "Sullivan", "Harris", "Scholz", "Macron", "Sunak", "Ruiz",
        "Wei", "Haddad", "Cohen", "Kerry", "Petrova", "Sanchez", "Tanaka", "Nasser", "Volkov", "Okafor",
        "Farouk", "Lindqvist", "Moreau", "Brennan", "Castillo", "Dubois"]
WORDS = ("ceasefire hostages talks proposal rejected border aid convoy sanctions election budget "
         "vote reform minister court ruling deal withdrawal security council strike offensive "
         "negotiators statement blame victory civilians casualties humanitarian corridor").split()
ROLES = ["Secretary of State", "Prime Minister", "spokeswoman", "senior official", "negotiator", ""]


def make_extraction(rng: random.Random, n: int) -> Extraction:
    people = rng.sample([(f, s) for f in FIRST for s in LAST], 6)
    paragraphs, quotes = [f"Report {n}: {' '.join(rng.sample(WORDS, 6))}"], []
    speakers: dict[str, Speaker] = {}
    for k in range(12):
        first, last = people[k % len(people)]
        full = rng.random() < 0.7
        name = f"{first} {last}" if full else last
        key = name.lower().replace(" ", "-")
        speakers.setdefault(key, Speaker(key, name, "person", rng.choice(ROLES), [last] if full else []))
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 18))) + f" {n}-{k}"
        paragraphs.append(f'{rng.choice(ROLES)} {name} said "{words}" on {rng.choice(["Monday", "Friday"])}. '
                          f"{' '.join(rng.sample(WORDS, 10)).capitalize()}.")
        quotes.append((words, key))
    text = "\n\n".join(paragraphs)
    aid = article_id(text)
    spans, at = [], 0
    for p in paragraphs:
        spans.append((at, at + len(p)))
        at += len(p) + 2
    article = Article(aid, text, paragraphs[0], spans, f"generated/{n}.txt")
    statements = []
    for words, key in quotes:
        start = text.index(words)
        statements.append(Statement(statement_id(aid, words), [(start, start + len(words))], words, "direct",
                                    key, paragraph=article.paragraph_index(start)))
    links = [Link(statements[i + 1].id, statements[i].id, "rebuts", "answers the claim", 0.8)
             for i in range(0, 10, 3)]
    context = [ContextSentence(st.id, spans[0][0], spans[0][1], "the headline") for st in statements[:3]]
    return Extraction(article, speakers, statements, links, context)


def generate(root: Path, count: int, seed: int = 7, one_by_one: int = 30) -> None:
    rng = random.Random(seed)
    lib = Library(root)
    batch, singles = 100, min(one_by_one, count // 20)
    for start in range(0, count - singles, batch):
        lib.add_extractions([make_extraction(rng, n) for n in range(start, min(count - singles, start + batch))],
                           link_across=False)
    for n in range(count - singles, count):
        lib.add_extractions([make_extraction(rng, n)], link_across=False)


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--keep", metavar="DIR", help="build the library here and leave it")
    args = parser.parse_args()

    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="cp-bench-"))
    try:
        t = time.perf_counter()
        if not (root / "catalog.json").exists():
            generate(root, args.articles)
        built = time.perf_counter() - t
        lib = Library(root)
        size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
        rows = sum(a.statements for a in lib.articles())
        recent = root / "catalog-recent.json"
        recent_mb = recent.stat().st_size / 1e6 if recent.exists() else 0.0
        print(f"library: {len(lib.articles())} articles, {rows} statements, {len(lib.speakers())} speakers, "
              f"{size / 1e6:.1f} MB on disk, catalog {(root / 'catalog.json').stat().st_size / 1e6:.1f} MB "
              f"+ recent {recent_mb:.2f} MB (built in {built:.1f}s)")

        top = lib.speakers()[0].key
        sid = lib.statements(top)[0].id
        rng = random.Random(99)
        extra = iter([make_extraction(rng, 10_000 + i) for i in range(2 * args.repeat)])
        sample = sample_article_path()
        fresh = [Library(root) for _ in range(args.repeat)]

        results = [
            ("open the library (Library(root))", median_ms(lambda: Library(root), args.repeat)),
            ("open, list speakers", median_ms(lambda: Library(root).speakers(), args.repeat)),
            ("speakers() first call", median_ms(lambda: fresh.pop().speakers(), args.repeat)),
            ("statements(top speaker)", median_ms(lambda: lib.statements(top), args.repeat)),
            ("detail(statement)", median_ms(lambda: lib.detail(sid), args.repeat)),
            ("search('ceasefire hostages')", median_ms(lambda: lib.search("ceasefire hostages"), args.repeat)),
            ("refresh() with nothing changed", median_ms(lib.refresh, args.repeat)),
            ("add_note (fsynced)", median_ms(lambda: lib.add_note(sid, "a benchmark note"), args.repeat)),
            ("add one article (hand-made extraction, no cross links)",
             median_ms(lambda: lib.add_extractions([next(extra)], link_across=False), args.repeat)),
            ("add one article (hand-made extraction + cross links)",
             median_ms(lambda: lib.add_extractions([next(extra)]), args.repeat)),
        ]
        t = time.perf_counter()
        lib.add_path(sample)
        results.append(("add the sample article (real extractor + cross links)", (time.perf_counter() - t) * 1000))
        # once every SEGMENT_MAX adds at most, an add rewrites catalog.json with every entry
        keep, library_module.SEGMENT_MAX = getattr(library_module, "SEGMENT_MAX", None), 0
        try:
            t = time.perf_counter()
            lib.add_extractions([make_extraction(rng, 20_000)])
            results.append(("add one article + cross links, moving the recent entries into catalog.json",
                            (time.perf_counter() - t) * 1000))
        finally:
            library_module.SEGMENT_MAX = keep
        width = max(len(name) for name, _ in results)
        for name, ms in results:
            print(f"  {name:<{width}}  {ms:8.1f} ms")
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
