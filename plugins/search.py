"""``?_search=`` for Evidence KB: studies (and their facts) through the bigram index.

Datasette's own search looks for an FTS table named after the table (``studies_fts``) or
declaring ``content="studies"``; ``search_index`` is neither, so the built-in hook finds
no FTS table for these tables and adds nothing. This hook does the search instead: the
query is normalised to simplified Chinese and cut into the index's bigrams by
``ingest.store.search_text.fts_query``, then matched against ``search_index``.

    /evidence/studies?_search=脊髓损伤        studies whose text or names match
    /evidence/measurements?_search=Schwann   the measurements of those studies
"""

from __future__ import annotations

import re
from typing import NamedTuple

from datasette import hookimpl
from datasette.filters import FilterArguments

from ingest.site.where import top_level_conditions
from ingest.store.schema import migrations_module
from ingest.store.search_text import match_expressions
from ingest.vocab.chinese import to_simplified

PARAM = "evidence_search"

# How each searchable table's rows are tied to a study.
STUDY_COLUMN = {
    "studies": "id",
    "study_sources": "study_id",
    "interventions": "study_id",
    "groups": "study_id",
    "measurements": "study_id",
    "effects": "study_id",
    "adverse_events": "study_id",
}
SEARCHABLE = frozenset(STUDY_COLUMN) | {"sources"}


def study_ids_sql(count: int, narrow: bool = True) -> str:
    """SQL selecting the ids of studies matching the parameters :evidence_search0.. .

    The matches' index rowids go through ``search_facets`` (migration m012), a narrow
    table ordered by them: reading ``study_id`` from the index itself read each match's
    row of its content table, title and body, and a broad search at 100,000 studies spent
    40 ms on that in every query of its page (#16).
    """
    if not narrow:
        # (a database without migration m012, served by plain ``datasette``: read from the index)
        return " union ".join(f"select study_id from search_index where search_index match :{PARAM}{i}"
                              for i in range(count))
    rowids = " union ".join(
        f"select rowid from search_index where search_index match :{PARAM}{i}" for i in range(count)
    )
    return f"select study_id from search_facets where search_rowid in ({rowids})"


def search_where(table: str, query: str, narrow: bool = True):
    """(where clause, params) restricting ``table`` to rows of matching studies, or None.

    >>> search_where("measurements", "Schwann")[0]
    '[study_id] in (select study_id from search_facets where search_rowid in (select rowid from search_index where search_index match :evidence_search0))'
    >>> search_where("studies", "脊髓損傷")[1]
    {'evidence_search0': '"脊髓 髓损 损伤"', 'evidence_search1': '"脊髓 髓損 損傷"'}
    >>> search_where("curation", "Schwann") is None
    True
    """
    expressions = match_expressions(query)
    if table not in SEARCHABLE or not expressions:
        return None
    studies = study_ids_sql(len(expressions), narrow)
    if table == "sources":
        where = f"id in (select source_id from study_sources where study_id in ({studies}))"
    else:
        where = f"[{STUDY_COLUMN[table]}] in ({studies})"
    return where, {f"{PARAM}{i}": e for i, e in enumerate(expressions)}


@hookimpl
def filters_from_request(request, database, table, datasette):
    async def inner():
        query = request.args.get("_search")
        if query is None or table not in SEARCHABLE:
            return None
        db = datasette.get_database(database)
        if not await db.table_exists("search_index"):
            return None
        extra = {"search": query, "evidence_search": True}
        if not query.strip():
            return FilterArguments([], extra_context=extra)
        # A query with nothing searchable in it (only punctuation) matches nothing.
        where, params = search_where(table, query, await db.table_exists("search_facets")) or ("0", {})
        return FilterArguments(
            [where], params, [f'search matches "{query}"'], extra_context=extra
        )

    return inner


# ---------------------------------------------------------------- snippets

SNIPPET_SQL = (
    "select search_index.study_id, studies.title,"
    " snippet(search_index, -1, char(2), char(3), '…', 14),"
    " (select group_concat(sources.text, char(10)) from study_sources"
    "  join sources on sources.id = study_sources.source_id"
    "  where study_sources.study_id = search_index.study_id)"
    " from search_index join studies on studies.id = search_index.study_id"
    " where search_index match :q limit 50"
)


