"""Reported speech, beliefs and intentions that quotes.py's cue rules alone miss or cut badly.

Small rules over the same masked paragraph text (every quotation replaced by '#'), each a
compiled regex over a bounded window, called from quotes.py at the points where it decides
what a statement is. No quotation is handled here: only indirect (non-quote) content.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from . import quotes as _q
from .cues import ACCORDING, CUE, DAYS, SPEECH_VERBS, TAKES_OBJECT
from .names import COUNT_WORDS

# "But according to the poll, ...", "after, according to him, ...": what stands before
# "according to" is a connective only, so the content is what follows the source
_ONLY_CONNECTIVE = re.compile(
    r"\s*(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|[Ss]till|[Nn]ow|[Hh]owever|[Mm]eanwhile|[Aa]lso|[Ee]ven|[Ii]nstead|"
    r"[Oo]verall|[Aa]fter|[Bb]efore|[Bb]ecause|[Ss]ince|[Aa]s|[Ww]hile|[Ww]hen|[Ii]f|[Tt]hough|[Aa]lthough|"
    r"that|where|[Pp]lus)\b[\s,]*)+")


def connective_only(masked: str, s: int, e: int) -> bool:
    """Is masked[s:e] nothing but connectives ("But", "And yet,", "after,")?"""
    m = _ONLY_CONNECTIVE.match(masked, s, e)
    return m is not None and not masked[m.end():e].strip(" ,")


def according_beside(par, s: int, e: int, found: list) -> "_q.Finding | None":
    """'Y, according to X' in a sentence whose other cue reported something else: its own statement."""
    m = ACCORDING.search(par.masked, s, e)
    if not m:
        return None
    finding = _q._according(par, s, e)
    if finding is None or finding.kind != "indirect":
        # a quotation and its own attribution before "according to" are quotes.py's
        return None
    for f in found:
        # the source may report a statement that holds another ("X, who believe A, according to polls"),
        # but not when "according to" is itself inside another's content
        if any(a <= m.start() < b for a, b in f.spans) or f.spans == finding.spans:
            return None
    return finding


def _load(table: str) -> dict[str, tuple[int, int]]:
    path = Path(__file__).with_name("data") / "reported.json"
    try:
        counts = json.loads(path.read_text(encoding="utf-8"))[table]
    except (OSError, ValueError, KeyError):
        return {}
    return {w: (d["stop"], d["cross"]) for w, d in counts.items()}


# cue word -> (contents that stopped at the first comma, contents that ran past it), learn_reported.py
_COMMA = _load("comma")
# word -> (objects that stopped before it, objects that ran past it)
_ADJUNCT_STOPS = [w for w, (stop, cross) in _load("adjunct").items() if stop + 1 >= 1.5 * (cross + 1)]
_ADJUNCT = re.compile(r"\s(?:" + "|".join(_ADJUNCT_STOPS) + r")\s") if _ADJUNCT_STOPS else None
# how much likelier stopping must be, add-one smoothed, before a content is cut at its comma
_STOP_ODDS = 2.0
_FIRST_COMMA = re.compile(r",\s")


def stops_at_comma(verb: str) -> bool:
    """Does this cue's object usually end at the first comma ("praised the plan, which ...")?"""
    stop, cross = _COMMA.get(verb.rsplit(" ", 1)[-1], (0, 0))
    return (stop + 1) >= _STOP_ODDS * (cross + 1)


# ", and" after a content that is no that-clause: mostly a new clause of the sentence's subject,
# except after "said" and its kin, whose clause often goes on
_COMMA_AND = re.compile(r",\s+and\s")
_SAY = frozenset("said says say saying told tells tell telling added adds adding".split())


# a comma, then a new subject and its own cue: "7 percent said A, 27 percent said B"
_COMMA_BEFORE = re.compile(r".*,\s", re.S)
# "that after the vote, Lee called ...": a that-clause opening on an adverbial, whose first comma
# ends the adverbial; the subject after it is the clause's own
_THAT_ADVERBIAL = re.compile(
    r"that\s+(?:after|before|during|when|while|if|in|on|at|since|as|because|despite|although|though|once|"
    r"until|unless|by|for|with|without|under|over|amid|following|given|like|unlike)\b[^,;:#]*,\s")


def _next_statement(text: str, masked: str, start: int, end: int) -> int:
    if masked.find(",", start, end) < 0:
        # no comma, no new subject after one
        return end
    opening = _THAT_ADVERBIAL.match(masked, start, end)
    for cue in CUE.finditer(masked, start, end):
        if opening is not None and cue.start() < opening.end() + 90 and masked.find(",", opening.end(), cue.start()) < 0:
            continue
        if text[cue.start()].isupper() or masked.startswith(",", cue.end()):
            # "..., officials said, would fail": an attribution that interrupts, not a new statement
            continue
        lo = max(start, cue.start() - 90)
        m = _COMMA_BEFORE.match(masked, lo, cue.start())
        if not m:
            continue
        words = _q._WORD.findall(text, m.end(), cue.start())
        if 1 <= len(words) <= 8 and _q.MASK not in masked[m.end():cue.start()] and _q._is_mention(words):
            return m.end() - 2
    return end


# "rejected that argument in a ruling", "denied the charge on Tuesday": an object that points at
# someone's words ends at its noun; what follows is when, where or how
_POINTER_OBJECT = re.compile(
    r"(?:that|this|those|these|the|such|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:arguments?|claims?|charges?|"
    r"accusations?|allegations?|criticism|idea|notion|suggestions?|complaints?|characterization|assertions?|"
    r"insinuations?|comments?|remarks?)(?=\s+(?:in|on|at|during|as|when|after|before|by|with|from|over)\s)")
# "likened the rules to '…' - a charge that might have stung": a dash, then a noun phrase with its
# own relative clause, is the writer's aside on the object
_APPOSITIVE_DASH = re.compile(
    r"\s+(?:\u2014|\u2013|--|-)\s+(?:a|an|the|this|one)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:that|which|who)\s")


# "..., as he did again during the debate": a comparison with another time is no content
_AS_BEFORE = re.compile(r",\s+as\s+(?:he|she|they|it|we|I)\s+(?:did|does|do|has|had|have|was|is)\b")


def object_end(text: str, masked: str, verb: str, start: int, end: int) -> int:
    """Where the object of the cue that opens masked[start:end] ends: the first comma for a verb
    whose object (not a that-clause, not a quotation) ends there."""
    end = _next_statement(text, masked, start, end)
    m = _AS_BEFORE.search(masked, start, end)
    if m:
        end = m.start()
    if text.startswith("that ", start) and not _POINTER_OBJECT.match(masked, start, end):
        return end
    if masked.startswith(_q.MASK, start):
        return end
    if verb not in _SAY:
        m = _POINTER_OBJECT.match(masked, start, end)
        if m:
            return m.end()
        m = _APPOSITIVE_DASH.search(masked, start, end)
        if m:
            end = m.start()
    m = _COMMA_AND.search(masked, start, end) if verb not in _SAY else None
    if m:
        end = m.start()
    if not stops_at_comma(verb):
        return end
    m = _FIRST_COMMA.search(masked, start, end)
    aside = _q._RELATIVE_ASIDE.match(masked, m.start(), end) if m else None
    if aside:
        # "vowed to form a task force, which would include the military, to crack down on hackers"
        m = _FIRST_COMMA.search(masked, aside.end(), end)
    end = m.start() if m else end
    m = _ADJUNCT.search(masked, start, end) if _ADJUNCT else None
    if m and _WH_COMPLEMENT.search(masked, max(start, m.start() - 20), m.start() + 1):
        # "declined to say when cuts would begin": what was not said, not when it was not
        return end
    return m.start() if m else end


