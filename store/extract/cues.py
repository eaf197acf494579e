"""The words that report speech or thought: verbs, their auxiliaries, "according to".

Kept as data plus compiled patterns so that quotes.py reads as rules, not word lists.
Verbs are matched case-sensitively in lower case: "States" in "United States"
and "Reports" in a title are not cues.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

# verbs that take the reported content as a clause ("said (that) ...") or a quote
_SPEECH = """
said says say saying told tells tell telling added adds adding wrote writes writing
reports commented characterized characterizes reminds recited recites mocks rebuts rebutted
noted notes noting explained explains explaining argued argues arguing argue
claimed claims claiming claim insisted insists insisting insist maintained maintains
maintaining stated declared declares declaring announced announces announcing
warned warns warning warn acknowledged acknowledges acknowledging admitted admits
admitting conceded concedes conceding continued replied replies responded responds
tweeted tweets posted suggested suggests suggesting stressed stresses stressing
emphasized emphasizes emphasised recalled recalls recalling predicted predicts predicting
promised promises promising vowed vows vowing pledged pledges pledging
believes believed believe thinks think thought contended contends countered counters
complained complains complaining charged alleged alleges alleging observed remarked
reported confirmed confirms agreed agrees joked quipped testified mused wondered
read reads sang sings chanted chanting hinted cautioned boasted bragged lamented estimated hoped hopes hope feared fears fear worried worry worries
assured assures reiterated reiterates reminded disclosed revealed reveals indicated
indicates signaled signalled implied proclaimed asserted asserts asserting shouted
yelled asked asks asking predicted concluded concludes contend observed acknowledge
admit deny denied denies noted insisted emphasizing explaining pointing
allege complain assert testify disagree
reasoned theorized surmised reckoned guessed swore swears reassured affirmed affirms confessed elaborated
pleaded implored concurred grumbled griped objected fretted whispered muttered insinuated
"""
# verbs of wanting, judging and finding: PolNeAR-style attributions of stance, not only speech
_STANCE = """
wants want wanted hopes hoped sought seeks urged urges accused accuses criticized
criticizes endorsed endorses found finds show shows showed showing described describes
blamed blames praised praises rejected rejects dismissed dismisses defended defends
cited cites proposed proposes refused refuses demanded demands
called calls calling call
declined declines plans intends decided threatened supports supported opposes
welcomed welcomes condemned condemns denounced denounces blasted slammed slams mocked
questioned doubts doubted considers knows sees
disputes dispute disputing opposing
reject dismiss
scolded berated castigated ridiculed derided lauded deplored refuted scolds ridicules derides refutes consider
compared compares likened likens
"""
STANCE_VERBS = frozenset(_STANCE.split())


def _learned(min_count: int = 3, min_precision: float = 0.25) -> frozenset[str]:
    """Cue words learned from annotated news (learn_cues.py): often and precisely enough a cue,
    with the content after them (their object, a that-clause, a quote), not before."""
    path = Path(__file__).with_name("data") / "cues.json"
    try:
        cues = json.loads(path.read_text(encoding="utf-8"))["cues"]
    except (OSError, ValueError, KeyError):
        return frozenset()
    return frozenset(w for w, d in cues.items()
                     if d["n"] >= min_count and d["p"] >= min_precision and d["shapes"].get("before", 0) * 2 < d["n"])


# learned cue words whose use in news is mostly something else: "when asked about the plan" is
# the question put to the speaker, "the vote follows a week of talks" a sequence of events,
# "quoted him as saying" the quote's own cue
_NOT_CUES = frozenset({"asked about", "follows", "quoted"})
LEARNED_VERBS = _learned() - _NOT_CUES


def _inflections(phrases) -> frozenset[str]:
    """The other tenses of learned verb phrases: "warned of" gives "warns of" and "warning of",
    which news uses as often but the annotated articles held too rarely to learn."""
    out = set()
    for phrase in phrases:
        verb, _, rest = phrase.partition(" ")
        if not rest or not verb.endswith(("ed", "ing", "s")):
            continue
        stem = verb[:-2] if verb.endswith("ed") else verb[:-3] if verb.endswith("ing") else verb[:-1]
        if len(stem) < 3:
            continue
        # a stem that lost its final e ("argued", "hoping") takes it back for -s
        forms = {stem + "ed", stem + "ing", stem + "s", stem + "es"}
        out.update(f"{form} {rest}" for form in forms)
    return frozenset(out)


LEARNED_VERBS = LEARNED_VERBS | (_inflections(w for w in LEARNED_VERBS if " " in w) - _NOT_CUES)
# verbs that report speech only with a quotation ('barked, "Sit down!"', '"Go!" they were yelling'):
# otherwise they tell what someone did
QUOTE_ONLY = frozenset("""barked exclaimed exclaims jokes joking shouting shouts yelling yells screamed
screams screaming cried cries mouthing mouthed chant chants continues retorted retorts snapped
typed scrawled scrawls penned jotted texted singing reads""".split()) | {"went on"}
# verbs of knowing, agreeing and hoping that report a belief only with a that-clause ("know that
# the plan failed", "made clear that ..."); with an object they tell what someone knew or did
def _learned_that(min_count: int = 3, min_precision: float = 0.5) -> frozenset[str]:
    """Words that, before "that", head a cue often and precisely enough (learn_cues.py)."""
    path = Path(__file__).with_name("data") / "cues.json"
    try:
        table = json.loads(path.read_text(encoding="utf-8"))["that"]
    except (OSError, ValueError, KeyError):
        return frozenset()
    return frozenset(w for w, d in table.items() if d["n"] >= min_count and d["p"] >= min_precision and len(w) > 3
                     and not w.endswith("ly"))


THAT_ONLY = frozenset("""know knew agree note recognize recognized recognizes realize realized realizes
counter maintain""".split()) | {"made clear", "makes clear", "make clear", "making clear"}
SPEECH_VERBS = frozenset(_SPEECH.split()) | STANCE_VERBS | LEARNED_VERBS | QUOTE_ONLY
THAT_ONLY = THAT_ONLY | (_learned_that() - SPEECH_VERBS)
SPEECH_VERBS = SPEECH_VERBS | THAT_ONLY

# verbs whose plain paraphrase is more often a deed than reported speech ("pledged $5 million",
# "backed the bill", "maintains a lead", "writing a book"): they report only with a quotation or
# a that-clause
WEAK_INDIRECT = frozenset("""pledged maintained embraced backing backed supporting denouncing emailed
fears maintains recognized writing demanding""".split()) | (THAT_ONLY - LEARNED_VERBS - frozenset(_SPEECH.split()) - STANCE_VERBS)

# verbs that report only with a quote before them and their subject ('"Vote!" the sign read'):
# elsewhere "read" is reading
QUOTE_FIRST = frozenset({"read"})

# verbs after which the addressee comes before the content ("told Blinken that ...")
TAKES_OBJECT = frozenset("""told tells tell telling assured assures reminded informed
warned warns warning asked asks asking texted emailed""".split())

# participles that hang a statement on the main clause's subject ("Hamas hit back, saying ...")
PARTICIPLES = frozenset("""saying adding noting arguing insisting warning claiming explaining
asserting suggesting stressing emphasizing declaring announcing acknowledging admitting
conceding predicting promising vowing pledging telling""".split()) | {"referring to", "pointing to", "calling for"}
# participles that report speech wherever they stand ("after slamming into the crowd" does not)
SPEECH_PARTICIPLES = frozenset(w for w in _SPEECH.split() if w.endswith("ing")) | PARTICIPLES | frozenset(
    "denying accusing urging blaming criticizing praising questioning describing calling asking thanking blasting "
    "dismissing attacking tweeting mocking threatening endorsing rejecting condemning denouncing defending "
    "challenging lambasting ridiculing hailing touting revealing confirming proclaiming expressing".split())

# verbs that can stand after the quote with the speaker after them ("..., said Smith")
INVERTIBLE = frozenset("""said says say added adds wrote writes noted notes explained argued
asked asks continued replied responded told tells insisted warned recalled
declared stated concluded countered tweeted posted yelled shouted quipped joked complained
claimed asserted acknowledged admitted cautioned observed remarked reiterated insists argues
explains recalls predicted suggested reported reports agreed agrees answered offered""".split()) | {"shot back", "fired back"}
INVERTIBLE = INVERTIBLE | QUOTE_ONLY



def _trie(words) -> str:
    """One regex alternation for many words, shared prefixes factored out: much faster to scan."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            # longest first: the branch is tried before the word ends here
            return "(?:" + body + ")?"
        return body

    return walk(tree)


