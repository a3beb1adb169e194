"""A ClinicalTrials.gov record (API v2 JSON) as a document: its fields written out as lines
of text, one fact a line, and the same facts kept structured for the extractor.

>>> doc = read_ctgov({"protocolSection": {"identificationModule": {"nctId": "NCT01234567",
...     "briefTitle": "Drug K for knee pain"}, "designModule": {"studyType": "INTERVENTIONAL",
...     "enrollmentInfo": {"count": 120, "type": "ACTUAL"}}}})
>>> print(doc["text"])
NCT01234567: Drug K for knee pain
Registry: ClinicalTrials.gov
Study type: interventional
Enrollment: 120 (actual)
>>> doc["registry"]["enrollment"]
{'count': 120, 'type': 'actual', 'line': 'Enrollment: 120 (actual)'}

Why text as well as data: every number the knowledge base stores keeps the words it came
from, and a registry's words are its fields. Each line the extractor quotes is a line of
this text, so a reader opens the registry record at the line of any number, exactly as
an article at its sentence, and the record's NCT id in the text joins it to every paper
and news story that names that id. Nothing is inferred here: a value the record does
not hold is left out, a planned enrolment is said to be planned.
"""

from __future__ import annotations

import math
import re

REGISTRY = "ClinicalTrials.gov"
NCT = re.compile(r"NCT[0-9]{8}")


def is_ctgov(data) -> bool:
    """A ClinicalTrials.gov API v2 study: a protocol section with an NCT id.

    >>> is_ctgov({"protocolSection": {"identificationModule": {"nctId": "NCT01234567"}}}), is_ctgov({"a": 1})
    (True, False)
    """
    try:
        return bool(NCT.fullmatch(data["protocolSection"]["identificationModule"]["nctId"]))
    except (KeyError, TypeError):
        return False


def _get(d, *path, default=None):
    """The value at ``path``, or ``default`` where the record lacks it or holds another type
    than the default's (a module given as a list, a count as text)."""
    for key in path:
        if not isinstance(d, dict) or key not in d:
            return default
        d = d[key]
    if d is None or (default is not None and not isinstance(d, type(default))):
        return default
    return d


def _count(x) -> int | None:
    """A count: a whole number, never a boolean (JSON's true is no 1).

    >>> _count(120), _count(True), _count("120"), _count(-1)
    (120, None, None, None)
    """
    return x if isinstance(x, int) and not isinstance(x, bool) and x >= 0 else None


def _strings(value) -> list[str]:
    return [x for x in value if isinstance(x, str) and x.strip()] if isinstance(value, list) else []


def _list(value) -> list:
    return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []


def _words(code: str | None) -> str | None:
    """An enumerated value in words: "PLACEBO_COMPARATOR" -> "placebo comparator".

    >>> _words("PLACEBO_COMPARATOR"), _words(None)
    ('placebo comparator', None)
    """
    return code.replace("_", " ").lower() if isinstance(code, str) and code else None


def _one_line(text) -> str:
    return re.sub(r"\s+", " ", str(text)).strip() if text is not None else ""


class _Lines:
    """The document's lines, each added once, each returned so a fact can keep its line."""

    def __init__(self):
        self.lines: list[str] = []

    def add(self, text: str) -> str | None:
        line = _one_line(text)
        if not line:
            return None
        self.lines.append(line)
        return line


