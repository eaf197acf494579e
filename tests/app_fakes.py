"""A small in-memory stand-in for store.library.Library, for the app's failure-path tests."""
from __future__ import annotations

import dataclasses
import itertools

from store import views
from store.errors import LibraryWriteError, NotFound


def _statement(sid, speaker_key, speaker_name, text, kind="direct", article=("a1", "An article")):
    return views.StatementSummary(id=sid, text=text, kind=kind, speaker_key=speaker_key,
                                  speaker_name=speaker_name, article_id=article[0], article_title=article[1])


class FakeLibrary:
    def __init__(self):
        a1 = _statement("s1", "alice", "Alice Able", "The bridge will open in May.")
        a2 = _statement("s2", "alice", "Alice Able", "Nobody was hurt.", kind="indirect")
        b1 = _statement("s3", "bob", "Bob Baker", "The bridge will not open before winter.")
        b2 = _statement("s4", "bob", "Bob Baker", "Nobody checked the cables.", kind="indirect",
                        article=("a2", "A later report"))
        self._statements = {s.id: s for s in (a1, a2, b1, b2)}
        self._speakers = [
            views.SpeakerSummary("alice", "Alice Able", "person", "Mayor", 2, 1),
            views.SpeakerSummary("bob", "Bob Baker", "person", "Engineer", 2, 2),
        ]
        self._links = [("s3", "s1", "rebuts", "a later date for the same bridge"),
                       ("s4", "s2", "contradicts", "says the opposite about safety")]
        self._notes: dict[str, views.NoteView] = {}
        self._ids = itertools.count(1)
        self.fail_writes = False

    def is_empty(self):
        return not self._statements

    def speakers(self):
        return list(self._speakers)

    def statements(self, speaker_key):
        return [self.statement(s.id) for s in self._statements.values() if s.speaker_key == speaker_key]

    def statement(self, statement_id):
        try:
            st = self._statements[statement_id]
        except KeyError:
            raise NotFound(f"statement {statement_id}") from None
        return dataclasses.replace(
            st, notes=len(self.notes(st.id)),
            answered_by=sum(1 for link in self._links if link[1] == st.id),
            answers=sum(1 for link in self._links if link[0] == st.id))

    def detail(self, statement_id):
        st = self.statement(statement_id)
        answered_by = [views.LinkView(self._statements[a], kind, reason, 0.9)
                       for a, b, kind, reason in self._links if b == statement_id]
        answers = [views.LinkView(self._statements[b], kind, reason, 0.9)
                   for a, b, kind, reason in self._links if a == statement_id]
        paragraph = f"Before. {st.text} After."
        start = paragraph.index(st.text)
        return views.StatementDetail(
            statement=st, paragraph=paragraph, highlights=[(start, start + len(st.text))],
            answered_by=answered_by, answers=answers,
            context=[views.ContextView("Before.", "the sentence before", 0, 7)],
            notes=self.notes(statement_id), speaker_description="")

    def articles(self):
        seen = {}
        for st in self._statements.values():
            seen.setdefault(st.article_id, views.ArticleSummary(
                st.article_id, st.article_title, f"/news/{st.article_id}.html", 0, "2026-01-0" + st.article_id[-1],
                "The Daily Planet", "2025-12-3" + st.article_id[-1]))
        return [dataclasses.replace(a, statements=len(self.article_statements(a.id))) for a in seen.values()]

    def article_statements(self, article_id):
        return [self.statement(s.id) for s in self._statements.values() if s.article_id == article_id]

    def search(self, query):
        q = query.lower()
        return [self.statement(s.id) for s in self._statements.values()
                if q in s.text.lower() or q in s.speaker_name.lower()]

    def _check_write(self):
        if self.fail_writes:
            raise LibraryWriteError("/fake/user.json", "No space left on device")

    def add_note(self, statement_id, text):
        self._check_write()
        self.statement(statement_id)
        note = views.NoteView(f"n{next(self._ids)}", statement_id, text, "2026-01-01T00:00", "2026-01-01T00:00")
        self._notes[note.id] = note
        return note

    def update_note(self, note_id, text):
        self._check_write()
        old = self._notes[note_id]
        note = views.NoteView(old.id, old.statement_id, text, old.created, "2026-01-02T00:00")
        self._notes[note_id] = note
        return note

    def delete_note(self, note_id):
        self._check_write()
        del self._notes[note_id]

    def notes(self, statement_id=None):
        return [n for n in self._notes.values() if statement_id in (None, n.statement_id)]

    def refresh(self):
        return False
