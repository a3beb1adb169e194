"""Consistency checks: the errors an expert reviewer finds in an article's numbers.

>>> study = {"participants": {"enrolled": 106},
...          "groups": [{"name": "cervical", "role": "subgroup", "n": 32, "pct": 39.2, "quote": "32 (39.2%)"}]}
>>> [(c["kind"], c["severity"], c["subject"]) for c in study_checks(study)]
[('percent_count', 'warning', 'cervical')]

Each check is a dict for the ``checks`` table: ``kind``, ``severity`` ("warning": the
numbers cannot all be right; "note": they can, but not as one would first read them),
``subject``, ``message``, the record ``fields`` involved, their ``values`` and the
``quotes`` they were read from. Every check allows for rounding: a printed number stands
for the interval half a unit of its last digit either side, and a check flags only what
no value in those intervals explains.

Kinds:

- ``percent_count``: "n (x%)" that no stated denominator explains (enrolled, analysed,
  screened, an arm's size, adverse events in total); a note when one other than the
  enrolled/analysed count does.
- ``subgroup_sum``, ``percent_sum``, ``arm_sum``: subgroups of one kind (injury level,
  phase, ...) whose sizes or percentages exceed the whole; arms that do not add up to
  enrolment.
- ``out_of_range``, ``sd_nonpositive``, ``sd_impossible``: values outside the scale's
  range (``measures.yaml``), SDs ≤ 0 or larger than a bounded scale allows.
- ``grim``: a mean of an integer-valued scale that no whole-number total over n gives.
- ``p_verdict``: a p-value against the article's verdict ("significant", p = 0.059).
- ``p_impossible``: a within-group p that the means, SDs and n cannot give under any
  pre-post correlation; ``implied_correlation`` when they give it only with a negative one.
- ``follow_up_time``, ``date_order``: follow-up that runs past publication; dates in the
  wrong order.
"""

from __future__ import annotations

import datetime
import math
import re

from . import view
from .distributions import t_two_sided_p
from .effect_sizes import effect_for, mean_sd, mean_series, n_of

WARNING, NOTE = "warning", "note"
ALPHA = 0.05
EPS = 1e-9

# Subgroups that split the same cohort one way: their sizes cannot add up to more than it.
# (Data that belongs in ingest/vocab/groups.yaml as a `dimension:`; kept here until the
# vocabulary has the field.) Subgroups in none of these are taken together when one
# sentence states them.
DIMENSIONS = {
    "injury level": {"cervical", "thoracic", "lumbar", "thoracolumbar"},
    "tetraplegia or paraplegia": {"tetraplegia", "paraplegia"},
    "phase": {"acute", "subacute", "chronic"},
    "course": {"relapsing-remitting", "progressive"},
    "completeness": {"complete", "incomplete"},
    "response": {"responders", "non-responders"},
}
# A percentage of one of these is of the whole study: no note needed.
DEFAULT_DENOMINATORS = ("participants.enrolled", "participants.analyzed", "groups.arms.n")


def check(kind: str, severity: str, subject: str | None, message: str, fields=(), values=None,
          quotes=()) -> dict:
    return {"kind": kind, "severity": severity, "subject": subject, "message": message,
            "fields": list(fields), "values": dict(values or {}), "quotes": view.quotes(*quotes)}


def fmt(x) -> str:
    """A number as an article would print it: 17 not 17.0.

    >>> fmt(17.0), fmt(39.2), fmt(0.001)
    ('17', '39.2', '0.001')
    """
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return f"{x:g}" if isinstance(x, float) else str(x)


# ---------------------------------------------------------------- percentages and counts


def denominators(study: dict) -> list[tuple[str, str, int, str | None]]:
    """Stated counts a percentage may be of: (field, label, value, quote)."""
    p, s = study.get("participants") or {}, study.get("safety") or {}
    pq, sq = p.get("quotes") or {}, s.get("quotes") or {}
    out = []
    for field, label in (("enrolled", "enrolled"), ("analyzed", "analysed"), ("screened", "screened")):
        if isinstance(p.get(field), int) and p[field] > 0:
            out.append((f"participants.{field}", label, p[field], pq.get(field)))
    if isinstance(s.get("adverse_events_total"), int) and s["adverse_events_total"] > 0:
        out.append(("safety.adverse_events_total", "adverse events in total", s["adverse_events_total"],
                    sq.get("adverse_events_total")))
    arms = [g for g in study.get("groups") or ()
            if g.get("role") == "arm" and g.get("name") != "all" and isinstance(g.get("n"), int) and g["n"] > 0]
    for g in arms:
        out.append((f"groups.{g['name']}.n", f"in the {g['name']} arm", g["n"], g.get("quote")))
    if len(arms) >= 2:
        out.append(("groups.arms.n", "in the arms together", sum(g["n"] for g in arms),
                    arms[0].get("quote")))
    return out


