"""Who said it: mentions resolved to one speaker each."""
from __future__ import annotations

from store.extract import names
from store.extract.reader import read_text
from store.extract.speakers import find_statements


def run(text):
    article = read_text(text)
    speakers, found = find_statements(article)
    return speakers, found


def test_title_goes_to_description_and_surname_joins_full_name():
    speakers, found = run(
        "Finnish Prime Minister Aino Virta said the border would stay shut.\n\n"
        "Virta also said talks would resume.\n\n"
        "\u201cWe are ready,\u201d Prime Minister Virta said.")
    assert {s.speaker for s in found} == {"aino-virta"}
    sp = speakers["aino-virta"]
    assert sp.name == "Aino Virta" and sp.kind == "person"
    assert sp.description == "Finnish Prime Minister"
    assert "Virta" in sp.aliases


def test_small_words_inside_a_name_are_the_name_s_and_its_surname_joins_it():
    speakers, found = run(
        "Mayor Tomas de Varga said the city was safe. Nadia al-Hamid said the war was over.\n\n"
        "Later, de Varga said crime had fallen. Hamid said the rebels had lost. Elke von der Brink said the union "
        "held.\n\n\u201cWe are fine,\u201d Mayor de Varga said. Von der Brink said it twice.")
    assert [speakers[st.speaker].name for st in found] == [
        "Tomas de Varga", "Nadia al-Hamid", "Tomas de Varga", "Nadia al-Hamid", "Elke von der Brink",
        "Tomas de Varga", "Elke von der Brink"]
    assert speakers[found[0].speaker].description == "Mayor"
    assert names.parse("Crown Prince Omar bin Rashid").name == "Omar bin Rashid"
    # a first name that is also such a word stays a first name
    speakers, found = run("Al Varga said no.\n\nVarga said yes.")
    assert {speakers[st.speaker].name for st in found} == {"Al Varga"}


def test_appositive_is_description():
    speakers, found = run("Dean, a medical doctor, said the vaccine was safe.")
    sp = speakers[found[0].speaker]
    assert sp.name == "Dean" and sp.description == "a medical doctor"


def test_pronoun_resolves_to_last_person_speaker():
    speakers, found = run(
        "During the visit, Omar Haddad said the port was open. "
        "\u201cShips can come in tomorrow,\u201d he said.")
    assert len(found) == 2
    assert speakers[found[1].speaker].name == "Omar Haddad"


def test_description_resolves_to_the_person_so_described():
    speakers, found = run(
        "Prime Minister Ilse Brandt said taxes would rise.\n\n"
        "The prime minister said the rise was small.")
    assert found[1].speaker == found[0].speaker == "ilse-brandt"


def test_his_office_speaks_for_him():
    speakers, found = run(
        "\u201cThe offer stands,\u201d Karl Ruiz said, according to a statement from his office. "
        "\u201cIt will not change.\u201d")
    assert [speakers[s.speaker].name for s in found] == ["Karl Ruiz", "Karl Ruiz"]
    assert found[1].source_span is not None


def test_unnamed_source_keeps_its_affiliation():
    speakers, found = run("\u201cThe talks failed,\u201d a Likud official told Reuters.")
    sp = speakers[found[0].speaker]
    assert sp.name == "Likud official" and sp.kind == "unnamed"


def test_organisations_as_speakers():
    speakers, found = run(
        "The US claims it opposes the plan. Hamas has said it would accept a truce. "
        "The Biden administration said it was worried.")
    kinds = {speakers[s.speaker].name: speakers[s.speaker].kind for s in found}
    assert kinds == {"US": "organisation", "Hamas": "organisation", "Biden administration": "organisation"}


def test_parse_mentions():
    m = names.parse("US Secretary of State Antony Blinken")
    assert (m.form, m.name, m.description) == ("name", "Antony Blinken", "US Secretary of State")
    assert names.parse("he").form == "pronoun"
    assert names.parse("an Israeli official").name == "Israeli official"
    assert names.parse("the prime minister").form == "description"


def test_she_skips_the_last_male_speaker():
    speakers, found = run(
        "Laura Kent met Tom Vale on Monday. Tom Vale said the deal was done.\n\n"
        "Laura Kent wants more time. She said the terms were unfair.")
    assert [speakers[s.speaker].name for s in found] == ["Tom Vale", "Laura Kent", "Laura Kent"]


def test_honorific_gives_the_gender():
    speakers, found = run(
        "Ms. Orla Finch and Mr. Dev Rao spoke. Orla Finch said the plan was fine. "
        "Dev Rao said it was not.\n\nShe said the vote would come soon.")
    assert speakers[found[-1].speaker].name == "Orla Finch"


def test_pronoun_goes_to_the_person_just_named_as_subject():
    speakers, found = run(
        "Max Hill said the race was close.\n\n"
        "Howard Dean, a former governor, called it strange. He said the count was off.")
    assert speakers[found[-1].speaker].name == "Howard Dean"


def test_definite_description_is_the_person_described_so_earlier():
    speakers, found = run(
        "Dan Fry, Obama's former campaign strategist, met donors.\n\n"
        "Obama's former campaign strategist said the ad was weak.")
    assert speakers[found[0].speaker].name == "Dan Fry"


def test_party_and_state_after_a_name_are_no_clause():
    speakers, found = run("Sen. Rita Moss (D-N.J.) said the bank broke the law.")
    assert speakers[found[0].speaker].name == "Rita Moss"


def test_contracted_pronoun_is_a_pronoun():
    assert names.parse("He\u2019s").form == "pronoun"
    assert names.parse("It's").pronoun == "it"


def test_participle_after_an_organisation_ends_the_mention():
    m = names.parse("A Northfield University poll released in late August")
    assert m.form == "organisation" and m.name == "Northfield University poll"
    assert names.parse("the GOP nominee").name != "GOP"


def test_it_is_the_body_named_a_few_paragraphs_before():
    speakers, found = run(
        "Headline.\n\nThe site is run by the Harbour Daily Times, a local paper.\n\n"
        "Ann Lee has written for many years.\n\n"
        "Meanwhile, it said the mayor had offended voters.")
    assert speakers[found[-1].speaker].name == "Harbour Daily Times"


def test_the_judge_is_the_justice_named_earlier():
    speakers, found = run(
        "Headline.\n\nSupreme Court Justice Ann Nervo rejected the request that was made to her court by the paper.\n\n"
        "The judge said there was no reason to intrude on her privacy.")
    assert speakers[found[-1].speaker].name == "Ann Nervo"


def test_bare_title_in_a_headline_is_the_person_named_so():
    speakers, found = run(
        "Judge rejects request to unseal file.\n\n"
        "Supreme Court Justice Ann Nervo ruled on the request that was made to her court by the paper.")
    assert speakers[found[0].speaker].name == "Ann Nervo"


def test_the_nominee_with_no_earlier_nominee_is_the_main_figure():
    speakers, found = run(
        "Headline.\n\nBo Lund held a rally. Bo Lund spoke for an hour. Lund left at noon.\n\n"
        "Ann Lee watched from the back.\n\n"
        "The GOP nominee argued that the files should stay closed.")
    assert speakers[found[-1].speaker].name == "Bo Lund"


