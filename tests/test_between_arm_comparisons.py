"""Comparisons a methodologist would sign: controlled trials pooled between their arms, a
single-arm study kept apart, the export in metafor's shape, and the certainty with its
reasons. Ingest -> database -> /-/compare page, CSV and JSON, end to end.

The three articles in tests/fixtures/compare are written for these tests: two randomised
placebo-controlled trials that give each arm's mean, SD and n of one pain score at 12
months, and a single-arm study of the same score before and after.
"""

from __future__ import annotations

import csv
import io
import math

import pytest
from bs4 import BeautifulSoup
from conftest import client_for

from ingest.commands import ingest_paths
from ingest.stats import pooling
from tests.paths import REPO

FIXTURES = REPO / "tests" / "fixtures" / "compare"
TRIALS = ("knee-oa-rct-umbilical.txt", "knee-oa-rct-adipose.txt")
SINGLE_ARM = "knee-oa-single-arm-marrow.txt"
SLUG = "visual-analogue-scale-pain"


def escalc_smd(m1, sd1, n1, m2, sd2, n2):
    """metafor's escalc(measure = "SMD") as its documentation defines it: Hedges' g with the
    exact correction c(m) = Γ(m/2)/(√(m/2)·Γ((m − 1)/2)), m = n1 + n2 − 2, and the
    large-sample variance 1/n1 + 1/n2 + g²/(2(n1 + n2))."""
    m = n1 + n2 - 2
    c = math.exp(math.lgamma(m / 2) - math.log(math.sqrt(m / 2)) - math.lgamma((m - 1) / 2))
    g = c * (m1 - m2) / math.sqrt(((n1 - 1) * sd1 ** 2 + (n2 - 1) * sd2 ** 2) / m)
    return g, 1 / n1 + 1 / n2 + g * g / (2 * (n1 + n2))


@pytest.fixture(scope="module")
def knee(tmp_path_factory):
    path = tmp_path_factory.mktemp("between") / "evidence.db"
    report = ingest_paths([FIXTURES / name for name in (*TRIALS, SINGLE_ARM)], path)
    assert len(report.ingested) == 3 and not report.failed
    client = client_for(path)
    yield client
    client.close()


