"""Arms that differ only by the dose of one drug: each dose its own arm, named by the drug and
its dose ("tirzepatide 5 mg"), where the article does not call them high- and low-dose groups;
results given "with 5 mg" go to that arm; the intervention stays the drug, with its doses.
Made-up trials."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def study(text: str) -> dict:
    return extract(read_bytes(text.encode(), path="a.txt")).to_json()["studies"][0]


@pytest.mark.parametrize("allocation, arms", [
    ("were randomized to velorant 50 mg, velorant 100 mg or placebo", ["velorant 50 mg", "velorant 100 mg", "placebo"]),
    ("were randomly assigned to receive once-weekly, subcutaneous velorant (5 mg, 10 mg, or 15 mg) or placebo",
     ["velorant 5 mg", "velorant 10 mg", "velorant 15 mg", "placebo"]),
    ("were randomly assigned to receive velorant at a dose of 4 mg, velorant at a dose of 2 mg, or placebo",
     ["velorant 4 mg", "velorant 2 mg", "placebo"]),
])
def test_each_dose_is_an_arm(allocation, arms):
    found = study(f"A phase 3 trial of velorant\n\nAdults with migraine {allocation}. Pain freedom at two hours was "
                  "reported in 20.1% of all patients.")
    assert [g["name"] for g in found["groups"] if g["role"] == "arm"] == arms
    assert [i["name"] for i in found["interventions"]] == ["velorant"]


def test_results_given_per_dose_go_to_that_arm():
    found = study("A phase 3 trial of velorant\n\nAdults with migraine were randomized to velorant 50 mg, velorant 100 mg "
                  "or placebo. Pain freedom at two hours was achieved by 19.2% with velorant 50 mg, 21.2% with velorant "
                  "100 mg and 11.8% with placebo.")
    values = {(m["group"], m["value"]) for m in found["measurements"]}
    assert {("velorant 50 mg", 19.2), ("velorant 100 mg", 21.2), ("placebo", 11.8)} <= values, values


def test_high_and_low_dose_groups_keep_their_names():
    found = study("A trial of feltrazumab\n\nPatients were randomized to feltrazumab at 280 mg or 140 mg, or placebo. "
                  "The response rate was 40% in the high-dose group, 30% in the low-dose group and 10% with placebo.")
    assert {"high dose", "low dose", "placebo"} <= {g["name"] for g in found["groups"]}
