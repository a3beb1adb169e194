"""A trial's table whose rows open with their time or with "change": "Baseline FBG (mmol/L)",
"8-week FBG", "Change in FBG" (each arm's change, its own p after it, the arms' p in the last
column), with labels a page converted from TeX ("HbA_{1c}"). Made-up table and numbers."""

from ingest.extract import extract
from ingest.read import read_bytes

ARTICLE = """Exenatide added to basal insulin: a randomized, placebo-controlled trial

Sixty adults with type 2 diabetes on basal insulin were randomly assigned to exenatide (n = 30) or placebo (n = 30) for 8 weeks.

Table 2. Outcomes at 8 weeks (mean ± SD)
Exenatide | Placebo | P value^{a} | |
---|---|---|---|
Baseline HbA_{1c} (%) | 8.1 ± 0.4 | 8.0 ± 0.5 | 0.61 |
8-week HbA_{1c} (%) | 7.4 ± 0.5 | 7.9 ± 0.6 | 0.01 |
Change in HbA_{1c} (%) | −0.7 ± 0.3 (P < 0.001)^{b} | −0.1 ± 0.2 (P = 0.35)^{b} | 0.002 |
Baseline body weight (kg) | 92.3 ± 6.1 | 93.0 ± 5.8 | 0.70 |
Change in body weight (kg) | −2.1 ± 0.9 (P = 0.004)^{b} | −0.3 ± 0.8 (P = 0.41)^{b} | 0.03 |
"""


def study() -> dict:
    (s,) = extract(read_bytes(ARTICLE.encode("utf-8"), path="t.txt")).to_json()["studies"]
    return s


def when(item):
    return (item["time"] or {}).get("value"), (item["time"] or {}).get("unit")


def test_baseline_rows_are_at_baseline_under_the_measures_own_name():
    got = {(m["measure"], m["group"], m["value"], when(m)) for m in study()["measurements"]}
    assert ("HbA1c", "exenatide", 8.1, (0, "month")) in got
    assert ("HbA1c", "placebo", 8.0, (0, "month")) in got
    assert ("body weight", "exenatide", 92.3, (0, "month")) in got
    assert ("HbA1c", "exenatide", 7.4, (8, "week")) in got
    assert not [m for m in study()["measurements"] if m["measure"].lower().startswith(("baseline", "change"))]


def test_change_rows_are_each_arms_change_with_its_own_p_and_the_arms_p():
    effects = {(e["measure"], e["group"], e["versus"], e["type"], e["value"], e["p"], e["p_relation"])
               for e in study()["effects"]}
    assert ("HbA1c", "exenatide", "baseline", "mean_change", -0.7, 0.001, "<") in effects
    assert ("HbA1c", "placebo", "baseline", "mean_change", -0.1, 0.35, "=") in effects
    assert ("HbA1c", "exenatide", "placebo", "none", None, 0.002, "=") in effects
    assert ("body weight", "exenatide", "baseline", "mean_change", -2.1, 0.004, "=") in effects


def test_arms_compared_at_baseline_are_no_result():
    assert not [e for e in study()["effects"] if e["p"] in (0.61, 0.70)]


# ---------------------------------------------------------------- what such a label is not


def study_of(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="t.txt")).to_json()["studies"]
    return s


HEAD = ("Liraglutide added to metformin: a randomized, placebo-controlled trial\n\n"
        "A total of 200 adults with type 2 diabetes were randomly assigned to liraglutide (n = 100) or placebo (n = 100) "
        "for 24 weeks.\n\n")


def test_a_baseline_category_is_a_subgroup_not_a_time():
    s = study_of(HEAD + "Table 3. HbA1c change at week 24 in subgroups (mean ± SD)\n"
                 "Liraglutide | Placebo | P value | |\n---|---|---|---|\n"
                 "Baseline HbA1c <8.0% | −0.5 ± 0.4 | −0.2 ± 0.4 | 0.003 |\n"
                 "Baseline HbA1c ≥8.0% | −1.1 ± 0.6 | −0.4 ± 0.5 | <0.001 |\n")
    assert not [m for m in s["measurements"] if (m["time"] or {}).get("value") == 0]
    assert {e["p"] for e in s["effects"] if e["versus"] == "placebo"} == {0.003, 0.001}


def test_counts_of_responders_led_by_change_are_no_mean_changes():
    s = study_of(HEAD + "Table 3. Secondary outcomes at week 24 (mean ± SD or n (%))\n"
                 "Liraglutide | Placebo | P value | |\n---|---|---|---|\n"
                 "Change in body weight ≥5% | 14 (14.0) | 4 (4.0) | 0.02 |\n"
                 "Change in body weight (kg) | −3.1 ± 2.0 | −0.8 ± 1.9 | <0.001 |\n")
    changes = {(e["measure"], e["group"], e["value"]) for e in s["effects"] if e["type"] == "mean_change"}
    assert changes == {("body weight", "liraglutide", -3.1), ("body weight", "placebo", -0.8)}


def test_the_difference_column_of_a_change_row_is_the_difference_of_the_changes():
    s = study_of(HEAD + "Table 2. Efficacy outcomes at week 24\n"
                 "Liraglutide | Placebo | Treatment difference (95% CI) | P value |\n---|---|---|---|\n"
                 "Change in HbA1c, %, LS mean (95% CI) | −1.6 (−1.8 to −1.4) | −0.4 (−0.6 to −0.2) | "
                 "−1.2 (−1.5 to −0.9) | <0.001 |\n"
                 "Change in body weight, kg, LS mean (SE) | −2.8 (0.3) | −0.6 (0.3) | −2.2 (−3.0 to −1.4) | <0.001 |\n")
    between = [(e["measure"], e["group"], e["versus"], e["type"], e["value"], e["ci"], e["p"])
               for e in s["effects"] if e["versus"] == "placebo"]
    assert between == [("HbA1c", "liraglutide", "placebo", "difference_in_change", -1.2, [-1.5, -0.9], 0.001),
                       ("body weight", "liraglutide", "placebo", "difference_in_change", -2.2, [-3.0, -1.4], 0.001)]


def test_change_rows_under_a_weeks_heading_keep_that_time():
    s = study_of(HEAD + "Table 2. Changes from baseline (mean ± SD)\n"
                 "Outcome | Liraglutide | Placebo | P value |\n---|---|---|---|\n"
                 "Week 12 | | | |\n"
                 "Change from baseline in body weight (kg) | −2.0 ± 1.5 | −0.5 ± 1.2 | <0.001 |\n"
                 "Week 24 | | | |\n"
                 "Change from baseline in body weight (kg) | −3.5 ± 2.1 | −0.7 ± 1.6 | <0.001 |\n")
    changes = {(e["group"], e["value"], (e["time"] or {}).get("value")) for e in s["effects"] if e["type"] == "mean_change"}
    assert ("liraglutide", -2.0, 12) in changes or ("liraglutide", -3.5, 24) in changes
    assert not [c for c in changes if c[2] is None]
