"""An article that reports a study yields it, also when its results are told in prose
without a p-value; one that only talks about trials yields none.

Every article here is written for this test, in its own words.
"""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def studies_of(text: str) -> list:
    return extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]


@pytest.mark.parametrize("text", [
    # News of a trial: the result as a relative reduction, no p-value, no count of patients.
    "Heart pump patients fare better with cell shots\n\nIn a randomized, placebo-controlled study presented on Sunday, "
    "the cell injections brought a 29% reduction in hospital admissions over a year.\n",
    # A repost: two arms' results in prose.
    "减重新药三期临床结果公布\n\n这项随机对照试验显示，用药组平均体重下降了12.4%，而安慰剂组仅下降2.1%。\n",
])
def test_a_trial_told_in_prose_is_a_study(text):
    assert len(studies_of(text)) == 1


def test_a_trial_whose_result_is_a_survival_in_months_is_a_study():
    text = ("Drugmaker says drug slowed cancer in trial\n\nThe company said median progression free survival (PFS) in the "
            "trial was 7.4 months for patients given the drug, compared with 5.1 months for patients given a placebo.\n")
    assert len(studies_of(text)) == 1


def test_a_trial_whose_results_are_in_grams_said_by_comparison_is_a_study():
    text = ("Needles ease bladder leaks\n\nIn the randomized trial, women who received the needling had less leakage "
            "than those given a sham treatment.\n\nBy comparison, women in the sham group leaked 12.5 grams of urine "
            "in a one-hour test.\n")
    assert len(studies_of(text)) == 1


@pytest.mark.parametrize("text", [
    # A phase named, no design word: the trial still is one.
    "Drugmaker posts final trial numbers\n\nThe company said the full analysis of its phase III trial showed "
    "81% efficacy against severe disease, slightly below the interim figure.\n",
    # Design words listed with 、 between them.
    "某疫苗III期临床试验揭盲\n\n该试验共招募约8000例受试者，采用多中心、双盲、随机、安慰剂对照设计。\n",
])
def test_a_phase_or_a_listed_design_names_a_trial(text):
    assert len(studies_of(text)) == 1


@pytest.mark.parametrize("text", [
    # A named trial whose result is a verdict in words.
    "国际期刊发表针刺治疗便秘的临床试验\n\n这是一项随机对照多中心试验，真针刺组的排便次数明显多于假针刺组，统计结果有非常显著差异。\n",
    # A named review with a results section and no p-value.
    "中药注射剂安全性的系统评价\n\n目的 评价其安全性。\n结果：纳入研究中未见严重不良反应报道。\n",
    # No design word: the study's own patients and what it found.
    "港大研究：新冠患者常见肝功能异常\n\n研究分析了本港1,040名患者的数据，结果发现23%患者出现肝功能异常。\n",
])
def test_a_study_told_without_numbers_or_design_words(text):
    assert len(studies_of(text)) == 1


def test_an_explainer_about_trials_in_general_reports_none():
    text = ("What a vaccine trial can and cannot tell you\n\n"
            "A phase 3 trial usually enrols tens of thousands of volunteers. Regulators often ask that a vaccine "
            "be at least 50% effective before they consider it. Results can take months to arrive.\n")
    assert studies_of(text) == []


def test_a_structured_chinese_abstract_with_spaced_labels_and_no_numbers_is_a_study():
    # "目的 …", "方法 …", "结果 …" (a space, no colon), cut off before any number.
    text = ("卫生技术评估\n"
            "目的 通过系统评价了解干细胞治疗技术的安全状况。\n"
            "方法 采用卫生技术评估方法，检索国内外数据库中的临床研究文献。\n"
            "结果 无论是自体还是异体来源的细胞移植，在临床试验中均未见明显的毒性反应报道\n")
    assert len(studies_of(text)) == 1


def test_spaced_words_in_prose_are_no_abstract():
    text = "健康小知识\n多喝水有益健康。\n结果 就是大家都很开心\n"
    assert studies_of(text) == []


@pytest.mark.parametrize("text", [
    "Coffee and a longer life\n\nDrinking two cups a day may help. The study found that coffee drinkers had a 12% lower "
    "risk of death over ten years than those who drank none.\n",
    "喝茶与长寿\n\n每天喝茶或许有益。这项研究发现，每天饮茶者的全因死亡风险降低了15%。\n",
    # (a trial named: no study cited in passing, whatever the headline)
    "Researchers have found that pairing an antibody with chemotherapy could raise survival in lung cancer. A trial study "
    "called PULSAR-7 found that newly diagnosed patients were 40 percent more likely to be alive in a year if they "
    "underwent a regimen that combined Zorvia with chemotherapy than if they received chemotherapy alone.\n",
])
def test_a_study_that_found_a_measured_result_is_one(text):
    assert len(studies_of(text)) == 1


def test_what_the_results_showed_is_a_result_of_the_page():
    # (no word of change beside the share: what "the results showed" is the result)
    text = ("Pills instead of surgery for kids with a sore tummy\n\nA research team tested whether children could "
            "skip the operation. The results showed that 88 percent of the children given pills had a smooth "
            "recovery.\n")
    assert len(studies_of(text)) == 1


def test_researchers_who_analyzed_people_and_found_a_mean_time_against_another_report_a_study():
    # (a mean time lived, set against another with "whereas"; the people counted; "researchers analyzed")
    text = ("Where you are treated matters\n\nResearchers analyzed records of nearly 50,000 patients with a "
            "stroke. They found that patients at the best hospitals lived an average 7.2 years, whereas those at "
            "the worst lived an average 6.1 years.\n")
    assert len(studies_of(text)) == 1


