"""Comparison pages: a measure across studies (HTML, JSON, SVG), studies side by side,
and the source text a clicked number opens. Ingest -> database -> page, end to end."""

from __future__ import annotations

import sqlite3
import urllib.parse
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from conftest import SCI_SENTENCES, SECOND_ASIA, client_for
from test_serve import assert_inert

from ingest.commands import ingest_paths
from ingest.stats import pooling
from tests.paths import REPO, SEED, needs_shared


def soup_of(response):
    assert response.status_code == 200, response.text[:500]
    return BeautifulSoup(response.text, "html.parser")


def expected_pool(db_path, formula="smc_change_sd", time_label="12 months", method="DL"):
    """The statistics module's result for the whole-cohort rows, read straight from the database."""
    rows = sqlite3.connect(db_path).execute(
        "select yi, vi from effect_sizes where measure_slug = 'asia-motor-score' and group_name = 'all' "
        "and versus = 'baseline' and formula = ? and time_label = ? order by study_id",
        [formula, time_label]).fetchall()
    assert len(rows) == 2
    return pooling.pool([r[0] for r in rows], [r[1] for r in rows], method)


# ---------------------------------------------------------------- one measure


def test_comparison_page_has_forest_plot_and_rows(two):
    page = soup_of(two.get("/-/compare/asia-motor-score"))
    assert "ASIA motor score" in page.find("h1").get_text()
    svg = page.select_one("div.plot svg")
    assert svg is not None and svg.select_one("polygon.pooled") is not None
    heads = [th.get_text(strip=True) for th in page.select("table.comparison thead th")]
    assert heads[:10] == ["Study", "Design", "n", "Group", "Time", "Baseline", "Follow-up", "Change",
                          "Effect size [95% CI]", "p"]
    rows = [[td.get_text(" ", strip=True) for td in tr.find_all("td")] for tr in page.select("table.comparison tbody tr")]
    sci = next(r for r in rows if r[5] == "40.7 ± 17")
    assert sci[2] == "106" and sci[3] == "all" and sci[4] == "12 months" and sci[6] == "43.3 ± 15.9"
    assert sci[9] == "p < 0.001" and sci[10] == "yes"
    oec = next(r for r in rows if r[5] == "52.4 ± 12.1")
    assert oec[2] == "40" and oec[6] == "57.9 ± 13.0" and oec[9] == "p = 0.002"
    assert "2 studies" in page.select_one(".pooled-summary").get_text()


def test_json_pooled_equals_statistics_module(two, two_study_db):
    data = two.get("/-/compare/asia-motor-score.json").json()
    assert data["slug"] == "asia-motor-score" and data["method"] == "DL"
    (pooled,) = data["within_arm"]["pooled"]
    want = expected_pool(two_study_db)
    assert pooled["k"] == 2 and pooled["time_label"] == "12 months"
    for key in ("estimate", "ci_low", "ci_high", "tau2", "I2", "Q", "se"):
        assert pooled[key] == pytest.approx(want[key], abs=1e-12), key
    # The same rows as the HTML table, with the numbers the articles state.
    baselines = {r["baseline"]["text"] for r in data["within_arm"]["rows"] if r["baseline"]}
    assert {"40.7 ± 17", "52.4 ± 12.1"} <= baselines
    assert sum(r["pooled"] for r in data["within_arm"]["rows"]) == 2


@pytest.mark.parametrize("query", ["", "?population=cohort", "?metric=mean_change&time=12+months"])
def test_json_and_html_give_the_same_rows(two, query):
    data = two.get(f"/-/compare/asia-motor-score.json{query}").json()
    page = soup_of(two.get(f"/-/compare/asia-motor-score{query}"))
    html_rows = [[td.get_text(" ", strip=True) for td in tr.find_all("td")]
                 for tr in page.select("table.comparison tbody tr")]
    json_rows = [[r["study"], r["n"], r["group"], r["time_label"], (r["baseline"] or {}).get("text"),
                  (r["follow_up"] or {}).get("text"), (r["p"] or {}).get("text"), "yes" if r["pooled"] else "no"]
                 for r in data["within_arm"]["rows"]]
    assert [[h[0], int(h[2]), h[3].replace(" (subgroup)", ""), h[4], h[5], h[6], h[9] if h[9] != "—" else None, h[10]]
            for h in html_rows] == json_rows


