"""A drug of a class is its own intervention: a trial of tenecteplase against alteplase has two
arms, not one; valsartan is not "renin-angiotensin system inhibitors". And a Chinese
allocation by what the arms received, without 组 ("随机分配接受X或安慰剂"), names both arms.
Every article here is written for this test."""

import pytest

from ingest import vocab
from ingest.extract import extract
from ingest.read import read_bytes


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def arms(s: dict) -> list[str]:
    return [g["name"] for g in s["groups"] if g["role"] == "arm"]


def test_two_thrombolytics_are_two_arms():
    s = study("Tenecteplase versus alteplase for stroke: a randomised trial\n"
              "METHODS: 1500 patients were randomised to tenecteplase or alteplase.\n"
              "RESULTS: A good functional outcome occurred in 35.1% of the tenecteplase group and 33.0% of the alteplase group.\n")
    assert arms(s) == ["tenecteplase", "alteplase"]
    assert {(m["group"], m["value"]) for m in s["measurements"]} == {("tenecteplase", 35.1), ("alteplase", 33.0)}


@pytest.mark.parametrize("drug, cls", [("valsartan", "renin-angiotensin system inhibitors"), ("warfarin", "oral anticoagulants"),
                                       ("metoprolol", "beta blockers"), ("tenecteplase", None)])
def test_a_drug_keeps_its_name_and_says_its_class(drug, cls):
    info = vocab.info(drug)
    assert info is not None and info["name"] == drug and info.get("class") == cls


@pytest.mark.parametrize("allocation, treated", [
    ("符合条件的患者(n=600)被随机分配接受多扎格列艾汀或安慰剂(1:1比例)治疗24周。", "多扎格列艾汀"),
    ("心衰患者被随机分配接受每天2次的缬沙坦160mg或安慰剂治疗。", "valsartan"),
])
def test_a_chinese_allocation_by_what_the_arms_received(allocation, treated):
    s = study(f"某药的3期临床试验\n{allocation}\n结果 治疗后两组死亡率分别为19.7%和19.4%(P=0.80)。\n")
    assert arms(s) == [treated, "placebo"]
