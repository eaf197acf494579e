"""Reported (non-quote) speech, beliefs and intentions: store/extract/reported.py's rules."""
from __future__ import annotations

from store.extract.reader import read_text
from store.extract.speakers import find_statements
from corpus_fixtures import write_brat_corpus


def statements(text):
    article = read_text(text)
    speakers, found = find_statements(article)
    return article, speakers, found


def texts(text):
    return [s.text for s in statements(text)[2]]


def source_of(article, st):
    return article.text[st.source_span[0]:st.source_span[1]]


def test_according_to_after_a_connective_reports_what_follows():
    article, _, found = statements("Headline.\n\nBut according to the survey, most farmers plan to stay.")
    assert [s.text for s in found] == ["most farmers plan to stay"]
    assert source_of(article, found[0]) == "the survey"


def test_according_to_beside_another_cue_is_a_statement_of_its_own():
    got = texts("Headline.\n\nThe mill will close in May, according to the county, ending a dispute "
                "that workers said had lasted years.")
    assert "The mill will close in May" in got
    assert "had lasted years" in got


def test_object_of_a_stance_verb_ends_at_its_comma():
    from store.extract.reported import stops_at_comma
    assert stops_at_comma("praised") and not stops_at_comma("said")
    assert texts("Headline.\n\nAnn Lee praised the new bridge, a long-awaited gift to the town.") == ["the new bridge"]
    # a that-clause runs on past the comma
    assert texts("Headline.\n\nAnn Lee praised that the bridge, at last, was open.") == \
        ["that the bridge, at last, was open"]


def test_learn_reported_counts_contents_stopping_at_the_comma(tmp_path):
    from store.extract.learn_reported import learn
    text = "Ann Lee hailed the deal, which was new. Bo Lund hailed the deal, the cab and the bus. " \
        "Cy Ma lauded the plan when it came, twice."
    write_brat_corpus(tmp_path, text, [("Ann Lee", "hailed", "the deal"),
                                       ("Bo Lund", "hailed", "the deal, the cab and the bus"),
                                       ("Cy Ma", "lauded", "the plan")])
    comma, adjunct = learn(tmp_path, min_count=1)
    assert comma == {"hailed": {"stop": 1, "cross": 1}, "lauded": {"stop": 1, "cross": 0}}
    # adjuncts are counted after the cues whose object stops at its comma only
    assert adjunct == {"when": {"stop": 1, "cross": 0}}


def test_object_of_a_stance_verb_ends_before_a_when_clause():
    assert texts("Headline.\n\nAnn Lee praised the new bridge when she opened it.") == ["the new bridge"]


def test_participle_after_a_preposition_stays_in_the_content():
    assert texts("Headline.\n\nAnn Lee said the firm had grown by adding two small shops to the chain.") == \
        ["the firm had grown by adding two small shops to the chain"]
    # after a comma the participle opens a statement of its own
    assert texts("Headline.\n\nAnn Lee said the firm had grown, adding that it would hire.") == \
        ["the firm had grown", "that it would hire"]


def test_who_without_a_comma_is_the_source_and_names_the_people_before_it():
    article, speakers, found = statements(
        "Headline.\n\nThe town heard from shop owners who say the new road hurts trade.")
    assert [s.text for s in found] == ["the new road hurts trade"]
    assert source_of(article, found[0]) == "who"
    assert speakers[found[0].speaker].name == "shop owners"


def test_pledged_to_is_an_intention_but_pledged_money_a_deed():
    assert texts("Headline.\n\nAnn Lee pledged to close the old camps.") == ["to close the old camps"]
    assert texts("Headline.\n\nAnn Lee pledged $5 million to the fund.") == []


def test_title_case_headline_with_any_reporting_verb():
    article, _, found = statements("Ann Lee Reveals Her Plan For The Old Bridge\n\nThe town met on Monday.")
    assert [s.text for s in found] == ["Her Plan For The Old Bridge"]
    assert source_of(article, found[0]) == "Ann Lee"
    assert article.text[found[0].cue_span[0]:found[0].cue_span[1]] == "Reveals"
    # no source before the verb, no statement
    assert texts("The Best Of The Week In Review Notes\n\nThe town met on Monday.") == []
    # the plain form of the verb after a plural subject ("Leaked Documents Reveal …"), not after a name
    article, _, found = statements("Leaked Documents Reveal The Cost Of The Old Bridge\n\nThe town met on Monday.")
    assert [(s.text, source_of(article, s)) for s in found] == [("The Cost Of The Old Bridge", "Leaked Documents")]
    assert texts("Ann Lee Show Opens Tonight At The Old Hall\n\nThe town met on Monday.") == []
    # a headline with the speaker's words in quotes inside it reports them with the rest
    article, _, found = statements("Ann Lee Calls The Old Bridge \u2018A Disgrace\u2019 After The Flood\n\n"
                                   "The town met on Monday.")
    assert [(s.text, s.kind, source_of(article, s)) for s in found] == [
        ("The Old Bridge \u2018A Disgrace\u2019 After The Flood", "mixed", "Ann Lee")]


