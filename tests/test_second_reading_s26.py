"""Cases a second reading of session 26's rules found, each an article written for this test:
trials a page cites or pools are not told side by side; results of both trials, and counts
said of both, are no one trial's; a subgroup's or an earlier trial's change is not the
treatment's; Chinese risks of a subgroup; blood groups are no arms; a heading's age is no time,
its "(%)" no share; visits as columns are no arms; "levels" names no measure; a list's first
item is not cut; an event that says who the people were is no outcome."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def studies(text: str) -> list[dict]:
    return extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]


def study(text: str) -> dict:
    (s,) = studies(text)
    return s


def test_trials_a_background_cites_are_not_the_pages_trials():
    s = study("Drug K for heart failure: a randomized trial\n\nBackground: Two earlier trials, ALPHA and BETA, tested "
              "drug K. In the ALPHA trial, drug K reduced admissions by 18%. The BETA trial was stopped early.\n"
              "Methods: We randomly assigned 1200 patients to drug K or placebo.\nResults: Admission occurred in 12.1% "
              "of patients in the drug K group and 16.4% in the placebo group (P<0.001).")
    assert {(m["group"], m["value"]) for m in s["measurements"]} >= {("drug k", 12.1), ("placebo", 16.4)}


def test_a_pooled_analysis_of_named_trials_is_one_study():
    assert len(studies("Drug K for psoriasis: a pooled analysis of three trials\n\nWe pooled data from three "
                       "randomized trials of drug K versus placebo, ALPHA, BETA and GAMMA. In the ALPHA study, 700 "
                       "patients were enrolled; in the BETA study, 650; in the GAMMA study, 400. The response was "
                       "78.2% with drug K and 5.1% with placebo.")) == 1


TWO = ("Drug K in psoriasis: two phase 3 trials\n\nIn two double-blind trials, we randomly assigned 700 patients (in the "
       "ALPHA study) and 900 patients (in the BETA study) to drug K or placebo. The PASI 75 response at week 12 was "
       "higher with drug K: in the ALPHA study, the rates were 80.5% with drug K and 4.5% with placebo; in the BETA "
       "study, the rates were 76.1% with drug K and 4.9% with placebo. In both studies, serious adverse events "
       "occurred in 2.1% of patients in the drug K group and 1.8% in the placebo group.")


def test_results_said_of_both_trials_are_neither_ones():
    first, second = studies(TWO)
    for s in (first, second):
        assert not [m for m in s["measurements"] if m["value"] in (2.1, 1.8)]
    assert ("drug k", 80.5) in {(m["group"], m["value"]) for m in first["measurements"]}


def test_a_count_said_of_both_trials_is_neither_ones():
    for s in studies(TWO):
        assert s["participants"]["enrolled"] is None


@pytest.mark.parametrize("sentence", [
    "Blood sugar fell by 0.9% among women with obesity, compared with 0.2% for the placebo group.",
    "Blood sugar fell by 1.2% in an earlier trial of metformin, compared with 0.1% for the placebo group.",
])
def test_a_change_of_other_people_is_not_the_treatments(sentence):
    s = study("Drug K for diabetes: a randomised trial\nIn this randomised placebo-controlled trial, 400 adults were "
              "randomly assigned to drug K or placebo. " + sentence)
    assert not [e for e in s["effects"] if e["group"] == "drug k" and e["value"] in (-0.9, -1.2)]


@pytest.mark.parametrize("clause", ["在糖尿病亚组中，心衰风险降低45%。", "达到目标血压者，卒中风险降低25%。"])
def test_a_chinese_risk_of_some_of_them_is_no_arms(clause):
    s = study("本研究为随机对照试验，纳入9000名高血压患者，随机分为强化降压组和标准降压组。" + clause)
    assert not [e for e in s["effects"] if e["value"] in (-45, -25)]


def test_blood_groups_are_no_arms():
    s = study("ABO blood group and mortality\nOf 300 randomized patients, mortality was 18% in blood group A and 11% "
              "in blood group O; blood group A and blood group O were compared.")
    assert not [g for g in s["groups"] if g["name"] in ("group A", "group O") and g["role"] == "arm"]


TABLE = """Drug K versus placebo for obesity: a randomised trial
Patients were randomised to drug K or placebo.
Table 2.
Drug K | Placebo | Significance | |
---|---|---|---|
Body weight change from baseline (%) | |||
Week 12 | -5.2 | -1.1 | P < 0.001 |
Pain score mean in patients aged 65 years or older | |||
Overall | 3.1 | 3.4 | P = 0.210 |
"""


def test_a_headings_unit_is_no_share_and_its_age_no_time():
    s = study(TABLE)
    assert not [m for m in s["measurements"] if m["stat"] == "percent"]
    assert not [x for x in s["measurements"] + s["effects"] if (x["time"] or {}).get("value") == 65]


def test_visits_as_columns_are_no_arms():
    s = study("Drug K versus placebo for knee pain: a randomised trial\nPatients were randomised to drug K or placebo.\n"
              "Table 2. Pain score (mean) by visit\nGroup | Week 4 | Week 12 | Change over time |\n---|---|---|---|\n"
              "Drug K (n = 60) | 5.1 | 4.2 | P = 0.010 |\nPlacebo (n = 58) | 5.3 | 5.0 | P = 0.400 |\n")
    assert not [e for e in s["effects"] if e["group"].lower().startswith("week")]


def test_levels_name_no_measure_of_their_own():
    s = study("Drug K for diabetes: a randomised trial\nIn this double-blind trial, 400 adults were randomly assigned "
              "to drug K or placebo. HbA1c was the primary outcome. In the drug K group, mean levels fell from 8.1% "
              "to 7.2%.")
    assert {m["measure"] for m in s["measurements"]} <= {"HbA1c"}


def test_a_lists_first_item_is_not_cut():
    s = study("方法：将120例患者随机分为观察组和对照组，各60例。结果：治疗后，观察组胃脘痛、嗳气、反酸、纳差积分分别为"
              "(1.2±0.3)、(0.8±0.2)、(0.9±0.3)、(1.1±0.4)分，均低于对照组(P<0.05)。")
    assert not [x for x in s["measurements"] + s["effects"] if x["measure"] == "脘痛积分"]


def test_an_event_that_says_who_they_were_is_no_outcome():
    s = study("Aspirin for primary prevention: a randomised trial\nPatients were randomized to aspirin or placebo. "
              "Of patients with nausea, 61 (0.97%) in the aspirin group versus 29 (0.46%) in the placebo group had a "
              "stroke (HR 2.11; 95% CI 1.36-3.28).")
    assert not [e for e in s["effects"] if e["measure"] == "nausea"]
