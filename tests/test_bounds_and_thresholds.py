"""Numbers that are no measured value: a bound ("less than 120 mm Hg", "超过90%"), a share of
people past a threshold filed as the measure's own level ("58% lost at least 5% of their body
weight" is no body weight of 58%), and the second arm's change whose "by" is left out ("fell by
2.1 kg with A and 0.4 kg with B" is no body weight of 0.4 kg). Written for this test."""

import pytest

from ingest.extract import extract
from ingest.extract.outcomes import threshold_share
from ingest.read import read_bytes

TRIAL = "Drug X for obesity: a randomized trial\n\nA total of 200 adults were randomized to drug X (n=100) or placebo (n=100). "
ZH_TRIAL = "X药治疗肥胖的随机对照试验\n\n共200例患者随机分为X药组(100例)和安慰剂组(100例)。"


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def changes(s: dict) -> set:
    return {(e["measure"], e["group"], e["value"]) for e in s["effects"] if e["type"] == "mean_change"}


@pytest.mark.parametrize("sentence, measure, unit", [
    ("Body weight fell by 2.1 kg with drug X and 0.4 kg with placebo.", "body weight", ""),
    ("Body weight decreased by 2.1 kg in the drug X group and 0.4 kg in the placebo group.", "body weight", ""),
    ("LDL cholesterol decreased by 2.1 mmol/L in the drug X group and 0.4 mmol/L in the placebo group.", "LDL cholesterol", ""),
    ("HbA1c decreased by 2.1% in the drug X group and 0.4% in the placebo group (P<0.001).", "HbA1c", ""),
    ("Systolic blood pressure was reduced by 2.1 mmHg with drug X versus 0.4 mmHg with placebo.", "systolic blood pressure", ""),
])
def test_the_next_arms_change_without_its_by(sentence, measure, unit):
    s = study(TRIAL + sentence + "\n")
    assert changes(s) == {(measure, "drug x", -2.1), (measure, "placebo", -0.4)}
    assert not [m for m in s["measurements"] if m["value"] == 0.4]  # no level of 0.4


def test_a_number_of_people_after_and_is_no_change():
    s = study(TRIAL + "Body weight decreased by 2.1 kg in the drug X group and 12 patients in the placebo group withdrew.\n")
    assert changes(s) == {("body weight", "drug x", -2.1)}


@pytest.mark.parametrize("sentence, bound", [
    ("Treatment aimed to reduce systolic blood pressure to less than 120 mm Hg in the drug X group.", 120),
    ("When treated early, mortality is below 1% in the drug X group.", 1),
    ("Requirements for morphine were reduced by more than 50% in patients receiving drug X.", 50),
])
def test_a_bound_is_no_value(sentence, bound):
    s = study(TRIAL + sentence + "\n")
    assert not [m for m in s["measurements"] if m["value"] == bound]


def test_a_chinese_bound_is_no_value():
    s = study(ZH_TRIAL + "目前晚期患者的五年生存率不足10%。X药组髓外病灶清除率高，超过90%的病灶消失。\n")
    assert not [m for m in s["measurements"] if m["value"] in (10, 90)]


def test_a_share_past_a_threshold_is_named_by_it():
    s = study(ZH_TRIAL + "体重方面，X药组平均减少5.2公斤，安慰剂组减少0.9公斤；X药组有41.0%（41例）患者体重下降至少5%，"
                         "安慰剂组为8.0%（8例）。\n")
    shares = [(m["measure"], m["group"], m["value"]) for m in s["measurements"] if m["stat"] == "percent"]
    assert ("body weight reduction ≥5%", "X药组", 41.0) in shares
    assert not [m for m in shares if m[0] == "body weight"]


def test_a_percent_is_no_level_of_a_measure_kept_in_units():
    s = study(TRIAL + "Intraocular pressure fell by 13.1% in the drug X group.\n")
    assert not [m for m in s["measurements"] if m["measure"] == "intraocular pressure" and m["stat"] == "percent"]


@pytest.mark.parametrize("measure, quote, name", [
    ("body weight", "lost at least 5% of their body weight", "body weight reduction ≥5%"),
    ("systolic blood pressure", "reached SBP <140 mmHg", "systolic blood pressure <140 mmHg"),
    ("body weight", "weight gain of more than 2 kg", "body weight increase >2 kg"),
    ("intraocular pressure", "IOP fell by 12.3%", None),
    ("body weight", "lost at least 5% (35%) and at least 10% (12%)", None),  # two thresholds, no value: which is unknown
])
def test_threshold_share(measure, quote, name):
    assert threshold_share(measure, quote) == name
