"""Values written without a spread (percentages, numbers with a unit) get their measure,
arm and time by one rule, and are left out when any of the three is in doubt.

Every article here is written for this test, in its own words.
"""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

TWO_ARMS_EN = (
    "Cell therapy for emphysema: a randomized trial\n\n"
    "Sixty patients with chronic obstructive pulmonary disease were randomly assigned to the cell group "
    "(n = 30) or the placebo group (n = 30).\n"
)
TWO_ARMS_ZH = "细胞疗法治疗肺气肿的随机对照试验\n共60例慢性阻塞性肺疾病患者随机分为细胞组（30例）和安慰剂组（30例）。\n"


def study_of(text: str) -> dict:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]


def values(study: dict) -> set:
    return {(m["measure"], m["group"], m["stat"], m["value"], (m["time"] or {}).get("value"))
            for m in study["measurements"]}


def test_each_arm_named_beside_its_value():
    s = study_of(TWO_ARMS_EN + "At 6 months, the 6-minute walk distance was 398 m in the cell group "
                               "and 351 m in the placebo group (P = 0.02).\n")
    assert {("six-minute walk distance", "cell", "mean", 398, 6),
            ("six-minute walk distance", "placebo", "mean", 351, 6)} <= values(s)


def test_a_vs_pair_takes_the_arms_in_the_order_the_study_gave_them():
    s = study_of(TWO_ARMS_EN + "FEV1 was 1.38 L vs 1.21 L (P = 0.04).\n")
    assert {("FEV1", "cell", "mean", 1.38, None), ("FEV1", "placebo", "mean", 1.21, None)} <= values(s)


def test_a_rate_the_vocabulary_never_saw_is_named_as_written():
    s = study_of(TWO_ARMS_EN + "The clinical response rate was 56.7% (17/30) in the cell group "
                               "versus 30.0% (9/30) with placebo.\n")
    got = {(m["group"], m["stat"], m["value"]) for m in s["measurements"] if "response" in m["measure"]}
    assert got == {("cell", "percent", 56.7), ("placebo", "percent", 30.0)}
    # The counts of the fractions are no values of their own.
    assert not {m["value"] for m in s["measurements"]} & {17, 9}


def test_chinese_arms_named_before_their_values():
    s = study_of(TWO_ARMS_ZH + "治疗12周后，细胞组的6分钟步行距离为402米，安慰剂组为366米。\n")
    got = {(m["group"], m["value"]) for m in s["measurements"] if m["measure"] == "six-minute walk distance"}
    assert got == {("细胞组", 402), ("placebo", 366)} or got == {("cell", 402), ("placebo", 366)}


@pytest.mark.parametrize("sentence", [
    # A relative difference is no value of either arm.
    "The risk of exacerbation was 31% lower in the cell group than in the placebo group.\n",
    # The ends of a scale are no values on it.
    "Dyspnoea was rated on a visual analogue scale from 0 to 10 in both groups.\n",
    # A difference between the arms is no value of either.
    "细胞组的6分钟步行距离较安慰剂组平均高出36米。\n",
    # A value naming no arm in a two-arm trial: whose it is would be a guess.
    "After treatment FEV1 reached 1.377 L.\n",
])
def test_numbers_that_are_no_arms_values(sentence):
    text = (TWO_ARMS_ZH if any("\u4e00" <= c <= "\u9fff" for c in sentence) else TWO_ARMS_EN) + sentence
    s = study_of(text)
    assert not [m for m in s["measurements"] if m["value"] in (31, 10, 36, 1.377)], s["measurements"]


def test_adverse_event_rates_are_left_to_the_safety_reader():
    s = study_of(TWO_ARMS_ZH + "细胞组与安慰剂组的不良事件发生率分别为20.0%和16.7%。\n")
    assert not [m for m in s["measurements"] if m["value"] in (20.0, 16.7)]


def test_a_disease_name_is_no_subgroup():
    s = study_of(TWO_ARMS_EN + "FEV1 was 1.38 L vs 1.21 L (P = 0.04).\n")
    assert "chronic" not in {g["name"] for g in s["groups"]}


