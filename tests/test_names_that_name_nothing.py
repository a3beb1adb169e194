"""A number's outcome is named by words that name an outcome: never a section's heading
("摘要", "研究方法"), a word for a number or a share of anything ("数值", "这一比例", "HR值"),
or a dateline. Where nothing better names it, the number is not stored."""

import pytest

from ingest.extract import extract
from ingest.extract.outcomes import NOT_A_NAME
from ingest.read.document import Document


def names(text: str) -> set[str]:
    studies = extract(Document(text=text, path="x.txt", sha256="0")).to_json()["studies"]
    return {x["measure"] for s in studies for kind in ("measurements", "effects") for x in s[kind]}


def test_a_word_for_the_share_is_no_outcome():
    # "对照组这一比例仅为30.1%": the share of what the sentence named first, not "this share".
    found = names("干细胞治疗糖尿病的随机对照试验\n治疗组62%的患者在3个月内达到HbA1c<7%的标准，对照组这一比例仅为30.1%。")
    assert "这一比例" not in found, found


@pytest.mark.parametrize("name", ["摘要", "研究方法", "Meta分析结果", "结果", "數值", "这一比例", "HR值", "尽管HR值", "随着睡眠时间",
                                  "以上的患者群体中", "中国时间 16"])
def test_names_of_nothing(name):
    assert NOT_A_NAME.search(name)


@pytest.mark.parametrize("name", ["总有效率", "不良反应发生率", "方法学质量评分", "结果满意率", "HbA1c", "平均动脉压", "生存率",
                                  "visual analogue scale pain", "随访率"])
def test_names_of_outcomes_are_kept(name):
    assert not NOT_A_NAME.search(name)


def test_whose_side_a_result_is_on_is_no_outcome():
    found = names("Drug K in stroke: a randomised trial\nIn a double-blind trial, 2500 patients were randomised to drug K "
                  "or placebo. Survival curves showed a 33% benefit in favour of the drug K group (p less than 0.001).")
    assert not {n for n in found if n.lower().startswith(("favour", "favor"))}, found
