"""P-values said once for several results ("P值分别为0.08、0.10", "P values were 0.21 and 0.04,
respectively") are p-values, never a measure named "P值"; they go to the ratios before them in
order where the counts agree (not the first p to the last ratio); a p cut off by the page
("P = 0.") is none.

Written for this test (no text from ../shared)."""

from ingest.extract import extract
from ingest.read import read_bytes

META = ("某药治疗幽门螺杆菌感染的Meta分析\n\n方法 检索随机对照试验。\n结果 共纳入8个RCT，共包含患者1500例，其中某药组760例，"
        "对照组740例。某药组与对照组根除率的ITT分析分别为84.10%与80.20%，PP分析分别为86.00%与83.10%，其RR = 1.05，"
        "95%CI: 1.01-1.09，RR = 1.04，95%CI: 0.99-1.08，P值分别为0.03、0.09；某药组与对照组溃疡愈合率分别为90.10%、91.50%，"
        "其RR = 0.98，95%CI: 0.95-1.02，P = 0.\n")


def study() -> dict:
    (s,) = extract(read_bytes(META.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def test_listed_p_values_are_no_measure_and_no_one_ratio_takes_them():
    s = study()
    assert not any("P" in m["measure"] for m in s["measurements"])
    ratios = {e["value"]: e["p"] for e in s["effects"] if e["type"] == "risk_ratio"}
    # (both ratios read, each with its own p, in the order the list gives them)
    assert ratios[1.05] == 0.03 and ratios[1.04] == 0.09
    # (each quote runs on to the list: the number it stores is in it)
    assert all("0.03" in e["quote"] and "0.09" in e["quote"] for e in s["effects"] if e["value"] in (1.05, 1.04))


def test_a_p_cut_off_by_the_page_is_none():
    (healing,) = [e for e in study()["effects"] if e["value"] == 0.98]
    assert healing["p"] is None and healing["ci"] == [0.95, 1.02]


def test_an_ulcers_healing_is_not_a_wounds():
    names = {m["measure"] for m in study()["measurements"] if m["value"] in (90.1, 91.5)}
    assert names == {"ulcer healing rate"}


def test_a_label_of_what_was_found_and_a_clauses_leftovers_name_no_outcome():
    text = ("失智老人心血管危险因子的巢式病例对照研究\n\n研究方法 采用巢式病例对照研究。\n"
            "检定后发现:VaD受高血压的影响超过AD(p=0.015)。某药与对照组不良反应发生率分别为12.7%与12.6%(P=0.97)。\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    names = {x["measure"] for s in studies for x in s["measurements"] + s["effects"]}
    assert not any("发现" in n or n.startswith(("了", "于", "则")) or "对照组" in n for n in names)
    assert "不良反应发生率" in names  # (the rate, named without the arms compared before it)