def test_how_long_patients_were_followed_is_no_time_of_a_value():
    s = study_of("Cell therapy in heart failure: a single-arm study\n\n"
                 "Twenty patients were treated and followed for 24 months.\n"
                 "LVEF rose from 31.0 ± 5.2% to 36.4 ± 6.0% (P < 0.001).\n")
    ef = [m for m in s["measurements"] if m["value"] == 36.4]
    assert ef and ef[0]["time"] is None


def test_durations_are_values_of_a_measure_of_time_and_arms_named_side_by_side():
    s = study_of("甲药对比乙药治疗晚期肺癌的III期研究\n"
                 "结果显示，甲药组和乙药组的中位无进展生存期分别为9.36个月和4.71个月，HR=0.55（P<0.001）。\n")
    assert {("progression-free survival", "甲药组", 9.36), ("progression-free survival", "乙药组", 4.71)} <= {
        (m["measure"], m["group"], m["value"]) for m in s["measurements"]}
    hr = [e for e in s["effects"] if e["type"] == "hazard_ratio"]
    # A duration that is a value is no time point of the hazard ratio.
    assert hr and hr[0]["group"] == "甲药组" and hr[0]["versus"] == "乙药组" and hr[0]["time"] is None


def test_vs_with_a_full_stop_does_not_end_the_sentence():
    from ingest.extract.sentences import split
    assert len(split("症状缓解更快(3.5天vs. 5.9天)，差异显著。")) == 1


def test_a_results_label_names_the_measure_and_that_score_points_back_to_it():
    s = study_of("腹针治疗疲劳综合征的随机对照研究\n共60例患者随机分为治疗组和对照组，各30例。\n"
                 "结果：1.疲劳量表评分：治疗前两组该评分差异无统计学意义(P>0.05)。"
                 "治疗后4周，治疗组该评分(7.12±2.05)与对照组(9.48±2.31)比较，差异有统计学意义(P<0.05)。\n")
    got = {(m["measure"], m["group"], m["value"]) for m in s["measurements"]}
    assert ("疲劳量表评分", "treatment", 7.12) in got and ("疲劳量表评分", "control", 9.48) in got, got


def test_an_arm_carries_its_measure_and_owns_its_segment():
    s = study_of("温针治疗痛经的随机对照研究\n共120例患者随机分为治疗组和对照组，各60例。\n"
                 "治疗组总有效率为96.7%，对照组为81.7%。\n"
                 "治疗组中位缓解时间短于对照组，约3.5天对5.0天。\n")
    got = {(m["measure"], m["group"], m["value"]) for m in s["measurements"]}
    assert {("total effective rate", "treatment", 96.7), ("total effective rate", "control", 81.7),
            ("中位缓解时间", "treatment", 3.5), ("中位缓解时间", "control", 5.0)} <= got, got


def test_a_count_before_a_chinese_arm_is_its_size_not_its_name():
    s = study_of("中药胶囊治疗流感的随机对照试验\n本研究共纳入212例中药胶囊组和208例安慰剂组患者。\n"
                 "中药胶囊组与安慰剂组的退热时间分别为2.1天和3.4天。\n")
    assert ("中药胶囊组", 212) in {(g["name"], g["n"]) for g in s["groups"]}


def test_a_pair_of_durations_between_arms_named_in_the_results():
    s = study_of("Drug X fails its phase 3 trial\n\nThe trial enrolled 240 patients. Median overall survival in the "
                 "drug X plus standard care arm was 9.1 months compared to 7.4 months in the standard care only arm "
                 "(hazard ratio 0.88; p = 0.31).\n")
    got = {(m["measure"], m["group"].lower(), m["stat"], m["value"]) for m in s["measurements"]}
    assert got >= {("overall survival", "drug x plus standard care", "median", 9.1),
                   ("overall survival", "standard care only", "median", 7.4)}, got
    hr = [e for e in s["effects"] if e["type"] == "hazard_ratio"]
    assert hr and hr[0]["time"] is None and hr[0]["versus"] == "standard care only", hr


