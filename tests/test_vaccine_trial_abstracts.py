"""A vaccine trial's abstract: "a total of 4210 children (2104 in the vaccine group and 2106 in the
placebo group) were vaccinated" gives everyone and each arm, "…were included in the per-protocol
efficacy cohort" those analysed, "(seven cases vs. 39 cases)" is the arms' events, no arm's size,
and "the efficacy of the vaccine was 82.0% (95% CI …) against mumps" is the vaccine's efficacy
against mumps.

Every article here is written for this test, in its own words.
"""

from ingest.extract import extract
from ingest.read import read_bytes

ABSTRACT = ("Efficacy of a live attenuated mumps vaccine in children: a randomized, placebo-controlled trial\n\n"
            "Methods We conducted a double-blind trial in which healthy children were randomly assigned in a 1:1 ratio to "
            "receive one dose of mumps vaccine or placebo. Results A total of 4210 children (2104 in the mumps vaccine "
            "group and 2106 in the placebo group) were vaccinated, and 4202 children (2100 in the mumps vaccine group and "
            "2102 in the placebo group) were included in the per-protocol efficacy cohort. The efficacy of the vaccine "
            "was 82.0% (95% confidence interval, 60.3–91.8) against mumps (seven cases vs. 39 cases).")


def study() -> dict:
    (s,) = extract(read_bytes(ABSTRACT.encode(), path="abstract.txt")).to_json()["studies"]
    return s


def test_everyone_and_each_arm_from_the_bracket():
    s = study()
    assert {(g["name"], g["n"]) for g in s["groups"]} == {("mumps vaccine", 2104), ("placebo", 2106)}, s["groups"]
    assert (s["participants"]["enrolled"], s["participants"]["analyzed"]) == (4210, 4202), s["participants"]


def test_the_vaccines_efficacy_against_what_follows_its_interval():
    found = {(e["measure"], e["type"], e["value"], tuple(e["ci"] or ())) for e in study()["effects"]}
    assert ("mumps", "vaccine_efficacy", 82.0, (60.3, 91.8)) in found, found


def test_cases_set_against_each_other_are_no_arms_size():
    assert not [g for g in study()["groups"] if g["n"] in (7, 39)]


def test_a_bare_youxiaolv_after_a_vaccine_is_its_efficacy_not_the_control_arms_rate():
    text = ("某公司研发的流感疫苗Ⅲ期临床试验纳入8000名志愿者，一半接种疫苗，另一半注射安慰剂。"
            "该疫苗Ⅲ期临床已发现80例阳性病例，其中72例来自对照组，有效率为90.0%。")
    studies = extract(read_bytes(text.encode(), path="news.txt")).to_json()["studies"]
    effects = {(e["type"], e["value"]) for s in studies for e in s["effects"]}
    assert ("vaccine_efficacy", 90.0) in effects, studies
    assert not [m for s in studies for m in s["measurements"] if m["value"] == 90.0], studies
