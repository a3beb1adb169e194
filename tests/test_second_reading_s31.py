"""What the second reading of session 31's changes found wrong, each now read right: tables
printed one cell per line (a heading or a "Mean (SD)" line over the first row is no column;
another table's footnote or half of one is no hint), Chinese medicines by their product's
name (no author "Wei Tang", no 睾丸, 散步, 细颗粒物 or capsule endoscopy), lists of change (改善
by the measure's way, 降幅 in % unread, 变化值 as printed), the control arm's product (never the
study drug named in a placebo's description), "alone" only after a treatment, operations
("dichotomy", 术眼), healthy controls, a bullet's dash, change rows under a measure, responder
subgroups. Every snippet was written for this test."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

DRUG_K = ("Drug K eases knee pain in randomised trial\n\n"
          "In a randomised, double-blind trial, 120 patients with knee osteoarthritis received Drug K or placebo "
          "for 12 weeks.\n\n")


def study(text: str) -> dict:
    found = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert len(found) == 1
    return found[0]


def readings(s: dict) -> set:
    return {(m["measure"].lower(), m["group"].lower(), m["stat"], m["value"]) for m in s["measurements"]}


def cells(*items: str) -> str:
    return "\n\n".join(items) + "\n"


@pytest.mark.parametrize("between", [["P value", "Efficacy"], ["Mean (SD)"]])
def test_a_line_over_the_first_row_is_no_column(between):
    header = ["Table 2 Outcomes at week 12", "Outcome", "Drug K (n=60)", "Placebo (n=60)", *between]
    width = 3 if "P value" in between else 2  # (values after the label: the arms', and a p where its column is)
    rows = [("WOMAC pain", "4.3 (3.3)", "5.6 (3.3)", "0.01"), ("WOMAC function", "20.1 (9.0)", "25.3 (10.2)", "0.02"),
            ("VAS pain", "32 (18)", "45 (20)", "0.003")]
    text = DRUG_K + cells(*header, *[c for r in rows for c in r[:width + 1]]) + "\nData are presented as mean (SD).\n"
    got = readings(study(text))
    assert ("womac pain", "drug k", "mean", 4.3) in got and ("womac pain", "placebo", "mean", 5.6) in got
    assert not any(g not in ("drug k", "placebo") for _, g, _, _ in got)


def test_another_tables_footnote_is_no_hint():
    text = DRUG_K + ("Table 2 Patients with a response\n\n| Outcome | Drug K (n=60) | Placebo (n=60) |\n|---|---|---|\n"
                     "| Pain response | 30 (50) | 18 (30) |\n| Function response | 28 (47) | 15 (25) |\n\n"
                     "Table 3 Pain at week 12\n\n| Outcome | Drug K | Placebo |\n|---|---|---|\n| WOMAC pain | 4.3 (3.3) | 5.6 (3.3) |\n\n"
                     "Data are presented as mean (SD).\n")
    got = readings(study(text))
    assert not any(stat == "mean" and value in (30, 18, 28, 15) for _, _, stat, value in got)


def test_half_a_footnote_is_no_hint():
    text = DRUG_K + ("Table 2 Outcomes\n\n| Outcome | Drug K (n=60) | Placebo (n=60) |\n|---|---|---|\n"
                     "| WOMAC pain | 4.3 (3.3) | 5.6 (3.3) |\n| Responders | 30 (50.0) | 18 (30.0) |\n\n"
                     "Data are presented as mean (SD) unless stated otherwise; responders are n (%).\n")
    got = readings(study(text))
    assert ("responders", "drug k", "percent", 50.0) in got


def test_a_chinese_table_of_means_one_cell_per_line():
    text = ("达格列净治疗2型糖尿病的随机对照研究\n\n将120例患者随机分为观察组和对照组，各60例，治疗12周。\n\n"
            + cells("表2 两组治疗前后血糖比较", "指标", "时间", "观察组(n=60)", "对照组(n=60)",
                    "FPG(mmol/L)", "治疗前", "9.12±1.35", "9.08±1.41", "治疗后", "6.12±0.81", "7.05±0.93",
                    "HbA1c(%)", "治疗前", "8.45±0.92", "8.41±0.88", "治疗后", "6.51±0.62", "7.20±0.70"))
    got = {(m, v) for m, _, _, v in readings(study(text))}
    assert {("fasting plasma glucose", 9.12), ("fasting plasma glucose", 7.05), ("hba1c", 6.51)} <= got


def test_a_change_row_under_a_measure_is_each_arms_change():
    text = DRUG_K + ("Table 2 Outcomes\n\n| Outcome | Drug K (n=60) | Placebo (n=60) |\n|---|---|---|\n| HbA1c, % | | |\n"
                     "| Baseline | 8.1 (0.9) | 8.0 (0.8) |\n| Week 24 | 7.0 (0.8) | 7.8 (0.9) |\n"
                     "| Change from baseline | -1.1 (0.7) | -0.2 (0.6) |\n\nData are presented as mean (SD).\n")
    s = study(text)
    # (the arm as the allocation sentence or the table's header names it: its case aside)
    changes = {(e["measure"], e["group"].lower(), e["value"]) for e in s["effects"] if e["type"] == "mean_change"}
    assert changes == {("HbA1c", "drug k", -1.1), ("HbA1c", "placebo", -0.2)}
    assert not any("change" in m for m, _, _, _ in readings(s))


@pytest.mark.parametrize("text", [
    "Herbal medicine eases bowel symptoms, trial finds\n\nIn a randomised trial of 200 adults, a traditional Chinese "
    "medicine formula reduced the symptom score by 120 points versus 65 with placebo (p<0.01), said lead author Wei Tang. "
    "\"The effect lasted,\" Wei Tang said.\n",
    "New Obesity Injection Cuts Weight in Trial\n\nIn a randomised trial of 338 adults, the weekly shot reduced body "
    "weight by 20.1% at 48 weeks compared with 2.1% with placebo (p<0.001).\n",
    "餐后散步对2型糖尿病患者血糖的影响\n\n将100例患者随机分为观察组和对照组，各50例。观察组每日餐后散步30分钟，"
    "12周后观察组餐后散步依从率为86%，HbA1c为(6.9±0.7)%，低于对照组的(7.5±0.8)%(P<0.05)。\n",
    "大气细颗粒物暴露与儿童哮喘的队列研究\n\n本研究纳入2016名儿童，随访3年。大气细颗粒物浓度每升高10 μg/m3，"
    "哮喘风险增加12%(HR=1.12，95%CI：1.05～1.20)。\n",
])
def test_no_product_from_a_name_a_walk_or_the_air(text):
    names = [i["name"] for i in study(text)["interventions"]]
    assert not any(n in ("Wei Tang", "New Obesity Injection") or n.endswith(("散", "颗粒")) for n in names)


def test_a_product_whose_name_holds_a_joining_word():
    text = ("保和丸治疗小儿功能性消化不良的临床观察\n\n将120例患儿随机分为观察组和对照组，各60例。观察组口服保和丸，"
            "对照组口服安慰剂，疗程4周。观察组总有效率为88.3%，高于对照组的66.7%(P<0.05)。\n")
    assert [i["name"] for i in study(text)["interventions"]] == ["保和丸"]


@pytest.mark.parametrize("control", ["与复黄片外观相同的模拟片", "相同剂量的淀粉片"])
def test_a_placebo_tablet_is_no_comparator_product(control):
    text = (f"复黄片治疗痔出血的随机双盲对照试验\n\n将120例患者随机分为观察组和对照组，各60例。观察组口服复黄片，"
            f"对照组口服{control}，疗程7天。观察组出血消失率为91.7%，高于对照组的58.3%(P<0.05)。\n")
    assert study(text)["comparator"] == "control"


def test_improvement_is_signed_by_the_measures_better_way():
    text = ("利拉鲁肽治疗2型糖尿病的随机对照研究\n\n将100例患者随机分为利拉鲁肽组和口服药组，各50例，治疗24周。"
            "结果：利拉鲁肽组空腹血糖、HbA1c改善程度[(2.13±0.52)mmol/L、(1.52±0.41)%]均高于口服药组"
            "[(1.41±0.47)mmol/L、(0.93±0.36)%]，差异均有统计学意义(P均<0.05)。\n")
    changes = {(e["measure"], e["value"]) for e in study(text)["effects"] if e["type"] == "mean_change"}
    assert {("fasting plasma glucose", -2.13), ("HbA1c", -1.52)} <= changes
    assert not any(v > 0 for _, v in changes)


def test_a_fall_given_in_percent_is_no_change_in_points():
    text = ("利拉鲁肽治疗2型糖尿病的随机对照研究\n\n将100例患者随机分为利拉鲁肽组和口服药组，各50例，治疗24周。"
            "结果：利拉鲁肽组体重、HbA1c降幅[(5.21±1.10)%、(18.34±4.02)%]均高于口服药组[(1.63±0.92)%、(10.25±3.61)%]，"
            "差异均有统计学意义(P均<0.05)。\n")
    s = study(text)
    assert not any(e["value"] in (-18.34, -5.21) for e in s["effects"])
    assert not any(m["value"] in (18.34, 5.21) for m in s["measurements"])


def test_changes_written_with_their_sign_are_read_as_printed():
    text = ("达格列净治疗2型糖尿病的随机对照研究\n\n将120例患者随机分为观察组和对照组，各60例，治疗12周。结果：观察组FPG、"
            "HbA1c变化值[(-1.82±0.51)mmol/L、(-1.21±0.33)%]均大于对照组[(-0.95±0.47)mmol/L、(-0.62±0.30)%]，"
            "差异均有统计学意义(P均<0.05)。\n")
    s = study(text)
    assert {("fasting plasma glucose", -1.82), ("HbA1c", -0.62)} <= {(e["measure"], e["value"]) for e in s["effects"]}
    assert not s["measurements"]


@pytest.mark.parametrize("other", ["9.4 days for other hospitals in the region alone", "a fall seen in the first month alone"])
def test_alone_names_an_arm_only_after_a_treatment(other):
    text = ("Early mobilisation after hip surgery\n\nIn a study of 412 older adults, length of stay was 6.1 days in the "
            f"early mobilisation group, compared with {other}.\n")
    found = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert not any(g["name"].endswith("alone") for s in found for g in s["groups"])


@pytest.mark.parametrize("text", [
    "Sleep and dementia: a cohort study\n\nIn a cohort of 7,959 adults followed for 25 years, short sleep was linked "
    "to a 30% higher risk of dementia (HR 1.30, 95% CI 1.00 to 1.69). The dichotomy of short and long sleep hides a "
    "gradient; the dichotomy is too simple.\n",
    "白内障患者术眼干眼的横断面调查\n\n对210例白内障患者进行横断面调查。患者术眼泪膜破裂时间为(6.2±2.1)s，"
    "患者术眼干眼发生率为38.1%，高于对侧眼的21.4%(P<0.01)。\n",
])
def test_no_operation_from_a_split_or_the_operated_eye(text):
    assert study(text)["interventions"] == []


def test_healthy_controls_are_no_comparator():
    text = ("维生素D与儿童哮喘的病例对照研究\n\n选取哮喘患儿120例为病例组，同期健康儿童120例为对照组。病例组血清25(OH)D"
            "水平为(18.6±5.2)ng/ml，低于对照组的(26.3±6.1)ng/ml(P<0.01)。\n")
    assert study(text)["comparator"] is None


def test_a_bullets_dash_before_a_time_is_no_minus():
    text = ("Drug K extends survival in lung cancer\n\nIn a randomised phase 3 trial, 400 patients received Drug K or "
            "placebo. Highlights:\n\n-12-month overall survival was 68% with Drug K and 52% with placebo\n"
            "-24-month overall survival was 45% with Drug K and 30% with placebo\n")
    times = {(m["value"], (m["time"] or {}).get("value")) for m in study(text)["measurements"]}
    assert (52, 12) in times and (30, 24) in times


def test_responders_split_in_two_keep_their_sizes():
    text = ("血清IL-6预测甲氨蝶呤疗效的研究\n\n选取60例类风湿关节炎患者，均接受甲氨蝶呤治疗12周，根据疗效分为有效者42例和"
            "无效者18例。有效者治疗前血清IL-6水平[(12.1±3.2)pg/ml]低于无效者[(18.5±4.1)pg/ml](P<0.01)。\n")
    assert {(g["name"], g["n"]) for g in study(text)["groups"]} == {("responders", 42), ("non-responders", 18)}


def test_a_p_column_without_p_values_reads_no_table():
    # ("P value" in the header, but no p in the rows: the page lost a cell, and which column is
    # which, the table no longer says)
    text = DRUG_K + cells("Table 2 Outcomes", "Outcome", "Drug K (n=60)", "Placebo (n=60)", "P value",
                          "WOMAC pain", "4.3 (3.3)", "5.6 (3.3)", "WOMAC function", "20.1 (9.0)", "25.3 (10.2)",
                          "VAS pain", "32 (18)", "45 (20)") + "\nData are presented as mean (SD).\n"
    from ingest.extract import stacked_tables
    assert stacked_tables.find(text) == []


# The second reading of the session's later changes.

def test_a_table_row_of_reductions_is_signed_by_its_word():
    text = ("Drug K for type 2 diabetes: a randomised trial\nMETHODS: 120 adults were randomised to drug K or placebo "
            "for 24 weeks.\n\nTable 2 Outcomes\n\n| Outcome | Drug K (n=60) | Placebo (n=60) |\n|---|---|---|\n| HbA1c, % | | |\n"
            "| Baseline | 8.1 (0.9) | 8.0 (0.8) |\n| Week 24 | 7.0 (0.8) | 7.8 (0.9) |\n"
            "| Mean reduction from baseline | 1.1 (0.7) | 0.2 (0.6) |\n\nData are presented as mean (SD).\n")
    changes = {(e["group"], e["value"]) for e in study(text)["effects"] if e["type"] == "mean_change"}
    assert changes == {("drug k", -1.1), ("placebo", -0.2)}


def test_a_dose_reduced_because_of_events_is_no_discontinuation():
    text = ("K药治疗抑郁症的随机对照试验\n方法：纳入60例患者，随机分为治疗组和对照组各30例。\n"
            "结果：因不良反应减量者治疗组占15.0%，对照组占5.0%，均未退出研究。\n")
    assert not any("discontinuation" in a["event"] for a in study(text)["adverse_events"])


@pytest.mark.parametrize("words", ["before randomisation", "at screening"])
def test_the_other_arms_value_said_before_treatment_takes_no_later_time(words):
    text = ("Drug K for high blood pressure: a randomised trial\nMETHODS: 300 adults were randomised to drug K or placebo.\n"
            f"RESULTS: After 12 weeks, systolic blood pressure was 128 mmHg in the drug K group. In the placebo group, "
            f"systolic blood pressure was 141 mmHg {words}.\n")
    (m,) = [m for m in study(text)["measurements"] if m["value"] == 141]
    assert m["time"] is None or m["time"]["value"] == 0


def test_a_headline_with_its_key_points_under_it_stays_the_headline():
    text = ("Weekly Shot Helps Teens Lose Weight\nSemaglutide reduced body mass index in adolescents\n"
            "Nausea and vomiting were the most common side effects\nThe trial enrolled 201 adolescents with obesity\n"
            "Participants also received lifestyle counselling\nMore research is needed on long-term effects\n"
            "In a trial of 201 adolescents with obesity, those given weekly semaglutide reduced their body mass index by "
            "16.1% after 68 weeks, compared with a 0.6% increase with placebo.\n")
    record = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()
    assert record["source"]["title"] == "Weekly Shot Helps Teens Lose Weight"


@pytest.mark.parametrize("title", ["3D-Printed Titanium Cages Speed Spinal Fusion at University Hospital",
                                   "[Acupuncture for insomnia: a randomized trial]"])
def test_headlines_that_open_on_a_digit_or_a_bracket(title):
    text = (f"{title}\nPatients who received acupuncture or printed cages had better outcomes at 12 months than those "
            "given standard care (94% vs 81%, p = 0.02), a randomized trial of 120 patients found.\n")
    record = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()
    assert record["source"]["title"] == title


@pytest.mark.parametrize("text, pediatric", [
    ("奥司他韦治疗流感的疗效观察\n方法：回顾分析200例流感患者，其中儿童80例，成人120例。\n结果：儿童退热有效率为92.5%，成人为85.0%。\n", 92.5),
    ("Influenza vaccine effectiveness in children and adults\nAmong 3,000 patients in a test-negative study, vaccine "
     "effectiveness was 68% in children (n = 1,200) and 52% in adults (n = 1,800).\n", 68),
])
def test_children_beside_adults_are_a_subgroup(text, pediatric):
    s = study(text)
    sized = {g["name"]: g["n"] for g in s["groups"]}
    assert sized.get("pediatric") in (80, 1200) and "vaccine" not in sized
    values = [m for m in s["measurements"] if m["value"] == pediatric] + [e for e in s["effects"] if e["value"] == pediatric]
    assert values and all(v["group"] == "pediatric" for v in values)
