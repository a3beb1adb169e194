"""Trial registries as sources: a ClinicalTrials.gov record (API v2 JSON) read into a
record whose every number quotes its line of the record, joined with the paper and the
news story that name its NCT id, and the checks only a registry makes possible (outcome
switching, enrolment, retrospective registration). HTTP is mocked with respx.

The record in tests/fixtures/registry is written for these tests in the API's shape, about
a made-up trial; so are the abstract (which calls a secondary outcome primary) and the news
story (which gives another enrolment).
"""

from __future__ import annotations

import json
import sqlite3

import httpx
import pytest
import respx

from ingest.commands import ingest_paths
from ingest.extract import extract
from ingest.identifiers import CTGOV
from ingest.read import ReadError, read_bytes, read_path
from tests.paths import FIXTURES

REGISTRY = FIXTURES / "registry"
RECORD = REGISTRY / "NCT09876543.json"
ABSTRACT = REGISTRY / "knee-k-abstract-en.txt"
NEWS = REGISTRY / "knee-k-news-zh.txt"


def study_of_record() -> dict:
    (study,) = extract(read_path(RECORD)).to_json()["studies"]
    return study


def test_the_record_is_read_into_design_arms_and_registered_outcomes():
    s = study_of_record()
    assert (s["design"], s["phase"], s["comparator"], s["conditions"]) == ("rct", "3", "placebo", ["knee osteoarthritis"])
    assert s["participants"]["enrolled"] == 118
    assert s["enrollment"] == {"start": "2021-03", "end": "2022-06"}
    assert [(g["name"], g["role"], g["n"]) for g in s["groups"]] == [("Drug K 10 mg", "arm", 60), ("Placebo", "arm", 58)]
    reg = s["registration"]
    assert (reg["id"], reg["registered"], reg["start"], reg["status"]) == ("NCT09876543", "2021-05-02", "2021-03-15", "completed")
    assert [o["measure"] for o in reg["primary_outcomes"]] == ["Change From Baseline in WOMAC Pain Score at Week 12"]
    assert reg["enrollment"]["type"] == "actual"


def test_posted_results_are_measurements_changes_and_analyses_per_arm():
    s = study_of_record()
    got = {(m["measure"], m["group"], m["stat"], m["value"], m["dispersion"], m["dispersion_value"], m["n"])
           for m in s["measurements"]}
    assert got == {("six-minute walk distance", "Drug K 10 mg", "mean", 412.6, "sd", 55.2, 60),
                   ("six-minute walk distance", "Placebo", "mean", 380.1, "sd", 60.3, 58)}
    effects = {(e["measure"], e["group"], e["versus"], e["type"], e["value"], tuple(e["ci"] or ()), e["p"], e["p_relation"])
               for e in s["effects"]}
    assert ("WOMAC pain", "Drug K 10 mg", "baseline", "mean_change", -2.4, (), None, None) in effects
    assert ("WOMAC pain", "Drug K 10 mg", "Placebo", "mean_difference", -1.3, (-1.9, -0.7), 0.001, "<") in effects
    assert ("six-minute walk distance", "Drug K 10 mg", "Placebo", "none", None, (), 0.003, "=") in effects
    assert s["safety"]["serious_adverse_events"] == 5 and s["safety"]["deaths"] == 0


def test_every_number_quotes_a_line_of_the_records_text():
    doc = read_path(RECORD)
    lines = set(doc.text.split("\n"))
    s = study_of_record()
    for item in (*s["measurements"], *s["effects"], *s["adverse_events"]):
        assert item["quote"] in lines, item
        value = item.get("value") if item.get("value") is not None else item.get("p") or item.get("n")
        assert str(abs(value)).rstrip("0").rstrip(".") in item["quote"], item
    assert doc.metadata["format"] == "ctgov" and "NCT09876543" in doc.text


@pytest.mark.parametrize("raw, reason", [
    (b'{"protocolSection": {"identificationModule": {"nctId": "NOT-AN-ID"}}}', "not a ClinicalTrials.gov study record"),
    (b'{"studies": [', "not valid JSON"),
])
def test_json_that_is_no_registry_record_is_a_clear_error(raw, reason):
    with pytest.raises(ReadError, match=reason):
        read_bytes(raw, path="x.json")