def read_ctgov(data: dict) -> dict:
    """{"text", "title", "published", "registry"}: the record's lines and its facts, each
    fact with the line that states it."""
    protocol = _get(data, "protocolSection", default={})
    ident = _get(protocol, "identificationModule", default={})
    nct = ident["nctId"]
    out = _Lines()
    title = _one_line(ident.get("officialTitle") or ident.get("briefTitle") or nct)
    out.add(f"{nct}: {_one_line(ident.get('briefTitle') or title)}")
    if ident.get("officialTitle") and ident.get("officialTitle") != ident.get("briefTitle"):
        out.add(f"Official title: {ident['officialTitle']}")
    out.add(f"Registry: {REGISTRY}")
    reg: dict = {"registry": REGISTRY, "id": nct, "title": title}

    status = _get(protocol, "statusModule", default={})
    dates = {
        "registered": status.get("studyFirstSubmitDate"),
        "first_posted": _get(status, "studyFirstPostDateStruct", "date"),
        "start": _get(status, "startDateStruct", "date"),
        "start_type": _words(_get(status, "startDateStruct", "type")),
        "primary_completion": _get(status, "primaryCompletionDateStruct", "date"),
        "completion": _get(status, "completionDateStruct", "date"),
        "results_first_posted": _get(status, "resultsFirstPostDateStruct", "date"),
    }
    said = [f"{name.replace('_', ' ')} {value}" for name, value in dates.items()
            if isinstance(value, str) and value and name != "start_type"]
    if status.get("overallStatus"):
        out.add(f"Status: {_words(status['overallStatus'])}")
        reg["status"] = _words(status["overallStatus"])
    reg["dates"] = {k: v for k, v in dates.items() if isinstance(v, str) and v}
    if said:
        reg["dates_line"] = out.add("Dates: " + "; ".join(said))

    design = _get(protocol, "designModule", default={})
    info = _get(design, "designInfo", default={})
    study_type = _words(design.get("studyType"))
    if study_type:
        out.add(f"Study type: {study_type}")
    reg["study_type"] = study_type
    parts = [(k, _words(v)) for k, v in (("allocation", info.get("allocation")),
                                          ("intervention model", info.get("interventionModel")),
                                          ("observational model", info.get("observationalModel")),
                                          ("time perspective", info.get("timePerspective")),
                                          ("masking", _get(info, "maskingInfo", "masking")),
                                          ("primary purpose", info.get("primaryPurpose"))) if v]
    if parts:
        reg["design_line"] = out.add("Design: " + "; ".join(f"{k}: {v}" for k, v in parts))
    reg["design"] = dict(parts)
    phases = [p for p in _strings(design.get("phases")) if p != "NA"]
    if phases:
        reg["phases"] = phases
        reg["phases_line"] = out.add("Phase: " + ", ".join(_words(p) for p in phases))
    enrol = _get(design, "enrollmentInfo", default={})
    if _count(enrol.get("count")) is not None:
        kind = {"ACTUAL": "actual", "ESTIMATED": "planned", "ANTICIPATED": "planned"}.get(enrol.get("type"), None)
        line = out.add(f"Enrollment: {enrol['count']}" + (f" ({kind})" if kind else ""))
        reg["enrollment"] = {"count": enrol["count"], "type": kind, "line": line}

    conditions = _strings(_get(protocol, "conditionsModule", "conditions", default=[]))
    if conditions:
        reg["conditions"] = conditions
        reg["conditions_line"] = out.add("Conditions: " + "; ".join(conditions))

    arms_module = _get(protocol, "armsInterventionsModule", default={})
    reg["arms"] = []
    for arm in _list(arms_module.get("armGroups")):
        if not arm.get("label"):
            continue
        kind = _words(arm.get("type"))
        names = _strings(arm.get("interventionNames"))
        line = out.add(f"Arm: {arm['label']}" + (f" ({kind})" if kind else "")
                       + (f"; interventions: {', '.join(names)}" if names else ""))
        reg["arms"].append({"label": _one_line(arm["label"]), "type": kind, "interventions": names, "line": line})
    reg["interventions"] = []
    for item in _list(arms_module.get("interventions")):
        if not item.get("name"):
            continue
        kind = _words(item.get("type"))
        line = out.add(f"Intervention: {item['name']}" + (f" ({kind})" if kind else ""))
        reg["interventions"].append({"name": _one_line(item["name"]), "type": kind, "line": line,
                                     "arms": _strings(item.get("armGroupLabels"))})

    outcomes = _get(protocol, "outcomesModule", default={})
    for kind in ("primary", "secondary"):
        reg[f"{kind}_outcomes"] = []
        for o in _list(outcomes.get(f"{kind}Outcomes")):
            if not o.get("measure"):
                continue
            frame = _one_line(o.get("timeFrame")) or None
            line = out.add(f"Registered {kind} outcome: {o['measure']}" + (f" | time frame: {frame}" if frame else ""))
            reg[f"{kind}_outcomes"].append({"measure": _one_line(o["measure"]), "time_frame": frame, "line": line})

    results = _get(data, "resultsSection", default={})
    reg["results"] = _results(results, out) if results else []
    reg["adverse_events"] = _adverse_events(_get(results, "adverseEventsModule", default={}), out)
    return {"text": "\n".join(out.lines), "title": title, "published": dates["first_posted"] or dates["registered"],
            "registry": reg}


def _number(text):
    """A registry value as a number: "12.5" -> 12.5, "NA" and "" -> None.

    >>> _number("12.5"), _number("-3"), _number("NA"), _number(None)
    (12.5, -3, None, None)
    """
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        return text if math.isfinite(text) else None
    if not isinstance(text, str) or not re.fullmatch(r"\s*-?[0-9]+(?:\.[0-9]+)?\s*", text):
        return None
    value = float(text)
    return int(value) if value.is_integer() and "." not in text else value


