"""Placeholder until the attribution rules land: finds nothing."""
from __future__ import annotations


def find_statements(article):
    return {}, []
