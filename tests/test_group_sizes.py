"""An arm's size is what the article gives that arm: never the whole trial's size given
beside a word that names the design ("a placebo-controlled trial in 104 adults")."""

import pytest

from ingest.extract import extract
from ingest.read.document import Document


def groups(text: str) -> list[tuple]:
    study = extract(Document(text=text, path="x.txt", sha256="0")).to_json()["studies"][0]
    return [(g["name"], g["n"]) for g in study["groups"]]


@pytest.mark.parametrize("text", [
    "In a randomized, placebo-controlled trial in 104 adults with depression, psilocybin reduced symptom scores.",
    "A sham-controlled study of acupuncture enrolled 60 patients with chronic neck pain.",
    "一项随机、双盲、安慰剂对照试验共纳入120例患者，评估新药的疗效。",
])
def test_the_design_word_is_no_arm_of_the_trial_size(text):
    assert all(n is None for _, n in groups(text))


def test_a_placebo_arm_with_its_size_is_still_one():
    found = groups("In a placebo-controlled trial, 60 patients were randomised to drug X (n = 30) or placebo (n = 30).")
    assert ("placebo", 30) in found


@pytest.mark.parametrize("allocation", ["randomized to psilocybin vs placebo", "randomly assigned to psilocybin versus placebo",
                                        "randomized to psilocybin or placebo"])
def test_arms_allocated_with_vs_or_versus(allocation):
    assert groups(f"Adults with depression were {allocation}. Scores fell more with psilocybin (P<0.001).") == [
        ("psilocybin", None), ("placebo", None)]


def test_a_size_after_the_whole_list_of_arms_is_no_arms_size():
    # "(n = 80)" closes the list "drug X or placebo": the trial's size, not the placebo arm's.
    found = groups("In a trial of gout, adults were randomized to drug X or placebo (n = 80). "
                   "Flares occurred in 10% with drug X and 30% with placebo (P = 0.02).")
    assert ("placebo", 80) not in found and ("drug x", 80) not in found


def test_a_cohorts_count_before_its_allocation_is_no_arms_and_each_sizes_both():
    # "将80例患者随机分为针刺组和西药组，各40例": 80 is everyone; each arm has 40 (not an arm
    # "随机分为针刺组" of 0, read from the last digit of 80).
    found = groups("针刺治疗失眠的随机对照试验。将80例患者随机分为针刺组和西药组，各40例。"
                   "治疗4周后，针刺组PSQI评分低于西药组（P<0.05）。")
    assert sorted(n for _, n in found if n is not None) == [40, 40]
    assert not any("随机" in name or n == 0 for name, n in found)


@pytest.mark.parametrize("text, expected", [
    # Everyone was offered one of two: the count is the cohort's, not the placebo arm's.
    ("In the trial, 2,000 adults received vitamin D or placebo for two years. Falls were fewer with vitamin D (P = 0.03).",
     None),
    # ... unless "respectively" gives each arm its own.
    ("In the trial, 19 and 13 patients received vitamin D or placebo, respectively. Falls were fewer with vitamin D "
     "(P = 0.03).", 13),
])
def test_a_count_before_one_of_two_alternatives_is_not_the_second_ones(text, expected):
    assert dict(groups(text)).get("placebo") == expected


def test_among_them_is_no_part_of_a_groups_name():
    # "其中" (among them) opens the list of groups by subtype; it names none of them.
    found = dict(groups("结果 共300例缺血性脑卒中患者入组，其中甲型组120例(40.0%)、乙型组100例(33.3%)、丙型组80例(26.7%)。"
                        "各组间有效率比较差异无统计学意义(P=0.41)。"))
    assert found.get("甲型组") == 120 and not any(name.startswith("其中") for name in found)


@pytest.mark.parametrize("sentence, enrolled", [
    ("Methods We randomly assigned 529 patients with heart failure to receive velorexin or placebo.", 529),
    ("Lee and colleagues randomly assigned (1:1) 579 adults with obesity to velorexin or placebo.", 579),
    ("In this double-blind trial, we randomly assigned 5734 patients with kidney disease to velorexin or placebo.", 5734),
])
def test_enrolled_by_an_allocation_in_the_active_voice(sentence, enrolled):
    text = "Velorexin trial\n\n" + sentence + "\nThe response rate was 40% with velorexin and 20% with placebo.\n"
    study = extract(Document(text)).studies[0]
    assert study.participants.enrolled == enrolled
    assert str(enrolled) in study.participants.quotes["enrolled"]


