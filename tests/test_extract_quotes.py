"""Where statements are: content spans, kinds, cues and source mentions."""
from __future__ import annotations

import time

from store.extract.quotes import quote_regions
from store.extract.reader import read_text
from store.extract.speakers import find_statements
from corpus_fixtures import write_brat_corpus


def statements(text):
    article = read_text(text)
    speakers, found = find_statements(article)
    return article, speakers, found


def only(text):
    article, speakers, found = statements(text)
    assert len(found) == 1, [s.text for s in found]
    st = found[0]
    return article, speakers[st.speaker], st


def source_of(article, st):
    return article.text[st.source_span[0]:st.source_span[1]]


def test_curly_quote_with_cue_after():
    article, speaker, st = only("\u201cThe bridge will open in May,\u201d Mayor Lena Ortiz said.")
    assert st.kind == "direct"
    assert st.text == "\u201cThe bridge will open in May,\u201d"
    assert speaker.name == "Lena Ortiz"
    assert article.text[st.cue_span[0]:st.cue_span[1]] == "said"


def test_straight_quotes():
    _, speaker, st = only('"We have the votes," Carl Benson said on Monday.')
    assert st.kind == "direct" and st.text == '"We have the votes,"'
    assert speaker.name == "Carl Benson"


def test_single_quotes():
    _, speaker, st = only("\u2018It\u2019s a fair deal,\u2019 Nora Blake said.")
    assert st.text == "\u2018It\u2019s a fair deal,\u2019"
    assert speaker.name == "Nora Blake"


def test_guillemets():
    _, speaker, st = only("\u00abNous restons ici\u00bb, said Pierre Lanvin.")
    assert st.kind == "direct" and st.text.startswith("\u00abNous")
    assert speaker.name == "Pierre Lanvin"


def test_quote_split_by_its_attribution_is_one_statement():
    article, speaker, st = only('"The plan is dead," she said, "and nobody will revive it."')
    assert len(st.spans) == 2
    assert [article.text[s:e] for s, e in st.spans] == ['"The plan is dead,"', '"and nobody will revive it."']
    assert st.text == '"The plan is dead," "and nobody will revive it."'


def test_quote_after_an_attribution_brought_in_by_a_cue_of_its_own():
    article, speakers, found = statements("Headline.\n\n\u201cKeep your hands in sight,\u201d Lee sings to Ruiz "
                                          "before asking her, \u201cWhere do we go from here?\u201d")
    assert [(st.text, article.text[slice(*st.cue_span)]) for st in found] == [
        ("\u201cKeep your hands in sight,\u201d", "sings"), ("\u201cWhere do we go from here?\u201d", "asking")]
    article, speakers, found = statements('Headline.\n\n"This is fine," Lee said, adding: "We are done."')
    assert [(st.text, source_of(article, st)) for st in found] == [('"This is fine,"', "Lee"), ('"We are done."', "Lee")]
    article, speakers, found = statements('Headline.\n\n"We won," Lee said, going on to contrast her plan with '
                                          'his. "So look at the issues."')
    assert [(st.text, source_of(article, st)) for st in found] == [('"We won,"', "Lee"),
                                                                   ('"So look at the issues."', "Lee")]
    # the attribution's own words before the quote join the two pieces as before
    article, speakers, found = statements('Headline.\n\n"This is fine," Lee said on Monday, "and we are done."')
    assert [st.text for st in found] == ['"This is fine," "and we are done."']


def test_quote_over_several_paragraphs():
    text = ('Tom Reyes said: \u201cWe waited for years.\n\n'
            '\u201cNow the money is here, and we will spend it well.\u201d')
    article, speaker, st = only(text)
    assert len(st.spans) == 2
    assert "Now the money" in article.text[st.spans[1][0]:st.spans[1][1]]
    assert speaker.name == "Tom Reyes"


def test_colon_introduction():
    article, speaker, st = only("Ada Moreno said: \u201cThe tax is unfair.\u201d")
    assert st.kind == "direct" and st.text == "\u201cThe tax is unfair.\u201d"
    assert source_of(article, st) == "Ada Moreno"


def test_according_to_before_and_after():
    _, speaker, st = only("According to the city council, the budget fell by half.")
    assert st.text == "the budget fell by half" and speaker.kind == "organisation"
    _, speaker, st = only("The budget fell by half, according to the city council.")
    assert st.text == "The budget fell by half"


def test_speaker_after_the_verb():
    article, speaker, st = only("\u201cIt will pass,\u201d said Maria Lind, a spokeswoman for the union.")
    assert speaker.name == "Maria Lind"
    assert "spokeswoman" in speaker.description
    assert source_of(article, st).startswith("Maria Lind")


def test_indirect_with_that_and_told():
    article, speaker, st = only(
        "Governor Paul Weiss told the mayors during a call on Friday that the roads would be closed.")
    assert st.kind == "indirect"
    assert st.text == "that the roads would be closed"
    assert speaker.name == "Paul Weiss" and "Governor" in speaker.description


def test_content_before_cue_without_quotes():
    _, speaker, st = only("The roads will be closed, Paul Weiss said.")
    assert st.kind == "indirect" and st.text == "The roads will be closed"


def test_partial_quote_is_mixed():
    _, speaker, st = only("Lee said the plan was \u201cdead on arrival\u201d in the Senate.")
    assert st.kind == "mixed"
    assert st.text == "the plan was \u201cdead on arrival\u201d in the Senate"


def test_statement_inside_a_statement_stays_with_the_outer_speaker():
    _, speaker, st = only("The union hit back, saying officials have said the mill was safe.")
    assert speaker.name == "union"
    assert st.text == "officials have said the mill was safe"


def test_standalone_quote_follows_the_previous_speaker():
    # an attribution that names whom it was said to closes its statement: the quote after it is
    # one of its own, by the same speaker (the sample article's annotation)
    text = ('\u201cWe will not sign,\u201d a Farmers Union official told Reuters. '
            '\u201cNot this year.\u201d')
    article, speakers, found = statements(text)
    assert [s.text for s in found] == ["\u201cWe will not sign,\u201d", "\u201cNot this year.\u201d"]
    assert found[1].speaker == found[0].speaker
    assert found[1].source_span == found[0].source_span
    # in a paragraph of its own after a reported statement, the same
    text = ('Mia Cole, a Farmers Union official, told Reuters that they would not sign.\n\n'
            '\u201cNot this year.\u201d')
    article, speakers, found = statements(text)
    assert [s.text for s in found] == ["that they would not sign", "\u201cNot this year.\u201d"]
    assert found[1].speaker == found[0].speaker
    # with no addressee, the quote after the attribution goes on the statement
    text = '\u201cWe will not sign,\u201d a Farmers Union official said. \u201cNot this year.\u201d'
    article, speakers, found = statements(text)
    assert [s.text for s in found] == ["\u201cWe will not sign,\u201d \u201cNot this year.\u201d"]


def test_unbalanced_quotes_do_not_swallow_the_article():
    text = ('He said \u201cthis never ends.\n\n'
            'Mia Cole said the vote was fair.\n\n'
            '"Stray mark here, and Bo Lund said the count was slow.')
    article, speakers, found = statements(text)
    assert any(s.text == "the vote was fair" and speakers[s.speaker].name == "Mia Cole" for s in found)


def test_quote_regions_ignore_apostrophes():
    text = "\u2018We don\u2019t know,\u2019 he said."
    assert quote_regions(text, 0, len(text)) == [(0, 16, True)]


def test_long_input_is_linear_and_safe():
    paragraph = 'Ann Wu said the tax "was unfair. Bo Lund said " it\u2019s fine, \u201cand more ' * 50
    small = paragraph * 4
    big = paragraph * 400

    def best_of_three(text):
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            statements(text)
            times.append(time.perf_counter() - t0)
        return min(times)

    small_t = best_of_three(small)
    big_t = best_of_three(big)
    # 100 times the text: linear time is about 100 times as long, quadratic 10,000 times;
    # a bound of 1,000 times tolerates a loaded machine and still catches quadratic growth
    assert big_t < max(small_t, 0.002) * 100 * 10


def test_a_megabyte_line_without_paragraphs():
    text = ("x " * 500_000) + '"'
    statements(text)


def test_quote_sentences_after_a_plain_attribution_go_on_the_same_statement():
    text = '\u201cThe plan is dead,\u201d Ruth Amos said. \u201cNobody will revive it.\u201d'
    article, speaker, st = only(text)
    assert [article.text[s:e] for s, e in st.spans] == ['\u201cThe plan is dead,\u201d', '\u201cNobody will revive it.\u201d']
    assert speaker.name == "Ruth Amos"


def test_quote_after_according_to_a_second_source_stands_alone():
    text = ('\u201cThe mill stays,\u201d Ruth Amos said, according to a statement from her office. '
            '\u201cWe made this clear.\u201d')
    _, _, found = statements(text)
    assert [s.text for s in found] == ['\u201cThe mill stays,\u201d', '\u201cWe made this clear.\u201d']


def test_two_cues_in_one_sentence_are_two_statements():
    _, speakers, found = statements("Dana Cole conceded that the vote was close but insisted that it was fair.")
    assert [s.text for s in found] == ["that the vote was close", "that it was fair"]
    assert found[0].speaker == found[1].speaker
    _, _, found = statements("Ben Ruiz said the budget was balanced, adding that taxes would fall.")
    assert [s.text for s in found] == ["the budget was balanced", "that taxes would fall"]


def test_attribution_inside_an_indirect_clause():
    article, speaker, st = only("By closing the line early, Ms. Tran said, the city saved money.")
    assert [article.text[s:e] for s, e in st.spans] == ["By closing the line early", "the city saved money"]
    assert speaker.name == "Tran"


def test_split_quote_with_an_adverbial_after_the_cue():
    article, _, st = only('"Trade is a fraud," Lena Park said in March, "and we will end it."')
    assert [article.text[s:e] for s, e in st.spans] == ['"Trade is a fraud,"', '"and we will end it."']


def test_question_quote_then_its_attribution_is_one_sentence():
    _, speaker, st = only('"Is it all a show?" Pia Lund asked.')
    assert st.text == '"Is it all a show?"' and speaker.name == "Pia Lund"


def test_unnamed_source_with_a_determiner():
    _, speaker, st = only('\u201cOut!\u201d the crowd yelled.')
    assert st.text == '\u201cOut!\u201d' and speaker.name == "crowd"


def test_said_then_a_long_source_with_a_title_and_a_place():
    article, speaker, st = only('"We lost," said undecided voter Mara Hale of Derry, N.H., before the rally.')
    assert speaker.name == "Mara Hale"
    _, speaker, st = only('"We won," tweeted Sen. Lee O. Park (R-S.C.), a former candidate.')
    assert speaker.name == "Lee O. Park"


def test_name_after_an_opening_clause_and_a_comma():
    _, speaker, st = only('After the vote, Gov. Rob Dane (R-OH), said, \u201cWe will rent a wagon.\u201d')
    assert speaker.name == "Rob Dane" and st.text == "\u201cWe will rent a wagon.\u201d"


def test_a_description_joined_by_and_is_one_source():
    article, _, st = only("The party's front-runner and former secretary of state said the plan failed.")
    assert source_of(article, st) == "The party's front-runner and former secretary of state"


def test_adverbial_between_the_cue_and_that():
    _, _, st = only("Guccifer said, per a translator, that the server was open.")
    assert st.text == "that the server was open"


def test_relative_who_speaks_for_its_antecedent():
    _, speakers, found = statements('Ann Lee, who said she left on good terms, stayed home.')
    assert [s.text for s in found] == ["she left on good terms"]
    assert speakers[found[0].speaker].name == "Ann Lee"


def test_second_verb_of_the_subject_reports():
    _, speaker, st = only("Judge Ray Sola put off the vote but said the group could return.")
    assert st.text == "the group could return" and speaker.name == "Ray Sola"


def test_cue_inside_a_relative_clause():
    article, _, st = only("Pence cut taxes, moves that he said improved the economy.")
    assert st.text == "improved the economy" and source_of(article, st) == "he"


def test_content_stops_at_a_new_clause_with_a_pronoun_subject():
    _, _, st = only('Reid said both men are "non-entities," but he gave the Texan a compliment.')
    assert st.text == 'both men are "non-entities,"'


def test_words_after_the_cue_of_a_quote_are_no_content():
    article, _, st = only('\u201cHate destroys,\u201d Ana Ruiz said on stage at the convention.')
    assert st.text == "\u201cHate destroys,\u201d"


def test_name_and_colon_report_what_follows():
    article, speaker, st = only("Gingrich: Trump Must Pick a Running Mate Soon.\n\nThe race went on.")
    assert st.text == "Trump Must Pick a Running Mate Soon" and speaker.name == "Gingrich"
    _, _, found = statements("Update: the vote was moved to Friday.")
    assert found == []


def test_intentions_and_refusals_have_to_clauses():
    _, _, st = only("His spokesman declined to comment on the deal.")
    assert st.text == "to comment on the deal"
    _, _, st = only("Dana Cole plans to campaign in Ohio next week.")
    assert st.text.startswith("to campaign in Ohio")


