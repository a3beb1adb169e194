"""Statistics at ingest: stored rows, the migration, the study page, facets, and the seed end to end."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import subprocess
import sys

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import load_metadata, sci_article

from tests.paths import REPO, SEED, needs_shared

STATS_TABLES = ("effect_sizes", "checks")


def rows(db_path, sql, params=()):
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


# ---------------------------------------------------------------- the written test articles


def test_effect_sizes_are_stored_with_inputs_and_assumptions(db_path, study_ids):
    found = rows(db_path, "select * from effect_sizes where study_id = ? and measure = 'ASIA motor score'",
                 [study_ids["sci"]])
    assert {r["formula"] for r in found} == {"mean_change", "smc_change_sd", "smc_baseline_sd"}
    for r in found:
        assert r["assumed_r"] == 0.5 and r["n"] == 106 and r["comparison"] == "pre_post"
        assert 0.88 < r["implied_r"] < 0.90 and r["implied_r_relation"] == ">="
        assert json.loads(r["inputs"])["pre"]["mean"] == 40.7
        assert any("assumed" in a for a in json.loads(r["assumptions"]))
        assert r["formula_text"]


def test_record_is_not_touched_by_the_statistics(db_path, study_ids):
    (record,) = [json.loads(r["record"]) for r in rows(db_path, "select record from studies where id = ?",
                                                        [study_ids["sci"]])]
    _, original = sci_article()
    assert record == original.studies[0].to_json()


def test_checks_are_stored(db_path, study_ids):
    found = rows(db_path, "select * from checks where study_id = ?", [study_ids["sci"]])
    # "在完成安全性随访的48名患者中，34人（70.8%）": 48 is not in the record, so a note.
    (note,) = found
    assert note["kind"] == "percent_count" and note["severity"] == "note" and "48" in note["message"]
    assert json.loads(note["quotes"]) and json.loads(note["fields"])
    study = rows(db_path, "select * from studies where id = ?", [study_ids["sci"]])[0]
    assert json.loads(study["check_kinds"]) == ["percent_count"] and study["warnings"] == 0
    assert study["evidence_level"] == 4
    assert "single_arm" in json.loads(study["bias_flags"])


def test_every_new_column_is_described(db_path):
    tables = load_metadata()["databases"]["evidence"]["tables"]
    conn = sqlite3.connect(db_path)
    for table in STATS_TABLES + ("studies",):
        described = tables[table]["columns"]
        columns = [r[1] for r in conn.execute(f"pragma table_info([{table}])")]
        assert [c for c in columns if not str(described.get(c) or "").strip()] == [], table
        assert set(described) <= set(columns), table
        assert tables[table].get("description")


def test_studies_facets_include_checks_and_bias(client, study_ids):
    facets = client.get("/evidence/studies.json").json()["facet_results"]
    assert facets["check_kinds"]["type"] == "array" and facets["bias_flags"]["type"] == "array"
    assert "percent_count" in {r["value"] for r in facets["check_kinds"]["results"]}
    assert 4 in {r["value"] for r in facets["evidence_level"]["results"]}
    data = client.get("/evidence/studies.json?check_kinds__arraycontains=percent_count").json()
    assert study_ids["sci"] in [r[0] for r in data["rows"]]


@pytest.mark.parametrize("path", ["/evidence/effect_sizes", "/evidence/checks", "/evidence/effect_sizes.json",
                                  "/evidence/checks.json"])
def test_stats_tables_are_served(client, path):
    assert client.get(path).status_code == 200


def test_study_page_shows_checks_and_effect_sizes(client, study_ids):
    page = BeautifulSoup(client.get(f"/evidence/studies/{study_ids['sci']}").text, "html.parser")
    panel = page.select_one("section.checks-panel")
    assert panel and panel.select_one("li.note[data-kind=percent_count]")
    table = page.select_one("table.effect-sizes")
    motor = [tr for tr in table.select("tbody tr") if "ASIA motor score" in tr.get_text()]
    assert len(motor) == 3
    cells = [td.get_text(" ", strip=True) for td in motor[0].find_all("td")]
    assert cells[4] == "mean change" and cells[5].startswith("2.60 [")
    assert cells[7] == "0.5" and cells[8] == "≥ 0.89"
    assert "CEBM level 4" in page.select_one(".badge.level").get_text()
    # Computed numbers are not dressed as the article's: no .num, and no table.facts.
    assert not table.select(".num") and "facts" not in table["class"]


def test_hostile_text_in_checks_and_effects_is_escaped(client, study_ids):
    html = client.get(f"/evidence/studies/{study_ids['hostile']}").text
    assert "<script>alert(1)</script>" not in html and "<img src=x" not in html


# ---------------------------------------------------------------- migration and import cost


def test_migration_marks_old_sources_for_recomputation(tmp_path):
    import sqlite_utils

    from ingest.store import open_db, write_article
    from ingest.store.schema import migrations

    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    migrations().apply(db, stop_before="m002_statistics")
    db["sources"].insert({"id": "s1", "sha256": "x", "extractor_version": "1"})
    db.close()
    db = open_db(path)
    assert db.execute("select extractor_version from sources").fetchone() == (None,)
    assert {"evidence_level", "bias_flags", "check_kinds", "warnings"} <= set(db["studies"].columns_dict)
    doc, record = sci_article()
    assert write_article(db, doc, record) == "ingested"
    assert db.execute("select count(*) from effect_sizes").fetchone()[0] > 0


def test_extract_never_imports_the_statistics():
    code = ("import sys; from ingest.commands import extract_file; "
            f"extract_file({str(REPO / 'examples' / 'zh-news-msc-knee-oa.txt')!r}); "
            "bad = [m for m in sys.modules if m.startswith(('ingest.stats', 'scipy', 'statsmodels', 'numpy'))]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ingest_does_not_import_scipy_or_statsmodels(tmp_path):
    # (numpy and pandas may be there: sqlite-utils imports them whenever they are installed.)
    code = ("import sys; from ingest.commands import ingest_paths; "
            f"ingest_paths([{str(REPO / 'examples')!r}], {str(tmp_path / 'e.db')!r}); "
            "bad = [m for m in sys.modules if m.startswith(('scipy', 'statsmodels'))]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_rewriting_after_a_changed_assumption_replaces_the_rows(tmp_path, monkeypatch):
    from ingest.store import open_db, write_article

    db = open_db(tmp_path / "e.db")
    doc, record = sci_article()
    write_article(db, doc, record)
    before = db.execute("select count(*) from effect_sizes").fetchone()[0]
    monkeypatch.setenv("EVIDENCE_PRE_POST_R", "0.8")
    write_article(db, doc, record, force=True)
    assert db.execute("select count(*) from effect_sizes").fetchone()[0] == before
    assert {r[0] for r in db.execute("select assumed_r from effect_sizes where assumed_r is not null")} == {0.8}


# ---------------------------------------------------------------- the seed article, end to end


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory):
    from ingest.commands import ingest_paths

    db = tmp_path_factory.mktemp("seed-stats") / "evidence.db"
    report = ingest_paths([SEED], db)
    assert report.ingested and not report.failed
    return db


@pytest.fixture(scope="module")
def seed_ds(seed_db):
    from datasette.app import Datasette

    metadata = yaml.safe_load((REPO / "metadata.yml").read_text(encoding="utf-8"))
    return Datasette([str(seed_db)], metadata=metadata, template_dir=str(REPO / "templates"),
                     plugins_dir=str(REPO / "plugins"))


def seed_get(ds, path):
    async def go():
        return await ds.client.get(path)
    return asyncio.run(go())


@needs_shared
def test_seed_cervical_percentage_is_flagged(seed_db):
    found = rows(seed_db, "select * from checks where kind = 'percent_count' and severity = 'warning'")
    (cervical,) = [c for c in found if c["subject"] == "cervical"]
    assert "32 (39.2%)" in cervical["message"] and "30.2%" in cervical["message"]
    assert "39.2%" in json.loads(cervical["quotes"])[0]
    sums = rows(seed_db, "select * from checks where kind = 'percent_sum'")
    assert len(sums) == 1 and "109" in sums[0]["message"] and sums[0]["severity"] == "warning"
    # The subgroup sizes add up: no subgroup_sum row.
    assert rows(seed_db, "select * from checks where kind = 'subgroup_sum'") == []


@needs_shared
def test_seed_adverse_event_percentages_are_noted_not_flagged(seed_db):
    found = rows(seed_db, "select * from checks where message like '%70.8%'")
    assert [c["severity"] for c in found] == ["note"]
    assert "48" in found[0]["message"]


@needs_shared
def test_seed_asia_motor_effect_size_carries_its_implied_correlation(seed_db):
    found = rows(seed_db, "select * from effect_sizes where measure = 'ASIA motor score' and group_name = 'all' "
                          "and versus = 'baseline' and time_label = '12 months'")
    assert {r["formula"] for r in found} == {"mean_change", "smc_change_sd", "smc_baseline_sd"}
    for r in found:
        assert 0.88 <= r["implied_r"] <= 0.90 and r["implied_r_relation"] == ">="
        assert r["assumed_r"] == 0.5 and r["n"] == 106
        assert "p<0.001" in r["implied_r_basis"]
    mc = next(r for r in found if r["formula"] == "mean_change")
    assert mc["estimate"] == pytest.approx(2.6)


@needs_shared
def test_seed_study_row_has_level_flags_and_check_summary(seed_db):
    (study,) = rows(seed_db, "select * from studies")
    assert study["evidence_level"] == 4
    assert {"single_arm", "no_control"} <= set(json.loads(study["bias_flags"]))
    assert {"percent_count", "percent_sum"} <= set(json.loads(study["check_kinds"]))
    assert study["warnings"] >= 2


@needs_shared
def test_seed_study_page_shows_the_check_and_the_implied_r(seed_db, seed_ds):
    (sid,) = [r["id"] for r in rows(seed_db, "select id from studies")]
    r = seed_get(seed_ds, f"/evidence/studies/{sid}")
    assert r.status_code == 200
    page = BeautifulSoup(r.text, "html.parser")
    items = page.select("section.checks-panel ul.checks li")
    assert items[0]["class"] == ["warning"]  # warnings first
    severities = [li["class"][0] for li in items]
    assert severities == sorted(severities, key=lambda s: s != "warning")
    cervical = [li for li in items if "39.2%" in li.get_text() and "cervical" in li.get_text()]
    assert cervical and cervical[0]["class"] == ["warning"]
    assert any("70.8%" in li.get_text() for li in items if li["class"] == ["note"])
    motor = [tr for tr in page.select("table.effect-sizes tbody tr")
             if tr.find("td").get_text(strip=True) == "ASIA motor score"
             and tr.find_all("td")[1].get_text(strip=True) == "all"]
    assert motor
    implied = motor[0].select_one("td.implied-r").get_text(strip=True)
    assert implied in ("≥ 0.89", "≥ 0.88", "≥ 0.90")
    assert "paired t-test" in motor[0].select_one("td.implied-r span")["title"]


@needs_shared
def test_seed_checks_are_a_facet_on_the_studies_table(seed_db, seed_ds):
    r = seed_get(seed_ds, "/evidence/studies.json")
    facet = r.json()["facet_results"]["check_kinds"]
    assert {"percent_count", "percent_sum"} <= {x["value"] for x in facet["results"]}
    html = seed_get(seed_ds, "/evidence/studies").text
    assert "check_kinds" in html and "percent_count" in html


@needs_shared
def test_seed_reingest_keeps_stats_rows(seed_db):
    from ingest.commands import ingest_paths

    conn = sqlite3.connect(seed_db)
    before = {t: conn.execute(f"select * from [{t}] order by id").fetchall() for t in STATS_TABLES}
    ingest_paths([SEED], seed_db, force=True)
    after = {t: conn.execute(f"select * from [{t}] order by id").fetchall() for t in STATS_TABLES}
    assert after == before