def csv_rows(client, query=""):
    response = client.get(f"/-/compare/{SLUG}.csv{query}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.text)))


def test_the_csv_has_one_between_arms_row_per_trial_with_escalc_values(knee):
    rows = csv_rows(knee)
    assert list(rows[0])[:20] == ["study_id", "study", "design", "comparison", "time_label", "group", "versus",
                                  "measure", "m1i", "sd1i", "n1i", "m2i", "sd2i", "n2i", "ai", "n1i_events", "ci",
                                  "n2i_events", "yi", "vi"]
    smd = [r for r in rows if r["comparison"] == "between_arms"]
    assert len(smd) == 2 and len({r["study_id"] for r in smd}) == 2  # one row per trial
    assert {r["measure"] for r in smd} == {"SMD"}
    written = {(r["m1i"], r["sd1i"], r["n1i"], r["m2i"], r["sd2i"], r["n2i"]) for r in smd}
    assert written == {("2.9", "1.4", "30", "4.6", "1.7", "30"), ("3.8", "2.0", "40", "4.4", "2.1", "40")}
    for r in smd:
        assert (r["design"], r["group"], r["versus"], r["time_label"]) == ("rct", "stem cell", "placebo", "12 months")
        yi, vi = escalc_smd(*(float(r[k]) for k in ("m1i", "sd1i", "n1i", "m2i", "sd2i", "n2i")))
        assert float(r["yi"]) == pytest.approx(yi, abs=1e-4) and float(r["vi"]) == pytest.approx(vi, abs=1e-4)
        assert r["pooled"] == "TRUE"


def test_the_single_arm_study_is_within_arm_only(knee):
    rows = csv_rows(knee)
    single = {r["study_id"] for r in rows if r["design"] == "single_arm_trial"}
    assert len(single) == 1
    mine = [r for r in rows if r["study_id"] in single]
    assert [(r["comparison"], r["measure"]) for r in mine] == [("within_arm", "SMCC")]
    smcc = mine[0]
    # Group 1 is the follow-up, group 2 the baseline; metafor reads ni and the assumed ri.
    assert (smcc["m1i"], smcc["m2i"], smcc["ni"], smcc["ri"]) == ("3.9", "6.8", "25", "0.5")
    sd = math.sqrt(1.8 ** 2 + 1.5 ** 2 - 2 * 0.5 * 1.8 * 1.5)
    c = math.exp(math.lgamma(12) - math.log(math.sqrt(12)) - math.lgamma(11.5))
    assert float(smcc["yi"]) == pytest.approx(c * (3.9 - 6.8) / sd, abs=1e-4)


def test_the_pooled_between_arms_estimate_uses_only_the_trials(knee):
    data = knee.get(f"/-/compare/{SLUG}.json").json()
    b = data["between_arms"]
    assert b["metric"] == "SMD" and "SMD" in b["metrics"]
    (pooled,) = b["pooled"]
    trials = {r["study_id"] for r in data["export"] if r["design"] == "rct"}
    assert pooled["k"] == 2 and set(pooled["studies"]) == trials
    smd = [r for r in csv_rows(knee) if r["comparison"] == "between_arms" and r["measure"] == "SMD"]
    smd.sort(key=lambda r: pooled["studies"].index(r["study_id"]))
    expected = pooling.pool([float(r["yi"]) for r in smd], [float(r["vi"]) for r in smd], "DL")
    assert pooled["estimate"] == pytest.approx(expected["estimate"], abs=1e-8)
    assert pooled["ci_low"] == pytest.approx(expected["ci_low"], abs=1e-8)
    # The single-arm study is pooled, alone, only in its own section.
    within = data["within_arm"]
    assert within["metric"] == "smc_change_sd"
    (alone,) = within["pooled"]
    assert alone["k"] == 1 and set(alone["studies"]).isdisjoint(trials) and "estimate" not in alone


def test_the_csv_follows_the_pages_choice_of_metrics(knee):
    rows = csv_rows(knee, "?between=MD&metric=smc_baseline_sd")
    between = [r for r in rows if r["comparison"] == "between_arms"]
    assert [r["measure"] for r in between] == ["MD", "MD"]
    assert sorted(float(r["yi"]) for r in between) == pytest.approx([2.9 - 4.6, 3.8 - 4.4])
    (smcr,) = [r for r in rows if r["comparison"] == "within_arm"]
    # metafor's SMCR standardises by sd1i: here the baseline SD, with the follow-up as m1i.
    assert (smcr["measure"], smcr["m1i"], smcr["sd1i"], smcr["m2i"]) == ("SMCR", "3.9", "1.5", "6.8")


def test_hartung_knapp_and_methods_change_the_interval_not_the_rows(knee):
    plain = knee.get(f"/-/compare/{SLUG}.json").json()["between_arms"]["pooled"][0]
    hk = knee.get(f"/-/compare/{SLUG}.json?hksj=1&method=REML").json()["between_arms"]["pooled"][0]
    assert plain["test"] == "z" and hk["test"] == "knha" and hk["method"] == "REML"
    assert hk["test_df"] == 1 and (hk["ci_high"] - hk["ci_low"]) > (plain["ci_high"] - plain["ci_low"])


def test_the_page_shows_both_sections_the_certainty_and_the_r_snippet(knee):
    response = knee.get(f"/-/compare/{SLUG}")
    assert response.status_code == 200
    page = BeautifulSoup(response.text, "html.parser")
    between = page.select_one("section#between-arms")
    assert len(between.select("table.between-arms tbody tr")) == 2
    certainty = between.select_one("details.certainty")
    assert certainty.select_one(".rating").get_text() in ("high", "moderate", "low", "very low")
    reasons = certainty.get_text()
    assert "computed, not a panel judgement" in reasons and "every pooled study is a randomised trial" in reasons
    assert "imprecision" in reasons and "2 studies" in reasons
    assert between.select_one("svg.forest-plot") is not None
    snippet = between.select_one("pre.r-snippet").get_text()
    assert "library(metafor)" in snippet and f"/-/compare/{SLUG}.csv" in snippet and 'metric == "SMD"' in snippet
    within = page.select_one("section#within-arm")
    assert "lower-certainty" in within.get_text()
    assert "pooling needs two or more studies" in within.get_text()
    assert page.select_one(f'a[href="/-/compare/{SLUG}.csv"]') is not None


def test_the_svg_download_draws_either_section(knee):
    between = knee.get(f"/-/compare/{SLUG}.svg").text
    within = knee.get(f"/-/compare/{SLUG}.svg?section=within").text
    assert "stem cell vs placebo" in between and "stem cell vs placebo" not in within


def test_the_examples_compare_arms_not_subgroups(examples):
    """Means per arm, a reported odds ratio, a reported difference: each between two arms. Two
    subgroups of one cohort (EDSS by course of the disease) are never a between-arm row."""
    data = examples.get("/-/compare/hba1c.json").json()
    assert data["between_arms"]["metrics"] == ["SMD", "MD"]
    rows = list(csv.DictReader(io.StringIO(examples.get("/-/compare/hba1c.csv?between=MD").text)))
    between = [r for r in rows if r["comparison"] == "between_arms"]
    assert {(r["measure"], r["group"], r["versus"]) for r in between} == {("MD", "corvagliptan", "placebo")}
    # Computed from the arms' means first; the difference the article reports is the fallback.
    md = [r for r in between if r["measure"] == "MD"]
    assert [(r["formula"], r["pooled"]) for r in md] == [("mean_difference", "TRUE"),
                                                         ("reported_mean_difference", "FALSE")]
    odds = list(csv.DictReader(io.StringIO(examples.get("/-/compare/modified-rankin-scale.csv?between=OR").text)))
    (o,) = [r for r in odds if r["comparison"] == "between_arms"]
    assert (o["measure"], o["formula"], o["n1i"], o["n2i"]) == ("OR", "reported_odds_ratio", "624", "498")
    assert float(o["yi"]) == pytest.approx(math.log(1.62), abs=1e-6)
    edss = examples.get("/-/compare/edss.json").json()
    assert edss["between_arms"]["rows"] == [] and edss["between_arms"]["metric"] is None
    assert not [r for r in edss["export"] if r["comparison"] == "between_arms"]


def test_only_a_treatment_against_a_control_is_pooled_and_never_a_summary():
    """A meta-analysis's own pooled MD, two doses against each other, and a control against a
    treatment are shown, never pooled with the trials (it would count trials twice, answer
    another question, or point the other way)."""
    from ingest.site.between_arms import between_rows

    studies = {s: {"id": s, "first_author": s.upper(), "year": 2024, "design": d, "comparator": comp}
               for s, d, comp in (("a", "rct", "placebo"), ("b", "rct", None), ("c", "rct", None),
                                  ("d", "meta_analysis", "control"), ("e", "rct", "usual care"))}
    pairs = {"a": ("drug", "placebo"), "b": ("high dose", "low dose"), "c": ("control", "drug"),
             "d": ("treatment", "control"), "e": ("exercise", "usual care")}
    sizes = [{"study_id": s, "group_name": g, "versus": v, "time_label": "12 weeks", "time_days": 84.0,
              "formula": "mean_difference", "comparison": "two_group", "estimate": -1.0, "ci_low": -2.0,
              "ci_high": 0.0, "yi": -1.0, "vi": 0.25, "n": 100, "n1": 50, "n2": 50, "inputs": "{}"}
             for s, (g, v) in pairs.items()]
    pooled = {r["study_id"] for r in between_rows(studies, sizes) if r["pooled"]}
    assert pooled == {"a", "e"}


def test_odd_arguments_share_the_cached_page_and_json_has_no_infinity(knee):
    plain = knee.get(f"/-/compare/{SLUG}.json").json()
    assert knee.get(f"/-/compare/{SLUG}.json?x=1&between=").json() == plain
    text = knee.get(f"/-/compare/{SLUG}.json?hksj=1").text
    assert "Infinity" not in text and "NaN" not in text
