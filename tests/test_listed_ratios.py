"""Outcomes listed, then one bracket with a ratio for each, in order, as meta-analysis
abstracts write them; and a p-value whose sign the page lost ("P0.05").

Every article here is written for this test (no text from ../shared).
"""

from ingest.extract import extract
from ingest.read import read_bytes


def effects_of(text: str) -> list[tuple]:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return sorted((e["measure"], e["group"], e["versus"], e["type"], e["value"], tuple(e["ci"] or ()), e["p"], e["p_relation"])
                  for e in studies[0]["effects"])


def test_a_chinese_list_of_outcomes_and_a_bracket_of_odds_ratios():
    text = ("K疗法联合化疗治疗肺癌的Meta分析\n"
            "方法：纳入11项随机对照试验，比较K疗法联合化疗（联合组）与单纯化疗（单纯化疗组）。\n"
            "结果：联合组客观缓解率(ORR)、疾病控制率(DCR)、生活质量改善率均高于单纯化疗组"
            "[OR=2.10,95%CI(1.50,2.94);OR=2.80,95%CI(1.90,4.12);OR=1.95,95%CI(1.30,2.92),P<0.05]。\n")
    got = effects_of(text)
    assert [(m, v, ci) for m, _, _, _, v, ci, _, _ in got] == [
        ("disease control rate", 2.80, (1.90, 4.12)), ("objective response rate", 2.10, (1.50, 2.94)),
        ("生活质量改善率", 1.95, (1.30, 2.92))]
    assert {(t, p, rel) for _, _, _, t, _, _, p, rel in got} == {("odds_ratio", 0.05, "<")}


def test_an_english_list_against_the_arm_named_after_than():
    text = ("Drug K plus chemotherapy for lung cancer: a meta-analysis\n"
            "METHODS: Eleven randomized trials were pooled.\n"
            "RESULTS: The objective response rate, disease control rate and survival rate were higher in the "
            "combination group than with chemotherapy alone (OR 2.10, 95% CI 1.50-2.94; OR 2.80, 95% CI 1.90-4.12; "
            "OR 1.95, 95% CI 1.30-2.92; P<0.05).\n")
    got = effects_of(text)
    assert [(m, g, vs, v) for m, g, vs, _, v, _, _, _ in got] == [
        ("disease control rate", "combination", "chemotherapy alone", 2.80),
        ("objective response rate", "combination", "chemotherapy alone", 2.10),
        ("survival rate", "combination", "chemotherapy alone", 1.95)]


def test_more_ratios_than_outcomes_says_nothing_about_which_is_which():
    text = ("Drug K plus chemotherapy for lung cancer: a meta-analysis\n"
            "METHODS: Eleven randomized trials were pooled.\n"
            "RESULTS: The objective response rate and disease control rate were higher in the combination group than "
            "with chemotherapy alone (OR 2.10, 95% CI 1.50-2.94; OR 2.80, 95% CI 1.90-4.12; OR 1.95, 95% CI 1.30-2.92).\n")
    assert not any(v == 1.95 and m == "disease control rate" for m, _, _, _, v, _, _, _ in effects_of(text))


def test_a_p_value_that_lost_its_sign_keeps_the_number_not_the_relation():
    text = ("针刺治疗面瘫的随机对照研究\n"
            "方法：将60例患者随机分为治疗组（30例）和对照组（30例）。\n"
            "结果：治疗组总有效率为93.3%，对照组总有效率为76.7%(P0.05)。\n")
    got = effects_of(text)
    assert [(m, g, vs, p, rel) for m, g, vs, _, _, _, p, rel in got] == [
        ("total effective rate", "treatment", "control", 0.05, None)]
