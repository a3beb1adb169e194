"""The same facts written in different styles and scripts come out the same.

Every article here is written for this test (no text from ../shared); each case names
the style it stands for.
"""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def record_of(text: str) -> dict:
    return extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()


def only_study(text: str) -> dict:
    studies = record_of(text)["studies"]
    assert len(studies) == 1, studies
    return studies[0]


# ---------------------------------------------------------------- traditional Chinese

TRADITIONAL = (
    "幹細胞治療心臟衰竭第二期隨機試驗\n"
    "研究團隊共篩選96名患者，其中16名不符合收案條件而排除，最終80名患者納入試驗，"
    "以1:1比例隨機分配至幹細胞組(40人)或安慰劑組(40人)。\n"
    "六個月時，幹細胞組左心室射血分數從30.1%升至35.6%（P<0.05）。\n"
    "安全性方面，幹細胞組有3人（7.5%）出現發燒，安慰劑組有1人（2.5%）發燒。"
    "安慰劑組有1名患者於第四個月猝死，幹細胞組則無死亡個案。\n"
)
SIMPLIFIED = (
    "干细胞治疗心脏衰竭第二期随机试验\n"
    "研究团队共筛选96名患者，其中16名不符合收案条件而排除，最终80名患者纳入试验，"
    "以1:1比例随机分配至干细胞组(40人)或安慰剂组(40人)。\n"
    "六个月时，干细胞组左心室射血分数从30.1%升至35.6%（P<0.05）。\n"
    "安全性方面，干细胞组有3人（7.5%）出现发烧，安慰剂组有1人（2.5%）发烧。"
    "安慰剂组有1名患者于第四个月猝死，干细胞组则无死亡个案。\n"
)


def facts(study: dict) -> dict:
    p = study["participants"]
    return {
        "design": study["design"], "phase": study["phase"],
        "participants": (p["screened"], p["excluded"], p["enrolled"]),
        "measurements": sorted((m["measure"], m["value"]) for m in study["measurements"]),
        "events": sorted((a["event"], a["n"], a["pct"]) for a in study["adverse_events"]),
        "deaths": study["safety"]["deaths"],
    }


def test_traditional_and_simplified_give_the_same_facts():
    traditional, simplified = only_study(TRADITIONAL), only_study(SIMPLIFIED)
    assert facts(traditional) == facts(simplified)
    f = facts(traditional)
    assert f["design"] == "rct" and f["phase"] == "2"
    assert f["participants"] == (96, 16, 80)
    assert ("left ventricular ejection fraction", 35.6) in f["measurements"]
    assert f["events"] == [("fever", 1, 2.5), ("fever", 3, 7.5)]
    assert f["deaths"] == 1


def test_traditional_quotes_are_the_articles_own_text():
    study = only_study(TRADITIONAL)
    quotes = [m["quote"] for m in study["measurements"]] + [a["quote"] for a in study["adverse_events"]]
    quotes += list(study["participants"]["quotes"].values())
    assert quotes
    for quote in quotes:
        assert quote in TRADITIONAL, quote
    assert "納入試驗" in study["participants"]["quotes"]["enrolled"]


# ---------------------------------------------------------------- adverse events per arm


@pytest.mark.parametrize("style, text, expected", [
    ("zh count before the event", "安全性：治疗组有4名（10%）患者出现头痛，2名（5%）出现恶心。",
     [("headache", 4, 10.0), ("nausea", 2, 5.0)]),
    ("zh count after the event", "不良事件包括头痛(n=6, 15.0%)、恶心(n=3, 7.5%)。",
     [("headache", 6, 15.0), ("nausea", 3, 7.5)]),
    ("en comma then count", "The most common side effects were headache, in 7 participants (17.5%), and nausea, in 2 (5.0%).",
     [("headache", 7, 17.5), ("nausea", 2, 5.0)]),
    ("en count later in the clause", "Adverse events: nausea occurred in 5 patients (12.5%).",
     [("nausea", 5, 12.5)]),
])
def test_adverse_event_counts(style, text, expected):
    article = "Trial of a new drug\n" + "A total of 40 patients were enrolled. " + text + "\n"
    events = sorted((a["event"], a["n"], a["pct"]) for a in only_study(article)["adverse_events"])
    assert events == expected, style


def test_adverse_events_are_kept_per_arm():
    article = ("新药治疗偏头痛的随机对照试验\n共纳入60例患者，随机分为治疗组(30例)和对照组(30例)。\n"
               "不良反应方面，治疗组有3例（10%）出现恶心，对照组有1例（3.3%）出现恶心。\n")
    events = only_study(article)["adverse_events"]
    assert sorted((a["group"], a["n"]) for a in events if a["event"] == "nausea") == [("control", 1), ("treatment", 3)]


# ---------------------------------------------------------------- participants, p-values, titles


@pytest.mark.parametrize("sentence, enrolled", [
    ("A total of 70 patients were divided into two groups (p = 0.01 for baseline age).", 70),
    ("Sixty patients were randomly assigned to drug or placebo; p < 0.05.", 60),
    ("将64例患者随机分为两组，P<0.05。", 64),
    ("共纳入64例患者，其评分为40分，P<0.05。", 64),
])
def test_enrolment_written_as_allocation(sentence, enrolled):
    assert only_study("Title line of the article\n" + sentence + "\n")["participants"]["enrolled"] == enrolled


@pytest.mark.parametrize("sentence, enrolled", [
    # the cohort named by its total where no sentence says "enrolled"
    ("A total of 12,345 Chinese men and women, 40–74 years old, were studied; HR 0.8 (p = 0.01).", 12345),
    ("Thirty RCTs including 3,383 patients were identified (p < 0.05).", 3383),
    ("The trial was conducted in 176 subjects (103 men); p = 0.02.", 176),
    ("The 2,230-subject trial met its primary endpoint (p < 0.001).", 2230),
    ("In the 109-person randomized, placebo-controlled study, drug K lowered events (p = 0.02).", 109),
    ("In a randomized, placebo-controlled, 6-week trial in 104 adults, drug K lowered scores (p = 0.02).", 104),
    ("In a prospective study of 2,410 patients with heart failure, drug K lowered events (p = 0.02).", 2410),
    ("RESULTS Among 5338 participants who were HIV-negative, 55 infections occurred (p = 0.02).", 5338),
    ("共纳入文献18篇，患者4 416例，P<0.05。", 4416),
    ("共纳入13篇文献，包括1 134例患者，P<0.05。", 1134),
    ("選定2003年罹患腦血管疾病之患者共75,053人，P<0.001。", 75053),
    ("将60例符合纳入标准的患者随机分为两组，每组30人，P<0.05。", 60),
    # not a cohort: countries, or the people an outcome happened to
    ("The trial was conducted in 18 countries involving older adults (p = 0.02).", None),
    ("In this cohort study, a total of 3,731 men and 1,784 women died during follow-up; the risk of death was lower "
     "with coffee (HR 0.90, p = 0.02).", None),
    ("In this cohort study, a total of 3,731 participants died during follow-up; the risk of death was lower "
     "with coffee (HR 0.90, p = 0.02).", None),
    ("The study was conducted in 2018 among adults; the risk was lower with coffee (HR 0.90, p = 0.02).", None),
    ("In this randomized trial of 12 weeks in adults, drug K lowered the risk (HR 0.90, p = 0.02).", None),
    # a part of the cohort, or another one: an analysis of some, results or findings of others
    ("The analysis in 45 patients who stopped early showed a lower risk with drug K (HR 0.90, p = 0.02).", None),
    ("The new findings of 340 patients in the extension showed a lower risk with drug K (HR 0.90, p = 0.02).", None),
    ("Similar results among 4000 patients in a registry showed a lower risk (HR 0.90, p = 0.02).", None),
    ("A total of 1,200 patients were screened; the risk was lower with coffee (HR 0.90, p = 0.02).", None),
    ("A total of 500 patients were hospitalized; the risk was lower with coffee (HR 0.90, p = 0.02).", None),
    ("The 1,500-patient trial that preceded it was negative; now the risk was lower (HR 0.90, p = 0.02).", None),
    ("其中合并糖尿病患者45例；治疗组有效率85.0%，高于对照组的60.0%（P<0.05）。", None),
    ("死亡共15人；治疗组有效率85.0%，高于对照组的60.0%（P<0.05）。", None),
    ("筛查患者共计1200例；治疗组有效率85.0%，高于对照组的60.0%（P<0.05）。", None),
])
def test_enrolment_named_by_its_total(sentence, enrolled):
    assert only_study("Title line of the article\n" + sentence + "\n")["participants"]["enrolled"] == enrolled


def test_a_score_is_not_an_enrolment():
    study = record_of("膝关节评分\nASIA评分为40分，32名患者的评分升高（P<0.05）。\n")["studies"]
    assert all(s["participants"]["enrolled"] != 40 for s in study)


@pytest.mark.parametrize("written, p, relation", [
    ("P less than 0.05", 0.05, "<"), ("p < or = .01", 0.01, "<="), ("P greater than 0.2", 0.2, ">"),
    ("p less than or equal to 0.05", 0.05, "<="), ("P值<0.05", 0.05, "<"), ("P = .03", 0.03, "="),
])
def test_p_value_wordings(written, p, relation):
    from ingest.extract.numbers import p_values
    found = p_values(f"The difference was significant ({written}).")
    assert [(x.p, x.relation) for x in found] == [(p, relation)]


def test_a_cohort_with_p_values_reports_a_study_without_naming_a_design():
    article = ("Statin dose and endothelial function\n"
               "A total of 70 patients were divided into two groups. "
               "Endothelial function differed between the groups (p = 0.001).\n")
    study = only_study(article)
    assert study["participants"]["enrolled"] == 70


def test_pubmed_title_after_a_label_keeps_its_words_not_its_full_stop():
    text = "TITLE:\nStatin dose in variant angina: a randomised trial.\n\nABSTRACT.METHODS:\nSeventy patients were enrolled.\n"
    document = read_bytes(text.encode(), path="a.txt")
    assert document.title == "Statin dose in variant angina: a randomised trial"


# ---------------------------------------------------------------- from ... to ... with time phrases


@pytest.mark.parametrize("sentence", [
    "The ASIA motor score increased from 52.4 (SD 12.1) at baseline to 57.9 (SD 13.0) at 12 months.",
    "The ASIA motor score increased from 52.4 (12.1) before treatment to 57.9 (13.0) after 12 months.",
    "At 12 months, the ASIA motor score had increased from 52.4 ± 12.1 to 57.9 ± 13.0.",
    "ASIA运动评分从基线的52.4±12.1升至12个月时的57.9±13.0。",
])
def test_from_to_puts_each_value_at_its_own_time(sentence):
    study = only_study("Cell therapy for spinal cord injury\nA total of 20 patients were enrolled.\n" + sentence + "\n")
    got = sorted((m["time"]["value"], m["value"], m["dispersion_value"]) for m in study["measurements"]
                 if m["measure"] == "ASIA motor score")
    assert got == [(0, 52.4, 12.1), (12, 57.9, 13.0)]
    assert not study["groups"], "'before treatment' is a time, not a group"


def test_a_scale_named_alone_is_its_total_score():
    study = only_study("Cell therapy for spinal cord injury\nA total of 20 patients were enrolled.\n"
                       "The SCIM III score improved from 40.1 at baseline to 47.0 at 12 months.\n")
    assert {m["measure"] for m in study["measurements"]} == {"SCIM-III total"}


@pytest.mark.parametrize("sentence, deaths", [
    ("No serious adverse events or deaths were reported.", 0),
    ("未出现发热或头痛等不良反应，无患者死亡。", 0),
])
def test_events_in_a_negated_clause_did_not_happen(sentence, deaths):
    study = only_study("Cell therapy trial\nA total of 20 patients were enrolled. Headache occurred in 3 patients (15%).\n"
                       + sentence + "\n")
    assert [(a["event"], a["n"]) for a in study["adverse_events"]] == [("headache", 3)]
    assert study["safety"]["deaths"] == deaths


@pytest.mark.parametrize("sentence", [
    "106 patients with knee osteoarthritis received a single injection; WOMAC fell (p<0.001).",
    "106例膝骨关节炎患者接受了单次注射，WOMAC评分下降（P<0.001）。",
])
def test_a_cohort_described_by_its_treatment_is_enrolled(sentence):
    assert only_study("Cell therapy for knee osteoarthritis\n" + sentence + "\n")["participants"]["enrolled"] == 106


# ---------------------------------------------------------------- headlines, interventions, doses


