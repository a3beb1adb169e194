"""The record of a ClinicalTrials.gov study: its registered design, arms, outcomes and, where
posted, its results, read from the fields ``read.registry`` kept, each fact quoting the
line of the record's text that states it.

>>> from ..read.registry import read_ctgov
>>> from ..read.document import Document
>>> read = read_ctgov({"protocolSection": {
...     "identificationModule": {"nctId": "NCT01234567", "briefTitle": "Drug K for knee pain"},
...     "designModule": {"studyType": "INTERVENTIONAL", "phases": ["PHASE3"],
...                      "designInfo": {"allocation": "RANDOMIZED"}, "enrollmentInfo": {"count": 120, "type": "ACTUAL"}},
...     "outcomesModule": {"primaryOutcomes": [{"measure": "WOMAC pain", "timeFrame": "12 weeks"}]}}})
>>> doc = Document(read["text"], path="r.json", sha256="0" * 64, metadata={"format": "ctgov", "registry": read["registry"]})
>>> study = record_of(doc).studies[0]
>>> study.design, study.phase, study.participants.enrolled, study.registration["primary_outcomes"][0]["measure"]
('rct', '3', 120, 'WOMAC pain')

Design, phase and arms come from the record's enumerated fields, measures and conditions
are named as the vocabulary names them where it knows the whole name (else as written),
and a value the record does not hold stays null. A planned enrolment is kept in
``registration``, never as the number enrolled.
"""

from __future__ import annotations

import re

from .. import vocab
from ..read.document import Document
from ..vocab.lexicon import Tokens
from .numbers import times
from .record import AdverseEvent, Effect, Enrollment, Group, Intervention, Measurement, Record, Safety, Source, Study

COMPARATOR_ARMS = {"placebo comparator": "placebo", "sham comparator": "sham", "no intervention": "no treatment"}
# "Change From Baseline in X at Week 12": each arm's values are changes.
CHANGE_FROM_BASELINE = re.compile(r"^\s*(?:mean\s+|percent(?:age)?\s+)?change\s+from\s+baseline\s+(?:in|of)\s+", re.I)
AT_TIME = re.compile(r"\s+(?:at|to|through|over|up\s+to)\s+(?:week|month|day|year|visit)s?\s+\d+.*$|\s*\([^()]*\)", re.I)
STATS = {"mean": "mean", "least squares mean": "mean", "median": "median", "count of participants": "n"}
# (the API's enumerations in words: CONFIDENCE_95 is "confidence 95"; other levels are no 95% interval)
DISPERSIONS = {"standard deviation": "sd", "standard error": "se", "confidence 95": "ci95", "95% confidence interval": "ci95",
               "inter quartile range": "iqr", "full range": "range"}
RATIO_KINDS = (("hazard", "hazard_ratio"), ("odds", "odds_ratio"), ("risk ratio", "risk_ratio"),
               ("relative risk", "risk_ratio"), ("mean difference", "mean_difference"))
P_TEXT = re.compile(r"^\s*(?P<rel><=|>=|<|>|=|≤|≥)?\s*(?P<p>0?\.\d+|1(?:\.0+)?|0)\s*$")


def record_of(document: Document) -> Record:
    reg = document.metadata["registry"]
    source = Source(file=document.path, url=document.url, title=document.title, language="en",
                    sha256=document.sha256, encoding=document.encoding)
    return Record(source, [study_of(reg)])


def _canonical(kind: str, text: str) -> str | None:
    """The vocabulary's name for ``text`` when one entry names (nearly) all of it.

    >>> _canonical("measures", "HbA1c"), _canonical("measures", "Percentage of participants with HbA1c below 7%")
    ('HbA1c', None)
    """
    hits = vocab.lexicon(kind).find(Tokens(text))
    if len(hits) == 1 and (hits[0].end - hits[0].start) >= 0.6 * len(text.strip()):
        return hits[0].name
    return None


def measure_name(title: str) -> tuple[str, bool]:
    """(the measure a result's title names, whether its values are changes from baseline).

    >>> measure_name("Change From Baseline in HbA1c at Week 24"), measure_name("Number of Participants With Relapse")
    (('HbA1c', True), ('Number of Participants With Relapse', False))
    """
    change = CHANGE_FROM_BASELINE.match(title)
    core = title[change.end():] if change else title
    while True:  # ("6-Minute Walk Distance (6MWD) at Week 12": its bracket and its time, each away)
        shorter = AT_TIME.sub("", core).strip()
        if shorter == core:
            break
        core = shorter
    return (_canonical("measures", core) or core or title), change is not None