# a speech verb and the question it answers or leaves open: "say when", "explain why"
_WH_COMPLEMENT = re.compile(r"\b(?:say|tell|explain|discuss|reveal|disclose|specify|confirm|detail|clarify|indicate|"
                            r"know|ask|asked|predict|estimate)\s$")


# "business leaders who say ...", "voters who believe ...": a relative clause without a comma
# whose antecedent is people (a plural noun or a name) right before "who"
# ("a popular governor who", "those who", "the 12 percent who": one person, or a count of people)
_PEOPLE_BEFORE_WHO = re.compile(
    r"(?:\b[a-z]+[^s\W]s|\b[a-z]*(?:people|men|women)|\b[A-Z][\w.'\u2019-]*|\b(?:those|anyone|someone|everyone|"
    r"some|many|most|several|others|percent|\d[\d,.]*%?)|\b(?!(?:after|under|over|ever|never|other|either|neither|"
    r"whether|rather|later|order)\s)[a-z]{2,}(?:er|or|ist|ian|ent|ant|ect|man|woman|person))"
    r"\s+$")


_PEOPLE_IN_PLACE = re.compile(
    r"(?<![\w'\u2019-])((?:[a-z]+\s+)?(?:voters|residents|people|Republicans|Democrats|officials|lawmakers|leaders|"
    r"members|supporters|delegates|activists|workers|students|women|men|Americans|[a-z]+(?:ers|ists|ians|ants|ents)))"
    r"\s+(?:in|from|across|at)\s+$", re.I)
_COUNT_BEFORE_WHO = re.compile(r"(?<![\w.'\u2019-])((?:some|many|most|several|others|\d[\d,.]*%|\d[\d,.]*\s+percent))\s+$")


# what speaks through "which" and "that": a body or a document ("the union, which endorsed ...",
# "a study that shows ...")
_SPEAKING_THING = re.compile(
    r"\b((?:[A-Z][\w.'\u2019&-]*|study|studies|report|reports|poll|polls|survey|surveys|memo|letter|ad|ads|video|"
    r"statement|email|e-mail|document|documents|analysis|review|court|committee|union|unions|group|groups|"
    r"organization|organizations|company|companies|board|agency|campaign|party|newspaper|paper|network|website|"
    r"ruling|order|filing|businesses|firms?|PAC|results|data|findings|figures|numbers|research|records|tweets?|"
    r"posts?|messages?|speech|speeches|books?|articles?|editorials?|columns?|op-ed|interviews?|emails|memos|letters|"
    r"foundation|institute|center|council|commission|department|ministry|office|administration|government))"
    # ("a letter from his doctor Friday afternoon that says": whose it is, and when)
    r"(?:\s+(?:from|by|of)\s+(?:(?:the|a|an|his|her|their|its)\s+)?[\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]*)?)?"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"\s*(?P<comma>,?)\s*$")


def restrictive_who(text: str, masked: str, lo: int, subject: tuple[int, int]) -> bool:
    word = text[subject[0]:subject[1]]
    if word in ("which", "that"):
        # ", which endorsed", "that shows" (no comma before "that")
        m = _SPEAKING_THING.search(masked, max(lo, subject[0] - 40), subject[0])
        return m is not None and (m.group("comma") == ",") == (word == "which")
    if word != "who":
        return False
    return _PEOPLE_BEFORE_WHO.search(masked, max(lo, subject[0] - 40), subject[0]) is not None


_LAST_WORD = re.compile(r"(?:^|\s)([\w.'\u2019-]+)\s*$")
_NOT_IN_NAME = frozenset("""from of to by with for in on at a an the has have had is was are were and or but
among that this these those many some all""".split())


# "Lee is a lawyer who ...", "Trump regularly incites violence and is a liar and birther who ...": the
# one the copula describes, named at the clause's start
_NAMED_THEN_IS_A = re.compile(
    r"(?<![\w'\u2019.,-]\s)(?<![\w'\u2019,-])(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
    r"\s+(?:[a-z]+\s+){0,6}?(?:is|was|remains)\s+(?:also\s+|still\s+)?(?:a|an)\s+(?:[a-z][\w'\u2019-]*,?\s+){1,12}?$")


def who_antecedent(text: str, masked: str, s: int, who: tuple[int, int]) -> tuple[int, int] | None:
    """The noun phrase right before a "who" with no comma: "business leaders" in "business leaders who say"."""
    if not _PEOPLE_BEFORE_WHO.search(masked, max(s, who[0] - 40), who[0]):
        return None
    counted = _COUNT_BEFORE_WHO.search(masked, max(s, who[0] - 30), who[0])
    if counted is not None:
        # "including some who warned", "18% who say": the count is who speaks
        return counted.span(1)
    described = _NAMED_THEN_IS_A.search(masked, max(s, who[0] - 200), who[0])
    if described is not None and masked[s:described.start()].rstrip()[-1:] in ("", ":", ".", ";", "\n"):
        return described.span("name")
    start = end = len(masked[:who[0]].rstrip())
    for _ in range(4):
        m = _LAST_WORD.search(masked, max(s, start - 30), start)
        if not m or m.group(1).lower() in _NOT_IN_NAME:
            break
        start = m.start(1)
    place = _PEOPLE_IN_PLACE.search(masked, max(s, start - 40), start) if start < end and masked[start].isupper() else None
    if place is not None:
        # "voters in Ohio who say": the voters, not Ohio
        start = place.start(1)
    return (start, end) if start < end else None


