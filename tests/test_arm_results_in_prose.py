"""Each arm's result as news and abstracts write it: a change with the measure after the
value ("lost 15.2% of their body weight"), the other arm after "compared with" or
"versus", arms listed with their signed changes ("A组：-11.8%，B组：-3.4%"), an arm's share
("in 41% of the drug group"), a median duration with its IQR.

Every article here is written for this test (no text from ../shared).
"""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def changes_of(text: str) -> set[tuple]:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return {(e["measure"], e["group"], e["value"]) for e in studies[0]["effects"]
            if e["type"] == "mean_change" and e["versus"] == "baseline"}


ENGLISH = (
    "Drug Q for obesity: a randomized trial\n"
    "METHODS: 300 adults were randomized to drug Q or placebo for 68 weeks.\n"
    "RESULTS: Participants taking drug Q lost an average of 13.7% of their body weight, compared with 2.9% in the "
    "placebo group. HbA1c decreased by 1.1 percentage points with drug Q versus 0.2 with placebo.\n")


def test_the_measure_after_the_value_and_the_other_arm_after_compared_with():
    assert changes_of(ENGLISH) == {("body weight", "drug q", -13.7), ("body weight", "placebo", -2.9),
                                   ("HbA1c", "drug q", -1.1), ("HbA1c", "placebo", -0.2)}


def test_signed_changes_listed_arm_by_arm_keep_the_sign_as_written():
    text = ("利拉鲁肽治疗肥胖的随机对照试验\n"
            "方法：200例患者随机分为利拉鲁肽组和安慰剂组。\n"
            "结果：两组平均体重变化百分比分别为：利拉鲁肽组：-8.0%，安慰剂组：-2.6%。\n")
    assert changes_of(text) == {("body weight", "liraglutide", -8.0), ("body weight", "placebo", -2.6)}


def test_an_unsigned_change_listed_by_arm_is_not_given_a_sign():
    text = ("利拉鲁肽治疗肥胖的随机对照试验\n"
            "方法：200例患者随机分为利拉鲁肽组和安慰剂组。\n"
            "结果：两组平均体重变化百分比分别为：利拉鲁肽组8.0%，安慰剂组2.6%。\n")
    assert changes_of(text) == set()


def measurements_of(text: str) -> set[tuple]:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return {(m["measure"], m["group"], m["stat"], m["value"], _hashable(m["dispersion_value"]))
            for m in studies[0]["measurements"]}


def _hashable(dispersion):
    return tuple(dispersion) if isinstance(dispersion, list) else () if dispersion is None else dispersion


SHARES_AND_MEDIANS = (
    "Drug R for cluster headache: a randomized trial\n"
    "METHODS: 240 adults were randomized to drug R or placebo.\n"
    "RESULTS: Remission occurred in 44% of the drug R group and 17% of the placebo group. Median time to relapse "
    "was 11.5 months (IQR 7.0-15.2) with drug R and 6.1 months (IQR 4.4-8.9) with placebo.\n")


def test_an_arms_share_and_a_median_duration_with_its_iqr_go_to_their_arms():
    got = measurements_of(SHARES_AND_MEDIANS)
    assert {("Remission", "drug r", "percent", 44, ()), ("Remission", "placebo", "percent", 17, ())} <= got
    assert {("time to relapse", "drug r", "median", 11.5, (7.0, 15.2)),
            ("time to relapse", "placebo", "median", 6.1, (4.4, 8.9))} <= got
    # each median belongs to one arm only
    owners = {value: {g for _, g, _, v, _ in got if v == value} for value in (11.5, 6.1)}
    assert owners == {11.5: {"drug r"}, 6.1: {"placebo"}}


def test_a_list_of_measures_takes_its_values_in_order_and_the_comparators_after():
    text = ("健脾方治疗糖尿病的随机对照试验\n"
            "方法：80例患者随机分为治疗组和对照组，各40例。\n"
            "结果：治疗后，治疗组主症积分、次症积分、总积分分别为(0.52±0.31)、(0.77±0.40)、(1.90±0.85)分，"
            "低于对照组的(1.64±0.72)、(1.58±0.66)、(3.88±1.20)分，差异有统计学意义(Z=-2.871，P<0.05)。\n")
    got = {(m, g, v) for m, g, _, v, _ in measurements_of(text)}
    assert got == {("TCM main symptom score", "treatment", 0.52), ("TCM secondary symptom score", "treatment", 0.77),
                   ("总积分", "treatment", 1.9), ("TCM main symptom score", "control", 1.64),
                   ("TCM secondary symptom score", "control", 1.58), ("总积分", "control", 3.88)}


