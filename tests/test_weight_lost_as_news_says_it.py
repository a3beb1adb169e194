"""Weight lost as news stories say it: "lost an average of 35 pounds" (what is lost in pounds
or kilograms is body weight), the comparator's loss after "compared with 3 kg in the placebo
group", dose arms named "the 5-milligram dose", and a drug "studied in three dosages: 5, 10
and 15 milligrams" whose arms are its levels. Written for this test."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def changes(s) -> set:
    return {(e["measure"], e["group"], e["value"]) for e in s["effects"] if e["type"] == "mean_change"}


TWO_ARMS = "Weight drug trial\n\nParticipants were randomly assigned to receive drug K or placebo. "


@pytest.mark.parametrize("sentence, expected", [
    ("People on drug K lost an average of 35 pounds.", {("body weight", "drug k", -35)}),
    ("Participants in the drug K group lost an average of 14 kg, compared with 3 kg in the placebo group.",
     {("body weight", "drug k", -14), ("body weight", "placebo", -3)}),
    ("Participants in the drug K group lost an average of 14 kg of body weight, compared with 3 kg in the placebo group.",
     {("body weight", "drug k", -14), ("body weight", "placebo", -3)}),
])
def test_weight_lost_in_pounds_or_kilograms(sentence, expected):
    assert changes(study(TWO_ARMS + sentence + "\n")) == expected


def test_a_loss_whose_arm_is_not_said_is_not_read():
    # (the study has arms: whose 20 pounds, the sentence does not say)
    s = study(TWO_ARMS + "HbA1c fell by 1.1% in the drug K group. Some people lost as much as 20 pounds.\n")
    assert not any(e["value"] == -20 for e in s["effects"])


def test_dose_levels_listed_as_the_drugs_arms():
    s = study("Weight drug trial\n\nZenaglutide was studied in people with obesity in three dosages: 5, 10 and 15 milligrams. "
              "Participants who took the 5-milligram dose lost an average of 35 pounds, those on the 10-milligram dose lost "
              "an average of 49 pounds, and participants on the 15-milligram dose lost an average of 52 pounds.\n")
    assert {g["name"] for g in s["groups"]} >= {"zenaglutide 5 mg", "zenaglutide 10 mg", "zenaglutide 15 mg"}
    assert changes(s) == {("body weight", "zenaglutide 5 mg", -35), ("body weight", "zenaglutide 10 mg", -49),
                          ("body weight", "zenaglutide 15 mg", -52)}


def test_dose_levels_and_the_placebo_people_got():
    s = study("Weight drug trial\n\nZenaglutide was studied in people with obesity in three dosages: 5, 10 and 15 milligrams. "
              "Participants who got a placebo lost 3.1% of their body weight.\n")
    assert {g["name"] for g in s["groups"] if g["role"] == "arm"} == {"zenaglutide 5 mg", "zenaglutide 10 mg",
                                                                     "zenaglutide 15 mg", "placebo"}


def test_a_count_of_levels_that_does_not_fit_the_list_names_no_arms():
    studies = extract(read_bytes(b"Weight drug trial\n\nZenaglutide was studied in two doses: 5, 10 and 15 milligrams. "
                                 b"Participants who took the 5-milligram dose lost an average of 35 pounds.\n",
                                 path="a.txt")).to_json()["studies"]
    assert not any(g["name"].startswith("zenaglutide ") for s in studies for g in s["groups"])


def test_dose_levels_of_the_drug_named_in_an_earlier_sentence():
    # The levels' sentence names no drug: they are the one drug the article named before them,
    # not its class ("an oral GLP-1 receptor agonist").
    s = study("Weight pill trial\n\nResults for zenaglutide, an oral GLP-1 receptor agonist, were released. "
              "The trial included groups of participants on three different doses – 6 mg, 12 mg, and 36 mg – as well as "
              "a placebo group. Those on the highest dose lost an average of 12% of their body weight.\n")
    assert {g["name"] for g in s["groups"] if g["role"] == "arm"} == {"zenaglutide 6 mg", "zenaglutide 12 mg",
                                                                     "zenaglutide 36 mg", "placebo"}


def test_dose_levels_of_the_drug_allocated_as_one_arm():
    # "randomized … to receive either zenaglutide or a matching placebo" names one arm of the drug;
    # the levels it was randomised to before are its arms.
    s = study("Zenaglutide phase 2\n\nParticipants were randomized in a 1:1:1 ratio to one of three dose levels: 0.12, 0.24, "
              "or 0.36 mg of the study treatment. Within each dose level, participants were randomized in a 3:1 ratio to "
              "receive either zenaglutide or a matching placebo. Body weight fell by 8.5 kg with zenaglutide and by 3.6 kg "
              "with placebo (p<0.001).\n")
    assert {g["name"] for g in s["groups"] if g["role"] == "arm"} == {"zenaglutide 0.12 mg", "zenaglutide 0.24 mg",
                                                                     "zenaglutide 0.36 mg", "placebo"}


def test_dose_levels_of_another_drug_leave_the_arms_alone():
    s = study("Zenaglutide trial\n\nParticipants were randomly assigned to receive zenaglutide or placebo. Metformin was "
              "allowed at doses of 500, 1000 or 2000 mg. Body weight fell by 8.5 kg with zenaglutide and by 3.6 kg with "
              "placebo (p<0.001).\n")
    assert {g["name"] for g in s["groups"] if g["role"] == "arm"} == {"zenaglutide", "placebo"}