@pytest.mark.parametrize("text", [
    # an average that is the study's follow-up, not a result
    "Where you are treated matters\n\nResearchers analyzed records of nearly 50,000 patients, with an average of "
    "eight years of follow-up, and will report next year.\n",
    # results of a product's sales, not of a study
    "Quarterly update\n\nThe results showed strong demand for our products in Asia.\n",
    # results with a number that no study of the page gave: a poll, sales, an exam, a survey
    "Voters and the health law\n\nThe results showed that 48 percent of voters back the new law.\n",
    "Drugmaker's quarter\n\nIts results showed a 9 percent rise in sales of its heart pills.\n",
    "Nursing exam passed\n\nThe results showed that 91 percent of students passed the exam this year.\n",
    # averages of what people usually do, set against others with "whereas"
    "How much sleep do you need?\n\nAdults sleep an average 7 hours a night, whereas teenagers need closer to 9 "
    "hours, a review in the Journal of Tests noted.\n",
    "Knee surgery explained\n\nAbout 500,000 knees are replaced each year. Researchers examined why some recover "
    "faster. Patients spend an average of three days in hospital, whereas those with diabetes stay longer.\n",
])
def test_an_average_follow_up_or_results_without_a_number_report_none(text):
    assert studies_of(text) == []


def test_a_pooled_analysis_under_its_own_headline_is_a_study():
    # "a … analysis of … showed", a share in words ("by more than half"), a headline about it.
    text = ("Antiviral halves admissions, pooled analysis finds\n\nA pooled analysis of data from nine trials showed "
            "the antiviral cut the risk of hospital admission by more than half in adults with influenza.\n")
    assert len(studies_of(text)) == 1


@pytest.mark.parametrize("text", [
    "Tips for winter\n\nDrinking water lowers the risk of headaches by 20%, many people say.\n",
    # a study cited in passing, not the article's own
    "Five habits for healthy kidneys\n\nDrink more water. A study found that people who drank more water had a 12% "
    "lower risk of kidney stones.\n",
])
def test_a_result_said_of_no_study_of_its_own_is_none(text):
    assert studies_of(text) == []


def test_news_of_a_paper_that_says_what_it_found_is_a_study():
    text = ("测试医院发现狼疮新疗法\n\n该院风湿科团队的临床研究成果发表在国际期刊《测试医学》上。"
            "团队对入组的难治性患者随访最长18个月，结果显示，63%的患者实现完全缓解。\n")
    assert len(studies_of(text)) == 1


def test_studies_in_general_published_somewhere_are_no_study_of_the_page():
    text = ("Weight-loss drugs and the rest of us\n\nRecent studies published in Test Medicine and the Journal of "
            "Tests highlighted that patients lose 15% of their weight, but the price is high.\n")
    assert studies_of(text) == []


def test_paragraphs_that_open_on_a_trial_and_count_its_people_later_are_two_studies():
    text = ("Diabetes news roundup\n\n"
            "Testbio reported results of a phase II trial of mesenchymal precursor cells in type 2 diabetes. The trial "
            "evaluated one infusion or placebo over 12 weeks in 61 patients. HbA1c fell by 0.4% with the highest dose "
            "compared with placebo (p<0.05).\n\n"
            "Pharmaco released results of a phase III trial of insulin glargine U300 in type 2 diabetes. The study "
            "compared U300 with standard glargine in 811 participants; HbA1c fell by 0.57% and 0.56%, respectively.\n")
    studies = studies_of(text)
    assert len(studies) == 2
    assert [i["name"] for i in studies[1]["interventions"]][:1] == ["insulin glargine"]


@pytest.mark.parametrize("text", [
    # the study pointed at from afar, and its result in Chinese numerals
    "喝茶的人有福了\n\n根據一份針對三十萬人的大型研究，這份從一九九八年進行到二○一○年的研究發現，每天喝茶的人死亡機率少了十二%。\n",
    # where it was published (刊於), and what it found
    "研究：接種疫苗 風險減近八成\n\n一項英國資助的研究分析了篩查數據，發現接種疫苗的女性患病機率比未接種者低79%。研究結果刊於最新一期醫學期刊《測試醫學》。\n",
    # a share written "百分之 18" (digits after 百分之)
    "晚睡的人較易失眠\n\n研究者分析了兩萬名護理人員的資料。結果發現,晚睡的人比早睡的人失眠風險高了百分之 18。\n",
])
def test_chinese_news_of_a_study_with_numbers_in_words_or_its_journal(text):
    assert len(studies_of(text)) == 1


BRIEFS = (
    "健康简讯\n\n"
    "《测试心脏杂志》发表分析文章认为，接种流感疫苗者的心血管事件风险较安慰剂组降低了约45%。\n"
    "将在测试神经病学年会上公布的一项报告表明，每日饮用4杯以上甜饮料的受试者抑郁风险较未饮用者高28%。\n"
    "由测试大学的研究人员组成的调查组发现，被动吸烟者患痴呆的风险更高，12%的受试者患上痴呆。\n")


def test_a_page_of_briefs_each_bringing_in_a_study_yields_each():
    assert len(studies_of(BRIEFS)) == 3


def test_the_team_told_already_does_not_start_another_study():
    text = ("港大研究：口服药降低死亡风险\n\n"
            "一项为期5年的研究发现，住院患者早期服用测试药物，死亡风险较未用药者降低约四成。\n\n"
            "研究团队调整数据后，发现服药患者的死亡风险较对照组降低38%。\n")
    assert len(studies_of(text)) == 1


