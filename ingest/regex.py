"""Two searches the extractor runs on every article, made quick with public ``re`` only.

>>> narrow = translator({0xFF08: "(", 0xFF09: ")"})
>>> narrow("（p）")
'(p)'
"""

from __future__ import annotations

import re


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
    pattern = re.compile(f"[{members}]")
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
    """A test of whether ``re.compile(pattern, flags).search(text)`` finds anything, quicker when
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
        whole = re.compile(pattern, flags)
        return lambda text: whole.search(text) is not None
    first, second = re.compile("|".join(caseless), flags), re.compile("|".join(rest), flags)
    return lambda text: first.search(text) is not None or second.search(text) is not None


def _special(ch: str) -> bool:
    return ch in "\\[(.^$*+?{|)"


_BACKREFERENCE = re.compile(r"\\[1-9]|\\g<")


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
