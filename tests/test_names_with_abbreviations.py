"""An outcome named with its abbreviation in brackets ("Chest computed tomographic (CT)
improvements were …"), and p-values that compare no arms: two times of the same people
("greater during week 2 when compared to week 6"), or a test across every visit ("changed
over time (F = …)").

The sentences here are written for these tests (no text from ../shared).
"""
from ingest.extract import extract, phrases
from ingest.read import read_bytes

TRIAL = "In this randomized trial, 240 adults were assigned to a herbal group or a control group. "


def study_of(text):
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]


def test_a_name_keeps_its_words_and_drops_its_abbreviation():
    study = study_of(TRIAL + "Lung ultrasound (LUS) improvements were greater in the herbal group "
                             "(71.5 percent vs. 52.3 percent in controls).")
    values = {(m["measure"], m["group"]): m["value"] for m in study["measurements"]}
    assert values == {("Lung ultrasound improvements", "herbal"): 71.5, ("Lung ultrasound improvements", "control"): 52.3}


def test_a_statistics_bracket_is_no_abbreviation():
    assert phrases.ABBREVIATION_IN_NAME.search("mean (SD) age") is None
    assert phrases.ABBREVIATION_IN_NAME.search("forced vital capacity (FVC)") is not None
    assert phrases.ABBREVIATION_IN_NAME.search("the result (p)") is None  # (no capital: no abbreviation)


def test_two_times_compared_are_no_arms_compared():
    study = study_of(TRIAL + "Daily step count was greater during treatment week 3 when compared to treatment week 8 "
                             "(p = 0.021).")
    assert not [e for e in study["effects"] if e["p"] == 0.021 and e.get("versus") not in (None, "baseline")]


def test_a_test_across_every_visit_is_no_change_from_baseline():
    study = study_of(TRIAL + "Daily step count changed over time (F = 5.10, p = 0.004).")
    assert not [e for e in study["effects"] if e["p"] == 0.004]
