"""Words that show a statement answers someone: rebuttal verbs, dismissive words, pointers to a claim.

Each cue has a weight: how sure a reader would be, from that cue alone,
that the statement answers an earlier one. The linker adds them up with
topic overlap and the speakers' names.
"""
from __future__ import annotations

import re
from functools import lru_cache

# A case-blind pattern is slow to try at every position of a text; most texts hold none of its
# words. Each pattern below has a hint: lower-case words, at least one of which any match must
# contain, looked for as they are (fast) in the text's lower case. The hint only rules out.
# Four characters match an ASCII letter when case is ignored though they are no upper case of
# it ("ſ" matches "s", the Kelvin sign "k", dotted and dotless "I" match "i"): a text holding
# one is always tried in full. One search for every hint's words at once (`_ANY_HINT`) rules
# out most texts before any one hint is looked for. Every pattern's match opens each of its
# hint's words at the start of a word ("denied" for "deni", "took issue" for "issue", "people
# who knock" for "knock"), so that the searches look only where a word starts: a hint's word
# found only inside a word ("lie" in "believe") speaks for no match.
_CASE_ODD = ("\u0130", "\u0131", "\u017f", "\u212a")
_HINT_WORDS: list[str] = []


def _hint(*words: str) -> re.Pattern:
    """A search for any of `words` (lower case, as they are) opening a word (see `_lowered`)."""
    _HINT_WORDS.extend(words)
    return _any_of(list(words))


