"""The JSON contract of `counterpoint extract` (see the scorer's README)."""
from __future__ import annotations

from .model import Extraction


def to_contract(extraction: Extraction, path: str) -> dict:
    speakers = extraction.speakers
    return {
        "path": path,
        "id": extraction.article.id,
        "title": extraction.article.title,
        "statements": [
            {
                "id": st.id,
                "speaker": speakers[st.speaker].name if st.speaker in speakers else "",
                "spans": [list(s) for s in st.spans],
                "source_span": list(st.source_span) if st.source_span else None,
                "cue_span": list(st.cue_span) if st.cue_span else None,
                "kind": st.kind,
                "text": st.text,
            }
            for st in extraction.statements
        ],
        "links": [
            {"from": ln.source, "to": ln.target, "kind": ln.kind,
             "reason": ln.reason, "score": round(ln.score, 3)}
            for ln in extraction.links
        ],
    }
