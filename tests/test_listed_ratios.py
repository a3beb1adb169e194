"""Outcomes listed, then one bracket with a ratio for each, in order, as meta-analysis
abstracts write them; and a p-value whose sign the page lost ("P0.05").

Every article here is written for this test (no text from ../shared).
"""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def effects_of(text: str) -> list[tuple]:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return sorted((e["measure"], e["group"], e["versus"], e["type"], e["value"], tuple(e["ci"] or ()), e["p"], e["p_relation"])
                  for e in studies[0]["effects"])


def test_a_chinese_list_of_outcomes_and_a_bracket_of_odds_ratios():
    text = ("K疗法联合化疗治疗肺癌的Meta分析\n"
            "方法：纳入11项随机对照试验，比较K疗法联合化疗（联合组）与单纯化疗（单纯化疗组）。\n"
            "结果：联合组客观缓解率(ORR)、疾病控制率(DCR)、生活质量改善率均高于单纯化疗组"
            "[OR=2.10,95%CI(1.50,2.94);OR=2.80,95%CI(1.90,4.12);OR=1.95,95%CI(1.30,2.92),P<0.05]。\n")
    got = effects_of(text)
    assert [(m, v, ci) for m, _, _, _, v, ci, _, _ in got] == [
        ("disease control rate", 2.80, (1.90, 4.12)), ("objective response rate", 2.10, (1.50, 2.94)),
        ("生活质量改善率", 1.95, (1.30, 2.92))]
    assert {(t, p, rel) for _, _, _, t, _, _, p, rel in got} == {("odds_ratio", 0.05, "<")}


def test_a_list_of_ratios_no_reader_could_pair_gives_none_of_them_to_one_measure():
    # (the list's comparator unknown, its reader leaves it: no ratio may go to the measure named last)
    text = ("K疗法联合化疗治疗肺癌的Meta分析\n"
            "方法：纳入11项随机试验，比较K疗法联合化疗（联合组）与单纯化疗（单纯化疗组）。\n"
            "结果：联合组客观缓解率(ORR)、疾病控制率(DCR)、生活质量改善率均高于单纯化疗组"
            "[OR=2.10,95%CI(1.50,2.94);OR=2.80,95%CI(1.90,4.12);OR=1.95,95%CI(1.30,2.92),P<0.05]。\n")
    got = effects_of(text)
    paired = {(m, v) for m, _, _, _, v, *_ in got}
    assert not paired & {("disease control rate", 1.95), ("disease control rate", 2.10), ("objective response rate", 2.80),
                         ("objective response rate", 1.95)}
    assert all(v in (None, 2.10, 2.80, 1.95) for _, v in paired)


def test_two_ratios_each_in_its_own_bracket_are_no_list():
    text = ("Cell therapy for lung injury: a meta-analysis\nMETHODS: Twelve randomized trials were pooled.\n"
            "RESULTS: Mortality fell with cell therapy in viral lung injury (8 trials, 560 patients; RR 0.70, 95% CI 0.54 to "
            "0.91) but not clearly in other causes (4 trials, 310 patients; RR 0.85, 95% CI 0.60 to 1.20), although the "
            "subgroup difference was not significant (P=0.41).\n")
    values = {v for _, _, _, _, v, _, _, _ in effects_of(text)}
    assert 0.85 in values


def test_an_english_list_against_the_arm_named_after_than():
    text = ("Drug K plus chemotherapy for lung cancer: a meta-analysis\n"
            "METHODS: Eleven randomized trials were pooled.\n"
            "RESULTS: The objective response rate, disease control rate and survival rate were higher in the "
            "combination group than with chemotherapy alone (OR 2.10, 95% CI 1.50-2.94; OR 2.80, 95% CI 1.90-4.12; "
            "OR 1.95, 95% CI 1.30-2.92; P<0.05).\n")
    got = effects_of(text)
    assert [(m, g, vs, v) for m, g, vs, _, v, _, _, _ in got] == [
        ("disease control rate", "combination", "chemotherapy alone", 2.80),
        ("objective response rate", "combination", "chemotherapy alone", 2.10),
        ("survival rate", "combination", "chemotherapy alone", 1.95)]


def test_more_ratios_than_outcomes_says_nothing_about_which_is_which():
    text = ("Drug K plus chemotherapy for lung cancer: a meta-analysis\n"
            "METHODS: Eleven randomized trials were pooled.\n"
            "RESULTS: The objective response rate and disease control rate were higher in the combination group than "
            "with chemotherapy alone (OR 2.10, 95% CI 1.50-2.94; OR 2.80, 95% CI 1.90-4.12; OR 1.95, 95% CI 1.30-2.92).\n")
    assert not any(v == 1.95 and m == "disease control rate" for m, _, _, _, v, _, _, _ in effects_of(text))


