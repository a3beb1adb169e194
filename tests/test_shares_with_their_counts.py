"""An arm's share written with its count and interval in a bracket before the arm is named
("62% (24 of 39 children; 95% CI 45–78) in the active group"), the interval of a share that is
no difference between arms, and a difference named right before its value that is no arm's
level. Each article is written for this test."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

OPENING = "Drug K in children: a randomised trial\nWe randomly assigned 85 children to drug K or placebo. "


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def shares(s) -> set:
    return {(m["group"], m["value"], m["n"]) for m in s["measurements"] if m["stat"] == "percent"}


@pytest.mark.parametrize("brackets", [
    ("(21 of 38 children)", "(9 of 47 children)"),
    ("(21/38; 95% CI 39–71)", "(9/47; 95% CI 9–33)"),
    ("(21 of 38 participants; 95% CI 39–71)", "(9 of 47; 95% CI 9–33)"),
])
def test_a_share_keeps_its_arm_past_the_bracket_of_its_count(brackets):
    first, second = brackets
    s = study(OPENING + f"Remission was recorded for 55% {first} in the drug K group and 19% {second} in the placebo "
              "group (p<0.001).")
    assert shares(s) == {("drug k", 55, 21), ("placebo", 19, 9)}
    # (the second arm's share is never given to the first: a wrong arm is worse than none)
    assert not any(m["group"] == "drug k" and m["value"] == 19 for m in s["measurements"])


def test_a_shares_own_interval_is_no_difference_between_arms():
    s = study(OPENING + "Remission was recorded for 55% (95% CI 39–71) in the drug K group and 19% of the placebo "
              "group (p<0.001).")
    assert ("drug k", 55, None) in shares(s)
    assert not [e for e in s["effects"] if e["value"] == 55]


def test_a_difference_named_before_its_value_is_no_arms_level():
    s = study(OPENING + "Remission was more frequent with drug K (55%, 21 of 38) than with placebo (19%, 9 of 47; "
              "difference, 36% [95% CI, 17–55%]; p = 0.001).")
    assert not [m for m in s["measurements"] if m["value"] == 36]
    assert [(e["type"], e["ci"]) for e in s["effects"] if e["value"] == 36] == [("mean_difference", [17, 55])]


SURGERY = ("Surgery versus radiotherapy for early lung cancer: a cohort study\nOf 860 patients, 790 had surgery and 70 had "
           "radiotherapy. ")


@pytest.mark.parametrize("sentence", [
    "Five-year survival of the surgery patients did not differ from that of the radiotherapy patients: 91% (95% CI: "
    "88-94%) vs 89% (95% CI: 80-98%; p=0.58).",
    "Five-year survival for surgery and radiotherapy was 91% (95% CI 88-94%) versus 89% (95% CI 80-98%; p=0.58), "
    "respectively.",
])
def test_two_sides_values_set_against_each_other_outside_brackets(sentence):
    s = study(SURGERY + sentence)
    got = {(m["group"], m["value"], tuple(m["dispersion_value"] or ())) for m in s["measurements"]}
    assert got == {("surgery", 91, (88, 94)), ("radiotherapy", 89, (80, 98))}
    # (the p closing the second side's bracket is the pair's, no difference of 91 with the other's interval)
    assert [(e["group"], e["versus"], e["p"], e["value"]) for e in s["effects"]] == [("surgery", "radiotherapy", 0.58, None)]


def test_sides_named_after_their_values_are_not_taken_in_the_sentences_order():
    s = study(SURGERY + "Pain at one week was 5.9 ± 2.0 vs. 2.7 ± 1.6 for radiotherapy and surgery, respectively.")
    assert not [m for m in s["measurements"] if (m["group"], m["value"]) in (("surgery", 5.9), ("radiotherapy", 2.7))]


def test_chinese_sides_set_against_each_other_with_dui():
    s = study("手术与放疗治疗早期肺癌的队列研究\n860名患者中,790名接受手术,70名接受放疗。接受手术的患者的五年生存率与接受放疗的患者"
              "没有显著差异:91%(95%CI:88-94%)对89%(95%CI:80-98%;p=0.58)。")
    assert {(m["group"], m["value"]) for m in s["measurements"] if m["stat"] == "percent"} == {("surgery", 91), ("radiotherapy", 89)}
    assert not [e for e in s["effects"] if e["value"] == 91]


ASPIRIN = "Aspirin in acute stroke: a randomised placebo-controlled trial\nWe randomly assigned 9000 patients to aspirin or placebo. "


@pytest.mark.parametrize("sentence, first", [
    ("Recurrent stroke was less frequent in the aspirin group than in the placebo group (121 (2.7%) vs 168 (3.7%); p=0.01).",
     "aspirin"),
    ("Recurrent stroke was more frequent in the placebo group than in the aspirin group (121 [2.7%] vs 168 [3.7%]; p=0.01).",
     "placebo"),
])
def test_two_shares_paired_in_a_bracket_are_the_sides_in_the_order_named(sentence, first):
    s = study(ASPIRIN + sentence)
    second = "placebo" if first == "aspirin" else "aspirin"
    # (never the first share given to the arm the bracket follows)
    assert shares(s) == {(first, 2.7, 121), (second, 3.7, 168)}


def test_an_abbreviation_of_another_field_names_no_measure_of_it():
    # ("AIS" is the ASIA impairment scale only in a spinal cord injury article; here, acute ischaemic stroke)
    s = study(ASPIRIN + "Fewer recurrent AIS occurred with aspirin than with placebo (121 [2.7%] vs 168 [3.7%]; p=0.01).")
    assert not [x for x in s["measurements"] + s["effects"] if x["measure"] == "AIS grade"]


def test_people_named_as_the_subject_are_no_outcome_of_a_pair():
    s = study(ASPIRIN + "Patients in the aspirin group were less likely than those in the placebo group to experience "
              "one or more 90-day readmissions (4.1% vs. 5.6%, P=0.01).")
    names = {x["measure"].lower() for x in s["measurements"] + s["effects"]}
    assert not [n for n in names if n.startswith("patients")]
    assert "90-day readmissions" in names