@pytest.mark.parametrize("lines, title", [
    (["细胞观察 | 专注细胞治疗循证资讯", "脐带干细胞治疗多发性硬化的病例分析", "发布日期:2024年11月6日", "正文。"],
     "脐带干细胞治疗多发性硬化的病例分析"),
    (["NEWS RELEASE | FOR IMMEDIATE RELEASE", "Riverside Hospital, Office of Communications", "June 3, 2025",
      "Stem cells slow decline in early ALS trial", "RIVERSIDE — Injecting ..."],
     "Stem cells slow decline in early ALS trial"),
    (["新聞稿", "發布單位:某大學附設醫院", "發布日期:2025年4月17日", "幹細胞輸注改善心臟衰竭患者心臟功能",
      "【本報訊】某醫院今日宣布，研究團隊於2020年9月開始收案。", "八十名患者隨機分組 追蹤六個月",
      "研究團隊於2020年9月至2022年3月間共篩選112名患者。"],
     "幹細胞輸注改善心臟衰竭患者心臟功能"),
    (["Original Research", "Stroke Unit Care Versus General Ward Care After Stroke", "Ann Lee, Bo Chan, Cy Dee"],
     "Stroke Unit Care Versus General Ward Care After Stroke"),
])
def test_the_headline_not_the_site_name_label_or_byline(lines, title):
    from ingest.read.boilerplate import pick_title
    assert pick_title(lines) == title


@pytest.mark.parametrize("text, dose", [
    ("幹細胞組接受每公斤體重1×10^6個臍帶間質幹細胞的單次靜脈輸注，安慰劑組則輸注生理食鹽水。", "每公斤體重1×10^6個"),
    ("患者接受三次静脉输注脐带间充质干细胞，每次剂量为1×10^6个细胞/千克体重。", "1×10^6个细胞/千克体重"),
    ("Participants received two intrathecal injections of mesenchymal stem cells, each containing "
     "1 million cells per kilogram of body weight.", "1 million cells per kilogram of body weight"),
])
def test_doses_as_written(text, dose):
    article = "Cell therapy trial\nA total of 80 patients were enrolled.\n" + text + "\nLVEF rose from 30% to 35% (P<0.05).\n"
    study = only_study(article)
    assert [i["dose"] for i in study["interventions"]] == [dose]
    assert dose in article


def test_an_arm_named_by_its_role_is_not_an_intervention():
    article = ("臍帶間質幹細胞治療心臟衰竭的隨機試驗\n共80名患者納入試驗，隨機分配至幹細胞組(40人)或安慰劑組(40人)。\n"
               "幹細胞組接受臍帶間質幹細胞靜脈輸注。六個月時LVEF從30.1%升至35.6%（P<0.05）。\n")
    study = only_study(article)
    assert [i["name"] for i in study["interventions"]] == ["mesenchymal stem cells"]
    assert study["comparator"] == "placebo"


# ---------------------------------------------------------------- per-arm proportions


@pytest.mark.parametrize("sentence, expected", [
    ("At 30 days, 120 (48.0%) patients in the drug group and 90 (36.0%) patients in the placebo group had a mRS score of 0-1.",
     {("drug", 48.0, 120), ("placebo", 36.0, 90)}),
    ("Ninety-day mortality was 5.2% (13/250) in the drug group and 8.8% (22/250) in the placebo group.",
     {("drug", 5.2, 13), ("placebo", 8.8, 22)}),
    ("30天时，药物组病死率为5.2%（13/250），安慰剂组病死率为8.8%（22/250）。",
     {("药物组", 5.2, 13), ("placebo", 8.8, 22)}),
])
def test_arm_percentages_are_measurements(sentence, expected):
    allocation = ("共500例患者随机分配至药物组(250例)或安慰剂组(250例)。" if "组" in sentence else
                  "A total of 500 patients were randomly assigned to the drug group or the placebo group.")
    article = "Drug X in acute stroke: a randomised trial\n" + allocation + "\n" + sentence + "\n"
    study = only_study(article)
    got = {(m["group"], m["value"], m["n"]) for m in study["measurements"] if m["stat"] == "percent"}
    assert got == expected
    assert all(m["quote"] and m["quote"] in article for m in study["measurements"])


def test_a_demographic_percentage_is_no_outcome():
    article = ("Drug X in acute stroke: a randomised trial\n"
               "A total of 500 patients were randomly assigned to the drug group or the placebo group; "
               "130 (52.0%) men in the drug group.\n")
    assert not any(m["stat"] == "percent" for s in record_of(article)["studies"] for m in s["measurements"])


def test_how_the_one_intervention_was_given_is_read_where_it_is_told():
    article = ("Bone marrow stem cells slow decline in early ALS\n"
               "Injecting 20 people with ALS with mesenchymal stem cells grown from their own bone marrow was safe. "
               "Each participant received two intrathecal injections one month apart.\n"
               "The ALSFRS-R score fell from 38.0 at baseline to 35.5 at 6 months (p = 0.02).\n")
    (i,) = only_study(article)["interventions"]
    assert (i["name"], i["route"], i["origin"], i["tissue"]) == (
        "mesenchymal stem cells", "intrathecal", "autologous", "bone marrow")


def test_an_unknown_drugs_route_is_read_where_the_drug_is_named():
    article = ("Once-Daily Oral Zelotrapib vs Placebo in Gout: A Randomized Trial\n"
               "A total of 90 adults were randomly assigned to zelotrapib 20 mg (n = 45) or placebo (n = 45). "
               "Serum urate fell from 8.9 ± 1.1 to 6.1 ± 1.4 mg/dL with zelotrapib (p < 0.001).\n")
    study = only_study(article)
    assert [(i["name"], i["route"]) for i in study["interventions"]] == [("zelotrapib", "oral")]


# ---------------------------------------------------------------- group sizes


def test_subgroup_sizes_in_chinese_numerals_and_brackets():
    article = ("脐带间充质干细胞治疗多发性硬化的病例分析\n"
               "研究共纳入三十名患者，其中复发缓解型十八名(60.0%)，进展型(包括继发进展型和原发进展型)十二名(40.0%)。\n"
               "EDSS评分从基线的4.1±1.2降至一年时的3.6±1.3（P=0.01）。\n")
    groups = {(g["name"], g["n"], g["pct"]) for g in only_study(article)["groups"]}
    assert groups == {("relapsing-remitting", 18, 60.0), ("progressive", 12, 40.0)}


def test_arm_sizes_told_apart_from_outcome_counts():
    article = ("Stroke unit versus general ward care: a cohort study\n"
               "Of 900 patients included, 500 were treated in a stroke unit and 400 on a general ward. "
               "The NIHSS was 7 [IQR 4-12] in the stroke-unit group and 6 [IQR 3-11] in the general-ward group.\n"
               "At 90 days, 300 (60.0%) stroke-unit patients and 200 (50.0%) general-ward patients had an mRS score of 0-2.\n")
    sizes = {g["name"]: g["n"] for g in only_study(article)["groups"]}
    assert sizes == {"stroke-unit": 500, "general-ward": 400}


# ---------------------------------------------------------------- citations


def test_a_journal_articles_own_header():
    article = ("Zelotrapib in Gout: A Randomized Trial\n\n"
               "Anna B. Larsen, MD; Tomas Ruiz, PhD; for the ZEL-1 Investigators\n\n"
               "Journal of Joint Medicine. 2024;12(2):101-109. doi:10.5555/test.joint.2024.1\n\n"
               "A total of 90 adults were enrolled. Serum urate fell from 8.9 ± 1.1 to 6.1 ± 1.4 (p < 0.001).\n")
    c = only_study(article)["citation"]
    assert (c["journal"], c["year"], c["volume"], c["pages"], c["first_author"]) == (
        "Journal of Joint Medicine", 2024, "12", "101-109", "Larsen")
    assert c["authors"] == ["Anna B. Larsen", "Tomas Ruiz"]


@pytest.mark.parametrize("text, journal, year, first_author", [
    ("June 3, 2025\nStem cells slow ALS\nThe results were published today in Neuro Cell Reports (doi: 10.5555/t.1). "
     "\"We were cautious,\" said Ingrid Moe, MD, PhD, the study's first author. 20 patients were enrolled; "
     "ALSFRS-R fell from 38 at baseline to 36 at 6 months (p = 0.02).\n", "Neuro Cell Reports", 2025, "Moe"),
    ("干细胞治疗膝骨关节炎\n近期，《Journal of Regenerative Orthopaedics》刊登了一项研究。共纳入60例患者，"
     "WOMAC评分从48.2±10.1降至30.5±9.8（P<0.001）。\n", "Journal of Regenerative Orthopaedics", None, None),
    # a journal named in traditional characters is stored as the page wrote it
    ("幹細胞治療膝關節炎\n研究結果刊登於《美國骨科醫學雜誌》。共納入60例患者，"
     "WOMAC評分從48.2±10.1降至30.5±9.8（P<0.001）。\n", "美國骨科醫學雜誌", None, None),
])
def test_where_a_news_story_says_the_paper_appeared(text, journal, year, first_author):
    c = only_study(text)["citation"]
    assert (c["journal"], c["year"], c["first_author"]) == (journal, year, first_author)


@pytest.mark.parametrize("header, journal, year", [
    # a PMC page: the journal's logo line, then the date line
    ("Skip to main content\nJournal of Test Oncology logoLink to Journal of Test Oncology\n. 2016 Jun 27;34(25):2980–2987.",
     "Journal of Test Oncology", 2016),
    # an English journal line with a month and volume under a Chinese one
    ("中国测试生物技术2013年10月第8卷第5期\nChin Test Biotechnol, October 2013, Vol. 8, No. 5", "Chin Test Biotechnol", 2013),
    # a journal's own post (its date is the post's, not the paper's: no year)
    ("2024-04-25 中国测试病杂志 中国测试病杂志 发表于上海", "中国测试病杂志", None),
])
def test_a_journal_in_a_pages_header_line(header, journal, year):
    text = (f"{header}\n\nA trial of drug K\n\nMethods: 120 adults were randomized to drug K or placebo. "
            "Results: HbA1c fell from 8.1 ± 0.9 to 7.2 ± 0.8 (p < 0.001).\n")
    c = only_study(text)["citation"]
    assert (c["journal"], c["year"]) == (journal, year)


@pytest.mark.parametrize("sentence, journal", [
    ("這項研究刊登在最新一期的臨床醫學期刊JAMA。", "JAMA"),
    ("研究团队近日在BMC Test Medicine发表研究文章。", "BMC Test Medicine"),
])
def test_a_latin_journal_name_in_a_chinese_sentence(sentence, journal):
    text = f"针灸治疗尿失禁的随机试验\n{sentence}共纳入504名妇女，随机分为两组，漏尿量分别减少10克与2.6克（P<0.001）。\n"
    assert only_study(text)["citation"]["journal"] == journal


@pytest.mark.parametrize("text, first_author", [
    ("Peanut immunotherapy in toddlers\nStacie M. Jones, MD, and colleagues randomized 146 children to peanut "
     "immunotherapy or placebo; 71% vs 2% were desensitized (P<0.001).\n", "Jones"),
    ("Title: Bariatric Surgery versus Medical Therapy\n\nTaylor, Peter C. et al.\n\nAmong 150 patients, HbA1c fell "
     "from 9.2 ± 1.5 to 7.1 ± 1.2 (P<0.001).\n", "Taylor"),
])
def test_the_first_author_as_news_and_summaries_name_them(text, first_author):
    assert only_study(text)["citation"]["first_author"] == first_author


def test_colleagues_of_other_work_are_no_first_author_and_a_named_first_author_wins():
    text = ("Drug K in gout\nA 2018 analysis by Jane Doe and colleagues hinted at a benefit. In this trial of 120 "
            "adults, flares were fewer with drug K (p = 0.01), said first author Anna Kim.\n")
    assert only_study(text)["citation"]["first_author"] == "Kim"


@pytest.mark.parametrize("sentence, journal, year", [
    # when it came out, said between "published" and "in": a day without a year is the article's
    ("The trial, published online March 3 in the Journal of Test Endocrinology, enrolled 120 adults.",
     "Journal of Test Endocrinology", 2025),
    ("The study was published on Monday in the journal Test Circulation.", "Test Circulation", 2025),
    # an issue, with its own year
    ("Results were published in the May 2, 2023, issue of The Test Journal of Medicine.", "The Test Journal of Medicine", 2023),
    ("Findings appear in the January issue of Test Rheumatology Open.", "Test Rheumatology Open", None),
])
def test_a_journal_named_in_prose_with_when_the_paper_came_out(sentence, journal, year):
    text = (f"Drug K lowers HbA1c\nPosted 12 June 2025\n\n{sentence} HbA1c fell from 8.1 ± 0.9 to 7.2 ± 0.8 with "
            "drug K (p < 0.001).\n")
    c = only_study(text)["citation"]
    assert (c["journal"], c["year"]) == (journal, year)


@pytest.mark.parametrize("sentence", ["The results were reported on Saturday in New Orleans at a meeting.",
                                      "Side effects appeared early in Treatment Group A patients."])
def test_no_journal_from_a_place_or_an_arm(sentence):
    text = (f"Drug K lowers HbA1c\nPosted 12 June 2025\n\n{sentence} HbA1c fell from 8.1 ± 0.9 to 7.2 ± 0.8 with "
            "drug K (p < 0.001).\n")
    c = only_study(text)["citation"]
    assert (c["journal"], c["year"]) == (None, None)


