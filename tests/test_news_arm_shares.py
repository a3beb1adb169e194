"""News prose that gives each arm's share of people with an outcome, then a ratio: an
outcome said as the absence of an event ("were pain free"), arms described by what their
people took up to the verb of what happened to them ("of those treated with drug K died"),
and a ratio after the two shares that is of their outcome, the first arm against the second.
Each article is written for this test."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

OPENING = "Drug K in adults: a trial\nIn a randomised trial, 640 adults were randomly assigned to drug K or {}. "


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def shares(s) -> set:
    return {(m["measure"].lower(), m["group"], m["value"]) for m in s["measurements"] if m["stat"] == "percent"}


@pytest.mark.parametrize("sentence", [
    "Of the adults, 41% of those on drug K were pain free at two hours, compared with 26% on placebo.",
    "Of the adults, 41% of the drug K group were pain-free at 2 hours versus 26% of the placebo group.",
])
def test_being_free_of_an_event_is_an_outcome_not_an_adverse_event(sentence):
    s = study(OPENING.format("placebo") + sentence)
    got = shares(s)
    assert {g for _, g, v in got if v == 41} == {"drug k"} and {g for _, g, v in got if v == 26} == {"placebo"}
    # (the outcome's name keeps its hours: no time point in days, weeks, months or years says them)
    assert all("pain" in name and "free" in name and "hour" in name for name, _, _ in got)
    assert not [a for a in s["adverse_events"] if a.get("value") in (41, 26)]


def test_who_took_what_ends_at_the_verb_of_what_happened_to_them():
    s = study(OPENING.format("usual care") + "9.5% of those treated with drug K died within 30 days, compared with 14.2% of those "
              "given usual care.")
    assert not [g for g in s["groups"] if "died" in g["name"]]
    assert {("death", "drug k", 9.5), ("death", "usual care", 14.2)} <= shares(s)


@pytest.mark.parametrize("tail, p", [
    ("(hazard ratio 0.64; 95% CI 0.47-0.88).", None),
    ("(hazard ratio 0.64; 95% CI 0.47-0.88; P=0.006).", 0.006),
])
def test_a_ratio_after_two_arms_shares_is_of_their_outcome_first_arm_against_second(tail, p):
    s = study(OPENING.format("usual care") + "9.5% of those treated with drug K died within 30 days, compared with 14.2% of those "
              "given usual care " + tail)
    (ratio,) = [e for e in s["effects"] if e["type"] == "hazard_ratio"]
    assert (ratio["measure"].lower(), ratio["group"], ratio["versus"], ratio["value"], ratio["ci"], ratio["p"]) == \
        ("death", "drug k", "usual care", 0.64, [0.47, 0.88], p)


def test_a_ratio_after_shares_of_two_outcomes_takes_neither_pair_as_its_sides():
    # (shares of two outcomes: which one the ratio is of, the sentence does not say by its shares)
    s = study(OPENING.format("usual care") + "9.5% of those treated with drug K died and 20.1% were readmitted, compared with 14.2% "
              "and 25.3% of those given usual care (hazard ratio 0.64; 95% CI 0.47-0.88).")
    assert not [e for e in s["effects"] if e["type"] == "hazard_ratio" and (e["group"], e["versus"]) == ("drug k", "usual care")
                and e["measure"].lower() == "death"]


def test_arms_named_only_by_what_their_people_received():
    # (a story that never names its allocation: the shares' people say who the arms are)
    s = study("Drug K in type 2 diabetes: trial results\nThe phase 3 trial enrolled 526 adults. The data showed that "
              "37% of patients treated with once-weekly drug K achieved an HbA1c <7.0% without hypoglycemia, compared "
              "with 27% of those treated with drug M.")
    got = {(m["group"], m["value"]) for m in s["measurements"] if m["stat"] == "percent"}
    assert got == {("once-weekly drug K", 37), ("drug M", 27)}
    # (the threshold in the outcome's name is no arm's share)
    assert not [m for m in s["measurements"] if m["value"] == 7.0]
    assert all("HbA1c <7.0%" in m["measure"] for m in s["measurements"])


def test_a_sentence_about_the_companys_shares_is_no_result():
    text = ("Drug K in type 2 diabetes: trial results\nThe phase 3 trial of drug K enrolled 526 adults with type 2 "
            "diabetes, and HbA1c fell from 8.2% to 7.3%.\nPrice Action: KQX shares are down 1.17% at $98.06 on the last "
            "check Thursday.")
    s = study(text)
    assert {m["value"] for m in s["measurements"]} == {8.2, 7.3}