def test_phrasal_cues_keep_their_preposition():
    _, _, st = only("Sen. Ada Moreno called for a ban on the sale.")
    assert st.text == "a ban on the sale"
    _, _, found = statements("Ben Ruiz said the plan failed, referring to the tax cut.")
    assert [s.text for s in found] == ["the plan failed", "the tax cut"]


def test_one_long_paragraph_of_quotes_and_pronouns_is_linear():
    unit = ('Ann Lee, who said she left, met Tom Vale (D-N.Y.), who said, "Why not?" '
            'He said she was right, adding that "it is, " and called for a ban. ')
    t0 = time.perf_counter()
    statements(unit * 100)
    small_t = time.perf_counter() - t0
    t0 = time.perf_counter()
    statements(unit * 1000)
    big_t = time.perf_counter() - t0
    assert big_t < max(small_t, 0.002) * 10 * 3


def test_quote_before_its_attribution_ends_at_the_attribution():
    text = ('\u201cThe plan is dead,\u201d Ruth Amos said on WXYZ\u2019s "Morning Show," '
            'adding, \u201cNobody will revive it.\u201d')
    _, _, found = statements(text)
    assert [s.text for s in found] == ['\u201cThe plan is dead,\u201d', '\u201cNobody will revive it.\u201d']


def test_one_word_cut_off_by_the_attribution_is_content():
    article, _, st = only('Headline.\n\nPerhaps, he said, the town has grown too fast.')
    assert [article.text[s:e] for s, e in st.spans] == ["Perhaps", "the town has grown too fast"]


def test_pronoun_after_a_coordinating_and_is_the_subject():
    article, _, st = only('Headline.\n\nThe faith matters to him, and he said he thinks of his parents.')
    assert st.text == "he thinks of his parents"
    assert article.text[st.source_span[0]:st.source_span[1]] == "he"


def test_quote_after_a_participle_goes_on_the_quoted_statement():
    text = ('"We are down to the last few," Ruth Amos said, noting that the mill had closed. '
            '"If we give in, we lose."')
    _, _, found = statements(text)
    assert [s.text for s in found][0] == '"We are down to the last few," "If we give in, we lose."'


def test_learned_cue_words_open_statements():
    from store.extract.cues import LEARNED_VERBS
    assert "touted" in LEARNED_VERBS and "expected" not in LEARNED_VERBS
    article, speaker, st = only("Headline.\n\nAnn Lee touted the new bridge to the island.")
    assert st.text == "the new bridge to the island"
    assert speaker.name == "Ann Lee"


def test_learn_cues_counts_heads_precision_and_shapes(tmp_path):
    from store.extract.learn_cues import learn
    text = "Ann Lee hailed the deal. Bo Lund hailed that it works. Cy hailed a cab."
    write_brat_corpus(tmp_path, text, [("Ann Lee", "hailed", "the deal"),
                                       ("Bo Lund", "hailed", "that it works")])
    lexicon = learn(tmp_path, min_count=2, min_precision=0.5)
    assert lexicon["hailed"]["n"] == 2
    assert lexicon["hailed"]["p"] == 0.67
    assert lexicon["hailed"]["shapes"] == {"np": 1, "that": 1}


def test_possessive_noun_phrase_is_a_source():
    article, _, st = only('Headline.\n\nShe had \u201cwanted to fly since she was five,\u201d her old friend told the paper.')
    assert source_of(article, st) == "her old friend"


def test_told_with_its_addressee_and_nothing_after_takes_the_content_before():
    article, _, st = only('Headline.\n\nThe plan includes a new bridge, the mayor told a city panel Wednesday.')
    assert st.text == "The plan includes a new bridge"


def test_relative_that_after_the_addressee_opens_no_content():
    text = '"We need change," Ann Lee told a crowd at the hall that spilled into the street. "And now."'
    _, _, found = statements(text)
    assert found[0].text == '"We need change," "And now."'


def test_double_apostrophe_quotes_end_their_sentence():
    text = "''It is simply unfair,'' he said. ''We will appeal.'' He added that the trial was rigged."
    _, _, found = statements(text)
    assert [s.text for s in found] == ["''It is simply unfair,'' ''We will appeal.''", "that the trial was rigged"]


def test_leading_connective_and_preface_are_not_content():
    _, _, found = statements("Headline.\n\nBut the plan is dead, Ann Lee said.")
    assert found[0].text == "the plan is dead"
    _, _, found = statements('Headline.\n\nFor example: "We made a mistake," Ann Lee said.')
    assert found[0].text == '"We made a mistake,"'


def test_name_with_a_long_appositive_is_the_source():
    article, speaker, st = only(
        "Headline.\n\nAnn Lee, an official at the Harbour Housing Authority, which has a long backlog "
        "of homes to repair, said the new rule would force her to cut hiring.")
    assert st.text == "the new rule would force her to cut hiring"
    assert speaker.name == "Ann Lee"


def test_sentence_adverb_before_commas_is_no_name():
    article, speaker, st = only("Headline.\n\nMeanwhile, the plan is dead, said Ann Lee.")
    assert st.text == "Meanwhile, the plan is dead"
    assert speaker.name == "Ann Lee"


def test_share_of_voters_is_a_source():
    article, _, st = only("Headline.\n\nIn the poll, 21 percent said they would not vote at all.")
    assert source_of(article, st) == "21 percent"


def test_plural_common_noun_phrase_is_a_source():
    article, _, st = only("Headline.\n\nBut security specialists say the attack was a realistic step.")
    assert source_of(article, st) == "security specialists"
    article, _, st = only("Headline.\n\nBy big margins, those surveyed say the economy comes first.")
    assert source_of(article, st) == "those surveyed"


def test_quotes_signed_after_a_dash_one_to_a_line():
    text = ('Reader letters.\n\n\u201cThe debate showed who he is.\u201d \u2015 Ann Lee\n'
            '\u201cI hope people go out and vote.\u201d \u2015 Bo Lund, a student.\n\n'
            'The plan \u2014 as was true for years \u2014 failed.')
    article, speakers, found = statements(text)
    assert [(s.text, speakers[s.speaker].name) for s in found] == [
        ('\u201cThe debate showed who he is.\u201d', "Ann Lee"),
        ('\u201cI hope people go out and vote.\u201d', "Bo Lund")]


def test_cue_and_colon_closing_a_paragraph_introduce_the_quote_below():
    text = ('Headline.\n\nAt the rally on Monday, Ann Lee said:\n\n'
            '"We have a problem. You walk down the street and you get lost."\n\nThe crowd cheered.')
    article, speaker, st = only(text)
    assert st.text == '"We have a problem. You walk down the street and you get lost."'
    assert st.kind == "direct" and speaker.name == "Ann Lee"
    assert article.text[st.cue_span[0]:st.cue_span[1]] == "said"


def test_second_quote_after_but_goes_on_the_same_statement():
    article, _, st = only('Headline.\n\n"I like Bo," Ann Lee said, but "his record on energy is poor."')
    assert [article.text[s:e] for s, e in st.spans] == ['"I like Bo,"', 'but "his record on energy is poor."']


def test_participle_after_a_preface_and_a_main_clause_hangs_on_its_subject():
    article, speaker, st = only(
        "Headline.\n\nIn a letter to colleagues released Monday, Ann Lee rips the deal on the debt, "
        "arguing that the deal favors creditors.")
    assert st.text == "that the deal favors creditors" and speaker.name == "Ann Lee"


def test_any_reporting_participle_after_a_comma_hangs_on_the_subject():
    article, speaker, st = only(
        "Headline.\n\nLater in the day, Ann Lee escalated her attacks on Bo Lund, "
        "criticizing him for repeated votes against the bill.")
    assert st.text == "him for repeated votes against the bill" and speaker.name == "Ann Lee"


def test_group_with_a_place_is_a_source():
    article, _, st = only("Headline.\n\nThere is no chance of violence, officials in both cities insist, because times changed.")
    assert source_of(article, st) == "officials in both cities"
    assert st.text == "There is no chance of violence because times changed"


def test_attribution_with_a_time_cuts_the_clause_it_interrupts():
    article, _, st = only("Headline.\n\nThe contrast with Bo Lund, Ann Lee said Tuesday, would be clear to all voters.")
    assert [article.text[s:e] for s, e in st.spans] == ["The contrast with Bo Lund", "would be clear to all voters"]


def test_comparison_after_the_content_is_not_content():
    _, _, found = statements("Headline.\n\nHalf of the voters said they wanted an outsider, compared with four in ten before.")
    assert found[0].text == "they wanted an outsider"


def test_hyphenated_compounds_are_no_cues():
    _, _, found = statements("Headline.\n\nA self-described geeky kid, the senator changed his name as a teenager.")
    assert found == []


def test_according_to_in_the_middle_cuts_the_content_in_two():
    article, _, st = only("Headline.\n\nOne of the plans, according to a person close to the talks, is to wait for the vote.")
    assert [article.text[s:e] for s, e in st.spans] == ["One of the plans", "is to wait for the vote"]
    assert source_of(article, st) == "a person close to the talks"


def test_a_description_after_the_source_of_according_to_is_no_content():
    article, speaker, st = only("Some voters would pay more under the plan, according to an analysis by Ann Lee, "
                                "a former tax aide now teaching at Ohio State.")
    assert [article.text[s:e] for s, e in st.spans] == ["Some voters would pay more under the plan"]
    assert speaker.name == "Ann Lee"


def test_transcript_turns_are_statements_of_the_labelled_speaker():
    text = ("Debate transcript.\n\nKATE LUND: Why not debate?\n\n"
            "BO AMOS: This is a man who said he would never run a negative ad. He is now running them.")
    article, speakers, found = statements(text)
    assert [(s.text, speakers[s.speaker].name) for s in found] == [
        ("Why not debate?", "Kate Lund"),
        ("This is a man who said he would never run a negative ad. He is now running them", "Bo Amos")]


def test_poll_headline_with_a_colon_is_a_statement_of_the_poll():
    article, _, found = statements("Poll: Lee and Lund hold narrow leads in the state.\n\nThe race is close.")
    assert found[0].text == "Lee and Lund hold narrow leads in the state"
    assert source_of(article, found[0]) == "Poll"


def test_closing_mark_typed_as_the_opener_at_a_line_start():
    text = 'Reader letters.\n\n\u201dThe debate showed who he is.\u201d \u2015 Ann Lee'
    article, speakers, found = statements(text)
    assert [(s.text, speakers[s.speaker].name) for s in found] == [('\u201dThe debate showed who he is.\u201d', "Ann Lee")]


def test_short_quote_inside_a_quote_stays_inside():
    t = '\u201cI would rather live in what he calls \u201chell\u201d than here.\u201d Then \u201cok.\u201d'
    assert [t[a:b] for a, b, _ in quote_regions(t, 0, len(t))] == [
        '\u201cI would rather live in what he calls \u201chell\u201d than here.\u201d', '\u201cok.\u201d']
    t = '\u201cA is open, \u201cB,\u201d she said. \u201cC.\u201d'
    assert [t[a:b] for a, b, _ in quote_regions(t, 0, len(t))] == ['\u201cA is open, ', '\u201cB,\u201d', '\u201cC.\u201d']


def test_source_with_lowercase_role_before_the_name():
    article, speaker, st = only('Headline.\n\n"We will win," retired Air Force general Ann Lee said.')
    assert speaker.name == "Ann Lee"
    assert source_of(article, st) == "retired Air Force general Ann Lee"


def test_a_message_that_reads_is_a_source():
    article, _, st = only('Headline.\n\n"Welcome, Americans!" a message on the website reads.')
    assert st.text == '"Welcome, Americans!"'
    assert source_of(article, st) == "a message on the website"


def test_content_ends_with_a_quote_closed_by_a_comma_before_a_relative_clause():
    _, _, found = statements('Headline.\n\nAnn Lee said the plan was "dead," which surprised no one.')
    assert found[0].text == 'the plan was "dead,"'


def test_dash_signature_may_end_in_a_no_break_space():
    text = 'Reader letters.\n\n\u201cThe debate showed who he is.\u201d\u00a0\u2015 Ann Lee\u00a0\n\u201cWe vote.\u201d \u2015 Bo Lund'
    article, speakers, found = statements(text)
    assert [speakers[s.speaker].name for s in found] == ["Ann Lee", "Bo Lund"]


def test_second_verb_after_and_has_the_sentence_subject():
    article, speaker, st = only("Headline.\n\nAnn Lee broke ranks with her own party and called for a larger fund.")
    assert speaker.name == "Ann Lee" and st.text == "a larger fund"


def test_passive_reporting_verb_has_no_source_in_its_subject():
    # the subject of a passive is what was said, its agent who said it ("the senator" is no speaker)
    article, speakers, found = statements("Headline.\n\nThe senator's stridency was echoed by the mayor at the rally.")
    assert [(s.text, speakers[s.speaker].name) for s in found] == [("The senator's stridency", "mayor")]
    _, _, found = statements("Headline.\n\nThe senator's stridency was echoed at the rally.")
    assert found == []