def test_a_cue_word_after_a_determiner_is_a_noun():
    assert texts("Headline.\n\nMr. Lee\u2019s showing will be enough to change the race.") == []
    assert texts("Headline.\n\nAnn Lee said their show had run for years.") == ["their show had run for years"]
    # with a that-clause the noun still reports, and "He's" is "he is"
    assert texts("Headline.\n\nAnn Lee's claim that the bridge is safe was false.") == ["that the bridge is safe was false"]
    assert texts("Headline.\n\nHe\u2019s claiming that the vote was rigged.") == ["that the vote was rigged"]


def test_object_ends_at_comma_and_but_a_said_clause_goes_on():
    assert texts("Headline.\n\nThe county report found prices rose, and was widely cited.") == ["prices rose"]
    assert texts("Headline.\n\nAnn Lee said the bid was strong, and the town agreed.") == \
        ["the bid was strong, and the town agreed"]


def test_a_new_subject_and_cue_after_a_comma_ends_the_content():
    got = texts("Headline.\n\nSeven percent said they are undecided, 27 percent of the rest said "
                "they could change their minds.")
    assert got == ["they are undecided", "they could change their minds"]
    # an attribution between commas interrupts the clause and ends nothing
    assert texts("Headline.\n\nAnn Lee said the plan, officials said, would fail.") == \
        ["the plan, officials said, would fail"]


def test_a_prepositional_preface_before_the_subject_is_no_content():
    assert texts("Headline.\n\nIn the survey, most farmers said they plan to stay.") == ["they plan to stay"]
    # with the attribution between commas, both halves are the content
    assert texts("Headline.\n\nIn the end, she said, the bridge was closed.") == \
        ["In the end the bridge was closed"]


def test_a_clause_goes_on_after_its_interrupting_attribution():
    # a conjunction or a preposition after "X, she said," goes on with what she said
    assert texts("Headline.\n\nThe mill had no debts, the owner added, and had passed every inspection.") == \
        ["The mill had no debts and had passed every inspection"]
    assert texts("Headline.\n\nIt makes sense, strategists said, for the town to vote early.") == \
        ["It makes sense for the town to vote early"]
    assert texts("Headline.\n\nThe plan would be helped, Ann Lee said, by the new budget.") == \
        ["The plan would be helped by the new budget"]
    # a reporting verb after it is a statement of its own
    assert texts("Headline.\n\nThe vote is vital, Ann Lee said, because she said the council is split.") == \
        ["The vote is vital", "the council is split"]


def test_a_participle_of_speaking_after_a_comma_is_a_statement_of_its_own():
    assert texts("Headline.\n\nAnn Lee said the plan failed, citing the cost of the bridge.") == \
        ["the plan failed", "the cost of the bridge"]
    assert texts("Headline.\n\nThe judge questioned the delay, accusing the county of stalling.") == \
        ["the delay", "the county of stalling"]
    # with no comma, the participle is part of what was said
    assert texts("Headline.\n\nAnn Lee said she was tired of citing the same figures.") == \
        ["she was tired of citing the same figures"]


def test_a_particle_after_the_cue_word_is_no_content():
    # "continued on", "hit back": what follows the comma is the statement
    assert texts("Headline.\n\nAnd he continued on, mocking the mayor's plan for the bridge.") == \
        ["the mayor's plan for the bridge"]


def test_a_dash_after_the_cue_leaves_the_content_before_it():
    assert texts("Headline.\n\nThe move could cost votes, her allies believe \u2014 votes she needs.") == \
        ["The move could cost votes"]


def test_passive_with_its_agent():
    article, _, found = statements("Headline.\n\nThe new toll was sharply criticized by local drivers.")
    assert [s.text for s in found] == ["The new toll"]
    assert source_of(article, found[0]) == "local drivers"
    assert texts("Headline.\n\nThe bridge was built by the city.") == []
    # when it happened may stand before the agent
    article, _, found = statements("Headline.\n\nThe toll was supported Friday by Sen. Ann Lee of Ohio.")
    assert [(s.text, source_of(article, s)) for s in found] == [("The toll", "Sen. Ann Lee of Ohio")]
    article, _, found = statements("Headline.\n\nTom Vale was endorsed the day before by his rival Ann Lee.")
    assert [(s.text, source_of(article, s)) for s in found] == [("Tom Vale", "his rival Ann Lee")]
    # verbs that judge or repeat what was said; the agent ends before how, why and when
    article, _, found = statements("Headline.\n\nHis call for a recount was echoed by Gov. Ann Lee.")
    assert [(s.text, source_of(article, s)) for s in found] == [("His call for a recount", "Gov. Ann Lee")]
    article, _, found = statements("Headline.\n\nThe toll was derided by Tom Vale as a gimmick on Friday.")
    assert [(s.text, source_of(article, s)) for s in found] == [("The toll", "Tom Vale")]


def test_object_relative_clause_reports_the_noun_before_its_subject():
    article, _, found = statements("Headline.\n\nLee signed a deal she once opposed.")
    assert [s.text for s in found] == ["a deal"]
    assert source_of(article, found[0]) == "she"


def test_title_case_headline_with_an_addressee_is_left_alone():
    assert texts("Ann Lee Tells Bo Lund The Bridge Will Open\n\nThe town met on Monday.") == []


def test_learned_lexicon_keeps_cue_words_a_quarter_of_whose_uses_report():
    from store.extract.cues import LEARNED_VERBS
    assert "voiced" in LEARNED_VERBS
    assert texts("Headline.\n\nAnn Lee voiced doubts about the new bridge.") == ["doubts about the new bridge"]


