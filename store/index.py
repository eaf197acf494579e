"""The library in memory: what the catalog says, indexed for browsing.

`catalog.json` (and `catalog-recent.json`) hold one small entry per article
— its speakers, a row per statement (id, speaker, kind, text, paragraph,
spans) and its links — made from the article's file by `catalog_entry`.
`Index` turns all entries into what the views need (library-wide speakers,
statements by speaker, links both ways) when the library is opened, and
`Index.extended` adds new entries to it without going over the others again;
`NoteIndex` does the same for notes.
"""
from __future__ import annotations

from dataclasses import asdict
from datetime import datetime, timezone
from itertools import count

from . import notes as note_rules
from .corrections import Corrections
from .extract import model as extract_model
from .speaker_index import LibrarySpeaker, SpeakerNames
from .views import SpeakerSummary


class StatementRow:
    """One statement as the index knows it (from the catalog, not the article file).

    Indexes extended one from another share rows; a row whose speaker or
    speaker's name changes is replaced, so `hay` (what search looks in: the
    text and the speaker's name) stays true for every index holding it.
    """
    __slots__ = ("id", "article", "local_speaker", "speaker", "kind", "text", "paragraph", "spans", "hay")

    def __init__(self, id, article, local_speaker, speaker, kind, text, paragraph, spans):
        self.id, self.article, self.local_speaker, self.speaker = id, article, local_speaker, speaker
        self.kind, self.text, self.paragraph, self.spans = kind, text, paragraph, spans
        self.hay = None

    def with_speaker(self, speaker: str) -> "StatementRow":
        return StatementRow(self.id, self.article, self.local_speaker, speaker, self.kind, self.text,
                            self.paragraph, self.spans)


_VERSIONS = count(1)


