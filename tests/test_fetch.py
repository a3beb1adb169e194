"""evidence ingest of URLs, DOIs and PMIDs. HTTP is mocked with respx: no test touches
the network."""

import json
import sqlite3

import httpx
import pytest
import respx

from ingest.commands import ingest_paths
from ingest.fetch import MAX_FETCH_BYTES, USER_AGENT, cache_paths, fetch
from ingest.identifiers import CROSSREF, EFETCH
from ingest.read import ReadError
from tests.paths import FIXTURES

DOI = "10.1186/s13287-025-04312-7"
PAGE = ("<html><head><meta charset='utf-8'><title>Knee study</title>"
        "<meta property='og:site_name' content='Health Test News'></head><body><article><h1>干细胞治疗膝骨关节炎</h1>"
        "<p>本研究为单臂试验，共纳入40例膝骨关节炎患者，接受关节腔内注射自体脂肪间充质干细胞。</p>"
        "<p>WOMAC总分从基线的52.1 (±10.3) 降至12个月时的30.4 (±9.8) (p&lt;0.001)。</p></article></body></html>")
CROSSREF_WORK = {"message": {
    "DOI": DOI, "title": ["Combined cell therapy in spinal cord injury: nine years of outcomes"],
    "container-title": ["Stem Cell Research & Therapy"], "published": {"date-parts": [[2025, 5, 6]]},
    "author": [{"given": "Mohammad", "family": "Akhlaghpasand"}, {"given": "Roozbeh", "family": "Tavanaei"}],
}}


@pytest.fixture
def cache(tmp_path):
    return tmp_path / "cache"


@respx.mock
def test_url_is_fetched_once_with_our_user_agent_and_cached(tmp_path, cache):
    route = respx.get("https://news.example.test/a").mock(
        return_value=httpx.Response(200, text=PAGE, headers={"content-type": "text/html; charset=utf-8"}))
    db = tmp_path / "e.db"
    report = ingest_paths(["https://news.example.test/a"], db, cache_dir=cache)
    assert report.ingested == ["https://news.example.test/a"], report.failed
    assert route.call_count == 1
    assert route.calls[0].request.headers["user-agent"] == USER_AGENT
    conn = sqlite3.connect(db)
    assert conn.execute("select url, site_name, format from sources").fetchone() == (
        "https://news.example.test/a", "Health Test News", "html")
    # A forced re-ingest reads the cache: no second request.
    report = ingest_paths(["https://news.example.test/a"], db, cache_dir=cache, force=True)
    assert route.call_count == 1 and report.updated == ["https://news.example.test/a"]


@respx.mock
def test_redirects_are_followed(cache):
    respx.get("https://old.example.test/a").mock(
        return_value=httpx.Response(301, headers={"location": "https://new.example.test/a"}))
    respx.get("https://new.example.test/a").mock(return_value=httpx.Response(200, text=PAGE))
    body, meta = fetch("https://old.example.test/a", cache)
    assert meta["url"] == "https://new.example.test/a" and b"WOMAC" in body


class Endless(httpx.SyncByteStream):
    """A body with no content-length that never stops: the limit must cut it."""

    def __iter__(self):
        while True:
            yield b"x" * 65536


@respx.mock
@pytest.mark.parametrize("response, reason", [
    (httpx.Response(404), "HTTP 404"),
    (httpx.Response(200, stream=Endless()), "larger than"),
    (httpx.Response(200, content=b"x", headers={"content-length": str(MAX_FETCH_BYTES * 2)}), "too large"),
])
def test_bad_responses_are_clear_errors_and_leave_no_cache_entry(cache, response, reason):
    respx.get("https://bad.example.test/").mock(return_value=response)
    with pytest.raises(ReadError, match=reason):
        fetch("https://bad.example.test/", cache)
    body, meta = cache_paths(cache, "https://bad.example.test/")
    assert not body.exists() and not meta.exists()


@respx.mock
def test_timeout_is_a_clear_error(cache):
    respx.get("https://slow.example.test/").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(ReadError, match="timed out"):
        fetch("https://slow.example.test/", cache)


@respx.mock
def test_an_interrupted_fetch_leaves_no_partial_file(cache):
    class Broken(httpx.SyncByteStream):
        def __iter__(self):
            yield b"partial"
            raise httpx.ReadError("connection reset")

    respx.get("https://cut.example.test/").mock(return_value=httpx.Response(200, stream=Broken()))
    with pytest.raises(ReadError):
        fetch("https://cut.example.test/", cache)
    assert not any(p.is_file() for p in cache.rglob("*")) if cache.exists() else True


@respx.mock
def test_doi_fills_the_citation_from_crossref_and_joins_the_study(tmp_path, cache):
    respx.get(CROSSREF.format(DOI)).mock(return_value=httpx.Response(200, json=CROSSREF_WORK))
    db = tmp_path / "e.db"
    report = ingest_paths([FIXTURES / "sources" / "sci-abstract-en.txt", f"doi:{DOI}"], db, cache_dir=cache)
    assert not report.failed and report.merged == [f"doi:{DOI}"]
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from studies").fetchone()[0] == 1
    journal, year, authors = conn.execute("select journal, year, authors from studies").fetchone()
    # Crossref is the structured source: its citation wins over what the text says.
    assert (journal, year) == ("Stem Cell Research & Therapy", 2025)
    assert json.loads(authors) == ["Akhlaghpasand M", "Tavanaei R"]


@respx.mock
def test_pmid_is_fetched_from_eutilities_and_read_as_pubmed(tmp_path, cache):
    xml = (FIXTURES / "sources" / "pubmed-two.xml").read_text(encoding="utf-8")
    route = respx.get(EFETCH.format("99000011")).mock(return_value=httpx.Response(200, text=xml))
    db = tmp_path / "e.db"
    report = ingest_paths(["pmid:99000011"], db, cache_dir=cache)
    assert not report.failed and route.call_count == 1
    conn = sqlite3.connect(db)
    pmids = {r[0] for r in conn.execute("select pmid from studies")}
    assert "99000011" in pmids
    assert conn.execute("select design from studies where pmid = '99000011'").fetchone()[0] == "rct"


@respx.mock
def test_unknown_pmid_is_a_clear_error(tmp_path, cache):
    respx.get(EFETCH.format("1")).mock(return_value=httpx.Response(
        200, text="<?xml version='1.0'?><PubmedArticleSet></PubmedArticleSet>"))
    report = ingest_paths(["pmid:1"], tmp_path / "e.db", cache_dir=cache)
    assert report.failed and report.failed[0][0] == "pmid:1"