def explains(count: int, pct: float, denominator: int, quote: str | None) -> bool:
    """Whether count/denominator, rounded as the percentage was printed, gives it.

    >>> explains(34, 70.8, 48, "34 (70.8%)"), explains(27, 56.3, 48, "27 (56.3%)"), explains(32, 39.2, 106, None)
    (True, True, False)
    """
    return 0 < denominator and count <= denominator and \
        abs(100.0 * count / denominator - pct) <= view.half_unit(pct, quote) + EPS


def whole_denominator_exists(count: int, pct: float, quote: str | None) -> bool:
    """Whether any whole number of people gives count at this percentage.

    >>> whole_denominator_exists(32, 39.2, "32 (39.2%)"), whole_denominator_exists(32, 30.2, "32 (30.2%)")
    (False, True)
    """
    if pct <= 0:
        return count == 0
    h = view.half_unit(pct, quote)
    low, high = 100.0 * count / (pct + h), 100.0 * count / max(pct - h, 1e-12)
    return math.floor(high + EPS) >= math.ceil(low - EPS)


def whole_denominators(count: int, pct: float, quote: str | None) -> list[int]:
    """Every whole number of people of whom count is this percentage, as printed.

    >>> whole_denominators(34, 70.8, "34 (70.8%)"), whole_denominators(32, 39.2, None)
    ([48], [])
    """
    if pct <= 0:
        return []
    h = view.half_unit(pct, quote)
    low, high = 100.0 * count / (pct + h), 100.0 * count / max(pct - h, 1e-12)
    return list(range(max(count, math.ceil(low - EPS)), math.floor(high + EPS) + 1))[:20]


def _percent_items(study: dict) -> list[tuple[str, str, str, int, float, str | None]]:
    """(family, subject, field, count, percent, quote) of every stated "n (x%)"."""
    items = []
    for g in study.get("groups") or ():
        if isinstance(g.get("n"), int) and view.number(g.get("pct")) is not None:
            items.append(("groups", g["name"], f"groups.{g['name']}", g["n"], float(g["pct"]), g.get("quote")))
    for a in study.get("adverse_events") or ():
        if isinstance(a.get("n"), int) and view.number(a.get("pct")) is not None:
            items.append(("adverse_events", a["event"], f"adverse_events.{a['event']}", a["n"], float(a["pct"]),
                          a.get("quote")))
    p = study.get("participants") or {}
    if isinstance(p.get("male"), int) and view.number(p.get("male_pct")) is not None:
        q = (p.get("quotes") or {})
        items.append(("participants", "male", "participants.male", p["male"], float(p["male_pct"]),
                      q.get("male_pct") or q.get("male")))
    return items


def _completes(study: dict, subject: str, computed: float) -> str:
    """A hint when the computed percentage makes the subgroup's kind add up to 100%."""
    for key, groups in _partitions(study):
        names = [g["name"] for g in groups]
        others = [g for g in groups if g["name"] != subject]
        if subject in names and others and all(view.number(g.get("pct")) is not None for g in others):
            total = computed + sum(float(g["pct"]) for g in others)
            slack = sum(view.half_unit(g["pct"], g.get("quote")) for g in groups) + EPS
            if abs(total - 100) <= slack:
                listed = " + ".join([fmt(computed)] + [fmt(float(g["pct"])) for g in others])
                return f"; with {fmt(computed)}% the {key} percentages add up to 100% ({listed})"
    return ""


