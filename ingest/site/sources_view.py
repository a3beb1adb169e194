"""One study's numbers as each of its sources states them, side by side: the registry, the
paper, the news story. Each row is one fact (a measure of one side at one time, an effect,
the enrolment), each cell one source's value with its quote, and each row says whether
the sources agree, differ, or only one states it.

>>> sources = [{"id": "r", "format": "ctgov", "title": "NCT01234567"}, {"id": "n", "format": "text", "title": "News"}]
>>> ms = [{"source_id": "r", "measure": "six-minute walk distance", "measure_slug": "six-minute-walk-distance",
...        "group_name": "Drug K 10 mg", "time_label": "12 weeks", "stat": "mean", "value": 412.6, "quote": "q1"},
...       {"source_id": "n", "measure": "six-minute walk distance", "measure_slug": "six-minute-walk-distance",
...        "group_name": "药物K组", "time_label": "12 weeks", "stat": "mean", "value": 412.6, "quote": "q2"}]
>>> view = side_by_side(sources, ms, [], {})
>>> [(r["label"], r["status"], [c and c["text"] for c in r["cells"]]) for r in view["rows"]]
[('six-minute walk distance · treatment arm · 12 weeks · mean', 'agree', ['412.6', '412.6'])]
>>> [c["kind"] for c in view["columns"]]
['registry', 'article']

Sources name the same arm differently ("Drug K 10 mg", "drug k", "药物K组"): in a study of
two arms each side is matched by its part, the treatment or the comparator, never by its
words; with more arms, by the name as written.
"""

from __future__ import annotations

from ..extract.interventions import is_comparator
from .format import printed

KINDS = {"ctgov": "registry", "medline": "paper", "jats": "paper", "crossref": "paper", "pdf": "paper",
         "html": "article", "text": "article"}


def _side(group: str | None, arms_of_source: set) -> str:
    if group in (None, "", "all"):
        return "whole cohort"
    # (by its part only where the source's two arms take the two parts: two active arms, or two
    # comparators, are told apart by their names)
    parts = {is_comparator(a) for a in arms_of_source}
    if len(arms_of_source) <= 2 and (len(arms_of_source) < 2 or parts == {True, False}):
        return "comparator arm" if is_comparator(group) else "treatment arm"
    return group.lower()


def _cell(row: dict, value, quote_key: str = "quote") -> dict:
    return {"text": printed(value, row.get(quote_key)), "value": value, "quote": row.get(quote_key),
            "source_id": row.get("source_id")}


def side_by_side(sources: list[dict], measurements: list[dict], effects: list[dict], enrolled: dict) -> dict:
    """{"columns": the sources, "rows": facts with one cell per source and a status}.
    ``enrolled`` is {source_id: (n, quote)} of the sources that state one."""
    order = [s["id"] for s in sources]
    arms: dict[str, set] = {}
    for r in (*measurements, *effects):
        if r.get("group_name") not in (None, "all"):
            arms.setdefault(r["source_id"], set()).add(r["group_name"])
        if r.get("versus") not in (None, "baseline", "reference", "all"):
            arms.setdefault(r["source_id"], set()).add(r["versus"])
    facts: dict[tuple, dict] = {}
    labels: dict[tuple, str] = {}

    def put(key, label, source_id, cell):
        labels.setdefault(key, label)
        facts.setdefault(key, {}).setdefault(source_id, cell)

    for sid, (n, quote) in enrolled.items():
        put(("enrolled",), "participants enrolled", sid, {"text": str(n), "value": n, "quote": quote, "source_id": sid})
    for m in measurements:
        if m.get("value") is None:
            continue
        side = _side(m.get("group_name"), arms.get(m["source_id"], set()))
        key = ("m", m.get("measure_slug") or m.get("measure"), side, m.get("time_label"), m.get("stat"))
        label = " · ".join(x for x in (m.get("measure"), side, m.get("time_label") or "time not stated", m.get("stat")) if x)
        put(key, label, m["source_id"], _cell(m, m["value"]))
    for e in effects:
        value = e.get("value") if e.get("value") is not None else e.get("p")
        if value is None:
            continue
        side = _side(e.get("group_name"), arms.get(e["source_id"], set()))
        versus = e.get("versus") if e.get("versus") in ("baseline", "reference") else \
            _side(e.get("versus"), arms.get(e["source_id"], set()))
        what = (e.get("type") or "none").replace("_", " ") if e.get("value") is not None else "p"
        key = ("e", e.get("measure_slug") or e.get("measure"), side, versus, e.get("time_label"), what)
        label = " · ".join(x for x in (e.get("measure"), f"{side} vs {versus}", e.get("time_label") or "time not stated",
                                       what) if x)
        cell = _cell(e, value)
        if what == "p" and e.get("p_relation") not in (None, "="):
            cell["text"] = f"{e['p_relation']} {cell['text']}"
        put(key, label, e["source_id"], cell)
    rows = []
    for key, by_source in facts.items():
        values = {c["value"] for c in by_source.values()}
        status = "only here" if len(by_source) == 1 else "agree" if len(values) == 1 else "differ"
        rows.append({"label": labels[key], "status": status, "cells": [by_source.get(s) for s in order]})
    rank = {"differ": 0, "agree": 1, "only here": 2}
    rows.sort(key=lambda r: (rank[r["status"]], r["label"]))
    columns = [{"id": s["id"], "title": s.get("title") or s["id"], "kind": KINDS.get(s.get("format") or "text", "article")}
               for s in sources]
    return {"columns": columns, "rows": rows,
            "counts": {k: sum(1 for r in rows if r["status"] == k) for k in ("differ", "agree", "only here")}}