class Index:
    """Everything the views need from the catalog.

    Built once when the library is opened; adding articles makes a new index
    from the last one (`extended`) that shares what did not change, and is
    exactly the index a rebuild from all entries would give. What an index
    shows never changes once it is made (only its caches fill), so a view
    reading one in another thread sees one version of the library.
    """

    def __init__(self, entries: list[dict] = (), corrections: Corrections = Corrections()):
        self.entries: list[dict] = []
        self.corrections = corrections
        self.articles: dict[str, dict] = {}
        self.speaker_of: dict[tuple[str, str], str] = {}
        self.speakers: dict[str, LibrarySpeaker] = {}
        self.rows: dict[str, StatementRow] = {}
        self.by_speaker: dict[str, list[str]] = {}
        # links: (other end, kind, reason, score, by hand); the user's first, so they win over the same pair
        self.answered_by: dict[str, list[tuple]] = {}
        self.answers: dict[str, list[tuple]] = {}
        self.auto_links: set[tuple[str, str]] = set()
        self.speaker_list: list[SpeakerSummary] | None = None
        # which index this one was extended from (its version), and the rows new or replaced since
        self.version, self.grown_from, self.changed_rows = next(_VERSIONS), None, []
        self._linked: set[tuple[str, str]] = set()
        # keys of statements whose speaker their entry lacks, in the order they first came
        self._unknown: dict[str, None] = {}
        # the speakers' names gathered so far; handed on to the index made by `extended`
        self._names: SpeakerNames | None = SpeakerNames()
        touched: set[tuple[str, str]] = set()
        for source, target, kind, reason in corrections.links:
            self._link(source, target, (kind, reason, 1.0, True), touched)
        self._grow(list(entries), touched)

    def extended(self, entries: list[dict]) -> "Index":
        """The index of this library with `entries` added after its own."""
        if self._names is None:  # already extended once: its gathered names moved on
            return Index(self.entries + list(entries), self.corrections)
        new = Index.__new__(Index)
        new.entries = self.entries
        new.corrections = self.corrections
        new.articles = dict(self.articles)
        new.speaker_of, new.speakers = self.speaker_of, self.speakers
        new.rows = dict(self.rows)
        new.by_speaker = dict(self.by_speaker)
        new.answered_by, new.answers = dict(self.answered_by), dict(self.answers)
        new.auto_links, new._linked = set(self.auto_links), set(self._linked)
        new.speaker_list = None
        new.version, new.grown_from, new.changed_rows = next(_VERSIONS), self.version, []
        new._unknown = dict(self._unknown)
        new._names, self._names = self._names, None
        new._grow(list(entries), set())
        return new

    def _grow(self, entries: list[dict], touched: set[tuple[str, str]]) -> None:
        """Add `entries`; the link lists named in `touched` are this index's own, the others
        are shared with the index it was extended from (copied before they change)."""
        self.entries = self.entries + entries
        added = []
        for entry in entries:
            if entry["id"] not in self.articles:
                self.articles[entry["id"]] = entry
                added.append(entry)
        local = []
        for entry in added:
            aid = entry["id"]
            counts: dict[str, int] = {}
            for row in entry.get("statements", []):
                counts[row[1]] = counts.get(row[1], 0) + 1
            for key, sp in entry.get("speakers", {}).items():
                local.append((aid, key, sp, counts.get(key, 0)))
        before, speakers_before = self.speaker_of, self.speakers
        names = self._names
        keys_before = names.keys
        names.add(local)
        self.speaker_of, self.speakers = names.resolve(self.corrections.merges, self.corrections.renames)
        speaker_of, rows, changed = self.speaker_of, self.rows, self.changed_rows
        # an article can change who an earlier one's speaker is ("Netanyahu" joins the only
        # "Benjamin Netanyahu"): those statements get new rows
        moved = [m for u, key in enumerate(keys_before) if names.keys[u] != key
                 for m in names.members[u] if m in before]
        for aid, local_key in moved:
            for sid, row_key, *_ in self.articles[aid].get("statements", ()):
                row = rows.get(sid)
                if row_key == local_key and row is not None and row.article == aid:
                    rows[sid] = row.with_speaker(speaker_of[(aid, local_key)])
                    changed.append(sid)
        # a speaker can also keep its key and change its name ("Paul Ryan" joined by "Paul D. Ryan")
        for key, sp in self.speakers.items():
            was = speakers_before.get(key)
            if was is not None and was.name != sp.name:
                for sid in self.by_speaker.get(key, ()):
                    row = rows[sid]
                    if row.hay is not None and row.speaker == key:
                        rows[sid] = row.with_speaker(key)
                        changed.append(sid)
        fresh: list[StatementRow] = []
        unknown = self._unknown
        for entry in added:
            aid = entry["id"]
            for sid, local_key, kind, text, paragraph, spans in entry.get("statements", ()):
                if sid in rows:
                    continue
                key = speaker_of.get((aid, local_key))
                if key is None:  # a statement whose speaker the entry lacks
                    key = local_key
                    unknown.setdefault(key, None)
                rows[sid] = row = StatementRow(sid, aid, local_key, key, kind, text, paragraph, spans)
                fresh.append(row)
                changed.append(sid)
        speakers = self.speakers
        if unknown:
            for key in unknown:
                speakers.setdefault(key, _unknown_speaker(key))
        if moved or not self.by_speaker:
            by_speaker = self.by_speaker = {key: [] for key in speakers}
            for sid, row in rows.items():
                by_speaker[row.speaker].append(sid)
        else:
            by_speaker, own = self.by_speaker, set()
            for key in speakers:
                if key not in by_speaker:
                    by_speaker[key] = []
                    own.add(key)
            for row in fresh:
                if row.speaker not in own:
                    by_speaker[row.speaker] = list(by_speaker[row.speaker])
                    own.add(row.speaker)
                by_speaker[row.speaker].append(row.id)
        rejected = self.corrections.rejected
        for entry in added:
            for source, target, kind, reason, score in entry.get("links", ()):
                self.auto_links.add((source, target))
                if (source, target) not in rejected:
                    self._link(source, target, (kind, reason, score, False), touched)

    def _link(self, source: str, target: str, rest: tuple, touched: set[tuple[str, str]]) -> None:
        if (source, target) in self._linked:
            return
        self._linked.add((source, target))
        for ends, here, other in ((self.answered_by, target, source), (self.answers, source, target)):
            mine = ("by" if ends is self.answered_by else "to", here)
            if mine not in touched:
                ends[here] = list(ends.get(here, ()))
                touched.add(mine)
            ends[here].append((other, *rest))


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
