"""Results in news and abstract prose: a share written "k (p%) of N" beside its arm; a first
clause that names no arm set against the control's ("fell by 0.6%, compared with 0.1% for the
placebo group"), which is the treatment's; Chinese risks that fell ("风险降73%", "減低21%"),
said of an arm's patients or, in a news heading, of the trial's treatment. Each article is
written for this test."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

TRIAL = ("Drug K for obesity: a randomised, placebo-controlled trial\n"
         "In this randomised controlled trial, 300 adults with obesity were randomly assigned to drug K or placebo "
         "for 56 weeks. {}")


def studies(text: str) -> list[dict]:
    return extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]


def study(text: str) -> dict:
    (s,) = studies(text)
    return s


def shares(s):
    return {(m["measure"].lower(), m["group"], m["value"], m.get("n")) for m in s["measurements"] if m["stat"] == "percent"}


def changes(s):
    return sorted((e["measure"].lower(), e["group"], e["value"]) for e in s["effects"] if e["type"] == "mean_change")


def test_a_share_with_its_total_after_it_is_the_arms():
    s = study(TRIAL.format("Response was seen in 32 (73%) of 44 participants in the drug K group compared to "
                           "21 (47%) of 45 participants in the placebo group (p=0.02)."))
    assert {("response", "drug k", 73, 32), ("response", "placebo", 47, 21)} <= shares(s)
    # (the totals are whom the shares are of, no values)
    assert not [m for m in s["measurements"] if m["value"] in (44, 45)]


@pytest.mark.parametrize("sentence, expected", [
    ("Blood sugar fell by 0.6%, compared with 0.1% for the placebo group.",
     [("blood sugar", "drug k", -0.6), ("blood sugar", "placebo", -0.1)]),
    # (a subgroup's change, opened by who they were, is no whole arm's)
    ("Among participants with type 2 diabetes, blood sugar fell by 0.9%, compared with 0.2% for the placebo group.", []),
])
def test_a_first_clause_without_an_arm_is_the_treatments(sentence, expected):
    got = [c for c in changes(study(TRIAL.format(sentence))) if c[0] == "blood sugar"]
    assert got == sorted(expected)


def test_no_treatment_is_implied_against_an_arm_that_is_no_control():
    text = ("Drug K versus drug M: a randomised trial\nIn this randomised trial, 300 adults were randomly assigned "
            "to drug K or drug M. Blood sugar fell by 0.6%, compared with 0.1% for the drug M group.")
    assert not [c for c in changes(study(text)) if c[2] == -0.6]


def risks(s):
    return {(e["group"], e["versus"], e["value"]) for e in s["effects"] if e["type"] == "effect_size"}


def test_a_chinese_risk_that_fell_of_an_arms_patients():
    s = study("本研究为随机对照试验，纳入9000名高血压患者，随机分为强化降压组和标准降压组。"
              "结果显示，强化降压组患者心力衰竭风险降73%。")
    assert ("强化降压组", "标准降压组", -73) in risks(s)


def test_a_news_heading_of_a_risk_is_the_trials_treatment():
    s = study("本研究为随机对照试验，纳入9000名高血压患者，随机分为强化治疗组和标准治疗组。\n"
              "急性心力衰竭風險減低73%\n")
    ((group, versus, value),) = risks(s)
    assert value == -73 and versus != group and "标准" not in group


def test_no_heading_risk_without_a_controlled_trial():
    s = study("这项队列研究纳入9000名成人，随访10年。\n急性心力衰竭風險減低73%\n")
    assert not [e for e in s["effects"] if e["value"] == -73 and e["versus"] not in (None, "reference")]
