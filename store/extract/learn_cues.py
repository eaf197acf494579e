"""Learn a cue lexicon from brat-annotated attributions (PolNeAR): which words open a statement.

    python -m store.extract.learn_cues CORPUS_DIR [--out store/extract/data/cues.json]

CORPUS_DIR holds text/NAME.txt and attributions/NAME*.ann (the first annotation file in name order
per article is used). For every word that heads a gold Cue (its last word), counts how often it is a
cue and how often it occurs at all in lower case, and where the content lies: after the cue (and
whether "that", "to", a quote or a noun phrase opens it) or before it. Words that are cues often
enough and precisely enough are written, with their shapes, to a small JSON file that cues.py loads.
Run at development time only; extraction never reads a corpus. The shipped file comes from

    python -m store.extract.learn_cues ../shared/corpora/polnear-train --min-precision 0.25 --phrases
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


def _read_ann(path: Path) -> list[dict[str, list[tuple[int, int]]]]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(T\d+)\t([\w-]+) ([\d ;]+)\t", line)
        if m:
            segs = [tuple(map(int, s.split())) for s in m.group(3).split(";")]
            spans[m.group(1)] = (m.group(2), segs)
        elif line.startswith("E"):
            parts = line.split("\t")
            if len(parts) > 1:
                events.append(dict(p.split(":", 1) for p in parts[1].split() if ":" in p))
    out = []
    for ev in events:
        out.append({role: spans[t][1] for role, t in ev.items() if t in spans})
    return out


def _shape(text: str, cue_end: int, content: list[tuple[int, int]]) -> str:
    start = min(s for s, _ in content)
    if start < cue_end:
        return "before"
    gap = text[cue_end:start]
    if len(_WORD.findall(gap)) > 4:
        return "object"
    head = text[start:start + 6].lower()
    if head.startswith("that "):
        return "that"
    if head.startswith("to "):
        return "to"
    if head[:1] in "\"\u201c'\u2018":
        return "quote"
    if gap.strip():
        return "object"
    return "np"


# a cue that ends in one of these is a verb or adjective and its preposition: "spoke about"
_PREPOSITIONS = frozenset("about against at for from of on out over to with".split())


def _head(text: str, cs: int, ce: int, phrases: bool) -> str | None:
    """The cue's last word, with the word before it when that last word is a preposition."""
    words = _WORD.findall(text[cs:ce])
    if not words or not words[-1].islower():
        return None
    if words[-1] not in _PREPOSITIONS:
        return words[-1]
    if not phrases:
        return None
    before = _WORD.findall(text[max(0, ce - 40):ce])
    if len(before) >= 2 and before[-2].islower() and before[-2] not in _PREPOSITIONS:
        return before[-2] + " " + words[-1]
    return None


def _verb_phrase(head: str, heads: collections.Counter) -> bool:
    """Does the phrase open with a verb ("talked about", "talks about"), not a noun ("criticism of",
    "questions about"), whose source the subject rules would not find?"""
    first, prep = head.split(" ", 1)
    if head == "according to":
        return False
    if first.endswith(("ed", "ing")):
        return True
    # "talks about" is a verb when "talked about" or "talking about" is a cue too
    stem = first[:-1] if first.endswith("s") else ""
    return bool(stem) and any(f"{stem}{end} {prep}" in heads for end in ("ed", "d", "ing"))


def _annotated(corpus: Path):
    """(text, its first annotation file) of each annotated article of a PolNeAR-style corpus."""
    for txt in sorted((corpus / "text").glob("*.txt")):
        anns = sorted((corpus / "attributions").glob(txt.stem + "*.ann"))
        if anns:
            yield txt.read_text(encoding="utf-8"), anns[0]


