"""Cases a second reading of session 14's readers found, each an article or a line written for
this test: a time set against an earlier time is no pair of arms, 较 before an adjective is
"relatively", major adverse events are safety events, the comparator after "than" never holds
the first value, the staff who recruited are no cohort, 间 opens real words, and a headline
may say "browser", compare ages with ">" or open on "Table 2"."""

import pytest

from ingest.extract import extract
from ingest.extract.phrases import tidy_name
from ingest.read import read_bytes
from ingest.read.boilerplate import pick_title


def study(text: str) -> dict:
    studies = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert len(studies) == 1
    return studies[0]


ZH_TWO_ARMS = "K药治疗的随机对照试验\n方法：纳入60例患者，随机分为治疗组和对照组各30例。\n结果：{}\n"
EN_TWO_ARMS = "Drug K for depression: a randomized trial\nMETHODS: 200 adults were randomized to drug K or placebo.\nRESULTS: {}\n"


def test_a_time_against_an_earlier_time_is_no_pair_of_arms():
    s = study("针刺治疗膝痛的临床观察\n方法 纳入30例患者接受针刺治疗。\n结果 治疗后VAS评分较用药前明显降低（3.2±1.1 vs 6.5±1.4，P<0.01）。\n")
    assert not s["groups"]
    # (Read as the whole cohort's, or not at all: the two values share the measure and no time
    # tells them apart, so the reading keeps neither.)
    assert all(m["group"] == "all" for m in s["measurements"])
    assert not any(e["versus"] not in ("baseline", None) for e in s["effects"])


def test_relatively_larger_is_no_comparison_of_two_sides():
    s = study("肝癌切除术后复发因素分析\n方法 回顾性纳入200例患者。\n结果 多因素分析显示，肿瘤体积较大者更易复发（HR=1.82，95%CI 1.21~2.63）。\n")
    assert not [g for g in s["groups"] if g["name"] in ("肿瘤体积", "大者")]


@pytest.mark.parametrize("text", [
    ZH_TWO_ARMS.format("治疗组主要不良反应发生率为10.0%，对照组为13.3%。"),
    EN_TWO_ARMS.format("Major adverse events occurred in 10.0% of the drug K group and 6.7% of the placebo group."),
])
def test_major_adverse_events_are_left_to_the_safety_reader(text):
    assert not [m for m in study(text)["measurements"] if m["value"] in (10.0, 13.3, 6.7)]


@pytest.mark.parametrize("sentence", [
    "At week 12, relapse was less frequent than in the placebo group (12% vs 30%).",
    "Pain scores were lower than baseline in the drug K group (3.1 vs 6.2 points).",
])
def test_the_arm_after_than_or_a_baseline_never_holds_the_first_value(sentence):
    found = {(m["group"], m["value"]) for m in study(EN_TWO_ARMS.format(sentence))["measurements"]}
    assert ("placebo", 12) not in found and ("placebo", 6.2) not in found


def test_and_between_two_measures_does_not_make_the_comparator_second():
    found = {(m["group"], m["value"]) for m in study(ZH_TWO_ARMS.format("头痛和恶心的发生率在对照组为5.0% vs 20.0%。"))["measurements"]}
    assert ("treatment", 5.0) not in found


def test_counts_after_a_semicolon_take_no_measure_of_the_part_before():
    text = ZH_TWO_ARMS.format("治疗组的总有效率为90.0%，对照组为70.0%；再发卒中：治疗组2例（6.7%），对照组6例（20.0%）。")
    found = {(m["measure"], m["value"]) for m in study(text)["measurements"]}
    assert ("total effective rate", 6.7) not in found and ("total effective rate", 20.0) not in found


def test_a_ratio_list_after_two_times_and_two_arms_is_left_unread():
    text = ("K药治疗卒中的随机对照试验\n方法：纳入300例患者，随机分为安慰剂组、低剂量组和高剂量组。\n"
            "结果：治疗12周后继续随访至52周，与安慰剂组相比，低剂量组和高剂量组卒中的风险比分别为0.80(0.70~0.91)和0.65(0.54~0.78)。\n")
    assert not [e for e in study(text)["effects"] if e["value"] == 0.65 and e["group"] == "low dose"]


def test_lines_of_people_counted_are_no_arms():
    s = study("A single-arm study of drug K\nParticipants:\nN=120 men (52%)\nN=110 women (48%)\nAll received drug K. Pain fell by 30%.\n")
    assert not [g for g in s["groups"] if g["name"] in ("men", "women")]


