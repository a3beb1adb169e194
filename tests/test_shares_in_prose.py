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


def test_a_chinese_list_sharing_its_head_is_one_measure_per_item():
    s = study("本研究为随机对照试验，纳入120例患儿，随机分为观察组和对照组，每组60例。"
              "治疗后2组患儿哮喘、咳嗽、胸闷、气促症状积分均较治疗前降低，且观察组低于对照组(P<0.05)。")
    named = {e["measure"] for e in s["effects"] if e["p"] == 0.05}
    assert {"哮喘症状积分", "胸闷症状积分", "气促症状积分"} <= named and len(named) == 4


def test_items_of_unequal_length_are_not_guessed():
    s = study("本研究为随机对照试验，纳入120例患者，随机分为观察组和对照组，每组60例。"
              "治疗后两组疼痛强度、提物、站立能力、行走评分均较治疗前改善，且观察组优于对照组(P<0.05)。")
    assert not [e for e in s["effects"] if e["measure"] in ("强度评分", "站立评分")]


def test_ratios_at_the_extremes_of_each_index():
    s = study("Diet quality and mortality: a cohort of 100,000 adults followed for 30 years.\n"
              "When comparing the highest with the lowest quintiles, the hazard ratios of total mortality were "
              "0.81 (95% CI, 0.79-0.84) for the Healthy Eating Index; 0.86 (95% CI, 0.83-0.89) for the Plant-based "
              "Diet Index (P < .001 for the trend).")
    got = {(e["group"], e["versus"], e["value"]) for e in s["effects"]}
    assert ("highest quintile, Healthy Eating Index", "lowest quintile, Healthy Eating Index", 0.81) in got
    assert ("highest quintile, Plant-based Diet Index", "lowest quintile, Plant-based Diet Index", 0.86) in got
    # (a p for the trend across quintiles is no comparison of its own)
    assert not [e for e in s["effects"] if e["p"] == 0.001 and e["value"] is None]


CASE_CONTROL = "Vaccine K and infant admissions\nIn this test-negative study of 600 infants, {}"


@pytest.mark.parametrize("sentence, expected", [
    ("maternal vaccination was documented in 61 (17%) virus-positive infants and 55 (38%) virus-negative infants.",
     {("maternal vaccination", "virus-positive", 17, 61), ("maternal vaccination", "virus-negative", 38, 55)}),
    ("supplemental oxygen was required in 201 (70%) virus-positive patients compared with 50 (41%) controls.",
     {("supplemental oxygen", "virus-positive", 70, 201), ("supplemental oxygen", "controls", 41, 50)}),
])
def test_counts_with_shares_of_groups_named_as_written(sentence, expected):
    assert shares(study(CASE_CONTROL.format(sentence))) == expected


def test_three_groups_joined_in_a_list_are_not_read_as_two():
    found = studies(CASE_CONTROL.format("oxygen was required in 20 (70%) group-A infants, 15 (41%) group-B infants "
                                        "and 9 (30%) group-C infants."))
    assert not [x for s in found for x in shares(s)]


@pytest.mark.parametrize("sentence", ["报告显示，58%患者有心血管共病。", "报告显示，58%的患者合并心血管共病。"])
def test_a_chinese_share_of_the_cohort_with_what_it_had(sentence):
    s = study("肺病普查报告\n学会今天发布一项普查，共计1500名患者。" + sentence)
    assert shares(s) == {("心血管共病", "all", 58, None)}


def test_a_chinese_share_set_against_another_group_is_no_cohorts():
    found = studies("疫苗研发\n2016年，某公司的疫苗在试验中发现，约15%的受试者出现了关节疼痛，远高于安慰剂组的3%。")
    assert not [m for s in found for m in s["measurements"] if m["value"] == 15 and m["group"] == "all"]
