"""Relative changes as news writes them: "had a 41% relative risk reduction for hip fracture
… compared to placebo", "the number who suffered a hip fracture dropped 51%", "the mortality
rate was 29 percent less than … a placebo"; arms told as halves ("Half were given a placebo and
half were given drug K"). Each a signed effect of the treatment against its comparator. Each
article is written for this test."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def relative(s) -> list:
    return sorted((e["measure"], e["group"], e["versus"], e["value"]) for e in s["effects"] if e["type"] == "effect_size")


def test_halves_given_each_treatment_are_the_arms_and_a_number_that_dropped_is_a_relative_change():
    s = study("Drug K study finds fewer fractures\nResearchers studied 2,000 women with osteoporosis. Half were given "
              "a placebo and half were given zelvorin. Among those who received the drug, the number who suffered a hip "
              "fracture dropped 45% while the number who suffered a spinal fracture dropped 38%.")
    assert {g["name"] for g in s["groups"] if g["role"] == "arm"} == {"placebo", "zelvorin"}
    assert relative(s) == [("hip fracture", "zelvorin", "placebo", -45), ("spinal fracture", "zelvorin", "placebo", -38)]


def test_a_relative_risk_reduction_of_those_who_took_a_drug_compared_to_placebo():
    s = study("Drug K for osteoporosis: a review\nIn the pivotal fracture trial, involving 7,000 postmenopausal women, "
              "women taking drug K had a 36% relative risk reduction for hip fracture, at 3 years, compared to placebo.")
    assert relative(s) == [("hip fracture", "drug k", "placebo", -36)]


@pytest.mark.parametrize("sentence, value", [
    ("The mortality rate was 22 percent less than when patients were randomly assigned a placebo.", -22),
    ("The mortality rate was 22 percent higher than with placebo.", 22),
])
def test_a_rate_so_much_less_than_with_the_comparator(sentence, value):
    s = study("Drug K in breast cancer: trial news\nIn the trial, 670 women were randomly assigned to drug K or "
              "placebo. " + sentence)
    assert relative(s) == [("mortality", "drug k", "placebo", value)]


def test_a_rate_less_than_something_that_is_no_arm_gives_no_sides():
    s = study("Drug K in breast cancer: trial news\nIn the trial, 670 women were randomly assigned to drug K or "
              "placebo. The mortality rate was 22 percent less than expected.")
    assert relative(s) == []


def test_a_relative_change_and_its_p_are_one_result():
    s = study("Drug K results in COPD\n\nIn one study, ALPHA-1, patients treated with drug Q had a 21% reduction in the "
              "frequency of exacerbations compared to placebo (p=0.02).\n")
    assert [(e["group"], e["versus"], e["type"], e["value"], e["p"]) for e in s["effects"]] == \
        [("drug q", "placebo", "effect_size", -21, 0.02)]


def test_a_relative_change_with_its_interval_and_p_in_one_bracket_is_one_result():
    # (the bracket's semicolon parts nothing: the p is this change's, not a change within an arm's;
    # the interval of the change is signed as the change is)
    s = study("Drug K for infant RSV\n\nIn a randomized trial, 8,000 infants were assigned to drug K or placebo. "
              "Drug K reduced deaths by 41.9% (95% CI = 23.1%-56.3%; P<.0001).\n")
    assert [(e["group"], e["versus"], e["type"], e["value"], e["ci"], e["p"]) for e in s["effects"]] == \
        [("drug k", "placebo", "effect_size", -41.9, [-56.3, -23.1], 0.0001)]


@pytest.mark.parametrize("sentence, measure, value", [
    ("The risk of stroke was 18% lower with drug K than with placebo.", "stroke", -18),
    ("Strokes were 18% less common in the drug K group than in the placebo group.", "stroke", -18),
    ("Mortality was 9% higher with drug K than with placebo.", "mortality", 9),
])
def test_an_events_relative_difference_between_the_arms_after_their_prepositions(sentence, measure, value):
    s = study("Drug K trial\n\nIn a randomised trial, 2,000 patients were randomly assigned to drug K or placebo. "
                 + sentence + "\n")
    assert [(e["measure"], e["group"], e["versus"], e["type"], e["value"]) for e in s["effects"]] == [
        (measure, "drug k", "placebo", "effect_size", value)]


def test_a_levels_relative_difference_between_the_arms_is_no_events():
    s = study("Drug K trial\n\nIn a randomised trial, 2,000 patients were randomly assigned to drug K or placebo. "
                 "Blood pressure was 5% lower with drug K than with placebo.\n")
    assert not s["effects"]


@pytest.mark.parametrize("sentence", [
    "At one year, intensive doses produced a \"highly significant\" additional reduction of 18 percent in cases of stroke "
    "compared with standard doses.",
    "Intensive doses produced a reduction of 18% in the risk of stroke compared with standard doses.",
])
def test_a_reduction_of_a_share_in_an_event_is_a_relative_change(sentence):
    s = study("Statin doses reviewed\nA review of six trials with 30,000 patients compared intensive doses with standard "
              "doses. " + sentence)
    assert ("stroke", "intensive doses", "standard doses", -18) in [(m, g.lower(), v, x) for m, g, v, x in relative(s)], s["effects"]


def test_a_reduction_of_a_share_in_a_level_is_no_relative_change():
    s = study("Drug K trial\nIn a randomised trial, 400 adults received drug K or placebo. Drug K produced a reduction of "
              "9% in LDL cholesterol compared with placebo.")
    assert not [e for e in s["effects"] if e["type"] == "effect_size"], s["effects"]


def test_who_reported_it_is_no_part_of_the_side():
    s = study("Drug K results\nThe drugmaker said a phase 3 trial of drug K met its goal. The company said its combination "
              "therapy reduced the risk of disease progression or death by 40% compared with standard treatment.")
    assert ("disease progression or death", "combination therapy", "standard treatment", -40) in relative(s), s["effects"]


def test_per_cent_in_two_words_the_rest_given_the_comparator_and_they_who_go_on():
    s = study("Pills cut heart deaths in men, long study finds\nThe trial followed 4,200 men aged 50 to 70 in good health. "
              "Half were given a mild type of zelvorin to take daily for ten years and the remainder were given a placebo. "
              "Those men who took zelvorin were 31 per cent less likely to have died from a stroke within that time. "
              "They also had a 19 per cent lower risk of suffering a heart attack over that period.")
    assert {g["name"] for g in s["groups"] if g["role"] == "arm"} == {"placebo", "zelvorin"}
    found = {(e["group"], e["versus"], e["value"]) for e in s["effects"] if e["type"] == "effect_size"}
    assert found == {("zelvorin", "placebo", -31), ("zelvorin", "placebo", -19)}, s["effects"]
    assert any(e["measure"] == "myocardial infarction" for e in s["effects"]), s["effects"]


def test_they_who_follow_a_sentence_of_the_comparator_take_no_effect():
    s = study("The trial followed 4,200 men. Half were given zelvorin and the remainder were given a placebo. "
              "Men on placebo were followed for ten years. They also had a 19 per cent lower risk of a heart attack.")
    assert not [e for e in s["effects"] if e["value"] == -19], s["effects"]
