"""A single-arm study's shares of its people, each with what they reached said right after it:
"41% of patients had a viral load below 50 copies/mL and 48% had one below 200 copies/mL".
Shares that say who the people were are no results, and neither is a sentence where one share
has no outcome of its own. Written for this test."""
from ingest.extract import extract
from ingest.read import read_bytes

HEAD = "Drug T in resistant HIV: a phase 3 study\n\nIn this single-arm phase 3 trial, 36 patients with HIV received drug T. "


def shares(sentence: str) -> set:
    (s,) = extract(read_bytes((HEAD + sentence + "\n").encode("utf-8"), path="a.txt")).to_json()["studies"]
    return {(m["measure"], m["value"]) for m in s["measurements"]}


def test_two_shares_each_with_its_own_outcome():
    assert shares("At week 24, 41% of patients had a viral load below 50 copies/mL and 48% had a viral load below "
                  "200 copies/mL.") == {("viral load below 50 copies/mL", 41), ("viral load below 200 copies/mL", 48)}


def test_shares_that_say_who_the_people_were_are_no_results():
    assert shares("Of the patients, 20 (56%) were Caucasian, and 12 (33%) had completed college.") == set()
