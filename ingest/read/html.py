"""HTML pages to text: the main article's text with its block structure, and the metadata.

Site furniture goes first (scripts, navigation, headers, footers, sidebars, forms), then
the article is the <article>/<main> element, or else the element holding the most
paragraph text. Blocks become lines, so the line-based cleaning in ``boilerplate`` and the
sentence splitter downstream see the same shape as a plain-text article.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside",
             "form", "button", "select", "svg", "iframe", "object", "embed")
DROP_HINT = re.compile(
    r"(^|[-_\s])(nav|navbar|menu|footer|foot|sidebar|side|breadcrumbs?|share|social|comments?|"
    r"related|recommend|copyright|banner|ads?|advert|toolbar|pagination|pager|prev|next|login|"
    r"subscribe|cookie)([-_\s]|$)", re.I)
BLOCKS = ("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li",
          "tr", "br", "table", "ul", "ol", "blockquote", "pre", "dd", "dt", "figcaption", "caption")


def _meta(soup, *names):
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if tag and tag.get("content", "").strip():
            return tag["content"].strip()
    return None


def _text_of(node) -> str:
    for br in node.find_all("br"):
        br.replace_with("\n")
    for block in node.find_all(BLOCKS):
        block.insert_before("\n")
        block.insert_after("\n")
    text = node.get_text()
    return "\n".join(re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n"))


def _main_node(soup):
    for selector in ("article", "main", "[role=main]", "#content", ".content", ".article", ".post"):
        node = soup.select_one(selector)
        if node and len(node.get_text(strip=True)) > 200:
            return node
    # The block with the most text in direct <p> children is the article body.
    best, best_len = soup.body or soup, 0
    for node in soup.find_all(["div", "section", "td"]):
        n = sum(len(p.get_text(strip=True)) for p in node.find_all("p", recursive=False))
        if n > best_len:
            best, best_len = node, n
    return best


def html_to_text(markup: str) -> dict:
    """Main text and metadata of a page.

    >>> page = "<html><head><title>T - Site</title></head><body><nav>Home</nav>"\\
    ...        "<article><h1>Headline</h1><p>First paragraph.</p></article></body></html>"
    >>> out = html_to_text(page)
    >>> out["text"].split("\\n"), out["title"]
    (['Headline', 'First paragraph.'], 'Headline')
    """
    soup = BeautifulSoup(markup, "lxml")
    meta = {
        "title": _meta(soup, "og:title", "citation_title", "twitter:title"),
        "site_name": _meta(soup, "og:site_name", "application-name"),
        "published": _meta(soup, "article:published_time", "citation_publication_date", "date",
                           "pubdate", "citation_date"),
        "doi": _meta(soup, "citation_doi", "dc.identifier", "DC.Identifier"),
    }
    h1 = soup.find("h1")
    page_title = soup.title.get_text(strip=True) if soup.title else None
    for tag in soup(DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.attrs is None:
            continue
        hint = " ".join([*(tag.get("class") or []), tag.get("id") or ""])
        if hint and DROP_HINT.search(hint) and tag.name not in ("body", "html", "article", "main"):
            tag.decompose()
    node = _main_node(soup)
    text = "\n".join(line for line in _text_of(node).split("\n") if line)
    title = meta["title"] or (h1.get_text(" ", strip=True) if h1 else None) or page_title
    return {"text": text, "title": title, **{k: v for k, v in meta.items() if k != "title"}}
