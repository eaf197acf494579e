"""Learn where reported (non-quote) content ends, from brat-annotated attributions (PolNeAR).

    python -m store.extract.learn_reported CORPUS_DIR [--out store/extract/data/reported.json]

CORPUS_DIR holds text/NAME.txt and attributions/NAME*.ann (the first annotation file in name
order per article is used). For every cue word (the cue's last word, as in learn_cues.py) whose
content follows it at once and is neither a that-clause nor a quotation ("praised the plan, ..."),
counts how often the content stops at the first comma after it and how often it runs past it.
Verbs whose object stops there ("praised", "endorsed") and verbs whose clause runs on ("said")
differ a lot; reported.py cuts the first kind at the comma. Run at development time only;
extraction never reads a corpus.
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

from .learn_cues import _read_ann

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_QUOTES = "\"\u201c\u201d\u2018"
# the first comma after the content's start, or the end of its sentence
_COMMA_OR_END = re.compile(r",\s|[.;!?](?:\s|$)|\n")


# words that may open an adjunct after a cue's object ("attacked Lee in a tweet")
ADJUNCT_WORDS = tuple("""in at during on when while after before as with for to by from amid following
over since and but or than because through into""".split())
# the same odds as reported.py uses: a verb whose object stops at its comma at least twice as often
_STOP_ODDS = 2.0


def _objects(corpus: Path):
    """(text, cue word, content start, content end) of each content that follows its cue at once
    and is neither a that-clause nor a quotation."""
    for txt in sorted((corpus / "text").glob("*.txt")):
        anns = sorted((corpus / "attributions").glob(txt.stem + "*.ann"))
        if not anns:
            continue
        text = txt.read_text(encoding="utf-8")
        for ev in _read_ann(anns[0]):
            cue, content = ev.get("Cue"), ev.get("Content")
            if not cue or not content or not ev.get("Source"):
                continue
            cue_end = cue[-1][1]
            start, end = min(s for s, _ in content), max(e for _, e in content)
            words = _WORD.findall(text[cue[-1][0]:cue_end])
            if start < cue_end or not words or not words[-1].islower() or _WORD.search(text[cue_end:start]):
                continue
            if text.startswith("that ", start) or any(c in text[start:end] for c in _QUOTES):
                continue
            yield text, words[-1], start, end


def learn(corpus: Path, min_count: int = 4) -> tuple[dict, dict]:
    """Per cue word, contents that stop at the first comma and that run past it; then, for the
    cues whose object stops there, per adjunct word, objects that stop before its first
    occurrence and that run past it."""
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    objects = list(_objects(corpus))
    for text, verb, start, end in objects:
        m = _COMMA_OR_END.search(text, start)
        if m and m.group().startswith(","):
            counts[verb]["cross" if end > m.start() else "stop"] += 1
    comma = {w: {"stop": c["stop"], "cross": c["cross"]} for w, c in sorted(counts.items())
             if c["stop"] + c["cross"] >= min_count}
    adjunct: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    words = re.compile(r"\s(" + "|".join(ADJUNCT_WORDS) + r")\s")
    for text, verb, start, end in objects:
        c = comma.get(verb)
        if c is None or c["stop"] + 1 < _STOP_ODDS * (c["cross"] + 1):
            continue
        stop = _COMMA_OR_END.search(text, start)
        limit = stop.start() if stop else len(text)
        seen = set()
        for m in words.finditer(text, start, limit):
            w = m.group(1)
            if w in seen:
                continue
            seen.add(w)
            if end <= m.start():
                adjunct[w]["stop"] += 1
                break
            adjunct[w]["cross"] += 1
    return comma, {w: {"stop": c["stop"], "cross": c["cross"]} for w, c in sorted(adjunct.items())
                   if c["stop"] + c["cross"] >= min_count}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "data" / "reported.json")
    ap.add_argument("--min-count", type=int, default=4)
    args = ap.parse_args(argv)
    comma, adjunct = learn(args.corpus, args.min_count)
    source = "learned from PolNeAR (Newell, Margolin and Ruths, LREC 2018) train attributions"
    # one cue a line: small, and a change reads well in a diff
    def lines(table: dict) -> str:
        return ",\n".join(f"{json.dumps(k)}:{json.dumps(v, separators=(',', ':'))}" for k, v in table.items())
    args.out.write_text(f'{{"source": {json.dumps(source)},\n "comma": {{\n{lines(comma)}\n}},\n'
                        f' "adjunct": {{\n{lines(adjunct)}\n}}}}\n', encoding="utf-8")
    print(f"{len(comma)} cues -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
