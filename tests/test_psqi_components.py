"""The PSQI's seven components, named after the PSQI: "PSQI各项评分…其中睡眠质量、入睡时间、日间
功能方面…(均P<0.05)" is a comparison on each component named; named without the PSQI, "睡眠
质量" is no PSQI component. Every article here is written for this test (no text from ../shared).
"""

from ingest.extract import extract
from ingest.read import read_bytes

HEAD = "针刺治疗失眠的临床观察\n方法:将100例失眠患者随机分为观察组和对照组,各50例。"


def p_measures(text: str) -> set[str]:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return {e["measure"] for e in s["effects"] if e["p"] is not None}


def test_components_named_after_the_psqi_are_each_compared():
    got = p_measures(HEAD + "结果:治疗后两组PSQI各项评分均较治疗前降低,其中观察组在睡眠质量、入睡时间、日间功能方面较对照组降低"
                            "更明显(均P<0.05)。\n")
    assert {"PSQI sleep quality", "PSQI sleep latency", "PSQI daytime dysfunction"} <= got, got


def test_a_component_named_without_the_psqi_is_none():
    got = p_measures(HEAD + "结果:治疗后观察组睡眠质量较对照组改善更明显(P<0.05)。\n")
    assert not any(name.startswith("PSQI ") for name in got), got
