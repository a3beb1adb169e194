"""Two table shapes of journal pages:

- a plain-text table of a cohort by exposure whose rows name an outcome, then its hazard
  ratios against the reference group printed as "HR 1", then the rows of that outcome's
  events ("No. of events 25 (9.3) …") and rates per person-time (no stat of a record holds
  those);
- a ruled table whose header lost the cell over the labels, with the arms' sizes and what
  their cells hold on rows of their own under it, each outcome a heading over a visit row and
  a "Relative change (%)" row with the arms' p.

Every table here is written for this test, in its own words.
"""

from ingest.extract import extract
from ingest.read import read_bytes


def arm(name: str) -> str:
    """A column's arm as the study calls it: "Placebo Group" is the arm "placebo"."""
    return "placebo" if name.lower().startswith("placebo") else name


def study_of(text: str) -> dict:
    studies = extract(read_bytes(text.encode("utf-8"), path="table.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]


COHORT = """Table 2.

Ten-year hazard ratios of cardiac events by smoking history (n = 900)

Smoking history
Never (n = 400) Former (n = 300) Current (n = 200)
Heart failure HR 1 1.4 (1.1–1.9) 2.2 (1.6–3.0)
No. of events 40 (10.0) 42 (14.0) 44 (22.0)
Incidence rate 11 (8–15) 16 (12–22) 25 (18–33)
Atrial fibrillation HR 1 1.2 (0.9–1.6) 1.9 (1.3–2.7)
No. of events 20 (5.0) 18 (6.0) 19 (9.5)
Incidence rate 5 (3–8) 7 (4–11) 11 (7–17)
"""


def test_a_row_of_ratios_against_the_reference_gives_each_group_against_it():
    study = study_of(COHORT)
    ratios = {(e["measure"].lower(), e["group"], e["versus"], e["type"], e["value"], tuple(e["ci"])) for e in study["effects"]}
    assert {("heart failure", "Former", "Never", "hazard_ratio", 1.4, (1.1, 1.9)),
            ("heart failure", "Current", "Never", "hazard_ratio", 2.2, (1.6, 3.0)),
            ("atrial fibrillation", "Current", "Never", "hazard_ratio", 1.9, (1.3, 2.7))} <= ratios, ratios


def test_the_events_under_the_outcome_are_its_shares_and_rates_are_not_means():
    study = study_of(COHORT)
    shares = {(m["measure"].lower(), m["group"], m["stat"], m["value"]) for m in study["measurements"]}
    assert {("heart failure", "Never", "percent", 10.0), ("heart failure", "Current", "percent", 22.0),
            ("atrial fibrillation", "Former", "percent", 6.0)} <= shares, shares
    # (no mean of 11 from "Incidence rate 11 (8–15)", no ratio read as a mean)
    assert not [m for m in study["measurements"] if m["stat"] == "mean"], study["measurements"]


RULED = """Table 3. Outcomes and changes from baseline to 12 weeks.
Herb K Group | Placebo Group | p value | |
---|---|---|---|
(n = 31) | (n = 30) | ||
median (min, max) | median (min, max) | ||
Body mass index (kg/m2) | |||
At week 12 | 27.2 (22.0, 34.1) | 28.0 (23.5, 33.9) | |
Relative change (%) | -1.4 (-4.0, 2.1) | 0.3 (-2.2, 3.0) | 0.021* |
2hPG (mg/dL) | |||
At week 12 | 168.0 (80.0, 290.0) | 240.0 (150.0, 350.0) | |
Relative change (%) | -20.5 (-58.0, 90.0) | 4.2 (-40.0, 88.0) | 0.004** |
"""


def test_a_header_that_lost_its_label_cell_reads_with_the_sizes_and_hint_under_it():
    study = study_of(RULED)
    levels = {(m["measure"], arm(m["group"]), m["stat"], m["value"], m["dispersion"], tuple(m["dispersion_value"] or ()))
              for m in study["measurements"]}
    assert ("body mass index", "Herb K Group", "median", 27.2, "range", (22.0, 34.1)) in levels, levels
    assert ("2-hour postprandial glucose", "placebo", "median", 240.0, "range", (150.0, 350.0)) in levels, levels
    times = {m["time"]["value"] for m in study["measurements"] if m["time"]}
    assert times == {12}, times


def test_a_relative_change_row_is_each_arms_percent_change_and_the_arms_p():
    study = study_of(RULED)
    changes = {(m["measure"], arm(m["group"]), m["stat"], m["value"]) for m in study["measurements"]}
    assert {("percent change in body mass index", "Herb K Group", "median", -1.4),
            ("percent change in body mass index", "placebo", "median", 0.3)} <= changes, changes
    ps = {(e["measure"], e["p"]) for e in study["effects"] if e["type"] == "none"}
    assert {("percent change in body mass index", 0.021), ("percent change in 2-hour postprandial glucose", 0.004)} <= ps, ps
