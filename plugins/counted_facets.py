"""Facets counted from what the writer keeps: the studies' array facets from
``study_facet_values`` (migration m005_scale), whole tables' facets from ``facet_counts`` (m010).

Datasette 0.65's array facet de-duplicates ``distinct j.value, inner.*``: every column of
every row, the large ``record`` JSON included. At 100,000 studies that takes seconds, past
``facet_time_limit_ms``, and the studies page showed "timed out" instead of its
intervention, bias-flag and check facets (bench/run.py). The items are kept in
``study_facet_values`` by triggers, so a facet is a count over an index:

    select value, count(*) from study_facet_values
    where facet = 'interventions' [and study_id in (select id from (<the page's query>))]
    group by value

Same results, same URLs and toggles as the built-in facet; any other table, or a database
without the table, is faceted by the built-in code. Datasette has no way to replace one
facet class, so this plugin takes over the default facet hook and returns the built-in
date facet with these two.

A facet of a whole table (no filter, no search) is read from ``facet_counts``, which the
triggers of migration m010 keep as rows are written: grouping a million studies, or ten
million measurements, for every visit to a table page took seconds (#16). Filtered pages
count as before, over the page's query.

A page of the studies table whose conditions are all a search, a filter on a faceted column
or an array facet's "contains" is counted over ``search_facets`` and ``search_facet_items``
(migration m012): a few bytes per study, ordered by the search index's rowids, instead of
each matching study's whole row (``narrow_where``).
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
from collections import OrderedDict
from typing import NamedTuple

from datasette import hookimpl
from datasette.database import QueryInterrupted, Results
from datasette.facets import ArrayFacet, ColumnFacet, DateFacet
from datasette.plugins import pm
from datasette.utils import path_with_added_args, path_with_removed_args

from ingest.site.data_version import data_version
from ingest.site.where import top_level_conditions

TABLE = "study_facet_values"
FACETED = {"studies": "id"}  # table -> its key column stored as study_id
COUNTS = "facet_counts"

if pm.get_plugin("datasette.facets") is not None:
    pm.unregister(name="datasette.facets")


def whole_table(facet) -> bool:
    """The page shows every row of its table: no filter, no search (their SQL has a where)."""
    return not facet.params and bool(facet.table) and re.fullmatch(
        rf"select .* from \[?{re.escape(facet.table)}\]?\s*", facet.sql, re.S) is not None


async def kept_counts(facet, column: str, size: int):
    """The kept counts of ``column`` of a whole table, most frequent first (``size`` + 1
    rows, to tell a truncated facet), or None where they are not kept."""
    db = facet.ds.databases[facet.database]
    if not whole_table(facet) or not await db.table_exists("counted_facets") or not (await db.execute(
            "select 1 from counted_facets where tbl = :t and facet = :c", {"t": facet.table, "c": column})).rows:
        return None
    return (await db.execute(f"select value, count from {COUNTS} where tbl = :t and facet = :c"
                             f" order by count desc, value limit {size + 1}", {"t": facet.table, "c": column})).rows


async def builtin_facet(kind, facet, source_and_config):
    """Datasette's own facet of ``kind`` for one configured column of ``facet``'s page."""
    builtin = kind(facet.ds, facet.request, facet.database, sql=facet.sql, params=facet.params,
                   table=facet.table, metadata=facet.metadata, row_count=facet.row_count)
    builtin.get_configs = lambda: [source_and_config]
    return await builtin.facet_results()


NARROW = "search_facets"
NARROW_ITEMS = "search_facet_items"
_PAGE = re.compile(r"select .*? from \[?studies\]? where (?P<where>.*?)\s*", re.S)
_SEARCHED = re.compile(r"\[id\] in \(select study_id from search_facets where search_rowid in \((?P<rowids>.+)\)\)", re.S)
_COLUMN = re.compile(r'(?:"(?P<q>\w+)"|\[(?P<b>\w+)\]|(?P<w>\w+)) (?:(?:=|!=|<>|>|<|>=|<=|like|not like|glob) :p\d+'
                     r"|is (?:not )?null|(?:not )?in \(:p\d+(?:, :p\d+)*\))")
_CONTAINS = re.compile(r':(?P<p>p\d+) (?P<neg>not )?in \(select value from json_each\("studies"\."(?P<c>\w+)"\)\)')


def narrow_where(sql: str, columns: set[str], arrays: set[str]) -> str | None:
    """The where clause of a studies page ``sql`` over ``search_facets``, or None when a
    condition needs more than it holds (a column it lacks, a ``_where``, a date filter).

    >>> page = 'select id, title from studies where "design" = :p0 and [id] in (select study_id from search_facets where search_rowid in (select rowid from search_index where search_index match :e0)) '
    >>> narrow_where(page, {"design"}, set())
    '"design" = :p0 and search_rowid in (select rowid from search_index where search_index match :e0)'
    >>> narrow_where(page, {"language"}, set()) is None
    True
    >>> narrow_where('select id from studies where :p0 in (select value from json_each("studies"."interventions")) ', set(), {"interventions"})
    "exists (select 1 from search_facet_items i where i.search_rowid = search_facets.search_rowid and i.study_id = search_facets.study_id and i.facet = 'interventions' and i.value = :p0)"
    """
    page = _PAGE.fullmatch(sql)
    conditions = top_level_conditions(page.group("where")) if page else None
    if not conditions:
        return None
    narrow = []
    for condition in conditions:
        if searched := _SEARCHED.fullmatch(condition):
            narrow.append(f"search_rowid in ({searched.group('rowids')})")
        elif (column := _COLUMN.fullmatch(condition)) and (column["q"] or column["b"] or column["w"]) in columns:
            narrow.append(condition)
        elif (contains := _CONTAINS.fullmatch(condition)) and contains["c"] in arrays:
            narrow.append(f"{contains['neg'] or ''}exists (select 1 from {NARROW_ITEMS} i"
                          f" where i.search_rowid = {NARROW}.search_rowid and i.study_id = {NARROW}.study_id"
                          f" and i.facet = '{contains['c']}' and i.value = :{contains['p']})")
        else:
            return None
    return " and ".join(narrow)


class Narrow(NamedTuple):
    """A page counted over the narrow tables: its where clause over ``search_facets``, the
    faceted columns that table holds and the array facets ``search_facet_items`` holds
    (read once a page: every facet of it asks)."""

    where: str
    columns: set
    arrays: set


async def narrow_of(db, sql: str, execute=None) -> Narrow | None:
    """The studies page ``sql`` as the narrow tables can read it (``narrow_where``), or None
    (a database without them, a condition they do not hold). ``execute``: the database's
    own, unwrapped (``kept_row_count`` asks from inside its wrapper)."""
    execute = execute or db.execute
    if not await db.table_exists(NARROW) or not await db.table_exists("counted_facets"):
        return None
    columns = {r[1] for r in (await execute(f"pragma table_info({NARROW})")).rows} - {"search_rowid", "study_id"}
    arrays = {r[0] for r in (await execute("select facet from counted_facets where tbl = 'studies'")).rows} - columns
    where = narrow_where(sql, columns, arrays)
    return Narrow(where, columns, arrays) if where is not None else None


async def narrow_page(facet) -> Narrow | None:
    """The page of ``facet`` as the narrow tables can count it (``narrow_of``), or None."""
    if facet.table != "studies" or whole_table(facet) or not isinstance(facet.params, dict) and facet.params:
        return None  # (Datasette passes [] for a page with no parameters: "?condition__notnull=1")
    return await narrow_of(facet.ds.databases[facet.database], facet.sql)


_SEARCH_ONLY = re.compile(r"search_rowid in \((?P<rowids>.+)\)", re.S)


async def narrow_counts(facet, narrow: Narrow, column: str, size: int):
    """Counts of ``column`` (a column of ``search_facets``, else an array facet's items)
    over the studies the page selects, most frequent first; None past the facet time limit."""
    where = narrow.where
    if column in narrow.columns:
        sql = (f"select [{column}] as value, count(*) as count from {NARROW} where {where} and [{column}] is not null"
               f" group by [{column}] order by count desc, value limit {size + 1}")
    else:
        conditions = top_level_conditions(where) or []
        searched = _SEARCH_ONLY.fullmatch(conditions[0]) if len(conditions) == 1 else None
        within = (f"search_rowid in ({searched.group('rowids')})" if searched else
                  f"(search_rowid, study_id) in (select search_rowid, study_id from {NARROW} where {where})")
        sql = (f"select value, count(*) as count from {NARROW_ITEMS} where facet = :_facet_column and {within}"
               f" group by value order by count desc, value limit {size + 1}")
    params = {**(facet.params or {}), "_facet_column": column}
    db = facet.ds.databases[facet.database]
    key = kept_key(db, sql, params)  # (before the query: rows read before a write are that version's)
    if (rows := kept_rows(key)) is not None:
        return rows
    try:
        rows = (await facet.ds.execute(facet.database, sql, params, truncate=False,
                                       custom_time_limit=facet.ds.setting("facet_time_limit_ms"))).rows
    except QueryInterrupted:
        return None
    return keep_rows(key, rows)


# Counts over a page's matches, kept per statement, parameters and version of the database
# file: every visitor to a broad search asks for the same eight facets and the same count
# until the data changes, and at a million studies they took a second of SQL over its
# 140,000 matches each time (#16). The key is taken before the query runs, so rows read
# while a write commits are kept under the version before it, which the next visit no
# longer asks for. The least recently asked are let go past ``KEEP_ROWS`` rows in all.
_KEPT_ROWS: OrderedDict = OrderedDict()
KEEP_ROWS = 100_000
_kept_size = 0


def kept_key(db, sql: str, params) -> tuple | None:
    """The key ``sql`` with ``params`` is kept under on the current version of ``db``'s file,
    or None where nothing is kept (a database in memory, parameters not given by name)."""
    path = getattr(db, "path", None)
    version = data_version(path)
    if version is None or not isinstance(params, dict):
        return None
    return path, version, sql, tuple(sorted((k, str(type(v)), str(v)) for k, v in params.items()))


def kept_rows(key: tuple | None) -> list | None:
    """The rows ``keep_rows`` kept under ``key``, or None."""
    if key is None or key not in _KEPT_ROWS:
        return None
    _KEPT_ROWS.move_to_end(key)
    return _KEPT_ROWS[key]


def keep_rows(key: tuple | None, rows) -> list:
    """``rows`` as tuples, kept under ``key`` for ``kept_rows``."""
    global _kept_size
    rows = [tuple(r) for r in rows]
    if key is not None and len(rows) <= KEEP_ROWS:
        if key in _KEPT_ROWS:
            _kept_size -= len(_KEPT_ROWS[key])
        _KEPT_ROWS[key] = rows
        _kept_size += len(rows)
        while _kept_size > KEEP_ROWS:
            _kept_size -= len(_KEPT_ROWS.popitem(last=False)[1])
    return rows


TIMED_OUT = "timed out"  # (a facet's rows in ``counted_rows`` when its count passed the limit)


async def counted_rows(facet, configs: list, size: int, kind: str) -> dict:
    """{column: rows} of each configured facet this plugin counts: a whole table's kept counts,
    else the narrow tables' counts of a page they can count (``kind``: "columns" or "arrays"),
    ``TIMED_OUT`` past the facet time limit; a column counted by neither is left out.

    The narrow counts run at once: each query reads the matching studies again, and on more
    than one core they overlap (SQLite runs outside Python's lock in Datasette's threads; a
    broad search at a million studies spent 0.9 s on its eight facets one after another).
    Two at a time: Datasette reads with three threads, and a third query of this page would
    hold the one left for every other request."""
    columns = [c["config"].get("column") or c["config"]["simple"] for c in configs]
    out = {}
    for column in columns:
        rows = await kept_counts(facet, column, size)
        if rows is not None:
            out[column] = rows
    narrow = None if len(out) == len(columns) else await narrow_page(facet)
    if narrow is None:
        return out
    eligible = [c for c in columns if c not in out and c in getattr(narrow, kind)]
    at_once = asyncio.Semaphore(2)

    async def count(column):
        async with at_once:
            return await narrow_counts(facet, narrow, column, size)

    for column, rows in zip(eligible, await asyncio.gather(*(count(c) for c in eligible))):
        out[column] = TIMED_OUT if rows is None else rows
    return out


class CountedColumnFacet(ColumnFacet):
    """Datasette's column facet, read from the kept counts on a whole table."""

    async def facet_results(self):
        results, timed_out = [], []
        size = self.get_facet_size()
        pairs = self.get_querystring_pairs()
        configs = self.get_configs()
        counted = await counted_rows(self, configs, size, "columns")
        for source_and_config in configs:
            config, source = source_and_config["config"], source_and_config["source"]
            column = config.get("column") or config["simple"]
            rows = counted.get(column)
            if rows is TIMED_OUT:
                timed_out.append(column)
                continue
            if rows is None:
                more, more_timed_out = await builtin_facet(ColumnFacet, self, source_and_config)
                results += more
                timed_out += more_timed_out
                continue
            column_qs = f"{column}__exact" if column.startswith("_") else column
            values = []
            for value, count in rows[:size]:
                selected = (column_qs, str(value)) in pairs
                toggle = (path_with_removed_args(self.request, {column_qs: str(value)}) if selected
                          else path_with_added_args(self.request, {column_qs: value}))
                values.append({"value": value, "label": value, "count": count, "selected": selected,
                               "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(toggle))})
            results.append({
                "name": column, "type": self.type, "hideable": source != "metadata",
                "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet": column})),
                "results": values, "truncated": len(rows) > size,
            })
        return results, timed_out


