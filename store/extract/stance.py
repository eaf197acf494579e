"""Words that show a statement answers someone: rebuttal verbs, dismissive words, pointers to a claim.

Each cue has a weight: how sure a reader would be, from that cue alone,
that the statement answers an earlier one. The linker adds them up with
topic overlap and the speakers' names.
"""
from __future__ import annotations

import re

# in the reporting frame ("Hamas hit back, saying …", "Nervo rejected that argument")
_ANSWER_VERBS = re.compile(
    r"\b(hit(?:s|ting)? back|fire[sd]? back|firing back|shot back|push(?:ed|es|ing)? back|"
    r"den(?:y|ies|ied|ying|ial)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|disput(?:e|es|ed|ing)|"
    r"counter(?:s|ed|ing)?|rebut(?:s|ted|ting)?|refut(?:e|es|ed|ing)|contradict(?:s|ed|ing)?|"
    r"mock(?:s|ed|ing)?|ridicul(?:e|es|ed|ing)|slam(?:s|med|ming)?|blast(?:s|ed|ing)?|"
    r"retort(?:s|ed|ing)?|disagree(?:s|d|ing)?|took issue|take issue|challeng(?:e|es|ed|ing)|"
    r"debunk(?:s|ed|ing)?|scoff(?:s|ed|ing)?|oppos(?:e|es|ed|ing))\b", re.I)
# answering, but not always disagreeing ("responded to questions" is not a rebuttal)
_RESPONSE_VERBS = re.compile(
    r"\b(respond(?:s|ed|ing)?|in response|answer(?:s|ed|ing)?|repl(?:y|ies|ied)|defend(?:s|ed|ing)?|"
    r"insist(?:s|ed|ing)?|maintain(?:s|ed|ing)?|argu(?:e|es|ed|ing)|call(?:s|ed|ing)? on)\b", re.I)
# in the content: the speaker calls the other side's words wrong
_DISMISSIVE = re.compile(
    r"\b(lie|lies|lied|lying|liar|false(?:ly|hood)?|untrue|not true|wrong|unfounded|baseless|"
    r"nonsense|absurd|ridiculous|outrageous|contradict\w*|misleading|mislead|scapegoat\w*|"
    r"conspiracy theor\w*|smear\w*|fake|bogus|hoax|apologi[sz]e|no evidence|hold weight|"
    r"doesn[’']t mean|does not mean|just because|not accepting|opposed|oppose|against)\b", re.I)
# words that point at someone else's words ("Blinken's comments", "that argument", "the charge")
_POINTERS = re.compile(
    r"\b(comments?|remarks?|claims?|charges?|accusations?|allegations?|assertions?|argument|"
    r"complaints?|complain\w*|criticism|critics|rationales?|excuses?|insinuation|suggestion|"
    r"say that|said that|tell that|knocking me|you say|you said|you went)\b", re.I)
# a sentence that opens against what came before
_CONTRAST = re.compile(r"^\W*(but|however|yet|still|instead|in fact)\b", re.I)


def opens_against(sentence: str) -> bool:
    """The sentence opens against what came before ("But Netanyahu has maintained …")."""
    return bool(_CONTRAST.search(sentence))


def answer_cue(frame: str, content: str) -> tuple[float, str]:
    """How strongly the statement reads as an answer, and the cue word that shows it."""
    best, word = 0.0, ""
    for pattern, text, weight in ((_ANSWER_VERBS, frame, 1.0), (_DISMISSIVE, content, 0.8),
                                  (_RESPONSE_VERBS, frame, 0.5), (_POINTERS, content, 0.5),
                                  (_POINTERS, frame, 0.4)):
        if weight <= best:
            continue
        m = pattern.search(text)
        if m:
            best, word = weight, m.group(0)
    return best, word
