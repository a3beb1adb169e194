"""The sides of a trial's ratio where no sentence lists its arms: a congress recap says "finerenone
was associated with a 16% relative reduction … compared with placebo therapy (RR, 0.84 …)". The
ratio is the treatment's against the comparator: never the comparator against its own baseline,
nor the treatment against an unnamed reference category, as a cohort's exposure would be.

Every article here is written for this test (no text from ../shared).
"""

from ingest.extract import extract
from ingest.extract.contrasts import contrast, side
from ingest.read import read_bytes

RECAP = ("Congress highlights: the FINE-HF trial\n\n"
         "The FINE-HF trial showed that finerenone, a new antagonist, reduces events in heart failure. "
         "Specifically, finerenone was associated with a statistically significant 16% relative reduction in the "
         "rate of cardiovascular death and total heart failure events compared with placebo therapy (RR, 0.84; "
         "95% CI, 0.74 to 0.95; P = 0.007). A breakdown of the components suggested use of finerenone was "
         "associated with an 18% relative reduction in heart failure hospitalization (RR, 0.82; 95% CI, 0.71 to "
         "0.94; P = .006).\n")


def sides(text: str) -> dict:
    (study,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return {e["value"]: (e["group"], e["versus"]) for e in study["effects"] if e["value"] is not None}


def test_a_treatment_associated_with_a_reduction_against_placebo_is_the_trials_ratio():
    got = sides(RECAP)
    assert got[0.84] == ("finerenone", "placebo")
    assert got[0.82] == ("finerenone", "placebo")


def test_the_subject_after_an_opening_word_and_a_finding_without_that():
    assert contrast("Specifically, finerenone was associated with a lower rate compared with placebo therapy (") \
        .group == "finerenone"
    assert contrast("The analysis suggested use of finerenone was associated with a lower rate (").group == "finerenone"
    assert side("use of finerenone") == "finerenone"


def test_a_risk_for_an_outcome_is_as_a_risk_of_it():
    # ("Poor self-perceived health increased the risk for incident dementia (OR = 3.9, 95% CI = 2.2-6.9)":
    # the exposure against its reference, on the outcome after "for")
    text = ("Risk factors for dementia: a nested case-control study\n\nMethods: We studied 4075 older adults in a "
            "cohort. Results: Poor self-perceived health increased the risk for incident dementia (OR = 3.9, 95% CI = "
            "2.2-6.9).\n")
    (study,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert [(e["measure"], e["group"], e["value"], e["ci"]) for e in study["effects"]] == \
        [("incident dementia", "Poor self-perceived health", 3.9, [2.2, 6.9])]


def test_an_exposure_related_to_an_outcome_is_its_side():
    # ("Stroke was strongly related to incident dementia (OR = 2.1 …)": stroke against no stroke, as
    # with "associated with"; the ratio of the outcome named right before its bracket)
    text = ("Risk factors for dementia: a nested case-control study\n\nMethods: We studied 4075 older adults in a "
            "cohort. Results: Stroke was strongly related to incident dementia (OR = 2.1, 95% CI = 1.1-4.2).\n")
    (study,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert [(e["measure"], e["group"], e["versus"], e["value"]) for e in study["effects"]] == \
        [("incident dementia", "stroke", "no stroke", 2.1)]


def test_a_ratio_with_its_p_is_of_the_outcome_right_before_its_bracket():
    text = ("Risk factors for dementia: a nested case-control study\n\nMethods: We studied 4075 older adults in a "
            "cohort. Results: Stroke was common, and exposure to general anaesthesia was inversely associated with "
            "dementia development (OR = 0.6, 95% CI = 0.4-0.9; P = 0.003).\n")
    (study,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert [e["measure"] for e in study["effects"] if e["value"] == 0.6] == ["dementia development"]
