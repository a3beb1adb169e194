"""What a structured source knows for certain, given to the record after extraction.

A JATS file's ``<article-meta>``, a PubMed record or Crossref name the paper's DOI, PMID,
title, journal, year and authors: those replace what the extractor read from the text.
PubMed's publication types ("Randomized Controlled Trial") give the design when the text
names none. A web page's ``citation_doi`` fills a DOI the text does not print.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

STRUCTURED = ("jats", "medline", "crossref")
PUBLICATION_TYPES = Path(__file__).parent / "vocab" / "publication_types.yaml"
CITATION_FIELDS = ("doi", "pmid", "title", "journal", "year", "authors")


@lru_cache(maxsize=1)
def publication_designs() -> dict[str, str]:
    import yaml

    return yaml.safe_load(PUBLICATION_TYPES.read_text(encoding="utf-8"))["publication_types"]


def design_from_publication_types(types) -> str | None:
    """The design the first design-naming publication type gives.

    >>> design_from_publication_types(["Journal Article", "Randomized Controlled Trial"])
    'rct'
    >>> design_from_publication_types(["Journal Article"]) is None
    True
    """
    table = publication_designs()
    for name in table:
        if name in (types or []):
            return table[name]
    return None


def apply_hints(record, document):
    """The record with the document's certain citation and design hint applied (in place)."""
    meta = document.metadata or {}
    citation = dict(meta.get("citation") or {})
    if meta.get("doi") and not citation.get("doi"):
        citation["doi"] = meta["doi"]
    structured = meta.get("format") in STRUCTURED
    for study in record.studies:
        c = study.citation
        for name in CITATION_FIELDS:
            value = citation.get(name)
            if value and (structured or not getattr(c, name)):
                setattr(c, name, value)
        if c.authors and (structured or not c.first_author):
            c.first_author = c.authors[0]
        if study.design is None:
            study.design = design_from_publication_types(citation.get("publication_types"))
    return record