def test_learned_phrasal_cues_open_with_a_verb():
    import collections
    from store.extract.cues import LEARNED_VERBS
    from store.extract.learn_cues import _verb_phrase
    heads = collections.Counter({"talked about": 3, "talks about": 2, "questions about": 4})
    assert _verb_phrase("talked about", heads) and _verb_phrase("talks about", heads)
    assert not _verb_phrase("questions about", heads) and not _verb_phrase("according to", heads)
    assert "railed against" in LEARNED_VERBS
    article, _, found = statements("Headline.\n\nAnn Lee railed against the new toll on the bridge.")
    assert [s.text for s in found] == ["the new toll on the bridge"]
    assert source_of(article, found[0]) == "Ann Lee"


def test_content_goes_on_past_a_relative_clause_between_commas():
    assert texts("Headline.\n\nThe poll suggests that Ann Lee, who has raised the most money, still faces a hard road.") == \
        ["that Ann Lee still faces a hard road"]
    assert texts("Headline.\n\nAnn Lee praised Bo Lund, who was elected in May.") == ["Bo Lund"]


def test_participle_after_prefaced_sentence_takes_the_subject_after_the_prefaces():
    article, _, found = statements(
        "Headline.\n\nOn Thursday, however, Ann Lee spoke to a crowd of farmers, promising to lift the old rules.")
    assert [s.text for s in found] == ["to lift the old rules"]
    assert source_of(article, found[0]) == "Ann Lee"


def test_addressee_and_infinitive_are_one_content():
    assert texts("Headline.\n\nAnn Lee asked the mayor to step down.") == ["the mayor to step down"]
    assert texts("Headline.\n\nAnn Lee told reporters that she would run.") == ["that she would run"]


def test_nothing_but_a_semicolon_or_a_time_after_the_cue_leaves_the_content_before_it():
    assert texts("Headline.\n\nThe plan needs more votes, analysts say; in May it had none.") == \
        ["The plan needs more votes"]
    assert texts("Headline.\n\nLee was for the plan at first, he said Wednesday morning on the radio.") == \
        ["Lee was for the plan at first"]


def test_according_to_reports_a_statement_that_holds_another():
    got = texts("Headline.\n\nLee did well among voters who believe that taxes are too high, "
                "according to exit polls.")
    assert "Lee did well among voters who believe that taxes are too high" in got
    assert "that taxes are too high" in got


def test_a_plain_noun_phrase_before_a_that_clause_cue_is_its_subject():
    article, _, found = statements(
        "Headline.\n\nNew research by four leading academic economists suggests that trade hurt jobs.")
    assert [s.text for s in found] == ["that trade hurt jobs"]
    assert source_of(article, found[0]) == "New research by four leading academic economists"


def test_an_object_pointing_at_someones_words_ends_at_its_noun():
    assert texts("Headline.\n\nMayor Ann Lee rejected that argument in a letter released on Friday.") == \
        ["that argument"]
    assert texts("Headline.\n\nThe council dismissed the allegations during a meeting on the budget.") == \
        ["the allegations"]
    # a claim spelled out is the content, to its end
    assert texts("Headline.\n\nAnn Lee rejected the claim that the bridge was unsafe.") == \
        ["the claim that the bridge was unsafe"]


def test_a_dash_and_a_noun_phrase_with_its_own_clause_is_an_aside_on_the_object():
    got = texts('Headline.\n\nAnother critic, Bo Lund, likened the toll to "robbing commuters" - a charge '
                'that stung, since Mr. Lund had once backed it.')
    assert got == ['the toll to "robbing commuters"']


def test_a_comparison_with_another_time_is_no_content():
    assert texts("Headline.\n\nAnn Lee has often cited the audit as the reason she keeps her accounts closed, "
                 "as she did again on Monday.") == ["the audit as the reason she keeps her accounts closed"]


def test_a_claim_put_as_a_deed_reports_it():
    article, _, found = statements(
        "Headline.\n\nThe tenants filed a motion to block the sale, saying the landlord had misled them.\n\n"
        "The mayor disputes the idea that the pool must close.\n\n"
        "Neighbors filed court papers opposing the new tower.")
    got = {s.text: source_of(article, s) for s in found}
    assert got["to block the sale"] == "The tenants"
    assert got["the landlord had misled them"] == "The tenants"
    assert got["the idea that the pool must close"] == "The mayor"
    assert got["opposing the new tower"] == "Neighbors"


def test_an_attempt_at_a_second_cue_ends_the_first_content():
    article, _, found = statements(
        "Headline.\n\nThe governor has promised a veto and tried to make the case to lawmakers "
        "that the tax is unfair.")
    assert [(s.text, source_of(article, s)) for s in found] == [
        ("a veto", "The governor"), ("that the tax is unfair", "The governor")]


def test_a_cue_word_after_of_is_a_noun_but_a_gerund_still_reports():
    article, _, found = statements(
        "Headline.\n\nThe senator sent a flurry of tweets early Friday saying that the vote was rigged.\n\n"
        "The mayor is steering clear of criticizing the police chief.")
    got = {s.text: source_of(article, s) for s in found}
    assert sorted(got) == ["that the vote was rigged", "the police chief"]
    assert got["the police chief"].startswith("The mayor")