@pytest.mark.parametrize("method", ["REML", "PM", "FE"])
def test_json_pooling_methods(two, two_study_db, method):
    (pooled,) = two.get(f"/-/compare/asia-motor-score.json?method={method}").json()["within_arm"]["pooled"]
    assert pooled["method"] == method
    assert pooled["estimate"] == pytest.approx(expected_pool(two_study_db, method=method)["estimate"], abs=1e-9)


def test_json_mean_change_metric(two, two_study_db):
    (pooled,) = two.get("/-/compare/asia-motor-score.json?metric=mean_change").json()["within_arm"]["pooled"]
    want = expected_pool(two_study_db, formula="mean_change")
    assert pooled["estimate"] == pytest.approx(want["estimate"], abs=1e-12)


def test_single_study_says_pooling_needs_two(client):
    page = soup_of(client.get("/-/compare/asia-motor-score"))
    assert page.select_one("div.plot svg") is not None
    assert "pooling needs two or more studies" in page.select_one(".pooled-summary").get_text()
    (pooled,) = client.get("/-/compare/asia-motor-score.json").json()["within_arm"]["pooled"]
    assert pooled["k"] == 1 and "estimate" not in pooled


def test_svg_download(two):
    r = two.get("/-/compare/asia-motor-score.svg")
    assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
    assert "asia-motor-score-forest.svg" in r.headers["content-disposition"]
    root = ET.fromstring(r.text)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert len(root.findall("{http://www.w3.org/2000/svg}rect")) >= 2


@pytest.mark.parametrize("query, check", [
    ("population=subgroups", lambda rows: rows == []),
    ("population=cohort", lambda rows: {r["group"] for r in rows} == {"all"}),
    ("design=single_arm_trial", lambda rows: len({r["study_id"] for r in rows}) == 2),
    ("design=rct", lambda rows: rows == []),
    ("condition=spinal+cord+injury", lambda rows: len(rows) == 2),
    ("condition=heart+failure", lambda rows: rows == []),
    ("time=12+months", lambda rows: {r["time_label"] for r in rows} == {"12 months"}),
    ("time=6+months", lambda rows: rows == []),
])
def test_filters(two, query, check):
    data = two.get(f"/-/compare/asia-motor-score.json?{query}").json()
    assert check(data["within_arm"]["rows"]), data["within_arm"]["rows"]


def test_filter_form_keeps_choices(two):
    page = soup_of(two.get("/-/compare/asia-motor-score?design=single_arm_trial&time=12+months"))
    form = page.select_one("form.filters")
    assert form.select_one("select[name=design] option[selected]")["value"] == "single_arm_trial"
    assert form.select_one("select[name=time] option[selected]")["value"] == "12 months"
    assert form["method"] == "get"


def test_numbers_link_to_their_sentence(client):
    page = soup_of(client.get("/-/compare/asia-motor-score"))
    link = page.select_one("table.comparison a.num")
    assert link["data-quote"] == SCI_SENTENCES["asia"]
    target = client.get(link["href"].split("#")[0])
    mark = soup_of(target).select_one("mark#quote")
    assert mark.get_text() == SCI_SENTENCES["asia"]


@pytest.mark.parametrize("path, status", [
    ("/-/compare/no-such-measure", 404),
    ("/-/compare/no-such-measure.json", 404),
    ("/-/compare/..%2F..%2Fetc%2Fpasswd", 400),
    ("/-/compare/%2e%2e", 400),
    ("/-/compare/asia-motor-score'%20or%201=1--", 400),
    ("/-/compare/asia-motor-score%22;drop%20table%20studies", 400),
    ("/-/compare/ASIA-Motor-Score", 400),
    ("/-/compare/%E8%84%8A%E9%AB%93", 400),
    ("/-/compare/asia-motor-score.txt", 400),
    ("/-/compare/asia-motor-score.json.json", 400),
    ("/-/compare/asia-motor-score/../../evidence.db", 404),
])
def test_bad_slugs_never_500(client, path, status):
    assert client.get(path).status_code == status


# ---------------------------------------------------------------- side by side


