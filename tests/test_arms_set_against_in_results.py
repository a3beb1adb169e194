"""A news story that never says how the trial was allocated names its arms in its results:
one group by name ("in the zoletumab group") and the other as the side it is set against in
the same sentence ("compared to 9.1 months for chemotherapy alone", "versus 12% with
placebo"). Those two are the arms; a side that is no arm (baseline, a time) makes none.
Written for this test."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

LEAD = ("Zoletumab lengthens survival in lung cancer\n\n"
        "Results from a phase 3 trial of zoletumab combined with chemotherapy in 640 patients with lung cancer "
        "were presented on Monday. ")


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def test_a_group_and_what_it_is_set_against_are_the_arms():
    s = study(LEAD + "Median overall survival was 14.2 months in the zoletumab group compared to 9.1 months for "
                     "chemotherapy alone. The objective response rate was also higher (61.5% vs. 48.0%).")
    assert {g["name"] for g in s["groups"] if g["role"] == "arm"} == {"zoletumab", "chemotherapy alone"}
    got = {(m["measure"], m["group"], m["value"]) for m in s["measurements"]}
    assert {("overall survival", "zoletumab", 14.2), ("overall survival", "chemotherapy alone", 9.1),
            ("objective response rate", "zoletumab", 61.5), ("objective response rate", "chemotherapy alone", 48.0)} <= got


def test_a_comparator_named_alone_is_the_other_arm():
    s = study(LEAD + "Disease progressed in 22% of patients in the zoletumab group versus 35% with placebo.")
    assert {g["name"] for g in s["groups"] if g["role"] == "arm"} == {"zoletumab", "placebo"}


@pytest.mark.parametrize("results", [
    # set against its own start, not another arm
    "Pain fell by 2.1 points in the zoletumab group compared with baseline.",
    # set against a time
    "Response was 40% in the zoletumab group compared to 30% at 6 months.",
    # nothing set against it
    "Median overall survival was 14.2 months in the zoletumab group.",
])
def test_no_second_arm_where_the_other_side_is_none(results):
    s = study(LEAD + results)
    assert len([g for g in s["groups"] if g["role"] == "arm"]) < 2
