"""Standardised effects computed from the numbers an article states, assumptions in the open.

>>> [(e["formula"], round(e["estimate"], 4)) for e in pre_post(20, 4, 23, 5, 30, r=0.6)]
[('mean_change', 3.0), ('smc_change_sd', 0.7086), ('smc_baseline_sd', 0.7304)]

Nothing here is a fact of the article: every value is computed, and each result carries
its formula's name, a human-readable formula and the assumptions it rests on. The
formulas are those of Borenstein et al., *Introduction to Meta-Analysis* (2009), and
metafor's ``escalc`` (measures MC, SMCC, SMCR, MD, SMD, OR, RR, RD), with large-sample
variances and 95% intervals estimate ± 1.96·SE (ratios on the log scale).

- One group before and after: the SD of the change is not reported, so it is derived
  from an assumed pre-post correlation r (``DEFAULT_R`` = 0.5, or ``EVIDENCE_PRE_POST_R``
  in the environment; stored with every row). Where the article gives the change's
  p-value, ``implied_correlation`` says which r that p needs under a paired t-test.
- Two groups: mean difference and Hedges' g from means, SDs and sizes; odds ratio,
  risk ratio and risk difference from counts.
"""

from __future__ import annotations

import math
import os

from . import view
from .distributions import Z95, t_critical, t_two_sided_p

DEFAULT_R = 0.5
CONTROL_NAMES = {"control", "placebo", "sham", "standard care", "usual care", "conventional treatment"}

FORMULAS = {
    "mean_change": "post mean − pre mean; SD of change = √(SD₁² + SD₂² − 2·r·SD₁·SD₂); var = SD_change²/n",
    "smc_change_sd": "g = J·(post − pre)/SD_change (SMCC); var = 1/n + g²/(2n); J = Hedges' exact correction, df n−1",
    "smc_baseline_sd": "g = J·(post − pre)/SD_pre (SMCR); var = 2(1 − r)/n + g²/(2n); J = Hedges' exact correction, df n−1",
    "mean_difference": "mean₁ − mean₂; var = SD₁²/n₁ + SD₂²/n₂",
    "smd_hedges_g": "g = J·(mean₁ − mean₂)/SD_pooled; SD_pooled² = ((n₁−1)SD₁² + (n₂−1)SD₂²)/(n₁+n₂−2); "
                    "var = (n₁+n₂)/(n₁n₂) + g²/(2(n₁+n₂)); J = Hedges' exact correction, df n₁+n₂−2",
    "smd_of_changes": "g = J·(change₁ − change₂)/SD_pooled of the changes (each SD_change = √n·CI width/(2·t(n−1)), "
                      "from the article's CI of the change); var as Hedges' g",
    "difference_in_mean_change": "(post₁ − pre₁) − (post₂ − pre₂); var = SD_change₁²/n₁ + SD_change₂²/n₂, "
                                 "each SD_change from the assumed r",
    "reported_hazard_ratio": "yi = ln HR as reported; SE = (ln upper − ln lower)/(2·1.96) from its 95% CI",
    "reported_odds_ratio": "yi = ln OR as reported; SE = (ln upper − ln lower)/(2·1.96) from its 95% CI",
    "reported_risk_ratio": "yi = ln RR as reported; SE = (ln upper − ln lower)/(2·1.96) from its 95% CI",
    "reported_mean_difference": "yi = the mean difference as reported; SE = (upper − lower)/(2·1.96) from its 95% CI",
    "reported_smd": "yi = the standardised mean difference as reported; SE = (upper − lower)/(2·1.96) from its 95% CI",
    "odds_ratio": "OR = (a·d)/(b·c); var(log OR) = 1/a + 1/b + 1/c + 1/d",
    "risk_ratio": "RR = (a/n₁)/(c/n₂); var(log RR) = 1/a − 1/n₁ + 1/c − 1/n₂",
    "risk_difference": "RD = a/n₁ − c/n₂; var = p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂",
}


def assumed_r() -> float:
    """The pre-post correlation to assume: ``EVIDENCE_PRE_POST_R`` if set and in [−1, 1], else 0.5.

    >>> assumed_r()
    0.5
    """
    text = os.environ.get("EVIDENCE_PRE_POST_R")
    try:
        r = float(text) if text else DEFAULT_R
    except ValueError:
        return DEFAULT_R
    return r if -1.0 <= r <= 1.0 else DEFAULT_R