def test_pinyin_glosses_do_not_split_the_words_and_quotes_keep_them():
    text = ("中药治疗肝炎的随机对照研究\n共87例患者分为观察组(44例)和对(duì)照组(43例)。\n"
            "观察组总有效率为84.09%，高于对(duì)照组的65.12%。\n")
    s = study_of(text)
    got = {(m["group"], m["value"]) for m in s["measurements"]}
    assert {("观察组", 84.09), ("control", 65.12)} <= got, got
    assert all(m["quote"] in text for m in s["measurements"])


def test_a_chinese_measure_phrase_is_what_follows_its_last_的():
    from ingest.extract.phrases import _clean
    assert _clean("针灸治疗失眠的睡眠质量评分") == "睡眠质量评分"
    assert _clean("this level of response") is None and _clean("did") is None
    # (the share reaching a bound keeps the bound: never a measure called "或以上")
    from ingest.extract.phrases import measure_phrase
    assert _clean("减重5%或以上的比例") == "减重5%或以上" and _clean("或以上的比例") is None
    assert measure_phrase("10%或以上的比例") is None
    # (a score of nothing named: "食量、面色、出汗等方面的评分")
    assert _clean("食量、面色、出汗等方面的评分") is None and measure_phrase("等方面的评分") is None


def test_each_rate_is_named_by_the_words_right_before_it():
    s = study_of("中药治疗肺炎的多中心随机对照试验\n将120例患者分为治疗组(60例)和对照组(60例)。\n"
                 "治疗组痊愈率45.00%，愈显率85.00%；对照组痊愈率30.00%，愈显率66.67%。\n")
    name = {(m["group"], m["value"]): m["measure"] for m in s["measurements"]}
    # (Named as written, or by the vocabulary where it knows the rate: either way, each value
    # is the rate named right before it, the same rate in both arms.)
    assert name[("treatment", 45.0)] == name[("control", 30.0)] != name[("treatment", 85.0)] == name[("control", 66.67)], name


def test_a_chinese_sentence_without_a_measure_speaks_of_the_labelled_one():
    s = study_of("腹针治疗失眠的随机对照研究\n共60例患者随机分为治疗组和对照组，各30例。\n"
                 "结果：2.PSQI评分：治疗前两组比较差异无统计学意义(P>0.05)。"
                 "治疗后4周，治疗组(6.10±2.05)与对照组(8.32±2.41)比较差异有统计学意义(P<0.05)。\n")
    got = {(m["measure"], m["group"], m["value"]) for m in s["measurements"]}
    assert {("PSQI", "treatment", 6.1), ("PSQI", "control", 8.32)} <= got, got


def test_a_number_after_a_hyphen_in_a_name_is_no_value():
    s = study_of("干细胞分泌神经营养因子的单臂研究\n共20例患者接受治疗。\n"
                 "细胞分泌脑源性神经营养因子(BDNF)和神经营养因子-3，治疗后运动评分由21.5分升至28.0分(P<0.01)。\n")
    assert not [m for m in s["measurements"] if m["value"] in (-3, 3)], s["measurements"]


def test_an_events_share_printed_without_its_count():
    s = study_of("A single-arm phase 1 study of drug Q in lung cancer\n\nForty patients were treated. "
                 "Treatment-related adverse events occurred in 68% of patients, most commonly fatigue (27%), "
                 "rash (18%) and nausea (12%).\n")
    got = {(a["event"], a["n"], a["pct"]) for a in s["adverse_events"]}
    assert {("fatigue", None, 27), ("rash", None, 18), ("nausea", None, 12)} <= got, got


def test_a_rate_of_change_and_a_byline_date_are_no_values():
    s = study_of("干细胞治疗渐冻症的单臂研究\n发布日期:2024年11月6日\n共20例患者接受治疗。\n"
                 "After treatment, the average decline was 0.61 points per month (p=0.01).\n")
    assert not [m for m in s["measurements"] if m["value"] in (0.61, 6, 11)], s["measurements"]


@pytest.mark.parametrize("clause, name", [
    # who reached it is not part of what they reached
    ("the proportion of patients returning to prestroke functional level was ", "returning to prestroke functional level"),
    ("The percentage of participants who achieved remission was ", "remission"),
    # the time to what is named before 的, without the words that lead to it
    ("结果显示，该药显著缩短了患者获得至持续临床改善的所需中位时间", "持续临床改善的所需中位时间"),
])
def test_a_measure_as_written_without_who_or_what_led_to_it(clause, name):
    from ingest.extract.phrases import measure_phrase
    assert measure_phrase(clause) == name


