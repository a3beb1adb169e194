"""Pairs of arm results in an abstract's lists: "Compared to ECF, FLOT was associated with less
progressive disease (1% vs. 5%; p < 0.001), more R0 resections (84% vs. 77%; p = 0.011)", one
measure's pairs at several times ("at 6 months (a ± b vs. c ± d, P = …), 1 year (…), and 4
years (…)"), and what a treatment did not change ("the cell therapy did not improve the
myocardial viability (…)"). Each pair belongs to the words right before its bracket; a p inside
a bracket of values is never a later measure's.

Every article here is written for this test (no text from ../shared).
"""

from ingest.extract import extract
from ingest.read import read_bytes

HEAD = ("FLOT versus ECF in resectable gastric cancer: a randomised trial\n\n"
        "Methods: 400 patients were randomized to FLOT (n = 200) or ECF (n = 200).\n\n")


def study_of(text: str) -> dict:
    studies = extract(read_bytes((HEAD + text + "\n").encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]


def values(study: dict) -> list[tuple]:
    return sorted((m["measure"], m["group"], (m["time"] or {}).get("value"), m["value"]) for m in study["measurements"])


def ps(study: dict) -> list[tuple]:
    return sorted((e["measure"], e["p"]) for e in study["effects"] if e["p"] is not None)


def test_each_item_of_a_comparative_list_is_the_words_before_its_bracket():
    study = study_of("Results: Compared to ECF, FLOT was associated with less progressive disease (1% vs. 5%; "
                     "p < 0.001), more R0-resections (84% vs. 77%; p = 0.011).")
    got = values(study)
    assert ("progressive disease", "FLOT", None, 1) in got and ("progressive disease", "ECF", None, 5) in got
    assert ("progressive disease", 0.001) in ps(study)
    assert all(not (m != "progressive disease" and p == 0.001) for m, p in ps(study))


def test_an_exposure_associated_with_an_outcome_is_no_measure():
    # ("FLOT was associated with less …": FLOT is what was compared, the other arm the side)
    study = study_of("Results: FLOT was associated with fewer deaths (1% vs. 5%; p < 0.001).")
    assert {(m, g) for m, g, _, _ in values(study)} == {("deaths", "FLOT"), ("deaths", "ECF")}


def test_a_p_among_values_never_goes_to_a_measure_named_after_it():
    study = study_of("Results: FLOT gave more cases with grade 3 events (1% vs. 5%; p < 0.001), "
                     "more R0-resections (84% vs. 77%; p = 0.011).")
    assert (0.001) not in {p for _, p in ps(study)}, ps(study)
    assert [p for _, p in ps(study)] == [0.011]


def test_one_measure_paired_at_several_times_past_an_aside():
    study = study_of("Results: Left ventricular ejection fraction, as evaluated by echocardiography, was markedly "
                     "improved at 6 months (0.484 ± 0.05 vs. 0.457 ± 0.06, P = 0.001), 1 year (0.482 ± 0.07 vs. "
                     "0.446 ± 0.06, P < 0.001), and 4 years (0.505 ± 0.08 vs. 0.464 ± 0.08, P < 0.001) with FLOT "
                     "when compared with ECF.")
    lvef = "left ventricular ejection fraction"
    assert values(study) == sorted([
        (lvef, "FLOT", 6, 0.484), (lvef, "ECF", 6, 0.457),
        (lvef, "FLOT", 1, 0.482), (lvef, "ECF", 1, 0.446),
        (lvef, "FLOT", 4, 0.505), (lvef, "ECF", 4, 0.464)])


def test_arms_compared_at_a_time_are_arms_not_times():
    # ("higher with A than with B at 6 months": the time says when, the sides are the arms)
    study = study_of("Results: LVEF was higher with FLOT than with ECF at 6 months (48.4 ± 5 vs. 45.7 ± 6, "
                     "P = 0.001) and 1 year (48.2 ± 7 vs. 44.6 ± 6, P < 0.001).")
    assert len(values(study)) == 4
    # (two times compared stay unread: whose values they are, the sentence does not say)
    other = study_of("Results: Survival was higher in the first month than in the second month (62% v 41%).")
    assert values(other) == []


def test_what_a_treatment_did_not_change_is_the_outcome():
    study = study_of("Results: However, the current cell therapy did not improve the myocardial viability of the "
                     "infarcted area at 4 years post-transplant (0.263 ± 0.007 in the FLOT group vs. 0.281 ± 0.008 "
                     "in the ECF group, P = 0.10).")
    assert {m for m, _, _, _ in values(study)} == {"myocardial viability"}
    assert {g["name"] for g in study["groups"]} == {"FLOT", "ECF"}  # ("post-transplant" is no group)


def test_a_share_of_a_part_of_the_study_is_not_everyones():
    study = study_of("Results: Insulin independence: eight of the twelve participants (75%) no longer required "
                     "insulin, including seven of the nine participants in Part B (78%).")
    assert all(m["value"] != 78 or m["group"] != "all" for m in study["measurements"])