def hedges_j(df: float) -> float:
    """Hedges' exact small-sample correction J = Γ(df/2) / (√(df/2)·Γ((df − 1)/2)).

    >>> round(hedges_j(29), 6), round(1 - 3 / (4 * 29 - 1), 6)
    (0.973875, 0.973913)

    The exact form, as metafor's ``escalc`` computes it, not the approximation
    1 − 3/(4·df − 1) beside it: a small trial with a large effect would otherwise differ
    from ``escalc`` in the fourth decimal, and the comparison export promises agreement.
    """
    half = df / 2.0
    return math.exp(math.lgamma(half) - 0.5 * math.log(half) - math.lgamma(half - 0.5))


def _result(formula: str, yi: float, vi: float, scale: str = "identity") -> dict:
    se = math.sqrt(vi)
    low, high = yi - Z95 * se, yi + Z95 * se
    if scale == "log":
        estimate, low, high = math.exp(yi), math.exp(low), math.exp(high)
    else:
        estimate = yi
    return {"formula": formula, "formula_text": FORMULAS[formula], "estimate": estimate,
            "ci_low": low, "ci_high": high, "yi": yi, "vi": vi, "se": se, "scale": scale}


def change_sd(s1: float, s2: float, r: float) -> float:
    """SD of the change from the two SDs and their correlation.

    >>> round(change_sd(4, 5, 0.6), 4)
    4.1231
    """
    return math.sqrt(max(0.0, s1 * s1 + s2 * s2 - 2.0 * r * s1 * s2))


def pre_post(m1: float, s1: float, m2: float, s2: float, n: int, r: float = DEFAULT_R) -> list[dict]:
    """One group measured before (m1 ± s1) and after (m2 ± s2), n people, correlation r.

    >>> rows = pre_post(20, 4, 23, 5, 30, r=0.6)
    >>> [round(rows[0][k], 5) for k in ("estimate", "vi", "ci_low", "ci_high")]
    [3.0, 0.56667, 1.52459, 4.47541]

    Returns the mean change, and the standardised mean change by the SD of the change
    (SMCC) and by the baseline SD (SMCR), both with Hedges' correction.
    """
    m1, s1, m2, s2 = float(m1), float(s1), float(m2), float(s2)
    if n < 3 or s1 <= 0 or s2 <= 0:
        return []
    change = m2 - m1
    sd_c = change_sd(s1, s2, r)
    out = []
    if sd_c > 0:
        out.append(_result("mean_change", change, sd_c * sd_c / n))
    j = hedges_j(n - 1)
    if sd_c > 0:
        g = j * change / sd_c
        out.append(_result("smc_change_sd", g, 1.0 / n + g * g / (2.0 * n)))
    g = j * change / s1
    out.append(_result("smc_baseline_sd", g, 2.0 * (1.0 - r) / n + g * g / (2.0 * n)))
    return out


