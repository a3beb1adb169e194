"""What a second reader of session 18's change wrote to break its new rules, and what each
should give: a name that begins like a particle (并发症), a value next to an interval's words
(90%，置信区间为…), table rows that are no arms (Difference, P value), a row label's own hint
(median (IQR)), a table of odds ratios, an "Also" about everyone, items that are times or traits,
schedule words after the last arm's size, cohorts of a risk score, a "Primary outcome (ITT)"
row, a byline, a headline that names no treatment.

Written for this test in the project's own words (no text from ../shared)."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def study(text: str) -> dict:
    studies = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]


def measurements(s: dict) -> set:
    return {(m["measure"], m["group"], (m["time"] or {}).get("value"), m["value"]) for m in s["measurements"]}


ZH_TRIAL = "某药治疗胃溃疡的随机对照试验\n\n方法 将80例患者随机分为治疗组和对照组，各40例。\n结果 {}\n"


def test_a_name_that_begins_like_a_particle_keeps_it():
    s = study(ZH_TRIAL.format("并发症发生率治疗组为5.0%，对照组为20.0%（P<0.05）。"))
    assert {m["measure"] for m in s["measurements"]} | {e["measure"] for e in s["effects"]} <= {"并发症发生率"}
    assert any(e["measure"] == "并发症发生率" for e in s["effects"])


def test_a_value_before_the_words_of_its_interval_is_still_a_value():
    s = study(ZH_TRIAL.format("治疗组总有效率为90%，置信区间为84%~95%，对照组总有效率为70%，置信区间为61%~78%(P<0.01)。"))
    assert {("total effective rate", "treatment", 90), ("total effective rate", "control", 70)} <= \
        {(m, g, v) for m, g, _, v in measurements(s)}


TABLE = "A randomized trial of coaching in type 2 diabetes\n\n{caption}\nOutcome | {times} |\n{rows}\n"


def test_difference_and_p_rows_are_no_arms():
    s = study(TABLE.format(caption="Table 3.", times="Baseline | 6 months", rows=(
        "HbA1c (%) | ||\nUsual care (n=50) | 8.10 (7.80 to 8.40) | 7.90 (7.60 to 8.20) |\n"
        "Coaching (n=52) | 8.20 (7.90 to 8.50) | 7.40 (7.10 to 7.70) |\n"
        "Difference | 0.10 (−0.30 to 0.50) | −0.50 (−0.90 to −0.10) |\nP value | 0.62 | 0.01 |")))
    assert {g["name"] for g in s["groups"]} == {"Usual care", "Coaching"}
    assert {g for _, g, _, _ in measurements(s)} == {"Usual care", "Coaching"}


def test_a_measure_rows_own_hint_says_median_and_iqr():
    s = study(TABLE.format(caption="Table 2.", times="Baseline | 4 weeks", rows=(
        "Pain score, median (IQR) | ||\nUsual care | 6 (5, 8) | 4 (3, 6) |\nEarly mobilisation | 6 (5, 7) | 2 (1, 4) |")))
    got = {(m["group"], m["value"], m["stat"], m["dispersion"]) for m in s["measurements"]}
    assert ("Early mobilisation", 2, "median", "iqr") in got and all(stat == "median" for _, _, stat, _ in got)


def test_a_table_of_odds_ratios_gives_odds_ratios():
    s = study(TABLE.format(caption="Table 3. Remission by arm, with odds ratios", times="3 months | 6 months", rows=(
        "Remission, n (%) | ||\nUsual care (n=50) | 10 (20.0) | 12 (24.0) |\nCoaching (n=52) | 20 (38.5) | 25 (48.1) |\n"
        "Coaching vs usual care | 2.5 (1.0 to 6.0) | 2.9 (1.3 to 6.8) |")))
    assert {(e["type"], e["value"], (e["time"] or {}).get("value")) for e in s["effects"]} == \
        {("odds_ratio", 2.5, 3), ("odds_ratio", 2.9, 6)}


def test_also_about_everyone_is_not_the_arm_before():
    s = study("Drug K versus placebo in type 2 diabetes: a randomised trial\n\nMethods: Patients were randomly assigned to "
              "drug K (n = 60) or placebo (n = 58).\n\nResults: In the drug K group, 3 patients (5%) stopped because of "
              "nausea. Also, the overall mean body weight of the 118 participants decreased from 92.1 to 88.4 kg (P = 0.04).\n")
    assert {g for m, g, _, v in measurements(s) if v in (92.1, 88.4)} == {"all"}


def test_items_named_by_their_times_are_one_measure_at_two_times():
    s = study(ZH_TRIAL.format("治疗组治疗前Hp阳性率为100.0%，治疗后为12.0%，对照组分别为100.0%和38.0%。"))
    assert measurements(s) == {("Hp阳性率", "treatment", 0, 100.0), ("Hp阳性率", "control", 0, 100.0),
                               ("Hp阳性率", "treatment", None, 12.0), ("Hp阳性率", "control", None, 38.0)}


def test_items_that_say_who_took_part_are_no_outcomes():
    s = study(ZH_TRIAL.format("治疗组男性占55.0%，吸烟者占30.0%，对照组分别为52.5%和27.5%，两组基线资料比较差异无统计学意义(P>0.05)。"))
    assert measurements(s) == set()


def test_schedule_words_after_the_last_size_name_no_arm():
    s = study("Drug K in chronic cough: a randomised trial\n\nMethods: 81 adults were randomly assigned to drug K (n = 40) "
              "or placebo (n = 41) twice daily.\n\nResults: Cough frequency fell by 40% in the drug K group and by 15% in "
              "the placebo group (P = 0.01).\n")
    assert {(g["name"], g["n"]) for g in s["groups"] if g["role"] == "arm"} == {("drug k", 40), ("placebo", 41)}


def test_a_risk_scores_derivation_and_validation_groups_are_no_arms():
    s = study("A risk score for in-hospital mortality after hip fracture: development and validation\n\nMethods: We "
              "developed the score in one hospital (derivation group, n=612) and tested it in another (validation group, "
              "n=340).\n\nResults: In-hospital mortality was 6.2% in the derivation cohort. The area under the curve was "
              "0.81 (95% CI 0.76-0.86).\n")
    assert not [g for g in s["groups"] if g["role"] == "arm"] and not s["interventions"]


def test_a_population_in_brackets_after_primary_outcome_is_no_outcome():
    s = study("Drug Q in acute stroke: a randomised trial\n\nTable 2. Outcomes\nOutcome | Drug Q (n=40) | Placebo (n=41) | P\n"
              "Primary outcome (intention-to-treat) | 12 (30.0%) | 6 (14.6%) | 0.04\nMortality | 2 (5.0%) | 3 (7.3%) | 0.66\n")
    assert "intention-to-treat" not in {m["measure"] for m in s["measurements"]}


@pytest.mark.parametrize("byline", ["By Jane Doe Mar 3, 2021", "Posted by Health Desk Mar 3, 2021"])
def test_a_byline_with_its_date_is_no_journal(byline):
    s = study(f"Health News\n{byline}\n\nNew drug cuts migraine days, trial finds\n\nA new drug reduced migraine days in a "
              "randomised trial published in The Lancet. Patients were randomly assigned to drug K or placebo. Migraine "
              "days fell by 4.1 with drug K and by 2.0 with placebo (P < 0.001).\n")
    assert s["citation"]["journal"] == "The Lancet"


@pytest.mark.parametrize("headline", ["New options for treatment of obesity", "Update on drugs for the treatment of obesity"])
def test_a_headline_that_names_no_treatment(headline):
    s = study(f"{headline}: a meta-analysis of randomised trials\n\nMethods: We pooled 20 randomised trials with 4,100 "
              "participants.\n\nResults: Compared with the control group, weight fell by 5.1 kg (95% CI 4.0 to 6.2; "
              "P < 0.001).\n")
    assert not [i for i in s["interventions"] if i["name"].lower().startswith(("new", "update"))]