# "a sign which", "the report that": a determiner and up to three words, right before
_THING_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]his)(?:\s+[\w'\u2019-]+){1,3}\s*,?\s*$")


def thing_before(masked: str, s: int, relative: tuple[int, int]) -> tuple[int, int] | None:
    """What a "which" or "that" with no named antecedent stands for: the noun phrase before it."""
    m = _THING_BEFORE.search(masked, max(s, relative[0] - 60), relative[0])
    if not m:
        # "entrance poll results that show", "data Monday morning that suggest": the thing itself
        thing = _SPEAKING_THING.search(masked, max(s, relative[0] - 40), relative[0])
        if thing is None or thing.group(1)[:1].isupper():
            return None
        return thing.span(1)
    end = m.start() + len(m.group().rstrip(" ,"))
    return m.start(), end


_ENDS_IN_WHO = re.compile(r"\s(who)$")
# "who said", "who in 2010 said", "who publicly said"
_WHO_RIGHT_BEFORE = re.compile(r"(?:^|\s)(who|which|that)(?:\s+(?:in|on|last|this|earlier)\s+[\w.]+(?:\s+\d{4})?|\s+[a-z]+ly)?\s+$")


# "family members, many of whom say ...": a part of the people just named
_PART_OF_WHOM = re.compile(r"\b(?:many|most|some|all|several|few|both|none|each|one|two|three|half|a\s+few|"
                           r"a\s+number|the\s+majority)\s+of\s+(?:whom|which)\s+$")


def who_subject(text: str, subject: tuple[int, int] | None, lo: int = 0,
                cue_start: int | None = None) -> tuple[int, int] | None:
    """'business leaders who' before a cue: the subject is the relative "who"."""
    if cue_start is not None:
        m = _WHO_RIGHT_BEFORE.search(text, max(lo, cue_start - 30), cue_start)
        if m and (subject is None or subject[1] < m.end(1)) and \
                (m.group(1) == "who" or restrictive_who(text, text, lo, (m.start(1), m.end(1))) or
                 m.group(1) == "which" and _q._WHICH_ANTECEDENT.search(text, max(lo, m.start(1) - 60), m.start(1))):
            # "She met a governor who had endorsed her": the subject is "who", not "She"
            return m.start(1), m.end(1)
    if subject is None and cue_start is not None:
        m = _PART_OF_WHOM.search(text, max(lo, cue_start - 40), cue_start)
        return (m.start(), m.end() - len(m.group()) + len(m.group().rstrip())) if m else None
    if subject is None:
        return None
    m = _ENDS_IN_WHO.search(text, subject[0], subject[1])
    return (m.start(1), m.end(1)) if m else subject


# verbs of promising whose paraphrase is a deed ("pledged $5 million") but whose to-clause is an
# intention ("pledged to close the camps")
_INTENTION_VERBS = frozenset({"pledged"})


def intention(text: str, verb: str, content_start: int) -> bool:
    return verb in _INTENTION_VERBS and text.startswith("to ", content_start)


# a headline in title case with any reporting verb: "Ann Lee Reveals Plan For The Bridge"
_TITLE_WORD = re.compile(r"\s(?:(?:Just|Now|Also|Again|Finally|Still)\s+)?([A-Z][a-z]+)\b")


# the last sentence asked about: a headline's two readers ask in turn
_last_title_case: tuple = ("", -1, -1, False)


def in_title_case(masked: str, s: int, e: int) -> bool:
    """Whether masked[s:e] has four words or more, seven in ten of them capitalised."""
    global _last_title_case
    last = _last_title_case
    if last[0] is masked and last[1] == s and last[2] == e:
        return last[3]
    words = _q._WORD.findall(masked, s, e)
    found = len(words) >= 4 and sum(map(str.isupper, "".join([w[0] for w in words]))) * 10 >= len(words) * 7
    _last_title_case = (masked, s, e, found)
    return found


_PLURAL_SUBJECT = re.compile(r"[a-z][a-rt-z]s$|(?:People|Men|Women)$")


def title_case_cue(par, s: int, e: int) -> "_q.Finding | None":
    masked = par.masked
    if not in_title_case(masked, s, e):
        return None
    lead = len(masked[s:e]) - len(masked[s:e].lstrip())
    for m in _TITLE_WORD.finditer(masked, s, min(e, s + 120)):
        verb = m.group(1).lower()
        if verb in TAKES_OBJECT:
            # "Ann Lee Tells Bo Lund ...": the addressee is no content
            return None
        if verb not in SPEECH_VERBS or verb.endswith("ss"):
            continue
        src = _q._TITLE_SOURCE.fullmatch(masked, s + lead, m.start())
        if not verb.endswith(("s", "ed")) and not (src and _PLURAL_SUBJECT.search(src.group(1))):
            # "Black Lawmakers Rip …": the plain form only after a plural subject
            continue
        if not src or _q._NOT_A_SPEAKER.match(src.group(1)):
            return None
        spans, kind, open_q = _q._spans_and_kind(par.text, par.regions, m.end(), e)
        if not spans or kind == "direct":
            return None
        return _q.Finding(spans, kind, (src.start(1), src.end(1)), (m.start(1), m.end(1)), par.index,
                          open_quote=open_q)
    return None


# "..., 67 percent, say they will vote": a subject pronoun with words after it opens the content,
# it names no speaker after an inverted cue
_PRONOUN_CLAUSE = re.compile(r"(?:he|she|they|we|I|it|you)\s+\S")


def pronoun_clause(np: str) -> bool:
    return _PRONOUN_CLAUSE.match(np) is not None


# "a study that shows the dam is unsafe was released", "the union, which says the mill is safe,
# will meet": the content of a relative clause ends where the main clause's verb comes back
_FINITE = r"(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must)"
_FIRST_FINITE = re.compile(rf"\s{_FINITE}\s")
_NEXT_FINITE = re.compile(rf"(?P<verb>,?\s+{_FINITE})\s")
# what may stand right before a verb that still belongs to the first ("should not have", "to have")
_VERB_GOES_ON = re.compile(r"(?:\b(?:to|not|never|also|still|always|just|already)|n['\u2019]t)\s*$")
_LINKS_A_CLAUSE = re.compile(r"[,;:#]|\s(?:and|or|but|that|what|who|whom|which|whether|if|when|where|why|how|because|"
                             r"while|as|than|so|since|until|unless|although|though|before|after)\s")


def relative_end(masked: str, start: int, end: int) -> int:
    first = _FIRST_FINITE.search(masked, start, end)
    if not first or _LINKS_A_CLAUSE.search(masked, start, first.start() + 1):
        return end
    pos = first.end() - 1
    for m in _NEXT_FINITE.finditer(masked, pos, end):
        # a comma right before the verb closes the relative clause ("..., which says A, will meet")
        upto = m.start("verb") + (0 if masked.startswith(",", m.start("verb")) else 1)
        if _LINKS_A_CLAUSE.search(masked, pos, upto):
            return end
        if not _VERB_GOES_ON.search(masked, pos, m.start()):
            return m.start()
    return end


# "their show has ...", "her plans to run", "Mr. Rubio's showing": a determiner or a possessive
# right before the cue word makes it a noun, which reports nothing by itself
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its|our|my|your|no|any|every|The|A|An|His|Her|"
    r"Their|Its|Our|My)|['\u2019][sS])\s+$")


_OF_BEFORE = re.compile(r"\bof\s+$")
_PAST_VERB_BEFORE = re.compile(r"\b[a-z]{2,}[^e\s]ed\s+$")
_OF_ADJECTIVE_BEFORE = re.compile(r"\bof\s+(?:Democratic|Republican|GOP|Democrat|media|news|press|false|conflicting|"
                                  r"unconfirmed|similar|recent|earlier|previous|initial|early)\s+$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:[Aa]mid|[Aa]fter|[Dd]espite|[Ww]ith|[Ww]ithout|[Aa]gainst|[Aa]mong|[Ff]ollowing|[Oo]ver|"
                                 r"[Uu]nder)\s+$")
_PRONOUN_IS = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hat|[Tt]here|[Ww]ho|[Ww]hat)['\u2019]s\s+$")
# a that-clause after a noun cue, not a relative clause ("a claim that could not be verified")
_THAT_AFTER = re.compile(
    r"\s+that\b(?!\s+(?:(?:also|later|quickly|soon|never|has|have|had)\s+)?(?:could|can|cannot|can['\u2019]t|would|will|was|were|is|"
    r"are|has|have|had|may|might|must|should|did|does|do|appeared|seemed|remains|remained|went|drew|prompted|"
    r"sparked|led|caused|angered|raised|came|surfaced|circulated|spread|emerged|been)\b)")


# "found himself in", "show up", "a talk show": the cue word in a use that reports nothing
_REFLEXIVE_AFTER = re.compile(r"\s+(?:himself|herself|itself|themselves|myself|ourselves|yourself)\b")
_PARTICLE_AFTER = re.compile(r"\s+(?:up|off)\b")
# "a TV show that aired": a relative clause, its verb right after "that"
_THAT_THEN_VERB = re.compile(r"\s+that\s+[a-z]+(?:ed|s)\b")
_SHOW_NOUN_BEFORE = re.compile(r"\b(?:TV|television|radio|talk|reality|game|award|awards|slide|morning|cable|cooking|"
                               r"comedy|news)\s+$")


# "a group called Stop Lee", "a new film called ...", "the so called rule": "called" names a thing
# ("a spokesman called the plan a disaster": a person who speaks)
_THING_CALLED = re.compile(
    r"(?:\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w'\u2019-]+\s+){0,3}?(?!(?:[\w-]*(?:er|or|ist|ian|man|woman|person|aide|official|"
    r"lawmaker|candidate|critic|expert|source|analyst|advocate|voter|member|rival|ally|staff|people|men|women)s?|"
    r"and|or|but|then|also|who|that|which|once|later)\s)(?:[a-z][\w-]*|[A-Z]{2,}s?)|\bso)\s+$")


_COMPOUND_HEADS = {
    "think": re.compile(r"[\s-]+tanks?\b"),
    "talk": re.compile(r"[\s-]+(?:shows?|radio)\b"),
    "press": re.compile(r"\s+(?:releases?|conferences?|secretary|office|briefings?|corps)\b"),
    "claims": re.compile(r"\s+(?:process|court|adjusters?)\b"),
}


def other_use(masked: str, cue_start: int, cue_end: int) -> bool:
    word = masked[cue_start:cue_end].rsplit(None, 1)[-1]
    if word == "called" and cue_end - cue_start == 6:
        return _THING_CALLED.search(masked, max(0, cue_start - 60), cue_start) is not None
    if word in ("found", "finds", "find", "finding"):
        return _REFLEXIVE_AFTER.match(masked, cue_end) is not None
    if word in _COMPOUND_HEADS and _COMPOUND_HEADS[word].match(masked, cue_end):
        # "an independent think tank", "a press release": the first half of a noun
        return True
    if word in ("show", "shows", "showed", "showing"):
        # ("Another slide shows that eight of 10 avocados ...": a that-clause makes it the verb again)
        return _PARTICLE_AFTER.match(masked, cue_end) is not None or \
            _SHOW_NOUN_BEFORE.search(masked, max(0, cue_start - 12), cue_start) is not None and \
            (_THAT_AFTER.match(masked, cue_end) is None or _THAT_THEN_VERB.match(masked, cue_end) is not None)
    return False


def noun_use(masked: str, cue_start: int, cue_end: int) -> bool:
    """Is the cue word a noun here? "Trump's claim that ..." still reports (its that-clause), and
    "He's claiming" is "he is"."""
    if other_use(masked, cue_start, cue_end):
        return True
    lo = max(0, cue_start - 12)
    if _OF_BEFORE.search(masked, lo, cue_start) and not masked.endswith("ing", cue_start, cue_end):
        # "a series of tweets criticizing ...": a noun ("steering clear of criticizing" still reports)
        return _THAT_AFTER.match(masked, cue_end) is None
    if masked[cue_start:cue_end].split()[0].endswith("s") and _PAST_VERB_BEFORE.search(masked, lo, cue_start):
        # "Mr. Obama scrutinized reports like ...": the plural noun is the verb's object
        return _THAT_AFTER.match(masked, cue_end) is None
    if masked[cue_start:cue_end].split()[0].endswith("s") and _OF_ADJECTIVE_BEFORE.search(masked, max(0, cue_start - 30),
                                                                                      cue_start):
        # "11% of Democratic claims", "a string of media reports": a plural noun after "of" and its adjective
        return _THAT_AFTER.match(masked, cue_end) is None
    if masked[cue_start:cue_end].split()[0].endswith("s") and _PREPOSITION_BEFORE.search(masked, lo, cue_start):
        # "amid calls for action", "despite warnings": a plural noun after a preposition
        return _THAT_AFTER.match(masked, cue_end) is None
    return _DETERMINER_BEFORE.search(masked, lo, cue_start) is not None and \
        _PRONOUN_IS.search(masked, lo, cue_start) is None and _THAT_AFTER.match(masked, cue_end) is None


# a determiner and one word before "show" or "showing" ("a poor showing", "an hourlong show")
_NOUN_SHOW = re.compile(r"\b([Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+[a-z][\w-]*\s+$")
# a determiner, maybe an adverb, then an adjective of how well it went ("a second-place", "the downbeat")
_SHOWING_NOUN = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w-]*['\u2019]s)\s+(?:[a-z]+ly\s+)?"
                           r"(?:[a-z]+\s+)?(?:[a-z]+-[a-z]+|[a-z]+est|strong|weak|poor|dismal|disappointing|downbeat|"
                           r"solid|surprising|better|worse|impressive|lackluster|good|bad|decent|respectable|tepid)\s+$")
