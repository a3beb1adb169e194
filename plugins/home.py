"""The home page: what the knowledge base holds, a search box, the most compared
measures and the latest additions (``templates/index.html``).

``extra_template_vars`` answers for the index view only; every figure is a count over
the tables ``evidence ingest`` writes, so the page is as current as the database.
"""

from __future__ import annotations

from datasette import hookimpl

DATABASE = "evidence"
TOP = 12

# Read from the counts the triggers of migration m010 keep (``facet_counts``, ``measure_counts``,
# ``table_counts``): a few rows whatever the size of the database, where grouping the tables
# took 1.8 s at 100,000 studies (bench/run.py).
COUNTS = {
    # name: (label, SQL giving value, count; ordered by count)
    name: (label, "select value, count from facet_counts where tbl = 'studies' and facet = '" + name + "'"
                  " order by count desc, value limit :top")
    for name, label in (("condition", "Conditions"), ("design", "Designs"), ("language", "Article languages"))
}
MOST_COMPARED = """
select measure_slug, measure, studies, values_ from measure_counts
order by studies desc, values_ desc, measure limit :top
"""
# The latest sources by the index on ingested_at, then their studies: no grouping of every study.
RECENT = """
select studies.id, studies.title, studies.design, studies.condition, latest.added
from (select study_sources.study_id, max(sources.ingested_at) as added
      from (select id, ingested_at from sources order by ingested_at desc limit 200) as sources
      join study_sources on study_sources.source_id = sources.id
      group by study_sources.study_id) as latest
join studies on studies.id = latest.study_id
order by latest.added desc, studies.id limit 8
"""
TOTALS = """
select coalesce((select count from table_counts where tbl = 'studies'), 0),
       coalesce((select count from table_counts where tbl = 'sources'), 0),
       coalesce((select count from table_counts where tbl = 'measurements'), 0), (select count(*) from measure_counts)
"""


async def home_context(db) -> dict:
    if not await db.table_exists("measure_counts"):
        return {}
    counts = []
    for name, (label, sql) in COUNTS.items():
        rows = (await db.execute(sql, {"top": TOP})).rows
        counts.append({"name": name, "label": label,
                       "items": [{"value": r[0], "label": str(r[0]).replace("_", " "), "count": r[1]} for r in rows]})
    measures = [dict(zip(("slug", "measure", "studies", "values"), r))
                for r in (await db.execute(MOST_COMPARED, {"top": TOP})).rows]
    counts.insert(2, {"name": "measure", "label": "Measures", "compare": True,
                      "items": [{"value": m["slug"], "label": m["measure"], "count": m["studies"]} for m in measures]})
    totals = dict(zip(("studies", "sources", "values", "measures"), (await db.execute(TOTALS)).first()))
    recent = [dict(zip(("id", "title", "design", "condition", "added"), r))
              for r in (await db.execute(RECENT)).rows]
    return {"home": {"counts": counts, "most_compared": [m for m in measures if m["studies"] >= 1][:8],
                     "recent": recent, "totals": totals, "database": DATABASE}}


@hookimpl
def extra_template_vars(view_name, datasette):
    if view_name != "index":
        return {}

    async def inner():
        if DATABASE not in datasette.databases:
            return {}
        return await home_context(datasette.get_database(DATABASE))

    return inner
