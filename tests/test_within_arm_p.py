"""A p-value the article compares with before treatment is each arm's own change, never one
arm against the other: "两组该评分均有所下降，与治疗前相比P<0.05", "did not change compared
to baseline in the A group (…; P=0.958) and in the B group (…; P=0.137)". "Change from
baseline" names a measure that is compared between arms, and stays between arms.

Every article here is written for this test, in its own words.
"""

from ingest.extract import extract
from ingest.read import read_bytes

ZH = ("针刺治疗慢性疲劳的随机对照试验\n"
      "方法：将80例患者随机分为治疗组和对照组，各40例。\n"
      "结果：{}\n")
EN = ("Drug A versus drug B after cataract surgery: a randomized trial\n"
      "METHODS: Eighty eyes were randomized to drug A (n = 40) or drug B (n = 40).\n"
      "RESULTS: {}\n")


def effects_of(text: str) -> set[tuple]:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return {(e["group"], e["versus"], e["p"]) for e in studies[0]["effects"]}


def test_both_arms_against_before_treatment_in_chinese():
    found = effects_of(ZH.format("治疗4周后，治疗组和对照组疲劳评分均有所下降，与治疗前相比差异有统计学意义（P<0.05）。"))
    assert ("treatment", "baseline", 0.05) in found and ("control", "baseline", 0.05) in found
    assert ("treatment", "control", 0.05) not in found


def test_each_p_value_goes_to_the_arm_named_before_it():
    found = effects_of(EN.format(
        "Macular thickness did not change significantly compared to baseline in the drug A group "
        "(250.1 ± 30.2 vs 253.4 ± 28.8 μm; P = 0.71) and in the drug B group (249.5 ± 31.0 vs 260.2 ± 33.9 μm; P = 0.12)."))
    assert {(g, p) for g, v, p in found if v == "baseline"} == {("drug a", 0.71), ("drug b", 0.12)}


def test_a_comparison_with_the_control_arm_stays_between_arms():
    found = effects_of(ZH.format("治疗后两组疲劳评分均较治疗前下降，治疗组低于对照组（P<0.05）。"))
    assert ("treatment", "control", 0.05) in found


def test_change_from_baseline_compared_between_arms_stays_between_arms():
    found = effects_of(EN.format(
        "The mean change relative to baseline in macular thickness was 3.1 μm with drug A and 11.6 μm with drug B (P = 0.02)."))
    assert ("drug a", "drug b", 0.02) in found
    assert not any(v == "baseline" and p == 0.02 for _, v, p in found)


def test_a_p_value_of_one_named_arm_against_another_stays_between_arms():
    # A change against baseline in both arms, then the arms compared: the p-value is the
    # comparison's, never each arm's against its baseline.
    found = effects_of(EN.format(
        "Intraocular pressure fell in both groups compared with baseline, and it was lower with drug A than with "
        "drug B at month 3 (P = 0.01)."))
    assert ("drug a", "drug b", 0.01) in found and not any(v == "baseline" for _, v, _ in found)
    found = effects_of("针刺治疗失眠的随机对照试验\n方法：80例患者按随机数字表法分为两组：针刺组40例，西药组40例。\n"
                       "结果：治疗后两组PSQI评分均较治疗前降低，且针刺组低于西药组（P<0.05）。\n")
    assert not any(v == "baseline" for _, v, _ in found)
