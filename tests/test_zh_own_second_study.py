"""Chinese news of a cohort: a result said "高出约30%" is a result, and a verdict of older people
against younger ("此风险在60岁以上患者中尤为显著") is no comparison of the arms. Another team's study
("另一项研究纳入40例患者") stays other work.

Every article here is written for this test, in its own words.
"""

from ingest.extract import extract
from ingest.extract.context import Context
from ingest.read import read_bytes

PAGE = ("本地大学医学院研究团队运用全港大数据完成了一项研究，成果发表于精神医学期刊。\n\n"
        "研究涵盖超过九千名本港患者，结果显示使用丙药的患者发生各类感染的风险，比使用丁药的患者高出约30%。"
        "此风险在60岁以上年长患者中尤为显著，其每年因感染就医的频率明显高于年轻患者。\n")


def test_another_teams_study_is_other_work():
    ctx = Context(read_bytes("本研究纳入300名患者。另一项研究纳入40例患者，结果相似。".encode(), path="news.txt"))
    assert ctx.is_other_work(next(s for s in ctx.sentences if s.text.startswith("另一项")))


def test_the_page_reports_a_study_and_no_verdict_of_older_against_younger():
    studies = extract(read_bytes(PAGE.encode(), path="news.txt")).to_json()["studies"]
    assert studies, "a cohort with a result 高出约30% reports a study"
    assert not [e for s in studies for e in s["effects"] if "尤为显著" in (e["quote"] or "")]