_CALL_FORMS = frozenset({"call", "calls", "called", "calling"})
# what after a form of "call" makes it phoning in or calling off, not speech ("called into question" is)
_CALLED_IN = re.compile(r"\s+(?:in\s+to|into(?!\s+question)|off)\b")
# hoping and fearing with a clause after them, not as nouns or with what they are for
_HOPE_FEAR = frozenset({"hope", "fear", "worry", "worries"})
_NO_CLAUSE_AFTER = re.compile(r"\s*(?:[,.;:!?]|\s(?:of|and|or|but|mongering|over|for|about|among|in|on|is|was|are|were|has|"
                              r"have|had|that\s+(?:is|was|has|had))\b)")
_DEGREE_BEFORE = re.compile(r"\b(?:most|more|very|particularly|especially|less|quite|so|too)\s+$")
_NAMED_FOR = re.compile(r"\s+(?:for|after)\s")
# a noun right before "named" ("an academic named", "a company named"), no auxiliary or subject's verb
_NOUN_NAMED = re.compile(r"\b(?!(?:was|were|is|are|be|been|being|has|have|had|he|she|they|it|who|which|that|and|"
                         r"also|then|later|recently|formally|officially)\b)[a-z][a-z-]+\s+named$")
_NAME_NEXT = re.compile(r"\s+[A-Z]")
_WAY_TO = re.compile(r"\s+(?:a\s+|the\s+|new\s+|other\s+)?ways?\s+to\s")
_FOUND_NOT_FINDING = re.compile(r"\b(?:help|helped|helps|helping|to|personally|be|been|being)\s+found$")
# a verb right before "plans" ("accelerating plans", "did not unveil plans"), or "has", "no", "new": a
# noun ("dampened plans", after a past tense, is reported.noun_use's)
_NOUN_PLANS_BEFORE = re.compile(r"\b(?:[a-z]{3,}ing|out|unveil|unveils|announce|announces|outline|outlines|detail|details|"
                                r"has|have|had|no|new|any)\s+$")