async def snippets(db, query: str) -> list[dict]:
    """[{study_id, title, html}] for a search: the article's own words around the first
    term found (``text_snippet``); where the study matched on something the text does not
    say as typed (a name in the other language, a stemmed word), FTS5's snippet() of the
    index, with control characters as marks. Both escape the text, then mark it."""
    from markupsafe import Markup

    from ingest.site.highlight import snippet_html, text_snippet
    from ingest.store.search_text import QUERY_TERM

    terms = [t for t in QUERY_TERM.findall(to_simplified(query)) if t.strip('"').strip()]
    out, seen = [], set()
    for expression in match_expressions(query):
        for study_id, title, snippet, text in (await db.execute(SNIPPET_SQL, {"q": expression})).rows:
            if study_id in seen:
                continue
            seen.add(study_id)
            marked = text_snippet(text or "", terms, simplify=to_simplified) or snippet_html(snippet)
            # Both escape every character of the text; only their <mark>s are markup.
            out.append({"study_id": study_id, "title": title, "html": Markup(marked)})
    return out


# ---------------------------------------------------------------- a broad search's rows

# The rows a searched studies page shows, as Datasette's table view asks for them: its
# conditions, the column it is sorted by (the key after it on later pages) and its limit.
ROWS = re.compile(r"select (?!count\(\*\))(?P<columns>.+?) from studies where (?P<where>.+) order by (?P<sort>\w+)(?P<desc> desc)?"
                  r"(?P<then>, id)? limit (?P<limit>\d+)", re.S)
SEARCHED = "[id] in (select study_id from search_facets where search_rowid in ("
# The indexes a page can walk: (first column, whether descending) of each index on studies
# whose second column is the id, ascending (m014: year desc, id).
WALKABLE_SQL = ("select a.name, a.desc from pragma_index_list('studies') l, pragma_index_xinfo(l.name) a,"
                " pragma_index_xinfo(l.name) b where a.seqno = 0 and b.seqno = 1 and b.name = 'id' and b.desc = 0")


class Walk(NamedTuple):
    """A rows statement rewritten to walk an index (``walked_rows_sql``): the new statement,
    the page's limit and the search's rowids subquery (to count its matches)."""

    sql: str
    limit: int
    rowids: str


def walked_rows_sql(sql: str, walkable: set) -> Walk | None:
    """The first page of a searched studies page, rewritten to walk an index in the page's
    order, or None where it cannot be.

    As Datasette writes it, SQLite reads every matching study's row through its id and sorts
    them: a term in 14% of a million studies read 140,000 rows for the 51 it shows (570 ms).
    Walking an index in the page's order (its sort column, then the id: ``walkable`` holds
    (column, descending) of each) instead stops after about ``limit × studies / matches``
    entries where the matches are spread through it (``worth_walking`` says when that is the
    cheaper way). Each walked study is checked by its search row's number (the first 15 hex
    digits of its id, as the writer numbers it) against the matches' rowids, an expression
    SQLite cannot probe by, so it walks the index. Its rows are ordered by the id within a
    sort value, as Datasette orders the pages after it (``with_id_after_sort``).

    Only a first page whose one condition is the search: another condition thins the matches
    by an unknown amount and lengthens the walk, and a later page's bound ("year < :p1 or year
    is null or …") is no range SQLite can seek in the index, so every later page would walk
    from the top.

    >>> page = ("select id, title from studies where [id] in (select study_id from search_facets where search_rowid in"
    ...         " (select rowid from search_index where search_index match :e0)) order by year desc limit 51")
    >>> walk = walked_rows_sql(page, {("year", True)})
    >>> "search_facets" in walk.sql, walk.sql.endswith(" in (select rowid from search_index where search_index match :e0)"
    ...                                                  " order by year desc, id limit 51")
    (False, True)
    >>> walk.limit, walk.rowids
    (51, 'select rowid from search_index where search_index match :e0')
    >>> walked_rows_sql(page, {("year", False)}) is None  # (no index in the page's order)
    True
    >>> walked_rows_sql(page.replace(" order by", ' and "design" = :p0 order by'), {("year", True)}) is None
    True
    """
    rows = ROWS.fullmatch(sql)
    if rows is None or rows["then"] or (rows["sort"], bool(rows["desc"])) not in walkable:
        return None
    conditions = top_level_conditions(rows["where"]) or []
    if len(conditions) != 1 or not conditions[0].startswith(SEARCHED):
        return None
    rowids = conditions[0][len(SEARCHED):-2]
    # (the ids of 140,000 matches gathered through search_facets took 80 ms; their rowids 40)
    where = f"{migrations_module().search_rowid_sql('id')} in ({rowids})"
    return Walk(f"select {rows['columns']} from studies where {where} order by {rows['sort']}{rows['desc'] or ''}, id"
                f" limit {rows['limit']}", int(rows["limit"]), rowids)


