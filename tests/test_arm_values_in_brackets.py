"""Each arm's value in a bracket after its measure, several measures in one sentence:
"fewer headache days (DA: 4.1 ± 3.0; SB: 8.3 ± 5.2; P = 0.01), less severe headache (DA: …;
SB: …; P = 0.02)". Each bracket's values and p are its own measure's, the arms named by the
abbreviations the article defined with their sizes ("drug A (DA = 30)"), after "12 sessions
of either". Written for this test."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

METHODS = ("Methods. Sixty adults with tension headache were randomly allocated to receive 12 sessions of either "
           "dry needling (DN = 31) or sham needling (SN = 29) over 10 weeks.\n\n")
RESULTS = ("Results. Compared with the SN group, the DN group reported fewer headache days (DN: 4.1 ± 3.0; SN: 8.3 ± 5.2; "
           "P = 0.01), less severe headache (DN: 2.25 ± 1.10; SN: 3.40 ± 0.90; P = 0.02).\n")


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def test_the_arms_their_sizes_and_abbreviations():
    s = study(METHODS + RESULTS)
    assert {(g["name"], g["n"]) for g in s["groups"]} == {("dry needling", 31), ("sham needling", 29)}


def test_each_bracket_is_its_own_measures():
    s = study(METHODS + RESULTS)
    # (the vocabulary's name for headache days is "monthly headache days")
    got = {(m["measure"].lower(), m["group"], m["value"], m["dispersion_value"]) for m in s["measurements"]}
    assert got == {("monthly headache days", "dry needling", 4.1, 3.0), ("monthly headache days", "sham needling", 8.3, 5.2),
                   ("severe headache", "dry needling", 2.25, 1.10), ("severe headache", "sham needling", 3.40, 0.90)}
    ps = {(e["measure"].lower(), e["p"]) for e in s["effects"] if e["p"] is not None}
    assert ps == {("severe headache", 0.02), ("monthly headache days", 0.01)}


@pytest.mark.parametrize("results", [
    # one bracket: the measure named before it, as before
    "Results. The DN group reported fewer headache days (DN: 4.1 ± 3.0; SN: 8.3 ± 5.2; P = 0.01).\n",
])
def test_one_bracket_keeps_the_measure_named_before_it(results):
    s = study(METHODS + results)
    assert {(m["measure"].lower(), m["group"], m["value"]) for m in s["measurements"]} == {
        ("monthly headache days", "dry needling", 4.1), ("monthly headache days", "sham needling", 8.3)}


def test_a_bracket_whose_measure_is_not_named_is_not_given_another():
    s = study(METHODS + "Results. Compared with the SN group, the DN group reported fewer headache days (DN: 4.1 ± 3.0; "
              "SN: 8.3 ± 5.2; P = 0.01), and (DN: 2.25 ± 1.10; SN: 3.40 ± 0.90; P = 0.02).\n")
    assert not any(m["value"] in (2.25, 3.40) and m["measure"].lower() == "headache days" for m in s["measurements"])
