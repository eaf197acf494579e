"""Statements of an article: content spans, cue, source mention and kind.

Works paragraph by paragraph on a masked copy of the text in which every
quotation is replaced by '#' (keeping its last punctuation), so that cue
patterns never fire inside a quote and sentences never break inside one.
Every scan is a compiled regex over a bounded window: time is linear in the
length of the text.

Who the source mention refers to is speakers.py's job; this module only
finds where things are.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .cues import TRIED_TO
from .cues import (ACCORDING, ATTRIBUTION_AHEAD, CUE, INVERTIBLE, NEXT_CUE, PARTICIPLES, QUOTE_FIRST, TAKES_OBJECT,
                   WEAK_INDIRECT)
from .cues import QUOTE_ONLY, SPEECH_PARTICIPLES
from .model import Article, Span
from .names import DAYS, MONTHS, ROLE_HEADS
from .sentences import sentence_spans

MASK = "#"
# (",''' said": a single quotation closes inside a double one, then the double closes; after a
# word, the single mark comes first)
_QUOTE_MARK = re.compile(r"(?<=\S)'(?='')|''|``|\"|\u201c|\u201d|\u00ab|\u00bb|\u2018|\u2019|'|\u201e|\u201a|\u2039|\u203a")
# low-9 and single guillemet openers and what closes them: „so“, ‚so‘, ‹so›
_OTHER_CLOSERS = {"\u201e": ("\u201c", "\u201d"), "\u201a": ("\u2018", "\u2019"), "\u2039": ("\u203a",)}
# a straight single mark that opens an elision, not a quotation: "'em", "rock 'n' roll", "'til"
_ELISION = re.compile(r"(?:em|n|til|cause|tis|twas|bout|round|cos)(?![\w])", re.I)
# a straight single mark that may close a quotation: after a word or punctuation, before no word
_SINGLE_CLOSER = re.compile(r"(?<=[^\s'])'(?![\w'])")
# "the voters' choice": a plural's possessive, unless what follows reports the quote
_POSSESSIVE_AFTER = re.compile(r"\s+(?!(?:he|she|they|it|we|I|said|says|say|told|added|adds|asked|wrote|according)\b)[a-z]")
_OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb", '"': '"', "''": "''", "``": "''"}
_CLOSERS = {"\u201d", '"', "''", "\u00bb"}
_KEEP_INSIDE = ".,!?"

# how far back (characters) to look for the subject of a cue, and forward for its object
_WINDOW = 220
_MAX_SUBJECT_WORDS = 14

# where a clause (and so the subject of a cue) begins
# (a comma between digits, "21,000", is no boundary)
_CLAUSE_START = re.compile(
    r"(?:(?!(?<=\d),\d)[,;:\u2014\u2013(#]|\s-\s|\b(?:that|but|and|while|"
    # ("as many as 40 percent" is a quantity, no clause)
    r"[Aa]s(?!\s+(?:many|much|few|little|high|low|far)\s+as\b)(?<!\bmany\sas)(?<!\bmuch\sas)(?<!\bfew\sas)|"
    r"because|when|if|although|though|since|"
    r"after|before|where|whom|which|so|even|But|And|While|Because|When|If|Although|Though|Since|After|Before|So|"
    r"Once|Until|Unless)\b)"
    r"(?=(?:[^,;:\u2014\u2013(#]|(?<=\d),(?=\d))*+$)")
_CLAUSE_START_MARKS = ",;:\u2014\u2013(#"


def _clause_start(head: str) -> re.Match | None:
    """`_CLAUSE_START.search(head)`: the last clause mark when there is one (no clause starts
    before it), found with a few reverse scans instead of a look-ahead at every word."""
    end = len(head)
    while True:
        at = max([head.rfind(c, 0, end) for c in _CLAUSE_START_MARKS])
        if at < 0:
            return _CLAUSE_START.search(head)
        if head[at] == "," and head[at - 1:at].isdecimal() and head[at + 1:at + 2].isdecimal():
            # "21,000": no boundary
            end = at
            continue
        return _CLAUSE_START.search(head, at)


_LAST_SUBORDINATOR = re.compile(
    r".*\b(?:that|which|because|when|if|although|though|since|where|whom|whose|while|after|before)\b")
_PARENTHETICAL = re.compile(r"\([^()#]{0,40}\)")
_LEADING_CONNECTIVE = re.compile(
    r"(?:Then|As|And|But|So|Also|Now|Still|Yet|Meanwhile|Later|Instead|Earlier|Even|and|but|so|then|yet|as|even)\s+(?=\S)"
    r"(?!(?:many|much|few|little)\s+as\b)")
_TRAILING_AUX_WORDS = frozenset("""has have had will would could can should must may might also later previously again
repeatedly long quite reportedly publicly privately once recently often then further flatly already never simply quickly
first still even just not did does do been being Monday Tuesday Wednesday Thursday Friday Saturday Sunday on yesterday
today cannot""".split())
_TRAILING_AUX = re.compile(
    rf"(?=\s)(?:\s+(?:{'|'.join(sorted(_TRAILING_AUX_WORDS, key=len, reverse=True))}|[a-z]+n['\u2019]t|"
    r"(?:seem|appear|tr(?:y|ie|yi)|want|continu|need|refus|declin|fail|decid|vow|promis|"
    r"threaten)[a-z]*\s+to))+\s*$")


def _trailing_aux(window: str) -> re.Match | None:
    """`_TRAILING_AUX.search(window)`, searched only when the window's last word is one it ends on."""
    words = window.rsplit(None, 1)
    last = words[-1] if words else ""
    if last in _TRAILING_AUX_WORDS or last == "to" or last.endswith(("n't", "n\u2019t")):
        return _TRAILING_AUX.search(window)
    return None
_WORD = re.compile(r"[\w][\w.'\u2019&-]*")
_PRONOUN = re.compile(r"^(?:he|she|they|it|we|i|you|who|one)$", re.I)
_ALL_OF_THEM = frozenset({"all", "both", "each", "everyone", "everybody"})
# the head of a noun phrase for someone who speaks: "a person familiar with ...", "one senior official"
_PERSON_HEAD = re.compile(r"(?:person|man|woman|source|official|aide|adviser|advisor|spokes(?:man|woman|person)|"
                          r"people|officials|sources|aides|advisers|advisors|lawmaker|lawmakers|diplomat|"
                          r"diplomats|executive|executives|member|members|analyst|analysts|insider|insiders|"
                          r"strategist|strategists|operative|operatives|staffer|staffers|lawyer|lawyers)", re.I)
_GROUP_NOUNS = re.compile(
    r"\b(?:officials?|spokes(?:man|woman|person)|sources?|aides?|critics|experts|analysts|"
    r"supporters|voters|people|polls?|surveys?|reports?|advisers?|advisors?|leaders?|"
    r"lawmakers|members|staff|campaign|administration|statement|office|officers?|"
    r"democrats|republicans|residents|observers|insiders|diplomats|strategists?|"
    r"percent|majority|plurality|half|respondents|participants|friends|employees|attendees?|families|"
    r"protesters|investigators|prosecutors|police|authorities|doctors|scientists|researchers|economists|"
    r"(?:some|many|others|most|few))\b", re.I)

# between a cue and its content: the addressee and when/where it was said
_OBJECT = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|our|my)\s+)?"
    r"(?:[A-Z][\w.'\u2019&-]*(?:(?:\s+(?:of|the|for|and|on))*\s+[A-Z][\w.'\u2019&-]*)*(?:\s+#+(?=\s))?|"
    r"reporters|supporters|him|her|them|me|us|lawmakers|voters|"
    # (a bare group addressed, when what follows is the content or when it was said)
    r"(?:parliament|congress|police|investigators|prosecutors|jurors|delegates|donors|students|members|"
    r"journalists|attendees|viewers|listeners|readers|followers|officials|staff|colleagues|allies|workers|"
    r"employees|troops|senators|legislators)"
    r"(?=\s+(?:that|on|last|this|the|a|an|he|she|they|it|we|I|there|his|her|their)\b|\s*[,:#])|"
    r"a\s+\w+|the\s+\w+)(?=[\s,.;:#]|$)")
_ADVERBIAL_TO_THAT = re.compile(
    r"\s*,?\s*(?:(?:in|on|at|during|to|after|before|via|through|from|with|over|for|last|this|earlier|"
    r"later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|again|"
    r"repeatedly|privately|publicly|recently|then|also|per)\b[^,;:#.!?]{0,90}?(?:,[^,;:#.!?]{1,40}?){0,2}?),?\s*\bthat\b"
    r"(?!\s+(?:would|will|could|can|may|might|should|must|is|was|are|were|has|have|had|includes?|included|"
    r"prohibits?|allows?|requires?|supersedes?|accounts?)\b)")
_ADVERBIAL_TO_QUOTE = re.compile(
    r"\s*,?\s*(?:in|on|at|during|after|before|last|this|earlier|later|again|repeatedly|then|also|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b[^,;:#.!?]{0,90}?,\s*(?=#)")
_LEADING_FILLER = re.compile(
    r"(?:\s|,|:|\u2014|\u2013|\s-\s|"
    r"\b(?:on|in|last|this|earlier|later)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Twitter|week|month|year)\b|"
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b|"
    r"\bin\s+an?\s+(?:statement|interview|tweet|email|e-mail)\b|\b(?:and\s+)?I\s+quote\b|\bquote\b(?=\s*,))+")
# "acknowledged in an MSNBC forum Monday night "it will be hard"": where it was said, then the quote
_PLACE_THEN_QUOTE = re.compile(
    r"\s*(?:(?:in|at|on|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'\u2019-]+\s+){0,6}?[\w'\u2019-]+|"
    r"(?:morning|afternoon|evening|night))\s+(?=#)")
# after-text that is no content: nothing, an adverbial, a source for the quote
_NOT_CONTENT = re.compile(
    r"^[\s,.;:!?)\]]*$|^\s*,?\s*(?:according\s+to\b|in\s+(?:a|an|the|his|her|their)\b|on\s+\w+[.,]|"
    r"at\s+(?:a|an|the)\b|during\b|to\s+(?:(?:reporters|the|a|an|CNN)\b|[A-Z])|after\b|before\b|while\b|"
    # ("have not said when they would take up the bill": a question put, not a time)
    r"when\b(?!\s+(?:he|she|they|it|we|I)\s+(?:would|will|could|might|should)\b)|via\b|through\b|of\b|from\b|with\b|"
    r"last\b|earlier\b|later\b|then\b|as\b|adding\b|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b)")
# a content clause stops at a new independent clause
_CONTENT_STOP = re.compile(
    r"(?=[\s,;])(?:(?:(?<=,#)|(?<=,##))(?=\s+(?:which|who|whom|where|in\s+which|and|but|while|whereas|according\s+to)\b)|;|,\s+(?:which|who|despite|even\s+as|even\s+though)\b|,\s+(?:(?:but|while|although|though)\b(?!(?:\s+[a-z]+){1,3},)(?!(?<=but)\s+(?:also\b|that\s+(?!(?:could|would|will|can|may|might|should|must|is|was|are|were|has|had|have|does|did|doesn|didn|isn|wasn|won)\b|[a-z]+(?:s|ed)\b)))|(?:according\s+to|compared\s+(?:with|to)|for\s+whom)\b)|\s[\u2014\u2015]\s|(?<=#)\s(?:--?|\u2013)\s|,\s+(?:he|she|they)\s+(?:said|added|says)\b|,\s+(?:before\s+|then\s+)?going\s+on\s+to\b|"

    r",?\s+(?:and|but)\s+(?:he|she|they|I|we)\s+(?!(?:is|was|are|were|would|will|could|can|had|has|have|should|"
    r"might|must|did|does|do)\b)\w+\b)")
# after a quote in the content, a participle clause ('..., "fair" to him, engaging in ...') or a second
# verb ('a "law and order" candidate and made an appeal ...') is the writer's, no more of what was said
_AFTER_QUOTE_STOP = re.compile(
    # (the comma after the quote or, American style, inside it: '"fair," engaging in ...')
    r"(?=[\s,])(?:(?:,|(?<=,#)|(?<=,##))\s+(?:[a-z]{2,}ly\s+)?(?!(?:every|no|any|some)?thing\b|during\b|including\b|according\b)[a-z]{3,}ing\b"
    r"(?!\s+(?:to|that)\b)|"
    r"\s+and\s+(?:then\s+)?(?!(?:a|an|the)\b)(?:[a-z]{3,}ed|made|cast|took|gave|went|said|put|left|threw|drew|swore|spoke|"
    r"kept|came|got|began|ran|stood|held|brought|sent|told|won|lost|led|sat|fell|rose|struck|broke|wrote|fought|"
    r"knew|felt|found|thought|became|grew|paid|met|heard|saw|sold|spent|withdrew|shook)\s)")
# after a closing quote: when, where or how it was said, no more of what was said
# ('called it a "disgrace" on Monday in a tweet', '"We'll see," when asked')
_QUOTE_THEN_CIRCUMSTANCE = re.compile(
    r"(?<=#)(?![^#.;]{0,60}\bthat\b)(?=,?\s+(?:when(?!\s+it\s+comes\s+to\b)|while\s+[a-z]+ing|during|as\s+(?:he|she|they|it|we|I)|"
    r"at\s+(?:a|an|the|him|her|them|me|us|[A-Z]\w*)|in\s+(?:a|an|his|her|their)\s+(?:tweet|speech|interview|statement|post|email|e-mail|letter|"
    r"op-ed|video|radio|television|TV|appearance|address|rally|debate)|"
    r"(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Twitter|Facebook)|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\()\b)")
_LEADING_NP = re.compile(
    r"(?:(?:The|the|A|a|An|an)\s+)?(?:[A-Z][\w.'\u2019&-]*(?:\s+|$|(?=,))|of\s+|the\s+|'s\s+|"
    r"(?:official|officials|spokesman|spokeswoman|campaign|administration|government|"
    r"ministry|office|leader|leaders|group)\s+|"
    r"(?:[a-z-]+\s+){0,2}(?:minister|secretary|president|chairman|chairwoman|chief|director|senator|governor|"
    r"mayor|spokesperson|aide|aides|adviser|advisers|lawmaker|lawmakers|committee|council|department|agency|"
    r"party|prosecutor|prosecutors|judge|lawyer|lawyers|attorney|ambassador|commissioner|executive|nominee|"
    r"candidate|general|analyst|analysts|expert|experts)(?:\s+|$|(?=,)))+")
_PREFACE = re.compile(r"[^,#]{0,60},\s+")
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][\w.]*,")
# the words that join a sentence to the one before and say nothing themselves ("But,", "However,")
_CONNECTIVES = "But|And|So|Yet|Still|Now|Then|Instead|However|Indeed|Meanwhile|Also"
# a connective, then a pronoun that is the subject ("Yet he is facing ...")
_JOINING_WORD = re.compile(rf"\s*(?:{_CONNECTIVES})\s+(he|she|they|we|I)(?=\s)")
# a capital that may open a name, not a determiner or a connective
_NAME_FIRST = re.compile(r"(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|My|And|But|So|Yet)\b)[A-Z]")
# a phrase of when or where after a subject and its comma
_ASIDE_AFTER_SUBJECT = re.compile(r"(?:in|on|at|during|after|before|speaking|with|without|despite|since|like|unlike)\s")
# "Republicans, who hold a majority, ...": the subject and its relative clause, no preface
_NAME_THEN_RELATIVE = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*,(?:\s+[A-Z][\w.-]*,)?\s+(?:who|which)\b")
_ABBREV_DOT = r"(?:(?<=\bSen)|(?<=\bRep)|(?<=\bGov)|(?<=\bMrs)|(?<=\bMr)|(?<=\bMs)|(?<=\bDr)|(?<=\bJr)|(?<=\bGen)|(?<=\b[A-Z]))\."
_NP_AFTER = re.compile(rf"\s+((?:(?:the|a|an)\s+)?(?:[^,.;:!?#]|{_ABBREV_DOT}){{1,80}}?)(?=\s*(?:[,;:!?#]|(?!{_ABBREV_DOT})\.|$)|\s+[-\u2013\u2014]+\s)")
# "according to early results of the exit poll conducted by ... for ...": a long source
_LONG_NP_AFTER = re.compile(rf"\s+((?:[^,.;:!?#]|{_ABBREV_DOT}){{81,200}}?)(?=\s*(?:[,;:!?#]|(?!{_ABBREV_DOT})\.|$))")


@dataclass
class Finding:
    """One statement as found in the text, before its source is resolved."""
    spans: list[Span]
    kind: str
    source: Span | None
    cue: Span | None
    paragraph: int
    # attributed by an earlier statement's source, not by a cue of its own
    follow_up: bool = False
    # the last span is a quote still open at its paragraph's end
    open_quote: bool = False
    # a signature ('"..." — Ann Lee') ends it: a quote that follows is a statement of its own, not
    # more of this one
    closed: bool = False
    extra_sources: list[Span] = field(default_factory=list)
    # "asked not to be named": why a source is unnamed, dropped once its sentence is read
    unnamed_reason: bool = False


