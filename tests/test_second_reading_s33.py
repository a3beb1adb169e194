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
