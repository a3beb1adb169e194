"""Each arm's mean change as news writes it: named by its size ("a 16.6-point improvement on
the MADRS", "the 11.9-point benefit seen on placebo", "a 9.6-kg weight loss"), or by a verb
of everyday speech ("the score went up 1.21 points"). Every article here is written for
this test."""
import pytest

from ingest.extract import extract
from ingest.read import read_bytes

TRIAL = ("Zelmoxetine for depression: a randomised trial\n\nA randomized trial randomly assigned 327 adults with "
         "major depression to zelmoxetine or placebo. ")


def changes(text: str) -> set:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return {(e["measure"], e["group"], e["versus"], e["type"], e["value"]) for e in s["effects"]}


@pytest.mark.parametrize("sentence", [
    "At week 6, patients on zelmoxetine had a 16.6-point improvement in the MADRS total score, compared with an "
    "11.9-point improvement with placebo.",
    # the comparator's change in the next sentence, its measure the one before
    "At week 6, patients taking zelmoxetine charted a 16.6-point improvement on the MADRS. That was significant "
    "compared with the 11.9-point benefit seen on placebo.",
    "At week 6, zelmoxetine produced a 16.6-point reduction in the MADRS total score versus 11.9 points for placebo.",
])
def test_an_improvement_on_a_scale_where_lower_is_better_is_a_fall(sentence):
    assert changes(TRIAL + sentence) == {("MADRS", "zelmoxetine", "baseline", "mean_change", -16.6),
                                         ("MADRS", "placebo", "baseline", "mean_change", -11.9)}


def test_a_weight_loss_named_by_its_size():
    got = changes(TRIAL + "After 68 weeks, participants on zelmoxetine had a 9.6-kg weight loss, compared with 2.1 kg in "
                  "the placebo group.")
    assert got == {("body weight", "zelmoxetine", "baseline", "mean_change", -9.6),
                   ("body weight", "placebo", "baseline", "mean_change", -2.1)}


def test_a_relative_reduction_or_a_change_of_nobody_named_is_no_mean_change():
    # "a 20% reduction in deaths" is relative (no points, no kilograms); "a 3-point improvement"
    # of whom the sentence does not say is left unread.
    got = changes(TRIAL + "Zelmoxetine gave a 20% reduction in deaths. Overall there was a 3-point improvement on the MADRS.")
    assert not [c for c in got if c[3] == "mean_change"]


def test_a_score_that_went_up_in_one_arm_and_the_comparators_after():
    text = ("Drug L in early Alzheimer's disease\n\nA randomized trial randomly assigned 1795 people with early "
            "Alzheimer's disease to drug L or placebo. By 18 months, the CDR-SB score went up 1.21 points in the drug L "
            "group, compared with 1.66 in the placebo group.\n")
    got = {(m, g, v) for m, g, _, t, v in changes(text) if t == "mean_change"}
    assert got == {("CDR-SB", "drug l", 1.21), ("CDR-SB", "placebo", 1.66)}
