"""Arms called by their role, and measures named as the article names them (session 15).

A study of two named arms, one of them the comparator, speaks of "the intervention group" and
"the control group": those are its named arms. A measure the vocabulary does not know is
named by the words before its values, without how the figure was computed ("estimated …
from mixed models"), the event of an outcome ("a primary outcome event"), a change word
("a significant increase in patients with …"), the groups that own it ("L组和S组…") or the
scale a share of people was counted on ("the rate of participants experiencing …"). Every
article here is written for this test."""

import pytest

from ingest.extract import extract, role_arms
from ingest.read import read_bytes


def study(text: str) -> dict:
    studies = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert len(studies) == 1
    return studies[0]


def values(s: dict) -> set:
    return {(m["measure"], m["group"], m["value"]) for m in s["measurements"]}


NAMED_ARMS = ("Web coaching for low mood: a randomised trial\n"
              "METHODS: 400 adults with low mood were randomised to a web coaching programme (MoodStep) "
              "or to care as usual alone.\nRESULTS: {}\n")


def test_the_intervention_group_is_the_named_treatment_arm():
    s = study(NAMED_ARMS.format("Remission was more frequent in the intervention group (41.5 vs. 22.0%)."))
    arms = [g["name"] for g in s["groups"] if g["role"] == "arm"]
    usual = next(a for a in arms if a.startswith("care as usual"))
    treated = next(a for a in arms if a != usual)
    assert {(g, v) for _, g, v in values(s)} == {(treated, 41.5), (usual, 22.0)}
    assert "treatment" not in {m["group"] for m in s["measurements"]}


def test_the_control_group_is_the_named_comparator():
    s = study(NAMED_ARMS.format("Mean sleep quality was 6.1 in the intervention group and 4.2 in the control group."))
    groups = {m["group"] for m in s["measurements"]}
    assert "control" not in groups and "treatment" not in groups


@pytest.mark.parametrize("arms, expected", [
    (["drug k", "usual care"], {"treatment": "drug k", "control": "usual care"}),
    (["drug k", "placebo"], {"treatment": "drug k", "control": "placebo"}),
    (["drug k", "control"], {"treatment": "drug k"}),  # (already called "control")
    (["drug k", "sham"], {"treatment": "drug k"}),  # (a sham arm's "controls" are often the untreated)
    (["treatment", "control"], {}),  # (arms named by role: nothing to resolve)
    (["drug a", "drug b"], {}),  # (two active arms: which is "the treatment group"?)
    (["drug a", "drug b", "placebo"], {}),
])
def test_role_arms(arms, expected):
    assert role_arms(arms) == expected


def test_which_group_in_the_same_group_is_no_arm():
    s = study("Herbal plan for chronic cough: a randomised trial\n"
              "METHODS: 80 patients were randomised to a treatment group and a control group, 40 each.\n"
              "RESULTS: The total effective rate was 90.0% in the treatment group and 70.0% in the control group (P<0.05). "
              "Patients of different types in the same group had close efficacy.\n")
    assert "same" not in {g["name"] for g in s["groups"]}
    assert "same" not in {m["group"] for m in s["measurements"]}


def test_a_group_word_inside_the_measure_is_no_side():
    # ("control" of "glucose control" is not the control arm: the intervention group's value is the first.)
    s = study("Nurse-led insulin protocol in intensive care: a randomised trial\n"
              "METHODS: 120 patients were randomised to an intervention group or a control group.\n"
              "RESULTS: A significant reduction in daily nursing workload for glucose control was found in the "
              "intervention group (21 versus 44 minutes; P <0.001).\n")
    got = {(g, v) for m, g, v in values(s) if "workload" in m}
    assert ("control", 21) not in got and ("intervention", 44) not in got


@pytest.mark.parametrize("sentence, name", [
    ("The estimated response rate from generalized linear mixed models at week 4 was 71.0% in the drug K group "
     "versus 48.5% in the placebo group.", "response rate"),
    ("A primary outcome event occurred in 310 of 2000 patients (15.5%) in the drug K group and in 402 of 2000 "
     "patients (20.1%) in the placebo group.", "primary outcome"),
    ("Significant increase in patients with high adherence to medication at 2 years (70.2% vs. 61.9%).",
     "high adherence to medication"),
])
def test_a_measure_the_vocabulary_lacks_is_named_without_its_trimmings(sentence, name):
    s = study("Drug K for risk factors: a randomized trial\nMETHODS: 4000 adults were randomized to drug K or placebo.\n"
              f"RESULTS: {sentence}\n")
    assert {m["measure"] for m in s["measurements"]} == {name}


