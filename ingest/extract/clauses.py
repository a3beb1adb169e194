"""Clause boundaries and the quote for a span: the smallest whole clause(s) around it."""

from __future__ import annotations

from ..regex import re

from .sentences import Sentence
from ..regex import rx

CLAUSE_END = rx(r"[；;]")
# Commas end a quote too, except inside a number ("1,024").
QUOTE_END = rx(r"[；;，]|,(?!\d{3}\b)")


def _top_level(text: str, pattern) -> list:
    """Matches of ``pattern`` outside brackets: "(17 vs 36 min; P<0.001)" is one clause."""
    depth, level = 0, []
    for ch in text:
        if ch in "([（【":
            depth += 1
        elif ch in ")]）】" and depth:
            depth -= 1
        level.append(depth)
    return [m for m in pattern.finditer(text) if level[m.start()] == 0]


def clause_bounds(sentence: Sentence, start: int, end: int, pattern=CLAUSE_END) -> tuple[int, int]:
    """Offsets of the clauses of ``sentence`` that hold [start, end), split at semicolons
    that stand outside brackets.

    >>> from .sentences import split
    >>> s = split("A fell (17 vs 36; P<0.001); B rose.")[0]
    >>> s.text[slice(*clause_bounds(s, 18, 25))]
    'A fell (17 vs 36; P<0.001)'
    """
    text, base = sentence.text, sentence.start
    lo, hi = start - base, end - base
    cuts = _top_level(text, pattern)
    left = max((m.end() for m in cuts if m.end() <= max(lo, 0)), default=0)
    right = min((m.start() for m in cuts if m.start() >= max(hi, 0)), default=len(text))
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
