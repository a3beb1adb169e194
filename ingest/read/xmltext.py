"""Helpers shared by the XML readers (JATS, MEDLINE): text of an element, tables as text.

lxml is imported by the readers that call these, never on the plain-text path.
"""

from __future__ import annotations

import re


def local(tag) -> str:
    """A tag without its namespace: '{http://...}title' -> 'title'.

    >>> local("{http://www.w3.org/1998/Math/MathML}math"), local("p")
    ('math', 'p')
    """
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def text_of(node) -> str:
    """All the text under ``node`` on one line, whitespace collapsed; None-safe."""
    if node is None:
        return ""
    return re.sub(r"\s+", " ", "".join(node.itertext())).strip()


def table_lines(table) -> list[str]:
    """A table as lines of text, one per row, cells joined with ' | '.

    The extractor reads sentences; a row 'ASIA motor score | 40.7 ± 17 | 43.3 ± 15.9'
    keeps the numbers next to their label, which is what it needs.
    """
    lines = []
    for row in table.iter():
        if local(row.tag) != "tr":
            continue
        cells = [text_of(c) for c in row if local(c.tag) in ("td", "th")]
        if any(cells):
            lines.append(" | ".join(cells))
    return lines


def parse_xml(raw: bytes):
    """An lxml root from bytes, without network access or entity expansion (hostile input)."""
    from lxml import etree

    from .errors import ReadError

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False,
                             remove_comments=True, load_dtd=False)
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as e:
        raise ReadError(f"not well-formed XML ({e.msg})") from None
    if root is None:
        raise ReadError("not well-formed XML")
    return root
