"""Pooling: known answers from metafor for dat.bcg, and agreement with statsmodels."""

import math

import pytest

from ingest.stats import pooling

# metafor's dat.bcg: tpos, tneg, cpos, cneg of 13 BCG vaccine trials.
BCG = [(4, 119, 11, 128), (6, 300, 29, 274), (3, 228, 11, 209), (62, 13536, 248, 12619),
       (33, 5036, 47, 5761), (180, 1361, 372, 1079), (8, 2537, 10, 619), (505, 87886, 499, 87892),
       (29, 7470, 45, 7232), (17, 1699, 65, 1600), (186, 50448, 141, 27197), (5, 2493, 3, 2338),
       (27, 16886, 29, 17825)]
YI = [math.log((a / (a + b)) / (c / (c + d))) for a, b, c, d in BCG]
VI = [1 / a - 1 / (a + b) + 1 / c - 1 / (c + d) for a, b, c, d in BCG]


def test_dat_bcg_dersimonian_laird():
    # rma(yi, vi, data = escalc("RR", ...), method = "DL")
    r = pooling.pool(YI, VI, "DL")
    assert r["k"] == 13 and r["df"] == 12
    assert r["estimate"] == pytest.approx(-0.7141, abs=1e-4)
    assert r["ci_low"] == pytest.approx(-1.0644, abs=1e-4)
    assert r["ci_high"] == pytest.approx(-0.3638, abs=1e-4)
    assert r["tau2"] == pytest.approx(0.3088, abs=1e-4)
    assert r["I2"] == pytest.approx(92.12, abs=0.01)
    assert r["Q"] == pytest.approx(152.2330, abs=1e-3)
    assert r["p_Q"] < 1e-4
    assert sum(r["weights"]) == pytest.approx(1.0)


def test_dat_bcg_fixed_effect():
    # rma(yi, vi, method = "FE"): −0.4303 [−0.5097, −0.3509], Q(12) = 152.2330
    r = pooling.fixed_effect(YI, VI)
    assert r["estimate"] == pytest.approx(-0.4303, abs=1e-4)
    assert (r["ci_low"], r["ci_high"]) == pytest.approx((-0.5097, -0.3509), abs=1e-4)
    assert r["Q"] == pytest.approx(152.2330, abs=1e-3)
    assert r["I2"] == pytest.approx(92.12, abs=0.01)
    assert r["tau2"] is None


def test_dat_bcg_reml():
    # rma(yi, vi) (REML, metafor's default): −0.7145 [−1.0669, −0.3622], τ² = 0.3132, I² = 92.22%
    r = pooling.reml(YI, VI)
    assert r["estimate"] == pytest.approx(-0.7145, abs=1e-4)
    assert (r["ci_low"], r["ci_high"]) == pytest.approx((-1.0669, -0.3622), abs=1e-4)
    assert r["tau2"] == pytest.approx(0.3132, abs=1e-4)
    assert r["I2"] == pytest.approx(92.22, abs=0.01)
    assert r["se"] == pytest.approx(0.1798, abs=1e-4)


def test_dat_bcg_paule_mandel_solves_its_equation():
    # Paule–Mandel: τ² such that Σ wᵢ(yᵢ − μ̂)² = k − 1 with wᵢ = 1/(vᵢ + τ²).
    r = pooling.paule_mandel(YI, VI)
    w = [1 / (v + r["tau2"]) for v in VI]
    mu = sum(wi * y for wi, y in zip(w, YI)) / sum(w)
    assert sum(wi * (y - mu) ** 2 for wi, y in zip(w, YI)) == pytest.approx(12, rel=1e-4)
    assert r["tau2"] == pytest.approx(0.3181, abs=1e-4)
    assert r["estimate"] == pytest.approx(mu)


def test_paule_mandel_agrees_with_statsmodels():
    import numpy as np
    from statsmodels.stats.meta_analysis import combine_effects

    for yi, vi in ((YI, VI), ([0.1, 0.5, 0.9, -0.2], [0.04, 0.09, 0.02, 0.05]), ([0.2, 0.21], [0.1, 0.1])):
        sm = combine_effects(np.array(yi), np.array(vi), method_re="pm")
        assert pooling.paule_mandel(yi, vi)["tau2"] == pytest.approx(max(0.0, sm.tau2), abs=1e-8)


