"""Wrong readings a second reader found in session 29's changes, each in an article written
for this test: an outcome longer than the verb phrase that opens it ("were dead or
dependent"), a comparison with "the other two arms" that names its own measure, an arm named
as what another is compared with, capitalised words after "taking" that are no drug
(companies, insurance programmes, infections, months), a drug named only in another trial,
and a drug's adverse events called complications."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def studies(text: str) -> list:
    return extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]


def measures(text: str) -> set:
    return {m["measure"] for s in studies(text) for m in s["measurements"]}


def arm_names(text: str) -> set:
    return {g["name"] for s in studies(text) for g in s["groups"] if g["role"] == "arm"}


@pytest.mark.parametrize("outcome", ["were dead or dependent", "were alive without disease progression",
                                     "were alive and free of relapse", "remained alive and on treatment"])
def test_an_outcome_longer_than_its_opening_verb_phrase_keeps_its_own_name(outcome):
    text = ("Drug K in stroke\n\nIn a randomized trial, 500 patients were randomized to drug K or placebo. "
            f"At two years, 35% of patients treated with drug K {outcome}, compared with 52% in the placebo arm.\n")
    assert not measures(text) & {"death", "overall survival"}


THREE_ARMS = ("针灸联合药物治疗失眠的临床研究\n方法 纳入失眠患者120例,完全随机分成针药组、针刺组和药物组,每组40例。"
              "结果 针药组治愈率和总有效率分别为55.00%和95.00%;针刺组治愈率和总有效率分别为25.00%和80.00%,"
              "药物组治愈率和总有效率分别为22.50%和80.00%。")


@pytest.mark.parametrize("comparison", ["随访6个月，针药组复发情况明显少于其他两组(P<0.05)。",
                                        "针药组睡眠质量改善明显优于其他两组(P<0.05)。"])
def test_a_comparison_with_the_other_arms_that_names_its_own_measure_takes_none_listed_before(comparison):
    (s,) = studies(THREE_ARMS + comparison + "\n")
    assert not [e for e in s["effects"] if e["measure"] in ("cure rate", "total effective rate")]


def test_an_arm_named_as_what_another_is_compared_with_gets_none_of_its_values():
    (s,) = studies("针刺治疗腰椎间盘突出症\n方法 选取80例患者随机分为观察组与对照组各40例。结果 治疗后观察组VAS评分为(2.1±0.5)分，"
                   "与对照组相比JOA评分、ODI分别为(25.1±2.0)分、(15.2±3.1)%，差异有统计学意义(P<0.05)。\n")
    assert not [m for m in s["measurements"] if m["group"] == "control" and m["value"] == 25.1]


@pytest.mark.parametrize("text, not_arms", [
    ("Weight-loss drugs compared\n\nIn a study of 18,000 patients, people taking Novo's Wegovy lost 8.3% of their weight "
     "after a year, less than those taking Lilly's Zepbound, who lost 15.3%.\n", {"Novo", "Lilly"}),
    ("Insurance and cancer survival\n\nIn a study of 50,000 patients with colon cancer, five-year survival was 58% for "
     "patients on Medicaid compared with 67% for those on Medicare, researchers found.\n", {"Medicaid", "Medicare"}),
    ("Covid and diabetes\n\nIn a cohort of 180,000 veterans followed for a year, people who got Covid were 40% more likely "
     "to be diagnosed with diabetes than those who got Influenza (P<0.001).\n", {"Covid", "Influenza"}),
    ("Flu shots by month\n\nIn a randomized trial of 9,000 adults, those given October shots were hospitalized less often "
     "than those given December shots: 1.2% versus 2.0% (P=0.01).\n", {"October", "December"}),
])
def test_capitalised_words_after_taking_that_are_no_drug_are_no_arms(text, not_arms):
    assert not arm_names(text) & not_arms


def test_a_drug_named_only_beside_another_unknown_one_is_no_arm():
    # (Glucophage is from an earlier trial; without placebo on either side, neither name is an arm)
    text = ("Diabetes drug trial\n\nIn a randomized trial, 900 adults with type 2 diabetes received Januvia or placebo. "
            "In the placebo group HbA1c fell 0.1%. Those who took Januvia lowered HbA1c by 0.7% more than those taking "
            "Glucophage in an earlier trial.\n")
    assert "Glucophage" not in arm_names(text)


@pytest.mark.parametrize("text", [
    "化疗联合靶向药物治疗肺癌\n方法 选取100例患者随机分为观察组与对照组各50例。结果 观察组骨髓抑制、恶心呕吐等并发症发生率为30.00%，"
    "高于对照组的18.00%(P<0.05)。\n",
    "Drug K and infusion reactions\n\nIn the phase III trial, 1,063 patients were randomized to drug K or chemotherapy. "
    "Infusion-related complications were seen in 8% of the drug K group and 2% of the chemotherapy group.\n",
])
def test_a_drugs_adverse_events_called_complications_are_no_outcome_measurement(text):
    assert not [m for m in measures(text) if "complication" in m.lower() or "并发症" in m]


# A second reading, of the count readers added after the first one.

def counts(text: str) -> set:
    return {(m["measure"], m["group"], m["value"]) for s in studies(text) for m in s["measurements"] if m["stat"] == "n"}


TRIAL = "Drug X after myocardial infarction: randomized placebo-controlled trial\n\nPatients were randomized to drug X or placebo. "


@pytest.mark.parametrize("sentence", [
    "Of the 347 patients in the drug X group and 352 in the placebo group, 20 and 35 died (P=0.04).",
    "Among 347 patients in the drug X group and 352 in the placebo group, 20 and 35 died within 1 year.",
    "There were 347 patients in the drug X group and 352 in the placebo group; 20 and 35 died.",
])
def test_an_arms_size_is_never_its_count_of_deaths(sentence):
    assert not {c for c in counts(TRIAL + sentence + "\n") if c[2] in (347, 352)}


def test_a_count_goes_to_the_event_that_occurred_not_a_scale_named_before():
    got = counts(TRIAL + "Among patients with an NIHSS score above 10, death occurred in 15 of the 60 patients in the drug X "
                 "group and 22 of the 58 patients in the placebo group.\n")
    assert not {c for c in got if "NIHSS" in c[0]}


@pytest.mark.parametrize("sentence", [
    "Before enrolment, anaemia was found in 12 of the 100 patients in the drug X group and 10 of the 98 patients in the "
    "placebo group.",
    "Among women, 12 of the 50 patients in the drug X group and 15 of the 48 patients in the placebo group died.",
])
def test_counts_of_who_people_were_before_or_of_a_subgroup_are_no_arms_outcome(sentence):
    assert not counts(TRIAL + sentence + "\n")


ZH_TRIAL = "K药治疗心力衰竭的随机对照研究\n\n方法 将60例患者随机分为治疗组和对照组各30例。结果 "


@pytest.mark.parametrize("body", [
    "治疗组28例死亡率为25.0%,对照组30例死亡率为40.0%。",            # an arm's size, then its rate
    "治疗组存活3年以上者12例,对照组存活3年以上者8例。",              # a duration
    "治疗组再入院30 d内3例,对照组再入院30 d内9例。",
    "两组既往史比较:治疗组患者中卒中5例,对照组患者中卒中6例,差异无统计学意义(P>0.05)。",  # history before the trial
])
def test_chinese_sizes_durations_and_history_are_no_event_counts(body):
    got = counts(ZH_TRIAL + body + "\n")
    assert not {c for c in got if c[2] in (28, 30, 3, 5, 6)}


def test_deaths_of_a_cause_among_the_deaths_are_no_count_of_their_own():
    got = counts(ZH_TRIAL + "治疗组死亡7例,其中卒中3例;对照组死亡15例,其中卒中6例。\n")
    assert not {c for c in got if c[0] == "stroke"}


@pytest.mark.parametrize("line, title", [
    ("ISSN position stand: protein and exercise", "ISSN position stand: protein and exercise"),
    ("ISSN Print: 2160-8741", None),
    ("Google-based Impact Factor: 0.45 Citations", None),
])
def test_issn_and_impact_factor_are_furniture_only_with_their_numbers(line, title):
    from ingest.read.boilerplate import pick_title
    assert pick_title([line, "Body text of the page goes on here."]) == title
