"""Adverse events of any kind, or serious ones, as trials report them for each arm: one event
per arm with its share (and its count where the article gives it). Events of a kind of their
own ("grade 3 or higher", "leading to discontinuation", "gastrointestinal") are not read as
"any adverse event" (test_adverse_event_rates.py names them as written); nor are another
measure's figures, shares of mild events, a subgroup's, a plan's; a single arm's total stays
in the safety totals.

Every article here is written for this test, in its own words.
"""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

EN = ("Drug K for depression: a randomized trial\nMETHODS: 400 adults were randomized to drug K or placebo.\n"
      "RESULTS: {}\n")
ZH = "K药治疗的随机对照试验\n方法：纳入60例患者，随机分为治疗组和对照组各30例。\n结果：{}\n"


def events(text: str) -> set:
    studies = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return {(a["event"], a["group"], a["n"], a["pct"]) for s in studies for a in s["adverse_events"]}


@pytest.mark.parametrize("text, expected", [
    (EN.format("Serious adverse events occurred in 16.0% of the drug K group and 17.5% of the placebo group."),
     {("serious adverse events", "drug k", None, 16.0), ("serious adverse events", "placebo", None, 17.5)}),
    (ZH.format("治疗组不良反应发生率为10.0%，对照组为13.3%，差异无统计学意义(P>0.05)。"),
     {("any adverse event", "treatment", None, 10.0), ("any adverse event", "control", None, 13.3)}),
    (ZH.format("治疗组的不良反应发生率为10.0%(3/30)，对照组13.3%(4/30)。"),
     {("any adverse event", "treatment", 3, 10.0), ("any adverse event", "control", 4, 13.3)}),
    # (beside another measure's figures, each arm's first share is the events')
    (ZH.format("治疗组不良反应发生率和总有效率分别为10.0%和93.3%，对照组分别为13.3%和76.7%。"),
     {("any adverse event", "treatment", None, 10.0), ("any adverse event", "control", None, 13.3)}),
])
def test_any_or_serious_adverse_events_by_arm(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text", [
    EN.format("Grade 3 or higher adverse events occurred in 71.7% of the drug K group and 62.1% of the placebo group."),
    ZH.format("治疗组导致停药的不良反应发生率为10.0%，对照组为3.3%。"),
    ZH.format("治疗组胃肠道不良反应发生率为20.0%，对照组为6.7%。"),
    # another measure's figures after the words, a share of mild events, a subgroup, a plan, a negation
    EN.format("Adverse events were comparable, and remission occurred in 40% of the drug K group and 20% of the placebo group."),
    ZH.format("不良反应多为轻度，治疗组为85.0%，对照组为80.0%。"),
    EN.format("Among patients aged 65 or older, adverse events occurred in 30% of the drug K group and 20% of the placebo group."),
    EN.format("The sample size assumed adverse event rates of 20% in the drug K group and 10% in the placebo group."),
    EN.format("No notable adverse events occurred, and response was seen in 60% of the drug K group and 30% of the placebo group."),
    EN.format("Non-serious adverse events occurred in 40% of the drug K group and 35% of the placebo group."),
    ZH.format("两组不良反应发生率均较低，治疗1周和4周时分别为5.0%和8.3%。"),
])
def test_events_of_a_kind_of_their_own_are_no_any_adverse_event(text):
    assert not [e for e in events(text) if e[0] in ("any adverse event", "serious adverse events")]


def test_the_people_with_an_event_are_not_all_who_could_have_had_it():
    # ("in 45 of 1250 patients": 45 had a stroke; 1250 were at risk)
    text = EN.format("A stroke occurred in 45 of 1250 patients in the drug K group and 60 of 1250 in the placebo group.")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert not [a for a in s["adverse_events"] if a["n"] == 1250]


def test_the_most_common_event_named_then_is_no_event_of_its_own():
    # (the rates are somnolence's; "most common adverse event" said again with them is none)
    (s,) = extract(read_bytes(b"Drug V trial\n\nIn this randomized trial, 600 patients were randomized to receive drug V "
                              b"or placebo. The most common adverse event was somnolence (3.4% with drug V and 1.2% with "
                              b"placebo).\n", path="a.txt")).to_json()["studies"]
    assert {(a["event"], a["group"], a["pct"]) for a in s["adverse_events"]} == {
        ("somnolence", "drug v", 3.4), ("somnolence", "placebo", 1.2)}