_AUX_WORDS = """has have had will would could may might must should also later previously
again repeatedly long reportedly publicly privately once recently often then further
flatly already never simply quickly first still even just not did does do been being since
loudly angrily bluntly openly quietly firmly strongly sharply proudly jokingly defiantly confidently
briefly initially originally officially actually subsequently immediately separately similarly
ultimately eventually finally""".split()
_AUX = rf"(?:{_trie(_AUX_WORDS)}\s+){{0,3}}"

# verbs whose preposition belongs to the cue: "called for a ban", "pointed to the polls"
PHRASAL = frozenset({"called for", "calls for", "calling for", "call for", "pointed to", "points to",
                     "pointing to", "referring to", "referred to", "refers to", "put it", "puts it"})
# a claim put as a deed: "filed a motion to unseal", "tried to make the case that"
CLAIM_PHRASES = frozenset(f"{verb} {noun}" for verb in ("filed", "files", "filing", "file")
                          for noun in ("a motion", "a lawsuit", "suit", "a complaint", "a petition", "papers",
                                       "legal papers", "court papers")) | \
    frozenset(f"{verb} the case" for verb in ("make", "makes", "made", "making"))
_VERBS = _trie(SPEECH_VERBS | PHRASAL | CLAIM_PHRASES | {"pointed out", "points out", "went on", "shot back", "fired back"})

