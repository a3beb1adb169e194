"""A cohort's events counted with their share, each named after its count ("记录1520例(4.1%)
全因死亡、402例(1.1%)心血管死亡", "identified 640 participants (7.3%) with dementia", "incident
stroke was 412 (5.2%)"): one measurement of everyone each. Not a count of who had a trait at
baseline, not in a trial of two arms (whose counts are its arms'). Made-up sentences."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def measurements_of(text: str) -> set:
    studies = extract(read_bytes(text.encode(), path="t.txt")).to_json()["studies"]
    return {(m["measure"], m["group"], m["stat"], m["value"], m["n"]) for s in studies for m in s["measurements"]}


def test_a_chinese_list_of_counted_events():
    got = measurements_of("中国成人代谢危险因素与心血管病:前瞻性队列研究\n"
                          "结果纳入37000名研究对象,随访10年,记录1520例(4.1%)全因死亡、402例(1.1%)心血管疾病死亡和2230例(6.0%)心血管事件。\n")
    assert {(m, v, n) for m, g, st, v, n in got if g == "all" and st == "percent"} >= {
        ("all-cause mortality", 4.1, 1520), ("cardiovascular death", 1.1, 402), ("心血管事件", 6.0, 2230)}


@pytest.mark.parametrize("sentence, name, value, n", [
    ("Results: The authors identified 640 participants (7.3%) with dementia.", "dementia", 7.3, 640),
    ("Results: The number of cases of incident stroke was 412 (5.2%).", "stroke", 5.2, 412),
])
def test_english_counted_events(sentence, name, value, n):
    got = measurements_of("Midlife risk factors and late-life disease: a cohort study\nWe followed 8,000 adults for 20 years.\n"
                          + sentence + "\n")
    assert (name, "all", "percent", value, n) in got


def test_a_trait_at_baseline_is_no_event():
    got = measurements_of("Midlife risk factors and dementia: a cohort study\nWe followed 8,000 adults for 20 years.\n"
                          "At baseline, we identified 1,100 participants (13.8%) with diabetes.\n")
    assert not {x for x in got if x[3] == 13.8}


def test_a_follow_up_time_is_no_outcome():
    got = measurements_of("中国成人代谢危险因素与心血管病:前瞻性队列研究\n"
                          "结果纳入37000名研究对象,中位随访时间为10.5年,记录1520例(4.1%)全因死亡。\n")
    assert not {x for x in got if x[3] == 10.5}
