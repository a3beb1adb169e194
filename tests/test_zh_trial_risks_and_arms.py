"""Chinese news of a two-arm trial: the arms named as "随机分为两组，一组采用“A”，另一组采用“B”",
and the risks the trial changed said without their people: "研究显示，中风风险降低33%", "…，能使中风风险
降低33%、心肌梗死风险降低28%，总体心血管事件风险下降24%" (each the treatment's against the control's),
but not a subgroup's ("在糖尿病亚组中，…").

Every article here is written for this test, in its own words.
"""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

HEAD = "研究将1.8万名高血压患者随机分为两组，一组采用“严格控压”(目标<120mmHg)，另一组采用“常规控压”(目标<140mmHg)。"


def study_of(text: str) -> dict:
    (study,) = extract(read_bytes(text.encode("utf-8"), path="news.txt")).to_json()["studies"]
    return study


def test_one_group_and_the_other_are_the_arms():
    study = study_of(HEAD + "研究显示，中风风险降低30%。")
    assert {g["name"] for g in study["groups"] if g["role"] == "arm"} == {"严格控压", "常规控压"}, study["groups"]


@pytest.mark.parametrize("result, expected", [
    ("研究显示，中风风险降低30%。", {("stroke", -30)}),
    ("临床试验显示，将血压降至120mmHg以下，能使中风风险降低 30%、心肌梗死风险降低 20%，总体心血管事件风险下降 18%，且安全性与常规控压相当。",
     {("stroke", -30), ("myocardial infarction", -20), ("总体心血管事件", -18)}),
])
def test_a_risk_said_without_its_people_is_the_treatments_against_the_control(result, expected):
    study = study_of(HEAD + result)
    found = {(e["measure"], e["value"]) for e in study["effects"] if (e["group"], e["versus"]) == ("严格控压", "常规控压")}
    assert expected <= found, study["effects"]


def test_a_subgroups_risk_is_not_the_trials():
    study = study_of(HEAD + "在糖尿病亚组中，中风风险降低30%。")
    assert not [e for e in study["effects"] if e["value"] == -30 and e["group"] == "严格控压"], study["effects"]


@pytest.mark.parametrize("result", [
    "研究还发现，每天步行30分钟，能使中风风险降低20%、心肌梗死风险降低10%。",
    "若同时戒烟，可使中风风险降低45%。",
    "在75岁以上的参与者中，研究发现，中风风险降低40%。",
    "既往荟萃分析显示，心衰风险降低15%。",
])
def test_what_else_caused_it_or_whose_it_was_is_not_the_trials(result):
    study = study_of(HEAD + result)
    assert not [e for e in study["effects"] if e["group"] == "严格控压"], study["effects"]


def test_the_standard_arm_is_the_comparator_whatever_order_the_arms_are_written():
    text = "研究将1.8万名高血压患者随机分为两组，一组采用“常规控压”，另一组采用“严格控压”。研究显示，中风风险降低30%。"
    study = study_of(text)
    assert {(e["group"], e["versus"], e["value"]) for e in study["effects"]} == {("严格控压", "常规控压", -30)}, study["effects"]
