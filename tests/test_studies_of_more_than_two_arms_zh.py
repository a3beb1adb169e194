"""Chinese abstracts of trials with three or four arms: arms listed after 随机分成, a change
that "every arm" (3组…均, 4组…均) shows, one arm better than "the other N arms" (优于其他3组),
a clause about "the remaining arms" (其余3组) whose arm is not one of them, and the cohort
counted with its condition (…患者200例) that is no adverse event. Each abstract is written for
this test."""

from ingest.extract import extract
from ingest.read import read_bytes

TITLE = "针灸联合药物治疗失眠的临床研究\n"
METHODS = ("方法 纳入2020年1月至2021年6月收治的失眠患者120例,完全随机分成针药组、针刺组和药物组,每组40例。"
           "3组均连续治疗4周。")


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def effects(s) -> set:
    return {(e["measure"], e["group"], e["versus"], e["p_relation"], e["p"]) for e in s["effects"]}


def test_arms_listed_after_the_allocation_are_named_without_it():
    s = study(TITLE + METHODS)
    assert s["design"] == "rct"
    arms = {g["name"] for g in s["groups"] if g["role"] == "arm"}
    assert len(arms) == 3 and not [a for a in arms if "随机" in a or "分成" in a]
    # (the patients counted with their condition are who enrolled, no event that happened to them)
    assert s["adverse_events"] == []


def test_a_change_every_arm_shows_is_each_arms():
    s = study(TITLE + METHODS + "结果 3组患者治疗后PSQI评分均较治疗前降低(P<0.05)。")
    arms = {g["name"] for g in s["groups"] if g["role"] == "arm"}
    assert {(e[1], e[2]) for e in effects(s) if e[0] == "PSQI"} == {(a, "baseline") for a in arms}


def test_one_arm_better_than_the_other_arms_is_set_against_each():
    s = study(TITLE + METHODS + "结果 针药组PSQI评分低于其他2组(P<0.05)。")
    sides = {(e[1], e[2]) for e in effects(s) if e[0] == "PSQI"}
    assert len(sides) == 2 and len({g for g, _ in sides}) == 1
    (subject,) = {g for g, _ in sides}
    assert "针药" in subject and {v for _, v in sides} == {g["name"] for g in s["groups"] if g["role"] == "arm"} - {subject}


def test_the_remaining_arms_are_not_the_arm_named_before_them():
    s = study(TITLE + METHODS + "结果 针药组患者治疗后入睡时间较治疗前缩短(P<0.05),其余2组患者治疗后入睡时间与治疗前"
              "差异无统计学意义(P>0.05)。")
    got = effects(s)
    assert any("针药" in g and v == "baseline" and r == "<" for _, g, v, r, _ in got)
    # (whose the p > 0.05 is, the abstract says only "the other two arms": never the first arm's, nor everyone's)
    assert not [e for e in got if e[3] == ">"]


TWO_ARMS = ("中药治疗口腔溃疡的临床研究\n方法:选取80例患者,按随机数字表法分为对照组及治疗组各40例.2组均连续治疗8周.")


def test_a_count_of_groups_after_a_value_is_no_value_of_it():
    s = study(TWO_ARMS + "结果:治疗组总有效率为92.50%,对照组为77.50%,2组比较,差异有统计学意义(P<0.05).")
    assert {(m["group"], m["value"]) for m in s["measurements"]} == {("treatment", 92.5), ("control", 77.5)}


def test_the_above_measures_counted_are_no_measure_of_their_own():
    s = study(TWO_ARMS + "结果:治疗后,2组溃疡面积及疼痛评分均较治疗前下降(P<0.05),治疗组上述2项指标值均低于对照组,差异均有"
              "统计学意义(P<0.05).")
    assert not [e for e in s["effects"] if "上述" in e["measure"] or "指标" in e["measure"]]


def test_each_arms_list_then_one_arm_better_than_the_others_on_every_measure_listed():
    # (the third arm's list after a comma is its own; the comparison that follows names no
    # measure: it is of both measures the sentence before listed, against each other arm)
    s = study(TITLE + METHODS + "结果 针药组治愈率和总有效率分别为55.00%和95.00%;针刺组治愈率和总有效率分别为25.00%和80.00%,"
              "药物组治愈率和总有效率分别为22.50%和80.00%。针药组明显高于其他两组(P<0.01)。\n")
    arms = [g["name"] for g in s["groups"] if g["role"] == "arm"]
    assert len(arms) == 3 and "针药组" in arms
    values = {(m["measure"], m["group"], m["value"]) for m in s["measurements"]}
    # (each arm's two values, the third arm's too; no value of one arm given to another)
    assert {(m, v) for m, _, v in values} == {("cure rate", 55.0), ("total effective rate", 95.0), ("cure rate", 25.0),
                                               ("total effective rate", 80.0), ("cure rate", 22.5)}
    assert len(values) == 6 and {g for _, g, _ in values} == set(arms)
    assert ("cure rate", "针药组", 55.0) in values and not any(g == "针药组" and v in (25.0, 22.5) for _, g, v in values)
    assert effects(s) == {(m, "针药组", other, "<", 0.01) for m in ("cure rate", "total effective rate")
                          for other in arms if other != "针药组"}


def test_a_comparison_two_sentences_after_the_list_takes_no_measure_from_it():
    s = study(TITLE + METHODS + "结果 针药组治愈率和总有效率分别为55.00%和95.00%;针刺组治愈率和总有效率分别为25.00%和80.00%,"
              "药物组治愈率和总有效率分别为22.50%和80.00%。3组均未见严重不良反应。针药组明显高于其他两组(P<0.01)。\n")
    assert not {e for e in effects(s) if e[0] == "cure rate"}
