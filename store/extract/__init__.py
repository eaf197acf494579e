"""Text in, dataclasses out: statements, speakers, links and context of one article.

Pure: no files written, no TinyDB, no Textual, no printing.
"""
from __future__ import annotations

from .context import find_context
from .links import find_links
from .model import Article, ContextSentence, Extraction, Link, Speaker, Statement
from .reader import read_path, read_text
from .speakers import find_statements

__all__ = ["Article", "ContextSentence", "Extraction", "Link", "Speaker", "Statement",
           "extract", "extract_text", "read_path", "read_text"]


def extract(article: Article, with_context: bool = True) -> Extraction:
    """Statements, speakers and links of one article; and the context of each statement,
    unless with_context is False (`counterpoint extract` prints no context)."""
    speakers, statements = find_statements(article)
    links = find_links(article, statements, speakers)
    context = find_context(article, statements, speakers) if with_context else []
    return Extraction(article, speakers, statements, links, context)


def extract_text(text: str, path: str = "") -> Extraction:
    return extract(read_text(text, path))