def test_sentence_opening_preposition_is_no_subject_but_a_name_in_ly_is():
    from store.extract.quotes import _subject_of_sentence
    text = "Despite Trump's lead the race tightened, saying a lot"
    assert _subject_of_sentence(text, text, 0, text.index("saying")) is None
    article, speaker, st = only("Headline.\n\nKelly, a spokeswoman for the mayor, said the vote would go ahead.")
    assert speaker.name == "Kelly"


def test_addressee_may_be_a_quoted_show_title():
    article, _, st = only("Headline.\n\nShe told WXYZ\u2019s \u201cMorning Show\u201d on Monday the interview was cordial.")
    assert st.text == "the interview was cordial"


def test_title_case_headlines_with_says():
    article, speaker, st = only("Ann Lee Says The Bridge Plan Is Dead.\n\nThe mayor spoke on Monday.")
    assert st.text == "The Bridge Plan Is Dead" and speaker.name == "Ann Lee"
    article, speaker, st = only("The Bridge Plan Is Dead, Ann Lee Says.\n\nThe mayor spoke on Monday.")
    assert st.text == "The Bridge Plan Is Dead" and speaker.name == "Ann Lee"


def test_sentence_spans_one_splitter_plain_and_masked():
    from store.extract.sentences import sentence_spans
    text = 'Mr. Lee left. "Why? Ask them," she said. Then rain fell.'
    plain = [text[s:e] for s, e in sentence_spans(text, 0, len(text))]
    assert plain == ["Mr. Lee left.", '"Why?', 'Ask them," she said.', "Then rain fell."]
    masked = text[:14] + "#" * 17 + text[31:]
    assert len(masked) == len(text)
    inside = [text[s:e] for s, e in sentence_spans(text, 0, len(text), masked)]
    assert inside == ["Mr. Lee left.", '"Why? Ask them," she said.', "Then rain fell."]
    vetoed = sentence_spans(text, 0, len(text), masked, lambda scan, at, end: at == 13)
    assert [text[s:e] for s, e in vetoed][0] == 'Mr. Lee left. "Why? Ask them," she said.'


def test_inverted_attribution_then_the_quote_goes_on():
    article, speaker, st = only("\u201cShe is too far behind,\u201d said a local voter, \u201cand the win was narrow.\u201d")
    assert [article.text[a:b] for a, b in st.spans] == ["\u201cShe is too far behind,\u201d", "\u201cand the win was narrow.\u201d"]
    assert source_of(article, st) == "a local voter"


def test_read_reports_only_a_quote_before_it():
    article, speaker, st = only("\u201cVote for change,\u201d the banner read. He read the letter aloud.")
    assert st.kind == "direct" and source_of(article, st) == "the banner"
    _article, _speakers, found = statements("Lee read that the plant had closed.")
    assert found == []


def test_inverted_attribution_with_participle_phrase_keeps_both_pieces():
    article, speaker, st = only('"The road is closed," said Tom Baker, speaking of the county, "and the bridge is gone."')
    assert [article.text[s:e] for s, e in st.spans] == ['"The road is closed,"', '"and the bridge is gone."']
    assert speaker.name == "Tom Baker"


def test_mixed_lead_quote_and_quote_after_attribution_are_one_statement():
    article, speaker, st = only('The "road is closed for good," Tom Baker said on Monday, "and nobody will fix it."')
    assert [article.text[s:e] for s, e in st.spans] == ['The "road is closed for good,"', '"and nobody will fix it."']
    assert st.kind == "mixed"


def test_named_appositive_with_title_abbreviation_and_party_label():
    _, speaker, st = only("Rep. Ann Lee (D-Neb.), a friend of Mr. Baker who chairs the roads panel, said the bridge will open.")
    assert st.text == "the bridge will open"
    assert speaker.name == "Ann Lee"


def test_sentence_opening_with_a_quote_goes_on_the_statement_before():
    article, speaker, st = only('"The road is closed," Tom Baker said. "We will fix it" and more roads besides.')
    assert [article.text[s:e] for s, e in st.spans] == ['"The road is closed,"', '"We will fix it" and more roads besides']


def test_indirect_content_stops_at_a_relative_clause_after_a_comma():
    _, speaker, st = only("Tom Baker said the county will rebuild the bridge, which flooded twice last spring.")
    assert st.text == "the county will rebuild the bridge"


def test_learned_cue_seen_less_often_as_a_cue_still_reports():
    _, speaker, st = only("Tom Baker underscored that the bridge is safe.")
    assert st.text == "that the bridge is safe"
    assert speaker.name == "Tom Baker"


def test_participle_after_a_subject_with_a_relative_clause():
    _, speaker, st = only("Farmers, who hold most of the land, have fought the plan, saying it will flood their fields.")
    assert st.text == "it will flood their fields"
    assert speaker.name == "Farmers"


def test_participle_with_its_own_poll_subject():
    article, speaker, st = only("Mr. Baker gained ground, with 40 percent of voters saying they trust him.")
    assert st.text == "they trust him"
    assert source_of(article, st) == "40 percent of voters"


def test_according_to_a_long_source():
    article, speaker, st = only("The top issue for voters in both counties is roads, according to early results of the exit "
                                "poll conducted by Edison Research for the Associated Press and the networks.")
    assert st.text == "The top issue for voters in both counties is roads"
    assert source_of(article, st).startswith("early results of the exit poll")


def test_weak_cue_reports_only_with_a_quotation():
    article, speakers, found = statements("The county pledged five million dollars to the bridge fund.")
    assert found == []
    _, speaker, st = only('Tom Baker pledged "a bridge by May."')
    assert st.kind == "direct"


def test_quote_after_an_adverbial_following_the_cue():
    _, speaker, st = only('Tom Baker said of the old bridge across the river, "It will never open."')
    assert st.text == '"It will never open."' and st.kind == "direct"
    _, speaker, st = only('Tom Baker said as he left the county fair, "The bridge is safe."')
    assert st.text == '"The bridge is safe."'


def test_inverted_reported_and_agrees():
    _, speaker, st = only('"The road is closed," reported Reuters.')
    assert st.text == '"The road is closed,"' and speaker.name == "Reuters"
    _, speaker, st = only('"We lost," agrees Ann Lee, 30, of Elm.')
    assert st.text == '"We lost,"' and speaker.name == "Ann Lee"


def test_inverted_attribution_interrupting_a_clause():
    article, speaker, st = only("The new plan, said Ann Lee, an expert on roads, would fail within a year.")
    assert [article.text[s:e] for s, e in st.spans] == ["The new plan", "would fail within a year"]
    assert speaker.name == "Ann Lee"


def test_inverted_attribution_after_content_with_commas_of_its_own():
    # the clause before "said" holds commas, and its last piece looks like a subject: a name that
    # follows the cue to the sentence's end is still the one who speaks
    article, speaker, st = only("Ruiz lacks support from his colleagues, whom he has angered, said Dana Park, "
                                "director of the Elm Policy Center.")
    assert st.text == "Ruiz lacks support from his colleagues, whom he has angered"
    assert speaker.name == "Dana Park"
    assert source_of(article, st) == "Dana Park, director of the Elm Policy Center"
    _, speaker, st = only("It would drag on for months, forcing her to fight both Ruiz and Lee, said Bo Tran.")
    assert st.text == "It would drag on for months, forcing her to fight both Ruiz and Lee" and speaker.name == "Bo Tran"
    # a role after the name is its appositive, not more of what was said
    article, speaker, st = only("The plan is dead, said Dana Park, professor of law at Elm College.")
    assert [article.text[s:e] for s, e in st.spans] == ["The plan is dead"]
    # "told" takes whom it was told: that is no speaker
    _, speaker, st = only("The plan is dead, his top aide, Bo Tran, told The Elm Courier.")
    assert speaker.name == "Bo Tran"


def test_source_before_a_relative_clause_holds_an_abbreviation():
    # (the relative clause runs on too long for the whole to be one noun phrase)
    _, speaker, st = only('Ruiz "was let off lightly," said a former U.S. law enforcement official who oversaw '
                          'such cases for the bureau in three states over many years.')
    assert st.text == 'Ruiz "was let off lightly,"'
    assert speaker.name == "U.S. law enforcement official"


def test_source_after_the_cue_stops_at_a_spaced_dash():
    article, speaker, st = only("The plan would cost one billion dollars, according to the Road Policy Center - a tenth of the budget.")
    assert source_of(article, st) == "the Road Policy Center"


def test_clause_then_colon_then_quote():
    article, speaker, st = only('In a radio interview later that day, Ada Ruiz went even further: "The deal is dead."')
    assert st.kind == "direct" and st.text == '"The deal is dead."'
    assert speaker.name == "Ada Ruiz"


def test_name_right_before_colon_speaks_the_quote():
    article, _, st = only('The early lead does not surprise the pollster Dana Whitfield: "Leads like this fade."')
    assert source_of(article, st) == "Dana Whitfield"
    article, _, st = only('TURNOUT IS UP - Colm Byrne and Ivy Tan: "More people voted early than ever."')
    assert st.text == '"More people voted early than ever."'
    assert "Ivy Tan" in source_of(article, st)


def test_more_from_the_report_colon():
    article, _, st = only('More from the report: "Most samples were weighted by age alone."')
    assert source_of(article, st) == "the report"


def test_colon_with_a_list_is_no_statement():
    _, _, found = statements('Here is the list: "apples" and "pears."')
    assert found == []


def test_paragraph_ending_in_a_colon_without_cue_introduces_the_quote_below():
    article, _, found = statements('The county clerk made the following comment:\n\n'
                                   '"We counted every vote twice. Nobody was left out."\n\nThe count ended.')
    assert len(found) == 1
    assert found[0].text == '"We counted every vote twice. Nobody was left out."'
    assert source_of(article, found[0]).startswith("The county")


def test_opening_mark_typed_for_the_closing_one():
    article, speaker, st = only('"It is unusual,\u201c said Tom Hale, a lawyer. "It is hard to pull off."')
    assert [article.text[s:e] for s, e in st.spans] == ['"It is unusual,\u201c', '"It is hard to pull off."']
    assert speaker.name == "Tom Hale"


def test_closing_mark_typed_for_the_opening_one_after_a_cue():
    article, _, st = only("Ann Lee says,\u201d there are people nobody listens to.\u201d")
    assert st.kind == "direct"
    assert article.text[st.spans[0][0]:st.spans[-1][1]] == "\u201d there are people nobody listens to.\u201d"
    assert source_of(article, st) == "Ann Lee"


def test_name_before_a_long_relative_clause_is_the_source():
    article, speaker, st = only('Ann Lee, who has campaigned for the mayor since she left her own race in '
                                'February, blasted the plan as a "disgrace."')
    assert source_of(article, st) == "Ann Lee"
    assert speaker.name == "Ann Lee"


def test_quoted_show_after_told_is_the_addressee():
    _, speaker, st = only('"We have to win," the senator told "Fox News Sunday."')
    assert st.text == '"We have to win,"'
    _, _, st = only('Ann Lee told "Meet the Press" that she would run.')
    assert st.text == "that she would run"


def test_participle_after_an_appositive_with_its_addressee():
    article, speaker, st = only('Ruth Cole, the campaign manager, emailed supporters on Monday, telling them, '
                                '"We are proud of this race."')
    assert st.text == '"We are proud of this race."'
    assert speaker.name == "Ruth Cole"


def test_and_said_after_a_preface_keeps_the_sentence_subject():
    article, _, st = only('In an interview with a local paper, Mayor Ann Lee doubled down on her remarks and '
                          'said the judge had "a clear conflict" in the case.')
    assert source_of(article, st) == "Mayor Ann Lee"
    assert st.text == 'the judge had "a clear conflict" in the case'


def test_number_with_a_comma_in_the_adverbial_before_a_quote():
    _, speaker, st = only('After the vote, Tom Hale wrote to his 20,000 followers, "It is time to go home."')
    assert st.text == '"It is time to go home."'
    assert speaker.name == "Tom Hale"


def test_content_stops_before_a_new_subject_with_its_own_cue():
    article, _, found = statements('A voter asked for a photo and Ann Lee said, "Only if we break no rules."')
    assert [s.text for s in found][-1] == '"Only if we break no rules."'
    assert all("Ann Lee said" not in s.text for s in found)


def test_main_verb_after_a_relative_clause_that_reported_something():
    article, _, found = statements('Ann Lee, who says the city should build more homes, tweeted that the plan '
                                   '"will not house anyone."')
    last = found[-1]
    assert last.text == 'that the plan "will not house anyone."'
    assert source_of(article, last) == "Ann Lee"


def test_determiner_subject_before_a_relative_clause():
    article, _, st = only('One ad, which is airing this week, argues that "only Ruth Cole can win."')
    assert source_of(article, st) == "One ad"