def test_two_trials_of_one_vaccine_in_different_phases_are_two_studies():
    text = ("Vaccine maker reports two trials\n\n"
            "Testvax released interim results of its UK phase III trial and of a phase 2b study in South Africa.\n\n"
            "The UK phase III clinical trial involves more than 14,000 participants aged 18-84 years, and its "
            "preliminary results show an efficacy of 88.1% against COVID-19.\n\n"
            "In the South African phase 2b clinical trial, an efficacy of 51.2% against COVID-19 was seen across the "
            "4,200 trial participants.\n")
    assert [s["phase"] for s in studies_of(text)] == ["3", "2b"]


TWO_TRIALS = (
    "Acupuncture put to the test twice\n\n"
    "Researchers randomised 92 men with chronic prostatitis to true or sham acupuncture for ten weeks. In the true "
    "acupuncture group, 71% responded, compared with 45% in the sham group.\n\n"
    "This trial tested acupuncture for high blood pressure: forty-three volunteers with hypertension were allocated "
    "randomly to acupuncture or sham acupuncture. After eight weeks systolic pressure fell from 137.2 to 123.5 mmHg "
    "with acupuncture.\n")


def test_a_page_that_introduces_two_trials_yields_each():
    studies = studies_of(TWO_TRIALS)
    assert [s["participants"]["enrolled"] for s in studies] == [92, 43]
    assert {c for s in studies for c in s["conditions"]} >= {"hypertension"}


@pytest.mark.parametrize("text", [
    # The same people told again: a subheading's count over the paragraph that enrols them.
    "干细胞治疗心衰的随机试验\n\n八十名患者随机分组 追踪六个月\n\n研究团队共筛选112名患者，最终80名心衰患者纳入试验，"
    "随机分为干细胞组40人和安慰剂组40人。6个月后干细胞组LVEF提高5.1%。\n",
    # A similar drug's earlier trial in the background, then the page's own trial of the drug its headline names.
    "新药伏达肽三期临床试验结果发布\n\n此前一项同类药物研究纳入1879例患者，HbA1c最多下降2.30%。\n\n"
    "研究者共筛查812例患者，最终486例被随机分配至伏达肽组（324例）或安慰剂组（162例）。24周时伏达肽组HbA1c下降1.8%。\n",
])
def test_one_study_told_twice_or_beside_background_is_one(text):
    assert len(studies_of(text)) == 1


def test_one_trial_counted_again_roughly_is_one_study():
    text = ("Semaglutide in kidney disease\n\nThe FLOW trial randomised 3,533 people with chronic kidney disease to "
            "semaglutide or placebo. Kidney events were 24% lower.\n\nIn the trial, about 3,500 people with type 2 "
            "diabetes were randomly assigned in 28 countries. Deaths were 20% lower with semaglutide than with placebo (p=0.01).\n")
    assert len(studies_of(text)) == 1


@pytest.mark.parametrize("text", [
    # News of a study that never says "the study found": researchers, a journal, a count, a result.
    "Night shifts and the heart\n\nNurses who worked nights had more heart disease, researchers reported. Of 18,000 "
    "participants followed for 20 years, those on nights had a 29% higher risk of cardiovascular death.\n",
    "夜班与心脏\n\n这项成果发表在一本心脏病学期刊上。18000名护士中，上夜班者心血管死亡风险升高29%。\n",
])
def test_news_of_a_study_in_the_words_news_use_is_one(text):
    assert len(studies_of(text)) == 1


def test_symptoms_that_appear_in_people_are_no_news_of_a_journal():
    # "appear in children" is not "appeared in JAMA": no journal is named. (The clinic's own count
    # and share, "Of 500 children seen …, 30% had eczema flares", is read as its result; that this
    # page once yielded no study came from "children" being read as a subgroup, which took the
    # share: children are everyone here.)
    text = ("Winter skin care: what dermatologists advise\n\nDry patches often appear in children during the winter "
            "months. Of 500 children seen at one clinic last winter, 30% had eczema flares, and moisturising twice a "
            "day reduced the flares.\n")
    assert all(s["citation"]["journal"] is None for s in studies_of(text))


def test_a_new_study_that_found_a_result_is_the_articles_own_under_any_headline():
    # "A new study found …" is the page's own study, as "The study found …" is, also under a
    # headline that does not name a study; "A study found …" is one cited in passing.
    from ingest.extract import _study_states_a_result
    from ingest.extract.context import Context
    from ingest.read.document import Document

    def states(text):
        return _study_states_a_result(Context(Document(text)))

    assert states("Coffee and a longer life\n\nA new study found that coffee drinkers had a 12% lower risk of death "
                  "than non-drinkers.\n")
    assert not states("Coffee and a longer life\n\nA study found that coffee drinkers had a 12% lower risk of death "
                      "than non-drinkers.\n")


@pytest.mark.parametrize("text", [
    "Drug K lowers HbA1c\n\nIn a randomized trial of 300 adults, HbA1c fell by 1.1% with drug K and 0.2% with placebo.\n\n"
    "A secondary analysis of the trial found that 41% reached an HbA1c below 7%.\n",
    "Drug K lowers HbA1c\n\nIn a randomized trial of 300 adults, HbA1c fell by 1.1% with drug K and 0.2% with placebo.\n\n"
    "Researchers also found that 41% reached an HbA1c below 7%.\n",
    "K药降糖试验\n\n一项随机试验纳入300例患者，K药组糖化血红蛋白下降1.1%，安慰剂组下降0.2%。\n\n"
    "随后研究人员进一步分析发现，41%的患者糖化血红蛋白降至7%以下。\n",
])
def test_more_of_the_same_study_starts_no_other(text):
    assert len(studies_of(text)) == 1


@pytest.mark.parametrize("sentence", ["此外研究发现，喝茶的人死亡风险低12%。", "这些研究发现，喝茶的人死亡风险低12%。",
                                      "该领域的研究发现，喝茶的人死亡风险低12%。"])
