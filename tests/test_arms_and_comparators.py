"""Arms as trial reports name them, and each arm's result against the comparator:
sizes given once for the arms before them ("(96 and 50 children, respectively)"), an arm
named by its dose ("317 to the 70-mg group"), a Chinese arm with the label the article goes
on to use ("金叶组(治疗组)100例"), the comparator's change after "as compared with", and one
p-value "for each dose vs. placebo".

Every article here is written for this test (no text from ../shared).
"""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def study_of(text: str) -> dict:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]


def arms_of(text: str) -> set[tuple]:
    return {(g["name"], g["n"]) for g in study_of(text)["groups"] if g["role"] == "arm"}


def test_sizes_listed_once_after_the_arms():
    text = ("Oral immunotherapy for egg allergy: a randomized trial\n"
            "METHODS: Children were randomly assigned to egg oral immunotherapy or placebo (80 and 40 children, "
            "respectively) for 52 weeks.\n")
    assert arms_of(text) == {("egg oral immunotherapy", 80), ("placebo", 40)}


def test_arms_named_by_their_dose():
    text = ("Drug K for migraine prevention: a randomized trial\n"
            "RESULTS: A total of 900 patients underwent randomization: 300 were assigned to the 50-mg drug K group, "
            "301 to the 100-mg drug K group, and 299 to the placebo group.\n")
    assert arms_of(text) == {("50-mg drug k", 300), ("100-mg drug k", 301), ("placebo", 299)}


def test_a_chinese_arm_with_its_label_in_brackets():
    text = ("金叶颗粒治疗感冒的随机对照试验\n"
            "方法：选择患者200例，随机分为金叶颗粒组(治疗组)100例，银翘颗粒组(对照组)100例。\n")
    assert arms_of(text) == {("treatment", 100), ("control", 100)}


def test_the_comparators_change_after_as_compared_with_and_one_p_for_each_dose():
    text = ("Drug K for migraine prevention: a randomized trial\n"
            "RESULTS: A total of 900 patients underwent randomization: 300 were assigned to the 50-mg drug K group, "
            "301 to the 100-mg drug K group, and 299 to the placebo group. By month 6, the number of migraine days was "
            "reduced by 3.1 in the 50-mg drug K group and by 3.6 in the 100-mg drug K group, as compared with 1.7 days in "
            "the placebo group (P<0.001 for each dose vs. placebo).\n")
    effects = {(e["group"], e["versus"], e["type"], e["value"], e["p"]) for e in study_of(text)["effects"]}
    assert effects == {("50-mg drug k", "baseline", "mean_change", -3.1, None),
                       ("100-mg drug k", "baseline", "mean_change", -3.6, None),
                       ("placebo", "baseline", "mean_change", -1.7, None),
                       ("50-mg drug k", "placebo", "none", None, 0.001),
                       ("100-mg drug k", "placebo", "none", None, 0.001)}
    # "1.7 days" is the placebo arm's change, not a time point of anything.
    assert all(e["time"] is None or e["time"]["value"] != 1.7 for e in study_of(text)["effects"])


def test_the_p_of_a_clause_without_its_measure_is_the_sentences_measure_not_the_last_sentences():
    # The measure is named in the sentence's first clause, another outcome two sentences before.
    text = ("Drug K for migraine prevention: a randomized trial\n"
            "METHODS: Secondary end points were a 50% or greater reduction in monthly migraine days and disability.\n"
            "RESULTS: A total of 900 patients underwent randomization: 300 were assigned to the 50-mg drug K group, "
            "301 to the 100-mg drug K group, and 299 to the placebo group. The number of migraine days per month at "
            "baseline was 8.3 in the overall population; by month 6, the number of days was reduced by 3.1 in the 50-mg "
            "drug K group and by 3.6 in the 100-mg drug K group, as compared with 1.7 days in the placebo group (P<0.001 "
            "for each dose vs. placebo).\n")
    against = {(e["measure"], e["group"], e["versus"], e["p"]) for e in study_of(text)["effects"] if e["p"]}
    assert against == {("monthly migraine days", "50-mg drug k", "placebo", 0.001),
                       ("monthly migraine days", "100-mg drug k", "placebo", 0.001)}


