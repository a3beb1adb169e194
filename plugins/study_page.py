"""The study page: everything stored about one study, every number with its sentence.

``extra_template_vars`` loads, for the study on ``/evidence/studies/<id>``, its sources
and facts and shapes them for ``templates/row-evidence-studies.html``. Every number is
handed to the template as a cell ``{"text": "40.7 ± 17", "quote": "<sentence>"}``; the
template puts the quote in the element's ``title`` and ``data-quote``. The text comes from
``ingest/site/format.py``, the formatter the comparison pages use too, so a number reads
the same on every page. Article text is never marked safe: Jinja's autoescaping covers
every value.
"""

from __future__ import annotations

import json
import urllib.parse

from datasette import hookimpl
from datasette.utils import urlsafe_components

# The one formatter of every page (issue #13): stated numbers as printed, computed ones rounded.
from ingest.columns import json_column
from ingest.site.format import (
    RELATION,
    ci_text,
    computed,
    effect_value_text,
    estimate_ci,
    mean_sd,
    p_text,
    percent,
    plain,
    printed,
    value_text,
)
from ingest.site.sources_view import side_by_side

FACT_TABLES = ("interventions", "groups", "measurements", "effects", "adverse_events")
# Computed at ingest by ingest/stats: shown as computed, never as the article's numbers.
STATS_TABLES = ("effect_sizes", "checks")


# ---------------------------------------------------------------- formatting


def cell(text, quote=None) -> dict | None:
    """A number for the template: its text and the sentence it came from.

    >>> cell("40.7 ± 17", "q"), cell(None, "q"), cell("", "q")
    ({'text': '40.7 ± 17', 'quote': 'q'}, None, None)
    """
    if text is None or text == "":
        return None
    return {"text": text, "quote": quote or None}


def yes_no(flag) -> str | None:
    return None if flag is None else ("yes" if flag else "no")


def http_url(url) -> str | None:
    """The URL when it is http(s), so a stored ``javascript:`` URL is never a link.

    >>> http_url("https://example.org/a"), http_url("javascript:alert(1)"), http_url(None)
    ('https://example.org/a', None, None)
    """
    if url and urllib.parse.urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return url.strip()
    return None


def quotes_of(*rows) -> list[str]:
    """The distinct quotes of some fact rows, in order."""
    seen = []
    for row in rows:
        q = row.get("quote")
        if q and q not in seen:
            seen.append(q)
    return seen


# ---------------------------------------------------------------- page sections


def citation(study: dict, record: dict) -> dict:
    c = record.get("citation") or {}
    doi = (study.get("doi") or "").strip()
    pmid = (study.get("pmid") or "").strip()
    return {
        "title": study.get("title"),
        "journal": study.get("journal"),
        "year": study.get("year"),
        "volume": c.get("volume"),
        "pages": c.get("pages"),
        "authors": [a for a in json_column(study.get("authors"), []) if isinstance(a, str)],
        "doi": doi or None,
        # The DOI is percent-encoded into a fixed https URL: it can never become markup
        # or another scheme, whatever the article said.
        "doi_url": "https://doi.org/" + urllib.parse.quote(doi, safe="/") if doi else None,
        "pmid": pmid or None,
        "pmid_url": "https://pubmed.ncbi.nlm.nih.gov/" + urllib.parse.quote(pmid, safe="") + "/"
        if pmid else None,
    }