def test_an_as_clause_with_a_cue_reports_what_follows_its_comma():
    article, _, found = statements(
        "Headline.\n\nAs several engineers, including Ms. Rowe, have pointed out, the dam can be repaired in a year.\n\n"
        "As soon as the mayor said it, the room went quiet.")
    assert [(s.text, source_of(article, s)) for s in found] == [
        ("the dam can be repaired in a year", "several engineers, including Ms. Rowe")]
    # after a connective and its comma
    article, _, found = statements("Headline.\n\nAnd, as the Dayton Post previously reported, the dam leaks.")
    assert [(s.text, source_of(article, s)) for s in found] == [("the dam leaks", "the Dayton Post")]


def test_a_cue_in_an_opening_subordinate_clause_stops_before_the_main_clause():
    # the main clause after the comma has a subject and a verb of its own: it is not what Ruiz told
    got = texts("Headline.\n\nThough Mayor Ruiz told reporters the ferry would run all winter, the county "
                "has not set aside the money.")
    assert got == ["the ferry would run all winter"]
    got = texts("Headline.\n\nEven as he accused the board of hiding the costs, Ruiz wouldn’t say what "
                "they were.")
    assert "the board of hiding the costs" in got
    # no opening clause: a comma and a name go on being the content
    got = texts("Headline.\n\nMayor Ruiz said the ferry, Lee and the bus would run all winter.")
    assert got == ["the ferry, Lee and the bus would run all winter"]


def test_an_infinitive_after_a_cue_is_content_not_an_addressee():
    # "to a..." opens "to avoid", "to address": only "to a rally", "to the press" name where it was said
    article, _, found = statements("Headline.\n\nThe vote was close. The mayor wants to avoid another strike.")
    assert [(s.text, source_of(article, s)) for s in found] == [("to avoid another strike", "The mayor")]


def test_a_person_or_a_count_before_who_is_its_antecedent():
    article, _, found = statements(
        "Headline.\n\nShe toured the state with a popular governor who had endorsed her.\n\n"
        "Support rose among the 12 percent who said they were undecided.")
    assert [(s.text, source_of(article, s)) for s in found] == [
        ("her", "who"), ("they were undecided", "who")]


def test_a_poll_is_a_source_and_in_its_cue():
    article, _, found = statements(
        "Headline.\n\nIn a new state poll, conducted in May, the mayor leads her rival by six points.\n\n"
        "The senator trails by four points in the latest county survey.\n\n"
        "In polling places across the county, lines were long.")
    assert [(s.text, source_of(article, s), article.text[s.cue_span[0]:s.cue_span[1]]) for s in found] == [
        ("the mayor leads her rival by six points", "a new state poll, conducted in May", "In"),
        ("The senator trails by four points", "the latest county survey", "in")]


def test_a_date_after_the_cue_is_no_content():
    article, _, found = statements("Headline.\n\nThe plant closed after the storm, the county reported in 2014.")
    assert [(s.text, source_of(article, s)) for s in found] == [("The plant closed after the storm", "the county")]


def test_verbs_of_knowing_and_hoping_report_only_a_that_clause():
    article, _, found = statements(
        "Headline.\n\nFarmers know that the river will flood again.\n\n"
        "Farmers know the river well.\n\n"
        "The governor made clear that she would veto the bill.")
    assert [(s.text, source_of(article, s)) for s in found] == [
        ("that the river will flood again", "Farmers"), ("that she would veto the bill", "The governor")]


def test_cue_words_before_a_that_clause_are_learned_apart():
    from store.extract import cues
    # learned from annotated news: "aware that" reports, though "aware" alone rarely does
    assert "aware" in cues.THAT_ONLY and "aware" in cues.WEAK_INDIRECT
    assert "statement" not in cues.THAT_ONLY


def test_a_state_of_mind_with_a_that_clause_is_no_passive():
    article, _, found = statements(
        "Headline.\n\nHer advisers are not convinced that the plan will work.\n\n"
        "The plan was praised by engineers.")
    assert [(s.text, source_of(article, s)) for s in found] == [
        ("that the plan will work", "Her advisers"), ("The plan", "engineers")]


def test_since_between_the_auxiliary_and_the_cue():
    article, _, found = statements("Headline.\n\nThe mayor has since said she would support a higher wage.")
    assert [(s.text, source_of(article, s)) for s in found] == [("she would support a higher wage", "The mayor")]


def test_asked_about_and_follows_are_no_cues():
    got = texts("Headline.\n\nThe mayor, asked about the strike, shrugged.\n\n"
                "The vote follows a week of talks between the two towns.")
    assert got == []


def test_a_share_of_the_people_polled_is_a_subject():
    article, _, found = statements(
        "Headline.\n\nOn taxes, 42% say they are conservative.\n\n"
        "Even so, three-quarters of the farmers said they were worried about the drought.")
    assert [(s.text, source_of(article, s)) for s in found] == [
        ("they are conservative", "42%"),
        ("they were worried about the drought", "three-quarters of the farmers")]


def test_a_poll_noun_phrase_with_a_cue_of_its_own_is_no_source():
    got = texts("Headline.\n\nOne in four voters in a county poll last year said the mayor should resign.")
    assert "One in four voters" not in got


def test_who_with_a_time_before_its_cue_reports():
    article, _, found = statements(
        "Headline.\n\nShe thanked the architect, who in 2010 said the hall was unsafe.")
    assert ("the hall was unsafe", "who") in [(s.text, source_of(article, s)) for s in found]