_PLANS_TO = re.compile(r"\s+(?:[a-z]+ly\s+)?to\s")
_I_QUOTE = re.compile(r"(?:(?:\band\s+)?\bI\s+|,\s*)quote\s*,")


# Cue words that, in some company, report nothing. Each check reads masked text around the cue
# (sentence start s, cue start a and end b, sentence end e) and says whether this use is one of them.
def _plans_not_reporting(m: str, s: int, a: int, b: int, e: int) -> bool:
    # "27 different plans for Europe", "the plans rose", "dampened plans to return": a noun; the
    # verb plans to do something
    return not _PLANS_TO.match(m, b, e) or bool(_NOUN_PLANS_BEFORE.search(m, max(s, a - 20), a))


def _show_not_reporting(m: str, s: int, a: int, b: int, e: int) -> bool:
    # "an hourlong show that aired": a noun after a determiner and an adjective ("their polls show" is a verb)
    noun = _NOUN_SHOW.search(m, max(s, a - 30), a)
    return bool(noun) and noun.group(1) in ("a", "an", "A", "An")


def _showing_not_reporting(m: str, s: int, a: int, b: int, e: int) -> bool:
    # "a poor showing in Iowa", "her best showing", "Johnson's second-best showing", "an unexpectedly
    # strong third-place showing": a noun after a determiner and its adjectives
    return bool(_NOUN_SHOW.search(m, max(s, a - 30), a) or _SHOWING_NOUN.search(m, max(s, a - 50), a))


def _call_not_reporting(m: str, s: int, a: int, b: int, e: int) -> bool:
    # "she called into a radio show", "called off the deal": phoned in or cancelled, said nothing
    return bool(_CALLED_IN.match(m, b, e))


# "Critics call it the enforcement of political correctness", "64 percent call him competent": the
# plain form names what a pronoun stands for; elsewhere it is mostly a noun ("a roll call vote") or a
# summons ("call on", "call for", "to call a meeting")
_CALL_NAMING = re.compile(r"\s+(?:it|him|her|them|this|that|themselves|himself|herself)\s+(?!(?:to|on|for|out|up|back|"
                          r"in|off|and|or|but|a\s+day)\b)[#\w]")


def _plain_call_not_reporting(m: str, s: int, a: int, b: int, e: int) -> bool:
    return not _CALL_NAMING.match(m, b, e) or m.endswith(("to ", "To "), max(s, a - 3), a)


def _hope_not_reporting(m: str, s: int, a: int, b: int, e: int) -> bool:
    # "fear of crime", "fear mongering", "fear for their safety": a noun, or a worry with no
    # clause; "officials hope the technology can help" hopes a clause
    return bool(_NO_CLAUSE_AFTER.match(m, b, e))


def _found_not_reporting(m: str, s: int, a: int, b: int, e: int) -> bool:
    # "found ways to press his agenda", "helped found Fox News", "can be found here": a means, a
    # founding or a place, no finding
    return bool(_WAY_TO.match(m, b, e) or _FOUND_NOT_FINDING.search(m, max(s, b - 24), b))


def _telling_not_reporting(m: str, s: int, a: int, b: int, e: int) -> bool:
    # "Perhaps most telling", "the one that's most telling to Democrats": an adjective
    return bool(_DEGREE_BEFORE.search(m, max(s, a - 14), a))


def _named_not_reporting(m: str, s: int, a: int, b: int, e: int) -> bool:
    # "an academic named Eric Kingson", "a movement named for its founder": what someone is called
    return bool(_NAMED_FOR.match(m, b, e) or _NOUN_NAMED.search(m, max(s, a - 30), b) and _NAME_NEXT.match(m, b, e))


def _wonder_not_reporting(m: str, s: int, a: int, b: int, e: int) -> bool:
    # "No wonder Trump said ...": an idiom, no one wonders
    return m.endswith(("No ", "no "), s, a)


def _quote_not_reporting(m: str, s: int, a: int, b: int, e: int) -> bool:
    # 'Trump said, and I quote, "..."': the writer's aside, no statement of its own
    return bool(_I_QUOTE.search(m, max(s, a - 8), b + 2))


# "adding to his wins", "a third judgeship added to it": made bigger, not said
_ADDED_TO = re.compile(r"\s+to\s+(?:his|her|its|their|our|my|it|this)\b")


def _add_not_reporting(m: str, s: int, a: int, b: int, e: int) -> bool:
    return bool(_ADDED_TO.match(m, b, e))


# "compared with 11 percent", "when compared to": a comparison, no judgement (a passive, "was likened
# to", is the cue's own passive reading); the judgement "Lee compared the plan to a bailout" names what
# is compared before "to"
_COMPARED_AS_PREPOSITION = re.compile(r"\s+(?:to|with)\b")
_COMPARED_TO = re.compile(r"\s(?:to|with)\s")


def _compared_not_reporting(m: str, s: int, a: int, b: int, e: int) -> bool:
    return bool(_COMPARED_AS_PREPOSITION.match(m, b, e) or not _COMPARED_TO.search(m, b, min(e, b + 80)))


_OTHER_SENSE = {
    "plans": _plans_not_reporting, "show": _show_not_reporting, "showing": _showing_not_reporting,
    **dict.fromkeys(_CALL_FORMS - {"call"}, _call_not_reporting), "call": _plain_call_not_reporting,
    **dict.fromkeys(_HOPE_FEAR, _hope_not_reporting),
    "found": _found_not_reporting, "telling": _telling_not_reporting, "named": _named_not_reporting,
    "wonder": _wonder_not_reporting, "quote": _quote_not_reporting, "quoting": _quote_not_reporting,
    **dict.fromkeys(("add", "adds", "added", "adding"), _add_not_reporting),
    **dict.fromkeys(("compared", "compares", "likened", "likens"), _compared_not_reporting),
}


def other_sense(verb: str, masked: str, s: int, cue_start: int, cue_end: int, e: int) -> bool:
    """Is the cue word here in one of its senses that report nothing (see `_OTHER_SENSE`)? s and e
    are the sentence's bounds."""
    check = _OTHER_SENSE.get(verb)
    return check is not None and check(masked, s, cue_start, cue_end, e)


