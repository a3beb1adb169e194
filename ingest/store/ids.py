"""Stable ids: the same facts always get the same key, so a re-ingest upserts in place."""

import hashlib


def stable_id(*parts) -> str:
    """A 16-hex-digit key from the parts' text.

    >>> stable_id("doi", "10.1186/s13287-025-04312-7") == stable_id("doi", "10.1186/s13287-025-04312-7")
    True
    >>> len(stable_id("x"))
    16
    """
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def study_key(citation, source_id: str, index: int) -> tuple:
    """What makes two records the same study: a DOI, else a PMID, else this source's nth study.

    >>> study_key({"doi": "10.1/ABC"}, "s1", 0)
    ('doi', '10.1/abc')
    >>> study_key({}, "s1", 2)
    ('source', 's1', 2)
    """
    doi = (citation.get("doi") or "").strip().lower()
    if doi:
        return ("doi", doi)
    pmid = (citation.get("pmid") or "").strip()
    if pmid:
        return ("pmid", pmid)
    return ("source", source_id, index)