def test_described_source_may_hold_a_short_quote_or_a_participle():
    article, speaker, st = only('"We have had better years," Texas delegate Tom Hale, wearing a hat and "Vote Cole" pins, '
                                'said calmly.')
    assert st.text == '"We have had better years,"'
    assert speaker.name == "Tom Hale"


def test_adverbial_with_commas_before_that():
    _, _, st = only('Ann Lee said Thursday during a town hall in Dayton, Ohio, that the state "must act now."')
    assert st.text == 'that the state "must act now."'
    _, _, found = statements('Ann Lee voted on Monday for a measure that would end the contracts.')
    assert all(not s.text.startswith("that would") for s in found)


def test_lower_case_quote_ends_the_clause_its_attribution_interrupts():
    article, _, st = only('Sooner or later, the governor said, "it starts to pay off."')
    assert [article.text[a:b] for a, b in st.spans] == ["Sooner or later", '"it starts to pay off."']
    _, _, st = only('After the vote, Ann Lee said, "we won."')
    assert st.text == '"we won."'


def test_long_addressee_before_that():
    article, speaker, st = only('Ann Lee is telling customers at a diner in Dover, Delaware, that "I need you tomorrow."')
    assert st.text == 'that "I need you tomorrow."'
    assert source_of(article, st) == "Ann Lee"


def test_writer_comment_after_the_content_is_not_said():
    _, _, st = only('The senator took a heckler in stride, saying the man would "not get hurt" at his rally, '
                    'a swipe at the recent fights.')
    assert st.text == 'the man would "not get hurt" at his rally'


def test_quote_yelled_at_someone_ends_at_the_quote():
    _, _, st = only('Tom Hale yelled "You lie!" at Governor Ruth Cole during the address.')
    assert st.text == '"You lie!"'


def test_reports_and_commented_are_cues():
    article, _, st = only('The Daily Ledger reports that the mayor "kept the details under wraps."')
    assert source_of(article, st) == "The Daily Ledger"
    assert st.text == 'that the mayor "kept the details under wraps."'
    article, _, st = only('During a heated debate, a friend commented: "Immigration is the reason to vote."')
    assert source_of(article, st) == "a friend"
    assert st.text == '"Immigration is the reason to vote."'


def test_asked_preface_reports_nothing_of_its_own():
    article, _, st = only('Asked what he believed about the plan, he said, "It is the wrong thing."')
    assert st.text == '"It is the wrong thing."'
    assert source_of(article, st) == "he"


def test_paragraph_ending_in_a_colon_after_a_cue_and_a_place():
    article, _, found = statements('Joel Hart reported after the police left the scene in San Mateo:\n\n'
                                   '"The officers did almost nothing with the phones."')
    assert len(found) == 1
    assert source_of(article, found[0]) == "Joel Hart"


def test_imperative_before_a_colon_names_no_speaker():
    _, speakers, found = statements('Read the latest updates below:\n\n"The senator took the stage late on Monday."')
    # the quotation stays, as no one's
    assert [(st.text, speakers[st.speaker].kind, st.source_span) for st in found] == [
        ('"The senator took the stage late on Monday."', "unknown", None)]


def test_aside_between_the_cue_and_its_content():
    article, _, st = only('Tom Hale acknowledged, however, "Past results are no guide to the future."')
    assert st.text == '"Past results are no guide to the future."'
    _, _, st = only('He added, though, that in the end "the council could not escape the record."')
    assert st.text == 'that in the end "the council could not escape the record."'
    # how often or how it was said
    _, speaker, st = only("Tom Hale said, twice, that he was going back to work.")
    assert (st.text, speaker.name) == ("that he was going back to work", "Tom Hale")
    _, speaker, st = only("Ann Lee wondered, as I do, why the senator had so little to say.")
    assert (st.text, speaker.name) == ("why the senator had so little to say", "Ann Lee")
    _, _, st = only("Ann Lee said, repeatedly, that the plan would fail.")
    assert st.text == "that the plan would fail"


def test_an_as_clause_interrupting_what_was_noted():
    _, speaker, st = only("The plan, as Ann Lee noted, would cost billions.")
    assert (st.text, speaker.name) == ("The plan would cost billions", "Ann Lee")
    _, speaker, st = only("And that, as Tom Hale points out, is quite a lot right now.")
    assert (st.text, speaker.name) == ("that is quite a lot right now", "Tom Hale")


def test_when_and_where_before_the_subject_are_no_content():
    article, speakers, found = statements("Early in his campaign, Tom Hale attacked Ann Lee, calling her a fraud.")
    assert [(st.text, speakers[st.speaker].name) for st in found] == [
        ("Ann Lee", "Tom Hale"), ("her a fraud", "Tom Hale")]
    article, speakers, found = statements("Later in the broadcast, Tom Hale praised the mayor, saying she won.")
    assert [(st.text, speakers[st.speaker].name) for st in found] == [
        ("the mayor", "Tom Hale"), ("she won", "Tom Hale")]
    # nothing after the cue: the clause before it is what was said
    _, _, st = only("In a sense, the war is over, Ann Lee said.")
    assert st.text == "In a sense, the war is over"


def test_a_connective_before_an_interrupting_attribution_is_no_content():
    _, speaker, st = only("But, Tom Hale said, the plan would fail.")
    assert (st.text, speaker.name) == ("the plan would fail", "Tom Hale")
    _, speaker, st = only("And so, Tom Hale said, while his friends are horrified, they admire the story.")
    assert (st.text, speaker.name) == ("while his friends are horrified, they admire the story", "Tom Hale")
    # a clause that ends on "and" goes on after the attribution, and only that part is said
    _, speaker, st = only("Ann Lee backed the plan to help her clients and, she argued, to help the town.")
    assert st.text == "to help the town"


def test_preface_before_the_subject_is_no_content_when_a_quote_follows():
    article, _, st = only('When asked why, Ann Lee responded in a text message: "Cole will be the nominee."')
    assert st.text == '"Cole will be the nominee."'
    assert source_of(article, st) == "Ann Lee"


def test_progressive_cue_after_an_appositive():
    article, speaker, st = only('Ann Lee, celebrating a win in her home state, is pledging to "win every county."')
    assert st.text == 'to "win every county."'
    assert speaker.name == "Ann Lee"
    # a cue of two words that opens on the participle ("is calling for")
    article, speaker, st = only("Ann Lee, who won Ohio and Iowa, is calling for her rivals to drop out.")
    assert (st.text, speaker.name) == ("her rivals to drop out", "Ann Lee")
    # and as a participle after the clause ("pushing for" hangs on its subject as "calling" does)
    article, speaker, st = only("Ann Lee spoke in Dayton on Friday, pushing for a new bridge.")
    assert (st.text, speaker.name) == ("a new bridge", "Ann Lee")


def test_adverb_after_an_appositive_before_the_cue():
    article, speaker, st = only('Ruth Cole, exasperated, famously responded: "What difference does it make?"')
    assert st.text == '"What difference does it make?"'
    assert speaker.name == "Ruth Cole"


def test_as_someone_put_it_after_the_content():
    article, _, st = only('Most applicants must work, but the main test for the visa is a "lawful source of income," '
                          'as a state memo put it.')
    assert st.text == 'the main test for the visa is a "lawful source of income,"'
    assert source_of(article, st) == "a state memo"
    # a quote after the as-clause is what was put so, not the clause before it
    article, _, st = only('His degree has not kept him from being seen, as the Daily Ledger put it in a long '
                          'profile, "the operator."')
    assert (st.text, source_of(article, st)) == ('"the operator."', "the Daily Ledger")


def test_as_someone_noted_before_the_content():
    article, _, st = only('As the Daily Ledger reported, the council "never voted on the plan."')
    assert st.text == 'the council "never voted on the plan."'
    assert source_of(article, st) == "the Daily Ledger"
    _, _, found = statements('As he spoke, the crowd grew quiet.')
    assert found == []
    _, _, found = statements('He put it on the table and left.')
    assert found == []
    # a colon after the as-clause opens the quote as a comma does
    article, _, st = only("As Professor Ruiz put it: ''The city does a better job than most.''")
    assert (st.text, source_of(article, st)) == ("''The city does a better job than most.''", "Professor Ruiz")


def test_dashed_appositive_before_the_cue():
    article, speaker, st = only('Jason Reed \u2014 a teacher from Dover \u2014 says the endorsement was "a big deal."')
    assert speaker.name == "Jason Reed"
    assert st.text == 'the endorsement was "a big deal."'


def test_quote_goes_on_after_an_attribution_with_commas_of_its_own():
    article, _, st = only('"I think the moderator will be fair," Ann Lee said during a rally in Dover, Del., '
                          '"but a lot of people are watching."')
    assert [article.text[a:b] for a, b in st.spans] == ['"I think the moderator will be fair,"',
                                                         '"but a lot of people are watching."']
    article, _, st = only('"Every time you say that," Tom Hale said, referring to the excuse, '
                          '"you give them ammunition."')
    assert len(st.spans) == 2 and st.kind == "direct"


def test_participle_between_the_subject_and_its_cue():
    article, speaker, st = only('Sen. Ann Lee (D-Ill.), noting the size of the crowd, said, "He has a heck of a list."')
    assert st.text == '"He has a heck of a list."'
    assert speaker.name == "Ann Lee"
    article, _, st = only('An Israeli official, speaking on the condition of anonymity, said that Lee '
                          '"will meet any candidate."')
    assert st.text == 'that Lee "will meet any candidate."'
    assert source_of(article, st).startswith("An Israeli official")


def test_dashed_participle_and_a_day_before_the_subject():
    article, speaker, st = only('On Friday, Tom Hale \u2014 mentioned by the paper as the likely choice \u2014 told '
                                'Ruth Cole of the Ledger, that "you have to look at it seriously."')
    assert st.text == 'that "you have to look at it seriously."'
    assert speaker.name == "Tom Hale"


def test_closing_mark_and_ellipsis_opening_a_paragraph():
    article, _, found = statements('Lee was critical of all of them.\n\n'
                                   '\u201d \u2026 they are so not like him,\u201d she said in December.')
    assert [s.text for s in found][-1] == "\u201d \u2026 they are so not like him,\u201d"


def test_participle_after_before_is_a_statement_of_the_same_subject():
    article, _, found = statements('"Nothing you can do," Ann Lee said before adding: "Maybe there is."')
    assert [s.text for s in found] == ['"Nothing you can do,"', '"Maybe there is."']
    assert all(source_of(article, s) == "Ann Lee" for s in found)


def test_quoted_transcript_turns():
    article, speakers, found = statements('The interview went on.\n\n'
                                          '"ANN LEE: Well, look, the mayor thinks this is a game show. It is not.\n\n'
                                          '"TOM HALE: But, Senator, I have to ask you about the tweet.')
    assert [(speakers[s.speaker].name, s.text) for s in found] == [
        ("Ann Lee", "Well, look, the mayor thinks this is a game show. It is not"),
        ("Tom Hale", "But, Senator, I have to ask you about the tweet")]


def test_stage_directions_and_sign_offs_are_said_by_no_one():
    article, speakers, found = statements('Ann Lee spoke to Tom Hale on Sunday.\n\n'
                                          '"TOM HALE: Will you run again?\n\n'
                                          '"ANN LEE: I will run, and I will win this time.\n\n'
                                          '"(CROSSTALK.)\n\n'
                                          '"[Applause]\n\n'
                                          '"Follow Jo Park on Twitter @jopark."')
    assert [(speakers[s.speaker].name, s.text) for s in found] == [
        ("Tom Hale", "Will you run again?"), ("Ann Lee", "I will run, and I will win this time")]


def test_a_parenthesis_that_reports_a_statement_is_still_read():
    article, speakers, found = statements('The vote was close.\n\n(Ann Lee said later that she had not meant it.)')
    assert [(speakers[s.speaker].name, s.text) for s in found] == [("Ann Lee", "that she had not meant it")]


def said_by(text):
    """Each statement's text with its speaker's name and its source mention."""
    article, speakers, found = statements(text)
    return {st.text: (speakers[st.speaker].name, source_of(article, st) if st.source_span else None)
            for st in found}


def test_partial_quote_after_a_progressive_verb_is_its_subjects():
    assert said_by('Senator Ann Lee has been steadily pounding the mayor as a "reckless spender" for weeks.') == {
        'the mayor as a "reckless spender"': ("Ann Lee", "Senator Ann Lee")}


def test_partial_quote_after_a_verb_of_praise_with_a_long_subject():
    assert said_by('In March, Gov. Ann Marie Lee of North Dakota lauded the plan for bringing "real and lasting change."') == {
        'the plan for bringing "real and lasting change."': ("Ann Marie Lee", "Gov. Ann Marie Lee of North Dakota")}


def test_partial_quote_after_a_party_label_and_an_aside():
    assert said_by('Rep. Tom Hale (D-Ohio), in particular, branded the bill a "shameful giveaway."') == {
        'the bill a "shameful giveaway."': ("Tom Hale", "Rep. Tom Hale")}