def percent_checks(study) -> list[dict]:
    """Each "n (x%)" against the counts the article states.

    >>> s = {"participants": {"enrolled": 106}, "safety": {"adverse_events_total": 48},
    ...      "adverse_events": [{"event": "headache", "n": 34, "pct": 70.8, "quote": "34 (70.8%)"}]}
    >>> [(c["kind"], c["severity"]) for c in percent_checks(s)]
    [('percent_count', 'note')]
    """
    study = view.as_dict(study)
    dens = denominators(study)
    out: list[dict] = []
    noted: dict[tuple[str, str], list] = {}
    for family, subject, field, count, pct, quote in _percent_items(study):
        if pct < 0 or pct > 100:
            out.append(check("out_of_range", WARNING, subject, f"{subject}: {count} ({fmt(pct)}%) is not a percentage "
                             "between 0 and 100", [f"{field}.pct"], {"n": count, "pct": pct}, [quote]))
            continue
        good = [d for d in dens if explains(count, pct, d[2], quote)]
        if any(d[0] in DEFAULT_DENOMINATORS for d in good):
            continue
        if good:
            noted.setdefault((family, good[0][0]), []).append((subject, field, count, pct, quote, good[0]))
            continue
        if not dens:
            if not whole_denominator_exists(count, pct, quote):
                out.append(check("percent_count", WARNING, subject,
                                 f"{subject}: {count} ({fmt(pct)}%): no whole number of people gives "
                                 f"{fmt(pct)}% for {count} (it would need {100 * count / pct:.1f})",
                                 [f"{field}.n", f"{field}.pct"], {"n": count, "pct": pct}, [quote]))
            continue
        whole, _, _ = view.whole_n(study)
        unstated = [d for d in whole_denominators(count, pct, quote) if whole is None or d <= whole]
        if family == "adverse_events" and unstated:
            # Safety is often reported over those followed for it, a count an article may not give.
            out.append(check("percent_count", NOTE, subject,
                             f"{subject}: {count} ({fmt(pct)}%) is a percentage of "
                             f"{' or '.join(map(str, unstated[:3]))}{' or more' if len(unstated) > 3 else ''}, "
                             f"a count the article does not state"
                             + (f" (not of the {whole} in the study)" if whole else ""),
                             [f"{field}.n", f"{field}.pct"], {"n": count, "pct": pct, "denominators": unstated},
                             [quote]))
            continue
        fits = [x for x in dens if x[2] >= count] or dens
        d_field, d_label, d, d_quote = next((x for x in fits if x[0] in DEFAULT_DENOMINATORS), fits[0])
        message = (f"{subject}: {count} ({fmt(pct)}%), but {count} of the {d} {d_label} is "
                   f"{100 * count / d:.{view.decimals(pct, quote)}f}%, and no other stated count "
                   f"({', '.join(f'{x[2]} {x[1]}' for x in dens if x[0] != d_field) or 'none'}) gives {fmt(pct)}%")
        if not whole_denominator_exists(count, pct, quote):
            message += f"; no whole number of people does (it would need {100 * count / pct:.1f})"
        message += _completes(study, subject, round(100 * count / d, view.decimals(pct, quote)))
        out.append(check("percent_count", WARNING, subject, message,
                         [f"{field}.n", f"{field}.pct", d_field],
                         {"n": count, "pct": pct, d_field: d,
                          "computed_pct": round(100 * count / d, view.decimals(pct, quote) + 1)},
                         [quote, d_quote]))
    whole, whole_field, _ = view.whole_n(study)
    for (family, d_field), items in noted.items():
        d_label, d, d_quote = items[0][5][1], items[0][5][2], items[0][5][3]
        listed = ", ".join(f"{s} {n} ({fmt(p)}%)" for s, _, n, p, _, _ in items)
        message = f"{listed}: percentages of {d} ({d_label})"
        if whole:
            message += f", not of the {whole} {'analysed' if whole_field == 'analyzed' else 'enrolled'}"
        total = sum(n for _, _, n, _, _, _ in items)
        if family == "adverse_events" and d_field == "safety.adverse_events_total" and total > d:
            message += (f"; the events listed add up to {total}, more than {d}, so {d} counts patients "
                        f"with an event rather than events")
        out.append(check("percent_count", NOTE, family if len(items) > 1 else items[0][0], message,
                         [f for _, f, _, _, _, _ in items] + [d_field],
                         {**{f"{f}.pct": p for _, f, _, p, _, _ in items}, d_field: d},
                         [q for *_, q, _ in items] + [d_quote]))
    return out


def _partitions(study: dict) -> list[tuple[str, list[dict]]]:
    """Subgroups that split the cohort one way: by known dimension, else by shared sentence."""
    by_key: dict[str, list[dict]] = {}
    for g in study.get("groups") or ():
        if g.get("role") != "subgroup" or not g.get("name"):
            continue
        dim = next((d for d, names in DIMENSIONS.items() if g["name"] in names), None)
        key = dim or f"stated together: {g.get('quote') or g['name']}"
        by_key.setdefault(key, []).append(g)
    return [(k, gs) for k, gs in by_key.items() if len(gs) >= 2]


