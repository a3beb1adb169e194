"""Inverse-variance pooling: fixed effect and random effects, with heterogeneity.

>>> r = pool([-0.89, -1.59, -1.35], [0.33, 0.19, 0.42], method="DL")
>>> round(r["estimate"], 4), round(r["tau2"], 4), r["k"]
(-1.3377, 0.0, 3)

Every function takes effect sizes ``yi`` and their variances ``vi`` (log scale for
ratios: the ``yi``/``vi`` columns of ``effect_sizes``) and returns a dict: method, k,
estimate, se, ci_low, ci_high, z, p, tau2, tau, I2 (percent), H2, Q, df, p_Q and the
relative weights. 95% intervals are estimate ± 1.96·SE (Wald, as metafor's default).

- ``fixed_effect``: weights 1/vᵢ.
- ``dersimonian_laird``: the closed-form moment estimator of τ².
- ``reml``: restricted maximum likelihood by fixed-point iteration (Viechtbauer 2005).
- ``paule_mandel``: τ² such that the generalised Q equals k − 1 (bisection; checked against
  statsmodels' ``combine_effects(method_re="pm")`` in the tests).
- ``hartung_knapp``: the Hartung–Knapp–Sidik–Jonkman interval on top of any of them
  (metafor's ``test = "knha"``): SE from the weighted residuals, t with k − 1 df.
- ``prediction_interval``: where the effect of a new study would lie (k ≥ 3, random
  effects): μ̂ ± t(k − 2)·√(τ² + SE²), as the Cochrane Handbook (10.10.4.3) gives it, with
  the Hartung–Knapp SE when that was asked for. (metafor's ``predict()`` uses z after a
  Wald fit and t(k − 1) after a Knapp–Hartung one, so its limits are a little narrower.)
- ``leave_one_out`` and ``by_subgroup``: each study left out in turn; one pool per
  subgroup (design) with the test for subgroup differences.

I² for the random-effects methods is metafor's 100·τ²/(τ² + s²) with s² the "typical"
within-study variance; under DL it equals Higgins' (Q − df)/Q. Tested against metafor's
results for dat.bcg (log risk ratios of 13 BCG vaccine trials).
"""

from __future__ import annotations

import math

from .distributions import Z95, chi2_sf, normal_two_sided_p, root_of_decreasing, t_critical, t_two_sided_p


def _check(yi, vi) -> tuple[list[float], list[float]]:
    y, v = [float(x) for x in yi], [float(x) for x in vi]
    if len(y) != len(v) or not y:
        raise ValueError("yi and vi must be non-empty and of equal length")
    if any(not math.isfinite(x) for x in y) or any(not (x > 0 and math.isfinite(x)) for x in v):
        raise ValueError("every yi must be finite and every vi finite and positive")
    return y, v


def _q(y: list[float], v: list[float]) -> tuple[float, float, float, float]:
    """Cochran's Q, the fixed-effect mean, Σw and Σw²."""
    w = [1.0 / x for x in v]
    sw = sum(w)
    mean = sum(wi * yi for wi, yi in zip(w, y)) / sw
    q = sum(wi * (yi - mean) ** 2 for wi, yi in zip(w, y))
    return q, mean, sw, sum(wi * wi for wi in w)


def _summary(method: str, y: list[float], v: list[float], tau2: float) -> dict:
    k, df = len(y), len(y) - 1
    q, _, sw_fe, sw2_fe = _q(y, v)
    w = [1.0 / (x + tau2) for x in v]
    sw = sum(w)
    est = sum(wi * yi for wi, yi in zip(w, y)) / sw
    se = math.sqrt(1.0 / sw)
    z = est / se
    if method == "FE":
        i2 = 100.0 * max(0.0, (q - df) / q) if q > 0 else 0.0
        h2 = q / df if df > 0 else None
    else:
        c = sw_fe * sw_fe - sw2_fe
        s2 = df * sw_fe / c if c > 0 else 0.0
        i2 = 100.0 * tau2 / (tau2 + s2) if tau2 + s2 > 0 else 0.0
        h2 = (tau2 + s2) / s2 if s2 > 0 else None
    return {
        "method": method, "k": k, "estimate": est, "se": se,
        "ci_low": est - Z95 * se, "ci_high": est + Z95 * se,
        "z": z, "p": normal_two_sided_p(z),
        "tau2": tau2, "tau": math.sqrt(tau2), "I2": i2, "H2": h2,
        "Q": q, "df": df, "p_Q": chi2_sf(q, df) if df > 0 else None,
        "weights": [wi / sw for wi in w],
    }


