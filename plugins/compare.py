"""Comparison pages: one measure across studies, and two to four studies side by side.

    /-/compare/asia-motor-score         tables, forest plots (inline SVG), pooled estimates
    /-/compare/asia-motor-score.json    the same rows, pooled estimates and export as JSON
    /-/compare/asia-motor-score.csv     the selection's effect sizes in metafor's columns (escalc, rma)
    /-/compare/asia-motor-score.svg     a forest plot alone, to download
    /-/compare?study=A&study=B          studies side by side (no study: a chooser)

Two kinds of comparison, never pooled together: ``between_arms`` (a controlled study's
treatment arm against its comparator: ``ingest.site.between_arms``) and ``within_arm``
(one group before and after: ``ingest.site.compare``). Filters are query arguments:
``condition``, ``design``, ``population`` (all, cohort, subgroups), ``time`` (a time
label), ``between`` (SMD, MD, RR, OR, RD, HR, "SMD of changes"), ``metric`` (within an
arm: smc_change_sd, smc_baseline_sd, mean_change), ``method`` (DL, REML, PM, FE),
``hksj=1`` (Hartung–Knapp) and, for the SVG, ``section=within``. This file only reads the
database and answers. A slug that is not lower-case ASCII is a 400, an unknown one a 404.
"""

from __future__ import annotations

import asyncio
import csv
import gc
import io
import json
import sqlite3
from collections import OrderedDict

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response

from ingest.site import between_arms as ba
from ingest.site import compare as cmp
from ingest.site.comparison_table import HEAVY_STUDY_COLUMNS, METRICS, SEPARATOR, VERSION, comparison_study, loads, page_row
from ingest.site.data_version import data_version
from ingest.site.forest import forest_svg
from ingest.site.format import (
    ci_text,
    computed,
    effect_value_text,
    mean_sd,
    p_text,
    plain,
    printed,
    value_text,
)
from ingest.site.latest import LATEST_STUDIES
from ingest.stats import metafor

DATABASE = "evidence"
MAX_STUDIES = 4


# Comparisons computed per request (rows, effect sizes, pooling per time point, the SVG)
# take seconds over 1,000 studies: kept per measure, filters and database version, so a
# page is computed once per change of the data (bench/run.py measured 2 s a page).
_COMPUTED: OrderedDict = OrderedDict()


def _data_version(db):
    """The version of ``db``'s file (``data_version``), or None in memory."""
    return data_version(getattr(db, "path", None))


def _dicts(result) -> list[dict]:
    return [dict(zip(result.columns, r)) for r in result.rows]


# A comparison's reads may take longer than a page's SQL limit (5 s): it is computed once per
# version of the database and kept (_COMPUTED). A measure of 17,500 studies at a million
# studies ran past the limit, and the page was a 500 (bench/run.py). Datasette lets a query ask
# for less time than the site's limit, never more, so these reads set their own (``_read``).
COMPUTE_MS = 60_000


async def _read(db, sql: str, params: dict | None = None) -> list[dict]:
    """The rows of one of a comparison's reads, as dicts, within ``COMPUTE_MS`` (past it:
    Datasette's QueryInterrupted, as for any query past its limit)."""
    from datasette.database import QueryInterrupted
    from datasette.utils import sqlite_timelimit

    def read(conn):
        with sqlite_timelimit(conn, COMPUTE_MS):
            try:
                cursor = conn.execute(sql, params or {})
                rows = cursor.fetchall()
            except sqlite3.OperationalError as e:
                if "interrupted" in str(e):
                    raise QueryInterrupted(e, sql, params) from e
                raise
        columns = [d[0] for d in cursor.description]
        return [dict(zip(columns, row)) for row in rows]

    return await db.execute_fn(read)


async def _studies(db, ids) -> dict[str, dict]:
    ids = list(dict.fromkeys(ids))
    if not ids:
        return {}
    marks = ", ".join(f":s{i}" for i in range(len(ids)))
    # Not the record JSON nor the quote columns: a comparison over 1,000 studies read ~20 MB
    # of them for nothing (2 s a page).
    columns = ", ".join(f"[{c}]" for c in await db.table_columns("studies") if c not in HEAVY_STUDY_COLUMNS)
    rows = await _read(db, f"select {columns} from studies where id in ({marks})", {f"s{i}": v for i, v in enumerate(ids)})
    out = {}
    for r in rows:
        out[r["id"]] = comparison_study(r)
    return out


