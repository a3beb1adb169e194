"""Rates of adverse events by arm, read by the same shapes that read an outcome's shares by
arm, and stored as adverse events (never as outcomes of efficacy): a kind of event is named
as the article writes it ("grade 3 or higher adverse events", "胃肠道不良反应"), events of any
kind or serious ones as the safety reader names them. A share that is another thing's (a
remission rate after the words, a share of mild events, a subgroup's, a plan's) is none.

Every article here is written for this test, in its own words.
"""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

EN = ("Drug K for depression: a randomized trial\nMETHODS: 400 adults were randomized to drug K or placebo.\n"
      "RESULTS: {}\n")
ZH = "K药治疗的随机对照试验\n方法：纳入60例患者，随机分为治疗组和对照组各30例。\n结果：{}\n"


def study(text: str) -> dict:
    return extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"][0]


def events(text: str) -> set:
    return {(a["event"], a["group"], a["n"], a["pct"]) for a in study(text)["adverse_events"]}


@pytest.mark.parametrize("text, expected", [
    (EN.format("Grade 3 or higher adverse events occurred in 71.7% of the drug K group and 62.1% of the placebo group."),
     {("grade 3 or higher adverse events", "drug k", None, 71.7), ("grade 3 or higher adverse events", "placebo", None, 62.1)}),
    # (the number of the first arm without its %, "41.2 versus 20.5 percent"; the vocabulary's
    # numberless "gastrointestinal reaction" from the same words is not kept beside them)
    (EN.format("More patients on drug K than on placebo had gastrointestinal adverse events (41.2 versus 20.5 percent)."),
     {("gastrointestinal adverse events", "drug k", None, 41.2), ("gastrointestinal adverse events", "placebo", None, 20.5)}),
    (EN.format("Infusion-related adverse events were more frequent with drug K than with placebo (12.0% vs. 3.5%)."),
     {("infusion-related adverse events", "drug k", None, 12.0), ("infusion-related adverse events", "placebo", None, 3.5)}),
    (EN.format("Adverse events leading to discontinuation of treatment occurred in 6.1% of the drug K group and 2.0% "
               "of the placebo group."),
     {("adverse events leading to discontinuation of treatment", "drug k", None, 6.1),
      ("adverse events leading to discontinuation of treatment", "placebo", None, 2.0)}),
    (EN.format("The incidence of adverse events was similar between the drug K group (60.5%) and the placebo group (58.0%)."),
     {("any adverse event", "drug k", None, 60.5), ("any adverse event", "placebo", None, 58.0)}),
    (EN.format("Serious adverse events were similar in the two groups, occurring in 16.6% of drug K recipients and 17.5% "
               "of placebo recipients."),
     {("serious adverse events", "drug k", None, 16.6), ("serious adverse events", "placebo", None, 17.5)}),
    (ZH.format("治疗组胃肠道不良反应发生率为20.0%，对照组为6.7%。"),
     {("胃肠道不良反应", "treatment", None, 20.0), ("胃肠道不良反应", "control", None, 6.7)}),
])
def test_a_kind_of_adverse_event_by_arm(text, expected):
    assert events(text) == expected
    assert not study(text)["measurements"]  # (no outcome of efficacy)


@pytest.mark.parametrize("text", [
    EN.format("Adverse events were comparable, and remission occurred in 40% of the drug K group and 20% of the placebo group."),
    ZH.format("不良反应多为轻度，治疗组为85.0%，对照组为80.0%。"),
    EN.format("Among patients aged 65 or older, adverse events occurred in 30% of the drug K group and 20% of the placebo group."),
    EN.format("The sample size assumed adverse event rates of 20% in the drug K group and 10% in the placebo group."),
    ZH.format("治疗组导致停药的不良反应发生率为10.0%，对照组为3.3%。"),  # (a kind the words after it do not name)
])
def test_shares_that_are_another_things_are_no_rate_of_events(text):
    assert not [e for e in events(text) if e[3] is not None]


def test_an_arms_share_in_the_bracket_after_its_name_is_that_arms():
    """"between the drug K group (60.5%) and the placebo group (58.0%)": the arm named after a
    bracket is not the bracketed value's (it was read as the placebo's, and the placebo's own
    value was lost)."""
    text = EN.format("The response rates were similar between the drug K group (60.5%) and the placebo group (58.0%).")
    values = {(m["measure"], m["group"], m["value"]) for m in study(text)["measurements"]}
    assert values == {("response rates", "drug k", 60.5), ("response rates", "placebo", 58.0)}


def test_events_named_as_why_people_stopped_are_a_rate_of_stopping():
    # ("discontinued treatment because of adverse events (3.4 versus 0.8 percent)": not any adverse event)
    s = study(EN.format("More participants receiving drug K than placebo had gastrointestinal adverse events (62.1 "
                        "versus 40.5 percent) and discontinued treatment because of adverse events (3.4 versus 0.8 percent)."))
    got = {(a["event"], a["group"], a["pct"]) for a in s["adverse_events"]}
    assert ("discontinuation due to adverse events", "drug k", 3.4) in got
    assert not any(e == "any adverse event" for e, _, _ in got)


def test_events_after_the_abbreviation_aes_are_adverse_events():
    text = ("Drug K in lung cancer: a phase 1 study\n\nResults: 75 patients were treated. Common related AEs were "
            "fatigue (18%), nausea (12%), pruritus (6%) and anemia (6%).\n")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert {(a["event"], a["pct"]) for a in s["adverse_events"]} >= {("fatigue", 18), ("nausea", 12), ("anemia", 6)}
