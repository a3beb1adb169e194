"""Each study's comparison rows, computed when the study is written and kept in the table
``comparison_rows`` (migration m015), so that a comparison page reads what it shows.

A comparison of one measure over 17,500 studies computed 164,500 rows from 188,000
measurements on its first view: 13 s reading and 9 s computing at a million studies
(bench/run.py, #16), and again after every article ingested, since a new database version
makes a new page. Every row depends on its own study alone (its measurements, effects,
effect sizes, groups and study row; the row chosen for pooling is one per study and time
point), so each study's rows are computed when the study is written, by the functions the
page computed them with (``compare.comparison_rows``, ``between_arms.between_rows``), and the
page reads the rows it shows, the numbers it pools and its options from the table.

>>> study = {"id": "s1", "title": "T", "design": "case_series", "first_author": "Li", "year": 2024}
>>> m = {"study_id": "s1", "source_id": "a", "measure": "M", "measure_slug": "m", "group_name": "all",
...      "stat": "mean", "dispersion": "sd", "quote": "q"}
>>> ms = [dict(m, time_days=0, time_label="baseline", value=40.7, dispersion_value=17.0),
...       dict(m, time_days=365.25, time_label="12 months", value=43.3, dispersion_value=15.9)]
>>> rows = table_rows(study, ms, [], [], [])
>>> [(r["measure_slug"], r["kind"], r["time_label"], r["study"], r["pooled"]) for r in rows]
[('m', 'within', '12 months', 'Li 2024', 0)]
>>> shown = page_row(rows[0], "smc_change_sd")
>>> shown["baseline"]["text"], shown["follow_up"]["text"], shown["effect"], shown["n"]
('40.7 ± 17', '43.3 ± 15.9', None, None)

A within-arm row's effect, size and pooled mark depend on the page's metric: the table keeps
each metric's (``METRICS``; bit k of ``pooled`` is the k-th metric's mark, its numbers in
``est{k}``, ``lo{k}``, ``hi{k}``, ``yi{k}``, ``vi{k}``). A between-arm row is of one metric,
its numbers in the first set. Pure: rows in, rows out; ``ingest.store.comparisons`` writes them.
"""

from __future__ import annotations

import json
import zlib

from ..columns import json_column
from ..stats.certainty import bias_flags
from . import between_arms as ba
from . import compare as cmp

# The version of how rows are computed and kept: a change to what a row holds (its labels, texts,
# order, columns) bumps it, with a migration that marks every study stale; the page reads kept
# rows of its own version only, and computes from the facts otherwise.
VERSION = 1
# Between the conditions of ``conditions_key``: a character no name holds (a "|" can be typed).
SEPARATOR = "\x1f"
# A study's columns a comparison never reads: its record's JSON and its quote columns (a comparison
# over 1,000 studies read ~20 MB of them for nothing).
HEAVY_STUDY_COLUMNS = frozenset({"record", "participants_quotes", "safety_quotes"})
# Bit k of a within-arm row's ``pooled``, and its numbers est{k}…vi{k}, are METRICS[k]'s.
METRICS = tuple(cmp.METRICS)
# (the parts of a within-arm row that depend on the metric: kept per metric, the rest once)
PER_METRIC = ("n", "n_text", "effect", "pooled")
NUMBERS = ("est", "lo", "hi", "yi", "vi")
COLUMNS = ("measure_slug", "kind", "study_id", "seq", "time_null", "time_days", "time_label", "study", "subgroup",
           "is_control", "group_name", "metric_order", "reported", "population", "design", "condition", "conditions", "bias_flags",
           "n", "metric", *(f"{x}{k}" for k in range(len(METRICS)) for x in NUMBERS), "pooled", "row", "metric_rows")

# (NaN and infinities written as Python's json writes and reads them: only this project reads
# these columns back, and the page's JSON makes them None, as it does for rows computed afresh)
_encode = json.JSONEncoder(ensure_ascii=False).encode


def _dumps(value) -> bytes:
    """A row's JSON as kept: compressed (a row repeats its study's title and its cells' quotes,
    ~1.3 KB; a million studies keep 11 million rows, and the page opens 260 of them).

    >>> loads(_dumps({"a": [1, "x"]}))
    {'a': [1, 'x']}
    """
    return zlib.compress(_encode(value).encode("utf-8"), 1)


def loads(kept: bytes):
    """What ``_dumps`` kept."""
    return json.loads(zlib.decompress(kept))


def comparison_study(row: dict) -> dict:
    """A study's row as the comparisons read it: its conditions and interventions as lists.

    >>> comparison_study({"conditions": '["asthma", 3]', "interventions": None})["conditions_list"]
    ['asthma']
    """
    row["conditions_list"] = [c for c in json_column(row.get("conditions"), []) if isinstance(c, str)]
    row["interventions_list"] = [c for c in json_column(row.get("interventions"), []) if isinstance(c, str)]
    return row


