"""Two measures that share their head noun, written once: "腰椎和股骨颈骨密度" is the lumbar
spine's bone density and the femoral neck's; "lumbar spine and femoral neck BMD" the same in
English. Each is a measure of its own, and results set side by side after them, one bracket
each, are each the next one's in turn.

Every article here is written for this test (no text from ../shared).
"""

from ingest.extract import extract
from ingest.read import read_bytes


def effects_of(text: str) -> dict:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    return {e["value"]: e["measure"] for s in studies for e in s["effects"] if e["value"] is not None}


def test_two_chinese_measures_sharing_their_head_each_take_their_bracket_in_turn():
    text = ("八段锦防治骨质疏松症的Meta分析\n"
            "目的 评价八段锦锻炼对骨质疏松症的疗效。方法 检索随机对照试验。结果 共纳入12篇文献,涉及980例患者。"
            "在改善腰椎和股骨颈骨密度方面,八段锦锻炼优于常规锻炼[SMD=0.21, 95% CI (0.05,0.37), P=0.01]、"
            "[SMD=0.14, 95% CI (0.02,0.26), P=0.02]。\n")
    got = effects_of(text)
    assert got == {0.21: "lumbar spine bone mineral density", 0.14: "femoral neck bone mineral density"}


def test_one_measure_before_two_brackets_keeps_the_first_only_as_before():
    # (one measure named: the brackets are not a list of measures in turn)
    text = ("八段锦防治骨质疏松症的Meta分析\n"
            "目的 评价八段锦锻炼对骨质疏松症的疗效。方法 检索随机对照试验。结果 共纳入12篇文献,涉及980例患者。"
            "在改善股骨颈骨密度方面,八段锦锻炼优于常规锻炼[SMD=0.21, 95% CI (0.05,0.37), P=0.01]、"
            "[SMD=0.14, 95% CI (0.02,0.26), P=0.02]。\n")
    got = effects_of(text)
    assert "lumbar spine bone mineral density" not in got.values()
