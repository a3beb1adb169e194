"""The GRADE-style certainty of a pooled comparison: where it starts, each domain that takes
it down, and the reasons a reader sees."""

import pytest

from ingest.stats.certainty import LABEL, rate


def pooled(**kw):
    base = {"k": 4, "estimate": -0.5, "ci_low": -0.8, "ci_high": -0.2, "I2": 10.0, "tau2": 0.01, "pi_low": -0.9,
            "pi_high": -0.1, "weights": [0.25] * 4}
    return {**base, **kw}


def trials(n=150, flags=(), design="rct", k=4):
    return [{"design": design, "bias_flags": list(flags), "n": n} for _ in range(k)]


def downs(result):
    return {d["domain"]: d["down"] for d in result["domains"]}


def test_large_consistent_blinded_trials_stay_high():
    r = rate(pooled(), trials(), "between_arms")
    assert (r["start"], r["rating"], r["label"]) == ("high", "high", LABEL)
    assert sum(downs(r).values()) == 0
    assert "600 people reach the optimal information size" in " ".join(d["reason"] for d in r["domains"])


def test_observational_and_within_arm_evidence_start_low():
    assert rate(pooled(), trials(design="cohort"), "between_arms")["start"] == "low"
    r = rate(pooled(), trials(design="rct"), "within_arm")
    assert r["start"] == "low" and "no control group" in r["start_reason"]


@pytest.mark.parametrize("flags, weights, down", [
    (["not_blinded"], [0.25] * 4, 1),      # every study open-label
    (["small_n"], [0.25] * 4, 0),          # small n is imprecision, not bias
])
def test_risk_of_bias_follows_the_flags_by_weight(flags, weights, down):
    r = rate(pooled(weights=weights), trials(flags=flags), "between_arms")
    assert downs(r)["risk of bias"] == down


def test_risk_of_bias_counts_the_weight_of_the_flagged_studies():
    studies = trials()
    studies[0]["bias_flags"] = '["retrospective"]'  # as stored: a JSON string
    light = rate(pooled(weights=[0.1, 0.3, 0.3, 0.3]), studies, "between_arms")
    heavy = rate(pooled(weights=[0.7, 0.1, 0.1, 0.1]), studies, "between_arms")
    assert downs(light)["risk of bias"] == 0 and downs(heavy)["risk of bias"] == 1
    assert "70% of the weight" in next(d["reason"] for d in heavy["domains"] if d["domain"] == "risk of bias")


def test_inconsistency_from_i2_and_the_prediction_interval():
    assert downs(rate(pooled(I2=60.0), trials(), "between_arms"))["inconsistency"] == 1
    assert downs(rate(pooled(I2=30.0, pi_low=-1.2, pi_high=0.3), trials(), "between_arms"))["inconsistency"] == 1
    assert downs(rate(pooled(I2=80.0, pi_low=-1.5, pi_high=0.5), trials(), "between_arms"))["inconsistency"] == 2


def test_identical_results_are_never_inconsistent():
    """Three identical trials: τ² = 0, I² = 0, but t(1) makes the prediction interval wide."""
    from ingest.stats.pooling import pool

    result = pool([0.5, 0.5, 0.5], [0.04] * 3, "DL")
    assert result["pi_low"] < 0 < result["ci_low"]
    assert downs(rate(result, trials(k=3), "between_arms"))["inconsistency"] == 0


def test_within_arm_evidence_is_not_marked_down_again_for_having_no_control():
    studies = [{"design": "case_series", "bias_flags": ["single_arm", "no_control", "not_randomised"], "n": 200}] * 3
    r = rate(pooled(k=3, weights=[1 / 3] * 3), studies, "within_arm")
    assert (r["start"], downs(r)["risk of bias"], r["rating"]) == ("low", 0, "low")
    observational = rate(pooled(), trials(design="cohort", flags=["not_randomised"]), "between_arms")
    assert downs(observational)["risk of bias"] == 0
    retrospective = rate(pooled(), trials(design="cohort", flags=["not_randomised", "retrospective"]), "between_arms")
    assert downs(retrospective)["risk of bias"] == 1


def test_events_not_people_for_binary_outcomes():
    rare = [{"design": "rct", "bias_flags": [], "n": 400, "events": 10} for _ in range(4)]
    r = rate(pooled(), rare, "between_arms")
    assert downs(r)["imprecision"] == 1 and "40 events" in " ".join(d["reason"] for d in r["domains"])


def test_imprecision_from_the_interval_and_the_information_size():
    wide = rate(pooled(ci_low=-0.6, ci_high=0.1), trials(), "between_arms")
    assert downs(wide)["imprecision"] == 1
    small = rate(pooled(ci_low=-0.6, ci_high=0.1), trials(n=40), "between_arms")
    assert downs(small)["imprecision"] == 2 and small["rating"] == "low"
    unknown = rate(pooled(), trials(n=None), "between_arms")
    assert "not known for every study" in " ".join(d["reason"] for d in unknown["domains"])


def test_two_studies_and_the_floor_of_very_low():
    r = rate(pooled(k=2, weights=[0.5, 0.5], ci_low=-0.9, ci_high=0.2, I2=80.0, pi_low=None, pi_high=None),
             trials(n=30, flags=["not_blinded"], k=2), "between_arms")
    assert downs(r)["few studies"] == 1 and r["rating"] == "very low"