def _cell(c) -> dict | None:
    """A cell as stored: its text written (a ``MeasurementCell`` writes it when first read)."""
    if c is None:
        return None
    return {"text": c["text"], "quote": c.get("quote"), "source_id": c.get("source_id"),
            "computed": c.get("computed", False)}


def conditions_key(conditions: list[str], condition: str | None) -> str:
    """The conditions a row is offered under, each between two ``SEPARATOR`` (one ``instr`` finds
    a condition): its study's list, else its one condition, as the page's options are made.

    >>> conditions_key(["asthma", "copd"], "asthma").split(SEPARATOR), conditions_key([], None)
    (['', 'asthma', 'copd', ''], '')
    """
    names = list(dict.fromkeys([c for c in (conditions or [condition]) if c]))
    return SEPARATOR + SEPARATOR.join(names) + SEPARATOR if names else ""


def _finite(x):
    return x if isinstance(x, (int, float)) and x == x and x not in (float("inf"), float("-inf")) else None


def _common(r: dict, slug: str, kind: str, seq: int, study: dict) -> dict:
    return {"measure_slug": slug, "kind": kind, "study_id": r["study_id"], "seq": seq,
            # (no label sorts as "", as the page's sort reads it; the row keeps the label as it is)
            "time_null": int(r["time_days"] is None), "time_days": r["time_days"], "time_label": r["time_label"] or "",
            "study": r["study"], "group_name": r["group"] or "", "population": r["population"], "design": r["design"],
            "condition": r["condition"], "conditions": conditions_key(r["conditions"], r["condition"]),
            "bias_flags": _encode(bias_flags(study)), "n": r["n"] if isinstance(r.get("n"), int) else None}


def _within(study: dict, slug: str, measurements: list, effects: list, sizes: list, groups: list) -> list[dict]:
    sid = study["id"]
    by_metric = [cmp.comparison_rows({sid: study}, measurements, sizes, effects, groups, metric) for metric in METRICS]
    out = []
    for seq, versions in enumerate(zip(*by_metric)):
        r = versions[0]
        row = {k: v for k, v in r.items() if k not in PER_METRIC and k != "escalc"}
        row["baseline"], row["follow_up"] = _cell(r["baseline"]), _cell(r["follow_up"])
        table = _common(r, slug, "within", seq, study)
        table.update(subgroup=int(r["group"] not in (None, "all")), is_control=int(r["is_control"]),
                     metric_order=None, reported=None, metric=None, pooled=0, row=_dumps(row))
        kept = {}
        for k, (metric, v) in enumerate(zip(METRICS, versions)):
            e = v["effect"] or {}
            for name, key in zip(NUMBERS, ("estimate", "ci_low", "ci_high", "yi", "vi")):
                table[f"{name}{k}"] = _finite(e.get(key))
            table["pooled"] |= (1 << k) if v["pooled"] else 0
            kept[metric] = {key: v[key] for key in PER_METRIC}
        table["metric_rows"] = _dumps(kept)
        out.append(table)
    return out


def _between(study: dict, slug: str, sizes: list, groups: list) -> list[dict]:
    out = []
    for seq, r in enumerate(ba.between_rows({study["id"]: study}, sizes, groups)):
        table = _common(r, slug, "between", seq, study)
        table.update(subgroup=0, is_control=0, metric_order=ba.METRIC_ORDER.index(r["metric"]),
                     reported=int(r["reported"]), metric=r["metric"], pooled=int(r["pooled"]),
                     row=_dumps(r), metric_rows=None)
        for name, key in zip(NUMBERS, ("estimate", "ci_low", "ci_high", "yi", "vi")):
            table[f"{name}0"] = _finite(r.get(key))
        for k in range(1, len(METRICS)):
            for name in NUMBERS:
                table[f"{name}{k}"] = None
        out.append(table)
    return out


def table_rows(study: dict, measurements: list[dict], effects: list[dict], effect_sizes: list[dict],
               groups: list[dict]) -> list[dict]:
    """Every comparison row of one study, of every measure it reports, as ``comparison_rows``
    keeps them: its within-arm rows (``compare.comparison_rows``, each metric's effect kept) and
    its between-arm rows (``between_arms.between_rows``). ``study`` is its row, with
    ``conditions_list``; the facts are its own, in the order they were written."""
    study = dict(study)
    study.setdefault("conditions_list", [])
    slugs = list(dict.fromkeys(x["measure_slug"] for x in (*measurements, *effects, *effect_sizes)
                               if x.get("measure_slug")))
    out = []
    for slug in slugs:
        ms = [m for m in measurements if m.get("measure_slug") == slug]
        es = [e for e in effects if e.get("measure_slug") == slug]
        sz = [e for e in effect_sizes if e.get("measure_slug") == slug]
        if ms or es:
            out += _within(study, slug, ms, es, sz, groups)
        out += _between(study, slug, sz, groups)
    return out


def page_row(table: dict, metric: str) -> dict:
    """A within-arm row as the page shows it under ``metric``, from its kept columns."""
    row = loads(table["row"])
    row.update(loads(table["metric_rows"])[metric])
    return row
