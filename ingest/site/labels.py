"""How a study is named on the comparison pages."""

from __future__ import annotations


def study_label(study: dict) -> str:
    """'Li 2024', else the title cut to 60 characters.

    >>> study_label({"first_author": "Zhang W", "year": 2024}), study_label({"title": "x" * 70})[-1]
    ('Zhang W 2024', '…')
    """
    author, year = study.get("first_author"), study.get("year")
    if author:
        return f"{author} {year}" if year else author
    title = (study.get("title") or study.get("id") or "?").strip()
    return title if len(title) <= 60 else title[:59] + "…"