def test_registry_paper_and_news_are_one_study_with_the_checks_only_a_registry_allows(tmp_path):
    db = tmp_path / "e.db"
    report = ingest_paths([RECORD, ABSTRACT, NEWS], db)
    assert not report.failed, report.failed
    conn = sqlite3.connect(db)
    (study_id, registry_id, registered), = conn.execute("select id, registry_id, registered from studies").fetchall()
    assert (registry_id, registered) == ("NCT09876543", "2021-05-02")
    formats = {r[0] for r in conn.execute(
        "select s.format from study_sources ss join sources s on s.id = ss.source_id where ss.study_id = ?", [study_id])}
    assert formats == {"ctgov", "text"} and conn.execute("select count(*) from study_sources").fetchone()[0] == 3
    # The registry's per-arm results are measurements whose source is the registry record.
    registry_source = conn.execute("select id from sources where format = 'ctgov'").fetchone()[0]
    rows = conn.execute("select group_name, value, quote from measurements where source_id = ? order by value",
                        [registry_source]).fetchall()
    assert [r[:2] for r in rows] == [("Placebo", 380.1), ("Drug K 10 mg", 412.6)]
    assert all(r[2].startswith("Six-Minute Walk Distance at Week 12 |") for r in rows)
    checks = {r[0]: r[1] for r in conn.execute("select kind, message from checks where study_id = ?", [study_id])}
    # The abstract calls the registered secondary outcome primary; the registered primary it neither names nor reports.
    switched = [r[0] for r in conn.execute("select message from checks where kind = 'outcome_switching'")]
    assert any("'six-minute walk distance' as its primary outcome" in m and "WOMAC Pain" in m for m in switched)
    assert any("registered 'Change From Baseline in WOMAC Pain Score at Week 12' as a primary outcome" in m
               for m in switched)
    # The news story says 120 were enrolled; the registry 118 (actual).
    assert "registry_enrolment" in checks and "120 enrolled" in checks["registry_enrolment"]
    assert "registered_retrospectively" in checks
    kinds = json.loads(conn.execute("select check_kinds from studies").fetchone()[0])
    assert {"outcome_switching", "registry_enrolment", "registered_retrospectively"} <= set(kinds)


def test_ingesting_again_changes_nothing(tmp_path):
    db = tmp_path / "e.db"
    ingest_paths([RECORD, ABSTRACT], db)
    before = sqlite3.connect(db).execute("select count(*), group_concat(kind) from checks").fetchone()
    report = ingest_paths([RECORD, ABSTRACT], db)
    assert report.unchanged == [str(RECORD), str(ABSTRACT)]
    assert sqlite3.connect(db).execute("select count(*), group_concat(kind) from checks").fetchone() == before


@respx.mock
def test_an_nct_id_is_fetched_from_the_api_once_and_cached(tmp_path):
    route = respx.get(CTGOV.format("NCT09876543")).mock(
        return_value=httpx.Response(200, content=RECORD.read_bytes(), headers={"content-type": "application/json"}))
    db, cache = tmp_path / "e.db", tmp_path / "cache"
    report = ingest_paths(["NCT09876543"], db, cache_dir=cache)
    assert report.ingested == ["NCT09876543"] and route.call_count == 1
    report = ingest_paths(["nct:NCT09876543"], db, cache_dir=cache, force=True)
    assert route.call_count == 1 and not report.failed
    url, fmt = sqlite3.connect(db).execute("select url, format from sources").fetchone()
    assert (url, fmt) == ("https://clinicaltrials.gov/study/NCT09876543", "ctgov")


@respx.mock
def test_an_unknown_nct_id_is_a_clear_error(tmp_path):
    respx.get(CTGOV.format("NCT00000001")).mock(return_value=httpx.Response(404))
    report = ingest_paths(["NCT00000001"], tmp_path / "e.db", cache_dir=tmp_path / "cache")
    assert report.failed and report.failed[0][0] == "NCT00000001" and "404" in report.failed[0][1]


