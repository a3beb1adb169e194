"""Misreadings a second reading of session 20's rules found, each in an article written for it
(tests/fixtures/second_reading_s20/, made-up texts): what each now gives. A wrong number is
worse than a missing one, so most of these now read nothing where they read something wrong."""

from pathlib import Path

import pytest

from ingest.extract import extract
from ingest.read import read_path

HERE = Path(__file__).parent / "fixtures" / "second_reading_s20"


def study(name: str) -> dict:
    studies = extract(read_path(HERE / f"{name}.txt")).to_json()["studies"]
    assert len(studies) == 1, [s["citation"] for s in studies]
    return studies[0]


def test_a_table_of_case_counts_printed_one_cell_per_line_is_no_table_of_trials():
    s = study("tt4")  # (a Year/Cases/Deaths table in the background; the trial's own results kept)
    assert {(m["group"], m["value"]) for m in s["measurements"]} == {("drug k", 62.5), ("placebo", 45.0)}


@pytest.mark.parametrize("name", ["ae7", "ae15", "ae17", "zae2", "zae3"])
def test_rates_of_events_of_a_subgroup_a_time_or_that_did_something_are_no_arms_rates(name):
    # ("Adverse events resulted in discontinuation in 7.3% …", "… in patients older than 65 years …",
    # "Serious adverse events in women …", "65岁以上患者中，…", "治疗第1周不良反应发生率…")
    assert not [a for a in study(name)["adverse_events"] if a["pct"] is not None]


@pytest.mark.parametrize("name", ["p1", "ap1", "ap2", "ap3", "sn1", "sn2", "sn3", "p2"])
def test_a_part_of_the_cohort_or_a_count_of_no_people_is_no_enrolment(name):
    # (one arm's people, two parts whose total is not written, trials, hospitals, a pilot, a derivation cohort)
    assert study(name)["participants"]["enrolled"] is None


def test_ratios_in_a_row_after_outcomes_named_together_are_none_of_them():
    assert study("bw3")["effects"] == []  # (three ORs after "ORR and DCR")


def test_a_relative_change_does_not_reach_past_what_did_it():
    got = {(e["measure"], e["value"]) for e in study("rc7")["effects"]}
    assert got == {("diabetes mellitus", -58)}  # (not the 10% of body weight lost)


def test_a_column_named_mortality_is_no_column_of_medians():
    from ingest.extract.trial_tables import read
    found = read((HERE / "tt1.txt").read_text(encoding="utf-8"))
    assert found and not [m for s in found for m in s.measurements if m.measure == "mortality" and m.stat == "median"]


@pytest.mark.parametrize("name", ["dg2", "cp2"])
def test_an_outcome_is_no_side_of_a_comparison(name):
    # ("Compared with placebo, 30-day mortality was reduced …", "The pooled response rate showed … compared to placebo")
    assert not [e for e in study(name)["effects"] if "mortality" in e["group"] or "rate" in e["group"]]


def test_a_time_and_an_outcome_are_no_treatment_compared():
    assert {(e["group"], e["versus"]) for e in study("zc6")["effects"]} == {("观察组", "control")}


def test_a_word_that_holds_zu_keeps_it():
    assert {e["measure"] for e in study("zz1")["effects"]} == {"术后软组织感染"}


def test_the_yu_of_canyu_opens_no_reference():
    assert {e["versus"] for e in study("ex2")["effects"]} == {"从不吃鸡蛋者"}


def test_a_basket_trials_cohort_is_no_cohort_study():
    assert study("d7")["design"] != "cohort"


def test_a_rate_the_safety_reader_read_is_not_stored_twice():
    events = [(a["event"], a["group"], a["pct"]) for a in study("gv1")["adverse_events"]]
    assert events == [("depression", "drug k", 6.0), ("depression", "placebo", 2.0)]


def test_a_pair_of_two_times_is_nobodys():
    assert study("bt1")["measurements"] == []  # ("higher in the first month than in the second month (62% v 41%)")


def test_points_between_two_shares_are_no_relative_change():
    assert study("rc4")["effects"] == []  # ("4 percent less likely …: 10 percent … and 6 percent …")
