"""The sample article: every statement found, with its speaker."""
from __future__ import annotations

from pathlib import Path

from store.extract import read_path
from store.extract.speakers import find_statements

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "blinken-netanyahu.txt"


def by_start():
    article = read_path(SAMPLE)
    speakers, found = find_statements(article)
    return article, {article.text[s.spans[0][0]:s.spans[0][0] + 30]: (s, speakers[s.speaker]) for s in found}


def test_sample_statements_and_speakers():
    article, found = by_start()
    names = {text: sp.name for text, (_, sp) in found.items()}
    assert len(found) == 14
    assert names["that he would not agree to a pe"[:30]] == "Benjamin Netanyahu"
    assert names["\u201cPrime Minister Netanyahu made t"[:30]] == "Benjamin Netanyahu"
    assert names["\u201cThere is a very strong proposa"[:30]] == "Antony Blinken"
    assert names["\u201cEven the Israeli negotiating te"[:30]] == "Hamas official"
    assert names["it would free all remaining Isr"[:30]] == "Hamas"


def test_sample_kinds_and_sources():
    article, found = by_start()
    st, sp = found["Rafah would be invaded \u201cwith or"[:30]]
    assert st.kind == "mixed"
    st, sp = found["\u201cPrime Minister Netanyahu made t"[:30]]
    assert article.text[st.source_span[0]:st.source_span[1]] == "a statement from his office"
    st, sp = found["\u201cEven the Israeli negotiating te"[:30]]
    assert sp.kind == "unnamed"
    assert article.text[st.source_span[0]:st.source_span[1]] == "a Hamas official"
