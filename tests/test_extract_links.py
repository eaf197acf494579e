"""Rebuttal links: which statement answers which, how, and why."""
from __future__ import annotations

import random

from store.extract.links import CrossIndex, cross_links, find_links
from store.extract.model import Speaker, Statement
from store.extract.reader import read_text

SPEAKERS = {
    "ana-ruiz": Speaker("ana-ruiz", "Ana Ruiz", "person", "Mayor", ["Ana Ruiz", "Ruiz"]),
    "tom-berg": Speaker("tom-berg", "Tom Berg", "person", "council member", ["Tom Berg", "Berg"]),
    "harbour-union": Speaker("harbour-union", "Harbour Union", "organisation", "", ["Harbour Union", "the union"]),
    "union-official": Speaker("union-official", "Harbour Union official", "unnamed", "", ["a Harbour Union official"]),
}


def build(text: str, said: list[tuple[str, str, str]]):
    """An article and its statements from (speaker key, content, source mention) triples,
    each found at its first occurrence after the previous one."""
    article = read_text(text)
    statements, pos = [], 0
    for key, content, source in said:
        start = text.index(content, pos)
        end = start + len(content)
        src = text.find(source, max(0, start - 200))
        statements.append(Statement(
            id=f"s{len(statements)}", spans=[(start, end)], text=content, kind="indirect",
            speaker=key, source_span=(src, src + len(source)) if src >= 0 else None,
            paragraph=article.paragraph_index(start)))
        pos = start + 1
    return article, statements


def links_of(text, said):
    article, statements = build(text, said)
    return {(l.source, l.target): l for l in find_links(article, statements, SPEAKERS)}


def test_a_rebuttal_verb_answers_the_speaker_just_before():
    text = ("Mayor Ana Ruiz said the new bridge toll would pay for repairs within five years.\n\n"
            "Council member Tom Berg hit back, saying the toll money would vanish into the general budget.")
    links = links_of(text, [
        ("ana-ruiz", "the new bridge toll would pay for repairs within five years", "Mayor Ana Ruiz"),
        ("tom-berg", "the toll money would vanish into the general budget", "Council member Tom Berg"),
    ])
    assert set(links) == {("s1", "s0")}
    link = links[("s1", "s0")]
    assert link.kind == "rebuts"
    assert "Tom Berg" in link.reason and "Ana Ruiz" in link.reason
    assert "hit back" in link.reason
    assert 0.0 < link.score <= 1.0


def test_naming_the_other_speakers_words_answers_them_even_further_back():
    text = ("Mayor Ana Ruiz said the toll would pay for bridge repairs.\n\n"
            "She added that drivers from out of town would pay most of the toll.\n\n"
            "Ruiz also said the library would open on Sundays.\n\n"
            "The union said dock workers would strike on Monday over the pension fund.\n\n"
            "“Ruiz’s claims about the toll are false,” Tom Berg said.")
    links = links_of(text, [
        ("ana-ruiz", "the toll would pay for bridge repairs", "Mayor Ana Ruiz"),
        ("ana-ruiz", "drivers from out of town would pay most of the toll", "She"),
        ("ana-ruiz", "the library would open on Sundays", "Ruiz"),
        ("harbour-union", "dock workers would strike on Monday over the pension fund", "The union"),
        ("tom-berg", "“Ruiz’s claims about the toll are false,”", "Tom Berg"),
    ])
    assert ("s4", "s0") in links and ("s4", "s1") in links
    assert ("s4", "s2") not in links  # Ruiz's claim on another question is not the one answered
    assert ("s4", "s3") not in links  # nor is the union
    assert "by name" in links[("s4", "s0")].reason


def test_a_but_against_the_previous_speaker_on_the_same_question_contradicts():
    text = ("For months, the Harbour Union has said it would end the strike in exchange for a permanent pay rise. "
            "But Ana Ruiz has maintained that any pay rise would only be temporary.")
    links = links_of(text, [
        ("harbour-union", "it would end the strike in exchange for a permanent pay rise", "the Harbour Union"),
        ("ana-ruiz", "that any pay rise would only be temporary", "Ana Ruiz"),
    ])
    assert set(links) == {("s1", "s0")}
    assert links[("s1", "s0")].kind == "contradicts"
    assert "Ana Ruiz" in links[("s1", "s0")].reason


def test_no_link_between_a_speaker_and_themselves_or_their_own_side():
    text = ("The Harbour Union said the strike would go ahead.\n\n"
            "A Harbour Union official denied reports that the strike would go ahead, calling them false.")
    links = links_of(text, [
        ("harbour-union", "the strike would go ahead", "The Harbour Union"),
        ("union-official", "reports that the strike would go ahead", "A Harbour Union official"),
    ])
    assert links == {}


def test_statements_on_different_questions_without_an_answer_are_not_linked():
    text = ("Mayor Ana Ruiz said the bridge would reopen in May.\n\n"
            "Tom Berg said the library needed a new roof.")
    assert links_of(text, [
        ("ana-ruiz", "the bridge would reopen in May", "Mayor Ana Ruiz"),
        ("tom-berg", "the library needed a new roof", "Tom Berg"),
    ]) == {}


def test_a_quote_that_goes_on_from_a_rebuttal_answers_the_same_claim():
    text = ("Mayor Ana Ruiz said the union had broken the harbour agreement.\n\n"
            "“Ruiz’s comments are simply wrong,” a Harbour Union official said. "
            "“Even the port authority admitted the agreement still holds.”")
    links = links_of(text, [
        ("ana-ruiz", "the union had broken the harbour agreement", "Mayor Ana Ruiz"),
        ("union-official", "“Ruiz’s comments are simply wrong,”", "a Harbour Union official"),
        ("union-official", "“Even the port authority admitted the agreement still holds.”", "a Harbour Union official"),
    ])
    assert ("s1", "s0") in links and ("s2", "s0") in links
    assert "goes on" in links[("s2", "s0")].reason


def _stmt(sid: str, text: str, speaker: str) -> Statement:
    return Statement(id=sid, spans=[(0, len(text))], text=text, kind="indirect", speaker=speaker)


