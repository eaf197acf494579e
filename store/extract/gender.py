"""Which pronoun a person takes, from the first name or the article's own words.

"Mrs. Clinton" and "Ms. Warren" make a woman, "Mr. Obama" a man; so do the
words the article describes a person with ("9/11 widow Terry Strada", "his
ex-wife"); otherwise a short list of common first names decides. Names given
to both ("Terry", "Jamie") and unknown ones stay None and match both.
"""
from __future__ import annotations

import re

_FEMALE = frozenset("""
abigail ada adriana agnes aisha alexandra alice alicia alison allison amanda amber amy ana andrea
angela angelique anita ann anna anne annie april ashley audrey barbara becky betsy betty beverly
brenda bridget brittany brooke candace carly carmen carol caroline carolyn catherine cathy cecilia
charlotte cheryl chris christina christine claire claudia colleen connie cynthia dana daniela
deborah debbie debra denise diana diane donna doris dorothy edith eileen elaine eleanor elena
elise elizabeth ellen emily emma erica erin esther eva evelyn faith fiona frances gabrielle gail
gina gloria grace hannah harriet heather heidi helen hillary holly hope huma ilhan irene isabel
ivana ivanka jackie jacqueline jan jane janet janice jean jeanne jennifer jessica jill jo joan
joanna jodi joy joyce judith judy julia julie karen kate katherine kathleen kathryn kathy katie
kay kayleigh kellyanne kelly kim kimberly kirsten krista kristen laura lauren leah lena lesley
linda lisa liz loretta lori louise lucy lynn madeleine maggie marcia margaret maria marie marilyn
marion martha mary maureen maxine megan megyn melania melanie melissa meredith mia michele michelle
mika mildred miriam molly monica nancy naomi natalie nicole nikki nina nora olivia pam pamela
patricia patty paula peggy penny phyllis priscilla rachel rebecca regina rita roberta rosa rose
ruth sally samantha sandra sara sarah serena sharon sheila shirley sonia sophia stacey stephanie
sue susan suzanne sylvia tammy tara teresa theresa tiffany tina tracy tulsi valerie vanessa
veronica victoria virginia wendy whitney yvonne zoe
""".split())

_MALE = frozenset("""
aaron adam al alan albert alex alexander andrew andy anthony antony arnold arthur barack ben
benjamin bernard bernie bill billy bob bobby brad bradley brandon brett brian bruce bryan carl
carlos charles charlie chuck chad christian christopher chris clarence colin craig dan daniel
darrell dave david dennis derek dick don donald doug douglas duncan dwight ed eddie edward eli
elijah eric ernest evan frank franklin fred gary gavin george gerald glenn gordon greg gregory
harold harry henry herman howard ian jack jacob jake james jamie jason jay jeb jeff jeffrey jeremy
jerry jesse jim jimmy joe joel john johnny jon jonathan jordan jorge jose joseph josh joshua juan
justin karl keith ken kenneth kevin kurt larry lawrence lee leon lindsey louis luis luke marco
mark martin matt matthew max michael mike mitch mitt muhammad nathan neil newt nicholas nick noah
norman oliver omar orrin pat patrick paul pete peter phil philip ralph ray raymond reince richard
rick rob robert robin rod roger roland ron ronald roy rudy russell ryan sam samuel scott sean
sergei seth shaun sherrod stanley stephen steve steven stuart ted terry thomas tim timothy todd
tom tommy tony travis trey vincent vladimir walter warren wayne william willie xi
""".split())

# first names that both men and women have: no evidence either way
_BOTH = frozenset("terry jamie robin pat jordan dana leslie casey taylor jessie kerry lee".split())

# words for a person that tell the gender
_FEMALE_WORDS = frozenset("""
widow wife ex-wife mother daughter sister woman girl spokeswoman congresswoman chairwoman businesswoman
actress grandmother niece aunt lady mrs mrs. ms ms. queen princess girlfriend stepdaughter granddaughter
""".split())
_MALE_WORDS = frozenset("""
widower husband ex-husband father son brother man boy spokesman congressman businessman actor grandfather
nephew uncle mr mr. king prince boyfriend stepson grandson
""".split())

# ("M" first, no word character before it: a scan skips fast to the next "M")
_HONORIFIC = re.compile(r"(M(?<!\wM)(?:rs|s|iss|r))\.?\s+((?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+)")


def honorifics(text: str) -> dict[str, str]:
    """Surname -> 'f' or 'm' from "Mrs. X", "Ms. X", "Mr. X" in the article."""
    out: dict[str, str] = {}
    for m in _HONORIFIC.finditer(text):
        out.setdefault(m.group(2).split()[-1], "m" if m.group(1) == "Mr" else "f")
    return out


def of_name(name: str, surnames: dict[str, str] | None = None) -> str | None:
    """'f', 'm' or None for a person's name."""
    toks = name.split()
    if not toks:
        return None
    first = toks[0].lower().rstrip(".")
    # the first name before "Mr." or "Mrs.": "Mr. Clinton" in an article about Hillary Clinton is Bill
    if first in _FEMALE and first not in _MALE and first not in _BOTH:
        return "f"
    if first in _MALE and first not in _FEMALE and first not in _BOTH:
        return "m"
    if surnames and toks[-1] in surnames:
        return surnames[toks[-1]]
    return None


def of_pronoun(word: str) -> str | None:
    return {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}.get(word)


def of_words(words) -> str | None:
    """'f', 'm' or None from the words describing a person ("widow", "spokesman")."""
    found = {"f" if w in _FEMALE_WORDS else "m" for w in words if w in _FEMALE_WORDS or w in _MALE_WORDS}
    return found.pop() if len(found) == 1 else None
