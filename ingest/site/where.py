"""The conditions of a where clause Datasette's table view wrote, as the plugins that
rewrite a page's statements read them (``plugins/counted_facets.py``, ``plugins/search.py``)."""

from __future__ import annotations


def top_level_conditions(where: str) -> list[str] | None:
    """The conditions ``where`` joins with " and " outside parentheses and quotes.

    >>> top_level_conditions('"design" = :p0 and [id] in (select a from b where x and y)')
    ['"design" = :p0', '[id] in (select a from b where x and y)']
    >>> top_level_conditions("a = ') and (' and b") is None
    True
    """
    if "'" in where:
        return None  # (quoted literals: not a page Datasette's filters wrote)
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(where):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0 and where.startswith(" and ", i):
            parts.append(where[start:i])
            start = i + 5
    parts.append(where[start:])
    return [p.strip() for p in parts]
