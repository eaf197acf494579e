"""The library in memory: what the catalog says, indexed for browsing.

`catalog.json` holds one small entry per article — its speakers, a row per
statement (id, speaker, kind, text, paragraph, spans) and its links — made
from the article's file by `catalog_entry`. `Index` turns all entries into
what the views need (library-wide speakers, statements by speaker, links
both ways) once per catalog version; `NoteIndex` does the same for notes.
"""
from __future__ import annotations

from dataclasses import asdict
from datetime import datetime, timezone

from . import notes as note_rules
from .corrections import Corrections
from .extract import model as extract_model
from .speaker_index import LibrarySpeaker, merge_speakers
from .views import SpeakerSummary


class StatementRow:
    """One statement as the index knows it (from the catalog, not the article file)."""
    __slots__ = ("id", "article", "local_speaker", "speaker", "kind", "text", "paragraph", "spans", "hay")

    def __init__(self, id, article, local_speaker, speaker, kind, text, paragraph, spans):
        self.id, self.article, self.local_speaker, self.speaker = id, article, local_speaker, speaker
        self.kind, self.text, self.paragraph, self.spans = kind, text, paragraph, spans
        self.hay = None


class Index:
    """Everything the views need from the catalog, built once per catalog version."""

    def __init__(self, entries: list[dict], corrections: Corrections = Corrections()):
        self.entries = entries
        self.corrections = corrections
        self.articles: dict[str, dict] = {}
        for entry in entries:
            self.articles.setdefault(entry["id"], entry)
        local = []
        for aid, entry in self.articles.items():
            counts: dict[str, int] = {}
            for row in entry.get("statements", []):
                counts[row[1]] = counts.get(row[1], 0) + 1
            for key, sp in entry.get("speakers", {}).items():
                local.append((aid, key, sp, counts.get(key, 0)))
        self.speaker_of, self.speakers = merge_speakers(local, corrections.merges, corrections.renames)
        self.rows: dict[str, StatementRow] = {}
        self.by_speaker: dict[str, list[str]] = {key: [] for key in self.speakers}
        self.answered_by: dict[str, list[tuple]] = {}
        self.answers: dict[str, list[tuple]] = {}
        rows, by_speaker, speaker_of = self.rows, self.by_speaker, self.speaker_of
        for aid, entry in self.articles.items():
            for sid, local_key, kind, text, paragraph, spans in entry.get("statements", ()):
                if sid in rows:
                    continue
                key = speaker_of.get((aid, local_key))
                if key is None:  # a statement whose speaker the entry lacks
                    key = local_key
                    self.speakers.setdefault(key, _unknown_speaker(key))
                    by_speaker.setdefault(key, [])
                rows[sid] = StatementRow(sid, aid, local_key, key, kind, text, paragraph, spans)
                by_speaker[key].append(sid)
        # links: (other end, kind, reason, score, by hand); the user's first, so they win over the same pair
        seen: set[tuple[str, str]] = set()
        hand = [(source, target, kind, reason, 1.0, True) for source, target, kind, reason in corrections.links]
        auto = ((source, target, kind, reason, score, False)
                for entry in self.articles.values() for source, target, kind, reason, score in entry.get("links", ()))
        for source, target, kind, reason, score, by_hand in (*hand, *auto):
            if (source, target) in seen or (not by_hand and (source, target) in corrections.rejected):
                continue
            seen.add((source, target))
            self.answered_by.setdefault(target, []).append((source, kind, reason, score, by_hand))
            self.answers.setdefault(source, []).append((target, kind, reason, score, by_hand))
        self.auto_links = {(source, target) for entry in self.articles.values()
                           for source, target, *_ in entry.get("links", ())}
        self.speaker_list: list[SpeakerSummary] | None = None


def _unknown_speaker(key):
    return LibrarySpeaker(key, key, "unknown", "")


class NoteIndex:
    """The user's notes and where each shows now."""

    def __init__(self, docs: list[dict], place):
        self.docs: dict[str, dict] = {}
        self.placed: dict[str, note_rules.Placement] = {}
        self.by_statement: dict[str, list[str]] = {}
        for doc in docs:  # in the order they were written
            if not isinstance(doc.get("id"), str):
                continue
            self.docs[doc["id"]] = doc
            placement = place(doc)
            self.placed[doc["id"]] = placement
            if placement.attached:
                self.by_statement.setdefault(placement.statement_id, []).append(doc["id"])


def article_file(ex: extract_model.Extraction, aid: str, links) -> dict:
    article = asdict(ex.article)
    article["id"] = aid
    return {
        "article": article,
        "added": datetime.now(timezone.utc).isoformat(timespec="microseconds"),
        "speakers": {key: asdict(sp) for key, sp in ex.speakers.items()},
        "statements": [asdict(st) for st in ex.statements],
        "links": [asdict(ln) for ln in links],
        "context": [asdict(c) for c in ex.context],
    }


def catalog_entry(doc: dict) -> dict:
    """The catalog entry of an article file: what browsing needs, without the text."""
    article = doc["article"]
    return {
        "id": article["id"],
        "title": article.get("title", ""),
        "path": article.get("path", ""),
        "encoding": article.get("encoding", ""),
        "outlet": article.get("outlet", ""),
        "published": article.get("published", ""),
        "added": doc.get("added", ""),
        "speakers": {key: {"name": sp["name"], "kind": sp.get("kind", "person"),
                           "description": sp.get("description", ""), "aliases": sp.get("aliases", [])}
                     for key, sp in doc.get("speakers", {}).items()},
        "statements": [[st["id"], st["speaker"], st.get("kind", "direct"), st.get("text", ""),
                        st.get("paragraph", 0), [list(s) for s in st.get("spans", [])]]
                       for st in doc.get("statements", [])],
        "links": [[ln["source"], ln["target"], ln.get("kind", "rebuts"), ln.get("reason", ""),
                   ln.get("score", 1.0)] for ln in doc.get("links", [])],
    }