def implied_correlation(m1: float, s1: float, m2: float, s2: float, n: int, p: float,
                        relation: str | None = "=") -> dict | None:
    """The pre-post correlation that a paired t-test's p-value needs, given means, SDs and n.

    >>> x = implied_correlation(40.7, 17, 43.3, 15.9, 106, 0.001, "<")
    >>> round(x["r"], 3), x["relation"]
    (0.887, '>=')

    t = |change|·√n / SD_change with n − 1 df; SD_change² = SD₁² + SD₂² − 2·r·SD₁·SD₂,
    so the |t| the p-value implies fixes r. "p < p₀" means a larger t, so r is a lower
    bound; "p = p₀" fixes it; "p > p₀" gives an upper bound. A bound beyond ±1 means the
    numbers allow any correlation ("any") or none at all ("impossible").
    """
    if n is None or n < 3 or s1 <= 0 or s2 <= 0 or not p or not 0 < p < 1:
        return None
    relation = relation or "="
    df = n - 1
    t = t_critical(p, df)
    change = m2 - m1
    if change == 0 or t == 0:
        return None
    sd_c = abs(change) * math.sqrt(n) / t
    r = (s1 * s1 + s2 * s2 - sd_c * sd_c) / (2.0 * s1 * s2)
    bound = {"<": ">=", "<=": ">=", "=": "=", ">": "<=", ">=": "<="}.get(relation, "=")
    if bound == ">=":
        status = "any" if r <= -1 else ("impossible" if r > 1 else "bound")
    elif bound == "<=":
        status = "impossible" if r < -1 else ("any" if r >= 1 else "bound")
    else:
        status = "impossible" if abs(r) > 1 else "bound"
    # What p would be at the assumption-free extremes, for the message.
    p_r1 = t_two_sided_p(abs(change) * math.sqrt(n) / abs(s1 - s2), df) if s1 != s2 else 0.0
    p_rm1 = t_two_sided_p(abs(change) * math.sqrt(n) / (s1 + s2), df)
    return {"r": r, "relation": bound, "status": status, "t": t, "df": df,
            "sd_change": sd_c, "p_at_r1": p_r1, "p_at_r_minus1": p_rm1,
            "basis": f"paired t-test, two-sided, df = {df}: p{relation}{p:g} ⇒ |t| "
                     f"{'≥' if bound == '>=' else '≤' if bound == '<=' else '='} {t:.3f}"}


def two_group(m1: float, s1: float, n1: int, m2: float, s2: float, n2: int) -> list[dict]:
    """Two independent groups: mean difference and Hedges' g (group 1 minus group 2).

    >>> md, g = two_group(55, 47, 155, 75, 64, 156)
    >>> round(md["estimate"], 4), round(g["estimate"], 4), round(g["vi"], 4)
    (-20.0, -0.3552, 0.0131)
    """
    m1, s1, m2, s2 = float(m1), float(s1), float(m2), float(s2)
    if n1 < 2 or n2 < 2 or s1 <= 0 or s2 <= 0:
        return []
    md = _result("mean_difference", m1 - m2, s1 * s1 / n1 + s2 * s2 / n2)
    sp = math.sqrt(((n1 - 1) * s1 * s1 + (n2 - 1) * s2 * s2) / (n1 + n2 - 2))
    g = hedges_j(n1 + n2 - 2) * (m1 - m2) / sp
    return [md, _result("smd_hedges_g", g, (n1 + n2) / (n1 * n2) + g * g / (2.0 * (n1 + n2)))]


def difference_in_change(pre1, sd_pre1, post1, sd_post1, n1, pre2, sd_pre2, post2, sd_post2, n2,
                         r: float = DEFAULT_R) -> dict | None:
    """Difference between two groups' mean changes, change SDs from the assumed r.

    >>> round(difference_in_change(10, 2, 14, 2, 20, 10, 2, 11, 2, 20, r=0.5)["estimate"], 3)
    3.0
    """
    if min(n1, n2) < 2 or min(sd_pre1, sd_post1, sd_pre2, sd_post2) <= 0:
        return None
    c1, c2 = change_sd(sd_pre1, sd_post1, r), change_sd(sd_pre2, sd_post2, r)
    if c1 <= 0 and c2 <= 0:
        return None
    return _result("difference_in_mean_change", float((post1 - pre1) - (post2 - pre2)),
                   c1 * c1 / n1 + c2 * c2 / n2)


