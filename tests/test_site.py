"""The site around the studies: home page, search snippets, canned queries, and what the
study page gained (numbers that open their sentence, outcomes with change and effect size,
links to comparisons)."""

from __future__ import annotations

import sqlite3
import urllib.parse

import pytest
from bs4 import BeautifulSoup
from conftest import SCI_SENTENCES, load_metadata
from test_serve import assert_inert


def soup_of(response):
    assert response.status_code == 200, response.text[:500]
    return BeautifulSoup(response.text, "html.parser")


@pytest.fixture(scope="module")
def study_page(client, study_ids):
    return soup_of(client.get(f"/evidence/studies/{study_ids['sci']}"))


# ---------------------------------------------------------------- home


@pytest.fixture(scope="module")
def home(client):
    return soup_of(client.get("/"))


def counts(home, name):
    return {li.find("a").get_text(strip=True): int(li.select_one(".count").get_text())
            for li in home.select(f"section.count-{name} li") if li.find("a")}


def test_home_counts_what_the_database_holds(home, db_path):
    conn = sqlite3.connect(db_path)
    designs = dict(conn.execute("select design, count(*) from studies group by design"))
    assert counts(home, "design") == {d.replace("_", " "): n for d, n in designs.items()}
    conditions = dict(conn.execute("select condition, count(*) from studies group by condition"))
    assert counts(home, "condition") == conditions
    assert counts(home, "language") == dict(conn.execute("select language, count(*) from studies group by language"))
    assert counts(home, "measure")["ASIA motor score"] == 1


def test_home_links(home):
    links = {a.get_text(strip=True): a["href"] for a in home.select("section.count-design a")}
    assert links["single arm trial"] == "/evidence/studies?design=single_arm_trial"
    measure = home.select_one("ul.most-compared a")
    assert measure["href"].startswith("/-/compare/")
    assert home.find("a", string="Compare studies side by side")["href"] == "/-/compare"


def test_home_search_box(home):
    form = home.select_one("form.home-search")
    assert form["action"] == "/evidence/studies" and form["method"] == "get"
    assert form.select_one("input[name=_search]") is not None


def test_home_recent_additions(home, study_ids):
    hrefs = {a["href"] for a in home.select("ul.recent a")}
    assert hrefs == {f"/evidence/studies/{i}" for i in study_ids.values()}


def test_home_links_canned_queries(home):
    queries = load_metadata()["databases"]["evidence"]["queries"]
    links = {a["href"]: a.get_text() for a in home.select("ul.canned-queries a")}
    assert links == {f"/evidence/{name}": q["title"] for name, q in queries.items()}


def test_home_is_inert(client):
    assert_inert(client.get("/").text)


# ---------------------------------------------------------------- search snippets


@pytest.mark.parametrize("term, marked", [
    ("脊髓", "脊髓"), ("许旺细胞", "许旺细胞"), ("Schwann cells", "Schwann"), ("spinal cord injury", "spinal"),
])
def test_search_snippet_marks_the_term(client, study_ids, term, marked):
    page = soup_of(client.get(f"/evidence/studies?_search={urllib.parse.quote(term)}"))
    (item,) = page.select("section.search-snippets li")
    assert item.find("a")["href"] == f"/evidence/studies/{study_ids['sci']}"
    marks = [m.get_text() for m in item.select(".snippet mark")]
    assert marked in marks


def test_search_snippet_reads_as_written(client):
    # Han bigrams are joined back: the snippet shows 脊髓损伤, not 脊髓 髓损 损伤.
    page = soup_of(client.get(f"/evidence/studies?_search={urllib.parse.quote('脊髓')}"))
    text = page.select_one(".snippet").get_text()
    assert "髓损 损伤" not in text and "损伤" in text


def test_search_snippet_escapes_hostile_text(client):
    response = client.get("/evidence/studies?_search=alert")
    assert_inert(response.text)
    snippet = soup_of(response).select_one(".snippet")
    assert "alert" in [m.get_text() for m in snippet.select("mark")]
    assert "<script>" in snippet.get_text() or "<img" in snippet.get_text()


def test_no_snippets_without_search(client):
    assert soup_of(client.get("/evidence/studies")).select_one("section.search-snippets") is None


# ---------------------------------------------------------------- canned queries


