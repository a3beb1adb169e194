"""Results that no allocated arm names: a cohort's exposure levels, subgroups set against
each other, two values side by side in brackets, and ratios stated without an interval.

Every article here is written for this test (no text from ../shared).
"""

import pytest

from ingest.extract import extract
from ingest.extract.contrasts import REFERENCE, Contrast, contrast
from ingest.extract.sentences import split
from ingest.read import read_bytes


def study_of(text: str) -> dict:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]


def effects_of(text: str) -> list[tuple]:
    return sorted((e["measure"], e["group"], e["versus"], e["type"], e["value"], tuple(e["ci"] or ()), e["p"])
                  for e in study_of(text)["effects"])


def measurements_of(text: str) -> list[tuple]:
    return sorted((m["measure"], m["group"], (m["time"] or {}).get("value"), m["stat"], m["value"])
                  for m in study_of(text)["measurements"])


@pytest.mark.parametrize("text,expected", [
    # a quantile against the lowest, comparator first
    ("Compared with people in the bottom quintile of fish intake, those in the top quintile had a lower risk",
     Contrast("top quintile", "bottom quintile")),
    # ranks sharing their noun
    ("in the highest versus the lowest tertile of sleep duration (HR 1.2)", Contrast("highest tertile", "lowest tertile")),
    # the subject against a named comparator
    ("Regular walkers had fewer falls than sedentary adults (RR 0.7)", Contrast("Regular walkers", "sedentary adults")),
    ("Daily tea drinking was associated with 12% lower risk compared with no tea drinking (HR 0.88)",
     Contrast("Daily tea drinking", "no tea drinking")),
    # an exposure whose comparator the sentence leaves unnamed
    ("Shift work was associated with a higher risk of diabetes (HR 1.3)", Contrast("Shift work", REFERENCE)),
    # with and without: the trait, and its absence named "no" as evidence tables name it
    ("Rates did not differ between those with and without diabetes.", Contrast("diabetes", "no diabetes", True)),
    # those with a trait against those without, the second side left to the reader
    ("Patients with frailty had higher rates of delirium (31% vs 12%)", Contrast("frailty", "no frailty", True)),
    ("Delirium was more common in patients with frailty than in those without (31% vs 12%)",
     Contrast("frailty", "no frailty", True)),
    ("Patients with p53 over-expression had shorter survival than those without", Contrast("p53 over-expression", "no p53 over-expression", True)),
    # Chinese: 与…相比
    ("与从不运动者相比，规律运动者死亡风险降低20%", Contrast("规律运动者", "从不运动者")),
    # no contrast, or one whose side is a number or a sentence opener
    ("The hazard ratio was 0.9 overall", None),
    ("In addition, survival was 8 versus 11 months", None),
])
def test_contrast_names_both_sides_in_the_sentences_words(text, expected):
    assert contrast(text) == expected


COHORT = (
    "Coffee and heart failure: a prospective cohort study\n"
    "METHODS: We followed 48,000 adults for 10 years.\n"
    "RESULTS: Compared with participants in the lowest quartile of coffee intake, participants in the highest "
    "quartile had a lower risk of heart failure (HR 0.81, 95% CI 0.70-0.94). Coffee drinking was associated with "
    "a lower risk of atrial fibrillation, HR 0.90 (95% CI 0.82-0.99), and of stroke, HR 0.95 (95% CI 0.85-1.07).\n")


def test_a_cohorts_ratios_get_their_outcome_and_sides():
    effects = effects_of(COHORT)
    assert ("heart failure", "highest quartile", "lowest quartile", "hazard_ratio", 0.81, (0.7, 0.94), None) in effects
    # each ratio of a list has its own outcome, not the first one named
    assert ("atrial fibrillation", "Coffee drinking", REFERENCE, "hazard_ratio", 0.9, (0.82, 0.99), None) in effects
    assert ("stroke", "Coffee drinking", REFERENCE, "hazard_ratio", 0.95, (0.85, 1.07), None) in effects


def test_a_named_ratio_without_an_interval_is_an_effect_and_a_lower_case_or_is_not():
    text = ("Drug A for gout: a randomized trial\n"
            "METHODS: 200 patients were randomized to drug A or placebo.\n"
            "RESULTS: Drug A reduced the risk of flares compared with placebo (HR 0.62). Patients took 1 or 2 tablets daily.\n")
    effects = effects_of(text)
    assert [e[3:5] for e in effects if e[4] is not None] == [("hazard_ratio", 0.62)]


