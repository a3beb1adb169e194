"""English outcomes listed once, then their values and "respectively" ("the CBR and ORR were 76%
and 14%, respectively"), with a head or an opening the items share, and ratios listed so that
are no outcome's mean. Sentences written for this test."""
import pytest

from ingest.extract import extract
from ingest.read import read_bytes

SINGLE_ARM = "A single-arm phase 2 trial of drug K\n\nIn this single-arm phase 2 trial, 58 patients received drug K. "
COHORT = "Air pollution and death\n\nIn a cohort study of 5,000 adults followed for 10 years, "


def study(text: str) -> dict:
    (s,) = extract(read_bytes((text + "\n").encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def measurements(text: str) -> set:
    return {(m["measure"], m["group"], m["stat"], m["value"]) for m in study(text)["measurements"]}


@pytest.mark.parametrize("body, expected", [
    # abbreviations after an opening word and "the", each value with its interval
    ("Overall, the CBR and ORR were 76% (95% CI, 63%–86%) and 14% (95% CI, 6%–25%), respectively.",
     {("clinical benefit rate", "all", "percent", 76), ("objective response rate", "all", "percent", 14)}),
    # a head the last item carries for all
    ("Cumulative incidences of neutrophil and platelet recovery were 81% and 75%, respectively.",
     {("neutrophil recovery", "all", "percent", 81), ("platelet recovery", "all", "percent", 75)}),
    # an opening the first item carries for all, and a serial comma between the values
    ("The rate of symptom disappearance in fever, fatigue and cough was 47.5%, 35.1%, and 20.0%, respectively.",
     {("rate of symptom disappearance in fever", "all", "percent", 47.5),
      ("rate of symptom disappearance in fatigue", "all", "percent", 35.1),
      ("rate of symptom disappearance in cough", "all", "percent", 20.0)}),
])
def test_outcomes_listed_then_their_values_respectively(body, expected):
    assert measurements(SINGLE_ARM + body) == expected


@pytest.mark.parametrize("body", [
    # no "respectively": which value is whose, the sentence does not say
    "Overall, the CBR and ORR were 76% and 14%.",
    # values lower than a reference: differences, no levels of the whole cohort
    "Rates of response and remission were 46.2% and 11.8% lower, respectively, in men.",
])
def test_no_list_is_read_without_respectively_or_for_differences(body):
    assert not {v for _, _, _, v in measurements(SINGLE_ARM + body)} & {76, 14, 46.2, 11.8}


def test_ratios_listed_for_outcomes_are_no_means():
    s = study(COHORT + "the hazard ratios for death and stroke were 1.06 (1.01–1.11) and 1.34 (1.21–1.48), respectively.")
    assert not [m for m in s["measurements"] if m["value"] in (1.06, 1.34)]


@pytest.mark.parametrize("body", [
    "Patients and caregivers were 58 and 40, respectively.",           # people, bare numbers
    "Males and females were 60% and 40%, respectively.",               # who took part
    "The mean age and BMI were 54 and 27.1, respectively.",            # their traits
    "Changes in weight and waist were -3.1 and -2.4, respectively.",  # changes, no levels
    "The response rates in men and women were 60% and 45%, respectively.",  # subgroups
    "Remission rates in year one and year two were 40% and 35%, respectively.",  # times
    "The relative risks of death and stroke were 1.06 and 1.34, respectively.",  # ratios
    "Grade 3 neutropenia and anemia were 12% and 8%, respectively.",   # harms: the adverse events' reader's
])
def test_lists_of_people_traits_changes_subgroups_times_ratios_or_harms_give_no_outcome_levels(body):
    listed = {m for m, _, _, _ in measurements(SINGLE_ARM + body)}
    assert not listed & {"Patients", "caregivers", "Males", "females", "mean age", "Changes in weight",
                         "response rates in men", "Remission rates in year one", "relative risks of death",
                         "neutropenia", "anemia"}