def test_a_value_then_the_comparators_value_after_a_comparison_word():
    text = ("口服抗病毒药的住院病人研究\n"
            "研究分析了8,000名住院病人，其中3,000人服药，其餘為對照組。"
            "服藥病人出院後的死亡風險為5.2%，較對照組的9.8%為低。\n")
    assert {(g, v) for _, g, _, v, _ in measurements_of(text)} == {("treatment", 5.2), ("control", 9.8)}


def test_durations_compared_in_brackets_after_a_chinese_character_are_values_not_times():
    text = ("两种靶向药联合免疫治疗肝癌的回顾性研究\n"
            "方法：纳入90例患者，分为A组(50例)和B组(40例)。\n"
            "结果：A组和B组中位OS(15.1个月 vs 11.4个月,P=0.21)差异无统计学意义。"
            "高龄患者与低龄患者的中位OS差异有统计学意义(16.0个月 vs 9.5个月,P=0.03)。\n")
    got = measurements_of(text)
    assert all(m[2] == "median" for m in got) and {(g, v) for _, g, _, v, _ in got} == {
        ("group A", 15.1), ("group B", 11.4), ("高龄患者", 16.0), ("低龄患者", 9.5)}
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert all(e["time"] is None for e in studies[0]["effects"])  # 15.1 months is a value, no time point


def test_an_ascii_full_stop_ends_a_chinese_sentence_but_not_a_list_number():
    from ingest.extract.sentences import split
    assert [s.text for s in split("每组30例.两组均治疗8周.结果 1.治疗组有效。")] == [
        "每组30例.", "两组均治疗8周.", "结果 1.治疗组有效。"]


def test_a_decrease_stated_as_a_magnitude_and_the_next_arms_after_it():
    text = ("减重新药三期临床试验\n"
            "试验入组300例受试者，按2:1的比例随机分配至新药6mg组或安慰剂组。\n"
            "第48周时，新药6mg组受试者平均体重降幅为14.20%，安慰剂组为2.35%。\n")
    assert changes_of(text) == {("body weight", "新药6mg组", -14.2), ("body weight", "placebo", -2.35)}


def test_the_share_named_before_de_is_the_measure():
    text = ("某药预防糖尿病的随机对照试验\n"
            "方法：200例患者随机分为治疗组和对照组，各100例。\n"
            "结果：治疗2年后，治疗组的糖尿病累积发病率为6.0%，对照组为19.0%，"
            "治疗组和对照组逆转为正常糖耐量的比例分别为51%和30%。\n")
    got = {(m, g, v) for m, g, _, v, _ in measurements_of(text)}
    assert {("逆转为正常糖耐量", "treatment", 51), ("逆转为正常糖耐量", "control", 30)} <= got


def test_a_bare_p_value_after_its_name():
    text = ("Drug T in prostate cancer: a phase 3 trial\n"
            "Results: 1,022 men were randomized to drug T or placebo. Drug T did not improve overall survival "
            "compared to placebo (hazard ratio 0.91 and one-sided p-value 0.188).\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert [(e["type"], e["value"], e["p"], e["p_relation"]) for e in studies[0]["effects"]] == [
        ("hazard_ratio", 0.91, 0.188, "=")]


def test_a_share_with_its_count_is_one_value_and_the_count_is_no_other():
    text = ("针刺治疗头痛的随机对照试验\n"
            "方法：将90例患者随机分为观察组(45例)和对照组(45例)。\n"
            "结果：治疗结束时观察组总有效率为93.3%(42/45)，对照组为77.8%(35/45)，差异有统计学意义(P<0.05)。\n")
    values = {v for _, _, _, v, _ in measurements_of(text)}
    assert {93.3, 77.8} <= values and not values & {42, 35, 45}


def test_each_arm_keeps_its_own_sign_and_no_other_number_is_a_change():
    text = ("Drug E for obesity: a randomized trial\n"
            "METHODS: 200 adults were randomized to drug E or placebo.\n"
            "RESULTS: Participants in the drug E group lost an average of 15.2% of their body weight, whereas "
            "the placebo group gained 2.4%. HbA1c decreased by 5.1% in the drug E group, compared with 12 weeks "
            "earlier in the placebo group.\n")
    got = changes_of(text)
    assert ("body weight", "placebo", -2.4) not in got and ("HbA1c", "placebo", -12) not in got, got