def test_partial_quote_ends_before_a_participle_clause_of_the_writer():
    assert said_by('Ann Lee said the referees must be "fair" to everyone, drawing loud jeers from the crowd.') == {
        'the referees must be "fair" to everyone': ("Ann Lee", "Ann Lee")}
    # the same with the comma inside the closing mark, as American papers set it
    assert said_by('Ann Lee said the immunity was only "partial," meaning it covered nothing else.') == {
        'the immunity was only "partial,"': ("Ann Lee", "Ann Lee")}


def test_partial_quote_ends_before_a_second_verb_phrase():
    assert said_by('Tom Hale offered himself as a "law and order" candidate and made a direct appeal to workers.') == {
        'himself as a "law and order" candidate': ("Tom Hale", "Tom Hale")}
    # an irregular past tense is a second verb too
    assert said_by('The driver shouted "What curfew?" and kept going until nearly 2 a.m.') == {
        '"What curfew?"': ("driver", "The driver")}


def test_a_paraphrase_without_quotes_keeps_its_participle_clause():
    assert said_by("Ann Lee said the plan was dead, leaving the council without a budget.") == {
        "the plan was dead, leaving the council without a budget": ("Ann Lee", "Ann Lee")}


def test_a_whole_quote_beside_a_subject_and_an_unlisted_verb_is_theirs():
    assert said_by('"People are tired of waiting," he surmised.') == {'"People are tired of waiting,"': ("unknown", "he")}
    assert said_by('"Imagine him on the same stage," mused Ann Lee.') == {
        '"Imagine him on the same stage,"': ("Ann Lee", "Ann Lee")}
    assert said_by("And Mr. Tom Christie gloated: ''I told you he wouldn't be ready.''") == {
        "''I told you he wouldn't be ready.''": ("Tom Christie", "Mr. Tom Christie")}


def test_a_quoted_exclamation_in_double_apostrophes_does_not_end_the_sentence():
    assert said_by("''If she thinks she can win, she's wrong!'' Mr. Tom Vale tweeted.") == {
        "''If she thinks she can win, she's wrong!''": ("Tom Vale", "Mr. Tom Vale")}


def test_quantified_or_described_subject_of_a_partial_quote():
    assert said_by('Several environmental groups branded the plan a "dangerous gamble."') == {
        'the plan a "dangerous gamble."': ("environmental groups", "Several environmental groups")}
    assert said_by('The mayor branded him a "con artist" on Monday.') == {'him a "con artist"': ("mayor", "The mayor")}


def test_a_quote_with_its_own_attribution_after_it_ends_the_paraphrase_before_it():
    found = said_by('Tom Vale hinted he had silenced his critics: "They signed an agreement," he told the Daily Planet.')
    assert found['"They signed an agreement,"'] == ("Tom Vale", "he")
    assert found["he had silenced his critics"] == ("Tom Vale", "Tom Vale")


def test_a_lower_case_partial_quote_before_a_second_attribution_stays_in_the_paraphrase():
    found = said_by('Ann Lee said the plan was "a mess," Tom Vale said.')
    assert '"a mess,"' not in found and "the plan was" not in found


def test_a_participle_after_by_is_what_the_sentence_subject_said():
    assert said_by('Ann Lee, a nurse, appeared on the radio and began by saying she would "never" back the plan.') == {
        'she would "never" back the plan': ("Ann Lee", "Ann Lee")}


def test_a_participle_after_a_quantified_subject():
    found = said_by('Several unions granted the firm a delay, saying its "cash was short."')
    assert found['its "cash was short."'] == ("unions", "Several unions")


def test_going_on_to_say_opens_a_second_statement_of_the_same_speaker():
    found = said_by('Tom Hale said the vote was fair, going on to say that the count had been "clean and quick."')
    assert found["the vote was fair"] == ("Tom Hale", "Tom Hale")
    assert found['that the count had been "clean and quick."'] == ("Tom Hale", "Tom Hale")


def test_a_participle_reporting_a_whole_quote_is_a_statement_of_its_own():
    found = said_by('The band leader called the candidates to the stage, singing "It\'s our time."')
    assert found["the candidates to the stage"] == ("band leader", "The band leader")
    assert found['"It\'s our time."'] == ("band leader", "The band leader")


def test_a_possessive_noun_phrase_is_a_source():
    found = said_by('"We live in a fallen world," my father often said.')
    assert found == {'"We live in a fallen world,"': ("my father", "my father")}


def test_a_quote_inside_a_paraphrase_with_a_described_source_after_it():
    found = said_by('The mayor suggested the town was in trouble: "We are out of money," the city treasurer said.')
    assert found['"We are out of money,"'][1] == "the city treasurer"


def test_a_colon_quote_after_a_statement_of_the_same_sentence_is_the_next_clauses():
    found = said_by('With aides worried about turnout among young voters, Mayor Ann Lee is rolling out a new '
                    'message: "It is about me."')
    assert found['"It is about me."'] == ("Ann Lee", "Mayor Ann Lee")


def test_a_phrase_opening_on_a_preposition_before_the_sentences_own_cue_is_no_source():
    found = said_by('In a message posted Friday, Ann Lee said she had "real doubts" about the deal.')
    assert found == {'she had "real doubts" about the deal': ("Ann Lee", "Ann Lee")}


def test_a_sign_read_after_its_quote():
    assert said_by('"The town is ours," read one.') == {'"The town is ours,"': ("unknown", "one")}


def test_a_bare_attribution_after_a_quote_closed_by_a_full_stop():
    found = said_by('"I hope you find the missing files." Tom Vale said. Ann Lee says they were personal.')
    assert found['"I hope you find the missing files."'] == ("Tom Vale", "Tom Vale")
    assert found["they were personal"] == ("Ann Lee", "Ann Lee")


def test_a_full_stop_before_a_new_sentence_with_its_own_content_still_ends_the_quote():
    found = said_by('"We won." Ann Lee said the count was clean.')
    assert found == {"the count was clean": ("Ann Lee", "Ann Lee")}


def test_when_it_comes_to_after_a_quote_goes_on_with_what_was_said():
    found = said_by('Ann Lee said there is a "big gap between the two," when it comes to how many staff they keep.')
    assert list(found) == ['there is a "big gap between the two," when it comes to how many staff they keep']


def test_according_to_before_a_reported_statement_is_a_statement_of_its_own():
    found = said_by('According to the filing, Ann Lee said the plan was "dead on arrival."')
    assert found['Ann Lee said the plan was "dead on arrival."'] == ("filing", "the filing")
    assert found['the plan was "dead on arrival."'] == ("Ann Lee", "Ann Lee")


def test_an_opening_participle_of_where_before_a_characterization_is_no_content():
    found = said_by('Speaking at a rally in Dayton on Friday, Ann Lee called Tom Vale, her rival in the race, a "disgrace."')
    assert found == {'Tom Vale, her rival in the race, a "disgrace."': ("Ann Lee", "Ann Lee")}


def test_an_opening_participle_before_a_description_is_no_content():
    found = said_by('Addressing the city council on Tuesday, Ann Lee described empty shops, closed schools and a town "left behind."')
    assert list(found) == ['empty shops, closed schools and a town "left behind."']


def test_an_opening_clause_of_when_before_a_cue_is_no_content():
    found = said_by('When the council voted down the budget, Ann Lee called it, in a long speech, a "sham."')
    assert list(found) == ['it, in a long speech, a "sham."']


def test_a_dateline_is_no_content():
    found = said_by("DAYTON - The county will open two new polling places, officials said Tuesday.")
    assert found == {"The county will open two new polling places": ("officials", "officials")}


def test_a_dateline_is_no_subject():
    found = said_by("OMAHA, Neb. - Sen. Ann Lee pressed her attack on the budget Friday, calling it a \u201csham.\u201d")
    assert found == {"it a \u201csham.\u201d": ("Ann Lee", "Sen. Ann Lee")}


def test_a_dateline_in_title_case_with_its_agency_is_no_subject():
    found = said_by("Dayton (AFP) \u2013 Sen. Ann Lee pressed her attack on the budget Friday, calling it a \u201csham.\u201d")
    assert found == {"it a \u201csham.\u201d": ("Ann Lee", "Sen. Ann Lee")}
    found = said_by("Des Moines, Iowa (Reuters) - The county will open two new polling places, officials said Tuesday.")
    assert found == {"The county will open two new polling places": ("officials", "officials")}
    # a name and a dash, with no agency, is no dateline
    found = said_by("Ann Lee - the mayor - said the county would open two new polling places.")
    assert found == {"the county would open two new polling places": ("Ann Lee", "Ann Lee")}


def test_appositives_too_long_to_walk_back_over_leave_the_name_that_opens_the_sentence():
    found = said_by("Ann Lee, a retired teacher from Dayton who once worked for Sen. Bo Ruiz (R-Tenn.), one of the "
                    "bill\u2019s authors, called it \u201ca big step.\u201d")
    assert found == {"it \u201ca big step.\u201d": ("Ann Lee", "Ann Lee")}


def test_a_nickname_in_quotation_marks_is_part_of_the_name():
    found = said_by('"We are ready," state Sen. Thomas "Tad" Bell told the crowd.')
    assert found == {'"We are ready,"': ("Thomas Tad Bell", 'state Sen. Thomas "Tad" Bell')}


def test_an_exclamation_then_a_subject_with_its_appositive_and_the_cue():
    found = said_by('"We are ready!" Ann Lee, the mayor of Dayton, shouted to the crowd. Few cheered.')
    assert found == {'"We are ready!"': ("Ann Lee", "Ann Lee")}


def test_an_opening_clause_of_when_before_said_and_a_quote_is_no_content():
    found = said_by('When asked whether the plan differed from the old one, Ann Lee said, "You decide," twice, '
                    'before she left the room.')
    assert found == {'"You decide," twice, before she left the room': ("Ann Lee", "Ann Lee")}


def test_an_adverb_then_a_participle_after_a_quote_ends_the_content():
    found = said_by('Ann Lee said she would see it as a "betrayal" if the council cut the budget, '
                    'quietly raising the stakes for the vote.')
    assert list(found) == ['she would see it as a "betrayal" if the council cut the budget']


def test_straight_single_quotes_as_british_papers_set_them():
    article, speakers, found = statements(
        "'We will not back down,' said the defence minister, Ben Wallace. 'Russia must withdraw.'")
    assert len(found) == 1
    st = found[0]
    assert st.kind == "direct"
    assert [article.text[s:e] for s, e in st.spans] == ["'We will not back down,'", "'Russia must withdraw.'"]
    assert speakers[st.speaker].name == "Ben Wallace"


def test_apostrophes_are_no_straight_single_quotes():
    text = "He likes rock 'n' roll and the '90s, and said the Joneses' house was 'a fine place to live'."
    regions = quote_regions(text, 0, len(text))
    assert [text[s:e] for s, e, _closed in regions] == ["'a fine place to live'"]
    text = "'It's the voters' choice,' she said."
    assert [text[s:e] for s, e, _c in quote_regions(text, 0, len(text))] == ["'It's the voters' choice,'"]


def test_low_nine_quotes_and_single_guillemets():
    _, speaker, st = only("\u201eWir schaffen das\u201c, said Angela Merkel.")
    assert st.kind == "direct" and st.text == "\u201eWir schaffen das\u201c"
    assert speaker.name == "Angela Merkel"
    _, speaker, st = only("\u2039We will win\u203a, said Coach Ida Berg.")
    assert st.kind == "direct" and st.text == "\u2039We will win\u203a"


def test_a_dash_between_a_quote_and_its_cue():
    for text in ["\u201cWe are ready\u201d \u2013 said Sara Holm.", "\u201cWe are ready\u201d \u2014 Sara Holm said."]:
        _, speaker, st = only(text)
        assert st.kind == "direct" and st.text == "\u201cWe are ready\u201d"
        assert speaker.name == "Sara Holm"


def test_in_someone_s_words():
    for text, name in [("The summit met there because, in Forbes\u2019 words, \u201cit is the place to be.\u201d", "Forbes"),
                       ('In the words of Ann Lee, "We are in trouble."', "Ann Lee")]:
        _, speaker, st = only(text)
        assert st.kind == "direct" and speaker.name == name
    assert statements("In other words, the plan failed.")[2] == []


def test_followed_that_by_saying():
    _, speaker, st = only('Ann Lee followed that by saying, "I am not a natural politician."')
    assert st.text == '"I am not a natural politician."' and speaker.name == "Ann Lee"


def test_who_is_shown_speaking_is_the_speaker():
    for text in ["The ad ends with footage of Ann Lee saying during the debate last week, \u201cThat makes me smart.\u201d",
                 "The ad shows Ann Lee saying \u201cThat makes me smart.\u201d"]:
        _, speaker, st = only(text)
        assert st.text == "\u201cThat makes me smart.\u201d" and speaker.name == "Ann Lee"


