"""Read: bytes from a file into a ``Document`` (text, title, language, encoding, sha256).

One module per kind of source; nothing here knows about studies.
"""

from __future__ import annotations

import os

try:  # the built-in SHA-256, without hashlib's OpenSSL start-up (3 ms of `evidence extract`)
    from _sha2 import sha256  # Python 3.12+
except ImportError:
    try:
        from _sha256 import sha256  # Python 3.11
    except ImportError:
        from hashlib import sha256

from .boilerplate import clean_lines, pick_title
from .decode import decode
from .document import Document
from .errors import ReadError

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
TEXT_SUFFIXES = (".txt", ".text", ".md", "")
MAX_BYTES = 50 * 1024 * 1024


def read_bytes(raw: bytes, path: str | None = None, url: str | None = None,
               declared_charset: str | None = None) -> Document:
    """A Document from raw bytes; the kind is told by the path's suffix or the content."""
    text, encoding = decode(raw, declared_charset)
    suffix = os.path.splitext(path or url or "")[1].lower()
    meta = {}
    looks_html = text.lstrip()[:1000].lower().startswith(("<!doctype html", "<html")) or "<body" in text[:5000].lower()
    if suffix in HTML_SUFFIXES or (suffix not in (".txt", ".text") and looks_html):
        from .html import html_to_text
        meta = html_to_text(text)
        text = meta.pop("text")
    lines = clean_lines(text)
    if not lines:
        raise ReadError("no text")
    title = meta.pop("title", None) or pick_title(lines)
    return Document(
        text="\n".join(lines), path=path, url=url, title=title, encoding=encoding,
        sha256=sha256(raw).hexdigest(), site_name=meta.pop("site_name", None),
        published=meta.pop("published", None), metadata={k: v for k, v in meta.items() if v},
    )


def read_path(path) -> Document:
    """Read one article file. Raises ``ReadError`` with a short reason for bad input."""
    try:
        if os.path.isdir(path):
            raise ReadError("is a folder")
        size = os.stat(path).st_size
        if size > MAX_BYTES:
            raise ReadError(f"file too large ({size // (1024 * 1024)} MB; the limit is 50 MB)")
        with open(path, "rb") as f:
            raw = f.read()
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except PermissionError:
        raise ReadError("permission denied") from None
    except IsADirectoryError:
        raise ReadError("is a folder") from None
    except OSError as e:
        raise ReadError(f"cannot read ({e.strerror or e})") from None
    if str(path).lower().endswith(".pdf") or raw[:5] == b"%PDF-":
        raise ReadError("PDF is not supported yet")
    return read_bytes(raw, path=str(path))


__all__ = ["Document", "ReadError", "read_bytes", "read_path"]
