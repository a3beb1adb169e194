"""Effect sizes: known answers worked by hand or from metafor, and rows from a record."""

import itertools
import math

import pytest

from ingest.extract.record import Effect, Group, Measurement, Participants, Study, Time
from ingest.stats import effect_sizes as es
from ingest.stats.distributions import betainc, chi2_sf, t_critical, t_two_sided_p

BASELINE = Time(0, "month")


def by_formula(rows):
    return {r["formula"]: r for r in rows}


# ---------------------------------------------------------------- the t distribution


def test_t_distribution_matches_scipy():
    from scipy import stats

    for t, df in itertools.product([0.01, 0.7, 1.96, 3.39, 8.0, 40.0], [1, 2, 5, 29, 105, 10_000]):
        assert t_two_sided_p(t, df) == pytest.approx(2 * stats.t.sf(t, df), rel=1e-8, abs=1e-300)
    for p, df in itertools.product([0.5, 0.059, 0.05, 0.001, 1e-8], [2, 10, 105, 1000]):
        assert t_critical(p, df) == pytest.approx(stats.t.isf(p / 2, df), rel=1e-9)
    for x, df in itertools.product([0.5, 3.84, 20.0, 152.233], [1, 4, 12, 40]):
        assert chi2_sf(x, df) == pytest.approx(stats.chi2.sf(x, df), rel=1e-9, abs=1e-300)
    assert betainc(2.5, 0.5, 0.3) == pytest.approx(stats.beta.cdf(0.3, 2.5, 0.5), rel=1e-10)


# ---------------------------------------------------------------- one group, before and after


def test_pre_post_by_hand():
    # m1 = 20 ± 4, m2 = 23 ± 5, n = 30, r = 0.6:
    #   SD_change² = 16 + 25 − 2·0.6·4·5 = 17, SD_change = 4.123106
    #   mean change 3, var 17/30 = 0.566667, SE 0.752773, CI 3 ± 1.959964·0.752773
    #   J = Γ(14.5)/(√14.5·Γ(14)) = 0.973875 (exact, as metafor; 1 − 3/(4·29 − 1) = 0.973913)
    #   SMCC: d = 3/4.123106 = 0.727607, g = 0.708598, var = 1/30 + g²/60 = 0.041702
    #   SMCR: d = 3/4 = 0.75, g = 0.730406, var = 2·0.4/30 + g²/60 = 0.035558
    rows = by_formula(es.pre_post(20, 4, 23, 5, 30, r=0.6))
    mc = rows["mean_change"]
    assert mc["estimate"] == 3.0
    assert mc["vi"] == pytest.approx(17 / 30)
    assert (mc["ci_low"], mc["ci_high"]) == pytest.approx((3 - 1.959964 * 0.752773, 3 + 1.959964 * 0.752773), abs=1e-5)
    smcc, smcr = rows["smc_change_sd"], rows["smc_baseline_sd"]
    assert smcc["estimate"] == pytest.approx(0.708598, abs=1e-6)
    assert smcc["vi"] == pytest.approx(1 / 30 + 0.708598 ** 2 / 60, abs=1e-6)
    assert smcr["estimate"] == pytest.approx(0.730406, abs=1e-6)
    assert smcr["vi"] == pytest.approx(2 * 0.4 / 30 + 0.730406 ** 2 / 60, abs=1e-6)
    assert smcr["ci_low"] == pytest.approx(0.730406 - 1.959964 * math.sqrt(0.035558), abs=1e-5)


def test_pre_post_assumed_r_changes_only_what_it_should():
    r2, r8 = by_formula(es.pre_post(20, 4, 23, 5, 30, r=0.2)), by_formula(es.pre_post(20, 4, 23, 5, 30, r=0.8))
    assert r2["mean_change"]["estimate"] == r8["mean_change"]["estimate"]
    assert r2["mean_change"]["vi"] > r8["mean_change"]["vi"]
    assert r2["smc_baseline_sd"]["estimate"] == r8["smc_baseline_sd"]["estimate"]  # r enters its variance only
    assert r2["smc_change_sd"]["estimate"] < r8["smc_change_sd"]["estimate"]


def test_pre_post_refuses_what_it_cannot_compute():
    assert es.pre_post(20, 0, 23, 5, 30) == []
    assert es.pre_post(20, 4, 23, 5, 2) == []


