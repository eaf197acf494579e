"""The article in a saved web page: its paragraphs and headline, without the page around it.

A news page carries far more than its story: menus, share buttons, "related
stories", newsletter boxes, comments, the footer. Their sentences would turn into
statements ("Sign up, she said" from a promo), so they are left out:
- elements that are page furniture by their tag (nav, aside, footer, form, ...),
  their ARIA role, or a class or id that names it ("share-bar", "related-links");
- when the page marks its story (<article>, <main>, itemprop="articleBody"), only
  the largest such part is kept;
- and short paragraphs made mostly of links ("Related: ...", lists of other stories).

One pass of the standard library's HTMLParser; no tree is built, so time and
memory stay linear in the page and deep nesting costs nothing.
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import NamedTuple

BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                   "section", "article", "main", "tr", "header", "footer", "figcaption", "pre",
                   "ul", "ol", "dd", "dt", "td", "th", "table", "figure", "aside", "nav", "form"})
# never text of the page
INVISIBLE = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe",
                       "object", "canvas", "select", "button", "textarea", "math"})
# page furniture by its tag
FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "form", "dialog", "menu"})
FURNITURE_ROLES = frozenset({"navigation", "banner", "complementary", "contentinfo", "search",
                             "dialog", "alertdialog", "menu", "menubar", "toolbar"})
# page furniture by a word of its class or id ("share-tools", "c-related__list")
_FURNITURE_WORD = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|related|recirc|recommended|trending|popular|"
    r"newsletter|subscribe|subscription|signup|sign-up|promo|advert|advertisement|ad|ads|sponsor|"
    r"sponsored|cookie|cookies|consent|gdpr|breadcrumbs?|sidebar|comments?|disqus|footer|"
    r"masthead|navbar|nav|menu|skip-link|paywall|modal|popup|toolbar|tags|byline-share|"
    r"more-stories|read-more|outbrain|taboola)(?:$|[\s_-])", re.I)
# the story itself, where the page says so
_STORY_PROPS = frozenset({"articlebody", "text"})
# tags that never have a closing tag, so are never on the stack
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr"})
# <meta> names of what a page says about itself
_META_TITLE = ("og:title", "twitter:title")
_META_OUTLET = ("og:site_name", "application-name", "publisher", "dc.publisher")
_META_PUBLISHED = ("article:published_time", "datepublished", "date", "pubdate", "publishdate",
                   "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date")


class PageText(NamedTuple):
    """What a saved page gives: the story's text, its headline, the outlet and when it was published."""
    text: str
    title: str
    outlet: str = ""
    published: str = ""


# a paragraph this short and this full of links is a list of other pages
_LINKY_WORDS = 25
_LINKY_SHARE = 0.6
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u2028\u2029]+")


class _Paragraph:
    __slots__ = ("parts", "link_chars", "story", "by_class")

    def __init__(self, story: int, by_class: bool) -> None:
        self.parts: list[str] = []
        self.link_chars = 0
        self.story = story
        # inside an element that only its class or id calls furniture
        self.by_class = by_class