def test_deeds_read_as_cues_only_with_a_that_clause():
    article, _, found = statements(
        "Headline.\n\nThe party maintains a program for young leaders.\n\n"
        "The senator maintains that the program works.")
    assert [(s.text, source_of(article, s)) for s in found] == [("that the program works", "The senator")]



def test_backing_someone_named_is_a_statement_of_whom():
    article, _, found = statements(
        "Headline.\n\nTom Vale, a guard at a casino, is backing Ann Lee because he worries about the rest.\n\n"
        "The mayor backed the bill in May.\n\nThe senator backed former Ohio Gov. Bo Lund for president.")
    assert [(s.text, source_of(article, s)) for s in found if s.cue_span and
            article.text[s.cue_span[0]:s.cue_span[1]].endswith(("backing", "backed"))] == [
        ("Ann Lee", "Tom Vale, a guard at a casino"), ("former Ohio Gov. Bo Lund", "The senator")]
    # a participle right after a group says what the group does
    article, _, found = statements("Headline.\n\nAcme gave $3 million to a group backing former Ohio Gov. Bo Lund.")
    assert [(s.text, source_of(article, s)) for s in found] == [("former Ohio Gov. Bo Lund", "a group")]


def test_a_second_verb_of_the_subject_reports():
    article, _, found = statements(
        "Headline.\n\nAnn Lee, a former state party chairwoman, became a delegate and said she favors Bo Lund.\n\n"
        "The governor freed up funds and on Monday announced that more aid was coming.")
    assert [(s.text, source_of(article, s)) for s in found] == [
        ("she favors Bo Lund", "Ann Lee"), ("that more aid was coming", "The governor")]


def test_two_groups_joined_by_and_are_one_subject():
    article, _, found = statements("Headline.\n\nBut farmers and local ranchers said the dam would fail.")
    assert [(s.text, source_of(article, s)) for s in found] == [("the dam would fail", "farmers and local ranchers")]


def test_people_in_the_plural_with_where_they_belong_are_a_subject():
    article, _, found = statements(
        "Headline.\n\nDomestic and foreign critics have noted that the law is harsh.\n\n"
        "Of those polled, 43 said they would vote.\n\n"
        "Even so, more than half of the farmers preferred the mayor.")
    assert [(s.text, source_of(article, s)) for s in found] == [
        ("that the law is harsh", "Domestic and foreign critics"), ("they would vote", "43"),
        ("the mayor", "more than half of the farmers")]


def test_which_and_that_after_a_body_or_a_document_report():
    article, _, found = statements(
        "Headline.\n\nThe union, which endorsed the mayor in May, is the largest in town.\n\n"
        "The law drew opposition from businesses that warn it could harm trade.\n\n"
        "Crowds filled the square, which said a lot.")
    assert [(s.text, source_of(article, s)) for s in found] == [
        ("the mayor in May", "which"), ("it could harm trade", "that")]


def test_people_and_where_they_are_are_a_subject():
    article, _, found = statements("Headline.\n\nExecutives there indicate that the dam is safe.")
    assert [(s.text, source_of(article, s)) for s in found] == [("that the dam is safe", "Executives there")]


def test_according_to_before_a_subject_and_its_cue_is_no_content_of_theirs():
    article, _, found = statements(
        "Headline.\n\nAccording to a county survey, most farmers said they would stay, versus a few who would go.")
    assert [(s.text, source_of(article, s)) for s in found] == [
        ("most farmers said they would stay, versus a few who would go", "a county survey"),
        ("they would stay, versus a few who would go", "most farmers")]


def test_say_after_its_content_with_the_speakers_after_it():
    article, _, found = statements("Headline.\n\nThe bridge is safe, say engineers.")
    assert [(s.text, source_of(article, s)) for s in found] == [("The bridge is safe", "engineers")]


def test_a_pronoun_and_its_verb_after_an_inverted_cue_name_no_speaker():
    from store.extract.reported import pronoun_clause
    assert pronoun_clause("they will stay") and not pronoun_clause("they") and not pronoun_clause("the engineers")
    article, _, found = statements(
        "Headline.\n\nAmong likely primary voters, about two-thirds, 67 percent, say they will vote for Ann Lee.")
    assert "they will vote for Ann Lee" not in [source_of(article, s) for s in found]


def test_found_oneself_show_up_and_a_talk_show_report_nothing():
    assert texts("Headline.\n\nThe mayor found himself in a tight race.\n\n"
                 "Hundreds of farmers showed up at the hall.\n\n"
                 "A radio talk show host said the levy would fail.") == ["the levy would fail"]
    # the verbs still report elsewhere
    assert texts("Headline.\n\nThe survey found that most farmers stay.\n\nPolls show the mayor ahead.") == [
        "that most farmers stay", "the mayor ahead"]


def test_called_after_a_thing_names_it():
    assert texts("Headline.\n\nA new group called Farmers First ran ads.\n\n"
                 "An anti-levy super PAC called Stop It is spending.\n\n"
                 "A spokesman called the plan a disaster.\n\n"
                 "Ann Lee backed the levy and called herself a farmer.") == [
        "the plan a disaster", "herself a farmer"]


