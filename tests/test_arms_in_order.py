"""Values set beside the arms they belong to, in the same order, whatever words join them
(``Outcomes.arms_in_order``): the last shape, read only where nothing else can be meant.

Every article here is written for this test (no text from ../shared).
"""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

OPENING = ("Drug K for asthma: a randomized trial\n"
           "METHODS: 600 adults with asthma were randomized to drug K (n=300) or placebo (n=300) for 52 weeks.\n"
           "RESULTS: ")
THREE_ARMS = ("Surgery or medical therapy for diabetes: a randomized trial\n"
              "METHODS: 150 adults were randomized to gastric bypass, sleeve gastrectomy or medical therapy.\n"
              "RESULTS: ")


def outcomes_of(text: str) -> tuple[set, set]:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    s = studies[0]
    return ({(m["measure"], m["group"], m["stat"], m["value"]) for m in s["measurements"]},
            {(e["measure"], e["group"], e["versus"], e["type"], e["value"]) for e in s["effects"] if e["value"] is not None})


@pytest.mark.parametrize("sentence, measurements", [
    ("The median time to relapse was 14.2 months with drug K compared to 9.8 months with placebo.",
     {("time to relapse", "drug k", "median", 14.2), ("time to relapse", "placebo", "median", 9.8)}),
    ("Median overall survival was 8.1 months in the drug K arm compared to 6.2 months in the placebo arm.",
     {("overall survival", "drug k", "median", 8.1), ("overall survival", "placebo", "median", 6.2)}),
])
def test_each_value_goes_to_the_arm_named_in_its_place(sentence, measurements):
    assert outcomes_of(OPENING + sentence + "\n")[0] >= measurements


def test_a_gain_in_millilitres_after_its_measure_is_each_arms_change():
    _, effects = outcomes_of(OPENING + "Patients given drug K had a mean FEV1 gain of 210 mL compared with 40 mL "
                             "for those given placebo.\n")
    assert effects >= {("FEV1", "drug k", "baseline", "mean_change", 210),
                       ("FEV1", "placebo", "baseline", "mean_change", 40)}


def test_signed_changes_of_three_arms_closed_by_respectively():
    _, effects = outcomes_of(THREE_ARMS + "Changes from baseline in body weight in the gastric bypass and sleeve "
                             "gastrectomy groups were larger than in the medical therapy group (-21%, -17% vs. -4%, "
                             "respectively).\n")
    assert effects >= {("body weight", "gastric bypass", "baseline", "mean_change", -21),
                       ("body weight", "sleeve gastrectomy", "baseline", "mean_change", -17),
                       ("body weight", "medical therapy", "baseline", "mean_change", -4)}


@pytest.mark.parametrize("sentence", [
    # differences against each comparator, not each arm's own value
    "FEV1 rose 150 mL with drug K, and the differences versus placebo (70 mL) were significant.",
    # the measure named far before values that are of something else
    "A shorter length of hospital stay with drug K came with a higher mean daily cost than with placebo "
    "(€300.50 vs €210.25).",
])
def test_values_that_are_not_one_per_arm_are_left(sentence):
    measurements, effects = outcomes_of(OPENING + sentence + "\n")
    read = {(item[1], item[-1]) for item in measurements | effects}
    assert not read & {("placebo", 70), ("drug k", 300.5), ("placebo", 210.25)}


def test_two_counts_of_one_arm_set_against_the_other_are_not_one_per_arm():
    text = ("卡托普利治疗急性心肌梗死的随机对照试验\n"
            "方法：将1000例患者随机分为治疗组和对照组。\n"
            "结果：治疗组死于心力衰竭与室颤者分别较对照组减少12.5%与18.2%。\n")
    _, effects = outcomes_of(text)
    assert not {e for e in effects if e[1] == "control" and e[4] in (12.5, -12.5, 18.2, -18.2)}


def test_a_chinese_median_in_months_then_the_other_arms():
    text = ("K药治疗胃癌的随机对照试验\n"
            "方法：将170例患者随机分为治疗组和对照组。\n"
            "结果：治疗组的中位生存期为37月，优于对照组19月。\n")
    measurements, _ = outcomes_of(text)
    assert measurements >= {("overall survival", "treatment", "median", 37), ("overall survival", "control", "median", 19)}