# "In the poll, 7 percent said they ...": a short prepositional preface before the subject is
# where or when, not what was said ("According to the survey, 7 percent said ...": who reports it)
_PREFACE = re.compile(
    r"\s*(?:(?:But|And|Yet|So)\s+)?(?:In|Of|On|At|During|After|Before|For|With|Under|Among|Since|From|Over|Despite|"
    r"Unlike|Like|Throughout|Across|Inside|Outside|Within|Amid|Following|According\s+to)\s[^,#;:]{1,60},\s*")


def preface_only(masked: str, lo: int, subject_start: int, after_cue: int) -> bool:
    if masked.startswith(",", after_cue) or masked[after_cue:after_cue + 2].strip().startswith(","):
        # "By then, she said, the bridge was closed": the attribution interrupts the clause
        return False
    m = _PREFACE.match(masked, lo, subject_start)
    return m is not None and m.end() == subject_start


# "..., Clinton allies believe \u2014 backers she will need": after a dash comes an aside, not content
_DASH = re.compile(r"\s*(?:\u2014|\u2013|--|-\s)")


def dash_after(masked: str, after_cue: int) -> bool:
    return _DASH.match(masked, after_cue) is not None


# "The move was criticized by economists": the passive's subject is the content, its agent the source
# ("was supported Friday by", "was endorsed the day before by": when may come first)
_BY = re.compile(rf"\s+(?:(?:on\s+)?{DAYS}\s+|the\s+(?:day|week)\s+(?:before|after)\s+)?by(?=\s)")
_BE_END = re.compile(r"\s+(?:was|were|is|are|been|being|be)(?:\s+(?:also|widely|hotly|sharply|roundly|quickly|"
                     r"strongly|publicly|first|later|not|never))*\s*$")


# verbs of judging whose passive keeps the judgement ("was echoed by" only repeats)
_PASSIVE_VERBS = frozenset("""criticized criticised opposed reported endorsed described praised supported backed
condemned denounced rejected disputed challenged questioned confirmed cited accused blamed attacked welcomed
defended dismissed proposed recommended urged favored favoured hailed lauded slammed blasted panned echoed claimed
derided rebuked applauded berated reviled championed ridiculed mocked lambasted chastised scolded assailed faulted
decried""".split())


_AGENT_TAIL = re.compile(r"\s+(?:as|for|in|on|at|during|after|over|because|when|while|already|again|too|himself|"
                         r"herself|themselves|last|earlier|later|yesterday|today)\b")
# a name in apposition after a description: ", Rachel Reeves," ", Ann Lee."
_NAME_APPOSITIVE = re.compile(r",\s+((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)(?=\s*[,.;]|\s*$)")


def source_is_named(text: str, source: tuple[int, int]) -> bool:
    """Does the mention end in a capitalised word ("President Ann Lee", not "the shadow chancellor")?"""
    words = _q._WORD.findall(text, *source)
    return bool(words) and words[-1][:1].isupper()


def passive_by(par, e: int, subject: tuple[int, int], cue: tuple[int, int]) -> "_q.Finding | None":
    text, masked = par.text, par.masked
    if _q._WORD.findall(text, *cue)[-1] not in _PASSIVE_VERBS:
        return None
    by = _BY.match(masked, cue[1], e)
    if not by:
        return None
    np = _q._NP_AFTER.match(masked, by.end(), e)
    if not np:
        return None
    source = _q._strip(text, np.start(1), np.end(1))
    tail = _AGENT_TAIL.search(masked, source[0], source[1])
    if tail:
        # "was derided by Ann Lee as a gimmick", "berated by his father for ...": the agent ends there
        source = (source[0], tail.start())
    if not _q._is_mention(_q._WORD.findall(text, *source)):
        return None
    named = _NAME_APPOSITIVE.match(masked, source[1], e)
    if named and not source_is_named(text, source):
        # "dismissed by Labour's shadow chancellor, Rachel Reeves, who ...": the name it gives
        source = (source[0], named.end(1))
    be = _BE_END.search(text, subject[0], subject[1])
    if not be or be.start() <= subject[0]:
        return None
    spans, kind, open_q = _q._spans_and_kind(text, par.regions, subject[0], be.start())
    if kind != "indirect":
        return None
    return _q.Finding(spans, kind, source, cue, par.index, open_quote=open_q)


# "a deal she once supported", "which his colleague defended": the object is the noun phrase
# (or the relative pronoun) before the subject, when nothing follows the cue
_OBJECT_BEFORE = re.compile(
    r"(?:\b(?:which|whom)|\b(?:a|an|the|this|these|those|his|her|their|its)(?:\s+[\w'\u2019-]+){1,3}?)\s+$")
_NOTHING_AFTER = re.compile(r"[\s.;:!?)\]]*$")


def object_relative(par, lo: int, subject: tuple[int, int], cue: tuple[int, int], rest: str) -> "_q.Finding | None":
    if not _NOTHING_AFTER.match(rest):
        return None
    masked = par.masked
    m = _OBJECT_BEFORE.search(masked, max(lo, subject[0] - 40), subject[0])
    if not m or _q.MASK in m.group():
        return None
    spans, kind, open_q = _q._spans_and_kind(par.text, par.regions, m.start(), subject[0])
    if kind != "indirect":
        return None
    return _q.Finding(spans, kind, subject, cue, par.index, open_quote=open_q)


# "that Mrs. Clinton, who has raised the most, still faces ...": the content goes on past the
# relative clause, which is no part of it
_RELATIVE_OPEN = re.compile(r",\s+(?:who|which)\s")
_RELATIVE_CLOSE = re.compile(r",\s+(?=(?:still|also|now|will|would|could|can|may|might|must|should|has|have|had|"
                             r"is|was|are|were|does|did|do|remains|faces|wants|needs|[a-z]+ed)\s)")


def past_relative(text: str, masked: str, verb: str, spans: list, e: int) -> list:
    last_end = spans[-1][1]
    opened = _RELATIVE_OPEN.match(masked, last_end)
    if not opened:
        return spans
    close = _RELATIVE_CLOSE.search(masked, opened.end(), min(e, opened.end() + 160))
    if not close or _q._SENTENCE_PUNCT.search(masked, opened.end(), close.start()) or \
            _q.MASK in masked[opened.end():close.start()] or "," in masked[opened.end():close.start()]:
        return spans
    end = _q._content_end(masked, close.end(), e)
    end = object_end(text, masked, verb, close.end(), end)
    more = _q._strip(text, close.end(), end)
    if more[0] >= more[1] or _q.MASK in masked[more[0]:more[1]]:
        return spans
    return spans + [more]


_PREFACE_COMMA = re.compile(r",\s+")
_LOWER_QUANTIFIED_GROUP = re.compile(
    r"(?:several|many|some|most|few|two|three|four|five|dozens\s+of|hundreds\s+of|thousands\s+of)\s+"
    r"(?:[a-z][\w'\u2019-]*\s+){0,2}[a-z][\w'\u2019-]*s\b(?=\s+[a-z])")
