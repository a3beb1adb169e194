"""What stands next to a name is no part of it: a table row's first count glued to its label
("All-cause mortality32 (17.3%)49 (27.1%)…"), a review's count of papers before a Chinese
outcome ("有3篇文献对兼症消失率进行统计"), a time after an arm's name ("用药组2年生存率", two years,
never an arm of 2 people).

Every article here is written for this test (no text from ../shared).
"""

from ingest.extract import extract
from ingest.read import read_bytes


def study_of(text: str) -> dict:
    studies = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]


def test_a_rows_first_count_glued_to_its_label_is_no_part_of_the_outcome():
    text = ("Drug K in heart failure: a randomized placebo-controlled trial\n\nTable 2\n\nClinical events\n\n"
            "Drug K Group (n = 185)Placebo Group (n = 181)RR95% CIp Value\n"
            "All-cause mortality32 (17.3%)49 (27.1%)0.670.42–1.060.017\n"
            "Cardiovascular deaths29 (15.7%)40 (22.1%)0.760.46–1.240.074\n")
    names = {m["measure"] for m in study_of(text)["measurements"]}
    assert names and not any(any(c.isdigit() for c in n) or "(" in n for n in names), names


def test_a_reviews_count_of_papers_is_no_part_of_the_outcome():
    text = ("连花清瘟治疗新冠肺炎的Meta分析\n\n方法 检索随机对照试验。结果 共纳入5项研究。"
            "有3篇文献对兼症消失率进行统计[RR=1.36,95%CI(1.28,1.67),P<0.05]。\n")
    assert [e["measure"] for e in study_of(text)["effects"] if e["value"] == 1.36] == ["兼症消失率"]


def test_a_time_after_an_arms_name_is_no_arms_size():
    text = ("某药治疗肺癌的随机对照试验\n\n方法 将378例患者随机分为用药组和安慰剂组。"
            "结果 用药组2年生存率为47.1%,安慰剂组2年生存率为35.2%。\n")
    assert all(g["n"] != 2 for g in study_of(text)["groups"])
