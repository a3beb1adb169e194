"""News of a trial: each arm's share of people by what they took, with the outcome named by its
threshold after the first; an allocation said with how and how long the arms were given; each
arm's average in minutes a day; what the researchers said of an outcome. Each article is
written for this test."""

from ingest.extract import extract
from ingest.read import read_bytes


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def values(s):
    return {(m["group"], (m["time"] or {}).get("value"), m["stat"], m["value"]) for m in s["measurements"]}


OBESITY = ("Weekly shot K helps people keep weight off\nThe drug K can help people with obesity lose weight when "
           "combined with intensive diet and exercise. The remaining nearly 600 people were randomized to receive "
           "drug K or placebo via weekly injections for about 16 months. {}")


def test_an_allocation_with_how_and_how_long_names_both_arms():
    s = study(OBESITY.format("Nearly 500 people completed the study."))
    assert {"drug k", "placebo"} <= {g["name"].lower() for g in s["groups"]}


def test_shares_by_what_they_took_with_the_outcome_named_by_its_threshold():
    s = study(OBESITY.format("Overall, about 88% of those taking drug K lost 5% or more of their body weight during "
                             "the trial, compared with nearly 17% of those taking a placebo."))
    got = {(m["group"], m["value"]) for m in s["measurements"] if m["stat"] == "percent"}
    assert {("drug k", 88), ("placebo", 17)} <= got
    assert not [m for m in s["measurements"] if m["value"] == 5]


COLIC = ("Probiotic drops for colic\nInfants with colic were randomized to a probiotic or placebo for 21 days. {}")


def test_each_arms_average_in_minutes_a_day_at_the_start():
    s = study(COLIC.format("When the study began, crying and fussing times in the two groups were similar at an "
                           "average of 131 minutes per day for the probiotic group and 122 minutes per day for the "
                           "placebo group."))
    assert {("probiotic", 0, "mean", 131), ("placebo", 0, "mean", 122)} <= values(s)


def test_what_the_researchers_said_is_of_the_outcome_they_named():
    s = study(COLIC.format("By the end, the researchers said crying and fussing time in the probiotic group was "
                           "significantly reduced to a median of 60 minutes a day in the treatment group compared "
                           "with 102 minutes a day in the placebo group."))
    names = {e["measure"] for e in s["effects"]} | {m["measure"] for m in s["measurements"]}
    assert "crying and fussing time" in names
    assert not [n for n in names if n.lower().startswith("to a")]


def test_an_arm_called_by_what_it_received_beyond_the_other():
    s = study("Thrombectomy for large strokes\nA randomized trial assigned patients to receive either endovascular "
              "thrombectomy plus medical care or medical care alone. Functional independence was achieved by 20% of "
              "patients in the thrombectomy group and 7% in the medical-care group.")
    got = {(m["group"], m["value"]) for m in s["measurements"] if m["stat"] == "percent"}
    assert {("endovascular thrombectomy plus medical care", 20), ("medical care", 7)} <= got


def test_one_share_of_those_who_took_a_brand_named_with_its_drug():
    s = study("AstraZeneca's lung cancer drug Tagrisso (osimertinib) reduced the risk of death by 51 percent in a phase "
              "3 study of 682 patients. About 88 percent of patients who took Tagrisso were alive at five years, "
              "according to a news release.")
    assert ("overall survival", "osimertinib", 5, 88) in {
        (m["measure"], m["group"], (m["time"] or {}).get("value"), m["value"]) for m in s["measurements"]}


def test_an_adverse_event_the_arms_are_compared_on_by_a_ratio():
    s = study("Aspirin for primary prevention: a randomised trial\nPatients were randomized to aspirin or placebo. "
              "Gastrointestinal bleedings, which were mostly mild, occurred in 61 (0.97%) individuals in the aspirin "
              "group versus 29 (0.46%) in the placebo group (HR 2.11, 95% CI 1.36-3.28, p=0.0007).")
    ((effect),) = [e for e in s["effects"] if e["value"] == 2.11]
    assert (effect["measure"], effect["group"], effect["versus"], effect["p"]) == (
        "gastrointestinal bleeding", "aspirin", "placebo", 0.0007)
    # (each arm's count and share are its adverse events, no event of everyone with one arm's numbers)
    assert sorted((a["group"], a["n"], a["pct"]) for a in s["adverse_events"]) == [("aspirin", 61, 0.97), ("placebo", 29, 0.46)]