def two_by_two(a: int, n1: int, c: int, n2: int) -> tuple[list[dict], bool]:
    """Events a of n1 against c of n2: odds ratio, risk ratio, risk difference.

    >>> rows, corrected = two_by_two(4, 123, 11, 139)  # dat.bcg, first trial
    >>> [(r["formula"], round(r["yi"], 4), round(r["vi"], 4)) for r in rows], corrected
    ([('odds_ratio', -0.9387, 0.3571), ('risk_ratio', -0.8893, 0.3256), ('risk_difference', -0.0466, 0.0008)], False)

    A zero cell gets 0.5 added to every cell (returned flag True), as metafor's escalc.

    >>> [(r["formula"], round(r["yi"], 4), round(r["vi"], 5)) for r in two_by_two(0, 20, 5, 20)[0]][2]
    ('risk_difference', -0.2381, 0.01031)
    """
    if not (0 <= a <= n1 and 0 <= c <= n2) or n1 == 0 or n2 == 0:
        return [], False
    b, d = n1 - a, n2 - c
    corrected = 0 in (a, b, c, d)
    if (a == 0 and c == 0) or (b == 0 and d == 0):
        ratios = []  # no information on a ratio scale
    else:
        k = 0.5 if corrected else 0.0
        aa, bb, cc, dd = a + k, b + k, c + k, d + k
        ratios = [
            _result("odds_ratio", math.log(aa * dd / (bb * cc)), 1 / aa + 1 / bb + 1 / cc + 1 / dd, "log"),
            _result("risk_ratio", math.log((aa / (aa + bb)) / (cc / (cc + dd))),
                    1 / aa - 1 / (aa + bb) + 1 / cc - 1 / (cc + dd), "log"),
        ]
    # The risk difference from the same cells (0.5 added to each where one is zero, as
    # metafor's escalc does by default for every 2×2 measure).
    k = 0.5 if corrected else 0.0
    m1, m2 = n1 + 2 * k, n2 + 2 * k
    p1, p2 = (a + k) / m1, (c + k) / m2
    vi = p1 * (1 - p1) / m1 + p2 * (1 - p2) / m2
    rd = [_result("risk_difference", p1 - p2, vi)] if vi > 0 else []
    return ratios + rd, corrected


# ---------------------------------------------------------------- from a study record


def mean_sd(m: dict, n: int | None) -> tuple[float, float, str | None] | None:
    """(mean, SD, how the SD was had) of a measurement, or None. An SE becomes SD = SE·√n."""
    if m.get("stat") not in ("mean", None):
        return None
    value, disp = view.number(m.get("value")), view.number(m.get("dispersion_value"))
    if value is None or disp is None or disp <= 0:
        return None
    if m.get("dispersion") == "sd":
        return value, disp, None
    if m.get("dispersion") == "se" and n:
        return value, disp * math.sqrt(n), f"SD = SE × √n = {disp:g} × √{n}"
    return None


def mean_series(study: dict) -> dict[tuple[str, str], dict[str, dict]]:
    """Mean measurements by (measure, group), then by time label (first one stated wins)."""
    out: dict[tuple[str, str], dict[str, dict]] = {}
    for m in study.get("measurements") or ():
        t = view.time_of(m.get("time"))
        if t is None or m.get("stat") not in ("mean", None):
            continue
        out.setdefault((m.get("measure"), m.get("group")), {}).setdefault(t.label, m)
    return out


def effect_for(study: dict, measure, group, versus, time_label) -> dict | None:
    for e in study.get("effects") or ():
        if (e.get("measure"), e.get("group"), e.get("versus"), view.label(e.get("time"))) == (
                measure, group, versus, time_label):
            return e
    return None


def _inputs_of(m: dict, mean: float, sd: float, how: str | None) -> dict:
    out = {"mean": mean, "sd": sd, "time": view.label(m.get("time"))}
    if how:
        out["sd_derived"] = how
    return out


def n_of(study: dict, group: str, *ms: dict) -> tuple[int | None, str | None, str | None]:
    """The n behind a group's measurements: their own n (the later one), else the group's size."""
    for m in reversed(ms):
        if isinstance(m.get("n"), int) and m["n"] > 0:
            return m["n"], "stated with the measurement", m.get("quote")
    n, basis, quote = view.n_for_group(study, group)
    if n is None:
        return None, None, None
    return n, f"{basis}, as the measurements state no n of their own", quote


def _row(base: dict, result: dict, **extra) -> dict:
    return {**base, **result, **extra}