def quote_regions(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each top-level quotation in text[start:end], marks included."""
    regions: list[tuple[int, int, bool]] = []
    open_at = -1
    opener = ""
    nested_end = -1
    skip_to = start
    closers: list[int] | None = None
    for m in _QUOTE_MARK.finditer(text, start, end):
        mark, i, j = m.group(), m.start(), m.end()
        if i < skip_to:
            continue
        before = text[i - 1] if i > start else " "
        after = text[j] if j < end else " "
        if mark == "'":
            if open_at < 0 and (before.isspace() or before in "([\u2014\u2013-") and after.isalpha() and \
                    not _ELISION.match(text, j, end):
                if closers is None:
                    closers = [c.start() for c in _SINGLE_CLOSER.finditer(text, start, end)]
                close = _single_close(text, j, end, closers)
                if close > 0:
                    # 'We will not back down,' said the minister: straight single quotes, as many papers set them
                    regions.append((i, close + 1, True))
                    skip_to = close + 1
            continue
        if open_at < 0:
            if mark in ("\u201c", "\u00ab", "``") or mark in _OTHER_CLOSERS:
                open_at, opener = i, mark
            elif mark in ('"', "''") and not after.isspace() and not before.isalnum():
                open_at, opener = i, mark
            elif mark == "\u2018" and (before.isspace() or before in "([\u2014\u2013-") and not after.isspace():
                open_at, opener = i, mark
            elif mark == "\u201d" and (i == start or before in "\n\u202a") and \
                    (after.isalpha() or after in " \u2026" and text.find("\u201d", j, end) > 0):
                # a closing mark typed for an opening one at the start of a line
                open_at, opener = i, "\u201c"
            elif mark == "\u201d" and before in ",:" and after in " \t" and text.find("\u201d", j, end) > 0:
                # 'He says,\u201d there are ...\u201d': a closing mark typed for the opening one after a cue
                open_at, opener = i, "\u201c"
            continue
        if opener in _OTHER_CLOSERS:
            if mark in _OTHER_CLOSERS[opener] and not after.isalpha():
                regions.append((open_at, j, True))
                open_at = -1
            continue
        if opener == "\u2018":
            if mark == "\u2019" and not after.isalpha():
                regions.append((open_at, j, True))
                open_at = -1
            continue
        if nested_end > i:
            continue
        if mark == "\u201c" and opener in ('"', "''"):
            inner = text.find("\u201d", j, min(end, j + 200))
            if inner > 0 and "\u201c" not in text[j:inner] and text.find(opener, inner + 1, end) > 0:
                # '"It is not about \u201cjustice\u201d any more."': curly quotes inside a straight one
                nested_end = inner + 1
                continue
        if mark == "\u201c" and before in ",.!?" and (after.isspace() or j == end):
            # '\u201cIt is unusual,\u201c said ...': an opening mark typed for the closing one
            regions.append((open_at, j, True))
            open_at = -1
            continue
        if mark == "\u201c" and opener == "\u201c":
            inner = text.find("\u201d", j, min(end, j + 60))
            if inner > 0 and "\u201c" not in text[j:inner] and text.find("\u201d", inner + 1, end) > 0 \
                    and not re.search(r"[.!?]\s", text[j:inner]) and text[inner - 1] not in ",.!?":
                # a short quote inside the quote ("... what he calls \u201chell\u201d than ..."), closed again later
                nested_end = inner + 1
                continue
        if mark in _CLOSERS and not (mark in ('"', "''") and before.isspace() and not after.isspace()):
            regions.append((open_at, j, True))
            open_at = -1
        elif mark == opener or (mark == '"' and before.isspace()):
            # a second opener before any closer: the first quote was never closed
            regions.append((open_at, i, False))
            open_at, opener = i, mark
    if open_at >= 0:
        typo = _UNCLOSED_THEN_ATTRIBUTION.search(text, open_at + 1, end)
        if typo:
            # '"The plan is dead, Lee said.': the closing mark left out before the attribution
            regions.append((open_at, typo.start(), True))
        else:
            regions.append((open_at, end, False))
    # 'Marcia "Cia" Price': a nickname between a first name and a last is part of the name
    return [r for r in regions if not (_NICKNAME.fullmatch(text, r[0], r[1]) and
                                       _NAME_BEFORE.search(text, max(start, r[0] - 30), r[0]) and
                                       _NAME_AFTER.match(text, r[1], end))]


# in a quotation that never closes: a comma, then who said it and the sentence's end
_UNCLOSED_THEN_ATTRIBUTION = re.compile(
    r",(?=\s+(?:(?:he|she|they|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})\s+(?:said|says|added|wrote)|"
    r"(?:said|says|added|wrote)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})"
    r"(?:\s*[.]\s*(?:$|[A-Z])|,\s+(?:who|whose|a|an|the)\s))")


# a straight single quotation closes within this many characters, or is none
_SINGLE_REACH = 2000


def _single_close(text: str, j: int, end: int, closers: list[int]) -> int:
    """Where a straight single quotation opened before j closes in text[:end], or -1; `closers`
    holds, in order, every place in the paragraph a straight single quotation may close."""
    reach = min(end, j + _SINGLE_REACH)
    k = bisect.bisect_left(closers, j)
    while k < len(closers) and closers[k] < reach:
        i = closers[k]
        if text.find("\n", j, i) >= 0:
            return -1
        if text[i - 1] in "sS" and _POSSESSIVE_AFTER.match(text, i + 1, end):
            k += 1
            continue
        return i
    return -1


_NICKNAME = re.compile(r"[\"\u201c][A-Z][a-z]{1,12}\.?[\"\u201d]")
_NAME_BEFORE = re.compile(r"(?<![\w.'\u2019])[A-Z][a-z]+\.?\s$")
_NAME_AFTER = re.compile(r"\s(?:[A-Z]\.\s)?[A-Z][a-z][\w'\u2019-]*(?![\w'\u2019-]*[\"\u201c\u201d])")


_DASH_BEFORE_CUE = re.compile(r"(?<=#)(\s*)[\u2013\u2014-](?=\s+(?:[A-Za-z][\w.'\u2019-]*\s+){0,4}?(?:said|says|added|"
                              r"adds|told|asked|wrote|writes|insisted|replied|explained|declared|warned|stressed)\b)")


def _mask(text: str, paragraphs: list[Span]) -> tuple[str, list[list[tuple[int, int, bool]]]]:
    parts: list[str] = []
    pos = 0
    per_paragraph = []
    for start, end in paragraphs:
        regions = quote_regions(text, start, end)
        per_paragraph.append(regions)
        for qs, qe, _closed in regions:
            parts.append(text[pos:qs])
            inner = text[qs:qe]
            # the punctuation before the closing mark, which is two characters for ''
            width = 2 if inner.endswith("''") and len(inner) >= 4 else 1
            last = inner[-1 - width] if len(inner) > width and inner[-1 - width] in _KEEP_INSIDE else ""
            if last:
                parts.append(MASK * (len(inner) - 1 - width) + last + MASK * width)
            else:
                parts.append(MASK * len(inner))
            pos = qe
    parts.append(text[pos:])
    masked = "".join(parts)
    if "#" in masked and ("\u2013" in masked or "\u2014" in masked or " - " in masked):
        # '"We are ready" – said the minister': a dash set where a comma would be, before the cue
        masked = _DASH_BEFORE_CUE.sub(r"\1,", masked)
    return masked, per_paragraph


def _quoted_question_before_attribution(masked: str, at: int, end: int) -> bool:
    # '"Why not?" he asked.' goes on past the question mark
    # the closing mark is one character, or two for ''
    mark = at - 2 if masked[at - 2] == MASK else at - 1
    if masked[at - 1] != MASK:
        return False
    if masked[mark - 1] == ".":
        # '"We are done." Ann Lee said.': a short attribution alone after a full stop still reports the quote
        return _BARE_ATTRIBUTION.match(masked, at, min(end, at + 60)) is not None
    if masked[mark - 1] not in "?!":
        return False
    if ATTRIBUTION_AHEAD.match(masked, at, min(end, at + 80)) is not None or \
            _ANY_VERB_AFTER_QUOTE.match(masked, at, min(end, at + 80)) is not None:
        return True
    # '"We won!" Lee's aide, state Sen. Ann Lee (R-Ohio), shouted.': a subject and its appositive, then the cue
    appositive = _SUBJECT_APPOSITIVE.match(masked, at, min(end, at + 160))
    return appositive is not None and CUE.match(masked, appositive.end(), end) is not None


_SUBJECT_APPOSITIVE = re.compile(
    r"\s+[A-Z][\w.'\u2019-]*(?:\s+[\w.'\u2019-]+){0,4}?,"
    r"(?:[^,#.!?;:\n]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.|(?<=\b[A-Z][a-z]{3})\.){1,100}?,\s+")


_BARE_ATTRIBUTION = re.compile(
    r"\s+(?:(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms)\.\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*\s+"
    r"(?:said|says|added|adds|wrote|writes|told\s+(?:reporters|[A-Z][\w'\u2019-]*))\s*\.(?=\s|$)")


# "WASHINGTON (AP) — ", "MANCHESTER, N.H. - ", "WASHINGTON, Dec. 8 (UPI) — ": where the story was filed
_DATELINE = re.compile(
    r"[A-Z]{3,}(?:[ .,]+[A-Z][A-Za-z.]*)*(?:,\s+[A-Z][a-z]{2,}\.?\s+\d{1,2})?(?:\s+\([A-Za-z ]{2,20}\))?"
    r"\s*(?:—|–|--|-)\s+(?=\S)")
# "New York (AFP) – ", "Cleveland, Ohio (Reuters) - ": a place in title case, with the agency that filed from it
_AGENCY_DATELINE = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:,\s+[A-Z][\w.]+)?\s+\((?:AFP|AP|Reuters|UPI)\)"
                              r"\s*(?:—|–|--|-)\s+(?=\S)")


# the longest sentence read whole, in characters: news sentences stay under 2,000 (the longest
# of PolNeAR's 30,000 is 1,704), and every cue reads to its sentence's end, so a page with no full
# stops (a list, a table, a dump of words) is read in pieces of this size, in linear time
_LONGEST_SENTENCE = 4000


def _pieces(text: str, s: int, e: int) -> list[Span]:
    """[s, e) in pieces of at most _LONGEST_SENTENCE characters, cut at a space where there is one."""
    out = []
    while e - s > _LONGEST_SENTENCE:
        cut = text.rfind(" ", s + _LONGEST_SENTENCE // 2, s + _LONGEST_SENTENCE)
        cut = cut + 1 if cut > s else s + _LONGEST_SENTENCE
        out.append((s, cut))
        s = cut
    out.append((s, e))
    return out


def _sentences(text: str, masked: str, start: int, end: int) -> list[Span]:
    spans = sentence_spans(text, start, end, masked, _quoted_question_before_attribution)
    if any(e - s > _LONGEST_SENTENCE for s, e in spans):
        spans = [piece for s, e in spans for piece in _pieces(text, s, e)]
    if spans:
        dateline = _DATELINE.match(text, spans[0][0], spans[0][1])
        if dateline is not None and not text[dateline.start():dateline.start() + 3].isupper():
            dateline = None
        dateline = dateline or _AGENCY_DATELINE.match(text, spans[0][0], spans[0][1])
        if dateline and dateline.end() < spans[0][1]:
            # the dateline is not part of the sentence it opens: no subject, no content
            spans[0] = (dateline.end(), spans[0][1])
    return spans


def _strip(text: str, s: int, e: int, chars: str = " \t\n,;:.\u2014\u2013-") -> Span:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


_DETERMINER = re.compile(r"^(?:the|a|an|some|many|most|several|two|three|four|five|one|another|other|both|all|his|her|their|its|our|my|former|top|senior)$", re.I)


_NOT_IN_A_GROUP = frozenset("""is was are were has have had will would can could should may might must do does did
it this that these which what there here to of in on at for with as by from than if when while because
and or but not no so also only just even""".split())


# people a headline names without a determiner ("expert says", "candidate says"), besides `_PERSON_HEAD`
_BARE_PERSON = frozenset("expert candidate nominee judge critic senator governor mayor".split())


def _is_mention(words: list[str], loose: bool = False) -> bool:
    """Does this look like a noun phrase naming who speaks?

    loose: after "said" in '"...," said X', where a clause is unlikely.
    """
    if not words or len(words) > _MAX_SUBJECT_WORDS:
        return False
    if words[0].lower() in ("the", "a", "an", "one", "another", "his", "her", "their", "its", "my", "our") and \
            len(words) <= (5 if words[0].lower() in ("the", "a", "an", "one", "another") else 3):
        # "the person added", "the crowd yelled"
        return True
    if loose and any(w[0].isupper() for w in words):
        return True
    if loose and len(words) <= 10 and words[0].lower() in ("a", "an", "one", "another", "the") and \
            any(_PERSON_HEAD.fullmatch(w) for w in words[1:3]):
        # '"...," said a person familiar with the matter', 'said one senior official briefed on the talks'
        return True
    if len(words) == 1 and (_PRONOUN.match(words[0]) or words[0] in _ALL_OF_THEM):
        # ("To varying degrees, all agreed that ...": everyone just named)
        return True
    if _PRONOUN.match(words[0]) and not (words[0].lower() == "one" and words[1] in ("of", "in")):
        # "He steadfastly", "He did not address ...": no noun phrase starts with a pronoun ("One of
        # Mr. Obama's climate advisers" and "One in four voters in a poll last year" do)
        return False
    if len(words) <= 8 and words[0][0].islower() and (_GROUP_NOUNS.fullmatch(words[0]) or
                                                     words[0] == "those" and words[1:2] == ["who"]):
        # "officials in both cities insist": a group and where it is; "but those who back her say": the
        # people the clause describes
        return True
    if 2 <= len(words) <= 7 and words[-1][0].isupper() and words[-2][0].isupper() and \
            not any(w in _NOT_IN_A_GROUP for w in words):
        # "retired Air Force general Lloyd Newton", "panel Chairman Jason Chaffetz": ends in a name
        return True
    if len(words) > 3 and words[0][0].islower() and not _DETERMINER.match(words[0]):
        # "then appeared on MSNBC and began by": a clause, not a name
        return False
    if any(w[0].isupper() for w in words):
        return True
    if _GROUP_NOUNS.search(" ".join(words)):
        return True
    last = words[-1]
    if len(words) <= 3 and all(w.isalpha() and w.islower() for w in words) and \
            (_PERSON_HEAD.fullmatch(last) or last in _BARE_PERSON):
        # "But expert says ...", "Win or not, candidate says, ...", "top aide implies": a headline's
        # person without a determiner
        return True
    # "security specialists", "the top candidates", "those surveyed": people in the plural
    if len(words) <= 5 and not any(w.lower() in _NOT_IN_A_GROUP for w in words) and (
            (last.isalpha() and last.islower() and last.endswith("s") and not last.endswith(("ss", "us", "is")))
            or (words[0].lower() == "those" and last.endswith("ed"))):
        return True
    return False


# an appositive between dashes right before the cue
_DASHED_APPOSITIVE = re.compile(r"(?<=[\w.)])\s*(?:\u2014|\u2013|\s--?\s)\s*(?:a|an|the|who|[a-z]+ing|[a-z]+ed|\d+|[A-Z]\w*|"
                                # "Democrats \u2014 and some Republicans \u2014 say": others joined to the subject
                                r"and|or|but|not|including|especially|even|along\s+with|as\s+well\s+as)\b[^\u2014\u2013;:!?]{1,120}?"
                                r"(?:\s*\u2014|\s*\u2013|\s--?)\s*$")
_ADVERB_AFTER_COMMA = re.compile(r",(?:\s+[a-z]{3,}ly)+$")
# "he, once again, pledged", "The mayor, for her part, said": an aside between commas
_ASIDE_BETWEEN_COMMAS = re.compile(r"\s*,\s+(?:once\s+again|again|too|also|however|though|meanwhile|instead|in\s+turn|"
                                   r"in\s+fact|for\s+(?:his|her|its|their)\s+part)(?:\s+[a-z]{3,}ly)?,$")


# the states as news writes them after a town: "Allentown, Pa.", "Aspen, Colo.", "Dayton, Ohio"
US_STATES = frozenset("""Ala Alaska Ariz Ark Calif Colo Conn Del Fla Ga Hawaii Idaho Ill Ind Iowa Kan Kans Ky La Maine
Md Mass Mich Minn Miss Mo Mont Neb Nev N.H N.J N.M N.Y N.C N.D Ohio Okla Ore Pa R.I S.C S.D Tenn Texas Tex Utah Vt Va
Wash W.Va Wis Wyo D.C Alabama Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Illinois
Indiana Kansas Kentucky Louisiana Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska
Nevada Oklahoma Oregon Pennsylvania Tennessee Vermont Virginia Washington Wisconsin Wyoming""".split()) | {
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island",
    "South Carolina", "South Dakota", "West Virginia"}
# an adverbial between commas right before the cue, a place's state after its city included
_ADVERBIAL_ASIDE = re.compile(
    r",\s+(?:during|at|on|after|before|while|like|unlike|speaking\s+(?:at|to|on|in|with)|in\s+(?:an?|his|her|their)\s+"
    r"(?:interview|speech|statement|appearance|address|op-ed|letter|tweet|post))\b[^,;:#]{0,80}"
    r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,$")


# "One of his advisers", "Most of the donors": a part of a group, however capitalised
_PART_OF_GROUP = re.compile(r"(?:One|Some|Many|Most|Several|Two|Three|Both|All|Each|Few|None|Half)\s+of\s")


def _subject_before(text: str, masked: str, sent_start: int, cue_start: int) -> Span | None:
    """The noun phrase that ends right before a cue: 'Dean, a medical doctor,' in 'Dean, a medical doctor, said'."""
    lo = max(sent_start, cue_start - _WINDOW)
    dashed = _DASHED_APPOSITIVE.search(masked, lo, cue_start)
    if dashed and MASK not in dashed.group():
        # "Jason Sims \u2014 a teacher from Dover \u2014 says": the name before the dashes
        return _subject_before(text, masked, sent_start, dashed.start())
    # "(D-N.Y.)" after a name is no clause boundary
    window = masked[lo:cue_start]
    window = _PARENTHETICAL.sub(lambda m: " " * len(m.group()), window) if "(" in window else window
    aux = _trailing_aux(window)
    end = lo + (aux.start() if aux else len(window.rstrip()))
    head = window[:end - lo].rstrip()
    between = _ASIDE_BETWEEN_COMMAS.search(head) if head.endswith(",") else None
    if between:
        head = head[:between.start()]
    adverb = _ADVERB_AFTER_COMMA.search(head)
    if adverb:
        # "Clinton, exasperated, famously responded": the adverb after the appositive is no subject
        head = head[:adverb.start() + 1]
    end = lo + len(head)
    aside = _ADVERBIAL_ASIDE.search(head) if head.endswith(",") else None
    if aside and aside.start() > 0:
        # "Clinton, during a town hall in Columbus, Ohio, said": when and where, between the
        # speaker and the cue
        return _subject_before(text, masked, sent_start, lo + aside.start())
    appositive = head.endswith(",")
    name_seg = None
    if appositive:
        # "Stephanie Acs, 27, a Navy veteran, said": walk back over the appositives to the name
        head = head[:-1]
        cut = head.rfind(",")
        if cut < 0 or MASK in head[cut:]:
            return None
        last = head[cut + 1:].strip()
        before = _clause_start(head[:cut])
        before_seg = head[before.end() if before else 0:cut].strip()
        if last.rstrip(".") in US_STATES and before_seg.split()[-1:] and before_seg.split()[-1][:1].isupper():
            # "a retiree in Allentown, Pa., said": the state goes with its town; the walk back starts there
            pass
        elif last[:1].isupper() and last.split()[0] not in ("A", "An", "The") and not before_seg[:1].isupper():
            # "After winning Ohio, Gov. John Kasich (R-OH), said": the name is the last part
            cut = len(head)
        for _ in range(4 if cut < len(head) else 0):
            clause = _clause_start(head[:cut])
            seg_start = clause.end() if clause else 0
            segment = head[seg_start:cut].strip()
            s = lo + seg_start
            # ("One of his advisers, Tad Devine," is no name: the part of a group is described by the name after it)
            named = segment[:1].isupper() and segment.split()[0] not in ("A", "An", "The") and \
                not _PART_OF_GROUP.match(segment)
            if head[seg_start:cut].strip().rstrip(".") in US_STATES and clause and head[clause.start()] == ",":
                # the state after its town: one place with it
                cut = clause.start()
                continue
            if cut < len(head) and _DETERMINER_NP.fullmatch(segment) and _PARTICIPLE_PHRASE.match(last) and \
                    clause and head[clause.start()] == "," and not _NAME_ONLY.fullmatch(
                        head[:clause.start()].rsplit(",", 1)[-1].strip()):
                # "Unemployment rose, the report, released Tuesday, said": the noun phrase before the
                # participle is the subject, and what comes before it the content
                break
            # (a description may run longer: "a retired customer service representative in Allentown")
            longest = 10 if segment.split()[:1] in (["a"], ["an"], ["the"]) else 6
            if named or not clause or head[clause.start()] != "," or len(segment.split()) > longest:
                # (a name that opens the clause, not one inside an appositive: "Rubio, whose hometown, Miami, ...")
                name_seg = (s, lo + cut) if named and (not clause or head[clause.start()] != ",") else None
                break
            cut = clause.start()
        if cut == len(head):
            s = lo + head.rfind(",", 0, cut - 1) + 1
        first = _WORD.match(text, *_strip(text, s, end))
        if first and _NOT_A_NAME.match(first.group()):
            # "Meanwhile, the plan is dead, said Ann Lee": no name opens the appositives
            return None
    else:
        clause = _clause_start(head)
        both = _NAME_AND_NAME.search(head) if clause and head[clause.start():clause.end()] == "and" else None
        if both:
            # "Ann Lee and Bo Ruiz said": both speak
            clause = _clause_start(head[:both.start()]) if both.start() else None
        elif clause and head[clause.start():clause.end()] == "and" and head[clause.end():].lstrip()[:1].islower():
            # "The front-runner and former secretary of state said": one noun phrase
            wider = _clause_start(head[:clause.start()])
            whole = head[wider.end() if wider else 0:].split()
            if len(whole) <= 10 and _is_mention(whole):
                clause = wider
        s = lo + (clause.end() if clause else 0)
        later = _LAST_SUBORDINATOR.match(head, s - lo)
        if later and head.endswith("whose", 0, later.end()) and _FINITE_IN_SUBJECT.search(head, later.end()) and \
                not head[:later.end() - len("whose")].rstrip().endswith(","):
            # "The officials whose laws have been struck down say": the whose-clause (no comma before it)
            # has its own verb, and the people it describes are the subject ("Sanders, whose campaign has
            # been in talks about" is the campaign's)
            end = lo + later.end() - len("whose")
        elif later:
            # "moves that he said": the clause that holds the cue begins at "that"
            s = lo + later.end()
        if not clause and lo > sent_start:
            return None
    s, e = _strip(text, s, end)
    lead = _LEADING_CONNECTIVE.match(text, s, e)
    if lead:
        s = lead.end()
    trail = _TRAILING_ADVERB.search(text, s, e)
    if trail and trail.start() > s:
        # "Ann Lee boldly said": the adverb is no part of the name
        e = trail.start()
    if s >= e:
        return None
    words = _WORD.findall(text[s:e])
    if words and words[0] in ("Asked", "Pressed", "Questioned"):
        # "Asked what he believed about it, he said": a question's preface, no one who reports
        return None
    if len(words) > 3 and words[-1] in ("he", "she", "they", "we", "I"):
        # "A few days ago in an interview he": the pronoun is the subject
        return e - len(words[-1]), e
    verb = _FINITE_IN_SUBJECT.search(text, s, e)
    if verb and verb.start() > s and not _RELATIVE_WORD.search(text, s, verb.start()) and \
            not _PRONOUN_WORD.search(text, verb.end(), e):
        # "Democratic voters were more likely to say", "Police had last month charged": the subject
        # ends at its verb; the rest is the clause the cue hangs on
        before = _WORD.findall(text, s, verb.start())
        tail = _WORD.findall(text, verb.end(), e)
        # ("has led the journalist Ann Lee to fear": the name after the verb is the one who fears)
        bare = all(w.islower() for w in tail) and (all(w in _BARE_TAIL for w in tail) or tail and tail[-1] in _LINKING_WORDS)
        if bare and before and before[0].lower() not in NO_SUBJECT_OPENERS and \
                (_is_mention(before) or reported.people_subject(before)):
            return _strip(text, s, verb.start())
        led = _OBJECT_THEN_TO.search(text, verb.end(), e) if tail and tail[-1] == "to" else None
        if led:
            # "has led the journalist Ann Lee to fear": the one led to it
            return led.start(1), led.end(1)
    if not _is_mention(words) and not reported.quantity_subject(text, s, e) and \
            not reported.coordinated_mention(words) and not reported.people_subject(words):
        if name_seg and _is_mention(_WORD.findall(text, *name_seg)):
            # "Ann Lee, 59, of Ashton, Md., who watched it on a screen, said": the name the appositives follow
            return _strip(text, *name_seg)
        named = _NAME_THEN_APPOSITIVE.match(text, s, e) if appositive else None
        if named and _is_mention(_WORD.findall(named.group(1))):
            # "Ann Lee, who has campaigned for him since she left the race in February, said": the name
            return named.start(1), named.end(1)
        # a long run-up: keep the trailing capitalised name ("In Ohio on Sunday Trump said")
        m = re.search(r"(?:[A-Z][\w.'\u2019&-]*\s+)*[A-Z][\w.'\u2019&-]*\s*$", masked[s:e])
        if m and m.start() > 0 and masked[s + m.start() - 1] == " ":
            return s + m.start(), e
        lead = re.match(r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)\s", masked[s:e])
        if lead and all(w[0].islower() for w in words[1:4]):
            return s, s + lead.end() - 1
        return None
    return s, e


# two names joined by "and" at the end of what runs up to a cue ("Both Ann Lee and Bo Ruiz")
_NAME_AND_NAME = re.compile(
    r"(?:(?<=\s)|^)(?:Both\s+)?(?:(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}"
    r"\s+and\s+(?:(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}$")
_DETERMINER_NP = re.compile(r"(?:the|a|an|The|A|An)(?:\s+[\w'\u2019-]+){1,5}")
_PARTICIPLE_PHRASE = re.compile(r"(?:[a-z]+ed|[a-z]+ing|written|who|which)\b")
# the finite forms of be, have and do and the modals: a verb of its own, in a subject or a clause
FINITE_WORDS = "is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do"
# a finite verb inside what runs up to a cue, unless a relative clause holds it ("a woman who had
# been a student asked")
_FINITE_IN_SUBJECT = re.compile(
    rf"(?<![\w#])(?:{FINITE_WORDS})\s+"
    r"(?=\S)")
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which|that)\b")
# what ends a verb phrase that the cue completes: "likely to say", "a key role in deciding"
_LINKING_WORDS = frozenset({"to", "in", "by", "for", "with", "of"})
# "led the journalist Ann Lee to", "caused Ann Lee to": a named object, then the infinitive
_OBJECT_THEN_TO = re.compile(
    r"\b((?:(?:the|a|an|his|her|their|its)\s+(?:[a-z][\w'\u2019-]*\s+){0,2})?(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)"
    r"\s+to\s*$")
# what may stand between a subject's verb and the cue without being a clause of its own: "had last
# month charged", "is now assured of", "can be heard asking"
_BARE_TAIL = frozenset("""be been being now also still then not never heard seen last next this month week year
night morning already just recently long once again often""".split())
# words that open a clause without being its subject: "There is no sign ...", "How does a ..."
NO_SUBJECT_OPENERS = frozenset("there here how why what when where it that this nor".split())
_PRONOUN_WORD = re.compile(r"\b(?:he|she|they|we|I|it|you)\b")


# a name, then an appositive or relative clause between commas
_NAME_THEN_APPOSITIVE = re.compile(
    r"((?:(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms)\.\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*|"
    r"(?:The|One|Another|A|An|Two|Three|Four|Five|Several|Some|Many|Both)\s+(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+),\s+"
    r"(?:who|whose|which|a|an|the|[a-z]+ing)\s")
_DETERMINER_NOUN = re.compile(r"\w+\s+[a-z][\w'\u2019-]*")


_OPENING_CONNECTIVE = re.compile(r"\s*(?:(?:And|But|So|Yet)(?:\s+then)?|Then)\s+(?=[A-Z])")
def _subject_after_connective(text: str, masked: str, s: int, e: int) -> Span | None:
    """"And then Trump went on the attack, saying ...": the subject after the connective that joins
    the sentence to the last."""
    connective = _OPENING_CONNECTIVE.match(masked, s, e)
    return _subject_of_sentence(text, masked, connective.end(), e) if connective else None


# words that hedge a count ("About 200 protesters"); speakers.py strips them from mentions too
HEDGES = r"(?:About|Around|Nearly|Almost|Roughly|Some|Over|More\s+than|At\s+least|Up\s+to)"
_HEDGED_COUNT = re.compile(rf"\s*{HEDGES}\s+(\d[\d,]*\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*s)\b")


# "was quoted by Reuters as" before "saying"
_QUOTED_AS = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?quoted"
                        r"(?:\s+by\s+[^,;:#.!?]{1,50}?)?\s+as\s+$")
# a sentence opening on an infinitive of purpose, up to its verb
_PURPOSE_OPENING = re.compile(r"\s*(?:(?:And|But|So)\s+)?(?:In\s+order\s+)?To\s+(?:[a-z]+ly\s+)?")


# a sentence that opens on a participle clause: "Having announced that ..., Judge Berman",
# "Walking to the next address, Ann Lee reminisced": its subject comes after the clause. Words in
# -ing that are prepositions or names ("Following", "Beijing") open no such clause, nor does one
# followed by its own verb ("Beijing has said")
# "after saying", "despite admitting": the words a participle hangs on its clause's subject by
_SUBORDINATORS = ("after", "before", "while", "despite", "since", "without", "upon")
_PARTICIPLE_OPENING = re.compile(
    # ("In rejecting the challenge, the commission ...", "By refusing to admit fault, Trump ...")
    r"\s*(?:(?:And|But|So|Yet)\s+)?(?:(?:" + "|".join(w.title() for w in _SUBORDINATORS) + r"|In|By)\s+[a-z]{3,}ing(?=\s)|"
    r"Having|(?!(?:Following|Including|Regarding|Concerning|According|During|"
    r"Considering|Excluding|Barring|Pending|Beijing|Browning|Manning|Fleming|Irving|Harding|Reading|Downing|"
    r"Sterling|Golding|Pershing|Kipling|Boeing|Wyoming|Lansing|Ewing|Cushing|Keating|Whiting|Darling|Spring|"
    r"String|Viking|Morning|Evening|Building|Wedding|Meeting|Thing|Nothing|Something|Anything|Everything)\b)"
    r"[A-Z][a-z]+ing)\s+(?!(?:is|was|are|were|has|have|had|will|would|can|could|did|does|do|may|might|must|"
    r"should|said|says|say)\b)(?=[a-z])")
# "After ", "But while ": what opens a sentence before its participle
_SUBORDINATE_OPENING = re.compile(
    rf"\s*(?:(?:And|But|So|Yet)\s+)?(?:{'|'.join(w.title() for w in _SUBORDINATORS)})\s+")
# where such a clause ends: a comma, then a name or a pronoun and its verb
_AFTER_OPENING = re.compile(r"[,#]\s+(?=(?:[A-Z]|(?:he|she|they|we|it)\s+[a-z]|(?:the|his|her|their|its|former)\s+[a-zA-Z]))")
_PAST_VERB = re.compile(r"(?<=\s)[a-z]{3,}ed\b")
# what follows a subject is its verb, not a preposition ("Donald Trump in particular")
_VERB_NEXT = re.compile(r"\s+(?!(?:in|of|on|at|for|with|to|and|or|as|from|by|who|which|that)\b)[a-z]")


def _main_subject_after_participle(text: str, masked: str, s: int, e: int) -> tuple[Span, int] | None:
    """The subject of a sentence that opens on a participle clause, and the comma that ends the
    clause: (Judge Berman, its comma) in "Having announced that ..., Judge Berman proceeded"."""
    if not _PARTICIPLE_OPENING.match(masked, s, e):
        return None
    for comma in _AFTER_OPENING.finditer(masked, s, e):
        subject = _subject_of_sentence(text, masked, comma.end(), e)
        verb = _PAST_VERB.search(masked, subject[0], subject[1]) if subject else None
        if verb:
            # "Lund urged the council": the noun phrase stops at its verb
            subject = _strip(text, subject[0], verb.start())
        if subject is None or subject[1] >= e or not _VERB_NEXT.match(masked, subject[1], e):
            continue
        words = _WORD.findall(text, *subject)
        if _is_mention(words) or words in (["he"], ["she"], ["they"], ["we"], ["it"]):
            # (a quote closing the clause stays whole)
            return subject, comma.start() + (masked[comma.start()] == MASK)
        return None
    return None


def _subject_of_sentence(text: str, masked: str, s: int, e: int) -> Span | None:
    """The leading noun phrase of a sentence: 'Hamas' in 'Hamas hit back, saying ...'."""
    opening = _main_subject_after_participle(text, masked, s, e)
    if opening:
        # "Walking to the car, Ann Lee waved and said ...": the subject after the participle clause
        return opening[0]
    pre = _PREFACE.match(masked, s, e)
    # "On Monday, Trump hit back, saying": skip the preface, but never up to the cue itself
    # ("Paul Ryan, R-Wis., despite ...": the party and state after a name are no subject; "Mr. Trump, in an
    # interview on Friday, dwelled on ...": a name, then when and where)
    if pre and MASK not in masked[s:pre.end()] and _PREFACE.match(masked, pre.end(), e) and \
            not _NAME_THEN_RELATIVE.match(masked, s, e) and not _PARTY_STATE.match(masked, pre.end(), e) and \
            not (_ASIDE_AFTER_SUBJECT.match(masked, pre.end(), e) and _NAME_FIRST.match(masked, s, e) and
                 not _PREPOSITION_FIRST.match(masked, s, e) and not _NOT_A_NAME.match(masked, s, e)):
        if masked.startswith(("including ", "such as ", "among them "), pre.end()):
            # "Other candidates, including Ann Lee, have ...": the subject, then its examples
            head = _strip(text, s, masked.rfind(",", s, pre.end()))
            return head if _is_mention(_WORD.findall(text, *head)) else None
        s = pre.end()
    joined = _JOINING_WORD.match(masked, s, e)
    if joined:
        # "Yet he is facing ...", "Then she shattered party norms": the pronoun after the connective
        return joined.span(1)
    counted = _HEDGED_COUNT.match(masked, s, e)
    if counted:
        # "About 200 protesters gathered, chanting ...": the counted group
        return counted.start(1), counted.end(1)
    m = _LEADING_NP.match(masked, s, e)
    if m and masked[m.start():m.end()].strip() in ("The", "the", "A", "a", "An", "an"):
        # "The union hit back": a determiner and one common noun
        m = _DETERMINER_NOUN.match(masked, s, e)
    if not m:
        pm = re.match(r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)\b", masked[s:min(e, s + 5)])
        return (s, s + pm.end()) if pm else None
    ss, se = _strip(text, m.start(), m.end())
    if ss >= se or text[ss:se] in ("The", "A", "An", "But", "And", "In", "On", "At"):
        return None
    first = _WORD.match(text, ss, se)
    if first and _NOT_A_NAME.match(first.group()):
        # "Despite Trump's ...", "Meanwhile": no noun phrase opens the sentence
        return None
    return ss, se


# a short quotation right after a cue that takes an object, then the sentence's end or a comma
_QUOTED_TITLE = re.compile(r"\s+(#+(?:[.,]#+)?)(?=\s*$|\s+(?:that|on|in|during|after|about)\b|\s+[a-z]+ing\b)")
_TITLE_SMALL = frozenset("of the and a an on in for to with at".split())


def _object_end(text: str, masked: str, pos: int, end: int) -> int:
    m = _OBJECT.match(masked, pos, end)
    if not m:
        title = _QUOTED_TITLE.match(masked, pos, end)
        words = _WORD.findall(text, title.start(1), title.end(1)) if title else []
        if 1 <= len(words) <= 6 and words[0][0].isupper() and all(w[0].isupper() or w in _TITLE_SMALL for w in words):
            # 'told "Fox News Sunday."': the addressee is a show's quoted title
            return title.end()
        return pos
    word = masked[m.start():m.end()].strip()
    if word in ("that", "the", "a", "an"):
        return pos
    return m.end()


def _content_start(text: str, masked: str, pos: int, end: int) -> int:
    m = _ADVERBIAL_TO_THAT.match(masked, pos, end)
    if m:
        return m.end() - 4
    m = _ADVERBIAL_TO_QUOTE.match(masked, pos, end) if masked.endswith("ing", max(0, pos - 3), pos) else None
    if m:
        # "saying during the debate last week, "That makes me smart"": when, then what
        return m.end()
    m = _LEADING_FILLER.match(masked, pos, end)
    pos = m.end() if m else pos
    m = _PLACE_THEN_QUOTE.match(masked, pos, end)
    return m.end() if m else pos


# after a closing quote: an appositive that comments on it ('"...," a swipe at the mayor'; '"...," an admission
# that ...'), which the speaker did not say
# ', a swipe at ...', ', a thinly veiled reference to ...': the writer's comment, not the speaker's words
_COMMENT_APPOSITIVE = re.compile(
    r",\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?:swipe|dig|jab|reference|nod|shot|rebuke|allusion|knock|slap|barb|poke|"
    r"jibe|gibe)\s+(?:at|to)\b|"
    # ", ending months of speculation", ", prompting a rebuke": what the words did, in the writer's words
    r",\s+(?:ending|prompting|sparking|drawing|fueling|fuelling|triggering|marking|capping|underscoring|"
    r"reversing|contradicting|dashing|stoking|igniting|inviting|setting\s+off)\s")
_QUOTE_THEN_COMMENT = re.compile(r"(?:(?<=,#)|(?<=,##)|(?<=#),)(?=\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+"
                                 r"(?:at|to|of|that|on|from|aimed|which|for)\b)")


_AND_THAT_IS = re.compile(r",\s+and\s+(?:that|this)(?:['\u2019]s|\s+is|\s+was|\s+has)\b")
_BUT_AUX = re.compile(r"\s+but\s+(?:has|have|had|is|was|were|are|did|does|do|will|would)\s+(?:not\s+|also\s+|since\s+|"
                      r"yet\s+)?(?:been\s+)?[a-z]")
# a finite verb, a subject pronoun or "that": the content is a clause of its own
_CLAUSE_WORD = re.compile(r"\b(?:that|is|was|are|were|has|have|had|will|would|can|could|he|she|they|it|we|I)\b|[a-z]ed\b")


def _content_end(masked: str, s: int, e: int) -> int:
    m = _QUOTE_THEN_COMMENT.search(masked, s, e) if masked.find(MASK, s, e) >= 0 else None
    if m:
        e = m.start() if masked[m.start() - 1] != "," or masked[m.start() - 2] == MASK else m.start() - 1
    m = _COMMENT_APPOSITIVE.search(masked, s, e)
    if m:
        e = m.start()
    m = _CONTENT_STOP.search(masked, s, e)
    while m and masked[m.start():m.end()].strip() in ("\u2014", "\u2015"):
        # "that Trump — even as he says his experience makes him qualified — has proposed little": an
        # aside between two dashes, and the clause goes on after it
        close = masked.find(masked[m.start():m.end()].strip(), m.end(), e)
        cue = CUE.search(masked, close + 1, e) if close >= 0 else None
        if close < 0 or m.start() - s < 2 or (cue and _SUBJECT_GAP.fullmatch(masked, close + 1, cue.start())):
            # (what follows the aside with a cue of its own is another statement: "― Trump boasted, ...")
            break
        m = _CONTENT_STOP.search(masked, close + 1, e)
    aside = _RELATIVE_ASIDE.match(masked, m.start(), e) if m and masked.startswith(",", m.start()) else None
    if aside:
        # "to form a task force, which would include the military, to crack down on hackers": the
        # relative clause between commas is an aside, and the purpose after it goes on with the content
        m = _CONTENT_STOP.search(masked, aside.end(), e)
    if m:
        e = _quote_past_stop(masked, m, e) or m.start()
    m = _QUOTE_THEN_SHE_SAID.search(masked, s, e) if masked.find(",#", s, e) >= 0 else None
    if m:
        opening = len(masked[s:m.start() - 2].rstrip(MASK)) + s
        if opening > s + 1 and masked[opening - 1] == " " and masked[opening - 2].isalpha():
            # 'felt it was worth it because "most people don't know," she said.': the quote goes on with
            # the clause, and its own attribution ends it
            e = m.start()
    m = _QUOTE_THEN_CIRCUMSTANCE.search(masked, s, e) if masked.find(MASK, s, e) >= 0 else None
    if m:
        e = m.start()
    m = _AND_THAT_IS.search(masked, s, e) if masked.find(" and th", s, e) >= 0 else None
    if m:
        # "that Oz places business above science, and that's something most leaders would dispute": the
        # writer's comment on it
        e = m.start()
    m = _BUT_AUX.search(masked, s, e) if masked.find(" but ", s, e) >= 0 else None
    if m and not _CLAUSE_WORD.search(masked, s, m.start()):
        # "praised Clinton but is not working for her": after an object with no verb of its own, "but"
        # and an auxiliary go on with the subject's own doings
        e = m.start()
    first_quote = masked.find(MASK, s, e)
    m = _AFTER_QUOTE_STOP.search(masked, first_quote, e) if first_quote >= 0 else None
    if m:
        e = m.start()
    m = NEXT_CUE.search(masked, s, e)
    e = m.start() if m else e
    if masked.find(", ", s, e) >= 0:
        for m in _INVERTED_CLOSING.finditer(masked, s, min(len(masked), e + 1)):
            if not masked[m.end():e].strip():
                # "Lee wants to win the state, said Ruiz.": the attribution closing the sentence is Ruiz's
                e = m.start()
                break
    for m in _AND_NAME.finditer(masked, s, e):
        if CUE.match(masked, m.end(), e):
            # "asked for a photo and Clinton said, ...": a new subject and its own cue
            return m.start()
    if masked.find(" and ", s, e) >= 0:
        for m in _AND_COUNT.finditer(masked, s, e):
            if CUE.match(masked, m.end(), e):
                # "said Clinton is honest, and three-quarters said ...": a share of them says the next
                return m.start()
    if masked.find(MASK, s, e) >= 0:
        for m in _NAME_THEN_CUE.finditer(masked, s, e):
            cue = CUE.match(masked, m.end(), e)
            if cue and _THEN_QUOTE.match(masked, cue.end(), e):
                # 'when Acme signaled that it would sell, Mr. Barrett said, "we were floored."': the
                # quote is a new speaker's, with a cue of its own
                return m.start()
    return _before_trailing_appositive(masked, s, e)


# a long appositive closing the content after a name: ", the chief U.S. negotiator in the talks"
_APPOSITIVE_OPENING = re.compile(r",\s+(?:a|an|the)\s")
# "Israel, the Iranian nuclear deal and the possibility of ...": a list, not an appositive
_LIST_AND = re.compile(r"\s(?:and|or)\s+(?:the|a|an|one|its|his|her|their)\s")
# "the Democratic National Committee, the Democratic Congressional Campaign Committee and ...": a name
# after the comma, and another after it, is a list of names
_NAMES_LISTED = re.compile(r",\s+the\s+(?:[A-Z][\w.'\u2019-]*\s+){2,}(?:and|or)\s")
_APPOSITIVE_WORDS = 6


def _before_trailing_appositive(masked: str, s: int, e: int) -> int:
    """The content's end before a long appositive that describes the name it ends on:
    "the speech of Khizr Khan, the Muslim father of a fallen American soldier" is about the speech
    of Khizr Khan; the rest of the sentence is the writer's note on who he is."""
    comma = masked.rfind(", ", s, e)
    if comma < 0 or not _APPOSITIVE_OPENING.match(masked, comma, e):
        return e
    before = masked[s:comma]
    if len(before.split()) < 3 or not (before[-1] == ")" or before.rsplit(None, 1)[-1][:1].isupper()):
        return e
    tail = masked[comma + 1:e]
    if (len(tail.split()) < _APPOSITIVE_WORDS or MASK in tail or ";" in tail or ":" in tail
            or _LIST_AND.search(tail) or _NAMES_LISTED.match(masked, comma, e)):
        return e
    return comma


# a relative clause between commas with a purpose after it: ", which would include the military, to ..."
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\s[^,.;:#!?\u2014\u2015]{3,60},(?=\s+to\s+[a-z])")
# a quote's own attribution by a pronoun right after its closing comma: '..., "most people don't know," she said'
_QUOTE_THEN_SHE_SAID = re.compile(r"(?<=,#)\s+(?:he|she|they)\s+(?:said|added|says)\b")
# between an aside's closing dash and a cue: no more than a short subject ("― Trump boasted")
_SUBJECT_GAP = re.compile(r"\s*(?:[A-Z]|(?:he|she|they|we|I|the|a|an|his|her|its|their)\s)(?:[\w.'\u2019-]*\s+){1,3}")
_AND_COUNT = re.compile(
    r",?\s+(?:and|but|while)\s+(?:(?:more|fewer|less)\s+than\s+|about\s+|nearly\s+|almost\s+|roughly\s+|over\s+|only\s+|just\s+)?"
    r"(?:\d[\d,.]*\s*(?:%|percent)|\d+\s+in\s+\d+|(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:\d+|ten|\w+)|"
    r"(?:one|two|three)[- ](?:thirds?|quarters?|fifths?)|half|a\s+(?:third|quarter|majority|plurality)|a\s+few)"
    r"(?:\s+of\s+(?:them|those|\w+))?\s+")
# ", Mr. Barrett" or ", the mayor" before a cue of its own
_NAME_THEN_CUE = re.compile(
    r",\s+(?:(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}|he|she|they)\s+")
_THEN_QUOTE = re.compile(r"\s*[,:]\s*#")


# a sentence that opens on a subordinate clause: "While Lee praised the plan, Ruiz ..."
_FRONTED_CLAUSE = re.compile(
    r"\W*(?:(?:Just|Only|But|And)\s+)?(?=[ABDEIOSTUW])(?:Although|Though|Even though|Even as|Even if|Even after|While|Whereas|When|"
    r"If|Unless|Once|After|Before|Since|Until|Because|Despite)\s+")
# "But if Carson implied that ..., he did not ...": a connective first
_FRONTED_AFTER_CONNECTIVE = re.compile(
    r"\W*(?:But|And|So|Yet)\s+(?:if|when|while|although|though|because|since|once|unless|even\s+if|even\s+though)\s+")
_SUBORDINATOR_THEN_SUBJECT = re.compile(r"\b(?:and|but)\s+(?:once|when|if|after|before|because|although|though|"
                                        r"unless|until)\s+")
# the main clause after it, opened by its subject: a pronoun, a determiner and a noun, or a capital
_MAIN_CLAUSE = re.compile(
    r",\s+(?=[a-zA-Z])(?:(?:he|she|they|we|I|it|you|there)\s+[a-z]|(?:the|his|her|their|its|this|that|many|some)(?:\s+[\w\u201c\u201d\"-]+){1,3}?\s+"
    r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|[a-z]+(?:ed|s))\b|"
    r"(?!(?:and|or|but|which|who|where|when|including|especially|not|as|a|an|the)\b)[A-Z][\w.\u2019'-]*"
    r"(?:\s+[A-Z][\w.\u2019'-]*){0,3}\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|"
    r"should|must|also|then|still|[a-z]+(?:ed|s))(?:\b|n['\u2019]t\b))")


def _fronted_clause_end(masked: str, s: int, subject_start: int, start: int, end: int) -> int:
    """Where the content of a cue inside an opening subordinate clause ends: before the main
    clause ("While Lee praised the plan, Ruiz called it a waste": the content is "the plan")."""
    opening = _FRONTED_CLAUSE.match(masked, s, subject_start) or _FRONTED_AFTER_CONNECTIVE.match(masked, s, subject_start)
    if opening is None or opening.end() != subject_start:
        # "… and once he has said his piece, he is ready to move on": the subordinate clause inside the sentence
        opening = _SUBORDINATOR_THEN_SUBJECT.search(masked, max(s, subject_start - 12), subject_start)
    if opening is None or opening.end() != subject_start or masked.find(MASK, start, end) >= 0:
        return end
    m = _MAIN_CLAUSE.search(masked, start, end)
    return m.start() if m else end


# "and Ann Lee" before a cue of its own
_AND_NAME = re.compile(r",?\s+(?:and|but|while|whereas)\s+(?:[A-Z][\w.'\u2019-]*\s+){1,3}")


# stops that a quote after them may go on: a contrast or a relative clause, not a new attribution
_SOFT_STOP = re.compile(r",?\s*(?:but|while|although|though|which|who|and)\b")
_QUOTE_AHEAD = re.compile(r"[^#;:.!?\u2014]{0,150}?(?<![\w'\u2019])#")


def _quote_past_stop(masked: str, stop: re.Match, e: int) -> int | None:
    """Where content goes on to when a partial quote follows a soft stop without a cue of its own
    ('was "angry," but also hungry for "real solutions"'): the end of that quote, or None."""
    if not _SOFT_STOP.match(masked, stop.start(), stop.end() + 12):
        return None
    ahead = _QUOTE_AHEAD.match(masked, stop.end(), e)
    if ahead is None or CUE.search(masked, stop.end(), ahead.end()):
        return None
    end = ahead.end()
    while end < e and masked[end] == MASK:
        end += 1
    if end < e and masked[end] in _KEEP_INSIDE and end + 1 < e and masked[end + 1] == MASK:
        end += 2
    return end


def _regions_in(regions: list[tuple[int, int, bool]], s: int, e: int) -> list[tuple[int, int, bool]]:
    """The quotations (sorted, disjoint) that overlap [s, e), found by bisection."""
    i = max(0, bisect.bisect_left(regions, (s,)) - 1)
    out = []
    while i < len(regions) and regions[i][0] < e:
        if regions[i][1] > s:
            out.append(regions[i])
        i += 1
    return out


def _spans_and_kind(text: str, regions: list[tuple[int, int, bool]], s: int, e: int) -> tuple[list[Span], str, bool]:
    """Content spans of text[s:e]: the quotes alone when it is nothing but quotes."""
    s, e = _strip(text, s, e)
    if e > s and text[e - 1] in ")]" and text[e:e + 1] in ("", " ", "\n") and \
            text.find("(" if text[e - 1] == ")" else "[", s, e) < 0:
        # "(Ann Lee said later that she had not meant it.)": the parenthesis closes the sentence, not the content
        s, e = _strip(text, s, e - 1)
    lead = _CONTENT_CONNECTIVE.match(text, s, e)
    if lead:
        # "But it is the duty of ...": the connective joins the sentence to the last, it is not said
        s = lead.end()
    if s >= e:
        return [], "", False
    inside = _regions_in(regions, s, e)
    if not inside:
        return [(s, e)], "indirect", False
    preface = _QUOTE_PREFACE.match(text, s, inside[0][0])
    if preface and preface.end() == inside[0][0]:
        # 'For example: "We made a mistake"': the quote is the content
        s = inside[0][0]
    outside_words = 0
    pos = s
    for qs, qe, _ in inside:
        outside_words += len(_WORD.findall(text[pos:max(pos, qs)]))
        pos = max(pos, qe)
    outside_words += len(_WORD.findall(text[pos:e]))
    if outside_words == 0:
        spans = [(max(qs, s), min(qe, e)) for qs, qe, _ in inside]
        return spans, "direct", not inside[-1][2]
    return [(s, e)], "mixed", False


# "When asked about the plan, Lee said ...", "Speaking in Ohio on Friday, Lee said ...": an opening
# clause of when or how, not what was said
_SETTING_LEAD = re.compile(
    r"\s*(?:(?:But|And|Yet|So|Then)\s+)?(?:When|While|As|After|Before|Once|Asked|Pressed|Speaking|Addressing|"
    r"Responding|Appearing|Writing|Campaigning|Testifying|"
    # ("Early in his campaign, Trump attacked Romney", "In her post, she reminded ...": when and where)
    r"Early|Late|Earlier|Later|During|Throughout|In|On|At)\s")


# the opening phrase of when or where, to its comma, and a capital opening the clause after it
_SETTING_THEN_CLAUSE = re.compile(r"[^,#;:]{2,60},\s+(?=[A-Z])")


def _setting_lead(masked: str, lo: int, subject_start: int, after_cue: int) -> bool:
    if MASK in masked[lo:subject_start]:
        return False
    after = masked[after_cue:after_cue + 4].strip()
    if after.startswith(",") and not after[1:].lstrip().startswith(MASK):
        # "When it rains, she said, the roads flood": the attribution interrupts the clause
        return False
    if _ENDS_AT_CUE.match(masked, after_cue):
        # "As a woman, she raised less suspicion, Lee said.": nothing follows, so the clause is what was said
        return False
    return _SETTING_LEAD.match(masked, lo, subject_start) is not None


# a comma and a few words before a cue: the subject of an attribution that closes its sentence
_CLOSING_ATTRIBUTION = re.compile(r",\s+(?:[\w.'\u2019-]+\s+){1,6}$")
# an attribution with its subject after the cue, closing the sentence: ", said Ann Lee, a spokeswoman."
_NO_FINITE = rf"(?!(?:{FINITE_WORDS})\b)"
_INVERTED_CLOSING = re.compile(
    r",\s+(?:said|says|added|adds|wrote|writes|noted|explained|argued)\s+"
    rf"(?:(?:the|a|an|his|her|their|its)\s+(?:{_NO_FINITE}[\w.'\u2019-]+\s+){{0,3}}?{_NO_FINITE}[\w.'\u2019-]+|"
    r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*)(?:,[^,#;:]{1,80})?\s*[.!?]")
# nothing but the sentence's end (and perhaps when) after a cue
_WHEN_THEN_END = (rf"(?:\s+(?:on\s+)?(?:{'|'.join(d.title() for d in sorted(DAYS))}|today|yesterday)"
                  r"(?:\s+(?:morning|afternoon|evening|night))?)?\s*[.!?]")
_ENDS_AT_CUE = re.compile(_WHEN_THEN_END)
# after the cue of an attribution that closes its sentence: whom it was told, where, when, and the end
_CLOSING_TAIL = re.compile(
    r"(?:\s+(?:reporters|(?:[Tt]he\s+)?[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*){0,3}))?"
    r"(?:\s+(?:in\s+an?\s+(?:[a-z]+\s+)?(?:statement|interview|email|e-mail|tweet|post|letter|speech)|on\s+Twitter|"
    r"to\s+reporters))?" + _WHEN_THEN_END)


_CONTENT_CONNECTIVE = re.compile(r"(?:But|And|So|Yet|Still|Also|Plus)\s+(?=\S)")
_QUOTE_PREFACE = re.compile(r"(?:[\w'\u2019.-]+\s+){0,3}[\w'\u2019.-]+:\s*")


class _Paragraph:
    def __init__(self, text, masked, regions, index, start, end):
        self.text, self.masked, self.regions = text, masked, regions
        self.index, self.start, self.end = index, start, end


# "is backing Hillary Clinton", "backed Sen. Ann Lee": backing someone named is taking a side, a statement
_BACKING = frozenset({"backing", "backed", "supporting"})
_NAMED_OBJECT = re.compile(r"(?:former\s+)?(?:(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][a-z]+"
                           r"(?:\s+(?:(?:Sen|Rep|Gov|Jr)\.|[A-Z][\w'\u2019-]*[a-z]))*(?<!\.)(?![\w'\u2019])")
# what a source asks of the reporter, not what it says: "asked not to be named", "declined to be identified"
_ANONYMITY = re.compile(
    r"\s+(?:not\s+)?to\s+be\s+(?:named|identified|quoted|quoted\s+by\s+name|named\s+or\s+quoted|"
    r"identified\s+by\s+name)\b")

_PERMISSIONS = frozenset("authorized authorised allowed permitted cleared empowered".split())
_PERMISSION_TO_SPEAK = re.compile(r"\s+to\s+(?:speak|discuss|comment|talk|brief|be\s+quoted|be\s+identified|be\s+named)\b")


# a finite verb right after a cue: the cue's clause is the subject of that verb
_VERB_AFTER_CUE = re.compile(r"\s+(?:is|are|was|were|has|have|had)\b(?!\s*(?:said|told|been|also|,))")


# '#, the paper reported.' closing a sentence: a quote, a comma, a named subject
_CLOSING_SUBJECT = re.compile(r"#,?\s+(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,4}")


def _ends_in_attribution(masked: str, at: int, e: int) -> bool:
    """Whether masked[at:e] ends in a quote and its attribution ('..."#, the Hill reported.')."""
    for m in _CLOSING_SUBJECT.finditer(masked, at, e):
        cue = CUE.match(masked, m.end(), e)
        if cue and not masked[cue.end():e].strip(" .\n"):
            return True
    return False


# content that opens on "by" and a noun phrase is a passive's agent ("by" and a gerund, or a
# margin, "by 55%-41%", is content)
_BY_AGENT = re.compile(r"by\s+(?=[^\s\d])(?!(?:[a-z]+ly\s+)?[a-z]+ing\b)")
# "made no mention of", "makes only passing mention of", "avoided all mention of"
_MADE_MENTION = re.compile(r"\b(?:(?:[a-z]+ly\s+)?(?:made|makes|make|making)\s+(?:no|little|scant|any|only\s+(?:a\s+)?"
                           r"(?:passing|sparing|brief)|(?:a\s+)?(?:passing|brief|specific|no\s+specific))|"
                           r"(?:avoided|avoids|avoiding)\s+(?:all|any))\s+$")
_OF_NEXT = re.compile(r"\s+of\s+")


# verbs of saying proper: a statement they report inside a closing attribution's sentence is one of its own
_SAYING = frozenset("""said says say saying told tells tell telling explained explains wrote writes described describes
describe suggested suggests argued argues insisted insists warned warns claimed claims reported reports announced
revealed mentioned declared declaring stated noted believe believes believed think thinks thought""".split())


def _without_deeds_inside(found: list[Finding], outer: Finding, masked: str) -> list[Finding]:
    """`found` without the statements inside `outer`'s content whose cue is no verb of saying."""
    return [f for f in found if not (outer.spans[0][0] <= f.spans[0][0] and f.spans[-1][1] <= outer.spans[-1][1] and
                                     f.cue is not None and masked[f.cue[0]:f.cue[1]].rsplit(None, 1)[-1] not in _SAYING)]


# "on" and a day, a date, a medium or a place of speaking
_ON_WHEN_OR_WHERE = re.compile(
    rf"[Oo]n\s+(?:(?:{'|'.join(sorted(w.title() for w in DAYS | MONTHS))}|Twitter|Facebook|Instagram|YouTube|CNN|Fox|"
    r"MSNBC|NBC|CBS|ABC|\d)\b|social\s+media\b|(?:the|a|his|her|their)\s+(?:same\s+)?(?:campaign\s+trail|call|phone|"
    r"air|radio|show|program|website|site|floor|stump|record|Senate\s+floor|House\s+floor)\b)")


def _find_in_sentence(par: _Paragraph, s: int, e: int) -> tuple[list[Finding], Span | None]:
    """The statements a sentence reports, in order, and the last second source it names."""
    found: list[Finding] = []
    according: Span | None = None
    consumed = s
    described = _quote_then_described_source(par, s, e) or _cue_first(par, s, e)
    if described is not None:
        found.append(described)
        consumed = described.cue[1]
    skip_until = s
    for cue in CUE.finditer(par.masked, s, e):
        verb = cue.group("verb")
        if cue.start() < consumed or cue.start() < skip_until:
            # a cue inside content already taken reports a statement within a statement
            continue
        permission = _PERMISSION_TO_SPEAK.match(par.masked, cue.end(), e) if verb in _PERMISSIONS else None
        if permission:
            # "because they were not authorized to speak publicly": why a source is unnamed, not what it says
            skip_until = permission.end()
            continue
        made = _MADE_MENTION.search(par.masked, max(s, cue.start() - 40), cue.start()) \
            if verb == "mention" else None
        of = _OF_NEXT.match(par.masked, cue.end(), e) if made else None
        if of:
            # "Trump made no mention of Jeb Bush", "the ad makes no mention of Clinton": whom they
            # left unmentioned is what the subject said (or would not say)
            source = _subject_before(par.text, par.masked, max(s, consumed), made.start())
            spans, kind, open_q = _spans_and_kind(par.text, par.regions, of.end(), _content_end(par.masked, of.end(), e))
            if source is not None and spans:
                found.append(Finding(spans, kind, source, (made.start(), cue.end()), par.index, open_quote=open_q))
                consumed = max(b for _a, b in spans)
            continue
        if reported.noun_use(par.masked, cue.start(), cue.end()):
            continue
        if reported.other_sense(verb, par.masked, s, cue.start(), cue.end(), e):
            # the cue word as a noun, an idiom or another sense of the verb: it reports nothing
            continue
        if _VERB_AFTER_CUE.match(par.masked, cue.end(), e) and _ends_in_attribution(par.masked, cue.end(), e):
            # 'The loopholes he cited are "...," the paper reported.': the cue sits in a clause that
            # names a thing, and the sentence's closing attribution reports what is said of it
            continue
        if verb in _SHOWING and _NAME_THEN_SPEAKING.match(par.masked, cue.end(), e) or \
                _SHOWN_AHEAD.match(par.masked, cue.end(), e):
            # "The ad shows Clinton saying ...", "The spot ends with footage of Trump saying ...": what is
            # shown is their statement
            continue
        asked_by = _ASKED_BY.match(par.masked, cue.end(), e) if verb == "asked" else None
        if asked_by:
            # "When asked by a reporter whether this differed, Trump said ...", "Sanders was asked by
            # host John Dickerson whether ...": the question is the asker's
            spans, kind, open_q = _spans_and_kind(par.text, par.regions, asked_by.start("q"), asked_by.end("q"))
            source = _strip(par.text, asked_by.start("src"), asked_by.end("src"))
            if spans and _is_mention(_WORD.findall(par.text, *source)):
                found.append(Finding(spans, kind, source, (cue.start(), cue.end()), par.index, open_quote=open_q))
                # (the cue after it still reads "When asked ...," as the setting of its own statement)
                skip_until = asked_by.end("q")
                continue
        prev = found[-1] if found else None
        opening = _main_subject_after_participle(par.text, par.masked, max(s, consumed), e)
        if opening and opening[1] > cue.end():
            # "Having announced that he would stay, Judge Berman left": a cue inside the participle
            # clause that opens the sentence has the sentence's subject, and its content ends with the clause
            finding, stop = _finding_at(par, s, opening[1], cue, consumed, prev)
            if finding is None and not stop and verb in SPEECH_PARTICIPLES and \
                    _SUBORDINATE_OPENING.fullmatch(par.masked, max(s, consumed), cue.start()):
                # "After admitting that the bill was flawed, Lee voted for it": the participle's content
                # runs to the clause's comma, and the sentence's subject said it
                after = _object_end(par.text, par.masked, cue.end(), opening[1]) if verb in TAKES_OBJECT else cue.end()
                start = _content_start(par.text, par.masked, after, opening[1])
                spans, kind, open_q = _spans_and_kind(par.text, par.regions, start, opening[1])
                if spans:
                    finding = Finding(spans, kind, opening[0], (cue.start(), cue.end()), par.index, open_quote=open_q)
            elif finding is not None and finding.source is not None and finding.source[0] < opening[0][0] and \
                    finding.spans[-1][1] <= opening[1]:
                finding.source = opening[0]
            elif finding is not None:
                finding = None
        else:
            finding, stop = _finding_at(par, s, e, cue, consumed, prev)
        if stop:
            break
        if finding is None:
            continue
        if found and finding.cue[0] > found[-1].cue[1] and finding.spans[-1][1] <= finding.cue[0]:
            # "Sanders plans to remain a Democrat, his spokesman said.": the closing attribution reports
            # the whole sentence; a plan, a promise or an agreement inside it is part of what was said,
            # while a statement of its own ("told police she was stressed, police said") stays
            found = _without_deeds_inside(found, finding, par.masked)
        anonymous = _ANONYMITY.match(par.masked, cue.end(), e)
        if anonymous and finding.spans[0][0] >= cue.end() and finding.spans[-1][1] > anonymous.end():
            # "Two officials, who asked not to be identified, said the talks collapsed": the request
            # ends at its own words, and the cue after it still finds its subject before the request
            finding.spans, finding.kind, finding.open_quote = _spans_and_kind(
                par.text, par.regions, finding.spans[0][0], anonymous.end())
            if not finding.spans:
                continue
        if finding.kind == "indirect" and verb in WEAK_INDIRECT and \
                not par.text.startswith("that ", finding.spans[0][0]) and \
                not reported.intention(par.text, verb, finding.spans[0][0]):
            # "pledged $5 million", "backed the bill": deeds, unless a that-clause or a quote follows;
            # "is backing Hillary Clinton because ...": whom they back is their statement
            backed = _NAMED_OBJECT.match(par.text, finding.spans[0][0]) \
                if verb in _BACKING and finding.spans[0][0] >= cue.end() else None
            if backed is None:
                continue
            finding.spans = [backed.span()]
        if finding.kind == "indirect" and _ON_WHEN_OR_WHERE.match(par.text, finding.spans[0][0]):
            # "confirmed on Facebook Friday", "criticized on social media", "said on the same call": where
            # or when it was said, and nothing said after the cue word
            continue
        if finding.kind == "indirect" and par.text.startswith(("and ", "or "), finding.spans[0][0]):
            # "Sanders endorsed and has fundraised for ...", "what Obama says and promises": a second verb
            # or a noun after the cue word, and nothing said opens with the conjunction
            continue
        if finding.kind == "indirect" and _BY_AGENT.match(par.text, finding.spans[0][0]):
            # "first declared by President Nixon", "echoed by everyone": a passive's agent is not
            # what was said ("responded by saying …" and "say by 55%-41% that …" are)
            continue
        if finding.kind == "indirect" and verb in QUOTE_ONLY:
            # "cried for hours", "continues to grow": no quote, no speech
            continue
        named = _NAMING_OBJECT.match(par.masked, cue.end(), e) if verb in _NAMING_VERBS else None
        if named and finding.spans[0][0] >= cue.end() and finding.kind != "direct":
            # 'called the plan a "disaster," adding ...': what is named and its quoted name
            end = _quote_end(par, named.end() - 1, e)
            if end < finding.spans[-1][1] and _AFTER_NAME_STOP.match(par.masked, end, e) and \
                    par.masked.find(MASK, end, finding.spans[-1][1]) < 0:
                finding.spans, finding.kind, finding.open_quote = _spans_and_kind(
                    par.text, par.regions, finding.spans[0][0], end)
        cut = _inner_quote_attribution(par, finding, cue.end())
        if cut is not None:
            # 'when Lee said it was fine, a man yelled "Go home!"': the content stops before its comma
            finding.spans, finding.kind, finding.open_quote = _spans_and_kind(par.text, par.regions,
                                                                              finding.spans[0][0], cut)
            if not finding.spans:
                continue
        then = _participle_quote(par, finding, cue.end(), e)
        if then is not None:
            # '... called them to the stage, singing "It's our time."': the song is a statement of its own
            finding.spans, finding.kind, finding.open_quote = _spans_and_kind(par.text, par.regions,
                                                                              finding.spans[0][0], then[0])
            if not finding.spans:
                continue
        src = finding.source
        if src and par.text[src[0]:src[1]].lower() in ("who", "which", "that"):
            # "Ann Lee, who said she left on good terms": "who" is Ann Lee ("the report, which notes": the report)
            comma = par.masked.rfind(",", s, src[0])
            antecedent = _subject_before(par.text, par.masked, s, comma) if comma > s else None
            if antecedent is not None and len(_WORD.findall(par.text, *antecedent)) > 5:
                # "The decision drew criticism from Republicans, who called it ...": not the clause
                # but the people it ends on
                last = _LAST_OBJECT.search(par.masked, antecedent[0], comma)
                antecedent = (last.start(1), last.end(1)) if last else antecedent
            if prev is not None and prev.source and prev.source[0] < comma < src[0] < prev.source[1]:
                # '"...," said the official, who asked not to be named': who is the official
                antecedent = _strip(par.text, prev.source[0], comma)
            if antecedent is None or not par.masked[comma:src[0]].strip(" ,") == "":
                antecedent = reported.who_antecedent(par.text, par.masked, s, src) or antecedent
            if par.text[src[0]:src[1]].lower() == "which" and comma > s:
                # "They turned to the police, which reported ...": the body right before the comma
                antecedent = reported.thing_before(par.masked, s, src) or antecedent
            elif antecedent is None and par.text[src[0]:src[1]].lower() != "who":
                antecedent = reported.thing_before(par.masked, s, src)
            if antecedent:
                finding.extra_sources.append(antecedent)
        found.append(finding)
        if then is not None:
            found.append(then[1])
        according = _according_source(par.masked, e, cue.end()) or according
        if anonymous and finding.spans[-1][1] == anonymous.end():
            skip_until = anonymous.end()
            if verb in _ASKED_NOT_TO_BE and finding.spans[0][0] >= cue.end():
                # "The official, who asked not to be named, said ...": why the source is unnamed, which
                # the cues after it still need to find their subject, but no statement to show
                finding.unnamed_reason = True
            continue
        consumed = max(cue.end(), max(se for _ss, se in finding.spans))
        if src and src[0] >= cue.end() and _RELATIVE_AFTER_SOURCE.match(par.masked, src[1], e):
            # '"...," said a man who asked not to be named': the relative clause reports nothing of its own
            consumed = e
    if not found:
        finding = _according(par, s, e) or _in_words(par, s, e) or _name_colon(par, s, e) or _title_case_says(par, s, e) or \
            reported.title_case_cue(par, s, e) or reported.as_clause_cue(par, s, e) or _colon_quote(par, s, e) or \
            _verb_beside_quote(par, s, e)
        if finding:
            found.append(finding)
        else:
            found.extend(_dash_attributions(par, s, e))
    else:
        opening = _OPENING_ACCORDING.match(par.masked, s, e)
        if opening is not None and all(f.spans[0][0] > opening.end() for f in found):
            # 'According to the filing, Ann Lee said ...': the filing reports all that follows, and Ann
            # Lee what she said
            outer = _according(par, s, e)
            if outer is not None:
                found = [outer] + _without_deeds_inside(found, outer, par.masked)
        beside = reported.according_beside(par, s, e, found)
        if beside:
            # ("The campaign plans to release the records, according to a spokesman.": the plan is his word)
            found = _without_deeds_inside(found, beside, par.masked)
            found.append(beside)
            found.sort(key=lambda f: f.spans[0][0])
        taken = max(max(b for _a, b in f.spans) for f in found)
        if par.masked.find(":", taken, e) >= 0:
            # 'With leaders worried about X, Obama is rolling out a new message: "It's about me."': the
            # quote after the colon, past what the sentence already reported, is the next clause's
            after = _colon_quote(par, _strip(par.text, taken, e, " \t,;")[0], e)
            if after is not None:
                found.append(after)
    poll = reported.poll_finding(par, s, e, found)
    if poll:
        found = sorted(found + [poll], key=lambda f: f.spans[0][0])
    named = _characterizations(par, s, e, found)
    for n in list(named):
        same = next((f for f in found if f.cue == n.cue and f.spans[0][0] == n.spans[0][0]), None)
        if same is not None:
            # 'dismissed the claims as "absurd"': one statement, the name it gives included
            same.spans, same.kind, same.open_quote = n.spans, n.kind, n.open_quote
            named.remove(n)
    if named:
        found = sorted(found + named, key=lambda f: f.spans[0][0])
    headline = _QUOTE_COLON_SPEAKER.match(par.masked, s, e)
    if headline and not any(a <= s + headline.start(1) < b for f in found for a, b in f.spans):
        # "‘We will not give up’: Zelenskyy vows to fight on": a headline's quote and who said it
        spans, kind, open_q = _spans_and_kind(par.text, par.regions, s, s + len(headline.group(1)))
        if kind == "direct":
            found.insert(0, Finding(spans, kind, headline.span(2), headline.span(3), par.index, open_quote=open_q))
    first_quote = par.masked.find(MASK, s, e) if found else -1
    if not found or first_quote >= 0 and not any(a <= first_quote < b for f in found for a, b in f.spans):
        # nothing reported the sentence's first quote: what its subject did with it
        partial = _subject_verb_quote(par, s, e)
        if partial is not None and not any(a < partial.spans[-1][1] and partial.spans[0][0] < b
                                           for f in found for a, b in f.spans):
            found.append(partial)
            found.sort(key=lambda f: f.spans[0][0])
    return [f for f in found if not f.unnamed_reason], according


# the verb right after a sentence's subject: auxiliaries and adverbs, then a verb in the past or
# present tense ('branded', 'has used', 'exhorted', 'calls')
# ('Ann Lee (D-Ohio), in particular, has been pounding ...'): a party label and an aside may come first;
# a progressive ('has been pounding', 'is calling') reports as the simple tense does
_VERB_AFTER_SUBJECT = re.compile(
    r"(?:\s*\([^()#]{1,30}\))?(?:\s*,\s*(?:in\s+particular|too|also|meanwhile|however|though|in\s+turn|"
    r"for\s+(?:his|her|its|their)\s+part)\s*,)?"
    r"\s+(?:(?:has|have|had|will|would|also|then|again|once|later|often|repeatedly|recently|[a-z]+ly)\s+){0,3}"
    r"(?:(?P<progressive>(?:(?:has|have|had)\s+been|is|are|was|were)\s+(?:[a-z]+ly\s+)?)(?=[a-z]{2,}ing\b))?"
    r"(?P<verb>(?(progressive)[a-z]{2,}ing|(?:(?!(?:is|was|are|were|has|had|does|did|said|says)\b)[a-z]{2,}ed|[a-z]{2,}[^siu\W]s|"
    r"took|takes|gave|gives|made|makes|put|puts|went|goes|saw|sees|drew|draws|threw|throws|wrote|spoke|struck|hit|"
    r"call|describe|label|dub|brand|term|deem)))\b")


_NOT_A_SUBJECT = frozenset("""it this that these those there here one both such two three several his her their
its many some most all each every other others no few any another either neither""".split())


_QUANTIFIERS = frozenset("several many some most few two three four five dozens hundreds thousands".split())
_QUANTIFIERS_TITLE = tuple(w.title() for w in _QUANTIFIERS)
_QUANTIFIED_GROUP = re.compile(r"[A-Z][a-z]+(?:\s+[a-z][\w'\u2019-]*){0,2}\s+[a-z][\w'\u2019-]*s\b")


def _subject_verb_quote(par: _Paragraph, s: int, e: int) -> Finding | None:
    """'Japan branded North Korea an "outlaw nation."', 'Cruz exhorted Republicans to "vote your
    conscience."': a partial quote in what a named subject did, when no cue reports it."""
    text, masked = par.text, par.masked
    first_quote = masked.find(MASK, s, e)
    if first_quote < 0:
        return None
    subject = _subject_of_sentence(text, masked, s, first_quote) or \
        reported.subject_after_prefaces(text, masked, s, first_quote)
    if subject is not None and text[subject[0]:subject[1]].lower() in _QUANTIFIERS:
        # "Several environmental groups", "Many voters": the quantifier and its noun
        group = _QUANTIFIED_GROUP.match(masked, subject[0], first_quote)
        subject = (group.start(), group.end()) if group else subject
    if subject is None or _VERB_AFTER_SUBJECT.match(masked, subject[1], first_quote) is None:
        # 'Rep. Tom Hale (D-Ohio), in particular, branded ...': the name, then its party and an aside
        lead = _LEADING_NP.match(masked, s, first_quote)
        subject = _strip(text, lead.start(), lead.end()) if lead else subject
    if subject is None:
        return None
    words = _WORD.findall(text, subject[0], subject[1])
    described = words and words[0] in ("The", "A", "An", *_QUANTIFIERS_TITLE) and 2 <= len(words) <= 4 and \
        all(w.islower() and w not in _NOT_IN_A_GROUP and w not in _NOT_A_SUBJECT for w in words[1:])
    if not words or not words[0][0].isupper() or not (words[-1][0].isupper() or described) or not _plain_subject(words) or \
            len(words) > 7 or not described and (_NOT_A_SPEAKER.match(words[0]) or words[0].lower() in _NOT_A_SUBJECT):
        return None
    verb = _VERB_AFTER_SUBJECT.match(masked, subject[1], first_quote)
    if verb is None or verb.group("verb") in _NOT_NAMING or re.search(r"[;:,\u2014\u2013]|\s-\s", masked[verb.end():first_quote]) or \
            len(_WORD.findall(masked, verb.end(), first_quote)) > 12:
        return None
    quote = next((r for r in _regions_in(par.regions, first_quote, first_quote + 1) if r[0] == first_quote), None)
    if quote is None:
        return None
    quoted = _WORD.findall(text, quote[0], quote[1])
    if len(quoted) < 2 or all(w[0].isupper() or w in _TITLE_SMALL for w in quoted):
        # 'on CBS's "This Morning"', 'a "favor"': a title or a single word, no statement
        return None
    end = min(e, quote[1])
    more = _MORE_QUOTES.match(masked, end, e)
    if more:
        end = more.end()
    start = _strip(text, verb.end(), end)[0]
    spans, kind, open_q = _spans_and_kind(text, par.regions, start, end)
    if not spans or kind == "indirect":
        return None
    return Finding(spans, kind, subject, (verb.start("verb"), verb.end("verb")), par.index, open_quote=open_q)


# "criticized the law as a "crazy system"", "is describing as "unhinged" a tweet": a verb, what it
# names (up to eight words) and the quoted name it gives
_AS_QUOTE = re.compile(
    r"\b(?P<verb>[a-z]{3,}(?:ed|es|s|ing)|went|gone|saw|sees|took|takes|cast|put|puts)(?:\s+(?:after|on|out|up|off|down|to))?(?P<np>(?:\s+(?!(?:as|by|is|was|are|were|be|been)\b)[^\s#,;:.!?()]+){0,8}?)(?<!\bsuch)(?<!\bknown)\s+as\s+(?:(?:a|an|the)\s+)?#")
# "what she called a "rant"", "whom he described as "volatile"": the relative pronoun stands for the named
_AS_ANCHOR = re.compile(r"a(?<!\wa)s\s+(?:(?:a|an|the)\s+)?#")
_NAMING_VERBS = ("called|calls|call|described|describes|describe|termed|terms|dubbed|dubs|labeled|labels|labelled|"
                 "branded|brands|characterized|characterizes")
_RELATIVE_NAMING = re.compile(
    # ("that" only after a word that is no cue, checked where it is used: "said that Lee called it ..." is no relative)
    r"(?:\b(?P<rel>what|whom)|(?<=[a-z] )(?P<rel2>which|that)|(?<=, )(?P<rel3>which))\s+"
    rf"(?P<subj>(?:[^\s#,;:.!?()]+\s+){{1,4}}?)(?P<verb>{_NAMING_VERBS})"
    r"\s+(?:as\s+)?(?P<rest>(?:[^\s#,;:.!?()]+\s+){0,4}?)#")
# (a cheap look for one of the verbs first: the pattern above is tried only where one stands)
_NAMING_VERB = re.compile(rf"\s(?:{_NAMING_VERBS})")
_TRAILING_AUXILIARIES = re.compile(r"(?:\s+(?:has|have|had|is|was|are|were|been|being|also|once|often|long))+$")
_AUXILIARIES_ONLY = re.compile(r"(?:(?:is|was|are|were|be|been|being|has|have|had|also|now|often|widely|long|once|"
                               r"since|sometimes|commonly|generally|usually|still|even)\s*)+", re.I)
# verbs that take "as" without characterizing anything ("served as", "known as")
_NOT_NAMING = frozenset("""served serves serving works worked working acts acted acting known joined joins
stands stood emerged emerges remains remained runs ran running poses posed posing returned returns
appeared appears seems seemed looks looked sounds sounded became becomes
comes came coming regarded regards counts counted ranks ranked qualifies qualified doubles doubled
listed lists identified identifies ended ends started starts begins""".split())
_BE_BEFORE = re.compile(r"(?:\s+(?:is|was|are|were|be|been))+\s+$")
_MORE_QUOTES = re.compile(r"(?:,?\s+(?:and|or)\s+(?:(?:a|an|the)\s+)?#+[.,!?]?#*)+")


def _plain_subject(words: list[str]) -> bool:
    """A short subject that can only name who speaks: no preposition or number at its edges."""
    return 1 <= len(words) <= 7 and words[0].lower() not in ("who", "which", "that", "it", "all") and \
        not words[0][0].isdigit() and not _NOT_A_NAME.match(words[0]) and \
        words[-1].lower() not in _NOT_IN_A_GROUP and words[-1].lower() not in ("by", "the", "a", "an")


def _characterizations(par: _Paragraph, s: int, e: int, found: list[Finding]) -> list[Finding]:
    """Partial quotes that name something, with the verb's subject as their source."""
    text, masked = par.text, par.masked
    out = []
    if masked.find(MASK, s, e) < 0:
        return out
    taken = [span for f in found for span in f.spans]
    for anchor in _AS_ANCHOR.finditer(masked, s, e):
        # the verb and what it names end at the anchor: a bounded search back from it
        m = _AS_QUOTE.search(masked, max(s, anchor.start() - 160), anchor.end())
        if m is None or m.end() != anchor.end() or m.group("verb") in _NOT_NAMING:
            continue
        quote = next((r for r in _regions_in(par.regions, m.end() - 1, m.end()) if r[0] == m.end() - 1), None)
        if quote is None or any(a <= quote[0] < b for a, b in taken):
            continue
        be = _BE_BEFORE.search(masked, max(s, m.start("verb") - 20), m.start("verb"))
        participle = m.group("verb").endswith("ing")
        if (be is not None and not participle) or (be is None and participle):
            # "was described as", "being labeled as": a passive names no source; "calling X" hangs on
            # a subject further back
            continue
        subject = _subject_before(text, masked, s, be.start() if be else m.start("verb"))
        if subject is None or not _plain_subject(_WORD.findall(text, subject[0], subject[1])):
            continue
        start = m.start("np") + len(m.group("np")) - len(m.group("np").lstrip()) if m.group("np").strip() \
            else masked.rfind("as", m.end("np"), m.end())
        end = quote[1]
        more = _MORE_QUOTES.match(masked, end, e)
        if more:
            end = more.end()
        spans, kind, open_q = _spans_and_kind(text, par.regions, start, end)
        if spans:
            out.append(Finding(spans, kind, subject, (m.start("verb"), m.end("verb")), par.index, open_quote=open_q))
    if _NAMING_VERB.search(masked, s, e) is None:
        return out
    for m in _RELATIVE_NAMING.finditer(masked, s, e):
        rel = "rel" if m.group("rel") else "rel2" if m.group("rel2") else "rel3"
        if rel == "rel2" and CUE.match(masked, masked.rfind(" ", s, m.start(rel) - 1) + 1, m.start(rel)):
            continue
        quote = next((r for r in _regions_in(par.regions, m.end() - 1, m.end()) if r[0] == m.end() - 1), None)
        subject = _strip(text, m.start("subj"), m.end("subj"))
        cue = (m.start("verb"), m.end("verb"))
        # the cue's own finding read the clause before "what" as its subject: this reading replaces it
        own = next((f for f in found + out if f.cue is not None and f.cue[0] < cue[1] and cue[0] < f.cue[1] and
                    f.cue[0] >= m.start("subj")), None)
        aux = _TRAILING_AUXILIARIES.search(text, subject[0], subject[1])
        if aux is not None and aux.start() > subject[0]:
            # "what former employees have called": the employees
            subject = (subject[0], aux.start())
        others = [span for f in found + out if f is not own for span in f.spans]
        if quote is None or any(a <= quote[0] < b for a, b in others) or \
                not _plain_subject(_WORD.findall(text, *subject)) or _AUXILIARIES_ONLY.fullmatch(text, *subject):
            # ("what has been described as", "what is called": a passive names no one)
            continue
        rest, _kind, open_q = _spans_and_kind(text, par.regions, m.start("rest"), quote[1])
        # what was called so is the relative word and the name given, not who gave it ("what | “fraud”"),
        # as a quote split by its attribution leaves the attribution out
        named = [(m.start(rel), m.end(rel))] + rest
        if rest and own is not None:
            own.spans, own.kind, own.source, own.open_quote = named, "mixed", subject, open_q
        elif rest:
            out.append(Finding(named, "mixed", subject, cue, par.index, open_quote=open_q))
    return out


# '"...," Ann Lee, who chairs the panel, said': a quote, its source, a relative clause or appositives
# between commas (which may hold cues of their own), then the attribution
_DESCRIBED_SOURCE = re.compile(
    r"[ \t]*#++(?:[,!?]#++)?\s+(?P<src>(?:[A-Z][\w.'\u2019-]*|(?:the|a|an|one|his|her|their|its)\s+[\w'\u2019-]+)(?:\s+[\w.'\u2019-]+){0,5}?),"
    r"\s+(?P<mid>(?:who|whose|a|an|the|one|[a-z]+ing\b|[A-Z])(?:[^#;]|(?<!#)#{1,40}(?!#)){0,220}?),\s+"
    rf"(?P<cue>(?:(?:also|later|then|had|has|once)\s+)?(?:{'|'.join(sorted(INVERTIBLE, key=len, reverse=True))}))\b")


def _quote_then_described_source(par: _Paragraph, s: int, e: int) -> Finding | None:
    m = _DESCRIBED_SOURCE.match(par.masked, s, e)
    if m is None or par.text[m.start("cue")].isupper() or \
            any(qs < m.start("mid") or qe > m.end("mid") for qs, qe, _ in
                _regions_in(par.regions, m.start("mid"), m.end("mid"))):
        return None
    words = _WORD.findall(m.group("src"))
    if not _is_mention(words, loose=True) or _NOT_A_NAME.match(words[0]):
        return None
    spans, kind, open_q = _spans_and_kind(par.text, par.regions, s, m.start("src"))
    if kind != "direct":
        return None
    source = (m.start("src"), m.end("src"))
    if _NAME_ONLY.fullmatch(m.group("mid")) and words[-1].islower():
        # "the party's spokesman, Ann Lee, said": the name
        source = (m.start("mid"), m.end("mid"))
    return Finding(spans, kind, source, (m.start("cue"), m.end("cue")), par.index, open_quote=open_q)


# 'Said Ann Lee, who grew up there, "We were proud."', 'Stated Stone: "..."': the cue opens the sentence
_CUE_FIRST = re.compile(
    r"[ \t]*(?P<cue>Said|Says|Added|Adds|Stated|States|Wrote|Writes|Explained|Tweeted|Recalled|Noted)"
    r"\s+(?P<src>(?:[A-Z]|the\s|a\s|an\s|one\s)[^#,:;.!?]{0,60}?)(?:,[^#;:]{1,150}?)?[,:]\s*(?=#)")


def _cue_first(par: _Paragraph, s: int, e: int) -> Finding | None:
    m = _CUE_FIRST.match(par.masked, s, e)
    if m is None or not _is_mention(_WORD.findall(m.group("src")), loose=True):
        return None
    spans, kind, open_q = _spans_and_kind(par.text, par.regions, m.end(), e)
    if kind != "direct":
        return None
    return Finding(spans, kind, _strip(par.text, m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")),
                   par.index, open_quote=open_q)


_NAME_ONLY = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*")


# verbs that give something a name: their content is what they name and the name in quotes
_NAMING_VERBS = frozenset("""call called calls calling dubbed dubs dubbing labeled labels labeling labelled
branded brands branding named names naming deemed deems termed terms""".split())
_NAMING_OBJECT = re.compile(r"\s+((?:(?!(?:that|for|on|to|of)\b)[^\s#,;:.!?()]+\s+){0,8}?(?:as\s+)?(?:(?:a|an|the)\s+)?#)")
# what after a quoted name begins something else: a participle, an appositive, a new verb, where it was said
_AFTER_NAME_STOP = re.compile(
    r",?\s+(?:[a-z]+ing|which|but)\b|,\s+(?:a|an)\s|\s+and\s+(?!(?:a|an|the)\b)[a-z]+ed\b|\s+on\s+(?:his|her|their|its)\s")
_PARTICIPLE_NAMING = re.compile(r",\s+(?:calling|dubbing|labeling|labelling|branding|naming)\s+")


def _quote_end(par: _Paragraph, at: int, e: int) -> int:
    """The end of the quote opening at `at`, with any quotes joined to it by "and" or "or"."""
    quote = next((r for r in _regions_in(par.regions, at, at + 1) if r[0] == at), None)
    end = min(e, quote[1]) if quote else at + 1
    more = _MORE_QUOTES.match(par.masked, end, e)
    return more.end() if more else end


# right after a cue: the quote it reports ('said, "', 'yelled "', 'responded: "')
_CUE_THEN_QUOTE = re.compile(r"[,:]?[ \t\u00a0]*#")


_MENTION_THEN_CUE = re.compile(r"\s+((?:he|she|they|I|we|(?:my|his|her|their|the|a|an)(?:\s+[a-z][\w'\u2019-]*){1,3}|(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*))\s+")


# ', singing "...', ' while chanting, "...': a participle whose object is a whole quote
_PARTICIPLE_THEN_QUOTE = re.compile(
    r",?\s+(?:(?:while|before|after|then|and)\s+)?(?!(?:every|no|any|some)?thing\b|during\b|including\b|according\b)"
    r"(?P<verb>[a-z]{3,}ing),?[ \t]*(?=#)")


def _participle_quote(par: _Paragraph, finding: Finding, after_cue: int, e: int) -> tuple[int, Finding] | None:
    """Where a paraphrase stops for a participle that reports a whole quote of the same subject, and
    that quote's statement ('Lee called them up, singing "Our time."'), or None."""
    if finding.kind == "direct" or len(finding.spans) != 1 or finding.source is None:
        return None
    masked = par.masked
    s, end = finding.spans[0]
    at = masked.find(MASK, max(s, after_cue), end)
    if at < 0:
        return None
    m = _PARTICIPLE_THEN_QUOTE.search(masked, max(s, after_cue), at + 1)
    if m is None or m.end() != at or m.start() <= s:
        return None
    first = _WORD.search(par.text, at, e)
    if first is None or not first.group()[0].isupper():
        return None
    spans, kind, open_q = _spans_and_kind(par.text, par.regions, at, _content_end(masked, at, e))
    if kind != "direct" or len(_WORD.findall(par.text, spans[0][0], spans[-1][1])) < 2:
        return None
    return m.start(), Finding(spans, kind, finding.source, (m.start("verb"), m.end("verb")), par.index,
                              open_quote=open_q)


def _inner_quote_attribution(par: _Paragraph, finding: Finding, after_cue: int) -> int | None:
    """Where a paraphrase must stop because a quote with an attribution of its own follows in it:
    the comma before that attribution's subject ('..., Ann Lee said, "..."'), or None."""
    if finding.kind == "direct" or len(finding.spans) != 1:
        return None
    masked = par.masked
    s, e = finding.spans[0]
    if masked.find(MASK, s, e) < 0:
        return None
    for m in _PARTICIPLE_NAMING.finditer(masked, max(s, after_cue), e):
        if _NAMING_OBJECT.match(masked, m.end() - 1, e):
            # '..., calling him a "loser."': a statement of its own
            return m.start()
    for qs, qe, _closed in _regions_in(par.regions, max(s, after_cue), e):
        # '... his former wife: "She signed an agreement," he told the paper': the quote and its own
        # attribution after it are a statement of their own
        width = 2 if par.text.startswith("''", qe - 2) else 1
        first = _WORD.search(par.text, qs, qe)
        if qs <= s or qe > e or masked[qe - 1 - width] not in ",?!" or first is None or not first.group()[0].isupper():
            # a quote in lower case, or with no comma before its closing mark, goes on the clause around it
            continue
        after = _MENTION_THEN_CUE.match(masked, qe, e)
        if after and CUE.match(masked, after.end(), e) and _is_mention(_WORD.findall(after.group(1))):
            cut = _strip(par.text, s, qs)[1]
            if len(_WORD.findall(par.text, s, cut)) >= 2:
                return cut
    for cue in CUE.finditer(masked, max(s, after_cue), e):
        quote = _CUE_THEN_QUOTE.match(masked, cue.end(), e)
        if not quote or par.text[cue.start()].isupper() or par.text[quote.end():quote.end() + 1].islower():
            # a quote in lower case goes on the clause the attribution interrupts
            continue
        comma = masked.rfind(",", s, cue.start())
        closing = masked.rfind(MASK, s, cue.start())
        if closing > comma and cue.start() - closing <= 40:
            # 'because "it fails," she said "We ..."': the attribution follows a closing quote
            words = _WORD.findall(par.text, closing + 1, cue.start())
            if 1 <= len(words) <= 4 and _is_mention(words):
                return closing + 1
        if comma < 0 or cue.start() - comma > 90 or MASK in masked[comma:cue.start()]:
            continue
        words = _WORD.findall(par.text, comma + 1, cue.start())
        if 1 <= len(words) <= 8 and _is_mention(words):
            return comma
    return None


# '"...," said a former official who spoke on the condition of anonymity': the source ends at its relative clause
_NP_BEFORE_RELATIVE = re.compile(
    rf"\s+((?:the|a|an|one)\s+(?:[^,.;:!?#]|{_ABBREV_DOT}){{1,60}}?|[A-Z](?:[^,.;:!?#]|{_ABBREV_DOT}){{0,60}}?)\s+(?:who|whose|that)\s+[a-z]")


_RELATIVE_AFTER_SOURCE = re.compile(r"\s+(?:who|whose|that)\s+[a-z]")

def _inverted_before_relative(text: str, masked: str, ce: int, e: int) -> Span | None:
    m = _NP_BEFORE_RELATIVE.match(masked, ce, e)
    if m is None or not _is_mention(_WORD.findall(m.group(1)), loose=True):
        return None
    return _strip(text, m.start(1), m.end(1))


# a name that a cue's subject follows to the sentence's end: "said Larry Sabato.", "said Ann Lee, a
# spokeswoman for the group.", "said Sen. Bo Ruiz (R-Ohio)."
_NAME_TO_END = re.compile(
    r"\s+(?:(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|Lt|Col|Rev)\.\s+)?((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)"
    r"(?:\s+\([^()#]{1,20}\))?(?=\s*[.!?]?\s*$|,\s)")
# what follows a name as its appositive: "a spokeswoman", "who", a capital, or a role ("director of")
_SOURCE_APPOSITIVE = re.compile(
    rf",\s+(?:a|an|the|who|[A-Z]|(?:{ROLE_HEADS})\b)[^;#]*?(?=[.,;]?\s*$|,\s)")


def _inverted_name_ends(masked: str, ce: int, e: int) -> bool:
    """Whether only a name (with its appositive) follows the cue at ce to the sentence's end e."""
    m = _NAME_TO_END.match(masked, ce, e)
    if m is None or m.group(1).split()[0].lower() in _NO_NAME_AFTER_CUE:
        return False
    if _SENTENCE_REST.fullmatch(masked, m.end(), e):
        return True
    after = _SOURCE_APPOSITIVE.match(masked, m.end(), e)
    return after is not None and _SENTENCE_REST.fullmatch(masked, after.end(), e) is not None


def _inverted_mention_ends(text: str, masked: str, ce: int, e: int) -> bool:
    """Whether only an unnamed source follows the cue to the sentence's end ('..., and the meeting
    went badly, said one GOP source in the room.')."""
    m = _NP_AFTER.match(masked, ce, e)
    if m is None or _SENTENCE_REST.fullmatch(masked, m.end(1), e) is None:
        return False
    words = _WORD.findall(text, m.start(1), m.end(1))
    return 2 <= len(words) <= 8 and words[0].lower() in _UNNAMED_OPENERS and \
        not any(w.lower() in _FINITE or w.endswith("ed") for w in words) and _is_mention(words, loose=True)


_UNNAMED_OPENERS = frozenset("a an one two three several some another".split())
_FINITE = frozenset("is are was were has have had will would could can should may might must do does did".split())
_SENTENCE_REST = re.compile(r"\s*[.!?]?[\s\u201d\u2019\"']*")
# capitalised words after a cue that name no one: "said Friday.", "said It was ..."
_NO_NAME_AFTER_CUE = frozenset({"i", "it", "we", "he", "she", "they", "today", "yesterday", "tomorrow", "this",
                                "that", "there", "in", "on", "at"}) | MONTHS | DAYS


_RIGHT_BEFORE_QUOTE = re.compile(r"[,:]?\s*(?=#)")


_RELATIVE_SUBJECT = re.compile(r"\b(?:which|that)(?=\s+$)")


def _relative_then_quote(masked: str, lo: int, cs: int, ce: int, e: int) -> tuple[Span, int] | None:
    """The "which" or "that" right before a cue that reports a quote straight after it, and
    where the quote starts."""
    rel = _RELATIVE_SUBJECT.search(masked, max(lo, cs - 8), cs)
    m = _RIGHT_BEFORE_QUOTE.match(masked, ce, e) if rel else None
    return ((rel.start(), rel.end()), m.end()) if m and m.end() < e else None


# "Gingrich: Trump must decide" in a headline, 'Bush: "The mission is to destroy ISIS."'
_NAME_COLON = re.compile(r"((?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*):[ \t]+(?=[\w#])")
_NOT_A_SPEAKER = re.compile(
    r"^(?:Update|Updated|Note|Editor|Editors|Photo|Photos|Video|Watch|Read|Related|Source|Sources|Credit|"
    r"Getty|Image|Images|Listen|See|Also|Q|A|Question|Answer|Transcript|Correction|Clarification|Disclosure|"
    r"Warning|Caption|Reporting|Contributing|Contributors|Contact|Follow|Email|Twitter|Facebook|Subscribe|Sign|Click|Example|"
    r"Background|Bottom|Bottom Line|Why|What|How|Who|When|Where|The|This|That|Here|Yes|No|Breaking|Exclusive|"
    r"Analysis|Opinion|Update\s+\d+|Part|Chapter|Step|Day|Round|Tweet|Quote|Quotes|Fact Check|Verdict|Result|Results|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b")


def _name_colon(par: _Paragraph, s: int, e: int) -> Finding | None:
    m = _NAME_COLON.match(par.masked, s, e)
    if not m or _NOT_A_SPEAKER.match(m.group(1)):
        return None
    spans, kind, open_q = _spans_and_kind(par.text, par.regions, m.end(), e)
    if not spans or len(_WORD.findall(par.text, m.end(), e)) < 3:
        return None
    if _LIST_OF_NAMES.fullmatch(par.masked, m.end(), e):
        # "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, ...": who is on a list, not what anyone said
        return None
    return Finding(spans, kind, (m.start(1), m.end(1)), (m.end(1), m.end(1) + 1), par.index, open_quote=open_q)


# three or more names and nothing else: "Tim Albrecht, Brad Anderson and Rob Barron."
_NAME_IN_LIST = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
_LIST_OF_NAMES = re.compile(rf"\s*{_NAME_IN_LIST}(?:,\s+{_NAME_IN_LIST}){{2,}}(?:,?\s+and\s+{_NAME_IN_LIST})?\s*[.;]?\s*")


# 'Trump went even further: "..."', '... - Carl Bialik: "..."': a colon with nothing but a quote after it
_COLON_THEN_QUOTE = re.compile(r":[ \t\u00a0]*(?=#)")
# the name that stands right before the colon ('the pollster Dan Shaw:', '- Rep. Ann Lee (D-N.Y.):')
_NAME_BEFORE_COLON = re.compile(
    r"(?:(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms)\.\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*"
    r"(?:\s*\([A-Z][\w.,\s-]{0,12}\))?\s*$")


# 'More from the report:', '- From Ann Lee:'
_FROM_BEFORE_COLON = re.compile(r"(?:^|(?<=\s)|(?<=-))(?:More\s+)?[Ff]rom\s+((?:the\s+)?[^\s#,;:.!?]+(?:\s+[^\s#,;:.!?]+){0,4})\s*$")


# 'in San Bernardino:': a place, not who speaks
_PLACE_PREPOSITIONS = frozenset("in at on of to for with near outside inside across into toward towards about "
                                "against over under".split())


def _colon_source(text: str, masked: str, s: int, colon: int) -> Span | None:
    """Who speaks in '<clause>: "..."': a name right before the colon, else the clause's subject."""
    m = _NAME_BEFORE_COLON.search(masked, max(s, colon - 60), colon)
    if m and not _NOT_A_SPEAKER.match(m.group()) and not _NOT_A_NAME.match(m.group().split()[0]):
        before = masked[s:m.start()].rstrip()
        if not before or before.endswith(("-", "\u2013", "\u2014", "from", "by")) or \
                len(m.group().split()) >= 2 and before.split()[-1][:1].islower() and \
                before.split()[-1] not in _PLACE_PREPOSITIONS:
            return _strip(text, m.start(), m.end())
    m = _FROM_BEFORE_COLON.search(masked, max(s, colon - 80), colon)
    if m:
        return _strip(text, m.start(1), m.end(1))
    named = _named_appositive_subject(text, masked, s, colon)
    if named:
        return named
    later = _LAST_SUBORDINATOR.match(masked, s, colon)
    if later:
        # 'so odd that a spokesman could only quip:': the clause that holds the colon
        s = later.end()
    s = _strip(text, s, colon)[0]
    subject = _subject_of_sentence(text, masked, s, colon) or reported.subject_after_prefaces(text, masked, s, colon)
    if subject is None or subject[1] >= colon:
        return None
    words = _WORD.findall(text, subject[0], subject[1])
    if not _is_mention(words) or _NOT_A_SPEAKER.fullmatch(text, subject[0], subject[1]) or \
            _NOT_A_SPEAKER.fullmatch(words[0]) and words[0] not in ("The", "A", "An") or \
            text[subject[0]:subject[1]].lower() in ("it", "this", "that", "there", "here", "one"):
        return None
    return subject


# a quote and who said it with a verb the cues do not list ('"...," he surmised.', '"...," mused Ann Lee.',
# 'Ann Lee gloated: "..."'): a verb in the past tense right beside a whole quote says who spoke
_NAME = r"(?:(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms)\.\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*"
_BESIDE_VERB = r"(?!(?:was|were|had|did|need|used|based|called)\b)[a-z]{3,}ed"
_ANY_VERB_AFTER_QUOTE = re.compile(
    rf"\s+(?:(?P<src>he|she|they|I|we|{_NAME})\s+(?:[a-z]+ly\s+|further\s+|then\s+)?(?P<verb>{_BESIDE_VERB})|"
    rf"(?P<iverb>{_BESIDE_VERB})\s+(?P<isrc>{_NAME}))"
    r"(?=\s*(?:[.!?]|$)|\s*,|\s+(?:on|in|at|to|during|after|before|as|while|from|with|of)\b)")
_ANY_VERB_BEFORE_QUOTE = re.compile(
    rf"[ \t]*(?:(?:And|But|So|Then|Later)\s+)?(?P<src>{_NAME})\s+(?:[a-z]+ly\s+)?(?P<verb>{_BESIDE_VERB})\s*[,:][ \t]*(?=#)")
_CLOSED_BY_COMMA = re.compile(r"[ \t]*#+[,!?]#{1,2}")


def _verb_beside_quote(par: _Paragraph, s: int, e: int) -> Finding | None:
    text, masked = par.text, par.masked
    before = _ANY_VERB_BEFORE_QUOTE.match(masked, s, e)
    if before is not None:
        if _NOT_A_SPEAKER.match(before.group("src")) or _NOT_A_NAME.match(before.group("src").split()[0]) or \
                not _only_quotes(par, before.end(), e):
            return None
        spans, kind, open_q = _spans_and_kind(text, par.regions, before.end(), e)
        return Finding(spans, kind, (before.start("src"), before.end("src")), (before.start("verb"), before.end("verb")),
                       par.index, open_quote=open_q) if kind == "direct" else None
    quote = _CLOSED_BY_COMMA.match(masked, s, e)
    after = _ANY_VERB_AFTER_QUOTE.match(masked, quote.end(), e) if quote else None
    if after is None:
        return None
    src, verb = ("src", "verb") if after.group("src") else ("isrc", "iverb")
    if _NOT_A_SPEAKER.match(after.group(src)) or _NOT_A_NAME.match(after.group(src).split()[0]):
        return None
    spans, kind, open_q = _spans_and_kind(text, par.regions, s, quote.end())
    return Finding(spans, kind, (after.start(src), after.end(src)), (after.start(verb), after.end(verb)),
                   par.index, open_quote=open_q) if kind == "direct" else None


def _colon_quote(par: _Paragraph, s: int, e: int) -> Finding | None:
    masked = par.masked
    colon = masked.rfind(":", s, e)
    if colon < 0 or not _COLON_THEN_QUOTE.match(masked, colon, e) or masked.find(MASK, s, colon) >= 0 or \
            not _only_quotes(par, colon + 1, e):
        return None
    source = _colon_source(par.text, masked, s, colon)
    if source is None:
        return None
    spans, kind, open_q = _spans_and_kind(par.text, par.regions, colon + 1, e)
    if kind != "direct":
        return None
    return Finding(spans, kind, source, (colon, colon + 1), par.index, open_quote=open_q)


_NAMED_APPOSITIVE = re.compile(
    r"(?:#+[.,!?]?#*)?\s*((?:(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|Lt|Col|Sgt|Rev|Prof)\.\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,3}"
    r"[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*)(?:\s*\([A-Z][\w.,\s-]{0,12}\))?,")
_SENTENCE_PUNCT = re.compile(rf"(?!{_ABBREV_DOT})\.|[;!?]")
# sentence openers that look like a one-word name before a comma
_NOT_A_NAME = re.compile(
    r"(?:[A-Z][a-z]{2,}(?:al|ful|ous|ive|ent|ant|ic|ar|ed|ing|ess|ate|ible|able|ct|ple|ain|ear)ly|Only|Early|Really|"
    r"Nearly|Clearly|Simply|Surely|Hardly|Mostly|Largely|Partly|Rarely|Likely|Lately|Currently|Frankly|Notably|"
    r"Meanwhile|However|Still|Now|Instead|Later|Earlier|Afterward|Afterwards|Again|Moreover|"
    r"Indeed|Nevertheless|Nonetheless|Yet|Then|So|But|And|Or|There|Overall|Last|These|Those|Today|Tonight|"
    r"Yesterday|Tomorrow|Once|Besides|Otherwise|Thus|Therefore|Hence|Also|Plus|First|Second|Third|Finally|"
    r"Sometimes|Often|Anyway|Regardless|Similarly|Likewise|Ultimately|Of|In|On|At|For|With|By|From|After|"
    r"Before|During|Since|Until|Under|Over|Among|Despite|Like|Unlike|If|As|When|While|Although|Though|"
    r"Because|Asked|Speaking|Writing|Asked)$")
# '"We are ready." \u2015 Ann Lee', '"..." \u2014 Ann Lee, a nurse': a quote signed after a dash,
# several to a paragraph when each signed quote stands on a line of its own
_DASH_SIGNATURE = re.compile(
    r"(?<=#)[ \t\u00a0]*[\u2015\u2014][ \t\u00a0]*((?:[A-Z][\w.'\u2019-]*[ \t]+){0,4}[A-Z][\w.'\u2019-]*[a-z][\w'\u2019-]*)"
    r"(?:,[^#\n]{0,80}?)?[. \t\u00a0]*(?=\n|$)")


def _dash_attributions(par: _Paragraph, s: int, e: int) -> list[Finding]:
    out = []
    if par.masked.find("\u2014", s, e) < 0 and par.masked.find("\u2015", s, e) < 0:
        # no dash, no signature
        return out
    pos = s
    for m in _DASH_SIGNATURE.finditer(par.masked, s, e):
        spans, kind, open_q = _spans_and_kind(par.text, par.regions, pos, m.start())
        if kind == "direct" and not _NOT_A_SPEAKER.match(m.group(1)):
            dash = m.start() + len(m.group()) - len(m.group().lstrip(" \t\u00a0"))
            out.append(Finding(spans, kind, (m.start(1), m.end(1)), (dash, dash + 1), par.index,
                               open_quote=open_q, closed=True))
        pos = m.end()
    return out


_WITH_SUBJECT = re.compile(r"\b(?:with|left|leaving)\s+((?:[^\s,;#]+\s+){0,7}?[^\s,;#]+)\s+$")
_TRAILING_ADVERB = re.compile(r"(?:\s+[a-z]+ly)+$")
_ENDS_IN_BE = re.compile(r"\s(?:was|were|is|are)$")
_ENDS_IN_CONJUNCTION = re.compile(r"\s(?:and|but|or)$")
# "and said", "but on Monday announced", "and quickly denied"
_AND_BEFORE_CUE = re.compile(r"\b(?:and|but)\s+(?:(?:on|last|this|later|earlier)\s+[A-Z]?[a-z]+\s+|[a-z]+ly\s+)?$")
_COORDINATED = re.compile(r"^[\s,]*(?:and|but|then|or)\s+" + TRIED_TO + "$")


_APPOSITIVE_OPENS = re.compile(r"\s+(?:the|a|an|who|whose|its|his|her|their|[a-z]+'s|\d+,)\s")


def _named_appositive_subject(text: str, masked: str, s: int, cs: int) -> Span | None:
    """'Ann Lee, a nurse, spoke ..., telling': the name that opens the sentence before its appositive."""
    m = _NAMED_APPOSITIVE.match(masked, s, cs)
    if m is None or _NOT_A_NAME.match(m.group(1).split()[0]) or _NOT_A_SPEAKER.match(m.group(1)) or \
            not _APPOSITIVE_OPENS.match(masked, m.end(), cs):
        return None
    # ("(R-Tenn.)" after a name inside the appositives ends no sentence; the window is copied only to blank it)
    if masked.find("(", m.end(), cs) >= 0:
        punct = _SENTENCE_PUNCT.search(_PARENTHETICAL.sub(lambda p: " " * len(p.group()), masked[m.end():cs]))
    else:
        punct = _SENTENCE_PUNCT.search(masked, m.end(), cs)
    return None if punct else (m.start(1), m.end(1))


# participles of speaking: after a dash as after a comma they hang on the subject ("– saying …")
_DASHED_SPEAKING = frozenset("saying telling declaring insisting arguing claiming warning vowing promising calling asking "
                             "admitting".split())
_SPEAKING = "(?:" + "|".join(sorted(_DASHED_SPEAKING)) + ")"
_NAME = r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*"
# who is seen or heard speaking, right before the participle: "footage of Trump", "shows Clinton"
_SHOWN_SPEAKING = re.compile(r"\b(?:of|showing|shows|showed|show|shown|heard|hear|hears|saw|see|sees|watched|caught|"
                             r"captured|captures|features|featured|featuring)\s+(" + _NAME + r"|him|her|them)\s+$")
_SHOWN_AHEAD = re.compile(r"[^#,;:.!?]{0,60}?\b(?:of|showing|featuring)\s+(?:" + _NAME + r")\s+" + _SPEAKING + r"\b")
_SHOWING = frozenset("shows showed show showing features featured captures captured".split())
_NAME_THEN_SPEAKING = re.compile(r"\s+(?:" + _NAME + r"|him|her|them)\s+" + _SPEAKING + r"\b")
# a headline that opens on a quote, then a colon and who said it with their verb
_QUOTE_COLON_SPEAKER = re.compile(r"(#{4,}+(?:[.!?]#*+)?+)\s*:\s+((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)\s+"
                                  r"([a-z]{3,}s)\b")
# ", which said": a body that reports, named or plain, right before the comma
_WHICH_ANTECEDENT = re.compile(
    r"(?:[A-Z][\w.&'\u2019-]*|police|department|ministry|agency|group|report|study|survey|poll|company|government|"
    r"administration|campaign|committee|court|union|newspaper|network|website|organi[sz]ation|council|office|"
    r"institute|center|centre|commission|bureau|firm|foundation|party|coalition|military|army)\s*,\s*$")


# the opening of an as-clause, and its end: a comma, after when or where at most
_AS_OPENING = re.compile(rf"\s*(?:(?:{_CONNECTIVES})\s*,?\s+|(?:but|and|yet)\s+)?[Aa]s\s*")
_AS_CLAUSE_END = re.compile(r"(?:\s+(?:in|on|at|during|last|this|earlier|recently|to|with|after|before)\b[^,#;:.!?]{0,50})?[,:]")


# what stands between a clause closed by its comma and the main verb ("…, also said", "…, has since said")
_CLAUSE_CLOSED = re.compile(r"\s*,\s*(?:(?:also|has|have|had|later|then|previously|repeatedly|again|since|now|"
                            r"already|recently|long|once|still|often|publicly|privately)\s+)*")
# a relative clause after a comma, within a few words ("Lee, who", "Lee, head of a union that")
_RELATIVE_BEFORE = re.compile(r",\s+(?:[^\s,;:#]+\s+){0,8}?(?:who|that|which|whose)\s")


# what stands before a verb in a command: "Now tell me ...", "Don't blame ...", "Please note ..."
_COMMAND_OPENING = re.compile(r"(?:Now|Just|Please|So|Then|Don't|Don\u2019t|Do\s+not|Let's|Let\u2019s|Never)")
_FREE_RELATIVE = re.compile(r"\b(?:[Ee]verything|[Aa]nything|[Ww]hatever|[Nn]othing|[Aa]ll\s+that)\s+(?:[A-Z][\w.]*\s+){0,3}"
                            r"(?:[A-Z][\w.'\u2019-]*|he|she|they|we|I|you)\s*$")


def _head_before_comma(text: str, masked: str, s: int, lo: int) -> Span | None:
    """The mention that opens a sentence up to its first comma ("Mrs. Clinton," "But Ann Lee,"), if it is one."""
    comma = masked.find(",", s, lo)
    if comma <= s:
        return None
    hs, he = _strip(text, s, comma)
    lead = _LEADING_CONNECTIVE.match(text, hs, he)
    if lead:
        hs = lead.end()
    words = _WORD.findall(text, hs, he)
    if not words or _NOT_A_NAME.match(words[0]) or _PREPOSITION_FIRST.match(text, hs, he) or words[0].endswith("ing"):
        # "Still, Lee, who ...", "In an interview, Lee, who ...", "Speaking Friday, Lee, who ...": no subject yet
        return None
    return (hs, he) if _is_mention(words) else None


def _finding_at(par: _Paragraph, s: int, e: int, cue: re.Match, consumed: int,
                prev: Finding | None) -> tuple[Finding | None, bool]:
    """The statement one cue reports, if any; True to stop looking in this sentence."""
    text, masked, regions = par.text, par.masked, par.regions
    verb = cue.group("verb")
    # the participle, alone or opening a phrase ("calling for", "referring to")
    ing_form = verb.split(" ", 1)[0].endswith("ing")
    cs, ce = cue.start(), cue.end()
    # a leading capital ("Said", "Asked") opens a sentence; that is no reporting
    if text[cs].isupper():
        return None, False
    quoted = _QUOTED_AS.search(masked, max(s, cs - 80), cs) if verb == "saying" else None
    if quoted:
        # "Ann Lee was quoted (by Reuters) as saying ...": what the subject said
        subject = _subject_before(text, masked, max(s, consumed), quoted.start())
        start = _content_start(text, masked, ce, e)
        spans, kind, open_q = _spans_and_kind(text, regions, start, _content_end(masked, start, e))
        if subject and spans:
            return Finding(spans, kind, subject, (cs, ce), par.index, open_quote=open_q), False
    if _PURPOSE_OPENING.fullmatch(masked, s, cs):
        # "To acknowledge the win, the campaign sent ...": what the sentence's subject set out to do
        return None, False
    if ing_form and _IN_BY_OPENING.fullmatch(masked, s, cs):
        # "In rejecting the challenge, the commission found ...", "By refusing to admit fault, Trump ...": the
        # participle says what the main clause's subject did, and what it reports ends at the clause's comma
        main = _main_subject_after_participle(text, masked, s, e)
        if main is not None:
            start = _content_start(text, masked, ce, main[1])
            spans, kind, open_q = _spans_and_kind(text, regions, start, main[1])
            if spans:
                return Finding(spans, kind, main[0], (cs, ce), par.index, open_quote=open_q), False
    if (verb in PARTICIPLES or ing_form or verb in _ASKED) and masked[s:cs].rstrip().endswith(",") and \
            _PARTICIPLE_THEN_CUE.match(masked, ce, e) and CUE.match(masked, _PARTICIPLE_THEN_CUE.match(masked, ce, e).end(), e):
        # "Sen. Ann Lee, noting the size of the crowd, said, ...", "Lee, asked about the delay, said ...": the
        # participle sits between a subject and its cue
        return None, False
    by = (verb in PARTICIPLES or ing_form) and _BY_BEFORE.search(masked, max(s, cs - 40), cs)
    going_on = _GOING_ON_TO.search(masked, max(s, cs - 24), cs)
    # ("flipped his choice on the spot – saying he was rooting for ...": a dash, as a comma, before a participle
    # of speaking)
    if (verb in PARTICIPLES or ing_form) and (masked[s:cs].rstrip().endswith((",", "#")) or
                                                          verb in _DASHED_SPEAKING and
                                                          masked[s:cs].rstrip().endswith((" \u2013", " \u2014", " -")) or
                                                          prev is not None and prev.source is not None and
                                                          _BEFORE_PARTICIPLE.search(masked, max(s, cs - 12), cs) or
                                                          verb in SPEECH_PARTICIPLES and cs - s > 12 and
                                                          _SUBORDINATOR_BEFORE.search(masked, max(s, cs - 12), cs)) or \
            by or going_on and prev is not None and prev.source is not None:
        # '"A," Trump said before adding: "B."', 'Lee began by saying ...', '..., going on to say ...': the
        # participle hangs on the same subject
        # "footage of Trump saying", "the ad shows Clinton telling voters": who is seen speaking
        shown = _SHOWN_SPEAKING.search(masked, max(s, cs - 60), cs)
        if prev is not None and prev.source and text[prev.source[0]:prev.source[1]].lower() in ("who", "which") and \
                prev.source[0] > s:
            # 'defended not paying an architect who said he was stiffed, saying, "..."': the participle
            # hangs on the sentence's subject, not on the relative clause's
            prev = None
        subject = shown.span(1) if shown else (prev.source if prev else None) or \
            _named_appositive_subject(text, masked, s, cs) or _subject_of_sentence(text, masked, s, cs) or \
            _subject_after_connective(text, masked, s, cs) or \
            reported.subject_after_prefaces(text, masked, s, cs)
        if subject and text[subject[0]:subject[1]].lower() in _QUANTIFIERS:
            group = _QUANTIFIED_GROUP.match(masked, subject[0], cs)
            subject = (group.start(), group.end()) if group else subject
        if subject and subject[1] <= cs:
            # "telling them, "..."": whom it was told is no content
            after = _object_end(text, masked, ce, e) if verb in TAKES_OBJECT else ce
            start = _content_start(text, masked, after if _CUE_THEN_QUOTE.match(masked, after, e) else ce, e)
            cend = _content_end(masked, start, e)
            cend = reported.object_end(text, masked, verb, start, cend)
            if _ASIDE_SUBORDINATOR.search(masked, max(s, cs - 14), cs):
                # "Lee, despite admitting that it was flawed, said ...": the aside ends at its comma
                comma = masked.find(",", start, cend)
                cend = comma if comma > start else cend
            spans, kind, open_q = _spans_and_kind(text, regions, start, cend)
            if spans:
                return Finding(spans, kind, subject, (cs, ce), par.index, open_quote=open_q), False
        # what follows the participle is its content, not a new attribution
        return None, True
    if verb == "saying":
        m = _WITH_SUBJECT.search(masked, max(s, cs - 80), cs)
        if m and (re.search(r"\d|percent|majority|most|half|third|quarter", m.group(1)) or
                  _is_mention(_WORD.findall(m.group(1)))):
            # "with 30 percent of voters saying they ...": the participle has its own subject
            start = _content_start(text, masked, ce, e)
            spans, kind, open_q = _spans_and_kind(text, regions, start, _content_end(masked, start, e))
            if spans:
                return Finding(spans, kind, (m.start(1), m.end(1)), (cs, ce), par.index, open_quote=open_q), False
    if masked[ce:e].strip() == ":" and not masked[e:par.end].strip():
        # "At the rally, he said:" closing its paragraph: the quote below is the content
        return None, False
    lo = max(s, consumed)
    if consumed > s and prev is not None and MASK not in masked[s:cs] and (
            _CLOSING_TAIL.match(masked, ce) and _CLOSING_ATTRIBUTION.search(masked, max(s, cs - 80), cs) or
            masked[s:cs].rstrip().endswith(",") and _INVERTED_CLOSING.match(masked, masked.rfind(",", s, cs), e + 1)):
        # "The list could include users who have continued creating accounts, experts said." (or "…,
        # said Ann Lee, a spokeswoman."): the closing attribution reports the whole sentence, with the
        # statement found inside it
        lo = s
    # ("is calling for", "was referring to": a phrase whose first word is the participle)
    be = _PROGRESSIVE_BE.search(masked, max(lo, cs - 12), cs) if ing_form else None
    # "Ann Lee, fresh from a win, is pledging to ...": the subject ends before the auxiliary
    subject_end = be.start() if be else cs
    subject = reported.who_subject(text, _subject_before(text, masked, lo, subject_end), lo, subject_end)
    if subject is not None and verb in _BACKING and ing_form and be is None and \
            not masked[lo:cs].rstrip().endswith(","):
        # "gave $3 million to a group backing Mike Huckabee": the participle right after a noun
        # phrase says what that group does, not what the clause's subject does
        group = _GROUP_BEFORE_PARTICIPLE.search(masked, max(lo, cs - 60), cs)
        subject = _strip(text, group.start(1), group.end(1)) if group and group.start(1) > subject[0] else subject
    if subject is None and masked.find("who", max(lo, cs - 40), cs) >= 0:
        # "Megyn Kelly, who he claims has been unfair": the relative clause's own subject speaks
        who = _WHO_THEN_SUBJECT.search(masked, max(lo, cs - 40), subject_end)
        subject = who.span(1) if who else None
    if subject is None and lo == s and masked[s:subject_end].rstrip().endswith(","):
        # "Marty West, an education professor at Harvard who previously worked for Sen. Lamar Alexander, one of
        # the bill's architects, called it …": appositives too long to walk back over, after the name that
        # opens the sentence
        subject = _named_appositive_subject(text, masked, s, subject_end)
    if subject is None and lo > s and _CLAUSE_CLOSED.fullmatch(masked, lo, subject_end) and \
            _RELATIVE_BEFORE.search(masked, s, lo):
        # "Ann Lee, head of a union that has endorsed Ruiz, also said ...", "Lee, who stayed in the race
        # despite calls for her to quit, has said ...": the statement inside the relative clause ended at
        # its comma, and the main verb's subject is the noun phrase that opens the sentence
        subject = _head_before_comma(text, masked, s, lo)
    # (only a subject that ends in "to" is tried: this runs for every cue)
    verb_to = _VERB_PHRASE_TO.match(text, subject[0], subject[1]) \
        if subject is not None and text.endswith(" to", subject[0], subject[1]) else None
    if verb_to and verb_to.end() == subject[1]:
        # "The Russians have used the fighters' presence to justify ...", "Limbaugh used his show
        # Friday to discuss ...": an infinitive's subject is the clause's, not the verb phrase before it
        subject = _strip(text, verb_to.start(1), verb_to.end(1))
    elif subject is not None and _CLAUSE_THEN_PREPOSITION.search(text, subject[0], subject[1]):
        # "Obama punctuated his list by saying", "Clinton cast her rival as offering": the one who
        # speaks is the clause's subject, not the clause
        when = _WHEN_OPENING.match(masked, subject[0], subject[1])
        np = _subject_of_sentence(text, masked, when.end() if when else subject[0], subject[1])
        if np is not None and np[1] < subject[1] and _VERB_AFTER_SUBJECT.match(masked, np[1], subject[1]):
            subject = np
    shown = _SHOWN_SPEAKING.search(masked, max(lo, cs - 60), cs) if ing_form else None
    if shown:
        # "footage of Trump saying during the debate, ...": who is seen speaking
        subject = shown.span(1)
    if subject is not None and _COMMAND_OPENING.fullmatch(text, subject[0], subject[1]):
        # "Now tell me this isn't a witch hunt!", "Don't blame Bush": a command, no one named gives it
        return None, False
    if subject is not None and _FREE_RELATIVE.search(masked, max(lo, subject[0] - 16), subject[1]):
        # "Everything Trump says is a lie", "anything he says": a clause that names what was said, with
        # nothing reported after the cue
        return None, False
    if subject is not None and _PREPOSITION_FIRST.match(text, subject[0], subject[1]):
        comma = masked.find(",", ce, e)
        if comma >= 0 and CUE.search(masked, comma, e):
            # "In a Facebook message posted Friday, Cruz said ...": a phrase that opens on a preposition
            # says where or when, and the sentence's own cue comes after its comma
            subject = None
    relative = _relative_then_quote(masked, lo, cs, ce, e) if subject is None else None
    if relative is not None:
        # 'a sign which read "Vote!"', 'the report, which notes, "..."': the quote is the content
        spans, kind, open_q = _spans_and_kind(text, regions, relative[1], _content_end(masked, relative[1], e))
        if kind == "direct" or kind == "mixed" and spans and spans[0][0] == relative[1]:
            # ('the department which reported "2,521 shooting incidents" in the city': the quote and the
            # words after it)
            return Finding(spans, kind, relative[0], (cs, ce), par.index, open_quote=open_q), False
    # (only a cue that takes an as-clause, and only a subject right after "as", need the search)
    as_clause = _AS_BEFORE_SUBJECT.search(masked, lo, subject[0]) \
        if subject is not None and verb in _AS_CUES and masked[lo:subject[0]].rstrip().endswith("as") else None
    after_as = _AS_CLAUSE_END.match(masked, ce, e) if subject is not None and verb in _AS_CUES else None
    if as_clause and as_clause.end() == subject[0] and after_as and \
            masked[after_as.end():after_as.end() + 3].lstrip().startswith(MASK):
        # 'seen, as The New Yorker put it in an expose, "the operator."': the quote after the as-clause
        # is what was put so, not the clause before it
        start = _content_start(text, masked, after_as.end(), e)
        spans, kind, open_q = _spans_and_kind(text, regions, start, _content_end(masked, start, e))
        if spans and kind != "indirect":
            return Finding(spans, kind, subject, (cs, ce), par.index, open_quote=open_q), False
    if as_clause and as_clause.end() == subject[0] and _NOTHING_MORE.fullmatch(masked, ce, e):
        # '..., a "lawful source of income," as a memo put it': the clause before the as-clause
        comma = masked.rfind(", ", lo, as_clause.start())
        start = comma + 1 if comma >= 0 else lo
        joined = re.match(r"\s*(?:but|and|so|yet|while)\s+", masked[start:as_clause.start()])
        start += joined.end() if joined else 0
        spans, kind, open_q = _spans_and_kind(text, regions, start, as_clause.start())
        if spans and len(_WORD.findall(text, spans[0][0], spans[-1][1])) >= 2:
            return Finding(spans, kind, subject, (cs, ce), par.index, open_quote=open_q), False
    if as_clause and as_clause.end() == subject[0] and after_as and masked.startswith(",", as_clause.start()) and \
            masked[after_as.end():after_as.end() + 2].strip()[:1].islower() and \
            not _ONLY_CONNECTIVE.fullmatch(masked, lo, as_clause.start() + 1):
        # ("And, as the Post reported, the dam leaks": a connective is no clause interrupted)
        # "The plan, as Ann Lee noted, would cost billions": the as-clause interrupts what she noted
        lead, lead_kind, _lead_open = _spans_and_kind(text, regions, lo, as_clause.start())
        start = _content_start(text, masked, after_as.end(), e)
        rest, rest_kind, open_q = _spans_and_kind(text, regions, start, _content_end(masked, start, e))
        if lead and rest and not _SENTENCE_PUNCT.search(masked, lo, as_clause.start()):
            return Finding(lead + rest, lead_kind if lead_kind == rest_kind else "mixed", subject, (cs, ce),
                           par.index, open_quote=open_q), False
    if after_as and _AS_OPENING.fullmatch(masked, s, subject[0]):
        # "As Ann Lee put it, the plan is dead.", "But as the paper noted in an op-ed, ...": what follows
        spans, kind, open_q = _spans_and_kind(text, regions, after_as.end(), _content_end(masked, after_as.end(), e))
        if spans:
            return Finding(spans, kind, subject, (cs, ce), par.index, open_quote=open_q), False
    if verb in ("put it", "puts it"):
        # "put it on hold": no reporting without "as"
        return None, False
    if subject is not None and ing_form and _ENDS_IN_BE.search(text, subject[0], subject[1]):
        # "Ann Lee is telling ...": the auxiliary is no part of the source
        subject = (subject[0], _ENDS_IN_BE.search(text, subject[0], subject[1]).start())
    if subject is not None and not ing_form and _PASSIVE_AUX.search(masked, cs, ce - len(verb)) and \
            not reported.belief_that(text, masked, subject, ce):
        # "Oz has been called a charlatan by his peers", "The plan has been criticized by Lee": the
        # subject is not who speaks ("Lee has been saying" is no passive)
        passive = reported.passive_by(par, e, (subject[0], ce - len(verb)), (cs, ce))
        if passive is not None:
            # what is said of the subject is the subject, without the auxiliaries
            passive.spans, passive.kind, passive.open_quote = _spans_and_kind(text, regions, subject[0], subject[1])
        return (passive if passive is not None and passive.spans else None), False
    if subject is not None and verb.endswith("ed") and _ENDS_IN_BE.search(text, subject[0], subject[1]):
        if not reported.belief_that(text, masked, subject, ce):
            # "Sanders' stridency was echoed by O'Malley": a passive, whose subject is no source
            return reported.passive_by(par, e, subject, (cs, ce)), False
        # "Her advisers are not convinced that ...": a state of mind, its holder the subject
        subject = (subject[0], _ENDS_IN_BE.search(text, subject[0], subject[1]).start())
    if subject is not None and _ENDS_IN_CONJUNCTION.search(text, subject[0], subject[1]):
        # "Rubio broke ranks with his party and called for ...": the sentence's subject
        subject = _subject_of_sentence(text, masked, s, cs)
        if subject and (subject[1] > cs or _ENDS_IN_CONJUNCTION.search(text, subject[0], subject[1])):
            subject = None
    if subject is None and prev is not None and prev.extra_sources and prev.source and \
            text[prev.source[0]:prev.source[1]].lower() in ("who", "which") and \
            re.fullmatch(r"\s*,\s*(?:\w+ly\s+)?", masked[consumed:cs]):
        # "Graham, who says we should act, tweeted that ...": the relative clause is over, its antecedent speaks
        subject = prev.extra_sources[0]
    if subject is None and prev is not None and prev.source is not None and prev.cue is not None and \
            re.fullmatch(r"\s*,\s*(?:\w+ly\s+)?", masked[consumed:cs]) and \
            _ASIDE_SUBORDINATOR.search(masked, max(s, prev.cue[0] - 14), prev.cue[0]):
        # "Lee, despite admitting that it was flawed, said ...": the aside is over, its subject speaks
        subject = prev.source
    coordinated = False
    if subject is None and prev is not None and _COORDINATED.match(masked[consumed:cs]):
        # "conceded that A but implied that B": the second verb has the first one's subject
        subject = prev.source
        coordinated = subject is not None
    if subject is None and lo == s:
        # "Ann Lee, an official at X, which has Y, said ...": a name and its long appositive
        head_end = len(masked[s:subject_end].rstrip()) + s
        m = _NAMED_APPOSITIVE.match(masked, s, subject_end) if masked[head_end - 1:head_end] == "," else None
        if m and not _SENTENCE_PUNCT.search(masked, m.end(), head_end - 1) and cs - s < 400 and \
                len(_WORD.findall(text, s, cs)) <= 45 and not _NOT_A_NAME.match(m.group(1)) \
                and not _NOT_A_SPEAKER.match(m.group(1)):
            subject = _strip(text, m.start(1), head_end - 1)
    if subject is not None and verb in INVERTIBLE and verb not in TAKES_OBJECT and \
            masked[s:cs].rstrip().endswith(",") and (_inverted_name_ends(masked, ce, e) or
                                                    _inverted_mention_ends(text, masked, ce, e)):
        # "Cruz lacks support from his colleagues, whom he has alienated, said Larry Sabato, a
        # professor.": a cue followed by nothing but a name is inverted, and what comes before its
        # comma is the content, however many commas it holds ("..., told The Huffington Post": whom)
        subject = None
    inverted = None
    if subject is None and (verb in INVERTIBLE or verb in QUOTE_FIRST) and masked[s:cs].rstrip().endswith((",", "#")):
        m = _NP_AFTER.match(masked, ce, e)
        if m and _is_mention(_WORD.findall(m.group(1))[:_MAX_SUBJECT_WORDS + 1], loose=True) and \
                not reported.pronoun_clause(m.group(1)):
            ns, ne = _strip(text, m.start(1), m.end(1))
            # keep an appositive that follows: "said John Smith, a spokesman for X"
            after = _SOURCE_APPOSITIVE.match(masked, ne, e)
            inverted = (ns, after.end() if after else ne)
        if inverted is None:
            inverted = _inverted_before_relative(text, masked, ce, e)
    if subject is not None and text[subject[0]:subject[1]].lower() in ("who", "which", "that") and not coordinated:
        # (a second verb of a relative clause, "who endorsed him and said ...", has the first one's "who")
        if (text[subject[0]:subject[1]].lower() != "who" or not masked[lo:subject[0]].rstrip().endswith(",")) and \
                not reported.restrictive_who(text, masked, lo, subject) and \
                not (text[subject[0]:subject[1]].lower() == "which" and
                     _WHICH_ANTECEDENT.search(masked, max(lo, subject[0] - 60), subject[0])):
            return None, False
    if subject is None and _AND_BEFORE_CUE.search(masked, max(s, cs - 30), cs):
        # "Lee put off the vote but said the group could return": the sentence's subject
        subject = _named_appositive_subject(text, masked, s, cs) or _subject_of_sentence(text, masked, s, cs) or \
            reported.subject_after_prefaces(text, masked, s, cs)
        if subject and (subject[1] > cs or text[subject[0]:subject[1]].lower() in ("it", "the", "a")):
            subject = None
    if subject is not None and masked[lo:subject[0]].rstrip().endswith(("that", "which", "who", "whom")) and \
            _RELATIVE_BEFORE_SUBJECT.search(masked, max(lo, subject[0] - 10), subject[0]):
        # "moves that he said improved the economy", "Kelly, who he claims has been unfair": the
        # content follows the cue
        cend = _content_end(masked, ce, e)
        spans, kind, open_q = _spans_and_kind(text, regions, ce, cend)
        if spans and _WORD.search(text, spans[0][0], spans[-1][1]):
            return Finding(spans, kind, subject, (cs, ce), par.index, open_quote=open_q), False
        return None, False
    if subject is None and inverted is None:
        return None, False
    if verb in QUOTE_FIRST and inverted is None and (subject is None or not masked[lo:subject[0]].rstrip().endswith(MASK)):
        return None, False
    if inverted:
        spans, kind, open_q = _spans_and_kind(text, regions, lo, cs)
        if not spans:
            return None, False
        more = _QUOTE_GOES_ON.match(masked, inverted[1], e) if kind == "direct" else None
        if more:
            # '"A," said Ann Lee, "and B."': the quote goes on after its attribution
            rest, rest_kind, open_q = _spans_and_kind(text, regions, more.end() - 1, _content_end(masked, more.end() - 1, e))
            if rest_kind == "direct":
                spans = spans + rest
        goes_on = _BARE_COMMA.match(masked, inverted[1], e) if kind != "direct" else None
        if goes_on and _ONLY_CONNECTIVE.fullmatch(masked, lo, cs):
            # 'But, said Ann Lee, "we will not stop."': the connective says nothing; what follows does
            rest, rest_kind, open_q = _spans_and_kind(text, regions, goes_on.end(), _content_end(masked, goes_on.end(), e))
            return (Finding(rest, rest_kind, inverted, (cs, ce), par.index, open_quote=open_q) if rest else None), False
        if goes_on and masked[goes_on.end()].islower() and not _NOT_CONTINUATION.match(masked, goes_on.end(), e):
            # "The plan, said Ann Lee, would fail": the attribution interrupts the clause
            rest, rest_kind, open_q = _spans_and_kind(text, regions, goes_on.end(), _content_end(masked, goes_on.end(), e))
            if rest:
                kind = kind if kind == rest_kind else "mixed"
                spans = spans + rest
        return Finding(spans, kind, inverted, (cs, ce), par.index, open_quote=open_q), False
    after_pos = ce
    aside = _ASIDE.match(masked, ce, e)
    if aside:
        after_pos = aside.end()
    clause_aside = (_CLAUSE_ASIDE.match(masked, ce, e) or _DASHED_ASIDE.match(masked, ce, e)) if not aside else None
    if clause_aside:
        # "She said, if elected, she would ask him": the clause between commas is part of what was
        # said; "She said, in an interview, that ...": the that-clause is
        condition = _CONDITION.match(masked, clause_aside.start("clause"))
        after_pos = clause_aside.start("clause") if condition and not clause_aside.group("that") else clause_aside.end()
        aside = clause_aside
    if verb in TAKES_OBJECT and not aside:
        after_pos = _object_end(text, masked, ce, e)
        long_object = _LONG_OBJECT_THEN_THAT.match(masked, after_pos, e) if after_pos == ce else None
        if long_object:
            # "is telling customers at a diner in Manchester, New Hampshire, that ...": whom, then what
            after_pos = long_object.end() - 4
        after_pos = reported.object_then_infinitive(masked, ce, after_pos, e)
    start = _content_start(text, masked, after_pos, e)
    rest = masked[start:e]
    before_text = masked[lo:subject[0]].rstrip()
    lead_words = len(_WORD.findall(text[lo:subject[0]]))
    setting = _setting_lead(masked, lo, subject[0], after_pos)
    if setting and before_text.endswith(",") and (_NOT_CONTENT.match(rest) or reported.no_content_after(masked, start, e)):
        # "In Louisville on March 1, Ms. Lee was shocked by the crowd, she said in an interview": when
        # and where, then the clause she said, with nothing said after the cue
        clause = _SETTING_THEN_CLAUSE.match(masked, lo, subject[0])
        if clause and len(_WORD.findall(text, clause.end(), subject[0])) >= 4:
            lo, setting = clause.end(), False
    takes_before = before_text.endswith((",", "#")) and text[subject[0]:subject[1]].lower() not in ("who", "which") and \
        lead_words >= (1 if before_text.endswith(MASK) or _BARE_COMMA.match(masked, after_pos, e) else 2) and \
        not reported.preface_only(masked, lo, subject[0], after_pos) and \
        not setting and not _ONLY_CONNECTIVE.fullmatch(masked, lo, subject[0])
    connective = _ONLY_CONNECTIVE.fullmatch(masked, lo, subject[0]) if before_text.endswith(",") else None
    after_comma = _COMMA_NOT_QUOTE.match(masked, after_pos, e) if connective else None
    if after_comma or connective and aside:
        # "But, Tom Hale said, the plan would fail", "And so, he said, while ...": the connective says
        # nothing, what follows the attribution is what was said
        after_pos = after_comma.end() if after_comma else after_pos
        start = _content_start(text, masked, after_pos, e)
        cend = reported.object_end(text, masked, verb, start, _content_end(masked, start, e))
        spans, kind, open_q = _spans_and_kind(text, regions, start, cend)
        return (Finding(spans, kind, subject, (cs, ce), par.index, open_quote=open_q)
                if spans else None), False
    if takes_before:
        lead, lead_kind, lead_open = _spans_and_kind(text, regions, lo, subject[0])
        if not lead:
            return None, False
        tail = _TAIL_COMMA.match(masked, after_pos, e)
        bridge = _BRIDGE_TO_QUOTE.match(masked, after_pos, e) if lead_kind == "direct" else None
        if bridge and text[bridge.end() + 1:bridge.end() + 2].islower() and \
                all(c.group("verb") in ("referring to", "pointing to") for c in CUE.finditer(masked, after_pos, bridge.end())) and \
                (tail is None or tail.end() != bridge.end()):
            # '"A," Lee said, referring to the excuse, "you give them ammunition."': the quote goes on
            more, more_kind, open_q = _spans_and_kind(text, regions, bridge.end(), _content_end(masked, bridge.end(), e))
            if more_kind == "direct":
                return Finding(lead + more, "direct", subject, (cs, ce), par.index, open_quote=open_q), False
        if tail and not _title_closes(par, tail.end(), e):
            cend = _content_end(masked, tail.end(), e)
            more, more_kind, open_q = _spans_and_kind(text, regions, tail.end(), cend)
            if lead_kind == "direct" and more_kind == "direct" and \
                    not _CUE_OPENS_QUOTE.search(masked, after_pos, more[0][0] + 1):
                # "A," she said (on Monday), "B." -- one statement in two pieces
                return Finding(lead + more, "direct", subject, (cs, ce), par.index,
                               open_quote=open_q), False
            if lead_kind in ("direct", "mixed") and any(MASK in masked[a:b] for a, b in lead) and \
                    _BUT_QUOTE.match(masked, tail.end(), e):
                # '"I love Larry," he said, but "his record is another matter."': one statement
                return Finding(lead + more, "mixed", subject, (cs, ce), par.index, open_quote=open_q), False
            if lead_kind == "mixed" and more_kind == "direct" and before_text.endswith(MASK):
                # 'The "plan is dead," she said, "and nobody will revive it."': one statement
                return Finding(lead + more, "mixed", subject, (cs, ce), par.index, open_quote=open_q), False
            if lead_kind == "indirect" and more_kind == "direct" and tail.start() == after_pos and \
                    text[more[0][0] + 1:more[0][0] + 2].islower() and not _ADVERBIAL_OPENER.match(text, lead[0][0]) and \
                    len(_WORD.findall(text, *lead[0])) <= 6:
                # 'There was, she said, "an implicit bargain."': the quote in lower case ends the clause she interrupts
                return Finding(lead + more, "mixed", subject, (cs, ce), par.index, open_quote=open_q), False
            if lead_kind != "direct" and more_kind == "direct" and tail.start() == after_pos:
                # 'After the vote, Ann Lee said, "We won."': the quote is what was said
                return Finding(more, "direct", subject, (cs, ce), par.index, open_quote=open_q), False
            if lead_kind != "direct" and more and _ENDS_IN_COORDINATOR.search(masked, lo, subject[0]):
                # "... to help his clients and, he argued, to help Ukraine": what follows the attribution
                # is what was said
                return Finding(more, more_kind, subject, (cs, ce), par.index, open_quote=open_q), False
            if lead_kind != "direct" and _TIME_ONLY.fullmatch(masked, *lead[0]) and more and after_pos > ce:
                # "On Friday, Lee told Fox News, that ...": when it was said, then what
                return Finding(more, more_kind, subject, (cs, ce), par.index, open_quote=open_q), False
            if lead_kind != "direct" and (tail.end() - tail.start() <= 3 or masked[tail.end()].islower()) and more and \
                    (not _NOT_CONTINUATION.match(masked, tail.end(), e) or
                     (lead_kind == "indirect" and _REASON_OR_TIME.match(masked, tail.end(), e) or
                      _GOES_ON_AFTER.match(masked, tail.end(), e)) and not CUE.search(masked, tail.end(), e)):
                # "By then, she said, the bridge was closed." -- the attribution interrupts the clause
                # ("He leans toward Kasich, he said, because he prizes electability": the reason is said too)
                return Finding(lead + more, "mixed" if "mixed" in (lead_kind, more_kind) or
                               lead_kind != more_kind else lead_kind, subject, (cs, ce), par.index,
                               open_quote=open_q), False
        raw_rest = masked[after_pos:e]
        quote_after = _ADVERBIAL_THEN_QUOTE.match(masked, after_pos, e) if lead_kind == "indirect" and not tail else None
        if quote_after and not _title_closes(par, quote_after.end(), e):
            # 'When asked why, Ann Lee responded in a text: "..."': the quote, not the preface (a title
            # closing the sentence, 'Rubio said in his book, "An American Son."', is where it was said)
            pass
        elif tail or _NOT_CONTENT.match(rest) or (lead_kind == "direct" and not _CONTENT_AFTER.match(raw_rest)) or \
                reported.dash_after(masked, after_pos) or reported.no_content_after(masked, start, e) or \
                _place_then_title(par, start, e) or \
                (after_pos > ce and len(_WORD.findall(raw_rest)) <= 4 and not _OPENS_CONTENT.search(raw_rest)):
            return Finding(lead, lead_kind, subject, (cs, ce), par.index, open_quote=lead_open), False
    adverbial = _ADVERBIAL_THEN_QUOTE.match(masked, after_pos, e)
    if adverbial and not _title_closes(par, adverbial.end(), e):
        # 'Ann Lee said of the bridge, "It will never open."': the quote after the adverbial is the content
        spans, kind, open_q = _spans_and_kind(text, regions, adverbial.end(),
                                              _content_end(masked, adverbial.end(), e))
        if kind in ("direct", "mixed"):
            return Finding(spans, kind, subject, (cs, ce), par.index, open_quote=open_q), False
    if _COMMA_NOT_QUOTE.match(masked, after_pos, e) and not masked.startswith("that", start):
        # "..., he added, referring to X": what follows the comma is no content
        return None, False
    if _NOT_CONTENT.match(rest) and not rest.lstrip(" ,:").startswith(MASK):
        if after_pos > ce and _OF_AFTER_OBJECT.match(masked, after_pos, e):
            # "reminded Trump of the actions of John Hinckley", "warned voters of a trap": whom and of what
            start = _content_start(text, masked, ce, e)
            spans, kind, open_q = _spans_and_kind(text, regions, start, _content_end(masked, start, e))
            return (Finding(spans, kind, subject, (cs, ce), par.index, open_quote=open_q) if spans else None), False
        return reported.object_relative(par, lo, subject, (cs, ce), rest), False
    cend = _content_end(masked, start, e)
    cend = reported.object_end(text, masked, verb, start, cend)
    cend = _fronted_clause_end(masked, s, subject[0], start, cend)
    if text[subject[0]:subject[1]].lower() in ("who", "which"):
        # "Ann Lee, who said she left, stayed home": the relative clause ends at its comma
        m = _RELATIVE_END.search(masked, start, cend)
        cend = m.start() if m else cend
    if text[subject[0]:subject[1]].lower() in ("who", "which", "that"):
        cend = reported.relative_end(masked, start, cend)
    spans, kind, open_q = _spans_and_kind(text, regions, start, cend)
    if not spans:
        return None, False
    if kind == "indirect":
        spans = reported.past_relative(text, masked, verb, spans, e)
    return Finding(spans, kind, subject, (cs, ce), par.index, open_quote=open_q), False


# (after a comma: "asked who they think is the strongest" is a question, not a relative clause)
_WHO_THEN_SUBJECT = re.compile(r",\s+(?:who|whom)\s+((?:he|she|they|we|I)|[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){0,2})\s+$")
_RELATIVE_BEFORE_SUBJECT = re.compile(r"(?:\b(?:that|which)|,\s*(?:who|whom))\s*$")
_OF_AFTER_OBJECT = re.compile(r"\s+of\s+(?!course\b)")
_ENDS_IN_COORDINATOR = re.compile(r"\s(?:and|but|or)\s*,\s*$")
# "But,", "And so,": a connective alone before a comma says nothing
_ONLY_CONNECTIVE = re.compile(rf"\s*(?:{_CONNECTIVES})"
                              r"(?:\s+(?:so|then|now|yet|still))?\s*,\s*")
_ASKED_NOT_TO_BE = frozenset({"asked", "asks", "asking", "requested", "requests", "requesting", "declined",
                              "declines", "declining", "refused", "refuses", "refusing"})
# the noun phrase after a clause's last preposition: "criticism from [Republicans]"
_GROUP_BEFORE_PARTICIPLE = re.compile(r"\b((?:a|an|the|those|many|some)\s+(?:[\w'\u2019.-]+\s+){0,2}[\w'\u2019.-]+)\s+$")
_LAST_OBJECT = re.compile(r"\b(?:from|by|among|with|against)\s+((?:(?:the|a|an|many|some|several)\s+)?"
                          r"[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,3})\s*$")
# a clause that ends on a preposition or "to" before its cue ("began by", "cast her rival as")
# "On September 27 they published ...", "Last week the agency ...": when, with no comma, before the subject
_WHEN_OPENING = re.compile(
    r"(?:(?:On|In|By|Since|Until|Early|Late|Earlier|Later)\s+)?(?:(?:early|late|mid-?)\s*)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\d{4}|(?:Last|This|Next|That|Each|Every)\s+"
    r"(?:week|month|year|night|morning|afternoon|evening|spring|summer|fall|autumn|winter|weekend|time))\s+(?=[a-zA-Z])")
_CLAUSE_THEN_PREPOSITION = re.compile(r"\s[a-z][\w'\u2019-]*\s(?:[\w'\u2019.-]+\s+){0,8}?(?:by|as|in|from|at|for|to)$")
# a subject, a verb of using or seeming, and what runs up to an infinitive's "to"
_VERB_PHRASE_TO = re.compile(r"((?:[\w'\u2019.-]+\s+){0,5}?[\w'\u2019.-]+)\s+(?:(?:have|has|had)\s+)?"
                             r"(?:used|uses|took|takes|appeared|appears|seemed|seems|went|goes|got|gets)\b[^,;:#]{0,80}?\sto")
# past participles that, between commas after a subject, say what the subject was asked
_ASKED = frozenset({"asked", "pressed", "questioned", "told"})
# "asked by host John Dickerson (on Sunday) whether ...": the asker, then the question up to its comma
_ASKED_BY = re.compile(r"\s+by\s+(?P<src>[^,#;:.!?]{2,60}?)\s+(?:(?:on|last)\s+\w+\s+)?"
                       r"(?P<q>(?:whether|if|about|why|how|what|when|who)\b[^,;:!?#]*(?:#[^,;:!?#]*)*)")
_COMMA_NOT_QUOTE = re.compile(r"\s*,\s*(?![#\s])")

# after a cue that takes an object: a longer addressee (its places between commas) up to a that-clause
_LONG_OBJECT_THEN_THAT = re.compile(
    r"\s+(?:the|a|an|his|her|their|its|some|several|one|two|three|many|[a-z]+s)\b[^,;:#.!?]{0,90}?(?:,[^,;:#.!?]{1,30}?){0,2}?,?\s+that\b"
    r"(?!\s+(?:would|will|could|can|may|might|should|must|is|was|are|were|has|have|had|[a-z]+s)\b)")

# after '"A," she said': a participle or an adverbial with commas of its own, then more of the quote
_BRIDGE_TO_QUOTE = re.compile(r"[^#;!?]{0,100}?,[ \t]*(?=#)")

# what opens a preface rather than a clause: 'After the vote, she said, "..."'
# ', as a memo put it.', ', as the manager suggested after the vote.'
# the cues of 'as X put it': "As he spoke, ..." tells when, not who said what
_AS_CUES = frozenset("""put it puts it reported reports noted notes wrote writes said says explained explains observed
argued argues suggested suggests recalled recalls described describes""".split()) | {
    "put it", "puts it", "points out", "pointed out"}
# (not "as many as 40 percent": a quantity)
_AS_BEFORE_SUBJECT = re.compile(r"(?<!\bmany)(?<!\bmuch)(?<!\bfew)(?<!\blittle)(?<!\bhigh)(?<!\blow)(?<!\bfar)"
                                r",?\s+as\s+$")
_NOTHING_MORE = re.compile(r"(?:\s+[^\s#,;:!?]+){0,8}?[\s,.!?#]*")
_TIME_ONLY = re.compile(r"(?:(?:On|Last|This|Late|Early|Earlier|Later)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                        r"Saturday|Sunday|week|month|year|night|morning|afternoon|evening)(?:\s+(?:night|morning|afternoon|evening))?")
# "began by saying", "responded to the charge by noting": the participle after "by" is what the subject did
# a sentence that opens on "In" or "By" and the participle right after it
_IN_BY_OPENING = re.compile(r"\s*(?:(?:And|But|So|Yet)\s+)?(?:In|By)\s+")
_BY_BEFORE = re.compile(r"(?:^|(?<=[^\w#]))(?:began|begins|started|starts|opened|opens|responded|responds|replied|"
                        r"reacted|answered|followed|follows|closed|ended|finished|concluded|concludes|kicked\s+off|"
                        r"wrapped\s+up|capped|defended|defends|justified|justifies|explained|explains)\b[^#,;:.!?]{0,24}?\bby\s+$")
# '..., going on to say', 'before going on to note': the same subject goes on to a statement of its own
_GOING_ON_TO = re.compile(r"\b(?:going|went|goes)\s+on\s+to\s+$")
_PREPOSITION_FIRST = re.compile(r"(?:In|On|At|During|After|Before|From|Under|Over|Through|Since|Until|Into|Amid|Despite)\s")
_BEFORE_PARTICIPLE = re.compile(r"\b(?:before|after|while|then)\s+$")
# "voted for the bill after saying that ...", "Lee, despite admitting ...,": the participle hangs on the subject
_SUBORDINATOR_BEFORE = re.compile(rf"\b(?:{'|'.join(_SUBORDINATORS)})\s+$")
_ASIDE_SUBORDINATOR = re.compile(rf",\s*(?:{'|'.join(_SUBORDINATORS)})\s+$")
_PARTICIPLE_THEN_CUE = re.compile(r"[^#;:.!?,]{0,100},\s+")
_PROGRESSIVE_BE = re.compile(r"\s(?:is|are|was|were)\s+$")
# ', though,', ', however,': an aside between the cue and its content
_ASIDE = re.compile(r"\s*,\s*(?:though|however|too|also|again|meanwhile|moreover|nonetheless|nevertheless|in\s+fact|"
                    r"of\s+course|in\s+turn|for\s+(?:his|her|their|its)\s+part|"
                    # ", twice,", ", repeatedly,", ", as I do,": how often or how, not what
                    r"twice|once\s+again|yet\s+again|[a-z]{3,}ly|as\s+(?:usual|always|expected|before)|"
                    r"as\s+(?:I|we|you|he|she|they)\s+(?:do|did|does|have|has|had))\s*,")
# right after a cue, a clause or phrase between commas, then the content: ", if elected, she would
# ...", ", in an interview, that ...", ", once the vote is in, they ..."; a condition between the
# commas is part of what was said, a setting ("in an interview", "for example") is not
_CONDITION_WORDS = "if|when|once|unless|after|before|while|because|although|though|since|given|despite|with|without"
_CONDITION = re.compile(rf"(?:{_CONDITION_WORDS})\b")
_CLAUSE_ASIDE = re.compile(
    rf"\s*,\s*(?P<clause>(?:{_CONDITION_WORDS}|in|on|at|during|among|for|from|by|under|amid|like|unlike|asked|"
    r"speaking|pressed|privately|publicly)\b[^,#;:.!?]{0,60}),\s*"
    r"(?=(?P<that>that\b)|(?:he|she|they|it|we|I|you|there|the|his|her|their|its|this|these)\b)")
# 'Lee said — on Twitter, as it happens — that ...': an aside between dashes, then a that-clause
_DASHED_ASIDE = re.compile(r"\s*(?:\u2014|\u2013|--)\s*(?P<clause>[^\u2014\u2013#;:.!?]{1,60}?)\s*(?:\u2014|\u2013|--)\s*"
                           r"(?=(?P<that>that\b))")
# "has been called", "is being told": a cue whose own auxiliaries make it passive
_PASSIVE_AUX = re.compile(r"\b(?:been|being)\s")
_ADVERBIAL_OPENER = re.compile(
    r"(?:After|Before|In|On|At|When|While|During|Since|As|If|Although|Though|Because|Asked|Speaking|With|For|From|"
    r"By|Of|Under|Over|Later|Earlier|Then|Meanwhile|However|Still|But|And|So|Yet|Now|Today|Yesterday|Last|This|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|[^\w]")

# after a cue: "of the bridge, " or "as he left, " and then a quote
_ADVERBIAL_THEN_QUOTE = re.compile(
    r",?\s+(?:of|about|as|when|while|after|before|during|in|at|on|to|from|with|and\s+I\s+quote)\b[^#;!?]{0,100}?"
    r"[,:]\s*(?=#)")

# after '"A," she said': what still opens content of its own (a that-clause, a quote, a colon)
_QUOTE_GOES_ON = re.compile(r"\s*,(?:\s+[a-z][^#;:.!?,]{0,60},)?\s*#")
_CONTENT_AFTER = re.compile(r"\s*(?:that\b|,?\s*#|:)")
# somewhere in what follows a cue: a that-clause, a quote or a colon
_OPENS_CONTENT = re.compile(r"\bthat\b|#|:")
# "Perhaps, he said, the town ...": the attribution cut off by commas alone
_BARE_COMMA = re.compile(r"\s*,\s*(?=[a-z#])")

_RELATIVE_END = re.compile(r",\s+(?:(?:[a-z]+ly\s+)?(?!(?:that|and|but|if|who|which|as|is|was)\b)[a-z]+(?:ed|s)|"
                           r"[a-z]+ly\s+(?:did|does|has|have|had|will|would|could|can|is|was)|"
                           # ("Tom Hale, who said it could wait, left early": a past tense of its own)
                           r"(?:[a-z]+ly\s+)?(?:left|went|made|took|came|gave|ran|won|lost|met|stood|held|kept|sent|spent|"
                           r"brought|became|began|got|put|set|cut|hit|fell|led|paid|built|sat|wrote|spoke|chose|drew|"
                           r"drove|flew|grew|threw|sought|fought|caught|taught|bought|struck|swore|broke|rose|woke))\b")


# what goes on with a second quote after the attribution: 'but "...', 'and still "...'
_BUT_QUOTE = re.compile(r"(?:and|but)(?:\s+[a-z]+){0,2}\s+#")
# a cue of its own, with whom it addressed, right before the quote: '..., before asking her, "' or ', adding: "'
_CUE_OPENS_QUOTE = re.compile(rf"(?:,\s*|\s(?:before|after|then|and)\s+)(?:{'|'.join(sorted(PARTICIPLES | {'asking'}))})"
                              r"(?:\s+[\w'\u2019-]+){0,2}\s*[,:]?\s*#")
# after a cue: a short adverbial up to a comma ("said on Monday, ")
_TAIL_COMMA = re.compile(r"(?:\s+[^\s#,.;:!?]+(?:,\d{3})*){0,6}\s*,\s*(?=[\w#])")
# what after "X, she said," goes on with something else than the interrupted clause
# a subordinate clause after an interrupting attribution goes on with what was said
_REASON_OR_TIME = re.compile(r"(?:because|since|when|while|although|though)\s+(?:[a-z]+\s+)?(?:he|she|they|it|we|I|the|[A-Z])")
# "He had no known affiliations, the airline added, and had passed all checks", "it makes sense, he said, for
# Democrats to …": after a whole clause, a conjunction or a preposition goes on with what was said
_GOES_ON_AFTER = re.compile(r"(?:and|but|to|by|because|including|from|for|although|with|while|since)\s")
_NOT_CONTINUATION = re.compile(
    # ("at least seven", "in fact", "for now" go on with the clause)
    r"(?!(?:at\s+least|at\s+most|in\s+fact|in\s+part|for\s+now|for\s+example|for\s+instance)\b)"
    r"(?:\w+ing|according|and|but|or|in|on|at|during|after|before|while|when|as|who|which|whose|"
    r"where|with|without|for|from|to|by|via|though|although|because|since|if|than|then|adding|"
    r"referring|citing|per)\b", re.I)


# "according to Lily Batchelder, a former tax aide": what follows the source's comma describes it
_APPOSITIVE_START = re.compile(r"an?\s")


def _according_source(masked: str, e: int, pos: int) -> Span | None:
    m = ACCORDING.search(masked, pos, e)
    if not m:
        return None
    np = _NP_AFTER.match(masked, m.end(), e)
    return (np.start(1), np.end(1)) if np else None


_OPENING_ACCORDING = re.compile(r"[ \t]*(?:(?:But|And|Yet|Still)\s+)?According\s+to\b")


# ", with about two-thirds of the money coming from men," before "according to": figures a source gives
_WITH_FIGURES = re.compile(r",\s+with\s+(?=(?:a|an|about|nearly|almost|more|less|fewer|only|just|some|\$?\d)\b)")
_ING_WORD = re.compile(r"\b[a-z]{3,}ing\b")
_CLAUSE_MARKS = re.compile(r"[;:#]")


def _according(par: _Paragraph, s: int, e: int) -> Finding | None:
    """'According to X, Y.' and 'Y, according to X.'"""
    text, masked = par.text, par.masked
    m = ACCORDING.search(masked, s, e)
    if not m:
        return None
    np = _NP_AFTER.match(masked, m.end(), e) or _LONG_NP_AFTER.match(masked, m.end(), e)
    if not np:
        return None
    source = _strip(text, np.start(1), np.end(1))
    if masked[s:m.start()].strip() and not reported.connective_only(masked, s, m.start()):
        start = s
        colon = masked.rfind(": ", s, m.start())
        if colon > s and len(_WORD.findall(masked, colon, m.start())) >= 3:
            # "The tax has not hurt the city: London was the capital of finance, according to ...": the
            # source backs what follows the colon
            start = colon + 1
        with_ = _WITH_FIGURES.search(masked, start, m.start())
        if with_ and masked[with_.end():m.start()].rstrip().endswith(",") and \
                _ING_WORD.search(masked, with_.end(), m.start()) and \
                not _CLAUSE_MARKS.search(masked, with_.end(), m.start()):
            # "a wounded candidate, with a majority of voters saying she cannot be trusted, according to
            # a poll": the figures are what the poll found
            start = with_.end()
        spans, kind, open_q = _spans_and_kind(text, par.regions, start, m.start())
        after = re.match(r"\s*,\s*(?=[a-z#])", masked[np.end(1):e])
        if after is None and len(_WORD.findall(masked, start, m.start())) <= 4:
            # "The next day, according to Ann Lee, Bo Tran made more demands": a short opening
            # phrase, then the clause it opens
            after = re.match(r"\s*,\s*(?=[A-Z])", masked[np.end(1):e])
        if spans and after and masked[s:m.start()].rstrip().endswith(",") and \
                not _NOT_CONTINUATION.match(masked, np.end(1) + after.end(), e) and \
                not _APPOSITIVE_START.match(masked, np.end(1) + after.end(), e):
            # "His criticism, according to an interview, was the choice": the source interrupts
            more, more_kind, open_q = _spans_and_kind(text, par.regions, np.end(1) + after.end(),
                                                      _content_end(masked, np.end(1) + after.end(), e))
            if more:
                kind = kind if kind == more_kind else "mixed"
                spans = spans + more
    else:
        spans, kind, open_q = _spans_and_kind(text, par.regions, np.end(1), e)
    if not spans:
        return None
    return Finding(spans, kind, source, (m.start(), m.end()), par.index, open_quote=open_q)


# "in Forbes' words,", "In the words of one aide,", "in his own words,": whose words follow
_IN_WORDS = re.compile(
    r"(?:^|(?<=[\s,(]))[Ii]n\s+(?:the\s+words\s+of\s+(?P<of>(?:[\w.'\u2019&-]+\s+){0,5}?[\w.'\u2019&-]+)|"
    r"(?P<owner>(?:(?:the|a|an)\s+)?(?:[\w.&-]+\s+){0,4}?[\w.&-]+?(?:['\u2019]s?|\s+(?:his|her|their|its)))\s+(?:own\s+)?words|"
    r"(?P<pronoun>his|her|their|its)\s+(?:own\s+)?words)\s*,\s*")


def _in_words(par: _Paragraph, s: int, e: int) -> Finding | None:
    """'The summit was held there because, in Forbes' words, "it is the place to be."'."""
    if par.masked.find("words", s, e) < 0:
        return None
    m = _IN_WORDS.search(par.masked, s, e)
    if m is None:
        return None
    group = next(g for g in ("of", "owner", "pronoun") if m.group(g))
    a, b = m.span(group)
    if group == "owner":
        b = a + len(re.sub(r"['\u2019]s?$", "", par.text[a:b]))
    source = _strip(par.text, a, b)
    spans, kind, open_q = _spans_and_kind(par.text, par.regions, m.end(), _content_end(par.masked, m.end(), e))
    if not spans or source[0] >= source[1]:
        return None
    return Finding(spans, kind, source, (m.start(), m.end()), par.index, open_quote=open_q)


# a transcript's speaker label: one to four words in capitals and a colon opening the paragraph
_TURN = re.compile(r"[ \t]*((?:[A-Z][A-Z.'\u2019-]*[ \t]+){0,3}[A-Z][A-Z'\u2019-]*[A-Z]):[ \t]+(?=\S)")


_QUOTED_TURN = re.compile(r"[ \t]*[\"\u201c]((?:[A-Z][A-Z.'\u2019-]*[ \t]+){0,3}[A-Z][A-Z'\u2019-]*[A-Z]):[ \t]+(?=\S)")


def _transcript_turn(par: _Paragraph) -> Finding | None:
    m = _TURN.match(par.masked, par.start, par.end)
    quoted = None
    if m is None and par.regions and par.regions[0][0] == par.start + len(par.text[par.start:par.end]) - \
            len(par.text[par.start:par.end].lstrip()):
        # '"PENCE: Well, look, ...': a quoted transcript, each turn opening with a quotation mark
        quoted = _QUOTED_TURN.match(par.text, par.start, par.end)
        m = quoted
    if not m or _NOT_A_SPEAKER.match(m.group(1).title()) or m.group(1) in ("Q", "A"):
        return None
    if quoted:
        s, e = _strip(par.text, m.end(), par.end, " \t\n,;:.\u2014\u2013-\"\u201c\u201d")
        return Finding([(s, e)], "direct", (m.start(1), m.end(1)), (m.end(1), m.end(1) + 1), par.index) \
            if len(_WORD.findall(par.text, s, e)) >= 2 else None
    spans, kind, open_q = _spans_and_kind(par.text, par.regions, m.end(), par.end)
    if not spans or len(_WORD.findall(par.text, m.end(), par.end)) < 2:
        return None
    return Finding(spans, kind, (m.start(1), m.end(1)), (m.end(1), m.end(1) + 1), par.index, open_quote=open_q)


# a headline in title case: "Ann Lee Says The Plan Is Dead", "The Plan Is Dead, Ann Lee Says"
_TITLE_CUE = re.compile(r"\s(Says|Said|Warns|Claims|Admits|Insists|Argues|Predicts|Thinks|Believes|Suggests)\b")
_TITLE_SOURCE = re.compile(r"\s*((?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*[a-z][\w'\u2019-]*)\s*$")


def _title_case_says(par: _Paragraph, s: int, e: int) -> Finding | None:
    if not reported.in_title_case(par.masked, s, e):
        return None
    cue = _TITLE_CUE.search(par.masked, s, e)
    if not cue:
        return None
    before = par.masked[s:cue.start()]
    if par.masked[cue.end():e].strip(" .!?\n"):
        src = _TITLE_SOURCE.search(par.masked, s, cue.start())
        if not src or src.start(1) != s + len(before) - len(before.lstrip()) or _NOT_A_SPEAKER.match(src.group(1)):
            return None
        spans, kind, open_q = _spans_and_kind(par.text, par.regions, cue.end(), e)
        source = (src.start(1), src.end(1))
    else:
        # "..., Trevor Noah Says."
        comma = par.masked.rfind(",", s, cue.start())
        src = _TITLE_SOURCE.match(par.masked, comma + 1, cue.start()) if comma > s else None
        if src is None:
            return None
        spans, kind, open_q = _spans_and_kind(par.text, par.regions, s, comma)
        source = _strip(par.text, src.start(1), src.end(1))
    if not spans:
        return None
    return Finding(spans, kind, source, (cue.start(1), cue.end(1)), par.index, open_quote=open_q)


def _colon_lead(par: _Paragraph, s: int, e: int) -> tuple[Span, Span, int] | None:
    """'Trump said:' at a paragraph's end, introducing the quote below: its source and cue."""
    if par.masked[e:par.end].strip():
        return None
    cue = None
    for cue in CUE.finditer(par.masked, s, e):
        pass
    if cue is not None and par.masked.find(MASK, s, e) < 0 and par.masked[cue.end():e].strip() != ":":
        # "Ann Lee reported after the raid in the city:": the cue's subject introduces the quote below
        subject = _subject_before(par.text, par.masked, s, cue.start())
        if subject is not None and _plain_subject(_WORD.findall(par.text, subject[0], subject[1])):
            return subject, (cue.start(), cue.end()), par.index
    if cue is None or par.masked[cue.end():e].strip() != ":":
        # "Sanders made the following comment:" with no cue of its own: the colon is the cue
        colon = par.masked.rfind(":", s, e)
        subject = _colon_source(par.text, par.masked, s, colon) if par.masked.find(MASK, s, e) < 0 else None
        return (subject, (colon, colon + 1), par.index) if subject else None
    subject = _subject_before(par.text, par.masked, s, cue.start())
    if subject is None:
        return None
    return subject, (cue.start(), cue.end()), par.index


_OPENS_WITH_QUOTE = re.compile(r"\s*(?:(?:But|And|Still|Yet)\s+)?#")


def _only_quotes(par: _Paragraph, s: int, e: int) -> bool:
    inside = _regions_in(par.regions, s, e)
    if not inside:
        return False
    pos, words = s, 0
    for qs, qe, _ in inside:
        words += len(_WORD.findall(par.text[pos:max(pos, qs)]))
        pos = max(pos, qe)
    words += len(_WORD.findall(par.text[pos:e]))
    return words == 0


# a paragraph no one speaks, though a quotation mark may open it: a transcript's stage direction
# ('"(CROSSTALK.)', "[APPLAUSE]", "(laughter)") or the writer's sign-off ("Follow Ann Lee on Twitter @annlee.")
_NOT_SPOKEN = re.compile(
    r"[\s\"'\u201c\u201d\u2018\u2019]*(?:"
    r"[(\[](?:[A-Z][A-Z'\u2019-]*[ .]*){1,4}[)\]]|"
    r"[(\[](?i:applause|laughter|laughs|crosstalk|inaudible|unintelligible|cheers|cheering|booing|boos|silence)[ .]*[)\]]|"
    r"Follow\s[^.!?\n]{1,120}?\son\s+(?:Twitter|Facebook|Instagram)\b[\s:]*(?:at\s+)?(?:@\w+)?"
    r")[\s.\"'\u201c\u201d\u2018\u2019]*")


def find_findings(article: Article) -> list[Finding]:
    """Every statement of the article, in text order, with its source mention still unresolved."""
    text = article.text
    masked, per_paragraph = _mask(text, article.paragraphs)
    findings: list[Finding] = []
    last_source: Span | None = None
    last_paragraph = -10
    pending_open: list[Span] = []
    # "He said:" closing a paragraph: the source and cue of the quote that opens the next one
    colon_lead: tuple[Span, Span, int] | None = None
    for index, ((start, end), regions) in enumerate(zip(article.paragraphs, per_paragraph)):
        if _NOT_SPOKEN.fullmatch(text, start, end):
            continue
        par = _Paragraph(text, masked, regions, index, start, end)
        # the statement of the sentence before, which a quote that follows it goes on
        going_on: Finding | None = None
        turn = _transcript_turn(par)
        if turn is not None:
            # "KATE BOULDUAN: Why not debate?": a speaker's turn in a transcript, the whole paragraph
            findings.append(turn)
            last_source, last_paragraph, pending_open, colon_lead = turn.source, index, [], None
            continue
        for s, e in _sentences(text, masked, start, end):
            found, according = _find_in_sentence(par, s, e)
            finding = found[0] if found else None
            lead, colon_lead = colon_lead, None
            if finding is None and not _only_quotes(par, s, e) and masked[s:e].rstrip().endswith(":"):
                colon_lead = _colon_lead(par, s, e)
            if finding is None and lead is not None and lead[2] == index - 1 and s == start and \
                    _only_quotes(par, s, e):
                spans, _kind, open_q = _spans_and_kind(text, regions, s, e)
                finding = Finding(spans, "direct", lead[0], lead[1], index, open_quote=open_q)
                found = [finding]
            if finding is None and _only_quotes(par, s, e):
                spans, _kind, open_q = _spans_and_kind(text, regions, s, e)
                if going_on is not None and not going_on.open_quote:
                    # '"A," she said. "B."': the speaker goes on in the same paragraph
                    going_on.spans.extend(spans)
                    going_on.open_quote = open_q
                    if going_on.kind == "indirect":
                        going_on.kind = "mixed"
                    continue
                prev = findings[-1] if findings else None
                if prev and prev.open_quote and prev.paragraph == index - 1 and s == start:
                    # the quote left open at the previous paragraph's end goes on here
                    prev.spans.extend(spans)
                    prev.open_quote = open_q
                    last_paragraph = index
                    continue
                if last_source is not None and index - last_paragraph <= 1 and not _is_title(text, s, e) and \
                        not _short_quote_paragraph(par, s, e):
                    finding = Finding(spans, "direct", last_source, None, index,
                                      follow_up=True, open_quote=open_q)
                elif open_q and s == start:
                    pending_open = spans
                    continue
            if finding is None and going_on is not None and not going_on.open_quote and \
                    _OPENS_WITH_QUOTE.match(masked, s, e):
                # '"A," she said. But "B" and more.': the speaker goes on in the same paragraph
                spans, _kind, open_q = _spans_and_kind(text, regions, s, e)
                if spans:
                    going_on.spans.extend(spans)
                    going_on.open_quote = open_q
                    going_on.kind = "mixed"
                    continue
            if finding is None:
                going_on = None
                continue
            if pending_open and finding.kind == "direct" and s == start:
                finding.spans = pending_open + finding.spans
            pending_open = []
            findings.extend(found or [finding])
            # a quote that follows goes on the sentence's last quotation, not on a participle's
            # paraphrase after it ('"A," he said, noting that B. "C."')
            last = next((f for f in reversed(found) if f.kind == "direct"), findings[-1]) if found else findings[-1]
            going_on = last if according is None and not last.closed and not last.follow_up and \
                not _names_addressee(par, last) and not _goes_on_to_more(par, last) else None
            last_source = according or findings[-1].source
            last_paragraph = index
    findings.extend(_unattributed_quotes(article, masked, per_paragraph, findings))
    findings.sort(key=lambda f: f.spans[0][0])
    # "There are more productive ways to ...": an existential clause names no one who speaks
    return [f for f in findings if f.source is None or not _EXISTENTIAL.match(text, f.source[0], f.source[1])]


# where it was said, up to a title in quotes: 'on MSNBC's "Morning Joe."', "in his book ''An American Son''"
_PLACE_BEFORE_TITLE = re.compile(r"\s*(?:(?:morning|afternoon|evening|night)\s+)?(?:on|in|at|to)\s+[^#,;:.!?]{0,60}?(?=#)")


def _short_quote_paragraph(par: _Paragraph, s: int, e: int) -> bool:
    """"'A really tough decision.'" alone in its paragraph: a subheading in headline quotes (single marks),
    or '"Related:"', not more of what the last speaker said ('"Not this year."' is)."""
    return s == par.start and not par.masked[e:par.end].strip() and \
        (par.text.startswith(("'", "\u2018"), s) or par.text[s:e].rstrip("\"'\u201d\u2019 ").endswith(":")) and \
        len(_WORD.findall(par.text, s, e)) < _UNATTRIBUTED_WORDS


def _place_then_title(par: _Paragraph, start: int, e: int) -> bool:
    place = _PLACE_BEFORE_TITLE.match(par.masked, start, e)
    return place is not None and _title_closes(par, place.end(), e)


def _names_addressee(par: _Paragraph, finding: Finding) -> bool:
    """'"We will not sign," an official told Reuters.': an attribution that names whom it was said to
    closes its statement, and a quote after it in the paragraph is a statement of its own (as the
    sample article's annotation has it; PolNeAR's train articles join the two more often than not)."""
    if finding.cue is None or finding.cue[1] > par.end:
        return False
    cs, ce = finding.cue
    if par.masked[cs:ce].split()[-1] not in TAKES_OBJECT:
        return False
    after = _object_end(par.text, par.masked, ce, par.end)
    return after > ce and par.masked[ce:after].lstrip()[:1].isupper()


def _goes_on_to_more(par: _Paragraph, finding: Finding) -> bool:
    """'"…," Lee said, going on to contrast her plans with his. "…"': the attribution goes on to another
    act of saying, and the quote after it is that act's, a statement of its own."""
    if finding.cue is None or finding.cue[1] > par.end or finding.kind != "direct" or \
            finding.spans[-1][1] > finding.cue[0]:
        # (only a quote that its cue follows)
        return False
    return _GOES_ON_AFTER_CUE.match(par.masked, finding.cue[1], min(par.end, finding.cue[1] + 80)) is not None


# after the cue: who it was, then ", going on to", ", before going on to", "and went on to"
_GOES_ON_AFTER_CUE = re.compile(
    r"[^#.;:!?]{0,60}?(?:,\s+(?:before\s+|then\s+)?going|\s+and\s+(?:then\s+)?went)\s+on\s+to\s+[a-z]")


def _title_closes(par: _Paragraph, at: int, e: int) -> bool:
    """Whether the quotation at `at` is a title in quotes ("An American Son.") with nothing after it
    but the sentence's end."""
    first = next(iter(_regions_in(par.regions, at, e)), None)
    return first is not None and first[0] == at and not par.masked[first[1]:e].strip(" .!?\n") and \
        _is_title(par.text, first[0], first[1])


def _is_title(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is two words or more, all in title case ("'Legend in the Coal Fields.'"); a
    question or an exclamation is said ("“Mr. D'Souza?”")."""
    words = _WORD.findall(text, s, e)
    return len(words) >= 2 and all(w[0].isupper() or w in _TITLE_SMALL or w.isdigit() for w in words) and \
        not re.search(r"[?!][\s\"'\u201d\u2019]*$", text[s:e])


# a quotation this long that no cue reports is still somebody's statement; shorter ones are
# mostly scare quotes and names ('the "law and order" issue')
_UNATTRIBUTED_WORDS = 8


def _unattributed_quotes(article: Article, masked: str, per_paragraph: list[list[tuple[int, int, bool]]],
                         findings: list[Finding]) -> list[Finding]:
    """Long quotations that no cue reports ('... laid out a vision for "a reformed tax code that
    rewards free enterprise"'): statements of the sentence's subject, else of the last source in
    the paragraph, else of no one named."""
    text = article.text
    taken = [span for f in findings for span in f.spans]
    extra: list[Finding] = []
    for index, regions in enumerate(per_paragraph):
        sentences: list[Span] | None = None
        for qs, qe, _closed in regions:
            if any(a < qe and qs < b for a, b in taken):
                continue
            words = _WORD.findall(text, qs, qe)
            if len(words) < _UNATTRIBUTED_WORDS or "<" in text[qs:qe] or "=" in text[qs:qe] or text[qs - 1:qs] == "=":
                # markup's attributes ('<tweet author="...">'), not speech
                continue
            if _is_title(text, qs, qe):
                # '"The Trumps: Three Generations That Built an Empire"': a title
                continue
            spans, kind, open_q = _spans_and_kind(text, regions, qs, qe)
            if kind != "direct":
                continue
            source = None
            if sentences is None:
                # (the paragraph's sentences, once, for its first long quotation)
                sentences = list(_sentences(text, masked, *article.paragraphs[index]))
            sentence = next(((ss, se) for ss, se in sentences if ss <= qs < se), None)
            if sentence is not None and sentence[0] < qs:
                source = _subject_of_sentence(text, masked, sentence[0], qs)
            if source is None:
                prev = next((f for f in reversed(findings) if f.spans[0][0] < qs), None)
                if prev is not None and prev.paragraph == index:
                    source = prev.source
            extra.append(Finding(spans, kind, source, None, index, open_quote=open_q))
    return extra


_EXISTENTIAL = re.compile(r"[Tt]here(?:\s+(?:is|are|was|were|has|have|had)\b|['\u2019]s\b|$)")


from . import reported  # noqa: E402  (reported.py builds on this module's helpers)