def test_cross_links_answer_a_claim_from_another_article():
    berg, ruiz = SPEAKERS["tom-berg"], SPEAKERS["ana-ruiz"]
    existing = [(_stmt("old1", "the bridge toll will pay for the harbour bridge repairs", "ana-ruiz"), ruiz),
                (_stmt("old2", "the library roof needs replacing", "ana-ruiz"), ruiz)]
    new = [(_stmt("new1", "Ruiz's claim that the bridge toll will pay for the harbour bridge repairs is false",
                  "tom-berg"), berg)]
    links = cross_links(new, existing)
    assert [(l.source, l.target, l.kind) for l in links] == [("new1", "old1", "rebuts")]
    assert "Tom Berg" in links[0].reason and "Ana Ruiz" in links[0].reason
    # the same speaker never answers themselves across articles either
    assert cross_links([(_stmt("n", "the bridge toll will not pay for the harbour bridge repairs",
                                "ana-ruiz"), ruiz)], existing) == []


def test_cross_links_reads_each_library_statement_once(monkeypatch):
    # speed is measured in benchmarks/bench_cross_links.py; here, the reason it is fast:
    # a kept index means a second article reads no library statement again
    import store.extract.links as links_module

    speakers = [Speaker(f"sp{i}", f"Speaker {i}") for i in range(30)]
    rng = random.Random(7)
    vocab = ["".join(rng.choice("bcdfghklmnprstvz") for _ in range(7)) for _ in range(500)]
    existing = []
    for n in range(2000):
        words = " ".join(vocab[(n * 7 + k * 131) % len(vocab)] for k in range(12))
        existing.append((_stmt(f"e{n}", words, f"sp{n % 30}"), speakers[n % 30]))
    new = [(_stmt(f"n{n}", "denied that " + " ".join(vocab[(n * 11 + k * 37) % len(vocab)] for k in range(12)),
                  "sp1"), speakers[1]) for n in range(25)]
    read = []
    real = links_module.content_stems
    monkeypatch.setattr(links_module, "content_stems", lambda text: read.append(text) or real(text))
    index = CrossIndex()
    cross_links(new, existing, index)
    first = len(read)
    assert len(index.stems) == len(existing) and first >= len(existing)
    read.clear()
    cross_links(new, existing, index)
    assert len(read) <= len(new), "the library's statements were read again"


def build_with_cues(text: str, said: list[tuple[str, str, str, str]]):
    """Like `build`, with each statement's reporting cue (speaker key, content, source, cue)."""
    article, statements = build(text, [(k, c, s) for k, c, s, _ in said])
    for st, (_, content, _, cue) in zip(statements, said):
        at = text.rfind(cue, 0, st.spans[0][0]) if text.rfind(cue, 0, st.spans[0][0]) >= 0 else text.find(cue, st.spans[0][1])
        st.cue_span = (at, at + len(cue))
    return article, statements


def test_an_answer_that_points_at_an_argument_answers_the_statement_reported_as_arguing():
    text = ("The Harbour Union filed a motion to open the port accounts, arguing the public deserves to see "
            "how the fees are spent.\n\n"
            "Mayor Ana Ruiz rejected that argument on Thursday.")
    article, statements = build_with_cues(text, [
        ("harbour-union", "to open the port accounts", "The Harbour Union", "filed a motion"),
        ("harbour-union", "the public deserves to see how the fees are spent", "The Harbour Union", "arguing"),
        ("ana-ruiz", "that argument", "Mayor Ana Ruiz", "rejected"),
    ])
    links = {(l.source, l.target): l for l in find_links(article, statements, SPEAKERS)}
    assert set(links) == {("s2", "s1")}
    assert links[("s2", "s1")].kind == "rebuts"
    assert "rejected" in links[("s2", "s1")].reason


def test_a_verb_aimed_at_a_thing_is_no_answer_to_the_speaker_before():
    text = ("Mayor Ana Ruiz said the harbour bridge would reopen in May.\n\n"
            "Tom Berg blasted the weather service for its late storm warnings.")
    article, statements = build_with_cues(text, [
        ("ana-ruiz", "the harbour bridge would reopen in May", "Mayor Ana Ruiz", "said"),
        ("tom-berg", "the weather service for its late storm warnings", "Tom Berg", "blasted"),
    ])
    assert find_links(article, statements, SPEAKERS) == []


def test_opposite_words_against_the_speaker_just_before_contradict():
    text = ("Tom Berg accused the mayor of being asleep when the storm hit the harbour. "
            "Ana Ruiz says she was awake all night during the storm.")
    links = links_of(text, [
        ("tom-berg", "the mayor of being asleep when the storm hit the harbour", "Tom Berg"),
        ("ana-ruiz", "she was awake all night during the storm", "Ana Ruiz"),
    ])
    assert set(links) == {("s1", "s0")}  # the later statement answers the earlier, not the reverse
    link = links[("s1", "s0")]
    assert link.kind == "contradicts"
    assert "Ana Ruiz" in link.reason and "Tom Berg" in link.reason and "opposite" in link.reason


def test_two_statements_that_answer_each_other_keep_the_surer_direction():
    text = ("Tom Berg says Ana Ruiz is lying about her support for the bridge toll.\n\n"
            "Ruiz now says she opposes the bridge toll.")
    links = links_of(text, [
        ("tom-berg", "Ana Ruiz is lying about her support for the bridge toll", "Tom Berg"),
        ("ana-ruiz", "she opposes the bridge toll", "Ruiz"),
    ])
    assert set(links) == {("s0", "s1")}
    assert links[("s0", "s1")].kind == "rebuts" and "lying" in links[("s0", "s1")].reason


def test_cross_links_contradict_by_negation_and_reuse_the_kept_index():
    berg, ruiz = SPEAKERS["tom-berg"], SPEAKERS["ana-ruiz"]
    existing = [(_stmt("old1", "the harbour bridge toll will pay for the bridge repairs", "ana-ruiz"), ruiz),
                (_stmt("old2", "the library roof needs replacing", "ana-ruiz"), ruiz)]
    new = [(_stmt("new1", "the harbour bridge toll will not pay for the bridge repairs", "tom-berg"), berg)]
    index = CrossIndex()
    links = cross_links(new, existing, index)
    assert [(l.source, l.target, l.kind) for l in links] == [("new1", "old1", "contradicts")]
    assert "opposite side" in links[0].reason and "harbour" in links[0].reason
    assert set(index.stems) == {"old1", "old2"}
    # a statement removed from the library is no longer linked, though the index still knows it
    assert cross_links(new, existing[1:], index) == []
    # and a statement never links to itself
    assert cross_links(new, [*existing, *new], index) == links