BRACKETED_PAIRS = (
    "Thrombolysis in older adults: a registry study\n"
    "RESULTS: Among 412 patients, 96 were older than 80 years. Reperfusion rates (71.0% vs 76.5%, p = 0.30) and "
    "bleeding (4.1% vs 3.2%, p = 0.62) did not differ between those with and without frailty.\n")


def test_a_bracketed_pair_is_two_sides_values_and_their_p():
    assert measurements_of(BRACKETED_PAIRS) == [
        ("Reperfusion rates", "frailty", None, "percent", 71.0),
        ("Reperfusion rates", "no frailty", None, "percent", 76.5),
        ("bleeding", "frailty", None, "percent", 4.1),
        ("bleeding", "no frailty", None, "percent", 3.2)]
    assert [(e[0], e[1], e[2], e[6]) for e in effects_of(BRACKETED_PAIRS)] == [
        ("Reperfusion rates", "frailty", "no frailty", 0.3),
        ("bleeding", "frailty", "no frailty", 0.62)]


def test_days_inside_the_brackets_are_values_not_the_time_they_were_measured():
    text = ("中药治疗流感的随机对照试验\n"
            "方法：将240例患者随机分为治疗组和对照组，各120例。\n"
            "结果：治疗组退热时间短于对照组（1.5天 vs 2.4天，P<0.01）。\n")
    got = {(m[0], m[1], m[2], m[4]) for m in measurements_of(text)}
    assert all(time is None for _, _, time, _ in got), got
    assert {(g, v) for _, g, _, v in got} >= {("treatment", 1.5), ("control", 2.4)}


def test_an_acronym_ends_a_sentence_and_an_initial_does_not():
    assert [s.text for s in split("Models were adjusted for BMI. Risk fell. J. Smith led the work.")] == [
        "Models were adjusted for BMI.", "Risk fell.", "J. Smith led the work."]


def test_an_effects_quote_holds_its_value_when_the_p_comes_later():
    text = ("失眠与失智症：全国队列研究\n"
            "方法：研究组2,100人，对照组6,300人。\n"
            "结果：校正年龄与性别后，研究组出现失智症之风险比为 3.214 (95% CI = 2.618 - 3.945)，而且也有显著的高风险性 (p < 0.001)。\n")
    effects = [e for e in study_of(text)["effects"] if e["value"] == 3.214]
    assert effects, study_of(text)["effects"]
    assert all("3.214" in e["quote"] for e in effects)


# What a second reading of this code found, each in its own words: none of these may happen.
@pytest.mark.parametrize("text,must_not", [
    # a heart rate is no hazard ratio
    ("Drug B for angina: a randomized trial\nMETHODS: 90 patients were randomized to drug B or placebo.\n"
     "RESULTS: Heart rate decreased with drug B, HR 68 at week 12.\n", ("hazard_ratio", 68)),
    # an outcome is no exposure
    ("Age and survival: a prospective cohort study\nMETHODS: We followed 5,000 adults for 10 years.\n"
     "RESULTS: Mortality was associated with age (OR 1.05, 95% CI 1.02-1.08).\n", ("odds_ratio", 1.05, "Mortality")),
])
def test_no_effect_from_a_rate_or_an_outcome_read_as_a_side(text, must_not):
    effects = [(e["type"], e["value"], e["group"]) for e in study_of(text)["effects"]]
    assert not any(e[:len(must_not)] == must_not for e in effects), effects


def test_a_single_arm_before_after_pair_is_no_two_arms():
    text = ("Drug C for pain: an open-label study\nMETHODS: 40 patients took drug C for 12 weeks.\n"
            "RESULTS: Compared with baseline, pain scores were lower at week 12 (6.1 vs 3.2, p < 0.01).\n")
    groups = {m["group"] for m in study_of(text)["measurements"]}
    assert not groups & {"baseline", "pain scores"}, groups


