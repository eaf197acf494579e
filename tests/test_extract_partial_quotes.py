"""Quote-bearing statements: direct quotes inside longer sentences and partial quotes."""
from __future__ import annotations

from store.extract.reader import read_text
from store.extract.speakers import find_statements


def statements(text):
    article = read_text(text)
    speakers, found = find_statements(article)
    return article, speakers, found


def by_text(text):
    """Each statement's text with its speaker's name and its source mention."""
    article, speakers, found = statements(text)
    return {st.text: (speakers[st.speaker].name,
                      article.text[st.source_span[0]:st.source_span[1]] if st.source_span else None)
            for st in found}


def test_a_quote_with_its_own_attribution_ends_the_paraphrase_before_it():
    found = by_text("When Ann Lee said the bridge was safe, a man in the crowd yelled, \u201cLiar!\u201d")
    assert found["the bridge was safe"][0] == "Ann Lee"
    assert found["\u201cLiar!\u201d"][1] == "a man in the crowd"


def test_a_reply_after_a_question_is_its_own_statement():
    found = by_text('Asked whether he thought the plan would pass, Tom Vale replied: "Not this year."')
    assert found['"Not this year."'] == ("Tom Vale", "Tom Vale")


def test_a_lower_case_quote_after_a_second_attribution_is_its_speakers_own():
    found = by_text('When the mayor announced the vote was over, Ann Lee said, "we were stunned."')
    # the mayor's announcement stops before Ann Lee's attribution, and the quote is hers
    assert found["the vote was over"][0] == "mayor"
    assert found['"we were stunned."'][0] == "Ann Lee"


def test_a_partial_quote_ends_before_when_it_was_said():
    found = by_text("Ann Lee called the budget a \u201cdisgrace\u201d on Monday in a radio interview.")
    assert "the budget a \u201cdisgrace\u201d" in found
    found = by_text("Tom Vale said only \u201cWe will see,\u201d when asked about the vote.")
    assert "only \u201cWe will see,\u201d" in found


def test_a_title_in_quotes_before_the_content_does_not_end_it():
    found = by_text("Ann Lee said on NBC\u2019s \u201cMeet the Press\u201d on Sunday that the plan was dead.")
    assert any(text.endswith("the plan was dead") for text in found)


def test_a_verb_naming_something_as_a_quoted_label_is_a_partial_quote_of_its_subject():
    found = by_text("Ann Lee openly admires the new mayor as a \u201cstrong leader,\u201d comparing her with the last one.")
    assert found["the new mayor as a \u201cstrong leader,\u201d"] == ("Ann Lee", "Ann Lee")
    found = by_text("Tom Vale has gone after the council as a \u201cclub\u201d and a \u201cclosed shop.\u201d")
    assert found["the council as a \u201cclub\u201d and a \u201cclosed shop.\u201d"][0] == "Tom Vale"
    found = by_text("Ann Lee is describing as \u201creckless\u201d a plan to close the bridge.")
    assert found["as \u201creckless\u201d"] == ("Ann Lee", "Ann Lee")


def test_no_partial_quote_after_a_passive_or_a_role():
    assert by_text("The plan was described as a \u201cdisaster\u201d by many.") == {}
    assert by_text("Ann Lee served as a \u201csenior adviser\u201d to the mayor.") == {}
    assert by_text("Shops sold items such as \u201cvote\u201d badges.") == {}


def test_what_someone_called_a_quoted_name():
    article, _speakers, found = statements("She was held for weeks after what she called a \u201crant,\u201d a series of posts.")
    assert len(found) == 1
    # the relative word and the name given; who called it so is the source and the cue, left out as an
    # attribution that splits a quote is
    assert [article.text[s:e] for s, e in found[0].spans] == ["what", "a \u201crant,\u201d"]
    assert article.text[found[0].source_span[0]:found[0].source_span[1]] == "she"


def test_what_someone_called_it_is_theirs_not_the_clause_before_whats():
    assert by_text('The suit targets what his aides called a "fraudulent scheme" at the school.') == {
        'what a "fraudulent scheme"': ("his aides", "his aides")}
    assert by_text('Hale spoke of what former employees have called a "fraudulent scheme" at the school.') == {
        'what a "fraudulent scheme"': ("former employees", "former employees")}
    assert by_text('Ann Lee bought what Zimmerman described as a "piece of history."') == {
        'what a "piece of history."': ("Zimmerman", "Zimmerman")}