def worth_walking(matched: int, studies: int, limit: int) -> bool:
    """Whether a walk reads fewer index entries (about ``limit × studies / matched``, the
    matches spread through the index) than the written statement reads matching rows, for a
    term in at least 2% of the studies: for a term in 14% of 100,000 studies, 364 entries
    against 14,000 rows; for a term in 100 of them, all 100,000 against 100. (Matches bunched
    at the index's end, all without a year, would lengthen the walk: a broad term's are not.)

    >>> worth_walking(14_000, 100_000, 51), worth_walking(700, 100_000, 51), worth_walking(0, 10, 51)
    (True, False, False)
    """
    return matched * 50 >= studies and matched * matched > limit * studies


# The first page of a sorted studies page, as Datasette's table view writes it: sorted by one
# column only, its later pages by that column and then the id.
FIRST_PAGE = re.compile(r"(?P<head>select (?!count\(\*\)).+? from studies(?: where .+)? order by (?P<sort>\w+)(?: desc)?)"
                        r"(?P<tail> limit \d+)", re.S)


def with_id_after_sort(sql: str) -> str:
    """A studies page's first page ordered by the id after its sort column, as its later pages
    are: Datasette orders the first page by the column alone and pages on from its last row's
    value and id, so rows that share a value could be skipped or shown twice.

    >>> with_id_after_sort("select id from studies where x order by year desc limit 51")
    'select id from studies where x order by year desc, id limit 51'
    >>> with_id_after_sort("select id from studies order by id limit 51")
    'select id from studies order by id limit 51'
    """
    page = FIRST_PAGE.fullmatch(sql)
    if page is None or page["sort"] in ("id", "rowid"):
        return sql
    return f"{page['head']}, id{page['tail']}"


def walked_broad_searches(db):
    """``db.execute`` running a broad search's first page as ``walked_rows_sql`` writes it,
    where ``worth_walking``: its matches counted in the index (its doclists only, a few ms),
    the studies from ``table_counts``, the indexes from the schema; and every first page of a
    sorted studies page ordered by the id after its column (``with_id_after_sort``). Every
    other statement runs as before."""
    builtin = db.execute

    async def execute(sql, *args, **kwargs):
        if not (sql.startswith("select ") and " from studies " in sql and " order by " in sql):
            return await builtin(sql, *args, **kwargs)
        if SEARCHED in sql and await db.table_exists("table_counts"):
            walkable = {(name, bool(desc)) for name, desc in (await builtin(WALKABLE_SQL)).rows}
            walk = walked_rows_sql(sql, walkable)
            total = (await builtin("select count from table_counts where tbl = 'studies'")).rows if walk else None
            if walk and total:
                params = args[0] if args else kwargs.get("params")
                matched = (await builtin(f"select count(*) from ({walk.rowids})", params)).rows[0][0]
                if worth_walking(matched, total[0][0], walk.limit):
                    return await builtin(walk.sql, *args, **kwargs)
        return await builtin(with_id_after_sort(sql), *args, **kwargs)

    return execute


@hookimpl
def startup(datasette):
    for db in datasette.databases.values():
        if not db.is_memory:
            db.execute = walked_broad_searches(db)


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    if view_name != "table" or table != "studies" or request is None:
        return {}
    query = (request.args.get("_search") or "").strip()
    if not query:
        return {}

    async def inner():
        db = datasette.get_database(database)
        if not await db.table_exists("search_index"):
            return {}
        return {"search_snippets": await snippets(db, query)}

    return inner