def test_a_ratio_named_once_then_its_values_each_for_its_group():
    text = ("Tea and mortality: a prospective cohort study\n"
            "RESULTS: During follow-up, 9,120 men and 7,400 women died. Adjusted hazard ratios for death among men "
            "who drank tea as compared with those who did not were as follows: 0.97 (95% confidence interval [CI], "
            "0.92 to 1.02) for less than 1 cup per day, 0.93 (95% CI, 0.89 to 0.98) for 1 cup, and 0.89 (95% CI, "
            "0.85 to 0.94) for 2 or more cups; the respective hazard ratios among women were 1.00 (95% CI, 0.94 to "
            "1.06), 0.94 (95% CI, 0.89 to 1.00), 0.90 (95% CI, 0.85 to 0.95).\n")
    effects = {(e["measure"], e["group"], e["value"], tuple(e["ci"])) for e in study_of(text)["effects"]}
    assert {("death", "men, less than 1 cup per day", 0.97, (0.92, 1.02)), ("death", "men, 1 cup", 0.93, (0.89, 0.98)),
            ("death", "men, 2 or more cups", 0.89, (0.85, 0.94)),
            ("death", "women, less than 1 cup per day", 1.0, (0.94, 1.06)), ("death", "women, 1 cup", 0.94, (0.89, 1.0)),
            ("death", "women, 2 or more cups", 0.9, (0.85, 0.95))} <= effects


def test_a_ratio_list_against_its_named_reference_with_bare_intervals_after_the_first():
    text = ("Daily naps and stroke: a prospective cohort study\n"
            "RESULTS: Among 31,000 adults followed for 12 years, the adjusted HRs of stroke compared with no nap were "
            "1.08 (95% CI: 0.94-1.24) for under 30 min, 1.19 (1.03-1.38) for 30-59 min, and 1.41 (1.18-1.69) for an "
            "hour or more. For its change, the HRs compared with stable napping were 0.97 (0.85-1.11) for "
            "stopped napping and 1.22 (1.06-1.40) for started napping.\n")
    effects = {(e["measure"], e["group"], e["versus"], e["value"], tuple(e["ci"])) for e in study_of(text)["effects"]}
    assert {("stroke", "under 30 min", "no nap", 1.08, (0.94, 1.24)), ("stroke", "30-59 min", "no nap", 1.19, (1.03, 1.38)),
            ("stroke", "an hour or more", "no nap", 1.41, (1.18, 1.69)),
            ("stroke", "stopped napping", "stable napping", 0.97, (0.85, 1.11)),
            ("stroke", "started napping", "stable napping", 1.22, (1.06, 1.4))} <= effects, effects
    # (a group named by its change is no change of anything, and a ratio is no mean)
    study = study_of(text)
    assert not [e for e in study["effects"] if e["type"] == "mean_change"]
    assert not [m for m in study["measurements"] if m["value"] in (0.97, 1.22)]


def test_an_effect_size_by_its_letter_compares_the_treatment_with_care_as_usual():
    text = ("An internet programme for depression: a randomized trial\n"
            "METHODS: 1,013 adults were randomized to the programme plus care as usual or to care as usual alone.\n"
            "RESULTS: On the PHQ-9, the between-group effect size in favour of the programme was d = 0.41 (95% CI: "
            "0.15-0.67) at 12 weeks.\n")
    effects = [(e["type"], e["value"], e["versus"]) for e in study_of(text)["effects"] if e["value"] is not None]
    assert effects == [("effect_size", 0.41, "care as usual")], effects


def test_a_ratio_list_of_any_subgroup_not_only_by_sex():
    text = ("Walking and stroke: a prospective cohort study\n"
            "RESULTS: Adjusted hazard ratios for stroke among smokers who walked daily as compared with those who did "
            "not were as follows: 0.91 (95% CI, 0.80 to 1.03) for under 30 minutes and 0.84 (95% CI, 0.73 to 0.96) for "
            "30 minutes or more; the respective hazard ratios among never smokers were 0.95 (95% CI, 0.86 to 1.05), "
            "0.80 (95% CI, 0.71 to 0.90).\n")
    effects = {(e["group"], e["value"]) for e in study_of(text)["effects"]}
    assert {("smokers, under 30 minutes", 0.91), ("smokers, 30 minutes or more", 0.84),
            ("never smokers, under 30 minutes", 0.95), ("never smokers, 30 minutes or more", 0.8)} <= effects