@pytest.mark.parametrize("sentence, not_values", [
    # a threshold in the outcome's name, and the share of people who reached it
    ("Weight loss of 5% or more: 61% with drug K, 28% with placebo.", {5}),
    ("In the drug K group 47.5% achieved 20% or more weight loss, against 3.5% with placebo.", {20, 47.5}),
    # a period of analysis, not a change
    ("HbA1c was analysed from September 2021 to March 2023.", {2021, 2023}),
])
def test_thresholds_shares_reaching_them_and_years_are_no_values(sentence, not_values):
    measurements, effects = outcomes_of(OPENING + sentence + "\n")
    assert not {item[-1] for item in measurements | effects} & not_values


def test_no_side_of_a_bracketed_pair_is_its_measure():
    measurements, _ = outcomes_of(OPENING + "Compared with placebo, the exacerbation rate was lower (7% vs 20%).\n")
    assert not {m for m in measurements if m[0] == m[1] or m[1] == "exacerbation rate"}


def test_treatments_compared_by_the_people_who_took_them_are_the_arms():
    text = ("Real-world data: tirzepatide against semaglutide\n\n"
            "People taking tirzepatide lost more weight than those taking semaglutide, according to health records "
            "of 17,000 adults.\n\n"
            "At six months, average weight loss was 11% with tirzepatide and 7% with semaglutide.\n")
    measurements, _ = outcomes_of(text)
    assert {(m, g, v) for m, g, _, v in measurements} >= {("weight loss", "tirzepatide", 11), ("weight loss", "semaglutide", 7)}


@pytest.mark.parametrize("sentence, arms", [
    # each side's own number before what its people took
    ("Weight changed by −16.1 percent with tirzepatide and 1.9 percent with placebo.", ["tirzepatide", "placebo"]),
    ("Weight fell by 12.4 kg with semaglutide and 7.1 kg with liraglutide at week 68.", ["semaglutide", "liraglutide"]),
    # who they were, then what they were treated with, compared
    ("In men with advanced disease treated with relugolix, 70 percent were free of progression, compared with 72 percent "
     "of men treated with leuprolide.", ["relugolix", "leuprorelin"]),
])
def test_arms_by_what_their_people_took_in_the_results(sentence, arms):
    text = "Phase 3 results\n\nThe phase 3 trial enrolled 400 patients and met its primary endpoint.\n\n" + sentence + "\n"
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert [g["name"] for g in studies[0]["groups"] if g["role"] == "arm"] == arms


@pytest.mark.parametrize("sentence", [
    # the comparator named first: whose value is whose is unsure
    "Compared with placebo, drug K increased FEV1 by 210 mL versus 40 mL.",
    # one arm's levels, from one to the other
    "Unlike placebo, drug K raised FEV1 to 2.1 L from 1.8 L.",
    # a subgroup within one arm, not the other arm
    "Among drug K patients, FEV1 was 2.1 L in those with eosinophils over 300 and 1.9 L in those below, versus placebo.",
])
def test_no_value_goes_to_an_arm_it_does_not_belong_to(sentence):
    measurements, effects = outcomes_of(OPENING + sentence + "\n")
    read = {(item[1], abs(item[-1])) for item in measurements | effects}
    assert not read & {("placebo", 210), ("placebo", 2.1), ("placebo", 1.9), ("drug k", 40), ("drug k", 1.8)}


def test_a_chinese_comparator_named_first_gives_no_value_to_it():
    text = ("K药治疗腰痛的随机对照试验\n"
            "方法：将120例患者随机分为观察组和对照组。\n"
            "结果：与对照组相比，观察组VAS评分降低3.2分与1.1分。\n")
    _, effects = outcomes_of(text)
    assert not {e for e in effects if e[1] == "control" and abs(e[4]) in (3.2, 1.1)}


