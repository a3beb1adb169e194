"""A trial news story of surgery against physical therapy: the arms of an allocation whose one
"or" parts them ("to surgery and postoperative physical therapy or to a standardised
physical-therapy regimen"), a count of people who crossed over that is no arm's size, and a mean
improvement that is no level of the score.

Every article here is written for this test (no text from ../shared).
"""

from ingest.extract import extract
from ingest.read import read_bytes

TEXT = ("Surgery versus physical therapy for a torn tendon\n\n"
        "In this multicenter randomised trial, they randomly assigned 300 patients to surgery and postoperative physical "
        "therapy or to a standardised physical-therapy regimen. The study found that the mean improvement in the WOMAC "
        "score after 6 months was 19.2 points in the surgical group and 17.4 in the physical-therapy group. At 6 months, "
        "44 participants who were assigned to physical therapy alone (29%) had undergone surgery.\n")


def study() -> dict:
    studies = extract(read_bytes(TEXT.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]


def test_an_and_inside_one_arm_of_an_either_or_allocation():
    arms = [g["name"] for g in study()["groups"] if g["role"] == "arm"]
    assert len(arms) == 2, arms
    assert not any(name.startswith("postoperative") for name in arms)


def test_people_who_crossed_over_are_no_arms_size():
    assert all(g["n"] != 44 for g in study()["groups"])


def test_a_mean_improvement_is_no_level_of_the_score():
    text = ("Surgery versus physical therapy for a torn tendon\n\n"
            "In this randomised trial, 300 patients were randomly assigned to surgery or physical therapy. The study found "
            "that the mean improvement in the WOMAC score after 6 months was 19.2 points in the surgery group.\n")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert not any(m["value"] == 19.2 for m in s["measurements"])
