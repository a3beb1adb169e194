"""Compiled regular expressions that survive between processes.

``evidence extract`` runs once per article, and parsing and compiling this package's ~100
patterns costs ~50 ms each time: more than the whole start-up budget. ``rx()`` is
``re.compile()`` with the compiler's output (the SRE program CPython builds from a
pattern) kept in a cache file, so later processes skip the parser and compiler. The
cache is keyed by the interpreter's version and regex engine magic; anything unexpected
falls back to ``re.compile``, so correctness never depends on the cache.

The file is written with ``marshal`` (built in: no ``pickle`` to import), each
program as one marshalled blob with its code words packed as bytes, so loading the file
copies bytes instead of building tens of thousands of integers, and a program is
unpacked only when its pattern is used (the file also holds the patterns other
commands and the tests compile).

Modules import ``re`` from here too (``from ..regex import re``): the flags they pass to
``rx`` at import time are plain numbers here, so ``evidence extract`` never imports the
``re`` package itself (with ``enum``, ``functools`` and ``collections`` behind it:
~25 M instructions, a tenth of a short article's run). Any other name (``re.sub``,
``re.escape``) imports the real module on first use.

>>> rx(r"p\\s*<\\s*(\\d*\\.\\d+)", re.I).search("P < .05").group(1)
'.05'
>>> re.I | re.X, re.escape("1+1")
(66, '1\\\\+1')
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys

import _sre

_TAG = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
_PATH = os.path.join(os.path.dirname(__file__), "__pycache__", f"regex-{_TAG}.marshal")
# How a program's code words are packed: C unsigned ints of the engine's code size.
_WORD = {2: "H", 4: "I", 8: "Q"}.get(_sre.CODESIZE, "I")


class _ReWithoutImport:
    """``re``'s flags as numbers and its ``escape``; every other attribute from the real
    ``re``, imported then."""

    A = ASCII = 256
    I = IGNORECASE = 2
    L = LOCALE = 4
    M = MULTILINE = 8
    S = DOTALL = 16
    U = UNICODE = 32
    X = VERBOSE = 64

    @staticmethod
    def escape(pattern):
        """``re.escape``: the extractors build patterns around words they find."""
        if isinstance(pattern, str):
            return pattern.translate(_SPECIAL)
        return str(pattern, "latin1").translate(_SPECIAL).encode("latin1")

    def __getattr__(self, name):
        import re as real

        return getattr(real, name)

    def __repr__(self):
        return "<re, imported on first use of more than its flags and escape>"


# What re.escape puts a backslash before (Python 3.7+).
_SPECIAL = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


re = _ReWithoutImport()
_cache: dict | None = None
_dirty = False
_patterns: dict = {}  # this process's compiled patterns, so rx() inside a function is cheap
# The file keeps at most this many programs: patterns built from an article's own words
# (an abbreviation it defines) would otherwise pile up, and every run loads the file.
# Each program carries the number of the last save by a process that used it; the
# programs unused for longest go first.
MAX_PROGRAMS = 600
_saves = 0  # how many times the file was written, as read from it
_last_used: dict = {}  # key -> the save that last used it


def _stamp() -> str:
    """This file's size and time: the programs in the cache are built by its code, so a
    cache written by another version of it is not used."""
    st = os.stat(__file__)
    return f"{st.st_size}:{st.st_mtime_ns}"


def _load() -> dict:
    """{(pattern, flags): marshalled (flags, code bytes, groups, groupindex, indexgroup)}."""
    global _cache, _saves, _last_used
    if _cache is None:
        try:
            with open(_PATH, "rb") as f:
                stamp, _saves, _cache, _last_used = marshal.loads(f.read())  # not marshal.load(f): piece by piece
            if stamp != _stamp() or not isinstance(_cache, dict) or not isinstance(_last_used, dict):
                raise ValueError("another version")
        except (OSError, EOFError, ValueError, TypeError):
            _cache, _saves, _last_used = {}, 0, {}
    return _cache


def _parts(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands to ``_sre.compile``, computed the same way, with
    the code packed as bytes."""
    from array import array

    try:  # Python 3.11+
        from re import _compiler as _sre_compile, _parser as _sre_parse
    except ImportError:  # Python 3.10
        import sre_compile as _sre_compile
        import sre_parse as _sre_parse

    p = _sre_parse.parse(pattern, flags)
    code = _skipping(p, flags, _sre_compile)
    if code is None:
        tree = _guarded(p, flags, _sre_parse, _sre_compile) or p
        code = _sre_compile._code(tree, flags)
    code = array(_WORD, [int(op) for op in code]).tobytes()  # opcodes are int subclasses
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | p.state.flags, code, p.state.groups - 1, dict(groupindex), tuple(indexgroup)


