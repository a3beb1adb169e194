"""Serving with Datasette: pages, facets, search, the study page, escaping, metadata."""

from __future__ import annotations

import sqlite3
import urllib.parse

import pytest
from bs4 import BeautifulSoup
from conftest import SCI_DOI, SCI_SENTENCES, load_metadata

STUDY_TABLES = ("sources", "studies", "study_sources", "interventions", "groups",
                "measurements", "effects", "adverse_events")
SEARCHES = ("脊髓损伤", "许旺细胞", "脊髓", "Schwann", "spinal cord injury")


def q(text: str) -> str:
    return urllib.parse.quote(text)


def soup_of(response):
    assert response.status_code == 200, response.text[:500]
    return BeautifulSoup(response.text, "html.parser")


@pytest.fixture(scope="module")
def sci_id(study_ids):
    return study_ids["sci"]


@pytest.fixture(scope="module")
def study_page(client, sci_id):
    return soup_of(client.get(f"/evidence/studies/{sci_id}"))


@pytest.fixture(scope="module")
def hostile_page(client, study_ids):
    response = client.get(f"/evidence/studies/{study_ids['hostile']}")
    assert response.status_code == 200
    return response.text


# ---------------------------------------------------------------- every page answers


@pytest.mark.parametrize("path", [
    "/", "/evidence", "/evidence/studies", "/evidence/measurements", "/evidence/studies/{sci}",
    "/.json", "/evidence.json", "/evidence/studies.json", "/evidence/measurements.json",
    "/evidence/studies/{sci}.json",
    "/evidence/sources", "/evidence/effects", "/evidence/adverse_events",
    "/evidence/interventions", "/evidence/groups", "/evidence/study_sources",
])
def test_pages_answer(client, sci_id, path):
    response = client.get(path.format(sci=sci_id))
    assert response.status_code == 200, response.text[:500]


def test_hidden_tables(client):
    data = client.get("/evidence.json").json()
    hidden = {t["name"] for t in data["tables"] if t["hidden"]}
    assert {"search_index", "_sqlite_migrations"} <= hidden
    shown = {t["name"] for t in data["tables"] if not t["hidden"]}
    assert set(STUDY_TABLES) <= shown


def test_index_page_has_title_and_description(client):
    page = soup_of(client.get("/"))
    assert page.find("h1").get_text(strip=True) == "Evidence KB"
    assert "sentence" in page.get_text()


# ---------------------------------------------------------------- facets


def test_studies_facets(client):
    data = client.get("/evidence/studies.json").json()
    facets = data["facet_results"]
    assert {"design", "condition", "interventions", "language"} <= set(facets)
    interventions = {r["value"] for r in facets["interventions"]["results"]}
    assert {"mesenchymal stem cells", "Schwann cells"} <= interventions
    assert facets["interventions"]["type"] == "array"
    assert "single_arm_trial" in {r["value"] for r in facets["design"]["results"]}


def test_measurements_facets(client):
    facets = client.get("/evidence/measurements.json").json()["facet_results"]
    assert {"measure", "group_name", "time_label"} <= set(facets)
    assert {"baseline", "12 months"} <= {r["value"] for r in facets["time_label"]["results"]}


def test_array_facet_filters(client, sci_id):
    data = client.get("/evidence/studies.json?interventions__arraycontains=Schwann+cells").json()
    assert [r[0] for r in data["rows"]] == [sci_id]


# ---------------------------------------------------------------- search


def test_builtin_search_does_not_claim_search_index(client):
    # Datasette's own search only works for tables with a detected FTS table; it must
    # find none for studies, or it would add a second, whole-phrase MATCH.
    data = client.get("/evidence/studies.json?_search=x").json()
    sql = data["query"]["sql"]
    assert "escape_fts" not in sql
    assert sql.count(" match ") == 1 and "from search_index where search_index match" in sql


def search_ids(client, path, term):
    data = client.get(f"{path}.json?_search={q(term)}&_shape=objects").json()
    return data["rows"]


@pytest.mark.parametrize("term", SEARCHES)
def test_search_finds_study_json(client, sci_id, term):
    rows = search_ids(client, "/evidence/studies", term)
    assert [r["id"] for r in rows] == [sci_id]


@pytest.mark.parametrize("term", SEARCHES)
def test_search_finds_study_html(client, sci_id, term):
    page = soup_of(client.get(f"/evidence/studies?_search={q(term)}"))
    box = page.find("input", attrs={"name": "_search"})
    assert box is not None and box["value"] == term
    links = {a["href"] for a in page.select("table.rows-and-columns a[href]")}
    assert any(href.endswith(f"/evidence/studies/{sci_id}") for href in links)
    assert "1 row" in page.find("h3").get_text()


