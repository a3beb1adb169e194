"""Every way a paper arrives: JATS, PubMed XML, PDF, web pages, odd encodings.

Each test reads a fixture written for it, and where it matters ingests it and checks
the database."""

import sqlite3

import pytest

from ingest.commands import extract_document, ingest_paths
from ingest.extract import extract
from ingest.read import ReadError, read_all, read_documents, read_path
from tests.paths import FIXTURES
from tests.pdfs import make_pdf

SOURCES = FIXTURES / "sources"
KNEE = ["Adipose stem cells for knee osteoarthritis",
        "This single-arm trial enrolled 40 patients with knee osteoarthritis, who received",
        "autologous adipose-derived mesenchymal stem cells.",
        "The WOMAC total score fell from 52.1 (+/-10.3) at baseline to 30.4 (+/-9.8) at 12 months (p<0.001)."]


def test_jats_gives_citation_abstract_sections_body_and_tables():
    doc = read_path(SOURCES / "sci-pmc.nxml")
    assert doc.metadata["format"] == "jats"
    lines = doc.text.split("\n")
    assert lines[0] == "Adipose stem cells for knee osteoarthritis: a single-arm trial"
    assert any(line.startswith("Methods: This single-arm trial enrolled 40") for line in lines)
    assert "WOMAC total | 52.1 | 30.4" in lines  # the table, as a row of text
    assert "doi:10.9999/other" not in doc.text  # the reference list is not the article
    c = extract_document(doc).studies[0].citation
    assert (c.doi, c.pmid, c.journal, c.year, c.authors) == (
        "10.5555/evkb.jats.001", "99000001", "Journal of Made-Up Cell Therapy", 2024, ["Doe JQ", "Roe R"])


def test_pubmed_file_is_many_sources_with_pmid_doi_and_design_from_publication_type(tmp_path):
    docs = read_documents(SOURCES / "pubmed-two.xml")
    assert [d.metadata["citation"]["pmid"] for d in docs] == ["99000011", "99000012"]
    assert len({d.sha256 for d in docs}) == 2
    # The text names no design; PubMed's publication type does.
    assert extract(docs[0]).studies[0].design is None
    first = extract_document(docs[0]).studies[0]
    assert (first.design, first.citation.doi, first.citation.pmid) == ("rct", "10.5555/evkb.pubmed.011", "99000011")
    db = tmp_path / "e.db"
    report = ingest_paths([SOURCES / "pubmed-two.xml"], db)
    assert len(report.ingested) == 2 and not report.failed
    conn = sqlite3.connect(db)
    rows = conn.execute("select part, format from sources order by part").fetchall()
    assert rows == [("99000011", "medline"), ("99000012", "medline")]
    assert conn.execute("select count(*) from studies").fetchone()[0] == 2
    assert conn.execute("select trial_ids from source_studies where doi is null").fetchone()[0] == '["NCT09990012"]'
    # Ingesting the file again changes nothing, and does not delete its sibling articles.
    again = ingest_paths([SOURCES / "pubmed-two.xml"], db)
    assert len(again.unchanged) == 2
    assert conn.execute("select count(*) from sources").fetchone()[0] == 2


def test_pdf_with_a_text_layer_is_read(tmp_path):
    pdf = tmp_path / "knee.pdf"
    pdf.write_bytes(make_pdf(KNEE, title="Adipose stem cells for knee osteoarthritis"))
    doc = read_path(pdf)
    assert doc.metadata["format"] == "pdf" and doc.title == "Adipose stem cells for knee osteoarthritis"
    assert "WOMAC total score fell from 52.1" in doc.text
    report = ingest_paths([pdf], tmp_path / "e.db")
    assert report.ingested == [str(pdf)]


def test_scanned_pdf_without_text_is_a_clear_error(tmp_path):
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(make_pdf([]))
    with pytest.raises(ReadError, match="scanned PDF without a text layer"):
        read_path(pdf)
    report = ingest_paths([pdf], tmp_path / "e.db")
    assert report.failed == [(str(pdf), "scanned PDF without a text layer (run OCR first, e.g. ocrmypdf)")]