@pytest.mark.parametrize("sentence, journal", [
    ("研究结果近日在《测试肿瘤学》在线发表。", "测试肿瘤学"),
    ("研究成果已於醫學期刊《刺針測試病學》(The Test Lancet Diseases)發表。", "The Test Lancet Diseases"),
    # another paper's journal is not this one's
    ("相关内容已在另一份期刊《测试肝病学》发表。研究成果已在《测试胃肠病学》发表。", "测试胃肠病学"),
])
def test_a_chinese_journal_in_brackets_before_or_after_its_verb(sentence, journal):
    text = f"K药治疗糖尿病的随机试验\n{sentence}共纳入120例患者，HbA1c由8.1±0.9降至7.2±0.8（P<0.001）。\n"
    assert only_study(text)["citation"]["journal"] == journal


# (A sentence naming the journal without brackets names it: tests/test_citation_in_prose.py.)
@pytest.mark.parametrize("sentence", ["该研究在ASCO上发表。", "此前有研究在Nature发表。"])
def test_no_journal_from_a_meeting_or_other_work(sentence):
    text = f"K药试验\n{sentence}共纳入120例患者，HbA1c由8.1±0.9降至7.2±0.8（P<0.001）。\n"
    assert only_study(text)["citation"]["journal"] is None


@pytest.mark.parametrize("header, journal, year", [
    # a month range in a Vancouver date, and the DOI after it on the same line
    ("Biomed Rep. 2019 Jul-Aug;11(4):120-126. doi: 10.5555/t.2", "Biomed Rep", 2019),
    # a label before a PMC author manuscript's citation
    ("Published in final edited form as: J Test Med. 2012 May 17;36(2):189-194. doi: 10.5555/t.3", "J Test Med", 2012),
    # a Chinese journal's own header line, in both of its usual forms
    ("中国测试医学杂志 2016年11期", "中国测试医学杂志", 2016),
    ("中华测试流行病学杂志  2023, Vol. 44 Issue (1): 1-6", "中华测试流行病学杂志", 2023),
])
def test_a_journal_line_in_a_pages_header(header, journal, year):
    text = (f"{header}\n\nA trial of drug K\n\nMethods: 120 adults were randomized to drug K or placebo. "
            "Results: HbA1c fell from 8.1 ± 0.9 to 7.2 ± 0.8 (p < 0.001).\n")
    c = only_study(text)["citation"]
    assert (c["journal"], c["year"]) == (journal, year)


def test_a_quotation_is_no_title():
    text = ("Stem cells slow ALS\n\"Mesenchymal stem cells release factors that calm inflammation,\" said the author. "
            "20 patients were enrolled; ALSFRS-R fell from 38 at baseline to 36 at 6 months (p = 0.02).\n")
    assert only_study(text)["citation"]["title"] is None


# ---------------------------------------------------------------- outcomes the vocabulary does not know


def test_an_unknown_measure_is_kept_as_written_with_each_arm_and_time():
    article = ("Low versus high dose statin in variant angina\n"
               "A total of 70 patients were divided into two groups. "
               "Radial reactive dilation (RRD) of the forearm artery was measured.\n"
               "After 6 months of statin therapy, RRD was significantly improved in both groups "
               "(7.7 ± 2.5% to 8.9 ± 2.2% in group I, p = 0.001, 7.9 ± 2.7% to 9.5 ± 2.8% in group II, p < 0.001).\n")
    # (A made-up measure: flow-mediated dilation, which this test used first, is in the vocabulary now.)
    study = only_study(article)
    got = sorted((m["measure"], m["group"], m["time"]["value"], m["value"]) for m in study["measurements"])
    assert got == [("RRD", "group I", 0, 7.7), ("RRD", "group I", 6, 8.9),
                   ("RRD", "group II", 0, 7.9), ("RRD", "group II", 6, 9.5)]
    assert sorted((e["group"], e["p"]) for e in study["effects"]) == [("group I", 0.001), ("group II", 0.001)]


def test_a_bracketed_interval_is_not_a_change():
    article = ("Drug X trial\nA total of 60 patients were enrolled.\n"
               "HbA1c fell more with drug X than placebo (mean difference -0.7, 95% CI -1.2 to -0.2; p = 0.003).\n")
    study = only_study(article)
    assert not [m for m in study["measurements"] if m["value"] in (-1.2, -0.2)]


def test_title_arms_with_the_noun_left_out():
    article = ("Low versus high dose statin in variant angina\n"
               "A total of 70 patients were enrolled; FMD rose (p = 0.01).\n")
    assert [g["name"] for g in only_study(article)["groups"]] == ["low dose statin", "high dose statin"]


def test_two_counts_of_one_cohort_are_no_enrolment():
    article = ("Plaque flora in pregnancy\nThirty pregnant and 10 nonpregnant women were included in the study. "
               "Plaque index differed (p = 0.02).\n")
    for study in record_of(article)["studies"]:
        assert study["participants"]["enrolled"] not in (10, 30)


@pytest.mark.parametrize("text", [
    "Tooth treatment trial\nSixty teeth were randomly divided into two groups. "
    "The difference in radiographic success was statistically significant.\n",
    "HPV testing in two clinics\nThe aim of this study was to compare two tests. "
    "HPV DNA and mRNA were detected in 55.5% and 29.7% of smears respectively.\n",
])
def test_studies_reported_without_a_measure_the_vocabulary_knows(text):
    assert len(record_of(text)["studies"]) == 1


def test_an_explainer_with_a_placebo_and_a_question_reports_no_study():
    text = ("HEALTH | EXPLAINER\nThinking about a stem cell shot for your knee?\n"
            "Experts say it is unclear whether relief is larger than what a placebo injection would produce. "
            "Ask: what happens if I develop an infection or other complication?\n")
    assert record_of(text)["studies"] == []


def test_a_planned_trial_is_not_this_studys_design():
    text = ("Stem cells in ALS: a small study\nThe study enrolled twelve patients. Twelve people without a comparison "
            "group cannot tell us whether the cells work. Headache was experienced by five patients (42%), "
            "followed by back pain in four (33%) and fever in two (17%).\n"
            "The team is now planning a randomized, placebo-controlled Phase 2 trial with about 60 participants.\n")
    study = only_study(text)
    assert (study["design"], study["comparator"], study["phase"]) == ("single_arm_trial", None, None)
    assert sorted((a["event"], a["n"], a["pct"]) for a in study["adverse_events"]) == [
        ("back pain", 4, 33.0), ("fever", 2, 17.0), ("headache", 5, 42.0)]


# ---------------------------------------------------------------- cohort abstracts


COHORT = ("Drug A versus drug B and heart failure: a population-based cohort study\n"
          "Of 12,930 new users, 2,524 were excluded, leaving 10,406 patients for analysis: 4,212 (40.5%) initiated "
          "a GLP-1 RA and 6,194 (59.5%) a DPP-4 inhibitor. The median age was 61 years and 4,851 (46.6%) were women. "
          "Median HbA1c was 8.4% in the GLP-1 RA group and 7.9% in the DPP-4 inhibitor group. "
          "Compared with DPP-4 inhibitors, GLP-1 RAs were associated with a lower risk of HHF (adjusted HR 0.74, "
          "95% CI [0.64, 0.86], p<0.001) and of all-cause death (adjusted HR 0.81, 95% CI [0.70, 0.94], p=0.005).\n"
          "Randomized evidence comparing the two drug classes is still needed.\n")


def test_thousands_are_one_number():
    p = only_study(COHORT)["participants"]
    assert (p["screened"], p["excluded"], p["analyzed"], p["female"]) == (12930, 2524, 10406, 4851)


def test_cohort_arms_and_their_ratios():
    study = only_study(COHORT)
    assert study["design"] == "cohort"
    assert {(g["name"], g["n"], g["pct"]) for g in study["groups"]} == {
        ("GLP-1 RA", 4212, 40.5), ("DPP-4 inhibitor", 6194, 59.5)}
    hrs = {(e["measure"], e["group"], e["versus"], e["value"]) for e in study["effects"] if e["type"] == "hazard_ratio"}
    assert hrs == {("hospitalization for heart failure", "GLP-1 RA", "DPP-4 inhibitor", 0.74),
                   ("all-cause mortality", "GLP-1 RA", "DPP-4 inhibitor", 0.81)}


THREE_ARMS = ("Two doses of cells in heart failure: a randomized trial\n"
              "METHODS: Adults with chronic heart failure aged 30 to 80 years were randomly assigned (1:1:1) to a single "
              "intravenous infusion of allogeneic bone marrow-derived MSCs at 50 million cells (low dose), 150 million "
              "cells (high dose), or matching placebo.\n"
              "RESULTS: Of 231 patients screened, 156 underwent randomization (low dose, n = 52; high dose, n = 52; "
              "placebo, n = 52); 147 completed 12-month follow-up and were included in the primary analysis. "
              "The mean differences in change versus placebo were 17 m (95% CI, −8 to 42; P = .18) and 31 m "
              "(95% CI, 3 to 59; P = .03). Fever occurred in 2 patients in the low-dose group and 4 patients in the "
              "high-dose group. Three patients died (1 in the low-dose group and 2 in the placebo group); no death "
              "was attributed to the study treatment.\n")


def test_three_arms_sized_by_n_equals():
    study = only_study(THREE_ARMS)
    assert {(g["name"], g["n"]) for g in study["groups"]} == {("low dose", 52), ("high dose", 52), ("placebo", 52)}
    p = study["participants"]
    assert (p["screened"], p["enrolled"], p["analyzed"]) == (231, 156, 147)
    assert study["safety"]["deaths"] == 3
    assert [i["name"] for i in study["interventions"]] == ["mesenchymal stem cells"]


def test_a_results_section_with_p_values_reports_a_study():
    text = ("Exercise and mood in older adults\n\nABSTRACT.RESULTS:\n"
            "Scores on the mood scale differed between the walking and the stretching programmes (p = 0.02), "
            "and sleep quality too (p = 0.04).\n")
    assert len(record_of(text)["studies"]) == 1


@pytest.mark.parametrize("text, comparator", [
    ("幹細胞治療膝關節炎的隨機試驗\n共64名患者納入試驗，隨機分配至幹細胞組(32人)或對照組(32人)；對照組32人，接受單次玻尿酸關節腔注射。"
     "6個月時WOMAC總分由48.6±12.3分降至30.2±11.5分（P<0.01）。\n", "hyaluronic acid"),
    ("干细胞治疗糖尿病足的研究\n共78例患者随机分为治疗组40例和对照组38例，对照组仅接受常规换药治疗。"
     "治疗组创面愈合率为75.0%（30/40）（P＜0.01）。\n", "standard care"),
])
def test_a_control_arms_comparator_is_what_it_received(text, comparator):
    assert only_study(text)["comparator"] == comparator


@pytest.mark.parametrize("sentence, kind, value, versus", [
    ("6個月時兩組WOMAC總分變化量的組間差異為-10.3分(95% CI:-15.6至-5.0),P值<0.001。", "difference_in_change", -10.3, "control"),
    ("6個月時兩組VAS疼痛分數差異為-1.2分(95% CI:-2.0至-0.4),P值=0.004。", "mean_difference", -1.2, "control"),
    ("The mean differences in change versus placebo were 31 m (95% CI, 3 to 59; P = .03).", "difference_in_change", 31, "placebo"),
])
def test_between_arm_differences_in_chinese_and_english(sentence, kind, value, versus):
    text = ("幹細胞治療膝關節炎的隨機試驗\n共64名患者納入試驗，隨機分配至幹細胞組(32人)或對照組(32人)。\n" + sentence + "\n")
    effects = [e for e in only_study(text)["effects"] if e["value"] is not None]
    assert [(e["type"], e["value"], e["versus"]) for e in effects] == [(kind, value, versus)]


def test_medians_with_comma_iqrs_per_arm_and_time():
    text = ("Drug A versus drug B: a cohort study\nOf 900 patients, 400 were treated with drug A and 500 with drug B. "
            "The median age was 61 [IQR 54, 68] years. "
            "Median HbA1c at baseline was 8.4% [IQR 7.6, 9.5] in the SGLT2 inhibitor group and 7.9% [7.2, 8.8] in the sulfonylurea group; "
            "at 12 months it was 7.3% [6.7, 8.1] and 7.5% [6.9, 8.3], respectively (p<0.001).\n")
    got = sorted((m["group"], m["time"]["value"], m["stat"], m["value"], tuple(m["dispersion_value"]))
                 for m in only_study(text)["measurements"])
    assert got == [("SGLT2 inhibitor", 0, "median", 8.4, (7.6, 9.5)), ("SGLT2 inhibitor", 12, "median", 7.3, (6.7, 8.1)),
                   ("sulfonylurea", 0, "median", 7.9, (7.2, 8.8)), ("sulfonylurea", 12, "median", 7.5, (6.9, 8.3))]


