"""What a second reading of session 46's change found, each fault as a test: tables whose
first header cell names the labels' column, ratio rows of adjusted models and of subgroups,
event counts that are no shares, sentences that open on the arm they compare with (pairs of
levels, an arm's own value, ratios), "fewer" said against the other arm or as a total, time
rows that open on a digit, percent changes of measures in capitals.

Every article here is written for this test, in its own words and numbers.
"""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def studies_of(text: str) -> list:
    return extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]


def measurements(text: str) -> set:
    return {(m["measure"], m["group"], m["value"]) for s in studies_of(text) for m in s["measurements"]}


def effects(text: str) -> set:
    return {(e["measure"], e["group"], e["versus"], e["type"], e["value"]) for s in studies_of(text) for e in s["effects"]}


TRIAL = "In a randomised trial, 400 adults received drug K or placebo. "


def test_a_header_whose_first_cell_names_the_labels_keeps_each_value_with_its_arm():
    text = ("Table 2. Pain scores\nScale | Drug K (n = 50) | Placebo (n = 48)\n---|---|---\nWOMAC pain | 6.1 (1.2) | 6.0 (1.1)\n"
            "WOMAC stiffness | 3.1 (0.9) | 3.3 (1.0)\nWOMAC function | 20.1 (5.2) | 21.0 (5.0)\nVAS pain | 4.2 (1.0) | 5.3 (1.2) | 0.01\n"
            "NRS pain | 3.2 (1.0) | 4.3 (1.2) | 0.02\n\nData are mean (SD).\n")
    found = measurements(text)
    assert {("WOMAC pain", "Drug K", 6.1), ("WOMAC pain", "placebo", 6.0)} <= found, found
    assert not [x for x in found if x[1].lower() == "scale"], found


def test_ratio_rows_of_adjusted_models_and_subgroups_keep_the_outcome_above_them():
    text = ("Table 2.\n\nHazard ratios by smoking history\n\nNever (n = 400) Former (n = 300) Current (n = 200)\n"
            "Myocardial infarction\nUnadjusted HR 1 1.9 (1.1–3.2) 2.4 (1.5–3.9)\nModel 2 HR 1 1.6 (1.0–2.8) 2.1 (1.3–3.5)\n"
            "Stroke\nCrude OR 1 2.0 (1.2–3.3) 2.6 (1.6–4.1)\nMen HR 1 1.5 (1.0–2.2) 1.9 (1.2–3.0)\n")
    found = effects(text)
    assert {x[0] for x in found} == {"Myocardial infarction", "Stroke"}, found
    assert not [x for x in found if x[4] in (1.5, 1.9) and x[0] == "Stroke" and x[3] == "hazard_ratio"], found


def test_event_counts_whose_brackets_are_no_shares_are_no_means():
    text = ("Table 2.\n\nEvents by group\n\nReference group (n = 1000) AF group (n = 300)\n"
            "Fatal and nonfatal MI HR 1 1.7 (0.9–3.1)\nNo. of events 25 (9.3) 30 (21.0)\n"
            "Stroke HR 1 1.4 (1.0–2.0)\nNo. of events 50 (5.0) 30 (10.0)\n")
    found = measurements(text)
    assert ("Stroke", "Reference", 5.0) in found, found
    assert not [x for x in found if x[2] in (25, 9.3)], found


@pytest.mark.parametrize("sentence, expected, never", [
    ("Compared with placebo, the response rate was higher with drug K (45% (95% CI 40–50) vs 30% (95% CI 25–35), P < 0.001).",
     {("response rate", "drug k", 45), ("response rate", "placebo", 30)}, {("response rate", "placebo", 45)}),
    ("Compared with placebo, body weight fell further in the drug K group (−5.0 (95% CI −6.0, −4.0) kg) than in the placebo "
     "group (−1.0 (95% CI −1.8, −0.2) kg).", {("body weight", "drug k", -5.0)}, set()),
])
def test_a_sentence_opening_on_the_comparator_keeps_levels_with_their_arms(sentence, expected, never):
    found = measurements(TRIAL + sentence)
    assert expected <= found, found
    assert not (never & found), found
    assert not [e for e in effects(TRIAL + sentence) if e[3] == "mean_difference" and e[4] in (45, -5.0)]


@pytest.mark.parametrize("sentence", [
    "Compared with placebo, the hazard ratios for death (0.80 (95% CI 0.70, 0.91)) and hospitalization (0.75 (95% CI 0.65, "
    "0.86)) favored drug K.",
    "Relative to the control group, women (−2.0 (95% CI −3.0, −1.0) kg) and men (−1.1 (95% CI −2.0, −0.2) kg) lost weight "
    "in the exercise group.",
])
def test_ratios_and_people_are_no_differences_against_the_opening_arm(sentence):
    assert not [e for e in effects(TRIAL + sentence) if e[3] == "mean_difference"], effects(TRIAL + sentence)


@pytest.mark.parametrize("sentence", [
    "Those on drug K had 4 fewer migraine days than those on placebo, who had 1 fewer.",
    "Patients in the drug K group had 12 more deaths, and those on placebo had 30 more hospital admissions.",
    "Patients taking drug K had 5 fewer visits to the emergency room.",
])
def test_fewer_against_the_other_arm_or_as_a_total_is_no_change(sentence):
    assert not [e for e in effects(TRIAL + sentence) if e[3] == "mean_change"], effects(TRIAL + sentence)