def test_closed_form_dl_agrees_with_statsmodels():
    import numpy as np
    from statsmodels.stats.meta_analysis import combine_effects

    sm = combine_effects(np.array(YI), np.array(VI), method_re="dl")
    ours = pooling.dersimonian_laird(YI, VI)
    assert ours["tau2"] == pytest.approx(sm.tau2, rel=1e-10)
    assert ours["estimate"] == pytest.approx(sm.mean_effect_re, rel=1e-10)
    assert ours["se"] == pytest.approx(sm.sd_eff_w_re, rel=1e-10)
    assert pooling.fixed_effect(YI, VI)["estimate"] == pytest.approx(sm.mean_effect_fe, rel=1e-10)


def test_homogeneous_studies_have_no_heterogeneity():
    r = pooling.dersimonian_laird([0.5, 0.5, 0.5], [0.1, 0.2, 0.3])
    assert r["tau2"] == 0 and r["I2"] == 0 and r["Q"] == pytest.approx(0)
    assert r["estimate"] == pytest.approx(pooling.fixed_effect([0.5, 0.5, 0.5], [0.1, 0.2, 0.3])["estimate"])


def test_bad_input_is_refused():
    with pytest.raises(ValueError):
        pooling.pool([1.0], [0.0])
    with pytest.raises(ValueError):
        pooling.pool([1.0, 2.0], [0.1])
    with pytest.raises(ValueError):
        pooling.pool([1.0, 2.0], [0.1, 0.2], method="bayes")


def test_pool_rows_groups_by_measure_and_counts_each_study_once():
    rows = [{"study_id": f"s{i}", "measure": "RR", "formula": "risk_ratio", "time_label": None,
             "yi": y, "vi": v} for i, (y, v) in enumerate(zip(YI, VI))]
    rows.append({**rows[0], "yi": 5.0})  # a second row of study s0 is not counted again
    rows.append({"study_id": "x", "measure": "other", "formula": "risk_ratio", "time_label": None,
                 "yi": 0.1, "vi": 0.1})  # alone: nothing to pool
    (pooled,) = pooling.pool_rows(rows, "DL")
    assert pooled["k"] == 13 and pooled["estimate"] == pytest.approx(-0.7141, abs=1e-4)


# ---------------------------------------------------------------- Hartung–Knapp, prediction, sensitivity

# Kacker (2004), nine measurements with their variances; metafor's results for it are those
# statsmodels' meta-analysis tests compare against (rma(y, v, method = "DL", test = "knha")).
KACKER_Y = [61.00, 61.40, 62.21, 62.30, 62.34, 62.60, 62.70, 62.84, 65.90]
KACKER_V = [0.2025, 1.2100, 0.0900, 0.2025, 0.3844, 0.5625, 0.0676, 0.0225, 1.8225]


def test_hartung_knapp_matches_metafor_knha():
    r = pooling.pool(KACKER_Y, KACKER_V, "DL", hksj=True)
    assert r["test"] == "knha" and r["test_df"] == 8
    assert r["estimate"] == pytest.approx(62.3901386044504, abs=1e-8)
    assert r["tau2"] == pytest.approx(0.288049246973751, abs=1e-8)
    assert r["se"] == pytest.approx(0.29477605699879, abs=1e-8)
    assert (r["ci_low"], r["ci_high"]) == pytest.approx((61.710383798052, 63.0698934108488), abs=1e-8)
    assert r["p"] == pytest.approx(2.77938607433693e-16, rel=1e-3)
    plain = pooling.pool(KACKER_Y, KACKER_V, "DL")
    assert plain["test"] == "z" and plain["se"] == pytest.approx(0.245749668040304, abs=1e-8)


def test_hartung_knapp_agrees_with_statsmodels_on_bcg_and_an_smd_set():
    import numpy as np
    from statsmodels.stats.meta_analysis import combine_effects

    for yi, vi in ((YI, VI), (SMD_YI, SMD_VI)):
        sm = combine_effects(np.array(yi), np.array(vi), method_re="dl")
        ours = pooling.pool(yi, vi, "DL", hksj=True)
        assert ours["se"] == pytest.approx(math.sqrt(sm.var_hksj_re), rel=1e-9)
        low, high = sm.conf_int(use_t=True)[3]
        assert (ours["ci_low"], ours["ci_high"]) == pytest.approx((low, high), rel=1e-9)


# The six trials of Chen & Peace, Applied Meta-Analysis with R: treatment mean, SD, n, then
# control. metafor's escalc(measure = "SMD") gives these yi and (vtype "LS") vi.
SMD_TRIALS = [(94, 22, 60, 92, 20, 60), (98, 21, 65, 92, 22, 65), (98, 28, 40, 88, 26, 40),
              (94, 19, 200, 82, 17, 200), (98, 21, 50, 88, 22, 45), (96, 21, 85, 92, 22, 85)]
