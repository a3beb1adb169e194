"""Wrong readings a second reader found in session 30's changes, each in an article written
for this test: arms told apart by their number of courses or cycles, a measure's "(BMI = 41)"
or a meta-analysis's "(k = 14)" after an arm taken for its abbreviation and size, brackets of
arms' values that are a subgroup's, a baseline's or a later time's, "allocated to either
group", "randomised to receive", "the primary endpoint of the trial", and money in pounds or
a market's "百分之 35" taken for a study's results."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def studies(text: str) -> list:
    return extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]


def study(text: str) -> dict:
    (s,) = studies(text)
    return s


def arms(s) -> dict:
    return {g["name"]: g["n"] for g in s["groups"] if g["role"] == "arm"}


@pytest.mark.parametrize("allocation, first, second", [
    ("randomised to a single course of prednisolone or two courses of prednisolone", "single course of prednisolone",
     "two courses of prednisolone"),
    ("randomly assigned to three cycles of FOLFOX or six cycles of FOLFOX", "three cycles of FOLFOX", "six cycles of FOLFOX"),
])
def test_arms_told_apart_by_their_number_of_courses_stay_two(allocation, first, second):
    s = study(f"Shorter treatment trial\n\nPatients were {allocation}. Relapse occurred in 30% and 25% respectively "
              "(RR 0.83, 95% CI 0.70-0.98).\n")
    assert set(arms(s)) == {first, second}


@pytest.mark.parametrize("label", ["BMI = 42", "k = 12", "Age = 68"])
def test_a_bracket_with_an_equals_sign_that_is_no_abbreviation_and_size(label):
    s = study(f"Surgery versus medical care\n\nAdults were randomised to gastric banding ({label}) or lifestyle care. "
              "At 2 years, HbA1c fell by 1.9% with gastric banding and 0.8% with lifestyle care (P < 0.001).\n")
    assert set(arms(s)) == {"gastric banding", "lifestyle care"} and set(arms(s).values()) == {None}


def test_an_abbreviation_with_its_size_names_the_arm():
    s = study("Acupuncture trial\n\nAdults were randomised to true needling (TN = 31) or sham needling (SN = 29). "
              "Pain fell more with TN (TN: 3.1 ± 1.2; SN: 4.4 ± 1.5; P = 0.01).\n")
    assert arms(s) == {"true needling": 31, "sham needling": 29}


@pytest.mark.parametrize("results", [
    # a subgroup's brackets
    "The response rate was higher with TN in patients with aura (TN: 60%; SN: 20%; P = 0.03) and without aura (TN: 56%; "
    "SN: 22%; P = 0.04).",
    # a baseline's bracket, then a later time's
    "Pain scores were similar at baseline (TN: 6.5 ± 1.0; SN: 6.4 ± 1.1) but differed after treatment (TN: 3.1 ± 1.2; "
    "SN: 4.4 ± 1.5; P = 0.01).",
    "Pain fell more with TN at the end of treatment (TN: 3.1 ± 1.2; SN: 4.4 ± 1.5; P = 0.01), and the difference "
    "persisted at follow-up (TN: 3.3 ± 1.1; SN: 4.2 ± 1.4; P = 0.02).",
    # counts of people free of something, not a mean of it
    "Responders were more common with TN (TN: 15; SN: 5; P = 0.003), as were patients free of pain (TN: 6; SN: 1; P = 0.04).",
])
def test_brackets_of_arms_values_that_are_no_measure_of_their_own(results):
    s = study("Acupuncture trial\n\nAdults were randomised to true needling (TN = 31) or sham needling (SN = 29). "
              + results + "\n")
    names = {m["measure"].lower() for m in s["measurements"]}
    assert not any(w in name for name in names for w in ("aura", "baseline", "after", "persisted", "free", "pain free"))
    assert not any(m["value"] in (56, 22, 6, 1) for m in s["measurements"])
    # (a value after treatment is not at baseline)
    assert not any(m["value"] in (3.1, 4.4) and m["time"] == {"value": 0, "unit": "month"} for m in s["measurements"])


def test_values_at_baseline_then_after_treatment_keep_their_own_times():
    s = study("Acupuncture trial\n\nAdults were randomised to true needling or sham needling. Pain scores were similar at "
              "baseline (true needling: 6.5 ± 1.0; sham needling: 6.4 ± 1.1) but differed after treatment (true needling: "
              "3.1 ± 1.2; sham needling: 4.4 ± 1.5; P = 0.01).\n")
    at = {m["value"]: m["time"] for m in s["measurements"]}
    assert at[6.5] == at[6.4] == {"value": 0, "unit": "month"}
    assert at[3.1] is None and at[4.4] is None


@pytest.mark.parametrize("sentence", [
    "Of 300 patients, 20% of those allocated to either group had a second operation.",
    "In the trial, 45 (45%) of 100 patients randomised to receive drug K versus 20 (20%) of 100 patients randomised to "
    "receive placebo had a response.",
])
def test_either_group_is_no_arm_and_receive_is_no_part_of_one(sentence):
    names = {g["name"] for s in studies("Knee trial\n\n" + sentence + "\n") for g in s["groups"]}
    assert not any(n.startswith(("either", "receive")) for n in names)


def test_the_primary_endpoint_of_the_trial_names_no_outcome():
    s = study("Trial results: drug K\n\nPatients were randomised to drug K or placebo. 40 (40%) of 100 who received drug K "
              "versus 20 (20%) of 100 who received placebo reached the primary endpoint of the trial, the company said.\n")
    assert not any(m["measure"].lower() in ("the trial", "trial") for m in s["measurements"])


@pytest.mark.parametrize("text", [
    "Study finds shoppers spend more\n\nHouseholds now spend 40 pounds more a month on groceries, with the average weekly "
    "shop costing 95 pounds. By comparison, two years ago it cost 80 pounds.\n",
    "Study finds people want lighter laptops\n\nThe new model weighs 2.7 pounds. By comparison, last year's version weighed "
    "3.1 pounds.\n",
])
def test_money_or_weight_in_pounds_is_no_result(text):
    assert studies(text) == []


def test_a_background_report_in_百分之_does_not_start_a_second_study():
    text = ("新药降低血糖\n\n这项随机对照试验纳入了400名2型糖尿病患者，随机分为治疗组和安慰剂组。结果显示，治疗组糖化血红蛋白降低1.2%，"
            "安慰剂组降低0.3%（P<0.001）。\n\n一份年度报告显示，去年医保药品支出较前年增加百分之 15，其中降糖药增长最快。\n")
    assert len(studies(text)) == 1


ZH_TRIAL = "将100例患者随机分为观察组50例和对照组50例，观察组加用某药。"


def zh_values(results: str) -> set:
    s = study("某药治疗的疗效\n\n" + ZH_TRIAL + results + "\n")
    return {(m["measure"], m["group"], m["value"]) for m in s["measurements"]}


def test_a_value_of_the_next_measure_is_not_the_other_arms():
    got = zh_values("干预后，并发症发生率(6.0%)显著低于对照组，护理满意度(96.0%)显著高于对照组(82.0%)，P<0.05。")
    assert not any(group == "control" and value == 96.0 for _, group, value in got)
    assert not any(measure == "并发症发生率" and value != 6.0 for measure, _, value in got)


@pytest.mark.parametrize("results", [
    "亚组分析显示，年龄≥65岁患者的不良心血管事件发生率(35.0%)低于对照组(47.2%)，P<0.05。",
    "全组患者术后并发症发生率(15.6%)低于对照组(22.2%)的历史数据。",
])
def test_a_subgroups_or_the_whole_cohorts_value_is_no_arms(results):
    assert not any(group == "观察组" for _, group, _ in zh_values(results))


@pytest.mark.parametrize("results, amounts", [
    ("治疗12周后，观察组体脂率下降量(2.19%)显著高于对照组(0.35%)，P<0.01。", (2.19, 0.35)),
    ("治疗24周后，观察组与对照组HbA1c下降值分别为1.2%和0.7%，P<0.05。", (1.2, 0.7)),
    ("治疗12周后，HbA1c变化值(1.5%)显著高于对照组(0.8%)，P<0.05。", (1.5, 0.8)),
])
def test_an_amount_of_change_is_no_level(results, amounts):
    assert not any(value in amounts for _, _, value in zh_values(results))


@pytest.mark.parametrize("results", [
    "截至6月时，观察组有效率为85.0%，对照组为62.5%，P<0.05。",
    "观察组于2021年6月至12月后接受干预，干预后观察组有效率为85.0%，对照组为62.5%，P<0.05。",
])
def test_a_calendar_month_is_no_time(results):
    s = study("某药治疗的疗效\n\n" + ZH_TRIAL + results + "\n")
    assert all(m["time"] is None for m in s["measurements"])


@pytest.mark.parametrize("text", [
    "某药Ⅱ期试验启动\n\n该Ⅱ期试验将纳入预计生存期超过3个月的复发难治性淋巴瘤患者，主要终点为客观缓解率。\n",
    "Drug trial starts\n\nThe phase 2 study will follow patients for survival for 3 years, and compare outcomes with "
    "standard care.\n",
    "某药数据更新\n\n企业表示，该药物研究的生存期数据截至2023年，相比较早的数据更完整，将于年内公布。\n",
])
def test_a_survival_that_is_no_result_makes_no_study(text):
    assert studies(text) == []


def test_a_grade_written_with_a_slash_is_no_arms_size():
    s = study("化疗方案比较\n\nTP组和DP组各35例。TP组3/4级白细胞减少发生率为22.9%，DP组为11.4%，P<0.05。\n")
    assert {g["n"] for g in s["groups"] if g["role"] == "arm"} <= {35, None}