def test_an_answer_to_one_claim_answers_the_same_speakers_neighbours_on_that_question():
    text = ("Mayor Ana Ruiz said the city will build the river tunnel next spring, with or without federal money. "
            "“The tunnel does not depend on anything,” Ruiz said. “I told the council so.”\n\n"
            "Tom Berg says he is opposed to building the river tunnel since it would flood the docks.")
    links = links_of(text, [
        ("ana-ruiz", "the city will build the river tunnel next spring, with or without federal money", "Mayor Ana Ruiz"),
        ("ana-ruiz", "“The tunnel does not depend on anything,”", "Ruiz"),
        ("ana-ruiz", "“I told the council so.”", "Ruiz"),
        ("tom-berg", "he is opposed to building the river tunnel since it would flood the docks", "Tom Berg"),
    ])
    # one position in one paragraph: "does not depend on anything" shares only "tunnel" with
    # the answer, yet it is the claim answered; the aside sharing no word is not
    assert set(links) == {("s3", "s0"), ("s3", "s1")}
    assert all("Tom Berg" in l.reason and "Ana Ruiz" in l.reason for l in links.values())


def test_opposites_with_no_word_in_common_name_both_words_in_the_reason():
    text = ("Ana Ruiz said the harbour was safe.\n\n"
            "But Tom Berg said the docks were dangerous.")
    links = links_of(text, [
        ("ana-ruiz", "the harbour was safe", "Ana Ruiz"),
        ("tom-berg", "the docks were dangerous", "Tom Berg"),
    ])
    assert set(links) == {("s1", "s0")}
    reason = links[("s1", "s0")].reason
    assert not reason.rstrip().endswith(" on")
    assert "Tom Berg" in reason and "Ana Ruiz" in reason
    assert "dangerous" in reason and "safe" in reason


def test_a_later_reply_is_not_the_claim_an_earlier_statement_answers():
    # "Ruiz defended the toll" answers Berg; Berg's charge does not answer the defence
    text = ("Tom Berg says Ana Ruiz is lying about the cost of the bridge toll.\n\n"
            "Ruiz defended the bridge toll, saying its cost was fair to commuters.")
    article, statements = build_with_cues(text, [
        ("tom-berg", "Ana Ruiz is lying about the cost of the bridge toll", "Tom Berg", "says"),
        ("ana-ruiz", "its cost was fair to commuters", "Ruiz", "defended the bridge toll, saying"),
    ])
    links = {(l.source, l.target) for l in find_links(article, statements, SPEAKERS)}
    assert ("s0", "s1") not in links


def test_a_dismissive_word_the_speaker_denies_is_no_answer():
    text = ("Mayor Ana Ruiz said the bridge toll would pay for the harbour repairs.\n\n"
            "Tom Berg said: “I don’t think the bridge toll is a ridiculous idea for the harbour repairs.”")
    article, statements = build_with_cues(text, [
        ("ana-ruiz", "the bridge toll would pay for the harbour repairs", "Mayor Ana Ruiz", "said"),
        ("tom-berg", "“I don’t think the bridge toll is a ridiculous idea for the harbour repairs.”",
         "Tom Berg", "said:"),
    ])
    assert find_links(article, statements, SPEAKERS) == []
    # the same words, not denied, dismiss the claim before
    article, statements = build_with_cues(text.replace("I don’t think", "I think"), [
        ("ana-ruiz", "the bridge toll would pay for the harbour repairs", "Mayor Ana Ruiz", "said"),
        ("tom-berg", "“I think the bridge toll is a ridiculous idea for the harbour repairs.”",
         "Tom Berg", "said:"),
    ])
    assert [(l.source, l.target) for l in find_links(article, statements, SPEAKERS)] == [("s1", "s0")]


def test_a_claim_far_back_needs_the_same_rare_words_not_only_what_it_was_reported_doing():
    # Ruiz "attacked" the dock plan long before; Berg's "attacking" is about something else
    topics = ["pension fund", "night shifts", "crane repairs", "winter hours", "safety boots", "canteen prices",
              "parking permits", "training days", "ferry timetable", "radio system", "fire drills", "cargo fees",
              "overtime rules"]
    text = ("Ana Ruiz attacked the dock plan on Monday.\n\n"
            + "".join(f"The union said the {t} would change.\n\n" for t in topics)
            + "Tom Berg called on Ruiz to stop attacking the lifeboat crews and apologize.")
    said = ([("ana-ruiz", "the dock plan", "Ana Ruiz", "attacked")]
            + [("harbour-union", f"the {t} would change", "The union", "said") for t in topics]
            + [("tom-berg", "Ruiz to stop attacking the lifeboat crews and apologize", "Tom Berg", "called on")])
    article, statements = build_with_cues(text, said)
    assert find_links(article, statements, SPEAKERS) == []


def test_responding_with_something_answers_the_speaker_just_before():
    text = ("Mayor Ana Ruiz said the union broke the harbour deal.\n\n"
            "Tom Berg responded with jokes about the harbour deal.")
    article, statements = build_with_cues(text, [
        ("ana-ruiz", "the union broke the harbour deal", "Mayor Ana Ruiz", "said"),
        ("tom-berg", "with jokes about the harbour deal", "Tom Berg", "responded"),
    ])
    links = find_links(article, statements, SPEAKERS)
    assert [(l.source, l.target, l.kind) for l in links] == [("s1", "s0", "rebuts")]
    assert "responded" in links[0].reason


def test_words_said_back_to_the_speaker_before_answer_them():
    text = ("Mayor Ana Ruiz said the toll would pay for the harbour repairs.\n\n"
            "“Every time you say that, you scare away the toll payers,” Tom Berg said.")
    links = links_of(text, [
        ("ana-ruiz", "the toll would pay for the harbour repairs", "Mayor Ana Ruiz"),
        ("tom-berg", "“Every time you say that, you scare away the toll payers,”", "Tom Berg"),
    ])
    assert set(links) == {("s1", "s0")}
    assert links[("s1", "s0")].kind == "rebuts" and "you say" in links[("s1", "s0")].reason


