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
