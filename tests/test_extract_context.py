"""Context: the sentences a reader needs beside a statement, each with its reason."""
from __future__ import annotations

from store.extract.context import MAX_SENTENCES, find_context
from store.extract.model import Speaker, Statement
from store.extract.reader import read_text

SPEAKERS = {
    "ana-ruiz": Speaker("ana-ruiz", "Ana Ruiz", "person", "Mayor", ["Ana Ruiz", "Ruiz"]),
    "tom-berg": Speaker("tom-berg", "Tom Berg", "person", "council member", ["Tom Berg", "Berg"]),
}

TEXT = (
    "Harbour bridge toll divides the council\n\n"
    "Mayor Ana Ruiz opened the council meeting on Tuesday with a report on the harbour bridge.\n\n"
    "For years, residents have complained that the harbour bridge toll is too high for commuters. "
    "Shops near the harbour say trade has fallen.\n\n"
    "The weather was mild on Tuesday. Parking near the hall was free.\n\n"
    "Ruiz said the harbour bridge toll would fall for commuters next spring, but the council has not "
    "set aside any money for it. The vote is due in March. Council members will meet again on Friday.\n\n"
    "Tom Berg said the library roof needed repairs."
)


def build(said):
    article = read_text(TEXT)
    out = []
    for sid, key, content, source in said:
        start = TEXT.index(content)
        src = TEXT.rfind(source, 0, start + len(content))
        out.append(Statement(id=sid, spans=[(start, start + len(content))], text=content, kind="indirect",
                             speaker=key, source_span=(src, src + len(source)),
                             paragraph=article.paragraph_index(start)))
    return article, out


def context_of(sid="toll"):
    article, statements = build([
        ("toll", "ana-ruiz", "the harbour bridge toll would fall for commuters next spring", "Ruiz"),
        ("roof", "tom-berg", "the library roof needed repairs", "Tom Berg"),
    ])
    found = find_context(article, statements, SPEAKERS)
    return article, [c for c in found if c.statement == sid]


def texts(article, found):
    return {article.text[c.start:c.end]: c.reason for c in found}


def test_the_sentence_that_introduces_the_speaker():
    article, found = context_of()
    got = texts(article, found)
    intro = "Mayor Ana Ruiz opened the council meeting on Tuesday with a report on the harbour bridge."
    assert got[intro] == "introduces Ana Ruiz"


def test_the_rest_of_the_paragraph():
    article, found = context_of()
    got = texts(article, found)
    assert got["Council members will meet again on Friday."] == "same paragraph"


def test_earlier_sentences_on_the_same_question():
    article, found = context_of()
    got = texts(article, found)
    earlier = "For years, residents have complained that the harbour bridge toll is too high for commuters."
    assert got[earlier] == "earlier on the same question"
    # an earlier paragraph on something else is not context
    assert "The weather was mild on Tuesday." not in got


def test_the_articles_framing_after_the_statement():
    article, found = context_of()
    framing = [article.text[c.start:c.end] for c in found if c.reason == "the article's framing"]
    assert any(f.startswith("but the council has not set aside any money") for f in framing)


def test_never_the_statement_itself_in_order_without_duplicates_and_capped():
    article, found = context_of()
    toll = (TEXT.index("the harbour bridge toll would fall"), TEXT.index(" next spring") + len(" next spring"))
    spans = [(c.start, c.end) for c in found]
    assert spans == sorted(spans) and len(set(spans)) == len(spans)
    assert 0 < len(found) <= MAX_SENTENCES
    for s, e in spans:
        assert not (s <= toll[0] and toll[1] <= e), "the statement's own sentence is not its context"


def test_a_statement_whose_speaker_is_introduced_in_its_own_sentence_gets_no_introduction():
    article, found = context_of("roof")
    assert all(not c.reason.startswith("introduces") for c in found)


def _intro_of(text, speakers, said):
    article = read_text(text)
    statements = []
    for sid, key, content, source in said:
        start = text.index(content)
        src = text.rfind(source, 0, start + len(content))
        statements.append(Statement(id=sid, spans=[(start, start + len(content))], text=content, kind="indirect",
                                    speaker=key, source_span=(src, src + len(source)),
                                    paragraph=article.paragraph_index(start)))
    found = find_context(article, statements, speakers)
    return {c.statement: article.text[c.start:c.end] for c in found if c.reason.startswith("introduces")}


