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


# -- many small articles, for the catalog and the index ------------------------------------

FIRST = ["Ana", "Boris", "Carla"]
LAST = ["Lopez", "Novak", "Sato"]
TOPICS = ["the bridge budget", "the harbour plan", "the school levy", "the bus fares", "the water deal"]


def random_entry(rng, n: int) -> dict:
    """A catalog entry as `catalog_entry` makes them, with speakers chosen to make the library regroup:
    full names and bare surnames of few people, unnamed and organisation speakers, a statement whose
    speaker the entry lacks, statement ids repeated across articles, links to earlier articles."""
    aid = f"art{n:04d}"
    speakers, statements, links = {}, [], []
    for k in range(rng.randint(1, 4)):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        pick = rng.random()
        if pick < 0.5:
            sp = {"name": f"{first} {last}", "kind": "person", "description": rng.choice(["mayor", "", "minister"]),
                  "aliases": [last] if rng.random() < 0.5 else []}
        elif pick < 0.8:
            sp = {"name": last, "kind": "person", "description": "", "aliases": []}
        elif pick < 0.9:
            sp = {"name": "City official", "kind": "unnamed", "description": "", "aliases": []}
        else:
            sp = {"name": last, "kind": "organisation", "description": "", "aliases": []}
        speakers[f"s{k}"] = sp
    keys = list(speakers) + ["nobody"]  # "nobody": a statement whose speaker the entry lacks
    for k in range(rng.randint(1, 5)):
        sid = f"st-{rng.randrange(3)}" if rng.random() < 0.05 else f"{aid}-{k}"
        words = f"{rng.choice(TOPICS)} is {rng.choice(['fair', 'late', 'too costly', 'a success'])} {n}-{k}"
        statements.append([sid, rng.choice(keys) if rng.random() < 0.1 else rng.choice(keys[:-1]),
                           rng.choice(["direct", "indirect"]), words, k, [[10 * k, 10 * k + len(words)]]])
    for k in range(1, len(statements)):
        if rng.random() < 0.4:
            links.append([statements[k][0], statements[k - 1][0], "rebuts", "answers it", 0.7])
    if n and rng.random() < 0.3:
        other = f"art{rng.randrange(n):04d}-0"
        links.append([statements[0][0], other, "contradicts", "in another article", 0.6])
    return {"id": aid, "title": f"Council report {n}", "path": f"{n}.txt", "encoding": "utf-8", "outlet": "",
            "published": "", "added": f"2024-01-01T00:00:{n:02d}", "speakers": speakers,
            "statements": statements, "links": links}


def small_article(n: int, speaker: str = "Ana Lopez") -> Extraction:
    """A one-statement article, its words unique to `n`."""
    words = f"the bridge budget for district {n} is settled"
    art = make_article([f"Council report {n}", f'Mayor {speaker} said "{words}" on Monday.'], path=f"{n}.txt")
    return extraction(art, {"s": Speaker("s", speaker, "person", "Mayor")}, [(words, "s")])