def sum_checks(study) -> list[dict]:
    """Subgroup sizes and percentages against the whole; arms against enrolment.

    >>> s = {"participants": {"enrolled": 106}, "groups": [
    ...     {"name": "cervical", "role": "subgroup", "n": 32, "pct": 39.2},
    ...     {"name": "thoracolumbar", "role": "subgroup", "n": 74, "pct": 69.8}]}
    >>> [(c["kind"], c["severity"]) for c in sum_checks(s)]
    [('percent_sum', 'warning')]
    """
    study = view.as_dict(study)
    p = study.get("participants") or {}
    pq = p.get("quotes") or {}
    whole, whole_field, whole_quote = view.whole_n(study)
    totals = {v for v in (p.get("enrolled"), p.get("analyzed")) if isinstance(v, int)}
    out = []
    for key, groups in _partitions(study):
        names = " + ".join(g["name"] for g in groups)
        quotes = [g.get("quote") for g in groups]
        if whole and all(isinstance(g.get("n"), int) for g in groups):
            total = sum(g["n"] for g in groups)
            values = {**{f"groups.{g['name']}.n": g["n"] for g in groups}, f"participants.{whole_field}": whole}
            fields = [f"groups.{g['name']}.n" for g in groups] + [f"participants.{whole_field}"]
            listed = " + ".join(str(g["n"]) for g in groups)
            if total > max(totals):
                out.append(check("subgroup_sum", WARNING, key, f"{names}: {listed} = {total}, more than the "
                                 f"{max(totals)} in the study ({key})", fields, values, quotes + [whole_quote]))
            elif total not in totals:
                out.append(check("subgroup_sum", NOTE, key, f"{names}: {listed} = {total} of the {whole} "
                                 f"{'analysed' if whole_field == 'analyzed' else 'enrolled'}; the other "
                                 f"{whole - total} are in no subgroup stated ({key})", fields, values,
                                 quotes + [whole_quote]))
        if all(view.number(g.get("pct")) is not None for g in groups):
            total = sum(float(g["pct"]) for g in groups)
            slack = sum(view.half_unit(g["pct"], g.get("quote")) for g in groups) + EPS
            listed = " + ".join(f"{fmt(float(g['pct']))}%" for g in groups)
            values = {f"groups.{g['name']}.pct": g["pct"] for g in groups}
            fields = [f"groups.{g['name']}.pct" for g in groups]
            if total > 100 + slack:
                out.append(check("percent_sum", WARNING, key, f"{names}: {listed} = {total:.4g}%, more than 100% "
                                 f"for subgroups of one kind ({key})", fields, values, quotes))
            elif total < 100 - slack and not key.startswith("stated together"):
                out.append(check("percent_sum", NOTE, key, f"{names}: {listed} = {total:.4g}%; the other "
                                 f"{100 - total:.4g}% are in no subgroup stated ({key})", fields, values, quotes))
    arms = [g for g in study.get("groups") or () if g.get("role") == "arm" and g.get("name") != "all"]
    if len(arms) >= 2 and totals and all(isinstance(g.get("n"), int) for g in arms):
        total = sum(g["n"] for g in arms)
        if total not in totals:
            stated = " or ".join(f"{v} {k}" for k, v in (("enrolled", p.get("enrolled")),
                                                          ("analysed", p.get("analyzed"))) if isinstance(v, int))
            out.append(check("arm_sum", WARNING, "arms",
                             f"arms {' + '.join(g['name'] for g in arms)}: "
                             f"{' + '.join(str(g['n']) for g in arms)} = {total}, not the {stated}",
                             [f"groups.{g['name']}.n" for g in arms] + ["participants.enrolled"],
                             {**{f"groups.{g['name']}.n": g["n"] for g in arms},
                              "participants.enrolled": p.get("enrolled"), "participants.analyzed": p.get("analyzed")},
                             [g.get("quote") for g in arms] + [pq.get("enrolled")]))
    sexes = [p.get("male"), p.get("female")]
    if whole and all(isinstance(x, int) for x in sexes) and sum(sexes) > max(totals):
        out.append(check("subgroup_sum", WARNING, "sex", f"male + female: {sexes[0]} + {sexes[1]} = {sum(sexes)}, "
                         f"more than the {max(totals)} in the study", ["participants.male", "participants.female"],
                         {"participants.male": sexes[0], "participants.female": sexes[1]},
                         [pq.get("male"), pq.get("female")]))
    return out


# ---------------------------------------------------------------- scales


def _scale(measure: str | None) -> tuple[float | None, float | None, bool]:
    from .. import vocab

    entry = vocab.info(measure) if measure else None
    rng = (entry or {}).get("range")
    if isinstance(rng, (list, tuple)) and len(rng) == 2 and all(view.number(x) is not None for x in rng):
        return float(rng[0]), float(rng[1]), bool((entry or {}).get("integer"))
    return None, None, bool((entry or {}).get("integer"))


def _where(m: dict) -> str:
    t = view.label(m.get("time"))
    return f"{m.get('measure')} ({m.get('group') or 'all'}{', ' + t if t else ''})"