def _guarded(p, flags: int, parser, compiler):
    """The parsed pattern ``p`` behind a look-ahead at the characters its matches can
    start with, or None where that would not help or is not certain. (Used where
    ``_skipping`` cannot put those characters in the info block.)

    A pattern whose matches begin with a fixed prefix or a set of characters without
    case is searched by the engine skipping ahead in C. Any other (most of ours: a
    look-behind first, or words matched ignoring case) is tried whole at every position
    of the text, every alternative in turn. ``(?=[first characters])`` in front, with
    the same flags, rejects most positions with one test and changes no match: it is
    zero-width, holds no group, and every match starts with one of those characters.
    The time, count and value patterns ran two to three times faster. Patterns that can
    match empty text, or whose first character is open (``.``, ``[^...]``, a group
    reference, flags set inside), stay as they are.
    """
    from re import _constants as c

    found = _start_set(p, flags, compiler, c, c.SRE_FLAG_LOCALE)
    if found is None:
        return None
    guard = (c.ASSERT, (1, parser.SubPattern(p.state, [(c.IN, sorted(found))])))
    return parser.SubPattern(p.state, [guard, *p.data])


def _start_set(p, flags: int, compiler, c, refused: int) -> set | None:
    """The characters every match of the parsed pattern ``p`` starts with, when knowing them
    can help: not when ``refused`` flags are set, the pattern can match empty text, or the
    engine already skips ahead to a literal prefix or a character set."""
    flags |= p.state.flags
    if flags & refused or p.getwidth()[0] == 0:
        return None
    if compiler._get_literal_prefix(p, flags)[0] or compiler._get_charset_prefix(p, flags):
        return None  # the engine skips ahead already
    found = _first_characters(p.data, c)
    if found is None or found[1] or not found[0]:
        return None
    return found[0]


def _skipping(p, flags: int, compiler) -> list | None:
    """The program of the parsed pattern ``p`` with the characters its matches start with
    in its info block, so the engine skips, in C, to where one stands; or None.

    This is the look-ahead of ``_guarded`` done by the engine's own search loop, which
    tries the pattern only where the text holds one of those characters, and never
    otherwise: the info block is read only by a search, not by ``match``. The engine
    compares the text's characters as they are, so a pattern matched ignoring case gets
    every character whose lower case is one of its first characters' (``I`` and ``İ``
    for ``i``), found by the engine's own lower-casing; where that set is not certain (a
    range of letters, ``\\w``), the look-ahead is used instead.
    """
    from re import _constants as c

    flags |= p.state.flags
    if not isinstance(p.state.str, str):
        return None
    found = _start_set(p, flags, compiler, c, c.SRE_FLAG_LOCALE | c.SRE_FLAG_ASCII)
    if found is None:
        return None
    items = _as_written(found, c) if flags & c.SRE_FLAG_IGNORECASE else sorted(found)
    if items is None:
        return None
    code = compiler._code(p, flags)
    if code[0] is not c.INFO or code[2] != 0:
        return None
    charset, _ = compiler._optimize_charset(items)
    info = [c.INFO, 0, c.SRE_INFO_CHARSET, code[3], code[4]]
    compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info + code[1 + code[1]:]


_lowered_from: dict | None = None  # character -> the characters whose lower case it is