def test_side_by_side(two, two_study_db):
    ids = [r[0] for r in sqlite3.connect(two_study_db).execute(
        "select distinct study_id from measurements where measure_slug = 'asia-motor-score' order by 1")]
    page = soup_of(two.get("/-/compare?" + urllib.parse.urlencode([("study", i) for i in ids])))
    table = page.select_one("table.side-by-side")
    labels = [th.get_text(" ", strip=True) for th in table.select("tbody th")]
    assert labels == ["Title", "Design", "Population", "n", "Interventions", "Comparator", "Follow-up"]
    n_row = [td.get_text(strip=True) for td in table.select("tbody tr")[3].find_all("td")]
    assert sorted(n_row) == ["106", "40"]
    shared = page.select_one("table.shared-measures")
    asia = next(tr for tr in shared.select("tbody tr") if "ASIA motor score" in tr.get_text())
    assert asia.find("a")["href"] == "/-/compare/asia-motor-score"
    # 2.6 is stated; 5.50 is computed (57.9 − 52.4), rounded as every computed change (issue #13).
    assert {c.select_one(".num").get_text() for c in asia.find_all("td")} == {"2.6", "5.50"}
    assert len(page.select("form.choose input[type=checkbox][checked]")) == 2


def test_side_by_side_chooser(client, study_ids):
    page = soup_of(client.get("/-/compare"))
    boxes = page.select("form.choose input[name=study]")
    assert {b["value"] for b in boxes} == set(study_ids.values())
    one = soup_of(client.get(f"/-/compare?study={study_ids['sci']}"))
    assert "second study" in one.get_text()


def test_side_by_side_limits(client, study_ids):
    five = "&".join(f"study={s}" for s in list(study_ids.values()) * 2)
    assert client.get(f"/-/compare?{five}").status_code == 400
    assert client.get(f"/-/compare?study={study_ids['sci']}&study=nope").status_code == 404
    assert client.get("/-/compare?study=%27%20or%201=1--&study=x").status_code == 404
    hostile = client.get("/-/compare?study=%3Cscript%3Ealert(1)%3C/script%3E&study=x")
    assert hostile.status_code == 404
    assert_inert(hostile.text)


# ---------------------------------------------------------------- source text


def test_source_page_marks_the_quote(client, db_path):
    (source_id,) = sqlite3.connect(db_path).execute(
        "select source_id from measurements where measure_slug = 'asia-motor-score' limit 1").fetchone()
    page = soup_of(client.get(f"/-/source/{source_id}?quote={urllib.parse.quote(SCI_SENTENCES['asia'])}"))
    assert page.select_one("mark#quote").get_text() == SCI_SENTENCES["asia"]
    assert SCI_SENTENCES["flow"] in page.select_one("pre.source-text").get_text()


@pytest.mark.parametrize("path, status", [
    ("/-/source/0000000000000000", 404), ("/-/source/..%2Fx", 400), ("/-/source/%27or1=1", 400),
])
def test_source_page_bad_ids(client, path, status):
    assert client.get(path).status_code == status


def test_hostile_source_and_comparison_are_inert(client, db_path):
    conn = sqlite3.connect(db_path)
    source_id, quote, slug = conn.execute(
        "select source_id, quote, measure_slug from measurements where measure like 'VAS%'").fetchone()
    page = client.get(f"/-/source/{source_id}?quote={urllib.parse.quote(quote)}")
    assert page.status_code == 200
    assert_inert(page.text)
    assert "<script>" in BeautifulSoup(page.text, "html.parser").select_one("mark#quote").get_text()
    for suffix in ("", ".svg"):
        r = client.get(f"/-/compare/{slug}{suffix}")
        assert r.status_code == 200, slug
        assert_inert(r.text)
    # The CSV for spreadsheets and R: no text cell a spreadsheet would run as a formula.
    import csv
    import io

    cells = [v for row in csv.reader(io.StringIO(client.get(f"/-/compare/{slug}.csv").text)) for v in row]
    assert cells and not [v for v in cells if v[:1] in ("=", "+", "@") or (v[:1] == "-" and not _number(v))]


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------- the seed


@needs_shared
def test_seed_asia_motor_comparison(tmp_path):
    db = tmp_path / "evidence.db"
    report = ingest_paths([SEED, SECOND_ASIA], db)
    assert len(report.ingested) == 2 and not report.failed
    c = client_for(db)
    try:
        page = c.get("/-/compare/asia-motor-score")
        assert page.status_code == 200 and "<svg" in page.text
        data = c.get("/-/compare/asia-motor-score.json").json()
        (pooled,) = data["within_arm"]["pooled"]
        want = expected_pool(db)
        assert pooled["k"] == 2 and pooled["estimate"] == pytest.approx(want["estimate"], abs=1e-12)
        assert pooled["tau2"] == pytest.approx(want["tau2"], abs=1e-12)
        assert {r["baseline"]["text"] for r in data["within_arm"]["rows"] if r["group"] == "all"} == {"40.7 ± 17", "52.4 ± 12.1"}
        # Cross-language search: the seed is a Chinese article; "Schwann cells" finds it.
        seed_id = next(r["study_id"] for r in data["within_arm"]["rows"] if r["baseline"]["text"] == "40.7 ± 17")
        found = c.get("/evidence/studies.json?_search=Schwann+cells&_shape=objects").json()["rows"]
        assert seed_id in {r["id"] for r in found}
    finally:
        c.close()


