"""Between-arm comparisons of one measure across studies, pooled like with like, and the
export in metafor's shape.

>>> studies = {s: {"id": s, "first_author": s.upper(), "year": 2024, "design": "rct", "bias_flags": "[]"}
...            for s in ("a", "b")}
>>> sizes = [{"study_id": s, "group_name": "drug", "versus": "placebo", "time_label": "12 weeks",
...           "time_days": 84.0, "formula": "smd_hedges_g", "comparison": "two_group", "estimate": y,
...           "ci_low": y - 0.4, "ci_high": y + 0.4, "yi": y, "vi": 0.04, "n": 100, "n1": 50, "n2": 50,
...           "inputs": "{}"} for s, y in (("a", -0.5), ("b", -0.3))]
>>> rows = between_rows(studies, sizes)
>>> [(r["study"], r["metric"], r["pooled"]) for r in rows]
[('A 2024', 'SMD', True), ('B 2024', 'SMD', True)]
>>> [(p["time_label"], p["k"], round(p["estimate"], 2)) for p in pooled_by_time(rows, "SMD")]
[('12 weeks', 2, -0.4)]

A controlled study's result is its treatment arm against its comparator arm, never the
treatment arm's change alone: the effect sizes ``ingest.stats`` computed from the arms'
numbers (Hedges' g and the mean difference of the follow-up values, Hedges' g of changes
stated with CIs, risk ratio, odds ratio and risk difference from events per arm) and the
HRs, ORs, RRs and MDs the articles report with a 95% CI. One row per study enters each
pooled estimate (metric and time point): its first treatment arm against a control arm,
an effect computed from the arms' numbers before one the article reports, so no study
and no control arm counts twice. Ratios are pooled on the log scale and shown as ratios.
"""

from __future__ import annotations

import math

from ..extract.interventions import is_comparator
from ..stats import certainty, metafor, pooling
from ..stats.distributions import Z95
from ..stats.effect_sizes import CONTROL_NAMES
from ..stats.evidence_level import SECONDARY
from .format import computed, computed_p, estimate_ci
from .labels import study_label

# The order the page offers metrics in; the default is the one with the most studies.
METRIC_ORDER = ("SMD", "MD", "RR", "OR", "RD", "HR", "SMD of changes")
NOT_STATED = "time not stated"
LEAVE_ONE_OUT_MAX = 50


def _time_key(days, label) -> tuple:
    return (days is None, days if days is not None else 0.0, label or "")


def _on_scale(x, metric: str):
    """A pooled number back on its metric's own scale: a ratio from its log."""
    return None if x is None else math.exp(x) if metric in metafor.RATIO_METRICS else x


def display(estimate, low, high, metric: str) -> str | None:
    """A computed estimate with its CI, as a ratio for ratio metrics (given on the log scale).

    >>> display(-0.3285, -0.5108, -0.1508, "HR"), display(-0.4, -0.8, 0.0, "SMD")
    ('0.72 [0.60, 0.86]', '−0.40 [−0.80, 0.00]')
    """
    return estimate_ci(_on_scale(estimate, metric), _on_scale(low, metric), _on_scale(high, metric))