_NAME_OR_PRONOUN = re.compile(r"(?:[A-Z]|(?:he|she|they|we|it)\b)")


def subject_after_prefaces(text: str, masked: str, s: int, cue_start: int) -> tuple[int, int] | None:
    """'On Thursday, however, Trump spoke ..., promising ...': the subject after the prefaces."""
    pos = s
    for _ in range(3):
        m = _PREFACE_COMMA.search(masked, pos, min(cue_start, pos + 70))
        if not m or _q.MASK in masked[pos:m.start()]:
            return None
        pos = m.end()
        group = _LOWER_QUANTIFIED_GROUP.match(masked, pos, cue_start)
        if group:
            # "In August, several environmental groups granted ..., saying"
            return group.start(), group.end()
        if not _NAME_OR_PRONOUN.match(masked, pos):
            continue
        subject = _q._subject_of_sentence(text, masked, pos, cue_start)
        if subject and subject[1] < cue_start:
            return subject
    return None


# "asked Ann Lee to step down": the addressee and the infinitive are one content (what was asked)
_TO_INFINITIVE = re.compile(r"\s+to\s+[a-z]")


def object_then_infinitive(masked: str, cue_end: int, after_object: int, e: int) -> int:
    if after_object > cue_end and _TO_INFINITIVE.match(masked, after_object, e):
        return cue_end
    return after_object


# what after "X, he said" is no content of its own: a semicolon opening the next clause, or when
# and where it was said up to the sentence's end ("Wednesday morning on MSNBC")
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)"
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
# "in 2014", "in early March", "on Jan. 5, 2016", "last year", "earlier this month"
_DATE = (rf"(?:(?:in|on|since|during|by)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{{4}}|{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?)|"
         r"(?:last|this|earlier\s+this|later\s+that|earlier\s+that)\s+(?:week|month|year|spring|summer|fall|autumn|winter))")
_NO_CONTENT_AFTER = re.compile(
    rf"\s*(?:;|(?:(?:(?:on|last|this|early|late|later|earlier)\s+)?(?:{_DAY}(?:\s+{_PART_OF_DAY})?|{_PART_OF_DAY})|{_DATE})"
    r"(?:\s+(?:on|in|at|during|to|from)\s[^,;:.!?]{1,60})?[\s.!?]*$|"
    # "argued in interviews this week;": where it was said, and the sentence goes on to something else
    r"(?:in|during)\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:interviews?|statements?|speech|speeches|remarks|"
    r"testimony|letters?|e-?mails?|posts?|tweets?)\b[^,;:.!?#]{0,40}(?:[\s.!?]*$|\s*;))")


def no_content_after(masked: str, start: int, e: int) -> bool:
    return _NO_CONTENT_AFTER.match(masked, start, e) is not None


# before a cue with a that-clause, a plain noun phrase is the subject even when it looks like no name
# ("research by four economists suggests that ..."); any word of a clause rules it out
_THAT_NEXT = re.compile(r"\s+that\s")
_CLAUSE_WORDS = frozenset("""is was are were has have had will would can could should may might must do does did
it this which what who whom there here if when while because and or but not so as than that said says""".split())
_LAST_CLAUSE = re.compile(r"(?:[,;:(#\u2014\u2013]|\s-\s)(?=[^,;:(#\u2014\u2013]*$)")


def subject_before_that(text: str, masked: str, lo: int, cue_start: int, cue_end: int) -> tuple[int, int] | None:
    if not _THAT_NEXT.match(masked, cue_end):
        return None
    window_start = max(lo, cue_start - 160)
    m = _LAST_CLAUSE.search(masked, window_start, cue_start)
    start = m.end() if m else window_start
    if not m and window_start > lo:
        return None
    s, e = _q._strip(text, start, cue_start)
    words = _q._WORD.findall(text, s, e)
    if not 2 <= len(words) <= 12 or any(w.lower() in _CLAUSE_WORDS for w in words):
        return None
    lead = _q._LEADING_CONNECTIVE.match(text, s, e)
    if lead:
        s = lead.end()
    return (s, e) if s < e else None


# "As many experts have pointed out, the rule is clear": the source and its cue in an "as" clause,
# then the content after the comma
_AS_OPENING = re.compile(r"\s*(?:(?:But|And|Yet|So)\s*,?\s+[Aa]s|As)\s+(?!(?:soon|long|well|far|a\s+result|of|for|to|(?:many|much)\s+as|"
                         r"if|though|such|usual|always|expected|noted|reported|promised)\b[\s,])")
_AS_CUE_VERBS = frozenset("""said says noted notes argued argues explained explains reported reports wrote
writes warned warns predicted predicts observed observes suggested suggests acknowledged acknowledges stated
states claimed claims insisted insists told""".split()) | {"pointed out", "points out"}
_COMMA_NEXT = re.compile(r"(?:\s+(?:before|earlier|repeatedly|often|many\s+times|last\s+\w+))?\s*,\s+")


def as_clause_cue(par, s: int, e: int) -> "_q.Finding | None":
    masked, text = par.masked, par.text
    opening = _AS_OPENING.match(masked, s, e)
    if not opening:
        return None
    cue = CUE.search(masked, opening.end(), min(e, opening.end() + 140))
    if not cue or cue.group("verb") not in _AS_CUE_VERBS:
        return None
    comma = _COMMA_NEXT.match(masked, cue.end(), e)
    if not comma:
        return None
    source = _q._strip(text, opening.end(), cue.start())
    words = _q._WORD.findall(text, *source)
    if not 1 <= len(words) <= 12 or _q.MASK in masked[source[0]:source[1]] or \
            any(w.lower() in _CLAUSE_WORDS for w in words):
        return None
    spans, kind, open_q = _q._spans_and_kind(text, par.regions, comma.end(), _q._content_end(masked, comma.end(), e))
    if not spans:
        return None
    return _q.Finding(spans, kind, source, (cue.start(), cue.end()), par.index, open_quote=open_q)


# "In a new Fox News poll, Clinton leads by six points": a poll is a source and "in" its cue, the
# clause after the comma its content; "Trump leads Cruz by nine points in the latest poll." the
# same with the clause before it. The noun phrase must end in (or hold) a poll's own word.
_POLL_WORDS = r"(?:poll|polls|survey|surveys|polling)"
_POLL_FIRST = re.compile(
    rf"\s*(?:(?:But|And|Yet|So)\s+)?(?P<cue>In)\s+(?P<np>(?:the|a|an|this|that|our|their|its|[A-Z][\w.'\u2019-]*['\u2019]s|"
    rf"exit|recent|new|national|state|latest)\b[^,;:#.!?]{{0,80}}?\b{_POLL_WORDS}\b[^,;:#.!?]{{0,50}}?"
    r"(?:,\s+(?:conducted|released|taken|published)\b[^,;:#.!?]{0,60})?),\s+")
