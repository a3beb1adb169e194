"""Find vocabulary terms in text: leftmost-longest matching over tokens, not regexes.

A regex alternation of thousands of terms is slow to compile and to run in Python's
``re``; a dictionary of token tuples finds every term in one pass over the text.

>>> lex = Lexicon([("spinal cord injury", ["spinal cord injury", "脊髓损伤"], ["SCI"])])
>>> [(m.name, m.text) for m in lex.find(Tokens("Chronic SCI: spinal-cord injuries and 脊髓损伤."))]
[('spinal cord injury', 'SCI'), ('spinal cord injury', 'spinal-cord injuries'), ('spinal cord injury', '脊髓损伤')]
>>> lex.find(Tokens("非脊髓损伤患者"))  # 非: "not"
[]
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import namedtuple
from itertools import chain

from ..regex import translator

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TOKEN = re.compile(rf"[{HAN}]|[^\W_{HAN}]+")
# Full-width ASCII (Ａ, ９, （) maps one-to-one onto ASCII, so offsets survive.
SEP = "\x1f"
FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
narrow = translator(FULL_WIDTH)  # text.translate(FULL_WIDTH)


def fold(token: str) -> str:
    """The matching form of one token: NFKC, lower case, an English plural folded.

    >>> [fold(t) for t in ("Injuries", "MSCs", "Ⅲ", "cells", "class", "status")]
    ['injury', 'msc', 'iii', 'cell', 'class', 'status']
    """
    if token.isascii():
        t = token.lower()
    else:
        t = unicodedata.normalize("NFKC", token).lower()
    if len(t) > 3 and t.isalpha() and t.isascii():
        if t.endswith("ies"):
            return t[:-3] + "y"
        if t.endswith("s") and not t.endswith(("ss", "us", "is")):
            return t[:-1]
    return t


# token -> its matching form, remembered: an article repeats its words.
_folded: dict[str, str] = {}
_made: dict = {}  # text -> its Tokens


def _fold_all(words: list[str]) -> list[str]:
    """The matching form of each token. The tokens not seen before are found in C; a Han
    character is its own matching form, only words need folding."""
    for token in set(words).difference(_folded):
        _folded[token] = token if len(token) == 1 and token >= "\u3400" else fold(token)
    return list(map(_folded.__getitem__, words))
_span = type(TOKEN.match("a")).span  # re.Match.span, called from C by map()
_group = type(TOKEN.match("a")).group  # (and re.Match.group)


def simplified(text: str) -> str:
    """Traditional Chinese read as simplified, character for character (same length)."""
    from .chinese import to_simplified
    return to_simplified(text)


class Tokens:
    """A text cut into matching tokens, each remembering its span in the original.

    A run of tokens is looked up as its tokens joined by ``SEP`` (a single token as it
    is): the keys of the lexicons are written that way.

    The extractors cut the same short texts again (a name compared with several others,
    a heading per sentence), so the Tokens of a short text are made once and handed out
    again (their lists are never changed; what they remember of lexicons holds for any
    caller).

    >>> t = Tokens("ASIA 运动")
    >>> t.folded, t.raw, t.spans, Tokens("ASIA 运动") is t
    (['asia', '运', '动'], ['ASIA', '运', '动'], [(0, 4), (5, 6), (6, 7)], True)
    """

    __slots__ = ("text", "spans", "folded", "raw", "_index", "_candidates")

    def __new__(cls, text: str):
        made = _made.get(text)
        if made is not None and made.__class__ is cls:
            return made
        self = object.__new__(cls)
        self.text = text
        wide = narrow(text)
        norm = simplified(wide)
        # Built by C loops (map) where the same list used to be built in Python; the text
        # is searched once, each match giving its span and its token.
        found = list(TOKEN.finditer(norm))
        spans = list(map(_span, found))
        words = list(map(_group, found))
        raw = words if norm is wide else [wide[a:b] for a, b in spans]
        self.spans, self.folded, self.raw = spans, _fold_all(words), raw
        self._index = None
        self._candidates = {}
        if len(text) <= 400:  # short texts repeat; an article's is cut once
            if len(_made) >= 512:
                _made.clear()
            _made[text] = self
        return self

    def __len__(self):
        return len(self.folded)

    def candidates(self, lexicon: Lexicon) -> tuple[list[int], dict]:
        """Where ``lexicon``'s terms may start, in order, and its buckets by token: the
        positions of the tokens that begin one of its terms.

        The text's distinct tokens are intersected with the lexicon's first tokens in C,
        so a long text is walked once (``_index``), not once per lexicon.
        """
        found = self._candidates.get(lexicon)  # the object itself: an id can be reused
        if found is None:
            if self._index is None:
                self._index = _positions(self.folded)
            index = self._index
            buckets = lexicon.buckets
            found = (sorted(chain.from_iterable(map(index.__getitem__, index.keys() & buckets.keys()))), buckets)
            self._candidates[lexicon] = found
        return found

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_left(self.spans, (offset, -1))


def _positions(keys: list[str]) -> dict[str, list[int]]:
    """Where each distinct key occurs."""
    out: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if key in out:
            out[key].append(i)
        else:
            out[key] = [i]
    return out


_LENGTHS: dict[tuple, tuple] = {}

# Token indexes [first, last) locate a match among its text's tokens.
Match = namedtuple("Match", "name start end text first last")


class Lexicon:
    """Terms to canonical names. ``entries`` are (name, terms, case-sensitive abbreviations).

    The terms are kept by their first token (folded; an abbreviation's first token
    folded too): one bucket per token holds every term that starts with it, as
    ``(lengths, terms, abbreviations, second tokens, abbreviation pairs)``:

    - ``lengths``: the terms' lengths in tokens, longest first, so the first hit at a
      position is the longest match;
    - ``terms``: joined folded tokens -> name; ``abbreviations``: joined tokens as written;
    - ``second tokens`` (of longer terms, folded) and ``abbreviation pairs`` (the first
      two tokens of longer abbreviations, as written): a position whose next token is
      none of them starts no longer term, and is not looked up further.
    """

    def __init__(self, entries, keys: dict | None = None):
        """``keys``, when given, remembers each term's key for the next lexicon built with
        it: the vocabulary builds its lexicons twice (all terms, English terms only)."""
        grown: dict[str, list] = {}
        keys = {} if keys is None else keys
        for name, terms, abbrs in entries:
            for term in terms or ():
                key = keys.get(term)
                if key is None:
                    key = keys[term] = tuple(map(fold, TOKEN.findall(simplified(narrow(str(term))))))
                _add(grown, key, key[0] if key else None, name, 1)
            for abbr in abbrs or ():
                key = tuple(TOKEN.findall(str(abbr)))
                _add(grown, key, fold(key[0]) if key else None, name, 2)
        self.buckets = {first: _bucket(*b) for first, b in grown.items()}

    def __bool__(self):
        return bool(self.buckets)

    def find(self, tokens: Tokens, start: int = 0, end: int | None = None) -> list[Match]:
        """Leftmost-longest, non-overlapping matches within character offsets [start, end)."""
        out = []
        starts, buckets = tokens.candidates(self)
        if not starts:
            return out
        first = tokens.index_at(start) if start else 0
        n = len(tokens.folded)
        # Without an end every token lies within the limit (its spans are not looked at).
        limit = len(tokens.text) if end is None else end
        within = end is None
        folded, spans, raw, text = tokens.folded, tokens.spans, tokens.raw, tokens.text
        join = SEP.join
        free = first  # the first token not inside an earlier match
        for i in starts[bisect_left(starts, first):] if first else starts:
            if i < free:
                continue
            if not within and spans[i][0] >= limit:
                break
            lengths, terms, abbrs, seconds, raw_pairs = buckets[folded[i]]
            paired = None
            for length in lengths:
                j = i + length
                if j > n or not within and spans[j - 1][1] > limit:
                    continue
                if length > 1:
                    if paired is None:
                        paired = (folded[i + 1] in seconds
                                  or (raw_pairs and raw[i] + SEP + raw[i + 1] in raw_pairs))
                    if not paired:
                        continue
                    name = terms.get(join(folded[i:j]))
                    if not name and abbrs:
                        name = abbrs.get(join(raw[i:j]))
                else:
                    name = terms.get(folded[i])
                    if not name and abbrs:
                        name = abbrs.get(raw[i])
                if name and length > 1 and (cut := SPAN_BREAK.search(text, spans[i][1], spans[j - 1][1])) and cut.start() < spans[j - 1][0]:
                    continue  # ("… coronary intervention: Group A": a term's words across a colon are none)
                if name:
                    a, b = spans[i][0], spans[j - 1][1]
                    if a and text[a - 1] == "非" and text[a] >= "\u3400" and text[a - 2:a] != "除非":
                        break  # "非类固醇消炎药" is no steroid, "非手术治疗" no surgery: 非 is "not" ("除非": "unless")
                    out.append(Match(name, a, b, text[a:b], i, j))
                    free = j
                    break
        return out


# What no term's words stand across: a semicolon, or a colon that ends a phrase, before a word that
# opens another ("intervention: Group A", "intervention: group A received"); not one inside a name
# ("albumin:creatinine ratio", "PaO2: FIO2 ratio").
SPAN_BREAK = re.compile(r";|[:](?=\s+(?:[A-Za-z][a-z]|\d+\)))|[：；]")


def _add(grown: dict, key: tuple, first: str | None, name: str, table: int) -> None:
    """One term (``table`` 1) or abbreviation (2) into the bucket of its first token."""
    if not key:
        return
    bucket = grown.get(first)
    if bucket is None:
        bucket = grown[first] = [set(), {}, {}, set(), set()]
    # Joined strings, not tuples, as keys: they load faster, and one token is its own key.
    bucket[table].setdefault(SEP.join(key), name)  # the first entry to claim a term keeps it
    bucket[0].add(len(key))
    if len(key) > 1:
        if table == 1:
            bucket[3].add(key[1])
        else:
            bucket[4].add(SEP.join(key[:2]))


# Empty parts of buckets are one shared object each.
_NONE: dict = {}
_NOTHING: frozenset = frozenset()


def _bucket(lengths: set, terms: dict, abbrs: dict, seconds: set, raw_pairs: set) -> tuple:
    t = tuple(sorted(lengths, reverse=True))
    return (_LENGTHS.setdefault(t, t), terms or _NONE, abbrs or _NONE, frozenset(seconds) or _NOTHING,
            frozenset(raw_pairs) or _NOTHING)
