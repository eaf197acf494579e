"""Time stays linear in articles that grow in the ways real ones do, and in ways no article
should: many distinct people and bodies, one speaker after another of the same side, a page
with no full stops. Each text is made 8 times longer: linear time is about 8 times as long,
quadratic about 64 times. The bound of 20 times tolerates a loaded machine and still catches
quadratic growth (each of these took 28 to 61 times as long before it was made linear)."""
from __future__ import annotations

import random
import string
import time

from store.extract import extract_text
from store.extract.quotes import _LONGEST_SENTENCE, _mask, _sentences
from store.extract.reader import read_text


def _names(n: int, seed: int) -> list[str]:
    r = random.Random(seed)
    return ["".join(r.choice(string.ascii_lowercase) for _ in range(7)).title() for _ in range(n)]


def _best_of_three(text: str) -> float:
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        extract_text(text)  # statements, speakers, links and context, as `counterpoint add` reads
        times.append(time.perf_counter() - t0)
    return min(times)


def _grows_linearly(make) -> None:
    small, big = _best_of_three(make(100)), _best_of_three(make(800))
    assert big < max(small, 0.002) * 20, f"8 times the text took {big / small:.0f} times as long"


def test_many_prime_ministers_each_called_the_prime_minister():
    # every "the prime minister" is weighed against the people described so far once, not each time
    _grows_linearly(lambda n: " ".join(
        f"Prime Minister {a} {b} said no. The prime minister said yes."
        for a, b in zip(_names(n, 0), _names(n, 1))))


def test_many_committees_each_called_the_committee():
    # "the committee" is a name of every committee: where each body is first named is found
    # without comparing every name with every other
    _grows_linearly(lambda n: " ".join(
        f"The {a} Committee said it would act. The committee said no." for a in _names(n, 2)))


def test_many_senators_of_one_state_one_after_another():
    # "(D-Ohio)" puts them on one side for the links: who spoke before each is not sought
    # through all the senators before it
    _grows_linearly(lambda n: "\n\n".join(
        f"Sen. {a} {b} (D-Ohio) said the plan failed." for a, b in zip(_names(n, 3), _names(n, 4))))


def test_many_people_of_one_surname():
    # "Smith" is a name of every Smith: which one a bare "Smith" is, and where each is first
    # named, is looked up, not tried against every Smith named before
    _grows_linearly(lambda n: " ".join(f"{a} Smith said the plan failed. Smith said no." for a in _names(n, 6)))


def _soup(words: list[str], n: int) -> str:
    r = random.Random(5)
    return " ".join(r.choice(words) for _ in range(n * 20))


def test_a_page_of_quotation_marks_without_full_stops():
    _grows_linearly(lambda n: _soup(['"A', "'B", "\"C'", "D'", 'E"', "\u201c", "\u201d",
                                     "said", "Lee", "told", "the plan"], n))


def test_a_page_of_attributions_without_full_stops():
    _grows_linearly(lambda n: _soup(["according to", "Lee", "the report,", "said", "officials",
                                     "the plan"], n))


def test_a_sentence_longer_than_any_in_the_news_is_read_in_pieces_cut_at_spaces():
    text = "Lee said the plan " + "failed again and " * 2000 + "ended."
    article = read_text(text)
    masked, _ = _mask(article.text, article.paragraphs)
    start, end = article.paragraphs[0]
    pieces = _sentences(article.text, masked, start, end)
    assert len(pieces) > 1
    assert all(e - s <= _LONGEST_SENTENCE for s, e in pieces)
    # nothing is lost between them, and each cut falls after a space, not inside a word
    assert pieces[0][0] == start and pieces[-1][1] == end
    assert all(a[1] == b[0] and article.text[b[0] - 1] == " " for a, b in zip(pieces, pieces[1:]))


def test_a_sentence_as_long_as_news_sentences_get_is_read_whole():
    text = "Lee said the plan " + "failed again and " * 100 + "ended."
    article = read_text(text)
    masked, _ = _mask(article.text, article.paragraphs)
    assert len(_sentences(article.text, masked, *article.paragraphs[0])) == 1
