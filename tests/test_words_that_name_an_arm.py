"""The words between a number and the arm it belongs to ("treated with", "receiving", "given",
"assigned to", "randomised to", "allocated to", "getting") are one list for every reader
(outcomes.TAKING_ARM): a reader that knows "receiving drug K" knows "treated with drug K" too.
Written for this test."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

OPENING = "Drug K after a stroke\n\nIn a randomized trial, 1,200 patients were assigned to drug K or aspirin.\n\n"


def shares(sentence: str) -> set:
    (s,) = extract(read_bytes((OPENING + sentence + "\n").encode("utf-8"), path="a.txt")).to_json()["studies"]
    return {(m["measure"].lower(), m["group"], m["value"], m["n"]) for m in s["measurements"]}


@pytest.mark.parametrize("words", ["in the {} group", "receiving {}", "treated with {}", "given {}", "assigned to {}",
                                   "randomized to {}", "allocated to {}"])
def test_a_count_and_share_per_arm_said_with_what_the_arm_took(words):
    sentence = (f"Ischemic stroke occurred in 38 patients (6.3%) {words.format('drug K')} and in 52 patients (8.7%) "
                f"{words.format('aspirin')}.")
    assert shares(sentence) == {("ischemic stroke", "drug k", 6.3, 38), ("ischemic stroke", "aspirin", 8.7, 52)}


def test_rather_than_parts_the_arm_from_its_comparator():
    # ("receiving semaglutide rather than placebo": the arm is semaglutide, not "semaglutide rather")
    text = ("Weekly semaglutide for weight loss\n\nMore participants receiving semaglutide rather than placebo "
            "reached a 10% weight loss (75.3 versus 27.0 percent).\n")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert {g["name"] for g in s["groups"] if g["role"] == "arm"} == {"semaglutide", "placebo"}