def test_a_p_value_that_lost_its_sign_keeps_the_number_not_the_relation():
    text = ("针刺治疗面瘫的随机对照研究\n"
            "方法：将60例患者随机分为治疗组（30例）和对照组（30例）。\n"
            "结果：治疗组总有效率为93.3%，对照组总有效率为76.7%(P0.05)。\n")
    got = effects_of(text)
    assert [(m, g, vs, p, rel) for m, g, vs, _, _, _, p, rel in got] == [
        ("total effective rate", "treatment", "control", 0.05, None)]


def test_a_ratio_named_once_then_its_values_for_the_years_listed_before_it():
    """"降低术后1年、2年和3年复发率，风险比及其95%可信区间分别为…": the k-th ratio is the k-th year's,
    of the outcome named after the years (复发率, the recurrence rate: "3年复发率" holds no
    annualized relapse rate, 年复发率), one treatment against the other (A较B); read as anything
    else, the ratios were means at three years."""
    text = ("术后辅助K疗法治疗肝癌的Meta分析\n"
            "结果：共纳入10项研究共计800例患者。经Meta分析，术后行K疗法较单纯手术能有效降低患者术后1年、2年和3年复发率，"
            "风险比及其95%可信区间分别为0.50(0.40~0.62)、0.60(0.48~0.75)和0.70(0.55~0.90)。\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    got = sorted((e["time"]["value"], e["value"], tuple(e["ci"])) for e in studies[0]["effects"]
                 if e["measure"] == "recurrence rate" and e["type"] == "hazard_ratio")
    assert got == [(1, 0.50, (0.40, 0.62)), (2, 0.60, (0.48, 0.75)), (3, 0.70, (0.55, 0.90))]
    assert {(e["group"], e["versus"]) for e in studies[0]["effects"]} == {("术后行K疗法", "单纯手术")}
    assert not [m for m in studies[0]["measurements"] if m["value"] in (0.50, 0.60, 0.70)]


def test_ratios_of_groups_listed_against_a_reference_and_never_means():
    """"以B组为参照，A组、C组及D组全因死亡HR(95%CI)分别为…": one ratio per group listed, each
    against the reference named with 以…为参照, of the outcome named before the ratio (written
    right after Chinese, "死亡HR", with no space). A second list of the same sentence whose
    outcome the vocabulary does not know is left unread, never read as means."""
    text = ("饮食与死亡风险的队列研究\n"
            "结果：共纳入6000例个体。多因素调整后，以中量组为参照，低量组、高量组及极高量组全因死亡HR(95%CI)分别为"
            "1.20(0.90~1.60)、1.10(0.80~1.50)和1.40(1.05~1.87)；某某事件HR(95%CI)分别为1.30(0.85~2.00)、0.80(0.50~1.20)和1.25(0.70~2.20)。\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    got = sorted((e["group"], e["versus"], e["value"], tuple(e["ci"])) for e in studies[0]["effects"]
                 if e["measure"] == "all-cause mortality" and e["type"] == "hazard_ratio")
    assert got == [("低量组", "中量组", 1.20, (0.90, 1.60)), ("极高量组", "中量组", 1.40, (1.05, 1.87)),
                   ("高量组", "中量组", 1.10, (0.80, 1.50))]
    assert not [m for m in studies[0]["measurements"] if m["value"] in (1.30, 0.80, 1.25, 1.20, 1.10, 1.40)]


def test_chinese_differences_between_arms_and_what_they_are_not():
    """"代盐组人群的收缩压比对照组低3.3mmHg": a mean difference of the first arm against the second,
    signed (低: less). The clauses after it are left unread (each may name its own arms, times
    or subgroups), and so are a range, points of a percentage, a count, a fall's size, a list
    of arms and a difference at baseline; the 24 of "24小时" is part of a name, no value."""
    def read(result):
        text = "代盐预防卒中的随机对照试验\n方法：将2000名参与者随机分为代盐组和对照组。\n结果：" + result + "\n"
        study = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"][0]
        return study, {(e["measure"], e["group"], e["versus"], e["value"]) for e in study["effects"] if e["type"] == "mean_difference"}
    study, got = read("代盐组人群的收缩压比对照组低3.3mmHg，24小时尿钠排泄量平均少350 mg。")
    assert got == {("systolic blood pressure", "代盐组", "control", -3.3)}
    assert not [m for m in study["measurements"] if m["value"] == 24]
    for result in ("代盐组的收缩压比对照组低3.3~4.1mmHg。", "代盐组的总有效率比对照组高15.2个百分点。", "代盐组的复发人数比对照组少5例。",
                   "代盐组的收缩压下降幅度比对照组多3.3 mmHg。", "基线时代盐组的收缩压比对照组高2.1mmHg。",
                   "代盐组中糖尿病亚组的收缩压比对照组低5.2mmHg。"):
        assert read(result)[1] == set(), result


