"""Numbers that are no measured value: a bound ("less than 120 mm Hg", "超过90%"), a share of
people past a threshold filed as the measure's own level ("58% lost at least 5% of their body
weight" is no body weight of 58%), and the second arm's change whose "by" is left out ("fell by
2.1 kg with A and 0.4 kg with B" is no body weight of 0.4 kg). Written for this test."""

import pytest

from ingest.extract import extract
from ingest.extract.outcomes import threshold_share
from ingest.read import read_bytes

TRIAL = "Drug X for obesity: a randomized trial\n\nA total of 200 adults were randomized to drug X (n=100) or placebo (n=100). "
ZH_TRIAL = "X药治疗肥胖的随机对照试验\n\n共200例患者随机分为X药组(100例)和安慰剂组(100例)。"


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def changes(s: dict) -> set:
    return {(e["measure"], e["group"], e["value"]) for e in s["effects"] if e["type"] == "mean_change"}


@pytest.mark.parametrize("sentence, measure", [
    ("Body weight fell by 2.1 kg with drug X and 0.4 kg with placebo.", "body weight"),
    ("Body weight decreased by 2.1 kg in the drug X group and 0.4 kg in the placebo group.", "body weight"),
    ("LDL cholesterol decreased by 2.1 mmol/L in the drug X group and 0.4 mmol/L in the placebo group.", "LDL cholesterol"),
    ("HbA1c decreased by 2.1% in the drug X group and 0.4% in the placebo group (P<0.001).", "HbA1c"),
    ("Systolic blood pressure was reduced by 2.1 mmHg with drug X versus 0.4 mmHg with placebo.", "systolic blood pressure"),
])
def test_the_next_arms_change_without_its_by(sentence, measure):
    s = study(TRIAL + sentence + "\n")
    assert changes(s) == {(measure, "drug x", -2.1), (measure, "placebo", -0.4)}
    assert not [m for m in s["measurements"] if m["value"] == 0.4]  # no level of 0.4


@pytest.mark.parametrize("sentence", [
    "Body weight decreased by 2.1 kg in the drug X group and 12 patients in the placebo group withdrew.",
    "Body weight decreased by 2.1 kg in the drug X group and 12 men in the placebo group withdrew.",
    "Body weight decreased by 2.1 kg in the drug X group and 8 mg in the placebo group.",  # another unit
    "HbA1c decreased by 2.1% in the drug X group and 40% in the placebo group had hypoglycaemia.",
    "Body weight decreased by 2.1 kg in women and 1.4 kg in men with drug X.",  # subgroups, not arms
])
def test_what_follows_and_is_no_other_arms_change(sentence):
    assert {c for c in changes(study(TRIAL + sentence + "\n")) if c[2] != -2.1} == set()


@pytest.mark.parametrize("sentence, bound", [
    ("Treatment aimed to reduce systolic blood pressure to less than 120 mm Hg in the drug X group.", 120),
    ("When treated early, mortality is below 1% in the drug X group.", 1),
    ("Requirements for morphine were reduced by more than 50% in patients receiving drug X.", 50),
])
def test_a_bound_is_no_value(sentence, bound):
    s = study(TRIAL + sentence + "\n")
    assert not [m for m in s["measurements"] if m["value"] == bound]


def test_a_chinese_bound_is_no_value():
    s = study(ZH_TRIAL + "目前晚期患者的五年生存率不足10%。X药组髓外病灶清除率高，超过90%的病灶消失。\n")
    assert not [m for m in s["measurements"] if m["value"] in (10, 90)]


def test_a_share_past_a_threshold_is_named_by_it():
    s = study(ZH_TRIAL + "体重方面，X药组平均减少5.2公斤，安慰剂组减少0.9公斤；X药组有41.0%（41例）患者体重下降至少5%，"
                         "安慰剂组为8.0%（8例）。\n")
    shares = [(m["measure"], m["group"], m["value"]) for m in s["measurements"] if m["stat"] == "percent"]
    assert ("weight loss ≥5%", "X药组", 41.0) in shares
    assert not [m for m in shares if m[0] == "body weight"]


def test_a_percent_is_no_level_of_a_measure_kept_in_units():
    s = study(TRIAL + "Intraocular pressure fell by 13.1% in the drug X group.\n")
    assert not [m for m in s["measurements"] if m["measure"] == "intraocular pressure" and m["stat"] == "percent"]


@pytest.mark.parametrize("measure, quote, name", [
    ("body weight", "lost at least 5% of their body weight", "weight loss ≥5%"),
    ("systolic blood pressure", "reached SBP <140 mmHg", "systolic blood pressure <140 mmHg"),
    ("body weight", "weight gain of more than 2 kg", "weight gain >2 kg"),
    ("BMI", "BMI fell by at least 5%", "BMI reduction ≥5%"),  # (no end point's own name: the measure's)
    ("intraocular pressure", "IOP fell by 12.3%", None),
    ("body weight", "lost at least 5% (35%) and at least 10% (12%)", None),  # two thresholds, no value: which is unknown
])
def test_threshold_share(measure, quote, name):
    assert threshold_share(measure, quote) == name


