"""Results stated in words only ("significantly lower in A than in B", "差异无统计学意义")
are effects between the arms with their verdict and nothing invented: no value, no p.

Every article here is written for this test, in its own words.
"""

from ingest.extract import extract
from ingest.read import read_bytes

TRIAL = ("Breathing exercises after cardiac surgery: a randomized trial\n\n"
         "Eighty patients were randomly assigned to breathing exercises (n = 40) or usual care (n = 40).\n")


def effects_of(text: str) -> list:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]["effects"]


def test_a_verdict_between_the_arms_is_an_effect_without_numbers():
    effects = effects_of(TRIAL + "The length of hospital stay was significantly shorter with breathing exercises "
                                 "than with usual care.\n")
    got = [(e["measure"], e["group"], e["versus"], e["significant"], e["p"], e["value"]) for e in effects]
    assert got == [("length of hospital stay", "breathing exercises", "usual care", True, None, None)], got


def test_no_significant_difference_is_a_verdict_too():
    effects = effects_of(TRIAL + "There was no significant difference in FEV1 between the two groups.\n")
    assert [(e["measure"], e["significant"]) for e in effects] == [("FEV1", False)]


def test_a_verdict_restating_a_result_with_numbers_is_dropped():
    effects = effects_of(TRIAL + "FEV1 was higher with breathing exercises than with usual care (P = 0.01).\n"
                                 "In conclusion, FEV1 was significantly higher with breathing exercises than with usual care.\n")
    assert [(e["measure"], e["p"]) for e in effects] == [("FEV1", 0.01)]


def test_each_group_improving_is_no_comparison_of_the_arms():
    effects = effects_of("针刺治疗失眠的随机对照试验\n共60例患者随机分为针刺组（30例）和药物组（30例）。\n"
                         "治疗后两组睡眠质量评分均显著改善。\n")
    assert effects == []


def test_a_results_own_p_value_outweighs_the_sentences_verdict():
    effects = effects_of(TRIAL + "FEV1 improved significantly with breathing exercises (P = 0.003), while it did not change "
                                 "with usual care (P = 0.41).\n")
    by_p = {e["p"]: e["significant"] for e in effects}
    assert by_p.get(0.41) is not True and by_p.get(0.003) is not False, effects


def test_an_unlabelled_interval_after_a_ratio_is_its_ci():
    effects = effects_of(TRIAL + "Readmission was less frequent with breathing exercises (HR: 0.62 (0.44–0.88), P = 0.007).\n")
    assert [(e["type"], e["value"], e["ci"]) for e in effects] == [("hazard_ratio", 0.62, [0.44, 0.88])], effects
