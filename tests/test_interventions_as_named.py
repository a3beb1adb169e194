"""Interventions and comparators named as specifically as the article names them: Chinese
medicines by their preparation ("芪苈强心胶囊", "身痛逐瘀汤", "Shentong Zhuyu decoction"), which no
vocabulary lists in full, as written, not the generic "traditional Chinese medicine" and not
nothing (a placebo capsule, opium, a blood-pressure pill are no such medicine); an acupuncture
trial's sham as "sham acupuncture", its acupuncture kept. Made-up articles."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def interventions(text: str) -> list[str]:
    (study,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).studies
    return [i.name for i in study.interventions]


@pytest.mark.parametrize("text, expected", [
    ("芪苈强心胶囊治疗慢性心衰的随机对照研究\n\n方法：将120例患者随机分为观察组和对照组，各60例。对照组予常规西药治疗，观察组在此基础上"
     "口服芪苈强心胶囊，每次4粒。\n结果：观察组总有效率为91.7%，对照组为76.7%(P<0.05)。\n", "芪苈强心胶囊"),
    ("中药治疗腰痛的临床观察\n\n方法：将80例患者随机分为两组。治疗组给予身痛逐瘀汤加减，对照组口服布洛芬。治疗组服用身痛逐瘀汤4周。\n"
     "结果：治疗组总有效率为90.0%，对照组为75.0%(P<0.05)。\n", "身痛逐瘀汤"),
])
def test_a_chinese_medicine_named_by_its_preparation(text, expected):
    assert expected in interventions(text)


@pytest.mark.parametrize("text", [
    "止痛药研究\n\n方法：将80例患者随机分为两组，对照组服用安慰剂胶囊，治疗组服用布洛芬。对照组服用安慰剂胶囊4周。\n结果：治疗组疼痛评分降低(P<0.05)。\n",
    "A blood pressure study\n\nParticipants took a Blood Pressure Pill or a placebo for 12 weeks. The Blood Pressure Pill "
    "lowered systolic pressure by 8 mm Hg (p < 0.01).\n",
])
def test_no_medicine_in_a_placebo_or_a_plain_description(text):
    assert not [n for n in interventions(text) if "安慰剂胶囊" in n or "Pill" in n]


def test_an_acupuncture_trials_sham_is_sham_acupuncture_and_acupuncture_stays_its_intervention():
    text = ("Acupuncture for chronic neck pain: a randomised trial\n\nWe randomly assigned 200 patients to acupuncture or "
            "sham acupuncture. Pain fell more with acupuncture than with sham acupuncture (p = 0.01).\n")
    (study,) = extract(read_bytes(text.encode(), path="a.txt")).studies
    assert study.comparator == "sham acupuncture"
    assert [i.name for i in study.interventions] == ["acupuncture"]