def test_a_three_arm_ratio_routes_and_schedules_are_not_part_of_the_names():
    text = ("Twice-yearly drug K for HIV prevention: a randomized trial\n"
            "METHODS: Participants were assigned in a 2:2:1 ratio to receive subcutaneous drug K every 26 weeks, daily "
            "oral emtricitabine-tenofovir alafenamide (F/TAF), or daily oral emtricitabine-tenofovir disoproxil "
            "fumarate (F/TDF).\n"
            "RESULTS: There were 0 infections in the drug K group (0 per 100 person-years) and 39 in the F/TAF group "
            "(2.02 per 100 person-years).\n")
    names = {name for name, _ in arms_of(text)}
    assert names == {"drug k", "emtricitabine-tenofovir alafenamide", "emtricitabine-tenofovir disoproxil fumarate"}


def test_a_bracket_breaks_a_group_name():
    # "the F/TAF group (2.02 per ...)" holds no "group 2", nor "group (1.69" a "group 1".
    text = ("Drug K for HIV prevention: a randomized trial\n"
            "RESULTS: Incidence was 2.02 per 100 person-years in the F/TAF group (2 of 99) and 1.69 in the F/TDF group "
            "(1.69 per 100 person-years).\n")
    assert not {name for name, _ in arms_of(text)} & {"group I", "group II"}


def test_schedules_alone_do_not_merge_arms_and_brackets_of_populations_name_none():
    text = ("Drug K for psoriasis: a randomized trial\n"
            "METHODS: 150 adults were randomized to drug K every 2 weeks, drug K every 4 weeks, or placebo.\n"
            "RESULTS: PASI 75 was achieved by 70% with drug K every 2 weeks, 60% with drug K every 4 weeks and 5% with "
            "placebo.\n")
    assert not any(m["group"] == "drug k" for m in study_of(text)["measurements"])
    text = ("Drug K for depression: a randomized trial\n"
            "METHODS: Adults were randomized to drug K or placebo (ITT, n = 400).\n"
            "RESULTS: In the ITT population, remission occurred in 35.6% of patients.\n")
    assert not any(m["group"] == "placebo" for m in study_of(text)["measurements"])


def test_a_change_in_other_units_after_compared_with_is_nobodys():
    text = ("Drugs K and M for obesity: a randomized trial\n"
            "METHODS: 300 adults were randomized to drug K, drug M or placebo.\n"
            "RESULTS: Body weight decreased by 5.2% with drug K and by 6.1% with drug M, compared with 12 kg in the "
            "placebo group.\n")
    study = study_of(text)
    assert not any(e["group"] == "placebo" for e in study["effects"])
    assert not any(m["group"] == "placebo" for m in study["measurements"])


def test_a_subgroup_named_in_a_comparison_of_arms_is_not_one_of_its_sides():
    text = ("Drugs K and M for depression: a randomized trial\n"
            "METHODS: 600 adults were randomized to drug K, drug M or placebo.\n"
            "RESULTS: Among older patients, remission was higher with drug K and drug M than with placebo "
            "(P<0.001 for each group vs. placebo).\n")
    assert {(e["group"], e["versus"]) for e in study_of(text)["effects"]} == {("drug k", "placebo"), ("drug m", "placebo")}


def test_treatment_with_and_a_bracket_cut_off_by_the_list_are_not_part_of_the_names():
    text = ("Drug K versus drug L after resection: a randomized trial\n"
            "METHODS: Eighty patients were randomized to treatment with drug K 200 mg twice daily or drug L (control "
            "group, 1000 mg twice daily, given for 2 weeks followed by a 1-week rest in each cycle).\n"
            "RESULTS: Mean survival was longer in the drug K group (22.1 ± 2.0 months) than in the drug L group "
            "(15.2 ± 3.1 months) (P < 0.05).\n")
    study = study_of(text)
    assert {g["name"] for g in study["groups"] if g["role"] == "arm"} == {"drug k", "drug l"}
    # The group after "than" is the other side's, not the first value's.
    assert {(m["group"], m["value"]) for m in study["measurements"]} == {("drug k", 22.1), ("drug l", 15.2)}


