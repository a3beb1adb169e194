"""Chinese arms named by what they received before the role word "治疗组": "介入治疗组" and
"药物治疗组" are two arms, not one "treatment" arm that both collapse into. Where the article
calls an arm by "治疗组" alone, that is the arm's name. Every article here is written for
this test, in its own words."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def arms_and_values(text: str) -> tuple[list, set]:
    (study,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    arms = sorted((g["name"], g.get("n")) for g in study.get("groups") or [] if g.get("role") == "arm")
    values = {(m["group"], m["value"]) for m in study.get("measurements") or []}
    return arms, values


@pytest.mark.parametrize("allocation", [
    "回顾性分析180例患者,其中介入治疗组90例,药物治疗组90例。",
    "将180例患者分为介入治疗组和药物治疗组,各90例。",
])
def test_two_arms_each_named_before_the_role_word(allocation):
    arms, values = arms_and_values("介入治疗与药物治疗的比较\n" + allocation +
                                   "结果:介入治疗组再入院比例为12.2%,药物治疗组为20.0%。\n")
    assert arms == [("介入治疗组", 90), ("药物治疗组", 90)]
    assert values == {("介入治疗组", 12.2), ("药物治疗组", 20.0)}


def test_a_name_the_vocabulary_knows_is_its_english_name():
    arms, values = arms_and_values("针刺与西药治疗失眠\n将120例患者分为针刺治疗组和西药治疗组,各60例。"
                                   "结果:针刺治疗组有效率为88.3%,西药治疗组为70.0%。\n")
    assert arms == [("acupuncture", 60), ("西药治疗组", 60)]
    assert values == {("acupuncture", 88.3), ("西药治疗组", 70.0)}


def test_the_role_word_alone_elsewhere_keeps_it_the_arms_name():
    # "结果治疗组" is "results: the treatment group", and the article goes on with "治疗组".
    arms, values = arms_and_values(
        "小针刀治疗颈椎病\n将70例患者分为治疗组35例和对照组35例。结果治疗组与对照组治疗后评分均降低;"
        "评分治疗组低于对照组;治疗组有效率为91.4%,对照组为74.3%。\n")
    assert arms == [("control", 35), ("treatment", 35)]
    assert values == {("treatment", 91.4), ("control", 74.3)}


def test_one_named_arm_beside_a_plain_control_stays_the_treatment_arm():
    arms, _ = arms_and_values("中药治疗的观察\n将80例患者随机分为治疗组40例和对照组40例。"
                              "结果:治疗组有效率为90.0%,对照组为72.5%。\n")
    assert arms == [("control", 40), ("treatment", 40)]
