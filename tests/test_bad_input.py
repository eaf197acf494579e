"""Bad input never crashes and never hangs: each file gets a result or one clear sentence."""
from __future__ import annotations

import codecs

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.errors import BadInput
from store.extract import extract
from store.extract.contract import to_contract
from store.extract.reader import read_bytes, read_text
from tui.cli import main

PARAGRAPH = "“We will not back down,” the mayor said on Tuesday. Her rival denied it.\n\n"

# each name is a file a user might really hand us; None means it must be refused clearly
ODD_FILES = {
    "empty.txt": (b"", "no text"),
    "blank.txt": (b" \n\n\t\n", "no text"),
    "binary.txt": (bytes(range(256)) * 64, "binary"),
    "latin1.txt": (("Señor Núñez said: “adiós”.\n\n" * 3).encode("latin-1", "replace"), None),
    "cp1252.txt": (("\u201cNo,\u201d said Zoë \u2014 twice.\n\n" * 3).encode("cp1252"), None),
    "utf16.txt": (codecs.BOM_UTF16_LE + PARAGRAPH.encode("utf-16-le"), None),
    "utf8-bom.txt": (codecs.BOM_UTF8 + (PARAGRAPH + "A second paragraph.").encode(), None),
    "one-long-line.txt": (("He said “yes and no” again " * 40000).encode(), None),
    "no-paragraphs.txt": (("word " * 200000).encode(), None),
    "unbalanced.txt": (("“He said it,” she said. “And then " * 2000).encode(), None),
    "nested.html": (("<div>" * 20000 + "<p>“Deep,” he said.</p>" + "</div>" * 20000).encode(), None),
    "controls.txt": (b"He said\x01 \x02\x1b[31m red\x07.\n\nShe said no.\n", None),
    "rtl.txt": ("قال المتحدث “لا” يوم الثلاثاء.\n\nאמר הדובר: “כן”.\n\n".encode(), None),
    "emoji.txt": ("“We 💯 agree 🎉,” the 👩‍🚀 said.\n\n".encode(), None),
    "too-big.txt": (b"x" * 5_000_001, "more than an article"),
}


def _check(ex):
    text = ex.article.text
    out = to_contract(ex, "f")
    ids = {s["id"] for s in out["statements"]}
    for s in out["statements"]:
        for start, end in s["spans"]:
            assert 0 <= start < end <= len(text)
        if s["source_span"]:
            a, b = s["source_span"]
            assert 0 <= a < b <= len(text)
    for link in out["links"]:
        assert link["from"] in ids and link["to"] in ids and link["from"] != link["to"]


@pytest.mark.parametrize("name", sorted(ODD_FILES))
def test_odd_files_give_a_result_or_a_clear_error(name):
    data, refusal = ODD_FILES[name]
    if refusal:
        with pytest.raises(BadInput, match=refusal) as info:
            read_bytes(data, name, "." + name.rsplit(".", 1)[1])
        assert str(info.value).startswith(name)
    else:
        _check(extract(read_bytes(data, name, "." + name.rsplit(".", 1)[1])))


def test_the_quote_in_utf16_and_cp1252_files_is_found():
    for name in ("utf16.txt", "cp1252.txt"):
        ex = extract(read_bytes(ODD_FILES[name][0], name))
        assert ex.statements, name


def test_a_huge_file_is_refused_before_it_is_read(tmp_path, capsys, monkeypatch):
    big = tmp_path / "fifty-megabytes.txt"
    with open(big, "wb") as f:
        f.truncate(200 * 1024 * 1024)   # sparse: costs no disk
    monkeypatch.setenv("COUNTERPOINT_LIBRARY", str(tmp_path / "lib"))
    assert main(["add", str(big)]) == 1
    err = capsys.readouterr().err
    assert "fifty-megabytes.txt" in err and "MB" in err and len(err.strip().splitlines()) == 1


def test_adding_a_folder_of_odd_files_adds_the_good_ones(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (data, _) in ODD_FILES.items():
        if name not in ("one-long-line.txt", "no-paragraphs.txt", "unbalanced.txt", "nested.html"):
            (folder / name).write_bytes(data)
    code = main(["--library", str(tmp_path / "lib"), "add", str(folder)])
    out, err = capsys.readouterr()
    refused = [n for n, (_, why) in ODD_FILES.items() if why]
    assert code == 1
    assert "Traceback" not in err
    for name in refused:
        assert name in err
    assert f"{len(list(folder.iterdir())) - len(refused)} added" in out


# pieces of news prose: quotation marks, cues, names and breaks in every order
QUOTEY = st.lists(st.sampled_from(list("ab “”\"'‘’«».,:;\n") + [
    "said", " he ", "She", "told", " that ", "according to", "Mr. Smith", "\n\n", "denied", " Hamas ",
    "Prime Minister Jane Doe", ", a spokesman, ", " rejected ", "his office"]), max_size=120).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(QUOTEY)
def test_fuzzed_quote_soup_never_breaks_the_extractor(text):
    _check(extract(read_text(text)))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_fuzzed_unicode_never_breaks_the_extractor(text):
    _check(extract(read_text(text)))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_fuzzed_bytes_are_read_or_refused_clearly(data):
    try:
        article = read_bytes(data, "fuzz.txt")
    except BadInput as exc:
        assert str(exc).startswith("fuzz.txt: ")
        return
    _check(extract(article))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=300), QUOTEY.map(lambda t: t.encode("utf-8"))))
def test_fuzzed_files_given_to_add_are_added_or_refused_in_one_sentence(tmp_path_factory, data):
    import contextlib
    import io

    folder = tmp_path_factory.mktemp("fuzz")
    f = folder / "fuzz.txt"
    f.write_bytes(data)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--library", str(folder / "lib"), "add", str(f)])
    if code == 0:
        assert "fuzz.txt" in out.getvalue()
    else:
        assert code == 1
        lines = err.getvalue().strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"counterpoint: {f}")
