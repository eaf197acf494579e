"""The sample article end to end: every statement with its speaker and kind, and every rebuttal.

The expectations are written out here (from reading the article), so a change
to the extractor that loses one of them fails by name.
"""
from __future__ import annotations

import re

import pytest

from store.extract import extract, read_path
from store.sample import sample_article_path

# (label, first words, last words, speaker, kind) — the content's words, quotation marks aside
STATEMENTS = [
    ("no-permanent-ceasefire", "he would not agree to a permanent", "would free Israeli hostages",
     "Benjamin Netanyahu", "indirect"),
    ("topple-hamas", "He told Blinken that we are", "determined to topple Hamas", "Israeli official", "direct"),
    ("free-all-hostages", "it would free all remaining", "release of Palestinian prisoners", "Hamas", "indirect"),
    ("only-temporary", "any ceasefire would only be", "would only be temporary", "Benjamin Netanyahu", "indirect"),
    ("invade-rafah", "Israel will invade the southern", "Gaza city of Rafah", "Benjamin Netanyahu", "indirect"),
    ("not-depend", "The Rafah operation does not", "not depend on anything", "Benjamin Netanyahu", "direct"),
    ("made-clear", "Prime Minister Netanyahu made this", "clear to Secretary Blinken", "Benjamin Netanyahu", "direct"),
    ("with-or-without", "Rafah would be invaded with or", "or without a hostage deal", "Benjamin Netanyahu", "mixed"),
    ("us-opposed", "it s opposed to Israel invading", "incur huge civilian casualties", "US", "indirect"),
    ("solely-to-blame", "Hamas was solely to blame", "ceasefire and hostage deal", "Antony Blinken", "indirect"),
    ("say-yes", "There is a very strong proposal", "needs to get this done", "Antony Blinken", "direct"),
    ("sabotaging", "Israeli officials have said Netanyahu", "was sabotaging negotiations", "Hamas", "indirect"),
    ("contradict-reality", "Blinken s comments contradict reality", "to make such a statement", "Hamas official",
     "direct"),
    ("team-admitted", "Even the Israeli negotiating team", "hindering reaching an agreement", "Hamas official",
     "direct"),
]

# answer -> the claim it answers
REBUTTALS = {
    ("contradict-reality", "solely-to-blame"), ("contradict-reality", "say-yes"),
    ("sabotaging", "solely-to-blame"), ("sabotaging", "say-yes"),
    ("team-admitted", "solely-to-blame"), ("team-admitted", "say-yes"),
    ("only-temporary", "free-all-hostages"),
    ("us-opposed", "invade-rafah"), ("us-opposed", "not-depend"), ("us-opposed", "with-or-without"),
}


def words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text))


@pytest.fixture(scope="module")
def sample():
    ex = extract(read_path(sample_article_path()))
    labels = {}
    for st in ex.statements:
        said = words(st.text)
        for label, first, last, _, _ in STATEMENTS:
            # a leading "that" is the extractor's choice of boundary, not another statement
            if said.removeprefix("that ").startswith(words(first)) and words(last) in said:
                labels[st.id] = label
    return ex, labels


def test_every_statement_is_found_once_and_nothing_else(sample):
    ex, labels = sample
    assert sorted(labels.values()) == sorted(label for label, *_ in STATEMENTS)
    assert len(ex.statements) == len(STATEMENTS)


@pytest.mark.parametrize("label,first,last,speaker,kind", STATEMENTS, ids=[s[0] for s in STATEMENTS])
def test_statement_has_its_speaker_and_kind(sample, label, first, last, speaker, kind):
    ex, labels = sample
    st = next(st for st in ex.statements if labels.get(st.id) == label)
    assert ex.speakers[st.speaker].name == speaker
    assert st.kind == kind


def test_every_rebuttal_is_linked_the_right_way_with_a_reason(sample):
    ex, labels = sample
    found = {(labels[ln.source], labels[ln.target]) for ln in ex.links}
    assert found == REBUTTALS
    for ln in ex.links:
        assert ln.reason and ln.kind in ("rebuts", "contradicts")


def test_netanyahu_is_one_speaker_with_his_title(sample):
    ex, _ = sample
    netanyahu = [sp for sp in ex.speakers.values() if "Netanyahu" in sp.name]
    assert len(netanyahu) == 1
    assert "Prime Minister" in netanyahu[0].description


# where the speaker is named, for the statements whose source is not simply their speaker's name
SOURCES = {"made-clear": "a statement from his office", "team-admitted": "a Hamas official",
           "say-yes": "he", "contradict-reality": "a Hamas official"}


@pytest.mark.parametrize("label,source", sorted(SOURCES.items()))
def test_source_mention_is_the_words_the_cue_attaches_to(sample, label, source):
    ex, labels = sample
    st = next(st for st in ex.statements if labels.get(st.id) == label)
    assert ex.article.text[st.source_span[0]:st.source_span[1]] == source


def test_unnamed_sources_stay_unnamed(sample):
    ex, labels = sample
    st = next(st for st in ex.statements if labels.get(st.id) == "team-admitted")
    assert ex.speakers[st.speaker].kind == "unnamed"