def test_the_staff_who_recruited_are_no_count_of_the_cohort():
    s = study("Drug K trial\nPatients were recruited by 18 physicians and 25 nurses across six hospitals; "
              "240 patients were randomized to drug K or placebo.\n")
    assert s["participants"]["enrolled"] == 240


@pytest.mark.parametrize("name", ["间充质干细胞存活率", "间皮瘤发生率", "间隙宽度"])
def test_a_name_that_opens_on_jian_keeps_it(name):
    assert tidy_name(name) == name


@pytest.mark.parametrize("headline", [
    "Browser-based cognitive training slows memory decline in older adults",
    "Adults aged > 65 with eGFR > 60 benefit from drug K, trial finds",
    "Table 2 shows how stem cells restored vision in a small trial",
])
def test_headlines_that_look_like_site_furniture_are_still_headlines(headline):
    assert pick_title([headline, "Body text of the story."]) == headline


# A second reading of the last changes (ratio lists of groups, differences between arms).

def test_a_later_ratio_list_with_its_own_reference_is_read_with_its_own_groups():
    s = study("队列研究\n结果：共纳入6000例。以不饮茶组为参照，少量组和大量组全因死亡HR(95%CI)分别为0.90(0.80~1.01)和"
              "0.85(0.75~0.96)，以少量组为参照，中量组和大量组卒中HR(95%CI)分别为1.10(0.90~1.34)和0.95(0.80~1.13)。\n")
    later = {(e["group"], e["versus"], e["value"]) for e in s["effects"] if e["value"] in (1.10, 0.95)}
    assert later == {("中量组", "少量组", 1.10), ("大量组", "少量组", 0.95)}, later
    assert not [m for m in s["measurements"] if m["value"] in (1.10, 0.95)]


@pytest.mark.parametrize("result", [
    "以血压正常组为参照，高血压前期组和高血压组全因死亡HR(95%CI)分别为1.15(1.02~1.30)和1.42(1.20~1.68)；"
    "在糖尿病患者中，全因死亡HR(95%CI)分别为1.05(0.85~1.30)和1.30(1.05~1.61)。",
    "以血压正常组为参照，高血压前期组和高血压组全因死亡HR(95%CI)分别为1.15(1.02~1.30)和1.42(1.20~1.68)，"
    "3年和8年时分别为1.05(0.85~1.30)和1.30(1.05~1.61)。",
])
def test_a_ratio_list_of_groups_takes_no_later_list_of_other_groups_times_or_references(result):
    s = study("队列研究\n结果：共纳入6000例。" + result + "\n")
    later = {1.10, 0.95, 1.05, 1.30}
    assert not [e for e in s["effects"] if e["value"] in later]
    assert not [m for m in s["measurements"] if m["value"] in later]
    assert all(e["time"] is None for e in s["effects"])


def test_heart_rates_beside_hr_are_no_hazard_ratios():
    s = study(ZH_TWO_ARMS.format("K药组的静息心率和运动心率HR分别为72(68~76)和110(100~120)次/分。"))
    assert not [e for e in s["effects"] if e["type"] == "hazard_ratio"]


def test_a_comparator_that_opens_on_an_adjectives_character_is_still_a_side():
    s = study("紫杉醇与多西他赛的随机对照试验\n方法：纳入400例患者。\n结果：紫杉醇较多西他赛能降低复发风险（HR=0.85，95%CI 0.75~0.96）。\n")
    assert {(e["group"], e["versus"]) for e in s["effects"]} == {("紫杉醇", "多西他赛")}


@pytest.mark.parametrize("result, expected", [
    ("高剂量组和低剂量组的收缩压分别比安慰剂组低5.0和3.0 mmHg。", set()),
    ("K药组的收缩压比对照组低3.3mmHg，而对照组的舒张压比K药组低1.5 mmHg。",
     {("systolic blood pressure", "K药组", "control", -3.3), ("diastolic blood pressure", "control", "K药组", -1.5)}),
])
def test_differences_between_arms_keep_their_own_arms(result, expected):
    text = ("K药治疗高血压的随机对照试验\n方法：纳入900例患者，随机分为K药组、安慰剂组、高剂量组、低剂量组和对照组。\n结果：" + result + "\n")
    got = {(e["measure"], e["group"], e["versus"], e["value"]) for e in study(text)["effects"] if e["type"] == "mean_difference"}
    assert got == expected
