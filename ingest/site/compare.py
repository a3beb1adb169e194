"""The comparison of one measure across studies: table rows, forest-plot rows, pooling.

>>> rows = comparison_rows(
...     studies={"s1": {"id": "s1", "title": "T", "design": "case_series", "first_author": "Li", "year": 2024}},
...     measurements=[
...         {"study_id": "s1", "source_id": "a", "measure": "M", "group_name": "all", "time_days": 0,
...          "time_label": "baseline", "stat": "mean", "value": 40.7, "dispersion": "sd",
...          "dispersion_value": 17.0, "quote": "q"},
...         {"study_id": "s1", "source_id": "a", "measure": "M", "group_name": "all", "time_days": 365.25,
...          "time_label": "12 months", "stat": "mean", "value": 43.3, "dispersion": "sd",
...          "dispersion_value": 15.9, "quote": "q"}],
...     effect_sizes=[{"study_id": "s1", "group_name": "all", "versus": "baseline", "time_label": "12 months",
...                    "formula": "smc_change_sd", "estimate": 0.157, "ci_low": -0.0349, "ci_high": 0.348,
...                    "yi": 0.157, "vi": 0.0095, "n": 106}],
...     effects=[], groups=[])
>>> r = rows[0]
>>> r["study"], r["baseline"]["text"], r["follow_up"]["text"], r["effect"]["text"], r["pooled"]
('Li 2024', '40.7 ± 17', '43.3 ± 15.9', '0.16 [−0.03, 0.35]', True)

Every number shown is either the article's (with its quote and source, so the page can
link it to the sentence) or computed by ``ingest.stats`` (effect sizes, marked computed);
both are formatted by ``ingest.site.format``, as on the study page.
Pooling is ``ingest.stats.pooling.pool`` over the rows' ``yi``/``vi``: one row per study
(its whole cohort, else its first treatment arm), one pool per time point.
"""

from __future__ import annotations

import re

from ..stats import certainty, metafor, pooling
from ..stats.effect_sizes import CONTROL_NAMES
from .between_arms import pooled_display as _pooled_display
from .format import (
    computed,
    estimate_ci,
    p_text,
    plain,
    printed,
    value_text,
)
from .labels import study_label

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Within-group (pre-post) effect sizes a comparison can show, from ingest.stats.
METRICS = {
    "smc_change_sd": "standardised mean change (Hedges' g, SD of change)",
    "smc_baseline_sd": "standardised mean change (Hedges' g, baseline SD)",
    "mean_change": "mean change (scale points)",
}
DEFAULT_METRIC = "smc_change_sd"
POPULATIONS = {"all": "whole cohorts and subgroups", "cohort": "whole cohorts and arms only",
               "subgroups": "subgroups only"}
METHODS = ("DL", "REML", "PM", "FE")
DEFAULT_METHOD = "DL"


def valid_slug(slug: str) -> bool:
    """Measure slugs are lower-case ASCII words joined by hyphens.

    >>> valid_slug("asia-motor-score"), valid_slug("../etc/passwd"), valid_slug("x' or 1=1 --")
    (True, False, False)
    """
    return bool(SLUG.match(slug or ""))


# ---------------------------------------------------------------- formatting
# Every number is formatted by ingest/site/format.py, the one formatter the study page uses too.


def cell(text, row: dict | None = None, computed_value: bool = False) -> dict | None:
    """A number for the page, with where it came from: its quote and source."""
    if text is None:
        return None
    row = row or {}
    return {"text": text, "quote": row.get("quote"), "source_id": row.get("source_id"),
            "computed": computed_value}


class MeasurementCell(dict):
    """``cell`` of a measurement whose text is written when first read: a comparison over
    17,500 studies has 330,000 such cells and shows 200 rows, and writing every text took a
    third of computing the page (bench/run.py, a million studies).

    >>> c = MeasurementCell({"stat": "mean", "value": 40.7, "dispersion": "sd", "dispersion_value": 17.0,
    ...                      "quote": "40.7 (±17)", "source_id": "s1"})
    >>> "text" in c, c["text"], c.get("text"), c.get("source_id"), c["computed"]
    (False, '40.7 ± 17', '40.7 ± 17', 's1', False)
    """

    __slots__ = ("_measurement",)

    def __init__(self, measurement: dict):
        super().__init__(quote=measurement.get("quote"), source_id=measurement.get("source_id"), computed=False)
        self._measurement = measurement

    def __missing__(self, key):
        if key != "text":
            raise KeyError(key)
        text = self["text"] = value_text(self._measurement)
        return text

    def get(self, key, default=None):
        return self[key] if key in self or key == "text" else default