@pytest.mark.parametrize("name, check", [
    ("studies_with_control_arm", lambda rows, ids: rows == []),
    ("measures_in_several_studies", lambda rows, ids: rows == []),
    ("studies_with_consistency_warnings", lambda rows, ids: all(r["study_id"] in ids.values() for r in rows)),
    ("adverse_events_across_studies", lambda rows, ids: {r["event"] for r in rows} >= {"headache"}),
])
def test_canned_queries_run(client, study_ids, name, check):
    meta = load_metadata()["databases"]["evidence"]["queries"][name]
    assert meta["title"] and meta["description"]
    response = client.get(f"/evidence/{name}.json?_shape=array")
    assert response.status_code == 200, response.text[:300]
    assert check(response.json(), study_ids)
    assert soup_of(client.get(f"/evidence/{name}")).find("h1").get_text(strip=True) == meta["title"]


def test_measures_in_several_studies_counts(two):
    rows = two.get("/evidence/measures_in_several_studies.json?_shape=array").json()
    assert [(r["measure_slug"], r["studies"]) for r in rows] == [("asia-motor-score", 2)]


def test_adverse_events_query_keeps_the_sentence(client):
    rows = client.get("/evidence/adverse_events_across_studies.json?_shape=array").json()
    headache = next(r for r in rows if r["event"] == "headache")
    assert headache["n"] == 34 and headache["quote"] == SCI_SENTENCES["headache"]


def test_control_arm_query(tmp_path, db_path):
    """A placebo-controlled trial is listed with its arms; the single-arm studies are not."""
    import shutil

    from conftest import client_for, sha256

    from ingest.extract.record import Citation, Group, Record, Source, Study
    from ingest.read.document import Document
    from ingest.store import open_db, write_article

    path = tmp_path / "evidence.db"
    shutil.copy(db_path, path)
    text = "A trial of drug X against placebo in 60 adults, 30 in each arm."
    doc = Document(text=text, path="tests/articles/rct.txt", title="Drug X trial", language="en",
                   encoding="utf-8", sha256=sha256(text))
    study = Study(citation=Citation(title="Drug X trial"), design="rct", comparator="placebo",
                  groups=[Group("drug X", role="arm", n=30, quote=text), Group("placebo", role="arm", n=30, quote=text)])
    db = open_db(path)
    write_article(db, doc, Record(source=Source(file=doc.path, title=doc.title, language="en", sha256=doc.sha256),
                                  studies=[study]))
    db.close()
    c = client_for(path)
    try:
        rows = c.get("/evidence/studies_with_control_arm.json?_shape=array").json()
    finally:
        c.close()
    assert [(r["title"], r["comparator"], r["arms"]) for r in rows] == [
        ("Drug X trial", "placebo", "drug X (n=30); placebo (n=30)")]


# ---------------------------------------------------------------- study page


def test_numbers_open_the_source_at_their_quote(client, study_page):
    links = study_page.select("article.study a.num")
    assert len(links) >= 15
    for link in links:
        assert link["href"].startswith("/-/source/") and link["href"].endswith("#quote")
        assert link["data-quote"] == link["title"]
    asia = next(a for a in links if a.get_text() == "40.7 ± 17")
    target = soup_of(client.get(asia["href"].split("#")[0]))
    assert target.select_one("mark#quote").get_text() == SCI_SENTENCES["asia"]
    flow = next(a for a in links if a.get_text() == "130")
    target = soup_of(client.get(flow["href"].split("#")[0]))
    assert target.select_one("mark#quote").get_text() == SCI_SENTENCES["flow"]


def test_outcomes_show_change_and_effect_size(study_page):
    table = study_page.select_one("table.measurements")
    heads = [th.get_text(strip=True) for th in table.select("thead th")]
    assert heads[-3:] == ["Change", "Effect size g [95% CI]", "Source"]
    asia = next(tr for tr in table.select("tbody tr") if "ASIA motor score" in tr.get_text())
    change = asia.select_one("td.change")
    assert change.select_one("a.num").get_text() == "2.6" and "12 months" in change.get_text()
    assert asia.select_one("td.effect-size").get_text(strip=True) == "0.16 [−0.03, 0.35]"


def test_measures_link_to_their_comparison(client, study_page):
    link = study_page.select_one("table.measurements a.measure")
    assert link["href"] == "/-/compare/asia-motor-score"
    assert client.get(link["href"]).status_code == 200


def test_compare_control(study_page, study_ids):
    control = study_page.select_one("a.compare-control")
    assert control["href"] == f"/-/compare?study={study_ids['sci']}"


def test_studies_table_has_compare_control(client):
    page = soup_of(client.get("/evidence/studies"))
    assert page.select_one("p.compare-link a")["href"] == "/-/compare"


def test_hostile_numbers_link_safely(client, study_ids):
    page = client.get(f"/evidence/studies/{study_ids['hostile']}")
    assert_inert(page.text)
    for link in BeautifulSoup(page.text, "html.parser").select("a.num"):
        assert link["href"].startswith("/-/source/")
