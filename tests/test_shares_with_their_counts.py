"""An arm's share written with its count and interval in a bracket before the arm is named
("62% (24 of 39 children; 95% CI 45–78) in the active group"), the interval of a share that is
no difference between arms, and a difference named right before its value that is no arm's
level. Each article is written for this test."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

OPENING = "Drug K in children: a randomised trial\nWe randomly assigned 85 children to drug K or placebo. "


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def shares(s) -> set:
    return {(m["group"], m["value"], m["n"]) for m in s["measurements"] if m["stat"] == "percent"}


@pytest.mark.parametrize("brackets", [
    ("(21 of 38 children)", "(9 of 47 children)"),
    ("(21/38; 95% CI 39–71)", "(9/47; 95% CI 9–33)"),
    ("(21 of 38 participants; 95% CI 39–71)", "(9 of 47; 95% CI 9–33)"),
])
def test_a_share_keeps_its_arm_past_the_bracket_of_its_count(brackets):
    first, second = brackets
    s = study(OPENING + f"Remission was recorded for 55% {first} in the drug K group and 19% {second} in the placebo "
              "group (p<0.001).")
    assert shares(s) == {("drug k", 55, 21), ("placebo", 19, 9)}
    # (the second arm's share is never given to the first: a wrong arm is worse than none)
    assert not any(m["group"] == "drug k" and m["value"] == 19 for m in s["measurements"])


def test_a_shares_own_interval_is_no_difference_between_arms():
    s = study(OPENING + "Remission was recorded for 55% (95% CI 39–71) in the drug K group and 19% of the placebo "
              "group (p<0.001).")
    assert ("drug k", 55, None) in shares(s)
    assert not [e for e in s["effects"] if e["value"] == 55]


def test_a_difference_named_before_its_value_is_no_arms_level():
    s = study(OPENING + "Remission was more frequent with drug K (55%, 21 of 38) than with placebo (19%, 9 of 47; "
              "difference, 36% [95% CI, 17–55%]; p = 0.001).")
    assert not [m for m in s["measurements"] if m["value"] == 36]
    assert [(e["type"], e["ci"]) for e in s["effects"] if e["value"] == 36] == [("mean_difference", [17, 55])]