def measurement_cell(m: dict | None) -> dict | None:
    """The cell of measurement ``m``, its text written when read; None when it has no value."""
    if not m or m.get("value") is None:
        return None
    return MeasurementCell(m)


# ---------------------------------------------------------------- rows


def population(group: str | None, role: str | None) -> str:
    """'cohort' for the whole cohort and trial arms, 'subgroup' otherwise.

    >>> population("all", None), population("placebo", "arm"), population("cervical", "subgroup")
    ('cohort', 'cohort', 'subgroup')
    """
    if group in (None, "", "all") or role == "arm":
        return "cohort"
    return "subgroup"


def _time_key(days, label) -> tuple:
    return (days is None, days if days is not None else 0.0, label or "")


def comparison_rows(studies: dict, measurements: list[dict], effect_sizes: list[dict],
                    effects: list[dict], groups: list[dict], metric: str = DEFAULT_METRIC) -> list[dict]:
    """One row per study × group × follow-up time: baseline, follow-up, change, effect size, p."""
    roles = {(g["study_id"], g.get("name")): g for g in groups}
    sizes = {(e["study_id"], e.get("group_name"), e.get("time_label"), e.get("formula")): e
             for e in effect_sizes if e.get("versus") in ("baseline", None)}
    stated = {}
    for e in effects:
        if e.get("versus") not in ("baseline", None):
            continue
        stated.setdefault((e["study_id"], e.get("group_name"), e.get("time_label")), []).append(e)

    by_group: dict[tuple, dict] = {}
    for m in measurements:
        entry = by_group.setdefault((m["study_id"], m.get("group_name")), {"baseline": None, "later": []})
        if m.get("time_days") == 0 and entry["baseline"] is None:
            entry["baseline"] = m
        elif m.get("time_days") != 0:
            entry["later"].append(m)
    # Changes stated without the values (an effect with no measurement at that time).
    for (study_id, group, time_label), found in stated.items():
        entry = by_group.setdefault((study_id, group), {"baseline": None, "later": []})
        if not any(m.get("time_label") == time_label for m in entry["later"]):
            entry["later"].append({"study_id": study_id, "group_name": group, "time_label": time_label,
                                   "time_days": found[0].get("time_days"), "value": None, "_only_effect": True})

    rows = []
    for (study_id, group), entry in by_group.items():
        study = studies.get(study_id) or {"id": study_id}
        group_row = roles.get((study_id, group)) or {}
        later = sorted(entry["later"], key=lambda m: _time_key(m.get("time_days"), m.get("time_label")))
        for m in later or [None]:
            time_label = m.get("time_label") if m else (entry["baseline"] or {}).get("time_label")
            days = m.get("time_days") if m else 0
            size = sizes.get((study_id, group, time_label, metric)) if m else None
            change_size = sizes.get((study_id, group, time_label, "mean_change")) if m else None
            said = stated.get((study_id, group, time_label), []) if m else []
            said_change = next((e for e in said if e.get("type") == "mean_change" and e.get("value") is not None), None)
            said_p = next((e for e in said if e.get("p") is not None), None)
            n = (size or change_size or {}).get("n") or group_row.get("n") or \
                (study.get("analyzed") or study.get("enrolled") if group in (None, "all") else None)
            if said_change:
                change = cell(printed(said_change["value"], said_change.get("quote")), said_change)
            elif change_size:
                change = cell(computed(change_size["estimate"]), computed_value=True)
            else:
                change = None
            effect = None
            if size and size.get("estimate") is not None:
                effect = {"text": estimate_ci(size["estimate"], size.get("ci_low"), size.get("ci_high")), "estimate": size["estimate"], "ci_low": size.get("ci_low"),
                          "ci_high": size.get("ci_high"), "yi": size.get("yi"), "vi": size.get("vi"),
                          "computed": True}
            kind = population(group, group_row.get("role"))
            rows.append({
                "study_id": study_id, "study": study_label(study), "title": study.get("title"),
                "design": study.get("design"), "condition": study.get("condition"),
                "conditions": study.get("conditions_list") or [],
                "n": n, "n_text": plain(n), "group": group, "population": kind,
                "is_control": (group or "").lower() in CONTROL_NAMES,
                "time_label": time_label if m else "baseline only", "time_days": days,
                "baseline": measurement_cell(entry["baseline"]),
                "follow_up": measurement_cell(m),
                "change": change, "effect": effect,
                "p": cell(p_text(said_p["p"], said_p.get("p_relation"), said_p.get("quote")), said_p)
                if said_p else None,
                "pooled": False, "bias_flags": study.get("bias_flags"),
                "escalc": metafor.escalc_columns(size) if size else None,
            })
    rows.sort(key=lambda r: (_time_key(r["time_days"], r["time_label"]), r["study"], r["study_id"],
                             r["group"] not in (None, "all"), r["is_control"], r["group"] or ""))
    _mark_pooled(rows)
    return rows


