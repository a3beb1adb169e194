"""Ratios as abstracts and news of cohorts and meta-analyses write them: a ratio named once and
given for two outcomes ("the hazard ratio was 1.13 (1.07 to 1.19) for all cause mortality and
1.12 (1.02 to 1.23) for cardiovascular mortality"), the same value twice, a ratio's abbreviation
before its outcome ("The pooled OR for nonfatal stroke was 0.64"), the two sides a sentence
compares before its result ("when comparing … with no consumption"), a drug the vocabulary
does not know by its stem, and numbers of the trial itself that are no outcome's ("performed at
75% maturity (after a minimum follow up duration of 50 months)").

Every article here is written for this test (no text from ../shared).
"""

from ingest.extract import extract
from ingest.extract.contrasts import contrast
from ingest.extract.interventions import INN
from ingest.extract.numbers import effect_stats
from ingest.read import read_bytes


def study_of(text: str) -> dict:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]


def effects_of(text: str) -> set[tuple]:
    return {(e["measure"], e["group"], e["versus"], e["type"], e["value"], tuple(e["ci"] or ()))
            for e in study_of(text)["effects"]}


def test_one_ratio_named_and_given_for_two_outcomes_each_with_its_interval():
    text = ("Grilled snacks and death: the Lakeside cohort study\n"
            "Results: 2 100 deaths occurred during follow-up. When comparing at least two servings per week of grilled "
            "snacks with no consumption, the adjusted hazard ratio was 1.21 (95% confidence interval 1.05 to 1.39) for "
            "all cause mortality and 1.21 (0.98 to 1.49) for cardiovascular mortality.\n")
    got = effects_of(text)
    assert {(v, ci) for _, _, _, _, v, ci in got} == {(1.21, (1.05, 1.39)), (1.21, (0.98, 1.49))}
    assert {(g, vs, t) for _, g, vs, t, _, _ in got} == {
        ("at least two servings per week of grilled snacks", "no consumption", "hazard_ratio")}
    assert len({m for m, *_ in got}) == 2
    # (never a mean of anything: a ratio and its interval are no level with its range)
    assert study_of(text)["measurements"] == []


def test_a_ratio_by_its_abbreviation_before_its_outcome():
    text = ("Statins and stroke: a meta-analysis of randomized trials\n"
            "Patients who received statins had fewer strokes than those given placebo. The pooled OR for nonfatal "
            "stroke was 0.72 (95% CI 0.60, 0.86; p=.0003), and the pooled OR for fatal stroke was 0.95 (95% CI 0.61, 1.48).\n")
    got = effects_of(text)
    assert ("nonfatal stroke", "statins", "placebo", "odds_ratio", 0.72, (0.6, 0.86)) in got
    assert ("fatal stroke", "statins", "placebo", "odds_ratio", 0.95, (0.61, 1.48)) in got
    assert not any(m.lower().startswith("pooled") for m, *_ in got)


def test_the_ratio_patterns_on_their_own():
    assert [(e.type, e.value, e.outcome) for e in effect_stats("The pooled OR for nonfatal stroke was 0.64 (95% CI 0.51, 0.79)")] \
        == [("odds_ratio", 0.64, "nonfatal stroke")]
    listed = effect_stats("the hazard ratio was 1.13 (1.07 to 1.19) for all cause mortality and 1.12 (1.02 to 1.23) for stroke.")
    assert [(e.value, e.outcome, e.listed) for e in listed] == [(1.13, "all cause mortality", False), (1.12, "stroke", True)]
    # (one value "for" something, the ratio named once, is not a list: it may be for anything)
    assert [e.outcome for e in effect_stats("the hazard ratio was 1.13 for women.")] == [None]
    # ("or for" in prose is no odds ratio)
    assert effect_stats("pain or for some patients was 3 days") == []


def test_the_sides_a_sentence_compares_before_its_result():
    assert contrast("When comparing at least one serving per week of fried fish with no consumption, the hazard ratio "
                    "was 1.07")[:2] == ("at least one serving per week of fried fish", "no consumption")
    assert contrast("a two-arm study comparing the combination of K and standard therapy to standard therapy alone in men")[:2] \
        == ("combination of K and standard therapy", "standard therapy alone")


