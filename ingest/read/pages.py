"""Web pages: the main text by trafilatura (favouring precision), cut first to the
article's element on sites we know (``sites.yaml``), with title, date and site name
from the page's metadata. The BeautifulSoup reader in ``html.py`` is the fallback for
pages trafilatura finds nothing in (very short pages, odd markup).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

SITES_FILE = Path(__file__).with_name("sites.yaml")
MIN_MAIN_TEXT = 80  # characters; less than this and trafilatura missed the article


@lru_cache(maxsize=1)
def site_selectors() -> dict[str, str]:
    import yaml

    return (yaml.safe_load(SITES_FILE.read_text(encoding="utf-8")) or {}).get("sites") or {}


def selector_for(url: str | None) -> str | None:
    """The configured CSS selector for a page's host, also for its subdomains.

    >>> selector_for("https://evidence-kb.test/news/1.html")
    'div.story'
    >>> selector_for("https://www.evidence-kb.test/x"), selector_for(None)
    ('div.story', None)
    """
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    sites = site_selectors()
    while host:
        if host in sites:
            return sites[host]
        host = host.partition(".")[2] if "." in host else ""
    return None


def _page_url(soup) -> str | None:
    link = soup.find("link", rel="canonical")
    if link and link.get("href", "").startswith("http"):
        return link["href"]
    og = soup.find("meta", attrs={"property": "og:url"})
    if og and og.get("content", "").startswith("http"):
        return og["content"]
    return None


def read_page(markup: str, url: str | None = None) -> dict:
    """{"text", "title", "published", "site_name", "doi"} of an HTML page."""
    import trafilatura
    from bs4 import BeautifulSoup
    from trafilatura.deduplication import LRUCache

    from .html import html_to_text

    soup = BeautifulSoup(markup, "lxml")
    url = url or _page_url(soup)
    fallback = html_to_text(markup)
    meta = trafilatura.extract_metadata(markup, default_url=url)
    body = markup
    selector = selector_for(url)
    if selector:
        picked = soup.select(selector)
        if picked:
            # Keep the head (metadata) and only the configured element as the body.
            head = str(soup.head) if soup.head else ""
            body = f"<html>{head}<body>{''.join(str(p) for p in picked)}</body></html>"
    # (Duplicates counted within this page only: with deduplicate=True trafilatura counts text
    # segments across every call in the process, so the third page to repeat a line lost it,
    # and a page read twice, or by another --jobs worker, came out differently.)
    text = trafilatura.extract(body, url=url, favor_precision=True, include_tables=True,
                               include_comments=False, include_images=False, deduplicate=LRUCache(maxsize=4096),
                               output_format="txt") or ""
    if selector and body is not markup and len(text) < MIN_MAIN_TEXT:
        # Precision mode can refuse a short story even inside the right element: take it whole.
        text = html_to_text(body)["text"]
    if len(text) < MIN_MAIN_TEXT:
        text = fallback["text"]
    return {
        "text": text,
        "title": (meta.title if meta and meta.title else None) or fallback.get("title"),
        "published": (meta.date if meta and meta.date else None) or fallback.get("published"),
        "site_name": (meta.sitename if meta and meta.sitename else None) or fallback.get("site_name"),
        "doi": fallback.get("doi"),
        "url": url,
    }
