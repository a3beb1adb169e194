"""Two trials told in the same sentences, each by its name: each is a study of the record, with
the results said of it, the words said of both, and quotes that are the page's own. Each
article is written for this test."""

from ingest.extract import extract
from ingest.read import read_bytes

TWO = ("Drug K in plaque psoriasis: results of two phase 3 trials\n\n"
       "In two phase 3, double-blind trials, ALPHA and BETA, we randomly assigned 700 patients (in the ALPHA study) "
       "and 900 patients (in the BETA study) to drug K or placebo. The proportion of patients with a PASI 75 "
       "response at week 12 was higher with drug K than with placebo: in the ALPHA study, the rates were 80.5% with "
       "drug K and 4.5% with placebo; in the BETA study, the rates were 76.1% with drug K and 4.9% with placebo.")


def record(text: str) -> dict:
    return extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()


def shares(study):
    return {(m["group"].lower(), m["value"]) for m in study["measurements"]}


def test_each_named_trial_is_a_study_with_its_own_results():
    first, second = record(TWO)["studies"]
    assert {("drug k", 80.5), ("placebo", 4.5)} <= shares(first)
    assert {("drug k", 76.1), ("placebo", 4.9)} <= shares(second)
    assert not shares(first) & {("drug k", 76.1), ("placebo", 4.9)}
    assert not shares(second) & {("drug k", 80.5), ("placebo", 4.5)}


def test_the_words_said_of_both_trials_name_each_ones_outcome():
    for study in record(TWO)["studies"]:
        assert {m["measure"] for m in study["measurements"]} == {"PASI 75 response"}


def test_quotes_are_the_pages_own_and_hold_their_number():
    for study in record(TWO)["studies"]:
        for m in study["measurements"]:
            assert m["quote"] in TWO and f"{m['value']:g}" in m["quote"]


def test_a_trial_named_after_its_results():
    text = ("Drug K for alopecia: two phase 3 trials\n\nWe conducted two randomized, placebo-controlled trials, "
            "GAMMA and DELTA. We enrolled 654 patients in the GAMMA trial and 546 in the DELTA trial. In GAMMA, the "
            "difference between drug K and placebo was 32.6 percentage points (95% CI, 25.6 to 39.5; P<0.001). In "
            "DELTA, the difference between drug K and placebo was 30.1 percentage points (95% CI, 23.0 to 37.2; "
            "P<0.001).")
    first, second = record(text)["studies"]
    assert [e["value"] for e in first["effects"] if e["value"]] == [32.6]
    assert [e["value"] for e in second["effects"] if e["value"]] == [30.1]


def test_one_trial_that_names_another_in_passing_is_one_study():
    text = ("Drug K in psoriasis\n\nIn the ALPHA trial, 700 patients were randomly assigned to drug K or placebo. "
            "The PASI 75 response at week 12 was 80.5% with drug K and 4.5% with placebo. The BETA study of a "
            "similar drug is ongoing.")
    assert len(record(text)["studies"]) == 1
