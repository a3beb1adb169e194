"""Counts kept as rows are written (migration m010): rows per table, per facet value and per
measure, equal to counting the tables afresh after every kind of write the writer does
(new articles, merges, re-extraction with --force, a changed file, a split), and read by
the home page and by the facets of a whole table."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from bs4 import BeautifulSoup
from conftest import after_every_kind_of_write, client_for, traced_get

from ingest.store import open_db
from ingest.store.counts import count_problems, recounted


@pytest.fixture(scope="module")
def batch_db(mixed_batch_db):
    return mixed_batch_db


def problems(db) -> list[str]:
    return count_problems(open_db(db))


def test_counts_equal_a_fresh_count_after_ingest_and_merges(batch_db):
    _, db = batch_db
    assert problems(db) == []
    fresh = recounted(open_db(db))
    assert ("studies", "design", "rct") in {row[:3] for row in fresh["facet_counts"]}
    assert any(table == "measurements" for table, _ in fresh["table_counts"])


def test_counts_follow_force_a_changed_file_and_a_split(batch_db, tmp_path):
    folder, original = batch_db
    writes = 0
    for db in after_every_kind_of_write(folder, original, tmp_path):
        assert problems(db) == []
        writes += 1
    assert writes == 3


def test_the_migration_counts_a_database_written_before_it(batch_db, tmp_path):
    _, original = batch_db
    db = tmp_path / "evidence.db"
    shutil.copy(original, db)
    conn = sqlite3.connect(db)
    for name, kind in conn.execute("select name, type from sqlite_master where name in (select name from"
                                   " sqlite_master where type = 'trigger' and (name like '%counts%' or name like"
                                   " 'measure_studies%'))").fetchall():
        conn.execute(f"drop {kind} {name}")
    for table in ("table_counts", "facet_counts", "counted_facets", "measure_studies", "measure_counts"):
        conn.execute(f"drop table {table}")
    conn.execute("delete from _sqlite_migrations where name = 'm010_precomputed_counts'")
    conn.commit()
    conn.close()
    assert problems(db) == []  # (open_db applies the migration again, counting what is there)


def test_the_home_page_reads_the_kept_counts(batch_db):
    _, db = batch_db
    page = BeautifulSoup(client_for(db).get("/").text, "html.parser")
    conn = sqlite3.connect(db)
    studies = conn.execute("select count(*) from studies").fetchone()[0]
    assert f"{studies} studies from" in page.get_text()
    top, n = conn.execute("select measure_slug, count(distinct study_id) from measurements where measure_slug != ''"
                          " group by 1 order by 2 desc, count(*) desc limit 1").fetchone()
    assert page.select_one(f'a[href="/-/compare/{top}"]') is not None


@pytest.mark.parametrize("table, column", [("studies", "design"), ("studies", "condition"),
                                           ("measurements", "measure"), ("effects", "type")])
def test_a_whole_tables_facet_is_the_kept_count(batch_db, table, column):
    _, db = batch_db
    data, sqls = traced_get(db, f"/evidence/{table}.json?_facet={column}&_facet_size=max")
    assert any("from facet_counts" in s for s in sqls)
    assert not any(f"group by [{column}]" in s or f"group by {column}" in s for s in sqls)
    shown = {r["value"]: r["count"] for r in data["facet_results"][column]["results"]}
    fresh = dict(sqlite3.connect(db).execute(
        f"select [{column}], count(*) from [{table}] where [{column}] is not null group by 1"))
    assert shown and shown == {k: v for k, v in fresh.items() if k in shown}
    assert len(shown) == min(len(fresh), len(shown))


def test_the_database_page_lists_kept_row_counts_and_counts_no_search_index(batch_db):
    _, db = batch_db
    data, sqls = traced_get(db, "/evidence.json")
    counts = {t["name"]: t["count"] for t in data["tables"]}
    conn = sqlite3.connect(db)
    for table in ("studies", "measurements", "sources", "groups", "study_facet_values", "search_facets",
                  "search_facet_items"):
        assert counts[table] == conn.execute(f"select count(*) from [{table}]").fetchone()[0], table
    assert counts.get("search_index") is None
    assert not any(s.startswith("select count(*) from [search_index") for s in sqls)
    assert not any(s == "select count(*) from [studies]" for s in sqls)
    assert not any(s.startswith("select count(*) from [search_facet") for s in sqls)  # (kept by m013)


@pytest.mark.parametrize("table", ["studies", "measurements", "effects", "sources"])
def test_a_whole_tables_row_count_is_the_kept_one_and_a_filtered_one_is_counted(batch_db, table):
    _, db = batch_db
    conn = sqlite3.connect(db)
    data, sqls = traced_get(db, f"/evidence/{table}.json")
    assert data["filtered_table_rows_count"] == conn.execute(f"select count(*) from [{table}]").fetchone()[0]
    assert not any(s.strip() == f"select count(*) from {table}" for s in sqls)
    # (a page with a filter counts its own rows, as Datasette does)
    data, sqls = traced_get(db, f"/evidence/{table}.json?rowid__gt=3")
    assert data["filtered_table_rows_count"] == conn.execute(f"select count(*) from [{table}] where rowid > 3").fetchone()[0]
    assert any(s.startswith(f"select count(*) from {table} where") for s in sqls)


def test_the_sql_page_counts_a_table_as_written(batch_db, tmp_path):
    # (the shortcut answers the table view's own count only: a count typed on the SQL page is run)
    _, original = batch_db
    db = tmp_path / "drifted.db"
    shutil.copy(original, db)
    conn = sqlite3.connect(db)
    conn.execute("update table_counts set count = count + 1 where tbl = 'studies'")
    conn.commit()
    real = conn.execute("select count(*) from studies").fetchone()[0]
    data, _ = traced_get(db, "/evidence.json?sql=select+count(*)+from+studies&_shape=array")
    assert data == [{"count(*)": real}]