def test_groups_named_in_passing_two_in_one_phrase_and_no_leading_words():
    text = ("Surgery or medical therapy for diabetes: a randomized trial\n"
            "RESULTS: Weight fell more in the bypass and sleeve groups than in the medical therapy group, and more "
            "women in the bypass group stopped insulin.\n"
            "There were no differences in the secondary or process outcomes between groups.\n")
    assert {name for name, _ in arms_of(text)} == {"bypass", "sleeve", "medical therapy"}


def test_the_sides_of_a_comparison_are_listed_as_arms_when_no_arm_is():
    text = ("Drug K in breast cancer: phase III results\n"
            "The trial showed that patients treated with drug K had a 42% lower risk of progression (HR 0.58; 95% CI "
            "0.43-0.80; p=0.0009) compared to those who received chemotherapy.\n")
    assert {name for name, _ in arms_of(text)} == {"drug K", "chemotherapy"}


def test_a_cohort_comparison_gets_no_invented_treatment_and_control():
    text = ("Influenza vaccination and death in heart failure: a nationwide cohort study\n"
            "In this registry-based cohort of 44 000 patients, the association with death was stronger in patients "
            "aged 75 years or older than in younger patients (P = 0.004).\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert not [e for s in studies for e in s["effects"] if (e["group"], e["versus"]) == ("treatment", "control")]


def test_lab_values_with_a_unit_per_volume_are_not_doses_and_two_dose_groups_keep_their_noun():
    text = ("Drug K in anaemia: a randomized trial\n"
            "METHODS: 100 adults were randomized to drug K (n = 50) or placebo (n = 50).\n"
            "RESULTS: Haemoglobin was higher in the drug K group than in the placebo group (12.1 g/dL vs 10.3 g/dL, "
            "P<0.01).\n")
    got = {(m["group"], m["value"]) for m in study_of(text)["measurements"]}
    assert got == {("drug k", 12.1), ("placebo", 10.3)}
    doses = ("Two doses of drug K: a trial\n"
             "RESULTS: In a randomized trial of 90 adults, pain fell more in the high and low dose groups than in the "
            "placebo group (P = 0.01).\n")
    assert {"high dose", "low dose"} <= {name for name, _ in arms_of(doses)}


def test_an_arm_is_found_again_by_its_head_word():
    text = ("Egg immunotherapy for allergy: a randomized trial\n"
            "METHODS: Children were randomly assigned to egg oral immunotherapy or placebo (80 and 40 children, "
            "respectively) for 52 weeks.\n"
            "RESULTS: At week 52 the median tolerated dose was 2,010 mg for immunotherapy and 10 mg for placebo.\n")
    values = {(m["group"], m["value"]) for m in study_of(text)["measurements"]}
    assert ("egg oral immunotherapy", 2010) in values
    # (A head two arms share names neither: "drug A tablets" and "drug B tablets".)
    from ingest.extract.arms import Arm, terms
    assert terms([Arm("drug A tablets"), Arm("drug B tablets")]) == [
        ("drug A tablets", ["drug A tablets"]), ("drug B tablets", ["drug B tablets"])]


def test_how_an_arm_was_given_is_not_its_name():
    text = ("Drug Q for depression: a randomized trial\n"
            "Participants were randomized in a 1:1 ratio to receive a single dose of quetiazolam vs niacin placebo "
            "administered with psychological support.\n"
            "The depression score fell by 12.3 points with quetiazolam and by 5.1 points with placebo (p<0.001).\n")
    assert {name for name, _ in arms_of(text)} == {"quetiazolam", "niacin placebo"}


def test_a_treatment_set_against_placebo_is_an_arm_when_no_allocation_is_told():
    text = ("Weekly drug injections cut weight in adults with obesity\n"
            "The trial showed superior weight loss at week 72 with veltaglutide 7.2 mg versus placebo. "
            "Mean weight loss was 18.7% with veltaglutide and 2.4% with placebo.\n")
    study = study_of(text)
    assert {g["name"] for g in study["groups"] if g["role"] == "arm"} == {"veltaglutide", "placebo"}
    assert {(m["group"], m["value"]) for m in study["measurements"] + study["effects"]} >= {
        ("veltaglutide", 18.7), ("placebo", 2.4)} or {(e["group"], e["value"]) for e in study["effects"]} >= {
        ("veltaglutide", -18.7), ("placebo", -2.4)}


def test_a_result_set_against_placebo_is_no_arm():
    text = ("Drug K for migraine: a randomized trial\n"
            "The difference versus placebo was 2.3 days (95% CI 1.1 to 3.5), and each dose vs. placebo gave p<0.01.\n")
    names = {g["name"] for g in study_of(text)["groups"]}
    assert not names & {"difference", "each dose", "dose"}


def test_no_arm_from_a_trials_name_a_place_or_a_word_another_treatment_shares():
    select = ("Semaglutide and heart attacks\nThe SELECT trial enrolled 17604 adults with obesity and heart disease. "
              "In SELECT, compared with placebo, semaglutide reduced the risk of heart attack by 20%.\n")
    assert "select" not in {g["name"].lower() for g in study_of(select)["groups"]}
    from ingest.extract.arms import Arm, terms
    text = "Women took vitamin D supplementation or placebo; 8% of women taking calcium supplementation had fractures."
    assert terms([Arm("vitamin D supplementation"), Arm("placebo")], text)[0][1] == ["vitamin D supplementation"]


def test_arms_told_apart_by_how_they_were_given_stay_apart():
    text = ("Dexamethasone routes: a randomized trial\n"
            "Participants were randomized to dexamethasone given orally (n=70) or dexamethasone given intravenously (n=50), "
            "or placebo (n=40).\n")
    assert len(arms_of(text)) == 3


def test_patients_with_a_trait_on_the_treatment_are_the_arms_not_with_and_without():
    text = ("Drug X in atrial fibrillation\nIn this trial, 2000 patients with atrial fibrillation were randomised to "
            "drug X or placebo. Patients with diabetes had lower rates of stroke on drug X (5% vs 8%).\n")
    assert not {g["name"] for g in study_of(text)["groups"]} & {"with diabetes", "without diabetes"}


def test_a_value_after_a_chinese_arm_is_no_size():
    # (Found by the property test: "对照组 0.5" once gave the control arm 0 people.)
    from ingest.extract import extract as run
    from ingest.read.document import Document
    record = run(Document(text="ASIA运动评分 治疗组 1 对照组 0.5", path="x.txt", sha256="0" * 64)).to_json()
    assert all(g["n"] != 0 for s in record["studies"] for g in s["groups"])


def test_a_news_story_names_its_arms_only_by_treatment_and_comparator():
    # No sentence allocates anyone, yet the trial compared two arms: the drug and placebo.
    text = ("Semaglutide cuts heart attacks in a large trial\n"
            "In a randomized trial of 17,604 adults with obesity, semaglutide lowered the risk of major "
            "cardiovascular events by 20% compared with placebo (hazard ratio 0.80; 95% CI 0.72 to 0.90).\n")
    assert arms_of(text) == {("semaglutide", None), ("placebo", None)}


def test_two_treatments_without_arms_are_not_guessed_into_arms():
    # One arm given both, or two arms given one each? The story does not say: no arms.
    text = ("Two antiplatelet drugs after stroke\n"
            "In a randomized trial of 3,000 adults, aspirin and clopidogrel lowered the risk of a second stroke "
            "compared with placebo (hazard ratio 0.70; 95% CI 0.60 to 0.82).\n")
    study = study_of(text)
    assert {i["name"] for i in study["interventions"]} >= {"aspirin", "clopidogrel"}
    assert arms_of(text) == set()


def test_arms_named_by_treatment_and_comparator_take_the_sizes_written_beside_them():
    text = ("SGLT2 inhibitors in heart failure: a meta-analysis\n"
            "Fourteen trials were pooled (N = 21678 in the SGLT2 inhibitor arms and N = 20731 in the placebo arms). "
            "SGLT2 inhibitors lowered the risk of hospitalisation for heart failure compared with placebo "
            "(RR 0.70, 95% CI 0.65 to 0.76).\n")
    assert arms_of(text) == {("SGLT2 inhibitor", 21678), ("placebo", 20731)}


@pytest.mark.parametrize("sizing", [
    "A placebo plus drug K group (n = 40) was added later.",
    "N = 500 were in the drug K and placebo arms.",
    "Among women in the placebo group (n = 12), pain fell too.",
    "Serious adverse events occurred in the placebo group (n = 7).",
])
def test_an_n_beside_an_arms_name_that_is_not_its_size(sizing):
    text = ("Drug K in heart failure\n"
            f"{sizing} Drug K lowered the risk of hospitalisation compared with placebo (RR 0.70, 95% CI 0.65 to 0.76).\n")
    assert all(n is None for name, n in arms_of(text) if name in ("drug K", "placebo"))


@pytest.mark.parametrize("text, name", [
    # Arms named after what they received: the intervention is that, without 组 and the dose.
    ("瑞帕西单抗治疗肺癌的随机对照试验\n共200例患者随机分为瑞帕西组（100例）和安慰剂组（100例）。"
     "结果：瑞帕西组客观缓解率为45.0%，安慰剂组为20.0%（P<0.001）。\n", "瑞帕西"),
    ("瑞帕西肽减重Ⅲ期研究\n共300例受试者随机分为瑞帕西肽6mg组（150例）和安慰剂组（150例）。"
     "结果：瑞帕西肽6mg组体重平均下降12.0%，安慰剂组下降2.0%（P<0.001）。\n", "瑞帕西肽"),
])
def test_an_arm_named_after_its_treatment_gives_the_treatment_not_the_arm(text, name):
    names = [i["name"] for i in study_of(text)["interventions"]]
    assert name in names and not any(n.endswith(("组", "組")) for n in names)


def test_a_tcm_decoction_added_to_a_background_drug_stays_the_intervention():
    # Omeprazole is what both arms had; the decoction is what was tested: a drug the article
    # names does not make traditional Chinese medicine a mere class of it.
    text = ("中西医结合治疗慢性胃炎的临床观察\n方法：将100例慢性胃炎患者随机分为联合组和常规组，每组50例。常规组给予奥美拉唑治疗，"
            "联合组在此基础上加用中药汤剂。\n结果：联合组总有效率为92.0%，常规组为76.0%（P<0.05）。\n")
    assert "traditional Chinese medicine" in [i["name"] for i in study_of(text)["interventions"]]


@pytest.mark.parametrize("repeats, arms", [(3, {"slimora", "placebo"}), (1, set())])
def test_a_brand_the_article_keeps_naming_against_placebo_is_an_arm(repeats, arms):
    # "Slimora" is no drug the vocabulary knows, no code and no international name: a proper
    # name the story comes back to, set against placebo, is the treatment; named once, it is not.
    mentions = " ".join(["Those on Slimora ate less."] * (repeats - 1))
    text = ("Study: New Weight Loss Pill May Help Dieters\nDieters Lost More Weight With Slimora Than Placebo\n"
            f"April 14, 2005 -- A new weight loss pill looks promising. They studied 1,500 people with obesity. {mentions} "
            "Weight fell by 8.6 kg on the pill and by 2.3 kg on placebo (P < 0.001).\n")
    found = {g["name"] for g in study_of(text)["groups"] if g["role"] == "arm"}
    assert arms <= found and (arms or "slimora" not in found)


@pytest.mark.parametrize("text, arms", [
    # arms no sentence allocated, whose results one sentence sets side by side: the vaccine and placebo
    ("高端疫苗二期临床试验期中分析\n共纳入3844名受试者。数据显示，疫苗组的血清阳转率为99.8%，安慰剂组的血清阳转率为0.5%。\n",
     ["vaccine", "placebo"]),
    # no comparator among them: "low dose" and "high dose" may be parts of arms named otherwise
    ("Malaria vaccine results\nA total of 450 children took part. Clinical malaria occurred in 51% with the low dose "
     "and 39% with the high dose.\n", []),
])
def test_arms_a_results_sentence_sets_side_by_side(text, arms):
    found = [g["name"] for g in study_of(text)["groups"] if g["role"] == "arm"]
    assert found == arms


@pytest.mark.parametrize("text, arms", [
    ("新药降低新冠死亡风险\n研究纳入1.5万名住院病人。研究结果发现，有服用甲药的住院病人于急症期后的死亡风险为6.9%，较对照组的13.5%为低。\n",
     ["甲药", "control"]),
    ("中药胶囊治疗湿疹\n研究将86位病人分为两组，各43例。结果发现，服食中药胶囊的一组，湿疹严重程度较服安慰剂者为低(P<0.05)。\n",
     ["中药胶囊", "placebo"]),
])
def test_chinese_arms_by_what_their_people_took(text, arms):
    assert [g["name"] for g in study_of(text)["groups"] if g["role"] == "arm"] == arms


def test_three_chinese_arms_listed_after_the_allocation_and_their_results_in_order():
    # "A加安慰剂组" is berberine with a placebo, no placebo arm; "3组…分别为" gives each arm its value
    text = ("小檗碱治疗多囊卵巢综合征不孕\n该研究纳入644例受试者，随机分为小檗碱加安慰剂组、来曲唑加安慰剂组、小檗碱加来曲唑组。"
            "治疗6个周期后发现，3组的活产率分别为22%、36%、34%。\n")
    study = study_of(text)
    arms = [g["name"] for g in study["groups"] if g["role"] == "arm"]
    assert arms == ["小檗碱加安慰剂组", "来曲唑加安慰剂组", "小檗碱加来曲唑组"]
    assert [(m["group"], m["value"]) for m in study["measurements"]] == list(zip(arms, [22, 36, 34]))


def test_a_headline_names_the_treatment_the_vocabulary_does_not_know():
    from ingest.extract import extract
    from ingest.read import read_bytes
    text = ("Synbiotic drops for prevention of infant colic: systematic review and meta-analysis\n\n"
            "We pooled 9 randomized controlled trials (1,204 infants). Crying time fell by 38 minutes per day "
            "(MD -38, 95% CI -52 to -24).\n")
    (s,) = extract(read_bytes(text.encode(), path="a.txt")).to_json()["studies"]
    assert [i["name"] for i in s["interventions"]] == ["synbiotic drops"]


def test_one_control_arm_read_in_a_review_of_one_treatment_makes_the_treatment_the_other_arm():
    from ingest.extract import extract
    from ingest.read import read_bytes
    text = ("左西孟旦治疗急性心力衰竭的Meta分析\n\n方法 检索随机对照试验。结果 共纳入12项研究，968例患者。"
            "其中对照组480例。与对照组相比，左西孟旦降低了病死率(RR=0.72, 95%CI: 0.55~0.94, P=0.02)。\n")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    arms = sorted(g["name"] for g in s["groups"] if g["role"] == "arm")
    assert arms == ["control", "levosimendan"]
    assert s["comparator"] == "control"
    (rr,) = [e for e in s["effects"] if e["type"] == "risk_ratio"]
    assert (rr["group"], rr["versus"], rr["value"], rr["p"]) == ("levosimendan", "control", 0.72, 0.02)


def test_arms_named_without_the_treatment_every_arm_received():
    # "drug Z plus letrozole" and "placebo plus letrozole" are "the drug Z arm" and "the
    # placebo arm" once the article has said both arms received letrozole.
    s = study_of("Drug Z in advanced breast cancer: a randomized trial\n"
                 "Methods: 400 women were randomly assigned to drug Z plus letrozole or placebo plus letrozole.\n"
                 "Results: The objective response rate was 41.3% in the drug Z arm and 28.6% in the placebo arm.\n")
    assert {(m["group"], m["value"]) for m in s["measurements"]} == {("drug z plus letrozole", 41.3),
                                                                      ("placebo plus letrozole", 28.6)}


def test_a_trial_comparing_two_treatments_head_to_head_names_both_arms():
    # No placebo and no allocation sentence: "comparing A (abbr) with B (abbr)" names the arms,
    # and the results name them by their abbreviations.
    s = study_of("Seven-year outcomes in low-risk patients\n"
                 "The authors report outcomes of the VALVE-9 trial comparing balloon-expandable valve implantation (BEVI) "
                 "with open surgical valve repair (OSVR) in 800 patients with aortic stenosis. Mortality was similar "
                 "(18.2 percent vs 17.6 percent), as were stroke (7.9 percent vs 8.4 percent).\n")
    got = {(m["measure"], m["value"]) for m in s["measurements"]}
    assert got == {("mortality", 18.2), ("mortality", 17.6), ("stroke", 7.9), ("stroke", 8.4)}
    assert len({m["group"] for m in s["measurements"]}) == 2


@pytest.mark.parametrize("sentence", [
    # what it was compared to, not a treatment compared with another
    "This study determined the effect of gel X as compared to the conventional method with respect to pain.",
    # "either agent alone": no arm of its own name
    "This study compared drug K plus drug M versus either agent alone in 90 patients.",
])
def test_comparing_words_that_name_no_two_arms(sentence):
    s = study_of("Gel X and drug K\n" + sentence + " Pain was lower (12% vs 30%, p=0.02).\n")
    names = {g["name"] for g in s["groups"] if g["role"] == "arm"}
    assert not names & {"respect to pain", "agent", "conventional method"}


def test_an_arm_given_as_an_injection_with_its_size_in_thousands():
    # "(N=17,215)" is 17215 people, not 17; "a single intramuscular injection of" is how, not
    # what; "the vaccine group" is the one arm whose name ends on "vaccine".
    s = study_of("A vaccine against a test virus in older adults\n"
                 "Adults aged 60 and older were randomly assigned to receive a single intramuscular injection of "
                 "TVX-1 vaccine (N=16,904) or placebo (N=16,880). Illness occurred in 0.9% of the vaccine group and "
                 "2.8% of the placebo group.\n")
    assert {(g["name"], g["n"]) for g in s["groups"] if g["role"] == "arm"} == {("TVX-1 vaccine", 16904), ("placebo", 16880)}
    assert {(m["group"], m["value"]) for m in s["measurements"]} == {("TVX-1 vaccine", 0.9), ("placebo", 2.8)}


def test_an_arm_called_the_comparator_is_what_the_treatment_is_set_against():
    # (a wire story's "comparator arm": the relative reduction is the treatment's against it)
    text = ("Drugmaker reports survival benefit\n"
            "The phase III trial showed its drug K in combination with chemotherapy led to an improvement compared to "
            "chemotherapy alone.\n"
            "Patients treated with drug K showed a 32% reduction in the risk of death versus the comparator arm. "
            "Median survival was 46.1 months for the comparator arm.\n")
    study = study_of(text)
    reductions = [(e["group"], e["versus"], e["value"]) for e in study["effects"] if e["value"] is not None]
    assert reductions and all(v == -32 and "comparator" in versus and "comparator" not in group for group, versus, v in reductions)
    # (no arm is named by the words around "versus": "death versus the comparator" is none)
    assert not [g["name"] for g in study["groups"] if "versus" in g["name"]]


@pytest.mark.parametrize("therapy", ["physical therapy", "cognitive behavioral therapy", "hormone therapy", "exercise therapy"])
def test_a_kind_of_therapy_keeps_its_word_but_a_drugs_therapy_is_the_drug(therapy):
    text = ("Tai chi for knee osteoarthritis: a randomized trial\n"
            f"In a randomized trial, 204 adults were assigned to tai chi or {therapy} for 12 weeks. The WOMAC score at "
            f"12 weeks was 167 points with tai chi and 143 points with {therapy}.\n")
    assert {name for name, _ in arms_of(text)} == {"tai chi", therapy}
    drug = ("Drug K for pain: a randomized trial\n"
            "In a randomized trial, 200 adults were assigned to drug K therapy or placebo. Pain fell by 3.1 points "
            "with drug K and 1.2 with placebo.\n")
    assert {name.lower() for name, _ in arms_of(drug)} == {"drug k", "placebo"}


def test_how_patients_were_drawn_is_no_part_of_an_arms_name():
    s = study_of("推拿治疗小儿厌食症的临床观察\n\n方法：80例患儿根据证候分为甲证组40例和乙证组40例，按照就诊顺序抽取甲证组20例和乙证组20例"
                 "分别组成治疗组和对照组各40例。结果：治疗组总有效率92.50%，对照组总有效率85.00%(P>0.05)。食量、面色、出汗等方面的评分"
                 "比较差异无统计学意义(P>0.05)。\n")
    names = {g["name"] for g in s["groups"]}
    assert not any("抽取" in n or "顺序" in n for n in names), names
    # (a score of nothing named is no measure: "…等方面的评分")
    assert not any(e["measure"] in ("评分", "score") for e in s["effects"])


def test_counts_listed_under_an_outcome_are_no_arm_sizes():
    # (a charity's trial page lists each arm's size under the line that recruits them, then each arm's
    # count of an outcome under the line the list goes on from; the reader has taken the dashes off)
    from ingest.extract.groups import _counted_under_an_outcome
    text = ("The trial recruited 800 men.\n400 had hormone therapy alone\n400 had hormone therapy and radiotherapy\n"
            "The cancer had come back in\n151 men who had hormone therapy alone\n75 men who had hormone therapy and radiotherapy\n")
    assert not _counted_under_an_outcome(text, text.index("400 had"))
    assert not _counted_under_an_outcome(text, text.index("400 had hormone therapy and"))
    assert _counted_under_an_outcome(text, text.index("151"))
    assert _counted_under_an_outcome(text, text.index("75 men"))
    # (a line that stops is a sentence of its own, whatever the line after it counts; a heading is none)
    assert not _counted_under_an_outcome("The cancer came back.\n151 men had it again\n", 23)
    assert not _counted_under_an_outcome("Participants\n62 patients in the acupuncture group\n", 13)


def test_everyone_a_pooled_analysis_counted_in_brackets_is_no_arms_size():
    text = ("Aspirin in secondary prevention: a meta-analysis\n\nA meta-analysis of 12 secondary prevention trials (15 000 "
            "individuals, 40 000 person-years, 3100 serious vascular events) compared long-term aspirin versus control. "
            "Aspirin reduced serious vascular events (6.5% versus 8.0% per year, P < 0.0001).\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert not any(g["n"] in (15000, 3100) for s in studies for g in s["groups"])
    # (the arms it compares, by their role: "aspirin versus control"; each arm's yearly rate of the events)
    (s,) = studies
    assert "control" in {g["name"] for g in s["groups"]}
    got = {(m["group"], m["stat"], m["value"]) for m in s["measurements"]}
    assert ("control", "percent", 8.0) in got and any(v == 6.5 and g != "control" for g, _, v in got)


def test_a_titles_trial_of_x_versus_y_and_values_after_a_groups_colon():
    text = ("Randomized clinical trial of laparoscopic versus open hernia repair in adults\n\nMethods: Eighty adults were "
            "randomized. Results: The mean(s.d.) length of hospital stay was shorter in the laparoscopic group: 1·8(0·6) "
            "versus 2·7(0·8) days (mean difference 0·9 days, 95 per cent c.i. 0·4–1·4 days); P = 0·002.\n")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    names = [g["name"] for g in s["groups"]]
    assert "laparoscopic hernia repair" in names and not any("trial" in n or n == "group 1" for n in names), names
    got = {(m["group"], m["value"]) for m in s["measurements"]}
    assert ("open hernia repair", 2.7) in got and not any(v == 95 for _, v in got)


def test_a_titles_first_of_and_a_drug_name_with_a_time_word_in_it():
    text = ("Trial of withdrawal of lithium versus continued lithium in bipolar disorder\n\nMethods: 80 patients were "
            "randomized. Results: Relapse occurred in 40% and 18% (P = 0.01).\n")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert "withdrawal of lithium" in {g["name"] for g in s["groups"]}
    text = "前列地尔治疗糖尿病肾病的随机对照试验\n\n纳入120例患者。与安慰剂相比，前列地尔组的缓解率为62.5% vs 31.7%（P<0.05）。\n"
    (s,) = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert {(m["group"], m["value"]) for m in s["measurements"]} >= {("前列地尔", 62.5), ("placebo", 31.7)}


def test_counts_under_a_sentence_that_goes_on_are_no_sizes():
    from ingest.extract.groups import _counted_under_an_outcome
    text = "After 5 years the cancer had spread to the bones, which affected\n120 men who had hormone therapy alone\n"
    assert _counted_under_an_outcome(text, text.index("120"))