def _time(text: str | None, one_only: bool = False):
    """The latest time a time frame names: "Baseline, Week 12 and Week 24" -> 24 weeks; with
    ``one_only``, None where it names several (which value is at which, the frame cannot say).

    >>> _time("Baseline and Week 12").label, _time("Week 4 and Week 12", one_only=True)
    ('12 weeks', None)
    """
    found = list(dict.fromkeys(t.time for t in times(text or "") if t.time.value))
    if one_only and len(found) > 1:
        return None
    return max(found, key=lambda t: t.days) if found else None


def _phase(phases: list[str]) -> str | None:
    """ "PHASE1", "PHASE2" -> "1/2"; "EARLY_PHASE1" -> "1".

    >>> _phase(["PHASE1", "PHASE2"]), _phase(["PHASE3"]), _phase([])
    ('1/2', '3', None)
    """
    digits = sorted({m.group(1) for p in phases for m in [re.search(r"PHASE(\d)", p)] if m})
    return "/".join(digits) or None


def _design(reg: dict, arms: list[dict]) -> str | None:
    d = reg.get("design") or {}
    if reg.get("study_type") == "observational":
        model = d.get("observational model") or ""
        return ("cohort" if "cohort" in model else "case_control" if "case control" in model
                else "cross_sectional" if "cross sectional" in (d.get("time perspective") or "") else None)
    allocation = d.get("allocation") or ""
    if allocation == "randomized":
        return "rct"
    if d.get("intervention model") == "single group assignment" or (allocation in ("", "na") and len(arms) == 1):
        return "single_arm_trial"
    if allocation == "non randomized":
        return "non_randomized_controlled"
    return None


def _p(text: str | None) -> tuple[float | None, str | None]:
    """ "<0.001" -> (0.001, "<"); "0.023" -> (0.023, "=").

    >>> _p("<0.001"), _p("0.023"), _p("NA")
    ((0.001, '<'), (0.023, '='), (None, None))
    """
    m = P_TEXT.match(text or "")
    if not m:
        return None, None
    rel = {"≤": "<=", "≥": ">="}.get(m["rel"], m["rel"]) or "="
    return float(m["p"]), rel


def _effect_type(param: str | None) -> str:
    low = (param or "").lower()
    return next((kind for word, kind in RATIO_KINDS if word in low), "effect_size" if low else "none")


def study_of(reg: dict) -> Study:
    study = Study()
    arms = reg.get("arms") or []
    study.design = _design(reg, arms)
    study.phase = _phase(reg.get("phases") or [])
    for c in reg.get("conditions") or []:
        name = _canonical("conditions", c) or c.lower()
        if name not in study.conditions:
            study.conditions.append(name)
    dates = reg.get("dates") or {}
    study.enrollment = Enrollment(start=(dates.get("start") or "")[:7] or None,
                                  end=(dates.get("primary_completion") or "")[:7] or None)
    enrol = reg.get("enrollment") or {}
    if enrol.get("type") == "actual":
        study.participants.enrolled = enrol["count"]
        study.participants.quotes["enrolled"] = enrol["line"]
    for item in reg.get("interventions") or []:
        if item.get("type") == "drug" or item.get("type") in ("biological", "device", "procedure", "behavioral",
                                                             "dietary supplement", "genetic", "radiation", "other"):
            name = _canonical("interventions", item["name"]) or item["name"]
            if not any(i.name == name for i in study.interventions):
                study.interventions.append(Intervention(name, quote=item["line"]))
    comparators = [a for a in arms if a.get("type") in COMPARATOR_ARMS or a.get("type") == "active comparator"]
    if len(comparators) == 1:
        c = comparators[0]
        study.comparator = COMPARATOR_ARMS.get(c["type"]) or c["label"]
    # (Arms as the results name them where the record has results: its outcome groups may be
    # titled otherwise than its arm groups, "Matching Placebo" for "Placebo"; one arm, one group.)
    posted = [v["group"] for om in reg.get("results") or [] for v in om["values"]]
    study.groups = [] if posted else [Group(a["label"], "arm", None, None, a["line"]) for a in arms]
    study.registration = {
        "registry": reg["registry"], "id": reg["id"], "status": reg.get("status"),
        "registered": dates.get("registered"), "start": dates.get("start"), "start_type": dates.get("start_type"),
        "enrollment": {"count": enrol.get("count"), "type": enrol.get("type"), "quote": enrol.get("line")} if enrol else None,
        "primary_outcomes": [{"measure": o["measure"], "time_frame": o["time_frame"], "quote": o["line"]}
                             for o in reg.get("primary_outcomes") or []],
        "secondary_outcomes": [{"measure": o["measure"], "time_frame": o["time_frame"], "quote": o["line"]}
                               for o in reg.get("secondary_outcomes") or []],
        "quote": reg.get("dates_line"),
    }
    _results(study, reg)
    _adverse_events(study, reg)
    timed = [x.time for x in (*study.measurements, *study.effects) if x.time is not None and x.time.value]
    planned = [_time(o["time_frame"]) for o in reg.get("primary_outcomes") or []]
    study.follow_up = max(timed or [t for t in planned if t] or [None], key=lambda t: t.days if t else -1)
    return study


