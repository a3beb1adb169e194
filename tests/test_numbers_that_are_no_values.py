"""Numbers that are no outcome's value: the number in a name ("6MWT"), an age ("平均64岁"),
and a mean in a clause of its own after a semicolon, which is not the value of the measure
named clauses before it. Made-up sentences."""

from ingest.extract import extract
from ingest.read import read_bytes


def facts(text: str) -> list[tuple]:
    studies = extract(read_bytes(text.encode(), path="a.txt")).to_json()["studies"]
    return [(x["measure"], x["value"]) for s in studies for kind in ("measurements", "effects") for x in s[kind]]


def test_the_number_of_a_name_is_no_change():
    found = facts("中药治疗慢性心衰的Meta分析\n\n结果 共纳入18项RCT。与对照组比较，试验组能降低BNP水平[MD=-120.50,"
                  "95%CI(-180.20,-60.80),P<0.001]，提高6MWT[MD=50.20,95%CI(40.10,60.30),P<0.001]。")
    assert not any(value in (6, -6) for _, value in found), found
    assert any(value == 50.2 for _, value in found), found


def test_an_age_is_no_mean_of_an_outcome():
    found = facts("针刺治疗帕金森病的随机对照研究\n\n结果：共纳入患者100例，5例脱落，脱落率为5.0%。最终分析95例；"
                  "年龄40-85岁，平均63岁；病程1~20年，平均6周；治疗前评分5~25分，平均14.80分。")
    assert ("脱落率", 63) not in found and ("脱落率", 14.8) not in found and ("脱落率", 6) not in found, found
