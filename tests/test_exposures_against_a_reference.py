"""Cohort news sets exposures against one reference, and treatments against their comparator,
in the sentence's own words: "Compared with non-drinkers, those drinking 1 cup a day (HR …),
2-3 cups a day (HR …) … had a lower risk of death"; "与…相比，每周吃1-3个鸡蛋(HR …)、… 均与
死亡风险降低有关"; "Compared with progestin alone, X plus progestin reduced the risk of
endometrial cancer by 66%"; "与安慰剂相比，阿司匹林使卒中风险降低20%". Each ratio or relative
change is its exposure's (or treatment's) against the reference the sentence names.
Made-up articles."""

import pytest

from ingest.extract import extract
from ingest.extract.contrasts import Contrast, contrast
from ingest.read.document import Document


def effects(text: str) -> set:
    return {(e.measure, e.group, e.versus, e.type, e.value) for s in extract(Document(text)).studies for e in s.effects}


@pytest.mark.parametrize("text, expected", [
    ("Tea and death: a cohort study\n\nIn a cohort of 40,000 adults followed for 10 years, compared with non-drinkers, "
     "those drinking 1 cup a day (HR 0.90, 95% CI 0.82-0.99), 2-3 cups a day (HR 0.85, 95% CI 0.78-0.93) and 4 or more "
     "cups a day (HR 0.80, 95% CI 0.70-0.91) had a lower risk of death.\n",
     {("those drinking 1 cup a day", "non-drinkers", 0.90), ("2-3 cups a day", "non-drinkers", 0.85),
      ("4 or more cups a day", "non-drinkers", 0.80)}),
    ("鸡蛋与死亡\n\n这项队列研究纳入18914名成年人。与鸡蛋摄入≤1个/周的人群相比，每周吃1-3个鸡蛋(HR 0.69，95%CI 0.59-0.81)、"
     "每周吃3-7个鸡蛋(HR 0.68，95%CI 0.59-0.79)、甚至每天吃≥2个鸡蛋(HR 0.64，95%CI 0.52-0.78)均与死亡风险降低有关。\n",
     {("每周吃1-3个鸡蛋", "鸡蛋摄入≤1个/周的人群", 0.69), ("每周吃3-7个鸡蛋", "鸡蛋摄入≤1个/周的人群", 0.68),
      ("每天吃≥2个鸡蛋", "鸡蛋摄入≤1个/周的人群", 0.64)}),
])
def test_exposures_each_with_its_ratio_against_the_reference_named_first(text, expected):
    got = effects(text)
    assert {(g, v, x) for _, g, v, _, x in got} == expected
    assert {t for *_, t, _ in got} == {"hazard_ratio"}


@pytest.mark.parametrize("text, expected", [
    ("Compared with placebo, drug Q reduced the risk of stroke by 20%.", Contrast("drug Q", "placebo")),
    ("Compared with progestin alone, GLP-1RA plus progestin reduced the risk of cancer by 66%.",
     Contrast("GLP-1RA plus progestin", "progestin alone")),
    ("与安慰剂相比，阿司匹林使卒中风险降低20%。", Contrast("阿司匹林", "安慰剂")),
    ("相較於吃最多紅肉的族群，吃最多白肉族群的罹癌風險減少28%。", Contrast("吃最多白肉族群", "吃最多紅肉的族群")),
])
def test_the_sides_of_a_treatments_relative_change(text, expected):
    assert contrast(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("阿司匹林与卒中\n\n与安慰剂相比，阿司匹林使卒中风险降低20%。\n", ("stroke", "阿司匹林", "安慰剂", -20)),
    ("瘦瘦针与癌症\n\n与单用黄体素相比，合用GLP-1RA可降低66%的子宫内膜癌风险。\n",
     ("endometrial cancer", "合用GLP-1RA", "单用黄体素", -66)),
    ("瘦瘦针与癌症\n\n与单用黄体素相比，合用GLP-1RA可减少子宫内膜癌风险66%。\n",
     ("endometrial cancer", "合用GLP-1RA", "单用黄体素", -66)),
])
def test_chinese_relative_changes_with_the_verb_first(text, expected):
    assert {(m, g, v, x) for m, g, v, _, x in effects(text)} == {expected}