def test_research_in_general_is_no_study_of_the_page(sentence):
    assert studies_of(f"喝茶的好处\n\n{sentence}\n") == []


@pytest.mark.parametrize("text", [
    # A journal's labels before a capital, no colon: the results section of a cohort's abstract.
    "Night work and mortality in a nurses' cohort\n\nObjectives This study asks whether night work shortens life.\n\n"
    "Methods We followed 12 400 nurses recruited in 2001 for deaths up to 2020.\n\n"
    "Results Of 11 900 nurses analysed, 830 died; night work was tied to 14% higher mortality.\n",
    # A phase 3 trial whose result is a point reduction on a scale.
    "Drugmaker's schizophrenia pill meets main goal\n\nThe company said its Phase 3 trial met its primary endpoint, with a "
    "7.2-point reduction in the symptom scale total score compared with placebo at Week 5.\n",
    # A phase 1 trial whose result is a volume in mL, in traditional Chinese.
    "幹細胞治療中風一期試驗 梗塞體積縮小\n\n研究團隊完成一期臨床試驗，研究顯示8名受試者在治療後30天內，腦部梗塞體積縮小至0 mL。\n",
])
def test_a_study_whose_result_is_in_points_millilitres_or_an_unlabelled_results_section(text):
    assert len(studies_of(text)) == 1


def test_named_trials_of_a_round_up_paragraph_are_each_a_study():
    # A meeting report that brings in three named trials in one paragraph, each with its own people.
    text = ("Highlights from the spring oncology meeting\n\n"
            "Three randomised trials were presented in the plenary. In ALPHA-1, 240 patients with anaemia were "
            "randomly assigned to drug A or placebo; response was more common with drug A (61.0% versus 30.5%). "
            "In BETAWAVE, 515 patients with resected colon cancer were randomly assigned to chemotherapy with or "
            "without drug B; drug B improved disease-free survival (HR 0.62, 95% CI 0.45-0.85). In GAMMA-3, 498 "
            "adults with severe asthma were randomly assigned to drug C or placebo; drug C reduced exacerbations "
            "(HR 0.80, 95% CI 0.66-0.97).\n")
    found = studies_of(text)
    assert [s["participants"]["enrolled"] for s in found] == [240, 515, 498]
    assert len(found) == 3
    ratios = [[e["value"] for e in s["effects"] if e["type"] == "hazard_ratio"] for s in found]
    assert ratios == [[], [0.62], [0.8]]


def test_a_named_trials_own_results_stay_one_study():
    # One trial, named, telling its people twice: no split.
    text = ("Drug A in anaemia: the ALPHA-1 trial\n\nIn ALPHA-1, 240 patients were randomly assigned to drug A or "
            "placebo. In ALPHA-1, the 240 randomised patients were followed for a year; response was more common "
            "with drug A (61.0% versus 30.5%).\n")
    assert len(studies_of(text)) == 1


def test_subgroups_named_in_capitals_are_no_trials():
    # "In COPD, …; In ASTHMA, …": one trial's subgroups, each with its people, not two trials.
    text = ("Drug A for airway disease: a randomised trial\n\nIn all, 440 patients were randomly assigned to drug A "
            "or placebo. In COPD, 240 patients were randomly assigned; response was more common with drug A (41.0% "
            "versus 30.5%). In ASTHMA, 200 patients were randomly assigned; response was more common with drug A "
            "(52.0% versus 33.5%).\n")
    assert len(studies_of(text)) == 1


def test_a_chinese_digest_of_papers_reports_each():
    # Two papers brought in as such ("一篇论文报道了", "另一篇论文报道了"), each with its own results.
    text = ("上周两项研究成果相继发表\n\n首页 > 健康 > 正文\n\n"
            "《示例医学杂志》的一篇论文报道了降压药甲治疗高血压的随机对照试验结果。该研究纳入420例患者，治疗12周后，"
            "甲药组收缩压平均下降12.5 mmHg，安慰剂组下降4.1 mmHg。\n\n"
            "《示例医学杂志》的另一篇论文报道了二甲双胍用于预防糖尿病的效果。在对超过3000人的研究中，二甲双胍组的糖尿病发生率为"
            "7.8%，对照组为11.0%。\n")
    found = studies_of(text)
    assert len(found) == 2
    assert {i["name"] for s in found for i in s["interventions"]} >= {"metformin"}


def test_a_chinese_news_trial_told_by_its_arms_results():
    # "对N例…进行了随机试验" is whom the trial enrolled; "更快" and "差异" say a result; "瑞德西韦组" is the
    # remdesivir arm, set beside the placebo arm's result though no sentence allocated them.
    text = ("瑞德西韦治疗新冠的临床试验初步结果发表\n\n这项研究对1000例确诊的住院患者进行了随机试验，患者恢复更快。"
            "瑞德西韦组在14天内死亡率为7.2%，安慰剂组为11.5%，差异没有统计学意义。\n")
    (study,) = studies_of(text)
    assert study["participants"]["enrolled"] == 1000
    got = {(m["group"], m["value"]) for m in study["measurements"] if m["measure"] == "mortality"}
    assert got == {("remdesivir", 7.2), ("placebo", 11.5)}


def test_a_large_study_shows_under_a_headline_about_it():
    # "首波大型研究显示…": a study brought in as "the first large study", under a headline about a study.
    text = ("大规模研究首出炉 X疫苗真实效力可达93%\n\n首波大型研究显示，X疫苗效力可达93%。研究人员对120万人进行成效调查，"
            "结果显示，全年龄注射2剂X疫苗的防护力达到93%；注射单剂两周后的效力则为56%。\n")
    assert len(studies_of(text)) == 1


