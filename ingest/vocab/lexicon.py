"""Find vocabulary terms in text: leftmost-longest matching over tokens, not regexes.

A regex alternation of thousands of terms is slow to compile and to run in Python's
``re``; a dictionary of token tuples finds every term in one pass over the text.

>>> lex = Lexicon([("spinal cord injury", ["spinal cord injury", "脊髓损伤"], ["SCI"])])
>>> [(m.name, m.text) for m in lex.find(Tokens("Chronic SCI: spinal-cord injuries and 脊髓损伤."))]
[('spinal cord injury', 'SCI'), ('spinal cord injury', 'spinal-cord injuries'), ('spinal cord injury', '脊髓损伤')]
"""

from __future__ import annotations

from bisect import bisect_left
from ..plain import namedtuple
from itertools import accumulate, chain, islice, repeat

from ..regex import rx, translator

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TOKEN = rx(rf"[{HAN}]|[^\W_{HAN}]+")
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
        import unicodedata  # an extension module to load: only for a word that is not ASCII

        t = unicodedata.normalize("NFKC", token).lower()
    if len(t) > 3 and t.isalpha() and t.isascii():
        if t.endswith("ies"):
            return t[:-3] + "y"
        if t.endswith("s") and not t.endswith(("ss", "us", "is")):
            return t[:-1]
    return t


class _Folded(dict):
    """token -> its matching form, remembered: an article repeats its words. A Han
    character is its own matching form; only words need folding."""

    def __missing__(self, token: str) -> str:
        form = self[token] = token if len(token) == 1 and token >= "\u3400" else fold(token)
        return form


_folded = _Folded()
_span = type(TOKEN.match("a")).span  # re.Match.span, called from C by map()


def simplified(text: str) -> str:
    """Traditional Chinese read as simplified, character for character (same length)."""
    from .chinese import to_simplified
    return to_simplified(text)


class Tokens:
    """A text cut into matching tokens, each remembering its span in the original.

    The folded and raw tokens are also kept joined by ``SEP``, with each token's offset
    in the joined string, so a run of tokens becomes a lookup key by one slice instead of
    a list slice and a join: matching is the hot loop of extraction.

    >>> t = Tokens("ASIA 运动")
    >>> t.folded, t.joined.split(SEP), t.offsets
    (['asia', '运', '动'], ['asia', '运', '动', ''], [0, 5, 7, 9])
    """

    __slots__ = ("text", "spans", "folded", "raw", "joined", "offsets", "raw_joined", "raw_offsets",
                 "_positions", "_starts")

    def __init__(self, text: str):
        self.text = text
        wide = narrow(text)
        norm = simplified(wide)
        # Built by C loops (map, findall) where the same list used to be built in Python.
        spans = list(map(_span, TOKEN.finditer(norm)))
        words = TOKEN.findall(norm)
        raw = words if norm is wide else [wide[a:b] for a, b in spans]
        folded = list(map(_folded.__getitem__, words))
        self.spans, self.folded, self.raw = spans, folded, raw
        self.joined, self.offsets = _joined(folded)
        self.raw_joined, self.raw_offsets = _joined(raw)
        self._positions = None
        self._starts = {}

    def __len__(self):
        return len(self.folded)

    def starts(self, lexicon: Lexicon) -> list[int]:
        """Indexes of the tokens where one of ``lexicon``'s terms may start, in order.

        A position qualifies when its token is a one-token term's, or its first two tokens
        are a longer term's first two. Both are found by intersecting the text's distinct
        tokens and token pairs with the lexicon's, in C, so a long text is walked once,
        not once per vocabulary, and few positions are left to check by hand.
        """
        found = self._starts.get(id(lexicon))
        if found is None and len(self.folded) < 64:
            # A short text (a name, a heading): checking every token is cheaper than indexing.
            lengths = lexicon.lengths
            found = self._starts[id(lexicon)] = [i for i, t in enumerate(self.folded) if t in lengths]
        if found is None:
            if self._positions is None:
                self._positions = (_positions(self.folded), _positions(_pairs(self.joined, self.offsets)),
                                   _positions(_pairs(self.raw_joined, self.raw_offsets)))
            singles, pairs, raw_pairs = self._positions
            hits = set()
            for index, wanted in ((singles, lexicon.singles), (pairs, lexicon.pairs), (raw_pairs, lexicon.raw_pairs)):
                for key in index.keys() & wanted:
                    hits.update(index[key])
            found = self._starts[id(lexicon)] = sorted(hits)
        return found

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_left(self.spans, (offset, -1))