def test_search_box_without_query(client):
    page = soup_of(client.get("/evidence/studies"))
    box = page.find("input", attrs={"name": "_search"})
    assert box is not None and box.get("value", "") == ""
    assert len(page.find_all("input", attrs={"name": "_search"})) == 1


def test_search_keeps_other_arguments(client):
    page = soup_of(client.get("/evidence/studies?design=single_arm_trial&_search=x"))
    form = page.find("input", attrs={"name": "_search"}).find_parent("form")
    hidden = {(i["name"], i["value"]) for i in form.find_all("input", attrs={"type": "hidden"})}
    assert ("design", "single_arm_trial") in hidden


def test_search_misses(client):
    assert search_ids(client, "/evidence/studies", "osteoporosis") == []
    assert search_ids(client, "/evidence/studies", "肝硬化") == []
    # Nothing searchable in the query: nothing matches (and nothing breaks).
    assert search_ids(client, "/evidence/studies", '"" OR * (') == []


def test_empty_search_shows_all(client, study_ids):
    assert len(search_ids(client, "/evidence/studies", "")) == len(study_ids)


def test_search_is_and_of_terms(client, sci_id):
    assert [r["id"] for r in search_ids(client, "/evidence/studies", "脊髓 Schwann")] == [sci_id]
    assert search_ids(client, "/evidence/studies", "脊髓 knee") == []


def test_search_stems_english(client, sci_id):
    assert [r["id"] for r in search_ids(client, "/evidence/studies", "spinal cord injuries")] == [sci_id]


def test_traditional_query_finds_simplified_text(client, sci_id):
    assert [r["id"] for r in search_ids(client, "/evidence/studies", "脊髓損傷")] == [sci_id]
    assert [r["id"] for r in search_ids(client, "/evidence/studies", "許旺細胞")] == [sci_id]


def test_traditional_query_finds_traditional_text(client, study_ids):
    assert [r["id"] for r in search_ids(client, "/evidence/studies", "心臟衰竭")] == [study_ids["hant"]]


def test_simplified_query_finds_traditional_text(client, study_ids):
    assert [r["id"] for r in search_ids(client, "/evidence/studies", "心脏衰竭")] == [study_ids["hant"]]


@pytest.mark.parametrize("table", ["measurements", "effects", "adverse_events",
                                   "interventions", "groups", "study_sources"])
def test_search_fact_tables_by_study(client, sci_id, table):
    rows = search_ids(client, f"/evidence/{table}", "许旺细胞")
    assert rows and {r["study_id"] for r in rows} == {sci_id}


def test_search_sources(client, study_ids):
    rows = search_ids(client, "/evidence/sources", "Schwann")
    assert len(rows) == 1 and "许旺细胞" in rows[0]["title"]


# ---------------------------------------------------------------- the study page


def numbers(page):
    return page.select("article.study .num")


def texts(page):
    return [" ".join(el.get_text().split()) for el in numbers(page)]


def test_study_page_shows_title_and_citation(study_page):
    assert "许旺细胞联合间充质干细胞" in study_page.find("h1").get_text()
    citation = study_page.select_one("p.citation").get_text()
    assert "Journal of Spinal Repair" in citation and "2024" in citation
    assert "Zhang W, Li H, Wang Q" in citation


def test_study_page_doi_link(study_page):
    link = study_page.select_one("a.doi")
    assert link["href"] == f"https://doi.org/{SCI_DOI}"
    assert "noopener" in link["rel"]
    assert link.get_text() == SCI_DOI


def test_study_page_design_and_conditions(study_page):
    badge = study_page.select_one(".badge.design")
    assert badge.get_text(strip=True) == "single arm trial"
    assert study_page.select_one(".badge.phase").get_text(strip=True) == "phase 1/2"
    text = study_page.get_text()
    assert "spinal cord injury" in text
    assert "2019-03 – 2021-06" in text and "12 months" in text


def test_study_page_participant_flow(study_page):
    flow = [" ".join(li.get_text().split()) for li in study_page.select("ol.flow li")]
    assert flow == ["screened 130", "excluded 24", "enrolled 106", "analyzed 106"]
    assert "35.2 ± 9.8 years (mean)" in texts(study_page)
    assert "78 (73.6%)" in texts(study_page)


