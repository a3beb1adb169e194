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


def test_arms_called_by_letters_the_vocabulary_does_not_list():
    s = study("Ropivacaine infiltration after knee replacement\nMethods: 48 patients undergoing knee replacement were "
              "randomized into 2 groups in a double-blind study. In group A, ropivacaine was infiltrated during the "
              "operation. In group P, no injections were given. Results: Median morphine consumption was lower in "
              "group A during the first 48 h: 18 (1-74) mg vs. 87 (36-160) mg in group P.")
    assert {"group A", "group P"} <= {g["name"] for g in s["groups"]}
    assert {("group A", 18), ("group P", 87)} <= {(m["group"], m["value"]) for m in s["measurements"]}


def test_a_symbol_fonts_minus_and_plus_minus_are_read():
    s = study(ARMS.format("After 2 years, plaque score in the placebo group was ⫺1.20⫾0.69 (P⬍0.001)."))
    assert [(m["value"], m["dispersion_value"]) for m in s["measurements"]] == [(-1.2, 0.69)]
    assert [e["p_relation"] for e in s["effects"] if e["p"] == 0.001] == ["<"]


def test_differences_listed_respectively_each_with_its_own_p():
    s = study(ARMS.format("The differences in plaque score and bleeding score between the 2 groups were -0.92 "
                          "(95% confidence interval, -1.10 to -0.77; P<0.001) and 0.40 (95% confidence interval, "
                          "0.35 to 0.45; P=0.002), respectively."))
    got = {(e["measure"].lower(), e["value"], e["p"]) for e in s["effects"]}
    assert {("plaque score", -0.92, 0.001), ("bleeding score", 0.4, 0.002)} <= got
    assert not [e for e in got if e[0] == "plaque score" and e[1] == 0.4]


def test_a_scale_whose_name_holds_and_is_not_cut_in_two():
    s = study(ARMS.format("Cognitive, language and motor scores on the Bayley Scales of Infant and Toddler Development "
                          "were 97.2 versus 97.9 (MD -0.7, 95% CI -4.0 to 2.6; P = 0.61) and 93.1 versus 93.8 (MD -0.7, "
                          "95% CI -7.0 to 5.6; P = 0.83), respectively."))
    assert not [e for e in s["effects"] if e["measure"] in ("Toddler Development", "Bayley Scales of Infant")]


def test_a_pooled_result_with_one_treatment_versus_another():
    s = study("Cefazolin versus penicillin for bacteremia: a meta-analysis\nTen trials were identified. Meta-analysis "
              "showed a lower mortality rate with cefazolin vs. penicillin using fixed effect model [risk ratio (RR) "
              "0.78, 95% CI 0.69-0.88, P < 0.0001], although no difference was noted with relapse (RR 1.29, 95% CI "
              "0.96-1.74, P = 0.09).")
    got = {(e["measure"].lower(), e["group"], e["versus"], e["value"]) for e in s["effects"]}
    assert ("mortality", "cefazolin", "penicillin", 0.78) in got
    assert "relapse" in {m for m, *_ in got}
    assert not [e for e in s["effects"] if e["measure"].lower().startswith("although")]


def test_what_people_reached_is_the_measure_not_the_people():
    s = study(ARMS.format("Many participants with gingivitis achieved resolution of their bleeding at day 30 with "
                          "mouthrinse K compared to the placebo group (41.3% vs. 22.8%, p = .021)."))
    assert {(m, g.lower(), v) for m, g, _, _, v in values(s)} == {("resolution", "mouthrinse k", 41.3),
                                                                   ("resolution", "placebo", 22.8)}
    assert [(e["measure"], e["p"]) for e in s["effects"]] == [("resolution", 0.021)]


def test_a_time_to_an_event_keeps_its_to():
    s = study(ARMS.format("Patients given mouthrinse K had a median time to healing of 6.5 days."))
    assert [m for m, *_ in values(s)] == ["time to healing"]
