"""Two words that looked like something else: "实际共入组28500人" counts whom a trial enrolled
(入组 is to enrol), it names no arm; and "研究人员分析了99项随机临床试验" says the study pooled 99
randomised trials, so it is a meta-analysis of them, not a trial itself.

Every article here is written for this test (no text from ../shared).
"""

from ingest.extract import extract
from ingest.read import read_bytes


def study_of(text: str) -> dict:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]


def test_a_count_of_whom_a_trial_enrolled_names_no_arm():
    s = study_of("某疫苗III期临床试验结果公布\n该疫苗在多国开展随机、双盲、安慰剂对照III期临床试验。"
                 "截止到数据分析日,实际共入组12000人,其中疫苗组6002例、安慰剂组5998例。"
                 "对于任何严重程度疾病的保护效力为75.10%。\n")
    assert sorted(g["name"] for g in s["groups"]) == ["placebo", "vaccine"]
    assert {g["name"]: g["n"] for g in s["groups"]} == {"vaccine": 6002, "placebo": 5998}
    assert all(e["group"] == "vaccine" for e in s["effects"])


def test_a_study_that_pooled_many_randomised_trials_is_a_meta_analysis():
    s = study_of("间歇性运动与体重\n研究人员分析了45项随机临床试验的结果(涉及3,210名成年人),比较了间歇性运动与持续运动"
                 "对体重的影响。与持续运动相比,间歇性运动的体重平均差异为-0.85公斤。\n")
    assert s["design"] == "meta_analysis"


def test_one_randomised_trial_stays_a_trial():
    s = study_of("间歇性运动与体重\n研究人员将120名成年人随机分为间歇性运动组和持续运动组,各60人。"
                 "12周后,间歇性运动组体重下降2.1公斤,持续运动组下降1.2公斤(P=0.03)。\n")
    assert s["design"] == "rct"
