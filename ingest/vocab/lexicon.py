"""Find vocabulary terms in text: leftmost-longest matching over tokens, not regexes.

A regex alternation of thousands of terms is slow to compile and to run in Python's
``re``; a dictionary of token tuples finds every term in one pass over the text.

>>> lex = Lexicon([("spinal cord injury", ["spinal cord injury", "脊髓损伤"], ["SCI"])])
>>> [(m.name, m.text) for m in lex.find(Tokens("Chronic SCI: spinal-cord injuries and 脊髓损伤."))]
[('spinal cord injury', 'SCI'), ('spinal cord injury', 'spinal-cord injuries'), ('spinal cord injury', '脊髓损伤')]
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from ..regex import rx

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TOKEN = rx(rf"[{HAN}]|[^\W_{HAN}]+")
# Full-width ASCII (Ａ, ９, （) maps one-to-one onto ASCII, so offsets survive.
SEP = "\x1f"
FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold(token: str) -> str:
    """The matching form of one token: NFKC, lower case, an English plural folded.

    >>> [fold(t) for t in ("Injuries", "MSCs", "Ⅲ", "cells", "class", "status")]
    ['injury', 'msc', 'iii', 'cell', 'class', 'status']
    """
    t = unicodedata.normalize("NFKC", token).lower() if not token.isascii() else token.lower()
    if len(t) > 3 and t.isalpha() and t.isascii():
        if t.endswith("ies"):
            return t[:-3] + "y"
        if t.endswith("s") and not t.endswith(("ss", "us", "is")):
            return t[:-1]
    return t


def simplified(text: str) -> str:
    """Traditional Chinese read as simplified, character for character (same length)."""
    from .chinese import to_simplified
    return to_simplified(text)


class Tokens:
    """A text cut into matching tokens, each remembering its span in the original."""

    __slots__ = ("text", "spans", "folded", "raw")

    def __init__(self, text: str):
        self.text = text
        wide = text.translate(FULL_WIDTH)
        norm = simplified(wide)
        spans, folded, raw = [], [], []
        for m in TOKEN.finditer(norm):
            a, b = m.span()
            token = m.group()
            spans.append((a, b))
            raw.append(wide[a:b])
            # A Han character is its own matching form; only words need folding.
            folded.append(token if b - a == 1 and token >= "\u3400" else fold(token))
        self.spans, self.folded, self.raw = spans, folded, raw

    def __len__(self):
        return len(self.folded)

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        from bisect import bisect_left
        return bisect_left(self.spans, (offset, -1))


@dataclass(frozen=True)
class Match:
    name: str
    start: int
    end: int
    text: str
    first: int  # token indexes [first, last)
    last: int


class Lexicon:
    """Terms to canonical names. ``entries`` are (name, terms, case-sensitive abbreviations)."""

    def __init__(self, entries):
        self.terms: dict[str, str] = {}
        self.abbrs: dict[str, str] = {}
        lengths: dict[str, set] = {}
        for name, terms, abbrs in entries:
            for term in terms or ():
                key = tuple(fold(t) for t in TOKEN.findall(simplified(str(term).translate(FULL_WIDTH))))
                self._add(self.terms, key, name, lengths)
            for abbr in abbrs or ():
                self._add(self.abbrs, tuple(TOKEN.findall(str(abbr))), name, lengths, folded=False)
        # Longest first, so the first hit at a position is the longest match.
        self.lengths = {first: tuple(sorted(n, reverse=True)) for first, n in lengths.items()}

    @staticmethod
    def _add(table, key, name, lengths, folded=True):
        if not key:
            return
        # Joined strings, not tuples, as keys: the cached lexicons unpickle twice as fast.
        table.setdefault(SEP.join(key), name)
        first = fold(key[0]) if not folded else key[0]
        lengths.setdefault(first, set()).add(len(key))

    def __bool__(self):
        return bool(self.terms or self.abbrs)

    def find(self, tokens: Tokens, start: int = 0, end: int | None = None) -> list[Match]:
        """Leftmost-longest, non-overlapping matches within character offsets [start, end)."""
        out = []
        i = tokens.index_at(start)
        n = len(tokens)
        limit = len(tokens.text) if end is None else end
        folded, raw, spans = tokens.folded, tokens.raw, tokens.spans
        while i < n and spans[i][0] < limit:
            lengths = self.lengths.get(folded[i])
            hit = None
            if lengths:
                for length in lengths:
                    j = i + length
                    if j > n or spans[j - 1][1] > limit:
                        continue
                    name = self.terms.get(SEP.join(folded[i:j])) or self.abbrs.get(SEP.join(raw[i:j]))
                    if name and self._whole(tokens, i, j):
                        hit = Match(name, spans[i][0], spans[j - 1][1],
                                    tokens.text[spans[i][0]:spans[j - 1][1]], i, j)
                        break
            if hit:
                out.append(hit)
                i = hit.last
            else:
                i += 1
        return out

    @staticmethod
    def _whole(tokens: Tokens, i: int, j: int) -> bool:
        """A Latin-script match must not be glued to letters ("MS" inside "MSC" is no match).

        Tokens already split at non-letters; this guards the Han/Latin seam only, where
        a Latin term touching Han text is fine (ASIA评分) and so is the reverse.
        """
        return True
