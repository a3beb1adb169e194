"""A share said before its number, "百分之20" or "百分之十五", is read as "20%" and "15%" are:
a percentage. Every article here is written for this test (no text from ../shared)."""

from ingest.extract import extract
from ingest.extract.numbers import stats
from ingest.read import read_bytes


def test_a_share_said_before_its_number_is_a_percentage():
    assert [(s.value, s.percent) for s in stats("降低百分之20的比例")] == [(20, True)]
    assert [(s.value, s.percent) for s in stats("低百分之十五")] == [(15, True)]
    assert stats("百分之百") == []  # (all of them: no number read)


def test_each_arms_rate_said_before_its_number():
    text = ("针刺治疗失眠的随机对照研究\n方法:将80例患者随机分为治疗组和对照组,各40例。\n"
            "结果:治疗组总有效率为百分之85,对照组总有效率为百分之60(P<0.05)。\n")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    got = {(m["group"], m["stat"], m["value"]) for m in s["measurements"]}
    assert {("treatment", "percent", 85), ("control", "percent", 60)} <= got, got