def test_case_series_results_paragraph():
    text = ("Stem cells for perianal fistulas: a retrospective case series\n"
            "Results: Seventeen patients were treated: 10 women and 7 men, with a median age of 34 (range 21–58) years. "
            "Nine patients (53%) had at least one adverse event: bruising in 6 (35%) and perianal pain in 4 (24%).\n")
    study = only_study(text)
    p = study["participants"]
    assert (p["enrolled"], p["female"], p["male"], p["age_median"]) == (17, 10, 7, 34)
    assert not study["measurements"], "a count of patients is no outcome measure"
    assert sorted(a["n"] for a in study["adverse_events"]) == [4, 6]


def test_events_counted_per_arm_before_the_event_and_in_numerals():
    text = ("幹細胞治療膝關節炎的隨機試驗\n共64名患者隨機分配至幹細胞組(32人)或對照組(32人)。\n"
            "安全性：幹細胞組最常見的不良事件為抽脂部位瘀青(11人)；此外，幹細胞組5人、對照組3人出現短暫關節腫脹。"
            "治疗期间，九名患者(28.1%)出现头痛。\n")
    events = sorted((a["event"], a["group"], a["n"], a["pct"]) for a in only_study(text)["adverse_events"])
    assert ("bruising", "treatment", 11, None) in events
    assert ("joint swelling", "treatment", 5, None) in events and ("joint swelling", "control", 3, None) in events
    assert ("headache", "all", 9, 28.1) in events


def test_the_condition_studied_is_no_adverse_event():
    text = ("干细胞治疗缺血性脑卒中\n本研究评估了干细胞治疗慢性缺血性脑卒中的安全性，共纳入42例患者。"
            "不良事件：发热7例（16.7%）。\n")
    assert [a["event"] for a in only_study(text)["adverse_events"]] == ["fever"]


# ---------------------------------------------------------------- allocation without the word "randomised"


@pytest.mark.parametrize("grouping, design", [
    # Investigators put participants into arms that then received different things.
    ("Forty office workers with neck pain were divided into two groups.", "rct"),
    ("Forty office workers with neck pain were divided into an intervention group and a control group.", "rct"),
    # A split by a characteristic is not an allocation.
    ("Forty office workers with neck pain were divided into two groups according to their daily screen time.", None),
    ("Forty office workers with neck pain were divided into two groups based on age.", None),
    # A named design wins over the grouping hint.
    ("In this non-randomised study, forty office workers with neck pain were divided into two groups.",
     "non_randomized_controlled"),
])
def test_groups_the_investigators_formed_hint_at_a_trial(grouping, design):
    text = (f"Posture training for neck pain\n{grouping} One group followed a posture-training programme for "
            "8 weeks and the other continued usual work. Neck pain scores fell more with posture training "
            "(P = 0.02).\n")
    assert only_study(text)["design"] == design


@pytest.mark.parametrize("followed, design", [
    # People followed over time from a start, and nothing allocated: a cohort.
    ("In all, 12,000 women without diabetes were followed from 1996 to 2015.", "cohort"),
    ("During a mean follow-up of 11.5 years, 900 developed diabetes among 12,000 women.", "cohort"),
    ("利用健保資料庫，選定2003年12,000名患者。", "cohort"),
    # A placebo arm outweighs the follow-up words: a trial that followed its arms.
    ("In all, 12,000 women were given drug K or placebo and followed for 5 years.", "rct"),
])
def test_people_followed_over_time_hint_at_a_cohort(followed, design):
    text = (f"Diet quality and diabetes\n{followed} A higher diet score was associated with a lower risk of diabetes "
            "(HR 0.74, 95% CI 0.62 to 0.88).\n")
    assert only_study(text)["design"] == design


@pytest.mark.parametrize("named, design", [
    # a phase 3 trial is randomised but for rare exceptions
    ("The company reported positive results from its phase III ZEN-3 trial.", "rct"),
    ("该药的III期临床试验取得积极结果。", "rct"),
    # a phase 1 trial is no randomised one, and a design named outright wins
    ("The company reported results from its phase 1 trial.", "single_arm_trial"),
    ("Results of the phase III ZEN-3 trial, a single-arm study, were reported.", "single_arm_trial"),
    # trials follow their arms too: the follow-up words of a cohort never outweigh a trial's hints
    ("Results of the phase III ZEN-3 trial were reported. During a median follow-up of 24 months, flares were fewer.",
     "rct"),
    ("600 patients were assigned to drug K or usual care. In this study, patients were followed for 2 years.", "rct"),
])
def test_a_phase_3_trial_hints_at_randomisation(named, design):
    text = (f"Drug K in gout\n{named} Patients treated with drug K had a 42% lower risk of flares "
            "(HR 0.58; 95% CI 0.43-0.80; p=0.0009).\n")
    assert only_study(text)["design"] == design


# ---------------------------------------------------------------- between-arm effects and their arms


def effects_of(text: str) -> list[tuple]:
    return sorted((e["measure"], e["group"], e["versus"], e["type"], e["value"], tuple(e["ci"] or ()), e["p"])
                  for e in only_study(text)["effects"])


DOSE_ARMS = (
    "Two doses of a cell therapy for heart failure: a randomized trial\n"
    "METHODS: Patients were randomly assigned to 20 million cells (low dose), 80 million cells (high dose), or "
    "matching placebo.\n"
    "RESULTS: Compared with placebo, the mean difference in LVEF change was 1.8 percentage points (95% CI, -0.6 to "
    "4.2; P = .14) for the low dose and 3.9 percentage points (95% CI, 1.2 to 6.6; P = .005) for the high dose. "
    "Six-minute walk distance changed from 340 m to 362 m with the low dose, from 351 m to 389 m with the high dose "
    "and from 349 m to 352 m with placebo; the mean differences in change versus placebo were 19 m (95% CI, -6 to "
    "44; P = .13) and 35 m (95% CI, 9 to 61; P = .01), respectively.\n")


def test_each_result_of_a_list_gets_its_arm_and_the_comparator():
    assert effects_of(DOSE_ARMS) == [
        ("left ventricular ejection fraction", "high dose", "placebo", "difference_in_change", 3.9, (1.2, 6.6), 0.005),
        ("left ventricular ejection fraction", "low dose", "placebo", "difference_in_change", 1.8, (-0.6, 4.2), 0.14),
        ("six-minute walk distance", "high dose", "placebo", "difference_in_change", 35, (9, 61), 0.01),
        ("six-minute walk distance", "low dose", "placebo", "difference_in_change", 19, (-6, 44), 0.13),
    ]


POOLED = (
    "干细胞治疗肝衰竭的荟萃分析\n"
    "研究共纳入9项随机对照试验，合计620例患者，其中干细胞组318例，对照组302例。\n"
    "与对照组相比，干细胞组治疗后3个月的MELD评分降低，合并均数差(MD)为-1.92(95%CI:-2.80~-1.04)，P<0.05。\n"
    "血清白蛋白水平升高，MD=2.45 g/L(95%CI:1.10~3.80)，P<0.05。\n")


def test_pooled_differences_compare_the_two_arms_with_the_control_second():
    assert effects_of(POOLED) == [
        ("MELD score", "treatment", "control", "mean_difference", -1.92, (-2.8, -1.04), 0.05),
        ("serum albumin", "treatment", "control", "mean_difference", 2.45, (1.1, 3.8), 0.05),
    ]


# ---------------------------------------------------------------- means stated in prose, without a spread


def measurements_of(text: str) -> list[tuple]:
    return sorted((m["measure"], m["group"], (m["time"] or {}).get("value"), m["stat"], m["value"])
                  for m in only_study(text)["measurements"])


@pytest.mark.parametrize("text", [
    # press release
    "A phase 1 trial of cord-blood cells in ALS enrolled 14 patients. Participants began the study with a mean "
    "ALSFRS-R score of 40.2; nine months later the mean score had fallen by 2.4 points, to 37.8.",
    # news, one sentence, "averaged ... and ... at"
    "A phase 1 trial of cord-blood cells in ALS enrolled 14 patients. The ALSFRS-R score averaged 40.2 at the start "
    "of the trial and 37.8 at nine months.",
    # simplified Chinese
    "一项脐带血细胞治疗渐冻症的I期试验纳入14名患者。ALSFRS-R评分基线时平均为40.2分，治疗9个月时平均为37.8分。",
    # traditional Chinese
    "一項臍帶血細胞治療漸凍症的I期試驗納入14名患者。ALSFRS-R評分基線時平均為40.2分，治療9個月時平均為37.8分。",
])
def test_a_mean_stated_in_words_at_two_times(text):
    assert measurements_of(text) == [("ALSFRS-R", "all", 0, "mean", 40.2), ("ALSFRS-R", "all", 9, "mean", 37.8)]


@pytest.mark.parametrize("text", [
    # who the participants were is not an outcome
    "A trial of cord-blood cells in ALS enrolled 14 patients. Their mean age was 58 years and the ALSFRS-R score "
    "fell (P = 0.04).",
    # two arms compared in one breath: which value is whose is not said plainly enough
    "A trial of cord-blood cells in ALS enrolled 14 patients. Median ALSFRS-R was 40.2 versus 37.8 (P = 0.04).",
    # a value for a group the article never named
    "A trial of cord-blood cells in ALS enrolled 14 patients. Mean ALSFRS-R was 40.2 for early starters (P = 0.04).",
    # a mean difference with its CI is an effect, not a value
    "A trial of cord-blood cells in ALS enrolled 14 patients. ALSFRS-R was higher with cells (mean: 3.0; 95% CI, "
    "1.1 to 4.9; P = 0.04).",
])
def test_numbers_near_an_average_that_are_not_its_value(text):
    assert not [m for m in measurements_of(text) if m[4] in (58, 40.2, 37.8, 3.0)]


# ---------------------------------------------------------------- one arm's values, then the other's


ARM_LISTS = (
    "Inhaled cells for emphysema: a randomized trial\n"
    "Adults were randomly assigned to MSCs or placebo. FEV1 was 1.38 (0.35) L at baseline and 1.49 (0.37) L at "
    "week 24 in the MSC group vs 1.41 (0.36) L and 1.43 (0.38) L in the placebo group (between-group difference in "
    "change, 0.09 L; 95% CI, 0.02 to 0.16 L; P=.02). A minimal important improvement in SGRQ was reached by 16 of "
    "61 participants (26.2%) in the MSC group and 11 of 59 (18.6%) in the placebo group (P=.31).\n")


def test_values_listed_per_arm_get_their_arm_and_time():
    assert measurements_of(ARM_LISTS) == [
        ("FEV1", "MSCs", 0, "mean", 1.38), ("FEV1", "MSCs", 24, "mean", 1.49),
        ("FEV1", "placebo", 0, "mean", 1.41), ("FEV1", "placebo", 24, "mean", 1.43),
        ("SGRQ", "MSCs", 24, "percent", 26.2), ("SGRQ", "placebo", 24, "percent", 18.6)]


def test_a_difference_named_before_a_comma_and_arms_compared_with_a_p():
    effects = {(e[0], e[1], e[2], e[3], e[4], e[5], e[6]) for e in effects_of(ARM_LISTS)}
    assert effects == {("FEV1", "MSCs", "placebo", "difference_in_change", 0.09, (0.02, 0.16), 0.02),
                       ("SGRQ", "MSCs", "placebo", "none", None, (), 0.31)}


# ---------------------------------------------------------------- Chinese lists: arm by arm, 三组分别, 则分别为


THREE_ARM_LIST = (
    "本试验纳入45例腰痛患者，随机分为低剂量组、高剂量组和对照组各15例。以数字评分量表（NRS）评估疼痛，"
    "三组基线分数接近：低剂量组7.2分、高剂量组6.8分、对照组7.0分。治疗后6个月，三组分别降至4.9分、3.6分及6.1分；"
    "12个月时则为4.4分、3.0分及6.3分。\n")


@pytest.mark.parametrize("text", [THREE_ARM_LIST, THREE_ARM_LIST.replace("组", "組").replace("分别", "分別")
                                  .replace("则为", "則為").replace("随机分为", "隨機分為").replace("个月", "個月")])
def test_values_listed_for_three_arms(text):
    got = measurements_of(text)
    assert {m[0] for m in got} == {"numeric rating scale pain"}
    assert {(group, time, value) for _, group, time, _, value in got} == {
        ("low dose", 0, 7.2), ("high dose", 0, 6.8), ("control", 0, 7.0),
        ("low dose", 6, 4.9), ("high dose", 6, 3.6), ("control", 6, 6.1),
        ("low dose", 12, 4.4), ("high dose", 12, 3.0), ("control", 12, 6.3)}


def test_the_other_arm_respectively_at_the_same_times():
    text = ("本研究纳入70例心衰患者，随机分为干细胞组和安慰剂组。结果显示，干细胞组的6MWD由基线的301.5±58.2米，"
            "增加到第12周的330.4±60.1米与第24周的344.8±61.7米；安慰剂组则分别为305.2±57.9米、309.6±59.3米与307.1±60.4米。\n")
    got = {(g, t, v) for _, g, t, _, v in measurements_of(text)}
    assert {("placebo", 0, 305.2), ("placebo", 12, 309.6), ("placebo", 24, 307.1)} <= got
    assert {("treatment", 0, 301.5), ("treatment", 12, 330.4), ("treatment", 24, 344.8)} <= got