def test_the_study_page_shows_the_registration_and_every_sources_numbers_side_by_side(tmp_path):
    from bs4 import BeautifulSoup
    from conftest import client_for

    db = tmp_path / "e.db"
    ingest_paths([RECORD, ABSTRACT, NEWS], db)
    study_id = sqlite3.connect(db).execute("select id from studies").fetchone()[0]
    client = client_for(db)
    try:
        page = BeautifulSoup(client.get(f"/evidence/studies/{study_id}").text, "html.parser")
        facet = client.get("/evidence/studies.json?_facet=registration_status&_shape=objects").json()
    finally:
        client.close()
    link = page.select_one('#registration ~ p a[href="https://clinicaltrials.gov/study/NCT09876543"]')
    assert link is not None
    assert "Change From Baseline in WOMAC Pain Score at Week 12" in page.select_one("table.registration").get_text()
    table = page.select_one("table.sources-side-by-side")
    kinds = [b.get_text() for b in table.select("thead .badge")]
    assert sorted(kinds) == ["article", "article", "registry"]
    rows = {tr.select_one("td").get_text(): tr for tr in table.select("tbody tr")}
    walk = rows["six-minute walk distance · treatment arm · 12 weeks · mean"]
    assert [a.get_text() for a in walk.select("a.num")] == ["412.6"] * 3 and "agree" in walk.get_text()
    enrolled = rows["participants enrolled"]
    assert "differ" in enrolled.get_text() and {"118", "120"} <= {a.get_text() for a in enrolled.select("a.num")}
    values = {r["value"]: r["count"] for r in facet["facet_results"]["registration_status"]["results"]}
    assert values == {"registry record": 1}


def test_the_canned_query_lists_the_registry_disagreements(tmp_path):
    from conftest import client_for

    db = tmp_path / "e.db"
    ingest_paths([RECORD, ABSTRACT, NEWS], db)
    client = client_for(db)
    try:
        rows = client.get("/evidence/registry_disagreements.json?_shape=array").json()
    finally:
        client.close()
    assert {r["kind"] for r in rows} == {"outcome_switching", "registry_enrolment", "registered_retrospectively"}
    assert {r["registry_id"] for r in rows} == {"NCT09876543"}


def test_a_news_number_no_registry_or_paper_states_is_noted(tmp_path):
    news = tmp_path / "news.txt"
    news.write_text(NEWS.read_text(encoding="utf-8").replace("412.6", "431.0"), encoding="utf-8")
    db = tmp_path / "e.db"
    report = ingest_paths([RECORD, news], db)
    assert not report.failed and report.merged
    notes = sqlite3.connect(db).execute(
        "select severity, subject, message from checks where kind = 'unsupported_number'").fetchall()
    assert [(sev, subject) for sev, subject, _ in notes] == [("note", "six-minute walk distance (431)")]


def test_a_chictr_id_a_paper_names_is_linked_on_its_page(tmp_path):
    from bs4 import BeautifulSoup
    from conftest import client_for

    paper = tmp_path / "chictr.txt"
    paper.write_text(ABSTRACT.read_text(encoding="utf-8").replace("ClinicalTrials.gov NCT09876543",
                                                                    "注册号ChiCTR2100045678"), encoding="utf-8")
    db = tmp_path / "e.db"
    ingest_paths([paper], db)
    conn = sqlite3.connect(db)
    study_id, status = conn.execute("select id, registration_status from studies").fetchone()
    assert status == "id named"
    client = client_for(db)
    try:
        page = BeautifulSoup(client.get(f"/evidence/studies/{study_id}").text, "html.parser")
    finally:
        client.close()
    assert page.select_one('#registration ~ p a[href="https://trialsearch.who.int/Trial2.aspx?TrialID=ChiCTR2100045678"]')


# ---------------------------------------------------------------- what a second reader found


def record_with(**changes) -> dict:
    data = json.loads(RECORD.read_text(encoding="utf-8"))
    for path, value in changes.items():
        node = data
        keys = path.split("__")
        for k in keys[:-1]:
            node = node[int(k)] if isinstance(node, list) else node[k]
        last = keys[-1]
        node[int(last) if isinstance(node, list) else last] = value
    return data