def test_quoting_the_other_speakers_word_back_answers_that_quote_even_far_back():
    topics = ["pension fund", "night shifts", "crane repairs", "winter hours", "safety boots", "canteen prices",
              "parking permits", "training days", "ferry timetable", "radio system", "fire drills", "cargo fees",
              "overtime rules"]
    text = ("“The new toll is a gift to commuters,” Tom Berg said.\n\n"
            + "".join(f"The union said the {t} would change.\n\n" for t in topics)
            + "Ana Ruiz responded to Berg that drivers had received no “gift” at all.")
    said = ([("tom-berg", "“The new toll is a gift to commuters,”", "Tom Berg", "said")]
            + [("harbour-union", f"the {t} would change", "The union", "said") for t in topics]
            + [("ana-ruiz", "drivers had received no “gift” at all", "Ana Ruiz", "responded")])
    article, statements = build_with_cues(text, said)
    statements[0].kind = "direct"
    links = {(l.source, l.target): l for l in find_links(article, statements, SPEAKERS)}
    last = f"s{len(statements) - 1}"
    assert set(links) == {(last, "s0")}
    assert "quoting back “gift”" in links[(last, "s0")].reason


def test_two_rejections_of_the_same_plan_do_not_answer_each_other():
    text = ("The Harbour Union proposed a new toll plan for the docks.\n\n"
            "Mayor Ana Ruiz rejected the union's toll plan for the docks.\n\n"
            "Tom Berg also rejected the union's toll plan for the docks.")
    article, statements = build_with_cues(text, [
        ("harbour-union", "a new toll plan for the docks", "The Harbour Union", "proposed"),
        ("ana-ruiz", "the union's toll plan for the docks", "Mayor Ana Ruiz", "rejected"),
        ("tom-berg", "the union's toll plan for the docks", "Tom Berg", "also rejected"),
    ])
    links = {(l.source, l.target) for l in find_links(article, statements, SPEAKERS)}
    assert ("s2", "s1") not in links and ("s1", "s2") not in links
    assert ("s1", "s0") in links


def test_an_answer_on_shared_words_that_names_someone_else_is_not_about_an_earlier_claim():
    text = ("Mayor Ana Ruiz said the harbour toll would pay for the bridge repairs.\n\n"
            "A Harbour Union official said the night shifts would change.\n\n"
            "Tom Berg said the Harbour Union figures on the bridge toll repairs were misleading.")
    links = links_of(text, [
        ("ana-ruiz", "the harbour toll would pay for the bridge repairs", "Mayor Ana Ruiz"),
        ("union-official", "the night shifts would change", "A Harbour Union official"),
        ("tom-berg", "the Harbour Union figures on the bridge toll repairs were misleading", "Tom Berg"),
    ])
    assert ("s2", "s0") not in links


def test_a_surname_names_the_person_before_a_thing_named_after_them():
    speakers = {**SPEAKERS, "ruiz-report": Speaker("ruiz-report", "Ruiz report", "unnamed", "", ["the Ruiz report"])}
    text = ("Mayor Ana Ruiz said the toll would pay for bridge repairs.\n\n"
            "The Ruiz report said the ferry would run at night.\n\n"
            "The union said dock workers would strike on Monday over the pension fund.\n\n"
            "“Ruiz’s claims about the toll are false,” Tom Berg said.")
    article, statements = build(text, [
        ("ana-ruiz", "the toll would pay for bridge repairs", "Mayor Ana Ruiz"),
        ("ruiz-report", "the ferry would run at night", "The Ruiz report"),
        ("harbour-union", "dock workers would strike on Monday over the pension fund", "The union"),
        ("tom-berg", "“Ruiz’s claims about the toll are false,”", "Tom Berg"),
    ])
    links = {(l.source, l.target): l for l in find_links(article, statements, speakers)}
    assert set(links) == {("s3", "s0")}
    assert "by name" in links[("s3", "s0")].reason


def test_a_speaker_named_by_the_surname_alone_is_named_with_the_person():
    # "Ruiz now says …" read as a speaker of its own is still the Ruiz that Berg names
    speakers = {**SPEAKERS, "ruiz-now": Speaker("ruiz-now", "Ruiz now", "unnamed", "", ["Ruiz now"])}
    text = ("Tom Berg says Ana Ruiz is lying about her support for the bridge toll.\n\n"
            "Ruiz now says she opposes the bridge toll.")
    article, statements = build(text, [
        ("tom-berg", "Ana Ruiz is lying about her support for the bridge toll", "Tom Berg"),
        ("ruiz-now", "she opposes the bridge toll", "Ruiz now"),
    ])
    links = {(l.source, l.target) for l in find_links(article, statements, speakers)}
    assert links == {("s0", "s1")}


def test_denying_the_charge_answers_the_statement_reported_as_an_accusation():
    text = ("Tom Berg accused Ruiz of hiding the toll accounts.\n\n"
            "The Harbour Union said the strike would go ahead on Monday.\n\n"
            "Mayor Ana Ruiz denied the charge on Tuesday.")
    article, statements = build_with_cues(text, [
        ("tom-berg", "Ruiz of hiding the toll accounts", "Tom Berg", "accused"),
        ("harbour-union", "the strike would go ahead on Monday", "The Harbour Union", "said"),
        ("ana-ruiz", "the charge", "Mayor Ana Ruiz", "denied"),
    ])
    links = {(l.source, l.target): l for l in find_links(article, statements, SPEAKERS)}
    assert set(links) == {("s2", "s0")}
    assert "denied" in links[("s2", "s0")].reason


def test_a_claim_reported_after_its_answer_is_answered_from_the_lede_or_just_before_it():
    body = ("Tom Berg says Ana Ruiz is lying about the ferry toll.\n\n"
            "The ferry runs every hour.\n\nTickets cost two pounds.\n\n"
            "Ruiz now says she wants the ferry toll.")
    said = [("tom-berg", "Ana Ruiz is lying about the ferry toll", "Tom Berg"),
            ("ana-ruiz", "she wants the ferry toll", "Ruiz")]
    # in the lede, the answer may come before the claim it answers
    assert ("s0", "s1") in links_of(body, said)
    # further down, a claim three paragraphs on is another matter
    late = "Harbour news\n\nThe port opened in May.\n\nBoats were busy.\n\n" + body
    assert ("s0", "s1") not in links_of(late, said)


def test_an_answer_verb_aimed_at_a_name_is_weaker_than_one_aimed_at_words():
    text = ("Mayor Ana Ruiz said Ferry Festival would bring visitors to the harbour.\n\n"
            "Tom Berg dismissed Ferry Festival as a waste of time.")
    article, statements = build_with_cues(text, [
        ("ana-ruiz", "Ferry Festival would bring visitors to the harbour", "Mayor Ana Ruiz", "said"),
        ("tom-berg", "Ferry Festival as a waste of time", "Tom Berg", "dismissed"),
    ])
    assert find_links(article, statements, SPEAKERS) == []
    # aimed at someone's words, the same verb answers them
    text = text.replace("Tom Berg dismissed Ferry Festival", "Tom Berg dismissed the Ferry Festival plan")
    article, statements = build_with_cues(text, [
        ("ana-ruiz", "Ferry Festival would bring visitors to the harbour", "Mayor Ana Ruiz", "said"),
        ("tom-berg", "the Ferry Festival plan as a waste of time", "Tom Berg", "dismissed"),
    ])
    assert [(l.source, l.target) for l in find_links(article, statements, SPEAKERS)] == [("s1", "s0")]


