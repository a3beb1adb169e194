"""Chinese abstracts give each arm's measures as a chain: "对照组总有效率为84.8%，治愈率为55.4%，
均小于观察组（总有效率为97.8%，治愈率为67.0%）". Each value of the chain is its arm's; a p after
both arms' values, where no change and no baseline is said, compares the arms; a duration that
bounds a subgroup ("在病程≤6个月的患儿中") is no time of the results. Written for this test."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

OPENING = "目的 观察某手术的疗效。方法 将200例患儿随机分为对照组与观察组，每组100例。结果 "


def study(results: str) -> dict:
    (s,) = extract(read_bytes((OPENING + results + "\n").encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def values(s) -> set:
    return {(m["measure"], m["group"], m["value"]) for m in s["measurements"]}


@pytest.mark.parametrize("results", [
    "对照组总有效率为81.5%，治愈率为52.5%，均小于观察组（总有效率为95.5%，治愈率为66.5%），P<0.05。",
    "对照组总有效率为81.5%，治愈率为52.5%；观察组总有效率为95.5%，治愈率为66.5%，P<0.05。",
])
def test_each_value_of_an_arms_chain_is_that_arms(results):
    s = study(results)
    arms = {g["name"] for g in s["groups"]}
    control, other = "control", next(a for a in arms if a != "control")
    assert values(s) == {("total effective rate", control, 81.5), ("cure rate", control, 52.5),
                         ("total effective rate", other, 95.5), ("cure rate", other, 66.5)}


def test_a_p_after_both_arms_values_compares_the_arms():
    s = study("对照组总有效率为81.5%，治愈率为52.5%；观察组总有效率为95.5%，治愈率为66.5%，P<0.05。")
    assert s["effects"] and all(e["versus"] != "baseline" for e in s["effects"])


def test_a_p_of_an_arm_against_its_own_start_stays_so():
    s = study("观察组治疗后总有效率为95.5%，治疗前为60.0%（P<0.05）；对照组治疗后为81.5%。")
    assert all(e["versus"] == "baseline" for e in s["effects"] if e["p"] is not None)


@pytest.mark.parametrize("results", [
    "在病程≤6个月的患儿中，对照组总有效率为81.5%，观察组为95.5%，P<0.05。",
    "病程>6个月的患儿中，对照组总有效率为81.5%，观察组为95.5%，P<0.05。",
])
def test_a_duration_that_bounds_a_subgroup_is_no_time_of_the_results(results):
    s = study(results)
    assert s["measurements"] and all(m["time"] is None for m in s["measurements"])


def test_a_value_after_another_arms_value_is_not_carried():
    s = study("观察组总有效率为95.5%，对照组为81.5%，治愈率为52.5%，P<0.05。")
    assert not any(m["value"] == 52.5 for m in s["measurements"])


def test_a_p_after_a_respectively_list_of_both_arms_compares_the_arms():
    s = study("对照组及观察组发热反应率分别为1.6%和2.4%（P>0.05），局部反应率分别为1.3%和1.9%（P>0.05）。")
    ps = {(e["measure"], e["versus"]) for e in s["effects"] if e["p"] is not None}
    assert ps and all(versus != "baseline" for _, versus in ps)


def test_a_value_set_against_the_other_arm_is_the_first_arms():
    s = study("随访12个月后，观察组的再住院率(24.5%)明显低于对照组(41.5%)，差异有统计学意义(P<0.05)，"
              "不良心血管事件总发生率(28.5%)显著低于对照组(46.5%)，差异有统计学意义(P<0.05)。")
    other = next(g["name"] for g in s["groups"] if g["name"] != "control")
    assert {(m["group"], m["value"]) for m in s["measurements"] if m["measure"] == "不良心血管事件总发生率"} == {
        (other, 28.5), ("control", 46.5)}


def test_a_decrease_set_against_the_other_arm_is_no_level():
    s = study("观察组的体脂率下降量(2.25%)高于对照组，差异有统计学意义(P<0.05)。")
    assert not any(m["value"] == 2.25 for m in s["measurements"])


def test_a_grade_range_after_an_arm_is_no_size_and_a_month_after_is_a_time():
    text = ("目的 比较3种方案。方法 将105例患者随机分为甲组、乙组、丙组,每组各35例。结果 治疗结束1月后3组患者的完全缓解率分别为"
            "88.6%,82.9%,80.0%。3组的2年总生存率分别为97.1%,85.7%,91.4%。甲组3~4度白细胞减少的发生率最高。\n")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert {g["n"] for g in s["groups"] if g["role"] == "arm"} == {35}
    times = {(m["measure"], m["value"]): m["time"] for m in s["measurements"]}
    assert times[("complete response rate", 88.6)] == {"value": 1, "unit": "month"}
    assert times[("overall survival", 97.1)] == {"value": 2, "unit": "year"}


def test_amounts_of_change_named_after_a_list_are_each_arms_change():
    # ("…水平下降程度[…]均高于对照组[…]": how far each measure fell in each arm, not its level;
    # "2 hPG", the two-hour glucose, is a measure of the list, its 2 no value)
    s = study("治疗12周后，观察组体重、空腹血糖、2 hPG和HbA1c水平下降程度[(3.10±1.02)kg、(2.85±0.70)mmol/L、"
              "(4.90±0.88)mmol/L、(1.95±0.61)%]均高于对照组[(0.75±0.30)kg、(1.60±0.52)mmol/L、(2.95±0.97)mmol/L、"
              "(0.88±0.40)%]，均P<0.05。")
    other = next(g["name"] for g in s["groups"] if g["name"] != "control")
    changes = {(e["measure"], e["group"], e["value"]) for e in s["effects"] if e["type"] == "mean_change"}
    assert {("body weight", other, -3.10), ("fasting plasma glucose", other, -2.85),
            ("2-hour postprandial glucose", other, -4.90), ("HbA1c", "control", -0.88)} <= changes
    assert len(changes) == 8
    assert not values(s)  # (no level of 3.10 kg of body weight)