def test_protection_in_chinese_is_a_vaccines_efficacy():
    # "防护力达到93%", "效力则为56%": efficacy words of a vaccine story.
    text = ("大规模研究首出炉 X疫苗真实效力可达93%\n\n首波大型研究显示，X疫苗效力可达93%。研究人员对120万人进行成效调查，"
            "结果显示，全年龄注射2剂X疫苗的防护力达到93%；注射单剂两周后的效力则为56%。\n")
    (study,) = studies_of(text)
    assert {e["value"] for e in study["effects"] if e["type"] == "vaccine_efficacy"} == {93, 56}


def test_another_study_of_the_same_treatment_is_a_study_of_its_own():
    """A Chinese news story telling two trials of one treatment: the first "以五十名…為研究對象,
    分為…組", the second "另一次針對七十二名…,分為…三組", its result in Chinese numerals ("多睡約
    三十五分鐘"). "Another" says it is a second study, though the treatment is the same."""
    text = ("針灸改善睡眠\n\n"
            "研究發現針灸後每晚可增加三十分鐘睡眠。首項研究以五十名長期失眠的成人為研究對象,分為傳統針灸及模擬針灸對照組,每周施針兩次,"
            "持續四星期。兩組人治療後平均每晚多睡三十分鐘。\n\n"
            "另一次針對七十二名失眠的抑鬱症病人,分為傳統針灸、電針及模擬針灸對照組三組,治療四星期後,接受針灸者都比模擬針灸對照組"
            "每晚平均多睡約三十五分鐘。醫生說,兩項研究均顯示針灸對失眠有效。\n")
    got = studies_of(text)
    assert len(got) == 2
    assert [[g["name"] for g in s["groups"] if g["role"] == "arm"] for s in got][0] == ["acupuncture", "sham acupuncture"]


def test_paragraphs_opening_on_one_trial_then_the_other_are_two_studies():
    """"In one study, ALPHA-1, …" then "In the other, ALPHA-2, …": a page that counts no one
    still tells two trials, each opening its own paragraph by its name; each p compares the
    treatment with the placebo its sentence names (not the placebo with its baseline)."""
    text = ("Benralizumab results in COPD\n\n"
            "Drugco announced the results of two phase 3 trials of benralizumab in COPD.\n\n"
            "In one study, ALPHA-1, patients treated with benralizumab had a 21% reduction in the frequency of exacerbations "
            "compared to placebo (p=0.02).\n\n"
            "In the other, ALPHA-2, patients treated with benralizumab had a 9% reduction in the frequency of exacerbations "
            "compared to placebo (p=0.31).\n")
    got = studies_of(text)
    assert [[(e["group"], e["versus"], e["p"]) for e in s["effects"]] for s in got] == [
        [("benralizumab", "placebo", 0.02)], [("benralizumab", "placebo", 0.31)]]


@pytest.mark.parametrize("text", [
    # a phase 1 trial whose result is the survival it gained, in months
    "新藥治療肝癌\n\n本港研發的新藥完成第一期臨床試驗,挑選20位晚期肝癌病人每周服藥一次,病人平均延長4個月壽命。\n",
    # a headline that says what a study found, its numbers in the story
    "港大研究證實:打3針疫苗死亡率大減\n\n港大分析逾百萬份醫療紀錄,打3針後死亡率較只打2針者少逾85%。\n",
])
def test_a_gain_in_months_or_a_headline_of_what_a_study_found(text):
    assert len(studies_of(text)) == 1


def test_an_abstract_that_counts_its_people_and_their_results_is_a_study():
    # (no design word, no p-value, no verb of change: an abstract's heading, its people and their levels)
    text = ("Antibody after a new conjugate vaccine in toddlers\n\nAbstract\nA conjugate vaccine was given once to 41 "
            "toddlers aged 12-23 months. The mean antibody concentrations before and after the dose were 0.21 µg/ml and "
            "5.40 µg/ml. Concentrations were ≥1.0 µg/ml in 36 (88%) of the toddlers.\n")
    assert len(studies_of(text)) == 1


def test_chinese_news_of_a_trial_named_by_its_drug_is_a_study():
    text = ("新药减重效果再创新高\n\n药企公布,其新药 zorbatide 临床试验显示,最高剂量组患者 48 周内平均减重 19.2%,"
            "同时使关节疼痛减轻 41.5%。公司股价当日上涨 2%。\n")
    (s,) = studies_of(text)
    got = {(e["measure"], e["value"]) for e in s["effects"]}
    # (the weight lost, and a measure the vocabulary lacks named as written right before its verb)
    assert ("body weight", -19.2) in got and ("关节疼痛", -41.5) in got


@pytest.mark.parametrize("text", [
    # researchers named by where they work, then what they found, and shares that experienced an outcome
    "Needles for back pain\n\nIn a review of 29 trials with 18,000 patients, researchers at a cancer centre in New York "
    "found that the treatment works. The researchers determined that 50 percent of treated patients experienced pain "
    "relief.\n",
])
def test_a_study_found_by_researchers_named_by_where_they_work(text):
    assert len(studies_of(text)) == 1


