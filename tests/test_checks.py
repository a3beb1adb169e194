"""Consistency checks, each kind on a tiny hand-made record: what it flags and what it must not."""

import pytest

from ingest.extract.record import (
    AdverseEvent,
    Citation,
    Effect,
    Enrollment,
    Group,
    Measurement,
    Participants,
    Safety,
    Study,
    Time,
)
from ingest.stats import checks
from ingest.stats.checks import study_checks

BASELINE = Time(0, "month")
M12 = Time(12, "month")


def kinds(found, severity=None):
    return [(c["kind"], c["severity"]) for c in found if severity is None or c["severity"] == severity]


def only(found, kind):
    hits = [c for c in found if c["kind"] == kind]
    assert len(hits) == 1, found
    return hits[0]


# ---------------------------------------------------------------- percentages against counts


def test_percent_no_denominator_explains_is_a_warning():
    s = Study(participants=Participants(enrolled=106, screened=189, quotes={"enrolled": "106 enrolled"}),
              groups=[Group("cervical", n=32, pct=39.2, quote="32 (39.2%) cervical")])
    c = only(study_checks(s), "percent_count")
    assert c["severity"] == "warning" and c["subject"] == "cervical"
    assert "30.2%" in c["message"] and "no whole number of people" in c["message"]
    assert c["quotes"] == ["32 (39.2%) cervical", "106 enrolled"]
    assert c["values"]["computed_pct"] == pytest.approx(30.19)
    assert "groups.cervical.pct" in c["fields"]


def test_percent_explained_by_enrolment_is_silent():
    s = Study(participants=Participants(enrolled=106, male=89, male_pct=84.0, quotes={"male": "n=89, 84.0%"}),
              groups=[Group("chronic", n=77, pct=72.6), Group("subacute", n=29, pct=27.4)])
    assert study_checks(s) == []


def test_rounding_tolerance_is_half_a_unit_of_the_last_printed_digit():
    # 27/48 = 56.25%: printed 56.3% it is explained (|56.25 − 56.3| = 0.05, half of 0.1).
    assert checks.explains(27, 56.3, 48, "27 (56.3%)")
    assert not checks.explains(27, 56.4, 48, "27 (56.4%)")
    # Printed without decimals the tolerance is 0.5: 27/48 is "56%".
    assert checks.explains(27, 56.0, 48, "27 (56%)")
    assert not checks.explains(27, 56.0, 48, "27 (56.0%)")


def test_percent_of_adverse_event_total_is_a_note_not_a_warning():
    s = Study(participants=Participants(enrolled=106),
              safety=Safety(adverse_events_total=48, quotes={"adverse_events_total": "48 events"}),
              adverse_events=[AdverseEvent("headache", 34, 70.8, quote="headache (n=34, 70.8%)"),
                              AdverseEvent("nausea", 27, 56.3, quote="nausea (n=27, 56.3%)")])
    found = study_checks(s)
    assert kinds(found) == [("percent_count", "note")]
    note = found[0]
    assert "70.8%" in note["message"] and "48 (adverse events in total)" in note["message"]
    assert "not of the 106 enrolled" in note["message"]
    assert set(note["quotes"]) == {"headache (n=34, 70.8%)", "nausea (n=27, 56.3%)", "48 events"}


def test_adverse_events_over_an_unstated_count_are_noted():
    s = Study(participants=Participants(enrolled=106),
              adverse_events=[AdverseEvent("headache", 34, 70.8, quote="headache (n=34, 70.8%)")])
    c = only(study_checks(s), "percent_count")
    assert c["severity"] == "note" and "48" in c["message"]


def test_percent_of_one_arm_is_a_note():
    s = Study(participants=Participants(enrolled=80), groups=[Group("treatment", "arm", 40), Group("placebo", "arm", 40)],
              adverse_events=[AdverseEvent("fever", 2, 5.0, quote="fever 2 (5.0%)")])
    assert kinds(study_checks(s)) == [("percent_count", "note")]


def test_percent_over_100_is_out_of_range():
    s = Study(participants=Participants(enrolled=10), groups=[Group("a", n=12, pct=120.0)])
    assert ("out_of_range", "warning") in kinds(study_checks(s))


# ---------------------------------------------------------------- sums


def test_subgroups_adding_up_are_silent_and_too_many_are_flagged():
    ok = Study(participants=Participants(enrolled=106),
               groups=[Group("cervical", n=32), Group("thoracolumbar", n=74),
                       Group("chronic", n=77), Group("subacute", n=29)])
    assert study_checks(ok) == []
    bad = Study(participants=Participants(enrolled=106), groups=[Group("cervical", n=42), Group("thoracolumbar", n=74)])
    c = only(study_checks(bad), "subgroup_sum")
    assert c["severity"] == "warning" and "116" in c["message"] and "injury level" in c["message"]


def test_subgroups_short_of_the_total_are_noted():
    s = Study(participants=Participants(enrolled=106), groups=[Group("cervical", n=32), Group("thoracic", n=40)])
    c = only(study_checks(s), "subgroup_sum")
    assert c["severity"] == "note" and "34" in c["message"]