@pytest.mark.parametrize("sentence", [
    "X药组的体重至少减少5%。",  # a bound before the verb
    "X药组体重减少了0.5千克到2千克。",  # a range
    "X药组联合终点的发生率比安慰剂组显著降低13.2%。",  # one arm against the other
])
def test_no_change_within_an_arm(sentence):
    assert not changes(study(ZH_TRIAL + sentence + "\n"))


@pytest.mark.parametrize("sentence", ["X药组体重比治疗前降低了3.2千克。", "与基线相比X药组体重降低了3.2千克。",
                                      "X药组体重下降了3.2千克至85.1千克。"])  # (to a level, not a range)
def test_a_change_against_baseline_is_still_read(sentence):
    assert changes(study(ZH_TRIAL + sentence + "\n")) == {("body weight", "X药组", -3.2)}


@pytest.mark.parametrize("sentence", ["More than 50% of the drug X group and 30% of the placebo group achieved remission.",
                                      "At least 50% of the drug X group and 30% of the placebo group achieved remission."])
def test_a_bounded_share_is_no_arms_share(sentence):
    assert not [m for m in study(TRIAL + sentence + "\n")["measurements"] if m["value"] == 50]


def test_a_bound_written_after_the_number_is_no_value():
    s = study(ZH_TRIAL + "X药组的总生存时间达3年以上。\n")
    assert not [m for m in s["measurements"] if m["value"] == 3]


@pytest.mark.parametrize("line, label", [
    ("机构地区：[1]某某医学院心血管病研究所，北京市100730 [2]某某医院内科，上海市200025", "机构地区"),
    ("Cite this article: Bone Joint Res 2020;9(10):719–728.", "Cite this article"),
    ("引用本文：张三，李四. 某药治疗某病的随机对照试验[J]. 某某杂志, 2020, 28(6): 401-405.", "引用本文"),
    ("安全性：X药组有4.6%的患者出现不良事件，而安慰剂组为7%。", "安全性"),
])
def test_front_matter_names_no_measure(line, label):
    s = study(ZH_TRIAL + "X药组体重比治疗前降低了3.2千克。\n" + line + "\n")
    assert not [m for m in s["measurements"] if m["measure"] == label]
    if label != "安全性":  # (a safety heading's numbers are the adverse events', read as such)
        numbers = {float(x) for x in __import__("re").findall(r"\d+(?:\.\d+)?", line)}
        assert not [m for m in s["measurements"] if m["value"] in numbers]


def test_changes_of_a_run_closed_by_respectively_go_to_each_arm():
    s = study(TRIAL + "Mean HbA1c fell by 1.2% and 0.3% with drug X and placebo, respectively.\n")
    assert changes(s) == {("HbA1c", "drug x", -1.2), ("HbA1c", "placebo", -0.3)}
    assert not [m for m in s["measurements"] if m["value"] == 0.3]  # no level of 0.3


@pytest.mark.parametrize("sentence, value", [
    ("HbA1c decreased by 2.1% in the drug X group and 40% in the placebo group had hypoglycaemia.", 40),
    ("HbA1c decreased by 2.1% in the drug X group and 95% in the placebo group completed the study.", 95),
    ("Body weight decreased by 2.1 kg in the drug X group and 12 men in the placebo group withdrew.", 12),
    ("Body weight decreased by 2.1 kg in women and 1.4 kg in men with drug X.", 1.4),  # a change, not a level
])
def test_people_who_did_something_else_give_the_measure_no_value(sentence, value):
    assert not [m for m in study(TRIAL + sentence + "\n")["measurements"] if m["value"] == value]


def test_an_adverse_event_rate_takes_no_measure_named_after_it():
    # "不良反应发生率为…；观察组的中位无进展生存期为…": the rates are the adverse events', not survival's.
    s = study("X药联合化疗治疗乳腺癌的临床研究\n\n将124例患者随机分为观察组(64例)和对照组(60例)。治疗后，观察组的不良反应发生率为"
              "35.94%(23/64)，略高于对照组31.67%(19/60)，差异无统计学意义(P>0.05)；观察组的中位无进展生存期为(9.41±2.25)月，"
              "长于对照组的(7.05±2.01)月(P<0.05)。\n")
    survival = {m["value"] for m in s["measurements"] if m["measure"] == "progression-free survival"}
    assert survival == {9.41, 7.05}