def test_a_challenge_or_a_dispute_as_a_noun_is_no_answer_verb():
    from store.extract.stance import answer_cue
    assert answer_cue("Berg said the toll was a challenge \u2026", "the toll")[0] < 0.5
    assert answer_cue("Berg said the dispute \u2026 had ended", "over the toll")[0] < 0.5
    assert answer_cue("Berg challenged \u2026", "the claim that the toll pays")[0] == 1.0
    assert answer_cue("Berg disputed \u2026", "the claim that the toll pays")[0] == 1.0


def test_opposite_words_on_nothing_shared_without_a_but_are_no_contradiction():
    # "ban" here and "allowed" there, on different things, is no position against a position
    text = ("Ana Ruiz said the ferry was allowed to sail at night.\n\n"
            "Tom Berg said the city would ban parking near the library.")
    assert links_of(text, [
        ("ana-ruiz", "the ferry was allowed to sail at night", "Ana Ruiz"),
        ("tom-berg", "the city would ban parking near the library", "Tom Berg"),
    ]) == {}


def test_cross_links_leave_a_short_statement_that_a_long_one_merely_contains():
    berg, ruiz = SPEAKERS["tom-berg"], SPEAKERS["ana-ruiz"]
    existing = [(_stmt("old", "the harbour bridge toll will pay for repairs to the ferry docks, the library roof, "
                              "the school gym and the town hall clock", "ana-ruiz"), ruiz)]
    new = [(_stmt("new", "the harbour bridge toll will not pay for repairs", "tom-berg"), berg)]
    assert cross_links(new, existing, CrossIndex()) == []


def test_a_place_in_a_speakers_description_puts_them_on_no_ones_side():
    from store.extract.links import name_tokens, same_side
    holm = Speaker("lena-holm", "Lena Holm", "person", "a historian at Ferry College in Ruiz's district",
                   ["Lena Holm, a historian at Ferry College in Ruiz's district"])
    aide = Speaker("ruiz-aide", "aide to Ana Ruiz", "unnamed", "", ["an aide to Ana Ruiz"])
    names = {sp.key: name_tokens(sp) for sp in (holm, aide, SPEAKERS["ana-ruiz"])}
    assert not same_side(holm, SPEAKERS["ana-ruiz"], names)
    # whom a speaker works for is their side
    assert same_side(aide, SPEAKERS["ana-ruiz"], names)
    speakers = {**SPEAKERS, "lena-holm": holm}
    text = ("“There is real doubt whether she can raise the money for the bridge,” said Lena Holm, "
            "a historian at Ferry College in Ruiz's district.\n\n"
            "Ana Ruiz hit back, saying she would raise the money for the bridge by May.")
    article, statements = build(text, [
        ("lena-holm", "“There is real doubt whether she can raise the money for the bridge,”", "Lena Holm"),
        ("ana-ruiz", "she would raise the money for the bridge by May", "Ana Ruiz"),
    ])
    assert {(l.source, l.target) for l in find_links(article, statements, speakers)} == {("s1", "s0")}


def test_naming_a_person_names_what_speaks_for_them():
    # a source read as "Berg took to Radio Harbour to" is Berg's side, answered when Berg is named
    speakers = {**SPEAKERS, "berg-radio": Speaker("berg-radio", "Berg took to Radio Harbour to", "unnamed", "",
                                                  ["Berg took to Radio Harbour to"])}
    text = ("Berg took to Radio Harbour to accuse the union of stealing from the pension fund.\n\n"
            "The ferry will run every hour in summer, the port said.\n\n"
            "The union said the night shifts would change in June.\n\n"
            "Dock workers said the canteen would close early.\n\n"
            "Ana Ruiz said Berg’s claims of theft from the pension fund were lies.")
    article, statements = build(text, [
        ("berg-radio", "the union of stealing from the pension fund", "Berg took to Radio Harbour to"),
        ("harbour-union", "The ferry will run every hour in summer", "the port"),
        ("harbour-union", "the night shifts would change in June", "The union"),
        ("harbour-union", "the canteen would close early", "Dock workers"),
        ("ana-ruiz", "Berg’s claims of theft from the pension fund were lies", "Ana Ruiz"),
    ])
    links = {(l.source, l.target): l for l in find_links(article, statements, speakers)}
    assert set(links) == {("s4", "s0")}
    # the reason names the person named, not the other name the source was read as
    assert links[("s4", "s0")].reason.startswith("Ana Ruiz answers Tom Berg by name")


def test_the_words_a_name_owns_say_whose_claim_not_which():
    # "Berg's late-night posts" point at Berg's words; which of them is in what follows
    text = ("Tom Berg defended his late-night posts about the harbour.\n\n"
            "Berg wrote that the mayor had sold the ferry docks to a friend.\n\n"
            "Ana Ruiz said Berg’s late-night posts claiming she sold the ferry docks to a friend were lies.")
    links = links_of(text, [
        ("tom-berg", "his late-night posts about the harbour", "Tom Berg"),
        ("tom-berg", "the mayor had sold the ferry docks to a friend", "Berg"),
        ("ana-ruiz", "Berg’s late-night posts claiming she sold the ferry docks to a friend were lies", "Ana Ruiz"),
    ])
    assert set(links) == {("s2", "s1")}