def test_implied_correlation_of_the_seed_asia_motor_change():
    # 40.7 ± 17 → 43.3 ± 15.9, n = 106, p < 0.001: a paired t-test needs |t| ≥ 3.386 on
    # 105 df, so SD_change ≤ 2.6·√106/3.386 = 7.906 and r ≥ (17² + 15.9² − 7.906²)/(2·17·15.9).
    x = es.implied_correlation(40.7, 17, 43.3, 15.9, 106, 0.001, "<")
    assert x["relation"] == ">=" and x["status"] == "bound"
    assert 0.88 < x["r"] < 0.90
    sd_c = 2.6 * math.sqrt(106) / x["t"]
    assert x["r"] == pytest.approx((17 ** 2 + 15.9 ** 2 - sd_c ** 2) / (2 * 17 * 15.9))
    assert x["t"] == pytest.approx(3.386, abs=1e-3)


def test_implied_correlation_relations():
    exact = es.implied_correlation(37.8, 21.7, 43.9, 16.6, 106, 0.059, "=")
    assert exact["relation"] == "=" and exact["r"] == pytest.approx(-0.466, abs=2e-3)
    # The r it implies gives back the p it came from.
    sd_c = es.change_sd(21.7, 16.6, exact["r"])
    assert t_two_sided_p(6.1 * math.sqrt(106) / sd_c, 105) == pytest.approx(0.059, rel=1e-6)
    assert es.implied_correlation(10, 5, 11, 5, 20, 0.5, ">")["relation"] == "<="
    # A huge change is p < 0.001 whatever the correlation; a tiny one never is.
    assert es.implied_correlation(23.8, 23.0, 51.8, 31.8, 106, 0.001, "<")["status"] == "any"
    assert es.implied_correlation(10.0, 5.0, 10.4, 9.0, 20, 0.001, "<")["status"] == "impossible"


# ---------------------------------------------------------------- two groups


def test_two_group_matches_metafor_normand1999_first_study():
    # metafor escalc("SMD", dat.normand1999, study 1 (Edinburgh)): yi = −0.3552, vi = 0.0131.
    md, g = es.two_group(55, 47, 155, 75, 64, 156)
    assert md["estimate"] == -20 and md["vi"] == pytest.approx(47 ** 2 / 155 + 64 ** 2 / 156)
    assert g["estimate"] == pytest.approx(-0.3552, abs=1e-4)
    assert g["vi"] == pytest.approx(0.0131, abs=1e-4)


def test_two_by_two_matches_metafor_dat_bcg_first_trial():
    rows, corrected = es.two_by_two(4, 123, 11, 139)
    rows = by_formula(rows)
    assert not corrected
    assert rows["risk_ratio"]["yi"] == pytest.approx(-0.8893, abs=1e-4)
    assert rows["risk_ratio"]["vi"] == pytest.approx(0.3256, abs=1e-4)
    assert rows["risk_ratio"]["estimate"] == pytest.approx(math.exp(-0.8893), abs=1e-4)
    assert rows["odds_ratio"]["yi"] == pytest.approx(-0.9387, abs=1e-4)
    assert rows["odds_ratio"]["vi"] == pytest.approx(0.3571, abs=1e-4)
    assert rows["risk_difference"]["estimate"] == pytest.approx(4 / 123 - 11 / 139)
    lo, hi = rows["risk_ratio"]["ci_low"], rows["risk_ratio"]["ci_high"]
    assert lo < rows["risk_ratio"]["estimate"] < hi and lo > 0


def test_two_by_two_zero_cell_is_corrected_and_said():
    rows, corrected = es.two_by_two(0, 20, 5, 20)
    assert corrected
    assert by_formula(rows)["odds_ratio"]["yi"] == pytest.approx(math.log((0.5 * 15.5) / (20.5 * 5.5)))


# ---------------------------------------------------------------- rows from a record


def seed_like_study(p=0.001, relation="<"):
    return Study(
        participants=Participants(enrolled=106),
        measurements=[
            Measurement("ASIA motor score", "all", BASELINE, "mean", 40.7, "sd", 17.0, quote="q1"),
            Measurement("ASIA motor score", "all", Time(12, "month"), "mean", 43.3, "sd", 15.9, quote="q1"),
        ],
        effects=[Effect("ASIA motor score", time=Time(12, "month"), p=p, p_relation=relation, quote="q2")],
    )