@pytest.mark.parametrize("sentence, enrolled", [
    ("The study, which involved more than 4,300 patients, was published last week.", 4300),
    ("Clinical trials included 1,106 people with relapsing disease from 24 countries.", 1106),
    ("Researchers analyzed electronic health records of more than 18,000 adults who were using velorexin.", 18000),
    ("We used the prospective Northfield Biobank study (n=48,720) to examine the risk of death.", 48720),
    ("N = 12 patients: 50% male; median age 66 years.", 12),
    ("Participants: 686 adults with pyelonephritis (median age, 58 years).", 686),
    # a population analysed is not the cohort enrolled
    ("The modified intention-to-treat population included 512 patients (258 velorexin, 254 placebo).", None),
    # two parts of the cohort whose total the article does not write: no total
    ("In the study, researchers analyzed data from 80,647 women and 37,716 men who answered questionnaires.", None),
    ("The study included 74 563 women (1984-2018) and 39 501 men (1986-2018) without cancer.", None),
])
def test_enrolled_by_what_was_done_with_the_cohort(sentence, enrolled):
    text = "Velorexin study\n\n" + sentence + "\nThe response rate was 40% with velorexin.\n"
    study = extract(Document(text)).studies[0]
    assert study.participants.enrolled == enrolled


@pytest.mark.parametrize("sentence", [
    "Of the patients operated on, 410 and 275 were in the herbal group and the control group.",
    "Of the patients operated on, 410 and 275 patients were respectively in the herbal group and the control group.",
    "There were 410 patients in the herbal group and 275 in the control group.",
    "In all, 685 patients (410 and 275 in the herbal group and the control group, respectively) were analysed.",
])
def test_sizes_listed_before_their_groups_are_paired_in_order(sentence):
    # Once the second size went to the first group and the second group had none.
    found = dict(groups(f"Herbal medicine after bowel surgery: a retrospective cohort study\n\nResults: {sentence} "
                        "Five-year survival was 61.0% in the herbal group compared with 48.5% in the control group."))
    assert found.get("herbal") == 410 and found.get("control") == 275


def test_more_sizes_than_groups_pair_nothing():
    found = dict(groups("Herbal medicine after bowel surgery: a retrospective cohort study\n\nResults: 410, 120 and 275 "
                        "patients were in the herbal group and the control group."))
    # (Once the last size went to the first group: which is whose, the sentence does not say.)
    assert found.get("herbal") is None and found.get("control") is None, found


def test_scores_listed_before_groups_are_no_sizes():
    found = dict(groups("Herbal medicine after bowel surgery: a randomised trial\n\nResults: The median scores were 45 and 30 "
                        "in the herbal group and the control group."))
    assert found.get("herbal") is None and found.get("control") is None, found


@pytest.mark.parametrize("text, sized", [
    # the people an event was counted among, before the arm's name
    ("In a randomized trial, 13199 patients with stroke were assigned to ticagrelor or aspirin. An event occurred in 442 of the "
     "6589 patients (6.7%) treated with ticagrelor, versus 497 of the 6610 patients (7.5%) treated with aspirin.",
     {("ticagrelor", 6589), ("aspirin", 6610)}),
    ("Patients were randomized to acupuncture or sham acupuncture. Thirty-two (73%) of 44 participants responded in the "
     "acupuncture group.", {("acupuncture", 44)}),
    # the people enrolled, then each group's number without its noun
    ("A randomized trial. The study enrolled 24 participants, 12 in the treatment group and 12 in the placebo group.",
     {("treatment", 12), ("placebo", 12)}),
    # Chinese: what each arm's people received, with their number; a Latin name before 组 with a space
    ("芪苈强心胶囊的随机对照试验。共纳入3110名患者，其中1555名患者接受了芪苈强心胶囊治疗，1555名患者接受了安慰剂治疗。",
     {("芪苈强心胶囊", 1555), ("placebo", 1555)}),
    ("热消融的荟萃分析。最终纳入12项研究，共1060例患者，其中热消融组510例，PTX 组550例。",
     {("热消融组", 510), ("PTX组", 550)}),
    # two treatments together are one arm of both
    ("一项回顾性研究共纳入1241例患者，其中67例患者接受甲药单药治疗，695例患者接受甲药联合化疗治疗；102例患者接受乙药单药治疗。"
     "客观缓解率分别为43.3%、51.0%和44.1%。",
     {("甲药单药", 67), ("甲药联合化疗", 695), ("乙药单药", 102)}),
])
def test_an_arms_size_written_where_its_results_are(text, sized):
    assert sized <= set(groups(text))


@pytest.mark.parametrize("text", [
    # a subgroup's people, another trial's, a dose: none is the arm's size (the arms are unsized)
    "Patients were randomized to drug K or placebo. Among women, 12 of 40 patients in the placebo group had a response.",
    "Patients were randomized to drug K or placebo. Of 40 diabetic patients in the placebo group, 5 had a response.",
    "Patients were randomized to drug K or placebo. In an earlier trial, 30 of 900 patients on placebo had a response.",
    "Patients were randomized to drug K or placebo. A loading dose of 600 mg in the drug K group was well tolerated. "
    "Pain fell from 6.1 to 4.2 points in the drug K group.",
    # Chinese: what some of the people went through later, a screening
    "一项手术研究共纳入40例患者，分为甲组和乙组。术后5例患者接受了输血，3例患者接受了再次手术。甲组疼痛评分为3.2分，乙组为4.1分。",
])
def test_a_count_that_is_no_arms_size(text):
    found = groups(text)
    assert not [(g, n) for g, n in found if n in (40, 900, 600, 5, 3)], found
