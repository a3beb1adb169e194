"""A Chinese medicine tested under its own product's name ("复黄片", "大青龙汤", "Lianhua Qingwen
capsules") is the intervention, not "traditional Chinese medicine": the vocabulary cannot
know every product, but its form (片, 颗粒, 胶囊, 汤, 注射液, decoction, capsules …) tells one.
A product named once in passing, the comparator's product, a picture (图片), opium (鸦片) or
an English phrase ("Blood pressure pill") is none. So is an operation by its own name
("鼓膜置管术", "laparoscopic appendectomy"), not "surgery". Written for this test."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def interventions(text: str) -> list[str]:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return [i["name"] for i in s["interventions"]]


def test_a_chinese_product_named_in_the_headline_is_the_intervention():
    text = ("青黛止咳颗粒治疗小儿咳嗽的随机对照试验\n"
            "方法：将90例患儿随机分为治疗组和对照组，各45例。治疗组给予青黛止咳颗粒口服，对照组给予安慰剂颗粒，疗程7天。"
            "结果：治疗组总有效率为91.1%，高于对照组的66.7%(P<0.05)。中药治疗小儿咳嗽安全有效。\n")
    assert interventions(text) == ["青黛止咳颗粒"]


def test_the_comparators_product_is_not_the_intervention():
    text = ("槐花止血片治疗痔出血的临床观察\n"
            "方法：120例患者随机分为两组，观察组口服槐花止血片，对照组口服地榆止血片，疗程14天。"
            "结果：观察组出血停止率为88.3%，对照组为71.7%(P<0.05)。\n")
    assert interventions(text) == ["槐花止血片"]


def test_a_pinyin_name_that_ends_as_an_english_word_does():
    # ("Qingkailing", "Shenling": pinyin ending on "ing", as English words do)
    text = ("Qingkailing injection for viral pneumonia: a randomised trial\n"
            "Adults were randomised to Qingkailing injection or placebo for 7 days. Fever resolved in 81% with "
            "Qingkailing injection and 64% with placebo (P = 0.02).\n")
    assert interventions(text) == ["Qingkailing injection"]


def test_a_product_in_pinyin():
    text = ("Qingre Huashi granules for acute gastroenteritis: a randomised trial\n"
            "Adults were randomised to Qingre Huashi granules or placebo granules for 5 days. "
            "Diarrhoea resolved in 84% with Qingre Huashi granules and 61% with placebo (P = 0.01).\n")
    assert interventions(text) == ["Qingre Huashi granules"]


@pytest.mark.parametrize("text", [
    # opium and a picture end as a tablet would
    "戒除鸦片的队列研究\n研究追蹤5000名成年人10年。不沉迷鴉片者平均多活3年，不沉迷鴉片的人死亡風險較低。研究圖片見下。\n",
    # an English phrase is no pinyin name
    "Blood pressure pill cuts strokes: a meta-analysis\nBlood pressure pill users had 20% fewer strokes in 12 trials.\n",
])
def test_no_product_where_the_form_word_ends_something_else(text):
    names = interventions(text)
    assert not any(n.endswith(("片", "pill")) for n in names)


@pytest.mark.parametrize("text, name", [
    ("鼓膜置管术治疗儿童分泌性中耳炎的疗效观察\n方法：80例患儿随机分为两组，观察组行鼓膜置管术，对照组行鼓膜穿刺。"
     "结果：观察组术后3个月治愈率为87.5%，对照组为62.5%(P<0.05)。\n", "鼓膜置管术"),
    ("Laparoscopic appendectomy in children: a cohort study\nWe reviewed 412 children who underwent surgery; "
     "laparoscopic appendectomy was followed by fewer wound infections (2.1% vs 6.3%).\n", "laparoscopic appendectomy"),
])
def test_an_operation_by_its_own_name(text, name):
    names = interventions(text)
    assert name in names and "surgery" not in names


def test_no_operation_in_words_that_end_as_one():
    # (术后: after the operation; 技术: a technique)
    text = ("新技术改善术后疼痛的随机对照试验\n方法：将60例术后患者随机分为两组，试验组采用新技术镇痛，对照组常规镇痛。"
            "结果：术后24小时疼痛评分试验组为(2.1±0.8)分，对照组为(3.4±1.0)分(P<0.05)。\n")
    assert not any(n.endswith("术") for n in interventions(text))


def test_the_comparator_is_the_product_the_control_arm_took():
    text = ("槐花止血片治疗痔出血的临床观察\n"
            "方法：120例患者随机分为两组，观察组口服槐花止血片，对照组口服地榆止血片，疗程14天。"
            "结果：观察组出血停止率为88.3%，对照组为71.7%(P<0.05)。\n")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert s["comparator"] == "地榆止血片"


@pytest.mark.parametrize("text, comparator", [
    # a control arm read from the results, no intervention naming it
    ("某颗粒治疗咳嗽的临床研究\n结果：试验组咳嗽消失率为85.0%，对照组为62.5%(P<0.05)。\n", "control"),
    # the unvaccinated people a vaccine's effectiveness is set against
    ("Flu vaccine and hospital stays: a cohort study\nAmong 20,000 adults followed for one season, hospital "
     "admission occurred in 1.2% of the vaccinated group and 2.9% of the unvaccinated group.\n", "unvaccinated"),
])
def test_a_comparator_arm_read_from_the_results_is_the_comparator(text, comparator):
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert s["comparator"] == comparator


def test_a_chinese_medicine_an_english_story_calls_by_its_kind_then_its_name():
    # ("the Chinese medicine Xinmailuo", then "Xinmailuo" alone: the medicine tested, not the
    # treatment the vocabulary finds inside an outcome's words, "need for angioplasty")
    text = ("Treatment with the Chinese medicine Xinmailuo improved outcomes for heart attack patients in a large "
            "randomized trial.\nAmong 3,000 patients, rates of a repeat event were 3.1% in those who received Xinmailuo "
            "versus 5.0% in the control group. The odds of another heart attack, a stroke or need for angioplasty were "
            "30% lower with Xinmailuo than with a placebo.\n")
    assert interventions(text) == ["Xinmailuo"]


def test_a_chinese_medicine_named_once_in_passing_is_none():
    text = ("Drug K for heart attack\n\nIn a randomized trial, 3,000 patients received drug K or placebo; some also "
            "took the herbal remedy Xinmailuo. Rates of a repeat event were 3.1% with drug K and 5.0% with placebo.\n")
    assert "Xinmailuo" not in interventions(text)
