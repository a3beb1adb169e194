"""Shares of several arms whose arms are listed beside them, in their order, with or without
"respectively", and whose outcome is said after them ("… of patients in the A, B and C groups
had …")."""
from ingest.extract import extract
from ingest.read import read_bytes

TRIAL = ("Drug X for focal epilepsy: a randomised trial\n\nWe randomly assigned 600 adults with focal epilepsy "
         "to drug X 100 mg, drug X 300 mg or placebo. ")


def study(sentence: str) -> dict:
    (s,) = extract(read_bytes((TRIAL + sentence + "\n").encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def shares(s: dict) -> set:
    return {(m["measure"], m["group"], m["value"]) for m in s["measurements"] if m["stat"] == "percent"}


ARMS = ("drug x 100 mg", "drug x 300 mg", "placebo")


def test_arms_listed_after_the_shares_then_the_outcome():
    s = study("41.5%, 52.3% and 18.4% of patients in the 100 mg, 300 mg and placebo groups became seizure free.")
    assert shares(s) == {("seizure freedom", a, v) for a, v in zip(ARMS, (41.5, 52.3, 18.4))}


def test_arms_listed_before_the_shares():
    s = study("In the 100 mg, 300 mg and placebo groups, 41.5%, 52.3% and 18.4% of patients achieved seizure freedom.")
    assert shares(s) == {("seizure freedom", a, v) for a, v in zip(ARMS, (41.5, 52.3, 18.4))}


def test_outcome_after_respectively_with_a_bound_in_its_name():
    # "at least a 50% reduction": the 50% is the outcome's threshold, no fourth share and no
    # value between the shares and their arms.
    s = study("During maintenance, 41.5%, 52.3%, and 18.4% of patients had at least a 50% reduction in seizure "
              "frequency in the 100 mg, 300 mg, and placebo groups, respectively.")
    got = shares(s)
    assert {(g, v) for _, g, v in got} == set(zip(ARMS, (41.5, 52.3, 18.4)))
    assert len({m for m, _, _ in got}) == 1 and "seizure" in next(iter(got))[0]
    assert 50 not in {v for _, _, v in got}


def test_shares_with_intervals_then_the_comparator_and_no_p_between_two_doses():
    s = study("44% (95% CI, 40 to 48) and 51% (95% CI, 47 to 55) of the participants in the 100 mg and 300 mg groups "
              "became seizure free, compared to 6% (95% CI, 4 to 8) in the placebo group (P<0.001).")
    assert {(m["group"], m["value"]) for m in s["measurements"]} == set(zip(ARMS, (44, 51, 6)))
    ci = {m["group"]: m["dispersion_value"] for m in s["measurements"]}
    assert ci["drug x 100 mg"] == [40, 48] and ci["drug x 300 mg"] == [47, 55]
    # the p sets the doses against placebo, which one the sentence does not say: never one dose
    # against the other
    assert not [e for e in s["effects"] if {e["group"], e["versus"]} == {"drug x 100 mg", "drug x 300 mg"}]


def test_a_list_of_two_arms_with_a_plain_rate_before_it():
    s = study("The response rates were 40% and 20% in the 300 mg and placebo groups.")
    assert {(m["group"], m["value"]) for m in s["measurements"]} == {("drug x 300 mg", 40), ("placebo", 20)}


def test_an_adverse_event_inside_an_efficacy_outcome_is_no_adverse_event():
    s = study("In the 300 mg and placebo groups, 22% and 9% of patients remained seizure free.")
    assert {(m["group"], m["value"]) for m in s["measurements"]} == {("drug x 300 mg", 22), ("placebo", 9)}
    assert not [a for a in s.get("adverse_events") or [] if a.get("value") in (22, 9)]


def test_arms_not_listed_in_the_values_order_are_left_alone():
    # two shares, three arms named with no list beside the shares: whose is whose is unsaid
    s = study("Drug X 100 mg, drug X 300 mg and placebo were compared; 30% and 12% of patients had a response.")
    assert not s["measurements"]