def _as_written(items, c) -> list | None:
    """Class items matched ignoring case, as the set of characters a text may hold there."""
    global _lowered_from
    from re._casefix import _EXTRA_CASES

    lower, cased = _sre.unicode_tolower, _sre.unicode_iscased
    out = []
    for op, av in items:
        if op is c.CATEGORY and av in (c.CATEGORY_DIGIT, c.CATEGORY_SPACE):
            out.append((op, av))  # no character of these has a case
            continue
        if op is c.RANGE and not any(map(cased, range(av[0], av[1] + 1))):
            out.append((op, av))
            continue
        if op is c.RANGE and av[1] - av[0] < 256:
            chars = range(av[0], av[1] + 1)
        elif op is c.LITERAL:
            chars = (av,)
        else:
            return None  # \w and the like, a wide range of letters: not certain enough
        for ch in chars:
            if not cased(ch):
                out.append((c.LITERAL, ch))
                continue
            if _lowered_from is None:
                _lowered_from = {}
                for y in range(0x110000):
                    z = lower(y)
                    if z != y:
                        _lowered_from.setdefault(z, []).append(y)
            lo = lower(ch)
            for target in (lo, *_EXTRA_CASES.get(lo, ())):
                if lower(target) == target:
                    out.append((c.LITERAL, target))
                out.extend((c.LITERAL, y) for y in _lowered_from.get(target, ()))
    return sorted(set(out))


def _first_characters(items, c) -> tuple[set, bool] | None:
    """(the character-class items a match of this sequence can start with, whether it can
    match empty), or None when any character could start it."""
    found: set = set()
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: the next item starts the match
        if op is c.LITERAL:
            found.add((op, av))
            return found, False
        if op is c.IN:
            if any(o is c.NEGATE for o, _ in av):
                return None
            found.update(av)
            return found, False
        if op is c.SUBPATTERN or op is c.ATOMIC_GROUP:
            if op is c.SUBPATTERN and (av[1] or av[2]):
                return None  # flags set inside the group
            inner = _first_characters((av[3] if op is c.SUBPATTERN else av).data, c)
        elif op is c.BRANCH:
            inner, empty = set(), False
            for alternative in av[1]:
                each = _first_characters(alternative.data, c)
                if each is None:
                    return None
                inner |= each[0]
                empty = empty or each[1]
            inner = (inner, empty)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if av[1] == 0:
                continue  # x{0}: matches nothing
            inner = _first_characters(av[2].data, c)
            if inner is not None and av[0] == 0:
                inner = (inner[0], True)
        else:  # any character, a group reference, a conditional: open
            return None
        if inner is None:
            return None
        found |= inner[0]
        if not inner[1]:
            return found, False
    return found, True


