"""JATS / PMC full-text XML (``.nxml``): the article's text and its citation.

The text is laid out like a plain-text article: the title line, the abstract with each
section's label ("Methods: ..."), the body by section, tables as rows of ' | '-joined
cells, so the extractor reads it the same way. The citation (title, authors, journal,
year, DOI, PMID) comes from ``<article-meta>``, never from guessing in the text.
"""

from __future__ import annotations

from .xmltext import local, table_lines, text_of

SKIP_IN_BODY = {"ref-list", "fn-group", "ack", "glossary", "xref"}


def _first(root, path):
    found = root.xpath(path)
    return found[0] if found else None


def _paragraphs(node, out: list[str]) -> None:
    """Section titles, paragraphs and tables under ``node``, in document order."""
    for child in node:
        tag = local(child.tag)
        if tag in SKIP_IN_BODY:
            continue
        if tag in ("title", "label") and local(node.tag) in ("sec", "abstract", "table-wrap", "fig"):
            t = text_of(child)
            if t:
                out.append(t)
        elif tag == "p":
            t = text_of(child)
            if t:
                out.append(t)
        elif tag == "table":
            out.extend(table_lines(child))
        elif tag in ("caption",):
            _paragraphs(child, out)
        else:
            _paragraphs(child, out)


def _abstract_lines(abstract) -> list[str]:
    lines = []
    sections = [s for s in abstract if local(s.tag) == "sec"]
    if not sections:
        return [text_of(p) for p in abstract if local(p.tag) == "p" and text_of(p)]
    for sec in sections:
        title = text_of(_first(sec, "./*[local-name()='title']"))
        body = " ".join(text_of(p) for p in sec if local(p.tag) == "p")
        if body:
            lines.append(f"{title}: {body}" if title else body)
    return lines


def _authors(meta) -> list[str]:
    """'Surname Initials', the contract's author form."""
    out = []
    for name in meta.xpath(".//*[local-name()='contrib'][@contrib-type='author']/*[local-name()='name']"):
        surname = text_of(_first(name, "./*[local-name()='surname']"))
        given = text_of(_first(name, "./*[local-name()='given-names']"))
        initials = "".join(part[0] for part in given.replace("-", " ").split() if part[:1].isalpha())
        if surname:
            out.append(f"{surname} {initials}".strip())
    return out


def _year(meta) -> int | None:
    for kind in ("epub", "ppub", "pub", "collection", None):
        cond = f"[@pub-type='{kind}' or @date-type='{kind}']" if kind else ""
        y = meta.xpath(f"./*[local-name()='pub-date']{cond}/*[local-name()='year']/text()")
        if y and y[0].strip().isdigit():
            return int(y[0].strip())
    return None


def is_jats(root) -> bool:
    return local(root.tag) == "article" and bool(root.xpath("./*[local-name()='front']"))


def read_jats(root) -> dict:
    """{"text", "title", "published", "citation"} of a JATS ``<article>`` root.

    >>> from ingest.read.xmltext import parse_xml
    >>> root = parse_xml(b"<article><front><article-meta><article-id pub-id-type='doi'>10.1/x</article-id>"
    ...     b"<title-group><article-title>A trial</article-title></title-group></article-meta></front>"
    ...     b"<body><p>Forty patients.</p></body></article>")
    >>> out = read_jats(root); out["text"], out["citation"]["doi"]
    ('A trial\\nForty patients.', '10.1/x')
    """
    meta = _first(root, ".//*[local-name()='article-meta']")
    journal = _first(root, ".//*[local-name()='journal-meta']//*[local-name()='journal-title']")
    ids = {}
    if meta is not None:
        for aid in meta.xpath("./*[local-name()='article-id']"):
            ids[aid.get("pub-id-type")] = text_of(aid)
    title = text_of(_first(meta, ".//*[local-name()='title-group']/*[local-name()='article-title']")) \
        if meta is not None else ""
    lines = [title] if title else []
    if meta is not None:
        for abstract in meta.xpath("./*[local-name()='abstract']"):
            if abstract.get("abstract-type") in ("graphical", "teaser"):
                continue
            lines.extend(_abstract_lines(abstract))
    body = _first(root, "./*[local-name()='body']")
    if body is not None:
        _paragraphs(body, lines)
    for table in root.xpath("./*[local-name()='back']//*[local-name()='table']"):
        lines.extend(table_lines(table))
    year = _year(meta) if meta is not None else None
    citation = {
        "title": title or None, "doi": ids.get("doi"), "pmid": ids.get("pmid"),
        "journal": text_of(journal) or None, "year": year,
        "authors": _authors(meta) if meta is not None else [],
    }
    return {"text": "\n".join(lines), "title": title or None,
            "published": str(year) if year else None, "citation": citation}