def test_which_or_that_someone_called_a_quoted_name():
    assert by_text("The plan, which Lee called \u201ca disaster,\u201d failed.") == {
        "which \u201ca disaster,\u201d": ("Lee", "Lee")}
    assert by_text("Police spoke of an explosion that Mayor Ann Lee described as \u201can intentional act.\u201d") == {
        "that \u201can intentional act.\u201d": ("Ann Lee", "Mayor Ann Lee")}
    # "that" after a cue opens what was said, not a relative clause
    assert "that Ruiz called it \u201ca disgrace.\u201d" in by_text("Tom Hale said that Ruiz called it \u201ca disgrace.\u201d")


def test_what_had_been_called_so_names_no_one():
    assert by_text('The law ended what had been called the "Golden Week," a span of early voting.') == {}


def test_a_quote_then_its_source_described_by_a_relative_clause_before_the_cue():
    found = by_text('"We will not back down," Ann Lee, who has chaired the panel since 2010, said on Monday.')
    assert found['"We will not back down,"'] == ("Ann Lee", "Ann Lee")
    assert len(found) == 1
    found = by_text('"It is over," Tom Vale, the mayor of Brill, one of the towns that sued, said at a rally.')
    assert found['"It is over,"'] == ("Tom Vale", "Tom Vale")


def test_a_described_source_given_by_role_then_name_is_the_name():
    found = by_text('"We found nothing," the agency\'s chief inspector, Nora Blake, told reporters.')
    assert found['"We found nothing,"'][1] == "Nora Blake"


def test_an_inverted_source_ends_at_its_relative_clause():
    found = by_text('"It was a mess," said one official who spoke on the condition of anonymity to discuss the talks.')
    assert found == {'"It was a mess,"': ("official", "one official")}


def test_a_partial_quote_after_a_contrast_or_relative_clause_goes_on_the_content():
    found = by_text("Ann Lee says voters are \u201cright to be angry,\u201d but also hungry for \u201creal answers.\u201d")
    assert "voters are \u201cright to be angry,\u201d but also hungry for \u201creal answers.\u201d" in found
    found = by_text("Tom Vale said the driver, who fled the scene on foot, had \u201cno licence.\u201d")
    assert "the driver, who fled the scene on foot, had \u201cno licence.\u201d" in found


def test_a_quote_after_a_contrast_with_a_cue_of_its_own_stays_apart():
    found = by_text("Ann Lee said the vote was fair, but Tom Vale called it \u201ca farce.\u201d")
    assert "the vote was fair" in found
    assert found["it \u201ca farce.\u201d"][0] == "Tom Vale"


def test_a_quote_after_a_cue_its_topic_and_a_colon():
    found = by_text('Ann Lee said of the bridge: "It will never open."')
    assert found['"It will never open."'] == ("Ann Lee", "Ann Lee")
    found = by_text('Tom Vale wrote to the council: "I resign."')
    assert found['"I resign."'] == ("Tom Vale", "Tom Vale")


def test_verbs_that_report_only_with_a_quote():
    found = by_text("\u201cSit down,\u201d Ann Lee barked at the reporter.")
    assert found["\u201cSit down,\u201d"] == ("Ann Lee", "Ann Lee")
    found = by_text("Tom Vale jokes, \u201cThe line never ends!\u201d")
    assert found["\u201cThe line never ends!\u201d"] == ("Tom Vale", "Tom Vale")
    assert by_text("The baby cried for hours.") == {}
    assert by_text("The deficit continues to grow.") == {}


def test_calling_someone_a_quoted_name_is_a_statement_of_its_own():
    found = by_text("Tom Vale attacked the mayor, with whom he clashed last week, calling him a \u201cfraud.\u201d")
    assert found["him a \u201cfraud.\u201d"][0] == "Tom Vale"
    # the object of "attacked" stays apart from what he called him
    assert not any("fraud" in text for text in found if text != "him a \u201cfraud.\u201d")


