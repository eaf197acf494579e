"""The library as Markdown, JSON, CSV or Argdown, read through the Library's views."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict

from .quoting import one_line, quoted


def _rows(library):
    """Every statement with its detail, grouped by speaker in the library's order."""
    for speaker in library.speakers():
        for summary in library.statements(speaker.key):
            yield speaker, library.detail(summary.id)


def to_markdown(library) -> str:
    out = ["# counterpoint library", ""]
    current = None
    for speaker, d in _rows(library):
        if speaker.key != current:
            current = speaker.key
            desc = f" — {speaker.description}" if speaker.description else ""
            out += [f"## {speaker.name}{desc}", ""]
        st = d.statement
        where = "".join(f" · {part}" for part in (d.article_outlet, d.article_published[:10]) if part)
        out += [f"### {quoted(st.text)}", "", f"*{st.kind}* · {st.article_title}{where} · `{st.id}`", ""]
        for title, links in (("Answered by", d.answered_by), ("Answers", d.answers)):
            for ln in links:
                out.append(f"- {title}: **{ln.statement.speaker_name}** ({ln.kind}) "
                           f"{quoted(ln.statement.text)} — {ln.reason}")
        for note in d.notes:
            out.append(f"- Note: {one_line(note.text)}")
        out.append("")
    return "\n".join(out)


def to_json(library) -> str:
    data = {
        "articles": [asdict(a) for a in library.articles()],
        "speakers": [asdict(s) for s in library.speakers()],
        "statements": [asdict(d) for _, d in _rows(library)],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_csv(library) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["statement_id", "speaker", "kind", "text", "article", "outlet", "published",
                     "answered_by", "answers", "notes"])
    for speaker, d in _rows(library):
        st = d.statement
        writer.writerow([st.id, speaker.name, st.kind, " ".join(st.text.split()), st.article_title,
                         d.article_outlet, d.article_published,
                         " ".join(ln.statement.id for ln in d.answered_by),
                         " ".join(ln.statement.id for ln in d.answers),
                         " | ".join(" ".join(n.text.split()) for n in d.notes)])
    return buf.getvalue()


def _argdown_text(text: str) -> str:
    # brackets and angle brackets open Argdown elements; keep the words, drop the syntax
    return " ".join(text.split()).replace("[", "(").replace("]", ")").replace("<", "‹").replace(">", "›")


def to_argdown(library) -> str:
    out = ["===", "title: counterpoint library", "===", ""]
    for speaker, d in _rows(library):
        st = d.statement
        tag = f"#({_argdown_text(speaker.name)})"
        out.append(f"[{st.id}]: {_argdown_text(st.text)} {tag}")
        # an incoming attack: the answering statement attacks this one
        for ln in d.answered_by:
            out.append(f"  - [{ln.statement.id}]")
        out.append("")
    return "\n".join(out)


FORMATS = {"markdown": to_markdown, "json": to_json, "csv": to_csv, "argdown": to_argdown}


def export_library(library, fmt: str) -> str:
    return FORMATS[fmt](library)