def test_a_share_of_people_on_a_scale_is_no_score_of_the_scale():
    # PHQ-9 runs from 0 to 27: 41.5% is the share who improved on it, not a PHQ-9 score.
    s = study(NAMED_ARMS.format("The rate of participants experiencing at least minimally clinically important "
                                "PHQ-9 change was higher in the intervention group (41.5 vs. 22.0%)."))
    assert {m for m, _, _ in values(s)} == {"at least minimally clinically important PHQ-9 change"}


def test_groups_before_a_chinese_measure_are_not_its_name():
    s = study("两种靶向药联合免疫治疗肝癌的回顾性研究\n方法 回顾性纳入120例患者，分为A组和B组各60例。\n"
              "结果 A组和B组的中位OS(15.2个月 vs 12.1个月,P=0.21)差异无统计学意义。"
              "A组和B组总体不良反应(91.7% vs 88.3%)相近。\n")
    assert not [m for m in s["measurements"] if "B组" in m["measure"] or "A组" in m["measure"]]


def test_roles_resolved_where_the_arms_are_named_after_the_results():
    # The arms come from "was compared with placebo", read after the outcomes: the changes read
    # for "the treatment group" are still the named drug's.
    s = study("Drug keeps weight off for three years, trial shows\n"
              "In a randomized trial of 9,100 adults, semaglutide was compared with placebo.\n"
              "On average, participants in the treatment group lost 9.6 percent of their weight, "
              "while the placebo group lost just 1.1 percent.\n")
    got = {(e["measure"], e["group"], e["value"]) for e in s["effects"] if e["type"] == "mean_change"}
    assert got == {("body weight", "semaglutide", -9.6), ("body weight", "placebo", -1.1)}


ORAL_DRUG = ("Oral drug trial\nIn a randomized trial of 1,500 adults, orforglipron was compared with placebo.\n{}\n")


def test_what_the_verb_changed_stands_between_the_verb_and_by():
    s = study(ORAL_DRUG.format("A 36 mg dose of the drug reduced weight by an average of 11.8%, compared to 1.1% "
                               "for participants in the placebo group."))
    got = {(e["measure"], e["group"], e["value"]) for e in s["effects"] if e["type"] == "mean_change"}
    assert got == {("body weight", "orforglipron", -11.8), ("body weight", "placebo", -1.1)}


@pytest.mark.parametrize("sentence", [
    "The drug also decreased hospital admissions by 61 percent.",  # fewer events: a relative change
    "The drug cut the risk of death by 20%.",
])
def test_a_percent_fewer_events_is_no_mean_change(sentence):
    s = study(ORAL_DRUG.format(sentence))
    assert not [e for e in s["effects"] if e["type"] == "mean_change"]


def test_each_numbered_chinese_item_names_its_own_measure():
    s = study("心理护理对手术患者焦虑的影响\n方法 将80例手术患者随机分为实验组和对照组各40例。\n"
              "结果 ①护理满意度实验组为95.00%，对照组为77.50%，对比有差异(P<0.05)；"
              "②焦虑发生率实验组为2.50%，对照组为15.00%，对比有差异(P<0.05)。\n")
    got = {(m, v) for m, _, v in values(s)}
    assert ("焦虑发生率", 2.5) in got and ("焦虑发生率", 15.0) in got
    assert ("nursing satisfaction", 2.5) not in got


def test_a_bare_kind_names_no_item():
    # "该评分" refers back: the item's values stay with the measure named before them.
    s = study("针刺治疗失眠的随机对照试验\n方法 60例患者随机分为治疗组和对照组各30例。\n"
              "结果 治疗后两组PSQI评分均下降；治疗组该评分为(5.1±2.0)分，对照组为(6.9±2.5)分(P<0.05)。\n")
    assert "评分" not in {m for m, _, _ in values(s)}


@pytest.mark.parametrize("text, expected", [
    # an arm named by its role alone: "active" is no treatment
    ("Velorexin for PTSD: a phase 3 trial\n\nPatients were randomly assigned to active or placebo tablets. Velorexin "
     "improved sleep (p = 0.02).\n", {"active"}),
])
def test_an_arm_named_by_its_role_is_no_intervention(text, expected):
    assert not {i["name"] for i in study(text)["interventions"]} & expected


def test_observation_is_a_comparator_of_its_own_in_english():
    """"adjuvant radiotherapy or observation": watch and wait is the comparator, not a role word."""
    s = study("Radiotherapy after prostatectomy: a randomised trial\n\nWe randomly assigned 400 men to adjuvant "
              "radiotherapy or observation. Biochemical progression was less frequent with radiotherapy (p = 0.01).\n")
    assert s["comparator"] == "observation"