def participants(study: dict) -> dict:
    q = json_column(study.get("participants_quotes"), {})

    def quote(*fields):
        return next((q[f] for f in fields if q.get(f)), None)

    flow = [
        {"label": label, "value": cell(plain(study.get(field)), quote(field))}
        for field, label in (("screened", "screened"), ("excluded", "excluded"),
                             ("enrolled", "enrolled"), ("analyzed", "analyzed"))
    ]
    age = None
    if study.get("age_mean") is not None:
        said = quote("age", "age_mean", "age_sd")
        age = cell(f"{mean_sd(study['age_mean'], study.get('age_sd'), said)} years (mean)", said)
    age_median = None
    if study.get("age_median") is not None:
        said = quote("age_median", "age")
        age_median = cell(f"{printed(study['age_median'], said)} years (median)", said)
    male = None
    if study.get("male") is not None or study.get("male_pct") is not None:
        said = quote("male", "male_pct")
        parts = [plain(study.get("male"))] if study.get("male") is not None else []
        if study.get("male_pct") is not None:
            pct = percent(study["male_pct"], said)
            parts.append(f"({pct})" if parts else pct)
        male = cell(" ".join(parts), said)
    female = cell(plain(study.get("female")), quote("female"))
    return {
        "flow": flow,
        "has_flow": any(step["value"] for step in flow),
        "age": age, "age_median": age_median, "male": male, "female": female,
        "has_demographics": any((age, age_median, male, female)),
        "quotes": list(dict.fromkeys(v for v in q.values() if v)),
    }


def safety(study: dict) -> dict:
    q = json_column(study.get("safety_quotes"), {})
    totals = [
        {"label": label, "value": cell(plain(study.get(field)), q.get(field))}
        for field, label in (("adverse_events_total", "adverse events in total"),
                             ("serious_adverse_events", "serious adverse events"),
                             ("deaths", "deaths"))
    ]
    return {"totals": totals, "has_totals": any(t["value"] for t in totals),
            "quotes": list(dict.fromkeys(v for v in q.values() if v))}


def intervention_rows(rows: list[dict]) -> list[dict]:
    return [{
        "name": r.get("name"), "route": r.get("route"), "origin": r.get("origin"),
        "tissue": r.get("tissue"), "dose": cell(r.get("dose"), r.get("quote")),
        "quote": r.get("quote"),
    } for r in rows]


def group_rows(rows: list[dict]) -> list[dict]:
    return [{
        "name": r.get("name"), "role": r.get("role"),
        "n": cell(plain(r.get("n")), r.get("quote")),
        "pct": cell(percent(r.get("pct"), r.get("quote")), r.get("quote")),
        "quote": r.get("quote"),
    } for r in rows]


def time_key(row: dict) -> tuple:
    """Order of time points: baseline first, then by days; an unstated time last."""
    days = row.get("time_days")
    return (days is None, days if days is not None else 0, row.get("time_label") or "")


def measurement_table(rows: list[dict]) -> dict:
    """Measurements pivoted: rows measure × group, columns time points by time_days.

    >>> t = measurement_table([
    ...     {"measure": "M", "group_name": "all", "time_days": 365.25, "time_label": "12 months",
    ...      "stat": "mean", "value": 43.3, "dispersion": "sd", "dispersion_value": 15.9, "quote": "b"},
    ...     {"measure": "M", "group_name": "all", "time_days": 0, "time_label": "baseline",
    ...      "stat": "mean", "value": 40.7, "dispersion": "sd", "dispersion_value": 17.0, "quote": "a"}])
    >>> t["times"], [[c["text"] for c in cs] for cs in t["rows"][0]["cells"]]
    (['baseline', '12 months'], [['40.7 ± 17'], ['43.3 ± 15.9']])
    """
    keys = sorted({time_key(r) for r in rows})
    column = {k: i for i, k in enumerate(keys)}
    times = [k[2] or "time not stated" for k in keys]
    pivot: dict[tuple, dict] = {}
    for r in rows:
        key = (r.get("measure"), r.get("group_name"))
        if key not in pivot:
            pivot[key] = {"measure": key[0], "slug": r.get("measure_slug"), "group": key[1],
                          "cells": [[] for _ in keys], "facts": []}
        pivot[key]["cells"][column[time_key(r)]].append(
            cell(value_text(r), r.get("quote")))
        pivot[key]["facts"].append(r)
    out = []
    for row in pivot.values():
        row["quotes"] = quotes_of(*row.pop("facts"))
        out.append(row)
    # A measure's rows together, the whole cohort first, measures in the article's order.
    first = {}
    for row in out:
        first.setdefault(row["measure"], len(first))
    out.sort(key=lambda row: (first[row["measure"]], row["group"] not in (None, "all")))
    return {"times": times, "rows": out}