def test_study_rows_carry_inputs_assumptions_and_implied_r():
    rows = es.study_effect_sizes(seed_like_study(), r=0.5)
    assert [r["formula"] for r in rows] == ["mean_change", "smc_change_sd", "smc_baseline_sd"]
    for row in rows:
        assert row["comparison"] == "pre_post" and row["n"] == 106 and row["assumed_r"] == 0.5
        assert 0.88 < row["implied_r"] < 0.90 and row["implied_r_relation"] == ">="
        assert row["inputs"]["pre"] == {"mean": 40.7, "sd": 17.0, "time": "baseline"}
        assert row["inputs"]["n_basis"].startswith("enrolled")
        assert any("r = 0.5" in a for a in row["assumptions"])
        assert any("implies r ≥ 0.89" in a for a in row["assumptions"])
        assert row["quotes"] == ["q1", "q2"]
    assert rows[0]["estimate"] == pytest.approx(2.6)


def test_assumed_r_is_configurable(monkeypatch):
    monkeypatch.setenv("EVIDENCE_PRE_POST_R", "0.7")
    assert es.assumed_r() == 0.7
    assert {r["assumed_r"] for r in es.study_effect_sizes(seed_like_study())} == {0.7}
    monkeypatch.setenv("EVIDENCE_PRE_POST_R", "2")
    assert es.assumed_r() == 0.5


def test_no_rows_without_sd_or_n():
    s = seed_like_study()
    s.participants = Participants()
    assert es.study_effect_sizes(s) == []
    s = seed_like_study()
    s.measurements[0].dispersion = None
    assert es.study_effect_sizes(s) == []


def test_two_arms_give_md_smd_and_difference_in_change():
    t6 = Time(6, "month")
    study = Study(
        groups=[Group("treatment", "arm", 40), Group("placebo", "arm", 40)],
        measurements=[
            Measurement("6MWD", "treatment", BASELINE, "mean", 300.0, "sd", 60.0),
            Measurement("6MWD", "treatment", t6, "mean", 344.0, "sd", 70.0),
            Measurement("6MWD", "placebo", BASELINE, "mean", 296.0, "sd", 70.0),
            Measurement("6MWD", "placebo", t6, "mean", 306.0, "sd", 75.0),
            Measurement("responders", "treatment", t6, "n", 20.0),
            Measurement("responders", "placebo", t6, "n", 10.0),
        ])
    rows = es.study_effect_sizes(study, r=0.5)
    two = {r["formula"]: r for r in rows if r["comparison"] == "two_group"}
    assert set(two) == {"mean_difference", "smd_hedges_g", "difference_in_mean_change"}
    assert all(r["time_label"] == "6 months" for r in two.values())  # arms are not compared at baseline
    assert two["mean_difference"]["estimate"] == 38.0
    assert (two["mean_difference"]["n1"], two["mean_difference"]["n2"]) == (40, 40)
    assert two["difference_in_mean_change"]["estimate"] == 34.0
    assert two["difference_in_mean_change"]["assumed_r"] == 0.5
    binary = by_formula([r for r in rows if r["comparison"] == "two_group_binary"])
    assert binary["risk_ratio"]["estimate"] == pytest.approx(2.0)
    assert binary["risk_difference"]["estimate"] == pytest.approx(0.25)
    assert binary["odds_ratio"]["inputs"] == {"a": 20, "n1": 40, "c": 10, "n2": 40}


def test_hedges_g_matches_metafor_escalc_smd_to_1e_8():
    from test_stats_pooling import SMD_TRIALS, SMD_VI, SMD_YI

    for (m1, s1, n1, m2, s2, n2), yi, vi in zip(SMD_TRIALS, SMD_YI, SMD_VI):
        g = by_formula(es.two_group(m1, s1, n1, m2, s2, n2))["smd_hedges_g"]
        assert g["yi"] == pytest.approx(yi, abs=1e-8) and g["vi"] == pytest.approx(vi, abs=1e-8)


def test_reported_ratio_and_difference_take_their_se_from_the_ci():
    hr = es.reported_effect("hazard_ratio", 0.72, 0.6, 0.86)
    assert hr["yi"] == pytest.approx(math.log(0.72))
    assert hr["se"] == pytest.approx((math.log(0.86) - math.log(0.6)) / (2 * 1.959964), rel=1e-6)
    assert (hr["ci_low"], hr["ci_high"]) != (0.6, 0.86)  # symmetric on the log scale around 0.72
    md = es.reported_effect("mean_difference", -2.1, -3.5, -0.7)
    assert md["yi"] == -2.1 and md["se"] == pytest.approx(1.4 / 1.959964, rel=1e-6)
    for bad in (("hazard_ratio", 0.72, 0.8, 0.9), ("odds_ratio", 1.2, -0.1, 2.0), ("correlation", 0.3, 0.1, 0.5),
                ("risk_ratio", 1.0, 1.2, 1.1)):
        assert es.reported_effect(*bad) is None, bad