def fixed_effect(yi, vi) -> dict:
    """Inverse-variance fixed-effect (common-effect) estimate.

    >>> round(fixed_effect([1.0, 3.0], [1.0, 1.0])["estimate"], 6)
    2.0
    """
    y, v = _check(yi, vi)
    result = _summary("FE", y, v, 0.0)
    result["tau2"] = result["tau"] = None
    return result


def dersimonian_laird_tau2(yi, vi) -> float:
    """τ²_DL = max(0, (Q − df) / (Σw − Σw²/Σw)).

    >>> dersimonian_laird_tau2([1.0, 1.0], [1.0, 1.0])
    0.0
    """
    y, v = _check(yi, vi)
    q, _, sw, sw2 = _q(y, v)
    c = sw - sw2 / sw
    return max(0.0, (q - (len(y) - 1)) / c) if c > 0 else 0.0


def dersimonian_laird(yi, vi) -> dict:
    """Random effects, DerSimonian–Laird τ².

    >>> r = dersimonian_laird([0.0, 2.0, 4.0], [0.5, 0.5, 0.5])
    >>> r["estimate"], round(r["tau2"], 4)
    (2.0, 3.5)
    """
    y, v = _check(yi, vi)
    return _summary("DL", y, v, dersimonian_laird_tau2(y, v))


def reml_tau2(yi, vi, *, tol: float = 1e-10, max_iter: int = 1000) -> float:
    """τ² by REML: iterate τ² ← Σw²((y − μ)² − v)/Σw² + 1/Σw, truncated at 0.

    >>> reml_tau2([1.0, 1.0, 1.0], [0.2, 0.3, 0.4])
    0.0
    """
    y, v = _check(yi, vi)
    if len(y) < 2:
        return 0.0
    tau2 = dersimonian_laird_tau2(y, v)
    for _ in range(max_iter):
        w = [1.0 / (x + tau2) for x in v]
        sw = sum(w)
        mu = sum(wi * yi for wi, yi in zip(w, y)) / sw
        sw2 = sum(wi * wi for wi in w)
        new = max(0.0, sum(wi * wi * ((yi - mu) ** 2 - vi) for wi, yi, vi in zip(w, y, v)) / sw2 + 1.0 / sw)
        if abs(new - tau2) < tol * max(1.0, tau2):
            return new
        tau2 = new
    # The fixed point can cycle between two values on some data: maximise the restricted
    # likelihood itself instead (golden-section search on a bracket that holds the maximum).
    return _reml_by_search(y, v)


def restricted_log_likelihood(y: list[float], v: list[float], tau2: float) -> float:
    """The REML log-likelihood of τ², up to a constant.

    >>> round(restricted_log_likelihood([0.0, 2.0], [1.0, 1.0], 1.0), 4)
    -1.1931
    """
    w = [1.0 / (x + tau2) for x in v]
    sw = sum(w)
    mu = sum(wi * yi for wi, yi in zip(w, y)) / sw
    return -0.5 * (sum(math.log(x + tau2) for x in v) + math.log(sw) + sum(wi * (yi - mu) ** 2 for wi, yi in zip(w, y)))


def _reml_by_search(y: list[float], v: list[float]) -> float:
    """τ² that maximises the restricted likelihood on [0, an upper bound], by golden section."""
    spread = max(y) - min(y)
    low, high = 0.0, 10.0 * (spread * spread + max(v))
    ratio = (math.sqrt(5.0) - 1.0) / 2.0
    a, b = high - ratio * (high - low), low + ratio * (high - low)
    fa, fb = restricted_log_likelihood(y, v, a), restricted_log_likelihood(y, v, b)
    for _ in range(200):
        if fa < fb:
            low, a, fa = a, b, fb
            b = low + ratio * (high - low)
            fb = restricted_log_likelihood(y, v, b)
        else:
            high, b, fb = b, a, fa
            a = high - ratio * (high - low)
            fa = restricted_log_likelihood(y, v, a)
        if high - low < 1e-12 * max(1.0, high):
            break
    best = (low + high) / 2.0
    return 0.0 if restricted_log_likelihood(y, v, 0.0) >= restricted_log_likelihood(y, v, best) else best


