"""Exposures listed, each with its own ratio in its bracket, all of one outcome the sentence
names once, as cohort and case-control abstracts report their risk factors: in English the
outcome comes first ("Risk factors associated with X included A (HR …), B (HR …)"), in
Chinese last ("A(OR=…)、B(OR=…)是X的独立危险因素"). Each ratio is its exposure's against the
reference. Written for this test (no text from ../shared)."""

from ingest.extract import extract
from ingest.read import read_bytes


def effects(text: str) -> list[tuple]:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return [(e["measure"], e["group"], e["versus"], e["type"], e["value"], e["ci"]) for e in s["effects"]]


def test_english_risk_factors_each_with_its_hazard_ratio():
    got = effects("Midlife blood pressure and later gout: a prospective cohort study\n\n"
                  "Results\nRisk factors associated with 12-year incident gout included obesity (HR 2.10, 95% CI "
                  "1.40–3.15), loop diuretic use (LD; HR 1.75, 95% CI 1.12–2.73, per year of use), and kidney stones "
                  "(HR 1.31, 95% CI 1.02–1.68).\n")
    # (an exposure the vocabulary knows as a condition is set against those without it)
    assert got == [("12-year incident gout", "obesity", "no obesity", "hazard_ratio", 2.1, [1.4, 3.15]),
                   ("12-year incident gout", "loop diuretic use", "reference", "hazard_ratio", 1.75, [1.12, 2.73]),
                   ("12-year incident gout", "kidney stones", "no kidney stones", "hazard_ratio", 1.31, [1.02, 1.68])]


def test_chinese_independent_risk_factors_named_after_their_odds_ratios():
    got = effects("老年髋部骨折术后谵妄的危险因素：一项队列研究\n\n方法 纳入412例患者，随访30天。\n"
                  "结果 多因素Logistic回归分析显示，高龄(OR=1.08, 95%CI: 1.03~1.13)、术前贫血(OR=2.45, 95%CI: "
                  "1.31~4.58)、睡眠障碍(OR=3.02, 95%CI: 1.66~5.49)是术后谵妄的独立危险因素。\n")
    assert [(g, v, c) for _, g, _, _, v, c in got] == [("高龄", 1.08, [1.03, 1.13]), ("术前贫血", 2.45, [1.31, 4.58]),
                                                       ("睡眠障碍", 3.02, [1.66, 5.49])]
    assert {(m, vs, t) for m, _, vs, t, _, _ in got} == {("术后谵妄", "reference", "odds_ratio")}


def test_one_exposure_is_left_to_the_sentence_readers():
    # (a list of one: nothing says the sentence lists exposures)
    got = effects("Coffee and gout: a cohort study\n\nResults\nFactors associated with gout included coffee intake "
                  "(HR 0.80, 95% CI 0.70–0.91) in 1,200 men.\n")
    assert not [e for e in got if e[2] == "reference"]


def test_one_factor_with_its_ratio_where_the_sentence_says_it_lists_the_factors():
    # The list's other factor has no ratio of its own; the outcome is the event, not its risk.
    got = effects("Risk factors for gout: a prospective cohort study\n\nResults\nThe independent factors associated with "
                  "increased risk of incident gout were obesity (HR = 1.65 [95% CI 1.22–2.23]) and raised fasting "
                  "glucose levels.\n")
    assert [(m, g, v, ci) for m, g, _, _, v, ci in got] == [("incident gout", "obesity", 1.65, [1.22, 2.23])]
