"""A Chinese abstract's people: "符合纳入与排除标准的患者120例为研究对象" are those enrolled (the
exclusion criteria exclude no one); "分为银杏组和对照组各60例" gives both arms 60, the one named
by its drug too; "失访5例，其中银杏组2例，对照组3例" are those lost, no arm's size.

Every article here is written for this test, in its own words.
"""

from ingest.extract import extract
from ingest.read import read_bytes

ABSTRACT = ("银杏叶注射液治疗急性脑梗死的疗效观察\n\n【摘要】目的 观察银杏叶注射液治疗急性脑梗死的疗效。方法 选取2018—2020年住院治疗"
            "符合纳入与排除标准的急性脑梗死患者120例为研究对象。采用随机数字表法将患者分为银杏组和对照组各60例。研究过程中失访5例，"
            "其中银杏组2例，对照组3例。结果 治疗后14 d，银杏组NIHSS评分低于对照组(P<0.05)。")


def study() -> dict:
    (s,) = extract(read_bytes(ABSTRACT.encode(), path="abstract.txt")).to_json()["studies"]
    return s


def test_those_meeting_the_criteria_are_enrolled_not_excluded():
    p = study()["participants"]
    assert (p["enrolled"], p["excluded"]) == (120, None), p


def test_both_arms_of_each_and_none_sized_by_those_lost():
    sizes = sorted(g["n"] for g in study()["groups"])
    assert sizes == [60, 60], study()["groups"]


def test_a_comparison_at_each_time_its_clause_lists():
    text = ABSTRACT.replace("结果 治疗后14 d，银杏组NIHSS评分低于对照组(P<0.05)。",
                            "结果 银杏组治疗后14 d、治疗后90 d NIHSS评分降低率均高于对照组(P<0.05)。")
    (s,) = extract(read_bytes(text.encode(), path="abstract.txt")).to_json()["studies"]
    times = sorted((e["time"] or {}).get("value") for e in s["effects"] if e["p"] == 0.05)
    assert times == [14, 90], s["effects"]


def test_a_comparison_at_the_one_time_its_clause_names():
    (s,) = extract(read_bytes(ABSTRACT.encode(), path="abstract.txt")).to_json()["studies"]
    assert [(e["time"] or {}).get("value") for e in s["effects"] if e["p"] == 0.05] == [14], s["effects"]
