"""A page that is a table of results reports a study, though it says nothing in prose: a
"Table N" (表N) caption and rows of intervals, p-values, ratios or shares. A table of doses,
prices or contents does not. Every page here is written for this test."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def studies(text: str) -> list[dict]:
    return extract(read_bytes(text.encode("utf-8"), path="page.txt")).to_json()["studies"]


RESULTS_TABLE = """Table 3.
Hazard ratios for stroke by tertile of daily walking
Tertile 1 | Tertile 2 | Tertile 3 | P for trend
Events, n | 212 | 180 | 151 |
Model 1 | 1 | 0.84 (0.70, 1.01) | 0.71 (0.58, 0.87) | 0.001
Model 2 | 1 | 0.88 (0.73, 1.06) | 0.77 (0.63, 0.95) | 0.012
Model 3 | 1 | 0.90 (0.74, 1.09) | 0.80 (0.65, 0.99) | 0.034
Women | 1 | 0.86 (0.66, 1.12) | 0.74 (0.55, 0.99) | 0.041
Men | 1 | 0.91 (0.70, 1.18) | 0.83 (0.62, 1.10) | 0.21
"""

ZH_RESULTS_TABLE = """表2 两组患者治疗效果比较
项目 观察组(n=60) 对照组(n=58) χ2 P
显效 例(%) 28(46.7) 17(29.3) 3.76 0.052
有效 例(%) 24(40.0) 22(37.9) 0.05 0.818
无效 例(%) 8(13.3) 19(32.8) 6.45 0.011
总有效率 例(%) 52(86.7) 39(67.2) 6.45 0.011
不良反应 例(%) 5(8.3) 6(10.3) 0.14 0.709
"""

DOSING_TABLE = """Table 1. Recommended dose by body weight
Body weight | Dose | Doses per day
10 to 15 kg | 30 mg | 2
15 to 23 kg | 45 mg | 2
23 to 40 kg | 60 mg | 2
over 40 kg | 75 mg | 2
Adults | 75 mg | 2
"""


@pytest.mark.parametrize("page", [RESULTS_TABLE, ZH_RESULTS_TABLE])
def test_a_table_of_results_reports_a_study(page):
    assert len(studies(page)) == 1


def test_a_table_of_doses_reports_none():
    assert studies(DOSING_TABLE) == []


def test_a_chinese_table_of_counts_and_shares_names_the_studys_own_arms():
    # "28(46.7)" under "例(%)" is 28 people, 46.7%: no mean of 28; its columns are the arms the
    # study's groups name, not groups "观察" and "对照" of their own.
    (s,) = studies(ZH_RESULTS_TABLE)
    arms = {g["name"] for g in s["groups"] if g["role"] == "arm"}
    rows = {(m["measure"], m["group"], m["value"], m["stat"], m["n"]) for m in s["measurements"]}
    assert {m[1] for m in rows} == arms
    assert ("total effective rate", "control", 67.2, "percent", 39) in rows
    assert not [m for m in rows if m[3] == "mean"]