def test_a_reported_clause_and_a_pair_in_brackets_do_not_hide_the_sides():
    from ingest.extract.contrasts import contrast
    text = ("In addition to meeting its endpoint (PFS), the trial showed that patients treated with drug Q had a 40% "
            "lower risk (HR 0.60; p=0.001; median 7.0 vs 4.0 months) compared to those who received chemotherapy (X, Y)")
    assert contrast(text)[:2] == ("drug Q", "chemotherapy")


def test_those_with_a_trait_against_those_without_and_each_pair_at_its_own_time():
    text = ("Thrombolysis in older adults with frailty: a cohort study\n"
            "We followed 400 older adults treated with thrombolysis in a prospective cohort.\n"
            "Patients with frailty had higher readmission rates in the first week (18.2% vs 9.5%, p = 0.02) and higher "
            "mortality at 6 months (30.1% vs 14.0%, p < 0.001).\n")
    got = measurements_of(text)
    assert ("readmission rates in the first week", "frailty", None, "percent", 18.2) in got
    assert ("mortality", "no frailty", 6, "percent", 14.0) in got


def test_a_condition_as_exposure_is_set_against_those_without_it():
    text = ("Atrial fibrillation and outcomes after surgery: a cohort study\n"
            "We followed 5,000 adults after cardiac surgery for one year.\n"
            "Atrial fibrillation was associated with an increased risk of death (RR 1.95, 95% CI 1.50 to 2.54).\n")
    assert [(e[1], e[2], e[4]) for e in effects_of(text)] == [("atrial fibrillation", "no atrial fibrillation", 1.95)]


def test_an_exposure_that_is_no_condition_keeps_its_unnamed_reference():
    text = ("Statins in older men: a cohort study\n"
            "We followed 5,000 men aged 70 or older for ten years.\n"
            "Statin use was associated with a lower risk of death (HR 0.82, 95% CI 0.69 to 0.98).\n")
    assert [(e[1], e[2], e[4]) for e in effects_of(text)] == [("Statin use", REFERENCE, 0.82)]


def test_a_verdict_between_those_with_and_without_a_trait_reads_without_error():
    # (A contrast's third field, whether it is a trait's, once broke a caller that unpacked two.)
    text = ("Frailty and stroke: a cohort study\nWe followed 500 adults after stroke. "
            "Delirium rates did not differ between those with and without frailty (p = 0.30).\n")
    assert [(e[1], e[2], e[6]) for e in effects_of(text)] == [("frailty", "no frailty", 0.3)]


def test_a_named_reference_category_is_kept():
    text = ("Obesity and outcomes after surgery: a cohort study\n"
            "We followed 5,000 adults after cardiac surgery; normal weight was the reference category.\n"
            "Obesity was associated with an increased risk of death (RR 1.40, 95% CI 1.10 to 1.78).\n")
    assert [(e[2], e[4]) for e in effects_of(text)] == [(REFERENCE, 1.4)]


def test_an_exposure_with_its_ratio_before_the_outcome_it_is_associated_with():
    """"Night shift work (HR 1.26, 95% CI 1.05–1.51) was associated with increased all-cause
    mortality, compared to day shift work": the ratio is of the outcome named after "associated
    with", the exposure (its bracket set aside) against the comparison named after "compared to";
    and a page whose only results are ratios states a result all the same."""
    from ingest.extract import extract
    from ingest.read import read_bytes
    text = ("Shift work and mortality in a cohort of nurses\n\n"
            "In this cohort study of 18 015 nurses, 1616 died. Night shift work (HR 1.26, 95% CI 1.05–1.51) "
            "was associated with increased all-cause mortality, compared to day shift work.\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert [(e["measure"], e["group"], e["versus"], e["type"], e["value"], e["ci"]) for e in studies[0]["effects"]] == [
        ("all-cause mortality", "Night shift work", "day shift work", "hazard_ratio", 1.26, [1.05, 1.51])]


@pytest.mark.parametrize("sentence, group, versus", [
    ("①死亡率：甲药+CT vs.乙药+CT,两组差异有统计学意义[OR=0.33,95%CI(0.11,0.96),P=0.04]。", "甲药+CT", "乙药+CT"),
    ("For mortality, drug K plus standard care vs. drug M plus standard care: OR 0.33 (95% CI 0.11-0.96; P = 0.04).",
     "drug K plus standard care", "drug M plus standard care"),
])
def test_a_reviews_comparison_named_by_vs_gives_its_sides(sentence, group, versus):
    s = study_of(f"Network meta-analysis of drug K\n\nWe included 25 randomized trials. {sentence}\n")
    assert [(e["group"], e["versus"], e["value"]) for e in s["effects"] if e["value"] == 0.33] == [(group, versus, 0.33)]