# ---------------------------------------------------------------- every measure of the examples




def test_every_measure_of_the_examples_compares(examples, examples_db):
    """Medians, arms, subgroups, changes stated without values: every slug answers in every format."""
    slugs = [r[0] for r in sqlite3.connect(examples_db).execute(
        "select measure_slug from measurements union select measure_slug from effects "
        "where measure_slug is not null and measure_slug != ''")]
    assert len(slugs) >= 12
    for slug in slugs:
        page = examples.get(f"/-/compare/{slug}")
        assert page.status_code == 200, (slug, page.text[:300])
        assert BeautifulSoup(page.text, "html.parser").select_one("div.plot svg") is not None, slug
        data = examples.get(f"/-/compare/{slug}.json").json()
        assert data["slug"] == slug and (data["within_arm"]["rows"] or data["between_groups"]), slug
        for pooled in data["within_arm"]["pooled"]:
            assert pooled["k"] >= 1
        svg = examples.get(f"/-/compare/{slug}.svg")
        ET.fromstring(svg.text)


def test_between_group_effects_listed(examples):
    data = examples.get("/-/compare/modified-rankin-scale.json").json()
    (odds,) = [e for e in data["between_groups"] if e["type"] == "odds_ratio"]
    assert odds["value"] == 1.62 and odds["p"] == 0.001 and odds["quote"]
    page = BeautifulSoup(examples.get("/-/compare/modified-rankin-scale").text, "html.parser")
    assert "1.62" in page.select_one("table.between").get_text()


def test_arms_are_pooled_once_and_controls_never(examples):
    data = examples.get("/-/compare/hba1c.json").json()
    by_group = {r["group"]: r["pooled"] for r in data["within_arm"]["rows"]}
    assert by_group == {"corvagliptan": True, "placebo": False}
    assert all(p["k"] == 1 for p in data["within_arm"]["pooled"])


def test_a_cached_comparison_is_dropped_when_the_database_changes(tmp_path):
    """The comparison cache is keyed by the database file's version: a write makes a new key."""
    import sqlite3
    import sys

    sys.path.insert(0, str(REPO / "plugins"))
    import compare as plugin

    class Db:
        path = str(tmp_path / "e.db")

    conn = sqlite3.connect(Db.path)
    conn.execute("create table t (x)")
    conn.commit()
    before = plugin._data_version(Db)
    conn.execute("insert into t values (1)")
    conn.commit()
    assert plugin._data_version(Db) != before
    Db.path = None
    assert plugin._data_version(Db) is None  # in memory: never cached


def test_the_chooser_finds_studies_by_search_and_keeps_the_chosen(client, study_ids):
    page = soup_of(client.get("/-/compare?q=Schwann"))
    offered = {b["value"] for b in page.select("form.choose input[name=study]")}
    assert study_ids["sci"] in offered and len(offered) < len(study_ids)
    assert page.select_one("form.choose input[name=q]")["value"] == "Schwann"
    # A chosen study stays offered, checked, whatever the search finds.
    other = next(s for s in study_ids.values() if s not in offered)
    page = soup_of(client.get(f"/-/compare?q=Schwann&study={other}"))
    checked = [b["value"] for b in page.select("form.choose input[name=study][checked]")]
    assert checked == [other]
    assert "No study matches" in client.get("/-/compare?q=zzzyxqv").text


def test_the_chooser_lists_a_bounded_number_of_studies(tmp_path):
    from bench.generate import generate

    db = tmp_path / "evidence.db"
    report = ingest_paths([str(generate(60, tmp_path / "articles", seed=3))], db)
    assert len(report.ingested) == 60
    page = soup_of(client_for(db).get("/-/compare"))
    assert len(page.select("form.choose input[name=study]")) == 50
    assert "The latest studies added: the first 50; search to narrow them" in " ".join(page.get_text().split())
