"""Score the linker on gold statements, before (or apart from) the statement extractor.

Builds `Statement` and `Speaker` objects from annotated corpora — the seed's
gold JSON and PolNeAR brat files with their `speakers/` and `links/` files —
runs `find_links` (and `find_context`, for timing) and prints link precision,
recall and F1 the way the scorer counts them.

    .venv/bin/python benchmarks/links_with_gold.py ../shared/corpora/seed
    .venv/bin/python benchmarks/links_with_gold.py ../shared/corpora/polnear-dev -v
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store.extract.context import find_context  # noqa: E402
from store.extract.links import find_links  # noqa: E402
from store.extract.model import Speaker, Statement  # noqa: E402
from store.extract.reader import read_text  # noqa: E402

_BRAT_SPAN = re.compile(r"^(T\d+)\t([\w-]+) ([\d ;]+)\t")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "unknown"


def _speaker(names: list[str], fallback_key: str) -> Speaker:
    names = [n for n in names if n and n != "?"]
    if not names:
        return Speaker(key=fallback_key, name="unknown", kind="unknown")
    generic = {"official", "officials", "spokesman", "spokeswoman", "source", "sources", "aide", "aides"}
    kind = "unnamed" if (not names[0][:1].isupper() or generic & set(names[0].lower().split())) else "person"
    return Speaker(key=_slug(names[0]), name=names[0], kind=kind, aliases=list(dict.fromkeys(names)))


def _statement(article, sid, content, source, cue, kind, speaker_key) -> Statement:
    text = " ".join(article.text[s:e] for s, e in content)
    return Statement(id=sid, spans=[tuple(s) for s in content], text=text, kind=kind,
                     speaker=speaker_key, source_span=tuple(source[0]) if source else None,
                     cue_span=tuple(cue[0]) if cue else None,
                     paragraph=article.paragraph_index(content[0][0]))


def load_gold_json(root: Path, tpath: Path):
    data = json.loads((root / "gold" / f"{tpath.stem}.json").read_text(encoding="utf-8"))
    article = read_text(tpath.read_text(encoding="utf-8"), str(tpath))
    speakers, statements = {}, []
    for st in data["statements"]:
        sp = _speaker(st.get("speaker", []), f"unknown-{st['id']}")
        speakers.setdefault(sp.key, sp)
        kind = st.get("kind", "indirect")
        statements.append(_statement(article, str(st["id"]), st["content"], st.get("source"),
                                     st.get("cue"), kind, sp.key))
    gold = {(str(l["from"]), str(l["to"])) for l in data.get("links", [])}
    return article, speakers, statements, gold


def load_brat(root: Path, tpath: Path, ann: Path):
    article = read_text(tpath.read_text(encoding="utf-8"), str(tpath))
    spans, events = {}, []
    for line in ann.read_text(encoding="utf-8").splitlines():
        m = _BRAT_SPAN.match(line)
        if m:
            spans[m.group(1)] = [tuple(map(int, s.split())) for s in m.group(3).split(";")]
        elif line.startswith("E"):
            eid, body = line.split("\t")[:2]
            events.append((eid, dict(part.split(":", 1) for part in body.split())))
    names = json.loads((root / "speakers" / f"{ann.stem}.json").read_text(encoding="utf-8"))
    speakers, statements = {}, []
    for eid, ev in events:
        if "Content" not in ev or "Source" not in ev:
            continue
        sp = _speaker(names.get(eid, []), f"unknown-{eid}")
        speakers.setdefault(sp.key, sp)
        content = spans[ev["Content"]]
        text = " ".join(article.text[s:e] for s, e in content)
        kind = "direct" if text.lstrip()[:1] in "\"\u201c'" else "indirect"
        statements.append(_statement(article, eid, content, spans[ev["Source"]],
                                     spans.get(ev.get("Cue", "")), kind, sp.key))
    statements.sort(key=lambda s: s.spans[0][0])
    gold = {(str(l["from"]), str(l["to"]))
            for l in json.loads((root / "links" / f"{ann.stem}.json").read_text(encoding="utf-8"))["links"]}
    return article, speakers, statements, gold


def load(root: Path):
    for tpath in sorted((root / "text").glob("*.txt")):
        if (root / "gold" / f"{tpath.stem}.json").exists():
            yield tpath.stem, *load_gold_json(root, tpath)
            continue
        anns = sorted((root / "attributions").glob(f"{tpath.stem}*.ann"))
        if anns and (root / "links" / f"{anns[0].stem}.json").exists():
            yield tpath.stem, *load_brat(root, tpath, anns[0])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="print each wrong and missed link")
    ap.add_argument("--trace", action="store_true", help="prefix each reason with the rule that made the link")
    args = ap.parse_args()
    if args.trace:
        from store.extract import links as link_rules
        plain = link_rules._reason
        link_rules._reason = lambda a, b, how, *rest: f"[{how}] {plain(a, b, how, *rest)}"
    n_pred = n_gold = n_ok = 0
    elapsed = 0.0
    for root in args.corpora:
        for name, article, speakers, statements, gold in load(root):
            t0 = time.perf_counter()
            links = find_links(article, statements, speakers)
            find_context(article, statements, speakers)
            elapsed += time.perf_counter() - t0
            pred = {(l.source, l.target): l for l in links}
            ok = set(pred) & gold
            n_pred, n_gold, n_ok = n_pred + len(pred), n_gold + len(gold), n_ok + len(ok)
            print(f"{name[:60]:<60} pred {len(pred):3d} gold {len(gold):3d} right {len(ok):3d}")
            if args.verbose:
                by_id = {s.id: s for s in statements}
                def show(sid):
                    st = by_id[sid]
                    return f"{sid}[{speakers[st.speaker].name}] {st.text[:90]!r}"
                for key in sorted(set(pred) - gold):
                    print(f"   FP {pred[key].score:.2f} {show(key[0])}\n        -> {show(key[1])}\n        {pred[key].reason}")
                for key in sorted(gold - set(pred)):
                    print(f"   FN {show(key[0])}\n        -> {show(key[1])}")
    p = n_ok / n_pred if n_pred else 0.0
    r = n_ok / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"links: P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({n_ok} right of {n_pred} predicted, {n_gold} gold)"
          f"  linker+context {elapsed * 1000:.1f} ms")


if __name__ == "__main__":
    main()