PAGE = """<!doctype html><html><head><meta charset="gbk">
<title>干细胞治疗膝骨关节炎 - 健康新闻网</title>
<meta property="og:site_name" content="健康新闻网">
<meta property="article:published_time" content="2025-03-02T08:00:00+08:00">
<link rel="canonical" href="https://www.evidence-kb.test/news/1.html">
</head><body>
<div class="menu">首页 | 新闻 | 关于我们</div>
<div class="sidebar"><p>热门文章：别的研究纳入了999例患者，这里的数字不属于本文。</p></div>
<div class="story">
<h1>干细胞治疗膝骨关节炎一年随访</h1>
<p>本研究为单臂试验，共纳入40例膝骨关节炎患者，接受关节腔内注射自体脂肪间充质干细胞。</p>
<p>WOMAC总分从基线的52.1 (±10.3) 降至12个月时的30.4 (±9.8) (p&lt;0.001)。</p>
<p>不良事件包括关节肿胀(n=6, 15.0%)，无患者死亡。</p>
</div>
<div class="related"><p>相关阅读：另一项研究纳入了888例患者。</p></div>
</body></html>"""


def test_html_page_main_text_metadata_and_site_selector(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.encode("gbk"))
    doc = read_path(path)
    assert doc.encoding == "gb18030"
    assert "WOMAC总分从基线的52.1" in doc.text
    assert "999" not in doc.text and "888" not in doc.text and "首页" not in doc.text
    assert doc.site_name == "健康新闻网"
    assert doc.published.startswith("2025-03-02")
    assert "干细胞治疗膝骨关节炎" in doc.title
    ingest_paths([path], tmp_path / "e.db")
    conn = sqlite3.connect(tmp_path / "e.db")
    assert conn.execute("select encoding, format, site_name from sources").fetchone() == ("gb18030", "html", "健康新闻网")


ARTICLE = "本研究共纳入106例脊髓损伤患者，接受许旺细胞治疗。ASIA运动评分从基线的40.7提高到12个月时的43.3。\n" * 3


@pytest.mark.parametrize("raw, encoding", [
    (ARTICLE.encode("gbk"), "gb18030"),
    ("本研究共納入106例脊髓損傷患者，接受許旺細胞治療，運動評分明顯改善。\n".encode("big5") * 5, "big5hkscs"),
    (ARTICLE.encode("utf-8").decode("latin-1").encode("utf-8"), "utf-8+ftfy"),  # mojibake
    (b'<html><head><meta charset="gb2312"></head><body><p>' + ARTICLE.encode("gbk") + b"</p></body></html>", "gb18030"),
])
def test_encodings_are_detected_repaired_and_stored(tmp_path, raw, encoding):
    doc = read_all(raw, path="a.html" if raw.startswith(b"<html") else "a.txt")[0]
    assert doc.encoding == encoding
    assert "脊髓" in doc.text and "106" in doc.text
    assert "\ufffd" not in doc.text and "è" not in doc.text


def test_detected_encoding_is_stored_in_sources(tmp_path):
    path = tmp_path / "mojibake.txt"
    path.write_bytes(ARTICLE.encode("utf-8").decode("latin-1").encode("utf-8"))
    ingest_paths([path], tmp_path / "e.db")
    conn = sqlite3.connect(tmp_path / "e.db")
    assert conn.execute("select encoding from sources").fetchone()[0] == "utf-8+ftfy"
    assert conn.execute("select enrolled from studies").fetchone()[0] == 106


def test_xml_that_is_neither_jats_nor_pubmed_is_an_error(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text("<?xml version='1.0'?><rss><channel><title>x</title></channel></rss>")
    with pytest.raises(ReadError, match="neither JATS nor PubMed"):
        read_path(path)


def test_extract_prints_one_record_per_article_of_a_pubmed_file():
    import io
    import json

    from ingest.commands import extract_command

    out = io.StringIO()
    assert extract_command([str(SOURCES / "pubmed-two.xml")], out=out) == 0
    decoder, text, records, i = json.JSONDecoder(), out.getvalue(), [], 0
    while text[i:].strip():
        record, i = decoder.raw_decode(text, i)
        records.append(record)
        i += 1
    assert [r["studies"][0]["citation"]["pmid"] for r in records] == ["99000011", "99000012"]


def test_a_web_page_reads_the_same_however_many_pages_came_before(tmp_path):
    # trafilatura's deduplication counted text across every page a process read: the third
    # page repeating a line lost it, so a page's text depended on what was read before it, and
    # --jobs 2 stored other quotes than --jobs 1.
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Knee trial 15</title></head><body><article><h1>Stem cells for knee "
                    "osteoarthritis: trial 15</h1><p>" + " ".join(KNEE[1:3]) + "</p><p>" + KNEE[3] + "</p>"
                    "<p>No serious adverse events occurred during the twelve months of follow-up.</p>"
                    "</article></body></html>", encoding="utf-8")
    first = read_path(page).text
    for _ in range(4):
        assert read_path(page).text == first