# a cue: optional auxiliaries, then a speech verb as a whole word, not part of a hyphenated
# compound ("self-described", "a sought-after speaker")
# (the lookahead skips, cheaply, every position where no cue or auxiliary can start)
_FIRST = "".join(sorted({w[0] for w in SPEECH_VERBS | PHRASAL | CLAIM_PHRASES | set(_AUX_WORDS)}))
CUE = re.compile(rf"\b(?<![-\u2010])(?=[{_FIRST}]){_AUX}(?P<verb>{_VERBS})\b(?![-\u2010][A-Za-z])")

# after a quote that ends in ? or !, a capitalised word may still open its attribution
# ('"Why not?" Ann Lee asked.'): no sentence ends there
ATTRIBUTION_AHEAD = re.compile(rf"\s+[A-Z][\w.'\u2019-]*(?:\s+[\w.'\u2019-]+){{0,4}}?\s+{_AUX}(?:{_VERBS})\b")

# "by adding", "for acknowledging": a participle after a preposition is part of the content
# (nor after an auxiliary: "that both were referring to studies" goes on, a progressive of the clause)
_NOT_AFTER_PREPOSITION = "".join(rf"(?<!\b{p})" for p in ("by", "for", "of", "in", "without", "from", "about",
                                                           "is", "are", "was", "were", "been", "be"))

# a second reporting verb coordinated with the first ("conceded that A but implied that B")
# or a participle hanging a new statement on the subject (", adding that B"): content stops there
# "promised a veto and attempted to make the case that ...": an attempt at a second cue is one too
TRIED_TO = r"(?:(?:tried|attempted|sought|tries|attempts|seeks|moved|began|went on)\s+to\s+)?"
# (after a comma, any participle of speaking that is a cue word: ", citing the cost", ", accusing him of …")
_AFTER_COMMA = sorted((w for w in SPEECH_PARTICIPLES - PARTICIPLES | {"citing"} if CUE.fullmatch(w)), key=len, reverse=True)
# (every match opens on a space or a comma: the lookahead skips, cheaply, every other position)
NEXT_CUE = re.compile(
    rf"(?=[\s,])(?:\s+(?:and|but)\s+{_AUX}{TRIED_TO}(?:{_VERBS})\b|,?{_NOT_AFTER_PREPOSITION}\s+(?:and\s+)?(?:{'|'.join(sorted(PARTICIPLES, key=len, reverse=True))})\b|"
    rf",\s+(?:{'|'.join(_AFTER_COMMA)})\b)")

ACCORDING = re.compile(r"(?=[Aa])\b[Aa]ccording to\b")

# words that may sit between the cue and the content without being content
DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|recently|earlier|later|last\s+\w+|this\s+week|on\s+Twitter)"
