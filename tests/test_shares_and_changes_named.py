"""A number goes with what its own clause names: a percentage with its interval that is a share
of people ("50% (95% CI, 46 to 54) … of the participants … had …") is no difference between arms,
and a p "for all placebo comparisons" compares the treatment with placebo, not placebo with its
baseline; a change whose clause names what changed ("痊愈率达93.3%，总分下降72.5%") is not the
measure named before it. Made-up articles."""

from ingest.extract import extract
from ingest.read import read_bytes


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def test_shares_with_their_intervals_are_no_difference_and_the_p_is_against_placebo():
    s = study("Velorexin for obesity: a randomised trial\n\nWe randomly assigned 1200 adults to velorexin 10 mg or 15 mg "
              "or placebo. 48% (95% CI, 44 to 52) and 55% (95% CI, 51 to 59) of the participants in the 10 mg and 15 mg "
              "groups had a reduction in body weight of 20% or more, compared to 4% (95% CI, 2 to 6) in the placebo group "
              "(P <0.001 for all placebo comparisons).\n")
    assert not [e for e in s["effects"] if e["type"] == "mean_difference"]
    # two doses, each an arm, each against placebo
    assert {(e["group"], e["versus"], e["p"]) for e in s["effects"]} == {("velorexin 10 mg", "placebo", 0.001),
                                                                      ("velorexin 15 mg", "placebo", 0.001)}


def test_a_change_of_what_its_clause_names_is_not_the_measure_before_it():
    s = study("某胶囊治疗焦虑的随机对照研究\n\n方法：将120例患者随机分为高剂量组和常规剂量组。\n"
              "结果：治疗8周高剂量组焦虑症状痊愈率达93.3%，总分下降72.5%。\n")
    assert not [e for e in s["effects"] if e["value"] == -72.5 and e["measure"] == "cure rate"]


def test_a_change_from_baseline_during_weeks_is_each_arms_change_at_the_stretchs_end():
    # "from baseline" is where the change starts, no time point of its values; "during Weeks
    # 9–20" is a stretch, its values at its end; each value keeps its interval.
    s = study("Needles for constipation: a randomised trial\n\nWe randomly assigned 1000 adults to electroacupuncture or "
              "sham electroacupuncture. The change from baseline in weekly complete spontaneous bowel movements during Weeks 9–20 was 1.90 "
              "(95% CI: 1.70–2.10) in the electroacupuncture group vs. 0.80 (95% CI: 0.60–0.95) in the sham "
              "electroacupuncture group. Follow-up lasted until Week 20.\n")
    got = {(e["group"], e["versus"], e["type"], e["value"], tuple(e["ci"] or ()), (e["time"] or {}).get("value"))
           for e in s["effects"]}
    assert got == {("electroacupuncture", "baseline", "mean_change", 1.90, (1.70, 2.10), 20),
                   ("sham electroacupuncture", "baseline", "mean_change", 0.80, (0.60, 0.95), 20)}
    assert not s["measurements"]
    assert s["follow_up"] == {"value": 20, "unit": "week"}