def range_checks(study) -> list[dict]:
    """Values outside a scale's range; SDs that are not positive or too large for the scale.

    >>> s = {"measurements": [{"measure": "ASIA motor score", "group": "all", "stat": "mean", "value": 40.7,
    ...                        "dispersion": "sd", "dispersion_value": 55.0, "time": {"value": 0, "unit": "month"}}]}
    >>> [(c["kind"], c["severity"]) for c in range_checks(s)]
    [('sd_impossible', 'warning')]
    """
    study = view.as_dict(study)
    out = []
    for i, m in enumerate(study.get("measurements") or ()):
        low, high, _ = _scale(m.get("measure"))
        value = view.number(m.get("value"))
        sd = view.number(m.get("dispersion_value")) if m.get("dispersion") == "sd" else None
        field, q, where = f"measurements[{i}]", m.get("quote"), _where(m)
        if sd is not None and sd <= 0:
            out.append(check("sd_nonpositive", WARNING, where, f"{where}: SD {fmt(sd)} is not positive",
                             [f"{field}.dispersion_value"], {"sd": sd}, [q]))
        if low is None or m.get("stat") not in ("mean", "median", None):
            continue
        scale = f"{fmt(low)}–{fmt(high)}"
        if value is not None and not low - EPS <= value <= high + EPS:
            out.append(check("out_of_range", WARNING, where, f"{where}: {m.get('stat') or 'value'} {fmt(value)} "
                             f"is outside the scale's range {scale}", [f"{field}.value"],
                             {"value": value, "range": [low, high]}, [q]))
        bounds = [view.number(m.get(k)) for k in ("dispersion_low", "dispersion_high")] \
            if m.get("dispersion") in ("iqr", "range") else []
        pair = m.get("dispersion_value") if isinstance(m.get("dispersion_value"), list) else []
        for b in [*bounds, *[view.number(x) for x in pair]]:
            if b is not None and not low - EPS <= b <= high + EPS:
                out.append(check("out_of_range", WARNING, where, f"{where}: {m['dispersion'].upper()} bound {fmt(b)} "
                                 f"is outside the scale's range {scale}", [f"{field}.dispersion_value"],
                                 {"bound": b, "range": [low, high]}, [q]))
        if sd is None or sd <= 0 or m.get("stat") not in ("mean", None):
            continue
        sd_low = sd - view.half_unit(sd, q)
        if sd_low > (high - low) / 2 + EPS:
            out.append(check("sd_impossible", WARNING, where,
                             f"{where}: SD {fmt(sd)} is more than half the range {scale} ({fmt((high - low) / 2)}): "
                             f"no set of scores on this scale has so large an SD", [f"{field}.dispersion_value"],
                             {"sd": sd, "range": [low, high]}, [q]))
        elif value is not None and low <= value <= high:
            # Bhatia–Davis: SD² ≤ (max − mean)(mean − min)·n/(n − 1), at the most favourable rounding.
            h = view.half_unit(value, q)
            mid = min(max((low + high) / 2, value - h), value + h)
            n, _, _ = n_of(study, m.get("group"), m)
            factor = n / (n - 1) if n and n > 1 else 2.0
            limit = math.sqrt(max(0.0, (high - mid) * (mid - low) * factor))
            if sd_low > limit + EPS:
                out.append(check("sd_impossible", WARNING, where,
                                 f"{where}: SD {fmt(sd)} is larger than any scores between {scale} with mean "
                                 f"{fmt(value)} can have (at most {limit:.1f})", [f"{field}.dispersion_value"],
                                 {"sd": sd, "mean": value, "range": [low, high], "max_sd": round(limit, 3)}, [q]))
    for i, e in enumerate(study.get("effects") or ()):
        low, high, _ = _scale(e.get("measure"))
        value = view.number(e.get("value"))
        if low is not None and value is not None and e.get("type") in ("mean_change", "mean_difference",
                                                                       "difference_in_change"):
            if abs(value) > high - low + EPS:
                where = f"{e.get('measure')} ({e.get('group') or 'all'} vs {e.get('versus')})"
                out.append(check("out_of_range", WARNING, where, f"{where}: a {e['type'].replace('_', ' ')} of "
                                 f"{fmt(value)} is larger than the whole scale {fmt(low)}–{fmt(high)}",
                                 [f"effects[{i}].value"], {"value": value, "range": [low, high]}, [e.get("quote")]))
        p = view.number(e.get("p"))
        if p is not None and not 0 <= p <= 1:
            out.append(check("out_of_range", WARNING, e.get("measure"), f"{e.get('measure')}: p = {fmt(p)} is not "
                             "a probability", [f"effects[{i}].p"], {"p": p}, [e.get("quote")]))
    return out


def grim(mean: float, n: int, decimals: int) -> bool | None:
    """GRIM: can n whole numbers have this mean, printed with these decimals? None: no test.

    >>> grim(5.19, 28, 2), grim(5.18, 28, 2), grim(40.7, 106, 1)
    (False, True, None)
    """
    if n is None or n < 1 or n >= 10 ** decimals:
        return None
    h = 0.5 * 10.0 ** -decimals
    lo, hi = math.ceil(n * (mean - h) - EPS), math.floor(n * (mean + h) + EPS)
    return hi >= lo