def test_treatments_each_named_before_their_own_ratio_share_the_outcome_and_the_comparator():
    # (the outcome and what the treatments are compared with, said in the sentence before)
    text = ("Statins and stroke: a cohort study\n"
            "In this cohort study of 52,000 adults, statins compared with ezetimibe were associated with a lower risk "
            "of stroke. By drug, atorvastatin showed the lowest risk (aHR 0.71 [95% CI 0.60–0.84]), followed by "
            "simvastatin (aHR 0.83 [95% CI 0.72–0.95]), whereas pravastatin showed no association (aHR 0.97 "
            "[95% CI 0.81–1.16]).\n")
    got = effects_of(text)
    assert [(m, g, vs, t, v, ci) for m, g, vs, t, v, ci, _, _ in got] == [
        ("stroke", "atorvastatin", "ezetimibe", "hazard_ratio", 0.71, (0.60, 0.84)),
        ("stroke", "pravastatin", "ezetimibe", "hazard_ratio", 0.97, (0.81, 1.16)),
        ("stroke", "simvastatin", "ezetimibe", "hazard_ratio", 0.83, (0.72, 0.95))]


def test_outcomes_listed_with_a_treatment_among_them_are_no_list_of_treatments():
    # ("revascularization" is a treatment the vocabulary knows, and an outcome here)
    text = ("Statins for primary prevention: a meta-analysis\n"
            "RESULTS: Statin therapy was associated with a decreased risk of stroke (RR=0.62, 95% CI: 0.52 to 0.74), "
            "major coronary events (RR=0.81, 95% CI: 0.70 to 0.94), revascularizations (RR=0.66, 95% CI: 0.57 to "
            "0.76) and angina (RR=0.79, 95% CI: 0.66 to 0.95).\n")
    got = effects_of(text)
    assert len(got) == 4 and {g for _, g, *_ in got} == {"Statin therapy"}
    assert ("revascularizations", "Statin therapy", "reference", "risk_ratio", 0.66, (0.57, 0.76), None, None) in got


@pytest.mark.parametrize("text", [
    # each item its own outcome
    "Statins and outcomes: a cohort study\nIn this cohort study of 40,000 adults, the risk of stroke was lower with "
    "atorvastatin (HR 0.72, 95% CI 0.61-0.85) and the risk of heart failure was lower with simvastatin (HR 0.84, 95% "
    "CI 0.73-0.97).\n",
    # each item its own comparator
    "Statins and stroke: a cohort study\nIn this cohort study of 40,000 adults, the risk of stroke was lower with "
    "atorvastatin compared with placebo (HR 0.72, 95% CI 0.61-0.85), and with simvastatin compared with ezetimibe "
    "(HR 0.84, 95% CI 0.73-0.97).\n",
    # subgroups of one treatment by what else people take
    "Atorvastatin and stroke: a cohort study\nIn this cohort study of 40,000 adults, atorvastatin lowered the risk of "
    "stroke in users of metformin (HR 0.72, 95% CI 0.61-0.85) and in users of insulin (HR 0.84, 95% CI 0.73-0.97).\n",
])
def test_items_with_their_own_outcome_comparator_or_subgroup_are_no_list_of_treatments(text):
    got = effects_of(text)
    assert not any(g in ("simvastatin", "metformin", "insulin") and m == "stroke" and vs != "placebo"
                   for m, g, vs, *_ in got if g != "atorvastatin"), got


def test_a_comparison_the_sentence_before_makes_of_something_else_is_not_the_lists_comparator():
    text = ("Statins and stroke: a cohort study\nIn this cohort study of 40,000 adults, baseline LDL cholesterol was "
            "3.1 mmol/L with statins versus ezetimibe users. The risk of stroke was lower with atorvastatin (HR 0.72, "
            "95% CI 0.61-0.85), simvastatin (HR 0.84, 95% CI 0.73-0.97) and pravastatin (HR 0.95, 95% CI 0.80-1.12).\n")
    got = [(m, g, vs) for m, g, vs, *_ in effects_of(text)]
    assert ("stroke", "simvastatin", "reference") in got and not any(vs == "ezetimibe" for *_, vs in got)
