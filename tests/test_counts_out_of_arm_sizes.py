"""Each arm's count of people out of its size with no share written ("15 of the 136 patients
in the laparoscopic group and 31 of the 133 patients in the open group"): a count (stat "n")
per arm, with the arm's size as its n, for the outcome named before the counts or had after
them; never a count of who was allocated, followed or analysed. And shares with their counts
out of sizes, each arm's people described by what they received, the outcome named after
them ("61 (45%) of 136 participants who received drug K versus 20 (15%) of 133 who received
placebo reached remission"). Written for this test."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

OPENING = "Drug K after surgery\n\nIn a randomized trial, 269 patients were randomly assigned to drug K or placebo.\n\n"


def counts(sentence: str) -> set:
    (s,) = extract(read_bytes((OPENING + sentence + "\n").encode("utf-8"), path="a.txt")).to_json()["studies"]
    return {(m["measure"], m["group"], m["value"], m["n"]) for m in s["measurements"] if m["stat"] == "n"}


def test_the_outcome_named_before_the_counts():
    assert counts("Postoperative infections occurred in 15 of the 136 patients in the drug K group and 31 of the 133 "
                  "patients in the placebo group.") == {("Postoperative infections", "drug k", 15, 136),
                                                        ("Postoperative infections", "placebo", 31, 133)}


def test_the_outcome_they_had_after_the_counts():
    got = counts("Among the 3,289 participants, 13 of the 1,626 participants in the drug K group, compared with 26 of the "
                 "1,663 participants in the placebo group, had cases of tuberculosis.")
    assert {(g, v, n) for _, g, v, n in got} == {("drug k", 13, 1626), ("placebo", 26, 1663)}
    assert all("tuberculosis" in m for m, _, _, _ in got)


@pytest.mark.parametrize("sentence", [
    # who completed, was analysed or was lost: no outcome
    "In total, 120 of the 136 patients in the drug K group and 118 of the 133 patients in the placebo group completed the study.",
    "Outcomes were analysed for 130 of the 136 patients in the drug K group and 129 of the 133 patients in the placebo group.",
    # a count with its share is read with the share (one measurement, not two)
    "Infections occurred in 15 of 136 patients (11.0%) in the drug K group and 31 of 133 patients (23.3%) in the placebo group.",
    # one arm only: no pair to tell the counts apart from a subgroup's
    "Postoperative infections occurred in 15 of the 136 patients in the drug K group.",
])
def test_no_count_where_the_counts_are_no_arms_outcome(sentence):
    assert counts(sentence) == set()


@pytest.mark.parametrize("sentence", [
    "In all, 108 patients died in the drug K group and 156 in the placebo group (P<0.01).",
    "In all, 108 patients in the drug K group and 156 in the placebo group died.",
])
def test_bare_counts_of_people_who_died_in_each_arm(sentence):
    assert counts(sentence) == {("death", "drug k", 108, None), ("death", "placebo", 156, None)}


def test_bare_counts_of_an_event_that_occurred_in_each_arm():
    assert counts("Severe COVID-19 occurred in 11 participants in the drug K group and 33 in the placebo group.") == {
        ("Severe COVID-19", "drug k", 11, None), ("Severe COVID-19", "placebo", 33, None)}


@pytest.mark.parametrize("sentence", [
    # who the arms held, said of no event
    "The trial was stopped early, with 178 patients in the drug K group and 174 in the placebo group.",
    "Of these, 60 patients in the drug K group and 58 in the placebo group were women.",
    # the arms' sizes after a count out of them: no count of their own
    "At the cut-off, 102 (29.4%) out of 347 patients in the drug K group and 68 (39.1%) out of 174 patients in the "
    "placebo group had died.",
])
def test_bare_counts_that_happened_to_nobody_are_no_outcome(sentence):
    assert not {c for c in counts(sentence) if c[2] in (178, 174, 60, 58, 347)}


def test_events_counted_then_each_arms_count_in_a_bracket():
    assert counts("Over a median follow-up of 6.7 months, 47 confirmed infections were reported (drug K: 7; placebo: 40).") == {
        ("confirmed infections", "drug k", 7, None), ("confirmed infections", "placebo", 40, None)}


def test_a_bracket_of_counts_by_something_else_than_the_arms_is_none():
    assert counts("In total, 47 confirmed infections were reported (men: 7; women: 40).") == set()


def shares(sentence: str) -> set:
    (s,) = extract(read_bytes((OPENING + sentence + "\n").encode("utf-8"), path="a.txt")).to_json()["studies"]
    return {(m["measure"].lower(), m["group"], m["value"], m["n"]) for m in s["measurements"] if m["stat"] == "percent"}


@pytest.mark.parametrize("sentence", [
    # the outcome named after the arms' people, as Lancet abstracts write it
    "At week 52, 61 (45%) of 136 participants who received drug K versus 20 (15%) of 133 who received placebo reached "
    "remission.",
    # its interval in the share's bracket, "have reached the primary endpoint of", the route said with the arm
    "At week 52, 61 (45%, 95% CI 36-54) of 136 participants who received oral drug K versus 20 (15%, 95% CI 9-22) of "
    "133 who received placebo have reached the primary endpoint of remission.",
])
def test_shares_of_people_by_what_they_received_then_the_outcome_they_reached(sentence):
    assert shares(sentence) == {("remission", "drug k", 45, 61), ("remission", "placebo", 15, 20)}


def test_shares_by_what_they_received_with_no_outcome_after_them_are_not_read():
    assert shares("At week 52, 61 (45%) of 136 participants who received drug K versus 20 (15%) of 133 who received "
                  "placebo.") == set()