def between_rows(studies: dict, effect_sizes: list[dict], groups: list[dict] | None = None) -> list[dict]:
    """One row per between-arm effect size: study, arms, time, metric, estimate and inputs.

    With ``groups`` (study_id, name, role), only comparisons of two arms are kept: two
    subgroups of one cohort (relapsing against progressive disease, responders against
    the others) were not allocated, and belong on the study page, not in a pooled
    comparison of treatments.
    """
    arms = None if groups is None else {(g["study_id"], g.get("name")) for g in groups if g.get("role") == "arm"}
    # (A study whose groups the database does not hold at all keeps its comparisons: nothing
    # says they are subgroups.)
    known = None if groups is None else {g["study_id"] for g in groups}
    rows = []
    for e in effect_sizes:
        kind = metafor.kind_of(e.get("formula"))
        if kind is None or kind[0] != "between_arms" or e.get("yi") is None or not e.get("vi"):
            continue
        if arms is not None and e["study_id"] in known and not {
                (e["study_id"], e.get("group_name")), (e["study_id"], e.get("versus"))} <= arms:
            continue
        study = studies.get(e["study_id"]) or {"id": e["study_id"]}
        metric = kind[2]
        scale_is_log = metric in metafor.RATIO_METRICS
        yi = e["yi"]
        # A ratio's stored CI is on the ratio scale; the log-scale one is what is pooled.
        half = Z95 * math.sqrt(e["vi"])
        rows.append({
            "study_id": e["study_id"], "study": study_label(study), "title": study.get("title"),
            "design": study.get("design"), "bias_flags": certainty.bias_flags(study),
            "condition": study.get("condition"), "conditions": study.get("conditions_list") or [],
            "group": e.get("group_name"), "versus": e.get("versus"),
            "time_label": e.get("time_label") or NOT_STATED, "time_days": e.get("time_days"),
            "metric": metric, "formula": e.get("formula"), "reported": e["formula"].startswith("reported_"),
            "population": "cohort",
            "n": e.get("n"), "n1": e.get("n1"), "n2": e.get("n2"),
            "estimate": yi, "ci_low": yi - half, "ci_high": yi + half, "yi": yi, "vi": e["vi"],
            "text": display(yi, yi - half, yi + half, metric), "log_scale": scale_is_log,
            "escalc": metafor.escalc_columns(e), "pooled": False,
            "against_control": _is_control(e.get("versus"), study) and not _is_control(e.get("group_name"), study),
            "summary": study.get("design") in SECONDARY,
        })
    rows.sort(key=lambda r: (METRIC_ORDER.index(r["metric"]), _time_key(r["time_days"], r["time_label"]),
                             r["study"], r["study_id"], r["reported"]))
    _choose(rows)
    return rows


def _is_control(name: str | None, study: dict) -> bool:
    """A control arm: placebo, sham, usual care, no treatment (in either language), or the
    arm the study itself names as its comparator."""
    if not name:
        return False
    return name.lower() in CONTROL_NAMES or name == study.get("comparator") or is_comparator(name)


def _choose(rows: list[dict]) -> None:
    """Mark one row per study, metric and time point for pooling: a treatment arm against a
    control arm only (two doses, or two active drugs, are shown but answer another question,
    and a control against a treatment points the other way), never a meta-analysis's or a
    review's summary of other studies; computed from the arms' numbers before reported,
    first arm first."""
    best: dict[tuple, dict] = {}
    for r in rows:
        if not r["against_control"] or r["summary"]:
            continue
        key = (r["study_id"], r["metric"], r["time_label"])
        if key not in best or r["reported"] < best[key]["reported"]:
            best[key] = r
    for r in best.values():
        r["pooled"] = True


def metrics_offered(rows: list[dict]) -> list[str]:
    """The metrics some row has, most studies first (ties in METRIC_ORDER).

    >>> metrics_offered([{"metric": "RR", "study_id": "a"}, {"metric": "SMD", "study_id": "a"},
    ...                  {"metric": "RR", "study_id": "b"}])
    ['RR', 'SMD']
    """
    studies: dict[str, set] = {}
    for r in rows:
        studies.setdefault(r["metric"], set()).add(r["study_id"])
    return sorted(studies, key=lambda m: (-len(studies[m]), METRIC_ORDER.index(m)))


def pooled_by_time(rows: list[dict], metric: str, method: str = "DL", hksj: bool = False,
                   comparison: str = "between_arms") -> list[dict]:
    """Pool the chosen rows of one metric per time point: estimate, heterogeneity, prediction
    interval, leave-one-out, subgroups by design, and the certainty rating with its reasons."""
    by_time: dict[str, list[dict]] = {}
    for r in rows:
        if r["pooled"] and r["metric"] == metric:
            by_time.setdefault(r["time_label"], []).append(r)
    out = []
    for time_label, chosen in by_time.items():
        entry = {"time_label": time_label, "time_days": chosen[0].get("time_days"), "metric": metric,
                 "comparison": comparison, "k": len(chosen), "studies": [r["study_id"] for r in chosen]}
        if len(chosen) < 2:
            entry["note"] = "pooling needs two or more studies"
            out.append(entry)
            continue
        yi, vi = [r["yi"] for r in chosen], [r["vi"] for r in chosen]
        entry.update(pooling.pool(yi, vi, method, hksj))
        # (k pools of k − 1 studies: past LEAVE_ONE_OUT_MAX a page would wait seconds for them)
        entry["leave_one_out"] = [
            {"omitted": r["study"], "estimate": x["estimate"], "ci_low": x["ci_low"], "ci_high": x["ci_high"],
             "text": display(x["estimate"], x["ci_low"], x["ci_high"], metric)}
            for r, x in zip(chosen, pooling.leave_one_out(yi, vi, [r["study"] for r in chosen], method, hksj))
        ] if len(chosen) <= LEAVE_ONE_OUT_MAX else []
        designs = [r.get("design") or "unknown" for r in chosen]
        entry["by_design"] = None
        if len(set(designs)) > 1:
            split = pooling.by_subgroup(yi, vi, designs, method, hksj)
            entry["by_design"] = {
                "subgroups": [{"design": g["subgroup"], "k": g["k"],
                               "text": display(g["estimate"], g["ci_low"], g["ci_high"], metric)}
                              for g in split["subgroups"]],
                "Q_between": split["Q_between"], "df": split["df_between"], "p": split["p_between"],
                "p_text": computed_p(split["p_between"]), "Q_text": computed(split["Q_between"])}
        entry["certainty"] = certainty.rate(entry, [
            {"design": r.get("design"), "bias_flags": r.get("bias_flags") or [],
             "n": r["n"] if isinstance(r.get("n"), int) else None, "events": _events(r)} for r in chosen], comparison)
        entry["display"] = pooled_display(entry, metric)
        out.append(entry)
    out.sort(key=lambda p: _time_key(p["time_days"], p["time_label"]))
    return out