@pytest.mark.parametrize("text", [
    # a company's announcement made earlier of the page's own trial: no earlier study
    "某药股价大涨\n\n该公司此前公告称，某药对比化疗治疗晚期肺癌的III期临床试验达到主要终点，疾病进展或死亡风险降低40%。\n",
    # the people enrolled, a result and the study's word, though no sentence counts them as "N名"
    "口服抗病毒药研究\n\n研究共分析了5.4万名感染者的资料。研究结果显示，服用口服药的患者死亡风险比未服药者低76%。\n",
    # a ratio said in times is a measured comparison
    "饮酒与感染风险\n\n这项世代研究纳入3万名成人。研究发现，酗酒者的感染风险为非酗酒者的1.2倍。\n",
    # what a share of an arm reached
    "新型眼药水研究\n\n研究共有766人参与，分为3组。研究显示，1%浓度组近99%的患者达到最佳视力。\n",
    # the years of follow-up ahead of the people enrolled are no future work
    "喝咖啡与寿命\n\n一项大型研究追踪了17万名成年人，结果显示每天喝咖啡的人在未来7年内的死亡风险低30%。\n",
])
def test_chinese_news_of_a_study_told_as_announcements_times_and_follow_up(text):
    assert len(studies_of(text)) == 1


@pytest.mark.parametrize("text", [
    "咖啡的好处\n\n未来研究人员将开展更多试验，验证咖啡能否使风险降低30%。\n",
    "关于临床试验\n\n通常，III期试验纳入1000至3000名受试者，疗效通常要达到统计学显著。\n",
])
def test_future_work_and_trials_in_general_stay_no_study(text):
    assert studies_of(text) == []


@pytest.mark.parametrize("text, enrolled", [
    ("Vitamin D and fractures\n\nThe randomized trial enrolled 1,200 generally healthy adults aged 50 or older. After two "
     "years, fracture rates were 12% lower in the vitamin D group than in the placebo group (p=0.03).\n", 1200),
    ("助眠药研究\n\n该随机对照试验纳入了120名往往难以入睡的失眠患者。结果显示，用药组睡眠时间比安慰剂组多40分钟（P<0.01）。\n", 120),
])
def test_a_word_of_habit_said_of_the_people_keeps_their_enrolment(text, enrolled):
    (study,) = studies_of(text)
    assert study["participants"]["enrolled"] == enrolled


@pytest.mark.parametrize("text", [
    "新药研究启动\n\n该团队将在未来3年内招募5000名患者，评估新药能否使复发风险降低30%。\n",
    "疫苗研究获批\n\n公司表示，未来两年内将入组3000名受试者，预计保护效力达到70%。\n",
    "新药研究计划\n\n公司此前宣布，计划招募800名患者开展研究，目标是使有效率提高20%。\n",
])
def test_a_trial_still_to_be_run_is_no_study_whatever_its_span_or_announcement(text):
    assert studies_of(text) == []


@pytest.mark.parametrize("text", [
    # what the study was of before its verb, a number with its comma in it, a hyphenated length
    "Weighing in on supplements\n\nA five-year study of supplement use in nearly 26,000 participants found that fish oil "
    "reduced heart attack rates by 28 percent.\n",
    # a headline that says what the trial did for its patients
    "Stem cell clinical trial enables stroke patients to walk again\n\nOverall, there was an 11.4 point improvement "
    "in motor function, researchers said.\n",
])
def test_news_of_a_study_said_of_what_it_was_or_what_it_did(text):
    assert len(studies_of(text)) == 1


@pytest.mark.parametrize("text", [
    "Trial helps families plan care\n\nThe programme is open to all families in the region.\n",
    # (a trial of a policy, not a clinical one, and research in general)
    "Government trial cuts waiting lists\n\nWaiting lists fell by 20% in the regions that took part.\n",
    "Research helps farmers cut water use\n\nFarms used 15% less water than the year before.\n",
])
def test_a_headline_verb_of_no_clinical_trial_is_no_study(text):
    assert studies_of(text) == []


def test_a_study_named_with_what_it_was_of_speaks_of_the_articles_study():
    from ingest.extract import STUDY_WORD

    assert STUDY_WORD.search("A five-year study of supplement use in nearly 26,000 participants found that it helped")
    assert not STUDY_WORD.search("A five-year study of supplement use in nearly 26,000 participants is planned")
    assert not STUDY_WORD.search("A study of adults who showed early signs of memory loss is planned")


def test_a_trial_with_its_people_counted_and_its_teams_finding_in_words_is_a_study():
    text = ("自体干细胞治中风\n\n研究团队在为期一年的第二期人体试验中，以自体干细胞注射受损脑区，"
            "成功改善五名中风患者的运动功能。\n")
    assert len(studies_of(text)) == 1


@pytest.mark.parametrize("text", [
    "新药获批临床\n\n该药获批开展II期临床试验，研究团队计划招募60名患者。\n",
    "关于II期试验\n\n通常，II期试验纳入100至300名受试者，研究团队据此评估疗效。\n",
])
def test_a_trial_planned_or_in_general_with_people_counted_is_none(text):
    assert studies_of(text) == []


@pytest.mark.parametrize("text, found", [
    # a paper's title naming it a study, with the people it enrolled (its results cut off)
    ("甲药与乙药治疗急性脑卒中的临床疗效对比研究\n\n方法：选取99例急性缺血性脑卒中患者作为研究对象。\n", 1),
    # a headline about research in general, with a count of people, is none
    ("研究发现喝咖啡的人更长寿\n\n全球约有99万人每天喝咖啡。\n", 0),
])
def test_a_papers_title_naming_it_a_study_with_its_enrolment_is_a_study(text, found):
    assert len(studies_of(text)) == found


