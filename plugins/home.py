"""The home page: what the knowledge base holds, a search box, the most compared
measures and the latest additions (``templates/index.html``).

The page is a route of its own (``/``); every figure is read from the counts the writer
keeps (migration m010), so it is as current as the database and as fast at a million
studies as at ten.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils.asgi import Response

from ingest.site.latest import LATEST_STUDIES

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
# The latest studies (ingest/site/latest.py), with what the list shows of each.
RECENT = f"""
select studies.id, studies.title, studies.design, studies.condition, latest.added
from ({LATEST_STUDIES}) as latest join studies on studies.id = latest.study_id
order by latest.added desc, studies.id
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
              for r in (await db.execute(RECENT, {"scan": 200, "n": 8})).rows]
    return {"home": {"counts": counts, "most_compared": [m for m in measures if m["studies"] >= 1][:8],
                     "recent": recent, "totals": totals, "database": DATABASE}}


async def home_page(request, datasette):
    """The home page as a route of its own: Datasette's index view also counted every table of
    every database and looked each one up, ~80 queries a visit (#16), for nothing it shows."""
    context = await home_context(datasette.get_database(DATABASE)) if DATABASE in datasette.databases else {}
    return Response.html(await datasette.render_template(
        "index.html", {**context, "metadata": datasette.metadata()}, request=request))


@hookimpl
def register_routes():
    return [(r"^/$", home_page)]
