"""Find vocabulary terms in text: leftmost-longest matching over tokens, not regexes.

A regex alternation of thousands of terms is slow to compile and to run in Python's
``re``; a dictionary of token tuples finds every term in one pass over the text.

>>> lex = Lexicon([("spinal cord injury", ["spinal cord injury", "脊髓损伤"], ["SCI"])])
>>> [(m.name, m.text) for m in lex.find(Tokens("Chronic SCI: spinal-cord injuries and 脊髓损伤."))]
[('spinal cord injury', 'SCI'), ('spinal cord injury', 'spinal-cord injuries'), ('spinal cord injury', '脊髓损伤')]
"""

from __future__ import annotations

import marshal
from bisect import bisect_left
from ..plain import namedtuple
from itertools import chain

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
        # Built by C loops (map, findall) where the same list used to be built in Python.
        spans = list(map(_span, TOKEN.finditer(norm)))
        words = TOKEN.findall(norm)
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
        so a long text is walked once (``_index``), not once per lexicon. For the
        vocabulary's lexicons, which share one store, the positions of every lexicon are
        found in the same step, and only the buckets of tokens this text holds are loaded.
        """
        store = lexicon.store
        owner = lexicon if store is None else store  # the object itself: an id can be reused
        found = self._candidates.get(owner)
        if found is None:
            if self._index is None:
                self._index = _positions(self.folded)
            index = self._index
            if store is None:
                buckets = lexicon.buckets
                found = (sorted(chain.from_iterable(map(index.__getitem__, index.keys() & buckets.keys()))), buckets)
            else:
                found = store.candidates(index, self.folded[1:] + [""])
            self._candidates[owner] = found
        return found if store is None else found.get(lexicon.number, _NO_CANDIDATES)

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
_NO_CANDIDATES: tuple = ((), {})

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

    A lexicon of the vocabulary lives in a ``Store`` shared by all of them, which loads a
    token's buckets only when a text holds that token.
    """

    def __init__(self, entries):
        self.store = None
        self.number = None
        grown: dict[str, list] = {}
        for name, terms, abbrs in entries:
            for term in terms or ():
                key = tuple(fold(t) for t in TOKEN.findall(simplified(narrow(str(term)))))
                _add(grown, key, key[0] if key else None, name, 1)
            for abbr in abbrs or ():
                key = tuple(TOKEN.findall(str(abbr)))
                _add(grown, key, fold(key[0]) if key else None, name, 2)
        self.buckets = {first: _bucket(*b) for first, b in grown.items()}

    def state(self) -> dict:
        """The lexicon as plain dicts and tuples, for ``marshal`` (see ``from_state``)."""
        return self.buckets

    @classmethod
    def from_state(cls, state: dict) -> Lexicon:
        """The lexicon ``state()`` describes, without building it again.

        >>> lex = Lexicon([("stroke", ["stroke", "卒中"], ["CVA"])])
        >>> again = Lexicon.from_state(lex.state())
        >>> [m.name for m in again.find(Tokens("CVA and 卒中"))], again.state() == lex.state()
        (['stroke', 'stroke'], True)
        """
        lex = cls.__new__(cls)
        lex.store, lex.number, lex.buckets = None, None, state
        return lex

    def __bool__(self):
        return bool(self.buckets) if self.store is None else self.number in self.store.sizes

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
        folded, spans, raw = tokens.folded, tokens.spans, tokens.raw
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
                if name:
                    a, b = spans[i][0], spans[j - 1][1]
                    out.append(Match(name, a, b, tokens.text[a:b], i, j))
                    free = j
                    break
        return out


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


# Empty parts of buckets are one shared object each, which marshal writes (and loads) once.
_NONE: dict = {}
_NOTHING: frozenset = frozenset()


