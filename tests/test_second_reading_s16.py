"""What a second reading of session 16's rules found, each written as the sentence that broke
it (in the reviewer's own words, restated here) and what it must give. Written for this test."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

EN = "Drug X for obesity: a randomized trial\n\nA total of 200 adults were randomized to drug X (n=100) or placebo (n=100). "
ZH = "X药治疗肥胖的随机对照试验\n\n共200例患者随机分为X药组(100例)和安慰剂组(100例)。"
VACCINE = "X疫苗预防流感的随机对照试验\n\n共2000名受试者随机分为疫苗组(1000名)和安慰剂组(1000名)。"


def studies(text: str) -> list:
    return extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]


def values(text: str) -> set:
    return {(m["measure"].lower(), m["group"], m["value"]) for s in studies(text) for m in s["measurements"]}


@pytest.mark.parametrize("sentence, expected", [
    # a relative clause after the last arm is who the values are of, not another outcome
    ("The response rate was 50% with drug X and 30% with placebo in patients who had received prior chemotherapy.",
     {("response rate", "drug x", 50), ("response rate", "placebo", 30)}),
    # a change earlier in the sentence leaves another measure's values alone
    ("Although body weight decreased by 5 kg with drug X, systolic blood pressure was 128 mm Hg with drug X and 135 mm Hg "
     "with placebo.", {("systolic blood pressure", "drug x", 128), ("systolic blood pressure", "placebo", 135)}),
    # adverse events named elsewhere in the sentence leave an incidence alone
    ("The incidence was 4.5% with drug X and 9.0% with placebo, and adverse events were mild.",
     {("incidence", "drug x", 4.5), ("incidence", "placebo", 9.0)}),
])
def test_values_the_new_skips_must_keep(sentence, expected):
    assert expected <= values(EN + sentence + "\n")


@pytest.mark.parametrize("sentence, expected", [
    ("X药组和安慰剂组糖尿病的发生率分别为7.8%和11.0%，两组不良反应相似。", {("发生率", "X药组", 7.8), ("发生率", "placebo", 11.0)}),
    ("治疗12周后，X药组60例(60.0%)，安慰剂组40例(40.0%)；均达到完全缓解。",
     {("complete response rate", "X药组", 60.0), ("complete response rate", "placebo", 40.0)}),
])
def test_chinese_values_the_new_skips_must_keep(sentence, expected):
    assert expected <= values(ZH + sentence + "\n")


def test_a_mask_or_a_drug_has_no_vaccine_efficacy():
    (study,) = studies(VACCINE + "疫苗组的保护效力为91.3%。研究还发现，N95口罩的防护力达到95%。同时服用的退烧药效力可达80%。\n")
    assert [e["value"] for e in study["effects"] if e["type"] == "vaccine_efficacy"] == [91.3]


def test_a_sub_study_of_samples_is_no_enrolment():
    (study,) = studies("X药治疗高血压的研究\n\n研究者还对30例患者的血样进行了药代动力学研究。X药组收缩压下降12.5 mmHg。\n")
    assert study["participants"]["enrolled"] is None


@pytest.mark.parametrize("text", [
    "一季度经济数据分析\n\n最新分析显示，一季度居民消费支出增长5.2%，增速比去年更快。\n",
    "居民收入差异报告\n\n最新研究显示，城乡居民收入差异为2.5倍，差异比去年更小。\n",
])
def test_pages_that_are_no_studies(text):
    assert studies(text) == []


def test_a_commentary_on_the_same_study_is_no_second_study():
    text = ("达格列净治疗心衰的随机对照试验\n\n该研究纳入4744例心衰患者，随机分为达格列净组和安慰剂组，达格列净组主要终点发生率为16.3%，"
            "安慰剂组为21.2%。\n\n同期杂志上的一篇述评论文报道了该研究的亚组结果：糖尿病亚组死亡率为12.0%和18.0%。\n")
    assert len(studies(text)) == 1


def test_a_regimen_made_of_a_drug_is_no_arm():
    # "二甲双胍组成的方案": 组成 ("made of"), not the metformin arm.
    found = studies("二甲双胍方案预防糖尿病的研究\n\n共400例患者参与。二甲双胍组成的方案使糖尿病发生率为7.8%，对照组为11.0%。\n")
    assert not [g for s in found for g in s["groups"] if g["name"] == "metformin"]


def test_exceeding_is_a_bound():
    assert not [v for v in values(EN + "Weight loss exceeding 10% occurred in 35% of the drug X group.\n") if v[2] == 10]
