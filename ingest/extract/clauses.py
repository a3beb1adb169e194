"""Clause boundaries and the quote for a span: the smallest whole clause(s) around it."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from .sentences import Sentence

CLAUSE_END = re.compile(r"[；;]")
# Commas end a quote too, except inside a number ("1,024").
QUOTE_END = re.compile(r"[；;，]|,(?!\d{3}\b)")
BRACKET = re.compile(r"[(\[（【)\]）】]")


def _top_level(text: str, pattern, brackets=BRACKET) -> list:
    """Matches of ``pattern`` outside brackets: "(17 vs 36 min; P<0.001)" is one clause.

    The depth is followed from bracket to bracket, not character by character: a closing
    bracket with none open is ignored, and a match counts when it starts where the depth
    (after the last bracket at or before it) is zero. ``brackets``: the bracket characters
    that count (a pattern of single characters, a subset of ``BRACKET``'s).

    >>> [m.group() for m in _top_level("a; b (c; d) e; f) g; (h", QUOTE_END)]
    [';', ';', ';']
    """
    matches = list(pattern.finditer(text))
    if not matches:
        return matches
    changes, depths, depth = [], [], 0  # where the depth changes, and to what
    for b in brackets.finditer(text):
        if b.group() in "([（【":
            depth += 1
        elif depth:
            depth -= 1
        else:
            continue
        changes.append(b.start())
        depths.append(depth)
    if not changes:
        return matches
    return [m for m in matches if (k := bisect_right(changes, m.start())) == 0 or depths[k - 1] == 0]


def bracket_close(text: str, at: int, end: int) -> int:
    """Where the bracket that holds ``at`` closes (``end`` if none does before it): the brackets
    opened and closed on the way are stepped over.

    >>> text = "(a 8.4 (RDN) and 3.3 by 6 months), P"
    >>> text[bracket_close(text, 6, len(text)):]
    '), P'
    """
    depth = 0
    for i in range(at, end):
        c = text[i]
        if c in "([（":
            depth += 1
        elif c in ")]）":
            if depth == 0:
                return i
            depth -= 1
    return end


def in_brackets(text: str, at: int) -> bool:
    """Whether offset ``at`` of ``text`` stands inside round brackets.

    >>> in_brackets("a (b vs c) vs d", 5), in_brackets("a (b vs c) vs d", 11)
    (True, False)
    """
    before = text[:at]
    return before.count("(") + before.count("（") > before.count(")") + before.count("）")


def clause_bounds(sentence: Sentence, start: int, end: int, pattern=CLAUSE_END) -> tuple[int, int]:
    """Offsets of the clauses of ``sentence`` that hold [start, end), split at semicolons
    that stand outside brackets.

    >>> from .sentences import split
    >>> s = split("A fell (17 vs 36; P<0.001); B rose.")[0]
    >>> s.text[slice(*clause_bounds(s, 18, 25))]
    'A fell (17 vs 36; P<0.001)'
    """
    text, base = sentence.text, sentence.start
    lo, hi = max(start - base, 0), max(end - base, 0)
    starts, ends = _cuts(text, pattern)
    # (The cuts are in order and do not overlap, so both ends are found by bisection: a
    # sentence with hundreds of values asks this for each of them.)
    k = bisect_right(ends, lo)
    left = ends[k - 1] if k else 0
    k = bisect_left(starts, hi)
    right = starts[k] if k < len(starts) else len(text)
    return base + left, base + right


@lru_cache(maxsize=512)
def _cuts(text: str, pattern) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where ``pattern`` cuts ``text`` at the top level (starts, ends), remembered: a
    sentence is asked about again for every value and p-value in it."""
    found = _top_level(text, pattern)
    return tuple(m.start() for m in found), tuple(m.end() for m in found)


def quote(text: str, sentence: Sentence, start: int, end: int) -> str:
    """The exact clause text around [start, end), whitespace at the edges trimmed.

    >>> from .sentences import split
    >>> s = split("甲从1升至2 (p<0.001)；乙从3增至4。")[0]
    >>> quote(s.text, s, 0, 5)
    '甲从1升至2 (p<0.001)'
    """
    a, b = clause_bounds(sentence, start, end, QUOTE_END)
    return text[a:b].strip(" ，,、：:")