def _bucket(lengths: set, terms: dict, abbrs: dict, seconds: set, raw_pairs: set) -> tuple:
    t = tuple(sorted(lengths, reverse=True))
    return (_LENGTHS.setdefault(t, t), terms or _NONE, abbrs or _NONE, frozenset(seconds) or _NOTHING,
            frozenset(raw_pairs) or _NOTHING)


class Store:
    """Named lexicons kept by first token: each token's buckets of every lexicon, marshalled
    together, loaded the first time a text holds the token.

    Loading all of a vocabulary's ~8,000 terms took ~25 M instructions per article (a
    sixth of a short one's run), though an English abstract holds the first tokens of a
    few hundred of them.

    >>> store = Store.of({"conditions": Lexicon([("stroke", ["stroke", "脑卒中"], ["CVA"])]),
    ...                   "groups": Lexicon([("control", ["control group"], ())])})
    >>> again = Store.from_state(marshal.loads(marshal.dumps(store.state())))
    >>> [m.name for m in again.lexicon("conditions").find(Tokens("A CVA or 脑卒中 in the control group"))]
    ['stroke', 'stroke']
    >>> sorted(again.loaded)  # the buckets of the tokens looked at: a, cva, or, 脑, in, the, control, group
    ['control', 'cva', '脑']
    """

    def __init__(self, index: dict[str, bytes], names: dict[str, int], sizes: set):
        self.index, self.names, self.sizes = index, names, sizes
        self.loaded: dict[str, dict] = {}
        self.lexicons = {name: self._lexicon(number) for name, number in names.items()}

    @classmethod
    def of(cls, lexicons: dict[str, Lexicon]) -> Store:
        names = {name: number for number, name in enumerate(lexicons)}
        by_token: dict[str, dict] = {}
        for name, lex in lexicons.items():
            for token, bucket in lex.buckets.items():
                by_token.setdefault(token, {})[names[name]] = bucket
        index = {token: marshal.dumps(buckets) for token, buckets in by_token.items()}
        return cls(index, names, {names[name] for name, lex in lexicons.items() if lex.buckets})

    def state(self) -> tuple:
        return self.index, self.names, self.sizes

    @classmethod
    def from_state(cls, state: tuple) -> Store:
        return cls(*state)

    def _lexicon(self, number: int) -> Lexicon:
        lex = Lexicon.__new__(Lexicon)
        lex.store, lex.number, lex.buckets = self, number, None
        return lex

    def lexicon(self, name: str) -> Lexicon:
        return self.lexicons[name]

    def buckets(self, token: str) -> dict[int, tuple]:
        """Lexicon number -> bucket, for the terms that start with ``token``."""
        found = self.loaded.get(token)
        if found is None:
            blob = self.index.get(token)
            found = self.loaded[token] = marshal.loads(blob) if blob is not None else {}
        return found

    def candidates(self, index: dict[str, list[int]], following: list[str]) -> dict[int, tuple[list[int], dict]]:
        """Lexicon number -> (positions, buckets by token) for a text's token positions.
        ``following`` is each position's next token: where a bucket holds only longer
        terms, a position whose next token starts none of them is left out here, once,
        rather than looked at by every search."""
        out: dict[int, tuple[list[int], dict]] = {}
        loaded, blobs = self.loaded, self.index
        for token in index.keys() & blobs.keys():
            buckets = loaded.get(token)
            if buckets is None:
                buckets = loaded[token] = marshal.loads(blobs[token])
            positions = index[token]
            for number, bucket in buckets.items():
                found = out.get(number)
                if found is None:
                    found = out[number] = ([], {})
                if bucket[0][-1] > 1 and not bucket[4]:  # only longer terms, no abbreviation pairs
                    seconds = bucket[3]
                    if len(positions) == 1:
                        if following[positions[0]] in seconds:
                            found[0].append(positions[0])
                    else:
                        found[0].extend([p for p in positions if following[p] in seconds])
                else:
                    found[0].extend(positions)
                found[1][token] = bucket
        for positions, _ in out.values():
            positions.sort()
        return out
