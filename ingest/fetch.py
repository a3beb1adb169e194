"""Fetch a URL for ingest: httpx with timeouts, a size limit, redirects, a user agent that
says who we are, and an on-disk cache so a re-ingest never fetches again.

A cache entry is two files named by the URL's hash: the body and its metadata (final
URL, content type). Each is written to a temporary file and renamed into place, the
metadata last, so an interrupted fetch leaves no entry that looks complete.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from . import __version__
from .read.errors import ReadError

USER_AGENT = f"evidence-kb/{__version__} (literature evidence knowledge base; python-httpx)"
MAX_FETCH_BYTES = 20 * 1024 * 1024
TIMEOUT_SECONDS = 20.0
MAX_REDIRECTS = 5


def cache_paths(cache_dir, url: str) -> tuple[Path, Path]:
    key = hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]
    base = Path(cache_dir) / key[:2] / key
    return base.with_suffix(".body"), base.with_suffix(".json")


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".part-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def cached(cache_dir, url: str) -> tuple[bytes, dict] | None:
    body, meta = cache_paths(cache_dir, url)
    if meta.exists() and body.exists():
        return body.read_bytes(), json.loads(meta.read_text(encoding="utf-8"))
    return None


def fetch(url: str, cache_dir, client=None, headers: dict | None = None) -> tuple[bytes, dict]:
    """(body, {"url": final url, "content_type", "charset"}) from the cache or the network.

    Raises ``ReadError`` naming the reason: a timeout, an HTTP status, a body over the
    size limit, too many redirects.
    """
    hit = cached(cache_dir, url)
    if hit is not None:
        return hit
    import httpx

    own = client is None
    client = client or httpx.Client(
        follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=httpx.Timeout(TIMEOUT_SECONDS, connect=10.0),
        headers={"User-Agent": USER_AGENT})
    try:
        with client.stream("GET", url, headers=headers or {}) as response:
            if response.status_code >= 400:
                raise ReadError(f"HTTP {response.status_code} from {response.url}")
            declared = int(response.headers.get("content-length") or 0)
            if declared > MAX_FETCH_BYTES:
                raise ReadError(f"response too large ({declared:,} bytes; the limit is {MAX_FETCH_BYTES:,})")
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_FETCH_BYTES:
                    raise ReadError(f"response larger than the limit of {MAX_FETCH_BYTES:,} bytes")
                chunks.append(chunk)
            body = b"".join(chunks)
            meta = {"url": str(response.url), "content_type": response.headers.get("content-type", ""),
                    "charset": response.charset_encoding}
    except httpx.TooManyRedirects:
        raise ReadError(f"more than {MAX_REDIRECTS} redirects") from None
    except httpx.TimeoutException:
        raise ReadError(f"timed out after {TIMEOUT_SECONDS:.0f} s") from None
    except httpx.HTTPError as e:
        raise ReadError(f"cannot fetch ({type(e).__name__}: {e})") from None
    finally:
        if own:
            client.close()
    body_path, meta_path = cache_paths(cache_dir, url)
    _write_atomically(body_path, body)
    _write_atomically(meta_path, json.dumps(meta).encode("utf-8"))
    return body, meta
