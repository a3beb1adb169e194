"""PubMed / MEDLINE XML (``PubmedArticleSet``): one file holds many articles.

Each ``<PubmedArticle>`` becomes its own Document (its own source): title, abstract with
its section labels, and a citation with PMID, DOI, journal, year, authors and the
publication types, which tell the design when the abstract does not name it.
"""

from __future__ import annotations

import hashlib

from .xmltext import local, text_of


def is_medline(root) -> bool:
    return local(root.tag) in ("PubmedArticleSet", "PubmedArticle")


def _article_text(article) -> tuple[str, str]:
    title = text_of(article.find(".//ArticleTitle"))
    lines = [title] if title else []
    for part in article.findall(".//Abstract/AbstractText"):
        label = part.get("Label")
        body = text_of(part)
        if body:
            lines.append(f"{label.capitalize() if label and label.isupper() else label}: {body}" if label else body)
    return title, "\n".join(lines)


def _year(article) -> int | None:
    for path in (".//Article/Journal/JournalIssue/PubDate/Year", ".//Article/ArticleDate/Year",
                 ".//Article/Journal/JournalIssue/PubDate/MedlineDate"):
        node = article.find(path)
        if node is not None and node.text and node.text.strip()[:4].isdigit():
            return int(node.text.strip()[:4])
    return None


def _authors(article) -> list[str]:
    out = []
    for a in article.findall(".//AuthorList/Author"):
        last = text_of(a.find("LastName"))
        initials = text_of(a.find("Initials"))
        if last:
            out.append(f"{last} {initials}".strip())
        elif a.find("CollectiveName") is not None:
            out.append(text_of(a.find("CollectiveName")))
    return out


def _canonical(article) -> bytes:
    """The article's canonical XML (its id is its digest), or, where lxml cannot make one (an
    entity it cannot serialise), its plain serialisation: the article is read, not lost."""
    from lxml import etree

    try:
        return etree.tostring(article, method="c14n")
    except (etree.C14NError, ValueError):
        return etree.tostring(article)


def read_medline(root) -> list[dict]:
    """One dict per article: text, title, published, citation, and the article's own sha256.

    >>> from ingest.read.xmltext import parse_xml
    >>> root = parse_xml(b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article>"
    ...     b"<ArticleTitle>T</ArticleTitle><PublicationTypeList><PublicationType>Randomized Controlled Trial"
    ...     b"</PublicationType></PublicationTypeList></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>")
    >>> [(a["citation"]["pmid"], a["citation"]["publication_types"]) for a in read_medline(root)]
    [('1', ['Randomized Controlled Trial'])]
    """

    articles = [root] if local(root.tag) == "PubmedArticle" else root.findall("PubmedArticle")
    out = []
    for article in articles:
        title, text = _article_text(article)
        pmid = text_of(article.find("MedlineCitation/PMID")) or None
        doi = None
        for aid in article.findall(".//PubmedData/ArticleIdList/ArticleId"):
            if aid.get("IdType") == "doi":
                doi = text_of(aid)
        if doi is None:
            for eid in article.findall(".//Article/ELocationID"):
                if eid.get("EIdType") == "doi":
                    doi = text_of(eid)
        registry = [text_of(a) for a in article.findall(".//DataBankList/DataBank/AccessionNumberList/AccessionNumber")]
        year = _year(article)
        out.append({
            "text": text, "title": title or None, "published": str(year) if year else None,
            # Each article is its own source: its id comes from its own XML, not the file's.
            "sha256": hashlib.sha256(_canonical(article)).hexdigest(),
            "part": pmid,
            "citation": {
                "title": title or None, "pmid": pmid, "doi": doi, "year": year,
                "journal": text_of(article.find(".//Article/Journal/Title")) or
                text_of(article.find(".//Article/Journal/ISOAbbreviation")) or None,
                "authors": _authors(article),
                "publication_types": [text_of(p) for p in article.findall(".//PublicationTypeList/PublicationType")],
                "registry_ids": registry,
            },
        })
    return out