@pytest.mark.parametrize("text", [
    # a story whose opening attributes it to a study, its result told as shares compared
    "Fasting diet reverses disease\n\nEating 800 calories a day for two months can reverse the disease, according to a new "
    "British study.\n\nAfter one year, 40 of them (45%) were in remission, compared with just 5% of those on usual care.\n",
    # a headline that says what a study found, its result two shares set "while only" apart
    "Study finds vaccine keeps people out of hospital\n\nThe two groups differed: 30 percent of the patients without the "
    "infection had been vaccinated, while only 15 percent of those with it had.\n",
    # an abstract whose Results count the people it studied, nothing compared
    "Abstract\nMethods\nWe surveyed clinics that sell the treatment.\nResults\nA total of 9,120 patients were identified as "
    "treated. Prices ranged from $500 to $9,000.\n",
    # a story that says whose data it reports: a trial's newly released results
    "New pill eases anxiety\n\nOne dose of the new pill eased anxiety, according to newly released trial data. Patients who "
    "took it scored 20% lower on the anxiety scale than those given a dummy pill.\n",
])
def test_a_story_or_abstract_of_its_own_study_is_one(text):
    assert len(studies_of(text)) == 1


@pytest.mark.parametrize("text", [
    # a study "according to" which nothing was measured: advice
    "Sleep well\n\nAccording to a new survey study, adults should sleep seven hours.\n\nTry to go to bed at the same time.\n",
    # Results counting people, on a page that is no abstract
    "Clinic news\n\nResults\nA total of 300 patients visited the clinic last year.\n",
])
def test_no_study_from_an_opening_or_a_count_alone(text):
    assert studies_of(text) == []


def test_trials_a_summary_brings_in_one_per_paragraph_by_whom_each_included_are_studies_of_their_own():
    text = ("Treating glue ear in children\n\n"
            "A trial included children with ear infection and compared amoxicillin (n=160) with placebo (n=150). The fluid "
            "cleared in a median of 20 days with amoxicillin and 29 days with placebo (p = 0.01).\n"
            "Another RCT2 included a total of 84 children. Children received azithromycin or a placebo for 7 days. On day 14, "
            "69% of children on azithromycin and 38% on placebo had normal findings.\n"
            "Third study3 included 90 children with ear infection. Children received cefuroxime or amoxicillin for 10 days. "
            "The cure rate was 60% with cefuroxime and 55% with amoxicillin (p = 0.4).\n")
    assert [s["participants"].get("enrolled") for s in studies_of(text)][-2:] == [84, 90]


@pytest.mark.parametrize("text", [
    "Hospital to expand heart unit\n\nThe hospital will add 40 beds, according to the research director. "
    "Admissions rose 15% last year, compared with 8% the year before.\n",
    "Flu season is here\n\nFlu cases are rising, according to the study group at the health ministry. About 30% of "
    "adults were vaccinated last year, while only 20% of children were.\n",
    "New pill approved\n\nThe agency approved the pill on Monday, according to an analysis of agency documents by a "
    "news agency. Shares rose 12% while only 3% of analysts had expected it.\n",
])
def test_according_to_a_director_a_group_or_documents_is_no_study(text):
    assert studies_of(text) == []


# A doctor's page listing a drug's trials, each in a paragraph headed by its name and a colon.
NAMED_TRIALS_ZH = """甲肽的关键研究

ALPHA 1研究：这项为期52周的双盲、安慰剂对照III期临床试验显示，与安慰剂相比，甲肽组体重平均减轻12.0%，安慰剂组减轻2.0%（P<0.001）。
ALPHA 3研究：该研究显示，在初始16周甲肽治疗后，继续治疗至52周的患者体重维持良好，而换用安慰剂的患者体重回升5.5%。
ALPHA 9研究：结果显示，在第40周时，甲肽组受试者体重减少10.1%，安慰剂组减少1.9%（P<0.001）。
"""


def test_paragraphs_headed_by_trial_names_are_a_study_each():
    found = studies_of(NAMED_TRIALS_ZH)
    # (a second paragraph of the same treatment is still another trial: its name says so)
    assert len(found) == 3
    values = [{e["value"] for e in s["effects"] if e["value"] is not None} for s in found]
    assert {-12.0, -2.0} <= values[0] and {-10.1, -1.9} <= values[2] and not values[0] & values[2]


def test_a_placebo_controlled_design_names_no_control_arm():
    (s,) = studies_of(NAMED_TRIALS_ZH.split("ALPHA 3")[0])
    assert "control" not in {g["name"] for g in s["groups"]}
    assert {(e["group"], e["value"]) for e in s["effects"]} >= {("甲肽", -12.0), ("placebo", -2.0)}


def test_an_arm_set_against_placebo_takes_the_first_of_a_vs_pair():
    text = ("甲肽治疗湿疹的随机对照试验\n\n这项双盲、安慰剂对照试验纳入240例患者。与安慰剂相比，甲肽组的缓解率为60.5% vs 30.2%"
            "（P<0.001）。此外，甲肽组减重5%或以上的比例更高，15%或以上的比例亦然（两项比较均P<0.001）。\n")
    (s,) = studies_of(text)
    assert {(m["group"], m["value"]) for m in s["measurements"] if m["stat"] == "percent"} >= {("甲肽", 60.5), ("placebo", 30.2)}
    # (a bound is no measure's name: "或以上")
    assert not any("以上" == (e["measure"] or "").lstrip("或及") for e in s["effects"])


def test_the_arm_set_against_placebo_is_the_first_of_a_vs_pair_in_a_subgroup_too():
    text = ("甲药治疗湿疹的随机对照试验\n\n这项双盲、安慰剂对照试验纳入240例患者，随机接受甲药或安慰剂治疗16周。与安慰剂相比，"
            "重度湿疹亚组的缓解率为55.0% vs 28.0%（P<0.01）。\n")
    (s,) = studies_of(text)
    got = {(m["group"], m["value"]) for m in s["measurements"]}
    assert ("placebo", 55.0) not in got and ("placebo", 28.0) in got


