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

from datasette import hookimpl
from datasette.filters import FilterArguments

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