def test_study_page_measurements_pivot(study_page):
    table = study_page.select_one("table.measurements")
    heads = [th.get_text(strip=True) for th in table.select("thead th")]
    assert heads[2:5] == ["baseline", "6 months", "12 months"]
    asia = next(tr for tr in table.select("tbody tr") if "ASIA motor score" in tr.get_text())
    cells = [td.get_text(" ", strip=True) for td in asia.find_all("td")]
    assert cells[2] == "40.7 ± 17" and cells[4] == "43.3 ± 15.9" and cells[3] == "—"
    assert "median 52 [IQR 40–61]" in table.get_text()


def test_study_page_effects(study_page):
    table = study_page.select_one("table.effects")
    row = [td.get_text(" ", strip=True) for td in table.select("tbody tr")[0].find_all("td")]
    assert row[:9] == ["ASIA motor score", "all", "baseline", "12 months", "mean change",
                       "2.6", "—", "p < 0.001", "yes"]


def test_study_page_adverse_events_and_safety(study_page):
    table = study_page.select_one("table.adverse-events")
    row = [td.get_text(" ", strip=True) for td in table.select("tbody tr")[0].find_all("td")]
    assert row[:6] == ["headache", "all", "34", "70.8%", "mild", "no"]
    totals = study_page.select_one("dl.safety-totals").get_text(" ", strip=True)
    assert "Serious adverse events 0" in totals and "Deaths 0" in totals


def test_study_page_interventions_and_groups(study_page):
    rows = [[td.get_text(" ", strip=True) for td in tr.find_all("td")][:5]
            for tr in study_page.select("table.interventions tbody tr")]
    assert rows[0] == ["mesenchymal stem cells", "intrathecal", "autologous", "bone marrow",
                       "1×10^6 cells/kg"]
    assert rows[1][0] == "Schwann cells"
    group = [td.get_text(" ", strip=True) for td in study_page.select("table.groups tbody td")]
    assert group[:3] == ["all", "arm", "106"]


def test_every_number_carries_its_quote(study_page):
    wanted = {"106": SCI_SENTENCES["flow"], "40.7 ± 17": SCI_SENTENCES["asia"],
              "43.3 ± 15.9": SCI_SENTENCES["asia"], "p < 0.001": SCI_SENTENCES["asia"],
              "34": SCI_SENTENCES["headache"], "70.8%": SCI_SENTENCES["headache"]}
    found = {}
    for el in numbers(study_page):
        assert el.get("title"), f"number without its sentence: {el}"
        assert el["title"] == el["data-quote"]
        assert el["title"] in SCI_SENTENCES.values()
        found.setdefault(" ".join(el.get_text().split()), el["title"])
    for text, quote in wanted.items():
        assert found.get(text) == quote, text
    assert len(numbers(study_page)) >= 15


def test_every_fact_row_has_its_sentence(study_page):
    for table in study_page.select("article.study table.facts"):
        for tr in table.select("tbody tr"):
            details = tr.select_one("details.quote")
            assert details is not None, tr
            assert details.find("summary").get_text().startswith("source sentence")
            assert details.find("blockquote").get_text() in SCI_SENTENCES.values()


def test_study_page_sources(study_page):
    item = study_page.select_one("ul.sources li")
    text = " ".join(item.get_text().split())
    assert "tests/articles/zh-sci-schwann.txt" in text
    assert "language zh" in text and "encoding utf-8" in text
    assert "/evidence/sources/" in item.find("a")["href"]


def test_study_page_keeps_default_row_table(study_page):
    details = study_page.select_one("details.all-columns")
    assert details.select_one("table.rows-and-columns") is not None
    assert any(a.get_text() == "json" for a in study_page.find_all("a"))


def test_other_row_pages_unaffected(client, db_path):
    source_id = sqlite3.connect(db_path).execute("select id from sources limit 1").fetchone()[0]
    page = soup_of(client.get(f"/evidence/sources/{source_id}"))
    assert page.select_one("article.study") is None
    assert page.select_one("table.rows-and-columns") is not None


def test_missing_study_is_404(client):
    assert client.get("/evidence/studies/nope").status_code == 404


# ---------------------------------------------------------------- hostile content


def assert_inert(html: str):
    page = BeautifulSoup(html, "html.parser")
    for script in page.find_all("script"):
        assert "alert(1)" not in script.get_text(), script
    for el in page.find_all(True):
        for attr, value in el.attrs.items():
            assert not attr.lower().startswith("on"), el
            if attr in ("href", "src", "action"):
                assert not str(value).strip().lower().startswith("javascript:"), el
    assert page.find("img", attrs={"src": "x"}) is None
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html