def attach_changes(table: dict, sizes: list[dict], effects: list[dict]) -> dict:
    """Each pivot row gains its change from baseline and standardised effect size, at the
    last follow-up: the change as the article states it (with its quote) or as computed,
    and Hedges' g of the change (SMCC) with its 95% CI, always computed.

    >>> t = {"rows": [{"measure": "M", "group": "all"}]}
    >>> sizes = [{"measure": "M", "group_name": "all", "versus": "baseline", "time_label": "12 months",
    ...           "time_days": 365.25, "formula": f, "estimate": e, "ci_low": e - 0.2, "ci_high": e + 0.2}
    ...          for f, e in (("mean_change", 2.6), ("smc_change_sd", 0.1567))]
    >>> row = attach_changes(t, sizes, [])["rows"][0]
    >>> row["change"]["text"], row["effect_size"], row["change_time"]
    ('2.60', '0.16 [−0.04, 0.36]', '12 months')
    """
    for row in table["rows"]:
        mine = [e for e in sizes if e.get("measure") == row["measure"] and e.get("group_name") == row["group"]
                and e.get("versus") in ("baseline", None)]
        last = max((e.get("time_days") or 0 for e in mine), default=None)
        at = [e for e in mine if (e.get("time_days") or 0) == last]
        change = next((e for e in at if e.get("formula") == "mean_change"), None)
        g = next((e for e in at if e.get("formula") == "smc_change_sd"), None)
        time = (change or g or {}).get("time_label")
        said = next((e for e in effects if e.get("measure") == row["measure"] and e.get("group_name") == row["group"]
                     and e.get("type") == "mean_change" and e.get("value") is not None
                     and e.get("versus") in ("baseline", None)
                     and (time is None or e.get("time_label") == time)), None)
        if said:
            row["change"] = cell(printed(said["value"], said.get("quote")), said.get("quote"))
            time = time or said.get("time_label")
        elif change:
            row["change"] = {"text": computed(change["estimate"]), "quote": None, "computed": True}
        else:
            row["change"] = None
        row["effect_size"] = None
        if g and g.get("estimate") is not None:
            row["effect_size"] = estimate_ci(g["estimate"], g.get("ci_low"), g.get("ci_high"))
        row["change_time"] = time
    return table


def attach_sources(value, sources: list[dict]):
    """Every number cell ({"text", "quote"}) gains the id of the source whose text holds its
    quote (else the study's first source), so the page can open that text at the quote."""
    if isinstance(value, dict):
        if "text" in value and value.get("quote") and "source_id" not in value:
            found = next((s["id"] for s in sources if value["quote"] in (s.get("text") or "")), None)
            value["source_id"] = found or (sources[0]["id"] if sources else None)
        for v in value.values():
            attach_sources(v, sources)
    elif isinstance(value, list):
        for v in value:
            attach_sources(v, sources)
    return value


def effect_rows(rows: list[dict]) -> list[dict]:
    out = []
    for r in rows:
        q = r.get("quote")
        ci = cell(ci_text(r.get("ci_low"), r.get("ci_high"), q), q)
        out.append({
            "measure": r.get("measure"), "group": r.get("group_name"), "versus": r.get("versus"),
            "time": r.get("time_label"),
            "type": (r.get("type") or "").replace("_", " ") or None,
            "value": cell(effect_value_text(r), q), "ci": ci,
            "p": cell(p_text(r.get("p"), r.get("p_relation"), q), q),
            "significant": yes_no(r.get("significant")), "quote": q,
        })
    return out


def adverse_event_rows(rows: list[dict]) -> list[dict]:
    return [{
        "event": r.get("event"), "group": r.get("group_name") or "all",
        "n": cell(plain(r.get("n")), r.get("quote")),
        "pct": cell(percent(r.get("pct"), r.get("quote")), r.get("quote")),
        "grade": r.get("grade"), "serious": yes_no(r.get("serious")), "quote": r.get("quote"),
    } for r in rows]


