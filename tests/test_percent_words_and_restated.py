"""A percentage written as a word ("3.8 percent", "4.4 per cent") is a percentage, and one
result told twice (a lead and the body) is stored once, quoted where the article gives the
most numbers with it. Written for this test."""

import pytest

from ingest.extract import extract
from ingest.extract.numbers import stats
from ingest.read import read_bytes

TRIAL = "Drug X for heart disease: a randomized trial\n\nA total of 5000 adults were randomized to drug X (n=2500) or placebo (n=2500). "


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


@pytest.mark.parametrize("written", ["3.8%", "3.8 percent", "3.8 per cent", "3.8 Percent"])
def test_a_percentage_in_words(written):
    (st,) = stats(f"in {written} of them")
    assert (st.value, st.percent) == (3.8, True)


def test_a_count_with_its_percentage_in_words():
    (st,) = stats("96 participants (3.8 percent) and")
    assert (st.value, st.count_pct) == (96, 3.8)


@pytest.mark.parametrize("sentence", [
    "Stroke occurred in 3.8 percent of the drug X group and 4.4 percent of the placebo group.",
    "Stroke occurred in 96 participants in the drug X group (3.8 percent) and 109 in the placebo group (4.4 percent).",
])
def test_each_arms_share_written_in_words(sentence):
    got = {(m["measure"].lower(), m["group"], m["value"]) for m in study(TRIAL + sentence + "\n")["measurements"] if m["stat"] == "percent"}
    assert {("stroke", "drug x", 3.8), ("stroke", "placebo", 4.4)} <= got


def test_a_result_told_twice_is_stored_once_with_the_richer_quote():
    s = study(TRIAL + "Drug X lowered the risk of stroke (hazard ratio 0.72).\n\nResults: stroke occurred in 96 of 2500 "
              "participants with drug X and 130 of 2500 with placebo (hazard ratio 0.72, 95% CI 0.55 to 0.94; P=0.02).\n"
              "Conclusion: drug X lowered the risk of stroke (hazard ratio 0.72, 95% CI 0.55 to 0.94; P=0.02).\n")
    ratios = [e for e in s["effects"] if e["type"] == "hazard_ratio" and e["ci"] == [0.55, 0.94]]
    assert len(ratios) == 1
    assert "96 of 2500" in ratios[0]["quote"]