async def measure_data(db, slug: str) -> dict | None:
    """Everything stored about one measure, or None when no study reports it."""
    args = {"slug": slug}
    measurements = await _read(
        db, "select * from measurements where measure_slug = :slug order by study_id, source_id, rowid", args)
    effects = await _read(
        db, "select * from effects where measure_slug = :slug order by study_id, source_id, rowid", args)
    if not measurements and not effects:
        return None
    sizes = []
    if await db.table_exists("effect_sizes"):
        sizes = await _read(
            db, "select * from effect_sizes where measure_slug = :slug order by study_id, source_id, rowid", args)
    ids = [r["study_id"] for r in measurements + effects]
    studies = await _studies(db, ids)
    marks = ", ".join(f":s{i}" for i in range(len(studies))) or "null"
    groups = await _read(db, f"select study_id, name, role, n from groups where study_id in ({marks})"
                             " order by study_id, source_id, rowid",
                         {f"s{i}": v for i, v in enumerate(studies)})
    name = (measurements or effects)[0]["measure"]
    return {"name": name, "studies": studies, "measurements": measurements, "effects": effects,
            "effect_sizes": sizes, "groups": groups}


# The arguments a comparison depends on: the cache is keyed by these, so an extra or
# reordered argument ("&x=1") reuses a computed page instead of pushing another one out.
ARGUMENTS = ("condition", "design", "population", "time", "between", "metric", "method", "hksj")


def _arguments(args) -> tuple:
    return tuple((name, args.get(name) or "") for name in ARGUMENTS)


def finite(value):
    """``value`` with every infinite or NaN float replaced by None: JSON has no Infinity.

    >>> finite({"z": float("inf"), "rows": [1.5, float("nan")]})
    {'z': None, 'rows': [1.5, None]}
    """
    if isinstance(value, float):
        return value if value == value and value not in (float("inf"), float("-inf")) else None
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [finite(v) for v in value]
    return value


def _choice(value, allowed, default):
    return value if value in allowed else default


def page_arguments(args) -> tuple[str, str, bool, dict]:
    """The within-arm metric, the pooling method, Hartung–Knapp or not, and the filters a
    request asks for (anything unknown: the default)."""
    metric = _choice(args.get("metric"), cmp.METRICS, cmp.DEFAULT_METRIC)
    method = _choice((args.get("method") or "").upper(), cmp.METHODS, cmp.DEFAULT_METHOD)
    hksj = args.get("hksj") in ("1", "true", "on", "yes")
    filters = {
        "condition": args.get("condition") or None,
        "design": args.get("design") or None,
        "population": _choice(args.get("population"), cmp.POPULATIONS, "all"),
        "time": args.get("time") or None,
    }
    return metric, method, hksj, filters


def between_section(between_rows: list[dict], args, method: str, hksj: bool) -> dict:
    """The between-arms part of a page from its (filtered) rows: the metric shown, those
    offered, the rows of that metric and its pooled estimates."""
    offered = ba.metrics_offered(between_rows)
    between_metric = _choice(args.get("between"), offered, offered[0] if offered else None)
    between_pooled = ba.pooled_by_time(between_rows, between_metric, method, hksj) if between_metric else []
    for p in between_pooled:
        if p.get("estimate") is not None:
            p["plot_text"] = ba.display(p["estimate"], p["ci_low"], p["ci_high"], between_metric)
    return {"metric": between_metric, "metrics": offered, "metric_label": metafor.METRIC_LABELS.get(between_metric),
            "log_scale": between_metric in metafor.RATIO_METRICS,
            "rows": [r for r in between_rows if r["metric"] == between_metric],
            "all_rows": between_rows, "pooled": between_pooled,
            "study_count": len({r["study_id"] for r in between_rows})}


def comparison(data: dict, args) -> dict:
    """Rows, filters and pooled results for one measure under the request's arguments."""
    metric, method, hksj, filters = page_arguments(args)
    all_rows = cmp.comparison_rows(data["studies"], data["measurements"], data["effect_sizes"],
                                   data["effects"], data["groups"], metric)
    all_between = ba.between_rows(data["studies"], data["effect_sizes"], data["groups"])
    rows, between_rows = _filtered(all_rows, filters), _filtered(all_between, filters)
    pooled = cmp.pooled_by_time(rows, method, hksj)
    options = {
        "condition": sorted({c for r in all_rows + all_between for c in (r["conditions"] or [r["condition"]]) if c}),
        "design": sorted({r["design"] for r in all_rows + all_between if r["design"]}),
        "time": [t for t in dict.fromkeys(r["time_label"] for r in all_rows + all_between) if t],
    }
    between = _between_cells(data["effects"], data["studies"])
    return {"metric": metric, "metric_label": cmp.METRICS[metric], "method": method, "hksj": hksj,
            "filters": filters, "options": options, "rows": rows, "pooled": pooled, "between": between,
            "study_count": len({r["study_id"] for r in rows}),
            "between_arms": between_section(between_rows, args, method, hksj)}