@pytest.mark.parametrize("text", [
    # A wire headline that names its source last, the result in words and as rates per so many people.
    "Flu shot halves hospital stays: study\n\nVaccinated seniors were half as likely to be admitted than "
    "unvaccinated ones in a new study.\n\nAbout four out of every 1,000 vaccinated seniors were admitted each winter. "
    "In comparison, nine of every 1,000 who were not vaccinated were admitted.\n",
    # A result said of a study by the people it took, under a headline about something else.
    "A photo of a pharmacy shelf\n\nThe pill reduced the number of migraine days by 31% in a study of nearly 2,400 adults, "
    "doctors said at a meeting in Boston.\n",
])
def test_news_of_one_study_told_in_wire_style_is_a_study(text):
    assert len(studies_of(text)) == 1


@pytest.mark.parametrize("text", [
    # The headline names a study, but the page states no result of one.
    "Coffee and your heart: study\n\nMany people drink coffee every morning. Doctors advise moderation.\n",
    # A study of so many people, nothing measured: a plan.
    "Trial to start in spring\n\nThe drug will be tested in a study of 2,000 adults, the company said.\n",
])
def test_a_study_named_without_a_result_is_no_study(text):
    assert studies_of(text) == []


def test_the_people_of_a_study_are_no_value_of_its_outcome():
    text = "A photo of a pharmacy shelf\n\nMigraine days fell in a study of 2,400 adults, doctors said.\n"
    assert all(m["value"] != 2400 for study in studies_of(text) for m in study["measurements"])
    text = ("A photo of a pharmacy shelf\n\nThe pill reduced migraine days by 31% in a study of nearly 2,400 adults, "
            "doctors said.\n")
    (study,) = studies_of(text)
    assert [m for m in study["measurements"] if m["value"] == 2400] == []


def test_people_a_rate_is_per_are_no_arm_size():
    text = ("Flu shot halves hospital stays: study\n\nVaccinated seniors were half as likely to be admitted than "
            "unvaccinated ones in a new study.\n\nAbout four out of every 1,000 vaccinated seniors were admitted each "
            "winter. In comparison, nine of every 1,000 unvaccinated seniors were admitted.\n")
    (study,) = studies_of(text)
    assert all(g.get("n") != 1000 for g in study["groups"])
    assert (study.get("participants") or {}).get("enrolled") != 1000


@pytest.mark.parametrize("title", ["Tutorial about odds ratios", "How to read a forest plot",
                                   "Understanding the Basics of Survival Curves", "Item 12 - Statistical methods",
                                   "Trial reporting advice: hazard ratios"])
def test_a_lesson_in_reading_trials_is_no_study_whatever_its_example(title):
    text = (f"{title}\n\nImagine a randomized trial of 400 adults given drug A or placebo. Median survival was 24 months "
            "with drug A and 19 months with placebo (hazard ratio 0.75, 95% CI 0.60 to 0.94; P = 0.01).\n")
    assert studies_of(text) == []


def test_news_of_a_study_explained_is_still_a_study():
    text = ("Early vaccine results explained\n\nIn a randomized trial of 30,000 adults, the vaccine was 94% effective "
            "against symptomatic disease compared with placebo.\n")
    assert len(studies_of(text)) == 1


@pytest.mark.parametrize("text", [
    "新藥研究成果發表\n\n某藥企自主研發的降糖新藥完成III期臨床研究。研究表明，該藥能夠持續降低患者的糖化血紅蛋白，顯著降低餐後兩小時血糖。\n",
    "新药研究成果发表\n\n某药企自主研发的降糖新药完成III期临床研究，结果显示两组差异有统计学意义。\n",
])
def test_a_phase_three_trial_whose_result_is_said_in_words_is_a_study(text):
    assert len(studies_of(text)) == 1


def test_a_phase_in_passing_without_a_result_is_no_study():
    text = "新药进展\n\n该药目前正在进行III期临床研究，预计明年公布结果。\n"
    assert studies_of(text) == []


@pytest.mark.parametrize("text", [
    # an explainer of trial phases: rough sizes ("数十至百名", "数千至数万名") and what a trial must show
    "新药的临床试验通常分为三期。1、Ⅰ期临床试验 该阶段主要评估安全性，通常纳入数十至百名健康志愿者。"
    "2、Ⅲ期临床试验 需纳入数千至数万名受试者进行随机对照试验，对照组使用安慰剂，最终数据需达到统计学显著性差异方可获批。",
    # a glossary's definition of a design
    "A systematic review that uses quantitative methods to summarise the results.\n\n"
    "A meta-analysis is where we pool all the information we have from a number of similar studies. "
    "Any meta-analysis must have enough events to make sense.",
])
def test_explainers_of_designs_and_phases_report_no_study(text):
    assert extract(read_bytes(text.encode("utf-8"), path="page.txt")).to_json()["studies"] == []


def test_a_structured_abstract_of_its_own_people_whose_results_are_in_words():
    text = ("Abstract\n\nObjective: To study how one measurement of blood pressure relates to strokes over decades.\n\n"
            "Design and methods: Blood pressure was measured once in 1480 stroke-free women aged 45-60 of a rural cohort. "
            "During 30 years of follow up 190 women had a stroke.\n\n"
            "Results: The hazard curves rose steadily with blood pressure and were nearly straight.\n\n"
            "Conclusion: One measurement keeps its relation with strokes for decades.\n")
    assert len(studies_of(text)) == 1


def test_a_trial_in_the_headline_over_how_many_of_its_patients_gained():
    text = ("Early results from four patients in a small trial of a nerve-cell graft show that three of them "
            "experienced gains in feeling, the company said.\n"
            "The company said the grafts were well tolerated.\nSee the rest here:\n"
            "3 of 4 patients regain feeling in nerve graft trial\n")
    assert len(studies_of(text)) == 1