def learn(corpus: Path, min_count: int = 3, min_precision: float = 0.4, phrases: bool = False,
          phrase_precision: float = 0.4) -> dict:
    cue_count: collections.Counter = collections.Counter()
    shapes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    occurrences: collections.Counter = collections.Counter()
    for text, ann in _annotated(corpus):
        words = _WORD.findall(text)
        for w, nxt in zip(words, words[1:] + [""]):
            if w.islower():
                occurrences[w] += 1
                if nxt in _PREPOSITIONS:
                    occurrences[w + " " + nxt] += 1
        for ev in _read_ann(ann):
            cue, content = ev.get("Cue"), ev.get("Content")
            if not cue or not content:
                continue
            cs, ce = cue[-1]
            head = _head(text, cs, ce, phrases)
            if head is None:
                continue
            cue_count[head] += 1
            shapes[head][_shape(text, ce, content)] += 1
    out = {}
    for head, n in cue_count.most_common():
        occ = max(occurrences[head], n)
        precision = n / occ
        if " " in head and (precision < phrase_precision or not _verb_phrase(head, cue_count)):
            continue
        if n >= min_count and precision >= min_precision:
            out[head] = {"n": n, "p": round(precision, 2),
                         "shapes": {k: v for k, v in shapes[head].most_common()}}
    return out


_THAT_AFTER = re.compile(r"\s+that\s")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|our|my|this|The|A|An|His|Her|Their|Its|This)\s+$")


def learn_that(corpus: Path, min_count: int = 3, min_precision: float = 0.5) -> dict:
    """Words that, right before "that", head a cue whose content is the that-clause ("know that",
    "fear that"): how often, and of all their uses before "that", how precisely. A word that is
    rarely a cue elsewhere may still be a precise one before a that-clause."""
    cue_count: collections.Counter = collections.Counter()
    occurrences: collections.Counter = collections.Counter()
    nouns: collections.Counter = collections.Counter()
    for text, ann in _annotated(corpus):
        for m in re.finditer(r"\b([a-z][a-z'\u2019-]*)\s+that\s", text):
            occurrences[m.group(1)] += 1
            if _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                # "the statement that", "his concern that": a noun, which cues.py does not read as a verb
                nouns[m.group(1)] += 1
        for ev in _read_ann(ann):
            cue, content = ev.get("Cue"), ev.get("Content")
            if not cue or not content:
                continue
            cs, ce = cue[-1]
            words = _WORD.findall(text[cs:ce])
            start = min(s for s, _ in content)
            gap = _THAT_AFTER.match(text, ce)
            if words and words[-1].islower() and gap and start == gap.end() - 5:
                cue_count[words[-1]] += 1
    out = {}
    for word, n in cue_count.most_common():
        occ = max(occurrences[word], n)
        if n >= min_count and n / occ >= min_precision and nouns[word] * 2 < occurrences[word]:
            out[word] = {"n": n, "p": round(n / occ, 2)}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "data" / "cues.json")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-precision", type=float, default=0.4)
    # verb + preposition cues ("spoke about"), learned on request and kept only when they open with
    # a verb and are precise enough: nominal ones ("criticism of") cost more than they gave on dev
    ap.add_argument("--phrases", action="store_true")
    ap.add_argument("--phrase-precision", type=float, default=0.4)
    args = ap.parse_args(argv)
    lexicon = learn(args.corpus, args.min_count, args.min_precision, args.phrases, args.phrase_precision)
    data = {"source": "learned from PolNeAR (Newell, Margolin and Ruths, LREC 2018) train attributions",
            "cues": lexicon}
    that = learn_that(args.corpus)

    # one cue a line: small, and a change to the lexicon reads well in a diff
    def lines(table: dict) -> str:
        return ",\n".join(f"{json.dumps(k)}:{json.dumps(v, sort_keys=True, separators=(',', ':'))}"
                          for k, v in sorted(table.items()))
    args.out.write_text(f'{{"source": {json.dumps(data["source"])},\n "cues": {{\n{lines(lexicon)}\n}},\n'
                        f' "that": {{\n{lines(that)}\n}}}}\n', encoding="utf-8")
    print(f"{len(lexicon)} cues -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