def _events(row: dict) -> int | None:
    """People with the outcome in both arms, where the counts are known (RR, OR, RD)."""
    x = row.get("escalc") or {}
    if isinstance(x.get("ai"), int) and isinstance(x.get("ci"), int):
        return x["ai"] + x["ci"]
    return None


def pooled_display(p: dict, metric: str) -> dict:
    """A pooled result's numbers as the page prints them (ratios back on their own scale).

    >>> d = pooled_display({"estimate": -0.3285, "ci_low": -0.5108, "ci_high": -0.1508, "tau2": 0.0123,
    ...                     "I2": 41.6, "p": 0.0004, "pi_low": -0.9, "pi_high": 0.2, "test": "knha"}, "RR")
    >>> d["estimate"], d["prediction"], d["I2"], d["p"], d["test"]
    ('0.72 [95% CI 0.60 to 0.86]', '0.41 to 1.22', '42%', 'p < 0.001', 'Hartung–Knapp (t)')
    """
    estimate, low, high = (computed(_on_scale(p.get(k), metric)) for k in ("estimate", "ci_low", "ci_high"))
    text = f"{estimate} [95% CI {low} to {high}]" if estimate and low and high else estimate
    prediction = None
    if p.get("pi_low") is not None:
        prediction = f"{computed(_on_scale(p['pi_low'], metric))} to {computed(_on_scale(p['pi_high'], metric))}"
    i2 = computed(p.get("I2"), 0)
    return {"estimate": text, "prediction": prediction, "tau2": computed(p.get("tau2"), 3),
            "I2": None if i2 is None else f"{i2}%", "p": computed_p(p.get("p")),
            "test": "Hartung–Knapp (t)" if p.get("test") == "knha" else "Wald (z)"}


def export_rows(rows: list[dict]) -> list[dict]:
    """The rows in metafor's columns (``metafor.COLUMNS``), for the CSV and the JSON."""
    return [{k: r.get(k) if k in ROW_COLUMNS else r["escalc"].get(k) for k in metafor.COLUMNS}
            for r in rows if r.get("escalc")]


# The export's columns a comparison row holds itself; the others are its escalc inputs.
ROW_COLUMNS = ("study_id", "study", "design", "time_label", "group", "versus", "pooled")


def r_snippet(csv_url: str, metric: str, time_label: str | None, method: str = "REML", hksj: bool = False) -> str:
    """Three lines of R that read the export and pool the page's comparison with metafor.

    >>> print(r_snippet("http://127.0.0.1:8001/-/compare/pain.csv", "SMD", "12 weeks"))
    library(metafor)
    dat <- read.csv("http://127.0.0.1:8001/-/compare/pain.csv")
    rma(yi, vi, data = dat, method = "REML", subset = pooled & metric == "SMD" & time_label == "12 weeks")

    The CSV writes ``pooled`` as TRUE/FALSE, which ``read.csv`` reads as logical.
    """
    def r_string(s: str) -> str:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    subset = f"pooled & metric == {r_string(metric)}"
    if time_label:
        subset += f" & time_label == {r_string(time_label)}"
    test = ', test = "knha"' if hksj else ""
    return (f"library(metafor)\ndat <- read.csv({r_string(csv_url)})\n"
            f"rma(yi, vi, data = dat, method = {r_string(method)}{test}, subset = {subset})")