def _results(study: Study, reg: dict) -> None:
    sizes: dict[str, int] = {}
    for om in reg.get("results") or []:
        measure, change = measure_name(om["title"])
        frame_time = _time(om.get("time_frame"), one_only=True)
        stat = STATS.get(om.get("param") or "")
        if stat is None and (om.get("param") or "") == "number" and "percent" in (om.get("unit") or "").lower():
            stat = "percent"
        dispersion = DISPERSIONS.get(om.get("dispersion") or "")
        several = len({(v["class"], v["category"]) for v in om["values"]}) > 1
        for v in om["values"]:
            if v.get("n") is not None:
                sizes.setdefault(v["group"], v["n"])
            if stat is None:
                continue
            # (a class or category titled by its time, "Week 4", is that time; else the frame's one time)
            when = _time(v["class"], one_only=True) or _time(v["category"], one_only=True) or frame_time
            # (several classes or categories: each its own row, named by them, never one arm's value twice)
            name = measure if not several else f"{measure}, {'; '.join(x for x in (v['class'], v['category']) if x)}"
            spread = v["spread"] if dispersion in ("sd", "se") else \
                [v["low"], v["high"]] if dispersion in ("ci95", "iqr", "range") and v["low"] is not None else None
            if change and stat == "mean":
                ci = spread if dispersion == "ci95" else None
                study.effects.append(Effect(name, v["group"], "baseline", when, "mean_change", v["value"], ci,
                                            None, None, None, v["line"]))
                continue
            study.measurements.append(Measurement(name, v["group"], when, stat, v["value"],
                                                  dispersion if spread is not None else None, spread, v.get("n"), v["line"]))
        for a in om["analyses"]:
            if len(a["groups"]) != 2:
                continue  # (three or more groups at once: no comparison of two arms)
            # (in the record's order, which is the order its own line states: never turned round,
            # since a ratio or difference would then need inverting)
            first, second = a["groups"]
            p, rel = _p(a.get("p"))
            kind = _effect_type(a.get("param"))
            value = a["value"] if kind != "none" else None
            study.effects.append(Effect(measure, first, second, frame_time, kind, value, a["ci"], p, rel, None, a["line"]))
    for g in study.groups:
        if g.n is None and g.name in sizes:
            g.n = sizes[g.name]
    named = {g.name for g in study.groups}
    for name in dict.fromkeys(x.group for x in (*study.measurements, *study.effects)):
        if name not in named and name != "all":
            study.groups.append(Group(name, "arm", sizes.get(name)))
            named.add(name)


def _adverse_events(study: Study, reg: dict) -> None:
    ae = reg.get("adverse_events") or {}
    for e in ae.get("serious") or []:
        name = _canonical("adverse_events", e["event"]) or e["event"].lower()
        study.adverse_events.append(AdverseEvent(name, e["n"], None, None, True, e["line"], e["group"]))
    totals = ae.get("groups") or []
    serious = [t["serious"] for t in totals if isinstance(t.get("serious"), int)]
    deaths = [t["deaths"] for t in totals if isinstance(t.get("deaths"), int)]
    quotes = {}
    if serious and len(serious) == len(totals):
        quotes["serious_adverse_events"] = "\n".join(t["line"] for t in totals)
    if deaths and len(deaths) == len(totals):
        quotes["deaths"] = "\n".join(t["line"] for t in totals)
    study.safety = Safety(None, sum(serious) if "serious_adverse_events" in quotes else None,
                          sum(deaths) if "deaths" in quotes else None, quotes)