def study_effect_sizes(study, r: float | None = None) -> list[dict]:
    """Every effect size the study's stated numbers allow, as rows for ``effect_sizes``.

    >>> from ingest.extract.record import Study, Measurement, Effect, Participants, Time
    >>> s = Study(participants=Participants(enrolled=106), measurements=[
    ...     Measurement("ASIA motor score", "all", Time(0, "month"), "mean", 40.7, "sd", 17.0),
    ...     Measurement("ASIA motor score", "all", Time(12, "month"), "mean", 43.3, "sd", 15.9)],
    ...     effects=[Effect("ASIA motor score", time=Time(12, "month"), p=0.001, p_relation="<")])
    >>> rows = study_effect_sizes(s)
    >>> [(x["formula"], round(x["estimate"], 2), x["assumed_r"], round(x["implied_r"], 2)) for x in rows][:2]
    [('mean_change', 2.6, 0.5, 0.89), ('smc_change_sd', 0.16, 0.5, 0.89)]
    """
    study = view.as_dict(study)
    r = assumed_r() if r is None else r
    series = mean_series(study)
    rows: list[dict] = []
    done: set = set()

    # One group, before and after.
    for (measure, group), by_time in series.items():
        base_m = by_time.get("baseline")
        if base_m is None:
            continue
        for time_label, post_m in by_time.items():
            if time_label == "baseline":
                continue
            n, n_basis, n_quote = n_of(study, group, base_m, post_m)
            pre, post = mean_sd(base_m, n), mean_sd(post_m, n)
            if n is None or pre is None or post is None:
                continue
            results = pre_post(pre[0], pre[1], post[0], post[1], n, r)
            if not results:
                continue
            effect = effect_for(study, measure, group, "baseline", time_label)
            implied = None
            # (A p whose sign the page lost, "P0.05", stored without a relation, implies nothing.)
            if effect and view.number(effect.get("p")) is not None and not ("p_relation" in effect and effect["p_relation"] is None):
                implied = implied_correlation(pre[0], pre[1], post[0], post[1], n, effect["p"],
                                              effect.get("p_relation"))
            assumptions = [f"pre-post correlation r = {r:g} (assumed: the article does not report it)",
                           f"n = {n}: {n_basis}",
                           "the same people were measured at both times (no drop-out)",
                           "95% CI = estimate ± 1.96·SE (normal approximation)"]
            if implied and implied["status"] == "bound":
                sign = {">=": "≥", "<=": "≤", "=": "="}[implied["relation"]]
                assumptions.append(f"the reported p{effect.get('p_relation') or '='}{effect['p']:g} implies "
                                   f"r {sign} {implied['r']:.2f} ({implied['basis']})")
            elif implied and implied["status"] == "any":
                assumptions.append(f"the reported p{effect.get('p_relation') or '='}{effect['p']:g} holds "
                                   f"for any correlation")
            elif implied:
                assumptions.append(f"the reported p{effect.get('p_relation') or '='}{effect['p']:g} needs "
                                   f"r {implied['r']:.2f}, outside [−1, 1]: no correlation gives it")
            base = {
                "measure": measure, "group_name": group, "versus": "baseline",
                "time_label": time_label, "time_days": round(view.time_of(post_m["time"]).days, 2),
                "comparison": "pre_post", "n": n, "n1": None, "n2": None, "assumed_r": r,
                "implied_r": implied["r"] if implied and implied["status"] != "any" else None,
                "implied_r_relation": implied["relation"] if implied and implied["status"] != "any" else None,
                "implied_r_basis": implied["basis"] if implied else None,
                "inputs": {"pre": _inputs_of(base_m, *pre), "post": _inputs_of(post_m, *post), "n": n,
                           "n_basis": n_basis,
                           **({"p": effect["p"], "p_relation": effect.get("p_relation") or "="}
                              if effect and effect.get("p") is not None else {})},
                "assumptions": assumptions,
                "quotes": view.quotes(base_m.get("quote"), post_m.get("quote"),
                                      effect.get("quote") if effect else None, n_quote),
            }
            for res in results:
                extra = list(assumptions)
                if res["formula"] == "smc_baseline_sd":
                    extra[0] = f"pre-post correlation r = {r:g} (assumed), used in the variance only"
                elif res["formula"] != "mean_change":
                    extra.append("Hedges' small-sample correction J applied")
                rows.append(_row(base, res, assumptions=extra))
            done.add((measure, group, "baseline", time_label))

    # Two groups: comparisons the article makes, and arms against the control arm.
    pairs: list[tuple[str, str, str, str]] = []
    for e in study.get("effects") or ():
        if e.get("versus") not in (None, "baseline") and e.get("group") and e.get("time"):
            pairs.append((e["measure"], e["group"], e["versus"], view.label(e["time"])))
    arms = [g["name"] for g in study.get("groups") or () if g.get("role") == "arm" and g.get("name") != "all"]
    comparator = study.get("comparator")
    controls = [a for a in arms if a in CONTROL_NAMES or a == comparator]
    for (measure, group), by_time in series.items():
        if group in arms and group not in controls:
            for control in controls:
                for time_label in by_time:
                    if time_label != "baseline" and time_label in (series.get((measure, control)) or {}):
                        pairs.append((measure, group, control, time_label))
    for measure, group, versus, time_label in dict.fromkeys(pairs):
        rows += _two_group_rows(study, series, measure, group, versus, time_label, r)
    rows += _binary_rows(study, arms, controls)
    rows += _change_smd_rows(study, arms, controls, {(x["measure"], x["group_name"], x["versus"], x["time_label"])
                                                     for x in rows if x["formula"] == "smd_hedges_g"})
    rows += reported_rows(study)
    return rows


