"""Wrong readings a second reader of session 33's changes found, each pinned: a trial named in
the background that lent its arms to a cohort's ratio; people compared within an arm relabelled
as the arms; levels reached after a verb of change read as changes; people lost to follow-up read
as weight lost; a ratio column whose header says its order flipped; a target trial emulation
named as other work making a trial a cohort; a difference read as an arm's level; real headlines
dropped as site notices. Made-up articles; the numbers are invented."""
import pytest

from ingest.extract import extract
from ingest.read import read_bytes
from ingest.read.boilerplate import pick_title


def study(text: str) -> dict:
    (s,) = extract(read_bytes((text + "\n").encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def effects(s: dict) -> set:
    return {(e["measure"], e["group"], e["versus"], e["type"], e["value"]) for e in s["effects"]}


def test_a_trial_named_in_the_background_lends_no_arms_to_a_cohorts_ratio():
    s = study("Statin users less likely to develop dementia, records suggest\n\n"
              "A 2019 study in which 2,400 adults received atorvastatin or placebo found lower cholesterol. In the new "
              "analysis of health records from 90,000 patients, atorvastatin users had a lower risk of dementia than "
              "non-users (HR 0.71, 95% CI 0.60-0.84).")
    assert ("dementia", "atorvastatin users", "non-users", "hazard_ratio", 0.71) in effects(s)
    assert not [e for e in s["effects"] if e["versus"] == "placebo"]


@pytest.mark.parametrize("sentence, group, versus", [
    ("Among those on drug Q, patients older than 75 had more bleeding than younger patients (HR 1.7, 95% CI 1.2-2.4).",
     "patients older than", "younger patients"),
    ("Adherent drug Q users had a lower risk of death than non-adherent users (HR 0.72, 95% CI 0.56-0.91).",
     "Adherent drug Q users", "non-adherent users"),
])
def test_people_compared_within_a_trial_are_not_relabelled_as_its_arms(sentence, group, versus):
    s = study("Drug Q trial\n\nIn a randomised trial, 2,000 adults received drug Q or placebo. " + sentence)
    assert [(e["group"], e["versus"]) for e in s["effects"] if e["type"] == "hazard_ratio"] == [(group, versus)]


def test_levels_reached_after_a_verb_of_change_stay_levels():
    s = study("Weekly insulin\n\nIn a randomized trial, 600 adults received insulin icodec or placebo. HbA1c fell by "
              "1.4 points overall, reaching 6.9% with insulin icodec and 7.8% with placebo at 26 weeks.")
    assert {(m["group"], m["value"]) for m in s["measurements"]} == {("insulin icodec", 6.9), ("placebo", 7.8)}
    assert not [e for e in s["effects"] if e["value"] in (-6.9, -7.8)]


def test_a_time_after_by_is_no_amount_of_change():
    s = study("Clear skin\n\nIn a randomized trial, 300 adults received dupilumab or placebo. The proportion with clear "
              "skin rose by 16 weeks to 37% with dupilumab and 11% with placebo.")
    assert not [e for e in s["effects"] if e["value"] == 16]
    assert {(m["group"], m["value"]) for m in s["measurements"]} == {("dupilumab", 37), ("placebo", 11)}


def test_people_lost_to_follow_up_are_no_weight_lost():
    s = study("Weight-loss pill\n\nIn a randomized trial, 400 adults received orforglipron or placebo. At 72 weeks, weight "
              "was missing for 13 participants: the study lost 5 in the orforglipron group and 8 in the placebo group.")
    assert not [e for e in s["effects"] if e["type"] == "mean_change"]


def test_a_ratio_column_that_says_its_order_keeps_it():
    s = study("Vitamin Z prophylaxis in children: a randomised placebo-controlled trial\n\nTable 3.\nSecondary outcomes\n"
              "| Placebo (n=600) | Vitamin Z (n=604) | Rate ratio, placebo vs vitamin Z (95% CI) | |\n|---|---|---|---|\n"
              "| Hospital admissions | 182 | 211 | 1·15 (0·94–1·40) |\n| All pneumonia | 350 | 395 | 1·13 (0·98–1·31) |\n")
    assert {(e["group"], e["versus"], e["value"]) for e in s["effects"]} == {("placebo", "Vitamin Z", 1.15),
                                                                             ("placebo", "Vitamin Z", 1.13)}


def test_a_target_trial_emulation_named_as_other_work_leaves_a_trial_a_trial():
    s = study("Drug K halves heart attacks in trial\n\nThe study gave 600 patients drug K and 600 patients a placebo pill "
              "for two years. Heart attacks fell by half with drug K (HR 0.52, 95% CI 0.38-0.71), confirming a target "
              "trial emulation published last year.")
    assert s["design"] == "rct"


@pytest.mark.parametrize("sentence", [
    "Mean pain at 24 hours was 3.1 in the drug K group; the placebo group was 1.2 points higher (P=0.02).",
    "Remission at week 8 was 40% in the drug K group, and the placebo group was 35% less likely to remit.",
])
def test_a_difference_said_of_an_arm_is_no_level_of_it(sentence):
    s = study("Drug K trial\n\nIn a randomised trial, 300 patients were assigned to drug K or placebo. " + sentence)
    assert not [m for m in s["measurements"] if m["group"] == "placebo"]


def test_an_arm_said_by_who_received_it_is_no_part_of_the_measures_name():
    s = study("Stroke drug\n\nIn a randomised trial, 1,000 patients were assigned to tenecteplase or alteplase. Excellent "
              "recovery among the patients who received tenecteplase was 15.1%, and among those who received alteplase "
              "was 13.6%.")
    assert {(m["measure"], m["group"], m["value"]) for m in s["measurements"]} == {
        ("Excellent recovery", "tenecteplase", 15.1), ("Excellent recovery", "alteplase", 13.6)}


@pytest.mark.parametrize("headline", [
    "Cookies on the menu: sugary snacks in school canteens tied to childhood obesity",
    "ATS 2024 session: expiratory muscle training improves cough strength in ALS",
    "What are you looking for in a sleep aid? Trial compares two insomnia drugs",
])
def test_real_headlines_that_name_a_sites_words_are_kept(headline):
    assert pick_title([headline, "Researchers followed 2,000 children for three years and reported the results."]) == headline


# A second reading of the session's later changes (relative differences, arm names, safety)

def test_an_arms_event_rate_after_a_risk_cut_is_no_relative_change():
    s = study("Colchicine after heart attack\n\nA total of 4,700 patients were randomly assigned to colchicine or placebo. "
              "Colchicine reduced the risk of cardiovascular events by 22% compared with placebo, with 5.3% of the "
              "colchicine group and 6.9% of the placebo group having an event.")
    assert not [e for e in s["effects"] if e["value"] in (-5.3, -6.9)]


def test_each_arms_change_in_a_second_clause_after_a_risk_cut_is_no_difference_against_placebo():
    s = study("Drug K doses\n\nIn a randomised trial, 900 adults were randomly assigned to drug K 3 mg, drug K 12 mg or "
              "placebo. Drug K reduced the risk of diabetes by 58%, and body weight fell by 4.2% with 3 mg and 5.6% with 12 mg.")
    assert not [e for e in s["effects"] if e["versus"] == "placebo" and e["value"] in (-4.2, -5.6)]


@pytest.mark.parametrize("sentence", [
    "Treatment costs were 15% lower with drug K than with usual care, and hospital stays were 2 days shorter.",
    "Depression scores were 20% lower with drug K than with usual care.",
    "Among women, strokes were 20% less common with drug K than with usual care.",
])
def test_no_events_relative_difference_of_a_level_another_clause_or_a_subgroup(sentence):
    s = study("Drug K trial\n\nIn a randomised trial, 600 patients were randomly assigned to drug K or usual care. " + sentence)
    assert not [e for e in s["effects"] if e["type"] == "effect_size"]


def test_the_most_common_events_rates_are_no_rate_of_any_event():
    s = study("Drug K safety\n\nSome 400 patients were randomized to drug K (n=200) or placebo (n=200). The most common "
              "adverse events were nausea (11% vs 4%) and headache (6% vs 5%).")
    assert not [a for a in s["adverse_events"] if a["event"] == "any adverse event"]


def test_chinese_arms_named_by_a_dose_per_kilogram_and_no_arm_as_a_treatment():
    s = study("不同剂量药物治疗抑郁症\n\n将90例患者随机分为0.5 mg/kg组(30例)、0.2 mg/kg组(30例)和生理盐水组(30例)。治疗后24小时,"
              "0.5 mg/kg组的有效率为61.3%,0.2 mg/kg组为41.0%,生理盐水组为15.7%。")
    assert {(m["group"], m["value"]) for m in s["measurements"]} >= {("0.5 mg/kg组", 61.3), ("0.2 mg/kg组", 41.0)}
    assert not [i for i in s["interventions"] if i["name"].endswith("组")]
