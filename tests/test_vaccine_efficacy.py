"""A vaccine's efficacy, the headline number of every vaccine trial: one effect of type
"vaccine_efficacy", the vaccine against its comparator, on the disease it prevents, with
its CI, and per subgroup where the article gives one. Outside articles about a vaccine the
word "efficacy" is left to the other readers, and a hypothetical or a range of estimates is
no efficacy of the study.

Every article here is written for this test (no text from ../shared).
"""

import sqlite3

import pytest

from ingest.commands import ingest_paths
from ingest.extract import extract
from ingest.read import read_bytes
from tests.study_pages import only_study_page

TRIAL = ("Vaccine V against shingles in older adults: a randomized trial\n"
         "METHODS: 9,000 adults aged 70 or older were randomly assigned to vaccine V or placebo.\n"
         "RESULTS: {}\n")


def efficacies(text: str) -> set[tuple]:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    return {(e["measure"], e["group"], e["versus"], e["value"], tuple(e["ci"] or ()))
            for s in studies for e in s["effects"] if e["type"] == "vaccine_efficacy"}


@pytest.mark.parametrize("sentence, value", [
    ("The overall vaccine efficacy was 89.5%.", 89.5),
    ("Vaccine V showed 76% efficacy in preventing herpes zoster.", 76),
    ("Efficacy against herpes zoster was 91.6% (95% CI, 85.6 to 95.2).", 91.6),
    ("The vaccine was 94% effective.", 94),
])
def test_the_common_ways_of_stating_an_efficacy(sentence, value):
    found = efficacies(TRIAL.format(sentence))
    assert [(g, v, x) for _, g, v, x, _ in found] == [("vaccine v", "placebo", value)]


def test_the_disease_prevented_is_the_measure_and_the_ci_is_kept():
    found = efficacies(TRIAL.format("Efficacy against herpes zoster was 91.6% (95% CI, 85.6 to 95.2)."))
    assert found == {("herpes zoster", "vaccine v", "placebo", 91.6, (85.6, 95.2))}


def test_each_subgroup_its_own_efficacy():
    found = efficacies(TRIAL.format("Vaccine efficacy was similar across ages: 90% among participants 70-79 years "
                                    "and 89.1% among participants 80 years or older."))
    assert {(g, v) for _, g, _, v, _ in found} == {("participants 70-79 years", 90),
                                                  ("participants 80 years or older", 89.1)}


def test_a_season_after_an_efficacy_is_no_subgroup():
    found = efficacies(TRIAL.format("The trial revealed an initial efficacy of 82.6% in the first year following "
                                    "vaccination."))
    assert {g.lower() for _, g, _, _, _ in found} == {"vaccine v"}


def test_chinese_protective_efficacy():
    text = ("V疫苗预防带状疱疹的随机对照试验\n"
            "方法：9000名70岁以上老人随机接种V疫苗或安慰剂。\n"
            "结果：V疫苗对带状疱疹的保护效力为89.5%。\n")
    assert {v for *_, v, _ in efficacies(text)} == {89.5}


def test_a_range_of_estimates_is_no_efficacy():
    assert efficacies(TRIAL.format("Vaccine V showed 71%-80% efficacy in preventing herpes zoster.")) == set()


def test_a_hypothetical_is_no_efficacy():
    text = TRIAL.format("If cases halved, you could say the vaccine has a 50% efficacy.")
    assert efficacies(text) == set()


def test_efficacy_of_a_drug_is_left_to_the_other_readers():
    text = ("Drug K for knee pain: a randomized trial\n"
            "METHODS: 200 adults were randomly assigned to drug K or placebo.\n"
            "RESULTS: The clinical efficacy was 85% in the drug K group and 60% in the placebo group.\n")
    assert efficacies(text) == set()


def test_an_efficacy_end_to_end_database_and_page(tmp_path):
    article = tmp_path / "vaccine.txt"
    article.write_text(TRIAL.format("Efficacy against herpes zoster was 91.6% (95% CI, 85.6 to 95.2)."), encoding="utf-8")
    db = tmp_path / "evidence.db"
    assert not ingest_paths([article], db).failed
    conn = sqlite3.connect(db)
    rows = list(conn.execute("select measure, group_name, versus, type, value, ci_low, ci_high from effects "
                             "where type = 'vaccine_efficacy'"))
    assert rows == [("herpes zoster", "vaccine v", "placebo", "vaccine_efficacy", 91.6, 85.6, 95.2)]
    table = only_study_page(db).select_one("table.facts.effects")
    cells = [[td.get_text(" ", strip=True) for td in tr.find_all("td")][:7] for tr in table.select("tbody tr")]
    # (The value cell prints the percent sign; the quote beside it is another cell.)
    assert ["herpes zoster", "vaccine v", "placebo", "—", "vaccine efficacy", "91.6%", "85.6 to 95.2"] in cells, cells


def test_a_bar_to_clear_is_no_efficacy():
    text = TRIAL.format("Regulators ask that a vaccine be at least 50% effective; vaccine V was 70% effective.")
    assert {v for *_, v, _ in efficacies(text)} == {70}


@pytest.mark.parametrize("sentence", [
    "Efficacy was assessed in 95% of participants.",
    "The efficacy analysis included 98.5% of randomized participants.",
])
def test_a_share_of_people_near_the_word_efficacy_is_no_efficacy(sentence):
    assert efficacies(TRIAL.format(sentence)) == set()


def test_a_chinese_rate_after_the_word_is_no_efficacy():
    text = ("V疫苗预防带状疱疹的随机对照试验\n"
            "方法：9000名70岁以上老人随机接种V疫苗或安慰剂。\n"
            "结果：疫苗的保护效力观察期为12个月，不良反应发生率为15.3%。\n")
    assert efficacies(text) == set()


