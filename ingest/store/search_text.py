"""Text for the full-text index, and queries cut the same way.

SQLite's ``unicode61`` tokenizer keeps a run of Han characters as one token, so 脊髓 would
never match 脊髓损伤. We index every run of Han characters as its overlapping bigrams and
turn a query into a phrase of the same bigrams: 脊髓损伤 -> "脊髓 髓损 损伤". English words
go through FTS5's porter stemmer, so "injuries" finds "injury".
"""

import re

HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
QUERY_TERM = re.compile(r'"[^"]*"|\S+')
WORD = re.compile(r"[^\W_]+", re.UNICODE)


def han_bigrams(run: str) -> str:
    """Overlapping bigrams of one run of Han characters.

    >>> han_bigrams("脊髓损伤")
    '脊髓 髓损 损伤'
    >>> han_bigrams("髓")
    '髓'
    """
    if len(run) < 2:
        return run
    return " ".join(run[i : i + 2] for i in range(len(run) - 1))


def index_text(text: str) -> str:
    """Text as stored in the index: Han runs as bigrams, the rest as it is.

    >>> index_text("许旺细胞(Schwann cells)")
    ' 许旺 旺细 细胞 (Schwann cells)'
    """
    return HAN_RUN.sub(lambda m: " " + han_bigrams(m.group()) + " ", text or "").rstrip()


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression for what a user typed: every term must occur (AND).

    Each Han run becomes a phrase of bigrams (one character: a prefix match); each other
    word is quoted, so FTS syntax in user input is never interpreted. ``None`` when the
    query holds nothing searchable.

    >>> fts_query("脊髓")
    '"脊髓"'
    >>> fts_query("spinal cord injury")
    '"spinal" "cord" "injury"'
    >>> fts_query('许旺细胞 OR "x')
    '"许旺 旺细 细胞" "OR" "x"'
    >>> fts_query("髓")
    '"髓" *'
    >>> fts_query("  ") is None
    True
    """
    parts = []
    for term in QUERY_TERM.findall(query or ""):
        for piece in re.split(r"(" + HAN_RUN.pattern + r")", term.strip('"')):
            if not piece:
                continue
            if HAN_RUN.fullmatch(piece):
                phrase = '"' + han_bigrams(piece) + '"'
                parts.append(phrase + " *" if len(piece) == 1 else phrase)
            else:
                parts.extend('"' + w + '"' for w in WORD.findall(piece))
    return " ".join(parts) or None


def match_expressions(query: str) -> list[str]:
    """FTS5 MATCH expressions for what the user typed: simplified first, then as typed.

    The index is meant to hold simplified text, so a traditional query is simplified;
    the query as typed is also tried, so an article stored in traditional characters
    still matches a traditional query.

    >>> match_expressions("脊髓損傷")
    ['"脊髓 髓损 损伤"', '"脊髓 髓損 損傷"']
    >>> match_expressions("Schwann")
    ['"Schwann"']
    >>> match_expressions("  ")
    []
    """
    out = []
    from ..vocab.chinese import to_simplified

    for text in (to_simplified(query or ""), query or ""):
        expression = fts_query(text)
        if expression and expression not in out:
            out.append(expression)
    return out