def test_subgroups_stated_together_form_a_partition():
    s = Study(participants=Participants(enrolled=50),
              groups=[Group("left knee", n=30, quote="q"), Group("right knee", n=30, quote="q")])
    assert kinds(study_checks(s)) == [("subgroup_sum", "warning")]


def test_percentages_of_one_kind_over_100():
    s = Study(participants=Participants(enrolled=106),
              groups=[Group("cervical", n=32, pct=39.2), Group("thoracolumbar", n=74, pct=69.8)])
    c = only(study_checks(s), "percent_sum")
    assert c["severity"] == "warning" and "109" in c["message"]
    # The 39.2% itself is flagged too, with the percentage that would make the kind add up.
    pc = only(study_checks(s), "percent_count")
    assert "with 30.2% the injury level percentages add up to 100%" in pc["message"]


def test_percentages_rounding_to_100_are_silent():
    s = Study(participants=Participants(enrolled=3),
              groups=[Group("acute", n=1, pct=33.3), Group("subacute", n=1, pct=33.3), Group("chronic", n=1, pct=33.3)])
    assert study_checks(s) == []


def test_arms_against_enrolment():
    ok = Study(participants=Participants(enrolled=80), groups=[Group("treatment", "arm", 40), Group("placebo", "arm", 40)])
    assert study_checks(ok) == []
    analysed = Study(participants=Participants(enrolled=84, analyzed=80),
                     groups=[Group("treatment", "arm", 40), Group("placebo", "arm", 40)])
    assert study_checks(analysed) == []
    bad = Study(participants=Participants(enrolled=80), groups=[Group("treatment", "arm", 40), Group("placebo", "arm", 45)])
    c = only(study_checks(bad), "arm_sum")
    assert c["severity"] == "warning" and "85" in c["message"] and "80 enrolled" in c["message"]


def test_sexes_over_the_total():
    s = Study(participants=Participants(enrolled=50, male=30, female=25))
    assert kinds(study_checks(s)) == [("subgroup_sum", "warning")]


# ---------------------------------------------------------------- scales


def asia(value, sd=None, group="all", time=BASELINE, quote=None, n=None):
    return Measurement("ASIA motor score", group, time, "mean", value, "sd" if sd is not None else None, sd,
                       n=n, quote=quote)


def test_value_outside_the_scale_range():
    s = Study(measurements=[asia(104.0, 10.0)])
    c = only(study_checks(s), "out_of_range")
    assert c["severity"] == "warning" and "0–100" in c["message"]


def test_sd_not_positive():
    assert kinds(study_checks(Study(measurements=[asia(40.0, 0.0)]))) == [("sd_nonpositive", "warning")]


def test_sd_larger_than_half_the_range_is_impossible():
    c = only(study_checks(Study(measurements=[asia(50.0, 51.0)])), "sd_impossible")
    assert "half the range" in c["message"]


def test_sd_larger_than_the_mean_allows_is_impossible():
    # Mean "5" on 0–100 (so up to 5.5 before rounding): SD at most √(5.5·94.5·n/(n−1))
    # = 23.4 for n = 20 (Bhatia–Davis).
    s = Study(participants=Participants(enrolled=20), measurements=[asia(5.0, 30.0)])
    c = only(study_checks(s), "sd_impossible")
    assert "at most 23.4" in c["message"]
    assert study_checks(Study(participants=Participants(enrolled=20), measurements=[asia(5.0, 23.0)])) == []


def test_measure_without_a_range_is_not_range_checked():
    s = Study(measurements=[Measurement("LDL cholesterol", "all", BASELINE, "mean", 500.0, "sd", 400.0)])
    assert study_checks(s) == []


# ---------------------------------------------------------------- GRIM


def test_grim_flags_an_impossible_mean_of_whole_numbers():
    # 28 whole-number scores sum to k; k/28 is never 5.19 to two decimals (145/28 = 5.179, 146/28 = 5.214).
    s = Study(groups=[Group("a", "arm", 28)], measurements=[asia(5.19, group="a", quote="5.19")])
    c = only(study_checks(s), "grim")
    assert c["severity"] == "warning" and "n = 28" in c["message"]
    ok = Study(groups=[Group("a", "arm", 28)], measurements=[asia(5.18, group="a", quote="5.18")])
    assert study_checks(ok) == []


def test_grim_is_silent_when_it_cannot_tell():
    # One decimal and n ≥ 10: every mean is possible.
    assert study_checks(Study(participants=Participants(enrolled=32), measurements=[asia(23.9, quote="23.9")])) == []
    # A scale not scored in whole numbers.
    s = Study(groups=[Group("a", "arm", 28)],
              measurements=[Measurement("WHOQOL-BREF general health", "a", BASELINE, "mean", 5.19, quote="5.19")])
    assert study_checks(s) == []


def test_grim_uses_the_measurements_own_n():
    s = Study(participants=Participants(enrolled=106), measurements=[asia(5.19, n=28, quote="5.19 (n=28)")])
    assert kinds(study_checks(s)) == [("grim", "warning")]