def test_hostile_study_page_is_escaped(hostile_page):
    assert_inert(hostile_page)
    page = BeautifulSoup(hostile_page, "html.parser")
    # The text is shown, as text.
    assert "<script>alert(1)</script>" in page.find("h1").get_text()
    quoted = [el["title"] for el in page.select("article.study .num[title]")]
    assert quoted and all("<img src=x onerror=alert(1)>" in t for t in quoted)
    doi = page.select_one("a.doi")["href"]
    assert doi.startswith("https://doi.org/") and "<" not in doi and '"' not in doi


def test_hostile_source_url_is_not_a_link(hostile_page):
    page = BeautifulSoup(hostile_page, "html.parser")
    item = page.select_one("ul.sources li")
    assert "javascript:alert(1)" in item.get_text()
    assert all(not a["href"].startswith("javascript") for a in item.find_all("a"))


@pytest.mark.parametrize("path", [
    "/evidence/studies", "/evidence/measurements", "/evidence/effects",
    "/evidence/adverse_events", "/evidence/sources",
    "/evidence/studies?_search=alert", "/evidence/studies?_search=%3Cscript%3Ealert(1)%3C/script%3E",
])
def test_hostile_content_escaped_in_tables(client, path):
    assert_inert(client.get(path).text)


# ---------------------------------------------------------------- metadata


def test_every_column_is_described(db_path):
    tables = load_metadata()["databases"]["evidence"]["tables"]
    conn = sqlite3.connect(db_path)
    missing = []
    for table in STUDY_TABLES:
        meta = tables.get(table) or {}
        assert meta.get("description"), f"{table}: no description"
        columns = [r[1] for r in conn.execute(f"pragma table_info([{table}])")]
        described = meta.get("columns") or {}
        missing += [f"{table}.{c}" for c in columns if not str(described.get(c) or "").strip()]
        extra = set(described) - set(columns)
        assert not extra, f"{table}: described but not in the schema: {extra}"
    assert not missing, f"columns without a description: {missing}"


def test_metadata_top_level():
    meta = load_metadata()
    assert meta["title"] == "Evidence KB"
    for key in ("description", "license", "source", "about"):
        assert meta.get(key), key
    assert "Apache-2.0" in meta["license"]
    tables = meta["databases"]["evidence"]["tables"]
    assert tables["search_index"]["hidden"] is True
    assert tables["_sqlite_migrations"]["hidden"] is True
    assert tables["studies"]["label_column"] == "title"


@pytest.mark.parametrize("table", ["measurements", "studies"])
def test_column_descriptions_are_folded_above_the_results(client, table):
    page = soup_of(client.get(f"/evidence/{table}"))
    help_ = page.select_one("details.column-help")
    assert help_ is not None and help_.get("open") is None  # folded until asked for
    terms = {dt.get_text() for dt in help_.select("dt")}
    assert {"quote"} <= terms or {"title"} <= terms
    assert help_.select_one("summary").get_text() == f"What the {len(terms)} columns mean"
    # Datasette's own unfolded list is hidden, and the results come before anything else long.
    assert "dl.column-descriptions { display: none; }" in str(page.select_one("head"))
    assert page.select_one("table.rows-and-columns") is not None


def test_fact_rows_label_their_study(client):
    # label_column: a measurement's study_id shows the study's title.
    data = client.get("/evidence/measurements.json?_labels=on&_shape=objects&_search=Schwann").json()
    labels = {r["study_id"]["label"] for r in data["rows"]}
    assert any("许旺细胞" in label for label in labels)


# ---------------------------------------------------------------- the plugins' own examples


@pytest.mark.parametrize("name", ["search", "study_page"])
def test_plugin_doctests(name):
    import doctest
    import importlib.util

    from conftest import PLUGINS

    spec = importlib.util.spec_from_file_location(f"evidence_plugin_{name}", PLUGINS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = doctest.testmod(module)
    assert result.attempted and not result.failed


def test_a_database_file_of_any_name_is_served_as_evidence(built_db, tmp_path):
    import shutil

    from datasette.app import Datasette

    from tests.conftest import REPO, load_metadata

    other = tmp_path / "my-papers.db"
    shutil.copy(built_db[0], other)
    ds = Datasette([str(other)], metadata=load_metadata(), template_dir=str(REPO / "templates"),
                   plugins_dir=str(REPO / "plugins"))

    async def go():
        await ds.invoke_startup()
        return await ds.client.get("/evidence/studies.json?_shape=objects")

    import asyncio
    r = asyncio.run(go())
    assert r.status_code == 200
    assert r.json()["rows"]