@pytest.mark.parametrize("sentence", [
    "For mortality, mortality was lower with drug K vs. drug M (OR 0.33, 95% CI 0.11-0.96; P = 0.04).",
    "For mortality, the odds of death in patients given drug K vs. those given drug M were lower (OR 0.33, 95% CI "
    "0.11-0.96; P = 0.04).",
    "For mortality, at baseline vs. week 12: OR 0.33 (95% CI 0.11-0.96; P = 0.04).",
])
def test_a_clause_or_a_time_before_vs_is_no_side(sentence):
    s = study_of(f"Network meta-analysis of drug K\n\nWe included 25 randomized trials. {sentence}\n")
    groups = {e["group"].lower() for e in s["effects"]}
    assert not any(w in g for g in groups for w in ("mortality", "odds", "baseline", "was lower")), groups


def test_a_chinese_ratio_list_of_groups_without_intervals_against_the_named_reference():
    text = ("饮酒与肝癌：一项前瞻性队列研究\n"
            "共纳入2.8万名成年人，随访9年。与从不饮酒组相比，偶尔饮酒组、经常饮酒组和每日饮酒组的肝癌发病风险HR分别为"
            "1.08、1.47和2.36(均P<0.01)。\n")
    s = study_of(text)
    got = {(e["measure"], e["group"], e["versus"], e["type"], e["value"], e["p"]) for e in s["effects"]}
    assert got == {("hepatocellular carcinoma", g, "从不饮酒组", "hazard_ratio", v, 0.01)
                   for g, v in (("偶尔饮酒组", 1.08), ("经常饮酒组", 1.47), ("每日饮酒组", 2.36))}, got
    assert not [m for m in s["measurements"] if m["value"] in (1.08, 1.47, 2.36)]  # ratios, never means


def test_groups_of_people_listed_with_one_shared_word_then_their_ratios():
    text = ("久坐与糖尿病：一项前瞻性队列研究\n"
            "共纳入1.6万名成年人，随访6年。与每日久坐少于4小时者相比，久坐4~6小时、6~8小时和8小时以上者糖尿病发病风险的"
            "HR(95%CI)分别为1.12(0.98~1.28)、1.31(1.14~1.50)和1.58(1.36~1.83)。\n")
    got = {(e["group"], e["value"], tuple(e["ci"])) for e in study_of(text)["effects"] if e["type"] == "hazard_ratio"}
    assert got == {("久坐4~6小时", 1.12, (0.98, 1.28)), ("6~8小时", 1.31, (1.14, 1.5)),
                   ("8小时以上者", 1.58, (1.36, 1.83))}, got


def test_a_measure_named_inside_an_arm_or_group_name_is_no_outcome():
    # "the progesterone group" names an arm, though progesterone is also a hormone one can measure;
    # "正常体重组" a group, though 体重 is body weight.
    text = ("Vaginal progesterone for threatened preterm labour: a randomised, placebo-controlled trial\n"
            "METHODS: 800 women were randomly assigned to progesterone or placebo.\n"
            "RESULTS: Neonatal sepsis occurred in 6.2% (25/403) of infants in the progesterone group and 6.6% (26/397) "
            "in the placebo group (RR 0.94, 95% CI 0.55-1.60, p=0.82).\n")
    s = study_of(text)
    assert {m["measure"].lower() for m in s["measurements"]} == {"neonatal sepsis"}, s["measurements"]
    assert {e["measure"].lower() for e in s["effects"]} == {"neonatal sepsis"}, s["effects"]


