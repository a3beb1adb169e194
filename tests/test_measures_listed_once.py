"""Measures a Chinese abstract lists once, then each arm's values in the same order ("对照组分别为
(…)、(…)，观察组分别为(…)…"), also where the list stands in a clause of its own before them and
where a measure's name holds a number written apart ("餐后2 h血糖"). Written for this test."""
from ingest.extract import extract
from ingest.read import read_bytes

HEAD = "某膏方治疗2型糖尿病的随机对照研究\n\n将60例患者随机分为对照组30例和观察组30例。"


def measurements(body: str) -> set:
    (s,) = extract(read_bytes((HEAD + body + "\n").encode("utf-8"), path="a.txt")).to_json()["studies"]
    return {(m["measure"], m["group"], (m["time"] or {}).get("value"), m["value"]) for m in s["measurements"]}


def test_a_number_inside_a_measures_name_is_no_value():
    got = measurements("治疗后观察组的空腹血糖、餐后2 h血糖以及Hb A1c水平分别为(5.12±1.01)mmol/L、(7.30±1.22)mmol/L、"
                       "(6.05±1.10)%，对照组分别为(6.40±1.31)mmol/L、(8.02±1.45)mmol/L、(6.88±1.52)%(P<0.05)。")
    arm = next(g for _, g, _, _ in got if g != "control")
    assert {(m, g, v) for m, g, _, v in got} == {
        ("fasting plasma glucose", arm, 5.12), ("2-hour postprandial glucose", arm, 7.30), ("HbA1c", arm, 6.05),
        ("fasting plasma glucose", "control", 6.40), ("2-hour postprandial glucose", "control", 8.02),
        ("HbA1c", "control", 6.88)}
    assert 2 not in {v for _, _, _, v in got}


def test_each_arms_values_of_measures_listed_in_a_clause_before_them_at_baseline():
    got = measurements("两组治疗前的空腹血糖、餐后2 h血糖以及Hb A1c水平差异无统计学意义(P>0.05)，对照组分别为(9.12±2.30)mmol/L、"
                       "(12.40±1.70)mmol/L、(8.31±2.02)%，观察组分别为(9.25±2.11)mmol/L、(12.22±1.81)mmol/L、(8.44±2.20)%。")
    arm = next(g for _, g, _, _ in got if g != "control")
    assert got == {("fasting plasma glucose", "control", 0, 9.12), ("2-hour postprandial glucose", "control", 0, 12.40),
                   ("HbA1c", "control", 0, 8.31), ("fasting plasma glucose", arm, 0, 9.25),
                   ("2-hour postprandial glucose", arm, 0, 12.22), ("HbA1c", arm, 0, 8.44)}


def test_a_second_list_of_the_same_arm_and_measures_is_some_subgroups():
    # the same two rates again for the control arm, of another subgroup the sentence names only
    # in words: the second values are left unread, not a second value of the same rate
    got = measurements("按主症计，显效率和总有效率观察组分别为80.0%和93.3%，对照组分别为60.0%和83.3%；按证候计，显效率和总有效率"
                       "观察组分别为76.7%和96.7%，对照组分别为56.7%和86.7%。")
    control = sorted(v for m, g, _, v in got if g == "control")
    assert 86.7 not in control and 56.7 not in control


def test_a_result_before_a_semicolon_is_read_though_the_arms_are_alike_after_it():
    got = measurements("结果与对照组的总有效率(73.3%)相比，观察组总有效率(90.0%)明显更高(P<0.05)；两组治疗前的空腹血糖差异无统计学"
                       "意义(P>0.05)。")
    arm = next(g for _, g, _, _ in got if g != "control")
    assert {(m, g, v) for m, g, _, v in got} == {("total effective rate", "control", 73.3), ("total effective rate", arm, 90.0)}


def test_two_arms_named_before_respectively_then_a_value_each():
    got = measurements("观察组与对照组治疗后神经功能缺损评分分别为(5.40±3.91)分和(8.76±4.02)分，两组比较差异显著(P<0.01)。")
    arm = next(g for _, g, _, _ in got if g != "control")
    assert {(g, v) for _, g, _, v in got} == {(arm, 5.40), ("control", 8.76)}


def test_the_other_arms_values_after_a_unit_the_list_ends_on():
    # (the first arm's list ends on "元", a unit of its own; "与对照组的(…)…比较" is the other arm's)
    got = measurements("观察组的住院时间、住院总费用分别为(4.12±1.01)d、(7155.03±980.07)元，与对照组的(4.32±1.14)d、"
                       "(7345.04±923.84)元比较，差异均无统计学意义(P>0.05)。")
    arm = next(g for _, g, _, _ in got if g != "control")
    assert {(m, g, v) for m, g, _, v in got} == {
        ("length of hospital stay", arm, 4.12), ("hospitalization cost", arm, 7155.03),
        ("length of hospital stay", "control", 4.32), ("hospitalization cost", "control", 7345.04)}