def test_an_arms_head_count_is_not_a_value():
    text = ("本研究纳入64例膝骨关节炎患者，随机分为干细胞组和对照组。干细胞组32人，对照组32人。"
            "6个月时WOMAC评分干细胞组为30.2±8.1分，对照组为38.6±9.0分（P<0.05）。\n")
    assert not [m for m in measurements_of(text) if m[4] == 32]


# ---------------------------------------------------------------- differences between arms written in Chinese


ZH_DIFFERENCES = (
    "干细胞治疗COPD的随机对照试验\n"
    "本研究纳入90例患者，随机分为干细胞组(45例)和安慰剂组(45例)。\n"
    "与安慰剂组相比，干细胞组的6MWD在第12周时多走了15.2米（95% CI 2.3至28.1；P=0.02），"
    "到第24周时差距扩大到27.5米（95% CI 10.6至44.4；P=0.001）。\n"
    "以CAT问卷评估，两组变化量的差异为−2.9分（95% CI −5.1至−0.7）。\n"
    "两组FEV1均较治疗前无明显变化，组间差异未达统计学意义（P=0.38）。\n")


def test_chinese_differences_between_arms():
    got = {(m, g, v, t, val, ci, p) for m, g, v, t, val, ci, p in effects_of(ZH_DIFFERENCES)}
    assert ("six-minute walk distance", "treatment", "placebo", "difference_in_change", 15.2, (2.3, 28.1), 0.02) in got
    assert ("six-minute walk distance", "treatment", "placebo", "difference_in_change", 27.5, (10.6, 44.4), 0.001) in got
    assert ("COPD Assessment Test", "treatment", "placebo", "difference_in_change", -2.9, (-5.1, -0.7), None) in got
    assert ("FEV1", "treatment", "placebo", "none", None, (), 0.38) in got


def test_each_arm_against_its_own_baseline_is_not_a_comparison_of_arms():
    text = ("本研究纳入90例患者，随机分为干细胞组(45例)和安慰剂组(45例)。"
            "治疗12周后，两组患者的VAS评分均较治疗前明显降低（P<0.05）。\n")
    assert all(e[2] == "baseline" for e in effects_of(text))


# ---------------------------------------------------------------- rates per arm and per cohort, medians


def test_percentages_each_followed_by_its_arm():
    text = ("Patients were randomly assigned to MSCs or usual care. 28-day mortality was 21.4% with MSCs and 30.2% "
            "with usual care. 47% of patients on MSCs had a response, as did 26% of those on usual care.\n")
    # (The responses are read too: each share's arm is named beside it, the outcome after it.)
    assert measurements_of(text) == [("mortality", "MSCs", 28, "percent", 21.4),
                                     ("mortality", "usual care", 28, "percent", 30.2),
                                     ("response", "MSCs", None, "percent", 47),
                                     ("response", "usual care", None, "percent", 26)]


def test_a_cohorts_rate_in_words_and_digits():
    text = ("Velzacitinib for pyoderma gangrenosum: a case series\nTwenty patients were treated. Complete healing "
            "of all ulcers was seen in seven of the twenty patients (35 percent) at week 12 and in 14 of 18 patients "
            "(78%) at week 52.\n")
    got = [m for m in measurements_of(text) if m[3] == "percent"]
    assert [(g, t, v) for _, g, t, _, v in got] == [("all", 12, 35), ("all", 52, 78)]


def test_a_median_named_far_before_its_from_to():
    text = ("A phase 1 trial enrolled 16 patients with lupus nephritis. The median urine protein-to-creatinine "
            "ratio, a key marker of kidney damage, fell from 4.1 to 0.6 at six months.\n")
    assert {(m[3], m[4]) for m in measurements_of(text)} == {("median", 4.1), ("median", 0.6)}

# ---------------------------------------------------------------- cohort size: this study's, not another's

@pytest.mark.parametrize("background, own, enrolled", [
    ("2018年发表的一项单中心研究纳入55例患者，有效率为40%。", "本研究共纳入30例患者。", 30),
    ("2016年一項日本的第二期試驗納入44名受試者，結果為陰性。", "研究團隊共篩選90人，最終有52名患者符合條件，並以1:1隨機分配至治療組（26人）或對照組（26人）。", 52),
    ("此前的证据有限。2020年发表的一项荟萃分析纳入5项研究、共233例患者。", "该研究最终纳入12项随机对照试验，共870例患者，其中治疗组430例。", 870),
    ("Evidence is limited to a single trial of 143 patients comparing two steroids. ", "Twenty-seven patients were included (19 women and 8 men).", 27),
    ("Another study of 64 adults found no benefit. ", "A total of 45 patients were enrolled.", 45),
])
def test_a_background_study_never_gives_the_cohort_size(background, own, enrolled):
    study = only_study("Cell therapy for a chronic disease\n" + background + own + "\nPain fell from 6.1 to 3.2 (P<0.05).\n")
    assert study["participants"]["enrolled"] == enrolled


def test_a_planned_trial_never_gives_the_cohort_size():
    text = ("干细胞治疗狼疮的回顾性研究\n研究期间共筛查50例，其中8例被排除，最终42例纳入分析。缓解率为60.2%，较基线升高（P<0.05）。"
            "团队透露，一项多中心随机对照试验正在筹备中，计划纳入300例患者。\n")
    p = only_study(text)["participants"]
    assert (p["screened"], p["excluded"], p["enrolled"]) == (50, 8, 42)


@pytest.mark.parametrize("sentence, enrolled", [
    ("Nineteen patients with refractory lupus, a disease that had resisted all treatment, each received one infusion.", 19),
    ("共十九名患者入组。", 19),
    ("共有２５位患者（年龄３０～４５岁）在本中心接受了细胞治疗。", 25),
    ("研究分析了该院收治的骨髓瘤患者，共二十四名。", 24),
    ("Among 12 480 patients (median age 70 years), 2 310 were treated.", 12480),
    ("选取2020年1月至2022年6月我院收治的糖尿病足患者64例，按随机数字表法分为两组，各32例。", 64),
    ("Eleven trials with 744 patients (380 assigned to cells and 364 to control) were included.", 744),
])
def test_cohort_sizes_in_words_numerals_and_spaced_thousands(sentence, enrolled):
    study = only_study("A study of cell therapy\n" + sentence + "\nThe score improved from 40.1 to 52.3 (P<0.01).\n")
    assert study["participants"]["enrolled"] == enrolled


@pytest.mark.parametrize("sentence, male, female, pct", [
    ("Twelve were women and four were men.", 4, 12, None),
    ("83 of 140 participants (59.3%) were men.", 83, None, 59.3),
    ("Among 9 020 patients (median age 77 years; 4 415 [48.9%] men), 20% died.", 4415, None, 48.9),
    ("其中男性十二名、女性八名。", 12, 8, None),
    ("受試者中男性十二位、女性八位。", 12, 8, None),
])
def test_sex_counts_in_words_numerals_and_of_totals(sentence, male, female, pct):
    p = only_study("A trial of cell therapy\nA total of 20 patients were enrolled. " + sentence + "\nThe score improved (P<0.01).\n")["participants"]
    assert (p["male"], p["female"], p["male_pct"]) == (male, female, pct)


@pytest.mark.parametrize("sentence, analyzed", [
    ("Of 90 patients screened, 70 were randomized (35 to cells and 35 to placebo), and 64 (91.4%) completed week 12 and were included in the primary analysis.", 64),
    ("Forty participants were randomised, and 36 completed both periods and were analysed.", 36),
    ("All 70 were included in the intention-to-treat analysis.", 70),
])
def test_analysed_counts_whose_subject_ends_the_clause_before(sentence, analyzed):
    p = only_study("A randomized trial\nA total of 70 patients were enrolled. " + sentence + "\nThe score improved (P<0.01).\n")["participants"]
    assert p["analyzed"] == analyzed


def test_the_ratio_of_an_allocation_and_a_lady_are_no_counts():
    p = only_study("幹細胞治療第二期隨機試驗\n共篩選120人，最終有80名患者符合條件，並以1:1隨機分配至幹細胞組（40人）或安慰劑組（40人）。"
                   "六個月時分數下降（P<0.05）。\n42岁的王女士停经已经3年。\n")["participants"]
    assert (p["screened"], p["enrolled"], p["female"]) == (120, 80, None)


# ---------------------------------------------------------------- articles that report no study

@pytest.mark.parametrize("text", [
    "Why unproven cell clinics need a registry\nEDITORIAL\nTrials count every patient who was randomised and compare "
    "against a placebo. If 5 of 10 treated patients report less pain, that number means little without controls. "
    "We propose a national registry.\n",
    "Opinion: what good evidence looks like\nA randomised controlled trial is the standard. Suppose 3 of 8 patients improve; "
    "that tells us little.\n",
])
def test_an_editorial_whose_numbers_are_examples_reports_no_study(text):
    assert record_of(text)["studies"] == []


# ---------------------------------------------------------------- safety totals in running text

@pytest.mark.parametrize("sentence, field, value", [
    ("Serious adverse events occurred in 12 participants (5 in the cell group and 7 in the placebo group).", "serious_adverse_events", 12),
    ("Four participants had serious adverse events, none related to treatment.", "serious_adverse_events", 4),
    ("31 patients had at least one serious adverse event (15 vs 16).", "serious_adverse_events", 31),
    ("The only serious adverse events were three falls that needed hospital care.", "serious_adverse_events", 3),
    ("One patient stopped treatment because of a stroke, the only serious adverse event.", "serious_adverse_events", 1),
    ("严重不良事件共9件（治疗组4件、对照组5件）。", "serious_adverse_events", 9),
    ("嚴重不良事件共9件（治療組4件、對照組5件）。", "serious_adverse_events", 9),
    ("另有一名患者发生肺栓塞，为研究期间唯一的严重不良事件。", "serious_adverse_events", 1),
    ("所有患者均未发生感染、出血或其他严重不良事件。", "serious_adverse_events", 0),
    ("Adverse events were reported in 61 of 90 participants (33 and 28).", "adverse_events_total", 61),
    ("安全性方面，共十五名患者（16.7%）报告了不良事件。", "adverse_events_total", 15),
    ("安全性方面，共十五名患者（16.7%）報告了不良事件。", "adverse_events_total", 15),
    ("One participant in the control group died of a heart attack.", "deaths", 1),
    ("In total, 9 participants died during follow-up (4 vs 5).", "deaths", 9),
    ("对照组有一名受试者于第十周因心衰去世。", "deaths", 1),
    ("對照組有一名受試者於第十週因心衰過世。", "deaths", 1),
])
def test_safety_totals_written_in_running_text(sentence, field, value):
    study = only_study("Cell therapy trial\nA total of 90 patients were enrolled. Safety. " + sentence + "\nScores improved (P<0.01).\n")
    assert study["safety"][field] == value


def test_no_other_serious_event_is_not_zero():
    study = only_study("细胞治疗研究\n共纳入40例患者。安全性方面，1例患者因肺部感染住院；除此之外未发生其他严重不良事件。评分改善（P<0.01）。\n")
    assert study["safety"]["serious_adverse_events"] is None


def test_a_death_is_a_safety_total_not_an_adverse_event():
    study = only_study("Cell therapy trial\nA total of 90 patients were enrolled. Adverse events were mild. "
                       "In total, 9 participants died during follow-up.\nScores improved (P<0.01).\n")
    assert study["safety"]["deaths"] == 9
    assert [e for e in study["adverse_events"] if e["event"] == "death"] == []


# ---------------------------------------------------------------- adverse events: one item per arm

def events_of(text: str) -> set:
    return {(e["event"], e["group"], e["n"], e["pct"]) for e in only_study(text)["adverse_events"]}


ARMS_EN = "A trial of a new drug\nA total of 90 patients were randomized to a high dose, a low dose or placebo.\n"


@pytest.mark.parametrize("sentence, expected", [
    ("Side effects were mild. Nausea was reported by 11 people on the high dose, 7 on the low dose and 3 on placebo.",
     {("nausea", "high dose", 11, None), ("nausea", "low dose", 7, None), ("nausea", "placebo", 3, None)}),
    ("Side effects were mild. Nausea was reported by 11 people on the high dose, 7 on the low dose and 3 on placebo. "
     "Rash occurred in 4, 2 and 1 patients, respectively.",
     {("nausea", "high dose", 11, None), ("nausea", "low dose", 7, None), ("nausea", "placebo", 3, None),
      ("rash", "high dose", 4, None), ("rash", "low dose", 2, None), ("rash", "placebo", 1, None)}),
])
def test_per_arm_counts_after_the_event_in_english(sentence, expected):
    assert events_of(ARMS_EN + sentence + "\nScores improved (P<0.01).\n") == expected


def test_per_arm_counts_while_taking_each_treatment():
    text = ("A crossover trial\nTwenty participants were randomised. Safety: dizziness was reported by 4 participants while "
            "taking zolvamide and by 1 while taking placebo; nausea was reported by 2 and 0, respectively.\nSleep improved (P<0.01).\n")
    assert events_of(text) >= {("dizziness", "zolvamide", 4, None), ("dizziness", "placebo", 1, None),
                               ("nausea", "zolvamide", 2, None), ("nausea", "placebo", 0, None)}


