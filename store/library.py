"""The library: articles, their statements and the user's notes, on disk.

Layout of the folder:

    catalog.json               TinyDB, table "articles": one small entry per
                               article (title, speakers, statement rows, links)
                               — the index the app browses, read in one go
    catalog-recent.json        the same, for the articles added since
                               catalog.json was last written: adding an
                               article rewrites only this small file, and
                               catalog.json takes them all in (is compacted)
                               once they are SEGMENT_MAX or a sixteenth of it
    articles/<article id>.json the whole extraction of one article (text,
                               paragraphs, spans, context); written once
    user.json                  TinyDB: what the user made — "notes", and the
                               corrections "links" (made or removed by hand)
                               and "speakers" (merged, renamed); never
                               rebuildable, backed up before every change
    backups/                   the last versions of user.json
    .lock                      writers take it (flock) and reload before writing

Everything in the first three is derived and could be rebuilt from the
articles; `catalog.json` is rebuilt from `articles/` when it is missing,
and the articles `catalog-recent.json` listed are found by their files when
it is.
The catalog is catalog.json followed by the entries of catalog-recent.json
it does not hold (after a compaction the older recent file holds only
entries catalog.json has; it is replaced by the next add). A library
written before catalog-recent.json existed is read as it is and gets one
with its first add.
"""
from __future__ import annotations

import gc
import json
import os
import re
from collections import OrderedDict
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from tinydb import TinyDB
from tinydb.table import Document

from . import backups as backup_files
from . import notes as note_rules
from .errors import BadInput, LibraryDamaged, LibraryWriteError, NotFound
from .extract import model as extract_model
from .lock import WriteLock
from .corrections import KINDS, Corrections, pair_key, read_corrections
from .index import Index, NoteIndex, StatementRow, article_file, catalog_entry
from .storage import AtomicJSONStorage, atomic_write, encode, fsync_folder
from .quoting import quoted
from .views import (AddResult, ArticleSummary, ContextView, CorrectionView, Dispute, LinkView, NoteView, SpeakerSummary,
                    StatementDetail, StatementSummary)

CATALOG = "catalog.json"
RECENT = "catalog-recent.json"
# catalog-recent.json holds at most this many entries, and at most a SEGMENT_SHARE-th of
# catalog.json's: small libraries keep everything in catalog.json
SEGMENT_MAX = 64
SEGMENT_SHARE = 16
USER = "user.json"
ARTICLES = "articles"
LOCK = ".lock"
ARTICLE_CACHE = 64
# the longest paragraph shown whole with a statement, and how much of a longer one is shown on
# either side of the statement (news paragraphs stay far below; a text with no breaks does not)
LONGEST_PARAGRAPH = 4000
AROUND = 1000


def _around(text: str, start: int, end: int, spans) -> tuple[int, int]:
    """The part of the paragraph text[start:end] shown with a statement: all of it, or for a
    paragraph longer than LONGEST_PARAGRAPH, AROUND characters either side of the statement's
    words, cut at spaces."""
    if end - start <= LONGEST_PARAGRAPH:
        return start, end
    inside = [(s, e) for s, e in spans if s < end and e > start]
    first = min((s for s, _ in inside), default=start)
    last = max((e for _, e in inside), default=start)
    lo, hi = max(start, first - AROUND), min(end, last + AROUND)
    if lo > start:
        space = text.find(" ", lo, first)
        lo = space + 1 if space >= 0 else lo
    if hi < end:
        space = text.rfind(" ", last, hi)
        hi = space if space >= 0 else hi
    return lo, hi


