"""Wrong readings a second reader found in session 28's changes, each in an article written
for this test: a Chinese count of arms in words, the two sides of a pair named comparator first
or after it, a pair of changes, a table whose arms each span two visits, random splits that
allocate nothing, news of trials in general, events counted with their patients, and a data row
cut short under a heading."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def studies(text: str) -> list:
    return extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]


def study(text: str) -> dict:
    (s,) = studies(text)
    return s


def levels(s) -> set:
    return {(m["group"], m["value"]) for m in s["measurements"]}


def test_an_arm_against_the_other_two_in_words_is_read():
    s = study("三种方案治疗骨折的比较\n\n将120例骨折患者随机分为A组、B组和C组，每组40例。A组愈合时间短于其他两组(P<0.05)。")
    assert {(e["group"], e["versus"]) for e in s["effects"]} == {("group A", "group B"), ("group A", "group C")}


@pytest.mark.parametrize("text, first", [
    ("Drug K lowers HbA1c\n\nIn this randomized trial, 400 adults were assigned to drug K (n = 200) or placebo (n = 200). "
     "Compared with the placebo group, HbA1c at week 24 was lower in the drug K group: 7.2% (95% CI 7.1-7.3%) vs "
     "7.8% (95% CI 7.7-7.9%; p<0.001).", "drug k"),
    ("新药降低糖化血红蛋白\n\n研究将400例患者随机分为试验组和对照组，每组200例。与对照组相比，试验组第24周糖化血红蛋白更低:"
     "7.2%(95%CI:7.1-7.3%)对7.8%(95%CI:7.7-7.9%;P<0.001)。", "试验组"),
])
def test_the_first_value_of_a_pair_is_the_subjects_not_the_comparators(text, first):
    got = levels(study(text))
    assert (first, 7.2) in got and not any(g == first and v == 7.8 for g, v in got)


@pytest.mark.parametrize("sentence", [
    "Remission with drug K at week 12 was 44% (95% CI 36-52%) vs 31% (95% CI 24-38%; p=0.02) for women and men, "
    "respectively.",
    "At 12 weeks, the reduction in systolic blood pressure was 11.4 mmHg (95% CI 9.8-13.0) vs 5.2 mmHg (95% CI 3.9-6.5; "
    "p<0.001).",
])
def test_a_pair_that_is_no_two_arms_levels_gives_the_comparator_none(sentence):
    s = study("Drug K in adults: a randomized trial\n\nWe randomly assigned 300 adults to drug K (n = 150) or placebo "
              f"(n = 150). {sentence}")
    assert not [m for m in s["measurements"] if m["group"] == "placebo"]
    assert not [m for m in s["measurements"] if m["value"] in (11.4, 5.2)]


def test_a_pair_whose_sides_are_said_after_it_in_chinese_is_not_given_in_the_order_named_before():
    s = study("手术与放疗的比较\n\n研究将200例患者随机分为手术组和放疗组，每组100例。手术组与放疗组五年生存率没有显著差异:"
              "91%(95%CI:86-96%)对93%(95%CI:90-96%;P=0.58)，分别为放疗组和手术组。")
    assert not [m for m in s["measurements"] if m["value"] == 91 and m["group"] == "surgery"]


def test_arms_that_each_span_two_visits_are_not_read_column_by_column():
    text = ("Drug K lowers HbA1c: 24-week results\n\nIn this randomized trial, 100 adults were assigned to drug K (n = 50) or "
            "placebo (n = 50).\n\nTable 2. HbA1c by visit\n| Outcome | Drug K (n = 50) | Placebo (n = 50) |\n"
            "|---|---|---|---|---|\n| | Baseline | Week 24 | Baseline | Week 24 |\n"
            "| HbA1c, mean (SD) | 8.1 (0.9) | 7.0 (0.8) | 8.0 (0.9) | 7.9 (0.9) |\n"
            "| Weight, mean (SD) | 92.1 (14.0) | 88.3 (13.2) | 91.7 (13.8) | 91.2 (13.5) |\n")
    s = study(text)
    # (unread rather than the baseline put at week 24 and drug K's week 24 given to placebo)
    assert not [m for m in s["measurements"] if (m["group"], m["value"]) in (("placebo", 7.0), ("drug k", 8.1))]


@pytest.mark.parametrize("text", [
    "脓毒症死亡预测模型的建立\n\n回顾性纳入1200例脓毒症患者，随机分成训练集和验证集。模型的曲线下面积为0.85，高于SOFA评分的0.72(P<0.001)。",
    "Predicting sepsis deaths\n\nWe included 1200 patients, randomly divided into a training and a validation set. The "
    "model's AUC was 0.85, higher than the SOFA score's 0.72 (P<0.001).",
])
def test_a_random_split_of_data_is_no_randomised_trial(text):
    assert all(s["design"] != "rct" for s in studies(text))


@pytest.mark.parametrize("text", [
    "减肥针走红\n\n近来，司美格鲁肽等减肥针在社交平台走红。多项GLP-1临床试验显示，使用者平均减重15%左右，但停药后体重容易反弹。",
    "维生素D与骨折\n\n近期临床试验显示，补充维生素D并不能降低老年人的骨折风险，医生建议均衡饮食。",
])
def test_trials_in_general_are_no_study_of_the_page(text):
    assert studies(text) == []


def test_events_that_happened_are_kept_though_they_are_conditions_too():
    s = study("康复训练的随机对照试验\n\n将100例脑卒中患者随机分为康复组和对照组，各50例。治疗期间，对照组发生肺炎患者6例，"
              "康复组发生肺炎患者2例。")
    assert {(a["event"], a["n"]) for a in s["adverse_events"]} >= {("pneumonia", 6), ("pneumonia", 2)}


def test_a_data_row_cut_short_heads_no_rows_below_it():
    text = ("Acupuncture for insomnia: randomized trial\n\nWe randomly assigned 90 adults to acupuncture (n = 45) or sham "
            "acupuncture (n = 45).\n\nTable 2. Outcomes\n| Outcome | Acupuncture (n = 45) | Sham (n = 45) | P |\n"
            "|---|---|---|---|\n| PSQI, mean (SD) | | | |\n| Week 4 | 9.1 (3.0) | 10.8 (3.2) | 0.01 |\n"
            "| Deaths | 0 | 1 |\n| Week 12 | 6.8 (2.9) | 9.9 (3.0) | <0.001 |\n")
    got = {(m["measure"], m["value"]) for m in study(text)["measurements"]}
    assert ("PSQI", 6.8) in got and not [v for name, v in got if name.lower().startswith("death") and v in (6.8, 9.9)]