def test_a_bare_rate_of_adverse_events_is_the_safety_readers():
    # "≥3级不良反应的发生率(66.3% vs 61.6%)": the name cut to "发生率" is an adverse-event rate.
    s = study("甲药与乙药治疗肝癌的对比研究\n\n将120例患者分为L组(60例)和S组(60例)。L组和S组的中位总生存期分别为15.2个月和12.1个月。"
              "L组和S组总体不良反应(96.4% vs 95.0%)和≥3级不良反应的发生率(66.3% vs 61.6%)比较,差异均无统计学意义(P>0.05)。\n")
    assert not [m for m in s["measurements"] if m["measure"] == "发生率"]
    assert not [e for e in s["effects"] if e["measure"] == "发生率"]
    assert {m["value"] for m in s["measurements"] if m["measure"] == "overall survival"} == {15.2, 12.1}


@pytest.mark.parametrize("sentence, shares", [
    # the threshold after its number ("or more"), the outcome before the arms' shares
    ("Weight loss of 10 percent or more occurred in 38.2% of the drug X group and 9.5% of the placebo group.",
     {("weight loss ≥10%", "drug x", 38.2), ("weight loss ≥10%", "placebo", 9.5)}),
    # a responder end point of another measure, named "≥50% reduction in …"
    ("A 50% or greater reduction in monthly migraine days was achieved for 43.3% of the drug X group and 26.6% "
     "of the placebo group.",
     {("≥50% reduction in migraine days", "drug x", 43.3), ("≥50% reduction in migraine days", "placebo", 26.6)}),
])
def test_a_share_past_a_threshold_written_otherwise(sentence, shares):
    s = study(TRIAL + sentence + "\n")
    got = {(m["measure"], m["group"], m["value"]) for m in s["measurements"] if m["stat"] == "percent"}
    # the threshold itself is never a value
    assert not [x for x in got if x[2] in (5, 10, 50)]
    assert shares <= got


@pytest.mark.parametrize("sentence", [
    # a share of people after a threshold is another outcome's, not a second threshold
    "A weight loss of at least 5% was seen in 68.0% of the drug X group and 20.1% of the placebo group, and at least 10% "
    "of patients reported nausea (12.0% vs 4.0%).",
    # no weight, no weight loss
    "In the drug X group, 30% of patients lost 50% or more of their hair.",
])
def test_what_is_no_threshold_of_weight(sentence):
    s = study(TRIAL + sentence + "\n")
    assert not [m for m in s["measurements"] if m["measure"] in ("weight loss ≥10%", "weight loss ≥50%")]


def test_days_of_a_month_are_no_change():
    s = study(TRIAL + "The results were presented at a meeting held from Oct. 14 to 17 in Dallas, where weight fell "
                      "by 2.1 kg with drug X.\n")
    assert not [m for m in s["measurements"] if m["value"] in (14, 17)]
    assert not [e for e in s["effects"] if e["value"] in (14, 17, 3)]


def test_each_dose_against_placebo_for_all_placebo_comparisons():
    s = study("Drug X for obesity: a randomized trial\n\nWe randomly assigned 900 adults to drug X 10 mg, drug X 15 mg or "
              "placebo. The mean weight change was -12.1%, -14.3% and -2.0%, respectively (P<0.001 for all placebo "
              "comparisons).\n")
    against = {(e["group"], e["versus"], e["p"]) for e in s["effects"] if e["versus"] != "baseline"}
    assert against == {("drug x 10 mg", "placebo", 0.001), ("drug x 15 mg", "placebo", 0.001)}


ONE_ARM = "某药治疗肥胖的单臂研究\n\n共60例患者接受某药治疗24周。"


@pytest.mark.parametrize("sentence, bounds", [
    ("患者的初始体重指数(BMI)大于等于30kg/m2(肥胖)。", (30,)),
    ("患者的初始体重指数不低于28kg/m2。", (28,)),
    # (a range said as "between", both ends limits: who could take part)
    ("患者的体重指数(BMI)在27kg/m2至30kg/m2(超重)之间。", (27, 30)),
])
def test_a_chinese_bound_with_dengyu_or_a_range_between_is_no_value(sentence, bounds):
    # (each was read as the cohort's mean BMI)
    s = study(ONE_ARM + sentence + "治疗后体重平均减轻12.1%(P<0.001)。\n")
    assert not [m for m in s["measurements"] if m["value"] in bounds]



@pytest.mark.parametrize("text", [
    "中药治疗SARS的随机对照试验\n\n30例SARS患者随机分为中药A组、中药B组和安慰剂组。根据肺部每一个区域浸润的严重度设定一个标率"
    "0到3分的分数系统，所以累积的结果一张X光片得分可从0到18分。治疗后中药A组X光片评分改善率为45%。\n",
])
def test_the_range_a_scale_can_give_is_no_change_from_one_end_to_the_other(text):
    # (read as a change from 0 to 18 of a measure named by the words before it)
    s = study(text)
    assert not [x for x in s["measurements"] + s["effects"] if x.get("value") in (0, 3, 18)]