def extract_record(data: dict) -> dict:
    (study,) = extract(read_bytes(json.dumps(data).encode("utf-8"), path="r.json")).to_json()["studies"]
    return study


def test_an_analysis_of_three_groups_is_no_comparison_of_two_arms():
    om = "resultsSection__outcomeMeasuresModule__outcomeMeasures__0"
    data = record_with(**{f"{om}__analyses__0__groupIds": ["OG000", "OG001", "OG002"]})
    data["resultsSection"]["outcomeMeasuresModule"]["outcomeMeasures"][0]["groups"].append({"id": "OG002", "title": "Drug K 20 mg"})
    assert not [e for e in extract_record(data)["effects"] if e["versus"] not in ("baseline",) and e["measure"] == "WOMAC pain"]


def test_an_analysis_keeps_the_order_its_record_states():
    data = record_with(**{"resultsSection__outcomeMeasuresModule__outcomeMeasures__0__analyses__0__groupIds": ["OG001", "OG000"]})
    (e,) = [e for e in extract_record(data)["effects"] if e["type"] == "mean_difference"]
    assert (e["group"], e["versus"], e["value"]) == ("Placebo", "Drug K 10 mg", -1.3)
    assert e["quote"].endswith("Placebo vs Drug K 10 mg: Mean Difference (Final Values) -1.3; 95% CI -1.9 to -0.7; p <0.001; ANCOVA")


def test_values_of_classes_titled_by_their_time_are_at_that_time():
    data = record_with()
    om = data["resultsSection"]["outcomeMeasuresModule"]["outcomeMeasures"][1]
    om["timeFrame"] = "Week 4 and Week 12"
    om["classes"] = [{"title": "Week 4", "categories": [{"measurements": [{"groupId": "OG000", "value": "300.1", "spread": "50"}]}]},
                     {"title": "Week 12", "categories": [{"measurements": [{"groupId": "OG000", "value": "412.6", "spread": "55.2"}]}]}]
    got = {(m["value"], (m["time"] or {}).get("value")) for m in extract_record(data)["measurements"]}
    assert got == {(300.1, 4), (412.6, 12)}


def test_a_95_percent_ci_given_as_the_apis_enumeration_is_kept():
    data = record_with(**{"resultsSection__outcomeMeasuresModule__outcomeMeasures__1__dispersionType": "CONFIDENCE_95"})
    data["resultsSection"]["outcomeMeasuresModule"]["outcomeMeasures"][1]["classes"][0]["categories"][0]["measurements"] = [
        {"groupId": "OG000", "value": "412.6", "lowerLimit": "398.0", "upperLimit": "427.2"}]
    (m,) = extract_record(data)["measurements"]
    assert (m["dispersion"], m["dispersion_value"]) == ("ci95", [398.0, 427.2])


@pytest.mark.parametrize("path, value", [
    ("protocolSection__designModule__enrollmentInfo__count", True),
    ("protocolSection__conditionsModule__conditions", "Knee Osteoarthritis"),
    ("protocolSection__statusModule", ["not", "an", "object"]),
])
def test_odd_field_types_invent_nothing(path, value):
    study = extract_record(record_with(**{path: value}))
    assert study["participants"]["enrolled"] in (118, None)
    assert study["conditions"] in ([], ["knee osteoarthritis"])


def test_a_registry_record_gets_no_publication_date_warnings(tmp_path):
    db = tmp_path / "e.db"
    ingest_paths([RECORD], db)
    kinds = {r[0] for r in sqlite3.connect(db).execute("select kind from checks")}
    assert "date_order" not in kinds and "follow_up_time" not in kinds


def test_a_papers_number_is_no_unsupported_news_number_when_the_registry_has_no_results(tmp_path):
    data = json.loads(RECORD.read_text(encoding="utf-8"))
    del data["resultsSection"]
    record = tmp_path / "NCT09876543.json"
    record.write_text(json.dumps(data), encoding="utf-8")
    db = tmp_path / "e.db"
    ingest_paths([record, ABSTRACT, NEWS], db)
    assert sqlite3.connect(db).execute("select count(*) from checks where kind = 'unsupported_number'").fetchone() == (0,)