SMD_YI = [0.09452415852032972, 0.27735586626551018, 0.36654442951591998, 0.66438496832691396,
          0.46180628128769841, 0.18516443739910043]
SMD_VI = [0.03337056173559990, 0.03106510106366112, 0.05083971761755720, 0.01055175923267344,
          0.04334466980873156, 0.02363025255552155]


def test_prediction_interval_by_its_formula():
    # DL on Kacker's data: μ̂ = 62.3901, SE = 0.245750, τ² = 0.288049; t(7) = 2.364624.
    r = pooling.pool(KACKER_Y, KACKER_V, "DL")
    half = 2.364624 * math.sqrt(0.288049246973751 + 0.245749668040304 ** 2)
    assert (r["pi_low"], r["pi_high"]) == pytest.approx((62.3901386 - half, 62.3901386 + half), abs=1e-5)
    assert r["pi_low"] < r["ci_low"] and r["pi_high"] > r["ci_high"]
    assert pooling.pool(YI[:2], VI[:2], "DL")["pi_low"] is None  # k < 3
    assert pooling.pool(YI, VI, "FE")["pi_low"] is None  # no τ² in a fixed-effect model


def test_leave_one_out_drops_each_study_once():
    loo = pooling.leave_one_out(YI, VI, [f"t{i}" for i in range(13)], "DL")
    assert [r["omitted"] for r in loo] == [f"t{i}" for i in range(13)]
    assert all(r["k"] == 12 for r in loo)
    assert loo[0]["estimate"] == pytest.approx(pooling.pool(YI[1:], VI[1:], "DL")["estimate"])
    assert pooling.leave_one_out(YI[:2], VI[:2], "ab") == []


def test_subgroups_and_their_difference():
    r = pooling.by_subgroup(YI, VI, ["a"] * 6 + ["b"] * 7, "FE")
    a, b = r["subgroups"]
    assert (a["subgroup"], a["k"], b["k"]) == ("a", 6, 7)
    assert a["estimate"] == pytest.approx(pooling.fixed_effect(YI[:6], VI[:6])["estimate"])
    # Under the fixed-effect model Q between = Q total − Σ Q within.
    total = pooling.fixed_effect(YI, VI)["Q"]
    assert r["Q_between"] == pytest.approx(total - a["Q"] - b["Q"], rel=1e-9)
    assert r["df_between"] == 1 and 0 <= r["p_between"] <= 1


def test_reml_where_the_fixed_point_cycles_still_maximises_the_likelihood():
    # 27 studies on which τ² ← Σw²((y − μ)² − v)/Σw² + 1/Σw jumps between 0.03 and 0.91 for
    # ever; the restricted likelihood's maximum (a grid of 30,000 points) is at 0.4072.
    y = [0.165, -0.138, 0.189, -1.397, -0.563, -0.241, 0.972, -0.74, -0.663, -0.114, 0.186, -0.362, 0.05, -0.964,
         0.994, -0.2, 0.074, 1.59, -0.332, -0.731, -0.583, 0.983, -0.112, -0.462, -0.022, -0.029, 0.592]
    v = [2.67, 1.0, 1.52, 0.804, 1.69, 1.61, 1.7, 1.22, 0.906, 0.52, 1.13, 1.14, 1.33, 0.0433, 0.103, 1.74, 1.76,
         0.142, 1.83, 2.49, 2.49, 1.18, 0.172, 1.88, 1.05, 2.33, 1.11]
    tau2 = pooling.reml_tau2(y, v)
    assert tau2 == pytest.approx(0.4072, abs=1e-3)
    for other in (0.0311, 0.9091, tau2 * 0.9, tau2 * 1.1):
        assert pooling.restricted_log_likelihood(y, v, tau2) > pooling.restricted_log_likelihood(y, v, other)


def test_hartung_knapp_on_identical_studies_keeps_the_wald_result():
    r = pooling.pool([0.3, 0.3, 0.3], [0.1, 0.2, 0.1], "DL", hksj=True)
    assert r["test"] == "z" and r["se"] > 0 and math.isfinite(r["z"]) and "identical" in r["test_note"]
    split = pooling.by_subgroup([0.3, 0.3, 0.5, 0.5], [0.1] * 4, ["a", "a", "b", "b"], "DL", hksj=True)
    assert split["Q_between"] is not None and all(g["se"] > 0 for g in split["subgroups"])