def reml(yi, vi) -> dict:
    """Random effects, REML τ².

    >>> round(reml([0.0, 2.0, 4.0], [0.5, 0.5, 0.5])["tau2"], 4)
    3.5
    """
    y, v = _check(yi, vi)
    return _summary("REML", y, v, reml_tau2(y, v))


def paule_mandel(yi, vi) -> dict:
    """Random effects, Paule–Mandel τ²: the τ² at which the generalised Q equals k − 1.

    >>> round(paule_mandel([0.0, 2.0, 4.0], [0.5, 0.5, 0.5])["tau2"], 4)
    3.5

    The generalised Q falls as τ² grows, so the root is found by bisection: no numpy or
    statsmodels at run time (statsmodels, which pulls in pandas, is the tests' reference).
    """
    y, v = _check(yi, vi)
    return _summary("PM", y, v, paule_mandel_tau2(y, v))


def paule_mandel_tau2(y: list[float], v: list[float]) -> float:
    k = len(y)
    if k < 2:
        return 0.0

    def excess(tau2: float) -> float:
        w = [1.0 / (x + tau2) for x in v]
        mean = sum(wi * yi for wi, yi in zip(w, y)) / sum(w)
        return sum(wi * (yi - mean) ** 2 for wi, yi in zip(w, y)) - (k - 1)

    if excess(0.0) <= 0:
        return 0.0
    return root_of_decreasing(excess, 0.0, max(1e-8, max((yi - sum(y) / k) ** 2 for yi in y) * k + max(v)))


METHODS = {"FE": fixed_effect, "DL": dersimonian_laird, "REML": reml, "PM": paule_mandel}


def hartung_knapp(result: dict, yi, vi) -> dict:
    """A pooled result with the Hartung–Knapp–Sidik–Jonkman SE, interval and p.

    >>> r = hartung_knapp(dersimonian_laird([0.0, 2.0, 4.0], [0.5, 0.5, 0.5]), [0.0, 2.0, 4.0], [0.5, 0.5, 0.5])
    >>> round(r["se"], 4), round(r["ci_low"], 3), r["test"]
    (1.1547, -2.968, 'knha')

    SE² = Σwᵢ(yᵢ − μ̂)² / ((k − 1)·Σwᵢ) with the method's weights wᵢ = 1/(vᵢ + τ²), not
    truncated below the usual SE (as metafor); the interval and p use t with k − 1 df.
    """
    y, v = _check(yi, vi)
    k = len(y)
    out = dict(result)
    if k < 2:
        return out
    tau2 = result.get("tau2") or 0.0
    w = [1.0 / (x + tau2) for x in v]
    sw = sum(w)
    mu = result["estimate"]
    se = math.sqrt(sum(wi * (yi - mu) ** 2 for wi, yi in zip(w, y)) / ((k - 1) * sw))
    if not se > 0:
        # Every study the same: the residuals estimate no spread at all (metafor's 0/0). The
        # Wald result stands, and says so.
        out["test_note"] = "Hartung–Knapp not applied: the studies' estimates are identical"
        return out
    crit = t_critical(0.05, k - 1)
    t = mu / se
    out.update(se=se, ci_low=mu - crit * se, ci_high=mu + crit * se, z=t,
               p=t_two_sided_p(t, k - 1), test="knha", test_df=k - 1)
    return out


def prediction_interval(result: dict) -> tuple[float, float] | None:
    """95% prediction interval μ̂ ± t(k − 2)·√(τ² + SE²) of a random-effects result, k ≥ 3.

    >>> lo, hi = prediction_interval({"method": "DL", "k": 3, "estimate": 2.0, "se": 1.0, "tau2": 3.0})
    >>> round(lo, 2), round(hi, 2)
    (-23.41, 27.41)
    """
    k, tau2 = result.get("k") or 0, result.get("tau2")
    if k < 3 or tau2 is None or result.get("method") == "FE":
        return None
    half = t_critical(0.05, k - 2) * math.sqrt(tau2 + result["se"] ** 2)
    return result["estimate"] - half, result["estimate"] + half


