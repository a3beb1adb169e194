"""The seed article end to end: ingest -> database -> Datasette pages and JSON."""

import asyncio
import json
import sqlite3

import pytest
import yaml
from bs4 import BeautifulSoup

from ingest.commands import ingest_paths
from tests.paths import REPO, SEED, needs_shared

pytestmark = needs_shared

SEARCH_TERMS = ["脊髓损伤", "许旺细胞", "脊髓", "Schwann", "spinal cord injury"]


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("seed") / "evidence.db"
    report = ingest_paths([SEED], db)
    assert report.ingested and not report.failed
    return db


@pytest.fixture(scope="module")
def ds(seed_db):
    from datasette.app import Datasette

    metadata = yaml.safe_load((REPO / "metadata.yml").read_text(encoding="utf-8"))
    return Datasette([str(seed_db)], metadata=metadata, template_dir=str(REPO / "templates"),
                     plugins_dir=str(REPO / "plugins"))


def get(ds, path):
    async def go():
        return await ds.client.get(path)
    return asyncio.run(go())


@pytest.fixture(scope="module")
def study_id(seed_db):
    (sid,) = sqlite3.connect(seed_db).execute("select id from studies").fetchone()
    return sid


def test_seed_study_row_holds_the_numbers(seed_db):
    conn = sqlite3.connect(seed_db)
    conn.row_factory = sqlite3.Row
    study = conn.execute("select * from studies").fetchone()
    assert study["enrolled"] == 106
    assert study["doi"] == "10.1186/s13287-025-04312-7"
    motor = {(r["time_label"], r["group_name"]): (r["value"], r["dispersion_value"]) for r in conn.execute(
        "select * from measurements where measure = 'ASIA motor score'")}
    assert motor[("baseline", "all")] == (40.7, 17)
    assert motor[("12 months", "all")] == (43.3, 15.9)
    effect = conn.execute("select p, p_relation from effects where measure = 'ASIA motor score' "
                          "and group_name = 'all' and versus = 'baseline'").fetchone()
    assert tuple(effect) == (0.001, "<")
    headache = conn.execute("select n, pct, quote from adverse_events where event = 'headache'").fetchone()
    assert tuple(headache)[:2] == (34, 70.8)
    assert "头痛" in headache["quote"]


def test_reingesting_the_seed_changes_no_row_count(seed_db):
    conn = sqlite3.connect(seed_db)
    tables = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")]
    before = {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0] for t in tables}
    ingest_paths([SEED], seed_db)
    ingest_paths([SEED], seed_db, force=True)
    after = {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0] for t in tables}
    assert after == before


def test_study_page_shows_every_key_number_with_its_sentence(ds, study_id):
    r = get(ds, f"/evidence/studies/{study_id}")
    assert r.status_code == 200
    soup = BeautifulSoup(r.text, "html.parser")
    text = soup.get_text(" ", strip=True)
    for expected in ("106", "40.7 ± 17", "43.3 ± 15.9", "p < 0.001", "headache", "34", "70.8"):
        assert expected in text, expected
    quoted = [el for el in soup.select("[title]") if "40.7" in el.get_text()]
    assert quoted and "40.7" in quoted[0]["title"]
    assert soup.select_one('a[href="https://doi.org/10.1186/s13287-025-04312-7"]')


def test_study_json_shows_the_numbers(ds, study_id):
    r = get(ds, f"/evidence/studies/{study_id}.json?_shape=objects")
    assert r.status_code == 200
    row = r.json()["rows"][0]
    assert row["enrolled"] == 106
    record = json.loads(row["record"])
    motor = [m for m in record["measurements"] if m["measure"] == "ASIA motor score" and m["group"] == "all"]
    assert {(m["value"], m["dispersion_value"]) for m in motor} == {(40.7, 17), (43.3, 15.9)}
    assert any(e["measure"] == "ASIA motor score" and e["p"] == 0.001 and e["p_relation"] == "<"
               for e in record["effects"])
    assert any(a["event"] == "headache" and a["n"] == 34 and a["pct"] == 70.8 for a in record["adverse_events"])


@pytest.mark.parametrize("term", SEARCH_TERMS)
def test_search_finds_the_seed_study(ds, study_id, term):
    r = get(ds, f"/evidence/studies.json?_search={term}&_shape=objects")
    assert r.status_code == 200
    assert [row["id"] for row in r.json()["rows"]] == [study_id]
    page = get(ds, f"/evidence/studies?_search={term}")
    assert page.status_code == 200
    assert f"/evidence/studies/{study_id}" in page.text


def test_search_for_something_absent_finds_nothing(ds):
    r = get(ds, "/evidence/studies.json?_search=糖尿病&_shape=objects")
    assert r.json()["rows"] == []
