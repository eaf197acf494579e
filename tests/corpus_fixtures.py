"""A tiny annotated corpus on disk, in PolNeAR's layout, for the tests of the training scripts."""
from __future__ import annotations

from pathlib import Path


def write_brat_corpus(root: Path, text: str, attributions: list[tuple[str, str, str]]) -> Path:
    """text/a.txt and attributions/a.ann with one Attribution event per (source, cue, content),
    each found in the text in that order, after the one before it."""
    (root / "text").mkdir()
    (root / "attributions").mkdir()
    (root / "text" / "a.txt").write_text(text, encoding="utf-8")
    ann = []
    for i, (src, cue, content) in enumerate(attributions):
        base = text.index(src)
        spans = [(base, base + len(src))]
        c = text.index(cue, base)
        spans.append((c, c + len(cue)))
        t = text.index(content, c)
        spans.append((t, t + len(content)))
        for j, (role, (s, e)) in enumerate(zip(("Source", "Cue", "Content"), spans)):
            ann.append(f"T{i * 3 + j}\t{role} {s} {e}\t{text[s:e]}")
        ann.append(f"E{i}\tAttribution:T{i * 3 + 1} Source:T{i * 3} Cue:T{i * 3 + 1} Content:T{i * 3 + 2}")
    (root / "attributions" / "a.ann").write_text("\n".join(ann) + "\n", encoding="utf-8")
    return root