FORMULA_LABEL = {
    "mean_change": "mean change",
    "smc_change_sd": "standardised mean change (by SD of change), Hedges' g",
    "smc_baseline_sd": "standardised mean change (by baseline SD), Hedges' g",
    "mean_difference": "mean difference",
    "smd_hedges_g": "standardised mean difference, Hedges' g",
    "difference_in_mean_change": "difference in mean change",
    "odds_ratio": "odds ratio",
    "risk_ratio": "risk ratio",
    "risk_difference": "risk difference",
}
CHECK_LABEL = {
    "percent_count": "percentage against its count",
    "subgroup_sum": "subgroups against the total",
    "percent_sum": "percentages against 100%",
    "arm_sum": "arms against enrolment",
    "out_of_range": "value outside the scale",
    "sd_nonpositive": "SD not positive",
    "sd_impossible": "SD too large for the scale",
    "grim": "GRIM (mean of whole-number scores)",
    "p_verdict": "p-value against the verdict",
    "p_impossible": "p-value the numbers cannot give",
    "implied_correlation": "p-value needs a negative correlation",
    "follow_up_time": "follow-up against publication",
    "date_order": "dates in order",
}
BIAS_LABEL = {
    "single_arm": "single arm", "no_control": "no control", "retrospective": "retrospective",
    "small_n": "small n (< 30)", "not_randomised": "not randomised", "not_blinded": "not blinded",
}


def effect_size_rows(rows: list[dict]) -> list[dict]:
    """Effect sizes for the page: estimate [95% CI], n, the assumed and the implied r.

    >>> r = effect_size_rows([{"measure": "ASIA motor score", "group_name": "all", "versus": "baseline",
    ...     "time_label": "12 months", "formula": "smc_change_sd", "formula_text": "g = J·d",
    ...     "estimate": 0.1567, "ci_low": -0.0349, "ci_high": 0.348, "n": 106, "assumed_r": 0.5,
    ...     "implied_r": 0.8866, "implied_r_relation": ">=", "implied_r_basis": "paired t-test",
    ...     "inputs": "{}", "assumptions": '["r = 0.5 (assumed)"]', "quotes": '["q"]'}])[0]
    >>> r["estimate"], r["implied_r"], r["assumed_r"]
    ('0.16 [−0.03, 0.35]', '≥ 0.89', '0.5')
    """
    out = []
    for r in rows:
        digits = 3 if r.get("formula") == "risk_difference" else 2
        est = estimate_ci(r.get("estimate"), r.get("ci_low"), r.get("ci_high"), digits)
        n = plain(r.get("n"))
        if r.get("n1") is not None and r.get("n2") is not None:
            n = f"{plain(r['n1'])} vs {plain(r['n2'])}"
        implied = None
        if r.get("implied_r") is not None:
            implied = f"{RELATION.get(r.get('implied_r_relation'), '=')} {computed(r['implied_r'])}"
        out.append({
            "measure": r.get("measure"), "group": r.get("group_name"), "versus": r.get("versus"),
            "time": r.get("time_label"), "formula": FORMULA_LABEL.get(r.get("formula"), r.get("formula")),
            "formula_text": r.get("formula_text"), "estimate": est, "n": n,
            "assumed_r": plain(r.get("assumed_r")), "implied_r": implied,
            "implied_r_basis": r.get("implied_r_basis"),
            "inputs": json.dumps(json_column(r.get("inputs"), {}), ensure_ascii=False),
            "assumptions": [a for a in json_column(r.get("assumptions"), []) if isinstance(a, str)],
            "quotes": [q for q in json_column(r.get("quotes"), []) if isinstance(q, str)],
        })
    return out