def grim_checks(study) -> list[dict]:
    """GRIM for means of integer-valued scales whose n is known.

    >>> s = {"groups": [{"name": "a", "role": "arm", "n": 7}], "measurements": [
    ...     {"measure": "ASIA motor score", "group": "a", "stat": "mean", "value": 40.25, "quote": "40.25"}]}
    >>> [(c["kind"], c["severity"]) for c in grim_checks(s)]
    [('grim', 'warning')]
    """
    study = view.as_dict(study)
    out = []
    for i, m in enumerate(study.get("measurements") or ()):
        _, _, integer = _scale(m.get("measure"))
        value = view.number(m.get("value"))
        if not integer or value is None or m.get("stat") not in ("mean", None):
            continue
        n, basis, n_quote = n_of(study, m.get("group"), m)
        d = view.decimals(value, m.get("quote"))
        if grim(value, n, d) is False:
            where = _where(m)
            near = round(value * n) / n
            out.append(check("grim", WARNING, where,
                             f"{where}: mean {fmt(value)} over n = {n} ({basis}) is not possible for a scale "
                             f"scored in whole numbers: totals of {n} scores give means such as {near:.{d + 1}f}",
                             [f"measurements[{i}].value"], {"mean": value, "n": n, "decimals": d},
                             [m.get("quote"), n_quote]))
    return out


# ---------------------------------------------------------------- p-values


def p_verdict_checks(study, alpha: float = ALPHA) -> list[dict]:
    """A p-value against the article's own verdict of (non-)significance.

    >>> s = {"effects": [{"measure": "QoL", "group": "all", "versus": "baseline", "p": 0.059,
    ...                   "p_relation": "=", "significant": True}]}
    >>> [c["message"] for c in p_verdict_checks(s)]
    ['QoL (all vs baseline): called significant, but p = 0.059 (the usual threshold is 0.05)']
    """
    study = view.as_dict(study)
    out = []
    for i, e in enumerate(study.get("effects") or ()):
        p, sig, rel = view.number(e.get("p")), e.get("significant"), e.get("p_relation") or "="
        if p is None or sig is None or "p_relation" in e and e["p_relation"] is None:
            continue  # (a p whose sign the page lost, "P0.05", says nothing against a verdict)
        shown = f"p {rel} {fmt(p)}".replace("<=", "≤").replace(">=", "≥")
        where = f"{e.get('measure')} ({e.get('group') or 'all'} vs {e.get('versus') or 'baseline'})"
        if sig and ((rel == "=" and p > alpha + EPS) or (rel in (">", ">=") and p >= alpha - EPS)):
            message = f"{where}: called significant, but {shown} (the usual threshold is {fmt(alpha)})"
        elif not sig and ((rel == "=" and p < alpha - EPS) or (rel in ("<", "<=") and p <= alpha + EPS)):
            message = f"{where}: called not significant, but {shown}"
        else:
            continue
        out.append(check("p_verdict", WARNING, where, message, [f"effects[{i}].p", f"effects[{i}].significant"],
                         {"p": p, "p_relation": rel, "significant": bool(sig)}, [e.get("quote")]))
    return out


def paired_p_range(m1, s1, m2, s2, n, quote1=None, quote2=None, r_range=(-1.0, 1.0)) -> tuple[float, float]:
    """The smallest and largest paired-t p-values the printed numbers allow for r in r_range.

    Every mean and SD may be anywhere within its rounding interval.

    >>> lo, hi = paired_p_range(40.7, 17, 43.3, 15.9, 106, "40.7 (±17)", "43.3 (±15.9)")
    >>> lo < 1e-10, round(hi, 3)
    (True, 0.443)
    """
    h = [view.half_unit(x, q) for x, q in ((m1, quote1), (s1, quote1), (m2, quote2), (s2, quote2))]
    d_lo = max(0.0, abs(m2 - m1) - h[0] - h[2])
    d_hi = abs(m2 - m1) + h[0] + h[2]
    s1_lo, s1_hi, s2_lo, s2_hi = max(s1 - h[1], 1e-12), s1 + h[1], max(s2 - h[3], 1e-12), s2 + h[3]
    r_lo, r_hi = r_range

    def sd_change(a, b, r):
        return math.sqrt(max(0.0, a * a + b * b - 2 * r * a * b))

    # Smallest SD of change: at r_hi, with the SDs as close to each other as rounding allows.
    if r_hi >= 1.0:
        gap = max(0.0, s1_lo - s2_hi, s2_lo - s1_hi)
        sd_min = gap
    else:
        sd_min = min(sd_change(a, b, r_hi) for a in (s1_lo, s1_hi) for b in (s2_lo, s2_hi))
        if s1_lo <= s2_hi and s2_lo <= s1_hi:  # equal SDs possible
            x = max(s1_lo, s2_lo)
            sd_min = min(sd_min, sd_change(x, x, r_hi))
    sd_max = max(sd_change(a, b, r_lo) for a in (s1_lo, s1_hi) for b in (s2_lo, s2_hi))
    df = n - 1
    p_min = 0.0 if sd_min == 0 else t_two_sided_p(d_hi * math.sqrt(n) / sd_min, df)
    p_max = 1.0 if d_lo == 0 else t_two_sided_p(d_lo * math.sqrt(n) / sd_max, df)
    return p_min, p_max