def test_the_one_spoken_of_saying_the_opposite_denies_it_even_far_back():
    topics = ["night shifts", "crane repairs", "winter hours", "safety boots", "canteen prices", "parking permits",
              "training days", "ferry timetable", "radio system", "fire drills", "cargo fees", "overtime rules",
              "pension fund", "dock lights"]
    text = ("Tom Berg said: “Did Ana Ruiz take money from the ferry company for her campaign?”\n\n"
            + "".join(f"The union said the {t} would change.\n\n" for t in topics)
            + "A spokeswoman for Ana Ruiz says neither the mayor nor her campaign took money from the ferry company.")
    speakers = {**SPEAKERS, "ruiz-spokeswoman": Speaker("ruiz-spokeswoman", "spokeswoman for Ana Ruiz", "unnamed",
                                                        "", ["A spokeswoman for Ana Ruiz"])}
    article, statements = build(text, (
        [("tom-berg", "“Did Ana Ruiz take money from the ferry company for her campaign?”", "Tom Berg")]
        + [("harbour-union", f"the {t} would change", "The union") for t in topics]
        + [("ruiz-spokeswoman", "neither the mayor nor her campaign took money from the ferry company",
            "A spokeswoman for Ana Ruiz")]))
    links = {(l.source, l.target): l for l in find_links(article, statements, speakers)}
    last = f"s{len(statements) - 1}"
    assert set(links) == {(last, "s0")}
    assert links[(last, "s0")].kind == "contradicts"
    assert "says the opposite of what Tom Berg says of Ana Ruiz" in links[(last, "s0")].reason


def test_a_name_owning_something_is_not_what_a_statement_is_about():
    # "under Ruiz's questioning" is not a claim about Ruiz that she could deny
    said = [("tom-berg", "under Ruiz's questioning that the ferry dock fees had not been paid", "Tom Berg"),
            ("ana-ruiz", "the ferry dock fees had been paid by every shipping firm", "Ana Ruiz")]
    text = ("Tom Berg said under Ruiz's questioning that the ferry dock fees had not been paid.\n\n"
            "Ana Ruiz said the ferry dock fees had been paid by every shipping firm.")
    assert links_of(text, said) == {}
    # said of Ruiz, the same words are a claim she denies
    said[0] = ("tom-berg", "Ruiz had not made sure the ferry dock fees were paid", "Tom Berg")
    text = ("Tom Berg said Ruiz had not made sure the ferry dock fees were paid.\n\n"
            "Ana Ruiz said the ferry dock fees had been paid by every shipping firm.")
    assert set(links_of(text, said)) == {("s1", "s0")}


def test_what_a_relative_clause_says_of_a_speaker_is_no_name_of_theirs():
    from store.extract.links import name_tokens
    agency = Speaker("port-agency", "Port Agency", "organisation", "",
                     ["Port Agency, the office that oversees the Ferry Fund"])
    assert name_tokens(agency) == {"port", "agency"}


def test_what_critics_point_to_answers_the_critic_just_before_on_their_words():
    text = ("Tom Berg said the harbour district had been drawn around wealthy streets to win ferry grants.\n\n"
            "Ana Ruiz said the streets that critics point to had been poor before the ferry grants came.")
    said = [("tom-berg", "the harbour district had been drawn around wealthy streets to win ferry grants", "Tom Berg"),
            ("ana-ruiz", "the streets that critics point to had been poor before the ferry grants came", "Ana Ruiz")]
    links = links_of(text, said)
    assert set(links) == {("s1", "s0")}
    assert "critics" in links[("s1", "s0")].reason
    # without the pointer, shared words alone are no answer
    text = text.replace("that critics point to ", "")
    said[1] = ("ana-ruiz", "the streets had been poor before the ferry grants came", "Ana Ruiz")
    assert links_of(text, said) == {}
    # nor is a word for someone's words that is no word for critics ("his comments", "the claim")
    text = ("Tom Berg said the harbour district had been drawn around wealthy streets to win ferry grants.\n\n"
            "Ana Ruiz said her comments on the streets had been about the ferry grants.")
    said[1] = ("ana-ruiz", "her comments on the streets had been about the ferry grants", "Ana Ruiz")
    assert links_of(text, said) == {}


def test_critics_are_named_as_such_or_as_the_people_knocking_someone():
    from store.extract.stance import names_critics
    assert names_critics("the examples that critics point to were poor streets")
    assert names_critics("“For those few people knocking me for tweeting at night, I will be awake”")
    assert not names_critics("her comments on the streets were about the grants")
    assert not names_critics("the claim that the toll pays for itself")


def test_an_answer_word_naming_the_speaker_close_by_answers_them_on_little_shared():
    # the headline answers the claim reported just after it, sharing only a common word
    text = ("Ruiz calls on Berg to apologize for insulting the ferry crews\n\n"
            "Tom Berg wrote that the ferry pilots were “crooks and cowards.”\n\n"
            "The union said its members would vote on the ferry pay offer.\n\n"
            "The union said the ferry canteen would close.")
    links = links_of(text, [
        ("ana-ruiz", "Berg to apologize for insulting the ferry crews", "Ruiz"),
        ("tom-berg", "the ferry pilots were “crooks and cowards.”", "Tom Berg"),
        ("harbour-union", "its members would vote on the ferry pay offer", "The union"),
        ("harbour-union", "the ferry canteen would close", "The union"),
    ])
    assert set(links) == {("s0", "s1")}
    assert "apologize" in links[("s0", "s1")].reason


def test_a_no_far_from_the_shared_words_denies_nothing():
    from store.extract.topics import negated_near, stem
    said = [("tom-berg", "Ruiz had taken money from the ferry company", "Tom Berg"),
            ("ana-ruiz", "there was no doubt in her mind that ferry company money had built the docks", "Ana Ruiz")]
    text = ("Tom Berg said Ruiz had taken money from the ferry company.\n\n"
            "Ana Ruiz said there was no doubt in her mind that ferry company money had built the docks.")
    assert links_of(text, said) == {}
    said[1] = ("ana-ruiz", "she had not taken money from the ferry company", "Ana Ruiz")
    text = ("Tom Berg said Ruiz had taken money from the ferry company.\n\n"
            "Ana Ruiz said she had not taken money from the ferry company.")
    assert set(links_of(text, said)) == {("s1", "s0")}
    assert negated_near("neither she nor her campaign helped the ferry", {stem("helped")})
    assert not negated_near("there is no plan at all this year to expand the ferry", {stem("ferry")})


def test_rejecting_a_request_in_the_lede_answers_the_motion_reported_just_after():
    text = ("Mayor rejects a dock union request to open the port accounts\n\n"
            "The Harbour Union filed a motion to open the port accounts of the city.")
    article, statements = build_with_cues(text, [
        ("ana-ruiz", "a dock union request to open the port accounts", "Mayor", "rejects"),
        ("harbour-union", "to open the port accounts of the city", "The Harbour Union", "filed a motion"),
    ])
    links = {(l.source, l.target): l for l in find_links(article, statements, SPEAKERS)}
    assert set(links) == {("s0", "s1")}
    assert "rejects" in links[("s0", "s1")].reason
    from store.extract.stance import claim_kinds_pointed_at, claim_kinds_reported
    assert claim_kinds_pointed_at("rejected a media request to open the files") == {"request"}
    assert claim_kinds_reported("filed a motion") == {"request"}


