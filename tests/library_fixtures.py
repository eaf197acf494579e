"""Hand-made extractions for the library tests (independent of the extractor's rules)."""
from __future__ import annotations

from store.extract.model import (Article, ContextSentence, Extraction, Link, Speaker, Statement,
                                 article_id, statement_id)


def make_article(paragraphs: list[str], title: str = "", path: str = "") -> Article:
    text = "\n\n".join(paragraphs)
    spans, at = [], 0
    for p in paragraphs:
        spans.append((at, at + len(p)))
        at += len(p) + 2
    return Article(article_id(text), text, title or paragraphs[0][:40], spans, path)


def quote(article: Article, words: str, speaker: str, kind: str = "direct") -> Statement:
    start = article.text.index(words)
    end = start + len(words)
    return Statement(statement_id(article.id, words), [(start, end)], words, kind, speaker,
                     paragraph=article.paragraph_index(start))


def extraction(article: Article, speakers: dict[str, Speaker], quotes: list[tuple[str, str]],
               links: list[tuple[int, int, str]] = (), context: list[tuple[int, str, str]] = ()) -> Extraction:
    """quotes: (words, speaker key); links: (source index, target index, kind); context: (statement index, sentence, reason)."""
    statements = [quote(article, words, key) for words, key in quotes]
    ex_links = [Link(statements[s].id, statements[t].id, kind, f"{kind} because") for s, t, kind in links]
    ctx = []
    for i, sentence, reason in context:
        start = article.text.index(sentence)
        ctx.append(ContextSentence(statements[i].id, start, start + len(sentence), reason))
    return Extraction(article, speakers, statements, ex_links, ctx)


def blinken_netanyahu() -> Extraction:
    art = make_article([
        "Gaza talks stall as leaders trade blame",
        'Secretary of State Antony Blinken said "Hamas rejected the ceasefire proposal" on Monday.',
        'Israeli Prime Minister Benjamin Netanyahu said "we will continue until victory".',
        'A Hamas official said "the proposal was never presented to us" and denied Blinken\'s claim.',
        "The talks were held in Cairo.",
    ], title="Gaza talks stall", path="gaza.txt")
    speakers = {
        "antony-blinken": Speaker("antony-blinken", "Antony Blinken", "person", "Secretary of State",
                                  ["Blinken"]),
        "benjamin-netanyahu": Speaker("benjamin-netanyahu", "Benjamin Netanyahu", "person",
                                      "Israeli Prime Minister", ["Netanyahu"]),
        "hamas-official": Speaker("hamas-official", "Hamas official", "unnamed", ""),
    }
    return extraction(art, speakers, [
        ("Hamas rejected the ceasefire proposal", "antony-blinken"),
        ("we will continue until victory", "benjamin-netanyahu"),
        ("the proposal was never presented to us", "hamas-official"),
    ], links=[(2, 0, "rebuts")], context=[(0, "The talks were held in Cairo.", "same event")])


def netanyahu_followup() -> Extraction:
    art = make_article([
        "Netanyahu doubles down",
        'Netanyahu said "there will be no ceasefire without the hostages" in Jerusalem.',
        'Blinken said "the ceasefire is still possible" later.',
    ], title="Netanyahu doubles down", path="followup.txt")
    speakers = {
        "netanyahu": Speaker("netanyahu", "Netanyahu", "person", "", []),
        "blinken": Speaker("blinken", "Blinken", "person", "", []),
    }
    return extraction(art, speakers, [
        ("there will be no ceasefire without the hostages", "netanyahu"),
        ("the ceasefire is still possible", "blinken"),
    ])