def test_a_headline_quote_then_a_colon_and_its_speaker():
    article, speakers, found = statements("\u2018We will not give up\u2019: Zelenskyy vows to fight on")
    quoted = [st for st in found if st.kind == "direct"]
    assert [(speakers[st.speaker].name, st.text) for st in quoted] == [("Zelenskyy", "\u2018We will not give up\u2019")]


def test_a_sentence_opening_on_a_long_quote_is_linear():
    def best_of_three(words):
        text = '"' + "we will hold the line " * words + '," she said.'
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            statements(text)
            times.append(time.perf_counter() - t0)
        return min(times)

    small_t, big_t = best_of_three(150), best_of_three(1500)
    # 10 times the quote: linear time is about 10 times as long, quadratic 100 times
    assert big_t < max(small_t, 0.002) * 10 * 5


def test_a_new_speaker_and_cue_end_a_fronted_clause_s_content():
    article, speakers, found = statements(
        'So when Acme signaled that it would sell the mine, Mr. Barrett said, "we were floored."')
    got = [(speakers[st.speaker].name, st.text) for st in found]
    assert got == [("Acme", "that it would sell the mine"), ("Barrett", '"we were floored."')]


def test_a_title_abbreviation_does_not_end_the_sentence():
    for title in ["state Del.", "Capt.", "Adm.", "Maj."]:
        _, speaker, st = only(f'"This is a big year," the niece, {title} Marcia Price, told the crowd.')
        assert st.text == '"This is a big year,"' and speaker.name == "Marcia Price", title


def test_a_possessive_description_and_a_name_after_a_quote_are_its_source():
    _, speaker, st = only('"We will appeal," her spokesman, John Doe, said in a statement.')
    assert st.text == '"We will appeal,"' and speaker.name == "John Doe"


def test_a_closing_attribution_wins_over_a_cue_in_a_noun_clause():
    _, speaker, st = only("The loopholes he cited are \u201cthe ability to offset other income,\u201d the Ledger reported.")
    assert speaker.name.endswith("Ledger")
    assert st.text.startswith("The loopholes he cited are")
    # without a closing attribution, the clause is a statement of its own
    _, speaker, st = only("Her vote, which she has said was a mistake, cost her the race.")
    assert st.text.startswith("was a mistake")


def test_a_participle_after_a_relative_clause_is_the_sentence_subject_s():
    article, speakers, found = statements(
        "Ann Lee was defensive about not paying a builder who said he was cheated, saying, "
        "\u201cMaybe he did not do a good job.\u201d")
    quoted = [st for st in found if st.kind == "direct"]
    assert [(speakers[st.speaker].name, st.text) for st in quoted] == [("Ann Lee", "\u201cMaybe he did not do a good job.\u201d")]


def test_writing_verbs_report_only_a_quotation():
    _, speaker, st = only("On the discharge papers, a doctor had typed \u201cacute anxiety.\u201d")
    assert st.text == "\u201cacute anxiety.\u201d" and speaker.name == "doctor"
    _, speaker, st = only("Ann Lee texted him, \u201cCall me.\u201d")
    assert st.text == "\u201cCall me.\u201d" and speaker.name == "Ann Lee"
    assert statements("He typed his password and left.")[2] == []


def test_a_long_addressee_then_that_is_no_content():
    _, speaker, st = only('Ann Lee told one of her young campaign volunteers on a regular basis that "politics is a calling."')
    assert st.text == 'that "politics is a calling."' and speaker.name == "Ann Lee"


def test_when_and_where_before_a_quote_are_no_content():
    for text in ['Ann Lee said Monday night "it will be very hard for us to win."',
                 'Ann Lee acknowledged in an MSNBC forum Monday night "it will be very hard for us to win."']:
        _, speaker, st = only(text)
        assert st.text == '"it will be very hard for us to win."' and speaker.name == "Ann Lee", text


def test_a_reflexive_and_a_hedged_count_are_no_part_of_the_speaker():
    _, speaker, st = only('Ann Lee herself acknowledged "it will be hard."')
    assert speaker.name == "Ann Lee"
    article, speaker, st = only('About 200 protesters gathered outside, chanting "Dump the plan."')
    assert source_of(article, st) == "200 protesters"


def test_an_opening_infinitive_of_purpose_reports_nothing():
    article, speakers, found = statements(
        'To acknowledge the win, her campaign sent out a text message to supporters saying: "We did it!"')
    assert [(st.text, speakers[st.speaker].name) for st in found] == [('"We did it!"', "her campaign")]


def test_went_on_reports_only_a_quotation_and_a_connective_opens_no_subject():
    assert statements("Ann Lee went on the attack.")[2] == []
    _, speaker, st = only('And then Ann Lee went fully on the attack, saying, "Is he going to answer?"')
    assert st.text == '"Is he going to answer?"' and speaker.name == "Ann Lee"


def test_and_i_quote_and_no_wonder_are_the_writer_s():
    _, speaker, st = only('No wonder Ann Lee said, and I quote, "We love the voters."')
    assert st.text == '"We love the voters."' and speaker.name == "Ann Lee"


def test_quoted_as_saying_is_the_subject_s_statement():
    for text in ['The prime minister was quoted as saying that the deal was "dead."',
                 'The prime minister was quoted by Reuters as saying that the deal was "dead."']:
        _, speaker, st = only(text)
        assert st.text == 'that the deal was "dead."' and speaker.name == "prime minister", text


def test_a_contrasting_clause_with_its_own_speaker_and_cue_ends_the_content():
    article, speakers, found = statements(
        "Ann Lee accused Tom Ruiz of a smear over her donors while Ruiz suggests she is captive to them.")
    assert [(speakers[st.speaker].name, st.text) for st in found] == [
        ("Ann Lee", "Tom Ruiz of a smear over her donors"), ("Tom Ruiz", "she is captive to them")]


def test_reads_after_a_quote_names_the_text_that_says_it():
    article, speaker, st = only("Headline.\n\n\u201cThe council has shown less spine than a jellyfish,\u201d "
                                "reads a Sunday editorial in the Valley Courier.")
    assert st.kind == "direct" and speaker.name == "Valley Courier"
    # without a quotation, "reads" tells how a text comes across
    assert statements("Headline.\n\nThe editorial reads like a manifesto.")[2] == []


def test_a_list_of_names_after_a_colon_is_no_statement():
    assert statements("Headline.\n\nIowa: Tim Albrecht, Brad Anderson, Rob Barron and Jeff Boeyink.")[2] == []
    # a clause after a name and a colon still is
    assert [s.text for s in statements("Headline.\n\nBrooks: Rubio did well in the debate, better than before.")[2]] == \
        ["Rubio did well in the debate, better than before"]


def test_a_contributors_credit_line_is_no_statement():
    assert statements("Headline.\n\nContributing: Ann Lee and Bo Lund, The Courier.")[2] == []


def test_clause_between_commas_right_after_the_cue():
    # a condition between commas is part of what was said; a setting before "that" is not
    article, speaker, st = only("Ann Lee said, if elected, she would ask Bo Tran to lead the effort.")
    assert st.text == "if elected, she would ask Bo Tran to lead the effort" and speaker.name == "Ann Lee"
    _, speaker, st = only("Ann Lee said, in an interview on Monday, that she would stay.")
    assert st.text == "that she would stay" and speaker.name == "Ann Lee"
    _, speaker, st = only("Ann Lee said, for example, the plan was dead.")
    assert st.text == "the plan was dead"
    _, speaker, st = only("Bo Tran said, among other things, that the bridge has a huge problem.")
    assert st.text == "that the bridge has a huge problem" and speaker.name == "Bo Tran"


def test_asides_between_dashes_beside_the_cue():
    article, speaker, st = only("Insiders in two states -- Nevada and Ohio -- said it is important.")
    assert source_of(article, st) == "Insiders in two states" and st.text == "it is important"
    _, speaker, st = only("Bo Tran said \u2014 on the radio, as it happens \u2014 that the plan was dead.")
    assert st.text == "that the plan was dead" and speaker.name == "Bo Tran"


def test_passive_cue_with_its_own_auxiliaries():
    # "has been called ... by": the subject is what is spoken of, never who speaks
    article, speakers, found = statements("Ann Lee has been called a fraud by her rivals in the party.")
    assert all(speakers[st.speaker].name != "Ann Lee" for st in found)
    _, speaker, st = only("The plan has been criticized by Bo Tran.")
    assert st.text == "The plan" and speaker.name == "Bo Tran"
    # a progressive is no passive
    _, speaker, st = only("Ann Lee has been saying for weeks that the plan is dead.")
    assert speaker.name == "Ann Lee" and st.text == "that the plan is dead"


def test_attribution_after_a_lone_connective_or_before_a_quantity():
    # 'But, said Lee, "..."': the connective is no content; "at least" goes on with the clause
    _, speaker, st = only('But, said Ann Lee, "we will not stop. We never have."')
    assert st.text == '"we will not stop. We never have."' and speaker.name == "Ann Lee"
    _, speaker, st = only("Now, Bo Tran says, at least seven of the 44 delegates have signed on.")
    assert st.text.endswith("at least seven of the 44 delegates have signed on") and speaker.name == "Bo Tran"


def test_an_existential_clause_is_no_speaker():
    article, speakers, found = statements("There are more productive ways to argue that the plan will fail.")
    assert not found, [(speakers[s.speaker].name, s.text) for s in found]


def test_manner_adverb_before_the_cue_after_a_relative_clause():
    _, speaker, st = only("Norah Lund, who was off camera, then loudly asked, \u201cReally?\u201d")
    assert st.text == "\u201cReally?\u201d" and speaker.name == "Norah Lund"
    _, speaker, st = only("The senator, who had voted for it, angrily said the bill was a fraud.")
    assert st.text == "the bill was a fraud"


def test_unnamed_source_with_a_long_description_after_the_cue():
    article, speaker, st = only("The talks could collapse by Friday, said a person familiar with the matter.")
    assert st.text == "The talks could collapse by Friday"
    assert source_of(article, st) == "a person familiar with the matter"
    article, speaker, st = only('"We are close," said one senior official briefed on the talks.')
    assert st.text == '"We are close,"' and source_of(article, st) == "one senior official briefed on the talks"


def test_plain_forms_of_reporting_verbs_after_a_plural_subject():
    _, speaker, st = only("Prosecutors allege that Ann Lee accepted two million dollars in bribes.")
    assert st.text == "that Ann Lee accepted two million dollars in bribes" and speaker.name == "Prosecutors"
    _, speaker, st = only("Many Democrats complain that the rules favor the front-runner.")
    assert st.text == "that the rules favor the front-runner"
    _, speaker, st = only("Both candidates reject the idea that taxes must rise.")
    assert st.text.startswith("the idea that taxes must rise")


def test_less_common_reporting_verbs():
    _, speaker, st = only('Sen. Ann Lee scolded him: "You should know better."')
    assert st.text == '"You should know better."' and speaker.name == "Ann Lee"
    _, speaker, st = only("Bo Tran reasoned that the vote would come too late.")
    assert st.text == "that the vote would come too late" and speaker.name == "Bo Tran"


def test_consider_reports_a_judgement():
    _, speaker, st = only("Just 30 percent of voters consider Ann Lee honest.")
    assert st.text == "Ann Lee honest"


def test_according_to_after_a_short_opening_phrase():
    article, speaker, st = only("In Ohio, according to the Elm poll, Ruiz leads by five points.")
    assert [article.text[s:e] for s, e in st.spans] == ["In Ohio", "Ruiz leads by five points"]
    assert source_of(article, st) == "the Elm poll"


def test_setting_clause_with_nothing_after_the_cue_is_the_content():
    _, speaker, st = only("As a newcomer, Ann Lee likely raised less suspicion, Bo Tran said.")
    assert st.text == "As a newcomer, Ann Lee likely raised less suspicion" and speaker.name == "Bo Tran"
    # ("When asked, Lee said ..." still has its content after the cue)
    _, speaker, st = only("When asked, Bo Tran said the plan was dead.")
    assert st.text == "the plan was dead"


def test_as_many_as_is_a_quantity_not_a_clause():
    article, speaker, st = only("By the time the vote ended, as many as 40 percent of the members said they "
                                "would leave.")
    assert st.text == "they would leave"
    assert source_of(article, st) == "as many as 40 percent of the members"


def test_short_aside_with_though_stays_in_the_content():
    _, speaker, st = only("Bo Tran said Ruiz could win rural, though culturally divided, parts of the state.")
    assert st.text == "Ruiz could win rural, though culturally divided, parts of the state"
    # a clause that opens with "though" is the writer's, no more of what was said
    _, speakers, found = statements("Bo Tran said Ruiz could win, though the polls show a close race in the state.")
    assert found[0].text == "Ruiz could win"


def test_asked_between_commas_after_the_subject():
    _, speaker, st = only('Ann Lee, asked about the delay, said the company had "no choice."')
    assert st.text == 'the company had "no choice."' and speaker.name == "Ann Lee"


