"""A single-arm study's shares of its people, each with what they reached said right after it:
"41% of patients had a viral load below 50 copies/mL and 48% had one below 200 copies/mL".
Shares that say who the people were are no results, and neither is a sentence where one share
has no outcome of its own. Written for this test."""
from ingest.extract import extract
from ingest.read import read_bytes

HEAD = "Drug T in resistant HIV: a phase 3 study\n\nIn this single-arm phase 3 trial, 36 patients with HIV received drug T. "


def shares(sentence: str) -> set:
    (s,) = extract(read_bytes((HEAD + sentence + "\n").encode("utf-8"), path="a.txt")).to_json()["studies"]
    return {(m["measure"], m["value"]) for m in s["measurements"]}


def test_two_shares_each_with_its_own_outcome():
    assert shares("At week 24, 41% of patients had a viral load below 50 copies/mL and 48% had a viral load below "
                  "200 copies/mL.") == {("viral load below 50 copies/mL", 41), ("viral load below 200 copies/mL", 48)}


def test_shares_that_say_who_the_people_were_are_no_results():
    assert shares("Of the patients, 20 (56%) were Caucasian, and 12 (33%) had completed college.") == set()


ZH_HEAD = "某新药治疗狼疮的单臂研究\n\n这项单臂临床试验共纳入60例患者。"


def zh_shares(sentence: str) -> set:
    (s,) = extract(read_bytes((ZH_HEAD + sentence + "\n").encode("utf-8"), path="a.txt")).to_json()["studies"]
    return {(m["measure"], m["value"]) for m in s["measurements"]}


def test_chinese_shares_each_with_what_they_reached_as_written():
    # "主要临床缓解" (major) is no clinical remission as a whole: the name stays as written;
    # the abbreviation in brackets after it is no measure of the next share
    assert zh_shares("治疗12个月时，17例（28.3%）达到主要临床缓解（MCR），21例（35.0%）达到部分临床缓解（PCR）。") == {
        ("主要临床缓解", 28.3), ("部分临床缓解", 35.0)}


def test_a_share_of_patients_below_a_threshold_is_no_value_of_the_measure_before_it():
    # "低于50" is a bound; "50%的患者…" is a share of people, not a viral load of 50%
    got = zh_shares("治疗24周后，41%的患者病毒载量低于50 copies/mL、52%的患者病毒载量低于200 copies/mL。")
    assert not [m for m, v in got if m == "viral load" and v in (41, 50, 52)]


def test_a_rate_then_shares_with_their_counts_each_of_what_comes_after_it():
    # "总缓解率为88%" is the rate named before it; each "74%(42名)患者达到了…" is a share of people
    # of what they reached after it, never of the measure named before (once read as the
    # complete response rate 4%, and the people who progressed (36%) as the partial response rate)
    got = zh_shares("结果显示，患者总缓解率(ORR)为88%，74%(42名)患者达到了完全缓解(CR)，4%(2名)的患者达到了非常好的"
                    "部分缓解(VGPR)，11%(6名)的患者达到了部分缓解(PR)。")
    assert got == {("objective response rate", 88), ("完全缓解", 74), ("非常好的部分缓解", 4), ("部分缓解", 11)}


def test_people_then_their_share_in_a_bracket_give_no_value_of_the_measure_before():
    got = zh_shares("中位缓解持续时间为16个月，18名达到部分缓解或更好疗效的患者(36%)病情发生进展。")
    assert not [m for m, v in got if v == 36]