class _PageReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        # open elements: (tag, what it makes its text: "invisible" | "furniture" | "named" | "story" | "")
        self.stack: list[tuple[str, str]] = []
        self.invisible = 0
        self.furniture = 0          # furniture by tag or role: never the story
        self.named = 0              # furniture by class or id only: see page_text
        self.story = 0              # depth inside story parts
        self.story_id = 0           # which story part (outermost) the text is in
        self.stories = 0
        self.links = 0
        self.paragraphs: list[_Paragraph] = []
        self.current: _Paragraph | None = None
        self.title: list[str] = []
        self.in_title = False
        self.meta: dict[str, str] = {}
        self.time_published = ""
        self.h1: list[str] = []
        self.in_h1 = False

    # -- elements --------------------------------------------------------------
    def _role(self, tag: str, attrs: list[tuple[str, str | None]]) -> str:
        if tag in INVISIBLE:
            return "invisible"
        values = {k: (v or "") for k, v in attrs}
        if "hidden" in values or values.get("aria-hidden") == "true":
            return "invisible"
        if tag in FURNITURE_TAGS or values.get("role", "").lower() in FURNITURE_ROLES:
            return "furniture"
        if tag in ("article", "main") or values.get("itemprop", "").lower() in _STORY_PROPS \
                or values.get("role", "").lower() == "main":
            return "story"
        names = f"{values.get('class', '')} {values.get('id', '')}"
        if names.strip() and _FURNITURE_WORD.search(names) and tag not in ("body", "html"):
            return "named"
        return ""

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        elif tag == "meta":
            values = {k: (v or "") for k, v in attrs}
            name = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if name and values.get("content", "").strip():
                self.meta.setdefault(name, values["content"])
            return
        elif tag == "time" and not self.time_published:
            values = {k: (v or "") for k, v in attrs}
            if values.get("datetime") and (self.story or values.get("itemprop", "").lower() == "datepublished"):
                self.time_published = values["datetime"]
        if tag in VOID:
            if tag == "br":
                self._break()
            return
        role = self._role(tag, attrs)
        self.stack.append((tag, role))
        if role == "invisible":
            self.invisible += 1
        elif role == "furniture":
            self.furniture += 1
        elif role == "named":
            self.named += 1
        elif role == "story":
            if self.story == 0:
                self.stories += 1
                self.story_id = self.stories
            self.story += 1
        if tag == "a":
            self.links += 1
        if tag == "h1" and not self.h1:
            self.in_h1 = True
        if tag in BLOCK or role:
            # a paragraph never straddles the edge of furniture or of the story
            self._break()

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in VOID:
            return
        # close back to the matching element; a stray end tag closes nothing
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                break
        else:
            return
        while len(self.stack) > index:
            closed, role = self.stack.pop()
            if role == "invisible":
                self.invisible -= 1
            elif role == "furniture":
                self.furniture -= 1
            elif role == "named":
                self.named -= 1
            elif role == "story":
                self.story -= 1
                if self.story == 0:
                    self.story_id = 0
            if closed == "a":
                self.links = max(0, self.links - 1)
            if closed == "h1":
                self.in_h1 = False
            if closed in BLOCK or role:
                self._break()

    # -- text ------------------------------------------------------------------
    def _break(self) -> None:
        self.current = None

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
            return
        if self.invisible:
            return
        if self.in_h1:
            self.h1.append(data)
        if self.furniture:
            return
        if self.current is None:
            if not data.strip():
                return
            self.current = _Paragraph(self.story_id, self.named > 0)
            self.paragraphs.append(self.current)
        self.current.parts.append(data)
        if self.links:
            self.current.link_chars += len(data.strip())


def _clean(text: str) -> str:
    text = _SPACES.sub(" ", text).strip()
    return html.unescape(text) if "&" in text else text


def _first_meta(reader: _PageReader, names: tuple[str, ...]) -> str:
    return next((_clean(reader.meta[n]) for n in names if _clean(reader.meta.get(n, ""))), "")


def _headline(reader: _PageReader) -> str:
    for candidate in (_first_meta(reader, _META_TITLE), "".join(reader.h1), "".join(reader.title)):
        line = _clean(candidate)
        if line:
            return line[:300]
    return ""


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?")


def _published(reader: _PageReader) -> str:
    """When the page says it was published, as an ISO date (and time, if it gives one)."""
    for raw in (_first_meta(reader, _META_PUBLISHED), reader.time_published):
        m = _DATE.search(raw or "")
        if m:
            return m.group().replace(" ", "T")
    return ""


def page_text(markup: str) -> PageText:
    """The story of a web page: its paragraphs separated by blank lines, its headline,
    the outlet and the date it was published (empty when the page does not say)."""
    reader = _PageReader()
    reader.feed(markup)
    reader.close()
    paragraphs = [(p, _clean("".join(p.parts))) for p in reader.paragraphs]
    paragraphs = [(p, text) for p, text in paragraphs if text]
    named = sum(len(text) for p, text in paragraphs if p.by_class)
    if named * 4 > 3 * sum(len(text) for _, text in paragraphs):
        # most of the page sits in something whose class merely sounds like furniture
        # ("layout-with-sidebar" around everything): the class names say nothing here
        kept = paragraphs
    else:
        kept = [(p, text) for p, text in paragraphs if not p.by_class]
    # short paragraphs made mostly of links: other pages ("Related: ...", lists of stories)
    kept = [(p, text) for p, text in kept
            if not (len(text.split()) < _LINKY_WORDS and p.link_chars > _LINKY_SHARE * len(text))]
    sizes: dict[int, int] = {}
    for p, text in kept:
        if p.story:
            sizes[p.story] = sizes.get(p.story, 0) + len(text)
    if sizes:
        # the page says where its story is; of several (teasers are <article>s too), the largest
        story = max(sizes, key=lambda k: (sizes[k], -k))
        texts = [text for p, text in kept if p.story == story]
    else:
        texts = [text for _, text in kept]
    headline = _headline(reader)
    h1 = _clean("".join(reader.h1))
    if h1 and texts and h1 not in texts[:3]:
        # the headline above the story (outside its <article>) is part of what was published
        texts.insert(0, h1)
    return PageText("\n\n".join(texts), headline, _first_meta(reader, _META_OUTLET)[:100], _published(reader))
