"""Who an article names: full names, titles, genders, and where each is named.

Built once per article for speakers.py. "House Speaker Paul Ryan" makes
"Ryan" mean "Paul Ryan", titled a "speaker"; "9/11 widow Terry Strada" is a
woman; "Mr. Clinton" in an article that also names Hillary Clinton is Bill.
A mention is in subject position when it opens its sentence, perhaps after
an adverbial ("In a statement, presidential nominee Hillary Clinton said");
a pronoun looks there first. "The president" opening a sentence is whoever
the article titled so.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache

from . import gender, names
from .model import Article


def _opening_word(words: list[str]) -> str:
    r"""A pattern for any of `words` (patterns opening on a letter) at a word's start, as
    \b(?:...) is, grouped by first letter with no word character before it, so that a
    scan skips fast to a letter that can open one."""
    by_letter: dict[str, list[str]] = {}
    for w in words:
        by_letter.setdefault(w[0], []).append(w[1:])
    return "(?:%s)" % "|".join(rf"{c}(?<!\w{c})(?:{'|'.join(rest)})" for c, rest in by_letter.items())


# a run of capitalised words: titles, then a full name ("House Speaker Paul Ryan", "Harry M. Reid")
# ("McConnell", "O'Malley", "DeSantis": a second capital inside the word)
_NAME_WORD = (r"[A-Z][a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f'\u2019]+(?:[A-Z][a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f]+)?"
              r"(?:-[A-Za-z][a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f'\u2019]+)*")
# (the first name's capital comes first, with no word character before it: a scan for the
# run then skips, fast, to the next capital)
# (a small word may stand inside the name, "Bill de Blasio", or open its surname, "Bashar al-Assad")
_RUN = re.compile(r"[A-Z](?<!\w[A-Z])%s(?:\s+(?:[A-Z]\.\s+)?(?:(?:%s)\s+){0,2}(?:%s)?%s){1,5}\b" % (
    _NAME_WORD[len("[A-Z]"):], "|".join(sorted(names.NAME_PARTICLES)), names.NAME_PREFIX, _NAME_WORD))
# a word, its capital captured: findall gives "A" for "Ann" and "" for "ann"
_WORD_CAPITAL = re.compile(r"(?:([A-Z])|[a-z])\w*")
# a person the article only calls by title and surname: "President Obama", "Mr. Ban"
_TITLED_SURNAME = re.compile(_opening_word(
    r"President|Senator|Sen\.|Rep\.|Gov\.|Governor|Mr\.|Mrs\.|Ms\.|Dr\.|Justice|Judge|Mayor|Secretary|"
    r"Gen\.|General|Ambassador|Chancellor|Minister|Speaker|Leader|Chairman|Chairwoman|Commissioner|Sheriff".split("|")) +
    r"\s+([A-Z][a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f]+(?:-[A-Za-z][a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f]+)*"
    r"(?:['\u2019][A-Z][a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f-]+)?)\b(?![\s.]+[A-Z])")
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
             "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december"}
# words that open a run of capitals without being a first name: "With Trump", "South Carolina"
_NOT_A_FIRST_NAME = names.TITLE_WORDS | names.DETERMINERS | _CALENDAR | {
    "but", "and", "in", "on", "at", "for", "when", "if", "as", "after", "speaker", "majority", "minority",
    "with", "without", "said", "says", "asked", "though", "although", "while", "because", "since", "despite",
    "is", "was", "did", "does", "do", "has", "had", "more", "most", "year", "so", "then", "now", "even",
    "just", "only", "like", "unlike", "under", "over", "from", "to", "by", "about", "against", "between",
    "among", "before", "during", "through", "where", "what", "who", "why", "how", "which", "there", "here",
    "dear", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "great", "greater", "upper", "lower", "united", "saint", "st", "fort", "lake", "mount", "port", "old",
    "believe", "thin-skinned", "big", "little", "all", "every", "no", "not", "yes", "will", "neither",
    "either", "both", "like", "maybe", "perhaps", "top", "debating"}
_NOT_IN_A_NAME = names.TITLE_WORDS | names.ORG_WORDS | _CALENDAR
_OWNER = ("'s", "\u2019s", "s'", "s\u2019")
_SUFFIX = {"jr", "sr", "ii", "iii", "iv"}
# the pronoun that follows a mention in its sentence: "Clinton slammed the shift ... she"
_NEXT_PRONOUN = re.compile(r"[^.!?\n]{0,150}?\b([Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")
_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}

# subject position: the sentence opens with the name, maybe after a title ("And campaign chairman Bo Lund")
_SENTENCE_END = re.compile(r"(?:[.!?][\"\u201d\u2019')]*|\n)\s+")
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Prof|Rev|U\.S|U\.N|Adm|Capt|Cmdr|Del|No)|\b[A-Z])\.$")
_BEFORE_A_SUBJECT = names.TITLE_WORDS | {"and", "but", "then", "former", "so", "yet", "still", "now"}
_AFTER_PREPOSITION = re.compile(r"\b(?:[Tt]o|[Oo]f(?!\s+State\b)|[Ww]ith|[Ff]or|[Bb]y|[Aa]gainst|[Aa]bout)\s+(?:\S+\s+){0,3}$")
# or after an opening adverbial: "In a statement issued Tuesday, presidential nominee Ann Lee"
_AFTER_ADVERBIAL = re.compile(
    r"[.!?\n][\"\u201d']?\s*(?:In|On|At|After|During|Before|Earlier|Later|Last|This|Since|When|While|As|"
    r"Speaking|Asked|Responding|Meanwhile|However|But|And|Yet|Still|Now|Then|Instead)\b"
    r"[^.!?\n,;\u201c\u201d\"]{0,90},\s+((?:[\w.'\u2019-]+\s+){0,4})$")
# "The president ...", "But the judge ...": a role opening its sentence
_THE_ROLE = re.compile(r"[Tt](?<!\w[Tt])he\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?(?:\s+([a-z][\w-]*))?")

# a role the article may name with another word: "the judge" is "Justice Ann Nervo"
SAME_ROLE = {"judge": "justice", "justice": "judge", "senator": "sen", "governor": "gov",
             "congressman": "rep", "congresswoman": "rep", "representative": "rep",
             # "the top U.S. diplomat" is "Secretary of State Antony Blinken"
             "diplomat": "state"}

# a title or appositive after a name: ", a former governor,"
_APPOSITIVE_AFTER = re.compile(r",\s+(?:the|a|an|[A-Z][\w'\u2019.-]*'s)?\s*((?:[\w'\u2019-]+\s+){0,5}[a-z][\w-]*)\s*[,.;]")


_PARTY_WORDS = re.compile(r"\b(?:(Democrat(?:ic|s)?|D-)|(Republican|GOP|R-))", re.I)
# the title run right before a name ("Democratic presidential nominee "), back to a stop
_TITLE_BEFORE = re.compile(r"(?:(?:Democrat(?:ic)?|Republican|GOP)\s+)(?:[a-z][\w-]*\s+){0,3}$")
# and after it: ", a Democrat", ", the Republican nominee,", " (R-Texas)", ", Democrat of Vermont"
_PARTY_AFTER = re.compile(r"(?:,\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:Democrat(?:ic)?|Republican|GOP)\b|"
                          r"\s*\((?:D|R)-)")


# a name that only modifies the subject's head: "The Lee campaign sent", "The Lee family"
_BODY_AFTER = re.compile(r"\s+(?:campaign|administration|family|foundation|organization|camp|team|White)\b")


def party_of(words: str) -> str | None:
    """'D', 'R' or None: the party words name ("the GOP nominee"), when they name one only."""
    found = {"D" if m.group(1) else "R" for m in _PARTY_WORDS.finditer(words)}
    return found.pop() if len(found) == 1 else None


# a paragraph in which capitals are too few to open even half its words is no headline: a capital
# letter opens at most one word, a space before a small letter opens a word of its own.
# Both are counted in the paragraph's UTF-8 bytes, where an ASCII letter or space is one byte
# and any other character only bytes past 127: deleting all but A-Z leaves the capitals, and
# with every small letter made "a" (and all else but the space "x") " a" counts the spaces
_NOT_CAPITAL = bytes(b for b in range(256) if not 65 <= b <= 90)
_SMALL_AS_A = bytes(97 if 97 <= b <= 122 else 32 if b == 32 else 120 for b in range(256))


def _is_title_case(text: str, start: int, end: int, title: bool = False) -> bool:
    """Whether text[start:end] reads as a headline in title case: most words capitalised, and
    no word in lower case but the small ones ("of", "on", "with"), or any when it is the title."""
    hi = min(end, start + 400)
    head = text[start:hi].encode("utf-8", "surrogatepass")
    if len(head.translate(None, _NOT_CAPITAL)) <= head.translate(_SMALL_AS_A).count(b" a"):
        # (most paragraphs: counting every word is not needed to tell)
        return False
    capitals = _WORD_CAPITAL.findall(text, start, hi)
    if not capitals or (len(capitals) - capitals.count("")) * 2 <= len(capitals):
        return False
    # "Mike Pence talked with Chris Wallace on Sunday.": a sentence full of names is still a sentence;
    # title case leaves only the small words in lower case
    return title or not any(w not in _TITLE_SMALL_WORDS for w in _LOWER_WORD.findall(text[start:hi]))


_LOWER_WORD = re.compile(r"(?<![\w'\u2019.-])[a-z][a-z'\u2019-]*")
_TITLE_SMALL_WORDS = frozenset("""a an the and but or nor for so yet as at by in of off on per to up via with from into
onto over upon vs v than de da di du del der den la le van von bin al el""".split())


@lru_cache(maxsize=20_000)
def _name_in_run(run: str) -> str | None:
    """The full name a run of capitals ends with: 'Supreme Court Justice Ann Nervo' -> 'Ann Nervo'."""
    toks = run.split()
    if toks[-1].endswith(_OWNER):
        toks[-1] = toks[-1][:-2]
    # the name follows the last word of its title, its body, its owner
    # ("The Atlantic's Jeffrey Goldberg") or a word that describes ("Texas-born Ann Lee")
    cut = 0
    for i, t in enumerate(toks):
        if t.lower() in _NOT_IN_A_NAME or t.endswith(_OWNER) or "-" in t and names.DESCRIBING_HYPHEN.search(t):
            cut = i + 1
    if cut:
        toks = toks[cut:]
    while toks and (toks[0].lower().rstrip(".") in _NOT_A_FIRST_NAME or
                    toks[0].endswith(("ing", "ed", "ly")) and not gender.of_name(toks[0])):
        # "Entrusting Donald Trump": a sentence opens with a word that is no name
        toks = toks[1:]
    while toks and toks[-1].lower() in _SUFFIX:
        toks = toks[:-1]
    words = [t for t in toks if not t.endswith(".") and t not in names.NAME_PARTICLES]
    if not 2 <= len(words) <= 3 or toks[-1].endswith(".") or \
            len(toks) > 2 and toks[0].lower() in names.NAME_PARTICLES and toks[1] in names.NAME_PARTICLES:
        # ("Von der Leyen" opening a sentence is her surname, not a first name and a surname)
        return None
    return " ".join(toks)


_PREFIXED_SURNAME = re.compile(names.NAME_PREFIX + "[A-Z]")


def full_names(article: Article) -> tuple[dict[str, str], dict[str, list[str]], str]:
    """Surname -> the full name it most often stands for, and -> every full name with it;
    and the article's headlines.

    Of two people with one surname ("Chris Murphy", "Anne Marie Murphy") the
    one named more often, a name in the headline counting twice more, is the
    surname's own; when even, the one named first. Headlines are not read
    for names: in title case every run of words looks like one.
    """
    text = article.text
    counts: Counter[str] = Counter()
    headlines = []
    for start, end in article.paragraphs:
        # ("Republican Donor Adelson and Trump May be Aligning on Israel.": a headline, its slip aside)
        if _is_title_case(text, start, end, title=text[start:end].strip() == article.title):
            headlines.append(text[start:end])
            continue
        for m in _RUN.finditer(text, start, end):
            name = _name_in_run(m.group())
            if name:
                counts[name] += 1
    headline = " ".join(headlines + [article.title])
    ranked = sorted(enumerate(counts.items()), key=lambda e: (-(e[1][1] + 2 * (e[1][0] in headline)), e[0]))
    by_surname: dict[str, str] = {}
    every: dict[str, list[str]] = {}
    for _i, (full, _n) in ranked:
        surname = full.split()[-1]
        for key in (surname, surname.split("-", 1)[1]) if _PREFIXED_SURNAME.match(surname) else (surname,):
            # ("Assad" is Bashar al-Assad too)
            by_surname.setdefault(key, full)
            every.setdefault(key, []).append(full)
    for m in _TITLED_SURNAME.finditer(text):
        if m.group(1) not in by_surname and m.group(1).lower() not in _NOT_IN_A_NAME:
            by_surname[m.group(1)] = m.group(1)
            every[m.group(1)] = [m.group(1)]
    return by_surname, every, headline


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


_LOWER_CASE = frozenset("abcdefghijklmnopqrstuvwxyz")


def _word_before(word: str, text: str) -> str | None:
    r"""The capitalised word right before the first whole `word` (of letters) that has one, as
    r"\b([A-Z][a-z]+) WORD\b" finds it ("Bernie" for "Sanders"), with no pattern to compile."""
    n = len(text)
    at = text.find(" " + word)
    while at >= 0:
        end = at + 1 + len(word)
        if end == n or not _is_word(text[end]):
            start = at
            while start > 0 and text[start - 1] in _LOWER_CASE:
                start -= 1
            if 0 < start < at and "A" <= text[start - 1] <= "Z" and (start == 1 or not _is_word(text[start - 2])):
                return text[start - 1:at]
        at = text.find(" " + word, at + 1)
    return None


def _after_lower_case(word: str, text: str) -> bool:
    r"""Whether a whole `word` (of letters) follows a lower-case word, a comma or a semicolon and
    space, as r"[a-z,;]\s+WORD\b" says, with no pattern to compile."""
    n = len(text)
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if end == n or not _is_word(text[end]):
            start = at
            while start > 0 and text[start - 1].isspace():
                start -= 1
            if 0 < start < at and (text[start - 1] in _LOWER_CASE or text[start - 1] in ",;"):
                return True
        at = text.find(word, at + 1)
    return False


# a run that may begin a surname: surnames are made of these characters only
# where a run of capitals may open: each capital after a hyphen or apostrophe too ("Jones" in "Smith-Jones")
_RUN_OPENING = re.compile(r"\b[A-Z][a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f'\u2019-]*")
# the run itself: a capital after the hyphen or apostrophe goes on it ("Shanklin-Hawkins", "O\u2019Malley")
_SURNAME_RUN = re.compile(r"\b[A-Z][a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f'\u2019-]*"
                          r"(?:(?<=['\u2019-])[A-Z][a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f'\u2019-]*)*")


# up to this many surnames, each is looked for by itself; past it, every run of capitals is read
# (so that time stays linear in the length of an article that names ever more people)
_FIND_EACH = 64


def _where_surnames_may_open(text: str, surnames: dict[str, str]) -> list[int]:
    """Offsets, in order, where a run of capitals that is or starts with a surname may open."""
    if len(surnames) > _FIND_EACH:
        return [m.start() for m in _RUN_OPENING.finditer(text)]
    found = set()
    for surname in surnames:
        if len(surname) > 1:
            at = text.find(surname)
            while at >= 0:
                found.add(at)
                at = text.find(surname, at + 1)
    return sorted(found)


def surnames_at(text: str, surnames: dict[str, str]) -> list[tuple[int, str]]:
    """(offset, surname) of each whole-word mention, the longest surname first where
    one is the start of another ("O’" and "O’Neil")."""
    out = []
    n = len(text)
    for at in _where_surnames_may_open(text, surnames):
        m = _SURNAME_RUN.match(text, at)
        if m is None:
            continue
        run = m.group()
        # a whole word ends only at the run's end or next to its punctuation
        ends = [len(run)]
        if "'" in run or "\u2019" in run or "-" in run:
            ends += sorted({i for i, ch in enumerate(run) if ch in "'\u2019-"} |
                           {i + 1 for i, ch in enumerate(run) if ch in "'\u2019-"}, reverse=True)
        for length in ends:
            if length > 1 and run[:length] in surnames:
                q = at + length
                if _is_word(text[q - 1]) != (q < n and _is_word(text[q])):
                    out.append((at, run[:length]))
                    break
    return out


def in_subject_position(text: str, at: int) -> bool:
    """Whether the words at `at` open their sentence, perhaps after titles or an adverbial."""
    lo = max(0, at - 60)
    start = 0 if lo == 0 else -1
    for m in _SENTENCE_END.finditer(text, lo, at):
        if m.group()[0] == "\n" or not _ABBREVIATION.search(text, max(0, m.start() - 5), m.start() + 1):
            start = m.end()
    if start >= 0:
        words = text[start:at].split()
        if len(words) <= 6 and all(w[:1].isupper() or w.lower() in _BEFORE_A_SUBJECT for w in words):
            return not _AFTER_PREPOSITION.search(text, start, at)
    m = _AFTER_ADVERBIAL.search(text, max(0, at - 140), at)
    return bool(m) and all(w[:1].isupper() or w.lower() in names.TITLE_WORDS for w in m.group(1).split())


class People:
    """The people an article names and where; see the module's docstring."""

    def __init__(self, article: Article, single_names: tuple[str, ...] = ()) -> None:
        text = self.text = article.text
        self.full, self.every, headline = full_names(article)
        # looked up once and kept (see _by_first_name, _first_of, _by_next_pronoun)
        self._firsts: dict[str, tuple[dict[str, int], list[int]]] = {}
        self._of_gender: dict[tuple, str | None] = {}
        self._mentions: tuple[int, dict[str, list[tuple[int, str]]]] = (-1, {})
        firsts = {f.split()[0] for fs in self.every.values() for f in fs} if single_names else set()
        for single in single_names:
            # a speaker the article calls by one name only: "Melanie said", or "Sanders said"
            # with "Bernie Sanders" only in the headline
            if single in self.full or single in firsts or single.lower() in _NOT_A_FIRST_NAME:
                continue
            first = _word_before(single, headline)
            if not gender.of_name(single) and not (first and gender.of_name(first)) and \
                    not _after_lower_case(single, text):
                # a capitalised word only ever opening a sentence ("Analysis shows") is no name
                continue
            name = f"{first} {single}" if first and gender.of_name(first) else single
            self.full[single] = name
            self.every[single] = [name]
        self.honorifics = gender.honorifics(text)
        # where each known person is named: (offset of the surname, surname), and the person
        self.at = surnames_at(text, self.full) if self.full else []
        self._by_pronouns()
        self.named: list[str] = []
        # a bare surname in the paragraph that named one of its people in full is that one
        # ("Hillary Clinton rebuffed a heckler. ... Clinton told her")
        starts = [start for start, _end in article.paragraphs]
        latest: dict[str, tuple[int, str]] = {}
        for at, surname in self.at:
            name, explicit = self._person_at(at, surname)
            paragraph = bisect.bisect_right(starts, at)
            if explicit:
                latest[surname] = (paragraph, name)
            elif name == self.full[surname] and latest.get(surname, (-1,))[0] == paragraph:
                name = latest[surname][1]
            self.named.append(name)
        self.described = self._descriptions()
        self.genders: dict[str, str | None] = {}
        said_so: dict[str, set[str]] = {}
        for head, held in self.described.items():
            for _at, name, _q in held:
                said_so.setdefault(name, set()).add(head)
        self._said_so = said_so
        self._main: str | None = None
        self._parties: dict[str, str] | None = None

    def _by_pronouns(self) -> None:
        """A surname two people of different genders share is the one its pronouns agree with.

        In an article about Hillary Clinton that names Bill Clinton more
        often, "Clinton ... she" still tells which Clinton a bare "Clinton" is.
        """
        text = self.text
        for surname, every in self.every.items():
            if len(every) < 2 or len({gender.of_name(f) for f in every} - {None}) < 2:
                continue
            tally: Counter[str] = Counter()
            for at, s in self.at:
                if s != surname or self._person_at(at, surname)[1]:
                    continue
                m = _NEXT_PRONOUN.match(text, at + len(surname), at + len(surname) + 160)
                if m:
                    tally[gender.of_pronoun(m.group(1).lower())] += 1
            if tally:
                (want, n), = tally.most_common(1)
                if n * 3 >= sum(tally.values()) * 2:
                    self.full[surname] = next((f for f in every if gender.of_name(f) == want), self.full[surname])

    def _person_at(self, at: int, surname: str) -> tuple[str, bool]:
        """The person a surname names here, and whether its first name says so: 'Bill Clinton';
        'Mr. Clinton'; or the surname's own."""
        every = self.every.get(surname, ())
        if len(every) > 1:
            before = self.text[max(0, at - 40):at]
            full = self._by_first_name(surname, every, before)
            if full is not None:
                return full, True
            honorific = re.search(r"\b(Mrs|Ms|Miss|Mr)\.?\s+$", before)
            if honorific:
                want = _HONORIFIC_GENDER[honorific.group(1).lower()]
                full = self._first_of(surname, every, want, gender.of_name)
                if full is not None:
                    return full, False
        return self.full[surname], False

    def _by_first_name(self, surname: str, every, before: str) -> str | None:
        """The first of the people with this surname (in the article's order) whose first name
        `before` ends with ("Bill " before "Clinton"). Their first names are looked up by length,
        not tried one by one: an article may name many people of one surname."""
        got = self._firsts.get(surname)
        if got is None:
            firsts: dict[str, int] = {}
            for i, full in enumerate(every):
                first = full[:len(full) - len(surname)]
                if first:
                    firsts.setdefault(first, i)
            got = self._firsts[surname] = (firsts, sorted({len(f) for f in firsts}))
        firsts, lengths = got
        best = None
        for n in lengths:
            if n > len(before):
                break
            i = firsts.get(before[len(before) - n:])
            if i is not None and (best is None or i < best):
                best = i
        return every[best] if best is not None else None

    def _first_of(self, surname: str, every, want: str, gender_of) -> str | None:
        """The first of the people with this surname whose gender (as `gender_of` tells: the name
        alone, or all the article says) is `want`, asked once per surname, gender and teller."""
        key = (surname, want, gender_of)
        if key not in self._of_gender:
            self._of_gender[key] = next((full for full in every if gender_of(full) == want), None)
        return self._of_gender[key]

    def person_at(self, offset: int, surname: str) -> str | None:
        """The person the mention of `surname` at `offset` names, if it is one the article knows."""
        i = bisect.bisect_left(self.at, (offset, ""))
        while i < len(self.at) and self.at[i][0] < offset + 40:
            if self.at[i][1] == surname:
                return self.named[i]
            i += 1
        return None

    def _descriptions(self) -> dict[str, list[tuple[int, str, str]]]:
        """Head noun of a title or appositive -> (offset, full name, qualifier) of each person it describes.

        The qualifier is the word that narrows a title: "Russian President
        Vladimir Putin" and "former President Bill Clinton" are not "the
        president"; it is "" for a plain title and "-" for an appositive.
        """
        text = self.text
        n = len(text)
        determiners = names.DETERMINERS
        out: dict[str, list[tuple[int, str, str]]] = {}
        for (at, surname), name in zip(self.at, self.named):
            first = name[:len(name) - len(surname)]
            start = at - len(first) if first and text.startswith(first, at - len(first)) else at
            # the title right before the name: "GOP nominee Donald Trump", "Justice Ann Nervo", "Sen. Ann Lee"
            if text[start - 1:start].isspace():
                before = text[max(0, start - 40):start].split()
                title = before[-1].rstrip(".") if before else ""
                head = title.lower() if title.isalpha() else ""
                if head not in determiners and len(head) > 2:
                    qualifier = before[-2] if len(before) > 1 else ""
                    narrows = qualifier[:1].isupper() and not qualifier.endswith((".", ",", ":")) or \
                        qualifier.lower() in ("former", "then", "ex", "vice", "deputy", "acting", "late")
                    out.setdefault(head, []).append((start, name, qualifier.lower() if narrows else ""))
            # or an appositive after it: ", a former governor,"
            end = at + len(surname)
            after = _APPOSITIVE_AFTER.match(text, end, min(n, end + 80)) if text.startswith(",", end) else None
            if after:
                words = after.group(1).lower().split()
                if words and words[-1] not in determiners and len(words[-1]) > 2:
                    out.setdefault(words[-1], []).append((start, name, "-"))
        return out

    def _roles_in(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """(offset, person) of each role the article titled someone with, in text[lo:hi]: 'the president'."""
        out = []
        text, described = self.text, self.described
        for m in _THE_ROLE.finditer(text, lo, hi):
            words = [w for w in m.groups() if w]
            for i, w in enumerate(words):
                if w in described:
                    if i + 1 < len(words) and words[i + 1] in described:
                        continue
                    name = self.described_name(words[:i + 1], m.start())
                    if name:
                        out.append((m.start(), name))
                    break
        return out

    def described_name(self, words: list[str], offset: int) -> str | None:
        """Who 'the GOP nominee' is: whoever the article called so, the latest before `offset`."""
        if not words:
            return None
        head = words[-1]
        held = self.described.get(head, ()) or self.described.get(SAME_ROLE.get(head, ""), ())
        # "the president" is the one titled plainly so, not "Russian President Vladimir Putin";
        # "the prime minister" is "Prime Minister Ilse Brandt"
        held = [h for h in held if not h[2] or h[2] in words] or held
        found = None
        for at, name, _narrowed in held:
            if at < offset or found is None:
                found = name
        return found

    def canonical(self, name: str, want: str | None = None, offset: int = -1) -> str:
        """The full name of 'Netanyahu' or 'Benjamin Netanyahu' (the mention at `offset`);
        `want` is the gender "Mr." or "Mrs." gives."""
        toks = name.split()
        if not toks:
            return name
        if len(toks) > 1 and all(t.lower() in names.NAME_PARTICLES for t in toks[:-1]):
            # "de Blasio" after "Bill de Blasio" (and "Von der Leyen" opening a sentence)
            full = self.canonical(toks[-1], want, offset)
            return full if full.lower().endswith(" " + name.lower()) else name
        curly = toks[-1].replace("'", "\u2019")
        if curly != toks[-1] and toks[-1] not in self.every and curly in self.every:
            # "O'Malley" as the mention is cleaned, "O’Malley" as the article writes it
            return self.canonical(" ".join(toks[:-1] + [curly]), want, offset).replace("\u2019", "'")
        if len(toks) == 2 and toks[1].rstrip(".") in ("Jr", "Sr"):
            # "Donald Jr." after "Donald Trump Jr.": the son named in full
            whole = re.search(rf"\b{re.escape(toks[0])}\s+([A-Z][\w'\u2019-]+),?\s+{toks[1].rstrip('.')}\b", self.text)
            if whole:
                return f"{toks[0]} {whole.group(1)} {toks[1].rstrip('.')}"
        every = self.every.get(toks[-1], ())
        if len(toks) == 1 and len(every) > 1:
            if want:
                full = self._first_of(toks[-1], every, want, self.gender)
                if full is not None:
                    return full
            here = self.person_at(offset, toks[0]) if offset >= 0 else None
            if here:
                return here
        full = self.full.get(toks[-1])
        if full and len(toks) == 1 and want and self.gender(full) not in (None, want):
            # "Mr. Obama" in an article that names Michelle Obama in full, and him by surname only
            return name
        if full and (len(toks) == 1 or full.split()[0] == toks[0]):
            return full
        for full in every:
            if len(toks) > 1 and full.split()[0] == toks[0]:
                return full
        return name

    def gender(self, name: str, words: str = "") -> str | None:
        """'f', 'm' or None: the article's words for the person first ("widow"), then the name."""
        if name not in self.genders:
            self.genders[name] = gender.of_words(self._said_so.get(name, ())) or \
                gender.of_name(name, self.honorifics) or self._by_next_pronoun(name)
        if words:
            return gender.of_words(words.lower().replace(",", " ").split()) or self.genders[name]
        return self.genders[name]

    def _by_next_pronoun(self, name: str) -> str | None:
        """The gender the pronouns after a person's mentions agree on ("President Obama
        wanted a bill, but he ..."), when neither the name nor a title tells it."""
        tally: Counter[str] = Counter()
        if self._mentions[0] != len(self.named):
            # where each person is named, indexed once (and again if more were named since)
            index: dict[str, list[tuple[int, str]]] = {}
            for mention, named in zip(self.at, self.named):
                index.setdefault(named, []).append(mention)
            self._mentions = (len(self.named), index)
        for at, surname in self._mentions[1].get(name, ()):
            m = _NEXT_PRONOUN.match(self.text, at + len(surname), at + len(surname) + 160)
            if m:
                tally[gender.of_pronoun(m.group(1).lower())] += 1
        if tally:
            (want, n), = tally.most_common(1)
            if n * 3 >= sum(tally.values()) * 2:
                return want
        return None

    def subject_before(self, want: str | None, lo: int, offset: int) -> str | None:
        """The latest person of gender `want` named (or titled: "the president") as a
        sentence's subject in [lo, offset)."""
        i = bisect.bisect_left(self.at, (offset, ""))
        stop = max(0, i - 40)
        found = []
        while i > stop:
            i -= 1
            if self.at[i][0] < lo:
                break
            found.append((self.at[i][0], self.named[i]))
        if self.described:
            found += self._roles_in(max(lo, offset - 3000), offset)
            found.sort(reverse=True)
        for at, name in found:
            if self.gender(name) == want and in_subject_position(self.text, at) and \
                    not _BODY_AFTER.match(self.text, at + len(name.split()[-1])):
                return name
        return None

    def named_before(self, want: str | None, lo: int, offset: int) -> str | None:
        """The latest person of gender `want` named anywhere in [lo, offset)."""
        i = bisect.bisect_left(self.at, (offset, ""))
        stop = max(0, i - 40)
        while i > stop:
            i -= 1
            if self.at[i][0] < lo:
                break
            if self.gender(self.named[i]) == want:
                return self.named[i]
        return None

    def party(self, name: str) -> str | None:
        """'D', 'R' or None: the party the article gives a person ("Republican nominee Ann Lee",
        "Lee, a Democrat", "Sen. Ann Lee (D-Ohio)"), when its mentions agree."""
        if self._parties is None:
            tally: dict[str, Counter[str]] = {}
            text = self.text
            for (at, surname), named in zip(self.at, self.named):
                first = named[:len(named) - len(surname)]
                start = at - len(first) if first and text.startswith(first, at - len(first)) else at
                before = _TITLE_BEFORE.search(text, max(0, start - 60), start)
                end = at + len(surname)
                after = _PARTY_AFTER.match(text, end, min(len(text), end + 60))
                for m in (before, after):
                    said = m and party_of(m.group())
                    if said:
                        tally.setdefault(named, Counter())[said] += 1
            self._parties = {n: c.most_common(1)[0][0] for n, c in tally.items() if len(c) == 1}
        return self._parties.get(name)

    def most_named_of(self, party: str) -> str | None:
        """The person of `party` the article names most often."""
        for name, _n in Counter(self.named).most_common():
            if self.party(name) == party:
                return name
        return None

    def most_named(self) -> str | None:
        """The person the article names most often: who an unanchored "he" usually is."""
        if self._main is None and self.at:
            self._main = Counter(self.named).most_common(1)[0][0]
        return self._main
