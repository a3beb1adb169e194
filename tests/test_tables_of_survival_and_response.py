"""A results table as journals of oncology print it: a header the page wrapped over lines, each
heading ending on its bar, over a label column headed "Efficacy Variable"; rows printed to the
header's width with empty last cells; survival rates by visit under "Survival rate — % (95% CI)";
response counted ("No. of patients with a response") and then as shares ("% (95% CI)") under
"Independent review" and "Investigator review"; a ratio column of two kinds ("Hazard Ratio or
Response-Rate Ratio"); and p-values printed a column early, under the ratio's heading.

Every table here is written for this test, with its own numbers.
"""

import pytest

from ingest.extract import extract
from ingest.extract.tables import difference_cell
from ingest.read import read_bytes

TABLE = """Table 2. Survival and Response in the Intention-to-Treat Population.
Efficacy Variable | Drug K plus Drug M (N = 300) |
Drug M Alone (N = 298) |
Hazard Ratio or Response-Rate Ratio (95% CI)* |
P Value |
---|---|---|---|---|
Overall survival | ||||
Median overall survival — mo (95% CI) | 9.1 (8.2–10.0) | 7.0 (6.1–7.8) | 0.75 (0.63–0.89) | <0.001 |
Survival rate — % (95% CI) | ||||
6 mo | 70 (64–75) | 58 (52–64) | <0.001 | |
12 mo | 38 (32–44) | 25 (20–31) | 0.004 | |
Response | ||||
Rate of objective response | ||||
Independent review | ||||
No. of patients with a response | 72 | 24 | 2.98 (1.95–4.55) | <0.001 |
% (95% CI) | 24 (19–29) | 8 (5–12) | ||
Investigator review | ||||
No. of patients with a response | 90 | 30 | 2.99 (2.05–4.37) | <0.001 |
% (95% CI) | 30 (25–35) | 10 (7–14) | ||
"""


@pytest.fixture(scope="module")
def study():
    (s,) = extract(read_bytes(TABLE.encode("utf-8"), path="table.txt")).to_json()["studies"]
    return s


def values(study, measure):
    return {(m["group"], m["value"], (m["time"] or {}).get("value")) for m in study["measurements"] if m["measure"] == measure}


def test_the_wrapped_header_names_the_arms_and_their_sizes(study):
    assert {(g["name"], g["n"]) for g in study["groups"]} == {("Drug K plus Drug M", 300), ("Drug M Alone", 298)}


def test_a_median_with_its_unit_and_interval(study):
    assert values(study, "overall survival") == {("Drug K plus Drug M", 9.1, None), ("Drug M Alone", 7.0, None)}


def test_survival_rates_by_visit_under_their_heading(study):
    assert values(study, "overall survival rate") == {
        ("Drug K plus Drug M", 70, 6), ("Drug M Alone", 58, 6), ("Drug K plus Drug M", 38, 12), ("Drug M Alone", 25, 12)}


def test_a_p_printed_under_the_ratios_heading_is_the_visits_p(study):
    ps = {(e["time"] or {}).get("value"): (e["p"], e["value"]) for e in study["effects"] if e["measure"] == "overall survival rate"}
    assert ps == {6: (0.001, None), 12: (0.004, None)}


@pytest.mark.parametrize("review, shares, ratio", [
    ("independent review", {24, 8}, 2.98),
    ("investigator review", {30, 10}, 2.99),
])
def test_response_by_each_review_as_shares_with_its_ratio(study, review, shares, ratio):
    measure = f"objective response rate ({review})"
    found = [m for m in study["measurements"] if m["measure"] == measure]
    assert {m["value"] for m in found} == shares and {m["stat"] for m in found} == {"percent"}, study["measurements"]
    (effect,) = [e for e in study["effects"] if e["measure"] == measure]
    assert (effect["value"], effect["type"], effect["p"]) == (ratio, "risk_ratio", 0.001)


def test_the_hazard_ratio_of_survival(study):
    (effect,) = [e for e in study["effects"] if e["measure"] == "overall survival"]
    assert (effect["type"], effect["value"], effect["ci"]) == ("hazard_ratio", 0.75, [0.63, 0.89])


def test_a_ratio_header_of_two_kinds():
    header = "Hazard Ratio or Response-Rate Ratio (95% CI)"
    assert [e.type for e in difference_cell("0.75 (0.63–0.89)", header)] == ["hazard_ratio"]
    assert [e.type for e in difference_cell("2.98 (1.95–4.55)", header, shares=True)] == ["risk_ratio"]
