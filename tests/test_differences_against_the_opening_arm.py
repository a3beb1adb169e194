"""A sentence that opens on the arm it compares with, then outcomes each with a value and its
interval, said of the other arm: "Compared to controls, body weight (−9.0 (95% CI: −10.2,
−7.8) kg, P < 0.0001) and waist (−6.1 (95% CI: −7.0, −5.2) cm, P = 0.002) were reduced in
the exercise group". Each value is the difference between the arms, never the control arm's
level. And how often ("five days/week") is no time point.

Every article here is written for this test, in its own words.
"""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

HEAD = ("Abstract\nWe randomised 120 adults with obesity to a supervised exercise group (exercise five days/week) or a "
        "control group (BMI 38.2 ± 4.1 kg/m2). ")


def study_of(text: str) -> dict:
    (study,) = extract(read_bytes(text.encode("utf-8"), path="abstract.txt")).to_json()["studies"]
    return study


@pytest.mark.parametrize("opening", ["Compared to controls, ", "Compared with the control group "])
def test_each_value_is_the_difference_against_the_arm_named_first(opening):
    study = study_of(HEAD + opening + "body weight (−9.0 (95% CI: −10.2, −7.8) kg, P < 0.0001) and waist circumference "
                     "(−6.1 (95% CI: −7.0, −5.2) cm, P = 0.002) were reduced in the exercise group after 12 weeks.\n")
    differences = {(e["measure"], e["type"], e["value"], tuple(e["ci"]), e["p"]) for e in study["effects"]
                   if e["versus"] not in ("baseline", None)}
    assert {("body weight", "mean_difference", -9.0, (-10.2, -7.8), 0.0001),
            ("waist circumference", "mean_difference", -6.1, (-7.0, -5.2), 0.002)} <= differences, study["effects"]
    assert not [m for m in study["measurements"] if m["value"] in (-9.0, -6.1)], study["measurements"]


def test_how_often_is_no_time_point():
    study = study_of(HEAD + "Weight fell by 9.0 kg in the exercise group.\n")
    bmi = [m for m in study["measurements"] if m["measure"] == "body mass index"]
    assert bmi and all((m["time"] or {}).get("value") != 5 for m in bmi), bmi