def check_rows(rows: list[dict]) -> list[dict]:
    """Checks for the page, warnings first.

    >>> [c["severity"] for c in check_rows([{"severity": "note", "kind": "percent_count", "message": "a"},
    ...                                     {"severity": "warning", "kind": "grim", "message": "b"}])]
    ['warning', 'note']
    """
    out = [{
        "kind": r.get("kind"), "label": CHECK_LABEL.get(r.get("kind"), (r.get("kind") or "").replace("_", " ")),
        "severity": r.get("severity"), "subject": r.get("subject"), "message": r.get("message"),
        "fields": [f for f in json_column(r.get("fields"), []) if isinstance(f, str)],
        "quotes": [q for q in json_column(r.get("quotes"), []) if isinstance(q, str)],
    } for r in rows]
    return sorted(out, key=lambda c: c["severity"] != "warning")


def evidence(study: dict) -> dict:
    """The study's evidence level and bias flags.

    >>> evidence({"evidence_level": 4, "evidence_level_basis": "case series", "bias_flags": '["single_arm"]'})
    {'level': 4, 'basis': 'case series', 'flags': [{'name': 'single_arm', 'label': 'single arm'}]}
    """
    return {
        "level": study.get("evidence_level"), "basis": study.get("evidence_level_basis"),
        "flags": [{"name": f, "label": BIAS_LABEL.get(f, f.replace("_", " "))}
                  for f in json_column(study.get("bias_flags"), []) if isinstance(f, str)],
    }


def source_rows(rows: list[dict]) -> list[dict]:
    return [{
        "id": r.get("id"), "title": r.get("title"), "path": r.get("path"), "url": r.get("url"),
        "href": http_url(r.get("url")), "language": r.get("language"),
        "encoding": r.get("encoding"), "site_name": r.get("site_name"),
        "published": r.get("published"),
    } for r in rows]


def study_context(study: dict, sources: list[dict], facts: dict[str, list[dict]], named: list[str] = ()) -> dict:
    """Everything the template shows, from the study row, its sources and its fact rows."""
    record = json_column(study.get("record"), {})
    follow_up = study.get("follow_up")
    start, end = study.get("enrollment_start"), study.get("enrollment_end")
    return {
        "id": study.get("id"),
        "citation": citation(study, record),
        "design": study.get("design"),
        "design_label": (study.get("design") or "").replace("_", " ") or None,
        "phase": study.get("phase"),
        "conditions": [c for c in json_column(study.get("conditions"), []) if isinstance(c, str)],
        "comparator": study.get("comparator"),
        "language": study.get("language"),
        "enrollment": f"{start or '?'} – {end or '?'}" if (start or end) else None,
        "follow_up": follow_up,
        "participants": participants(study),
        "safety": safety(study),
        "interventions": intervention_rows(facts["interventions"]),
        "groups": group_rows(facts["groups"]),
        "measurements": attach_changes(measurement_table(facts["measurements"]),
                                       facts.get("effect_sizes") or [], facts["effects"]),
        "effects": effect_rows(facts["effects"]),
        "adverse_events": adverse_event_rows(facts["adverse_events"]),
        "evidence": evidence(study),
        "has_stats": "checks" in facts,
        "checks": check_rows(facts.get("checks") or []),
        "warnings": sum(1 for c in facts.get("checks") or [] if c.get("severity") == "warning"),
        "effect_sizes": effect_size_rows(facts.get("effect_sizes") or []),
        "sources": source_rows(sources),
        "registration": registration(study, named),
    }