@pytest.mark.parametrize("text", [
    "细胞治疗随机试验\n共纳入60例患者，随机分为治疗组和对照组。安全性方面，输注后出现短暂发热者，治疗组5人、对照组2人；头痛分别为3人与1人；"
    "对照组与治疗组各有1人出现皮疹。疼痛评分下降（P<0.05）。\n",
    "細胞治療隨機試驗\n共納入60例患者，隨機分為治療組和對照組。安全性方面，輸注後出現短暫發燒者，治療組5人、對照組2人；頭痛分別為3人與1人；"
    "對照組與治療組各有1人出現皮疹。疼痛評分下降（P<0.05）。\n",
])
def test_per_arm_counts_after_the_event_in_chinese(text):
    assert events_of(text) == {("fever", "treatment", 5, None), ("fever", "control", 2, None),
                               ("headache", "treatment", 3, None), ("headache", "control", 1, None),
                               ("rash", "control", 1, None), ("rash", "treatment", 1, None)}


@pytest.mark.parametrize("sentence, expected", [
    ("安全性方面，共十名患者报告了不良事件，包括头痛六名（30.0%）、恶心两名（10.0%）。", {("headache", "all", 6, 30.0), ("nausea", "all", 2, 10.0)}),
    ("Adverse events were nausea (6 patients), acne (3) and creatine kinase elevation (2).",
     {("nausea", "all", 6, None), ("acne", "all", 3, None), ("creatine kinase elevation", "all", 2, None)}),
    ("Eleven patients (58 percent) developed cytokine release syndrome.", {("cytokine release syndrome", "all", 11, 58.0)}),
    ("The only serious adverse events were two infections.", {("infection", "all", 2, None)}),
    ("安全性方面，仅２位患者出现恶心，１位出现一过性低热，均在４８小时内自行缓解。", {("nausea", "all", 2, None), ("fever", "all", 1, None)}),
    ("Infusion reactions, mostly transient chills, occurred in 4 patients.", {("infusion-related reaction", "all", 4, None)}),
])
def test_adverse_event_counts_in_numerals_words_and_lists(sentence, expected):
    assert events_of("A study of cell therapy\nA total of 20 patients were enrolled. " + sentence + "\nScores improved (P<0.01).\n") == expected


def test_a_duration_is_never_a_count_of_an_event():
    text = ("A trial in insomnia\nThirty participants were randomised. Side effects were mild. "
            "In people with insomnia, 4 weeks of zolvamide lengthened sleep.\nSleep improved (P<0.01).\n")
    assert all(e["n"] != 4 for e in only_study(text)["adverse_events"])


# ---------------------------------------------------------------- a condition named only to say it did not occur

@pytest.mark.parametrize("text", [
    "幹細胞注射治療試驗\n共納入40名椎間盤退化患者。疼痛分數下降（P<0.05）。全部受試者均未發生神經損傷或其他嚴重不良事件。\n",
    "干细胞注射治疗试验\n共纳入40名椎间盘退化患者。疼痛分数下降（P<0.05）。全部受试者均未发生神经损伤或其他严重不良事件。\n",
])
def test_a_condition_named_in_a_negated_clause_is_not_the_condition_studied(text):
    assert only_study(text)["conditions"] == ["degenerative disc disease"]


def test_a_negated_condition_alone_names_no_condition():
    text = "A cell therapy trial\nA total of 40 patients were enrolled. Pain fell (P<0.05). No nerve injury occurred.\n"
    assert only_study(text)["conditions"] == []


def test_background_randomised_evidence_does_not_make_a_case_series_a_trial():
    text = ("Skin Lett. 2024;5(2):1-2. doi: 10.5555/x.1\n\nRESEARCH LETTER\n\nDrug X for a rare skin disease: a retrospective case series of 14 patients\n\nTo the Editor: "
            "Randomised evidence for second-line agents is limited to a single trial of 98 patients comparing two steroids. "
            "Fourteen patients were included. Healing was seen in 8 of 14 patients (57%) at week 12.\n")
    study = only_study(text)
    assert (study["design"], study["participants"]["enrolled"]) == ("case_series", 14)


def test_a_bare_difference_after_two_changes_is_a_difference_in_change():
    text = ("Patients were randomly assigned to MSCs or placebo. The 6-minute walk distance increased from 330 (70) m "
            "to 355 (72) m with MSCs and from 336 (68) m to 343 (71) m with placebo (difference, 18 m; 95% CI, -2 to "
            "38 m; P=.08). HbA1c fell by 1.1% with MSCs and by 0.4% with placebo (mean difference, -0.7 percentage "
            "points; 95% CI, -1.2 to -0.2; P = .01).\n")
    kinds = {(e[0], e[3], e[4]) for e in effects_of(text) if e[2] == "placebo"}
    assert ("six-minute walk distance", "difference_in_change", 18) in kinds
    assert ("HbA1c", "mean_difference", -0.7) in kinds  # called a mean difference by the article


# ---------------------------------------------------------------- Chinese journal abstracts (x±s lists, P均)


ZH_ABSTRACT = (
    "【摘要】目的 探讨干细胞移植治疗糖尿病足的效果。方法 选取患者60例，按随机数字表法分为观察组和对照组，各30例。"
    "结果 治疗前两组ABI及VAS评分比较，差异无统计学意义（P>0.05）。治疗后6个月，两组ABI均较治疗前升高，"
    "VAS评分均较治疗前降低（P<0.05）；观察组ABI（0.68±0.10）高于对照组（0.59±0.09），VAS评分〔（2.6±1.0）分〕"
    "低于对照组〔（3.9±1.2）分〕，差异均有统计学意义（t=3.662、4.553，P均<0.001）。\n")


def test_a_chinese_abstracts_lists_and_one_p_for_all():
    got = measurements_of(ZH_ABSTRACT)
    assert {(m, g, t, v) for m, g, t, _, v in got} == {
        ("ankle-brachial index", "观察组", 6, 0.68), ("ankle-brachial index", "control", 6, 0.59),
        ("visual analogue scale pain", "观察组", 6, 2.6), ("visual analogue scale pain", "control", 6, 3.9)}
    effects = {(m, g, v, p) for m, g, v, _, _, _, p in effects_of(ZH_ABSTRACT)}
    assert effects == {
        ("ankle-brachial index", "观察组", "control", 0.001), ("visual analogue scale pain", "观察组", "control", 0.001),
        ("ankle-brachial index", "观察组", "baseline", 0.05), ("ankle-brachial index", "control", "baseline", 0.05),
        ("visual analogue scale pain", "观察组", "baseline", 0.05),
        ("visual analogue scale pain", "control", "baseline", 0.05)}  # and not the baseline balance (P>0.05)


# ---------------------------------------------------------------- follow-up


@pytest.mark.parametrize("text, expected", [
    ("A phase 1 trial of CAR T cells in lupus enrolled 16 patients; each was followed for one year. "
     "Complete remission occurred in 12 of 16 patients (75%) at six months (P = 0.01).", {"value": 1, "unit": "year"}),
    ("一项单臂研究纳入20名患者，随访十二个月。UPDRS评分由40.1±8.2分降至31.0±9.0分（P<0.001）。所有患者将继续随访至五年。",
     {"value": 12, "unit": "month"}),
    ("In this retrospective cohort study of 2,410 patients, the median follow-up was 4.2 years (IQR 2.9-5.6); "
     "rehabilitation was associated with lower mortality (HR 0.70, 95% CI 0.61-0.80, P<0.001) over up to 8 years of follow-up.",
     {"value": 4.2, "unit": "year"}),
])
def test_follow_up_as_stated_not_planned(text, expected):
    assert only_study(text)["follow_up"] == expected


@pytest.mark.parametrize("text, expected", [
    # No follow-up word: how long the study ran, or the last time it measured at.
    ("In a randomized trial, 300 adults with obesity took drug K or placebo for 68 weeks. Drug K lowered body "
     "weight more than placebo (P < 0.001).", {"value": 68, "unit": "week"}),
    ("该研究将300例受试者随机分为K药组和安慰剂组，为期44周，同时接受饮食干预。K药组体重降幅显著大于安慰剂组（P<0.001）。",
     {"value": 44, "unit": "week"}),
    # Not how long people had been ill, nor how long the study was meant to run.
    ("In a randomized trial, 120 patients who had had symptoms for 24 months received drug K or placebo; pain "
     "fell more with drug K at week 12 (P = 0.01). The trial was planned to run for 3 years.", {"value": 12, "unit": "week"}),
])
def test_follow_up_from_how_long_the_study_ran(text, expected):
    assert only_study(text)["follow_up"] == expected


def test_the_comparator_carries_to_the_next_arm_and_a_between_arm_p_is_not_a_change():
    text = ("本研究纳入60例患者，随机分为低剂量组、高剂量组和对照组，每组20例。"
            "以ODI评估功能，低剂量组由47.1分降至33.9分，高剂量组由48.8分降至26.5分，对照组则由46.9分降至40.2分；"
            "高剂量组与对照组的差异达到统计学意义（P=0.02）。"
            "与对照组相比，高剂量组在12个月时VAS评分的差异具有统计学意义（P=0.003）；低剂量组未达统计学意义（P=0.08）。\n")
    got = {(m, g, v, p) for m, g, v, _, _, _, p in effects_of(text)}
    assert ("Oswestry Disability Index", "high dose", "control", 0.02) in got
    assert ("visual analogue scale pain", "low dose", "control", 0.08) in got
    assert not [e for e in got if e[3] == 0.02 and e[2] == "baseline"]

# ---------------------------------------------------------------- arms, groups, design and citation lines (holdout v2 kinds)


def groups_of(text: str) -> set[tuple]:
    return {(g["name"], g["n"], g["pct"]) for g in only_study(text)["groups"]}


@pytest.mark.parametrize("text, expected", [
    # The allocation count with the arm sizes in brackets.
    ("Cord-blood MSCs for asthma: a randomized clinical trial\n"
     "Of 150 adults screened, 96 were randomized (49 to MSCs and 47 to placebo). "
     "FEV1 rose by 0.21 L in the MSC group and 0.05 L in the placebo group (P = .02).\n",
     {("MSCs", 49, None), ("placebo", 47, None)}),
    # A pooled analysis: "N assigned to X and M to control".
    ("Stem cells for sepsis: a meta-analysis\nNine trials with 640 patients (330 assigned to MSCs and "
     "310 to control) were pooled. Mortality was lower with MSCs (RR 0.81, 95% CI 0.66 to 0.99).\n",
     {("MSCs", 330, None), ("control", 310, None)}),
])
def test_arm_sizes_in_brackets_after_the_allocation_count(text, expected):
    assert groups_of(text) == expected


@pytest.mark.parametrize("text, treated", [
    ("方法 将72例膝骨关节炎患者按随机数字表法分为观察组和对照组，各36例。观察组VAS评分由6.1±1.2降至3.0±1.1（P<0.05）。\n",
     "观察组"),
    ("方法 將72例膝骨關節炎患者按隨機數字表法分為觀察組和對照組，各36例。觀察組VAS評分由6.1±1.2降至3.0±1.1（P<0.05）。\n",
     "觀察組"),
])
def test_one_size_for_both_arms_in_chinese(text, treated):
    # (the treated arm by the article's own word for it, in its own script: see
    # test_a_treated_arm_keeps_the_articles_role_word)
    assert groups_of(text) == {(treated, 36, None), ("control", 36, None)}


@pytest.mark.parametrize("text, expected", [
    ("共納入45名受試者，隨機分為三組，每組15人：低劑量組注射1×10⁶個細胞，高劑量組注射1×10⁷個細胞，對照組注射生理食鹽水。"
     "治療後6個月，高劑量組疼痛分數下降2.1分（P=0.01）。其中低劑量組2人、高劑量組3人出現注射部位疼痛。\n",
     {("low dose", 15, None), ("high dose", 15, None), ("control", 15, None)}),
    ("A total of 90 adults were randomly divided into three groups (30 per group): low-dose group, high-dose group and "
     "control group. Pain fell by 2.0 points in the high-dose group (p = 0.01).\n",
     {("low dose", 30, None), ("high dose", 30, None), ("control", 30, None)}),
])
def test_one_size_for_every_arm_of_three(text, expected):
    assert groups_of(text) == expected


def test_arms_by_dose_level_with_sizes_and_no_event_count_as_a_size():
    text = ("Monthly antibody cuts cluster headache days\n"
            "The phase 2 trial enrolled 300 adults. They were randomly assigned to monthly infusions of zorvatamab at "
            "300 milligrams (101 patients) or 100 milligrams (99 patients), or to placebo infusions (100 patients). "
            "Attack days fell by 4.8 in the high-dose group and 3.9 in the low-dose group, compared with 2.0 on placebo (p < 0.001). "
            "Infusion reactions were reported by 12 people on the high dose and 6 on the low dose.\n")
    assert groups_of(text) == {("high dose", 101, None), ("low dose", 99, None), ("placebo", 100, None)}


