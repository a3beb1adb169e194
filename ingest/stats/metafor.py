"""Effect sizes in metafor's terms: which comparison, which ``escalc`` measure, which inputs.

>>> row = {"formula": "smd_hedges_g", "comparison": "two_group", "yi": -0.3552, "vi": 0.0131,
...        "inputs": '{"group": {"mean": 55, "sd": 47, "n": 155}, "versus": {"mean": 75, "sd": 64, "n": 156}}'}
>>> x = escalc_columns(row)
>>> x["comparison"], x["measure"], x["m1i"], x["sd1i"], x["n1i"], x["m2i"], x["n2i"]
('between_arms', 'SMD', 55, 47, 155, 75, 156)

Two kinds of comparison, never pooled together:

- ``between_arms``: a treatment arm against a comparator arm of a controlled study (Hedges'
  g and mean difference of the follow-up values, Hedges' g of the changes where both arms
  state them with a CI, log risk ratio, log odds ratio and risk difference from the events
  per arm, and an HR, OR, RR, MD or SMD the article reports with its 95% CI);
- ``within_arm``: one group before and after (standardised mean change by the SD of the
  change or by the baseline SD, raw mean change): weaker evidence, with no control for
  regression to the mean, placebo response or natural history.

The columns are those of ``escalc``: group 1 is the treatment arm (or, within an arm, the
follow-up), so ``escalc(measure, m1i = m1i, sd1i = sd1i, ...)`` over a row gives its
``yi`` and ``vi`` (ratios on the log scale). For SMCR metafor standardises by ``sd1i``,
which is then the baseline SD; the one group's size is ``ni`` (and ``n1i``). The difference in mean change computed with an assumed
correlation is shown on the study page but neither exported nor pooled: it has no
``escalc`` measure and its variance rests on the assumption alone.
"""

from __future__ import annotations

import json

# formula in ingest.stats.effect_sizes -> (comparison, metafor measure, pooling metric)
KINDS = {
    "smd_hedges_g": ("between_arms", "SMD", "SMD"),
    "smd_of_changes": ("between_arms", "SMD", "SMD of changes"),
    "mean_difference": ("between_arms", "MD", "MD"),
    "risk_ratio": ("between_arms", "RR", "RR"),
    "odds_ratio": ("between_arms", "OR", "OR"),
    "risk_difference": ("between_arms", "RD", "RD"),
    "reported_hazard_ratio": ("between_arms", "HR", "HR"),
    "reported_odds_ratio": ("between_arms", "OR", "OR"),
    "reported_risk_ratio": ("between_arms", "RR", "RR"),
    "reported_mean_difference": ("between_arms", "MD", "MD"),
    "reported_smd": ("between_arms", "SMD", "SMD"),
    "smc_change_sd": ("within_arm", "SMCC", "SMCC"),
    "smc_baseline_sd": ("within_arm", "SMCR", "SMCR"),
    "mean_change": ("within_arm", "MC", "MC"),
}
RATIO_METRICS = {"RR", "OR", "HR"}
METRIC_LABELS = {
    "SMD": "standardised mean difference of the follow-up values (Hedges' g)",
    "SMD of changes": "standardised mean difference of the changes from baseline (Hedges' g)",
    "MD": "mean difference (scale points)",
    "RR": "risk ratio",
    "OR": "odds ratio",
    "RD": "risk difference",
    "HR": "hazard ratio (as reported)",
    "SMCC": "standardised mean change (Hedges' g, SD of change)",
    "SMCR": "standardised mean change (Hedges' g, baseline SD)",
    "MC": "mean change (scale points)",
}
COLUMNS = ("study_id", "study", "design", "comparison", "time_label", "group", "versus", "measure",
           "m1i", "sd1i", "n1i", "m2i", "sd2i", "n2i", "ai", "n1i_events", "ci", "n2i_events", "yi", "vi",
           "ni", "ri", "metric", "formula", "pooled")
INPUT_COLUMNS = ("m1i", "sd1i", "n1i", "m2i", "sd2i", "n2i", "ai", "n1i_events", "ci", "n2i_events", "ni", "ri")


def kind_of(formula: str | None) -> tuple[str, str, str] | None:
    """(comparison, escalc measure, pooling metric) of an effect-size formula, or None.

    >>> kind_of("risk_ratio"), kind_of("difference_in_mean_change")
    (('between_arms', 'RR', 'RR'), None)
    """
    return KINDS.get(formula or "")


def _inputs(row: dict) -> dict:
    raw = row.get("inputs")
    if isinstance(raw, dict):
        return raw
    try:
        value = json.loads(raw) if raw else {}
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def escalc_columns(row: dict) -> dict | None:
    """The metafor columns of one ``effect_sizes`` row (stored or as computed), or None for a
    formula with no ``escalc`` counterpart."""
    kind = kind_of(row.get("formula"))
    if kind is None:
        return None
    comparison, measure, metric = kind
    out = dict.fromkeys(INPUT_COLUMNS)
    out.update(comparison=comparison, measure=measure, metric=metric, formula=row.get("formula"),
               yi=row.get("yi"), vi=row.get("vi"))
    x = _inputs(row)
    formula = row["formula"]
    if formula in ("smd_hedges_g", "mean_difference"):
        g, v = x.get("group") or {}, x.get("versus") or {}
        out.update(m1i=g.get("mean"), sd1i=g.get("sd"), n1i=g.get("n"), m2i=v.get("mean"), sd2i=v.get("sd"),
                   n2i=v.get("n"))
    elif formula == "smd_of_changes":
        g, v = x.get("group") or {}, x.get("versus") or {}
        out.update(m1i=g.get("change"), sd1i=g.get("sd_change"), n1i=g.get("n"), m2i=v.get("change"),
                   sd2i=v.get("sd_change"), n2i=v.get("n"))
    elif formula in ("risk_ratio", "odds_ratio", "risk_difference"):
        out.update(ai=x.get("a"), n1i_events=x.get("n1"), ci=x.get("c"), n2i_events=x.get("n2"))
    elif formula.startswith("reported_"):
        out.update(n1i=row.get("n1"), n2i=row.get("n2"))
    else:  # within one arm: group 1 is the follow-up, group 2 the baseline
        pre, post = x.get("pre") or {}, x.get("post") or {}
        first_sd = pre.get("sd") if formula == "smc_baseline_sd" else post.get("sd")
        second_sd = post.get("sd") if formula == "smc_baseline_sd" else pre.get("sd")
        n = x.get("n") or row.get("n")
        out.update(m1i=post.get("mean"), sd1i=first_sd, n1i=n, ni=n, m2i=pre.get("mean"), sd2i=second_sd,
                   ri=row.get("assumed_r"))
    return out
