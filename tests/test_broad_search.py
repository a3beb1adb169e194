"""A broad search's page (#16): its rows walk the sort column's index, its count is counted over
``search_facets``, and its facets and count are kept until the data changes; every page shows
the same studies, counts and facets as the long way."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import urllib.parse

import pytest
from conftest import site_for, traced_get, traced_visit

from bench.mixed_batch import write_batch
from ingest.commands import ingest_paths
from ingest.store.search_text import match_expressions
from tests.paths import EXAMPLES

BROAD, RARE = "stem", "random"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("broad-search-batch")
    write_batch(folder, 30)
    path = tmp_path_factory.mktemp("broad-search") / "evidence.db"
    ingest_paths([str(folder), str(EXAMPLES)], path)
    return path


def matching(path, search: str) -> list[tuple[str, int | None]]:
    """(id, year) of the studies a search matches, through the index's own study_id column."""
    conn = sqlite3.connect(path)
    ids = {sid for e in match_expressions(search)
           for (sid,) in conn.execute("select study_id from search_index where search_index match ?", [e])}
    return [(i, y) for i, y in conn.execute("select id, year from studies") if i in ids]


def rows_sql(sqls: list[str]) -> str:
    (sql,) = [s for s in sqls if s.startswith("select id, title")]
    return sql


def test_the_terms_are_broad_and_rare_for_a_page_of_five(db):
    # (the walk is chosen where the matches outnumber the index entries it would read,
    # limit x studies / matches: with 40 studies and 6 rows a page, past 15 matches)
    total = sqlite3.connect(db).execute("select count(*) from studies").fetchone()[0]
    assert len(matching(db, BROAD)) ** 2 > 6 * total >= len(matching(db, RARE)) ** 2 > 0


@pytest.mark.parametrize("term, walked", [(BROAD, True), (RARE, False)])
def test_a_search_shows_its_latest_studies_whichever_way_it_reads_them(db, term, walked):
    data, sqls = traced_get(db, f"/evidence/studies.json?_search={term}&_size=5&_shape=objects")
    sql = rows_sql(sqls)
    assert ("search_facets" not in sql) == walked, sql  # (walked: checked by search rowid, ``walked_rows_sql``)
    expected = sorted(matching(db, term), key=lambda r: -(r[1] or 0))
    shown = [(r["id"], r["year"]) for r in data["rows"]]
    assert [y for _, y in shown] == [y for _, y in expected[:5]]  # (ties of a year in any order)
    assert set(shown) <= set(expected)
    assert data["filtered_table_rows_count"] == len(expected)


def test_the_walk_reads_the_index_in_the_pages_order(db):
    data, sqls = traced_get(db, f"/evidence/studies.json?_search={BROAD}&_size=5")
    sql = rows_sql(sqls)
    plan = " / ".join(r[3] for r in sqlite3.connect(db).execute(
        f"explain query plan {sql}", {f"evidence_search{i}": e for i, e in enumerate(match_expressions(BROAD))}))
    assert "SCAN studies USING INDEX idx_studies_year_desc_id" in plan and "TEMP B-TREE FOR ORDER BY" not in plan, plan


def every_page(db, path: str) -> tuple[list[str], list[str]]:
    """The ids of every row of a page and the pages after it, and the rows statements run."""
    seen, statements = [], []
    while path:
        data, sqls = traced_get(db, path)
        seen += [r["id"] for r in data["rows"]]
        statements += [s for s in sqls if s.startswith("select id, title")]
        nxt = data.get("next_url")
        path = urllib.parse.urlsplit(nxt)._replace(scheme="", netloc="").geturl() if nxt else None
    return seen, statements


@pytest.mark.parametrize("term", [BROAD, RARE])
def test_paging_through_a_search_shows_every_match_once(db, term):
    seen, statements = every_page(db, f"/evidence/studies.json?_search={term}&_size=5&_shape=objects")
    assert sorted(seen) == sorted(i for i, _ in matching(db, term))
    # (only a first page is walked: a later page's bound is no range the index can seek)
    assert all("search_facets" in s for s in statements[1:])


@pytest.mark.parametrize("query", ["language=zh", "_sort=year", "_sort_desc=design", "_search=score&_sort=title"])
def test_paging_through_a_sorted_page_shows_every_row_once(db, query):
    # (Datasette's first page is sorted by its column alone, its later pages by the column and
    # the id: rows sharing a value were skipped or shown twice)
    seen, _ = every_page(db, f"/evidence/studies.json?{query}&_size=3&_shape=objects")
    args = urllib.parse.parse_qs(query)
    conn = sqlite3.connect(db)
    expected = [i for (i,) in conn.execute("select id from studies where language = 'zh'")] if "language" in args else (
        [i for i, _ in matching(db, args["_search"][0])] if "_search" in args else
        [i for (i,) in conn.execute("select id from studies")])
    assert len(seen) == len(set(seen)) and sorted(seen) == sorted(expected)