def test_bare_group_told_is_the_addressee():
    _, speaker, st = only("The minister told parliament on Tuesday that the government would not be blackmailed.")
    assert st.text == "that the government would not be blackmailed"
    _, speaker, st = only("Ann Lee reportedly told donors the race was over.")
    assert st.text == "the race was over"
    # a longer addressee keeps its own words ("members of the council")
    _, speaker, st = only("Ann Lee told members of the council that the vote was off.")
    assert st.text.endswith("that the vote was off")


def test_two_names_joined_by_and_speak_together():
    article, speaker, st = only("Ann Lee and Bo Ruiz said they would leave the party.")
    assert source_of(article, st) == "Ann Lee and Bo Ruiz" and speaker.kind == "group"
    # a clause joined by "and" is not a pair of names
    article, speaker, st = only("The plan failed and Ruiz said it was over.")
    assert source_of(article, st) == "Ruiz"


def test_addressee_name_does_not_take_the_article_after_it():
    _, speaker, st = only("A government source told the Elm Courier the plans had been shelved.")
    assert st.text == "the plans had been shelved"
    _, speaker, st = only("Ann Lee told the Bank of the West that the loan was off.")
    assert st.text == "that the loan was off"


def test_asking_not_to_be_named_is_no_statement():
    for text in ["The official, who asked not to be named, said Israel would press on.",
                 "The senator's aide, who declined to be named, said Israel would press on."]:
        _, speakers, found = statements(text)
        assert [s.text for s in found] == ["Israel would press on"]


def test_subject_with_a_participle_appositive_after_the_content():
    article, speaker, st = only("Unemployment rose to 5 percent, the report, released Tuesday, said.")
    assert st.text == "Unemployment rose to 5 percent" and source_of(article, st).startswith("the report")
    assert speaker.name == "report"
    # a name before the description is still the one who speaks
    _, speaker, st = only("Ann Lee, the mayor, elected in 2010, said the plan was dead.")
    assert speaker.name == "Ann Lee"


def test_what_the_words_did_is_the_writers():
    _, speaker, st = only("Ann Lee said she would not run again, ending months of speculation.")
    assert st.text == "she would not run again"


def test_a_quote_whose_closing_mark_is_missing_before_its_attribution():
    article, speakers, found = statements('"The bridge will never open, Ann Lee said.\n\nBo Ruiz said the plan was fine.')
    assert [(speakers[s.speaker].name, s.text) for s in found] == [
        ("Ann Lee", '"The bridge will never open'), ("Bo Ruiz", "the plan was fine")]
    _, speaker, st = only('"Nobody told the parents, said Ann Lee, whose group helps them.')
    assert st.text == '"Nobody told the parents' and speaker.name == "Ann Lee"


def test_where_it_was_said_after_the_cue_is_no_content():
    article, speaker, st = only("It was never about him, his aides argued in interviews this week; rather, it "
                                "was about the voters.")
    assert st.text == "It was never about him" and source_of(article, st) == "his aides"


def test_who_after_a_clause_is_the_people_it_ends_on():
    article, speaker, st = only('The decision drew sharp criticism from Republicans, who called it "a gift to Iran."')
    assert speaker.name == "Republicans"


def test_a_modal_before_the_cue_is_no_part_of_the_speaker():
    _, speaker, st = only("By now, many elite Democrats can argue that the plan is dead.")
    assert speaker.name == "elite Democrats" and st.text == "that the plan is dead"
    _, speaker, st = only("By now, the authorities never quite believed that the joggers were there.")
    assert speaker.name == "authorities"


def test_an_infinitive_cue_has_the_clauses_subject():
    for text, name in [("The Russians have used the presence of the fighters to justify the strikes.", "Russians"),
                       ("Radio host Bo Tran used his show Friday to discuss what he called a brilliant move.", "Bo Tran"),
                       ("Younger voters appeared more likely to describe her as honest.", "Younger voters")]:
        _, speakers, found = statements(text)
        assert speakers[found[0].speaker].name == name, text


def test_calling_into_a_show_or_calling_off_a_deal_says_nothing():
    for text in ["Ann Lee called into a radio show on Monday when she was home sick.",
                 "Ann Lee recently called in to a town hall about policing.",
                 "Acme called off the merger after the Treasury changed the rules."]:
        assert statements(text)[2] == [], text
    _, speakers, found = statements("Acme, which called off the deal, decided against broadcasting the pageant.")
    assert [(speakers[s.speaker].name, s.text) for s in found] == [("Acme", "against broadcasting the pageant")]
    _, speaker, st = only("Ann Lee called the plan a disaster.")
    assert speaker.name == "Ann Lee" and st.text == "the plan a disaster"


def test_a_passives_agent_is_not_what_was_said():
    for text in ["Super PACs, first authorized by court rulings in 2010, can raise unlimited sums.",
                 "The legality of the rules is likely to be decided by the Supreme Court, whose makeup "
                 "depends on the election."]:
        assert [s.text for s in statements(text)[2]] == [], text
    _, speakers, found = statements("The plan is a mistake, said Ann Lee (a view echoed by everyone I interviewed).")
    assert [(speakers[s.speaker].name, s.text) for s in found] == [("Ann Lee", "The plan is a mistake")]
    _, speaker, st = only("Voters say by 55%-41% that the plan is dead.")
    assert st.text == "by 55%-41% that the plan is dead"
    _, speaker, st = only("Ann Lee responded by saying the plan was dead.")
    assert speaker.name == "Ann Lee" and st.text.startswith("by saying")


def test_a_show_or_a_showing_after_a_determiner_and_adjective_is_a_noun():
    for text in ["After a poor showing in South Carolina, the Bush campaign may struggle in Nevada.",
                 "He taped an hourlong show that aired on Thursday, and was light on details.",
                 "Lee's second-best showing comes in Utah, a state with many Mormon voters.",
                 "He rose after an unexpectedly strong third-place showing in Iowa."]:
        assert [s.text for s in statements(text)[2]] == [], text
    # a participle after a noun still reports what is shown
    article, speakers, found = statements("The campaign released an ad this week showing Lee making remarks.")
    assert [s.text for s in found] == ["Lee making remarks"]
    for text in ["Their new polls show a close contest in the state.", "Polls show a close contest in the state."]:
        _, speaker, st = only(text)
        assert st.text == "a close contest in the state", text


def test_a_title_in_quotes_after_the_cue_is_where_it_was_said():
    # the book or the show is no quote of the speaker's: what comes before the cue is
    article, speaker, st = only("Headline.\n\nThe war dampened plans to return home, Tom Vale said in his "
                                "2012 book, \u201cA Long Way Back.\u201d")
    assert (st.text, speaker.name) == ("The war dampened plans to return home", "Tom Vale")
    article, speaker, st = only("Headline.\n\nAnn Lee backed the mayor while he was in the race, Tom Vale "
                                "said Wednesday morning on WKRP\u2019s \u201cMorning Drive.\u201d")
    assert (st.text, speaker.name) == ("Ann Lee backed the mayor while he was in the race", "Tom Vale")
    # a quote that is no title is still what was said
    article, speaker, st = only("Headline.\n\nTom Vale said in a statement, \u201cWe will rebuild the pier.\u201d")
    assert st.text == "\u201cWe will rebuild the pier.\u201d"


def test_when_and_where_before_a_clause_that_closes_on_its_attribution():
    # "In Dayton on March 1," is when and where; the clause after it is what she said
    article, speaker, st = only("Headline.\n\nIn Dayton on March 1, Ms. Cole was shocked by the size of the "
                                "crowd, she said in an interview later.")
    assert (st.text, speaker.name) == ("Ms. Cole was shocked by the size of the crowd", "Cole")


def test_an_object_and_its_of_phrase_are_what_was_said():
    article, speaker, st = only("Headline.\n\nIn her post, Ann Lee reminded Tom Vale of the actions of the old board.")
    assert (st.text, speaker.name) == ("Tom Vale of the actions of the old board", "Ann Lee")
    article, speaker, st = only("Headline.\n\nAnn Lee told the story of a farmer who lost his land.")
    assert st.text == "the story of a farmer who lost his land"


def test_the_question_of_whoever_asked_is_theirs():
    article, speakers, found = statements("Headline.\n\nWhen asked by a reporter whether the pier would reopen, "
                                          "Ann Lee said, \u201cNot this year.\u201d")
    assert [(s.text, speakers[s.speaker].name) for s in found] == [
        ("whether the pier would reopen", "reporter"), ("\u201cNot this year.\u201d", "Ann Lee")]
    article, speakers, found = statements("Headline.\n\nTom Vale was asked by host Ann Lee whether his aim was "
                                          "the same.")
    assert [(s.text, speakers[s.speaker].name) for s in found] == [("whether his aim was the same", "Ann Lee")]


def test_main_verb_after_a_relative_clause_that_reported_is_the_opening_subjects():
    # the statement inside the relative clause ends at its comma; the main verb's subject is the
    # mention that opens the sentence
    found = said_by("Rosa Dell, head of the Elm Nurses Union, a union that has endorsed Ruiz, also said her "
                    "group planned to march at the convention.")
    assert found["her group planned to march at the convention"] == ("Rosa Dell", "Rosa Dell")
    found = said_by("Mrs. Lee, who stayed in the race despite Democratic calls for her to quit, has said she will not "
                    "ask Ruiz to withdraw.")
    assert found["she will not ask Ruiz to withdraw"] == ("Lee", "Mrs. Lee")
    # a connective, a preposition or a participle before the first comma opens no subject
    found = said_by("Still, Tom Vale, who thinks the plan failed, called the new law much better.")
    assert found["the new law much better"][0] == "Tom Vale"


def test_single_quote_closing_right_before_a_doubled_single_close():
    # newspapers that set double quotes as two single marks close an inner quotation and the outer
    # one together: ",'''" is the inner mark, then the outer pair, and the attribution after it holds
    found = said_by("Headline.\n\n''Voters will not be satisfied with 'We will bomb them,''' said Senator Ann "
                    "Lee of Ohio.")
    assert found == {"''Voters will not be satisfied with 'We will bomb them,'''":
                     ("Ann Lee", "Senator Ann Lee of Ohio")}
    # opening the same way: the outer pair, then the inner mark
    article, _, st = only("Headline.\n\nShe said to him, '''Sir, we will stay,' '' and left.")
    assert st.text.startswith("'''Sir, we will stay,'")


def test_in_or_by_and_a_participle_opening_a_sentence_hang_on_the_main_subject():
    # "In rejecting ...": what the commission did; the content ends at the clause's comma
    found = said_by("In rejecting a similar challenge to Lee's eligibility, the commission found that the "
                    "law was unclear.")
    assert found["a similar challenge to Lee's eligibility"] == ("commission", "the commission")
    assert found["that the law was unclear"][0] == "commission"
    # the main subject may open in lower case after the participle clause
    found = said_by("Holding signs, the protesters called Lee a loser.")
    assert found["Lee a loser"] == ("protesters", "the protesters")


def test_a_subject_with_its_examples_after_a_comma_is_the_whole_group():
    # "Other candidates, including …," is the subject with examples, not a preface before one
    found = said_by("Other Republican candidates, including Ann Lee and Bo Ruiz, have followed his lead, "
                    "saying the record is a fair target.")
    assert found["the record is a fair target"] == ("Republican candidates", "Other Republican candidates")
    found = said_by("Her relatives, including her son, watched the video and said they had more questions.")
    assert found["they had more questions"][1] == "Her relatives"


def test_when_and_where_after_a_named_subject_and_a_dash_before_a_participle():
    # "Mr. Lee, in an interview on Friday, ...": the name is the subject, the phrase after it no preface
    found = said_by("Mr. Lee, in an interview on Friday, barely dwelled on his rivals, saying that he was "
                    "looking ahead to the general election.")
    assert found["that he was looking ahead to the general election"] == ("Lee", "Mr. Lee")
    # a time that opens the sentence is still a preface
    found = said_by("The day before, at a rally in Dayton, Mr. Lee was just as blunt, claiming the count was rigged.")
    assert found["the count was rigged"][0] == "Lee"
    # a dash before a participle of speaking hangs it on the subject as a comma does
    found = said_by("Ann Lee changed her pick on the spot \u2013 saying she was rooting for Ohio now.")
    assert found["she was rooting for Ohio now"] == ("Ann Lee", "Ann Lee")


def test_a_connective_then_a_pronoun_opens_on_the_pronoun():
    # "Yet he …", "Then she …": the pronoun is the subject a participle hangs on
    article, speakers, found = statements("Headline.\n\nAnn Lee spoke first. Yet she is facing doubts after saying "
                                          "in a debate that she views herself as impartial.")
    assert [(st.text, source_of(article, st)) for st in found] == [
        ("that she views herself as impartial", "she")]
    assert speakers[found[0].speaker].name == "Ann Lee"
    article, speakers, found = statements("Headline.\n\nAnn Lee took the stage. Then she broke party norms, "
                                          "pledging that her father would help working mothers.")
    assert [(st.text, source_of(article, st)) for st in found] == [
        ("that her father would help working mothers", "she")]