def test_the_one_doubted_answers_the_doubt_in_their_own_voice():
    holm = Speaker("lena-holm", "Lena Holm", "person", "historian", ["Lena Holm"])
    speakers = {**SPEAKERS, "lena-holm": holm}
    said = [("lena-holm", "“There is real doubt whether she can find the money for the new bridge,”", "Lena Holm"),
            ("ana-ruiz", "“I will find the money for the bridge by May,”", "Ruiz")]
    text = ("“There is real doubt whether she can find the money for the new bridge,” said Lena Holm.\n\n"
            "“I will find the money for the bridge by May,” Ruiz said.")
    article, statements = build(text, said)
    links = {(l.source, l.target): l for l in find_links(article, statements, speakers)}
    assert set(links) == {("s1", "s0")}
    assert "answers the doubt Lena Holm raises" in links[("s1", "s0")].reason
    # a doubt about "he" is no doubt about Ana Ruiz
    text = text.replace("whether she can", "whether he can")
    said[0] = ("lena-holm", "“There is real doubt whether he can find the money for the new bridge,”", "Lena Holm")
    article, statements = build(text, said)
    assert find_links(article, statements, speakers) == []


def test_an_answer_to_words_said_twice_answers_both_times():
    text = ("Mayor Ana Ruiz said the new bridge toll would pay for repairs within five years.\n\n"
            "Council member Tom Berg hit back, saying the toll money would vanish into the general budget.\n\n"
            "At a rally, Ruiz repeated that the new bridge toll would pay for repairs within five years.")
    links = links_of(text, [
        ("ana-ruiz", "the new bridge toll would pay for repairs within five years", "Mayor Ana Ruiz"),
        ("tom-berg", "the toll money would vanish into the general budget", "Council member Tom Berg"),
        ("ana-ruiz", "the new bridge toll would pay for repairs within five years", "Ruiz"),
    ])
    assert ("s1", "s0") in links and ("s1", "s2") in links
    assert links[("s1", "s2")].kind == links[("s1", "s0")].kind == "rebuts"


def test_a_defence_answers_the_attack_on_what_it_defends_a_few_statements_back():
    text = ("Tom Berg said the late-night ferry timetable left nurses stranded at the docks.\n\n"
            "The union said its members would vote on the pay offer next week.\n\n"
            "The union said the canteen would close in May.\n\n"
            "Ana Ruiz is defending her late-night ferry timetable, saying it keeps the docks open for nurses.")
    said = [("tom-berg", "the late-night ferry timetable left nurses stranded at the docks", "Tom Berg"),
            ("harbour-union", "its members would vote on the pay offer next week", "The union"),
            ("harbour-union", "the canteen would close in May", "The union"),
            ("ana-ruiz", "it keeps the docks open for nurses", "Ana Ruiz")]
    article, statements = build_with_cues(text, [(*s, "defending" if s[0] == "ana-ruiz" else "said") for s in said])
    links = {(l.source, l.target): l for l in find_links(article, statements, SPEAKERS)}
    assert set(links) == {("s3", "s0")}
    assert "Ana Ruiz answers Tom Berg" in links[("s3", "s0")].reason and "defending" in links[("s3", "s0")].reason
    # "replied" as often answers a question: no one named, no link on the shared words alone
    text = text.replace("is defending her late-night ferry timetable, saying", "replied")
    article, statements = build_with_cues(text, [(*s, "replied" if s[0] == "ana-ruiz" else "said") for s in said])
    assert find_links(article, statements, SPEAKERS) == []


def test_pointing_at_what_was_done_is_no_pointing_at_a_claim():
    fillers = [f"the ferry crews would meet on day {n} of the month" for n in range(1, 10)]
    text = ("Mayor Ana Ruiz is set to veto the harbour budget the council passed.\n\n"
            + "".join(f"The union said {f}.\n\n" for f in fillers)
            + "Tom Berg said the mayor's reasons to veto it are wrong.")
    said = [("ana-ruiz", "the harbour budget the council passed", "Mayor Ana Ruiz", "is set to veto"),
            *(("harbour-union", f, "The union", "said") for f in fillers),
            ("tom-berg", "the mayor's reasons to veto it are wrong", "Tom Berg", "said")]
    article, statements = build_with_cues(text, said)
    # "veto" is what the mayor is reported doing, not words of hers that Berg points at
    assert find_links(article, statements, SPEAKERS) == []
    # "complained" is: "the complaint" answers it
    text = text.replace("is set to veto", "complained about").replace("reasons to veto it are wrong",
                                                                      "complaint is wrong")
    said[0] = ("ana-ruiz", "the harbour budget the council passed", "Mayor Ana Ruiz", "complained about")
    said[-1] = ("tom-berg", "the mayor's complaint is wrong", "Tom Berg", "said")
    article, statements = build_with_cues(text, said)
    assert {(l.source, l.target) for l in find_links(article, statements, SPEAKERS)} == {("s10", "s0")}


def test_case_blind_cues_are_found_in_any_case_and_through_letters_that_only_match_blind():
    from store.extract.stance import answer_cue, doubted, names_critics, replies
    assert answer_cue("Tom Berg DENIED \u2026", "the toll pays")[0] == 1.0
    assert answer_cue("Berg said", "THAT IS FALSE, the toll does not pay")[0] == 0.8
    assert names_critics("the examples that CRITICS point to")
    assert doubted("There are Questions whether she can pay") == "she"
    assert replies("Ruiz Responded \u2026")
    # "\u017f" (long s) matches "s" and the Kelvin sign matches "k" when case is ignored
    assert names_critics("the examples that \u017fkeptics point to")
    assert names_critics("those few people \u212anocking me for it")
    assert answer_cue("Tom Berg di\u017fmissed \u2026", "the toll plan")[0] == 1.0
    assert doubted("There are que\u017ftions whether he can pay") == "he"


