"""In a trial of children the children are everyone, no subgroup: their results are the
whole study's ("all") or their arm's. Children are a subgroup only where older people are
named beside them, or "儿童组" / "the pediatric subgroup" is said. Written for this test."""

from ingest.extract import extract
from ingest.read import read_bytes


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def test_a_trial_of_children_has_no_pediatric_subgroup():
    s = study("Vitamin D and asthma attacks in preschool children\n\n"
              "Children (N = 52) were randomised to vitamin D or placebo in the autumn. Attacks fell by 40% "
              "among the children over six months.\n")
    assert "pediatric" not in {g["name"] for g in s["groups"]}


def test_children_beside_older_people_are_a_subgroup():
    s = study("Influenza vaccine effectiveness by age\n\n"
              "Among 3,000 patients, vaccine effectiveness was 68% in children (n = 1,200) and 41% in older adults "
              "(n = 1,800).\n")
    assert "pediatric" in {g["name"] for g in s["groups"]}