def _joined(tokens: list[str]) -> tuple[str, list[int]]:
    """``SEP.join(tokens) + SEP`` and where each token starts in it (plus the end).

    >>> _joined(["asia", "运"])
    ('asia\\x1f运\\x1f', [0, 5, 7])
    """
    # Running sums over (length, 1, length, 1, ...): every second one is an offset. All in C.
    sums = accumulate(chain.from_iterable(zip(map(len, tokens), repeat(1))), initial=0)
    return SEP.join(tokens) + SEP, list(islice(sums, 0, None, 2))


def _pairs(joined: str, offsets: list[int]) -> list[str]:
    """Each token joined with the next (the last token has no pair)."""
    return [joined[a:b - 1] for a, b in zip(offsets, offsets[2:])]


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
    """Terms to canonical names. ``entries`` are (name, terms, case-sensitive abbreviations)."""

    def __init__(self, entries):
        self.terms: dict[str, str] = {}
        self.abbrs: dict[str, str] = {}
        # Where a term can start (see Tokens.starts): one-token terms' tokens (folded), and
        # the first two tokens of longer terms (folded) and abbreviations (as written).
        self.singles: set[str] = set()
        self.pairs: set[str] = set()
        self.raw_pairs: set[str] = set()
        lengths: dict[str, set] = {}
        for name, terms, abbrs in entries:
            for term in terms or ():
                key = tuple(fold(t) for t in TOKEN.findall(simplified(narrow(str(term)))))
                self._add(self.terms, key, name, lengths)
            for abbr in abbrs or ():
                self._add(self.abbrs, tuple(TOKEN.findall(str(abbr))), name, lengths, folded=False)
        # Longest first, so the first hit at a position is the longest match. Equal tuples
        # are one object, which marshal then writes (and loads) once.
        self.lengths = {first: _LENGTHS.setdefault(t, t) for first, n in lengths.items()
                        for t in [tuple(sorted(n, reverse=True))]}

    def _add(self, table, key, name, lengths, folded=True):
        if not key:
            return
        # Joined strings, not tuples, as keys: the cached lexicons load twice as fast.
        table.setdefault(SEP.join(key), name)
        first = fold(key[0]) if not folded else key[0]
        if len(key) == 1:
            self.singles.add(first)
        else:
            (self.pairs if folded else self.raw_pairs).add(SEP.join(key[:2]))
        lengths.setdefault(first, set()).add(len(key))

    def state(self) -> tuple:
        """The lexicon as plain dicts and sets, for ``marshal`` (see ``from_state``)."""
        return self.terms, self.abbrs, self.singles, self.pairs, self.raw_pairs, self.lengths

    @classmethod
    def from_state(cls, state: tuple) -> Lexicon:
        """The lexicon ``state()`` describes, without building it again.

        >>> lex = Lexicon([("stroke", ["stroke", "卒中"], ["CVA"])])
        >>> again = Lexicon.from_state(lex.state())
        >>> [m.name for m in again.find(Tokens("CVA and 卒中"))], again.state() == lex.state()
        (['stroke', 'stroke'], True)
        """
        lex = cls.__new__(cls)
        lex.terms, lex.abbrs, lex.singles, lex.pairs, lex.raw_pairs, lex.lengths = state
        return lex

    def __bool__(self):
        return bool(self.terms or self.abbrs)

    def find(self, tokens: Tokens, start: int = 0, end: int | None = None) -> list[Match]:
        """Leftmost-longest, non-overlapping matches within character offsets [start, end)."""
        out = []
        starts = tokens.starts(self)
        if not starts:
            return out
        first = tokens.index_at(start) if start else 0
        n = len(tokens.folded)
        limit = len(tokens.text) if end is None else end
        folded, spans = tokens.folded, tokens.spans
        joined, offsets, raw_joined, raw_offsets = tokens.joined, tokens.offsets, tokens.raw_joined, tokens.raw_offsets
        terms, abbrs, pairs, raw_pairs, lengths_of = self.terms, self.abbrs, self.pairs, self.raw_pairs, self.lengths
        free = first  # the first token not inside an earlier match
        for i in starts[bisect_left(starts, first):]:
            if spans[i][0] >= limit:
                break
            if i < free:
                continue
            paired = None
            for length in lengths_of.get(folded[i], ()):
                j = i + length
                if j > n or spans[j - 1][1] > limit:
                    continue
                if length > 1:
                    if paired is None:
                        paired = (joined[offsets[i]:offsets[i + 2] - 1] in pairs
                                  or raw_joined[raw_offsets[i]:raw_offsets[i + 2] - 1] in raw_pairs)
                    if not paired:
                        continue
                name = (terms.get(joined[offsets[i]:offsets[j] - 1])
                        or abbrs.get(raw_joined[raw_offsets[i]:raw_offsets[j] - 1]))
                if name:
                    a, b = spans[i][0], spans[j - 1][1]
                    out.append(Match(name, a, b, tokens.text[a:b], i, j))
                    free = j
                    break
        return out
