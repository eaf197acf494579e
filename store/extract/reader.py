"""Turn a file (or text) into an Article: decode, strip HTML, find paragraphs.

Plain text keeps its exact characters (newlines normalised to "\\n" as Python's
text mode does), so offsets match what any reader of the file sees.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import BadInput
from .model import Article, article_id

# a file past this is no article; refuse it before reading it into memory
MAX_BYTES = 128 * 1024 * 1024
# text past this (after HTML is stripped: saved pages carry images and scripts) is no article either
MAX_CHARS = 5_000_000
SUFFIXES = {".txt", ".md", ".markdown", ".text", ".html", ".htm", ""}
_BLANK = re.compile(r"\n[ \t\f\v\u00a0]*\n")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


_BINARY_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v\x1b") + b"\x7f"


def _looks_binary(data: bytes) -> bool:
    """Text has almost no control bytes; images, archives and executables have many."""
    head = data[:65536]
    if not head:
        return False
    controls = len(head) - len(head.translate(None, _BINARY_BYTES))
    return b"\x00" in head[:1024] or controls > max(16, len(head) // 10)


def _decode(data: bytes, path: str) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise BadInput(path, "starts like UTF-16 but is not valid UTF-16; save it as UTF-8 and add it again") from None
    if _looks_binary(data):
        raise BadInput(path, "looks like a binary file, not an article; give a .txt, .md or .html file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def looks_like_html(text: str, suffix: str) -> bool:
    if suffix in (".html", ".htm"):
        return True
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


# a line that ends a sentence (or a quotation, or a parenthesis)
_ENDS_SENTENCE = re.compile(r"[.!?\"\u201d\u2019':)]\s*$")


def _one_paragraph_a_line(lines: list[str]) -> bool:
    """Are these lines paragraphs of their own (a text written a paragraph a line, as copied from
    a web page), not the lines of a paragraph wrapped at a width (an e-mail, a Markdown file)?
    Wrapped lines are short and mostly end inside a sentence; paragraphs run long, or end theirs."""
    if len(lines) < 2:
        return False
    # (a headline on the first line ends no sentence: the lines after it tell)
    body = lines[1:] if len(lines) >= 3 else lines
    long_lines = sum(len(line) > 100 for line in body)
    ended = sum(bool(_ENDS_SENTENCE.search(line)) for line in body)
    return long_lines * 2 >= len(body) or ended * 5 >= len(body) * 4


def paragraphs_of(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: runs of text between blank lines, trimmed of outer whitespace; and each
    line of a run whose lines are paragraphs of their own (see _one_paragraph_a_line)."""
    spans = []
    pos = 0
    for m in list(_BLANK.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            start = pos + (len(chunk) - len(chunk.lstrip()))
            if "\n" in stripped and _one_paragraph_a_line([ln for ln in stripped.split("\n") if ln.strip()]):
                at = start
                for line in stripped.split("\n"):
                    if line.strip():
                        lead = len(line) - len(line.lstrip())
                        spans.append((at + lead, at + lead + len(line.strip())))
                    at += len(line) + 1
            else:
                spans.append((start, start + len(stripped)))
        if m:
            pos = m.end()
    return spans


# "---" lines around "key: value" lines at the very start of a Markdown file
_FRONT_MATTER = re.compile(r"---[ \t]*\n((?:[^\n]*\n){0,60}?)---[ \t]*(?:\n|$)")
_FRONT_FIELD = re.compile(r"(?m)^([A-Za-z_]+)[ \t]*:[ \t]*(.*?)[ \t]*$")
_FRONT_LINE = re.compile(r"[A-Za-z_][\w-]*[ \t]*:|[ \t]|-[ \t]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _is_front_matter(block: str) -> bool:
    """Lines of "key: value" (and YAML's indented or listed values), not text between two rules."""
    lines = [line for line in block.split("\n") if line.strip()]
    return bool(lines) and all(_FRONT_LINE.match(line) for line in lines) and bool(_FRONT_FIELD.search(block))


def _title_of(text: str, paragraphs: list[tuple[int, int]], fallback: str) -> str:
    for start, end in paragraphs:
        line = text[start:end].split("\n", 1)[0].strip().lstrip("#").strip()
        if line:
            return line[:200]
    return fallback


def read_text(text: str, path: str = "", encoding: str = "utf-8", title: str = "",
              outlet: str = "", published: str = "") -> Article:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text):
        # control characters would garble the terminal; a space keeps every offset
        text = _CONTROL.sub(" ", text)
    paragraphs = paragraphs_of(text)
    front = _FRONT_MATTER.match(text)
    if front and not _is_front_matter(front.group(1)):
        front = None
    if front:
        # a Markdown file's front matter ("---", "title: ...", "---") is about the article, not of it
        paragraphs = [(s, e) for s, e in paragraphs if s >= front.end()]
        fields = dict(_FRONT_FIELD.findall(front.group(1)))
        title = title or fields.get("title", "").strip().strip("\"'").strip()
        date = _ISO_DATE.match(fields.get("date", "").strip().strip("\"'"))
        published = published or (date.group() if date else "")
    fallback = Path(path).stem if path else "untitled"
    return Article(id=article_id(text), text=text, title=title or _title_of(text, paragraphs, fallback),
                   paragraphs=paragraphs, path=path, encoding=encoding, outlet=outlet, published=published)


def read_bytes(data: bytes, path: str = "", suffix: str = "") -> Article:
    text, encoding = _decode(data, path or "<stdin>")
    title = outlet = published = ""
    if looks_like_html(text, suffix):
        # the story of a saved web page, without the page around it (webpage.py, read only for pages)
        from .webpage import page_text

        page = page_text(text)
        text, title, outlet, published = page.text, page.title, page.outlet, page.published
        encoding = f"html ({encoding})"
    if not text.strip():
        raise BadInput(path or "<stdin>", "holds no text; give an article with at least one paragraph")
    if len(text) > MAX_CHARS:
        raise BadInput(path or "<stdin>", f"holds {len(text):,} characters of text, more than an article "
                       f"({MAX_CHARS:,} at most); split it into its articles and add those")
    return read_text(text, path, encoding, title, outlet, published)


def read_path(path: str | Path) -> Article:
    p = Path(path)
    name = str(path)
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise BadInput(name, "is a folder; give the files in it, or use `counterpoint add` which takes folders")
        if size > MAX_BYTES:
            raise BadInput(name, f"is {size // (1024 * 1024)} MB, larger than the {MAX_BYTES // (1024 * 1024)} MB an article may be; split it and add the parts")
        data = p.read_bytes()
    except FileNotFoundError:
        raise BadInput(name, "does not exist; check the path") from None
    except PermissionError:
        raise BadInput(name, "cannot be read (permission denied); check its permissions") from None
    except IsADirectoryError:
        raise BadInput(name, "is a folder; give the files in it") from None
    except OSError as exc:
        raise BadInput(name, f"cannot be read ({exc.strerror or exc}); check the file") from None
    return read_bytes(data, name, p.suffix.lower())
