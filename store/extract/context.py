"""Placeholder until context lands: no context."""
from __future__ import annotations


def find_context(article, statements, speakers):
    return []
