"""Cheap tests that let a search be skipped where its pattern cannot match.

Python's ``re`` tries a pattern at every offset of a text unless the pattern opens on a
plain character or character class; a case-insensitive pattern that opens on a word pays
that for every character of every text it is asked of, and most texts hold none of the
words it needs. ``str.lower`` and ``in`` tell that in C, at a small part of the cost.
A caller tests for words every match must contain, so a text the test turns away holds no
match: the result is the same with or without the test.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Under re.IGNORECASE an ASCII letter also matches "İ" and "ı" (i) and "ſ" (s), which
# str.lower() leaves as other characters; they are made the letters first. (The Kelvin
# sign, which matches k, str.lower() makes k itself.)
_ODD_CASES = str.maketrans("İıſ", "iis")


@lru_cache(maxsize=64)  # (an article's text is asked again for each name looked for in it)
def lowered(text: str) -> str:
    """``text`` in lower case, with every character re.IGNORECASE takes for an ASCII letter
    made that letter, so a word a case-insensitive pattern needs is found in it with ``in``.

    >>> lowered("VACCINE İmmunıſation")
    'vaccine immunisation'
    """
    # (str.translate looks up every character of a non-ASCII text: only where one is there.)
    if text.isascii() or not ("İ" in text or "ı" in text or "ſ" in text):
        return text.lower()
    return text.translate(_ODD_CASES).lower()


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` (lower case) in any case, as re.IGNORECASE
    reads it.

    >>> holds_any("Adverse EVENTS were rare", ("event", "death")), holds_any("None died", ("event",))
    (True, False)
    """
    low = lowered(text)
    return any(w in low for w in words)


def word_spans(text: str, word: str, before: re.Pattern, after: re.Pattern):
    r"""Where ``word`` stands in ``text`` in any case (as re.IGNORECASE reads it), with
    ``before`` matching right at its start (its look-behinds) and ``after`` right after it: the
    spans, without overlap. For a word known only at run time (an article's arm): no pattern is
    compiled for it, a compile costs more than the search; and the patterns are tried only where
    the word stands, found by ``str.find``, not at every offset.

    >>> import re
    >>> list(word_spans("Placebo, no placebo, the placebo arm", "placebo", re.compile("(?<!no )"), re.compile("(?: arm)?")))
    [(0, 7), (25, 36)]
    >>> list(word_spans("Placebo, no placebo, PLACEBOS", "placebo", re.compile("(?<!no )"), re.compile("s?", re.I)))
    [(0, 7), (21, 29)]
    >>> whole = re.compile(r"(?<![\w-])"), re.compile(r"(?![\w-])")
    >>> [list(word_spans(t, "erenumab", *whole)) for t in ("70-mg erenumab", "erenumab-like", "ERENUMAB")]
    [[(6, 14)], [], [(0, 8)]]
    >>> list(word_spans("Placebo plus drug K; the placebo arm", "placebo", whole[0], re.compile(r"(?!\s+plus\b)(?:\s+arm)?\b")))
    [(25, 36)]
    """
    low, word = lowered(text), word.lower()
    at, free = low.find(word), 0
    while at >= 0:
        if at >= free and before.match(text, at) and (m := after.match(text, at + len(word))):
            yield at, m.end()
            free = m.end()
        at = low.find(word, at + 1)


def ascii_without(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` is ASCII and holds none of ``words`` (lower case) in any case.

    Such a text holds no match of a pattern every match of which needs a non-ASCII
    character (a Chinese word) or one of ``words``: the search can be skipped, with the
    same result. (``str.isascii`` is a flag CPython keeps; ``in`` runs in C.)

    >>> ascii_without("No events", ("adverse",)), ascii_without("ADVERSE events", ("adverse",))
    (True, False)
    >>> ascii_without("不良事件", ("adverse",))
    False
    """
    if not text.isascii():
        return False
    low = lowered(text)
    for w in words:  # (a loop, not any() over a generator: this is asked ~50 times a sentence)
        if w in low:
            return False
    return True
