"""How a result sentence words a ratio: the event named before a verb ("the rate of death
showed a trend of reduction of 36% (RR 0.64 …)"), the ratio said again as a percentage
("readmission was reduced by 34% (RR 0.66 …)"), two outcomes sharing one noun ("total and
nonfatal myocardial infarction (HR …; HR …)"). Made-up sentences."""

from ingest.extract import extract
from ingest.read import read_bytes

OPENING = ("Stem cells for heart failure: a randomized trial\n"
           "METHODS: 900 patients were randomized to mesenchymal stem cells or placebo.\n"
           "RESULTS: ")


def effects_of(sentence: str) -> list[tuple]:
    studies = extract(read_bytes((OPENING + sentence + "\n").encode(), path="t.txt")).to_json()["studies"]
    return [(e["measure"], e["group"], e["versus"], e["type"], e["value"]) for s in studies for e in s["effects"]]


def test_the_event_ends_at_its_verb():
    got = effects_of("The overall rate of death showed a trend of reduction of 31% (RR [CI] = 0.69 [0.40, 1.19], P = 0.18).")
    assert [(m, t, v) for m, _, _, t, v in got] == [("death", "risk_ratio", 0.69)]


def test_a_ratio_said_again_as_a_percentage_is_no_change_within_an_arm():
    got = effects_of("The incidence of readmission was reduced by 29% (RR [CI] = 0.71 [0.55, 0.90], P = 0.004).")
    assert got == [("readmission", "mesenchymal stem cells", "placebo", "risk_ratio", 0.71)]


def test_two_outcomes_sharing_one_noun_each_keep_it():
    got = effects_of("Stem cells reduced the risk of total and nonfatal myocardial infarction (HR 0.61, 95% CI 0.40-0.93, "
                     "p=0.02; HR 0.66, 95% CI 0.43-0.99, p=0.04).")
    assert [(m, v) for m, _, _, _, v in got] == [("total myocardial infarction", 0.61), ("nonfatal myocardial infarction", 0.66)]