def test_strata_of_the_randomisation_are_no_arms():
    text = ("Methods: Patients were randomly assigned 1:1 to adipose-derived stem cells or placebo using a central web "
            "system, stratified by site and smoking status. Results: 80 patients were enrolled; 40 to adipose-derived stem "
            "cells and 40 to placebo. Pain fell from 7.1 to 4.0 (p = 0.002).\n")
    study = only_study(text)
    names = {g["name"] for g in study["groups"]} | {i["name"] for i in study["interventions"]}
    assert not any("stratified" in n or "smoking" in n for n in names), names


def test_treatments_set_against_each_other_in_a_randomised_sentence_are_its_arms():
    text = ("Methods: In a randomized pilot trial, adults with knee pain were treated with auricular stimulation (group 1) "
            "or interferential current (group 2) additional to usual analgesics. Results: Pain fell in both groups.\n")
    assert {g["name"] for g in only_study(text)["groups"] if g["role"] == "arm"} == {"auricular stimulation", "interferential current"}


def test_an_arms_number_in_brackets_is_its_name_in_the_results():
    # ("(group 1)" after the arm: "pain fell in group 1 (p = 0.01)" is that arm's)
    text = ("Methods: In a randomized pilot trial, adults with knee pain were treated with auricular stimulation (group 1) "
            "or interferential current (group 2). Results: Pain scores decreased significantly in both groups (group 1 "
            "p = 0.02; group 2 p = 0.006).\n")
    study = only_study(text)
    assert {g["name"] for g in study["groups"]} == {"auricular stimulation", "interferential current"}
    assert {e["group"] for e in study["effects"] if e["p"] in (0.02, 0.006)} <= {"auricular stimulation", "interferential current"}


def test_arms_compared_at_two_times_in_one_sentence():
    # ("comparable between both groups on day 42 (p = 0.55) and day 70 (p = 0.35)": the arms, at each time)
    text = ("Methods: In a randomized pilot trial, adults with knee pain were treated with auricular stimulation (group 1) "
            "or interferential current (group 2). Results: Rescue medication intake was comparable between both groups "
            "on day 42 (p = 0.55) and day 70 (p = 0.35).\n")
    found = {(e["versus"], e["time"]["value"], e["p"]) for e in only_study(text)["effects"]}
    assert {(v, t) for v, t, p in found if p in (0.55, 0.35)} == {("interferential current", 42), ("interferential current", 70)}


def test_strata_named_where_the_arms_would_be_are_no_arms():
    # ("to one of the groups stratified for age, sex and BMI": the list after "one of the groups" is the strata)
    text = ("Methods: In a randomized pilot trial, adults with knee pain were treated with drug Q or sham. Patients were "
            "randomly assigned to one of the groups stratified for age, sex and BMI. Results: Pain fell in both groups.\n")
    names = {g["name"] for g in only_study(text)["groups"]}
    assert not names & {"age", "sex", "BMI", "stratified for age"}, names


@pytest.mark.parametrize("text, expected", [
    ("Cardiac rehabilitation after valve surgery: a cohort study\nAmong 9 640 patients, 2 412 (25.0%) took part in "
     "cardiac rehabilitation and 7 228 did not. Mortality was lower with rehabilitation (HR 0.70, 95% CI 0.61-0.80, p<0.001).\n",
     {("cardiac rehabilitation", 2412, 25.0), ("no cardiac rehabilitation", 7228, None)}),
    ("本研究为回顾性队列研究，共纳入300名患者。其中120名（40.0%）于诱导后接受自体移植（移植组），180名（60.0%）仅接受维持治疗（未移植组）。"
     "移植组中位无进展生存期为40.2个月，未移植组为25.1个月（P<0.001）。\n",
     {("transplant", 120, 40.0), ("no transplant", 180, 60.0)}),
    ("本研究為回顧性世代研究，共納入300名患者。其中120名（40.0%）於誘導後接受自體移植（移植組），180名（60.0%）僅接受維持治療（未移植組）。"
     "移植組中位無惡化存活期為40.2個月，未移植組為25.1個月（P<0.001）。\n",
     {("transplant", 120, 40.0), ("no transplant", 180, 60.0)}),
])
def test_cohort_exposure_groups(text, expected):
    assert groups_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("回顾分析50例类风湿关节炎患者。按是否合并糖尿病分为两个亚组：合并糖尿病者20例（40.0%），无肾脏受累者30例（60.0%）。"
     "DAS28评分由5.6±1.0降至3.1±0.9（P<0.001）。\n",
     {("diabetes mellitus", 20, 40.0), ("无肾脏受累", 30, 60.0)}),
    ("回顧分析50例類風濕關節炎患者。按是否合併糖尿病分為兩個亞組：合併糖尿病者20例（40.0%），無糖尿病者30例（60.0%）。"
     "DAS28評分由5.6±1.0降至3.1±0.9（P<0.001）。\n",
     {("diabetes mellitus", 20, 40.0), ("without diabetes mellitus", 30, 60.0)}),
    ("本研究共入组二十名患者。按病程分为两个亚组：病程五年以内者十二名（60.0%），病程超过五年者八名（40.0%）。"
     "UPDRS评分由40.1±8.0降至31.5±7.2（P<0.01）。\n",
     {("病程五年以内", 12, 60.0), ("病程超过五年", 8, 40.0)}),
])
def test_subgroups_listed_by_a_trait(text, expected):
    study = only_study(text)
    assert {(g["name"], g["n"], g["pct"]) for g in study["groups"]} == expected
    assert study["participants"]["enrolled"] != 2  # "分为两个亚组" counts groups, not people


@pytest.mark.parametrize("text", [
    "In this phase 1 trial, sixteen patients received one infusion. At six months, ten of the sixteen patients "
    "(63 percent) had a complete renal response (p = 0.01).\n",
    "Twenty patients were treated. Complete healing was seen in 9 of 20 patients (45%) at week 12 (P = .01).\n",
])
def test_an_outcome_rate_is_no_group(text):
    assert only_study(text)["groups"] == []


def test_design_words_of_other_studies_and_later_trials():
    single_arm = ("Engineered T cells for refractory myositis: a phase 1/2 trial\n"
                  "Fourteen patients who had failed every standard treatment received one infusion. At six months, nine "
                  "of the fourteen were in remission (p = 0.01). \"This was a small study without a comparison group,\" "
                  "said the first author. \"We need randomized trials before anyone calls this a cure.\"\n")
    study = only_study(single_arm)
    assert (study["design"], study["comparator"]) == ("single_arm_trial", None)
    series = ("Oral tofacitinib for refractory uveitis: a retrospective case series\nRandomised evidence for second-line "
              "agents is limited to a single trial of 90 patients comparing two steroids. We reviewed 18 consecutive "
              "patients; inflammation resolved in 12 (67%) by week 12 (P = .01).\n")
    assert only_study(series)["design"] == "case_series"
    meta = ("干细胞治疗ARDS的Meta分析\n本研究纳入12项随机对照试验共900例患者，死亡率降低（RR 0.80，95% CI 0.68-0.94）。"
            "据悉，一项计划纳入500例患者的III期临床试验已于2024年初启动。\n")
    assert only_study(meta)["phase"] is None


@pytest.mark.parametrize("text, design, phase", [
    ("研究團隊完成第一/二期隨機、雙盲、安慰劑對照臨床試驗，共納入60名受試者，疼痛分數下降（P=0.01）。\n", "rct", "1/2"),
    ("研究团队进行了一项回顾性世代研究，共纳入412名患者，中位生存期延长（P<0.001）。\n", "cohort", None),
    ("研究團隊進行了一項回顧性世代研究，共納入412名患者，中位存活期延長（P<0.001）。\n", "cohort", None),
])
def test_taiwan_design_and_phase_words(text, design, phase):
    study = only_study(text)
    assert (study["design"], study["phase"]) == (design, phase)


def test_a_byline_with_affiliation_marks_and_initials():
    text = ("Sleep Med Rep. 2023 Mar;4(1):12-19. doi: 10.5555/t.sleep.1.\n\nA trial of melatonin in shift workers.\n\n"
            "Haraldsen MS(1), Quayle T(2), Oduya F(1).\n\n"
            "Forty workers were randomized; sleep time rose from 5.1 to 6.0 hours (p = 0.01).\n")
    c = only_study(text)["citation"]
    assert (c["first_author"], c["authors"]) == ("Haraldsen", ["Haraldsen MS", "Quayle T", "Oduya F"])
    assert "multiple sclerosis" not in only_study(text)["conditions"]
    vancouver = text.replace("Haraldsen MS(1), Quayle T(2), Oduya F(1).", "Oduya F, Quayle T.")
    assert only_study(vancouver)["citation"]["first_author"] == "Oduya"
    full = text.replace("Haraldsen MS(1), Quayle T(2), Oduya F(1).", "Ingrid Haraldsen,1 Tom Quayle,2 and Femi Oduya1")
    assert only_study(full)["citation"]["first_author"] == "Haraldsen"


@pytest.mark.parametrize("text", [
    "引用本文：王立新，赵敏，等. 脐带间充质干细胞治疗膝骨关节炎的疗效观察[J]. 中华再生医学杂志，2023，15（2）：101-106.\n",
    "引用本文：王立新，趙敏，等. 臍帶間充質幹細胞治療膝骨關節炎的療效觀察[J]. 中華再生醫學雜誌，2023，15（2）：101-106.\n",
])
def test_a_chinese_journals_cite_this_line(text):
    article = "共纳入60例患者，WOMAC评分由48.2±10.1降至30.5±9.8（P<0.001）。\n" + text
    c = only_study(article)["citation"]
    assert (c["first_author"], c["year"], c["volume"]) == ("王立新", 2023, "15")
    assert c["journal"].startswith(("中华再生医学杂志", "中華再生醫學雜誌"))


def test_a_news_storys_source_line_and_lead_researcher():
    text = ("New drug eases cluster headache\nA total of 120 adults were enrolled; attack days fell from 12 to 7 "
            "(p < 0.001). \"We were surprised,\" said lead researcher Dr. Maren Holt, a neurologist.\n"
            "SOURCE: Journal of Head Pain Research, Feb. 3, 2024\n")
    c = only_study(text)["citation"]
    assert (c["journal"], c["year"], c["first_author"]) == ("Journal of Head Pain Research", 2024, "Holt")


def test_a_drug_the_vocabulary_never_saw_is_the_intervention_not_the_background_drugs():
    text = ("Oral bremacitinib for refractory cutaneous sarcoidosis: a retrospective case series of 15 patients\n\n"
            "Prednisone and methotrexate help most patients, and corticosteroids remain first line. We reviewed 15 "
            "consecutive patients who started bremacitinib 10 mg twice daily. Lesion area fell from 42 to 18 cm2 (P = .002).\n")
    study = only_study(text)
    assert [(i["name"], i["route"], i["dose"]) for i in study["interventions"]] == [("bremacitinib", "oral", "10 mg twice daily")]


def test_a_drug_the_vocabulary_never_saw_named_with_whom_it_treats():
    # ("…evaluating velnolestat in children with Dravet syndrome": no dose, no headline, but its
    # people; and "-lestat" is an enzyme inhibitor's stem)
    text = ("Company reports positive phase 2 results\n\n"
            "The phase 2 trial is evaluating velnolestat in children with Dravet syndrome, a rare epilepsy. "
            "Seizures fell by a median of 30% over 12 weeks.\n")
    assert [i["name"] for i in only_study(text)["interventions"]] == ["velnolestat"]


def test_dose_level_arms_stand_for_their_drug():
    text = ("Monthly antibody cuts cluster headache days\n"
            "The phase 2 trial enrolled 300 adults. They were randomly assigned to monthly infusions of zorvatamab at "
            "300 milligrams (101 patients) or 100 milligrams (99 patients), or to placebo infusions (100 patients). "
            "Attack days fell by 4.8 in the high-dose group and 3.9 in the low-dose group, compared with 2.0 on placebo (p < 0.001).\n")
    study = only_study(text)
    assert [(i["name"], i["dose"]) for i in study["interventions"]] == [("zorvatamab", "300 milligrams or 100 milligrams")]
    assert study["comparator"] == "placebo"


def test_a_crossover_trials_conditions_are_its_groups():
    text = ("Sleep Res Rep. 2022 May;3(2):40-47. doi: 10.5555/t.sleep.2.\n\n"
            "Lomerexant for insomnia after stroke: a randomised, placebo-controlled crossover trial.\n\n"
            "Aasen K(1), Berglund L(2).\n\n"
            "Adults with insomnia took oral lomerexant 10 mg or placebo each night for 3 weeks, then the other after a "
            "washout. Thirty were randomised and 27 completed both periods. Total sleep time was 391 ± 40 vs 352 ± 45 "
            "minutes (P < .001).\n\n"
            "KEYWORDS: insomnia; stroke; crossover trial; orexin\n")
    study = only_study(text)
    assert groups_of(text) == {("lomerexant", 27, None), ("placebo", 27, None)}
    assert [i["name"] for i in study["interventions"]] == ["lomerexant"]
    assert (study["citation"]["first_author"], study["comparator"]) == ("Aasen", "placebo")
    record = record_of(text)
    assert record["source"]["title"].startswith("Lomerexant for insomnia")


