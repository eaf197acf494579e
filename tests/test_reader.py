"""Reading articles: encodings, HTML, and files that are not articles."""
from __future__ import annotations

import pytest

from store.errors import BadInput
from store.extract.reader import read_bytes, read_path, read_text

ARTICLE = "Title of the piece\n\nFirst paragraph, with “quotes”.\n\nSecond paragraph.\n"


def test_paragraphs_are_exact_spans_of_the_text():
    art = read_text(ARTICLE, "a.txt")
    assert [art.text[s:e] for s, e in art.paragraphs] == [
        "Title of the piece", "First paragraph, with “quotes”.", "Second paragraph."]
    assert art.title == "Title of the piece"


def test_same_text_same_id_and_different_text_different_id():
    assert read_text(ARTICLE).id == read_text(ARTICLE).id
    assert read_text(ARTICLE).id != read_text(ARTICLE + "More.").id


def test_windows_line_endings_become_newlines_like_python_text_mode():
    art = read_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"), "a.txt")
    assert art.text == ARTICLE


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_other_encodings_are_decoded(encoding):
    text = "Café owner said: “we’re open.”\n\nMore text here."
    art = read_bytes(text.encode(encoding), "a.txt")
    assert "Café owner said" in art.text and "we’re" in art.text


def test_latin1_bytes_decode_without_error():
    art = read_bytes("Señor Núñez said no.".encode("latin-1"), "a.txt")
    assert "Núñez" in art.text


def test_html_is_reduced_to_its_paragraphs():
    page = ("<html><head><title>Page title</title><style>p{color:red}</style></head><body>"
            "<nav>Home | About</nav><p>First &amp; foremost, she said.</p>"
            "<div><p>Second <b>bold</b> part.</p></div><script>var x = 1;</script></body></html>")
    art = read_bytes(page.encode(), "page.html", ".html")
    paragraphs = [art.text[s:e] for s, e in art.paragraphs]
    assert paragraphs == ["First & foremost, she said.", "Second bold part."]
    assert art.title == "Page title"


def test_binary_file_is_refused_with_its_name():
    with pytest.raises(BadInput, match="blob.txt.*binary"):
        read_bytes(bytes(range(256)) * 20, "blob.txt")


def test_empty_file_is_refused_with_its_name(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("   \n\n ")
    with pytest.raises(BadInput, match="empty.txt.*no text"):
        read_path(f)


def test_missing_file_and_folder_are_refused(tmp_path):
    with pytest.raises(BadInput, match="does not exist"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(BadInput, match="is a folder"):
        read_path(tmp_path)


def test_control_characters_are_blanked_keeping_offsets():
    text = "He said\x07 it\x00 twice."
    art = read_text(text)
    assert len(art.text) == len(text) and "\x07" not in art.text and "\x00" not in art.text


ONE_A_LINE = (
    "Port strike talks collapse\n"
    "\n"
    "Talks between the Harbour Union and the port authority broke down on Monday after twelve hours, "
    "leaving ships idle.\n"
    "\u201cWe came to the table in good faith,\u201d said Ana Ruiz, the union\u2019s leader. "
    "\u201cThey did not.\n"
    "\u201cNobody will move a crate until the offer is real.\u201d\n"
    "The authority said it would publish its offer.\n")


def test_a_text_written_a_paragraph_a_line_has_a_paragraph_a_line():
    article = read_text(ONE_A_LINE)
    assert [article.text[s:e] for s, e in article.paragraphs][1:] == ONE_A_LINE.split("\n\n", 1)[1].strip().split("\n")


def test_lines_wrapped_inside_a_paragraph_stay_one_paragraph():
    text = ("The authority said on Monday that it would publish its offer in\n"
            "full, so that members of the union could judge it for themselves\n"
            "before the vote that is due next week.\n\nNext paragraph.")
    article = read_text(text)
    assert [article.text[s:e] for s, e in article.paragraphs] == [text.split("\n\n")[0], "Next paragraph."]


def test_a_transcript_written_a_turn_a_line_gives_each_speaker_their_turn():
    from store.extract import extract

    text = ("Port talks, a transcript\n\n"
            "ANA RUIZ: We came to the table in good faith, and the authority walked away from it again.\n"
            "TOM BERG: There is no money for a rise this year, and the union knows that very well.\n"
            "ANA RUIZ: Then there is no deal.\n")
    ex = extract(read_text(text), with_context=False)
    assert [(ex.speakers[st.speaker].name, st.text) for st in ex.statements] == [
        ("Ana Ruiz", "We came to the table in good faith, and the authority walked away from it again"),
        ("Tom Berg", "There is no money for a rise this year, and the union knows that very well"),
        ("Ana Ruiz", "Then there is no deal")]


def test_a_headline_on_the_first_line_does_not_keep_the_lines_after_it_together():
    text = ("Port strike talks collapse\n"
            "Talks broke down on Monday.\n"
            "Ana Ruiz said the offer was an insult.\n"
            "The authority said it would publish its offer.\n")
    article = read_text(text)
    assert [article.text[s:e] for s, e in article.paragraphs] == text.strip().split("\n")


def test_markdown_front_matter_gives_the_title_and_date_and_is_no_paragraph():
    text = ('---\ntitle: "Port strike talks collapse"\nauthor: Tom Vale\ndate: 2026-11-30\ntags:\n  - ports\n---\n\n'
            "# Port strike talks collapse\n\nTalks broke down on Monday, Ana Ruiz said.\n")
    article = read_text(text, "strike.md")
    assert article.title == "Port strike talks collapse"
    assert article.published == "2026-11-30"
    assert [article.text[s:e] for s, e in article.paragraphs] == [
        "# Port strike talks collapse", "Talks broke down on Monday, Ana Ruiz said."]


def test_text_between_two_rules_at_the_start_is_text():
    text = "---\nThe port closed on Monday, the union said.\n---\n\nMore."
    article = read_text(text)
    assert article.text[article.paragraphs[0][0]:article.paragraphs[0][1]].startswith("---\nThe port closed")