def test_bare_possessive_source_is_the_person_it_refers_to():
    assert names.parse("His").form == "pronoun"


def test_adverb_after_the_name_is_not_part_of_the_source():
    speakers, found = run("Headline.\n\nThe candidate Ann Lee boldly said that the plan had failed.")
    assert speakers[found[0].speaker].name == "Ann Lee"


def test_spokeswoman_for_a_person_is_not_that_person():
    m = names.parse("A spokeswoman for Ann Lee")
    assert m.form == "unnamed" and m.name == "spokeswoman for Ann Lee"
    assert names.parse("Bo Lund, a spokesman for Ann Lee").name == "Bo Lund"


def test_he_never_falls_back_to_an_organisation():
    speakers, found = run(
        "Headline.\n\nThe United Nations said the talks would resume.\n\n"
        "He said the vote would be close.")
    assert speakers[found[-1].speaker].kind != "organisation"
    assert "United Nations" not in speakers[found[-1].speaker].name


def test_surname_mentions_are_whole_words_longest_first():
    import re
    from store.extract.people import surnames_at
    text = "O\u2019Neil met Neilson. Smith-Jones and Smith\u2019s aide spoke; Smithy did not. O\u2019 left, D\u2019Arcy too."
    surnames = {k: "A " + k for k in ("O\u2019", "Neil", "Smith", "Smith\u2019s", "Jones", "D\u2019", "Arcy")}
    found = surnames_at(text, surnames)
    alternation = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(k) for k in sorted(surnames, key=len, reverse=True)))
    assert found == [(m.start(), m.group()) for m in alternation.finditer(text)]
    assert [s for _, s in found] == ["O\u2019", "Neil", "Smith", "Jones", "Smith\u2019s", "D\u2019", "Arcy"]