def test_a_study_reporting_a_hazard_ratio_gets_a_between_arm_row():
    study = {"groups": [{"name": "drug", "role": "arm", "n": 100}, {"name": "placebo", "role": "arm", "n": 98}],
             "effects": [{"measure": "death", "group": "drug", "versus": "placebo", "time": {"value": 2, "unit": "year"},
                          "type": "hazard_ratio", "value": 0.8, "ci": [0.65, 0.98], "quote": "HR 0.80 (0.65-0.98)"},
                         {"measure": "death", "group": "drug", "versus": "placebo", "type": "hazard_ratio",
                          "value": 0.8, "ci": None, "quote": "HR 0.80"}]}
    (row,) = es.study_effect_sizes(study)
    assert (row["comparison"], row["formula"], row["n1"], row["n2"]) == ("reported", "reported_hazard_ratio", 100, 98)
    assert row["yi"] == pytest.approx(math.log(0.8)) and row["time_label"] == "2 years"
    assert "HR 0.80 (0.65-0.98)" in row["quotes"]


def test_changes_stated_with_cis_in_both_arms_give_an_smd_of_changes():
    study = {"groups": [{"name": "drug", "role": "arm", "n": 25}, {"name": "placebo", "role": "arm", "n": 25}],
             "effects": [{"measure": "pain", "group": g, "versus": "baseline", "time": {"value": 8, "unit": "week"},
                          "type": "mean_change", "value": v, "ci": ci, "quote": f"{g} changed"}
                         for g, v, ci in (("drug", -2.0, [-3.0, -1.0]), ("placebo", -0.5, [-1.5, 0.5]))]}
    rows = [r for r in es.study_effect_sizes(study) if r["formula"] == "smd_of_changes"]
    (row,) = rows
    sd = es.change_sd_from_ci(-3.0, -1.0, 25)
    assert sd == pytest.approx(5 * 2 / (2 * 2.063899), rel=1e-5)  # t(24) = 2.063899
    expected = by_formula(es.two_group(-2.0, sd, 25, -0.5, sd, 25))["smd_hedges_g"]
    assert row["yi"] == pytest.approx(expected["yi"]) and row["yi"] < 0
    assert (row["group_name"], row["versus"], row["comparison"]) == ("drug", "placebo", "two_group")


def test_risk_difference_of_a_table_with_a_zero_cell_is_escalcs():
    # escalc("RD", ai = 0, n1i = 20, ci = 5, n2i = 20) adds 1/2 to every cell (add = 1/2, to = "only0"):
    # p1 = 0.5/21, p2 = 5.5/21.
    rd = by_formula(es.two_by_two(0, 20, 5, 20)[0])["risk_difference"]
    p1, p2 = 0.5 / 21, 5.5 / 21
    assert rd["yi"] == pytest.approx(p1 - p2) and rd["vi"] == pytest.approx(p1 * (1 - p1) / 21 + p2 * (1 - p2) / 21)
    plain = by_formula(es.two_by_two(4, 20, 5, 20)[0])["risk_difference"]
    assert plain["yi"] == pytest.approx(4 / 20 - 5 / 20)  # no zero cell: nothing added


def test_a_change_outside_its_own_interval_or_half_an_interval_gives_no_smd():
    def study(value, ci):
        return {"groups": [{"name": "drug", "role": "arm", "n": 25}, {"name": "placebo", "role": "arm", "n": 25}],
                "effects": [{"measure": "pain", "group": g, "versus": "baseline", "time": {"value": 8, "unit": "week"},
                             "type": "mean_change", "value": v, "ci": c, "quote": "q"}
                            for g, v, c in (("drug", value, ci), ("placebo", -0.5, [-1.5, 0.5]))]}

    for value, ci in ((5.0, [-3.0, -1.0]), (-2.0, [None, -1.0])):
        assert not [r for r in es.study_effect_sizes(study(value, ci)) if r["formula"] == "smd_of_changes"]
