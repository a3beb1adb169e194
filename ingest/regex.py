"""``str.translate`` made quick on text that holds few of a table's characters.

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