def test_the_introduction_is_the_first_full_name_not_an_earlier_surname():
    text = ("Ruiz says bridge toll will fall\n\n"
            "Mayor Ana Ruiz has run the city since 2019.\n\n"
            "Council members met on Tuesday.\n\n"
            "Ruiz said the toll would fall next spring.")
    got = _intro_of(text, SPEAKERS, [("head", "ana-ruiz", "bridge toll will fall", "Ruiz"),
                                     ("toll", "ana-ruiz", "the toll would fall next spring", "Ruiz")])
    assert got == {"head": "Mayor Ana Ruiz has run the city since 2019.",
                   "toll": "Mayor Ana Ruiz has run the city since 2019."}


def test_a_name_inside_another_speakers_name_does_not_introduce_it():
    speakers = {
        "harbour-union": Speaker("harbour-union", "Harbour Union", "organisation", "", ["Harbour Union"]),
        "union-official": Speaker("union-official", "Harbour Union official", "unnamed", "",
                                  ["Harbour Union official"]),
    }
    text = ("A Harbour Union official said talks had failed.\n\n"
            "Dock workers waited outside.\n\n"
            "The Harbour Union, which represents 4,000 dock workers, said the strike would go ahead.\n\n"
            "The Harbour Union said pay was the only issue.")
    got = _intro_of(text, speakers, [("pay", "harbour-union", "pay was the only issue", "The Harbour Union")])
    assert got["pay"].startswith("The Harbour Union, which represents")


def test_an_unnamed_speaker_is_introduced_where_it_is_first_a_source_not_by_a_common_word():
    speakers = {"campaign": Speaker("campaign", "campaign", "unnamed", "", ["the campaign"])}
    text = ("The vote is in March, and the campaign has been long.\n\n"
            "Rain fell all day.\n\n"
            "The campaign said the ad would air nationally.\n\n"
            "Later, the campaign said the ad would cost millions.")
    got = _intro_of(text, speakers, [
        ("air", "campaign", "the ad would air nationally", "The campaign"),
        ("cost", "campaign", "the ad would cost millions", "the campaign"),
    ])
    assert got == {"cost": "The campaign said the ad would air nationally."}


def test_of_earlier_sentences_equally_on_the_question_the_nearest_are_kept():
    # the same words, so the same score: which ones are shown must not depend on chance
    filler = "".join(f"Item {n} on the agenda was the {w} report.\n\n"
                     for n, w in enumerate(["parks", "roads", "schools", "water", "police", "housing",
                                            "budget", "transit", "museum", "library"]))
    text = ("Ferry pilots demand overtime pay.\n\n" + filler +
            "Ferry pilots demand overtime pay, one letter said.\n\n" + filler.replace("Item", "Point") +
            "Ferry pilots demand overtime pay, a second letter said.\n\n"
            "Ana Ruiz said the ferry pilots would get overtime pay.")
    article = read_text(text)
    content = "the ferry pilots would get overtime pay"
    start = text.index(content)
    src = text.index("Ana Ruiz")
    st = Statement(id="pay", spans=[(start, start + len(content))], text=content, kind="indirect",
                   speaker="ana-ruiz", source_span=(src, src + 8), paragraph=article.paragraph_index(start))
    for _ in range(3):
        earlier = [article.text[c.start:c.end] for c in find_context(article, [st], SPEAKERS)
                   if c.reason == "earlier on the same question"]
        assert earlier == ["Ferry pilots demand overtime pay, one letter said.",
                           "Ferry pilots demand overtime pay, a second letter said."]


def test_the_unattributed_sentence_right_after_is_the_articles_framing():
    article, found = context_of()
    got = texts(article, found)
    assert got["The vote is due in March."] == "the article's framing"
    # a sentence someone says is theirs, not the article's
    article, statements = build([
        ("toll", "ana-ruiz", "the harbour bridge toll would fall for commuters next spring", "Ruiz"),
        ("vote", "tom-berg", "The vote is due in March.", "Ruiz"),
    ])
    got = texts(article, [c for c in find_context(article, statements, SPEAKERS) if c.statement == "toll"])
    assert got.get("The vote is due in March.") != "the article's framing"