def test_everything_someone_says_reports_nothing_after_the_cue():
    # "Everything Lee says is a lie": what follows is the writer's, about all Lee says
    found = said_by("While not everything Ann Lee says is true, Bo Ruiz said Lee is telling voters what they want.")
    assert found == {"Lee is telling voters what they want": ("Bo Ruiz", "Bo Ruiz")}
    assert said_by("Everything he says is a lie unless proven otherwise.") == {}


def test_commands_and_nouns_after_a_noun_or_a_past_verb_report_nothing():
    # a command has no one who gives it
    assert said_by("Now tell me this isn't a witch hunt of the highest order!") == {}
    assert said_by("Don't blame Ruiz for the deficit.") == {}
    # "Health worries have dogged her": a compound noun before its verb
    assert said_by("Health worries have dogged Ann Lee since she collapsed.") == {}
    # "scrutinized reports like ...": the plural noun is the verb's object
    assert said_by("Mr. Ruiz scrutinized reports like the national climate assessment.") == {}
    # the same words as verbs still report
    assert said_by("Ann Lee reports that the deficit grew.") == {"that the deficit grew": ("Ann Lee", "Ann Lee")}


def test_found_as_a_means_a_founding_or_a_place_is_no_finding():
    assert said_by("The senator found ways to press his agenda through small amendments.") == {}
    assert said_by("Ann Lee helped found the Elm Institute in 1996.") == {}
    assert said_by("The full poll can be found here.") == {}
    # a finding still reports
    assert said_by("The inspector general found that Lee had followed the rules.") == {
        "that Lee had followed the rules": ("inspector general", "The inspector general")}


def test_a_short_quote_alone_in_its_paragraph_is_no_follow_up():
    # a subheading in headline quotes is not more of what the last speaker said
    article, speakers, found = statements(
        'Headline.\n\n"We will build the plant here," Ann Lee said.\n\n\'A really tough decision.\'\n\n'
        "The plant opened in May.")
    assert [st.text for st in found] == ['"We will build the plant here,"']
    # a long one is still the speaker's
    article, speakers, found = statements(
        'Headline.\n\n"We will build the plant here," Ann Lee said.\n\n'
        '"It will bring jobs to every town in the valley for years."')
    assert [speakers[st.speaker].name for st in found] == ["Ann Lee", "Ann Lee"]


def test_telling_as_an_adjective_and_named_as_a_name_report_nothing():
    assert said_by("Perhaps most telling, though, were the candidates' favorite shows.") == {}
    assert said_by("The senator rallied for an academic named Eric Kingson, a candidate for Congress.") == {}
    assert said_by("The group is named for its founder, Tom Vale.") == {}
    # naming someone to a post still reports
    assert said_by("Ann Lee named Bo Ruiz as her running mate.") == {
        "Bo Ruiz as her running mate": ("Ann Lee", "Ann Lee")}


def test_but_and_an_auxiliary_after_an_object_go_on_with_the_subject():
    # "praised Ruiz but is not working for him": what she praised is Ruiz, the rest is what she does
    found = said_by('"The numbers do not add up," said Tom Vale, who supports Lee but is not working for her.')
    assert found["Lee"] == ("Tom Vale", "who")
    assert said_by("A winning candidate might claim momentum but would be able to add few delegates.") == {
        "momentum": ("winning candidate", "A winning candidate")}
    # inside a clause of its own, "but would" is still what was said
    assert said_by("Ann Lee said she was rooting for Ohio but would now root for Texas.") == {
        "she was rooting for Ohio but would now root for Texas": ("Ann Lee", "Ann Lee")}


def test_and_thats_after_the_content_is_the_writers_comment():
    assert said_by("Ann Lee argued that Ruiz puts business above science, and that's something most "
                   "scientists would dispute.") == {"that Ruiz puts business above science": ("Ann Lee", "Ann Lee")}
    # inside a quote it is still what was said
    found = said_by('"The decision is what it is, and that\'s what we will live under," Ann Lee said.')
    assert list(found) == ['"The decision is what it is, and that\'s what we will live under,"']


def test_an_aside_between_dashes_does_not_end_the_content():
    found = said_by("Ann Lee recalled a decision to nominate Bo Ruiz \u2014 a member of the Vale clan \u2014 to "
                    "replace Tom Hale as the party's nominee.")
    assert list(found) == ["a decision to nominate Bo Ruiz \u2014 a member of the Vale clan \u2014 to replace "
                           "Tom Hale as the party's nominee"]
    # a dash that opens no aside still ends it, and so does a new cue after the aside
    found = said_by("Ann Lee said the tax was paid \u2014 as it was in past years \u2014 Ruiz boasted, \u201cThat "
                    "makes me smart.\u201d")
    assert "the tax was paid" in found
    # a cue word further on, with no subject of its own right after the aside, is part of the clause
    found = said_by("A poll shows rural voters \u2014 nearly a third of the base \u2014 are being ignored by "
                    "both parties.")
    assert list(found) == ["rural voters \u2014 nearly a third of the base \u2014 are being ignored by both "
                           "parties"]
    found = said_by("Ann Lee noted that only half \u2014 55 percent \u2014 of the members said they would vote.")
    assert "that only half \u2014 55 percent \u2014 of the members said they would vote" in found


def test_the_attribution_after_a_quote_inside_the_clause_is_not_content():
    article, speakers, found = statements("Headline.\n\nAnn Lee said she felt the law was worth a film because "
                                          "\u201cmost people don\u2019t know about it,\u201d she said.")
    assert [st.text for st in found] == [
        "she felt the law was worth a film because \u201cmost people don\u2019t know about it,\u201d"]


def test_a_cue_in_a_once_clause_reports_up_to_the_main_clause():
    for text in ["Once he has said his piece, he is ready to move on.",
                 "Lee has few interests and once she has said her piece, she is ready to move on."]:
        article, speakers, found = statements(text)
        assert [(st.text, source_of(article, st)) for st in found] == [
            ("his piece" if text.startswith("Once") else "her piece", "he" if text.startswith("Once") else "she")], text


def test_all_or_both_after_a_preface_are_the_subject():
    article, speakers, found = statements("Headline.\n\nTo varying degrees, all agreed that the plan would raise taxes.")
    assert [(st.text, source_of(article, st)) for st in found] == [("that the plan would raise taxes", "all")]


def test_said_when_someone_would_is_the_question_not_the_time():
    assert said_by("Lawmakers have not said when they would take up the bill.") == {
        "when they would take up the bill": ("Lawmakers", "Lawmakers")}
    # "said when he was asked" is still the time of saying, no question put
    assert not any(text.startswith("when") for text in said_by("Bo Ruiz said when he was asked about it.")), \
        said_by("Bo Ruiz said when he was asked about it.")


def test_a_relative_clause_then_a_partial_quote_and_more_is_the_antecedents():
    article, speakers, found = statements("They turned to the Elm Police Department which reported \u201c2,521 shooting "
                                          "incidents\u201d in the city between January and September.")
    assert [(st.text, source_of(article, st)) for st in found] == [
        ("\u201c2,521 shooting incidents\u201d in the city between January and September", "which")]


def test_others_joined_to_the_subject_between_dashes_or_commas():
    # "Democrats \u2014 and some Republicans \u2014 say": the subject before the dashes
    assert said_by("Headline.\n\nDemocrats \u2014 and some Republicans \u2014 say that the tax would fall on "
                   "the middle class.") == {
        "that the tax would fall on the middle class": ("Democrats", "Democrats")}
    # "Yet Democratic economists, like their Republican counterparts, say": a comparison between commas
    assert said_by("Headline.\n\nYet Democratic economists, like their Republican counterparts, say taxing "
                   "consumption encourages savings.") == {
        "taxing consumption encourages savings": ("Democratic economists", "Democratic economists")}


def test_a_whose_clause_with_its_own_verb_describes_the_subject():
    assert said_by("Headline.\n\nThe state officials whose laws have been struck down say the real change came "
                   "in the courts.") == {
        "the real change came in the courts": ("state officials", "The state officials")}
    # after a comma the whose-clause holds the cue: its own subject reports
    found = said_by("Headline.\n\nThe one left is Ann Lee, whose campaign has been locked in talks about "
                    "endorsing Bo Ruiz.")
    assert [source for _name, source in found.values()] == ["campaign"], found


def test_those_who_is_a_subject_named_by_its_clause():
    assert said_by("Headline.\n\nBut those who back her opponents say the news coverage has damaged her.") == {
        "the news coverage has damaged her": ("those who back her opponents", "those who back her opponents")}


def test_a_cue_word_in_a_hyphenated_compound_reports_nothing():
    # "sought-after", "hoped-for": adjectives
    assert said_by("Headline.\n\nThe delegates will be sought-after free agents in the summer.") == {}
    assert said_by("Headline.\n\nThe group has one voice in hoped-for peace talks with the city.") == {}
    # the verb alone still reports
    assert said_by("Headline.\n\nThe group hoped the talks would resume.") == {
        "the talks would resume": ("group", "The group")}


def test_adding_to_what_someone_has_reports_nothing():
    assert said_by("Headline.\n\nLee won Ohio on Tuesday, adding to her delegate lead over Bo Ruiz.") == {}
    assert said_by("Headline.\n\nThe court is busy enough that a third judge should be added to it.") == {}
    # "added" with what was said still reports
    assert said_by("Headline.\n\nLee added that the count would take a week.") == {
        "that the count would take a week": ("Lee", "Lee")}


def test_a_closing_attribution_reports_the_whole_sentence():
    # the plan inside it is part of what the spokesman said, not a statement of the campaign's own
    article, speakers, found = statements("Headline.\n\nIn addition, the campaign plans to release more records "
                                          "soon, a spokesman announced Monday morning.")
    assert [(st.text, source_of(article, st)) for st in found] == [
        ("In addition, the campaign plans to release more records soon", "a spokesman")]
    # whom it was told, where and when may follow the cue, and the subject may come after it
    for closing, source in [("a spokesman said in a statement", "a spokesman"),
                            ("a spokesman told The Ledger on Monday", "a spokesman"),
                            ("said Bo Ruiz, a spokesman for the campaign", "Bo Ruiz, a spokesman for the campaign"),
                            ("according to a spokesman", "a spokesman")]:
        article, speakers, found = statements(f"Headline.\n\nThe campaign plans to release more records soon, {closing}.")
        assert [(st.text, source_of(article, st)) for st in found] == [
            ("The campaign plans to release more records soon", source)], closing
    # as does one that opens it
    article, speakers, found = statements("Headline.\n\nAccording to a spokesman, the campaign plans to release "
                                          "more records soon.")
    assert [(st.text, source_of(article, st)) for st in found] == [
        ("the campaign plans to release more records soon", "a spokesman")]
    # a statement of its own inside it stays, beside the whole
    article, speakers, found = statements("Headline.\n\nThe driver told police she was scared of the guards, "
                                          "the report said.")
    assert sorted((st.text, source_of(article, st)) for st in found) == [
        ("The driver told police she was scared of the guards", "the report"),
        ("she was scared of the guards", "The driver")]


def test_a_reason_after_an_interrupting_attribution_is_said_too():
    assert said_by("Headline.\n\nThe effects are hard to predict, Ann Lee said, because there is little "
                   "precedent for such a wage.") == {
        "The effects are hard to predict because there is little precedent for such a wage": ("Ann Lee", "Ann Lee")}
    # a clause with a cue of its own after the attribution reports apart
    found = said_by("Headline.\n\nVictory is vital, Ann Lee said, because she said the leaders want to block him.")
    assert "Victory is vital" in found, found


def test_a_long_appositive_after_the_name_closing_the_content_is_the_writers():
    # who the named person is, in the writer's words, is not part of what the speaker criticised
    found = said_by("Ann Lee criticized the speech of Tom Hale, the retired farmer who ran the county fair for "
                    "a decade.")
    assert list(found) == ["the speech of Tom Hale"]
    found = said_by("Ann Lee said the money would be better spent on the Vale Trust, the charity that runs the "
                    "river ferry.")
    assert list(found) == ["the money would be better spent on the Vale Trust"]
    # a short appositive stays, and so does a list of names, a bare name and a description after no name
    assert list(said_by("Ann Lee said the money went to Tom Hale, the county mayor.")) == [
        "the money went to Tom Hale, the county mayor"]
    assert list(said_by("Ann Lee said hackers hit the Vale Ferry Company, the Vale Water Board and several "
                        "county offices.")) == [
        "hackers hit the Vale Ferry Company, the Vale Water Board and several county offices"]
    assert list(said_by("Ann Lee said the talks covered Israel, the nuclear deal and the sanctions on Iran.")) == [
        "the talks covered Israel, the nuclear deal and the sanctions on Iran"]
    assert list(said_by("Ann Lee accused Tom Hale, the retired farmer who ran the county fair for years.")) == [
        "Tom Hale, the retired farmer who ran the county fair for years"]
    assert list(said_by("Ann Lee said the ferry runs at a loss, a problem the county has known about for years.")) == [
        "the ferry runs at a loss, a problem the county has known about for years"]
