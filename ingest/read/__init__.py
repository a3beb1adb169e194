"""Read: bytes from a file into ``Document``s (text, title, language, encoding, sha256).

One module per kind of source; nothing here knows about studies. The kind is told by
the content first (``%PDF-``, a ``PubmedArticleSet``, a JATS ``<article>``, an HTML page)
and the suffix second. Heavy parsers (lxml, trafilatura, pdfminer, ftfy) are imported by
the reader that needs them, so reading a plain-text article stays fast.
"""

from __future__ import annotations

import os
from hashlib import sha256

from .boilerplate import clean_lines, pick_title
from .decode import decode
from .document import Document
from .errors import ReadError

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
TEXT_SUFFIXES = (".txt", ".text", ".md", "")
XML_SUFFIXES = (".xml", ".nxml")
MAX_BYTES = 50 * 1024 * 1024


def kind_of(raw: bytes, suffix: str) -> str:
    """'pdf', 'xml', 'json', 'html' or 'text', by content first, then by suffix.

    >>> kind_of(b"%PDF-1.4", ".txt"), kind_of(b"<?xml version='1.0'?><article>", ""), kind_of(b"plain", ".txt")
    ('pdf', 'xml', 'text')
    >>> kind_of(b'{"protocolSection": {}}', ""), kind_of(b"{not json", ".txt")
    ('json', 'text')
    """
    if raw[:5] == b"%PDF-" or (suffix == ".pdf" and b"%PDF-" in raw[:1024]):
        return "pdf"
    head = raw[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head[:1] == b"{" and (suffix == ".json" or b'"protocolsection"' in head or b'"studies"' in head[:200]):
        return "json"
    if suffix in XML_SUFFIXES or head.startswith(b"<?xml") or head.startswith((b"<pubmedarticle", b"<article")):
        if b"<html" not in head[:500] and b"<!doctype html" not in head[:500]:
            return "xml"
    if suffix in TEXT_SUFFIXES[:3]:
        return "text"
    return "html" if suffix in HTML_SUFFIXES or b"<html" in head or b"<!doctype html" in head \
        or b"<body" in raw[:5000].lower() else "text"


def _document(text: str, raw_sha: str, encoding: str | None, meta: dict, path=None, url=None) -> Document:
    lines = clean_lines(text)
    if not lines:
        raise ReadError("no text")
    title = meta.pop("title", None) or pick_title(lines)
    return Document(
        text="\n".join(lines), path=path, url=url, title=title, encoding=encoding, sha256=raw_sha,
        site_name=meta.pop("site_name", None), published=meta.pop("published", None),
        metadata={k: v for k, v in meta.items() if v},
    )


def _registry_documents(raw: bytes, sha: str, path=None, url=None) -> list[Document]:
    """A ClinicalTrials.gov record (API v2), or a search answer holding several."""
    import json

    from .registry import is_ctgov, read_ctgov

    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ReadError("not valid JSON") from None
    found = [data] if is_ctgov(data) else [d for d in (data.get("studies") or []) if is_ctgov(d)] \
        if isinstance(data, dict) and isinstance(data.get("studies"), list) else []
    if not found:
        raise ReadError("JSON that is not a ClinicalTrials.gov study record")
    docs = []
    for record in found:
        try:
            read = read_ctgov(record)
        except (TypeError, AttributeError, ValueError, RecursionError):
            # (a field of a type the API never gives: no guess at what it meant)
            raise ReadError("ClinicalTrials.gov record with fields of unexpected types") from None
        registry = read["registry"]
        # (each record of a search answer is its own source: its own bytes' digest, its part)
        own = sha if len(found) == 1 else sha256(json.dumps(record, sort_keys=True).encode("utf-8")).hexdigest()
        docs.append(Document(text=read["text"], path=path, url=url, title=read["title"], language="en",
                             encoding="utf-8", sha256=own, published=read["published"],
                             metadata={"format": "ctgov", "registry": registry, "nct": registry["id"],
                                       **({"part": registry["id"]} if len(found) > 1 else {})}))
    return docs


def read_all(raw: bytes, path: str | None = None, url: str | None = None,
             declared_charset: str | None = None) -> list[Document]:
    """Every article in raw bytes: one for most files, one per record in a MEDLINE set."""
    sha = sha256(raw).hexdigest()
    suffix = os.path.splitext(path or (url or "").split("?")[0])[1].lower()
    kind = kind_of(raw, suffix)
    if kind == "pdf":
        from .pdf import read_pdf

        meta = read_pdf(raw)
        return [_document(meta.pop("text"), sha, None, {**meta, "format": "pdf"}, path, url)]
    if kind == "json":
        return _registry_documents(raw, sha, path, url)
    if kind == "xml":
        from .jats import is_jats, read_jats
        from .medline import is_medline, read_medline
        from .xmltext import parse_xml

        _, encoding = decode(raw, declared_charset)
        root = parse_xml(raw)
        if is_medline(root):
            docs = []
            for art in read_medline(root):
                text, art_sha = art.pop("text"), art.pop("sha256")
                if not text.strip():
                    continue
                docs.append(_document(text, art_sha, encoding, {**art, "format": "medline"}, path, url))
            if not docs:
                raise ReadError("no article with text in this PubMed file")
            return docs
        if is_jats(root):
            meta = read_jats(root)
            return [_document(meta.pop("text"), sha, encoding, {**meta, "format": "jats"}, path, url)]
        if suffix in XML_SUFFIXES:
            raise ReadError("XML that is neither JATS nor PubMed")
        kind = "text"
    text, encoding = decode(raw, declared_charset)
    meta: dict = {"format": kind}
    if kind == "html":
        from .pages import read_page

        meta.update(read_page(text, url))
        url = meta.pop("url", None) if not url else url
        meta.pop("url", None)
        text = meta.pop("text")
    return [_document(text, sha, encoding, meta, path, url)]


def read_bytes(raw: bytes, path: str | None = None, url: str | None = None,
               declared_charset: str | None = None) -> Document:
    """The one Document in raw bytes (the first, for a PubMed file of several)."""
    return read_all(raw, path, url, declared_charset)[0]


def _raw(path) -> bytes:
    try:
        if os.path.isdir(path):
            raise ReadError("is a folder")
        size = os.stat(path).st_size
        if size > MAX_BYTES:
            raise ReadError(f"file too large ({size // (1024 * 1024)} MB; the limit is 50 MB)")
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except PermissionError:
        raise ReadError("permission denied") from None
    except IsADirectoryError:
        raise ReadError("is a folder") from None
    except OSError as e:
        raise ReadError(f"cannot read ({e.strerror or e})") from None


def read_documents(path) -> list[Document]:
    """Every article in one file. Raises ``ReadError`` with a short reason for bad input."""
    return read_all(_raw(path), path=str(path))


def read_path(path) -> Document:
    """Read one article file. Raises ``ReadError`` with a short reason for bad input."""
    return read_documents(path)[0]


__all__ = ["Document", "ReadError", "read_all", "read_bytes", "read_documents", "read_path"]