def test_a_relative_clause_content_ends_where_the_main_verb_comes_back():
    assert texts("Headline.\n\nA study that shows the dam is unsafe was released on Monday.\n\n"
                 "The union, which says the mill is safe, will meet on Friday.\n\n"
                 "Farmers who say the levy is unfair have filed a suit.") == [
        "the dam is unsafe", "the mill is safe", "the levy is unfair"]
    # one verb in several words goes on
    assert texts("Headline.\n\nCritics who say the mayor should not have taken the money are angry.") == [
        "the mayor should not have taken the money"]


def test_a_comma_between_digits_is_no_clause_boundary_before_the_cue():
    article, _, found = statements("Headline.\n\nAt least 21,000 said they would leave the valley.")
    assert [(s.text, source_of(article, s)) for s in found] == [("they would leave the valley", "At least 21,000")]


def test_a_relative_clause_after_a_noun_cue_reports_nothing():
    article = read_text("The army said its forces had killed dozens of fighters, a claim that could not be "
                        "independently verified.")
    speakers, found = find_statements(article)
    assert [st.text for st in found] == ["its forces had killed dozens of fighters"]


def test_why_a_source_is_unnamed_reports_nothing():
    article = read_text("The official spoke on condition of anonymity because he was not authorized to brief "
                        "the media.")
    assert find_statements(article)[1] == []


def test_think_tank_and_press_release_are_nouns_not_cues():
    article = read_text('The Institute for Fiscal Studies, an independent think tank, said both parties had been '
                        '"less than honest" with voters.')
    speakers, found = find_statements(article)
    assert [st.text for st in found] == ['both parties had been "less than honest" with voters']
    assert speakers[found[0].speaker].name == "Institute for Fiscal Studies"


def test_a_passive_agent_named_in_apposition_is_the_speaker():
    article = read_text("The plan was rejected by the ministry's spokesman, Igor Petrov.")
    speakers, found = find_statements(article)
    assert [(speakers[st.speaker].name, st.text) for st in found] == [("Igor Petrov", "The plan")]


def test_the_question_left_open_is_part_of_the_content():
    article = read_text("Ann Lee declined to say when the cuts would begin.")
    speakers, found = find_statements(article)
    assert [st.text for st in found] == ["to say when the cuts would begin"]


def test_a_quantified_group_after_an_opening_phrase_is_the_participle_s_subject():
    article = read_text("In May, several unions sued the city, saying the new rules were unlawful.")
    speakers, found = find_statements(article)
    assert [(speakers[st.speaker].name, st.text) for st in found] == [("unions", "the new rules were unlawful")]


def test_which_after_a_reporting_body_reports_for_it():
    article = read_text("They turned to the police, which reported that 2,521 shootings took place.")
    speakers, found = find_statements(article)
    assert [(speakers[st.speaker].name, st.text) for st in found] == [("police", "that 2,521 shootings took place")]
    article = read_text("The bill passed, which says a lot about the mood.")
    assert find_statements(article)[1] == []


def test_an_opening_as_clause_with_when_and_where():
    article = read_text('But as the Daily Post noted in an editorial Thursday, the senator "has few friends left."')
    speakers, found = find_statements(article)
    assert [(speakers[st.speaker].name, st.text) for st in found] == [("Daily Post", 'the senator "has few friends left."')]


def test_other_tenses_of_a_learned_verb_phrase_report_too():
    from store.extract.cues import LEARNED_VERBS, _inflections
    assert "warns of" in _inflections(["warned of"]) and "calling for" in _inflections(["calls for"])
    assert "warned of" in LEARNED_VERBS and "warns of" in LEARNED_VERBS
    article = read_text("Ann Lee warns of a shutdown in the spring.")
    speakers, found = find_statements(article)
    assert [st.text for st in found] == ["a shutdown in the spring"]


def test_counter_and_maintain_report_a_that_clause_only():
    from store.extract.reader import read_text
    from store.extract.speakers import find_statements

    speakers, found = find_statements(read_text("Critics say the plan will cost billions. Supporters counter that it will pay for itself."))
    assert [(speakers[st.speaker].name, st.text) for st in found] == [
        ("Critics", "the plan will cost billions"), ("Supporters", "that it will pay for itself")]
    assert find_statements(read_text("The move runs counter to the law."))[1] == []


def test_a_that_clause_opening_on_an_adverbial_keeps_its_own_subject():
    # the comma ends "after the vote", not the that-clause: Ruiz's call is part of what the paper reported
    assert texts("Headline.\n\nThe paper reported that after the vote, Ruiz called the mayor to apologize.") == \
        ["that after the vote, Ruiz called the mayor to apologize"]
    # without the opening adverbial, a new subject after a comma is a statement of its own
    assert texts("Headline.\n\nThe poll said 7 percent backed the plan, 27 percent said it would fail.") == \
        ["7 percent backed the plan", "it would fail"]


def test_a_poll_at_the_end_of_a_sentence_speaks_as_the_poll_not_what_it_measures():
    article, speakers, found = statements("Headline.\n\nAnn Lee has a slight lead in the Elm polls over Lund in Ohio.")
    assert [s.text for s in found] == ["Ann Lee has a slight lead"]
    assert source_of(article, found[0]) == "the Elm polls"
    # whom a poll asked is part of it
    article, speakers, found = statements("Headline.\n\nAnn Lee is ahead in a poll of likely voters.")
    assert source_of(article, found[0]) == "a poll of likely voters"


