"""Papers and registry records named by identifier or URL: ``doi:10...``, ``pmid:123``,
``NCT01234567`` (or ``nct:NCT01234567``), ``https://...``.

A DOI is looked up in Crossref (title, journal, year, authors, and the abstract when
the publisher deposited one); a PMID is fetched from NCBI E-utilities as PubMed XML,
which the MEDLINE reader reads, abstract included; an NCT id is fetched from the
ClinicalTrials.gov API (v2) as the study's JSON record, which the registry reader reads;
a URL is fetched and read like a file.
"""

from __future__ import annotations

import hashlib
import json
import re
from urllib.parse import quote

from .fetch import fetch
from .read import Document, ReadError, read_all

CROSSREF = "https://api.crossref.org/works/{}"
EFETCH = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/efetch.fcgi?db=pubmed&id={}&retmode=xml"
DOI_URL = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)(10\.\d{4,9}/\S+)$", re.I)
PMID = re.compile(r"^pmid:\s*(\d{1,9})$", re.I)
CTGOV = "https://clinicaltrials.gov/api/v2/studies/{}"
NCT_TARGET = re.compile(r"(?:nct:\s*)?(NCT[0-9]{8})", re.I)


def is_remote(target: str) -> bool:
    """A target that is not a file: a URL, ``doi:`` or ``pmid:``.

    >>> is_remote("doi:10.1186/x"), is_remote("pmid:40325467"), is_remote("https://a.test/"), is_remote("a.txt")
    (True, True, True, False)
    >>> is_remote("NCT01234567"), is_remote("nct:NCT01234567"), is_remote("NCT0123")
    (True, True, False)
    """
    t = target.strip()
    return bool(DOI_URL.match(t) or PMID.match(t) or NCT_TARGET.fullmatch(t) or re.match(r"^https?://", t, re.I))


def _crossref_document(doi: str, raw: bytes) -> Document:
    try:
        work = json.loads(raw)["message"]
    except (ValueError, KeyError):
        raise ReadError("Crossref answered something that is not a work record") from None
    title = " ".join(work.get("title") or []).strip() or None
    abstract = re.sub(r"<[^>]+>", " ", work.get("abstract") or "")
    abstract = re.sub(r"[ \t]+", " ", abstract).strip()
    year = None
    for key in ("published", "published-print", "published-online", "issued"):
        parts = (work.get(key) or {}).get("date-parts") or [[None]]
        if parts and parts[0] and parts[0][0]:
            year = int(parts[0][0])
            break
    authors = []
    for a in work.get("author") or []:
        given = a.get("given") or ""
        initials = "".join(p[0] for p in given.replace("-", " ").split() if p[:1].isalpha())
        if a.get("family"):
            authors.append(f"{a['family']} {initials}".strip())
    citation = {"doi": (work.get("DOI") or doi).lower(), "title": title,
                "journal": " ".join(work.get("container-title") or []) or None, "year": year, "authors": authors}
    text = "\n".join(x for x in (title, abstract) if x)
    if not text:
        raise ReadError(f"Crossref has no title for {doi}")
    return Document(text=text, url=f"https://doi.org/{doi}", title=title, encoding="utf-8",
                    sha256=hashlib.sha256(raw).hexdigest(), published=str(year) if year else None,
                    site_name="Crossref", metadata={"format": "crossref", "citation": citation})


def fetch_documents(target: str, cache_dir, client=None) -> list[Document]:
    """The Documents a remote target names; ``ReadError`` with the reason when it fails."""
    t = target.strip()
    m = DOI_URL.match(t)
    if m:
        doi = m.group(1).rstrip(".,;")
        raw, _ = fetch(CROSSREF.format(quote(doi, safe="/")), cache_dir, client)
        return [_crossref_document(doi, raw)]
    m = NCT_TARGET.fullmatch(t)
    if m:
        nct = m.group(1).upper()
        raw, _ = fetch(CTGOV.format(nct), cache_dir, client)
        docs = read_all(raw, path=f"{nct}.json", url=f"https://clinicaltrials.gov/study/{nct}")
        if not any(d.metadata.get("nct") == nct for d in docs):
            raise ReadError(f"ClinicalTrials.gov has no record {nct}")
        for d in docs:
            d.path = None
        return docs
    m = PMID.match(t)
    if m:
        raw, meta = fetch(EFETCH.format(m.group(1)), cache_dir, client)
        docs = read_all(raw, url=f"https://pubmed.ncbi.nlm.nih.gov/{m.group(1)}/")
        if not any((d.metadata.get("citation") or {}).get("pmid") == m.group(1) for d in docs):
            raise ReadError(f"PubMed has no record {m.group(1)}")
        return docs
    raw, meta = fetch(t, cache_dir, client)
    content_type = (meta.get("content_type") or "").lower()
    path = None
    if "pdf" in content_type:
        path = "download.pdf"
    docs = read_all(raw, path=path, url=meta.get("url") or t, declared_charset=meta.get("charset"))
    for d in docs:
        d.path = None
        d.url = meta.get("url") or t
    return docs