def registration(study: dict, named_ids=()) -> dict | None:
    """The trial's registration as its registry record states it, with a link to the record,
    and the primary outcomes its articles declare.

    >>> r = registration({"registry_id": "NCT01234567", "registration": '{"registered": "2021-05-02", '
    ...     '"primary_outcomes": [{"measure": "WOMAC pain", "time_frame": "12 weeks", "quote": "q"}]}',
    ...     "primary_outcomes": '[{"measure": "walk distance", "quote": "s"}]'})
    >>> r["href"], r["registered"], r["primary"][0]["measure"], r["declared"][0]["measure"]
    ('https://clinicaltrials.gov/study/NCT01234567', '2021-05-02', 'WOMAC pain', 'walk distance')
    """
    reg = json_column(study.get("registration"), {})
    declared = [o for o in json_column(study.get("primary_outcomes"), []) if isinstance(o, dict) and o.get("measure")]
    rid = study.get("registry_id")
    named = [{"id": t, "href": registry_url(t)} for t in named_ids if t != rid]
    if not rid and not declared and not named:
        return None
    return {"id": rid, "href": f"https://clinicaltrials.gov/study/{rid}" if rid and rid.startswith("NCT") else None,
            "registered": reg.get("registered"), "start": reg.get("start"), "status": reg.get("status"),
            "enrollment": reg.get("enrollment") if isinstance(reg.get("enrollment"), dict) else None,
            "primary": [o for o in reg.get("primary_outcomes") or [] if isinstance(o, dict)],
            "secondary": [o for o in reg.get("secondary_outcomes") or [] if isinstance(o, dict)],
            "declared": declared, "named": named}


def registry_url(trial_id: str) -> str:
    """Where a registration id can be read: ClinicalTrials.gov for an NCT id, else the WHO's
    International Clinical Trials Registry Platform, which holds ChiCTR, ISRCTN, ANZCTR and the rest.

    >>> registry_url("NCT01234567"), registry_url("ChiCTR2000031234")
    ('https://clinicaltrials.gov/study/NCT01234567', 'https://trialsearch.who.int/Trial2.aspx?TrialID=ChiCTR2000031234')
    """
    if trial_id.startswith("NCT"):
        return f"https://clinicaltrials.gov/study/{trial_id}"
    return "https://trialsearch.who.int/Trial2.aspx?TrialID=" + urllib.parse.quote(trial_id, safe="")


# ---------------------------------------------------------------- the hook


async def load_study(db, study_id: str) -> dict | None:
    result = await db.execute("select * from studies where id = :id", {"id": study_id})
    row = result.first()
    if row is None:
        return None
    study = dict(zip(result.columns, row))
    sources = await db.execute(
        "select sources.id, sources.title, sources.path, sources.url, sources.language,"
        " sources.encoding, sources.site_name, sources.published, sources.format, sources.text"
        " from study_sources join sources on sources.id = study_sources.source_id"
        " where study_sources.study_id = :id order by sources.ingested_at, sources.id",
        {"id": study_id})
    facts = {}
    for table in FACT_TABLES + STATS_TABLES:
        if table in STATS_TABLES and not await db.table_exists(table):
            continue  # a database from before the statistics migration
        result = await db.execute(
            f"select * from [{table}] where study_id = :id order by rowid", {"id": study_id})
        facts[table] = [dict(zip(result.columns, r)) for r in result.rows]
    source_list = [dict(zip(sources.columns, r)) for r in sources.rows]
    named = []
    for (ids,) in (await db.execute("select trial_ids from source_studies where study_id = :id order by source_id",
                                    {"id": study_id})).rows:
        named += [t for t in json_column(ids, []) if isinstance(t, str) and t not in named]
    context = study_context(study, source_list, facts, named)
    if len(source_list) >= 2:
        # What each source says, side by side: the enrolment each states, with its sentence.
        enrolled = {}
        for source_id, n, row in (await db.execute(
                "select source_id, enrolled, study_row from source_studies where study_id = :id order by source_id",
                {"id": study_id})).rows:
            if isinstance(n, int):
                enrolled.setdefault(source_id, (n, json_column(json_column(row, {}).get("participants_quotes"), {}).get("enrolled")))
        context["side_by_side"] = side_by_side(source_list, facts["measurements"], facts["effects"], enrolled)
    return attach_sources(context, source_list)


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    # Only the study page's own template: row-<database>-studies.html.
    if view_name != "row" or table != "studies" or not template.startswith("row-"):
        return {}
    pks = (request.url_vars or {}).get("pks") if request else None
    if not pks:
        return {}

    async def inner():
        db = datasette.get_database(database)
        return {"study": await load_study(db, urlsafe_components(pks)[0])}

    return inner