_POLL_LAST = re.compile(
    rf"\s(?P<cue>in)\s+(?P<np>(?:the|a|an|this|that|our|their|its|[A-Z][\w.'\u2019-]*['\u2019]s|exit|recent|new|national|"
    rf"state|latest)\b[^,;:#.!?]{{0,80}}?\b{_POLL_WORDS}\b(?:\s+[^\s,;:#.!?]+){{0,4}}?)\s*[.!?]?\s*$")


def poll_finding(par, s: int, e: int, found: list) -> "_q.Finding | None":
    masked, text = par.masked, par.text
    if masked.find("oll", s, e) < 0 and masked.find("urvey", s, e) < 0:
        return None
    m = _POLL_FIRST.match(masked, s, e)
    if m:
        start, end = m.end(), _q._content_end(masked, m.end(), e)
    else:
        m = _POLL_LAST.search(masked, max(s, e - 160), e)
        if not m or m.start() <= s:
            return None
        if _GENERIC_POLLS.fullmatch(masked, m.start("np"), m.end("np")):
            # "Trump leads in the polls", "she is ahead in national polls", "voters head to the polls": the
            # polls in general measure a standing, or are where people vote; no poll is named as saying it
            return None
        start, end = s, m.start()
        lead = _q._LEADING_CONNECTIVE.match(text, *_q._strip(text, start, end))
        if lead:
            start = lead.end()
    if _q.MASK in masked[m.start("np"):m.end("np")] or CUE.search(masked, m.start("np"), m.end("np")):
        # "in a poll last year said ...": the noun phrase holds a cue of its own
        return None
    spans, kind, open_q = _q._spans_and_kind(text, par.regions, start, end)
    if not spans or kind != "indirect" or len(_q._WORD.findall(text, spans[0][0], spans[-1][1])) < 3:
        return None
    for f in found:
        if f.spans[0][0] < end and start < f.spans[-1][1]:
            # the clause holds another cue's statement, which tells more of who said what
            return None
    np_end = m.end("np")
    word = _POLL_WORD_THEN.search(masked, m.start("np"), np_end)
    if word and not word.group(1):
        # "in the polls over Cruz in Indiana": the polls, not where or whom they measure
        np_end = word.end()
    source = _q._strip(text, m.start("np"), np_end)
    return _q.Finding(spans, kind, source, (m.start("cue"), m.end("cue")), par.index, open_quote=open_q)


# polls in general: no pollster, no single poll ("the polls", "state and national polls", "the latest polls over Cruz")
_GENERIC_POLLS = re.compile(rf"(?:the\s+)?(?:(?:latest|recent|early|national|state|public|opinion|and)\s+)*"
                            rf"(?:polls|polling(?:\s+averages?)?)(?:\s+(?:over|against|there|since|lately|again)\b.*)?")


# the poll's own word and whether "of ..." (whom it asked) or "conducted ..." goes on from it
_POLL_WORD_THEN = re.compile(rf"\b{_POLL_WORDS}\b(?=(,?\s+(?:of|by|from|for|conducted|released|taken|published)\b)?)")


# "is convinced that", "were worried that": a participle that names a state of mind, then a
# that-clause; "It was reported that" has no one who holds it
_THAT_NEXT_WORD = re.compile(r"\s+that\s")
_IMPERSONAL = frozenset({"it", "It", "this", "This", "that", "That", "there", "There"})


def belief_that(text: str, masked: str, subject: tuple[int, int], cue_end: int) -> bool:
    if not _THAT_NEXT_WORD.match(masked, cue_end):
        return False
    return text[subject[0]:subject[1]].split()[0] not in _IMPERSONAL


# "42% say", "three-quarters of the voters said", "about one in four Republicans think": a share
# of people polled is who holds the view, though it names no one
_NUMBER = rf"(?:{'|'.join(COUNT_WORDS)}|\d+)"
_QUANTITY_SUBJECT = re.compile(
    r"(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Aa]round|[Mm]ore\s+than|[Ff]ewer\s+than|[Ll]ess\s+than|[Oo]nly|[Jj]ust|"
    r"[Aa]s\s+many\s+as|[Aa]t\s+least|[Ff]ully|[Aa]\s+full|[Ee]ven)\s+)?"
    rf"(?:\d[\d,.]*\s*(?:%|percent\b)|\d{{1,3}}|{_NUMBER}(?:-|\s+)(?:in|out\s+of)(?:-|\s+){_NUMBER}|"
    r"(?:one|two|three|a)[-\s](?:half|thirds?|quarters?|fourths?|fifths?)|[Hh]alf|[Mm]ost|[Aa]\s+majority|[Mm]ajorities|"
    r"[Tt]he\s+majority|[Aa]\s+plurality|[Aa]\s+minority|[Nn]one|[Bb]oth|[Ff]ew|[Aa]\s+few|[Ss]everal|[Dd]ozens|"
    r"[Hh]undreds|[Tt]housands|[Aa]ll\s+but\s+{_NUMBER}|[Ee]veryone|[Nn]o\s+one|[Ee]ach|"
    r"[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)"
    r"(?:\s+(?:of|among|in|from)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,6}|(?:\s+[a-z][\w-]*){0,2}\s+(?:[a-z][\w-]*s|men|women|people))?")


def quantity_subject(text: str, s: int, e: int) -> bool:
    if not _QUANTITY_SUBJECT.fullmatch(text, s, e):
        return False
    words = _q._WORD.findall(text, s, e)
    return len(words) <= 10 and not any(w.lower() in _CLAUSE_WORDS - _QUANTITY_WORDS for w in words)


_QUANTITY_WORDS = frozenset({"than", "as"})


# "pro-life members of the party", "executives there", "domestic and international critics": people
# in the plural, then where they belong
_PREPOSITIONS = frozenset("of in at from on for with across around inside outside within there here".split())
_PEOPLE = frozenset({"men", "women", "people", "children"})
_NOT_IN_PEOPLE = (_CLAUSE_WORDS - {"there", "here"}) | frozenset("to by has have had be been being".split())


def people_subject(words: list[str]) -> bool:
    if not words or len(words) > 9 or any(w.lower() in _NOT_IN_PEOPLE for w in words):
        return False
    if words[0].lower() in ("even", "only", "also", "many", "some", "most", "all", "other", "these", "those"):
        words = words[1:]
    i = next((k for k, w in enumerate(words) if w.lower() in _PREPOSITIONS), len(words))
    head = words[:i]
    if not 1 <= len(head) <= 4 or len(words) - i > 6:
        return False
    last = head[-1].lower()
    return last in _PEOPLE or (last.isalpha() and last.endswith("s") and not last.endswith(("ss", "us", "is", "ics"))
                               and len(last) > 3)


def coordinated_mention(words: list[str]) -> bool:
    """'attorneys and legal experts', 'Chinese companies and ordinary traders': two mentions joined by "and"."""
    if words.count("and") != 1:
        return False
    i = words.index("and")
    return 0 < i < len(words) - 1 and _q._is_mention(words[:i]) and _q._is_mention(words[i + 1:])
