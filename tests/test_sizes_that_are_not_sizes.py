"""Numbers beside a group that are not its size: events and losses counted in it ("对照组失访1例",
"discontinuing due to an adverse event … was n=2", "8 people who were given the vaccine got sick",
"共发现47例…病例，其中A组16例"), a label ("type 2 diabetes patients"), staff ("由2位研究人员"), and
the first digit of a number written with a space between its thousands ("治疗组1 959例").

Every article here is written for this test, in its own words.
"""

import pytest

from ingest.extract import extract
from ingest.extract.numbers import counts
from ingest.read import read_bytes


def studies_of(text: str) -> list[dict]:
    return extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]


def sizes(study: dict) -> dict:
    return {g["name"]: g["n"] for g in study["groups"]}


@pytest.mark.parametrize("text, expected", [
    ("in type 2 diabetes patients", []),
    ("Stage 4 patients and 40 patients", [40]),
    ("group 2 patients did better; 12 diabetes patients", [12]),
])
def test_a_number_that_labels_people_counts_none(text, expected):
    assert [c.n for c in counts(text)] == expected


def test_a_space_between_thousands_in_chinese_arm_sizes():
    (study,) = studies_of(
        "目的 评价中成药联合西药治疗卒中后失眠的有效性。方法 检索数据库中的随机对照试验。"
        "由2位研究人员独立评价文献质量。结果 最终纳入30篇文献，包含2 804例患者，其中治疗组1 403例，"
        "对照组1 401例。联合治疗的有效率优于单纯西药(P<0.05)。")
    assert study["participants"]["enrolled"] == 2804
    assert sizes(study) == {"treatment": 1403, "control": 1401}


def test_cases_counted_in_the_arms_are_no_sizes():
    (study,) = studies_of(
        "一项III期临床试验评价了两种灭活疫苗的保护效力。研究共纳入2万名受试者，随机接种A疫苗、B疫苗或安慰剂。"
        "在接种两剂疫苗后，共发现52例有症状病例，其中A疫苗组15例，B疫苗组12例，对照组25例。"
        "A疫苗的保护效力为70.1%，B疫苗的保护效力为75.3%。")
    assert all(n is None for n in sizes(study).values()), study["groups"]


def test_those_lost_to_follow_up_are_no_size():
    (study,) = studies_of(
        "目的 观察四联疗法治疗消化性溃疡的疗效。方法 将150例患者随机分为观察组和对照组。"
        "结果 观察组75例患者失访3例，溃疡复发率8.1%，对照组失访2例，溃疡复发率19.4%，差异有统计学意义(P<0.05)。")
    assert 2 not in sizes(study).values() and 3 not in sizes(study).values(), study["groups"]


@pytest.mark.parametrize("sentence", [
    "Just nine people who were given the vaccine got sick, compared to 150 who were given a placebo.",
    "Rash was also reported less often in the drug K group (3 [5%] vs 12 [21%]).",
    "No ketoacidosis appeared in the treatment group, while in the control group ketoacidosis appeared in 4 patients.",
    "The number of patients discontinuing due to an adverse event on drug K 20 mg and placebo was n=3 and 5, respectively.",
])
def test_people_with_an_event_are_no_groups_size(sentence):
    (study,) = studies_of(
        "A randomised, placebo-controlled phase 3 trial tested drug K in adults with moderate disease. "
        "Drug K lowered the symptom score by 4.2 points more than placebo (95% CI 2.1 to 6.3; P<0.001). " + sentence)
    assert all(n is None for n in sizes(study).values()), study["groups"]


def test_those_who_stayed_are_counted_by_arm_after_those_who_left():
    (study,) = studies_of(
        "目的 比较针刺与西药治疗失眠的疗效。方法 参加者被随机分为甲组(服药)、乙组(服药并针刺)及丙组(仅针刺)三组，治疗4周。"
        "结果 共有60位参加试验，其中中途退出者有30人，完成疗程者共30人，包括甲组6人，乙组12人，丙组12人。"
        "乙组治疗后的睡眠评分较治疗前显著改善(P<0.05)。")
    assert sorted(n for n in sizes(study).values() if n is not None) == [6, 12, 12], study["groups"]


def test_arm_sizes_stand_beside_a_clause_of_those_who_withdrew():
    (study,) = studies_of("Zinc and winter colds: a randomised trial\n\nResearchers enrolled 260 office workers. "
                          "The zinc group had 131 participants and the placebo group had 129 participants; 7 people withdrew "
                          "before the end.\n\nColds occurred in 28% of the zinc group and 39% of the placebo group.")
    assert sizes(study) == {"zinc": 131, "placebo": 129}, study["groups"]


def test_the_thousands_of_a_number_after_a_group_label_are_no_size():
    (study,) = studies_of("In this randomised trial, 2 640 patients were enrolled. The metformin group 1 320 patients and the "
                          "placebo group 1 320 patients were followed for two years.\n\nHbA1c fell by 0.8% with metformin and "
                          "0.1% with placebo.")
    assert 320 not in sizes(study).values() and "group 1" not in sizes(study), study["groups"]


def test_sizes_before_a_clause_of_an_event_are_kept():
    (study,) = studies_of("Probiotic trial in infants\n\nA total of 310 infants took part. There were 156 infants in the "
                          "probiotic group and 154 infants in the placebo group, and diarrhoea appeared in 22 of them.\n\n"
                          "Diarrhoea was less common with the probiotic (5%) than with placebo (9%).")
    assert sizes(study).get("probiotic") == 156, study["groups"]


@pytest.mark.parametrize("text, enrolled", [
    ("某中药治疗失眠的临床研究\n\n本研究共完成一百三十名受试者的入组，随机分为治疗组和对照组。\n\n治疗组总有效率为84.0%，对照组为65.2%（P<0.05）。", 130),
    ("Stroke rehabilitation trial\n\nOver one week 140 patients were recruited at three hospitals and randomised to "
     "robot-assisted therapy or usual care.\n\nWalking speed improved more with the robot (0.22 m/s) than with usual care (0.11 m/s).", 140),
])
def test_a_cohort_after_words_that_look_like_labels_or_rough_sizes(text, enrolled):
    (study,) = studies_of(text)
    assert study["participants"]["enrolled"] == enrolled


def test_arm_sizes_without_their_unit_after_doses_and_a_screening_before_them():
    (study,) = studies_of("不同剂量某药治疗高血压的随机对照研究\n\n将93例患者随机分为3组：50mg组31，100mg组32，安慰剂组30。\n\n"
                          "治疗8周后，50mg组收缩压下降11.2 mmHg，100mg组下降14.1 mmHg，安慰剂组下降2.9 mmHg。")
    assert {31, 32, 30} <= set(sizes(study).values()), study["groups"]
    (study,) = studies_of("某颗粒治疗慢性咳嗽的临床观察\n\n筛查中发现10例不符合纳入标准，最终治疗组52例、对照组52例纳入分析。\n\n"
                          "治疗组总有效率为90.4%，对照组为75.0%，差异有统计学意义（P<0.05）。")
    assert sizes(study) == {"treatment": 52, "control": 52}, study["groups"]