def test_a_review_lists_outcomes_each_with_its_ratio_in_brackets():
    text = ("Aspirin for primary prevention: abstract\n"
            "Methods. Five databases were searched for randomized controlled trials. Risk ratios were pooled using "
            "random-effects models, and funnel plots were inspected.\n"
            "Results. Twelve RCTs with 90000 participants were included in this review. Aspirin reduced the occurrence "
            "of transient ischaemic attack (RR=0.81, 95% CI: 0.70~0.94, I2 =0%), nonfatal stroke (NFS) (RR=0.90, 95% CI: "
            "0.80~0.99, I2 =10%) and venous thrombosis (RR=0.75, 95% CI: 0.60~0.93). However, based on the current "
            "evidence, there were no significant differences in cancer deaths (RR=0.97, 95% CI: 0.88~1.07, I2=0%) between the "
            "two groups.\n")
    s = study_of(text)
    assert s["design"] == "meta_analysis"
    got = {(e["measure"].lower(), e["value"]) for e in s["effects"] if e["type"] == "risk_ratio"}
    assert {("transient ischemic attack", 0.81), ("nonfatal stroke", 0.9), ("venous thrombosis", 0.75),
            ("cancer deaths", 0.97)} <= got, got


def test_the_p_opening_an_effects_bracket_is_its_p():
    text = ("Yoga for chronic neck pain: a meta-analysis\n"
            "Eight randomized controlled trials of yoga compared with usual care were pooled.\n"
            "Results: The yoga groups showed superior pain relief (p < 0.001; WMD = -1.50 [95% CI, -2.10 to -0.90]) and "
            "neck disability (p = 0.030; WMD = -3.20 [95% CI, -6.10 to -0.30]) at 12 weeks.\n")
    got = {(e["measure"], e["value"], e["p"], e["p_relation"]) for e in study_of(text)["effects"] if e["value"] is not None}
    assert got == {("pain relief", -1.5, 0.001, "<"), ("neck disability", -3.2, 0.03, "=")}, got


def test_one_ratio_name_then_values_in_square_brackets_for_each_cohort_and_a_later_time():
    text = ("Screening attendance and mortality in three cohorts\n"
            "RESULTS: Attenders had lower mortality in the first 5 years compared with non-attenders (adjusted hazard "
            "ratio [95% CI] were 0.80 [0.74, 0.86] in cohort A and 0.77 [0.70, 0.85] in cohort B), which persisted over "
            "15 years of follow-up (0.88 [0.84, 0.92] in cohort A and 0.91 [0.86, 0.96] in cohort B).\n")
    got = {(e["group"], e["versus"], e["value"], tuple(e["ci"]), (e["time"] or {}).get("value")) for e in study_of(text)["effects"]}
    assert got == {("cohort A", "non-attenders", 0.8, (0.74, 0.86), 5), ("cohort B", "non-attenders", 0.77, (0.7, 0.85), 5),
                   ("cohort A", "non-attenders", 0.88, (0.84, 0.92), 15),
                   ("cohort B", "non-attenders", 0.91, (0.86, 0.96), 15)}, got


def test_a_ratio_for_the_people_of_a_category_with_an_aside_before_its_verb():
    text = ("Tea and stroke: a prospective cohort study of 20 000 women\n"
            "The adjusted relative risk of stroke for women in the highest category of tea intake (≥4 cups/d) was 0.81 "
            "(95% CI, 0.70 to 0.94) compared with those in the lowest category (<1 cup/d).\n")
    got = [(e["measure"], e["group"], e["versus"], e["type"], e["value"]) for e in study_of(text)["effects"]]
    assert got == [("stroke", "highest category", "lowest category", "risk_ratio", 0.81)], got


def test_chinese_risks_in_words_of_a_cohorts_groups():
    text = ("研究：久坐与健康\n"
            "一项纳入8万人、随访15年的前瞻性队列研究发现，每天久坐超过10小时的人患糖尿病的风险是久坐少于4小时者的1.8倍，"
            "常吃坚果的人心血管病死亡风险降低17%。\n"
            "另一项研究显示，心率HR为1.8的患者…\n")
    got = {(e["group"], e["versus"], e["type"], e["value"]) for e in study_of(text)["effects"]}
    assert got == {("每天久坐超过10小时的人", "久坐少于4小时者", "risk_ratio", 1.8),
                   ("常吃坚果的人", REFERENCE, "effect_size", -17)}, got


def test_a_chinese_range_then_its_median_is_the_cohorts_median():
    text = ("自体干细胞治疗难治性淋巴瘤的单臂研究\n"
            "方法 12例患者接受自体干细胞移植。\n"
            "结果 中性粒细胞植入时间为移植后第9~15天，中位数为第11天；住院时间14~30天，中位数为19天。\n")
    s = study_of(text)
    got = {(m["measure"], m["group"], m["stat"], m["value"], tuple(m["dispersion_value"] or ())) for m in s["measurements"]}
    assert {("neutrophil engraftment time", "all", "median", 11, (9, 15)), ("length of hospital stay", "all", "median", 19, (14, 30))} <= got, got


