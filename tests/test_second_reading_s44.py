"""Faults a second reading of session 44's rules found with its own inputs, each now a test:
tables of visits and changes, names holding an abbreviation, ratios named before a value.

The articles here are written for these tests (no text from ../shared).
"""
import pytest

from ingest.extract import extract
from ingest.read import read_bytes

TRIAL = ("Korvastat for hypertension: a randomized controlled trial\n\nMETHODS: In this randomized, double-blind, "
         "placebo-controlled trial, 120 adults with hypertension were randomly assigned to korvastat 20 mg (n = 60) or "
         "placebo (n = 60) once daily for 24 weeks.\n\n")


def study_of(body):
    studies = extract(read_bytes((TRIAL + body).encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]


def facts(body):
    study = study_of(body)
    return ([(m["measure"], m["group"].lower(), (m.get("time") or {}).get("value"), m["value"]) for m in study["measurements"]],
            [(e["measure"], e["group"].lower(), e["versus"].lower(), e["type"], e["value"], e["p"]) for e in study["effects"]])


def test_a_caption_of_changes_is_no_caption_of_the_measures_values():
    measurements, _ = facts("Table 2. Change from baseline in systolic blood pressure (mmHg)\n"
                            "Visit | Korvastat (n = 60) | Placebo (n = 60) | P value\n---|---|---|---|\n"
                            "Week 12 | −9.3 ± 3.1 | −1.2 ± 3.0 | <0.001\nWeek 24 | −8.6 ± 3.4 | −0.7 ± 3.2 | <0.001\n")
    assert not [m for m in measurements if m[3] in (-9.3, -8.6)]


def test_a_caption_of_shares_below_a_bound_is_no_caption_of_the_measures_values():
    measurements, _ = facts("Table 2. Patients reaching HbA1c below 7.0% at each visit\n"
                            "Visit | Korvastat (n = 60) | Placebo (n = 60) | P value\n---|---|---|---|\n"
                            "Week 12 | 21 (35.0) | 9 (15.0) | 0.01\nWeek 24 | 26 (43.3) | 11 (18.3) | 0.003\n")
    assert not [m for m in measurements if m[0] == "HbA1c"]


def test_counts_under_a_heading_of_changes_are_no_changes():
    _, effects = facts("Table 2. Efficacy.\nOutcome | Mean change from baseline (95% CI) | Mean difference (95% CI) | P value | |\n"
                       "---|---|---|---|---|\nKorvastat (n = 60) | Placebo (n = 60) | Korvastat vs placebo | ||\n"
                       "SBP, mmHg | −9.2 (−11.4 to −7.0) | −1.1 (−3.2 to 1.0) | −8.1 (−11.3 to −4.9) | <0.001 |\n"
                       "Patients analysed | 58 | 57 | – | – |\nResponders | 31 | 12 | – | – |\n")
    assert not [e for e in effects if e[3] == "mean_change" and e[4] in (58, 57, 31, 12)]


def test_an_arms_change_against_baseline_keeps_its_p():
    _, effects = facts("RESULTS: Systolic blood pressure decreased significantly at 12 weeks compared with baseline in the "
                       "korvastat group (p < 0.001).\n")
    assert ("systolic blood pressure", "korvastat", "baseline", "none", None, 0.001) in effects


@pytest.mark.parametrize("body, kept", [
    ("RESULTS: At week 24, the mean RR interval was 850 ± 90 ms in the korvastat group and 800 ± 85 ms in the placebo "
     "group (p = 0.02).\n", 850),
    ("RESULTS: Although the odds ratio for frailty was 2.10 (1.40–3.15), the median length of hospital stay was "
     "6 (4–9) days.\n", 6),
    ("RESULTS: 治疗24周后，korvastat组HR为(72.1±8.2)次/min，收缩压为(138.2±10.8)mmHg，均低于安慰剂组(P<0.05)。\n", 138.2),
])
def test_a_ratio_named_earlier_takes_no_later_mean(body, kept):
    measurements, _ = facts(body)
    assert kept in [m[3] for m in measurements]


def test_a_ratio_in_its_own_cell_takes_every_value_after_it():
    measurements, _ = facts("Table 2. Outcomes.\nOutcome | Korvastat | Placebo | Effect | Unadjusted | Adjusted |\n"
                            "---|---|---|---|---|---|\n90-d mRS score | NA | NA | Common odds ratio | 2.0 (1.1-3.7) | 2.2 (1.2-4.1) |\n")
    assert not [m for m in measurements if m[3] in (2.0, 2.2)]


def test_a_heart_rate_written_hr_is_no_hazard_ratio():
    _, effects = facts("RESULTS: At week 24, the mean HR of the korvastat group was 72.4 and that of the placebo group was "
                       "79.1 (p = 0.01).\n")
    assert not [e for e in effects if e[3] == "hazard_ratio"]


def test_a_word_in_brackets_is_no_abbreviation_and_stays_in_the_name():
    measurements, _ = facts("RESULTS: Headache Impact Score (Morning) values were lower in the korvastat group than in the "
                            "placebo group (6.1 ± 2.0 vs 8.3 ± 2.4, p = 0.01). Headache Impact Score (Evening) values were "
                            "also lower in the korvastat group than in the placebo group (5.2 ± 2.1 vs 7.0 ± 2.2, p = 0.02).\n")
    names = {m[0] for m in measurements if m[3] in (6.1, 5.2)}
    assert len(names) == 2, names


def test_locf_is_skipped_only_beside_its_own_sections_visit():
    measurements, _ = facts("Table 3. Outcomes at week 24.\n | Korvastat (n = 60) | Placebo (n = 60) | P value\n---|---|---|---|\n"
                            "Systolic blood pressure, mmHg |  |  | \nBaseline | 152.1 ± 10.2 | 151.8 ± 9.9 | 0.87\n"
                            "Week 24 | 138.2 ± 10.8 | 149.0 ± 10.1 | <0.001\nBody weight, kg |  |  | \n"
                            "Baseline | 86.0 ± 12.2 | 85.8 ± 11.9 | 0.91\nWeek 24 (LOCF) | 84.1 ± 12.0 | 85.6 ± 11.7 | 0.48\n")
    assert 84.1 in [m[3] for m in measurements]


def test_screening_beside_baseline_is_no_second_baseline():
    measurements, _ = facts("Table 3. Systolic blood pressure (mmHg) by visit\nVisit | Korvastat (n = 60) | Placebo (n = 60) | P value\n"
                            "---|---|---|---|\nScreening | 158.2 ± 11.0 | 157.9 ± 10.6 | 0.88\nBaseline | 152.1 ± 10.2 | 151.8 ± 9.9 | 0.87\n"
                            "Week 12 | 140.3 ± 11.0 | 149.9 ± 10.5 | <0.001\n")
    at_baseline = [m[3] for m in measurements if m[2] == 0]
    assert 158.2 not in at_baseline and 152.1 in at_baseline


def test_visits_over_statistics_are_no_arms():
    study = study_of("Table 2. Blood pressure.\nWeek 12 | Week 24 | ||||\n---|---|---|---|---|\n"
                     "Outcome | Mean ± SD | Change | Mean ± SD | Change |\n"
                     "Systolic blood pressure, mmHg | 140.3 ± 11.0 | −11.8 ± 6.2 | 138.2 ± 10.8 | −13.9 ± 7.7 |\n")
    assert not {"week 12", "week 24"} & {g["name"].lower() for g in study["groups"]}


def test_subgroup_rows_of_changes_keep_their_subgroup_and_undated_visits_are_not_read():
    _, effects = facts("Table 4.\nMean changes at 12 weeks | Mean changes at 24 weeks | |||||||\n---|---|---|---|---|---|---|---|---|\n"
                       "Korvastat | Placebo | Adjusted difference [95% CI] | P value | Korvastat | Placebo | Adjusted difference [95% CI] | P value | |\n"
                       "SBP | ||||||||\nMen | −9.1 | −1.0 | −8.1 [−13 to − 3.2] | .002 | −8.4 | −0.5 | −7.9 [−12 to − 3.3] | .001 |\n"
                       "Women | −6.0 | 0.4 | −6.4 [−9.9 to − 2.9] | .001 | −5.1 | 0.2 | −5.3 [−8.8 to − 1.8] | .004 |\n"
                       "Follow-up | −5.0 | 0.1 | −5.1 [−9.9 to − 0.3] | .04 | −4.0 | 0.0 | −4.0 [−8.0 to 0.0] | .05 |\n")
    changes = {(e[1], e[4]) for e in effects if e[3] == "mean_change"}
    assert ("korvastat, men", -9.1) in changes and ("korvastat, women", -6.0) in changes
    assert not [e for e in effects if e[0].startswith("Follow") or e[4] == -5.0]


def test_people_under_a_measures_heading_are_no_way_of_measuring_it():
    measurements, _ = facts("Table 3. Outcomes at week 24.\n | Korvastat (n = 60) | Placebo (n = 60) | P value\n---|---|---|---|\n"
                            "SBP |  |  | \nSmokers | 139.9 ± 9.9 | 148.0 ± 10.2 | 0.01\nNon-smokers | 134.0 ± 9.1 | 146.1 ± 9.8 | <0.001\n")
    assert not [m for m in measurements if "Smokers" in m[0] or "smokers" in m[0]]


# A late reading of the rules after it.

def arms_of(text):
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    return {g["name"].lower() for s in studies for g in s["groups"] if g["role"] == "arm"}


@pytest.mark.parametrize("text", [
    "Korvastat for diabetes: a randomized trial\n\nMETHODS: Before randomization, all patients were treated with metformin "
    "or a sulfonylurea. A total of 200 patients were then randomly assigned to the korvastat group or the placebo group.\n",
    "Korvastat for asthma: a randomized trial\n\nIn this randomized trial, patients were given korvastat (with or without "
    "food) twice daily for 8 weeks.\n",
    "Korvastat for migraine\n\nIn this open-label extension of a randomized trial, 90 patients were given korvastat 50 mg "
    "or 100 mg once daily.\n",
    "Korvastat for asthma\n\nIn this randomized trial, 120 children were treated with inhaled korvastat or oral montelukast "
    "at home or at school.\n",
])
def test_treatments_joined_by_or_that_are_no_arms(text):
    assert not arms_of(text) & {"metformin", "sulfonylurea", "without food", "daily", "at school", "drug k with"}
    assert len(arms_of(text)) <= 2


def test_changes_listed_by_arm_are_no_levels():
    measurements, _ = facts("RESULTS: The reductions in systolic blood pressure and diastolic blood pressure were 12.1 and "
                            "6.3 in the korvastat group, and 4.2 and 2.0 in the placebo group.\n")
    assert not [m for m in measurements if m[3] in (12.1, 6.3, 4.2, 2.0)]


def test_medians_listed_by_arm_stay_medians():
    study = study_of("RESULTS: The median progression-free survival and the median overall survival were 8.2 and 20.1 in "
                     "the korvastat group, and 5.1 and 14.3 in the placebo group.\n")
    assert {m["stat"] for m in study["measurements"] if m["value"] in (8.2, 20.1, 5.1, 14.3)} <= {"median"}


def test_a_trial_by_its_name_cited_on_an_explainer_is_no_study():
    text = ("Five habits for a healthier heart\n\nWalk every day. A landmark trial called SPRINT found that aiming for a "
            "systolic pressure below 120 lowered the risk of heart attack and stroke by 25%.\n")
    assert extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"] == []


def test_a_ratio_named_far_before_its_value_is_no_mean():
    measurements, _ = facts("RESULTS: For all-cause death, the HR in the korvastat group relative to the placebo group after "
                            "adjustment for age and sex was 0.78 (0.66 to 0.92).\n")
    assert 0.78 not in [m[3] for m in measurements]


def test_an_average_hazard_ratio_is_still_a_ratio():
    _, effects = facts("RESULTS: Across the five sites, the average hazard ratio for death was 0.78 (95% CI 0.66-0.92; "
                       "P = 0.003).\n")
    assert [e[3] for e in effects if e[4] == 0.78] == ["hazard_ratio"]


def test_arm_sizes_in_a_flattened_row_are_still_read():
    text = ("舒肝颗粒治疗功能性消化不良的临床疗效观察\n\n方法 将118例患者随机分为治疗组和对照组。结果 两组临床疗效比较："
            "治疗组 60 12 25 18 5 91.67%；对照组 58 8 18 20 12 79.31%。\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert {g["n"] for g in studies[0]["groups"] if g["role"] == "arm"} == {60, 58}


@pytest.mark.parametrize("lines, title", [
    (["A new cough study from Ann B. Lee, Tom C. Park, and colleagues finds korvastat halves coughing", "Text."],
     "A new cough study from Ann B. Lee, Tom C. Park, and colleagues finds korvastat halves coughing"),
    (["Randomized trial of 连花清瘟 Wei Zhang,1,2 Li Wang,1 and Hong Chen,2", "Abstract"], "Randomized trial of 连花清瘟"),
    (["T1 - weighted MRI changes after korvastat in multiple sclerosis: a randomized trial", "Text."],
     "T1 - weighted MRI changes after korvastat in multiple sclerosis: a randomized trial"),
    (["Our view on PubMed abstracts of cough trials: korvastat halves coughing", "Text."],
     "Our view on PubMed abstracts of cough trials: korvastat halves coughing"),
])
def test_headlines_the_new_furniture_rules_leave_whole(lines, title):
    from ingest.read.boilerplate import pick_title
    assert pick_title(lines) == title


def test_a_duration_that_is_the_outcome_is_still_read():
    measurements, _ = facts("RESULTS: In the korvastat group, the mean duration of remission was for about 14.5 weeks.\n")
    assert 14.5 in [m[3] for m in measurements]