def test_each_item_of_a_list_of_measures_with_values_names_its_own_measure():
    # "自主活动时间" is no measure the vocabulary knows: its value is its own, not blood loss's
    head = "微创手术治疗小儿疝气的随机对照研究\n\n将120例患儿随机分为观察组和对照组，各60例。"
    text = head + ("结果观察组手术时间(13.37±5.08)min、术中出血量(4.54±1.02)mL、自主活动时间(13.12±1.34)h及术后住院时间"
                   "(1.88±0.79)d显著低于对照组手术时间(21.45±5.02)min、术中出血量(6.88±1.46)mL、自主活动时间(23.57±3.73)h"
                   "及术后住院时间(4.32±1.27)d，差异有统计学意义(P<0.01)。\n")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    got = {(m["measure"], m["group"], m["value"]) for m in s["measurements"]}
    arm = next(g for _, g, _ in got if g != "control")
    assert {("自主活动时间", arm, 13.12), ("自主活动时间", "control", 23.57), ("intraoperative blood loss", arm, 4.54),
            ("intraoperative blood loss", "control", 6.88)} <= got
    assert not [m for m in s["measurements"] if m["measure"] in ("对照组为", "一年时为")]


def test_a_clause_that_names_only_its_arm_is_no_item_of_a_list():
    text = HEAD + "结果:治疗后观察组止泻时间(3.0±0.6)d,对照组为(5.8±0.8)d,一年时为(4.9±1.3)d。\n"
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert not {m["measure"] for m in s["measurements"]} & {"对照组为", "一年时为"}


def test_an_item_named_by_an_abbreviation_the_vocabulary_lacks_keeps_its_own_value():
    # ("QI" is no measure the vocabulary knows: its value is its own, and the list around it is still read)
    head = "运动康复治疗慢性心力衰竭的随机对照研究\n\n将80例患者随机分为观察组和对照组，各40例。"
    text = head + ("结果治疗后观察组LVEF(58.2±6.1)%、QI(3.9±0.7)、心输出量(5.8±0.6)L/min均高于对照组LVEF(51.4±5.8)%、"
                   "QI(3.1±0.6)、心输出量(4.9±0.5)L/min(P<0.05)。\n")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    got = {(m["measure"], m["group"], m["value"]) for m in s["measurements"]}
    arm = next(g for _, g, _ in got if g != "control")
    assert {("left ventricular ejection fraction", arm, 58.2), ("QI", arm, 3.9), ("cardiac output", arm, 5.8),
            ("left ventricular ejection fraction", "control", 51.4), ("QI", "control", 3.1), ("cardiac output", "control", 4.9)} <= got
    assert not [m for m in s["measurements"] if m["value"] in (3.9, 3.1) and m["measure"] != "QI"]


def test_a_pair_of_values_joined_by_vs_right_after_a_chinese_unit():
    # ("6.1天VS 8.2天": no word boundary between 天 and VS; the two values are still a pair of the two arms)
    text = HEAD + "结果 观察组 VS 对照组的住院时间为6.1天VS 8.2天(P<0.05)。\n"
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    got = {(m["measure"], m["group"], m["value"]) for m in s["measurements"]}
    arm = next(g for _, g, _ in got if g != "control")
    assert got == {("length of hospital stay", arm, 6.1), ("length of hospital stay", "control", 8.2)}


def test_an_abbreviation_right_before_the_first_value_is_that_values_measure():
    # ("观察组CO(6.1±0.4)": CO's value, not the total effective rate the sentence named before)
    head = "运动康复治疗慢性心力衰竭的随机对照研究\n\n将80例患者随机分为观察组和对照组，各40例。"
    text = head + "结果 观察组总有效率92.5%高于对照组80.0%(P<0.05),且观察组QI(3.9±0.7)、LVEF(58.2±6.1)%均高于对照组(P<0.05)。\n"
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert not [m for m in s["measurements"] if m["measure"] == "total effective rate" and m["value"] == 3.9]
    assert {(m["measure"], m["value"]) for m in s["measurements"]} >= {("QI", 3.9), ("left ventricular ejection fraction", 58.2)}


def test_items_with_their_abbreviations_in_brackets_at_the_time_before_the_list():
    # (a cohort's survival rates, each named with its abbreviation; the follow-up's interval before them
    # holds a time that is a bound, not the list's)
    text = ("某方案治疗鼻咽癌的回顾性研究\n\n结果 120例患者符合入组条件。中位随访时间36.2个月(95%CI:30.1~42.3个月),"
            "总人群的5年无局部复发生存(LRFS)、无区域复发生存(RRFS)和总生存(OS)分别为71.5%、80.2%和55.4%。\n")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    got = {(m["measure"], (m["time"] or {}).get("value"), (m["time"] or {}).get("unit"), m["value"]) for m in s["measurements"]}
    assert ("overall survival", 5, "year", 55.4) in got
    assert ("local recurrence-free survival", 5, "year", 71.5) in got
    assert any(v == 80.2 and t == 5 for _, t, _, v in got)
