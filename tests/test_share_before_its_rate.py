"""In a study of one arm, a share written before the rate it is: "including a 48% (n=60/125)
complete response rate"; never in a trial of two arms, and never a relative change ("a 25%
lower risk").

The sentences here are written for these tests (no text from ../shared).
"""
from ingest.extract import extract
from ingest.read import read_bytes

SINGLE = "In this single-arm phase 2 study, 125 patients received drug Q. "


def shares(text):
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    return {(m["measure"], m["group"], m["value"]) for s in studies for m in s["measurements"]}


def test_a_share_before_its_rate():
    found = shares(SINGLE + "The overall response rate was 70% (n=88/125), including a 48% (n=60/125) complete "
                            "response rate.")
    assert ("complete response rate", "all", 48) in found


def test_a_relative_change_is_no_share_of_a_rate():
    assert not [x for x in shares(SINGLE + "Drug Q gave a 25% lower risk of death.") if x[2] == 25]


def test_in_a_trial_of_two_arms_whose_share_is_unsaid():
    text = ("In this randomized trial, 250 patients were assigned to drug Q or placebo. Drug Q produced a 41% objective "
            "response rate.")
    assert not [x for x in shares(text) if x[2] == 41 and x[1] == "all"]