RATIO_TYPES = {"hazard_ratio", "odds_ratio", "risk_ratio"}
DIFFERENCE_TYPES = {"mean_difference", "smd"}


def reported_effect(kind: str, value, low, high) -> dict | None:
    """A between-arm effect the article reports with its 95% CI, on the scale pooling needs.

    >>> r = reported_effect("hazard_ratio", 0.72, 0.60, 0.86)
    >>> round(r["yi"], 4), round(r["se"], 4), r["scale"]
    (-0.3285, 0.0918, 'log')
    >>> reported_effect("hazard_ratio", 0.72, 0.80, 0.86) is None  # the value outside its CI
    True

    The SE is the CI's half-width over 1.96 (on the log scale for ratios): the article's
    own interval, not recomputed. A value outside its interval, or a ratio not above zero,
    is a misreading and gives nothing.
    """
    value, low, high = view.number(value), view.number(low), view.number(high)
    if None in (value, low, high) or not low < high or not low <= value <= high:
        return None
    if kind in RATIO_TYPES:
        if low <= 0:
            return None
        yi, se = math.log(value), (math.log(high) - math.log(low)) / (2.0 * Z95)
        return _result(f"reported_{kind}", yi, se * se, "log")
    if kind in DIFFERENCE_TYPES:
        se = (high - low) / (2.0 * Z95)
        return _result(f"reported_{kind}", value, se * se)
    return None


def reported_rows(study: dict) -> list[dict]:
    """The between-arm HRs, ORs, RRs, MDs and SMDs the article states with a 95% CI."""
    rows = []
    for e in study.get("effects") or ():
        versus, group = e.get("versus"), e.get("group")
        ci = e.get("ci") if isinstance(e.get("ci"), (list, tuple)) and len(e["ci"]) == 2 else None
        if versus in (None, "baseline") or not group or group == versus or ci is None:
            continue
        result = reported_effect(e.get("type"), e.get("value"), ci[0], ci[1])
        if result is None:
            continue
        t = view.time_of(e.get("time"))
        n1, basis1, q1 = view.n_for_group(study, group)
        n2, basis2, q2 = view.n_for_group(study, versus)
        rows.append(_row({
            "measure": e.get("measure"), "group_name": group, "versus": versus,
            "time_label": t.label if t else None, "time_days": round(t.days, 2) if t else None,
            "comparison": "reported", "n": n1 + n2 if n1 and n2 else None, "n1": n1, "n2": n2,
            "assumed_r": None, "implied_r": None, "implied_r_relation": None, "implied_r_basis": None,
            "inputs": {"type": e.get("type"), "value": e.get("value"), "ci": list(ci)},
            "assumptions": ["the estimate and its 95% CI as the article reports them (adjusted or not, as it says)",
                            "SE from the CI: half its width over 1.96" + (", on the log scale" if
                                                                           result["scale"] == "log" else "")],
            "quotes": view.quotes(e.get("quote"), q1 if n1 and n2 else None, q2 if n1 and n2 else None),
        }, result))
    return rows