def test_the_polls_in_general_are_no_source():
    # a standing in the polls, or voters going to the polls: no poll is named as saying anything
    for text in ["Ann Lee has a slight lead in the polls over Lund in Ohio.", "She is still ahead in national polls.",
                 "Lee has struggled to gain traction and sits at single digits in the latest polls.",
                 "Voters in the county head to the polls."]:
        assert texts("Headline.\n\n" + text) == [], text
    # a named poll still speaks
    assert texts("Headline.\n\nLee leads Lund by nine points in the latest Elm poll.") == ["Lee leads Lund by nine points"]


def test_a_plural_cue_word_after_a_preposition_is_a_noun():
    # "amid calls for action" reports no one's call; the strategist's statement still stands
    article, speakers, found = statements(
        "Headline.\n\nAmid calls for action, a top GOP strategist said the mayor will have to choose.")
    assert [s.text for s in found] == ["the mayor will have to choose"]
    # with its that-clause the noun still reports a claim, and "Amid" is nobody
    article, speakers, found = statements("Headline.\n\nAmid claims that the vote was rigged, the mayor left.")
    assert [speakers[s.speaker].kind for s in found] == ["unknown"]


def test_even_before_a_subject_is_no_part_of_it():
    article, speakers, found = statements(
        "Headline.\n\nAt the rally, even a top GOP strategist said the mayor will have to choose.")
    assert [s.text for s in found] == ["the mayor will have to choose"]
    assert source_of(article, found[0]) == "a top GOP strategist"


def test_according_to_after_a_colon_or_figures_backs_only_them():
    # the source backs what follows the colon, not the writer's lead-in
    assert texts("Headline.\n\nThe levy has not driven banks away: the city was the busiest market in 2015, "
                 "according to the survey.") == ["the city was the busiest market in 2015"]
    # ", with ..." figures before "according to" are what the poll found
    got = texts("Headline.\n\nThe mayor is a wounded candidate, with a majority of voters saying she cannot be "
                "trusted, according to a new poll.")
    assert "a majority of voters saying she cannot be trusted" in got
    assert not any(t.startswith("The mayor") for t in got)


def test_results_and_data_that_show_report_what_they_show():
    article, speakers, found = statements(
        "Headline.\n\nAnn Lee released data Monday morning that suggest moderate voters feel ignored.")
    assert [(s.text, speakers[s.speaker].name) for s in found] == [("moderate voters feel ignored", "data")]


def test_a_share_that_says_the_next_thing_ends_the_first_statement():
    article, speakers, found = statements(
        "Headline.\n\nMost voters said the mayor is honest, and three-quarters said the same of Ann Lee.\n\n"
        "Many said they backed the plan, and more than 4 in 10 said it would pass.")
    assert [(s.text, speakers[s.speaker].name) for s in found] == [
        ("the mayor is honest", "voters"), ("the same of Ann Lee", "three-quarters"),
        ("they backed the plan", "Many"), ("it would pass", "more than 4 in 10")]


def test_the_main_clause_after_an_opening_clause_is_no_content():
    article, speakers, found = statements(
        "Headline.\n\nWhile Ann Lee hailed the votes as bold moves, the Arab Spring was in fact a way for extremists.")
    assert [s.text for s in found] == ["the votes as bold moves"]
    article, speakers, found = statements(
        "Headline.\n\nBut if Tom Hale implied that he would not criticize Lee, he did not follow the rule.")
    assert [(s.text, speakers[s.speaker].name) for s in found] == [("that he would not criticize Lee", "Tom Hale")]


def test_a_second_that_clause_after_but_goes_on_what_was_said():
    assert texts("Headline.\n\nAnn Lee said the ferry had helped, but that there is still more to do.") == [
        "the ferry had helped, but that there is still more to do"]
    assert texts("Headline.\n\nAnn Lee said the plan would help not only the town, but also the county.") == [
        "the plan would help not only the town, but also the county"]
    # "but that could change": the pronoun opens the writer's own clause
    assert texts("Headline.\n\nAnn Lee said the ferry had helped, but that could change.") == [
        "the ferry had helped"]


def test_the_subject_inside_a_relative_clause_speaks():
    article, speakers, found = statements(
        "Headline.\n\nTed Hale skipped the debate with Megyn Kelly, who he claims has been unfair to him.\n\n"
        "Ann Lee has two daughters, who she said were living abroad.")
    assert [(s.text, speakers[s.speaker].name) for s in found] == [
        ("has been unfair to him", "Ted Hale"), ("were living abroad", "Ann Lee")]


def test_a_document_from_someone_that_says_reports_what_it_says():
    got = texts("Headline.\n\nTom Vale released a letter from his doctor Friday afternoon that says he is healthy.")
    assert got == ["he is healthy"]


def test_whom_they_made_no_mention_of():
    article, _, found = statements("Headline.\n\nBut Ann Lee notably made no mention of Tom Vale, who left the race.\n\n"
                                   "The ad makes no mention of rival Bo Lund.")
    assert [(s.text, source_of(article, s)) for s in found] == [
        ("Tom Vale", "Ann Lee"), ("rival Bo Lund", "The ad")]


def test_hope_and_fear_report_a_clause_without_that():
    article, _, found = statements("Headline.\n\nCity officials hope the new pier can bring the ferry back.\n\n"
                                   "Many voters fear the plant will close.\n\nIt is fear mongering, and fear of "
                                   "crime is rising.")
    assert [(s.text, source_of(article, s)) for s in found] == [
        ("the new pier can bring the ferry back", "City officials"), ("the plant will close", "Many voters")]