class IndexedArrayFacet(ArrayFacet):
    async def facet_results(self):
        key = FACETED.get(self.table)
        db = self.ds.databases[self.database]
        params = self.params or {}
        if key is None or not isinstance(params, dict) or not await db.table_exists(TABLE):
            return await super().facet_results()
        results, timed_out = [], []
        facet_size = self.get_facet_size()
        pairs = self.get_querystring_pairs()
        # The whole table: no need to join the page's query at all.
        unfiltered = whole_table(self)
        configs = self.get_configs()
        counted = await counted_rows(self, configs, facet_size, "arrays")
        for source_and_config in configs:
            config, source = source_and_config["config"], source_and_config["source"]
            column = config.get("column") or config["simple"]
            within = "" if unfiltered else f" and study_id in (select [{key}] from ({self.sql}))"
            sql = (f"select value, count(*) as count from {TABLE} where facet = :_facet_column{within}"
                   f" group by value order by count(*) desc, value limit {facet_size + 1}")
            kept = counted.get(column)
            if kept is TIMED_OUT:
                timed_out.append(column)
                continue
            if kept is not None:
                rows = [{"value": value, "count": count} for value, count in kept]
            elif not await db.execute(f"select 1 from {TABLE} where facet = :c limit 1", {"c": column}):
                # Not an array column kept by the triggers: the built-in facet handles it.
                more, more_timed_out = await builtin_facet(ArrayFacet, self, source_and_config)
                results += more
                timed_out += more_timed_out
                continue
            else:
                try:
                    rows = (await self.ds.execute(self.database, sql, {**params, "_facet_column": column},
                                                  truncate=False,
                                                  custom_time_limit=self.ds.setting("facet_time_limit_ms"))).rows
                except QueryInterrupted:
                    timed_out.append(column)
                    continue
            values = []
            for row in rows[:facet_size]:
                value = str(row["value"])
                selected = (f"{column}__arraycontains", value) in pairs
                toggle = (path_with_removed_args if selected else path_with_added_args)(
                    self.request, {f"{column}__arraycontains": value})
                values.append({"value": value, "label": value, "count": row["count"],
                               "toggle_url": self.ds.absolute_url(self.request, toggle), "selected": selected})
            results.append({
                "name": column, "type": self.type, "results": values,
                "hideable": source != "metadata",
                "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet_array": column})),
                "truncated": len(rows) > facet_size,
            })
        return results, timed_out