# Durations that are the values of a measure of time (survival, time to, duration of) are
# no time points: "18.2 months" of a median survival is the value, and the time is unknown.
@pytest.mark.parametrize("text, expected", [
    (TWO_ARMS_EN + "The median overall survival was 18.2 months in the cell group compared to 12.5 months "
                   "in the placebo group (P = 0.03).\n",
     {("overall survival", "cell", "median", 18.2, None), ("overall survival", "placebo", "median", 12.5, None)}),
    (TWO_ARMS_ZH + "两组中位无进展生存期分别为7.1个月和4.3个月。\n",
     {("progression-free survival", "细胞组", "median", 7.1, None),
      ("progression-free survival", "placebo", "median", 4.3, None)}),
    (TWO_ARMS_ZH + "中位缓解持续时间：细胞组14.2个月 vs 安慰剂组8.1个月。\n",
     {("duration of response", "细胞组", "median", 14.2, None), ("duration of response", "placebo", "median", 8.1, None)}),
])
def test_durations_of_a_measure_of_time_are_its_values(text, expected):
    assert expected <= values(study_of(text))


def test_a_duration_after_an_arm_and_a_comma_is_still_a_value():
    s = study_of(TWO_ARMS_EN + "Median time to treatment failure was 24 weeks for the cell group, "
                               "9 weeks for the placebo group (P < 0.05).\n")
    found = values(s)
    assert ("time to treatment failure", "cell", "median", 24, None) in found
    assert not any(t == 9 for *_, t in found)  # (the placebo arm's value is no time point)


def test_a_duration_before_after_is_when_not_a_value():
    # "observed 24 hours after": a time point; the measure has no value in the sentence.
    s = study_of("Tolvaptan or saline for low sodium: a randomized trial\n"
                 "This prospective, randomised study was conducted in 40 patients with low serum sodium.\n"
                 "The primary outcome was serum sodium concentration 48 hours after starting treatment.\n"
                 "Sodium rose more with tolvaptan (P = 0.01).\n")
    assert not any(m["value"] == 48 for m in s["measurements"])


def test_a_tidied_name_keeps_the_words_that_begin_with_a_conjunction():
    # 并发症 (complications) and 其他 (other) begin with 并 and 其; 血小板减少 is thrombocytopenia.
    from ingest.extract.phrases import tidy_name
    assert [tidy_name(n) for n in ("和并发症发生率", "其他不良反应发生率", "及时治疗率", "血小板减少", "白细胞减少")] == [
        "并发症发生率", "其他不良反应发生率", "及时治疗率", "血小板减少", "白细胞减少"]
    s = study_of("腹腔镜手术治疗胆囊结石的随机对照试验\n方法：120例胆囊结石患者随机分为腹腔镜组（60例）和开腹组（60例）。\n"
                 "结果：腹腔镜组和开腹组的并发症发生率分别为5.0%和16.7%（P<0.05）。\n")
    assert {e["measure"] for e in s["effects"]} == {"并发症发生率"}


def test_a_mean_takes_the_measure_of_the_sentence_before_only():
    """"…began with an average score of 38.5. Six months later the average score had fallen to
    36.7": the score of the sentences just before. But a median two sentences after the scale
    was last spoken of, in a sentence about something else, is not that scale's."""
    text = ("Cell therapy for multiple sclerosis: a case series\n\n"
            "Forty patients received autologous cell transplants. Disability was rated on the EDSS. "
            "Patients began the study with an average EDSS of 5.5. Six months later the average score was 4.5. "
            "Harvesting took one to three sessions. The number of cells infused ranged widely (median 5.7).\n")
    found = {(m["measure"], m["value"]) for m in study_of(text)["measurements"]}
    assert ("EDSS", 4.5) in found and ("EDSS", 5.5) in found
    assert not [v for _, v in found if v == 5.7]