@pytest.mark.parametrize("sentence", [
    # (a second reading's cases: another statement after a list of ratios; background evidence;
    # a p for interaction; a predicate or a subgroup before a bracket)
    "The HRs for death were 1.30 (95% CI 1.10–1.50) for current smokers and 1.10 (1.00–1.30) for former smokers, "
    "and the median survival was 8.2 (7.1, 9.3) among never smokers.",
    "Based on the current evidence, beta blockers reduce mortality in heart failure (RR 0.66, 95% CI 0.59-0.74).",
    "The benefit was seen early (HR 0.80, 95% CI 0.70-0.92).",
    "Drug K reduced cardiovascular death (HR 0.80, 95% CI 0.70-0.92); results were similar in never smokers "
    "(HR 0.78, 95% CI 0.65-0.94).",
])
def test_no_ratio_is_given_a_value_predicate_or_subgroup_that_is_not_its_own(sentence):
    text = ("Drug K after myocardial infarction: a randomized trial\n"
            "METHODS: 3,000 adults were randomized to drug K or placebo.\n"
            f"RESULTS: {sentence}\n")
    effects = study_of(text)["effects"]
    assert not [e for e in effects if e["value"] in (8.2, 0.66)], effects
    assert not [e for e in effects if e["measure"] in ("seen early", "never smokers", "heterogeneity")], effects


def test_a_p_for_interaction_is_no_ratios_own_p():
    text = ("Drug K after myocardial infarction: a randomized trial\n"
            "METHODS: 3,000 adults were randomized to drug K or placebo.\n"
            "RESULTS: The effect differed by sex (P for interaction = 0.04; HR 0.70, 95% CI 0.58-0.85 in women).\n")
    assert not [e for e in study_of(text)["effects"] if e["p"] == 0.04]


@pytest.mark.parametrize("sentence, expected", [
    ("吸烟者比不吸烟者患肺癌的风险高出20%。", {("吸烟者", "不吸烟者", 20)}),
    ("每周运动3次的老人死亡风险下降了20%，其中女性死亡风险下降了25%。", {("每周运动3次的老人", REFERENCE, -20)}),
])
def test_chinese_risk_statements_name_both_sides_and_no_subgroup_without_its_parent(sentence, expected):
    text = "研究：生活方式与健康\n一项纳入10万人、随访20年的前瞻性队列研究发现，" + sentence + "\n"
    got = {(e["group"], e["versus"], e["value"]) for e in study_of(text)["effects"]}
    assert got == expected, got


def test_ratios_then_the_groups_they_are_of_respectively_against_the_reference_named_before():
    text = ("Nut intake and stroke: a prospective cohort study\n"
            "In a cohort of 12,000 women followed for 15 years, compared to participants who reported nut intake of less "
            "than 1 serving per week, hazard ratios (95% CI) for stroke were 0.88 (0.77-1.01) and 0.79 (0.66-0.95) for "
            "nut intake of 2-4 servings/week and 5+ servings/week, respectively.\n")
    got = {(e["measure"], e["group"], e["versus"], e["value"], tuple(e["ci"])) for e in study_of(text)["effects"]}
    assert got == {("stroke", "nut intake of 2-4 servings/week", "nut intake of less than 1 serving per week", 0.88, (0.77, 1.01)),
                   ("stroke", "nut intake of 5+ servings/week", "nut intake of less than 1 serving per week", 0.79, (0.66, 0.95))}, got


def test_an_exposure_that_changed_a_risk_in_a_study_without_arms():
    text = ("Shift work and diabetes\n"
            "Analysing the records of 40,000 nurses, researchers found that night shift work increased diabetes risk by 18%. "
            "For example, an older trial showed that treating people with metformin cut diabetes by about 30%.\n"
            "In a second analysis, the new drug cut the chances of dying of heart disease by 15 percent, compared to the older drug.\n")
    got = {(e["measure"], e["group"], e["versus"], e["value"]) for e in study_of(text)["effects"]}
    assert ("night shift work", REFERENCE, 18) in {(g, v, x) for _, g, v, x in got}, got
    assert not [x for x in got if x[3] == -30], got  # (an example, no result of this study)
    assert ("new drug", "older drug", -15) in {(g, v, x) for _, g, v, x in got}, got


