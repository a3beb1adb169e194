"""Shares of arms as news stories and abstracts write them: one arm named by who received it
and the other by its arm ("67.8% of patients treated with drug K were event free at two
years compared to 59.8% in the chemotherapy arm"), an outcome said with a verb phrase ("were
alive", "were event free"), shares that reached an outcome ("reached by 53%, 66% and 52% of
the patients who received …", not a change "by" so much), complications compared between
groups, and an abstract whose "Results." label stands as a sentence of its own. Each article
is written for this test."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

OPENING = "Drug K in bladder cancer\n\nIn the phase III trial, 1,063 patients were randomized to drug K or chemotherapy.\n\n"


def record(text: str) -> dict:
    return extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()


def study(text: str) -> dict:
    (s,) = record(text)["studies"]
    return s


def shares(s) -> set:
    return {(m["measure"], m["group"], m["value"]) for m in s["measurements"] if m["stat"] == "percent"}


def test_the_outcome_ends_where_its_time_is_said():
    s = study(OPENING + "Overall, 67.8% of patients in the drug K group were in remission three weeks after treatment, "
              "compared to 59.8% of those in the chemotherapy group.")
    assert shares(s) == {("remission", "drug k", 67.8), ("remission", "chemotherapy", 59.8)}
    assert {(m["time"]["value"], m["time"]["unit"]) for m in s["measurements"]} == {(3, "week")}


@pytest.mark.parametrize("sentence, measure", [
    ("An estimated 67.8% of patients treated with drug K were event free at two years compared to 59.8% in the "
     "chemotherapy arm.", "event-free survival"),
    ("An estimated 67.8% of patients treated with drug K were alive at two years compared to 59.8% in the "
     "chemotherapy arm.", "overall survival"),
    ("At two years, 67.8% of patients treated with drug K were event free, compared with 59.8% of those given "
     "chemotherapy.", "event-free survival"),
])
def test_a_share_by_who_received_against_a_share_by_its_arm(sentence, measure):
    s = study(OPENING + sentence)
    assert shares(s) == {(measure, "drug k", 67.8), (measure, "chemotherapy", 59.8)}
    assert {(m["time"] or {}).get("value") for m in s["measurements"]} == {2}


def test_a_share_whose_people_are_no_arm_stays_unplaced():
    # (who received "concomitant steroids" is a subgroup, not an arm: no share is given an arm)
    s = study(OPENING + "Overall, 40% of patients who received concomitant steroids were event free at two years "
              "compared to 30% in the chemotherapy arm.")
    assert not any(m["group"] == "drug k" for m in s["measurements"])


@pytest.mark.parametrize("verb", ["reached by", "achieved by", "attained by"])
def test_an_outcome_reached_by_the_shares_of_three_arms(verb):
    text = ("Abstract\n\nMethods. Patients were randomly divided into drug A group, drug B group and placebo group.\n\n"
            f"Results. Remission was {verb} 53.45%, 66.15%, and 52.24% of the patients who received drug A, drug B, "
            "and placebo, respectively.\n")
    s = study(text)
    assert {(m["group"], m["value"]) for m in s["measurements"]} == {("drug a", 53.45), ("drug b", 66.15), ("placebo", 52.24)}


def test_a_change_by_so_much_is_still_no_level():
    s = study(OPENING + "Pain scores were reduced by 35% with drug K and by 12% with chemotherapy.")
    assert not any(m["stat"] == "percent" and m["value"] in (35, 12) for m in s["measurements"])


def test_complications_the_groups_are_compared_on_are_an_outcome():
    text = ("Bariatric surgery before joint replacement\n\nResearchers split 343,000 patients into group 1, who had "
            "bariatric surgery, and group 2, who had not.\n\nPatients in group 1 were more likely than those in group 2 "
            "to experience postoperative complications (41% vs. 36%, P=0.001).\n")
    s = study(text)
    assert shares(s) == {("postoperative complications", "group 1", 41), ("postoperative complications", "group 2", 36)}


def test_adverse_events_compared_stay_the_safety_readers():
    s = study(OPENING + "Adverse events were reported in 41% of the drug K group and 36% of the chemotherapy group.")
    assert not any("adverse" in m["measure"] for m in s["measurements"])


def test_a_results_label_written_as_a_sentence_of_its_own_makes_a_study():
    text = ("Abstract\n\nBackground. To compare drug A with drug B. Methods. Patients were randomly divided into "
            "drug A group and drug B group. Results. The primary outcome was met more often with drug A. "
            "Conclusions. Drug A is better.\n")
    assert record(text)["studies"], "a randomised trial with a results section is a study"