def test_a_comparator_after_compared_to_in_a_review_of_one_treatment():
    """A meta-analysis of one treatment against placebo: "X showed significant improvement for
    Y compared to placebo (RR …)" is X's effect against placebo, not placebo's against itself."""
    got = effects("Velorexin for IBS: a meta-analysis\n\nA meta-analysis of placebo-controlled trials was performed. "
                  "Seven trials (N=954) were included. Velorexin showed significant improvement for global symptom "
                  "compared to placebo (RR 1.61; 95% CI 1.24, 2.10; P =0.0004).\n")
    assert {(g, v, x) for _, g, v, _, x in got} == {("Velorexin", "placebo", 1.61)}


def test_two_sides_named_after_their_prepositions_with_their_pair():
    """"survival at five years was better in women taking metformin than in controls (73% v
    44%, P=0.0002)": no arms were allocated; the sentence names both sides, each value is one
    side's, the p their difference."""
    text = ("Metformin and ovarian cancer\n\nA retrospective study of 215 women found that survival at five years was "
            "better in women taking metformin than in controls (73% v 44%, P=0.0002).\n")
    study = extract(Document(text)).studies[0]
    assert {(m.group, m.value) for m in study.measurements} == {("metformin", 73), ("controls", 44)}
    assert {(e.group, e.versus, e.p) for e in study.effects} == {("metformin", "controls", 0.0002)}


@pytest.mark.parametrize("text, expected", [
    ("Flu vaccine study\n\nThe study found that vaccinated people 50 years and older were 57 percent less likely to be "
     "hospitalized from flu than unvaccinated people.\n",
     ("hospitalized from flu", "vaccinated people", "unvaccinated people", -57)),
    ("Velorexin trial\n\nPatients were randomized to velorexin or placebo. Patients on velorexin were 30% less likely "
     "to die than those on placebo.\n", ("die", "velorexin", "placebo", -30)),
])
def test_how_much_less_likely_one_side_was(text, expected):
    assert {(m, g, v, x) for m, g, v, _, x in effects(text)} == {expected}


def test_a_chinese_relative_change_names_the_event_without_the_people_who_had_it():
    # "习惯喝咖啡的人患糖尿病的风险": the risk of diabetes, not of "人患糖尿病"
    got = effects("喝咖啡的人更健康\n\n这项队列研究随访了10万名成年人。与从不喝咖啡的人相比，习惯喝咖啡的人患糖尿病的风险降低了18%，"
                  "患致命性心脏病的风险降低了12%。\n")
    assert got == {("diabetes mellitus", "习惯喝咖啡的人", "从不喝咖啡的人", "effect_size", -18),
                   ("致命性心脏病", "习惯喝咖啡的人", "从不喝咖啡的人", "effect_size", -12)}


@pytest.mark.parametrize("sentence, expected", [
    ("coffee drinkers had a 21% lower risk of dementia than non-drinkers.",
     {("dementia", "coffee drinkers", "non-drinkers", "effect_size", -21)}),
    ("people who walked daily had a 19% lower risk of developing dementia compared to those who did not walk.",
     {("dementia", "people who walked daily", "those who did not walk", "effect_size", -19)}),
    # people and nothing more: against whom, the sentence does not say
    ("patients had a 21% lower risk of dementia.", set()),
])
def test_who_had_a_lower_risk_against_whom(sentence, expected):
    got = effects("Habits and dementia: a cohort study\n\nIn a cohort of 52,000 adults followed for 9 years, " + sentence + "\n")
    assert got == expected
