"""Numbers that are no outcome's value: the number in a name ("6MWT"), an age ("平均64岁"),
and a mean in a clause of its own after a semicolon, which is not the value of the measure
named clauses before it. Made-up sentences."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def facts(text: str) -> list[tuple]:
    studies = extract(read_bytes(text.encode(), path="a.txt")).to_json()["studies"]
    return [(x["measure"], x["value"]) for s in studies for kind in ("measurements", "effects") for x in s[kind]]


def test_the_number_of_a_name_is_no_change():
    found = facts("中药治疗慢性心衰的Meta分析\n\n结果 共纳入18项RCT。与对照组比较，试验组能降低BNP水平[MD=-120.50,"
                  "95%CI(-180.20,-60.80),P<0.001]，提高6MWT[MD=50.20,95%CI(40.10,60.30),P<0.001]。")
    assert not any(value in (6, -6) for _, value in found), found
    assert any(value == 50.2 for _, value in found), found


def test_an_age_is_no_mean_of_an_outcome():
    found = facts("针刺治疗帕金森病的随机对照研究\n\n结果：共纳入患者100例，5例脱落，脱落率为5.0%。最终分析95例；"
                  "年龄40-85岁，平均63岁；病程1~20年，平均6周；治疗前评分5~25分，平均14.80分。")
    assert ("脱落率", 63) not in found and ("脱落率", 14.8) not in found and ("脱落率", 6) not in found, found


@pytest.mark.parametrize("sentence, not_a_value", [
    ("与BMI为20.0~ 23.9的人群相比，BMI≥30.0的人群全死因死亡风险升高(HR=1.80，95%CI：1.50~2.10)。", 23.9),  # a range's end
    ("收缩压每下降10mmHg，心血管事件风险降低20%(HR=0.80，95%CI：0.70~0.90)。", -10),  # the unit of a ratio
    ("共纳入1 200例患者，并进行中位时间为30.5个月的随访。", 30.5),  # how long they were followed
    ("总有效率=(治愈+显效+有效)例数/总例数×100%。", 100),  # a formula
    ("引用本文: 王明, 李华. 心力衰竭患者的临床特征 [J] . 中华心血管杂志, 2019, 03(2) : 45-50.", 3),  # a reference
])
def test_numbers_around_results_that_are_no_values(sentence, not_a_value):
    found = facts("心力衰竭患者的队列研究\n\n结果 共纳入1 200例患者，左心室射血分数为45.2%。" + sentence)
    assert not any(abs(value - not_a_value) < 1e-9 for _, value in found if value is not None), found


@pytest.mark.parametrize("sentence, not_a_value", [
    ("Weight reductions ranged from 7.10 to 9.40 kg at week 24.", 7.1),
    ("Weight reductions ranged from 7.10 to 9.40 kg at week 24.", 9.4),
    ("Dementia was more common with baseline obesity (BMI 30+ vs 20-24: RR 1.21, 95% CI 1.10-1.30).", 30),
    ("Good outcomes were more frequent in those treated within 36 hours of the stroke (p < 0.01).", 36),
    ("The trial stopped after 500 veterans (mean [SD] age, 45.5 [11.0] years) were randomized.", 45.5),
])
def test_english_numbers_that_are_no_values(sentence, not_a_value):
    found = facts("A randomised trial of drug K\n\nResults: 500 patients were randomized to drug K or placebo. The response "
                  "rate was 40% with drug K and 20% with placebo (P = 0.01). " + sentence)
    assert not any(abs(value - not_a_value) < 1e-9 for _, value in found if value is not None), found


def test_a_threshold_that_defines_a_group_is_no_change():
    # "体重减少5公斤以上的人": those who lost 5 kg or more, not a mean loss of 5 kg.
    found = facts("中年人体重变化与死亡的队列研究\n\n调查结果显示，体重减少4公斤以上的人死亡几率是体重稳定者的1.6倍。")
    assert not any(value in (4, -4) for _, value in found), found


@pytest.mark.parametrize("pattern, text, found", [
    ("DATE_MONTH_BEFORE", "published Nov. ", True), ("DATE_MONTH_BEFORE", "on March ", True),
    ("DATE_MONTH_BEFORE", "Sepsis ", False), ("DATE_MONTH_BEFORE", "Decreased ", False), ("DATE_MONTH_BEFORE", "Marked ", False),
    ("WITHIN_OR_FOR_BEFORE", "treated within ", True), ("WITHIN_OR_FOR_BEFORE", "the rate was ", False),
    ("RANGED", "reductions ranged from 8.03 to ", True), ("RANGED", "weight fell from 8.03 to ", False),
    ("CITED_PAPER_LINE", "心力衰竭患者的临床特征 [J] . 中华心力衰竭杂志, 2018, 02(2) : 65-70.", True),
    ("CITED_PAPER_LINE", "The rate was 2.5% in 2018 (95% CI 1.2-3.4).", False),
])
def test_the_words_around_a_number_that_make_it_no_value(pattern, text, found):
    from ingest.extract import outcomes
    assert bool(getattr(outcomes, pattern).search(text)) is found


@pytest.mark.parametrize("after, found", [("岁", True), (" years old", True), ("个月的随访", True), (" months of follow-up", True),
                                          ("%", False), (" mg", False), (" months (IQR 8-16)", False)])
def test_an_age_or_a_follow_up_after_a_number(after, found):
    from ingest.extract.outcomes import AGE_OR_FOLLOW_UP_AFTER
    assert bool(AGE_OR_FOLLOW_UP_AFTER.match(after)) is found


@pytest.mark.parametrize("text, values", [("提高6MWT[MD=64.93]", [64.93]), ("8.5MPa", [8.5]), ("3METs", [3]), ("50CFU", [50]),
                                          ("120BPM", [120]), ("10IU", [10])])
def test_a_number_glued_to_capitals_is_a_name_unless_they_are_a_unit(text, values):
    from ingest.extract.numbers import stats
    assert [s.value for s in stats(text)] == values


@pytest.mark.parametrize("dot", ["·", "⋅", "∙"])
def test_a_raised_decimal_point_keeps_the_decimals(dot):
    # The Lancet's decimal point, as pages' text writes it: "2⋅61" is 2.61, never 2 and 61.
    found = facts("Drug K in kidney disease\n\nWe randomly assigned 4000 adults to drug K or placebo. Drug K "
                  f"compared with placebo slowed eGFR decline by 0{dot}95 mL/min per year (95% CI 0{dot}63 to "
                  f"1{dot}27; p<0{dot}0001).")
    assert found and all(value not in (0, 2, 63, 95) for _, value in found), found
    assert any(value in (0.95, -0.95) for _, value in found), found
