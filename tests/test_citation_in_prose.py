"""Where news and pages name the paper in their prose or their lines: a journal quoted in 「」
or 〈〉 by Taiwan's and Hong Kong's papers, a Chinese journal named without brackets, a
reference written inside a sentence, a Chinese journal page's volume and source lines, a
labelled author list, "X et al.", a first author named with a degree. Written for this test
(no text from ../shared): the journals and people are invented."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

RESULT = "共纳入120例患者，HbA1c由8.1±0.9降至7.2±0.8（P<0.001）。\n"
RESULT_EN = "In all, 120 adults were randomized; HbA1c fell from 8.1 ± 0.9 to 7.2 ± 0.8 with drug K (P < 0.001).\n"


def citation(text: str) -> dict:
    studies = extract(read_bytes(text.encode("utf-8"), path="page.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]["citation"]


@pytest.mark.parametrize("sentence, journal", [
    ("研究成果刊載於十八日的「測試心臟期刊」網路版。", "測試心臟期刊"),
    ("上述研究成果已發表於〈測試醫學期刊〉(TMJ)。", "TMJ"),
    ("研究成果登上國際期刊「Testology（測試學）」。", "Testology"),
    ("研究成果近日刊登於國際頂尖期刊「測試醫學會雜誌子刊」Test Network Open。", "Test Network Open"),
    ("並將其結果發表在營養測試學雜誌上。", "營養測試學雜誌"),
    ("研究发表于中华测试杂志2023年第5期。", "中华测试杂志"),
])
def test_a_journal_named_in_a_chinese_sentence(sentence, journal):
    assert citation(f"K药试验\n{sentence}{RESULT}")["journal"] == journal


@pytest.mark.parametrize("sentence", [
    "研究团队发表了「一项关于K药的大型研究」。",  # a quoted title, not a journal
    "研究结果发表于国际顶级期刊，引起关注。",  # what kind of journal, not which
    "该研究在ASCO上发表。",
    "此前有研究在Nature发表。",
])
def test_no_journal_from_a_title_a_description_a_meeting_or_other_work(sentence):
    assert citation(f"K药试验\n{sentence}{RESULT}")["journal"] is None


@pytest.mark.parametrize("reference, journal, year", [
    ("Researchers say drug K deserves trials (Testing 2013;119:555-62).", "Testing", 2013),
    ("The effect held at a year. (Ann Test Med,Dec 2004; 141: 901-910.)", "Ann Test Med", 2004),
    ("O Tester et al. NTJM 2021; 385:1091-1103", "NTJM", 2021),
    ("Vaccine efficacy 94.8% New Test J Med 383, 2603–2615 (2020)", "New Test J Med", 2020),
])
def test_a_reference_written_inside_the_text(reference, journal, year):
    c = citation(f"Drug K for diabetes\n{RESULT_EN}{reference}\n")
    assert (c["journal"], c["year"]) == (journal, year)


def test_a_page_citing_several_papers_inline_names_none_of_them():
    text = (f"Drug K for diabetes\n{RESULT_EN}Earlier work agreed (Testing 2013;119:555-62) and so did another "
            "trial (Ann Test Med 2004;141:901-910).\n")
    assert citation(text)["journal"] is None


@pytest.mark.parametrize("lines, journal, year", [
    ("中华测试卫生  2019, Vol. 35 Issue (8): 986-991   PDF", "中华测试卫生", 2019),
    ("《中国测试理论与实践》 ›› 2007, Vol. 13 ›› Issue (07): 656-657.", "中国测试理论与实践", 2007),
    ("来源:中西医测试心脑血管病杂志, 2023, 21(12): 2150-2160.", "中西医测试心脑血管病杂志", 2023),
    ("出处\n《测试中医》\n2008年第10期1495-1496,共2页", "测试中医", 2008),
])
def test_a_chinese_journal_pages_own_lines(lines, journal, year):
    c = citation(f"K药治疗糖尿病的临床观察\n{lines}\n{RESULT}")
    assert (c["journal"], c["year"]) == (journal, year)


@pytest.mark.parametrize("lines, first", [
    ("Author: Tamm, Wenying, Zhu, Dalong", "Tamm"),
    ("作者\nYijun Lo,Zhifeng Cheng", "Lo"),
    ("by Jorgensson JT, Karlsen S, Stayner L", "Jorgensson"),
    ("List of authors.\n  • Ronen Arbelo, Ph.D.,\n  • Yael Sagy, Ph.D.,", "Arbelo"),
    ("作者:张淼淼; 欧阳嘉; 郗瑞*", "张淼淼"),
])
def test_a_labelled_author_list(lines, first):
    assert citation(f"Drug K for diabetes\n{lines}\n{RESULT_EN}")["first_author"] == first


@pytest.mark.parametrize("reference, first", [
    ("Original source: Aaron S. Kellerman et al. A Randomized Trial of Drug K.", "Kellerman"),
    ("Reference\nJose M Castellanos, Stuart J Pocockson, Deepak L Bhattar et al. Drug K in Diabetes.", "Castellanos"),
    ("Devinskyi O, Crosse H, Lauxe L, et al.\nNew Test Journal of Medicine 2017;376(21):2011-2020.", "Devinskyi"),
])
def test_the_first_of_the_authors_before_et_al(reference, first):
    assert citation(f"Drug K for diabetes\n{RESULT_EN}{reference}\n")["first_author"] == first


def test_a_table_of_trials_names_no_one_first_author():
    text = (f"Drug K for diabetes\n{RESULT_EN}Trial | Authors\nALPHA | Packerson et al. [23]\n"
            "BETA | Pieskeman et al. [14]\n")
    assert citation(text)["first_author"] is None


def test_a_first_author_named_with_a_degree_and_where_they_work():
    text = ("Drug K helps adults with diabetes\nTUESDAY (Test News) -- Drug K lowers blood sugar.\n"
            "Thomas A. Waddington, Ph.D., from the Test School of Medicine in Philadelphia, and colleagues randomly "
            f"assigned 120 adults to drug K or placebo.\n{RESULT_EN}")
    assert citation(text)["first_author"] == "Waddington"


@pytest.mark.parametrize("sentence, journal", [
    ("A study in the Journal of the Test Medical Association shows that speed matters.", "Journal of the Test Medical Association"),
    ("Research in the journal Testology found that drug K helped.", "Testology"),
    ("A study in Denmark found that drug K helped.", None),  # a place, no journal
])
def test_a_study_in_a_journal(sentence, journal):
    assert citation(f"Drug K for diabetes\n{sentence} {RESULT_EN}")["journal"] == journal


def test_news_of_a_paper_whose_shares_are_written_in_words_is_a_study():
    text = ("The true impact of early treatment\nA study in the Journal of the Test Medical Association shows that "
            "every minute counts. Reviewing records of almost 60,000 stroke patients at nearly 1,400 hospitals, experts "
            "found that for every 15 minutes sooner that a patient gets treatment there is a four-percent reduction of "
            "the risk of death.\n")
    c = citation(text)
    assert c["journal"] == "Journal of the Test Medical Association"
    studies = extract(read_bytes(text.encode("utf-8"), path="page.txt")).to_json()["studies"]
    assert [s["design"] for s in studies] == ["cohort"]


@pytest.mark.parametrize("text, journal", [
    ("Drug K for diabetes\nLecture: Monday, November 17, 2008; 12:00-1:00pm\n" + RESULT_EN, None),  # a date, no reference
    # a reference cited as background, early, is not the page's own paper
    ("Drug K for diabetes\nObesity rates have tripled (Testing 2016;387:1377-96). Now a new trial shows more. " + RESULT_EN
     + "The authors said more work is needed. " * 8, None),
    ("K药试验\n来源：新华网 2023-05-01\n" + RESULT, None),  # a news source, no journal
    ("K药试验\n登革熱疫苗「Qdenga」已在多國上市。" + RESULT, None),  # 登 inside a word
    ("K药试验\n院長發表「AI醫療白皮書」。" + RESULT, None),  # a title, no journal
    ("K药试验\n研究成果发表于今年的中华测试病杂志。" + RESULT, "中华测试病杂志"),  # without its time word
    ("Drug K for diabetes\nA study in Test Internal Medicine Monday found more. " + RESULT_EN, None),
    ("Drug K for diabetes\nA study in JAMA Test Medicine Monday found more. " + RESULT_EN, "JAMA Test Medicine"),
    ("Drug K for diabetes\nA study in the Journal of the American Academy of Child and Adolescent Testing found more. " + RESULT_EN,
     "Journal of the American Academy of Child and Adolescent Testing"),
])
def test_no_journal_from_dates_background_sources_or_titles(text, journal):
    assert citation(text)["journal"] == journal


@pytest.mark.parametrize("text", [
    "Drug K for diabetes\nAn earlier study by Smitherson et al. found no benefit. " + RESULT_EN,
    "Drug K for diabetes\n" + RESULT_EN + "See related commentary by Pinatoson et al.\n",
    "Drug K for diabetes\n" + RESULT_EN + "Drug K works, said Jane Doerson, M.D., of Test Hospital, who was not involved.\n",
    "Drug K for diabetes\nBy December, all 120 adults had been randomized.\n" + RESULT_EN,
    "Drug K for diabetes\nBy Emily Bryerson, DO, resident physician\n" + RESULT_EN,
    "Drug K for diabetes\nAuthor: Jane Bloggerson, health editor\n" + RESULT_EN,
])
def test_no_first_author_from_other_papers_commentators_dates_or_writers(text):
    assert citation(text)["first_author"] is None


@pytest.mark.parametrize("text, journal", [
    ("Drug K for diabetes\n" + RESULT_EN + "The team will say more. " * 6 + "\nPosted Sunday, March 3, 2024; 12:00\n", None),
    ("Drug K for diabetes\n" + RESULT_EN + "The team will say more. " * 6 + "\nGrand Rounds 2024; 3:15 pm\n", None),
    ("Drug K for diabetes\nA study in the Journal of Test Medicine This week found more. " + RESULT_EN, "Journal of Test Medicine"),
    ("K药试验\n来源：中国测试医学 2023, 21(12): 2150\n" + RESULT, "中国测试医学"),
    ("K药试验\n出处：中华测试病学报 2023年第5期\n" + RESULT, "中华测试病学报"),
    ("K药试验\n研究发表在今年的相关期刊上。" + RESULT, None),
    ("K药试验\n研究团队发表「Long COVID」研究。" + RESULT, None),
    ("K药试验\n院方发表「精準醫學」白皮書。" + RESULT, None),
])
def test_dates_descriptions_and_quoted_names_that_are_no_journals(text, journal):
    assert citation(text)["journal"] == journal


@pytest.mark.parametrize("text, first", [
    ("Drug K for diabetes\nAuthor: Jane Bloggerson, Health Editor\n" + RESULT_EN, None),
    ("Drug K for diabetes\nBY JANE BLOGGERSON, JOHN ROESTON\n" + RESULT_EN, None),
    ("Drug K for diabetes\nJane Doerson, M.D., of Test University and colleagues randomly assigned 120 adults.\n" + RESULT_EN,
     "Doerson"),
    ("Drug K for diabetes\n" + RESULT_EN + "In patients with prior stroke, Smitherson et al. found the same.\n", "Smitherson"),
    ("Drug K for diabetes\n" + RESULT_EN + "In a related editorial, Pinatoson et al. wrote more.\n", None),
])
def test_first_authors_writers_and_editorials(text, first):
    assert citation(text)["first_author"] == first
