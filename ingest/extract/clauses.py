"""Clause boundaries and the quote for a span: the smallest whole clause(s) around it."""

from __future__ import annotations

import re

from .sentences import Sentence

CLAUSE_END = re.compile(r"[；;]")
# Commas end a quote too, except inside a number ("1,024").
QUOTE_END = re.compile(r"[；;，]|,(?!\d{3}\b)")


def clause_bounds(sentence: Sentence, start: int, end: int, pattern=CLAUSE_END) -> tuple[int, int]:
    """Offsets of the clauses of ``sentence`` that hold [start, end), split at semicolons."""
    text, base = sentence.text, sentence.start
    lo, hi = start - base, end - base
    left = max((m.end() for m in pattern.finditer(text, 0, max(lo, 0))), default=0)
    right = next((m.start() for m in pattern.finditer(text, max(hi, 0))), len(text))
    return base + left, base + right


def quote(text: str, sentence: Sentence, start: int, end: int) -> str:
    """The exact clause text around [start, end), whitespace at the edges trimmed.

    >>> from .sentences import split
    >>> s = split("甲从1升至2 (p<0.001)；乙从3增至4。")[0]
    >>> quote(s.text, s, 0, 5)
    '甲从1升至2 (p<0.001)'
    """
    a, b = clause_bounds(sentence, start, end, QUOTE_END)
    return text[a:b].strip(" ，,、：:")
