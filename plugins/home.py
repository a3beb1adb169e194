"""The home page: what the knowledge base holds, a search box, the most compared
measures and the latest additions (``templates/index.html``).

``extra_template_vars`` answers for the index view only; every figure is a count over
the tables ``evidence ingest`` writes, so the page is as current as the database.
"""

from __future__ import annotations

from datasette import hookimpl

DATABASE = "evidence"
TOP = 12

COUNTS = {
    # name: (label, SQL giving value, count; ordered by count)
    "condition": ("Conditions", "select condition, count(*) from studies where condition is not null "
                  "group by condition order by 2 desc, 1 limit :top"),
    "design": ("Designs", "select design, count(*) from studies where design is not null "
               "group by design order by 2 desc, 1 limit :top"),
    "language": ("Article languages", "select language, count(*) from studies where language is not null "
                 "group by language order by 2 desc, 1 limit :top"),
}
MOST_COMPARED = """
select measure_slug, min(measure) as measure, count(distinct study_id) as studies, count(*) as values_
from measurements where measure_slug is not null and measure_slug != ''
group by measure_slug order by studies desc, values_ desc, measure limit :top
"""
RECENT = """
select studies.id, studies.title, studies.design, studies.condition, max(sources.ingested_at) as added
from studies join study_sources on study_sources.study_id = studies.id
join sources on sources.id = study_sources.source_id
group by studies.id order by added desc, studies.id limit 8
"""
TOTALS = """
select (select count(*) from studies), (select count(*) from sources),
       (select count(*) from measurements), (select count(distinct measure_slug) from measurements)
"""


async def home_context(db) -> dict:
    if not await db.table_exists("studies"):
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