def test_a_range_is_no_signed_change():
    text = ("Drug E for diabetes: a randomized trial\n"
            "METHODS: 200 adults were randomized to drug E or placebo.\n"
            "RESULTS: Mean changes in HbA1c were 0.4-0.6 in the drug E group and 0.1-0.2 in the placebo group.\n")
    assert not {v for _, _, v in changes_of(text)} & {-0.6, -0.2}


def test_a_list_after_two_arms_is_not_given_to_one_of_them():
    text = ("针刺治疗偏头痛的随机对照试验\n"
            "方法：60例患者随机分为治疗组和对照组，各30例。\n"
            "结果：治疗组与对照组的主症积分、次症积分分别为3.1、2.2和5.6、4.4分。\n")
    assert not {(g, v) for _, g, _, v, _ in measurements_of(text)} & {("control", 3.1), ("control", 2.2)}


def test_rates_stated_then_their_arms_and_no_size_from_the_design_word():
    text = ("Vaccine Z against shingles: a randomized trial\n"
            "This is a randomized, placebo-controlled phase 3 trial conducted in 14 countries among adults aged 70 or "
            "older.\n"
            "- The incidence of herpes zoster per 1000 person-years was 1.2 in the vaccinated group and 8.7 in the "
            "placebo group for an overall vaccine efficacy of 86.2%\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert {(g["name"], g["n"]) for g in studies[0]["groups"]} == {("vaccinated", None), ("placebo", None)}
    assert {(g, v) for _, g, _, v, _ in measurements_of(text)} >= {("vaccinated", 1.2), ("placebo", 8.7)}


def test_no_link_promotion_list_item_or_result_is_a_headline():
    from ingest.read.boilerplate import pick_title
    for line in ("Original report: http://example.org/x1", "🔔下載本台App 接收即時新聞通知", "Source: Newswire",
                 "The incidence was 0.9 in the vaccinated group and 9.2 in the placebo group",
                 "Efficacy was similar – 90% among those under 80 and 89.1% among those over 80"):
        assert pick_title([line, "A paragraph of the article. It goes on."]) is None, line
    assert pick_title(["Vaccine Z cuts shingles by 90% in older adults", "By A. Writer", "Text."]) == \
        "Vaccine Z cuts shingles by 90% in older adults"


def test_an_opinion_piece_that_states_results_reports_no_study():
    text = ("Why new weight-loss drugs deserve a fair hearing\n"
            "This commentary argues that critics are wrong. People on the newest drugs lose 15% of their weight, "
            "far more than with diet alone, and blood pressure falls too.\n"
            "Disclosures\nThe author reports no conflicts.\n")
    assert extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"] == []


def test_each_arms_count_at_each_grade_of_overall_effect():
    text = ("中药治疗慢性咳嗽的随机对照试验\n"
            "方法：将120例患者随机分为治疗组和对照组，各60例。\n"
            "结果：治疗组痊愈21例，显效25例，好转9例，无效5例；对照组痊愈11例、显效19例、好转16例、无效14例，"
            "两组疗效比较差异有统计学意义(P<0.05)。\n")
    got = {(m, g, v) for m, g, s, v, _ in measurements_of(text) if s == "n"}
    assert got == {("cure", "treatment", 21), ("marked improvement", "treatment", 25), ("improvement", "treatment", 9),
                   ("no response", "treatment", 5), ("cure", "control", 11), ("marked improvement", "control", 19),
                   ("improvement", "control", 16), ("no response", "control", 14)}


def test_grades_said_of_the_people_who_reached_them():
    # ("显效者12例": the people at a grade; "有效者", which elsewhere names responders, is the grade
    # here, counted in its run, and no group of its own)
    text = ("温针灸治疗膝关节炎的随机对照研究\n"
            "方法：将60例患者随机分为治疗组和对照组，各30例。\n"
            "结果：4周后，治疗组临床基本痊愈者8例，显效者11例，有效者6例，无效者5例，总有效率83.3%。"
            "对照组临床基本痊愈者3例，显效者9例，有效者12例，无效者6例，总有效率80.0%。\n")
    got = {(m, g, s, v) for m, g, s, v, _ in measurements_of(text)}
    assert {("clinical cure", "treatment", "n", 8), ("marked improvement", "treatment", "n", 11),
            ("effective", "treatment", "n", 6), ("no response", "treatment", "n", 5),
            ("total effective rate", "treatment", "percent", 83.3), ("clinical cure", "control", "n", 3),
            ("no response", "control", "n", 6), ("total effective rate", "control", "percent", 80.0)} <= got
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert {g["name"] for g in s["groups"]} == {"treatment", "control"}


def test_arms_called_by_the_abbreviation_before_their_zu():
    text = ("新药治疗两类心衰的疗效观察\n"
            "方法：纳入心衰患者70例，分为射血分数减低的心衰(heart failure with reduced ejection fraction,HFr EF)组,"
            "共36例;以及射血分数保留的心衰(heart failure with preserved ejection fraction,HFp EF)组,共34例。\n"
            "结果：HFr EF组治疗6个月后BNP水平[210.5(80.2,460.3)pg/ml]较治疗前[1250.0(880.4,2400.9)pg/ml]下降。\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert {(g["name"], g["n"]) for g in studies[0]["groups"] if g["role"] == "arm"} == {("HFr EF", 36), ("HFp EF", 34)}
    assert {(g, v) for _, g, _, v, _ in measurements_of(text)} >= {("HFr EF", 210.5), ("HFr EF", 1250.0)}


def test_a_risk_names_what_follows_it_and_an_intervals_level_is_no_value():
    text = ("失眠与失智症：全国健保资料库研究\n"
            "方法：研究组2,100人，对照组6,300人，以竞争风险生存分析比较两组。\n"
            "结果：竞争风险生存分析呈现研究组有显著的较高风险出现失智症 (hazard ratio = 3.540, 95% confi dence "
            "interval = 2.870 - 4.366, p < 0.001)。\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert {(e["measure"], e["value"]) for e in studies[0]["effects"] if e["value"]} == {("失智症", 3.54)}
    assert 95 not in {m["value"] for m in studies[0]["measurements"]}


def values_of(text: str) -> set[tuple]:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return {(m["measure"], m["group"], m["value"]) for m in studies[0]["measurements"]}


CLAUSES = ("Drug Q for obesity: a randomized trial\n"
           "In this trial, 300 adults were randomly assigned to drug Q (n=150) or placebo (n=150).\n"
           "The drug Q group lost 11.4% of their weight, while the placebo group lost 2.1%.\n"
           "Response was maintained by 41% of the drug Q group and only 17% of the placebo group.\n")


def test_each_arm_in_a_clause_of_its_own():
    # ("11.4% of their weight": of their body weight)
    assert changes_of(CLAUSES) == {("body weight", "drug q", -11.4), ("body weight", "placebo", -2.1)}
    # "Response" is the outcome, though "response group" would name the responders.
    assert values_of(CLAUSES) == {("Response", "drug q", 41), ("Response", "placebo", 17)}


def test_clauses_that_name_no_measure_give_nothing():
    text = ("Drug Q for obesity: a randomized trial\n"
            "In this trial, 300 adults were randomly assigned to drug Q (n=150) or placebo (n=150).\n"
            "It was 41% with drug Q and 17% with placebo.\n")
    assert values_of(text) == set()


def test_a_chinese_measure_named_shorter_the_second_time_is_the_same_measure():
    text = ("某疫苗二期临床试验结果\n"
            "方法：将200例受试者随机分为观察组和对照组，各100例。\n"
            "结果：观察组的中和抗体阳转率为97.5%，对照组阳转率则为3.1%。\n")
    assert values_of(text) == {("中和抗体阳转率", "观察组", 97.5), ("中和抗体阳转率", "control", 3.1)}


def relative_of(text: str) -> set[tuple]:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return {(e["measure"], e["group"], e["versus"], e["value"]) for e in studies[0]["effects"] if e["type"] == "effect_size"}


def test_how_much_less_often_an_event_happened():
    text = ("Drug Q for stroke prevention: a randomised trial\n"
            "In this trial, 900 adults were randomly assigned to drug Q (n=450) or placebo (n=450).\n"
            "Compared with placebo, drug Q reduced the risk of stroke by 21% and cut hospital admissions for heart "
            "failure by 34% and severe hypoglycaemia by 40%.\n"
            "The body weight fell by 3.1% with drug Q.\n"
            "Patients on drug Q had a 42% lower risk of death (HR 0.58; 95% CI 0.43-0.80).\n")
    got = relative_of(text)
    assert ("stroke", "drug q", "placebo", -21) in got
    assert ("severe hypoglycaemia", "drug q", "placebo", -40) in got
    # A change of a level is no relative change; a reduction restating a ratio is no second effect.
    assert not any(v in (-3.1, -42) for *_, v in got), got


def test_a_chinese_relative_reduction_in_a_single_arm_study():
    text = ("青少年糖尿病患者使用连续血糖监测的单臂研究\n"
            "本单臂研究共纳入200名患者，使用连续血糖监测12个月。\n"
            "结果显示，严重低血糖症风险降低61%。\n")
    assert relative_of(text) == {("严重低血糖症", "all", "baseline", -61)}


def test_a_time_named_in_a_later_clause_is_not_the_earlier_values():
    text = ("针刺治疗失眠的随机对照试验\n"
            "方法：将87例患者随机分为观察组42例和对照组45例。\n"
            "结果：治疗结束时观察组总有效率为95.2%(40/42)，对照组为80.0%(36/45)，3个月后随访观察组总有效率为88.1%。\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    times = {m["value"]: m["time"] for m in studies[0]["measurements"]}
    assert times[95.2] is None and times[80.0] is None
    assert times[88.1] == {"value": 3, "unit": "month"}


RCT = "Drug X in atrial fibrillation\nIn this trial, 2000 patients with atrial fibrillation were randomised to drug X or placebo.\n"


@pytest.mark.parametrize("sentence", [
    # the comparator's own risk, another treatment's effect, changes within each arm
    "Placebo patients had a 20% higher risk of stroke.",
    "Statins lowered the risk of stroke by 25% in people with diabetes.",
    "Drug X reduced stroke days by 45% from baseline, while placebo reduced stroke days by 25%.",
])
def test_no_relative_change_credited_to_the_treatment_that_did_not_make_it(sentence):
    assert relative_of(RCT + sentence + "\n") == set()


def test_each_event_of_a_list_keeps_its_own_verbs_sign():
    got = relative_of(RCT + "Compared with placebo, drug X reduced the risk of stroke by 20% and increased bleeding by 30%.\n")
    assert ("stroke", "drug x", "placebo", -20) in got
    assert not any(v == -30 for *_, v in got)


@pytest.mark.parametrize("sentence", [
    # a later clause that names another outcome is not the first clause's measure
    "The drug X group lost 10.2% of their weight, while 30% of the placebo group had nausea.",
    "Remission occurred in 44% of the drug X group, while the placebo group lost 1.5% of their weight.",
])
def test_a_clause_of_another_outcome_is_not_paired(sentence):
    text = RCT + sentence + "\n"
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    got = {(x["measure"], x["group"], x.get("value")) for s in studies for x in s["measurements"] + s["effects"]}
    assert not any(m in ("weight", "Remission") and g == "placebo" and v in (-30, 30, -1.5) and m != "weight"
                   for m, g, v in got), got
    assert ("weight", "placebo", -30) not in got and ("Remission", "placebo", -1.5) not in got


def test_two_chinese_measures_with_values_for_the_same_arms_stay_two():
    text = ("某病毒试验\n方法：将120例患者随机分为观察组和对照组，各60例。\n"
            "结果：观察组的转阴率为90.0%，对照组为70.0%；观察组的病毒转阴率为85.0%，对照组为60.0%。\n")
    got = values_of(text)
    assert ("转阴率", "观察组", 90.0) in got and ("病毒转阴率", "观察组", 85.0) in got


def test_each_clause_says_for_itself_whether_its_p_is_against_baseline():
    text = ("某滴丸治疗慢性心力衰竭的随机对照试验\n\n方法 将291例患者随机分为试验组147例和对照组144例。\n"
            "结果 试验组和对照组的LVEF、LVEDd均较治疗前改善，差异有统计学意义(P < 0.05)；"
            "试验组的LVEF、LVEDd的改善程度均优于对照组，差异有统计学意义(P < 0.05)。\n")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    sides = {(e["measure"], e["group"], e["versus"]) for e in s["effects"]}
    for measure in ("left ventricular ejection fraction", "left ventricular end-diastolic diameter"):
        # (both arms against their baseline, in the first clause; one against the other in the second)
        assert {(measure, "试验组", "baseline"), (measure, "control", "baseline"), (measure, "试验组", "control")} <= sides


def test_better_than_before_treatment_is_each_arms_change():
    text = ("某颗粒治疗过敏性哮喘的随机对照试验\n\n方法 将80例患者随机分为治疗组和对照组，各40例。\n"
            "结果 两组治疗后哮喘控制测试评分均优于治疗前(P<0.05)。\n")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert {(e["group"], e["versus"]) for e in s["effects"]} == {("treatment", "baseline"), ("control", "baseline")}


def test_a_comma_before_the_arms_are_compared_ends_the_clause_of_changes():
    text = ("某针刺法治疗偏头痛的随机对照试验\n\n方法 将70例患者随机分为治疗组和对照组，各35例。\n"
            "结果 ①治疗组总有效率明显高于对照组(P<0.01)：②治疗组头痛发作次数、VAS计分治疗后明显优于治疗前(P<0.05)，"
            "治疗后组间比较显示，治疗组各项评分均优于对照组(P<0.05)。\n")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    sides = {(e["measure"], e["group"], e["versus"], e["p"]) for e in s["effects"]}
    assert ("visual analogue scale pain", "treatment", "baseline", 0.05) in sides
    assert ("total effective rate", "treatment", "control", 0.01) in sides


def test_two_results_of_one_sentence_set_apart_by_a_semicolon():
    # (the first part names one arm's value only; the second, each arm's mortality)
    text = ("甲药治疗重症肺炎的随机试验\n\n这项研究对1000例住院患者进行了随机试验，分为甲药组和安慰剂组，结果表明，患者恢复更快，"
            "中位天数为10天，而安慰剂组为14天；甲药组在14天内死亡率为7.2%，安慰剂组为11.8%，死亡率没有出现显著的差异。\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    found = {(m["measure"], m["value"]) for s in studies for m in s["measurements"] if m["stat"] == "percent"}
    assert found == {("mortality", 7.2), ("mortality", 11.8)}, found


def test_arms_by_what_their_role_groups_received_and_a_survival_said_with_only():
    # "让实验组服用X，对照组则接受化疗": the arms by what they received (the results call one
    # "化疗组"); "仅6.9个月" is the chemotherapy arm's survival, no time point.
    text = ("肺癌新药的随机试验\n研究共收集345名晚期肺癌病人。让实验组服用K药，对照组则接受化疗。"
            "结果发现，K药组的无疾病恶化存活期达11.1个月，而化疗组仅6.9个月。\n")
    study = extract(read_bytes(text.encode(), path="a.txt")).to_json()["studies"][0]
    assert {g["name"] for g in study["groups"]} == {"K药", "chemotherapy"}
    assert study["comparator"] == "chemotherapy"
    assert {(m["measure"], m["group"], m["value"]) for m in study["measurements"]} == {
        ("progression-free survival", "K药", 11.1), ("progression-free survival", "chemotherapy", 6.9)}


@pytest.mark.parametrize("text", [
    "针刺治疗失眠的随机对照研究\n方法：将60例患者随机分为治疗组和对照组，各30例。\n"
    "结果：治疗4周后，治疗组总有效率为90.0%，PSQI评分为(6.0±1.2)分。对照组总有效率为70.0%，PSQI评分为(8.4±1.5)分。\n",
    "Acupuncture for insomnia: a randomised trial\nSixty adults were randomised to acupuncture or sham acupuncture.\n"
    "After 4 weeks, the response rate was 90.0% in the acupuncture group. In the sham acupuncture group, the response "
    "rate was 70.0%.\n",
])
def test_the_other_arms_sentence_after_a_timed_one_is_at_its_time(text):
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    times = {(m["value"], (m["time"] or {}).get("value"), (m["time"] or {}).get("unit")) for m in s["measurements"]}
    assert (90.0, 4, "week") in times and (70.0, 4, "week") in times


MIRROR = ("镜像疗法治疗脑卒中上肢功能障碍\n\n方法 将60例患者随机分为干预组和对照组，每组30例。结果 治疗4周后，干预组的"
          "FMA-UE、MBI评分均高于对照组，分别为48.00(22.50,55.25)分vs.21.00(8.75,49.50)分、26.50(12.00,30.75)分"
          "vs.0(0,11.50)分，P均<0.05。\n")


def test_measures_listed_then_a_pair_of_values_for_each_the_arm_before_first():
    (s,) = extract(read_bytes(MIRROR.encode("utf-8"), path="a.txt")).to_json()["studies"]
    got = {(m["measure"], m["group"], m["stat"], m["value"]) for m in s["measurements"]}
    assert got == {("Fugl-Meyer upper extremity", "干预组", "median", 48.0), ("Fugl-Meyer upper extremity", "control", "median", 21.0),
                   ("modified Barthel index", "干预组", "median", 26.5), ("modified Barthel index", "control", "median", 0)}, got


def test_pairs_whose_arms_the_sentence_does_not_set_against_each_other_are_not_read():
    # (two arms named, but no comparison between the list and its values: whose is whose, unsaid)
    text = MIRROR.replace("均高于对照组，分别为", "和对照组的变化，分别为")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert not [m for m in s["measurements"] if m["value"] in (48.0, 21.0, 26.5)]


@pytest.mark.parametrize("sentence", [
    "Mortality was reduced by 12% with drug Q compared with placebo.",
    "Stroke was reduced by 30 percent with drug Q.",
])
def test_a_fall_in_an_event_rate_with_one_arm_is_no_change_from_its_baseline(sentence):
    # (fewer events than with the control: an arm has no deaths at baseline to fall from)
    text = ("Drug Q after stroke: a randomized trial\nMETHODS: 3000 adults were randomized to drug Q or placebo.\n"
            f"RESULTS: {sentence} HbA1c was reduced by 1.2% with drug Q.\n")
    assert changes_of(text) == {("HbA1c", "drug q", -1.2)}


@pytest.mark.parametrize("sentence, change", [
    ("Heart rate was reduced by 8% with drug Q.", ("heart rate", "drug q", -8)),
    ("Mortality was reduced by 12% from baseline with drug Q.", ("mortality", "drug q", -12)),
])
def test_a_level_measured_as_a_rate_or_a_fall_said_from_baseline_is_a_change(sentence, change):
    text = ("Drug Q after stroke: a randomized trial\nMETHODS: 3000 adults were randomized to drug Q or placebo.\n"
            f"RESULTS: {sentence}\n")
    assert change in {(m.lower(), g, v) for m, g, v in changes_of(text)}


def arm_levels_of(text: str) -> set[tuple]:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return {(m["measure"], m["group"], m["value"]) for m in studies[0]["measurements"]}


@pytest.mark.parametrize("text, expected", [
    # each arm leads its part of the sentence, parts cut by commas only, its count before its rate
    ("方法 60例失眠患者随机分为治疗组和对照组各30例。结果 对照组18例有效,总有效率为60.00%,治疗组27例有效,"
     "总有效率为90.00%。\n", {("total effective rate", "control", 60.0), ("total effective rate", "treatment", 90.0)}),
    ("方法 80例患者随机分为观察组和对照组各40例。结果 观察组失访1例,复发率为7.5%,对照组失访2例,复发率为22.5%,"
     "差异有统计学意义(P<0.05)。\n", {("recurrence rate", "观察组", 7.5), ("recurrence rate", "control", 22.5)}),
])
def test_a_chinese_arm_leads_its_comma_part_of_the_sentence(text, expected):
    assert expected <= arm_levels_of(text)


def test_an_arm_set_against_another_or_with_a_value_between_leads_no_part():
    # (a pooled difference and its heterogeneity after the arm: the 68% is no arm's level)
    text = ("方法 纳入8项随机对照试验。结果 与对照组相比,干预组治疗后的疼痛评分明显降低,合并均数差(MD)为-1.20"
            "(95%CI:-1.90~-0.50),异质性I²=68%,P<0.05。\n")
    assert not any(v == 68 for _, _, v in arm_levels_of(text))


@pytest.mark.parametrize("results", [
    "观察组33例有效,显著优于对照组,总有效率为91.67%(P<0.05)。",  # (the arm a comparison ends on)
    "观察组复发2例,低于对照组,复发率为5.00%(P<0.05)。",
    "观察组27例有效,对照组18例有效,总有效率为90.00%。",  # (two arms' counts, then one rate)
    "联合组,总有效率为91.67%,对照组,总有效率为70.00%。",
])
def test_a_rate_after_another_arms_comparison_or_count_is_not_that_arms(results):
    text = f"方法 72例患者随机分为观察组和对照组各36例。结果 {results}\n"
    assert not any(g == "control" and v in (91.67, 5.0, 90.0) for _, g, v in arm_levels_of(text))


@pytest.mark.parametrize("joined", ["compared with", "compared to", "versus", "and"])
def test_the_other_arms_value_after_compared_with(joined):
    text = ("Drug Q for knee pain: a randomized trial\n"
            "A randomized trial of drug Q versus placebo enrolled 200 adults with knee pain. The VAS pain score was 3.1 "
            f"in the drug Q group {joined} 4.5 in the placebo group at 12 weeks.\n")
    assert {(g, v) for _, g, _, v, _ in measurements_of(text)} == {("drug q", 3.1), ("placebo", 4.5)}


@pytest.mark.parametrize("sentence, expected", [
    ("The hazard ratio for cardiovascular death was 0.84.", {("cardiovascular death", 0.84)}),
    ("The hazard ratios were 0.84 for cardiovascular death, 0.91 for myocardial infarction and 0.26 for stroke.",
     {("cardiovascular death", 0.84), ("myocardial infarction", 0.91), ("stroke", 0.26)}),
    ("The hazard ratios for the secondary end points were as follows: 0.84 for cardiovascular death, 0.83 for "
     "resuscitated cardiac arrest, and 0.91 for myocardial infarction.",
     {("cardiovascular death", 0.84), ("resuscitated cardiac arrest", 0.83), ("myocardial infarction", 0.91)}),
])
def test_ratios_each_given_for_its_outcome_and_one_that_ends_its_sentence(sentence, expected):
    text = ("Colchicine after myocardial infarction: a randomized trial\n"
            f"In a randomized trial, 4745 patients received colchicine or placebo. {sentence}\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    got = {(e["measure"], e["value"]) for e in studies[0]["effects"] if e["type"] == "hazard_ratio"}
    assert got == expected
    assert {(e["group"], e["versus"]) for e in studies[0]["effects"]} == {("colchicine", "placebo")}


@pytest.mark.parametrize("sentence", [
    "The 3-year overall survival rates for patients in grades I, II and III were 88.2%, 71.5% and 40.3%, respectively.",
    "The 3-year overall survival rates were 88.2%, 71.5% and 40.3% for grades I, II and III, respectively.",
])
def test_subgroups_listed_with_their_values_respectively(sentence):
    text = ("Outcomes of glioma surgery: a retrospective review\n"
            f"We reviewed 312 patients with glioma who had surgery at one centre. {sentence}\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    got = {(m["measure"], m["group"], (m["time"] or {}).get("value"), m["value"]) for m in studies[0]["measurements"]}
    assert got == {("overall survival", "grade I", 3, 88.2), ("overall survival", "grade II", 3, 71.5),
                   ("overall survival", "grade III", 3, 40.3)}


@pytest.mark.parametrize("sentence", [
    "The SF-36 scores for physical, emotional and social domains were 60.1, 70.2 and 80.3, respectively.",
    "Mortality was 10.2%, 8.1% and 5.3% for cardiovascular, respiratory and other causes, respectively.",
    "Overall survival rates for first, second and third year were 90%, 80% and 70%, respectively.",
    "The 3-year overall survival rates for North America, Europe and Asia were 60.1%, 55.2% and 48.3%, respectively.",
    "The overall survival rates in intention to treat and per protocol analyses were 90.1% and 80.2%, respectively.",
])
def test_domains_causes_times_places_and_analyses_listed_respectively_are_no_subgroups(sentence):
    text = ("Outcomes after surgery: a retrospective review\n"
            f"We reviewed 312 patients who had surgery at three centres. {sentence}\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    groups = {m["group"] for s in studies for m in s["measurements"]}
    assert not groups - {"all"}, groups


@pytest.mark.parametrize("sentence, expected", [
    # the ratio's own words name the outcome: the words after each value are subgroups, no outcomes
    ("The hazard ratios for death were 0.84 for smokers and 0.91 for nonsmokers.", {("death", 0.84)}),
    # an arm after "for", and a reference of 1.00: no list of outcomes
    ("The relative risks were 0.84 for the colchicine group and 1.00 for the placebo group.", set()),
])
def test_ratios_listed_for_subgroups_or_arms_are_no_outcomes(sentence, expected):
    text = ("Colchicine after myocardial infarction: a randomized trial\n"
            f"In a randomized trial, 4745 patients received colchicine or placebo. {sentence}\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    got = {(e["measure"], e["value"]) for s in studies for e in s["effects"] if e["value"] is not None}
    assert got <= expected and 1.0 not in {v for _, v in got}
    assert not {m for m, _ in got} & {"smokers", "nonsmokers", "relative risks"}
