"""Cases a second reading of session 19's change found, each a way of writing the new rules
misread (made-up sentences): levels called changes, a placebo's "+" sign lost, two changes for
one arm, event counts as arm sizes, men and women as arms, a table's width taken from the next
table, an article line dropped as an age gate, traits as a cohort's events, a group count in an
arm's name, a second follow-up visit as a second study, a relative risk lost to the shares in
its bracket, "once a day" ending an allocation list."""

import pytest

from ingest.extract import arms, extract
from ingest.extract.context import Context
from ingest.extract.trial_tables import read
from ingest.read import read_bytes

TRIAL = "A randomized trial of drug K\nMETHODS: 200 patients were randomized to drug K or placebo.\nRESULTS: "


def record(text: str) -> list:
    return extract(read_bytes(text.encode(), path="t.txt")).to_json()["studies"]


def facts(text: str) -> tuple[set, set]:
    studies = record(text)
    return ({(m["measure"], m["group"], m["stat"], m["value"]) for s in studies for m in s["measurements"]},
            {(e["measure"], e["group"], e["versus"], e["type"], e["value"]) for s in studies for e in s["effects"]})


def arm_list(text: str) -> list:
    return [(a.name, a.n) for a in arms.extract(Context(read_bytes(text.encode(), path="t.txt")))]


def test_levels_after_improvements_in_stay_levels():
    measurements, effects = facts(TRIAL + "There were significant improvements in FEV1 at 12 weeks (2.1 ± 0.5 L vs 1.8 ± 0.6 L, p<0.01).\n")
    assert {("FEV1", "drug k", "mean", 2.1), ("FEV1", "placebo", "mean", 1.8)} <= measurements
    assert not {e for e in effects if e[3] == "mean_change"}


def test_a_plus_sign_is_kept():
    _, effects = facts(TRIAL + "Groups had different reductions in systolic pressure compared with baseline at 3 months "
                       "[-6.2 ± 18.8 mmHg (drug K) vs. +1.5 ± 13.5 mmHg (placebo)].\n")
    assert {(g, v) for _, g, _, t, v in effects if t == "mean_change"} == {("drug k", -6.2), ("placebo", 1.5)}


def test_two_changes_read_for_one_arm_are_neither():
    _, effects = facts(TRIAL + "Reductions in systolic pressure were 8.1 ± 2.0 mmHg and 3.0 ± 2.1 mmHg (P < 0.001) in the "
                       "drug K and placebo groups, respectively.\n")
    changes = {(g, v) for _, g, _, t, v in effects if t == "mean_change"}
    assert not any(g == "drug k" and v == -3.0 for g, v in changes) and not any(g == "placebo" and v == -8.1 for g, v in changes)


@pytest.mark.parametrize("sentence", [
    "There were 47 cases (vaccine: 7; placebo: 40) of RSV disease among 1000 participants.",
    "We enrolled 240 participants (men: 130; women: 110) and studied them for a year.",
    "We enrolled 500 patients (China: 300; USA: 200). Mortality was 12%.",
])
def test_counts_split_in_a_bracket_that_are_no_arm_sizes(sentence):
    assert arm_list("A study\n\n" + sentence) == []


def test_a_tables_width_is_its_own():
    text = ("Table 1. Trials of drug K\n"
            "Study, Year | Drug | Response |\n---|---|---|\n"
            "Adams, J. 2015 | Drug A | 40% |\nBrown, K. 2016 | Drug B | 42% |\nCole, L. 2017 | Drug C | 44% |\n\n"
            "Table 2. Other results\n"
            "A | B | C | D | E | F |\n---|---|---|---|---|---|\n1 | 2 | 3 | 4 | 5 | 6 |\n")
    assert [s.citation.first_author for s in read(text)] == ["Adams", "Brown", "Cole"]


def test_an_article_line_about_adults_is_no_age_gate():
    text = "二甲双胍治疗糖尿病的随机对照试验\n\n研究纳入120例需满18岁的2型糖尿病患者,随机分为二甲双胍组和安慰剂组,各60例。\n"
    (study,) = record(text)
    assert study["participants"]["enrolled"] == 120


def test_traits_and_treatments_are_no_cohort_events():
    measurements, _ = facts("Risk factors and dementia: a cohort study\nWe followed 8,800 adults for 20 years. At the end, "
                            "2,100 participants (23.9%) were current smokers, 3,050 (34.7%) had diabetes, and 721 (8.2%) died.\n")
    assert not {m for m in measurements if m[3] in (23.9, 34.7)}
    measurements, _ = facts("中国人群队列研究\n结果纳入40000名研究对象,3000例(7.5%)接受手术治疗,记录2086例(5.3%)全因死亡。\n")
    assert not {m for m in measurements if m[3] == 7.5} and ("all-cause mortality", "all", "percent", 5.3) in measurements


def test_a_group_count_is_no_part_of_an_arms_name():
    got = arm_list("某中药的随机对照试验\n\n将90例患者分为针刺、艾灸和药物三组,治疗四周。")
    assert not [name for name, _ in got if name.endswith(("三组", "三", "group III"))]


def test_a_second_follow_up_visit_is_no_second_study():
    text = ("二甲双胍的随机对照试验\n\n将240例患者随机分为二甲双胍组和安慰剂组,各120例。治疗后HbA1c下降1.2%。\n\n"
            "第二次随访时,研究人员又纳入120名患者,HbA1c较基线下降0.9%。\n")
    assert len(record(text)) == 1


def test_a_relative_risk_keeps_its_value_beside_the_shares_in_its_bracket():
    _, effects = facts(TRIAL + "Drug K reduced the risk of stroke by 20% compared with placebo (12% vs 15%).\n")
    assert ("stroke", "drug k", "placebo", "effect_size", -20) in effects


def test_once_a_day_does_not_end_an_allocation_list():
    assert arm_list("A trial.\n\nPatients were randomized to receive drug K 10 mg, once a day, or matching placebo.") != []


def test_a_scale_named_without_its_parts_beside_another_measure_is_its_total():
    """"WOMAC评分…下降，Lysholm评分…提高，差异有统计学意义(P<0.05)": WOMAC is named, not one of its
    parts, beside another measure: its total score is a measure of the sentence too."""
    _, effects = facts("干细胞治疗膝骨关节炎的随机对照试验\n方法:60例患者随机分为干细胞组和安慰剂组,各30例。\n"
                       "结果:治疗12个月,干细胞组患者的WOMAC评分均较治疗前明显下降,Lysholm评分均较治疗前明显提高,"
                       "差异有统计学意义(P<0.05)。\n")
    assert {m for m, g, v, _, _ in effects if v == "baseline"} >= {"WOMAC total", "Lysholm score"}
