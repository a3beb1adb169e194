"""A mean difference labelled as such with its interval not reported: "(mean difference (MD): -1.40,
95% CI: not reported)", "(MD for early satiety: -1.11, 95% CI: not reported)" are effects of the
treatment against the comparator, the second of the outcome it names; a bare "difference of 3" is
still none. And an illness before "as compared to placebo" in a headline is no arm.

Every article here is written for this test, in its own words.
"""

from ingest.extract import extract
from ingest.read import read_bytes

HEAD = ("Is herbal granule K effective in treating chronic indigestion of cold-type stomach syndrome, as compared to placebo?\n"
        "Design\nRandomized controlled trial of 140 patients.\nMain Results\n")


def study_of(text: str) -> dict:
    (study,) = extract(read_bytes(text.encode(), path="synopsis.txt")).to_json()["studies"]
    return study


def test_labelled_differences_without_their_intervals():
    study = study_of(HEAD + "Compared to placebo, granule K reduced the scores of TDS (mean difference (MD): -1.20, 95% CI: not reported) "
                            "and SDS (MD for early satiety: -0.90, 95% CI: not reported).")
    found = {(e["measure"], e["type"], e["value"], e["versus"]) for e in study["effects"]}
    assert ("TDS", "mean_difference", -1.2, "placebo") in found, found
    assert ("early satiety", "mean_difference", -0.9, "placebo") in found, found


def test_an_illness_before_as_compared_to_placebo_is_no_arm():
    study = study_of(HEAD + "Compared to placebo, granule K reduced the scores of TDS (mean difference (MD): -1.20, 95% CI: not reported).")
    assert "cold-type stomach syndrome" not in {g["name"] for g in study["groups"]}, study["groups"]


def test_a_bare_difference_of_some_points_is_no_effect():
    study = study_of(HEAD + "Compared to placebo, granule K gave a difference of 3 points in the TDS score at week 4, and 40 patients improved.")
    assert not [e for e in study["effects"] if e["value"] == 3], study["effects"]


def test_the_solution_a_treatment_is_given_after_is_no_comparator():
    text = ("Background\nCell therapy for arthritis.\nMethods\n52 patients were recruited. Patients were treated with 30 mL cell "
            "suspension via intravenous injection immediately after the infusion of 100 mL saline.\nResults\n"
            "The DAS28 decreased 1 year after treatment compared with before treatment (P < 0.05).")
    (study,) = extract(read_bytes(text.encode(), path="abstract.txt")).to_json()["studies"]
    assert study["comparator"] is None and "saline" not in {g["name"] for g in study["groups"]}, (study["comparator"], study["groups"])