def _filtered(rows: list[dict], filters: dict) -> list[dict]:
    return cmp.filter_rows(rows, filters["condition"], filters["design"], filters["population"], filters["time"])


def export(c: dict) -> list[dict]:
    """The page's selection in metafor's columns: the rows of its between-arm metric, then
    those of its within-arm metric (``?between=MD&metric=mean_change`` for others)."""
    return ba.export_rows(c["between_arms"]["rows"]) + ba.export_rows(c["rows"])


def csv_cell(value) -> str | float | int:
    """One cell: TRUE/FALSE as R writes them, empty for null, and text that a spreadsheet
    would run as a formula (an article's arm called "=HYPERLINK(...)") quoted with an
    apostrophe. Numbers stay numbers, negative ones too.

    >>> csv_cell(True), csv_cell(None), csv_cell(-0.35), csv_cell("=1+1"), csv_cell("-x"), csv_cell("placebo")
    ('TRUE', '', -0.35, "'=1+1", "'-x", 'placebo')
    """
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_text(rows: list[dict]) -> str:
    """The export as CSV, in metafor's columns (``metafor.COLUMNS``)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=metafor.COLUMNS, lineterminator="\n")
    writer.writeheader()
    for r in rows:
        writer.writerow({k: csv_cell(v) for k, v in r.items()})
    return out.getvalue()


# A page shows at most this many rows per table and plot; the pooled estimates, the CSV
# and the JSON use every row. A comparison of 10,000 studies made a 29 MB page (bench/run.py,
# #16), and a forest plot of thousands of rows is read by no one.
ROWS_SHOWN = 200
PLOT_ROWS = 60


def most_precise(rows: list[dict], limit: int = PLOT_ROWS) -> list[dict]:
    """The ``limit`` rows with the narrowest intervals (pooled rows first), in their order.

    >>> rows = [{"ci_low": 0, "ci_high": w, "pooled": True} for w in (5, 1, 3)] + [{"ci_low": None, "ci_high": None}]
    >>> [r["ci_high"] for r in most_precise(rows, 2)]
    [1, 3]
    """
    if len(rows) <= limit:
        return rows

    def width(r):
        low, high = r.get("ci_low"), r.get("ci_high")
        return (not r.get("pooled"), float("inf") if low is None or high is None else high - low)

    kept = {id(r) for r in sorted(rows, key=width)[:limit]}
    return [r for r in rows if id(r) in kept]


def plot_rows(rows: list[dict]) -> list[dict]:
    return [{"label": f"{r['study']} · {r['group'] or 'all'}", "estimate": r["effect"]["estimate"],
             "ci_low": r["effect"].get("ci_low"), "ci_high": r["effect"].get("ci_high"),
             "text": r["effect"]["text"], "time_label": r["time_label"], "pooled": r["pooled"]}
            for r in rows if r.get("effect")]


def between_plot_rows(rows: list[dict]) -> list[dict]:
    return [{"label": f"{r['study']} · {r['group']} vs {r['versus']}", "estimate": r["yi"], "ci_low": r["ci_low"],
             "ci_high": r["ci_high"], "text": r["text"], "time_label": r["time_label"], "pooled": r["pooled"]}
            for r in rows]


POOLED_KEYS = ("time_label", "k", "studies", "metric", "comparison", "method", "test", "test_df", "estimate", "se",
               "ci_low", "ci_high", "z", "p", "pi_low", "pi_high", "tau2", "tau", "I2", "Q", "df", "p_Q",
               "leave_one_out", "by_design", "certainty", "note")


def _pooled_json(pooled: list[dict]) -> list[dict]:
    return [{k: p.get(k) for k in POOLED_KEYS if k in p} for p in pooled]


def json_body(slug: str, name: str, c: dict, exported: list[dict]) -> dict:
    """The page as JSON: ``between_arms`` (the default comparison), ``within_arm``, the
    between-group results the articles state, and ``export`` (the CSV's rows)."""
    def cell_json(cell):
        return None if cell is None else {k: cell.get(k) for k in ("text", "quote", "source_id", "computed")}

    rows = [{
        "study_id": r["study_id"], "study": r["study"], "title": r["title"], "design": r["design"],
        "condition": r["condition"], "n": r["n"], "group": r["group"], "population": r["population"],
        "time_label": r["time_label"], "time_days": r["time_days"],
        "baseline": cell_json(r["baseline"]), "follow_up": cell_json(r["follow_up"]),
        "change": cell_json(r["change"]), "p": cell_json(r["p"]),
        "effect_size": None if not r["effect"] else {
            k: r["effect"].get(k) for k in ("estimate", "ci_low", "ci_high", "yi", "vi")},
        "pooled": r["pooled"],
    } for r in c["rows"]]
    b = c["between_arms"]
    between_rows = [{
        "study_id": r["study_id"], "study": r["study"], "title": r["title"], "design": r["design"],
        "group": r["group"], "versus": r["versus"], "time_label": r["time_label"], "time_days": r["time_days"],
        "metric": r["metric"], "formula": r["formula"], "reported": r["reported"], "n1": r["n1"], "n2": r["n2"],
        "estimate_text": r["text"], "yi": r["yi"], "vi": r["vi"], "pooled": r["pooled"],
    } for r in b["rows"]]
    stated = [{k: e.get(k) for k in ("study_id", "study", "group_name", "versus", "time_label", "type", "value",
                                      "ci_low", "ci_high", "p", "p_relation", "quote", "source_id")}
              for e in c["between"]]
    return {"measure": name, "slug": slug, "method": c["method"], "hksj": c["hksj"], "filters": c["filters"],
            "between_arms": {"metric": b["metric"], "metric_label": b["metric_label"], "metrics": b["metrics"],
                             "log_scale": b["log_scale"], "rows": between_rows, "pooled": _pooled_json(b["pooled"])},
            "within_arm": {"metric": c["metric"], "metric_label": c["metric_label"], "rows": rows,
                           "pooled": _pooled_json(c["pooled"])},
            "between_groups": stated, "export": exported}


# ---------------------------------------------------------------- the page from the kept rows

# The order a comparison shows its within-arm rows in (``compare.comparison_rows``' sort), and
# its between-arm rows (``between_arms.between_rows``'), as the kept table's columns.
WITHIN_ORDER = "time_null, time_days, time_label, study, study_id, subgroup, is_control, group_name, seq"
BETWEEN_ORDER = "metric_order, time_null, time_days, time_label, study, study_id, reported, seq"


class ShownRows(list):
    """The rows a page shows, first ones only, with the number of all of them as its length:
    the template prints "the first 200 of 164,500 rows" and loops over what it holds.

    >>> rows = ShownRows([{"a": 1}], 164500)
    >>> len(rows), rows[:200], bool(ShownRows([], 0))
    (164500, [{'a': 1}], False)
    """

    def __init__(self, rows, total: int):
        super().__init__(rows)
        self.total = total

    def __len__(self):
        return self.total


async def _kept_rows_ready(db) -> bool:
    """Whether the kept comparison rows (m015) hold every study's, as this code computes them:
    the table is there, it was computed by this ``comparison_table.VERSION``, and no study waits
    for its rows (a database being written: its own transaction recomputes them)."""
    if not await db.table_exists("comparison_meta"):
        return False
    version = (await db.execute("select value from comparison_meta where key = 'version'")).rows
    if not version or version[0][0] != VERSION:
        return False
    return not (await db.execute("select 1 from comparison_stale limit 1")).rows


def _filters_sql(filters: dict) -> tuple[str, dict]:
    """The page's filters as SQL over the kept rows, and their parameters."""
    where, params = [], {}
    if filters["condition"]:
        where.append("(condition = :condition or instr(conditions, :separator || :condition || :separator) > 0)")
        params["condition"], params["separator"] = filters["condition"], SEPARATOR
    if filters["design"]:
        where.append("design = :design")
        params["design"] = filters["design"]
    if filters["population"] == "cohort":
        where.append("population = 'cohort'")
    elif filters["population"] == "subgroups":
        where.append("population = 'subgroup'")
    if filters["time"]:
        where.append("time_label = :time")
        params["time"] = filters["time"]
    return "".join(f" and {w}" for w in where), params


async def _kept_options(db, slug: str) -> dict:
    """The page's options, as ``comparison`` makes them from every row of both kinds: from the
    sums m016 keeps per measure (a few rows), else from the rows' narrow index."""
    args = {"slug": slug}
    summed = await db.table_exists("comparison_options")
    conditions, designs = set(), set()
    # (from the narrow index, not the rows: the planner would read the rows by their key)
    for r in await _read(db, "select distinct conditions, design from comparison_options where measure_slug = :slug"
                         if summed else "select distinct conditions, design from comparison_rows indexed by"
                         " comparison_rows_shown where measure_slug = :slug", args):
        conditions.update(c for c in (r["conditions"] or "").split(SEPARATOR) if c)
        if r["design"]:
            designs.add(r["design"])
    times = []
    for kind, order in (("within", "time_null, time_days, time_label"),
                        ("between", "metric_order, time_null, time_days, time_label")):
        times += [r["time_label"] for r in await _read(
            db, f"select time_label from {'comparison_times' if summed else 'comparison_rows'}"
                f" where measure_slug = :slug and kind = '{kind}' group by {order} order by {order}", args)]
    return {"condition": sorted(conditions), "design": sorted(designs), "time": [t for t in dict.fromkeys(times) if t]}


async def _stated_between(db, slug: str) -> ShownRows:
    """The between-group results the articles state, the first ``ROWS_SHOWN`` with their cells."""
    args = {"slug": slug, "n": ROWS_SHOWN}
    stated = "measure_slug = :slug and versus is not null and versus != 'baseline'"
    if await db.table_exists("stated_counts"):
        total = sum(r["n"] for r in await _read(db, "select n from stated_counts where measure_slug = :slug", args))
    else:
        total = (await _read(db, f"select count(*) as n from effects where {stated}", args))[0]["n"]
    effects = await _read(db, f"select * from effects where {stated} order by study_id, source_id, rowid limit :n", args)
    studies = await _studies(db, [e["study_id"] for e in effects])
    return ShownRows(_between_cells(effects, studies), total)


def _between_cells(effects: list[dict], studies: dict) -> list[dict]:
    out = []
    for e in effects:
        if e.get("versus") in (None, "baseline"):
            continue
        q = e.get("quote")
        out.append(dict(
            e, study=cmp.study_label(studies.get(e["study_id"]) or {"id": e["study_id"]}),
            type_label=None if e.get("type") in (None, "none") else e["type"].replace("_", " "),
            value_cell=cmp.cell(effect_value_text(e), e),
            ci_cell=cmp.cell(ci_text(e.get("ci_low"), e.get("ci_high"), q), e),
            p_cell=cmp.cell(p_text(e.get("p"), e.get("p_relation"), q), e)))
    return out


async def kept_comparison(db, slug: str, args) -> dict | None:
    """``_computed`` for the page itself, from the kept rows (m015): the rows it shows, the
    numbers it pools and plots, its options and counts, each read with SQL from the index of
    narrow columns (the rows' JSON only for the 200 shown and 60 plotted); None for a measure no
    study reports."""
    # (the name as the page computed from the facts gives it: the first measurement's, else effect's)
    found = await _read(db, "select measure from measurements where measure_slug = :slug"
                            " order by study_id, source_id, rowid limit 1", {"slug": slug}) or await _read(
        db, "select measure from effects where measure_slug = :slug order by study_id, source_id, rowid limit 1",
        {"slug": slug})
    if not found:
        return None
    name = found[0]["measure"]
    metric, method, hksj, filters = page_arguments(args)
    k = METRICS.index(metric)
    where, params = _filters_sql(filters)
    params["slug"] = slug
    within = f"measure_slug = :slug and kind = 'within'{where}"
    # (the whole measure's count is kept (m016); a filtered view counts its own rows)
    summed = not where and await db.table_exists("comparison_counts")
    counted = (await _read(db, "select coalesce(sum(rows), 0) as n, coalesce(sum(studies), 0) as studies"
                               " from comparison_counts where measure_slug = :slug and kind = 'within'"
                           if summed else f"select count(*) as n, count(distinct study_id) as studies"
                           f" from comparison_rows where {within}", params))[0]
    shown = [page_row(r, metric) for r in await _read(
        db, f"select row, metric_rows from comparison_rows where {within} order by {WITHIN_ORDER} limit {ROWS_SHOWN}",
        params)]
    # The pooled estimates: the chosen row of each study and time point, its numbers only.
    chosen = []
    flags: dict[str, list] = {}
    # (the default metric's size is a column of the index; another's is in the row's JSON)
    for r in await _read(db, f"select time_label, time_days, study_id, design, bias_flags, n, yi{k} as yi, vi{k} as vi"
                             f"{'' if k == 0 else ', metric_rows'} from comparison_rows where {within}"
                             f" and pooled & {1 << k} order by {WITHIN_ORDER}", params):
        n = r["n"] if k == 0 else loads(r["metric_rows"])[metric]["n"]
        chosen.append({"time_label": r["time_label"], "time_days": r["time_days"], "study_id": r["study_id"],
                       "design": r["design"], "n": n, "pooled": True, "effect": {"yi": r["yi"], "vi": r["vi"]},
                       "bias_flags": flags.setdefault(r["bias_flags"], json.loads(r["bias_flags"] or "[]"))})
    pooled = cmp.pooled_by_time(chosen, method, hksj)
    # The plot: the PLOT_ROWS most precise rows with an effect (pooled ones first), in the page's order.
    # (which rows, read from the index alone; then their JSON by primary key, in the page's order)
    precise = await _read(
        db, f"select r.row, r.metric_rows from (select rowid as id, {WITHIN_ORDER}"
            f" from comparison_rows where {within} and est{k} is not null"
            f" order by (pooled & {1 << k}) = 0, lo{k} is null or hi{k} is null, hi{k} - lo{k}, {WITHIN_ORDER}"
            f" limit {PLOT_ROWS}) as p join comparison_rows as r on r.rowid = p.id"
            f" order by {', '.join('p.' + c for c in WITHIN_ORDER.split(', '))}", params)
    plotted = [page_row(r, metric) for r in precise]
    # Between arms: few rows (one per controlled comparison), read whole.
    all_between = [loads(r["row"]) for r in await _read(
        db, f"select row from comparison_rows where measure_slug = :slug and kind = 'between' order by {BETWEEN_ORDER}",
        {"slug": slug})]
    c = {"metric": metric, "metric_label": cmp.METRICS[metric], "method": method, "hksj": hksj,
         "filters": filters, "options": await _kept_options(db, slug), "rows": ShownRows(shown, counted["n"]),
         "pooled": pooled, "between": await _stated_between(db, slug), "study_count": counted["studies"],
         "between_arms": between_section(_filtered(all_between, filters), args, method, hksj)}
    return {"data": {"name": name}, "c": c, "plotted": plotted, "kept": True}


# Comparisons being computed, by key: a second visitor's request waits for the first's.
_PENDING: dict = {}


async def _kept_or_computed(db, slug: str, args, page: bool = False) -> dict:
    """The comparison of ``slug`` under ``args``: kept (``_COMPUTED``), being computed by
    another request (awaited: at a million studies three visitors at once took 36 s instead of
    10, and each held its own copy), or computed now and kept. NotFound for an unknown measure."""
    key = (slug, _arguments(args), _data_version(db), page)
    if key[2] is None:
        return await _computed(db, slug, args, None, page)  # (a database in memory: no version to key it by)
    if key in _COMPUTED:
        return _COMPUTED[key]
    if key in _PENDING:
        pending = _PENDING[key]
        try:
            return await asyncio.shield(pending)
        except asyncio.CancelledError:
            if not pending.cancelled() or asyncio.current_task().cancelling():
                raise  # (this request itself was cancelled, shutting down or gone)
            return await _kept_or_computed(db, slug, args, page)  # (the one computing it was: compute it here)
    pending = _PENDING[key] = asyncio.get_running_loop().create_future()
    try:
        cached = await _computed(db, slug, args, key[2], page)
    except BaseException as e:
        del _PENDING[key]
        if isinstance(e, asyncio.CancelledError):
            pending.cancel()
        else:
            pending.set_exception(e)
            pending.exception()  # (marked retrieved: no "never retrieved" warning when nobody waited)
        raise
    del _PENDING[key]
    pending.set_result(cached)
    _COMPUTED[key] = cached
    while len(_COMPUTED) > 32:
        _COMPUTED.popitem(last=False)
    if cached.get("kept"):
        return cached  # (a page of kept rows: milliseconds of work and a few objects, no collection)
    # A comparison of 17,500 studies keeps a million objects; each full collection of the cyclic
    # garbage collector walked them all, and one page in six took 400 ms instead of 47
    # (bench/run.py, a million studies). So once per comparison computed from the facts (seconds
    # of work already) the collector runs in full, over what an earlier freeze set aside too, and what is
    # alive then is set aside from its later walks: garbage is freed first, and set-aside objects
    # that die later are freed at the next one.
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    return cached


# A measure's rows, read once per database version whatever the page's filters (a new query
# string, "?time=…", re-read them all: 30 MB a copy for 938 studies).
_DATA: OrderedDict = OrderedDict()


async def _measure_rows(db, slug: str, version):
    key = (slug, version)
    if key[1] is not None and key in _DATA:
        _DATA.move_to_end(key)
        return _DATA[key]
    data = await measure_data(db, slug)
    if key[1] is not None:
        _DATA[key] = data
        while len(_DATA) > 8:
            _DATA.popitem(last=False)
    return data


async def _computed(db, slug: str, args, version, page: bool = False) -> dict:
    """A comparison computed afresh (its data read once per database ``version``): its rows and
    pooled estimates, and its forest plots. ``page``: what the HTML page shows, read from the
    kept rows where they are ready (``kept_comparison``); the JSON, CSV and SVG give every row."""
    if page and await _kept_rows_ready(db):
        kept = await kept_comparison(db, slug, args)
        if kept is None:
            raise NotFound(f"No study reports a measure called {slug}")
        return {**kept, **_forests(kept["data"]["name"], kept["c"], plot_rows(kept["plotted"]))}
    data = await _measure_rows(db, slug, version)
    if data is None:
        raise NotFound(f"No study reports a measure called {slug}")
    c = comparison(data, args)
    return {"data": data, "c": c, **_forests(data["name"], c, most_precise(plot_rows(c["rows"])))}


def _forests(name: str, c: dict, plotted: list[dict]) -> dict:
    """The page's two forest plots: within an arm (of the ``plotted`` rows, ``plot_rows``' of
    the most precise), between arms."""
    b = c["between_arms"]
    within_svg = forest_svg(plotted, c["pooled"],
                            title=f"{name}: {c['metric_label']}", metric_label=c["metric_label"])
    between_svg = forest_svg(
        most_precise(between_plot_rows(b["rows"])), b["pooled"], title=f"{name}: {b['metric_label']}",
        metric_label=b["metric_label"] or "", log_scale=b["log_scale"],
        legend=("pooled (one comparison per study)", "not pooled (another arm or comparison)")) \
        if b["rows"] else None
    return {"between_svg": between_svg, "within_svg": within_svg}


async def measure_page(request, datasette):
    raw = request.url_vars["slug"]
    slug, _, fmt = raw.partition(".")
    if fmt not in ("", "json", "svg", "csv") or not cmp.valid_slug(slug):
        return Response.text("Bad request: a measure slug is lower-case letters, digits and hyphens.\n",
                             status=400)
    db = datasette.get_database(DATABASE)
    cached = await _kept_or_computed(db, slug, request.args, page=fmt == "")
    data, c, between_svg, within_svg = cached["data"], cached["c"], cached["between_svg"], cached["within_svg"]
    if fmt == "json":
        return Response.json(finite(json_body(slug, data["name"], c, export(c))))
    if fmt == "csv":
        return Response(csv_text(export(c)), content_type="text/csv; charset=utf-8",
                        headers={"content-disposition": f'attachment; filename="{slug}.csv"'})
    if fmt == "svg":
        svg = within_svg if request.args.get("section") == "within" or between_svg is None else between_svg
        return Response(svg, content_type="image/svg+xml; charset=utf-8",
                        headers={"content-disposition": f'inline; filename="{slug}-forest.svg"'})
    query = request.query_string
    b = c["between_arms"]
    # The first pooled time point (with an estimate if one has): metafor's method names are ours.
    times = sorted(b["pooled"], key=lambda p: p.get("estimate") is None)
    csv_url = datasette.absolute_url(request, f"/-/compare/{slug}.csv" + (f"?{query}" if query else ""))
    snippet = ba.r_snippet(csv_url, b["metric"], times[0]["time_label"] if times else None, c["method"],
                           c["hksj"]) if b["metric"] else None
    return Response.html(await datasette.render_template("compare-measure.html", {
        "measure": data["name"], "slug": slug, "c": c, "svg": within_svg, "between_svg": between_svg,
        "metrics": cmp.METRICS, "metric_labels": metafor.METRIC_LABELS, "methods": cmp.METHODS,
        "populations": cmp.POPULATIONS, "query": query, "database": DATABASE, "r_snippet": snippet,
        "rows_shown": ROWS_SHOWN, "plot_rows": PLOT_ROWS,
    }, request=request))


# ---------------------------------------------------------------- side by side


def side_by_side(studies: list[dict], measurements: list[dict], effects: list[dict],
                 interventions: list[dict]) -> dict:
    """Shared measures with each study's change (stated, else follow-up minus baseline)."""
    by_study: dict[str, dict[str, list]] = {}
    names = {}
    for m in measurements:
        by_study.setdefault(m["study_id"], {}).setdefault(m["measure_slug"], []).append(m)
        names[m["measure_slug"]] = m["measure"]
    ids = [s["id"] for s in studies]
    slugs = [s for s in names if sum(1 for i in ids if s in by_study.get(i, {})) >= 2]
    shared = []
    for slug in sorted(slugs, key=lambda s: names[s].lower()):
        cells = []
        for sid in ids:
            ms = [m for m in by_study.get(sid, {}).get(slug, []) if m.get("group_name") in (None, "all")] \
                or by_study.get(sid, {}).get(slug, [])
            said = next((e for e in effects if e["study_id"] == sid and e.get("measure_slug") == slug
                         and e.get("type") == "mean_change" and e.get("value") is not None
                         and e.get("versus") in (None, "baseline")), None)
            base = next((m for m in ms if m.get("time_days") == 0), None)
            later = sorted((m for m in ms if m.get("time_days")), key=lambda m: m["time_days"])
            last = later[-1] if later and later[-1].get("group_name") == (base or later[-1]).get("group_name") else None
            if said:
                quote, source, note = said.get("quote"), said.get("source_id"), said.get("time_label")
                text, is_computed = printed(said["value"], quote), False
            elif base and last and base.get("stat") == last.get("stat") == "mean":
                # Rounded as every computed change is (the study page's too): format.computed.
                text = computed(last["value"] - base["value"])
                quote, source, note, is_computed = None, None, last.get("time_label"), True
            else:
                text = quote = source = note = None
                is_computed = False
            cells.append({"text": text, "quote": quote, "source_id": source, "time": note,
                          "computed": is_computed, "group": (base or last or {}).get("group_name"),
                          "baseline": value_text(base) if base else None,
                          "follow_up": value_text(last) if last else None})
        shared.append({"slug": slug, "measure": names[slug], "cells": cells})
    by_int: dict[str, list[str]] = {}
    for i in interventions:
        parts = [i.get("name")] + [x for x in (i.get("route"), i.get("origin"), i.get("tissue"), i.get("dose")) if x]
        by_int.setdefault(i["study_id"], []).append(", ".join(p for p in parts if p))
    return {"shared": shared, "interventions": {sid: by_int.get(sid, []) for sid in ids}}


# The chooser lists this many studies: those a search finds, else the latest added. Listing
# every study made a 21 MB page at 100,000 studies (bench/run.py, #16).
CHOICES = 50
CHOICE_COLUMNS = "id, title, design, condition, year, first_author, enrolled"


async def _choices(db, query: str, chosen: list[str]) -> tuple[list[dict], bool]:
    """The studies the chooser offers, the chosen first: those whose text matches ``query``
    (the search index, as the studies page searches), else the latest added; and whether
    there are more than it shows."""
    from ingest.store.search_text import match_expressions

    ids: list[str] = []
    if query:
        for expression in match_expressions(query):
            ids += [r[0] for r in (await db.execute(
                "select study_id from search_index where search_index match :e limit :n",
                {"e": expression, "n": CHOICES + 1})).rows]
    else:
        ids = [r[0] for r in (await db.execute(LATEST_STUDIES, {"scan": CHOICES * 8, "n": CHOICES + 1})).rows]
    ids = list(dict.fromkeys(ids))
    more, ids = len(ids) > CHOICES, list(dict.fromkeys([*chosen[:MAX_STUDIES], *ids[:CHOICES]]))
    marks = ", ".join(f":s{i}" for i in range(len(ids)))
    rows = _dicts(await db.execute(f"select {CHOICE_COLUMNS} from studies where id in ({marks})",
                                   {f"s{i}": x for i, x in enumerate(ids)})) if ids else []
    by_id = {r["id"]: r for r in rows}
    return [by_id[x] for x in ids if x in by_id], more


async def studies_page(request, datasette):
    db = datasette.get_database(DATABASE)
    chosen = [s for s in request.args.getlist("study") if s][: MAX_STUDIES + 1]
    query = (request.args.get("q") or "").strip()[:200]
    choices, more = await _choices(db, query, chosen)
    context = {"database": DATABASE, "all_studies": choices, "more": more, "q": query, "chosen": chosen,
               "max": MAX_STUDIES, "studies": [], "error": None}
    status = 200
    if len(chosen) > MAX_STUDIES:
        context["error"], status = f"Choose at most {MAX_STUDIES} studies.", 400
    elif 0 < len(chosen) < 2:
        context["error"] = "Choose a second study to compare with."
    elif chosen:
        found = await _studies(db, chosen)
        missing = [s for s in chosen if s not in found]
        if missing:
            raise NotFound("No such study: " + ", ".join(missing))
        studies = [found[s] for s in dict.fromkeys(chosen)]
        marks = ", ".join(f":s{i}" for i in range(len(studies)))
        params = {f"s{i}": s["id"] for i, s in enumerate(studies)}
        measurements = _dicts(await db.execute(
            f"select * from measurements where study_id in ({marks}) order by rowid", params))
        effects = _dicts(await db.execute(f"select * from effects where study_id in ({marks}) order by rowid", params))
        interventions = _dicts(await db.execute(
            f"select * from interventions where study_id in ({marks}) order by rowid", params))
        for s in studies:
            s["label"] = cmp.study_label(s)
            s["n"] = s.get("analyzed") or s.get("enrolled")
            # The quote columns are not loaded here (HEAVY_STUDY_COLUMNS): shortest form.
            s["n_text"], s["age"] = plain(s["n"]), mean_sd(s.get("age_mean"), s.get("age_sd"))
        context["studies"] = studies
        context.update(side_by_side(studies, measurements, effects, interventions))
    return Response.html(await datasette.render_template("compare-studies.html", context, request=request),
                         status=status)


@hookimpl
def register_routes():
    return [
        (r"^/-/compare$", studies_page),
        (r"^/-/compare/(?P<slug>[^/]+)$", measure_page),
    ]