def rx(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, served from the cross-process cache when possible.

    Calling it inside a function, ``rx(r"\\d+").findall(text)``, costs a dictionary look-up
    after the first call, like ``re.findall`` does with ``re``'s own cache.
    """
    key = (pattern, int(flags))
    compiled = _patterns.get(key)
    if compiled is None:
        compiled = _patterns[key] = _compile(pattern, key[1])
    return compiled


def _compile(pattern: str, flags: int) -> re.Pattern:
    global _dirty
    cache = _load()
    key = (pattern, flags)
    packed = cache.get(key)
    _used.append(key)
    try:
        if packed is None:
            parts = _parts(pattern, flags)
            cache[key] = marshal.dumps(parts)
            _dirty = True
        else:
            parts = marshal.loads(packed)
        final_flags, code, groups, groupindex, indexgroup = parts
        return _sre.compile(pattern, final_flags, memoryview(code).cast(_WORD).tolist(), groups, groupindex,
                            indexgroup)
    except Exception:  # an interpreter whose internals differ, or a damaged entry: the ordinary way
        import re as real

        cache.pop(key, None)
        return real.compile(pattern, flags)


_used: list = []  # the keys this process compiled


@atexit.register
def _save() -> None:
    """Write the file when this process compiled a pattern it did not hold: with this
    process's patterns marked as used by this save, and no more than MAX_PROGRAMS."""
    if not _dirty or _cache is None:
        return
    saves = _saves + 1
    last_used = {key: _last_used.get(key, 0) for key in _cache}
    for key in _used:
        if key in last_used:
            last_used[key] = saves
    cache = _cache
    if len(cache) > MAX_PROGRAMS:
        kept = sorted(last_used, key=last_used.__getitem__, reverse=True)[:MAX_PROGRAMS]
        cache = {key: _cache[key] for key in kept}
        last_used = {key: last_used[key] for key in kept}
    try:
        os.makedirs(os.path.dirname(_PATH), exist_ok=True)
        tmp = f"{_PATH}.{os.getpid()}.tmp"
        with open(tmp, "wb") as f:
            f.write(marshal.dumps((_stamp(), saves, cache, last_used)))
        os.replace(tmp, _PATH)
    except (OSError, ValueError):
        pass  # read-only install: compile every time, as re does


def translator(table: dict):
    """``str.translate`` with ``table``, quick on text that holds few of its characters.

    ``str.translate`` looks every character of a non-ASCII text up in the table, and
    each miss raises and clears a KeyError inside CPython: ~0.4 ms for a 6,000-character
    Chinese article, however few characters change. This finds the characters that do
    change with one regex search (in C) and replaces just those; a text where many
    change (a traditional Chinese one, under the simplification table) is translated
    as before. The result is always ``text.translate(table)``.

    >>> narrow = translator({0xFF08: "(", 0xFF09: ")", 0x3000: " "})
    >>> narrow("Ｐ值（p）　均"), narrow("unchanged")
    ('Ｐ值(p) 均', 'unchanged')
    """
    chars = {}
    for key, value in table.items():
        key = chr(key) if isinstance(key, int) else key
        chars[key] = "" if value is None else chr(value) if isinstance(value, int) else value
    if not chars:
        return lambda text: text
    members = "".join("\\" + c if c in "\\]^-[" else c for c in sorted(chars))
    pattern = rx(f"[{members}]")
    replace = chars.__getitem__

    def translate(text: str) -> str:
        found = pattern.findall(text)
        if not found:
            return text
        if len(found) * 8 < len(text):
            return pattern.sub(lambda m: replace(m.group()), text)
        return text.translate(table)

    return translate


def found_anywhere(pattern: str, flags: int = 0):
    """A test of whether ``rx(pattern, flags).search(text)`` finds anything, quicker when
    the pattern is a long alternation mixing Chinese phrases with other words.

    The regex engine tries every alternative at every position of the text. Alternatives
    that open with a character without letter case (a Chinese one) let it skip, in C, to
    where one of those characters stands, but only when all of a pattern's alternatives
    do. So the top-level alternatives are split into those and the rest, each compiled
    on its own: the text holds a match of the whole pattern exactly when it holds one of
    a part. The search of other work in every sentence (``Context.is_other_work``) took
    a sixth of the time. Patterns the split could change (inline flags, backreferences,
    verbose) are searched whole.

    >>> other = found_anywhere(r"未来|今后|\\bfuture\\b|\\bshould be\\b", re.I)
    >>> other("今后的研究"), other("The Future is"), other("futures")
    (True, True, False)
    """
    parts = _top_level_alternatives(pattern)
    caseless = [p for p in parts if p[:1] and not _special(p[0]) and p[0].lower() == p[0].upper() and not p[0].isascii()]
    rest = [p for p in parts if p not in caseless]
    if (len(parts) < 2 or not caseless or not rest or flags & re.X or "(?P=" in pattern
            or any(p.startswith("(?") and p[2:3] in "aiLmsux" and p[2:3] for p in parts)
            or _BACKREFERENCE.search(pattern)):
        whole = rx(pattern, flags)
        return lambda text: whole.search(text) is not None
    first, second = rx("|".join(caseless), flags), rx("|".join(rest), flags)
    return lambda text: first.search(text) is not None or second.search(text) is not None


def _special(ch: str) -> bool:
    return ch in "\\[(.^$*+?{|)"


_BACKREFERENCE = rx(r"\\[1-9]|\\g<")


def _top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` cut at the ``|`` that stand outside groups and character classes.

    >>> _top_level_alternatives(r"a|(b|c)|[|]|\\||d")
    ['a', '(b|c)', '[|]', '\\\\|', 'd']
    """
    parts, start, depth, i, n = [], 0, 0, 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: "]" right after "[" or "[^" is a member, not its end
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts if "|".join(parts) == pattern else [pattern]
