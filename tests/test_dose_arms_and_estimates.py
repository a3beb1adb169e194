"""Dose-ranging trials and estimates printed with their interval inside one bracket: doses
listed with the unit once at the end ("at a dose of 25 (n=79), 10 (n=75), or 1 mg"); each dose
arm's change ("−12.0 with the 25-mg, … dose"); the difference between two dose arms
("between the 25- and 1-mg dose groups (−6.6, 95 percent confidence interval, …)"), the
difference of their changes; an estimate opening its bracket ("lower (−0.15 mmol/l, 95% CI …)")
is no arm's level; each arm's change with its interval; a statistic's name is no measure; the
one time point a sentence names before its values. Each article is written for this test."""

from ingest.extract import extract
from ingest.read import read_bytes

DOSES = ("Drug K for depression: a phase 2 trial\n"
         "The trial randomized adult patients with treatment-resistant depression to receive a single dose of a "
         "proprietary, synthetic formulation of drug K at a dose of 25 (n=79), 10 (n=75), or 1 mg (control; n=79). "
         "The mean changes at week 3 in the MADRS total score were −12.0 with the 25-mg, −7.9 with the 10-mg, and "
         "−5.4 with the 1-mg dose. Only the difference between the 25- and 1-mg dose groups achieved statistical "
         "significance (−6.6, 95 percent confidence interval [CI], −10.2 to −2.9; p<0.001; 10 mg vs 1 mg: −2.5, "
         "95 percent CI, −6.2 to 1.2; p=0.18).")


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def test_doses_listed_with_one_unit_at_the_end_are_the_arms():
    s = study(DOSES)
    assert [(g["name"], g["n"]) for g in s["groups"]] == [("drug k 25 mg", 79), ("drug k 10 mg", 75), ("drug k 1 mg", None)]


def test_each_dose_arms_change_at_the_sentences_time():
    changes = [(e["group"], e["value"], e["time"]) for e in study(DOSES)["effects"] if e["type"] == "mean_change"]
    week3 = {"value": 3, "unit": "week"}
    assert changes == [("drug k 25 mg", -12.0, week3), ("drug k 10 mg", -7.9, week3), ("drug k 1 mg", -5.4, week3)]


def test_the_difference_between_two_dose_arms_is_of_their_changes():
    s = study(DOSES)
    got = [(e["measure"], e["group"], e["versus"], e["type"], e["value"], e["ci"], e["p"])
           for e in s["effects"] if e["versus"] != "baseline"]
    assert got == [("MADRS", "drug k 25 mg", "drug k 1 mg", "difference_in_change", -6.6, [-10.2, -2.9], 0.001),
                   ("MADRS", "drug k 10 mg", "drug k 1 mg", "difference_in_change", -2.5, [-6.2, 1.2], 0.18)]
    # (no value of the difference, of its interval's level or of a dose is any arm's level)
    assert s["measurements"] == []


def test_a_difference_the_article_names_a_mean_difference_stays_one():
    s = study("In a randomised trial, 200 adults were assigned to drug K or placebo. HbA1c fell by 1.2% with drug K "
              "and by 0.5% with placebo (mean difference, −0.7 percentage points; 95% CI, −1.16 to −0.24; P = .003).")
    (between,) = [e for e in s["effects"] if e["versus"] == "placebo"]
    assert (between["type"], between["value"], between["ci"]) == ("mean_difference", -0.7, [-1.16, -0.24])


def test_an_estimate_opening_its_bracket_is_no_arms_level():
    s = study("In a cluster randomised trial, 40 practices were assigned to an intervention or usual care. There was "
              "no difference in HbA1c, but the mean cholesterol level in patients from intervention practices was "
              "significantly lower (-0.15 mmol/l, 95% CI -0.25 to -0.06).")
    assert not [m for m in s["measurements"] if m["value"] == -0.15]


def test_each_arms_change_with_its_interval():
    s = study("In a randomised trial, 1,075 adults were assigned to electroacupuncture or sham acupuncture. The study "
              "found a greater increase from baseline in mean weekly CSBMs during weeks 1–8 (1.76, 95% CI: 1.61–1.89) "
              "in the electroacupuncture group vs. the sham acupuncture group (0.87, 95% CI: 0.73–0.97).")
    got = {(e["group"], e["type"], e["value"], tuple(e["ci"])) for e in s["effects"] if e["versus"] == "baseline"}
    assert got == {("electroacupuncture", "mean_change", 1.76, (1.61, 1.89)),
                   ("sham acupuncture", "mean_change", 0.87, (0.73, 0.97))}
    assert not s["measurements"]


def test_a_ratios_name_is_no_measure():
    s = study("In a randomised trial, 7,447 adults were assigned to diet A, diet B or a control diet. The hazard ratio "
              "was 0.69 (95 percent confidence interval [CI], 0.53 to 0.91) for diet A and 0.72 (95 percent CI, 0.54 "
              "to 0.95) for diet B, as compared with the control diet.")
    assert not [m for m in s["measurements"] if "ratio" in m["measure"].lower()]


def test_the_one_time_point_named_before_the_values_is_each_ones():
    s = study("In two randomised trials, 2,044 adults were assigned to drug K 300 mg, drug K 150 mg or placebo. "
              "The proportion of patients with a PASI 75 response at week 12 was higher with each dose than with "
              "placebo: the rates were 81.6% with 300 mg of drug K, 71.6% with 150 mg of drug K, and 4.5% with placebo.")
    got = sorted((m["group"], m["value"], (m["time"] or {}).get("value")) for m in s["measurements"])
    assert got == [("drug k 150 mg", 71.6, 12), ("drug k 300 mg", 81.6, 12), ("placebo", 4.5, 12)]


def test_an_age_is_no_time_point():
    s = study("In this cohort of 109,254 adults, 3,902 received drug K. Among patients 65 years of age or older, the "
              "rate of hospitalization was 14.7 cases per 100,000 person-days among treated patients as compared "
              "with 58.9 cases among untreated patients.")
    assert not [m for m in s["measurements"] if (m["time"] or {}).get("value") == 65]
    assert s["follow_up"] is None or s["follow_up"]["value"] != 65
