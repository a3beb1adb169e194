"""What ``store.write`` stores of the statistics: rows for effect_sizes and checks, and
the computed columns of a study.

>>> out = study_stats({"design": "case_series", "participants": {"enrolled": 106},
...     "groups": [{"name": "cervical", "role": "subgroup", "n": 32, "pct": 39.2, "quote": "32 (39.2%)"}]})
>>> out["study"]["check_kinds"], out["study"]["warnings"], out["study"]["evidence_level"]
('["percent_count"]', 1, 4)

Everything here is computed by Evidence KB from the record, never read from an article:
the record itself stays as extracted. JSON-valued columns are serialised here so the
writer only adds ids.
"""

from __future__ import annotations

import json

from .. import vocab
from . import view
from .checks import study_checks
from .effect_sizes import study_effect_sizes
from .evidence_level import assess

EFFECT_SIZE_KEY = ("measure", "group_name", "versus", "time_label", "formula")
CHECK_KEY = ("kind", "subject", "message")


# json.dumps(value, ensure_ascii=False, sort_keys=True), without building an encoder a call.
_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def _round(x, digits=10):
    return None if x is None else round(float(x), digits)


def effect_size_row(row: dict) -> dict:
    return {
        "measure": row["measure"], "measure_slug": vocab.slug(row["measure"]) if row.get("measure") else None,
        "group_name": row["group_name"], "versus": row["versus"], "time_label": row["time_label"],
        "time_days": row.get("time_days"), "comparison": row["comparison"], "formula": row["formula"],
        "formula_text": row["formula_text"], "estimate": _round(row["estimate"]),
        "ci_low": _round(row["ci_low"]), "ci_high": _round(row["ci_high"]), "scale": row["scale"],
        "yi": _round(row["yi"]), "vi": _round(row["vi"], 12), "se": _round(row["se"]),
        "n": row.get("n"), "n1": row.get("n1"), "n2": row.get("n2"),
        "assumed_r": row.get("assumed_r"), "implied_r": _round(row.get("implied_r"), 4),
        "implied_r_relation": row.get("implied_r_relation"), "implied_r_basis": row.get("implied_r_basis"),
        "inputs": _json(row.get("inputs") or {}), "assumptions": _json(row.get("assumptions") or []),
        "quotes": _json(row.get("quotes") or []),
    }


def check_row(c: dict) -> dict:
    return {"kind": c["kind"], "severity": c["severity"], "subject": c.get("subject"), "message": c["message"],
            "fields": _json(c.get("fields") or []), "field_values": _json(c.get("values") or {}),
            "quotes": _json(c.get("quotes") or [])}


def study_stats(study, text: str | None = None, published: str | None = None,
                r: float | None = None) -> dict:
    """{"study": computed studies columns, "effect_sizes": rows, "checks": rows} (without ids)."""
    study = view.as_dict(study)
    checks = [check_row(c) for c in study_checks(study, published)]
    level = assess(study, text)
    kinds = sorted({c["kind"] for c in checks})
    return {
        "study": {
            "evidence_level": level["evidence_level"],
            "evidence_level_basis": level["evidence_level_basis"],
            "bias_flags": _json(level["bias_flags"]),
            "check_kinds": _json(kinds),
            "warnings": sum(1 for c in checks if c["severity"] == "warning"),
        },
        "effect_sizes": [effect_size_row(x) for x in study_effect_sizes(study, r)],
        "checks": checks,
    }