@hookimpl
def register_facet_classes():
    return [CountedColumnFacet, DateFacet, IndexedArrayFacet]


def kept_table_counts(db):
    """``db.table_counts`` read from ``table_counts`` where the writer keeps a table's rows,
    counted (within ``limit`` ms, as Datasette does) only for the others: the database and
    index pages counted every table on every visit, each up to its time limit (#16)."""
    builtin = db.table_counts

    async def table_counts(limit=10):
        if not await db.table_exists("table_counts"):
            return await builtin(limit)
        kept = dict((await db.execute("select tbl, count from table_counts")).rows)
        # A full-text index and its shadow tables are not counted: SQLite counts a table in one
        # step that no time limit interrupts (137 ms for the search index at 100,000 studies).
        virtual = [r[0] for r in (await db.execute(
            "select name from sqlite_master where type = 'table' and sql like 'CREATE VIRTUAL TABLE%'")).rows]
        counts = {}
        for table in await db.table_names():
            if table in kept:
                counts[table] = kept[table]
                continue
            if any(table == v or table.startswith(v + "_") for v in virtual):
                counts[table] = None
                continue
            try:
                counts[table] = (await db.execute(f"select count(*) from [{table}]", custom_time_limit=limit)).rows[0][0]
            except (QueryInterrupted, sqlite3.OperationalError, sqlite3.DatabaseError):
                counts[table] = None  # (as Datasette: "many rows")
        return counts

    return table_counts