def _any_of(words: list[str]) -> re.Pattern:
    """A search for any of `words` (small letters and spaces) opening a word in the bytes
    `_lowered` gives, as a tree of their letters: after each space, one letter is matched
    against the next letters of all the words at once."""
    assert all(set(w) <= set("abcdefghijklmnopqrstuvwxyz ") for w in words)
    tree: dict = {}
    for w in sorted(set(words), key=len):
        node = tree
        for ch in w:
            if "" in node:
                break  # a shorter word already found wherever this one is
            node = node.setdefault(ch, {})
        else:
            node.clear()
            node[""] = {}

    def branch(node: dict) -> str:
        if "" in node:
            return ""
        alts = [re.escape(ch) + branch(sub) for ch, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    # (the space first: a search skips fast from space to space)
    return re.compile((" (?:" + "|".join(re.escape(ch) + branch(sub) for ch, sub in sorted(tree.items())) + ")")
                      .encode("ascii"))


# every byte of a text's UTF-8 but a small letter made a space: a space stands before each word's
# first letter, whatever stood there (a quotation mark, a dash, "\u201c", the text's start)
_ONLY_SMALL_LETTERS = bytes(b if 97 <= b <= 122 else 32 for b in range(256))


@lru_cache(maxsize=64)
def _lowered(text: str) -> tuple[bytes | None, bool]:
    """The text in lower case as hints are looked for in it, a space before each word (None when
    a hint cannot speak for it), and whether any hint's words open a word of it."""
    if not text.isascii() and any(c in text for c in _CASE_ODD):
        return None, True
    starts = b" " + text.lower().encode("utf-8", "surrogatepass").translate(_ONLY_SMALL_LETTERS)
    return starts, _ANY_HINT.search(starts) is not None


def _may_match(hint: re.Pattern, text: str) -> bool:
    """False only when no match of the case-blind pattern that `hint` goes with can be in `text`."""
    starts, some = _lowered(text)
    return starts is None or (some and hint.search(starts) is not None)

# in the reporting frame ("Hamas hit back, saying …", "Nervo rejected that argument")
_ANSWER_VERBS = re.compile(
    r"(?=[bcdfhmoprst])\b(hit(?:s|ting)? back|fire[sd]? back|firing back|shot back|push(?:ed|es|ing)? back|"
    r"den(?:y|ies|ied|ying|ial)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|(?<!\ba )(?<!\bthe )disput(?:e|es|ed|ing)|"
    r"countered|rebut(?:s|ted|ting)?|refut(?:e|es|ed|ing)|contradict(?:s|ed|ing)?|"
    r"mock(?:s|ed|ing)?|ridicul(?:e|es|ed|ing)|slam(?:s|med|ming)?|blast(?:s|ed|ing)?|"
    r"retort(?:s|ed|ing)?|disagree(?:s|d|ing)?|took issue|take issue|(?<!\ba )(?<!\bthe )challeng(?:e|es|ed|ing)|"
    r"debunk(?:s|ed|ing)?|scoff(?:s|ed|ing)?|oppos(?:e|es|ed|ing))\b", re.I)
_ANSWER_VERBS_HINT = _hint("hit", "fir", "shot", "push", "deny", "deni", "reject", "dismiss", "disput", "counter", "rebut",
                           "refut", "contradict", "mock", "ridicul", "slam", "blast", "retort", "disagree", "issue",
                           "challeng", "debunk", "scoff", "oppos")
# answering, but not always disagreeing ("responded to questions" is not a rebuttal)
_RESPONSE_VERBS = re.compile(
    r"\b(respond(?:s|ed|ing)?|in response|answer(?:s|ed|ing)?|repl(?:y|ies|ied)|defend(?:s|ed|ing)?)\b", re.I)
_RESPONSE_VERBS_HINT = _hint("respon", "answer", "repl", "defend")
# holding a position, said of one's own view as often as against another's
_HOLDING_VERBS = re.compile(
    r"\b(insist(?:s|ed|ing)?|maintain(?:s|ed|ing)?|argu(?:e|es|ed|ing)|call(?:s|ed|ing)? on)\b", re.I)
_HOLDING_VERBS_HINT = _hint("insist", "maintain", "argu", "call on", "calls on", "called on", "calling on")
# in the content: the speaker calls the other side's words wrong
_DISMISSIVE = re.compile(
    r"(?=[abcdfhjlmnorsuw])\b(lie|lies|lied|lying|liar|false(?:ly|hood)?|untrue|not true|wrong|unfounded|baseless|"
    r"nonsense|absurd|ridiculous|outrageous|contradict\w*|misleading|mislead|scapegoat\w*|"
    r"conspiracy theor\w*|smear\w*|fake|bogus|hoax|apologi[sz]e|no evidence|hold weight|"
    r"doesn[’']t mean|does not mean|just because|not accepting)\b", re.I)
_DISMISSIVE_HINT = _hint(
    "lie", "lia", "lying", "false", "untrue", "not true", "wrong", "unfounded", "baseless", "nonsense", "absurd",
    "ridiculous", "outrageous", "contradict", "mislead", "scapegoat", "conspiracy theor", "smear", "fake", "bogus",
    "hoax", "apologi", "no evidence", "hold weight", "doesn", "does not mean", "just because", "not accepting")
# taking a side, not always against anyone in particular ("opposed to the plan", "defend himself against")
# only the speaker's own side ("it's opposed to …"), not another's ("parties who oppose …")
SIDE_TAKING_REACH = 16
_SIDE_TAKING = re.compile(r"\b(opposed|oppose|opposes|opposing)\b", re.I)
# (looked for in the whole content's lower case: what its first words hold, the whole holds)
_SIDE_TAKING_HINT = _hint("oppos")
# words that point at someone else's words ("Blinken's comments", "that argument", "the charge")
_POINTERS = re.compile(
    r"(?=[aceikrst])\b(comments?|remarks?|claims?|charges?|accusations?|allegations?|assertions?|argument|"
    r"complaints?|complain\w*|criticism|critics|rationales?|excuses?|insinuation|suggestion|"
    r"say that|said that|tell that|knocking me)\b", re.I)
_POINTERS_HINT = _hint(
    "comment", "remark", "claim", "charge", "accusation", "allegation", "assertion", "argument", "complain", "critic",
    "rationale", "excuse", "insinuation", "suggestion", "say that", "said that", "tell that", "knocking me")
# the other side spoken of as such, in the content: "the examples that critics point to",
# "those few people knocking me for tweeting"
_CRITICS = re.compile(
    r"\b(?:critics|detractors|naysayers|skeptics|sceptics|opponents|"
    r"(?:those|people|anyone|everyone)\s+(?:few\s+)?(?:people\s+)?(?:who\s+)?"
    r"(?:knock|attack|criticiz|criticis|question|doubt|complain)\w*)\b", re.I)
_CRITICS_HINT = _hint("critic", "detractor", "naysayer", "skeptic", "sceptic", "opponent", "knock", "attack", "question",
                      "doubt", "complain")


# doubt about someone else: "There's an uncertainty whether he can raise money", "questions about her health"
_DOUBT = re.compile(
    r"\b(?:uncertain\w*|unclear|doubts?|doubtful|skeptic\w*|sceptic\w*|not sure|questions?|wonders?)\s+"
    r"(?:\w+\s+){0,2}?(?:whether|if)\s+(he|she|they)\s+(?:can|could|will|would|is|was|has|had)\b", re.I)
_DOUBT_HINT = _hint("uncertain", "unclear", "doubt", "skeptic", "sceptic", "not sure", "question", "wonder")
# speaking for oneself: "I'll be able to raise what's necessary"
# (at the start, or after a space or quotation mark: two patterns, so that a search can skip
# to those marks instead of trying every position)
_FIRST_PERSON_WORD = r"(?:I|I['\u2019](?:m|ll|ve|d)|we|We|we['\u2019](?:re|ll|ve))\b"
_FIRST_PERSON_AT_START = re.compile(_FIRST_PERSON_WORD)
_FIRST_PERSON_AFTER = re.compile(r"[\s\u201c\"']" + _FIRST_PERSON_WORD)


def doubted(content: str) -> str:
    """The pronoun of the third person whose abilities the content doubts ("he" in "an uncertainty
    whether he can raise money"), or ""."""
    m = _DOUBT.search(content) if _may_match(_DOUBT_HINT, content) else None
    return m.group(1).lower() if m else ""


def first_person(content: str) -> bool:
    """The content speaks for its speaker ("I'll be able to ...")."""
    # each first-person word holds "I", "we" or "We": without them, no pattern is tried
    if "I" not in content and "we" not in content and "We" not in content:
        return False
    return bool(_FIRST_PERSON_AT_START.match(content) or _FIRST_PERSON_AFTER.search(content))


def names_critics(content: str) -> bool:
    """The content speaks of the other side as critics ("the examples that critics point to")."""
    return _may_match(_CRITICS_HINT, content) and bool(_CRITICS.search(content))
# the other side's words said back to them ("Every time you say that", "You said you would …")
_SAID_BACK = re.compile(r"\byou (?:say|said|claim|claimed|went on|keep saying)\b", re.I)
_SAID_BACK_HINT = _hint("you say", "you said", "you claim", "you went on", "you keep saying")
# a sentence that opens against what came before
_CONTRAST = re.compile(r"^\W*(but|however|yet|still|instead|in fact)\b", re.I)


def opens_against(sentence: str) -> bool:
    """The sentence opens against what came before ("But Netanyahu has maintained …")."""
    return bool(_CONTRAST.search(sentence))


# after an answer verb: nothing (it answers whoever spoke before) or a pointer at words
_OPEN_AFTER = re.compile(
    r"\s*(?:[,.:;\u2014-]|$)|\s+(?:saying|that|by|in a|in an|on \w+day|the charge|the claims?|"
    r"the accusations?|the allegations?|the criticism|the idea|the complaint|the suggestion|"
    r"(?:that|those|these|such|his|her|their|its) (?:\w+ )?(?:claims?|charges?|argument|accusations?|"
    r"allegations?|comments?|remarks?|criticism|idea|complaint|suggestion|reports?|characterization))\b",
    re.I)


# "responded with attacks": the reply itself, to whoever spoke before ("disagrees with" names its object)
_WITH = re.compile(r"\s+with\b", re.I)


_CLAIM_POINTER = re.compile(
    r"^\W*(?:that|those|these|the|such|this|his|her|their|its|[A-Z][\w.-]*[\u2019']s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:claims?|charges?|argument|arguments|accusations?|allegations?|assertions?|complaints?|criticism|"
    r"idea|notion|suggestion|comments?|remarks?|reports?|characterization|rationales?|excuses?|request|"
    r"statements?|words|tweets?|attacks?|story|version|account)\b")


# kinds of claim, as a pointer names them ("the charge") and as a report of the claim does ("accused")
_CLAIM_KINDS = {
    "charge": r"accus\w*|charg\w*|alleg\w*",
    "criticism": r"critic\w*|attack\w*",
    "claim": r"claim\w*|assert\w*|insist\w*",
    "suggestion": r"suggest\w*|insinuat\w*",
    "complaint": r"complain\w*|complaint\w*",
    "argument": r"argu\w*",
    "request": r"request\w*|motion\w*|petition\w*|ask\w*|sought|seek\w*|demand\w*|urg\w*",
}
_KIND_WORD = [(kind, re.compile(rf"\b(?:{words})\b", re.I)) for kind, words in _CLAIM_KINDS.items()]
# a noun for someone's words, and the kind of claim it names
_POINTER_NOUN = re.compile(
    r"(?=[acdimprs])\b(accusation|charge|allegation|criticism|attack|claim|assertion|insistence|suggestion|"
    r"insinuation|complaint|argument|request|motion|petition|demand)s?\b")
# the nouns themselves, as a hint (the pattern minds case, and finds them in small letters: they
# are in the lower case too)
_POINTER_NOUN_HINT = _hint(
    "accusation", "charge", "allegation", "criticism", "attack", "claim", "assertion", "insistence", "suggestion",
    "insinuation", "complaint", "argument", "request", "motion", "petition", "demand")
_NOUN_KIND = {"accusation": "charge", "charge": "charge", "allegation": "charge", "criticism": "criticism",
              "attack": "criticism", "claim": "claim", "assertion": "claim", "insistence": "claim",
              "suggestion": "suggestion", "insinuation": "suggestion", "complaint": "complaint",
              "argument": "argument", "request": "request", "motion": "request", "petition": "request",
              "demand": "request"}
# what makes the noun a pointer at someone's words: "the charge", "those claims", "Ruiz's two allegations"
_POINTER_BEFORE = re.compile(
    r"\b(?:that|those|these|the|such|this|his|her|their|its|an?|[A-Z][\w.-]*[\u2019']s)\s+(?:[\w-]+\s+){0,2}$")
POINTER_REACH = 40
# every hint's words, defined above
_ANY_HINT = _any_of(_HINT_WORDS)


def claim_kinds_pointed_at(text: str) -> frozenset[str]:
    """The kinds of claim the text points at ("denied the charge" → charge)."""
    out = set()
    starts, some = _lowered(text)
    if starts is not None and (not some or not _POINTER_NOUN_HINT.search(starts)):
        return frozenset()
    for m in _POINTER_NOUN.finditer(text):
        if _POINTER_BEFORE.search(text, max(0, m.start() - POINTER_REACH), m.start()):
            out.add(_NOUN_KIND[m.group(1)])
    return frozenset(out)


@lru_cache(maxsize=4096)
def claim_kinds_reported(cue: str) -> frozenset[str]:
    """The kinds of claim a reporting cue makes of its statement ("accused" → charge)."""
    return frozenset(kind for kind, word in _KIND_WORD if word.search(cue))


def points_at_claim(content: str) -> bool:
    """The content names someone's words rather than saying anything itself
    ("that argument", "the complaint", "Blinken's comments")."""
    return bool(_CLAIM_POINTER.search(content))


# "I don't think this is a ridiculous idea": a dismissive word denied is no dismissal
_DENIED_BEFORE = re.compile(
    r"\b(?:not|never|no|isn[’']t|wasn[’']t|don[’']t|doesn[’']t|didn[’']t)\b[^,.;:!?“”\"]*$", re.I)
DENIAL_REACH = 40


def _dismissal(content: str):
    """The first dismissive word of the content that is not itself denied."""
    if not _may_match(_DISMISSIVE_HINT, content):
        return None
    for m in _DISMISSIVE.finditer(content):
        # "not true", "no evidence" deny by themselves: a "not" before them is the claim's
        if m.group(0)[:2].lower() in ("no", "do") or not _DENIED_BEFORE.search(
                content, max(0, m.start() - DENIAL_REACH), m.start()):
            return m
    return None


def replies(frame: str) -> bool:
    """The statement is reported as a reply ("denied", "defended the remark", "responded")."""
    return bool((_may_match(_ANSWER_VERBS_HINT, frame) and _ANSWER_VERBS.search(frame))
                or (_may_match(_RESPONSE_VERBS_HINT, frame) and _RESPONSE_VERBS.search(frame)))


# content standing right after the verb and opening on a name, not on someone's words:
# "denied Carter a photograph", "dismissed Estonia as …" aim at a person or a thing
_NAME_FIRST = re.compile(r"\W*(?:the |a |an )?[A-Z][\w.-]*(?![\w.-]*[\u2019'](?:s\b|\s))")
# unless a word for someone's words follows the name ("New York Times request", "the Kremlin's offer")
_WORDS_OF = re.compile(
    r"^\W*(?:\S+\s+){0,4}?(?:requests?|offers?|proposals?|plans?|bids?|calls?|demands?|claims?|charges?|"
    r"accusations?|allegations?|reports?|suggestions?|ideas?|arguments?|comments?|remarks?|statements?|"
    r"criticism|assertions?|notion|characterization|description|version|account|decision|ruling|motion)\b", re.I)
AIMED_WEIGHT = 0.5


def _aimed_at_name(frame: str, end: int, content: str) -> bool:
    return (frame[end:].lstrip()[:1] == "\u2026" and bool(_NAME_FIRST.match(content))
            and not content.lstrip(" \"\u201c").startswith(("I ", "I\u2019", "I'"))
            and not _WORDS_OF.match(content))


def answer_cue(frame: str, content: str) -> tuple[float, str, bool]:
    """How strongly the statement reads as an answer, the cue word that shows it, and
    whether the answer is open: a verb with no object of its own ("Hamas hit back,
    saying …") or aimed at someone's words ("rejected that argument"), so that it
    answers whoever spoke before rather than "blasted the media"."""
    best, word, open_ = 0.0, "", False
    (in_frame, some_frame), (in_content, some_content) = _lowered(frame), _lowered(content)
    if not (some_frame or some_content):
        # no hint's words in either text (most statements): no pattern below can match
        return best, word, open_
    for pattern, hint, text, starts, some, weight in (
            (_ANSWER_VERBS, _ANSWER_VERBS_HINT, frame, in_frame, some_frame, 1.0),
            (_DISMISSIVE, None, content, None, True, 0.8),
            (_RESPONSE_VERBS, _RESPONSE_VERBS_HINT, frame, in_frame, some_frame, 0.5),
            (_HOLDING_VERBS, _HOLDING_VERBS_HINT, frame, in_frame, some_frame, 0.5),
            (_SAID_BACK, _SAID_BACK_HINT, content, in_content, some_content, 0.5),
            (_POINTERS, _POINTERS_HINT, content, in_content, some_content, 0.45),
            (_SIDE_TAKING, _SIDE_TAKING_HINT, content[:SIDE_TAKING_REACH], in_content, some_content, 0.5),
            (_POINTERS, _POINTERS_HINT, frame, in_frame, some_frame, 0.4)):
        if weight <= best:
            continue
        if pattern is _DISMISSIVE:
            m = _dismissal(text)
        elif starts is not None and (not some or hint.search(starts) is None):
            continue
        else:
            m = pattern.search(text)
        if m:
            if pattern is _ANSWER_VERBS and _aimed_at_name(text, m.end(), content):
                if AIMED_WEIGHT > best:
                    best, word, open_ = AIMED_WEIGHT, m.group(0), False
                continue
            best, word = weight, m.group(0)
            open_ = pattern is _SAID_BACK or (
                pattern in (_ANSWER_VERBS, _RESPONSE_VERBS) and bool(_OPEN_AFTER.match(text, m.end())))
            if pattern is _RESPONSE_VERBS and not open_:
                after = text[m.end():]
                if after.lstrip()[:1] == "\u2026":
                    after = " " + content  # the content stands right after the verb
                open_ = bool(_WITH.match(after))
    return best, word, open_
