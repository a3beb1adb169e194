"""A cohort's hazard ratio with its interval and no p-value, after a section's label or an
opening phrase ("RESULTS: In this cohort, statin use was associated with …"), is the exposure's
against the reference; and an age range ("aged 20 to 79 years") is no time the results were
measured at. Written for this test."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


@pytest.mark.parametrize("sentence, group", [
    ("RESULTS: Statin use was associated with a lower risk of all-cause mortality (HR 0.84, 95% CI 0.71-0.99).", "Statin use"),
    ("RESULTS: In this cohort, statin use was associated with a lower risk of all-cause mortality "
     "(HR 0.84, 95% CI 0.71-0.99).", "statin use"),
    ("RESULTS: When considered jointly, regular walking was associated with a lower risk of all-cause mortality "
     "(HR 0.84 [95% CI 0.71-0.99]).", "regular walking"),
])
def test_an_exposures_ratio_without_a_p_value(sentence, group):
    s = study("Statins and survival in older men: a cohort study\nMETHODS: We followed 1,300 men aged 70 or older "
              f"for 10 years.\n{sentence}\n")
    got = [(e["group"], e["versus"], e["value"], e["ci"]) for e in s["effects"] if e["type"] == "hazard_ratio"]
    assert got == [(group, "reference", 0.84, [0.71, 0.99])]


def test_an_age_range_is_no_time_of_the_results():
    s = study("Statins and survival: a cohort study\nAbout 14% of all-cause mortality among people in the age "
              "range of 20 to 79 years is attributable to heart disease.\nMETHODS: We followed 9,000 adults.\n"
              "RESULTS: Statin use was associated with a lower risk of all-cause mortality (HR 0.84, 95% CI 0.71-0.99).\n")
    ratios = [e for e in s["effects"] if e["type"] == "hazard_ratio"]
    assert ratios and all(e["time"] is None for e in ratios)
