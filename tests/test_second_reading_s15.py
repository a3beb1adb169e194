"""Cases a second reading of session 15's rules found, each an article written for this test:
a control group of healthy volunteers beside a placebo arm, "Control of …" as the start of a
measure's name, adverbs and phrases between a verb and "by", a subgroup's change given to a
whole arm, a share of people read as another arm's change, a measure named in passing, an
analysis population dropped from a name, price tables and nutrition labels as studies, and
比例(%) read as 例(%)."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def studies(text: str) -> list[dict]:
    return extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]


def study(text: str) -> dict:
    (s,) = studies(text)
    return s


def values(s):
    return {(m["measure"], m["group"], m["value"]) for m in s["measurements"]}


def changes(s):
    return sorted((e["measure"], e["group"], e["value"]) for e in s["effects"] if e["type"] == "mean_change")


def test_healthy_controls_beside_a_placebo_arm_stay_controls():
    s = study("Drug K lowers inflammation in lupus, small trial shows\n"
              "METHODS: 80 patients with lupus were randomized to drug K or placebo for 12 weeks. "
              "Forty healthy volunteers were enrolled as a control group.\n"
              "RESULTS: At baseline, serum IL-6 was 14.2 pg/mL in patients and 3.1 pg/mL in the control group. At week "
              "12, IL-6 fell to 6.3 pg/mL in the drug K group and 13.8 pg/mL in the placebo group (P<0.001).\n")
    assert not [v for v in values(s) if v[1] == "placebo" and v[2] == 3.1]


def test_control_opening_a_measure_is_no_arm():
    s = study("Inhaler K improves asthma control\nMETHODS: 240 adults with asthma were randomized to inhaler K or "
              "placebo for 24 weeks.\nRESULTS: Control of asthma symptoms was 65% vs 48% (P=0.01).\n")
    assert ("placebo", 65) not in {(g, v) for _, g, v in values(s)}
    assert not [m for m in s["measurements"] if m["measure"].startswith("of ")]


ARMS = "{}\nMETHODS: 200 adults were randomized to drug K or placebo for 26 weeks.{}\nRESULTS: {}\n"


@pytest.mark.parametrize("sentence, expected", [
    ("In the drug K group, WOMAC pain scores decreased significantly by 2.1 points, compared with 0.8 points in "
     "the placebo group (P=0.003).", [("WOMAC pain", "drug k", -2.1), ("WOMAC pain", "placebo", -0.8)]),
    ("Participants given drug K lost 14.9 percent of their body weight, while the placebo group lost 2.4 percent.",
     [("body weight", "drug k", -14.9), ("body weight", "placebo", -2.4)]),
    ("Participants given drug K lost 14.9 percent of their body weight, while the placebo group had only 5 percent "
     "of participants reach a 10 percent loss.", [("body weight", "drug k", -14.9)]),
])
def test_changes_per_arm(sentence, expected):
    assert changes(study(ARMS.format("Drug K trial", "", sentence))) == sorted(expected)


def test_a_verb_changing_the_dose_names_no_outcome():
    s = study(ARMS.format("Drug K lowers blood sugar", " Investigators increased the dose by 5 mg every four weeks.",
                          "HbA1c at week 26 was 7.1% with drug K and 8.0% with placebo (P<0.001)."))
    assert not changes(s)


def test_a_subgroups_change_is_not_the_whole_arms():
    s = study(ARMS.format("Weekly shot helps weight loss", "",
                          "Participants given drug K lost 14.9 percent of their body weight, while the placebo group "
                          "lost 2.4 percent. Among participants with type 2 diabetes, the drug reduced weight by 9.6%, "
                          "compared to 3.4% for the placebo group."))
    assert not [c for c in changes(s) if c[2] in (-9.6, -3.4) and c[1] in ("drug k", "placebo")]


def test_a_measure_named_in_passing_takes_no_other_arms_value():
    s = study("Drug K doubles responses in lymphoma\nMETHODS: 180 patients with lymphoma were randomized to drug K or "
              "placebo.\nRESULTS: The overall response rate was 45% in the drug K group, with a complete response in "
              "12%, and 22% in the placebo group.\n")
    assert not [v for v in values(s) if v[2] == 22 and "complete" in v[0]]


def test_an_analysis_population_stays_in_the_name():
    s = study(ARMS.format("Drug K trial", "", "Treatment success was 40% vs 28% (P=0.04). Treatment success in the "
                          "per-protocol analysis was 52% vs 27% (P=0.002)."))
    assert {e["p"] for e in s["effects"] if e["measure"].lower() == "treatment success"} <= {0.04}


@pytest.mark.parametrize("page", [
    "Hospital prices across the region in 2023\nThe statistics office published its yearly report on Monday.\n"
    "Table 1. Hospital price index by province\nProvince | 2022 | 2023\n" + "".join(
        f"{p} | {a}% | {b}%\n" for p, a, b in [("Northern", 3.1, 4.2), ("Eastern", 2.7, 5.0), ("Southern", 3.5, 3.8),
                                               ("Western", 4.4, 6.1), ("Central", 2.2, 2.9)]),
    "Oat protein bar: nutrition information\nOur new bar is made with whole oats.\nTable 1. Nutrition facts per bar "
    "(60 g)\n" + "".join(f"{n} | {a} g | {b}%\n" for n, a, b in [("Total fat", 9, 12), ("Saturated fat", 2, 10),
                                                              ("Sodium", 140, 6), ("Carbohydrate", 24, 9),
                                                              ("Fiber", 5, 18), ("Protein", 12, 24)]),
])
def test_a_table_of_shares_without_outcomes_is_no_study(page):
    assert studies(page) == []


def test_a_share_in_percent_is_no_count():
    s = study("动态血糖监测的随机对照研究\n方法：将118例患者随机分为观察组和对照组，观察组60例，对照组58例。\n"
              "结果：观察组血糖控制优于对照组。\n表2 两组患者治疗12周后血糖指标比较\n项目 观察组(n=60) 对照组(n=58) t P\n"
              "目标范围内时间比例(%) 72.5(8.1) 58.3(9.4) 8.79 <0.001\n高血糖时间比例(%) 20.1(6.2) 31.4(7.5) 8.93 <0.001\n"
              "低血糖时间比例(%) 2.1(1.0) 3.9(1.6) 7.35 <0.001\n")
    assert not [m for m in s["measurements"] if m["value"] in (8.1, 9.4, 6.2, 7.5)]
    assert {m["value"] for m in s["measurements"]} >= {72.5, 58.3}


def test_a_numbered_item_without_a_known_kind_keeps_its_own_name():
    s = study("失眠护理研究\n方法 将80例患者随机分为观察组和对照组各40例。\n结果：干预2周后，①入睡所需时间观察组为(18.2±5.1)min，"
              "对照组为(27.6±6.3)min；②夜间觉醒次数观察组为(1.2±0.4)次，对照组为(2.5±0.7)次；"
              "③日间困倦程度观察组为(3.1±0.9)分，对照组为(4.6±1.1)分。\n")
    assert {m for m, _, v in values(s) if v in (3.1, 4.6)} == {"日间困倦程度"}


# A second reading of the later commits (1eee7da..e7de62a):

@pytest.mark.parametrize("allocation, arm", [
    ("doctors randomly assigned 240 children with mild to moderate asthma to budesonide or placebo for 12 weeks.",
     "budesonide"),
])
def test_a_range_in_who_was_allocated_is_no_arm(allocation, arm):
    s = study(f"Inhaled steroid helps children with asthma\nIn a randomized trial, {allocation}\nAt week 12, asthma "
              "exacerbations occurred in 12% of the budesonide group and 27% of the placebo group (P=0.004).\n")
    assert not [g for g in s["groups"] if " to " in g["name"]]


def test_three_times_weekly_stays_in_the_arms_name():
    s = study("Thrice-weekly insulin matches daily insulin in trial\nIn a randomized trial, 300 adults with type 2 "
              "diabetes were randomly assigned to insulin glargine daily or insulin degludec three times weekly.\nAt "
              "week 26, HbA1c fell by 1.2 percentage points in the insulin glargine group and by 1.1 percentage points "
              "in the insulin degludec group (P=0.4).\n")
    assert ("HbA1c", "insulin degludec", -1.1) in changes(s)


def test_a_time_inside_the_values_own_bracket():
    s = study("Renal denervation for resistant hypertension: a sham-controlled trial\nMETHODS: 69 patients were "
              "randomized to renal denervation (RDN, n=36) or a sham procedure (SHAM, n=33).\nRESULTS: Daytime systolic "
              "ABPM fell from baseline at 3 months by 5.2 ± 17.8 mmHg (RDN) vs. 5.0 ± 12.5 mmHg (SHAM) (with falls of "
              "8.4 ± 16.0 mmHg (RDN) and 3.3 ± 14.1 mmHg (SHAM) by 6 months), P = 0.04.\n")
    assert all((m["time"] or {}).get("value") != 3 for m in s["measurements"] if m["value"] in (8.4, 3.3))


def test_a_link_word_or_a_time_names_no_item():
    s = study("针刺治疗失眠的随机对照研究\n将80例失眠患者随机分为观察组和对照组，各40例。观察组采用针刺治疗，对照组口服艾司唑仑。\n"
              "治疗4周后，观察组匹兹堡睡眠质量指数评分为(6.2±1.8)分，对照组为(8.9±2.1)分；同时观察组晨起精神状态为(3.1±0.9)分，"
              "对照组为(4.6±1.2)分；治疗后观察组焦虑程度为(2.2±0.7)分，对照组为(3.5±0.8)分，差异均有统计学意义(P<0.05)。\n")
    assert not {m["measure"] for m in s["measurements"]} & {"同时", "治疗后"}


def test_vitamin_d_is_no_group_d():
    s = study("维生素C与维生素D辅助治疗脓毒症的随机对照试验\n将90例脓毒症患者随机分为维生素C组、维生素D组和安慰剂组，每组30例。\n"
              "治疗7天后，维生素C组28天病死率为16.7%，维生素D组为20.0%，安慰剂组为30.0%（P=0.04）。\n")
    arms = [g["name"] for g in s["groups"] if g["role"] == "arm"]
    assert "group D" not in arms and "group C" not in arms and "placebo" in arms


def test_a_combination_and_the_dose_levels_are_arms_whole():
    combo = study("二甲双胍联合西格列汀治疗2型糖尿病的随机对照试验\n该研究共纳入320例2型糖尿病患者，受试者被随机分配接受二甲双胍和西格列汀"
                  "联合治疗或二甲双胍单药治疗，疗程24周。\n结果显示，治疗24周后，联合治疗组糖化血红蛋白下降1.2%，单药治疗组下降0.6%，"
                  "差异有统计学意义(P<0.01)。\n")
    assert combo["comparator"] != "sitagliptin"
    doses = study("维生素D剂量试验\n该随机对照试验纳入了400名老年人，受试者随机接受高剂量或低剂量维生素D补充，为期12个月。\n"
                  "结果显示，高剂量组跌倒发生率为30.5%，低剂量组为25.1%（P=0.03）。\n")
    assert [g["name"] for g in doses["groups"] if g["role"] == "arm"] == ["high dose", "low dose"]


def test_a_headline_that_opens_like_a_banner():
    from ingest.read.boilerplate import pick_title
    title = "Here's how you know if your weight-loss drug is working, according to a new trial"
    assert pick_title([title, "By Jane Doe", "March 3, 2024", "In a randomized trial, researchers assigned 300 adults."]) == title


@pytest.mark.parametrize("allocation, arms", [
    ("随机分为ARNI组和ACEI组，各50例。", ["sacubitril/valsartan", "ACE inhibitors"]),
])
def test_a_class_abbreviation_names_its_own_drug_or_class(allocation, arms):
    s = study(f"心衰研究\n{allocation}\n结果 ARNI组LVEF为(45.2±5.1)%，ACEI组为(40.3±4.8)%(P<0.05)。\n")
    assert [g["name"] for g in s["groups"] if g["role"] == "arm"] == arms


# Found by the second readings as older faults, mended at the end of session 15:

@pytest.mark.parametrize("sentence", [
    "The reduction in systolic blood pressure was 12.1 vs 3.4 mmHg (P<0.001).",  # changes, not levels
    "The reduction in nightly awakenings was larger with drug K (2.1 vs 0.6; P=0.01).",
    "The proportion of participants with PHQ-9 below 5 was 25% vs 11% (P=0.02).",  # shares, no PHQ-9 scores
])
def test_no_level_where_the_sentence_gives_changes_or_shares(sentence):
    s = study(ARMS.format("Drug K trial", "", sentence))
    assert s["measurements"] == []


def test_a_levels_comparison_after_an_indefinite_reduction_stays():
    s = study(ARMS.format("Drug K trial", "", "A significant reduction in daily nursing workload was found in the "
                          "drug K group (17 versus 36 minutes; P<0.001)."))
    assert ("daily nursing workload", "drug k", 17) in values(s)


def test_a_percent_change_of_a_laboratory_value():
    s = study(ARMS.format("Drug K trial", "", "Drug K reduced LDL cholesterol by 52%, compared with 3% for placebo."))
    assert changes(s) == [("LDL cholesterol", "drug k", -52), ("LDL cholesterol", "placebo", -3)]
    assert not s["measurements"]