def test_a_text_without_any_of_a_cues_words_is_not_searched_for_it(monkeypatch):
    from store.extract import stance

    class Counting:
        def __init__(self, pattern):
            self.pattern, self.calls = pattern, 0

        def search(self, *args):
            self.calls += 1
            return self.pattern.search(*args)

        def finditer(self, *args):
            self.calls += 1
            return self.pattern.finditer(*args)

    counted = {}
    for name in ("_CRITICS", "_DOUBT", "_DISMISSIVE", "_ANSWER_VERBS", "_RESPONSE_VERBS", "_POINTERS",
                 "_POINTER_NOUN", "_CRITICS_HINT", "_DOUBT_HINT", "_DISMISSIVE_HINT", "_ANSWER_VERBS_HINT",
                 "_RESPONSE_VERBS_HINT", "_POINTERS_HINT", "_POINTER_NOUN_HINT"):
        counted[name] = Counting(getattr(stance, name))
        monkeypatch.setattr(stance, name, counted[name])
    content, frame = "the ferry will sail at night from the old harbour", "Ana Ruiz said \u2026 on Monday"
    assert stance.answer_cue(frame, content) == (0.0, "", False)
    assert not stance.names_critics(content) and stance.doubted(content) == ""
    assert not stance.replies(frame) and stance.claim_kinds_pointed_at(content) == frozenset()
    # neither the patterns nor their hints: one search for all hints' words finds none
    assert {name: c.calls for name, c in counted.items() if c.calls} == {}
    # a text with one of the words is searched, and the cue found
    assert stance.answer_cue("Tom Berg rejected \u2026", content)[0] == 1.0
    assert counted["_ANSWER_VERBS"].calls == 1
    assert stance._lowered("rejected")[1] and not stance._lowered("the ferry will sail")[1]
    # only where a word starts: "lie" in "believe" is no "lie"
    assert stance._lowered("I \u201clie\u201d")[1] and not stance._lowered("I believe")[1]


def test_pairs_that_no_way_of_answering_can_reach_are_not_weighed(monkeypatch):
    import store.extract.links as links_module
    weighed = []
    real = links_module._fit
    monkeypatch.setattr(links_module, "_fit", lambda *args: weighed.append(1) or real(*args))
    # no one named, nothing shared, no cue: each statement is weighed against the one just before only
    text = "\n\n".join(f"Ana Ruiz said the ferry {w} would open.\n\nTom Berg said the library {v} had closed."
                       for w, v in (("dock", "annex"), ("pier", "wing"), ("quay", "hall")))
    said = []
    for w, v in (("dock", "annex"), ("pier", "wing"), ("quay", "hall")):
        said += [("ana-ruiz", f"the ferry {w} would open", "Ana Ruiz"),
                 ("tom-berg", f"the library {v} had closed", "Tom Berg")]
    assert links_of(text, said) == {}
    assert len(weighed) == len(said) - 1


def test_what_a_statement_is_about_comes_in_one_order_whatever_the_run():
    from store.extract.links import subject_order
    from store.extract.model import Speaker
    speakers = {k: Speaker(k, name, kind, "", []) for k, name, kind in [
        ("security-council", "Security Council", "organisation"), ("un", "United Nations", "organisation"),
        ("ann-lee", "Ann Lee", "person")]}
    orders = {tuple(subject_order(keys, speakers)) for keys in (
        ["security-council", "un", "ann-lee"], ["un", "ann-lee", "security-council"], ["ann-lee", "un", "security-council"])}
    assert orders == {("ann-lee", "security-council", "un")}


def test_whether_two_speakers_are_one_side_is_worked_out_once_for_the_pair(monkeypatch):
    from store.extract import links
    asked = []
    real = links.same_side
    monkeypatch.setattr(links, "same_side", lambda a, b, names: asked.append((a.key, b.key)) or real(a, b, names))
    aide = Speaker("ruiz-aide", "aide to Ana Ruiz", "unnamed", "", ["an aide to Ana Ruiz"])
    ruiz, berg = SPEAKERS["ana-ruiz"], SPEAKERS["tom-berg"]
    names = {sp.key: links.name_tokens(sp) for sp in (aide, ruiz, berg)}
    side = links._side_asker(names)
    assert side(aide, ruiz) and side(ruiz, aide)
    assert not side(berg, ruiz) and not side(ruiz, berg)
    assert asked == [("ruiz-aide", "ana-ruiz"), ("tom-berg", "ana-ruiz")]
    assert side.known[("ana-ruiz", "tom-berg")] is False


def test_the_linker_reads_a_statements_sentence_as_the_article_splits_it_and_splits_only_where_asked():
    from bisect import bisect_right

    from store.extract.links import _Sentences
    from store.extract.reader import read_text
    from store.extract.sentences import sentences
    article = read_text("Toll Row Deepens\n\nMr. Berg said the toll would rise. Ms. Ruiz disagreed! "
                        "\u201cIt will not,\u201d she said.\n\nThe council meets in May.\n\n"
                        "Berg hit back. \u201cWe shall see.\u201d")
    whole = sentences(article)
    starts = [s for s, _ in whole]

    def expected(start, end):
        i = max(0, bisect_right(starts, start) - 1)
        j = max(i, bisect_right(starts, max(start, end - 1)) - 1)
        return whole[i][0], whole[j][1]

    n = len(article.text)
    for start in range(0, n, 3):
        for end in (start, start + 1, start + 17, n):
            assert _Sentences(article).span(start, end) == expected(start, end), (start, end)
    asked = _Sentences(article)
    asked.span(article.text.index("Ms. Ruiz"), article.text.index("disagreed"))
    assert list(asked.split) == [1]


def test_two_lawmakers_of_one_state_are_two_sides():
    # the state a lawmaker stands for names no side: Ohio's two senators may answer each other
    from store.extract import extract_text

    for lee, ruiz in (("Sen. Ann Lee of Ohio", "Sen. Bo Ruiz of Ohio"),
                      ("Sen. Ann Lee (D-Ohio)", "Sen. Bo Ruiz (R-Ohio)"),
                      ("Rep. Ann Lee of New York", "Rep. Bo Ruiz of New York")):
        ex = extract_text(f"Tax fight.\n\n{lee} said the tax cut will help working families.\n\n"
                          f"{ruiz} rejected that, saying the tax cut will not help working families.")
        names = {st.id: ex.speakers[st.speaker].name for st in ex.statements}
        assert [(names[l.source], names[l.target]) for l in ex.links] == [("Bo Ruiz", "Ann Lee")], lee


def test_a_spokesman_for_a_lawmaker_stays_on_the_lawmakers_side():
    from store.extract.links import name_tokens

    aide = Speaker("aide", "Lee spokesman", "unnamed", "", ["a spokesman for Sen. Ann Lee of Ohio"])
    assert "lee" in name_tokens(aide) and "ohio" not in name_tokens(aide)
