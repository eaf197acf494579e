"""How long linking one new article across a library takes (medians).

Extracts real articles (default: every text of a PolNeAR corpus, recycled
under new ids until the library holds N articles), then times
`cross_links(new, existing)` for each of several articles added to the rest,
the way the library calls it: once cold (nothing cached from earlier calls,
as in a freshly started app) and once warm.

    .venv/bin/python benchmarks/bench_cross_links.py ../shared/corpora/polnear-train
    .venv/bin/python benchmarks/bench_cross_links.py ../shared/corpora/polnear-train --articles 1000 --adds 15
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store.extract import extract  # noqa: E402
from store.extract import links as link_rules  # noqa: E402
from store.extract.model import Speaker, Statement  # noqa: E402
from store.extract.reader import read_text  # noqa: E402


def library(corpus: Path, n_articles: int):
    """[(statements with their speakers)] for n articles, ids unique per copy."""
    texts = sorted((corpus / "text").glob("*.txt"))
    if not texts:
        sys.exit(f"no texts under {corpus / 'text'}")
    base = []
    for path in texts[:n_articles]:
        ex = extract(read_text(path.read_text(encoding="utf-8"), str(path)))
        base.append([(st, ex.speakers.get(st.speaker) or Speaker(st.speaker, st.speaker, "unknown"))
                     for st in ex.statements])
    out = []
    for n in range(n_articles):
        copy, items = divmod(n, len(base))
        out.append([(Statement(f"{st.id}-{copy}", st.spans, st.text, st.kind, st.speaker,
                               st.source_span, st.cue_span, st.paragraph), sp)
                    for st, sp in base[items]])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--articles", type=int, default=1000, help="library size, in articles")
    ap.add_argument("--adds", type=int, default=15, help="how many articles to add, one at a time")
    args = ap.parse_args()
    lib = library(args.corpus, args.articles)
    statements = sum(len(a) for a in lib)
    cold, warm, found = [], [], 0
    step = max(1, len(lib) // args.adds)
    for k in range(0, len(lib), step)[: args.adds]:
        new = lib[k]
        existing = [pair for i, art in enumerate(lib) if i != k for pair in art]
        link_rules.clear_cache()
        t0 = time.perf_counter()
        got = link_rules.cross_links(new, existing)
        cold.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        link_rules.cross_links(new, existing)
        warm.append(time.perf_counter() - t0)
        found += len(got)
    print(f"library: {len(lib)} articles, {statements} statements; {len(cold)} articles added one at a time")
    print(f"cross_links cold: median {statistics.median(cold) * 1000:.1f} ms  max {max(cold) * 1000:.1f} ms")
    print(f"cross_links warm: median {statistics.median(warm) * 1000:.1f} ms  max {max(warm) * 1000:.1f} ms")
    print(f"links found: {found} ({found / len(cold):.1f} per added article)")


if __name__ == "__main__":
    main()