# The count a whole table's page asks for, as Datasette's table view writes it, its trailing space
# included ("select count(*) from measurements "): never a statement a user types in the SQL page,
# which is run as written.
WHOLE_TABLE_COUNT = re.compile(r"select count\(\*\) from (?:(?P<t>\w+)|\[(?P<b>\w+)\]) ")


# The count a searched studies page asks for, as Datasette's table view writes it (a user's
# statement of the same shape is answered the same way: the same count, over the narrow table).
SEARCHED_COUNT = re.compile(r"select count\(\*\) from studies where (?=.*\[id\] in \(select study_id from search_facets where ).*", re.S)


def kept_row_count(db):
    """``db.execute`` answering a whole table's ``select count(*)`` from ``table_counts`` where
    the writer keeps that table's rows: SQLite counts a table in one uninterruptible step, and
    every visit to the measurements page counted 12 million rows (150 ms at a million studies,
    #16). A searched studies page's count is counted over ``search_facets``, one narrow row per
    study, where its conditions are ones that table holds (``narrow_where``): counting each
    match's row of ``studies`` through its id took twice as long (120 ms for a term in 14% of a
    million studies). Every other statement runs as before."""
    builtin = db.execute

    async def execute(sql, *args, **kwargs):
        whole = WHOLE_TABLE_COUNT.fullmatch(sql) if sql.startswith("select count(*) from ") else None
        params = args[0] if args else kwargs.get("params")
        if whole is not None and not params and await db.table_exists("table_counts"):
            kept = await builtin("select count from table_counts where tbl = :t", {"t": whole["t"] or whole["b"]})
            if kept.rows:
                return Results([tuple(kept.rows[0])], False, [("count(*)",)])
        if SEARCHED_COUNT.fullmatch(sql) and (narrow := await narrow_of(db, sql, builtin)) is not None:
            sql = f"select count(*) from {NARROW} where {narrow.where}"
            key = kept_key(db, sql, params)
            if (rows := kept_rows(key)) is None:
                rows = keep_rows(key, (await builtin(sql, *args, **kwargs)).rows)
            return Results(rows, False, [("count(*)",)])
        return await builtin(sql, *args, **kwargs)

    return execute


@hookimpl
def startup(datasette):
    for db in datasette.databases.values():
        if not db.is_memory:
            db.table_counts = kept_table_counts(db)
            db.execute = kept_row_count(db)
