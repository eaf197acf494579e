"""How statement words read in the lists and the detail."""
from __future__ import annotations

from store.quoting import statement_words


def test_reported_speech_reads_without_the_that_opening_its_clause():
    assert statement_words("that he would not agree\nto a ceasefire", "indirect") == "he would not agree to a ceasefire"
    assert statement_words("that the plan is “dead”", "mixed") == "the plan is “dead”"


def test_words_that_merely_start_with_that_are_kept():
    assert statement_words("Thatcher was right", "indirect") == "Thatcher was right"
    assert statement_words("that", "indirect") == "that"
    assert statement_words("thatched roofs burn", "indirect") == "thatched roofs burn"


def test_direct_speech_is_quoted_once():
    assert statement_words("that is the point", "direct") == "“that is the point”"
    assert statement_words("“We won,”", "direct") == "“We won,”"