def _mark_pooled(rows: list[dict]) -> None:
    """Choose one row per study and time point for pooling: its whole cohort, else its first
    treatment arm. Subgroups and control arms are shown but never pooled (no study twice)."""
    chosen: dict[tuple, dict] = {}
    for r in rows:
        e = r["effect"]
        if not e or e.get("yi") is None or not e.get("vi") or r["population"] != "cohort" or r["is_control"]:
            continue
        key = (r["study_id"], r["time_label"])
        best = chosen.get(key)
        if best is None or (best["group"] not in (None, "all") and r["group"] in (None, "all")):
            chosen[key] = r
    for r in chosen.values():
        r["pooled"] = True


def filter_rows(rows: list[dict], condition=None, design=None, population_filter="all", time=None) -> list[dict]:
    """The rows that pass the page's filters (empty filter: everything).

    >>> rs = [{"condition": "a", "conditions": ["a"], "design": "rct", "population": "subgroup", "time_label": "6 months"}]
    >>> len(filter_rows(rs, population_filter="cohort")), len(filter_rows(rs, condition="a", time="6 months"))
    (0, 1)
    """
    out = []
    for r in rows:
        if condition and condition != r.get("condition") and condition not in (r.get("conditions") or []):
            continue
        if design and design != r.get("design"):
            continue
        if population_filter == "cohort" and r["population"] != "cohort":
            continue
        if population_filter == "subgroups" and r["population"] != "subgroup":
            continue
        if time and time != r.get("time_label"):
            continue
        out.append(r)
    return out


def pooled_by_time(rows: list[dict], method: str = DEFAULT_METHOD, hksj: bool = False) -> list[dict]:
    """``pooling.pool`` of the rows chosen for pooling, per time point with two or more studies,
    with the certainty of within-arm evidence (``certainty.rate``, which starts it low).

    >>> rows = [{"time_label": "12 months", "time_days": 365.25, "study_id": s, "pooled": True,
    ...          "effect": {"yi": y, "vi": 0.1}} for s, y in (("a", 0.2), ("b", 0.4))]
    >>> [(p["time_label"], p["k"], round(p["estimate"], 2)) for p in pooled_by_time(rows)]
    [('12 months', 2, 0.3)]
    >>> pooled_by_time(rows)[0]["display"]["estimate"]
    '0.30 [95% CI −0.14 to 0.74]'
    """
    by_time: dict[str, list[dict]] = {}
    days: dict[str, float] = {}
    for r in rows:
        if r.get("pooled"):
            by_time.setdefault(r["time_label"], []).append(r)
            days[r["time_label"]] = r.get("time_days")
    out = []
    for time_label, chosen in by_time.items():
        studies = [r["study_id"] for r in chosen]
        entry = {"time_label": time_label, "time_days": days[time_label], "k": len(chosen), "studies": studies}
        if len(chosen) < 2:
            entry["note"] = "pooling needs two or more studies"
            out.append(entry)
            continue
        result = pooling.pool([r["effect"]["yi"] for r in chosen], [r["effect"]["vi"] for r in chosen], method, hksj)
        entry.update(result)
        entry["certainty"] = certainty.rate(entry, [
            {"design": r.get("design"), "bias_flags": r.get("bias_flags"), "n": r["n"] if isinstance(r.get("n"), int)
             else None} for r in chosen], "within_arm")
        entry["display"] = pooled_display(entry)
        out.append(entry)
    out.sort(key=lambda p: _time_key(p["time_days"], p["time_label"]))
    return out


def pooled_display(p: dict) -> dict:
    """A pooled result's numbers as the page prints them, all computed (format.computed).

    >>> d = pooled_display({"estimate": -0.123, "ci_low": -0.4, "ci_high": 0.15, "tau2": 0.0123,
    ...                     "I2": 41.6, "p": 0.0004})
    >>> d["estimate"], d["tau2"], d["I2"], d["p"], d["test"]
    ('−0.12 [95% CI −0.40 to 0.15]', '0.012', '42%', 'p < 0.001', 'Wald (z)')
    """
    return _pooled_display(p, "within")
