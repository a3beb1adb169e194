"""One drug at two doses, each an arm, set against each other in the headline or in the
article's own sentence ("X 10 mg compared with 5 mg"); the results name the arms by the brand
the page gives the drug in brackets ("Zelvora (dapagliflozin)") or by the dose alone ("… 10 mg
and 5 mg was …, respectively"); "in doses of 0.5, 1, or 2 mg" leaves no "in" in the arms' names.
And a diagnostic study's sensitivity, specificity and predictive values are measures, in Chinese
and English, but a sensitivity analysis and a sensitizing mutation are not.

Every article here is written for this test, in its own words.
"""

from ingest.extract import extract
from ingest.read import read_bytes


def studies_of(text: str) -> list[dict]:
    return extract(read_bytes(text.encode(), path="story.txt")).to_json()["studies"]


def measured(study: dict) -> set:
    return {(m["measure"], m["group"], m["value"]) for m in study["measurements"]}


HEADLINE = "Zelvora® (dapagliflozin) 10 mg Compared With 5 mg Slows Kidney Decline in the KIDNEY-7 Trial\n\n"
RESULT = ("In the trial, the higher dose gave a 21% relative reduction in the risk of dialysis (hazard ratio (HR) 0.79; "
          "95% confidence interval [CI] 0.66-0.95). ")


def test_a_headlines_two_doses_and_the_brand_in_the_results():
    (study,) = studies_of(HEADLINE + RESULT + "The mean eGFR for Zelvora 10 mg and 5 mg was 51.2 and 47.5 "
                                              "mL/min/1.73 m2, respectively.")
    arms = {g["name"] for g in study["groups"]}
    assert arms == {"dapagliflozin 10 mg", "dapagliflozin 5 mg"}, arms
    found = measured(study)
    assert any(g == "dapagliflozin 10 mg" and v == 51.2 for _, g, v in found), found
    assert any(g == "dapagliflozin 5 mg" and v == 47.5 for _, g, v in found), found


def test_two_doses_set_against_each_other_in_the_articles_own_sentence():
    (study,) = studies_of("In the KIDNEY-7 trial, dapagliflozin 10 mg compared with 5 mg reduced the risk of dialysis by 21% "
                          "(HR 0.79; 95% CI 0.66-0.95). The mean eGFR for dapagliflozin 10 mg and 5 mg was "
                          "51.2 and 47.5 mL/min/1.73 m2, respectively.")
    assert {g["name"] for g in study["groups"]} == {"dapagliflozin 10 mg", "dapagliflozin 5 mg"}, study["groups"]
    effect = next(e for e in study["effects"] if e["value"] == 0.79)
    assert (effect["group"], effect["versus"]) == ("dapagliflozin 10 mg", "dapagliflozin 5 mg"), effect
    found = measured(study)
    assert any(g == "dapagliflozin 5 mg" and v == 47.5 for _, g, v in found), found


def test_in_doses_of_leaves_no_word_in_the_arms_names():
    (study,) = studies_of("This 1-year randomized, placebo-controlled trial enrolled 600 adults. They were randomly assigned "
                          "to placebo or once-daily dapagliflozin in doses of 2.5, 5, or 10 mg. Weight fell by 1.5 kg more "
                          "with dapagliflozin 10 mg than with placebo (p = 0.01).")
    arms = {g["name"] for g in study["groups"]}
    assert {"dapagliflozin 2.5 mg", "dapagliflozin 5 mg", "dapagliflozin 10 mg", "placebo"} <= arms, arms
    assert not any(" in " in a for a in arms), arms


def test_a_diagnostic_studys_accuracy_in_chinese():
    (study,) = studies_of("目的：评价弹性成像诊断肝纤维化的价值。方法：纳入86例患者，均行弹性成像及肝穿刺活检。"
                          "结果：弹性成像诊断的敏感度和特异度分别为87%和81%，阳性预测值为78%。")
    found = measured(study)
    assert ("sensitivity", "all", 87) in found, found
    assert ("specificity", "all", 81) in found, found
    assert ("positive predictive value", "all", 78) in found, found


def test_a_diagnostic_studys_accuracy_in_english():
    (study,) = studies_of("Methods: We enrolled 86 patients who had elastography and a liver biopsy. Results: The sensitivity "
                          "and specificity of elastography were 87% and 81%, respectively; the negative predictive value was 90%.")
    found = measured(study)
    # (its name as the phrase gives it, "sensitivity of elastography": bare "sensitivity" names an analysis too)
    assert any(m.startswith("sensitivity") and (g, v) == ("all", 87) for m, g, v in found), found
    assert ("specificity", "all", 81) in found, found
    assert ("negative predictive value", "all", 90) in found, found


def test_a_sensitivity_analysis_and_a_sensitizing_mutation_are_no_measures():
    studies = studies_of("A meta-analysis of 12 trials found that garlic lowered systolic blood pressure by 4.1 mmHg "
                         "(95% CI 2.0 to 6.2). In the sensitivity analysis, garlic lowered diastolic pressure (p = 0.03).")
    assert not [x for s in studies for x in s["measurements"] + s["effects"] if "sensitivity" in x["measure"]], studies
    studies = studies_of("在这项III期临床试验中，无EGFR敏感性突变的患者，加用药物K后总生存期延长（HR 0.56，95% CI 0.45-0.70）。")
    assert not [x for s in studies for x in s["measurements"] + s["effects"] if "sensitivity" in x["measure"]], studies
