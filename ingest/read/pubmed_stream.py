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

import os
import zlib
from collections.abc import Iterator

from .errors import ReadError
from .xmltext import local

CHUNK_ARTICLES = 200
# An article larger than this is left out (a whole file is refused past 50 MB): one record of
# a million authors would otherwise make one chunk of hundreds of MB.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
SET_OPEN, SET_CLOSE = b"<PubmedArticleSet>", b"</PubmedArticleSet>"


def is_streamed(path: str, limit: int) -> bool:
    """A file read in chunks: gzipped (MEDLINE's own packaging), or a PubMed XML file too large
    to read whole (``limit`` bytes).

    >>> is_streamed("pubmed26n0001.xml.gz", 10), is_streamed("abstract.xml", 10**9), is_streamed("notes.txt.gz", 10)
    (True, False, False)
    """
    if path.lower().endswith(".xml.gz"):
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


class Gunzip:
    """A gzip stream read as the XML parser asks for it, which gives up every byte it could
    decompress before it says the stream is cut short (``gzip.GzipFile`` drops the last
    block's bytes with its error, and the parser the articles in them). Several gzip
    members one after another are one stream, as gzip reads them."""

    BLOCK = 1 << 16

    def __init__(self, raw):
        self.raw, self.inflate, self.pending = raw, zlib.decompressobj(31), b""
        self.ended = self.cut = False
        self.seen = 0  # (compressed bytes read: an empty file is empty, not cut short)

    def read(self, n: int = -1) -> bytes:
        while not self.ended and (n < 0 or len(self.pending) < n):
            block = self.raw.read(self.BLOCK)
            if not block:
                self.ended, self.cut = True, self.seen > 0 and not self.inflate.eof
                break
            self.seen += len(block)
            self.pending += self.inflate.decompress(block)
            while self.inflate.eof and self.inflate.unused_data:  # (the next member)
                rest, self.inflate = self.inflate.unused_data, zlib.decompressobj(31)
                self.pending += self.inflate.decompress(rest)
        out, self.pending = (self.pending, b"") if n < 0 else (self.pending[:n], self.pending[n:])
        if not out and self.cut:
            raise EOFError("the gzip stream ends before its end marker")
        return out

    def close(self) -> None:
        self.raw.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def pubmed_chunks(source, size: int | None = None) -> Iterator[bytes]:
    """``PubmedArticleSet`` documents of at most ``size`` articles each, in file order.

    ``source`` is a path (``.gz`` or plain XML) or a binary file object holding gzip data.
    Raises ``ReadError`` for a file that is not gzip, not well-formed or not a PubMed set;
    the chunks before the fault have been yielded by then.
    """
    from lxml import etree

    size = size or CHUNK_ARTICLES
    if isinstance(source, (str, os.PathLike)):
        try:
            raw = open(source, "rb")
        except OSError as e:
            raise ReadError(f"cannot read ({e.strerror or e})") from None
        stream = Gunzip(raw) if str(source).lower().endswith(".gz") else raw
    else:
        stream = Gunzip(source)
    batch: list[bytes] = []
    fault = None
    with stream:
        # (hostile input: no entities expanded, no DTD or network fetched, as parse_xml; a
        # malformed article is repaired where it can be, as a whole file is read)
        events = etree.iterparse(stream, events=("start", "end"), resolve_entities=False, no_network=True,
                                 load_dtd=False, huge_tree=False, remove_comments=True, recover=True)
        root = None
        try:
            for event, element in events:
                if root is None:
                    root = element
                    if local(root.tag) not in ("PubmedArticleSet", "PubmedArticle"):
                        raise ReadError("not a PubMed/MEDLINE XML set")
                    continue
                # Only the root's children are kept or dropped, each once it ends: an article is
                # copied, anything else (a book article, a DeleteCitation) is dropped, so memory
                # holds one chunk whatever the file holds.
                if event != "end" or element.getparent() is not root:
                    continue
                if local(element.tag) == "PubmedArticle":
                    copied = etree.tostring(element, with_tail=False)
                    if len(copied) <= MAX_ARTICLE_BYTES:
                        batch.append(copied)
                element.clear()
                while element.getprevious() is not None:
                    del root[0]
                if len(batch) >= size:
                    yield SET_OPEN + b"".join(batch) + SET_CLOSE
                    batch = []
            if root is not None and local(root.tag) == "PubmedArticle" and not batch:
                batch.append(etree.tostring(root, with_tail=False))  # (a file of one article, as its own root)
        except etree.XMLSyntaxError as e:
            reason = (str(e.msg or e).splitlines() or [""])[0]  # (one line: lxml's may hold a NUL's line break)
            fault = ReadError("empty file, no XML in it" if root is None and "no element found" in reason
                              else f"not well-formed XML ({reason})")
        except (OSError, EOFError, zlib.error) as e:
            fault = ReadError(f"not a readable gzip file ({e})")
    # The articles read before a fault are kept: the fault is raised after them.
    if batch:
        yield SET_OPEN + b"".join(batch) + SET_CLOSE
    if fault is not None:
        raise fault