@pytest.mark.parametrize("text", [
    "我院iPSC来源多巴胺能神经前体细胞移植治疗帕金森病临床研究\n本研究为单臂、开放标签设计，共入组二十名患者，所有患者接受双侧壳核内"
    "细胞移植。UPDRS评分由42.0±8.0降至33.1±7.5（P<0.001）；左旋多巴等效日剂量由800±200 mg降至700±210 mg。"
    "我们不能排除安慰剂效应。\n",
    "我院iPSC來源多巴胺能神經前體細胞移植治療帕金森病臨床研究\n本研究為單臂、開放標籤設計，共入組二十名患者，所有患者接受雙側殼核內"
    "細胞移植。UPDRS評分由42.0±8.0降至33.1±7.5（P<0.001）；左旋多巴等效日劑量由800±200 mg降至700±210 mg。"
    "我們不能排除安慰劑效應。\n",
])
def test_cells_derived_from_stem_cells_are_the_intervention(text):
    study = only_study(text)
    assert [(i["name"], i["dose"]) for i in study["interventions"]] == [("dopaminergic neurons", None)]


# ---------------------------------------------------------------- values of named subgroups


def test_a_subgroups_values_and_their_comparison():
    text = ("一项单臂研究纳入22名帕金森病患者，按年龄分为两个亚组：年龄60岁以下者12名（54.5%），年龄60岁及以上者10名（45.5%）。"
            "MDS-UPDRS第三部分评分由41.0±9.0分降至12个月时的33.2±8.7分（P<0.001）。\n"
            "分亚组看，年龄60岁以下者由38.6±8.1分降至28.9±7.9分，年龄60岁及以上者由43.9±9.4分降至38.4±9.8分，"
            "两个亚组的改善幅度差异无统计学意义（P=0.18）。\n")
    study = only_study(text)
    got = {(m["group"], (m["time"] or {}).get("value"), m["value"]) for m in study["measurements"] if m["group"] != "all"}
    assert got == {("年龄60岁以下", 0, 38.6), ("年龄60岁以下", 12, 28.9),
                   ("年龄60岁及以上", 0, 43.9), ("年龄60岁及以上", 12, 38.4)}  # "60岁" is no time point
    assert ("MDS-UPDRS part III", "年龄60岁以下", "年龄60岁及以上", 0.18) in {
        (e["measure"], e["group"], e["versus"], e["p"]) for e in study["effects"]}


# ---------------------------------------------------------------- full-text results paragraphs


FULL_TEXT = (
    "Cells for limb ischaemia: a randomised trial\n"
    "Methods: Participants were randomly assigned to BM-MNC or placebo. We assumed an amputation-free survival of "
    "50% with placebo and 70% with BM-MNC; 60 participants per group were needed.\n"
    "Results: The mean age of the whole cohort was 70.1 (SD 8.8) years. At baseline the mean ABI was 0.44 (SD 0.16) "
    "in the BM-MNC group and 0.42 (SD 0.18) in the placebo group; mean TcPO2 was 20.1 (SD 9.0) mmHg and 19.4 (SD "
    "9.8) mmHg, respectively. At 12 months, 38 of 60 participants (63.3%) in the BM-MNC group and 27 of 58 (46.6%) "
    "in the placebo group were alive without major amputation (RR 1.36, 95% CI 0.98-1.88; p = 0.07). Rest pain VAS "
    "was lower with BM-MNC at 6 months (mean 3.6 [SD 2.4] vs 4.8 [SD 2.5]; p = 0.02).\n")


def test_a_full_text_results_paragraph():
    got = {(m[0], m[1], m[2], m[4]) for m in measurements_of(FULL_TEXT)}
    assert got == {
        ("ankle-brachial index", "BM-MNC", 0, 0.44), ("ankle-brachial index", "placebo", 0, 0.42),
        ("transcutaneous oxygen pressure", "BM-MNC", 0, 20.1), ("transcutaneous oxygen pressure", "placebo", 0, 19.4),
        ("amputation-free survival", "BM-MNC", 12, 63.3), ("amputation-free survival", "placebo", 12, 46.6),
        ("visual analogue scale pain", "BM-MNC", 6, 3.6), ("visual analogue scale pain", "placebo", 6, 4.8)}
    # neither the sample-size assumption (50%, 70%) nor the cohort's age is an outcome


def test_a_cohorts_exposure_groups_spelled_out_and_their_ratios():
    text = ("Cardiac rehabilitation after TAVI: a registry cohort study\n"
            "Exercise-based cardiac rehabilitation (CR) lowers mortality in coronary disease. Among 9 410 patients, "
            "2 012 (21.4%) participated in CR and 7 398 did not. CR participation was associated with lower all-cause "
            "mortality (adjusted HR 0.71 [95% CI 0.63-0.80], p<0.001), also in patients aged 85 years or older "
            "(adjusted HR 0.74 [95% CI 0.59-0.93], p=0.01).\n")
    study = only_study(text)
    assert {g["name"] for g in study["groups"] if g["role"] == "arm"} == {"cardiac rehabilitation", "no cardiac rehabilitation"}
    got = {(e["group"], e["versus"], e["value"], (e["time"] or {}).get("value")) for e in study["effects"]}
    assert ("cardiac rehabilitation", "no cardiac rehabilitation", 0.71, None) in got
    assert all(t != 85 for *_, t in got)  # an age is no time point


def test_a_commentary_that_names_trials_in_general_reports_no_study():
    text = ("醫師專欄／幹細胞療法，先問證據\n上個月門診，一位七十多歲的阿伯拿著一張廣告來問我。"
            "目前真正經過大型隨機對照試驗並取得藥證的幹細胞療法屈指可數。"
            "病人和家屬不妨先問三個問題：這個療法有沒有發表過隨機對照試驗？\n")
    assert record_of(text)["studies"] == []


def test_respectively_after_the_arms_are_listed_values_and_changes():
    text = ("一項三組隨機對照試驗，將120名患者分配至高劑量組（40人）、低劑量組（40人）及安慰劑組（40人）。"
            "結果顯示，高劑量組、低劑量組及安慰劑組的緩解率分別為60.0%（24/40）、45.0%（18/40）及30.0%（12/40）。"
            "至第8星期，三組的LDQ總分分別平均下降9.1分、6.8分及4.0分。\n")
    study = only_study(text)
    got = {(m["group"], m["value"], m["stat"]) for m in study["measurements"]}
    assert {("high dose", 60.0, "percent"), ("low dose", 45.0, "percent"), ("placebo", 30.0, "percent")} <= got
    changes = {(e["group"], e["value"]) for e in study["effects"] if e["type"] == "mean_change"}
    assert changes == {("high dose", -9.1), ("low dose", -6.8), ("placebo", -4.0)}
    assert not [m for m in study["measurements"] if m["value"] in (9.1, 6.8, 4.0)]  # changes are no values


def test_thousands_separated_by_a_thin_space():
    text = ("Influenza vaccination and heart failure: a nationwide cohort study\nOf 44\u2009706 patients, 17\u2009882 "
            "(40.0%) were vaccinated and 26\u2009824 (60.0%) were not. During follow-up, 21\u2009540 patients died. "
            "Vaccination was associated with lower mortality (HR 0.83, 95% CI 0.79-0.87, P<0.001).\n")
    study = only_study(text)
    assert study["safety"]["deaths"] == 21540
    assert study["participants"]["enrolled"] == 44706 or study["participants"]["analyzed"] == 44706


def test_followed_for_a_median_of_is_the_follow_up():
    text = ("A cohort study of 5000 adults\n\nWe enrolled 5000 adults in a prospective cohort study. Participants were "
            "followed for a median of 21 years. The risk of death was lower (HR 0.8, 95% CI 0.7-0.9).\n")
    assert only_study(text)["follow_up"] == {"value": 21, "unit": "year"}


def test_serious_events_in_percent_of_patients_are_no_count():
    text = ("Drug K for obesity: a randomised trial\n\nIn this trial, 300 adults were randomly assigned to drug K "
            "(n=150) or placebo (n=150). Weight fell by 12.1% with drug K (p<0.001). Serious adverse events occurred "
            "in 14.5% and 14.0% of patients, respectively.\n")
    assert only_study(text)["safety"]["serious_adverse_events"] is None


def test_an_events_share_in_each_arm():
    text = ("Drug K for obesity: a randomised trial\n\nIn this trial, 300 adults were randomly assigned to drug K "
            "(n=150) or placebo (n=150). Weight fell by 12.1% with drug K (p<0.001). Nausea occurred in 20% of the "
            "drug K group and 5% of the placebo group.\n")
    got = {(a["event"], a["group"], a["pct"]) for a in only_study(text)["adverse_events"]}
    assert got == {("nausea", "drug k", 20), ("nausea", "placebo", 5)}


@pytest.mark.parametrize("text", [
    # An age is no time the study ran: "adults over 65 years", "at 6 months of age".
    "In a randomized trial, 2,000 adults over 65 years received vitamin D or placebo. Falls were 12% lower with "
    "vitamin D than with placebo (P = 0.03).",
    "In a randomized trial, 640 infants received peanut at 6 months of age or avoided it. Peanut allergy was 80% "
    "lower with early introduction than with avoidance (P < 0.001).",
    # A change by a time is a value; a time still to come is not this report's.
    "In a randomized trial, 300 adults with pneumonia received drug K or placebo. Drug K shortened the hospital "
    "stay by 3 days compared with placebo (P = 0.01). The trial will continue for 2 years.",
])
def test_no_follow_up_from_an_age_a_change_or_a_time_to_come(text):
    assert only_study(text)["follow_up"] is None


@pytest.mark.parametrize("sentence, period", [
    # two numbers of 1900 to 2099 with a unit or a count after them are no years
    ("Patients ate 1900-2000 kcal a day.", {"start": None, "end": None}),
    ("Each site screened 2000-2010 patients.", {"start": None, "end": None}),
    ("Data from NHANES 2007–2014 were used.", {"start": "2007", "end": "2014"}),
    ("患者于2015-2018年入组。", {"start": "2015", "end": "2018"}),
])
def test_two_numbers_like_years_before_a_unit_are_no_period(sentence, period):
    text = ("In a randomized trial, 300 adults with obesity received drug K or placebo. " + sentence +
            " Weight fell more with drug K than with placebo (P < 0.001).")
    assert only_study(text)["enrollment"] == period


@pytest.mark.parametrize("text, treated", [
    # "观察组" is the observed arm, "实验组" the experimental one: kept as the article says them
    ("方法 将60例患者随机分为观察组和对照组，各30例。观察组有效率为90.0%，对照组为70.0%（P<0.05）。\n", "观察组"),
    ("方法 將60例患者隨機分為實驗組和對照組，各30例。實驗組有效率為90.0%，對照組為70.0%（P<0.05）。\n", "實驗組"),
    # "治疗组" is the treatment group word for word
    ("方法 将60例患者随机分为治疗组和对照组，各30例。治疗组有效率为90.0%，对照组为70.0%（P<0.05）。\n", "treatment"),
    # two words for treated arms: the article's own usage is not one word, the vocabulary decides
    ("方法 将60例患者随机分为治疗组和对照组，各30例。观察组有效率为90.0%，对照组为70.0%（P<0.05）。\n", "treatment"),
])
def test_a_treated_arm_keeps_the_articles_role_word(text, treated):
    study = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"][0]
    assert (treated, 30, None) in groups_of(text)
    assert {m["group"] for m in study["measurements"] if m["value"] == 90.0} == {treated}


@pytest.mark.parametrize("bound", ["more than one patient", "at least one patient", "超过1例"])
def test_a_bound_is_no_count_of_those_with_an_event(bound):
    # "the only grade 3 event occurring in more than one patient": no one patient had it
    text = ("A single-arm phase 2 trial of drug K enrolled 52 patients with lung cancer. Nine patients (17%) reported "
            f"grade 3 to 4 treatment-related AEs; grade 3 rash was the only grade 3 to 4 event occurring in {bound} "
            "(n = 2; 4%).\n")
    assert not [e for e in events_of(text) if e[0] == "rash" and e[2] == 1]


def test_an_event_at_a_grade_is_an_event_of_its_own():
    # "rash (19%)" of any grade and "grade 3 rash ... (n = 2)": two rows, the second graded
    text = ("A single-arm phase 2 trial of drug K enrolled 52 patients with lung cancer. Treatment-related adverse events "
            "occurred in 71% of patients, most commonly fatigue (29%) and rash (19%). Grade 3 rash occurred in two "
            "patients.\n")
    rows = {(e["event"], e["n"], e["pct"], e["grade"]) for e in only_study(text)["adverse_events"]}
    assert {("rash", None, 19, None), ("rash", 2, None, "3")} <= rows