def _results(results: dict, out: _Lines) -> list[dict]:
    """Every outcome measure with its groups' values and its analyses, each value and each
    analysis with its line."""
    found = []
    for om in _list(_get(results, "outcomeMeasuresModule", "outcomeMeasures")):
        title = _one_line(om.get("title"))
        if not title:
            continue
        groups = {g["id"]: _one_line(g.get("title")) for g in _list(om.get("groups")) if isinstance(g.get("id"), str)}
        sizes = {}
        for denom in _list(om.get("denoms"))[:1]:
            for c in _list(denom.get("counts")):
                if _number(c.get("value")) is not None and isinstance(c.get("groupId"), str):
                    sizes[c["groupId"]] = int(_number(c["value"]))
        measure = {"type": _words(om.get("type")), "title": title, "time_frame": _one_line(om.get("timeFrame")) or None,
                   "param": _words(om.get("paramType")), "dispersion": _words(om.get("dispersionType")),
                   "unit": _one_line(om.get("unitOfMeasure")) or None, "values": [], "analyses": []}
        head = f"Result ({measure['type'] or 'outcome'}): {title}"
        if measure["time_frame"]:
            head += f" | time frame: {measure['time_frame']}"
        what = ", ".join(x for x in (measure["param"], measure["dispersion"], measure["unit"]) if x)
        measure["line"] = out.add(head + (f" | {what}" if what else ""))
        for cls in _list(om.get("classes")):
            for cat in _list(cls.get("categories")):
                for m in _list(cat.get("measurements")):
                    gid = m.get("groupId")
                    value = _number(m.get("value"))
                    if not isinstance(gid, str) or gid not in groups or value is None:
                        continue
                    spread, low, high = _number(m.get("spread")), _number(m.get("lowerLimit")), _number(m.get("upperLimit"))
                    said = f"{m.get('value')}"
                    if spread is not None:
                        said += f" ({m.get('spread')})"
                    elif low is not None and high is not None:
                        said += f" ({m.get('lowerLimit')} to {m.get('upperLimit')})"
                    where = [x for x in (_one_line(cls.get("title")), _one_line(cat.get("title"))) if x]
                    n = sizes.get(gid)
                    line = out.add(f"  {title}" + (f" [{'; '.join(where)}]" if where else "") + f" | {groups[gid]}"
                                   + (f" (n={n})" if n is not None else "") + f": {said}")
                    measure["values"].append({"group": groups[gid], "class": _one_line(cls.get("title")) or None,
                                              "category": _one_line(cat.get("title")) or None, "value": value,
                                              "spread": spread, "low": low, "high": high, "n": n, "line": line})
        for a in _list(om.get("analyses")):
            names = [groups[g] for g in _strings(a.get("groupIds")) if g in groups]
            p_text = _one_line(a.get("pValue")) or None
            value = _number(a.get("paramValue"))
            low, high = _number(a.get("ciLowerLimit")), _number(a.get("ciUpperLimit"))
            level = _number(a.get("ciPctValue"))
            parts = [f"{a.get('paramType')} {a.get('paramValue')}" if a.get("paramType") and value is not None else None,
                     f"{level:g}% CI {a.get('ciLowerLimit')} to {a.get('ciUpperLimit')}"
                     if level is not None and low is not None and high is not None else None,
                     f"p {p_text}" if p_text else None, _one_line(a.get("statisticalMethod")) or None]
            said = "; ".join(x for x in parts if x)
            if len(names) < 2 or not said:
                continue
            line = out.add(f"  Analysis of {title}: {' vs '.join(names)}: {said}")
            measure["analyses"].append({"groups": names, "param": _one_line(a.get("paramType")) or None, "value": value,
                                        "ci": [low, high] if level == 95 and low is not None and high is not None else None,
                                        "p": p_text, "line": line})
        found.append(measure)
    return found


def _adverse_events(module: dict, out: _Lines) -> dict:
    """The event groups' serious events and deaths, and each serious event by group."""
    groups = {g["id"]: g for g in _list(module.get("eventGroups")) if isinstance(g.get("id"), str)}
    totals = []
    def of(n, at_risk):
        return f"{n}/{at_risk}" if _count(at_risk) is not None else str(n)

    for g in groups.values():
        serious, deaths = _count(g.get("seriousNumAffected")), _count(g.get("deathsNumAffected"))
        parts = [f"serious {of(serious, g.get('seriousNumAtRisk'))}" if serious is not None else None,
                 f"deaths {of(deaths, g.get('deathsNumAtRisk'))}" if deaths is not None else None]
        said = "; ".join(x for x in parts if x)
        if said:
            line = out.add(f"Adverse events | {_one_line(g.get('title'))}: {said}")
            totals.append({"group": _one_line(g.get("title")), "serious": serious, "deaths": deaths,
                           "at_risk": _count(g.get("seriousNumAtRisk")), "line": line})
    events = []
    for ev in _list(module.get("seriousEvents")):
        term = _one_line(ev.get("term"))
        for s in _list(ev.get("stats")):
            g = groups.get(s.get("groupId")) if isinstance(s.get("groupId"), str) else None
            if not term or g is None or _count(s.get("numAffected")) is None:
                continue
            line = out.add(f"Serious adverse event: {term} | {_one_line(g.get('title'))}: "
                           f"{of(s['numAffected'], s.get('numAtRisk'))}")
            events.append({"event": term, "group": _one_line(g.get("title")), "n": s["numAffected"],
                           "at_risk": _count(s.get("numAtRisk")), "line": line})
    return {"groups": totals, "serious": events}