def pool(yi, vi, method: str = "DL", hksj: bool = False) -> dict:
    """Pool with one method by name: FE, DL, REML or PM; Hartung–Knapp if ``hksj``.

    >>> r = pool([0.0, 2.0, 4.0], [0.5, 0.5, 0.5], "DL")
    >>> r["test"], [round(x, 2) for x in (r["pi_low"], r["pi_high"])]
    ('z', [-25.93, 29.93])

    Every result says its ``test`` ("z" or "knha") and, for random effects with k ≥ 3,
    its 95% prediction interval (``pi_low``, ``pi_high``; None otherwise).
    """
    try:
        fn = METHODS[method.upper()]
    except KeyError:
        raise ValueError(f"unknown method {method!r}; one of {', '.join(METHODS)}") from None
    result = fn(yi, vi)
    result["test"], result["test_df"] = "z", None
    if hksj:
        result = hartung_knapp(result, yi, vi)
    interval = prediction_interval(result)
    result["pi_low"], result["pi_high"] = interval if interval else (None, None)
    return result


def leave_one_out(yi, vi, labels, method: str = "DL", hksj: bool = False) -> list[dict]:
    """The pooled result with each study left out in turn (k ≥ 3).

    >>> [(r["omitted"], r["estimate"]) for r in leave_one_out([0.0, 2.0, 4.0], [0.5] * 3, "abc")]
    [('a', 3.0), ('b', 2.0), ('c', 1.0)]
    """
    y, v = _check(yi, vi)
    labels = list(labels)
    if len(y) < 3:
        return []
    out = []
    for i in range(len(y)):
        result = pool(y[:i] + y[i + 1:], v[:i] + v[i + 1:], method, hksj)
        result["omitted"] = labels[i]
        out.append(result)
    return out


def by_subgroup(yi, vi, subgroups, method: str = "DL", hksj: bool = False) -> dict:
    """One pool per subgroup and the test for subgroup differences (Q between, df = G − 1).

    >>> r = by_subgroup([0.0, 0.2, 2.0, 2.2], [0.1] * 4, ["rct", "rct", "cohort", "cohort"])
    >>> [(g["subgroup"], round(g["estimate"], 2)) for g in r["subgroups"]], round(r["Q_between"], 1)
    ([('rct', 0.1), ('cohort', 2.1)], 40.0)

    Q between = Σ (μ̂_g − μ̂)²/SE_g² over the subgroups, μ̂ their inverse-variance mean (as
    RevMan's test for subgroup differences); a subgroup of one study is its own estimate.
    """
    y, v = _check(yi, vi)
    members: dict[str, list[int]] = {}
    for i, g in enumerate(subgroups):
        members.setdefault(g or "unknown", []).append(i)
    groups = []
    for name, idx in members.items():
        result = pool([y[i] for i in idx], [v[i] for i in idx], method, hksj if len(idx) > 1 else False)
        result["subgroup"] = name
        groups.append(result)
    out = {"subgroups": groups, "Q_between": None, "df_between": None, "p_between": None}
    if len(groups) >= 2 and all(g["se"] > 0 for g in groups):
        w = [1.0 / g["se"] ** 2 for g in groups]
        mu = sum(wi * g["estimate"] for wi, g in zip(w, groups)) / sum(w)
        q = sum(wi * (g["estimate"] - mu) ** 2 for wi, g in zip(w, groups))
        out.update(Q_between=q, df_between=len(groups) - 1, p_between=chi2_sf(q, len(groups) - 1))
    return out


def pool_rows(rows: list[dict], method: str = "DL") -> list[dict]:
    """Pool ``effect_sizes`` rows of the same measure, formula and time across studies.

    >>> rows = [{"measure": "M", "formula": "smd_hedges_g", "time_label": "12 months", "study_id": s,
    ...          "yi": y, "vi": 0.1} for s, y in (("a", 0.2), ("b", 0.4))]
    >>> [(p["measure"], p["k"], round(p["estimate"], 2)) for p in pool_rows(rows)]
    [('M', 2, 0.3)]

    One row per study and key: a study that gives several (subgroups) adds only its
    first, so no study is counted twice. Ratios are pooled on the log scale.
    """
    groups: dict[tuple, dict[str, dict]] = {}
    for r in rows:
        if r.get("yi") is None or not r.get("vi"):
            continue
        key = (r.get("measure"), r.get("formula"), r.get("time_label"))
        groups.setdefault(key, {}).setdefault(r.get("study_id"), r)
    out = []
    for (measure, formula, time_label), by_study in groups.items():
        if len(by_study) < 2:
            continue
        chosen = list(by_study.values())
        result = pool([r["yi"] for r in chosen], [r["vi"] for r in chosen], method)
        out.append({"measure": measure, "formula": formula, "time_label": time_label,
                    "studies": list(by_study), **result})
    return out
