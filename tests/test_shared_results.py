"""One result said of several things at once: both arms changed from baseline, a list of
measures sharing one p-value, and "2组" meaning both groups rather than an arm named 2."""

import pytest

from ingest.extract import extract
from ingest.extract.outcomes import LIST_JOIN
from ingest.read.document import Document

TWO_ARMS = "一项随机对照试验：将80例患者分为观察组(40例)和对照组(40例)。2组均连续治疗12周。"


def effects(text: str) -> list[tuple]:
    study = extract(Document(text=text, path="x.txt", sha256="0")).to_json()["studies"][0]
    return [(e["measure"], e["group"], e["versus"], e["p"]) for e in study["effects"]]


def arms(text: str) -> list[str]:
    return [g["name"] for g in extract(Document(text=text, path="x.txt", sha256="0")).to_json()["studies"][0]["groups"]]


@pytest.mark.parametrize("sentence", [
    "结果：与本组治疗前比较，2组治疗后VAS评分明显下降(P<0.05)。",
    "结果：两组治疗后VAS评分均较治疗前下降(P<0.05)。",
])
def test_a_change_said_of_both_arms_is_each_arms_change(sentence):
    found = effects(TWO_ARMS + sentence)
    assert ("visual analogue scale pain", "观察组", "baseline", 0.05) in found
    assert ("visual analogue scale pain", "control", "baseline", 0.05) in found
    assert not [e for e in found if e[1] == "all"]


def test_both_arms_in_english():
    found = effects("Eighty patients were randomised to acupuncture (n=40) or sham acupuncture (n=40). "
                    "Both groups improved from baseline in the VAS pain score (P<0.001).")
    assert {e[1] for e in found} == {"acupuncture", "sham acupuncture"}


def test_a_list_of_measures_shares_its_p_value():
    found = effects(TWO_ARMS + "结果：治疗后观察组血清ALT、AST、IL-6水平低于对照组(P<0.05)。")
    assert {e[0] for e in found} == {"ALT", "AST", "interleukin-6"}
    assert {(e[1], e[2], e[3]) for e in found} == {("观察组", "control", 0.05)}


def test_a_list_with_names_the_vocabulary_lacks_and_a_second_run_share_the_p_value():
    # "Q因子" is no measure the vocabulary knows: between two it knows, in an enumeration with
    # "、", it is one more; the second run ("白蛋白升高") shares the same p.
    found = effects(TWO_ARMS + "结果：治疗后观察组血清ALT、Q因子、IL-6水平降低，白蛋白升高，与对照组比较差异有统计学意义(P<0.05)。")
    assert {e[0] for e in found} == {"ALT", "Q因子", "interleukin-6", "serum albumin"}


def test_the_above_measures_are_those_of_the_result_before():
    # "上述指标" (the measures above): each measure of the previous result, now between the arms
    found = effects(TWO_ARMS + "结果：与本组治疗前比较，2组治疗后ALT、AST水平降低(P<0.05)；2组治疗后比较，"
                               "观察组上述指标改善均优于对照组(P<0.01)。")
    assert {(e[0], e[1], e[2]) for e in found if e[3] == 0.01} == {("ALT", "观察组", "control"), ("AST", "观察组", "control")}


@pytest.mark.parametrize("between, listed", [
    ("、", True), (", ", True), (" and ", True), ("，和", True), (", and the ", True), ("及血清", True),
    ("降至35.2 U/L，观察组", False), (" fell, while ", False), (" (P=0.02) and ", False),
])
def test_only_list_words_join_measures(between, listed):
    assert bool(LIST_JOIN.fullmatch(between)) is listed


def test_2zu_alone_is_both_groups_not_an_arm():
    assert arms(TWO_ARMS + "结果：2组治疗后VAS评分明显下降(P<0.05)。") == ["观察组", "control"]


def test_numbered_arms_are_arms_where_the_first_is_named_too():
    text = "将60例患者随机分为1组(30例)和2组(30例)。结果：2组的VAS评分低于1组(P=0.03)。"
    assert arms(text) == ["group 1", "group 2"]
    assert effects(text) == [("visual analogue scale pain", "group 2", "group 1", 0.03)]


def test_a_named_statistic_is_not_spread_over_a_list():
    found = effects("Eighty adults were randomised to metformin (n=40) or placebo (n=40). HbA1c and fasting plasma "
                    "glucose fell with metformin compared with placebo (mean difference -0.5, 95% CI -0.8 to -0.2; "
                    "P=0.001).")
    assert [e[0] for e in found] == ["fasting plasma glucose"]


def test_one_numbered_arm_is_not_both_arms():
    found = effects(TWO_ARMS + "结果：第二组患者VAS评分较治疗前下降(P<0.05)。")
    assert [e[1] for e in found] == ["all"]


def test_each_item_of_a_list_of_pairs_is_its_own_measure():
    # "缓解时间：A(x对y)、B(x对y)": each pair is the item right before it, not the list's heading
    text = ("连花清瘟治疗新冠的随机对照试验\n共纳入840名患者，随机分为连花清瘟组和安慰剂组。此外，连花清瘟也缩短了主要症状的"
            "缓解时间：鼻塞(2.8天对3.7天)、喉咙痛(2.0天对2.6天)、咳嗽(3.2天对4.9天)。\n")
    study = extract(Document(text=text, path="x.txt", sha256="0")).to_json()["studies"][0]
    got = {(m["measure"], m["value"]) for m in study["measurements"]}
    assert {("鼻塞", 2.8), ("喉咙痛", 2.0), ("咳嗽", 3.2), ("咳嗽", 4.9)} <= got