class Library:
    """One library folder. Reads are served from memory; writes are atomic and locked."""

    def __init__(self, root: str | Path, *, read_only: bool = False):
        self.root = Path(root).expanduser()
        self.read_only = read_only
        # files that could not be read when opened read-only (messages to show)
        self.problems: list[str] = []
        if not read_only and not (self.root / ARTICLES).is_dir():
            try:
                (self.root / ARTICLES).mkdir(parents=True, exist_ok=True)
                fsync_folder(self.root)
                fsync_folder(self.root.parent)
            except OSError as exc:
                raise LibraryWriteError(str(self.root), exc.strerror or str(exc)) from exc
        self._lock = WriteLock(self.root / LOCK, self.root)
        self._swept = False
        self._catalog_db = TinyDB(self.root / CATALOG, storage=AtomicJSONStorage, read_only=read_only)
        self._recent = AtomicJSONStorage(self.root / RECENT, read_only=read_only)
        # the entries of catalog.json, and those of catalog-recent.json it does not hold, as last read
        self._base_entries: list[dict] = []
        self._recent_entries: list[dict] = []
        self._user_db = TinyDB(self.root / USER, storage=AtomicJSONStorage, read_only=read_only,
                               backup_hint=partial(backup_files.newest_backup, self.root))
        self._article_files: OrderedDict[str, AtomicJSONStorage] = OrderedDict()
        # per article file held above, as last read: its statements and context by statement id
        self._doc_lookups: dict[str, tuple[dict, dict[str, dict], dict[str, list[dict]]]] = {}
        # the library's statements as the cross-article linker takes them
        self._linker_library = LinkerLibrary()
        self._index = Index([])
        self._notes = NoteIndex([], lambda doc: None)
        self._load_catalog()
        self._load_user()

    # -- loading -------------------------------------------------------------
    @property
    def _catalog(self) -> AtomicJSONStorage:
        return self._catalog_db.storage

    @property
    def _user(self) -> AtomicJSONStorage:
        return self._user_db.storage

    def _load_catalog(self) -> None:
        with _collector_paused():
            self._load_catalog_now()

    def _load_catalog_now(self) -> None:
        try:
            entries = _documents(self._catalog, "articles")
            recent = _documents(self._recent, "articles") if self._catalog.signature is not None else []
        except LibraryDamaged as exc:
            self._catalog_damaged(exc)
            return
        if self._catalog.signature is None:
            found = self._entries_from_article_files()
            if found and not self.read_only:
                with self._lock:
                    if self._catalog.current_signature() is None:
                        self._catalog_db.table("articles").insert_multiple(
                            Document(e, doc_id=i) for i, e in enumerate(found, 1))
                entries = _documents(self._catalog, "articles")
            else:
                entries = found
        in_base = {e.get("id") for e in entries}
        recent = [e for e in recent if e.get("id") not in in_base]
        if self._catalog.signature is not None and self._recent.signature is None:
            # every add since catalog.json was written is listed in catalog-recent.json, which is
            # only ever replaced: with it gone (deleted by hand, or never there), the articles it
            # listed are found by their own files
            recent = self._entries_from_article_files(skip=in_base)
            if recent and not self.read_only:
                with self._lock:
                    if self._recent.current_signature() is None:
                        self._recent.write({"articles": _table(recent)})
        try:
            index = Index(entries + recent, self._user_corrections())
        except (KeyError, TypeError, ValueError, AttributeError):
            # valid JSON whose entries are not what we write (edited by hand?)
            self._catalog_damaged(LibraryDamaged(str(self._entries_file(entries)), None,
                                                 "has an article entry that is not one"))
            return
        self._index, self._base_entries, self._recent_entries = index, entries, recent

    def _entries_file(self, base_entries: list[dict]) -> Path:
        """The catalog file holding an entry the index cannot take (only asked when one does not)."""
        try:
            Index(base_entries)
        except (KeyError, TypeError, ValueError, AttributeError):
            return self._catalog.path
        return self._recent.path

    def _catalog_damaged(self, exc: LibraryDamaged) -> None:
        """A catalog file cannot be read: a writer stops on it; read-only, say so and browse the article files."""
        if not self.read_only:
            raise exc
        self._problem(str(exc))
        self._use_article_files()

    def _use_article_files(self) -> None:
        """Read-only, with a damaged catalog: browse what the article files say."""
        self._base_entries = self._entries_from_article_files()
        self._recent_entries = []
        self._index = Index(self._base_entries, self._user_corrections())

    def _entries_from_article_files(self, skip: set | frozenset = frozenset()) -> list[dict]:
        """Catalog entries made from the article files, but for the articles in `skip` (by id)."""
        folder = self.root / ARTICLES
        try:
            names = sorted(n for n in os.listdir(folder) if n.endswith(".json") and not n.startswith(".")
                           and n[:-len(".json")] not in skip)
        except OSError:
            return []
        entries = []
        for name in names:
            try:
                doc = AtomicJSONStorage(folder / name, read_only=True, hold_open=False).read()
                entries.append(catalog_entry(doc))
            except LibraryDamaged as exc:
                self._problem(str(exc))
            except (KeyError, TypeError, ValueError):
                self._problem(str(LibraryDamaged(str(folder / name), None, "does not hold an article")))
        entries.sort(key=lambda e: (e.get("added", ""), e["id"]))
        return entries

    def _load_user(self) -> None:
        """Notes, and the corrections the index applies (rebuilt when those changed)."""
        try:
            docs = _documents(self._user, "notes")
            corrections = read_corrections(_documents(self._user, "links"), _documents(self._user, "speakers"))
        except LibraryDamaged as exc:
            if not self.read_only:
                raise
            self._problem(str(exc))
            docs, corrections = [], Corrections()
        if corrections != self._index.corrections:
            with _collector_paused():
                self._index = Index(self._index.entries, corrections)
        self._notes = NoteIndex(docs, self._place)

    def _user_corrections(self) -> Corrections:
        """The corrections as user.json has them now; none if it cannot be read (_load_user says why)."""
        try:
            return read_corrections(_documents(self._user, "links"), _documents(self._user, "speakers"))
        except LibraryDamaged:
            return Corrections()

    def _problem(self, message: str) -> None:
        if message not in self.problems:
            self.problems.append(message)

    def _place(self, doc: dict) -> note_rules.Placement:
        try:
            return self._place_now(doc)
        except (TypeError, ValueError, AttributeError):  # a note edited by hand into nonsense
            return note_rules.Placement(str(doc.get("statement_id", "")), False)

    def _place_now(self, doc: dict) -> note_rules.Placement:
        sid = doc.get("statement_id", "")
        ix = self._index
        if sid in ix.rows:
            return note_rules.Placement(sid, True)
        aid = doc.get("article_id", "")
        anchor = note_rules.anchor_of(doc)
        if aid in ix.articles and isinstance(anchor.get("exact"), str) and anchor["exact"]:
            try:
                text = self._article_doc(aid)["article"]["text"]
            except (LibraryDamaged, KeyError, TypeError):
                return note_rules.Placement(sid, False)
            found = note_rules.find_anchor(text, anchor)
            if found:
                candidates = [(r[0], r[5]) for r in ix.articles[aid].get("statements", [])]
                moved = note_rules.best_statement(found, candidates)
                if moved:
                    return note_rules.Placement(moved, True)
        return note_rules.Placement(sid, False)

    def refresh(self) -> bool:
        """Reload whatever another process changed; True if anything did."""
        changed = False
        if self._catalog.changed():
            self._load_catalog()
            changed = True
        elif self._recent.changed():
            self._load_recent()
            changed = True
        if changed or self._user.changed():
            before = self._user.signature
            self._load_user()
            changed = changed or before != self._user.signature
        return changed

    def _load_recent(self) -> None:
        """catalog-recent.json changed, catalog.json did not: another writer added articles."""
        try:
            recent = _documents(self._recent, "articles")
        except LibraryDamaged as exc:
            self._catalog_damaged(exc)
            return
        in_base = {e.get("id") for e in self._base_entries}
        recent = [e for e in recent if e.get("id") not in in_base]
        known = self._recent_entries
        if [e.get("id") for e in recent[:len(known)]] != [e["id"] for e in known]:
            self._load_catalog()  # not only additions: read it all again
            return
        added = recent[len(known):]
        try:
            with _collector_paused():
                index = self._index.extended(added)
        except (KeyError, TypeError, ValueError, AttributeError):
            self._load_catalog()  # says which file is damaged
            return
        self._index, self._recent_entries = index, known + added

    def _article_doc(self, aid: str) -> dict:
        storage = self._article_files.get(aid)
        if storage is None:
            storage = AtomicJSONStorage(self.root / ARTICLES / f"{aid}.json", read_only=True, hold_open=False)
            self._article_files[aid] = storage
            while len(self._article_files) > ARTICLE_CACHE:
                gone, old = self._article_files.popitem(last=False)
                self._doc_lookups.pop(gone, None)
                old.close()
        else:
            self._article_files.move_to_end(aid)
        doc = storage.read()
        if doc is None:
            raise LibraryDamaged(str(storage.path), None, "is missing; add the article again")
        return doc

    def _doc_lookup(self, aid: str, doc: dict) -> tuple[dict[str, dict], dict[str, list[dict]]]:
        """The article file's statements and context by statement id, built once per read of the
        file: showing every statement of an article (an export) reads each list once, not once a statement."""
        got = self._doc_lookups.get(aid)
        if got is not None and got[0] is doc:
            return got[1], got[2]
        stored: dict[str, dict] = {}
        for st in doc.get("statements", []):
            stored.setdefault(st.get("id"), st)
        context: dict[str, list[dict]] = {}
        for c in doc.get("context", []):
            context.setdefault(c.get("statement"), []).append(c)
        self._doc_lookups[aid] = (doc, stored, context)
        return stored, context

    # -- browsing ------------------------------------------------------------
    def is_empty(self) -> bool:
        return not self._index.articles

    def articles(self) -> list[ArticleSummary]:
        return [ArticleSummary(e["id"], e.get("title", ""), e.get("path", ""),
                               len(e.get("statements", [])), e.get("added", ""),
                               e.get("outlet", ""), e.get("published", ""))
                for e in self._index.articles.values()]

    def article_statements(self, article_id: str) -> list[StatementSummary]:
        """One article's statements in the order the article makes them."""
        ix = self._index
        entry = ix.articles.get(article_id)
        if entry is None:
            raise NotFound(f"article {article_id}")
        rows = (ix.rows.get(row[0]) for row in entry.get("statements", ()))
        return [self._summary(row, ix) for row in rows if row is not None and row.article == article_id]

    def disputes(self) -> list[Dispute]:
        """Every link in the library, the surest first: what is contested, and by whom."""
        ix = self._index
        out = []
        for source, links in ix.answers.items():
            if source not in ix.rows:
                continue
            answer = self._summary(ix.rows[source], ix)
            for target, kind, reason, score, by_hand in links:
                if target in ix.rows:
                    out.append(Dispute(answer, self._summary(ix.rows[target], ix), kind,
                                       self._reason_now(reason, (source, target), ix), score, by_hand))
        out.sort(key=lambda d: (-d.by_hand, -d.score, d.claim.article_title, d.claim.id, d.answer.id))
        return out

    def speakers(self) -> list[SpeakerSummary]:
        ix = self._index
        if ix.speaker_list is None:
            out = []
            for key, sp in ix.speakers.items():
                sids = ix.by_speaker.get(key, [])
                if not sids:
                    continue
                out.append(SpeakerSummary(key, sp.name, sp.kind, sp.description, len(sids),
                                          len({ix.rows[s].article for s in sids})))
            out.sort(key=lambda s: (-s.statements, s.name.casefold(), s.key))
            ix.speaker_list = out
        return list(ix.speaker_list)

    def statements(self, speaker_key: str) -> list[StatementSummary]:
        ix = self._index
        return [self._summary(ix.rows[sid], ix) for sid in ix.by_speaker.get(speaker_key, [])]

    def statement(self, statement_id: str) -> StatementSummary:
        ix = self._index
        row = ix.rows.get(statement_id)
        if row is None:
            raise NotFound(f"statement {statement_id}")
        return self._summary(row, ix)

    def search(self, query: str) -> list[StatementSummary]:
        words = query.casefold().split()
        if not words:
            return []
        ix = self._index
        # the words of your notes find their statements too
        noted: dict[str, str] = {}
        for note_id, place in self._notes.placed.items():
            if place.attached:
                noted[place.statement_id] = noted.get(place.statement_id, "") + "\n" + \
                    self._notes.docs[note_id].get("text", "").casefold()
        out = []
        for row in ix.rows.values():
            if row.hay is None:
                row.hay = f"{row.text}\n{ix.speakers[row.speaker].name}".casefold()
            if all(w in row.hay or w in noted.get(row.id, "") for w in words):
                out.append(self._summary(row, ix))
        return out

    def detail(self, statement_id: str) -> StatementDetail:
        ix = self._index
        row = ix.rows.get(statement_id)
        if row is None:
            raise NotFound(f"statement {statement_id}")
        doc = self._article_doc(row.article)
        stored_by_id, context_by_id = self._doc_lookup(row.article, doc)
        text = doc["article"]["text"]
        paragraphs = doc["article"].get("paragraphs") or [[0, len(text)]]
        stored = stored_by_id.get(statement_id, {})
        number = stored.get("paragraph", row.paragraph)
        start, end = paragraphs[number] if 0 <= number < len(paragraphs) else (0, len(text))
        spans = stored.get("spans", row.spans)
        # a paragraph as long as a page (a text with no breaks) is shown around the statement only
        lo, hi = _around(text, start, end, spans)
        lead = "… " if lo > start else ""
        base = lo - len(lead)
        highlights = [(max(s, lo) - base, min(e, hi) - base) for s, e in spans if s < hi and e > lo]

        def inside(span):
            if span and lo <= span[0] and span[1] <= hi:
                return (span[0] - base, span[1] - base)
            return None

        context = [ContextView(text[c["start"]:c["end"]], c.get("reason", ""), c["start"], c["end"])
                   for c in context_by_id.get(statement_id, ())]
        return StatementDetail(
            statement=self._summary(row, ix),
            paragraph=lead + text[lo:hi] + (" \u2026" if hi < end else ""),
            highlights=highlights,
            source=inside(stored.get("source_span")),
            cue=inside(stored.get("cue_span")),
            answered_by=self._link_views(ix.answered_by.get(statement_id, []), ix, statement_id),
            answers=self._link_views(ix.answers.get(statement_id, []), ix, statement_id),
            context=context,
            notes=self.notes(statement_id),
            speaker_description=ix.speakers[row.speaker].description,
            article_outlet=doc["article"].get("outlet", ""),
            article_published=doc["article"].get("published", ""),
        )

    def _link_views(self, links, ix, here: str | None = None) -> list[LinkView]:
        out, seen = [], set()
        for other, kind, reason, score, by_hand in links:
            if other in ix.rows and (other, kind) not in seen:
                seen.add((other, kind))
                reason = self._reason_now(reason, (other, here), ix)
                out.append(LinkView(self._summary(ix.rows[other], ix), kind, reason, score, by_hand))
        return out

    @staticmethod
    def _reason_now(reason: str, statement_ids, ix: Index) -> str:
        """A reason in the speakers' names as they are now: it was written with the names the
        article gave them, before any merge or rename ("Hamas official answers ..." -> "Hamas ...")."""
        for sid in statement_ids:
            row = ix.rows.get(sid) if sid else None
            if row is None:
                continue
            local = ix.articles[row.article].get("speakers", {}).get(row.local_speaker, {}).get("name", "")
            now = ix.speakers[row.speaker].name
            if local and now != local and local in reason:
                reason = re.sub(rf"(?<!\w){re.escape(local)}(?!\w)", lambda _m: now, reason)
        return reason

    def _summary(self, row: StatementRow, ix: Index) -> StatementSummary:
        entry = ix.articles[row.article]
        return StatementSummary(
            id=row.id, text=row.text, kind=row.kind, speaker_key=row.speaker,
            speaker_name=ix.speakers[row.speaker].name, article_id=row.article,
            article_title=entry.get("title", ""),
            notes=len(self._notes.by_statement.get(row.id, ())),
            answered_by=len(ix.answered_by.get(row.id, ())),
            answers=len(ix.answers.get(row.id, ())),
        )

    # -- adding articles -------------------------------------------------------
    def add_path(self, path: str | Path) -> AddResult:
        from .extract import read_path
        return self.add_article(read_path(str(path)))

    def add_article(self, article: extract_model.Article) -> AddResult:
        """Extract and merge one article; the same text twice changes nothing."""
        self._writable()
        aid = article.id or extract_model.article_id(article.text)
        known = self._index.articles.get(aid)
        if known is not None:
            return _add_result(article.path, known, added=False)
        from .extract import extract
        return self.add_extractions([extract(article)])[0]

    def add_extractions(self, extractions: list[extract_model.Extraction], *,
                        link_across: bool = True) -> list[AddResult]:
        """Merge extractions already made; many at once write the catalog once.

        All or nothing: when a write fails the catalog and the article files
        are as they were, and LibraryWriteError is raised. `link_across=False`
        skips looking for links to the articles already in the library.
        """
        self._writable()
        with self._lock:
            self._reload_locked()
            results, entries, seen, written = [], [], set(), []
            try:
                for ex in extractions:
                    aid = ex.article.id or extract_model.article_id(ex.article.text)
                    known = self._index.articles.get(aid)
                    if known is not None or aid in seen:
                        known = known or {"id": aid, "title": ex.article.title, "statements": ex.statements}
                        results.append(_add_result(ex.article.path, known, added=False))
                        continue
                    seen.add(aid)
                    across = self._cross_links(ex) if link_across else []
                    doc = article_file(ex, aid, list(ex.links) + across)
                    path = self.root / ARTICLES / f"{aid}.json"
                    previous = path.read_bytes() if path.exists() else None
                    atomic_write(path, encode(doc), previous)
                    if previous is None:
                        written.append(path)
                    entries.append(catalog_entry(doc))
                    results.append(_add_result(ex.article.path, entries[-1], added=True))
                if entries:
                    self._write_catalog(entries)
            except LibraryWriteError:
                for path in written:  # articles the catalog does not list go too
                    try:
                        os.unlink(path)
                    except OSError:
                        pass
                self._load_catalog()
                raise
            if entries:
                with _collector_paused():
                    self._index = self._index.extended(entries)
                self._load_user()
        return results

    def _write_catalog(self, entries: list[dict]) -> None:
        """List `entries` in the catalog: one atomic write, of catalog-recent.json while that stays
        small, else of catalog.json with every entry (the older recent file then adds nothing)."""
        recent = self._recent_entries + entries
        if len(recent) <= min(SEGMENT_MAX, len(self._base_entries) // SEGMENT_SHARE):
            self._recent.write({"articles": _table(recent)})
            self._recent_entries = recent
        else:
            base = self._base_entries + recent
            self._catalog.write({**(self._catalog.read() or {}), "articles": _table(base)})
            self._base_entries, self._recent_entries = base, []

    def _cross_links(self, ex: extract_model.Extraction) -> list[extract_model.Link]:
        from .extract import links as link_rules
        find = getattr(link_rules, "cross_links", None)
        ix = self._index
        if find is None or not ix.rows or not ex.statements:
            return []
        existing = self._linker_library.statements(ix)
        new = [(st, ex.speakers.get(st.speaker) or extract_model.Speaker(st.speaker, st.speaker, "unknown"))
               for st in ex.statements]
        try:
            # nothing the linker makes holds a cycle; walking the library's heap meanwhile is waste
            with _collector_paused():
                return list(find(new, existing))
        except Exception as exc:  # a linker bug must not stop an article from being added
            self._problem(f"Cross-article links were skipped for {ex.article.path or ex.article.id}: {exc}")
            return []

    def reextract(self, progress=None) -> int:
        """Run the (improved) extractor again over every article; returns how many changed.

        Notes follow their words: a note whose statement got a new id moves to
        the statement now holding its anchor, and user.json records the move.
        Links across articles are kept while both their ends still exist.
        `progress(done, total)` is called after each article.
        """
        self._writable()
        from .extract import extract
        with self._lock:
            self._reload_locked()
            ids = list(self._index.articles)
            fresh: dict[str, dict] = {}
            before: dict[str, list] = {}
            for done, aid in enumerate(ids, 1):
                old = self._article_doc(aid)
                before[aid] = _plain([old.get(k) for k in _EXTRACTED])
                article = extract_model.Article(**{**old["article"],
                                                   "paragraphs": [tuple(p) for p in old["article"]["paragraphs"]]})
                ex = extract(article)
                mine = {st.id for st in ex.statements}
                across = [extract_model.Link(**ln) for ln in old.get("links", ())
                          if (ln["source"] in mine) != (ln["target"] in mine)]
                doc = article_file(ex, aid, list(ex.links) + across)
                doc["added"] = old.get("added", doc["added"])
                fresh[aid] = doc
                if progress:
                    progress(done, len(ids))
            exists = {st["id"] for doc in fresh.values() for st in doc["statements"]}
            changed = 0
            for aid, doc in fresh.items():
                doc["links"] = [ln for ln in doc["links"] if ln["source"] in exists and ln["target"] in exists]
                if _plain([doc[k] for k in _EXTRACTED]) != before[aid]:
                    path = self.root / ARTICLES / f"{aid}.json"
                    atomic_write(path, encode(doc), path.read_bytes())
                    changed += 1
            if changed:
                self._catalog.write({**(self._catalog.read() or {}),
                                     "articles": _table([catalog_entry(fresh[aid]) for aid in ids])})
                self._load_catalog()
                self._load_user()
                moved = {nid: place.statement_id for nid, place in self._notes.placed.items()
                         if place.attached and self._notes.docs[nid].get("statement_id") != place.statement_id}
                if moved:
                    def follow(doc):
                        doc["statement_id"] = moved[doc["id"]]
                    self._change_user(lambda table: table.update(follow, lambda d: d.get("id") in moved))
        return changed

    # -- notes -----------------------------------------------------------------
    def notes(self, statement_id: str | None = None) -> list[NoteView]:
        notes = self._notes
        if statement_id is None:
            ids = list(notes.docs)
        else:
            ids = notes.by_statement.get(statement_id, [])
        return [note_rules.view(notes.docs[i], notes.placed[i]) for i in ids]

    def add_note(self, statement_id: str, text: str) -> NoteView:
        """Keep a note on a statement; it is on disk (fsynced) when this returns."""
        self._writable()
        text = _note_text(text)
        with self._lock:
            self._reload_locked()
            row = self._index.rows.get(statement_id)
            if row is None:
                raise NotFound(f"statement {statement_id}")
            try:
                article_text = self._article_doc(row.article)["article"]["text"]
            except (LibraryDamaged, KeyError, TypeError):
                article_text = ""
            anchor = note_rules.make_anchor(article_text, row.spans) if article_text else \
                {"exact": row.text, "prefix": "", "suffix": "", "start": 0}
            stamp = note_rules.now()
            doc = {"id": note_rules.new_note_id(), "statement_id": statement_id, "article_id": row.article,
                   "text": text, "created": stamp, "updated": stamp, "anchor": anchor}
            self._change_user(lambda table: table.insert_multiple(
                [Document(doc, doc_id=_next_doc_id(self._user, "notes"))]))
        return note_rules.view(doc, self._notes.placed[doc["id"]])

    def update_note(self, note_id: str, text: str) -> NoteView:
        self._writable()
        text = _note_text(text)
        with self._lock:
            self._reload_locked()
            if note_id not in self._notes.docs:
                raise NotFound(f"note {note_id}")
            self._change_user(lambda table: table.update(
                {"text": text, "updated": note_rules.now()}, lambda d: d.get("id") == note_id))
        return note_rules.view(self._notes.docs[note_id], self._notes.placed[note_id])

    def delete_note(self, note_id: str) -> None:
        self._writable()
        with self._lock:
            self._reload_locked()
            if note_id not in self._notes.docs:
                raise NotFound(f"note {note_id}")
            self._change_user(lambda table: table.remove(lambda d: d.get("id") == note_id))

    def _change_user(self, change, table: str = "notes") -> None:
        """Back up user.json as it is, apply `change` to one of its tables (one atomic write)."""
        backup_files.keep_copy(self.root, self._user.path, self._user.raw())
        try:
            change(self._user_db.table(table))
        finally:
            self._load_user()

    # -- corrections by hand ------------------------------------------------------
    def add_link(self, source_id: str, target_id: str, kind: str = "rebuts", reason: str = "") -> LinkView:
        """Say that `source_id` answers `target_id`; returns the link as the source's `answers` shows it."""
        self._writable()
        if kind not in KINDS:
            raise BadInput("link", f"the kind of a link is one of: {', '.join(KINDS)}")
        if source_id == target_id:
            raise BadInput("link", "a statement cannot answer itself; pick another one")
        with self._lock:
            self._reload_locked()
            for sid in (source_id, target_id):
                if sid not in self._index.rows:
                    raise NotFound(f"statement {sid}")
            doc = {"pair": pair_key(source_id, target_id), "source": source_id, "target": target_id,
                   "action": "add", "kind": kind, "reason": reason.strip(), "created": note_rules.now()}
            self._change_user(lambda table: _put_pair(self._user, table, doc), "links")
            return LinkView(self.statement(target_id), kind, doc["reason"], 1.0, by_hand=True)

    def remove_link(self, source_id: str, target_id: str) -> None:
        """Forget a link made by hand, or hide an automatic one for good (re-adding articles keeps it hidden)."""
        self._writable()
        with self._lock:
            self._reload_locked()
            ix = self._index
            pair = (source_id, target_id)
            by_hand = any(link[:2] == pair for link in ix.corrections.links)
            automatic = pair in ix.auto_links and pair not in ix.corrections.rejected
            if not (by_hand or automatic):
                raise NotFound(f"link from {source_id} to {target_id}")
            key = pair_key(source_id, target_id)
            if pair in ix.auto_links:
                doc = {"pair": key, "source": source_id, "target": target_id, "action": "reject",
                       "created": note_rules.now()}
                self._change_user(lambda table: _put_pair(self._user, table, doc), "links")
            else:
                self._change_user(lambda table: table.remove(lambda d: d.get("pair") == key), "links")

    def merge_speakers(self, key: str, into: str, keep_name: bool = False) -> SpeakerSummary:
        """Say that two speakers are one person; returns the merged speaker, shown by its fullest
        name, or by the name `into` had when `keep_name` (a person merging X into Y means Y)."""
        if keep_name:
            name = self._speaker(into).name
            merged = self.merge_speakers(key, into)
            return merged if merged.name == name else self.rename_speaker(merged.key, name)
        self._writable()
        with self._lock:
            self._reload_locked()
            one, other = self._speaker(key), self._speaker(into)
            if key == into:
                raise BadInput("speaker", "a speaker is already one with itself; pick two different speakers")
            doc = {"action": "merge", "names": [one.original or one.name, other.original or other.name],
                   "created": note_rules.now()}
            self._change_user(lambda table: table.insert_multiple(
                [Document(doc, doc_id=_next_doc_id(self._user, "speakers"))]), "speakers")
            return self._speaker_now(other)

    def rename_speaker(self, key: str, name: str) -> SpeakerSummary:
        """Show a speaker under another name (kept when articles are added)."""
        self._writable()
        if not isinstance(name, str) or not name.strip():
            raise BadInput("speaker", "a speaker needs a name")
        with self._lock:
            self._reload_locked()
            speaker = self._speaker(key)
            doc = {"action": "rename", "name": speaker.original or speaker.name, "to": name.strip(),
                   "created": note_rules.now()}
            self._change_user(lambda table: table.insert_multiple(
                [Document(doc, doc_id=_next_doc_id(self._user, "speakers"))]), "speakers")
            return self._speaker_now(speaker)

    def corrections(self) -> list[CorrectionView]:
        """Every correction made by hand, oldest first."""
        data = self._user.read() or {}
        out = []
        for doc in (data.get("links") or {}).values():
            if not isinstance(doc, dict) or doc.get("action") not in ("add", "reject"):
                continue
            ends = f"{self._describe_statement(doc.get('source'))} → {self._describe_statement(doc.get('target'))}"
            if doc["action"] == "add":
                out.append(CorrectionView(f"link:{doc.get('pair')}", "link added",
                                          f"{doc.get('kind', 'rebuts')}: {ends}", doc.get("created", "")))
            else:
                out.append(CorrectionView(f"link:{doc.get('pair')}", "link removed", ends, doc.get("created", "")))
        for doc_id, doc in (data.get("speakers") or {}).items():
            if not isinstance(doc, dict):
                continue
            if doc.get("action") == "merge" and isinstance(doc.get("names"), list) and len(doc["names"]) == 2:
                out.append(CorrectionView(f"speaker:{doc_id}", "speakers merged",
                                          f"{doc['names'][0]} is {doc['names'][1]}", doc.get("created", "")))
            elif doc.get("action") == "rename":
                out.append(CorrectionView(f"speaker:{doc_id}", "speaker renamed",
                                          f"{doc.get('name')} shown as {doc.get('to')}", doc.get("created", "")))
        return sorted(out, key=lambda c: c.created)

    def _describe_statement(self, statement_id) -> str:
        row = self._index.rows.get(statement_id)
        if row is None:
            return f"statement {statement_id} (no longer in the library)"
        return f"{self._index.speakers[row.speaker].name}: {quoted(row.text, 60)}"

    def undo_correction(self, correction_id: str) -> None:
        """Take back a correction made by hand (`corrections` lists their ids)."""
        self._writable()
        table, _, key = correction_id.partition(":")
        if table not in ("link", "speaker") or not key:
            raise NotFound(f"correction {correction_id}")
        with self._lock:
            self._reload_locked()
            docs = (self._user.read() or {}).get("links" if table == "link" else "speakers") or {}
            if table == "link":
                if not any(isinstance(d, dict) and d.get("pair") == key for d in docs.values()):
                    raise NotFound(f"correction {correction_id}")
                self._change_user(lambda t: t.remove(lambda d: d.get("pair") == key), "links")
            else:
                if key not in docs:
                    raise NotFound(f"correction {correction_id}")
                self._change_user(lambda t: t.remove(doc_ids=[int(key)]), "speakers")

    def _speaker(self, key: str):
        speaker = self._index.speakers.get(key)
        if speaker is None or not speaker.members:
            raise NotFound(f"speaker {key}")
        return speaker

    def _speaker_now(self, before) -> SpeakerSummary:
        """The summary of the speaker that `before` (from an older index) belongs to now."""
        key = self._index.speaker_of[before.members[0]]
        return next(s for s in self.speakers() if s.key == key)

    # -- backups ----------------------------------------------------------------
    def backups(self) -> list[Path]:
        """Earlier versions of user.json, newest first."""
        return backup_files.list_backups(self.root)

    def restore(self, backup: Path | None = None) -> Path:
        """Put a backup (default: the newest readable one) back as user.json; returns it."""
        self._writable()
        with self._lock:
            used = backup_files.restore_backup(self.root, backup)
            self._user.close()
            self._load_user()
        return used

    # -- writing helpers ---------------------------------------------------------
    def _writable(self) -> None:
        if self.read_only:
            raise LibraryWriteError(str(self.root), "the library was opened read-only")

    def _reload_locked(self) -> None:
        """Under the lock: see every change other writers made, and sweep their leftovers once."""
        if not self._swept:
            self._swept = True
            _sweep_temp_files(self.root)
        self.refresh()


class LinkerLibrary:
    """The library's statements with their speakers, as the cross-article linker takes them.

    Made again only when the index is (a batch of articles reuses them), and
    from an index extended from the last one, only for what changed: its new
    or replaced rows, and the statements of speakers whose name, kind,
    description or aliases changed. Each `Statement` is made once per id.
    """

    def __init__(self) -> None:
        self.version = None
        self.pairs: list[tuple[extract_model.Statement, extract_model.Speaker]] = []
        self.at: dict[str, int] = {}
        self.speakers: dict[str, extract_model.Speaker] = {}
        self.made: dict[str, extract_model.Statement] = {}

    def statements(self, ix: Index) -> list[tuple[extract_model.Statement, extract_model.Speaker]]:
        if self.version == ix.version:
            return self.pairs
        with _collector_paused():
            if self.version is not None and self.version == ix.grown_from:
                self._follow(ix)
            else:
                self._make(ix)
        self.version = ix.version
        return self.pairs

    def _speaker(self, key: str, sp) -> extract_model.Speaker:
        return extract_model.Speaker(key, sp.name, sp.kind, sp.description, list(sp.aliases))

    def _statement(self, r: StatementRow) -> extract_model.Statement:
        st = self.made.get(r.id)
        if st is None or st.speaker != r.speaker:  # a statement's words never change under its id
            st = self.made[r.id] = extract_model.Statement(r.id, [tuple(s) for s in r.spans], r.text, r.kind,
                                                           r.speaker, paragraph=r.paragraph)
        return st

    def _make(self, ix: Index) -> None:
        speakers = self.speakers = {key: self._speaker(key, sp) for key, sp in ix.speakers.items()}
        self.pairs = [(self._statement(r), speakers[r.speaker]) for r in ix.rows.values()]
        self.at = {sid: i for i, sid in enumerate(ix.rows)}

    def _follow(self, ix: Index) -> None:
        pairs, at, speakers = self.pairs, self.at, {}
        for key, sp in ix.speakers.items():
            old = self.speakers.get(key)
            if old is not None and (old.name, old.kind, old.description, old.aliases) == \
                    (sp.name, sp.kind, sp.description, sp.aliases):
                speakers[key] = old
                continue
            speakers[key] = self._speaker(key, sp)
            if old is not None:
                for sid in ix.by_speaker.get(key, ()):
                    i = at.get(sid)
                    if i is not None:
                        pairs[i] = (pairs[i][0], speakers[key])
        self.speakers = speakers
        for sid in ix.changed_rows:
            r = ix.rows[sid]
            pair = (self._statement(r), speakers[r.speaker])
            i = at.get(sid)
            if i is None:
                at[sid] = len(pairs)
                pairs.append(pair)
            else:
                pairs[i] = pair


@contextmanager
def _collector_paused():
    """Building the index makes ~10 objects per statement and none of them cycles;
    the cyclic collector would walk the whole heap several times meanwhile."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def restore_backup(root: str | Path, backup: Path | None = None) -> Path:
    """Restore user.json of a library that cannot be opened (see `Library.restore`)."""
    root = Path(root).expanduser()
    with WriteLock(root / LOCK, root):
        return backup_files.restore_backup(root, backup)


def _documents(storage: AtomicJSONStorage, table: str) -> list[dict]:
    data = storage.read()
    if data is None:
        return []
    docs = data.get(table, {})
    if not isinstance(docs, dict) or not all(isinstance(d, dict) for d in docs.values()):
        raise LibraryDamaged(str(storage.path), None, f"has a damaged {table} table")
    return [d for _, d in sorted(docs.items(), key=lambda kv: int(kv[0]) if kv[0].isdigit() else 0)]


def _table(entries: list[dict]) -> dict[str, dict]:
    """A TinyDB table of `entries`, their doc ids in order."""
    return {str(i): e for i, e in enumerate(entries, 1)}


def _next_doc_id(storage: AtomicJSONStorage, table: str) -> int:
    docs = (storage.read() or {}).get(table, {})
    return max((int(i) for i in docs if i.isdigit()), default=0) + 1


_EXTRACTED = ("speakers", "statements", "links", "context")


def _plain(data):
    """`data` as it reads back from JSON (tuples become lists), for comparing."""
    return json.loads(json.dumps(data))


def _put_pair(storage: AtomicJSONStorage, table, doc: dict) -> None:
    """One document per pair of statements in the links table: replace it or add it."""
    if any(d.get("pair") == doc["pair"] for d in table.all()):
        table.update(doc, lambda d: d.get("pair") == doc["pair"])
    else:
        table.insert_multiple([Document(doc, doc_id=_next_doc_id(storage, "links"))])


def _note_text(text: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise BadInput("note", "a note needs some text")
    return text.strip()


def _add_result(path: str, entry: dict, *, added: bool) -> AddResult:
    return AddResult(path=path, article_id=entry["id"], title=entry.get("title", ""),
                     added=added, statements=len(entry.get("statements", [])))


def _sweep_temp_files(root: Path) -> None:
    """Temp files of writers killed mid-write (only writers holding the lock make them)."""
    for folder in (root, root / ARTICLES, root / "backups"):
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            if name.startswith(".") and name.endswith(".tmp"):
                try:
                    os.unlink(folder / name)
                except OSError:
                    pass