def test_a_group_that_exhibited_more_than_another():
    # ("exhibited" is a verb of having, as "had" and "showed" are)
    assert contrast("Statin users exhibited a higher risk of stroke than nonusers (risk ratio: 1.21") == \
        Contrast(group="Statin users", versus="nonusers")
    got = effects_of("Hearing aids and dementia\n\nWe followed 3,000 adults in a biobank cohort. Hearing aid users "
                     "exhibited a higher risk of dementia than nonusers (risk ratio: 1.38; 95% CI, 1.05-1.80).\n")
    assert ("dementia", "Hearing aid users", "nonusers", 1.38) in {(e[0], e[1], e[2], e[4]) for e in got}, got


def test_a_group_after_an_opening_phrase_with_a_thousands_comma():
    assert contrast("In this cohort of 3,000 adults in a biobank, hearing aid users had a higher risk of dementia "
                    "than nonusers (risk ratio: 1.38") == Contrast(group="hearing aid users", versus="nonusers")


def test_the_sides_a_sentence_compares_are_the_studys_arms_where_they_name_them():
    from ingest.extract.context import Context
    from ingest.extract.outcomes import Outcomes
    from ingest.read.document import Document
    reader = Outcomes(Context(Document("")))
    # (a side that holds an arm's name is that arm; of two arms, the side set against one is the other)
    reader.ctx.arms = ["IMFINZI", "comparator"]
    assert reader._contrast("patients treated with the IMFINZI perioperative regimen had a lower risk of progression "
                            "than the comparator arm (HR 0.68") == Contrast(group="IMFINZI", versus="comparator")
    reader.ctx.arms = ["treatment", "control"]
    assert reader._contrast("SMT participants had a higher fall risk score than the control group (p = 0.036") == \
        Contrast(group="treatment", versus="control")
    # (sides that name no arm stay as written)
    assert reader._contrast("Statin users had fewer events than non-users (HR 0.68)") == \
        Contrast(group="Statin users", versus="non-users")


COHORT_RISK = ("Atrial fibrillation and dementia in older adults: a nationwide cohort\n\n"
               "We followed 180,000 adults aged 65 or older for a median of 6 years.\n"
               "{sentence}\n")


@pytest.mark.parametrize("sentence, group", [
    ("Incident AF increased the risk of dementia (HR 1.31, 95% CI 1.20-1.43).", "Incident AF"),
    ("After adjustment, the risk of dementia was significantly increased by incident AF with a hazard ratio "
     "(HR) of 1.52 [95% confidence interval (CI) 1.43-1.63].", "incident AF"),
])
def test_a_cohorts_exposure_that_changed_a_risk_is_set_against_the_reference(sentence, group):
    (effect,) = study_of(COHORT_RISK.format(sentence=sentence))["effects"]
    assert (effect["measure"], effect["group"], effect["versus"], effect["type"]) == (
        "dementia", group, REFERENCE, "hazard_ratio")
    assert effect["ci"] in ([1.2, 1.43], [1.43, 1.63])


def test_a_risk_changed_without_a_ratio_or_by_a_pronoun_names_no_exposure():
    assert contrast("It also cut the risk of dying from heart disease by 21%") is None
    assert contrast("While they lowered the risk of stroke (HR 0.80, 95% CI 0.7-0.9)") is None
    # ("associated with a reduced risk of": the adjective, not the verb; the exposure as "associated" reads it)
    assert contrast("Diet was associated with a reduced risk of dementia") == Contrast("Diet", REFERENCE)


def test_in_a_review_of_controlled_trials_the_treatment_is_set_against_control():
    text = ("Statins for primary prevention: a meta-analysis of randomised controlled trials\n\n"
            "We pooled 12 randomised controlled trials of statins against placebo or usual care.\n"
            "Statin therapy reduced the risk of myocardial infarction (RR 0.56, 95% CI 0.45-0.70).\n")
    assert effects_of(text) == [("myocardial infarction", "statins", "placebo", "risk_ratio", 0.56, (0.45, 0.7), None)]
