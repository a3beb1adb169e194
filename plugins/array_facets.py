"""Array facets of the studies table counted from ``study_facet_values`` (migration m005_scale).

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
column and date facets with this array facet.
"""

from __future__ import annotations

import re

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import ArrayFacet, ColumnFacet, DateFacet
from datasette.plugins import pm
from datasette.utils import path_with_added_args, path_with_removed_args

TABLE = "study_facet_values"
FACETED = {"studies": "id"}  # table -> its key column stored as study_id

if pm.get_plugin("datasette.facets") is not None:
    pm.unregister(name="datasette.facets")


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
        unfiltered = not params and re.fullmatch(rf"select .* from \[?{self.table}\]?\s*", self.sql, re.S)
        for source_and_config in self.get_configs():
            config, source = source_and_config["config"], source_and_config["source"]
            column = config.get("column") or config["simple"]
            within = "" if unfiltered else f" and study_id in (select [{key}] from ({self.sql}))"
            sql = (f"select value, count(*) as count from {TABLE} where facet = :_facet_column{within}"
                   f" group by value order by count(*) desc, value limit {facet_size + 1}")
            if not await db.execute(f"select 1 from {TABLE} where facet = :c limit 1", {"c": column}):
                # Not an array column kept by the triggers: the built-in facet handles it.
                fallback = ArrayFacet(self.ds, self.request, self.database, sql=self.sql, params=self.params,
                                      table=self.table, metadata=self.metadata, row_count=self.row_count)
                fallback.get_configs = lambda sc=source_and_config: [sc]
                more, more_timed_out = await fallback.facet_results()
                results += more
                timed_out += more_timed_out
                continue
            try:
                rows = await self.ds.execute(self.database, sql, {**params, "_facet_column": column},
                                             truncate=False,
                                             custom_time_limit=self.ds.setting("facet_time_limit_ms"))
            except QueryInterrupted:
                timed_out.append(column)
                continue
            values = []
            for row in rows.rows[:facet_size]:
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
    return [ColumnFacet, DateFacet, IndexedArrayFacet]