def test_thresholds_counts_and_signed_changes_are_no_values():
    """"decreased by at least 5% (43.3% vs 18.7%)": 5% is the threshold, the pair the arms' shares,
    the drug's first even where its name is run into a word ("theLiraglutide") and only the
    placebo arm is found, named second of the pair; "33 and 9 participants" are counts; "an
    absolute change of - 4.50 kg" is a change, its sign set apart, no level of the placebo arm."""
    text = ("Liraglutide for adolescents with obesity: a randomized trial\n\n"
            "In all, 125 participants received liraglutide and 126 received placebo. "
            "The BMI of 51 of 113 subjects in theLiraglutide group and 20 of 105 subjects in the placebo group "
            "decreased by at least 5% (43.3% vs 18.7%) and 33 and 9 participants respectively by at least 10%. "
            "Compared with placebo, body weight fell more (absolute change of - 4.50 kg).\n")
    found = {(m["group"], m["value"]) for m in study_of(text)["measurements"]}
    assert ("liraglutide", 43.3) in found and ("placebo", 18.7) in found
    assert not {v for _, v in found} & {5, 10, 33, 9, 4.5}


def test_a_countrys_burden_before_an_age_band_is_background_and_the_studys_own_rate_is_read():
    s = study_of("带状疱疹疫苗与失智症：一项世代研究\n\n根据卫福部的调查，台湾65岁以上长者失智症盛行率约7.99%。"
                 "本研究纳入5000名65岁以上长者，追踪5年。结果 65岁以上总失智盛行率是2.72%。\n")
    got = {v for _, _, _, v, _ in values(s)}
    assert 7.99 not in got  # (the country's, background)
    assert 2.72 in got  # (the study's own; "65岁以上" says whose, not what)


def test_the_effective_grade_beside_its_total_is_no_total():
    # 痊愈/显效/有效 are grades, 总有效率 their sum: 有效率 in that list is one grade's rate.
    s = study_of(TWO_ARMS_ZH + "结果：细胞组痊愈率为10.0%，显效率为20.0%，有效率为40.0%，总有效率为70.0%；"
                               "安慰剂组痊愈率为3.3%，显效率为10.0%，有效率为33.3%，总有效率为46.7%。\n")
    got = {(m, g, v) for m, g, _, v, _ in values(s)}
    assert {("effective rate", "细胞组", 40.0), ("total effective rate", "细胞组", 70.0),
            ("effective rate", "placebo", 33.3), ("total effective rate", "placebo", 46.7)} <= got
    # (alone, 有效率 is the total, as most abstracts use it)
    s = study_of(TWO_ARMS_ZH + "结果：细胞组有效率为70.0%，安慰剂组有效率为46.7%。\n")
    assert {m for m, _, _, _, _ in values(s)} == {"total effective rate"}


def test_a_word_in_an_aside_is_no_arm_of_the_share_after_it():
    # "(… a bone marrow transplant) in another 5 of 60 (8%)": the aside names no arm.
    text = ("Drug M for leukemia: a single-arm trial\n\nSixty patients received drug M. Complete remission occurred in 18 of "
            "60 (30%) patients, and partial remission (so they may still need a bone marrow transplant) in another 5 of "
            "60 (8%).\n")
    assert not [g for _, g, _, _, _ in values(study_of(text)) if "transplant" in g]


def test_the_walk_test_written_with_min_is_the_six_minute_walk_distance():
    # ("6min步行距离": the minutes abbreviated, as Chinese abstracts often write them)
    s = study_of(TWO_ARMS_ZH + "治疗12周后，细胞组的6min步行距离为402米，安慰剂组为366米。\n")
    assert {m["measure"] for m in s["measurements"]} == {"six-minute walk distance"}


def test_an_outcomes_name_and_a_colon_label_a_pair_of_shares_in_the_arms_order():
    s = study_of(TWO_ARMS_EN + "The benefit held at one year (ORR: 64.3% vs 33.3%; p = 0.01).\n")
    got = {(m["measure"], m["group"], m["value"]) for m in s["measurements"]}
    assert got == {("objective response rate", "cell", 64.3), ("objective response rate", "placebo", 33.3)}