# ---------------------------------------------------------------- p-values


def test_p_against_the_verdict():
    called = Study(effects=[Effect("QoL", p=0.059, p_relation="=", significant=True, quote="significant (p=0.059)")])
    c = only(study_checks(called), "p_verdict")
    assert "called significant" in c["message"] and "0.059" in c["message"]
    denied = Study(effects=[Effect("QoL", p=0.01, p_relation="<", significant=False)])
    assert "called not significant" in only(study_checks(denied), "p_verdict")["message"]
    agrees = Study(effects=[Effect("QoL", p=0.059, p_relation="=", significant=False),
                            Effect("X", p=0.001, p_relation="<", significant=True)])
    assert study_checks(agrees) == []


def pre_post_study(m1, s1, m2, s2, n, p, rel, quote1=None, quote2=None):
    return Study(participants=Participants(enrolled=n), measurements=[
        Measurement("X score", "all", BASELINE, "mean", m1, "sd", s1, quote=quote1),
        Measurement("X score", "all", M12, "mean", m2, "sd", s2, quote=quote2)],
        effects=[Effect("X score", time=M12, p=p, p_relation=rel, quote="p")])


def test_p_that_needs_r_above_1_is_impossible():
    # 10.0 ± 5.0 → 10.4 ± 9.0, n = 20: even at r = 1 the SD of change is ≥ 3.9 (rounding
    # allowed), so |t| ≤ 0.6·√20/3.9 ≈ 0.69 and p ≥ 0.5; "p < 0.001" is impossible.
    s = pre_post_study(10.0, 5.0, 10.4, 9.0, 20, 0.001, "<", "10.0 (5.0)", "10.4 (9.0)")
    c = only(study_checks(s), "p_impossible")
    assert c["severity"] == "warning" and "under any pre-post correlation" in c["message"]
    assert c["values"]["p_min"] > 0.001


def test_p_that_rounding_allows_is_not_flagged():
    # The seed's ASIA motor change: p < 0.001 needs r ≥ 0.89, which is possible.
    s = pre_post_study(40.7, 17.0, 43.3, 15.9, 106, 0.001, "<", "40.7 (±17)", "43.3 (±15.9)")
    assert study_checks(s) == []


def test_p_that_needs_a_negative_correlation():
    s = pre_post_study(37.8, 21.7, 43.9, 16.6, 106, 0.059, "=", "37.8 (±21.7)", "43.9 (±16.6)")
    c = only(study_checks(s), "implied_correlation")
    assert c["severity"] == "warning" and "negative pre-post correlation" in c["message"]


def test_p_too_large_under_any_correlation():
    # A huge change called p > 0.05 is impossible too (p ≤ ~1e-5 even at r = −1).
    s = pre_post_study(23.8, 23.0, 51.8, 31.8, 106, 0.05, ">", "23.8 (±23.0)", "51.8 (±31.8)")
    assert kinds(study_checks(s)) == [("p_impossible", "warning")]


# ---------------------------------------------------------------- dates


def test_follow_up_past_publication():
    s = Study(citation=Citation(year=2023), enrollment=Enrollment("2021-03", "2022-09"), follow_up=Time(2, "year"))
    c = only(study_checks(s), "follow_up_time")
    assert "2024-09" in c["message"] and "publication (2023)" in c["message"]
    ok = Study(citation=Citation(year=2025), enrollment=Enrollment("2013-08", "2022-09"), follow_up=Time(1, "year"))
    assert study_checks(ok) == []


def test_follow_up_uses_the_articles_date_without_a_year():
    s = Study(enrollment=Enrollment("2021-03", "2022-09"), follow_up=Time(12, "month"))
    assert kinds(study_checks(s, published="2023-01-15")) == [("follow_up_time", "warning")]
    assert study_checks(s, published="2024-01-15") == []


def test_dates_in_the_wrong_order():
    s = Study(citation=Citation(year=2020), enrollment=Enrollment("2022-03", "2021-09"))
    found = study_checks(s)
    assert ("date_order", "warning") in kinds(found)
    assert any("starts (2022-03) after it ends (2021-09)" in c["message"] for c in found)
    assert any("after publication (2020)" in c["message"] for c in found)


def test_year_only_dates_are_compared_generously():
    s = Study(citation=Citation(year=2021), enrollment=Enrollment("2021", "2021"), follow_up=Time(1, "month"))
    assert study_checks(s) == []


# ---------------------------------------------------------------- all together


def test_warnings_come_first():
    s = Study(participants=Participants(enrolled=106),
              safety=Safety(adverse_events_total=48),
              groups=[Group("cervical", n=32, pct=39.2), Group("thoracolumbar", n=74, pct=69.8)],
              adverse_events=[AdverseEvent("headache", 34, 70.8)])
    severities = [c["severity"] for c in study_checks(s)]
    assert severities == sorted(severities, key=lambda x: x != "warning") and "note" in severities


def test_checks_accept_the_json_record_too():
    s = Study(participants=Participants(enrolled=106), groups=[Group("cervical", n=32, pct=39.2)])
    assert study_checks(s.to_json()) == study_checks(s)