def test_treatments_named_in_an_exclusion_are_no_arms():
    text = ("Coffee and heart disease\n\n"
            "In a cohort of 20,000 adults followed for 10 years, coffee drinkers had a lower risk of heart disease than "
            "non-drinkers (HR 0.78, 95% CI 0.70-0.87).\n\n"
            "People taking statins and those taking aspirin at baseline were excluded.\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert not {g["name"] for s in studies for g in s["groups"]} & {"statins", "aspirin"}


@pytest.mark.parametrize("tail", ["。", ",妊娠率为21%、38%、37%。"])
def test_two_chinese_lists_of_the_arms_in_one_sentence(tail):
    # "三组的A率分别为…,B率分别为…": each list its own measure, the second one written otherwise
    # than the first (受孕率: conception rate).
    text = ("某药治疗不孕症的随机对照试验\n\n该研究纳入600例受试者,随机分为甲药加安慰剂组、乙药加安慰剂组、甲药加乙药组。"
            "治疗6个周期后发现,3组的活产率分别为20%、35%、33%,受孕率分别为28%、45%、48%" + tail + "\n")
    got = {(m["measure"], m["group"], m["value"]) for m in extract(read_bytes(text.encode(), path="a.txt")).to_json()["studies"][0]["measurements"]}
    assert {("live birth rate", "甲药加安慰剂组", 20), ("live birth rate", "甲药加乙药组", 33),
            ("conception rate", "甲药加安慰剂组", 28), ("conception rate", "甲药加乙药组", 48)} <= got
    assert not [x for x in got if x[0] == "live birth rate" and x[2] in (28, 45, 48)]
    if "妊娠率" in tail:  # a third list without 分别, of the same arms in the same order
        assert {x for x in got if x[0] == "clinical pregnancy rate"} == {
            ("clinical pregnancy rate", "甲药加安慰剂组", 21), ("clinical pregnancy rate", "乙药加安慰剂组", 38),
            ("clinical pregnancy rate", "甲药加乙药组", 37)}


ZH_TRIAL = "某药治疗胃溃疡的随机对照试验\n\n方法 将80例患者随机分为治疗组和对照组，各40例。\n结果 {}\n"


def test_the_second_arm_respectively_takes_the_first_arms_names_in_order():
    # "治疗组A为x，B为y，对照组分别为u和v": u is the control arm's A, v its B (not the two arms' A).
    got, _ = outcomes_of(ZH_TRIAL.format("治疗4周后治疗组愈合率为70.00%，好转率为22.50%，对照组分别为40.00%和35.00%。"))
    assert got == {("愈合率", "treatment", "percent", 70.0), ("愈合率", "control", "percent", 40.0),
                   ("好转率", "treatment", "percent", 22.5), ("好转率", "control", "percent", 35.0)}


def test_arms_listed_together_then_respectively_still_each_arm():
    got, _ = outcomes_of(ZH_TRIAL.format("治疗4周后治疗组和对照组的愈合率分别为70.00%和40.00%。"))
    assert got == {("愈合率", "treatment", "percent", 70.0), ("愈合率", "control", "percent", 40.0)}


def test_each_arms_own_reduction_is_no_relative_effect():
    """"a 48.2% reduction in exacerbations, compared with a 20.5% reduction in the placebo
    group": each arm's change, never drug K's effect of −48.2% against placebo."""
    _, effects = outcomes_of(OPENING + "The drug K group had a 48.2% reduction in asthma exacerbations, compared with "
                             "a 20.5% reduction in the placebo group (P < 0.001).\n")
    assert not {e for e in effects if abs(e[4]) in (48.2, 20.5) and e[2] != "baseline"}


def test_values_the_sentence_calls_changes_are_each_arms_change():
    """"similar reductions in X … [-6.1 ± 17.2 mmHg (A) vs. -5.8 ± 13.0 mmHg (B)]": each arm's
    change from its baseline, not its level; an unsigned reduction is negative, and the p in the
    bracket right after a change is the change's own."""
    _, effects = outcomes_of(OPENING + "Groups had similar reductions in FEV1 compared with baseline at 12 weeks "
                             "[-0.21 ± 0.18 L (drug K) vs. -0.19 ± 0.20 L (placebo)].\n")
    assert {e for e in effects if e[0] == "FEV1"} == {("FEV1", "drug k", "baseline", "mean_change", -0.21),
                                                      ("FEV1", "placebo", "baseline", "mean_change", -0.19)}
    measurements, effects = outcomes_of(OPENING + "The mean increase in FEV1 in the drug K group was 0.31 ± 0.12 L "
                                        "(p < 0.001).\n")
    assert ("FEV1", "drug k", "baseline", "mean_change", 0.31) in effects
    assert not {m for m in measurements if m[3] == 0.31}


def test_a_chinese_abstracts_english_version_adds_no_arm():
    # The English abstract allocates the arms the Chinese one did ("observation group" is 观察组).
    text = ("针刺治疗偏头痛的随机对照试验\n方法:将87例患者随机分为观察组(42例)和对照组(45例)。\n"
            "结果:两组疼痛评分均较治疗前明显降低(均P<0.01),且观察组比对照组降低更明显(均P<0.05)。\n"
            "Methods 87 patients were randomly divided into an observation group (42 cases) and a control group (45 cases).\n")
    study = extract(read_bytes(text.encode(), path="a.txt")).to_json()["studies"][0]
    assert sorted(g["n"] for g in study["groups"] if g["role"] == "arm") == [42, 45]
    # each arm against its baseline (P<0.01), then the arms against each other (P<0.05)
    assert {(e["group"], e["versus"], e["p"]) for e in study["effects"]} == {
        ("观察组", "baseline", 0.01), ("control", "baseline", 0.01), ("观察组", "control", 0.05)}


def test_a_list_of_another_measure_at_another_time_is_its_own():
    # "随访6个月时复发率为5%、15%": another measure's list, not the first list's at six months.
    text = ("针刺的随机对照试验\n方法:将80例患者随机分为治疗组和对照组,各40例。\n"
            "结果:治疗组和对照组的有效率分别为80%、60%，随访6个月时复发率为5%、15%。\n")
    got = {(m["measure"], m["group"], m["value"]) for m in extract(read_bytes(text.encode(), path="a.txt")).to_json()["studies"][0]["measurements"]}
    assert {("recurrence rate", "treatment", 5), ("recurrence rate", "control", 15)} <= got
    assert not [x for x in got if x[0] == "total effective rate" and x[2] in (5, 15)]


def test_of_two_treatments_the_one_set_against_the_other_comes_first():
    # Neither arm is a placebo or a control, and the methods name chemotherapy first: the
    # headline's "A Versus B" says which is set against which, and a ratio the results give
    # without naming its sides is A's against B.
    text = ("Drug K Versus Chemotherapy in Test Cancer: a randomized trial\n\n"
            "Methods: 400 patients were randomly assigned to chemotherapy or drug K.\n"
            "Results: Progression-free survival differed significantly between the two arms (HR 0.61, 95% CI 0.52-0.72, "
            "P<0.001).\n")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    ratios = {(e["group"], e["versus"]) for e in s["effects"] if e["type"] == "hazard_ratio"}
    assert ratios == {("drug k", "chemotherapy")}


def test_numbered_arms_named_together():
    # "in groups 1 and 2, respectively": each value its arm, the p between them; "in arms 1-3
    # (p = 0.04)": the three arms' comparison, no change of the first arm against its baseline
    text = ("Stones and tamsulosin: a randomized trial\n"
            "METHODS: 120 patients were randomized into group 1 (tamsulosin) and group 2 (placebo).\n"
            "RESULTS: Pain scores were 4.21±1.10 and 5.37±1.32 in groups 1 and 2, respectively (p=0.04).\n")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    # (named as labelled: "group 1", not "group I")
    assert {(m["group"], m["value"]) for m in s["measurements"]} == {("group 1", 4.21), ("group 2", 5.37)}
    three = ("Three strategies in arthritis: a randomized trial\n"
             "METHODS: 90 children were randomized to three arms.\n"
             "RESULTS: After 3 months, response was reached by 10/30 (33%), 12/30 (40%) and 16/30 (53%) in arms 1-3 "
             "(p = 0.04).\n")
    (s,) = extract(read_bytes(three.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert not [e for e in s["effects"] if e["versus"] == "baseline"]


def test_a_treatment_the_vocabulary_does_not_know_is_an_arm_beside_placebo():
    # (a brand name right after the people who took it, compared with those given placebo)
    text = ("Weight-loss pill approved\n\n"
            "In a clinical trial, those who took Slimora had an average weight loss of 4.1 percent beyond those receiving "
            "a placebo. About 42 percent of those getting Slimora lost at least 5 percent of their weight compared with "
            "17 percent of patients in the placebo group.\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    (s,) = studies
    assert {g["name"] for g in s["groups"] if g["role"] == "arm"} == {"Slimora", "placebo"}
    assert {(m["group"], m["value"]) for m in s["measurements"] if m["stat"] == "percent"} == {("Slimora", 42), ("placebo", 17)}


def test_a_capitalised_word_that_opens_a_clause_is_no_treatment():
    text = ("Coffee and heart disease\n\n"
            "In a cohort of 20,000 adults, people taking statins had fewer heart attacks than those taking nothing. "
            "Overall, Researchers said the difference was small.\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert not {g["name"] for s in studies for g in s["groups"]} & {"Overall", "Researchers"}
