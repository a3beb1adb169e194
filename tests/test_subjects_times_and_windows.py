"""A sentence's own subject, a time said once after a pair of values, a percent sign written
once for two values, a treatment given "until progression", a window of hours: each read as a
reader of the abstract would. Each article is written for this test."""

from ingest.extract import extract
from ingest.read import read_bytes

ARMS = ("Mouthrinse K versus placebo: a randomised trial\nIn this double-blind randomised trial, 121 adults were "
        "randomly assigned to mouthrinse K or placebo. {}")


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def values(s):
    return {(m["measure"], m["group"], (m["time"] or {}).get("value"), m["stat"], m["value"]) for m in s["measurements"]}


def test_a_sentences_own_subject_is_its_measure_not_the_one_before():
    s = study(ARMS.format("Even though baseline plaque levels were low, the mean plaque score of the mouthrinse K "
                          "users fell from 1.33 at baseline to 0.96 (p < 0.001). Gingival bleeding score fell from "
                          "0.56 to 0.42 in the mouthrinse K group."))
    got = {(m, v) for m, _, _, _, v in values(s)}
    assert ("plaque score", 1.33) in {(m.replace("mean ", ""), v) for m, v in got}
    assert ("Gingival bleeding score", 0.42) in got
    assert not [m for m, _ in got if "though" in m.lower() or "users" in m]


def test_one_time_after_a_pair_of_values_is_each_ones():
    s = study("Drug K in gastric cancer: a phase 3 trial\nA total of 493 patients were randomized to drug K or "
              "placebo. The OS rates of drug K and placebo were 27.3% and 11.6% at 12 months, and 10.6% and 3.2% at "
              "24 months, respectively.")
    got = {(g, t, v) for _, g, t, _, v in values(s)}
    assert {("drug k", 12, 27.3), ("placebo", 12, 11.6), ("drug k", 24, 10.6), ("placebo", 24, 3.2)} <= got


def test_a_percent_sign_written_once_for_two_values():
    s = study(ARMS.format("The response rates were 36.9 and 24.2% in the mouthrinse K and placebo groups, respectively."))
    assert {("mouthrinse k", "percent", 36.9), ("placebo", "percent", 24.2)} <= {(g, st, v) for _, g, _, st, v in values(s)}


def test_a_treatment_given_until_progression_names_no_arm():
    s = study("Drug K in gastric cancer: a phase 3 trial\nA total of 493 patients were randomized in a 2:1 ratio to "
              "receive drug K (N = 330) or placebo (N = 163) until progressive disease or unacceptable toxicity. "
              "Median overall survival was 5.3 months with drug K versus 4.1 months with placebo.")
    names = {g["name"].lower() for g in s["groups"]}
    assert {"drug k", "placebo"} <= names
    assert not [n for n in names if "toxicity" in n or "until" in n]


def test_a_window_of_hours_is_no_change_from_zero():
    s = study(ARMS.format("Mouthrinse K showed a significant improvement in the sum of pain intensity difference "
                          "from 0 to 48 hours compared with placebo."))
    assert not [m for m in s["measurements"] if m["value"] in (0, 48)]
