"""Medians and means a page states in words ("中位數整體存活期為12.6個月"), as Taiwan's news and
announcements name them, with an English gloss in brackets after the name; none given to
everyone when the sentence speaks of an arm nobody recognised.

Every article here is written for this test (no text from ../shared).
"""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def measurements_of(text: str) -> set[tuple]:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return {(m["measure"], m["group"], m["stat"], m["value"]) for m in studies[0]["measurements"]}


@pytest.mark.parametrize("text, expected", [
    # Taiwan's words for overall survival
    ("測試藥一期臨床試驗結果公布\n一期臨床試驗收治24名肝癌患者。中位數整體存活期為10.2個月。\n",
     {("overall survival", "all", "median", 10.2)}),
    ("测试药一期临床试验结果公布\n一期临床试验收治24名肝癌患者。中位总存活期为10.2个月。\n",
     {("overall survival", "all", "median", 10.2)}),
    # a numbered list of results, each name with its English gloss in brackets
    ("測試藥一期臨床試驗結果公布\n一期臨床試驗收治24名肝癌患者,結果如下:\n"
     "(1)中位數疾病無惡化存活期(Median PFS):4.1個月(主要評估指標)\n"
     "(2)中位數整體存活期(Median OS):10.2個月(次要評估指標)\n",
     {("progression-free survival", "all", "median", 4.1), ("overall survival", "all", "median", 10.2)}),
])
def test_taiwans_survival_words_and_glossed_names(text, expected):
    assert expected <= measurements_of(text)


def test_a_median_of_an_arm_no_reader_knew_is_no_one_elses():
    # (the arms are "上午組" and "下午組", no names the readers know: the median is neither everyone's)
    text = ("晨間用藥或更有效\n一項隨機對照試驗納入210名肺癌患者。總生存期方面，上午組患者的中位數為28.1個月，"
            "亦較下午組的16.2個月為高。\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert not any(m["group"] == "all" for s in studies for m in s["measurements"])