def _p_interval(p: float, relation: str, quote: str | None) -> tuple[float, float]:
    if relation in ("<", "<="):
        return 0.0, p
    if relation in (">", ">="):
        return p, 1.0
    h = view.half_unit(p, quote)
    return max(0.0, p - h), min(1.0, p + h)


def p_possible_checks(study) -> list[dict]:
    """Within-group p-values against the means, SDs and n they are reported with.

    >>> s = {"participants": {"enrolled": 20}, "measurements": [
    ...     {"measure": "X", "group": "all", "time": {"value": 0, "unit": "month"}, "stat": "mean",
    ...      "value": 10.0, "dispersion": "sd", "dispersion_value": 5.0, "quote": "10.0 (5.0) to 10.4 (5.0)"},
    ...     {"measure": "X", "group": "all", "time": {"value": 6, "unit": "month"}, "stat": "mean",
    ...      "value": 10.4, "dispersion": "sd", "dispersion_value": 9.0, "quote": "10.4 (9.0)"}],
    ...     "effects": [{"measure": "X", "group": "all", "versus": "baseline",
    ...                  "time": {"value": 6, "unit": "month"}, "p": 0.001, "p_relation": "<"}]}
    >>> [c["kind"] for c in p_possible_checks(s)]
    ['p_impossible']
    """
    study = view.as_dict(study)
    out = []
    for (measure, group), by_time in mean_series(study).items():
        pre_m = by_time.get("baseline")
        if not pre_m:
            continue
        for time_label, post_m in by_time.items():
            e = effect_for(study, measure, group, "baseline", time_label)
            p = view.number((e or {}).get("p"))
            if time_label == "baseline" or p is None or not 0 < p <= 1 or "p_relation" in e and e["p_relation"] is None:
                continue
            n, basis, n_quote = n_of(study, group, pre_m, post_m)
            pre, post = mean_sd(pre_m, n), mean_sd(post_m, n)
            if n is None or n < 3 or pre is None or post is None:
                continue
            rel = e.get("p_relation") or "="
            q1, q2 = pre_m.get("quote"), post_m.get("quote")
            reported = _p_interval(p, rel, e.get("quote"))
            p_min, p_max = paired_p_range(pre[0], pre[1], post[0], post[1], n, q1, q2)
            where = f"{measure} ({group}, baseline to {time_label})"
            numbers = (f"{fmt(pre[0])} ± {fmt(pre[1])} → {fmt(post[0])} ± {fmt(post[1])}, n = {n} ({basis})")
            shown = f"p{rel}{fmt(p)}".replace("<=", "≤").replace(">=", "≥")
            fields = [f"measurements.{measure}.{group}.baseline", f"measurements.{measure}.{group}.{time_label}",
                      f"effects.{measure}.{group}.p"]
            values = {"pre_mean": pre[0], "pre_sd": pre[1], "post_mean": post[0], "post_sd": post[1], "n": n,
                      "p": p, "p_relation": rel, "p_min": p_min, "p_max": p_max}
            quotes = [q1, q2, e.get("quote"), n_quote]
            if reported[1] < p_min - EPS or reported[0] > p_max + EPS:
                bound = "at least" if reported[1] < p_min else "at most"
                out.append(check("p_impossible", WARNING, where,
                                 f"{where}: {shown} is impossible from {numbers}: a paired t-test gives p "
                                 f"{bound} {(p_min if bound == 'at least' else p_max):.2g} under any pre-post "
                                 "correlation, allowing for rounding", fields, values, quotes))
                continue
            _, p_max_pos = paired_p_range(pre[0], pre[1], post[0], post[1], n, q1, q2, r_range=(0.0, 1.0))
            if reported[0] > p_max_pos + EPS:
                out.append(check("implied_correlation", WARNING, where,
                                 f"{where}: {shown} from {numbers} needs a negative pre-post correlation (with "
                                 f"r ≥ 0 a paired t-test gives p ≤ {p_max_pos:.2g}); repeated scores on one scale "
                                 "correlate positively, so either p is not from a paired test of these numbers or "
                                 "a number is wrong", fields, {**values, "p_max_r_nonnegative": p_max_pos}, quotes))
    return out


# ---------------------------------------------------------------- dates


DATE = re.compile(r"^\s*(\d{4})(?:[-/.年](\d{1,2}))?")


def months(text) -> tuple[int, int] | None:
    """A date as the first and last month it may mean (months since year 0).

    >>> months("2022-09"), months("2022")
    ((24272, 24272), (24264, 24275))
    """
    if text is None:
        return None
    m = DATE.match(str(text))
    if not m:
        return None
    year = int(m.group(1))
    if m.group(2) and 1 <= int(m.group(2)) <= 12:
        x = year * 12 + int(m.group(2)) - 1
        return x, x
    return year * 12, year * 12 + 11


