"""Chinese abstracts: each arm's size before its grades of effect ("治疗组70例，显效9例，有效43例，
无效18例"), an ASCII stop mistyped between an arm's size and its grades ("对照组65例.显效7例"), and a
pooled ratio said between an exposure and an outcome ("相对于低的鱼类摄入来说，高的鱼类摄入与心血管
疾病死亡率之间的合并RR值是0.91(95%CI:0.85-0.96)").

Every article here is written for this test, in its own words.
"""

from ingest.extract import extract
from ingest.extract.sentences import split
from ingest.read import read_bytes


def study_of(text: str) -> dict:
    (study,) = extract(read_bytes(text.encode("utf-8"), path="abstract.txt")).to_json()["studies"]
    return study


HEAD = "目的 观察健脾汤治疗慢性胃炎的疗效。方法 将120例患者随机分为治疗组和对照组。结果 "


def grades(study: dict) -> set:
    return {(m["group"], m["value"]) for m in study["measurements"] if m["stat"] == "n"}


def test_an_arms_size_then_its_grades():
    study = study_of(HEAD + "治疗组62例，显效20例，有效31例，无效11例，总有效率82.26%；对照组58例，显效9例，有效25例，无效24例，总有效率58.62%。")
    assert grades(study) == {("treatment", 20), ("treatment", 31), ("treatment", 11),
                             ("control", 9), ("control", 25), ("control", 24)}, study["measurements"]


def test_a_stop_mistyped_between_an_arms_size_and_its_grades():
    study = study_of(HEAD + "治疗组62例，显效20例，有效31例，无效11例；对照组58例.显效9例，有效25例，无效24例。")
    assert {("control", 9), ("control", 25), ("control", 24)} <= grades(study), study["measurements"]


def test_a_stop_after_a_size_before_other_words_still_ends_the_sentence():
    assert [s.text for s in split("每组30例.两组均好转。")] == ["每组30例.", "两组均好转。"]
    assert len(split("对照组58例.显效9例，有效25例。")) == 1


def test_a_pooled_ratio_between_an_exposure_and_an_outcome():
    study = study_of("目的 探讨饮茶与心血管疾病死亡风险的关系。方法 检索数据库，纳入12篇队列研究进行Meta分析。"
                     "结果 相对于低的饮茶量来说，高的饮茶量与心血管疾病死亡率之间的合并RR值是0.86(95%CI:0.80-0.93)。")
    (effect,) = [e for e in study["effects"] if e["value"] == 0.86]
    assert (effect["measure"], effect["group"], effect["versus"], effect["type"], effect["ci"]) == \
        ("cardiovascular death", "高的饮茶量", "低的饮茶量", "risk_ratio", [0.8, 0.93])


def test_the_cohort_counted_before_its_allocation_not_an_arms_size_after_it():
    study = study_of("目的 观察穴位贴敷治疗哮喘的疗效。方法 将131例患者随机分为治疗组70例和对照组61例。结果 治疗组总有效率为90.0%。")
    assert study["participants"]["enrolled"] == 131


def test_the_other_arm_then_respectively_for_two_rates_the_vocabulary_names_alike():
    study = study_of("目的 观察穴位贴敷治疗哮喘的疗效。方法 将131例患者随机分为治疗组70例和对照组61例。"
                     "结果 治疗组综合疗效总有效率为91.43%，发作次数总有效率为84.29%，对照组则分别为55.74%、47.54%，"
                     "两组间比较差异均有统计学意义(P<0.05)。")
    found = {(m["measure"], m["group"], m["value"]) for m in study["measurements"]}
    assert {("综合疗效总有效率", "treatment", 91.43), ("综合疗效总有效率", "control", 55.74),
            ("发作次数总有效率", "treatment", 84.29), ("发作次数总有效率", "control", 47.54)} <= found, found
    assert not {("total effective rate", "treatment", 55.74), ("total effective rate", "control", 47.54)} & found
