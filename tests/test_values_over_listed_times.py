"""Values listed, then the times they were measured at, "respectively": an English series of
times closed by "and" ("at 3, 6, and 9 months") is three times; one group's values over them
("7.9%, 7.4%, and 7.1% at 3, 6, and 9 months, respectively"); changes listed after the measures
they are of ("a reduction in A and B (4.6 to 1.2 and 3.9 to 0.9, respectively)"); the study's
length, the last of the times it measured at. Each article is written for this test."""

import pytest

from ingest.extract import extract
from ingest.extract.numbers import times
from ingest.read import read_bytes


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def values(s) -> list:
    return sorted((m["measure"], m["group"], (m["time"] or {}).get("value"), m["value"]) for m in s["measurements"])


@pytest.mark.parametrize("text, expected", [
    ("at 3, 6, and 9 months", [3, 6, 9]),
    ("at 1, 2, 4 or 8 weeks", [1, 2, 4, 8]),
    ("治疗4、8、12周", [4, 8, 12]),
    # (a comma alone may end a value: "5, 12 weeks" lists no time 5)
    ("children aged 5, 12 weeks after birth", [12]),
])
def test_a_series_of_times_closed_by_and_is_each_time(text, expected):
    assert [t.time.value for t in times(text)] == expected


@pytest.mark.parametrize("sentence, group", [
    ("In this trial of 300 adults, HbA1c was 7.9%, 7.4%, and 7.1% at 3, 6, and 9 months, respectively.", "all"),
    ("In a randomised trial, 300 adults were assigned to drug K or placebo. In the drug K group, HbA1c was "
     "7.9%, 7.4%, and 7.1% at 3, 6, and 9 months, respectively.", "drug k"),
])
def test_one_groups_values_over_the_times_listed_after_them(sentence, group):
    assert values(study(sentence)) == [("HbA1c", group, 3, 7.9), ("HbA1c", group, 6, 7.4), ("HbA1c", group, 9, 7.1)]


def test_a_run_followed_by_times_and_then_an_arm_is_not_one_groups():
    # (the arm after the run says whose values they are: not the times' reading alone)
    s = study("In a randomised trial, 300 adults were assigned to drug K or placebo. HbA1c was 7.9%, 7.4%, and "
              "7.1% at 3, 6, and 9 months in the placebo group, respectively.")
    assert not [m for m in s["measurements"] if m["group"] == "drug k"]


def test_satisfaction_with_treatment_over_the_times_listed():
    s = study("In this open-label study of 300 women, satisfaction with treatment was 89%, 92%, and 93% "
              "at 3, 6, and 9 months, respectively.")
    assert values(s) == [("patient satisfaction", "all", 3, 89), ("patient satisfaction", "all", 6, 92),
                         ("patient satisfaction", "all", 9, 93)]


def test_changes_listed_after_their_measures_respectively():
    s = study("In this open-label study of 300 women, drug K was followed by a reduction in total incontinence "
              "episodes per day and urgency incontinence episodes per day (mean [SE], 4.6 [0.12] to 1.2 [0.13] and "
              "3.9 [0.11] to 0.9 [0.11], respectively).")
    got = {(m["measure"], m["value"]) for m in s["measurements"]}
    assert got == {("incontinence episodes", 4.6), ("incontinence episodes", 1.2),
                   ("urgency incontinence episodes", 3.9), ("urgency incontinence episodes", 0.9)}


def test_the_study_ran_to_the_last_time_it_measured_at():
    s = study("In this randomised trial, 120 adults took drug K or placebo. Scores were obtained at baseline and "
              "at 5, 10 and 15 weeks. Pain fell more with drug K (P=0.01).")
    assert s["follow_up"] == {"value": 15, "unit": "week"}