def test_a_quoted_name_ends_the_content_before_what_follows_it():
    found = by_text("Ann Lee called the mayor a \u201cclown\u201d on her radio show after the vote.")
    assert "the mayor a \u201cclown\u201d" in found
    found = by_text("Ann Lee called the plan \u201ccruel,\u201d linking to a story about the cuts.")
    assert "the plan \u201ccruel,\u201d" in found
    # a list of names goes on
    found = by_text("Ann Lee called him a \u201cliar\u201d who is \u201camoral,\u201d a \u201cbully\u201d and a \u201cfraud.\u201d")
    assert "him a \u201cliar\u201d who is \u201camoral,\u201d a \u201cbully\u201d and a \u201cfraud.\u201d" in found


def test_which_or_that_reporting_a_quote_right_after_its_cue():
    article, _speakers, found = statements("He held up a sign \u2014 which read \u201cVote Lee\u201d \u2014 and waved it.")
    assert [st.text for st in found] == ["\u201cVote Lee\u201d"]
    assert article.text[found[0].source_span[0]:found[0].source_span[1]] == "which"
    article, _speakers, found = statements('It was replaced by a message that said, "The item is gone."')
    assert [st.text for st in found] == ['"The item is gone."']
    assert by_text("The plan that he said would work failed.") == {"would work failed": ("unknown", "he")}


def test_an_attribution_after_a_closing_quote_without_its_comma_starts_a_statement():
    found = by_text("Ann Lee said the law matters because \u201cfew know it,\u201d she said \u201cWe must teach it.\u201d")
    assert "the law matters because \u201cfew know it,\u201d" in found
    assert found["\u201cWe must teach it.\u201d"] == ("Ann Lee", "she")


def test_a_sentence_opening_with_its_cue_then_the_source_and_the_quote():
    found = by_text("Said Nora Blake, who grew up on the street, \u201cWe were all proud of him.\u201d")
    assert found["\u201cWe were all proud of him.\u201d"] == ("Nora Blake", "Nora Blake")
    article, _speakers, found = statements("Asked about the vote, Tom Vale said, \u201cWe won.\u201d")
    assert article.text[found[0].source_span[0]:found[0].source_span[1]] == "Tom Vale"


def test_curly_quotes_inside_a_straight_quote_do_not_end_it():
    found = by_text('"We back \u201cfair play\u201d here," Ann Lee said.')
    assert found == {'"We back \u201cfair play\u201d here,"': ("Ann Lee", "Ann Lee")}


def test_partial_quote_in_what_a_named_subject_did():
    assert by_text('Japan branded its neighbour an "outlaw nation in the region."') == {
        'its neighbour an "outlaw nation in the region."': ("Japan", "Japan")}
    assert by_text('Senator Ruth Cole exhorted the delegates to "vote your conscience" and left.') == {
        'the delegates to "vote your conscience"': ("Ruth Cole", "Senator Ruth Cole")}


def test_quoted_title_or_single_word_after_a_plain_verb_is_no_statement():
    _, _, found = statements('Ann Lee appeared on CBS\u2019s \u201cThis Morning\u201d to discuss the plan.')
    assert found == []
    _, _, found = statements('Ann Lee renewed her push for "free" tuition.')
    assert found == []


def test_comment_after_a_closing_quote_is_not_said():
    assert by_text('Ann Lee said the guests would "never be turned away," a swipe at the new owners.') == {
        'the guests would "never be turned away,"': ("Ann Lee", "Ann Lee")}
    assert by_text('Tom Hale said the talks were "dead", a sign that the deal had failed.') == {
        'the talks were "dead"': ("Tom Hale", "Tom Hale")}


def test_partial_quote_of_a_named_subject_before_a_later_cue():
    assert by_text('Ruth Cole exhorted the delegates to "vote your conscience" and said she would stay.') == {
        'the delegates to "vote your conscience"': ("Ruth Cole", "Ruth Cole"),
        "she would stay": ("Ruth Cole", "Ruth Cole")}


def test_spaced_dash_after_a_quote_ends_the_content():
    assert by_text('Another critic, Ruth Cole, likened the rules to "burning the charter" - a charge that stung.') == {
        'the rules to "burning the charter"': ("Ruth Cole", "Another critic, Ruth Cole")}
    found = by_text('When Ann Lee noted that Hale paid no tax \u2015 as was true for years \u2015 Hale boasted, '
                    '"That makes me smart."')
    assert found['"That makes me smart."'] == ("Hale", "Hale")