def test_a_progressive_inside_the_content_is_no_new_statement():
    # "were referring to" is the clause's own verb, not a participle hanging a new statement on the subject
    assert texts("Headline.\n\nAnalysts said that both candidates were referring to studies of the jobless rate.") == [
        "that both candidates were referring to studies of the jobless rate"]
    # a participle after the clause still starts one
    assert texts("Headline.\n\nAnn Lee said the pier would open, adding that the ferry would run.") == [
        "the pier would open", "that the ferry would run"]


def test_a_plural_cue_word_after_of_and_an_adjective_is_a_noun():
    # "11% of Democratic claims", "a string of media reports": no one claims or reports here
    got = texts("Headline.\n\nThe site rated 32% of Republican claims as false, compared to 11% of Democratic "
                "claims \u2013 a 3 to 1 margin.")
    assert "a 3 to 1 margin" not in got
    assert texts("Headline.\n\nThe mayor denied a string of media reports about the deal.") == [
        "a string of media reports about the deal"]


def test_a_compound_show_noun_before_a_that_clause_is_the_verb():
    # "slide show", "TV show" are nouns, but "Another slide shows that …" reports what the slide shows
    got = texts("Headline.\n\nAnother slide shows that eight of 10 avocados eaten here are imported.")
    assert got == ["that eight of 10 avocados eaten here are imported"]
    # a relative clause after the noun still reports nothing
    assert texts("Headline.\n\nShe hosted a TV show that aired on Fridays.") == []


def test_comparing_one_thing_to_another_is_a_judgement():
    # "compared X to Y", "likened X to Y": what the speaker compared, and to what
    article, _, found = statements("Headline.\n\nAnn Lee compared the new toll to a tax on the poor.")
    assert [(s.text, source_of(article, s)) for s in found] == [("the new toll to a tax on the poor", "Ann Lee")]
    assert texts("Headline.\n\nTom Vale likened the plan to a bailout for the banks.") == [
        "the plan to a bailout for the banks"]
    # a comparison of figures, a passive and a comparison with nothing compared to are no judgement
    assert texts("Headline.\n\nThe rate rose to 5 percent, compared with 11 percent a year ago.") == []
    assert texts("Headline.\n\nSales compared to last year fell by half.") == []
    assert texts("Headline.\n\nThe mayor was compared to a king by his critics.") == []
    assert texts("Headline.\n\nThe team compared notes after the game.") == []


def test_according_to_after_a_quote_closing_with_its_comma_ends_the_content():
    article, _, found = statements("Headline.\n\nAnn Lee later compared the meeting to a \u201croot canal,\u201d "
                                   "according to her memoir.")
    assert [s.text for s in found] == ["the meeting to a \u201croot canal,\u201d"]


def test_call_with_a_pronoun_and_a_name_reports_the_name_given():
    article, _, found = statements("Headline.\n\nCritics call it a tax on the poor.")
    assert [(s.text, source_of(article, s)) for s in found] == [("it a tax on the poor", "Critics")]
    assert texts("Headline.\n\nMost voters call him honest.") == ["him honest"]
    # a summons, a meeting called and the noun are no naming
    assert texts("Headline.\n\nThe rules let the chair call a special meeting.") == []
    assert texts("Headline.\n\nThe members call on the mayor often.") == []
    assert texts("Headline.\n\nThe chair has the power to call it off.") == []
    assert texts("Headline.\n\nThe roll call vote began at noon.") == []
    assert texts("Headline.\n\nIt is too early to call it a win.") == []


def test_nothing_said_opens_with_and_after_the_cue_word():
    # a second verb ("endorsed and has fundraised for") or a noun ("just for show and entertainment")
    assert texts("Headline.\n\nAnn Lee endorsed and has raised money for Tom Vale.") == []
    assert texts("Headline.\n\nThe hearings were just for show and entertainment value.") == []
    assert texts("Headline.\n\nThe mayor never said or did anything about it.") == []
    # the content after "and" of a cue of its own is still reported
    assert texts("Headline.\n\nShe smiled and said the bridge would open.") == ["the bridge would open"]


def test_on_a_day_or_a_medium_after_the_cue_word_is_no_content():
    assert texts("Headline.\n\nThe school confirmed on Facebook Friday.") == []
    assert texts("Headline.\n\nHer remarks were criticized on social media.") == []
    assert texts("Headline.\n\nA fact he often mentions on the campaign trail.") == []
    # what one insists on, elaborates on or disagrees on is what was said
    assert texts("Headline.\n\nAnn Lee insisted on paying the bill herself.") == ["on paying the bill herself"]


def test_a_relative_clause_between_commas_before_a_purpose_is_an_aside():
    # the purpose after the aside goes on with what was vowed or said
    assert texts("Headline.\n\nAnn Lee vowed to form a task force, which would include the police, to stop "
                 "the thefts.") == ["to form a task force, which would include the police, to stop the thefts"]
    assert texts("Headline.\n\nAnn Lee said she called Tom Vale after the vote, which gave her the seat, to "
                 "thank him.") == ["she called Tom Vale after the vote, which gave her the seat, to thank him"]
    # without a purpose after it, the relative clause still ends the content
    assert texts("Headline.\n\nAnn Lee vowed to form a task force, which would include the police.") == [
        "to form a task force"]
