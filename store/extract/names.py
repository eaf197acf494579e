"""What a source mention says about its speaker: name, title, kind.

"Israeli Prime Minister Benjamin Netanyahu" is the person "Benjamin Netanyahu"
described as "Israeli Prime Minister"; "a Hamas official" is an unnamed
"Hamas official"; "the Biden administration" is an organisation; "he" is a
pronoun that speakers.py resolves.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(r"[A-Za-z\u00c0-\u024f][\w.'\u2019&-]*|\d+")

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "who", "one"}
POSSESSIVES = {"his", "her", "its", "their", "our", "my"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "another", "some", "one",
               "two", "three", "several", "many", "other", "both", "all", "most", "few"}

# words of a title or role, never part of a person's name
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "secretary", "state", "sen", "sen.", "senator", "rep",
    "rep.", "representative", "gov", "gov.", "governor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
    "dr", "dr.", "gen", "gen.", "general", "judge", "justice", "mayor", "chairman", "chairwoman",
    "chair", "speaker", "leader", "ambassador", "former", "candidate", "nominee", "presidential",
    "democratic", "republican", "gop", "chief", "director", "adviser", "advisor", "spokesman",
    "spokeswoman", "spokesperson", "press", "house", "senate", "majority", "minority", "foreign",
    "defense", "attorney", "lt", "lt.", "col", "col.", "sgt", "rev", "rev.", "prof", "professor",
    "u.s.", "us", "u.s", "then", "first", "lady", "candidate", "hopeful", "businessman", "billionaire",
    "manager", "strategist", "pollster", "campaign", "executive", "officer", "commissioner",
    "congressman", "congresswoman", "sheriff", "rabbi", "pope", "king", "queen", "prince", "sir",
    "democrat", "independent", "libertarian", "socialist", "conservative", "liberal", "host",
    "anchor", "columnist", "author", "writer", "editor", "reporter", "founder", "ceo", "cofounder",
    "co-founder", "chancellor", "premier", "deputy", "assistant", "national", "security", "white",
    "israeli", "american", "british", "french", "german", "russian", "chinese", "palestinian",
    "iranian", "mexican", "canadian", "of", "and", "for", "the", "new", "york", "texas", "florida",
    "ohio", "california", "vermont", "massachusetts", "virginia", "whip", "admiral", "pastor", "recorder", "staff",
    "assemblyman", "assemblywoman", "councilman", "councilwoman", "treasurer", "clerk", "comptroller",
    "senators", "sens", "sens.", "reps", "reps.", "representatives", "congressmen", "governors", "justices",
    "judges", "ministers", "mayors", "del", "del.", "delegate", "attorney", "coach", "captain", "capt", "capt.", "sgt.", "cmdr", "officer",
    "cmdr.", "adm", "adm.", "maj", "maj.", "cpl", "cpl.", "corporal", "pvt", "pvt.",
    "det", "det.", "detective", "supt", "supt.", "superintendent", "atty", "atty.", "msgr", "msgr.", "fr", "fr.",
    "hon", "hon.", "gens", "gens.", "secretary-general", "director-general", "attorney-general", "un", "u.n.",
}
# words that make a mention an organisation
ORG_WORDS = {
    "administration", "campaign", "party", "committee", "department", "ministry", "government",
    "office", "agency", "council", "court", "group", "association", "union", "times", "post",
    "news", "network", "university", "institute", "foundation", "center", "centre", "poll",
    "polls", "survey", "report", "reports", "company", "corporation", "inc", "inc.", "corp",
    "bank", "board", "commission", "bureau", "service", "army", "police", "congress", "senate",
    "house", "pentagon", "kremlin", "fbi", "cia", "nato", "un", "u.n.", "eu", "gop", "dnc", "rnc",
    "hamas", "hezbollah", "isis", "taliban", "state", "states", "nation", "organization",
    "organisation", "club", "journal", "magazine", "press", "media", "team", "coalition", "caucus",
    "statement", "spokesman", "spokeswoman", "us", "u.s.", "uk", "israel", "iran", "russia",
    "china", "study", "data", "documents", "records", "website", "republicans", "democrats",
    "city", "county", "nations", "states", "kingdom", "republic", "union", "show", "podcast", "blog",
    "tribune", "herald", "gazette", "examiner", "channel", "radio", "services", "military",
    # papers that speak for whoever filed or wrote them
    "filing", "filings", "memo", "lawsuit", "ruling", "indictment", "affidavit", "complaint",
}
# words in -ing that are the head noun after an organisation's name ("the court filing")
_NOUNS_IN_ING = frozenset({"filing", "filings", "ruling", "polling", "hearing"})
# words that make a mention an unnamed person or group
UNNAMED_WORDS = {
    "official", "officials", "source", "sources", "aide", "aides", "spokesman", "spokeswoman",
    "spokesperson", "adviser", "advisers", "advisor", "advisors", "critics", "experts", "analysts",
    "supporters", "voters", "people", "person", "lawmakers", "diplomat", "diplomats", "observers",
    "insiders", "residents", "members", "staffers", "man", "woman", "someone", "others", "some",
    "many", "strategist", "strategists", "officer", "officers", "leaders", "democrats",
    "republicans", "activists", "economists", "scientists", "researchers", "protesters",
    "proponents", "opponents", "advocates", "backers", "allies", "skeptics", "detractors", "historians",
    "conservatives", "liberals", "progressives", "prosecutors", "investigators", "authorities",
    "doctor", "physician", "lawyer", "lawyers", "attorney", "attorneys", "wife", "ex-wife", "husband",
    "ex-husband", "son", "daughter", "mother", "father", "brother", "sister", "widow", "friend", "friends",
    "family", "relatives", "neighbors", "neighbours", "colleagues", "allies", "donors", "fans", "parents",
    "opponent", "rival", "rivals", "challenger", "critic", "supporter", "ally", "proponent", "advocate",
    "backer", "donor", "activist", "expert", "analyst", "economist", "historian", "scientist", "researcher",
    "lawmaker", "voter", "resident", "member", "leader", "consultant",
}


# "Mr. Grassley and Mr. Leahy": two named people
_NAMES_AND_NAMES = re.compile(
    r"((?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]*[a-z])\s+and\s+((?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]*[a-z]'?)")


# words that open a sentence before its speaker without being part of who it is: connectives,
# prepositions, and speech verbs that open a line ("Stated Stone:"); not "Neither" or "Only",
# which change who is meant
_OPENING_WORDS = frozenset("""but and so yet then now also still even just thus if when where what why how while
by of in on at for with from to said says stated continued added wrote writes asked noted explained replied""".split())
_FUNCTION_WORDS = DETERMINERS | {
    "neither", "either", "none", "nobody", "everyone", "anyone", "everybody", "anybody", "each", "such",
    "by", "to", "of", "in", "on", "at", "for", "with", "from", "as", "if", "so", "but", "and", "or", "nor",
    "there", "here", "what", "which", "whom", "whose", "when", "where", "why", "how", "then", "now", "also",
    "still", "yet", "even", "just", "only", "not", "no", "yes", "thus"}


@dataclass(frozen=True)
class Mention:
    # pronoun | possessive | name | names | organisation | unnamed | description
    # ("names": two people, their names in `parts`)
    form: str
    name: str = ""
    description: str = ""
    # the pronoun or possessive word, lower case, for resolution
    pronoun: str = ""
    parts: tuple[str, ...] = ()


_CONTRACTION = re.compile(r"^(\w+)'(?:s|ve|re|d|ll|m)$")


def _capitalised(tok: str) -> bool:
    return tok[:1].isupper() or _PREFIXED_NAME.match(tok) is not None


# the small words inside a name ("Bill de Blasio", "Ursula von der Leyen", "Mohammed bin Salman"), and
# a surname that opens on one joined by a hyphen ("Bashar al-Assad", "Abdel Fattah el-Sisi")
NAME_PARTICLES = frozenset("de da di du del della van von der den ter bin ibn al el la le dos das".split())
NAME_PREFIX = r"(?:al|el|ad|as|ash|an|ar|at|az|ibn|bin|abu|ul)-"
_PREFIXED_NAME = re.compile(NAME_PREFIX + "[A-Z]")


_PARENTHESIS = re.compile(r"\s*\([^()]{0,40}\)")


# a verb the mention span ran on into: "Gary Johnson's doctor is (calling)"
_TRAILING_VERB = re.compile(r"\s+(?:is|was|are|were|has|have|had|will|would|also)$")


@lru_cache(maxsize=20_000)
def clean(text: str) -> str:
    text = _PARENTHESIS.sub("", text)
    text = " ".join(text.replace("\u2019", "'").split()).strip(" ,.;:'\"\u201c\u201d")
    return _TRAILING_VERB.sub("", text)


# "the head of the IMF", "a spokesman for NATO": a role in a body, whose holder a name can follow
# the head nouns of roles a person holds: "director of ...", "a spokeswoman for ..."
ROLE_HEADS = ("director|professor|president|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|"
              "head|chief|founder|co-founder|author|editor|executive|analyst|economist|fellow|scholar|"
              "strategist|pollster|consultant|adviser|advisor|aide|lawyer|attorney|member|leader|minister|"
              "manager|secretary|senator|governor|mayor|deputy|former|senior|assistant|associate|"
              "commissioner|partner|owner|researcher|organizer|vice|co-chair|host|columnist")
_ROLE_OF = re.compile(rf"(?:the|a|an)\s+(?:[a-z-]+\s+){{0,2}}(?:{ROLE_HEADS})\s+(?:of|at|for)\s", re.I)


def split_appositive(text: str) -> tuple[str, str]:
    """'Dean, a medical doctor' -> ('Dean', 'a medical doctor'); the part with a name comes first."""
    if "," not in text:
        return text, ""
    head, _, tail = text.partition(",")
    head, tail = head.strip(), tail.strip(" ,")
    head_caps = any(_capitalised(t) and t.lower() not in DETERMINERS for t in _TOKEN.findall(head))
    tail_toks = _TOKEN.findall(tail)
    head_toks = _TOKEN.findall(head)
    if tail_toks and _capitalised(tail_toks[-1]) and \
            all(_capitalised(t) or t.lower() in TITLE_WORDS for t in tail_toks) and \
            (not head_caps or head_toks and not _capitalised(head_toks[-1]) and
             (head_toks[-1].lower() in UNNAMED_WORDS or head_toks[-1].lower() in TITLE_WORDS) or
             _ROLE_OF.match(head)):
        # "A lawyer for the paper, David Schulz", "Ms. Merkel's spokesman, Steffen Seibert",
        # "The head of the IMF, Kristalina Georgieva" (not "The aides, led by Bo Lund")
        return tail, head
    return head, tail


def person_name(tokens: list[str]) -> tuple[str, str]:
    """The trailing run of capitalised non-title words is the name; what precedes is the title."""
    end = len(tokens)
    while end and tokens[end - 1].lower() in ("jr.", "jr", "sr.", "sr", "iii", "ii"):
        end -= 1
    start = end
    while start > 0 and _capitalised(tokens[start - 1]) and tokens[start - 1].lower().rstrip(".") + "." not in TITLE_WORDS \
            and tokens[start - 1].lower() not in TITLE_WORDS and end - start < 4 and \
            not DESCRIBING_HYPHEN.search(tokens[start - 1]) and \
            not (start < end and tokens[start - 1].endswith(("'s", "s'"))):
        # "CNN's Dana Bash": the owner is no part of the name
        start -= 1
        particles = start
        while particles > 0 and tokens[particles - 1] in NAME_PARTICLES:
            particles -= 1
        if particles < start and (particles == 0 or _capitalised(tokens[particles - 1])):
            # "Bill de Blasio", "Ursula von der Leyen", "Mayor de Blasio": the small words are the name's
            start = particles
    # "Mr. Trump": titles stay out of the name; a bare title keeps nothing
    name = " ".join(tokens[start:len(tokens)])
    title = " ".join(tokens[:start])
    return name, title


# "Oscar-winner", "Texas-based", "Co-moderator", "Thin-skinned": a word that describes, not a name
# (a quotation mark may close it: "'Thin-skinned' Trump")
DESCRIBING_HYPHEN = re.compile(r"^(?:Co|Ex|Then)-|-(?:winner|born|run|led|elect|era|style|year-old|[a-z]{2,}(?:ed|ing))['\u2019]?$")


# what speaks for its owner: "his campaign", "their statement"
_VOICES = frozenset(ORG_WORDS | {"statement", "office", "campaign", "spokesman", "spokeswoman", "aides", "aide"})


# a document and who put it out: "a statement from the ministry", "a new report by Human Rights Watch"
_DOCUMENT_FROM = re.compile(
    r"(?:(?:a|an|the|its|his|her|their|this|that)\s+)?(?:[\w-]+\s+){0,2}?(?:statement|report|letter|memo|study|"
    r"poll|survey|release|filing|analysis|documents?|records|post|tweet|video|ad|email|message|note)\s+"
    r"(?:(?:issued|released|published|conducted|put\s+out|written|signed|posted|sent|obtained)\s+)?(?:from|by)\s+(.+)",
    re.I)
# the same with the publishing in an appositive: "The report, published Thursday by Amnesty International,"
_DOCUMENT_BY_APPOSITIVE = re.compile(
    r"(?:(?:a|an|the|its|his|her|their|this|that)\s+)?(?:[\w-]+\s+){0,2}?(?:statement|report|letter|memo|study|"
    r"poll|survey|release|filing|analysis|documents?|records|post|tweet|video|ad|email|message|note)\s*,\s+"
    r"(?:issued|released|published|conducted|put\s+out|written|signed|posted|sent|compiled|commissioned)\b"
    r"[^,]{0,40}?\s+by\s+([^,]+?),?",
    re.I)


MONTHS = frozenset("january february march april may june july august september october november december".split())
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# the short months news writes ("Jan.", "Sept.")
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_NOT_PLACES = MONTHS | DAYS


# a date in a name's place ("reports through Jan."), not "May", which is a surname as often
_CALENDAR_WORDS = (_NOT_PLACES - {"may"}) | MONTH_ABBREVIATIONS


def _place_after(tokens: list[str], i: int) -> bool:
    """Whether tokens[i:] name a place or body ("Gaza", "the Philippines"), not a time ("April")."""
    if i < len(tokens) and tokens[i].lower() == "the":
        i += 1
    return i < len(tokens) and _capitalised(tokens[i]) and tokens[i].lower() not in _NOT_PLACES


@lru_cache(maxsize=20_000)
def parse(text: str) -> Mention:
    text = clean(text)
    if not text:
        return Mention("description")
    low = text.lower()
    contracted = _CONTRACTION.match(low)
    if contracted and contracted.group(1) in PRONOUNS:
        # "He's", "It's", "I've": the pronoun with its verb
        low = contracted.group(1)
    if low in PRONOUNS or low in POSSESSIVES:
        # a bare "His" as the source: the person it refers to
        return Mention("pronoun", pronoun=low)
    if text.isupper() and re.fullmatch(r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}", text) and \
            (" " in text or len(text) >= 5) and low not in ORG_WORDS:
        # "KATE BOULDUAN", "TRUMP": a speaker label in a transcript
        text = " ".join(w.capitalize() for w in text.split())
    if low in _FUNCTION_WORDS:
        # "Neither", "Many", "By": a sentence's first word taken for its subject, nobody's name
        return Mention("description", description=text)
    document = _DOCUMENT_FROM.fullmatch(text) or _DOCUMENT_BY_APPOSITIVE.fullmatch(text)
    if document:
        author = parse(document.group(1))
        if author.form in ("name", "organisation", "unnamed", "names"):
            # "a statement from the ministry", "a report by Human Rights Watch": who put it out
            return author
    core, appositive = split_appositive(text)
    both = _NAMES_AND_NAMES.fullmatch(core)
    if both:
        # "Mr. Grassley and Mr. Leahy", "Ann Lee and Bo Lund": two people speaking as one
        first, second = parse(both.group(1)), parse(both.group(2))
        if first.form == second.form == "name":
            return Mention("names", name=f"{first.name} and {second.name}", description=appositive,
                           parts=(first.name, second.name))
    tokens = _TOKEN.findall(core.replace("'s ", " 's "))
    if not tokens:
        return Mention("description", description=text)
    # "Trump 's campaign" -> "Trump's campaign": the owner keeps its possessive
    for i in range(len(tokens) - 1, 0, -1):
        if tokens[i] == "s" and core.find(tokens[i - 1] + "'s") >= 0:
            tokens[i - 1:i + 1] = [tokens[i - 1] + "'s"]
    if tokens[-1].endswith("'s") and _capitalised(tokens[-1]):
        # a bare "Ted Cruz's" (its noun left out of the span) is Ted Cruz
        tokens[-1] = tokens[-1][:-2]
    lows = [t.lower() for t in tokens]
    if len(tokens) == 1 and lows[0] in UNNAMED_WORDS and lows[0] not in ORG_WORDS:
        # "Critics", "Proponents" opening a sentence: people, not a name
        return Mention("unnamed", name=tokens[0], description=appositive)
    for i, t in enumerate(lows):
        if t in POSSESSIVES and i + 1 < len(tokens) and lows[-1] in _VOICES:
            return Mention("possessive", pronoun=t, description=core)
    for i in range(1, len(lows) - 1):
        if lows[i] in ORG_WORDS and not _capitalised(tokens[i + 1]) and \
                (lows[i + 1].endswith(("ed", "ing")) and lows[i + 1] not in _NOUNS_IN_ING or
                 lows[i + 1] in ("in", "on", "at", "by", "from", "which", "that")) and \
                not (lows[i + 1] == "on" and i + 2 < len(tokens) and _capitalised(tokens[i]) and
                     _capitalised(tokens[i + 2])):
            # "a Quinnipiac University poll released in August": the head noun ends the mention
            tokens, lows = tokens[:i + 1], lows[:i + 1]
            break
    if len(tokens) == 2 and lows[0] == "the" and tokens[1] in _ONE_WORD_OUTLETS:
        # "The Hill", "the Guardian": a publication, its article a part of its name (not Anita Hill)
        return Mention("organisation", name="The " + tokens[1], description=appositive)
    while lows and (lows[0] in DETERMINERS and not (len(lows) > 2 and (lows[1] in ("of", "who") or _is_share_in(lows))) or
                    len(tokens) > 1 and lows[0] in _OPENING_WORDS and (_capitalised(tokens[1]) or lows[1] in DETERMINERS)):
        # "But Chris Christie", "Now Jeb Bush", "Stated Stone:", "Where the Republicans": the sentence's
        # first word is no part of who
        tokens, lows = tokens[1:], lows[1:]
    if not tokens:
        return Mention("description", description=text)
    for i, t in enumerate(lows[:-2]):
        if t in UNNAMED_WORDS and (lows[i + 1] in ("for", "to", "of", "with", "at") or
                                   lows[i + 1] in ("in", "from", "inside", "within") and _place_after(tokens, i + 2)) and \
                i + 2 < len(tokens) and \
                not any(_capitalised(x) and x.lower() not in TITLE_WORDS for x in tokens[:i]):
            # "a spokeswoman for Hillary Clinton" speaks for her but is not her
            return Mention("unnamed", name=" ".join(tokens), description=appositive)
    owner = next((i for i, t in enumerate(tokens) if t.endswith("'s") and _capitalised(t)), -1)
    if 0 <= owner < len(tokens) - 1 and lows[-1] in UNNAMED_WORDS and lows[-1] not in ORG_WORDS and \
            not any(_capitalised(t) for t in tokens[owner + 1:]):
        # "Gary Johnson's doctor", "Obama's former campaign strategist": someone's unnamed person
        name, _title = person_name(tokens[:owner + 1])
        role = [t for t in tokens[owner + 1:] if t.lower() not in ("former", "longtime", "top", "senior")]
        return Mention("unnamed", name=" ".join([name] + role), description=appositive)
    caps = [t for t in tokens if _capitalised(t) and t.lower() not in TITLE_WORDS]
    last = lows[-1]
    if last in UNNAMED_WORDS and not (caps and _capitalised(tokens[-1])):
        name = " ".join(t for t in tokens if t.lower() not in ("senior", "top", "former", "unnamed", "anonymous"))
        return Mention("unnamed", name=name, description=appositive)
    if last in ORG_WORDS or (len(tokens) == 1 and (tokens[0].isupper() and len(tokens[0]) > 1 or lows[0] in ORG_WORDS)):
        name = " ".join(tokens)
        return Mention("organisation", name=name, description=appositive)
    head = next((i for i, t in enumerate(lows[:-2]) if t in ORG_WORDS and lows[i + 1] in ("of", "for", "on")), -1)
    if head >= 0 and all(_capitalised(t) for t in tokens[:head + 1]) and 1 <= len(tokens) - head - 2 <= 4 and \
            all(_capitalised(t) or t.lower() in ("the", "and", "a") for t in tokens[head + 2:]):
        # "Gaza's Ministry of Health", "the Institute for Fiscal Studies": a body named for what it does
        return Mention("organisation", name=" ".join(tokens), description=appositive)
    if "of" in lows[2:]:
        # "voter Stephanie Hooton of Derry": the name comes before "of" and the place
        cut = lows.index("of", 2)
        name, title = person_name(tokens[:cut])
        if len(name.split()) >= 2:
            return Mention("name", name=name, description=", ".join(d for d in (title, appositive) if d))
    if caps and _capitalised(tokens[-1]):
        name, title = person_name(tokens)
        if name.lower() in _CALENDAR_WORDS:
            # "reports through Jan.", "on Wednesday": a date, nobody's name
            return Mention("description", description=" ".join(tokens))
        if name:
            desc = ", ".join(d for d in (title, appositive) if d)
            return Mention("name", name=name, description=desc)
    return Mention("description", description=" ".join(tokens), name=appositive)


# the counts written out in shares ("one in four", "three out of ten")
COUNT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _is_share_in(lows: list[str]) -> bool:
    """"one in four voters", "three in 10 Democrats": a share, its count part of the name."""
    return lows[1] == "in" and (lows[2] in COUNT_WORDS or lows[2].isdigit())


# publications named "The" and one word that is a common word or a surname on its own
_ONE_WORD_OUTLETS = frozenset("""Hill Guardian Atlantic Economist Independent Intercept Telegraph Blaze Federalist
Hindu Spectator Observer Onion Verge Week Root Nation Tennessean Oregonian Advocate""".split())


_NOT_IN_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=20_000)
def slug(name: str) -> str:
    return _NOT_IN_SLUG.sub("-", name.lower()).strip("-") or "unknown"
