"""A results table whose effect column is named by its ratio ("Relative risk (95% CI)"):
each row's ratio, interval and p against the comparator; in a row of means, what such a
column holds is the difference of the means (checked against them, to their rounding), never
a ratio of risks; row labels without their unit (", d") or their cells' kind ("no (%)");
mortality in the ICU, in hospital and at 28 days kept apart. The tables are written for this
test."""

from ingest.extract import extract
from ingest.read import read_bytes

TABLE = """Table 2:
Outcome | Drug K n = 40 | Placebo n = 38 | Relative risk (95% CI) | p value |
---|---|---|---|---|
28-day mortality, no. (%) | 12 (30) | 15 (39) | 0.76 (0.41 to 1.40) | 0.38 |
ICU mortality, no. (%) | 9 (23) | 13 (34) | 0.66 (0.32 to 1.37) | 0.26 |
Hospital mortality, no (%) | 14 (35) | 16 (42) | 0.83 (0.47 to 1.46) | 0.52 |
Vasopressor-free days, mean (SD) | 7.4 (6.1) | 5.9 (6.6) | 1.5 (−1.3 to 4.3)* | 0.30 |
Ventilator-free days, mean (SD) | 6.6 (5.2) | 6.3 (5.9) | 0.2 (−2.3 to 2.7)* | 0.87 |
ICU length of stay, d, mean (SD) | 9.1 (4.4) | 10.2 (5.0) | −1.1 (−3.2 to 1.0)* | 0.21 |
Change in lactate (day 2 – day 1), mmol/L, mean (SD) | −1.2 (0.9) | −0.7 (1.0) | −0.5 (−0.9 to −0.1)* | 0.02 |
"""


def study(table: str = TABLE) -> dict:
    (s,) = extract(read_bytes(table.encode("utf-8"), path="t.txt")).to_json()["studies"]
    return s


def effects(s) -> dict:
    return {e["measure"].lower(): e for e in s["effects"]}


def test_a_relative_risk_column_gives_each_rows_ratio_interval_and_p():
    got = effects(study())
    for measure, value, ci, p in [("icu mortality", 0.66, [0.32, 1.37], 0.26),
                                  ("hospital mortality", 0.83, [0.47, 1.46], 0.52)]:
        e = got[measure]
        assert (e["type"], e["value"], e["ci"], e["p"], e["group"], e["versus"]) == \
            ("risk_ratio", value, ci, p, "Drug K", "placebo")


def test_mortality_in_the_icu_in_hospital_and_at_28_days_are_three_measures():
    ratios = sorted(e["value"] for e in study()["effects"] if e["type"] == "risk_ratio")
    assert ratios == [0.66, 0.76, 0.83]


def test_in_a_row_of_means_the_column_holds_their_difference_never_a_ratio():
    got = effects(study())
    # 7.4 − 5.9 = 1.5; 6.6 − 6.3 = 0.3, printed 0.2 (each number rounded): a difference all the same
    assert (got["vasopressor-free days"]["type"], got["vasopressor-free days"]["value"]) == ("mean_difference", 1.5)
    assert (got["ventilator-free days"]["type"], got["ventilator-free days"]["value"]) == ("mean_difference", 0.2)
    assert (got["length of icu stay"]["type"], got["length of icu stay"]["value"]) == ("mean_difference", -1.1)
    assert not [e for e in study()["effects"] if e["type"] == "risk_ratio" and e["value"] in (1.5, 0.2)]


def head(rows: str) -> str:
    return ("Table 2:\nOutcome | Drug K n = 40 | Placebo n = 38 | Relative risk (95% CI) | p value |\n"
            "---|---|---|---|---|\n" + rows)


def test_a_column_whose_rows_of_means_are_not_all_differences_says_none_of_them():
    # 9.1 − 10.2 is −1.1, not 1.8: what that column holds beside means, the table does not say
    s = study(head("Vasopressor-free days, mean (SD) | 7.4 (6.1) | 5.9 (6.6) | 1.5 (−1.3 to 4.3) | 0.30 |\n"
                   "ICU length of stay, d, mean (SD) | 9.1 (4.4) | 10.2 (5.0) | 1.8 (0.9 to 2.6) | 0.21 |\n"
                   "Change in lactate, mmol/L, mean (SD) | −1.2 (0.9) | −0.7 (1.0) | −0.5 (−0.9 to −0.1) | 0.02 |\n"))
    assert [(e["type"], e["value"], e["ci"]) for e in s["effects"]] == [("none", None, None)] * 3
    assert [e["p"] for e in s["effects"]] == [0.30, 0.21, 0.02]


def test_a_column_of_positive_values_beside_means_may_be_ratios_of_them_and_is_not_read():
    # (7.4 / 5.9 = 1.25 and 7.4 − 5.9 = 1.5: one row of positive values cannot tell them apart)
    s = study(head("ICU mortality, no. (%) | 9 (23) | 13 (34) | 0.66 (0.32 to 1.37) | 0.26 |\n"
                   "Vasopressor-free days, mean (SD) | 7.4 (6.1) | 5.9 (6.6) | 1.5 (−1.3 to 4.3) | 0.30 |\n"))
    assert [(e["type"], e["value"]) for e in s["effects"] if "vasopressor" in e["measure"].lower()] == [("none", None)]


def test_row_labels_lose_their_unit_and_cells_kind_and_a_time_in_brackets():
    names = {m["measure"] for m in study()["measurements"]}
    assert "length of ICU stay" in names and "Hospital mortality" not in names
    assert not [n for n in names if n.rstrip().endswith(("(", ", d", ", no"))]
    lactate = [e for e in study()["effects"] if "lactate" in e["measure"].lower()]
    assert [(e["measure"], e["type"], e["value"], e["time"]) for e in lactate] == \
        [("Change in lactate", "mean_difference", -0.5, {"value": 2, "unit": "day"})]
