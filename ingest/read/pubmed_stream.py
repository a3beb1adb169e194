"""MEDLINE baseline files streamed: ``pubmed26n0001.xml.gz`` holds ~30,000 articles (about
200 MB of XML), more than one article's reader should hold at once.

The file is parsed incrementally (lxml's ``iterparse`` on the gzip stream); every
``chunk`` articles are cut out as a small ``PubmedArticleSet`` of their own, which the
ordinary reader (``read_all``) turns into Documents, so an article read from a chunk is
the same source, with the same id, as the same article read from a whole file. Each
article's element is dropped once copied: memory stays at one chunk, whatever the size
of the file.

>>> import gzip, io
>>> xml = b"<PubmedArticleSet>" + b"".join(
...     b"<PubmedArticle><MedlineCitation><PMID>%d</PMID></MedlineCitation></PubmedArticle>" % i
...     for i in range(5)) + b"</PubmedArticleSet>"
>>> [c.count(b"<PMID>") for c in pubmed_chunks(io.BytesIO(gzip.compress(xml)), size=2)]
[2, 2, 1]
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterator

from .errors import ReadError

CHUNK_ARTICLES = 200
SET_OPEN, SET_CLOSE = b"<PubmedArticleSet>", b"</PubmedArticleSet>"


def is_streamed(path: str, limit: int) -> bool:
    """A file read in chunks: gzipped (MEDLINE's own packaging), or a PubMed XML file too large
    to read whole (``limit`` bytes).

    >>> is_streamed("pubmed26n0001.xml.gz", 10), is_streamed("abstract.xml", 10**9)
    (True, False)
    """
    if path.lower().endswith(".gz"):
        return True
    if not path.lower().endswith(".xml"):
        return False
    try:
        if os.path.getsize(path) <= limit:
            return False
        with open(path, "rb") as f:
            return b"<PubmedArticleSet" in f.read(4096)
    except OSError:
        return False


def pubmed_chunks(source, size: int | None = None) -> Iterator[bytes]:
    """``PubmedArticleSet`` documents of at most ``size`` articles each, in file order.

    ``source`` is a path (``.gz`` or plain XML) or a binary file object holding gzip data.
    Raises ``ReadError`` for a file that is not gzip, not well-formed or not a PubMed set;
    the chunks before the fault have been yielded by then.
    """
    from lxml import etree

    size = size or CHUNK_ARTICLES
    if isinstance(source, (str, os.PathLike)):
        opener = gzip.open if str(source).lower().endswith(".gz") else open
        try:
            stream = opener(source, "rb")
        except OSError as e:
            raise ReadError(f"cannot read ({e.strerror or e})") from None
    else:
        stream = gzip.GzipFile(fileobj=source, mode="rb")
    batch: list[bytes] = []
    with stream:
        # (hostile input: no entities expanded, no DTD or network fetched, as parse_xml)
        events = etree.iterparse(stream, events=("start", "end"), resolve_entities=False, no_network=True,
                                 load_dtd=False, huge_tree=False, remove_comments=True)
        try:
            root_seen = False
            for event, element in events:
                if not root_seen:
                    root_seen = True
                    if element.tag != "PubmedArticleSet":
                        raise ReadError("a gzipped file that is not a PubMed/MEDLINE XML set")
                    continue
                if event != "end" or element.tag != "PubmedArticle":
                    continue
                batch.append(etree.tostring(element, with_tail=False))
                # The copied article and everything before it is dropped from the tree.
                element.clear()
                parent = element.getparent()
                while element.getprevious() is not None:
                    del parent[0]
                if len(batch) >= size:
                    yield SET_OPEN + b"".join(batch) + SET_CLOSE
                    batch = []
        except etree.XMLSyntaxError as e:
            raise ReadError(f"not well-formed XML ({e.msg})") from None
        except (OSError, EOFError, zlib.error) as e:  # gzip.BadGzipFile is an OSError
            raise ReadError(f"not a readable gzip file ({e})") from None
    if batch:
        yield SET_OPEN + b"".join(batch) + SET_CLOSE
