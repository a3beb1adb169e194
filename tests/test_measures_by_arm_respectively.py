"""Measures listed, then each arm's values of them in the list's order: "The response rate and
the remission rate were 61.2% and 30.4% in the drug K group, and 40.5% and 18.9% in the
placebo group, respectively". Every run must be as long as the list and end on its arm, or
nothing is read by this shape.

The sentences here are written for these tests (no text from ../shared).
"""
import pytest

from ingest.extract import extract
from ingest.read import read_bytes

TRIAL = ("Methods: 180 patients were randomly divided into a drug K group (n=90) and a placebo group (n=90). "
         "Results: ")


def shares(text):
    studies = extract(read_bytes((TRIAL + text).encode("utf-8"), path="article.txt")).to_json()["studies"]
    return {(m["measure"], m["group"].lower()): m["value"] for s in studies for m in s["measurements"]}


@pytest.mark.parametrize("join", [", and ", " versus ", ", compared with "])
def test_each_value_is_its_measures_in_its_arm(join):
    found = shares("The markedly effective rate and the total effective rate were 61.2% and 90.4% in the drug K group"
                   f"{join}40.5% and 78.9% in the placebo group.")
    assert found == {("markedly effective rate", "drug k"): 61.2, ("total effective rate", "drug k"): 90.4,
                     ("markedly effective rate", "placebo"): 40.5, ("total effective rate", "placebo"): 78.9}


def test_a_run_shorter_than_the_list_reads_nothing_by_this_shape():
    found = shares("The markedly effective rate and the total effective rate were 61.2% and 90.4% in the drug K group, "
                   "and 40.5% in the placebo group.")
    assert ("markedly effective rate", "placebo") not in found