def test_surname_mentions_are_the_same_when_the_article_names_very_many_people():
    from store.extract import people
    text = "O\u2019Neil met Neilson. Smith-Jones and Smith\u2019s aide spoke; Smithy did not. O\u2019 left, D\u2019Arcy too."
    surnames = {k: "A " + k for k in ("O\u2019", "Neil", "Smith", "Smith\u2019s", "Jones", "D\u2019", "Arcy")}
    few = people.surnames_at(text, surnames)
    # past so many surnames each is no longer looked for by itself: every run of capitals is read
    others = ["Zed" + chr(97 + i % 26) + chr(97 + i // 26) for i in range(people._FIND_EACH)]
    many = dict(surnames, **{k: "A " + k for k in others})
    text_many = text + " " + " ".join(f"{k} spoke." for k in others[::7])
    assert people.surnames_at(text_many, many)[:len(few)] == few
    assert [s for _, s in people.surnames_at(text_many, many)[len(few):]] == others[::7]


def test_a_long_title_run_still_names_the_person():
    speakers, found = run(
        "Headline.\n\nSenate Majority Leader Tom Vale said Tuesday the vote would pass.\n\n"
        "House Speaker Paul Lund, despite his doubts, agreed with the plan. \u201cThe votes are there,\u201d he said.")
    assert speakers[found[-1].speaker].name == "Paul Lund"


def test_he_is_never_a_woman_even_with_no_man_speaking():
    speakers, found = run(
        "Headline.\n\nSen. Ann Vale grilled the chief of the bank, Tom Rudd, for over an hour on a hot day.\n\n"
        "\u201cYou should resign,\u201d Vale told Rudd, after he said he had known for years.")
    assert speakers[found[0].speaker].name == "Ann Vale"
    assert speakers[found[-1].speaker].name == "Tom Rudd"


def test_the_article_s_words_give_the_gender_of_a_name_both_men_and_women_have():
    speakers, found = run(
        "Headline.\n\nAnn Lee backed the bill on Monday, and Lee said it would pass.\n\n"
        "\u201cIt is long overdue,\u201d said widow Terry Vale.\n\n"
        "She continued, \u201cWe have waited fifteen years.\u201d")
    assert speakers[found[-1].speaker].name == "Terry Vale"


def test_a_subject_after_an_opening_adverbial_is_the_pronoun_s_person():
    speakers, found = run(
        "Headline.\n\nRita Moss said the bank had lied to its customers.\n\n"
        "In a statement issued Tuesday morning, presidential nominee Ann Lee was more careful. "
        "Though she said the bank had erred, she did not call for a resignation.")
    assert speakers[found[-1].speaker].name == "Ann Lee"


def test_a_role_opening_a_sentence_is_the_person_titled_so():
    speakers, found = run(
        "Headline.\n\nPresident Obama wanted a climate bill, but he could not find the votes for it.\n\n"
        "\u201cThey were not interested,\u201d Mr. Dan Hart said in an interview.\n\n"
        "In defeat, the president appeared cowed. Campaigning in Ohio, he said little about the climate.")
    assert speakers[found[-1].speaker].name == "Obama"


def test_the_president_is_the_one_titled_plainly_so():
    speakers, found = run(
        "Headline.\n\nPresident Obama met Russian President Vladimir Putin on Monday.\n\n"
        "The president said the talks had gone well.")
    assert speakers[found[-1].speaker].name == "Obama"


def test_mr_and_mrs_tell_two_people_of_one_surname_apart():
    speakers, found = run(
        "Headline.\n\nHillary Clinton and Bill Clinton arrived in the state by bus on a cold and windy day.\n\n"
        "Mr. Clinton said the crowd was large. Mrs. Clinton said the race was close.")
    assert [speakers[s.speaker].name for s in found] == ["Bill Clinton", "Hillary Clinton"]


def test_a_bare_surname_agrees_with_its_pronouns():
    speakers, found = run(
        "Headline.\n\nBill Clinton campaigned in the state for a week, and Bill Clinton spoke at a school. "
        "Hillary Clinton stayed at home for the day.\n\n"
        "Clinton said she would win. Clinton added that she was ready.")
    assert {speakers[s.speaker].name for s in found} == {"Hillary Clinton"}


def test_a_speaker_called_by_first_name_alone_is_the_antecedent_of_her_pronoun():
    speakers, found = run(
        "Headline.\n\nTom Vale ran the rally.\n\n"
        "\"Melanie thought the whole thing was unfair.\n\n"
        "\u201cIt never crossed my mind,\u201d she said.\n\n"
        "\u201cHere he comes,\u201d Melanie said.")
    assert speakers[found[0].speaker].name == "Melanie"


def test_a_surname_named_in_full_only_in_the_headline_takes_that_full_name():
    speakers, found = run(
        "Why Bernie Sanders Wants The Water Fixed\n\n"
        "Sanders said the governor should resign.")
    assert speakers[found[0].speaker].name == "Bernie Sanders"


def test_someone_s_unnamed_person_keeps_the_owner():
    m = names.parse("Libertarian candidate Ann Lee\u2019s doctor is")
    assert (m.form, m.name) == ("unnamed", "Ann Lee's doctor")
    assert names.parse("Obama's former campaign strategist").name == "Obama's campaign strategist"
    assert names.parse("Trump\u2019s campaign").name == "Trump's campaign"


def test_an_owner_before_a_name_is_no_part_of_it():
    assert names.parse("CNN\u2019s Dana Bash").name == "Dana Bash"
    assert names.parse("Ms. Merkel's spokesman, Steffen Seibert").name == "Steffen Seibert"
    assert names.parse("The aides, led by campaign manager Bo Lund").form == "unnamed"


def test_two_named_people_speak_as_one_and_are_they():
    speakers, found = run(
        "Headline.\n\nSenators Charles E. Gray and Patrick J. Lahey wrote a letter to the leaders of the Senate.\n\n"
        "But Mr. Gray and Mr. Lahey say other changes are needed.\n\n"
        "The program has grown well beyond its intent, they say.")
    sp = speakers[found[-1].speaker]
    assert sp.name == "Charles E. Gray and Patrick J. Lahey" and sp.kind == "group"
    assert found[-2].speaker == found[-1].speaker


def test_a_capitalised_common_noun_opening_a_sentence_is_unnamed_and_they():
    speakers, found = run(
        "Headline.\n\nProponents, including the mayors of ten cities, have urged the council to keep the plan, "
        "although they say they support some changes.")
    assert {(speakers[s.speaker].name, speakers[s.speaker].kind) for s in found} == {("Proponents", "unnamed")}


def test_a_place_alone_is_no_role_someone_was_described_with():
    speakers, found = run(
        "Headline.\n\nTexas Sen. Ted Vale said the vote would pass on a day when the chamber was nearly empty.\n\n"
        "Texas said it would sue over the new rule.")
    assert speakers[found[-1].speaker].name != "Ted Vale"


def test_a_bare_possessive_name_is_the_person():
    assert names.parse("Ted Cruz\u2019s").name == "Ted Cruz"
    m = names.parse("Clinton's Democratic rival, Vermont Sen. Bernie Sanders")
    assert (m.form, m.name) == ("name", "Bernie Sanders")


def test_a_definite_role_is_the_person_just_named_as_subject():
    speakers, found = run(
        "Headline.\n\nDan Fry on Wednesday called on Howard Lee to apologize for what he said about the governor.\n\n"
        "\u201cThat was outrageous,\u201d Obama's former campaign strategist said in an interview.")
    assert speakers[found[-1].speaker].name == "Dan Fry"


def test_an_anonymous_source_stays_unnamed_after_a_named_subject():
    speakers, found = run(
        "Headline.\n\nDan Fry spent the week in the state talking to voters about his plan for the schools.\n\n"
        "\u201cHe has no chance,\u201d the source said.")
    sp = speakers[found[-1].speaker]
    assert sp.name == "source" and sp.kind == "unnamed"


def test_a_function_word_is_nobody_s_name():
    assert names.parse("Neither").form == "description"
    assert names.parse("By").form == "description"


def test_it_is_the_body_just_named_as_a_sentence_s_subject():
    speakers, found = run(
        "Headline.\n\nThe city of Northfield is demanding that the Bo Lund campaign stop using its logo in an ad.\n\n"
        "The city sent a letter to the campaign on Thursday. It says the campaign broke the law.")
    assert speakers[found[-1].speaker].name == "city of Northfield"


def test_a_word_that_is_a_surname_here_stays_a_name():
    speakers, found = run(
        "Headline.\n\nAl From, who founded the council in the middle of the decade, spoke at length on Monday.\n\n"
        "\u201cWe had to change,\u201d From said.")
    assert speakers[found[-1].speaker].name == "Al From"


def test_his_ex_wife_is_someone_else_of_his():
    speakers, found = run(
        "Headline.\n\nLawyers for Bo Lund filed papers in the state court opposing the request to unseal the file.\n\n"
        "The candidate argued that the files should stay closed.\n\n"
        "His ex-wife agreed, but also contended that she should keep her privacy.")
    sp = speakers[found[-1].speaker]
    assert sp.name == "Bo Lund's ex-wife" and sp.kind == "unnamed"


def test_a_judge_in_the_lead_is_the_only_judge_the_story_names():
    speakers, found = run(
        "Judge rejects request.\n\nA New York judge has rejected a request by a newspaper to unseal the file.\n\n"
        "Supreme Court Justice Ann Nervo wrote that the court would not intrude on the privacy of the parties.")
    assert speakers[found[0].speaker].name == "Ann Nervo"
    speakers, found = run(
        "Headline.\n\nSen. Tom Vale spoke for hours on the floor of the chamber about the bill.\n\n"
        "A Democratic senator said the votes would be held on Monday.")
    assert speakers[found[-1].speaker].kind == "unnamed"


def test_a_which_or_that_speaks_for_the_thing_before_it():
    speakers, statements = run('The protesters carried a sign which read "Vote them out!"')
    assert [speakers[st.speaker].name for st in statements] == ["sign"]


def test_a_bare_pronoun_is_no_statement():
    speakers, statements = run("Engineer Bob Stone rejected that, saying the cables had never been checked.")
    assert [st.text for st in statements] == ["the cables had never been checked"]


def test_the_word_before_a_single_name_and_what_it_follows_read_as_their_patterns_do():
    import re
    from store.extract.people import _after_lower_case, _word_before
    texts = ["Bernie Sanders Wins", "McBernie Sanders", "xBernie Sanders", "Bernie Sandersville, Bernie Sanders",
             "BErnie Sanders", "(Bo Sanders) and Ann Sanders", "Sanders", " Sanders", "Mr. Sanders_",
             "said, \u00a0 Sanders", "said;Sanders", "Sanders met\n\nSanders", "it was Sanders2 and, Sanders."]
    for text in texts:
        m = re.search(r"\b([A-Z][a-z]+) Sanders\b", text)
        assert _word_before("Sanders", text) == (m.group(1) if m else None), text
        assert _after_lower_case("Sanders", text) == bool(re.search(r"[a-z,;]\s+Sanders\b", text)), text


def test_the_same_words_quoted_twice_are_two_statements_with_stable_ids():
    from store.extract.model import statement_id
    text = ("Ann Lee wrote: \u201cThe bridge will never close on my watch.\u201d\n\n"
            "The council voted on Monday to close it.\n\n"
            "Hours later Lee wrote again: \u201cThe bridge will never close on my watch.\u201d")
    article = read_text(text)
    _speakers, found = find_statements(article)
    same = [s for s in found if "bridge will never close" in s.text]
    assert len(same) == 2 and same[0].spans != same[1].spans
    assert same[0].id == statement_id(article.id, same[0].text)
    assert same[1].id == statement_id(article.id, same[1].text, 1) != same[0].id
    assert [s.id for s in find_statements(read_text(text))[1]] == [s.id for s in found]


def test_a_mention_holding_what_the_speaker_did_is_named_by_the_name():
    speakers, found = run(
        "Mayor Ann Lee spoke on Monday.\n\n"
        "Lee now says the bridge will stay open.\n\n"
        "Lee took to Twitter overnight to accuse the council of waste.\n\n"
        "Lee posted a series of tweets attacking the budget.")
    assert found and {speakers[s.speaker].name for s in found} == {"Ann Lee"}


def test_who_after_a_verb_is_the_verb_object():
    speakers, found = run("The levy has angered dock workers, who say it will cost jobs.")
    assert [speakers[s.speaker].name for s in found] == ["dock workers"]


def test_who_after_what_someone_is_is_that_someone():
    # "is a ... who": the one the copula describes, not the last noun of the description
    speakers, found = run(
        "Editor\u2019s note: Rudy Vance regularly stirs up crowds and is a serial exaggerator, gadfly and "
        "showman who has repeatedly vowed to close the port to all ships.\n\n"
        "Ann Lee is a lawyer who said the ruling was wrong.")
    assert [(speakers[s.speaker].name, s.text) for s in found] == [
        ("Rudy Vance", "to close the port to all ships"), ("Ann Lee", "the ruling was wrong")]


def test_many_of_whom_is_a_part_of_the_people_named_before():
    speakers, found = run(
        "The plan has not gone over well with retired teachers, many of whom say the pension cut is unfair.")
    assert [s.text for s in found] == ["the pension cut is unfair"]
    assert speakers[found[0].speaker].name == "retired teachers"


def test_a_description_is_the_subject_just_named_not_the_last_speaker():
    speakers, found = run(
        "Senator Ruth Alder said the tariff would hurt farmers.\n\n"
        "Daniel Crane owns three steel mills near Toledo.\n\n"
        "The Ohio businessman says of Alder, \u201cShe has never run a company.\u201d")
    assert speakers[found[-1].speaker].name == "Daniel Crane"


def test_a_party_in_a_description_is_not_someone_of_the_other_party():
    speakers, found = run(
        "Ruth Alder, a Democrat, said the tariff would hurt farmers.\n\n"
        "Daniel Crane, a Republican, said the tariff would bring the mills back.\n\n"
        "The Democratic senator says the tariff will cost farmers dearly.")
    assert speakers[found[-1].speaker].name == "Ruth Alder"


def test_the_party_the_article_gives_a_person():
    from store.extract.people import People
    people = People(read_text(
        "The race was close on the night of the vote, as Democratic presidential nominee Ann Lee spoke "
        "in the hall. Later that night, Republican Bo Dunn answered her in a speech of his own. "
        "In the morning Sen. Eva Cole (R-Texas) left the city, and Tom Reyes, a Democrat, stayed at home."))
    assert [people.party(n) for n in ("Ann Lee", "Bo Dunn", "Eva Cole", "Tom Reyes")] == ["D", "R", "R", "D"]


def test_a_party_member_is_the_subject_just_named():
    speakers, found = run(
        "Republican nominee Daniel Crane held a rally in Toledo on Monday night.\n\n"
        "Senate leader Paul Rand says that the tariff debate has rattled allies abroad.\n\n"
        "In an interview on Tuesday, the Kentucky Republican said allies wanted answers.")
    assert speakers[found[-1].speaker].name == "Paul Rand"


def test_a_name_that_modifies_the_subject_is_not_the_subject():
    speakers, found = run(
        "Daniel Crane said the tariff would bring the mills back, a claim that angered his rival Peter Walsh.\n\n"
        "The Walsh campaign on Monday sent out an email attacking him.\n\n"
        "\u201cWe will keep the mills open,\u201d he told the crowd.")
    assert speakers[found[-1].speaker].name == "Daniel Crane"


def test_a_negated_or_catenative_verb_before_the_cue_is_not_part_of_the_speaker():
    # "Lee won't say", "Ruiz seemed to confirm": the person is Ann Lee, not "Ann Lee won't"
    article = read_text("Headline.\n\nCouncilwoman Ann Lee won\u2019t say whether she will run. "
                        "Mayor Ruiz hasn't denied that the plant will close. "
                        "Governor Ortiz appeared to concede the vote was lost.")
    speakers, found = find_statements(article)
    assert [speakers[s.speaker].name for s in found] == ["Ann Lee", "Ruiz", "Ortiz"]


def test_what_a_named_subject_did_before_the_cue_is_not_part_of_the_speaker():
    # "Ortiz quickly pivoted to attacking ...", "Ruiz broke his silence by asking ...": the person only
    speakers, found = run("Headline.\n\nGovernor Ana Ortiz quickly pivoted to attacking the council on taxes. "
                          "Mayor Luis Ruiz broke a long silence by asking questions about the budget. "
                          "Ann Lee's newly hired campaign chief argued that the race was close.")
    names_found = [speakers[s.speaker].name for s in found]
    assert names_found[:2] == ["Ana Ortiz", "Luis Ruiz"]
    # a possessive name owns the subject ("Ann Lee's ... chief"): it is not the speaker
    assert "Ann Lee" not in names_found[2:]
    # "stood at an event to say", "never missed a chance to say": the cue is what the person did it for
    speakers, found = run("Headline.\n\nTom Varga stood at a rally here to say he was leaning toward Lee. "
                          "Ruiz never missed a chance to say the plan would fail.")
    assert [speakers[s.speaker].name for s in found] == ["Tom Varga", "Ruiz"]


def test_a_sentence_opening_on_a_role_is_the_subject_of_its_participle():
    # "The Chinese finance minister hit back ..., saying": the minister, not "The Chinese"
    speakers, found = run("Headline.\n\nThe Peruvian finance minister hit back at critics on Monday, "
                          "saying the surplus was real.")
    assert [speakers[s.speaker].name for s in found] == ["Peruvian finance minister"]


def test_a_paper_filed_or_written_speaks_under_its_whole_name():
    # "The court filing said": the filing, not the court; "a poll released in May": the poll
    speakers, found = run("Headline.\n\nThe court filing said the company had hidden its losses. "
                          "A county poll released in May found that most voters backed the levy. "
                          "The lawsuit, which was filed on Friday, says the city ignored the warnings.")
    assert [speakers[s.speaker].name for s in found] == ["court filing", "county poll", "lawsuit"]


def test_a_lone_function_word_is_no_speaker_but_a_surname_like_one_is():
    speakers, found = run("Headline.\n\nIn a statement, the plan was called a failure. \u201cIt failed,\u201d In said. "
                          "Democratic strategist Al From said the party had lost its way. "
                          "\u201cWe lost,\u201d From said.")
    got = [speakers[s.speaker].name for s in found]
    assert "In" not in got
    assert got.count("Al From") == 2


def test_a_request_for_anonymity_leaves_the_statement_after_it_to_its_source():
    for text in ["Two officials, who asked not to be identified, said the talks had collapsed.",
                 "Two officials, who asked not to be identified because they were not authorized to speak, "
                 "said the talks had collapsed.",
                 "Two officials who asked not to be identified said the talks had collapsed."]:
        article = read_text(text)
        speakers, found = find_statements(article)
        said = [st for st in found if st.text == "the talks had collapsed"]
        assert said, (text, [st.text for st in found])
        assert speakers[said[0].speaker].name == "officials"
        assert not any("said the talks" in st.text for st in found)


def test_an_unnamed_speaker_is_named_without_its_relative_clause():
    article = read_text("The minister, who spoke on condition of anonymity, said talks had stalled.")
    speakers, found = find_statements(article)
    assert [speakers[st.speaker].name for st in found] == ["minister"]


def test_he_after_an_unnamed_official_is_that_official():
    article = read_text('A senior official said talks had stalled. He added that a deal was "still possible".')
    speakers, found = find_statements(article)
    assert [speakers[st.speaker].name for st in found] == ["official", "official"]


def test_who_after_an_inverted_source_is_that_source():
    article = read_text('"The ball is in their court," said the official, who asked not to be named. '
                        'The official, who asked not to be identified, added that talks would resume.')
    speakers, found = find_statements(article)
    # (asking not to be named is why the source is unnamed, no statement of its own)
    assert [(speakers[st.speaker].name, st.text) for st in found] == [
        ("official", '"The ball is in their court,"'), ("official", "that talks would resume")]


def test_who_issued_a_statement_is_named_without_the_statement():
    for text, name in [("The prime minister's office later issued a statement saying the cabinet had approved "
                        "the plan.", "prime minister's office"),
                       ("Campaign manager Rob Moore released a memo saying the race was tightening.", "Rob Moore")]:
        article = read_text(text)
        speakers, found = find_statements(article)
        assert [speakers[st.speaker].name for st in found] == [name]


def test_a_body_named_for_what_it_runs_is_one_organisation():
    for mention, name in [("Gaza's Ministry of Health", "Gaza's Ministry of Health"),
                          ("The UK Ministry of Defence", "UK Ministry of Defence"),
                          ("the Bureau of Labor Statistics", "Bureau of Labor Statistics")]:
        m = names.parse(mention)
        assert (m.form, m.name) == ("organisation", name)
    m = names.parse("calculations by Ann Lee of the Massachusetts Institute of Technology")
    assert m.form == "name" and m.name == "Ann Lee"


def test_a_name_with_letters_beyond_latin_1_keeps_its_pronouns():
    article = read_text("Turkish President Recep Tayyip Erdo\u011fan said he was ready to host talks. "
                        '"Turkey is ready to do its part," he wrote.')
    speakers, found = find_statements(article)
    assert [speakers[st.speaker].name for st in found] == ["Recep Tayyip Erdo\u011fan"] * 2


def test_bodies_named_for_and_on_what_they_do():
    assert names.parse("the Council on Foreign Relations").name == "Council on Foreign Relations"
    assert names.parse("the Center for American Progress").name == "Center for American Progress"
    assert names.parse("the committee on Monday").name == "committee"


def test_a_question_s_auxiliary_names_no_one():
    article = read_text("Q: Do you think Europe is ready?")
    speakers, found = find_statements(article)
    assert [speakers[st.speaker].name for st in found] == ["unknown"]


def test_the_top_diplomat_is_the_secretary_of_state():
    article = read_text("Secretary of State Antony Blinken arrived in Tel Aviv. The top U.S. diplomat said a deal "
                        "was possible.")
    speakers, found = find_statements(article)
    assert [speakers[st.speaker].name for st in found] == ["Antony Blinken"]


def test_a_document_speaks_for_whoever_put_it_out():
    assert names.parse("a statement from the Israeli military").name == "Israeli military"
    assert names.parse("a new report by Human Rights Watch").name == "Human Rights Watch"
    article = read_text("According to a statement from the ministry, 14 people were killed.")
    speakers, found = find_statements(article)
    assert [speakers[st.speaker].name for st in found] == ["ministry"]


def test_a_report_from_someone_speaks_for_its_author():
    article = read_text("Ann Lee is discrediting an earlier report from Bloomberg saying her campaign invited him.")
    speakers, found = find_statements(article)
    assert [speakers[st.speaker].name for st in found] == ["Bloomberg"]


def test_a_follow_up_quote_s_source_is_the_speaker_s_latest_mention():
    text = ("Senator Ann Lee called the merger \u201cdangerous\u201d on Monday. Though she praised the bank\u2019s "
            "staff, Lee kept her remarks to the bank\u2019s future.\n\n"
            "\u201cIf a bank cannot be managed, it should be broken up.\u201d")
    article = read_text(text)
    speakers, found = find_statements(article)
    last = found[-1]
    assert last.text.startswith("\u201cIf a bank") and speakers[last.speaker].name == "Ann Lee"
    assert text[last.source_span[0]:last.source_span[1]] == "Lee"
    assert last.source_span[0] > text.index("staff")


def test_a_pronoun_after_an_owner_opening_its_sentence_is_the_owner():
    text = ("Dr. Mehmet Oz hosts a daytime show. Dr. David Gorski, a surgeon, said Oz was a quack.\n\n"
            "INVESTIGATED \u2014 Oz\u2019s dubious advice earned him a hearing in Congress, where he was "
            "criticized for saying that coffee extract was a \u201cmagic cure.\u201d")
    speakers, found = find_statements(read_text(text))
    last = found[-1]
    assert last.text.endswith("\u201cmagic cure.\u201d") and speakers[last.speaker].name == "Mehmet Oz"
    # a possessive inside a quote owns nothing
    text = ("Ann Lee ran the campaign. Tom Ruiz, her deputy, said it went well.\n\n"
            "\u201cMy job is to protect Ms. Lee\u2019s lead,\u201d he said.")
    speakers, found = find_statements(read_text(text))
    assert speakers[found[-1].speaker].name == "Tom Ruiz"


def test_a_paragraph_is_in_title_case_when_capitals_open_most_of_its_words_and_no_verb_is_small():
    import re

    from store.extract import people

    small = {"a", "an", "the", "and", "of", "on", "in", "for", "to", "with", "but"}

    def by_counting(text, start, end):
        # every run of word characters with an ASCII letter is a word; it is capitalised when
        # its first ASCII letter is; a word in lower case ("met") other than the small ones of a
        # title ("the", "and") shows a sentence
        words = [w for w in re.findall(r"\w+", text[start:min(end, start + 400)]) if re.search(r"[A-Za-z]", w)]
        capitals = [w for w in words if re.search(r"[A-Za-z]", w).group().isupper()]
        lower = [w for w in words if "a" <= w[0] <= "z" and w not in small]
        return len(capitals) * 2 > len(words) and not lower

    texts = ["Mayor Vows To Rebuild The Harbour Bridge", "The mayor said the bridge will reopen in May.",
             "NASA and the FAA Back New Rules", "Ann Lee, Bo Lund and Tom Berg met", "3rd Ward Votes",
             "éclair Shop Opens", "the U.S. And E.U. Agree", "", "   ", "a B c D e", "a B c D E", "a B the D E",
             "Mayor Ann Lee Wins" + " but the" * 60, "x" * 390 + " Big Win Here Now For Us"]
    for text in texts:
        for start, end in ((0, len(text)), (2, len(text)), (0, max(0, len(text) - 3))):
            assert people._is_title_case(text, start, end) == by_counting(text, start, end), (text, start, end)


def test_unnamed_people_in_a_place_keep_it_as_their_affiliation():
    for text, name in [("Officials in Gaza", "Officials in Gaza"), ("an official in the Philippines", "official in the Philippines"),
                       ("Residents from Rafah", "Residents from Rafah")]:
        mention = names.parse(text)
        assert (mention.form, mention.name) == ("unnamed", name), text
    article = read_text("Officials in Gaza said at least 30 people had been killed.")
    speakers, found = find_statements(article)
    assert speakers[found[0].speaker].name == "Officials in Gaza"


def test_a_subordinator_opening_a_mention_is_no_part_of_the_speaker():
    speakers, found = find_statements(read_text("Ann Lee said the talks had stalled, whereas Hamas said they were going well."))
    assert [speakers[st.speaker].name for st in found] == ["Ann Lee", "Hamas"]


def test_hyphenated_titles_are_the_description_not_the_name():
    for text, name, description in [("UN Secretary-General Antonio Guterres", "Antonio Guterres", "UN Secretary-General"),
                                     ("WHO Director-General Tedros Ghebreyesus", "Tedros Ghebreyesus", "WHO Director-General")]:
        mention = names.parse(text)
        assert (mention.name, mention.description) == (name, description)
    assert names.parse("the UN").form == "organisation"


def test_a_document_published_by_someone_in_an_appositive_speaks_for_them():
    speakers, found = find_statements(read_text(
        'The report, published Thursday by Amnesty International, accuses the army of "systematic abuses."'))
    assert [speakers[st.speaker].name for st in found] == ["Amnesty International"]


def test_the_subject_ends_at_its_verb_when_the_cue_completes_the_verb_phrase():
    # the speaker is the subject, not "voters were more likely to"
    speakers, found = run("Headline.\n\nRural voters were far more likely to say the economy was weak.")
    assert [speakers[s.speaker].name for s in found] == ["Rural voters"]
    speakers, found = run("Headline.\n\nThe Lakeside Tribune is expected to endorse the mayor on Sunday.")
    assert [speakers[s.speaker].name for s in found] == ["Lakeside Tribune"]
    # a name after the verb is the one the cue belongs to: the journalist fears, not "All this"
    speakers, found = run("Headline.\n\nAll this has led the journalist Ann Ivans to fear that a pact is near.")
    assert [speakers[s.speaker].name for s in found] == ["Ann Ivans"]


def test_mr_with_a_surname_is_not_the_woman_named_in_full():
    speakers, found = run(
        "Headline.\n\nMr. Obama said the economy had recovered.\n\n"
        "The campaign will send Mr. Obama and the first lady, Michelle Obama, to Ohio.\n\n"
        "Mrs. Obama said she would campaign there too.")
    names = [speakers[s.speaker].name for s in found if s.text != "to send Mr. Obama and the first lady, Michelle Obama, to Ohio"]
    assert names == ["Obama", "Michelle Obama"]


def test_an_article_s_ms_outweighs_a_first_name_that_both_sexes_have():
    speakers, found = run(
        "Headline.\n\nLee Epstein, a law professor, said the court had moved right.\n\n"
        "Ms. Epstein said the next justice would matter.")
    assert {speakers[s.speaker].name for s in found} == {"Lee Epstein"}


def test_a_speaker_s_name_leaves_out_the_verb_phrase_it_heads():
    # the mention runs up to the cue; the speaker is who, not what they did
    speakers, found = run("Headline.\n\nRepublican officials are accelerating efforts to show the plan failed.")
    assert [speakers[s.speaker].name for s in found] == ["Republican officials"]
    from store.extract.speakers import _before_finite
    assert _before_finite("Clinton to") == (0, 7)
    # another who stands after the verb may be the one the cue is about: no narrowing to guess
    assert _before_finite("the streets were quiet as many regulars") is None
    assert _before_finite("Politifact did a fact-check on Donald Trump's") is None


def test_plans_without_to_is_a_noun():
    assert run("Headline.\n\nThe summit of leaders began with 27 different plans for Europe.")[1] == []
    speakers, found = run("Headline.\n\nThe mayor plans to close the bridge in May.")
    assert [s.text for s in found] == ["to close the bridge in May"]
    # after a verb (or "has", "no", "new") "plans to" is a noun with its infinitive
    for text in ["The mayor did not unveil plans to pay for the bridge.", "Officials are accelerating plans to "
                 "close the bridge.", "The staff met to map out plans to organize in March."]:
        assert run("Headline.\n\n" + text)[1] == [], text


def test_when_and_where_between_the_speaker_and_the_cue_are_no_speaker():
    speakers, found = run("Headline.\n\nAnn Lee, during a town hall meeting in Dayton, Ohio, said she would close the mill.")
    assert [speakers[s.speaker].name for s in found] == ["Ann Lee"]
    speakers, found = run("Headline.\n\nBo Lund, in an interview with the Courier, said the mill would stay open.")
    assert [speakers[s.speaker].name for s in found] == ["Bo Lund"]


def test_a_town_and_its_state_in_an_appositive_are_no_speaker():
    speakers, found = run("Headline.\n\nAnn Lee, 67, a retired customer service representative in Allentown, Pa., "
                          "said she would vote for the mayor.")
    assert [speakers[s.speaker].name for s in found] == ["Ann Lee"]
    speakers, found = run("Headline.\n\nBo Lund, 30, of Raleigh, N.C., who was among those polled, said he would vote.")
    assert [speakers[s.speaker].name for s in found] == ["Bo Lund"]
    # a long relative clause after the appositives still leaves the name that opens them
    speakers, found = run("Headline.\n\nDonna Reyes, 59, of Ashton, Md., who watched the ceremony on a screen on "
                          "the Mall, said the event brought back memories.")
    assert [speakers[s.speaker].name for s in found] == ["Donna Reyes"]


def test_a_date_is_no_speaker_s_name():
    # "a judge in October" is a judge; the month is when
    speakers, found = run("Headline.\n\nThe mill was closed after a judge in October ruled that the permit had lapsed.")
    assert [speakers[s.speaker].name for s in found] == ["judge"]
    # a month that is a name stays: Theresa May is no date
    speakers, found = run("Headline.\n\nBritish Prime Minister Theresa May said the deal was done.")
    assert [speakers[s.speaker].name for s in found] == ["Theresa May"]
    from store.extract import names
    assert names.parse("reports through Jan").form == "description"
    # an interjection before a colon quotes no one
    speakers, found = run("Headline.\n\nWait, it gets better: \u201cThe mill will reopen next year.\u201d")
    assert found and all(speakers[s.speaker].kind == "unknown" for s in found)


def test_a_surname_with_a_second_capital_joins_its_full_name():
    speakers, found = run(
        "Headline.\n\nSenate Majority Leader Mitch McConnell said the bill would pass.\n\n"
        "McConnell said the vote would come Tuesday.\n\n"
        "Rep. Ann O\u2019Malley said she would vote no.\n\nO\u2019Malley said the bill was rushed.\n\n"
        "White House Chief of Staff Denis McDonough said the president would sign it.")
    assert [speakers[s.speaker].name for s in found] == [
        "Mitch McConnell", "Mitch McConnell", "Ann O'Malley", "Ann O'Malley", "Denis McDonough"]


def test_a_sentence_s_first_word_is_no_part_of_the_speaker_s_name():
    from store.extract import names
    assert names.parse("But Chris Christie").name == "Chris Christie"
    assert names.parse("Stated Stone").name == "Stone"
    assert names.parse("Where the Republicans").name == "Republicans"
    # words that change who is meant stay
    assert names.parse("Neither Mr. Comey nor other officials").name != "Mr. Comey nor other officials"


def test_a_hyphened_description_before_a_name_is_its_description():
    from store.extract import names
    m = names.parse("Oscar-winner Susan Sarandon")
    assert (m.name, m.description) == ("Susan Sarandon", "Oscar-winner")
    assert names.parse("Texas-based Matt Lund").name == "Matt Lund"
    assert names.parse("GOP-led Ann Lee").name == "Ann Lee"
    # a hyphened name stays whole
    assert names.parse("Alexandria Ocasio-Cortez").name == "Alexandria Ocasio-Cortez"


def test_a_cue_in_an_opening_participle_clause_has_the_sentence_s_subject():
    speakers, found = run("Headline.\n\nHaving announced that he would keep the mill open, Judge Ann Lee "
                          "proceeded to read the ruling.")
    assert [(speakers[s.speaker].name, s.text) for s in found] == \
        [("Ann Lee", "that he would keep the mill open")]
    speakers, found = run("Headline.\n\nRattling off promises to cut fares and fix the bridge, Bo Lund "
                          "asked for their votes.")
    assert [speakers[s.speaker].name for s in found][:1] == ["Bo Lund"]
    # a closing quote ends the clause too, and a name in a trailing phrase is no subject
    speakers, found = run("Headline.\n\nCiting the flood as a wake-up call for the town and its \u201cdreams of "
                          "endless growth,\u201d Lund urged the council to halt building, the mall in particular.")
    assert {speakers[s.speaker].name for s in found} == {"Lund"}


def test_a_sentence_opening_on_a_participle_has_its_subject_after_the_clause():
    speakers, found = run("Headline.\n\nWalking to the next house, Ann Lee reminisced about her years at the mill "
                          "with her sister, and said the town had changed.")
    assert [speakers[s.speaker].name for s in found if "changed" in s.text] == ["Ann Lee"]
    # a place in -ing with its own verb is the subject
    speakers, found = run("Headline.\n\nBeijing has long said that the talks would go on.")
    assert [speakers[s.speaker].name for s in found] == ["Beijing"]


def test_a_quoted_describing_word_before_a_name_is_no_part_of_it():
    speakers, found = run("'Thin-skinned' Lund quells critics with threats, lawsuits\n\n"
                          "Bo Lund said the suit was a sham and would be dropped by the end of the month.\n\n"
                          "\"It is a disgrace,\" Lund said of the ruling that the court handed down.")
    assert {speakers[s.speaker].name for s in found} == {"Bo Lund"}


def test_a_double_barrelled_surname_after_a_title_stays_whole():
    speakers, found = run("Headline\n\nJennifer Shanklin-Hawkins is one of the workers who listened to the announcement.\n\n"
                          "Workers like Ms. Shanklin-Hawkins talk about it every day. \"I loved it,\" she said.")
    assert [speakers[s.speaker].name for s in found] == ["Jennifer Shanklin-Hawkins"]


def test_an_aside_between_commas_after_the_subject_is_no_speaker():
    for aside in ("once again", "however", "for her part", "meanwhile"):
        speakers, found = run(f"Headline.\n\nThe mayor, {aside}, said the plan was dead.")
        assert [speakers[s.speaker].name for s in found] == ["mayor"], aside
    speakers, found = run("Headline.\n\nAnn Lee vowed to fix the bridge, and she, once again, pledged a new school.")
    assert {speakers[s.speaker].name for s in found} == {"Ann Lee"}


def test_when_and_where_after_a_name_are_no_part_of_the_speaker_s_name():
    speakers, found = run("Headline.\n\nParty spokesman Bo Lund on Thursday evening said the party was not in a crisis.")
    assert [speakers[s.speaker].name for s in found] == ["Bo Lund"]
    speakers, found = run("Headline.\n\n\u201cWatch it,\u201d said former executive Ann Lee during the second debate.")
    assert [speakers[s.speaker].name for s in found] == ["Ann Lee"]
    # a show keeps the day it airs on
    speakers, found = run("Headline.\n\nThe guests on his Friday night show said the plan was dead.")
    assert "Friday" in speakers[found[0].speaker].name


def test_a_long_title_before_a_name_that_issued_a_statement_is_the_named_person():
    speakers, found = run("Headline.\n\nIn reply, Philippine Presidential Communications Office Secretary Ana Cruz "
                          "released a statement saying that the remarks were false.")
    assert [speakers[s.speaker].name for s in found] == ["Ana Cruz"]


def test_a_paper_called_by_its_short_name_is_the_paper_named_in_full():
    speakers, found = run("Headline here\n\nThe emails were first obtained by The New York Times, which asked for them in May.\n\n"
                          "The Times said the emails were about work. Later the Times reported that more would follow.")
    assert {speakers[s.speaker].name for s in found} == {"New York Times"}


def test_the_hill_is_a_paper_not_a_person_named_hill():
    speakers, found = run("Headline here\n\nAnita Hill said the hearing had been unfair to her from the start.\n\n"
                          "The Hill reported that the vote would fail. The Guardian reported that the vote was close.")
    assert [speakers[s.speaker].name for s in found] == ["Anita Hill", "The Hill", "The Guardian"]


def test_a_body_called_by_its_head_noun_is_the_body_last_named_in_full():
    speakers, found = run("Headline here\n\nThe House Oversight Committee said Tuesday that it would hold hearings "
                          "on the matter next month.\n\nThe committee said the hearings would be public. "
                          "Aides said the Obama administration would take part. The administration said it was ready.")
    assert [speakers[s.speaker].name for s in found if s.text != "the Obama administration would take part"] == \
        ["House Oversight Committee", "House Oversight Committee", "Obama administration"]
    # a word opening the sentence is no part of the body's name
    speakers, found = run("Headline here\n\nOur company makes tools. The company said it would hire more workers.")
    assert [speakers[s.speaker].name for s in found] == ["company"]


def test_a_junior_called_by_first_name_is_the_son_named_in_full():
    speakers, found = run("Headline here\n\nDonald Trump Jr. said the meeting was short and that nobody had mentioned it.\n\n"
                          "Donald Jr. added that it was nothing. Donald Trump said so too.")
    assert [speakers[s.speaker].name for s in found][:2] == ["Donald Trump Jr", "Donald Trump Jr"]


def test_the_official_is_the_unnamed_official_who_just_spoke():
    text = ("Hamas official Basem Naim said the group had accepted the proposal on Monday after long talks "
            "in Cairo.\n\nBut a senior Israeli official said the offer was a trick. The official said Israel "
            "would press on.")
    speakers, found = find_statements(read_text(text))
    assert [speakers[s.speaker].name for s in found] == ["Basem Naim", "Israeli official", "Israeli official"]


def test_the_name_after_a_role_in_a_body_is_the_speaker():
    speakers, found = find_statements(read_text(
        "The head of the IMF, Kristalina Georgieva, warned that growth would slow."))
    assert [speakers[s.speaker].name for s in found] == ["Kristalina Georgieva"]


def test_a_lede_full_of_names_is_no_headline_and_its_names_are_read():
    # most of the lede's words are capitalised, yet "met" shows a sentence, not a title
    speakers, found = run("Talks Resume In Geneva\n\n"
                          "Ann Lee met Tomas Varga in Geneva on Monday.\n\n"
                          "\u201cWe made progress,\u201d Varga said.\n\n"
                          "Lee said the next round would follow in May.")
    assert sorted(speakers[s.speaker].name for s in found) == ["Ann Lee", "Tomas Varga"]


def test_a_title_in_title_case_names_no_one_even_with_a_lower_case_slip():
    speakers, found = run("Donor Varga and Lee May be Aligning on Trade\n\n"
                          "The top donor, Tomas Varga, said on Friday that he had met with the senator last week.\n\n"
                          "\u201cIt was very nice,\u201d Varga said.")
    assert {speakers[s.speaker].name for s in found} == {"Tomas Varga"}


def test_a_clause_before_by_or_to_is_no_speaker_its_subject_is():
    for text, want in [
            ("Senator Ann Lee punctuated her speech by saying that the plan was dead.",
             ("Ann Lee", "Senator Ann Lee")),
            ("The Chinese finance minister jabbed back on Monday at complaints that the yuan was too weak.",
             ("Chinese finance minister", "The Chinese finance minister"))]:
        speakers, found = run(text)
        got = [(speakers[s.speaker].name, text[s.source_span[0]:s.source_span[1]]) for s in found]
        assert got == [want], text


def test_a_description_naming_another_office_is_not_the_senator():
    speakers, found = run("Sen. Ann Lee said on Monday that the bill was dead.\n\n"
                          "The finance minister said the budget would pass anyway.\n\n"
                          "The Ohio senator said later that she would vote against it.")
    assert [speakers[s.speaker].name for s in found] == ["Ann Lee", "finance minister", "Ann Lee"]


def test_a_part_of_a_group_keeps_its_quantifier():
    for text, want in [("Many of you have noted the difference between the parties.", "Many of you"),
                       ("Most of her Republican supporters say they empathize with her.",
                        "Most of her Republican supporters"),
                       ("Some of the women said they had spoken out at the hearings.", "Some of the women")]:
        speakers, found = run(text)
        assert [speakers[s.speaker].name for s in found] == [want], text


def test_one_of_a_group_then_a_name_is_the_named_person():
    speakers, found = run("Lee made a decision to stay quiet. One of his advisers, Tad Devine, told reporters "
                          "that he would leave it to others.")
    assert [speakers[s.speaker].name for s in found] == ["Tad Devine"]
    speakers, found = run("One of the donors said she would stop giving.")
    assert [speakers[s.speaker].name for s in found] == ["One of the donors"]
    # however long the group's name ("one" alone is a pronoun, "one of" opens a noun phrase)
    speakers, found = run("One of Mr. Vale's top climate advisers said the island rarely floods.")
    assert [(s.text, speakers[s.speaker].name) for s in found] == [
        ("the island rarely floods", "Vale's climate advisers")]
    # a share keeps its count: "One in four voters", "three in 10 Democrats"
    speakers, found = run("One in four voters in a Dayton Post poll last year said the island should leave.")
    assert [(s.text, speakers[s.speaker].name) for s in found] == [
        ("the island should leave", "One in four voters in a Dayton Post poll last year")]
    speakers, found = run("And three in 10 Democrats said it would pass.")
    assert [speakers[s.speaker].name for s in found] == ["three in 10 Democrats"]


def test_party_and_state_after_a_name_are_no_speaker():
    speakers, found = run("House Speaker Ann Ruiz, R-Wis., despite admitting that she had concerns, "
                          "said the votes were there.")
    assert [(st.text, speakers[st.speaker].name) for st in found] == [
        ("that she had concerns", "Ann Ruiz"), ("the votes were there", "Ann Ruiz")]


def test_when_before_a_subject_without_a_comma_is_no_part_of_the_speaker():
    speakers, found = run("Last week the agency published its report by announcing that the plan had failed.")
    assert [(st.text, speakers[st.speaker].name) for st in found] == [("that the plan had failed", "agency")]
    speakers, found = run("Tom Hale ran the study. On September 27 he published the results by announcing "
                          "that the plan had failed.")
    assert [(st.text, speakers[st.speaker].name) for st in found] == [("that the plan had failed", "Tom Hale")]


def test_the_second_verb_of_a_relative_clause_has_its_who():
    speakers, found = run("Tom Vale, who endorsed Ann Lee in May and said he would campaign with her, "
                          "ultimately stayed away.")
    assert [(st.text, speakers[st.speaker].name) for st in found] == [
        ("Ann Lee in May", "Tom Vale"), ("he would campaign with her", "Tom Vale")]
    speakers, found = run("Tom Vale, who suggested the fight could be left to the courts, left early.")
    assert [st.text for st in found] == ["the fight could be left to the courts"]


def test_a_count_before_who_is_who_speaks():
    speakers, found = run("Many experts doubted the plan, including some who warned it could make matters worse.")
    assert ("it could make matters worse", "some") in [(st.text, speakers[st.speaker].name) for st in found]


def test_people_in_a_place_before_who_are_who_speaks():
    speakers, found = run("Voters in Ohio who say they are undecided were called again.")
    assert speakers[found[0].speaker].name != "Ohio"
    assert "Voters" in speakers[found[0].speaker].name


def test_an_unnamed_source_after_the_cue_is_inverted_whatever_comes_before():
    speakers, found = run("The talks went badly, and the meeting fell apart from there, said one source in the room.")
    assert [(st.text, speakers[st.speaker].kind) for st in found] == [
        ("The talks went badly, and the meeting fell apart from there", "unnamed")]


def test_a_headline_person_without_a_determiner_is_a_speaker():
    speakers, found = run("Ferry plan draws fire;\nBut expert says the ferry will lose money.\n\n"
                          "The town met on Monday.")
    assert [(s.text, speakers[s.speaker].name) for s in found] == [("the ferry will lose money", "expert")]
    # a bare noun that names no person is still no subject
    assert run("Ferry plan draws fire;\nBut plan says nothing about fares.\n\nThe town met on Monday.")[1] == []