def test_time_rows_that_open_on_a_digit_are_no_measures():
    text = ("Table 3. Body weight\n\nVariables Drug K group (n = 40) Placebo group (n = 40) P\nBody weight, kg\n"
            "0mo 92.1 ± 8.0 91.8 ± 7.9 0.80\n1yr 88.2 ± 7.1 91.0 ± 7.7 0.04\n2yrs 87.5 ± 7.3 90.9 ± 7.5 0.03\n")
    assert not [x for x in measurements(text) if x[0][:1].isdigit()], measurements(text)


def test_a_percent_change_keeps_its_measures_capitals():
    text = ("Table 3. Outcomes at 12 weeks.\nHerb K Group | Placebo Group | p value | |\n---|---|---|---|\n(n = 31) | (n = 30) | ||\n"
            "median (min, max) | median (min, max) | ||\nHbA1c (%) | |||\nAt week 12 | 7.1 (6.0, 9.0) | 8.0 (7.0, 9.9) | |\n"
            "Relative change (%) | -9.0 (-30.0, 10.0) | 1.0 (-20.0, 8.0) | 0.01 |\n")
    assert "percent change in HbA1c" in {x[0] for x in measurements(text)}, measurements(text)


def test_the_arms_listed_with_their_people_stay_the_arms():
    text = "将120例患者随机分为观察组和对照组，各60例。观察组和对照组患者的总有效率分别为95.0%和80.0%。"
    found = measurements(text)
    assert ("total effective rate", "control", 80.0) in found, found
    assert not [g for s in studies_of(text) for g in s["groups"] if g["name"] == "对照组"]


def test_values_with_their_arms_inside_the_bracket_are_the_arms_own():
    text = TRIAL + ("Compared with placebo, waist circumference (−6.1 (95% CI −7.0, −5.2) cm in the drug K group and −1.5 "
                    "(95% CI −2.0, −1.0) cm in the placebo group) improved.")
    assert not [e for e in effects(text) if e[3] == "mean_difference"], effects(text)


def test_an_age_heading_over_age_bands_is_a_trait_not_an_outcome():
    text = ("Table 2. Response by subgroup\nSubgroup | Drug K (n = 50) | Placebo (n = 50) | P\n---|---|---|---\nAge |||\n"
            "Younger than 65 years | 20 (40.0) | 10 (20.0) | 0.03\n65 years or older | 12 (48.0) | 5 (20.0) | 0.04\n")
    assert not [x for x in measurements(text) if x[0] == "Age"], measurements(text)


@pytest.mark.parametrize("sentence, weeks", [
    ("After 12 weeks each group was assessed, and HbA1c was 7.1% with drug K and 7.8% with placebo.", 12),
    ("Participants walked five days/week. At 12 weeks, HbA1c was 7.1% with drug K and 7.8% with placebo.", 12),
])
def test_how_often_is_no_time_but_a_time_before_each_or_per_still_is(sentence, weeks):
    studies = studies_of(TRIAL + sentence)
    times = {(m["time"] or {}).get("value") for s in studies for m in s["measurements"] if m["measure"] == "HbA1c"}
    assert times == {weeks}, studies


def test_a_time_that_opens_the_outcomes_name_is_its_time():
    found = {(m["group"], (m["time"] or {}).get("value"), m["value"]) for s in studies_of(
        "一项队列研究随访了2000名患者。随访2年时，肺癌、肝癌患者5年总生存率分别达到40%和30%。") for m in s["measurements"]}
    assert {("肺癌", 5, 40), ("肝癌", 5, 30)} <= found, found


def test_a_group_named_by_a_clause_keeps_the_clause():
    found = measurements("一项队列研究随访了2000名老人。未接种过流感疫苗的老人和接种者中，住院率分别为12%和3%。")
    assert not [x for x in found if x[1] == "老人"], found


def test_two_arms_the_vocabulary_would_call_alike_keep_their_own_names():
    study = studies_of("将200名患者随机分为两组，一组接受手术治疗，另一组接受药物治疗。结果显示，复发率相近。")[0]
    assert {g["name"] for g in study["groups"] if g["role"] == "arm"} == {"手术治疗", "药物治疗"}, study["groups"]


def test_what_a_dose_was_adjusted_for_does_not_swallow_the_outcome():
    from ingest.extract.phrases import measure_phrase
    assert measure_phrase("the dose was adjusted for renal function and the rate of major bleeding was lower ") == "major bleeding"


def test_a_subgroups_trait_is_not_the_whole_cohorts():
    text = ("In a cohort of 12,000 adults followed for 8 years. In women, those with AF were 40% less likely to be treated "
            "with statins, and the rate of MI was higher (HR 1.50, 95% CI 1.10-2.05).")
    assert not [e for e in effects(text) if e[1] == "AF" and e[2] == "no AF"], effects(text)


def test_durations_listed_after_a_time_point_with_commas_stay_values():
    text = TRIAL + "Length of stay at 30 days, 6.5 days and 8.1 days in the drug K and placebo groups, respectively, differed."
    times = {(m["time"] or {}).get("value") for s in studies_of(text) for m in s["measurements"]}
    assert 6.5 not in times, studies_of(text)
