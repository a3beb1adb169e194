"""Interventions and comparators named as specifically as the article names them: an
acupuncture trial's sham is "sham acupuncture" (not the "sham" of a sham operation), in English
and in Chinese, and its acupuncture stays the intervention. Made-up articles."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


@pytest.mark.parametrize("text", [
    "Acupuncture for chronic neck pain: a randomised trial\n\nWe randomly assigned 200 patients to acupuncture or "
    "sham acupuncture. Pain fell more with acupuncture than with sham acupuncture (p = 0.01).\n",
    "针刺治疗慢性颈痛的随机对照试验\n\n将200例患者随机分为针刺组和假针刺组，各100例。针刺组疼痛评分下降更多(P<0.05)。\n",
])
def test_an_acupuncture_trials_sham_is_sham_acupuncture_and_acupuncture_stays_its_intervention(text):
    (study,) = extract(read_bytes(text.encode(), path="a.txt")).studies
    assert study.comparator == "sham acupuncture"
    assert [i.name for i in study.interventions] == ["acupuncture"]


def test_a_chinese_arm_name_with_a_latin_word_is_not_cut_inside_the_word():
    text = ("索马鲁肽减重的剂量研究\n\n将参与者随机分配到索马鲁肽semaglutide组或安慰剂组。索马鲁肽semaglutide组体重下降6.0%，"
            "安慰剂组下降2.3%。\n")
    (study,) = extract(read_bytes(text.encode(), path="a.txt")).studies
    assert [i.name for i in study.interventions] == ["semaglutide"]  # (not "emaglutide")