def test_a_groups_label_before_a_colon_gives_no_value():
    # whose value "cells: 40%" is, and of what, is a label the reader does not know: unread
    s = study_of(TWO_ARMS_EN + "Response differed (cells: 40% vs placebo: 20%).\n")
    assert not [m for m in s["measurements"] if m["value"] in (40, 20) and m["group"] not in ("cell", "placebo")]


def test_several_labelled_pairs_in_one_bracket_each_go_to_their_outcome():
    s = study_of(TWO_ARMS_EN + "The benefits held at one year (MACCEs: 5.3% vs 8.3%; exacerbations: 40% vs 60%).\n")
    got = {(m["measure"], m["group"], m["value"]) for m in s["measurements"]}
    # (MACCE: cardiac and cerebrovascular events, no MACE)
    assert got == {("major adverse cardiac and cerebrovascular events", "cell", 5.3),
                   ("major adverse cardiac and cerebrovascular events", "placebo", 8.3),
                   ("exacerbation", "cell", 40), ("exacerbation", "placebo", 60)}


def test_a_time_labelling_a_pair_is_no_outcome():
    s = study_of(TWO_ARMS_EN + "Discomfort was lower with cells (day 2: 1.9 vs 2.5; P = 0.01).\n")
    assert {m["measure"] for m in s["measurements"]} == {"Discomfort"}


@pytest.mark.parametrize("label", ["response rate", "ITT", "Efficacy", "Week twelve", "Primary endpoint"])
def test_a_label_the_vocabulary_does_not_know_leaves_the_pair_to_the_arms(label):
    s = study_of(TWO_ARMS_EN + f"Response was higher with cells ({label}: 64.3% vs 33.3%).\n")
    assert {(m["group"], m["value"]) for m in s["measurements"]} == {("cell", 64.3), ("placebo", 33.3)}


def test_a_known_labels_pair_keeps_its_p_between_the_arms():
    s = study_of(TWO_ARMS_EN + "Response was higher with cells (ORR: 64.3% vs 33.3%; p = 0.01).\n")
    assert [(e["group"], e["versus"], e["p"]) for e in s["effects"] if e["p"] is not None] == [("cell", "placebo", 0.01)]


@pytest.mark.parametrize("pairs", ["women: 64.3% vs 33.3%; men: 50% vs 40%",
                                   "ITT population: 64.3% vs 33.3%; per-protocol population: 70% vs 35%"])
def test_the_second_of_a_pair_a_label_left_unread_is_no_arms_value(pairs):
    s = study_of(TWO_ARMS_EN + f"Response was higher with cells ({pairs}).\n")
    assert not [m for m in s["measurements"] if m["value"] == 33.3]


def test_a_measure_that_says_who_people_were_is_not_what_their_share_is_of():
    text = ("Thrombolysis in very severe stroke: a registry study\n\nData were analyzed from 40,000 patients receiving "
            "thrombolysis. Of patients with NIHSS scores >25, 31.2% were treated >3 hours from onset vs 12.5% with NIHSS "
            "scores of 15–25.\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert not any(m["value"] in (31.2, 12.5) and m["measure"] == "NIHSS" for s in studies for m in s["measurements"])


def test_an_events_share_from_one_level_to_another_is_a_percentage():
    text = ("Heart attack deaths fall\n\nA registry of 20,000 patients in 90 hospitals found a decrease in deaths from 3.8% "
            "to 2.6% among patients with unstable angina, and a decline in stroke – from 4.1% to 3.0%.\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    got = {(m["measure"], m["stat"], m["value"]) for s in studies for m in s["measurements"]}
    assert ("deaths", "percent", 3.8) in got and ("deaths", "percent", 2.6) in got
    assert not any(name.endswith(("–", "-")) for name, _, _ in got)


def test_a_level_in_percent_from_one_value_to_another_is_no_share_of_people():
    text = ("Islet cells for type 1 diabetes: a phase 1/2 study\n\nTwelve patients received the cells. Time in range rose "
            "from 38% at baseline to 82% at 6 months.\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    got = {(m["stat"], m["value"]) for s in studies for m in s["measurements"] if m["measure"] == "time in range"}
    assert ("mean", 38) in got and ("mean", 82) in got