def test_another_condition_keeps_the_written_plan(db):
    # (a filter thins the matches by an unknown amount: the walk could read the whole index)
    _, sqls = traced_get(db, f"/evidence/studies.json?_search={BROAD}&design=rct&_size=5")
    assert "select study_id from search_facets" in rows_sql(sqls)


def test_a_searched_count_is_counted_over_the_narrow_table(db, tmp_path):
    fresh = tmp_path / "evidence.db"  # (another file: no count kept from another test's visit)
    shutil.copy(db, fresh)
    data, sqls = traced_get(fresh, f"/evidence/studies.json?_search={BROAD}&design=rct")
    counts = [s for s in sqls if s.startswith("select count(*) from")]
    assert counts and all(s.startswith("select count(*) from search_facets where ") for s in counts), counts
    conn = sqlite3.connect(db)
    ids = {i for i, _ in matching(db, BROAD)}
    assert data["filtered_table_rows_count"] == sum(
        1 for (i,) in conn.execute("select id from studies where design = 'rct'") if i in ids) > 0


def test_counts_and_facets_are_kept_until_the_data_changes(db, tmp_path):
    """One server: the second visit runs no count or facet query; a new article that the
    search matches changes the database, and the next visit counts it."""
    work = tmp_path / "evidence.db"
    shutil.copy(db, work)
    ds = site_for(work)
    path = f"/evidence/studies.json?_search={BROAD}&_facet_size=max"

    def visit():
        return traced_visit(ds, path)

    first, sqls = visit()
    assert any("count(*) as count from search_facet" in s for s in sqls)
    again, sqls = visit()
    assert not any("count(*) as count" in s or s.startswith("select count(*) from search_facets") for s in sqls), sqls
    assert again["facet_results"] == first["facet_results"]
    assert again["filtered_table_rows_count"] == first["filtered_table_rows_count"]

    article = tmp_path / "new" / "article.txt"
    article.parent.mkdir()
    article.write_text("Stem cells for knee pain: a randomised trial\n\nSixty patients were randomised to"
                       " stem cell injections (n = 30) or saline (n = 30). Pain fell more with stem cells.\n",
                       encoding="utf-8")
    ingest_paths([str(article.parent)], work)
    assert len(matching(work, BROAD)) == first["filtered_table_rows_count"] + 1
    after, sqls = visit()
    assert after["filtered_table_rows_count"] == first["filtered_table_rows_count"] + 1
    assert any("count(*) as count from search_facet" in s for s in sqls)
    designs = {v["value"]: v["count"] for v in after["facet_results"]["design"]["results"]}
    assert sum(designs.values()) == sum(1 for i, _ in matching(work, BROAD)
                                        if sqlite3.connect(work).execute(
                                            "select design from studies where id = ?", [i]).fetchone()[0])


def test_a_count_read_while_a_write_commits_is_not_kept_as_the_new_versions(db, tmp_path):
    """A writer commits right after the page's count read its snapshot: that count is the old
    version's, and the next visit counts again."""
    work = tmp_path / "evidence.db"
    shutil.copy(db, work)
    ds = site_for(work)
    article = tmp_path / "new" / "article.txt"
    article.parent.mkdir()
    article.write_text("Stem cells for hip pain: a randomised trial\n\nForty patients were randomised to stem cell"
                       " injections (n = 20) or saline (n = 20). Pain fell more with stem cells.\n", encoding="utf-8")
    path = f"/evidence/studies.json?_search={BROAD}&_nofacet=1"

    async def visits():
        await ds.invoke_startup()
        database = ds.databases["evidence"]
        builtin, armed = database.execute_fn, [True]

        async def execute_fn(fn):
            result = await builtin(fn)
            if armed and any(isinstance(c.cell_contents, str) and c.cell_contents.startswith("select count(*) from search_facets")
                             for c in fn.__closure__ or []):
                armed.clear()
                ingest_paths([str(article.parent)], work)  # (committed after the count's snapshot)
            return result

        database.execute_fn = execute_fn
        during = (await ds.client.get(path)).json()["filtered_table_rows_count"]
        after = (await ds.client.get(path)).json()["filtered_table_rows_count"]
        return during, after

    during, after = asyncio.run(visits())
    assert after == len(matching(work, BROAD)) == during + 1