def month_text(x: int) -> str:
    return f"{x // 12}-{x % 12 + 1:02d}"


def date_checks(study, published: str | None = None) -> list[dict]:
    """Enrolment dates in order; enrolment end plus follow-up before publication.

    >>> s = {"citation": {"year": 2023}, "enrollment": {"start": "2021-03", "end": "2022-09"},
    ...      "follow_up": {"value": 2, "unit": "year"}}
    >>> [(c["kind"], c["severity"]) for c in date_checks(s)]
    [('follow_up_time', 'warning')]
    """
    study = view.as_dict(study)
    enr = study.get("enrollment") or {}
    start, end = months(enr.get("start")), months(enr.get("end"))
    year = (study.get("citation") or {}).get("year")
    pub = months(str(year)) if isinstance(year, int) else months(published)
    pub_what = f"publication ({year})" if isinstance(year, int) else f"the article's date ({published})"
    out = []
    if start and end and start[0] > end[1]:
        out.append(check("date_order", WARNING, "enrolment", f"enrolment starts ({enr['start']}) after it ends "
                         f"({enr['end']})", ["enrollment.start", "enrollment.end"],
                         {"start": enr["start"], "end": enr["end"]}))
    for label, when in (("starts", start), ("ends", end)):
        if when and pub and when[0] > pub[1]:
            out.append(check("date_order", WARNING, "enrolment", f"enrolment {label} "
                             f"({enr['start' if label == 'starts' else 'end']}) after {pub_what}",
                             [f"enrollment.{'start' if label == 'starts' else 'end'}"],
                             {"enrollment": enr.get("start" if label == "starts" else "end"), "published": year or published}))
    times = [view.time_of(study.get("follow_up"))] + [view.time_of(m.get("time")) for m in
                                                      [*(study.get("measurements") or ()), *(study.get("effects") or ())]]
    times = [t for t in times if t is not None and t.value > 0]
    if end and pub and times:
        longest = max(times, key=lambda t: t.days)
        reach = end[0] + longest.days / 30.4375
        if reach > pub[1] + 1 + EPS:
            out.append(check("follow_up_time", WARNING, "follow-up",
                             f"follow-up of {longest.label} after enrolment ended ({enr['end']}) runs to about "
                             f"{month_text(int(reach))}, after {pub_what}",
                             ["follow_up", "enrollment.end"],
                             {"follow_up": longest.label, "enrollment_end": enr["end"],
                              "published": year or published}))
    return out


# ---------------------------------------------------------------- all of them


ORDER = {WARNING: 0, NOTE: 1}


def registration_checks(study) -> list[dict]:
    """A trial registered after it started (the ICMJE asks for registration before the first
    participant is enrolled): a registry record whose first submission is a month or more
    after its start date.

    >>> s = {"registration": {"id": "NCT01234567", "registered": "2021-05-02", "start": "2021-03-15", "quote": "q"}}
    >>> [(c["kind"], c["severity"]) for c in registration_checks(s)]
    [('registered_retrospectively', 'warning')]
    >>> registration_checks({"registration": {"registered": "2021-04-01", "start": "2021-03-31"}})
    []
    """
    reg = view.as_dict(study).get("registration") or {}
    if reg.get("start_type") not in (None, "actual"):
        return []  # (a start still anticipated: nothing started yet)
    registered, start = _day(reg.get("registered")), _day(reg.get("start"))
    if registered is None or start is None or (registered - start).days < 30:
        return []
    return [check("registered_retrospectively", WARNING, "registration",
                  f"{reg.get('id') or 'the trial'} was registered on {reg['registered']}, after it started "
                  f"({reg['start']}): registered retrospectively", ["registration.registered", "registration.start"],
                  {"registered": reg["registered"], "start": reg["start"]}, [reg.get("quote")])]


def _day(text):
    """A date: "2021-05-02" as itself, "2021-05" as its first day; None otherwise."""
    m = re.fullmatch(r"([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?", text or "")
    if not m:
        return None
    try:
        return datetime.date(int(m[1]), int(m[2]), int(m[3] or 1))
    except ValueError:
        return None


def study_checks(study, published: str | None = None) -> list[dict]:
    """Every check on one study, warnings first.

    ``published`` is the article's own date, used only when the record has no year.
    """
    study = view.as_dict(study)
    found = (percent_checks(study) + sum_checks(study) + range_checks(study) + grim_checks(study)
             + p_verdict_checks(study) + p_possible_checks(study) + date_checks(study, published)
             + registration_checks(study))
    return sorted(found, key=lambda c: ORDER.get(c["severity"], 2))
