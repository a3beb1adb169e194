"""The condition studied is the one its people had ("adults with obesity", "2型糖尿病患者"),
not an outcome the headline or the results name ("heart attacks", "卒中发生率"); without
such a statement, the headline's condition, else the one named most.

Every article here is written for this test, in its own words.
"""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def conditions_of(text: str) -> list[str]:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]["conditions"]


@pytest.mark.parametrize("text, condition", [
    ("Weight-loss drug cuts heart attacks by a fifth\n\nIn a randomized trial of 17,000 adults with obesity, drug K "
     "lowered the risk of myocardial infarction by 20% compared with placebo (hazard ratio 0.80; P < 0.001).\n",
     "obesity"),
    ("新药降低卒中风险\n\n这项随机对照试验纳入2400例2型糖尿病患者，K药组卒中发生率为2.1%，安慰剂组为3.0%（P=0.02）。\n",
     "type 2 diabetes"),
])
def test_the_condition_of_the_people_studied_not_the_outcome(text, condition):
    assert conditions_of(text) == [condition]


def test_the_headlines_condition_when_no_sentence_says_whose():
    text = ("Acupuncture eases migraine, trial finds\n\nIn a randomized trial, 120 volunteers received acupuncture "
            "or sham; headache days fell by 3.1 and 1.2 days (P = 0.01).\n")
    assert conditions_of(text) == ["migraine"]
