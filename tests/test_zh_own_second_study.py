"""Chinese news of two studies by one team: "团队完成了两项研究" then "另一项研究涵盖…" is the page's
own second study, not another team's work; a result said "高出约25%" is a result; and a verdict of
older people against younger ("此风险在55岁以上患者中尤为显著") is no comparison of the arms.

Every article here is written for this test, in its own words.
"""

from ingest.extract import extract
from ingest.extract.context import Context
from ingest.read import read_bytes

PAGE = ("本地大学医学院研究团队运用全港大数据，完成了两项具影响力的研究，成果分别发表于两本精神医学期刊。\n\n"
        "研究团队分析逾六万名初次用药女性的数据，发现长期使用甲类药物者患某癌症的发生率较使用乙类药物者高出近一倍。\n\n"
        "另一项研究涵盖超过九千名本港患者，结果显示使用丙药的患者发生各类感染的风险，比使用丁药的患者高出约30%。"
        "此风险在60岁以上年长患者中尤为显著，其每年因感染就医的频率明显高于年轻患者。\n")


def test_the_teams_second_study_is_its_own():
    ctx = Context(read_bytes(PAGE.encode("utf-8"), path="news.txt"))
    second = next(s for s in ctx.sentences if s.text.startswith("另一项研究"))
    assert not ctx.is_other_work(second)


def test_another_teams_study_is_still_other_work():
    ctx = Context(read_bytes("本研究纳入300名患者。另一项研究纳入40例患者，结果相似。".encode(), path="news.txt"))
    assert ctx.is_other_work(next(s for s in ctx.sentences if s.text.startswith("另一项")))


def test_the_page_reports_a_study_and_no_verdict_of_older_against_younger():
    studies = extract(read_bytes(PAGE.encode("utf-8"), path="news.txt")).to_json()["studies"]
    assert studies, "a page of two studies with results reports a study"
    assert not [e for s in studies for e in s["effects"] if "尤为显著" in (e["quote"] or "")]