def change_sd_from_ci(low: float, high: float, n: int) -> float | None:
    """The SD of a group's change from its 95% CI and n: √n·(upper − lower)/(2·t(n − 1)).

    >>> round(change_sd_from_ci(-3.0, -1.0, 25), 4)
    2.4226
    """
    if n is None or n < 3 or not low < high:
        return None
    return math.sqrt(n) * (high - low) / (2.0 * t_critical(0.05, n - 1))


def _change_smd_rows(study: dict, arms: list[str], controls: list[str], done: set) -> list[dict]:
    """Hedges' g of two arms' changes from baseline, each stated with a 95% CI, where the
    arms' follow-up values do not already give a standardised difference."""
    changes: dict[tuple, dict] = {}
    for e in study.get("effects") or ():
        ci = e.get("ci") if isinstance(e.get("ci"), (list, tuple)) and len(e["ci"]) == 2 else None
        if (e.get("type") != "mean_change" or e.get("versus") != "baseline" or e.get("group") not in arms
                or ci is None or view.time_of(e.get("time")) is None):
            continue
        value, low, high = view.number(e.get("value")), view.number(ci[0]), view.number(ci[1])
        if None in (value, low, high) or not low <= value <= high:
            continue  # (a change outside its own interval is a misreading, as in reported_effect)
        changes.setdefault((e.get("measure"), view.label(e["time"])), {}).setdefault(
            e["group"], dict(e, value=value, ci=[low, high]))
    rows = []
    for (measure, time_label), by_arm in changes.items():
        for arm, a in by_arm.items():
            for control in controls:
                b = by_arm.get(control)
                if arm in controls or b is None or (measure, arm, control, time_label) in done:
                    continue
                n1, basis1, q1 = n_of(study, arm)
                n2, basis2, q2 = n_of(study, control)
                sd1 = change_sd_from_ci(*a["ci"], n1) if n1 else None
                sd2 = change_sd_from_ci(*b["ci"], n2) if n2 else None
                if not sd1 or not sd2:
                    continue
                g = two_group(a["value"], sd1, n1, b["value"], sd2, n2)[1]
                g = dict(g, formula="smd_of_changes", formula_text=FORMULAS["smd_of_changes"])
                t = view.time_of(a["time"])
                rows.append(_row({
                    "measure": measure, "group_name": arm, "versus": control, "time_label": time_label,
                    "time_days": round(t.days, 2), "comparison": "two_group", "n": n1 + n2, "n1": n1, "n2": n2,
                    "assumed_r": None, "implied_r": None, "implied_r_relation": None, "implied_r_basis": None,
                    "inputs": {"group": {"change": a["value"], "ci": list(a["ci"]), "sd_change": sd1, "n": n1,
                                         "n_basis": basis1},
                               "versus": {"change": b["value"], "ci": list(b["ci"]), "sd_change": sd2, "n": n2,
                                          "n_basis": basis2}},
                    "assumptions": [f"n₁ = {n1}: {basis1}", f"n₂ = {n2}: {basis2}", "independent groups",
                                    "each change's SD from its 95% CI: √n·width/(2·t(n − 1))",
                                    "SDs pooled (equal variances); Hedges' correction J applied"],
                    "quotes": view.quotes(a.get("quote"), b.get("quote"), q1, q2),
                }, g))
    return rows


