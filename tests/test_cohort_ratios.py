"""A cohort's hazard ratio with its interval and no p-value, after a section's label or an
opening phrase ("RESULTS: In this cohort, statin use was associated with …"), is the exposure's
against the reference; and an age range ("aged 20 to 79 years") is no time the results were
measured at. Written for this test."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


@pytest.mark.parametrize("sentence, group", [
    ("RESULTS: Statin use was associated with a lower risk of all-cause mortality (HR 0.84, 95% CI 0.71-0.99).", "Statin use"),
    ("RESULTS: In this cohort, statin use was associated with a lower risk of all-cause mortality "
     "(HR 0.84, 95% CI 0.71-0.99).", "statin use"),
    ("RESULTS: When considered jointly, regular walking was associated with a lower risk of all-cause mortality "
     "(HR 0.84 [95% CI 0.71-0.99]).", "regular walking"),
])
def test_an_exposures_ratio_without_a_p_value(sentence, group):
    s = study("Statins and survival in older men: a cohort study\nMETHODS: We followed 1,300 men aged 70 or older "
              f"for 10 years.\n{sentence}\n")
    got = [(e["group"], e["versus"], e["value"], e["ci"]) for e in s["effects"] if e["type"] == "hazard_ratio"]
    assert got == [(group, "reference", 0.84, [0.71, 0.99])]


def test_an_age_range_is_no_time_of_the_results():
    s = study("Statins and survival: a cohort study\nAbout 14% of all-cause mortality among people in the age "
              "range of 20 to 79 years is attributable to heart disease.\nMETHODS: We followed 9,000 adults.\n"
              "RESULTS: Statin use was associated with a lower risk of all-cause mortality (HR 0.84, 95% CI 0.71-0.99).\n")
    ratios = [e for e in s["effects"] if e["type"] == "hazard_ratio"]
    assert ratios and all(e["time"] is None for e in ratios)


def test_the_ratios_of_a_list_said_respectively_are_not_the_group_before_its():
    # The first ratio is the ≤5 h group's against 6 h; the list after it, "7、8和≥9 h … 分别", is
    # of other groups: none of its ratios is the ≤5 h group's (left unread rather than misplaced).
    s = study("睡眠时长与认知障碍的队列研究\n方法 随访9000名老年人至2018年。\n结果 与睡眠时长为6 h的老年人比较,睡眠时长≤5 h的"
              "老年人发生认知障碍风险增加30%(HR=1.30,95%CI:1.05~1.62),睡眠时长为7、8和≥9 h的老年人发生认知障碍风险分别"
              "增加34%(HR=1.34,95%CI:1.09~1.64)、40%(HR=1.40,95%CI:1.17~1.69)和43%(HR=1.43,95%CI:1.19~1.70)。\n")
    by_group = {(e["group"], e["value"]) for e in s["effects"] if e["type"] == "hazard_ratio"}
    assert ("睡眠时长≤5 h的老年人", 1.30) in by_group
    assert not {v for g, v in by_group if "≤5" in g} - {1.30}


def test_ratios_named_in_the_plural_are_no_means():
    # "HRs of 1.25 [95% CI …] and 1.45 [95% CI …]": the second value is a ratio too, never a mean
    # of the measure named before it.
    s = study("Glucose and dementia: a cohort study\nMETHODS: We followed 5,800 women for 15 years.\nRESULTS: A dose-response "
              "relationship was observed between fasting glucose level and risk of dementia with HRs of 1.25 [95% CI "
              "1.05–1.49] and 1.45 [95% CI 1.03–2.06] for impaired fasting glucose and hyperglycemia, respectively.\n")
    assert not [m for m in s["measurements"] if m["value"] in (1.25, 1.45)]
