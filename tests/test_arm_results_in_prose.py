"""Each arm's result as news and abstracts write it: a change with the measure after the
value ("lost 15.2% of their body weight"), the other arm after "compared with" or
"versus", arms listed with their signed changes ("A组：-11.8%，B组：-3.4%"), an arm's share
("in 41% of the drug group"), a median duration with its IQR.

Every article here is written for this test (no text from ../shared).
"""

from ingest.extract import extract
from ingest.read import read_bytes


def changes_of(text: str) -> set[tuple]:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return {(e["measure"], e["group"], e["value"]) for e in studies[0]["effects"]
            if e["type"] == "mean_change" and e["versus"] == "baseline"}


ENGLISH = (
    "Drug Q for obesity: a randomized trial\n"
    "METHODS: 300 adults were randomized to drug Q or placebo for 68 weeks.\n"
    "RESULTS: Participants taking drug Q lost an average of 13.7% of their body weight, compared with 2.9% in the "
    "placebo group. HbA1c decreased by 1.1 percentage points with drug Q versus 0.2 with placebo.\n")


def test_the_measure_after_the_value_and_the_other_arm_after_compared_with():
    assert changes_of(ENGLISH) == {("body weight", "drug q", -13.7), ("body weight", "placebo", -2.9),
                                   ("HbA1c", "drug q", -1.1), ("HbA1c", "placebo", -0.2)}


def test_signed_changes_listed_arm_by_arm_keep_the_sign_as_written():
    text = ("利拉鲁肽治疗肥胖的随机对照试验\n"
            "方法：200例患者随机分为利拉鲁肽组和安慰剂组。\n"
            "结果：两组平均体重变化百分比分别为：利拉鲁肽组：-8.0%，安慰剂组：-2.6%。\n")
    assert changes_of(text) == {("body weight", "liraglutide", -8.0), ("body weight", "placebo", -2.6)}


def test_an_unsigned_change_listed_by_arm_is_not_given_a_sign():
    text = ("利拉鲁肽治疗肥胖的随机对照试验\n"
            "方法：200例患者随机分为利拉鲁肽组和安慰剂组。\n"
            "结果：两组平均体重变化百分比分别为：利拉鲁肽组8.0%，安慰剂组2.6%。\n")
    assert changes_of(text) == set()


def measurements_of(text: str) -> set[tuple]:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return {(m["measure"], m["group"], m["stat"], m["value"], tuple(m["dispersion_value"] or ()))
            for m in studies[0]["measurements"]}


SHARES_AND_MEDIANS = (
    "Drug R for cluster headache: a randomized trial\n"
    "METHODS: 240 adults were randomized to drug R or placebo.\n"
    "RESULTS: Remission occurred in 44% of the drug R group and 17% of the placebo group. Median time to relapse "
    "was 11.5 months (IQR 7.0-15.2) with drug R and 6.1 months (IQR 4.4-8.9) with placebo.\n")


def test_an_arms_share_and_a_median_duration_with_its_iqr_go_to_their_arms():
    got = measurements_of(SHARES_AND_MEDIANS)
    assert {("Remission", "drug r", "percent", 44, ()), ("Remission", "placebo", "percent", 17, ())} <= got
    assert {("time to relapse", "drug r", "median", 11.5, (7.0, 15.2)),
            ("time to relapse", "placebo", "median", 6.1, (4.4, 8.9))} <= got
    # each median belongs to one arm only
    owners = {value: {g for _, g, _, v, _ in got if v == value} for value in (11.5, 6.1)}
    assert owners == {11.5: {"drug r"}, 6.1: {"placebo"}}
