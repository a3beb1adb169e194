"""Cases a second reading of session 13's readers found, each an article written for this
test: a reader that must not turn a mean into a count, a discourse word into an arm, a
heart rate into a hazard ratio, or a clause into a composite's name; and the facts it must
not lose (a table's sizes with a thousands comma, "上述指标" a sentence later, graded events
per arm)."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def study(text: str) -> dict:
    studies = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert len(studies) == 1
    return studies[0]


def measurements(text: str) -> set:
    return {(m["measure"], m["group"], m["stat"], m["value"]) for m in study(text)["measurements"]}


def test_a_row_labelled_mean_sd_stays_means_whatever_its_brackets_make_of_the_column():
    # 58 of 480 is 12%, 57 of 470 is 12%: by chance; the row says mean (SD)
    text = ("Table 1.\n\nBaseline characteristics of the drug and placebo groups\n\nDrug\n(n = 480)\nPlacebo\n(n = 470)\n"
            "p-value\nAge, mean (SD), y 58 (12) 57 (12) 0.41\n")
    assert {("Age", "drug", "mean", 58), ("Age", "placebo", "mean", 57)} <= measurements(text)


def test_a_column_sized_with_a_thousands_comma_keeps_its_counts():
    text = ("Drug K in heart failure: a randomised trial\n\nIn this randomised, placebo-controlled trial, 2718 patients "
            "were assigned to drug K or placebo.\n\nTable 2. Outcomes\nOutcome | Drug K (n = 1,366) | Placebo (n = 1,352) "
            "| P value\nHospitalization for heart failure | 61 (4.5) | 80 (5.9) | 0.04\n")
    assert {("hospitalization for heart failure", "drug k", "percent", 4.5)} <= measurements(text)


def test_a_word_that_opens_sentences_is_no_brand():
    text = ("Weight loss drug trial shows benefit\nA new weight loss pill looks promising. However, side effects were common. "
            "They studied 1,500 people with obesity given the pill or a dummy pill. However, not all finished. However, "
            "compared with placebo, weight fell by 8.6 kg more at one year (P < 0.001).\n")
    assert "however" not in {g["name"].lower() for g in study(text)["groups"]}


@pytest.mark.parametrize("text, bad", [
    # "该药" is no arm's name once "该" is cut: one character names nothing
    ("某药治疗高血压的临床研究\n研究共纳入200例高血压患者。服用该药的患者收缩压下降12.5 mmHg，较服用安慰剂的患者(下降4.1 mmHg)更明显(P<0.01)。\n",
     "药"),
    # a follow-up is nothing anyone took
    ("手术联合化疗治疗胃癌\n本研究回顾分析300例胃癌患者。接受随访的患者中，接受手术的患者5年生存率为45%，较接受化疗的患者(30%)高(P<0.05)。\n",
     "随访"),
])
def test_chinese_arms_by_what_people_took_are_never_a_word_that_names_nothing(text, bad):
    assert bad not in {g["name"] for g in study(text)["groups"]}


def test_nausea_or_vomiting_is_one_measure_not_vomiting_alone():
    text = ("连花清瘟治疗新冠的随机对照试验\n共纳入840名患者，随机分为连花清瘟组和安慰剂组。结果显示，恶心、呕吐发生率(5.0%对10.0%)两组相近。\n")
    assert {m for m, _, _, v in measurements(text) if v == 5.0} == {"恶心、呕吐发生率"}


def test_a_heart_rate_written_hr_is_a_mean_not_a_hazard_ratio():
    text = ("Drug K in hypertension: a randomised trial\n\nIn this randomised, placebo-controlled trial, 400 patients were "
            "assigned to drug K or placebo. At week 12, heart rate was lower in the drug K group (HR: 68.2 (7.1) beats/min) "
            "than in the placebo group (HR: 76.5 (8.3) beats/min; P < 0.001).\n")
    s = study(text)
    assert {("drug k", 68.2), ("placebo", 76.5)} <= {(m["group"], m["value"]) for m in s["measurements"]}
    assert not any(e["type"] == "hazard_ratio" for e in s["effects"])


def test_the_word_or_before_a_value_is_no_odds_ratio():
    text = ("Drug K in hypertension: a randomised trial\n\nIn this randomised, placebo-controlled trial, 400 patients were "
            "assigned to drug K or placebo. At week 12, systolic blood pressure was 128.2 (10.1) mmHg in the drug K group, "
            "and in the placebo group it was higher or 135.6 (11.3) mmHg (P < 0.001).\n")
    assert not any(e["type"] == "odds_ratio" for e in study(text)["effects"])


def test_a_clause_after_composite_is_no_part_of_its_name():
    text = ("Drug K in heart failure: a randomised trial\n\nIn this randomised, placebo-controlled trial, 4744 patients "
            "were assigned to drug K or placebo. The composite outcome was lower with drug K and cardiovascular death "
            "alone was lower as well (hazard ratio, 0.82; 95% CI, 0.69 to 0.98).\n")
    assert [e["measure"] for e in study(text)["effects"] if e["value"] == 0.82] == ["cardiovascular death"]


def test_the_measures_above_a_sentence_later_are_still_compared():
    text = ("护肝片治疗脂肪肝的临床观察\n将80例患者随机分为观察组和对照组，各40例。结果：治疗后2组ALT、AST水平均较治疗前降低(P<0.05)。"
            "观察组上述指标均低于对照组(P<0.01)。\n")
    assert any(e["group"] == "观察组" and e["versus"] == "control" and e["p"] == 0.01 for e in study(text)["effects"])


def test_a_p_said_of_the_second_measure_alone_is_not_the_first_ones():
    text = ("护肝片治疗脂肪肝的临床观察\n本研究纳入80例患者，均给予护肝片治疗。结果：治疗后患者ALT水平降低，TBIL与治疗前比较差异无统计学意义(P>0.05)。\n")
    assert not any(e["measure"] == "ALT" and e["p"] == 0.05 for e in study(text)["effects"])


@pytest.mark.parametrize("text, graded", [
    ("Drug K in breast cancer: a randomised trial\n\nIn this randomised, placebo-controlled trial, 400 patients were "
     "assigned to drug K or placebo. Grade 3 or 4 neutropenia occurred in 20% of the drug K group and 5% of the placebo "
     "group. Neutropenia of any grade occurred in 45% of the drug K group and 10% of the placebo group.\n",
     {("neutropenia", 20, "3-4"), ("neutropenia", 45, None)}),
    ("某药治疗肺癌的临床研究\n共纳入40例患者。不良反应：中性粒细胞减少18例(45%)，其中3~4级中性粒细胞减少6例(15%)；Ⅲ级皮疹2例(5%)，皮疹共8例(20%)。\n",
     {("rash", 5, "3"), ("rash", 20, None)}),
])
def test_an_event_at_a_grade_and_at_any_grade_are_two_rows(text, graded):
    rows = {(a["event"], a["pct"], a["grade"]) for a in study(text)["adverse_events"]}
    assert graded <= rows
