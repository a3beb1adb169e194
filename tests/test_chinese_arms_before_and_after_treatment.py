"""A Chinese abstract's comparisons before and after treatment: "治疗前,2组…差异没有统计学差异" compares
the two arms at baseline (no change in either); "与治疗前相比,差异均有…意义(P<0.05)" is each arm
against its own baseline; values after "治疗后" said since a baseline named earlier in the sentence
are after treatment. Written for this test."""

from ingest.extract import extract
from ingest.read import read_bytes

ARMS_BEFORE_AND_AFTER = ("某胶囊治疗心衰的随机对照研究\n\n将80例患者随机分为观察组40例、对照组40例。疗程12周。"
                         "2.血浆BNP:治疗前,2组患者的血浆BNP水平差异没有统计学差异(P>0.05)。治疗后,观察组与对照组的血浆BNP水平"
                         "均有明显降低,与治疗前相比,差异均有显著的统计学意义(P<0.05),且治疗后观察组880.15±401.22,对照组"
                         "1102.40±398.50,说明观察组优于对照组,且该差异具有统计学意义(P<0.05)。\n")


def test_two_arms_compared_before_treatment_is_no_change_of_either():
    (s,) = extract(read_bytes(ARMS_BEFORE_AND_AFTER.encode("utf-8"), path="a.txt")).to_json()["studies"]
    before = [e for e in s["effects"] if e["p_relation"] == ">"]
    assert before and all(e["versus"] not in (None, "baseline") and (e["time"] or {}).get("value") == 0 for e in before)


def test_values_after_treatment_said_since_the_baseline_are_after_it():
    (s,) = extract(read_bytes(ARMS_BEFORE_AND_AFTER.encode("utf-8"), path="a.txt")).to_json()["studies"]
    got = {(m["value"], (m["time"] or {}).get("value")) for m in s["measurements"]}
    assert (1102.4, 0) not in got and (880.15, 0) not in got
    assert {880.15, 1102.4} <= {v for v, _ in got}


def test_numbered_control_arms_and_one_arm_against_both():
    # "对照1组", "对照2组": the control arms one and two; "高于对照1组和对照2组": against each
    text = ("目的 观察某膏贴敷治疗小儿咳嗽的疗效。方法 将300例患儿随机分为治疗组150例、对照1组80例、对照2组70例。"
            "结果 治疗组总有效率为92.00%,对照1组为70.00%,对照2组为65.71%,治疗组总有效率明显高于对照1组和对照2组,"
            "差异有统计学意义(P<0.05)。\n")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert {(g["name"], g["n"]) for g in s["groups"] if g["role"] == "arm"} == {("treatment", 150), ("control 1", 80), ("control 2", 70)}
    assert {(e["group"], e["versus"], e["p"]) for e in s["effects"]} == {("treatment", "control 1", 0.05), ("treatment", "control 2", 0.05)}


def test_grades_counted_with_their_shares_and_a_score_the_vocabulary_lacks():
    # "痊愈的有11人,占36.7%": each grade's share with its count; "夜咳程度积分(2.40±1.90)" after a rate named
    # before it is the score's value, not the rate's
    text = ("目的 观察推拿治疗小儿咳嗽的疗效。方法 将60例患儿随机分为治疗组和对照组各30例。结果 治疗组患儿痊愈的有12人,"
            "占40.0%;显效的有15人,占50.0%;无效的有3人,占10.0%,总有效率为90.0%;对照组患儿痊愈的有8人,占26.7%;"
            "显效的有14人,占46.7%;无效的有8人,占26.7%。治疗组治疗后夜咳程度积分(2.40±1.90)。\n")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    got = {(m["measure"], m["group"], m["stat"], m["value"], m["n"]) for m in s["measurements"]}
    assert {("cure", "treatment", "percent", 40.0, 12), ("no response", "control", "percent", 26.7, 8)} <= got
    assert ("夜咳程度积分", "treatment", "mean", 2.4, None) in got
    assert not any(v == 2.4 and m != "夜咳程度积分" for m, _, _, v, _ in got)


def test_one_persons_change_is_no_groups():
    text = ("英国一项小规模研究显示,看可爱动物的视频有助降血压。研究人员让40名研究对象观看30分钟视频。"
            "看完视频后,研究对象心率平均降低5.5%,其中一人心率由先前每分钟92次降至70次。\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert not any(m["value"] in (92, 70) for s in studies for m in s["measurements"])
