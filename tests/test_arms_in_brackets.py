"""An arm named in brackets right after its value ("-5.0 ± 12.5 mmHg (SHAM)") owns that value,
not the arm of the bracket before it; values in brackets after "at 3 months [...]" are at 3
months; a fourth arm is "Group D"; an allocation "to one of three diets: A, B, or C" lists its
arms. Written for this test."""

from ingest.extract import extract
from ingest.read import read_bytes


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def test_the_arm_in_brackets_after_a_value_and_the_time_before_its_brackets():
    s = study("Renal denervation for resistant hypertension: a sham-controlled trial\n"
              "METHODS: 69 patients were randomized to renal denervation (RDN, n=36) or a sham procedure (SHAM, n=33).\n"
              "RESULTS: Mean baseline daytime systolic ABPM was 158 ± 11 mmHg (RDN) and 157 ± 13 mmHg (SHAM). Groups had "
              "similar reductions in daytime systolic ABPM compared with baseline at 3 months [-5.2 ± 17.8 mmHg (RDN) vs. "
              "-5.0 ± 12.5 mmHg (SHAM)] and at 6 months [-5.1 ± 17.9 mmHg (RDN) vs. -3.3 ± 14.1 mmHg (SHAM)].\n")
    # (the levels are measurements; the "reductions ... compared with baseline" are each arm's change)
    got = {m["value"]: (m["group"], (m["time"] or {}).get("value")) for m in s["measurements"]}
    got.update({e["value"]: (e["group"], (e["time"] or {}).get("value")) for e in s["effects"]
                if e["type"] == "mean_change" and e["versus"] == "baseline"})
    assert got[-5.2] == ("renal denervation", 3) and got[-5.1] == ("renal denervation", 6)
    assert "sham" in got[-5.0][0] and got[-5.0][1] == 3
    assert "sham" in got[-3.3][0] and got[-3.3][1] == 6
    assert got[158][0] == "renal denervation" and "sham" in got[157][0]


def test_a_fourth_arm_in_brackets():
    s = study("Adjuvants for spinal anaesthesia: a randomised trial\n"
              "METHODS: 120 patients were randomly divided into four groups: group A, group B, group C and group D.\n"
              "RESULTS: Time to complete motor recovery was 180 ± 50 min (Group C), 230 ± 55 min (Group B) and "
              "228 ± 60 min (Group D), P < 0.001.\n")
    got = {m["value"]: m["group"] for m in s["measurements"]}
    assert got == {180: "group C", 230: "group B", 228: "group D"}


def test_one_of_three_diets():
    s = study("Mediterranean diet and the heart: a randomized trial\n"
              "In a multicenter trial, 7,000 participants at high cardiovascular risk were randomly assigned to one of "
              "three diets: a Mediterranean diet supplemented with extra-virgin olive oil, a Mediterranean diet "
              "supplemented with mixed nuts, or a control diet.\n"
              "RESULTS: The primary end point occurred in 3.8%, 3.4% and 4.4% of participants, respectively (P=0.01).\n")
    arms = [g["name"].lower() for g in s["groups"] if g["role"] == "arm"]
    assert arms == ["mediterranean diet supplemented with extra-virgin olive oil",
                    "mediterranean diet supplemented with mixed nuts", "control diet"]


def test_words_after_the_last_arms_size_name_every_arm():
    s = study("Keyhole versus open hernia repair: a randomized trial\n"
              "METHODS: 180 adults were randomly assigned to keyhole (n = 91) or open (n = 89) hernia repair.\n"
              "RESULTS: The mean operating time was 62 +/- 11 min in the keyhole group and 48 +/- 9 min in the open group.\n")
    arms = {g["name"]: g["n"] for g in s["groups"] if g["role"] == "arm"}
    assert arms == {"keyhole hernia repair": 91, "open hernia repair": 89}
    got = {m["value"]: m["group"] for m in s["measurements"]}
    assert got == {62: "keyhole hernia repair", 48: "open hernia repair"}