def test_a_drug_unknown_to_the_vocabulary_is_an_arm_by_its_stem():
    assert [m.group() for m in INN.finditer("setmelanotide, orforglipron, remdesivir; not cholesterol, peptide, April")] \
        == ["setmelanotide", "orforglipron", "remdesivir"]
    text = ("Company reports phase 3 results\n"
            "The phase 3 trial enrolled 120 adults with hypothalamic obesity. The drug showed a statistically significant reduction in body mass index in patients treated with "
            "afamelanotide compared to placebo.\n")
    assert {g["name"] for g in study_of(text)["groups"] if g["role"] == "arm"} == {"afamelanotide", "placebo"}


def test_numbers_of_the_trial_itself_are_no_outcome_values():
    text = ("Final overall survival analysis of the K trial\n"
            "The phase III K trial enrolled 736 women with advanced breast cancer. "
            "The final updated OS analysis, performed at 75% maturity (after a minimum follow up duration of 50 months), "
            "was presented today.\n")
    values = {m["value"] for m in study_of(text)["measurements"]}
    assert not values & {75, 50}


def test_a_press_release_of_two_doses_of_one_drug():
    # (the arms from the headline's two doses; the ratio's interval after "[CI]"; "a 3.9 month
    # difference" is an amount of time gained, no time point of the result)
    text = ("Final Analysis of TRIAL-K Shows a 3.9 Month Difference in Median Overall Survival When Using KEYDRONE "
            "(fulvestrant) Injection 500 mg Compared With 250 mg\n\n"
            "The final updated analysis showed a 17% relative reduction in the risk of death (hazard ratio (HR) 0.83; "
            "95% confidence interval [CI] 0.70-0.98).\n")
    study = study_of(text)
    assert {g["name"] for g in study["groups"] if g["role"] == "arm"} == {"fulvestrant 500 mg", "fulvestrant 250 mg"}
    assert [(e["group"], e["versus"], e["type"], e["value"], e["ci"], e["time"]) for e in study["effects"]] == [
        ("fulvestrant 500 mg", "fulvestrant 250 mg", "hazard_ratio", 0.83, [0.7, 0.98], None)]


def test_differences_named_once_with_an_aside_listed_by_semicolons_each_for_its_outcome():
    # (the aside in brackets before "were:", the list parted by semicolons; "risk for anxiety" keeps its
    # "for": the risk is of what follows it)
    text = ("Breathing lessons at school: a cluster randomised trial\n"
            "Sixty schools were randomly assigned to breathing lessons or usual teaching. Standardised mean differences "
            "(lessons minus usual teaching) were: 0.004 (95% CI −0.04 to 0.05) for risk for anxiety; 0.03 (−0.01 to 0.08) "
            "for school attendance; and 0.01 (−0.02 to 0.06) for sleep quality.\n")
    got = {(m, t, v, ci) for m, _, _, t, v, ci in effects_of(text)}
    assert got >= {("risk for anxiety", "smd", 0.004, (-0.04, 0.05)), ("school attendance", "smd", 0.03, (-0.01, 0.08))}, got


def test_a_later_ratio_of_a_list_takes_its_own_time_not_the_first_items():
    # (the first outcome's "at 3 months" is its own; the next outcome's time is its own words', "3-month"
    # mortality, or none)
    text = ("Thrombectomy in disabled stroke patients: a registry study\n"
            "We compared thrombectomy with medical treatment in 400 patients. Thrombectomy was associated with higher "
            "odds of returning to baseline function at 3 months (aOR, 2.1; 95% CI, 1.2 to 3.6), early neurological "
            "improvement (aOR, 2.4; 95% CI, 1.3 to 4.4), and lower risk of 3-month mortality (aOR, 0.35; 95% CI, "
            "0.20 to 0.60).\n")
    times = {e["value"]: (e["time"] or {}).get("value") for e in study_of(text)["effects"]}
    assert times.get(2.1) == 3 and times.get(2.4) is None and times.get(0.35) == 3, times