def test_a_drug_trial_that_mentions_vaccination_is_no_vaccine_study():
    text = ("Drug K for knee pain: a randomized trial\n"
            "METHODS: 200 adults were randomly assigned to drug K or placebo. Patients who had received any "
            "vaccination in the month before were excluded.\n"
            "RESULTS: The clinical efficacy was 85% in the drug K group and 60% in the placebo group.\n")
    assert efficacies(text) == set()


def test_each_chinese_efficacy_against_its_own_disease():
    text = ("V疫苗预防带状疱疹的随机对照试验\n"
            "方法：9000名70岁以上老人随机接种V疫苗或安慰剂。\n"
            "结果：V疫苗对带状疱疹的保护效力为89.5%，对带状疱疹后神经痛的保护效力为88.8%。\n")
    found = {(m, v) for m, _, _, v, _ in efficacies(text)}
    assert len(found) == 2 and len({m for m, _ in found}) == 2, found


def test_an_unvaccinated_arm_is_the_comparator():
    text = ("V疫苗与带状疱疹：一项队列研究\n"
            "方法：纳入接种组4000人和未接种组4000人。\n"
            "结果：接种组发病较少，V疫苗对带状疱疹的保护效力为70%。\n")
    assert {(g, versus) for _, g, versus, _, _ in efficacies(text)} == {("vaccinated", "unvaccinated")}


def test_an_efficacy_rate_in_a_page_that_names_its_vaccine_only_further_down():
    text = ("Testco reports trial results\n\n"
            "Testco has released interim results of its phase III trial in 12,000 adults.\n\n"
            "The preliminary results show an efficacy rate of 87.4% against COVID-19.\n\n"
            "The Testco COVID-19 vaccine candidate is a protein-based vaccine.\n\n"
            "Testco COVID-19 Vaccine Shows 87.4% Efficacy in Phase 3 Trial\n")
    assert {v for *_, v, _ in efficacies(text)} == {87.4}


def test_each_trial_of_a_page_of_two_is_set_against_the_placebo_the_page_names():
    text = ("Testco reports two vaccine trials\n\n"
            "Testco released interim results of its vaccine's UK phase III trial and of a phase 2b trial in South "
            "Africa, both against placebo.\n\n"
            "The UK phase III clinical trial involves more than 14,000 participants, and the preliminary results show "
            "an efficacy rate of 88.1% against COVID-19.\n\n"
            "In the South African phase 2b clinical trial, an efficacy rate of 51.2% against COVID-19 was seen across "
            "the 4,200 trial participants.\n")
    assert {(versus, v) for _, _, versus, v, _ in efficacies(text)} == {("placebo", 88.1), ("placebo", 51.2)}


def test_a_drug_trial_that_names_a_vaccine_among_its_exclusions_is_no_vaccine_trial():
    text = ("Drug K for shingles pain\n\n"
            "In a randomized trial, 300 adults with shingles were given drug K or placebo.\n\n"
            "Patients who had received a live vaccine were excluded.\n\n"
            "The efficacy rate was 61% with drug K.\n\n"
            "Prior zoster vaccination did not change the result.\n")
    assert efficacies(text) == set()


def test_vaccines_listed_each_with_its_efficacy():
    # Taiwan news of a real-world study: brands named as news names them, each before its value,
    # one the vocabulary does not know between (read for no vaccine, and none given its value).
    text = ("國產疫苗保護力研究\n疾管署分析逾2000萬人的接種紀錄，疫苗保護效力研究結果顯示BNT達94.1%、某苗90.2%、"
            "莫德納82.5%、AZ為66.3%。\n")
    got = {(g, v) for _, g, _, v, _ in efficacies(text)}
    assert got == {("BNT162b2", 94.1), ("mRNA-1273", 82.5), ("ChAdOx1 nCoV-19", 66.3)}
    # (shares that are not efficacies, listed after an efficacy word: the share vaccinated with each,
    # another measure's rates)
    assert not efficacies("新冠疫苗研究\n一项新冠疫苗保护效力研究纳入1万人，其中接种BNT疫苗为60%、莫德纳为30%、AZ疫苗为10%。\n")
    assert not efficacies("新冠疫苗研究\n该疫苗效力研究显示，接种后发热比例：BNT疫苗为20%、莫德纳为35%。\n")


def test_the_one_vaccine_named_is_the_arm_where_no_sentence_allocates_one():
    text = ("Sinovac data\nThe 12,000-person trial found the CoronaVac vaccine was 83.7% effective at preventing cases "
            "that need medical care.\n")
    assert {g for _, g, _, _, _ in efficacies(text)} == {"CoronaVac"}


def test_a_chinese_effectiveness_study_preventing_what_for_whom_against_the_unvaccinated():
    text = ("研究：流感疫苗在学龄儿童中的保护作用\n"
            "一项真实世界研究显示，某流感疫苗预防6至12岁儿童感染流感病毒的有效率为52.4%，预防住院风险的有效率达71.0%。\n"
            "治疗组的有效率为80.0%。\n")
    got = {(m, v, value) for m, g, v, value, _ in efficacies(text)}
    assert got == {("感染流感病毒", "unvaccinated", 52.4), ("住院", "unvaccinated", 71.0)}, got


@pytest.mark.parametrize("sentence", ["研究估計流感疫苗有效率達58%。", "分析數據指流感疫苗效率達58%。"])
def test_a_vaccines_effectiveness_named_right_after_it_in_chinese(sentence):
    text = "流感疫苗研究\n\n大學醫學院分析了五百名入院兒童的數據。" + sentence + "\n"
    found = efficacies(text)
    assert [v for *_, v, _ in found] == [58], found
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert not [m for s in studies for m in s["measurements"] if m["value"] == 58], studies
