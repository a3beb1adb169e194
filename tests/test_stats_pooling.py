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
