"""Marking text for HTML: escape first, then mark, so article text never becomes markup.

>>> mark_quote("a <b> c", "<b>")
'a <mark id="quote">&lt;b&gt;</mark> c'
>>> snippet_html("…\\x02脊髓\\x03 髓损 损伤 <i>…")
'…<mark>脊髓</mark>损伤 &lt;i&gt;…'

Text from an article is hostile input: every piece is passed through ``html.escape``
and only the ``<mark>`` tags added here are markup.
"""

from __future__ import annotations

import html
import re

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# FTS5 snippet() is asked to wrap matches in these control characters: they survive
# html.escape untouched, and a pair becomes <mark>; a stray one is dropped.
OPEN, CLOSE = "\x02", "\x03"
MARKED = re.compile(OPEN + "([^" + OPEN + CLOSE + "]*)" + CLOSE + "|[" + OPEN + CLOSE + "]")
SPACE = re.compile(r"\s+")


def find_span(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` occurs in ``text``; spacing differences are forgiven.

    >>> find_span("one two  three", "two three")
    (4, 14)
    >>> find_span("abc", "x") is None, find_span("abc", "") is None
    (True, True)
    """
    if not text or not quote or not quote.strip():
        return None
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    words = quote.split()
    pattern = r"\s*".join(re.escape(w) for w in words)
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None


def mark_quote(text: str, quote: str | None) -> str:
    """The whole text, escaped, with the quote's first occurrence in ``<mark id="quote">``.

    >>> mark_quote("x <script>", None)
    'x &lt;script&gt;'
    """
    span = find_span(text or "", quote or "")
    if span is None:
        return html.escape(text or "")
    a, b = span
    return (html.escape(text[:a]) + '<mark id="quote">' + html.escape(text[a:b]) + "</mark>"
            + html.escape(text[b:]))


def _segments(snippet: str) -> list[tuple[str, bool]]:
    """(text, marked) pieces of an FTS5 snippet made with OPEN/CLOSE."""
    out, at = [], 0
    for m in MARKED.finditer(snippet):
        if m.start() > at:
            out.append((snippet[at:m.start()], False))
        if m.group(1) is not None:
            out.append((m.group(1), True))
        at = m.end()
    if at < len(snippet):
        out.append((snippet[at:], False))
    return out


def _is_han_pair(token: str) -> bool:
    return len(token) == 2 and all(HAN.match(c) for c in token)


def snippet_html(snippet: str) -> str:
    """An FTS5 snippet of the bigram index as safe, readable HTML.

    The index holds Han text as overlapping bigrams (脊髓 髓损 损伤); they are joined
    back (脊髓损伤) so the snippet reads as written. Matches become ``<mark>``.

    >>> snippet_html("\\x02Schwann\\x03 \\x02cells\\x03 <script>alert(1)</script>")
    '<mark>Schwann</mark> <mark>cells</mark> &lt;script&gt;alert(1)&lt;/script&gt;'
    >>> snippet_html("许旺 旺细 \\x02细胞\\x03 x")
    '许旺<mark>细胞</mark> x'
    >>> snippet_html("…性脊 \\x02脊髓\\x03 髓损…")
    '…性<mark>脊髓</mark>损…'
    """
    # Tokens with their mark flag; a Han run is a list of [char, marked].
    items: list = []
    for text, marked in _segments(snippet or ""):
        for token in re.split(r"(\s+|…)", text):
            if not token:
                continue
            if token.isspace():
                items.append(" ")
                continue
            last = items[-2] if len(items) >= 2 and items[-1] == " " else None
            if _is_han_pair(token) and isinstance(last, list) and last[-1][0] == token[0]:
                items.pop()  # the space between two bigrams of one run
                last[-1][1] = last[-1][1] or marked
                last.append([token[1], marked])
            elif _is_han_pair(token):
                items.append([[token[0], marked], [token[1], marked]])
            else:
                items.append((token, marked))
    out = []
    for item in items:
        if item == " ":
            out.append(" ")
        elif isinstance(item, list):
            run = ""
            for char, marked in item:
                run += (OPEN if marked else "") + char + (CLOSE if marked else "")
            out.append(run)
        else:
            token, marked = item
            out.append(OPEN + token + CLOSE if marked else token)
    text = SPACE.sub(" ", "".join(out)).strip()
    text = text.replace(CLOSE + OPEN, "")  # adjacent marked characters: one mark
    escaped = html.escape(text)
    return escaped.replace(OPEN, "<mark>").replace(CLOSE, "</mark>")


def text_snippet(text: str, terms: list[str], width: int = 50, simplify=None) -> str | None:
    """HTML for the article text around the first term found, every term marked; None
    when no term occurs as written (the study matched on a name in another language or
    a stemmed word: the index's own snippet then says why).

    >>> text_snippet("Before. The <b>spinal</b> cord was injured. After.", ["spinal", "cord"], width=10)
    '…e. The &lt;b&gt;<mark>spinal</mark>&lt;/b&gt; <mark>cord</mark> …'
    >>> text_snippet("nothing here", ["spinal"]) is None
    True

    ``simplify`` maps the text character for character (traditional to simplified), so
    a simplified query finds traditional text and the snippet still shows it as written.
    """
    words = [t for t in dict.fromkeys(w.strip('"') for w in terms) if t.strip()]
    if not text or not words:
        return None
    haystack = simplify(text) if simplify else text
    if len(haystack) != len(text):
        haystack = text
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)
    first = pattern.search(haystack)
    if first is None:
        return None
    start, end = max(0, first.start() - width), min(len(text), first.end() + width)
    out, at = [], start
    for m in pattern.finditer(haystack, start, end):
        out.append(html.escape(text[at:m.start()]))
        out.append("<mark>" + html.escape(text[m.start():m.end()]) + "</mark>")
        at = m.end()
    out.append(html.escape(text[at:end]))
    body = SPACE.sub(" ", "".join(out))
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")