def test_a_characterization_by_the_cue_verb_is_one_statement_with_its_name():
    article = read_text('Foreign ministry spokeswoman Maria Zakharova dismissed the claims as "absurd".')
    speakers, found = find_statements(article)
    assert [st.text for st in found] == ['the claims as "absurd"']
    assert speakers[found[0].speaker].name == "Maria Zakharova"


def test_a_plural_subject_calling_something_by_a_quoted_name():
    article = read_text('Critics call the plan "a giveaway to the rich."')
    speakers, found = find_statements(article)
    assert [(speakers[st.speaker].name, st.text) for st in found] == [("Critics", 'the plan "a giveaway to the rich."')]


def test_a_long_quotation_no_cue_reports_is_its_subjects_statement():
    article, speakers, found = statements(
        'Tom Hale laid out a vision for "a tax code that rewards the work of every single family in this state."')
    assert [(st.text, st.kind, speakers[st.speaker].name) for st in found] == [
        ('"a tax code that rewards the work of every single family in this state."', "direct", "Tom Hale")]


def test_a_long_quotation_with_no_subject_before_it_is_kept_with_no_speaker():
    article, speakers, found = statements(
        'Then came the line about a foot "so swollen I could barely get my shoe on," and the crowd laughed.')
    assert [(st.text, speakers[st.speaker].kind) for st in found] == [
        ('"so swollen I could barely get my shoe on,"', "unknown")]
    # after an opening participle clause, the subject that follows it said it
    article, speakers, found = statements(
        'After saying her right foot was "so swollen I could barely get my shoe on," the senator went home.')
    assert [(st.text, speakers[st.speaker].name) for st in found] == [
        ('her right foot was "so swollen I could barely get my shoe on,"', "senator")]


def test_scare_quotes_and_quoted_titles_are_no_statements():
    assert by_text('He was a fan of the "law and order" issue.') == {}
    assert by_text('She bought "The Trumps: Three Generations That Built an Empire" at the airport.') == {}


def test_a_participle_after_a_subordinator_reports_for_the_sentences_subject():
    # opening the sentence
    assert by_text("After admitting that the bill was flawed, Paul Ryan voted for it.") == {
        "that the bill was flawed": ("Paul Ryan", "Paul Ryan")}
    assert by_text("Despite admitting that the bill was flawed, Paul Ryan said it would pass.") == {
        "that the bill was flawed": ("Paul Ryan", "Paul Ryan"), "it would pass": ("Paul Ryan", "Paul Ryan")}
    # as an aside between the subject and its verb, which ends at its comma
    assert by_text("Paul Ryan, despite admitting that the bill was flawed, said it would pass.") == {
        "that the bill was flawed": ("Paul Ryan", "Paul Ryan"), "it would pass": ("Paul Ryan", "Paul Ryan")}
    # after the verb phrase
    assert by_text("Paul Ryan voted for the bill after saying that it was flawed.") == {
        "that it was flawed": ("Paul Ryan", "Paul Ryan")}
    # thanking, blasting, mocking … someone is speech too
    assert by_text("After blasting the Daily Post for its coverage, Paul Ryan left the stage.") == {
        "the Daily Post for its coverage": ("Paul Ryan", "Paul Ryan")}


def test_a_participle_of_no_speech_after_a_subordinator_reports_nothing():
    assert by_text("After slamming into the crowd, Tom Hale emerged with a gun.") == {}


def test_a_quoted_title_after_a_speaker_is_no_more_of_what_they_said():
    article, speakers, found = statements(
        '"I am skeptical he can pull it off," Ann Lee said.\n\n'
        "'Legend in the Coal Fields.'\n\n"
        '"Mr. Vale?" she asked again.')
    assert [st.text for st in found] == ['"I am skeptical he can pull it off,"', '"Mr. Vale?"']


def test_a_quoted_attribute_of_markup_is_no_statement():
    assert by_text('The post <tweet author="x" text="that in an apples-to-apples comparison youth fare worse '
                   'than anyone else">.') == {}
