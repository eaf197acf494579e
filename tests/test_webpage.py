"""Saved web pages: the story's paragraphs and headline, without the page around them."""
from __future__ import annotations

import time

from store.extract.reader import read_bytes
from store.extract.webpage import page_text

STORY = ("<p>Mayor Ann Lee said on Monday that the new bridge would open in May.</p>"
         "<p>&ldquo;It is safe,&rdquo; she told reporters.</p>")


def paragraphs(markup: str) -> list[str]:
    return page_text(markup)[0].split("\n\n")


def test_page_furniture_by_tag_and_role_is_left_out():
    page = (f"<header><nav><a href='/'>Home</a> <a href='/c'>City</a></nav></header>"
            f"<div role='navigation'>Sections: City, Politics</div>{STORY}"
            f"<aside><p>Sign up, she said, for the newsletter.</p></aside>"
            f"<form><p>Search the site</p></form><footer><p>All rights reserved.</p></footer>"
            f"<button>Share</button><script>var said = 1;</script>")
    assert paragraphs(page) == ["Mayor Ann Lee said on Monday that the new bridge would open in May.",
                                "\u201cIt is safe,\u201d she told reporters."]


def test_furniture_named_by_class_or_id_is_left_out():
    page = (f"<div class='share-bar'>Share on Facebook</div><div id='cookie-consent'>We use cookies.</div>"
            f"{STORY}<div class='c-related__list'><p>Council votes, officials said.</p></div>"
            f"<section id='comments'><p>Joe said: first!</p></section>"
            f"<div class='newsletter-signup'><p>Get it daily.</p></div>")
    assert paragraphs(page)[0].startswith("Mayor Ann Lee") and len(paragraphs(page)) == 2


def test_a_class_that_merely_sounds_like_furniture_around_everything_keeps_the_page():
    page = f"<div class='layout-with-sidebar'>{STORY}</div>"
    assert len(paragraphs(page)) == 2


def test_the_largest_marked_story_is_kept_and_teasers_are_not():
    page = (f"<h1>Bridge to open in May</h1><article class='story'>{STORY}</article>"
            "<article class='card'><p>Schools reopen after the storm, the district said.</p></article>"
            "<p>Text outside the story, around it.</p>")
    assert paragraphs(page) == ["Bridge to open in May",
                                "Mayor Ann Lee said on Monday that the new bridge would open in May.",
                                "\u201cIt is safe,\u201d she told reporters."]


def test_article_body_marked_by_itemprop_is_the_story():
    page = (f"<div><p>Trending: five things to know today and more.</p></div>"
            f"<div itemprop='articleBody'>{STORY}</div>")
    assert paragraphs(page)[0].startswith("Mayor Ann Lee")
    assert "Trending" not in page_text(page)[0]


def test_short_paragraphs_made_of_links_are_other_pages():
    page = (f"<article>{STORY[:80]}</p><p><b>Related:</b> <a href='/x'>City budget passes after a long fight</a></p>"
            f"<p>He said the <a href='/plan'>plan</a> was sound and would be funded in full this year.</p></article>")
    texts = paragraphs(page)
    assert not any(t.startswith("Related") for t in texts)
    assert texts[-1].startswith("He said the plan was sound")


def test_hidden_elements_are_not_text():
    page = f"<div hidden><p>Hidden, he said.</p></div><div aria-hidden='true'>Icon</div>{STORY}"
    assert paragraphs(page)[0].startswith("Mayor Ann Lee") and len(paragraphs(page)) == 2


def test_headline_from_the_page_metadata_then_h1_then_title():
    assert page_text(f"<title>Bridge | Planet</title><meta property='og:title' content='Bridge opens'>{STORY}")[1] \
        == "Bridge opens"
    assert page_text(f"<title>Bridge | Planet</title><h1>The bridge</h1>{STORY}")[1] == "The bridge"
    assert page_text(f"<title>Bridge | Planet</title>{STORY}")[1] == "Bridge | Planet"


def test_unclosed_and_stray_tags_do_not_lose_the_story():
    page = "<div class='share'>Share</div></span></div><p>She said the vote was close.<p>He said it was not.<li>A list item"
    assert paragraphs(page) == ["She said the vote was close.", "He said it was not.", "A list item"]


def test_a_saved_page_is_read_as_its_story():
    page = (f"<html><head><title>Bridge</title></head><body><nav>Home</nav><article>{STORY}</article>"
            "<footer>Contact us</footer></body></html>").encode("utf-8")
    art = read_bytes(page, "page.html", ".html")
    assert [art.text[s:e] for s, e in art.paragraphs][0].startswith("Mayor Ann Lee")
    assert "Contact" not in art.text and "Home" not in art.text and art.title == "Bridge"


def test_time_is_linear_in_the_size_of_the_page():
    def best(markup: str) -> float:
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            page_text(markup)
            times.append(time.perf_counter() - t0)
        return min(times)

    unit = f"<div class='card'><article>{STORY}</article><aside>Side</aside></div>"
    small, large = best(unit * 200), best(unit * 2000)
    assert large < small * 10 * 3


def test_outlet_and_publication_date_come_from_the_page():
    page = ("<meta property='og:site_name' content='The Daily Planet'>"
            "<meta property='article:published_time' content='2016-09-12T08:15:00-04:00'>" + STORY)
    got = page_text(page)
    assert got.outlet == "The Daily Planet" and got.published == "2016-09-12T08:15:00"
    in_story = page_text(f"<article><time datetime='2016-10-02'>Oct. 2</time>{STORY}</article>")
    assert in_story.published == "2016-10-02"
    assert page_text(STORY).outlet == "" and page_text(STORY).published == ""
    assert page_text("<meta name='date' content='not a date'>" + STORY).published == ""


def test_the_library_keeps_and_shows_where_and_when_an_article_was_published(tmp_path):
    from store.library import Library

    page = tmp_path / "page.html"
    page.write_text("<html><head><meta property='og:site_name' content='The Daily Planet'>"
                    "<meta property='article:published_time' content='2016-09-12'></head>"
                    f"<body><article>{STORY}</article></body></html>", encoding="utf-8")
    lib = Library(tmp_path / "library")
    lib.add_path(page)
    article = Library(lib.root).articles()[0]
    assert (article.outlet, article.published) == ("The Daily Planet", "2016-09-12")
    statement = Library(lib.root).article_statements(article.id)[0]
    detail = Library(lib.root).detail(statement.id)
    assert (detail.article_outlet, detail.article_published) == ("The Daily Planet", "2016-09-12")

    from tui.widgets.statement_detail import header_text
    assert "The Daily Planet · 2016-09-12" in header_text(detail).plain


def test_exports_say_where_and_when_each_statement_was_published(tmp_path):
    import csv
    import io

    from store.export import export_library
    from store.library import Library

    page = tmp_path / "page.html"
    page.write_text("<meta property='og:site_name' content='The Daily Planet'>"
                    "<meta property='article:published_time' content='2016-09-12'>"
                    f"<article>{STORY}</article>", encoding="utf-8")
    lib = Library(tmp_path / "library")
    lib.add_path(page)
    assert "· The Daily Planet · 2016-09-12 ·" in export_library(lib, "markdown")
    rows = list(csv.DictReader(io.StringIO(export_library(lib, "csv"))))
    assert rows and all((r["outlet"], r["published"]) == ("The Daily Planet", "2016-09-12") for r in rows)