def _two_group_rows(study, series, measure, group, versus, time_label, r) -> list[dict]:
    mine, theirs = series.get((measure, group)) or {}, series.get((measure, versus)) or {}
    if time_label not in mine or time_label not in theirs:
        return []
    a, b = mine[time_label], theirs[time_label]
    n1, basis1, q1 = n_of(study, group, a)
    n2, basis2, q2 = n_of(study, versus, b)
    x, y = mean_sd(a, n1), mean_sd(b, n2)
    if None in (n1, n2, x, y):
        return []
    effect = effect_for(study, measure, group, versus, time_label)
    base = {
        "measure": measure, "group_name": group, "versus": versus, "time_label": time_label,
        "time_days": round(view.time_of(a["time"]).days, 2), "comparison": "two_group",
        "n": n1 + n2, "n1": n1, "n2": n2, "assumed_r": None,
        "implied_r": None, "implied_r_relation": None, "implied_r_basis": None,
        "inputs": {"group": {**_inputs_of(a, *x), "n": n1, "n_basis": basis1},
                   "versus": {**_inputs_of(b, *y), "n": n2, "n_basis": basis2}},
        "quotes": view.quotes(a.get("quote"), b.get("quote"), effect.get("quote") if effect else None, q1, q2),
    }
    common = [f"n₁ = {n1}: {basis1}", f"n₂ = {n2}: {basis2}", "independent groups",
              "95% CI = estimate ± 1.96·SE (normal approximation)"]
    if time_label == "baseline":
        common.append("compared at baseline")
    rows = []
    for res in two_group(x[0], x[1], n1, y[0], y[1], n2):
        extra = common + (["SDs pooled (equal variances); Hedges' correction J applied"]
                          if res["formula"] == "smd_hedges_g" else [])
        rows.append(_row(base, res, assumptions=extra))
    pre_a, pre_b = mine.get("baseline"), theirs.get("baseline")
    if time_label != "baseline" and pre_a and pre_b:
        pa, pb = mean_sd(pre_a, n1), mean_sd(pre_b, n2)
        if pa and pb:
            res = difference_in_change(pa[0], pa[1], x[0], x[1], n1, pb[0], pb[1], y[0], y[1], n2, r)
            if res:
                inputs = {"group": {"pre": _inputs_of(pre_a, *pa), "post": _inputs_of(a, *x), "n": n1,
                                    "n_basis": basis1},
                          "versus": {"pre": _inputs_of(pre_b, *pb), "post": _inputs_of(b, *y), "n": n2,
                                     "n_basis": basis2}}
                rows.append(_row(base, res, assumed_r=r, inputs=inputs,
                                 quotes=view.quotes(*base["quotes"], pre_a.get("quote"), pre_b.get("quote")),
                                 assumptions=[f"pre-post correlation r = {r:g} in both groups (assumed)"] + common))
    return rows


def _binary_rows(study: dict, arms: list[str], controls: list[str]) -> list[dict]:
    """Counts of people with an outcome in an arm against a control arm: OR, RR, RD."""
    counts: dict[tuple, dict] = {}
    for m in study.get("measurements") or ():
        if m.get("group") not in arms or m.get("stat") not in ("n", "percent"):
            continue
        size, basis, size_quote = view.n_for_group(study, m["group"])
        value = view.number(m.get("value"))
        if value is None:
            continue
        if m["stat"] == "n":
            if size is None or not float(value).is_integer():
                continue
            events, how = int(value), None
        else:
            if not isinstance(m.get("n"), int):
                continue
            size, basis, size_quote = m["n"], "stated with the percentage", m.get("quote")
            events = round(value * size / 100.0)
            how = f"events = {value:g}% × {size} = {events} (derived)"
        t = view.time_of(m.get("time"))
        key = (m.get("measure"), t.label if t else None, round(t.days, 2) if t else None)
        counts.setdefault(key, {})[m["group"]] = (events, size, basis, how, m.get("quote"), size_quote)
    rows = []
    for (measure, time_label, time_days), by_arm in counts.items():
        for arm in by_arm:
            if arm in controls:
                continue
            for control in controls:
                if control not in by_arm:
                    continue
                a, n1, basis1, how1, qa, qn1 = by_arm[arm]
                c, n2, basis2, how2, qc, qn2 = by_arm[control]
                results, corrected = two_by_two(a, n1, c, n2)
                assumptions = [f"n₁ = {n1}: {basis1}", f"n₂ = {n2}: {basis2}",
                               "95% CI from the normal approximation (ratios on the log scale)"]
                assumptions += [h for h in (how1, how2) if h]
                if corrected:
                    assumptions.append("a zero cell: 0.5 added to every cell for OR and RR")
                base = {
                    "measure": measure, "group_name": arm, "versus": control, "time_label": time_label,
                    "time_days": time_days, "comparison": "two_group_binary", "n": n1 + n2, "n1": n1, "n2": n2,
                    "assumed_r": None, "implied_r": None, "implied_r_relation": None, "implied_r_basis": None,
                    "inputs": {"a": a, "n1": n1, "c": c, "n2": n2},
                    "assumptions": assumptions, "quotes": view.quotes(qa, qc, qn1, qn2),
                }
                rows += [_row(base, res) for res in results]
    return rows
